"""Lines under a stop whose unknown label is written in a script with combining marks
(Malayalam, Tamil, Telugu, Kannada, Gujarati, Gurmukhi, Sinhala, Myanmar, Khmer, Thai, Lao) or
in two letters outside ASCII (Amharic "ግብ"): each is a labelled line of its own, placed by the
side, never prices the stop's section runs on into and drops (a short copied with no
targets)."""

from __future__ import annotations

import pytest

from tradermanager.sources.signal_parser import MessageKind, parse_message

TARGET_WORDS = [
    "ടാർഗെറ്റ്",
    "டார்கெட்",
    "టార్గెట్",
    "ಟಾರ್ಗೆಟ್",
    "ટાર્ગેટ",
    "ਟਾਰਗੇਟ",
    "ඉලක්කය",
    "ပစ်မှတ်",
    "គោលដៅ",
    "เป้าหมาย",
    "ເປົ້າໝາຍ",
    "ግብ",
]


@pytest.mark.parametrize("word", TARGET_WORDS)
@pytest.mark.parametrize("sep", [" - ", " ", ": ", " – "])
def test_numbered_target_lines_under_a_stop_short(word: str, sep: str) -> None:
    text = (
        f"⚡️ TRXUSDT | SHORT\nEntry - 0.13146\nSL - 0.13527\n"
        f"{word} 1{sep}0.12956\n{word} 2{sep}0.12771\n{word} 3{sep}0.12579\nLeverage - 25x"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.take_profits == (0.12956, 0.12771, 0.12579)
    assert parsed.stop_loss == 0.13527
    assert parsed.entries == (0.13146,)


@pytest.mark.parametrize("word", TARGET_WORDS[:6])
def test_numbered_target_lines_under_a_stop_long(word: str) -> None:
    text = f"#ARB/USDT LONG\nEntry: 1.2201\nStop: 1.1699\n{word} 1 - 1.2397\n{word} 2 - 1.2590"
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.take_profits == (1.2397, 1.259)
    assert parsed.stop_loss == 1.1699


@pytest.mark.parametrize("word", TARGET_WORDS)
def test_a_target_price_on_the_wrong_side_goes_to_review(word: str) -> None:
    """A line the side cannot place (above a short's entry, beside its stop) is never
    dropped: the card goes to review."""
    text = (
        f"⚡️ TRXUSDT | SHORT\nEntry - 0.13146\nSL - 0.13527\n"
        f"{word} 1 - 0.12956\n{word} 2 - 0.13300\nLeverage - 25x"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW
    assert "0.133" in parsed.reason


@pytest.mark.parametrize(
    ("text", "stop"),
    [
        # a short English word opening a line under the stop is no label: read as before
        ("BTCUSDT LONG\nEntry: 61000\nTargets: 62000, 63000\nSL: 60000\nat 59800 we add", 60000),
        ("ETH SHORT\nEntry: 3120\nTP: 3050 / 2990\nStop: 3190\nso 3210 is the wick", 3190),
    ],
)
def test_short_ascii_words_after_a_stop_read_as_before(text: str, stop: float) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.stop_loss == stop
