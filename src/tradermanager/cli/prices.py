"""prices commands: import Binance archive files, fetch from Binance, list what is stored."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any, TextIO

from tradermanager.cli.brackets import run_brackets
from tradermanager.cli.common import emit
from tradermanager.domain.market import from_ms
from tradermanager.domain.serialize import iso
from tradermanager.domain.signal_input import parse_time
from tradermanager.services import Services
from tradermanager.sources.binance_leaderboard import BinanceError


def _when(ms: int | None) -> str | None:
    return None if ms is None else iso(from_ms(ms))


def run_prices(svc: Services, args: argparse.Namespace) -> None:
    if args.action == "brackets":
        run_brackets(svc, args)
    elif args.action == "import":
        _import(svc, args)
    elif args.action == "fetch":
        _fetch(svc, args)
    elif args.action == "delete":
        removed = svc.market.delete(args.symbol, args.interval)
        what = f"{args.interval} candles" if args.interval else "candles and funding history"
        emit(
            args,
            {"symbol": args.symbol, "interval": args.interval, "candles_removed": removed},
            lambda out: out.write(f"{args.symbol}: {removed:,} {what} removed\n"),
        )
    else:
        _list(svc, args)


def _fetch(svc: Services, args: argparse.Namespace) -> None:
    start = parse_time(args.start, "start") if args.start else None
    end = parse_time(args.end, "end") if args.end else None
    report = svc.market.fetch(
        args.symbols or None, args.interval, start, end, funding=not args.no_funding
    )
    data = {
        "fetched_at": iso(report.fetched_at),
        "symbols": [
            {**asdict(s), "start": _when(s.start), "end": _when(s.end)} for s in report.symbols
        ],
    }

    def text(out: TextIO) -> None:
        if not report.symbols:
            out.write("No contracts to fetch: no active trader trades any and none is open.\n")
        for s in report.symbols:
            line = (
                f"{s.symbol} {s.interval}: {s.candles:,} candles ({s.candles_added:,} new), "
                f"{s.funding:,} funding settlements ({s.funding_added:,} new), "
                f"{_when(s.start)} … {_when(s.end)}"
            )
            out.write(line + (f"; error: {s.error}\n" if s.error else "\n"))

    emit(args, data, text)
    if report.errors and len(report.errors) == len(report.symbols):
        raise BinanceError("fetch", f"no contract could be fetched ({report.errors[0]})")


def _import(svc: Services, args: argparse.Namespace) -> None:
    report = svc.market.import_files(args.files, args.symbol, args.interval)
    files = [{**asdict(f), "first": _when(f.first), "last": _when(f.last)} for f in report.files]
    data = {
        "files": files,
        "candles_added": report.candles_added,
        "funding_added": report.funding_added,
    }

    def text(out: TextIO) -> None:
        for f in report.files:
            what = f"{f.interval} candles" if f.kind == "candles" else "funding settlements"
            out.write(
                f"{f.file}: {f.rows:,} {f.symbol} {what}, {_when(f.first)} … {_when(f.last)}\n"
            )
        again = sum(f.rows for f in report.files) - report.candles_added - report.funding_added
        out.write(
            f"{report.candles_added:,} new candles and {report.funding_added:,} new funding "
            f"settlements stored"
            + (f"; {again:,} rows replaced ones stored before or given twice\n" if again else "\n")
        )

    emit(args, data, text)


def _list(svc: Services, args: argparse.Namespace) -> None:
    series = svc.market.stored(args.symbol)
    funding = svc.market.stored_funding(args.symbol)
    data: dict[str, Any] = {
        "candles": [
            {
                "symbol": s.symbol,
                "interval": s.interval,
                "first": _when(s.first_open),
                "last": _when(s.last_open),
                "count": s.count,
                "missing": s.missing,
            }
            for s in series
        ],
        "funding": [
            {"symbol": f.symbol, "first": _when(f.first), "last": _when(f.last), "count": f.count}
            for f in funding
        ],
    }

    def text(out: TextIO) -> None:
        if not series and not funding:
            out.write("No candles or funding rates stored.\n")
            return
        if series:
            out.write(
                f"{'symbol':<14} {'interval':<8} {'first':<21} {'last':<21} {'count':>10} "
                f"{'missing':>8}\n"
            )
            for row in data["candles"]:
                out.write(
                    f"{row['symbol']:<14} {row['interval']:<8} {row['first']:<21} "
                    f"{row['last']:<21} {row['count']:>10,} {row['missing']:>8,}\n"
                )
        if funding:
            out.write(f"\n{'funding':<23} {'first':<21} {'last':<21} {'count':>10}\n")
            for row in data["funding"]:
                out.write(
                    f"{row['symbol']:<23} {row['first']:<21} {row['last']:<21} "
                    f"{row['count']:>10,}\n"
                )

    emit(args, data, text)
