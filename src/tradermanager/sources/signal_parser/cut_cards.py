"""A signal card cut or joined to another message: a text ending on a level label's first
letters ("… TP3: 0.61" over "STOP L"), a follow-up line pasted above a card ("✂️ Trimmed 50%"),
another coin's one-line call or conditional close beside it ("INJ buy now | SOL LONG …").
Copied as it reads, the first would trade without the level the channel meant to give and the
others would copy one message of two, or one coin at another's prices."""

from __future__ import annotations

import re
from collections.abc import Callable

from tradermanager.sources.signal_parser.model import FollowUpAction, MessageKind, ParsedMessage
from tradermanager.sources.signal_parser.symbols import listed_bases

# a level label's words, written out: a last line that is the start of one was cut inside it
_STOP_WORDS = ("stop loss", "stop-loss", "stoploss", "stop", "sl", "s/l")
_TARGET_WORDS = ("targets", "target", "take profit", "take-profit", "takeprofit", "tp", "tp1")
_TICKER = re.compile(r"(?<![\w$#/])\d{0,4}[A-Z][A-Z0-9]{1,11}(?![\w/])")


def cut_label(text: str) -> str:
    """The last line's text when it is a stop or target label's start with no value ("STOP L",
    "S", "Tar", "🛑 Sto"): the card was cut inside its last field; else ""."""
    end = text.rstrip()
    line = end[end.rfind("\n") + 1 :].lstrip(" \t*_>-•·🛑❌⛔🎯📍✅🔴🟢").strip()
    if not line or len(line) > 12 or "\n" not in end or any(ch.isdigit() for ch in line):
        return ""
    low = line.lower().rstrip(":： ")
    if not low or not all(ch.isalpha() or ch in " -/" for ch in low):
        return ""
    for word in _STOP_WORDS + _TARGET_WORDS:
        if word.startswith(low):
            return line
    return ""


# an update a card opens with about itself ("🔔 Copy Trading | Position Opened")
_CARD_HEADINGS = frozenset({FollowUpAction.ENTRY_FILLED})
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def _holds_level(piece: str, signal: ParsedMessage) -> bool:
    """A line holding one of the signal's own levels ("STOP LOSS: $2.1938" first in a card
    written in another order) is the card's, not a message beside it."""
    levels = {*signal.entries, *signal.take_profits, signal.stop_loss}
    for m in _NUMBER.finditer(piece):
        try:
            if float(m.group().replace(",", ".")) in levels:
                return True
        except ValueError:
            continue
    return False


# words an update line holds ("Moved SL to entry", "✂️ Trimmed 50%", "Booked partial profits"):
# a first line with none (a banner, "TRADING SIGNAL ALERT") is not read alone — a cheap test
_UPDATE_HINTS = (
    *("%", "sl", "stop", "tp", "target", "profit", "close", "trim", "book", "took", "take"),
    *("cut", "hit", "exit", "entry", "move", "secur", "half", "partial", "out", "reduc", "be"),
)


def _may_update(piece: str) -> bool:
    low = piece.lower()
    return any(word in low for word in _UPDATE_HINTS)


def _other_coin(piece: str, base: str) -> str:
    """A listed coin other than the signal's written in capitals in ``piece``, or ""."""
    bases = listed_bases()
    for m in _TICKER.finditer(piece):  # (a piece with no capital pays one scan)
        word = m.group()
        if word != base and word in bases and base not in word:
            return word
        if not any(ch.islower() for ch in piece):
            break  # in capitals, only its first word counts
    return ""


# a period's results: "Week closed +62% …", "Month ended in profit", "Recap 🧾 …", "Yesterday: …"
_PERIOD_RECAP = re.compile(
    r"(?<![\w])(?:(?:week|month|day)[^\S\n]+(?:closed|ended|done)|recap|results|yesterday"
    r"|last[^\S\n]+(?:week|month))(?![\w])",
    re.I,
)


_RESULT = re.compile(r"[+\-−][^\S\n]?\d+(?:[.,]\d+)?[^\S\n]?%|✅|✔|❌")


def _period_recap(piece: str) -> bool:
    """Whether ``piece`` tells a period's results — a period's word and a result mark (other
    trades told after they ended, not an update to act on beside the card)."""
    return _PERIOD_RECAP.search(piece) is not None and _RESULT.search(piece) is not None


