"""``positions list`` and ``orders list``: my paper copies as the execution engine runs them,
and my live copies as the exchange booked them (``mode`` says which)."""

from __future__ import annotations

import argparse
import logging
from typing import Any, TextIO

from tradermanager.cli.common import emit
from tradermanager.cli.positions_output import print_live_orders, print_orders, print_positions
from tradermanager.domain.engine import ClosedCopy, OpenCopy
from tradermanager.domain.engine.serialize import fill_to_dict, open_copy_to_dict, trade_to_dict
from tradermanager.domain.live_orders import IntendedOrder
from tradermanager.domain.resting_orders import resting_orders
from tradermanager.exchange.errors import ExchangeError
from tradermanager.services import Services

log = logging.getLogger(__name__)


def _copies(svc: Services, args: argparse.Namespace, include_closed: bool) -> list[Any]:
    svc.paper.refresh(args.interval)
    return svc.paper.positions(args.trader, include_closed=include_closed)


def _to_dict(copy: OpenCopy | ClosedCopy) -> dict[str, Any]:
    if isinstance(copy, ClosedCopy):
        return trade_to_dict(copy, fills=True)
    return open_copy_to_dict(copy, fills=True)


def _live_records(svc: Services, args: argparse.Namespace) -> list[Any]:
    """Live copies, their fills booked from the exchange first when one is connected."""
    if not svc.live_copies.has_copies():
        return []
    if svc.live_copies.connection_target() is not None:
        try:
            svc.live_copies.sync_fills()
        except ExchangeError as exc:
            log.warning("live copies as last booked: %s", exc)
    trader_id = svc.traders.get(args.trader).id if args.trader else None
    return svc.live_copies.records(trader_id, include_closed=getattr(args, "all", True))


def _live_dict(record: Any) -> dict[str, Any]:
    if record.copy is not None:
        out = _to_dict(record.copy)
    else:
        out = {
            "trader": record.trader,
            "source_id": record.source_id,
            "symbol": record.symbol,
            "side": record.side.value,
        }
    out.update(mode="live", live_status=record.status, note=record.note)
    return out


def run_positions(svc: Services, args: argparse.Namespace) -> None:
    copies = _copies(svc, args, include_closed=args.all)
    account = svc.paper.replay(args.interval) if args.json else None
    live = [
        _live_dict(r)
        for r in _live_records(svc, args)
        if r.copy is not None or (args.all and r.status != "pending")
    ]
    origin = {
        k: t.origin.value for k, t in svc.market.brackets.tables(c.symbol for c in copies).items()
    }
    paper = [{**_to_dict(c), "mode": "paper", "brackets": origin[c.symbol]} for c in copies]
    data: dict[str, Any] = {"positions": paper + live}
    estimated = sorted({c.symbol for c in copies if origin[c.symbol] == "estimated"})
    if account is not None:
        data["account"] = {
            "capital": account.capital,
            "cash": account.cash,
            "equity": account.equity,
            "margin_in_use": account.margin_in_use,
            "free_margin": account.free_margin,
        }

    def text(out: TextIO) -> None:
        print_positions(out, [p for p in data["positions"] if "status" in p])
        for p in data["positions"]:
            if p.get("mode") == "live" and p.get("note") and "status" not in p:
                out.write(f"live {p['live_status']}: {p['symbol']} {p['side']}: {p['note']}\n")
        if estimated:
            out.write(
                "liquidation prices ESTIMATED (no leverage brackets known) for: "
                f"{', '.join(estimated)}\n"
            )

    emit(args, data, text)


def live_order_dict(order: IntendedOrder, names: dict[int, str]) -> dict[str, Any]:
    """An order of a live copy as recorded: what was intended and what the exchange said."""
    return {
        "mode": "live",
        "trader": names.get(order.trader_id or -1, str(order.trader_id)),
        "copy": order.signal_ref,
        "leg": order.leg,
        "client_id": order.client_id,
        "symbol": order.symbol,
        "side": order.side,
        "type": order.kind,
        "quantity": float(order.quantity),
        "price": None if order.price is None else float(order.price),
        "trigger_price": None if order.trigger_price is None else float(order.trigger_price),
        "reduce_only": order.reduce_only,
        "state": order.state.value,
        "filled": float(order.filled),
        "average_price": None if order.average_price is None else float(order.average_price),
        "exchange_id": order.exchange_id,
        "note": order.note,
    }


def open_orders(copy: OpenCopy) -> list[dict[str, Any]]:
    """The orders resting for an open copy: its stop, its trailing stop where it stands, and
    the targets not reached yet with the units each closes."""
    return [
        {
            "type": o.kind,
            "side": o.side,
            "price": o.price,
            "quantity": o.quantity,
            "trader": copy.trader,
            "symbol": copy.symbol,
            "reduce_only": True,
            "status": "open",
        }
        for o in resting_orders(copy)
    ]


def run_orders(svc: Services, args: argparse.Namespace) -> None:
    copies = _copies(svc, args, include_closed=True)
    filled = [
        {"trader": c.trader, "symbol": c.symbol, "status": "filled", **fill_to_dict(f)}
        for c in copies
        for f in c.fills
    ]
    filled.sort(key=lambda o: o["time"])
    resting = [o for c in copies if isinstance(c, OpenCopy) for o in open_orders(c)]
    names = {t.id: t.name for t in svc.traders.list() + svc.traders.list(status="archived")}
    trader_id = svc.traders.get(args.trader).id if args.trader else None
    live = [live_order_dict(o, names) for o in svc.live_copies.orders(trader_id)]
    data = {"open": resting, "filled": filled, "live": live}

    def text(out: TextIO) -> None:
        out.write(f"{len(resting)} open paper orders\n")
        for o in resting:
            size = "" if o["quantity"] is None else f" × {o['quantity']:.6g}"
            out.write(
                f"  {o['trader']}  {o['symbol']}  {o['type']} {o['side']} {o['price']:.6g}{size}\n"
            )
        print_orders(out, filled)
        if live:
            out.write(f"{len(live)} live orders (as sent to the exchange)\n")
            print_live_orders(out, live)

    emit(args, data, text)
