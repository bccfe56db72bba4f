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


@pytest.mark.parametrize("separator", [" - ", " – ", " ", ": "])
@pytest.mark.parametrize("dollar", ["", "$"])
def test_a_lists_count_before_a_dash_or_no_separator_is_no_leverage(
    separator: str, dollar: str
) -> None:
    targets = " | ".join(f"{dollar}{v}" for v in ("6.876", "6.985", "7.066", "7.227"))
    text = (
        f"🟢 DOTUSDT LONG\nEntry orders x2{separator}{dollar}6.78 / {dollar}6.739\n"
        f"Targets x4{separator}{targets}\nSL - {dollar}6.584"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.leverage is None
    assert parsed.entries == (6.78, 6.739)
    assert parsed.take_profits == (6.876, 6.985, 7.066, 7.227)
    assert parsed.stop_loss == 6.584


@pytest.mark.parametrize("value", [2, 10])
def test_an_x_value_before_one_price_stays_a_leverage(value: int) -> None:
    parsed = parse_message(f"ORDIUSDT LONG\nEntry x{value} 34.66\nTargets 35.23, 35.78\nStop 33.36")
    assert parsed.leverage == value
    assert parsed.entries == (34.66,)


@pytest.mark.parametrize(
    "line",
    [
        "Sell the rip = 80.11-78.77",
        "Sell the bounce = 80.11",
        "Buy the dip = $80.11-$80.62",
        "sell here please = 80.11",
    ],
)
def test_words_before_an_equals_sign_are_no_bridge_command(line: str) -> None:
    """Read as a bridge command ('sell', pair 'the', option 'rip=80.11') the line became a
    market order and its prices were lost; a labelled line it is, read or sent to review."""
    text = f"LTCUSDT 🔻\n{line}\nTargets = 77.32, 75.65\nStop = 82.85"
    parsed = parse_message(text)
    assert parsed.order_type != "market" or parsed.kind is not MessageKind.SIGNAL
    if parsed.kind is MessageKind.SIGNAL:
        assert 80.11 in parsed.entries


@pytest.mark.parametrize(
    "line",
    [
        "6700912345678,buy,SOLUSDT,risk=1,slp=144.1,tpp=152.3",
        "buy SOLUSDT Risk=1 SLP=144.1 TPP=152.3",
        'buy,SOLUSDT,q=2,slp=144.1,tpp=152.3,comment="swing"',
    ],
)
def test_a_bridge_command_with_its_own_keys_is_still_read(line: str) -> None:
    parsed = parse_message(line)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.side is Side.LONG
    assert parsed.order_type == "market"
    assert parsed.take_profits == (152.3,)
    assert parsed.stop_loss == 144.1


@pytest.mark.parametrize(
    "footer",
    ["#cryptosignals #DYOR $ARB", "#crypto #signals $ARB", "$ARB #crypto #signals", "#crypto $arb"],
)
def test_a_cashtag_on_a_line_of_topic_tags_names_the_coin(footer: str) -> None:
    text = (
        "New long signal ⚡\n\nEntry zone: 1.0098\nTargets: 1.0256 - 1.0389\n"
        f"Stop loss: 0.979\n\n{footer}"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.symbol == "ARB"


@pytest.mark.parametrize(
    "story", ["$BTC rejected at 65,690 but alts look strong", "#ETH dumped 4% overnight, fine"]
)
@pytest.mark.parametrize(
    "coin_line", ["#LTC SHORT", "$LTC short", "#LTC 🔴 SHORT", "LTCUSDT SHORT"]
)
def test_a_coin_line_below_a_story_naming_another_coin_is_the_call(
    story: str, coin_line: str
) -> None:
    text = f"{story}\n\n{coin_line}\nEntry: 74.63\nTP1: 73.51\nTP2: 72.24\nStop: 76.83"
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.symbol == "LTC"
    assert parsed.side is Side.SHORT


def test_a_tag_on_the_calls_own_line_is_kept() -> None:
    text = "$BTC looks heavy here today\n#BTC SHORT\nEntry: 64000\nTP1: 63000\nStop: 65000"
    assert parse_message(text).symbol == "BTC"
