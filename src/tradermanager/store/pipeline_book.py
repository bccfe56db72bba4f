"""What the copy pipeline's book starts from: the tokens and sides a trader's copies hold on
paper, as its stored decisions say.

Two parts, never two for one signal (``store/copies.py`` draws the same line):

* the copies release 0.1.0 recorded (``copied_trade`` rows written before the file was
  upgraded, schema v12) that are still open;
* for every signal stored since, its decision: an accepted opening made while the trader was
  copied on paper adds its token and side, an accepted full close takes it away. Which
  openings were on paper is the caller's to say (the trader's history knows when it was
  live).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from tradermanager.domain.enums import Side, SignalKind, TradeStatus
from tradermanager.domain.models import CopiedTrade
from tradermanager.store.copies import RECORDED_COPIES_KEY, RECORDED_SIGNALS_KEY
from tradermanager.store.fields import from_millis
from tradermanager.store.models import CopiedTradeRow, SettingRow, database_proxy
from tradermanager.store.signals import row_to_copy


@dataclass(frozen=True, slots=True)
class BookEvent:
    """An accepted opening (``opens``) or full close of ``symbol``/``side``, decided then."""

    symbol: str
    side: Side
    opens: bool
    decided_at: datetime


def _setting(key: str) -> int:
    row = SettingRow.get_or_none(SettingRow.key == key)
    return int(row.value) if row is not None else 0


def recorded_open_copies(trader_id: int) -> list[CopiedTrade]:
    """The trader's copies recorded by release 0.1.0 that are still open, oldest first."""
    query = (
        CopiedTradeRow.select()
        .where(
            (CopiedTradeRow.trader == trader_id)
            & (CopiedTradeRow.status == TradeStatus.OPEN.value)
            & (CopiedTradeRow.id <= _setting(RECORDED_COPIES_KEY))
        )
        .order_by(CopiedTradeRow.id)
    )
    return [row_to_copy(row) for row in query]


_EVENTS_SQL = """
SELECT s.symbol, s.side, s.kind, d.decided_at
FROM signal s JOIN decision d ON d.signal_id = s.id
WHERE s.trader_id = ? AND s.id > ? AND d.accepted = 1
  AND (s.kind = 'open' OR (s.kind = 'close' AND s.close_fraction >= 1))
ORDER BY s.id
"""


def book_events(trader_id: int) -> list[BookEvent]:
    """The accepted openings and full closes of the trader's signals stored since the
    upgrade, in the order they were decided."""
    rows = database_proxy.connection().execute(
        _EVENTS_SQL, (trader_id, _setting(RECORDED_SIGNALS_KEY))
    )
    return [
        BookEvent(symbol, Side(side), kind == SignalKind.OPEN.value, from_millis(int(at)))
        for symbol, side, kind, at in rows
    ]
