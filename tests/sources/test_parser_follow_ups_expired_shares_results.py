"""Follow-ups of the eighth held-out round's families: an unfilled signal that expired or was
invalidated before its entry (a cancel, not talk), a share closed at a price written after
"Partial close:", and a results bot's "RESULT - TP/…" card (a target hit at its price, of
either side)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message

CANCEL = FollowUpAction.CANCEL
CLOSE = FollowUpAction.CLOSE
HIT = FollowUpAction.TARGET_HIT


def _follow_up(text: str):
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, (text, parsed.reason)
    return parsed


@pytest.mark.parametrize(
    "text",
    [
        "⏱ ATOMUSDT signal expired: entry zone not reached in 24h",
        "⌛ #SOL expired",
        "⌛ 1000FLOKIUSDT long expired",
        "#ORDI entry window over (72h): signal expired",
        "Signal expired ⌛ $ORDI SHORT never reached the entry zone",
        "LINK call expired unfilled, no position opened",
        "🕒 DOTUSDT | Signal expired (entry not hit)",
        "$ARB expired — entry never filled",
    ],
)
def test_a_signal_expired_unfilled_is_a_cancel(text):
    parsed = _follow_up(text)
    assert parsed.action is CANCEL
    assert parsed.stated_actions == (CANCEL,)


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # a trade that expired after its fill is closed, not cancelled
        ("Trade expired ⌛ TIA closed at 9.412", CLOSE),
        ("Trade expired on ETH, closed at 3,450", CLOSE),
    ],
)
def test_a_trade_expired_and_closed_stays_a_close(text, action):
    assert _follow_up(text).action is action


@pytest.mark.parametrize(
    "text",
    [
        "Expired listings on the exchange today: 3",
        "My SOL options expired worthless last week",
    ],
)
def test_expired_in_talk_is_no_cancel(text):
    assert parse_message(text).action is not CANCEL


@given(
    st.sampled_from([20, 25, 30, 40, 50, 60, 75]),
    st.integers(10_000, 99_999),
    st.sampled_from(["#SOL", "SOLUSDT", "$SOL", "SOLUSDT Long", "SOLUSDT SHORT", "#SOL/USDT"]),
    st.sampled_from(["Partial close: {s}% of {c} at {p}", "📤 Partial close: {s}% of {c} at {p}"]),
)
def test_a_partial_close_of_a_share_at_a_price(share, cents, coin, template):
    price = cents / 100
    parsed = _follow_up(template.format(s=share, c=coin, p=f"{price:.2f}"))
    assert parsed.stated_actions == (CLOSE,)
    assert parsed.close_fraction == pytest.approx(share / 100)
    assert parsed.price == pytest.approx(price)
    assert parsed.symbol == "SOL"


def test_a_close_label_before_a_price_is_still_a_label():
    assert parse_message("#SOL\nClose: 152.4").close_fraction is None


def _result(k: int, entry: str, hit: str, side: str = "") -> str:
    lines = ["✅ RESULT - TP/SOLUSDT ✅"]
    if side:
        lines.append(f"Side: {side}")
    return "\n".join([*lines, f"Target: TP{k} / 25%", f"Entry: {entry}", f"PriceTarget: {hit}"])


@given(
    st.integers(1, 5),
    st.integers(10_000, 20_000),
    st.floats(0.002, 0.05),
    st.booleans(),
    st.booleans(),
)
def test_a_result_card_is_its_target_hit_at_its_price(k, cents, move, below, side_word):
    entry = cents / 100
    hit = round(entry * (1 - move if below else 1 + move), 2)
    if hit == entry:
        return
    side = ("SHORT" if below else "LONG") if side_word else ""
    parsed = _follow_up(_result(k, f"{entry:.2f}", f"{hit:.2f}", side))
    assert parsed.stated_actions == (HIT,)
    assert parsed.target_index == k
    assert parsed.price == pytest.approx(hit)
    assert parsed.symbol == "SOL"


@pytest.mark.parametrize(
    "text",
    [
        # a side word the prices deny
        _result(2, "150.20", "147.10", "LONG"),
        _result(1, "150.20", "153.10", "SHORT"),
        # a target ten times the entry
        _result(1, "150.20", "1531.0"),
        # a stop beside the levels: a plan, not a result
        _result(1, "150.20", "153.10") + "\nSL: 147.5",
    ],
)
def test_a_result_card_that_does_not_add_up_is_not_a_hit(text):
    assert parse_message(text).kind is not MessageKind.FOLLOW_UP
