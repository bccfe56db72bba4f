"""Signals rewritten the ways relays, copy-paste and channels mangle them: never copied wrong,
never dropped as talk.

    python3 benchmarks/bench_parser_rewritten.py [--show N] [--only NAME] [--seeds 2]
        [--development-only]

Built from the corpus's signals that the parser reads field-exact (edits and replies excepted);
``--development-only`` leaves the held-out styles out (the figures recorded in the corpus
README up to the sixth robustness round are of that pool). Held-out rewrites are counted, never
printed. Each generator rewrites a signal and says what a safe reading is. The
verdicts:

* ``ok``      review, or the expected signal field-exact;
* ``acted``   a follow-up, or a signal with a field read wrong (a value that is not the
  expected one — for the rewrites that keep the meaning, a field left out too);
* ``short``   (only where a line is dropped) a signal with fewer fields than expected, each
  field it has right: the line held them, nothing in the text tells they are missing;
* ``dropped`` talk, while the text still holds two or more of the signal's levels.

Rewrites that keep the meaning (the expected parse stays right):

* ``join_lines``   every line break written " | ", " · " or " " (a relay that flattens posts);
* ``duplicate_line``  one line written twice (a paste or a forward glitch);
* ``whole_case``   the whole text in capitals or in small letters;
* ``wrap_lines``   lines longer than 28 characters broken at a space (a narrow screen);
* ``k_prices``     labelled prices of four digits or more written in thousands (``63.45k``);
* ``coin_replaced``  the coin replaced by another everywhere it is written (expected: the new
  coin with the same levels);
* ``chatter_follow_up_words``  a line of channel chatter holding a follow-up's words about
  another trade ("Yesterday's ETH call hit TP2 ✅") above or under the signal: review or the
  signal, never a follow-up.

And one that removes information: ``drop_line`` — each line of the signal left out in turn:
review, the same signal, or the signal without what the line held; never a wrong value.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "sources" / "corpus"))

from bench_parser_pasted import levels_in  # noqa: E402
from evaluate import SIGNAL_FIELDS, Case, load, wrong_fields  # noqa: E402
from write_corpus import HOLDOUT  # noqa: E402

from tradermanager.sources.signal_parser import (  # noqa: E402
    MessageKind,
    ParsedMessage,
    parse_message,
)

Outcome = tuple[str, Case, str, ParsedMessage]  # (verdict, signal rewritten, text, parse)
COINS = ("AVAX", "LINK", "DOT", "ATOM", "NEAR", "INJ", "ARB", "OP", "TIA", "SUI", "APT", "SEI")
CHATTER = (
    "Yesterday's ETH call hit TP2 ✅ congrats to everyone who took it",
    "Reminder: move your SL to entry on the old BTC trade if you are still in",
    "BNB trade from Monday closed in profit 🔥",
    "Last week's AVAX short got stopped out, it happens. Next one 👇",
    "TP1 ✅ on the DOGE signal from this morning",
)


def _verdict(case: Case, parsed: ParsedMessage, expected: dict[str, Any] | None = None) -> str:
    if parsed.kind is MessageKind.NEEDS_REVIEW:
        return "ok"
    if parsed.kind is MessageKind.NOT_SIGNAL:
        return "dropped"
    if parsed.kind is not MessageKind.SIGNAL:
        return "acted"
    target = case if expected is None else Case(case.id, case.style, case.text, expected)
    return "acted" if wrong_fields(target, parsed) else "ok"


def _short_or_wrong(case: Case, parsed: ParsedMessage) -> str:
    """A signal read from a text with a line left out: each field it has must be right."""
    e = case.expected
    for field in SIGNAL_FIELDS[1:]:
        got, want = getattr(parsed, field), e.get(field)
        if hasattr(got, "value"):
            got = got.value
        if isinstance(got, tuple):
            got = list(got)
        if got in (None, [], "") or got == want:
            continue
        if (
            field in ("entries", "take_profits")
            and isinstance(want, list)
            and all(any(abs(g - w) <= 1e-9 * max(abs(w), 1e-12) for w in want) for g in got)
        ):
            continue  # some of the levels, each right
        if (
            isinstance(got, float)
            and isinstance(want, (int, float))
            and abs(got - want) <= 1e-9 * max(abs(want), 1e-12)
        ):
            continue
        return "acted"
    return "short" if wrong_fields(case, parsed) else "ok"


def drop_line(signals: list[Case]) -> Iterator[Outcome]:
    for case in signals:
        lines = case.text.split("\n")
        if len(lines) < 3:
            continue
        for k, line in enumerate(lines):
            if not line.strip():
                continue
            text = "\n".join(lines[:k] + lines[k + 1 :])
            parsed = parse_message(text)
            if parsed.kind is MessageKind.NEEDS_REVIEW:
                yield "ok", case, text, parsed
            elif parsed.kind is MessageKind.NOT_SIGNAL:
                yield ("dropped" if levels_in(text, case) >= 2 else "ok"), case, text, parsed
            elif parsed.kind is not MessageKind.SIGNAL:
                yield "acted", case, text, parsed
            else:
                yield _short_or_wrong(case, parsed), case, text, parsed


def duplicate_line(signals: list[Case], rng: random.Random) -> Iterator[Outcome]:
    for case in signals:
        lines = case.text.split("\n")
        priced = [k for k, line in enumerate(lines) if any(ch.isdigit() for ch in line)]
        if not priced:
            continue
        k = rng.choice(priced)
        text = "\n".join(lines[: k + 1] + lines[k:])
        parsed = parse_message(text)
        yield _verdict(case, parsed), case, text, parsed


def join_lines(signals: list[Case], rng: random.Random) -> Iterator[Outcome]:
    for case in signals:
        if "\n" not in case.text.strip():
            continue
        sep = rng.choice((" | ", " · ", " "))
        text = sep.join(line.strip() for line in case.text.split("\n") if line.strip())
        parsed = parse_message(text)
        yield _verdict(case, parsed), case, text, parsed


def whole_case(signals: list[Case], rng: random.Random) -> Iterator[Outcome]:
    for case in signals:
        text = case.text.upper() if rng.random() < 0.5 else case.text.lower()
        if text == case.text:
            continue
        parsed = parse_message(text)
        yield _verdict(case, parsed), case, text, parsed


def wrap_lines(signals: list[Case]) -> Iterator[Outcome]:
    for case in signals:
        out = []
        for line in case.text.split("\n"):
            while len(line) > 28 and " " in line[1:28]:
                cut = line.rfind(" ", 1, 28)
                out.append(line[:cut])
                line = line[cut + 1 :]
            out.append(line)
        text = "\n".join(out)
        if text == case.text:
            continue
        parsed = parse_message(text)
        yield _verdict(case, parsed), case, text, parsed


_LABELLED_PRICE = re.compile(
    r"(?im)^([^\w\n]*(?:entry|entries|targets?|take[- ]?profits?|tp\s?\d?|stop[- ]?loss|sl|stop)"
    r"\s*:[^\S\n]*)(.*)$"
)
_PLAIN_PRICE = re.compile(r"(?<![\w.,$])(\d{4,6}(?:\.\d{1,2})?)(?![\w.,%])")


def k_prices(signals: list[Case]) -> Iterator[Outcome]:
    def as_k(m: re.Match[str]) -> str:
        value = float(m.group(1))
        k = value / 1000
        written = f"{k:.3f}".rstrip("0").rstrip(".")
        return f"{written}k" if abs(float(written) * 1000 - value) < 1e-6 else m.group(1)

    for case in signals:
        text = _LABELLED_PRICE.sub(
            lambda m: m.group(1) + _PLAIN_PRICE.sub(as_k, m.group(2)), case.text
        )
        if text == case.text:
            continue
        parsed = parse_message(text)
        yield _verdict(case, parsed), case, text, parsed


def coin_replaced(signals: list[Case], rng: random.Random) -> Iterator[Outcome]:
    for case in signals:
        old = case.expected.get("symbol")
        if not old or not old.isalpha() or len(old) < 3:
            continue
        pattern = rf"(?<![A-Za-z]){old}(?![a-z])"
        if not re.search(pattern, case.text) or re.search(rf"(?i)(?<![a-z]){old}[a-z]", case.text):
            continue
        new = rng.choice([c for c in COINS if c != old])
        text = re.sub(pattern, new, case.text)
        expected = {
            k: v for k, v in case.expected.items() if k not in ("token", "contract", "market")
        }
        expected["symbol"] = new
        parsed = parse_message(text)
        yield _verdict(case, parsed, expected), case, text, parsed


def chatter_follow_up_words(signals: list[Case], rng: random.Random) -> Iterator[Outcome]:
    for case in signals:
        line = rng.choice(CHATTER)
        if case.expected.get("symbol") and case.expected["symbol"] in line:
            continue
        text = f"{line}\n\n{case.text}" if rng.random() < 0.5 else f"{case.text}\n\n{line}"
        parsed = parse_message(text)
        yield _verdict(case, parsed), case, text, parsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print N unsafe readings each")
    parser.add_argument("--only", help="one generator")
    parser.add_argument("--seeds", type=int, default=2)
    parser.add_argument(
        "--development-only", action="store_true", help="development styles only (no held-out)"
    )
    args = parser.parse_args()
    signals = [
        c
        for c in load(holdout=False if args.development_only else None)
        if c.expected["kind"] == "signal" and not c.previous and not wrong_fields(c)
    ]
    generators: dict[str, Callable[[random.Random], Iterator[Outcome]]] = {
        "join_lines": lambda rng: join_lines(signals, rng),
        "duplicate_line": lambda rng: duplicate_line(signals, rng),
        "whole_case": lambda rng: whole_case(signals, rng),
        "wrap_lines": lambda rng: wrap_lines(signals),
        "k_prices": lambda rng: k_prices(signals),
        "coin_replaced": lambda rng: coin_replaced(signals, rng),
        "chatter_follow_up_words": lambda rng: chatter_follow_up_words(signals, rng),
        "drop_line": lambda rng: drop_line(signals),
    }
    once = {"wrap_lines", "k_prices", "drop_line"}
    pool = "development" if args.development_only else "development and held-out"
    print(f"{len(signals)} field-exact {pool} signals")
    for name, make in generators.items():
        if args.only and name != args.only:
            continue
        counts = {"ok": 0, "acted": 0, "short": 0, "dropped": 0}
        shown = 0
        for seed in range(1 if name in once else args.seeds):
            for verdict, case, text, parsed in make(random.Random(f"{name}:{seed}")):
                counts[verdict] += 1
                held_out = case.holdout or case.style in HOLDOUT  # never shown
                if verdict in ("acted", "dropped") and shown < args.show and not held_out:
                    shown += 1
                    print(
                        f"--- {name} {verdict} {parsed.kind.value} {parsed.symbol} "
                        f"{parsed.reason!r}\n    entries={parsed.entries} "
                        f"tps={parsed.take_profits} sl={parsed.stop_loss} lev={parsed.leverage}"
                    )
                    print(text)
        total = sum(counts.values())
        extra = f"; without what the line held {counts['short']}" if name == "drop_line" else ""
        print(
            f"{name:24s} {total:6d} generated; acted on {counts['acted']}; "
            f"dropped as talk {counts['dropped']}{extra}"
        )


if __name__ == "__main__":
    main()
