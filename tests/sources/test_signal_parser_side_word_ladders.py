"""Cards that label their levels with the order's own side word, ladders under no entry label,
and a chart alert's trigger price: a short's "Sell Zone:" / "Buy Targets:" and "Sell above:" /
"Buy below:", "First sell:" / "Second sell:", "scale in: a, b, c", "buying in 3 steps: a → b →
c" (the count no price), "Buy signal triggered at 0.4972", "adding more around b" after a weak
first price, and a spot card's "No stop here: we average down if it dips"."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import MessageKind, parse_message


def _signal(text: str, side: str, entries: list[float], tps: list[float], sl: float | None) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.side is not None and parsed.side.value == side
    assert list(parsed.entries) == entries
    assert list(parsed.take_profits) == tps
    assert parsed.stop_loss == sl


@pytest.mark.parametrize(
    ("text", "side", "entries", "tps", "sl"),
    [
        # a short named outright: its "Sell …" labels are the entry, its "Buy …" the targets
        (
            "#SOL SHORT\nSell Zone: 150.1 - 151.2\nBuy Targets: 148 | 146\nStop: 155",
            "short",
            [150.1, 151.2],
            [148.0, 146.0],
            155.0,
        ),
        (
            "DOT/USDT SHORT\nSell above: 6.801\nBuy below: 6.666\nStop: 6.976",
            "short",
            [6.801],
            [6.666],
            6.976,
        ),
        (
            "Signal: OPUSDT\nDirection: Short\nSELL ZONE: 2.51 ~ 2.53\nBUY TARGETS: 2.45 / 2.4\n"
            "STOP: 2.6",
            "short",
            [2.51, 2.53],
            [2.45, 2.4],
            2.6,
        ),
        # ... and a long's the other way round, as before
        (
            "#SOL LONG\nBuy Zone: 148.1 - 149.2\nSell Targets: 152 | 155\nStop: 145",
            "long",
            [148.1, 149.2],
            [152.0, 155.0],
            145.0,
        ),
        ("#SOL LONG\nBuy below: 150\nSell above: 152\nStop: 148", "long", [150.0], [152.0], 148.0),
        # a short's ordinal sells
        (
            "🔴 SHORT #ORDI\nFirst sell: 37.41\nSecond sell: 37.78\nThird sell: 38.15\n"
            "TP1: 36.5\nTP2: 35.9\nSL: 39.2",
            "short",
            [37.41, 37.78, 38.15],
            [36.5, 35.9],
            39.2,
        ),
        (
            "AVAXUSDT SHORT\n1st sell: 32.23\n2nd sell: 32.56\nTargets: 31.5, 30.9\nStop: 33.4",
            "short",
            [32.23, 32.56],
            [31.5, 30.9],
            33.4,
        ),
        (
            "INJUSDT — Short\nFirst Sell @ 22.477\nSecond Sell @ 22.721\nTargets: 22.05, 21.6\n"
            "Stop loss: 23.2",
            "short",
            [22.477, 22.721],
            [22.05, 21.6],
            23.2,
        ),
        # ladders under no entry label, in written order
        (
            "LONG #HBAR — scale in: 0.2712, 0.2695, 0.2678, 0.266 | TP 0.2790, 0.2850 | SL 0.258",
            "long",
            [0.2712, 0.2695, 0.2678, 0.266],
            [0.279, 0.285],
            0.258,
        ),
        (
            "Short $MOODENG, scaling in at 0.20467 / 0.20612 / 0.20754. TP 0.20045, 0.19598. "
            "SL 0.21426",
            "short",
            [0.20467, 0.20612, 0.20754],
            [0.20045, 0.19598],
            0.21426,
        ),
        (
            "📊 #SOL (Long)\nScale-in levels: 148.2 - 147.3 - 146.4\n🎯 152.1, 155.3\n🛑 SL 142.9",
            "long",
            [148.2, 147.3, 146.4],
            [152.1, 155.3],
            142.9,
        ),
        # a count of steps before the ladder is the label's, never a price
        (
            "ARB long, buying in 3 steps: 1.2127 → 1.2034 → 1.1951. Targets 1.2361 and 1.2614. "
            "Stop 1.1567.",
            "long",
            [1.2127, 1.2034, 1.1951],
            [1.2361, 1.2614],
            1.1567,
        ),
        (
            "SHORT 1INCHUSDT\nEntry in 4 tranches: 0.4252 / 0.4288 / 0.4324 / 0.4348\n"
            "Targets: 0.4171, 0.4076\nStop loss: 0.4491",
            "short",
            [0.4252, 0.4288, 0.4324, 0.4348],
            [0.4171, 0.4076],
            0.4491,
        ),
        (
            "Going long on NEARUSDT, entering in 3 orders: 6.075 > 6.029 > 5.968 — TP 6.2, 6.319 "
            "— SL 5.739",
            "long",
            [6.075, 6.029, 5.968],
            [6.2, 6.319],
            5.739,
        ),
        (
            "ARB/USDT long 🧩 Buying in 2 parts (1.2127 → 1.2034), targets 1.2361 / 1.2614, stop "
            "1.1567",
            "long",
            [1.2127, 1.2034],
            [1.2361, 1.2614],
            1.1567,
        ),
        # a chart alert's trigger price is the entry
        (
            "Alert on SEIUSDT.P: Buy signal triggered at 0.4972\nTP: 0.5071 / 0.5148\nSL: 0.4851",
            "long",
            [0.4972],
            [0.5071, 0.5148],
            0.4851,
        ),
        (
            "[TV] SOLUSDT: Sell signal triggered at 148.2 | TP 145.9 | SL 151.3",
            "short",
            [148.2],
            [145.9],
            151.3,
        ),
        # a weak first price, then "adding more around" (a later buy)
        (
            "Longing $ARB near 1.0929, adding more around 1.0704 — TPs 1.1162/1.1394, stop 1.0314",
            "long",
            [1.0929, 1.0704],
            [1.1162, 1.1394],
            1.0314,
        ),
        (
            "Short $XRP ~0.5194, adding more around 0.5298 — TP 0.5096/0.497, invalid above 0.5457",
            "short",
            [0.5194, 0.5298],
            [0.5096, 0.497],
            0.5457,
        ),
        # a spot card without a stop whose note says why: no stop removed
        (
            "💎 OPUSDT (spot)\nBuy: 2.2078\nTargets: 2.302\nNo stop here: we average down if it "
            "dips",
            "long",
            [2.2078],
            [2.302],
            None,
        ),
    ],
)
def test_side_word_cards_and_ladders(
    text: str, side: str, entries: list[float], tps: list[float], sl: float | None
) -> None:
    _signal(text, side, entries, tps, sl)


@pytest.mark.parametrize(
    "text",
    [
        "No stop for now on #ETH, we hold",  # a stop taken away stays a follow-up
        "#ETH no stop here anymore, manage your risk",
    ],
)
def test_stop_removed_still_read(text: str) -> None:
    assert parse_message(text).kind is not MessageKind.SIGNAL


@pytest.mark.parametrize(
    "text",
    [
        # both sides named: the side words of the labels cannot tell which, review
        "#SOL LONG or SHORT\nSell Zone: 150.1 - 151.2\nBuy Targets: 148 | 146\nStop: 155",
    ],
)
def test_both_sides_still_review(text: str) -> None:
    assert parse_message(text).kind is not MessageKind.SIGNAL


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=2, max_value=4),
    st.sampled_from(["steps", "parts", "tranches", "orders"]),
    st.sampled_from([" → ", " / ", ", ", " > "]),
    st.booleans(),
    st.floats(min_value=0.5, max_value=900.0),
)
def test_count_before_ladder_is_no_price(
    n: int, unit: str, sep: str, long: bool, base: float
) -> None:
    sign = 1 if long else -1
    entries = [round(base * (1 - sign * 0.008 * i), 4) for i in range(n)]
    tps = [round(base * (1 + sign * 0.02 * k), 4) for k in (1, 2)]
    sl = round(entries[-1] * (1 - sign * 0.03), 4)
    verb = "buying" if long else "selling"
    text = (
        f"SOL {'long' if long else 'short'}, {verb} in {n} {unit}: "
        f"{sep.join(str(v) for v in entries)}. Targets {tps[0]} and {tps[1]}. Stop {sl}."
    )
    parsed = parse_message(text)
    assert float(n) not in parsed.entries or float(n) in entries
    if parsed.kind is MessageKind.SIGNAL:
        assert list(parsed.entries) == entries


@pytest.mark.parametrize(
    "text",
    [
        # a ladder's count that disagrees with its prices: which are the orders? review
        "ARB long, buying in 3 steps: 1.2127 → 1.2034. Targets 1.2361 and 1.2614. Stop 1.1567.",
        "SHORT 1INCHUSDT\nEntry in 4 orders: 0.4252 / 0.4288 / 0.4324\nTargets: 0.4171, 0.4076\n"
        "Stop loss: 0.4491",
        # "scaling in with 4 orders" stays a sentence's ladder, its count checked there
        "#DOGE long — scaling in with 4 orders: 0.11411 · 0.11343 · 0.11274\nTPs 0.11609\n"
        "SL: 0.10994",
    ],
)
def test_a_miscounted_ladder_goes_to_review(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW
