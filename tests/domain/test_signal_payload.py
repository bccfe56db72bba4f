"""Signals from outside (CLI JSON): every field checked, with the field named on error."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tradermanager.domain.enums import Side, SignalKind
from tradermanager.domain.errors import ValidationError
from tradermanager.domain.signal_input import parse_signal_payload

GOOD = {
    "trader": " Alice ",
    "id": 17,
    "time": "2026-01-15T12:00:00Z",
    "symbol": "btcusdt",
    "side": "buy",
    "kind": "open",
    "price": "100.5",
    "leverage": 10,
    "confidence": 0.8,
}


def bad(**changes) -> ValidationError:
    with pytest.raises(ValidationError) as err:
        parse_signal_payload(GOOD | changes)
    return err.value


def test_a_good_payload_is_parsed_and_normalised():
    trader, signal = parse_signal_payload(GOOD)
    assert trader == "Alice"
    assert signal.source_id == "17" and signal.symbol == "BTC" and signal.side is Side.LONG
    assert signal.kind is SignalKind.OPEN and signal.price == 100.5 and signal.leverage == 10
    assert signal.confidence == 0.8
    assert signal.trader_time == signal.received_time == datetime(2026, 1, 15, 12, tzinfo=UTC)


def test_defaults_kind_open_leverage_1_confidence_none():
    minimal = {k: GOOD[k] for k in ("trader", "id", "time", "symbol", "side", "price")}
    _, signal = parse_signal_payload(minimal)
    assert (signal.kind, signal.leverage, signal.confidence) == (SignalKind.OPEN, 1.0, None)


@pytest.mark.parametrize("key", ["trader", "id", "time", "symbol", "side", "price"])
def test_required_fields(key):
    payload = dict(GOOD)
    del payload[key]
    with pytest.raises(ValidationError) as err:
        parse_signal_payload(payload)
    assert err.value.field == key and "required" in err.value.allowed


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("side", "up"),
        ("kind", "flip"),
        ("price", 0),
        ("price", "abc"),
        ("price", True),
        ("leverage", 0.5),
        ("leverage", 126),
        ("confidence", 1.5),
        ("confidence", "high"),
        ("time", "yesterday"),
        ("symbol", "B@D"),
        ("id", True),
        ("id", 1.5),
        ("trader", 5),
    ],
)
def test_bad_values_name_their_field(field, value):
    err = bad(**{field: value})
    assert err.field == field and err.value == value


def test_unknown_keys_are_rejected():
    err = bad(colour="red")
    assert err.field == "colour" and "trader" in err.allowed


def test_not_an_object_is_rejected():
    with pytest.raises(ValidationError) as err:
        parse_signal_payload(["not", "a", "dict"])
    assert err.value.field == "signal" and err.value.allowed == "a JSON object"


def test_sell_means_short():
    assert parse_signal_payload(GOOD | {"side": "SELL"})[1].side is Side.SHORT


def test_order_fields_of_a_signal() -> None:
    from tradermanager.domain.enums import OrderType
    from tradermanager.domain.signal_input import parse_signal_payload

    base = {
        "trader": "A",
        "id": 1,
        "time": "2026-01-01T00:00:00Z",
        "symbol": "BTCUSDT",
        "side": "long",
        "price": 100,
    }
    _, signal = parse_signal_payload(
        {**base, "entries": [99, 97], "stop_loss": 90, "take_profits": [110, 120]}
    )
    assert signal.order_type is OrderType.LIMIT and signal.entries == (99.0, 97.0)
    assert signal.stop_loss == 90 and signal.take_profits == (110.0, 120.0)
    _, close = parse_signal_payload({**base, "kind": "close", "close_fraction": 0.5})
    assert close.close_fraction == 0.5
    _, hit = parse_signal_payload({**base, "kind": "update", "target_hit": 2})
    assert hit.target_hit == 2
    for bad in (
        {"order_type": "stop"},
        {"entries": "99"},
        {"entries": [99], "order_type": "market"},
        {"close_fraction": 0},
        {"close_fraction": 1.5},
        {"target_hit": 0},
        {"entries": [-1]},
    ):
        field = next(iter(bad))
        with pytest.raises(ValidationError, match=field):
            parse_signal_payload({**base, **bad})
