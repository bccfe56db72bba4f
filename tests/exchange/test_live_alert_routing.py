"""Live alerts reach the channels the user set up, without a rule made by hand first."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import keyring
import pytest
from live_fixtures import alerts_of, btc_long

from notify_servers import CHAT_ID, TOKEN, FileKeyring
from tradermanager.domain.alerts import AlertKind
from tradermanager.services.live_exchange import LiveExchange


@pytest.fixture(autouse=True)
def test_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("TM_TEST_KEYRING", str(tmp_path / "keyring.json"))
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring(tmp_path / "keyring.json"))
    yield
    keyring.set_keyring(previous)


def _live(services, connector) -> LiveExchange:
    live = LiveExchange(
        services.store,
        services.clock,
        services.alerts,
        notifications=services.notifications,
        lookups=3,
        lookup_delay=0.3,
    )
    live.use_connector(connector)
    return live


def test_the_first_failed_order_goes_to_telegram_when_it_is_set_up(services, connector):
    services.notifications.configure_telegram(CHAT_ID, token=TOKEN, base_url="http://127.0.0.1:9")
    live = _live(services, connector)
    live.gateway().open_copy(btc_long("a:1", quantity=Decimal("0.001")))  # below the minimum
    assert len(alerts_of(services, AlertKind.LIVE_ORDER)) == 1
    (rule,) = [r for r in services.alerts.rules() if r.kind is AlertKind.LIVE_ORDER]
    assert rule.trader_id is None and {c.value for c in rule.channels} == {"telegram"}
    (message,) = services.notifications.outbox()
    assert message.channel.value == "telegram" and "Live order failed" in message.title
    # the user routes it elsewhere (here: the tray only); the app does not route it again
    services.alerts.set_routing(rule.id, "")
    live.gateway().open_copy(btc_long("a:2", quantity=Decimal("0.001")))
    assert len(alerts_of(services, AlertKind.LIVE_ORDER)) == 2
    assert len(services.notifications.outbox()) == 1
    assert len([r for r in services.alerts.rules() if r.kind is AlertKind.LIVE_ORDER]) == 1


def test_without_channels_set_up_the_alert_stays_in_the_window(services, connector):
    live = _live(services, connector)
    live.gateway().open_copy(btc_long("a:1", quantity=Decimal("0.001")))
    assert len(alerts_of(services, AlertKind.LIVE_ORDER)) == 1
    assert services.notifications.outbox() == []
