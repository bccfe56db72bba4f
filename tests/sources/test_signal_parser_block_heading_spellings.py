"""Copier blocks whose headings are spelled another way (``Buy Targets:`` / ``Sell Targets:``,
``Entry Zone Targets:`` / ``Exit Targets:``, ``Open Orders:`` / ``Close Orders:``, rows numbered
``Target 1:``), and a spot buy that ends on its last target with no stop. What the headings do
not settle (no side, both sides, the other side's word first) goes to review, never a guess."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.domain.enums import Side
from tradermanager.sources.signal_parser import MessageKind, parse_message
from tradermanager.sources.signal_parser.block_spellings import (
    block_headings_as_cornix,
    may_spell_block,
)


def _block(
    pair: str,
    side_line: str,
    heads: tuple[str, str, str],
    entries: list[str],
    targets: list[str],
    stop: str,
    mark: str = "{i}) ",
) -> str:
    def rows(values: list[str]) -> list[str]:
        return [mark.format(i=i) + v for i, v in enumerate(values, 1)]

    lines = [pair, side_line, "Leverage: Isolated x10", "", heads[0], *rows(entries), ""]
    # (a stop heading of no block's word keeps its own rows: "Target 1:" there is no stop's)
    stop_rows = rows([stop]) if "arget" in heads[2] or "ARGET" in heads[2] else [stop]
    lines += [heads[1], *rows(targets), "", heads[2], *stop_rows]
    return "\n".join(lines)


@pytest.mark.parametrize(
    ("heads", "side_line", "entries", "targets", "stop", "side"),
    [
        (
            ("Buy Targets:", "Sell Targets:", "Stop Target:"),
            "Signal Type: Regular (Long)",
            ["2.4545", "2.4398"],
            ["2.4931", "2.5302", "2.5635"],
            "2.3296",
            Side.LONG,
        ),
        (
            ("Sell Targets:", "Buy Targets:", "Stop Targets:"),
            "Direction: SHORT",
            ["36.71", "37.02"],
            ["36.05", "35.62"],
            "38.14",
            Side.SHORT,
        ),
        (
            ("Entry Zone Targets:", "Exit Targets:", "Stop Targets:"),
            "Signal Type: Regular (Short)",
            ["0.08412"],
            ["0.08233", "0.08107"],
            "0.08761",
            Side.SHORT,
        ),
        (
            ("Open Orders:", "Close Orders:", "Protective Stop:"),
            "Position: Long",
            ["148.21", "147.35", "146.6"],
            ["151.4", "154.9"],
            "143.65",
            Side.LONG,
        ),
        (
            ("BUY TARGETS ->", "SELL TARGETS ->", "STOP TARGETS ->"),
            "Signal Type: Regular (Long)",
            ["61250.5", "60880"],
            ["62400", "63350.5"],
            "59100",
            Side.LONG,
        ),
    ],
)
@pytest.mark.parametrize("mark", ["{i}) ", "{i}. ", "{i}- ", "Target {i}: ", "Target {i} - "])
def test_block_headings_spelled_otherwise_read(
    heads: tuple[str, str, str],
    side_line: str,
    entries: list[str],
    targets: list[str],
    stop: str,
    side: Side,
    mark: str,
) -> None:
    text = _block("#TIA/USDT", side_line, heads, entries, targets, stop, mark)
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed
    assert parsed.symbol == "TIA"
    assert parsed.side is side
    assert list(parsed.entries) == [float(e) for e in entries]
    assert list(parsed.take_profits) == [float(t) for t in targets]
    assert parsed.stop_loss == float(stop)
    assert parsed.leverage == 10


@pytest.mark.parametrize(
    ("heads", "side_line"),
    [
        # a long whose sells come first: which list opens it? review
        (("Sell Targets:", "Buy Targets:", "Stop Target:"), "Signal Type: Regular (Long)"),
        # no side named: the order words cannot name the entries
        (("Buy Targets:", "Sell Targets:", "Stop Target:"), "Signal Type: Regular"),
        # both sides named
        (("Buy Targets:", "Sell Targets:", "Stop Target:"), "Long or short, your pick"),
    ],
)
def test_order_word_headings_the_side_does_not_settle_go_to_review(
    heads: tuple[str, str, str], side_line: str
) -> None:
    text = _block("#SOL/USDT", side_line, heads, ["148.2", "147.1"], ["151.4", "154.9"], "143.6")
    assert block_headings_as_cornix(text) == text
    parsed = parse_message(text)
    assert parsed.kind is not MessageKind.SIGNAL or parsed.side is not Side.SHORT, parsed
    assert parsed.kind is not MessageKind.FOLLOW_UP


def test_buy_targets_of_a_long_whose_levels_disagree_go_to_review() -> None:
    # the headings say long, the "entries" stand above the "targets": never copied as written
    text = _block(
        "#SOL/USDT",
        "Signal Type: Regular (Long)",
        ("Buy Targets:", "Sell Targets:", "Stop Target:"),
        ["151.4", "154.9"],
        ["148.2", "147.1"],
        "143.6",
    )
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


def test_close_orders_alone_are_left_as_written() -> None:
    # no opening heading above: "Close Orders" may be an update's list
    text = "#SOL/USDT\nClose Orders:\n1) 151.4\n2) 154.9"
    assert block_headings_as_cornix(text) == text
    assert parse_message(text).kind is not MessageKind.SIGNAL


def test_target_rows_under_a_heading_of_no_block_word_are_left_as_written() -> None:
    # "Stop:" over "Target 1:" rows: a stop's value cut, the targets below it stay targets
    text = "#SOL/USDT LONG\nEntry: 148.2\nStop:\nTarget 1: 151.4\nTarget 2: 154.9"
    assert block_headings_as_cornix(text) == text
    parsed = parse_message(text)
    assert parsed.stop_loss is None or parsed.kind is MessageKind.NEEDS_REVIEW, parsed


def test_target_rows_numbered_out_of_order_are_left_as_written() -> None:
    text = "Entry Targets:\nTarget 2: 1.5\nTarget 1: 1.4"
    assert block_headings_as_cornix(text) == text


def test_the_gate_holds_every_spelling() -> None:
    for head in ("Buy Targets:", "ENTRY ZONE TARGETS", "Exit Targets ->", "Close Orders:"):
        assert may_spell_block(f"#SOL\n{head}\n1) 148.2")
    assert not may_spell_block("#SOL LONG\nEntry: 148.2\nTP: 151\nSL: 144")


@settings(max_examples=60, deadline=None)
@given(
    base=st.sampled_from(["WIF", "SEI", "DOGE", "NEAR", "LINK"]),
    price=st.floats(min_value=0.01, max_value=900.0),
    long=st.booleans(),
    n_entries=st.integers(min_value=1, max_value=3),
    n_targets=st.integers(min_value=1, max_value=4),
)
def test_order_word_targets_always_open_the_named_side(
    base: str, price: float, long: bool, n_entries: int, n_targets: int
) -> None:
    step = 1.01 if long else 0.99
    entries = [round(price / step**i, 6) for i in range(n_entries)]
    targets = [round(price * step ** (i + 2), 6) for i in range(n_targets)]
    stop = round(price / step**6, 6)
    heads = ("Buy Targets:", "Sell Targets:", "Stop Targets:")
    if not long:
        heads = ("Sell Targets:", "Buy Targets:", "Stop Targets:")
    side_line = f"Signal Type: Regular ({'Long' if long else 'Short'})"
    text = _block(
        f"#{base}/USDT",
        side_line,
        heads,
        [repr(e) for e in entries],
        [repr(t) for t in targets],
        repr(stop),
    )
    parsed = parse_message(text)
    if parsed.kind is MessageKind.SIGNAL:
        assert parsed.side is (Side.LONG if long else Side.SHORT)
        assert list(parsed.entries) == entries
        assert list(parsed.take_profits) == targets
        assert parsed.stop_loss == stop
    else:
        assert parsed.kind is MessageKind.NEEDS_REVIEW


# ---- a spot buy that ends on its last target --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "symbol", "entries", "targets"),
    [
        (
            "🟢 #LTC স্পট বাই\nএন্ট্রি রেঞ্জ: 84.60 – 85.11\nটার্গেট: 86.43 | 87.48 | 89.24",
            "LTC",
            [84.6, 85.11],
            [86.43, 87.48, 89.24],
        ),
        (
            "#DOT (Spot)\nBuy zone: 6.48 - 6.512\nTargets: 6.71 / 6.93 / 7.2",
            "DOT",
            [6.48, 6.512],
            [6.71, 6.93, 7.2],
        ),
    ],
)
def test_a_spot_market_long_ending_on_its_last_target_reads(
    text: str, symbol: str, entries: list[float], targets: list[float]
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed
    assert parsed.symbol == symbol
    assert list(parsed.entries) == entries
    assert list(parsed.take_profits) == targets
    assert parsed.market == "spot"


@pytest.mark.parametrize(
    "text",
    [
        # a futures long, no spot word: its stop's line may be cut
        "#LTC LONG\nEntry: 84.60 - 85.11\nTargets: 86.43 | 87.48 | 89.24",
        # a short on a spot pair is no spot buy
        "#DOT SHORT\nEntry: 6.512\nTargets: 6.41 / 6.33",
        # a leverage: a futures call
        "#DOT spot long 10x\nEntry: 6.512\nTargets: 6.61 / 6.73",
    ],
)
def test_a_futures_call_ending_on_its_last_target_goes_to_review(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW
