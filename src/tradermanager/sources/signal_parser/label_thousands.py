"""A card whose dots only its labels' language made thousands separators.

German, French and Vietnamese write "63.450" for sixty-three thousand, and the parser reads a
card in those labels that way when none of its numbers says otherwise. Many of their crypto
channels write a decimal point all the same ("Einstieg: 5.638" for a coin at five dollars and
change). When every level could be read either way — the dots as thousands and the dots as
decimal points both give a signal whose levels agree with each other and lie on their sides
for the side — nothing but the symbol's price can tell, and without one stored the card goes
to review. A sibling in another form ("Stop 5.41", "Stop 5", "63.450,5") settles it before
this is asked: the mark is then no longer the labels' alone, or one reading is off by 1000×.
"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser import numbers
from tradermanager.sources.signal_parser.message_parts import price_text
from tradermanager.sources.signal_parser.model import ParsedMessage
from tradermanager.sources.signal_parser.plausibility import implausible

# One to three digits, a dot, three digits, as a number of its own ("5.638", "63.450"; not
# "1.234.567", "5.638,2" or a part of "0.05638"). A list's comma or a sentence's full stop
# may follow it ("giá 5.967, TP 5.801 / 5.652, SL 6.104."): only a digit after one joins it.
_DOT_GROUP = re.compile(r"(?<![\d.])(?<!\d,)\d{1,3}\.\d{3}(?!\d|[.,]\d)")


def read_either_way(text: str, parsed: ParsedMessage) -> str:
    """Why ``parsed`` (a signal read with no stored price) is to be checked: its levels were
    read from dot groups as thousands because of its labels' language alone, and read with
    decimal points they make a signal as sound. "" when a number in the message settles the
    mark, or when the other reading is no signal (a level 1000× off, a target on the wrong
    side)."""
    if "." not in text or parsed.side is None or not numbers.has_dot_group(text):
        return ""
    if not numbers.mark_from_labels_alone(text, numbers.lowered(text)):
        return ""
    grouped = {float(m.group().replace(".", "")): m.group() for m in _DOT_GROUP.finditer(text)}
    levels = [*parsed.entries, *parsed.take_profits]
    if parsed.stop_loss is not None:
        levels.append(parsed.stop_loss)
    read_grouped = [grouped[v] for v in levels if v in grouped]
    if not read_grouped or (not parsed.entries and all(g.endswith("0") for g in read_grouped)):
        return ""  # (a market order's "Ziele 3.350 und 3.300, Stop 3.460": a decimal's
        # trailing zeros are dropped, every level is written as thousands are)

    def as_decimal(value: float) -> float:
        return float(grouped[value]) if value in grouped else value

    stop = parsed.stop_loss
    if implausible(
        parsed.side,
        [as_decimal(v) for v in parsed.entries],
        [as_decimal(v) for v in parsed.take_profits],
        None if stop is None else as_decimal(stop),
        None,
    ):
        return ""
    first = read_grouped[0]
    return (
        f"{first} is read as {price_text(float(first.replace('.', '')))} because the labels' "
        f"language writes a dot between thousands, but it may as well be {first} with a decimal "
        "point, and no other number in the message tells which: the symbol's price is needed."
    )


def read_as_decimals_either_way(text: str, parsed: ParsedMessage) -> str:
    """Why ``parsed`` (a signal read with no stored price) is to be checked: its labels are in
    a language whose channels write both marks (Italian "Entrata", Spanish "Entrada", Turkish
    "Giriş"), no number in it settles the mark, its levels were read from dot groups as
    decimals ("Entrata: 3.412" as 3.412), and read as thousands (3,412) they make a signal
    as sound. "" otherwise."""
    if "." not in text or parsed.side is None or not numbers.has_dot_group(text):
        return ""
    if not numbers.mark_open_in_comma_language(text):
        return ""
    grouped = {float(m.group()): m.group() for m in _DOT_GROUP.finditer(text)}
    levels = [*parsed.entries, *parsed.take_profits]
    if parsed.stop_loss is not None:
        levels.append(parsed.stop_loss)
    if not any(v in grouped for v in levels):
        return ""

    def as_thousands(value: float) -> float:
        return float(grouped[value].replace(".", "")) if value in grouped else value

    stop = parsed.stop_loss
    if implausible(
        parsed.side,
        [as_thousands(v) for v in parsed.entries],
        [as_thousands(v) for v in parsed.take_profits],
        None if stop is None else as_thousands(stop),
        None,
    ):
        return ""
    first = next(grouped[v] for v in levels if v in grouped)
    return (
        f"{first} is read with a decimal point, but the labels' language writes a dot between "
        f"thousands as well ({price_text(float(first.replace('.', '')))}), and no other number "
        "in the message tells which: the symbol's price is needed."
    )


def thousands_refused(text: str, parsed: ParsedMessage) -> bool:
    """Whether ``parsed`` (a signal read with no stored price) read its dot groups as decimals
    and, read as thousands, they make no sound signal beside its other levels: a whole level
    settles the mark ("Target: 9.020 - 8.881" over "Stop loss: 10": 9,020 and a stop at 10
    are no short), even when a group ends in 0 ("9.020", written as thousands are)."""
    if parsed.side is None or not numbers.has_dot_group(text):
        return False
    grouped = {float(m.group()): m.group() for m in _DOT_GROUP.finditer(text)}
    levels = [*parsed.entries, *parsed.take_profits]
    if parsed.stop_loss is not None:
        levels.append(parsed.stop_loss)
    if not any(v in grouped for v in levels) or all(v in grouped for v in levels):
        return False  # (no group read as a decimal, or no level of another form beside them)

    def as_thousands(value: float) -> float:
        return float(grouped[value].replace(".", "")) if value in grouped else value

    stop = parsed.stop_loss
    return bool(
        implausible(
            parsed.side,
            [as_thousands(v) for v in parsed.entries],
            [as_thousands(v) for v in parsed.take_profits],
            None if stop is None else as_thousands(stop),
            None,
        )
    )


def follow_up_price_either_way(text: str, parsed: ParsedMessage) -> str:
    """Why ``parsed`` (a follow-up read with no stored price) is to be checked: the price it
    names (a target's hit, the stop's new level) is a dot group ("TP1 alcanzado en 3.412",
    "переносим стоп на 3.398") in a language whose channels write dot thousands as often as a
    decimal point, and nothing in the message settles which. "" otherwise."""
    if not numbers.has_dot_group(text):
        return ""
    value = parsed.new_stop if parsed.new_stop is not None else parsed.price
    # the price read, or, when none was ("cel 2 osiągnięty 14.189"), the one the message names
    written = next(
        (
            m.group()
            for m in _DOT_GROUP.finditer(text)
            if (
                float(m.group()) == value
                if value is not None
                else text[m.end() :][:2].strip()[:1] != "%"
            )
        ),
        "",
    )
    if not written or not numbers.price_open_in_follow_up(text):
        return ""
    return (
        f"{written} is read with a decimal point, but the message's language writes a dot "
        f"between thousands as well ({price_text(float(written.replace('.', '')))}), and no "
        "other number in it tells which: the symbol's price is needed."
    )
