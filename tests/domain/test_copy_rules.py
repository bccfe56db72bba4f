"""decide(): every reject reason with its sentence, what passes a pause, and properties."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.domain.enums import ACCOUNT_REASONS, RejectReason, Side, SignalKind
from tradermanager.domain.models import Decision, Signal
from tradermanager.domain.rules import decide
from tradermanager.domain.settings import make_settings, update_settings

T = datetime(2026, 1, 15, 12, tzinfo=UTC)

BOB = make_settings(name="Bob", max_leverage=10, min_confidence=0.7)


def sig(
    symbol: str = "BTC",
    *,
    kind: SignalKind = SignalKind.OPEN,
    side: Side = Side.LONG,
    leverage: float = 5.0,
    confidence: float | None = 0.8,
) -> Signal:
    return Signal(
        source_id="s1",
        symbol=symbol,
        side=side,
        kind=kind,
        price=100.0,
        trader_time=T,
        received_time=T,
        leverage=leverage,
        confidence=confidence,
    )


def test_a_signal_within_every_limit_is_copied_with_a_sentence():
    decision = decide(sig(), BOB)
    assert decision == Decision(True, None, "Copied: BTC long at 5x from Bob.")


def test_paused_trader_rejects_new_signals():
    decision = decide(sig(), update_settings(BOB, active=False))
    assert decision.reason is RejectReason.TRADER_PAUSED
    assert decision.message == "Bob is paused: new signals are not copied."
    assert not decision.accepted


def test_archived_trader_rejects_new_signals():
    decision = decide(sig(), BOB, archived=True)
    assert decision.reason is RejectReason.TRADER_ARCHIVED
    assert decision.message == "Bob is archived: new signals are not copied."


def test_blacklisted_token_is_rejected():
    decision = decide(sig("DOGE"), update_settings(BOB, blacklist="DOGE"))
    assert decision.reason is RejectReason.TOKEN_BLACKLISTED
    assert decision.message == "DOGE is on this trader's blacklist."


def test_token_not_on_the_whitelist_is_rejected_listing_the_whitelist():
    decision = decide(sig("SOL"), update_settings(BOB, whitelist="eth,btc"))
    assert decision.reason is RejectReason.TOKEN_NOT_WHITELISTED
    assert decision.message == "SOL is not on this trader's whitelist (BTC, ETH)."


def test_whitelisted_token_passes():
    assert decide(sig("ETH"), update_settings(BOB, whitelist="BTC,ETH")).accepted


def test_empty_whitelist_allows_every_token():
    assert decide(sig("WIF"), BOB).accepted


def test_leverage_above_max_is_rejected_with_the_exact_sentence():
    decision = decide(sig(leverage=12), BOB)
    assert decision.reason is RejectReason.LEVERAGE_ABOVE_MAX
    assert decision.message == "Leverage 12x is above this trader's limit of 10x."


def test_leverage_equal_to_max_passes():
    assert decide(sig(leverage=10), BOB).accepted


def test_fractional_leverage_is_shown_as_given():
    decision = decide(sig(leverage=10.5), BOB)
    assert decision.message == "Leverage 10.5x is above this trader's limit of 10x."


def test_confidence_below_min_is_rejected():
    decision = decide(sig(confidence=0.65), BOB)
    assert decision.reason is RejectReason.CONFIDENCE_BELOW_MIN
    assert decision.message == "Confidence 65% is below this trader's minimum of 70%."


def test_confidence_just_below_min_is_not_rounded_to_the_min():
    decision = decide(sig(confidence=0.695), BOB)
    assert decision.message == "Confidence 69.5% is below this trader's minimum of 70%."


def test_a_rejected_confidence_never_reads_as_the_minimum():
    decision = decide(sig(confidence=0.6999), BOB)
    assert decision.reason is RejectReason.CONFIDENCE_BELOW_MIN
    assert decision.message == "Confidence 69.99% is below this trader's minimum of 70%."


def test_confidence_equal_to_min_passes():
    assert decide(sig(confidence=0.7), BOB).accepted


def test_missing_confidence_is_accepted_by_default():
    assert decide(sig(confidence=None), BOB).accepted


def test_missing_confidence_is_rejected_when_required():
    decision = decide(sig(confidence=None), BOB, require_confidence=True)
    assert decision.reason is RejectReason.CONFIDENCE_MISSING
    assert decision.message == (
        "The signal gives no confidence, and signals without one are not copied (global setting)."
    )


def test_a_given_confidence_passes_when_confidence_is_required():
    assert decide(sig(confidence=0.9), BOB, require_confidence=True).accepted


@pytest.mark.parametrize("kind", [SignalKind.CLOSE, SignalKind.UPDATE])
def test_close_or_update_without_a_position_is_rejected(kind):
    decision = decide(sig(kind=kind, side=Side.SHORT), BOB)
    assert decision.reason is RejectReason.NO_OPEN_POSITION
    assert decision.message == (
        f"You hold no open BTC short from Bob, so there is nothing to {kind.value}."
    )


def test_second_entry_while_in_position_is_rejected():
    decision = decide(sig(), BOB, holds_position=True)
    assert decision.reason is RejectReason.ALREADY_IN_POSITION
    assert decision.message == (
        "You already hold a BTC long from Bob; a second entry is not copied."
    )


def test_close_of_a_held_position_passes_a_pause():
    decision = decide(
        sig(kind=SignalKind.CLOSE), update_settings(BOB, active=False), holds_position=True
    )
    assert decision == Decision(True, None, "Closes your open BTC long copied from Bob.")


def test_update_of_a_held_position_passes_a_pause():
    decision = decide(
        sig(kind=SignalKind.UPDATE), update_settings(BOB, active=False), holds_position=True
    )
    assert decision == Decision(True, None, "Updates your open BTC long copied from Bob.")


def test_close_of_a_held_position_passes_every_filter():
    strict = update_settings(BOB, active=False, blacklist="BTC", min_confidence=1.0)
    close = sig(kind=SignalKind.CLOSE, leverage=100, confidence=None)
    assert decide(
        close, strict, holds_position=True, archived=True, require_confidence=True
    ).accepted


def test_every_reject_reason_is_reachable():
    seen = {
        decide(sig(), update_settings(BOB, active=False)).reason,
        decide(sig(), BOB, archived=True).reason,
        decide(sig("DOGE"), update_settings(BOB, blacklist="DOGE")).reason,
        decide(sig("SOL"), update_settings(BOB, whitelist="BTC")).reason,
        decide(sig(leverage=12), BOB).reason,
        decide(sig(confidence=0.1), BOB).reason,
        decide(sig(confidence=None), BOB, require_confidence=True).reason,
        decide(sig(kind=SignalKind.CLOSE), BOB).reason,
        decide(sig(), BOB, holds_position=True).reason,
    }
    assert seen == set(RejectReason) - ACCOUNT_REASONS  # the rest: tests/domain/engine


# -- properties -------------------------------------------------------------------------------

TOKENS = ["BTC", "ETH", "SOL", "DOGE", "PEPE"]
token_sets = st.frozensets(st.sampled_from(TOKENS), max_size=3)


@st.composite
def settings_strategy(draw):
    white = draw(token_sets)
    black = draw(token_sets) - white
    return make_settings(
        name="P",
        max_leverage=draw(st.integers(1, 125)),
        min_confidence=draw(st.floats(0, 1)),
        whitelist=white,
        blacklist=black,
        active=draw(st.booleans()),
    )


@given(
    settings=settings_strategy(),
    token=st.sampled_from(TOKENS),
    leverage=st.floats(1, 125),
    confidence=st.one_of(st.none(), st.floats(0, 1)),
    require=st.booleans(),
    archived=st.booleans(),
    holds=st.booleans(),
)
def test_an_accepted_open_signal_never_breaks_a_limit(
    settings, token, leverage, confidence, require, archived, holds
):
    decision = decide(
        sig(token, leverage=leverage, confidence=confidence),
        settings,
        holds_position=holds,
        archived=archived,
        require_confidence=require,
    )
    if decision.accepted:
        assert decision.reason is None
        assert settings.active and not archived and not holds
        assert leverage <= settings.max_leverage
        assert token not in settings.blacklist
        assert not settings.whitelist or token in settings.whitelist
        if confidence is None:
            assert not require
        else:
            assert confidence >= settings.min_confidence
    else:
        assert isinstance(decision.reason, RejectReason) and decision.message


@given(
    settings=settings_strategy(),
    kind=st.sampled_from([SignalKind.CLOSE, SignalKind.UPDATE]),
    holds=st.booleans(),
    archived=st.booleans(),
)
def test_close_and_update_pass_exactly_when_a_position_is_held(settings, kind, holds, archived):
    decision = decide(sig(kind=kind), settings, holds_position=holds, archived=archived)
    assert decision.accepted is holds
    if not holds:
        assert decision.reason is RejectReason.NO_OPEN_POSITION


@given(settings=settings_strategy(), token=st.sampled_from(TOKENS), lev=st.floats(1, 125))
def test_decide_is_pure(settings, token, lev):
    signal = sig(token, leverage=lev)
    assert decide(signal, settings) == decide(signal, settings)
