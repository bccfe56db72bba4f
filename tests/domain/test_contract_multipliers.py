"""Multiplier contracts name their coin for white/blacklists and keep the contract for
orders; USDⓈ-M, COIN-M and spot are told apart."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tradermanager.domain.enums import RejectReason, Side, SignalKind
from tradermanager.domain.errors import ValidationError
from tradermanager.domain.models import Signal
from tradermanager.domain.rules import decide
from tradermanager.domain.settings import TraderSettings
from tradermanager.domain.tokens import (
    MarketKind,
    list_token,
    multiplier_of,
    normalise_token,
    normalise_tokens,
    parse_market,
)


@pytest.mark.parametrize(
    ("raw", "base", "token", "multiplier"),
    [
        ("1000SHIBUSDT", "1000SHIB", "SHIB", 1_000),
        ("1000PEPEUSDT", "1000PEPE", "PEPE", 1_000),
        ("1MBABYDOGEUSDT", "1MBABYDOGE", "BABYDOGE", 1_000_000),
        ("1000000MOGUSDT", "1000000MOG", "MOG", 1_000_000),
        ("10000LADYSUSDT", "10000LADYS", "LADYS", 10_000),
        ("#1000BONK/USDT", "1000BONK", "BONK", 1_000),
        ("1INCHUSDT", "1INCH", "1INCH", 1),  # a token that starts with 1, no multiplier
        ("BTCUSDT", "BTC", "BTC", 1),
    ],
)
def test_contract_keeps_its_base_and_names_its_coin(raw, base, token, multiplier):
    market = parse_market(raw)
    assert (market.base, market.token, market.multiplier) == (base, token, multiplier)
    assert normalise_token(raw) == base
    assert list_token(raw) == token
    assert multiplier_of(base) == multiplier


def test_lists_store_the_coin_of_a_multiplier_contract():
    assert normalise_tokens("1000SHIB, pepe, 1000PEPEUSDT", "blacklist") == {"SHIB", "PEPE"}


@pytest.mark.parametrize(
    ("raw", "context", "kind", "contract"),
    [
        ("BTCUSD_PERP", "", MarketKind.COINM, "BTCUSD_PERP"),
        ("ETHUSD_250627", "", MarketKind.COINM, "ETHUSD_250627"),
        ("BTCUSDT", "", "", "BTCUSDT"),
        ("BTCUSDT", MarketKind.SPOT, MarketKind.SPOT, "BTCUSDT"),
        ("BTC/USDC", "", "", "BTCUSDC"),
        ("ETH-PERP", "", "", "ETHUSDT"),
    ],
)
def test_usdm_coinm_and_spot_are_kept_apart(raw, context, kind, contract):
    market = parse_market(raw, context)
    assert (market.kind, market.contract) == (kind, contract)


def test_a_coin_margined_and_a_usdm_contract_share_the_coin_not_the_contract():
    coin_m, usd_m = parse_market("BTCUSD_PERP"), parse_market("BTCUSDT")
    assert coin_m.token == usd_m.token == "BTC"
    assert coin_m.contract != usd_m.contract


def test_no_symbol_is_refused_with_the_field():
    with pytest.raises(ValidationError, match="symbol"):
        parse_market("!!!")


def _signal(symbol: str) -> Signal:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    return Signal(
        source_id="s1",
        symbol=symbol,
        side=Side.LONG,
        kind=SignalKind.OPEN,
        price=0.0245,
        trader_time=now,
        received_time=now,
        leverage=5.0,
    )


def _settings(**lists: str) -> TraderSettings:
    return TraderSettings(name="Chan", **{k: normalise_tokens(v, k) for k, v in lists.items()})


def test_a_blacklisted_shib_is_not_copied_as_1000shib():
    decision = decide(_signal("1000SHIB"), _settings(blacklist="SHIB"))
    assert decision.reason is RejectReason.TOKEN_BLACKLISTED
    assert decision.message == "1000SHIB (SHIB) is on this trader's blacklist."


def test_a_whitelisted_pepe_lets_the_1000pepe_contract_through():
    assert decide(_signal("1000PEPE"), _settings(whitelist="PEPE")).accepted


def test_a_list_that_still_names_the_contract_matches_too():
    settings = TraderSettings(name="Chan", blacklist=frozenset({"1000SHIB"}))
    assert decide(_signal("1000SHIB"), settings).reason is RejectReason.TOKEN_BLACKLISTED
