"""Intended live orders: what the app meant to send, recorded before it is sent.

The client order id is derived from the signal and the leg, so the same intended order always
carries the same id: after a timeout the app asks the exchange for that id instead of sending
again, and an exchange that already has it refuses a second one. A namespace drawn once per
database keeps another database (a fresh install, a second computer) on the same account from
deriving the ids this one used: trader and message ids repeat across databases.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

CLIENT_ID_PREFIX = "tm"
TARGET_REACHED = "target reached"  # the note of a close the source's "target k reached" sent
MAX_CLIENT_ID_LENGTH = 36  # Binance; Bybit allows 36, OKX 32 alphanumerics (no dashes)
_LEG = re.compile(r"^[a-z0-9]{1,6}$")
_ALLOWED = re.compile(r"^[A-Za-z0-9_.:/-]{1,36}$")


class IntendedState(StrEnum):
    INTENDED = "intended"  # recorded, not yet sent
    SENT = "sent"  # request on its way
    UNKNOWN = "unknown"  # sent, outcome unknown (timeout, 5xx) and not yet found
    OPEN = "open"  # on the exchange, working (may be partly filled)
    CANCELING = "canceling"  # on the exchange; its cancel is recorded and may be on its way
    FILLED = "filled"
    TRIGGERED = "triggered"  # a stop or take-profit that fired
    CANCELED = "canceled"
    REJECTED = "rejected"  # the exchange refused it
    EXPIRED = "expired"
    REFUSED = "refused"  # never sent: below the symbol's minimum, say

    @property
    def final(self) -> bool:
        return self not in (
            IntendedState.INTENDED,
            IntendedState.SENT,
            IntendedState.UNKNOWN,
            IntendedState.OPEN,
            IntendedState.CANCELING,
        )

    @property
    def working(self) -> bool:
        """Not yet sent, or resting on the exchange (a cancel pending included)."""
        return self in (IntendedState.INTENDED, IntendedState.OPEN, IntendedState.CANCELING)


class Leg(StrEnum):
    ENTRY = "entry"
    STOP = "stop"
    TAKE_PROFIT = "tp"
    CLOSE = "close"  # a reduce-only market order closing the copy (the kill switch)


def is_protective(leg: str) -> bool:
    """A stop or a take-profit (any revision): the reduce-only legs resting on the exchange."""
    return leg.startswith((Leg.STOP.value, Leg.TAKE_PROFIT.value))


def is_close(leg: str) -> bool:
    return leg.startswith(Leg.CLOSE.value)


@dataclass(frozen=True, slots=True)
class IntendedOrder:
    """One intended order and what the exchange last said about it. Quantities in the base
    asset, prices in USDT; ``filled`` and ``average_price`` as reported by the exchange."""

    client_id: str
    signal_ref: str
    leg: str  # "entry", "stop", "tp1", "tp2", "close", … with "rN" for a re-placement
    trader_id: int | None
    symbol: str
    side: str  # buy / sell
    kind: str  # market / limit / stop_market / take_profit_market
    quantity: Decimal
    price: Decimal | None
    trigger_price: Decimal | None
    reduce_only: bool
    leverage: int | None
    state: IntendedState
    exchange_id: str | None = None
    filled: Decimal = Decimal(0)
    average_price: Decimal | None = None
    attempts: int = 0
    note: str = ""
    ladder: str = ""  # entries: the stop and take-profits to keep on the exchange (JSON)
    created_ms: int = 0
    updated_ms: int = 0
    actual_order_id: str | None = None  # a stop or take-profit that fired: the order it placed

    @property
    def protective(self) -> bool:
        """A stop or take-profit leg (not the entry, not a close)."""
        return is_protective(self.leg)

    @property
    def is_stop(self) -> bool:
        return self.leg.startswith(Leg.STOP.value)


def client_order_id(signal_ref: str, leg: str, revision: int = 0, *, namespace: str = "") -> str:
    """``tm-<24 hex of sha256(namespace:signal_ref)>-<leg>[r<revision>]``, at most 36
    characters (without a namespace, the hash of ``signal_ref`` alone).

    ``leg`` is short lowercase alphanumerics (``e``, ``sl``, ``tp1``); a stop replaced after
    more of the entry filled takes the next ``revision``."""
    if not signal_ref:
        raise ValueError("a client order id needs the signal it comes from")
    if not _LEG.match(leg):
        raise ValueError(f"order leg {leg!r} must be 1–6 lowercase letters or digits")
    if not 0 <= revision < 1000:
        raise ValueError(f"revision {revision} must be 0–999")
    keyed = f"{namespace}:{signal_ref}" if namespace else signal_ref
    digest = hashlib.sha256(keyed.encode("utf-8")).hexdigest()[:24]
    suffix = leg if revision == 0 else f"{leg}r{revision}"
    result = f"{CLIENT_ID_PREFIX}-{digest}-{suffix}"
    assert len(result) <= MAX_CLIENT_ID_LENGTH and _ALLOWED.match(result)
    return result
