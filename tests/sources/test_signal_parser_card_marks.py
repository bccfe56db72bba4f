"""Bot cards' drawn marks (card_marks): confidence meters, inline button rows under a card,
several fields under one joined label, TradingView position-tool readouts, a ladder's pointer
at the current price, order flags and subscript target ordinals."""

from __future__ import annotations

import pytest
from drawn_levels import assert_signal_levels, stepped_levels
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.card_marks import plain_marks
from tradermanager.sources.signal_parser.model import MessageKind

CARD = "#SOL/USDT LONG\nEntry: 148.2\nTargets: 152 / 155.4\nStop: 144.1\nLeverage: 10x"


@pytest.mark.parametrize(
    ("line", "confidence"),
    [
        ("Confidence ████████░░ 80%", 0.8),
        ("🧠 Confidence: [■■■■■■■□□□] 70 %", 0.7),
        ("Confidence: 60% 🟩🟩🟩⬜⬜", 0.6),
        ("AI confidence  🟢🟢🟢🟢⚪  (80%)", 0.8),
        ("conf |=======···| 70%", 0.7),
        ("Confidence ●●●●○", 0.8),
        ("Confidence level: ★★★☆☆", 0.6),
        ("Conf ⭐⭐⭐⭐☆", 0.8),
    ],
)
def test_a_confidence_meter_gives_its_number_or_its_filled_share(
    line: str, confidence: float
) -> None:
    for text in (f"{CARD}\n\n{line}", f"{line}\n{CARD}"):
        parsed = parse_message(text)
        assert parsed.kind is MessageKind.SIGNAL, parsed.reason
        assert parsed.confidence == pytest.approx(confidence)


@pytest.mark.parametrize(
    "line",
    [
        "Risk ▰▰▰▱▱ medium",
        "Volatility: ●●●○○",
        "Confidence ●○●○●",  # no scale filled from its start
        "Confidence ●●●●●",  # nothing empty: no scale to measure against
    ],
)
def test_other_meters_state_no_confidence(line: str) -> None:
    parsed = parse_message(f"{CARD}\n{line}")
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.confidence is None


@settings(max_examples=60, deadline=None)
@given(total=st.integers(3, 10), data=st.data())
def test_a_glyph_scale_is_filled_of_all(total: int, data: st.DataObject) -> None:
    filled = data.draw(st.integers(1, total - 1))
    full, empty = data.draw(st.sampled_from([("●", "○"), ("★", "☆"), ("█", "░"), ("🟩", "⬜")]))
    parsed = parse_message(f"{CARD}\nConfidence: {full * filled}{empty * (total - filled)}")
    assert parsed.confidence == pytest.approx(filled / total, rel=1e-9)


@pytest.mark.parametrize(
    "row",
    [
        "[ ⚡ Copy 20x ] [ ⚡ Copy 50x ]",
        "[✅ Follow] [📊 Chart]",
        "[ 💵 100 USDT ] [ 💵 250 USDT ]",
        "« Copy 25x »",
        "[🚀 Open 30x on Bybit](https://t.me/copy_bot?start=sig_12345)",
        "⟦ Long 50x ⟧ ⟦ Close ⟧",
    ],
)
def test_a_button_row_under_a_card_gives_no_field(row: str) -> None:
    parsed = parse_message(f"{CARD}\n\n{row}")
    assert_signal_levels(parsed, [152.0, 155.4], 144.1, entries=(148.2,))
    assert parsed.leverage == 10
    no_leverage = parse_message(f"{CARD.rsplit(chr(10), 1)[0]}\n\n{row}")
    assert no_leverage.leverage is None


@pytest.mark.parametrize("line", ["[LONG]", "[ 148.2 ]", "[SOL] [LONG]", "[Entry: 148.2]"])
def test_a_bracketed_label_is_no_button(line: str) -> None:
    text = f"{line}\nbody"
    assert plain_marks(text) == text


@pytest.mark.parametrize(
    "line",
    [
        "Entry/SL/TP1/TP2: 148.2 / 144.1 / 152 / 155.4",
        "Entry/TP1/TP2/SL: 148.2 / 152 / 155.4 / 144.1",
        "Entry · Stop · TP1 · TP2: 148.2 · 144.1 · 152 · 155.4",
        "Buy / Stop / Targets → 148.2 / 144.1 / 152, 155.4",
        "Levels (E / T1 / T2 / S): 148.2 / 152 / 155.4 / 144.1",
        "Entry | SL | Targets = 148.2 | 144.1 | 152, 155.4",
    ],
)
def test_a_joined_label_gives_its_values_in_its_order(line: str) -> None:
    parsed = parse_message(f"#SOL/USDT LONG\n{line}")
    assert_signal_levels(parsed, [152.0, 155.4], 144.1, entries=(148.2,))


