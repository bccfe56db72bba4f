"""Alerts: rules per trader (or for all), evaluated against fresh facts; each breach fires
once, is recorded, may pause the trader, and re-arms when the condition clears. The engine
raises incidents (loss limit, copy stop-loss, failed live order, kill switch) through
:meth:`AlertService.raise_incident`. Every fired alert's Telegram and e-mail messages enter the
outbox in the transaction that records it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from tradermanager.domain.alert_message import AlertNotice
from tradermanager.domain.alert_routing import channels_text, parse_channels, parse_severity
from tradermanager.domain.alerts import (
    INCIDENT_KINDS,
    AlertEvent,
    AlertIncident,
    AlertKind,
    AlertRule,
    Breach,
    TraderFacts,
    evaluate,
    incident_from_engine,
    make_rule,
    usual_gap,
)
from tradermanager.domain.clock import Clock
from tradermanager.domain.engine import EngineAlert
from tradermanager.domain.errors import NotFoundError, ValidationError
from tradermanager.domain.models import Trader
from tradermanager.services.metrics import MetricsService
from tradermanager.services.notifications import NotificationService
from tradermanager.services.traders import TraderRef, TraderService
from tradermanager.store import alerts as repo
from tradermanager.store import traders as trader_repo
from tradermanager.store.connection import Store


@dataclass(frozen=True, slots=True)
class EvaluationReport:
    traders: int
    rules: int
    fired: tuple[AlertEvent, ...]
    rearmed: int
    paused: tuple[str, ...]  # names of traders paused by an alert
    notices: tuple[AlertNotice, ...] = ()  # one per fired event, same order: the tray's text


GAP_HISTORY = timedelta(days=90)  # signals whose gaps make a source's "usual" silence
FIRST_REPLAY_NEWS = timedelta(hours=24)  # engine alerts this recent are news on a first replay


class AlertService:
    def __init__(
        self,
        store: Store,
        clock: Clock,
        traders: TraderService,
        metrics: MetricsService,
        notifications: NotificationService | None = None,
    ) -> None:
        self._store = store
        self._clock = clock
        self._traders = traders
        self._metrics = metrics
        self._notifications = notifications or NotificationService(store, clock)

    # -- rules -------------------------------------------------------------------------------
    def add_rule(
        self,
        trader: TraderRef | None,
        kind: str,
        threshold: float | None = None,
        *,
        auto_pause: bool = False,
        window: int = 20,
        channels: object = None,
        severity: object = None,
    ) -> AlertRule:
        """A rule for one trader, or (``trader`` None) a default for every trader.
        ``channels``: "telegram", "email" or both (the tray always shows the alert);
        ``severity``: info, warning or urgent (None = the kind's default)."""
        trader_id = self._traders.get(trader).id if trader is not None else None
        rule = make_rule(
            kind,
            threshold,
            trader_id=trader_id,
            auto_pause=auto_pause,
            window=window,
            channels=channels,
            severity=severity,
        )
        with self._store.write():
            rule_id = repo.insert_rule(rule, self._clock.now())
        return replace(rule, id=rule_id)

    def set_routing(self, rule_id: int, channels: object, severity: object = None) -> AlertRule:
        """Change where a rule's alerts go and how urgent they are."""
        chosen = parse_channels(channels)
        level = None if severity in (None, "") else parse_severity(severity)
        with self._store.write():
            repo.update_routing(rule_id, channels_text(chosen), level.value if level else "")
        return next(r for r in repo.list_rules() if r.id == rule_id)

    def remove_rule(self, rule_id: int) -> None:
        with self._store.write():
            repo.delete_rule(rule_id)

    def rules(self, trader: TraderRef | None = None) -> list[AlertRule]:
        """All rules, or those that apply to one trader (its own and the defaults)."""
        trader_id = self._traders.get(trader).id if trader is not None else None
        return repo.list_rules(trader_id)

    # -- events ------------------------------------------------------------------------------
    def events(
        self,
        trader: TraderRef | None = None,
        *,
        unacknowledged: bool = False,
        limit: int | None = None,
    ) -> list[AlertEvent]:
        trader_id = self._traders.get(trader).id if trader is not None else None
        return repo.list_events(trader_id=trader_id, unacknowledged=unacknowledged, limit=limit)

    def unacknowledged_count(self) -> int:
        return len(repo.list_events(unacknowledged=True))

    def acknowledge(self, event_ids: list[int] | None = None) -> int:
        """Acknowledge events (all when None); returns how many changed."""
        with self._store.write():
            return repo.acknowledge(event_ids, self._clock.now())

    # -- evaluation --------------------------------------------------------------------------
    def facts(self, traders: list[Trader]) -> dict[int, TraderFacts]:
        """Every figure the rules read, for ``traders``, at the clock's instant."""
        now = self._clock.now()
        ids = [t.id for t in traders]
        self._metrics.ensure_snapshots(ids)
        drawdowns = self._metrics.snapshots("all", ids)
        recent = repo.recent_closed_pnls(ids)
        leverage = repo.open_max_leverage()
        liquidations = repo.liquidations_since(now - timedelta(hours=24))
        last_signal = repo.last_signal_times()
        today = now.replace(hour=0, minute=0, second=0, microsecond=0)
        my_pnl = repo.my_pnl_since(today)
        my_liquidations = repo.copy_liquidations_since(now - timedelta(hours=24))
        gaps = repo.recent_signal_gaps(now - GAP_HISTORY)
        out = {}
        for t in traders:
            snapshot = drawdowns.get(t.id)
            seen = last_signal.get(t.id)
            out[t.id] = TraderFacts(
                trader_id=t.id,
                trader_name=t.name,
                current_drawdown=snapshot.values.get("current_drawdown") if snapshot else None,
                recent_pnls=recent.get(t.id, ()),
                open_max_leverage=leverage.get(t.id),
                liquidations_24h=int(liquidations.get(t.id, 0)),
                days_since_signal=(now - seen).total_seconds() / 86400 if seen else None,
                my_pnl_today=float(my_pnl.get(t.id) or 0.0),
                my_liquidations_24h=int(my_liquidations.get(t.id, 0)),
                usual_signal_gap_days=usual_gap(gaps.get(t.id, [])),
            )
        return out

    def evaluate(self) -> EvaluationReport:
        """Check every enabled rule against every trader it applies to (not archived)."""
        traders = self._traders.list()
        rules = [r for r in repo.list_rules() if r.enabled]
        facts = self.facts(traders) if rules else {}
        breaches: dict[tuple[int, int], Breach] = {}
        for rule in rules:
            for trader in traders:
                if rule.trader_id in (None, trader.id):
                    breach = evaluate(rule, facts[trader.id])
                    if breach is not None:
                        breaches[(rule.id, trader.id)] = breach
        by_id = {t.id: t for t in traders}
        rules_by_id = {r.id: r for r in rules}
        now = self._clock.now()
        fired_ids: list[int] = []
        paused: list[str] = []
        notices: dict[int, AlertNotice] = {}
        with self._store.write():
            already = repo.breached_pairs()
            for (rule_id, trader_id), breach in breaches.items():
                if (rule_id, trader_id) in already:
                    continue
                rule, trader = rules_by_id[rule_id], by_id[trader_id]
                pause = rule.auto_pause and trader.settings.active
                if pause:
                    self._pause(trader, rule, now)
                    paused.append(trader.name)
                event_id = repo.insert_event(
                    rule, trader_id, now, breach.value, breach.message, pause
                )
                event = AlertEvent(
                    id=event_id,
                    rule_id=rule.id,
                    trader_id=trader_id,
                    trader_name=trader.name,
                    kind=rule.kind,
                    fired_at=now,
                    value=breach.value,
                    message=breach.message,
                    paused_trader=pause,
                    acknowledged_at=None,
                    threshold=rule.threshold,
                )
                notices[event_id] = self._notifications.enqueue(event, rule)
                fired_ids.append(event_id)
                repo.set_breached(rule_id, trader_id, True)
            cleared = [pair for pair in already if pair not in breaches]
            for rule_id, trader_id in cleared:
                repo.set_breached(rule_id, trader_id, False)
        fired = tuple(e for e in repo.list_events(limit=len(fired_ids)) if e.id in fired_ids)
        return EvaluationReport(
            len(traders),
            len(rules),
            fired,
            len(cleared),
            tuple(paused),
            tuple(notices[e.id] for e in fired),
        )

    def raise_incident(self, incident: AlertIncident) -> EvaluationReport:
        """Record something the execution engine did (a loss limit that stopped copying, a
        copy stop-loss, a failed live order, the kill switch) as a fired alert, routed by the
        trader's rule of that kind, else by the rule for all traders; with neither, a rule for
        all traders is created (tray only, urgent where the kind is) so the user can route it.
        Safe to call from any thread; emit the report on the jobs bridge for the tray."""
        with self._store.write():
            return self._record_incidents([incident])

    def raise_engine_alerts(self, alerts: Sequence[EngineAlert]) -> EvaluationReport:
        """The execution engine's alerts of a live run, as incidents in one transaction (kinds
        the user need not hear about are skipped); ``EngineAlert.trader`` is a trader's name,
        None for the account."""
        incidents = self._incidents(alerts)
        with self._store.write():
            return self._record_incidents(incidents)

    def raise_new_engine_alerts(
        self, alerts: Sequence[EngineAlert], account: str = "paper"
    ) -> EvaluationReport:
        """Alerts of a replayed account (the paper account replays its whole history each
        time) that are newer than those of the previous replay. Where this account was never
        seen before, alerts older than ``FIRST_REPLAY_NEWS`` are history, not news. The
        events and the new mark are written together, so a crash repeats nothing."""
        seen = repo.engine_alerts_seen_until(account)
        if seen is None:
            seen = int((self._clock.now() - FIRST_REPLAY_NEWS).timestamp() * 1000)
        fresh = [a for a in alerts if a.time > seen]
        incidents = self._incidents(fresh)
        latest = max([seen, *(a.time for a in alerts)])
        with self._store.write():
            report = self._record_incidents(incidents)
            repo.set_engine_alerts_seen_until(account, latest)
        return report

    def _incidents(self, alerts: Sequence[EngineAlert]) -> list[AlertIncident]:
        out = []
        for alert in alerts:
            trader_id = None
            if alert.trader is not None:
                try:
                    trader_id = self._traders.get(alert.trader).id
                except NotFoundError:  # deleted since: its alert has no one to name
                    continue
            incident = incident_from_engine(alert.kind, trader_id, alert.message)
            if incident is not None:
                out.append(incident)
        return out

    def _record_incidents(self, incidents: Sequence[AlertIncident]) -> EvaluationReport:
        """Inside the caller's write transaction."""
        fired: list[AlertEvent] = []
        paused: list[str] = []
        notices: list[AlertNotice] = []
        now = self._clock.now()
        for incident in incidents:
            if incident.kind not in INCIDENT_KINDS:
                raise ValidationError(
                    "kind", incident.kind.value, ", ".join(sorted(k.value for k in INCIDENT_KINDS))
                )
            trader = None if incident.trader_id is None else self._traders.get(incident.trader_id)
            rule = self._incident_rule(incident.kind, trader.id if trader else None, now)
            pause = trader is not None and (
                incident.paused_trader
                or ((rule.auto_pause or incident.pause_trader) and trader.settings.active)
            )
            if trader is not None and pause and not incident.paused_trader:
                self._pause(trader, rule, now)
            event_id = repo.insert_event(
                rule,
                trader.id if trader else None,
                now,
                incident.value,
                incident.message,
                pause,
                threshold=incident.limit,
                action=incident.action,
            )
            event = repo.get_event(event_id)
            notices.append(self._notifications.enqueue(event, rule))
            fired.append(event)
            if trader is not None and pause:
                paused.append(trader.name)
        return EvaluationReport(0, len(incidents), tuple(fired), 0, tuple(paused), tuple(notices))

    @staticmethod
    def _incident_rule(kind: AlertKind, trader_id: int | None, now: datetime) -> AlertRule:
        """The trader's rule of ``kind``, else the one for all traders (created if none)."""
        rules = [
            r
            for r in repo.list_rules(trader_id)
            if r.kind is kind and r.trader_id in (None, trader_id)
        ]
        own = [r for r in rules if r.trader_id == trader_id]
        if own or rules:
            chosen = (own or rules)[0]
            # a switched-off rule still records the incident, but sends it nowhere else
            return chosen if chosen.enabled else replace(chosen, channels=frozenset())
        rule = make_rule(kind.value)
        return replace(rule, id=repo.insert_rule(rule, now))

    @staticmethod
    def _pause(trader: Trader, rule: AlertRule, now: datetime) -> None:
        """Stop new signals (open positions stay), inside the caller's transaction."""
        trader_repo.save_settings(trader.id, replace(trader.settings, active=False), now)
        trader_repo.record_event(
            trader.id, now, "paused by alert", f"{rule.kind.value} rule #{rule.id}"
        )
