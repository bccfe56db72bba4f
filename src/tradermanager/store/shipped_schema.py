"""The schema steps exactly as they shipped, as SQL text; never edit one.

Release 0.1.0 wrote schema v3. Files of any of these versions are brought up to date by
running the remaining steps; a new file is made from today's models instead
(``migrations.create_current_schema``), and a test checks that both end in the same schema.
"""

# ruff: noqa: E501

V1_SQL = (
    'CREATE TABLE "trader" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT NULL, "source" VARCHAR(255) NOT NULL, "source_ref" VARCHAR(255) NOT NULL, "multiplier" REAL NOT NULL, "min_confidence" REAL NOT NULL, "whitelist" TEXT NOT NULL, "blacklist" TEXT NOT NULL, "max_leverage" INTEGER NOT NULL, "paper_only" INTEGER NOT NULL, "active" INTEGER NOT NULL, "priority" INTEGER NOT NULL, "reference_capital" REAL NOT NULL, "notes" TEXT NOT NULL, "created_at" INTEGER NOT NULL, "updated_at" INTEGER NOT NULL, "archived_at" INTEGER)',
    'CREATE INDEX "trader_source" ON "trader" ("source")',
    'CREATE INDEX "trader_archived_at" ON "trader" ("archived_at")',
    'CREATE TABLE "alert_rule" ("id" INTEGER NOT NULL PRIMARY KEY, "trader_id" INTEGER, "kind" VARCHAR(255) NOT NULL, "threshold" REAL NOT NULL, "window" INTEGER NOT NULL, "auto_pause" INTEGER NOT NULL, "enabled" INTEGER NOT NULL, "created_at" INTEGER NOT NULL, FOREIGN KEY ("trader_id") REFERENCES "trader" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "alert_rule_trader_id" ON "alert_rule" ("trader_id")',
    'CREATE TABLE "alert_event" ("id" INTEGER NOT NULL PRIMARY KEY, "rule_id" INTEGER NOT NULL, "trader_id" INTEGER NOT NULL, "fired_at" INTEGER NOT NULL, "value" REAL, "message" TEXT NOT NULL, "paused_trader" INTEGER NOT NULL, "acknowledged_at" INTEGER, FOREIGN KEY ("rule_id") REFERENCES "alert_rule" ("id") ON DELETE CASCADE, FOREIGN KEY ("trader_id") REFERENCES "trader" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "alert_event_rule_id" ON "alert_event" ("rule_id")',
    'CREATE INDEX "alert_event_trader_id" ON "alert_event" ("trader_id")',
    'CREATE INDEX "alert_event_fired_at" ON "alert_event" ("fired_at")',
    'CREATE TABLE "alert_state" ("rule_id" INTEGER NOT NULL, "trader_id" INTEGER NOT NULL, "breached" INTEGER NOT NULL, PRIMARY KEY ("rule_id", "trader_id"), FOREIGN KEY ("rule_id") REFERENCES "alert_rule" ("id") ON DELETE CASCADE, FOREIGN KEY ("trader_id") REFERENCES "trader" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "alert_state_trader_id" ON "alert_state" ("trader_id")',
    'CREATE TABLE "signal" ("id" INTEGER NOT NULL PRIMARY KEY, "trader_id" INTEGER NOT NULL, "source_id" VARCHAR(255) NOT NULL, "symbol" VARCHAR(255) NOT NULL, "side" VARCHAR(255) NOT NULL, "kind" VARCHAR(255) NOT NULL, "price" REAL NOT NULL, "leverage" REAL NOT NULL, "confidence" REAL, "stop_loss" REAL, "take_profits" TEXT NOT NULL, "raw_text" TEXT NOT NULL, "trade_ref" VARCHAR(255) NOT NULL, "trader_time" INTEGER NOT NULL, "received_time" INTEGER NOT NULL, FOREIGN KEY ("trader_id") REFERENCES "trader" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "signal_trader_id_source_id" ON "signal" ("trader_id", "source_id")',
    'CREATE INDEX "signal_trader_id_received_time" ON "signal" ("trader_id", "received_time")',
    'CREATE TABLE "copied_trade" ("id" INTEGER NOT NULL PRIMARY KEY, "trader_id" INTEGER NOT NULL, "signal_id" INTEGER NOT NULL, "mode" VARCHAR(255) NOT NULL, "symbol" VARCHAR(255) NOT NULL, "side" VARCHAR(255) NOT NULL, "leverage" REAL NOT NULL, "margin" REAL NOT NULL, "signal_price" REAL NOT NULL, "entry_fill" REAL NOT NULL, "entry_fee" REAL NOT NULL, "opened_at" INTEGER NOT NULL, "status" VARCHAR(255) NOT NULL, "exit_fill" REAL, "exit_fee" REAL NOT NULL, "closed_at" INTEGER, "pnl" REAL, FOREIGN KEY ("trader_id") REFERENCES "trader" ("id") ON DELETE CASCADE, FOREIGN KEY ("signal_id") REFERENCES "signal" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "copied_trade_trader_id" ON "copied_trade" ("trader_id")',
    'CREATE UNIQUE INDEX "copied_trade_signal_id" ON "copied_trade" ("signal_id")',
    'CREATE INDEX "copied_trade_status" ON "copied_trade" ("status")',
    'CREATE TABLE "decision" ("id" INTEGER NOT NULL PRIMARY KEY, "signal_id" INTEGER NOT NULL, "accepted" INTEGER NOT NULL, "reason" VARCHAR(255), "message" TEXT NOT NULL, "decided_at" INTEGER NOT NULL, FOREIGN KEY ("signal_id") REFERENCES "signal" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "decision_signal_id" ON "decision" ("signal_id")',
    'CREATE TABLE "schema_version" ("id" INTEGER NOT NULL PRIMARY KEY, "version" INTEGER NOT NULL, "applied_at" INTEGER NOT NULL)',
    'CREATE TABLE "setting" ("key" VARCHAR(255) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL)',
    'CREATE TABLE "source_message" ("id" INTEGER NOT NULL PRIMARY KEY, "trader_id" INTEGER NOT NULL, "source_id" VARCHAR(255) NOT NULL, "received_time" INTEGER NOT NULL, "text" TEXT NOT NULL, "classification" VARCHAR(255) NOT NULL, "reason" TEXT NOT NULL, "links_to" VARCHAR(255) NOT NULL, FOREIGN KEY ("trader_id") REFERENCES "trader" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "source_message_trader_id_source_id" ON "source_message" ("trader_id", "source_id")',
    'CREATE TABLE "token_price" ("token" VARCHAR(255) NOT NULL, "day" DATE NOT NULL, "close" REAL NOT NULL, PRIMARY KEY ("token", "day"))',
    'CREATE TABLE "trader_trade" ("id" INTEGER NOT NULL PRIMARY KEY, "trader_id" INTEGER NOT NULL, "source_id" VARCHAR(255) NOT NULL, "symbol" VARCHAR(255) NOT NULL, "side" VARCHAR(255) NOT NULL, "leverage" REAL NOT NULL, "entry_price" REAL NOT NULL, "exit_price" REAL, "entry_time" INTEGER NOT NULL, "exit_time" INTEGER, "notional" REAL NOT NULL, "fees" REAL NOT NULL, "pnl" REAL, "status" VARCHAR(255) NOT NULL, FOREIGN KEY ("trader_id") REFERENCES "trader" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "trader_trade_symbol" ON "trader_trade" ("symbol")',
    'CREATE UNIQUE INDEX "trader_trade_trader_id_source_id" ON "trader_trade" ("trader_id", "source_id")',
)