@pytest.mark.parametrize(
    "line",
    [
        "Entry/SL/TP: 148.2 / 144.1",  # fewer values than names
        "Entry/SL/TP: 148.2 / 144.1 / 152 / 155.4",  # more
        "Entry/Size/TP: 148.2 / 2 / 152",  # a name that is no level
    ],
)
def test_a_joined_label_whose_values_do_not_pair_is_left_as_written(line: str) -> None:
    assert plain_marks(line) == line


@settings(max_examples=60, deadline=None)
@given(
    entry=st.integers(1000, 9000),
    steps=st.lists(st.integers(5, 60), min_size=1, max_size=3),
    scale=st.sampled_from([1, 100, 100_000]),
    long=st.booleans(),
    sep=st.sampled_from([" / ", "/", " · ", " | "]),
)
def test_joined_labels_pair_in_any_order_and_magnitude(
    entry: int, steps: list[int], scale: int, long: bool, sep: str
) -> None:
    tps = stepped_levels(entry, steps, scale, long)
    stop = (entry - (1 if long else -1) * 40) / scale
    names = ["Entry", *(f"TP{i}" for i in range(1, len(tps) + 1)), "SL"]
    values = [f"{entry / scale:g}", *(f"{v:g}" for v in tps), f"{stop:g}"]
    head = f"#SOL/USDT {'LONG' if long else 'SHORT'}"
    parsed = parse_message(f"{head}\n{sep.strip().join(names)}: {sep.join(values)}")
    assert_signal_levels(parsed, tps, stop, entries=(entry / scale,))


def _position_tool(stats: list[str]) -> str:
    return "\n".join(
        [
            "SOLUSDT — Long Position",
            "Entry price: 148.2",
            "Profit level: 152",
            "Stop level: 144.1",
            "",
            *stats,
        ]
    )


@pytest.mark.parametrize(
    "stats",
    [
        [
            "Stats:",
            "Target: 3.8 (2.56%) 380, Amount: 380.00",
            "Stop: 4.1 (-2.77%) 410, Amount: 410.00",
        ],
        ["Target: 3.8 (2.56%) 380", "Open P&L: 0, Qty: 100", "Risk/Reward Ratio: 0.93"],
        ["Position tool:", "Target: 3.8 (2.56%) 380", "Stop: 4.1 (2.77%) 410"],
    ],
)
def test_position_tool_stats_are_no_prices(stats: list[str]) -> None:
    parsed = parse_message(_position_tool(stats))
    assert_signal_levels(parsed, [152.0], 144.1, entries=(148.2,))


def test_position_tool_stats_without_its_inputs_are_left_to_the_checks() -> None:
    text = "SOLUSDT long\nEntry: 148.2\nTarget: 3.8 (2.56%) 380, Amount: 380.00"
    assert plain_marks(text) == text
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    ("rung", "pointer"),
    [
        ("{price} ── {label}", "◀ now"),
        ("── {label} ── {price}", "⟵ price now"),
        ("🔵 {price} {label}", "◀── here"),
        ("{label} ....... {price}", "← we are here"),
    ],
)
def test_a_ladder_pointer_at_the_price_is_no_market_order(rung: str, pointer: str) -> None:
    levels = [(155.4, "TP2"), (152, "TP1"), (148.2, "ENTRY"), (144.1, "SL")]
    lines = [rung.format(price=price, label=label) for price, label in levels]
    lines[2] += " " + pointer
    parsed = parse_message("\n".join(["SOL/USDT LONG", *lines]))
    assert parsed.order_type == "limit"
    assert_signal_levels(parsed, [152.0, 155.4], 144.1, entries=(148.2,))


@pytest.mark.parametrize("flag", ["TIF: Good-Till-Cancel", "Time in force: good till cancelled"])
def test_good_till_cancel_is_an_order_flag_not_a_cancel(flag: str) -> None:
    parsed = parse_message(f"{CARD}\n{flag}")
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason


def test_subscript_target_ordinals_are_digits() -> None:
    text = "SOL/USDT LONG\nEntry: 148.2\nT₁: 152\nT₂: 155.4\nT₃: 158\nSL: 144.1"
    assert_signal_levels(parse_message(text), [152.0, 155.4, 158.0], 144.1)
