"""The eighth held-out round's card families: a holding horizon worded with side-like words,
a one-letter side before arrow targets, one-letter labels in a pipe line, and a first-person
call after a story naming an earlier price."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.domain.enums import Side
from tradermanager.sources.signal_parser import MessageKind, parse_message

CARD = "#SOL/USDT\nDirection: {side}\nEntry: 148.2\nTargets: {tps}\nStop loss: {sl}\n{horizon}"
LONG = {"side": "LONG", "tps": "152 / 155", "sl": "144"}
SHORT = {"side": "SHORT", "tps": "145 / 142", "sl": "151"}


@pytest.mark.parametrize(
    "horizon",
    [
        "Holding period: short to mid term",
        "Horizon: short/mid term",
        "Duration: short",
        "⏳ Term: Short",
        "Timeframe: Short",
        "Trade duration: short",
        "Time horizon: short–mid term",
        "Expected duration: short (1-3 days)",
        "Holding time: short to medium term",
    ],
)
def test_a_horizon_line_is_no_side_of_a_long_card(horizon: str) -> None:
    parsed = parse_message(CARD.format(horizon=horizon, **LONG))
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.side is Side.LONG
    assert parsed.take_profits == (152.0, 155.0)


@pytest.mark.parametrize(
    "horizon", ["Horizon: long term", "Duration: long", "Holding period: long to mid term"]
)
def test_a_horizon_line_is_no_side_of_a_short_card(horizon: str) -> None:
    parsed = parse_message(CARD.format(horizon=horizon, **SHORT))
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.side is Side.SHORT


@pytest.mark.parametrize("line", ["Short", "Timeframe: 4H short", "Also short ETH"])
def test_a_side_word_outside_a_horizon_still_counts(line: str) -> None:
    parsed = parse_message(CARD.format(horizon=line, **LONG))
    assert parsed.kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    ("text", "side", "entry", "tps", "stop"),
    [
        ("NEAR/USDT L 5.332 → 5.424 / 5.512 | SL 5.21", Side.LONG, 5.332, (5.424, 5.512), 5.21),
        ("$SOL S 148.2 ➜ 145.1 ➜ 142.7 | SL 151", Side.SHORT, 148.2, (145.1, 142.7), 151.0),
        ("ETHUSDT L @ 3412 -> 3460 / 3510  SL: 3370", Side.LONG, 3412.0, (3460.0, 3510.0), 3370.0),
        ("AVAXUSDT L @35.54 ⇒ 36.06 ⇒ 36.64  SL 34.17", Side.LONG, 35.54, (36.06, 36.64), 34.17),
        ("BTC-USDT S 63450 → 62800 · stop 64100", Side.SHORT, 63450.0, (62800.0,), 64100.0),
    ],
)
def test_a_one_letter_side_before_arrow_targets(
    text: str, side: Side, entry: float, tps: tuple[float, ...], stop: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert (parsed.side, parsed.entries, parsed.take_profits, parsed.stop_loss) == (
        side,
        (entry,),
        tps,
        stop,
    )


@pytest.mark.parametrize(
    "text",
    [
        "NEAR/USDT S 5.332 → 5.424 / 5.512 | SL 5.21",  # the levels are a long's
        "$SOL L 148.2 ➜ 145.1 ➜ 142.7 | SL 151",  # the levels are a short's
        "NEAR/USDT L 5.332 → 5.424 / 5.512 | SL 5.4",  # the stop above the entry
    ],
)
def test_a_letter_the_levels_disagree_with_goes_to_review(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    ("text", "side", "entries", "tps", "stop", "lev"),
    [
        (
            "#AVAX SHORT 10x | E: 35.2 | T: 34.6 / 34.1 | S: 35.9",
            Side.SHORT,
            (35.2,),
            (34.6, 34.1),
            35.9,
            10,
        ),
        (
            "LONG $SOL | E: 147.8-148.2 | T: 150, 152.3, 155 | SL: 144",
            Side.LONG,
            (147.8, 148.2),
            (150.0, 152.3, 155.0),
            144.0,
            None,
        ),
        (
            "ETH/USDT short | E 3412 | T 3360 - 3300 | S 3470",
            Side.SHORT,
            (3412.0,),
            (3360.0, 3300.0),
            3470.0,
            None,
        ),
        (
            "$ARB 5x | S | E:1.2094 | T:1.193 | SL:1.2556",
            Side.SHORT,
            (1.2094,),
            (1.193,),
            1.2556,
            5,
        ),
        ("$DOT 5x | L | E: 6.069 | T: 6.191 | S: 5.902", Side.LONG, (6.069,), (6.191,), 5.902, 5),
    ],
)
def test_one_letter_labels_in_a_pipe_line(
    text: str,
    side: Side,
    entries: tuple[float, ...],
    tps: tuple[float, ...],
    stop: float,
    lev: int | None,
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert (parsed.side, parsed.entries, parsed.take_profits, parsed.stop_loss) == (
        side,
        entries,
        tps,
        stop,
    )
    assert parsed.leverage == lev


def test_pipe_letters_without_a_stop_field_are_not_spelt_out() -> None:
    # "E" and "T" alone are no labelled line: nothing to read them by
    parsed = parse_message("#AVAX SHORT | E: 35.2 | T: 34.6 / 34.1 | 35.9")
    assert parsed.kind is not MessageKind.SIGNAL or parsed.stop_loss != 35.2


@pytest.mark.parametrize(
    ("text", "side", "entry", "tps", "stop"),
    [
        (
            "BTC rejected 64,200 twice this week and lost the 4H trend. I'm shorting from "
            "63,450, targets 62,100 and 61,300, invalidation above 64,600",
            Side.SHORT,
            63450.0,
            (62100.0, 61300.0),
            64600.0,
        ),
        (
            "Weekly close above 140 on SOL, buyers stepping in.\n\nI'm longing here at 148.2 — "
            "TP 152 / 155, SL 144",
            Side.LONG,
            148.2,
            (152.0, 155.0),
            144.0,
        ),
        (
            "XRP couldn't hold 0.5753, lower high printed. Shorting from 0.5522, aiming for "
            "0.5394 / 0.5291, SL 0.565",
            Side.SHORT,
            0.5522,
            (0.5394, 0.5291),
            0.565,
        ),
    ],
)
def test_a_story_price_before_a_first_person_call_is_no_level(
    text: str, side: Side, entry: float, tps: tuple[float, ...], stop: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert (parsed.side, parsed.entries, parsed.take_profits, parsed.stop_loss) == (
        side,
        (entry,),
        tps,
        stop,
    )


def test_a_price_after_the_call_without_a_label_still_goes_to_review() -> None:
    # the call names the entry; a price after it under no label is not the story's
    text = "SOL bounced. I'm longing here at 148.2, TP 152 / 155, SL 144, also 150.5 maybe"
    assert parse_message(text).kind is not MessageKind.SIGNAL or parse_message(
        text
    ).take_profits != (152.0, 155.0, 150.5)


@settings(max_examples=60, deadline=None)
@given(
    entry=st.integers(min_value=1000, max_value=90000),
    gap=st.integers(min_value=1, max_value=40),
    long=st.booleans(),
)
def test_a_letter_side_one_liner_reads_as_its_levels_say(entry: int, gap: int, long: bool) -> None:
    sign = 1 if long else -1
    step = entry * gap // 1000 or 1
    tp1, tp2, sl = entry + sign * step, entry + 2 * sign * step, entry - sign * step
    text = f"SOLUSDT {'L' if long else 'S'} {entry} → {tp1} / {tp2} | SL {sl}"
    parsed = parse_message(text)
    if parsed.kind is MessageKind.SIGNAL:
        assert parsed.side is (Side.LONG if long else Side.SHORT)
        assert parsed.entries == (float(entry),)
        assert parsed.stop_loss == float(sl)
    wrong = f"SOLUSDT {'S' if long else 'L'} {entry} → {tp1} / {tp2} | SL {sl}"
    assert parse_message(wrong).kind is not MessageKind.SIGNAL


@pytest.mark.parametrize(
    ("text", "entries"),
    [
        (
            "#DOGE long — scaling in with 3 orders: 0.11411 · 0.11343 · 0.11274\n"
            "TPs 0.11609 / 0.11754\nSL: 0.10994",
            (0.11411, 0.11343, 0.11274),
        ),
        (
            "BNB/USDT SHORT\nSplitting the entry into 4 sells: 557.3 · 560.6 · 564 · 567.3\n"
            "Targets: 547.7, 538.5\nSL: 577.9",
            (557.3, 560.6, 564.0, 567.3),
        ),
        (
            "AVAX/USDT SHORT\nDCA plan, 3 entries: 33.61, 33.81 and 34.01\nTP1 33.08\nSL: 35.03",
            (33.61, 33.81, 34.01),
        ),
        (
            "🔴 $LTC short: I'll average in at 83.77 / 84.27 / 84.78\nTP1 82.05\n"
            "Stop above all: 87.58",
            (83.77, 84.27, 84.78),
        ),
        (
            "🔴 $LTC short: laddering 3 asks at 85.16 · 85.67 · 86.18\nTP1 83.77\nSL 88.38",
            (85.16, 85.67, 86.18),
        ),
        # capitals, and buys named by no order word
        (
            "OP/USDT LONG\nSCALING IN WITH 3 ORDERS: $2.4713 / $2.4565 / $2.4416\n"
            "TARGETS: $2.521, $2.5716\nSL: $2.3956",
            (2.4713, 2.4565, 2.4416),
        ),
        (
            "#SOL long — scaling in with 3 buys: 141.2 / 139.8 / 138.1\nTP1 146.5\nSL 134.9",
            (141.2, 139.8, 138.1),
        ),
    ],
)
def test_a_ladder_written_as_a_sentence(text: str, entries: tuple[float, ...]) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.entries == entries


def test_a_ladder_whose_count_disagrees_with_its_prices_goes_to_review() -> None:
    text = (
        "#DOGE long — scaling in with 4 orders: 0.11411 · 0.11343 · 0.11274\n"
        "TPs 0.11609\nSL: 0.10994"
    )
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW
