"""Notifications beyond the tray: channel settings, the outbox and its delivery.

Alerts put their messages in the outbox inside the transaction that records the event
(:meth:`NotificationService.enqueue`), so a message exists exactly when its event does. The
delivery job claims due messages, sends each through its channel and records the outcome:
sent, retried later with back-off (the server's ``retry_after`` respected), or failed with the
reason shown in the window. The message's identity is (event, channel): it is enqueued once
and, once marked sent, never sent again. A run that stops midway (app quit, crash) leaves its
claimed messages as ``sending``; the next start puts them back in line (:meth:`recover`).
The one case that can still repeat a message is a stop in the instant between the server
accepting it and the database recording it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from tradermanager.domain.alert_message import AlertNotice, compose, probe_notice
from tradermanager.domain.alert_routing import (
    MAX_ATTEMPTS,
    STALE_CLAIM,
    Channel,
    Notification,
    OutboxStatus,
    make_quiet_hours,
    not_before,
    retry_delay,
)
from tradermanager.domain.alerts import AlertEvent, AlertRule
from tradermanager.domain.clock import Clock
from tradermanager.domain.errors import ValidationError
from tradermanager.domain.notification_settings import (
    NotificationSettings,
    check_bot_token,
    check_timezone,
    make_email,
    make_telegram,
)
from tradermanager.notify import secrets
from tradermanager.notify.email_smtp import SmtpMailer
from tradermanager.notify.errors import DeliveryError, NotifyUnavailableError
from tradermanager.notify.telegram_bot import TelegramBot
from tradermanager.store import notifications as repo
from tradermanager.store.connection import Store

log = logging.getLogger(__name__)

SECRET_OF = {Channel.TELEGRAM: secrets.BOT_TOKEN, Channel.EMAIL: secrets.SMTP_PASSWORD}
KEEP = object()  # "leave the saved secret as it is"


@dataclass(frozen=True, slots=True)
class DeliveryReport:
    sent: int
    retrying: int
    failed: tuple[Notification, ...]  # given up in this run, with the reason

    @property
    def attempted(self) -> int:
        return self.sent + self.retrying + len(self.failed)


@dataclass(frozen=True, slots=True)
class ChannelStatus:
    channel: Channel
    configured: bool
    secret_saved: bool | None  # None = the keyring could not be asked
    summary: str  # "chat 123456789", "alerts@example.com via smtp.example.com:587"
    quiet: str  # "22:00–07:00" or ""


@dataclass
class NotificationService:
    store: Store
    clock: Clock
    telegram_tuning: dict[str, Any] = field(default_factory=dict)  # TelegramBot overrides
    smtp_tuning: dict[str, Any] = field(default_factory=dict)  # SmtpMailer overrides
    batch: int = 50

    # -- settings ----------------------------------------------------------------------------
    def settings(self) -> NotificationSettings:
        return repo.read_settings()

    def configure_telegram(
        self,
        chat_id: Any,
        *,
        token: Any = KEEP,
        base_url: Any = None,
        quiet_from: Any = "",
        quiet_to: Any = "",
    ) -> NotificationSettings:
        """Save the Telegram channel; ``token`` goes to the OS keyring (KEEP leaves it)."""
        channel = make_telegram(chat_id, base_url, make_quiet_hours(quiet_from, quiet_to))
        checked = None if token is KEEP else check_bot_token(token)
        if checked is None and not self._secret(Channel.TELEGRAM):
            raise ValidationError("bot_token", "nothing", "the token BotFather gave")
        if checked is not None:
            secrets.save_secret(secrets.BOT_TOKEN, checked)
        return self._save(replace(self.settings(), telegram=channel))

    def configure_email(
        self,
        host: Any,
        *,
        port: Any = None,
        security: Any = "starttls",
        user: Any = "",
        sender: Any = "",
        to: Any = (),
        password: Any = KEEP,
        quiet_from: Any = "",
        quiet_to: Any = "",
    ) -> NotificationSettings:
        """Save the e-mail channel; ``password`` goes to the OS keyring (KEEP leaves it)."""
        channel = make_email(
            host, port, security, user, sender, to, make_quiet_hours(quiet_from, quiet_to)
        )
        if password is not KEEP:
            text = str(password or "")
            if text:
                secrets.save_secret(secrets.SMTP_PASSWORD, text)
            else:
                secrets.forget_secret(secrets.SMTP_PASSWORD)
        if channel.user and not self._secret(Channel.EMAIL):
            raise ValidationError("password", "nothing", f"the SMTP password of {channel.user}")
        return self._save(replace(self.settings(), email=channel))

    def set_timezone(self, name: Any) -> NotificationSettings:
        return self._save(replace(self.settings(), timezone=check_timezone(name)))

    def remove_channel(self, channel: Channel) -> NotificationSettings:
        """Forget a channel and its secret; its queued messages fail with that reason."""
        secrets.forget_secret(SECRET_OF[channel])
        current = self.settings()
        if channel is Channel.TELEGRAM:
            return self._save(replace(current, telegram=None))
        return self._save(replace(current, email=None))

    def _save(self, settings: NotificationSettings) -> NotificationSettings:
        with self.store.write():
            repo.write_settings(settings)
        return settings

    def _secret(self, channel: Channel) -> str | None:
        return secrets.load_secret(SECRET_OF[channel])

    def secret_saved(self, channel: Channel) -> bool:
        """Whether the channel's secret is in the keyring (raises NotifyUnavailableError when
        there is no keyring to ask)."""
        return bool(self._secret(channel))

    def statuses(self) -> list[ChannelStatus]:
        s = self.settings()
        out = []
        for channel in Channel:
            try:
                saved: bool | None = bool(self._secret(channel))
            except NotifyUnavailableError:
                saved = None
            if channel is Channel.TELEGRAM and s.telegram is not None:
                summary, quiet = f"chat {s.telegram.chat_id}", str(s.telegram.quiet or "")
            elif channel is Channel.EMAIL and s.email is not None:
                e = s.email
                summary = f"{', '.join(e.recipients)} via {e.host}:{e.port} ({e.security})"
                quiet = str(e.quiet or "")
            else:
                summary, quiet = "not set up", ""
            configured = summary != "not set up"
            out.append(ChannelStatus(channel, configured, saved, summary, quiet))
        return out

    def zone(self) -> tzinfo:
        name = self.settings().timezone
        if name:
            return ZoneInfo(name)
        local = datetime.now().astimezone().tzinfo
        assert local is not None
        return local

    # -- the outbox --------------------------------------------------------------------------
    def enqueue(self, event: AlertEvent, rule: AlertRule) -> AlertNotice:
        """Compose the alert's message and queue it for each of the rule's channels.

        Call inside the write transaction that records ``event``."""
        severity = rule.effective_severity
        notice = compose(event, severity)
        if not rule.channels:
            return notice
        settings, zone = self.settings(), self.zone()
        for channel in sorted(rule.channels):
            config = settings.telegram if channel is Channel.TELEGRAM else settings.email
            quiet = config.quiet if config is not None else None
            due = not_before(event.fired_at, severity, quiet, zone)
            repo.enqueue(
                event.id,
                channel,
                severity,
                notice.title,
                notice.text,
                notice.html,
                due,
                self.clock.now(),
            )
        return notice

    def outbox(
        self, status: OutboxStatus | str | None = None, limit: int | None = 200
    ) -> list[Notification]:
        wanted = None if status in (None, "", "all") else OutboxStatus(str(status))
        return repo.list_outbox(wanted, limit)

    def counts(self) -> dict[str, int]:
        return repo.status_counts()

    def retry(self, ids: list[int] | None = None) -> int:
        """Put failed messages back in line (all when None); returns how many."""
        with self.store.write():
            return repo.retry_failed(ids, self.clock.now())

    def recover(self) -> int:
        """At start: messages a stopped run had claimed go back in line."""
        with self.store.write():
            return repo.release_claims()

    def deliver_due(self, *, stop: Callable[[], bool] = lambda: False) -> DeliveryReport:
        """Send every message that is due now; each outcome is recorded as it happens."""
        now = self.clock.now()
        with self.store.write():
            batch = repo.claim_due(now, now - STALE_CLAIM, self.batch)
        sent = retrying = 0
        failed: list[Notification] = []
        senders: dict[Channel, Callable[[Notification], None]] = {}
        for item in batch:
            if stop():
                with self.store.write():
                    repo.mark_retry(item.id, item.attempts, item.not_before, item.last_error)
                continue
            attempts = item.attempts + 1
            try:
                if item.channel not in senders:
                    senders[item.channel] = self._sender(item.channel)
                senders[item.channel](item)
            except DeliveryError as exc:
                reason = secrets.REDACTOR.mask(exc.reason)
                at = self.clock.now()
                with self.store.write():
                    if exc.permanent or attempts >= MAX_ATTEMPTS:
                        repo.mark_failed(item.id, attempts, reason)
                        failed.append(replace(item, attempts=attempts, last_error=reason))
                    else:
                        due = at + retry_delay(attempts, exc.retry_after)
                        repo.mark_retry(item.id, attempts, due, reason)
                        retrying += 1
                log.warning("%s message #%d not sent: %s", item.channel.value, item.id, reason)
            else:
                with self.store.write():
                    repo.mark_sent(item.id, self.clock.now(), attempts)
                sent += 1
        return DeliveryReport(sent, retrying, tuple(failed))

    # -- channels ----------------------------------------------------------------------------
    def send_test(self, channel: Channel | str) -> str:
        """Send a test message now (not through the outbox); returns what happened in words.
        Raises DeliveryError with the reason when it did not go out."""
        which = Channel(str(channel))
        notice = probe_notice(
            "Telegram" if which is Channel.TELEGRAM else "e-mail",
            f"{self.clock.now():%Y-%m-%d %H:%M} UTC",
        )
        self._sender(which)(notice)
        where = self.statuses()[list(Channel).index(which)].summary
        return f"Test message sent ({where})."

    def _sender(self, channel: Channel) -> Callable[[Any], None]:
        """A function that sends a notice or an outbox message on ``channel``."""
        settings = self.settings()
        try:
            secret = self._secret(channel)
        except NotifyUnavailableError as exc:
            raise DeliveryError(str(exc)) from None
        if channel is Channel.TELEGRAM:
            if settings.telegram is None:
                raise DeliveryError(
                    "Telegram is not set up (Settings → Notifications)", permanent=True
                )
            if not secret:
                raise DeliveryError("no bot token is saved in the OS keyring", permanent=True)
            bot = TelegramBot(settings.telegram, secret, **self.telegram_tuning)
            return lambda item: _no_result(bot.send(_as_notice(item)))
        if settings.email is None:
            raise DeliveryError("e-mail is not set up (Settings → Notifications)", permanent=True)
        mailer = SmtpMailer(settings.email, secret or "", **self.smtp_tuning)
        return lambda item: mailer.send(_as_notice(item), getattr(item, "key", ""))


def _as_notice(item: Notification | AlertNotice) -> AlertNotice:
    if isinstance(item, AlertNotice):
        return item
    return AlertNotice(item.title, item.text, item.html, item.severity)


def _no_result(_value: object) -> None:
    return None
