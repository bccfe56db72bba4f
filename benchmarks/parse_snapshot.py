"""Pin the parser's behaviour: write the full parse of many messages, or compare with one written.

    python3 benchmarks/parse_snapshot.py write FILE     # before a change
    python3 benchmarks/parse_snapshot.py compare FILE   # after it: every difference is listed

The messages: every corpus message (each also parsed with a reference price near and far from
its numbers, and, for an edit, with the fields it changes), a generated Telegram export, and
seeded variations of the corpus (cut, joined, upper- and lower-cased, digits changed) so that
texts no corpus file holds are pinned too. The whole ParsedMessage is compared, not only the
fields the corpus checks. Meant for work that must not change a single result (speed-ups).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "sources" / "corpus"))

from bench_import import messages  # noqa: E402
from evaluate import load  # noqa: E402

from tradermanager.sources.signal_parser import (  # noqa: E402
    ParsedMessage,
    edited_fields,
    parse_message,
)

EXPORT_MESSAGES = 3_000
VARIATIONS = 6_000


def _variation(rng: random.Random, texts: list[str]) -> str:
    text = rng.choice(texts)
    how = rng.randrange(6)
    if how == 0:  # a cut
        a = rng.randrange(len(text) + 1)
        return text[a : a + rng.randrange(1, 80)]
    if how == 1:  # two messages joined
        return text + rng.choice(["\n", " ", " | "]) + rng.choice(texts)
    if how == 2:
        return text.upper()
    if how == 3:
        return text.lower()
    if how == 4:  # digits changed
        return "".join(rng.choice("0123456789") if c.isdigit() else c for c in text)
    words = text.split(" ")  # words shuffled
    rng.shuffle(words)
    return " ".join(words)


def _texts() -> Iterator[tuple[str, str, float | None]]:
    """(label, text, reference price) of every pinned parse."""
    cases = load()
    for case in cases:
        yield case.id, case.text, None
        yield case.id + "@1", case.text, 1.0
        yield case.id + "@100", case.text, 100.0
    for m in messages(EXPORT_MESSAGES):
        yield f"export-{m['id']}", str(m["text"]), None
    rng = random.Random(15)
    texts = [c.text for c in cases]
    for k in range(VARIATIONS):
        yield f"variation-{k}", _variation(rng, texts), None


def _plain(parsed: ParsedMessage) -> list[object]:
    return [repr(v) for v in parsed]


def snapshot() -> dict[str, object]:
    out: dict[str, object] = {}
    for label, text, reference in _texts():
        out[label] = _plain(parse_message(text, reference))
    for case in load():
        if case.previous is not None:
            before, after = parse_message(case.previous), parse_message(case.text)
            out[case.id + "/edit"] = list(edited_fields(before, after))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("write", "compare"))
    parser.add_argument("file", type=Path)
    args = parser.parse_args()
    now = snapshot()
    if args.mode == "write":
        args.file.write_text(json.dumps(now, ensure_ascii=False, indent=0), encoding="utf-8")
        print(f"{len(now):,} parses written to {args.file}")
        return
    before = json.loads(args.file.read_text(encoding="utf-8"))
    changed = [k for k in before.keys() | now.keys() if before.get(k) != now.get(k)]
    for key in sorted(changed)[:20]:
        print(f"{key}:\n  before {before.get(key)}\n  now    {now.get(key)}")
    print(f"{len(now):,} parses compared, {len(changed):,} differ")
    sys.exit(1 if changed else 0)


if __name__ == "__main__":
    main()
