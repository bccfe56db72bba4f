"""Splitting a message into labelled sections (entry / targets / stop / side), in any order;
finding the line labels no lexicon knows ("Ingresso:"), which end the section before them;
blanking what is not a price (the symbol, leverage, a ratio).

Blanking replaces text with spaces of the same length, so positions stay comparable between
the original text and the cleaned one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from typing import NamedTuple

from tradermanager.sources.signal_parser.crowd_words import both_sides_word
from tradermanager.sources.signal_parser.dashed_targets import number_opens_price_list
from tradermanager.sources.signal_parser.hindi_words import DEVANAGARI, HINDI_LABELS, is_hindi_call
from tradermanager.sources.signal_parser.lexicon import (
    CONFIDENCE_LABELS,
    CONFIDENCE_LEVEL_WORDS,
    CONFIDENCE_OTHER_LABELS,
    ENTRY_LABELS,
    LEVERAGE_LABELS,
    LONG_WORDS,
    MARKED_ENTRY,
    MARKED_LETTERS,
    MARKED_LONG,
    MARKED_SHORT,
    MARKED_STOP,
    MARKED_TARGET,
    SHORT_WORDS,
    SPOT_WORDS,
    SPOT_WORDS_CJK,
    SPOT_WORDS_OTHER,
    STOP_LABELS,
    TARGET_LABELS,
    UNSPACED_ENTRY,
    UNSPACED_LONG,
    UNSPACED_SHORT,
    UNSPACED_STOP,
    UNSPACED_TARGET,
)
from tradermanager.sources.signal_parser.literal_first import holds_any
from tradermanager.sources.signal_parser.numbers import inside, lowered


def _on_one_line(label: str) -> str:
    """The label with its spaces kept to one line: "sell\\s*targets" must not join a side word
    ("#BTC/USDT Sell") to the label two lines down ("Targets: …")."""
    return (
        label.replace(r"\s*", r"[^\S\n]*")
        .replace(r"\s+", r"[^\S\n]+")
        .replace(r"[\s\-]", r"(?:[^\S\n]|-)")
    )


def _words(labels: tuple[str, ...]) -> str:
    """The labels as one alternation, in order: a label of words only where no word
    character stands before it and no letter after it, a sign as it is. Labels of words next to
    each other share those two checks ("(?<!…)(?:a|b)(?!…)" tries a, then b, as the same
    checks around each would: and compiles faster)."""
    parts = []
    run: list[str] = []
    for label in labels:
        label = _on_one_line(label)
        if label[0].isalpha() or label[0] in "\\(":
            run.append(label)
            continue
        if run:
            parts.append(r"(?<![\w])(?:" + "|".join(run) + r")(?![^\W\d_])")
            run = []
        parts.append(label)
    if run:
        parts.append(r"(?<![\w])(?:" + "|".join(run) + r")(?![^\W\d_])")
    return "|".join(parts)


# A target label's number: "TP1", "T.P.2", "Target 3:", and "Target 1 0.565" (one digit, then
# a price with decimals on the line: the numbered line without its separator; not before three
# digits and decimals, "Cele 3 720,58", where it may be a thousands group). Markup may close
# the label after its number: "**Take Profit 1**" over its price (an embed's bold field name).
_INDEX = (
    # "TP 1-3:": the targets' numbers, no price
    r"(?:[^\S\n]*\d{1,2}[^\S\n]*[-–][^\S\n]*\d{1,2}(?=[^\S\n]*[:=)])"
    r"|(?<=[^\W\d_]|\.)(\d{1,2})(?![\d.,])"
    # "TP 1 » x", "TP 1 => x", "TP 1 :: x": the separator may be a pair of signs or a guillemet,
    # or a bullet glyph standing for the colon ("Target 1 ● x", "Target 2 ▸ x", "TP 3 ▪️ x"),
    # or a check or target mark ("T-P 1 ✅ x", "TP 2 🎯 x");
    # markup may close the label after its number ("**Take Profit 1**")
    # (on the label's own line: "Targets" over "1) x" / "2) y" is a heading over its list)
    # (a full-width colon needs no space after it: "目標 1：8.971", "TP 2：8.837")
    r"|[^\S\n]+(\d{1,2})(?:\s*(?=[:)=➜→\-–»›⇒>●•∙▸►➤▪✅✔🎯]{1,2}\ufe0f?\s|[*_`]+[:)=➜→\-–]?\s|：)"
    r"|(?<=\s[1-9])[^\S\n]+(?=\$?\d*[.,]\d)(?!\d{3}[.,]\d)"  # not "3 720,58"
    # "Take profit 1 at 0.4201", "Target 2 @ 152.3": the number, then "at" or "@" and the price
    r"|(?=[^\S\n]+(?:at|@)[^\S\n]*\$?\.?\d)"
    # "take partial at target 1 and …", "parcial no alvo 1 e stop no zero": words after the
    # number and no other number on the label's line (not a unit: "TP 25 USDT" is a price;
    # "t 18 sl 16.5" names the stop's price after it)
    r"|(?:(?<=[^\S\n]\d)|(?<=[^\S\n]\d\d))(?=[^\S\n]+[^\W\d_][^\d\n]*(?:\n|$))"
    r"(?![^\S\n]+(?:usdt?|usdc|busd|dollars?|x|k)(?![^\W\d_]))))?"
)
LABELS = re.compile(
    r"(?P<entry>" + _words(ENTRY_LABELS) + r")"
    r"|(?P<target>(?:" + _words(TARGET_LABELS) + r")" + _INDEX + r")"
    r"|(?P<stop>" + _words(STOP_LABELS) + r")"
    r"|(?P<long>(?<![\w])(?:" + LONG_WORDS + r")(?![\w]))"
    r"|(?P<short>(?<![\w])(?:" + SHORT_WORDS + r")(?![\w]))",
    re.I,
)
# (the CJK "times" sign may touch the next word: "20倍杠杆")
_LEV_VALUE = (
    r"(?:[xX×]\s?(-?\d{1,4}(?:\.\d+)?)|(-?\d{1,4}(?:\.\d+)?)\s?[xX×倍배])(?:(?<=[倍배])|(?![\w]))"
)
# a value with its x, or a range of two ("5x - 10x", "10-20x": the first without its x)
# (the spaces after a value only with the bracket that closes it: "20x\nPosition size: …" keeps
# its line break when the value is blanked)
LEVERAGE_VALUE = re.compile(
    _LEV_VALUE
    + r"(?:\s*(?:-|–|—|to|/)\s*"
    + _LEV_VALUE
    + r")?(?:\s*\))?|(\d{1,3})\s*(?:-|–|—|to)\s*(\d{1,4})\s?[xX×](?![\w])(?:\s*\))?"
)
LEVERAGE = re.compile(
    r"(?=[\w(×-])(?:(?<![\w])(?:" + LEVERAGE_LABELS + r")\s*:?\s*)?"
    r"(?:(?<![\w])(cross|isolated|изолированная|кросс)\s*[:\-]?\s*)?\(?\s*"
    r"(?<![\w.])" + _LEV_VALUE + r"(?:\s*(?:-|–|to|/)\s*" + _LEV_VALUE + r")?\s*\)?",
    re.I,
)
LEVERAGE_BARE_LABEL = re.compile(
    r"(?<![\w])(?:"
    + LEVERAGE_LABELS
    # a unit in brackets may follow the label: "Leverage (x): 10"
    + r")(?:[^\S\n]*[(\[][x×][)\]])?[\s*_]*(?:[:=：→➜]|[-–—](?=\s))?[\s*_]*(?:(cross|isolated)\s*)?"
    # (a full stop may end it: "Плечо 25." — not a decimal point: "Leverage 2.5")
    r"(-?\d{1,4})(?![\w%]|\.\d)"
    + r"(?:[^\S\n]*(?:-|–|—|to)[^\S\n]*(\d{1,4})(?![\w%]|\.\d))?",  # "Leverage: 10 to 20"
    re.I,
)
# "(20 leverage cross)": the number and the word on one line, and no number after the word
# ("SL 144 Leverage 10" is a stop of 144 and a leverage of 10; "SL 144" over "Leverage:" a stop)
LEVERAGE_NUMBER_FIRST = re.compile(
    r"(?<![\w.,])(\d{1,3})[^\S\n]*x?[^\S\n]+(?:leverage|lev)(?:[^\S\n]+(cross|isolated))?"
    r"(?![\w])(?![\s*_]*[:=：→➜]?[\s*_]*(?:(?:cross|isolated)\s*)?-?\d)",
    re.I,
)
MARGIN = re.compile(r"(?<![\w])(cross|isolated|isoliert)(?![\w])", re.I)
# "10x iso", "Lev 15 iso", "Margin: ISO", "Mode: Isol.": the short word for isolated margin,
# read only where a leverage or a margin label stands beside it
MARGIN_ISO = re.compile(r"(?<![\w])isol?(?![\w])", re.I)
# "CROSS 10", "ISO 10" on a line of their own or after the pair: the mode, then the leverage
MODE_THEN_LEVERAGE = re.compile(
    r"(?<![\w])(cross|isolated|iso)[^\S\n]+(\d{1,3})[^\S\n]*(?=$|\n|[|,;])", re.I
)
# (a level word may stand between the label and the number: "Confidence level: High (79%)",
# "Strength: Strong — 85 %", "Confianza: Media · 65%")
_CONFIDENCE_VALUE = (
    r"(?:[^\S\n]+(?:level|score))?\s*[:\-=→▸►➜≈~—–]?\s*"
    r"(?:" + CONFIDENCE_LEVEL_WORDS + r"(?![\w])[^\S\n]*(?:[(\[—–\-·/|:,][^\S\n]*)?)?"
    r"(\d+(?:[.,]\d+)?)\s*(%|/\s*100?(?!\d))?"
)
CONFIDENCE = re.compile(r"(?<![\w])(?:" + CONFIDENCE_LABELS + r")" + _CONFIDENCE_VALUE, re.I)
CONFIDENCE_OTHER = re.compile(
    r"^[^\w\n]*(?:" + CONFIDENCE_OTHER_LABELS + r")" + _CONFIDENCE_VALUE, re.I | re.M
)


class FromFirstLine:
    """``pattern`` searched from the start of the line where ``start`` first finds where one
    of its matches may begin, not from the text's start: for a pattern whose matches never
    start on an earlier line than that position and that the regex engine would otherwise
    try at every position (an optional first group, a case-insensitive look-behind)."""

    def __init__(self, pattern: re.Pattern[str], start: re.Pattern[str]) -> None:
        self.pattern, self.start = pattern, start

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        first = self.start.search(text)
        if first is None:
            return iter(())
        return self.pattern.finditer(text, text.rfind("\n", 0, first.start()) + 1)


# a risk/reward ratio to its line's end, with the number written before it ("1.55 R:R") —
# not when the ratio's own figure follows it ("SL: 1.0503 R:R = 1:3": the number before is
# the stop); a match starts on the line of its "r" (the number before it stays on that line),
# which the start pattern finds with every letter case-insensitive matching takes for it
# ("ı" and "İ" for "i", "ſ" for "s", the Kelvin sign for "k")
# ("Reward/Risk: 3.1", "RR = 2.4" and "RRR 2.1" say the same ratio the other way round or cut
# short)
_RATIO_WORD = (
    r"(?:r\s*[:/]\s*r|risk[\s/\-–]*(?:to[\s\-–]*)?reward|reward[\s/:\-–]*(?:to[\s\-–]*)?risk"
    r"|rrr?(?![\w]))(?:\s*ratio)?"
)
RATIO = FromFirstLine(
    re.compile(
        r"(?:(?<![\w.,])\d+(?:[.,]\d+)?[^\S\n]*(?!" + _RATIO_WORD + r"[^\S\n]*[:=]?[^\S\n]*\d))?"
        r"(?<![\w])" + _RATIO_WORD + r"[^\n]*",
        re.I,
    ),
    re.compile("[rR](?:\\s*[:/]|[iIİı][sSſ][kK\u212a]|[rR]|[eE][wW])"),
)
# Cornix's trailing block: its heading and the lines of its own keys or indented under them
# ("Entry: Percentage (0.5%)", "Stop: Breakeven -", "  Trigger: Target (1)"); its percentages
# and target numbers are no levels, while a line of another key after it is read as usual.
TRAILING = re.compile(
    r"(?<![\w])trailing\s+configuration[^\n]*"
    r"(?:\n(?:[ \t]+\S|[ \t]*(?:entry|take[- ]?profit|stop|trigger)(?![\w]))[^\n]*)*",
    re.I,
)


def blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with every span replaced by as many spaces (positions are kept)."""
    if not spans:
        return text
    if len(spans) == 1:  # the usual case: the symbol alone
        a, b = spans[0]
        a = max(a, 0)
        return text[:a] + " " * (b - a) + text[b:] if b > a else text
    parts = []
    last = 0
    for a, b in sorted(spans):
        a = max(a, last)
        if b <= a:
            continue
        parts.append(text[last:a])
        parts.append(" " * (b - a))
        last = b
    parts.append(text[last:])
    return "".join(parts)


