"""Stored leverage brackets: a contract's whole table is replaced at once."""

from __future__ import annotations

from collections.abc import Iterable

from tradermanager.domain.engine.brackets import Bracket, BracketOrigin, BracketTable
from tradermanager.store.models import database_proxy


def replace_tables(tables: Iterable[BracketTable], as_of_ms: int) -> int:
    """Store each table in place of the contract's previous one; returns how many. Call inside
    a write transaction. ``as_of_ms`` is used where a table has no date of its own."""
    conn = database_proxy.connection()
    count = 0
    for table in tables:
        conn.execute("DELETE FROM leverage_bracket WHERE symbol = ?", (table.symbol,))
        when = table.as_of_ms if table.as_of_ms is not None else as_of_ms
        conn.executemany(
            "INSERT INTO leverage_bracket (symbol, bracket, notional_floor, notional_cap, "
            "maint_margin_ratio, cum, initial_leverage, origin, as_of_ms) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    table.symbol,
                    n,
                    b.floor,
                    b.cap,
                    b.rate,
                    b.cum,
                    b.max_leverage,
                    table.origin.value,
                    when,
                )
                for n, b in enumerate(table.brackets, start=1)
            ],
        )
        count += 1
    return count


def load_tables(symbols: Iterable[str] | None = None) -> dict[str, BracketTable]:
    """Stored tables by contract: of ``symbols``, or all of them."""
    sql = (
        "SELECT symbol, notional_floor, notional_cap, maint_margin_ratio, cum, initial_leverage, "
        "origin, as_of_ms FROM leverage_bracket"
    )
    params: tuple[str, ...] = ()
    if symbols is not None:
        wanted = tuple(dict.fromkeys(symbols))
        if not wanted:
            return {}
        sql += f" WHERE symbol IN ({', '.join('?' * len(wanted))})"
        params = wanted
    rows = database_proxy.connection().execute(sql + " ORDER BY symbol, bracket", params)
    found: dict[str, tuple[list[Bracket], str, int]] = {}
    for symbol, floor, cap, rate, cum, leverage, origin, as_of in rows:
        brackets, _, _ = found.setdefault(symbol, ([], origin, int(as_of)))
        brackets.append(Bracket(floor, cap, rate, cum, leverage))
    return {
        symbol: BracketTable(symbol, tuple(brackets), BracketOrigin(origin), as_of)
        for symbol, (brackets, origin, as_of) in found.items()
    }


def delete_table(symbol: str) -> int:
    """Forget a contract's stored table (the shipped one applies again); rows removed."""
    cursor = database_proxy.connection().execute(
        "DELETE FROM leverage_bracket WHERE symbol = ?", (symbol,)
    )
    return int(cursor.rowcount)


def newest(origin: BracketOrigin) -> int | None:
    """When the most recent table of ``origin`` was stored (UTC epoch ms), or None."""
    (value,) = (
        database_proxy.connection()
        .execute("SELECT MAX(as_of_ms) FROM leverage_bracket WHERE origin = ?", (origin.value,))
        .fetchone()
    )
    return None if value is None else int(value)
