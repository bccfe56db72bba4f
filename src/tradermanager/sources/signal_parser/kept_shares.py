"""A close told beside the share the position keeps: "leave 25% running, close the rest".

The close is read only when the two make the whole: one kept share and a close of "the rest"
(or of everything but it) closes 100 % less the kept share; a close share told as well must add
up to 100 % with the kept one ("close 75%, leave 25%"). Two kept shares, a kept share beside a
close share that does not make the whole ("close 50%, leave 25% running": 25 % of what?), or a
bag kept with no share ("leave a moonbag, close the rest") go to review: which part closes would
be the copy's guess. "Close the remaining 30%" (no kept word) closes the whole remainder: the
30 % is what is left of the position, not a share of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_KEPT_WORDS = ("kee", "lea", "hold", "let", "exce", " but ", "left", "remain", "last", "final")
_BAG_WORDS = ("bag", "runner", "some", "bit", "little")

# a share the position keeps: "keep 30%", "leave the last 25%", "let 20% ride", "except 40%",
# "all but 25%", "10% left running"
_KEPT = re.compile(
    r"(?<![\w])(?:(?:keep(?:ing)?|leav(?:e|ing)|hold(?:ing)?|let(?:ting)?)[ \t]+"
    r"(?:the[ \t]+)?(?:last[ \t]+)?(?:only[ \t]+)?"
    r"|(?:except(?:[ \t]+for)?|(?:all|everything)[ \t]+but)[ \t]+(?:the[ \t]+)?(?:last[ \t]+)?)"
    r"(\d{1,3})[ \t]?%"
    r"|(?<![\w.,])(\d{1,3})[ \t]?%[ \t]+(?:left|remain(?:s|ing)?)(?![\w])"
)
# the close names what is left: "close the rest", "the remainder", "close everything", "all"
_REST = re.compile(r"(?<![\w])(?:rest|remainder|remaining|everything|all)(?![\w])")
# the whole remainder told by its size: "close the remaining 30%", "last 25% closed at …" (not
# "30% of the remaining")
_REMAINING_SHARE = re.compile(
    r"(?<![\w])(?:remaining|the[ \t]+last|final|rest[ \t]+of[ \t]+the)[ \t]+\d{1,3}[ \t]?%"
    r"(?![ \t]*of(?![\w]))"
)
# the remainder's size told after a close, as a cell of its own: "· 25% · … · remaining 75%",
# "(remaining 60%)"
_REMAINING_AFTER = re.compile(r"[·|,(—–][ \t]*((?:remaining|left)[ \t]+(\d{1,3})[ \t]?%)")
# a part kept with no share: "leave a moonbag", "keep a small bag", "let some ride"
_BAG = re.compile(
    r"(?<![\w])(?:keep(?:ing)?|leav(?:e|ing)|let(?:ting)?|hold(?:ing)?)[ \t]+(?:a[ \t]+)?"
    r"(?:small[ \t]+|little[ \t]+|tiny[ \t]+)?(?:moon[ \t]?bag|bag|runners?|some|a[ \t]+bit"
    r"|a[ \t]+little)(?![\w])"
)


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


def may_keep(lower: str) -> bool:
    """Cheap test: a kept share, the remainder's size or a kept bag may be told."""
    if "%" in lower:
        return any(w in lower for w in _KEPT_WORDS)
    return "rest" in lower and any(w in lower for w in _BAG_WORDS)


def kept_share_close(
    lower: str, share_of: Callable[[str], float | None]
) -> tuple[bool, float | None]:
    """Whether a kept share (or the remainder's size) decides the close in ``lower``, and the
    share that closes — None where only review can tell. ``share_of`` reads a close's share
    from text whose kept shares are blanked."""
    kept = [int(a or b) for a, b in _KEPT.findall(lower)]
    if not kept:
        if remaining := _REMAINING_SHARE.search(lower):
            # "Partial close … · 25% · price … · remaining 75%": what stays after a close whose
            # share is told beside it, the two making the whole — that share closes
            after = _REMAINING_AFTER.search(lower)
            if after is not None and after.start(1) == remaining.start():
                told = share_of(lower[: after.start()] + " " * (len(lower) - after.start()))
                if told is not None:
                    # ("Closed 30% …, remaining 50%": the two do not make the whole — review)
                    whole = abs(told + int(after.group(2)) / 100 - 1) < 1e-9
                    return True, (told if whole else None)
            return True, 1.0
        if _BAG.search(lower) and _REST.search(lower):
            return True, None
        return False, None
    if len(kept) > 1 or not 0 < kept[0] < 100:
        return True, None
    blanked = _KEPT.sub(_blank, lower)
    rest = (100 - kept[0]) / 100
    told = share_of(_REST.sub(_blank, blanked))
    if told is not None:
        return True, (told if abs(told - rest) < 1e-9 else None)
    # ("all but 25%", "everything except 20%": the rest is named with the kept share)
    return True, (rest if _REST.search(lower) else None)
