"""A webhook's position after the order (TradersPost's ``"sentiment"``, a strategy's market
position): "flat" closes the trade whole, at the payload's price when it gives one; a
position left on the order's other side ("sell" leaving "long") is a part taken off whose
share is not given, so it goes to review; a sentiment on the order's own side is the new
position it opens. A JSON number in exponent form ("1.234e-05", as serialisers write small
prices) is the decimal it stands for; one beyond any price's range stays refused."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message

COINS = [
    ("SOLUSDT", "142.35"),
    ("PEPEUSDT", "0.00001234"),
    ("BTCUSDT", "64250.5"),
    ("TIA", "10.097"),
]


def _payload(ticker: str, action: str, sentiment: str, price: str | None = None) -> str:
    body: dict[str, object] = {"ticker": ticker, "action": action, "sentiment": sentiment}
    if price is not None:
        body["price"] = float(price)
    return json.dumps(body)


@pytest.mark.parametrize(("ticker", "price"), COINS)
@pytest.mark.parametrize("action", ["sell", "buy", "exit"])
def test_a_flat_sentiment_closes_the_whole_trade_at_the_payloads_price(ticker, price, action):
    parsed = parse_message(_payload(ticker, action, "flat", price))
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.action is FollowUpAction.CLOSE
    assert parsed.close_fraction == 1.0
    assert parsed.price == pytest.approx(float(price))


@pytest.mark.parametrize("action", ["sell", "buy"])
def test_a_flat_sentiment_without_a_price_closes_now(action):
    parsed = parse_message(_payload("ETHUSDT", action, "flat"))
    assert (parsed.kind, parsed.action, parsed.price) == (
        MessageKind.FOLLOW_UP,
        FollowUpAction.CLOSE,
        None,
    )


@pytest.mark.parametrize(("ticker", "price"), COINS)
@pytest.mark.parametrize(
    ("action", "left"),
    [("sell", "long"), ("sell", "bullish"), ("buy", "short"), ("buy", "bearish")],
)
def test_an_order_leaving_the_other_side_open_goes_to_review(ticker, price, action, left):
    parsed = parse_message(_payload(ticker, action, left, price))
    assert parsed.kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(("ticker", "price"), COINS)
@pytest.mark.parametrize(
    ("action", "left", "side"),
    [("buy", "long", "long"), ("buy", "bullish", "long"), ("sell", "short", "short")],
)
def test_a_sentiment_on_the_orders_own_side_is_the_position_it_opens(
    ticker, price, action, left, side
):
    parsed = parse_message(_payload(ticker, action, left, price))
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.side is not None and parsed.side.value == side
    assert parsed.entries == (pytest.approx(float(price)),)


@given(
    action=st.sampled_from(["buy", "sell"]),
    sentiment=st.sampled_from(["flat", "long", "short", "bullish", "bearish"]),
    cents=st.integers(min_value=1, max_value=10_000_000),
)
def test_a_sentiment_never_opens_a_position_on_the_other_side(action, sentiment, cents):
    parsed = parse_message(_payload("SOLUSDT", action, sentiment, f"{cents / 100:.2f}"))
    if parsed.kind is MessageKind.SIGNAL:
        side = parsed.side.value if parsed.side else None
        assert side == ("long" if action == "buy" else "short")
        assert sentiment not in ("flat",)
        assert sentiment in (("long", "bullish") if action == "buy" else ("short", "bearish"))


@pytest.mark.parametrize(
    ("entry", "target", "stop"),
    [
        (0.00001234, 0.0000131, 0.0000119),
        (0.000215, 0.000231, 0.000201),
        (1.5e-07, 1.7e-07, 1.4e-07),
    ],
)
def test_json_prices_in_exponent_form_are_read_as_the_decimals_they_stand_for(entry, target, stop):
    text = json.dumps(
        {"ticker": "PEPEUSDT", "action": "buy", "price": entry, "tp": target, "sl": stop}
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.entries == (pytest.approx(entry, rel=1e-12),)
    assert parsed.take_profits == (pytest.approx(target, rel=1e-12),)
    assert parsed.stop_loss == pytest.approx(stop, rel=1e-12)


@pytest.mark.parametrize("number", ["1e308", "2.5E+15", "3e-40"])
def test_json_numbers_beyond_a_prices_range_stay_refused(number):
    text = '{"ticker": "BTCUSDT", "action": "buy", "price": ' + number + "}"
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW
