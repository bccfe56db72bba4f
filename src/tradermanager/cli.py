"""The command line: every capability without the window (cron, servers, scripts).

Every command takes ``--db PATH`` and ``--json``. Errors go to stderr with a non-zero exit
code: 2 for invalid input, 3 for something that does not exist, 1 for a database problem.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any, TextIO

from tradermanager import __version__
from tradermanager.cli_output import (
    print_alert_report,
    print_alerts,
    print_metrics,
    print_table,
    signal_rows,
    trader_rows,
)
from tradermanager.domain.errors import NotFoundError, ValidationError
from tradermanager.domain.serialize import (
    copy_to_dict,
    decision_to_dict,
    event_to_dict,
    iso,
    rule_to_dict,
    stored_signal_to_dict,
    trader_to_dict,
)
from tradermanager.domain.signal_input import parse_signal_payload
from tradermanager.services import Services, open_services
from tradermanager.store.errors import StoreError

EXIT_STORE, EXIT_INVALID, EXIT_NOT_FOUND = 1, 2, 3

# Commands that only read: they refuse a --db path that does not exist instead of creating it.
READ_ONLY = {
    "traders list",
    "traders show",
    "signals list",
    "settings show",
    "metrics",
    "alerts list",
}


def _common(default: Any) -> argparse.ArgumentParser:
    """--db and --json, accepted before or after the command (``default`` SUPPRESS keeps a
    subcommand from overwriting a value given before it)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db", type=Path, default=default, help="database file (default: the user data folder)"
    )
    common.add_argument(
        "--json", action="store_true", default=default, help="machine-readable output"
    )
    return common


def _settings_flags(parser: argparse.ArgumentParser, *, name_required: bool) -> None:
    parser.add_argument("--name", required=name_required)
    parser.add_argument("--source", choices=["binance", "telegram", "manual"])
    parser.add_argument("--source-ref", help="e.g. @channel or a lead-trader id")
    parser.add_argument("--multiplier", type=float, help="position-size multiplier, 0.5–2.0")
    parser.add_argument("--min-confidence", type=float, help="0.0–1.0")
    parser.add_argument("--max-leverage", type=float, help="1–125")
    parser.add_argument("--whitelist", help="comma-separated tokens; empty string = all tokens")
    parser.add_argument("--blacklist", help="comma-separated tokens")
    parser.add_argument("--priority", type=float, help="0–100, higher first")
    parser.add_argument("--reference-capital", type=float, help="USD, base of daily returns")
    parser.add_argument("--notes")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--paper", dest="paper_only", action="store_const", const=True)
    mode.add_argument("--live", dest="paper_only", action="store_const", const=False)