# Label(...) runs a generated Python __new__; the tuple constructor itself is C.
_new_tuple = tuple.__new__


class Label(NamedTuple):
    kind: str  # entry | target | stop | long | short
    start: int
    end: int
    word: str
    number: int | None  # TP1, Target 2: the number the label gives its section


# Labels of unspaced scripts (lexicon.UNSPACED_*), matched anywhere; the target index follows
# directly ("止盈1："). Only run on a message that holds such a script.
_UNSPACED = re.compile(
    "(?P<entry>"
    + UNSPACED_ENTRY
    + ")"
    + "|(?P<target>(?:"
    + UNSPACED_TARGET
    # a target's own number: "止盈1：", "目标 2: …", "止盈1 152" — not the first of the prices
    # ("익절 49 / 48", "止盈49/48")
    + r")(?:\s?(\d{1,2})(?![\d.,])(?=[^\S\n]*[:：)\-–]|[^\S\n]+\$?\d))?"
    # "看152、155" ("looking at"): the targets, only right before a price
    r"|看(?=[^\S\n]?\$?\d))"
    # "跌破5.11止损" / "突破0.7464止损" (a break below / above the price, stop): the stop is
    # the word before the price, and "止损" after it no label of its own
    + r"|(?P<stop>(?:跌破|突破|破)(?=[^\S\n]?\$?\d[\d.,]*万?[^\S\n]?止[损損])"
    + r"|(?<![\d万])(?:"
    + UNSPACED_STOP
    + "))"
    # the side in one character ("148.2附近多", "80.25空，", "进多单"): only after a price, "附近"
    # (near) or "进" (enter), and before a clause's end or "单" (order); else "多" is "many"
    "|(?P<long>" + UNSPACED_LONG + r"|(?<=[\d近进進万])多(?=[，,、。；;单單\s]|$))"
    "|(?P<short>" + UNSPACED_SHORT + r"|(?<=[\d近进進万])空(?=[，,、。；;单單\s]|$))"
)
_UNSPACED_LETTERS = "\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
_UNSPACED_SCRIPT = re.compile("[" + _UNSPACED_LETTERS + "]")

