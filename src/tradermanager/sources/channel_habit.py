"""What a channel's recent signals always give — targets, a stop, a leverage — so that a signal
of the same channel lacking one, whose text ends right on a price, is held for review as a
message cut short rather than copied.

One message alone cannot tell a card cut right after its entry ("Entry: 0.5312" and nothing
after it) from a call with an entry only, nor a one-liner cut right after its stop ("… SL
81.08" with " (x5)" lost) from a call without a leverage. The channel can: when each of its
last signals gave the field, one without it that ends on a number was most likely cut."""

from __future__ import annotations

from collections import deque
from collections.abc import Collection, Iterable

from tradermanager.sources.signal_parser import ParsedMessage

# the signals a habit is read from, and how many it needs before it says anything
WINDOW = 20
ENOUGH = 5


class ChannelHabit:
    """The fields of a channel's last ``WINDOW`` signals."""

    def __init__(
        self, earlier: Iterable[ParsedMessage] = (), only: Collection[str] | None = None
    ) -> None:
        """``earlier``: the channel's signals before those read next, oldest first. ``only``:
        the source ids held to the habit (a live message, read again after its open positions,
        whose signals were decided when they came); None: every signal read."""
        self._seen: deque[tuple[bool, bool, bool]] = deque(maxlen=WINDOW)
        self._only = None if only is None else frozenset(only)
        for parsed in earlier:
            self.learn(parsed)

    def holds(self, source_id: str) -> bool:
        """Whether the signal of ``source_id`` is held to the habit."""
        return self._only is None or source_id in self._only

    def learn(self, parsed: ParsedMessage) -> None:
        """Count a signal the channel gave (after it was copied or accepted)."""
        self._seen.append(
            (bool(parsed.take_profits), parsed.stop_loss is not None, parsed.leverage is not None)
        )

    def cut_short(self, parsed: ParsedMessage, text: str) -> str:
        """Why ``parsed`` (read from ``text``) may be a signal cut short, or "": it lacks a field
        each of the channel's last signals gave, and its text ends on a number."""
        n = len(self._seen)
        end = text.rstrip()
        if n < ENOUGH or not end or not "0" <= end[-1] <= "9":
            return ""
        has = (bool(parsed.take_profits), parsed.stop_loss is not None, parsed.leverage is not None)
        missing = [
            name
            for k, name in enumerate(("targets", "stop", "leverage"))
            if not has[k] and all(seen[k] for seen in self._seen)
        ]
        if not missing:
            return ""
        return (
            f"Each of the channel's last {n} signals gave {' and '.join(missing)}; this one "
            f"gives no {' or '.join(missing)} and its text ends on a price: it may be cut "
            "short. Kept for review."
        )