V2_SQL = (
    'CREATE TABLE "history_cache" ("trader_id" INTEGER NOT NULL, "kind" VARCHAR(255) NOT NULL, "rows" INTEGER NOT NULL, "vocab" TEXT NOT NULL, "payload" BLOB NOT NULL, PRIMARY KEY ("trader_id", "kind"), FOREIGN KEY ("trader_id") REFERENCES "trader" ("id") ON DELETE CASCADE)',
    'CREATE TABLE "metric_snapshot" ("id" INTEGER NOT NULL PRIMARY KEY, "trader_id" INTEGER NOT NULL, "window" VARCHAR(255) NOT NULL, "computed_at" INTEGER NOT NULL, "payload" TEXT NOT NULL, FOREIGN KEY ("trader_id") REFERENCES "trader" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "metric_snapshot_trader_id_window" ON "metric_snapshot" ("trader_id", "window")',
    'CREATE TABLE "trader_event" ("id" INTEGER NOT NULL PRIMARY KEY, "trader_id" INTEGER NOT NULL, "at" INTEGER NOT NULL, "kind" VARCHAR(255) NOT NULL, "detail" TEXT NOT NULL, FOREIGN KEY ("trader_id") REFERENCES "trader" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "trader_event_trader_id" ON "trader_event" ("trader_id")',
    'CREATE TRIGGER "trader_trade_update_drops_history_cache" AFTER UPDATE ON "trader_trade" BEGIN DELETE FROM history_cache WHERE trader_id = NEW.trader_id; END',
    'CREATE TRIGGER "trader_trade_delete_drops_history_cache" AFTER DELETE ON "trader_trade" BEGIN DELETE FROM history_cache WHERE trader_id = OLD.trader_id; END',
    'CREATE TRIGGER "signal_update_drops_history_cache" AFTER UPDATE ON "signal" BEGIN DELETE FROM history_cache WHERE trader_id = NEW.trader_id; END',
    'CREATE TRIGGER "signal_delete_drops_history_cache" AFTER DELETE ON "signal" BEGIN DELETE FROM history_cache WHERE trader_id = OLD.trader_id; END',
    'CREATE TRIGGER "copied_trade_update_drops_history_cache" AFTER UPDATE ON "copied_trade" BEGIN DELETE FROM history_cache WHERE trader_id = NEW.trader_id; END',
    'CREATE TRIGGER "copied_trade_delete_drops_history_cache" AFTER DELETE ON "copied_trade" BEGIN DELETE FROM history_cache WHERE trader_id = OLD.trader_id; END',
)

