"""exchange flatten (the kill switch) and exchange reconcile."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from typing import TextIO

from tradermanager.cli.common import CommandFailed, emit
from tradermanager.domain.errors import ValidationError
from tradermanager.services import Services
from tradermanager.services.kill_switch import FlattenPlan, FlattenReport
from tradermanager.services.reconciliation import ReconciliationReport

EXIT_NOT_ALL_CLOSED = 1


def run_flatten(svc: Services, args: argparse.Namespace) -> None:
    trader_id = svc.traders.get(args.trader).id if args.trader else None
    plan = svc.kill_switch.preview(trader_id)
    if plan.empty:
        emit(
            args,
            {"nothing_to_do": True, "left_alone": list(plan.left_alone)},
            lambda out: _print_nothing(out, plan),
        )
        return
    if args.keep_copying:
        plan = replace(plan, to_pause=())
    if not args.yes:
        if not sys.stdin.isatty():
            raise ValidationError(
                "--yes", "no terminal to confirm on", "--yes to close without a question"
            )
        sys.stderr.write(_plan_text(plan))
        sys.stderr.write("Close these positions and cancel these orders? Type yes: ")
        sys.stderr.flush()
        if sys.stdin.readline().strip().lower() not in ("y", "yes"):
            sys.stderr.write("Nothing was done.\n")
            return
    report = svc.kill_switch.flatten(
        trader_id, reason="exchange flatten on the command line", pause=not args.keep_copying
    )
    emit(args, report.as_dict(), lambda out: _print_report(out, report))
    if not report.ok:
        raise CommandFailed(
            f"{len(report.failed)} thing(s) could not be closed or cancelled; see above",
            EXIT_NOT_ALL_CLOSED,
        )


def run_reconcile(svc: Services, args: argparse.Namespace) -> None:
    report = svc.reconciliation.run()
    if report is None:
        raise ValidationError("exchange", "none connected", "`tradermanager exchange connect`")
    data = {
        "checked_at": report.checked_at.isoformat(),
        "target": report.target,
        "open_copies": report.open_copies,
        "positions": report.positions,
        "restored": list(report.restored),
        "findings": [
            {"kind": f.kind, "symbol": f.symbol, "message": f.message} for f in report.findings
        ],
        "error": report.error,
    }
    emit(args, data, lambda out: _print_reconciliation(out, report))
    if report.error:
        raise CommandFailed(f"the exchange could not be read: {report.error}", 5)


def _plan_text(plan: FlattenPlan) -> str:
    lines = ["The kill switch will:"]
    lines += [f"  {close.describe()}" for close in plan.closes]
    lines += [f"  cancel {line}" for line in plan.cancels]
    if plan.left_alone:
        lines.append("and leave alone (not placed by the app):")
        lines += [f"  {line}" for line in plan.left_alone]
    if plan.to_pause:
        lines.insert(1, f"  pause {', '.join(plan.to_pause)} first, so nothing new opens")
    return "\n".join(lines) + "\n"


def _print_nothing(out: TextIO, plan: FlattenPlan) -> None:
    out.write("Nothing to close: the app has no open live position or order.\n")
    for line in plan.left_alone:
        out.write(f"Left alone (not placed by the app): {line}\n")


def _print_report(out: TextIO, report: FlattenReport) -> None:
    for line in report.closed:
        out.write(f"closed     {line}\n")
    for line in report.cancelled:
        out.write(f"cancelled  {line}\n")
    for line in report.failed:
        out.write(f"FAILED     {line}\n")
    for line in report.left_alone:
        out.write(f"left alone {line}\n")
    for name in report.paused:
        out.write(f"paused     {name}\n")
    if not (report.closed or report.cancelled or report.failed):
        out.write("Nothing was left to close.\n")


def _print_reconciliation(out: TextIO, report: ReconciliationReport) -> None:
    if report.error:
        out.write(f"The exchange could not be read: {report.error}\n")
        return
    out.write(
        f"{report.open_copies} live cop{'y' if report.open_copies == 1 else 'ies'} open, "
        f"{report.positions} position(s) on the exchange ({report.target}).\n"
    )
    for line in report.restored:
        out.write(f"protected  {line}\n")
    for finding in report.findings:
        out.write(f"UNEXPLAINED {finding.message}\n")
    if report.clean:
        out.write("Everything on the exchange is explained by the app's records.\n")
