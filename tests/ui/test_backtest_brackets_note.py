"""The backtest dialog names the tokens whose liquidation prices stand on estimated brackets."""

from __future__ import annotations

from datetime import timedelta

import numpy as np

from tradermanager.domain.enums import Side, TradeStatus
from tradermanager.domain.market import Candles, to_ms
from tradermanager.domain.models import TraderTrade
from tradermanager.store import trades as trade_repo
from tradermanager.ui.backtest_dialog import BacktestDialog


def test_the_note_names_tokens_without_known_brackets(qtbot, services, clock):
    trader = services.traders.add(name="Two tokens", max_leverage=20)
    t0 = clock.now() - timedelta(days=5)
    rows = [
        TraderTrade(
            source_id=token,
            symbol=token,
            side=Side.LONG,
            leverage=10,
            entry_price=1.0,
            entry_time=t0,
            notional=1000.0,
            status=TradeStatus.CLOSED,
            exit_price=1.0,
            exit_time=t0 + timedelta(hours=3),
            fees=0.0,
            pnl=0.0,
        )
        for token in ("WIF", "ZZZ")
    ]
    with services.store.write():
        trade_repo.insert_trades(trader.id, rows)
    hour = 3_600_000
    times = np.arange(to_ms(t0) - 24 * hour, to_ms(clock.now()), hour, dtype=np.int64)
    ones = np.ones(len(times))
    services.market.save_candles(
        [Candles(f"{t}USDT", "1h", times, ones, ones, ones, ones, ones) for t in ("WIF", "ZZZ")]
    )
    dialog = BacktestDialog(services, trader)
    qtbot.addWidget(dialog)
    dialog.run_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    text = dialog.rejections.text()
    assert "Liquidation prices estimated (no leverage brackets known) for ZZZ" in text
    assert "WIF" not in text
