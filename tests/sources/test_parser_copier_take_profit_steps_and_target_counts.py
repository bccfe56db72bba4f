"""Follow-ups: a copier bot's take-profit step (the last closes the trade,
an earlier one is that target hit, "closed by Take Profit" without a step goes to review); a
count of targets reached ("🎯🎯 AAVE 2 targets done"); a position reduced "by" its share; the stop
"zero a zero" (breakeven in Portuguese and Spanish); a reply naming only the coin before its
bullseye and target ("SUI 🎯 TP2"); results posts headed "Signals of the day" or "What a day"."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message

HIT, MOVED, CLOSE = FollowUpAction.TARGET_HIT, FollowUpAction.STOP_MOVED, FollowUpAction.CLOSE


@pytest.mark.parametrize(
    ("text", "price"),
    [
        (
            "✅ SmartTrade #4637178 closed by Take Profit\nPair: USDT_SEI\nTake profit step 4 of 4"
            "\nClosed at: 0.4173\nProfit: 2.50%",
            0.4173,
        ),
        (
            "✅ SmartTrade #5613353 closed by Take Profit\nPair: SOLUSDT\nTP step: 2/2\n"
            "Closed at: 151.94\nProfit: 6.86%",
            151.94,
        ),
        ("Take profit step 3 of 3 executed at 7.197 on DOT/USDT", 7.197),
    ],
)
def test_the_last_take_profit_step_closes_the_trade_at_its_price(text: str, price: float) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (CLOSE,)
    assert parsed.close_fraction == 1.0
    assert parsed.price == price


@pytest.mark.parametrize(
    ("text", "index", "price"),
    [
        (
            "🎯 SmartTrade #6206042\nPair: USDT_DOT\nTake profit step 3 of 4 executed at 7.197\n"
            "Profit: 2.47%",
            3,
            7.197,
        ),
        (
            "🎯 SmartTrade #6245817\nPair: INJ/USDT\nTake profit step 1/3 completed\nPrice: "
            "26.456\nProfit: 0.65%",
            1,
            26.456,
        ),
    ],
)
def test_an_earlier_take_profit_step_is_that_target_hit(
    text: str, index: int, price: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (HIT,)
    assert parsed.target_index == index
    assert parsed.price == price
    assert parsed.close_fraction is None


@pytest.mark.parametrize(
    "text",
    [
        "✅ SmartTrade #4749402 closed by Take Profit\nPair: ATOMUSDT\nClosed at: 8.992\n"
        "Profit: 4.71%",
        "✅ SmartTrade #4875934 closed by Take Profit\nPair: USDT_SOL\nProfit: 3.60%",
    ],
)
def test_closed_by_take_profit_without_its_step_goes_to_review(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW
    assert "step" in parsed.reason


def test_a_step_beyond_its_count_is_not_read_as_one() -> None:
    parsed = parse_message("Take profit step 4 of 3 executed at 7.197 on DOT/USDT")
    assert parsed.kind is not MessageKind.FOLLOW_UP or parsed.actions != (CLOSE,)


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("🎯🎯 AAVE/USDT 2 targets done", 2),
        ("🎯🎯🎯 #BRETT 3 targets done", 3),
        ("#SOL 3 targets hit", 3),
        ("#SOL 2 TPs hit ✅", 2),
        ("SOL 🎯 TP4", 4),
        ("#1INCH 🎯 TP4 🔥", 4),
        ("ARB 🎯 TP2!", 2),
    ],
)
def test_a_count_of_targets_or_a_coin_s_bullseye_is_that_target_hit(text: str, index: int) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (HIT,)
    assert parsed.target_index == index


@pytest.mark.parametrize(
    "text",
    [
        "5 targets hit today across 4 coins",
        "3 targets hit this week 🔥",
        "if #SOL 2 targets hit we move sl",
        "BTC long\n🎯 TP1",
        "🎯 TP1: 1.23",
    ],
)
def test_a_tally_a_condition_or_a_card_s_target_label_is_no_hit(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is not MessageKind.FOLLOW_UP or HIT not in parsed.actions


@pytest.mark.parametrize(
    ("text", "symbol", "share"),
    [
        ("The lead trader reduced the SUIUSDT position by 40%", "SUI", 0.4),
        ("We reduced our #SOL long by 25%", "SOL", 0.25),
        ("reduced the #ETH position by 30%", "ETH", 0.3),
    ],
)
def test_a_position_reduced_by_a_share_closes_that_share(
    text: str, symbol: str, share: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (CLOSE,)
    assert parsed.symbol == symbol
    assert parsed.close_fraction == share


def test_risk_reduced_by_a_share_closes_nothing() -> None:
    assert parse_message("reduce the risk by 50% on #BTC").kind is not MessageKind.FOLLOW_UP


@pytest.mark.parametrize(
    "text",
    [
        "#1INCH stop no zero a zero ✅",
        "stop no 0x0 em #BTC",
        "SL a 0 a 0 en #ETH",
        "#ETH SL a cero a cero",
    ],
)
def test_the_stop_zero_a_zero_is_the_entry(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (MOVED,)
    assert parsed.stop_to_entry
    assert parsed.new_stop is None


@pytest.mark.parametrize(
    "text",
    [
        "Signals of the day 🔥\n1. #INJ all TPs ✅\n2. #OP TP2 ✅\n3. #TIA +68% ✅\n"
        "4. #BNB +16% ✅",
        "What a day! $1INCH TP1, $TIA TP1, $SOL TP3 all hit 🎯 congrats VIP",
        "Calls of the week: #BTC TP2 ✅ #ETH TP1 ✅ #SOL SL ❌",
    ],
)
def test_results_posts_of_several_coins_are_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


def test_a_results_head_with_an_instruction_stays_an_update() -> None:
    parsed = parse_message("What a day! #BTC TP2 ✅ #ETH TP1 ✅ — move SL to entry on both")
    assert parsed.kind is not MessageKind.NOT_SIGNAL


_COINS = st.sampled_from(["BTC", "ETH", "SOL", "LINK", "AVAX", "DOGE"])


@given(
    coin=_COINS,
    done=st.integers(min_value=1, max_value=6),
    of=st.integers(min_value=1, max_value=6),
    price=st.decimals(min_value="0.01", max_value="90000", places=2),
)
def test_a_take_profit_step_is_the_last_close_or_an_earlier_hit(
    coin: str, done: int, of: int, price: object
) -> None:
    parsed = parse_message(
        f"🎯 SmartTrade #{1234567}\nPair: USDT_{coin}\nTake profit step {done} of {of} "
        f"executed at {price}\nProfit: 1.20%"
    )
    if done > of:
        assert parsed.kind is not MessageKind.FOLLOW_UP or parsed.target_index != done
        return
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.price == float(str(price))
    if done == of:
        assert parsed.actions == (CLOSE,)
        assert parsed.close_fraction == 1.0
    else:
        assert parsed.actions == (HIT,)
        assert parsed.target_index == done


@given(coin=_COINS, count=st.integers(min_value=1, max_value=9))
def test_a_count_of_targets_done_is_that_target(coin: str, count: int) -> None:
    parsed = parse_message(f"{'🎯' * count} #{coin} {count} targets done")
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.target_index == count


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("Position SOL/USDT closed by take profit at 151.2 (+3.1%)", 151.2),
        ("Trade closed by take profit: BTCUSDT +2.1%", None),
    ],
)
def test_a_position_closed_by_take_profit_outside_a_smarttrade_is_closed_whole(
    text: str, price: float | None
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (CLOSE,)
    assert parsed.close_fraction == 1.0
    assert parsed.price == price


@pytest.mark.parametrize(
    ("text", "index", "price"),
    [
        ("Sell order filled: 771.74 INJ @ 25.874 (Take Profit 2)", 2, 25.874),
        ("Buy order filled: 321.693 1INCH @ 0.4436 (Take Profit 1)", 1, 0.4436),
        ("✅ Take profit order (1/2) filled: SUIUSDT Long @ 1.0732", 1, 1.0732),
    ],
)
def test_an_exit_order_filled_for_a_target_is_that_target_hit(
    text: str, index: int, price: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (HIT,)
    assert parsed.target_index == index
    assert parsed.price == price


def test_the_last_take_profit_order_of_its_count_closes_the_trade() -> None:
    parsed = parse_message("✅ Take profit order (3/3) filled: SUIUSDT Long @ 1.0732")
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (CLOSE,)
    assert parsed.close_fraction == 1.0
    assert parsed.price == 1.0732


@pytest.mark.parametrize(
    "text",
    [
        "Sell order filled: 771.74 INJ (Take Profit 2)",
        "Sell order filled: 771.74 INJ @ 25.874 @ 25.9 (Take Profit 2)",
    ],
)
def test_an_exit_order_without_one_price_is_no_target_hit_at_a_price(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is not MessageKind.FOLLOW_UP or parsed.price is None
