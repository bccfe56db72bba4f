"""exchange findings: what reconciliation found on the exchange that the app's records do not
explain, kept across restarts; --acknowledge ID marks one as seen."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any, TextIO

from tradermanager.cli.common import emit
from tradermanager.domain.live_findings import ExchangeFinding
from tradermanager.services import Services


def run_findings(svc: Services, args: argparse.Namespace) -> None:
    if args.acknowledge is not None:
        finding = svc.findings.acknowledge(args.acknowledge)
        emit(
            args,
            finding_dict(finding),
            lambda out: out.write(
                f"Acknowledged {finding.id}: {finding.message}\n"
                + (
                    "It stays listed until the exchange matches the app's records again.\n"
                    if finding.open
                    else ""
                )
            ),
        )
        return
    findings = svc.findings.findings(include_resolved=args.all)
    emit(
        args,
        {"findings": [finding_dict(f) for f in findings]},
        lambda out: _print(out, findings, args.all),
    )


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def finding_dict(finding: ExchangeFinding) -> dict[str, Any]:
    return {
        "id": finding.id,
        "status": finding.status,
        "kind": finding.kind,
        "symbol": finding.symbol,
        "message": finding.message,
        "target": finding.target,
        "first_seen": _iso(finding.first_seen),
        "last_seen": _iso(finding.last_seen),
        "resolved": _iso(finding.resolved),
        "acknowledged": _iso(finding.acknowledged),
    }


def _print(out: TextIO, findings: list[ExchangeFinding], everything: bool) -> None:
    if not findings:
        out.write(
            "Nothing found: the exchange matches the app's records"
            + ("" if everything else " (--all lists resolved findings too)")
            + ".\n"
        )
        return
    for f in findings:
        seen = f"first seen {f.first_seen:%Y-%m-%d %H:%M} UTC"
        if f.last_seen != f.first_seen:
            seen += f", last {f.last_seen:%Y-%m-%d %H:%M}"
        if f.resolved is not None and f.status == "resolved":
            seen += f", resolved {f.resolved:%Y-%m-%d %H:%M}"
        out.write(f"{f.id:>5}  {f.status.upper():<12} {f.message}\n       {seen}\n")
    if any(f.needs_attention and f.status != "resolved" for f in findings):
        out.write("Mark one as seen: tradermanager exchange findings --acknowledge ID\n")
