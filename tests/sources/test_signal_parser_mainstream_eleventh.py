"""Rules found with the eleventh round of mainstream layouts (docs/signal-parsing.md): chart
bridges' command lines ('buy SOLUSDT risk=1 slp=144.1 tpp=152.3', a licence number first,
'sl=300' counted in points), signal bots' comment codes ('ENTER-LONG_BINANCE-FUTURES_SOLUSDT_…'),
TradingView alerts whose interval follows the ticker ('BYBIT:SOLUSDT.P, 240'), an indicator's
settings in brackets ('SuperTrend (10, 3)') and grid bots' settings, which are no signal."""

from __future__ import annotations

import pytest
from drawn_levels import LEVELS, assert_signal_levels, stepped_levels
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.domain.enums import Side
from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.alert_relays import (
    may_name_interval,
    without_chart_interval,
)
from tradermanager.sources.signal_parser.model import FollowUpAction, MessageKind


@settings(max_examples=60, deadline=None)
@given(
    **LEVELS,
    licence=st.one_of(st.none(), st.integers(10**9, 10**13)),
    size=st.sampled_from(["risk=1", "q=0.5", "risk=2", "q=25"]),
    pair=st.sampled_from(["SOLUSDT", "SOL/USDT", "SOLUSDT.P"]),
    limit=st.booleans(),
    joined=st.sampled_from([",", " "]),
)
def test_a_bridge_command_reads_its_prices_not_its_licence_or_size(
    entry: int,
    steps: list[int],
    scale: int,
    long: bool,
    licence: int | None,
    size: str,
    pair: str,
    limit: bool,
    joined: str,
) -> None:
    tp = stepped_levels(entry, steps, scale, long)[-1]
    stop = (entry - (1 if long else -1) * 80) / scale
    verb = ("buy" if long else "sell") + ("limit" if limit else "")
    parts = [verb, pair, size]
    if limit:
        parts.append(f"price={entry / scale:g}")
    parts += [f"slp={stop:g}", f"tpp={tp:g}"]
    if licence is not None and joined == ",":
        parts.insert(0, str(licence))
    parsed = parse_message(joined.join(parts))
    assert_signal_levels(parsed, [tp], stop, entries=(entry / scale,) if limit else ())
    assert parsed.order_type == ("limit" if limit else "market")
    assert parsed.side is (Side.LONG if long else Side.SHORT)
    assert parsed.symbol == "SOL"


@pytest.mark.parametrize(
    "text",
    [
        "buy SOLUSDT risk=1 sl=300 tp=600",
        "6700912345678,sell,ETHUSDT,q=0.5,sl=150,tp=450",
        "Alert fired:\nbuy SOLUSDT risk=1 slp=144.1 tp=600",
    ],
)
def test_levels_counted_in_points_are_no_prices(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    ("code", "coin", "side"),
    [
        ("ENTER-LONG_BINANCE-FUTURES_SOLUSDT_swing-bot_4H_7d1e2c9a", "SOL", Side.LONG),
        ("ENTER-SHORT_BYBIT-USDT_1000PEPEUSDT_scalper_v2_15M_3da3d6ef5e", "1000PEPE", Side.SHORT),
        ("ENTER-SHORT_OKX-SWAP_DOTUSDT_TrendRider_240_2a51184e", "DOT", Side.SHORT),
    ],
)
def test_a_bots_entry_code_opens_at_market(code: str, coin: str, side: Side) -> None:
    alone = parse_message(f"🤖 {code}")
    assert alone.kind is MessageKind.NEEDS_REVIEW  # a market entry with no level at all
    assert alone.symbol == coin
    up, down = (1.1, 0.9) if side is Side.LONG else (0.9, 1.1)
    parsed = parse_message(f"{code}\nTP {up} | SL {down}")
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert (parsed.symbol, parsed.side, parsed.order_type) == (coin, side, "market")


@pytest.mark.parametrize("side", ["LONG", "SHORT"])
def test_a_bots_exit_code_closes_the_position(side: str) -> None:
    parsed = parse_message(f"Bot alert → EXIT-{side}_BINANCE-FUTURES_BTCUSDT_MyBot_1H_d23209a3")
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert (parsed.action, parsed.symbol, parsed.close_fraction) == (
        FollowUpAction.CLOSE,
        "BTC",
        1.0,
    )


@pytest.mark.parametrize(
    "head",
    [
        "BYBIT:ATOMUSDT.P, 30 — Short Entry",
        "▼ Short Entry | OKX:ATOMUSDT.P | 15",
        "Alert: Sell BINANCE:ATOMUSDT.P, 240",
        "ATOMUSDT.P (60) ▼ Short",
        "BITGET:ATOMUSDT.P, 4h — SHORT",
    ],
)
def test_a_chart_interval_after_the_ticker_is_no_price(head: str) -> None:
    text = f"{head}\nEntry: 7.714\nTP1: 7.563\nTP2: 7.418\nSL: 7.919"
    parsed = parse_message(text)
    assert_signal_levels(parsed, [7.563, 7.418], 7.919, entries=(7.714,))
    assert parsed.symbol == "ATOM"


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789:.,|() \n", max_size=40),
    st.sampled_from(["BYBIT:SOLUSDT.P", "OKX:ETHUSD", "BTCPERP.P", "KUCOIN:TIAUSDC"]),
    st.sampled_from([", ", " | ", " (", ","]),
    st.sampled_from(["240", "15", "4h", "D", "60)"]),
)
def test_the_interval_gate_lets_every_ticker_with_an_interval_through(
    noise: str, ticker: str, separator: str, interval: str
) -> None:
    """The literal gate before the chart-interval pattern lets through every text the
    pattern can change, so a text it refuses is left as it was."""
    text = f"{noise}{ticker}{separator}{interval}{noise}"
    assert without_chart_interval(text) == text or may_name_interval(text)
    if not may_name_interval(noise):
        assert without_chart_interval(noise) == noise


