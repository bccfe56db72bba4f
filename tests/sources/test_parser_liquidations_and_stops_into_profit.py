"""Follow-ups: a channel's own position liquidated (a close of the whole
position at that price) against a liquidation bot's market-wide post (talk); a target hit at
its price and the stop moved in one post ("TP1 triggered at 3450. Move SL to 3380"); the stop
moved "into profit" with its level (read) or without (review); "all targets reached" in other
languages; a share banked, or secured with its price in brackets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message

HIT, MOVED, CLOSE = FollowUpAction.TARGET_HIT, FollowUpAction.STOP_MOVED, FollowUpAction.CLOSE


@pytest.mark.parametrize(
    ("text", "symbol", "price"),
    [
        ("Liquidated ❌ BTC short @ 64200", "BTC", 64200.0),
        ("Our #ETH long got liquidated at 3,120.5 😔", "ETH", 3120.5),
        ("⚠️ LINK/USDT SHORT position liquidated at 16.19", "LINK", 16.19),
        (
            "Position liquidated: TRXUSDT Short\nLiquidation price: 0.12178\nPnL: -100%",
            "TRX",
            0.12178,
        ),
        ("[KASUSDT] Long liquidated @ 0.14274", "KAS", 0.14274),
        ("#DIA short was liquidated at 0.7288 ❌ the wick took it", "DIA", 0.7288),
    ],
)
def test_an_own_position_liquidated_closes_it_whole_at_that_price(
    text: str, symbol: str, price: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (CLOSE,)
    assert parsed.symbol == symbol
    assert parsed.close_fraction == 1.0
    assert parsed.price == price


@pytest.mark.parametrize(
    "text",
    [
        "🔴 #BTCUSDT Liquidated Long: $77.7K at $69177.53",
        "🟢 #SOLUSDT Liquidated Short: $157K at $174.48",
        "💥 $2.1M SOL shorts liquidated at 148.2 on Binance",
        "Liquidated Short on ETHUSDT: Buy $120.5K at $3,412.1",
        "🟢 #SUI Short Liquidated $21,554,036 at 1.048",
        "#BTC shorts liquidated at 64,200 — squeeze",
        "Our ETH long could get liquidated at 3120 if it wicks, keep margin",
        "Liquidated: $1.2 million of ETH longs at 3,100",
    ],
)
def test_market_wide_liquidations_and_warnings_are_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


def test_a_liquidation_with_no_coin_read_goes_to_review() -> None:
    # "MOVE" is a word as often as a coin: whose position closed is not known
    parsed = parse_message("#MOVE short was liquidated at 0.7288 ❌ the wick took it")
    assert parsed.kind is MessageKind.NEEDS_REVIEW
    assert "liquidated" in parsed.reason


@pytest.mark.parametrize(
    ("text", "index", "price", "stop"),
    [
        ("ETH TP1 triggered at 3450. Move SL to 3380", 1, 3450.0, 3380.0),
        ("#TIA TP1 reached at 10.655 — SL moved to 10.559", 1, 10.655, 10.559),
        ("LINKUSDT Target 2 hit @ 13.342, SL → 13.852", 2, 13.342, 13.852),
        ("TP1 ✅ DOT (6.335). Moving stop to 6.414", 1, 6.335, 6.414),
        ("WLD/USDT: TP2 filled at 2.405. SL now 2.3711", 2, 2.405, 2.3711),
        ("$STX TP3 got hit at 1.7084, moving our SL to 1.8049", 3, 1.7084, 1.8049),
        ("✅ #BNB TP2 done at 612.4\nNew SL: 598.1", 2, 612.4, 598.1),
    ],
)
def test_a_hit_at_its_price_and_a_stop_moved_are_both_read(
    text: str, index: int, price: float, stop: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (HIT, MOVED)
    assert parsed.target_index == index
    assert parsed.price == price
    assert parsed.new_stop == stop


@pytest.mark.parametrize(
    "text",
    [
        "AVAX TP1 triggered at 36.39. Move SL to entry",
        "$PEPE take profit 3 triggered at 0.0074377; stop loss moved to breakeven",
    ],
)
def test_a_hit_at_its_price_and_the_stop_to_entry(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.actions == (HIT, MOVED)
    assert parsed.stop_to_entry
    assert parsed.price is not None


@pytest.mark.parametrize(
    ("text", "stop", "to_target"),
    [
        ("BNB TP3 ✅ SL in profit at 613.7", 613.7, None),
        ("#XRP TP2 hit, SL into profit → 0.537", 0.537, None),
        ("ETHUSDT TP1 done ✅ SL moved into profit (3351.81)", 3351.81, None),
        ("TP1 ✅ #XRP — SL now in profit at 0.51", 0.51, None),
        ("#DOGE TP2 ✅ SL in profit at TP1", None, 1),
    ],
)
def test_the_stop_into_profit_at_a_level_is_a_stop_moved_there(
    text: str, stop: float | None, to_target: int | None
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (HIT, MOVED)
    assert parsed.new_stop == stop
    assert parsed.stop_to_target == to_target
    assert parsed.price is None


@pytest.mark.parametrize(
    "text",
    [
        "SOL TP1 ✅ SL in profit",
        "$ETH target 1 reached 🎯 SL moved into profit",
        "#ADA TP1 hit, SL into profit now 🔒",
        "TP2 ✅ #LINK — SL in profit, risk off",
    ],
)
def test_the_stop_into_profit_without_a_level_goes_to_review(text: str) -> None:
    # the copy applies every action of a post or none: its stop cannot follow to an unsaid
    # level, so the hit waits with it
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW
    assert "profit" in parsed.reason


@pytest.mark.parametrize(
    "text",
    [
        "Todos los objetivos alcanzados ✅ #SOL",
        "#RENDER todos os alvos atingidos 🎯 +135%",
        "MOODENG — все цели достигнуты ✅",
        "OPUSDT tüm hedefler tamamlandı 🎯",
        "$INJ alle Ziele erreicht ✅ +138%",
        "$NEAR tous les objectifs atteints ✅",
        "SEI semua target tercapai 🎯 +139%",
        "LINK/USDT tutti i target raggiunti 🎯",
    ],
)
def test_all_targets_reached_in_other_languages(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (HIT,)
    assert parsed.target_index is None


@pytest.mark.parametrize(
    ("text", "fraction", "price"),
    [
        ("Bank 50 % of API3USDT now 🏦", 0.5, None),
        ("Bank 25% of #SOL now", 0.25, None),
        ("FET: secure 20 % here (1.2344)", 0.2, 1.2344),
        ("#ARB close 30% here (1.0412)", 0.3, 1.0412),
    ],
)
def test_a_share_banked_or_secured_with_its_price_in_brackets(
    text: str, fraction: float, price: float | None
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (CLOSE,)
    assert parsed.close_fraction == fraction
    assert parsed.price == price


@pytest.mark.parametrize(
    "text", ["The bank of Japan raised rates", "Bank holiday today, no signals", "Banking 🏦"]
)
def test_a_bank_without_a_share_closes_nothing(text: str) -> None:
    assert parse_message(text).kind is not MessageKind.FOLLOW_UP


_COINS = st.sampled_from(["BTC", "ETH", "SOL", "LINK", "AVAX", "DOGE"])
_SIDES = st.sampled_from(["long", "short", "LONG", "Short"])


@given(
    coin=_COINS,
    side=_SIDES,
    price=st.decimals(min_value="0.01", max_value="90000", places=2),
    size=st.decimals(min_value="1.1", max_value="999.9", places=1),
    unit=st.sampled_from(["K", "M"]),
)
def test_a_liquidation_is_the_channel_s_close_unless_it_has_a_size(
    coin: str, side: str, price: object, size: object, unit: str
) -> None:
    own = parse_message(f"#{coin} {side} liquidated at {price}")
    assert own.kind is MessageKind.FOLLOW_UP
    assert own.actions == (CLOSE,)
    assert own.close_fraction == 1.0
    assert own.price == float(str(price))
    bot = parse_message(f"#{coin}USDT Liquidated {side}: ${size}{unit} at ${price}")
    assert bot.kind is MessageKind.NOT_SIGNAL


@given(
    coin=_COINS,
    index=st.integers(min_value=1, max_value=4),
    hit=st.decimals(min_value="1.01", max_value="900", places=2),
    stop=st.decimals(min_value="1.01", max_value="900", places=2),
)
def test_a_hit_then_a_stop_move_keeps_both_prices(
    coin: str, index: int, hit: object, stop: object
) -> None:
    parsed = parse_message(f"{coin} TP{index} triggered at {hit}. Move SL to {stop}")
    if parsed.kind is MessageKind.FOLLOW_UP:
        assert parsed.actions == (HIT, MOVED)
        assert parsed.target_index == index
        assert parsed.price == float(str(hit))
        assert parsed.new_stop == float(str(stop))
    else:  # equal prices or the like: never a wrong reading, at most a review
        assert parsed.kind is MessageKind.NEEDS_REVIEW
