"""Webhook payloads whose targets and stop sit in nested objects read every level; a number in
a target or stop object under a key the reader does not know sends the payload to review; the
pair is read under "product" / "market" only when its value reads as a pair."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.json_payload import unread_levels
from tradermanager.sources.signal_parser.model import MessageKind, Side


@pytest.mark.parametrize(
    ("text", "coin", "side", "entry", "tps", "sl"),
    [
        (
            '{"ticker": "APTUSDT", "action": "buy", "sentiment": "long", "price": 8.412, '
            '"takeProfit": {"limitPrice": 8.61}, "stopLoss": {"type": "stop", "stopPrice": 8.2}}',
            "APT",
            Side.LONG,
            8.412,
            (8.61,),
            8.2,
        ),
        (
            '{"symbol": "FET/USDT", "side": "short", "entry": {"type": "limit", "price": 1.274}, '
            '"take_profit": [{"price": 1.25, "qty_pct": 50}, {"price": 1.22, "qty_pct": 50}], '
            '"stop_loss": {"trigger_price": 1.31}}',
            "FET",
            Side.SHORT,
            1.274,
            (1.25, 1.22),
            1.31,
        ),
        (
            '{"market": "OPUSDT", "action": "SELL", "limitPrice": 2.118, '
            '"targets": [{"limitPrice": 2.06}, {"limitPrice": 2.01}], '
            '"stopLoss": {"stopPrice": 2.2}}',
            "OP",
            Side.SHORT,
            2.118,
            (2.06, 2.01),
            2.2,
        ),
        (
            '{"product": "TIA-USDT", "orderAction": "buy", "price": 5.06, '
            '"takeProfits": [{"price": 5.2, "size": 0.5}, {"price": 5.35, "size": 0.5}], '
            '"stopLoss": {"type": "stop", "stopPrice": 4.9}}',
            "TIA",
            Side.LONG,
            5.06,
            (5.2, 5.35),
            4.9,
        ),
        (
            '{"pair": "ARB-USDT", "direction": "LONG", "entryPrice": 0.7731, '
            '"tp": {"triggerPrice": 0.7905}, "sl": {"triggerPrice": 0.7512}, "leverage": 10}',
            "ARB",
            Side.LONG,
            0.7731,
            (0.7905,),
            0.7512,
        ),
    ],
)
def test_nested_levels_are_read(
    text: str, coin: str, side: Side, entry: float, tps: tuple[float, ...], sl: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert (parsed.symbol, parsed.side, parsed.entries) == (coin, side, (entry,))
    assert parsed.take_profits == tps
    assert parsed.stop_loss == sl


@pytest.mark.parametrize(
    "text",
    [
        '{"ticker": "APTUSDT", "action": "buy", "price": 8.412, '
        '"takeProfit": {"activationPrice": 8.61}, "stopLoss": {"stopPrice": 8.2}}',
        '{"pair": "INJUSDT", "direction": "short", "entryPrice": 25.4, '
        '"tp": {"callbackPrice": 24.9, "callbackRate": 0.5}, "sl": {"triggerPrice": 26.1}}',
        '{"ticker": "BNBUSDT", "action": "sell", "price": 609.3, '
        '"takeProfit": {"limitPrice": 597.1}, "stopLoss": {"type": "stop_limit", '
        '"triggerLevel": 621.4}}',
        '{"symbol": "SOLUSDT", "side": "buy", "price": 148.2, "tp": {"offset": 3.5}, '
        '"sl": {"price": 144.1}}',
    ],
)
def test_unread_level_key_goes_to_review(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    "text",
    [
        # sizes, shares, ids and times beside a level are no level
        '{"ticker": "SOLUSDT", "action": "buy", "price": 148.2, '
        '"takeProfit": {"limitPrice": 152, "quantity": 2}, "stopLoss": {"stopPrice": 144, '
        '"orderId": 77}}',
        '{"symbol": "SOLUSDT", "side": "long", "entry": 148.2, '
        '"take_profit": [{"price": 152, "qty_pct": 50, "size": 0.5}], "stop_loss": 144}',
    ],
)
def test_sizes_beside_a_level_are_not_unread(text: str) -> None:
    assert unread_levels(text) == []
    assert parse_message(text).kind is MessageKind.SIGNAL


@pytest.mark.parametrize("value", ["futures", "spot", "perpetual", "binance"])
def test_market_key_naming_no_pair_names_no_coin(value: str) -> None:
    text = f'{{"market": "{value}", "action": "buy", "price": 148.2, "tp": [152], "sl": 144}}'
    parsed = parse_message(text)
    assert parsed.kind is not MessageKind.SIGNAL or parsed.symbol != value.upper()


def test_no_payload_has_no_unread_levels() -> None:
    assert unread_levels("SOL long 148.2 tp 152 sl 144") == []
    assert unread_levels("{not json}") == []


@settings(max_examples=60, deadline=None)
@given(
    coin=st.sampled_from(["SOL", "AVAX", "NEAR", "INJ", "ATOM", "WIF"]),
    entry=st.decimals(min_value="1", max_value="500", places=3),
    long=st.booleans(),
    key=st.sampled_from(["limitPrice", "price", "stopPrice", "triggerPrice"]),
    pair_key=st.sampled_from(["ticker", "symbol", "pair", "market", "product", "instrument"]),
)
def test_nested_target_is_never_dropped(
    coin: str, entry: object, long: bool, key: str, pair_key: str
) -> None:
    e = float(str(entry))
    sign = 1 if long else -1
    tp, sl = round(e * (1 + sign * 0.03), 3), round(e * (1 - sign * 0.02), 3)
    body = {
        pair_key: f"{coin}USDT",
        "action": "buy" if long else "sell",
        "price": e,
        "takeProfit": {key: tp},
        "stopLoss": {"type": "stop", "stopPrice": sl},
    }
    parsed = parse_message(json.dumps(body))
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.take_profits == (tp,)
    assert parsed.stop_loss == sl
    assert parsed.symbol == coin
