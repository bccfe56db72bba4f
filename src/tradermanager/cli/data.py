"""settings, import and demo commands."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import Any, TextIO

from tradermanager.cli.common import emit
from tradermanager.domain.errors import ValidationError
from tradermanager.services import Services


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


def run_import(svc: Services, args: argparse.Namespace) -> None:
    if args.action == "trades":
        reports = [asdict(r) for r in svc.imports.import_trades(args.file)]
        emit(
            args,
            reports,
            lambda out: out.writelines(
                f"{r['trader']}: {r['rows']} rows, {r['new_trades']} new trades, "
                f"{r['accepted']} decisions accepted, {r['rejected']} rejected\n"
                for r in reports
            ),
        )
        return
    report = svc.imports.import_telegram(args.file, args.trader)
    data = asdict(report)

    def text(out: TextIO) -> None:
        made = "created" if report.created_trader else "existing trader"
        out.write(
            f"{report.trader} ({made}): {report.messages_read} messages read, "
            f"{report.signals_found} signals, {report.follow_ups_linked} follow-ups linked, "
            f"{report.not_signals} not signals, {report.needs_review} need review, "
            f"{report.already_imported} imported before; {report.accepted} decisions accepted, "
            f"{report.rejected} rejected\n"
        )
        for reason, n in sorted(report.skipped.items(), key=lambda kv: -kv[1]):
            out.write(f"  {n:>5}  {reason}\n")
        for note in report.notes:
            out.write(f"note: {note}\n")

    emit(args, data, text)


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
        ),
    )
