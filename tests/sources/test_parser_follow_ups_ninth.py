"""The ninth follow-up round's rules: an edit's mark is no coin, a close at a result in percent
closes the whole position, a taking word ended by "and close" closes it, a deal bot's "Deal #…
completed" closes the deal, a stop set at a percentage goes to review, and captions of
screenshots and recaps naming their coins are talk."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message

COINS = ["SOL", "ETH", "ARB", "LINK", "AVAX", "DOGE", "1000PEPE", "TIA"]


@pytest.mark.parametrize(
    ("text", "symbol", "new_stop"),
    [
        ("EDIT: #XRP SL moved to 0.5678", "XRP", 0.5678),
        ("EDIT: $TIA SL moved to 10.352", "TIA", 10.352),
        ("UPD: #SOL SL moved to 151.2", "SOL", 151.2),
    ],
)
def test_an_edit_mark_is_no_coin(text: str, symbol: str, new_stop: float) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.symbol == symbol
    assert parsed.new_stop == pytest.approx(new_stop)


@pytest.mark.parametrize(
    "text",
    [
        "AVAX/USDT closed with 60% profit ✅",
        "#SOL closed in 45% profit",
        "#ETH closed with 32% gain ✅",
        "Closed $LINK with a 80% profit 💰",
    ],
)
def test_a_result_after_a_close_is_no_share(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.action is FollowUpAction.CLOSE
    assert parsed.close_fraction == 1.0


@pytest.mark.parametrize(
    ("text", "fraction"),
    [("Book 30% profit", 0.3), ("Take 50% profit now", 0.5), ("#SOL 30% closed at +22%", 0.3)],
)
def test_a_share_before_its_profit_word_stays_a_share(text: str, fraction: float) -> None:
    parsed = parse_message(text)
    assert parsed.action is FollowUpAction.CLOSE
    assert parsed.close_fraction == pytest.approx(fraction)


@pytest.mark.parametrize(
    "text",
    [
        "Take the small profit on #SOL and close",
        "SEI: take the small win and close it",
        "LINK/USDT take the profit and close the trade",
    ],
)
def test_taking_then_close_closes_the_whole(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.action is FollowUpAction.CLOSE
    assert parsed.close_fraction == 1.0


@pytest.mark.parametrize("text", ["Take care", "take a break and close the laptop tonight 😴"])
def test_taking_without_a_closing_end_is_no_close(text: str) -> None:
    assert parse_message(text).kind is not MessageKind.FOLLOW_UP


def test_a_deal_completed_closes_the_deal() -> None:
    parsed = parse_message(
        "✅ Deal #4821337 completed\nPair: USDT_SOL\nProfit: +12.40 USDT (1.54%)"
    )
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.action is FollowUpAction.CLOSE
    assert parsed.symbol == "SOL"
    assert parsed.close_fraction == 1.0


@pytest.mark.parametrize(
    "text",
    [
        "#SOL move SL to +1.5%",
        "Move stop on $TRX to +1.0% 🔒",
        "ETH stop to entry + 0.6% 🔒",
        "#ARB SL to entry +0.5%",
        "LINK SL now 1.5% below entry",
        "Trail stop 2.5% behind on #AVAX",
    ],
)
def test_a_stop_at_a_percentage_goes_to_review(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    ("text", "new_stop"),
    [
        ("#SOL new SL 146.1 (-1.4% from entry)", 146.1),
        ("SL moved to 0.512 (+2% locked)", 0.512),
        ("#ETH stop raised to 3,431.5 🔒 locks +12%", 3431.5),
    ],
)
def test_a_stop_at_a_price_beside_a_percentage_is_moved(text: str, new_stop: float) -> None:
    parsed = parse_message(text)
    assert parsed.action is FollowUpAction.STOP_MOVED
    assert parsed.new_stop == pytest.approx(new_stop)


@pytest.mark.parametrize(
    "text",
    [
        "📸 Member's result on #SOL: +180% 🔥",
        "Screenshot from our VIP: ARB/USDT TP4 hit 🎯 congrats to everyone who followed",
        "Feedback from a member: closed DOGE/USDT at TP4, thanks admin 🙏",
        "Look at this screenshot 👀 $BTC TP2 smashed, +318%",
        "Another happy member 🤑 #LINK +95%",
        "Proof 👇 our $ETH call hit all targets last week",
    ],
)
def test_captions_of_results_are_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


def test_a_caption_with_an_instruction_stays_an_update() -> None:
    parsed = parse_message("📸 #SOL TP2 hit ✅ move SL to entry")
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert FollowUpAction.STOP_MOVED in parsed.actions


@pytest.mark.parametrize(
    "text",
    [
        "This week's recap: APT TP3 ✅, SUI TP2 ✅, INJ SL ❌ — net +213%",
        "Yesterday: LINK long hit TP2, WIF short stopped out, LTC still running",
        "Results of the day 🔥 #ATOM all targets ✅ #XRP TP2 ✅ #BNB stopped ❌",
        "Recap of November: ETH, 1INCH and AVAX all hit TP1 🎯",
        "Our SOL and ETH calls hit all targets this week, ARB got stopped out",
    ],
)
def test_recaps_naming_their_coins_are_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


def test_a_recap_word_beside_an_instruction_is_no_recap() -> None:
    parsed = parse_message("Yesterday SOL hit TP2 ✅, ETH: move SL to entry now")
    assert parsed.kind is not MessageKind.NOT_SIGNAL


@given(
    st.sampled_from(COINS),
    st.sampled_from(COINS),
    st.sampled_from(["This week's recap", "Results of the day", "Yesterday", "Weekly recap"]),
    st.integers(1, 4),
)
def test_a_recap_of_two_coins_is_never_an_action(a: str, b: str, head: str, k: int) -> None:
    text = f"{head}: {a} TP{k} ✅, {b} stopped out ❌"
    parsed = parse_message(text)
    if a != b:
        assert parsed.kind is not MessageKind.FOLLOW_UP


@given(st.sampled_from(COINS), st.floats(0.2, 9.5), st.sampled_from(["+", "", "entry +"]))
def test_a_stop_at_a_percentage_is_never_acted_on(coin: str, pct: float, how: str) -> None:
    parsed = parse_message(f"#{coin} move SL to {how}{pct:.1f}%")
    assert parsed.kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    "line",
    [
        "Last week's AVAX short got stopped out, it happens. Next one 👇",
        "Screenshot from our VIP: ETH TP3 hit 🎯",
    ],
)
def test_a_recap_or_caption_beside_a_signal_never_drops_it(line: str) -> None:
    signal = "SHORT $SEI\n⤵️ 0.4409 - 0.4453\n⬇️ 0.4334\n⬇️ 0.4311\n⬇️ 0.4131\n⬆️ 0.4599"
    for text in (f"{line}\n\n{signal}", f"{signal}\n\n{line}"):
        assert parse_message(text).kind is not MessageKind.NOT_SIGNAL
