"""Reading metrics never computes or writes; the store alone says "this trader's history
changed", and both caches (columnar history and metric snapshots) go with it."""

from __future__ import annotations

from datetime import UTC, datetime

from tradermanager.domain.enums import Side, SignalKind
from tradermanager.domain.models import Signal
from tradermanager.store import frames


def snapshot_count(services, trader_id: int | None = None) -> int:
    sql = "SELECT COUNT(*) FROM metric_snapshot"
    params: tuple[int, ...] = ()
    if trader_id is not None:
        sql, params = sql + " WHERE trader_id = ?", (trader_id,)
    return services.store.db.execute_sql(sql, params).fetchone()[0]


def history_cache_count(services, trader_id: int) -> int:
    return services.store.db.execute_sql(
        "SELECT COUNT(*) FROM history_cache WHERE trader_id = ?", (trader_id,)
    ).fetchone()[0]


def loaded(services):
    services.demo.load(3, 40, seed=5)
    services.metrics.refresh()
    return services.traders.list()


def test_reads_of_missing_snapshots_return_nothing_and_write_nothing(services):
    traders = loaded(services)
    ids = [t.id for t in traders]
    with services.store.write():
        services.store.db.execute_sql("DELETE FROM metric_snapshot")
    changes = services.store.db.connection().total_changes
    assert services.metrics.snapshots("30d", ids) == {}
    assert services.metrics.cached_metrics(ids[0], "all") is None
    assert services.metrics.summaries(["roi_30d"], "30d", ids) == {}
    assert services.metrics.token_breakdown(ids[0], "30d").tokens == ()
    assert services.store.db.connection().total_changes == changes
    assert snapshot_count(services) == 0


def test_ensure_computes_only_what_is_missing(services):
    traders = loaded(services)
    first, second = traders[0].id, traders[1].id
    with services.store.write():
        services.store.db.execute_sql("DELETE FROM metric_snapshot WHERE trader_id = ?", (first,))
    assert services.metrics.ensure_snapshots([first, second]) == [first]
    assert snapshot_count(services, first) == 4
    assert services.metrics.ensure_snapshots([first, second]) == []


def test_new_signals_drop_both_caches_of_that_trader_only(services):
    traders = loaded(services)
    target, other = traders[0], traders[1]
    frames.trades_frame([target.id, other.id])  # builds the columnar caches
    assert history_cache_count(services, target.id) > 0
    services.pipeline.process(target.id, _signal())
    assert snapshot_count(services, target.id) == 0
    assert history_cache_count(services, target.id) == 0
    assert snapshot_count(services, other.id) == 4
    assert history_cache_count(services, other.id) > 0


def test_updating_or_deleting_history_rows_drops_the_snapshots_by_trigger(services):
    traders = loaded(services)
    target = traders[0]
    with services.store.write():
        services.store.db.execute_sql(
            "UPDATE trader_trade SET fees = fees WHERE id = "
            "(SELECT MIN(id) FROM trader_trade WHERE trader_id = ?)",
            (target.id,),
        )
    assert snapshot_count(services, target.id) == 0
    assert snapshot_count(services, traders[1].id) == 4
    services.metrics.refresh()
    with services.store.write():
        services.store.db.execute_sql(
            "DELETE FROM signal WHERE id = (SELECT MIN(id) FROM signal WHERE trader_id = ?)",
            (traders[1].id,),
        )
    assert snapshot_count(services, traders[1].id) == 0
    assert snapshot_count(services, target.id) == 4


def _signal() -> Signal:
    at = datetime(2026, 1, 15, 11, 0, tzinfo=UTC)
    return Signal(
        source_id="cache-test-1",
        symbol="BTC",
        side=Side.LONG,
        kind=SignalKind.OPEN,
        price=100.0,
        leverage=2.0,
        confidence=0.9,
        trader_time=at,
        received_time=at,
    )


def test_the_window_reads_the_correlation_basis_while_a_refresh_replaces_it(services):
    """The refresh job writes the price-correlation basis on its thread while the window
    reads it: each read sees one whole basis, before or after, never an error."""
    import threading

    traders = loaded(services)
    target = traders[0].id
    expected = services.metrics.token_correlation(target, "all")
    errors: list[BaseException] = []
    done = threading.Event()

    def refresh() -> None:
        try:
            for _ in range(3):
                services.metrics.refresh()
        except BaseException as exc:  # reported below
            errors.append(exc)
        finally:
            services.release_thread_connection()
            done.set()

    worker = threading.Thread(target=refresh)
    worker.start()
    while not done.is_set():
        assert services.metrics.token_correlation(target, "all") == expected
    worker.join()
    assert errors == []