SETTING_FLAGS = (
    "name",
    "source",
    "source_ref",
    "multiplier",
    "min_confidence",
    "max_leverage",
    "whitelist",
    "blacklist",
    "priority",
    "reference_capital",
    "notes",
    "paper_only",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tradermanager",
        description="Copy-trading risk manager. Without a command, opens the window.",
        parents=[_common(None)],
    )
    common = _common(argparse.SUPPRESS)
    parser.add_argument("--version", action="version", version=f"tradermanager {__version__}")
    parser.add_argument("--demo", action="store_true", help="load the demo portfolio first")
    parser.add_argument("--log-level", default="WARNING", help="DEBUG, INFO, WARNING, ERROR")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", parents=[common], help="load the demo portfolio")
    demo.add_argument("--traders", type=int, default=6)
    demo.add_argument("--days", type=int, default=180)
    demo.add_argument("--seed", type=int, default=7)

    traders = sub.add_parser("traders", help="manage traders").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    t_list = traders.add_parser("list", parents=[common], help="list traders")
    t_list.add_argument("--status", choices=["active", "paused", "archived"])
    t_list.add_argument("--source", choices=["binance", "telegram", "manual"])
    t_list.add_argument("--token", help="only traders who trade this token")
    t_show = traders.add_parser("show", parents=[common], help="one trader with its history")
    t_show.add_argument("trader")
    t_add = traders.add_parser("add", parents=[common], help="add a trader")
    _settings_flags(t_add, name_required=True)
    t_add.add_argument("--paused", action="store_true", help="start paused")
    t_update = traders.add_parser("update", parents=[common], help="change settings")
    t_update.add_argument("trader")
    _settings_flags(t_update, name_required=False)
    t_toggle = traders.add_parser("toggle", parents=[common], help="switch copying on/off")
    t_toggle.add_argument("trader")
    onoff = t_toggle.add_mutually_exclusive_group()
    onoff.add_argument("--on", dest="active", action="store_const", const=True)
    onoff.add_argument("--off", dest="active", action="store_const", const=False)
    t_delete = traders.add_parser("delete", parents=[common], help="archive (or --purge)")
    t_delete.add_argument("trader")
    t_delete.add_argument("--purge", action="store_true", help="delete for good, with history")
    t_restore = traders.add_parser("restore", parents=[common], help="un-archive")
    t_restore.add_argument("trader")
    t_dup = traders.add_parser("duplicate", parents=[common], help="copy settings")
    t_dup.add_argument("trader")
    t_dup.add_argument("--name", required=True, help="name of the copy")
    t_promote = traders.add_parser("promote", parents=[common], help="paper → live")
    t_promote.add_argument("trader")

    signal = sub.add_parser(
        "signal",
        parents=[common],
        help="feed one signal (JSON) through the copy pipeline",
        description='JSON object: {"trader", "id", "time", "symbol", "side", "kind": '
        'open|close|update, "price", "leverage", "confidence"}. Reads stdin when omitted.',
    )
    signal.add_argument("payload", nargs="?", help="the JSON object, or @FILE")

    signals = sub.add_parser("signals", help="stored signals").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    s_list = signals.add_parser("list", parents=[common], help="signals with their decisions")
    s_list.add_argument("--trader")
    s_list.add_argument("--limit", type=int, default=200)

    metrics = sub.add_parser(
        "metrics", parents=[common], help="every metric family of one trader for a window"
    )
    metrics.add_argument("trader")
    metrics.add_argument("--window", choices=["7d", "30d", "90d", "all"], default="30d")
    metrics.add_argument("--refresh", action="store_true", help="recompute, ignore the cache")

    alerts = sub.add_parser("alerts", help="alert rules and events").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    a_add = alerts.add_parser("add", parents=[common], help="add a rule")
    a_add.add_argument("trader", help='a trader name, or "all" for a default rule')
    a_add.add_argument(
        "--rule",
        required=True,
        choices=[
            "drawdown",
            "win-rate",
            "losses",
            "leverage",
            "liquidation",
            "silence",
            "daily-loss",
        ],
    )
    a_add.add_argument("--threshold", type=float, help="the rule's limit (default per rule)")
    a_add.add_argument("--window", type=int, default=20, help="trades, for win-rate")
    a_add.add_argument("--auto-pause", action="store_true", help="pause the trader on breach")
    a_list = alerts.add_parser("list", parents=[common], help="rules and events")
    a_list.add_argument("--unacknowledged", action="store_true")
    alerts.add_parser("evaluate", parents=[common], help="check every rule once")
    a_ack = alerts.add_parser("ack", parents=[common], help="acknowledge events")
    a_ack.add_argument("ids", nargs="*", type=int, help="event ids (default: all)")
    a_remove = alerts.add_parser("remove", parents=[common], help="delete a rule")
    a_remove.add_argument("rule_id", type=int)

    settings = sub.add_parser("settings", help="global settings").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    settings.add_parser("show", parents=[common])
    s_set = settings.add_parser("set", parents=[common], help="KEY=VALUE ...")
    s_set.add_argument("pairs", nargs="+")
    return parser


def _emit(args: argparse.Namespace, data: Any, text: Callable[[TextIO], object]) -> None:
    if args.json:
        json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        text(sys.stdout)


def _changes(args: argparse.Namespace) -> dict[str, Any]:
    return {k: getattr(args, k) for k in SETTING_FLAGS if getattr(args, k, None) is not None}


def _trader_payload(svc: Services, ref: int | str) -> dict[str, Any]:
    trader = svc.traders.get(ref)
    return trader_to_dict(trader, svc.traders.size_per_trade(trader))


