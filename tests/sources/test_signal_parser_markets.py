"""How channels name the market and write its prices: exchange spellings, coin names, word
tickers, lowercase coins, counted zeros and dot thousands."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import MessageKind, parse_message
from tradermanager.sources.signal_parser.numbers import (
    _COMMA_DECIMAL_LANGUAGE,
    convention,
    dot_thousands_open,
    expand_zero_counts,
    lowered,
)
from tradermanager.sources.signal_parser.symbols import find_symbol

SUBSCRIPT = "₀₁₂₃₄₅₆₇₈₉"


@pytest.mark.parametrize(
    ("text", "symbol", "contract", "market"),
    [
        ("BTCUSDT.P LONG", "BTC", "BTCUSDT", ""),
        ("BINANCE:ETHUSDT.P short", "ETH", "ETHUSDT", ""),
        ("SOL-USDT-SWAP long", "SOL", "SOLUSDT", ""),
        ("ETH-USD-SWAP short", "ETH", "ETHUSD_PERP", "coinm"),
        ("WIFUSDT_UMCBL long", "WIF", "WIFUSDT", ""),
        ("BTCUSD_DMCBL long", "BTC", "BTCUSD_PERP", "coinm"),
        ("XBTUSDTM long", "BTC", "BTCUSDT", ""),
        ("XBTUSDM short", "BTC", "BTCUSD_PERP", "coinm"),
        ("LTCUSDTM long", "LTC", "LTCUSDT", ""),
        ("XRP/FDUSD long", "XRP", "XRPFDUSD", ""),
        ("BTCUSDC short", "BTC", "BTCUSDC", ""),
        ("$MOVE short", "MOVE", "MOVEUSDT", ""),
        ("MOVE/USDT long", "MOVE", "MOVEUSDT", ""),
        ("NOTUSDT long", "NOT", "NOTUSDT", ""),
        ("Bitcoin long 63450", "BTC", "BTCUSDT", ""),
        ("Going short on ether at 3412", "ETH", "ETHUSDT", ""),
        ("CHAINLINK LONG", "LINK", "LINKUSDT", ""),
        ("long pepe 0.00001234", "PEPE", "PEPEUSDT", ""),
        ("short ada @ 0.4647", "ADA", "ADAUSDT", ""),
        ("long 1000bonk 0.0262", "1000BONK", "1000BONKUSDT", ""),
        ("Signal: LONG pepe\nEntry: 0.00000812", "PEPE", "PEPEUSDT", ""),  # a line's end
        ("kPEPE long 0.00812", "1000PEPE", "1000PEPEUSDT", ""),  # Hyperliquid's 1000-coin
        ("kPEPE-USD LONG", "1000PEPE", "1000PEPEUSD", ""),
        ("SOL-USD long", "SOL", "SOLUSD", ""),
        ("BTC_USDT long", "BTC", "BTCUSDT", ""),
    ],
)
def test_market_spellings(text: str, symbol: str, contract: str, market: str) -> None:
    found = find_symbol(text)
    assert found is not None
    assert (found.market.base, found.market.contract, found.market.kind) == (
        symbol,
        contract,
        market,
    )


@pytest.mark.parametrize(
    "text",
    [
        "a long later",
        "long near 148 looks good",  # "near" right after the side word is a word, not NEAR
        "long/short ratio 1.2",
        "SHORT\nIngresso: 0,12067",  # a label on the next line is no coin
        "#SIGNAL long",
        "Take Cross /USDT",  # a word before a spaced slash stays a keyword
        "went long yesterday 148 and closed at 152",
        "Long wick at 62,800 rejected",
        "might look for a long later",
    ],
)
def test_words_that_are_no_coin(text: str) -> None:
    found = find_symbol(text)
    assert found is None or found.market.base not in {
        "NEAR",
        "RATIO",
        "INGRESSO",
        "SIGNAL",
        "CROSS",
    }


def test_keyword_after_hash_is_still_no_coin_but_after_dollar_it_is() -> None:
    assert find_symbol("#MOVE SL to entry") is None or find_symbol("#MOVE SL").market.base != "MOVE"
    assert find_symbol("$ID long").market.base == "ID"


@pytest.mark.parametrize("pair", ["ETH/BTC", "ETHBTC", "SOL/BTC", "LINK/ETH"])
def test_pair_quoted_in_a_coin_goes_to_review(pair: str) -> None:
    parsed = parse_message(f"{pair} LONG\nEntry: 0.05412\nTarget: 0.0563\nStop: 0.0525")
    assert parsed.kind is MessageKind.NEEDS_REVIEW
    assert "not in dollars" in parsed.reason


def test_wrapped_bitcoin_is_no_btc_quoted_pair() -> None:
    parsed = parse_message("WBTCUSDT LONG\nEntry: 63450\nTP: 64200\nSL: 62800")
    assert (parsed.kind, parsed.symbol) == (MessageKind.SIGNAL, "WBTC")


def test_counted_zeros_are_written_out() -> None:
    parsed = parse_message(
        "$SHIB SHORT\nEntry: $0.0₄22296\nTargets: $0.0{4}2187 - $0.0₄214\nStop: 0.0₄23088"
    )
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.entries == (0.000022296,)
    assert parsed.take_profits == (0.00002187, 0.0000214)
    assert parsed.stop_loss == 0.000023088


@given(
    zeros=st.integers(min_value=1, max_value=15),
    digits=st.integers(min_value=1, max_value=99_999_999).map(str),
    braces=st.booleans(),
    mark=st.sampled_from(".,"),
)
def test_counted_zeros_value(zeros: int, digits: str, braces: bool, mark: str) -> None:
    count = "{" + str(zeros) + "}" if braces else "".join(SUBSCRIPT[int(c)] for c in str(zeros))
    out = expand_zero_counts(f"Entry: 0{mark}0{count}{digits} ok")
    number = out.split()[1]
    assert Decimal(number.replace(",", ".")) == Decimal("0." + "0" * zeros + digits)
    assert out.endswith(" ok")


@given(st.text(alphabet=st.characters(blacklist_characters="{" + SUBSCRIPT)))
def test_text_without_counted_zeros_is_unchanged(text: str) -> None:
    assert expand_zero_counts(text) is text


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("XRP LONG\nEntry: ٠٫٥٢٣١\nTP: ٠٫٥٤\nSL: ٠٫٥١", 0.5231),  # Arabic decimal sign
        ("BTC LONG\nEntry: ٦٣٬٤٥٠\nTP: ٦٤٬٢٠٠\nSL: ٦٢٬٨٠٠", 63450.0),  # Arabic thousands sign
        ("BTC_USDT long 63450 tp 64200 sl 62800", 63450.0),
        ("BTCUSDTPERP long 63450 tp 64200 sl 62800", 63450.0),
        ("Long Bitcoin (BTC) at 63,450. TP 64,200. SL 62,800.", 63450.0),
    ],
)
def test_more_spellings_read(text: str, entry: float) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (entry,)
    assert parsed.contract in ("XRPUSDT", "BTCUSDT")


def test_plain_number_settles_dot_thousands() -> None:
    parsed = parse_message("Sinal: COMPRA #BTC\nEntrada: 62.112\nAlvo 1: 63.385\nStop: 59404")
    assert parsed.kind is MessageKind.SIGNAL
    assert (parsed.entries, parsed.take_profits, parsed.stop_loss) == ((62112,), (63385,), 59404)


def test_zero_ended_dot_group_with_nothing_to_settle_goes_to_review() -> None:
    text = "Sinal: VENDA #ETH\nEntrada: 3.680\nAlvo 1: 3.620\nStop: 3.780"
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW
    # the stored price settles it
    parsed = parse_message(text, reference_price=3650.0)
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.entries == (3680,)


def test_dot_group_in_english_labels_stays_a_decimal() -> None:
    parsed = parse_message("#APT LONG\nEntry: 8.390\nTP: 8.520\nSL: 8.210")
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.entries == (8.39,)


def test_scientific_notation_is_refused() -> None:
    parsed = parse_message("$SHIB short\nEntry: 2.303e-05\nTP: 2.271e-05\nSL: 2.401e-05")
    assert parsed.kind is MessageKind.NEEDS_REVIEW
    assert "scientific" in parsed.reason


_PLAIN_DOT_GROUP_ZERO = re.compile(r"\d\.\d\d0(?![\d])")


@given(
    st.lists(
        st.sampled_from(
            ["3.680", "3.68", ".680", "a.680", "63.450", "3.6805", "Entrada: ", " ", "x"]
        ),
        max_size=6,
    ).map("".join)
)
def test_dot_group_zero_fast_form_matches_the_plain_pattern(text: str) -> None:
    plain = (
        _PLAIN_DOT_GROUP_ZERO.search(text) is not None
        and _COMMA_DECIMAL_LANGUAGE.search(lowered(text)) is not None
        and convention(text, lowered(text)) == ""
    )
    assert dot_thousands_open(text) == plain


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("Bitcoin Cash long 480 tp 495 sl 465", "BCH"),
        ("Going long on Bitcoin Cash at 480. Targets 495, 510. Stop loss 465.", "BCH"),
        ("Coin: Bitcoin Cash\nLong\nEntry: 480\nTP: 495\nSL: 465", "BCH"),
        ("ETHEREUM CLASSIC SHORT\nEntry: 24.5\nTP1: 24\nSL: 25.1", "ETC"),
        ("Shiba Inu long 0.00002451 tp 0.0000252 sl 0.0000238", "SHIB"),
        ("Bitcoin long 63450 tp 64200 sl 62800", "BTC"),
    ],
)
def test_a_two_word_name_is_one_coin(text: str, symbol: str) -> None:
    parsed = parse_message(text)
    assert (parsed.kind, parsed.symbol) == (MessageKind.SIGNAL, symbol)
