"""Metamorphic accuracy: corpus signals rewritten in meaning-preserving ways keep their parse.

    python3 benchmarks/bench_parser_perturbed.py [--seeds 3] [--show N] [--only NAME]
        [--development-only] [--acted-only]

Every corpus signal the parser reads field-exact (edits excepted) is rewritten by each
perturbation of tests/sources/corpus/perturb.py (another label spelling, separator, order of
the labelled sections, decorations, restyled prices or leverage), ``--seeds`` times with
different draws. Printed per perturbation: the rewrites that still read field-exact, those
sent to review or dropped, and those read as a signal with a wrong field or as a follow-up (the
worst: acted on).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "sources" / "corpus"))

from evaluate import load, wrong_fields  # noqa: E402
from perturb import PERTURBATIONS, perturb  # noqa: E402

from tradermanager.sources.signal_parser import MessageKind, parse_message  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--show", type=int, default=0, help="print N failing rewrites each")
    parser.add_argument("--only", help="one perturbation")
    parser.add_argument(
        "--development-only", action="store_true", help="development styles only (no held-out)"
    )
    parser.add_argument(
        "--acted-only", action="store_true", help="show only rewrites acted on wrong"
    )
    args = parser.parse_args()
    cases = [
        c
        for c in load(holdout=False if args.development_only else None)
        if c.expected["kind"] == "signal" and not c.previous and not wrong_fields(c)
    ]
    print(f"{len(cases)} field-exact corpus signals, {args.seeds} draws each")
    all_total = all_kept = all_acted = 0
    for name in PERTURBATIONS:
        if args.only and name != args.only:
            continue
        total = kept = acted = 0
        shown = 0
        for case in cases:
            for seed in range(args.seeds):
                text = perturb(name, case.text, case.expected, seed)
                if text is None:
                    continue
                total += 1
                variant = type(case)(case.id, case.style, text, case.expected)
                parsed = parse_message(text)
                wrong = wrong_fields(variant, parsed)
                if not wrong:
                    kept += 1
                    continue
                acted_on = parsed.kind in (MessageKind.SIGNAL, MessageKind.FOLLOW_UP)
                acted += acted_on
                if shown < args.show and (acted_on or not args.acted_only):
                    shown += 1
                    print(f"--- {name} {case.id} {parsed.kind.value} {parsed.reason!r} {wrong}")
                    print(text)
        all_total, all_kept, all_acted = all_total + total, all_kept + kept, all_acted + acted
        if total:
            print(
                f"{name:22s} {kept:5d}/{total:5d} kept ({kept / total:6.1%}); "
                f"wrong and acted on {acted}"
            )
    if all_total:
        print(
            f"{'all':22s} {all_kept:5d}/{all_total:5d} kept ({all_kept / all_total:6.1%}); "
            f"wrong and acted on {all_acted}"
        )


if __name__ == "__main__":
    main()
