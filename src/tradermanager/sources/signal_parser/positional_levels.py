"""One-liners whose levels are told by their place or by a sign, written as labels for a second
reading (asked only of a reading sent to review, see worded_levels.read_again):

- entry, target(s) and stop split by slashes or bars with no label, after a side word ("INJ
  short 26.003 / 25.367 / 26.659", "#SEI long 0.5203/0.5275/0.5074", "ARB SHORT a | x | s",
  "$SOL short a / x / y / s") — only when one separator splits three or four prices and their
  order fits the side (on a short: targets below the entry, each lower, the stop above it). A
  dash ("X buy a - x - s") is left alone: a dash may write a zone;
- the side told only by a chart icon (📈 long, 📉 short), the targets after arrows ("ADA 📈
  0.4566 ➜ 0.4625 ➜ 0.4672 | 🛑 0.4474 | 5x") — only with no side word, one icon kind, the
  arrowed prices moving the icon's way and a stop on the other side of the entry;
- "from a to x" with "to" the target ("short BNB from 580.4 to 566.8, stop 601", "from a,
  aiming to x", "from a to x 🎯") — only with no target label in the text, a stop on the
  other side of the entry and x on the profit side at least a third of the stop's distance
  away: "buy from a to b" beside labelled targets, or with b on the stop's side, is an entry
  zone and stays one.

Anything that does not fit is left as written and the first reading kept."""

from __future__ import annotations

import re
from itertools import pairwise

from tradermanager.sources.signal_parser.model import ParsedMessage, Side

_PRICE = r"\$?\d[\d,]*(?:\.\d+)?"
_SEP = r"[^\S\n]*(?://|/|\|)[^\S\n]*"
# three or four prices split by one separator, no longer run around them ("4/5" is two)
_SLASH_RUN = re.compile(
    r"(?<![\d.,/|])(?P<run>" + _PRICE + r"(?:" + _SEP + _PRICE + r"){2,3})"
    r"(?![\d.,]|" + _SEP + r"\d|[^\W\d_]|[^\S\n]*[%xX])"
)
_SPLIT = re.compile(_SEP)
_ARROW = r"(?:→|➜|➡️?|->|⇒|=>)"
_ARROWED = re.compile(
    r"(?P<entry>" + _PRICE + r")(?P<targets>(?:[^\S\n]*" + _ARROW + r"[^\S\n]*" + _PRICE + r")+)"
)
_SIDE_WORD = re.compile(r"(?<![^\W_])(?:long|short|buy|sell|longs?|shorts?)(?![^\W_])", re.I)
_TARGET_LABEL = re.compile(
    r"(?<![^\W_])(?:tp\d*|targets?|tgts?|take[\s\-]*profits?)(?![^\W_])|🎯", re.I
)
_STOP_AFTER = re.compile(
    r"(?<![^\W_])(?:stop(?:[\s\-]*loss)?|sl|s/l)(?![^\W_])[^\S\n]*[:\-]?[^\S\n]*(?P<stop>"
    + _PRICE
    + r")|🛑[^\S\n]*(?P<icon>"
    + _PRICE
    + r")",
    re.I,
)
# "from a to x", "from a, aiming to x", "from a to x and y"
_FROM_TO = re.compile(
    r"(?<![^\W_])from[^\S\n]+(?P<entry>" + _PRICE + r")[^\S\n]*,?[^\S\n]*"
    r"(?:(?:aiming|targeting|heading|looking)[^\S\n]+)?to[^\S\n]+(?P<first>" + _PRICE + r")"
    r"(?P<more>(?:[^\S\n]*(?:and|&|,)[^\S\n]*" + _PRICE + r"(?![^\S\n]*[%xX]))*)",
    re.I,
)
_AND = re.compile(r"[^\S\n]*(?:and|&|,)[^\S\n]*", re.I)


def _value(text: str) -> float:
    return float(text.lstrip("$").replace(",", ""))


def _fits(sign: int, entry: float, targets: list[float], stop: float) -> bool:
    """Whether the targets move the side's way from the entry, each further, and the stop lies
    on the other side (``sign`` 1 for a long, -1 for a short)."""
    levels = [entry, *targets]
    if not all(sign * (b - a) > 0 for a, b in pairwise(levels)):
        return False
    if sign * (entry - stop) <= 0:
        return False
    return all(0.5 < v / entry < 1.5 for v in [*targets, stop])


