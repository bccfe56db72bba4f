"""Maintenance-margin brackets per USDⓈ-M contract, as read from the exchange or imported by
the user; they take precedence over the tables shipped with the application."""

from __future__ import annotations

import peewee as pw

from tradermanager.store.models import BaseModel


class LeverageBracketRow(BaseModel):
    """One bracket of one contract (Binance's GET /fapi/v1/leverageBracket fields). Notionals
    USD, rates fractions; ``origin``: exchange or file; ``as_of_ms``: when it was read."""

    symbol = pw.CharField()
    bracket = pw.IntegerField()  # 1-based, in rising notional
    notional_floor = pw.FloatField()
    notional_cap = pw.FloatField()
    maint_margin_ratio = pw.FloatField()
    cum = pw.FloatField()
    initial_leverage = pw.FloatField()
    origin = pw.CharField()
    as_of_ms = pw.BigIntegerField()

    class Meta:
        table_name = "leverage_bracket"
        primary_key = pw.CompositeKey("symbol", "bracket")


BRACKET_MODELS: list[type[BaseModel]] = [LeverageBracketRow]
