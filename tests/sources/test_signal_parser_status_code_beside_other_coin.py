"""A provider's status code ("status: EXPIRED", "stop_loss updated: a → b") is read as the named
coin's follow-up only when no other coin stands beside it: two notices joined on one line are
reviewed, never copied as one coin's cancel or hit."""

from __future__ import annotations

import pytest

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message

ACTED = (MessageKind.SIGNAL, MessageKind.FOLLOW_UP)


@pytest.mark.parametrize(
    "text",
    [
        "OP/USDT | status: EXPIRED (not entered) Targets 1, 2 and 3 done on LQTY/USDT 🎯",
        "Targets 1, 2 and 3 done on LQTY/USDT 🎯 OP/USDT | status: EXPIRED (not entered)",
        "ARBUSDT · status: PENDING → CANCELLED ; Target 2 reached on INJ/USDT ✅",
        "Target 2 reached on INJ/USDT ✅ ; ARBUSDT · status: PENDING → CANCELLED",
        "#WLD/USDT status: ACTIVE → SL_HIT @ 2,145 | Target 1 done on DOT/USDT",
        "TIAUSDT stop_loss updated: 7.12 → 7.31 · Target 1 hit on SEI/USDT 🎯",
    ],
)
def test_status_beside_another_coins_notice_is_not_acted_on(text: str) -> None:
    assert parse_message(text).kind not in ACTED


@pytest.mark.parametrize(
    ("text", "symbol", "action"),
    [
        ("OP/USDT | status: EXPIRED (not entered)", "OP", FollowUpAction.CANCEL),
        ("🔔 XRPUSDT LONG\nStatus: Cancelled (entry not triggered)", "XRP", FollowUpAction.CANCEL),
        (
            "Signal #1234 SOLUSDT · status: ACTIVE → TP1_HIT @ 152.3",
            "SOL",
            FollowUpAction.TARGET_HIT,
        ),
        (
            "Signal #77 LINKUSDT · stop_loss updated: 13.02 → 13.4",
            "LINK",
            FollowUpAction.STOP_MOVED,
        ),
    ],
)
def test_status_of_one_coin_still_reads(text: str, symbol: str, action: FollowUpAction) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert (parsed.symbol, parsed.action) == (symbol, action)
