"""What the user decides in the review queue about a copy already open: close or keep the copy
of a signal its channel deleted, or apply a follow-up that could not be applied as written (a
partial close without its share, a close without a price) as a close of a chosen share.

A close goes through the copy rules like any signal, so it is recorded with its decision. A copy
recorded by release 0.1.0 (``copied_trade``) is booked at the contract's last stored price, or at
the entry when no price is stored (said in the outcome); the paper account closes at the next
candle's open.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from tradermanager.domain.clock import Clock
from tradermanager.domain.enums import SignalKind
from tradermanager.domain.errors import ValidationError
from tradermanager.domain.models import Signal, Trader
from tradermanager.services.channel_messages import ChannelMessages
from tradermanager.services.market_data import contract_symbol
from tradermanager.services.pipeline import PipelineService
from tradermanager.services.reference_prices import ReferencePrices
from tradermanager.store import review as review_repo
from tradermanager.store.connection import Store

APPLIED = "applied"  # a follow-up applied by the user's choice


@dataclass(frozen=True, slots=True)
class ChoiceOutcome:
    source_id: str
    closed: bool  # a close went through the copy rules and was accepted
    message: str  # what was done, in a sentence


class CopyChoices:
    def __init__(
        self, store: Store, clock: Clock, pipeline: PipelineService, messages: ChannelMessages
    ) -> None:
        self._store = store
        self._clock = clock
        self._pipeline = pipeline
        self._messages = messages

    def close_deleted(self, owner: Trader, source_id: str) -> ChoiceOutcome:
        with self._store.write():
            opening = self._opening(owner, source_id)
            closed, at = self._close(owner, opening, f"{source_id}:deleted:close", 1.0)
            review_repo.decide_deletion(
                owner.id, source_id, review_repo.DELETION_CLOSED, self._clock.now()
            )
        done = "Closed" if closed else "Asked to close"
        return ChoiceOutcome(
            source_id,
            closed,
            f"{done} the copy of {source_id} ({opening.symbol} {opening.side.value}): {at}; "
            "the paper account closes it at the next candle's open.",
        )

    def keep_deleted(self, owner: Trader, source_id: str) -> ChoiceOutcome:
        with self._store.write():
            review_repo.decide_deletion(
                owner.id, source_id, review_repo.DELETION_KEPT, self._clock.now()
            )
        return ChoiceOutcome(
            source_id, False, f"The copy of {source_id} is kept; it follows its stop and targets."
        )

    def close_share(
        self, owner: Trader, source_id: str, signal_id: str, percent: float
    ) -> ChoiceOutcome:
        if not (isinstance(percent, int | float) and math.isfinite(percent) and 0 < percent <= 100):
            raise ValidationError("share", percent, "a percentage above 0 and at most 100")
        fraction = percent / 100
        with self._store.write():
            opening = self._opening(owner, signal_id)
            closed, at = self._close(owner, opening, f"{source_id}:close", fraction)
            review_repo.decide(
                owner.id, source_id, APPLIED, self._clock.now(), {"close_fraction": fraction}
            )
        share = "all" if fraction >= 1 else f"{percent:g} %"
        done = "Closed" if closed else "Asked to close"
        return ChoiceOutcome(
            source_id,
            closed,
            f"{done} {share} of the copy of {signal_id} ({opening.symbol} "
            f"{opening.side.value}) for {source_id}: {at}; the paper account closes it at the "
            "next candle's open.",
        )

    # -- helpers -------------------------------------------------------------------------
    def _opening(self, owner: Trader, signal_id: str) -> Signal:
        opening = self._messages.open_signal(owner, signal_id)
        if opening is None:
            raise ValidationError(
                "message", signal_id, f"a signal of {owner.name} whose position is still open"
            )
        return opening

    def _close(
        self, owner: Trader, opening: Signal, source_id: str, fraction: float
    ) -> tuple[bool, str]:
        """Send the close (all of it: a close signal; a share: an update closing that share,
        so the channel's position stays open); (accepted, where the copy record books it)."""
        now = self._clock.now()
        try:
            stored = ReferencePrices()(contract_symbol(opening.symbol), now)
        except ValidationError:
            stored = None
        close = replace(
            opening,
            source_id=source_id,
            kind=SignalKind.CLOSE if fraction >= 1 else SignalKind.UPDATE,
            price=stored if stored is not None else opening.price,
            trader_time=now,
            received_time=now,
            raw_text="",
            confidence=None,
            target_hit=None,
            close_fraction=min(fraction, 1.0),
        )
        batch = self._pipeline.process_many(owner.id, [close])
        if fraction < 1:
            at = "the copy record books whole closes only and keeps it open in full"
        elif stored is None:
            at = f"no {opening.symbol} price is stored, so the copy record books it at the entry"
        else:
            at = f"the copy record books it at {stored:,.10g}, the last stored price"
        return batch.accepted > 0, at
