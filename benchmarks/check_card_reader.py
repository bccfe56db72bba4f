"""The card reader against the general parser: on every text it accepts, the same parse.

    python3 benchmarks/check_card_reader.py [--only NAME] [--show N]

For each set of texts — the corpus (with no reference price, and with one near and one far
from its numbers), a generated Telegram export, the seeded variations ``parse_snapshot.py``
pins, and the texts ``bench_parser_perturbed.py``, ``bench_parser_pasted.py`` and
``bench_parser_rewritten.py`` generate — every text is read twice: as the parser reads it (a
plain card by the card reader) and with the card reader switched off. Printed per set: the
texts, how many the card reader accepted, and how many of those parse differently (must be
0; each is shown with ``--show``). Exits 1 when any differs.
"""

from __future__ import annotations

import argparse
import random
import sys
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
from tradermanager.sources.signal_parser.card_reader import read_card  # noqa: E402
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
            for _, text, _ in make(random.Random(f"{name}:{seed}")):
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="one set of texts")
    parser.add_argument("--show", type=int, default=3)
    args = parser.parse_args()
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
