"""A card's field read from a line that labels something else.

When a card's entry, stop or target line is missing, the reading by the lines' geometry places
the prices left by where they stand: "Stop: 0.17724" over "Out: 0.17399" with the entry line
gone gives an entry at the target's price; "- 200 EMA at 0.00209" under a short's targets, its
stop line gone, becomes the stop; "Ø 32.43" (the ladder's average) becomes the one entry;
"Massive bid wall at 8.859", "Next resistance after that sits at 10.034" a stop or a target.
Copied, each is a trade at a level the author never gave for that field. A price is taken for
a field only from a line that labels that field, or from a line with no label at all (a head's
"BTC LONG 61000", a ladder's bare "2) 1.0749", a zone's second price); one whose line is
labelled only by another field, an indicator, a level's name, a wall or an average sends the
card to review, naming the field it has no line for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tradermanager.sources.signal_parser.lexicon import (
    ENTRY_LABELS,
    INDICATOR_LABELS,
    LONG_WORDS,
    SHORT_WORDS,
    STOP_LABELS,
    TARGET_LABELS,
)
from tradermanager.sources.signal_parser.model import ParsedMessage

_B = r"(?<![^\W\d_])"  # no letter before
_E = r"(?![^\W\d_])"  # no letter after

# an average noted beside a ladder ("Avg entry: ~m", "Ø m", "(avg. m)", "Average price if all
# fill: m"): never an order, even under an entry word. ("Avg. entry price: m" alone is a
# position's fill, its entry; "I'll average in at a · b" a ladder's verb.)
_AVERAGE = re.compile(
    rf"Ø|\((?:avg|average){_E}|{_B}(?:avg|average|blended){_E}[^\n\d]*?(?:[~≈]|{_B}if{_E})",
    re.I,
)
# an icon alone marks a bullet as often as a field ("🔹 ENTRY ZONE" / "🎯 0.6712"): it labels
# no line against its field
_ICONS = frozenset(["🎯", "🛑", "⛔️?"])
# a short's targets, read before the side word they hold ("Buying back: a, b")
_BUY_BACK = re.compile(rf"{_B}buy(?:ing)?[\s\-]*back{_E}", re.I)
# a target's or an exit's label (and the words of cards whose labels the lexicon leaves to the
# lines' geometry: Dutch "Doel:", Hindi "टारगेट")
_TARGET = re.compile(
    rf"{_B}(?:cash[\s\-]*out|close\s+at|out(?=[:\s]*\$?\d)|take(?=\s*[:\-–]?\s*\$?\d)"
    r"|doel|टारगेट\S*"
    rf"|{'|'.join(w for w in TARGET_LABELS if w not in _ICONS)}){_E}",
    re.I,
)
# (and "Stops:", Arabic "ستوب", Hebrew "עצירת הפסד", Hausa "Tsayar da asara")
_STOP = re.compile(
    rf"{_B}(?:stops|ستوب|עצירת\s*הפסד|tsayar\s*da\s*asara"
    rf"|{'|'.join(w for w in STOP_LABELS if w not in _ICONS)}){_E}",
    re.I,
)
# (a bare "Price:" labels whichever field its heading names: "🎯 Take Profit:" / "Price: a")
_ENTRY = re.compile(rf"{_B}(?:{'|'.join(w for w in ENTRY_LABELS if w != 'price')}){_E}|📍|📌", re.I)
# words that label no one field: a side ("Sell zone: a – b" is a spot long's targets, "Sell a"
# a short's entry), an order book's side ("Asks: a, b" are a short's entries or a long's
# targets), joined labels ("TP/SL: a / b", "Levels (E / T1 / S): a / b / c"): such a line is
# left as read
# (and the bare sell words of languages whose side words the lexicon does not hold as such:
# Uzbek "Сотиш:", Kyrgyz "Сатуу:", Tajik "Фурӯш:", Georgian "გაყიდვა:", Armenian "Վաճառք:",
# Mongolian "Зарах:")
_EITHER = re.compile(
    rf"{_B}(?:{LONG_WORDS}|{SHORT_WORDS}|asks?|bids?"
    rf"|сотиш|сатуу|фурӯш|фуруш|გაყიდვა|վաճառք|зарах){_E}|/",
    re.I,
)
# a line about the chart, not an order: an indicator, a level's name, a wall of orders
_CHART = re.compile(
    rf"{_B}(?:{'|'.join(sorted(INDICATOR_LABELS))}|ma|walls?|trapped|last){_E}",
    re.I,
)
_FIELD_LABEL = {"entry": _ENTRY, "targets": _TARGET, "stop": _STOP}
# a copier block's heading named by its order's side ("Buy Targets:" / "Sell Targets:", "Open
# Orders:" / "Close Orders:", "BUY TARGETS ->"): its "Target n:" rows are whichever field the
# block reading gave them
_ORDER_BLOCK = re.compile(rf"{_B}(?:buy|sell|open|close)\s+(?:targets?|orders?){_E}", re.I)
_MISSING = {"entry": "no entry price", "targets": "no targets", "stop": "no stop"}
_DECIMAL = re.compile(r"\d[.,]\d")
# the separator after a label's number ("Target 1:", "Target 1  │", "TP 2 -")
_ORDINAL = re.compile(r"[^\S\n]*[:：│|)\-–—]")


def _spellings(value: float) -> tuple[str, ...]:
    """How ``value`` may be written (the plain forms only: a thousands group or a decimal comma
    is not looked for, and such a price is left as read)."""
    plain = repr(value)
    if "e" in plain:
        plain = f"{value:.12f}".rstrip("0")  # 2.5664e-05: "0.000025664"
    if value.is_integer():
        return (str(int(value)), plain)
    return (plain, plain.replace(".", ","))  # (and with a decimal comma: "Doel: 0,12421")


def _prefixes(text: str, value: float) -> list[tuple[int, str]]:
    """Where ``value`` is written, and the text before it back to the start of its line."""
    out = []
    for spelt in _spellings(value):
        at = text.find(spelt)
        while at >= 0:
            end = at + len(spelt)
            before = text[at - 1] if at else " "
            after = text[end : end + 2]
            # (a number glued to a word is the word's own: "TP1:" holds no price 1; so is one
            # after a word and before a separator, "Target 1  │ 0.9688")
            if _ORDINAL.match(text, end) and text[:at].rstrip(" ")[-1:].isalpha():
                at = text.find(spelt, end)
                continue
            if not (before.isalnum() or before in ".,") and not (
                after[:1].isdigit() or (after[:1] in ".," and after[1:2].isdigit())
            ):
                out.append((at, text[text.rfind("\n", 0, at) + 1 : at] + "0"))
            at = text.find(spelt, end)
        if out:
            break
    return out


def _labels(prefix: str) -> tuple[set[str], str]:
    """The fields a price's line labels before it, and the other label found (an average's or
    the chart's word). ``prefix`` ends with a digit standing for the price (labels such as
    "Exit @" are known by the price after them)."""
    if _DECIMAL.search(prefix, 0, len(prefix) - 1):
        # a price before it on its line: "9.159 entry, 9.298 / …" (the word after a price
        # labels it), "Entry 148.2, TP 152.5": left as read
        return {"entry", "targets", "stop"}, ""
    if m := _AVERAGE.search(prefix):
        return set(), m.group()
    if _BUY_BACK.search(prefix):
        return {"targets"}, ""
    if _EITHER.search(prefix):
        return {"entry", "targets", "stop"}, ""
    fields = set()
    if _TARGET.search(prefix):
        fields.add("targets")
    if _STOP.search(prefix):
        fields.add("stop")
    if _ENTRY.search(prefix):
        fields.add("entry")
    if fields:
        return fields, ""
    m = _CHART.search(prefix)
    return fields, m.group() if m else ""


def _borrowed(text: str, field: str, value: float) -> str:
    """The label of the line ``value`` was taken from when that line labels something other
    than ``field`` everywhere it is written; "" when a line labels it, or has no label."""
    found = ""
    for at, prefix in _prefixes(text, value):
        fields, other = _labels(prefix)
        if field in fields or (not fields and not other):
            return ""
        if (heading := _heading(text, at)) and (
            _FIELD_LABEL[field].search(heading) or _ORDER_BLOCK.search(heading)
        ):
            return ""  # a block's row: "Entry Zone Targets:" over "Target 1: a"
        found = other or prefix[:-1].strip()
    return found


def _heading(text: str, at: int) -> str:
    """The nearest line above the one at ``at`` that holds no digit (a block's heading; its
    field labels count, not its side word: "#DOT LONG" heads every line of its card)."""
    end = text.rfind("\n", 0, at)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip() and not any(ch.isdigit() for ch in line):
            return line
        end = start - 1
    return ""


def price_from_other_label(text: str, read: ParsedMessage) -> str:
    """Why the signal read from ``text`` must not be copied: a field's price stands on a line
    labelled by something else (the card has no line of its own for that field); or ""."""
    if "\n" not in text or text.lstrip()[:1] in "{[":
        return ""  # (a payload's keys are read by their names: json_payload)
    fields: tuple[tuple[str, Sequence[float]], ...] = (
        ("entry", read.entries),
        ("stop", [read.stop_loss] if read.stop_loss is not None else []),
        ("targets", read.take_profits),
    )
    for field, values in fields:
        for value in values:
            if label := _borrowed(text, field, value):
                return (
                    f"The card has no line of its own for this field ({_MISSING[field]}): "
                    f"{value:g} stands on a line labelled “{label}”, which gives no "
                    f"{'entry' if field == 'entry' else field.rstrip('s')}. Check it."
                )
    return ""