# Labels of scripts whose words hold combining marks (lexicon.MARKED_*, Bengali): whole words of
# their script. Only run on a message that holds such a script.
_MARKED = re.compile(
    "(?<![" + MARKED_LETTERS + "])(?:"
    "(?P<entry>" + MARKED_ENTRY + ")"
    "|(?P<target>(?:"
    + MARKED_TARGET
    + r")(?:\s?(\d{1,2})(?![\d.,])(?=[^\S\n]*[:：)\-–]|[^\S\n]+\$?\d))?)"
    "|(?P<stop>" + MARKED_STOP + ")"
    "|(?P<long>" + MARKED_LONG + ")"
    "|(?P<short>" + MARKED_SHORT + ")"
    ")(?![" + MARKED_LETTERS + "])"
)
_MARKED_SCRIPT = re.compile("[" + MARKED_LETTERS + "]")
# Either of those scripts: one search of a text that holds neither (the usual non-ASCII text,
# whose only wide characters are icons) instead of one for each.
_OTHER_SCRIPT = re.compile("[" + _UNSPACED_LETTERS + MARKED_LETTERS + DEVANAGARI + "]")


def _unspaced_labels(
    text: str, out: list[Label], pattern: re.Pattern[str] = _UNSPACED
) -> list[Label]:
    """``out`` with the labels of unspaced scripts (or those of ``pattern``) added where no
    other label stands."""
    found = []
    for m in pattern.finditer(text):
        if inside(m.start(), [(lab.start, lab.end) for lab in out]):
            continue
        kind = m.lastgroup or ""
        idx = m.group(pattern.groupindex["target"] + 1) if kind == "target" else None
        found.append(Label(kind, m.start(), m.end(), m.group(0), int(idx) if idx else None))
    return sorted(out + found, key=lambda lab: lab.start) if found else out


# Side words that buy (spot calls): after one, "sell …" names the targets of that long.
BUY_WORDS = ("buy", "accumul", "купівл", "purchas", "bid")


# After a pointer sign, a word and a separator: the sign is an icon before that line's label.
_ICON_BEFORE_LABEL = re.compile(r"[^\S\n]*[^\W\d_][\w ]{0,20}:")
# Signs that point at a price; right after a price label they are part of it.
_POINTERS = frozenset(["👉", "@", "💵"])


def _digit_on_line(text: str, start: int) -> bool:
    """Whether a digit stands after ``start`` on its line."""
    end = text.find("\n", start)
    rest = text[start:end] if end >= 0 else text[start:]
    return any(ch.isdigit() for ch in rest)


def _points_at(text: str, before: Label, start: int, buys: bool = False) -> bool:
    """Whether only spaces and punctuation stand between label ``before`` and ``start`` on
    one line, ``before`` being an entry, target or stop label — or, in a post that buys, a
    "sell" word, which names its targets ("BUY #SOL @ 148.2 | SELL @ 152 / 155")."""
    if before.kind not in ("entry", "target", "stop") and not (
        buys and before.word.startswith("sell") and before.kind in ("short", "entry")
    ):
        return False
    between = text[before.end : start]
    return "\n" not in between and not any(ch.isalnum() for ch in between)


_LIST_BETWEEN = frozenset("0123456789.,/$@–- \t")


def _continues_list(text: str, before: Label, start: int) -> bool:
    """Whether an "@" at ``start`` opens the next price of the list of entry, target or stop
    label ``before`` on its line: only prices, list separators and other "@" between them
    ("TP @ 152, @ 155, @ 158", "TP @ 0.4222 @ 0.4155")."""
    if before.kind not in ("entry", "target", "stop"):
        return False
    between = text[before.end : start]
    return (
        "@" in between
        and any(ch.isdigit() for ch in between)
        and all(ch in _LIST_BETWEEN for ch in between)
    )