V3_SQL = (
    'CREATE TABLE "source_state" ("trader_id" INTEGER NOT NULL, "key" VARCHAR(255) NOT NULL, "value" TEXT NOT NULL, "updated_at" INTEGER NOT NULL, PRIMARY KEY ("trader_id", "key"), FOREIGN KEY ("trader_id") REFERENCES "trader" ("id") ON DELETE CASCADE)',
)


# v4: the history-cache triggers drop the trader's metric snapshots too.
V4_SQL = (
    'DROP TRIGGER "trader_trade_update_drops_history_cache"',
    'DROP TRIGGER "trader_trade_delete_drops_history_cache"',
    'DROP TRIGGER "signal_update_drops_history_cache"',
    'DROP TRIGGER "signal_delete_drops_history_cache"',
    'DROP TRIGGER "copied_trade_update_drops_history_cache"',
    'DROP TRIGGER "copied_trade_delete_drops_history_cache"',
    'CREATE TRIGGER "trader_trade_update_drops_history_cache" AFTER UPDATE ON "trader_trade" BEGIN DELETE FROM history_cache WHERE trader_id = NEW.trader_id; DELETE FROM metric_snapshot WHERE trader_id = NEW.trader_id; END',
    'CREATE TRIGGER "trader_trade_delete_drops_history_cache" AFTER DELETE ON "trader_trade" BEGIN DELETE FROM history_cache WHERE trader_id = OLD.trader_id; DELETE FROM metric_snapshot WHERE trader_id = OLD.trader_id; END',
    'CREATE TRIGGER "signal_update_drops_history_cache" AFTER UPDATE ON "signal" BEGIN DELETE FROM history_cache WHERE trader_id = NEW.trader_id; DELETE FROM metric_snapshot WHERE trader_id = NEW.trader_id; END',
    'CREATE TRIGGER "signal_delete_drops_history_cache" AFTER DELETE ON "signal" BEGIN DELETE FROM history_cache WHERE trader_id = OLD.trader_id; DELETE FROM metric_snapshot WHERE trader_id = OLD.trader_id; END',
    'CREATE TRIGGER "copied_trade_update_drops_history_cache" AFTER UPDATE ON "copied_trade" BEGIN DELETE FROM history_cache WHERE trader_id = NEW.trader_id; DELETE FROM metric_snapshot WHERE trader_id = NEW.trader_id; END',
    'CREATE TRIGGER "copied_trade_delete_drops_history_cache" AFTER DELETE ON "copied_trade" BEGIN DELETE FROM history_cache WHERE trader_id = OLD.trader_id; DELETE FROM metric_snapshot WHERE trader_id = OLD.trader_id; END',
)

