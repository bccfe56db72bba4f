"""Talk between calls, sixth round, and two card families read again: a card ending on a stop
or last target cut before its point or inside its decimals (to review), copy settings pinned
for members and a position-size check (talk); order books, walls and market recaps (talk), a
call made on a data release's outcome (review), a call after an order-book reading (a call)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import MessageKind, parse_message
from tradermanager.sources.signal_parser.house_rules import house_rule
from tradermanager.sources.signal_parser.order_books import order_book
from tradermanager.sources.signal_parser.release_conditions import on_release
from tradermanager.sources.signal_parser.talk_after_reading import may_open_with_talk_word
from tradermanager.sources.signal_parser.worked_examples import worked_example

CUT_LEVELS = [
    "INJUSDT SHORT\nEntry: 26.356\nTP1: 26.104\nTP2: 25.455\nStop: 27",
    "BRETTUSDT LONG\nEntry: 0.042203\nTP1: 0.042897\nSL: 0.04",
    "DOGEUSDT SHORT\nEntry: 0.12871\nTP1: 0.12652\nTP2: 0.12513\nStop Loss: 0.13",
    # a whole of three digits or more, no round number, under levels all written to cents
    "BNBUSDT SHORT\nEntry: 621.81\nTP1: 611.81\nTP2: 609.61\nTP3: 597.71\nStop: 639",
    "BTCUSDT LONG\nEntry: 61,845.55\nTP1: 62,512.35\nTP2: 63,105.15\nSL: 61,234",
    "ETHUSDT LONG\nEntry: 3,412.57\nSL: 3,318.21\nTP1: 3,478.33\nTP2: 3,541",
    "AAVEUSDT SHORT\nEntry: 152.347\nTP1: 149.118\nTP2: 146.902\nSL: 157",
    "#MKR/USDT LONG\nEntry: 1487.62\nTarget 1: 1512.44\nTarget 2: 1538.19\nStop-loss: 1453",
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
    "WIFUSDT LONG\nEntry: 2.2266\nTP1: 2.3284\nTP2: 2.4121\nSL 2.1",
    # a whole of three digits or more rounded to a round number, or on a line of several levels
    "#ETH/USDT LONG\nEntry: 3056.71\nTP: 3102.56 / 3148.41 / 3194.26\nSL: ~2918.67~ 2965",
    "AAVEUSDT SHORT\nEntry: 152.347\nTP1: 149.118\nTP2: 146.902\nSL: 155",
    "#MKR/USDT LONG\nEntry: 1487.62\nTarget 1: 1512.44\nTarget 2: 1538.19\nStop-loss: 1450",
    "Sell signal triggered\nPair: BINANCE:SOLUSDT\nPrice: 139.38\nTP: 137.33 / 135.46 | SL: 146",
    # a whole of one or two digits: how a stop is rounded at that scale
    "LINKUSDT LONG\nEntry: 14.62\nTP1: 15.08\nTP2: 15.51\nSL: 13",
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
def test_a_stop_cut_to_a_step_wider_than_its_distance_is_never_copied(
    whole: int, places: int, digits: list[int], keep: int
) -> None:
    """A long's stop just under its entry (the same whole part), cut three decimals or more
    short: the step left is wider than the stop's distance, so it is never copied as cut."""
    keep = min(keep, places - 3)
    tail = "".join(map(str, digits))
    stop_digits = tail[:keep] + str(min(digits[keep], 8)) + tail[keep + 1 : places]
    stop = f"{whole}.{stop_digits}"
    entry = f"{whole}.{tail[:keep]}9{tail[keep + 1 : places]}"  # within the cut's step
    tp1 = f"{whole + 1}.{tail[2 : places + 2]}"
    tp2 = f"{whole + 2}.{tail[3 : places + 3]}"
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


ORDER_BOOK_TALK = [
    "Order book WIFUSDT 📖\nBids: 2.2266 (4.8M)\nAsks: 2.3284 (4.7M)",
    "Order book TIAUSDT 📖\nBids: 9.039 (4.9M)\nAsks: 9.457 (7.8M)\nLast: 9.224",
    "ORDERBOOK #SOL — bids 141.2 (120k) / asks 149.9 (95k)",
]


