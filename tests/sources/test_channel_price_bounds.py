"""Channel messages whose prices lie outside domain.bounds are kept for review, never copied
(the parser already refuses numbers larger than any price; these are the tiny ones)."""

from __future__ import annotations

from channel_exports import SIGNAL, channel_export

from tradermanager.domain.enums import TradeStatus
from tradermanager.sources.telegram_channel import interpret


def test_a_signal_with_an_implausible_entry_is_kept_for_review():
    text = "#PEPE/USDT LONG\nEntry: 0.00000000000001\nTarget 1: 0.00000000000002\n10x"
    history = interpret(channel_export(text))
    assert history.signals == [] and history.trades == []
    (record,) = history.records
    assert record.classification == "needs_review"
    assert record.reason.startswith("Signal with an implausible entry (1e-14; allowed: a price")


def test_a_reentry_at_an_implausible_price_is_kept_for_review():
    history = interpret(
        channel_export(SIGNAL, "#ETH stopped out ❌", "#ETH re-entry at 0.00000000000001")
    )
    assert history.records[-1].classification == "needs_review"
    assert "implausible re-entry price (1e-14" in history.records[-1].reason
    assert len(history.signals) == 2  # the open and its close, no re-entry


def test_a_close_at_an_implausible_price_leaves_the_position_open():
    history = interpret(channel_export(SIGNAL, "#ETH closed at 0.00000000000001"))
    assert history.records[-1].classification == "needs_review"
    assert "implausible close price (1e-14" in history.records[-1].reason
    assert [t.status for t in history.trades] == [TradeStatus.OPEN]
