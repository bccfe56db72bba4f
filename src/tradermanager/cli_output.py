"""Plain-text tables for the command line."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TextIO


def print_table(out: TextIO, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    if not rows:
        out.write("(none)\n")
        return
    cells = [[str(h) for h in headers]] + [["—" if c is None else str(c) for c in r] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        out.write("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() + "\n")
        if n == 0:
            out.write("  ".join("-" * w for w in widths) + "\n")


def trader_rows(data: Sequence[dict[str, Any]]) -> tuple[list[str], list[list[Any]]]:
    headers = ["id", "name", "status", "mode", "source", "×", "$/trade", "max lev", "tokens"]
    rows = []
    for t in data:
        tokens = ",".join(t["whitelist"]) or "all"
        if t["blacklist"]:
            tokens += " -" + ",-".join(t["blacklist"])
        rows.append(
            [
                t["id"],
                t["name"],
                t["status"],
                t["mode"].upper(),
                t["source"],
                f"{t['multiplier']:g}",
                f"${t['size_per_trade']:,.2f}",
                f"{t['max_leverage']}x" + (" (high)" if t["high_leverage"] else ""),
                tokens,
            ]
        )
    return headers, rows


def signal_rows(data: Sequence[dict[str, Any]]) -> tuple[list[str], list[list[Any]]]:
    headers = [
        "id",
        "received",
        "trader",
        "kind",
        "symbol",
        "side",
        "price",
        "lev",
        "conf",
        "decision",
        "reason",
    ]
    rows = []
    for s in data:
        decision = s["decision"] or {}
        rows.append(
            [
                s["id"],
                (s["received_time"] or "")[:19].replace("T", " "),
                s["trader"],
                s["kind"],
                s["symbol"],
                s["side"],
                f"{s['price']:.8g}",
                f"{s['leverage']:g}x",
                f"{s['confidence']:.0%}" if s["confidence"] is not None else None,
                "copied" if decision.get("accepted") else "rejected",
                decision.get("message"),
            ]
        )
    return headers, rows
