"""Messages that must never be copied wrong or dropped: rewritten, cut or emptied signals.

Each test states what a safe reading is: the same signal, or review — never another signal,
never talk.
"""

from __future__ import annotations

import pytest

from tradermanager.sources.signal_parser import MessageKind, parse_message


@pytest.mark.parametrize(
    ("text", "entry", "targets", "stop"),
    [
        (
            "Pereche: ADA/USDT\nDirecție: LONG\nIntrare 6,215\nȚinte 6,342 / 6,488\n"
            "Stop loss 6,021\nLevier 10x",
            6.215,
            (6.342, 6.488),
            6.021,
        ),
        (
            "#LINKUSDT SAT 🔴\nAlım 14,412\nKâr al 14,208 - 13,975\nZarar durdur 14,736\n"
            "Kaldıraç 5x",
            14.412,
            (14.208, 13.975),
            14.736,
        ),
    ],
)
def test_a_leverage_label_without_its_colon_still_names_the_decimal_comma(
    text: str, entry: float, targets: tuple[float, ...], stop: float
) -> None:
    """ "Levier 10x", "Kaldıraç 5x": the leverage read takes the label word with it, but the
    word still tells the message's language — "6,215" is 6.215, not 6,215."""
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (entry,)
    assert parsed.take_profits == targets
    assert parsed.stop_loss == stop
