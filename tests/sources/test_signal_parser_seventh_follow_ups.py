"""Follow-ups of the seventh follow-up round: a target named by a circled digit or as "k of n",
update words written as hashtags, re-entries worded as buying back or reopening, and updates
in the present tense of Spanish, Portuguese, French, Turkish, Vietnamese and Indonesian."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message
from tradermanager.sources.signal_parser.hashtag_words import spelled_out

CANCEL = FollowUpAction.CANCEL
CLOSE = FollowUpAction.CLOSE
HIT = FollowUpAction.TARGET_HIT
MOVED = FollowUpAction.STOP_MOVED
REENTRY = FollowUpAction.REENTRY
STOPPED = FollowUpAction.STOP_HIT
CIRCLED = ("①②③④⑤", "❶❷❸❹❺", "➀➁➂➃➄", "➊➋➌➍➎")


def _follow_up(text: str):
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, (text, parsed.reason)
    return parsed


@given(
    st.integers(1, 5),
    st.sampled_from(CIRCLED),
    st.sampled_from(["#SOL TP {d} ✅", "Target {d} reached 🎯", "Take profit {d} hit $ETH"]),
)
def test_a_circled_target_number_is_that_target(k, digits, template):
    parsed = _follow_up(template.format(d=digits[k - 1]))
    assert parsed.stated_actions == (HIT,)
    assert parsed.target_index == k


@given(st.integers(1, 4), st.integers(1, 4))
def test_a_target_out_of_how_many_is_the_first_number(k, more):
    for text in (f"Target {k}/{k + more} hit 🎯 #DOT", f"#DOT TP {k}/{k + more} ✅"):
        assert _follow_up(text).target_index == k


@pytest.mark.parametrize(
    ("text", "index"),
    [("TP1/TP2 ✅", 2), ("TP1 / TP3 done ✅", 3), ("Targets 1, 2 and 3 done", 3)],
)
def test_targets_listed_with_their_noun_are_all_reported(text, index):
    assert _follow_up(text).target_index == index


@pytest.mark.parametrize(
    ("tag", "words"),
    [
        ("#SL_hit", "SL hit"),
        ("#SLhit", "SL hit"),
        ("#stoploss_hit", "stoploss hit"),
        ("#SLtoBE", "SL to BE"),
        ("#MoveSLtoEntry", "Move SL to Entry"),
        ("#tradeclosed", "trade closed"),
        ("#TP2_hit", "TP2 hit"),
        ("#TakeProfit3", "take profit 3"),
        ("#riskfree", "is risk-free"),
        ("#cancelled", "cancelled"),
    ],
)
def test_an_update_tag_is_spelled_out(tag, words):
    assert spelled_out(f"$SOL {tag} ✅") == f"$SOL {words} ✅"


@pytest.mark.parametrize(
    "text", ["#SL 0.512", "#trade #SOL", "#entry 142", "#BTC #stopover", "x#closed", "##closed"]
)
def test_coins_topics_and_glued_tags_are_left_as_they_are(text):
    assert spelled_out(text) == text


@pytest.mark.parametrize(
    ("text", "actions", "index", "to_entry"),
    [
        ("#SOL #TP2 ✅", (HIT,), 2, False),
        ("#TP1 #TRX 🎯", (HIT,), 1, False),
        ("$NEIRO #stoploss_hit ❌", (STOPPED,), None, False),
        ("#SL_to_entry #NEAR", (MOVED,), None, True),
        ("#AVAX #riskfree ✅", (MOVED,), None, True),
        ("#tradeclosed $LINK ✅", (CLOSE,), None, False),
        ("#cancelled #FHE — entry not reached", (CANCEL,), None, False),
        ("#ARBUSDT #void — entry not reached", (CANCEL,), None, False),
        ("#ETH #TP2 ✅ #SLtoBE 🔒", (HIT, MOVED), 2, True),
    ],
)
def test_update_words_as_hashtags_are_read_and_never_taken_for_the_coin(
    text, actions, index, to_entry
):
    parsed = _follow_up(text)
    assert parsed.stated_actions == actions
    assert parsed.target_index == index
    assert parsed.stop_to_entry is to_entry
    assert parsed.symbol in {"SOL", "TRX", "NEIRO", "NEAR", "AVAX", "LINK", "FHE", "ARB", "ETH"}


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("Short ETH again at 3,412", 3412.0),
        ("Re-open the short on ORDI at 36.15", 36.15),
        ("Reopening $LINK long at 15.214", 15.214),
        ("Reload #TIAUSDT at 9.326 🔄", 9.326),
        ("Back in $ARB at 1.0724 ✅", 1.0724),
    ],
)
def test_buying_back_or_reopening_at_a_price_is_a_reentry(text, price):
    parsed = _follow_up(text)
    assert parsed.stated_actions == (REENTRY,)
    assert parsed.price == price


@pytest.mark.parametrize(
    "text",
    [
        "Back in 2021 SOL was at 8",
        "We are back in profit on SOL",
        "Short SOL again at 142 if it loses support",
        # a long bought back, or a short's cover: the copy's side tells, not the text
        "Buy back #SOL at 142.3",
        "SELL APT @ 9.14 | BUY BACK @ 8.999 | STOP @ 9.314",
    ],
)
def test_back_in_without_a_price_only_planned_or_a_buy_back_is_no_reentry(text):
    parsed = parse_message(text)
    assert not (parsed.kind is MessageKind.FOLLOW_UP and parsed.action is REENTRY)


@pytest.mark.parametrize(
    ("text", "actions", "fraction", "index", "to_entry", "to_target"),
    [
        ("#LINKUSDT cerramos el 40% en el TP1", (HIT, CLOSE), 0.4, 1, False, None),
        ("Fechando 30% no alvo 3 #SOL 💰", (HIT, CLOSE), 0.3, 3, False, None),
        ("realizamos parcial en TP2 ✅", (HIT, CLOSE), None, 2, False, None),
        ("Fechando metade da posição", (CLOSE,), 0.5, None, False, None),
        (
            "On sécurise 25% et on remonte le stop au prix d'entrée",
            (CLOSE, MOVED),
            0.25,
            None,
            True,
            None,
        ),
        ("#SUI movemos el SL al TP2 🔒", (MOVED,), None, None, False, 2),
        ("Subindo o stop para o alvo 1", (MOVED,), None, None, False, 1),
        ("stopu TP1 seviyesine çekiyoruz", (MOVED,), None, None, False, 1),
        ("#SOL stopu TP2'ye çekiyoruz", (MOVED,), None, None, False, 2),
        ("SL geser ke TP2 $SEI 🔒", (MOVED,), None, None, False, 2),
        ("#DOTUSDT %70 kâr alıyoruz 💰", (CLOSE,), 0.7, None, False, None),
        ("Amankan 70% profit di TP2 ✅ #SHIBUSDT", (HIT, CLOSE), 0.7, 2, False, None),
        ("Chốt 50% tại TP1 ✅", (HIT, CLOSE), 0.5, 1, False, None),
    ],
)
def test_updates_in_the_present_tense_of_other_languages(
    text, actions, fraction, index, to_entry, to_target
):
    parsed = _follow_up(text)
    assert parsed.stated_actions == actions
    assert parsed.close_fraction == (pytest.approx(fraction) if fraction else fraction)
    assert parsed.target_index == index
    assert parsed.stop_to_entry is to_entry
    assert parsed.stop_to_target == to_target


@pytest.mark.parametrize(
    "text", ["Close 50% at TP1", "Amankan 70% profit di TP2", "Chiudiamo 50% al TP1"]
)
def test_a_close_told_for_a_target_to_come_is_still_to_review(text):
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    ("text", "actions", "index", "to_entry", "to_target"),
    [
        ("TP1 ✔️ — SL ➡️ BE", (HIT, MOVED), 1, True, None),
        ("#PEPEUSDT TP3 ✅ • SL ➡ entry", (HIT, MOVED), 3, True, None),
        ("TP1 ✅ + TP2 ✅ + SL ➝ TP1", (HIT, MOVED), 2, False, 1),
        ("$SOL SL ➡️ TP2", (MOVED,), None, False, 2),
    ],
)
def test_an_arrow_emoji_moves_the_stop_as_an_arrow_does(text, actions, index, to_entry, to_target):
    parsed = _follow_up(text)
    assert parsed.stated_actions == actions
    assert parsed.target_index == index
    assert parsed.stop_to_entry is to_entry
    assert parsed.stop_to_target == to_target


@pytest.mark.parametrize(
    ("text", "action", "index"),
    [
        ("#DIA SL order triggered ❌", STOPPED, None),
        ("stop order hit ❌", STOPPED, None),
        ("Take-profit order 2 executed", HIT, 2),
        ("#SOL TP3 order filled ✅", HIT, 3),
    ],
)
def test_an_order_named_by_the_stop_or_a_target_is_no_entry_filled(text, action, index):
    parsed = _follow_up(text)
    assert parsed.stated_actions == (action,)
    assert parsed.target_index == index


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("ARB average entry now 1.0214", 1.0214),
        ("ETH average entry now 3,088.43", 3088.43),
        ("avg entry moved to 0.023498 after the second fill", 0.023498),
        ("Avg price updated → 142.31 #SOL", 142.31),
        ("Entry 2 ✅ — average entry 25.487 #INJUSDT", 25.487),
    ],
)
def test_the_average_entry_told_after_a_fill_is_an_entry_filled_at_it(text, price):
    parsed = _follow_up(text)
    assert parsed.stated_actions == (FollowUpAction.ENTRY_FILLED,)
    assert parsed.price == price