# Step 5 also converts token_price's rows into 1d candles before dropping it
# (migrations._v5_candles_replace_daily_prices).
V5_SQL = (
    'CREATE TABLE "candle_chunk" ("symbol" VARCHAR(255) NOT NULL, "interval" VARCHAR(255) NOT NULL, "month" INTEGER NOT NULL, "first_open" INTEGER NOT NULL, "last_open" INTEGER NOT NULL, "rows" INTEGER NOT NULL, "payload" BLOB NOT NULL, PRIMARY KEY ("symbol", "interval", "month"))',
    'CREATE TABLE "funding_rate" ("symbol" VARCHAR(255) NOT NULL, "funding_time" INTEGER NOT NULL, "rate" REAL NOT NULL, "mark_price" REAL, PRIMARY KEY ("symbol", "funding_time"))',
)

# Discover: candidates and their daily records, kept for ever.
CANDIDATES_SQL = (
    'CREATE TABLE "candidate" ("id" INTEGER NOT NULL PRIMARY KEY, "source" VARCHAR(255) NOT NULL, "source_ref" VARCHAR(255) NOT NULL, "name" VARCHAR(255) NOT NULL, "status" VARCHAR(255) NOT NULL, "status_reason" TEXT NOT NULL, "first_seen" INTEGER NOT NULL, "last_seen" INTEGER NOT NULL, "aum" REAL, "copiers" INTEGER, "max_copiers" INTEGER, "positions_shared" INTEGER, "positions" TEXT NOT NULL, "trader_id" INTEGER, FOREIGN KEY ("trader_id") REFERENCES "trader" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "candidate_trader_id" ON "candidate" ("trader_id")',
    'CREATE UNIQUE INDEX "candidate_source_source_ref" ON "candidate" ("source", "source_ref")',
    'CREATE TABLE "candidate_day" ("candidate_id" INTEGER NOT NULL, "day" DATE NOT NULL, "daily_return" REAL NOT NULL, "leverage" REAL, "pnl" REAL, "aum" REAL, "hhi" REAL, "recorded_at" INTEGER NOT NULL, PRIMARY KEY ("candidate_id", "day"), FOREIGN KEY ("candidate_id") REFERENCES "candidate" ("id") ON DELETE CASCADE)',
)

