"""Card headings that carry their list's count, order-ladder headings and icon rows closed by
a stop icon (the seventh held-out round's card families)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import MessageKind, parse_message
from tradermanager.sources.signal_parser.card_headings import (
    icon_row_labelled,
    without_heading_counts,
)


@pytest.mark.parametrize(
    ("heading", "plain"),
    [
        ("Targets (4):", "Targets:"),
        ("Take Profit Levels (3-tier):", "Take Profit Levels:"),
        ("TP (x3)", "TP:"),
        ("Entries [2]", "Entries:"),
        ("TPs — 3 levels:", "TPs:"),
        ("🎯 Targets (5x):", "🎯 Targets:"),
        ("Sell area (2 levels):", "Sell area:"),
    ],
)
def test_a_headings_count_is_taken_out(heading: str, plain: str) -> None:
    assert without_heading_counts(f"{heading}\n1) 152\n2) 155") == f"{plain}\n1) 152\n2) 155"


@pytest.mark.parametrize(
    "line",
    ["Leverage (10x)", "Targets (4): 152 / 155", "Risk (2%)", "Note (3 days):", "TP 1 (152)"],
)
def test_a_count_not_closing_a_headings_line_stays(line: str) -> None:
    assert without_heading_counts(line) == line


CARD = "#{coin}/USDT LONG\n\nEntry: 148.2\n\n{heading}\n{lines}\n\nSL: 144\nLeverage: 10x"


@given(
    n=st.integers(min_value=2, max_value=6),
    form=st.sampled_from(["({n})", "[{n}]", "(x{n})", "— {n} levels"]),
)
def test_the_count_is_never_read_as_a_target(n: int, form: str) -> None:
    targets = [150 + 2 * i for i in range(n)]
    heading = "Targets " + form.format(n=n) + ":"
    text = CARD.format(coin="SOL", heading=heading, lines="\n".join(f"• {t}" for t in targets))
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert list(parsed.take_profits) == targets


@pytest.mark.parametrize(
    ("heading", "side"),
    [
        ("Buy limits:", "LONG"),
        ("Limit buys:", "LONG"),
        ("Orders:", "LONG"),
        ("Short orders:", "SHORT"),
    ],
)
def test_an_order_ladders_heading_names_the_entries(heading: str, side: str) -> None:
    if side == "LONG":
        entries, targets, stop = [148.2, 147.3, 146.4], [151.0, 153.5], 143.0
    else:
        entries, targets, stop = [148.2, 149.1, 150.0], [145.0, 142.5], 153.0
    text = (
        f"$SOL {side} setup\n{heading}\n"
        + "\n".join(f"- {e}" for e in entries)
        + "\nTargets:\n"
        + "\n".join(f"- {t}" for t in targets)
        + f"\nStop loss: {stop}"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert list(parsed.entries) == entries
    assert list(parsed.take_profits) == targets
    assert parsed.stop_loss == stop


@pytest.mark.parametrize(
    ("text", "targets", "stop"),
    [
        ("$SOL long 148.2 🎯 151 🎯 154 ❌ 145", [151.0, 154.0], 145.0),
        ("ETH SHORT 3412 ✅ 3380 ✅ 3340 🛑 3460", [3380.0, 3340.0], 3460.0),
        ("#ARB buy @ 1.12 | ✅ 1.2 · ✅ 1.3 | ⛔ 1.05", [1.2, 1.3], 1.05),
        ("LTC short 88.69\n🎯 87.73 🎯 86.52 ❌ 89.81", [87.73, 86.52], 89.81),
    ],
)
def test_a_stop_icon_closing_a_row_of_targets_is_the_stop(
    text: str, targets: list[float], stop: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert list(parsed.take_profits) == targets
    assert parsed.stop_loss == stop


def test_a_cross_on_the_targets_side_goes_to_review() -> None:
    """❌ closing the row but priced beyond the targets is no stop: nothing is guessed."""
    parsed = parse_message("$SOL long 148.2 🎯 151 🎯 154 ❌ 157")
    assert parsed.kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "TP1 ✅ TP2 ✅ TP3 ❌",  # hits marked, no row of prices
        "✅ 152 hit ❌ 144 cancelled order",  # one mark each, not a row
    ],
)
def test_hit_and_cancel_marks_stay(text: str) -> None:
    assert icon_row_labelled(text) == text