# Words a label can start with: the label regex runs only where one of them stands, which
# keeps the parser fast (one dictionary look-up per word instead of a regex at every position).
# Each word pattern opens with one character class, which lets the regex engine skip ahead to
# a character that can start a word; a pattern opening with a repeat ("[a-z]+") or with
# alternatives of classes ("[a-z]+|@") is tried at every position. So a run of letters is
# written as one letter and then the rest ("[a-z][a-z]*"), and a word or a sign as a
# character of either, then the rest of the run only after a letter. Their plain forms
# ("[^\W\d_]+|[@👉💵🎯🛑⛔]", "[^\W\d_]+", "[a-z]+|@", "[a-z]+", "[a-z]+|[@👉💵🎯🛑⛔]")
# find the same words (test_signal_parser_fast_paths.py).
_WORD = re.compile(r"[\w@👉💵🎯🛑⛔](?<![\d_])(?:(?<=\w)[^\W\d_]*)?")
# The same without the signs, for a text that has none (twice as fast).
_SIGN = re.compile("[@👉💵🎯🛑⛔]")
_SIGNS = ("@", "👉", "💵", "🎯", "🛑", "⛔")
_LETTERS = re.compile(r"[^\W\d_][^\W\d_]*")
# The same for a lower-cased ASCII text: a plain range is read twice as fast as a category.
_ASCII_WORD = re.compile("[a-z@](?:(?<=[a-z])[a-z]*)?")
_ASCII_LETTERS = re.compile("[a-z][a-z]*")
# ... and for a lower-cased text whose only wide characters are no letters (icons, arrows): its
# words are the same runs of a-z (one search for a wide letter, made on the two in three
# messages that hold a wide character, costs less than the category test at every letter).
_WIDE_LETTER = re.compile(r"[^\x00-\x7f](?<=[^\W\d_])")
_ASCII_SIGN_WORD = re.compile("[a-z@👉💵🎯🛑⛔](?:(?<=[a-z])[a-z]*)?")
_FIRST_WORDS = frozenset(
    [
        "entry",
        "твх",
        "nhập",
        "entries",
        "enter",
        "entering",  # "entering in 3 parts: …"
        "scale",  # "scale in: a, b, c", "Scaling in at …"
        "scaling",
        "signal",  # "Buy signal triggered at …"
        "entery",  # misspelt entry labels
        "enrty",
        "entrey",
        "entri",
        "ent",  # clipped labels: "Ent: 148.2", "Stp: 144.1"
        "stp",
        "trigger",
        "wait",  # "Wait for the retest: 0.7245"
        "limit",  # a perpetual venue's order line: "Limit 148.2", "Limit order $8.51"
        "book",  # "Book profit at 150.5", "booking at 3,480 / 3,550"
        "booking",
        "accumulation",
        "exit",
        "exits",
        "invalid",
        "invalidated",  # "invalidated on a close below 64,345.5"
        "inval",  # "inval. 3522.81"
        "bid",
        "bids",
        "ask",
        "asks",
        "buy",
        "buys",
        "base",
        "safety",
        "buying",
        "sell",
        "selling",
        "open",
        "opening",
        "orders",  # a ladder's "Orders: a, b, c", a line's own "Orders a, b, c"
        "add",
        "adding",  # "adding more around 1.0704" (a ladder's later buy)
        "cmp",
        "dca",
        # averaging orders' words (lexicon.ENTRY_LABELS)
        *("усреднение", "усреднения", "усереднення", "добор", "добір", "доливка", "докупка"),
        *("докупки", "докупівля", "recompra", "recompras", "reforço", "promediar", "renfort"),
        *("renforcement", "moyenne", "mediare", "mediata", "ricarica", "nachkauf"),
        *("nachkaufzone", "nachkaufen", "maliyet", "ek", "ekleme", "dokupienie", "uśrednianie"),
        "dokupka",
        # Swahili, Uzbek and Kazakh labels and side words
        *("bei", "eneo", "kuingia", "kirish", "кіру", "malengo", "lengo", "maqsad", "maqsadlar"),
        *("мақсат", "мақсаттар", "kikomo", "zuia", "hasara", "nunua", "tunanunua", "kununua"),
        "sotib",
        # Uzbek, Kazakh, Kyrgyz, Azerbaijani, Tajik and Mongolian labels
        *("xarid", "сотиб", "харид", "сотиш", "кириш", "мақсад", "мақсадлар", "зарарни"),
        *("тўхтатиш", "satyp", "kiru", "maqsat", "maqsattar", "сатуу", "кирүү", "максат"),
        *("максаттар", "шығынды", "жоготууну", "hədəf", "hedef", "hədəflər", "zərəri"),
        *("zərər", "zereri", "минтақаи", "доираи", "нархи", "вуруд", "фурӯш", "ҳадаф"),
        *("ҳадафҳо", "ҳадафҳои", "ҳадафи", "қатъи", "алдагдал"),
        *("ყიდვის", "შესვლის", "գնման", "մուտքի", "авах", "орох"),
        *("сатып", "uza", "tunauza", "kuuza", "sotamiz", "sotish", "сатамыз", "сату"),
        *("to", "toʻxtatish"),  # Uzbek "To'xtatish" ("to" before its apostrophe)
        "точка",
        "вход",
        "вхід",
        "wejście",
        "wejscie",
        "cel",
        "cele",
        # Russian in Latin letters: "Tseli:", "Tsel 2:", "Celi:"
        "tsel",
        "tseli",
        "tsely",
        "celi",
        "cely",
        "cíle",  # Czech targets
        "cile",
        "doelen",  # Dutch targets
        "doel",
        "winstdoel",
        "winstdoelen",
        "koersdoel",
        "koersdoelen",
        "الوقف",
        "kup",
        "kupno",
        "sprzedaj",
        "sprzedaż",
        "цілі",
        "ціль",
        "тейки",
        "купівля",
        "продаж",
        "accumulate",
        "accumulating",
        "entrada",
        "giriş",
        "giris",
        "einstieg",
        "einstiegsbereich",
        "einstiegszone",
        "einstiegspreis",
        "instap",  # Dutch: "Instap vanaf …", "Instapzone:", "Instapprijs"
        "instapzone",
        "instapprijs",
        "entrée",
        "entree",
        "điểm",
        "harga",
        "obiettivo",
        "obiettivi",
        "ingresso",
        "entrata",
        "entrar",
        "zona",  # Spanish and Portuguese zones: "zona", "na região de"
        "região",
        "regiao",
        "vào",
        "ورود",
        "حد",
        "acquisto",
        "kauf",
        "venda",
        "vendita",
        "vendi",
        "verkauf",
        "خرید",
        "فروش",
        "area",
        "الدخول",
        "دخول",
        "منطقة",
        "price",
        "from",
        "around",
        "take",
        "takeprofit",  # written in one word: "TakeProfit1:"
        "takeprofits",
        "t",  # "T.P. 1:"
        "taking",
        "profit",
        "first",
        "second",
        "third",
        "next",
        "final",
        "mid",  # "Mid Term: 14.48 - 14.80", "Medium term:" (a horizon's targets)
        "medium",
        "target",
        "targets",
        "traget",  # misspelt target labels
        "tragets",
        "taregt",
        "taregts",
        "targt",
        "targts",
        "terget",
        "tergets",
        "tp",
        "tps",
        "tgt",
        "tgts",
        "looking",
        "targeting",
        "aim",
        "aiming",
        "then",
        "objetivo",
        "objetivos",
        "alvo",
        "alvos",
        "meta",
        "metas",
        "цели",
        "цель",
        "тейк",
        "тп",
        "hedefler",
        "hedef",
        "ziel",
        "ziele",
        "kursziel",
        "kursziele",
        "objectif",
        "objectifs",
        "chốt",
        "mục",
        "الأهداف",
        "أهداف",
        "الهدف",
        "هدف",
        "stopp",
        "cắt",
        "dừng",
        "وقف",
        "stop",
        "stoploss",
        "stoplos",  # misspelt stop labels
        "stoplose",
        "s",
        "sl",
        "invalidation",
        "стоп",
        "сл",
        "long",
        "longing",
        "purchase",
        "short",
        "sale",
        "shorting",
        "лонг",
        "шорт",
        "покупка",
        # a call's verb ("Покупаем #LINK по рынку", "Шортим $ETH", "Лонгуємо", "Продаємо")
        "покупаем",
        "лонгуем",
        "купуємо",
        "лонгуємо",
        "шортим",
        "шортимо",
        "продаём",
        "продаем",
        "продаємо",
        "фиксируем",  # "фиксируем на 152 и 155": the targets
        "фіксуємо",
        "фиксация",  # "Фиксация: 152 / 155", "Фикс 2:" (the targets)
        "фиксации",
        "фикс",
        "tomamos",  # Spanish "tomamos ganancias en 152 / 155" (the targets)
        "tomar",
        "tomo",
        "compramos",  # Spanish and Portuguese "we buy", "we sell"
        "vendemos",
        "zarar",  # Turkish "Zarar Kes:", "Zararı durdur:", "ZK:" (the stop)
        "zararı",
        "zk",
        "alım",  # Turkish "Alım bölgesi:" (the entry), "Kâr al:", "Kâr Hedefleri:" (the targets)
        "alim",
        "kâr",
        "kar",
        "hedefleri",
        "masuk",  # Indonesian "Masuk di 148.2"
        "kaufen",  # German "Wir kaufen #SOL zum Marktpreis"
        "verkaufen",
        "نشتري",  # Arabic "we buy", "buy", "we sell"
        "اشتري",
        "نبيع",
        "продажа",
        "largo",
        "compra",
        "corto",
        "venta",
        "alış",
        "satış",
        "achat",
        "vente",
        "mua",
        "bán",
        "beli",
        "jual",
        "شراء",
        "بيع",
        # Malay, Filipino, Persian, Urdu, Greek, Hebrew
        "kemasukan",
        "pasok",
        "sasaran",
        "henti",
        "bili",
        "benta",
        "انٹری",
        "تارگت",
        "ٹارگٹ",
        "ٹارگٹس",
        "اهداف",
        "استاپ",
        "اسٹاپ",
        "سٹاپ",
        "لانگ",
        "شورت",
        "شارٹ",
        "είσοδος",
        "εισοδος",
        "σημείο",
        "σημειο",
        "στόχοι",
        "στοχοι",
        "στόχος",
        "στοχος",
        "στοπ",
        "αγορά",
        "αγορα",
        "πώληση",
        "πωληση",
        "כניסה",
        "יעדים",
        "יעד",
        "סטופ",
        "לונג",
        "שורט",
        # the stock desks' "EP" / "E/P" (entry point), "PT" (profit target), "T/P"
        "ep",
        "e",
        "pt",
        "p",  # "P.T."
        # Danish and Norwegian
        "indgang",
        "indgangspris",
        "indkøb",
        "indkøbspris",
        "inngang",
        "inngangspris",
        "kursmål",
        "mål",
        "køb",
        "kjøp",
        "sælg",
        "selg",
        "@",
        "👉",
        "💵",
        "🎯",
        "🛑",
        "⛔",
        # Romanian ("Zonă de intrare", "Preț de intrare", "Punct de intrare", "Ținte", "Țintă 1",
        # "Obiective", "Oprire pierdere", "Cumpărare" / "Vânzare"), with and without diacritics
        *("zonă", "preț", "preţ", "pret", "punct", "intrare", "obiective", "oprire"),
        *("ținte", "ţinte", "tinte", "țintă", "ţintă", "tinta", "ținta", "ţinta"),
        *("cumpărare", "cumparare", "vânzare", "vanzare"),
        # Czech ("Vstup", "Vstupní cena / zóna", "Nákupní zóna", "Cíl 1", "Nákup" / "Prodej")
        *("vstup", "vstupní", "vstupni", "nákupní", "nakupni", "cíl", "cil"),
        *("nákup", "nakup", "prodej"),
        # Hungarian ("Belépő", "Belépési ár / zóna", "Vételi zóna", "Célok", "Célár 1", "Cél 2",
        # "Vétel" / "Eladás")
        *("belépő", "belépö", "belepo", "belépési", "belepesi", "vételi", "veteli"),
        *("célok", "celok", "célár", "celar", "célárak", "celarak", "cél"),
        *("vétel", "vetel", "eladás", "eladas"),
        # Greek zones and prices ("Ζώνη εισόδου", "Τιμή εισόδου", "Εύρος εισόδου")
        *("ζώνη", "ζωνη", "τιμή", "τιμη", "εύρος", "ευρος"),
        # Vietnamese ("Vùng vào lệnh", "Giá vào"), Indonesian ("Batas rugi")
        *("vùng", "giá", "batas"),
        # buy and sell words as labels (lexicon.ENTRY_LABELS, TARGET_LABELS, STOP_LABELS):
        # Indonesian and Malay, Turkish, Spanish, Portuguese, Vietnamese typed without marks,
        # Taglish, Hinglish and Somali
        *("zon", "kawasan", "titik", "ambil", "hentikan", "cut", "cutloss", "cl", "satış"),
        *("satis", "alış", "alis", "short", "long", "giriş", "giris", "rango", "precio"),
        *("preço", "preco", "punto", "ponto", "objetivos", "objetivo", "alvos", "alvo", "venta"),
        *("venda", "vung", "muc", "chot", "cat", "bilhan", "ibenta", "presyo"),
        *("kharidne", "bechne", "kharid", "kharido", "becho", "qiimaha", "aagga", "gelitaanka"),
        *("bartilmaameedyada", "bartilmaameed", "bartilmaameedka", "yool", "yoolalka"),
        *("joojinta", "iibso", "iibi", "target", "tp"),
    ]
)
# The checks a label's first word asks for beyond the usual (none for most labels), by word:
# "price" only as a line's own label; an entry word not after a distance ("3% below entry");
# a sign (a share's "@", a pointer, an icon under a heading); a buying word (its post's "sell"
# names targets). A label's text starts with its first word's letters, so a buying word's
# label is one whose first word is.
_PRICE_WORD, _ENTRY_WORD, _SIGN_WORD, _BUY_WORD = 1, 2, 4, 8
_CHECKS = {
    word: (
        (_PRICE_WORD if word == "price" else 0)
        | (_ENTRY_WORD if word.startswith("entr") else 0)
        | (_SIGN_WORD if word in _SIGNS else 0)
        | (_BUY_WORD if word.startswith(BUY_WORDS) else 0)
    )
    for word in _FIRST_WORDS
}
_KINDS = (
    ("entry", ENTRY_LABELS),
    ("target", TARGET_LABELS),
    ("stop", STOP_LABELS),
    ("long", tuple(LONG_WORDS.split("|"))),
    ("short", tuple(SHORT_WORDS.split("|"))),
)


