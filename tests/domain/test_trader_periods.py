"""A trader's copied, paused, archived, paper and live periods from its history."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.domain.trader_periods import (
    Switch,
    TraderState,
    switches_of,
    trader_timeline,
)

T0 = datetime(2026, 3, 1, tzinfo=UTC)
H = timedelta(hours=1)

# How the services record each switch (kind, detail).
EVENT_OF = {
    Switch.PAUSE: ("paused by alert", "losses rule #1"),
    Switch.RESUME: ("updated", "active: False → True"),
    Switch.ARCHIVE: ("archived", ""),
    Switch.RESTORE: ("restored", ""),
    Switch.LIVE: ("promoted to live", "criteria met"),
    Switch.PAPER: ("back to paper", ""),
}


def test_every_recorded_switch_is_read() -> None:
    assert switches_of("paused (pause all)", "") == (Switch.PAUSE,)
    assert switches_of("resumed (resume all)", "") == (Switch.RESUME,)
    assert switches_of("updated", "multiplier: 1.0 → 2.0; active: True → False") == (Switch.PAUSE,)
    assert switches_of("updated", "paper_only: True → False; active: False → True") == (
        Switch.LIVE,
        Switch.RESUME,
    )
    assert switches_of("updated", "multiplier: 1.0 → 2.0") == ()
    assert switches_of("created", "manual x") == ()


def test_paused_and_resumed_twice() -> None:
    """Copied, paused at 2 h, resumed at 5 h, paused at 8 h, resumed at 9 h."""
    events = [
        (T0, "created", "manual"),
        (T0 + 2 * H, "paused by alert", "copy-stop-loss rule #3"),
        (T0 + 5 * H, "updated", "active: False → True"),
        (T0 + 8 * H, "paused (pause all)", ""),
        (T0 + 9 * H, "resumed (resume all)", ""),
    ]
    timeline = trader_timeline(events, TraderState(), T0 + 9 * H)
    copied = [timeline.copied_on_paper_at(T0 + k * H) for k in range(11)]
    assert copied == [True, True, False, False, False, True, True, True, False, True, True]
    assert timeline.copied_on_paper_at(T0 + 2 * H - timedelta(microseconds=1))
    assert timeline.paper_restarts() == (T0 + 5 * H, T0 + 9 * H)


def test_promoted_then_back_to_paper() -> None:
    events = [(T0 + H, "promoted to live", ""), (T0 + 4 * H, "back to paper", "")]
    timeline = trader_timeline(events, TraderState(), T0)
    assert [timeline.state_at(T0 + k * H).paper for k in range(6)] == [
        True,
        False,
        False,
        False,
        True,
        True,
    ]
    assert timeline.ever_paper and timeline.paper_restarts() == (T0 + 4 * H,)


def test_live_from_the_start_was_never_on_paper() -> None:
    timeline = trader_timeline([(T0, "created", "")], TraderState(paper=False), T0)
    assert not timeline.ever_paper


def test_a_state_without_switches_held_throughout() -> None:
    """Created paused (a duplicate), never resumed: never copied."""
    timeline = trader_timeline([(T0, "created", "")], TraderState(active=False), T0 + 3 * H)
    assert not timeline.copied_on_paper_at(T0 - H)
    assert not timeline.copied_on_paper_at(T0 + 4 * H)
    assert timeline.paper_restarts() == ()


def test_a_switch_missing_from_the_history_happened_at_the_last_change() -> None:
    """The history ends paused but the trader is copied now: resumed at its last change."""
    events = [(T0 + H, "paused by alert", "")]
    timeline = trader_timeline(events, TraderState(), T0 + 3 * H)
    assert [timeline.copied_on_paper_at(T0 + k * H) for k in range(4)] == [
        True,
        False,
        False,
        True,
    ]


def test_a_trader_created_paused_was_never_copied_until_resumed() -> None:
    events = [(T0, "created", ""), (T0 + 2 * H, "updated", "active: False → True")]
    timeline = trader_timeline(events, TraderState(), T0 + 2 * H)
    assert not timeline.copied_on_paper_at(T0 - H)
    assert timeline.copied_on_paper_at(T0 + 2 * H)
    assert timeline.paper_restarts() == (T0 + 2 * H,)


def test_archived_while_paused_and_restored() -> None:
    events = [
        (T0 + H, "updated", "active: True → False"),
        (T0 + 2 * H, "archived", ""),
        (T0 + 3 * H, "updated", "active: False → True"),  # resumed while archived
        (T0 + 4 * H, "restored", ""),
    ]
    timeline = trader_timeline(events, TraderState(), T0 + 4 * H)
    assert [timeline.copied_on_paper_at(T0 + k * H) for k in range(5)] == [
        True,
        False,
        False,
        False,
        True,
    ]
    assert timeline.paper_restarts() == (T0 + 4 * H,)


# -- any history -------------------------------------------------------------------------------

states = st.builds(TraderState, st.booleans(), st.booleans(), st.booleans())
histories = st.lists(st.tuples(st.integers(0, 40), st.sampled_from(list(Switch))), max_size=25).map(
    lambda h: sorted(h, key=lambda e: e[0])
)


def _replayed(history: list[tuple[int, Switch]], moment: int) -> dict[str, bool]:
    """An independent reading: the state at ``moment`` as a dict, starting from the
    opposite of what each kind's first switch sets."""
    sets = {
        Switch.PAUSE: ("active", False),
        Switch.RESUME: ("active", True),
        Switch.ARCHIVE: ("archived", True),
        Switch.RESTORE: ("archived", False),
        Switch.LIVE: ("paper", False),
        Switch.PAPER: ("paper", True),
    }
    state: dict[str, bool] = {}
    for _, switch in history:
        name, value = sets[switch]
        state.setdefault(name, not value)
    for at, switch in history:
        if at <= moment:
            name, value = sets[switch]
            state[name] = value
    return state


@settings(max_examples=300, deadline=None)
@given(history=histories, current=states, changed=st.integers(0, 50))
def test_any_history(history: list[tuple[int, Switch]], current: TraderState, changed: int) -> None:
    events = [(T0 + at * H, *EVENT_OF[switch]) for at, switch in history]
    last = max((at for at, _ in history), default=0)
    changed = max(changed, last)
    timeline = trader_timeline(events, current, T0 + changed * H)
    # well formed: starts strictly increase, each start changes the state
    assert len(timeline.states) == len(timeline.starts) + 1
    assert all(a < b for a, b in zip(timeline.starts, timeline.starts[1:], strict=False))
    assert all(a != b for a, b in zip(timeline.states, timeline.states[1:], strict=False))
    # it ends in the trader's state now
    assert timeline.state_at(T0 + 100 * H) == current
    ends_as_recorded = {name: getattr(current, name) for name in ("active", "archived", "paper")}
    replayed_end = {**ends_as_recorded, **_replayed(history, 10**6)}
    for moment in range(-1, 52):
        state = timeline.state_at(T0 + moment * H)
        if replayed_end == ends_as_recorded or moment < changed:
            expected = {**ends_as_recorded, **_replayed(history, moment)}
            assert state == TraderState(**expected)
        else:  # a switch the history lacks happened at the last change
            assert state == current
        copied = state.active and not state.archived and state.paper
        assert timeline.copied_on_paper_at(T0 + moment * H) is copied
    # copying on paper restarts exactly where it was off just before
    for at in timeline.paper_restarts():
        assert timeline.copied_on_paper_at(at)
        assert not timeline.copied_on_paper_at(at - timedelta(microseconds=1))
    assert timeline.ever_paper == any(s.paper for s in timeline.states)
