"""Cards cut inside their last field, or joined to another message, are never copied as they
read: the stop label's first letters at the end, a target word's start after the entry, a
follow-up line above the card, another coin's call or conditional close beside it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import MessageKind, parse_message

CARD = "#SOL/USDT LONG\nEntry: 142.53\nTP1: 145.17\nTP2: 148.36\nTP3: 151.04"


@pytest.mark.parametrize("tail", ["STOP L", "SL", "Stop Los", "S", "St", "🛑 Sto", "S/", "Stop-"])
def test_a_card_cut_inside_its_stop_label_goes_to_review(tail: str) -> None:
    parsed = parse_message(f"{CARD}\n{tail}")
    assert parsed.kind is MessageKind.NEEDS_REVIEW
    assert parsed.stop_loss is None and parsed.reason


@pytest.mark.parametrize("tail", ["T", "Ta", "Tar", "Targ", "Take p", "TP", "Tp"])
def test_a_card_cut_after_its_entry_on_a_target_word_goes_to_review(tail: str) -> None:
    parsed = parse_message(f"$BTC SHORT\nEntry: 64,100\n{tail}")
    assert parsed.kind is MessageKind.NEEDS_REVIEW, parsed


def test_a_card_ending_on_its_stop_is_still_copied() -> None:
    parsed = parse_message(f"{CARD}\nStop Loss: 139.21")
    assert parsed.kind is MessageKind.SIGNAL and parsed.stop_loss == 139.21


@pytest.mark.parametrize(
    "top", ["✂️ Trimmed 50%", "Moved SL to entry", "Booked partial profits 💰", "TP1 hit ✅"]
)
def test_a_follow_up_pasted_above_a_card_goes_to_review(top: str) -> None:
    parsed = parse_message(f"{top}\n{CARD}\nSL: 139.21")
    assert parsed.kind is MessageKind.NEEDS_REVIEW and parsed.reason


def test_a_card_opening_on_its_own_position_notice_is_copied() -> None:
    text = (
        "🔔 Copy Trading | Position Opened\nSymbol: ARBUSDT Perpetual\nSide: Open Short\n"
        "Entry Price: 1.2193 USDT\nLeverage: 20x Isolated\nTP/SL: 1.1923 / 1.2699"
    )
    assert parse_message(text).kind is MessageKind.SIGNAL


@pytest.mark.parametrize(
    "call", ["1000FLOKI nunua sasa", "INJ buy now", "ARB long here 🔥", "Compra TIA ya"]
)
def test_another_coins_call_joined_by_a_bar_goes_to_review(call: str) -> None:
    parsed = parse_message(f"{call} | SOL/USDT LONG Entry: 142.5 TP: 145.1 SL: 139")
    assert parsed.kind is MessageKind.NEEDS_REVIEW
    assert "two messages" in parsed.reason


@pytest.mark.parametrize(
    "close",
    ["TIA if we lose 9.631 we close", "close APT below 8.668", "BTC: if 59534.5 breaks we exit"],
)
@pytest.mark.parametrize("above", [True, False])
def test_a_conditional_close_beside_a_signal_goes_to_review(close: str, above: bool) -> None:
    card = f"{CARD}\nSL: 139.21"
    parsed = parse_message(f"{close}\n\n{card}" if above else f"{card}\n\n{close}")
    assert parsed.kind is MessageKind.NEEDS_REVIEW


def test_a_reminder_about_another_coins_trade_beside_a_signal_is_talk() -> None:
    text = f"{CARD}\nSL: 139.21\n\nReminder: move your SL to entry on the old BNB trade"
    assert parse_message(text).kind is MessageKind.SIGNAL


# scale: a divisor giving each magnitude its prices (five digits … sub-cent)
_SCALES = st.sampled_from([1, 100, 10_000, 1_000_000, 100_000_000])
_STOP_LABELS = st.sampled_from(["SL: ", "Stop Loss: ", "STOP LOSS: ", "Stop: ", "🛑 SL: "])


def _price(units: int, scale: int) -> str:
    places = len(str(scale)) - 1
    return f"{units / scale:.{places}f}" if places else str(units)


@settings(max_examples=200, deadline=None)
@given(
    entry=st.integers(20_001, 99_999).filter(lambda v: v % 10),
    steps=st.lists(st.integers(150, 900), min_size=1, max_size=3),
    stop_gap=st.integers(400, 2_500),
    scale=_SCALES,
    long=st.booleans(),
    label=_STOP_LABELS,
    data=st.data(),
)
def test_a_card_cut_inside_its_stop_is_never_copied_without_it_or_with_it_wrong(
    entry: int,
    steps: list[int],
    stop_gap: int,
    scale: int,
    long: bool,
    label: str,
    data: st.DataObject,
) -> None:
    """Cut at any character of the last field's label, or of its value's whole part, or right
    after its point: never a copied signal without its stop or with another stop."""
    sign = 1 if long else -1
    levels, level = [], entry
    for s in steps:
        level += sign * s
        levels.append(level if level % 10 else level + sign)
    stop = entry - sign * stop_gap
    stop = stop if stop % 10 else stop - sign
    lines = [
        f"#BTC/USDT {'LONG' if long else 'SHORT'}",
        f"Entry: {_price(entry, scale)}",
        *[f"TP{i + 1}: {_price(t, scale)}" for i, t in enumerate(levels)],
    ]
    value = _price(stop, scale)
    whole = value.split(".")[0]
    field = label + value
    # every character of the label and of the whole part but its last digit, and the point:
    # a value cut right before its point or after a decimal digit reads as a rounder price
    # ("Stop: 204" for 204.01), as channels write stops, and is not told from one message
    ends = [*range(1, len(label) + len(whole))]
    if "." in value:
        ends.append(len(label) + len(whole) + 1)
    cut = data.draw(st.sampled_from(ends))
    text = "\n".join(lines) + "\n" + field[:cut]
    parsed = parse_message(text)
    if parsed.kind is MessageKind.SIGNAL:
        assert parsed.stop_loss == stop / scale, (text, parsed)
