"""Bot cards' drawn marks written as the plain labels they stand for.

:func:`plain_marks` runs early in ``plain_text.plain``; every step is gated by a literal test
so a message without the mark pays a few ``in`` checks:

* a confidence drawn as a meter (``Confidence ████████░░ 80%``, ``AI confidence 🟩🟩🟩⬜⬜
  (60%)``, ``Confidence: 70% ▰▰▰▰▰▰▰▱▱▱``) is the number beside it; a meter of filled and
  empty glyphs without a number (``Confidence ●●●●○``, ``Conf ★★★☆☆``) is filled of all
  (0.8, 0.6). Meters under other labels (``Risk ▰▰▱▱▱``) state no confidence and stay;
* a row of inline buttons relayed as text under a card (``[ ⚡ Copy 20x ] [ ⚡ Copy 50x ]``,
  ``[✅ Follow] [📊 Chart]``, ``« Copy 25x »``, ``[🚀 Open 15x](https://t.me/…)``) is no part
  of the card: a button's leverage preset or amount is the copier's choice, not the call's;
* several fields under one joined label (``Entry/TP1/TP2/SL: a / b / c / d``, ``Entry · Stop ·
  Target: a · b · c``, ``Buy / Stop / Targets → a / b / c, d``, ``Levels (E / T1 / S): …``)
  are one line a field, the values in the label's order, when they are as many as the names;
* TradingView's position tool written out: its inputs ``Profit level`` and ``Stop level`` are
  the target and the stop, and the stats it prints under them (``Target: 3.80 (2.56%) 380,
  Amount: 380.00``, ``Open P&L: 0, Qty: 100``, ``Risk/Reward Ratio: 0.93``), distances, ticks
  and amounts, are dropped — only beside those inputs, which name the prices;
* a ladder's pointer at the current price (``148.20 ── ENTRY ◀ now``) is no market order: the
  entry is the price on its line;
* order flags that hold a follow-up's word (``Good-Till-Cancel``) are their short names (GTC);
* a subscript target ordinal (``T₂:``, ``TP₃``) is its digit.
"""

from __future__ import annotations

import re

# ---- confidence meters ------------------------------------------------------------------------
_FULL = "█▓▰■#=●★⭐◆🔵🟩🟢⣿▮"
_EMPTY = "░▱□-·○☆◇⚪⬜⣀▯"
_METER_CHARS = re.escape(_FULL + _EMPTY) + "\ufe0f"
_METER = rf"[\[|(]?[^\S\n]*[{_METER_CHARS}]{{3,}}[^\S\n]*[\]|)]?"
_PERCENT = r"\(?[^\S\n]*(\d{1,3}(?:[.,]\d+)?)[^\S\n]*%[^\S\n]*\)?"
# a confidence label, then a meter and its number (either first) or a meter alone
_CONFIDENCE_METER = re.compile(
    r"(?<![^\W\d_])(?:(?:ai|signal)[^\S\n]+)?(?:confidence(?:[^\S\n]+level)?|conf)(?![^\W\d_])"
    r"[*_`~]*[^\S\n]*[:\-=→—–]?[*_`~]*[^\S\n]*"
    rf"(?:{_METER}[^\S\n]*{_PERCENT}|{_PERCENT}[^\S\n]*{_METER}"
    rf"|(?P<meter>{_METER})(?![^\S\n]*\d))",
    re.I,
)
_METER_RUN = re.compile(rf"[{_METER_CHARS}]{{3}}")
# the meter glyphs within ASCII ("#", "=", "-"): an ASCII text with fewer than three of them
# draws no meter
ASCII_METER_CHARS = "".join(c for c in _FULL + _EMPTY if c.isascii())


def _may_draw_a_meter(text: str) -> bool:
    """A confidence label with a run of meter glyphs just after it (a cheap look first)."""
    if text.isascii() and text.count("#") + text.count("=") + text.count("-") < 3:
        return False
    for word in ("onf", "ONF"):
        at = text.find(word)
        while at >= 0:
            if _METER_RUN.search(text, at, at + 48):
                return True
            at = text.find(word, at + 3)
    return False


