"""A bot's or a channel's performance report, not a close: "📊 Daily report / Trades: 7 | Win
rate: 71% / PnL: +3.4% / Best trade: APT +5.1% / Worst trade: SOL −4.2%". Its worst-trade line
names a coin, a loss and at times the price it closed at, but tells of trades already done."""

from __future__ import annotations

import re

# "Worst trade: SOL −4.2%", "💀 Worst: #ARBUSDT -1.4%", "Biggest loss: AVAXUSDT −2.1%"
_WORST = re.compile(
    r"(?:^|\n)[^\w\n]*(?:worst(?:\s+trade)?|biggest\s+loss)\s*:[^\n]*?[\-−–]\s?\d[\d.,]*\s?%"
)
# the report's other lines: a win rate, a best trade, a profit and loss, a drawdown, counts
_OTHER = re.compile(
    r"win\s*rate|best(?:\s+trade)?\s*:|biggest\s+win|\bpnl\b|drawdown|closed\s+trades"
    r"|\b(?:tp|sl)\s+hit\s*:\s*\d"
)


def performance_report(low: str) -> bool:
    """Whether the lower-cased ``low`` is a report with a worst-trade line and another of a
    report's lines."""
    return _WORST.search(low) is not None and _OTHER.search(low) is not None
