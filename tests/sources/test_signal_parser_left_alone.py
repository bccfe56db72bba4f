"""Readings once recorded as wrong and left alone: a word standing in for a missing coin, a
leverage that cannot be read, several payloads, two coins' run-on updates, emptied current-price
and first-list labels, Chinese one-character sides, one-line letter cells, italic labels."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.sources.drawn_levels import stepped_levels

from tradermanager.sources.signal_parser import MessageKind, parse_message
from tradermanager.sources.signal_parser.json_payload import payload_signals
from tradermanager.sources.signal_parser.symbols import listed_bases

ACTED = (MessageKind.SIGNAL, MessageKind.FOLLOW_UP)
# words channels put in capitals in banners, headlines and footers: none is a listed coin
BANNER_WORDS = ["KINGS", "WHALE", "HUNTERS", "MOON", "SQUAD", "ELITE", "PROTECT", "FUTUROS"]


def _levels(entry: int, scale: int, long: bool) -> tuple[str, str, str, str]:
    tp1, tp2 = stepped_levels(entry, [7, 9], scale, long)
    (sl,) = stepped_levels(entry, [-12], scale, long)
    return f"{entry / scale:g}", f"{tp1:g}", f"{tp2:g}", f"{sl:g}"


@given(
    word=st.sampled_from(BANNER_WORDS),
    second=st.sampled_from(["CALLS", "VIP", "CLUB", "SIGNAL", "YOUR CAPITAL"]),
    entry=st.integers(1000, 9000),
    scale=st.sampled_from([1, 100, 10_000, 1_000_000]),
    long=st.booleans(),
)
def test_a_banner_word_never_stands_in_for_a_missing_coin(
    word: str, second: str, entry: int, scale: int, long: bool
) -> None:
    e, t1, t2, s = _levels(entry, scale, long)
    text = (
        f"🏆 {word} {second} 🏆\nDirection: {'LONG' if long else 'SHORT'}\n"
        f"Entry: {e}\nTargets: {t1}, {t2}\nStop: {s}"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, (text, parsed)
    assert parsed.symbol != word


@pytest.mark.parametrize(
    "text",
    [
        "4\nOTE: 2.3893\nTARGETS: 2.45 - 2.51\nSTOP LOSS: 2.2",
        "#EntryPoint 0.4448\n#TP_1 0.4517\n#STOPLOSS 0.4256",
        "CMP: 560.2\nTGT: 548 / 539.7\nSL: 581.4",
        "LONG | Bitget | Signal ID #48266\nEntry: 2.3932\nTP1: 2.4229\nSL: 2.3391\n"
        "Posted 6/4/2026 10:37 PM",
        "Margin: ISO | Lev: 25\nEntry: 0.4644\nTP: 0.4568 - 0.4508\nSL: 0.4747",
        "ETF inflows hit $1.0B yesterday 📰\n\nEntry: 24.184\nTP1: 24.633\nSL: 23.738",
    ],
)
def test_a_label_or_a_word_of_a_sentence_is_no_coin(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind not in ACTED, (text, parsed)


@pytest.mark.parametrize(
    ("text", "coin"),
    [
        ("SOL 148.2\nTP 152 / 155\nSL 144", "SOL"),  # a listed coin before its price
        ("FHE\nEntry: 0.0734\nTP: 0.0748 / 0.0761\nSL: 0.0712\nLong", "FHE"),  # alone
        ("שורט על FHE ב 0.07764, יעדים 0.07639 ו 0.07592, סטופ 0.0803", "FHE"),
    ],
)
def test_a_coin_standing_as_one_is_still_read(text: str, coin: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, (text, parsed)
    assert parsed.symbol == coin


def test_the_shipped_contract_list_holds_the_exchanges_coins() -> None:
    bases = listed_bases()
    assert {"BTC", "ETH", "SOL", "1000PEPE", "TRX"} <= bases
    assert not {"KINGS", "PROTECT", "OTE", "TGT", "PM"} & bases


@pytest.mark.parametrize(
    "value", ["TBD", "see pinned", "abc", "—", "?x", "your choice", "N/A", "ask admin"]
)
def test_a_leverage_that_cannot_be_read_goes_to_review(value: str) -> None:
    text = f"#SOL/USDT LONG\nEntry: 148.2\nLeverage: {value}\nTP: 152 / 155\nSL: 144"
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, parsed
    assert "leverage" in parsed.reason.lower()


@pytest.mark.parametrize("value", ["10x", "x20", "Cross 10x", "Isolated", "none", "spot"])
def test_a_readable_or_absent_leverage_is_copied(value: str) -> None:
    text = f"#SOL/USDT LONG\nEntry: 148.2\nLeverage: {value}\nTP: 152 / 155\nSL: 144"
    assert parse_message(text).kind is MessageKind.SIGNAL


def _payload(coin: str, side: str, price: float) -> dict[str, object]:
    return {"ticker": f"{coin}USDT", "side": side, "price": price, "tp": price * 1.02, "sl": 1}


@pytest.mark.parametrize(
    "text",
    [
        json.dumps(_payload("SOL", "buy", 148.2)) + "\n" + json.dumps(_payload("ETH", "buy", 3412)),
        json.dumps([_payload("SOL", "buy", 148.2), _payload("SOL", "buy", 149.2)]),
        json.dumps({"signals": [_payload("SOL", "buy", 148.2), _payload("ETH", "sell", 3412)]}),
    ],
)
def test_several_payloads_go_to_review(text: str) -> None:
    assert payload_signals(text) == 2
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW
    assert "several signals" in parsed.reason


def test_an_array_of_one_payload_is_that_signal() -> None:
    body = {"ticker": "SOLUSDT", "side": "buy", "price": 148.2, "tp": [152, 155], "sl": 144}
    parsed = parse_message(json.dumps([body]))
    assert parsed.kind is MessageKind.SIGNAL
    assert (parsed.symbol, parsed.entries, parsed.take_profits, parsed.stop_loss) == (
        "SOL",
        (148.2,),
        (152.0, 155.0),
        144.0,
    )


def test_a_nested_payload_is_one_signal() -> None:
    body = {
        "pair": "USDT_SOL",
        "position": {"type": "buy", "price": {"value": 148.2}},
        "take_profit": {"steps": [{"price": {"value": 152}}, {"price": {"value": 155}}]},
        "stop_loss": {"conditional": {"price": {"value": 144}}},
    }
    assert payload_signals(json.dumps(body)) == 1


COINS = ["DOT", "LINK", "ATOM", "INJ", "ARB", "TIA", "APT", "NEAR", "OP", "AVAX", "LTC"]
FIRST = ["{a} TP{n} hit", "{a} closed in profit", "#{a} tp{n} ✅", "{a} TP{n} reached"]
SECOND = ["{b} closed in loss", "{b} stop moved to entry", "{b} TP{n} done", "{b} sl hit"]


@given(
    pair=st.lists(st.sampled_from(COINS), min_size=2, max_size=2, unique=True),
    first=st.sampled_from(FIRST),
    second=st.sampled_from(SECOND),
    n=st.integers(1, 3),
)
def test_two_coins_updates_run_on_are_never_applied_to_one(
    pair: list[str], first: str, second: str, n: int
) -> None:
    a, b = pair
    text = f"{first.format(a=a, n=n)} {second.format(b=b, n=n)}"
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, (text, parsed)


@pytest.mark.parametrize(
    "text",
    [
        "#DOGE — Long\nCMP:\nAdd more: 0.11384\nTargets: 0.12165 0.12181\nSL: 0.10929",
        "SOL/USDT SELL\nCMP: 142.51\nAdd more at 146.42\nShort-term targets:\n"
        "Long-term targets: 134.56 131.75\nSL: 150.58 (1D close)",
    ],
)
def test_an_emptied_current_price_or_first_list_goes_to_review(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, parsed
    assert "no value" in parsed.reason


def test_term_lists_both_filled_are_copied() -> None:
    text = (
        "SOL/USDT SELL\nCMP: 142.51\nAdd more at 146.42\nShort-term targets: 139.2 137.5\n"
        "Long-term targets: 134.56 131.75\nSL: 150.58 (1D close)"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.take_profits == (139.2, 137.5, 134.56, 131.75)


@given(
    entry=st.integers(1000, 9000),
    scale=st.sampled_from([1, 100, 10_000, 1_000_000]),
    long=st.booleans(),
    form=st.integers(0, 2),
)
def test_chinese_one_character_sides_and_kan_targets(
    entry: int, scale: int, long: bool, form: int
) -> None:
    e, t1, t2, s = _levels(entry, scale, long)
    side = "多" if long else "空"
    brk = "跌破" if long else "突破"
    text = [
        f"SOL {e}附近{side}，看{t1}、{t2}，止损{s}",
        f"SOL {e}{side}，看{t1}/{t2}，{brk}{s}止损",
        f"#SOL 在{e}进{side}单，目标看{t1} {t2}，止损{s}",
    ][form]
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, (text, parsed)
    assert parsed.side is not None and parsed.side.value == ("long" if long else "short")
    assert parsed.entries == (float(e),)
    assert parsed.take_profits == (float(t1), float(t2))
    assert parsed.stop_loss == float(s)


def test_duo_meaning_many_is_no_side() -> None:
    """'很多人' (many people): '多' after no price, '附近' or '进' is no side."""
    parsed = parse_message("SOL 很多人关注 148.2，止损144")
    assert parsed.side is None
    assert parsed.kind is not MessageKind.SIGNAL


def test_one_line_letter_cells() -> None:
    parsed = parse_message("$ARB LONG 🟢\nE 1.12 | T 1.18, 1.25 | S 1.06")
    assert parsed.kind is MessageKind.SIGNAL
    assert (parsed.entries, parsed.take_profits, parsed.stop_loss) == ((1.12,), (1.18, 1.25), 1.06)


def test_italic_labels_after_a_label_line() -> None:
    text = "*SUI/USDT — LONG*\n_Entry:_ 1.0166\n*TP:* 1.032 - 1.0472\n_SL:_ 0.9889"
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert (parsed.entries, parsed.take_profits, parsed.stop_loss) == (
        (1.0166,),
        (1.032, 1.0472),
        0.9889,
    )


def test_a_second_signal_under_a_listed_coin_before_its_price_is_seen() -> None:
    text = (
        "SUI 1.0541空，看1.0377，突破1.0742止损\nPar: NEAR/USDT\nRiktning: Sälj\n"
        "Ingång: 5,416\nMål: 5,332 / 5,257\nStopp: 5,585"
    )
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


def test_a_listed_coin_opening_a_relayed_part_with_its_price_is_a_second_signal() -> None:
    text = (
        "BTC 6.976万附近空，看6.875万、6.774万，突破7.224万止损 | Sayar #XRP a 0.5344, "
        "manufa 0.5261, 0.514 da 0.5059, tsayawa 0.5462"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW
    assert "BTC" in parsed.reason


def test_a_post_number_after_an_id_word_is_no_second_coin() -> None:
    text = "🔴 SHORT — #TRX/USDT\nEntry: 0.12143\nTP: 0.11968\nSL: 0.12394\nID 5749 | 6:02 PM"
    assert parse_message(text).kind is MessageKind.SIGNAL


@pytest.mark.parametrize(
    "targets_line",
    ["익절 49 / 48", "익절 49, 48", "止盈49/48", "目标 49 / 48", "利確：49 / 48"],
)
def test_a_first_target_is_no_index_of_its_unspaced_label(targets_line: str) -> None:
    parsed = parse_message(f"ORDI 숏\n진입 50\n{targets_line}\n손절 52")
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.take_profits == (49.0, 48.0)


@pytest.mark.parametrize("line", ["止盈1：49\n止盈2：48", "目标 1 49\n目标 2 48"])
def test_an_unspaced_labels_own_number_is_still_read(line: str) -> None:
    parsed = parse_message(f"#ORDI 做空\n入场：50\n{line}\n止损：52")
    assert parsed.take_profits == (49.0, 48.0)


def test_an_english_plan_beside_a_comma_card_is_not_read_in_thousands() -> None:
    text = (
        "Plan: long 5.823, targets 5.931 / 6.033, stop 5.667\nPereche: TRX/USDT\n"
        "Direcție: Cumpărare\nIntrare: 0,12796\nȚinte: 0,12993 / 0,13164\nStop loss: 0,12544"
    )
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


def test_one_comma_convention_with_a_percentage_is_copied() -> None:
    text = "BTC LONG\nEntrada: 63.450\nAlvos: 64.100 / 65.000\nStop: 62.100\nRisco: 1,5%"
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.entries == (63450.0,)


@pytest.mark.parametrize(
    "text",
    ["Entry: 2.4759\nTarget: 2.4438\nStop: 2.5466", " @ 602.4\n🎯 593 | 581.4 | 573.1\n🛑 612"],
)
def test_labelled_levels_without_coin_and_side_are_a_fragment_not_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize("horizon", ["Long Term:", "Mid Term:", "Short-term targets:"])
def test_a_horizon_left_empty_among_priced_ones_goes_to_review(horizon: str) -> None:
    lines = {"Short Term:": "0.5073 - 0.498", "Mid Term:": "0.4868", "Long Term:": "0.47"}
    body = "\n".join(
        f"{label} {'' if label == horizon else value}".rstrip() for label, value in lines.items()
    )
    if horizon not in lines:
        body += f"\n{horizon}"
    text = f"#XRP — Short\nENTRY: 0.5171 - 0.5285\n\nTARGETS\n{body}\n\nSTOP LOSS: 0.5419"
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    ("text", "coin"),
    [
        ("Margin mode: ISO | Lev: 25\nEntry: 0.4644\nTP: 0.4568 - 0.4508\nSL: 0.4747", None),
        ("Mode: CROSS\nEntry: 0.4644\nTP: 0.4568 - 0.4508\nSL: 0.4747", None),
        ("The Sunday Setup, issue 63: MOODENG (long)\nEntry: 0.21\nTP: 0.23\nSL: 0.19", "MOODENG"),
        ("Trade of the week: MOODENG\nLong\nEntry: 0.21\nTP: 0.23\nSL: 0.19", "MOODENG"),
    ],
)
def test_a_headings_value_may_name_the_coin_a_labels_never(text: str, coin: str | None) -> None:
    """A value after a heading of two words or more can be the coin; after one word
    ("Margin: ISO") it is the label's value."""
    parsed = parse_message(text)
    if coin is None:
        assert parsed.kind not in ACTED or parsed.symbol not in ("ISO", "CROSS"), (text, parsed)
    else:
        assert parsed.symbol == coin, (text, parsed)
