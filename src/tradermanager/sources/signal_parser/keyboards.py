"""Marks that other keyboards type where an English one types ASCII, read as the ASCII ones.

Runs on a message that is not all ASCII (and, for the Turkish word, one holding it), before the
numbers are read; every step is gated by a literal test:

* the Cyrillic "х" beside a number is the leverage's "x": Russian, Ukrainian and Kazakh
  channels type "10х", "х20" or "5-10х" without switching the keyboard layout;
* a ticker typed in Cyrillic letters that look like Latin ones ("#ВТС", "ЕТН/USDT", "$АРТ")
  is the Latin ticker: after "#" or "$", or before "/USDT" or "USDT", a word of capitals
  holding a Cyrillic look-alike and no other Cyrillic letter is read letter for letter;
* Persian writers type "/" for the decimal mark between Persian digits ("۰/۰۶۹۸۸" is
  0.06988): when one number of the message opens with "۰/" (no list starts with 0), every
  "/" between two Extended Arabic-Indic digits is the decimal mark ("٫"); without such a
  number "۱۵۲/۱۵۵" stays two prices, as a list would be written;
* the Turkish "kat" (times) after a number is the leverage's "x" ("10 kat kaldıraç").
"""

from __future__ import annotations

import re

_CYRILLIC_X = re.compile(r"(?<=\d)[хХ]|[хХ](?=\d)")
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
_KAT = re.compile(r"(?<=\d)[^\S\n]?kat(?![\w])", re.I)


def typed_as_ascii(text: str) -> str:
    """``text`` with the marks above read as ASCII; ``text`` itself when it holds none."""
    if not text.isascii():
        if "х" in text or "Х" in text:
            text = _CYRILLIC_X.sub("x", text)
        if ("#" in text or "$" in text or "USDT" in text) and any(ch in text for ch in _LOOKALIKE):
            text = _CYRILLIC_TICKER.sub(_latin_ticker, text)
        if "۰/" in text and _PERSIAN_ZERO_SLASH.search(text):
            text = _PERSIAN_SLASH.sub("٫", text)
    if "kat" in text or "KAT" in text or "Kat" in text:
        text = _KAT.sub("x", text)
    return text


def _latin_ticker(m: re.Match[str]) -> str:
    word = m.group(1) or m.group(2)
    if not any(ch in _LOOKALIKE for ch in word):
        return word
    return word.translate(_TO_LATIN)
