"""Messages copied wrong or silently dropped: corpus signals pasted together, cut short, with a
label's value dropped, and follow-ups given another coin's name.

    python3 benchmarks/bench_parser_pasted.py [--show N] [--only NAME] [--pairs N]

Built from the development corpus's signals that the parser reads field-exact (edits and
replies excepted) and its follow-ups. Each generator states what a safe reading is; a reading
that is not safe is printed as "acted on" (a signal or follow-up: copied one part, dropped or
mistook another) or "dropped" (read as talk):

* ``two_signals``  two signals of different coins, one after the other (a blank line, a rule
  or nothing between): review, never one of them copied and the other dropped.
* ``follow_up_above``  a follow-up of another coin above a signal: review, never only one of
  them read.
* ``empty_value``  one labelled line of a signal with its value cut off (``TP:`` with nothing
  after it): review (the message is incomplete), never copied — unless the message states
  the signal twice (in two languages, or a summary block) and the emptied value is still
  written in the other copy: then the same signal, field-exact, is safe.
* ``cut_mid_line``  the text cut inside a line of prices, after its first number: review or
  the same fields the lines before the cut hold, never talk.
* ``coin_swapped``  a follow-up naming one coin rewritten with another coin's name: a
  follow-up of the new coin, or review — never the old coin, never a signal.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "sources" / "corpus"))

from evaluate import Case, load, wrong_fields  # noqa: E402

from tradermanager.sources.signal_parser import (  # noqa: E402
    MessageKind,
    ParsedMessage,
    parse_message,
)

ACTED = (MessageKind.SIGNAL, MessageKind.FOLLOW_UP)
SEPARATORS = ("\n\n", "\n", "\n\n———\n\n", "\n➖➖➖➖\n")
# a labelled line with a price after its label: "TP: 1.2 / 1.3", "止损：0.5", "🎯 0.51 - 0.52"
LABELLED = re.compile(
    r"^(?P<label>[^\d\n]*?\S[:：=]|[^\w\s\d$#@][^\w\d\n]*)[ \t]*(?P<value>\$?\d.*)$"
)
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")

Outcome = tuple[str, str, ParsedMessage]  # (verdict, text, parse); verdict: ok/acted/dropped


def two_signals(signals: list[Case], rng: random.Random, pairs: int) -> Iterator[Outcome]:
    for _ in range(pairs):
        a, b = rng.sample(signals, 2)
        if a.expected.get("symbol") == b.expected.get("symbol"):
            continue
        text = a.text.strip() + rng.choice(SEPARATORS) + b.text.strip()
        parsed = parse_message(text)
        yield _must_review(parsed), text, parsed


def follow_up_above(
    signals: list[Case], follow_ups: list[Case], rng: random.Random, pairs: int
) -> Iterator[Outcome]:
    for _ in range(pairs):
        f, s = rng.choice(follow_ups), rng.choice(signals)
        if f.expected.get("symbol") in (None, s.expected.get("symbol")):
            continue
        text = f.text.strip() + rng.choice(SEPARATORS[:2]) + s.text.strip()
        parsed = parse_message(text)
        yield _must_review(parsed), text, parsed


def empty_value(signals: list[Case]) -> Iterator[Outcome]:
    for case in signals:
        lines = case.text.split("\n")
        for k, line in enumerate(lines):
            m = LABELLED.match(line)
            if m is None or not _holds_level(m.group("value"), case):
                continue
            text = "\n".join([*lines[:k], m.group("label"), *lines[k + 1 :]])
            parsed = parse_message(text)
            verdict = _must_review(parsed)
            if (
                verdict == "acted"
                and parsed.kind is MessageKind.SIGNAL
                and not wrong_fields(case, parsed)
                and _written_again(m.group("value"), text)
            ):
                verdict = "ok"  # the signal written twice: the other copy holds the level
            yield verdict, text, parsed


def cut_mid_line(signals: list[Case]) -> Iterator[Outcome]:
    for case in signals:
        text = case.text
        for m in NUMBER.finditer(text):
            end = text.find("\n", m.end())
            rest = text[m.end() : end if end >= 0 else len(text)]
            if not NUMBER.search(rest) or not _holds_level(m.group(), case):
                continue  # the line's last number: the cut is at a line's end
            cut = text[: m.end()]
            parsed = parse_message(cut)
            if parsed.kind is MessageKind.NOT_SIGNAL and levels_in(cut, case) >= 2:
                yield "dropped", cut, parsed
            elif (
                parsed.kind is MessageKind.SIGNAL
                and parsed.take_profits
                and _prefix_wrong(case, parsed)
            ):
                yield "acted", cut, parsed
            else:
                yield "ok", cut, parsed


def coin_swapped(
    follow_ups: list[Case], signals: list[Case], rng: random.Random
) -> Iterator[Outcome]:
    coins = sorted({str(c.expected["symbol"]) for c in signals if c.expected.get("symbol")})
    for case in follow_ups:
        old = case.expected.get("symbol")
        if not old or not re.search(rf"(?<![A-Za-z]){old}(?![a-z])", case.text):
            continue
        new = rng.choice([c for c in coins if c != old and len(c) >= 3])
        text = re.sub(rf"(?<![A-Za-z]){old}(?![a-z])", new, case.text)
        parsed = parse_message(text)
        if parsed.kind is MessageKind.NEEDS_REVIEW:
            yield "ok", text, parsed
        elif parsed.kind is MessageKind.FOLLOW_UP:
            yield ("ok" if parsed.symbol == new else "acted"), text, parsed
        elif parsed.kind is MessageKind.SIGNAL:
            yield "acted", text, parsed
        else:
            yield "dropped", text, parsed


def _must_review(parsed: ParsedMessage) -> str:
    if parsed.kind in ACTED:
        return "acted"
    return "dropped" if parsed.kind is MessageKind.NOT_SIGNAL else "ok"


def _written_again(value: str, text: str) -> bool:
    """Every number of the emptied value still stands in the text (a second copy of the
    signal: in another language, or a summary block)."""
    left = {_number(m.group()) for m in NUMBER.finditer(text)}
    return all(_number(m.group()) in left for m in NUMBER.finditer(value))


def _number(written: str) -> float | None:
    try:
        return float(written.replace(",", ""))
    except ValueError:
        return None


def _levels(case: Case) -> list[float]:
    e = case.expected
    out = [*(e.get("entries") or ()), *(e.get("take_profits") or ())]
    return out + ([e["stop_loss"]] if e.get("stop_loss") is not None else [])


def _holds_level(value: str, case: Case) -> bool:
    return levels_in(value, case) > 0


def levels_in(text: str, case: Case) -> int:
    """How many of the case's expected levels are written in ``text``."""
    levels = _levels(case)
    found = 0
    for m in NUMBER.finditer(text):
        try:
            x = float(m.group().replace(",", ""))
        except ValueError:
            continue
        found += any(abs(x - v) <= 1e-9 * max(abs(v), 1e-12) for v in levels)
    return found