def _side_sign(parsed: ParsedMessage) -> int:
    if parsed.side is Side.LONG:
        return 1
    if parsed.side is Side.SHORT:
        return -1
    return 0


def slashes_as_labels(text: str, parsed: ParsedMessage) -> str:
    """``text`` with its one run of three or four slash- or bar-split prices after a side word
    written "Entry: a TP1: x (TP2: y) SL: s", when the order fits the side."""
    sign = _side_sign(parsed)
    if sign == 0 or text.count("\n") > 1:
        return text
    runs = list(_SLASH_RUN.finditer(text))
    if len(runs) != 1:
        return text
    run = runs[0]
    seps = {s.strip() for s in _SPLIT.findall(run["run"])}
    if len(seps) != 1:
        return text
    parts = _SPLIT.split(run["run"])
    try:
        values = [_value(p) for p in parts]
    except ValueError:
        return text
    if not _fits(sign, values[0], values[1:-1], values[-1]):
        return text
    tps = " ".join(f"TP{i}: {p}" for i, p in enumerate(parts[1:-1], 1))
    labelled = f"Entry: {parts[0]} {tps} SL: {parts[-1]}"
    return text[: run.start()] + labelled + text[run.end() :]


def chart_icon_as_side(text: str) -> str:
    """``text`` with its chart icon written as the side it points to ("📈" LONG, "📉" SHORT)
    and its arrowed prices as the entry and targets, when no side word stands there and the
    levels fit."""
    up, down = "📈" in text, "📉" in text
    if up == down or _SIDE_WORD.search(text):
        return text
    sign = 1 if up else -1
    arrowed = list(_ARROWED.finditer(text))
    stops = list(_STOP_AFTER.finditer(text))
    if len(arrowed) != 1 or len(stops) != 1:
        return text
    m = arrowed[0]
    parts = [p for p in re.split(r"[^\S\n]*" + _ARROW + r"[^\S\n]*", m["targets"]) if p]
    stop_text = stops[0]["stop"] or stops[0]["icon"]
    try:
        entry, targets, stop = _value(m["entry"]), [_value(p) for p in parts], _value(stop_text)
    except ValueError:
        return text
    if not _fits(sign, entry, targets, stop):
        return text
    side = "LONG" if up else "SHORT"
    icon = "📈" if up else "📉"
    text = text[: m.start()] + f"Entry: {m['entry']} Targets: {' - '.join(parts)}" + text[m.end() :]
    at = text.find(icon)
    end = at
    while text.startswith(icon, end):
        end += len(icon)
    return text[:at] + f" {side} " + text[end:]


def from_to_as_target(text: str, parsed: ParsedMessage) -> str:
    """``text`` with "from a to x" written "Entry: a TP: x" when "to" marks the target: no
    target label, a stop on the other side of the entry, x on the side's profit side at least
    a third of the stop's distance away."""
    sign = _side_sign(parsed)
    if sign == 0:
        return text
    found = list(_FROM_TO.finditer(text))
    stops = list(_STOP_AFTER.finditer(text))
    if len(found) != 1 or len(stops) != 1:
        return text
    m = found[0]
    after = text[m.end() :].lstrip(" \t")
    if _TARGET_LABEL.search(text[: m.start()] + after.removeprefix("🎯")):
        return text  # a target labelled elsewhere: "from a to b" is the entry zone
    more = [p for p in _AND.split(m["more"]) if p]
    stop_text = stops[0]["stop"] or stops[0]["icon"]
    try:
        entry = _value(m["entry"])
        targets = [_value(m["first"]), *(_value(p) for p in more)]
        stop = _value(stop_text)
    except ValueError:
        return text
    if not _fits(sign, entry, targets, stop):
        return text
    if abs(targets[0] - entry) * 3 < abs(entry - stop):
        return text  # a narrow "from a to b" beside a far stop: an entry zone, maybe
    tps = " ".join(f"TP{i}: {p}" for i, p in enumerate([m["first"], *more], 1))
    # (the target's mark after it is its label now: "to x 🎯", not a target hit)
    rest = after.removeprefix("🎯") if after.startswith("🎯") else text[m.end() :]
    return text[: m.start()] + f"Entry: {m['entry']} {tps}" + rest
