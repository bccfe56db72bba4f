"""The live Telegram service: credentials in the keyring only (never in the database or the
logs), the listener thread started and stopped, catch-up after a restart, reconnects, a
signed-out session, links to an imported history, and life without the optional extra."""

from __future__ import annotations

import argparse
import asyncio
import io
import logging
import subprocess
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import ClassVar

import keyring
import keyring.backends.fail
import pytest

from telegram_fakes import (
    CHANNEL_ID,
    FakeTelegramClient,
    channel,
    post,
    signed_in_session,
)
from telegram_fakes import (
    memory_keyring as use_memory_keyring,
)
from tradermanager.cli import run as cli_run
from tradermanager.cli.telegram import run_telegram
from tradermanager.domain.enums import SignalKind, TradeStatus
from tradermanager.domain.errors import ValidationError
from tradermanager.services.telegram_live import LiveOutcome
from tradermanager.sources import telegram_credentials as creds
from tradermanager.sources.telegram_credentials import TelegramUnavailableError
from tradermanager.sources.telegram_live import TelegramListener
from tradermanager.store import live_messages, source_messages, trades

API_ID, API_HASH = 1234567, "0123456789abcdef0123456789abcdef"
BTC_LONG = "#BTC LONG\nEntry: 65,000\nLeverage: 5x\nSL: 63,500\nTP: 67,000\nConfidence: 80%"
EXPORT = Path(__file__).parents[1] / "sources" / "fixtures" / "telegram_export.json"


@pytest.fixture
def memory_keyring():
    with use_memory_keyring() as backend:
        yield backend


@pytest.fixture
def session() -> str:
    return signed_in_session()


@pytest.fixture
def saved(services, memory_keyring, session):
    services.telegram.save_credentials(API_ID, API_HASH, session)
    return session


@pytest.fixture
def sniper(services):
    return services.traders.add(
        name="Signal Sniper", source="telegram", source_ref="@signalsniper_vip", max_leverage=10
    )


class Clients:
    """A client factory handing out fakes, one per connection."""

    def __init__(self, *clients: FakeTelegramClient) -> None:
        self.clients = list(clients)
        self.made: list[FakeTelegramClient] = []
        self.credentials: list[creds.TelegramCredentials] = []
        self._made = threading.Condition()

    def __call__(self, credentials: creds.TelegramCredentials) -> FakeTelegramClient:
        self.credentials.append(credentials)
        client = self.clients.pop(0) if self.clients else FakeTelegramClient()
        with self._made:
            self.made.append(client)
            self._made.notify_all()
        return client

    def listening(self, index: int = 0) -> FakeTelegramClient:
        """The index-th client made, once the listener listens through it."""
        with self._made:
            assert self._made.wait_for(lambda: len(self.made) > index, timeout=10)
        client = self.made[index]
        assert client.listening.result(timeout=10)
        return client


# -- credentials -----------------------------------------------------------------------
def test_save_load_forget_in_the_keyring(memory_keyring, session):
    creds.save_credentials(creds.make_credentials(str(API_ID), API_HASH.upper(), session))
    assert set(memory_keyring.entries) == {
        (creds.SERVICE, "api_id"),
        (creds.SERVICE, "api_hash"),
        (creds.SERVICE, "session"),
    }
    loaded = creds.load_credentials()
    assert loaded == creds.TelegramCredentials(API_ID, API_HASH, session)
    assert API_HASH not in repr(loaded) and session not in repr(loaded)
    assert str(API_ID) not in repr(loaded)
    assert creds.forget_credentials() is True
    assert memory_keyring.entries == {} and creds.load_credentials() is None
    assert creds.forget_credentials() is False


def test_no_keyring_backend_says_what_to_install(services):
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        with pytest.raises(TelegramUnavailableError, match=r"keyrings\.alt"):
            creds.load_credentials()
        with pytest.raises(TelegramUnavailableError, match="Secret Service"):
            services.telegram.save_credentials(API_ID, API_HASH, signed_in_session())
    finally:
        keyring.set_keyring(previous)


