"""Live copies on the user's exchange account: each copy in the shape of a paper position, the
fills and funding the exchange booked for it, and the follow-ups (close, stop moved, cancel)
waiting to be sent. Prices and money USDT, times epoch ms (UTC)."""

from __future__ import annotations

import peewee as pw

from tradermanager.store.models import BaseModel, TraderRow


class LivePositionRow(BaseModel):
    """One live copy. ``status``: pending (decided, not sent yet), refused (never sent, see
    ``note``), resting (a limit entry waiting), open, closed, canceled (the entry never
    filled), failed (the exchange could not be asked; see ``note``). The figures are booked
    from the exchange's own fills by the fill sync."""

    id = pw.AutoField()
    trader_id: int
    trader = pw.ForeignKeyField(TraderRow, on_delete="CASCADE")
    signal_ref = pw.CharField(unique=True)  # "<trader id>:<source id>": the orders' key
    source_id = pw.CharField()
    symbol = pw.CharField()
    side = pw.CharField()
    status = pw.CharField(index=True)
    leverage = pw.FloatField()
    margin = pw.FloatField()  # USDT the sizing committed
    limit_price = pw.FloatField(null=True)  # a limit entry; NULL: market
    quantity = pw.FloatField()  # the most held
    remaining = pw.FloatField()
    entry_price = pw.FloatField(null=True)
    entry_time = pw.BigIntegerField(null=True)
    stop_loss = pw.FloatField(null=True)
    take_profits = pw.TextField(default="")  # comma-separated prices
    mark_price = pw.FloatField(null=True)
    unrealized_pnl = pw.FloatField(null=True)
    exit_price = pw.FloatField(null=True)
    exit_time = pw.BigIntegerField(null=True)
    exit_reason = pw.CharField(null=True)
    pnl = pw.FloatField()  # realised, net of fees and funding
    fees = pw.FloatField()
    funding = pw.FloatField()  # paid (negative: received)
    note = pw.TextField(default="")
    requested_ms = pw.BigIntegerField()
    updated_ms = pw.BigIntegerField()

    class Meta:
        table_name = "live_position"


class LiveFillRow(BaseModel):
    """One execution of one of the copy's orders, as the exchange booked it."""

    id = pw.AutoField()
    position_id: int
    position = pw.ForeignKeyField(LivePositionRow, backref="fills", on_delete="CASCADE")
    symbol = pw.CharField()
    trade_id = pw.CharField()  # the exchange's id, unique per symbol
    order_id = pw.CharField()
    client_id = pw.CharField()
    time = pw.BigIntegerField()
    kind = pw.CharField()  # entry / exit
    reason = pw.CharField()  # market / limit, or the exit reason
    price = pw.FloatField()
    quantity = pw.FloatField()
    fee = pw.FloatField()
    realized_pnl = pw.FloatField()  # gross, as the exchange computed it
    maker = pw.BooleanField()

    class Meta:
        table_name = "live_fill"
        indexes = ((("symbol", "trade_id"), True),)


class LiveFundingRow(BaseModel):
    """A copy's share of one funding settlement on its symbol (shared by quantity held)."""

    id = pw.AutoField()
    position_id: int
    position = pw.ForeignKeyField(LivePositionRow, on_delete="CASCADE")
    transaction_id = pw.CharField()
    time = pw.BigIntegerField()
    amount = pw.FloatField()  # USDT paid (negative: received)

    class Meta:
        table_name = "live_funding"
        indexes = ((("transaction_id", "position"), True),)


class LiveActionRow(BaseModel):
    """A follow-up of a live copy decided by the pipeline: ``kind`` close (``fraction`` of
    what is held), protect (new stop and/or take-profits), cancel (unfilled entries) or
    target (the source reached take-profit number ``fraction``).
    ``status``: pending, done, refused, failed."""

    id = pw.AutoField()
    position_id: int
    position = pw.ForeignKeyField(LivePositionRow, on_delete="CASCADE")
    action_ref = pw.CharField(unique=True)  # "<trader id>:<follow-up source id>"
    source_id = pw.CharField()
    kind = pw.CharField()
    fraction = pw.FloatField()
    stop_loss = pw.FloatField(null=True)
    take_profits = pw.TextField(default="")
    status = pw.CharField(index=True)
    note = pw.TextField(default="")
    requested_ms = pw.BigIntegerField()
    updated_ms = pw.BigIntegerField()

    class Meta:
        table_name = "live_action"


LIVE_MODELS: list[type[BaseModel]] = [
    LivePositionRow,
    LiveFillRow,
    LiveFundingRow,
    LiveActionRow,
]
