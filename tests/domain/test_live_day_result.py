"""Today's result of live copies for the daily loss limit: realised P&L, fees, funding and the
change of unrealised P&L since 00:00 UTC, by hand and against an average-cost book kept the
way an exchange keeps a position (an independent computation)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.domain.live_day_result import (
    DAY_MS,
    NOTHING,
    DayFill,
    copy_day_result,
    day_start,
    held_at,
)

START = 20_000 * DAY_MS  # 00:00 UTC of some day
YESTERDAY = START - 3_600_000
LATER = START + 3_600_000


def test_no_fills_is_nothing():
    assert copy_day_result(True, [], 0.0, START, None, None) == NOTHING
    assert NOTHING.total == 0.0


def test_opened_and_closed_today_counts_the_realised_loss_and_both_fees():
    fills = [
        DayFill(START + 1, True, 60000.0, 0.016, 0.48),
        DayFill(LATER, False, 59000.0, 0.016, 0.472),
    ]
    result = copy_day_result(True, fills, 0.0, START, None, None)
    assert result.trading == pytest.approx(-16.0)  # 0.016 × (59000 − 60000)
    assert result.fees == pytest.approx(0.952)
    assert result.total == pytest.approx(-16.952)


def test_a_copy_held_since_yesterday_counts_only_todays_move():
    # bought at 50000 yesterday (+100 by 00:00 at 60000), 58000 now: −20 today
    fills = [DayFill(YESTERDAY, True, 50000.0, 0.01, 0.25)]
    result = copy_day_result(True, fills, 0.0, START, 60000.0, 58000.0)
    assert result.trading == pytest.approx(-20.0)
    assert result.fees == 0.0  # yesterday's fee was yesterday's loss
    assert result.total == pytest.approx(-20.0)


def test_held_since_yesterday_partly_closed_today_with_funding():
    # realised today 0.01 × (59000 − 50000) = 90; unrealised now 0.01 × (57000 − 50000) = 70;
    # unrealised at 00:00 0.02 × (60000 − 50000) = 200: 90 + 70 − 200 = −40
    fills = [
        DayFill(YESTERDAY, True, 50000.0, 0.02, 0.5),
        DayFill(LATER, False, 59000.0, 0.01, 0.295),
    ]
    result = copy_day_result(True, fills, 1.2, START, 60000.0, 57000.0)
    assert result.trading == pytest.approx(-40.0)
    assert (result.fees, result.funding) == (pytest.approx(0.295), 1.2)
    assert result.total == pytest.approx(-41.495)


def test_a_short_losing_on_the_mark_and_receiving_funding():
    fills = [DayFill(START + 5, True, 3000.0, 0.5, 0.75)]
    result = copy_day_result(False, fills, -0.3, START, None, 3100.0)
    assert result.trading == pytest.approx(-50.0)  # 0.5 × (3000 − 3100)
    assert result.total == pytest.approx(-50.0 - 0.75 + 0.3)


def test_no_move_since_midnight_is_zero():
    fills = [DayFill(YESTERDAY, True, 41000.0, 1.0, 20.5)]
    assert copy_day_result(True, fills, 0.0, START, 42000.0, 42000.0).total == 0.0


def test_the_marks_it_needs_are_asked_for():
    held = [DayFill(YESTERDAY, True, 100.0, 1.0, 0.0)]
    with pytest.raises(ValueError, match="start of the day"):
        copy_day_result(True, held, 0.0, START, None, 100.0)
    with pytest.raises(ValueError, match="mark now"):
        copy_day_result(True, held, 0.0, START, 100.0, None)


def test_day_start_and_holdings():
    assert day_start(START + 12_345) == START and day_start(START) == START
    fills = [DayFill(YESTERDAY, True, 1.0, 2.0, 0.0), DayFill(LATER, False, 1.0, 0.5, 0.0)]
    assert held_at(fills, START) == 2.0 and held_at(fills, LATER + 1) == 1.5


def _average_cost(long, fills, start, mark_start, mark_now):
    """Realised today + unrealised now − unrealised at 00:00, on the exchange's average entry
    price (an exit does not move it)."""
    d = 1.0 if long else -1.0
    held = avg = realised = 0.0
    unrealised_start = None
    for f in sorted(fills, key=lambda f: f.time_ms):
        if unrealised_start is None and f.time_ms >= start:
            unrealised_start = d * held * (mark_start - avg) if held else 0.0
        if f.entry:
            avg = (held * avg + f.quantity * f.price) / (held + f.quantity)
            held += f.quantity
        else:
            if f.time_ms >= start:
                realised += d * f.quantity * (f.price - avg)
            held -= f.quantity
    if unrealised_start is None:
        unrealised_start = d * held * (mark_start - avg) if held else 0.0
    return realised + (d * held * (mark_now - avg) if held else 0.0) - unrealised_start


prices = st.floats(min_value=1.0, max_value=100_000.0, allow_nan=False)
steps = st.lists(
    st.tuples(st.booleans(), prices, st.integers(1, 100)),
    min_size=1,
    max_size=12,
)


@given(
    long=st.booleans(),
    moves=steps,
    before_midnight=st.integers(0, 12),
    mark_start=prices,
    mark_now=prices,
)
def test_mark_to_market_equals_realised_plus_the_change_of_unrealised(
    long, moves, before_midnight, mark_start, mark_now
):
    fills, held = [], 0
    for n, (entry, price, units) in enumerate(moves):
        quantity = units if entry else min(units, held)
        if quantity == 0:
            continue  # nothing held to reduce
        held += quantity if entry else -quantity
        at = START + (n - before_midnight) * 3_600_000  # the first ones before 00:00 UTC
        fills.append(DayFill(at, entry, price, float(quantity), 0.0))
    result = copy_day_result(long, fills, 0.0, START, mark_start, mark_now)
    expected = _average_cost(long, fills, START, mark_start, mark_now)
    assert result.trading == pytest.approx(expected, rel=1e-9, abs=1e-6)
