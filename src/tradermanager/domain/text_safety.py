"""Characters that must never reach a terminal or a name raw.

Trader names, channel titles and message texts come from other people. Control characters
(C0 such as ESC, which starts terminal escape sequences, DEL and the C1 range) can rewrite a
terminal's screen or title; bidirectional overrides and isolates (U+202A–U+202E,
U+2066–U+2069) reorder what is shown, so ``"ABC\u202eLONG"`` can read as a different side
or token. Names are checked on input (:func:`check_name`); texts are shown with every such
character replaced by a visible ``<U+XXXX>`` (:func:`neutralise`), newline and tab kept
where they are meaningful.
"""

from __future__ import annotations

import re

from tradermanager.domain.errors import ValidationError

_CONTROLS = "\x00-\x1f\x7f-\x9f"
_BIDI = "\u202a-\u202e\u2066-\u2069"
UNSAFE_IN_NAMES = re.compile(f"[{_CONTROLS}{_BIDI}]")
UNSAFE_IN_TEXT = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}]")  # keeps \t and \n
NAME_ALLOWED = "a name without control characters or bidirectional overrides"


def _visible(match: re.Match[str]) -> str:
    return f"<U+{ord(match.group()):04X}>"


def neutralise(text: str, *, keep_newlines: bool = True) -> str:
    """``text`` with every control character and bidi override shown as ``<U+XXXX>``;
    newline and tab stay unless ``keep_newlines`` is False (one-line cells, names)."""
    pattern = UNSAFE_IN_TEXT if keep_newlines else UNSAFE_IN_NAMES
    return pattern.sub(_visible, text)


def unsafe_characters(text: str) -> list[str]:
    """The unsafe characters of a name, as ``U+XXXX``, in order of appearance."""
    return [f"U+{ord(c):04X}" for c in UNSAFE_IN_NAMES.findall(text)]


def check_name(text: str, field: str) -> str:
    """``text`` stripped, or ValidationError naming ``field`` and the characters found."""
    found = unsafe_characters(text)
    if found:
        shown = ", ".join(dict.fromkeys(found))
        shown_text = neutralise(text, keep_newlines=False)
        raise ValidationError(field, shown_text, f"{NAME_ALLOWED} (found {shown})")
    return text.strip()


def clean_name(text: str) -> str:
    """A name made from someone else's text (a chat title): unsafe characters dropped."""
    return " ".join(UNSAFE_IN_NAMES.sub(" ", text).split())
