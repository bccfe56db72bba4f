"""Every spelling of a market means one base token; garbage is refused with the field named."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.domain.errors import ValidationError
from tradermanager.domain.tokens import QUOTE_SUFFIXES, normalise_token, normalise_tokens


@pytest.mark.parametrize(
    "raw", ["btc", "BTC", "BTCUSDT", "BTC/USDT", "#BTC", "$BTC", "BTC-PERP", "btcusd", " Btc "]
)
def test_spellings_of_bitcoin_mean_btc(raw):
    assert normalise_token(raw) == "BTC"


@pytest.mark.parametrize(
    ("raw", "token"),
    [
        ("ETHBUSD", "ETH"),
        ("ETHUSDC", "ETH"),
        ("SOLFDUSD", "SOL"),
        ("XRPTUSD", "XRP"),
        ("1000PEPEUSDT", "1000PEPE"),
        ("doge/usdt", "DOGE"),
        ("BTCUSDT_PERP", "BTC"),
        ("XRP:USDT", "XRP"),
        ("#eth/usdt", "ETH"),
    ],
)
def test_quote_currency_and_separators_are_stripped(raw, token):
    assert normalise_token(raw) == token


def test_usdt_alone_stays_usdt():
    assert normalise_token("USDT") == "USDT"


@pytest.mark.parametrize("raw", ["BUSD", "TUSD", "FDUSD", "USDC", "USD"])
def test_a_stablecoin_alone_stays_itself(raw):
    assert normalise_token(raw) == raw


@pytest.mark.parametrize("raw", ["", "   ", "B@D", "#", "$", "/", "BTC!", "é", "X" * 21])
def test_garbage_is_refused(raw):
    with pytest.raises(ValidationError) as err:
        normalise_token(raw, "symbol")
    assert err.value.field == "symbol" and err.value.value == raw
    assert "token symbol" in err.value.allowed


@pytest.mark.parametrize("raw", [None, 42, b"BTC", ["BTC"]])
def test_non_text_is_refused(raw):
    with pytest.raises(ValidationError) as err:
        normalise_token(raw)
    assert err.value.field == "token"


def test_default_field_name_is_token():
    with pytest.raises(ValidationError, match=r"^token: got 'B@D'; allowed: a token symbol"):
        normalise_token("B@D")


def test_token_lists_from_a_comma_separated_string():
    assert normalise_tokens("btc, ETHUSDT,, $doge ", "whitelist") == {"BTC", "ETH", "DOGE"}


def test_token_lists_collapse_spellings():
    assert normalise_tokens(["btc", "BTCUSDT", "#BTC"], "whitelist") == {"BTC"}


def test_empty_token_list_is_empty():
    assert normalise_tokens("", "whitelist") == frozenset()
    assert normalise_tokens([], "blacklist") == frozenset()


BASES = st.from_regex(r"[A-Z0-9]{2,8}", fullmatch=True).filter(
    lambda b: not b.endswith(QUOTE_SUFFIXES)
)


@given(BASES)
def test_a_base_token_is_left_as_it_is(base):
    assert normalise_token(base) == base


@given(
    base=BASES,
    quote=st.sampled_from(["USDT", "/USDT", "-PERP", "USDC", "BUSD", ":USDT", ""]),
    prefix=st.sampled_from(["", "#", "$"]),
)
def test_any_spelling_of_a_pair_gives_its_base(base, quote, prefix):
    assert normalise_token(f"{prefix}{base.lower()}{quote}") == base
