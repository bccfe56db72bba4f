"""A regex searched through a form whose every branch opens with a literal character.

Python's regex engine skips ahead to the characters a match can start with only when each
top-level branch of a pattern opens with a literal; a branch that opens with a group
("(?:stop|sl)…") or a look-behind makes it try every branch at every position of the text.
:class:`LiteralFirst` rewrites such a pattern once — a leading "(?:a|b)" spread over the
branch ("a…|b…"), a leading "(?<![\\w])" moved after the first character, groups made
non-capturing — and searches with the rewritten form, which matches at exactly the same
positions; the pattern as written then reads the match there, groups and all. A pattern the
rewrite does not cover is searched as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tradermanager.sources.signal_parser.lower_case import lower_case

_SPECIAL = set("\\.^$*+?{}[]|()")
_NOT_WORD_BEFORE = "(?<![\\w])"


def _scan(pattern: str) -> list[tuple[int, str, int]]:
    """(position, character, group depth before it) of every character of ``pattern`` that
    is outside a character class and not escaped."""
    out, depth, i, in_class = [], 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += 1 + (pattern[i + 1 : i + 2] == "^")
            i += pattern[i : i + 1] == "]"
            continue
        else:
            out.append((i, ch, depth))
            depth += (ch == "(") - (ch == ")")
        i += 1
    return out


def _top_level(pattern: str) -> list[str]:
    """``pattern`` split at its top-level ``|``."""
    cuts = [i for i, ch, depth in _scan(pattern) if ch == "|" and depth == 0]
    return [pattern[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(pattern)], strict=True)]


def _spread(branch: str) -> list[str] | None:
    """A branch opening with "(?:a|b)" or "(a|b)" (no group inside) as the branches "a…",
    "b…"."""
    head = ""
    if branch.startswith(_NOT_WORD_BEFORE):
        head, branch = _NOT_WORD_BEFORE, branch[len(_NOT_WORD_BEFORE) :]
    if branch.startswith("(?:"):
        inner_start = 3
    elif branch.startswith("(") and not branch.startswith("(?"):
        inner_start = 1  # a capturing group: the pattern as written still reads it
    else:
        return [head + branch]
    closes = [i for i, ch, depth in _scan(branch) if ch in "()" and i > 0]
    if not closes or branch[closes[0]] != ")":
        return None  # a group inside the first group
    end = closes[0]
    rest = branch[end + 1 :]
    if rest[:1] in ("?", "*", "+", "{"):
        return None  # a repeated group: its branches do not simply spread
    return [head + alternative + rest for alternative in _top_level(branch[inner_start:end])]


def _first_literal(branch: str) -> str | None:
    """``branch`` opening with a literal character, or None."""
    head = ""
    if branch.startswith(_NOT_WORD_BEFORE):
        head, branch = _NOT_WORD_BEFORE, branch[len(_NOT_WORD_BEFORE) :]
    if not branch or branch[0] in _SPECIAL or branch[1:2] in ("?", "*", "{"):
        return None
    if head:  # the look-behind, now one character later, checks the character before it
        return branch[0] + "(?<![\\w]" + re.escape(branch[0]) + ")" + branch[1:]
    return branch


def _non_capturing(pattern: str) -> str:
    """``pattern`` with every capturing group made non-capturing (no group is read from the
    literal-first form)."""
    opens = [i for i, ch, _ in _scan(pattern) if ch == "(" and pattern[i + 1 : i + 2] != "?"]
    for i in reversed(opens):
        pattern = pattern[: i + 1] + "?:" + pattern[i + 1 :]
    return pattern


def rewrite(pattern: str) -> str | None:
    """The literal-first form of ``pattern``, or None when the rewrite does not cover it."""
    branches: list[str] = []
    for branch in _top_level(pattern):
        spread = _spread(branch)
        if spread is None:
            return None
        for one in spread:
            literal = _first_literal(one)
            if literal is None:
                return None
            branches.append(literal)
    return _non_capturing("|".join(branches))


class LiteralFirst:
    """``pattern`` compiled as written (``full``) and in its literal-first form (``fast``)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.full = re.compile(pattern, flags)
        fast = rewrite(pattern)
        self.fast = re.compile(fast, flags) if fast is not None else self.full

    def search(self, text: str) -> re.Match[str] | None:
        """What ``full.search(text)`` finds: its match at the first position ``fast`` finds."""
        found = self.fast.search(text)
        if found is None or self.fast is self.full:
            return found
        return self.full.match(text, found.start())

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """What ``full.finditer(text)`` finds, each match found as :meth:`search` finds one."""
        pos = 0
        while (found := self.fast.search(text, pos)) is not None:
            m = found if self.fast is self.full else self.full.match(text, found.start())
            if m is not None:
                yield m
                pos = max(m.end(), m.start() + 1)
            else:
                pos = found.start() + 1


