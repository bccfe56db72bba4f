"""Reading the numbers of a message: decimal points and commas, thousands groups, ``k``
suffixes, and refusing what cannot be a price.

A number never spans a space, except a real thousands group ("63 450") — and that only when
the merged value fits the message: near the symbol's known price when one is given, else
near the message's other prices. "tp 148 155" stays two targets. A narrow or non-breaking
space ("63 450", French typography) only ever separates thousands.

Which of "," and "." is the decimal mark is decided for the whole message
(:func:`convention`): "63.450,5", "148,20" or "0,5231" anywhere make "2,136" and "64.000"
continental (2.136 and 64000) in the same message; "0.4512" or "63,450.5" make them
English. A message with only ambiguous numbers ("6,176") is read the English way unless
its labels are in a language that writes a decimal comma (French, German, Vietnamese).
"""

from __future__ import annotations

import math
import re
from itertools import pairwise
from typing import NamedTuple

from tradermanager.sources.signal_parser.literal_first import LiteralFirst
from tradermanager.sources.signal_parser.lower_case import lower_case

# One number as written: optional - and $, digits with , or . groups, optional k; or a bare .5
# (group 1: all of that but the k; the number itself is group 1 without its "-" and "$").
# The pattern opens with the character class of a number's first character, so the regex
# engine skips ahead to such a character instead of trying the pattern at every position;
# after it, a look-behind tells which one it was ("-", "$", a digit, "."), and the number
# goes on from there ("\d*" after a first digit is "\d+" from that digit). What follows the
# number is checked by the regex itself, so the Python loop sees only candidates: not a
# percentage ("5%", "2-3%", or "%2,6" as Turkish writes it), not a duration ("1 day", "2-5
# days"), not the parts of a clock time or ratio ("14:30", "1:2.5").
# Letters of scripts written without spaces between words (Thai, Lao, Myanmar, Khmer, kana,
# CJK ideographs) and Hangul, which channels also write against a number ("入场148.2",
# "148.2附近", "จุดเข้า148.2", "진입가148.2"): a number touching one is still a number, while a
# Latin letter against it makes none ("63450USDT", "TP1").
SPACELESS = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
_NUMBER = re.compile(
    r"([-$\d.](?<![^\W"
    + SPACELESS
    + r"].)(?<![.,#№%].)(?:(?<=-)\$?(?:\d+(?:[.,]\d+)*|\.\d+)|(?<=\$)(?:\d+(?:[.,]\d+)*|\.\d+)"
    r"|(?<=\d)(?<!\d:.)\d*(?:[.,]\d+)*|(?<=\.)(?<!\d:.)\d+))"
    r"(?:[^\S\n]?([kK](?![a-zA-Z])|[eE][+-]?\d+))?(?![^\W" + SPACELESS + r"])(?![.,]\d)"
    r"(?! ?%)(?!:\d)(?![-–]\d+(?:[.,]\d+)?\s?%)(?![\ufe0f\u20e3])"
    r"(?![ \t]?(?i:days?|hours?|weeks?|months?|minutes?|mins?|candles?)(?![^\W\d_]))"
    # nor the first of a range of durations ("2-5 days", "12-18h", "6 to 12 hours")
    r"(?![ \t]?(?:[-–~]|to)[ \t]?\d+(?:[.,]\d+)?[ \t]?"
    r"(?i:days?|hours?|hrs?|h|d|weeks?|months?|minutes?|mins?|candles?)(?![^\W\d_]))"
)
# Separators that are only ever thousands separators (narrow and ordinary no-break spaces, the
# thin space of SI typography and the figure space of aligned columns).
THOUSANDS_SPACES = "\u202f\u00a0\u2009\u2007"
# A number that can only be written with a decimal comma (148,20  0,523  2,1189  63.450,5) or
# only with a decimal point (148.2  0.523  2.1189  63,450.5); "6,176" and "63.450" prove nothing.
# Each opens with the mark after the number's first digit (that digit, and a "0" not after a
# digit, "." or ",", are look-behinds), so the regex engine skips ahead to a "," or "." —
# a message holds far fewer of them than digits. Only whether one is found is used.
_EU_MARK = re.compile(
    r",(?<=\d,)(?:(?<=0,)(?<![\d.,]0,)\d|(?:\d{1,2}|\d{4,})(?![\d]|\.\d))|\.(?<=\d\.)\d{3},\d(?!\d*\.\d)"
)  # (not "10.357,10.221": a comma before a number with its own decimal point is a list's)
_US_MARK = re.compile(
    r"\.(?<=\d\.)(?:(?<=0\.)(?<![\d.,]0\.)\d|(?:\d{1,2}|\d{4,})(?![\d]))|,(?<=\d,)\d{3}\.\d"
)
# Label words of languages that write a decimal comma: the tie-breaker for ambiguous numbers.
_DECIMAL_COMMA_WORDS = (
    "entrée",
    "objectif",
    "levier",
    "einstieg",
    "kursziel",
    "ziel",  # "Ziel 1:", "Ziele:", "Zielzone"
    "hebel",
    # German and French labels that name a buy or sell zone, a target or the stop in words no
    # other language writes ("Kaufzone: 57.475", "Cible 1 : 6.087", "Prise de profit 1 :")
    "kaufzone",
    "verkaufszone",
    "verlustbegrenzung",
    "gewinnmitnahme",
    "cible",
    "zone d'achat",
    "zone d’achat",
    "zone de vente",
    "prix d'achat",
    "prix d’achat",
    "prix de vente",
    "prise de profit",
    "prises de profit",
    "điểm vào",
    "chốt lời",
    "cắt lỗ",
    "vào lệnh",
    "mục tiêu",
    "dừng lỗ",
)
# Labels of more languages that write a decimal comma, whose channels also often write a
# decimal point: they settle "15,708" (a comma) as 15.708, never "3.728" (a dot) as 3728 —
# whether that is ETH at 3,728 or a coin at 3.728 only the symbol's stored price can tell.
_COMMA_DECIMAL_WORDS = (
    "είσοδος",
    "στόχοι",
    "μόχλευση",
    "entrada",
    "alvo",
    "objetivo",
    "alavancagem",
    "apalancamiento",
    "moeda",  # Spanish and Portuguese coin, zone and target words ("NA ZONA DE 6,941 A 6,978")
    "moneda",
    "zona",
    "região",
    "metas",
    "ingresso",
    "obiettiv",
    "giriş",
    "hedef",
    "kaldıraç",
    "harga",
    "wejście",
    "wejścia",  # Polish "Strefa wejścia:", "Cena wejścia:" (of the entry)
    "dźwignia",
    "instap",
    "doelen",
    "hefboom",
    "indgang",
    "inngang",
    "kursmål",
    "mål",
    "giring",
    "вход",
    "цели",
    "плечо",
    "вхід",
    "цілі",
    "плече",
    # Slovak and Czech ("Vstupná zóna:", "Bod vstupu", "Cieľ 1:", "Ciele:", "Cíl 1", "Páka").
    # (Latvian, Lithuanian and Albanian labels are left undecided: `Ieeja: 14,824` with every
    # comma a three-digit group goes to review, see own_decimal_comma_unknown_labels.)
    "vstup",
    "cieľ",
    "ciele",
    "cíl",
    "páka",
    "paka",
    "marže",
    # Romanian ("Intrare:", "Preț de intrare:", "Ținte:", "Țintă 1:", with and without the
    # diacritics), Hungarian ("Belépő:", "Belépési ár:", "Célok:", "Célár 1:", "Tőkeáttétel:")
    # and Indonesian ("Area beli:", "Batas rugi:", "Daya ungkit:")
    "intrare",
    "ținte",
    "ţinte",
    "țintă",
    "ţintă",
    "tinte",
    "tinta",
    "belépő",
    "belépési",
    "belepo",
    "belepesi",
    "célok",
    "célár",
    "tőkeáttétel",
    "tokeattetel",
    "áttétel",
    "area beli",
    "batas rugi",
    "daya ungkit",
    # Indonesian buy and sell labels ("Zona beli:", "Target jual:", "Harga beli:") and Turkish
    # ones ("Alış bölgesi:", "Satış hedefleri:", "Yön:", "Marjin:"):
    # channels in those languages write a decimal comma and dot thousands as often as the
    # exchange's decimal point. (Not Malay's own labels, "Zon belian", "Henti rugi",
    # "Sasaran", nor "Ambil untung", which both write: Malaysia writes a decimal point and
    # comma thousands.)
    "zona beli",
    "zona jual",
    "target jual",
    "harga beli",
    "alış",
    "alis bolgesi",
    "alım",
    "satış",
    "satis hedef",
    "bölgesi",
    "marjin",
    "yön",
    # Greek labels beyond "Είσοδος" / "Στόχοι" / "Μόχλευση" ("Ζώνη εισόδου:", "Στοπ:",
    # "Στόχος 1:"): Greek writes a decimal comma
    "εισόδου",
    "στοπ",
    "στόχος",
)
# German and Scandinavian "Stopp" as a word of its own, not English "stopped at 7.346"
_STOPP = r"|stopp\b"
# at a word's start: "alvo" is a label, not the end of "salvo" (searched through a form whose
# every branch opens with the word's first letter, so the regex engine skips ahead to one
# instead of trying the look-behind at every position: half the time)
_DECIMAL_COMMA_LANGUAGE = LiteralFirst(
    r"(?<![\w])(?:" + "|".join(map(re.escape, _DECIMAL_COMMA_WORDS)) + _STOPP + ")"
)
_DIGIT_COMMA = re.compile(r"\d,\d")
# a label of a result in money or percent, before the colon of a negative number
# (and an indicator's reading that goes below zero: "MACD hist: -0.014", "Funding: -0.010%")
_RESULT_LABEL = re.compile(
    r"(?i)(?:loss|pnl|p&l|p/l|profit|roi|result|macd|hist(?:ogram)?|funding(?:[^\S\n]*rate)?"
    r"|momentum)[^\S\n]*$"
)
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_COMMA_DECIMAL_LANGUAGE = LiteralFirst(
    r"(?<![\w])(?:"
    + "|".join(map(re.escape, _DECIMAL_COMMA_WORDS + _COMMA_DECIMAL_WORDS))
    + _STOPP
    + ")"
)
EU, US = "eu", "us"
# What every thousands group needs: a digit, one space-like separator, a digit.
# (Written separator first, the digit before it a look-behind: a message holds fewer spaces
# than digits, and the engine only tries the pattern where its first character stands.)
_GROUP_GAP = re.compile(r"[ " + THOUSANDS_SPACES + r"](?<=\d.)\d")
# The two ways a number is written: a decimal point with optional comma thousands
# ("60,157.8", ".307", "1,234,567"), a decimal comma with optional dot thousands ("148,20",
# "63.450,5", "63.450.000"); a thousands group never follows a lone 0 ("0,125" is 0.125).
_ENGLISH = re.compile(r"\d*\.\d+|\d+|[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?")
_CONTINENTAL = re.compile(r"\d+(?:,\d+)?|[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?")
# Largest price the parser accepts (USD-like quote); above it a number is hostile, not a price.
MAX_PRICE = 1e8


