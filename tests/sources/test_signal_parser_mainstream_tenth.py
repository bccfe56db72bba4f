"""Rules found with the tenth round of mainstream layouts (docs/signal-parsing.md): trade
posts with a story above the setup — the side that lost named in it ('Shorts got squeezed …
short liquidations', 'Long squeeze in progress' over a short) — and the tags under them
('#Write2Earn #BinanceSquare'), prices a sentence names as places on the chart ('the 0.7191
area held twice', 'below the $25.477 high'), ideas whose 'Bias:' and 'Key levels:' lines name
conditions and chart areas, no orders, the market's price above the levels ('Trading at 24.52',
'Last: 148.6 · Vol 24h $1.2B'), a risk warning's 'future results', and a spot call's '(Spot)'
between its coin and its zone."""

from __future__ import annotations

import pytest
from drawn_levels import LEVELS, assert_signal_levels, stepped_levels
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.domain.enums import Side
from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import MessageKind

CROWD_STORIES = {
    "long": [
        "Shorts got squeezed hard — {money} in short liquidations in 24h.",
        "Short sellers got wrecked overnight, {money} of short positions gone.",
        "The short squeeze is not done yet, funding is still negative.",
        "Short covering all day, {money} liquidated.",
    ],
    "short": [
        "Longs were liquidated: {money} wiped out in long liquidations.",
        "Long squeeze in progress 🩸 late bulls trapped.",
        "Long holders are capitulating, {money} of long positions flushed.",
    ],
}


@settings(max_examples=60, deadline=None)
@given(
    **LEVELS,
    story=st.integers(0, 3),
    money=st.sampled_from(["$48.2M", "$1.3B", "$512K"]),
    tags=st.sampled_from(["#Write2Earn #BinanceSquare", "$SOL #Write2Earn", "#CryptoTrading"]),
)
def test_a_story_of_the_other_side_above_a_setup_keeps_the_setup_side(
    entry: int, steps: list[int], scale: int, long: bool, story: int, money: str, tags: str
) -> None:
    tps = stepped_levels(entry, steps, scale, long)
    stop = (entry - (1 if long else -1) * 80) / scale
    stories = CROWD_STORIES["long" if long else "short"]
    lines = [
        stories[story % len(stories)].format(money=money),
        "",
        f"$SOL {'LONG' if long else 'SHORT'}",
        f"Entry: {entry / scale:g}",
        *(f"TP{i}: {v:g}" for i, v in enumerate(tps, 1)),
        f"SL: {stop:g}",
        "",
        tags,
    ]
    parsed = parse_message("\n".join(lines))
    assert_signal_levels(parsed, tps, stop, entries=(entry / scale,))
    assert parsed.side is (Side.LONG if long else Side.SHORT)
    assert parsed.symbol == "SOL"


@pytest.mark.parametrize(
    "tag", ["#Write2Earn", "#BinanceSquare", "#CryptoTrading", "#TradingSignals", "#ShortSqueeze"]
)
def test_words_run_together_in_a_tag_name_no_coin(tag: str) -> None:
    text = f"$ARB LONG\nEntry: 1.12\nTP1: 1.15\nTP2: 1.18\nSL: 1.08\n\n$ARB {tag} #ARB"
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.symbol == "ARB"


@pytest.mark.parametrize("tag", ["#SOL", "#Solana", "#PEPE", "#1000PEPE"])
def test_coin_tags_still_name_the_coin(tag: str) -> None:
    parsed = parse_message(f"{tag} LONG\nEntry: 148.2\nTP: 152\nSL: 144")
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.symbol != ""


