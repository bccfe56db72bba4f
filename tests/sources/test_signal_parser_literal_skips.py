"""Literal tests that let the text-plaining steps skip a search: each answers exactly what the
search it skips answers. The glued-label hints of ``typed_fast`` search only where their
literal stands. Checked over examples in other coins, decimals and scripts, and over generated
texts built from the hints' own characters, digits of other scripts and wide characters."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import typed_fast

# ---- typed_fast: the glued-label hints, each searched only where its literal stands --------

_STOP_HINTS_AS_WRITTEN = tuple(re.compile(end + r"\.?\d") for end in ("sl", "SL", "Sl", "op", "OP"))
_COLON_AS_WRITTEN = re.compile(r":\$?\.?\d")
_EQUALS_AS_WRITTEN = re.compile(r"=\$?\.?\d")


def _may_glue_stop_as_written(text: str) -> bool:
    return any(hint.search(text) is not None for hint in _STOP_HINTS_AS_WRITTEN)


def _may_glue_numbered_as_written(text: str) -> bool:
    return _COLON_AS_WRITTEN.search(text) is not None or _EQUALS_AS_WRITTEN.search(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "#AVAX/USDT SHORT\nEntry: 31.07\nStop Loss: 32.2",
        "ada sl0.4912",
        "SL63100",
        "Sl.5",
        "STOP1.2",
        "stop 1.2",
        "Stop Loss: 0,4912",
        "TP1:0.55 TP2:0.58",
        "Target2=1.18",
        "Entry: 1",
        "x=$.5",
        "SL hit ❌",
        "Target 1 ✅",
        "",
    ],
)
def test_glued_hints_examples(text: str) -> None:
    assert typed_fast.may_glue_stop(text) == _may_glue_stop_as_written(text)
    assert typed_fast.may_glue_numbered(text) == _may_glue_numbered_as_written(text)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [*"slSLopOP", "sl", "op", ":", "=", "$", ".", "0", "7", " ", "\n", "٣", "✅"]
        ),
        max_size=14,
    ).map("".join)
)
def test_glued_hints_answer_as_the_searches(text: str) -> None:
    assert typed_fast.may_glue_stop(text) == _may_glue_stop_as_written(text)
    assert typed_fast.may_glue_numbered(text) == _may_glue_numbered_as_written(text)
