"""Live Telegram channels: credentials in the OS keyring, a listener thread, and each message
stored in its own transaction and run through the copy pipeline. What a new, edited or
deleted message does is decided in ``services.channel_messages``, shared with an export
imported again.

Works without the optional extra: :meth:`available` is then False and every action that needs
Telethon or keyring raises ``TelegramUnavailableError`` naming what to install.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from tradermanager.domain.enums import Source
from tradermanager.domain.errors import ValidationError
from tradermanager.services.channel_messages import ChannelMessages, HoldsPosition, LiveOutcome
from tradermanager.services.pipeline import PipelineService
from tradermanager.services.traders import TraderService
from tradermanager.sources import telegram_credentials as creds
from tradermanager.sources.telegram_credentials import TelegramUnavailableError
from tradermanager.sources.telegram_watch import (
    ListenerStatus,
    LiveMessage,
    WatchedChannel,
    parse_channel_ref,
)
from tradermanager.store import live_messages as live_repo
from tradermanager.store.connection import Store

__all__ = ["LiveOutcome", "TelegramLiveService", "TelegramUnavailableError"]

log = logging.getLogger(__name__)


class TelegramLiveService:
    def __init__(
        self,
        store: Store,
        traders: TraderService,
        pipeline: PipelineService,
        *,
        client_factory: Callable[[Any], Any] | None = None,
        holds_position: HoldsPosition | None = None,
    ) -> None:
        self._store = store
        self._traders = traders
        self._pipeline = pipeline
        self._messages = ChannelMessages(pipeline, holds_position)
        self.client_factory = client_factory  # None: Telethon's real client
        self.retry_seconds = 30.0  # after a lost connection
        self._lock = threading.RLock()  # start, stop and restarts one at a time
        self._stops = 0  # a restart planned before a stop does not happen after it
        self._listener: Any = None
        self._wanted = False
        self._on_new_signals: Callable[[], None] | None = None
        self._on_outcome: Callable[[LiveOutcome], None] | None = None

    # -- availability and credentials -------------------------------------------------
    @staticmethod
    def available() -> bool:
        """True when the optional ``telegram`` extra is installed."""
        return creds.extra_installed()

    install_hint = creds.INSTALL_HINT

    def has_credentials(self) -> bool:
        return self.available() and creds.load_credentials() is not None

    def keyring_backend(self) -> str:
        """The OS keyring in use (module and class), for the status line."""
        return creds.keyring_backend_name()

    def check_credentials(self, api_id: Any, api_hash: Any, session: Any) -> None:
        """Raise ValidationError naming the first field that is wrong (never its value)."""
        self._checked(api_id, api_hash, session)

    @staticmethod
    def _checked(api_id: Any, api_hash: Any, session: Any) -> creds.TelegramCredentials:
        credentials = creds.make_credentials(api_id, api_hash, session)
        if not credentials.session:
            raise ValidationError(
                "session",
                "nothing",
                "a signed-in Telethon StringSession (`tradermanager telegram login` makes one)",
            )
        return credentials

    def save_credentials(self, api_id: Any, api_hash: Any, session: Any) -> None:
        """Check and keep the credentials in the OS keyring; a running (or wanted) listener
        restarts with them."""
        creds.save_credentials(self._checked(api_id, api_hash, session))
        log.info("telegram: credentials saved in the OS keyring")
        with self._lock:
            wanted, stops = self._wanted, self._stops
        if wanted:  # off the caller's thread: a disconnect may take a moment
            threading.Thread(
                target=self._restart, args=(stops,), name="telegram-restart", daemon=True
            ).start()

    def _restart(self, stops: int) -> None:
        with self._lock:
            if stops != self._stops:
                return
            listener, self._listener = self._listener, None
            if listener is not None:
                listener.stop()
            self.start(on_new_signals=self._on_new_signals, on_outcome=self._on_outcome)

    def sign_in(
        self,
        api_id: Any,
        api_hash: Any,
        *,
        phone: Callable[[], str],
        code: Callable[[], str],
        password: Callable[[], str],
    ) -> None:
        """Interactive sign-in (Telegram sends a code to the account); saves the session."""
        checked = creds.make_credentials(api_id, api_hash)
        from tradermanager.sources.telegram_live import sign_in

        session = sign_in(
            checked.api_id, checked.api_hash, phone=phone, code=code, password=password
        )
        self.save_credentials(checked.api_id, checked.api_hash, session)

    def forget_credentials(self) -> bool:
        """Stop listening and delete the saved credentials; True when some were saved."""
        with self._lock:
            self._wanted = False
        self.stop(timeout=2.0)  # the thread ends on its own if Telegram is slow to answer
        forgotten = creds.forget_credentials()
        log.info("telegram: credentials removed from the OS keyring")
        return forgotten

    # -- what is watched ----------------------------------------------------------------
    def watched_channels(self) -> tuple[list[WatchedChannel], list[str]]:
        """Channels of the non-archived telegram traders, and a sentence per trader whose
        source reference names no channel."""
        watched, problems = [], []
        for trader in self._traders.list(source=Source.TELEGRAM):
            ref = parse_channel_ref(trader.settings.source_ref)
            if ref is None:
                problems.append(
                    f"{trader.name}: source reference {trader.settings.source_ref!r} names no "
                    "channel (use @username, a t.me link or telegram:<chat id>)."
                )
                continue
            watched.append(
                WatchedChannel(trader.id, trader.name, ref, live_repo.last_message_id(trader.id))
            )
        return watched, problems

    # -- the listener -----------------------------------------------------------------
    def start(
        self,
        *,
        on_new_signals: Callable[[], None] | None = None,
        on_outcome: Callable[[LiveOutcome], None] | None = None,
    ) -> bool:
        """Start listening in the background (credentials are read from the keyring on the
        listener's thread, so a keyring prompt never blocks the caller). False when the
        extra is not installed."""
        if not self.available():
            return False
        from tradermanager.sources.telegram_live import TelegramListener, telethon_client

        with self._lock:
            self._wanted = True
            self._on_new_signals = on_new_signals
            self._on_outcome = on_outcome
            if self._listener is not None and self._listener.running:
                self._listener.watch(self.watched_channels()[0])
                return True
            channels, _ = self.watched_channels()
            self._listener = TelegramListener(
                creds.load_credentials,
                channels,
                self._receive,
                client_factory=self.client_factory or telethon_client,
                on_thread_exit=self._store.close,  # the listener thread's connection
                retry_seconds=self.retry_seconds,
            )
            self._listener.start()
        return True

    def stop(self, timeout: float = 10.0) -> bool:
        """Disconnect and wait for the listener's thread; True when it ended in time."""
        with self._lock:
            self._stops += 1
            listener, self._listener = self._listener, None
            return listener.stop(timeout) if listener is not None else True

    def refresh_channels(self) -> None:
        """Traders changed: watch the channels of the current telegram traders."""
        listener = self._listener
        if listener is not None and listener.running:
            listener.watch(self.watched_channels()[0])

    def status(self) -> ListenerStatus:
        if not self.available():
            return ListenerStatus("unavailable", f"Needs the optional extra: {self.install_hint}")
        listener = self._listener
        status = listener.status if listener is not None else ListenerStatus("stopped")
        problems = self.watched_channels()[1]
        if problems:
            status = ListenerStatus(
                status.state,
                status.detail,
                status.channels,
                (*status.unresolved, *problems),
                status.messages,
                status.last_message_at,
                status.since,
            )
        return status

    def _receive(self, live: LiveMessage) -> LiveOutcome:
        outcome = self.process(live)
        # new signals change the copies; a message for review changes the window's count
        changed = outcome.signals or outcome.classification == "needs_review"
        if changed and self._on_new_signals is not None:
            self._on_new_signals()
        if self._on_outcome is not None:
            self._on_outcome(outcome)
        return outcome

    # -- one message ------------------------------------------------------------------
    def process(self, live: LiveMessage) -> LiveOutcome:
        """Interpret, record and copy one message, in one write transaction."""
        with self._store.write():
            return self._messages.apply(self._traders.get(live.trader_id), live)