@pytest.mark.parametrize(
    "text",
    [
        "SOL short squeeze incoming\nLONG\nEntry: 148.2\nTP: 152\nSL: 144",
        "Long liquidations everywhere 🩸\n#SOL SHORT\nEntry: 148.2\nTP: 144\nSL: 152",
    ],
)
def test_a_crowd_named_beside_the_setup_is_no_second_side(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL


def test_both_sides_as_sides_still_go_to_review() -> None:
    parsed = parse_message("#SOL long or short\nEntry: 148.2\nTP: 152\nSL: 144")
    assert parsed.kind is MessageKind.NEEDS_REVIEW


IDEA_LINES = [
    "Bias: bullish while {ref} holds",
    "Three weekly closes above the 4H EMA 200; the {ref} area held twice.",
    "Key levels: support {ref}, resistance {far}",
    "Price reclaimed the {ref} level it failed at on 14 June; RSI sits near 57.",
    "SOL is 2.5% off the lows and still below the ${far} high from 27 Jan.",
]


@settings(max_examples=80, deadline=None)
@given(**LEVELS, picked=st.lists(st.integers(0, len(IDEA_LINES) - 1), min_size=1, max_size=3))
def test_places_on_the_chart_in_an_idea_are_no_levels(
    entry: int, steps: list[int], scale: int, long: bool, picked: list[int]
) -> None:
    tps = stepped_levels(entry, steps, scale, long)
    stop = (entry - (1 if long else -1) * 80) / scale
    ref = f"{(entry - (1 if long else -1) * 130) / scale:g}"
    far = f"{(entry + (1 if long else -1) * 900) / scale:g}"
    lines = ["SOLUSDT | 4H idea", ""]
    lines += [IDEA_LINES[i].format(ref=ref, far=far) for i in sorted(set(picked))]
    lines += ["", "Trade idea:", f"Entry: {entry / scale:g}"]
    lines += [f"TP{i}: {v:g}" for i, v in enumerate(tps, 1)]
    lines += [f"Stop Loss: {stop:g}", "", "⚠️ Past performance is no guide to future results."]
    parsed = parse_message("\n".join(lines))
    assert_signal_levels(parsed, tps, stop, entries=(entry / scale,))


@pytest.mark.parametrize(
    "line",
    [
        "Stop below the 144 low",
        "Long above the 148 level, targets 152 and 155",
        "TP: the 152 resistance",
    ],
)
def test_a_level_named_with_an_order_word_is_still_read(line: str) -> None:
    parsed = parse_message(f"#SOL LONG\nEntry: 148.2\n{line}")
    assert (
        parsed.kind is not MessageKind.SIGNAL
        or 144
        in (
            parsed.stop_loss,
            *parsed.entries,
            *parsed.take_profits,
        )
        or 152 in parsed.take_profits
    )


@pytest.mark.parametrize(
    "price_line",
    [
        "Trading at 24.52 (+3.2% today)",
        "Currently at 24.52",
        "Last: 24.52 · Vol 24h $31.4M",
        "Current price: $24.52 (+3.4%)",
    ],
)
def test_the_market_price_above_the_levels_is_no_level(price_line: str) -> None:
    text = f"#INJ/USDT SHORT\n{price_line}\n\nEntry: 24.806\nTargets: 24.461 – 24.124\nStop: 25.751"
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.entries == (24.806,)
    assert parsed.take_profits == (24.461, 24.124)
    assert parsed.stop_loss == 25.751


def test_a_last_line_under_the_targets_is_not_dropped() -> None:
    text = "#INJ/USDT SHORT\nEntry: 24.806\nTP1: 24.461\nTP2: 24.124\nLast: 23.9\nStop: 25.751"
    parsed = parse_message(text)
    assert parsed.kind is not MessageKind.SIGNAL or 23.9 in parsed.take_profits


@pytest.mark.parametrize("kind", ["(Spot)", "(SPOT)", "spot", "(futures)"])
def test_the_market_kind_between_coin_and_zone(kind: str) -> None:
    parsed = parse_message(f"Buy #XRP {kind} 0.5204-0.5444 | TP 0.5793 - 0.6141 | SL 0.4702")
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.entries == (0.5204, 0.5444)


def test_the_market_closing_positions_is_no_close_of_the_trade() -> None:
    text = (
        "Funding flipped, $15.8M of short positions closed in an hour.\n\n"
        "$BNB Long\nEntry: 550.1 - 554.9\nTP1: 563.5\nTP2: 570\nSL: 530.7"
    )
    assert parse_message(text).kind is MessageKind.SIGNAL


def test_a_trade_closed_is_still_a_close() -> None:
    parsed = parse_message("BNB long closed in profit at 563.5")
    assert parsed.kind is MessageKind.FOLLOW_UP


def test_results_in_a_recap_still_go_to_review() -> None:
    text = "Weekly results: +34% ✅\n#SOL LONG\nEntry: 148.2\nTP: 152\nSL: 144"
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


STORY_PARAGRAPHS = [
    "SOL topped at {ath} on 17 April and has spent most of the year below it. The bounce"
    " from {low} was 32.6%, the strongest since June 15th.",
    "Liquidations this week: $312M in longs, $95M in shorts. Open interest is back to where"
    " it was on Jan 18.",
    "Every retest of {low} since 3 Sept has been bought, and the weekly candle closed 12% up.",
]


@settings(max_examples=80, deadline=None)
@given(
    **LEVELS,
    picked=st.lists(st.integers(0, len(STORY_PARAGRAPHS) - 1), min_size=1, max_size=3),
    sentence=st.booleans(),
)
def test_a_story_with_dates_and_past_prices_above_a_setup(
    entry: int, steps: list[int], scale: int, long: bool, picked: list[int], sentence: bool
) -> None:
    tps = stepped_levels(entry, steps, scale, long)[:2]
    stop = (entry - (1 if long else -1) * 80) / scale
    ath = f"{entry * 2.4 / scale:g}"
    low = f"{(entry - (1 if long else -1) * 900) / scale:g}"
    lines = []
    for i in sorted(set(picked)):
        lines += [STORY_PARAGRAPHS[i].format(ath=ath, low=low), ""]
    side = "long" if long else "short"
    if sentence:
        tp_text = " / ".join(f"{v:g}" for v in tps)
        lines.append(
            f"My plan for $SOL: {side} {entry / scale:g}, targets {tp_text}, stop {stop:g}"
        )
    else:
        lines += [f"{side.upper()} $SOL", f"Entry: {entry / scale:g}"]
        lines += [f"TP: {' | '.join(f'{v:g}' for v in tps)}", f"SL: {stop:g}"]
    parsed = parse_message("\n".join(lines))
    assert_signal_levels(parsed, tps, stop, entries=(entry / scale,))


@pytest.mark.parametrize(
    ("text", "entries"),
    [
        (
            "$ARB accumulation plan\nPlan: buy a third at 1.1158, a third at 1.0897 and the last"
            " third at 1.0635\nSell targets: 1.1983, 1.2838\nInvalidation: weekly close under"
            " 0.9899",
            (1.1158, 1.0897, 1.0635),
        ),
        (
            "#LINK spot DCA\nLadder buys at 14.1, 13.7 and 13.3\nTargets 🎯 15.2 → 16.1\n"
            "Stop: daily close below 12.6",
            (14.1, 13.7, 13.3),
        ),
    ],
)
def test_a_buy_in_shares_is_a_ladder(text: str, entries: tuple[float, ...]) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.side is Side.LONG
    assert parsed.entries == entries


def test_a_third_target_is_still_a_target() -> None:
    parsed = parse_message("#SOL LONG\nEntry: 148.2\nFirst: 150\nSecond: 152\nThird: 155\nSL: 144")
    assert parsed.kind is not MessageKind.SIGNAL or 155 in parsed.take_profits


@pytest.mark.parametrize("issue", ["issue 47", "Edition 12", "Vol. 3", "Episode 8"])
def test_an_issue_number_is_no_price(issue: str) -> None:
    text = f"Weekly Alpha, {issue}: LTC (long)\nEntry: 84.8\nTargets: 89.9, 94.0\nSL: 80.7"
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.entries == (84.8,)


@pytest.mark.parametrize(
    "line",
    ["• Price above the EMA 50", "Price reclaimed the 140.5 level last week."],
)
def test_price_opening_a_sentence_is_no_entry_label(line: str) -> None:
    text = f"$SOL LONG\nEntry zone: 147.5 – 148.2\nTargets: 152, 155\nStop: 144\n\nWhy:\n{line}"
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.entries == (147.5, 148.2)


def test_a_price_label_still_reads() -> None:
    parsed = parse_message("SOL LONG\nPrice: 148.2\nTP: 152\nSL: 144")
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.entries == (148.2,)


@pytest.mark.parametrize(
    "text",
    [
        "$SOL at a decision point\nScenario A (bullish): reclaim 149.7 → long to 152 / 154,"
        " stop 146.7\nScenario B (bearish): lose 146.7 → short to 144 / 142, stop 149.7",
        "#SOL plan for the week: long above 149.7, short below 146.7.",
    ],
)
def test_two_scenarios_go_to_review(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW
