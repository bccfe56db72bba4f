"""discover commands: scan, import FILE, rank, evaluate, add ID (docs/discover.md)."""

from __future__ import annotations

import argparse
import math
from dataclasses import asdict
from typing import Any, TextIO

from tradermanager.cli.common import emit
from tradermanager.cli.output import print_table
from tradermanager.domain.serialize import iso
from tradermanager.services import Services
from tradermanager.services.discover_results import RankedCandidate
from tradermanager.services.discover_scan import ScanOptions


def _pct(value: float | None, digits: int = 1) -> str | None:
    return None if value is None else f"{value * 100:+.{digits}f}%"


def _clean(value: Any) -> Any:
    """JSON-safe: NaN becomes null, dates ISO text."""
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def ranked_dict(r: RankedCandidate) -> dict[str, Any]:
    c = r.candidate
    return _clean(
        {
            "rank": r.rank,
            "id": c.id,
            "name": c.name,
            "source": c.source.value,
            "source_ref": c.source_ref,
            "status": r.status.value,
            "status_reason": c.status_reason,
            "first_seen": iso(c.first_seen),
            "last_seen": iso(c.last_seen),
            "aum": c.aum,
            "copiers": c.copiers,
            "trader_id": c.trader_id,
            "parts": asdict(r.parts),
        }
    )


def run_discover(svc: Services, args: argparse.Namespace) -> None:
    action = args.action
    if action == "scan":
        scan = svc.discover.scan(ScanOptions(copy_pages=args.pages), binance=not args.no_binance)
        data = _clean(asdict(scan))

        def scan_text(out: TextIO) -> None:
            out.write(
                f"{scan.candidates} candidates read ({scan.new} new), "
                f"{scan.days_stored} daily records stored, {scan.followed} followed "
                f"traders; {scan.hidden_positions} hide their positions; "
                f"{scan.vanished} vanished, {scan.blown_up} newly blown up\n"
            )
            for error in scan.errors:
                out.write(f"error: {error}\n")

        emit(args, data, scan_text)
        return
    if action == "import":
        imported = svc.discover.import_file(args.file)
        emit(
            args,
            asdict(imported),
            lambda out: out.write(
                f"{imported.file}: {imported.candidates} candidates ({imported.new} new), "
                f"{imported.days} daily records\n"
            ),
        )
        return
    if action == "rank":
        ranking = svc.discover.rank(args.top)
        rows = [ranked_dict(r) for r in ranking.candidates]

        def rank_text(out: TextIO) -> None:
            if not ranking.candidates:
                out.write("no candidates yet: run `tradermanager discover scan` or import a file\n")
                return
            out.write(
                f"as of {ranking.as_of}; population Sharpe {ranking.prior_mean:.2f}, "
                f"spread {ranking.prior_spread:.2f}\n"
            )
            table = []
            for r in ranking.candidates:
                p = r.parts
                table.append(
                    [
                        r.rank,
                        r.candidate.id,
                        r.candidate.name[:28],
                        r.candidate.source.value,
                        r.status.value,
                        "—" if p.score is None else f"{p.score:.2f}",
                        "—" if p.sharpe is None else f"{p.sharpe:.2f}",
                        f"{p.shrunk_sharpe:.2f}",
                        _pct(p.roi),
                        _pct(p.max_drawdown),
                        f"{p.leverage:.1f}x" + ("?" if p.leverage_assumed else ""),
                        p.days,
                    ]
                )
            print_table(
                out,
                [
                    "#",
                    "id",
                    "name",
                    "source",
                    "status",
                    "score",
                    "sharpe",
                    "shrunk",
                    "roi",
                    "max dd",
                    "lev",
                    "days",
                ],
                table,
            )

        emit(args, rows, rank_text)
        return
    if action == "evaluate":
        evaluation = svc.discover.evaluate()
        e = evaluation.evaluation
        data = _clean(
            {
                "too_short": e.too_short,
                "candidates": evaluation.candidates,
                "first_seen_later": evaluation.first_seen_later,
                "mean_spearman": e.mean_spearman,
                "top_beats_rest_share": e.top_beats_rest_share,
                "top_picks": e.top_picks,
                "top_blowups": e.top_blowups,
                "dates": [
                    {"date": d.isoformat(), **asdict(row)}
                    for d, row in zip(evaluation.dates, e.dates, strict=True)
                ],
            }
        )

        def evaluate_text(out: TextIO) -> None:
            if e.too_short:
                out.write(f"no verdict: {e.too_short}\n")
                return
            out.write(
                f"{len(e.dates)} dates, next-30-day outcome: mean rank correlation "
                f"{e.mean_spearman:+.3f}; the top decile beat the rest on "
                f"{e.top_beats_rest_share:.0%} of dates; {e.top_blowups} of {e.top_picks} "
                f"top picks blew up\n"
            )
            if evaluation.first_seen_later:
                out.write(
                    f"note: {evaluation.first_seen_later} candidate(s) were first listed after "
                    f"the first date; their earlier days come from the source's history\n"
                )
            print_table(
                out,
                ["date", "ranked", "rank corr", "top mean", "rest mean", "top blow-ups"],
                [
                    [
                        d.isoformat(),
                        row.candidates,
                        "—" if math.isnan(row.spearman) else f"{row.spearman:+.3f}",
                        _pct(row.top_mean),
                        None if math.isnan(row.rest_mean) else _pct(row.rest_mean),
                        f"{row.top_blowups}/{row.top_count}",
                    ]
                    for d, row in zip(evaluation.dates, e.dates, strict=True)
                ],
            )

        emit(args, data, evaluate_text)
        return
    if action == "add":
        trader = svc.discover.add_paper_trader(args.id)
        s = trader.settings
        emit(
            args,
            {
                "trader_id": trader.id,
                "name": s.name,
                "source": s.source.value,
                "source_ref": s.source_ref,
                "multiplier": s.multiplier,
                "max_leverage": s.max_leverage,
                "paper_only": s.paper_only,
            },
            lambda out: out.write(
                f"added {s.name} as a paper trader (id {trader.id}): {s.multiplier:g}× size, "
                f"at most {s.max_leverage}× leverage, source {s.source.value} {s.source_ref}\n"
            ),
        )
        return
    raise AssertionError(action)
