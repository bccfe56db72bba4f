"""Numbered limit ladders, check marks as target bullets, labels written before their icon and
section headings over bullet lines: read as the card's levels, while hit notices, cards whose
words disagree and cut levels still go to review."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import MessageKind, parse_message
from tradermanager.sources.signal_parser.icon_after_label import labels_before_icons
from tradermanager.sources.signal_parser.limit_ladders import numbered_limits_as_entries


@pytest.mark.parametrize(
    ("text", "side", "entries", "targets", "stop"),
    [
        (
            "#AVAX LONG\nBuy limit 1: 31.42\nBuy limit 2: 30.95\nTP1: 32.8\nSL: 29.9",
            "long",
            [31.42, 30.95],
            [32.8],
            29.9,
        ),
        (
            "🔴 LTC/USDT\nSell Limit #1 - 84.12\nSell Limit #2 - 85.3\nSell Limit #3 - 86.4\n"
            "Targets: 81 / 79.5\nStop loss: 88.9",
            "short",
            [84.12, 85.3, 86.4],
            [81.0, 79.5],
            88.9,
        ),
        (
            "ATOM/USDT | Long\nLimit buy 1) 7.412\nLimit buy 2) 7.301\n"
            "Take profit 1) 7.66\nStop) 7.05",
            "long",
            [7.412, 7.301],
            [7.66],
            7.05,
        ),
        (
            "$INJ\nShort limit 1 @ 21.07\nShort limit 2 @ 21.4\nTP: 20.3, 19.8\nSL @ 22.1",
            "short",
            [21.07, 21.4],
            [20.3, 19.8],
            22.1,
        ),
        (
            "DOGEUSDT\nBUY LIMIT 1: 0.14215\nBUY LIMIT 2: 0.13980\nTP1: 0.1475\nSL: 0.1352",
            "long",
            [0.14215, 0.1398],
            [0.1475],
            0.1352,
        ),
    ],
)
def test_numbered_limit_ladders_are_the_entries(text, side, entries, targets, stop):
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.side.value == side
    assert list(parsed.entries) == entries
    assert list(parsed.take_profits) == targets
    assert parsed.stop_loss == stop


@pytest.mark.parametrize(
    "text",
    [
        # the ladder's word disagrees with the card's direction
        "#AVAX SHORT\nBuy limit 1: 31.42\nBuy limit 2: 30.95\nTP1: 32.8\nSL: 29.9",
        # two words in one ladder
        "#AVAX\nBuy limit 1: 31.42\nSell limit 2: 32.95\nTP1: 32.8\nSL: 29.9",
    ],
)
def test_limit_ladders_whose_words_disagree_are_not_copied(text):
    assert parse_message(text).kind is not MessageKind.SIGNAL


def test_limit_ladder_out_of_order_is_left_as_written():
    text = "Buy limit 2: 31.42\nBuy limit 1: 30.95"
    assert numbered_limits_as_entries(text) == text


@pytest.mark.parametrize(
    ("text", "entries", "targets", "stop"),
    [
        (
            "#ADA LONG\n➡️ Entry price: 0.6012\n✅ TP1 0.612\n✅ TP2 0.6233\n⛔️ SL 0.581",
            [0.6012],
            [0.612, 0.6233],
            0.581,
        ),
        (
            "SOL/USDT SHORT\nEntry: 142.5\n✔️ Target 1 140.1\n✔️ Target 2 137.9\nStop: 147.2",
            [142.5],
            [140.1, 137.9],
            147.2,
        ),
    ],
)
def test_check_marks_as_target_bullets_are_no_hit(text, entries, targets, stop):
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert (list(parsed.entries), list(parsed.take_profits), parsed.stop_loss) == (
        entries,
        targets,
        stop,
    )


@pytest.mark.parametrize(
    "text",
    [
        "#ADA LONG\nEntry: 0.6012\n✅ TP1 0.612 hit\nTP2 0.6233\nSL 0.581",
        "#ADA/USDT ✅ TP1 0.612 reached",
        "#ADA ⛔ Stop hit at 0.581",
    ],
)
def test_hit_notices_stay_no_signal(text):
    assert parse_message(text).kind is not MessageKind.SIGNAL


@pytest.mark.parametrize(
    ("text", "side", "entries", "targets", "stop"),
    [
        (
            "#XLM\n🟩 BUY\nEntry 📌 0.1184\nTarget 🎯 0.1221\nStop ⛔ 0.1139",
            "long",
            [0.1184],
            [0.1221],
            0.1139,
        ),
        (
            "DOTUSDT SHORT 🟥\nEntry 📍 6.41\nTP1 🎯 6.3\nTP2 🎯 6.22\nSL 🛑 6.63",
            "short",
            [6.41],
            [6.3, 6.22],
            6.63,
        ),
        (
            "$TIA 🟩 BUY\nBuy price 💰 5.872\nTake profit 1 ✅ 5.99\nStop loss 🚫 5.61",
            "long",
            [5.872],
            [5.99],
            5.61,
        ),
        (
            "🟥 SELL ETHUSDT\nEntry zone 📍 3,210 - 3,245\nTargets 🎯 3,150 - 3,090\n"
            "Stop loss ❌ 3,330",
            "short",
            [3210.0, 3245.0],
            [3150.0, 3090.0],
            3330.0,
        ),
    ],
)
def test_labels_before_their_icons_are_read(text, side, entries, targets, stop):
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.side.value == side
    assert (list(parsed.entries), list(parsed.take_profits), parsed.stop_loss) == (
        entries,
        targets,
        stop,
    )


def test_icons_without_an_entry_line_keep_their_marks():
    text = "#XLM\nTP1 🎯 0.1221\nTP2 🎯 0.1255"
    assert labels_before_icons(text) == text
    assert parse_message(text).kind is not MessageKind.SIGNAL


@pytest.mark.parametrize(
    ("heading", "bullet"),
    [("📊 Market Context:", "•"), ("Indicators:", "-"), ("📝 Notes:", "▪️"), ("Analysis:", "◦")],
)
def test_section_headings_over_bullets_are_no_cut_level(heading, bullet):
    text = (
        f"🚀 #LINK LONG\nEntry: 14.62\nTargets: 14.9 - 15.2\nStop Loss: 14.1\n\n"
        f"{heading}\n{bullet} Funding: +0.0104%\n{bullet} RSI (4h): 48"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert (list(parsed.entries), list(parsed.take_profits), parsed.stop_loss) == (
        [14.62],
        [14.9, 15.2],
        14.1,
    )


def test_a_stop_left_empty_above_bullets_still_goes_to_review():
    text = "#LINK LONG\nEntry: 14.62\nTargets: 14.9 - 15.2\nStop Loss:\n• Funding: +0.0104%"
    assert parse_message(text).kind is not MessageKind.SIGNAL


@settings(max_examples=60, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=4),
    base=st.integers(min_value=1000, max_value=90000),
    word=st.sampled_from(["Buy limit", "Limit buy", "Long limit", "BUY LIMIT"]),
    sep=st.sampled_from([":", " -", ")", " @"]),
)
def test_any_long_limit_ladder_reads_in_written_order(n, base, word, sep):
    prices = [round(base / 1000 * (1 - 0.01 * i), 3) for i in range(n)]
    lines = [f"{word} {i + 1}{sep} {v}" for i, v in enumerate(prices)]
    tp = round(base / 1000 * 1.05, 3)
    sl = round(prices[-1] * 0.96, 3)
    parsed = parse_message("\n".join(["#NEAR", *lines, f"TP1: {tp}", f"SL: {sl}"]))
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert list(parsed.entries) == prices
    assert parsed.stop_loss == sl


@pytest.mark.parametrize(
    ("entry", "targets", "stop"),
    [("5.21", ("5.363", "5.452", "5.513"), "5.05"), ("0.4187", ("0.4302", "0.4415"), "0.4021")],
)
@pytest.mark.parametrize(
    "footer", ["— Crypto Desk | t.me/cryptodesk", "Not financial advice 🙏", "café", "hello"]
)
def test_targets_listed_at_one_label_with_at_signs_keep_every_target_under_any_footer(
    entry, targets, stop, footer
):
    """ "@" is no icon after a label: "TP @ a, @ b, @ c" keeps its list when a footer in other
    characters than ASCII stands under the card (it kept only the first target)."""
    listed = ", ".join(f"@ {t}" for t in targets)
    text = f"#AVAX LONG\nEntry @ {entry}\nTP {listed}\nSL @ {stop}\n\n{footer}"
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.take_profits == tuple(float(t) for t in targets)
    assert parsed.stop_loss == float(stop)
