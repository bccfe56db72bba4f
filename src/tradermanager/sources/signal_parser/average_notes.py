"""An average noted after an entry zone's or ladder's prices on their line ("Buy zone 0.0609 -
0.0598 | avg ≈ 0.0604", "Entries: 0.0708, 0.0704, 0.0700 → avg 0.0704", "146.5 – 148.2 (average
147.3)"): the average lies between the line's other prices and is a note on them, no further
entry, so it is dropped. So is an average on a line of its own right under a ladder's lines
("1st buy: 148.2" / "2nd buy: 147.3" / "Avg ≈ 147.8", "Ø 147.8") that it lies between. An
average outside the prices it follows is left as it is."""

from __future__ import annotations

import re

# the condition a ladder's average is told under: "Average price if all fill: x", "avg (if all
# orders fill) x", "Avg. when both filled ≈ x"
_IF_ALL_FILL = (
    r"(?:[^\S\n]*\(?[^\S\n]*(?:if|when|once)[^\S\n]+(?:all|both|every)(?:[^\S\n]+(?:orders?|entries))?"
    r"[^\S\n]+(?:fill(?:s|ed)?|get[^\S\n]+filled|are[^\S\n]+filled|hit)\)?)?"
)
# the note ends its line: a separator, "avg" / "average" / "blended" (and "entry", "price"), a
# sign, a price, then at most a decoration with no word or digit ("→ avg 0.0704 🔸"); or it ends
# its clause in a one-line call, the targets after it ("entries a / b / c, avg ≈ m, targets …",
# "DCA a → b → c | blended m | tp …", "a, b, c — avg entry ~m. Targets …")
_AVERAGE_NOTE = re.compile(
    r"[^\S\n]*[(|,;→➜>\-–—]*[^\S\n]*(?<![\w])(?:avg|average|blended)\.?"
    r"(?:[^\S\n]+(?:entry|price|fill))?" + _IF_ALL_FILL + r"[^\S\n]*[:=≈~]?[^\S\n]*\$?"
    r"(?P<c>\d[\d,]*(?:\.\d+)?)\)?"
    r"(?=[^\w\n]*(?:\n|$)|[^\S\n]*[|,;.](?:[^\S\n]|$)|[^\S\n]+[—–-][^\S\n])",
    re.I,
)
# a line that is only an average: "Avg ≈ x", "Average: x", "avg entry ~x", "Ø x", "(avg x)"
_AVERAGE_LINE = re.compile(
    r"^[^\S\n]*\(?(?:avg|average|ø)\.?(?:[^\S\n]+(?:entry|price|fill))?"
    + _IF_ALL_FILL
    + r"[^\S\n]*[:=≈~]?"
    r"[^\S\n]*\$?(?P<c>\d[\d,]*(?:\.\d+)?)\)?[^\w\n]*$",
    re.I | re.M,
)
_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?![\w.])")


def _value(text: str) -> float | None:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def without_average_notes(text: str) -> str:
    """``text`` without an average noted after two or more prices of its line that it lies
    between."""

    def drop(m: re.Match[str]) -> str:
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = [_value(n) for n in _NUMBER.findall(text, line_start, m.start())]
        c = _value(m.group("c"))
        prices = [v for v in before if v is not None]
        if c is None or len(prices) < 2 or not min(prices) <= c <= max(prices):
            return m.group()
        return ""

    return _AVERAGE_NOTE.sub(drop, text)


def _ladder_above(text: str, start: int) -> list[float]:
    """The last price of each line in the block of lines right above ``start`` (up to a line
    without a number; blank lines between the ladder's lines, "Entry 1: 32.78" / "" / "Entry 2:
    32.98", are passed over, as a relay spacing the sections out writes them)."""
    prices: list[float] = []
    for line in reversed(text[: start - 1].split("\n") if start else []):
        if not line.strip():
            if prices:
                continue
            break
        numbers = _NUMBER.findall(line)
        if not numbers:
            break
        value = _value(numbers[-1])
        if value is None:
            break
        prices.append(value)
    return prices


def without_average_lines(text: str) -> str:
    """``text`` without a line that only notes an average of the two or more ladder lines right
    above it (the average lies between their prices)."""

    def drop(m: re.Match[str]) -> str:
        prices = _ladder_above(text, m.start())
        c = _value(m.group("c"))
        if c is None or len(prices) < 2 or not min(prices) <= c <= max(prices):
            return m.group()
        return ""

    return _AVERAGE_LINE.sub(drop, text)