# v8: alert routing (channels and severity per rule), the figures an alert message shows, and
# the notification outbox. alert_event is rebuilt so that an alert about the whole account can
# have no trader; old events keep their ids and take their rule's threshold. (Nothing refers to
# alert_event yet when it is dropped, so no foreign-key action fires.)
V8_SQL = (
    """ALTER TABLE "alert_rule" ADD COLUMN "channels" VARCHAR(255) NOT NULL DEFAULT ''""",
    """ALTER TABLE "alert_rule" ADD COLUMN "severity" VARCHAR(255) NOT NULL DEFAULT ''""",
    """CREATE TABLE "alert_event_v8" ("id" INTEGER NOT NULL PRIMARY KEY, "rule_id" INTEGER NOT
    NULL, "trader_id" INTEGER, "fired_at" INTEGER NOT NULL, "value" REAL, "message" TEXT NOT
    NULL, "paused_trader" INTEGER NOT NULL, "acknowledged_at" INTEGER, "threshold" REAL,
    "action" TEXT NOT NULL DEFAULT '', FOREIGN KEY ("rule_id") REFERENCES "alert_rule" ("id")
    ON DELETE CASCADE, FOREIGN KEY ("trader_id") REFERENCES "trader" ("id") ON DELETE CASCADE)""",
    """INSERT INTO "alert_event_v8" ("id", "rule_id", "trader_id", "fired_at", "value",
    "message", "paused_trader", "acknowledged_at", "threshold", "action")
    SELECT e."id", e."rule_id", e."trader_id", e."fired_at", e."value", e."message",
    e."paused_trader", e."acknowledged_at", r."threshold", ''
    FROM "alert_event" AS e LEFT JOIN "alert_rule" AS r ON r."id" = e."rule_id"
    """,
    'DROP TABLE "alert_event"',
    'ALTER TABLE "alert_event_v8" RENAME TO "alert_event"',
    """CREATE INDEX "alert_event_rule_id" ON "alert_event" ("rule_id")""",
    """CREATE INDEX "alert_event_trader_id" ON "alert_event" ("trader_id")""",
    """CREATE INDEX "alert_event_fired_at" ON "alert_event" ("fired_at")""",
    """CREATE TABLE "notification" ("id" INTEGER NOT NULL PRIMARY KEY, "event_id" INTEGER NOT
    NULL, "channel" VARCHAR(255) NOT NULL, "severity" VARCHAR(255) NOT NULL, "title" TEXT NOT
    NULL, "text" TEXT NOT NULL, "html" TEXT NOT NULL, "status" VARCHAR(255) NOT NULL,
    "attempts" INTEGER NOT NULL, "not_before" INTEGER NOT NULL, "claimed_at" INTEGER,
    "sent_at" INTEGER, "last_error" TEXT NOT NULL, "created_at" INTEGER NOT NULL,
    FOREIGN KEY ("event_id") REFERENCES "alert_event" ("id") ON DELETE CASCADE)""",
    """CREATE UNIQUE INDEX "notification_event_id_channel" ON "notification" ("event_id",
    "channel")""",
    """CREATE INDEX "notification_status_not_before" ON "notification" ("status",
    "not_before")""",
)

# v9: the review queue's decisions and per-channel templates
REVIEW_SQL = (
    'CREATE TABLE "review_decision" ("id" INTEGER NOT NULL PRIMARY KEY, "trader_id" INTEGER NOT NULL, "source_id" VARCHAR(255) NOT NULL, "status" VARCHAR(255) NOT NULL, "fields" TEXT NOT NULL, "template_id" INTEGER, "decided_at" INTEGER NOT NULL, FOREIGN KEY ("trader_id") REFERENCES "trader" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "review_decision_trader_id_source_id" ON "review_decision" ("trader_id", "source_id")',
    'CREATE TABLE "channel_template" ("id" INTEGER NOT NULL PRIMARY KEY, "trader_id" INTEGER NOT NULL, "learnt_from" VARCHAR(255) NOT NULL, "markers" TEXT NOT NULL, "created_at" INTEGER NOT NULL, FOREIGN KEY ("trader_id") REFERENCES "trader" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "channel_template_trader_id" ON "channel_template" ("trader_id")',
)