def _meter_value(meter: str) -> str | None:
    glyphs = [c for c in meter if c in _FULL or c in _EMPTY]
    full = sum(1 for c in glyphs if c in _FULL)
    if not 0 < full < len(glyphs) or any(c in _FULL for c in glyphs[full:]):
        return None  # a scale is filled from its start; anything else is no reading
    percent = 100 * full / len(glyphs)
    return f"{percent:g}%" if percent == int(percent) else repr(full / len(glyphs))


def _confidence_meter(m: re.Match[str]) -> str:
    if m.group("meter") is None:
        return f"Confidence: {m.group(1) or m.group(2)}%"
    value = _meter_value(m.group("meter"))
    return f"Confidence: {value}" if value else m.group()


def _meters_as_numbers(text: str) -> str:
    return _CONFIDENCE_METER.sub(_confidence_meter, text)


# ---- inline buttons ---------------------------------------------------------------------------
# a button's label may wrap once onto the next line ("[ ⚡ Copy" / "30x ]")
_CELL = (
    r"(?:\[[^\[\]\n]{1,40}(?:\n[^\[\]\n]{1,40})?\](?:\((?i:https?)://[^)\s]+\))?"
    r"|«[^«»\n]{1,40}(?:\n[^«»\n]{1,40})?»|⟦[^⟦⟧\n]{1,40}(?:\n[^⟦⟧\n]{1,40})?⟧)"
)
_BUTTON_ROW = re.compile(rf"^[^\S\n]*{_CELL}(?:[^\S\n]*{_CELL})*[^\S\n]*$", re.M)
_BUTTON_WORD = re.compile(
    r"(?<![^\W\d_])(?:copy|follow|unfollow|open|close|chart|join|view|share|details|subscribe"
    r"|mirror|trade now|auto[- ]?trade)(?![^\W\d_])|https?://",
    re.I,
)
_AMOUNT_CELL = re.compile(r"[^\w\n]*\$?\d+(?:[.,]\d+)?[^\S\n]*(?:usdt|usd|\$)?[^\w\n]*", re.I)
_CELL_TEXT = re.compile(r"\[([^\[\]]*)\]|«([^«»]*)»|⟦([^⟦⟧]*)⟧")


def _is_button_row(row: str) -> bool:
    """Buttons, not a bracketed label: a button's verb or link, or amounts alone."""
    if _BUTTON_WORD.search(row):
        return True
    cells = ["".join(parts) for parts in _CELL_TEXT.findall(row)]
    return all(_AMOUNT_CELL.fullmatch(cell) for cell in cells) and any(
        "usd" in cell.lower() or "$" in cell for cell in cells
    )


# cells ending the text on the line of the card's last field (a card whose lines were joined)
_TRAILING_CELLS = re.compile(rf"(?:[^\S\n]*[|·]?[^\S\n]*{_CELL})+[^\S\n]*\Z")


def _without_button_rows(text: str) -> str:
    text = _BUTTON_ROW.sub(lambda m: "" if _is_button_row(m.group()) else m.group(), text)
    if text.rstrip()[-1:] in ("]", "»", "⟧", ")"):
        found = _TRAILING_CELLS.search(text.rstrip())
        if found is not None and _is_button_row(found.group()):
            text = text[: found.start()]
    return text


# ---- joined labels ----------------------------------------------------------------------------
_NAMES = {
    "entry": "Entry",
    "e": "Entry",
    "buy": "Entry",
    "sell": "Entry",
    "sl": "SL",
    "s": "SL",
    "stop": "SL",
    "stop loss": "SL",
    "tp": "TP",
    "target": "TP",
    "t": "TP",
    "targets": "Targets",
    "tps": "Targets",
}
_NAME = r"[A-Za-z]{1,7}(?:[^\S\n]?loss)?[^\S\n]?\d?"
_JOINED = re.compile(
    rf"^[^\w\n]*(?:levels[^\S\n]*)?\(?(?P<names>{_NAME}(?:[^\S\n]*(?P<sep>[/·|])[^\S\n]*{_NAME})+)"
    r"\)?[^\S\n]*(?::|=|→|->)[^\S\n]*(?P<values>[^\n]+)$",
    re.I | re.M,
)
# a separator ("/", "|", "·") before a name that a joined label of levels holds (an entry's, a
# stop's, a target's): one pattern a separator, each opening with its literal, which the engine
# skips to (one pattern opening with the class "[/·|]" is tried character by character, ~3x
# slower on a card)
_JOINED_AFTER_SLASH = re.compile(r"/[^\S\n]?[EeBbSsTt]")
_JOINED_AFTER_BAR = re.compile(r"\|[^\S\n]?[EeBbSsTt]")
_JOINED_AFTER_DOT = re.compile(r"·[^\S\n]?[EeBbSsTt]")


