"""Signals from outside (CLI JSON, files): every field checked, with the field named on error."""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from tradermanager.domain.bounds import PRICE_ALLOWED, check_price, check_time
from tradermanager.domain.clock import as_utc
from tradermanager.domain.enums import OrderType, Side, SignalKind
from tradermanager.domain.errors import ValidationError
from tradermanager.domain.models import Signal
from tradermanager.domain.settings import LEVERAGE_MAX
from tradermanager.domain.text_safety import check_name
from tradermanager.domain.tokens import normalise_token

SIDE_WORDS = {"long": Side.LONG, "buy": Side.LONG, "short": Side.SHORT, "sell": Side.SHORT}
SIGNAL_FIELDS = (
    "trader",
    "id",
    "time",
    "symbol",
    "side",
    "kind",
    "price",
    "leverage",
    "confidence",
    "received_time",
    "stop_loss",
    "take_profits",
    "text",
    "trade_ref",
    "order_type",
    "entries",
    "close_fraction",
    "target_hit",
)


def parse_time(value: Any, field: str) -> datetime:
    allowed = "an ISO 8601 time such as 2026-11-24T09:30:00Z"
    if isinstance(value, datetime):
        return check_time(as_utc(value), field)
    if not isinstance(value, str):
        raise ValidationError(field, value, allowed)
    try:
        parsed = as_utc(datetime.fromisoformat(value.strip().replace("Z", "+00:00")))
    except ValueError:
        raise ValidationError(field, value, allowed) from None
    return check_time(parsed, field, value)


def _float(value: Any, field: str, allowed: str) -> float:
    if isinstance(value, bool):
        raise ValidationError(field, value, allowed)
    try:
        return float(value)
    except (TypeError, ValueError):
        raise ValidationError(field, value, allowed) from None


def parse_price(value: Any, field: str) -> float:
    """A price within ``domain.bounds`` (NaN, infinities, 0 and 1e308 refused)."""
    return check_price(_float(value, field, PRICE_ALLOWED), field, value)


def parse_leverage(value: Any, field: str = "leverage") -> float:
    allowed = f"a number from 1 to {LEVERAGE_MAX}"
    leverage = _float(value, field, allowed)
    if not math.isfinite(leverage) or not 1 <= leverage <= LEVERAGE_MAX:
        raise ValidationError(field, value, allowed)
    return leverage


def parse_confidence(value: Any, field: str = "confidence") -> float | None:
    if value is None:
        return None
    allowed = "a fraction from 0.0 to 1.0, or null"
    if isinstance(value, bool):
        raise ValidationError(field, value, allowed)
    try:
        confidence = float(value)
    except (TypeError, ValueError):
        raise ValidationError(field, value, allowed) from None
    if not 0.0 <= confidence <= 1.0:
        raise ValidationError(field, value, allowed)
    return confidence


def parse_side(value: Any, field: str = "side") -> Side:
    side = SIDE_WORDS.get(str(value).strip().lower()) if isinstance(value, str) else None
    if side is None:
        raise ValidationError(field, value, "long, short, buy or sell")
    return side


def parse_signal_payload(data: Any) -> tuple[str, Signal]:
    """(trader name, signal) from a JSON-like mapping; see SIGNAL_FIELDS for the keys."""
    if not isinstance(data, Mapping):
        raise ValidationError("signal", data, "a JSON object")
    unknown = sorted(set(data) - set(SIGNAL_FIELDS))
    if unknown:
        raise ValidationError(unknown[0], data[unknown[0]], f"keys {', '.join(SIGNAL_FIELDS)}")
    for key in ("trader", "id", "time", "symbol", "side", "price"):
        if data.get(key) in (None, ""):
            raise ValidationError(key, data.get(key), "a value (this field is required)")
    trader = data["trader"]
    if not isinstance(trader, str) or not trader.strip():
        raise ValidationError("trader", trader, "a trader name")
    check_name(trader, "trader")
    source_id = data["id"]
    if isinstance(source_id, bool) or not isinstance(source_id, str | int):
        raise ValidationError("id", source_id, "a string or integer unique per trader")
    kind_raw = data.get("kind", "open")
    try:
        kind = SignalKind(kind_raw)
    except ValueError:
        raise ValidationError("kind", kind_raw, "open, close, update or cancel") from None
    trader_time = parse_time(data["time"], "time")
    received = data.get("received_time")
    take_profits = data.get("take_profits") or []
    if not isinstance(take_profits, list):
        raise ValidationError("take_profits", take_profits, "a list of prices")
    entries = data.get("entries") or []
    if not isinstance(entries, list):
        raise ValidationError("entries", entries, "a list of limit prices")
    order_raw = data.get("order_type") or ("limit" if entries else "market")
    try:
        order_type = OrderType(order_raw)
    except ValueError:
        raise ValidationError("order_type", order_raw, "market or limit") from None
    if entries and order_type is OrderType.MARKET:
        raise ValidationError("order_type", order_raw, "limit when entries are given")
    fraction = data.get("close_fraction", 1.0)
    if isinstance(fraction, bool) or not isinstance(fraction, int | float):
        raise ValidationError("close_fraction", fraction, "a share above 0 and at most 1")
    if not 0 < float(fraction) <= 1:
        raise ValidationError("close_fraction", fraction, "a share above 0 and at most 1")
    target_hit = data.get("target_hit")
    if target_hit is not None and (
        isinstance(target_hit, bool) or not isinstance(target_hit, int) or target_hit < 1
    ):
        raise ValidationError("target_hit", target_hit, "a take-profit number from 1")
    signal = Signal(
        source_id=str(source_id),
        symbol=normalise_token(data["symbol"], "symbol"),
        side=parse_side(data["side"]),
        kind=kind,
        price=parse_price(data["price"], "price"),
        trader_time=trader_time,
        received_time=parse_time(received, "received_time") if received else trader_time,
        leverage=parse_leverage(data.get("leverage", 1)),
        confidence=parse_confidence(data.get("confidence")),
        stop_loss=parse_price(data["stop_loss"], "stop_loss") if data.get("stop_loss") else None,
        take_profits=tuple(parse_price(tp, "take_profits") for tp in take_profits),
        raw_text=str(data.get("text") or ""),
        trade_ref=str(data.get("trade_ref") or ""),
        order_type=order_type,
        entries=tuple(parse_price(p, "entries") for p in entries),
        close_fraction=float(fraction),
        target_hit=target_hit,
    )
    return trader.strip(), signal
