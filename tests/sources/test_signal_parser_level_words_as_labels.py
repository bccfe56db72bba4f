"""Level words and marks no label list holds, read as labels on a second reading: stops written
as abbreviations, phrases and icons, entry ladders numbered with marks, a grid's whole close as
its target, a scalp's three verbs, a new coin in a card's head — and a call that still has no
stop beside a price after an unknown word goes to review, never copied without it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.sources.drawn_levels import LEVELS, assert_signal_levels, stepped_levels

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import FollowUpAction, MessageKind


@pytest.mark.parametrize(
    ("text", "entry", "tps", "stop"),
    [
        ("ETH: long 3,412.5, t1 3,460, t2 3,505.5, inv 3,350", 3412.5, [3460, 3505.5], 3350),
        ("#AVAX short 35.21 | tp 34.6 / 34.05 | inval 36.02", 35.21, [34.6, 34.05], 36.02),
        ("link long 14.853 / t1 15.02 / t2 15.21 / inv. 14.51", 14.853, [15.02, 15.21], 14.51),
        ("DOT long 6.42 tp1 6.51 tp2 6.6 inv: 6.28", 6.42, [6.51, 6.6], 6.28),
        ("SUI LONG 1.0193 — TP 1.0312, 1.0421 — INV 0.9922", 1.0193, [1.0312, 1.0421], 0.9922),
        (
            "TRX long 0.12748, targets 0.12934 and 0.1312, risk below 0.12336",
            0.12748,
            [0.12934, 0.1312],
            0.12336,
        ),
        ("#LTC long here 87.5 🎯 88.78 / 90.07, bail under 85.87", 87.5, [88.78, 90.07], 85.87),
        ("APT short 9.442, tp 9.308, 9.177, wrong above 9.685", 9.442, [9.308, 9.177], 9.685),
        (
            "DIA short 0.7743 → 0.7634 → 0.7499. Out if above 0.7935.",
            0.7743,
            [0.7634, 0.7499],
            0.7935,
        ),
        (
            "BTCUSDT LONG\nEntry: 63,450\nTP: 64,200 / 65,100\nNo longer valid below 62,480",
            63450,
            [64200, 65100],
            62480,
        ),
        (
            "#NEAR short from 5.678\nTargets 5.59 - 5.517\nIdea void above 5.848",
            5.678,
            [5.59, 5.517],
            5.848,
        ),
        ("DOT long 6.065, tp 6.156, 6.243, cut 5.86", 6.065, [6.156, 6.243], 5.86),
        ("#BNB SHORT 📌 635.6 ⇒ 627.7 | ❌ 645.6", 635.6, [627.7], 645.6),
        ("ADA LONG 0.4084 ➡️ 0.4129, 0.4187 ✖️ 0.4009", 0.4084, [0.4129, 0.4187], 0.4009),
        (
            "BTC short 67,583.2 🎯 66,767.4 65,865.1 ❌ 68,983 10x",
            67583.2,
            [66767.4, 65865.1],
            68983,
        ),
        ("SOL long @ 148.2 🎯 151.1 🚫 145.3", 148.2, [151.1], 145.3),
    ],
)
def test_stop_words_phrases_and_icons_read_as_the_stop(
    text: str, entry: float, tps: list[float], stop: float
) -> None:
    assert_signal_levels(parse_message(text), tps, stop, entries=(entry,))


@pytest.mark.parametrize(
    ("text", "entries", "tps", "stop"),
    [
        (
            "DCA PLAN $LTC (Long)\n1️⃣ 78.08\n2️⃣ 77.61\n🎯 79.68\n🛑 75.87",
            (78.08, 77.61),
            [79.68],
            75.87,
        ),
        (
            "DOT short ladder 🪜\n1️⃣ 6.033\n2️⃣ 6.069\n3️⃣ 6.105\nTP 5.911 / 5.794\nSL 6.259",
            (6.033, 6.069, 6.105),
            [5.911, 5.794],
            6.259,
        ),
        (
            "#SOL SHORT\nEntries\n🔹1 135.18\n🔹2 135.99\nTargets: 132.36, 129.89\nStop: 138.28",
            (135.18, 135.99),
            [132.36, 129.89],
            138.28,
        ),
        (
            "ETH long entries ① 3,412 ② 3,391.5 ③ 3,370\nTP 3,480, 3,530\nSL 3,320",
            (3412, 3391.5, 3370),
            [3480, 3530],
            3320,
        ),
        (
            "$DOT long 📥\n#1 6.156\n#2 6.119\n🎯 6.271, 6.415\n🛑 5.926",
            (6.156, 6.119),
            [6.271, 6.415],
            5.926,
        ),
        (
            "SUI short limits (1) 1.0015 (2) 1.0075\ntp 0.9829, 0.9617\nsl 1.0287",
            (1.0015, 1.0075),
            [0.9829, 0.9617],
            1.0287,
        ),
        (
            "LONG #ATOM\nBuy zone\n➊ 8.45\n➋ 8.40\nTargets 8.62, 8.81\nStop 8.21",
            (8.40, 8.45),  # two prices under a zone's heading: the zone, low to high
            [8.62, 8.81],
            8.21,
        ),
    ],
)
def test_ladders_numbered_with_marks_are_the_entries(
    text: str, entries: tuple[float, ...], tps: list[float], stop: float
) -> None:
    assert_signal_levels(parse_message(text), tps, stop, entries=entries)


@pytest.mark.parametrize(
    ("text", "entries", "tp", "stop"),
    [
        (
            "FHE long grid 🧱 0.07664 / 0.07618 / 0.07572\nClose all at 0.07864\n"
            "Stop below 0.07413",
            (0.07664, 0.07618, 0.07572),
            0.07864,
            0.07413,
        ),
        (
            "#XRP LONG GRID\nLevels: 0.5004 / 0.4974 / 0.4944\nExit all at 0.5148\nSL 0.4858",
            (0.5004, 0.4974, 0.4944),
            0.5148,
            0.4858,
        ),
        (
            "Short grid on WIF 🧱\n2.4349 / 2.4495 / 2.4641\nAll out at 2.3796\nStop above 2.5152",
            (2.4349, 2.4495, 2.4641),
            2.3796,
            2.5152,
        ),
        (
            "$BTC short grid\nOrders 64,100 / 64,500 / 64,900\nTP (close all): 62,800\nSL: 65,600",
            (64100, 64500, 64900),
            62800,
            65600,
        ),
        (
            "SOLUSDT grid (short)\n156.1 / 157.04 / 157.97\nClose everything at 153.3\n"
            "Stop: 160.61",
            (156.1, 157.04, 157.97),
            153.3,
            160.61,
        ),
    ],
)
def test_a_grids_whole_close_is_its_target(
    text: str, entries: tuple[float, ...], tp: float, stop: float
) -> None:
    assert_signal_levels(parse_message(text), [tp], stop, entries=entries)


@pytest.mark.parametrize(
    ("text", "entries", "tp", "stop"),
    [
        (
            "ORDI quick short scalp: enter 38.02-38.1, take 37.61, cut 38.29",
            (38.02, 38.1),
            37.61,
            38.29,
        ),
        ("#NEAR long scalp: in 5.604, out 5.65, stop 5.571", (5.604,), 5.65, 5.571),
        ("NEAR scalp: buy 5.604, sell 5.65, bail 5.571", (5.604,), 5.65, 5.571),
        (
            "$ETH short scalp — get in 3,240, get out 3,213.13, stop 3,260.58",
            (3240,),
            3213.13,
            3260.58,
        ),
        (
            "Quick short scalp on #FHE — in 0.0732 / out 0.07244 / cut 0.07359",
            (0.0732,),
            0.07244,
            0.07359,
        ),
        (
            "LINKUSDT long scalp: enter 14.396 to 14.425, take 14.547, stop 14.335",
            (14.396, 14.425),
            14.547,
            14.335,
        ),
    ],
)
def test_a_scalps_three_verbs_are_its_labels(
    text: str, entries: tuple[float, ...], tp: float, stop: float
) -> None:
    assert_signal_levels(parse_message(text), [tp], stop, entries=entries)


@pytest.mark.parametrize(
    ("text", "coin"),
    [
        (
            "📣 Private desk — PIPPIN\nBias: Bearish\nTrigger: 0.02623\nTarget: 0.0252\n"
            "Stop: 0.02725",
            "PIPPIN",
        ),
        ("🔥 Signal — VANA (SHORT)\nEntry: 6.902\nTP: 6.774\nSL: 7.151", "VANA"),
        ("VIP • COOKIE • LONG\nIn: 0.2378\nTP: 0.2424 / 0.247\nSL: 0.2317", "COOKIE"),
        (
            "Desk call — SOLV\nDirection: long\nEntry: 0.04371\nTargets: 0.04455\n"
            "Stop loss: 0.0422",
            "SOLV",
        ),
    ],
)
def test_a_new_coin_in_a_cards_head_is_the_coin(text: str, coin: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.symbol == coin


@pytest.mark.parametrize(
    "text",
    [
        "Invoice INV-2041 for your VIP renewal: 49.99 USDT, due Friday 🧾",
        "inv H&S forming on the SOL 4h chart, watching the neckline 👀",
        "House rules 📌\n1️⃣ Never risk more than 2% per trade\n2️⃣ Always place the stop first\n"
        "3️⃣ Take 50% off at TP1",
        "Why $SOL pumped today 👇\n1️⃣ ETF inflows up 12%\n2️⃣ Funding still negative",
        "Watchlist this week 🔭\n🔹1 BTC\n🔹2 SOL\n🔹3 ARB\nNo entries yet, alerts set.",
        "NOTE: limit orders only today, no market buys 🙏",
        "ALERT — funding on ETH flipped negative, careful with longs",
        "Scalping tip: enter small, take profits fast, cut losers faster ⚡",
        "Before every entry know where you're wrong. No invalidation, no trade 🙏",
    ],
)
def test_talk_stays_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    "text",
    [
        "SOL short 135.79, t1 133.82, t2 131.98, hedge 139.22",  # a word no list holds
        "ADA: long 0.4544 / 0.4595 / 0.4648 / line 0.4456",
        "ETH long 3,412, t1 3,460, t2 3,505, guard 3,350",
        "SHORT BTC 63,687.4 25X LEVERAGE",  # neither targets nor a stop
        "Long SOL 148.2 10x",
        "APT LONG 9.128 10x leverage, TP 9.262",  # one target, no stop, the text ends on it
        "DOT long 6.42, tp 6.51, inv 6.28, cut 6.2",  # two stop words: which is the stop?
    ],
)
def test_unplaced_or_missing_stops_go_to_review(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("#OP close all now at 2.3669 ✅ grid done", 2.3669),
        ("#MOODENG scalp closed ✅ in 0.18933, out 0.1874, +0.9%", 0.1874),
        ("#SOL scalp closed ✅ in 148.2, out 149.65, +1.0%", 149.65),
    ],
)
def test_a_close_told_in_an_update_stays_a_close(text: str, price: float) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.action is FollowUpAction.CLOSE
    assert parsed.price == price


def test_a_header_word_is_no_coin() -> None:
    parsed = parse_message("UPDATE: #SOL TP1 hit ✅ stop to entry")
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.symbol == "SOL"


@settings(max_examples=60, deadline=None)
@given(**LEVELS, word=st.sampled_from(["inv", "inval", "invalid", "stp", "cut", "bail"]))
def test_an_abbreviated_stop_is_the_stop(
    entry: int, steps: list[int], scale: int, long: bool, word: str
) -> None:
    tps = stepped_levels(entry, steps[:2], scale, long)
    stop = (entry - 40 if long else entry + 40) / scale
    side = "long" if long else "short"
    text = f"ATOM: {side} {entry / scale:g}, " + ", ".join(
        f"t{i} {v:g}" for i, v in enumerate(tps, 1)
    )
    parsed = parse_message(f"{text}, {word} {stop:g}")
    assert_signal_levels(parsed, tps, stop)


@settings(max_examples=60, deadline=None)
@given(**LEVELS, word=st.sampled_from(["hedge", "guard", "panic", "floor", "line", "bye"]))
def test_a_call_with_an_unknown_stop_word_is_never_copied_without_a_stop(
    entry: int, steps: list[int], scale: int, long: bool, word: str
) -> None:
    tps = stepped_levels(entry, steps[:2], scale, long)
    stop = (entry - 40 if long else entry + 40) / scale
    side = "long" if long else "short"
    text = f"ATOM: {side} {entry / scale:g}, " + ", ".join(
        f"t{i} {v:g}" for i, v in enumerate(tps, 1)
    )
    parsed = parse_message(f"{text}, {word} {stop:g}")
    assert parsed.kind is not MessageKind.SIGNAL or parsed.stop_loss is not None