class Number(NamedTuple):
    start: int
    end: int
    value: float
    plain_int: bool  # written as 1-3 digits with no separator: may open a thousands group
    group3: bool  # written as exactly 3 digits (optionally with decimals): may close one


# Number(...) runs a generated Python __new__; the tuple constructor itself is C (scan makes
# one per price, see :func:`scan`).
_new_tuple = tuple.__new__


class HostileNumber(ValueError):
    """A number that no price can be (1e308, a negative price, more than MAX_PRICE)."""


# A sub-cent price with its zeros counted, as charting sites and channels shorten it:
# "0.0₅123" (subscript) or "0.0{5}123" is 0.00000123 — the count is of every zero after the
# decimal mark.
_ZERO_COUNT = re.compile(r"0([.,])0(?:([₀₁₂₃₄₅₆₇₈₉]{1,2})|\{(\d{1,2})\})(\d+)")
_SUBSCRIPT_DIGIT = re.compile("[₀₁₂₃₄₅₆₇₈₉]")
_SUBSCRIPT_VALUE = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")


def _zeros_written_out(m: re.Match[str]) -> str:
    count = int((m.group(2) or "").translate(_SUBSCRIPT_VALUE) or m.group(3))
    return f"0{m.group(1)}{'0' * count}{m.group(4)}"


