"""Follow-up families of the fifth held-out round: close shares written as fraction glyphs or
words, a share taken "off", time exits, corrections and changes of a posted signal, withdrawn
signals, the stop moved to a target, and copier bots' notes that nothing was copied."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message
from tradermanager.sources.signal_parser.copier_notes import copier_skip_note
from tradermanager.sources.signal_parser.keyboards import typed_as_ascii

CLOSE = FollowUpAction.CLOSE
MOVED = FollowUpAction.STOP_MOVED
HIT = FollowUpAction.TARGET_HIT
GLYPHS = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75}


@pytest.mark.parametrize(
    ("text", "actions", "fraction", "price"),
    [
        ("Close ½ of #SOL here", (CLOSE,), 0.5, None),
        ("#ETH — close ⅔ now 💰", (CLOSE,), 2 / 3, None),
        ("⅓ off $ETH at 3,450", (CLOSE,), 1 / 3, 3450.0),
        ("#SOL booked ¼ at 151.2", (CLOSE,), 0.25, 151.2),
        ("¾ closed on $ARB, rest runs with SL at entry", (CLOSE, MOVED), 0.75, None),
        ("#DOGE TP1 ✅ took ⅓ off", (HIT, CLOSE), 1 / 3, None),
        ("#SOL TP2 ✅ — three quarters taken off", (HIT, CLOSE), 0.75, None),
        ("#SOL two thirds off the table 💰", (CLOSE,), 2 / 3, None),
        ("#SOL 1/3 off the table", (CLOSE,), 1 / 3, None),
        ("$ARB — 50% off here, sitting at +30.8%", (CLOSE,), 0.5, None),
        ("#XRP: ½ booked, stop to breakeven 🔒", (CLOSE, MOVED), 0.5, None),
    ],
)
def test_a_share_in_glyphs_words_or_off_is_that_share(text, actions, fraction, price):
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.stated_actions == actions
    assert parsed.close_fraction == pytest.approx(fraction)
    assert parsed.price == price


@given(
    st.sampled_from(sorted(GLYPHS)),
    st.sampled_from(["Close {g} of #SOL here", "#SOL: {g} closed ✅", "Take {g} profit on #SOL"]),
)
def test_a_fraction_glyph_reads_as_its_ratio_and_never_as_the_whole(glyph, template):
    parsed = parse_message(template.format(g=glyph))
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.close_fraction == pytest.approx(GLYPHS[glyph])


def test_a_glyph_glued_to_a_digit_is_left_alone():
    assert typed_as_ascii("size 2½ %") == "size 2½ %"
    assert typed_as_ascii("close ½here") == "close 1/2 here"


@pytest.mark.parametrize(
    "text",
    [
        "⏱ #SOL time stop hit, no move in 48h — closing at market",
        "#ETH time-stop triggered, closing now",
    ],
)
def test_a_time_stop_is_a_whole_close_not_the_stop_hit(text):
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert (parsed.action, parsed.close_fraction) == (CLOSE, 1.0)


@pytest.mark.parametrize(
    "text",
    [
        "If not filled by 18:00 UTC cancel the #DOT order",
        "Unless it fills today, cancel the $ARB limit",
        "Hold #SOL until Friday, then we close",
        "Close #SOL at 16:00 UTC if TP1 is not hit",
    ],
)
def test_an_exit_waiting_for_a_time_or_condition_goes_to_review(text):
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    ("text", "stop"),
    [
        ("Correction: #SOL SL is 0.51, not 0.53 (typo)", 0.51),
        ("Correction ⚠️ #LTC stop loss 91.97 — not 89.8, sorry for the typo", 91.97),
        ("Fix: stop for $1000PEPE is 0.0123 (was wrongly 0.0132)", 0.0123),
        ("⚠️ Typo — #ETH stop loss should read 3,310", 3310.0),
    ],
)
def test_a_corrected_stop_is_the_stop_moved_to_it(text, stop):
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert (parsed.action, parsed.new_stop) == (MOVED, stop)


@pytest.mark.parametrize(
    "text",
    [
        "#SOL TP3 changed to 160.5",
        "$TIA: extra target added — TP4 10.268 🎯",
        "Adding TP4 at 162 for #SOL",
        "#SOL entry updated: 148.2 instead of 147.5",
        "Correction: #PEPE is a SHORT, not a long",
        "Correction #SOL: entry 148.2 and SL 144.1",
    ],
)
def test_a_changed_target_entry_or_side_goes_to_review(text):
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("Ignore the signal above", None),
        ("⚠️ Please ignore the previous signal", None),
        ("Please disregard the last #ARB post ❌", "ARB"),
        ("Delete that call, posted by mistake", None),
        ("Sorry, the #LINK setup was meant for another group — don't take it", "LINK"),
        ("Scratch the #SOL signal, chart was wrong", "SOL"),
        ("#OP: forget that signal, wrong chart", "OP"),
    ],
)
def test_a_withdrawn_signal_is_a_cancel(text, symbol):
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert (parsed.action, parsed.symbol) == (FollowUpAction.CANCEL, symbol)


@pytest.mark.parametrize(
    "text",
    ["Ignore the noise and hold your #SOL", "Don't ignore the weekly close on #BTC"],
)
def test_ignore_without_a_signal_named_is_no_cancel(text):
    assert parse_message(text).action is not FollowUpAction.CANCEL


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("LINK: stop raised to TP2, risk off", 2),
        ("#SOL SL → TP1, locked in", 1),
    ],
)
def test_the_stop_to_a_target_before_a_comma(text, target):
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert (parsed.action, parsed.stop_to_target) == (MOVED, target)


@pytest.mark.parametrize(
    "text",
    [
        "Duplicate alert ignored: SOLUSDT long",
        "⚠️ Order skipped: already in position (BTCUSDT)",
        "[copier] SKIP DOGEUSDT SELL: duplicate signal id 48213",
        "Max open trades reached, ARB short not opened",
    ],
)
def test_a_copier_note_that_nothing_was_copied_is_talk(text):
    assert copier_skip_note(text.lower())
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


def test_a_signal_is_no_copier_note():
    assert not copier_skip_note("#sol long\nentry 148.2\ntp 152\nsl 144")


@pytest.mark.parametrize(
    ("text", "fraction"),
    [
        ("Cerramos un tercio de #SOL ✅", 1 / 3),
        ("Cerramos dos tercios de #SOL", 2 / 3),
        ("#SOL — realizar um terço agora", 1 / 3),
        ("Закрываем треть по #SOL", 1 / 3),
        ("#SOL: ein Drittel geschlossen ✅", 1 / 3),
        ("#SOL: zwei Drittel geschlossen ✅", 2 / 3),
        ("#SOL — fermer un tiers maintenant", 1 / 3),
        ("On ferme la moitié de #SOL ici", 0.5),
        ("Chiudiamo metà di #SOL qui", 0.5),
        ("#SOL: chiudere un terzo adesso", 1 / 3),
        ("Chiudiamo il 30% su #SOL ✅", 0.3),
        ("#SOL pozisyonun üçte birini kapattık", 1 / 3),
    ],
)
def test_a_third_or_a_half_in_other_languages_is_that_share(text, fraction):
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert (parsed.action, parsed.symbol) == (CLOSE, "SOL")
    assert parsed.close_fraction == pytest.approx(fraction)


@pytest.mark.parametrize(
    "text",
    [
        "close at the third target #SOL",
        "chiudere al terzo target #SOL",
        "chiudere al TP3 #SOL",
        "fermer au TP2 #SOL",
        "cerrar en el tercer objetivo #SOL",
    ],
)
def test_a_close_at_a_target_named_by_its_ordinal_or_in_another_language_waits(text):
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


def test_a_close_reported_at_an_ordinal_target_is_that_target_reached():
    parsed = parse_message("Closed half at the second target #SOL")
    assert parsed.stated_actions == (HIT, CLOSE)
    assert (parsed.target_index, parsed.close_fraction) == (2, 0.5)
