"""Per-trader and account-wide choices the engine applies on top of the copy rules."""

from __future__ import annotations

from dataclasses import dataclass

from tradermanager.domain.enums import SizingMode

__all__ = ["AccountGuards", "CopyRules", "SizingMode"]


@dataclass(frozen=True, slots=True)
class CopyRules:
    """How one trader's signals become positions. Fractions (0.02 = 2 %), hours, USD.

    ``tp_split``: share of the position closed at each take-profit (equal when empty; the
    last target closes what remains). ``break_even_after``: move the stop to the entry price
    after take-profit k (1-based; None = never). ``trailing_stop``: distance behind the best
    price since entry (None = off). ``copy_stop_loss``: close this trader's copies and pause
    the trader when they have lost this fraction of ``allocation`` (None = off; allocation
    None = the account's starting capital). ``copy_stop_restarts`` (ms, ascending): the
    moments the user copied the trader again after a stop (a resume); at each, P&L realised
    before it no longer counts towards the copy stop-loss and a pause by an earlier copy
    stop ends."""

    sizing: SizingMode = SizingMode.MULTIPLIER
    base_size: float = 200.0
    multiplier: float = 1.0
    equity_fraction: float = 0.02
    risk_fraction: float = 0.01
    tp_split: tuple[float, ...] = ()
    break_even_after: int | None = None
    trailing_stop: float | None = None
    limit_expiry_hours: float = 24.0
    max_open: int | None = None
    copy_stop_loss: float | None = None
    allocation: float | None = None
    copy_stop_restarts: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class AccountGuards:
    """Account-wide limits; None turns one off. ``daily_loss_limit`` is a fraction of the
    wallet balance at the start of the UTC day."""

    max_open_positions: int | None = None
    max_token_exposure: float | None = None  # USD notional per token
    daily_loss_limit: float | None = None
    daily_loss_close_all: bool = False
