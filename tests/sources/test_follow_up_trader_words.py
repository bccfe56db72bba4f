"""Follow-ups in the words traders use (the corpus's third follow-up round has the layouts):
shares trimmed, secured or booked, stops set, tagged or hunted, setups pulled, cuts, re-adds;
and talk that only sounds like an update — negated, planned or still to come — never acts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.domain.enums import Side
from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message

CLOSE, CANCEL, STOP_HIT = FollowUpAction.CLOSE, FollowUpAction.CANCEL, FollowUpAction.STOP_HIT


@pytest.mark.parametrize(
    ("text", "fraction"),
    [
        ("Trim 20% here", 0.2),
        ("#SOL trimmed 40% ✂️", 0.4),
        ("Booked 30% 💰", 0.3),
        ("ARB reduced 50%", 0.5),
        ("Reduce the position by 25% $OP", 0.25),
        ("half off here", 0.5),
        ("Cut it here", 1.0),
        ("Get out of #ETH now", 1.0),
        ("Booked ✅", None),
        ("Profit booked ✅ +87%", None),
        ("平仓50%", 0.5),
        ("#INJ 50% Teilgewinn mitgenommen ✅", 0.5),
        ("Parcial de 30% realizada ✅", 0.3),
        ("#SUI %30 kâr alındı ✅", 0.3),
        ("Ambil profit 50% dulu", 0.5),
        ("Zamykamy połowę", 0.5),
    ],
)
def test_a_share_closed_in_traders_words(text: str, fraction: float | None) -> None:
    parsed = parse_message(text)
    assert (parsed.kind, parsed.action, parsed.close_fraction) == (
        MessageKind.FOLLOW_UP,
        CLOSE,
        fraction,
    ), text


def test_a_share_secured_at_a_target_reports_the_target_hit_with_it() -> None:
    parsed = parse_message("ETH/USDT — 30% secured at target 3, rest running")
    assert (parsed.actions, parsed.target_index, parsed.close_fraction) == (
        (FollowUpAction.TARGET_HIT, CLOSE),
        3,
        0.3,
    )


@pytest.mark.parametrize(
    ("text", "stop"),
    [
        ("Set SL 0.512", 0.512),
        ("#ARB SL now 1.5491 🔒", 1.5491),
        ("sl: 10.549", 10.549),
        ("$TRX SL 0.13521", 0.13521),
        ("SOL Stop 148.2 now", 148.2),
        ("Stop 0.04639 seviyesine çekildi", 0.04639),
        ("#NEARUSDT SL przesunięty na 5.558", 5.558),
    ],
)
def test_a_stop_set_at_a_price(text: str, stop: float) -> None:
    parsed = parse_message(text)
    assert (parsed.action, parsed.new_stop) == (FollowUpAction.STOP_MOVED, stop), text


@pytest.mark.parametrize(
    "text",
    [
        "SL tagged ❌ #BNB",
        "Stop hunted on #FHE, we are out",
        "Got stopped on SOL 🛑",
        "SL kena ❌",
        "Stop preso ❌",
        "Dính SL ❌",
        "Saltó el stop ❌",
        "Выбило по стопу ❌",
        "Ausgestoppt ❌",
        "已止损",
    ],
)
def test_the_stop_hit_in_traders_words(text: str) -> None:
    assert parse_message(text).action is STOP_HIT, text


def test_a_stop_tagged_at_a_price_is_a_hit_there_not_a_stop_moved() -> None:
    parsed = parse_message("ARB/USDT SL tagged at 1.1726 (-16.0%)")
    assert (parsed.action, parsed.price, parsed.new_stop) == (STOP_HIT, 1.1726, None)


@pytest.mark.parametrize(
    "text",
    [
        "#LQTY setup pulled ❌",
        "Pulling this setup, don't enter",
        "Scrap $ARB, entry never came",
        "Remove the DIA/USDT limit orders 🚫",
        "SOL void ❌ (not triggered)",
        "Invalidated ❌",
    ],
)
def test_a_setup_withdrawn_is_a_cancel(text: str) -> None:
    assert parse_message(text).action is CANCEL, text


@pytest.mark.parametrize(
    ("text", "price", "side"),
    [
        ("Re-add $AVAX at 36.67", 36.67, None),
        ("Re-added at 0.23, same SL", 0.23, None),
        ("Re-buy INJ 22.93", 22.93, Side.LONG),
        ("Re-short ETH 3,390", 3390.0, Side.SHORT),
    ],
)
def test_a_readd_is_a_reentry_with_its_price_and_side(
    text: str, price: float, side: Side | None
) -> None:
    parsed = parse_message(text)
    assert (parsed.action, parsed.price, parsed.side) == (FollowUpAction.REENTRY, price, side)


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("TP1, TP2 done ✅", 2),
        ("TP1 & TP2 & TP3 hit 🎯", 3),
        ("$SOL TP1-TP3 ✅", 3),
        ("Targets 1, 2 and 3 done", 3),
        ("#SOL TP2 ✅ #crypto #altseason", 2),
    ],
)
def test_several_targets_at_once_report_the_highest(text: str, index: int) -> None:
    parsed = parse_message(text)
    assert (parsed.action, parsed.target_index) == (FollowUpAction.TARGET_HIT, index), text


def test_topic_hashtags_closing_a_line_are_no_second_coin() -> None:
    parsed = parse_message("$MOODENG stopped out ❌ #altseason #trading")
    assert (parsed.kind, parsed.symbol) == (MessageKind.FOLLOW_UP, "MOODENG")


@pytest.mark.parametrize(
    "text",
    [
        "Don't close yet",
        "Hold, don't close yet",
        "Do not move SL to BE",
        "Don't cancel, still valid",
        "never move stop to 0.5",
        "TP1 will be hit soon 👀",
        "TP2 not reached yet",
        "ETH close to TP1",
        "Fed rate cut at 0.25% expected",
        "Profit secured yesterday: +12.4% on the account",
        "VIP half off!",
        "Reduce risk to 1% per trade",
        "64",
    ],
)
def test_talk_that_only_sounds_like_an_update_is_not_one(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL, text


@pytest.mark.parametrize(
    "text",
    [
        "If we lose 3350 we close",
        "below 8.613 I'll cut it",
        "Close 50% at TP1",
        "Move SL to entry after TP1",
        "Cancel the order if not filled by tomorrow",
        "SOL: cancel if price hits 150 first",
        "0.5312",
        "148.9 👀",
    ],
)
def test_a_plan_or_a_price_alone_goes_to_review(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW, text


def test_a_negated_clause_is_left_out_and_the_rest_is_read() -> None:
    parsed = parse_message("TP1 ✅ don't close yet, move SL to BE")
    assert parsed.actions == (FollowUpAction.TARGET_HIT, FollowUpAction.STOP_MOVED)
    assert parsed.stop_to_entry


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["Don't", "Do not", "Never", "No need to", "dont"]),
    st.sampled_from(["close", "move SL to entry", "cancel", "take profit", "cut", "book 50%"]),
    st.sampled_from(["", " yet", " now", ", still valid", " ETH"]),
)
def test_a_negated_instruction_alone_never_acts(negation: str, verb: str, tail: str) -> None:
    parsed = parse_message(f"{negation} {verb}{tail}")
    assert parsed.kind is not MessageKind.FOLLOW_UP, f"{negation} {verb}{tail}"


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        ("📊 #SOL/USDT · LONG\nStatus: Closed (stop loss)\nResult: -1R", (STOP_HIT,)),
        ("Closed by SL", (STOP_HIT,)),
        ("#SOL استاپ خورد ❌", (STOP_HIT,)),
        ("💰 TP2 #SOL", (FollowUpAction.TARGET_HIT,)),
        ("🔒 BE BTC", (FollowUpAction.STOP_MOVED,)),
        ("APT ปิดครึ่ง", (CLOSE,)),
        ("$TURBO إغلاق نصف الصفقة", (CLOSE,)),
        (
            "Position closed: PEPEUSDT Short\nClose price: 0.0000081541\nRealized PnL: +82.25",
            (CLOSE,),
        ),
        (
            "#BNBUSDT update:\n- 50% closed at TP1\n- SL moved to 599",
            (FollowUpAction.TARGET_HIT, CLOSE, FollowUpAction.STOP_MOVED),
        ),
    ],
)
def test_cards_icons_lists_and_other_scripts(
    text: str, actions: tuple[FollowUpAction, ...]
) -> None:
    parsed = parse_message(text)
    assert (parsed.kind, parsed.actions) == (MessageKind.FOLLOW_UP, actions), text


def test_a_cards_exit_line_is_the_close_price() -> None:
    parsed = parse_message("🔔 BNBUSDT LONG\nStatus: Closed manually\nExit: 611.5\nResult: +2.5R")
    assert (parsed.action, parsed.close_fraction, parsed.price) == (CLOSE, 1.0, 611.5)


def test_a_pair_holding_digits_does_not_hide_the_new_stop() -> None:
    parsed = parse_message("Stop loss updated: 1000BONKUSDT → 0.024507")
    assert (parsed.action, parsed.new_stop) == (FollowUpAction.STOP_MOVED, 0.024507)


@pytest.mark.parametrize(
    "text",
    [
        "ORDI/USDT SL at 36.54 held perfectly 💪",
        "#1INCHUSDT TP2 was 0.3848, we got close",
        "BNB bounced right off our entry 572.7 👀",
        "Don't get stopped out by wicks, use a proper SL",
    ],
)
def test_talk_about_posted_levels_does_not_act(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL, text


@pytest.mark.parametrize(
    "text",
    [
        "ATOM update: we got stopped at 7.346.",
        "ATOM: stopped at 7.346",
        "$ATOM stopped out @ 7.346",
    ],
)
def test_stopped_in_english_is_no_german_stop_label(text: str) -> None:
    """'Stopp' is a label of languages that write a decimal comma; 'stopped' is English, and
    the price after it keeps its decimal point (it was read as 7,346)."""
    p = parse_message(text)
    assert (p.kind, p.action, p.price) == (MessageKind.FOLLOW_UP, FollowUpAction.STOP_HIT, 7.346)


def test_stopp_as_a_label_still_names_the_decimal_comma() -> None:
    p = parse_message("SOL LONG\nEinstieg: 148,2\nZiele: 152 / 155\nStopp: 144,5")
    assert (p.kind, p.entries, p.stop_loss) == (MessageKind.SIGNAL, (148.2,), 144.5)
