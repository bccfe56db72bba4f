"""The pipeline service: one stored decision per signal, never copied twice, bulk = one by one,
live mode sends nothing. What a copy then does (fills, fees, liquidation) is the paper
account's: tests/services/test_execution_rules.py."""

from __future__ import annotations

import itertools
import sqlite3
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tradermanager.domain.enums import RejectReason, Side, SignalKind
from tradermanager.domain.errors import NotFoundError
from tradermanager.domain.models import Signal

MIN = timedelta(minutes=1)


def make_signal(clock, n, kind=SignalKind.OPEN, price=100.0, *, symbol="BTC", side=Side.LONG,
                leverage=10.0, confidence=0.9):  # fmt: skip
    t = clock.now() + n * MIN
    return Signal(
        source_id=f"m{n}",
        symbol=symbol,
        side=side,
        kind=kind,
        price=price,
        trader_time=t,
        received_time=t,
        leverage=leverage,
        confidence=confidence,
    )


def count(db_path, table: str) -> int:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def ann(services):
    services.settings.update(taker_fee=0.0004)  # the hand computations use a 0.04 % taker fee
    return services.traders.add(name="Ann", max_leverage=20, min_confidence=0.6, blacklist="DOGE")


# -- one decision per signal ------------------------------------------------------------------


def mixed_signals(clock):
    return [
        make_signal(clock, 1),  # accepted, opens
        make_signal(clock, 2, symbol="DOGE"),  # blacklisted
        make_signal(clock, 3, symbol="ETH", leverage=25),  # leverage above max
        make_signal(clock, 4, symbol="ETH", confidence=0.3),  # confidence below min
        make_signal(clock, 5, SignalKind.CLOSE, symbol="ETH"),  # nothing to close
        make_signal(clock, 6),  # already in position
        make_signal(clock, 7, SignalKind.UPDATE, 101.0),  # accepted, nothing to execute
        make_signal(clock, 8, SignalKind.CLOSE, 110.0),  # accepted, closes
    ]


def test_every_signal_gets_exactly_one_stored_decision(services, ann, clock, db_path):
    for signal in mixed_signals(clock):
        services.pipeline.process("Ann", signal)
    assert count(db_path, "signal") == count(db_path, "decision") == 8
    stored = services.pipeline.signals("Ann")
    assert all(s.decision is not None and s.decided_at == clock.now() for s in stored)


def test_every_decision_is_stored_with_its_reason(services, ann, clock):
    for signal in mixed_signals(clock):
        services.pipeline.process("Ann", signal)
    reasons = {s.signal.source_id: s.decision.reason for s in services.pipeline.signals("Ann")}
    assert reasons == {
        "m1": None,
        "m2": RejectReason.TOKEN_BLACKLISTED,
        "m3": RejectReason.LEVERAGE_ABOVE_MAX,
        "m4": RejectReason.CONFIDENCE_BELOW_MIN,
        "m5": RejectReason.NO_OPEN_POSITION,
        "m6": RejectReason.ALREADY_IN_POSITION,
        "m7": None,
        "m8": None,
    }


def test_rejection_sentence_is_stored(services, ann, clock):
    services.pipeline.process("Ann", make_signal(clock, 1, leverage=25))
    stored = services.pipeline.signals("Ann")[0]
    assert stored.decision.message == "Leverage 25x is above this trader's limit of 20x."


def test_signals_are_listed_newest_first(services, ann, clock):
    for signal in mixed_signals(clock):
        services.pipeline.process("Ann", signal)
    ids = [s.signal.source_id for s in services.pipeline.signals("Ann")]
    assert ids == [f"m{n}" for n in range(8, 0, -1)]
    assert [s.signal.source_id for s in services.pipeline.signals(limit=2)] == ["m8", "m7"]


# -- paper copies -----------------------------------------------------------------------------


def test_an_accepted_open_goes_to_the_paper_account_and_writes_no_copy(
    services, ann, clock, db_path
):
    result = services.pipeline.process("Ann", make_signal(clock, 1))
    assert result.decision.accepted and not result.duplicate
    assert result.paper and result.copied_trade is None
    assert count(db_path, "copied_trade") == 0


def test_missing_confidence_is_accepted_unless_the_global_setting_requires_it(services, ann, clock):
    assert services.pipeline.process(
        "Ann", make_signal(clock, 1, confidence=None)
    ).decision.accepted
    services.settings.update(require_confidence=True)
    refused = services.pipeline.process("Ann", make_signal(clock, 2, symbol="ETH", confidence=None))
    assert refused.decision.reason is RejectReason.CONFIDENCE_MISSING


def test_a_paused_trader_still_closes_what_i_hold(services, ann, clock):
    services.pipeline.process("Ann", make_signal(clock, 1))
    services.traders.toggle("Ann", active=False)
    blocked = services.pipeline.process("Ann", make_signal(clock, 2, symbol="ETH"))
    closed = services.pipeline.process("Ann", make_signal(clock, 3, SignalKind.CLOSE, 105.0))
    assert blocked.decision.reason is RejectReason.TRADER_PAUSED
    assert closed.decision.accepted and closed.paper


def test_an_archived_trader_copies_nothing_new(services, ann, clock):
    services.traders.delete("Ann")
    result = services.pipeline.process(ann.id, make_signal(clock, 1))
    assert result.decision.reason is RejectReason.TRADER_ARCHIVED and result.copied_trade is None


def test_unknown_trader_is_not_found(services, clock):
    with pytest.raises(NotFoundError):
        services.pipeline.process("Nobody", make_signal(clock, 1))


