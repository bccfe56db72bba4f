"""Rules found with the fourteenth round of mainstream layouts: an order's size written as a
field after others on its line ('… TP: 152.3 Size: 0.5') is no price; 'Market' opening a line
right before its side word ('Market Buy ETH: 3412') makes the order a market one; '->' between
two entries is a zone's separator as '→' is."""

from __future__ import annotations

import pytest
from drawn_levels import LEVELS, assert_signal_levels, stepped_levels
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import MessageKind


@settings(max_examples=60, deadline=None)
@given(
    **LEVELS,
    word=st.sampled_from(["Size", "Qty", "Quantity", "Amount", "size"]),
    size=st.sampled_from(["0.01", "0.5", "2.5", "10", "250", "1000"]),
    sep=st.sampled_from([": ", ":", " = "]),
)
def test_a_size_field_after_the_targets_is_no_target(
    entry: int, steps: list[int], scale: int, long: bool, word: str, size: str, sep: str
) -> None:
    tps = stepped_levels(entry, steps, scale, long)
    stop = (entry - (1 if long else -1) * 80) / scale
    text = (
        f"{'LONG' if long else 'SHORT'} SOL-USDT Entry: {entry / scale:g} SL: {stop:g} "
        f"TP: {' / '.join(f'{v:g}' for v in tps)} {word}{sep}{size}"
    )
    assert_signal_levels(parse_message(text), tps, stop, entries=(entry / scale,))


@pytest.mark.parametrize(
    "text",
    [
        "🚨 LONG SOL-USDT Entry: 148.2 SL: 144.1 TP: 152.3 Size: 0.5",
        "BUY SOLUSDT Entry: 148.2 TP: 152.3 / 155.1 SL: 144.1 Size: 10",
        "LONG SOL/USDT Entry: 148.2 SL: 144.1 TP: 152.3 | Qty: 250",
    ],
)
def test_one_line_calls_with_a_size_in_coins(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (148.2,)
    assert parsed.take_profits[0] == 152.3
    assert 10.0 not in parsed.take_profits and 250.0 not in parsed.take_profits
    assert parsed.stop_loss == 144.1


@pytest.mark.parametrize(
    "head, market",
    [
        ("Market Buy SOLUSDT: 148.2", True),
        ("Market Long SOL: 148.2", True),
        ("MARKET LONG SOL/USDT 148.2", True),
        ("📊 Market order Buy SOL: $148.2", True),
        ("**Market** Long SOL: 148.2", True),
        ("Limit Long SOL: 148.2", False),
        ("SOL LONG: 148.2", False),
        ("Entry: Long SOL 148.2", False),
        ("Long SOL 148.2 (market structure break)", False),
    ],
)
def test_market_before_the_side_word_is_a_market_order(head: str, market: bool) -> None:
    parsed = parse_message(f"{head}\nStop Loss: 144.1\nTP1: 152.3\nTP2: 155.1")
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.order_type == ("market" if market else "limit")
    assert parsed.entries == (() if market else (148.2,))
    assert parsed.take_profits == (152.3, 155.1)


@pytest.mark.parametrize("arrow", ["->", "-->", "→"])
@pytest.mark.parametrize("first, second", [(149.1, 148.2), (148.2, 149.1)])
def test_an_arrow_between_two_entries_is_a_zone(arrow: str, first: float, second: float) -> None:
    text = (
        f"**SOL** — **LONG**\n**Leverage:** 10x\n**Entry:** [{first} {arrow} {second}]\n"
        "**Stop:** 144.1\n**TPs:** 152.3, 155.1"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (148.2, 149.1)
    assert parsed.take_profits == (152.3, 155.1)


@pytest.mark.parametrize(
    "text, coin",
    [
        ("short ltc entry 88.66 targets 87.53/86.35 sl 90.74", "LTC"),
        ("long sol entry: 148.2 tp 150.1 sl 144.1", "SOL"),
        ("long sui Entry 1.143 tp 1.16 sl 1.12", "SUI"),
    ],
)
def test_a_small_letter_coin_before_its_entry_word(text: str, coin: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.symbol == coin


@pytest.mark.parametrize(
    "text",
    ["long term entry 5.2 tp 6 sl 4.8", "short squeeze entry 88.66 tp 87 sl 90"],
)
def test_a_small_word_before_an_entry_word_is_no_coin(text: str) -> None:
    assert parse_message(text).kind is not MessageKind.SIGNAL
