"""Split entries counted in Korean, Japanese, Chinese and Vietnamese ("1차: 26.479", "1回目
79.93", "第一档: 0.8977", "Lần 1: 13.839") read as entries, never their count as a price; and a
callout bot's "LONGED / SHORTED <COIN> @ price" names its coin even when no list holds it; an
order's size written before its pair ("Sell 150 lots SEIUSDT at 0.47") is no price; and
"Partial TP on $LTC: 30% at 90.7" is a share closed there."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.domain.enums import Side
from tradermanager.sources.signal_parser import MessageKind, parse_message
from tradermanager.sources.signal_parser.numbered_labels import counted_entries_as_labels


@pytest.mark.parametrize(
    ("text", "symbol", "side", "entries", "tps", "stop"),
    [
        (
            "#SOL SHORT 분할매도\n1차: 151.2\n2차: 152.8\n손절: 156\n목표: 148.5 / 146",
            "SOL",
            Side.SHORT,
            (151.2, 152.8),
            (148.5, 146.0),
            156.0,
        ),
        (
            "DOGE 롱 진입\n1차 진입 0.1612\n2차 진입 0.1598\n익절 0.1655, 0.1702\n손절 0.1571",
            "DOGE",
            Side.LONG,
            (0.1612, 0.1598),
            (0.1655, 0.1702),
            0.1571,
        ),
        (
            "#AVAX ロング\n1回目: 31.42\n2回目: 30.95\n利確: 32.4 / 33.1\n損切り: 30.2",
            "AVAX",
            Side.LONG,
            (31.42, 30.95),
            (32.4, 33.1),
            30.2,
        ),
        (
            "OP ショート 分割エントリー\n第1エントリー 2.114\n第2エントリー 2.139\n"
            "利確 2.05, 2.01\n損切り 2.18",
            "OP",
            Side.SHORT,
            (2.114, 2.139),
            (2.05, 2.01),
            2.18,
        ),
        (
            "#SUI 做多\n第一档: 1.842\n第二档: 1.821\n第三档: 1.8\n止盈: 1.9 / 1.95\n止损: 1.76",
            "SUI",
            Side.LONG,
            (1.842, 1.821, 1.8),
            (1.9, 1.95),
            1.76,
        ),
        (
            "#XRPUSDT LONG\nLần 1 0.5521\nLần 2 0.5483\nTP: 0.5634 / 0.5702\nSL: 0.5411",
            "XRP",
            Side.LONG,
            (0.5521, 0.5483),
            (0.5634, 0.5702),
            0.5411,
        ),
    ],
)
def test_counted_entries_read_as_entries(
    text: str,
    symbol: str,
    side: Side,
    entries: tuple[float, ...],
    tps: tuple[float, ...],
    stop: float,
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert (parsed.symbol, parsed.side) == (symbol, side)
    assert parsed.entries == entries
    assert parsed.take_profits == tps
    assert parsed.stop_loss == stop


@pytest.mark.parametrize(
    "text",
    [
        # under a target label the counted lines number the targets: left as written
        "#SOL LONG\n진입: 150\n목표\n1차: 153\n2차: 156\n손절: 147",
        "#SUI 做多\n入场: 1.84\n止盈\n第一档: 1.9\n第二档: 1.95\n止损: 1.76",
        # a count inside a sentence, not opening its line
        "#SOL LONG 지난번 1차 150 좋았어요",
    ],
)
def test_counted_lines_under_a_target_label_are_left(text: str) -> None:
    assert counted_entries_as_labels(text) == text


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="1234차回目第一档Lần :\n0.5TP목표", max_size=40))
def test_rewrite_never_adds_an_entry_label_under_a_target(text: str) -> None:
    rewritten = counted_entries_as_labels(text)
    if rewritten != text:
        first = rewritten.index("Entry ")
        assert "목표" not in text[:first] and "TP" not in text[:first]


@pytest.mark.parametrize(
    ("text", "symbol", "side", "entries"),
    [
        ("LONGED ZEREBRO @ 0.0412 5x SL 0.0398 PT 0.0431, 0.0445", "ZEREBRO", Side.LONG, (0.0412,)),
        ("SHORTED FARTCOIN @ 1.2044 10x STOP 1.2391 TP 1.1702", "FARTCOIN", Side.SHORT, (1.2044,)),
        ("LONGED SOL @ 148.25 SL 144 PT 152", "SOL", Side.LONG, (148.25,)),
    ],
)
def test_callout_verb_names_an_unlisted_coin(
    text: str, symbol: str, side: Side, entries: tuple[float, ...]
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert (parsed.symbol, parsed.side, parsed.entries) == (symbol, side, entries)


@pytest.mark.parametrize(
    "text",
    [
        # no "@" and price after the word: no coin is taken from the verb alone
        "SHORTED FARTCOIN yesterday, SL 1.2391 TP 1.1702",
        # a word in small letters after the verb is no coin
        "LONGED something @ 0.0412 SL 0.0398 PT 0.0431",
    ],
)
def test_callout_verb_without_its_layout_names_no_coin(text: str) -> None:
    assert parse_message(text).kind is not MessageKind.SIGNAL


@pytest.mark.parametrize(
    ("text", "symbol", "side", "entry", "stop"),
    [
        ("Sell 150 lots SEIUSDT at 0.47 | SL 0.4776 | TP 0.4633", "SEI", Side.SHORT, 0.47, 0.4776),
        ("Buy 0.25 lots ETH/USDT @ 3105.5 SL 3050 TP 3180", "ETH", Side.LONG, 3105.5, 3050.0),
        ("BUY LIMIT qty 40 LINKUSDT @ 13.21 stop 12.9 target 13.6", "LINK", Side.LONG, 13.21, 12.9),
        (
            "Short 3 contracts DOGEUSDT @ 0.1612\nSL 0.1655\nTP 0.158",
            "DOGE",
            Side.SHORT,
            0.1612,
            0.1655,
        ),
    ],
)
def test_size_before_the_pair_is_no_price(
    text: str, symbol: str, side: Side, entry: float, stop: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert (parsed.symbol, parsed.side, parsed.entries, parsed.stop_loss) == (
        symbol,
        side,
        (entry,),
        stop,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Buy 0.47 SEIUSDT",  # no "@ price" after the pair: the number may be the entry
        "Buy 3 SOLUSDT now, SL 140",
    ],
)
def test_a_number_before_the_pair_without_an_entry_after_it_is_not_dropped(text: str) -> None:
    assert parse_message(text).kind is not MessageKind.SIGNAL


@pytest.mark.parametrize(
    ("text", "symbol", "share", "price", "stop"),
    [
        ("Partial TP on $LTC: 30% at 90.7, moved SL to 89.36", "LTC", 0.3, 90.7, 89.36),
        ("Partial TP on #TRX: 25% at 0.12285, moved SL to 0.12522", "TRX", 0.25, 0.12285, 0.12522),
        ("Partial TP on SOLUSDT: 50% at 151.2, moved SL to 148", "SOL", 0.5, 151.2, 148.0),
    ],
)
def test_partial_tp_on_a_coin_is_a_share_closed(
    text: str, symbol: str, share: float, price: float, stop: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert (parsed.symbol, parsed.close_fraction, parsed.price, parsed.new_stop) == (
        symbol,
        share,
        price,
        stop,
    )


@pytest.mark.parametrize(
    "text",
    ["Partial TP on the way: 50% of targets left", "Partial TP on $ETH soon, 30% of the size"],
)
def test_partial_tp_talk_is_no_close(text: str) -> None:
    assert parse_message(text).kind is not MessageKind.FOLLOW_UP
