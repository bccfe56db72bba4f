"""A sell word whose clause names the targets as its place ("Hold santai, jual bertahap di
target", "sell gradually at the targets") is a buy's plan of exits, not a second side: a spot
buy that says so still reads as the long it is. A sell word before a price, or a short's head,
keeps its side."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import MessageKind, parse_message
from tradermanager.sources.signal_parser.model import Side


@pytest.mark.parametrize(
    "coin, zone, targets, stop, tail",
    [
        (
            "#ARB",
            ("1.0937", "1.1020"),
            ("1.1257", "1.1455"),
            "1.0454",
            "Jual bertahap di target ya",
        ),
        (
            "#1MBABYDOGE",
            ("0,0020202", "0,0020324"),
            ("0,0020612", "0,0020956"),
            "0,0019731",
            "Hold santai, jual bertahap di target",
        ),
        (
            "#LQTY/USDT",
            ("0.3064", "0.3082"),
            ("0.3125", "0.3169"),
            "0.2950",
            "jual di setiap target",
        ),
        (
            "#SOL",
            ("148.2", "150.1"),
            ("155.0", "160.5"),
            "142.0",
            "Jual sedikit demi sedikit di target",
        ),
    ],
)
def test_a_spot_buy_that_sells_at_its_targets_is_a_long(
    coin: str, zone: tuple[str, str], targets: tuple[str, str], stop: str, tail: str
) -> None:
    text = (
        f"🛒 SPOT {coin}\nZona beli : {zone[0]} - {zone[1]}\nTarget jual 1 : {targets[0]}\n"
        f"Target jual 2 : {targets[1]}\nCL : {stop}\n{tail}"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed
    assert parsed.side is Side.LONG
    assert parsed.market == "spot"
    value = lambda x: float(x.replace(",", "."))  # noqa: E731
    assert parsed.entries == (value(zone[0]), value(zone[1]))
    assert parsed.take_profits == (value(targets[0]), value(targets[1]))


@pytest.mark.parametrize(
    "text",
    [
        "#SOL/USDT spot buy\nBuy zone: 148.2 - 150.1\nTargets: 155.0, 160.5\nStop: 142.0\n"
        "Sell gradually at the targets",
        "#SOL/USDT spot\nEntry: 148.2\nTP: 155.0 / 160.5\nSell in parts at each target",
    ],
)
def test_english_exit_plans_are_never_read_as_shorts(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.side is not Side.SHORT
    assert parsed.kind is not MessageKind.FOLLOW_UP


@pytest.mark.parametrize(
    "text, side",
    [
        # a short's own head and sell zone
        (
            "JUAL (SHORT) #ARB\nZona jual : 1.1020 - 1.1100\nTarget : 1.0800 - 1.0650\nCL : 1.1300",
            Side.SHORT,
        ),
        # a sell word before a price is the short's entry, not an exit plan
        (
            "#SOL/USDT SHORT\nEntry: 148.2\nTP: 142.0 / 138.5\nSL: 152\nSell at 148.2 now",
            Side.SHORT,
        ),
    ],
)
def test_sell_words_of_a_short_keep_their_side(text: str, side: Side) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed
    assert parsed.side is side


@settings(max_examples=40, deadline=None)
@given(
    entry=st.integers(min_value=1000, max_value=90000),
    dec=st.integers(min_value=2, max_value=4),
    adverb=st.sampled_from(["", "bertahap ", "sedikit demi sedikit "]),
)
def test_an_exit_plan_line_never_turns_a_spot_buy_short(entry: int, dec: int, adverb: str) -> None:
    e = entry / 10**dec
    t1, t2, s = e * 1.03, e * 1.06, e * 0.95
    text = (
        f"🛒 SPOT #ARB\nZona beli : {e:.{dec}f}\nTarget jual 1 : {t1:.{dec}f}\n"
        f"Target jual 2 : {t2:.{dec}f}\nCL : {s:.{dec}f}\nJual {adverb}di target"
    )
    parsed = parse_message(text)
    assert parsed.side is not Side.SHORT
