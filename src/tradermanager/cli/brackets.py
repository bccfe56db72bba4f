"""prices brackets: each contract's maintenance-margin brackets (import, show, list, forget)."""

from __future__ import annotations

import argparse
import math
from typing import Any, TextIO

from tradermanager.cli.common import emit
from tradermanager.domain.engine.brackets import BracketTable
from tradermanager.domain.market import from_ms
from tradermanager.domain.serialize import iso
from tradermanager.services import Services

_ORIGIN_WORDS = {
    "exchange": "read from the connected exchange",
    "file": "imported from a file",
    "bundled": "shipped with the application",
    "estimated": "ESTIMATED: no table is known for this contract; the common small-cap table",
}


def run_brackets(svc: Services, args: argparse.Namespace) -> None:
    brackets = svc.market.brackets
    if args.brackets_action == "import":
        report = brackets.import_file(args.file)
        emit(
            args,
            {"file": str(args.file), "symbols": list(report.symbols), "origin": report.origin},
            lambda out: out.write(
                f"{args.file}: brackets of {len(report.symbols):,} contracts stored "
                f"({', '.join(report.symbols[:8])}{' …' if len(report.symbols) > 8 else ''})\n"
            ),
        )
    elif args.brackets_action == "show":
        table = brackets.table(args.symbol)
        emit(args, table_payload(table), lambda out: _write_table(out, table))
    elif args.brackets_action == "forget":
        removed = brackets.forget(args.symbol)
        emit(
            args,
            {"symbol": args.symbol, "brackets_removed": removed},
            lambda out: out.write(f"{args.symbol}: {removed} stored brackets removed\n"),
        )
    else:
        stored = brackets.stored()
        source, as_of = brackets.bundled_source()
        data = {
            "stored": [table_payload(t) for t in stored],
            "bundled": {"source": source, "as_of": _when(as_of)},
        }

        def text(out: TextIO) -> None:
            if not stored:
                out.write("No brackets stored; the shipped tables apply.\n")
            for t in stored:
                out.write(
                    f"{t.symbol:<16} {len(t.brackets):>2} brackets, {t.origin.value}, "
                    f"as of {_when(t.as_of_ms)}\n"
                )
            out.write(f"Shipped tables: {source}, as of {_when(as_of)}\n")

        emit(args, data, text)


def _when(ms: int | None) -> str | None:
    return None if ms is None else iso(from_ms(ms))


def _number(value: float) -> float | None:
    return None if math.isinf(value) else value


def table_payload(table: BracketTable) -> dict[str, Any]:
    return {
        "symbol": table.symbol,
        "origin": table.origin.value,
        "estimated": table.estimated,
        "as_of": _when(table.as_of_ms),
        "brackets": [
            {
                "bracket": n,
                "notional_floor": b.floor,
                "notional_cap": b.cap,
                "maint_margin_ratio": b.rate,
                "cum": b.cum,
                "max_leverage": _number(b.max_leverage),
            }
            for n, b in enumerate(table.brackets, start=1)
        ],
    }


def _write_table(out: TextIO, table: BracketTable) -> None:
    as_of = f", as of {_when(table.as_of_ms)}" if table.as_of_ms is not None else ""
    out.write(f"{table.symbol}: {_ORIGIN_WORDS[table.origin.value]}{as_of}\n")
    out.write(f"{'#':>2} {'notional USD':>29} {'MMR':>8} {'cum USD':>14} {'max lev':>8}\n")
    for n, b in enumerate(table.brackets, start=1):
        span = f"{b.floor:,.0f} – {b.cap:,.0f}"
        leverage = "" if math.isinf(b.max_leverage) else f"{b.max_leverage:g}x"
        out.write(f"{n:>2} {span:>29} {b.rate * 100:>7.2f}% {b.cum:>14,.2f} {leverage:>8}\n")
