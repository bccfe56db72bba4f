"""Talk between calls, sixth round, and two card families read again: a card ending on a stop
or last target cut before its point or inside its decimals (to review), copy settings pinned
for members and a position-size check (talk)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import MessageKind, parse_message
from tradermanager.sources.signal_parser.house_rules import house_rule
from tradermanager.sources.signal_parser.talk_after_reading import may_open_with_talk_word
from tradermanager.sources.signal_parser.worked_examples import worked_example

CUT_LEVELS = [
    "BNBUSDT SHORT\nEntry: 621.81\nTP1: 611.81\nTP2: 609.61\nTP3: 597.71\nStop: 639",
    "INJUSDT SHORT\nEntry: 26.356\nTP1: 26.104\nTP2: 25.455\nStop: 27",
    "BRETTUSDT LONG\nEntry: 0.042203\nTP1: 0.042897\nSL: 0.04",
    "BTCUSDT LONG\nEntry: 61,845.55\nTP1: 62,512.35\nTP2: 63,105.15\nSL: 61,234",
    "ETHUSDT LONG\nEntry: 3,412.57\nSL: 3,318.21\nTP1: 3,478.33\nTP2: 3,541",
    "DOGEUSDT SHORT\nEntry: 0.12871\nTP1: 0.12652\nTP2: 0.12513\nStop Loss: 0.13",
]


@pytest.mark.parametrize("text", CUT_LEVELS)
def test_a_last_level_cut_before_its_point_goes_to_review(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, parsed
    assert "precision" in parsed.reason


ROUND_STOPS = [
    "SOLUSDT LONG\nEntry: 90.53\nTP1: 92.48\nTP2: 94.87\nSL: 86",
    "ADAUSDT LONG\nEntry: 0.4742\nTP1: 0.4822\nTP2: 0.4892\nSL: 0.463",
    "BNBUSDT SHORT\nEntry: 621.81\nTP1: 611.81\nTP2: 609.61\nStop: 640",
    "BTCUSDT LONG\nEntry: 61,845.55\nTP1: 62,512.35\nTP2: 63,105.15\nSL: 61,200",
    "ORDIUSDT LONG\nEntry: 37.17\nTP1: 38.35\nTP2: 39.41\nSL: 36",
    "SUIUSDT LONG\nEntry: 1.0921\nTP1: 1.1033\nTP2: 1.1335\nSL: 1.05",
]


@pytest.mark.parametrize("text", ROUND_STOPS)
def test_a_stop_rounded_by_hand_keeps_its_reading(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed


@given(
    whole=st.integers(1, 999),
    places=st.integers(3, 6),
    digits=st.lists(st.integers(1, 9), min_size=12, max_size=12),
    keep=st.integers(0, 3),
)
def test_a_stop_cut_three_decimals_short_is_never_copied(
    whole: int, places: int, digits: list[int], keep: int
) -> None:
    keep = min(keep, places - 3)

    def level(offset: int, tail: list[int]) -> str:
        return f"{whole + offset}." + "".join(map(str, tail))

    entry = level(0, digits[:places])
    tp1 = level(1, digits[1 : places + 1])
    tp2 = level(2, digits[2 : places + 2])
    stop = level(-1, digits[3 : places + 3]) if whole > 1 else "0." + "".join(map(str, digits))
    cut = stop[: stop.index(".")] if keep == 0 else stop[: stop.index(".") + 1 + keep]
    text = f"ATOMUSDT LONG\nEntry: {entry}\nTP1: {tp1}\nTP2: {tp2}\nSL: {cut}"
    parsed = parse_message(text)
    assert parsed.kind is not MessageKind.SIGNAL or parsed.stop_loss != float(cut), text


COPY_SETTINGS = [
    "⚙️ Copy settings for new members: leverage 20x · 100 USDT per trade · max 5 open trades · "
    "TP1 close 25% · move SL to entry after TP1",
    "Copier settings 🔧 10x cross, 50 USDT per trade, maximum 3 open trades. SL to entry after TP2",
    "Our copy-trading setup: 2% per trade · max 4 open trades · close half at TP1",
]


@pytest.mark.parametrize("text", COPY_SETTINGS)
def test_copy_settings_pinned_for_members_are_talk(text: str) -> None:
    assert house_rule(text.lower())
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NOT_SIGNAL, parsed


def test_a_close_of_one_coin_is_no_house_rule() -> None:
    text = "Close 50% of SOL now, move SL to entry"
    assert not house_rule(text.lower())
    assert parse_message(text).kind is MessageKind.FOLLOW_UP


SIZE_CHECKS = [
    "🧮 Position size check\nBalance: 2,500 USDT · risk 2% → 50 USDT at risk\n"
    "Stop distance 1.5% → position 3,333 USDT (667 USDT margin at 5x)",
    "Position size calculator: balance 1,000 USDT, risk 1% → 10 USDT; stop distance 2.5% → "
    "position 400 USDT, 40 USDT margin at 10x",
    "POSITION-SIZE CHECK — 10,000 USDT account, risk 0.5% = 50 USDT, SL 4% away → 1,250 USDT",
]


@pytest.mark.parametrize("text", SIZE_CHECKS)
def test_a_position_size_check_is_talk(text: str) -> None:
    assert may_open_with_talk_word(text)
    assert worked_example(text.lower())
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


def test_a_call_naming_its_position_size_keeps_its_reading() -> None:
    text = "SOL LONG 148.2\nTP 152 / 155\nSL 144\nPosition size check: 2% of balance"
    assert parse_message(text).kind is MessageKind.SIGNAL
