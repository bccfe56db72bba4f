"""DiscoverService on a real database: files in, followed traders in, the ranking with its
parts, blown-up candidates kept and last, adding a paper trader, backtests and redundancy."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest

from tradermanager.domain.discover import CandidateSource, CandidateStatus
from tradermanager.domain.enums import Source
from tradermanager.domain.errors import ValidationError
from tradermanager.metrics.discover_score import score_candidates

END = date(2026, 1, 15)  # the services fixture's clock


def write_candidates(path: Path, series: dict[str, list[float]], leverage: float = 3.0) -> Path:
    with path.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["candidate", "date", "daily_return", "avg_leverage"])
        for name, returns in series.items():
            start = END - timedelta(days=len(returns) - 1)
            for k, r in enumerate(returns):
                w.writerow([name, (start + timedelta(days=k)).isoformat(), f"{r:.8f}", leverage])
    return path


def population(k: int = 12, days: int = 200, seed: int = 1) -> dict[str, list[float]]:
    rng = np.random.default_rng(seed)
    return {f"Pop {i:02d}": list(rng.normal(0.001, 0.02, days)) for i in range(k)}


def test_import_and_rank_show_every_part_and_match_the_batched_score(services, tmp_path):
    series = population()
    report = services.discover.import_file(write_candidates(tmp_path / "c.csv", series))
    assert (report.candidates, report.new, report.days) == (12, 12, 12 * 200)
    ranking = services.discover.rank()
    assert ranking.as_of == END and len(ranking.candidates) == 12
    names = list(series)
    matrix = np.round(np.array([series[n] for n in names]), 8)  # as written to the file
    expected = score_candidates(matrix, np.full(matrix.shape, 3.0))
    for r in ranking.candidates:
        i = names.index(r.candidate.name)
        assert r.parts.score == pytest.approx(expected.score[i], rel=1e-9)
        assert r.parts.days == 200 and r.parts.leverage == 3.0
    scores = [r.parts.score for r in ranking.candidates]
    assert scores == sorted(scores, reverse=True)
    assert [r.rank for r in services.discover.rank(top=3).candidates] == [1, 2, 3]
    with pytest.raises(ValidationError):
        services.discover.rank(top=0)


def test_a_failed_import_writes_nothing(services, tmp_path, dump_db):
    before = dump_db()
    bad = tmp_path / "bad.csv"
    bad.write_text("candidate,date,daily_return\nA,2026-01-01,0.01\nB,2026-01-01,x\n")
    with pytest.raises(ValidationError, match=r"bad\.csv row 3, daily_return"):
        services.discover.import_file(bad)
    assert dump_db() == before


def test_a_blown_up_candidate_stays_listed_with_its_status_and_ranks_last(services, tmp_path):
    series = population(8)
    blown = list(np.random.default_rng(5).normal(0.01, 0.02, 200))
    blown[150] = -0.93
    series["Blown Bob"] = blown
    services.discover.import_file(write_candidates(tmp_path / "c.csv", series))
    last = services.discover.rank().candidates[-1]
    assert last.candidate.name == "Blown Bob"
    assert last.status is CandidateStatus.BLOWN_UP and last.parts.score is None
    assert last.candidate.status is CandidateStatus.BLOWN_UP  # stored, not only computed
    assert "lost 93%" in last.candidate.status_reason
    # Later good days do not bring it back.
    services.discover.import_file(write_candidates(tmp_path / "d.csv", {"Blown Bob": [0.1] * 5}))
    assert services.discover.rank().candidates[-1].candidate.name == "Blown Bob"


def test_followed_traders_become_candidates_linked_to_them(services):
    services.demo.load(3, 90)
    report = services.discover.scan(binance=False)
    assert report.followed == 3 and report.errors == ()
    ranking = services.discover.rank()
    followed = [r for r in ranking.candidates if r.candidate.source is CandidateSource.FOLLOWED]
    assert len(followed) == 3
    for r in followed:
        trader = services.traders.get(r.candidate.trader_id)
        assert trader.name == r.candidate.name
        returns = services.metrics.daily_returns(trader.id, "all")
        assert r.parts.days == len(returns)
    with pytest.raises(ValidationError, match="not yet followed"):
        services.discover.add_paper_trader(followed[0].candidate.id)


def test_add_as_paper_trader_is_cautious_and_linked(services, tmp_path):
    services.discover.import_file(write_candidates(tmp_path / "c.csv", population(), leverage=20))
    top = services.discover.rank().candidates[0]
    trader = services.discover.add_paper_trader(top.candidate.id)
    s = trader.settings
    assert s.paper_only and s.multiplier == 0.5 and s.max_leverage == 5
    assert s.source is Source.MANUAL and s.source_ref == f"file:{top.candidate.source_ref}"
    assert "Discover" in s.notes
    assert services.discover.get(top.candidate.id).trader_id == trader.id
    with pytest.raises(ValidationError, match="already"):
        services.discover.add_paper_trader(top.candidate.id)


def test_a_leaderboard_candidate_becomes_a_polled_binance_trader_with_a_free_name(
    services, tmp_path
):
    services.traders.add(name="Whale")
    path = tmp_path / "c.csv"
    path.write_text(
        "candidate,date,daily_return,avg_leverage,source,source_ref\n"
        "Whale,2026-01-14,0.01,2,binance_leaderboard,3AFFCB67ED4F1D1D8437BA17F4E8E5ED\n"
        "Whale,2026-01-15,0.02,2,binance_leaderboard,3AFFCB67ED4F1D1D8437BA17F4E8E5ED\n"
    )
    services.discover.import_file(path)
    (c,) = [r.candidate for r in services.discover.rank().candidates]
    trader = services.discover.add_paper_trader(c.id)
    assert trader.name == "Whale (2)" and trader.settings.source is Source.BINANCE
    assert trader.settings.source_ref == "3AFFCB67ED4F1D1D8437BA17F4E8E5ED"
    assert trader.settings.max_leverage == 2
    assert services.binance.targets(trader.id)[0].id == trader.id


def test_backtest_of_a_file_candidate_replays_its_returns_capped_at_5x(services, tmp_path):
    path = tmp_path / "c.csv"
    path.write_text(
        "candidate,date,daily_return,avg_leverage\n"
        "A,2026-01-13,0.10,20\nA,2026-01-14,-0.05,\nA,2026-01-15,0.02,5\n"
    )
    services.discover.import_file(path)
    cid = services.discover.rank().candidates[0].candidate.id
    bt = services.discover.backtest(cid, days=30)
    assert bt.method == "returns" and "5×" in bt.note
    capital = services.settings.get().my_capital * 0.10
    expected = capital * np.cumprod([1 + 0.10 * 5 / 20, 1 - 0.05, 1 + 0.02])
    np.testing.assert_allclose(bt.equity, expected)
    assert bt.roi == pytest.approx(expected[-1] / capital - 1)
    assert bt.max_drawdown == pytest.approx(-0.05)
    with pytest.raises(ValidationError):
        services.discover.backtest(cid, days=3)


def test_backtest_of_a_followed_trader_goes_through_the_backtest_service(services):
    services.demo.load(2, 60)
    services.discover.scan(binance=False)
    ranked = services.discover.rank().candidates[0]
    bt = services.discover.backtest(ranked.candidate.id, days=30)
    direct = services.backtest.run(ranked.candidate.trader_id, days=30).with_settings
    assert bt.method == "signals"
    assert bt.roi == pytest.approx(direct.roi) and bt.equity == direct.equity


def test_redundancy_with_followed_traders(services, tmp_path):
    services.demo.load(2, 120)
    services.discover.scan(binance=False)
    mine = services.traders.list()[0]
    returns = services.metrics.daily_returns(mine.id, "all")
    noise = np.random.default_rng(3).normal(0, 0.001, len(returns))
    twin = {"Twin": list(returns.to_numpy() + noise)}
    path = tmp_path / "twin.csv"
    with path.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["candidate", "date", "daily_return"])
        for day, r in zip(returns.index, twin["Twin"], strict=True):
            w.writerow(["Twin", day.date().isoformat(), f"{r:.10f}"])
    services.discover.import_file(path)
    cid = next(
        r.candidate.id for r in services.discover.rank().candidates if r.candidate.name == "Twin"
    )
    found = services.discover.redundancy(cid)
    assert found[0].trader == mine.name and found[0].redundant
    assert found[0].correlation == pytest.approx(
        np.corrcoef(returns.to_numpy(), twin["Twin"])[0, 1], rel=1e-9
    )
    detail = services.discover.detail(cid)
    assert detail.redundancy[0].trader == mine.name
    assert len(detail.equity) == len(returns) and detail.figures["sharpe_ratio"] is not None


def test_evaluate_says_when_the_history_is_too_short(services, tmp_path):
    services.discover.import_file(write_candidates(tmp_path / "c.csv", population(12, 40)))
    report = services.discover.evaluate()
    assert report.evaluation.too_short is not None and report.dates == ()


def test_evaluate_on_a_long_history(services, tmp_path):
    rng = np.random.default_rng(8)
    skill = np.linspace(-0.002, 0.003, 15)
    series = {f"C{i}": list(skill[i] + rng.normal(0, 0.01, 200)) for i in range(15)}
    services.discover.import_file(write_candidates(tmp_path / "c.csv", series))
    report = services.discover.evaluate()
    e = report.evaluation
    assert e.too_short is None and e.mean_spearman > 0.2
    assert report.dates[0] == END - timedelta(days=199 - 6)
    assert all(d < END - timedelta(days=29) for d in report.dates)
