"""The review form's fields from what a person typed (the window's form, the command line) or
sent (the HTTP API): one reading for all three, so a bad value is refused the same way
everywhere, naming the field and what is allowed. A field not given keeps what the parser
read; ``ReviewService.accept`` then checks the whole signal (levels against the side, price and
leverage bounds) before anything is written."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from tradermanager.domain.enums import Side
from tradermanager.domain.errors import ValidationError
from tradermanager.domain.tokens import normalise_token
from tradermanager.sources.signal_parser import MessageKind, ParsedMessage
from tradermanager.sources.signal_parser.leverage import MAX_LEVERAGE
from tradermanager.sources.signal_parser.numbers import MAX_PRICE
from tradermanager.sources.signal_parser.plausibility import implausible

_SPLIT = re.compile(r"[\s/|;,]+")
NONE_WORDS = ("", "none", "-")  # a stop or leverage cleared on the command line
Number = str | float | int
Numbers = Number | Sequence[Number]
ORDER_TYPES = ("limit", "market")


def prices(value: Numbers, field: str) -> tuple[float, ...]:
    """Numbers as typed ("3500 / 3600", or one per item) or sent (JSON numbers)."""
    items = [value] if isinstance(value, str | int | float) else list(value)
    out: list[float] = []
    for item in items:
        if isinstance(item, bool):
            raise ValidationError(field, item, "prices (numbers), not true/false")
        if isinstance(item, int | float):
            out.append(float(item))
            continue
        for part in _SPLIT.split(str(item).strip()):
            if not part:
                continue
            try:
                number = float(part)
            except ValueError:
                raise ValidationError(field, part, "prices separated by spaces or /") from None
            if not math.isfinite(number):
                raise ValidationError(field, part, "finite prices above zero")
            out.append(number)
    return tuple(out)


def one_number(value: Number | None, field: str) -> float | None:
    """One number, or None for an empty value ("", "none")."""
    if value is None or (isinstance(value, str) and value.strip().lower() in NONE_WORDS):
        return None
    values = prices(value, field)
    if len(values) != 1:
        raise ValidationError(field, value, "one number, or empty")
    return values[0]


def form_fields(
    base: ParsedMessage,
    *,
    symbol: str | None = None,
    side: str | None = None,
    entries: Numbers | None = None,
    zone: bool | None = None,
    take_profits: Numbers | None = None,
    stop_loss: Number | None = None,
    leverage: Number | None = None,
    order_type: str | None = None,
) -> ParsedMessage:
    """``base`` (what the parser read) with the given fields replaced (None: keep). ``zone``
    reads two entries as a range copied at its middle; an empty stop or leverage ("", "none")
    removes the one the parser read."""
    fields = base._replace(kind=MessageKind.SIGNAL)
    if symbol is not None:
        fields = fields._replace(symbol=symbol.strip() or None)
    if side is not None:
        word = side.strip().lower()
        if word not in ("", "long", "short"):
            raise ValidationError("side", side, "long or short")
        fields = fields._replace(side=Side(word) if word else None)
    if order_type is not None:
        kind = order_type.strip().lower()
        if kind not in ORDER_TYPES:
            raise ValidationError("order_type", order_type, "market or limit")
        fields = fields._replace(order_type=kind)
    if entries is not None:
        fields = fields._replace(entries=prices(entries, "entries"))
    if entries is not None or zone is not None:
        ranged = zone if zone is not None else base.entry_kind == "range"
        count = len(fields.entries)
        if ranged and count != 2:
            raise ValidationError("entries", count, "two prices for a zone")
        kind = "range" if ranged else ("single" if count == 1 else "multiple" if count else "")
        fields = fields._replace(entry_kind=kind)
    if take_profits is not None:
        fields = fields._replace(take_profits=prices(take_profits, "take_profits"))
    if stop_loss is not None:
        fields = fields._replace(stop_loss=one_number(stop_loss, "stop_loss"))
    if leverage is not None:
        fields = fields._replace(leverage=one_number(leverage, "leverage"))
    return fields


def _a_price(value: float) -> bool:
    return math.isfinite(value) and 0 < value <= MAX_PRICE


def signal_fields(
    fields: ParsedMessage, reference: float | None = None, *, open_copy: bool = False
) -> tuple[str, Side, float]:
    """(symbol, side, entry price) of corrected fields; ValidationError names what is wrong.
    ``open_copy``: the fields edit an open copy, whose stop may have moved past the entry into
    profit (it is then only checked for its order of magnitude)."""
    if not fields.symbol:
        raise ValidationError("symbol", fields.symbol, "a token symbol such as BTC")
    symbol = normalise_token(fields.symbol, "symbol")
    if fields.side is None:
        raise ValidationError("side", None, "long or short")
    if not fields.entries:
        raise ValidationError(
            "entries", "none", "at least one entry price (a copy needs a price to size it)"
        )
    if fields.order_type not in ("limit", "market"):
        raise ValidationError("order_type", fields.order_type, "market or limit")
    for name, values in (("entries", fields.entries), ("take_profits", fields.take_profits)):
        for value in values:
            if not _a_price(value):
                raise ValidationError(
                    name, value, f"prices above zero and at most {MAX_PRICE:,.0f}"
                )
    if fields.stop_loss is not None and not _a_price(fields.stop_loss):
        raise ValidationError(
            "stop_loss",
            fields.stop_loss,
            f"a price above zero and at most {MAX_PRICE:,.0f}, or none",
        )
    if fields.leverage is not None and not (
        math.isfinite(fields.leverage) and 1 <= fields.leverage <= MAX_LEVERAGE
    ):
        raise ValidationError("leverage", fields.leverage, f"1× to {MAX_LEVERAGE:g}×, or none")
    stop = fields.stop_loss
    problem = implausible(
        fields.side,
        list(fields.entries),
        list(fields.take_profits),
        None if open_copy else stop,
        reference,
    )
    if not problem and open_copy and stop is not None:
        anchor = reference or fields.entries[0]
        if not anchor / 5 <= stop <= anchor * 5:
            problem = f"The stop ({stop:g}) is more than ×5 away from {anchor:g}."
    if problem:
        near = "" if reference is None else f"prices near the last stored price ({reference:g}), "
        raise ValidationError(
            "levels", problem, f"{near}targets beyond the entry and the stop before it"
        )
    entries = fields.entries
    price = (min(entries) + max(entries)) / 2 if fields.entry_kind == "range" else entries[0]
    return symbol, fields.side, price


def as_json(fields: ParsedMessage) -> dict[str, object]:
    return {
        "symbol": fields.symbol,
        "side": fields.side.value if fields.side else None,
        "order_type": fields.order_type,
        "entries": list(fields.entries),
        "entry_kind": fields.entry_kind,
        "take_profits": list(fields.take_profits),
        "stop_loss": fields.stop_loss,
        "leverage": fields.leverage,
    }