# -- idempotence ------------------------------------------------------------------------------


def test_the_same_signal_twice_is_a_duplicate_with_the_first_decision(services, ann, clock):
    first = services.pipeline.process("Ann", make_signal(clock, 1))
    again = services.pipeline.process("Ann", make_signal(clock, 1))
    assert again.duplicate and again.signal_id == first.signal_id
    assert again.decision == first.decision and again.copied_trade is None


def test_the_same_signal_twice_is_stored_and_copied_once(services, ann, clock, db_path):
    services.pipeline.process("Ann", make_signal(clock, 1))
    services.pipeline.process("Ann", make_signal(clock, 1))
    assert count(db_path, "signal") == count(db_path, "decision") == 1


def test_a_repeated_source_id_is_a_duplicate_even_if_its_fields_changed(services, ann, clock):
    services.pipeline.process("Ann", make_signal(clock, 1, leverage=25))
    again = services.pipeline.process("Ann", make_signal(clock, 1, leverage=2))
    assert again.duplicate and again.decision.reason is RejectReason.LEVERAGE_ABOVE_MAX


def test_the_same_source_id_from_two_traders_is_two_signals(services, ann, clock):
    services.traders.add(name="Bob")
    a = services.pipeline.process("Ann", make_signal(clock, 1))
    b = services.pipeline.process("Bob", make_signal(clock, 1, leverage=5))
    assert not a.duplicate and not b.duplicate and a.signal_id != b.signal_id
    assert a.decision.accepted and b.decision.accepted


def test_process_many_skips_signals_seen_before_and_repeated_in_the_batch(services, ann, clock):
    services.pipeline.process("Ann", make_signal(clock, 1))
    batch = [make_signal(clock, 1), make_signal(clock, 2, symbol="ETH")] * 2
    report = services.pipeline.process_many("Ann", batch)
    assert (report.received, report.duplicates, report.accepted, report.opened) == (4, 3, 1, 1)
    assert len(services.pipeline.signals("Ann")) == 2


def test_process_many_counts_what_it_did(services, ann, clock):
    report = services.pipeline.process_many("Ann", mixed_signals(clock))
    assert (report.received, report.duplicates) == (8, 0)
    assert (report.accepted, report.rejected, report.opened, report.closed) == (3, 5, 1, 1)


# -- bulk = one by one -------------------------------------------------------------------------


def outcome(services, name):
    """What a trader's signals came to, with the trader's name taken out of the sentences."""
    return [
        (
            s.signal.source_id,
            s.decision.accepted,
            s.decision.reason,
            s.decision.message.replace(name, "X"),
        )
        for s in services.pipeline.signals(name)
    ]


def test_process_many_gives_the_same_as_one_by_one(services, clock):
    for name in ("One", "Bulk"):
        services.traders.add(name=name, max_leverage=20, min_confidence=0.6, blacklist="DOGE")
    signals = [
        *mixed_signals(clock),
        make_signal(clock, 9, price=120.0),
        make_signal(clock, 10, SignalKind.CLOSE, 80.0, leverage=10),
    ]
    for signal in signals:
        services.pipeline.process("One", signal)
    services.pipeline.process_many("Bulk", reversed(signals))  # sorted by time inside
    assert outcome(services, "One") == outcome(services, "Bulk")
    assert [accepted for _, accepted, _, _ in outcome(services, "One")][:2] == [True, True]


_names = itertools.count()

signal_specs = st.lists(
    st.tuples(
        st.sampled_from(["BTC", "ETH", "DOGE"]),
        st.sampled_from(list(Side)),
        st.sampled_from(list(SignalKind)),
        st.floats(50.0, 150.0),
        st.sampled_from([1.0, 5.0, 10.0, 25.0]),
        st.one_of(st.none(), st.floats(0.0, 1.0)),
    ),
    max_size=15,
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(specs=signal_specs, split=st.integers(0, 15))
def test_property_process_many_equals_process_one_by_one(services, clock, specs, split):
    """Also when part of the history was already processed before the batch."""
    n = next(_names)
    one, bulk = f"One{n}", f"Bulk{n}"
    for name in (one, bulk):
        services.traders.add(name=name, max_leverage=20, blacklist="DOGE")
    signals = [
        Signal(
            source_id=f"s{i}",
            symbol=tok,
            side=side,
            kind=kind,
            price=price,
            trader_time=t,
            received_time=t,
            leverage=lev,
            confidence=conf,
        )
        for i, (tok, side, kind, price, lev, conf) in enumerate(specs)
        for t in [clock.now() + i * MIN]
    ]
    for signal in signals:
        services.pipeline.process(one, signal)
    for signal in signals[:split]:
        services.pipeline.process(bulk, signal)
    services.pipeline.process_many(bulk, signals)
    assert outcome(services, one) == outcome(services, bulk)


# -- live mode ---------------------------------------------------------------------------------


def test_live_mode_records_the_decision_and_says_no_order_was_sent(services, clock, db_path):
    services.traders.add(name="Liv", paper_only=False)
    result = services.pipeline.process("Liv", make_signal(clock, 1, leverage=3))
    assert result.decision.accepted and result.copied_trade is None
    assert "no order was sent" in result.decision.message
    stored = services.pipeline.signals("Liv")[0]
    assert stored.decision == result.decision
    assert count(db_path, "copied_trade") == 0


def test_promoted_trader_sends_new_signals_to_live(services, ann, clock):
    services.traders.promote_to_live("Ann")
    result = services.pipeline.process("Ann", make_signal(clock, 1))
    assert result.copied_trade is None and "no order was sent" in result.decision.message
