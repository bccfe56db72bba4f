"""The Telegram API id, API hash and signed-in session, kept only in the OS keyring.

They are never written to the database, the settings or the logs: the dataclass hides them
from ``repr``, errors name the field without echoing the value, and
:func:`install_log_redaction` masks them in any log record that might still carry one (a
third-party library's debug output, say). One keyring service, ``tradermanager-telegram``,
holds three entries. The ``keyring`` package comes with the optional ``telegram`` extra and is
imported only when needed, so the rest of the app works without it.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import re
from dataclasses import dataclass, field
from typing import Any

from tradermanager.domain.errors import ValidationError
from tradermanager.domain.secret_redaction import MASK, REDACTOR

SERVICE = "tradermanager-telegram"
_KEYS = ("api_id", "api_hash", "session")
INSTALL_HINT = 'pip install "tradermanager[telegram]"'
NO_KEYRING_HINT = (
    "no OS keyring is available to keep the Telegram credentials. On Linux, run a Secret "
    "Service (GNOME Keyring, KWallet or KeePassXC with Secret Service enabled) and unlock it; "
    "on a machine without one, `pip install keyrings.alt` adds a file-based keyring. macOS "
    "and Windows have a keyring built in."
)
_HASH = re.compile(r"^[0-9a-fA-F]{32}$")


class TelegramUnavailableError(RuntimeError):
    """Live Telegram cannot work here: the extra is not installed or no keyring exists."""


@dataclass(frozen=True, slots=True)
class TelegramCredentials:
    """``api_id`` and ``api_hash`` from my.telegram.org; ``session`` a Telethon StringSession
    ("" until signed in). Never shown by ``repr``."""

    api_id: int = field(repr=False)
    api_hash: str = field(repr=False)
    session: str = field(default="", repr=False)

    def __repr__(self) -> str:
        signed_in = "signed in" if self.session else "not signed in"
        return f"TelegramCredentials({MASK}, {signed_in})"

    def secrets(self) -> tuple[str, ...]:
        return tuple(s for s in (str(self.api_id), self.api_hash, self.session) if s)


def extra_installed() -> bool:
    """True when the ``telegram`` extra (Telethon and keyring) is installed."""
    return all(importlib.util.find_spec(name) is not None for name in ("telethon", "keyring"))


def require_extra() -> None:
    if not extra_installed():
        raise TelegramUnavailableError(
            f"live Telegram channels need the optional extra: {INSTALL_HINT}"
        )


def make_credentials(api_id: Any, api_hash: Any, session: Any = "") -> TelegramCredentials:
    """Checked credentials; a ValidationError names the field, never the secret itself."""
    try:
        number = int(str(api_id).strip())
    except ValueError:
        raise ValidationError(
            "api_id", "a value that is not a number", "the number shown at my.telegram.org"
        ) from None
    if number <= 0 or number >= 2**31:
        raise ValidationError("api_id", "a number out of range", "a positive number below 2³¹")
    digest = str(api_hash or "").strip()
    if not _HASH.match(digest):
        raise ValidationError(
            "api_hash",
            f"{len(digest)} characters" if digest else "nothing",
            "the 32 hexadecimal characters shown at my.telegram.org",
        )
    text = str(session or "").strip()
    if text:
        check_session_string(text)
    return TelegramCredentials(number, digest.lower(), text)


def check_session_string(text: str) -> None:
    """A Telethon StringSession that holds an authorization key (i.e. a signed-in one)."""
    require_extra()
    from telethon.sessions import StringSession

    try:
        session = StringSession(text)
    except Exception:  # ValueError, binascii.Error, struct.error, …
        raise ValidationError(
            "session", "a string that is not a Telethon session", "a StringSession string"
        ) from None
    if session.auth_key is None:
        raise ValidationError("session", "a session that is not signed in", "a signed-in session")


def _keyring() -> Any:
    require_extra()
    return importlib.import_module("keyring")


def _call(action: str, fn: Any, *args: Any) -> Any:
    errors = importlib.import_module("keyring.errors")
    try:
        return fn(*args)
    except errors.NoKeyringError:
        raise TelegramUnavailableError(NO_KEYRING_HINT) from None
    except errors.KeyringError as exc:
        raise TelegramUnavailableError(
            f"the OS keyring refused to {action} the Telegram credentials "
            f"({type(exc).__name__}); unlock it and try again"
        ) from None


def keyring_backend_name() -> str:
    backend = _keyring().get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def save_credentials(credentials: TelegramCredentials) -> None:
    """Store the three entries; on failure nothing is half-stored that load would accept."""
    keyring = _keyring()
    values = (str(credentials.api_id), credentials.api_hash, credentials.session)
    _call("delete", _forget_all, keyring)
    for key, value in zip(_KEYS[1:] + _KEYS[:1], values[1:] + values[:1], strict=True):
        if value:  # api_id last: load() needs it, so a broken save loads as "none"
            _call("save", keyring.set_password, SERVICE, key, value)
    install_log_redaction(credentials)


def load_credentials() -> TelegramCredentials | None:
    """The saved credentials, or None when none (or only some) are saved."""
    keyring = _keyring()
    api_id, api_hash, session = (_call("read", keyring.get_password, SERVICE, k) for k in _KEYS)
    if not api_id or not api_hash:
        return None
    try:
        credentials = TelegramCredentials(int(api_id), api_hash, session or "")
    except ValueError:
        return None
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


def install_log_redaction(credentials: TelegramCredentials) -> None:
    """Mask these credentials in every record that reaches a root-logger handler (the log
    file and stderr), whichever library logged it."""
    for secret in credentials.secrets():
        REDACTOR.add(secret)
