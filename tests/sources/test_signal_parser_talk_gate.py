"""The talk checks' shared gate: the words a worked example or a journal opens with, looked for
before the first digit, let through every text either check can take — over examples of every
branch, generated texts and the whole development corpus — so no reading changes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser.journal_entries import journal_entry
from tradermanager.sources.signal_parser.talk_after_reading import may_open_with_talk_word
from tradermanager.sources.signal_parser.worked_examples import worked_example

_CORPUS = Path(__file__).parent / "corpus"


def _checks_take(text: str) -> bool:
    low = text.lower()
    return worked_example(low) is not None or journal_entry(low) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Example: you go long ATOM at 8.949 with a stop at 9.307",
        "For example TIA: entry 5.1, TP1 5.4, SL 4.9",
        "E.g. a buy at 0.389",
        "Let's say you short LINK at 16.15, SL 16.473, TP 15.504",
        "Let’s say\nyou buy 2 SOL",
        "lets say BTC at 64000",
        "Say you long ETH at 3,380 with SL 3,300",
        "Suppose you buy DOGE at 0.132",
        "Tutorial: entries 1.2 / 1.1, SL 0.95",
        "LESSON 4 — stops",
        "Quiz time 🎓 You buy ETH at 3,400",
        "Position\nsizing: risk 1% of 10,000",
        "Imagine that you long SOL at 148.2",
        "Limit vs market 🧠 A limit buy at 0.389 fills only if …",
        "SPOT VS. FUTURES: 10x on 148.2",
        "Cross versus isolated, 20x",
        "Trade journal #14 📓 ATOM long, in 8.714, out 8.963, +2.9%.",
        "My trading\nLOG: DOT short 6.984 → 6.771",
        "Looking back at my DOT short from 6.984: exited at 6.771",
        "ΣΑΣ example, entry 1.5",
    ],
)
def test_gate_holds_every_branch(text: str) -> None:
    assert _checks_take(text), text
    assert may_open_with_talk_word(text)


@pytest.mark.parametrize(
    "text",
    [
        "#ETH/USDT LONG\nLeverage: Cross 10x\nEntry: 255.81\nStop Loss: 248.14",
        "Target 1 ✅",
        "SL hit ❌",
        "BTC long 64000, for example a retest",  # the word after the first digit: a call
    ],
)
def test_gate_passes_over_calls(text: str) -> None:
    assert not may_open_with_talk_word(text)


_WORDS = st.sampled_from(
    [
        *("example", "for example", "e.g.", "let's say", "let’s say", "lets say", "say you"),
        *("suppose", "tutorial", "lesson", "quiz", "position sizing", "imagine", "you", "vs"),
        *("vs.", "versus", "limit", "market", "spot", "futures", "cross", "isolated"),
        *("journal", "my", "trading", "log", "looking", "back", "LONG", "Example", "SAY"),
        *("ETH", "entry", "tp", "sl", "at", "1.5", "148.2", "10x", "#2", "✅", "🎓", "İ", "Σ"),
    ]
)
_GAPS = st.sampled_from([" ", "  ", "\n", "\t", ": ", ", ", ". ", "", " — "])


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.tuples(_WORDS, _GAPS), max_size=10))
def test_gate_lets_through_every_text_the_checks_take(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in parts)
    if _checks_take(text):
        assert may_open_with_talk_word(text), text


@settings(max_examples=1000, deadline=None)
@given(st.text(max_size=60))
def test_gate_lets_through_every_text_the_checks_take_in_any_characters(text: str) -> None:
    if _checks_take(text):
        assert may_open_with_talk_word(text), text


def test_gate_lets_through_every_corpus_text_the_checks_take() -> None:
    for path in sorted(_CORPUS.glob("*.jsonl")):
        if path.name == "holdout.jsonl":
            continue  # (held-out text is only ever evaluated)
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                text = str(json.loads(line)["text"])
                if _checks_take(text):
                    assert may_open_with_talk_word(text), text