@pytest.mark.parametrize(
    "note",
    ["Strategy: SuperTrend (10, 3)", "Signal: EMA(21, 55) cross", "Source: BB (20, 2) squeeze"],
)
def test_an_indicators_settings_are_no_prices(note: str) -> None:
    text = f"DOTUSDT LONG\nPrice: 6.368\nTP: 6.48 / 6.602 | SL: 6.168\n{note}"
    assert_signal_levels(parse_message(text), [6.48, 6.602], 6.168, entries=(6.368,))


@pytest.mark.parametrize(
    "text",
    [
        "🤖 Spot Grid — SOL/USDT\nPrice range: 134.5 – 162.3\nGrids: 40\nInvestment: 500 USDT\n"
        "Stop loss: 129",
        "Copy this infinity grid: #XRPUSDT\nLower price: 0.5303\nUpper price: 0.5947\n"
        "Stop loss: 0.5091",
        "Futures Grid SOLUSDT\nMode: Long\nLeverage: 5x\nRange 140 - 160, 60 grids\nSL 135",
    ],
)
def test_a_grid_bots_settings_go_to_review(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


def test_a_card_that_only_mentions_a_grid_is_still_read() -> None:
    text = "SOL/USDT LONG\nEntry: 148.2\nTP1: 152\nSL: 144\nGrid traders: stay out of this one"
    assert_signal_levels(parse_message(text), [152.0], 144.0, entries=(148.2,))


@pytest.mark.parametrize(
    "head",
    [
        "#SUI (USDT-M / FDUSD-M)",
        "SUI USDT-M / USDC-M",
        "#SUI — COIN-M / USDT-M",
        "SUI/USDT or SUI/FDUSD",
    ],
)
def test_a_contract_kinds_letter_is_no_coin(head: str) -> None:
    text = f"{head}\nSide: Short\nEntry: 1.0688 - 1.0756\nTargets: 1.0527, 1.0373\nStop: 1.1096"
    parsed = parse_message(text)
    assert_signal_levels(parsed, [1.0527, 1.0373], 1.1096, entries=(1.0688, 1.0756))
    assert parsed.symbol == "SUI"


@pytest.mark.parametrize(
    ("tag", "side"),
    [
        ("Signal_SOLUSDT_M15_Buy_1234", Side.LONG),
        ("signal_solusdt_h1_sell_77", Side.SHORT),
        ("📡 Signal_SOLUSDT_D1_Sell_66461", Side.SHORT),
    ],
)
def test_a_terminals_signal_tag_names_the_pair_and_side(tag: str, side: Side) -> None:
    alone = parse_message(tag)
    assert alone.kind is MessageKind.NEEDS_REVIEW  # a side and a pair, no level
    assert alone.symbol == "SOL"
    up, down = (152.0, 144.0) if side is Side.LONG else (144.0, 152.0)
    parsed = parse_message(f"{tag}\nPrice: 148.2\nTP: {up:g}\nSL: {down:g}")
    assert_signal_levels(parsed, [up], down, entries=(148.2,))
    assert (parsed.symbol, parsed.side) == ("SOL", side)


@settings(max_examples=60, deadline=None)
@given(**LEVELS, share=st.sampled_from(["2.5%", "5%"]), minus=st.sampled_from(["−", "-"]))
def test_a_worked_sum_under_a_card_is_no_level(
    entry: int, steps: list[int], scale: int, long: bool, share: str, minus: str
) -> None:
    tps = stepped_levels(entry, steps, scale, long)
    sign = 1 if long else -1
    low, high = sorted([entry / scale, (entry - sign * 10) / scale])
    stop = (entry - sign * 80) / scale
    avg = (entry - sign * 5) / scale
    lines = [
        # (a whole number first is written "10.0": "ENTRY 10 - 9.9" reads as a tenth entry)
        f"$ONDO LIMIT {'LONG' if long else 'SHORT'} ENTRY {high:.1f} - {low:g}"
        if high.is_integer()
        else f"$ONDO LIMIT {'LONG' if long else 'SHORT'} ENTRY {high:g} - {low:g}",
        f"SL {stop:g}",
        f"TP {' / '.join(f'{v:g}' for v in tps)}",
        "----",
        f"Margin used on {high:g} = {share}",
        f"Average entry: {avg:g}",
        f"Distance to SL = {avg:g} {minus} {stop:g} = {abs(avg - stop):g}",
    ]
    assert_signal_levels(parse_message("\n".join(lines)), tps, stop, entries=(low, high))


def test_a_share_after_a_zone_is_no_sum() -> None:
    text = "#SOL LONG\nEntry 147.5 - 148.2 = 50% each\nTP 152\nSL 144"
    assert_signal_levels(parse_message(text), [152.0], 144.0, entries=(147.5, 148.2))
