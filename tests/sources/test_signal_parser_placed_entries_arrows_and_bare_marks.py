"""Bots' entry orders placed but not filled, two entry prices joined by an arrow, a further
order under the other side's word, and a check or a cross alone."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import FollowUpAction, MessageKind


@pytest.mark.parametrize(
    "text",
    [
        "🔵 *OKX:* New Trade (#7)\n*Pair:* `AVAX/USDT:USDT`\n*Direction:* `Short (10x)`\n"
        "*Amount:* `4.2000`\n*Open Rate:* `35.21 USDT`\n*Current Rate:* `35.19 USDT`\n"
        "*Total:* `147.88 USDT`",
        "🔵 *Kraken:* Short DOGE/USDT (#19)\n*Amount:* 950.1\n*Open Rate:* 0.12345\n"
        "*Current Rate:* 0.1236\n*Total:* 117.29 USDT",
        "🔵 *Binance:* Entering ETH/USDC:USDC (#301)\n*Amount:* `0.0312`\n"
        "*Open Rate:* `3,412.55`\n*Current Rate:* `3,413.1`",
        "🔵 *Bybit:* Increasing position (#44)\n*Pair:* PEPE/USDT:USDT\n"
        "*Open Rate:* 0.0000081234\n*Current Rate:* 0.0000081301",
    ],
)
def test_a_bots_entry_order_placed_goes_to_review(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW
    assert not parsed.entries and parsed.action is None


@pytest.mark.parametrize(
    ("text", "symbol", "price"),
    [
        (
            "✅ *OKX:* Shorted AVAX/USDT:USDT (#7)\n*Amount:* `4.2`\n*Open Rate:* `35.21`",
            "AVAX",
            35.21,
        ),
        (
            "✅ *Binance:* Entered LINK/USDT (#12)\n*Open Rate:* 14.853\n*Total:* 80.00 USDT",
            "LINK",
            14.853,
        ),
    ],
)
def test_a_bots_entry_order_filled_is_the_entry_filled_there(
    text: str, symbol: str, price: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.action is FollowUpAction.ENTRY_FILLED
    assert parsed.symbol == symbol and parsed.price == pytest.approx(price)


def test_a_placed_order_beside_a_call_is_left_to_the_call() -> None:
    # a card's own levels beside freqtrade's words: not the bot's notice
    text = "Long SOL/USDT (#3)\nEntry: 148.2\nTP: 152.4\nSL: 144.1\nOpen Rate: 148.2"
    assert parse_message(text).kind is not MessageKind.FOLLOW_UP


@pytest.mark.parametrize("arrow", ["→", "->", "=>", "⟶", "➡️"])
@pytest.mark.parametrize(
    ("side", "first", "second", "tps", "sl"),
    [
        ("LONG", "0.5312", "0.5204", "0.5461, 0.5590", "0.5011"),
        ("SHORT", "63,450.5", "64,020", "62,100, 61,300", "65,400"),
        ("LONG", "1.0871", "1.1002", "1.1420, 1.1800", "1.0400"),
    ],
)
def test_two_entry_prices_joined_by_an_arrow_are_a_zone(
    arrow: str, side: str, first: str, second: str, tps: str, sl: str
) -> None:
    text = f"#ADA {side}\nEntries: {first} {arrow} {second}\nTargets: {tps}\nSL: {sl}"
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    values = sorted(float(v.replace(",", "")) for v in (first, second))
    assert list(parsed.entries) == pytest.approx(values)
    assert parsed.entry_kind == "range"


def test_numbered_entries_with_arrows_are_two_entries_in_written_order() -> None:
    text = "#DOT LONG\nEntry 1 → 6.421\nEntry 2 → 6.355\nTP1: 6.62\nTP2: 6.80\nSL: 6.12"
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert list(parsed.entries) == pytest.approx([6.421, 6.355])


@pytest.mark.parametrize(
    "text",
    [
        "#ATOM SHORT\nEntry: 9.035\nTP1: 8.855\nTP2: 8.661\nBuy more: 8.386\nSL: 9.513",
        "$OP SHORT\nEntry: 2.3512\nBUY MORE: 2.2101\nTargets: 2.30, 2.25\nSL: 2.44",
        "#SOL LONG\nEntry: 148.2\nTargets: 152, 155\nSell more: 158\nSL: 141",
        "LINKUSDT LONG\nEntry: 14.85\nSell More: 14.61\nTP: 15.3 / 15.7\nSL: 14.2",
    ],
)
def test_a_further_order_under_the_other_sides_word_goes_to_review(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    ("text", "entries"),
    [
        (
            "#ATOM SHORT\nSell: 9.035\nSell more: 9.21\nTP1: 8.855\nTP2: 8.661\nSL: 9.513",
            [9.035, 9.21],
        ),
        ("#SOL LONG\nBuy: 148.2\nBuy more: 145.9\nTargets: 152, 155\nSL: 141", [148.2, 145.9]),
    ],
)
def test_a_further_order_under_the_cards_own_word_is_a_second_entry(
    text: str, entries: list[float]
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert list(parsed.entries) == pytest.approx(entries)


@pytest.mark.parametrize(
    "text", ["✅", "✅✅", "✔️", "☑️", "❌", "❌ ❌", "✖️", "❎", "🛑", "⛔", "✅❌"]
)
def test_a_check_or_a_cross_alone_goes_to_review(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize("text", ["🔥", "🚀🚀", "👀", "🙏", "👍", "🔥🚀"])
def test_a_cheer_or_a_look_alone_stays_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(("text", "index"), [("🎯✅", 1), ("🎯🎯✅", 2), ("🎯🎯🎯✔️", 3)])
def test_bullseyes_and_a_check_are_that_target_hit(text: str, index: int) -> None:
    parsed = parse_message(text)
    assert parsed.action is FollowUpAction.TARGET_HIT and parsed.target_index == index


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(["✅", "✔️", "☑️", "❌", "❎", "✖️", "🛑", " "]), min_size=1, max_size=5)
)
def test_any_run_of_checks_and_crosses_is_never_acted_on(icons: list[str]) -> None:
    text = "".join(icons)
    if not text.strip():
        return
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW
