"""Live copies: the pipeline's requests (opens and follow-ups waiting to be sent), the
exchange's fills and funding booked to them, and each copy's figures in the shape of a paper
position. Call writers inside a write transaction."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import peewee as pw

from tradermanager.domain.enums import Side
from tradermanager.store.history_cache import history_changed
from tradermanager.store.live_models import (
    LiveActionRow,
    LiveFillRow,
    LiveFundingRow,
    LivePositionRow,
)
from tradermanager.store.models import DecisionRow, SignalRow, TraderRow

ACTIVE = ("pending", "resting", "open")  # a copy that holds, or may come to hold, a position


@dataclass(frozen=True, slots=True)
class LiveRequest:
    """What the pipeline decided to open live (before anything is sent)."""

    trader_id: int
    signal_ref: str
    source_id: str
    symbol: str
    side: Side
    leverage: float
    margin: float
    limit_price: float | None
    stop_loss: float | None
    take_profits: tuple[float, ...]
    requested_ms: int


def _prices(values: Iterable[float]) -> str:
    return ",".join(repr(float(v)) for v in values)


def parse_prices(text: str) -> tuple[float, ...]:
    return tuple(float(t) for t in text.split(",") if t)


def insert_request(request: LiveRequest) -> LivePositionRow:
    return LivePositionRow.create(
        trader=request.trader_id,
        signal_ref=request.signal_ref,
        source_id=request.source_id,
        symbol=request.symbol,
        side=request.side.value,
        status="pending",
        leverage=request.leverage,
        margin=request.margin,
        limit_price=request.limit_price,
        quantity=0.0,
        remaining=0.0,
        stop_loss=request.stop_loss,
        take_profits=_prices(request.take_profits),
        pnl=0.0,
        fees=0.0,
        funding=0.0,
        requested_ms=request.requested_ms,
        updated_ms=request.requested_ms,
    )


def active_copy(trader_id: int, symbol: str, side: Side) -> LivePositionRow | None:
    """This trader's live copy in ``symbol`` and ``side`` that is pending, resting or open."""
    return (
        LivePositionRow.select()
        .where(
            (LivePositionRow.trader == trader_id)
            & (LivePositionRow.symbol == symbol)
            & (LivePositionRow.side == side.value)
            & (LivePositionRow.status.in_(ACTIVE))
        )
        .order_by(LivePositionRow.id.desc())
        .first()
    )


def active_in_symbol(symbol: str) -> list[LivePositionRow]:
    """Every trader's live copies in ``symbol`` that are pending, resting or open."""
    query = LivePositionRow.select().where(
        (LivePositionRow.symbol == symbol) & (LivePositionRow.status.in_(ACTIVE))
    )
    return list(query.order_by(LivePositionRow.id))


def with_status(statuses: Sequence[str]) -> list[LivePositionRow]:
    query = LivePositionRow.select().where(LivePositionRow.status.in_(list(statuses)))
    return list(query.order_by(LivePositionRow.id))


def get(position_id: int) -> LivePositionRow:
    return LivePositionRow.get_by_id(position_id)


# Fields "my copies" read (store/copies.py): a change to one is a change to the trader's history.
_HISTORY_FIELDS = frozenset(
    {"status", "entry_price", "entry_time", "exit_price", "exit_time", "exit_reason", "pnl"}
    | {"leverage", "margin"}
)


def _history_changed(position_id: int) -> None:
    trader_id = (
        LivePositionRow.select(LivePositionRow.trader)
        .where(LivePositionRow.id == position_id)
        .scalar()
    )
    if trader_id is not None:
        history_changed([trader_id])


def update(position_id: int, **fields: object) -> None:
    LivePositionRow.update(**fields).where(LivePositionRow.id == position_id).execute()
    if _HISTORY_FIELDS.intersection(fields):
        _history_changed(position_id)


