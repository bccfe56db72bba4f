"""Marks that other keyboards type where an English one types ASCII, read as the ASCII ones.

:func:`typed_as_ascii` runs on a message that is not all ASCII (and, for the Turkish word, one
holding it), before the numbers are read; every step is gated by a literal test.
:func:`tickers_named` is asked only when no symbol was found, and the message is read again
when it names one:

* the Cyrillic "х" beside a number is the leverage's "x": Russian, Ukrainian and Kazakh
  channels type "10х", "х20" or "5-10х" without switching the keyboard layout;
* a ticker typed in Cyrillic letters that look like Latin ones ("#ВТС", "ЕТН/USDT", "$АРТ")
  is the Latin ticker: after "#" or "$", or before "/USDT" or "USDT", a word of capitals
  holding a Cyrillic look-alike and no other Cyrillic letter is read letter for letter;
* Persian writers type "/" for the decimal mark between Persian digits ("۰/۰۶۹۸۸" is
  0.06988): when one number of the message opens with "۰/" (no list starts with 0), every
  "/" between two Extended Arabic-Indic digits is the decimal mark ("٫"); without such a
  number "۱۵۲/۱۵۵" stays two prices, as a list would be written;
* a number followed by 万 (萬, ten thousand), as Chinese and Japanese posts write BTC
  (`6.345万` is 63450), is written out;
* a fraction glyph standing alone ("Close ½ here", "⅓ off at 3,450", "¾ closed") is the ratio a
  keyboard types ("1/2", "1/3", "3/4"): a close's share is read from it as from the ratio; one
  glued to a digit ("2½") is left as it is;
* the Turkish "kat" (times) after a number is the leverage's "x" ("10 kat kaldıraç");
* the best-known coins named in the writer's own script ("비트코인 롱", "イーサリアム ショート",
  "比特币 做多", "Биткоин — ЛОНГ", "بيتكوين شراء", "บิตคอยน์ Long") are their tickers: the names
  exchanges' localized pages and news in those languages use, as whole names (a Korean
  particle after one, "비트코인을", is no part of it);
* a listed coin typed in small Latin letters beside a Cyrillic word ("лонг по sol от 148.2") is
  its ticker, when the message names one such coin.
"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.symbols import listed_bases

_CYRILLIC_X = re.compile(r"[хХ](?:(?<=\d.)|(?=\d))")
# capitals of Cyrillic that look like Latin ones, and their Latin letters
_LOOKALIKE = "АВСЕНКМОРТХ"
_TO_LATIN = str.maketrans(_LOOKALIKE, "ABCEHKMOPTX")
_TICKER_CHARS = "[A-Z0-9" + _LOOKALIKE + "]{2,10}"
_CYRILLIC_TICKER = re.compile(
    r"(?<=[#$])(" + _TICKER_CHARS + r")(?![\w])"
    r"|(?<![\w])(" + _TICKER_CHARS + r")(?=/?USDT(?![A-Za-z]))"
)
_PERSIAN_SLASH = re.compile("(?<=[۰-۹])/(?=[۰-۹])")
_PERSIAN_ZERO_SLASH = re.compile("(?<![۰-۹])۰/(?=[۰-۹])")
_WAN = re.compile(r"(?<![\d.,])(\d{1,4}(?:\.\d{1,4})?)[万萬]")
_FRACTION_GLYPHS = {"½": "1/2", "⅓": "1/3", "⅔": "2/3", "¼": "1/4", "¾": "3/4", "⅕": "1/5"}
_FRACTION_GLYPH = re.compile("(?<![\\d.,/])[½⅓⅔¼¾⅕](?![\\d/])")
# the glyphs alone: one character class the engine skips to, searched first (the pattern
# above opens with a look-behind, tried at every position of every text)
_ANY_FRACTION_GLYPH = re.compile("[½⅓⅔¼¾⅕]")
# "10 kat" (Turkish), "10 barabar" / "۱۰ برابر" (Persian): so many times, a leverage
_KAT = re.compile(r"(?<=\d)[^\S\n]?(?:kat|barabar|برابر)(?![\w])", re.I)


NATIVE_COIN_NAMES = {
    "BTC": (
        "비트코인",
        "ビットコイン",
        "比特币",
        "比特幣",
        "биткоин",
        "биткойн",
        "біткоїн",
        "بيتكوين",
        "بتكوين",
        "بیت‌کوین",
        "بیت کوین",
        "بیتکوین",
        "บิตคอยน์",
        "บิทคอยน์",
        "बिटकॉइन",
        "ביטקוין",
    ),
    "ETH": (
        "이더리움",
        "イーサリアム",
        "以太坊",
        "эфириум",
        "ефіріум",
        "إيثريوم",
        "ايثريوم",
        "الإيثيريوم",
        "اتریوم",
        "อีเธอเรียม",
        "एथेरियम",
        "את'ריום",
        "אתריום",
    ),
    "SOL": ("솔라나", "ソラナ", "索拉纳", "索拉納", "солана", "سولانا", "โซลานา"),
    "XRP": ("리플", "リップル", "瑞波币", "瑞波幣", "рипл", "ريبل", "ریپل", "ริปเปิล"),
    "DOGE": (
        "도지코인",
        "ドージコイン",
        "狗狗币",
        "狗狗幣",
        "догикоин",
        "дожкоин",
        "دوجكوين",
        "دوج‌کوین",
        "دوج کوین",
        "ดอจคอยน์",
    ),
}
_TICKER_OF = {
    form: ticker
    for ticker, names in NATIVE_COIN_NAMES.items()
    for name in names
    for form in (name, name.capitalize(), name.upper())
}
# Each branch opens with the name's first letter, so the regex engine skips ahead to one; a
# letter before the name is checked when one is found. (A Russian name may carry its case
# ending: "биткоина", "по солане"; a Korean, Japanese, Chinese or Thai one may touch the
# next word.)
_NATIVE_NAME = re.compile(
    "("
    + "|".join(sorted(map(re.escape, _TICKER_OF), key=len, reverse=True))
    + ")(?:а|у|ом|е|ы)?(?![^\\W\\d_\uac00-\ud7af\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff])"
)


def typed_as_ascii(text: str) -> str:
    """``text`` with the marks above read as ASCII; ``text`` itself when it holds none."""
    if not text.isascii():
        if "х" in text or "Х" in text:
            text = _CYRILLIC_X.sub("x", text)
        if ("万" in text or "萬" in text) and _WAN.search(text):
            text = _WAN.sub(_wan_written_out, text)
        if "۰/" in text and _PERSIAN_ZERO_SLASH.search(text):
            text = _PERSIAN_SLASH.sub("٫", text)
        if _ANY_FRACTION_GLYPH.search(text) and _FRACTION_GLYPH.search(text):
            text = _FRACTION_GLYPH.sub(_fraction_typed, text)
    if "kat" in text or "KAT" in text or "Kat" in text or "barabar" in text or "برابر" in text:
        text = _KAT.sub("x", text)
    return text


def _fraction_typed(m: re.Match[str]) -> str:
    """A fraction glyph as its ratio, set apart from a letter glued to it ("½closed")."""
    at, text = m.start(), m.string
    before = " " if at > 0 and text[at - 1].isalpha() else ""
    after = " " if m.end() < len(text) and text[m.end()].isalpha() else ""
    return before + _FRACTION_GLYPHS[m.group()] + after


def tickers_named(text: str) -> str:
    """``text`` with tickers typed in Cyrillic look-alikes and coins named in other scripts
    written as tickers; ``text`` itself when it holds none. Asked only of a message in which no
    symbol was found (a second reading costs nothing for the others)."""
    if text.isascii():
        return text
    if ("#" in text or "$" in text or "USDT" in text) and any(ch in text for ch in _LOOKALIKE):
        text = _CYRILLIC_TICKER.sub(_latin_ticker, text)
    if _NATIVE_NAME.search(text):
        text = _NATIVE_NAME.sub(_ticker, text)
    if _CYRILLIC_LETTER.search(text):
        text = _small_ticker_in_cyrillic(text)
    return text


# a word of small Latin letters beside a word in Cyrillic ("лонг по sol от 148.2", "купил arb
# на споте"): Russian and Ukrainian writers type the coin without capitals or a mark
_CYRILLIC_LETTER = re.compile("[\u0400-\u04ff]")
_SMALL_LATIN = re.compile(
    r"(?<=[\u0400-\u04ff][ \t])([a-z0-9]{3,10})(?![\w#$/])"
    r"|(?<![\w#$/])([a-z0-9]{3,10})(?=[ \t,][\u0400-\u04ff])"
)


def _small_ticker_in_cyrillic(text: str) -> str:
    """``text`` with the one listed coin written in small Latin letters beside a Cyrillic word
    in capitals; ``text`` itself when there is none, or two (which one is the trade's?)."""
    bases = listed_bases()
    found = {
        w for m in _SMALL_LATIN.finditer(text) if (w := (m.group(1) or m.group(2)).upper()) in bases
    }
    if len(found) != 1:
        return text
    coin = found.pop()
    return re.sub(r"(?<![\w#$/])" + coin.lower() + r"(?![\w/])", coin, text)


def _latin_ticker(m: re.Match[str]) -> str:
    word = m.group(1) or m.group(2)
    if not any(ch in _LOOKALIKE for ch in word):
        return word
    return word.translate(_TO_LATIN)


def _ticker(m: re.Match[str]) -> str:
    start = m.start()
    if start and (m.string[start - 1].isalpha() or m.string[start - 1].isdigit()):
        return m.group()  # inside a longer word
    return " " + _TICKER_OF[m.group(1)] + " "


def _wan_written_out(m: re.Match[str]) -> str:
    whole, _, frac = m.group(1).partition(".")
    digits = (whole + frac.ljust(4, "0")).lstrip("0") or "0"
    return digits
