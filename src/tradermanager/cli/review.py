"""signals review: the review queue without the window."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any, TextIO

from tradermanager.cli.common import emit
from tradermanager.cli.output import print_table
from tradermanager.services import Services
from tradermanager.services.review import DELETION, FOLLOW_UP
from tradermanager.services.review_choices import ChoiceOutcome
from tradermanager.services.review_form import form_fields, one_number
from tradermanager.services.review_hints import item_to_dict, outcome_to_dict


def run_review(svc: Services, args: argparse.Namespace) -> None:
    action = args.review_action
    if action == "list":
        trader = svc.traders.get(_ref(args.channel)).id if args.channel else None
        items = [item_to_dict(i, full=False) for i in svc.review.items(trader)]
        emit(args, items, lambda out: print_table(out, *_rows(items)))
    elif action == "show":
        data = item_to_dict(svc.review.item(args.id))
        emit(args, data, _show(data))
    elif action == "accept":
        item = svc.review.item(args.id)
        fields = form_fields(
            item.parsed,
            symbol=args.symbol,
            side=args.side,
            entries=args.entry,
            zone=True if args.zone else None,
            take_profits=args.tp,
            stop_loss=args.stop,
            leverage=args.leverage,
            order_type=args.order_type,
        )
        outcome = svc.review.accept_item(
            args.id, fields, learn=args.learn, apply_template=args.apply_template
        )
        data = outcome_to_dict(outcome)
        emit(args, data, _accepted(data))
    elif action == "dismiss":
        item = svc.review.item(args.id)
        svc.review.dismiss(item.trader_id, item.source_id)
        data = {"id": item.id, "source_id": item.source_id, "dismissed": True}
        emit(args, data, lambda out: out.write(f"Dismissed {item.source_id}: nothing copied.\n"))
    elif action in ("close", "keep"):
        item = svc.review.item(args.id)
        choice: ChoiceOutcome
        if action == "keep":
            choice = svc.review.keep_deleted(item.trader_id, item.source_id)
        elif item.kind == FOLLOW_UP:
            percent = one_number(args.percent, "share")
            choice = svc.review.close_share(item.trader_id, item.source_id, percent or 0.0)
        else:
            choice = svc.review.close_deleted(item.trader_id, item.source_id)
        data = {"id": item.id, "source_id": item.source_id, "closed": choice.closed}
        data["message"] = choice.message
        emit(args, data, lambda out: out.write(choice.message + "\n"))


def _ref(value: str) -> int | str:
    return int(value) if value.strip().isdigit() else value.strip()


def _rows(items: list[dict[str, Any]]) -> tuple[list[str], list[list[Any]]]:
    headers = ["id", "trader", "message", "posted (UTC)", "kind", "read as", "why"]
    rows = []
    for i in items:
        first = i["text"].splitlines()[0] if i["text"] else ""
        rows.append(
            [
                i["id"],
                i["trader"],
                i["source_id"],
                i["posted"][:16].replace("T", " "),
                i["kind"],
                i["read_as"],
                _short(i["reason"], 70) + (f" — {_short(first, 40)}" if first else ""),
            ]
        )
    return headers, rows


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _show(data: dict[str, Any]) -> Callable[[TextIO], None]:
    def show(out: TextIO) -> None:
        out.write(f"#{data['id']}  {data['trader']}  {data['source_id']}  ({data['kind']})\n")
        out.write(f"posted:  {data['posted']}\n")
        if data["links_to"]:
            out.write(f"belongs to: {data['links_to']}\n")
        if data["deleted_at"]:
            out.write(f"deleted: {data['deleted_at']}\n")
        out.write("text:\n")
        for line in data["text"].splitlines() or [""]:
            out.write(f"  | {line}\n")
        out.write(f"read as: {data['read_as']}\n")
        parsed = data["parsed"]
        for key in ("symbol", "side", "order_type", "entries", "take_profits", "stop_loss"):
            value = parsed[key]
            if isinstance(value, list):
                value = " / ".join(f"{v:.10g}" for v in value) or None
            out.write(f"  {key:<12} {'—' if value in (None, '') else value}\n")
        leverage = parsed["leverage"]
        out.write(f"  {'leverage':<12} {'—' if leverage is None else f'{leverage:g}x'}\n")
        out.write(f"why: {data['reason']}\n")
        if data["kind"] != DELETION or data["suggestions"]:
            out.write("suggestions:\n")
            for line in data["suggestions"]:
                out.write(f"  - {line}\n")

    return show


def _accepted(data: dict[str, Any]) -> Callable[[TextIO], None]:
    def show(out: TextIO) -> None:
        if data["note"]:
            out.write(f"Applied {data['source_id']}. {data['note']}\n")
        elif data["copied"]:
            out.write(f"Copied {data['source_id']}.\n")
        else:
            out.write(
                f"Accepted {data['source_id']}; the copy rules refused it (see signals list).\n"
            )
        for f in data["follow_ups"]:
            out.write(f"  then {f['source_id']}: {f['reason']}\n")
        template = data["template"]
        if template is not None:
            out.write(f"Learnt this channel's layout: {template['markers']}\n")
            readable = template["now_readable"]
            applied = set(data["applied"])
            if readable:
                verb = "copied now" if applied else "would now read"
                out.write(f"Other waiting messages of the channel that it {verb}:\n")
                for r in readable:
                    mark = " (copied)" if r["source_id"] in applied else ""
                    out.write(f"  #{r['id']} {r['source_id']}: {r['read_as']}{mark}\n")
                if not applied:
                    out.write("Accept them with --apply-template, or one by one.\n")
            if template["still_unreadable"]:
                ids = ", ".join(f"#{r['id']}" for r in template["still_unreadable"])
                out.write(f"Still not read: {ids}\n")

    return show
