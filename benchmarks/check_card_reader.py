"""The card reader against the general parser: on every text it accepts, the same parse.

    python3 benchmarks/check_card_reader.py [--only NAME] [--show N] [--refusals N]

For each set of texts — the corpus (with no reference price, and with one near and one far
from its numbers), a generated Telegram export, the seeded variations ``parse_snapshot.py``
pins, and the texts ``bench_parser_perturbed.py``, ``bench_parser_pasted.py`` and
``bench_parser_rewritten.py`` generate — every text is read twice: as the parser reads it (a
plain card by the card reader) and with the card reader switched off. Printed per set: the
texts, how many the card reader accepted, and how many of those parse differently (must be
0; each is shown with ``--show``). Exits 1 when any differs.

``--refusals N`` prints instead what the card reader hands over among the corpus's signals
(the messages the general parser reads as signals with nothing to review): how many it
accepts, the kinds of the first line it does not read, and the N commonest shapes of those
lines (digits written 9, words of small letters a) — what to widen it to next.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "sources" / "corpus"))

import bench_parser_pasted as pasted  # noqa: E402
import bench_parser_rewritten as rewritten  # noqa: E402
from bench_import import messages  # noqa: E402
from evaluate import load, wrong_fields  # noqa: E402
from parse_snapshot import VARIATIONS, _variation  # noqa: E402
from perturb import PERTURBATIONS, perturb  # noqa: E402

from tradermanager.sources.signal_parser import plain_text  # noqa: E402
from tradermanager.sources.signal_parser.card_reader import (  # noqa: E402
    read_card,
    refusal_or_card,
)
from tradermanager.sources.signal_parser.model import MessageKind  # noqa: E402
from tradermanager.sources.signal_parser.reader import parse  # noqa: E402

Texts = Iterator[tuple[str, float | None]]


def _corpus() -> Texts:
    for case in load():
        for reference in (None, 1.0, 100.0):
            yield case.text, reference


def _export() -> Texts:
    for m in messages(20_000):
        yield str(m["text"]), None


def _variations() -> Texts:
    rng = random.Random(15)
    texts = [c.text for c in load()]
    for _ in range(VARIATIONS):
        yield _variation(rng, texts), None


def _signals() -> list:
    return [
        c
        for c in load(holdout=False)
        if c.expected["kind"] == "signal" and not c.previous and not wrong_fields(c)
    ]


def _perturbed() -> Texts:
    for case in _signals():
        for name in PERTURBATIONS:
            for seed in range(3):
                text = perturb(name, case.text, case.expected, seed)
                if text is not None:
                    yield text, None


def _pasted() -> Texts:
    cases = load(holdout=False)
    signals = _signals()
    follow_ups = [c for c in cases if c.expected["kind"] == "follow_up" and not c.previous]
    rng = random.Random(20261205)
    for outcomes in (
        pasted.two_signals(signals, rng, 600),
        pasted.follow_up_above(signals, follow_ups, rng, 600),
        pasted.empty_value(signals),
        pasted.cut_mid_line(signals),
        pasted.coin_swapped(follow_ups, signals, rng),
    ):
        for _, text, _ in outcomes:
            yield text, None


def _rewritten() -> Texts:
    signals = _signals()
    for name, make in (
        ("join_lines", lambda rng: rewritten.join_lines(signals, rng)),
        ("duplicate_line", lambda rng: rewritten.duplicate_line(signals, rng)),
        ("whole_case", lambda rng: rewritten.whole_case(signals, rng)),
        ("wrap_lines", lambda rng: rewritten.wrap_lines(signals)),
        ("k_prices", lambda rng: rewritten.k_prices(signals)),
        ("coin_replaced", lambda rng: rewritten.coin_replaced(signals, rng)),
        ("chatter_follow_up_words", lambda rng: rewritten.chatter_follow_up_words(signals, rng)),
        ("drop_line", lambda rng: rewritten.drop_line(signals)),
    ):
        for seed in range(2):
            for _, _, text, _ in make(random.Random(f"{name}:{seed}")):
                yield text, None


SETS: dict[str, Callable[[], Texts]] = {
    "corpus": _corpus,
    "export": _export,
    "variations": _variations,
    "perturbed": _perturbed,
    "pasted": _pasted,
    "rewritten": _rewritten,
}


def compare(texts: Texts, show: int) -> tuple[int, int, int]:
    """(texts, accepted by the card reader, accepted and parsed differently)."""
    total = accepted = differ = 0
    for text, reference in texts:
        total += 1
        if read_card(plain_text.plain(text), reference) is None:
            continue  # handed over: both readings are the general parser's
        accepted += 1
        card = parse(text, reference)
        full = parse(text, reference, cards=False)
        if card != full:
            differ += 1
            if differ <= show:
                print(f"--- differs (reference {reference}):\n{text}")
                for name, a, b in zip(full._fields, card, full, strict=True):
                    if a != b:
                        print(f"    {name}: card {a!r} / general {b!r}")
    return total, accepted, differ


_LABELLED = re.compile(r"[^\w\n]*([^\W\d_][^:=\n]{0,30}?)[ \t]*(?:[:=]|\s[-–—➜→]\s)[ \t]*(.*)")


def line_kind(reason: str) -> str:
    """What the first line the card reader does not read is, in a few words."""
    where, _, line = reason.partition("\n")
    if not line.strip():
        return reason if not line else f"{where}: blank"
    letters = [c for c in line if c.isalpha()]
    if any(not c.isascii() for c in letters):
        return f"{where}: another script or styled letters"
    if not line[0].isascii():
        return f"{where}: an emoji or mark the reader does not skip"
    labelled = _LABELLED.fullmatch(line)
    if labelled is None:
        return f"{where}: words or prices under no label"
    value = labelled.group(2)
    if not value:
        return f"{where}: a heading over values it does not read"
    if not any(c.isdigit() for c in value):
        return f"{where}: a label over words"
    if re.fullmatch(r"[$\d.,/|\- –—]+", value):
        return f"{where}: a label it does not know, or a number form it does not read"
    return f"{where}: prices with words or signs beside them"


def refusals(shown: int) -> None:
    kinds: Counter[str] = Counter()
    shapes: Counter[str] = Counter()
    signals = 0
    for case in load():
        read = parse(case.text)
        if read.kind is not MessageKind.SIGNAL or read.reason:
            continue
        signals += 1
        refusal = refusal_or_card(plain_text.plain(case.text), None)
        if not isinstance(refusal, str):
            kinds["accepted"] += 1
            continue
        kinds[line_kind(refusal)] += 1
        where, _, line = refusal.partition("\n")
        if line:
            shape = re.sub(r"[a-z]+", "a", re.sub(r"\d+", "9", line.strip()))[:60]
            shapes[f"{where}: {shape}"] += 1
    print(
        f"corpus signals: {signals:,d}; card reader accepts {kinds['accepted']:,d} "
        f"({kinds['accepted'] / max(signals, 1):.1%})"
    )
    print("first line not read, by kind:")
    for kind, n in kinds.most_common():
        if kind != "accepted":
            print(f"  {n:6,d}  {kind}")
    print(f"its {shown} commonest shapes:")
    for shape, n in shapes.most_common(shown):
        print(f"  {n:6,d}  {shape}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="one set of texts")
    parser.add_argument("--show", type=int, default=3)
    parser.add_argument("--refusals", type=int, metavar="N", help="what it hands over, and why")
    args = parser.parse_args()
    if args.refusals is not None:
        refusals(args.refusals)
        return
    failed = False
    for name, texts in SETS.items():
        if args.only and name != args.only:
            continue
        total, accepted, differ = compare(texts(), args.show)
        failed |= differ > 0
        print(
            f"{name:11s} {total:7,d} texts; card reader accepted {accepted:6,d} "
            f"({accepted / max(total, 1):.1%}); parsed differently {differ}"
        )
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
