"""Sending a message through the Telegram Bot API (``sendMessage``) with httpx.

Every answer of the Bot API is JSON ``{"ok": true, "result": …}`` or ``{"ok": false,
"error_code": n, "description": "…", "parameters": {…}}``. A 429 carries
``parameters.retry_after`` (seconds): the bot waits that long when it is short and retries,
or hands the wait back to the outbox when it is long. 5xx answers, timeouts and dropped
connections are retried with back-off; a 400/401/403 (chat not found, bad token, bot
blocked) is permanent. The token is part of the URL, so no httpx exception or URL ever
leaves this module: errors say what happened in words, without the address.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from tradermanager.domain.alert_message import AlertNotice
from tradermanager.domain.notification_settings import TelegramChannel
from tradermanager.notify.errors import DeliveryError

log = logging.getLogger(__name__)

MAX_TEXT = 4096  # characters per message (Bot API limit)
TIMEOUT = httpx.Timeout(10.0, connect=5.0)
BACKOFF = (1.0, 2.0, 4.0)  # seconds before the 2nd, 3rd, 4th try of one send
LONGEST_WAIT = 30.0  # a retry_after above this goes back to the outbox


@dataclass(frozen=True, slots=True)
class SentMessage:
    message_id: int
    chat_id: str


@dataclass
class TelegramBot:
    channel: TelegramChannel
    token: str = field(repr=False)
    timeout: httpx.Timeout = field(default_factory=lambda: TIMEOUT)
    backoff: tuple[float, ...] = BACKOFF
    longest_wait: float = LONGEST_WAIT
    sleep: Callable[[float], None] = time.sleep
    transport: httpx.BaseTransport | None = None

    def __repr__(self) -> str:
        return f"TelegramBot(chat {self.channel.chat_id}, {self.channel.base_url})"

    def send(self, notice: AlertNotice) -> SentMessage:
        """Send ``notice`` to the channel's chat; raises DeliveryError when it did not go out."""
        text = notice.telegram_text
        if len(text) > MAX_TEXT:
            text = text[: MAX_TEXT - 1] + "…"
        payload = {"chat_id": self.channel.chat_id, "text": text, "disable_web_page_preview": True}
        result = self._call("sendMessage", payload)
        chat = result.get("chat", {}) if isinstance(result, dict) else {}
        return SentMessage(int(result.get("message_id", 0)), str(chat.get("id", "")))

    def get_me(self) -> str:
        """The bot's @username: checks the token without sending anything."""
        result = self._call("getMe", {})
        return "@" + str(result.get("username", "")) if isinstance(result, dict) else ""

    def _call(self, method: str, payload: dict[str, Any]) -> Any:
        url = f"{self.channel.base_url}/bot{self.token}/{method}"
        attempt = 0
        with httpx.Client(timeout=self.timeout, transport=self.transport) as client:
            while True:
                try:
                    return self._once(client, url, method, payload)
                except DeliveryError as exc:
                    wait = self._wait_before_retry(exc, attempt)
                    if wait is None:
                        raise
                    log.info("Telegram %s: %s; trying again in %.1f s", method, exc.reason, wait)
                    self.sleep(wait)
                    attempt += 1

    def _wait_before_retry(self, exc: DeliveryError, attempt: int) -> float | None:
        if exc.permanent or attempt >= len(self.backoff):
            return None
        if exc.retry_after is not None:
            return exc.retry_after if exc.retry_after <= self.longest_wait else None
        return self.backoff[attempt]

    def _once(self, client: httpx.Client, url: str, method: str, payload: dict[str, Any]) -> Any:
        try:
            response = client.post(url, json=payload)
        except httpx.TimeoutException:
            raise DeliveryError(f"the Telegram server did not answer in time ({method})") from None
        except httpx.TransportError as exc:
            raise DeliveryError(
                f"could not reach the Telegram server ({type(exc).__name__})"
            ) from None
        return _result(response)


def _result(response: httpx.Response) -> Any:
    status = response.status_code
    try:
        body = response.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):
        if status >= 500 or status == 429:
            raise DeliveryError(f"the Telegram server failed (HTTP {status})")
        raise DeliveryError(
            f"the Telegram server answered HTTP {status} without a Bot API reply; check the "
            "server address",
            permanent=True,
        )
    if body.get("ok") is True and status < 300:
        return body.get("result")
    code = int(body.get("error_code") or status)
    description = str(body.get("description") or f"HTTP {status}")
    raw = body.get("parameters")
    parameters: dict[str, Any] = raw if isinstance(raw, dict) else {}
    if code == 429:
        retry_after = _number(parameters.get("retry_after"))
        raise DeliveryError(
            f"Telegram asks to slow down: {description}", retry_after=retry_after or 5.0
        )
    if code >= 500:
        raise DeliveryError(f"the Telegram server failed: {description} (HTTP {code})")
    if "migrate_to_chat_id" in parameters:
        raise DeliveryError(
            f"{description}: the group is now a supergroup; set the chat id to "
            f"{parameters['migrate_to_chat_id']}",
            permanent=True,
        )
    hint = HINTS.get(code, "")
    raise DeliveryError(f"Telegram refused the message: {description}{hint}", permanent=True)


HINTS = {
    400: " (check the chat id, and send your bot a message first: bots cannot start a chat)",
    401: " (the bot token is wrong or was revoked: create a new one with @BotFather)",
    403: " (the bot was blocked or removed from the chat)",
    404: " (the bot token is wrong)",
}


def _number(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None
