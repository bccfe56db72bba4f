"""Whether my copy of a channel's signal holds a filled position at a given instant — what a
deleted signal needs to know: entries not filled yet can simply be withdrawn, a held position
is the user's to close or keep.

A paper copy is known from a replay of the paper account (the execution engine, as
``PaperService`` stores it). A live copy is not known here: the answer is None, as it is when the
stored candles do not reach the instant (a limit entry may have filled since the last candle).
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from tradermanager.domain.engine.results import FillKind
from tradermanager.domain.enums import RejectReason
from tradermanager.domain.market import interval_ms, to_ms
from tradermanager.domain.models import Trader
from tradermanager.services.market_data import MarketDataService
from tradermanager.services.paper import DEFAULT_INTERVAL, PaperService

log = logging.getLogger(__name__)


class CopyState:
    def __init__(self, paper: PaperService, market: MarketDataService) -> None:
        self._paper = paper
        self._market = market

    def holds_position(self, trader: Trader, source_id: str, at: datetime) -> bool | None:
        """True: the copy opened by ``source_id`` holds a filled position; False: it holds
        nothing (never opened, refused, closed, or its entries not filled up to ``at``);
        None: not known (a live trader, or prices not stored up to ``at``)."""
        if not trader.settings.paper_only:
            return None
        try:
            result = self._paper.replay().result
        except Exception:  # not knowing is safe: the deletion then waits for the user
            log.exception("paper replay for a deleted signal of %s failed", trader.name)
            return None
        mine = [c for c in result.open if c.trader == trader.name and c.source_id == source_id]
        if mine:
            copy = mine[0]
            if copy.remaining > 0 or any(f.kind is FillKind.ENTRY for f in copy.fills):
                return True
            return False if self._covered(copy.symbol, at) else None
        if any(c.trader == trader.name and c.source_id == source_id for c in result.closed):
            return False
        decided = [
            d for d in result.decisions if d.trader == trader.name and d.source_id == source_id
        ]
        if decided and not decided[-1].accepted:
            return None if decided[-1].reason == RejectReason.NO_MARKET_DATA.value else False
        return None

    def _covered(self, symbol: str, at: datetime) -> bool:
        """Whether a stored candle contains ``at`` (the replay's interval, else daily)."""
        when = to_ms(at)
        for interval in (DEFAULT_INTERVAL, "1d"):
            step = interval_ms(interval)
            found = self._market.candles([symbol], interval, at - timedelta(milliseconds=step))
            times = found[symbol].open_time
            if len(times) and int(times[0]) <= when < int(times[-1]) + step:
                return True
        return False