def may_join_labels(text: str) -> bool:
    """Whether a separator stands before a level's name in ``text`` (a quick test before
    :data:`_JOINED`)."""
    return (
        ("/" in text and _JOINED_AFTER_SLASH.search(text) is not None)
        or ("|" in text and _JOINED_AFTER_BAR.search(text) is not None)
        or ("·" in text and _JOINED_AFTER_DOT.search(text) is not None)
    )


_VALUE = re.compile(r"\$?\d[\d,]*(?:\.\d+)?")
_VALUES = re.compile(r"\$?\d[\d,]*(?:\.\d+)?(?:[^\S\n]*,[^\S\n]+\$?\d[\d,]*(?:\.\d+)?)*")


def _field_name(written: str) -> str | None:
    low = " ".join(written.lower().split())
    if low in _NAMES:
        return _NAMES[low]
    head, digit = low.rstrip("0123456789 "), low[-1:]
    if digit.isdigit() and head in ("tp", "t", "target"):
        return f"TP{digit}"
    return None


def _joined_line(m: re.Match[str]) -> str:
    sep = m.group("sep")
    names = [_field_name(n) for n in m.group("names").split(sep)]
    values = [v.strip() for v in m.group("values").split(sep)]
    if None in names or len(names) != len(values) or "Entry" not in names:
        return m.group()
    if not all(
        (_VALUES if name == "Targets" else _VALUE).fullmatch(value)
        for name, value in zip(names, values, strict=True)
    ):
        return m.group()
    return "\n".join(f"{name}: {value}" for name, value in zip(names, values, strict=True))


def _joined_labels(text: str) -> str:
    return _JOINED.sub(_joined_line, text)


# ---- the position tool ------------------------------------------------------------------------
_TOOL_INPUT = re.compile(
    r"^([^\w\n]*[*_`~]*)(profit|stop)[^\S\n]+level(?=[*_`~]*[^\S\n]*:)", re.I | re.M
)
_NUMBER = r"-?[\d.,]+"
_TOOL_STATS = re.compile(
    rf"(?:^[^\S\n]*[^\d\n:]{{1,24}}:[^\S\n]*\n)?"  # a heading over them ("Stats:")
    rf"(?:^[^\w\n]*[*_`~]*(?:(?:target|stop)[*_`~]*[^\S\n]*:[^\S\n]*{_NUMBER}[^\S\n]*\({_NUMBER}[^\S\n]*%\)"
    rf"[^\S\n]*{_NUMBER}(?:,[^\S\n]*amount[^\S\n]*:[^\S\n]*{_NUMBER})?"
    rf"|[*_`~]*open[^\S\n]+p&l[^\S\n]*:[^\n]*qty[^\S\n]*:[^\S\n]*{_NUMBER}"
    rf"|[*_`~]*risk/reward[^\S\n]+ratio[^\S\n]*:[^\S\n]*{_NUMBER})[^\S\n]*(?:\n|\Z))+",
    re.I | re.M,
)


def _tool_input(m: re.Match[str]) -> str:
    return m.group(1) + ("Take profit" if m.group(2).lower() == "profit" else "Stop loss")


def _position_tool(text: str) -> str:
    if len(set(m.group(2).lower() for m in _TOOL_INPUT.finditer(text))) < 2:
        return text  # the stats name distances only beside both inputs
    return _TOOL_INPUT.sub(_tool_input, _TOOL_STATS.sub("", text))


