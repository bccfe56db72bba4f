"""A review queue item as the command line and the HTTP API show it: the text, the parse, the
reason, and in sentences what it still needs and what can be done with it (where the window
shows a form with its buttons)."""

from __future__ import annotations

from typing import Any

from tradermanager.services.parsed_summary import summary
from tradermanager.services.review import (
    CORRECTION,
    DELETION,
    EDIT,
    FOLLOW_UP,
    AcceptOutcome,
    ReviewItem,
)
from tradermanager.sources.signal_parser import ParsedMessage
from tradermanager.sources.signal_parser.plausibility import implausible


def missing(parsed: ParsedMessage) -> list[str]:
    """The fields a copy needs that were not read (symbol, side, entries)."""
    out = []
    if not parsed.symbol:
        out.append("symbol")
    if parsed.side is None:
        out.append("side")
    if not parsed.entries:
        out.append("entries")
    return out


def suggestions(item: ReviewItem) -> list[str]:
    """What to check or give before accepting, and the choices the item offers."""
    parsed = item.parsed
    out: list[str] = []
    if item.kind in (CORRECTION, EDIT):
        needed = missing(parsed)
        if needed:
            out.append(f"Give the {', '.join(needed)}: not read from the text.")
        elif parsed.side is not None:
            problem = implausible(
                parsed.side, list(parsed.entries), list(parsed.take_profits), parsed.stop_loss, None
            )
            if problem:
                out.append(f"Correct the levels: {problem}")
        if parsed.stop_loss is None:
            out.append("No stop was read: give one with --stop, or accept without a stop.")
        if parsed.leverage is None:
            out.append("No leverage was read: the copy uses 1× unless --leverage is given.")
    if item.kind == CORRECTION:
        out.append(
            "Accept with the fields corrected (a correction teaches the channel's layout), or "
            "dismiss it."
        )
    elif item.kind == EDIT:
        out.append(
            f"Apply the edit to the open copy of {item.links_to} (its stop, targets and "
            "leverage; the symbol and side stay the copy's), or dismiss it to leave the copy "
            "as it is."
        )
    elif item.kind == FOLLOW_UP:
        out.append(
            f"Close a share of the copy of {item.links_to} (close --percent P; 100 closes it), "
            "or dismiss it to leave the copy as it is."
        )
    elif item.kind == DELETION:
        out.append("Close the copy (close) or keep it (keep); nothing else is sent.")
    return out


def parsed_to_dict(parsed: ParsedMessage) -> dict[str, Any]:
    """The fields the review form shows, as JSON-ready values."""
    return {
        "kind": parsed.kind.value,
        "symbol": parsed.symbol,
        "token": parsed.token,
        "contract": parsed.contract,
        "side": parsed.side.value if parsed.side else None,
        "order_type": parsed.order_type,
        "entries": list(parsed.entries),
        "entry_kind": parsed.entry_kind,
        "take_profits": list(parsed.take_profits),
        "stop_loss": parsed.stop_loss,
        "leverage": parsed.leverage,
    }


def item_to_dict(item: ReviewItem, *, full: bool = True) -> dict[str, Any]:
    """One queue item for the command line and the HTTP API (``full``: with suggestions)."""
    data: dict[str, Any] = {
        "id": item.id,
        "trader": item.trader,
        "trader_id": item.trader_id,
        "source_id": item.source_id,
        "kind": item.kind,
        "posted": item.time.isoformat(),
        "text": item.text,
        "reason": item.reason,
        "links_to": item.links_to or None,
        "deleted_at": item.deleted_at.isoformat() if item.deleted_at else None,
        "parsed": parsed_to_dict(item.parsed),
        "read_as": summary(item.parsed),
    }
    if full:
        data["suggestions"] = suggestions(item)
    return data


def outcome_to_dict(outcome: AcceptOutcome) -> dict[str, Any]:
    preview = outcome.preview
    return {
        "source_id": outcome.source_id,
        "copied": outcome.copied,
        "note": outcome.note or None,
        "follow_ups": [
            {"source_id": f.source_id, "classification": f.classification, "reason": f.reason}
            for f in outcome.follow_ups
        ],
        "template": None
        if preview is None
        else {
            "id": preview.template_id,
            "markers": preview.description,
            "now_readable": [
                {"id": i.id, "source_id": i.source_id, "read_as": summary(p)}
                for i, p in preview.readable
            ],
            "still_unreadable": [
                {"id": i.id, "source_id": i.source_id} for i in preview.unreadable
            ],
        },
        "applied": list(outcome.applied),
    }
