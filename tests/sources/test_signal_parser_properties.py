"""Properties of the parser that hold for any message built from the parts channels use:
it never raises, every price it reads is written in the text, a signal's levels agree with
its side, prices written the continental way read back, and a price under a label no
lexicon knows is either read right or sent to review — never dropped or misplaced."""

from __future__ import annotations

import math
import re
from itertools import pairwise

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tradermanager.domain.enums import Side
from tradermanager.sources.signal_parser import MessageKind, parse_message
from tradermanager.sources.signal_parser.lexicon import (
    CONFIDENCE_LABELS,
    CONFIDENCE_OTHER_LABELS,
    INDICATOR_LABELS,
    NOT_PRICE_LABELS,
)
from tradermanager.sources.signal_parser.numbers import EU, US, convention, lowered, scan
from tradermanager.sources.signal_parser.sections import _FIRST_WORDS

# words the parser gives a meaning of its own besides the labels' first words
KNOWN_WORDS = _FIRST_WORDS | {"lev", "leverage", "cross", "isolated", "spot", "coin", "pair"}
KNOWN_WORDS |= {"conf", "confidence", "score", "trailing", "reward", "amount", "risk"}
# labels whose numbers are sizes, counts or results ("Roi:", "Qty:"): known, and never prices
KNOWN_WORDS |= NOT_PRICE_LABELS | INDICATOR_LABELS
# a bot's confidence under any of its names ("Likelihood: 69%", "Probability: 70%"): read as
# the confidence, never a price, so no unknown label (the words taken from the lexicon itself)
KNOWN_WORDS |= {
    w.lower()
    for w in re.findall(r"[^\W\d_]{3,}", CONFIDENCE_LABELS + "|" + CONFIDENCE_OTHER_LABELS)
}
# the market's price beside an entry ("Mark: 0.98"): information, never a level
KNOWN_WORDS |= {"mark"}
# a lesson's words ("Tutorial: 1.0"): the levels under them are a worked example, talk
KNOWN_WORDS |= {"tutorial", "lesson", "quiz", "example", "sizing", "imagine", "suppose"}

SYMBOLS = ["BTC", "ETH", "SOL", "DOGE", "1000PEPE", "XRP", "LINK"]
LABELS = [
    "Entry:",
    "Entry zone:",
    "Buy zone:",
    "Einstieg:",
    "Entrée :",
    "Điểm vào:",
    "TP:",
    "TP1:",
    "Targets:",
    "🎯",
    "Take-Profit Targets:",
    "Ziele:",
    "Objectifs :",
    "SL:",
    "Stop:",
    "Stoploss:",
    "🛑",
    "Cắt lỗ:",
    "Invalidation:",
    "Leverage:",
    "Notes:",
    "Volume:",
]
SIDES = ["LONG", "SHORT", "long", "short", "Buy", "Sell", "ЛОНГ", "Achat", "Vente", ""]
NOISE = ["1 day candle close", "(+2.5%)", "R:R 1:2", "4H", "x20", "Cross 10x", "📈", "→", "|"]


def _written(value: float, style: str) -> str:
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    whole, _, frac = text.partition(".")
    if style == "comma" and value >= 1000:
        return f"{int(whole):,}" + (f".{frac}" if frac else "")
    if style == "eu":
        grouped = f"{int(whole):,}".replace(",", ".") if value >= 1000 else whole
        return grouped + (f",{frac}" if frac else "")
    return text


prices = st.floats(0.00001, 200_000, allow_nan=False, allow_infinity=False)
fragments = st.one_of(
    st.sampled_from(LABELS),
    st.sampled_from(SIDES),
    st.sampled_from(NOISE),
    st.sampled_from(SYMBOLS).map(lambda s: f"#{s}/USDT"),
    st.tuples(prices, st.sampled_from(["plain", "comma", "eu"])).map(lambda p: _written(*p)),
    st.sampled_from([" - ", " / ", ", ", "\n", " "]),
)
messages = st.lists(fragments, min_size=1, max_size=25).map(" ".join)


def _written_values(text: str) -> list[float]:
    """Every value a number in ``text`` can be read as: each number under both decimal
    marks, and two numbers joined as a thousands group."""
    values: list[float] = []
    for mark in (EU, US, ""):
        try:
            nums = scan(text, None, mark)
        except ValueError:
            continue
        values += [n.value for n in nums]
        values += [a.value * 1000 + b.value for a, b in pairwise(nums)]
    return values


