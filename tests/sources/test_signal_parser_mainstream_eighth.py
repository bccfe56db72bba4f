"""Rules found with the eighth round of mainstream English layouts (docs/signal-parsing.md):
fields on one line split by bars, middle dots or bullets ('Price: 0.763 · Amount: 1,250 USDT'),
a market entry beside the market's price ('Entry: at market (CMP 0.0681)'), 'MKT', a post's
number after 'No.', a measure's multiple that is no leverage ('Volume: 3.2x average'), an '@'
before every price of a list ('TP @ 152, @ 155') and shares after prices ('— 60/40')."""

from __future__ import annotations

from drawn_levels import LEVELS, assert_signal_levels, stepped_levels
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import MessageKind


def _stop(entry: int, scale: int, long: bool) -> float:
    return (entry - (1 if long else -1) * 40) / scale


@settings(max_examples=60, deadline=None)
@given(
    **LEVELS,
    sep=st.sampled_from([" · ", " | ", " • "]),
    size=st.sampled_from(
        ["Qty: {q} LINK", "Amount: {q} USDT", "Margin: {q} USDT", "Size: {q} USDT"]
    ),
    q=st.sampled_from(["250", "1,250", "3847", "47.3"]),
)
def test_a_field_under_an_unknown_label_ends_the_section_before_it(
    entry: int, steps: list[int], scale: int, long: bool, sep: str, size: str, q: str
) -> None:
    tps = stepped_levels(entry, steps, scale, long)
    stop = _stop(entry, scale, long)
    fields = [
        "Pair: LINK/USDT",
        "Order Type: Limit",
        f"Side: {'Buy/Long' if long else 'Sell/Short'}",
        f"Price: {entry / scale:g}",
        size.format(q=q),
        "Lev: 10x Cross",
        "TP " + " / ".join(f"{v:g}" for v in tps),
        f"SL {stop:g}",
    ]
    parsed = parse_message(sep.join(fields))
    assert_signal_levels(parsed, tps, stop, entries=(entry / scale,))
    assert parsed.leverage == 10
    assert parsed.margin_mode == "cross"
    assert parsed.field_confidence("entries") == 1.0


@settings(max_examples=60, deadline=None)
@given(
    **LEVELS,
    form=st.sampled_from(["Entry: at market (CMP {p})", "Entry: market (CMP {p})", "Entry: MKT"]),
)
def test_a_market_entry_beside_the_market_price_has_no_entry_price(
    entry: int, steps: list[int], scale: int, long: bool, form: str
) -> None:
    tps = stepped_levels(entry, steps, scale, long)
    stop = _stop(entry, scale, long)
    text = (
        f"#ATOMUSDT {'LONG' if long else 'SHORT'}\n{form.format(p=f'{(entry + 0.5) / scale:g}')}\n"
        f"Targets: {' / '.join(f'{v:g}' for v in tps)}\nSL: {stop:g}"
    )
    parsed = parse_message(text)
    assert_signal_levels(parsed, tps, stop, entries=())
    assert parsed.order_type == "market"


def test_a_cmp_line_without_a_market_word_stays_the_entry() -> None:
    parsed = parse_message(
        "#DOGE — Long\nCMP: 0.11736\nAdd more: 0.11384\nTargets: 0.121 / 0.125\nSL: 0.108"
    )
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.order_type == "limit"
    assert parsed.entries == (0.11736, 0.11384)


@settings(max_examples=40, deadline=None)
@given(
    **LEVELS,
    head=st.sampled_from(["Trade No. {n}", "Call Nr. {n}", "Signal № {n}", "[Desk] Trade No. {n}"]),
    n=st.integers(1, 9999),
)
def test_a_post_number_after_no_is_no_price(
    entry: int, steps: list[int], scale: int, long: bool, head: str, n: int
) -> None:
    tps = stepped_levels(entry, steps, scale, long)
    stop = _stop(entry, scale, long)
    text = (
        f"{head.format(n=n)}\n\n{'LONG' if long else 'SHORT'} — SOLUSDT\nEntry: {entry / scale:g}\n"
        f"Targets: {' - '.join(f'{v:g}' for v in tps)}\nStop: {stop:g}"
    )
    assert_signal_levels(parse_message(text), tps, stop, entries=(entry / scale,))


@settings(max_examples=60, deadline=None)
@given(
    **LEVELS,
    note=st.sampled_from(
        [
            "Volume: {k}x average",
            "Vol {k}x",
            "OI: {k}x",
            "{k}x the average volume",
            "volume {k}x normal",
        ]
    ),
    k=st.sampled_from(["1.6", "2", "3.5", "10"]),
    lev=st.sampled_from([None, 5, 20]),
)
def test_a_measure_multiple_is_no_leverage(
    entry: int, steps: list[int], scale: int, long: bool, note: str, k: str, lev: int | None
) -> None:
    tps = stepped_levels(entry, steps, scale, long)
    stop = _stop(entry, scale, long)
    lines = [
        f"#ORDIUSDT — {'LONG' if long else 'SHORT'}",
        note.format(k=k),
        f"Entry: {entry / scale:g}",
        f"Targets: {' / '.join(f'{v:g}' for v in tps)}",
        f"Stop: {stop:g}",
    ]
    if lev:
        lines.append(f"Leverage: {lev}x")
    parsed = parse_message("\n".join(lines))
    assert_signal_levels(parsed, tps, stop, entries=(entry / scale,))
    assert parsed.leverage == lev


