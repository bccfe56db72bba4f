"""Rules found with the third round of mainstream English layouts (docs/signal-parsing.md): a
list's comma written against the next number, entry zones joined by an arrow or an ellipsis
or written in thousands ('3.63k - 3.616k'), 'Take Profit Level 1:' labels, and a sign label
that is the icon of a line of words ('🎯 STRATEGY: Ichimoku Sniper')."""

from __future__ import annotations

import pytest
from drawn_levels import stepped_levels
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import MessageKind, Side


@settings(max_examples=60, deadline=None)
@given(
    entry=st.integers(1000, 9000),
    steps=st.lists(st.integers(5, 60), min_size=2, max_size=5),
    scale=st.sampled_from([1, 100, 100_000]),
    long=st.booleans(),
    glued=st.sampled_from([" ,", " , ", ", "]),
)
def test_a_list_comma_against_the_next_number_keeps_every_target(
    entry: int, steps: list[int], scale: int, long: bool, glued: str
) -> None:
    """'EXIT: 0.212 ,0.218 ,0.224': the same targets as with the comma's space after it."""
    tps = stepped_levels(entry, steps, scale, long)
    stop = (entry - (1 if long else -1) * 40) / scale
    side = "LONG" if long else "SHORT"
    text = (
        f"#ARBUSDT / {side} / 10X-20X\nENTRY: {entry / scale:g}\n"
        f"EXIT: {glued.join(f'{v:g}' for v in tps)}\nSTOPLOSS: {stop:g}"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.take_profits == tuple(tps)


@settings(max_examples=60, deadline=None)
@given(
    low=st.integers(1000, 9000),
    width=st.integers(5, 60),
    scale=st.sampled_from([1, 100, 100_000]),
    long=st.booleans(),
    joint=st.sampled_from([" → ", " ➡️ ", "…", " ... ", " ~ ", " - "]),
    high_first=st.booleans(),
)
def test_two_entries_joined_by_an_arrow_or_an_ellipsis_are_a_zone(
    low: int, width: int, scale: int, long: bool, joint: str, high_first: bool
) -> None:
    """'Entry: 0.1774 → 0.1753', 'Entry: 0.172 ... 0.170': a zone, stored low to high."""
    lo, hi = low / scale, (low + width) / scale
    shown = (hi, lo) if high_first else (lo, hi)
    if long:
        tps, stop = [(low + width + 30) / scale, (low + width + 70) / scale], (low - 40) / scale
    else:
        tps, stop = [(low - 30) / scale, (low - 70) / scale], (low + width + 40) / scale
    text = (
        f"#SUIUSDT {'LONG' if long else 'SHORT'}\n\nEntry: {shown[0]:g}{joint}{shown[1]:g}\n\n"
        f"Targets:\n{tps[0]:g}\n{tps[1]:g}\n\nStop: {stop:g}"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (lo, hi)
    assert parsed.entry_kind == "range"


def test_a_zone_written_in_thousands_is_a_zone() -> None:
    parsed = parse_message("ETH short 3.63k - 3.616k tp 3.573k 3.526k sl 3,697 10x")
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (3616.0, 3630.0)
    assert parsed.take_profits == (3573.0, 3526.0)


def test_an_arrow_after_a_result_is_no_entry_zone_of_a_signal() -> None:
    """A results line keeps being a results post (the arrow joins its two prices only)."""
    parsed = parse_message("Yesterday's $ORDI long: entry 41.38 → 41.9 ✅ +65% 🚀")
    assert parsed.kind is MessageKind.NOT_SIGNAL


@given(n=st.integers(1, 4), word=st.sampled_from(["Take Profit Level", "Target Level"]))
def test_take_profit_level_labels_give_their_numbers_no_price(n: int, word: str) -> None:
    tps = [8.706 + 0.16 * i for i in range(n)]
    lines = (
        [f"{word}: {tps[0]:g}"] if n == 1 else [f"{word} {i}: {v:g}" for i, v in enumerate(tps, 1)]
    )
    text = "\n".join(
        [
            "Symbol: BINANCE:APTUSDT.P",
            "Idea: Long | 4H",
            "Entry Price: 8.474",
            *lines,
            "Stop Loss Level: 8.268",
            "Risk/Reward: 2.98",
        ]
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.take_profits == tuple(tps)
    assert parsed.stop_loss == 8.268


def test_a_sign_before_a_line_of_words_is_its_icon() -> None:
    """'🎯 STRATEGY: Ichimoku Sniper' opens no target section: the periods under it
    ('Conversion/Base: 9/19 periods') are no targets."""
    text = (
        "🎯 STRATEGY: Ichimoku Sniper\nMulti-TF Enhanced\n• Conversion/Base: 9/19 periods\n"
        "• EMA Filter: 200 periods\n• SL/TP Percent: 1.42%/3.94%\n\n📊 SIGNAL ANALYSIS:\n"
        "• Confidence: 66.6%\n• Risk/Reward: 1:2.83\n\n🎯 CORNIX COMPATIBLE FORMAT:\n"
        "MOODENGUSDT.P BUY\nEntry: 0.20472\nSL: 0.20108\nTP1: 0.21060\nTP2: 0.21814\n"
        "Leverage: 50x\nMargin: CROSS"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.side is Side.LONG
    assert parsed.take_profits == (0.2106, 0.21814)
    assert parsed.confidence == pytest.approx(0.666)
    # a sign before a label with its price stays a label of that price
    parsed = parse_message("SOL LONG\nEntry: 148.2\n🎯 152 / 155\n🛑 144")
    assert parsed.take_profits == (152, 155)
    assert parsed.stop_loss == 144


@settings(max_examples=60, deadline=None)
@given(
    lo=st.integers(1000, 9000),
    width=st.integers(20, 200),
    scale=st.sampled_from([1, 100, 100_000]),
    long=st.booleans(),
    ote=st.booleans(),
    groups=st.sampled_from(
        [("Short Term", "Mid Term", "Long Term"), ("Short-term", "Medium term", "Long-term")]
    ),
)
def test_horizon_targets_under_a_targets_heading(
    lo: int, width: int, scale: int, long: bool, ote: bool, groups: tuple[str, str, str]
) -> None:
    """'Short Term: a - b' / 'Mid Term: c' under 'TARGETS' are targets in the written order,
    not a short side; an 'OTE:' price inside the labelled zone is a note on it."""
    hi = lo + width
    sign = 1 if long else -1
    edge = hi if long else lo
    tps = [(edge + sign * 25 * (i + 1)) / scale for i in range(5)]
    stop = ((lo - 60) if long else (hi + 60)) / scale
    lines = [
        "COIN: $LINK/USDT (3-7x)",
        f"Direction: {'LONG📈' if long else 'SHORT📉'}",
        f"ENTRY: {lo / scale:g} - {hi / scale:g}",
    ]
    if ote:
        lines.append(f"OTE: {(lo + width // 2) / scale:g}")
    lines += [
        "",
        "TARGETS",
        f"{groups[0]}: {tps[0]:g} - {tps[1]:g}",
        f"{groups[1]}: {tps[2]:g} - {tps[3]:g}",
        f"{groups[2]}: {tps[4]:g}",
        "",
        f"STOP LOSS: {stop:g}",
    ]
    parsed = parse_message("\n".join(lines))
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.side is (Side.LONG if long else Side.SHORT)
    assert parsed.entries == (lo / scale, hi / scale)
    assert parsed.take_profits == tuple(tps)


def test_an_unknown_line_inside_a_zone_without_labelled_levels_still_goes_to_review() -> None:
    parsed = parse_message("ADA SHORT\nEntry: 0.4532 - 0.4791\nIrány: 0.4606\nCélok:")
    assert parsed.kind is MessageKind.NEEDS_REVIEW


@given(word=st.sampled_from(["LEV", "Lev", "Leverage"]), lev=st.integers(2, 75))
def test_a_dash_against_a_leverage_word_is_a_separator(word: str, lev: int) -> None:
    parsed = parse_message(
        f"LONG ETHUSDT\nEntry-3,392.91\nTP1-3,440.51 TP2-3,487.82\nSL-3,333.25\n{word}-{lev}X"
    )
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.leverage == lev
    assert parsed.entries == (3392.91,)
    assert parsed.take_profits == (3440.51, 3487.82)
    # a minus after a separator is still a negative leverage, refused
    refused = parse_message("LONG ETHUSDT\nEntry: 3392.91\nTP: 3440.51\nSL: 3333.25\nLev: -10x")
    assert refused.kind is MessageKind.NEEDS_REVIEW


def test_prices_with_decimal_points_listed_with_bare_commas_keep_their_point() -> None:
    parsed = parse_message("#TIA SHORT\nEntry:10.517\nTP:10.357,10.221,10.038,9.864\nSL:10.726")
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (10.517,)
    assert parsed.take_profits == (10.357, 10.221, 10.038, 9.864)
    assert parsed.stop_loss == 10.726
    # a German price with dot thousands and a decimal comma is still read so
    german = parse_message("BTC LONG\nEinstieg: 63.450,5\nZiele: 64.200,0\nStopp: 62.800,0")
    assert german.entries == (63450.5,)


@given(note=st.sampled_from(["(CMP)", "(now)", "(current)", ""]))
def test_an_order_type_line_naming_market_makes_a_market_order(note: str) -> None:
    base = "Pair: BRETTUSDT\nSide: Sell\nOrder Type: {}\nEntry: 0.044885 {}\n"
    rest = "Take Profit: 0.043971, 0.043188\nStop Loss: 0.046123\nLeverage: 5x"
    market = parse_message(base.format("Market", note) + rest)
    assert market.kind is MessageKind.SIGNAL, market.reason
    assert market.order_type == "market"
    assert market.entries == ()
    limit = parse_message(base.format("Limit", "") + rest)
    assert limit.order_type == "limit"
    assert limit.entries == (0.044885,)


@given(
    condition=st.sampled_from(["Cancel if TP1 is hit before entry", "cancel if TP1 gets hit first"])
)
def test_a_cancel_condition_on_a_target_reports_nothing(condition: str) -> None:
    parsed = parse_message(
        "#SEIUSDT SHORT\nEntry: 0.4492\nTP1: 0.4429\nTP2: 0.4351\nSL: 0.4621\n\n"
        f"Trade management:\nAt TP1: close half and set SL to BE\n{condition}"
    )
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason


@given(
    sep=st.sampled_from([" ➖ ", "➖"]),
    high_first=st.booleans(),
    tsep=st.sampled_from([" > ", " » ", " ➖ ", " >> "]),
)
def test_heavy_minus_zone_and_sign_separated_targets(sep: str, high_first: bool, tsep: str) -> None:
    shown = ("0.5149", "0.5108") if high_first else ("0.5108", "0.5149")
    parsed = parse_message(
        f"🟢 SEI/USDT LONG\nEntry: {shown[0]}{sep}{shown[1]}\n"
        f"Targets: {tsep.join(['0.5231', '0.5297', '0.5386'])}\nStop » 0.4995"
    )
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (0.5108, 0.5149)
    assert parsed.take_profits == (0.5231, 0.5297, 0.5386)
    assert parsed.stop_loss == 0.4995


@given(heading=st.sampled_from(["🔴 Sl:", "SL:", "🛑 Stop:", "STOPLOSS"]))
def test_a_stop_heading_over_a_priced_stop_label_is_no_emptied_label(heading: str) -> None:
    """'🔴 Sl:' over 'Stop Loss: 0.12635': the heading of the one stop, not a stop left out."""
    parsed = parse_message(
        "✅ TRADE PLAN (SHORT SETUP) — TRXUSDT\nLeverage: 30x\n🟢 ENTRY ZONES:\n"
        "Initial Entry (1% capital): 0.113 USDT\nDCA Entry (1% capital): 0.11673 USDT\n"
        f"{heading}\nStop Loss: 0.12635 USDT\n🎯 TakeProfit:\nTP1: 0.10927 USDT\n"
        "TP2: 0.10554 USDT"
    )
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.stop_loss == 0.12635


@given(
    form=st.sampled_from(
        ["TP{i} (R:R 1:{r}): {v}", "TP{i} (RR {r}) → {v}", "Target {i} [1:{r}] {v}"]
    ),
    n=st.integers(1, 4),
)
def test_a_ratio_between_a_target_label_and_its_price_is_no_price(form: str, n: int) -> None:
    """'TP1 (R:R 1:1.3): 0.4497': only the bracket is a ratio; the price after it is the
    target (the rest of the line was blanked as a ratio's own line, and the signal was copied
    without its targets)."""
    tps = [0.4497 + 0.006 * i for i in range(n)]
    lines = [form.format(i=i, r=f"{1.3 * i:.1f}", v=f"{v:g}") for i, v in enumerate(tps, 1)]
    text = "\n".join(["$1INCH — LONG", "Entry: 0.4435", *lines, "SL (-1R): 0.4386"])
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.take_profits == tuple(tps)


def test_multiples_of_the_entry_beside_targets_are_no_leverage() -> None:
    spot = parse_message(
        "#BRETT (SPOT) 💎\nBuy: 0.04399 - 0.045823\n"
        "Targets: 0.054988 (+20%) / 0.068735 (x1.5) / 0.091646 (2x 🚀)\nSL: 0.038396"
    )
    assert spot.kind is MessageKind.SIGNAL, spot.reason
    assert spot.leverage is None
    assert spot.take_profits == (0.054988, 0.068735, 0.091646)
    from_entry = parse_message(
        "#ARB (SPOT)\nBuy: 1.10 - 1.14\nTargets: 1.37 / 2.28 (x2 from entry)\nSL: 0.98"
    )
    assert from_entry.leverage is None
    # a leverage in brackets at a one-liner's end stays a leverage
    one_liner = parse_message("$SOL short from $148.2 ➡️ TPs $145 / $142.5, SL $151 (x10)")
    assert one_liner.leverage == 10


@settings(max_examples=60, deadline=None)
@given(
    bullet=st.sampled_from(["-", "- ", "+ "]),
    entries=st.integers(1, 2),
    long=st.booleans(),
)
def test_dash_bullets_opening_their_lines_are_no_minus_signs(
    bullet: str, entries: int, long: bool
) -> None:
    sign = 1 if long else -1
    es = [round(8.115 - sign * 0.05 * i, 3) for i in range(entries)]
    tps = [round(8.115 + sign * 0.12 * (i + 1), 3) for i in range(2)]
    stop = round(min(es) - 0.2, 3) if long else round(max(es) + 0.2, 3)
    text = "\n".join(
        [
            f"APT/USDT {'LONG' if long else 'SHORT'}",
            "Entry:",
            *[f"{bullet}{v:g}" for v in es],
            "TPs:",
            *[f"{bullet}{v:g}" for v in tps],
            "Stop loss:",
            f"{bullet}{stop:g}",
        ]
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == tuple(es)  # two lines of one each: a ladder in written order
    assert parsed.take_profits == tuple(tps)
    assert parsed.stop_loss == stop
    # a minus after the label's colon on its line is still a negative number, refused
    assert parse_message("APT/USDT LONG\nEntry: -8.115\nTP: 8.3\nSL: 8.0").kind is (
        MessageKind.NEEDS_REVIEW
    )


@given(sep=st.sampled_from([" - ", " → ", " — ", " "]), one_line=st.booleans())
def test_values_written_before_their_labels(sep: str, one_line: bool) -> None:
    if one_line:
        text = "SOL long: 150.73 entry, 152.94/155.48 targets, 146.85 stop, 10x"
    else:
        text = "\n".join(
            [
                "#SOLUSDT LONG",
                f"150.73{sep}entry",
                f"152.94{sep}TP1",
                f"155.48{sep}TP2",
                f"146.85{sep}SL",
                f"10x{sep}leverage",
            ]
        )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (150.73,)
    assert parsed.take_profits == (152.94, 155.48)
    assert parsed.stop_loss == 146.85
    assert parsed.leverage == 10


@given(
    news=st.sampled_from(
        [
            "ETF inflows hit $1.2B yesterday, funding flipped negative 📰",
            "CPI came in at 2.5% — DXY drops to 100.7 📉",
            "Fed cut by 25 bps; S&P at 6164 🏦",
        ]
    )
)
def test_a_news_line_above_a_labelled_card_keeps_the_signal(news: str) -> None:
    for coin, e, t1, t2, sl in (
        ("SOL", 158.51, 155.46, 152.18, 162.54),
        ("ETH", 3376, 3307, 3234, 3438),
    ):
        parsed = parse_message(
            f"{news}\n\n{coin} SHORT\nEntry: {e}\nTP1: {t1}\nTP2: {t2}\nSL: {sl}"
        )
        assert parsed.kind is MessageKind.SIGNAL, parsed.reason
        assert parsed.entries == (e,)
    # a recap with its results still goes to review
    recap = parse_message("Yesterday's call ✅ +45%\nSOL LONG\nEntry: 148\nTP1: 152\nSL: 144")
    assert recap.kind is MessageKind.NEEDS_REVIEW


def test_values_before_their_labels_with_a_comma_list() -> None:
    parsed = parse_message("TIA short call\n9.204 entry\n9.117, 9.031, 8.784 target\n9.496 SL")
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (9.204,)
    assert parsed.take_profits == (9.117, 9.031, 8.784)
    assert parsed.stop_loss == 9.496


@given(
    note=st.sampled_from(["(mid {m})", "(avg ~{m})", "(midpoint {m})", "(average: {m})"]),
    label=st.sampled_from(["Entry:", "Entry zone:", "Buy zone"]),
)
def test_a_zone_middle_noted_in_brackets_is_no_entry(note: str, label: str) -> None:
    parsed = parse_message(
        f"SUI/USDT LONG\n{label} 0.9486 - 0.963 {note.format(m='0.9558')}\n"
        "Targets: 0.9808 / 1.0029\nSL: 0.9264"
    )
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (0.9486, 0.963)
    assert parsed.entry_kind == "range"
    # a third entry in brackets with no such word stays an entry
    ladder = parse_message("SUI/USDT LONG\nEntry: 0.963, 0.9486 (0.93)\nTargets: 0.9808\nSL: 0.91")
    assert 0.93 in ladder.entries
