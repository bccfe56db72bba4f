"""Quick tests of the text-plaining pass (``plain_text.plain`` and the steps it calls): each
answers exactly what the test it replaces answers, or lets through every text the step's
pattern could change — over examples and generated texts built from the patterns' own words
and marks."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import (
    alert_relays,
    bridge_commands,
    card_marks,
    plain_text,
    typed_fast,
)

_CARD = (
    "#SOL/USDT LONG\nLeverage: Cross 20x\nEntry: 330.61\nTargets: 337.22 / 343.83 / 350.45\n"
    "Stop Loss: 320.69\nConfidence: 94%"
)


def _texts(tokens: list[str], max_size: int = 16) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(tokens), max_size=max_size).map("".join)


# ---- typed_fast.may_glue_numbered: two literal-first patterns for one class-first one ------

_GLUED_HINT_AS_WRITTEN = re.compile(r"[:=]\$?\.?\d")
_GLUED_TOKENS = [
    *(":", "=", "$", ".", "0", "5", "55", " ", "\n", "TP1", "Target", "a", "：", "＝", "٣"),
]


@pytest.mark.parametrize(
    "text",
    [_CARD, "TP1:0.55", "Target2=1.18", "Entry: 1", "x=$.5", "a:=", "SL = 1", "Lev: x10", ""],
)
def test_glued_hint_examples(text: str) -> None:
    assert typed_fast.may_glue_numbered(text) == (_GLUED_HINT_AS_WRITTEN.search(text) is not None)


@settings(max_examples=500, deadline=None)
@given(_texts(_GLUED_TOKENS))
def test_glued_hint_answers_as_the_class_first_pattern(text: str) -> None:
    assert typed_fast.may_glue_numbered(text) == (_GLUED_HINT_AS_WRITTEN.search(text) is not None)


# ---- card_marks._may_draw_a_meter: an ASCII text needs three of its meter glyphs -----------


def _may_draw_a_meter_as_written(text: str) -> bool:
    for word in ("onf", "ONF"):
        at = text.find(word)
        while at >= 0:
            if card_marks._METER_RUN.search(text, at, at + 48):
                return True
            at = text.find(word, at + 3)
    return False


def test_the_ascii_meter_glyphs_are_the_counted_ones() -> None:
    assert sorted(card_marks.ASCII_METER_CHARS) == sorted("#=-")


_METER_TOKENS = [
    *("Confidence", "CONF", "conf", "onf", " ", ": ", "\n", "#", "=", "-", "--", "###", "80%"),
    *("█", "░", "▰", "▱", "●", "○", "🟩", "⬜", "\ufe0f", "x" * 20, "Risk", "·"),
]


@pytest.mark.parametrize(
    "text",
    [
        _CARD,
        "Confidence: 70% ▰▰▰▰▰▰▰▱▱▱",
        "Confidence ###-- 60%",
        "Conf ==- ok",
        "CONF: #-",
        "Confidence: 94% #SOL - 1",
        "Confidence " + "x" * 50 + "---",
    ],
)
def test_meter_gate_examples(text: str) -> None:
    assert card_marks._may_draw_a_meter(text) == _may_draw_a_meter_as_written(text)


@settings(max_examples=500, deadline=None)
@given(_texts(_METER_TOKENS, 12))
def test_meter_gate_answers_as_the_glyph_search(text: str) -> None:
    assert card_marks._may_draw_a_meter(text) == _may_draw_a_meter_as_written(text)


# ---- typed_fast.may_glue_stop: a literal-first pattern a stop label's end -------------------

_STOP_HINT_AS_WRITTEN = re.compile(r"(?:sl|SL|Sl|op|OP)\.?\d")
_STOP_TOKENS = [
    *("sl", "SL", "Sl", "sL", "op", "OP", "Op", "stop", "Stop", "STOP", "s", "o", "p", "P"),
    *(".", "0", "49", "63100", " ", "\n", ":", "ſl", "٣"),
]


@pytest.mark.parametrize(
    "text", [_CARD, "sl0.49", "SL63100", "Stop.5", "STOP 1", "sL1", "Op.x", "stop loss 1", ""]
)
def test_stop_hint_examples(text: str) -> None:
    assert typed_fast.may_glue_stop(text) == (_STOP_HINT_AS_WRITTEN.search(text) is not None)


@settings(max_examples=500, deadline=None)
@given(_texts(_STOP_TOKENS))
def test_stop_hint_answers_as_the_branch_first_pattern(text: str) -> None:
    assert typed_fast.may_glue_stop(text) == (_STOP_HINT_AS_WRITTEN.search(text) is not None)


# ---- card_marks.may_join_labels: a literal-first pattern a separator -----------------------

_JOINED_GATE_AS_WRITTEN = re.compile(r"[/·|][^\S\n]?[EeBbSsTt]")
_JOINED_TOKENS = [
    *("/", "|", "·", " ", "  ", "\n", "\t", "E", "e", "B", "s", "T", "t", "x", "Entry", "SL"),
    *("TP1", "USDT", "SOL", "1", " / ", " | ", " · ", "🔥", "ſ"),
]


@pytest.mark.parametrize(
    "text",
    [_CARD, "Entry/TP1/SL: 1 / 2 / 3", "Entry · Stop · Target: a · b · c", "a | b", "x/ y", ""],
)
def test_joined_labels_gate_examples(text: str) -> None:
    found = _JOINED_GATE_AS_WRITTEN.search(text) is not None
    assert card_marks.may_join_labels(text) == found


@settings(max_examples=500, deadline=None)
@given(_texts(_JOINED_TOKENS))
def test_joined_labels_gate_answers_as_the_class_first_pattern(text: str) -> None:
    found = _JOINED_GATE_AS_WRITTEN.search(text) is not None
    assert card_marks.may_join_labels(text) == found


# ---- literal tests that a single character every word of theirs holds opens ----------------


def _ladder_hint_as_written(text: str) -> bool:
    return (
        " 1" in text or "#1" in text or "(1" in text or "1st" in text or "1ST" in text
    ) and (
        "uy" in text or "UY" in text or "ong" in text
        or "ONG" in text or "ort" in text or "ORT" in text or "rder" in text or "RDER" in text
        or "over" in text or "OVER" in text or "DCA" in text or "dca" in text
    )  # fmt: skip


def _may_list_orders_as_written(text: str) -> bool:
    return (
        "\nBuy " in text or "\nbuy " in text or "\nBUY " in text
        or "\nSell " in text or "\nsell " in text or "\nSELL " in text
    )  # fmt: skip


def _may_be_bridge_command_as_written(text: str) -> bool:
    return (
        ("=" in text and ("uy" in text or "ell" in text or "UY" in text or "ELL" in text))
        or "-LONG_" in text
        or "-SHORT_" in text
        or "ignal_" in text
    )


def _may_be_mail_as_written(text: str) -> bool:
    return ("rom:" in text or "ate:" in text or "ent:" in text or "ROM:" in text) and ("\n" in text)


_LITERAL_TOKENS = [
    *(" 1", "#1", "(1", "1st", "1ST", "1", " ", "\n", "Buy ", "buy ", "BUY ", "Sell ", "sell "),
    *("SELL ", "LONG", "long", "SHORT", "order", "DCA", "over", "=", "-LONG_", "-SHORT_", "_"),
    *("signal_", "From:", "Date:", "Sent:", "FROM:", ":", "rom", "ate", "x", "🔥"),
]
_QUICK_TESTS = [
    (plain_text._ladder_hint, _ladder_hint_as_written),
    (plain_text._may_list_orders, _may_list_orders_as_written),
    (bridge_commands.may_be_bridge_command, _may_be_bridge_command_as_written),
    (alert_relays.may_be_mail, _may_be_mail_as_written),
]


@pytest.mark.parametrize(
    "text",
    [
        _CARD,
        "Buy 1: 14.85\nBuy 2: 14.40",
        "1st buy: 2",
        "x\nSELL 1",
        "buy SOLUSDT risk=1",
        "ENTER-LONG_BINANCE_SOLUSDT",
        "Signal_SOL",
        "From: a\nDate: b",
        "",
    ],
)
def test_quick_tests_examples(text: str) -> None:
    for quick, as_written in _QUICK_TESTS:
        assert quick(text) == as_written(text), quick.__name__


@settings(max_examples=500, deadline=None)
@given(_texts(_LITERAL_TOKENS, 12))
def test_quick_tests_answer_as_written(text: str) -> None:
    for quick, as_written in _QUICK_TESTS:
        assert quick(text) == as_written(text), quick.__name__
