"""A call's card with one field's line missing (its entry, its targets or its stop) goes to
review, never to a follow-up that would move the stop of, or close, a copy already open; real
updates, with a word or a mark an update uses, stay updates."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import MessageKind, parse_message


@pytest.mark.parametrize(
    "text",
    [
        "$DOT LONG\nTake (1) → 7.12\nTake (2) → 7.40\nStop → 6.615",
        "$DOT LONG\nStop → 6.615",
        "#KAS SHORT\nTarget 1: 0,1412\nTarget 2: 0,1388\nSL: 0,1475",
        "$ATOM short 📊\nTP1 → 8.03\nTP2 → 7.887\nStop → 8.47",
        "Short $ETH from $3,179.02\nCut loss at $3,275.98",
        "Buying $BNB at 602.7\nStop loss at 578.2",
        "$AVAX/USDT\nSell 32.55\nStop Loss 33.93\nLeverage Cross 5x",
        "#INJ/USDT\nBuy 24.91\nTake Profit 25.60",
        "⚡ $NEIRO — SELL NOW (market)\nLeverage: 20x (isolated)\nSL: $0.0014461",
        "API3/USDT SHORT\nSell 50% at 1.4121, 50% at 1.429\nSL: 1.4647",
        "SUI/USDT\nEntry zone: 1.0924 - 1.0881\nStop: 1.0673",
    ],
)
def test_card_with_a_line_missing_never_acts_as_an_update(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is not MessageKind.FOLLOW_UP, parsed
    if parsed.kind is MessageKind.SIGNAL:  # (a call with its entry and stop, no targets)
        assert parsed.entries or parsed.order_type == "market", parsed
        assert parsed.stop_loss is not None, parsed


@pytest.mark.parametrize(
    "text",
    [
        "$DOT LONG\nTake (1) → 7.12\nTake (2) → 7.40\nStop → 6.615",
        "$NEAR SHORT\nStop → 5,493",
        "#SEI Long\nTP: 0.5310\nSL: 0.5098",
    ],
)
def test_card_without_entry_says_so(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, parsed
    assert "no entry price" in parsed.reason.lower(), parsed


@pytest.mark.parametrize(
    "text",
    [
        "#DOT SL → 6.615",
        "#DOT\nStop → 6.615",
        "SOL: stop moved to 142",
        "BTC long update: SL → BE",
        "ETH short\nTP1 hit ✅ 3150\nMove SL to entry",
        "#ARB LONG\nStop moved to 1.1612",
        "> #DIA SHORT 0.6604\n> TP 0.6539 0.6383\n> SL 0.6876\nStopped out ❌",
        "📊 OP LONG progress\nTP1 ✅ TP2 ✅ TP3 ⏳",
        "✏️ SL Modified: XRPUSD Sell\nSL: 0.5472",
    ],
)
def test_updates_stay_updates(text: str) -> None:
    assert parse_message(text).kind is MessageKind.FOLLOW_UP


@pytest.mark.parametrize(
    "text",
    ["Good morning traders, coffee first ☕", "Stop trading when you are tired\nTake a break"],
)
def test_talk_stays_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@settings(max_examples=60, deadline=None)
@given(
    coin=st.sampled_from(["DOT", "SOL", "LINK", "AVAX", "NEAR", "ADA"]),
    side=st.sampled_from(["LONG", "SHORT", "Long", "short", "BUY", "sell"]),
    stop=st.integers(min_value=1, max_value=99999),
    decimals=st.integers(min_value=0, max_value=4),
    arrow=st.sampled_from([": ", " → ", " - ", " "]),
    targets=st.integers(min_value=0, max_value=3),
)
def test_side_and_stop_without_entry_never_act(
    coin: str, side: str, stop: int, decimals: int, arrow: str, targets: int
) -> None:
    price = stop / 10**decimals
    lines = [f"${coin} {side}"]
    lines += [
        f"Target {i + 1}{arrow}{price * (1 + (i + 1) / 50):.{decimals + 1}f}"
        for i in range(targets)
    ]
    lines.append(f"Stop{arrow}{price:.{decimals}f}")
    parsed = parse_message("\n".join(lines))
    assert parsed.kind is not MessageKind.FOLLOW_UP, parsed
    assert parsed.kind is not MessageKind.SIGNAL or parsed.entries, parsed


@pytest.mark.parametrize(
    "text",
    [
        "🟢 BTC 61000 tp 60000 sl 62000",
        "🔴 ETH 3179.5 tp 3250 sl 3120",
        "🟩 #SOL\nEntry: 148.2\nTP: 144\nSL: 152",
        "🟥 LINK/USDT\nEntry 13,62\nTarget 14,10\nStop 13,20",
    ],
)
def test_leading_dot_against_the_levels_goes_to_review(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, parsed


@pytest.mark.parametrize(
    "text",
    [
        "🟢 BTC 61000 tp 62000 sl 60000",
        "🔴 ETH 3179.5 tp 3100 sl 3250",
        "🟢 SHORT #SOL\nEntry: 148.2\nTP: 144\nSL: 152",  # a word wins over a dot
    ],
)
def test_leading_dot_with_the_levels_or_a_side_word_is_copied(text: str) -> None:
    assert parse_message(text).kind is MessageKind.SIGNAL