def _print_trader(data: dict[str, Any]) -> Callable[[TextIO], None]:
    def show(out: TextIO) -> None:
        width = max(len(k) for k in data)
        for key, value in data.items():
            if key == "history":
                out.write("history:\n")
                for event in value:
                    out.write(f"  {event['at']}  {event['kind']}  {event['detail']}\n")
            else:
                out.write(f"{key.ljust(width)}  {value}\n")

    return show


def _run_traders(svc: Services, args: argparse.Namespace) -> None:
    action = args.action
    if action == "list":
        traders = svc.traders.list(status=args.status, source=args.source, token=args.token)
        rows = [trader_to_dict(t, svc.traders.size_per_trade(t)) for t in traders]
        _emit(args, rows, lambda out: print_table(out, *trader_rows(rows)))
        return
    if action == "add":
        values = _changes(args)
        if args.paused:
            values["active"] = False
        trader = svc.traders.add(**values)
    elif action == "update":
        changes = _changes(args)
        if not changes:
            raise ValidationError("settings", None, "at least one setting flag, e.g. --multiplier")
        trader = svc.traders.update(args.trader, **changes)
    elif action == "toggle":
        trader = svc.traders.toggle(args.trader, args.active)
    elif action == "delete":
        svc.traders.delete(args.trader, purge=args.purge)
        verb = "deleted for good" if args.purge else "archived (restore with `traders restore`)"
        _emit(
            args,
            {"trader": args.trader, "purged": args.purge},
            lambda o: o.write(f"{args.trader}: {verb}\n"),
        )
        return
    elif action == "restore":
        trader = svc.traders.restore(args.trader)
    elif action == "duplicate":
        trader = svc.traders.duplicate(args.trader, args.name)
    elif action == "promote":
        trader = svc.traders.promote_to_live(args.trader)
    else:  # show
        trader = svc.traders.get(args.trader)
    data = _trader_payload(svc, trader.id)
    if action == "show":
        data["history"] = [
            {"at": e.at.isoformat(), "kind": e.kind, "detail": e.detail}
            for e in svc.traders.history(trader.id)
        ]
    _emit(args, data, _print_trader(data))


def _read_payload(raw: str | None) -> Any:
    source = "stdin"
    if raw is None:
        text = sys.stdin.read()
    elif raw.startswith("@"):
        source = raw[1:]
        try:
            text = Path(source).read_text(encoding="utf-8")
        except OSError as exc:
            raise ValidationError(
                "payload", raw, f"a readable JSON file ({exc.strerror})"
            ) from None
    else:
        source, text = "argument", raw
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            "payload",
            text[:80],
            f"a JSON object (invalid JSON in {source}: {exc.msg} at "
            f"line {exc.lineno} column {exc.colno})",
        ) from None


def _run_signal(svc: Services, args: argparse.Namespace) -> None:
    trader_name, signal = parse_signal_payload(_read_payload(args.payload))
    result = svc.pipeline.process(trader_name, signal)
    data = {
        "signal_id": result.signal_id,
        "trader": trader_name,
        "duplicate": result.duplicate,
        "decision": decision_to_dict(result.decision),
        "copied_trade": copy_to_dict(result.copied_trade) if result.copied_trade else None,
    }

    def text(out: TextIO) -> None:
        verdict = "ACCEPTED" if result.decision.accepted else "REJECTED"
        reason = f" [{result.decision.reason.value}]" if result.decision.reason else ""
        again = " (already processed; not copied again)" if result.duplicate else ""
        out.write(f"{verdict}{reason}: {result.decision.message}{again}\n")
        if result.copied_trade is not None:
            c = result.copied_trade
            pnl = f", P&L ${c.pnl:,.2f}" if c.pnl is not None else ""
            out.write(
                f"{c.mode.value} {c.status.value}: {c.symbol} {c.side.value} {c.leverage:g}x, "
                f"margin ${c.margin:,.2f}, fill {c.exit_fill or c.entry_fill:.8g}{pnl}\n"
            )

    _emit(args, data, text)