# ---- small marks ------------------------------------------------------------------------------
_POINTER_NOW = re.compile(
    r"(?<=\d)([^\n]*?)[^\S\n]*(?:◀|◄|←|⟵|<-+)[─—-]*[^\S\n]*"
    r"(?:now|current(?:[^\S\n]+price)?|price[^\S\n]+(?:now|here)|(?:we|you)[^\S\n]+are[^\S\n]+here"
    r"|here|cmp)(?=[^\S\n]*(?:$|[|·]))",
    re.I | re.M,
)
_GOOD_TILL_CANCEL = re.compile(r"good[- ]?(?:till?|'til|until)[- ]?cancel(?:l?ed)?", re.I)
_SUBSCRIPT_ORDINAL = re.compile(r"(?<![^\W\d_])(tp|t|target)[^\S\n]?([₁-₉])", re.I)
_SUBSCRIPT_DIGITS = str.maketrans("₁₂₃₄₅₆₇₈₉", "123456789")


# an order's time-in-force flag on a line about the order ("Entry: 148.2 (Limit · GTC)", "TIF:
# GTC", "Entry: Market (IOC)"): a flag, not a coin named GTC — written in small letters
_TIF_FLAG = re.compile(r"(?<![#$\w])(GTC|IOC|FOK|GTD|GTX)(?![\w/])")
_ORDER_LINE = re.compile(
    r"(?i)limit|market|post[- ]?only|reduce[- ]?only|\btif\b|time[- ]in[- ]force|entry"
)
# a target's Roman ordinal ("TP II –", "Target IV:", "TP Ⅲ ="): its number
_ROMAN_ORDINAL = re.compile(
    r"(?<![^\W\d_])((?i:tp|target|take[- ]?profit))[^\S\n]"
    r"(VIII|VII|VI|IV|IX|V|III|II|I|X|[Ⅰ-Ⅹ])(?![^\W\d_])"
)
_ROMAN = {
    **{
        r: str(n)
        for n, r in enumerate(["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"], 1)
    },
    **{chr(0x2160 + n): str(n + 1) for n in range(10)},
}


def _tif_flags(text: str) -> str:
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if _TIF_FLAG.search(line) and _ORDER_LINE.search(line):
            lines[k] = _TIF_FLAG.sub(lambda m: m.group().lower(), line)
    return "\n".join(lines)


def plain_marks(text: str) -> str:
    """The text with the marks above written as plain labels and values. (The marks outside
    ASCII are looked for only in texts holding a character outside it: ``isascii`` reads a
    flag, and most texts are ASCII.)"""
    wide = not text.isascii()
    if ("onf" in text or "ONF" in text) and _may_draw_a_meter(text):
        text = _meters_as_numbers(text)
    if ("]" in text or (wide and ("»" in text or "⟧" in text))) and (
        _BUTTON_ROW.search(text) or text.rstrip()[-1:] in ("]", "»", "⟧", ")")
    ):
        text = _without_button_rows(text)
    if may_join_labels(text):
        text = _joined_labels(text)
    if ("evel" in text or "EVEL" in text) and _TOOL_INPUT.search(text):
        text = _position_tool(text)
    if (
        "<-" in text or (wide and ("◀" in text or "←" in text or "⟵" in text or "◄" in text))
    ) and _POINTER_NOW.search(text):
        text = _POINTER_NOW.sub(r"\1", text)
    if ("ancel" in text or "ANCEL" in text) and _GOOD_TILL_CANCEL.search(text):
        text = _GOOD_TILL_CANCEL.sub("GTC", text)
    if ("GTC" in text or "IOC" in text or "FOK" in text or "GTD" in text) and _TIF_FLAG.search(
        text
    ):
        text = _tif_flags(text)
    if "[" in text and "[RO]" in text:  # a reduce-only order's tag, not a coin
        text = text.replace("[RO]", "[reduce-only]")
    if (
        (" I" in text and ("P I" in text or "t I" in text or "T I" in text))
        or (" V" in text and ("P V" in text or "t V" in text or "T V" in text))
        or (wide and ("Ⅰ" in text or "Ⅱ" in text))
    ) and _ROMAN_ORDINAL.search(text):
        text = _ROMAN_ORDINAL.sub(lambda m: m.group(1) + _ROMAN[m.group(2)], text)
    if wide and ("₁" in text or "₂" in text) and _SUBSCRIPT_ORDINAL.search(text):
        text = _SUBSCRIPT_ORDINAL.sub(
            lambda m: m.group(1) + m.group(2).translate(_SUBSCRIPT_DIGITS), text
        )
    return text
