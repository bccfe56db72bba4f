"""Talk between calls, fifth round: funding and open-interest bots, results rows with each
trade's entry and exit, congratulations on a trade held, chart patterns' measured targets,
both scenarios of a level, quizzes, lead traders' positions (to review) — while a call written
as a plan, after a recap of other trades, or as the answer to a member keeps its reading."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.domain.enums import Side
from tradermanager.sources.signal_parser import MessageKind, parse_message
from tradermanager.sources.signal_parser.chart_patterns import pattern_caption
from tradermanager.sources.signal_parser.lead_traders import other_trader_open
from tradermanager.sources.signal_parser.told_results import result_rows

CROWD = [
    "⚠️ EXTREME RATE\n\n🔴 ATOMUSDT\n• Funding: -0.7241% every 4h\n• Price: 7.699\n"
    "Crowd is heavily short, careful.",
    "🟢 LINKUSDT funding +0.09%, price 16.216. The crowd is long again.",
    "Retail is mostly long DOGE at 0.1234 while whales sell.",
]


@pytest.mark.parametrize("text", CROWD)
def test_a_side_word_whose_subject_is_the_crowd_is_no_call(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


RESULT_ROWS = [
    "Week 29 recap 📊\nLINK short 15.272 ➜ 14.159 (+7.3%) 🎯\nADA long 0.4847 -> 0.516 (+6.5%) 🎯",
    "Closed this week ✅\n• ARB short 1.0727 -> 1.0507 (+2.1%) ✅\n"
    "• SOL long 142.96 ➜ 152.12 (+6.4%)",
    "Best trade of the month 🥇 DOT long 6.577 → 6.777 (+3.0%) 🎯\n"
    "Worst: ARB long 1.0585 ➜ 1.0962 (+3.6%) ✅",
    "Monthly results 🏆 XRP short 0.5497 to 0.5244 (+4.6%) | ETH short 3,498.11 -> 3,226.13 "
    "(+7.8%). Thanks for trading with us!",
]


@pytest.mark.parametrize("text", RESULT_ROWS)
def test_rows_of_entries_exits_and_results_are_a_results_post(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NOT_SIGNAL, parsed
    assert "results post" in parsed.reason


CONGRATS = [
    "Congrats to everyone who held the NEAR short from 6.016 — 5.788 hit 🎉",
    "Congratulations to all who followed our WIF long from 2.5391, 2.5959 done 🎉",
]


@pytest.mark.parametrize("text", CONGRATS)
def test_congratulations_on_a_trade_held_are_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


def test_one_row_with_its_result_or_a_call_with_arrows_is_not_a_results_post() -> None:
    assert result_rows("SOL long 142.1 → 151.3 (+6.5%)") is None
    card = "LONG SOL\nEntry 142.1\nTP 145 → 148 (+4%)\nSL 139"
    assert result_rows(card) is None
    assert parse_message(card).kind is not MessageKind.NOT_SIGNAL


PATTERNS = [
    "ADA 4H 📐 ascending triangle — support 0.4408, resistance 0.4572, pattern target 0.4664.",
    "LQTY falling wedge on the weekly: upper line around 0.2666, target of the pattern near "
    "0.2689. Invalid under 0.2584.",
    "Head & shoulders forming on BRETT (12H). Neckline 0.044972, measured target 0.044427 if it "
    "breaks. Not there yet.",
    "Cup and handle on LINK ☕ breakout level 15.2, textbook target 16.1. Needs volume.",
]


@pytest.mark.parametrize("text", PATTERNS)
def test_a_chart_patterns_measured_target_is_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


def test_a_pattern_with_a_side_word_is_left_to_the_reading() -> None:
    text = "Bull flag on SOL, long 148.2, pattern target 156, stop 144"
    assert pattern_caption(text.lower()) is None
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL and parsed.side is Side.LONG
    drawn = "SOL ascending triangle breakout ✅ entry 148.2, pattern target 156, SL 144"
    assert pattern_caption(drawn.lower()) is None


SCENARIOS = [
    "If LINK loses 13.319 we go to 13.086. Hold it and 13.661 is next.",
    "Bear case for WIF: below 2.2021 → 2.1805. Bull case: above 2.2851 → 2.3067. Simple as that.",
    "ADA is at a decision point (0.4768). Lose 0.4697 = 0.4625 in play. Flip 0.4839 = 0.4911 in "
    "play.",
    "Scenario 1️⃣ ORDI reclaims 36.17 and runs to 36.93\nScenario 2️⃣ ORDI loses 35.19, flush to "
    "34.43\nI lean to 1, but no position yet.",
    "TIA at 9.031. As soon as 8.883 breaks, 8.738 comes fast. Above 9.179 the bears are done.",
]


@pytest.mark.parametrize("text", SCENARIOS)
def test_both_scenarios_of_a_level_are_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


def test_a_plan_with_both_sides_asks_a_reader() -> None:
    text = (
        "LQTY plan for the week 🗺\nPlan A: long above 0.3123, target 0.3155\n"
        "Plan B: short below 0.3023, target 0.2991\nNo trade in between."
    )
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


QUIZZES = [
    "Test yourself ✍️ ETH entry 3198.42, TP 3242.81, stop 3120.33. What's the risk/reward?",
    "Brain teaser 🤔 SOL short from 148.2, 10x leverage. At what price are you liquidated?",
    "Question of the day: you long BTC at 63,450 with 10x and a stop at 62,100 — how much do you "
    "lose?",
    "Trivia time 🎲 AVAX hit 36.9 last week. Was the move from 35.2 a breakout or a squeeze?",
]


@pytest.mark.parametrize("text", QUIZZES)
def test_quizzes_on_a_coin_are_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


LEAD_TRADERS = [
    "Copy-trading feed: @satoshi_jr → LINK short 50x, entry 15.427",
    "🔔 @whale_hunter opened LONG SOLUSDT 20x @ 148.2",
    "Lead trader @degen_kate added to the ETH short at 3,412 (avg 3,398) 📋",
    "👀 Top trader @moonwalker is now short BTC from 63,450, 20x.",
]


@pytest.mark.parametrize("text", LEAD_TRADERS)
def test_another_traders_opened_position_goes_to_review(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, parsed


def test_a_call_answering_a_member_by_handle_is_no_other_traders_position() -> None:
    assert other_trader_open("Replying to @j0hn: I'm buying LINK here at 15.32") is None
    text = "@sara_trades yes, long ETH from 3,410. Stop 3,340, target 3,480. Same for everyone."
    assert parse_message(text).kind is MessageKind.SIGNAL


CALLS_AFTER_RECAP = [
    "Week closed +62% 📊 DOT all targets ✅, 1INCH SL ❌.\n\nNext trade: LINK long at 14.688, "
    "targets 14.924 / 15.15, stop 14.265.",
    "Yesterday: ARB TP3 ✅, AVAX stopped ❌.\n\nNew one 👇\nSHORT XRP 0.5632\nTP 0.5544 / 0.5475\n"
    "SL 0.5861",
    "Recap 🧾 INJ +7% ✅ | APT -13% ❌\n\nToday's setup ⬇️\n#AVAX Short\nEntry: 34.06\n"
    "Targets: 33.52 / 33.08\nStop: 35.17",
]


@pytest.mark.parametrize("text", CALLS_AFTER_RECAP)
def test_a_call_after_a_recap_of_other_trades_is_a_call(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed
    assert parsed.stop_loss is not None and len(parsed.take_profits) == 2


def test_a_recap_of_the_same_coin_above_its_card_still_goes_to_review() -> None:
    text = "Yesterday: LINK TP2 ✅ +40%\n\nLONG LINK 14.688\nTP 14.924 / 15.15\nSL 14.265"
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


def test_a_sentence_ending_on_its_last_target_and_a_full_stop_is_no_cut() -> None:
    text = "Going short BTC from 65998.9. Stop above 68485.3. Looking for 64989.9 then 63949."
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed
    assert parsed.take_profits == (64989.9, 63949.0)
    cut = "BTC SHORT\nEntry: 65998.9\nTP: 64989.9\nSL: 68485."
    assert parse_message(cut).kind is MessageKind.NEEDS_REVIEW


@given(
    st.sampled_from(["BTC", "ETH", "SOL", "LINK", "AVAX"]),
    st.decimals(min_value=1, max_value=900, places=2),
    st.sampled_from(["@whale_hunter", "@degen_kate", "@trendrider"]),
    st.sampled_from(["→", "opened", "is now"]),
)
def test_any_handle_relaying_an_open_position_is_another_traders(
    coin: str, price: object, name: str, verb: str
) -> None:
    text = f"{name} {verb} {coin} long 20x, entry {price}"
    assert other_trader_open(text) is not None
    assert parse_message(text).kind is not MessageKind.SIGNAL


def test_numbered_targets_with_arrows_and_their_percentages_are_no_results_rows() -> None:
    text = (
        "🔥 #SEIUSDT | SHORT\nEntry ➜ 0.5051\nTP1 ➜ 0.4984 (+1.3%)\nTP2 ➜ 0.4868 (+3.6%)\n"
        "SL ➜ 0.5165 (-2.3%)"
    )
    assert result_rows(text) is None
    assert parse_message(text).kind is MessageKind.SIGNAL


@pytest.mark.parametrize(
    "text",
    [
        "BUY SOL @148 → 152, SL 144",
        "@everyone → LONG BTC 63450, TP 64800, SL 62100",
    ],
)
def test_a_price_after_at_or_a_mention_of_everyone_is_no_other_trader(text: str) -> None:
    assert other_trader_open(text) is None


def test_an_update_of_another_coin_dated_yesterday_above_a_card_still_goes_to_review() -> None:
    text = "Yesterday's BNB trade: move SL to entry\nLONG ETH 3412\nTP 3480\nSL 3340"
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


RESULTS_BESIDE_A_CALL = [
    "Congrats to everyone who held the ETH short 🎉",
    "Week 29 recap 📊\nLINK short 15.272 ➜ 14.159 (+7.3%) 🎯\nADA long 0.4847 -> 0.516 (+6.5%) 🎯",
]


@pytest.mark.parametrize("results", RESULTS_BESIDE_A_CALL)
@pytest.mark.parametrize("above", [True, False])
def test_results_told_beside_a_whole_call_never_drop_it(results: str, above: bool) -> None:
    call = "LONG SOL 148.2\nTP 151.3 / 154.0\nSL 144.1"
    text = f"{results}\n\n{call}" if above else f"{call}\n\n{results}"
    assert parse_message(text).kind in (MessageKind.SIGNAL, MessageKind.NEEDS_REVIEW)
