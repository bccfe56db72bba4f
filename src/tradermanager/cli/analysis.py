"""metrics, alerts and backtest commands."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from tradermanager.cli.common import emit
from tradermanager.cli.compare_output import print_comparison
from tradermanager.cli.output import print_alert_report, print_alerts, print_metrics, print_table
from tradermanager.cli.portfolio import print_summary, summary_to_dict
from tradermanager.cli.positions_output import print_trades
from tradermanager.domain.engine.serialize import trade_to_dict
from tradermanager.domain.errors import NotFoundError
from tradermanager.domain.serialize import event_to_dict, iso, rule_to_dict
from tradermanager.domain.signal_input import parse_time
from tradermanager.services import Services


def run_metrics(svc: Services, args: argparse.Namespace) -> None:
    trader = svc.traders.get(args.trader)
    if args.refresh:
        svc.metrics.refresh([trader.id])
    snapshot = svc.metrics.trader_metrics(trader.id, args.window)
    data = {
        "trader": trader.name,
        "window": snapshot.window,
        "computed_at": iso(snapshot.computed_at),
        **snapshot.values,
    }
    emit(args, data, lambda out: print_metrics(out, data))


_QT_APP: list[Any] = []


def run_report(svc: Services, args: argparse.Namespace) -> None:
    """Write the trader's HTML report. The charts are drawn by the window's widgets, so a
    QApplication on Qt's offscreen platform is made when none exists (no display needed)."""
    from PySide6.QtWidgets import QApplication

    from tradermanager.ui.report_export import export_report

    if QApplication.instance() is None:
        app = QApplication(["tradermanager", "-platform", "offscreen"])
        app.setStyle("Fusion")  # the window's look
        _QT_APP.append(app)  # lives as long as the process: Qt dislikes a second one
    path = export_report(svc, args.trader, args.window, args.out)
    trader = svc.traders.get(args.trader)
    data = {
        "trader": trader.name,
        "window": args.window,
        "file": str(path.resolve()),
        "bytes": path.stat().st_size,
    }
    emit(args, data, lambda out: out.write(f"report of {trader.name} written to {path}\n"))


def run_portfolio(svc: Services, args: argparse.Namespace) -> None:
    summary = svc.portfolio.summary()
    emit(args, summary_to_dict(summary), lambda out: print_summary(out, summary))


def run_compare(svc: Services, args: argparse.Namespace) -> None:
    result = svc.comparison.compare(args.compare, args.window)
    emit(args, result.as_dict(), lambda out: print_comparison(out, result))


def _trader_name(svc: Services, trader_id: int | None) -> str | None:
    return svc.traders.get(trader_id).name if trader_id is not None else None


def run_alerts(svc: Services, args: argparse.Namespace) -> None:
    action = args.action
    if action == "add":
        trader = None if args.trader.lower() == "all" else args.trader
        rule = svc.alerts.add_rule(
            trader,
            args.rule,
            args.threshold,
            auto_pause=args.auto_pause,
            window=args.window,
            channels=args.channels,
            severity=args.severity,
        )
        data: Any = rule_to_dict(rule, _trader_name(svc, rule.trader_id))
        emit(args, data, lambda out: out.write(f"added alert rule #{rule.id}\n"))
        return
    if action == "route":
        current = next((r for r in svc.alerts.rules() if r.id == args.rule_id), None)
        if current is None:
            raise NotFoundError(f"no alert rule with id {args.rule_id}")
        channels = current.channels if args.channels is None else args.channels
        severity = args.severity or (current.severity.value if current.severity else None)
        rule = svc.alerts.set_routing(args.rule_id, channels, severity)
        data = rule_to_dict(rule, _trader_name(svc, rule.trader_id))
        emit(
            args,
            data,
            lambda out: out.write(
                f"rule #{rule.id}: {', '.join(data['channels'])}; {data['severity']}\n"
            ),
        )
        return
    if action == "remove":
        svc.alerts.remove_rule(args.rule_id)
        emit(args, {"removed": args.rule_id}, lambda out: out.write("removed\n"))
        return
    if action == "ack":
        n = svc.alerts.acknowledge(args.ids or None)
        emit(args, {"acknowledged": n}, lambda out: out.write(f"acknowledged {n}\n"))
        return
    if action == "evaluate":
        report = svc.alerts.evaluate()
        data = {
            "traders": report.traders,
            "rules": report.rules,
            "fired": [event_to_dict(e) for e in report.fired],
            "rearmed": report.rearmed,
            "paused": list(report.paused),
        }
        emit(args, data, lambda out: print_alert_report(out, data))
        return
    data = {
        "rules": [rule_to_dict(r, _trader_name(svc, r.trader_id)) for r in svc.alerts.rules()],
        "events": [event_to_dict(e) for e in svc.alerts.events(unacknowledged=args.unacknowledged)],
    }
    emit(args, data, lambda out: print_alerts(out, data))


