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
        ("🧠 __Confidence:__ 🟢🟢🟢🟢🟢🟢🟢🟢⚪⚪ 80 %", 0.8),
        ("**Confidence** ▰▰▰▱▱", 0.6),
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
        ["▪️ Target: 3.8 (2.56%) 380, Amount: 380.00", "▪️ **Stop:** 4.1 (-2.77%) 410"],
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


@pytest.mark.parametrize(
    "text",
    [
        # a tree card's target branch emptied
        "🤖 SOL/USDT · LONG\n├ Entry: 148.2\n├ 🎯 Targets\n│  ├ \n│  └ 155.4\n└ SL: 144.1",
        "🤖 SOL/USDT · LONG\n┣ Entry: 148.2\n┣ 🎯 Targets\n┃  ┣ 152\n┃  ┗ \n┗ SL: 144.1",
        # a ladder's icon left without its price and label
        "SOL/USDT LONG\n🟢 155.4 TP2\n🟢 \n🔵 148.2 Entry\n🔴 144.1 SL",
        "SOL/USDT SHORT\n🔴 152 SL\n🔵 148.2 Entry\n🟢 145.5 TP1\n🟢 ",
        # the entry's value left out over the targets' icon lines
        "#SOL/USDT LONG\nEntry:\n🎯 152\n🎯 155.4\nStop: 144.1\nLeverage: 10x",
    ],
)
def test_a_card_item_left_empty_goes_to_review(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "🤖 SOL/USDT · LONG\n├ Entry: 148.2\n│\n├ 🎯 Targets\n│  ├ 152\n│  └ 155.4\n│\n└ SL: 144.1",
        "SOL/USDT LONG\n🟢 155.4 TP2\n🟢 152 TP1\n🔵 148.2 Entry\n🔴 144.1 SL",
        "SOL LONG\n🔹 ENTRY ZONE\n🎯 148.2 – 149\n🔹 STOP LOSS\n🛑 144.1\n"
        "🔹 TARGETS\n🟢 TP1 152\n🟢 TP2 155.4",
        "#SOL/USDT LONG\nEntry: 148.2\n🎯 152\n🎯 155.4\nStop: 144.1",
    ],
)
def test_whole_card_items_are_read(text: str) -> None:
    assert parse_message(text).kind is MessageKind.SIGNAL, parse_message(text).reason


@pytest.mark.parametrize("sep", [" | ", " · ", " "])
def test_a_card_joined_on_one_line_keeps_its_leverage_and_confidence(sep: str) -> None:
    """The card's lines joined into one: the buttons ending it and the meter inside it."""
    lines = [
        "#SOL/USDT LONG",
        "AI confidence 🟩🟩🟩🟩⬜ (80%)",
        "Entry: 148.2",
        "Targets: 152, 155.4",
        "Stop-loss: 144.1",
        "Leverage: 10x",
        "[ ⚡ Copy 100x ] [ ⚡ Copy 30x ]",
        "« Copy 50x »",
    ]
    parsed = parse_message(sep.join(lines))
    assert_signal_levels(parsed, [152.0, 155.4], 144.1, entries=(148.2,))
    assert parsed.leverage == 10
    assert parsed.confidence == pytest.approx(0.8)


@pytest.mark.parametrize(
    "rows",
    [
        "[🚀 OPEN 75X ON BYBIT](HTTPS://T.ME/COPY_BOT?START=SIG_16966)",
        "[ ⚡ Copy 100x ] [ ⚡ Copy\n30x ]",
        "[🚀 Open 30x on\nBybit](https://t.me/copy_bot?start=sig_53189)",
    ],
)
def test_button_rows_in_capitals_or_wrapped_give_no_field(rows: str) -> None:
    parsed = parse_message(f"{CARD}\n\n{rows}")
    assert parsed.leverage == 10


def test_a_ladder_pointer_before_a_separator_is_no_market_order() -> None:
    text = "SOL/USDT LONG · ── SL ── 144.1 · ── ENTRY ── 148.2 ⟵ price now · ── TP1 ── 152"
    assert plain_marks(text) == "SOL/USDT LONG · ── SL ── 144.1 · ── ENTRY ── 148.2 · ── TP1 ── 152"


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("Entry: 148.2 (Limit · GTC · Post-only)", "Entry: 148.2 (Limit · gtc · Post-only)"),
        ("Limit 148.2 — TIF: GTC", "Limit 148.2 — TIF: gtc"),
        ("Entry: Market (IOC)", "Entry: Market (ioc)"),
        ("TP1 152 [RO]", "TP1 152 [reduce-only]"),
        ("#GTC/USDT LONG", "#GTC/USDT LONG"),  # the coin
        ("GTC/USDT limit 1.23", "GTC/USDT limit 1.23"),
    ],
)
def test_order_flags_are_no_coins(text: str, plain: str) -> None:
    assert plain_marks(text) == plain


def test_order_flags_without_the_coin_name_no_coin() -> None:
    text = "Entry 148.2 [GTC]\nTP1 152 [RO]\nTP2 155.4 [RO]\nSL 144.1 stop-market\nLeverage: 20x"
    parsed = parse_message(text)
    assert parsed.kind is not MessageKind.SIGNAL


@pytest.mark.parametrize(
    ("line", "plain"),
    [
        ("TP II – 155.4", "TP2 – 155.4"),
        ("Target IV: 158", "Target4: 158"),
        ("TP Ⅰ = 152 · TP Ⅲ = 158", "TP1 = 152 · TP3 = 158"),
        ("I think TP I is close", "I think TP1 is close"),
    ],
)
def test_roman_target_ordinals_are_digits(line: str, plain: str) -> None:
    assert plain_marks(line) == plain


def test_roman_ordinals_without_the_coin_name_no_coin() -> None:
    text = "Entry: 148.2\nTP I – 152\nTP II – 155.4\nSL: 144.1\nLeverage: 25x"
    assert parse_message(text).kind is not MessageKind.SIGNAL
