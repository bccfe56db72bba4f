"""Card families read wrong at first and held back until read whole: numbered labels pointing
at their price with an arrow, one-liners closing a target list with a ``❌`` stop, ``Buy:`` /
``Sell:`` cards read by the named side, spot buys whose no-stop note says "DCA if it dips",
and "around a, adding at b" plans."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.domain.enums import Side
from tradermanager.sources.signal_parser import MessageKind, parse_message
from tradermanager.sources.signal_parser.card_headings import (
    arrow_labels_plain,
    icon_row_labelled,
)
from tradermanager.sources.signal_parser.order_word_labels import order_words_as_labels


def _signal(text: str) -> tuple[Side | None, list[float], list[float], float | None]:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed
    return parsed.side, list(parsed.entries), list(parsed.take_profits), parsed.stop_loss


# ---- numbered labels and an arrow -------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "plain"),
    [
        ("🔸Target 1 ➡️ 152.3", "🔸Target 1: 152.3"),
        ("▪️ TP 2 ➡ 0.51", "▪️ TP 2: 0.51"),
        ("🔹Entry 2  ➡️  $0.0214", "🔹Entry 2: $0.0214"),
        ("Take Profit 3 ➡️ 160", "Take Profit 3: 160"),
        ("📥 Entry 2 → 0.51", "📥 Entry 2: 0.51"),
        ("🎯 TP 3 => 160", "🎯 TP 3: 160"),
        ("Target 1 --> 152", "Target 1: 152"),
    ],
)
def test_a_numbered_labels_arrow_is_its_colon(line: str, plain: str) -> None:
    assert arrow_labels_plain(line) == plain


@pytest.mark.parametrize(
    "line", ["ETH 3400 ➡️ 3500 3600", "BTC 62 ➡️ 64", "Target 1 ➡️ hit", "2.37 ➡️ 2.36"]
)
def test_an_arrow_after_no_numbered_label_stays(line: str) -> None:
    assert arrow_labels_plain(line) == line


@given(
    n=st.integers(min_value=1, max_value=5),
    long=st.booleans(),
    arrow=st.sampled_from(["➡️", "➡", " ➡️ ", "➡️  "]),
    label=st.sampled_from(["Target {k}", "TP {k}", "Take Profit {k}"]),
)
def test_the_labels_number_is_never_a_target(n: int, long: bool, arrow: str, label: str) -> None:
    # (a ladder's numbered entries under an emoji bullet read the same way: see below)
    sign = 1 if long else -1
    targets = [round(148.2 + sign * 1.5 * k, 1) for k in range(1, n + 1)]
    stop = round(148.2 - sign * 4.0, 1)
    lines = ["🔺LONG🔺 #SOLUSDT" if long else "🔻SHORT🔻 #SOLUSDT", "", f"🔸Entry {arrow} 148.2"]
    lines += [f"🔸{label.format(k=k)} {arrow} {t}" for k, t in enumerate(targets, 1)]
    lines.append(f"🔸Stop {arrow} {stop}")
    side, entries, tps, sl = _signal("\n".join(lines))
    assert (side, entries, tps, sl) == (Side.LONG if long else Side.SHORT, [148.2], targets, stop)


@pytest.mark.parametrize("bullet", ["📥 ", "🔹", "▪️ ", ""])
@pytest.mark.parametrize("arrow", ["→", "-->", "=>", ":"])
def test_numbered_buys_under_an_emoji_bullet_are_the_entries(bullet: str, arrow: str) -> None:
    text = (
        f"🟢 LONG 1000PEPEUSDT\n\n{bullet}Buy 1 {arrow} 0.0078161\n"
        f"{bullet}Buy 2 {arrow} 0.0077528\n🎯 TP 1 {arrow} 0.0079141\n🛑 SL {arrow} 0.0076189"
    )
    assert _signal(text) == (Side.LONG, [0.0078161, 0.0077528], [0.0079141], 0.0076189)


# ---- one 🎯 before a list, a ❌ stop after it ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "side", "targets", "stop"),
    [
        ("$SOL long 148.2 🎯 152 / 155 ❌ 144", Side.LONG, [152.0, 155.0], 144.0),
        ("#ETH SHORT 3412 🎯3350 - 3300 ❌3460 x10", Side.SHORT, [3350.0, 3300.0], 3460.0),
        ("TRXUSDT short 0.11639 🎯0.11493 ❌0.11991 20x", Side.SHORT, [0.11493], 0.11991),
        (
            "APTUSDT long 8.136 🎯 8.236, 8.335, 8.44 ❌ 7.876",
            Side.LONG,
            [8.236, 8.335, 8.44],
            7.876,
        ),
    ],
)
def test_a_cross_price_closing_a_target_list_is_its_stop(
    text: str, side: Side, targets: list[float], stop: float
) -> None:
    assert _signal(text) == (side, [float(text.split()[2])], targets, stop)


@pytest.mark.parametrize(
    "text",
    [
        "SOL 🎯 152 ❌ cancelled",  # no price after the cross
        "🎯 TP1 152 hit ❌ stop moved",
        "SOL long 148.2 🎯 152 ❌ 144 then we see",  # the line goes on after the cross price
    ],
)
def test_a_cross_not_closing_a_price_list_stays(text: str) -> None:
    assert icon_row_labelled(text) == text


# ---- Buy: / Sell: cards ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        (
            "SHORT #TRX\nSell: 0.1355\nBuy: 0.1338, 0.1325\nStop: 0.139",
            "SHORT #TRX\nEntry: 0.1355\nTargets: 0.1338, 0.1325\nStop: 0.139",
        ),
        (
            "#SOL/USDT LONG\nBuy: 148.2\nSell: 152 - 155\nSL: 144",
            "#SOL/USDT LONG\nEntry: 148.2\nTargets: 152 - 155\nSL: 144",
        ),
    ],
)
def test_order_words_are_read_by_the_named_side(text: str, plain: str) -> None:
    assert order_words_as_labels(text) == plain


@pytest.mark.parametrize(
    "text",
    [
        "SHORT #TRX\nBuy: 0.1338\nSell: 0.1355\nStop: 0.139",  # the exit's word first
        "#TRX long or short?\nSell: 0.1355\nBuy: 0.1338",  # both sides named
        "#TRX\nSell: 0.1355\nBuy: 0.1338",  # no side named
        "SHORT #TRX\nSell: 0.1355\nSell: 0.136\nBuy: 0.1338",  # two entries' words
    ],
)
def test_order_words_without_one_named_side_stay(text: str) -> None:
    assert order_words_as_labels(text) == text


@given(long=st.booleans(), n=st.integers(min_value=1, max_value=3))
def test_a_buy_sell_card_reads_its_side(long: bool, n: int) -> None:
    sign = 1 if long else -1
    targets = [round(2.5 + sign * 0.05 * k, 2) for k in range(1, n + 1)]
    stop = round(2.5 - sign * 0.1, 2)
    enter, leave = ("Buy", "Sell") if long else ("Sell", "Buy")
    text = (
        f"#OP/USDT {'LONG' if long else 'SHORT'}\n{enter}: 2.5\n"
        f"{leave}: {' / '.join(map(str, targets))}\nStop: {stop}"
    )
    assert _signal(text) == (Side.LONG if long else Side.SHORT, [2.5], targets, stop)


# ---- spot buys with no stop by design -----------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "No stop — DCA if it dips",
        "No stop loss – we DCA if it dips",
        "no SL, we average down if it dips",
    ],
)
def test_a_no_stop_dca_note_is_no_condition_on_the_entry(note: str) -> None:
    text = f"🛍 SPOT ORDER\n$SEI\nBuy limit: 0.5048\nTargets: 0.5252 / 0.5446\n{note}"
    assert _signal(text) == (Side.LONG, [0.5048], [0.5252, 0.5446], None)


@pytest.mark.parametrize(
    "text",
    [
        "SEI could run to 0.55 if it holds 0.50",
        "No stop, but only if it holds 0.50: buy 0.5048, targets 0.5252",
    ],
)
def test_a_condition_outside_a_no_stop_note_goes_to_review(text: str) -> None:
    assert parse_message(text).kind is not MessageKind.SIGNAL


# ---- around a, adding at b ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "side", "entries"),
    [
        (
            "Buying $SOL around 148.2, adding at 144, targets 155/160, stop 139",
            Side.LONG,
            [148.2, 144.0],
        ),
        (
            "Shorting $BTC around 58,373.2, more at 59,601.7, TP 57,136.7, invalid above 60,993.7",
            Side.SHORT,
            [58373.2, 59601.7],
        ),
        (
            "Short $PEPE around 0.0087086, and adding near 0.0088472 — TP 0.0085417, stop 0.0091",
            Side.SHORT,
            [0.0087086, 0.0088472],
        ),
        (
            "Shorting $ETH around 3412 — add more at 3460 — targets 3350 / 3300, stop 3510",
            Side.SHORT,
            [3412.0, 3460.0],
        ),
    ],
)
def test_a_second_buy_after_around_is_an_entry(text: str, side: Side, entries: list[float]) -> None:
    got = _signal(text)
    assert (got[0], got[1]) == (side, entries)


def test_two_prices_after_around_without_a_second_buy_go_to_review() -> None:
    text = "Buying $SOL around 148.2 151, targets 155/160, stop 139"
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW
