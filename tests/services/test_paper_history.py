"""The paper replay follows the trader's whole history: every pause and resume, every
promotion to live and return to paper. Figures by hand, as in test_execution_rules: taker
0.04 %, no slippage, no funding, $200 margin at 5×; a signal ten minutes into hour k acts at
the open of hour k + 1."""

from __future__ import annotations

from datetime import timedelta

import pytest
from test_execution_rules import START, save_market, signal

from tradermanager.domain.enums import ExecutionMode, SignalKind
from tradermanager.services.my_copies import my_copies

HOUR = timedelta(hours=1)
CRASH = (100.0, 100.0, 85.0, 86.0)  # a stop at 88 fills at 88: −$120.75 with fees


@pytest.fixture
def svc(services, clock):
    services.settings.update(
        taker_fee=0.0004, maker_fee=0.0002, slippage=0, funding_rate=0, lag_seconds=5
    )
    return services


def decisions(account, trader: str) -> dict[str, str | None]:
    return {d.source_id: d.reason for d in account.result.decisions if d.trader == trader}


def closed(account, trader: str) -> dict[str, tuple[str, float]]:
    return {
        c.source_id: (c.exit_reason.value, round(c.pnl, 2))
        for c in account.result.closed
        if c.trader == trader
    }


def test_two_copy_stops_two_pauses_two_resumes(svc, clock):
    """Copy stop at hour 3 (paused by the alert at hour 12, resumed at 14), again at hour 29
    (paused at 32, resumed at 40). Openings received while paused (hours 13 and 33) are left
    out; the restart at 14 lets hour 15's copy in; the one at hour 6, after the replay's
    copy stop and before the recorded pause, is refused by the copy stop itself."""
    ann = svc.traders.add(name="Ann", copy_stop_loss=0.1, allocation=1000)
    save_market(svc, "BTC", {3: CRASH, 29: CRASH}, hours=48)
    save_market(svc, "ETH", {}, hours=48)

    def at(hour: float):
        clock.set(START + hour * HOUR)

    svc.pipeline.process(ann.id, signal("a", 0, stop=88))
    svc.pipeline.process(ann.id, signal("b", 6, "ETH"))
    at(12)
    svc.paper.refresh()  # the copy stop pauses Ann now
    assert not svc.traders.get("Ann").settings.active
    at(13.5)
    svc.pipeline.process(ann.id, signal("g", 13, "ETH"))  # paused
    at(14)
    svc.traders.toggle("Ann", True)
    at(15.5)
    svc.pipeline.process(ann.id, signal("c", 15, "ETH"))
    at(26.5)
    svc.pipeline.process(ann.id, signal("d", 26, stop=88))
    at(32)
    svc.paper.refresh()  # the second copy stop (hour 29, the next UTC day) pauses Ann again
    assert not svc.traders.get("Ann").settings.active
    at(33.5)
    svc.pipeline.process(ann.id, signal("e", 33, "ETH"))  # paused
    at(40)
    svc.traders.toggle("Ann", True)
    at(41.5)
    svc.pipeline.process(ann.id, signal("f", 41, "ETH"))
    at(44)
    account = svc.paper.refresh()
    assert decisions(account, "Ann") == {
        "a": None,
        "b": "copy_stop",
        "c": None,
        "d": None,
        "f": None,
    }
    # c: entry fee $0.40, closed by the second copy stop at hour 30's open, fee $0.40
    assert closed(account, "Ann") == {
        "a": ("stop_loss", -120.75),
        "c": ("copy_stop", -0.8),
        "d": ("stop_loss", -120.75),
    }
    assert [c.source_id for c in account.result.open] == ["f"]
    assert svc.traders.get("Ann").settings.active
    stops = [e for e in svc.alerts.events() if e.kind.value == "copy-stop-loss"]
    assert len(stops) == 2


def test_pauses_that_ended_leave_out_what_came_in_while_paused(svc, clock):
    """Paused by hand at hours 2 and 6, resumed at 4 and 8: of the openings at hours 1, 3,
    5, 7 and 9 the ones at 3 and 7 are left out; a close received while paused still closes
    the copy made before."""
    bob = svc.traders.add(name="Bob")
    save_market(svc, "BTC", {}, hours=12)
    for hour, change in ((2, False), (4, True), (6, False), (8, True)):
        clock.set(START + hour * HOUR)
        svc.traders.update("Bob", active=change)
    for k, hour in enumerate((1, 3, 5, 7, 9)):
        svc.pipeline.process(bob.id, signal(f"s{k}-open", hour))
        if hour == 1:
            svc.pipeline.process(bob.id, signal("s0-close", 2, kind=SignalKind.CLOSE))
    clock.set(START + 11 * HOUR)
    account = svc.paper.refresh()
    taken = {d.source_id for d in account.result.decisions if d.trader == "Bob"}
    assert {s for s in taken if s.endswith("open")} == {"s0-open", "s2-open", "s4-open"}
    assert closed(account, "Bob") == {"s0-open": ("close_signal", -0.8)}


