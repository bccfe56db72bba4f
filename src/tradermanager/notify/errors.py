"""What a delivery attempt can end with besides success."""

from __future__ import annotations


class DeliveryError(Exception):
    """A message did not go out. ``reason`` is for the user (no secrets in it);
    ``permanent`` means retrying the same message cannot help (wrong chat, bad login);
    ``retry_after`` is the server's requested wait in seconds, when it gave one."""

    def __init__(
        self, reason: str, *, permanent: bool = False, retry_after: float | None = None
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent
        self.retry_after = retry_after


class NotifyUnavailableError(RuntimeError):
    """Secrets cannot be kept here: the keyring package or an OS keyring is missing."""
