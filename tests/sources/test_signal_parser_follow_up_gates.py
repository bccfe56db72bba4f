"""The follow-up reading's word gates: each lets through every text its pattern can match.

A gate is a cheap search (a few literal words, or a small literal-first pattern) that every
match of a costly pattern holds; texts without it skip the pattern. These tests pin that each
gate is a necessary condition of its pattern — over examples of every branch, generated texts
and the whole development corpus — so no reading can change.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import follow_ups
from tradermanager.sources.signal_parser.numbers import lowered

_CORPUS = Path(__file__).parent / "corpus"


def _corpus_lowers() -> list[str]:
    out: list[str] = []
    for path in sorted(_CORPUS.glob("*.jsonl")):
        if path.name == "holdout.jsonl":
            continue  # (held-out text is only ever evaluated)
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(lowered(str(json.loads(line)["text"])))
    return out


def _reentry_gate(lower: str) -> bool:
    return follow_ups._REENTRY_WORDS.search(lower) is not None


def _filled_gate(lower: str) -> bool:
    return follow_ups._has(lower, follow_ups._FILLED_WORDS)


# ---- REENTRY --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "re-entry at 148.2",
        "re entry zone",
        "reentered eth",
        "re-add at 0.5",
        "reentrada sol 148.2",
        "re-buy inj 22.93",
        "rebought",
        "re-short eth 3,390",
        "relonged",
        "added more sol at 141.2",
        "adding some more",
        "add to position on arb at 1.08",
        "add more $eth at 3,380",
        "short eth again @ 3,412",
        "re-open the long on arb at 1.08",
        "reopened at 1.2",
        "reload doge at 0.132",
        "back in #link at 14.52",
        "back\n in link at 14.52",
        "#link again 🔁 short from 15.26",
        "reload zone 0.5",
    ],
)
def test_reentry_gate_holds_every_branch(text: str) -> None:
    assert follow_ups.REENTRY.search(text), text
    assert _reentry_gate(text)


@pytest.mark.parametrize(
    "text",
    ["good morning traders, respect your stops", "market is choppy, be patient", "thank you all"],
)
def test_reentry_gate_passes_over_talk(text: str) -> None:
    assert not _reentry_gate(text)


_WORDS = st.sampled_from(
    [
        *("re", "-", " ", "\n", "\t", "entry", "enter", "entering", "add", "added", "adding"),
        *("entrada", "buy", "bought", "short", "long", "shorting", "longed", "more", "some"),
        *("to", "position", "the", "our", "at", "@", "from", "$1.5", "1.2", "#eth", "again"),
        *("🔁", "open", "opened", "reload", "reloading", "zone", "back", "in", "on", ":"),
    ]
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(_WORDS, max_size=10))
def test_reentry_gate_lets_through_every_match(parts: list[str]) -> None:
    text = "".join(parts)
    if follow_ups.REENTRY.search(text):
        assert _reentry_gate(text), text


# ---- ENTRY_FILLED ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "our atom order got filled at 8.003",
        "buy order filled",
        "entry targets achieved",
        "all entries hit",
        "entered the entry zone",
        "entry 2 ✅",
        "filled 2/3 | #ada @ 0.4508",
        "entry 2 of signal #51317 (trx) triggered",
        "entry #2 reached",
        "entry done",
        "dca 2 filled at 0.512",
        "entrada 2 ejecutada",
        "второй вход исполнен",
        "2. giriş doldu",
        "entry 2 terisi",
        "đã khớp entry 2",
        "第二个入场已成交",
        "average entry now 0.5123",
        "avg price updated → 142.31",
    ],
)
def test_filled_gate_holds_every_branch(text: str) -> None:
    assert follow_ups.ENTRY_FILLED.search(text), text
    assert _filled_gate(text)


_FILL_WORDS = st.sampled_from(
    [
        *("our", "my", "buy", "limit", "order", "got", "was", "filled", "entry", "entries"),
        *("targets", "target", "achieved", "all", "hit", "entered", "the", "zone", "2", "/3"),
        *("✅", "#", "of", "signal", "(trx)", "triggered", "activated", "reached", "done"),
        *("dca", "executed", "entrada", "ejecutada", "вход", "исполнен", "giriş", "doldu"),
        *("terisi", "khớp", "lệnh", "入场", "已", "成交", "average", "avg", "price", "now"),
        *("updated", "moved", "to", "→", "0.5", " ", " ", "\n"),
    ]
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(_FILL_WORDS, max_size=10))
def test_filled_gate_lets_through_every_match(parts: list[str]) -> None:
    text = "".join(parts)
    if follow_ups.ENTRY_FILLED.search(text):
        assert _filled_gate(text), text


# ---- STOP_MOVED, searched from its first stop word ------------------------------------------


def _same_match(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.span() == b.span() and a.groups() == b.groups()


@pytest.mark.parametrize(
    "text",
    [
        "sl moved to entry",
        "we moved the stop-loss to 0.512 now",
        "stop loss moved from 1.4378 to 1.4029",
        "tight estop to be",
        "s/l → 0.51",
        "стоп перенесли на 0.51",
        "停損移至進場價",
        "止损移到开仓价",
        "ストップを建値に移動",
        "스탑 본절로 이동",
        "손절가를 본절로",
        "เลื่อน sl ไปที่จุดเข้า",
        "sl updated on sui/usdt short: 1.0372",
        "islands and slopes: stop for sui is now 0.93",
        "respect your stops",
    ],
)
def test_stop_moved_search_finds_what_the_pattern_finds(text: str) -> None:
    assert _same_match(follow_ups.stop_moved_search(text), follow_ups.STOP_MOVED.search(text))


def test_stop_moved_start_opens_every_stop_word() -> None:
    """A stop word added to ``_STOP`` must open with a start word, or its moves are missed."""
    inner = follow_ups._STOP.removeprefix("(?:").removesuffix(")")
    for word in inner.split("|"):
        literal = re.split(r"[\\\[(?*+{]", word)[0]
        assert literal and follow_ups._STOP_MOVED_START.match(literal), word


_STOP_WORDS = st.sampled_from(
    [
        *("sl", "stop", "stop loss", "s/l", "estop", "стоп", "停損", "止损", "ストップ", "스탑"),
        *("손절", "moved", "to", "at", "entry", "be", "breakeven", "now", "is", "0.51", "→"),
        *("updated", "on", "sui/usdt", ":", "from", "1.4", "hit", " ", " ", "\n", "a", "w"),
        *("حد ضرر", "移至", "進場", "を建値に", "본절", "ไปที่จุดเข้า", "giriş", "pe", "cost"),
        *("وقف الخسارة", "الوقف", "إلى", "على", "نقطة الدخول", "zarar kes", "girişe"),
    ]
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(_STOP_WORDS, max_size=10))
def test_stop_moved_search_is_the_pattern_search(parts: list[str]) -> None:
    text = "".join(parts)
    assert _same_match(follow_ups.stop_moved_search(text), follow_ups.STOP_MOVED.search(text))


# ---- _SHARE_OFF -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "half off here",
        "1/3 off the table",
        "two thirds off here",
        "1/4 off #sol at 0.5123",
        "50% off here, rest runs",
        "half of my wif is off at 2.61",
        "30% of the position is out",
    ],
)
def test_share_off_gate_holds_every_branch(text: str) -> None:
    assert follow_ups._SHARE_OFF.search(text), text
    assert follow_ups._may_take_share_off(text)


_OFF_WORDS = st.sampled_from(
    [
        *("half", "off", "of", "my", "the", "our", "wif", "is", "are", "out", "sold", "closed"),
        *("1/3", "50", "%", "a", "one", "two", "three", "third", "thirds", "quarter", "here"),
        *("now", "table", "at", "0.5", "#sol", " ", " ", "\t", "\n", "position"),
    ]
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(_OFF_WORDS, max_size=10))
def test_share_off_gate_lets_through_every_match(parts: list[str]) -> None:
    text = "".join(parts)
    if follow_ups._SHARE_OFF.search(text):
        assert follow_ups._may_take_share_off(text), text


# ---- the development corpus -----------------------------------------------------------------


def test_gates_let_through_every_match_of_the_corpus() -> None:
    lowers = _corpus_lowers()
    assert len(lowers) > 5_000
    for lower in lowers:
        if follow_ups.REENTRY.search(lower):
            assert _reentry_gate(lower), lower
        if follow_ups.ENTRY_FILLED.search(lower):
            assert _filled_gate(lower), lower
        if follow_ups._SHARE_OFF.search(lower):
            assert follow_ups._may_take_share_off(lower), lower
        assert _same_match(
            follow_ups.stop_moved_search(lower), follow_ups.STOP_MOVED.search(lower)
        ), lower