def _in(value: float, values: list[float]) -> bool:
    return any(math.isclose(value, v, rel_tol=1e-9, abs_tol=1e-12) for v in values)


@settings(max_examples=300, deadline=None)
@given(messages)
def test_every_price_read_is_a_number_written_in_the_text(text):
    parsed = parse_message(text)
    assert isinstance(parsed.kind, MessageKind)
    read = [*parsed.entries, *parsed.take_profits]
    read += [v for v in (parsed.stop_loss, parsed.new_stop, parsed.price) if v is not None]
    written = _written_values(text)
    for value in read:
        assert _in(value, written), (text, value)


@settings(max_examples=300, deadline=None)
@given(messages)
def test_a_signals_levels_agree_with_its_side(text):
    parsed = parse_message(text)
    if parsed.kind is not MessageKind.SIGNAL:
        if parsed.kind is MessageKind.NEEDS_REVIEW:
            assert parsed.reason
        return
    assert parsed.symbol and parsed.side is not None
    long = parsed.side is Side.LONG
    entries, targets, stop = parsed.entries, parsed.take_profits, parsed.stop_loss
    if entries and targets:
        assert targets[0] > max(entries) if long else targets[0] < min(entries)
    if entries and stop is not None:
        assert stop < min(entries) if long else stop > max(entries)
    if stop is not None and targets and not entries:
        assert stop < targets[0] if long else stop > targets[0]


@settings(max_examples=200, deadline=None)
@given(
    st.floats(1000, 150_000, allow_nan=False).map(lambda v: round(v, 1)),
    st.floats(0.0001, 999, allow_nan=False).map(lambda v: round(v, 4)),
)
def test_continental_prices_read_back(big, small):
    assume(round(big % 1, 1) != 0 or round(small % 1, 4) != 0)  # one number shows the mark
    text = f"Einstieg: {_written(big, 'eu')}\nZiel: {_written(small, 'eu')}"
    mark = convention(text, lowered(text))
    assert mark == EU
    assert [n.value for n in scan(text, None, mark)] == pytest.approx([big, small])


unknown_words = st.text(
    alphabet=st.characters(whitelist_categories=("Ll",), max_codepoint=0x024F),
    min_size=3,
    max_size=10,
)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(SYMBOLS[:4]),
    st.booleans(),
    st.floats(1, 50_000, allow_nan=False).map(lambda v: round(v, 2)),
    st.sampled_from(["entries", "take_profits", "stop_loss"]),
    unknown_words,
)
def test_a_price_under_an_unknown_label_is_read_right_or_reviewed(symbol, long, entry, field, word):
    assume(word not in KNOWN_WORDS and not any(w.startswith(word) for w in KNOWN_WORDS))
    assume(word.upper() != symbol)
    sign = 1 if long else -1
    tps = [round(entry * (1 + sign * 0.02 * i), 2) for i in (1, 2)]
    stop = round(entry * (1 - sign * 0.03), 2)
    lines = {
        "entries": f"Entry: {entry}",
        "take_profits": f"Targets: {tps[0]} - {tps[1]}",
        "stop_loss": f"Stop loss: {stop}",
    }
    lines[field] = f"{word.title()}: " + lines[field].split(": ", 1)[1]
    side = "LONG" if long else "SHORT"
    text = f"#{symbol}/USDT {side}\n" + "\n".join(lines.values())
    parsed = parse_message(text)
    expected = {"entries": (entry,), "take_profits": tuple(tps), "stop_loss": stop}
    if parsed.kind is MessageKind.SIGNAL:
        for name, value in expected.items():
            assert getattr(parsed, name) == pytest.approx(value), (text, name)
    else:
        assert parsed.kind is MessageKind.NEEDS_REVIEW and parsed.reason, text


# Markers no lexicon knows: icons and words of scripts the lexicon leaves out.
UNKNOWN_MARKERS = ["➡️", "✅", "❌", "📥", "📤", "🚫", "⏺", "⏫", "⏬", "🔹", "एंट्री:", "लक्ष्य:", ""]


def _line_prices(values: list[float]) -> str:
    return " ".join(f"{v:.6g}" for v in values)