# v10: live orders as intended, recorded before they are sent to the exchange.
INTENDED_ORDER_SQL = (
    """CREATE TABLE "intended_order" ("id" INTEGER NOT NULL PRIMARY KEY, "client_id" VARCHAR(255)
    NOT NULL, "signal_ref" VARCHAR(255) NOT NULL, "leg" VARCHAR(255) NOT NULL, "trader_id"
    INTEGER, "symbol" VARCHAR(255) NOT NULL, "side" VARCHAR(255) NOT NULL, "kind" VARCHAR(255)
    NOT NULL, "quantity" VARCHAR(255) NOT NULL, "price" VARCHAR(255), "trigger_price"
    VARCHAR(255), "reduce_only" INTEGER NOT NULL, "leverage" INTEGER, "state" VARCHAR(255) NOT
    NULL, "exchange_id" VARCHAR(255), "filled" VARCHAR(255) NOT NULL, "average_price"
    VARCHAR(255), "attempts" INTEGER NOT NULL, "note" TEXT NOT NULL, "ladder" TEXT NOT NULL, "created_ms" INTEGER NOT
    NULL, "updated_ms" INTEGER NOT NULL)""",
    """CREATE UNIQUE INDEX "intended_order_client_id" ON "intended_order" ("client_id")""",
    """CREATE INDEX "intended_order_signal_ref" ON "intended_order" ("signal_ref")""",
    """CREATE INDEX "intended_order_state" ON "intended_order" ("state")""",
)

# v11: signals deleted by their channel while open, and what became of the copy
MESSAGE_DELETION_SQL = (
    'CREATE TABLE "message_deletion" ("id" INTEGER NOT NULL PRIMARY KEY, "trader_id" INTEGER NOT NULL, "source_id" VARCHAR(255) NOT NULL, "deleted_at" INTEGER NOT NULL, "status" VARCHAR(255) NOT NULL, "decided_at" INTEGER, FOREIGN KEY ("trader_id") REFERENCES "trader" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "message_deletion_trader_id_source_id" ON "message_deletion" ("trader_id", "source_id")',
)

# v12: execution rules of each trader (docs/execution.md)
TRADER_RULES_SQL = (
    """ALTER TABLE "trader" ADD COLUMN "sizing" VARCHAR(255) NOT NULL DEFAULT 'multiplier'""",
    """ALTER TABLE "trader" ADD COLUMN "equity_pct" REAL NOT NULL DEFAULT 0.02""",
    """ALTER TABLE "trader" ADD COLUMN "risk_pct" REAL NOT NULL DEFAULT 0.01""",
    """ALTER TABLE "trader" ADD COLUMN "tp_split" TEXT NOT NULL DEFAULT ''""",
    """ALTER TABLE "trader" ADD COLUMN "break_even_after" INTEGER NOT NULL DEFAULT 0""",
    """ALTER TABLE "trader" ADD COLUMN "trailing_stop" REAL NOT NULL DEFAULT 0""",
    """ALTER TABLE "trader" ADD COLUMN "limit_expiry_hours" REAL NOT NULL DEFAULT 24""",
    """ALTER TABLE "trader" ADD COLUMN "max_open" INTEGER NOT NULL DEFAULT 0""",
    """ALTER TABLE "trader" ADD COLUMN "copy_stop_loss" REAL NOT NULL DEFAULT 0""",
    """ALTER TABLE "trader" ADD COLUMN "allocation" REAL NOT NULL DEFAULT 0""",
    # My copies are the engine's from now on; the copies recorded so far stay the record of
    # the signals stored so far (store/copies.py).
    'INSERT OR REPLACE INTO "setting" ("key", "value") '
    """SELECT 'recorded_copies_upto', CAST(COALESCE(MAX("id"), 0) AS TEXT) """
    'FROM "copied_trade"',
    'INSERT OR REPLACE INTO "setting" ("key", "value") '
    """SELECT 'recorded_signals_upto', CAST(COALESCE(MAX("id"), 0) AS TEXT) FROM "signal" """,
    """DELETE FROM "history_cache" WHERE "kind" = 'copies'""",
    'DELETE FROM "metric_snapshot"',
)

