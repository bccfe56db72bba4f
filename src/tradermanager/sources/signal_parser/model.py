"""What the parser returns: one message's kind, its fields and how sure it is of each."""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from tradermanager.domain.enums import Side

# A field read with less confidence than this sends the whole message to review.
REVIEW_THRESHOLD = 0.6
# The highest number a target or an entry label can carry: no card lists more levels, so a
# larger whole number after "target" or "TP" ("BTC target 40 hit") is a price.
MAX_LEVEL_INDEX = 20


class MessageKind(StrEnum):
    SIGNAL = "signal"
    FOLLOW_UP = "follow_up"
    NOT_SIGNAL = "not_signal"
    NEEDS_REVIEW = "needs_review"


# The kinds and the sides as module names, for the tests every reading makes ("read.kind is
# SIGNAL"): in Python 3.11 a member read from its Enum class goes through the ``__getattr__``
# hook of the Enum's metaclass, several times the cost of reading a module's name.
SIGNAL = MessageKind.SIGNAL
FOLLOW_UP = MessageKind.FOLLOW_UP
NOT_SIGNAL = MessageKind.NOT_SIGNAL
NEEDS_REVIEW = MessageKind.NEEDS_REVIEW
LONG = Side.LONG
SHORT = Side.SHORT


class FollowUpAction(StrEnum):
    TARGET_HIT = "target_hit"
    STOP_HIT = "stop_hit"
    STOP_MOVED = "stop_moved"
    CLOSE = "close"
    CANCEL = "cancel"
    ENTRY_FILLED = "entry_filled"
    REENTRY = "reentry"

    @property
    def words(self) -> str:
        """The action as a reader writes it ("stop moved")."""
        return self.value.replace("_", " ")


class ParsedMessage(NamedTuple):
    """A message read by the parser.

    Prices are in the quote currency of the contract as written (a ``1000PEPE`` price is per
    thousand PEPE). ``symbol`` is the traded base (``1000PEPE``), ``token`` the coin it stands
    for (``PEPE``, what white/blacklists compare), ``contract`` the exchange symbol when the
    text names one. ``confidences`` holds (field, 0..1) for every field that was read.

    An immutable named tuple rather than a frozen dataclass: one is made per message, and a
    tuple is made five times faster (the parser's target is 20,000 messages/s).
    """

    kind: MessageKind
    reason: str = ""
    symbol: str | None = None
    token: str | None = None
    contract: str | None = None
    market: str = ""  # usdm | coinm | spot | "" (not said)
    quote: str | None = None
    side: Side | None = None
    order_type: str = "limit"  # limit | market
    entries: tuple[float, ...] = ()
    entry_kind: str = ""  # single | range | multiple | market
    take_profits: tuple[float, ...] = ()
    stop_loss: float | None = None
    leverage: float | None = None
    margin_mode: str | None = None  # cross | isolated
    confidence: float | None = None  # the channel's own confidence in the idea, 0..1
    action: FollowUpAction | None = None
    target_index: int | None = None
    new_stop: float | None = None
    stop_to_entry: bool = False
    close_fraction: float | None = None  # of the position, 0..1
    price: float | None = None
    confidences: tuple[tuple[str, float], ...] = ()
    # every action a follow-up states, ``action`` first ("close half and move the stop to
    # entry": close, stop_moved); the fields above hold each action's details
    actions: tuple[FollowUpAction, ...] = ()
    stop_to_target: int | None = None  # the stop moved to this target's price ("SL to TP1")

    def field_confidence(self, name: str) -> float | None:
        return next((c for f, c in self.confidences if f == name), None)

    @property
    def stated_actions(self) -> tuple[FollowUpAction, ...]:
        """Every action a follow-up states: ``actions``, or its one ``action``."""
        return self.actions or ((self.action,) if self.action else ())

    @property
    def besides_close(self) -> tuple[FollowUpAction, ...]:
        """The stated actions other than a close: closing a share alone would leave them out."""
        return tuple(a for a in self.stated_actions if a is not FollowUpAction.CLOSE)

    @property
    def weakest(self) -> tuple[str, float] | None:
        """The field read with the least confidence, if any."""
        return min(self.confidences, key=lambda fc: fc[1]) if self.confidences else None