def expand_zero_counts(text: str) -> str:
    """``text`` with every counted-zeros price written out ("0.0₅123" → "0.00000123");
    the text itself when it has none (the usual case: one ``in`` test, or for a text that
    is not all ASCII one search for a subscript digit)."""
    if "{" not in text and (text.isascii() or _SUBSCRIPT_DIGIT.search(text) is None):
        return text
    return _ZERO_COUNT.sub(_zeros_written_out, text)


# A price written as digits, a dot and three digits ("3.728"): a decimal point or a dot
# thousands separator, which only the message's other numbers or the symbol's price can tell.
# (Written dot first, the digit before it a look-behind: the engine skips ahead to a dot, of
# which a message holds fewer than digits. Only whether one stands is asked.)
_DOT_GROUP = re.compile(r"\.(?<=\d\.)\d{3}(?![\d])")
# ... and one whose three digits end in a zero ("3.060", "63.450"): written as a thousands
# group is (always three digits), and seldom as a decimal (a decimal's zeros are dropped).
# (The pattern opens with the dot itself, so the regex engine skips ahead to one; the digit
# before it is checked after.)
_DOT_GROUP_ZERO = re.compile(r"\.\d\d0(?![\d])")


def has_dot_group(text: str) -> bool:
    return _DOT_GROUP.search(text) is not None


