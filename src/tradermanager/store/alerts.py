"""Alert rules, their per-trader breach state and fired events; the facts rules look at."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from peewee import JOIN

from tradermanager.domain.alert_routing import Severity, channels_text, parse_channels
from tradermanager.domain.alerts import ACCOUNT, AlertEvent, AlertKind, AlertRule
from tradermanager.domain.errors import NotFoundError
from tradermanager.store.copies import ALL_MY_COPIES_SQL
from tradermanager.store.fields import from_millis
from tradermanager.store.models import (
    AlertEventRow,
    AlertRuleRow,
    AlertStateRow,
    SettingRow,
    TraderRow,
    database_proxy,
)
from tradermanager.store.traders import db_time

RECENT_TRADES = 200  # closed trades per trader kept for win-rate and streak rules


def _rule(row: AlertRuleRow) -> AlertRule:
    return AlertRule(
        id=row.id,
        trader_id=row.trader_id,
        kind=AlertKind(row.kind),
        threshold=row.threshold,
        auto_pause=row.auto_pause,
        window=row.window,
        enabled=row.enabled,
        channels=parse_channels(row.channels),
        severity=Severity(row.severity) if row.severity else None,
    )


def insert_rule(rule: AlertRule, at: datetime) -> int:
    row = AlertRuleRow.create(
        trader=rule.trader_id,
        kind=rule.kind.value,
        threshold=rule.threshold,
        window=rule.window,
        auto_pause=rule.auto_pause,
        enabled=rule.enabled,
        created_at=at,
        channels=channels_text(rule.channels),
        severity=rule.severity.value if rule.severity else "",
    )
    return int(row.id)


def delete_rule(rule_id: int) -> None:
    if not AlertRuleRow.delete().where(AlertRuleRow.id == rule_id).execute():
        raise NotFoundError(f"no alert rule with id {rule_id}")


def list_rules(trader_id: int | None = None) -> list[AlertRule]:
    query = AlertRuleRow.select().order_by(AlertRuleRow.id)
    if trader_id is not None:
        query = query.where((AlertRuleRow.trader == trader_id) | AlertRuleRow.trader.is_null())
    return [_rule(row) for row in query]


def breached_pairs() -> set[tuple[int, int]]:
    query = AlertStateRow.select(AlertStateRow.rule, AlertStateRow.trader).where(
        AlertStateRow.breached == True  # noqa: E712
    )
    return {(row.rule_id, row.trader_id) for row in query}


def set_breached(rule_id: int, trader_id: int, breached: bool) -> None:
    AlertStateRow.insert(rule=rule_id, trader=trader_id, breached=breached).on_conflict(
        conflict_target=[AlertStateRow.rule, AlertStateRow.trader],
        update={AlertStateRow.breached: breached},
    ).execute()


def update_routing(rule_id: int, channels: str, severity: str) -> None:
    changed = (
        AlertRuleRow.update(channels=channels, severity=severity)
        .where(AlertRuleRow.id == rule_id)
        .execute()
    )
    if not changed:
        raise NotFoundError(f"no alert rule with id {rule_id}")


def set_enabled(rule_id: int, enabled: bool) -> None:
    if not AlertRuleRow.update(enabled=enabled).where(AlertRuleRow.id == rule_id).execute():
        raise NotFoundError(f"no alert rule with id {rule_id}")


def insert_event(
    rule: AlertRule,
    trader_id: int | None,
    at: datetime,
    value: float | None,
    message: str,
    paused: bool,
    *,
    threshold: float | None = None,
    action: str = "",
) -> int:
    row = AlertEventRow.create(
        rule=rule.id,
        trader=trader_id,
        fired_at=at,
        value=value,
        message=message,
        paused_trader=paused,
        threshold=rule.threshold if threshold is None else threshold,
        action=action,
    )
    return int(row.id)


def get_event(event_id: int) -> AlertEvent:
    events = list_events(event_ids=[event_id])
    if not events:
        raise NotFoundError(f"no alert event with id {event_id}")
    return events[0]


def list_events(
    *,
    trader_id: int | None = None,
    unacknowledged: bool = False,
    limit: int | None = None,
    event_ids: list[int] | None = None,
    after_id: int | None = None,
) -> list[AlertEvent]:
    query = (
        AlertEventRow.select(AlertEventRow, AlertRuleRow.kind, TraderRow.id, TraderRow.name)
        .join(AlertRuleRow)
        .switch(AlertEventRow)
        .join(TraderRow, JOIN.LEFT_OUTER)
        .order_by(AlertEventRow.fired_at.desc(), AlertEventRow.id.desc())
    )
    if trader_id is not None:
        query = query.where(AlertEventRow.trader == trader_id)
    if unacknowledged:
        query = query.where(AlertEventRow.acknowledged_at.is_null())
    if event_ids is not None:
        query = query.where(AlertEventRow.id.in_(event_ids))
    if after_id is not None:
        query = query.where(AlertEventRow.id > after_id)
    if limit is not None:
        query = query.limit(limit)
    return [
        AlertEvent(
            id=row.id,
            rule_id=row.rule_id,
            trader_id=row.trader_id,
            trader_name=trader.name if (trader := row.trader) is not None else ACCOUNT,
            kind=AlertKind(row.rule.kind),
            fired_at=row.fired_at,
            value=row.value,
            message=row.message,
            paused_trader=row.paused_trader,
            acknowledged_at=row.acknowledged_at,
            threshold=row.threshold,
            action=row.action,
        )
        for row in query
    ]


def acknowledge(event_ids: list[int] | None, at: datetime) -> int:
    """Acknowledge the given events (all unacknowledged ones when None)."""
    query = AlertEventRow.update(acknowledged_at=at).where(AlertEventRow.acknowledged_at.is_null())
    if event_ids is not None:
        query = query.where(AlertEventRow.id.in_(event_ids))
    return int(query.execute())


def recent_closed_pnls(trader_ids: list[int]) -> dict[int, tuple[float, ...]]:
    """Per trader, the P&L of the last RECENT_TRADES closed trades, most recent first."""
    rows = database_proxy.connection().execute(
        """SELECT trader_id, pnl FROM (
               SELECT trader_id, pnl, ROW_NUMBER() OVER (
                   PARTITION BY trader_id ORDER BY exit_time DESC, id DESC) AS rn
               FROM trader_trade WHERE status != 'open' AND pnl IS NOT NULL)
           WHERE rn <= ? ORDER BY trader_id, rn""",
        (RECENT_TRADES,),
    )
    wanted = set(trader_ids)
    out: dict[int, list[float]] = defaultdict(list)
    for trader_id, pnl in rows:
        if trader_id in wanted:
            out[trader_id].append(pnl)
    return {t: tuple(v) for t, v in out.items()}


def _grouped(sql: str, params: tuple[object, ...] = ()) -> dict[int, float]:
    return {int(t): v for t, v in database_proxy.connection().execute(sql, params)}


def open_max_leverage() -> dict[int, float]:
    return _grouped(
        "SELECT trader_id, MAX(leverage) FROM trader_trade WHERE status = 'open' GROUP BY trader_id"
    )


def liquidations_since(since: datetime) -> dict[int, float]:
    return _grouped(
        "SELECT trader_id, COUNT(*) FROM trader_trade WHERE status = 'liquidated' "
        "AND exit_time >= ? GROUP BY trader_id",
        (db_time(since),),
    )


def last_signal_times() -> dict[int, datetime]:
    rows = _grouped("SELECT trader_id, MAX(received_time) FROM signal GROUP BY trader_id")
    return {t: from_millis(int(ms)) for t, ms in rows.items()}


def copy_liquidations_since(since: datetime) -> dict[int, float]:
    """Per trader, how many of my copies of it were liquidated since ``since``."""
    return _grouped(
        f"SELECT trader_id, COUNT(*) FROM ({ALL_MY_COPIES_SQL}) WHERE status = 'liquidated' "
        "AND closed_at >= ? GROUP BY trader_id",
        (db_time(since),),
    )


def recent_signal_gaps(since: datetime) -> dict[int, list[float]]:
    """Per trader, the gaps in days between consecutive signals received since ``since``."""
    rows = database_proxy.connection().execute(
        "SELECT trader_id, received_time FROM signal WHERE received_time >= ? "
        "ORDER BY trader_id, received_time",
        (db_time(since),),
    )
    out: dict[int, list[float]] = defaultdict(list)
    previous: dict[int, int] = {}
    for trader_id, ms in rows:
        if trader_id in previous:
            out[trader_id].append((ms - previous[trader_id]) / 86_400_000)
        previous[trader_id] = ms
    return dict(out)


def my_pnl_since(since: datetime) -> dict[int, float]:
    """Per trader, the P&L of my copies of it closed since ``since`` (USD, net of fees)."""
    return _grouped(
        f"SELECT trader_id, SUM(pnl) FROM ({ALL_MY_COPIES_SQL}) WHERE closed_at >= ? "
        "GROUP BY trader_id",
        (db_time(since),),
    )


def _seen_key(account: str) -> str:
    return f"alerts.engine_seen_until.{account}"


def engine_alerts_seen_until(account: str) -> int | None:
    """The time (epoch ms) of the newest engine alert already raised for ``account``."""
    row = SettingRow.get_or_none(SettingRow.key == _seen_key(account))
    return None if row is None else int(row.value)


def set_engine_alerts_seen_until(account: str, at_ms: int) -> None:
    SettingRow.insert(key=_seen_key(account), value=str(int(at_ms))).on_conflict_replace().execute()