@settings(max_examples=60, deadline=None)
@given(**LEVELS, comma=st.booleans(), one_line=st.booleans())
def test_an_at_sign_before_every_price_continues_the_list(
    entry: int, steps: list[int], scale: int, long: bool, comma: bool, one_line: bool
) -> None:
    tps = stepped_levels(entry, steps, scale, long)
    stop = _stop(entry, scale, long)
    joined = (", " if comma else " ").join(f"@ {v:g}" for v in tps)
    side = "LONG" if long else "SHORT"
    if one_line:
        text = f"{side} $NEAR @ {entry / scale:g} | TP {joined} | SL @ {stop:g}"
    else:
        text = f"#NEARUSDT {side}\nEntry @ {entry / scale:g}\nTP {joined}\nSL @ {stop:g}"
    assert_signal_levels(parse_message(text), tps, stop, entries=(entry / scale,))


@settings(max_examples=40, deadline=None)
@given(
    **LEVELS,
    split=st.sampled_from(["— 60/40", "– 50/50", "(70/30)", "— 25/25/50"]),
)
def test_shares_after_prices_are_no_prices(
    entry: int, steps: list[int], scale: int, long: bool, split: str
) -> None:
    second = entry - (1 if long else -1) * 10
    tps = stepped_levels(entry, steps, scale, long)
    stop = (second - (1 if long else -1) * 40) / scale
    text = (
        f"LQTYUSDT {'LONG' if long else 'SHORT'}\n"
        f"Entries {entry / scale:g} & {second / scale:g} {split}\n"
        f"Targets: {', '.join(f'{v:g}' for v in tps)}\nSL {stop:g}"
    )
    assert_signal_levels(parse_message(text), tps, stop, entries=(entry / scale, second / scale))


@settings(max_examples=60, deadline=None)
@given(
    **LEVELS,
    form=st.sampled_from(
        [
            "TP/SL: {t} / {s}",
            "SL/TP: {s} / {t}",
            "TP & SL: {t} & {s}",
            "SL • TP → {s} • {t}",
            "Stop / Target: {s} / {t}",
            "Take profit / Stop loss: {t} / {s}",
        ]
    ),
)
def test_a_target_and_stop_pair_reads_each_price_by_its_word(
    entry: int, steps: list[int], scale: int, long: bool, form: str
) -> None:
    tp = stepped_levels(entry, steps[:1], scale, long)
    stop = _stop(entry, scale, long)
    text = f"#ORDIUSDT {'LONG' if long else 'SHORT'}\nEntry: {entry / scale:g}\n" + form.format(
        t=f"{tp[0]:g}", s=f"{stop:g}"
    )
    assert_signal_levels(parse_message(text), tp, stop, entries=(entry / scale,))


@settings(max_examples=60, deadline=None)
@given(
    **LEVELS,
    mark=st.sampled_from(["✅", "🎯"]),
    notes=st.lists(
        st.sampled_from(
            [
                "Move SL to entry after TP1 ✅",
                "Cancel if TP1 is hit before entry",
                "Cancel if not filled within 24h",
                "Close 50% at TP2",
            ]
        ),
        max_size=3,
        unique=True,
    ),
)
def test_marks_around_target_lines_and_notes_for_later_report_nothing(
    entry: int, steps: list[int], scale: int, long: bool, mark: str, notes: list[str]
) -> None:
    tps = stepped_levels(entry, [*steps, 7], scale, long)
    stop = _stop(entry, scale, long)
    lines = [f"🔥 ATOM/USDT {'LONG' if long else 'SHORT'} 🔥", f"💰 Entry: {entry / scale:g} 💰"]
    lines += [f"{mark} TP{i}: {v:g} {mark}" for i, v in enumerate(tps, 1)]
    lines += [f"❌ SL: {stop:g} ❌", "", *notes]
    assert_signal_levels(parse_message("\n".join(lines)), tps, stop, entries=(entry / scale,))


@settings(max_examples=40, deadline=None)
@given(
    **LEVELS,
    verb=st.sampled_from(["lose", "reclaim", "break"]),
    who=st.sampled_from(["we ", "price ", ""]),
)
def test_invalid_if_we_lose_names_the_stop(
    entry: int, steps: list[int], scale: int, long: bool, verb: str, who: str
) -> None:
    tps = stepped_levels(entry, steps, scale, long)
    stop = _stop(entry, scale, long)
    text = (
        f"TIA/USDT {'LONG' if long else 'SHORT'}\nEntry: {entry / scale:g}\n"
        f"TP: {' / '.join(f'{v:g}' for v in tps)}\nInvalid if {who}{verb} {stop:g}"
    )
    assert_signal_levels(parse_message(text), tps, stop, entries=(entry / scale,))
