"""A chat export's "Yesterday at 5:51 PM" header dates the post, it recalls no past trade: a
call copied on one line under it is not dropped as talk (read, or sent to review), while a
recap told "yesterday" stays talk."""

from __future__ import annotations

import pytest

from tradermanager.sources.signal_parser import MessageKind, parse_message


@pytest.mark.parametrize("sep", [" · ", " | ", " "])
@pytest.mark.parametrize(
    ("coin", "side", "entry", "tps", "sl"),
    [
        ("TIA", "long", "9.487", ("9.631", "9.758"), "9.322"),
        ("BTC", "short", "66906.9", ("65842.7", "64720.7"), "68739.1"),
        ("TURBO", "long", "0.0064944", ("0.0065885",), "0.0063657"),
        ("AVAX", "short", "31.42", ("30.85", "30.10", "29.40"), "32.26"),
    ],
)
@pytest.mark.parametrize("clock", ["5:51 PM", "07:28", "11:02 AM"])
def test_call_under_a_timestamp_is_not_talk(
    sep: str, coin: str, side: str, entry: str, tps: tuple[str, ...], sl: str, clock: str
) -> None:
    text = sep.join(
        [
            f"SignalDesk — Yesterday at {clock}",
            "@Signals @Scalps",
            f"${coin} {side}",
            f"entry {entry}",
            "tp " + " / ".join(tps),
            f"sl {sl}",
            "🔥 35  🚀 25",
        ]
    )
    parsed = parse_message(text)
    assert parsed.kind is not MessageKind.NOT_SIGNAL, parsed.reason
    if parsed.kind is MessageKind.SIGNAL:  # copied: every field as written
        assert parsed.symbol == coin
        assert parsed.side is not None and parsed.side.value == side
        assert parsed.entries == (float(entry),)
        assert parsed.take_profits == tuple(float(t) for t in tps)
        assert parsed.stop_loss == float(sl)
    assert parsed.kind is not MessageKind.FOLLOW_UP


@pytest.mark.parametrize(
    "text",
    [
        "Yesterday's call: LONG SOL 148.2 → TP3 hit ✅",
        "Yesterday our ETH short from 3,412 closed at TP2 🎯",
        "yesterday: #ADA long 0.4523 → 0.4841, all targets done ✅",
    ],
)
def test_a_recap_told_yesterday_stays_talk(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NOT_SIGNAL
    assert "past call" in parsed.reason