@pytest.mark.parametrize("text", ORDER_BOOK_TALK)
def test_an_order_book_snapshot_is_talk(text: str) -> None:
    assert order_book(text.lower())
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


def test_bid_and_ask_labels_of_a_call_keep_their_reading() -> None:
    text = "BUY WIF\nBid: 2.2266\nAsk: 2.3284 / 2.4121\nSL: 2.1534"
    assert not order_book(text.lower())
    assert parse_message(text).kind is MessageKind.SIGNAL


WALL_CALLS = [
    "Bid wall at 0.5120 held three times. I'm longing XRP here at 0.5231, stop under the wall "
    "0.5090, targets 0.5390 and 0.5520.",
    "RSI 70 on the 4H and the asks are thick at 546.2.\nSelling BNB 537.8, SL 554.6, TP 529.3 / "
    "520.7",
    "Heatmap shows a fat ask cluster at 2.5168 on WIF. Taking the short from 2.4872 👇\n"
    "Stop: 2.5464\nTargets: 2.4527 / 2.4164",
]


@pytest.mark.parametrize("text", WALL_CALLS)
def test_a_call_after_an_order_book_reading_is_a_call(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed
    assert len(parsed.entries) == 1 and parsed.stop_loss is not None


WALL_TALK = [
    "Spoofy asks stacked at 9.022 on APT again, pulled every time price gets close. Real bids "
    "sit around 8.605.",
    "FOMC today 19:00 UTC (4.25-4.50% expected to hold). We stay flat; BTC ranging around "
    "64,451.9.",
    "Good morning ☕ BNB 627.8 · SOL 155.4 · ETH 3,323.1. Fear & Greed 58 (Greed). BTC "
    "dominance 57.6%.",
    "📉 Top losers today\n1. ORDI $40.53 -27.97%\n2. NEIRO — price 0.0015187, change -41.76%\n"
    "3. LINK $14.637 -32.16%",
    "🇺🇸 Unemployment Rate: actual 3.6% | forecast 3.6%\nSOL reaction: 135.31 → 131.99 → "
    "135.31. Volatile, stay safe.",
]


@pytest.mark.parametrize("text", WALL_TALK)
def test_walls_recaps_and_staying_flat_are_talk(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NOT_SIGNAL, parsed


def test_going_flat_still_closes() -> None:
    parsed = parse_message("We're flat on DOT now")
    assert parsed.kind is MessageKind.FOLLOW_UP


ON_RELEASE = [
    "Plan for PCE (13:30 UTC): if it prints soft, long APT at 8.454, SL 8.134, TP 8.59 / 8.689. "
    "No print, no trade.",
    "Plan for FOMC (19:00 UTC): if it is a dovish cut, long INJ at 22.403, SL 21.964, TP 22.725 "
    "/ 23.063.",
    "SHORT ETH 3,380 if CPI comes in hot\nSL 3,440\nTP 3,300 / 3,250",
    "NFP today. If the print misses, BTC long 63,450.5, stop 62,100.5, targets 64,800.5 / 65,900.5",
]


@pytest.mark.parametrize("text", ON_RELEASE)
def test_a_call_on_a_release_outcome_goes_to_review(text: str) -> None:
    assert on_release(text)
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, parsed


BEFORE_RELEASE = [
    "CPI at 13:30 UTC ⚠️ Positioning before it 👇\nLONG BTC 61,234.5\nSL 60,120.5\nTP 62,500.5"
    " / 63,800.5",
    "📅 FOMC tomorrow, so small size on this one.\n\n#SOL Long\nEntry: 148.2\nTargets: 152 / "
    "155\nStop: 144",
    "LONG SOL 148.2, SL 144, TP 152 / 155. If it dips first, fine.",
]


@pytest.mark.parametrize("text", BEFORE_RELEASE)
def test_a_call_beside_a_release_keeps_its_reading(text: str) -> None:
    assert not on_release(text)
    assert parse_message(text).kind is MessageKind.SIGNAL
