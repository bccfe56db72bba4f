"""A bot's or a channel's performance report, not a close: "📊 Daily report / Trades: 7 | Win
rate: 71% / PnL: +3.4% / Best trade: APT +5.1% / Worst trade: SOL −4.2%". Its worst-trade line
names a coin, a loss and at times the price it closed at, but tells of trades already done. A
line that acts now beside it ("ETH closing here at 3142.63", "moving SL to entry") is an update
pasted with the report: not talk, and not copied either — the report's win rate or results
may be read as the update's share or price — so it goes to review."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.follow_ups import match_action

# "Worst trade: SOL −4.2%", "💀 Worst: #ARBUSDT -1.4%", "Biggest loss: AVAXUSDT −2.1%"
_WORST = re.compile(
    r"(?:^|\n|[,.;|—–][^\S\n])[^\w\n]*(?:worst(?:\s+trade)?|biggest\s+loss)\s*:[^\n]*?[\-−–]\s?\d[\d.,]*\s?%"
)
# the report's other lines: a win rate, a best trade, a profit and loss, a drawdown, counts
_OTHER = re.compile(
    r"win\s*rate|best(?:\s+trade)?\s*:|biggest\s+win|\bpnl\b|drawdown|closed\s+trades"
    r"|\b(?:tp|sl)\s+hit\s*:\s*\d"
)


# an action told as done now or asked for, not a report's past ("stopped out", "closed at"):
# "closing here", "close 50% now", "moving SL to entry", "book profits", "order filled"
_ACTING_NOW = re.compile(
    r"(?<![\w])(?:closing|exiting|booking|securing|moving|trimming|cancel(?:l?ing|led)?"
    r"|(?:close|exit|book|secure|take|move|trim)\s+(?:now|here|all|half|the|some|\d|sl|stop|profits?)"
    r"|filled|opening|opened|entered)(?![\w])"
)


def _acts(line: str) -> bool:
    """Whether ``line`` (lower-cased) tells an action done now, read as a follow-up."""
    if _ACTING_NOW.search(line) is None:
        return False
    matched = match_action(line, line)
    return matched is not None and "conflict" not in matched[1]


def _report_lines(low: str) -> bool:
    return _WORST.search(low) is not None and _OTHER.search(low) is not None


def performance_report(low: str) -> bool:
    """Whether the lower-cased ``low`` is a report with a worst-trade line and another of a
    report's lines, and no line acting now beside them."""
    return _report_lines(low) and not any(_acts(line) for line in low.split("\n"))


def update_beside_report(text: str) -> str | None:
    """Why ``text``, read as a follow-up, goes to review: a report's lines with a line acting
    now ("Win rate: 71% / Worst trade: SOL −4.2% / ETH closing here at 3142.63"); else None."""
    if not ("orst" in text or "ORST" in text or "oss" in text):
        return None
    low = text.lower()
    if not _report_lines(low) or not any(_acts(line) for line in low.split("\n")):
        return None
    return (
        "An update pasted with a performance report: the report's win rate or results may be "
        "read as the update's share or price. Check it."
    )
