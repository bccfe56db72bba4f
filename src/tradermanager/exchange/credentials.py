"""The exchange API key and secret, kept only in the OS keyring.

Never in the database, the settings, the logs, crash reports or a command line: the dataclass
hides them from ``repr``, errors name the field and never the value, and
:func:`install_log_redaction` masks them in any log record (a library's debug output, say).
One keyring service, ``tradermanager-exchange``, holds the key, the secret and where to
connect (live, demo or a URL — not secret, kept beside them so one ``forget`` clears all).
"""

from __future__ import annotations

import contextlib
import importlib
import json
import re
from dataclasses import dataclass, field
from typing import Any

from tradermanager.domain.errors import ValidationError
from tradermanager.domain.secret_redaction import MASK, REDACTOR
from tradermanager.exchange.errors import ExchangeUnavailableError

SERVICE = "tradermanager-exchange"
_KEYS = ("endpoint", "secret", "api_key")  # api_key last on save: load() needs it
NO_KEYRING_HINT = (
    "no OS keyring is available to keep the exchange API key. On Linux, run a Secret Service "
    "(GNOME Keyring, KWallet or KeePassXC with Secret Service enabled) and unlock it; macOS "
    "and Windows have a keyring built in."
)
_TOKEN = re.compile(r"^[A-Za-z0-9]{16,128}$")


@dataclass(frozen=True, slots=True)
class ExchangeCredentials:
    """An API key pair and where it works: ``demo`` (Binance futures demo trading) or
    ``url`` (any base URL: a local emulator, a proxy); neither means the live exchange."""

    api_key: str = field(repr=False)
    secret: str = field(repr=False)
    demo: bool = False
    url: str | None = None

    def __repr__(self) -> str:
        return f"ExchangeCredentials({MASK}, demo={self.demo}, url={self.url!r})"

    @property
    def target(self) -> str:
        return self.url or ("demo" if self.demo else "live")


def make_credentials(
    api_key: str, secret: str, *, demo: bool = False, url: str | None = None
) -> ExchangeCredentials:
    """Checked credentials; a ValidationError names the field, never the value."""
    key, sec = (api_key or "").strip(), (secret or "").strip()
    for name, value in (("api_key", key), ("secret", sec)):
        if not _TOKEN.match(value):
            raise ValidationError(
                name,
                f"{len(value)} characters" if value else "nothing",
                "the 16–128 letters and digits the exchange showed when the key was created",
            )
    if demo and url:
        raise ValidationError("url", "a URL together with --demo", "one of --demo or --url")
    if url is not None and not re.match(r"^https?://[^\s/]+", url):
        raise ValidationError("url", repr(url), "an http:// or https:// URL with a host")
    return ExchangeCredentials(key, sec, demo, url.rstrip("/") if url else None)


def _keyring() -> Any:
    try:
        return importlib.import_module("keyring")
    except ImportError:
        raise ExchangeUnavailableError(
            'live trading needs the optional extra: pip install "tradermanager[live]"'
        ) from None


def _call(action: str, fn: Any, *args: Any) -> Any:
    errors = importlib.import_module("keyring.errors")
    try:
        return fn(*args)
    except errors.NoKeyringError:
        raise ExchangeUnavailableError(NO_KEYRING_HINT) from None
    except errors.KeyringError as exc:
        raise ExchangeUnavailableError(
            f"the OS keyring refused to {action} the exchange key ({type(exc).__name__}); "
            "unlock it and try again"
        ) from None


def save_credentials(credentials: ExchangeCredentials) -> None:
    keyring = _keyring()
    _call("delete", _forget_all, keyring)
    endpoint = json.dumps({"demo": credentials.demo, "url": credentials.url})
    values = {"endpoint": endpoint, "secret": credentials.secret, "api_key": credentials.api_key}
    for key in _KEYS:
        _call("save", keyring.set_password, SERVICE, key, values[key])
    install_log_redaction(credentials)


def load_credentials() -> ExchangeCredentials | None:
    """The saved key pair, or None when none (or only part of one) is saved."""
    keyring = _keyring()
    endpoint, secret, api_key = (_call("read", keyring.get_password, SERVICE, k) for k in _KEYS)
    if not api_key or not secret:
        return None
    try:
        where = json.loads(endpoint or "{}")
    except ValueError:
        where = {}
    credentials = ExchangeCredentials(
        api_key, secret, bool(where.get("demo")), where.get("url") or None
    )
    install_log_redaction(credentials)
    return credentials


def forget_credentials() -> bool:
    """Delete every entry; True when something was saved."""
    return bool(_call("delete", _forget_all, _keyring()))


def _forget_all(keyring: Any) -> bool:
    errors = importlib.import_module("keyring.errors")
    found = False
    for key in _KEYS:
        if keyring.get_password(SERVICE, key) is None:
            continue
        found = True
        with contextlib.suppress(errors.PasswordDeleteError):
            keyring.delete_password(SERVICE, key)
    return found


def install_log_redaction(credentials: ExchangeCredentials) -> None:
    """Mask the key and secret in every record that reaches a root-logger handler."""
    for secret in (credentials.api_key, credentials.secret):
        REDACTOR.add(secret)
