"""Zones written with other languages' "from … to" / "between … and" words, in either order,
and Italian cards whose dot-and-three-digit prices no number settles."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import MessageKind


@pytest.mark.parametrize(
    "line",
    [
        "SUI LONG karo {a} se {b} ke darmiyan, SL {s}, TP {t}",
        "#SUI LONG\nEntry {a} se {b} tak\nSL {s}\nTP {t}",
        "#SUI LONG\nEntry: {a} से {b} के बीच\nSL {s}\nTP {t}",
        "#SUI LONG\nGiriş: {a} ile {b} arası\nStop: {s}\nHedef: {t}",
        "SUI 롱\n진입: {a}에서 {b} 사이\n손절: {s}\n목표: {t}",
        "SUI 做多\n入场: {a}至{b}之间\n止损: {s}\n目标: {t}",
        "SUI ロング\nエントリー: {a}から{b}の間\n損切り: {s}\n利確: {t}",
        "#SUI LONG\nEntry: antara {a} dan {b}\nSL: {s}\nTP: {t}",
    ],
)
@pytest.mark.parametrize(("a", "b"), [("1.0512", "1.0433"), ("1.0433", "1.0512")])
def test_zone_words_read_a_zone_in_either_order(line: str, a: str, b: str) -> None:
    parsed = parse_message(line.format(a=a, b=b, s="1.0101", t="1.1022"))
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.entries == (1.0433, 1.0512)
    assert parsed.entry_kind == "range"


def test_two_entries_without_zone_words_stay_two_entries() -> None:
    parsed = parse_message("#SUI LONG\nEntry 1: 1.0512\nEntry 2: 1.0433\nSL 1.0101\nTP 1.1022")
    assert parsed.entries == (1.0512, 1.0433)
    assert parsed.entry_kind == "multiple"


@pytest.mark.parametrize(
    "card",
    [
        "#ETH LONG\nEntrata: 3.412\nObiettivo 1: 3.481\nStop: 3.351",
        "#XYZ SHORT\nIngresso: 6.915\nObiettivi: 6.802 - 6.711\nStop loss: 7.104\nLeva: 10x",
        "Prezzo di ingresso: 14.842\nObiettivo 1: 15.127\nStop: 14.405\n#LINK LONG",
    ],
)
def test_italian_dot_groups_no_number_settles_go_to_review(card: str) -> None:
    assert parse_message(card).kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    ("card", "entry"),
    [
        ("#DOT LONG\nEntrata: 6.4213\nObiettivo 1: 6.551\nStop: 6.232", 6.4213),
        ("#ETH LONG\nEntrata: 3.412,50\nObiettivo 1: 3.481\nStop: 3.351", 3412.5),
        ("#DOT LONG\nEntrata: 6.42\nObiettivo 1: 6.551\nStop: 6.232", 6.42),
    ],
)
def test_italian_card_with_a_settling_number_is_read(card: str, entry: float) -> None:
    parsed = parse_message(card)
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.entries == (entry,)


def test_italian_dot_groups_with_a_stored_price_are_read() -> None:
    card = "#ETH LONG\nEntrata: 3.412\nObiettivo 1: 3.481\nStop: 3.351"
    parsed = parse_message(card, reference_price=3400.0)
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.entries == (3412.0,)


@settings(max_examples=60, deadline=None)
@given(
    whole=st.integers(min_value=1, max_value=99),
    frac=st.integers(min_value=100, max_value=999).filter(lambda f: f % 10),
)
def test_italian_three_decimal_entry_is_never_copied_unsettled(whole: int, frac: int) -> None:
    e = whole + frac / 1000
    card = f"#ABC LONG\nEntrata: {e:.3f}\nObiettivo 1: {e * 1.02:.3f}\nStop: {e * 0.97:.3f}"
    parsed = parse_message(card)
    assert parsed.kind is not MessageKind.SIGNAL or parsed.entries != (round(e, 3),)


@pytest.mark.parametrize(
    "talk",
    [
        "Ci vediamo tra 3 ore",
        "SOL tra 148 e 152 da settimane, nessun segnale",
        "Roz 5 se 6 baje tak market khulega",
    ],
)
def test_talk_stays_talk(talk: str) -> None:
    assert parse_message(talk).kind is not MessageKind.SIGNAL
