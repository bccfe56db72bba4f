"""A one-line follow-up under no coin tag is read as written, and that reading is the long way's.

``reader.parse`` reads "Target 1 ✅", "SL hit ❌", "Cancelled" with ``direct_follow_up`` before the
text is normalised and returns it without the checks that run after a reading. That is exact
only if, for every text of the direct reading's shape that opens with no coin tag, the
normalisation leaves the text as it is and no later check takes it for anything else: the
parse equals ``reader.read_and_checked`` (the long way) field by field. Checked here over every
branch of the shape in five cases and three spacings, and over texts drawn from the shape's own
pattern; texts with a coin tag or anything beyond the shape go the long way.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import MessageKind, early_ends, reader
from tradermanager.sources.signal_parser.model import FollowUpAction

# every branch of early_ends._SHAPE after its coin tag, "{s}" where the pattern takes spaces
_TARGET_MARKS = ("✅", "hit", "done", "reached", "achieved")
_AFTER_TARGETS = ("", "✅", " ✅", "🚀", "  🔥")
_STOP_MARKS = ("", "❌", " ❌", "⛔", "  ⛔")
PHRASES = (
    *(
        label + n + "{s}" + mark + after
        for label in ("tp", "tp ", "target", "target ")
        for n in ("1", "5", "9")
        for mark in _TARGET_MARKS
        for after in _AFTER_TARGETS
    ),
    *(
        "all targets " + verb + after
        for verb in ("hit", "done", "reached", "achieved")
        for after in _AFTER_TARGETS
    ),
    *(
        word + " " + verb + after
        for word in ("sl", "stop", "stop loss", "stoploss")
        for verb in ("hit", "triggered")
        for after in _STOP_MARKS
    ),
    *("stopped out" + after for after in _STOP_MARKS),
    *(
        word + " moved to " + to
        for word in ("sl", "stop", "stop loss")
        for to in ("entry", "breakeven")
    ),
    *(word + after for word in ("cancelled", "canceled", "cancel") for after in ("", "❌", "  ❌")),
    "closed",
)
CASES = (str.lower, str.upper, str.title, str.capitalize, str.swapcase)


def _shaped(phrase: str) -> list[str]:
    texts = []
    for spaces in ("", " ", "   "):
        text = phrase.replace("{s}", spaces)
        texts.extend(case(text) for case in CASES)
    return texts


def _same_as_the_long_way(text: str, reference: float | None = None) -> None:
    assert reader.parse(text, reference) == reader.read_and_checked(text, reference, True), text


@pytest.mark.parametrize("phrase", PHRASES)
def test_every_branch_of_the_shape_reads_as_the_long_way(phrase: str) -> None:
    for text in _shaped(phrase):
        assert early_ends._SHAPE.fullmatch(text) is not None, text
        _same_as_the_long_way(text)
        _same_as_the_long_way(text, 150.0)


@settings(max_examples=600, deadline=None)
@given(st.from_regex(early_ends._SHAPE, fullmatch=True), st.sampled_from((None, 0.5, 150.0)))
def test_texts_drawn_from_the_shape_read_as_the_long_way(
    text: str, reference: float | None
) -> None:
    _same_as_the_long_way(text, reference)


@pytest.mark.parametrize(
    ("text", "action", "index"),
    [
        ("Target 1 ✅", FollowUpAction.TARGET_HIT, 1),
        ("TP3 hit", FollowUpAction.TARGET_HIT, 3),
        ("All targets achieved 🚀", FollowUpAction.TARGET_HIT, None),
        ("SL hit ❌", FollowUpAction.STOP_HIT, None),
        ("stoploss triggered ⛔", FollowUpAction.STOP_HIT, None),
        ("Stop moved to breakeven", FollowUpAction.STOP_MOVED, None),
        ("Cancelled", FollowUpAction.CANCEL, None),
        ("Closed", FollowUpAction.CLOSE, None),
    ],
)
def test_the_common_follow_ups_are_read_as_written(
    text: str, action: FollowUpAction, index: int | None
) -> None:
    with early_ends.counting() as took:
        parsed = reader.parse(text)
    assert took == ["direct follow-up"]
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.action is action and parsed.target_index == index
    assert parsed == reader.read_and_checked(text, None, True)
    with early_ends.general_only(), early_ends.counting() as took:
        reader.parse(text)
    assert took == []  # (an early end: switched off with the others)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a coin tag is read the long way: the checks read its word too
        ("#QUIZ TP1 hit", MessageKind.NOT_SIGNAL),  # a lesson's quiz, not a trade
        ("#SOL TP1 ✅", MessageKind.FOLLOW_UP),
        ("$ETH stopped out", MessageKind.FOLLOW_UP),
        ("#AVAX Target 2 ✅", MessageKind.FOLLOW_UP),
        # beyond the shape: a price, a question, a negation, a word before, capitals
        ("Target 1 ✅ at 148.2", MessageKind.FOLLOW_UP),
        ("TP1 ✅?", None),
        ("Don't close", None),
        ("STOPPED OUT", None),
        ("**Cancelled**", MessageKind.FOLLOW_UP),
        ("", MessageKind.NOT_SIGNAL),
    ],
)
def test_other_texts_go_the_long_way(text: str, kind: MessageKind | None) -> None:
    parsed = reader.parse(text)
    assert parsed == reader.read_and_checked(text, None, True)
    if kind is not None:
        assert parsed.kind is kind