@pytest.mark.parametrize(
    ("api_id", "api_hash", "session", "field"),
    [
        ("abc", API_HASH, None, "api_id"),
        ("0", API_HASH, None, "api_id"),
        (API_ID, "0123456789abcdef", None, "api_hash"),
        (API_ID, API_HASH.replace("0", "z"), None, "api_hash"),
        (API_ID, API_HASH, "not-a-session", "session"),
        (API_ID, API_HASH, "", "session"),
    ],
)
def test_bad_credentials_name_the_field_without_echoing_it(
    services, memory_keyring, api_id, api_hash, session, field
):
    given = signed_in_session() if session is None else session
    with pytest.raises(ValidationError) as err:
        services.telegram.save_credentials(api_id, api_hash, given)
    assert err.value.field == field
    assert api_hash not in str(err.value) and (not given or given not in str(err.value))
    assert memory_keyring.entries == {}  # nothing half-saved


def test_credentials_never_reach_the_database_or_the_log(services, db_path, memory_keyring, sniper):
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    root = logging.getLogger()
    root.addHandler(handler)
    old_level = root.level
    root.setLevel(logging.DEBUG)
    session = signed_in_session()
    try:
        services.telegram.save_credentials(API_ID, API_HASH, session)
        clients = Clients(FakeTelegramClient([channel()]))
        services.telegram.client_factory = clients
        services.telegram.start()
        clients.listening(0)
        clients.made[0].deliver(post(10, BTC_LONG))
        assert services.telegram.stop()
        # a library that logs a secret anyway has it masked
        logging.getLogger("telethon.network").debug("session %s hash %s", session, API_HASH)
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
    assert clients.credentials[0].session == session  # the listener got them from the keyring
    assert len(services.pipeline.signals(sniper.name)) == 1
    output = stream.getvalue()
    assert "credentials saved" in output and "«hidden»" in output
    for secret in (API_HASH, session, session[:40]):
        assert secret not in output
    services.store.close()
    files = [db_path, *db_path.parent.glob(db_path.name + "-*")]
    data = b"".join(f.read_bytes() for f in files)
    assert b"signalsniper_vip" in data  # the database was written…
    for secret in (API_HASH, session[:40], session[-40:]):  # …but holds no credential
        assert secret.encode() not in data


# -- the listener thread -------------------------------------------------------------
def test_start_listen_and_stop_with_a_metrics_refresh(services, saved, sniper):
    clients = Clients(FakeTelegramClient([channel()]))
    services.telegram.client_factory = clients
    refreshed = threading.Event()
    outcomes: list[LiveOutcome] = []
    assert services.telegram.start(on_new_signals=refreshed.set, on_outcome=outcomes.append)
    client = clients.listening(0)
    status = services.telegram.status()
    assert status.state == "listening"
    assert status.channels == ("Signal Sniper ← @signalsniper_vip",)
    client.deliver(post(10, "Good morning"))
    assert not refreshed.is_set()  # no signal, no refresh
    client.deliver(post(11, BTC_LONG, minutes=1))
    assert refreshed.wait(5)
    assert [(o.source_id, o.classification, o.signals) for o in outcomes] == [
        ("tg:10", "not_signal", 0),
        ("tg:11", "signal", 1),
    ]
    assert services.telegram.status().messages == 2
    assert services.telegram.stop(timeout=10) is True
    assert client.disconnects == 1 and not services.telegram._listener
    assert services.pipeline.signals(sniper.name)[0].signal.source_id == "tg:11"


def test_a_restart_catches_up_from_the_newest_stored_message(services, saved, sniper):
    first = FakeTelegramClient([channel()])
    history = [post(i, BTC_LONG if i == 12 else f"note {i}", minutes=i) for i in range(8, 14)]
    second = FakeTelegramClient([channel()], history=history)
    clients = Clients(first, second)
    services.telegram.client_factory = clients
    services.telegram.start()
    clients.listening(0).deliver(post(10, "note 10", minutes=10))
    services.telegram.stop()
    assert live_messages_last(services, sniper) == 10
    services.telegram.start()
    clients.listening(1)
    services.telegram.stop()
    assert second.catch_up_from == [10]
    ids = [m.source_id for m in services.imports.messages(sniper.name)]
    assert ids == ["tg:10", "tg:11", "tg:12", "tg:13"]
    assert [s.signal.source_id for s in services.pipeline.signals(sniper.name)] == ["tg:12"]


def live_messages_last(services, trader) -> int:
    return services.telegram.watched_channels()[0][0].last_message_id


def test_a_lost_connection_is_retried(services, saved, sniper):
    first, second = FakeTelegramClient([channel()]), FakeTelegramClient([channel()])
    clients = Clients(first, second)
    services.telegram.client_factory = clients
    services.telegram.retry_seconds = 0.05
    services.telegram.start()
    clients.listening(0).drop_connection()
    clients.listening(1).deliver(post(10, BTC_LONG))
    services.telegram.stop()
    assert len(services.pipeline.signals(sniper.name)) == 1


