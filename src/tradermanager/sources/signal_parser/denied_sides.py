"""A call's word named only to deny it: "не шортим", "not shorting today", "don't buy yet",
"Chưa vào lệnh" (not entering yet), "long açmıyoruz" (we are not opening a long). A message
whose every side or entry word is denied, and that gives no target and no stop, is talk."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.message_parts import Section

# a negation right before the word: Russian, Ukrainian, English, Vietnamese, Indonesian,
# German, French, Italian, Spanish, Portuguese, Arabic and Hinglish ("abhi mat kharido": don't
# buy yet)
_DENIAL_BEFORE = re.compile(
    r"(?<![\w'’])(?:не|ні|not|no|don['’]?t|do\s+not|never|chưa|không|belum|jangan|nicht|kein|mat"
    r"|pas|non|nunca|não|nao|لا|لن)[^\S\n]+(?:(?:yet|still|today|more|any|сегодня|пока|ещё|еще"
    r"|dulu|mehr|plus)[^\S\n]+)?$",
    re.I,
)
# Turkish writes the denial in the verb after the side word: "long açmıyoruz", "short
# açmayacağız", "long almıyoruz"
_DENIAL_AFTER = re.compile(
    r"[^\S\n]+(?:aç|al|gir)(?:mıyor|mıyoruz|mıyorum|mayacağız|mayın|mıyoruz)(?![\w])", re.I
)
# the words a denial needs, as substrings of the lower-cased text
_HINTS = ("не", "ні", "not", "no", "don", "never", "chưa", "không", "belum", "jangan")
_HINTS_MORE = (
    *("nicht", "kein", "pas", "non", "nunca", "não", "nao", "mıyor", "mayacağız", "mayın"),
    "mat ",
)
_HINTS_WIDE = ("لا", "لن")


def may_deny(lower: str) -> bool:
    """Whether ``lower`` holds a word a denial needs (a few substring tests)."""
    return (
        any(h in lower for h in _HINTS)
        or any(h in lower for h in _HINTS_MORE)
        or any(h in lower for h in _HINTS_WIDE)
    )


def _denied(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 24) : start]
    return _DENIAL_BEFORE.search(before) is not None or _DENIAL_AFTER.match(text, end) is not None


def all_denied(text: str, sections: list[Section]) -> bool:
    """Whether there are such sections and the word of each is denied."""
    return bool(sections) and all(_denied(text, lab.start, lab.end) for lab, _, _ in sections)
