"""The Binance poll service against a loopback site: changes between polls become signals with
recorded decisions, exactly once, across restarts; hidden positions and errors are reported."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from binance_site import OTHER_UID, UID, BinanceSite, Reply, serve
from tradermanager.domain.enums import RejectReason, Side, SignalKind
from tradermanager.domain.errors import ValidationError
from tradermanager.services import open_services
from tradermanager.services.binance_poller import state_key
from tradermanager.sources.position_diff import positions_from_json
from tradermanager.store import source_state

POSITION = "getOtherPosition"


@pytest.fixture
def site() -> Iterator[BinanceSite]:
    yield from serve()


@pytest.fixture
def whale(services, site):
    services.settings.update(binance_base_url=site.url, binance_requests_per_second=10)
    site.serve_recorded("positions_1.json")
    return services.traders.add(
        name="Whale", source="binance", source_ref=UID, max_leverage=10, paper_only=True
    )


def decisions(services, trader="Whale"):
    return {
        s.signal.source_id.split(":", 2)[2]: (
            s.signal.kind,
            s.decision.accepted,
            s.decision.reason,
        )
        for s in services.pipeline.signals(trader)
    }


def test_the_first_look_remembers_positions_and_copies_nothing(services, site, whale):
    report = services.binance.poll()
    assert (report.traders_polled, report.positions_seen, report.signals_created) == (1, 5, 0)
    (result,) = report.traders
    assert result.baseline and result.nickname == "Whale Hunter" and result.error is None
    assert {(f.period, f.statistic): f.value for f in result.performance}[("ALL", "ROI")] == 1.8402
    assert services.pipeline.signals("Whale") == []
    remembered = positions_from_json(source_state.read(whale.id, state_key(UID)))
    assert sorted(remembered) == [
        ("BNBUSDT", Side.LONG),
        ("BTCUSDT", Side.LONG),
        ("DOGEUSDT", Side.LONG),
        ("ETHUSDT", Side.SHORT),
        ("SOLUSDT", Side.LONG),
    ]


def test_changes_become_signals_with_decisions_exactly_once_and_survive_a_restart(
    services, site, whale, db_path, clock
):
    services.binance.poll()
    site.serve_recorded("positions_2.json")
    clock.advance(timedelta(hours=1))
    report = services.binance.poll()
    assert (report.positions_seen, report.signals_created, report.accepted, report.rejected) == (
        5,
        5,
        1,
        4,
    )
    assert report.traders[0].changes == (
        "increased BTCUSDT long 0.5 → 1 at 62000",
        "closed DOGEUSDT long 10000 (last mark 0.104)",
        "reduced ETHUSDT short 4 → 2.5 at 2950",
        "changed SOLUSDT long leverage 5x → 10x",
        "opened XRPUSDT short 1000 at 0.6 (5x)",
    )
    t = 1768467600000
    h = 3_600_000
    no_position = RejectReason.NO_OPEN_POSITION
    assert decisions(services) == {
        f"BTCUSDT:long:{t}:increased:{t + h}:1.0": (SignalKind.UPDATE, False, no_position),
        f"DOGEUSDT:long:{t - 3 * h}:closed": (SignalKind.CLOSE, False, no_position),
        f"ETHUSDT:short:{t - h}:reduced:{t + h}:2.5": (SignalKind.UPDATE, False, no_position),
        f"SOLUSDT:long:{t - 2 * h}:leverage_changed:{t + h}:10.0": (
            SignalKind.UPDATE,
            False,
            no_position,
        ),
        f"XRPUSDT:short:{t + h}:opened": (SignalKind.OPEN, True, None),
    }
    (opened,) = [s for s in services.pipeline.signals("Whale") if s.signal.kind is SignalKind.OPEN]
    assert (opened.signal.symbol, opened.signal.side, opened.signal.leverage) == (
        "XRP",
        Side.SHORT,
        5.0,
    )
    assert opened.signal.price == 0.6

    # the same state again: nothing new
    again = services.binance.poll()
    assert (again.signals_created, again.traders[0].changes) == (0, ())
    assert len(services.pipeline.signals("Whale")) == 5

    # restart: the remembered positions are read back from the file
    services.close()
    reopened = open_services(str(db_path), clock=clock)
    try:
        site.serve_recorded("positions_3.json")
        clock.advance(timedelta(hours=1))
        closing = reopened.binance.poll()
        assert closing.traders[0].changes == ("closed XRPUSDT short 1000 (last mark 0.6)",)
        assert (closing.signals_created, closing.accepted) == (1, 1)
        closed = reopened.pipeline.signals("Whale", limit=1)[0]
        assert closed.signal.kind is SignalKind.CLOSE and closed.decision.accepted
        assert len(reopened.pipeline.signals("Whale")) == 6
    finally:
        reopened.close()


def test_hidden_positions_are_reported_and_close_nothing(services, site, whale):
    services.binance.poll()
    site.answer(POSITION, Reply.file("positions_hidden.json"))
    report = services.binance.poll()
    assert (report.hidden, report.positions_seen, report.signals_created) == (1, 0, 0)
    assert report.traders[0].hidden and report.traders[0].positions is None
    assert len(positions_from_json(source_state.read(whale.id, state_key(UID)))) == 5
    site.answer(POSITION, Reply.file("positions_1.json"))
    assert services.binance.poll().signals_created == 0


def test_a_profile_that_hides_positions_is_not_asked_for_them(services, site, whale):
    site.answer("getOtherLeaderboardBaseInfo", Reply.file("profile_hidden.json"))
    report = services.binance.poll()
    assert report.hidden == 1 and report.traders[0].nickname == "Quiet One"
    assert site.calls(POSITION) == []
    assert source_state.read(whale.id, state_key(UID)) is None


def test_one_trader_failing_leaves_the_others_recorded(services, site, whale):
    services.traders.add(name="Blocked", source="binance", source_ref=OTHER_UID)
    services.traders.add(name="No id", source="binance", source_ref="")
    site.answer(POSITION, Reply.file("blocked.html"), uid=OTHER_UID)
    report = services.binance.poll()
    assert report.traders_polled == 3 and report.positions_seen == 5
    assert report.errors == (
        "Blocked: Binance getOtherPosition: answered an HTML page instead of JSON (starts "
        "with '<!DOCTYPE html> <html><head><title>403 ERROR</titl')",
        "No id: source_ref: got ''; allowed: the lead trader's encryptedUid (8–64 letters and "
        "digits, from the profile link)",
    )
    assert source_state.read(whale.id, state_key(UID)) is not None


def test_a_server_error_is_retried_within_a_poll(services, site, whale):
    site.queue(POSITION, Reply(b"", status=500))
    report = services.binance.poll()
    assert report.errors == () and report.positions_seen == 5
    assert len(site.calls(POSITION)) == 2


def test_paused_traders_are_polled_archived_ones_not(services, site, whale):
    services.traders.toggle("Whale", active=False)
    assert services.binance.poll().traders_polled == 1
    services.traders.delete("Whale")
    assert services.binance.poll().traders_polled == 0
    assert len(site.calls("getOtherLeaderboardBaseInfo")) == 1


def test_one_trader_by_name_and_only_binance_traders(services, site, whale):
    services.traders.add(name="Channel", source="telegram", source_ref="@channel")
    assert [t.trader for t in services.binance.poll("whale").traders] == ["Whale"]
    with pytest.raises(ValidationError) as err:
        services.binance.poll("Channel")
    assert err.value.field == "trader" and "source binance" in err.value.allowed


def test_the_demo_portfolios_traders_are_not_polled(services, site, whale):
    services.demo.load(6, 20, seed=2)
    demo = [t for t in services.traders.list(source="binance") if t.name != "Whale"]
    assert demo and all(t.settings.source_ref.startswith("demo:") for t in demo)
    report = services.binance.poll()
    assert [t.trader for t in report.traders] == ["Whale"] and report.errors == ()
    with pytest.raises(ValidationError) as err:
        services.binance.poll(demo[0].name)
    assert "demo portfolio" in err.value.allowed


def test_a_trader_known_from_its_accounts_export_is_not_polled(services, site, whale):
    fixture = Path(__file__).parents[1] / "sources" / "fixtures" / "binance_trade_history.csv"
    imported = services.imports.import_binance(fixture, leverage=3)
    assert services.traders.get(imported.trader).settings.source_ref == "account:38291045"
    assert [t.trader for t in services.binance.poll().traders] == ["Whale"]
    with pytest.raises(ValidationError) as err:
        services.binance.poll(imported.trader)
    assert "encryptedUid" in err.value.allowed


def test_the_same_uid_on_two_traders_is_read_once(services, site, whale):
    services.traders.add(name="Whale 2x", source="binance", source_ref=UID, multiplier=2)
    report = services.binance.poll()
    assert report.traders_polled == 2 and report.positions_seen == 10
    assert len(site.calls(POSITION)) == 1


@pytest.mark.parametrize(
    ("key", "value", "allowed"),
    [
        ("binance_poll_minutes", 0.1, "minutes from 0.5 to 1440"),
        ("binance_requests_per_second", 50, "requests per second from 0.1 to 10"),
        ("binance_base_url", "ftp://binance.com", "an http:// or https:// address"),
        ("binance_base_url", "https://", "an http:// or https:// address"),
        ("binance_base_url", "https://x.com/?a=1", "an http:// or https:// address"),
        ("binance_base_url", 5, "an http:// or https:// address"),
    ],
)
def test_binance_settings_are_validated(services, key, value, allowed):
    with pytest.raises(ValidationError) as err:
        services.settings.update(**{key: value})
    assert err.value.field == key and err.value.allowed.startswith(allowed)


def test_binance_settings_have_defaults_and_are_kept(services):
    s = services.settings.get()
    assert (s.binance_poll_minutes, s.binance_requests_per_second, s.binance_base_url) == (
        2.0,
        2.0,
        "https://www.binance.com",
    )
    services.settings.update(binance_base_url=" http://127.0.0.1:8080/ ", binance_poll_minutes="5")
    s = services.settings.get()
    assert (s.binance_base_url, s.binance_poll_minutes) == ("http://127.0.0.1:8080", 5.0)
