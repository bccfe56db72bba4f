"""A short covered (bought back) is the whole position closed at the one price written; a
cover word said of no price or of something else than the coin stays talk, and one beside
other levels is never read as a close."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message

COVERED = [
    ("Covered $AVAX at 24.318", "AVAX", 24.318),
    ("SHORT COVERED ✅ DOT 4.4125", "DOT", 4.4125),
    ("Covering our #LINK short here 13.62", "LINK", 13.62),
    ("ARB/USDT short covered @ 0.7731 💵", "ARB", 0.7731),
    ("✅ COVER INJUSDT — 21.35", "INJ", 21.35),
    ("covered the $ETH short at 3412.5", "ETH", 3412.5),
    ("Short covered on #1000PEPE at 0.012811", "1000PEPE", 0.012811),
]


@pytest.mark.parametrize(("text", "coin", "price"), COVERED)
def test_a_short_covered_is_a_whole_close_at_its_price(text: str, coin: str, price: float) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed
    assert parsed.symbol == coin
    assert parsed.actions == (FollowUpAction.CLOSE,)
    assert parsed.close_fraction == 1.0
    assert parsed.price == price


NOT_CLOSES = [
    "We covered $SOL in the AMA yesterday, replay in the pinned post.",
    "ETH risk management was covered in last week's video 🎥",
    "Wrote a covered call on $ETH at the 3500 strike",
    "This trade covered the fees on $SOL at 148.2",
    "Covered 50% of $SOL at 148.2",  # a share: not told as a whole close
    "SHORT $SOL 148.2, covering at TP 144.1",  # a call with its target
]


@pytest.mark.parametrize("text", NOT_CLOSES)
def test_a_cover_word_beside_other_things_is_not_a_whole_close(text: str) -> None:
    parsed = parse_message(text)
    assert not (
        parsed.kind is MessageKind.FOLLOW_UP
        and parsed.close_fraction == 1.0
        and parsed.action is FollowUpAction.CLOSE
    ), parsed


@given(
    whole=st.integers(0, 9000),
    cents=st.integers(0, 9999),
    form=st.sampled_from(
        ["Covered $OP at {p}", "OP/USDT short covered @ {p}", "✅ COVER OPUSDT — {p}"]
    ),
)
def test_a_covered_short_is_closed_at_the_price_written(whole: int, cents: int, form: str) -> None:
    price = f"{whole}.{cents:04d}"
    parsed = parse_message(form.format(p=price))
    if parsed.kind is MessageKind.FOLLOW_UP:
        assert parsed.price == float(price), parsed
