"""``positions list`` and ``orders list``: my paper copies as the execution engine runs them."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from tradermanager.cli.common import emit
from tradermanager.cli.positions_output import print_orders, print_positions
from tradermanager.domain.engine import ClosedCopy, OpenCopy
from tradermanager.domain.engine.serialize import fill_to_dict, open_copy_to_dict, trade_to_dict
from tradermanager.domain.resting_orders import resting_orders
from tradermanager.services import Services


def _copies(svc: Services, args: argparse.Namespace, include_closed: bool) -> list[Any]:
    svc.paper.refresh(args.interval)
    return svc.paper.positions(args.trader, include_closed=include_closed)


def _to_dict(copy: OpenCopy | ClosedCopy) -> dict[str, Any]:
    if isinstance(copy, ClosedCopy):
        return trade_to_dict(copy, fills=True)
    return open_copy_to_dict(copy, fills=True)


def run_positions(svc: Services, args: argparse.Namespace) -> None:
    copies = _copies(svc, args, include_closed=args.all)
    account = svc.paper.replay(args.interval) if args.json else None
    data: dict[str, Any] = {"positions": [_to_dict(c) for c in copies]}
    if account is not None:
        data["account"] = {
            "capital": account.capital,
            "cash": account.cash,
            "equity": account.equity,
            "margin_in_use": account.margin_in_use,
            "free_margin": account.free_margin,
        }

    def text(out: TextIO) -> None:
        print_positions(out, data["positions"])

    emit(args, data, text)


def open_orders(copy: OpenCopy) -> list[dict[str, Any]]:
    """The orders resting for an open copy: its stop and the targets not reached yet."""
    return [
        {
            "type": o.kind,
            "side": o.side,
            "price": o.price,
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
    data = {"open": resting, "filled": filled}

    def text(out: TextIO) -> None:
        out.write(f"{len(resting)} open orders\n")
        for o in resting:
            out.write(f"  {o['trader']}  {o['symbol']}  {o['type']} {o['side']} {o['price']:.6g}\n")
        print_orders(out, filled)

    emit(args, data, text)