def _prefix_wrong(case: Case, parsed: ParsedMessage) -> bool:
    """A signal read from a cut text whose targets are not the first targets of the whole
    message (a target cut in half copied as a whole one is caught by the caller's test)."""
    want = list(case.expected.get("take_profits") or ())
    got = list(parsed.take_profits)
    return got != want[: len(got)] or (bool(wrong_fields(case, parsed)) and len(got) == len(want))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print N unsafe readings each")
    parser.add_argument("--only", help="one generator")
    parser.add_argument("--pairs", type=int, default=600)
    args = parser.parse_args()
    cases = load(holdout=False)
    signals = [
        c
        for c in cases
        if c.expected["kind"] == "signal" and not c.previous and not wrong_fields(c)
    ]
    follow_ups = [c for c in cases if c.expected["kind"] == "follow_up" and not c.previous]
    rng = random.Random(20261205)
    generators: dict[str, Callable[[], Iterator[Outcome]]] = {
        "two_signals": lambda: two_signals(signals, rng, args.pairs),
        "follow_up_above": lambda: follow_up_above(signals, follow_ups, rng, args.pairs),
        "empty_value": lambda: empty_value(signals),
        "cut_mid_line": lambda: cut_mid_line(signals),
        "coin_swapped": lambda: coin_swapped(follow_ups, signals, rng),
    }
    print(f"{len(signals)} field-exact signals, {len(follow_ups)} follow-ups")
    for name, make in generators.items():
        if args.only and name != args.only:
            continue
        total = acted = dropped = shown = 0
        for verdict, text, parsed in make():
            total += 1
            acted += verdict == "acted"
            dropped += verdict == "dropped"
            if verdict != "ok" and shown < args.show:
                shown += 1
                print(f"--- {name} {verdict} {parsed.kind.value} {parsed.symbol} {parsed.reason!r}")
                print(
                    f"    entries={parsed.entries} tps={parsed.take_profits} sl={parsed.stop_loss}"
                )
                print(text)
        print(f"{name:16s} {total:5d} generated; acted on {acted}; dropped as talk {dropped}")


if __name__ == "__main__":
    main()