def _literal_prefix(fragment: str) -> tuple[str, ...]:
    """The letters a label fragment starts with ("tps?" → "tp", "(?:first|second)…" → both)."""
    if fragment.startswith("(?:"):
        inner = fragment[3 : fragment.index(")")]
        return tuple(p for alt in inner.split("|") for p in _literal_prefix(alt))
    letters = ""
    for ch in fragment:
        if ch not in "\\.^$*+?{}[]|()" and not ch.isspace():
            letters += ch
            continue
        if ch in "?*" and letters:
            letters = letters[:-1]
        break
    return (letters.lower(),)


# each kind's label fragments, each with the letters it can start with (none: it is never
# chosen), worked out once instead of at each first word's first reading
_KIND_PREFIXES = tuple(
    (kind, tuple((f, tuple(p for p in _literal_prefix(f) if p)) for f in fragments))
    for kind, fragments in _KINDS
)
_BY_WORD: dict[str, re.Pattern[str] | None] = {}
# A target label's number (_INDEX), matched where the target label's words end. (Out of the
# pattern of each first word: it always matches, if only the empty text, so the label's words
# match as they would with it; and the patterns compile in half the time, once each.)
_TARGET_INDEX = re.compile(_INDEX, re.I)


def _pattern_for(word: str) -> re.Pattern[str] | None:
    """A label regex holding only the labels that can start with ``word``: much faster to
    match than the regex of all labels (same kinds, same order); a target's number is read
    after it with _TARGET_INDEX."""
    if word not in _BY_WORD:
        parts = []
        for kind, fragments in _KIND_PREFIXES:
            chosen = tuple(f for f, prefixes in fragments if word.startswith(prefixes))
            if not chosen:
                continue
            body = (
                _words(chosen)
                if kind in ("entry", "target", "stop")
                else (r"(?<![\w])(?:" + "|".join(chosen) + r")(?![\w])")
            )
            parts.append(f"(?P<{kind}>{body})")
        _BY_WORD[word] = re.compile("|".join(parts), re.I) if parts else None
    return _BY_WORD[word]


# A percentage distance right before "entry": "3.5% below entry", "2% from entry"
# Between two target labels naming one list: "/" and target numbers ("TP1/TP2", "(T1/T2/")
_COMBINED_BETWEEN = re.compile(
    r"[^\S\n]*[(/][^\S\n]*(?:(?:tp?|targets?)[^\S\n]*\d{1,2}[^\S\n]*/[^\S\n]*)*"
)
# ("25% @ 1.18", "1/3 @ 1.18": a share of the order)
_SHARE_BEFORE = re.compile(r"(?:\d\s*%|(?<![\d/])[1-9]/[1-9])[^\S\n]*$")
_DISTANCE_BEFORE = re.compile(r"\d\s*%[^\S\n]*(?:below|above|under|over|from)[^\S\n]+$")
# An ordinal after "a" or "last" and before "at": a share of an order, no target's label
_SHARE_ORDINALS = frozenset(["third", "quarter", "fourth", "fifth"])
_A_SHARE_BEFORE = re.compile(r"(?:(?<![^\W\d_])a|last)[^\S\n]+$")
_AT_AFTER = re.compile(r"[^\S\n]+(?:at|@)[^\S\n]")
# After "price" at a line's start: a verb or a preposition opening a sentence about the market,
# or "now" ("Price now: 7.802": the market's price, no entry)
_PRICE_IN_SENTENCE = re.compile(
    r"[^\S\n]+(?:above|below|under|over|is|was|has|had|reclaimed|lost|broke|rejected|held"
    r"|holds|tested|closed|bounced|remains|still|swept|sits|keeps|needs|action|moved|dropped"
    r"|rallied|fell|rose|failed|tapped|wicked|now|currently)(?![^\W\d_])"
)
_HEADING_ICONS = frozenset(["🎯", "🛑", "⛔", "⛔️"])


def _under_heading(text: str, heading: Label, start: int) -> bool:
    """Whether the sign label at ``start`` opens the line right below ``heading``, a price
    label written alone on its line as a section heading (nothing with a digit after it),
    and its own line holds a price: the sign is that line's icon, not a label of its own
    ("🔹 ENTRY ZONE" then "🎯 $90,800 – $91,600")."""
    if heading.kind not in ("entry", "target", "stop"):
        return False
    line_end = text.find("\n", heading.end)
    if line_end < 0 or line_end > start:
        return False
    if any(ch.isdigit() for ch in text[heading.end : line_end]):
        return False
    if text.rfind("\n", 0, start) != line_end or text[line_end + 1 : start].strip():
        return False
    own_end = text.find("\n", start)
    return any(ch.isdigit() for ch in text[start : own_end if own_end >= 0 else len(text)])