def test_a_failing_connect_waits_and_says_so(services, saved, sniper):
    clients = Clients(FakeTelegramClient(fail_connect=ConnectionError("no route")))
    services.telegram.client_factory = clients
    services.telegram.retry_seconds = 30
    services.telegram.start()
    listener = services.telegram._listener
    deadline = threading.Event()
    while services.telegram.status().state != "waiting" and not deadline.wait(0.02):
        pass
    assert "ConnectionError" in services.telegram.status().detail
    assert services.telegram.stop(timeout=5)  # the pause is interrupted at once
    assert not listener.running


def test_a_signed_out_session_stops_with_what_to_do(services, saved, sniper):
    clients = Clients(FakeTelegramClient([channel()], authorized=False))
    services.telegram.client_factory = clients
    services.telegram.start()
    services.telegram._listener._thread.join(5)
    status = services.telegram.status()
    assert status.state == "failed" and "telegram login" in status.detail


def test_without_credentials_the_listener_says_how_to_sign_in(services, memory_keyring, sniper):
    services.telegram.client_factory = Clients()
    services.telegram.start()
    services.telegram._listener._thread.join(5)
    assert services.telegram.status().state == "failed"
    assert "No signed-in Telegram session" in services.telegram.status().detail


def test_saving_new_credentials_restarts_a_running_listener(services, saved, sniper):
    clients = Clients(FakeTelegramClient([channel()]), FakeTelegramClient([channel()]))
    services.telegram.client_factory = clients
    services.telegram.start()
    clients.listening(0)
    other = signed_in_session()
    services.telegram.save_credentials(API_ID + 1, API_HASH, other)
    clients.listening(1)
    assert clients.credentials[1].api_id == API_ID + 1
    assert services.telegram.forget_credentials() is True
    assert services.telegram.status().state == "stopped"


def test_a_trader_added_while_listening_is_watched(services, saved, sniper):
    extra = channel(CHANNEL_ID + 5, "other_calls")
    clients = Clients(FakeTelegramClient([channel(), extra]))
    services.telegram.client_factory = clients
    services.telegram.start()
    clients.listening(0)
    other = services.traders.add(name="Other", source="telegram", source_ref="t.me/other_calls")
    services.telegram.refresh_channels()
    deadline = threading.Event()
    while len(services.telegram.status().channels) < 2 and not deadline.wait(0.02):
        pass
    clients.made[0].deliver(post(3, BTC_LONG, channel_id=CHANNEL_ID + 5))
    services.telegram.stop()
    assert len(services.pipeline.signals(other.name)) == 1
    assert services.pipeline.signals(sniper.name) == []


# -- with an imported history ------------------------------------------------------------
def test_live_follow_ups_close_a_position_opened_in_an_imported_export(services):
    report = services.imports.import_telegram(EXPORT)
    trader = services.traders.get(report.trader)
    assert trader.settings.source_ref == "telegram:1777000001"
    watched, _ = services.telegram.watched_channels()
    assert watched[0].last_message_id == 11
    listener = TelegramListener(lambda: None, watched, services.telegram.process)
    asyncio.run(listener._resolve(FakeTelegramClient([channel(username=None)])))
    listener.handle_message(post(12, "DOGE Target 1 ✅", reply_to=11))
    listener.handle_message(post(13, "Closed DOGE at 0.1650", minutes=5))
    listener.handle_message(post(11, "duplicate of an imported id"))
    stored = {m.source_id: m for m in services.imports.messages(trader.name)}
    assert stored["tg:12"].links_to == "tg:11" and stored["tg:13"].links_to == "tg:11"
    assert stored["tg:11"].text.startswith("#DOGE/USDT LONG")  # the imported one stays
    closing = [s for s in services.pipeline.signals(trader.name) if s.signal.source_id == "tg:13"]
    assert closing[0].signal.kind is SignalKind.CLOSE and closing[0].signal.price == 0.165
    doge = _trade(trader.id, "tg:11")
    assert doge.status is TradeStatus.CLOSED and doge.exit_price == 0.165
    # 20× on 2 % of 10 000 USD: 4 000 USD notional, long 0.15 → 0.165, 0.04 % fee each side
    move = 0.165 / 0.15 - 1
    assert doge.pnl == pytest.approx(4000 * move - 4000 * 0.0004 - 4000 * (1 + move) * 0.0004)


