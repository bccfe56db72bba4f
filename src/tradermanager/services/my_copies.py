"""My copies of a trader: one function for every place that asks "how did copying this
trader work out for me?" (the promotion record today; the card's performance, signal
quality and the portfolio read the same rows through the metrics' history).

Paper copies are the execution engine's positions as the last paper replay stored them;
copies recorded by release 0.1.0 stay as they were for the signals stored before the upgrade
(docs/execution.md, "My copies"). Live copies, once recorded, join in ``store/copies.py``.
"""

from __future__ import annotations

from tradermanager.domain.enums import ExecutionMode
from tradermanager.domain.models import CopiedTrade
from tradermanager.store.copies import copies_of


def my_copies(trader_id: int, mode: ExecutionMode | None = None) -> list[CopiedTrade]:
    """My copies of the trader in opening order, of one ``mode`` or all."""
    copies = copies_of(trader_id)
    return copies if mode is None else [c for c in copies if c.mode is mode]
