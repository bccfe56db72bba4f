"""A trader report as one self-contained HTML file: what the card and the details show, for
one window, with the charts embedded as PNG data URIs — a file to share or archive.

The page is built from a :class:`ReportDocument` whose numbers are already formatted (the
window's formatters live in the UI layer), so this module only lays out and escapes: every
text that reaches the page goes through :func:`html.escape`, because trader names, channel
references, notes and decision sentences come from untrusted channels. The page loads
nothing from outside (inline CSS, images as data URIs) and its Content-Security-Policy
forbids scripts, so a name that slipped past escaping still could not run.

:func:`write_report` writes the file atomically: a temporary file beside the target, then a
rename, so a failed write never leaves half a report behind.
"""

from __future__ import annotations

import base64
import contextlib
import html
import os
import secrets
import struct
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from tradermanager.domain.errors import ValidationError

FORMULA_DOC = "docs/metrics.md"
FORMULA_DOC_TITLE = "Metrics: every number, its formula, units and edge cases"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
TONES = ("", "gain", "loss", "warn")


@dataclass(frozen=True, slots=True)
class Figure:
    """One metric as shown: ``value`` is the formatted text ("+12.3%", "—"), ``raw`` the
    service's number (kept in the page as ``data-value`` for whoever reads it back)."""

    caption: str
    value: str
    key: str = ""  # the metric key of docs/metrics.md
    help: str = ""
    raw: float | None = None
    tone: str = ""  # "", "gain", "loss" or "warn"


@dataclass(frozen=True, slots=True)
class Table:
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    empty: str = "Nothing in this window."
    note: str = ""
    key: str = ""  # an id for the table in the page
    numeric: frozenset[int] = frozenset()  # columns aligned right
    tones: tuple[tuple[str, ...], ...] = ()  # per cell, as Figure.tone; empty: no colours


@dataclass(frozen=True, slots=True)
class Chart:
    """A chart the page embeds: ``key`` names its PNG in the mapping given to the builder."""

    key: str
    title: str
    alt: str
    empty: str = ""  # why there is nothing to draw (then no image is expected)


@dataclass(frozen=True, slots=True)
class Family:
    """A metric family (performance, risk-adjusted, drawdown, …) with its charts and tables."""

    title: str
    figures: tuple[Figure, ...]
    charts: tuple[Chart, ...] = ()
    tables: tuple[Table, ...] = ()
    note: str = ""


