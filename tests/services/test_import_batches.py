"""The order an import writes in: every signal once, in order, in batches of at most the chunk;
each event once, in order, after every signal up to its time and before any later one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from tradermanager.services.import_batches import batches

T = datetime(2026, 1, 1, tzinfo=UTC)
minutes = st.lists(st.integers(0, 50), max_size=40).map(
    lambda xs: [T + timedelta(minutes=x) for x in sorted(xs)]
)


@given(minutes, minutes, st.integers(1, 7))
def test_signals_and_events_come_in_time_order(times, events, chunk):
    written: list[int] = []
    ran: list[int] = []
    for step in batches(times, events, chunk):
        if isinstance(step, int):
            ran.append(step)
            done = {i for i in written}
            assert all(i in done for i, t in enumerate(times) if t <= events[step])
            assert all(times[i] <= events[step] for i in done)
        else:
            start, end = step
            assert 0 < end - start <= chunk
            written.extend(range(start, end))
    assert written == list(range(len(times)))
    assert ran == list(range(len(events)))


def test_an_edit_between_two_signals_runs_between_them():
    times = [T, T + timedelta(minutes=10)]
    steps = list(batches(times, [T + timedelta(minutes=5)], 5_000))
    assert steps == [(0, 1), 0, (1, 2)]
