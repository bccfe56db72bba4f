"""Talk ended before its parts are built (``early_ends.chatter_before_parts``) reads exactly
as the general reading does.

The end asks the parts' own functions (the symbol, the labels, a coin named bare beside a
price label, the follow-up reading), so a word added to one of their tables is read by it as
by the parts. What it does not ask are the steps of :class:`MessageParts` that blank spans
before the labels are read: their literal gates must all stand in ``_BLANKING_HINTS`` (checked
from the code, so a new step with a new gate fails here until the end knows it). The drawn
texts mix greeting words, emoji and punctuation with every word of the follow-up tables, the
label lexicon and the side words, each parsed with the early ends and without them.
"""

from __future__ import annotations

import ast
import inspect
import re
import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import (
    MessageKind,
    early_ends,
    follow_up_reading,
    follow_ups,
    lexicon,
    parse_message,
)
from tradermanager.sources.signal_parser.follow_up_reading import names_no_follow_up, read_follow_up
from tradermanager.sources.signal_parser.leverage import read_leverage
from tradermanager.sources.signal_parser.message_parts import MessageParts
from tradermanager.sources.signal_parser.numbers import lowered

_TALK = "No symbol and no side: not a signal."


def _compared(text: str) -> list[str]:
    """The early ends ``text`` took; fails when its parse differs from the general one."""
    with early_ends.counting() as took:
        fast = parse_message(text)
    with early_ends.general_only():
        full = parse_message(text)
    assert fast == full, (text, took)
    return took


def _literals_tested_with_in(function: object, stop_at: str | None = None) -> set[str]:
    """The string constants ``function`` tests with ``in`` ("trailing" in lower), and the
    items of the module tuples it hands to ``holds_any``; with ``stop_at``, only in the
    statements before the first one whose source holds it."""
    source = textwrap.dedent(inspect.getsource(function))  # type: ignore[arg-type]
    if stop_at is not None:
        source = source[: source.index(stop_at)]
        source = source[: source.rindex("\n")]
    tree = ast.parse(source)
    module = inspect.getmodule(function)
    found: set[str] = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Compare)
            and any(isinstance(op, ast.In) for op in node.ops)
            and isinstance(node.left, ast.Constant)
            and isinstance(node.left.value, str)
        ):
            found.add(node.left.value)
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "holds_any"
            and isinstance(node.args[1], ast.Name)
        ):
            found.update(getattr(module, node.args[1].id))
    return found


def _blanked_by_the_end(literal: str) -> bool:
    """Whether a text holding ``literal`` holds one of the end's blanking hints (so the end
    leaves it to the parts), or a digit (which the end never takes)."""
    return any(ch.isdigit() for ch in literal) or any(
        hint in literal for hint in early_ends._BLANKING_HINTS
    )


def test_every_blanking_step_of_the_parts_is_known_to_the_end() -> None:
    """The gates of the steps before ``MessageParts`` reads its labels: each literal is one
    of the end's hints (or holds one, or a digit)."""
    gates = _literals_tested_with_in(MessageParts.__init__, stop_at="sections.labels(")
    assert {"trailing", "$", "#", "reward", "http"} <= gates  # (the reading of the code)
    assert [g for g in sorted(gates) if not _blanked_by_the_end(g)] == []


# read_leverage's literals that lead to no blanked span: ":" (with "1": a ratio, which needs a
# digit), "marg" / "marj" / "marz" (a margin mode's word, read as the mode: no span is blanked)
_MODE_ONLY = {":", "marg", "marj", "marz"}


def test_every_leverage_step_that_blanks_is_known_to_the_end() -> None:
    gates = _literals_tested_with_in(read_leverage)
    assert {"cross", "iso"} <= gates
    assert [g for g in sorted(gates - _MODE_ONLY) if not _blanked_by_the_end(g)] == []