@settings(max_examples=400, deadline=None)
@given(
    symbol=st.sampled_from(SYMBOLS),
    base=st.floats(min_value=0.001, max_value=50_000),
    lines=st.lists(
        st.tuples(
            st.sampled_from(UNKNOWN_MARKERS),
            st.lists(st.floats(min_value=0.7, max_value=1.4), min_size=1, max_size=4),
        ),
        min_size=2,
        max_size=5,
    ),
)
def test_the_lines_geometry_never_puts_targets_or_the_stop_on_the_wrong_side(symbol, base, lines):
    """Prices on lines whose markers no lexicon knows, with no side word: whatever their
    order, sizes and markers, a signal read from them has every target on the profit side of
    the entry and the stop on the loss side — anything else goes to review or is dropped."""
    text = f"#{symbol}/USDT\n" + "\n".join(
        f"{marker} {_line_prices([base * f for f in factors])}" for marker, factors in lines
    )
    parsed = parse_message(text)
    if parsed.kind is not MessageKind.SIGNAL:
        return
    lo, hi = min(parsed.entries), max(parsed.entries)
    assert parsed.side in (Side.LONG, Side.SHORT)
    if parsed.side is Side.LONG:
        assert all(t > hi for t in parsed.take_profits), text
        assert parsed.stop_loss is None or parsed.stop_loss < lo, text
    else:
        assert all(t < lo for t in parsed.take_profits), text
        assert parsed.stop_loss is None or parsed.stop_loss > hi, text
    if dict(parsed.confidences).get("side", 1.0) < 1.0:
        assert parsed.take_profits and parsed.stop_loss is not None, text


@settings(max_examples=200, deadline=None)
@given(
    symbol=st.sampled_from(SYMBOLS),
    long=st.booleans(),
    entry=st.floats(min_value=0.001, max_value=50_000),
    marker=st.sampled_from(["✅", "🔸", "लक्ष्य:", "⏫"]),
)
def test_one_target_and_one_stop_under_unknown_markers_go_to_review(symbol, long, entry, marker):
    """Which of two single prices is the target and which the stop, only a label could say.
    (The second marker is none the parser knows: "❌" before a price is a stop's icon, and
    "लक्ष्य:" a target's label, so those two together are a labelled call.)"""
    sign = 1 if long else -1
    text = (
        f"#{symbol}/USDT\n➡️ {entry:.6g}\n{marker} {entry * (1 + sign * 0.03):.6g}\n"
        f"🔻 {entry * (1 - sign * 0.02):.6g}"
    )
    assert parse_message(text).kind is not MessageKind.SIGNAL


@settings(max_examples=300, deadline=None)
@given(
    symbol=st.sampled_from(SYMBOLS),
    long=st.booleans(),
    base=st.floats(min_value=0.001, max_value=50_000),
    lines=st.lists(
        st.tuples(
            st.sampled_from(UNKNOWN_MARKERS),
            st.lists(st.floats(min_value=0.7, max_value=1.4), min_size=1, max_size=3),
        ),
        min_size=2,
        max_size=5,
    ),
)
def test_price_lines_beside_a_side_word_never_land_on_the_wrong_side(symbol, long, base, lines):
    """The same with a side word: a signal read from the lines has the side written, every
    target on its profit side and the stop on its loss side."""
    side = "LONG" if long else "SHORT"
    text = f"#{symbol}/USDT {side}\n" + "\n".join(
        f"{marker} {_line_prices([base * f for f in factors])}" for marker, factors in lines
    )
    parsed = parse_message(text)
    if parsed.kind is not MessageKind.SIGNAL:
        return
    lo, hi = min(parsed.entries), max(parsed.entries)
    assert parsed.side is (Side.LONG if long else Side.SHORT), text
    if long:
        assert all(t > hi for t in parsed.take_profits), text
        assert parsed.stop_loss is None or parsed.stop_loss < lo, text
    else:
        assert all(t < lo for t in parsed.take_profits), text
        assert parsed.stop_loss is None or parsed.stop_loss > hi, text


# ---- pasted and cut signals: never one part copied and the rest dropped

_SAFETY_COINS = [("BTC", 64_000.0), ("ETH", 3_100.0), ("SOL", 148.0), ("XRP", 0.52), ("LINK", 14.0)]


