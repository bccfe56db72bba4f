"""A target hit and the stop moved in one post, each with its price ("ETH TP1 triggered at
3450. Move SL to 3380", "#TIA TP1 reached at 10.655 — SL moved to 10.559"): the target's and
the stop's labels stand before prices as on a signal, but every price they hold is the update's
own — where the target was hit and where the stop now is."""

from __future__ import annotations

from tradermanager.sources.signal_parser.message_parts import Section
from tradermanager.sources.signal_parser.model import FollowUpAction, ParsedMessage


def levels_are_the_update(
    target_secs: list[Section], stop_secs: list[Section], follow: ParsedMessage
) -> bool:
    """Whether ``follow`` reports a target hit at a price and a stop moved, and the target and
    stop sections hold no price but those (and the target's own number)."""
    if (
        follow.price is None
        or FollowUpAction.TARGET_HIT not in follow.actions
        or FollowUpAction.STOP_MOVED not in follow.actions
    ):
        return False
    hit = (follow.price, follow.target_index)
    for sec in target_secs:  # (loops: all() over a generator costs more)
        for n in sec[1]:
            if n.value not in hit:
                return False
    for sec in stop_secs:
        for n in sec[1]:
            if n.value != follow.new_stop:
                return False
    return True