def _pieces(text: str) -> list[tuple[str, bool, bool]]:
    """The pieces of ``text`` that may be another message beside a card, each with whether it
    stands above the card and whether it is a " | " part: the part before a first line's
    " | ", the first line and the last (lines of the stripped text: neither is blank, and
    the lines between are not split)."""
    body = text.strip()
    cut = body.find("\n")
    first = (body if cut < 0 else body[:cut]).strip()
    pieces: list[tuple[str, bool, bool]] = []
    if " | " in first:
        pieces.append((first.split(" | ", 1)[0].strip(), True, True))
    if cut >= 0:
        pieces.append((first, True, False))
        pieces.append((body[body.rfind("\n") + 1 :].strip(), False, False))
    return pieces


def beside_card(text: str, signal: ParsedMessage, parse: Callable[[str], ParsedMessage]) -> str:
    """A reason when the signal's card has another message beside it — a follow-up line above
    it, or a line or a " | " part naming another coin without the signal's own — else ""."""
    base = signal.symbol or ""
    if not base:
        return ""
    upper_base = base.upper()
    for piece, above, bar in _pieces(text):
        if not piece or upper_base in piece.upper():
            continue
        coin = _other_coin(piece, base)
        alone = parse(piece) if coin or (above and _may_update(piece)) else None
        if alone is None:
            continue
        if coin:
            named = alone.symbol if alone.kind is not MessageKind.NOT_SIGNAL else ""
            # a part before " | " opening on a coin, with no number: a call of its own
            # ("INJ nunua sasa | SOL LONG …"), whatever its language
            rest = piece[len(coin) :]
            bare_call = bar and piece.startswith(coin) and not any(c.isdigit() for c in rest)
            # another coin's call (a side) or level (a number) — a reminder naming another
            # coin's trade without either ("move your SL on the old BNB trade") is talk
            stated = alone.side is not None or any(c.isdigit() for c in piece)
            if stated and alone.kind is not MessageKind.SIGNAL and _period_recap(piece):
                continue  # "Week closed +62% 📊 DOT all targets ✅, …" above today's call
            if (named and named != base and stated) or bare_call:
                return (
                    f"“{piece}” names {named or coin} beside the {base} card: two messages in "
                    "one, and the card's prices may be taken for the other coin's. Check them "
                    "one by one."
                )
        if (
            above
            and alone.kind is MessageKind.FOLLOW_UP
            and set(alone.actions) - _CARD_HEADINGS
            and not _holds_level(piece, signal)
        ):
            return (
                f"“{piece}” above the {base} card reads as an update of its own: two messages "
                "in one. Check them one by one."
            )
    return ""


# a sentence that ends on a number and its full stop, the next one opening in capitals: the
# writer ends sentences so, and a last number followed by a point ends one too
_SENTENCE_AFTER_NUMBER = re.compile(r"\d\.[^\S\n]+[A-Z]")
_ENDS_ON_POINT = re.compile(r"(?<![\d.,])(\d+)[.,]$")
_ENDS_ON_DIGIT = re.compile(r"(?<=[:：=\s])(\d)$")


def _places(value: float) -> int:
    """How many decimals a level has (0 for a whole one; a tiny one in exponent form has many)."""
    if value.is_integer():
        return 0
    text = repr(value)
    return len(text) - text.index(".") - 1 if "e" not in text else 8


def cut_value(text: str, signal: ParsedMessage) -> str:
    """The last price when the text ends on it and on its decimal point, every other level
    having decimals ("SL: 139." under "Entry: 142.53"), or on a single whole digit beside
    levels of two decimals or more ("SL: 1" under "Entry: 1.9842"): a value cut inside its
    digits reads as a plausible wrong level; else "". (A value cut after a decimal digit
    reads like a round one and is not told here; other cuts before the point are off by a
    magnitude and refused as such.)"""
    end = text[-1:]
    if end in (".", ","):
        if end == "." and _SENTENCE_AFTER_NUMBER.search(text):
            return ""  # "Going short BTC from 65998.9. Stop above 68485.3. Looking for … 63949."
        m = _ENDS_ON_POINT.search(text)
        need = 1
    elif "0" <= end <= "9":
        # one whole digit after the label ("SL: 1" under "Entry: 1.9842"): the value's first
        # digit, and a stop that far reads as plausible
        m = _ENDS_ON_DIGIT.search(text)
        need = 2
    else:
        return ""
    if m is None:
        return ""
    last = float(m.group(1))
    if last != signal.stop_loss and (not signal.take_profits or last != signal.take_profits[-1]):
        return ""
    others = [v for v in (*signal.entries, *signal.take_profits) if v != last]
    if others and min(map(_places, others)) >= need:
        return m.group()  # "139." under "Entry: 142.53": cut right after the point
    return ""


