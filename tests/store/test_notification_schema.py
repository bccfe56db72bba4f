"""The notification step: alert rules gain channels and a severity, events the figures their message
shows, and the notification outbox appears; the 0.1.0 file upgrades and keeps its alerts."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from tradermanager.domain.alert_routing import Channel, Severity
from tradermanager.domain.alerts import AlertKind
from tradermanager.services import build_services
from tradermanager.store.connection import open_store

RELEASE = Path(__file__).parent / "fixtures" / "release-0.1.0.sqlite"


def test_the_release_file_keeps_its_rules_and_routes_them_to_the_tray(tmp_path, clock):
    path = tmp_path / "release.sqlite"
    shutil.copy(RELEASE, path)
    services = build_services(open_store(path), clock)
    try:
        rules = {r.kind: r for r in services.alerts.rules()}
        assert (
            rules[AlertKind.LOSSES].threshold == 5 and rules[AlertKind.DRAWDOWN].threshold == -0.15
        )
        assert all(r.channels == frozenset() and r.severity is None for r in rules.values())
        assert rules[AlertKind.LOSSES].effective_severity is Severity.WARNING
        assert services.notifications.outbox() == []
        # the upgraded file takes routing and fires into the outbox like a new one
        rule = services.alerts.set_routing(rules[AlertKind.DRAWDOWN].id, "email", "urgent")
        assert rule.channels == {Channel.EMAIL} and rule.severity is Severity.URGENT
    finally:
        services.close()


def test_old_events_take_their_rules_threshold(tmp_path):
    path = tmp_path / "release.sqlite"
    shutil.copy(RELEASE, path)
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO alert_event (rule_id, trader_id, fired_at, value, message, paused_trader) "
        "VALUES (1, (SELECT MIN(id) FROM trader), 1767000000000, 6, 'lost 6 in a row', 1)"
    )
    conn.commit()
    conn.close()
    open_store(path).close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute(
            "SELECT id, threshold, action, message, paused_trader FROM alert_event"
        ).fetchall() == [(1, 5.0, "", "lost 6 in a row", 1)]
        # an alert about the whole account has no trader
        conn.execute(
            "INSERT INTO alert_event (rule_id, trader_id, fired_at, message, paused_trader) "
            "VALUES (1, NULL, 1767000000000, 'daily loss limit', 0)"
        )
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("SELECT channels, severity FROM alert_rule ORDER BY id").fetchall() == [
            ("", ""),
            ("", ""),
        ]
        assert conn.execute("SELECT COUNT(*) FROM notification").fetchone() == (0,)
    finally:
        conn.close()