def dot_thousands_open(text: str, lower: str | None = None) -> bool:
    """Whether "3.060" in ``text`` may as well be 3,060: a dot and three digits ending in a
    zero, in labels of a language that writes a decimal comma (whose channels also write
    dot thousands), and no number anywhere that settles the message's mark. (The text is
    lower-cased only when such a group stands in it.)"""
    for m in _DOT_GROUP_ZERO.finditer(text):
        if m.start() and text[m.start() - 1].isdigit():
            break
    else:
        return False
    lower = lower if lower is not None else lowered(text)
    return _COMMA_DECIMAL_LANGUAGE.search(lower) is not None and convention(text, lower) == ""


def lowered(text: str) -> str:
    """``text`` in lower case with every character where it was: str.lower() turns "İ" into
    two characters, which would shift every position found in the lowered text."""
    low = lower_case(text)
    if len(low) == len(text):
        return low
    return "".join(ch.lower()[:1] for ch in text)


def convention(text: str, lower: str) -> str:
    """The message's decimal mark: EU (decimal comma), US (decimal point) or "" (unknown,
    read the English way number by number)."""
    if "," not in text:
        if "." in text and _US_MARK.search(text):
            return US
        return EU if _comma_language(lower) else ""
    eu = _EU_MARK.search(text) is not None
    us = _US_MARK.search(text) is not None
    if eu != us:
        return EU if eu else US
    if not eu and _comma_language(lower):
        return EU
    if (
        not eu
        and (_COMMA_DECIMAL_LANGUAGE.search(lower) or _CYRILLIC.search(text))
        and _DIGIT_COMMA.search(text)
    ):
        return EU  # a comma between digits, not only list commas ("8.306, 8.113"); every
        # language written in Cyrillic letters writes a decimal comma ("ТВХ: 25,348")
    return ""


def mark_from_labels_alone(text: str, lower: str) -> bool:
    """Whether the message's decimal mark is a comma only because its labels are in a
    language that writes one ("Einstieg", "Entrée", "Điểm vào"): no number in it is written
    in a form that only one mark allows ("5.41", "0.523", "63.450,5", "148,20")."""
    return (
        _EU_MARK.search(text) is None
        and _US_MARK.search(text) is None
        and _DECIMAL_COMMA_LANGUAGE.search(lower) is not None
    )


