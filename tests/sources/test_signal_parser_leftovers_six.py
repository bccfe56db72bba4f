"""Leftovers of earlier rounds read with general rules: a coin the exchange's list lacks written
bare as a heading's value after its colon ("The Sunday Setup, issue 63: MOODENG (long)")."""

from __future__ import annotations

import pytest

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import MessageKind, Side

NEWSLETTER = """{head}

Why: funding reset, open interest down 12% since 3 May.

Direction: {side}
Entry: {verb} between {a} and {b}
Targets: {t1} (trim 30%), {t2} (trim 40%), {t3}
Invalidation: daily close {where} {sl}
Horizon: 2–4 weeks"""


@pytest.mark.parametrize("coin", ["MOODENG", "BRETT", "NEIRO"])
@pytest.mark.parametrize(
    "head",
    ["The Sunday Setup, issue 63: {coin} ({side})", "Weekly letter #12: {coin}"],
)
@pytest.mark.parametrize("long", [True, False])
def test_a_headings_value_after_its_colon_names_the_coin(coin: str, head: str, long: bool) -> None:
    side = "long" if long else "short"
    levels = (
        ("0.1752", "0.1805", "0.1871", "0.1932", "0.2011", "0.1664")
        if long
        else ("0.1805", "0.1752", "0.1690", "0.1631", "0.1570", "0.1893")
    )
    a, b, t1, t2, t3, sl = levels
    text = NEWSLETTER.format(
        head=head.format(coin=coin, side=side),
        side=side.title(),
        verb="buy" if long else "sell",
        a=a,
        b=b,
        t1=t1,
        t2=t2,
        t3=t3,
        where="below" if long else "above",
        sl=sl,
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.symbol == coin
    assert parsed.side is (Side.LONG if long else Side.SHORT)
    assert sorted(parsed.entries) == sorted((float(a), float(b)))
    assert parsed.take_profits == (float(t1), float(t2), float(t3))
    assert parsed.stop_loss == float(sl)


@pytest.mark.parametrize(
    "text",
    [
        "Update: MOODENG\nwe are watching",  # no levels: not a call
        "Note: MOODENG 0.17 looks heavy, no trade",
    ],
)
def test_a_headings_value_without_a_call_is_no_signal(text: str) -> None:
    assert parse_message(text).kind is not MessageKind.SIGNAL
