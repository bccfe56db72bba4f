"""Loading the corpus and comparing a parse with a message's expected fields, field by field.

Used by the tests and by ``benchmarks/bench_parser.py``. A message counts as exact only when
every compared field is equal (prices to 1e-9 relative).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tradermanager.sources.signal_parser import ParsedMessage, edited_fields, parse_message

HERE = Path(__file__).parent
SIGNAL_FIELDS = (
    "kind",
    "symbol",
    "side",
    "order_type",
    "entries",
    "take_profits",
    "stop_loss",
    "leverage",
)
OPTIONAL_FIELDS = ("token", "margin_mode", "confidence", "market", "contract")
FOLLOW_UP_FIELDS = (
    "kind",
    "action",
    "symbol",
    "target_index",
    "new_stop",
    "stop_to_entry",
    "close_fraction",
    "price",
)
# Compared for follow-ups whose expected parse names them (files written before these fields
# existed keep their meaning): every action the message states, and a stop moved to a target.
FOLLOW_UP_OPTIONAL = ("actions", "stop_to_target")


@dataclass(frozen=True)
class Case:
    id: str
    style: str
    text: str
    expected: dict[str, Any]
    previous: str | None = None
    holdout: bool = False


def load(holdout: bool | None = None, directory: Path = HERE) -> list[Case]:
    """Every corpus message; ``holdout`` True/False selects one part, None both.
    ``directory`` reads another set of files in the same format (a corpus kept elsewhere)."""
    out = []
    for path in sorted(directory.glob("*.jsonl")):
        is_holdout = path.stem == "holdout"
        if holdout is not None and holdout != is_holdout:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out.append(
                    Case(
                        row["id"],
                        row["style"],
                        row["text"],
                        row["expected"],
                        row.get("previous"),
                        is_holdout,
                    )
                )
    return out


def _plain(value: Any) -> Any:
    if hasattr(value, "value"):
        return value.value
    if isinstance(value, tuple):
        return list(value)
    return value


def _equal(got: Any, want: Any) -> bool:
    if isinstance(want, list):
        return isinstance(got, list) and len(got) == len(want) and all(map(_equal, got, want))
    if isinstance(want, float | int) and not isinstance(want, bool) and got is not None:
        if isinstance(got, bool):
            return False
        return math.isclose(float(got), float(want), rel_tol=1e-9, abs_tol=1e-15)
    return got == want


def compared_fields(case: Case) -> tuple[str, ...]:
    kind = case.expected["kind"]
    if kind == "signal":
        extra = tuple(f for f in OPTIONAL_FIELDS if f in case.expected)
        return SIGNAL_FIELDS + extra + (("edited_fields",) if case.previous else ())
    if kind == "follow_up":
        return FOLLOW_UP_FIELDS + tuple(f for f in FOLLOW_UP_OPTIONAL if f in case.expected)
    return ("kind",)


def wrong_fields(case: Case, parsed: ParsedMessage | None = None) -> list[str]:
    """The compared fields whose parsed value differs from the expected one."""
    parsed = parsed or parse_message(case.text)
    wrong = []
    for field in compared_fields(case):
        if field == "edited_fields":
            got: Any = list(edited_fields(parse_message(case.previous or ""), parsed))
        else:
            got = _plain(getattr(parsed, field))
        if not _equal(got, case.expected.get(field)):
            wrong.append(field)
    return wrong


def cases_by_style(cases: list[Case]) -> Iterator[tuple[str, list[Case]]]:
    styles: dict[str, list[Case]] = {}
    for case in cases:
        styles.setdefault(case.style, []).append(case)
    yield from sorted(styles.items())
