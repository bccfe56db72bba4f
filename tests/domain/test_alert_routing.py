"""Routing: channels and severities of a rule, quiet hours per channel, the retry schedule,
and the words of an alert message."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.domain.alert_message import compose
from tradermanager.domain.alert_routing import (
    Channel,
    QuietHours,
    Severity,
    make_quiet_hours,
    not_before,
    parse_channels,
    quiet_until,
    retry_delay,
)
from tradermanager.domain.alerts import (
    AlertEvent,
    AlertKind,
    TraderFacts,
    default_severity,
    evaluate,
    make_rule,
    usual_gap,
)
from tradermanager.domain.errors import ValidationError

BERLIN = ZoneInfo("Europe/Berlin")
NIGHT = QuietHours(time(22, 0), time(7, 0))


def at(text: str, zone=UTC) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=zone)


def test_channels_parse_from_text_and_the_tray_is_implicit():
    assert parse_channels("telegram, email") == {Channel.TELEGRAM, Channel.EMAIL}
    assert parse_channels("tray") == frozenset() and parse_channels(None) == frozenset()
    with pytest.raises(ValidationError, match="channels: got 'sms'"):
        parse_channels("telegram,sms")


def test_urgent_kinds_default_to_urgent():
    for kind in (
        "liquidation",
        "daily-loss",
        "daily-loss-limit",
        "live-order",
        "kill-switch",
        "live-account",
    ):
        assert default_severity(AlertKind(kind)) is Severity.URGENT
    assert default_severity(AlertKind.DRAWDOWN) is Severity.WARNING
    rule = make_rule("drawdown", channels="telegram", severity="urgent")
    assert rule.effective_severity is Severity.URGENT and rule.channels == {Channel.TELEGRAM}
    with pytest.raises(ValidationError, match="severity"):
        make_rule("drawdown", severity="loud")


def test_quiet_hours_across_midnight_end_next_morning_local_time():
    # 23:30 in Berlin (winter, UTC+1) is 22:30 UTC; quiet until 07:00 Berlin = 06:00 UTC
    assert quiet_until(at("2026-01-15T22:30"), NIGHT, BERLIN) == at("2026-01-16T06:00")
    # 02:00 Berlin: the same night, ends that morning
    assert quiet_until(at("2026-01-16T01:00"), NIGHT, BERLIN) == at("2026-01-16T06:00")
    # 12:00 Berlin: not quiet
    assert quiet_until(at("2026-01-16T11:00"), NIGHT, BERLIN) is None
    # the end itself is no longer quiet; the start is
    assert quiet_until(at("2026-01-16T06:00"), NIGHT, BERLIN) is None
    assert quiet_until(at("2026-01-15T21:00"), NIGHT, BERLIN) == at("2026-01-16T06:00")


def test_quiet_hours_within_a_day():
    lunch = QuietHours(time(12, 0), time(13, 30))
    assert quiet_until(at("2026-01-15T12:10"), lunch, UTC) == at("2026-01-15T13:30")
    assert quiet_until(at("2026-01-15T13:30"), lunch, UTC) is None


def test_urgent_messages_ignore_quiet_hours():
    now = at("2026-01-15T23:00")
    assert not_before(now, Severity.URGENT, NIGHT, UTC) == now
    assert not_before(now, Severity.WARNING, NIGHT, UTC) == at("2026-01-16T07:00")
    assert not_before(now, Severity.INFO, None, UTC) == now


def test_quiet_hours_are_checked():
    assert make_quiet_hours("", "") is None
    assert make_quiet_hours("22:00", "7:00") == NIGHT
    with pytest.raises(ValidationError, match="quiet_from: got '25:00'"):
        make_quiet_hours("25:00", "07:00")
    with pytest.raises(ValidationError, match="quiet_to"):
        make_quiet_hours("07:00", "07:00")


@given(
    minute=st.integers(0, 60 * 24 * 14),
    start=st.integers(0, 24 * 60 - 1),
    length=st.integers(1, 24 * 60 - 1),
)
def test_a_held_message_goes_out_when_quiet_ends_never_inside(minute, start, length):
    """Whatever the window and the instant: the release is after now, within a day, outside
    the window; an instant outside the window is not held."""
    end = (start + length) % (24 * 60)
    quiet = QuietHours(time(start // 60, start % 60), time(end // 60, end % 60))
    now = at("2026-03-01T00:00") + timedelta(minutes=minute)
    release = quiet_until(now, quiet, UTC)
    minute_of_day = (now.hour * 60 + now.minute - start) % (24 * 60)
    if minute_of_day < length:
        assert release is not None and now < release <= now + timedelta(minutes=length)
        assert quiet_until(release, quiet, UTC) is None
    else:
        assert release is None


def test_retry_delays_grow_and_honour_retry_after():
    assert [retry_delay(n).total_seconds() for n in (1, 2, 3, 4, 5, 6, 7, 20)] == [
        30,
        60,
        120,
        300,
        600,
        1800,
        3600,
        3600,
    ]
    assert retry_delay(1, retry_after=90).total_seconds() == 90
    assert retry_delay(4, retry_after=5).total_seconds() == 300


def test_usual_gap_is_the_90th_percentile_nearest_rank():
    assert usual_gap([1.0, 2.0, 3.0, 4.0]) is None  # too few
    assert usual_gap([1.0, 2.0, 3.0, 4.0, 5.0]) == 5.0  # ceil(4.5) = 5th
    gaps = [float(g) for g in range(1, 21)]  # ceil(18) = 18th
    assert usual_gap(list(reversed(gaps))) == 18.0


def facts(**changes) -> TraderFacts:
    base = dict(
        trader_id=1,
        trader_name="Ann",
        current_drawdown=None,
        recent_pnls=(),
        open_max_leverage=None,
        liquidations_24h=0,
        days_since_signal=None,
        my_pnl_today=0.0,
    )
    return TraderFacts(**(base | changes))


def test_a_source_silent_for_three_times_its_usual_gap_fires():
    rule = make_rule("source-silent", 3)
    assert evaluate(rule, facts(days_since_signal=2.9, usual_signal_gap_days=1.0)) is None
    breach = evaluate(rule, facts(days_since_signal=3.0, usual_signal_gap_days=1.0))
    assert breach is not None and breach.value == pytest.approx(3.0)
    assert "3.0× its usual longest quiet spell of 24.0 hours" in breach.message
    assert evaluate(rule, facts(days_since_signal=30, usual_signal_gap_days=None)) is None


def test_a_chatty_source_is_measured_against_at_least_an_hour():
    rule = make_rule("source-silent", 3)
    minute = 1 / 1440
    assert (
        evaluate(rule, facts(days_since_signal=10 * minute, usual_signal_gap_days=minute)) is None
    )
    assert evaluate(rule, facts(days_since_signal=3 / 24, usual_signal_gap_days=minute))


def test_a_liquidated_copy_fires():
    rule = make_rule("copy-liquidation")
    assert evaluate(rule, facts()) is None
    breach = evaluate(rule, facts(my_liquidations_24h=1))
    assert breach is not None and "1 of my copies of Ann were liquidated" in breach.message


def test_incident_kinds_never_fire_from_facts():
    for kind in ("daily-loss-limit", "copy-stop-loss", "live-order", "kill-switch", "live-account"):
        assert evaluate(make_rule(kind), facts(my_pnl_today=-1e9, liquidations_24h=9)) is None


def event(**changes) -> AlertEvent:
    base = dict(
        id=7,
        rule_id=1,
        trader_id=1,
        trader_name="Ann",
        kind=AlertKind.DAILY_LOSS,
        fired_at=at("2026-01-15T03:05"),
        value=-250.0,
        message="Copying Ann lost $250.00 today (limit $200.00).",
        paused_trader=True,
        acknowledged_at=None,
        threshold=200.0,
    )
    return AlertEvent(**(base | changes))


def test_the_message_says_what_fired_who_the_figure_what_was_done_and_what_to_check():
    notice = compose(event(), Severity.URGENT)
    assert notice.title == "URGENT: Daily loss — Ann"
    assert notice.text.splitlines() == [
        "What fired: Copying Ann lost $250.00 today (limit $200.00).",
        "Trader: Ann",
        "Figure: -$250.00 (limit $200.00 loss)",
        "What the app did: Paused Ann: new signals are not copied; open positions stay open.",
        "What to check: Review today's closed copies of this trader before copying more.",
        "When: 2026-01-15 03:05 UTC",
    ]
    assert notice.telegram_text == notice.title + "\n\n" + notice.text


def test_figures_in_their_units_and_the_engine_action():
    drawdown = compose(
        event(kind=AlertKind.DRAWDOWN, value=-0.2, threshold=-0.15, paused_trader=False),
        Severity.WARNING,
    )
    assert "Figure: -20.0% (limit -15.0%)" in drawdown.text
    assert "What the app did: Nothing was changed: copying continues." in drawdown.text
    assert drawdown.title == "Drawdown — Ann"
    order = compose(
        event(
            kind=AlertKind.LIVE_ORDER,
            value=None,
            threshold=None,
            paused_trader=False,
            action="The order was not retried.",
        ),
        Severity.URGENT,
    )
    assert (
        "Figure: —" in order.text and "What the app did: The order was not retried." in order.text
    )


def test_html_is_the_same_lines_escaped():
    notice = compose(event(trader_name="<b>Ann</b>", message="a < b & c"), Severity.URGENT)
    assert "&lt;b&gt;Ann&lt;/b&gt;" in notice.html and "a &lt; b &amp; c" in notice.html
    assert "<b>Ann</b>" not in notice.html
