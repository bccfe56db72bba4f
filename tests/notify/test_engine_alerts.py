"""The paper account replays its whole history on each refresh: only its new engine alerts
become alerts, once, and a first replay does not announce old history."""

from __future__ import annotations

from datetime import timedelta

from tradermanager.domain.alerts import AlertKind
from tradermanager.domain.engine import EngineAlert


def ms(moment) -> int:
    return int(moment.timestamp() * 1000)


def copy_stop(at_ms: int, trader: str = "Ann") -> EngineAlert:
    return EngineAlert(
        at_ms,
        "copy_stop",
        trader,
        f"Copies of {trader} lost $300.00, 30.00% of the $1,000.00 allocated: they are closed "
        "and the trader is paused.",
    )


def test_each_engine_alert_of_a_replayed_account_fires_once(services, clock):
    services.traders.add(name="Ann")
    now = ms(clock.now())
    old = copy_stop(now - 3 * 86_400_000)  # three days ago
    recent = copy_stop(now - 3_600_000)  # an hour ago
    refused = EngineAlert(now, "max_open_positions", "Ann", "Ann: 10 positions open.")
    first = services.alerts.raise_new_engine_alerts([old, recent, refused])
    assert [e.kind for e in first.fired] == [AlertKind.COPY_STOP_LOSS]  # not the old one
    assert services.alerts.raise_new_engine_alerts([old, recent, refused]).fired == ()
    clock.advance(timedelta(hours=2))
    later = copy_stop(ms(clock.now()))
    again = services.alerts.raise_new_engine_alerts([old, recent, refused, later])
    assert len(again.fired) == 1 and again.fired[0].message == later.message
    assert len(services.alerts.events()) == 2


def test_accounts_are_tracked_apart_and_a_deleted_trader_is_skipped(services, clock):
    services.traders.add(name="Ann")
    now = ms(clock.now())
    assert len(services.alerts.raise_new_engine_alerts([copy_stop(now)], "paper").fired) == 1
    assert len(services.alerts.raise_new_engine_alerts([copy_stop(now)], "other").fired) == 1
    gone = copy_stop(now + 1, trader="Nobody")
    assert services.alerts.raise_new_engine_alerts([gone], "paper").fired == ()


def test_a_paper_refresh_hands_its_alerts_to_the_alert_service(services):
    from tradermanager.services.paper import PaperService

    received: list[tuple] = []
    paper = PaperService(
        services.store,
        services.clock,
        services.traders,
        services.settings,
        services.market,
        lambda alerts: received.append(tuple(alerts)),
    )
    account = paper.refresh()
    assert received == [account.result.alerts]
    assert services.paper._on_alerts == services.alerts.raise_new_engine_alerts
