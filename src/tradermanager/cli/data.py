"""settings, import and demo commands."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import asdict
from typing import Any, TextIO

from tradermanager.cli.common import EXIT_NETWORK, CommandFailed, emit
from tradermanager.domain.errors import ValidationError
from tradermanager.domain.serialize import iso
from tradermanager.services import Services
from tradermanager.services.imports import ImportProgress


def run_settings(svc: Services, args: argparse.Namespace) -> None:
    if args.action == "set":
        changes: dict[str, Any] = {}
        for pair in args.pairs:
            key, sep, value = pair.partition("=")
            if not sep:
                raise ValidationError("settings", pair, "KEY=VALUE pairs")
            changes[key.strip()] = json.loads(value) if value in ("true", "false") else value
        svc.settings.update(**changes)
    values = asdict(svc.settings.get())
    emit(args, values, lambda out: out.writelines(f"{k} = {v}\n" for k, v in values.items()))


def _skipped(out: TextIO, skipped: dict[str, int] | None) -> None:
    for reason, n in sorted((skipped or {}).items(), key=lambda kv: -kv[1]):
        out.write(f"  skipped {n:>5}  {reason}\n")


def _import_progress(args: argparse.Namespace) -> Callable[[ImportProgress], None] | None:
    if args.json or not sys.stderr.isatty():
        return None

    def show(p: ImportProgress) -> None:
        sys.stderr.write(f"\r{p.stage}: {p.fraction:4.0%}\033[K")

    return show


def run_import(svc: Services, args: argparse.Namespace) -> None:
    progress = _import_progress(args)
    if args.action in ("csv", "trades"):
        reports = svc.imports.import_csv(args.file, progress=progress)
        rows = [asdict(r) for r in reports]

        def csv_text(out: TextIO) -> None:
            for r in reports:
                made = "created" if r.created_trader else "existing trader"
                out.write(
                    f"{r.trader} ({made}): {r.rows} rows read, {r.new_trades} new trades, "
                    f"{r.signals_created} signals created, {r.trades_closed} open trades "
                    f"closed; {r.accepted} decisions accepted, {r.rejected} rejected\n"
                )
                _skipped(out, r.skipped)

        emit(args, rows, csv_text)
        return
    if args.action == "binance":
        b = svc.imports.import_binance(args.file, args.trader, args.leverage, progress=progress)

        def binance_text(out: TextIO) -> None:
            made = "created" if b.created_trader else "existing trader"
            out.write(
                f"{b.trader} ({made}): {b.rows_read} fills read → {b.trades_found} trades "
                f"({b.open_trades} still open); {b.trades_created} new trades, "
                f"{b.trades_closed} open trades closed, {b.signals_created} signals created, "
                f"{b.already_imported} imported before; {b.accepted} decisions accepted, "
                f"{b.rejected} rejected\n"
            )
            _skipped(out, b.skipped)
            for note in b.notes:
                out.write(f"note: {note}\n")

        emit(args, asdict(b), binance_text)
        return
    report = svc.imports.import_telegram(args.file, args.trader, progress=progress)
    data = asdict(report)

    def text(out: TextIO) -> None:
        made = "created" if report.created_trader else "existing trader"
        out.write(
            f"{report.trader} ({made}): {report.messages_read} messages read, "
            f"{report.signals_found} signals, {report.follow_ups_linked} follow-ups linked, "
            f"{report.not_signals} not signals, {report.needs_review} need review, "
            f"{report.already_imported} imported before; {report.trades_created} trades and "
            f"{report.signals_created} signals created; {report.accepted} decisions "
            f"accepted, {report.rejected} rejected\n"
        )
        _skipped(out, report.skipped)
        for note in report.notes:
            out.write(f"note: {note}\n")

    emit(args, data, text)


def run_poll(svc: Services, args: argparse.Namespace) -> None:
    """One Binance poll now: every Binance trader, or ``args.trader``."""
    report = svc.binance.poll(args.trader)
    data = {**asdict(report), "polled_at": iso(report.polled_at)}

    def text(out: TextIO) -> None:
        out.write(
            f"Binance: {report.traders_polled} traders polled, {report.positions_seen} open "
            f"positions seen, {report.signals_created} new signals ({report.accepted} accepted, "
            f"{report.rejected} rejected), {report.hidden} with hidden positions, "
            f"{len(report.errors)} errors\n"
        )
        for t in report.traders:
            if t.error:
                state = f"error: {t.error}"
            elif t.hidden:
                state = "positions hidden by the trader"
            elif t.baseline:
                state = f"{t.positions} open positions remembered (first look, nothing copied)"
            else:
                state = f"{t.positions} open positions, {t.signals_created} new signals"
            out.write(f"  {t.trader}: {state}\n")
            for change in t.changes:
                out.write(f"    {change}\n")

    emit(args, data, text)
    if report.traders and all(t.error for t in report.traders):
        raise CommandFailed(
            f"every Binance trader's poll failed ({len(report.traders)}); first: "
            f"{report.traders[0].trader}: {report.traders[0].error}",
            EXIT_NETWORK,
        )


def run_demo(svc: Services, args: argparse.Namespace) -> None:
    def progress(done: int, total: int) -> None:
        if not args.json and sys.stderr.isatty():
            sys.stderr.write(f"\rloading demo traders: {done}/{total}")

    report = svc.demo.load(args.traders, args.days, args.seed, progress=progress)
    data = {**asdict(report), "db": str(svc.store.path)}
    emit(
        args,
        data,
        lambda out: out.write(
            f"\nLoaded {report.traders} traders, {report.trades:,} trades, "
            f"{report.signals:,} signals ({report.accepted:,} accepted, "
            f"{report.copied:,} copied), {report.prices:,} daily prices into {svc.store.path}\n"
            f"{report.open_positions:,} paper position(s) open"
            + (
                f"; worth a look first: {svc.traders.get(report.showcase).name}\n"
                if report.showcase is not None
                else "\n"
            )
        ),
    )