# Labels of the languages whose channels write a price with a decimal point copied from the
# exchange as often as with dot thousands ("Entrada: 3.412" for a coin at 3.412 or ETH at
# 3,412): Italian, Spanish, Portuguese, Greek, Turkish, Polish, Indonesian, Dutch, the
# Scandinavian, Czech and Slovak, Romanian, Hungarian, Russian and Ukrainian words of
# `_COMMA_DECIMAL_WORDS`.
_OPEN_MARK_WORDS = (
    "entrata",
    "obiettiv",
)
_OPEN_MARK_LABELS = LiteralFirst(
    r"(?<![\w])(?:" + "|".join(map(re.escape, _COMMA_DECIMAL_WORDS + _OPEN_MARK_WORDS)) + ")"
)


def mark_open_in_comma_language(text: str) -> bool:
    """Whether ``text`` is in labels of a language whose channels write dot thousands as often
    as a decimal point (`_OPEN_MARK_LABELS`, or any word in Cyrillic letters: Russian,
    Ukrainian, Kazakh, Mongolian), and no number in it settles its mark (a level
    with other than three decimals, a leading "0.", a decimal comma, "3.412,5"), so that
    "3.412" was read as a decimal by default. (German, French and Vietnamese labels read
    such a price as thousands and are asked by `label_thousands.read_either_way`.)"""
    lower = lowered(text)
    return (
        (_OPEN_MARK_LABELS.search(lower) is not None or _CYRILLIC.search(text) is not None)
        and _DECIMAL_COMMA_LANGUAGE.search(lower) is None
        and convention(text, lower) == ""
    )


# Follow-up words of those languages (a target reached, the stop moved), for a follow-up that
# names no label: "TP1 alcanzado en 3.412", "alvo 2 atingido em 3.463", "cel 1 osiągnięty
# 2.548", "TP3 tercapai di 3.454", "stopu 3.115 seviyesine çektik", "movemos el stop a 3.398";
# a follow-up written in Cyrillic letters is one of them as well ("тейк 2 взят по 24.905").
_OPEN_MARK_FOLLOW_UP = LiteralFirst(
    r"(?<![\w])(?:alcanzad|alcanzó|atingid|alcançad|movemos|movid|osiągnięt|osiagniet|przesun"
    r"|tercapai|kena|pindah|geldi|seviyesine|çektik|ulaşıldı|στόχος|μεταφ|atins|mutat|bereikt"
    r"|verplaatst|dosažen|posunut)"
)


def price_open_in_follow_up(text: str) -> bool:
    """Whether a follow-up's "3.412" may as well be 3,412: its words are those of a language
    whose channels write dot thousands as often as a decimal point (the card labels of
    `_OPEN_MARK_LABELS`, the follow-up words above, Cyrillic letters) and no number in it
    settles the mark."""
    lower = lowered(text)
    return (
        _OPEN_MARK_LABELS.search(lower) is not None
        or _OPEN_MARK_FOLLOW_UP.search(lower) is not None
        or _CYRILLIC.search(text) is not None
    ) and (_DECIMAL_COMMA_LANGUAGE.search(lower) is None and convention(text, lower) == "")


def _comma_language(lower: str) -> bool:
    return _DECIMAL_COMMA_LANGUAGE.search(lower) is not None


def _written_value(body: str, eu: bool) -> float | None:
    """The value of a number written with "," or ".": read with the message's mark when its
    form allows that ("6,176" is 6176, or 6.176 in a continental message), else with the one
    mark its form allows ("60,157.8" is 60157.8 even there, "0,45" is 0.45 even in an
    English one); None for a form neither allows ("12,3.4", "75,31.8", "12.03.2024")."""
    english = _ENGLISH.fullmatch(body) is not None
    continental = _CONTINENTAL.fullmatch(body) is not None
    if continental and (eu or not english):
        return float(body.replace(".", "").replace(",", "."))
    if english:
        return float(body.replace(",", ""))
    return None


