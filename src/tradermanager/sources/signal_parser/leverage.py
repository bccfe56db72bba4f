"""The leverage ("x15", "15x", "Cross (20X)", "Lev: 10x", "20x (max 50x)"), the margin mode
and a stated confidence of one message. What is read joins the spans that hold no price."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser import numbers, sections
from tradermanager.sources.signal_parser.lexicon import (
    FOREIGN_MARGIN,
    OTHER_MARGIN_CROSS,
    OTHER_MARGIN_CROSS_CJK,
    OTHER_MARGIN_ISOLATED,
    OTHER_MARGIN_ISOLATED_CJK,
    TIMES_SIGNS,
)

MAX_LEVERAGE = 200.0  # above it a leverage is no real setting: the message goes to review
_LEVERAGE_HINTS = (
    "lev",
    "плечо",
    "плече",
    "dźwignia",
    "dzwignia",
    "apalanc",
    "alavanc",
    "kald",
    "hebel",
    "đòn",
    "الرافعة",
    "杠杆",
    "레버리지",
    "レバレッジ",
    "เลเวอเรจ",
    "لوریج",
    "لیوریج",
    "اهرم",
    "μόχλευση",
    "μοχλευση",
    "מינוף",
    "leveraj",
    "লিভারেজ",
    "배율",
    "レバ",
)
# A label that starts with "lev" ("lev", "leverage", "levier") is read by the label patterns
# only with a number after it (past a colon or a margin mode) or a number before it: "level"
# and "levels" in a text are no reason to run them. (A quick test on the lower-cased text:
# each match of LEVERAGE_BARE_LABEL or LEVERAGE_NUMBER_FIRST on a "lev" word holds it; "ı"
# because the patterns ignore case and so read "levıer" as "levier".)
_LEV_LABEL = re.compile(
    r"lev(?:(?<=\slev)|(?:erage|[iı]er)?[\s*_]*(?:[(\[][x×][)\]][\s*_]*)?[:=：→➜\-–—]?[\s*_]*"
    r"(?:\w+\s*)?-?\d)"
)
LEVERAGE_HINT = re.compile("|".join(_LEVERAGE_HINTS))
# The same test as substring tests: the ASCII hints ("leveraj" holds "lev"), then one search
# for the hints of other scripts, only in a text that holds more than ASCII. (The regex of all
# of them is tried at every "l", "d", "a", "k" and "h" of a text: 10,000 instructions a text,
# against 4,000 for an ASCII text and 10,000 for another this way.)
_ASCII_HINTS = tuple(h for h in _LEVERAGE_HINTS if h.isascii() and (h == "lev" or "lev" not in h))
_OTHER_SCRIPT_HINT = re.compile("|".join(h for h in _LEVERAGE_HINTS if not h.isascii()))


def holds_leverage_hint(lower: str) -> bool:
    """Whether :data:`LEVERAGE_HINT` finds a hint in ``lower``."""
    for hint in _ASCII_HINTS:  # a loop: faster than any() over a generator
        if hint in lower:
            return True
    return not lower.isascii() and _OTHER_SCRIPT_HINT.search(lower) is not None


# The labels that do not start with "lev"; "槓桿" among them, which has no hint of its own and
# so is read only where another hint stands.
_OTHER_LEVERAGE_HINT = re.compile("|".join([*(h for h in _LEVERAGE_HINTS if h != "lev"), "槓桿"]))
# An x that can stand by a leverage number: not one inside a word ("next", "exit"), which
# has a letter on both sides and so neither a number before it nor after it. (The pattern
# opens with the x itself, so the regex engine skips ahead to one.)
_SPACELESS_CHAR = re.compile("[" + numbers.SPACELESS + "]")
_TIMES = re.compile("[xX×倍배](?:(?![A-Za-z])|(?<![A-Za-z][xX×]))")
# Whether one of the margin words of other scripts stands at all: one search that skips ahead to
# their first letters, before the list is read in its order.
_FOREIGN_MARGIN_WORD = re.compile("|".join(re.escape(word) for word, _ in FOREIGN_MARGIN))
# The margin modes of exchanges' localized screens ("Margem: Isolada", "Marj: Çapraz",
# "証拠金: クロス"), and the parts an ASCII text holds whenever one of them stands.
# (The words open the pattern, so the regex engine skips ahead to their first letters; the
# word boundaries are checked on each match: ``_other_margin``.)
_OTHER_MARGIN = re.compile(
    "(" + OTHER_MARGIN_CROSS + ")|(" + OTHER_MARGIN_ISOLATED + ")"
    "|(" + OTHER_MARGIN_CROSS_CJK + ")|(" + OTHER_MARGIN_ISOLATED_CJK + ")"
)
# Where such a word stands on its own (not before the leverage value, where _MODES reads it),
# the line is labelled as a margin line: "Margem:", "Marj:", "Маржа:", "Тип маржі:",
# "Tryb marży:", "Ký quỹ:", "証拠金:", "マージン", "마진:", "الهامش:", "倉位模式:" — looked for
# first: the ASCII ones ("marg", "marj") with two substring tests, the others with one search of
# a text that is not all ASCII.
_MARGIN_LABEL_WIDE = re.compile(
    "марж|marż|marž|ký quỹ|証拠金|マージン|마진|الهامش|倉位|仓位|保證金|περιθώριο|มาร์จิ้น"
)


def _other_margin(lower: str) -> str | None:
    """The first margin word of a localized screen standing as a word of its own (before it
    no letter; after it none either, but for Japanese and Korean: "分離マージン")."""
    for m in _OTHER_MARGIN.finditer(lower):
        start, end = m.span()
        if start and (lower[start - 1].isalnum() or lower[start - 1] == "_"):
            continue
        if (
            (m.group(1) or m.group(2))
            and end < len(lower)
            and (lower[end].isalnum() or lower[end] == "_")
        ):
            continue
        return "cross" if m.group(1) or m.group(3) else "isolated"
    return None


# The ASCII margin words of localized screens, for a quick test before the leverage's lines are
# read for one ("10x (cruzado)", "20x isolada", "Leva 10x isolata", "10x silang").
_OTHER_MARGIN_ASCII_HINT = re.compile(
    r"cruzad|isol|aislad|incrociat|silang|izol|croise|terisol|gekruist|incruci|krizov"
    r"|capraz|terasing|terpencil"
)


def _margin_beside_leverage(lower: str, spans: list[tuple[int, int]]) -> str | None:
    """A margin word of a localized screen on the line of a leverage just read: "Apalancamiento:
    10x (cruzado)", "Alavancagem: 20x isolada", "Плечо: x25 (кросс)", "Kaldıraç: İzole 10x",
    "⚙️ 20x CRUZADA". Only the leverage's own line is read: elsewhere such a word may mean
    something else."""
    for start, end in spans:
        line_start = lower.rfind("\n", 0, start) + 1
        line_end = lower.find("\n", end)
        mode = _other_margin(lower[line_start : None if line_end < 0 else line_end])
        if mode is not None:
            return mode
    return None


# A range's lower end written apart from its upper end's x: "3 - 5x", "10 — 20x", "5 to 10x"
# (on one line, the lower end a whole number below the upper one)
_SPACED_RANGE = re.compile(r"(?<![\w.,])(\d{1,3})[^\S\n]*(?:-|–|—|to)[^\S\n]*$")
_WHOLE = re.compile(r"\d{1,4}(?![\d.,])")


def _spaced_range_start(text: str, start: int) -> int:
    """Where a leverage range starts whose upper end's digits start at ``start`` ("3 - 5x"),
    or ``start`` when none stands before them."""
    m = _SPACED_RANGE.search(text, max(0, start - 12), start)
    upper = _WHOLE.match(text, start)
    if m is None or upper is None or int(m.group(1)) >= int(upper.group()):
        return start
    return m.start()


def read_leverage(
    text: str, lower: str, excluded: list[tuple[int, int]]
) -> tuple[float | None, str | None]:
    """The leverage (the highest of a range) and margin mode; their spans join ``excluded``."""
    values: list[float] = []
    ceilings: list[float] = []  # "max 50x", "up to 20x": what the trade allows, not advises
    read_from = len(excluded)
    mode = _leverage_values(text, values, excluded, ceilings)
    if not values and "1" in lower and ":" in lower:
        _leverage_ratio(lower, values, excluded)
    if (
        not values
        and not ceilings
        and holds_leverage_hint(lower)
        and (_LEV_LABEL.search(lower) or _OTHER_LEVERAGE_HINT.search(lower))
    ):
        mode = _leverage_labels(text, values, mode, excluded)
    if not values and not ceilings and ("cross" in lower or "iso" in lower):
        _mode_then_leverage(text, values, excluded)
    if mode is None and ("cross" in lower or "isol" in lower):
        found = sections.MARGIN.search(text)
        mode = found.group(1).lower() if found else None
    if (
        mode is None
        and "iso" in lower
        and (values or ceilings or "marg" in lower)
        and sections.MARGIN_ISO.search(text)
    ):
        mode = "isolated"
    if mode is None and not text.isascii() and _FOREIGN_MARGIN_WORD.search(text):
        mode = next((name for word, name in FOREIGN_MARGIN if word in text), None)
    if mode is None and (
        "marg" in lower
        or "marj" in lower
        or "marz" in lower  # Czech "Marze" (Marže typed without its caron)
        or (not lower.isascii() and _MARGIN_LABEL_WIDE.search(lower))
    ):
        mode = _other_margin(lower)
    if (
        mode is None
        and values
        and (not lower.isascii() or _OTHER_MARGIN_ASCII_HINT.search(lower) is not None)
    ):
        mode = _margin_beside_leverage(lower, excluded[read_from:])
    if mode in ("изолированная", "isoliert"):
        mode = "isolated"
    elif mode == "кросс":
        mode = "cross"
    if (values or ceilings) and any(v <= 0 for v in values + ceilings):
        bad = next(v for v in values + ceilings if v <= 0)
        raise numbers.HostileNumber(f"leverage {bad:g}x is not positive")
    values = values or ceilings  # "20x (max 50x)" advises 20x; "up to 20x" alone says 20x
    return (max(values) if values else None), mode


def _leverage_ratio(lower: str, values: list[float], excluded: list[tuple[int, int]]) -> None:
    """ "Leverage: 1:10", "Lev 1:25", "Leverage ratio 1:20": the leverage written as the ratio of
    the margin to the position, as brokers write it; the 1 and the 10 are no prices."""
    if _ONE_TO.search(lower) is None:
        return
    for m in _LEVERAGE_RATIO.finditer(lower):
        value = int(m.group(1))
        if 1 <= value <= 125:
            values.append(float(value))
            excluded.append(m.span())


def _mode_then_leverage(text: str, values: list[float], excluded: list[tuple[int, int]]) -> None:
    """ "CROSS 10" / "ISO 10": a margin mode followed by a bare whole number ending its line part
    is the leverage (1-125)."""
    for m in sections.MODE_THEN_LEVERAGE.finditer(text):
        value = int(m.group(2))
        if 1 <= value <= 125:
            values.append(float(value))
            excluded.append(m.span(2))


_MODES = {
    "cross": "cross",
    "isolated": "isolated",
    "isoliert": "isolated",
    "кросс": "cross",
    "изолированная": "isolated",
    "逐仓": "isolated",
    "全仓": "cross",
    # as exchanges' localized screens write them, before the leverage ("Leverage: İzole 5x")
    **dict.fromkeys(("cruzado", "cruzada", "çapraz", "chéo", "silang", "croisée"), "cross"),
    **dict.fromkeys(("متقاطع", "クロス", "교차", "全倉"), "cross"),
    **dict.fromkeys(("aislado", "aislada", "isolado", "isolada", "isolato", "i̇zole"), "isolated"),
    **dict.fromkeys(
        ("izole", "cô lập", "terisolasi", "isolée", "معزول", "分離", "격리"), "isolated"
    ),
    "逐倉": "isolated",
}
_LEVERAGE_WORDS = (
    "leverage",
    "lev",
    "плечо",
    "плече",
    "dźwignia",
    "dzwignia",
    "apalancamiento",
    "alavancagem",
    "kaldıraç",
    "hebel",
    "levier",
    "đòn bẩy",
    "الرافعة",
    "杠杆",
    "레버리지",
    "レバレッジ",
    "เลเวอเรจ",
)
_MODE_WORDS = tuple(_MODES)
# a leverage word, "ratio" or a margin mode between, then "1:N" ending its number ("1:10", not
# "1:10.5" or a clock time "1:10:30")
_LEVERAGE_RATIO = re.compile(
    r"(?<!\w)(?:" + "|".join(map(re.escape, _LEVERAGE_WORDS)) + r")(?!\w)"
    r"(?:[\s*_]*(?:ratio|cross|isolated|iso))?[\s*_]*[:=：\-–—]?[\s*_]*"
    r"1[^\S\n]*:[^\S\n]*(\d{1,3})(?![\d.,:])"
)
# the ratio every match of _LEVERAGE_RATIO ends on ("1:20"): searched first, from its "1" (the
# pattern above opens with a look-behind, tried at every position of every message)
_ONE_TO = re.compile(r"1[^\S\n]*:[^\S\n]*\d")


# Words before a leverage that make it a ceiling ("max 50x", "не более 10x"); not words that
# also write a range's upper end ("10x до 20x", "5x up to 10x")
_CEILING_WORDS = (
    "max",
    "max.",
    "maximum",
    "not more than",
    "no more than",
    "not above",
    "<=",
    "≤",
    "макс",
    "максимум",
    "не более",
    "höchstens",
    "maks",
    "maksimum",
    "tối đa",
    "最大",
    "最高",
    "최대",
)


# Labels before an "x" that make it a ratio, not a leverage ("Risk/Reward: 2.5x", "R:R 3x")
_RATIO_WORDS = ("reward", "r/r", "r:r", "rr", "rrr", "ratio", "r/r ratio", "profit factor")


# Labels before an "x" and words after it that make it a multiple of a measure, not a leverage
# ("Volume: 3.2x average", "vol 4x", "OI 2x", "2.5x the average volume", "3x normal")
_MEASURE_WORDS = ("volume", "vol", "vol.", "open interest", "oi", "turnover")
_MULTIPLE_OF_WORDS = ("average", "avg", "normal", "usual", "volume", "vol ", "vol.", "the av")
# ... and words after it that make it a reward counted in risks ("Approximately 2.5x reward
# compared to the risk", "3x the risk", "4x return")
_REWARD_AFTER_WORDS = ("reward", "return", "the risk", "your risk")
# ... and, after an article, words that make it the size of a move the call expects ("Targets
# line up with a 2x move", "room for a 1.5x increase"): a price's multiple, not a leverage
_ARTICLE_BEFORE = (" a", " an", "\na", "\nan")
_MOVE_AFTER_WORDS = ("move", "increase", "gain", "pump", "rally", "rise", "upside", "drop")


def _measure_label(label: str) -> bool:
    """Whether the lower-cased text before an x value ends with a measure's word standing as a
    word of its own ("Volume:", "OI", not "Koi")."""
    if not label.endswith(_MEASURE_WORDS):
        return False
    word = next(w for w in _MEASURE_WORDS if label.endswith(w))
    return not label[-len(word) - 1 : -len(word)].isalpha()


def _is_ceiling(before: str) -> bool:
    """Whether the lower-cased text before a leverage ends with a ceiling word (a leverage
    label between them is passed over: "max leverage: 20x")."""
    before = before.rstrip(" :：-=(")
    if before.endswith(_LEVERAGE_WORDS):
        before = before[: -len(next(w for w in _LEVERAGE_WORDS if before.endswith(w)))]
        before = before.rstrip(" :：-=(")
    if before.endswith(("up to", "upto")):
        # "with up to 50x leverage": a ceiling; "5x up to 10x": a range's upper end
        rest = before[: before.rfind("up")].rstrip()
        return not (rest[-1:].isdigit() or (rest[-1:] in "x×" and rest[-2:-1].isdigit()))
    if not before.endswith(_CEILING_WORDS):
        return False
    for word in _CEILING_WORDS:
        if before.endswith(word):
            edge = before[-len(word) - 1 : -len(word)]
            return not (edge.isalpha() and word[0].isalpha())
    return False


def _glued(text: str, start: int) -> bool:
    """Whether the letters right before a leverage are a margin mode or a leverage word written
    against it ("#Cross20x", "Isolated10x", "Lev20x"), not part of another word ("ETH20x")."""
    head = text[max(0, start - 10) : start].lower()
    for word in (*_MODE_WORDS, "leverage", "lev"):
        if head.endswith(word):
            edge = head[-len(word) - 1 : -len(word)]
            return not edge.isalpha()
    return False


def _tag_beside_side(text: str, at: int) -> bool:
    """Whether the hashtag value at ``at`` stands on a line naming the side or the leverage
    ("#SOLUSDT #LONG 📈 #10x"): the leverage as a tag; elsewhere ("#Altseason #100x #Gem" at
    the foot) a topic tag, no leverage."""
    a = text.rfind("\n", 0, at) + 1
    b = text.find("\n", at)
    line = text[a : b if b >= 0 else len(text)].lower()
    return "long" in line or "short" in line or "lev" in line


def _leverage_values(
    text: str, values: list[float], excluded: list[tuple[int, int]], ceilings: list[float]
) -> str | None:
    """Values written with an x ("10x", "x10", "Cross (20X)", "5x - 10x"); those after a
    ceiling word go to ``ceilings``. The words before one (a label, a margin mode, a bracket)
    are read with string operations, not a regex."""
    mode = None
    consumed = 0
    after_price: list[float] = []  # values in brackets right after a price ("81.08 (x5)")
    price_multiples = False  # … that are the price's multiple ("61.22 (x1.5)", "(2x from entry)")
    for x in _TIMES.finditer(text):  # every x, then its neighbours ("10x", "x10", "20 X")
        at = x.start()
        before = text[at - 1 : at] if at else ""
        if before == " " and at > 1:
            before = text[at - 2]
        after = text[at + 1 : at + 4].lstrip(" -")[:1]  # "x10", "x 10", "x -10"
        cjk = x.group() in TIMES_SIGNS  # "20倍杠杆", "杠杆20倍": no space around it in CJK
        nxt = text[at + 1 : at + 2]
        if before.isdigit() and not (
            (nxt.isalnum() and not (cjk and _SPACELESS_CHAR.match(nxt))) or nxt == "_"
        ):
            start = at - 1 if text[at - 1].isdigit() else at - 2
        elif after.isdigit():
            start = at
        else:
            continue
        run = text[max(0, start - 12) : start]
        # (an em dash joins a range's ends as a dash does: "10—20x")
        start -= len(run) - len(run.rstrip("0123456789.-–—"))  # the usual run in one step
        while start > 0 and (text[start - 1].isdigit() or text[start - 1] in ".-–—"):
            start -= 1
        if start > 2 and text[start - 1] in " -–—o" and text[start].isdigit():
            start = _spaced_range_start(text, start)
        if text[start] in "-–—" and start > 0 and text[start - 1].isalpha():
            start += 1  # "LEV-10X": a dash written against a word separates, no minus sign
        if start < consumed or (
            start > 0
            and (
                text[start - 1] == "."
                or (text[start - 1] == "#" and not _tag_beside_side(text, start))
                or (
                    text[start - 1].isalnum()
                    and not _glued(text, start)
                    and not (cjk and _SPACELESS_CHAR.match(text[start - 1]))
                )
            )
        ):
            continue
        m = sections.LEVERAGE_VALUE.match(text, start)
        if m is None:
            continue
        consumed = m.end()
        head = text[max(0, start - 40) : start]
        found = [float(v) for v in m.group(1, 2, 3, 4, 5, 6) if v]
        label = head.lower().rstrip(" :：-=(")
        if label.endswith(_RATIO_WORDS) or text[consumed : consumed + 12].lower().lstrip(
            " "
        ).startswith(_REWARD_AFTER_WORDS):
            excluded.append((start, consumed))  # "Risk/Reward: 2.5x", "3x reward": a ratio
            continue
        if (" " + label).endswith(_ARTICLE_BEFORE) and text[
            consumed : consumed + 12
        ].lower().lstrip(" ").startswith(_MOVE_AFTER_WORDS):
            excluded.append((start, consumed))  # "a 2x move": the size of a move, no leverage
            continue
        if _measure_label(label) or text[consumed : consumed + 12].lower().lstrip(" ").startswith(
            _MULTIPLE_OF_WORDS
        ):
            excluded.append((start, consumed))  # "Volume: 3.2x average": a measure's multiple
            continue
        if head.endswith("(") and head[:-1].rstrip(" $")[-1:].isdigit():
            # in brackets right after a price: a leverage at a one-liner's end ("SL $81.08
            # (x5)"), or the multiple of the entry a target stands for ("61.22 (x1.5)",
            # "0.22 (2x from entry)") when one such value is a fraction or says "from"
            after_price += found
            if any(not v.is_integer() for v in found) or (
                text[consumed : consumed + 12].lstrip(" )").lower().startswith("from")
            ):
                price_multiples = True
            excluded.append((start, consumed))
            continue
        if _is_ceiling(head.lower()):
            ceilings += found
        else:
            values += found
        kept = head.rstrip(" (")
        low = kept.lower()
        if low.endswith(_MODE_WORDS):
            for word, name in _MODES.items():
                if low.endswith(word):
                    mode = name
                    kept = kept[: -len(word)].rstrip(" :-(：")
                    low = kept.lower()
                    break
        if low.endswith(_LEVERAGE_WORDS):
            for word in _LEVERAGE_WORDS:
                if low.endswith(word):
                    kept = kept[: -len(word)]
                    break
        excluded.append((start - (len(head) - len(kept)), consumed))
    if after_price and not price_multiples:
        values += after_price
    return mode


def _leverage_labels(
    text: str, values: list[float], mode: str | None, excluded: list[tuple[int, int]]
) -> str | None:
    for m in sections.LEVERAGE_NUMBER_FIRST.finditer(text):  # "(20 leverage cross)"
        values.append(float(m.group(1)))
        if m.group(2):
            mode = m.group(2).lower()
        excluded.append(m.span())
    for m in sections.LEVERAGE_BARE_LABEL.finditer(text):
        if any(a <= m.start(2) < b for a, b in excluded):
            continue
        values.append(float(m.group(2)))
        if m.group(3):
            values.append(float(m.group(3)))  # a range: its upper end is kept
        if m.group(1):
            mode = m.group(1).lower()
        excluded.append(m.span())
    return mode


# Where a confidence label may start (CONFIDENCE_LABELS): the search starts at the first; and
# the hints of the other labels (CONFIDENCE_OTHER_LABELS), read where none of those stands.
_CONFIDENCE_HINTS = ("conf", "score", "уверен")
_OTHER_CONFIDENCE_HINTS = (
    *("strength", "probab", "likelihood", "win chance", "força", "fuerza", "certainty"),
    *("conviction", "chance of success", "confiance", "konfidenz", "affidabilit"),
)


def read_confidence(text: str, lower: str, excluded: list[tuple[int, int]]) -> float | None:
    starts = [i for i in map(lower.find, _CONFIDENCE_HINTS) if i >= 0]
    m = sections.CONFIDENCE.search(text, min(starts)) if starts else None
    if m is None:
        starts = [i for i in map(lower.find, _OTHER_CONFIDENCE_HINTS) if i >= 0]
        if not starts:
            return None
        m = sections.CONFIDENCE_OTHER.search(text, lower.rfind("\n", 0, min(starts)) + 1)
        if m is None:
            return None
    excluded.append(m.span())
    return confidence_value(m.group(1), (m.group(2) or "").replace(" ", ""))


def confidence_value(number: str, unit: str) -> float | None:
    """A confidence read from its number and unit ("%", "/10", "/100" or none), as a fraction.
    Without a unit a value up to 1 with a decimal point is a fraction ("Probability: 0.7")
    and one over 10 a percentage ("Score: 74"); a value from 1 to 10 ("Confidence: 8",
    "Likelihood: 1.03") may be tenths, a percentage or another scale: left out (None)."""
    value = float(number.replace(",", "."))
    if unit == "/10":
        value /= 10
    elif unit in ("%", "/100") or value > 10:
        value /= 100
    elif value >= 1 or not ("." in number or "," in number):
        return None
    return value if 0 <= value <= 1 else None


# A leverage line's label at the start of its line ("Leverage:", "⚙️ Lev =", "**Leverage**:")
# and what follows it on the line.
_LEVERAGE_LINE = re.compile(
    r"^[^\w\n]*(?:leverage|lev)\b[*_~`\s]*[:=：\-–—][^\S\n]*([^\n]*)$", re.I | re.M
)
# values that state no leverage on purpose, or only the margin mode: nothing left unread
_NO_LEVERAGE_VALUES = frozenset(
    [
        *("none", "no", "spot", "cross", "isolated", "iso", "crossed", "cross margin"),
        *("isolated margin", "no leverage", "without leverage", "1", "1x", "x1"),
    ]
)


def unreadable_leverage(text: str) -> str:
    """A reason for review when a leverage line gives a value that is no leverage ("Leverage:
    TBD", "Lev: see pinned", "Leverage: ?x"): copied, the trade would take the default
    leverage instead of the one the channel meant. "" when every leverage line holds a number,
    a margin mode or says there is none."""
    for m in _LEVERAGE_LINE.finditer(text):
        value = m.group(1).strip(" \t*_~`|.•")
        if not value or any(ch.isdigit() for ch in value):
            continue  # an emptied label is the emptied-label check's; a number is read
        if value.lower() in _NO_LEVERAGE_VALUES or value.lower().startswith(
            ("cross", "isolated", "iso ", "none", "spot", "no ")
        ):
            continue
        return (
            f"The leverage is given as “{value[:30]}”, which is no leverage that can be read: "
            "check it before it is copied at the default leverage."
        )
    return ""