def test_paper_copies_made_before_a_promotion_stay_mine(svc, clock):
    """Bob is copied on paper, promoted to live at hour 5 and back to paper just after hour 8. His
    paper copies from before the promotion stay among my copies (the one still open is
    closed by his close at hour 7); the opening at hour 6 was his live period's; the one at
    hour 9 is a paper copy again."""
    bob = svc.traders.add(name="Bob")
    save_market(svc, "BTC", {}, hours=12)
    save_market(svc, "ETH", {}, hours=12)
    save_market(svc, "SOL", {}, hours=12)
    svc.pipeline.process(bob.id, signal("a", 0))
    svc.pipeline.process(bob.id, signal("a-close", 2, kind=SignalKind.CLOSE))
    svc.pipeline.process(bob.id, signal("b", 3, "ETH"))
    clock.set(START + 4 * HOUR)
    svc.paper.refresh()
    clock.set(START + 5 * HOUR)
    svc.traders.promote_to_live("Bob")
    svc.pipeline.process(bob.id, signal("c", 6, "SOL"))
    svc.pipeline.process(bob.id, signal("b-close", 7, "ETH", kind=SignalKind.CLOSE))
    clock.set(START + 8 * HOUR + timedelta(minutes=1))  # hour 8's candle is there
    while_live = svc.paper.refresh()
    assert closed(while_live, "Bob") == {
        "a": ("close_signal", -0.8),
        "b": ("close_signal", -0.8),
    }
    assert [c.symbol for c in my_copies(bob.id)] == ["BTC", "ETH"]
    assert all(c.mode is ExecutionMode.PAPER for c in my_copies(bob.id))
    svc.traders.demote_to_paper("Bob")
    svc.pipeline.process(bob.id, signal("d", 9))
    clock.set(START + 11 * HOUR)
    account = svc.paper.refresh()
    assert "c" not in decisions(account, "Bob")
    assert [c.symbol for c in my_copies(bob.id)] == ["BTC", "ETH", "BTC"]
    portfolio = svc.portfolio.load()
    assert portfolio.closed_copies[[t.name for t in portfolio.traders].index("Bob")] == 2


def test_a_copy_stop_of_paper_copies_kept_after_a_promotion_does_not_pause_the_live_trader(
    svc, clock
):
    """Ann's paper copy from before her promotion (hour 1) hits its stop in the crash at hour
    3: the replay's copy stop fires on it, but Ann is live by then — her live copies have
    their own copy stop-loss — so she is neither paused nor alerted about."""
    ann = svc.traders.add(name="Ann", copy_stop_loss=0.1, allocation=1000)
    save_market(svc, "BTC", {3: CRASH}, hours=12)
    svc.pipeline.process(ann.id, signal("a", 0, stop=88))
    clock.set(START + HOUR)
    svc.traders.promote_to_live("Ann")
    clock.set(START + 12 * HOUR)
    account = svc.paper.refresh()
    assert closed(account, "Ann") == {"a": ("stop_loss", -120.75)}
    assert any(a.kind == "copy_stop" and a.trader == "Ann" for a in account.result.alerts)
    assert svc.traders.get("Ann").settings.active
    assert not [e for e in svc.alerts.events() if e.kind.value == "copy-stop-loss"]


def test_a_copy_stop_while_on_paper_still_pauses(svc, clock):
    """The same crash with Ann still on paper: paused by the alert."""
    ann = svc.traders.add(name="Ann", copy_stop_loss=0.1, allocation=1000)
    save_market(svc, "BTC", {3: CRASH}, hours=12)
    svc.pipeline.process(ann.id, signal("a", 0, stop=88))
    clock.set(START + 12 * HOUR)
    svc.paper.refresh()
    assert not svc.traders.get("Ann").settings.active
    assert [e for e in svc.alerts.events() if e.kind.value == "copy-stop-loss"]


def test_a_second_copy_stop_on_the_same_utc_day_pauses_again(svc, clock):
    """Copy stop at hour 3 (the crash fills a's stop at 88: −$120.75), Ann paused by the
    refresh at hour 4 and resumed at hour 5; d (hour 6) is stopped out in the crash at hour
    9, the same UTC day: a second copy stop, its own alert, and Ann is paused again, as the
    replay keeps her. Later refreshes repeat neither alert."""
    ann = svc.traders.add(name="Ann", copy_stop_loss=0.1, allocation=1000)
    save_market(svc, "BTC", {3: CRASH, 9: CRASH}, hours=24)

    def at(hour: float):
        clock.set(START + hour * HOUR)

    def stops():
        return [e for e in svc.alerts.events() if e.kind.value == "copy-stop-loss"]

    svc.pipeline.process(ann.id, signal("a", 0, stop=88))
    at(4)
    first = svc.paper.refresh()
    assert first.alerts is not None and first.alerts.paused == ("Ann",)
    assert not svc.traders.get("Ann").settings.active and len(stops()) == 1
    at(5)
    svc.traders.toggle("Ann", True)
    at(6.5)
    svc.pipeline.process(ann.id, signal("d", 6, stop=88))
    at(10)
    second = svc.paper.refresh()
    assert closed(second, "Ann") == {
        "a": ("stop_loss", -120.75),
        "d": ("stop_loss", -120.75),
    }
    copy_stops = [a for a in second.result.alerts if a.kind == "copy_stop"]
    assert [a.time // 86_400_000 for a in copy_stops] == [int(START.timestamp()) // 86_400] * 2
    assert second.alerts is not None and second.alerts.paused == ("Ann",)
    assert len(second.alerts.fired) == 1
    assert not svc.traders.get("Ann").settings.active and len(stops()) == 2
    assert second.result.paused == {"Ann"}
    at(11)
    again = svc.paper.refresh()
    assert again.alerts is not None and again.alerts.fired == ()
    assert len(stops()) == 2
