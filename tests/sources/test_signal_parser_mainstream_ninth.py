"""Rules found with the ninth round of mainstream layouts (docs/signal-parsing.md): a zone
whose two ends are one price ('Entry Zone: 0.435 - 0.435'), a cross or no-entry sign before a
stop label that restates itself in brackets ('❌ Stop Loss (SL) : 82.55'), a moving
average's value on a line of its own ('EMA 200 value: 146.9', 'MA(50): 147.3') and flat
key=value alert strings ('signal=long,symbol=SOLUSDT,qty=100,entry_price=148.2,…',
'signal=closelong,symbol=SOLUSDT')."""

from __future__ import annotations

import pytest
from drawn_levels import LEVELS, assert_signal_levels, stepped_levels
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.json_payload import read_key_values
from tradermanager.sources.signal_parser.model import MessageKind


def _stop(entry: int, scale: int, long: bool) -> float:
    return (entry - (1 if long else -1) * 80) / scale


@settings(max_examples=60, deadline=None)
@given(**LEVELS, sep=st.sampled_from([" - ", "-", " – ", " to "]))
def test_a_zone_of_one_price_is_one_entry(
    entry: int, steps: list[int], scale: int, long: bool, sep: str
) -> None:
    tps = stepped_levels(entry, steps, scale, long)
    stop = _stop(entry, scale, long)
    price = f"{entry / scale:g}"
    text = (
        f"#SEI/USDT {'LONG' if long else 'SHORT'}\nEntry Zone: {price}{sep}{price}\n"
        f"Take-Profit Targets: {' '.join(f'{i}) {v:g}' for i, v in enumerate(tps, 1))}\n"
        f"Stop Targets: 1) {stop:g}"
    )
    assert_signal_levels(parse_message(text), tps, stop, entries=(entry / scale,))


def test_a_zone_of_two_prices_stays_a_range() -> None:
    parsed = parse_message("#SEI/USDT SHORT\nEntry Zone: 0.435 - 0.437\nTP: 0.43\nSL: 0.4522")
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.entries == (0.435, 0.437)


@settings(max_examples=60, deadline=None)
@given(
    **{**LEVELS, "steps": st.lists(st.integers(5, 60), min_size=2, max_size=4)},
    mark=st.sampled_from(["❌", "⛔", "⛔️"]),
    label=st.sampled_from(
        ["Stop Loss (SL) : ", "Stop loss (SL): ", "SL (stop loss): ", "Stop (hard): "]
    ),
)
def test_a_cross_before_a_stop_label_restated_in_brackets_is_no_hit(
    entry: int, steps: list[int], scale: int, long: bool, mark: str, label: str
) -> None:
    tps = stepped_levels(entry, steps, scale, long)
    stop = _stop(entry, scale, long)
    lines = [f"{'BUY' if long else 'SELL'} LTC/USDT", f"📍 {entry / scale:g}"]
    lines.append(f"{mark} {label}{stop:g}")
    # two targets at least: one checked "Take profit 1" line alone may report it hit
    lines += [f"✅ Take profit {i}: {v:g}" for i, v in enumerate(tps, 1)]
    assert_signal_levels(parse_message("\n".join(lines)), tps, stop, entries=(entry / scale,))


@pytest.mark.parametrize(
    "text",
    ["#LTC ❌ Stop Loss (SL) hit", "LTC/USDT ⛔ SL (stop loss) — closed at a loss"],
)
def test_a_cross_before_a_stop_label_with_no_price_is_still_a_hit(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.action is not None and parsed.action.value == "stop_hit"


@settings(max_examples=60, deadline=None)
@given(
    **LEVELS,
    name=st.sampled_from(["EMA Value", "EMA200", "EMA 200 value", "MA(50)", "VWAP", "SMA 100"]),
    colon=st.sampled_from([": ", " = ", ":"]),
)
def test_a_moving_average_value_line_is_no_level(
    entry: int, steps: list[int], scale: int, long: bool, name: str, colon: str
) -> None:
    tps = stepped_levels(entry, steps, scale, long)
    stop = _stop(entry, scale, long)
    average = (entry - (1 if long else -1) * 20) / scale
    text = (
        f"⚡⚡ #OP/USDT ⚡⚡\nSignal Type: Regular ({'Long' if long else 'Short'})\n"
        f"Leverage: Cross 10x\nRISK: 2%\n\n{name}{colon}{average:g}\n"
        f"Entry Targets:\n1) {entry / scale:g}\n\nTake-Profit Targets:\n"
        + "\n".join(f"{i}) {v:g}" for i, v in enumerate(tps, 1))
        + f"\n\nStop Targets:\n1) {stop:g}"
    )
    parsed = parse_message(text)
    assert_signal_levels(parsed, tps, stop, entries=(entry / scale,))
    assert parsed.leverage == 10


@pytest.mark.parametrize(
    "line",
    ["Ma cible: 0.2519", "Mark: 0.2519", "Entry near EMA200: 0.2519"],
)
def test_words_that_only_begin_like_an_average_name_are_not_its_value(line: str) -> None:
    parsed = parse_message(f"OP/USDT LONG\n{line}\nEntry: 2.52\nTP: 2.6\nSL: 2.45")
    assert parsed.kind is not MessageKind.SIGNAL or 0.2519 not in (
        *parsed.entries,
        *parsed.take_profits,
    )


@settings(max_examples=60, deadline=None)
@given(
    **LEVELS,
    sep=st.sampled_from([",", ", ", "&", "\n", ";"]),
    size=st.sampled_from(["qty=100", "size=0.5", "lots=0.2", "qty=1000"]),
    order=st.permutations([0, 1, 2, 3]),
)
def test_a_key_value_alert_string_is_read_by_its_keys(
    entry: int, steps: list[int], scale: int, long: bool, sep: str, size: str, order: list[int]
) -> None:
    tps = stepped_levels(entry, steps, scale, long)[:2]
    stop = _stop(entry, scale, long)
    targets = (
        [f"tp_price={tps[0]:g}"]
        if len(tps) == 1
        else [f"tp{i}={v:g}" for i, v in enumerate(tps, 1)][::-1]  # tp2 before tp1
    )
    rest = [size, f"entry_price={entry / scale:g}", f"sl_price={stop:g}", sep.join(targets)]
    pairs = [f"signal={'long' if long else 'short'}", "symbol=BINANCE:SOLUSDT.P"]
    pairs += [rest[k] for k in order]
    parsed = parse_message(sep.join(pairs))
    assert_signal_levels(parsed, tps, stop, entries=(entry / scale,))
    assert parsed.symbol == "SOL"


@pytest.mark.parametrize(
    "text",
    [
        "signal=closelong,symbol=SOLUSDT",
        "signal=closeshort&symbol=BINANCE:SOLUSDT.P&secret=tv-hook-77",
        "signal=exitlong\nsymbol=SOLUSDT.P\ncomment=ema_cross",
        '{"action": "closeshort", "symbol": "SOLUSDT"}',
    ],
)
def test_a_key_value_exit_closes_the_whole_position(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.action is not None and parsed.action.value == "close"
    assert parsed.symbol == "SOL"
    assert parsed.close_fraction == 1.0


@pytest.mark.parametrize(
    "text",
    [
        "TP1=152.3 TP2=155.1 SL=144",  # pairs joined by spaces only: a card, not a string
        "Entry: 148.2, TP=152.3, SL=144",  # a label with a colon among the pairs
        "a=1",
    ],
)
def test_text_that_is_not_only_key_value_pairs_is_left_as_written(text: str) -> None:
    assert read_key_values(text) == text
