"""Paper positions and fills as the execution engine computed them: rewritten as a whole."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

from tradermanager.domain.engine import ClosedCopy, ExitReason, Fill, OpenCopy
from tradermanager.domain.engine.results import FillKind
from tradermanager.domain.enums import Side
from tradermanager.store.history_cache import history_changed
from tradermanager.store.models import PaperFillRow, PaperPositionRow, TraderRow, database_proxy

# What my copies (store/copies.py) read of a position: when any of it changes for a trader,
# that trader's cached history and metric snapshots are dropped.
_FINGERPRINT_SQL = """
SELECT p.trader_id, p.source_id, p.status, p.exit_reason, p.symbol, p.side, p.leverage,
       p.margin, p.entry_price, p.entry_time, p.exit_price, p.exit_time,
       CASE WHEN p.status = 'closed' THEN p.pnl END,
       (SELECT COALESCE(SUM(f.fee), 0) FROM paper_fill f WHERE f.position_id = p.id)
FROM paper_position p"""


def _fingerprints() -> dict[int, set[tuple[object, ...]]]:
    out: dict[int, set[tuple[object, ...]]] = {}
    for row in database_proxy.connection().execute(_FINGERPRINT_SQL):
        out.setdefault(row[0], set()).add(tuple(row[1:]))
    return out


def replace_positions(
    copies: Sequence[OpenCopy | ClosedCopy], trader_ids: Mapping[str, int]
) -> list[int]:
    """Delete every stored paper position and store ``copies`` (call inside a write); the
    traders whose copies changed get their cached history dropped, and are returned."""
    before = _fingerprints()
    PaperPositionRow.delete().execute()
    fills: list[dict[str, object]] = []
    for copy in copies:
        closed = isinstance(copy, ClosedCopy)
        row = PaperPositionRow.create(
            trader=trader_ids[copy.trader],
            source_id=copy.source_id,
            symbol=copy.symbol,
            side=copy.side.value,
            status="closed" if closed else "open",
            leverage=copy.leverage,
            margin=copy.margin,
            quantity=copy.quantity,
            remaining=0.0 if isinstance(copy, ClosedCopy) else copy.remaining,
            entry_price=copy.entry_price,
            entry_time=copy.entry_time,
            stop_loss=copy.stop_loss,
            take_profits=",".join(repr(t) for t in copy.take_profits),
            liquidation_price=copy.liquidation_price,
            mark_price=None if isinstance(copy, ClosedCopy) else copy.mark_price,
            unrealized_pnl=None if isinstance(copy, ClosedCopy) else copy.unrealized_pnl,
            exit_price=copy.exit_price if isinstance(copy, ClosedCopy) else None,
            exit_time=copy.exit_time if isinstance(copy, ClosedCopy) else None,
            exit_reason=copy.exit_reason.value if isinstance(copy, ClosedCopy) else None,
            pnl=copy.pnl if isinstance(copy, ClosedCopy) else copy.realized_pnl,
            fees=copy.fees,
            funding=copy.funding,
            trailing_stop=None if isinstance(copy, ClosedCopy) else copy.trailing_stop,
            target_quantities=""
            if isinstance(copy, ClosedCopy)
            else ",".join(repr(q) for q in copy.target_quantities),
        )
        fills.extend(
            {
                "position": row.id,
                "time": f.time,
                "kind": f.kind.value,
                "reason": f.reason,
                "price": f.price,
                "quantity": f.quantity,
                "fee": f.fee,
                "maker": f.maker,
            }
            for f in copy.fills
        )
    for i in range(0, len(fills), 2000):
        PaperFillRow.insert_many(fills[i : i + 2000]).execute()
    after = _fingerprints()
    changed = [t for t in before.keys() | after.keys() if before.get(t) != after.get(t)]
    if changed:
        history_changed(changed)
    return sorted(changed)


def _fill(row: PaperFillRow) -> Fill:
    return Fill(
        time=row.time,
        kind=FillKind(row.kind),
        price=row.price,
        quantity=row.quantity,
        fee=row.fee,
        maker=bool(row.maker),
        reason=row.reason,
    )


def load_positions(
    trader_id: int | None = None, *, include_closed: bool = False
) -> list[OpenCopy | ClosedCopy]:
    """Stored paper copies, open ones first then by entry time."""
    query = PaperPositionRow.select(PaperPositionRow, TraderRow.name).join(TraderRow)
    if trader_id is not None:
        query = query.where(PaperPositionRow.trader == trader_id)
    if not include_closed:
        query = query.where(PaperPositionRow.status == "open")
    rows = list(query.order_by(PaperPositionRow.id))
    fills: dict[int, list[Fill]] = {}
    if rows:
        for f in PaperFillRow.select().where(PaperFillRow.position.in_([r.id for r in rows])):
            fills.setdefault(f.position_id, []).append(_fill(f))
    out: list[OpenCopy | ClosedCopy] = []
    for r in rows:
        common: dict[str, Any] = {
            "trader": r.trader.name,
            "source_id": r.source_id,
            "symbol": r.symbol,
            "side": Side(r.side),
            "leverage": r.leverage,
            "margin": r.margin,
            "quantity": r.quantity,
            "entry_price": r.entry_price,
            "entry_time": r.entry_time,
            "stop_loss": r.stop_loss,
            "take_profits": tuple(float(t) for t in r.take_profits.split(",") if t),
            "liquidation_price": r.liquidation_price,
            "fills": tuple(sorted(fills.get(r.id, []), key=lambda f: f.time)),
            "fees": r.fees,
            "funding": r.funding,
        }
        if r.status == "closed":
            out.append(
                ClosedCopy(
                    **common,
                    exit_price=r.exit_price,
                    exit_time=cast(int, r.exit_time),  # set on every closed row
                    exit_reason=ExitReason(cast(str, r.exit_reason)),
                    pnl=r.pnl,
                )
            )
        else:
            out.append(
                OpenCopy(
                    **common,
                    remaining=r.remaining,
                    mark_price=cast(float, r.mark_price),  # set on every open row
                    unrealized_pnl=cast(float, r.unrealized_pnl),
                    realized_pnl=r.pnl,
                    trailing_stop=r.trailing_stop,
                    target_quantities=tuple(float(q) for q in r.target_quantities.split(",") if q),
                )
            )
    out.sort(key=lambda c: (isinstance(c, ClosedCopy), c.entry_time or 0))
    return out
