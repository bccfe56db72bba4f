"""Position diff: what a lead trader did between two snapshots, as changes and signals."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.domain.enums import Side, SignalKind
from tradermanager.domain.errors import ValidationError
from tradermanager.sources.position_diff import (
    ChangeKind,
    LeadPosition,
    PositionKey,
    apply_changes,
    diff_positions,
    positions_from_json,
    positions_to_json,
    track,
)

T = 1768467600000
NOW = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)
PREFIX = "binance:UID"


def pos(symbol, side, qty, entry, lev, ts=T, mark=None) -> LeadPosition:
    return LeadPosition(
        symbol=symbol,
        side=side,
        quantity=qty,
        entry_price=entry,
        mark_price=mark or entry,
        leverage=lev,
        updated_ms=ts,
    )


def keyed(*positions: LeadPosition) -> dict[PositionKey, LeadPosition]:
    return track(None, positions, PREFIX)


def test_each_kind_of_change_with_its_signal():
    before = keyed(
        pos("BTCUSDT", Side.LONG, 0.5, 60000, 10, mark=60500),
        pos("ETHUSDT", Side.SHORT, 4, 3000, 20),
        pos("SOLUSDT", Side.LONG, 100, 150, 5),
        pos("DOGEUSDT", Side.LONG, 10000, 0.1, 3, mark=0.104),
    )
    after = track(
        before,
        [
            pos("BTCUSDT", Side.LONG, 1.0, 61000, 10, T + 1, mark=62100),
            pos("ETHUSDT", Side.SHORT, 2.5, 3000, 20, T + 1, mark=2950),
            pos("SOLUSDT", Side.LONG, 100, 150, 10, T + 1, mark=152),
            pos("XRPUSDT", Side.SHORT, 1000, 0.6, 5, T + 1),
        ],
        PREFIX,
    )
    changes = diff_positions(before, after)
    signals = [c.signal(NOW, "Binance lead trader W") for c in changes]
    got = [
        (c.kind, s.symbol, s.side, s.kind, s.price, s.leverage)
        for c, s in zip(changes, signals, strict=True)
    ]
    assert got == [
        # 0.5 more at 62000: (61000·1.0 − 60000·0.5) / 0.5
        (ChangeKind.INCREASED, "BTC", Side.LONG, SignalKind.UPDATE, 62000.0, 10),
        (ChangeKind.CLOSED, "DOGE", Side.LONG, SignalKind.CLOSE, 0.104, 3),
        (ChangeKind.REDUCED, "ETH", Side.SHORT, SignalKind.UPDATE, 2950.0, 20),
        (ChangeKind.LEVERAGE_CHANGED, "SOL", Side.LONG, SignalKind.UPDATE, 152.0, 10),
        (ChangeKind.OPENED, "XRP", Side.SHORT, SignalKind.OPEN, 0.6, 5),
    ]
    assert [s.source_id for s in signals] == [
        f"{PREFIX}:BTCUSDT:long:{T}:increased:{T + 1}:1.0",
        f"{PREFIX}:DOGEUSDT:long:{T}:closed",
        f"{PREFIX}:ETHUSDT:short:{T}:reduced:{T + 1}:2.5",
        f"{PREFIX}:SOLUSDT:long:{T}:leverage_changed:{T + 1}:10",
        f"{PREFIX}:XRPUSDT:short:{T + 1}:opened",
    ]
    assert signals[0].raw_text == ("Binance lead trader W increased BTCUSDT long 0.5 → 1 at 62000")
    assert signals[3].raw_text == "Binance lead trader W changed SOLUSDT long leverage 5x → 10x"
    # every signal of a trade names the same trade; a close happens when it is seen
    assert signals[0].trade_ref == f"{PREFIX}:BTCUSDT:long:{T}"
    assert signals[1].trade_ref == signals[1].source_id.removesuffix(":closed")
    assert signals[1].trader_time == NOW and signals[4].trader_time.timestamp() * 1000 == T + 1


def test_the_same_state_twice_changes_nothing_and_mark_moves_are_not_changes():
    before = keyed(pos("BTCUSDT", Side.LONG, 0.5, 60000, 10, mark=60000))
    again = track(before, [pos("BTCUSDT", Side.LONG, 0.5, 60000, 10, mark=65000)], PREFIX)
    assert diff_positions(before, again) == []
    assert again[("BTCUSDT", Side.LONG)].trade_ref == before[("BTCUSDT", Side.LONG)].trade_ref


def test_a_one_way_flip_is_a_close_and_an_open():
    before = keyed(pos("BTCUSDT", Side.LONG, 0.5, 60000, 10))
    after = track(before, [pos("BTCUSDT", Side.SHORT, 0.2, 61000, 10, T + 5)], PREFIX)
    assert [(c.kind, c.position.side) for c in diff_positions(before, after)] == [
        (ChangeKind.CLOSED, Side.LONG),
        (ChangeKind.OPENED, Side.SHORT),
    ]


def test_size_and_leverage_changed_together_are_two_changes_with_distinct_ids():
    before = keyed(pos("BTCUSDT", Side.LONG, 1, 60000, 10))
    after = track(before, [pos("BTCUSDT", Side.LONG, 0.4, 60000, 5, T + 9, mark=59000)], PREFIX)
    changes = diff_positions(before, after)
    assert [c.kind for c in changes] == [ChangeKind.REDUCED, ChangeKind.LEVERAGE_CHANGED]
    assert len({c.source_id for c in changes}) == 2


def test_an_increase_whose_lot_price_is_not_a_price_uses_the_mark():
    before = keyed(pos("BTCUSDT", Side.LONG, 1, 60000, 10))
    after = track(before, [pos("BTCUSDT", Side.LONG, 2, 20000, 10, T + 1, mark=61000)], PREFIX)
    (change,) = diff_positions(before, after)
    assert change.price == 61000  # (20000·2 − 60000·1) / 1 would be −20000


def test_a_reopened_position_is_a_new_trade_with_new_ids():
    first = keyed(pos("BTCUSDT", Side.LONG, 1, 60000, 10))
    closed = track(first, [], PREFIX)
    reopened = track(closed, [pos("BTCUSDT", Side.LONG, 1, 60000, 10, T + 100)], PREFIX)
    close_id = diff_positions(first, closed)[0].source_id
    open_id = diff_positions(closed, reopened)[0].source_id
    assert close_id == f"{PREFIX}:BTCUSDT:long:{T}:closed"
    assert open_id == f"{PREFIX}:BTCUSDT:long:{T + 100}:opened"


def test_snapshots_survive_json_exactly_and_damage_is_a_validation_error():
    snapshot = keyed(
        pos("BTCUSDT", Side.LONG, 0.123456789, 60000.5, 10, mark=60001.25),
        pos("ETHUSDT", Side.SHORT, 4, 3000, 20),
    )
    assert positions_from_json(positions_to_json(snapshot)) == snapshot
    assert positions_from_json(positions_to_json({})) == {}
    with pytest.raises(ValidationError) as err:
        positions_from_json('{"positions": [{"symbol": "BTCUSDT"}]}')
    assert err.value.field == "stored positions"


# -- property: replaying the changes on the old positions gives the new ones ----------------

SYMBOLS = ["BTCUSDT", "ETHUSDT", "SOLUSDT", "1000PEPEUSDT"]
quantities = st.sampled_from([0.001, 0.5, 1.0, 2.5, 10.0, 1234.5])
leverages = st.integers(min_value=1, max_value=125).map(float)
prices = st.floats(min_value=0.0001, max_value=1e6, allow_nan=False)


@st.composite
def snapshots(draw) -> dict[PositionKey, LeadPosition]:
    keys = draw(st.sets(st.tuples(st.sampled_from(SYMBOLS), st.sampled_from(list(Side)))))
    return keyed(
        *(
            pos(
                symbol,
                side,
                draw(quantities),
                draw(prices),
                draw(leverages),
                draw(st.integers(1, 10**13)),
            )
            for symbol, side in sorted(keys)
        )
    )


def essentials(positions: dict[PositionKey, LeadPosition]) -> dict:
    return {k: (p.quantity, p.leverage) for k, p in positions.items()}


@given(snapshots(), snapshots())
def test_applying_the_changes_to_the_old_positions_gives_the_new_ones(old, new):
    new = track(old, new.values(), PREFIX)
    changes = diff_positions(old, new)
    assert essentials(apply_changes(old, changes)) == essentials(new)
    # one change per thing that happened, each with its own id, and the signals agree:
    signals = [c.signal(NOW, "t") for c in changes]
    assert len({s.source_id for s in signals}) == len(signals)
    held = {k: p.leverage for k, p in old.items()}
    for change, signal in zip(changes, signals, strict=True):
        key = change.position.key
        if signal.kind is SignalKind.OPEN:
            assert key not in held
            held[key] = signal.leverage
        elif signal.kind is SignalKind.CLOSE:
            del held[key]
        else:
            assert key in held and signal.price > 0
            held[key] = signal.leverage
    assert held == {k: p.leverage for k, p in new.items()}
    # reading the same state again changes nothing
    assert diff_positions(new, track(new, new.values(), PREFIX)) == []
