"""The Bot API client against a loopback server answering as the Bot API does: delivery, 429
with retry_after, 5xx, timeouts, permanent refusals; the token never in an error."""

from __future__ import annotations

import time

import httpx
import pytest

from notify_servers import (
    BAD_GATEWAY,
    BLOCKED,
    CHAT_ID,
    CHAT_NOT_FOUND,
    HANG,
    SERVER_ERROR,
    TOKEN,
    UPGRADED,
    bot_api_server,
    too_many,
)
from tradermanager.domain.alert_message import AlertNotice
from tradermanager.domain.alert_routing import Severity
from tradermanager.domain.notification_settings import make_telegram
from tradermanager.notify.errors import DeliveryError
from tradermanager.notify.telegram_bot import MAX_TEXT, TelegramBot

NOTICE = AlertNotice("URGENT: Copy liquidated — Ann", "What fired: …", "<p>…</p>", Severity.URGENT)


@pytest.fixture
def api():
    with bot_api_server() as server:
        yield server


def bot(api, sleeps=None, **tuning):
    waits = sleeps if sleeps is not None else []
    return TelegramBot(make_telegram(CHAT_ID, api.url), TOKEN, sleep=waits.append, **tuning)


def test_a_message_reaches_the_chat_with_title_and_body(api):
    sent = bot(api).send(NOTICE)
    assert sent.message_id == 1 and sent.chat_id == CHAT_ID
    assert api.delivered == ["URGENT: Copy liquidated — Ann\n\nWhat fired: …"]
    method, body = api.requests[0]
    assert method == "sendMessage" and body["chat_id"] == CHAT_ID
    assert "parse_mode" not in body  # plain text: nothing to escape, nothing to reject


def test_a_429_waits_as_long_as_the_server_asks_then_delivers(api):
    api.script = [too_many(3), too_many(7)]
    sleeps: list[float] = []
    bot(api, sleeps).send(NOTICE)
    assert sleeps == [3.0, 7.0]
    assert len(api.delivered) == 1 and len(api.requests) == 3


def test_a_long_retry_after_goes_back_to_the_outbox_with_the_wait(api):
    api.script = [too_many(120)]
    sleeps: list[float] = []
    with pytest.raises(DeliveryError) as err:
        bot(api, sleeps).send(NOTICE)
    assert err.value.retry_after == 120 and not err.value.permanent
    assert "Too Many Requests" in err.value.reason
    assert sleeps == [] and api.delivered == []


def test_server_errors_are_retried_with_back_off(api):
    api.script = [SERVER_ERROR, BAD_GATEWAY]
    sleeps: list[float] = []
    bot(api, sleeps).send(NOTICE)
    assert sleeps == [1.0, 2.0] and len(api.delivered) == 1


def test_server_errors_that_persist_are_a_retryable_failure(api):
    api.script = [SERVER_ERROR, BAD_GATEWAY, SERVER_ERROR, BAD_GATEWAY]
    with pytest.raises(DeliveryError) as err:
        bot(api).send(NOTICE)
    assert not err.value.permanent and "HTTP 502" in err.value.reason
    assert api.delivered == [] and len(api.requests) == 4


def test_a_server_that_does_not_answer_times_out(api):
    api.script = [HANG, HANG]
    started = time.monotonic()
    with pytest.raises(DeliveryError) as err:
        bot(api, backoff=(0.0,), timeout=httpx.Timeout(0.5)).send(NOTICE)
    assert time.monotonic() - started < 5
    assert "did not answer in time" in err.value.reason and not err.value.permanent


def test_a_timeout_then_an_answer_delivers(api):
    api.script = [HANG]
    bot(api, timeout=httpx.Timeout(0.5)).send(NOTICE)
    assert len(api.delivered) == 1


@pytest.mark.parametrize(
    ("answer", "words"),
    [
        (CHAT_NOT_FOUND, "chat not found (check the chat id, and send your bot a message first"),
        (BLOCKED, "bot was blocked by the user"),
        (UPGRADED, "set the chat id to -1001234567890"),
    ],
)
def test_refusals_are_permanent_and_explained(api, answer, words):
    api.script = [answer]
    with pytest.raises(DeliveryError) as err:
        bot(api).send(NOTICE)
    assert err.value.permanent and words in err.value.reason
    assert len(api.requests) == 1  # not retried


def test_a_wrong_token_is_explained_without_showing_it(api):
    wrong = TOKEN[:-4] + "XXXX"
    with pytest.raises(DeliveryError) as err:
        TelegramBot(make_telegram(CHAT_ID, api.url), wrong, sleep=lambda _s: None).send(NOTICE)
    assert err.value.permanent and "@BotFather" in err.value.reason
    assert wrong not in str(err.value) and err.value.__cause__ is None
    assert wrong not in repr(TelegramBot(make_telegram(CHAT_ID, api.url), wrong))


def test_an_unreachable_server_is_a_retryable_failure_without_the_address():
    with bot_api_server() as api:
        url = api.url
    with pytest.raises(DeliveryError) as err:
        TelegramBot(make_telegram(CHAT_ID, url), TOKEN, sleep=lambda _s: None).send(NOTICE)
    assert "could not reach the Telegram server" in err.value.reason
    assert not err.value.permanent and TOKEN not in str(err.value)


def test_a_long_message_is_cut_to_the_bot_api_limit(api):
    long = AlertNotice("t", "x" * 5000, "", Severity.INFO)
    bot(api).send(long)
    assert len(api.delivered[0]) == MAX_TEXT and api.delivered[0].endswith("…")


def test_get_me_checks_the_token(api):
    assert bot(api).get_me() == "@desk_alerts_bot"