def _side_to_dict(side: Any) -> dict[str, Any]:
    run = side.run
    return {
        "final_value": run.final_value,
        "roi": side.roi,
        "max_drawdown": side.max_drawdown,
        "sharpe_ratio": side.sharpe_ratio,
        "sortino_ratio": side.sortino_ratio,
        "trade_count": run.trades,
        "win_rate": side.win_rate,
        "signals": run.signals,
        "accepted": run.accepted,
        "rejected_by_reason": run.rejected_by_reason,
        "open_positions": run.open_positions,
        "trades": [trade_to_dict(c) for c in run.closed],
        "equity": [
            {"day": d.isoformat(), "equity": v} for d, v in zip(side.days, side.equity, strict=True)
        ],
    }


def run_backtest(svc: Services, args: argparse.Namespace) -> None:
    overrides = {
        k: getattr(args, k)
        for k in ("multiplier", "max_leverage", "min_confidence", "whitelist", "blacklist")
    }
    start = parse_time(args.start, "start") if args.start else None
    end = parse_time(args.end, "end") if args.end else None
    report = svc.backtest.run(
        args.trader,
        days=args.days,
        start=start,
        end=end,
        initial_capital=args.capital,
        interval=args.interval,
        **overrides,
    )
    mine = _side_to_dict(report.with_settings)
    base = _side_to_dict(report.copy_everything)
    data = {
        "trader": report.trader,
        "start": iso(report.start),
        "end": iso(report.end),
        "interval": report.interval,
        "missing_prices": list(report.missing_prices),
        "estimated_brackets": list(report.estimated_brackets),
        "with_settings": mine,
        "copy_everything_1x": base,
    }

    def text(out: TextIO) -> None:
        out.write(f"{report.trader}: {iso(report.start)} → {iso(report.end)}\n")
        rows = [
            [key, _fmt(mine[key], key), _fmt(base[key], key)]
            for key in (
                "final_value",
                "roi",
                "max_drawdown",
                "sharpe_ratio",
                "sortino_ratio",
                "trade_count",
                "win_rate",
                "signals",
                "accepted",
                "open_positions",
            )
        ]
        print_table(out, ["", "these settings", "copy everything 1x"], rows)
        for reason, n in sorted(mine["rejected_by_reason"].items(), key=lambda kv: -kv[1]):
            out.write(f"  rejected {n:>6}  {reason}\n")
        if report.missing_prices:
            out.write(f"  no candles for: {', '.join(report.missing_prices)}\n")
        if report.estimated_brackets:
            out.write(
                "  liquidation prices ESTIMATED (no leverage brackets known) for: "
                f"{', '.join(report.estimated_brackets)}\n"
            )
        print_trades(out, mine["trades"])

    emit(args, data, text)


def _fmt(value: Any, key: str) -> str:
    if value is None:
        return "—"
    if key in ("roi", "max_drawdown", "win_rate"):
        return f"{value * 100:+.2f}%" if key != "win_rate" else f"{value * 100:.1f}%"
    if key == "final_value":
        return f"${value:,.2f}"
    return f"{value:.2f}" if isinstance(value, float) else str(value)