def _is_marker(text: str, start: int, end: int) -> bool:
    """A list marker ("1)", "2." or "3- " at a line start, " 3) " or " (3) " inline), not a
    price."""
    after = text[end : end + 2]
    if after in (" -", " –") and text[end + 2 : end + 3] == " ":
        return _spaced_dash_marker(text, start, end)
    if not after or after[0] not in ").-–":
        return False
    if len(after) > 1 and not after[1].isspace():
        return False
    line_start = text.rfind("\n", 0, start) + 1
    at_line_start = not text[line_start:start].strip()
    if after[0] != ")":
        if at_line_start:
            return after[0] == "." or len(after) > 1
        return after[0] == "." and len(after) > 1 and _inline_numbered(text, start, end)
    if at_line_start or (start > 0 and text[start - 1].isspace()):
        return True
    # "(1) 146.93 (2) 144.22": the number in brackets after a space or at a line's start
    return start > 0 and text[start - 1] == "(" and (start == 1 or text[start - 2].isspace())


_SPACED_DASH_PRICE = re.compile(r"[^\S\n]*[-–][^\S\n]+\$?(\d+\.\d+)")


def _spaced_dash_marker(text: str, start: int, end: int) -> bool:
    """A list marker written "1 - " at a line's start under a heading ("Entries ->" over "1 -
    6.535" / "2 - 6.49"): the line before or after opens with the number before or after it,
    or a lone "1 - " stands before a price with decimals beyond ×2 of 1 (no range starts at
    the list's own number). "12 - 13" and "1 - 1.5" stay ranges."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    n = int(text[start:end])
    line_end = text.find("\n", end)
    following = text[line_end + 1 :].lstrip(" \t") if line_end >= 0 else ""
    if following.startswith((f"{n + 1} - ", f"{n + 1} – ")):
        return True
    if line_start:
        above = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].lstrip(" \t")
        if above.startswith((f"{n - 1} - ", f"{n - 1} – ")):
            return True
    if n != 1:
        return False
    m = _SPACED_DASH_PRICE.match(text, end)
    return m is not None and not 0.5 <= float(m.group(1)) <= 2


def _inline_numbered(text: str, start: int, end: int) -> bool:
    """A number in a list numbered on one line, "Targets: 1. 0.53 2. 0.55 3. 0.57": "2. "
    after a space, with "1. " before it on the line ("1. " with "2. " after it)."""
    if start == 0 or not text[start - 1].isspace():
        return False
    n = int(text[start:end])
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if n == 1:
        return " 2. " in text[end : line_end if line_end >= 0 else len(text)]
    return f" {n - 1}. " in text[line_start - 1 if line_start else 0 : start] or text[
        line_start:start
    ].startswith(f"{n - 1}. ")


def scan(
    text: str,
    excluded: list[tuple[int, int]] | None = None,
    decimal: str | None = None,
    lower: str | None = None,
) -> list[Number]:
    """Every price-like number in ``text``, left to right: percentages, list markers, clock
    times and ratios ("14:30", "1:2.5") and numbers inside ``excluded`` spans are left out.
    ``decimal`` is the message's :func:`convention`, worked out here (from ``lower``, the
    lower-cased text) the first time a number needs it. Raises HostileNumber for a number
    no price can be. (The hottest loop of the parser: written for speed.)"""
    eu = decimal == EU
    out: list[Number] = []
    append = out.append
    for m in _NUMBER.finditer(text):
        body, suffix = m.groups()
        start, end = m.span()
        sign = False
        if body[0] in "-$":
            sign = body[0] == "-"
            head = body
            body = body.lstrip("-$")
            start += len(head) - len(body)
        if excluded:
            for a, b in excluded:
                if a <= start < b:
                    break
            else:
                a = -1
            if a >= 0:
                continue
        if suffix and suffix[0] in "eE":
            raise HostileNumber(f"{body}{suffix} is written in scientific notation, not a price")
        if body.isdigit():
            size = len(body)
            if size <= 2 and not suffix and _is_marker(text, start, end):
                continue
            value = float(body)
            plain, group3 = size <= 3 and not suffix, size == 3 and not suffix
        elif (
            (dot := body.find(".")) >= 0
            and len(body) - dot != 4
            and "," not in body
            and body.find(".", dot + 1) < 0
        ):
            value = float(body)  # 148.2, 0.4512: a decimal point whatever the message says
            plain, group3 = False, dot == 3 and not suffix
        else:
            if "," in body and body.count(".") >= 2 and not suffix and not sign:
                parts = body.split(",")
                if all(p.count(".") == 1 and p[0] != "." for p in parts):
                    # "82.11,83.79,84.79": prices listed with commas and no space
                    at = start
                    for p in parts:
                        out.append(Number(at, at + len(p), float(p), False, p.find(".") == 3))
                        at += len(p) + 1
                    continue
            if decimal is None:  # the first number that depends on it
                decimal = convention(text, lower if lower is not None else lowered(text))
                eu = decimal == EU
            read = _written_value(body, eu)
            if read is None:
                if "," in body and "." in body:
                    # "75,31.8", "0.000023,957": both marks where neither allows them — no
                    # level may be dropped from a list unseen
                    raise HostileNumber(f"{body} is written with marks no number takes")
                continue  # "12.03.2024", "1,2,3": a date or a list, no price
            value = read
            whole = body.split("," if eu else ".", 1)[0]
            plain, group3 = False, len(whole) == 3 and whole.isdigit() and not suffix
        if suffix:
            value *= 1000
        if sign and value > 0:
            # "-" directly before a number is a separator ("1.2-1.3") unless it opens the text
            # or follows a label's colon: that is a negative number
            j = m.start() - 1
            while j >= 0 and text[j].isspace() and text[j] != "\n":
                j -= 1
            if j >= 0 and text[j] == "\n":
                pass  # "Entry:" over "-0.0728": a dash opening its line is a list's bullet
            elif j < 0 or text[j] == ":":
                if _RESULT_LABEL.search(text, max(0, j - 12), j):
                    continue  # "Loss: -$56.81", "PnL: -12.4": a result in money, no price
                raise HostileNumber(f"-{body} is negative")
        if value > MAX_PRICE:  # (float() of digits is never NaN; too many digits is inf)
            raise HostileNumber(f"{body} is larger than any price ({MAX_PRICE:,.0f})")
        append(_new_tuple(Number, (start, end, value, plain, group3)))
    return out


def inside(position: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``position`` falls in one of ``spans`` (a loop: faster than any() here)."""
    for a, b in spans:  # noqa: SIM110
        if a <= position < b:
            return True
    return False