def _worded_label_after(text: str, end: int) -> bool:
    """Whether a label of words and a colon follows a sign label ending at ``end``, with
    words and no digit after the colon on its line: the sign is that line's icon
    ("🎯 STRATEGY: Ichimoku Sniper", "🛑 Risk: tight"), not a price label."""
    m = _ICON_BEFORE_LABEL.match(text, end)
    if m is None:
        return False
    line_end = text.find("\n", m.end())
    rest = text[m.end() : line_end if line_end >= 0 else len(text)]
    return not any(ch.isdigit() for ch in rest) and any(ch.isalpha() for ch in rest)


def _words_before(text: str, start: int) -> bool:
    """Whether a letter stands before ``start`` on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    return any(ch.isalpha() for ch in text[line_start:start])


_SPOT_WORD = re.compile(r"(?<![^\W\d_])spot(?![^\W\d_])")
# spot in other scripts and languages ("#X ספוט", "Спот #X", "#X σποτ", "#X 现货"): looked for
# only in a text not all ASCII whose labels hold an entry before a sell word
_SPOT_OTHER_WORD = re.compile(
    r"(?<![\w])(?:" + SPOT_WORDS + "|" + SPOT_WORDS_OTHER + r")(?![\w])|" + SPOT_WORDS_CJK
)


def _entry_before_sell(out: list[Label]) -> bool:
    """Whether an entry label stands before the first "sell" label and no other word for a
    short does: on a spot card, that "Sell:" names the targets."""
    entry = False
    for lab in out:
        if lab.word.startswith(_SELLS):
            return entry
        if lab.kind == "short":
            return False
        entry = entry or lab.kind == "entry"
    return False


# Between a stop's or a target's label and a weak entry word ("around") on its line: no digit
# and no line break — the word says where that level lies, it opens no entry
_SAME_CLAUSE = re.compile(r"[^\d\n]*")


# a label word in brackets closing its line, after a price: "2.1793 (DCA)", "0.512 (add)"
_NOTE_CLOSE = re.compile(r"\)[^\S\n]*(?:\n|$)")
_PRICE_BEFORE_NOTE = re.compile(r"\d[^\S\n]*$")


def labels(
    text: str, excluded: list[tuple[int, int]] | None = None, lower: str | None = None
) -> list[Label]:
    """The labels of ``text`` in order. When a post buys ("Buy 100", "Buy zone", "Buy at"),
    its "Sell …" labels name the take-profits of that long, not a short."""
    out: list[Label] = []
    append = out.append
    last_end = 0
    buys = False
    checks_of = _CHECKS
    by_word = _BY_WORD
    lower = lower if lower is not None else lowered(text)
    # the lower-cased text holds each label as it reads, unless an "İ" (two characters lower
    # case, one in ``lower``) stands in it
    same_case_length = "İ" not in text
    # (a text whose wide characters are no letters holds no label of another script)
    other_script = False
    if lower.isascii():  # (lower-cased: its letters are a-z, its only sign "@")
        words = _ASCII_WORD if "@" in lower else _ASCII_LETTERS
    elif _WIDE_LETTER.search(lower) is None:
        words = _ASCII_SIGN_WORD if holds_any(lower, _SIGNS) else _ASCII_LETTERS
    else:
        words = _WORD if holds_any(lower, _SIGNS) else _LETTERS
        other_script = True
    for word in words.finditer(lower):
        first = word.group()
        checks = checks_of.get(first)
        if checks is None:
            continue
        pattern = by_word.get(first) or _pattern_for(first)
        if pattern is None:
            continue
        start = word.start()
        if start < last_end or (excluded and inside(start, excluded)):
            continue
        if (
            (first == "buy" or first == "sell")
            and "ratio" in lower
            and both_sides_word(lower, start, word.end())
        ):
            continue  # "taker buy/sell ratio 1.01": a figure of both sides, no label
        if (
            checks & _PRICE_WORD
            and _words_before(text, start)
            and text[word.end() : word.end() + 1] != "="
            and not (
                text[start - 3 : start] in _FIELD_SEPARATORS
                and text[word.end() : word.end() + 1] == ":"
            )
        ):
            continue  # "current price", "average entry price": only a line's own "Price:"
            # or a field's ("… · Price: 0.763 · …")
        if checks & _PRICE_WORD and _PRICE_IN_SENTENCE.match(lower, word.end()):
            continue  # "Price reclaimed the 146.9 level", "• Price above the EMA 50": a sentence
        if (
            first in _SHARE_ORDINALS
            and _A_SHARE_BEFORE.search(lower, max(0, start - 6), start)
            and _AT_AFTER.match(lower, word.end())
        ):
            continue  # "buy a third at 1.1158, the last third at 1.0635": shares of a buy
        if (
            text[start - 1 : start] == "("
            and _NOTE_CLOSE.match(text, word.end())
            and _PRICE_BEFORE_NOTE.search(text, max(0, start - 24), start - 1)
        ):
            continue  # "Entry — CMP + 2.1793 (DCA)" ending its line: a note on the price
            # before it, no label of the next line's prices
        m = pattern.match(text, start)
        if m is None:
            continue
        last_end = m.end()
        kind = m.lastgroup or ""
        if kind == "target":
            n = _TARGET_INDEX.match(text, last_end)
            assert n is not None  # (it matches, if only the empty text)
            last_end = matched_end = n.end()
            number = n.group(1) or n.group(2)
            idx = int(number) if number else None
            if idx is not None and text[last_end : last_end + 1] == ")":
                line_end = text.find("\n", last_end)
                if f" {idx + 1}) " in text[last_end : line_end if line_end >= 0 else len(text)]:
                    # "Take profit 1) 0.0761 2) 0.07465": a list numbered on the label's line
                    last_end = n.start(1 if n.group(1) else 2)
                    idx = None
            elif (
                idx is not None
                and idx > 1
                and n.group(2)
                and number_opens_price_list(text, n.end(2), idx)
            ):
                last_end = n.start(2)  # "TP 12 - 13 - 14": the number is the first price
                idx = None
        else:
            idx = None
            matched_end = last_end
        word_read = lower[start:last_end] if same_case_length else text[start:matched_end].lower()
        if checks:  # the checks of a few first words (most labels have none)
            if (
                checks & _ENTRY_WORD
                and kind == "entry"
                and lower.find("%", max(0, start - 24), start) >= 0
                and _DISTANCE_BEFORE.search(lower, max(0, start - 24), start)
            ):
                continue  # "SL: 3.5% below entry (1.3513)": the entry named as a reference
            if checks & _SIGN_WORD:
                if (
                    word_read == "@"
                    and (
                        lower.find("%", max(0, start - 12), start) >= 0
                        or lower.find("/", max(0, start - 6), start) >= 0
                    )
                    and _SHARE_BEFORE.search(lower, max(0, start - 12), start)
                ):
                    continue  # "Entries: 50% @ 2.6913 | 50% @ 2.659": a share at its price
                if word_read in _POINTERS and (
                    (
                        out
                        and (
                            _points_at(text, out[-1], start, buys)
                            or (word_read == "@" and _continues_list(text, out[-1], start))
                        )
                    )
                    or _ICON_BEFORE_LABEL.match(text, last_end)
                    or not _digit_on_line(text, last_end)
                ):
                    continue  # "TARGET 👉 0.0000130", "TP @ 64200": the pointer belongs to its
                    # label; "👉 Join: t.me/…": an icon before a line's own label; "Copy my
                    # trades 👉 https://…" (the link blanked): a pointer at no number
                if (
                    word_read in _HEADING_ICONS
                    and out
                    and out[-1].kind != kind
                    and _under_heading(text, out[-1], start)
                ):
                    continue  # "🔹 ENTRY ZONE" / "🎯 $90,800 – $91,600": an icon under the heading
                if word_read in _HEADING_ICONS and _worded_label_after(text, last_end):
                    continue  # "🎯 STRATEGY: Ichimoku Sniper": the icon of a line of words
            if (
                checks & _BUY_WORD
                and not buys
                and kind != "target"
                and word_read.startswith(BUY_WORDS)
            ):
                buys = True
        if (
            kind == "target"
            and out
            and out[-1].kind == "target"
            and _COMBINED_BETWEEN.fullmatch(lower, out[-1].end, start)
        ):
            # "TP1/TP2/TP3: a / b / c", "Targets (T1/T2/T3): …": one label for the whole list
            out[-1] = Label("target", out[-1].start, last_end, out[-1].word, None)
            continue
        if (
            word_read == "around"
            and out
            and (out[-1].kind == "stop" or out[-1].kind == "target")
            and _SAME_CLAUSE.fullmatch(text, out[-1].end, start)
        ):
            continue  # "Stop Loss: place it just above …, around $13.782": the stop's price
        append(_new_tuple(Label, (kind, start, last_end, word_read, idx)))
    if other_script and _OTHER_SCRIPT.search(text):
        if _UNSPACED_SCRIPT.search(text):
            out = _unspaced_labels(text, out)
        if _MARKED_SCRIPT.search(text):
            out = _unspaced_labels(text, out, _MARKED)
        if is_hindi_call(text):
            out = _unspaced_labels(text, out, HINDI_LABELS)
    if not buys and "spot" in lower and _SPOT_WORD.search(lower):
        buys = _entry_before_sell(out)  # "Spot" / "Entries: …" / "Sell: …": the spot sells
    elif (
        not buys
        and not lower.isascii()
        and _entry_before_sell(out)
        and _SPOT_OTHER_WORD.search(lower)
    ):
        buys = True  # "Спот #X" / "Минтақаи харид: …" / "Фурӯш: …"
    if buys:
        if _side_named_short(out):
            return _short_card_buys(text, out)
        out = [
            Label("target", lab.start, lab.end, lab.word, None)
            if _sell_word(lab.word) and lab.kind in ("short", "entry")
            else lab
            for lab in out
        ]
    return out


def _sell_word(word: str) -> bool:
    """Whether a label's word is a sell ("Sell zone", "Sell at", "Second sell", "2nd sell"),
    or a sell zone in another language ("Zona de venta", "Jual di", "Vùng bán": OTHER_SELLS)."""
    return word.startswith(_SELLS) or word.endswith(_ORDINAL_SELLS)


# Other languages' labels of a sell zone or a sell price (lexicon.ENTRY_LABELS): a short's
# entry, but on a spot buy, after its entry, the targets, as English "Sell zone:" is.
OTHER_SELLS = (
    *("zona de venta", "zona de venda", "região de venda", "regiao de venda", "zona jual"),
    *("area jual", "jual di", "zon jual", "satış bölgesi", "satis bolgesi", "satış böl"),
    *("vùng bán", "vung ban", "benta zone", "benta sa", "bechne ka zone", "rango de venta"),
    # Uzbek, Kazakh, Kyrgyz, Azerbaijani and Tajik sell zones and prices, and their bare sell
    # words as a line's own label
    *("sotish", "сотиш", "сату", "сатуу", "satış zon", "satis zon", "satış qiy", "satis qiy"),
    *("минтақаи фурӯш", "минтақаи фуруш", "нархи фурӯш", "нархи фуруш", "фурӯш"),
)
_SELLS = ("sell", *OTHER_SELLS)


_ORDINAL_SELLS = ("sell", "sell at", "sell @")


def _side_named_short(out: list[Label]) -> bool:
    """Whether the labels name the short side outright ("SHORT", "Direction: Short"), and no
    word of the long side but a buy: on such a card a "Buy …" label is the order that closes
    the short, its targets."""
    named = False
    for lab in out:
        if lab.kind == "short" and not _sell_word(lab.word):
            named = True
        elif lab.kind == "long" and not lab.word.startswith(BUY_WORDS):
            return False
    return named


# Between a buy word and the target label after it ("Buy Targets:", "BUY TARGETS"): one label
_BUY_THEN_TARGET = re.compile(r"[^\S\n]*")
_MORE_AFTER = re.compile(r"[^\S\n]+more(?![\w])", re.I)


def _short_card_buys(text: str, out: list[Label]) -> list[Label]:
    """A short card's labels with its "Buy …" labels read as the targets ("Buy below: x",
    "Buy Targets: x | y"), its "Sell …" labels kept as the entry ("Sell Zone:", "Sell above:").
    A buy word with no price on its line and no target label after it ("Type: Buy Limit" over
    "Price: …") stays a side word."""
    read: list[Label] = []
    buys = [lab for lab in out if lab.kind == "long" and lab.word.startswith(BUY_WORDS)]
    # "Buy more: x" on a short whose targets are written under no buy word: a further buy of
    # the closing side may be a later target, a share bought back or a flip — its side word
    # stays, and the card its review
    more = {lab.start for lab in buys if _MORE_AFTER.match(text, lab.end)}
    if more and len(more) == len(buys):
        return out
    for k, lab in enumerate(out):
        if lab.kind != "long" or not lab.word.startswith(BUY_WORDS):
            read.append(lab)
            continue
        after = out[k + 1] if k + 1 < len(out) else None
        if (
            after is not None
            and after.kind == "target"
            and _BUY_THEN_TARGET.fullmatch(text, lab.end, after.start)
        ):
            read.append(Label("target", lab.start, after.end, lab.word, after.number))
        elif _digit_on_line(text, lab.end):
            read.append(Label("target", lab.start, lab.end, lab.word, None))
        else:
            read.append(lab)
    kept: list[Label] = []
    for lab in read:  # (the target label a buy word took in)
        if kept and kept[-1].end == lab.end and kept[-1].kind == "target":
            continue
        kept.append(lab)
    return kept


# A line that opens with one to three words and a colon ("Ingresso:", "Harga masuk:",
# "Entry price(USDT):"): a label, known or not. An unknown one still ends the section before
# it, so its prices are never taken for the previous label's.
# A line's first separator, at most 48 characters from the line's start: matched at the text's
# start, then searched from each newline. (A pattern that opens with the newline lets the regex
# engine skip from one newline to the next; "^" in multi-line mode is tried at every position.)
_FIRST_SEPARATOR = re.compile(r"[^\n:：=➜→]{0,48}+[:：=➜→]")
_NEXT_FIRST_SEPARATOR = re.compile(r"\n[^\n:：=➜→]{0,48}+[:：=➜→]")


def first_separators(text: str) -> list[tuple[int, int]]:
    """(line start, end of its first separator) of every line whose first separator stands
    at most 48 characters from the line's start."""
    out = []
    m = _FIRST_SEPARATOR.match(text)
    if m is not None:
        out.append(m.span())
    for m in _NEXT_FIRST_SEPARATOR.finditer(text):
        out.append((m.start() + 1, m.end()))
    return out


