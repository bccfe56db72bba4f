"""The follow-up reading's word gate (:func:`follow_ups.may_name_action`): a text it turns away
is one :func:`follow_ups.match_action` finds nothing in.

The gate gathers the word every reading of ``match_action`` needs, from the tables the reading
itself tests. These tests pin it: each word test in ``match_action``'s source is one of the
gate's words or is listed below with the reason it needs no word of its own; actions of every
kind pass it; talk is turned away; and over the development corpus (whole texts and their
lines) and generated texts of the readings' own words, nothing turned away is an action.
"""

from __future__ import annotations

import inspect
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import follow_ups
from tradermanager.sources.signal_parser.numbers import lowered

_CORPUS = Path(__file__).parent / "corpus"

# Word tests of match_action that need no gate word of their own, and why
_TESTS_COVERED_OTHERWISE = {
    "order": "only read out of the text (an order word after a stop or a target)",
    "re": "a re-entry: REENTRY needs one of the gate's re-entry words",
    "add": "a re-entry (one of the gate's re-entry words)",
    "back in": "a re-entry (one of the gate's re-entry words)",
    "again": "a re-entry (one of the gate's re-entry words)",
    "dca": "a re-entry (one of the gate's re-entry words)",
    "chance": "a re-entry (one of the gate's re-entry words)",
    "averag": "a re-entry (one of the gate's re-entry words)",
    "load": "a re-entry (one of the gate's re-entry words: 'loaded more')",
    "doubl": "a re-entry (one of the gate's re-entry words)",
    " at ": "a stop put at a target: a stop word with 'tp' or 'target', which the gate asks",
    "clos": "beside a stop moved, which the gate looks for",
    "hit": "beside a stop moved, which the gate looks for",
    "old": "beside a stop word: old_new_stop is asked by the gate",
    "new": "beside a stop word: a word of the gate's stop moves",
    " be": "beside a stop word: a word of the gate's stop moves",
    "all": "every target: ALL_TARGETS needs a target word, _HIT_ALL_TARGETS a close word",
    "every": "every target: ALL_TARGETS needs a target word",
    " of ": "a share taken off needs 'off', 'half' or '%' (_may_take_share_off)",
    "⏳": "beside a target hit",
    "⌛": "beside a target hit",
    " or ": "beside a close word",
    "gain": "beside a close word",
    "partial": "beside a close word",
    "some": "beside a close word",
    " a ": "beside a close word",
    " clos": "beside a close word",
    "t": "after a close word",
    "alvo": "after a close word",
    "ziel": "after a close word",
    "cible": "after a close word",
    "BE": "asked by the gate itself (in the text, not lower-cased)",
    " t": "'t2 ✅' is written 'tp2✅' only beside a tick, which the gate asks",
}
_TABLES_COVERED_OTHERWISE = {
    "_STOP_HINTS": "a stop word: the gate asks the stop readings that need nothing more",
    "_TARGET_HINTS": "a target word reads a hit only beside a done word or a price hit word",
    "_FILLED_HINTS": "an entry filled also needs one of _FILLED_WORDS",
    "_SIGNS": "beside a stop word: a word of the gate's stop moves",
    "_MANUAL": "beside a close word",
    "_UNREACHED_HINTS": "blanks a target not reached, then reads the rest again behind the gate",
}


def _source() -> str:
    return inspect.getsource(follow_ups.match_action)


def test_every_word_test_of_match_action_is_a_gate_word_or_needs_none() -> None:
    words = set(follow_ups._ACTION_WORDS)
    literals = set(re.findall(r'"([^"\n]+)" (?:not )?in (?:lower|text|after|closing)', _source()))
    assert literals, "no word test found: the pattern above no longer reads match_action"
    uncovered = {lit for lit in literals if not any(word in lit for word in words)}
    assert uncovered == set(_TESTS_COVERED_OTHERWISE) & uncovered
    # (a word listed above that match_action no longer tests is dropped from the list)
    assert set(_TESTS_COVERED_OTHERWISE) <= literals | {"BE"}


def test_every_table_match_action_asks_is_in_the_gate_or_needs_none() -> None:
    words = set(follow_ups._ACTION_WORDS)
    tables = set(re.findall(r"_has\((?:lower|closing), (\w+)\)", _source()))
    assert tables
    for name in tables:
        table = getattr(follow_ups, name)
        if name not in _TABLES_COVERED_OTHERWISE:
            assert set(table) <= words, name
    assert set(_TABLES_COVERED_OTHERWISE) <= tables


# The readings match_action calls, each with what keeps it behind the gate
_READINGS = {
    **dict.fromkeys(
        ("circled_as_digits", "without_order_word", "lowered", "_blanked_as"), "no reading"
    ),
    **dict.fromkeys(("_icons", "_coin_at_breakeven"), "a short text, let through"),
    "match_action": "read again behind a negation, a time stop or a stop in profit",
    "short_ticked_targets": "no reading: 't2 ✅' written 'tp2✅', behind a tick, the gate's",
    "trailing_take_profit": "behind 'trail', the gate's",
    "stated_stop": "behind 'trail' or 'tsl', the gate's",
    "own_liquidation": "behind 'liquidated'",
    "closed_at_entry": "behind 'scratch' or ' off at ', the gate's",
    "without_invalidation": "behind 'invalid', the gate's",
    "_cancel": "behind _CANCEL_HINTS",
    "corrected_levels": "behind CORRECTION_HINTS",
    "may_report_done": "its words (done words, signs, '🎯', '%', together words) are the gate's",
    "stop_moved_search": "asked by the gate beside a stop word",
    "_stop_set": "asked by the gate beside a stop word",
    "old_new_stop": "asked by the gate beside a stop word",
    "closed_by_stop": "beside a stop moved",
    "may_trail_rest": "its words are the gate's (TRAIL_REST_WORDS)",
    "trailed_rest": "behind may_trail_rest",
    "_stop_hit_told": "beside a done word",
    "_target_hit": "beside a done word",
    "may_be_together": "its words are the gate's (TOGETHER_WORDS)",
    "together_hit": "behind may_be_together",
    "price_only_hit": "behind _PRICE_HIT_HINTS, the gate's",
    "_close_word": "behind _CLOSE_HINTS, the gate's",
    "target_at_price": "beside a close word (behind _CLOSE_HINTS, the gate's)",
    "_closed_told": "beside a close word and a target named before its price",
    "someone_elses_close": "beside a close word (behind _CLOSE_HINTS, the gate's)",
    "_may_take_share_off": "its words ('off', 'half', '%') are the gate's",
    **dict.fromkeys(
        (
            *("_word_start", "_capital_be", "_last_target_named", "_pending_below"),
            *("_share_near", "_without_every_target", "kept_share_close", "may_keep"),
            *("_at_index", "_kept_share_blanked", "_fraction", "_taking", "_not_past"),
            *("_coin_after", "_has", "may_name_action"),
        ),
        "beside a reading found above, or the word test itself",
    ),
}


def test_every_reading_match_action_calls_is_behind_the_gate() -> None:
    called = set(re.findall(r"(?<![.\w])([a-z_]\w*)\(", _source()))
    called -= {"bool", "int", "len", "max"}
    assert called <= set(_READINGS), "a new reading: give the gate its words" + str(
        called - set(_READINGS)
    )
    words = set(follow_ups._ACTION_WORDS)
    for table in (follow_ups._CLOSE_HINTS, follow_ups._PRICE_HIT_HINTS, follow_ups.DONE_SIGNS):
        assert set(table) <= words
    assert {"liquidated", "off", "half", "%", "🎯"} <= words


def test_the_gate_holds_every_word_of_the_done_and_reentry_searches() -> None:
    fragments = set(follow_ups._ACTION_FRAGMENTS)
    assert set(follow_ups.DONE_WORDS) <= fragments
    assert {re.escape(w) for w in follow_ups.DONE_WORDS_MORE} <= fragments
    assert set(follow_ups._REENTRY_WORD_FRAGMENTS) <= fragments
    assert follow_ups._REENTRY_WORDS.pattern == "|".join(follow_ups._REENTRY_WORD_FRAGMENTS)


@pytest.mark.parametrize(
    "text",
    [
        "Good morning traders ☕️ Big week ahead, stay disciplined and respect your stops.",
        "Market is choppy, be patient. We wait for confirmation before the next entry.",
        "Weekly results soon 🔥 Thank you all for being part of this community!",
        "Happy weekend everyone, enjoy the family and see you on Monday 🙌",
        "New video on the channel tonight: how we size our positions 📹",
        "GM fam, charts later, first a walk in the park 🌳",
        "Buenos días traders, semana importante, paciencia con el mercado",
        "Доброе утро, трейдеры! Хорошей недели всем 🙏",
        "Stops are part of the game, accept them and move on with the plan",
    ],
)
def test_talk_is_turned_away(text: str) -> None:
    lower = lowered(text)
    assert not follow_ups.may_name_action(text, lower), text
    assert follow_ups.match_action(text, lower) is None


