"""One-liners written with one-letter fields, spelt out before reading:

- a one-letter side right after the pair, before arrow targets (or "L @" as the text
  reader spells it: "long @ 5.332 → …") ("NEAR/USDT L 5.332 → 5.424 /
  5.512 | SL 5.21", "S" for short) — only when the levels' order agrees with the letter;
- one-letter labels in a pipe line ("#AVAX SHORT 10x | E: 35.2 | T: 34.6 / 34.1 | S: 35.9") —
  only when the entry, the targets and the stop are all labelled that way.

Anything else is left as written (a lone letter is no side, and "S" may be a stop or a side).

For a second reading (asked only of a review or of a call read with targets and no stop), the
lower-case one-letter labels of a one-liner or a short card ("#SOL long @ 139.46, t: 141.1, s:
136.59, l: 20", "e: a t: x/y s: s", "E - a, T - x, S - s", "(e a) (t x y) (s s)", "t1: x; t2:
y; s: s; l: 25x") are spelt out too (``letters_as_labels``): only when a stop letter and a
target letter both stand before prices, and "l" only before a whole number up to 125 (the
leverage; "L 5.332" is a side).
"""

from __future__ import annotations

import re

_PRICE = r"\$?\d[\d,]*(?:\.\d+)?"
_ARROW = r"(?:→|➜|->|⇒|=>)"
# "NEAR/USDT L @ 5.332 → 5.424 / 5.512 | SL 5.21"
_LETTER_SIDE = re.compile(
    r"^(?P<pair>[#$]?[A-Z0-9]{2,12}(?:[/\-]?USDT?)?)[^\S\n]+(?P<side>[LS]|long(?=[^\S\n]+@)|short(?=[^\S\n]+@))[^\S\n]+@?[^\S\n]*"
    r"(?P<entry>" + _PRICE + r")[^\S\n]*" + _ARROW + r"[^\S\n]*"
    r"(?P<targets>" + _PRICE + r"(?:[^\S\n]*(?:/|" + _ARROW + r")[^\S\n]*" + _PRICE + r")*)"
    r"(?P<sep>[^\S\n]*(?:\||·)?[^\S\n]*)"
    r"(?P<stop>(?:SL|stop|⛔)[^\S\n]*:?[^\S\n]*(?P<stop_price>" + _PRICE + r"))"
    r"(?P<rest>[^\n]*)$"
)
_SPLIT_TARGETS = re.compile(r"[^\S\n]*(?:/|" + _ARROW + r")[^\S\n]*")
# a pipe part under a one-letter label: "E: 35.2", "T 34.6 / 34.1", "S:35.9", "SL: 35.9"
_PART = re.compile(r"^(E|T|SL|S)(?:[^\S\n]*:[^\S\n]*|[^\S\n]+)(?=\$?\d)")
_SPELT = {"E": "Entry: ", "T": "Targets: ", "S": "SL: ", "SL": "SL: "}
_SIDE_PART = {"L": "LONG", "S": "SHORT"}


def _value(text: str) -> float:
    return float(text.lstrip("$").replace(",", ""))


def _letter_side(text: str) -> str:
    m = _LETTER_SIDE.match(text)
    if m is None:
        return text
    entry = _value(m["entry"])
    tps = [_value(t) for t in _SPLIT_TARGETS.split(m["targets"])]
    stop = _value(m["stop_price"])
    side = m["side"][0].upper()
    sign = 1 if side == "L" else -1
    ordered = all(sign * (b - a) > 0 for a, b in zip([entry, *tps], tps, strict=False))
    if not ordered or sign * (entry - stop) <= 0:
        return text  # the levels disagree with the letter: left for review
    return (
        f"{m['pair']} {_SIDE_PART[side]} Entry: {m['entry']} "
        f"Targets: {' / '.join(_SPLIT_TARGETS.split(m['targets']))} | SL: {m['stop_price']}"
        f"{m['rest']}"
    )


def _letter_labels(text: str) -> str:
    parts = text.split("|")
    if len(parts) < 4:
        return text
    stripped = [p.strip() for p in parts]
    labels = [m[1] if (m := _PART.match(p)) else None for p in stripped]
    if "E" not in labels or "T" not in labels or not {"S", "SL"} & set(labels):
        return text
    if labels.count("E") > 1 or labels.count("T") > 1:
        return text
    out = []
    for part, label in zip(stripped, labels, strict=True):
        if label is not None:
            out.append(_SPELT[label] + part[_PART.match(part).end() :])  # type: ignore[union-attr]
        elif part in _SIDE_PART:
            out.append(_SIDE_PART[part])  # "$ARB 5x | S | E: …": the side's own field
        else:
            out.append(part)
    return " | ".join(out)


# a one-letter label (with its number: "t1") standing alone before a price: "t: 141.1", "S - 8.2",
# "(e 9.754", "l:25"
_LETTER_LABEL = re.compile(
    r"(?:^|(?<=[\s(;,|]))(?P<letter>[eEtTsSlL])(?P<n>[1-9])?"
    r"(?:[^\S\n]*[:=\-–][^\S\n]*|[^\S\n]+)(?=(?P<price>" + _PRICE + r"))",
    re.M,
)
_LETTER_SPELT = {"e": "Entry: ", "t": "TP{n}: ", "s": "SL: ", "l": "Leverage: "}


def _leverage_number(price: str) -> bool:
    return price.isdigit() and 1 <= int(price) <= 125


def letters_as_labels(text: str) -> str:
    """``text`` with its one-letter level labels spelt out ("t: x" → "TP: x", "s: s" → "SL:
    s", "l: 20" → "Leverage: 20"), or as it was when no stop and target letters stand there."""
    found = [
        m
        for m in _LETTER_LABEL.finditer(text)
        if m["letter"].lower() != "l" or _leverage_number(m["price"])
    ]
    letters = [m["letter"].lower() for m in found]
    if "s" not in letters or "t" not in letters:
        return text
    if letters.count("s") > 1 or letters.count("e") > 1 or letters.count("l") > 1:
        return text
    out, at = [], 0
    for m in found:
        out.append(text[at : m.start()])
        out.append(_LETTER_SPELT[m["letter"].lower()].format(n=m["n"] or ""))
        at = m.end()
    out.append(text[at:])
    return "".join(out)


# "l: 20", "L:25", "l:15x": a one-letter leverage label with a colon
_LETTER_LEVERAGE = re.compile(
    r"(?:^|(?<=[\s(;,|]))[lL][^\S\n]*:[^\S\n]*(\d{1,3})[xX×]?(?![\d.,]|[^\W\d_])", re.M
)


def letter_leverage(text: str) -> int | None:
    """The leverage of a call's one "l:" label ("… sl:5.774 l:15"), up to 125; None for none
    or several."""
    found = _LETTER_LEVERAGE.findall(text)
    if len(found) != 1 or not 1 <= int(found[0]) <= 125:
        return None
    return int(found[0])


def spelled_letters(text: str) -> str:
    """``text`` with one-letter sides and labels of a one-liner spelt out, or as it was."""
    if "\n" in text.strip() or len(text) > 200:
        return text
    line = text.strip()
    if (" L " in line or " S " in line or "g @" in line or "t @" in line) and _LETTER_SIDE.match(
        line
    ):
        return _letter_side(line)
    if "|" in line and ("E" in line and "T" in line):
        return _letter_labels(line)
    return text
