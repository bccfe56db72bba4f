"""What became of one channel message for one trader (new, edited or deleted), as the live
listener, an export imported again and the review queue report it."""

from __future__ import annotations

from dataclasses import dataclass

from tradermanager.domain.models import Trader
from tradermanager.services.pipeline import BatchReport


@dataclass(frozen=True, slots=True, kw_only=True)
class LiveOutcome:
    """What became of one message for one trader. ``classification`` is that of the export
    import, or ``duplicate`` (read before) / ``edit_ignored``."""

    trader: str
    source_id: str
    classification: str
    reason: str = ""
    links_to: str = ""
    signals: int = 0  # new signals stored (each with its decision)
    accepted: int = 0
    rejected: int = 0
    edited: bool = False


def outcome(
    trader: Trader,
    classification: str,
    reason: str,
    links_to: str,
    sid: str,
    batch: BatchReport | None,
    edited: bool,
) -> LiveOutcome:
    new = 0 if batch is None else batch.received - batch.duplicates
    return LiveOutcome(
        trader=trader.name,
        source_id=sid,
        classification=classification,
        reason=reason,
        links_to=links_to,
        signals=new,
        accepted=0 if batch is None else batch.accepted,
        rejected=0 if batch is None else batch.rejected,
        edited=edited,
    )
