"""Levels told by their place, a one-letter label or a sign, read on a second reading only when
their order fits the side: slash- and bar-split one-liners, "t: x, s: s, l: 20", a chart icon
for the side with arrowed targets, "from a to x" with "to" the target — and the layouts that
must not be read that way (a dash that may be a zone, levels out of order, "from a to b" beside
labelled targets, talk with dates, ratios and icons). Scalp teasers with no level go to review,
adverts with no side stay talk."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.sources.drawn_levels import LEVELS, assert_signal_levels, stepped_levels

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import MessageKind, Side


@pytest.mark.parametrize(
    ("text", "entry", "tps", "stop"),
    [
        ("INJ short 26.003 / 25.367 / 26.659", 26.003, [25.367], 26.659),
        ("#SEI long 0.5203/0.5275/0.5074", 0.5203, [0.5275], 0.5074),
        ("ARB SHORT 1.2112 | 1.1945 | 1.2297", 1.2112, [1.1945], 1.2297),
        ("$BTC long 63,450 / 64,200 / 65,100 / 62,480", 63450, [64200, 65100], 62480),
        ("DOGEUSDT LONG 0.12531 // 0.12705 // 0.1222 5x", 0.12531, [0.12705], 0.1222),
        ("Long TRX 0.13083 / 0.13263 / 0.12734 🔥", 0.13083, [0.13263], 0.12734),
        ("#XRP long @ 0.5727, t: 0.5795, s: 0.5559, l: 20", 0.5727, [0.5795], 0.5559),
        ("SUI long e: 1.0433 t: 1.0551/1.0678 s: 1.0268", 1.0433, [1.0551, 1.0678], 1.0268),
        ("$APT long E - 8.438, T - 8.54, 8.645, S - 8.258", 8.438, [8.54, 8.645], 8.258),
        ("ORDI LONG @38.18 t:38.64,39.05 s:37.23 L:25", 38.18, [38.64, 39.05], 37.23),
        (
            "#INJ long\ne: 22.774\nt: 23.051, 23.336\ns: 22.413\nl: 10",
            22.774,
            [23.051, 23.336],
            22.413,
        ),
        ("ADA 📈 0.4566 ➜ 0.4625 ➜ 0.4672 | 🛑 0.4474 | 5x", 0.4566, [0.4625, 0.4672], 0.4474),
        ("#ETH 📉 3,663.4 → 3,617.6 → 3,572 ⛔ 3,740.3", 3663.4, [3617.6, 3572], 3740.3),
        ("📉 #OP 2.3401 ➡ 2.3107 ➡ 2.2797, stop 2.3768", 2.3401, [2.3107, 2.2797], 2.3768),
        ("short BNB from 580.4 to 566.8, stop 601", 580.4, [566.8], 601),
        ("Long #LINK from 14.841 to 15.1 and 15.35, SL 14.5", 14.841, [15.1, 15.35], 14.5),
        ("ARB: long from 1.1336 to 1.1497 🎯, sl 1.1024", 1.1336, [1.1497], 1.1024),
        ("Going short on SUI from 1.131, aiming to 1.1129, stop 1.1621", 1.131, [1.1129], 1.1621),
    ],
)
def test_levels_by_place_letter_or_sign_are_read(
    text: str, entry: float, tps: list[float], stop: float
) -> None:
    parsed = parse_message(text)
    assert_signal_levels(parsed, tps, stop, entries=(entry,))


@pytest.mark.parametrize(
    ("text", "leverage"),
    [
        ("NEAR short e:5.623 tp:5.552 sl:5.774 l:15", 15),
        ("BRETTUSDT long; e: 0.045417; t1: 0.045999; t2: 0.046477; s: 0.044629; l: 25x", 25),
        ("#XRP long @ 0.5727, t: 0.5795, s: 0.5559, l: 20", 20),
    ],
)
def test_one_letter_leverage_is_read(text: str, leverage: int) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.leverage == leverage
    assert parsed.stop_loss is not None


@pytest.mark.parametrize(
    "text",
    [
        "SOL buy 140.2 - 143.5 - 137.1",  # a dash may write a zone
        "AVAX long 32.64 / 31.79 / 33.06",  # the stop where the target should be
        "ETH short 3,412 / 3,460 / 3,350",  # the levels fit a long, not the short
        "MOODENG 📈 0.19786 ➜ 0.19533 ➜ 0.19335 | 🛑 0.2009",  # arrows going down on 📈
        "ADA 📈 0.4566 ➜ 0.4625 ➜ 0.4672",  # no stop
        "long ETH from 3000 to 3010, stop 2950",  # a narrow zone beside a far stop
        "short BNB from 580.4 to 566.8",  # no stop
        "INJ long @ 25.4, t: 25.73, l: 10",  # no stop
        "Quick scalp short XRP now, tight stop, levels in VIP 🔒",
        "Longing $BTC here, quick one, levels in the private group 🔐",
        "#NEIRO scalp short opened now 🔒 TP/SL for subscribers",
    ],
)
def test_risky_layouts_go_to_review(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, parsed


def test_a_teaser_names_its_coin_and_side() -> None:
    parsed = parse_message("⚡ Scalping #SOL long right now — entries in premium")
    assert parsed.kind is MessageKind.NEEDS_REVIEW
    assert (parsed.symbol, parsed.side) == ("SOL", Side.LONG)


@pytest.mark.parametrize(
    "text",
    [
        "BTC weekly close on 12/14 decides it, watching 1/3 of the range",
        "Risk 1/2 of your usual size this week, R/R 1/3 minimum. 24/7 market, rest 😴",
        "Plan for the week — t: 2 weeks, s: small size, l: low. Patience 🙏",
        "📉 Market red across the board, stay safe and keep the size small 🙏",
        "API3 📈📉 chop between 1.5683 and 1.6212, no trade",
        "Swing trades here last from 2 to 3 weeks. Don't expect a move in a day.",
        "VIP scalps today 🔥 join now, link in bio",
        "Premium: 3 scalps done today, +12% total. Join the VIP 👇",
        "Who scalped WIF with us today? Levels were in VIP 🔒",
    ],
)
def test_talk_stays_talk(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NOT_SIGNAL, parsed


@settings(max_examples=60, deadline=None)
@given(**LEVELS, sep=st.sampled_from([" / ", "/", " | ", " // "]))
def test_slash_one_liner_reads_by_position(
    entry: int, steps: list[int], scale: int, long: bool, sep: str
) -> None:
    tps = stepped_levels(entry, steps[:2], scale, long)
    stop = (entry - (1 if long else -1) * 40) / scale
    side = "long" if long else "short"
    prices = [entry / scale, *tps, stop]
    text = f"LTC {side} " + sep.join(f"{p:g}" for p in prices)
    assert_signal_levels(parse_message(text), tps, stop, entries=(entry / scale,))


@settings(max_examples=60, deadline=None)
@given(**LEVELS, sep=st.sampled_from([" / ", " | "]))
def test_slash_levels_against_the_side_are_never_copied(
    entry: int, steps: list[int], scale: int, long: bool, sep: str
) -> None:
    tps = stepped_levels(entry, steps[:1], scale, long)
    stop = (entry - (1 if long else -1) * 40) / scale
    side = "short" if long else "long"  # the word says the other side
    text = f"LTC {side} " + sep.join(f"{p:g}" for p in [entry / scale, *tps, stop])
    assert parse_message(text).kind is not MessageKind.SIGNAL
