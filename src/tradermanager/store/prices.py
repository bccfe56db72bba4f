"""Daily token closes (UTC days)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import pandas as pd

from tradermanager.store.models import TokenPriceRow


def upsert_prices(rows: Iterable[tuple[str, date, float]], chunk: int = 5000) -> int:
    batch = [{"token": t, "day": d, "close": c} for t, d, c in rows]
    for i in range(0, len(batch), chunk):
        TokenPriceRow.insert_many(batch[i : i + chunk]).on_conflict_replace().execute()
    return len(batch)


def price_frame(tokens: Iterable[str] | None = None) -> pd.DataFrame:
    """Closes as a DataFrame: index = UTC day (datetime64), one column per token."""
    query = TokenPriceRow.select(TokenPriceRow.token, TokenPriceRow.day, TokenPriceRow.close)
    if tokens is not None:
        query = query.where(TokenPriceRow.token.in_(list(tokens)))
    rows = list(query.tuples())
    if not rows:
        return pd.DataFrame()
    frame = pd.DataFrame(rows, columns=["token", "day", "close"])
    frame["day"] = pd.to_datetime(frame["day"])
    return frame.pivot(index="day", columns="token", values="close").sort_index()
