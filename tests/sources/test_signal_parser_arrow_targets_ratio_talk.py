"""One-liners whose targets follow an arrow after a weak entry word ("Short #OP @ 2.3861 →
2.3519 | 2.3143"), every arrow glyph channels type, and talk about the ratio of longs and
shorts ("ETH long/short ratio at 1.8"): a figure naming both sides, not a call naming both."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import MessageKind, Side

ARROWS = ["→", "➝", "➜", "➡️", "⇒", "->", "=>", "⟶", "➔", "»", "-->", "~>", "▶"]


@pytest.mark.parametrize("arrow", ARROWS)
@pytest.mark.parametrize("split", [" / ", " | ", ", ", " {arrow} "])
def test_prices_after_an_arrow_are_targets(arrow: str, split: str) -> None:
    tail = split.format(arrow=arrow).join(["6.327", "6.405"])
    for head in ("Long $DOT", "Long $DOT @", "$DOT long from", "LONG DOT at"):
        parsed = parse_message(f"{head} 6.251 {arrow} {tail} | stop 5.962")
        assert parsed.kind is MessageKind.SIGNAL, (head, parsed.reason)
        assert parsed.side is Side.LONG
        assert parsed.entries == (6.251,)
        assert parsed.take_profits == (6.327, 6.405)
        assert parsed.stop_loss == 5.962


@pytest.mark.parametrize(
    "text",
    [
        "ETH/USDT L @ 3457.19 → 3404.66 / 3353.54 · ⛔ 3529.05",  # the letter against the levels
        "ETH-USDT @ 3738.21 ➜ 3661.54 · ⛔ 3805.09",  # no side word at all
    ],
)
def test_arrow_targets_with_no_side_word_stay_for_review(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


@given(
    start=st.integers(min_value=10000, max_value=90000),
    steps=st.lists(st.integers(min_value=5, max_value=400), min_size=1, max_size=4),
    arrow=st.sampled_from(ARROWS),
    long=st.booleans(),
)
@settings(max_examples=60, deadline=None)
def test_a_side_word_an_at_sign_and_arrow_targets_read_as_entry_and_targets(
    start: int, steps: list[int], arrow: str, long: bool
) -> None:
    sign = 1 if long else -1
    entry = start / 1000
    tps, level = [], start
    for step in steps:
        level += sign * step
        tps.append(level / 1000)
    stop = (start - sign * 300) / 1000
    side = "Long" if long else "Short"
    text = f"{side} #LINK @ {entry} {arrow} " + " | ".join(str(v) for v in tps) + f" SL {stop}"
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, (text, parsed.reason)
    assert parsed.entries == (entry,)
    assert parsed.take_profits == tuple(tps)
    assert parsed.stop_loss == stop


@pytest.mark.parametrize(
    "text",
    [
        "ETH long/short ratio at 1.8",
        "LTC long/short ratio at 1.59",
        "Top traders' long-short account ratio on SOLUSDT: 0.85",
        "📊 BTC Long/Short Ratio: 2.14 (1h, Binance)",
        "BNB longs/shorts ratio 1.33 on Bybit, highest this week",
        "Longs vs shorts on DOGE: 62% / 38%",
        "74% of accounts are long $ADA right now, 26% short. Ratio 2.47",
        "$BTC long/short ratio 2.21, support 60547.7 / resistance 64,292.9",
    ],
)
def test_a_ratio_of_longs_and_shorts_is_talk(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NOT_SIGNAL, parsed.reason


@pytest.mark.parametrize(
    "text",
    [
        "BTC L/S ratio 2.1, longs crowded — I'd only long near 61,200",
        "SOL long/short ratio at 0.72 👀 would consider a long around 141.5 if it holds",
        "Long/Short ratio on ETH: 1.9 — waiting to short at 3,520, not yet",
    ],
)
def test_a_level_with_a_side_word_beside_ratio_talk_goes_to_review(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


def test_a_long_short_card_still_names_its_side() -> None:
    parsed = parse_message("#ETH/USDT LONG\nEntry: 3412\nTargets: 3480 / 3550\nStop: 3340")
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.side is Side.LONG