# Combining marks a word of these scripts holds (Latin accents, Cyrillic, Hebrew, Arabic, the
# Indic scripts, Thai, Lao, Myanmar, Khmer), and the zero-width non-joiner and joiner Persian,
# Sinhala and the Indic scripts write inside a word ("ಸ್ಟಾಪ್\u200cಲಾಸ್", "එන්ට්\u200dරි"): a regex \w
# does not count them as letters, and a label holding one would be no label at all (its line's
# price dropped).
MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
    "\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u200c\u200d"
)
# (A word's letters are taken whole, "*+": letting the regex engine give them back, to try a
# word cut into two of the three, found nothing more — a cut word needs more of the three —
# and cost a try for every cut of every word of a line that is no label.) A period may open
# it: "24h High:", "7d change:".
_LINE_LABEL = re.compile(
    r"[^\S\n]*[^\w\n" + MARKS + r"]{0,6}[^\S\n]*"
    r"((?:\d{1,2}[hdwHDW][^\S\n]+)?(?:[^\W\d_][\w" + MARKS + r"'’.\-]*+[^\S\n]*){1,3}?)"
    r"(?:\d{1,2}[^\S\n]*)?"  # a label's number: "Lengo 1:", "लक्ष्य 2:" (not a time, "2:05")
    r"(?:\([^)\n]{0,24}\))?[^\S\n]*[:：=➜→]"
)


