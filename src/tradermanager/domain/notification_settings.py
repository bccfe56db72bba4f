"""Settings of the Telegram and e-mail channels (never their secrets: the bot token and the
SMTP password live only in the OS keyring)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tradermanager.domain.alert_routing import QuietHours
from tradermanager.domain.errors import ValidationError

TELEGRAM_API = "https://api.telegram.org"
SECURITY = ("starttls", "ssl", "none")
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
_CHAT_ID = re.compile(r"^(-?\d{1,20}|@[A-Za-z][A-Za-z0-9_]{3,31})$")
_ADDRESS = re.compile(r"^[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;]+$")
_HOST = re.compile(r"^[A-Za-z0-9.\-\[\]:]+$")
_TOKEN = re.compile(r"^\d{3,20}:[A-Za-z0-9_-]{30,64}$")


@dataclass(frozen=True, slots=True)
class TelegramChannel:
    chat_id: str  # a user or group id (-100… for supergroups) or @channelname
    base_url: str = TELEGRAM_API
    quiet: QuietHours | None = None


@dataclass(frozen=True, slots=True)
class EmailChannel:
    host: str
    port: int
    security: str  # starttls | ssl | none
    user: str  # "" = the server needs no login
    sender: str
    recipients: tuple[str, ...]
    quiet: QuietHours | None = None


@dataclass(frozen=True, slots=True)
class NotificationSettings:
    telegram: TelegramChannel | None = None
    email: EmailChannel | None = None
    timezone: str = ""  # IANA name for quiet hours; "" = this computer's local time


def make_telegram(
    chat_id: Any, base_url: Any = None, quiet: QuietHours | None = None
) -> TelegramChannel:
    chat = str(chat_id or "").strip()
    if not _CHAT_ID.match(chat):
        raise ValidationError(
            "chat_id", chat_id, "a numeric chat id (e.g. 123456789 or -1001234567890) or @channel"
        )
    url = str(base_url or TELEGRAM_API).strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValidationError("base_url", base_url, "an http(s) URL such as " + TELEGRAM_API)
    return TelegramChannel(chat, url, quiet)


def make_email(
    host: Any,
    port: Any = None,
    security: Any = "starttls",
    user: Any = "",
    sender: Any = "",
    recipients: Any = (),
    quiet: QuietHours | None = None,
) -> EmailChannel:
    server = str(host or "").strip()
    if not server or not _HOST.match(server):
        raise ValidationError("host", host, "an SMTP server name such as smtp.gmail.com")
    mode = str(security or "").strip().lower()
    if mode not in SECURITY:
        raise ValidationError("security", security, ", ".join(SECURITY))
    try:
        number = DEFAULT_PORTS[mode] if port in (None, "") else int(str(port))
    except ValueError:
        raise ValidationError("port", port, "a port number from 1 to 65535") from None
    if not 1 <= number <= 65535:
        raise ValidationError("port", port, "a port number from 1 to 65535")
    login = str(user or "").strip()
    to = [r.strip() for r in (recipients.split(",") if isinstance(recipients, str) else recipients)]
    to = [r for r in to if r]
    if not to:
        raise ValidationError("to", recipients, "one or more e-mail addresses, comma-separated")
    for address in to:
        if not _ADDRESS.match(address):
            raise ValidationError("to", address, "an e-mail address such as me@example.com")
    origin = str(sender or "").strip() or (login if _ADDRESS.match(login) else to[0])
    if not _ADDRESS.match(origin):
        raise ValidationError("from", sender, "an e-mail address such as alerts@example.com")
    return EmailChannel(server, number, mode, login, origin, tuple(to), quiet)


def check_timezone(name: Any) -> str:
    text = str(name or "").strip()
    if text:
        try:
            ZoneInfo(text)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValidationError(
                "timezone", name, "an IANA time zone such as Europe/Berlin, or empty for local"
            ) from None
    return text


def check_bot_token(token: Any) -> str:
    """A BotFather token (digits, a colon, ~35 characters); the value is never echoed."""
    text = str(token or "").strip()
    if not _TOKEN.match(text):
        raise ValidationError(
            "bot_token",
            f"{len(text)} characters" if text else "nothing",
            "the token BotFather gave, like 123456789:AA… (digits, a colon, 35 characters)",
        )
    return text
