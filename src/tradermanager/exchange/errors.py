"""What can go wrong talking to an exchange, in terms the order gateway can act on.

The distinction that matters is whether the exchange may have acted: a *rejection* means it
did not; an *unknown outcome* (timeout, lost connection, 5xx) means it may have, so the caller
must look the order up by its client id before doing anything else.
"""

from __future__ import annotations


class ExchangeError(RuntimeError):
    """Base of every connector error; the message never contains the API key or secret."""


class ExchangeUnavailableError(ExchangeError):
    """The optional ``live`` extra (ccxt) is not installed, or no keyring holds a key."""


class AuthenticationFailedError(ExchangeError):
    """The key or secret was refused, or the key lacks a permission the call needs."""


class OrderRejectedError(ExchangeError):
    """The exchange answered and did not accept the request; ``code`` is its error code."""

    def __init__(self, message: str, code: int | None = None) -> None:
        super().__init__(message)
        self.code = code


class EndpointMissingError(OrderRejectedError):
    """The server does not offer this endpoint (HTTP 404): an older or a Binance-compatible
    server; optional account reads fall back to other endpoints."""


class OrderNotFoundError(ExchangeError):
    """No order with that id (right after placing, possibly not *yet*)."""


class DuplicateClientIdError(OrderRejectedError):
    """An order with this client id already exists: the earlier attempt reached the exchange."""


class OutcomeUnknownError(ExchangeError):
    """Timeout, lost connection or a 5xx: the request may or may not have been executed."""


class RateLimitedError(ExchangeError):
    """429 (slow down) or 418 (IP banned for a while); ``retry_after`` in seconds."""

    def __init__(self, message: str, retry_after: float, banned: bool = False) -> None:
        super().__init__(message)
        self.retry_after = retry_after
        self.banned = banned
