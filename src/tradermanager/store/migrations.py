"""Schema versions: a new file gets today's schema; an older file runs the steps it lacks.

A step runs once, in order, inside one IMMEDIATE transaction with its version row. Steps that
shipped are frozen (``shipped_schema.py`` holds them as SQL text) and never edited, so that
adding a model or a column never changes what an old step does. To change the schema: change
the models, then append a step that brings the previous version's file to the same schema
(``add_column``, ``create_table``, a data conversion); ``tests/store/test_schema_migrations.py``
checks that a migrated file of every shipped version equals a new one. docs/development.md
walks through an example.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

import numpy as np
import peewee as pw

from tradermanager.store import shipped_schema
from tradermanager.store.models import ALL_MODELS, SchemaVersion

Step = Callable[[pw.Database], None]


def run_sql(statements: Sequence[str]) -> Step:
    """A step made of frozen SQL statements, run one by one inside the step's transaction."""

    def step(db: pw.Database) -> None:
        for statement in statements:
            db.execute_sql(statement)

    return step


# A trader's columnar history cache and metric snapshots are dropped whenever its rows change
# (history_cache.history_changed). Inserts come only through the bulk writers, which call it
# once per batch: a per-row trigger would add seconds to a million-row import. Models cannot
# declare triggers, so a new file gets them from here.
_HISTORY_TABLES = ("trader_trade", "signal", "copied_trade")
_ROW_EVENTS = (("UPDATE", "NEW"), ("DELETE", "OLD"))
CACHE_TRIGGERS = tuple(
    f'CREATE TRIGGER "{table}_{event.lower()}_drops_history_cache" AFTER {event} ON "{table}" '
    f"BEGIN DELETE FROM history_cache WHERE trader_id = {row}.trader_id; "
    f"DELETE FROM metric_snapshot WHERE trader_id = {row}.trader_id; END"
    for table in _HISTORY_TABLES
    for event, row in _ROW_EVENTS
)


def _v5_candles_replace_daily_prices(db: pw.Database) -> None:
    """Candles and funding rates. Each daily close of ``token_price`` becomes a 1d candle of
    the token's USDT contract (open = high = low = close, volume 0), and the table goes.

    The chunk format is written out here rather than borrowed from candles.py, so this step
    keeps doing what it did whatever later code does: per UTC month, ``rows`` int64 open
    times then ``rows`` float64 values each of open, high, low, close and volume."""
    for statement in shipped_schema.V5_SQL:
        db.execute_sql(statement)
    rows = db.execute_sql(
        "SELECT token, CAST(ROUND((julianday(day) - 2440587.5) * 86400000) AS INTEGER), close "
        "FROM token_price WHERE julianday(day) IS NOT NULL ORDER BY token, day"
    ).fetchall()
    series: dict[str, list[tuple[int, float]]] = {}
    for token, day_ms, close in rows:
        series.setdefault(f"{token}USDT", []).append((int(day_ms), float(close)))
    for symbol, points in series.items():
        times = np.array([t for t, _ in points], dtype=np.int64)
        closes = np.array([c for _, c in points], dtype=np.float64)
        month_of = times.astype("datetime64[ms]").astype("datetime64[M]")
        month_ms = month_of.astype("datetime64[ms]").astype(np.int64)
        for month in np.unique(month_ms):
            pick = month_ms == month
            t, c = times[pick], closes[pick]
            values = np.vstack([c, c, c, c, np.zeros(len(c))])
            db.execute_sql(
                'INSERT INTO "candle_chunk" (symbol, interval, month, first_open, last_open, '
                "rows, payload) VALUES (?, '1d', ?, ?, ?, ?, ?)",
                (symbol, int(month), int(t[0]), int(t[-1]), len(t), t.tobytes() + values.tobytes()),
            )
    db.execute_sql('DROP TABLE "token_price"')


V7_SIGNAL_COLUMNS = (
    'ALTER TABLE "signal" ADD COLUMN "order_type" VARCHAR(255)',
    'ALTER TABLE "signal" ADD COLUMN "entries" TEXT',
    'ALTER TABLE "signal" ADD COLUMN "close_fraction" REAL',
    'ALTER TABLE "signal" ADD COLUMN "target_hit" INTEGER',
)


def _v7_orders_and_paper_positions(db: pw.Database) -> None:
    """Signals carry their order type, entries, close share and the target reached (NULL in
    older rows: a market order, one entry, a whole close); paper positions and their fills
    are stored."""
    for statement in (*V7_SIGNAL_COLUMNS, *shipped_schema.V7_PAPER_SQL):
        db.execute_sql(statement)


MIGRATIONS: list[tuple[int, Step]] = [
    (1, run_sql(shipped_schema.V1_SQL)),
    (2, run_sql(shipped_schema.V2_SQL)),
    (3, run_sql(shipped_schema.V3_SQL)),
    (4, run_sql(shipped_schema.V4_SQL)),
    (5, _v5_candles_replace_daily_prices),
    (6, run_sql(shipped_schema.CANDIDATES_SQL)),
    (7, _v7_orders_and_paper_positions),
    (8, run_sql(shipped_schema.V8_SQL)),
    (9, run_sql(shipped_schema.REVIEW_SQL)),
    (10, run_sql(shipped_schema.INTENDED_ORDER_SQL)),
    (11, run_sql(shipped_schema.MESSAGE_DELETION_SQL)),
    (12, run_sql(shipped_schema.TRADER_RULES_SQL)),
    (13, run_sql(shipped_schema.LIVE_COPIES_SQL)),
    (14, run_sql(shipped_schema.LEVERAGE_BRACKET_SQL)),
    (15, run_sql(shipped_schema.EXCHANGE_FINDINGS_SQL)),
    (16, run_sql(shipped_schema.PAPER_EXIT_LEVELS_SQL)),
]
LATEST_VERSION = MIGRATIONS[-1][0]


def create_current_schema(db: pw.Database) -> None:
    """Today's schema from today's models, for a file that has none yet."""
    db.create_tables(ALL_MODELS)
    for statement in CACHE_TRIGGERS:
        db.execute_sql(statement)


def current_version(db: pw.Database) -> int:
    if not db.table_exists(SchemaVersion._meta.table_name):
        return 0
    value = SchemaVersion.select(pw.fn.MAX(SchemaVersion.version)).scalar()
    return int(value or 0)


def _stamp(version: int) -> None:
    SchemaVersion.create(version=version, applied_at=datetime.now(UTC))


def migrate(db: pw.Database, *, upto: int = LATEST_VERSION) -> list[int]:
    """Bring the file to version ``upto``; returns the versions applied.

    A blank file going to the latest version is created from the models in one step and
    stamped with that version (returned as ``[LATEST_VERSION]``). Otherwise — an older file, or
    a test asking for an old version — the numbered steps run in order.
    """
    with db.atomic("IMMEDIATE"):
        if upto == LATEST_VERSION and current_version(db) == 0 and not db.get_tables():
            create_current_schema(db)
            _stamp(LATEST_VERSION)
            return [LATEST_VERSION]
    applied = []
    for version, step in MIGRATIONS:
        if version > upto:
            break
        with db.atomic("IMMEDIATE"):
            if version <= current_version(db):
                continue
            step(db)
            _stamp(version)
        applied.append(version)
    return applied
