"""When a trader was copied, and how (paper or live), read from its history of events.

The paper account is replayed from the start each time, so the replay must know, for every
moment, whether the trader was being copied then: an opening signal received while it was
paused or archived is left out, one received while it was live goes to the exchange and not
to paper. A trader's history (``trader_event``) records each switch; the state before the
first switch of a kind is what that switch left (a first pause means it was copied before),
and a trader whose history lacks a switch its settings show (older files) is taken to have
switched at its last change.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from enum import Enum


class Switch(Enum):
    PAUSE = "pause"
    RESUME = "resume"
    ARCHIVE = "archive"
    RESTORE = "restore"
    LIVE = "live"
    PAPER = "paper"


# How the history names each switch: its event kind, or a settings change ("updated").
_KINDS: dict[str, Switch] = {
    "paused by alert": Switch.PAUSE,
    "paused (pause all)": Switch.PAUSE,
    "resumed (resume all)": Switch.RESUME,
    "archived": Switch.ARCHIVE,
    "restored": Switch.RESTORE,
    "promoted to live": Switch.LIVE,
    "back to paper": Switch.PAPER,
}
_CHANGES: dict[str, Switch] = {
    "active: True → False": Switch.PAUSE,
    "active: False → True": Switch.RESUME,
    "paper_only: True → False": Switch.LIVE,
    "paper_only: False → True": Switch.PAPER,
}


def switches_of(kind: str, detail: str) -> tuple[Switch, ...]:
    """The switches one history event records (none for most events)."""
    if kind == "updated":
        return tuple(_CHANGES[part] for part in detail.split("; ") if part in _CHANGES)
    known = _KINDS.get(kind)
    return () if known is None else (known,)


@dataclass(frozen=True, slots=True)
class TraderState:
    active: bool = True
    archived: bool = False
    paper: bool = True

    @property
    def copied(self) -> bool:
        """New signals are copied (on paper or live)."""
        return self.active and not self.archived

    @property
    def copied_on_paper(self) -> bool:
        return self.copied and self.paper

    def after(self, switch: Switch) -> TraderState:
        if switch in (Switch.PAUSE, Switch.RESUME):
            return replace(self, active=switch is Switch.RESUME)
        if switch in (Switch.ARCHIVE, Switch.RESTORE):
            return replace(self, archived=switch is Switch.ARCHIVE)
        return replace(self, paper=switch is Switch.PAPER)


# For each switch, the state it leaves behind in its own dimension (used to infer the state
# before the first switch of a kind: the opposite of what that switch sets).
_FIELD = {
    Switch.PAUSE: ("active", True),
    Switch.RESUME: ("active", False),
    Switch.ARCHIVE: ("archived", False),
    Switch.RESTORE: ("archived", True),
    Switch.LIVE: ("paper", True),
    Switch.PAPER: ("paper", False),
}


@dataclass(frozen=True, slots=True)
class TraderTimeline:
    """The trader's state over time: ``states[0]`` before ``starts[0]``, ``states[k + 1]``
    from ``starts[k]`` on (``starts`` strictly increasing; consecutive states differ)."""

    states: tuple[TraderState, ...]
    starts: tuple[datetime, ...] = ()

    def state_at(self, moment: datetime) -> TraderState:
        """The state in force at ``moment`` (a switch at that instant counts)."""
        return self.states[bisect.bisect_right(self.starts, moment)]

    def copied_on_paper_at(self, moment: datetime) -> bool:
        return self.state_at(moment).copied_on_paper

    @property
    def ever_paper(self) -> bool:
        """Some period was on paper (the trader's paper copies count for it)."""
        return any(s.paper for s in self.states)

    def paper_restarts(self) -> tuple[datetime, ...]:
        """The moments copying on paper started again after a stop (a resume, a restore or a
        return from live): where the paper copy stop-loss starts counting afresh."""
        return tuple(
            at
            for at, before, after in zip(
                self.starts, self.states[:-1], self.states[1:], strict=True
            )
            if after.copied_on_paper and not before.copied_on_paper
        )


def trader_timeline(
    events: Iterable[tuple[datetime, str, str]],
    current: TraderState,
    changed_at: datetime,
) -> TraderTimeline:
    """The timeline from the history ``events`` (``(at, kind, detail)`` oldest first) and the
    trader's ``current`` state. Where the history ends in another state than the current one,
    the difference is taken to have happened at ``changed_at`` (the trader's last change)."""
    switches = [(at, s) for at, kind, detail in events for s in switches_of(kind, detail)]
    initial = current
    inferred: set[str] = set()
    for _, switch in switches:
        name, before = _FIELD[switch]
        if name not in inferred:
            inferred.add(name)
            initial = replace(initial, **{name: before})
    states = [initial]
    starts: list[datetime] = []
    for at, switch in switches:
        _append(states, starts, at, states[-1].after(switch))
    if states[-1] != current:
        at = max(changed_at, starts[-1]) if starts else changed_at
        _append(states, starts, at, current)
    return TraderTimeline(tuple(states), tuple(starts))


def _append(
    states: list[TraderState], starts: list[datetime], at: datetime, new: TraderState
) -> None:
    if new == states[-1]:
        return
    if starts and at <= starts[-1]:  # two switches at one instant: the later one stands
        states.pop()
        starts.pop()
        if new == states[-1]:
            return
    states.append(new)
    starts.append(at)
