"""What the command line writes: plain-text tables, and the one door to the terminal.

Names and texts come from other people (channel titles, message texts, file cells). Every
line the commands write passes :func:`terminal_text` or :func:`json_text`, so control
characters (ESC sequences that recolour or clear the screen, carriage returns that hide a
line) and bidi overrides (which make ``SHORT`` read as ``LONG``) never reach the terminal
raw: text output shows each as ``<U+XXXX>``; JSON escapes them as ``\\uXXXX``, which any JSON
reader turns back into the same string.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any, TextIO

from tradermanager.domain.metric_registry import METRICS, Section, Unit
from tradermanager.domain.number_text import by_unit
from tradermanager.domain.text_safety import neutralise

# not escaped by json.dumps(ensure_ascii=False): DEL, C1, bidi overrides and isolates
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def terminal_text(text: str) -> str:
    """``text`` safe for a terminal: newlines and tabs kept, other controls shown."""
    return neutralise(text)


def json_text(data: Any, *, indent: int | None = 2) -> str:
    """``data`` as JSON with every control character and bidi override escaped."""
    text = json.dumps(data, indent=indent, ensure_ascii=False)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def print_table(out: TextIO, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    if not rows:
        out.write("(none)\n")
        return
    cells = [[str(h) for h in headers]] + [["—" if c is None else str(c) for c in r] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        out.write("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() + "\n")
        if n == 0:
            out.write("  ".join("-" * w for w in widths) + "\n")


def trader_rows(data: Sequence[dict[str, Any]]) -> tuple[list[str], list[list[Any]]]:
    headers = ["id", "name", "status", "mode", "source", "×", "$/trade", "max lev", "tokens"]
    rows = []
    for t in data:
        tokens = ",".join(t["whitelist"]) or "all"
        if t["blacklist"]:
            tokens += " -" + ",-".join(t["blacklist"])
        rows.append(
            [
                t["id"],
                t["name"],
                t["status"],
                t["mode"].upper(),
                t["source"],
                f"{t['multiplier']:g}",
                f"${t['size_per_trade']:,.2f}",
                f"{t['max_leverage']}x" + (" (high)" if t["high_leverage"] else ""),
                tokens,
            ]
        )
    return headers, rows


def signal_rows(data: Sequence[dict[str, Any]]) -> tuple[list[str], list[list[Any]]]:
    headers = [
        "id",
        "received",
        "trader",
        "kind",
        "symbol",
        "side",
        "price",
        "lev",
        "conf",
        "decision",
        "reason",
    ]
    rows = []
    for s in data:
        decision = s["decision"] or {}
        rows.append(
            [
                s["id"],
                (s["received_time"] or "")[:19].replace("T", " "),
                s["trader"],
                s["kind"],
                s["symbol"],
                s["side"],
                f"{s['price']:.8g}",
                f"{s['leverage']:g}x",
                f"{s['confidence']:.0%}" if s["confidence"] is not None else None,
                "copied" if decision.get("accepted") else "rejected",
                decision.get("message"),
            ]
        )
    return headers, rows


def _plain(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.6g}"
    return str(value)


def print_metrics(out: TextIO, data: dict[str, Any]) -> None:
    """The snapshot as the window shows it: a section per metric family, each figure with its
    label and its unit ("+15.8%", "5.3×", "$161.73", "—"), then the structured metrics (dicts,
    tables) as indented blocks under their labels. ``--json`` gives the raw values."""
    head = {k: v for k, v in data.items() if k not in METRICS}
    width = max((len(k) for k in head), default=0)
    for key, value in head.items():
        out.write(f"{key.ljust(width)}  {_plain(value)}\n")
    order = {key: i for i, key in enumerate(METRICS)}
    sections = list(Section)
    figures = sorted(
        ((METRICS[k], v) for k, v in data.items() if k in METRICS),
        key=lambda item: (sections.index(item[0].section), order[item[0].key]),
    )
    label_width = max((len(entry.label) for entry, _ in figures), default=0)
    section = None
    for entry, value in figures:
        if isinstance(value, dict | list) or entry.unit is Unit.TABLE:
            continue
        if entry.section is not section:
            section = entry.section
            out.write(f"\n{section.value}\n")
        shown = by_unit(entry)(value) if isinstance(value, int | float | None) else _plain(value)
        out.write(f"  {entry.label.ljust(label_width)}  {shown}\n")
    for entry, value in figures:
        if isinstance(value, dict):
            out.write(f"\n{entry.label}:\n")
            for sub, item in value.items():
                out.write(f"  {str(sub).ljust(12)}  {_plain(item)}\n")
        elif isinstance(value, list):
            out.write(f"\n{entry.label}: {len(value)} rows\n")
            for row in value[:20]:
                out.write(f"  {row}\n")


def print_alerts(out: TextIO, data: dict[str, Any]) -> None:
    out.write("rules:\n")
    rule_rows = [
        [
            r["id"],
            r["trader"] or "all traders",
            r["rule"],
            f"{r['threshold']:g}",
            "yes" if r["auto_pause"] else "no",
            ",".join(r["channels"]),
            r["severity"],
        ]
        for r in data["rules"]
    ]
    print_table(
        out,
        ["id", "trader", "rule", "threshold", "auto-pause", "channels", "severity"],
        rule_rows,
    )
    out.write("events:\n")
    print_alert_events(out, data["events"])


def print_alert_events(out: TextIO, events: Sequence[dict[str, Any]]) -> None:
    rows = [
        [
            e["id"],
            (e["fired_at"] or "")[:19].replace("T", " "),
            e["trader"],
            e["rule"],
            "paused" if e["paused_trader"] else "",
            "" if e["acknowledged_at"] else "NEW",
            e["message"],
        ]
        for e in events
    ]
    print_table(out, ["id", "fired", "trader", "rule", "action", "", "message"], rows)


def print_alert_report(out: TextIO, data: dict[str, Any]) -> None:
    out.write(
        f"checked {data['rules']} rule(s) for {data['traders']} trader(s): "
        f"{len(data['fired'])} fired, {data['rearmed']} re-armed\n"
    )
    if data["paused"]:
        out.write(f"paused: {', '.join(data['paused'])}\n")
    print_alert_events(out, data["fired"])


def print_promotion(out: TextIO, status: dict[str, Any]) -> None:
    out.write(status["summary"] + "\n")
    rows = [
        [c["name"], c["required"], c["actual"], "yes" if c["met"] else "no"]
        for c in status["checks"]
    ]
    print_table(out, ["criterion", "required", "actual", "met"], rows)
