"""Reconciliation's findings are kept in the database: a restart neither alerts again about
what was reported nor forgets it; a finding no longer seen is resolved; the user acknowledges
one (service and command line)."""

from __future__ import annotations

import json
from datetime import timedelta
from decimal import Decimal

import pytest
from live_fixtures import alerts_of, btc_long, live_for

from tradermanager.cli import run
from tradermanager.domain.alerts import AlertKind
from tradermanager.domain.errors import NotFoundError
from tradermanager.exchange.models import OrderKind, OrderRequest, OrderSide
from tradermanager.services.reconciliation import ReconciliationService

D = Decimal


def _now(services):
    """The clock's now as stored (whole milliseconds)."""
    now = services.clock.now()
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


def _by_hand(connector, qty: str = "0.2", cid: str = "byhand1") -> None:
    connector.place(OrderRequest("ETHUSDT", OrderSide.BUY, OrderKind.MARKET, D(qty), cid))


def test_a_restart_does_not_alert_again_and_keeps_the_finding(services, emulator, connector):
    live = live_for(services, connector)
    live.gateway().open_copy(btc_long())
    _by_hand(connector)
    first = ReconciliationService(services.clock, live).run()
    assert first is not None and [f.kind for f in first.new_findings] == ["unexplained_position"]
    assert len(alerts_of(services, AlertKind.LIVE_ACCOUNT)) == 1
    (stored,) = services.findings.findings()
    assert stored.kind == "unexplained_position" and stored.symbol == "ETHUSDT"
    assert stored.status == "open" and stored.first_seen == _now(services)
    assert "a long 0.2 position that the app did not open" in stored.message

    services.clock.advance(timedelta(minutes=3))
    restarted = ReconciliationService(services.clock, live_for(services, connector))
    again = restarted.run()
    assert again is not None and len(again.findings) == 1 and again.new_findings == ()
    assert len(alerts_of(services, AlertKind.LIVE_ACCOUNT)) == 1  # not told twice
    (kept,) = services.findings.findings()
    assert kept.id == stored.id
    assert kept.first_seen == stored.first_seen
    assert kept.last_seen == _now(services)


def test_a_finding_the_exchange_no_longer_shows_is_resolved(services, emulator, connector):
    live = live_for(services, connector)
    recon = ReconciliationService(services.clock, live)
    _by_hand(connector)
    recon.run()
    (found,) = services.findings.findings()
    services.clock.advance(timedelta(minutes=1))
    close = OrderRequest(
        "ETHUSDT", OrderSide.SELL, OrderKind.MARKET, D("0.2"), "byhand2", reduce_only=True
    )
    connector.place(close)  # the user closes it on the exchange
    report = recon.run()
    assert report is not None and report.clean
    assert services.findings.findings() == []
    (resolved,) = services.findings.findings(include_resolved=True)
    assert resolved.id == found.id and resolved.status == "resolved"
    assert resolved.resolved == _now(services)
    # it comes back: a new finding, and a new alert
    _by_hand(connector, "0.3", "byhand3")
    services.clock.advance(timedelta(minutes=1))
    back = recon.run()
    assert back is not None and len(back.new_findings) == 1
    assert len(alerts_of(services, AlertKind.LIVE_ACCOUNT)) == 2
    listed = services.findings.findings(include_resolved=True)
    assert [f.status for f in listed] == ["open", "resolved"]


def test_a_stop_placed_again_is_kept_for_the_user_without_an_alert(services, emulator, connector):
    live = live_for(services, connector)
    recon = ReconciliationService(services.clock, live)
    result = live.gateway().open_copy(btc_long())
    stop = next(o for o in result.protection if o.leg == "stop")
    connector.cancel("BTCUSDT", stop.client_id, conditional=True)
    report = recon.run()
    assert report is not None and report.clean
    (event,) = services.findings.findings()
    assert event.kind == "stop_restored" and event.status == "done"
    assert event.message == "BTCUSDT: stop for 0.01 placed at 57000"
    assert alerts_of(services, AlertKind.LIVE_ACCOUNT) == []
    services.findings.acknowledge(event.id)
    assert services.findings.findings() == []  # seen: only under --all now
    assert [f.id for f in services.findings.findings(include_resolved=True)] == [event.id]


def test_acknowledging_keeps_an_open_finding_listed_but_not_counted(services, emulator, connector):
    live = live_for(services, connector)
    recon = ReconciliationService(services.clock, live)
    _by_hand(connector)
    recon.run()
    (found,) = services.findings.findings()
    services.clock.advance(timedelta(seconds=30))
    seen = services.findings.acknowledge(found.id)
    assert seen.acknowledged == _now(services) and seen.status == "acknowledged"
    assert seen.open and not seen.needs_attention
    report = recon.run()
    assert report is not None and len(report.findings) == 1
    assert report.unacknowledged == ()
    assert services.findings.findings()[0].status == "acknowledged"
    with pytest.raises(NotFoundError):
        services.findings.acknowledge(found.id + 100)


def test_the_command_line_lists_and_acknowledges(services, emulator, connector, db_path, capsys):
    live = live_for(services, connector)
    _by_hand(connector)
    ReconciliationService(services.clock, live).run()
    db = ["--db", str(db_path)]
    assert run([*db, "exchange", "findings", "--json"]) == 0
    (item,) = json.loads(capsys.readouterr().out)["findings"]
    assert item["kind"] == "unexplained_position" and item["status"] == "open"
    assert item["first_seen"] == _now(services).isoformat()
    assert item["resolved"] is None and item["acknowledged"] is None
    assert run([*db, "exchange", "findings"]) == 0
    text = capsys.readouterr().out
    assert "OPEN" in text and "ETHUSDT: a long 0.2 position" in text and "--acknowledge" in text
    assert run([*db, "exchange", "findings", "--acknowledge", str(item["id"]), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["status"] == "acknowledged"
    assert run([*db, "exchange", "findings", "--acknowledge", "999"]) != 0
    assert "999" in capsys.readouterr().err
