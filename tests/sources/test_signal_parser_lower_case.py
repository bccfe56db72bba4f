"""The lower case made once per text object: every answer is the text's own ``lower()``,
whether the same object, an equal one or another text is asked about in turn."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser.lower_case import lower_case


@pytest.mark.parametrize(
    "text",
    ["", "Entry: 148.2", "İSTANBUL ☕️ STOPS", "ΣΟΦΟΣ", "Good morning traders ☕️", "ẞ ﬁ Ǆ"],
)
def test_lower_case_is_the_texts_lower(text: str) -> None:
    assert lower_case(text) == text.lower()
    assert lower_case(text) == text.lower()  # (asked again: the kept one)
    other = "".join(list(text))  # an equal text, maybe another object
    assert lower_case(other) == other.lower()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=20), min_size=1, max_size=6), st.data())
def test_lower_case_answers_every_text_in_any_order(texts: list[str], data: st.DataObject) -> None:
    for _ in range(12):
        text = data.draw(st.sampled_from(texts))
        assert lower_case(text) == text.lower()