# v13: live copies (positions, their fills and funding, follow-ups waiting to be sent), and
# the order a fired stop or take-profit placed.
LIVE_COPIES_SQL = (
    'ALTER TABLE "intended_order" ADD COLUMN "actual_order_id" VARCHAR(255)',
    'CREATE TABLE "live_position" ("id" INTEGER NOT NULL PRIMARY KEY, "trader_id" INTEGER NOT NULL, "signal_ref" VARCHAR(255) NOT NULL, "source_id" VARCHAR(255) NOT NULL, "symbol" VARCHAR(255) NOT NULL, "side" VARCHAR(255) NOT NULL, "status" VARCHAR(255) NOT NULL, "leverage" REAL NOT NULL, "margin" REAL NOT NULL, "limit_price" REAL, "quantity" REAL NOT NULL, "remaining" REAL NOT NULL, "entry_price" REAL, "entry_time" INTEGER, "stop_loss" REAL, "take_profits" TEXT NOT NULL, "mark_price" REAL, "unrealized_pnl" REAL, "exit_price" REAL, "exit_time" INTEGER, "exit_reason" VARCHAR(255), "pnl" REAL NOT NULL, "fees" REAL NOT NULL, "funding" REAL NOT NULL, "note" TEXT NOT NULL, "requested_ms" INTEGER NOT NULL, "updated_ms" INTEGER NOT NULL, FOREIGN KEY ("trader_id") REFERENCES "trader" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "live_position_status" ON "live_position" ("status")',
    'CREATE INDEX "live_position_trader_id" ON "live_position" ("trader_id")',
    'CREATE UNIQUE INDEX "live_position_signal_ref" ON "live_position" ("signal_ref")',
    'CREATE TABLE "live_fill" ("id" INTEGER NOT NULL PRIMARY KEY, "position_id" INTEGER NOT NULL, "symbol" VARCHAR(255) NOT NULL, "trade_id" VARCHAR(255) NOT NULL, "order_id" VARCHAR(255) NOT NULL, "client_id" VARCHAR(255) NOT NULL, "time" INTEGER NOT NULL, "kind" VARCHAR(255) NOT NULL, "reason" VARCHAR(255) NOT NULL, "price" REAL NOT NULL, "quantity" REAL NOT NULL, "fee" REAL NOT NULL, "realized_pnl" REAL NOT NULL, "maker" INTEGER NOT NULL, FOREIGN KEY ("position_id") REFERENCES "live_position" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "live_fill_position_id" ON "live_fill" ("position_id")',
    'CREATE UNIQUE INDEX "live_fill_symbol_trade_id" ON "live_fill" ("symbol", "trade_id")',
    'CREATE TABLE "live_funding" ("id" INTEGER NOT NULL PRIMARY KEY, "position_id" INTEGER NOT NULL, "transaction_id" VARCHAR(255) NOT NULL, "time" INTEGER NOT NULL, "amount" REAL NOT NULL, FOREIGN KEY ("position_id") REFERENCES "live_position" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "live_funding_position_id" ON "live_funding" ("position_id")',
    'CREATE UNIQUE INDEX "live_funding_transaction_id_position_id" ON "live_funding" ("transaction_id", "position_id")',
    'CREATE TABLE "live_action" ("id" INTEGER NOT NULL PRIMARY KEY, "position_id" INTEGER NOT NULL, "action_ref" VARCHAR(255) NOT NULL, "source_id" VARCHAR(255) NOT NULL, "kind" VARCHAR(255) NOT NULL, "fraction" REAL NOT NULL, "stop_loss" REAL, "take_profits" TEXT NOT NULL, "status" VARCHAR(255) NOT NULL, "note" TEXT NOT NULL, "requested_ms" INTEGER NOT NULL, "updated_ms" INTEGER NOT NULL, FOREIGN KEY ("position_id") REFERENCES "live_position" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "live_action_position_id" ON "live_action" ("position_id")',
    'CREATE INDEX "live_action_status" ON "live_action" ("status")',
    'CREATE UNIQUE INDEX "live_action_action_ref" ON "live_action" ("action_ref")',
)