def insert_action(
    position_id: int,
    action_ref: str,
    source_id: str,
    kind: str,
    *,
    fraction: float = 1.0,
    stop_loss: float | None = None,
    take_profits: tuple[float, ...] = (),
    requested_ms: int,
) -> None:
    """A follow-up to send; a follow-up seen before (same ``action_ref``) is not queued twice."""
    LiveActionRow.insert(
        position=position_id,
        action_ref=action_ref,
        source_id=source_id,
        kind=kind,
        fraction=fraction,
        stop_loss=stop_loss,
        take_profits=_prices(take_profits),
        status="pending",
        requested_ms=requested_ms,
        updated_ms=requested_ms,
    ).on_conflict_ignore().execute()


def pending_actions() -> list[LiveActionRow]:
    query = LiveActionRow.select().where(LiveActionRow.status == "pending")
    return list(query.order_by(LiveActionRow.id))


def finish_action(action_id: int, status: str, note: str, now_ms: int) -> None:
    LiveActionRow.update(status=status, note=note, updated_ms=now_ms).where(
        LiveActionRow.id == action_id
    ).execute()


def set_decision_message(
    trader_id: int, source_id: str, message: str, *, rejected_reason: str | None = None
) -> None:
    """Say in the signal's decision what the exchange did with it; a copy the exchange
    would not take becomes a rejection with ``rejected_reason``."""
    signal = SignalRow.get_or_none(
        (SignalRow.trader == trader_id) & (SignalRow.source_id == source_id)
    )
    if signal is None:
        return
    fields: dict[str, object] = {"message": message}
    if rejected_reason is not None:
        fields.update(accepted=False, reason=rejected_reason)
    DecisionRow.update(**fields).where(DecisionRow.signal == signal.id).execute()


def decision_message(trader_id: int, source_id: str) -> str | None:
    row = (
        DecisionRow.select(DecisionRow.message)
        .join(SignalRow)
        .where((SignalRow.trader == trader_id) & (SignalRow.source_id == source_id))
        .first()
    )
    return None if row is None else str(row.message)


# -- fills and funding ------------------------------------------------------------------------
def booked_trade_ids(symbol: str) -> set[str]:
    query = LiveFillRow.select(LiveFillRow.trade_id).where(LiveFillRow.symbol == symbol)
    return {r.trade_id for r in query}


def insert_fill(position_id: int, **fields: object) -> None:
    inserted = LiveFillRow.insert(position=position_id, **fields).on_conflict_ignore().execute()
    if inserted:  # its fee is in my copies' fees
        _history_changed(position_id)


def fills_of(position_ids: Sequence[int]) -> dict[int, list[LiveFillRow]]:
    out: dict[int, list[LiveFillRow]] = {i: [] for i in position_ids}
    if position_ids:
        query = LiveFillRow.select().where(LiveFillRow.position.in_(list(position_ids)))
        for row in query.order_by(LiveFillRow.time, LiveFillRow.id):
            out[row.position_id].append(row)
    return out


def insert_funding(position_id: int, transaction_id: str, time_ms: int, amount: float) -> None:
    LiveFundingRow.insert(
        position=position_id, transaction_id=transaction_id, time=time_ms, amount=amount
    ).on_conflict_ignore().execute()


def funding_of(position_id: int) -> float:
    total = (
        LiveFundingRow.select(pw.fn.COALESCE(pw.fn.SUM(LiveFundingRow.amount), 0.0))
        .where(LiveFundingRow.position == position_id)
        .scalar()
    )
    return float(total or 0.0)


def positions(
    trader_id: int | None = None, statuses: Sequence[str] | None = None
) -> list[tuple[LivePositionRow, str]]:
    """Live copies with their trader's name, oldest first."""
    query = LivePositionRow.select(LivePositionRow, TraderRow.name).join(TraderRow)
    if trader_id is not None:
        query = query.where(LivePositionRow.trader == trader_id)
    if statuses is not None:
        query = query.where(LivePositionRow.status.in_(list(statuses)))
    return [(row, row.trader.name) for row in query.order_by(LivePositionRow.id)]


def positions_count() -> int:
    return int(LivePositionRow.select().count())


def active_count(trader_id: int) -> int:
    """This trader's live copies that are pending, resting or open."""
    query = LivePositionRow.select().where(
        (LivePositionRow.trader == trader_id) & (LivePositionRow.status.in_(ACTIVE))
    )
    return int(query.count())
