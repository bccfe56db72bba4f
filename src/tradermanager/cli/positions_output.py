"""Text tables of copies: closed trades of a backtest, open and closed positions, fills."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TextIO

from tradermanager.cli.output import print_table


def _num(value: float | None, digits: int = 2) -> str | None:
    return None if value is None else f"{value:,.{digits}f}"


def _price(value: float | None) -> str | None:
    return None if value is None else f"{value:.6g}"


def print_trades(out: TextIO, trades: Sequence[dict[str, Any]], limit: int = 50) -> None:
    """Closed copies, newest last; at most ``limit`` rows (the JSON has them all)."""
    if not trades:
        out.write("no closed copies\n")
        return
    shown = trades[-limit:]
    if len(trades) > limit:
        out.write(f"last {limit} of {len(trades)} closed copies:\n")
    rows = [
        [
            t["symbol"],
            t["side"],
            f"{t['leverage']:g}x",
            _price(t["entry_price"]),
            _price(t["exit_price"]),
            t["exit_reason"],
            _num(t["pnl"]),
            _num(t["fees"]),
            _num(t["funding"]),
        ]
        for t in shown
    ]
    headers = ["symbol", "side", "lev", "entry", "exit", "reason", "pnl", "fees", "funding"]
    print_table(out, headers, rows)


def print_positions(out: TextIO, positions: Sequence[dict[str, Any]]) -> None:
    rows = []
    for p in positions:
        quantities = p.get("take_profit_quantities") or []
        ladder = []
        for i, t in enumerate(p["take_profits"]):
            q = quantities[i] if len(quantities) == len(p["take_profits"]) else None
            if q == 0:
                ladder.append("✓" + (_price(t) or ""))  # reached
            else:
                ladder.append((_price(t) or "") + ("" if q is None else f" ×{_price(q)}"))
        targets = " / ".join(ladder) or None
        closed = p["status"] == "closed"
        rows.append(
            [
                p.get("mode", "paper"),
                p["trader"],
                p["symbol"],
                p["side"],
                f"{p['leverage']:g}x",
                _price(p["entry_price"]),
                _num(p["quantity"], 6),
                _price(p["stop_loss"]),
                _price(p.get("trailing_stop")),
                targets,
                _price(p["liquidation_price"]),
                _num(p["pnl"] if closed else p["unrealized_pnl"]),
                p["exit_reason"] if closed else "open",
            ]
        )
    headers = [
        "mode",
        "trader",
        "symbol",
        "side",
        "lev",
        "entry",
        "size",
        "stop",
        "trailing",
        "targets",
        "liq",
        "pnl",
        "status",
    ]
    print_table(out, headers, rows)


def print_orders(out: TextIO, orders: Sequence[dict[str, Any]]) -> None:
    rows = [
        [
            o["trader"],
            o["symbol"],
            o["time"],
            o["kind"],
            o["reason"],
            _price(o["price"]),
            _num(o["quantity"], 6),
            _num(o["fee"], 4),
            "maker" if o["maker"] else "taker",
        ]
        for o in orders
    ]
    headers = ["trader", "symbol", "time", "kind", "reason", "price", "qty", "fee", "role"]
    print_table(out, headers, rows)


def print_live_orders(out: TextIO, orders: Sequence[dict[str, Any]]) -> None:
    rows = [
        [
            o["trader"],
            o["symbol"],
            o["leg"],
            o["type"],
            o["side"],
            _num(o["quantity"], 6),
            _price(o["trigger_price"] if o["trigger_price"] is not None else o["price"]),
            o["state"],
            _num(o["filled"], 6),
            _price(o["average_price"]),
        ]
        for o in orders
    ]
    headers = ["trader", "symbol", "leg", "type", "side", "qty", "price", "state", "filled", "avg"]
    print_table(out, headers, rows)