def by_first_character(fragments: tuple[str, ...]) -> str:
    """The alternation of ``fragments`` with those that open with the same plain character
    gathered behind it ("hit|hold|x" → "h(?:it|old)|x"): the same matches for a search that
    only asks whether one stands, and the engine tries one branch per character instead of
    every fragment at every position where one could start."""
    groups: dict[str, list[str]] = {}
    whole: list[str] = []
    for fragment in fragments:
        first = fragment[:1]
        if not first or first in _SPECIAL or fragment[1:2] in ("?", "*", "+", "{"):
            whole.append(fragment)
        else:
            groups.setdefault(first, []).append(fragment[1:])
    branches = [
        re.escape(first) + ("(?:" + "|".join(rests) + ")" if any(rests) else "")
        for first, rests in groups.items()
    ]
    return "|".join(branches + whole)


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` stands anywhere in ``text``: a substring test each, stopping
    at the first found. For a few literal words this is faster than one regex of them all,
    which the engine tries at every position where one of their first characters stands."""
    for word in words:  # noqa: SIM110  (a loop: faster than any() over a generator)
        if word in text:
            return True
    return False


# The characters beyond ASCII that a case-insensitive pattern matches for an ASCII letter, or
# whose lower-cased form holds an ASCII character: dotted and dotless i ("İ" lower-cases to
# "i" and a combining dot), the long s, the Kelvin sign (every other code point checked)
FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


class AnyCaseWords:
    """Whether one of some lower-case ASCII ``words`` stands in a text in any case — what
    ``re.compile("|".join(words), re.I).search(text)`` tells. The engine's case-insensitive
    search folds every character it tries against every branch (~18 µs on a 130-character
    card); on an ASCII text, whose lower-cased copy folds exactly the ASCII letters, a
    case-sensitive search of that copy finds the same (~1 µs). So does a text of other
    characters too (an emoji, Cyrillic), when it holds none of :data:`FOLDS_TO_ASCII`: no
    other character lower-cases to an ASCII one or matches one in any case. A text holding
    one is searched as written: Unicode folding matches "ſ" for "s", which lower() keeps."""

    def __init__(self, words: tuple[str, ...]) -> None:
        if not all(word.isascii() and word == word.lower() for word in words):
            raise ValueError("lower-case ASCII words only")
        self.words = words
        pattern = "|".join(re.escape(word) for word in words)
        self.any_case = re.compile(pattern, re.I)
        self.lower = re.compile(by_first_character(tuple(re.escape(word) for word in words)))
        # a few words: a substring test each on the lower-cased copy (what the alternation of
        # them finds, at a fraction of a search trying their first characters at every place)
        self.few = len(words) <= _FEW_WORDS

    def search(self, text: str) -> bool:
        """Whether one of the words stands in ``text``, in any case."""
        if text.isascii() or FOLDS_TO_ASCII.search(text) is None:
            if self.few:
                return holds_any(lower_case(text), self.words)
            return self.lower.search(lower_case(text)) is not None
        return self.any_case.search(text) is not None


# up to how many words :class:`AnyCaseWords` tests one by one (a search of the alternation
# costs about as much as forty substring tests on a card's text)
_FEW_WORDS = 12
