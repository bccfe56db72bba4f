"""traders, signal and signals commands."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from tradermanager.cli.common import (
    CommandFailed,
    changes_from,
    emit,
    print_trader,
    trader_payload,
)
from tradermanager.cli.output import print_promotion, print_table, signal_rows, trader_rows
from tradermanager.cli.review import run_review
from tradermanager.domain.enums import SignalKind
from tradermanager.domain.errors import ValidationError
from tradermanager.domain.promotion import RISK_WINDOW
from tradermanager.domain.serialize import (
    copy_to_dict,
    decision_to_dict,
    stored_signal_to_dict,
    trader_to_dict,
)
from tradermanager.domain.signal_input import parse_signal_payload
from tradermanager.services import Services

EXIT_NOT_CONFIRMED = 2  # as for invalid input: nothing was changed


def run_traders(svc: Services, args: argparse.Namespace) -> None:
    action = args.action
    if action == "list":
        traders = svc.traders.list(status=args.status, source=args.source, token=args.token)
        rows = [trader_to_dict(t, svc.traders.size_per_trade(t)) for t in traders]
        emit(args, rows, lambda out: print_table(out, *trader_rows(rows)))
        return
    if action in ("pause-all", "resume-all"):
        names = svc.traders.pause_all() if action == "pause-all" else svc.traders.resume_all()
        verb = "paused" if action == "pause-all" else "resumed"
        emit(args, {verb: names}, lambda out: out.write(f"{verb}: {', '.join(names) or 'none'}\n"))
        return
    if action == "add":
        values = changes_from(args)
        if args.paused:
            values["active"] = False
        if values.get("paper_only") is False:
            confirm_live(svc, args, values["name"])
        trader = svc.traders.add(**values)
    elif action == "update":
        changes = changes_from(args)
        if not changes:
            raise ValidationError("settings", None, "at least one setting flag, e.g. --multiplier")
        if changes.get("paper_only") is False and svc.traders.get(args.trader).settings.paper_only:
            confirm_live(svc, args, args.trader)
        trader = svc.traders.update(args.trader, **changes)
    elif action == "toggle":
        trader = svc.traders.toggle(args.trader, args.active)
    elif action == "delete":
        svc.traders.delete(args.trader, purge=args.purge)
        verb = "deleted for good" if args.purge else "archived (restore with `traders restore`)"
        emit(
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
        svc.metrics.trader_metrics(args.trader, RISK_WINDOW)  # the risk criteria read these
        trader = svc.promotion.promote(args.trader, override=args.override)
    elif action == "demote":
        trader = svc.traders.demote_to_paper(args.trader)
    elif action == "promotion":
        keys = (
            "min_trades",
            "min_days",
            "min_win_rate",
            "max_drawdown",
            "max_avg_leverage",
            "max_liquidation_risk",
            "max_risk_score",
        )
        criteria = {k: getattr(args, k) for k in keys if getattr(args, k) is not None}
        if criteria:
            svc.promotion.set_criteria(None if args.defaults else args.trader, **criteria)
        svc.metrics.trader_metrics(args.trader, RISK_WINDOW)  # computed when not cached
        status = svc.promotion.as_dict(svc.promotion.status(args.trader))
        emit(args, status, lambda out: print_promotion(out, status))
        return
    else:  # show
        trader = svc.traders.get(args.trader)
    data = trader_payload(svc, trader.id)
    if action == "show":
        data["history"] = [
            {"at": e.at.isoformat(), "kind": e.kind, "detail": e.detail}
            for e in svc.traders.history(trader.id)
        ]
    emit(args, data, print_trader(data))


def confirm_live(svc: Services, args: argparse.Namespace, name: str) -> None:
    """Making a trader live places real orders: say where, and ask (``--yes`` answers for a
    script; without a terminal and without it, nothing changes)."""
    target = svc.live_copies.connection_target()
    size = svc.settings.get().base_size * (getattr(args, "multiplier", None) or 1.0)
    if target is None:
        where = (
            "No exchange is connected: its signals will be decided and recorded, and no order "
            "is sent until you run `tradermanager exchange connect` (docs/live.md)."
        )
    else:
        where = (
            f"Its accepted signals will place real orders on {target} (about ${size:,.2f} "
            "margin per copy, each with a stop on the exchange; signals without a stop-loss "
            "are not copied live)."
        )
    sys.stderr.write(f"{name} goes live. {where}\n")
    if args.yes:
        return
    if not sys.stdin.isatty():
        raise CommandFailed(
            f"{name} was left as it was: confirm with --yes to make a trader live from a script",
            EXIT_NOT_CONFIRMED,
        )
    answer = input(f"Make {name} live? [y/N] ").strip().lower()
    if answer not in ("y", "yes"):
        raise CommandFailed(f"{name} was left as it was", EXIT_NOT_CONFIRMED)


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


def run_signal(svc: Services, args: argparse.Namespace) -> None:
    trader_name, signal = parse_signal_payload(_read_payload(args.payload))
    result = svc.pipeline.process(trader_name, signal)
    data = {
        "signal_id": result.signal_id,
        "trader": trader_name,
        "duplicate": result.duplicate,
        "decision": decision_to_dict(result.decision),
        "paper": result.paper,
        "copied_trade": copy_to_dict(result.copied_trade) if result.copied_trade else None,
    }

    def text(out: TextIO) -> None:
        verdict = "ACCEPTED" if result.decision.accepted else "REJECTED"
        reason = f" [{result.decision.reason.value}]" if result.decision.reason else ""
        again = " (already processed; not copied again)" if result.duplicate else ""
        out.write(f"{verdict}{reason}: {result.decision.message}{again}\n")
        accepted_opening = result.decision.accepted and signal.kind is SignalKind.OPEN
        if result.paper and accepted_opening and not result.duplicate:
            out.write(
                f"paper: {signal.symbol} {signal.side.value} {signal.leverage:g}x; the paper "
                "account sizes and fills it on the first candle after it was received (entry, "
                "stop, targets, fees as in docs/execution.md): `tradermanager positions list` "
                "shows it once stored prices reach it\n"
            )

    emit(args, data, text)


def run_signals(svc: Services, args: argparse.Namespace) -> None:
    if args.action == "review":
        run_review(svc, args)
        return
    data = [stored_signal_to_dict(s) for s in svc.pipeline.signals(args.trader, limit=args.limit)]
    emit(args, data, lambda out: print_table(out, *signal_rows(data)))
