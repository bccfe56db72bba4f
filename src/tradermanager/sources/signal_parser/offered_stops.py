"""A stop clause that offers two stops without "or": "Stop: 0.5% - s1, 1% - s2", "SL s1
(tight) / s2 (wide)", "stop s1 (scalp) s2 (swing)", "sl: 1% s1 / 2% s2", "stop s1, safer s2",
"Stop loss:" over "• scalpers s1" / "• swing s2". Which stop to use is the reader's choice
(a scalper's or a swing trader's risk); copied with the first, the trade stops out where the
channel meant another, so the card goes to review.

One stop with a note beside it is no choice: its percent ("SL: s (-3.2%)", "(0.85% risk)"),
a candle close ("(4h close)", "(on a 1D candle close)"), its R ("(=1R)"), and a stop moved
later ("SL: s1, move to s2 after TP1", "SL s1 → s2 after TP1", "then trail to entry"): the
clause is cut at the first word of a later move, and a number glued to a letter or a percent
sign is no price, nor one inside brackets ("(above the s swing high)", "(trigger s)") or struck
through ("~s~"). Only prices on the stop's side of the entries count, within half the entry."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.model import ParsedMessage, Side

# a stop word, not a part of another word ("stops" too: "Stops: s1 & s2")
_STOP_WORD = re.compile(
    r"(?<![^\W_])(?:stop[\s\-]*loss(?:es)?|stoploss|stops?|sl|s/l)(?![^\W_])", re.I
)
# where a stop clause ends: another field's label, a bar or a semicolon
_CLAUSE_END = re.compile(
    r"[|;\"]|(?<![^\W\d_])(?:tp\d*|t\d|targets?|tgts?|take|entry|entries|lev(?:erage)?|"
    r"margin|risk\s*:|r:r)(?![^\W\d_])",
    re.I,
)
# the first word of a stop moved later: what follows is no second stop
_LATER = re.compile(
    r"(?<![^\W_])(?:move[sd]?|moving|then|after|once|when|trail(?:ing)?|be|breakeven|"
    r"break-even|raise|lift)(?![^\W_])|→|➜|->|⇒",
    re.I,
)
# a price: not glued to a letter or a percent sign after it, nor part of a longer number
_PRICE = re.compile(r"(?<![\w.,~-])\$?(\d[\d,]*(?:\.\d+)?)(?![\d~]|[.,]\d|-\d|\s*%|[^\W\d_])")
_BULLET = "•-–▪◦·*▫️🔸🔹➤>"


def _value(text: str) -> float | None:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def _stop_side(value: float, signal: ParsedMessage) -> bool:
    """Whether ``value`` lies beyond the entries on the stop's side, within half the entry."""
    ref = list(signal.entries) or list(signal.take_profits)
    if not ref or signal.side is None:
        return False
    if signal.side is Side.LONG:
        return min(ref) * 0.5 < value < min(ref)
    return max(ref) < value < max(ref) * 1.5


def _clause(text: str, start: int) -> str:
    """The stop clause from ``start``: the rest of its line up to another label; a heading with
    no number takes the bullet lines under it ("Stop loss:" / "• scalpers s1" / "• swing s2")."""
    end = text.find("\n", start)
    line = text[start:] if end < 0 else text[start:end]
    if not any(c.isdigit() for c in line) and end >= 0:
        rows = []
        for row in text[end + 1 :].split("\n")[:4]:
            stripped = row.lstrip()
            if not stripped or stripped[0] not in _BULLET or _CLAUSE_END.search(row):
                break
            rows.append(row)
        return " / ".join(rows)
    cut = _CLAUSE_END.search(line)
    return line[: cut.start()] if cut else line


def offered_stop(text: str, signal: ParsedMessage) -> str:
    """The second stop when a stop clause offers two to choose from, else ""."""
    if signal.stop_loss is None:
        return ""
    for word in _STOP_WORD.finditer(text):
        clause = _clause(text, word.end())
        prices = list(_PRICE.finditer(clause))
        if len(prices) < 2:
            continue
        later = _LATER.search(clause, prices[0].end())
        if later is not None:
            prices = [m for m in prices if m.start() < later.start()]
        values = []
        for m in prices:
            if clause.count("(", 0, m.start()) > clause.count(")", 0, m.start()):
                continue  # a price in a note: "(above the s swing high)", "(trigger s)"
            v = _value(m.group(1))
            if v is not None and v not in values and _stop_side(v, signal):
                values.append(v)
        if len(values) > 1 and signal.stop_loss in values:
            other = next(v for v in values if v != signal.stop_loss)
            return f"{signal.stop_loss:g} and {other:g}"
    return ""