def _fits(merged: float, unmerged: float, reference: float | None, others: list[float]) -> bool:
    if reference:
        return abs(math.log(merged / reference)) < abs(math.log(max(unmerged, 1e-12) / reference))
    if not others:
        return merged >= 1000
    ordered = sorted(others)
    middle = ordered[len(ordered) // 2]
    return 0.5 <= merged / middle <= 2


_ORDINAL = re.compile(r"\s?[:)]")


def merge_thousands(
    text: str, numbers: list[Number], reference: float | None = None
) -> list[Number]:
    """Join "63 450" into 63450 when one space separates a 1-3 digit number from a 3-digit
    group and the result fits the message (see module docstring)."""
    if len(numbers) < 2 or _GROUP_GAP.search(text) is None:
        return numbers  # no digit, space-like separator and digit anywhere: nothing to join
    pairs = [
        i
        for i, (a, b) in enumerate(pairwise(numbers))
        if b.start - a.end == 1
        and a.plain_int
        and b.group3
        and (text[a.end] == " " or text[a.end] in THOUSANDS_SPACES)
    ]
    if not pairs:
        return numbers
    involved = {i for p in pairs for i in (p, p + 1)}
    # the message's other prices; a digit before a colon ("Objectif 1 :") is an ordinal
    others = [
        n.value
        for i, n in enumerate(numbers)
        if i not in involved and not (n.plain_int and n.value < 10 and _ORDINAL.match(text, n.end))
    ]
    out: list[Number] = []
    skip = -1
    for i, n in enumerate(numbers):
        if i == skip:
            continue
        if i in pairs:
            nxt = numbers[i + 1]
            merged = n.value * 1000 + nxt.value
            if text[n.end] in THOUSANDS_SPACES or _fits(merged, n.value, reference, others):
                out.append(Number(n.start, nxt.end, merged, False, False))
                skip = i + 1
                continue
        out.append(n)
    return out
