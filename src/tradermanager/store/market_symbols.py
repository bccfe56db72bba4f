"""Which tokens need prices: what active traders trade and what positions are open."""

from __future__ import annotations

from tradermanager.store.models import database_proxy

_REAL = "r.source_ref NOT LIKE 'demo:%'"  # the demo runs on its own simulated prices
_ACTIVE = f"r.active = 1 AND r.archived_at IS NULL AND {_REAL}"


def tracked_tokens(since_ms: int) -> set[str]:
    """Tokens of open copies and paper positions; of active traders' open trades, and of
    their trades and signals since ``since_ms``; and of active traders' whitelists. Demo
    traders are left out."""
    conn = database_proxy.connection()
    rows = conn.execute(
        f"""SELECT c.symbol FROM copied_trade c JOIN trader r ON r.id = c.trader_id
                  WHERE c.status = 'open' AND {_REAL}
            UNION SELECT p.symbol FROM paper_position p JOIN trader r ON r.id = p.trader_id
                  WHERE p.status = 'open' AND {_REAL}
            UNION SELECT t.symbol FROM trader_trade t JOIN trader r ON r.id = t.trader_id
                  WHERE {_ACTIVE} AND (t.status = 'open' OR t.entry_time >= ?
                                       OR t.exit_time >= ?)
            UNION SELECT s.symbol FROM signal s JOIN trader r ON r.id = s.trader_id
                  WHERE {_ACTIVE} AND s.received_time >= ?""",
        (since_ms, since_ms, since_ms),
    ).fetchall()
    tokens = {row[0] for row in rows if row[0]}
    for (whitelist,) in conn.execute(f"SELECT whitelist FROM trader r WHERE {_ACTIVE}"):
        tokens.update(t.strip() for t in str(whitelist).split(",") if t.strip())
    return tokens
