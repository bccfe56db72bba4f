"""Ids for trades a file does not name, made from their values by field — never from the
position of a column or the raw text of a row — and kept stable across releases.

A trade is identified by its opening: token, side, entry time (to the millisecond, as
stored), entry price and notional (:func:`trade_key`). The key survives reordered or added
columns, other spellings of the same value (``BTCUSDT`` and ``BTC``) and a later close.

Release 0.1.0 named such trades by a hash of the raw row, which cannot be recomputed from a
changed file. Trades stored under those ids are matched by the same key computed from the
stored values (:func:`adopt_stored_ids`), so importing the file again adds nothing.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from tradermanager.domain.clock import as_utc
from tradermanager.domain.enums import Side
from tradermanager.domain.models import Signal, TraderTrade

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MILLISECOND = timedelta(milliseconds=1)


def trade_key(symbol: str, side: Side, opened: datetime, entry: float, notional: float) -> str:
    """16 hex digits naming a trade by its opening (see the module's docstring)."""
    millis = (as_utc(opened) - _EPOCH) // _MILLISECOND
    text = f"{symbol}|{side.value}|{millis}|{entry!r}|{notional!r}"
    return hashlib.sha1(text.encode()).hexdigest()[:16]


def key_of(trade: TraderTrade) -> str:
    return trade_key(trade.symbol, trade.side, trade.entry_time, trade.entry_price, trade.notional)


def adopt_stored_ids(
    trades: Sequence[TraderTrade],
    signals: Sequence[Signal],
    derived_ids: set[str],
    stored: Iterable[TraderTrade],
) -> tuple[list[TraderTrade], list[Signal], dict[str, str]]:
    """``trades`` and ``signals`` with each derived trade id replaced by the id of the same
    trade in ``stored`` (the n-th trade with a key takes the n-th stored one), the trade's
    signals (``<id>-open``, ``<id>-close``, …) renamed with it; and the renaming done."""
    by_key: dict[str, list[str]] = defaultdict(list)
    for trade in stored:
        by_key[key_of(trade)].append(trade.source_id)
    renamed: dict[str, str] = {}
    for trade in trades:
        if trade.source_id in derived_ids and by_key.get(key := key_of(trade)):
            renamed[trade.source_id] = by_key[key].pop(0)
    if not renamed:
        return list(trades), list(signals), renamed

    def signal_id(signal: Signal) -> str:
        ref = renamed.get(signal.trade_ref)
        return signal.source_id if ref is None else f"{ref}-{signal.kind.value}"

    return (
        [replace(t, source_id=renamed.get(t.source_id, t.source_id)) for t in trades],
        [
            replace(s, source_id=signal_id(s), trade_ref=renamed.get(s.trade_ref, s.trade_ref))
            for s in signals
        ],
        renamed,
    )
