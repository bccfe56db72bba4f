"""A worked sum under a card is no level.

Position-size notes show their arithmetic: ``Distance to SL = 1.0325 − 0.986 = 0.0465``,
``Max leverage = 1.0325 / 0.0465 ≈ 22.2``, ``R:R = (1.11 − 1.0325) / 0.0465 = 1.67``. The prices
in it repeat the entry and the stop, and its label ("SL", "entry") would make them a second
stop or entry. A line holding a number, an operator, a number and then ``=`` or ``≈`` and a
result (not a share) is the note's sum: it is dropped.
"""

from __future__ import annotations

import re

_OPERATORS = ("−", "-", "/", "×", "*", "÷", "+")
_WORKED_SUM = re.compile(
    r"^[^\n]*\d[^\S\n]*\)?[^\S\n]*[−\-/×*÷+][^\S\n]*\(?[^\S\n]*[$€]?\d[\d.,]*[^\S\n]*\)?"
    # (a share is no result: "148.2 - 147.5 = 50% each" keeps its zone)
    r"[^\S\n]*(?:=|≈|~=)[^\S\n]*[$€≈~]?[^\S\n]*\d[\d.,]*(?![\d.,]|[^\S\n]*%)[^\n]*(?:\n|$)",
    re.M,
)


def may_show_sum(text: str) -> bool:
    """A literal test: a result sign and an operator stand in the text."""
    return ("=" in text or "≈" in text) and any(op in text for op in _OPERATORS)


def without_worked_sums(text: str) -> str:
    """``text`` without the lines holding a worked sum (see above)."""
    return _WORKED_SUM.sub("", text)