def _table_words() -> list[str]:
    """Every word of the follow-up tables (each tuple of strings of ``follow_ups`` and
    ``follow_up_reading``), of the lexicon's label and side alternations that are plain words,
    and the end's own blanking hints."""
    words: set[str] = set(early_ends._BLANKING_HINTS)
    for module in (follow_ups, follow_up_reading):
        for value in vars(module).values():
            if isinstance(value, tuple) and value and all(isinstance(v, str) for v in value):
                words.update(v.strip() for v in value if v.strip())
    for value in vars(lexicon).values():
        if isinstance(value, str) and "|" in value:
            words.update(
                w for w in value.split("|") if re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+)?", w)
            )
    return sorted(words)


TABLE_WORDS = _table_words()
GREETING = (
    *("Good", "morning", "traders", "gm", "fam", "Big", "week", "ahead", "stay", "patient"),
    *("Thank", "you", "all", "for", "being", "part", "of", "this", "community", "Weekly"),
    *("we", "wait", "the", "next", "hello", "everyone", "have", "a", "great", "day", "GM"),
    *("respect", "your", "stops", "results", "soon", "entry", "before", "confirmation"),
)
MARKS = ("☕️", "🔥", "🚀", "✅", "❌", "👀", "💪", "🙏", "!", "?", ".", ",", "...", "—", ":", "\n")


def test_the_table_words_are_many() -> None:
    assert len(TABLE_WORDS) > 300  # (the follow-up tables, the lexicon's words: all of them)


@pytest.mark.parametrize(
    "text",
    [
        "Good morning traders ☕️ Big week ahead, stay disciplined and respect your stops.",
        "Market is choppy, be patient. We wait for confirmation before the next entry.",
        "Weekly results soon 🔥 Thank you all for being part of this community!",
        "gm fam 🙏",
        "Have a great weekend everyone",
    ],
)
def test_plain_chat_ends_before_its_parts(text: str) -> None:
    assert _compared(text) == ["chatter before parts"]
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NOT_SIGNAL and parsed.reason == _TALK


@pytest.mark.parametrize(
    "text",
    [
        "Good morning, 3 calls today",  # a digit
        "Half of the bag stays ½",  # a numeral
        "Not a signal, just my view",  # says so itself
        "Cross your fingers, traders",  # a margin word: the parts blank it
        "Thanks for the support $ETH holders",  # a coin tag
        "Forwarded from Whale Calls",  # a source line
        "Good morning, we go long on the next dip",  # a side
        "Closing this one here, thanks all",  # an action
        "Move your stop to entry",  # an action
        "SOL/USDT looking strong today",  # a coin
        "Entry: ETH soon",  # a coin named bare beside a price label
        "Trade cancelled",  # an action
    ],
)
def test_anything_else_is_left_to_the_parts(text: str) -> None:
    assert "chatter before parts" not in _compared(text)


@settings(max_examples=600, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(GREETING), st.sampled_from(MARKS), st.sampled_from(TABLE_WORDS)),
        min_size=1,
        max_size=12,
    ),
    st.sampled_from((" ", " ", "\n", ", ", "")),
    st.sampled_from(("as", "upper", "lower", "title")),
)
def test_drawn_chat_parses_as_the_general_reading(words: list[str], joint: str, case: str) -> None:
    text = joint.join(words)
    text = {"upper": text.upper(), "lower": text.lower(), "title": text.title()}.get(case, text)
    _compared(text)


# greeting words that name no coin, no label and no action, and marks that are no icon of a hit
PLAIN_WORDS = tuple(w for w in GREETING if w not in ("GM", "entry"))
PLAIN_MARKS = tuple(m for m in MARKS if m not in ("✅", "❌"))


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(PLAIN_WORDS),
    st.lists(st.sampled_from(PLAIN_WORDS + PLAIN_MARKS), max_size=12),
)
def test_drawn_greetings_end_before_their_parts(first: str, words: list[str]) -> None:
    text = " ".join([first, *words])
    assert _compared(text) == ["chatter before parts"], text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(GREETING + MARKS + tuple(TABLE_WORDS)), min_size=1, max_size=8))
def test_no_follow_up_named_is_no_follow_up_read(words: list[str]) -> None:
    text = " ".join(words)
    if names_no_follow_up(text, lowered(text)):
        assert read_follow_up(MessageParts(text, None)) is None, text
