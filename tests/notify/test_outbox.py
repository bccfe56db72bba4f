"""The outbox end to end, on a real database with loopback Telegram and SMTP servers: messages
enter in the alert's transaction, go out once, wait out 429s and quiet hours, fail with a
reason the window shows, and survive a process killed in the middle of delivery."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest

from notify_servers import (
    CHAT_ID,
    CHAT_NOT_FOUND,
    TOKEN,
    bot_api_server,
    smtp_server,
    too_many,
)
from tradermanager.domain.alert_routing import Channel, OutboxStatus
from tradermanager.domain.alerts import AlertIncident, AlertKind
from tradermanager.domain.enums import Side, TradeStatus
from tradermanager.domain.models import TraderTrade
from tradermanager.store import alerts as alert_repo
from tradermanager.store import trades as trade_repo

SRC = Path(__file__).resolve().parents[2] / "src"
TESTS = Path(__file__).resolve().parents[1]


@pytest.fixture
def api():
    with bot_api_server() as server:
        yield server


@pytest.fixture
def box():
    with smtp_server() as mailbox:
        yield mailbox


@pytest.fixture
def wired(services, api, box):
    """Both channels set up against the loopback servers; quiet hours read in UTC."""
    services.notifications.configure_telegram(CHAT_ID, token=TOKEN, base_url=api.url)
    services.notifications.configure_email(
        "127.0.0.1", port=box.port, security="none", to="ann@example.com"
    )
    services.notifications.set_timezone("UTC")
    services.notifications.telegram_tuning.update(sleep=lambda _s: None)
    return services


def lose(services, trader_id, n, now, tag="x"):
    rows = [
        TraderTrade(
            source_id=f"{tag}{i}",
            symbol="BTC",
            side=Side.LONG,
            leverage=5,
            entry_price=100.0,
            entry_time=now - timedelta(hours=10 - i),
            notional=1000.0,
            status=TradeStatus.CLOSED,
            exit_price=99.0,
            exit_time=now - timedelta(hours=9 - i),
            fees=0.0,
            pnl=-10.0,
        )
        for i in range(n)
    ]
    with services.store.write():
        trade_repo.insert_trades(trader_id, rows)


def fire(services, clock, channels="telegram,email", severity=None, name="Ann"):
    trader = services.traders.add(name=name)
    services.alerts.add_rule(
        name, "losses", 3, auto_pause=True, channels=channels, severity=severity
    )
    lose(services, trader.id, 3, clock.now(), tag=name)
    return services.alerts.evaluate()


def rows(services, status=None):
    return services.notifications.outbox(status)


def test_a_fired_alert_queues_one_message_per_channel_with_the_tray_text(wired, clock):
    report = fire(wired, clock)
    [event] = report.fired
    [notice] = report.notices
    queued = rows(wired)
    assert sorted(n.channel.value for n in queued) == ["email", "telegram"]
    assert {n.event_id for n in queued} == {event.id}
    assert all(n.status is OutboxStatus.PENDING and n.text == notice.text for n in queued)
    assert "What the app did: Paused Ann" in notice.text
    assert notice.title == "Losing streak — Ann"


def test_a_rule_for_the_tray_only_queues_nothing(wired, clock):
    assert fire(wired, clock, channels="").fired
    assert rows(wired) == []


def test_no_message_without_its_event_and_no_event_without_its_message(wired, clock, monkeypatch):
    def broken(*_args):
        raise RuntimeError("disk full")

    monkeypatch.setattr(alert_repo, "set_breached", broken)
    with pytest.raises(RuntimeError):
        fire(wired, clock)
    assert wired.alerts.events() == [] and rows(wired) == []
    assert wired.traders.get("Ann").settings.active  # the pause rolled back too


def test_each_message_goes_out_once(wired, clock, api, box):
    fire(wired, clock)
    report = wired.notifications.deliver_due()
    assert (report.sent, report.retrying, report.failed) == (2, 0, ())
    assert len(api.delivered) == 1 and len(box.messages) == 1
    assert api.delivered[0].startswith("Losing streak — Ann\n\nWhat fired: Ann has lost 3 trades")
    assert box.messages[0]["Subject"] == "Losing streak — Ann"
    assert wired.notifications.deliver_due().attempted == 0
    fire(wired, clock, name="Bob")  # a second alert is a second message, the first stays sent
    wired.notifications.deliver_due()
    assert len(api.delivered) == 2 and len(box.messages) == 2
    assert {n.status for n in rows(wired)} == {OutboxStatus.SENT}


def test_a_429_is_retried_after_the_wait_the_server_asked_for(wired, clock, api):
    fire(wired, clock, channels="telegram")
    api.script = [too_many(120)]
    report = wired.notifications.deliver_due()
    assert report.retrying == 1 and api.delivered == []
    [waiting] = rows(wired)
    assert waiting.status is OutboxStatus.PENDING and waiting.attempts == 1
    assert waiting.not_before == clock.now() + timedelta(seconds=120)
    assert "Too Many Requests: retry after 120" in waiting.last_error
    clock.advance(timedelta(seconds=119))
    assert wired.notifications.deliver_due().attempted == 0  # not yet
    clock.advance(timedelta(seconds=1))
    assert wired.notifications.deliver_due().sent == 1 and len(api.delivered) == 1


def test_a_refused_message_fails_with_the_reason_and_can_be_sent_again(wired, clock, api):
    fire(wired, clock, channels="telegram")
    api.script = [CHAT_NOT_FOUND]
    report = wired.notifications.deliver_due()
    [failed] = report.failed
    assert "chat not found" in failed.last_error and failed.channel is Channel.TELEGRAM
    [row] = rows(wired, "failed")
    assert row.attempts == 1 and "send your bot a message first" in row.last_error
    assert wired.notifications.deliver_due().attempted == 0  # not retried by itself
    assert wired.notifications.retry() == 1
    assert wired.notifications.deliver_due().sent == 1 and len(api.delivered) == 1


def test_an_unreachable_server_backs_off_and_gives_up_after_a_day(wired, clock, api):
    fire(wired, clock, channels="telegram")
    wired.notifications.configure_telegram(CHAT_ID, base_url="http://127.0.0.1:9")  # closed port
    for _ in range(29):
        report = wired.notifications.deliver_due()
        assert report.retrying == 1
        clock.advance(timedelta(hours=1))
    assert "could not reach the Telegram server" in rows(wired)[0].last_error
    assert len(wired.notifications.deliver_due().failed) == 1  # the 30th attempt


def test_a_channel_that_is_not_set_up_fails_visibly(services, clock):
    fire(services, clock, channels="email")
    [failed] = services.notifications.deliver_due().failed
    assert failed.last_error == "e-mail is not set up (Settings → Notifications)"


def test_quiet_hours_hold_warnings_but_not_urgent_alerts(wired, clock, api):
    # the clock stands at 12:00 UTC; Telegram is quiet 11:00–13:00
    wired.notifications.configure_telegram(
        CHAT_ID, base_url=api.url, quiet_from="11:00", quiet_to="13:00"
    )
    fire(wired, clock, channels="telegram")  # losses: a warning
    fire(wired, clock, channels="telegram", severity="urgent", name="Bob")
    assert wired.notifications.deliver_due().sent == 1
    assert api.delivered[0].startswith("URGENT: Losing streak — Bob")
    [held] = rows(wired, "pending")
    assert held.trader_name == "Ann" and held.not_before == clock.now() + timedelta(hours=1)
    clock.advance(timedelta(hours=1))
    assert wired.notifications.deliver_due().sent == 1 and len(api.delivered) == 2


def test_an_engine_incident_is_recorded_routed_and_urgent(wired, clock, api):
    trader = wired.traders.add(name="Ann")
    report = wired.alerts.raise_incident(
        AlertIncident(
            AlertKind.DAILY_LOSS_LIMIT,
            trader.id,
            "Copies lost $512.40 today.",
            -512.4,
            500.0,
            "Stopped copying for today.",
        )
    )
    [event] = report.fired
    assert event.threshold == 500.0 and event.action == "Stopped copying for today."
    [notice] = report.notices
    assert notice.title == "URGENT: Daily loss limit — Ann"
    assert "Figure: -$512.40 (limit $500.00 loss)" in notice.text
    [rule] = [r for r in wired.alerts.rules() if r.kind is AlertKind.DAILY_LOSS_LIMIT]
    assert rule.trader_id is None and rule.channels == frozenset()  # created: tray only
    assert rows(wired) == []
    wired.alerts.set_routing(rule.id, "telegram")
    wired.alerts.raise_incident(
        AlertIncident(AlertKind.LIVE_ORDER, trader.id, "Order rejected: margin is insufficient.")
    )
    assert rows(wired) == []  # the live-order kind has its own (new) rule
    live = next(r for r in wired.alerts.rules() if r.kind is AlertKind.LIVE_ORDER)
    wired.alerts.set_routing(live.id, "telegram")
    wired.alerts.raise_incident(
        AlertIncident(AlertKind.LIVE_ORDER, trader.id, "Order rejected: margin is insufficient.")
    )
    wired.notifications.deliver_due()
    assert api.delivered[0].startswith("URGENT: Live order failed — Ann")


# -- a restart in the middle of delivery -------------------------------------------------------


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(SRC), str(TESTS)])
    return env  # TM_TEST_KEYRING and PYTHON_KEYRING_BACKEND come from the keyring fixture


def test_a_process_killed_mid_delivery_resumes_and_sends_each_message_once(
    wired, clock, api, db_path
):
    from tradermanager.services import open_services

    for name in ("Ann", "Bob", "Cid", "Dee", "Eve"):
        fire(wired, clock, channels="telegram", name=name)
    wired.close()
    api.stall_at = 3  # the third message hangs in flight
    child = subprocess.Popen(
        [sys.executable, "-m", "tradermanager", "notify", "deliver", "--db", str(db_path)],
        env=child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert api.stalled.wait(60), child.stderr.read().decode() if child.poll() else "no stall"
        child.send_signal(signal.SIGKILL)  # the app dies with message 3 in flight
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
    api.release.set()
    assert len(api.delivered) == 2
    # the app starts again: the outbox resumes
    again = open_services(str(db_path), clock=clock)
    try:
        statuses = sorted(n.status.value for n in again.notifications.outbox())
        assert statuses == ["sending", "sending", "sending", "sent", "sent"]  # as it was left
        again.notifications.telegram_tuning.update(sleep=lambda _s: None)
        assert again.notifications.recover() == 3
        report = again.notifications.deliver_due()
        assert report.sent == 3 and report.failed == ()
        assert again.notifications.deliver_due().attempted == 0
    finally:
        again.close()
    sent = sorted(text.split("\n")[0] for text in api.delivered)
    assert sent == [f"Losing streak — {n}" for n in ("Ann", "Bob", "Cid", "Dee", "Eve")]


def test_the_engines_alerts_reach_the_user_and_the_account_wide_one_has_no_trader(
    wired, clock, api
):
    from tradermanager.domain.engine import EngineAlert

    wired.traders.add(name="Ann")
    wired.alerts.add_rule(None, "daily-loss-limit", channels="telegram")
    wired.alerts.add_rule(None, "copy-stop-loss", channels="telegram")
    report = wired.alerts.raise_engine_alerts(
        [
            EngineAlert(
                0,
                "daily_loss_limit",
                None,
                "Today's loss $512.40 reached the daily limit of 5.00%: no new copies until "
                "the next UTC day.",
            ),
            EngineAlert(0, "max_open_positions", "Ann", "Ann: 10 positions open."),
            EngineAlert(
                0,
                "copy_stop",
                "Ann",
                "Copies of Ann lost $300.00, 30.00% of the $1,000.00 allocated: they are closed "
                "and the trader is paused.",
            ),
        ]
    )
    assert [e.kind for e in report.fired] == [AlertKind.DAILY_LOSS_LIMIT, AlertKind.COPY_STOP_LOSS]
    account, ann = report.fired
    assert account.trader_id is None and account.trader_name == "the whole account"
    assert ann.trader_name == "Ann"
    assert report.notices[0].title == "URGENT: Daily loss limit — the whole account"
    assert "What the app did: No new copies until the next UTC day." in report.notices[0].text
    assert "Figure: —\n" in report.notices[0].text  # the engine's figure is in its message
    assert [e.trader_name for e in wired.alerts.events()] == ["Ann", "the whole account"]
    wired.notifications.deliver_due()
    assert [t.split("\n")[0] for t in api.delivered] == [
        "URGENT: Daily loss limit — the whole account",
        "Copy stop-loss — Ann",
    ]
    assert {n.trader_name for n in rows(wired)} == {"Ann", "the whole account"}


def test_serve_delivers_the_outbox_without_the_window(wired, clock, api, db_path, tmp_path):
    from tests.api.serve_process import free_port

    fire(wired, clock, channels="telegram")
    wired.close()
    port = free_port()
    server = subprocess.Popen(
        [
            *(sys.executable, "-m", "tradermanager", "serve", "--db", str(db_path)),
            *("--port", str(port), "--token-file", str(tmp_path / "token"), "--no-telegram"),
        ],
        env=child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not api.delivered and time.monotonic() < deadline and server.poll() is None:
            time.sleep(0.2)
    finally:
        server.send_signal(signal.SIGTERM)
        _, err = server.communicate(timeout=30)
    assert [text.split("\n")[0] for text in api.delivered] == ["Losing streak — Ann"], err
