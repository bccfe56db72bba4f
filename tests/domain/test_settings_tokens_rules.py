"""Trader settings bounds, token normalisation, and every copy rule with its sentence."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.domain.enums import RejectReason, Side, SignalKind
from tradermanager.domain.errors import ValidationError
from tradermanager.domain.models import Signal
from tradermanager.domain.rules import decide
from tradermanager.domain.settings import make_settings, update_settings
from tradermanager.domain.tokens import normalise_token

T = datetime(2026, 1, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("raw", "token"),
    [
        ("btc", "BTC"),
        ("BTCUSDT", "BTC"),
        ("BTC/USDT", "BTC"),
        ("#BTC", "BTC"),
        ("$BTC", "BTC"),
        ("BTC-PERP", "BTC"),
        ("ethbusd", "ETH"),
        ("1000PEPEUSDT", "1000PEPE"),
        ("USDT", "USDT"),
        (" sol ", "SOL"),
        ("XRP:USDT", "XRP"),
    ],
)
def test_token_spellings_mean_one_token(raw, token):
    assert normalise_token(raw) == token


@pytest.mark.parametrize("raw", ["", "   ", "B@D", "#", 42])
def test_garbage_is_not_a_token(raw):
    with pytest.raises(ValidationError) as err:
        normalise_token(raw, "whitelist")
    assert err.value.field == "whitelist" and "token symbol" in err.value.allowed


@pytest.mark.parametrize(
    ("field", "good", "bad", "allowed"),
    [
        ("multiplier", [0.5, 1.0, 2.0], [0.49, 2.01, "x", True, float("nan")], "0.5 to 2.0"),
        ("min_confidence", [0.0, 0.7, 1.0], [-0.01, 1.01], "0.0 to 1.0"),
        ("max_leverage", [1, 10, 125], [0, 126, 2.5], "1 to 125"),
        ("priority", [0, 100], [-1, 101], "0 to 100"),
        ("reference_capital", [1, 1e6], [0, -5], "USD amount"),
        ("paper_only", [True, False], [1, "yes"], "true or false"),
        ("active", [True], [0], "true or false"),
        ("source", ["binance", "telegram", "manual"], ["etoro"], "binance, telegram or manual"),
    ],
)
def test_every_setting_has_bounds(field, good, bad, allowed):
    for value in good:
        make_settings(name="A", **{field: value})
    for value in bad:
        with pytest.raises(ValidationError) as err:
            make_settings(name="A", **{field: value})
        assert err.value.field == field and allowed in str(err.value)
        assert repr(value) in str(err.value) or str(value) in str(err.value)


def test_defaults_and_high_leverage_flag():
    s = make_settings(name="  Alice  ")
    assert (s.name, s.multiplier, s.min_confidence, s.max_leverage) == ("Alice", 1.0, 0.7, 5)
    assert s.paper_only and s.active and not s.high_leverage
    assert make_settings(name="A", max_leverage=11).high_leverage
    assert not make_settings(name="A", max_leverage=10).high_leverage


def test_name_unknown_keys_and_token_lists():
    with pytest.raises(ValidationError, match="name"):
        make_settings(name="   ")
    with pytest.raises(ValidationError, match="colour"):
        make_settings(name="A", colour="red")
    s = make_settings(name="A", whitelist="btcusdt, #eth", blacklist=["$doge"])
    assert s.whitelist == {"BTC", "ETH"} and s.blacklist == {"DOGE"}
    with pytest.raises(ValidationError, match="both white- and blacklisted"):
        make_settings(name="A", whitelist="BTC,ETH", blacklist="eth")
    with pytest.raises(ValidationError, match="both"):
        update_settings(s, blacklist="BTC")


def signal(kind=SignalKind.OPEN, symbol="BTC", leverage=5.0, confidence=0.8, side=Side.LONG):
    return Signal(
        source_id="1",
        symbol=symbol,
        side=side,
        kind=kind,
        price=100.0,
        trader_time=T,
        received_time=T,
        leverage=leverage,
        confidence=confidence,
    )


SETTINGS = make_settings(
    name="Alice",
    max_leverage=10,
    min_confidence=0.7,
    whitelist="BTC,ETH,DOGE",
    blacklist="PEPE",
)


@pytest.mark.parametrize(
    ("changes", "sig", "reason", "sentence"),
    [
        (
            {"active": False},
            signal(),
            RejectReason.TRADER_PAUSED,
            "Alice is paused: new signals are not copied.",
        ),
        (
            {},
            signal(symbol="PEPE"),
            RejectReason.TOKEN_BLACKLISTED,
            "PEPE is on this trader's blacklist.",
        ),
        (
            {},
            signal(symbol="SOL"),
            RejectReason.TOKEN_NOT_WHITELISTED,
            "SOL is not on this trader's whitelist (BTC, DOGE, ETH).",
        ),
        (
            {},
            signal(leverage=12),
            RejectReason.LEVERAGE_ABOVE_MAX,
            "Leverage 12x is above this trader's limit of 10x.",
        ),
        (
            {},
            signal(confidence=0.695),
            RejectReason.CONFIDENCE_BELOW_MIN,
            "Confidence 69.5% is below this trader's minimum of 70%.",
        ),
        (
            {},
            signal(kind=SignalKind.CLOSE),
            RejectReason.NO_OPEN_POSITION,
            "You hold no open BTC long from Alice, so there is nothing to close.",
        ),
    ],
)
def test_every_reject_reason_has_a_sentence(changes, sig, reason, sentence):
    decision = decide(sig, update_settings(SETTINGS, **changes) if changes else SETTINGS)
    assert not decision.accepted and decision.reason is reason and decision.message == sentence


def test_archived_missing_confidence_and_duplicate_position():
    assert decide(signal(), SETTINGS, archived=True).reason is RejectReason.TRADER_ARCHIVED
    no_conf = signal(confidence=None)
    assert decide(no_conf, SETTINGS).accepted  # accepted unless the global setting says no
    refused = decide(no_conf, SETTINGS, require_confidence=True)
    assert refused.reason is RejectReason.CONFIDENCE_MISSING
    again = decide(signal(), SETTINGS, holds_position=True)
    assert again.reason is RejectReason.ALREADY_IN_POSITION


def test_closing_and_updating_a_held_position_pass_a_pause():
    paused = update_settings(SETTINGS, active=False)
    for kind in (SignalKind.CLOSE, SignalKind.UPDATE):
        decision = decide(
            signal(kind=kind, symbol="PEPE", leverage=50), paused, holds_position=True
        )
        assert decision.accepted


@given(
    token=st.sampled_from(["BTC", "ETH", "DOGE", "PEPE", "SOL"]),
    leverage=st.floats(1, 125),
    confidence=st.one_of(st.none(), st.floats(0, 1)),
    max_leverage=st.integers(1, 125),
    min_confidence=st.floats(0, 1),
    active=st.booleans(),
    require=st.booleans(),
)
def test_an_accepted_open_signal_never_breaks_a_limit(
    token, leverage, confidence, max_leverage, min_confidence, active, require
):
    settings = update_settings(
        SETTINGS, max_leverage=max_leverage, min_confidence=min_confidence, active=active
    )
    sig = signal(symbol=token, leverage=leverage, confidence=confidence)
    decision = decide(sig, settings, require_confidence=require)
    if decision.accepted:
        assert settings.active and settings.allows_token(token)
        assert leverage <= settings.max_leverage
        if confidence is None:
            assert not require
        else:
            assert confidence >= settings.min_confidence
    else:
        assert decision.reason is not None and decision.message
