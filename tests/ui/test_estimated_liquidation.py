"""A liquidation price that stands on the estimated bracket table (no maintenance-margin
brackets known for the contract) is marked "≈" in the card's and the Portfolio window's
positions tables, with a tooltip naming why, as `positions list --json` says "estimated"."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import numpy as np
import pytest

from tradermanager.domain.enums import Side, SignalKind
from tradermanager.domain.market import Candles
from tradermanager.domain.models import Signal
from tradermanager.domain.number_text import price
from tradermanager.ui.details import DetailsPanel
from tradermanager.ui.portfolio.positions_tab import PositionsTab
from tradermanager.ui.portfolio.positions_table import POSITION_HEADERS, position_row
from tradermanager.ui.portfolio.tables import SORT_ROLE

LIQ = POSITION_HEADERS.index("Liq. price")
TOKEN = POSITION_HEADERS.index("Token")
HOUR_MS = 3_600_000


@pytest.fixture
def account(services, clock):
    """Ann holds a 10× long of WIF (shipped brackets) and one of ZZZ (none known), entered
    at 1.0 on flat hourly candles: the paper account replayed on them."""
    start = clock.now() - timedelta(hours=6)
    first = int(start.timestamp() * 1000)
    times = np.arange(first, first + 6 * HOUR_MS, HOUR_MS, dtype=np.int64)
    ones = np.ones(6)
    services.market.save_candles(
        [Candles(f"{t}USDT", "1h", times, ones, ones, ones, ones, ones) for t in ("WIF", "ZZZ")]
    )
    ann = services.traders.add(name="Ann", max_leverage=20)
    for token in ("WIF", "ZZZ"):
        at = start + timedelta(minutes=10)
        services.pipeline.process(
            ann.id,
            Signal(
                source_id=token,
                symbol=token,
                side=Side.LONG,
                kind=SignalKind.OPEN,
                price=1.0,
                trader_time=at,
                received_time=at,
                leverage=10,
            ),
        )
    replayed = services.paper.refresh()
    assert sorted(c.symbol for c in replayed.result.open) == ["WIF", "ZZZ"]
    return replayed


def by_token(table) -> dict[str, int]:
    return {table.item(r, TOKEN).text(): r for r in range(table.rowCount())}


def check_marked(table, account) -> None:
    liquidation = {c.symbol: c.liquidation_price for c in account.result.open}
    rows = by_token(table)
    zzz, wif = table.item(rows["ZZZ"], LIQ), table.item(rows["WIF"], LIQ)
    assert zzz.text() == "≈" + price(liquidation["ZZZ"])
    assert wif.text() == price(liquidation["WIF"])
    assert "no leverage brackets are known for ZZZ" in zzz.toolTip()
    assert wif.toolTip() == ""
    assert zzz.data(SORT_ROLE) == liquidation["ZZZ"]  # still sorts as a number


def test_the_portfolio_positions_mark_the_estimated_liquidation_price(qtbot, account):
    assert account.estimated_brackets == ("ZZZ",)
    tab = PositionsTab()
    qtbot.addWidget(tab)
    tab.show_account(account)
    check_marked(tab.table, account)


def test_the_card_marks_the_estimated_liquidation_price(qtbot, services, account):
    panel = DetailsPanel(services)
    qtbot.addWidget(panel)
    panel.set_trader(services.traders.get("Ann").id, "all")
    panel.setCurrentWidget(panel.positions)
    check_marked(panel.positions.table, account)
    panel.set_trader(None)
    assert panel.positions.estimated == frozenset()


def test_only_a_known_price_is_marked(account):
    copy = next(c for c in account.result.open if c.symbol == "ZZZ")
    assert position_row(copy, estimated=True)[LIQ].text.startswith("≈")
    assert not position_row(copy)[LIQ].text.startswith("≈")
    unknown = position_row(replace(copy, liquidation_price=None), estimated=True)[LIQ]
    assert unknown.text == "—" and unknown.tip == ""
