"""A channel's export built from message texts, one minute apart, for the channel tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tradermanager.sources.telegram_export import ExportMessage, TelegramExport

T = datetime(2026, 1, 5, 9, tzinfo=UTC)
SIGNAL = "#ETH/USDT LONG\nEntry: 3400\nTargets: 3450 - 3500\nStop Loss: 3300\n10x"


def channel_export(*texts: str) -> TelegramExport:
    """The texts as a channel's messages 1, 2, … posted a minute apart from ``T``."""
    messages = tuple(
        ExportMessage(id=i, time=T + timedelta(minutes=i), text=t) for i, t in enumerate(texts, 1)
    )
    return TelegramExport("Chan", 1, "channel", messages)