LEVERAGE_BRACKET_SQL = (
    'CREATE TABLE "leverage_bracket" ("symbol" VARCHAR(255) NOT NULL, "bracket" INTEGER NOT NULL, "notional_floor" REAL NOT NULL, "notional_cap" REAL NOT NULL, "maint_margin_ratio" REAL NOT NULL, "cum" REAL NOT NULL, "initial_leverage" REAL NOT NULL, "origin" VARCHAR(255) NOT NULL, "as_of_ms" INTEGER NOT NULL, PRIMARY KEY ("symbol", "bracket"))',
)

EXCHANGE_FINDINGS_SQL = (
    'CREATE TABLE "exchange_finding" ("id" INTEGER NOT NULL PRIMARY KEY, "key" VARCHAR(255) NOT NULL, "kind" VARCHAR(255) NOT NULL, "symbol" VARCHAR(255) NOT NULL, "message" TEXT NOT NULL, "target" VARCHAR(255) NOT NULL, "first_seen_ms" INTEGER NOT NULL, "last_seen_ms" INTEGER NOT NULL, "resolved_ms" INTEGER, "acknowledged_ms" INTEGER)',
    'CREATE INDEX "exchange_finding_key" ON "exchange_finding" ("key")',
    'CREATE INDEX "exchange_finding_resolved_ms" ON "exchange_finding" ("resolved_ms")',
)

# The paper tables as step 7 created them (it used the models of the day; frozen here so that
# a later column arrives by its own step).
V7_PAPER_SQL = (
    'CREATE TABLE "paper_position" ("id" INTEGER NOT NULL PRIMARY KEY, "trader_id" INTEGER NOT NULL, "source_id" VARCHAR(255) NOT NULL, "symbol" VARCHAR(255) NOT NULL, "side" VARCHAR(255) NOT NULL, "status" VARCHAR(255) NOT NULL, "leverage" REAL NOT NULL, "margin" REAL NOT NULL, "quantity" REAL NOT NULL, "remaining" REAL NOT NULL, "entry_price" REAL, "entry_time" INTEGER, "stop_loss" REAL, "take_profits" TEXT NOT NULL, "liquidation_price" REAL, "mark_price" REAL, "unrealized_pnl" REAL, "exit_price" REAL, "exit_time" INTEGER, "exit_reason" VARCHAR(255), "pnl" REAL NOT NULL, "fees" REAL NOT NULL, "funding" REAL NOT NULL, FOREIGN KEY ("trader_id") REFERENCES "trader" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "paper_position_trader_id" ON "paper_position" ("trader_id")',
    'CREATE TABLE "paper_fill" ("id" INTEGER NOT NULL PRIMARY KEY, "position_id" INTEGER NOT NULL, "time" INTEGER NOT NULL, "kind" VARCHAR(255) NOT NULL, "reason" VARCHAR(255) NOT NULL, "price" REAL NOT NULL, "quantity" REAL NOT NULL, "fee" REAL NOT NULL, "maker" INTEGER NOT NULL, FOREIGN KEY ("position_id") REFERENCES "paper_position" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "paper_fill_position_id" ON "paper_fill" ("position_id")',
)

PAPER_EXIT_LEVELS_SQL = (
    """ALTER TABLE "paper_position" ADD COLUMN "trailing_stop" REAL""",
    """ALTER TABLE "paper_position" ADD COLUMN "target_quantities" TEXT NOT NULL DEFAULT ''""",
)
