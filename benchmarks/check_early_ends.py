"""The early ends against the general reading: on every text, the same parse.

    python3 benchmarks/check_early_ends.py [--only NAME] [--show N]

Each text of the sets ``check_card_reader.py`` reads (the corpus with no reference price and
with one near and one far from its numbers, a generated Telegram export, the seeded variations
``parse_snapshot.py`` pins, and the texts the perturbed, pasted and rewritten benches generate)
is parsed twice: as the parser reads it, and with every early end switched off
(``early_ends.general_only``). Printed per set: the texts, how many an early end took (the
direct follow-up reading, the end of chatter with no figure, the follow-up gate) and how many
parse differently (must be 0 — on the texts an early end took as on the others; each is shown
with ``--show``). Exits 1 when any differs.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from check_card_reader import SETS, Texts  # noqa: E402

from tradermanager.sources.signal_parser import early_ends  # noqa: E402
from tradermanager.sources.signal_parser import parse_message as parse  # noqa: E402


def compare(texts: Texts, show: int) -> tuple[int, Counter[str], int]:
    """(texts, texts each early end took, texts parsed differently)."""
    total = differ = 0
    taken: Counter[str] = Counter()
    for text, reference in texts:
        total += 1
        with early_ends.counting() as took:
            fast = parse(text, reference)
        taken.update(took)
        with early_ends.general_only():
            full = parse(text, reference)
        if fast != full:
            differ += 1
            if differ <= show:
                print(f"--- differs (reference {reference}, taken by {sorted(took)}):\n{text}")
                for name, a, b in zip(full._fields, fast, full, strict=True):
                    if a != b:
                        print(f"    {name}: early {a!r} / general {b!r}")
    return total, taken, differ


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="one set of texts")
    parser.add_argument("--show", type=int, default=3)
    args = parser.parse_args()
    failed = False
    sets: dict[str, Callable[[], Texts]] = SETS
    for name, texts in sets.items():
        if args.only and name != args.only:
            continue
        total, taken, differ = compare(texts(), args.show)
        failed |= differ > 0
        rates = ", ".join(f"{end} {n:,d} ({n / max(total, 1):.1%})" for end, n in taken.items())
        print(
            f"{name:11s} {total:7,d} texts; taken: {rates or 'none'}; parsed differently {differ}"
        )
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
