"""The trader's exit rules followed on the exchange, as the paper engine applies them
(``domain/engine/engine.py``): the stop moved to the entry price after take-profit k
(break-even), and a trailing stop ``best × (1 − d)`` for a long (``best × (1 + d)`` for a
short) behind the best price since the entry, the tighter of it and the fixed stop working.

The rules and what they have done so far live in the ladder recorded on the entry (JSON), so
a restart carries on where the app stopped: ``break_even_after``, ``trailing`` (the
distance), ``break_even`` (done), ``stop_reason`` (``break_even`` while the fixed stop is
the entry it moved to), ``peak`` (the best mark seen), ``trail`` (the trailing
level placed), ``moved_ms`` (when it was last moved), ``targets_done`` (targets the source
said were reached, closed at market).

The exchange's stop is replaced, never cancelled first: a new stop goes on before the old
one comes off. To keep requests few a trailing stop moves at most every
:data:`MIN_TRAIL_INTERVAL_MS` and by at least :data:`MIN_TRAIL_STEP` of the price.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

MIN_TRAIL_INTERVAL_MS = 10_000
MIN_TRAIL_STEP = Decimal("0.0005")  # 0.05 % of the price
STOP_LOSS, BREAK_EVEN, TRAILING = "stop_loss", "break_even", "trailing_stop"


@dataclass(frozen=True, slots=True)
class ExitState:
    """Where the copy's stop should be and why; ``extras`` is the ladder's record of it."""

    stop: Decimal  # the fixed stop (the signal's, a follow-up's, or the entry after break-even)
    extras: dict[str, Any]


def has_rules(extras: dict[str, Any]) -> bool:
    return extras.get("break_even_after") is not None or extras.get("trailing") is not None


def follow(
    state: ExitState,
    *,
    long: bool,
    entry_price: Decimal,
    targets_reached: int,
    mark: Decimal | None,
    tick: Decimal,
    now_ms: int,
) -> ExitState:
    """The rules applied to what happened since: ``targets_reached`` take-profits filled or
    closed (the source's "target reached" included), ``mark`` the mark price now (None: the
    trailing stop starts from the entry price, as the engine's does, and stays put)."""
    extras = dict(state.extras)
    stop = state.stop
    after = extras.get("break_even_after")
    if after is not None and not extras.get("break_even") and targets_reached >= int(after):
        stop = _to_tick(entry_price, tick)
        extras["break_even"] = True  # done once: a stop the source moves later stays
        extras["stop_reason"] = BREAK_EVEN
    trailing = extras.get("trailing")
    if trailing is not None:
        distance = Decimal(str(trailing))
        peak = Decimal(str(extras.get("peak", entry_price)))
        if mark is not None:
            peak = max(peak, mark) if long else min(peak, mark)
        extras["peak"] = str(peak)
        level = _to_tick(peak * (1 - distance) if long else peak * (1 + distance), tick)
        placed = extras.get("trail")
        better = placed is None or (
            level - Decimal(placed) if long else Decimal(placed) - level
        ) >= max(tick, peak * MIN_TRAIL_STEP)
        waited = now_ms - int(extras.get("moved_ms", 0)) >= MIN_TRAIL_INTERVAL_MS
        if better and (placed is None or waited):
            extras["trail"] = str(level)
            extras["moved_ms"] = now_ms
    return ExitState(stop, extras)


def working_stop(stop: Decimal, extras: dict[str, Any], *, long: bool) -> tuple[Decimal, str]:
    """The stop to keep on the exchange (the tighter of the fixed and the trailing one) and
    the exit reason it books when it fires."""
    trail = extras.get("trail")
    if trail is not None:
        level = Decimal(trail)
        if (level > stop) if long else (level < stop):
            return level, TRAILING
    return stop, BREAK_EVEN if extras.get("stop_reason") == BREAK_EVEN else STOP_LOSS


def _to_tick(price: Decimal, tick: Decimal) -> Decimal:
    return ((price / tick).to_integral_value() * tick).quantize(tick)
