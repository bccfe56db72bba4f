"""A bot's report over a day or a week: "📊 Daily Trading Report - 2026-07-16 / P&L Today:
-286.76 USDT / Win Rate: 78.8%", "📆 Weekly report / Trades: 12 · Win rate 65% / Net: -72.01
USDT", "Daily Trading Summary / PnL by Pair / • TIAUSDT / Capital Executed: … / Net Profit: …".
It tells of trades done: a negative profit is no price, a pair's "Capital Executed" no entry.
Its first line names the period and a report, a later line its win rate; beside no side word,
no trade level's label and no action word it is talk. Anything more stays with the reading."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.model import MessageKind, ParsedMessage

# the first line: "Daily Trading Report", "Weekly report", "Monthly P&L summary"
_HEADING = re.compile(
    r"(?:daily|weekly|monthly|today'?s)[ \t]+"
    r"(?:trading[ \t]+|performance[ \t]+|p&l[ \t]+|pnl[ \t]+)?"
    r"(?:report|summary|recap|results)\b"
)
# what a call or an update would hold: a side, a level's label, an action word
_CALL_WORDS = re.compile(
    r"\b(?:long|short|buy|sell|entry|entries|target|tp\d?|sl|stop|leverage|close[ds]?|closing"
    r"|exit(?:ed|ing)?|move[ds]?|moving|book(?:ed|ing)?|now)\b"
)

PERIOD_REPORT = ParsedMessage(
    MessageKind.NOT_SIGNAL,
    reason="A bot's report over a day or a week (profit, win rate, pairs traded): no order.",
)


def may_be_period_report(low: str) -> bool:
    """The cheap test: a win rate in the lower-cased text."""
    return "win rate" in low


def period_report(low: str) -> ParsedMessage | None:
    """Talk when the lower-cased ``low`` is a period's report (see the module's docstring)."""
    first, _, rest = low.partition("\n")
    if _HEADING.search(first) is None or "win rate" not in rest:
        return None
    if _CALL_WORDS.search(low) is not None:
        return None
    return PERIOD_REPORT