def _run_signals(svc: Services, args: argparse.Namespace) -> None:
    data = [stored_signal_to_dict(s) for s in svc.pipeline.signals(args.trader, limit=args.limit)]
    _emit(args, data, lambda out: print_table(out, *signal_rows(data)))


def _run_settings(svc: Services, args: argparse.Namespace) -> None:
    if args.action == "set":
        changes: dict[str, Any] = {}
        for pair in args.pairs:
            key, sep, value = pair.partition("=")
            if not sep:
                raise ValidationError("settings", pair, "KEY=VALUE pairs")
            changes[key.strip()] = json.loads(value) if value in ("true", "false") else value
        svc.settings.update(**changes)
    values = asdict(svc.settings.get())
    _emit(args, values, lambda out: out.writelines(f"{k} = {v}\n" for k, v in values.items()))


def _run_metrics(svc: Services, args: argparse.Namespace) -> None:
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
    _emit(args, data, lambda out: print_metrics(out, data))


def _trader_name(svc: Services, trader_id: int | None) -> str | None:
    return svc.traders.get(trader_id).name if trader_id is not None else None


def _run_alerts(svc: Services, args: argparse.Namespace) -> None:
    action = args.action
    if action == "add":
        trader = None if args.trader.lower() == "all" else args.trader
        rule = svc.alerts.add_rule(
            trader, args.rule, args.threshold, auto_pause=args.auto_pause, window=args.window
        )
        data: Any = rule_to_dict(rule, _trader_name(svc, rule.trader_id))
        _emit(args, data, lambda out: out.write(f"added alert rule #{rule.id}\n"))
        return
    if action == "remove":
        svc.alerts.remove_rule(args.rule_id)
        _emit(args, {"removed": args.rule_id}, lambda out: out.write("removed\n"))
        return
    if action == "ack":
        n = svc.alerts.acknowledge(args.ids or None)
        _emit(args, {"acknowledged": n}, lambda out: out.write(f"acknowledged {n}\n"))
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
        _emit(args, data, lambda out: print_alert_report(out, data))
        return
    data = {
        "rules": [rule_to_dict(r, _trader_name(svc, r.trader_id)) for r in svc.alerts.rules()],
        "events": [event_to_dict(e) for e in svc.alerts.events(unacknowledged=args.unacknowledged)],
    }
    _emit(args, data, lambda out: print_alerts(out, data))


def _run_demo(svc: Services, args: argparse.Namespace) -> None:
    def progress(done: int, total: int) -> None:
        if not args.json and sys.stderr.isatty():
            sys.stderr.write(f"\rloading demo traders: {done}/{total}")

    report = svc.demo.load(args.traders, args.days, args.seed, progress=progress)
    data = {**asdict(report), "db": str(svc.store.path)}
    _emit(
        args,
        data,
        lambda out: out.write(
            f"\nLoaded {report.traders} traders, {report.trades:,} trades, "
            f"{report.signals:,} signals ({report.accepted:,} accepted, "
            f"{report.copied:,} copied), {report.prices:,} daily prices into {svc.store.path}\n"
        ),
    )


COMMANDS: dict[str, Callable[[Services, argparse.Namespace], None]] = {
    "traders": _run_traders,
    "signal": _run_signal,
    "signals": _run_signals,
    "settings": _run_settings,
    "demo": _run_demo,
    "metrics": _run_metrics,
    "alerts": _run_alerts,
}


def run(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code (the GUI is started by ``__main__``)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.error("no command given")
    key = f"{args.command} {getattr(args, 'action', '')}".strip()
    try:
        svc = open_services(args.db, create=key not in READ_ONLY)
    except StoreError as exc:
        return _fail(str(exc), EXIT_STORE)
    try:
        COMMANDS[args.command](svc, args)
    except ValidationError as exc:
        return _fail(f"invalid input: {exc}", EXIT_INVALID)
    except NotFoundError as exc:
        return _fail(str(exc), EXIT_NOT_FOUND)
    except StoreError as exc:
        return _fail(str(exc), EXIT_STORE)
    finally:
        svc.close()
    return 0


def _fail(message: str, code: int) -> int:
    sys.stderr.write(f"tradermanager: error: {message}\n")
    return code
