"""Rules found with the thirteenth round of mainstream layouts (docs/signal-parsing.md): a
target's number followed by a bullet glyph standing for the colon ('Target 1 ● 150.07',
'TP 2 ▸ 148.03', 'Target 3 ▪️ 146.34')."""

from __future__ import annotations

import pytest
from drawn_levels import LEVELS, assert_signal_levels, stepped_levels
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message

GLYPHS = ["●", "•", "∙", "▸", "►", "➤", "▪️", "⇒"]


@settings(max_examples=60, deadline=None)
@given(
    **LEVELS,
    label=st.sampled_from(["Target", "TP", "Take profit", "Target"]),
    glyph=st.sampled_from(GLYPHS),
)
def test_a_numbered_target_then_a_glyph_reads_the_price_not_the_number(
    entry: int, steps: list[int], scale: int, long: bool, label: str, glyph: str
) -> None:
    tps = stepped_levels(entry, steps, scale, long)
    stop = (entry - (1 if long else -1) * 80) / scale
    lines = [f"SOL {'BUY' if long else 'SELL'}", f"Entry {glyph} {entry / scale:g}"]
    lines += [f"{label} {i} {glyph} {v:g}" for i, v in enumerate(tps, 1)]
    lines.append(f"SL {glyph} {stop:g}")
    assert_signal_levels(parse_message("\n".join(lines)), tps, stop, entries=(entry / scale,))


@pytest.mark.parametrize("glyph", GLYPHS)
def test_glyph_separated_card_under_an_at_zone(glyph: str) -> None:
    text = (
        f"SOL Short\nSHORT @ 152.01 - 152.98\nStoploss {glyph} 157.5\n"
        f"Target 1 {glyph} 150.07\nTarget 2 {glyph} 148.03\nTarget 3 {glyph} 146.34"
    )
    parsed = parse_message(text)
    assert parsed.entries == (152.01, 152.98)
    assert parsed.take_profits == (150.07, 148.03, 146.34)
    assert parsed.stop_loss == 157.5
