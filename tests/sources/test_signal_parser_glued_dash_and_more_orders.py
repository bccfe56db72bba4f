"""Labels glued to their values by a dash ("TARGETS:-9.01/8.895", "SL:-0.375", "Leverage:-10x"),
a leverage glued to its side word ("(50xSHORT)"), and a further entry under the card's own
order word ("Buy: a" / "Buy more: b", "Sell more: b" on a short, "Add: b" under "Entry:")."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import MessageKind, parse_message
from tradermanager.sources.signal_parser.glued_dashes import dashes_unglued


def _signal(text: str, side: str, entries: list[float], tps: list[float], sl: float | None) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.side is not None and parsed.side.value == side
    assert list(parsed.entries) == entries
    assert list(parsed.take_profits) == tps
    assert parsed.stop_loss == sl


@pytest.mark.parametrize(
    ("text", "side", "entries", "tps", "sl", "lev"),
    [
        (
            "SIGNAL ALERT\n#ATOM/USDT (50xSHORT)\nENTRY:-6.12/6.18\nTARGETS:-6.01/5.95/5.88\n"
            "STOPLOSS:-6.41",
            "short",
            [6.12, 6.18],
            [6.01, 5.95, 5.88],
            6.41,
            50.0,
        ),
        (
            "ETHUSDT LONG\nEntry :-3000\nTP1 :-3100\nTP2 :-3200\nSL :-2900\nLeverage :-10x",
            "long",
            [3000.0],
            [3100.0, 3200.0],
            2900.0,
            10.0,
        ),
        (
            "🔴 Short #LINK\nEntries:-$14.39, $14.55\nTake Profit:-$14.1, $13.9\n"
            "Stop Loss:-$14.99 | Lev:-20x",
            "short",
            [14.39, 14.55],
            [14.1, 13.9],
            14.99,
            20.0,
        ),
    ],
)
def test_a_dash_glued_to_a_label_is_a_separator(
    text: str, side: str, entries: list[float], tps: list[float], sl: float, lev: float
) -> None:
    _signal(text, side, entries, tps, sl)
    assert parse_message(text).leverage == lev


@pytest.mark.parametrize(
    "line",
    ["PnL:-12.4%", "Loss:-$56.81", "Change:-3.2%", "ROI :-40%", "Result:-1.5R"],
)
def test_a_result_label_keeps_its_minus(line: str) -> None:
    assert dashes_unglued(line) == line


@pytest.mark.parametrize(
    "text",
    [
        "BTC/USDT LONG\nEntry: 60000\nTP: 62000\nSL:-5%",  # a percentage stop: still review
        "BTC/USDT LONG\nEntry: -60000\nTP: 62000\nSL: 57000",  # a spaced minus: negative
    ],
)
def test_what_the_dash_rule_leaves_to_review(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


@settings(max_examples=60, deadline=None)
@given(
    entry=st.integers(min_value=1000, max_value=90000),
    gap=st.integers(min_value=1, max_value=30),
    space=st.sampled_from(["", " "]),
    long=st.booleans(),
)
def test_glued_dash_cards_read_as_their_spaced_twins(
    entry: int, gap: int, space: str, long: bool
) -> None:
    sign = 1 if long else -1
    tp, sl = entry + sign * gap * 10, entry - sign * gap * 5
    side = "LONG" if long else "SHORT"
    glued = f"SOLUSDT {side}\nEntry{space}:-{entry}\nTP{space}:-{tp}\nSL{space}:-{sl}"
    spaced = f"SOLUSDT {side}\nEntry: {entry}\nTP: {tp}\nSL: {sl}"
    assert parse_message(glued) == parse_message(spaced)


@pytest.mark.parametrize(
    ("text", "side", "entries", "tps", "sl"),
    [
        (
            "WIF/USDT LONG\n👉 Buy: 2.2981\n👉 Buy more: 2.2708\n🎯 TP1: 2.331\n🎯 TP2: 2.3641\n"
            "🛑 SL: 2.1883",
            "long",
            [2.2981, 2.2708],
            [2.331, 2.3641],
            2.1883,
        ),
        (
            "#DIA\nSide: Short\nSELL: 0.7593\nSELL MORE: 0.7698\nTP1: 0.7476\nSTOP LOSS: 0.7928",
            "short",
            [0.7593, 0.7698],
            [0.7476],
            0.7928,
        ),
        (
            "SHORT #BONK\nEntry: 0.020451\nSell more: 0.020641\nTP: 0.020153 / 0.019815\n"
            "SL: 0.0213",
            "short",
            [0.020451, 0.020641],
            [0.020153, 0.019815],
            0.0213,
        ),
        (
            "📉 Short NEIRO/USDT\nEntry: 0.0013737\nAdd: 0.0013853\nTargets: 0.0013529\n"
            "Stop: 0.0014276",
            "short",
            [0.0013737, 0.0013853],
            [0.0013529],
            0.0014276,
        ),
    ],
)
def test_a_further_order_of_the_same_side_is_an_entry(
    text: str, side: str, entries: list[float], tps: list[float], sl: float
) -> None:
    _signal(text, side, entries, tps, sl)


def test_a_further_order_of_the_other_side_stays_in_review() -> None:
    text = "LINK LONG\nSell: 14.39\nSell more: 14.547\nTP1: 14.177\nSL: 14.988"
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    ("text", "side", "entries", "tps", "sl"),
    [
        (
            "ARB/USDT (DCA)\nBuy 1: 1.1008\nBuy 2: 1.092\nBuy 3: 1.0832\n"
            "Sell: 1.1215 - 1.1459 - 1.1663\nStop: 1.0567",
            "long",
            [1.1008, 1.092, 1.0832],
            [1.1215, 1.1459, 1.1663],
            1.0567,
        ),
        (
            "🔴 DIA/USDT\nSell1: 0.769\nSell2: 0.7752\nBuy: 0.7529, 0.7368\nSL: 0.796",
            "short",
            [0.769, 0.7752],
            [0.7529, 0.7368],
            0.796,
        ),
        (
            "LTCUSDT SHORT\nSell 1 - 83.32\nSell 2 - 83.99\nBuy - 81.66 / 80.16\nStop loss - 87.47",
            "short",
            [83.32, 83.99],
            [81.66, 80.16],
            87.47,
        ),
    ],
)
def test_a_numbered_ladder_names_the_side_of_its_word(
    text: str, side: str, entries: list[float], tps: list[float], sl: float
) -> None:
    _signal(text, side, entries, tps, sl)


@pytest.mark.parametrize(
    "text",
    [
        # the named direction disagrees with the numbered word
        "ARB SHORT\nBuy 1: 1.10\nBuy 2: 1.09\nSell: 1.12 - 1.14\nStop: 1.05",
        # the levels disagree with the numbered word's side
        "ARB/USDT\nBuy 1: 1.10\nBuy 2: 1.09\nSell: 1.02 - 1.01\nStop: 1.15",
    ],
)
def test_a_numbered_ladder_that_disagrees_stays_in_review(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


@settings(max_examples=60, deadline=None)
@given(
    entry=st.integers(min_value=1000, max_value=90000),
    rungs=st.integers(min_value=2, max_value=4),
    long=st.booleans(),
    glued=st.booleans(),
)
def test_numbered_ladders_read_their_side_from_the_word(
    entry: int, rungs: int, long: bool, glued: bool
) -> None:
    sign = 1 if long else -1
    entries = [entry - sign * 10 * i for i in range(rungs)]
    tps = [entry + sign * 100, entry + sign * 200]
    sl = entries[-1] - sign * 300
    word, other = ("Buy", "Sell") if long else ("Sell", "Buy")
    gap = "" if glued else " "
    lines = [f"{word}{gap}{i + 1}: {v}" for i, v in enumerate(entries)]
    text = "\n".join(["#SOL", *lines, f"{other}: {tps[0]} - {tps[1]}", f"Stop: {sl}"])
    _signal(text, "long" if long else "short", [float(v) for v in entries], tps, float(sl))


@pytest.mark.parametrize(
    ("text", "side", "entries", "tps", "sl"),
    [
        (
            "🤖 Daily Signal — API3/USDT\nSignal: SELL\n📈 Entry:\n  Price: $1.3909\n"
            "🎯 Take Profit:\n  Price: $1.3138\n🛑 Stop Loss:\n  Level: $1.4353",
            "short",
            [1.3909],
            [1.3138],
            1.4353,
        ),
        (
            "LINKUSDT | BUY\n\n📈 Entry:\n\tPrice: 13.666\n\tType: Limit\n\n🎯 Take Profit:\n"
            "\tLevel: 14.208\n\n🛑 Stop Loss:\n\tLevel: 13.201",
            "long",
            [13.666],
            [14.208],
            13.201,
        ),
    ],
)
def test_a_price_under_its_heading_is_that_level(
    text: str, side: str, entries: list[float], tps: list[float], sl: float
) -> None:
    _signal(text, side, entries, tps, sl)


def test_a_heading_over_no_price_line_stays_in_review() -> None:
    text = "SOL/USDT | BUY\n📈 Entry:\n  Type: Limit\n🎯 Take Profit: 152\n🛑 Stop Loss: 140"
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW
