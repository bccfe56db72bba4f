"""peewee models. Rows never leave the store: repositories turn them into domain objects.

Times are stored as UTC epoch milliseconds (fields.py); money in USD; fractions as
fractions (0.05 = 5 %). Each model names its `id` primary key and the `<name>_id` column
attribute of each foreign key, which peewee adds itself, so that type checkers know them.
"""

from __future__ import annotations

import peewee as pw

from tradermanager.store.fields import UtcMillisField

database_proxy = pw.DatabaseProxy()


class BaseModel(pw.Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class SchemaVersion(BaseModel):
    id = pw.AutoField()
    version = pw.IntegerField()
    applied_at = UtcMillisField()


class TraderRow(BaseModel):
    id = pw.AutoField()
    name = pw.CharField()
    source = pw.CharField(index=True)
    source_ref = pw.CharField(default="")
    multiplier = pw.FloatField(default=1.0)
    min_confidence = pw.FloatField(default=0.7)
    whitelist = pw.TextField(default="")  # comma-separated normalised tokens
    blacklist = pw.TextField(default="")
    max_leverage = pw.IntegerField(default=5)
    paper_only = pw.BooleanField(default=True)
    active = pw.BooleanField(default=True)
    priority = pw.IntegerField(default=0)
    reference_capital = pw.FloatField(default=10_000.0)
    notes = pw.TextField(default="")
    created_at = UtcMillisField()
    updated_at = UtcMillisField()
    archived_at = UtcMillisField(null=True, index=True)
    # Execution rules, added in schema v12 (docs/execution.md); 0 turns an optional one off.
    sizing = pw.CharField(default="multiplier", constraints=[pw.SQL("DEFAULT 'multiplier'")])
    equity_pct = pw.FloatField(default=0.02, constraints=[pw.SQL("DEFAULT 0.02")])
    risk_pct = pw.FloatField(default=0.01, constraints=[pw.SQL("DEFAULT 0.01")])
    tp_split = pw.TextField(default="", constraints=[pw.SQL("DEFAULT ''")])  # "0.5,0.3,0.2"
    break_even_after = pw.IntegerField(default=0, constraints=[pw.SQL("DEFAULT 0")])
    trailing_stop = pw.FloatField(default=0.0, constraints=[pw.SQL("DEFAULT 0")])
    limit_expiry_hours = pw.FloatField(default=24.0, constraints=[pw.SQL("DEFAULT 24")])
    max_open = pw.IntegerField(default=0, constraints=[pw.SQL("DEFAULT 0")])
    copy_stop_loss = pw.FloatField(default=0.0, constraints=[pw.SQL("DEFAULT 0")])
    allocation = pw.FloatField(default=0.0, constraints=[pw.SQL("DEFAULT 0")])

    class Meta:
        table_name = "trader"


class SignalRow(BaseModel):
    id = pw.AutoField()
    trader_id: int
    # Indexed through (trader, source_id): a separate index would only slow bulk imports.
    trader = pw.ForeignKeyField(TraderRow, backref="signals", on_delete="CASCADE", index=False)
    source_id = pw.CharField()
    symbol = pw.CharField()
    side = pw.CharField()
    kind = pw.CharField()
    price = pw.FloatField()
    leverage = pw.FloatField()
    confidence = pw.FloatField(null=True)
    stop_loss = pw.FloatField(null=True)
    take_profits = pw.TextField(default="")  # comma-separated prices
    raw_text = pw.TextField(default="")
    trade_ref = pw.CharField(default="")  # source id of the trader's trade, when known
    trader_time = UtcMillisField()
    received_time = UtcMillisField()
    # Added in schema v7; NULL in older rows means: market order, one entry, whole close.
    order_type = pw.CharField(null=True)
    entries = pw.TextField(null=True)  # comma-separated limit prices
    close_fraction = pw.FloatField(null=True)
    target_hit = pw.IntegerField(null=True)

    class Meta:
        table_name = "signal"
        indexes = ((("trader", "source_id"), True), (("trader", "received_time"), False))


class DecisionRow(BaseModel):
    id = pw.AutoField()
    signal_id: int
    signal = pw.ForeignKeyField(SignalRow, backref="decisions", on_delete="CASCADE", unique=True)
    accepted = pw.BooleanField()
    reason = pw.CharField(null=True)
    message = pw.TextField()
    decided_at = UtcMillisField()

    class Meta:
        table_name = "decision"


class TraderTradeRow(BaseModel):
    id = pw.AutoField()
    trader_id: int
    trader = pw.ForeignKeyField(TraderRow, backref="trades", on_delete="CASCADE", index=False)
    source_id = pw.CharField()
    symbol = pw.CharField(index=True)
    side = pw.CharField()
    leverage = pw.FloatField()
    entry_price = pw.FloatField()
    exit_price = pw.FloatField(null=True)
    entry_time = UtcMillisField()
    exit_time = UtcMillisField(null=True)
    notional = pw.FloatField()
    fees = pw.FloatField(default=0.0)
    pnl = pw.FloatField(null=True)
    status = pw.CharField()

    class Meta:
        table_name = "trader_trade"
        indexes = ((("trader", "source_id"), True),)


class CopiedTradeRow(BaseModel):
    id = pw.AutoField()
    trader_id: int
    signal_id: int
    trader = pw.ForeignKeyField(TraderRow, backref="copies", on_delete="CASCADE")
    signal = pw.ForeignKeyField(SignalRow, backref="copies", on_delete="CASCADE", unique=True)
    mode = pw.CharField()
    symbol = pw.CharField()
    side = pw.CharField()
    leverage = pw.FloatField()
    margin = pw.FloatField()
    signal_price = pw.FloatField()
    entry_fill = pw.FloatField()
    entry_fee = pw.FloatField()
    opened_at = UtcMillisField()
    status = pw.CharField(index=True)
    exit_fill = pw.FloatField(null=True)
    exit_fee = pw.FloatField(default=0.0)
    closed_at = UtcMillisField(null=True)
    pnl = pw.FloatField(null=True)

    class Meta:
        table_name = "copied_trade"


class AlertRuleRow(BaseModel):
    id = pw.AutoField()
    trader_id: int
    trader = pw.ForeignKeyField(TraderRow, null=True, backref="alert_rules", on_delete="CASCADE")
    kind = pw.CharField()
    threshold = pw.FloatField()
    window = pw.IntegerField(default=20)
    auto_pause = pw.BooleanField(default=False)
    enabled = pw.BooleanField(default=True)
    created_at = UtcMillisField()
    channels = pw.CharField(default="", constraints=[pw.SQL("DEFAULT ''")])  # "email,telegram"
    severity = pw.CharField(default="", constraints=[pw.SQL("DEFAULT ''")])  # "" = kind's default

    class Meta:
        table_name = "alert_rule"


class AlertStateRow(BaseModel):
    """Whether a rule's breach for a trader was already reported (re-armed when cleared)."""

    rule_id: int
    trader_id: int
    rule = pw.ForeignKeyField(AlertRuleRow, on_delete="CASCADE", index=False)
    trader = pw.ForeignKeyField(TraderRow, on_delete="CASCADE")
    breached = pw.BooleanField(default=False)

    class Meta:
        table_name = "alert_state"
        primary_key = pw.CompositeKey("rule", "trader")


class AlertEventRow(BaseModel):
    """A fired alert; ``trader`` is null for one about the whole account (the engine's daily
    loss limit, the kill switch)."""

    id = pw.AutoField()
    rule_id: int
    trader_id: int | None
    rule = pw.ForeignKeyField(AlertRuleRow, backref="events", on_delete="CASCADE")
    trader = pw.ForeignKeyField(TraderRow, null=True, backref="alert_events", on_delete="CASCADE")
    fired_at = UtcMillisField(index=True)
    value = pw.FloatField(null=True)
    message = pw.TextField()
    paused_trader = pw.BooleanField(default=False)
    acknowledged_at = UtcMillisField(null=True)
    threshold = pw.FloatField(null=True)
    action = pw.TextField(default="", constraints=[pw.SQL("DEFAULT ''")])

    class Meta:
        table_name = "alert_event"


class NotificationRow(BaseModel):
    """The outbox: one message per alert event and channel, written in the event's
    transaction and delivered by a job; (event, channel) is unique, so it exists once."""

    id = pw.AutoField()
    event_id: int
    event = pw.ForeignKeyField(AlertEventRow, on_delete="CASCADE", index=False)
    channel = pw.CharField()
    severity = pw.CharField()
    title = pw.TextField()
    text = pw.TextField()
    html = pw.TextField()
    status = pw.CharField()
    attempts = pw.IntegerField(default=0)
    not_before = UtcMillisField()
    claimed_at = UtcMillisField(null=True)
    sent_at = UtcMillisField(null=True)
    last_error = pw.TextField(default="")
    created_at = UtcMillisField()

    class Meta:
        table_name = "notification"
        indexes = (
            (("event", "channel"), True),
            (("status", "not_before"), False),
        )


class SourceMessageRow(BaseModel):
    """Every message read from a source, with what became of it (signal, follow-up, not a
    signal, needs review, skipped) and why."""

    id = pw.AutoField()
    trader_id: int
    trader = pw.ForeignKeyField(TraderRow, on_delete="CASCADE", index=False)
    source_id = pw.CharField()
    received_time = UtcMillisField()
    text = pw.TextField()
    classification = pw.CharField()
    reason = pw.TextField(default="")
    links_to = pw.CharField(default="")

    class Meta:
        table_name = "source_message"
        indexes = ((("trader", "source_id"), True),)


class SettingRow(BaseModel):
    key = pw.CharField(primary_key=True)
    value = pw.TextField()

    class Meta:
        table_name = "setting"


class TraderEventRow(BaseModel):
    """The trader's history: created, toggled, promoted, settings changed, ..."""

    id = pw.AutoField()
    trader_id: int
    trader = pw.ForeignKeyField(TraderRow, backref="events", on_delete="CASCADE")
    at = UtcMillisField()
    kind = pw.CharField()
    detail = pw.TextField(default="")

    class Meta:
        table_name = "trader_event"


class MetricSnapshotRow(BaseModel):
    """Cached metrics per trader and window, so the UI opens instantly."""

    id = pw.AutoField()
    trader_id: int
    trader = pw.ForeignKeyField(TraderRow, backref="snapshots", on_delete="CASCADE", index=False)
    window = pw.CharField()
    computed_at = UtcMillisField()
    payload = pw.TextField()  # JSON

    class Meta:
        table_name = "metric_snapshot"
        indexes = ((("trader", "window"), True),)


class HistoryCacheRow(BaseModel):
    """Columnar copy of a trader's rows for fast metric loads (see history_cache.py)."""

    trader_id: int
    trader = pw.ForeignKeyField(TraderRow, on_delete="CASCADE", index=False)
    kind = pw.CharField()
    rows = pw.IntegerField()
    vocab = pw.TextField()
    payload = pw.BlobField()

    class Meta:
        table_name = "history_cache"
        primary_key = pw.CompositeKey("trader", "kind")


class SourceStateRow(BaseModel):
    """What a live source remembers about a trader between polls (e.g. the lead trader's last
    positions), as JSON under a key; it goes when the trader goes."""

    trader_id: int
    trader = pw.ForeignKeyField(TraderRow, on_delete="CASCADE", index=False)
    key = pw.CharField()
    value = pw.TextField()
    updated_at = UtcMillisField()

    class Meta:
        table_name = "source_state"
        primary_key = pw.CompositeKey("trader", "key")


CORE_MODELS: list[type[BaseModel]] = [
    SchemaVersion,
    TraderRow,
    SignalRow,
    DecisionRow,
    TraderTradeRow,
    CopiedTradeRow,
    AlertRuleRow,
    AlertStateRow,
    AlertEventRow,
    SourceMessageRow,
    SettingRow,
]


class CandleChunkRow(BaseModel):
    """One symbol's candles of one interval in one UTC month, as columns in a BLOB
    (see candles.py): a year of 1-minute candles loads in a few ``frombuffer`` calls."""

    symbol = pw.CharField()
    interval = pw.CharField()
    month = pw.BigIntegerField()  # UTC epoch ms of the month's first instant
    first_open = pw.BigIntegerField()  # open time of the chunk's first candle, epoch ms
    last_open = pw.BigIntegerField()
    rows = pw.IntegerField()
    payload = pw.BlobField()

    class Meta:
        table_name = "candle_chunk"
        primary_key = pw.CompositeKey("symbol", "interval", "month")


class FundingRateRow(BaseModel):
    """One funding settlement of a perpetual contract: ``rate`` is the fraction of notional
    paid at ``funding_time`` (positive: longs pay shorts)."""

    symbol = pw.CharField()
    funding_time = pw.BigIntegerField()  # epoch ms
    rate = pw.FloatField()
    mark_price = pw.FloatField(null=True)

    class Meta:
        table_name = "funding_rate"
        primary_key = pw.CompositeKey("symbol", "funding_time")


MARKET_MODELS: list[type[BaseModel]] = [CandleChunkRow, FundingRateRow]


class PaperPositionRow(BaseModel):
    """A paper copy as the execution engine last computed it (open or closed); rewritten as
    a whole by each paper refresh. Prices USD, times epoch ms (UTC)."""

    id = pw.AutoField()
    trader_id: int
    trader = pw.ForeignKeyField(TraderRow, on_delete="CASCADE")
    source_id = pw.CharField()
    symbol = pw.CharField()
    side = pw.CharField()
    status = pw.CharField()  # open / closed
    leverage = pw.FloatField()
    margin = pw.FloatField()
    quantity = pw.FloatField()
    remaining = pw.FloatField()
    entry_price = pw.FloatField(null=True)
    entry_time = pw.BigIntegerField(null=True)
    stop_loss = pw.FloatField(null=True)
    take_profits = pw.TextField(default="")  # comma-separated prices
    liquidation_price = pw.FloatField(null=True)
    mark_price = pw.FloatField(null=True)
    unrealized_pnl = pw.FloatField(null=True)
    exit_price = pw.FloatField(null=True)
    exit_time = pw.BigIntegerField(null=True)
    exit_reason = pw.CharField(null=True)
    pnl = pw.FloatField()  # realised, net of fees and funding
    fees = pw.FloatField()
    funding = pw.FloatField()
    trailing_stop = pw.FloatField(null=True)  # an open copy's trailing stop level now
    # units per take-profit, comma-separated
    target_quantities = pw.TextField(default="", constraints=[pw.SQL("DEFAULT ''")])

    class Meta:
        table_name = "paper_position"


class PaperFillRow(BaseModel):
    """One execution of a paper copy: an entry or an exit order that filled."""

    id = pw.AutoField()
    position_id: int
    position = pw.ForeignKeyField(PaperPositionRow, backref="fills", on_delete="CASCADE")
    time = pw.BigIntegerField()
    kind = pw.CharField()  # entry / exit
    reason = pw.CharField()  # market / limit, or the exit reason
    price = pw.FloatField()
    quantity = pw.FloatField()
    fee = pw.FloatField()
    maker = pw.BooleanField()

    class Meta:
        table_name = "paper_fill"


class IntendedOrderRow(BaseModel):
    """A live order as intended, written before it is sent; decimals kept as exact text."""

    id = pw.AutoField()
    client_id = pw.CharField(unique=True)
    signal_ref = pw.CharField(index=True)
    leg = pw.CharField()
    trader_id = pw.IntegerField(null=True)
    symbol = pw.CharField()
    side = pw.CharField()
    kind = pw.CharField()
    quantity = pw.CharField()
    price = pw.CharField(null=True)
    trigger_price = pw.CharField(null=True)
    reduce_only = pw.BooleanField()
    leverage = pw.IntegerField(null=True)
    state = pw.CharField(index=True)
    exchange_id = pw.CharField(null=True)
    filled = pw.CharField()
    average_price = pw.CharField(null=True)
    attempts = pw.IntegerField()
    note = pw.TextField()
    ladder = pw.TextField()
    created_ms = pw.BigIntegerField()
    updated_ms = pw.BigIntegerField()
    actual_order_id = pw.CharField(null=True)

    class Meta:
        table_name = "intended_order"


PAPER_MODELS: list[type[BaseModel]] = [PaperPositionRow, PaperFillRow]
ALL_MODELS: list[type[BaseModel]] = [
    *CORE_MODELS,
    TraderEventRow,
    MetricSnapshotRow,
    HistoryCacheRow,
    SourceStateRow,
    *MARKET_MODELS,
    *PAPER_MODELS,
    NotificationRow,
    IntendedOrderRow,
]
