"""A stop written with a second stop to choose from: "SL: 0.1910 (or 0.1866 for safety)",
"Stop: 137.17 (scalpers) | 131.93 (swing)", "Stop-loss: 3,460 or 3,520 on a daily close".
Which one a reader takes is their choice; copied with the first, a swing trader's stop sits
where the channel meant a scalper's, so the signal goes to review. A price after "or" on the
stop's line counts only when it too lies beyond the entries (a stop's side): "SL 144.1 (or
break-even after TP1)" names none, "SL: 0.4553 or lower" none."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.model import ParsedMessage, Side

# a stop's label opening a line ("SL:", "🛑 Stop loss -", "Stop-loss:", "Invalidation:")
_STOP_LINE = re.compile(
    r"^[^\w\n]*(?:sl|stop(?:[\s\-]*loss)?|stoploss|invalidation)(?![\w])[^\n]*", re.I | re.M
)
# a price, then "or" / "alt." and (a few words at most between) a second price
_OR_PRICE = re.compile(
    r"\d[^\S\n]*[(\[/,;—–\-]?[^\S\n]*(?:or|alt\.?|alternatively)(?![^\W\d_])[^\d\n]{0,16}?"
    r"\$?(\d[\d,]*(?:\.\d+)?)(?![\d%xXhHmM])",
    re.I,
)
# two prices each with a word in brackets after it, split by a bar or a slash: "137.17
# (scalpers) | 131.93 (swing)"
_TAGGED_PAIR = re.compile(
    r"\$?(\d[\d,]*(?:\.\d+)?)[^\S\n]*\([^\d()\n]{2,20}\)[^\S\n]*[|/;][^\S\n]*"
    r"\$?(\d[\d,]*(?:\.\d+)?)[^\S\n]*\([^\d()\n]{2,20}\)"
)


def _value(text: str) -> float | None:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def _beyond(value: float, signal: ParsedMessage) -> bool:
    """Whether ``value`` lies on the stop's side of the entries (of the targets with none)."""
    ref = list(signal.entries) or list(signal.take_profits)
    if not ref or signal.side is None:
        return False
    if signal.side is Side.LONG:
        return value < min(ref)
    return value > max(ref)


def stop_choice(text: str, signal: ParsedMessage) -> str:
    """The second stop when the stop's line offers one to choose from, else ""."""
    if signal.stop_loss is None:
        return ""
    for line in _STOP_LINE.finditer(text):
        body = line.group(0)
        if "(" in body:
            pair = _TAGGED_PAIR.search(body)
            if pair is not None:
                values = [_value(pair.group(1)), _value(pair.group(2))]
                if all(v is not None and _beyond(v, signal) for v in values) and (
                    values[0] != values[1]
                ):
                    return pair.group(2)
        if "or" in body or "alt" in body or "OR" in body or "Or" in body:
            for m in _OR_PRICE.finditer(body):
                v = _value(m.group(1))
                if v is not None and v != signal.stop_loss and _beyond(v, signal):
                    return m.group(1)
    return ""
