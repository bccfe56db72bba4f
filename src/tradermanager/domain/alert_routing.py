"""Where an alert goes and when: channels, severities, quiet hours and the delivery schedule.

The tray (or the window without one) always shows an alert; Telegram and e-mail are chosen per
rule. A channel's quiet hours hold back non-urgent messages until the window ends; urgent ones
(liquidations, loss limits, failed live orders, the kill switch) go out at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo
from enum import StrEnum
from typing import Any

from tradermanager.domain.errors import ValidationError


class Channel(StrEnum):
    TELEGRAM = "telegram"
    EMAIL = "email"


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    URGENT = "urgent"


class OutboxStatus(StrEnum):
    PENDING = "pending"  # waiting for its next attempt (or for quiet hours to end)
    SENDING = "sending"  # claimed by a delivery run
    SENT = "sent"
    FAILED = "failed"  # gave up; the reason says why, "retry" puts it back


def parse_channels(value: Any) -> frozenset[Channel]:
    """Channels from "telegram,email", a list, or "" / None (tray only)."""
    if value is None:
        return frozenset()
    items = value.split(",") if isinstance(value, str) else list(value)
    out = set()
    for item in items:
        text = str(item).strip().lower()
        if text in ("", "tray"):
            continue
        try:
            out.add(Channel(text))
        except ValueError:
            raise ValidationError(
                "channels", item, "telegram and/or email, comma-separated (the tray is always on)"
            ) from None
    return frozenset(out)


def channels_text(channels: frozenset[Channel]) -> str:
    """Stored and shown form: "" or e.g. "email,telegram" (sorted)."""
    return ",".join(sorted(c.value for c in channels))


def parse_severity(value: Any) -> Severity:
    try:
        return Severity(str(value).strip().lower())
    except ValueError:
        raise ValidationError("severity", value, ", ".join(s.value for s in Severity)) from None


_CLOCK = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


def parse_clock(field: str, value: Any) -> time:
    match = _CLOCK.match(str(value).strip())
    if not match:
        raise ValidationError(field, value, "a time of day as HH:MM, 00:00 to 23:59")
    return time(int(match.group(1)), int(match.group(2)))


@dataclass(frozen=True, slots=True)
class QuietHours:
    """A daily window in the user's local time; ``start`` after ``end`` spans midnight
    (22:00–07:00). Equal start and end would mean "always quiet", which is refused."""

    start: time
    end: time

    def __str__(self) -> str:
        return f"{self.start:%H:%M}–{self.end:%H:%M}"


def make_quiet_hours(start: Any, end: Any) -> QuietHours | None:
    """Quiet hours from two HH:MM strings; both empty = none."""
    if not str(start or "").strip() and not str(end or "").strip():
        return None
    begin, finish = parse_clock("quiet_from", start), parse_clock("quiet_to", end)
    if begin == finish:
        raise ValidationError("quiet_to", end, "a time different from quiet_from")
    return QuietHours(begin, finish)


def quiet_until(now: datetime, quiet: QuietHours | None, zone: tzinfo) -> datetime | None:
    """When the quiet window that contains ``now`` ends (UTC), or None when not quiet.

    ``now`` is timezone-aware; the window is read in ``zone``. Computed on local wall-clock
    dates, so a DST change inside the window moves its end with the local clock.
    """
    if quiet is None:
        return None
    local = now.astimezone(zone)
    t = local.time().replace(tzinfo=None)
    if quiet.start < quiet.end:
        inside = quiet.start <= t < quiet.end
        end_day = local.date()
    else:
        inside = t >= quiet.start or t < quiet.end
        end_day = local.date() + timedelta(days=1) if t >= quiet.start else local.date()
    if not inside:
        return None
    end = datetime.combine(end_day, quiet.end, tzinfo=zone)
    return end.astimezone(now.tzinfo)


def not_before(
    now: datetime, severity: Severity, quiet: QuietHours | None, zone: tzinfo
) -> datetime:
    """First instant a message of ``severity`` may go out on a channel with ``quiet``."""
    if severity is Severity.URGENT:
        return now
    return quiet_until(now, quiet, zone) or now


# Back-off between attempts: 30 s, 1, 2, 5, 10, 30 min, then hourly; given up after a day.
RETRY_DELAYS = (30, 60, 120, 300, 600, 1800)
MAX_ATTEMPTS = 30
STALE_CLAIM = timedelta(minutes=5)  # a "sending" row older than this was interrupted


def retry_delay(attempts: int, retry_after: float | None = None) -> timedelta:
    """Wait before attempt ``attempts + 1``; a server's ``retry_after`` (seconds) wins when
    it asks for longer."""
    base = RETRY_DELAYS[attempts - 1] if 1 <= attempts <= len(RETRY_DELAYS) else 3600
    if attempts < 1:
        base = 0
    return timedelta(seconds=max(base, retry_after or 0))


@dataclass(frozen=True, slots=True)
class Notification:
    """One message in the outbox: an alert event for one channel."""

    id: int
    event_id: int
    channel: Channel
    severity: Severity
    title: str
    text: str
    html: str
    status: OutboxStatus
    attempts: int
    not_before: datetime
    created_at: datetime
    sent_at: datetime | None = None
    last_error: str = ""
    trader_name: str = ""

    @property
    def key(self) -> str:
        """The message's identity, the same on every attempt: event and channel."""
        return f"tradermanager-alert-{self.event_id}-{self.channel.value}"
