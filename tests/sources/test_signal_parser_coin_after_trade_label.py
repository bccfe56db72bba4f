"""A card's head that names its trade with a label and a colon ("📆 Swing trade: FHE (Short)",
"Scalp: PENGU (Long)", "Trade setup: KAITO — LONG"): the ticker-shaped word after that colon is
the trade's coin, even one no list holds. After any other label's colon a capital word is a
field's value ("Margin: ISO", "Signal: LE"), never a coin; and the coin is only taken for a call
read whole (side, entry, targets and stop)."""

from __future__ import annotations

import pytest

from tradermanager.sources.signal_parser import MessageKind, parse_message
from tradermanager.sources.signal_parser.model import Side

_BODY_SHORT = (
    "Sell zone: $0.07525 - $0.07649\nSwing targets: $0.07155 / $0.06778\n"
    "Invalidation: D1 close > $0.08157"
)
_BODY_LONG = "Entry: 1.8420\nTargets: 1.9100, 1.9800\nStop: 1.7800"


@pytest.mark.parametrize(
    "head, coin, side, body",
    [
        ("📆 Swing trade: FHE (Short)", "FHE", Side.SHORT, _BODY_SHORT),
        ("Swing: FHE (Short)", "FHE", Side.SHORT, _BODY_SHORT),
        (
            "Scalp: PENGU (Long)",
            "PENGU",
            Side.LONG,
            "Entry: 0.03120\nTP: 0.03190 / 0.03260\nSL: 0.03050",
        ),
        ("Trade setup: KAITO — LONG", "KAITO", Side.LONG, _BODY_LONG),
        ("🔥 Day trade: KAITO (Long)", "KAITO", Side.LONG, _BODY_LONG),
        ("Setup: ZRC - long", "ZRC", Side.LONG, _BODY_LONG),
    ],
)
def test_the_coin_after_a_trade_label(head: str, coin: str, side: Side, body: str) -> None:
    parsed = parse_message(f"{head}\n{body}")
    assert parsed.kind is MessageKind.SIGNAL, parsed
    assert parsed.symbol == coin
    assert parsed.side is side


@pytest.mark.parametrize(
    "text",
    [
        # a field's value after another label's colon
        f"Margin: ISO\n{_BODY_LONG}",
        f"Signal: LE (Long)\n{_BODY_LONG}",
        f"Referral code: B9XZ4 (Long)\n{_BODY_LONG}",
        # a call not read whole: no coin is dared
        "Swing trade: FHE (Short)\nSell zone: $0.07525",
        "Scalp: PENGU (Long)\nEntry: 0.03120\nTP: 0.03190",
    ],
)
def test_no_coin_taken_elsewhere(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is not MessageKind.SIGNAL
