"""A further order told with its place or its condition ('Buy more at: c', 'Sell more (if it
wicks): c', 'Buy more on a wick to c') beside an entry zone, and an entry whose order type is
written beside its label ('Entry (stop-market): a', 'Long trigger: a (buy stop)')."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import MessageKind, parse_message
from tradermanager.sources.signal_parser.more_orders import may_add_more
from tradermanager.sources.signal_parser.order_notes import may_note_order


def _signal(text: str):
    parsed = parse_message(text)
    assert parsed.kind == MessageKind.SIGNAL, (text, parsed.reason)
    return parsed


@pytest.mark.parametrize(
    ("text", "side", "entries", "targets", "stop"),
    [
        (
            "AVAXUSDT — Long\nEntry zone: 34.12 - 34.40\nBuy more at: 33.55\n"
            "Targets: 35.1 / 35.9\nSL: 32.8",
            "long",
            (34.12, 34.40, 33.55),
            (35.1, 35.9),
            32.8,
        ),
        (
            "#ETH/USDT SHORT\nEntry: 3,455.2 - 3,471.8\nSell more (if it spikes): 3,530\n"
            "TP: 3,390 - 3,322\nStop: 3,588",
            "short",
            (3455.2, 3471.8, 3530.0),
            (3390.0, 3322.0),
            3588.0,
        ),
        (
            "$WIF long\nEntry Zone: 2.381 - 2.402\n➕ Buy more at $2.335\n🎯 2.46, 2.52\n"
            "Stop loss: 2.29",
            "long",
            (2.381, 2.402, 2.335),
            (2.46, 2.52),
            2.29,
        ),
        (
            "1000PEPEUSDT SHORT\nEntry: 0.008121 - 0.008166\nSELL MORE ON A SPIKE TO 0.00832\n"
            "Targets: 0.00795 | 0.00781\nSL: 0.00851",
            "short",
            (0.008121, 0.008166, 0.00832),
            (0.00795, 0.00781),
            0.00851,
        ),
        (
            "BTC/USDT LONG\nEntry: 63,100 - 63,450\nBuy more on the dip to 62,200\n"
            "TP: 64,900 / 66,000\nSL: 61,400",
            "long",
            (63100.0, 63450.0, 62200.0),
            (64900.0, 66000.0),
            61400.0,
        ),
    ],
)
def test_a_further_order_with_its_place_is_one_more_entry(
    text: str, side: str, entries: tuple[float, ...], targets: tuple[float, ...], stop: float
) -> None:
    parsed = _signal(text)
    assert parsed.side is not None and parsed.side.value == side
    assert parsed.entries == pytest.approx(entries)
    assert parsed.take_profits == pytest.approx(targets)
    assert parsed.stop_loss == pytest.approx(stop)


@pytest.mark.parametrize(
    "text",
    [
        # a long's "Sell more at" after its targets: a later target or the other side's order
        "#LINK/USDT LONG\nEntry zone: 14.52 - 14.61\nTargets: 14.9 / 15.2\nSell more at: 15.6\n"
        "SL: 14.1",
        # "Buy more" on a short: the other side's order
        "$OP short\nEntry: 2.401 - 2.415\nBuy more at 2.46\nTP: 2.35 / 2.31\nStop: 2.49",
    ],
)
def test_a_further_order_of_the_other_side_goes_to_review(text: str) -> None:
    assert parse_message(text).kind == MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "buy more at 0.63 if you missed it, I'm holding 🙏",
        "Should I buy more at 148 or wait? 🤔",
        "Bought more at 61,900 last night, feels good",
    ],
)
def test_talk_about_buying_more_stays_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    ("text", "side", "entry", "targets", "stop"),
    [
        (
            "#SUI LONG\nEntry (stop-market): 1.0132\nTP1: 1.0341\nTP2: 1.052\nSL: 0.973",
            "long",
            1.0132,
            (1.0341, 1.052),
            0.973,
        ),
        (
            "ETH/USDT SHORT\nEntry (sell stop): 3,388.5\nTP1: 3,320\nTP2: 3,270\nStop loss: 3,452",
            "short",
            3388.5,
            (3320.0, 3270.0),
            3452.0,
        ),
        (
            "BNBUSDT\nEntry (Stop Limit): 592.4\nTP1: 604\nTP2: 611\nSL: 579",
            "long",
            592.4,
            (604.0, 611.0),
            579.0,
        ),
        (
            "#API3\nLong trigger: 1.4027 (buy stop)\nTP1: 1.4291\nTP2: 1.4621\nStoploss: 1.3741",
            "long",
            1.4027,
            (1.4291, 1.4621),
            1.3741,
        ),
        (
            "MOODENG/USDT\nShort trigger: 0.17801 (sell stop)\nTP1: 0.17451\nTP2: 0.17046\n"
            "SL: 0.18419",
            "short",
            0.17801,
            (0.17451, 0.17046),
            0.18419,
        ),
    ],
)
def test_an_order_type_beside_the_entry_label_is_the_entry(
    text: str, side: str, entry: float, targets: tuple[float, ...], stop: float
) -> None:
    parsed = _signal(text)
    assert parsed.side is not None and parsed.side.value == side
    assert parsed.entries == pytest.approx((entry,))
    assert parsed.take_profits == pytest.approx(targets)
    assert parsed.stop_loss == pytest.approx(stop)


def test_two_side_triggers_are_two_scenarios_to_review() -> None:
    text = (
        "SOL plan\nLong trigger: 151.2 (buy stop)\nTP: 155 / 158\nSL: 148.4\n\n"
        "Short trigger: 144.6 (sell stop)\nTP: 141 / 138\nSL: 147.5"
    )
    assert parse_message(text).kind == MessageKind.NEEDS_REVIEW


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_characters="oOrR("), max_size=80))
def test_the_gates_stay_closed_without_their_letters(text: str) -> None:
    # without an "o" / "r" (and a "(") neither rewrite can find its words
    assert not may_add_more(text)
    assert not may_note_order(text)