@pytest.mark.parametrize(
    "text",
    [
        "#DOGE SL moved to entry, trade is safe now",
        "Stop loss for AVAX now 31.27, locking in the gains",
        "Set SL 0.5124 on the remaining position of LINK",
        "Stop loss updated for NEAR\nOld: 2.3795\nNew: 2.4627",
        "Move SL to TP1 on ATOM now that it is running nicely",
        "Put the stop at TP1 on the LINK position please",
        "INJ target 2 reached, congratulations to all of you",
        "All targets achieved on MATIC, well done everyone 🎯",
        "Closing half of the ARB position here at 1.0842",
        "Cancelled: the OP setup never filled, we move on",
        "Re-entry on SEI at 0.4123, same targets as before",
        "ETH short stopped out at 3,412.5 unfortunately",
        "Breakeven stop set on the SOL trade, no risk now",
        "Trade is risk-free now on FET, enjoy the ride",
        "30% of the position on TIA is off, the rest runs",
        "Long activated on WLD ✅ entries filled at 2.4307",
        "Don't close the PEPE trade yet, we hold for target 3",
        "⏱ time stop hit on DOT, no move in 48h — closing",
        "SL in profit at 613.7 for BNB, nice trade so far",
        "Objetivo 2 alcanzado en SOL, felicidades a todos",
        "Стоп перенесли в безубыток по ETH, всем удачи",
        "止损移到开仓价，继续持有这个仓位，耐心等待",
    ],
)
def test_actions_pass_the_gate(text: str) -> None:
    lower = follow_ups.circled_as_digits(lowered(text))
    assert follow_ups.may_name_action(text, lower), text


def _ungated(text: str, lower: str, monkeypatch: pytest.MonkeyPatch) -> object:
    with monkeypatch.context() as patched:
        patched.setattr(follow_ups, "may_name_action", lambda _text, _lower: True)
        return follow_ups.match_action(text, lower)


def _corpus_texts() -> Iterator[str]:
    for path in sorted(_CORPUS.glob("*.jsonl")):
        if path.name == "holdout.jsonl":
            continue  # (held-out text is only ever evaluated)
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield str(json.loads(line)["text"])


def test_nothing_turned_away_in_the_corpus_is_an_action(monkeypatch: pytest.MonkeyPatch) -> None:
    turned_away = 0
    for whole in _corpus_texts():
        for text in (whole, *whole.splitlines()):
            lower = lowered(text)
            if follow_ups.may_name_action(text, lower):
                continue
            turned_away += 1
            assert _ungated(text, lower, monkeypatch) is None, text
    assert turned_away > 1000  # (the gate turns away most talk)


# the readings' own words, without the gate's: stop, target, entry and breakeven words, signs,
# prices, words of every-target and share readings, talk
_WORDS = st.sampled_from(
    [
        *("sl", "stop", "stop loss", "s/l", "стоп", "止损", "손절", "tp", "tp1", "target"),
        *("entry", "entries", "be", "BE", "b/e", "breakeven", "cost", "вход", "entrada"),
        *("to", "at", "on", "now", "is", "set", "new", "old", "was", "previous", "the"),
        *("=", "@", ":", "→", "->", "0.512", "1.2", "$3,412", "#ETH", "SOL", "50"),
        *("all", "every", "of", "my", "our", "position", "order", "re", "respect", "be"),
        *("alvo", "objetivo", "first", "2nd", "moved", "from", "here", "hit", "clos"),
        *("good", "morning", "patience", "thank", "you", "community", "week", "!", "☕️"),
        *(" ", " ", " ", "\n", ",", "."),
    ]
)


@settings(max_examples=2000, deadline=None)
@given(st.lists(_WORDS, min_size=8, max_size=16))
def test_generated_texts_turned_away_hold_no_action(parts: list[str]) -> None:
    text = " ".join(parts)
    lower = follow_ups.circled_as_digits(lowered(text))
    if follow_ups.may_name_action(text, lower):
        return
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(follow_ups, "may_name_action", lambda _text, _lower: True)
        assert follow_ups.match_action(text, lower) is None, text