def _trade(trader_id: int, source_id: str):
    everything = trades.trades_between(
        trader_id, datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC)
    )
    return next(t for t in everything if t.source_id == source_id)


def test_open_position_context_leaves_out_closed_positions(services):
    report = services.imports.import_telegram(EXPORT)
    trader = services.traders.get(report.trader)
    context = [m.source_id for m in live_messages.open_position_messages(trader.id)]
    assert context == ["tg:11"]  # BTC (tg:3) and SOL (tg:4) were closed in the export


# -- without the extra -------------------------------------------------------------------
def test_without_the_extra_the_service_and_cli_say_how_to_install(services, monkeypatch, capsys):
    monkeypatch.setattr(creds, "extra_installed", lambda: False)
    assert services.telegram.available() is False
    assert services.telegram.start() is False
    assert services.telegram.status().state == "unavailable"
    assert 'pip install "tradermanager[telegram]"' in services.telegram.status().detail


def test_everything_else_works_when_telethon_and_keyring_are_missing(tmp_path):
    script = f"""
import sys
sys.modules["telethon"] = None
sys.modules["keyring"] = None
from tradermanager.cli import run
db = {str(tmp_path / "x.sqlite")!r}
assert run(["traders", "add", "--db", db, "--name", "A", "--source", "telegram",
            "--source-ref", "@abcd"]) == 0
code = run(["telegram", "status", "--db", db])
assert code == 4, code
assert "telethon" not in sys.modules or sys.modules["telethon"] is None
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert 'pip install "tradermanager[telegram]"' in done.stderr


# -- the command line ----------------------------------------------------------------------
def test_cli_login_with_a_session_status_and_forget(db_path, memory_keyring, capsys):
    session = signed_in_session()
    db = str(db_path)
    assert (
        cli_run(
            [
                "traders",
                "add",
                "--db",
                db,
                "--name",
                "S",
                "--source",
                "telegram",
                "--source-ref",
                "@signalsniper_vip",
            ]
        )
        == 0
    )
    capsys.readouterr()
    args = ["telegram", "login", "--db", db, "--api-id", str(API_ID), "--api-hash", API_HASH]
    assert cli_run([*args, "--session", session]) == 0
    out = capsys.readouterr()
    assert "OS keyring" in out.out and session not in out.out + out.err
    assert cli_run(["telegram", "status", "--db", db]) == 0
    status = capsys.readouterr().out
    assert "saved (signed in)" in status and "S ← @signalsniper_vip" in status
    assert API_HASH not in status and session not in status
    assert cli_run(["telegram", "forget", "--db", db]) == 0
    assert "removed" in capsys.readouterr().out
    assert cli_run([*args, "--session", "garbage"]) == 2
    assert "session" in capsys.readouterr().err


def test_cli_listen_prints_each_message_and_stops(services, saved, sniper, capsys):
    history = [post(11, BTC_LONG), post(12, "Target 1 ✅", reply_to=11, minutes=3)]
    clients = Clients(FakeTelegramClient([channel()], history=history))
    services.telegram.client_factory = clients
    with services.store.write():
        source_messages.insert_messages(
            sniper.id, [("tg:10", post(10, "x").date, "x", "not_signal", "", "")]
        )
    run_telegram(services, argparse.Namespace(action="listen", seconds=1.0, json=False))
    out = capsys.readouterr()
    assert "Signal Sniper tg:11: signal; 1 accepted, 0 rejected" in out.out
    assert "Signal Sniper tg:12: follow_up of tg:11; 1 accepted, 0 rejected" in out.out
    assert "Listening to 1 channel(s)" in out.err
    assert services.telegram._listener is None


# -- the app's quit order ------------------------------------------------------------------
def test_the_app_stops_the_listener_before_the_scheduler(services, saved, sniper):
    from tradermanager import app
    from tradermanager.jobs.bridge import JobBridge
    from tradermanager.jobs.scheduler import AppScheduler

    scheduler = AppScheduler(services, JobBridge(), refresh_minutes=60)
    clients = Clients(FakeTelegramClient([channel()]))
    services.telegram.client_factory = clients
    scheduler.start()
    services.telegram.start(on_new_signals=scheduler.run_soon)
    clients.listening(0).deliver(post(10, BTC_LONG))  # asks the scheduler for a refresh
    listener = services.telegram._listener
    order = []
    real_shutdown = scheduler.shutdown

    def shutdown() -> None:
        order.append(("scheduler", listener.running))
        real_shutdown()

    scheduler.shutdown = shutdown  # type: ignore[method-assign]
    app.shutdown(scheduler, services)
    assert order == [("scheduler", False)]  # the listener had already ended
    assert not scheduler.running and clients.made[0].disconnects == 1


# -- interactive sign-in -------------------------------------------------------------------
class SigningInClient:
    """Stands in for TelegramClient during ``start``: asks for phone, code and password as
    Telethon does, then holds a signed-in session."""

    made: ClassVar[list[SigningInClient]] = []

    def __init__(self, session, api_id, api_hash) -> None:
        self.session, self.api_id, self.api_hash = session, api_id, api_hash
        self.answers: list[str] = []
        self.disconnected = False
        SigningInClient.made.append(self)

    async def start(self, *, phone, code_callback, password) -> None:
        self.answers = [phone(), code_callback(), password()]
        from telethon.crypto import AuthKey

        self.session.auth_key = AuthKey(bytes(range(256)))
        self.session.set_dc(2, "149.154.167.51", 443)

    async def disconnect(self) -> None:
        self.disconnected = True


def test_cli_login_asks_for_phone_code_and_password(db_path, memory_keyring, monkeypatch, capsys):
    from tradermanager.sources import telegram_live

    SigningInClient.made.clear()
    monkeypatch.setattr(telegram_live, "TelegramClient", SigningInClient)
    monkeypatch.setattr("sys.stdin", io.StringIO("+15550001111\n12345\n"))
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "two-step secret")
    args = ["telegram", "login", "--db", str(db_path), "--api-id", str(API_ID)]
    assert cli_run([*args, "--api-hash", API_HASH]) == 0
    (client,) = SigningInClient.made
    assert client.answers == ["+15550001111", "12345", "two-step secret"]
    assert (client.api_id, client.api_hash) == (API_ID, API_HASH) and client.disconnected
    saved = creds.load_credentials()
    assert saved is not None and saved.session == client.session.save()
    err = capsys.readouterr().err
    assert "Code Telegram sent you" in err and "two-step secret" not in err


class FailingCatchUp(FakeTelegramClient):
    def __init__(self, error: BaseException) -> None:
        super().__init__([channel()])
        self.error = error

    async def iter_messages(self, entity, *, min_id=0, reverse=False, limit=None):
        raise self.error
        yield  # an async generator, like Telethon's


def test_catch_up_errors_are_survived_or_retried(services, saved, sniper):
    from telethon import errors

    with services.store.write():
        source_messages.insert_messages(
            sniper.id, [("tg:10", post(10, "x").date, "x", "not_signal", "", "")]
        )
    private = FailingCatchUp(errors.ChannelPrivateError(request=None))
    clients = Clients(private)
    services.telegram.client_factory = clients
    services.telegram.start()
    clients.listening(0).deliver(post(11, BTC_LONG))  # still listening to the others
    services.telegram.stop()
    assert len(services.pipeline.signals(sniper.name)) == 1

    dropped = FailingCatchUp(ConnectionError("reset"))
    clients = Clients(dropped, FakeTelegramClient([channel()]))
    services.telegram.client_factory = clients
    services.telegram.retry_seconds = 0.05
    services.telegram.start()
    clients.listening(1)  # reconnected after the failed session
    services.telegram.stop()
    assert dropped.disconnects == 1  # the broken session was closed, not left open


def test_a_deletion_for_review_refreshes_the_window_and_counts_its_cancel(services, saved, sniper):
    clients = Clients(FakeTelegramClient([channel()]))
    services.telegram.client_factory = clients
    refreshes: list[int] = []
    outcomes: list[LiveOutcome] = []
    services.telegram.start(on_new_signals=lambda: refreshes.append(1), on_outcome=outcomes.append)
    client = clients.listening(0)
    client.deliver(post(11, BTC_LONG))
    client.delete([11])
    assert services.telegram.stop(timeout=10) is True
    signal, deleted = outcomes
    assert (signal.classification, signal.signals) == ("signal", 1)
    assert (deleted.source_id, deleted.classification, deleted.signals) == (
        "tg:11",
        "needs_review",
        1,
    )
    assert len(refreshes) == 2  # the signal, then the deletion (its cancel and the review)
    assert [i.kind for i in services.review.items()] == ["deletion"]