@dataclass(frozen=True, slots=True)
class ReportDocument:
    name: str
    badges: tuple[str, ...]  # e.g. ("PAPER", "ACTIVE")
    header: tuple[tuple[str, str], ...]  # (label, value): source, reference, mode, status
    settings: tuple[tuple[str, str], ...]
    window: str
    computed_at: datetime
    generated_at: datetime
    version: str
    families: tuple[Family, ...]
    episodes: Table
    decisions: Table


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _utc(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height in pixels from the PNG header; anything that is not a PNG is refused."""
    if not png.startswith(PNG_SIGNATURE) or png[12:16] != b"IHDR" or len(png) < 24:
        raise ValueError("chart: not a PNG image (the PNG signature or header is missing)")
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def png_data_uri(png: bytes) -> str:
    """``data:image/png;base64,…``; anything that is not a PNG is refused."""
    png_size(png)
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def build_report_html(doc: ReportDocument, charts: Mapping[str, bytes], *, density: int = 1) -> str:
    """The whole page. ``charts`` maps a :class:`Chart` key to its PNG bytes, drawn at
    ``density`` pixels per CSS pixel; a chart without an image is replaced by a sentence
    saying so."""
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "img-src data:; style-src 'unsafe-inline'\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="tradermanager {_e(doc.version)}">',
        f"<title>{_e(doc.name)} — trader report ({_e(doc.window)})</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        "<main>",
        _header(doc),
        *(_family(f, charts, density) for f in doc.families),
        _section(doc.episodes.title, _table(doc.episodes, titled=False), "episodes"),
        _section(doc.decisions.title, _table(doc.decisions, titled=False), "decisions"),
        _footer(doc),
        "</main>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(parts)


def _header(doc: ReportDocument) -> str:
    badges = "".join(
        f'<span class="badge badge-{_e(b.lower())}">{_e(b)}</span>' for b in doc.badges
    )
    facts = "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in doc.header)
    settings = "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in doc.settings)
    return (
        '<header id="trader">'
        f'<p class="kicker">Trader report · window {_e(doc.window)}</p>'
        f'<h1><span id="trader-name">{_e(doc.name)}</span>{badges}</h1>'
        f'<p class="computed">Figures computed {_e(_utc(doc.computed_at))} over the window '
        f"{_e(doc.window)}; generated {_e(_utc(doc.generated_at))}.</p>"
        '<div class="facts">'
        f'<section><h2>Trader</h2><dl id="header">{facts}</dl></section>'
        f'<section><h2>What gets copied</h2><dl id="settings">{settings}</dl></section>'
        "</div>"
        "</header>"
    )


def _figure(f: Figure) -> str:
    tone = f.tone if f.tone in TONES else ""
    attrs = f' data-key="{_e(f.key)}"' if f.key else ""
    if f.raw is not None:
        attrs += f' data-value="{f.raw!r}"'
    title = f' title="{_e(f.key)}"' if f.key else ""
    help_text = f'<div class="help">{_e(f.help)}</div>' if f.help else ""
    return (
        f'<div class="figure"{title}>'
        f'<div class="caption">{_e(f.caption)}</div>'
        f'<div class="value {tone}"{attrs}>{_e(f.value)}</div>'
        f"{help_text}</div>"
    )


def _chart(chart: Chart, charts: Mapping[str, bytes], density: int) -> str:
    png = None if chart.empty else charts.get(chart.key)
    if png is None:
        reason = chart.empty or "the chart could not be drawn."
        return (
            f'<p class="muted empty" id="chart-{_e(chart.key)}">{_e(chart.title)}: '
            f"{_e(reason[:1].lower() + reason[1:])}</p>"
        )
    width, height = (max(1, round(n / max(density, 1))) for n in png_size(png))
    return (
        f'<figure class="chart" id="chart-{_e(chart.key)}">'
        f'<img src="{png_data_uri(png)}" width="{width}" height="{height}" '
        f'alt="{_e(chart.alt)}"><figcaption>{_e(chart.title)}</figcaption></figure>'
    )


def _slug(title: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in title.lower()).strip("-")


def _family(family: Family, charts: Mapping[str, bytes], density: int) -> str:
    figures = "".join(_figure(f) for f in family.figures)
    note = f'<p class="note">{_e(family.note)}</p>' if family.note else ""
    body = (
        f'{note}<div class="figures">{figures}</div>'
        + "".join(_chart(c, charts, density) for c in family.charts)
        + "".join(_table(t) for t in family.tables)
    )
    return _section(family.title, body, f"family-{_slug(family.title)}")


def _section(title: str, body: str, key: str) -> str:
    ident = f' id="{_e(key)}"' if key else ""
    return f'<section class="block"{ident}><h2>{_e(title)}</h2>{body}</section>'


def _cell(tag: str, text: str, numeric: bool, tone: str = "") -> str:
    classes = " ".join(c for c in ("num" if numeric else "", tone if tone in TONES else "") if c)
    cls = f' class="{classes}"' if classes else ""
    return f"<{tag}{cls}>{_e(text)}</{tag}>"


def _tone_at(table: Table, row: int, col: int) -> str:
    if row < len(table.tones) and col < len(table.tones[row]):
        return table.tones[row][col]
    return ""


def _table(table: Table, *, titled: bool = True) -> str:
    title = f"<h3>{_e(table.title)}</h3>" if titled and table.title else ""
    note = f'<p class="note">{_e(table.note)}</p>' if table.note and table.rows else ""
    if not table.rows:
        return f'{title}{note}<p class="muted empty">{_e(table.empty)}</p>'
    head = "".join(_cell("th", c, i in table.numeric) for i, c in enumerate(table.columns))
    rows = "".join(
        "<tr>"
        + "".join(
            _cell("td", c, i in table.numeric, _tone_at(table, r, i)) for i, c in enumerate(row)
        )
        + "</tr>"
        for r, row in enumerate(table.rows)
    )
    ident = f' id="table-{_e(table.key)}"' if table.key else ""
    return (
        f'{title}{note}<div class="scroll"><table{ident}><thead><tr>{head}</tr></thead>'
        f"<tbody>{rows}</tbody></table></div>"
    )


def _footer(doc: ReportDocument) -> str:
    return (
        '<footer id="about">'
        f"<p>Every number in this report is defined — formula, units and edge cases — in "
        f"<code>{_e(FORMULA_DOC)}</code> (“{_e(FORMULA_DOC_TITLE)}”) of tradermanager; "
        "each figure's key there is shown when you hover over it. A dash (—) means the "
        "figure is undefined for this window, not zero. Times are UTC.</p>"
        f'<p>Generated <time id="generated-at" datetime="{_e(doc.generated_at.isoformat())}">'
        f"{_e(_utc(doc.generated_at))}</time> by "
        f'<span id="app-version">tradermanager {_e(doc.version)}</span>.</p>'
        "</footer>"
    )


def write_report(path: Path | str, text: str) -> Path:
    """Write ``text`` to ``path`` atomically (a temporary file beside it, then a rename).

    Raises ValidationError naming the file and why it could not be written; the target is
    then unchanged and no temporary file is left behind."""
    target = Path(path).expanduser()
    if target.is_dir():
        raise ValidationError("report file", str(target), "a file name, not a folder")
    temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    created = False
    try:
        with open(temp, "x", encoding="utf-8", newline="\n") as out:
            created = True
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except OSError as exc:
        if created:
            with contextlib.suppress(OSError):
                temp.unlink()
        reason = exc.strerror or type(exc).__name__
        raise ValidationError(
            "report file",
            str(target),
            f"a file in a folder that exists and that you can write to ({reason}); "
            "nothing was written",
        ) from exc
    return target


CSS = """
:root { color-scheme: light; --text: #1f2328; --muted: #59636e; --line: #d1d9e0;
  --soft: #f6f8fa; --gain: #1a7f37; --loss: #cf222e; --warn: #9a6700; --accent: #0969da; }
* { box-sizing: border-box; }
body { margin: 0; background: #fff; color: var(--text);
  font: 14px/1.45 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
main { max-width: 1040px; margin: 0 auto; padding: 24px 28px 40px; }
h1 { font-size: 26px; margin: 2px 0 4px; display: flex; align-items: center; gap: 10px;
  flex-wrap: wrap; overflow-wrap: anywhere; }
h2 { font-size: 17px; margin: 0 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 14px; margin: 16px 0 6px; }
.kicker { margin: 0; color: var(--muted); text-transform: uppercase; letter-spacing: .06em;
  font-size: 11px; }
.computed, .muted, .note, .notes { color: var(--muted); }
.note { margin: 0 0 10px; }
.badge { font-size: 11px; font-weight: 700; border-radius: 4px; padding: 2px 8px;
  background: var(--soft); border: 1px solid var(--line); }
.badge-paper { background: #fff8c5; border-color: #d4a72c; }
.badge-live { background: #ddf4ff; border-color: #54aeff; }
.badge-active { background: #dafbe1; border-color: #4ac26b; }
.badge-paused, .badge-archived { background: #eaeef2; }
.facts { display: grid; grid-template-columns: 1fr 1.3fr; gap: 24px; margin-top: 14px; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 14px; margin: 0; }
dt { color: var(--muted); }
dd { margin: 0; overflow-wrap: anywhere; }
.block { margin-top: 26px; break-inside: avoid-page; }
.figures { display: grid; grid-template-columns: repeat(4, 1fr); gap: 8px; }
.figure { border: 1px solid var(--line); border-radius: 6px; padding: 6px 10px; }
.caption { color: var(--muted); font-size: 12px; }
.value { font-size: 19px; font-weight: 600; font-variant-numeric: tabular-nums; }
.help { color: var(--muted); font-size: 11px; line-height: 1.3; }
.gain { color: var(--gain); } .loss { color: var(--loss); } .warn { color: var(--warn); }
.chart { margin: 14px 0 0; }
.chart img { display: block; max-width: 100%; height: auto; border: 1px solid var(--line);
  border-radius: 6px; }
figcaption { color: var(--muted); font-size: 12px; margin-top: 4px; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 13px;
  font-variant-numeric: tabular-nums; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line);
  vertical-align: top; }
th { background: var(--soft); font-weight: 600; white-space: nowrap; }
td.num, th.num { text-align: right; white-space: nowrap; }
tbody tr:nth-child(even) td { background: #fafbfc; }
footer { margin-top: 34px; padding-top: 10px; border-top: 1px solid var(--line);
  color: var(--muted); font-size: 12px; }
code { font-size: 12px; background: var(--soft); padding: 1px 4px; border-radius: 3px; }
@media (max-width: 760px) { .figures { grid-template-columns: repeat(2, 1fr); }
  .facts { grid-template-columns: 1fr; } }
@media print { main { padding: 0; } .chart img { border: none; } }
"""
