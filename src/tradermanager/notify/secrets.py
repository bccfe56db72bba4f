"""The Telegram bot token and the SMTP password, kept only in the OS keyring.

Never written to the database, the settings, the logs or a crash report: every secret read
or saved is registered with :class:`SecretRedactor`, which masks it in any log record reaching
a root-logger handler, and error messages name the field without the value. The ``keyring``
package comes with the optional ``notify`` extra and is imported only when needed.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import Any

from tradermanager.domain.secret_redaction import REDACTOR
from tradermanager.notify.errors import NotifyUnavailableError

SERVICE = "tradermanager-notify"
BOT_TOKEN = "telegram_bot_token"
SMTP_PASSWORD = "smtp_password"
INSTALL_HINT = 'pip install "tradermanager[notify]"'
NO_KEYRING_HINT = (
    "no OS keyring is available to keep the bot token and SMTP password. On Linux, run a "
    "Secret Service (GNOME Keyring, KWallet or KeePassXC with Secret Service enabled) and "
    "unlock it; on a machine without one, `pip install keyrings.alt` adds a file-based keyring."
)


def keyring_installed() -> bool:
    return importlib.util.find_spec("keyring") is not None


def _keyring() -> Any:
    if not keyring_installed():
        raise NotifyUnavailableError(
            f"keeping the bot token and SMTP password needs the keyring package: {INSTALL_HINT}"
        )
    return importlib.import_module("keyring")


def _call(action: str, fn: Any, *args: Any) -> Any:
    errors = importlib.import_module("keyring.errors")
    try:
        return fn(*args)
    except errors.NoKeyringError:
        raise NotifyUnavailableError(NO_KEYRING_HINT) from None
    except errors.KeyringError as exc:
        raise NotifyUnavailableError(
            f"the OS keyring refused to {action} a notification secret "
            f"({type(exc).__name__}); unlock it and try again"
        ) from None


def save_secret(key: str, value: str) -> None:
    keyring = _keyring()
    _call("save", keyring.set_password, SERVICE, key, value)
    REDACTOR.add(value)


def load_secret(key: str) -> str | None:
    keyring = _keyring()
    value = _call("read", keyring.get_password, SERVICE, key)
    if value:
        REDACTOR.add(value)
    return value or None


def forget_secret(key: str) -> bool:
    """Delete one secret; True when one was saved."""
    keyring = _keyring()
    errors = importlib.import_module("keyring.errors")
    if _call("read", keyring.get_password, SERVICE, key) is None:
        return False
    try:
        _call("delete", keyring.delete_password, SERVICE, key)
    except NotifyUnavailableError:
        raise
    except errors.PasswordDeleteError:
        return False
    return True


def backend_name() -> str:
    backend = _keyring().get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"