# the number a text ends on, as written: its whole part (comma thousands too) and decimals
_LAST_NUMBER = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$")


# what a number of _LAST_NUMBER is written with (besides the digits of other scripts)
_NUMBER_CHARACTERS = "0123456789.,"


def last_number(text: str) -> re.Match[str] | None:
    """``_LAST_NUMBER.search(text)``, searched from where the run of digits, points and commas
    ending the text (before a last line break) opens: a match holds only those characters and
    none of them stands right before it, so it can open nowhere else; the engine is spared
    trying the pattern at every position of the text. (A digit of another script before the
    run: searched whole.)"""
    body = text[:-1] if text[-1:] == "\n" else text
    start = len(body.rstrip(_NUMBER_CHARACTERS))
    if start and body[start - 1].isdecimal():
        start = 0
    return _LAST_NUMBER.search(text, start)


_LastLevel = tuple[re.Match[str], list[float]] | None


def _last_level(text: str, signal: ParsedMessage) -> _LastLevel:
    """The number ``text`` ends on when it is the signal's stop or last target, with every
    other level; None otherwise."""
    m = last_number(text)
    if m is None:
        return None
    value = float(m.group(1).replace(",", "") + "." + (m.group(2) or "0"))
    if value != signal.stop_loss and (not signal.take_profits or value != signal.take_profits[-1]):
        return None
    others = [v for v in (*signal.entries, *signal.take_profits) if v != value]
    if signal.stop_loss is not None and signal.stop_loss != value:
        others.append(signal.stop_loss)
    return (m, others) if others else None


def _number_cut_short(text: str, signal: ParsedMessage, last: _LastLevel) -> str:
    """The stop or last target the text ends on when it is written with a trailing zero and
    fewer decimals than every other level ("TP2: 1.0" under "Entry: 1.0615", "SL: 0.0410"
    under "0.042203"): a zero is written only to keep a precision, and the others keep more —
    the value was cut inside its digits; else "". (A value that is merely shorter, "SL: 0.483"
    under "0.497939", "Stop: 86" under "90.53", is how channels round a stop: not told.)"""
    if last is None:
        return ""
    m, others = last
    decimals = m.group(2) or ""
    if decimals.endswith("0") and len(decimals) < min(map(_places, others)):
        return m.group()
    return ""


def _precision_dropped(text: str, signal: ParsedMessage, last: _LastLevel) -> str:
    """The stop or last target the text ends on when it drops more of the one precision every
    other level keeps than a stop rounded by hand does: three decimals or more, leaving a step
    (its last digit's unit) wider than its distance from the nearest level ("SL: 0.04" under
    "0.042203", "Stop: 27" under "26.356"); else "". A stop rounded by hand drops a decimal or
    two ("SL: 0.463" under "0.4742"), rounds to a step finer than its distance ("SL 2.1" under
    "2.2266") or to a whole ("SL: 86" under "90.53", "SL: 2965" under "3056.71", "Stop: 639"
    under "621.81"): a whole cut from its cents differs from the written price by less than
    its step, so it is read as written."""
    if last is None:
        return ""
    m, others = last
    places = {_places(v) for v in others}
    if len(others) < 2 or len(places) != 1:
        return ""
    precision = places.pop()
    decimals = m.group(2) or ""
    if precision < 2:
        return ""
    value = float(m.group(1).replace(",", "") + "." + (decimals or "0"))
    step = 10.0 ** -len(decimals)
    if precision - len(decimals) >= 3 and step > min(abs(value - v) for v in others):
        return m.group()  # "SL: 0.04" a step of 0.01 from 0.042203 (not "SL 2.1" under 2.2266)
    return ""


def _whole_cut_from_cents(text: str, signal: ParsedMessage, last: _LastLevel) -> str:
    """The stop or last target the text ends on, alone on its label's line, when it is a whole
    of three digits or more that is no round number ("Stop: 639" under "621.81", "SL: 61,234"
    under "61,845.55") while every other level keeps one precision of two decimals or more;
    else "". A hand rounding a stop that far from its cents writes a round number ("Stop: 640",
    "SL: 2965", "SL: 61,200"); a value cut at its point ends on any unit, and a whole of one or
    two digits ("SL: 86" under "90.53") is how a stop is rounded at that scale: not told."""
    if last is None:
        return ""
    m, others = last
    whole = m.group(1).replace(",", "")
    if m.group(2) or len(whole) < 3 or whole[-1] in "05":
        return ""
    line = text[text.rfind("\n") + 1 : m.start()]
    if "\n" not in text or _holds_level(line, signal):
        return ""  # "TP: 137.33 / 135.46 | SL: 146": one line of several levels
    places = {_places(v) for v in others}
    if len(others) < 2 or len(places) != 1 or places.pop() < 2:
        return ""
    return m.group()


