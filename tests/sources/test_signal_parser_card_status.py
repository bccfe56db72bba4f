"""A card's status lines are no instructions: "Valid re-entry: No" rules a re-entry out (such a
card was read as a re-entry and acted on), "No re-entry" says not to re-enter."""

from __future__ import annotations

import pytest

from tradermanager.sources.signal_parser import MessageKind, parse_message
from tradermanager.sources.signal_parser.model import FollowUpAction


@pytest.mark.parametrize(
    "text",
    [
        "No re-entry on ETH",
        "Re-entry: no",
        "SOL | Long\nStatus: Stopped out\nValid re-entry: No",
        "Don't re-enter SOL here",
        "INJ | Short 🔴\n🔹 26.792\n🔸 26.396\n⛔ 27.826\nValid re-entry: No",
    ],
)
def test_a_re_entry_ruled_out_is_no_re_entry(text):
    parsed = parse_message(text)
    assert parsed.action is not FollowUpAction.REENTRY
    assert FollowUpAction.REENTRY not in parsed.actions


def test_a_re_entry_stated_is_still_one():
    parsed = parse_message("Re-entry #SOL at 142.5")
    assert (parsed.kind, parsed.action, parsed.price) == (
        MessageKind.FOLLOW_UP,
        FollowUpAction.REENTRY,
        142.5,
    )


def test_a_bold_heading_naming_the_quoted_coin_and_side_is_the_signal_own():
    quoted = "> **XRP/USDT** SHORT\n> Entry: 0.4886\n> TP1: 0.4808\n> SL: 0.5072"
    own = parse_message(
        f"<:xrp:3278843985134079690> **XRP** SHORT — details:\n{quoted}\n\n#Futures #VIP"
    )
    assert (own.kind, own.entries) == (MessageKind.SIGNAL, (0.4886,))
    comment = parse_message(f"@everyone 🚨 NEW SIGNAL\n{quoted}")
    assert comment.kind is MessageKind.NEEDS_REVIEW