# A line that opens with icons or arrows and then a price: "🔴 1.06", "↓ 62800".
# (The icon is not ASCII: "/73" left after a blanked "Confidence: 3" is none.) Matched at the
# text's start, then searched from each newline, as the first separators are.
_MARKER = r"[^\S\n]*([^\x00-\x7f\w•·][^\w\s]{0,5})[^\S\n]*(?=\$?\d)"
_MARKER_LINE = re.compile(_MARKER)
_NEXT_MARKER_LINE = re.compile("\n" + _MARKER)


def marker_line_starts(text: str) -> list[tuple[int, re.Match[str]]]:
    """(line start, match) of every line that opens with icons or arrows and then a price."""
    out = []
    m = _MARKER_LINE.match(text)
    if m is not None:
        out.append((0, m))
    for m in _NEXT_MARKER_LINE.finditer(text):
        out.append((m.start() + 1, m))
    return out


def _marker_lines(text: str, known: list[Label], starts: list[int]) -> list[Label]:
    """Lines opening with an icon no lexicon knows, then a price, right after a known price
    label's line that holds its own price ("🎯 1.18 - 1.25" then "🔴 1.06"): they end that
    label's section, so their prices are never taken for its own. (A list under a label whose
    line holds no price, "Targets:" then "🔹 1.18", stays that label's list.)"""
    out: list[Label] = []
    for line_start, m in marker_line_starts(text):
        k = bisect_left(starts, line_start)
        if k < len(starts) and starts[k] < m.end():
            continue  # a known label opens the line (🎯, 🛑, ⛔)
        if k == 0:
            continue
        before = known[k - 1]
        if before.kind not in ("entry", "target", "stop"):
            continue
        line_end = text.find("\n", before.end)
        if line_end < 0 or line_end > line_start:
            continue
        if not any(ch.isdigit() for ch in text[before.end : line_end]):
            continue  # "Targets:" alone on its line: the lines below are its list
        if text.rfind("\n", 0, line_start) != line_end:
            continue  # only the line right below the label's line
        out.append(Label("other", m.start(1), m.end(), m.group(1), None))
    return out


def foreign_labels(
    text: str, known: list[Label], excluded: list[tuple[int, int]] | None = None
) -> list[Label]:
    """The line labels of ``text`` that no lexicon entry names, as labels of kind "other"."""
    starts = [lab.start for lab in known]
    out: list[Label] = (
        _marker_lines(text, known, starts) if known and "\n" in text and not text.isascii() else []
    )
    if " - " in text or " – " in text or " — " in text:
        _dash_labels(text, starts, excluded, out)
    if ":" not in text and "：" not in text and "=" not in text and "➜" not in text:
        return out
    if " | " in text or " · " in text or " • " in text:
        _field_labels(text, known, starts, excluded, out)
    for line_start, sep_end in first_separators(text):  # one label per line, near its start
        k = bisect_left(starts, line_start)
        if k < len(starts) and starts[k] < sep_end - 1:
            continue  # a known label stands before the separator
        m = _LINE_LABEL.match(text, line_start, sep_end)
        if m is None:
            continue
        start, end = m.start(1), m.end()
        if excluded and inside(start, excluded):
            continue
        if text[end : end + 1].isdigit() and text[end - 2 : end - 1].isdigit():
            continue  # a time ("New 2:05"), not a numbered label
        out.append(Label("other", start, end, m.group(1).strip().lower(), None))
    return out


# The separators of fields written on one line ("Price: 0.763 · Amount: 1,250 USDT · Lev: 10x")
_FIELD_SEPARATORS = (" | ", " · ", " • ")


def _field_labels(
    text: str,
    known: list[Label],
    starts: list[int],
    excluded: list[tuple[int, int]] | None,
    out: list[Label],
) -> None:
    """The fields of a line split by bars, middle dots or bullets whose label no lexicon names
    ("Qty: 3847 LQTY", "Amount: 1,250 USDT") join ``out`` as kind "other", as a line's label
    does: they end the entry, target or stop section open before them on their line (a line
    of other fields, "Reactions: 142 · Comments: 31", is left to the line's rules)."""
    for sep in _FIELD_SEPARATORS:
        at = text.find(sep)
        while at >= 0:
            field = at + len(sep)
            at = text.find(sep, field)
            m = _FIELD_SEPARATOR.match(text, field)
            if m is None:
                continue
            k = bisect_left(starts, field)
            if k < len(starts) and starts[k] < m.end() - 1:
                continue  # a known label opens the field
            if (
                k == 0
                or known[k - 1].kind not in ("entry", "target", "stop")
                or "\n" in text[known[k - 1].end : field]
            ):
                continue  # no level's section open before it on its line
            label = _LINE_LABEL.match(text, field, m.end())
            if label is None or (excluded and inside(label.start(1), excluded)):
                continue
            out.append(
                Label("other", label.start(1), label.end(), label.group(1).strip().lower(), None)
            )


# a field's first separator, at most 32 characters into it and before the next field
_FIELD_SEPARATOR = re.compile(r"[^\n:：=|·•]{0,32}+[:：=]")


# A line that opens with one to three words, then a dash between spaces and a number on the
# line ("Qty - 3091.41", "Margin – 2%", "Current price - 577.9"): a label written with a dash.
# (Only lines with no colon: a colon is the label's separator where there is one.)
_DASH_LABEL = re.compile(
    r"[^\S\n]*[^\w\n:：" + MARKS + r"]{0,6}[^\S\n]*"
    r"((?:[^\W\d_][\w" + MARKS + r"'’.]*+[^\S\n]*){1,3}?)"  # (words whole, as above)
    r"[^\S\n]*?[ ][-–—][ ][^\S\n]*(?=[^\n:：\d]*\d[^\n:：]*(?:\n|\Z))"
)
_DASHES = (" - ", " – ", " — ")


def _dash_labels(
    text: str, starts: list[int], excluded: list[tuple[int, int]] | None, out: list[Label]
) -> None:
    """The lines labelled with a dash that no lexicon names join ``out`` as kind "other".
    Only the lines holding a dash between spaces are tried, each from its start."""
    tried: set[int] = set()
    for dash in _DASHES:
        at = text.find(dash)
        while at >= 0:
            line_start = text.rfind("\n", 0, at) + 1
            if (
                at - line_start <= 60
                and line_start not in tried
                and not text[line_start].isdigit()  # "1.2 - 1.3": a range, no label
                and text.find(":", line_start, at) < 0  # "Entry: 1.2 - 1.3": labelled
            ):
                tried.add(line_start)
                _dash_label(text, line_start, starts, excluded, out)
            at = text.find(dash, at + 3)


def _dash_label(
    text: str,
    line_start: int,
    starts: list[int],
    excluded: list[tuple[int, int]] | None,
    out: list[Label],
) -> None:
    m = _DASH_LABEL.match(text, line_start)
    if m is not None:
        start, end = m.start(1), m.end()
        k = bisect_left(starts, m.start())
        if k < len(starts) and starts[k] < end:
            return  # a known label stands before the dash ("Entry - 0.5", "Long - …")
        if excluded and inside(start, excluded):
            return
        out.append(Label("other", start, end, m.group(1).strip().lower(), None))
