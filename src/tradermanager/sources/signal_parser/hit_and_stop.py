"""A target hit and the stop moved in one post, each with its price ("ETH TP1 triggered at
3450. Move SL to 3380", "#TIA TP1 reached at 10.655 — SL moved to 10.559"): the target's and
the stop's labels stand before prices as on a signal, but every price they hold is the update's
own — where the target was hit and where the stop now is. The same for a share closed at its
price beside the stop moved ("partial TP 60% (0.20316) | SL adjusted to 0.19801")."""

from __future__ import annotations

from tradermanager.sources.signal_parser.message_parts import Section
from tradermanager.sources.signal_parser.model import FollowUpAction, ParsedMessage


def levels_are_the_update(
    target_secs: list[Section], stop_secs: list[Section], follow: ParsedMessage
) -> bool:
    """Whether ``follow`` reports a target hit at a price and a stop moved, and the target and
    stop sections hold no price but those (and the target's own number)."""
    if follow.price is None or FollowUpAction.STOP_MOVED not in follow.actions:
        return False
    if FollowUpAction.TARGET_HIT in follow.actions:
        hit: tuple[float | int | None, ...] = (follow.price, follow.target_index)
    elif FollowUpAction.CLOSE in follow.actions and follow.close_fraction is not None:
        # "partial TP 60% (0.20316) | SL adjusted to 0.19801": a share closed at its price
        hit = (follow.price, round(follow.close_fraction * 100))
    else:
        return False
    for sec in target_secs:  # (loops: all() over a generator costs more)
        for n in sec[1]:
            if n.value not in hit:
                return False
    return _only_the_new_stop(stop_secs, follow.new_stop)


def share_closed_at(
    entry_secs: list[Section], stop_secs: list[Section], follow: ParsedMessage
) -> bool:
    """Whether ``follow`` reports a share closed at a price and the stop moved, the price after
    "@" read as an entry and the stop's as a stop ("ORDI/USDT: took 60% off @ 37.23 | SL →
    37.72"): the sections hold no price but the close's and the new stop's."""
    if (
        follow.price is None
        or follow.close_fraction is None
        or follow.actions != (FollowUpAction.CLOSE, FollowUpAction.STOP_MOVED)
    ):
        return False
    for sec in entry_secs:
        if sec[0].word not in ("@", "at") or [n.value for n in sec[1]] != [follow.price]:
            return False
    return _only_the_new_stop(stop_secs, follow.new_stop)


def _only_the_new_stop(stop_secs: list[Section], new_stop: float | None) -> bool:
    """Whether every number of the stop's sections is the update's new stop."""
    for sec in stop_secs:  # (loops: all() over a generator costs more)
        for n in sec[1]:
            if n.value != new_stop:
                return False
    return True