def _open_pair(text: str) -> str:
    """The mark left open when the text ends inside a pair — a bracket or a code or quote mark
    opened on its last line ("**TP3:** `1.3139", "Targets: [0.51, 0.53"), or a payload's
    brace ("{… \"tp2\": 0.0233"): what closed it was cut off; else ""."""
    if text.count("{") > text.count("}"):
        return "{"
    last = text[text.rfind("\n") + 1 :]
    if "\x1b[" in last:
        last = last.replace("\x1b[", "")  # a terminal colour code, no bracket
    for opener, closer in (("(", ")"), ("[", "]")):
        if last.count(opener) > last.count(closer):
            return opener
    for mark in ("`", '"'):
        if last.count(mark) % 2:
            return mark
    return ""


def _line_value(line: str, levels: set[float]) -> re.Match[str] | None:
    """The last number of ``line`` that is one of ``levels`` (commas as thousands or decimals)."""
    found = None
    for m in _NUMBER.finditer(line):
        written = m.group()
        values = {written.replace(",", "")} | (
            {written.replace(",", ".")} if "," in written else set()
        )
        for v in values:
            try:
                if float(v) in levels:
                    found = m
            except ValueError:
                continue
    return found


def _note_cut(text: str, signal: ParsedMessage) -> bool:
    """The text ends on a target whose line holds nothing after it, while every target line
    above it carries a note after its price ("TP1: 0.4289 (1:0.3)", "🥈 7.933 (20% of
    profit)", "Alvo 1 | 1.4456 | +1.2%"): the last line's note, and what came after it, were
    cut off."""
    if not signal.take_profits:
        return False
    lines = [ln for ln in text.split("\n") if ln.strip()]
    targets = set(signal.take_profits)
    last = _line_value(lines[-1], targets) if len(lines) > 1 else None
    if (
        last is None
        or last.end() != len(lines[-1])
        or float(last.group().replace(",", "")) != signal.take_profits[-1]
    ):
        return False
    noted = 0
    for line in reversed(lines[:-1]):
        m = _line_value(line, targets)
        if m is None:
            break
        if not any(ch.isalnum() for ch in line[m.end() :]):
            return False  # a target line with no note above: the list's own shape
        noted += 1
    return noted > 0


def cut_after_number(text: str, signal: ParsedMessage) -> str:
    """Why a signal whose text ends on a number was cut right after it, or "": the number
    inside an open pair, a target line left without the note every line above it carries, a
    value written with a trailing zero and fewer decimals than every other level."""
    end = text.rstrip()
    if not end or not "0" <= end[-1] <= "9":
        return ""
    mark = _open_pair(end)
    if mark:
        return (
            f"The message ends on a number inside “{mark}” left open: it looks cut short "
            "and what followed (a stop, the leverage) is missing. Check it."
        )
    if _note_cut(end, signal):
        return (
            "The message ends on its last target without the note every target line above "
            "it carries: it looks cut short and what followed (a stop, the leverage) is "
            "missing. Check it."
        )
    last = _last_level(end, signal)  # (read once for the three checks below)
    if last is None:
        return ""
    value = _number_cut_short(end, signal, last)
    if value:
        return (
            f"The message ends on {value}, its zero written to keep a precision every other "
            "level has more of: the card may be cut inside its last price. Check it."
        )
    value = _precision_dropped(end, signal, last) or _whole_cut_from_cents(end, signal, last)
    if value:
        return (
            f"The message ends on {value}, without the precision every other level keeps, "
            "more than a rounded stop drops: the card may be cut inside its last price. "
            "Check it."
        )
    return ""


def cut_or_joined(text: str, signal: ParsedMessage, parse: Callable[[str], ParsedMessage]) -> str:
    """Why a signal read from ``text`` must not be copied as it reads (cut inside its last
    label, or joined to another message), or ""."""
    line = cut_label(text)
    if line:
        return (
            f"The message ends on “{line}”, a level's label cut short with no value: the "
            "card looks cut. Check it."
        )
    value = cut_value(text, signal)
    if value:
        return (
            f"The message ends on {value}, written shorter than every other level: the card "
            "may be cut inside its last price. Check it."
        )
    after = cut_after_number(text, signal)
    if after:
        return after
    return beside_card(text, signal, parse)
