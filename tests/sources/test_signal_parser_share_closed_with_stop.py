"""A share closed at a price written after "@" with the stop moved in one line is that close
and that stop move, not a card whose entry is the close's price; a call written so stays a
call, and a line whose numbers are not the update's own is never read as it."""

from __future__ import annotations

import pytest

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message

CLOSES = [
    ("ORDI/USDT: took 60% off @ 37.23 | SL → 37.72", "ORDI", 0.6, 37.23, 37.72),
    ("XRP/USDT: took 20% off @ 0.5401 | SL → 0.535", "XRP", 0.2, 0.5401, 0.535),
    ("#AVAX took 25% off @ 24.318, SL moved to 23.91", "AVAX", 0.25, 24.318, 23.91),
    ("LINKUSDT: took 40% off @ 13,62 | SL → 13,25", "LINK", 0.4, 13.62, 13.25),
]


@pytest.mark.parametrize(("text", "coin", "share", "price", "stop"), CLOSES)
def test_a_share_off_at_a_price_with_the_stop_moved(
    text: str, coin: str, share: float, price: float, stop: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed
    assert parsed.symbol == coin
    assert parsed.actions == (FollowUpAction.CLOSE, FollowUpAction.STOP_MOVED)
    assert parsed.close_fraction == share
    assert parsed.price == price
    assert parsed.new_stop == stop


@pytest.mark.parametrize(
    "text",
    [
        "SOL long @ 148.2 SL 144",
        "#ETH SHORT @ 3412.5 | SL 3480 | 10x, 5% of balance",
    ],
)
def test_a_call_written_with_at_stays_a_call(text: str) -> None:
    assert parse_message(text).kind is MessageKind.SIGNAL


@pytest.mark.parametrize(
    "text",
    [
        "SOL 50% @ 148.2 SL 144",  # no close word: which update?
        "Partial TP on $LTC: 30% at 90.7, moved SL to 89.36",  # not read yet: review
    ],
)
def test_a_share_without_its_close_is_not_copied(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is not MessageKind.SIGNAL
    assert not (parsed.kind is MessageKind.FOLLOW_UP and parsed.price is None), parsed
