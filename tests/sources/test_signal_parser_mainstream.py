"""Rules found with the second round of mainstream English layouts (docs/signal-parsing.md):
targets numbered on one line, `T1:` labels, misspelt labels, icons under a section heading,
risk-to-reward lines, setup posts' trigger prices."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import MessageKind, Side


@settings(max_examples=80, deadline=None)
@given(
    entry=st.integers(1000, 9000),
    steps=st.lists(st.integers(5, 60), min_size=2, max_size=5),
    scale=st.sampled_from([1, 100, 10_000]),
    dollar=st.booleans(),
)
def test_targets_numbered_on_one_line_keep_only_the_prices(
    entry: int, steps: list[int], scale: int, dollar: bool
) -> None:
    """Targets numbered on one line ("Targets: 1. 0.53 2. 0.55"): the numbers are no targets."""
    e = entry / scale
    tps = []
    level = entry
    for s in steps:
        level += s
        tps.append(level / scale)
    sign = "$" if dollar else ""
    listed = " ".join(f"{i}. {sign}{v:g}" for i, v in enumerate(tps, 1))
    text = (
        f"LONG #LINKUSDT\nEntry: {sign}{e:g}\nTargets: {listed}\nSL: {sign}{(entry - 40) / scale:g}"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.take_profits == tuple(tps)


def test_a_number_ending_a_sentence_is_no_list_marker() -> None:
    parsed = parse_message("LONG SOL\nEntry: 148.2\nTP: 152 then 155. Then hold\nSL: 144")
    assert parsed.take_profits == (152, 155)


def test_t1_labels_are_targets() -> None:
    parsed = parse_message(
        "🔥 CALL\nAsset: #SOL/USDT\nTrade Type: LONG\nEntry Zone: 161.64 - 162.78\n"
        "Take-Profits:\n✅ T1: 163.58\n✅ T2: 165.68\n✅ T3: 168.11\n❌ Stop: 156.79"
    )
    assert parsed.take_profits == (163.58, 165.68, 168.11)
    assert parsed.stop_loss == 156.79


def test_misspelt_labels_are_read() -> None:
    parsed = parse_message(
        "API3USDT SHORT\nEntri 1.3345\nTragets 1.3158 1.2916 1.277\nSl 1.3939\nLaverage 15x"
    )
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (1.3345,)
    assert parsed.take_profits == (1.3158, 1.2916, 1.277)
    parsed = parse_message(
        "#LTC/USDT Short\nEntery: 76.44\nTargts: 75.32 - 74.2\nStoplose: 79.66\nLEVERAGE: 5x"
    )
    assert parsed.entries == (76.44,)
    assert parsed.take_profits == (75.32, 74.2)


def test_spot_zones_are_entries_and_targets() -> None:
    parsed = parse_message(
        "💎 SPOT GEM: $BRETT\n\nBuying zone: 0.042972 - 0.043849\n"
        "Profit zone: 0.049111 – 0.054811\nStop: weekly close below 0.038021"
    )
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.side is Side.LONG
    assert parsed.entries == (0.042972, 0.043849)
    assert parsed.take_profits == (0.049111, 0.054811)


def test_an_icon_under_a_section_heading_is_no_label() -> None:
    """A heading ("🔹 ENTRY ZONE") then "🎯 a – b": the 🎯 is that line's icon, not a label."""
    text = (
        "DIAUSDT – 1H Short Setup\n🔴 Bias: Short\n🔹 ENTRY ZONE\n"
        "🎯 0.6712 – 0.6746 (short on retest of the flipped level)\n🔹 STOP LOSS (SL)\n"
        "🛑 0.6934 (above the structure flip)\n🔹 TAKE PROFIT TARGETS\n🟢 TP1 0.6591 Minor level\n"
        "🟢 TP2 0.6477 Key swing level"
    )
    parsed = parse_message(text)
    assert parsed.entries == (0.6712, 0.6746)
    assert parsed.take_profits == (0.6591, 0.6477)
    assert parsed.stop_loss == 0.6934


def test_a_heading_with_its_own_price_keeps_the_icon_a_label() -> None:
    parsed = parse_message("LONG SOL\nEntry: 148.2\n🎯 152 / 155\n🛑 144")
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.take_profits == (152, 155)
    assert parsed.stop_loss == 144
