"""What reconciliation found on the exchange account that the app's records do not explain
(or put right: a stop it placed again), as the user reviews it: when it was first and last
seen, whether it is resolved (the exchange matches the records again) and whether the user
acknowledged it. Times are timezone-aware UTC."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

# The finding kinds, and the words the window and the command line use for them.
KIND_WORDS: dict[str, str] = {
    "unexplained_position": "position the app did not open",
    "size_differs": "size differs from the app's copies",
    "unexplained_order": "order the app did not place",
    "unprotected": "copy without a working stop",
    "unconfirmed": "order not confirmed by the exchange",
    "stop_restored": "stop placed again",
}
# Kinds that are something done, not a state: resolved the moment they are recorded.
EVENT_KINDS = frozenset({"stop_restored"})


@dataclass(frozen=True, slots=True)
class ExchangeFinding:
    """One stored finding. ``key`` names it with its figures (``kind:symbol:…``): the same key
    seen again is the same finding; a changed figure is a new one."""

    id: int
    kind: str
    symbol: str
    message: str
    key: str
    target: str  # where it was seen: live / demo / a base URL
    first_seen: datetime
    last_seen: datetime
    resolved: datetime | None
    acknowledged: datetime | None

    @property
    def open(self) -> bool:
        return self.resolved is None

    @property
    def needs_attention(self) -> bool:
        """Not acknowledged yet: open, or a stop put back that the user has not seen."""
        return self.acknowledged is None

    @property
    def status(self) -> str:
        """open / acknowledged / resolved / done (an event such as a stop placed again)."""
        if self.kind in EVENT_KINDS:
            return "done"
        if self.resolved is not None:
            return "resolved"
        return "acknowledged" if self.acknowledged is not None else "open"

    @property
    def kind_words(self) -> str:
        return KIND_WORDS.get(self.kind, self.kind.replace("_", " "))