def _card(coin: str, price: float, long: bool, layout: int, scale: float) -> str:
    sign = 1 if long else -1
    entry = price * scale
    tps = [f"{entry * (1 + sign * 0.015 * i):.6g}" for i in (1, 2, 3)]
    sl = f"{entry * (1 - sign * 0.03):.6g}"
    side = "LONG" if long else "SHORT"
    e = f"{entry:.6g}"
    if layout == 0:
        return f"#{coin}/USDT {side}\nEntry: {e}\nTP: {' / '.join(tps)}\nSL: {sl}"
    if layout == 1:
        return f"🪙 {coin}/USDT {side}\n📍 {e}\n🎯 {' - '.join(tps)}\n🛑 {sl}"
    return f"{coin}USDT {side}\nEntry {e}\nTargets {', '.join(tps)}\nStop {sl}"


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(range(len(_SAFETY_COINS))),
    st.sampled_from(range(len(_SAFETY_COINS))),
    st.booleans(),
    st.booleans(),
    st.integers(0, 2),
    st.integers(0, 2),
    st.floats(0.95, 1.05),
    st.sampled_from(["\n\n", "\n", "\n———\n", "\n➖➖➖➖\n"]),
)
def test_two_signals_pasted_are_never_copied_as_one(
    a: int, b: int, long_a: bool, long_b: bool, la: int, lb: int, scale: float, sep: str
) -> None:
    assume(a != b)
    text = (
        _card(*_SAFETY_COINS[a], long_a, la, scale)
        + sep
        + _card(*_SAFETY_COINS[b], long_b, lb, scale)
    )
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(range(len(_SAFETY_COINS))),
    st.booleans(),
    st.floats(0.95, 1.05),
    st.sampled_from(["TP", "SL"]),
    st.booleans(),
)
def test_a_target_or_stop_label_without_its_value_is_never_copied(
    a: int, long: bool, scale: float, emptied: str, at_end: bool
) -> None:
    coin, price = _SAFETY_COINS[a]
    lines = _card(coin, price, long, 0, scale).split("\n")
    k = 2 if emptied == "TP" else 3
    lines[k] = f"{emptied}:"
    if at_end:
        lines = lines[: k + 1]
    assert parse_message("\n".join(lines)).kind is MessageKind.NEEDS_REVIEW


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(range(len(_SAFETY_COINS))),
    st.booleans(),
    st.floats(0.95, 1.05),
    st.floats(0.1, 0.9),
    st.sampled_from(["(ideal {c})", ", best fill {c}", "(optimal {c})", "— sweet spot {c}"]),
)
def test_a_best_price_noted_inside_a_zone_is_no_entry(
    a: int, long: bool, scale: float, where: float, note: str
) -> None:
    coin, price = _SAFETY_COINS[a]
    digits = max(2, 4 - math.floor(math.log10(price)))
    lo = round(price * scale, digits)
    hi = round(lo * 1.01, digits)
    c = round(lo + (hi - lo) * where, digits)
    assume(lo < c < hi)
    sign = 1 if long else -1
    tps = [round(hi * (1 + sign * 0.03 * k), digits) for k in (1, 2)]
    stop = round((lo if long else hi) * (1 - sign * 0.03), digits)
    text = (
        f"#{coin}USDT {'LONG' if long else 'SHORT'}\n"
        f"{lo:.{digits}f}–{hi:.{digits}f} zone {note.format(c=f'{c:.{digits}f}')}\n"
        f"Targets: {tps[0]:.{digits}f} / {tps[1]:.{digits}f}\nStop: {stop:.{digits}f}"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, (text, parsed.reason)
    assert list(parsed.entries) == pytest.approx([lo, hi])


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(range(len(_SAFETY_COINS))),
    st.booleans(),
    st.floats(0.95, 1.05),
    st.floats(0.003, 0.02),
)
def test_a_struck_out_stop_gives_way_to_the_new_one(
    a: int, long: bool, scale: float, moved: float
) -> None:
    coin, price = _SAFETY_COINS[a]
    card = _card(coin, price, long, 0, scale).split("\n")
    stop = parse_message("\n".join(card)).stop_loss
    assume(stop is not None)
    old = stop * (1 - (1 if long else -1) * moved)
    text = "\n".join(
        line if not line.startswith("SL") else f"SL: ~{old:.6g}~ {line.split()[-1]}"
        for line in card
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, (text, parsed.reason)
    assert parsed.stop_loss == pytest.approx(stop)
