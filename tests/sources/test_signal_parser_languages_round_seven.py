"""Languages round seven: Arabic written in Latin letters with digits for letters (labels,
side words, "men a l7d b" zones, follow-up words), Hindi and Urdu imperatives with the target
list before its word, Persian and Finglish coin and leverage words, and a target label's own
number before a word in a card's note."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message
from tradermanager.sources.signal_parser.romanised import arabizi_as_lexicon
from tradermanager.sources.signal_parser.word_order import target_clause_first


@pytest.mark.parametrize(
    ("text", "entries", "targets", "stop", "leverage"),
    [
        (
            "Long 3ala #SOL men 148.2 l7d 147.5, ahdaf 152 w 155, wa2f 5asara 144, rafe3a 10x",
            (147.5, 148.2),
            (152.0, 155.0),
            144.0,
            10.0,
        ),
        (
            "hnd5ol long 3ala #SOL 3and 148.2, el ahdaf 152 - 155, el stop ta7t 144",
            (148.2,),
            (152.0, 155.0),
            144.0,
            None,
        ),
        (
            "#SOL shera2 ben 147.5 w 148.2\nahdafna 152 w ba3deh 155\nw2f el 5sara 144",
            (147.5, 148.2),
            (152.0, 155.0),
            144.0,
            None,
        ),
        (
            "Tawseya gdeda 🔥\nEl 3omla: #SOL\nEl no3: Shera2 🟢\nSe3r el dokhool: 148.2\n"
            "Hadaf awal: 152\nHadaf tany: 155\nWa2f el 5asara: 144\nEl rafe3a: 10x",
            (148.2,),
            (152.0, 155.0),
            144.0,
            10.0,
        ),
        (
            "#SOL mein long le lo 148.2 ke paas. 152 aur 155 target book karna, stoploss 144 "
            "pe lagao",
            (148.2,),
            (152.0, 155.0),
            144.0,
            None,
        ),
        (
            "Signal jadid 🔔\nArz: SOL\nKharid (Long) 🟢\nVorud: 148.2\nTarqet 1: 152\n"
            "Tarqet 2: 155\nHad zarar: 144\nAhrom: 10 barabar",
            (148.2,),
            (152.0, 155.0),
            144.0,
            10.0,
        ),
        (
            "🔔 سیگنال جدید\nارز: #SOL\nپوزیشن: لانگ 🟢\nنقطه ورود: ۱۴۸٫۲\nتارگت‌ها: ۱۵۲ - ۱۵۵\n"
            "حد ضرر: ۱۴۴\nاهرم: ۱۰ برابر",
            (148.2,),
            (152.0, 155.0),
            144.0,
            10.0,
        ),
    ],
)
def test_round_seven_layouts_read_as_the_sol_long(text, entries, targets, stop, leverage):
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert (parsed.symbol, parsed.side.value) == ("SOL", "long")
    assert (parsed.entries, parsed.take_profits, parsed.stop_loss) == (entries, targets, stop)
    assert parsed.leverage == leverage


@pytest.mark.parametrize(
    ("text", "action", "fields"),
    [
        ("#SOL hadaf 1 et7a2a2 ✅", FollowUpAction.TARGET_HIT, {"target_index": 1}),
        ("El hadaf el tany et7a2a2 f #SOL 🔥", FollowUpAction.TARGET_HIT, {"target_index": 2}),
        ("SOL 5ad el stop 😔 3adi, kamelin", FollowUpAction.STOP_HIT, {}),
        ("Darab el stop f #SOL ❌", FollowUpAction.STOP_HIT, {}),
        (
            "7arakna el stop 3and el dokhool f SOL 🔒",
            FollowUpAction.STOP_MOVED,
            {"stop_to_entry": True},
        ),
        (
            "SOL: 2nel el stop le no2tet el dokhool",
            FollowUpAction.STOP_MOVED,
            {"stop_to_entry": True},
        ),
        ("2fel nos el safqa f #SOL ✅", FollowUpAction.CLOSE, {"close_fraction": 0.5}),
        ("5od rob7 50% f SOL", FollowUpAction.CLOSE, {"close_fraction": 0.5}),
        ("5aragna mn SOL kolo", FollowUpAction.CLOSE, {"close_fraction": 1.0}),
        ("El8y tawseyet #SOL ❌", FollowUpAction.CANCEL, {}),
        ("#SOL ka target 1 aa gaya 🔥", FollowUpAction.TARGET_HIT, {"target_index": 1}),
        ("$SOL SL lag gaya ❌", FollowUpAction.STOP_HIT, {}),
        ("Tarqet 3 #SOLUSDT khord ✅", FollowUpAction.TARGET_HIT, {"target_index": 3}),
        ("SOL تارگت ۲ تاچ شد ✅", FollowUpAction.TARGET_HIT, {"target_index": 2}),
        ("$SOL nesf position ro bebandid", FollowUpAction.CLOSE, {"close_fraction": 0.5}),
        (
            "#SOLUSDT: estop ro bebarid roye noghte vorud",
            FollowUpAction.STOP_MOVED,
            {"stop_to_entry": True},
        ),
    ],
)
def test_round_seven_update_words(text, action, fields):
    """Arabizi, Hinglish, Finglish and Persian update words."""
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert (parsed.symbol, parsed.action) == ("SOL", action)
    for name, value in fields.items():
        assert getattr(parsed, name) == value


@pytest.mark.parametrize(
    "note",
    [
        "Realizar parcial no alvo 1 e stop no zero a zero",
        "Take partial at target 1 and move stop to entry",
        "Book 50% at TP 1 then SL to entry",
    ],
)
def test_a_target_number_before_a_word_is_no_price(note):
    # before: the note's "1" was read as a third target and the short copied with it
    parsed = parse_message(
        f"#SUI SHORT\nEntry: 1.0512\nTargets: 1.0300 / 1.0100\nStop: 1.0800\n{note}"
    )
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.take_profits == (1.03, 1.01)


def test_a_target_price_with_its_unit_stays_a_price():
    parsed = parse_message("#INJ LONG\nEntry: 24.6\nTP 25 USDT\nSL: 23.8")
    assert parsed.take_profits == (25.0,)


def test_arabizi_words_only_where_they_stand():
    assert arabizi_as_lexicon("BTC long 63450, TP 64200 / 65000, SL 62800") == (
        "BTC long 63450, TP 64200 / 65000, SL 62800"
    )
    assert arabizi_as_lexicon("men 148.2 l7d 147.5") == "from 148.2 to 147.5"
    # a word that is no label keeps its letters and digits: "5alleeko 7azreen" (stay careful)
    assert arabizi_as_lexicon("stop ta7t 144 5alleeko 7azreen") == "stop below 144 5alleeko 7azreen"


def test_one_target_clause_turned_only():
    text = "SOL long 148.2 pe. 152 aur 155 target book karna, SL 144"
    assert target_clause_first(text) == "SOL long 148.2 pe. target book karna: 152 aur 155, SL 144"
    # two price-first clauses: not this reading's
    two = "SOL 148.2 entry, 152 target lo, 155 target lo"
    assert target_clause_first(two) == two
    # words or marks between the prices: a note, not a list of targets ("3:1" is a ratio)
    note = "SOL short 148.2 pe. Risk 1-2% per trade, 3:1 R:R on the first target"
    assert target_clause_first(note) == note


@given(
    st.lists(
        st.sampled_from(["3and", "wa2f", "5asara", "l7d", "7awaly", "ta7t", "fo2", "w", "men"]),
        max_size=6,
    ),
    st.lists(st.integers(min_value=1, max_value=999), min_size=1, max_size=4),
)
def test_arabizi_digits_inside_words_are_never_prices(words, prices):
    """Whatever the words around them, the rewrite keeps every price as written and adds
    none: the digits inside an Arabizi word never become a number."""
    text = " ".join(words) + " " + " ".join(f"{p}.5" for p in prices)
    out = arabizi_as_lexicon(text)
    assert re.findall(r"(?<![\w.])\d+(?:\.\d+)?(?![\w.])", out) == [f"{p}.5" for p in prices]


@pytest.mark.parametrize(
    "note",
    ["Tumia asilimia 2 tu ya mtaji wako 🙏", "Use only 2 percent of your capital", "Risk 1 of 10"],
)
def test_a_stop_under_an_unknown_label_keeps_its_price_over_a_note(note):
    # before: the note's number ran on into the stop's line, which then counted as a line of
    # sizes, and the long was copied without its stop
    parsed = parse_message(
        f"LINK LONG\nEntry: 14.208\nTP: 14.407, 14.628\nKikomo cha hasara: 13.65\n{note}"
    )
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.stop_loss == 13.65


def test_the_headline_price_after_unknown_words_is_the_entry():
    parsed = parse_message(
        # (Hausa "saya a", buy at: words no table knows; Swahili "nunua kwa" is known since the
        # thirteenth languages round, its price then read by the side word)
        "$TURBO LONG — saya a 0.005613\nMalengo: 0.0056974, 0.0057938\nKikomo cha hasara: 0.0054209"
    )
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (0.005613,)
    assert parsed.take_profits == (0.0056974, 0.0057938)
    assert parsed.stop_loss == 0.0054209
    assert dict(parsed.confidences)["entries"] <= 0.7  # read by a clause, not a word
