"""The parser on a corpus of channel styles, plus properties that hold for any text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from signal_corpus import CORPUS

from tradermanager.domain.enums import Side
from tradermanager.sources.signal_parser import MessageKind, parse_message


def test_the_corpus_is_large_enough():
    assert len(CORPUS) >= 60


@pytest.mark.parametrize(("text", "expected"), CORPUS, ids=[t[:40] for t, _ in CORPUS])
def test_corpus_message(text, expected):
    parsed = parse_message(text)
    for key, value in expected.items():
        got = getattr(parsed, key)
        got = got.value if hasattr(got, "value") else got
        if isinstance(value, tuple | float):
            assert got == pytest.approx(value), (key, parsed)
        else:
            assert got == value, (key, parsed)
    if parsed.kind in (MessageKind.NOT_SIGNAL, MessageKind.NEEDS_REVIEW):
        assert parsed.reason


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_and_signals_are_consistent(text):
    parsed = parse_message(text)
    assert isinstance(parsed.kind, MessageKind)
    if parsed.kind is MessageKind.SIGNAL:
        assert parsed.symbol and parsed.side is not None
        if parsed.entries and parsed.take_profits:
            if parsed.side is Side.LONG:
                assert parsed.take_profits[0] > max(parsed.entries)
            else:
                assert parsed.take_profits[0] < min(parsed.entries)
    if parsed.confidence is not None:
        assert 0 <= parsed.confidence <= 1


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(["BTC", "ETH", "SOL", "DOGE"]),
    st.sampled_from(["long", "short"]),
    st.floats(1, 100_000),
    st.floats(0.01, 0.2),
)
def test_well_formed_one_liners_always_parse(token, side, entry, gap):
    target = entry * (1 + gap) if side == "long" else entry * (1 - gap)
    stop = entry * (1 - gap) if side == "long" else entry * (1 + gap)
    text = f"#{token} {side} entry {entry:.4f} tp {target:.4f} sl {stop:.4f} 5x"
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, (text, parsed.reason)
    assert parsed.symbol == token and parsed.entries == pytest.approx((round(entry, 4),))
