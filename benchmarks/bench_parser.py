"""Signal-text parsing: field-exact accuracy over the corpus, throughput, Telegram import.

    python3 benchmarks/bench_parser.py [--messages 100000] [--styles] [--skip-import]
                                       [--corpus DIR]

Accuracy: a message is exact when every compared field equals its expected value
(tests/sources/corpus/README.md says which fields). Reported separately for the development
part and the held-out part (styles the parser was never tuned on). Targets: >= 98 % exact on
messages not seen while tuning; >= 20,000 messages/s parsed; a 100,000-message export
imported in <= 15 s (the export is bench_import.py's: signals, follow-ups and chatter).
``--corpus DIR`` also measures the accuracy of a corpus kept elsewhere (files in the same
format, e.g. one the parser has never been tuned on).
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "sources" / "corpus"))

from bench_import import messages, write_export  # noqa: E402  (the same generated export)
from evaluate import Case, cases_by_style, compared_fields, load, wrong_fields  # noqa: E402

from tradermanager.services import open_services  # noqa: E402
from tradermanager.sources.signal_parser import parse_message  # noqa: E402


def accuracy(cases: list[Case], label: str, by_style: bool) -> None:
    exact = 0
    field_total: Counter[str] = Counter()
    field_wrong: Counter[str] = Counter()
    for style, group in cases_by_style(cases):
        good = 0
        for case in group:
            wrong = wrong_fields(case)
            for field in compared_fields(case):
                field_total[field] += 1
            field_wrong.update(wrong)
            good += not wrong
        exact += good
        if by_style:
            print(f"    {style:28s} {good:3d}/{len(group):3d}")
    fields = sum(field_total.values())
    print(
        f"{label}: {exact}/{len(cases)} messages field-exact ({exact / len(cases):.1%}); "
        f"fields right {fields - sum(field_wrong.values())}/{fields} "
        f"({1 - sum(field_wrong.values()) / fields:.2%})"
    )
    if field_wrong:
        print("    wrong fields: " + ", ".join(f"{f} {n}" for f, n in field_wrong.most_common()))


def throughput(texts: list[str], label: str, runs: int = 3) -> None:
    """Messages per second of this process's CPU time and of wall time, the best of ``runs``
    passes (on a shared machine other processes take turns on the cores: the CPU figure is
    the parser's own cost, the wall figure what this machine gave it just now)."""
    best_cpu = best_wall = math.inf
    for _ in range(runs):
        started, cpu = time.perf_counter(), time.process_time()
        for text in texts:
            parse_message(text)
        best_wall = min(best_wall, time.perf_counter() - started)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    print(
        f"parse ({label}): {len(texts) / best_cpu:,.0f} messages per CPU second, "
        f"{len(texts) / best_wall:,.0f} per wall second, best of {runs} (target >= 20,000)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--styles", action="store_true", help="accuracy per style too")
    parser.add_argument("--skip-import", action="store_true")
    parser.add_argument("--corpus", type=Path, help="another directory of *.jsonl messages")
    args = parser.parse_args()
    print(f"cpus: {os.cpu_count()}")
    dev, holdout = load(holdout=False), load(holdout=True)
    styles = {c.style for c in dev + holdout}
    print(f"corpus: {len(dev) + len(holdout)} messages in {len(styles)} styles")
    accuracy(dev, "development corpus", args.styles)
    accuracy(holdout, "held-out corpus  ", args.styles)
    if args.corpus:
        other = load(directory=args.corpus)
        if not other:
            parser.error(f"{args.corpus}: no *.jsonl messages there")
        accuracy(other, f"{args.corpus}", args.styles)
    corpus_texts = [c.text for c in dev + holdout]
    repeat = max(1, args.messages // len(corpus_texts))
    throughput(corpus_texts * repeat, f"corpus ×{repeat}")
    texts = [str(m["text"]) for m in messages(args.messages)]
    throughput(texts, "generated export")
    if args.skip_import:
        return
    with tempfile.TemporaryDirectory() as tmp:
        export = Path(tmp) / "result.json"
        write_export(export, args.messages)
        services = open_services(str(Path(tmp) / "bench.sqlite"))
        started, cpu = time.perf_counter(), time.process_time()
        report = services.imports.import_telegram(export)
        import_s, import_cpu = time.perf_counter() - started, time.process_time() - cpu
        services.close()
    print(
        f"import of {report.messages_read:,} messages ({report.signals_found:,} signals, "
        f"{report.follow_ups_linked:,} follow-ups): {import_s:.1f} s wall, {import_cpu:.1f} s CPU "
        "(target <= 15 s)"
    )


if __name__ == "__main__":
    main()
