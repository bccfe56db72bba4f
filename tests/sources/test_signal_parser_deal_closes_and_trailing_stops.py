"""DCA and grid bots' notices of one deal ended (a whole close, at the price it sold at), trailing
stops activated with the stop they set written (the stop moved there) against activations with no
level and trailing take-profits (review), and a stop's old and new levels joined by an arrow (the
new one): never a wrong close, target or stop acted on."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import FollowUpAction, MessageKind


@pytest.mark.parametrize(
    ("text", "symbol", "price"),
    [
        ("✅ Deal finished | LINKUSDT | Closed at 14.218 | +1.92%", "LINK", 14.218),
        (
            "Deal #48213 (XRP Long) completed\nPair: USDT_XRP\n"
            "Take profit order filled at 0.5871\nProfit: +3.12 USDT (1.4%)",
            "XRP",
            0.5871,
        ),
        ("Deal completed ✅\nDOGEUSDT SHORT\nSell price: 0.16021\nPnL: +0.84%", "DOGE", 0.16021),
        ("AVAX deal closed · exit 37.52 · +2.3%", "AVAX", 37.52),
        ("💰 NEAR/USDT cycle complete, closed @ 5.804, profit 1.1%", "NEAR", 5.804),
        ("Deal closed on #APT: the bot took profit at 9.118", "APT", 9.118),
        ("🏁 ETHUSDT deal completed by take profit — profit +1.93%", "ETH", None),
        ("Deal 771204 completed: SOL/USDT | Sell price $152.7", "SOL", 152.7),
    ],
)
def test_one_deal_ended_is_the_whole_close(text: str, symbol: str, price: float | None) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, (text, parsed)
    assert parsed.action is FollowUpAction.CLOSE
    assert parsed.actions == (FollowUpAction.CLOSE,)
    assert parsed.symbol == symbol
    assert parsed.close_fraction == 1.0
    assert parsed.price == price


@pytest.mark.parametrize(
    "text",
    [
        "📊 Daily bot report: 14 deals completed, profit +38.20 USDT, 3 active",
        "Today's completed deals: BTC +1.2%, ETH +0.8%, SOL +2.1%. Bots keep grinding 🤖",
        "🔥 Black Friday deal: 40% off the VIP bot plan, only 4 days left!",
        "Bot cycle stats: 61 cycles finished, average profit 1.12%",
        "Monthly report 📅 deals completed: 87, win rate 74%",
    ],
)
def test_counts_of_deals_and_adverts_are_never_a_close(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is not MessageKind.FOLLOW_UP, (text, parsed)
    assert parsed.kind is not MessageKind.SIGNAL


def test_a_numbered_take_profit_step_keeps_its_target() -> None:
    parsed = parse_message(
        "Deal #6770289 USDT_ORDI: take profit 4/4 filled at 35.31 — deal closed ✅"
    )
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert FollowUpAction.TARGET_HIT in parsed.actions
    assert parsed.target_index == 4


@pytest.mark.parametrize(
    ("text", "symbol", "stop"),
    [
        ("🔧 DOTUSDT trailing stop activated, new SL 5.817", "DOT", 5.817),
        ("Trailing SL armed on BNB — stop now 548.7", "BNB", 548.7),
        ("⛓ Trailing stop on APT/USDT engaged | SL: 9.308", "APT", 9.308),
        ("🔧 #ATOM trailing stop activated\nNew stop-loss: 8.454", "ATOM", 8.454),
        ("WIFUSDT trailing SL now active, new stop 2.6662", "WIF", 2.6662),
        ("ADAUSDT SHORT — trailing stop activated ✅ SL → 0.4156", "ADA", 0.4156),
        ("1000PEPEUSDT trailing stop activated, new SL 0.011873", "1000PEPE", 0.011873),
        ("BTCUSDT trailing stop armed, stop loss raised to 64,210.5", "BTC", 64210.5),
    ],
)
def test_a_trailing_stop_with_its_stop_written_moves_the_stop(
    text: str, symbol: str, stop: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, (text, parsed)
    assert parsed.actions == (FollowUpAction.STOP_MOVED,)
    assert parsed.symbol == symbol
    assert parsed.new_stop == stop
    assert not parsed.stop_to_entry


@pytest.mark.parametrize(
    "text",
    [
        "XRPUSDT: trailing stop activated at 1.5%",
        "Trailing stop activated for LINKUSDT, callback 0.8%",
        "Trailing stop activated at 2.41",
        "SOLUSDT trailing stop activated, SL 1.5% below the price",
        "Trailing take profit activated for BNBUSDT (1% deviation)",
        "Trailing TP armed on SOLUSDT",
    ],
)
def test_a_trailing_activation_without_a_level_goes_to_review(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, (text, parsed)


@pytest.mark.parametrize(
    ("text", "stop"),
    [
        ("Stop updated on ORDI: 35 ➜ 35.68", 35.68),
        ("BNB/USDT stop-loss amended 534.8 -> 546.7", 546.7),
        ("SL adjusted on LINKUSDT: 14.02 → 14.31", 14.31),
        ("XRPUSDT stop updated 0.5712 -> 0.5794", 0.5794),
        ("SL changed from 2.3795 to 2.4627 (SUIUSDT)", 2.4627),
    ],
)
def test_an_arrow_between_two_stops_moves_to_the_second(text: str, stop: float) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, (text, parsed)
    assert parsed.actions == (FollowUpAction.STOP_MOVED,)
    assert parsed.new_stop == stop


def test_a_close_awaited_is_no_close() -> None:
    parsed = parse_message("Max safety orders reached on two bots, no new deals until they close.")
    assert parsed.kind is not MessageKind.FOLLOW_UP
    assert parsed.kind is not MessageKind.SIGNAL


_COINS = st.sampled_from(["SOL", "ETH", "LINK", "ARB", "DOGE", "AVAX", "INJ", "TIA"])
_PRICES = st.decimals(min_value="0.0101", max_value="9999", places=4).map(
    lambda d: format(d.normalize(), "f")
)


@settings(max_examples=60, deadline=None)
@given(coin=_COINS, price=_PRICES, form=st.integers(0, 2))
def test_any_deal_completed_with_its_sell_price_closes_there(
    coin: str, price: str, form: int
) -> None:
    text = [
        f"🏁 Deal completed: {coin}USDT | Sell price {price} | Profit +2.7%",
        f"Deal completed ✅\n{coin}USDT LONG\nSell price: {price}\nPnL: +1.20%",
        f"✅ Deal finished | {coin}USDT | Closed at {price} | +0.95%",
    ][form]
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, (text, parsed)
    assert parsed.action is FollowUpAction.CLOSE
    assert parsed.close_fraction == 1.0
    assert parsed.price == float(price)


@settings(max_examples=60, deadline=None)
@given(coin=_COINS, old=_PRICES, new=_PRICES)
def test_any_stop_adjusted_by_an_arrow_is_the_new_level(coin: str, old: str, new: str) -> None:
    text = f"🔧 {coin}USDT SL adjusted: {old} → {new}"
    parsed = parse_message(text)
    if parsed.kind is MessageKind.FOLLOW_UP:
        assert parsed.new_stop == float(new), (text, parsed)
    else:
        assert parsed.kind is MessageKind.NEEDS_REVIEW, (text, parsed)


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("⌛ INJ/USDT: order not filled within 6h, trade removed", "INJ"),
        ("SOLUSDT order was never filled in 24 hours — signal deleted", "SOL"),
        ("ARB/USDT: signal not filled within 2 days, removed from the bot", "ARB"),
    ],
)
def test_an_order_run_out_unfilled_and_removed_is_a_cancel(text: str, symbol: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, (text, parsed)
    assert parsed.actions == (FollowUpAction.CANCEL,)
    assert parsed.symbol == symbol


@pytest.mark.parametrize(
    "text",
    [
        "Order not filled yet, nothing removed, we wait",
        "I put my own trailing stop on OP at 1.5%, let's see",
        "I moved my own trailing stop on AVAX to 37.64, not a signal, just me",
        "Set my own SL on SOL at 141.2, you do you",
    ],
)
def test_waiting_orders_and_a_members_own_stop_are_talk(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NOT_SIGNAL, (text, parsed)
