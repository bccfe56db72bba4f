"""The demo leaves open paper positions and names the trader worth opening on, chosen by
its data (deepest drawdown among traders with open paper positions), not by its name."""

from __future__ import annotations

from collections import Counter

import pytest

from tradermanager.domain.engine import OpenCopy


@pytest.mark.parametrize(("days", "seed"), [(90, 7), (60, 2), (180, 7)])
def test_demo_load_replays_the_paper_account_and_leaves_positions_open(services, days, seed):
    report = services.demo.load(6, days, seed=seed)
    stored = services.paper.positions()
    assert stored and all(isinstance(c, OpenCopy) for c in stored)
    assert report.open_positions == len(stored)
    # the stored account is the engine's own replay of the same signals and candles
    assert report.open_positions == services.paper.replay().open_positions


def deepest_drawdown(services, name: str) -> float:
    return min(services.metrics.equity(name, "all").drawdown)


def test_the_showcase_has_open_positions_and_the_deepest_drawdown_among_them(services):
    report = services.demo.load(6, 90, seed=7)
    open_by_trader = Counter(c.trader for c in services.paper.positions())
    chosen = services.traders.get(report.showcase).name
    assert open_by_trader[chosen] > 0
    active = {t.name for t in services.traders.list(status="active")}
    assert chosen in active  # what is being copied now comes first
    depths = {n: deepest_drawdown(services, n) for n in open_by_trader if n in active}
    assert depths[chosen] == min(depths.values())
    assert depths[chosen] < 0  # a drawdown to see
    # no active trader with a deeper drawdown was passed over unless it has nothing open
    for trader in services.traders.list(status="active"):
        if deepest_drawdown(services, trader.name) < depths[chosen]:
            assert open_by_trader[trader.name] == 0


def test_a_paused_trader_is_shown_first_only_when_no_active_one_has_positions(services):
    services.demo.load(6, 90, seed=7)
    pete = services.traders.get("Paused Pete")
    with services.store.write():  # every open position on the paused trader
        services.store.db.execute_sql(
            "UPDATE paper_position SET trader_id = ? WHERE status = 'open'", (pete.id,)
        )
    assert services.demo.showcase(compute_missing=True) == pete.id


def test_the_showcase_follows_the_data_when_positions_change(services):
    services.demo.load(6, 90, seed=7)
    first = services.demo.showcase(compute_missing=True)
    assert first is not None
    # another trader's open positions only: the choice moves to it
    open_names = {c.trader for c in services.paper.positions()}
    others = [t for t in services.traders.list() if t.name not in open_names]
    assert others
    with services.store.write():
        services.store.db.execute_sql(
            "UPDATE paper_position SET trader_id = ? WHERE status = 'open'", (others[0].id,)
        )
    assert services.demo.showcase(compute_missing=True) == others[0].id


def test_cached_drawdowns_decide_without_computing(services):
    services.demo.load(6, 90, seed=7)
    services.metrics.refresh()
    with_cache = services.demo.showcase()
    assert with_cache == services.demo.showcase(compute_missing=True)


def test_no_traders_no_showcase(services):
    assert services.demo.showcase(compute_missing=True) is None
