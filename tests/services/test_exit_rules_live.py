"""The exit rules a live copy follows on the exchange (break-even after take-profit k, the
trailing stop), checked against an independent computation of the engine's rule."""

from __future__ import annotations

from decimal import Decimal
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from tradermanager.services.gateway.exits import (
    BREAK_EVEN,
    MIN_TRAIL_INTERVAL_MS,
    MIN_TRAIL_STEP,
    STOP_LOSS,
    TRAILING,
    ExitState,
    follow,
    working_stop,
)

D = Decimal
TICK = D("0.10")
marks = st.lists(
    st.integers(min_value=50_000_0, max_value=70_000_0).map(lambda x: D(x) / 10),
    min_size=1,
    max_size=30,
)


def _run(entry: Decimal, path: list[Decimal], long: bool, distance: Decimal, gap_ms: int):
    state = ExitState(D(40_000) if long else D(90_000), {"trailing": str(distance)})
    state = follow(
        state, long=long, entry_price=entry, targets_reached=0, mark=None, tick=TICK, now_ms=0
    )
    levels = [Decimal(state.extras["trail"])]
    for number, mark in enumerate(path, start=1):
        state = follow(
            state,
            long=long,
            entry_price=entry,
            targets_reached=0,
            mark=mark,
            tick=TICK,
            now_ms=number * gap_ms,
        )
        levels.append(Decimal(state.extras["trail"]))
    return state, levels


@given(marks, st.booleans(), st.sampled_from([D("0.005"), D("0.01"), D("0.03")]))
def test_the_trailing_stop_only_tightens_and_never_passes_the_engines_level(path, long, d):
    entry = D(60_000)
    state, levels = _run(entry, path, long, d, MIN_TRAIL_INTERVAL_MS)
    pairs = list(pairwise(levels))
    assert all((b >= a) if long else (b <= a) for a, b in pairs)  # never loosened
    best = max([entry, *path]) if long else min([entry, *path])
    exact = best * (1 - d) if long else best * (1 + d)  # the engine's level, unrounded
    assert (levels[-1] <= exact + TICK) if long else (levels[-1] >= exact - TICK)
    # and it lags the exact level by less than the smallest move it waits for
    lag = (exact - levels[-1]) if long else (levels[-1] - exact)
    assert lag < max(TICK, best * MIN_TRAIL_STEP) + TICK
    assert Decimal(state.extras["peak"]) == best


def test_a_trailing_stop_waits_between_moves():
    entry = D(60_000)
    _, levels = _run(entry, [D(61_000), D(62_000)], True, D("0.01"), MIN_TRAIL_INTERVAL_MS // 2)
    # 5 s after the first level the 61000 mark waits; 10 s after it the best (62000) is taken
    assert levels == [D("59400.0"), D("59400.0"), D("61380.0")]


@given(st.integers(min_value=1, max_value=5), st.integers(min_value=0, max_value=5))
def test_break_even_once_after_take_profit_k(k, reached):
    state = ExitState(D(57_000), {"break_even_after": k})
    after = follow(
        state,
        long=True,
        entry_price=D("60012.34"),
        targets_reached=reached,
        mark=None,
        tick=TICK,
        now_ms=0,
    )
    if reached >= k:
        assert after.stop == D("60012.3") and after.extras["break_even"]
        assert working_stop(after.stop, after.extras, long=True) == (D("60012.3"), BREAK_EVEN)
        moved = ExitState(D(59_000), {**after.extras, "stop_reason": None})  # the source moved it
        again = follow(
            moved, long=True, entry_price=D("60012.34"), targets_reached=5, mark=None,
            tick=TICK, now_ms=1,
        )  # fmt: skip
        assert again.stop == D(59_000)  # break-even is applied once only
    else:
        assert after.stop == D(57_000) and not after.extras.get("break_even")
        assert working_stop(after.stop, after.extras, long=True) == (D(57_000), STOP_LOSS)


def test_the_tighter_of_the_fixed_and_the_trailing_stop_works():
    assert working_stop(D(59_000), {"trail": "59400.0"}, long=True) == (D("59400.0"), TRAILING)
    assert working_stop(D(59_500), {"trail": "59400.0"}, long=True) == (D(59_500), STOP_LOSS)
    assert working_stop(D(3100), {"trail": "3050.00"}, long=False) == (D("3050.00"), TRAILING)
    assert working_stop(D(3000), {"trail": "3050.00"}, long=False) == (D(3000), STOP_LOSS)
