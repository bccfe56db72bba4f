"""Live Telegram channels: credentials in the OS keyring, a listener thread, and each message
stored in its own transaction and run through the copy pipeline.

A message goes through the same interpretation as an export (``sources.telegram_channel``):
it is interpreted after the messages of the trader's positions that are still open, so a
follow-up links to its signal by reply or to the latest open signal of its symbol, exactly as
in an import. The same message id never makes a second signal (source ids are per trader).
An edit of a message stored as "not a signal", "needs review" or "skipped" is interpreted
again (a price added later makes it a signal, timed at the edit). An edit of a signal whose
position is open that changes its stop, targets or leverage becomes an update signal carrying
the new levels (recorded on the message as an edit); an edit that changes its symbol, side or
entries, or that makes it unreadable, is kept for review and the copy left as it is. An edit of
a follow-up, or of a signal whose position has closed, changes nothing, and the outcome says
so. A deleted message is recorded on the stored message; a deleted signal whose position is
open goes to review (a channel also deletes old posts, so a deletion is not taken as a cancel).

Works without the optional extra: :meth:`available` is then False and every action that needs
Telethon or keyring raises ``TelegramUnavailableError`` naming what to install.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from tradermanager.domain.enums import SignalKind, Source, TradeStatus
from tradermanager.domain.errors import ValidationError
from tradermanager.domain.models import Signal, Trader
from tradermanager.services.pipeline import BatchReport, PipelineService
from tradermanager.services.reference_prices import ReferencePrices
from tradermanager.services.traders import TraderService
from tradermanager.sources import telegram_credentials as creds
from tradermanager.sources.signal_parser import MessageKind, edited_fields, parse_message
from tradermanager.sources.telegram_channel import interpret, source_id
from tradermanager.sources.telegram_credentials import TelegramUnavailableError
from tradermanager.sources.telegram_export import ExportMessage, TelegramExport
from tradermanager.sources.telegram_watch import (
    ListenerStatus,
    LiveMessage,
    WatchedChannel,
    parse_channel_ref,
)
from tradermanager.store import live_messages as live_repo
from tradermanager.store import source_messages
from tradermanager.store.connection import Store
from tradermanager.store.source_messages import StoredMessage

__all__ = ["LiveOutcome", "TelegramLiveService", "TelegramUnavailableError"]

log = logging.getLogger(__name__)

ACTED_ON = ("signal", "follow_up")


@dataclass(frozen=True, slots=True, kw_only=True)
class LiveOutcome:
    """What became of one live message for one trader. ``classification`` is that of the
    export import, or ``duplicate`` (read before) / ``edit_ignored``."""

    trader: str
    source_id: str
    classification: str
    reason: str = ""
    links_to: str = ""
    signals: int = 0  # new signals stored (each with its decision)
    accepted: int = 0
    rejected: int = 0
    edited: bool = False


class TelegramLiveService:
    def __init__(
        self,
        store: Store,
        traders: TraderService,
        pipeline: PipelineService,
        *,
        client_factory: Callable[[Any], Any] | None = None,
    ) -> None:
        self._store = store
        self._traders = traders
        self._pipeline = pipeline
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
        if outcome.signals and self._on_new_signals is not None:
            self._on_new_signals()
        if self._on_outcome is not None:
            self._on_outcome(outcome)
        return outcome

    # -- one message ------------------------------------------------------------------
    def process(self, live: LiveMessage) -> LiveOutcome:
        """Interpret, record and copy one message, in one write transaction."""
        message, sid = live.message, source_id(live.message)
        with self._store.write():
            trader = self._traders.get(live.trader_id)
            stored = live_repo.find_message(trader.id, sid)
            if live.deleted:
                return self._deleted(trader, stored, sid)
            if _edits_a_signal(stored, live):
                assert stored is not None
                edit = self._edit_open_signal(trader, stored, live)
                if edit is not None:
                    return edit
            skip = _why_not_again(stored, live)
            if skip is not None:
                return LiveOutcome(
                    trader=trader.name,
                    source_id=sid,
                    classification=skip[0],
                    reason=skip[1],
                    edited=live.edited,
                )
            context = tuple(
                _as_export(m)
                for m in live_repo.open_position_messages(trader.id)
                if m.source_id != sid
            )
            history = interpret(
                TelegramExport(trader.name, None, "channel", (*context, message)),
                trader.settings.reference_capital,
                ReferencePrices(),
            )
            record = next(r for r in reversed(history.records) if r.source_id == sid)
            fields = (record.text, record.classification, record.reason, record.links_to)
            if stored is None:
                source_messages.insert_messages(trader.id, [(sid, record.time, *fields)])
            else:
                live_repo.update_message(
                    trader.id,
                    sid,
                    time=record.time,
                    text=record.text,
                    classification=record.classification,
                    reason=record.reason,
                    links_to=record.links_to,
                )
            for trade in history.trades:
                closed = trade.source_id == record.links_to and trade.status is TradeStatus.CLOSED
                if trade.source_id == sid or closed:
                    live_repo.save_trade(trader.id, trade)
            signals = [s for s in history.signals if s.source_id == sid]
            batch = self._pipeline.process_many(trader.id, signals) if signals else None
        return _outcome(
            trader, record.classification, record.reason, record.links_to, sid, batch, live.edited
        )

    def _open_signal(self, trader: Trader, sid: str) -> Signal | None:
        """The opening signal of ``sid``'s position when it is still open (replayed from the
        stored messages, as a follow-up would be linked)."""
        context = tuple(_as_export(m) for m in live_repo.open_position_messages(trader.id))
        if not any(m.source_id == sid for m in live_repo.open_position_messages(trader.id)):
            return None
        history = interpret(
            TelegramExport(trader.name, None, "channel", context),
            trader.settings.reference_capital,
        )
        return next((s for s in history.signals if s.source_id == sid), None)

    def _edit_open_signal(
        self, trader: Trader, stored: StoredMessage, live: LiveMessage
    ) -> LiveOutcome | None:
        """An edit of a signal whose position is open; None when that position has closed."""
        sid = stored.source_id
        opening = self._open_signal(trader, sid)
        if opening is None:
            return None
        before, after = parse_message(stored.text), parse_message(live.message.text)
        if after.kind is not MessageKind.SIGNAL:
            return self._edit_for_review(
                trader, stored, f"The edit makes the signal unreadable ({after.reason})"
            )
        changed = edited_fields(before, after)
        if not changed:
            return LiveOutcome(
                trader=trader.name,
                source_id=sid,
                classification="duplicate",
                reason="Edited without a change to its levels.",
                edited=True,
            )
        moved = [f for f in changed if f in ("symbol", "side", "order_type", "entries")]
        if moved:
            return self._edit_for_review(
                trader, stored, f"The edit changes the {', '.join(moved)} of a copied signal"
            )
        when = live.message.edited_time or live.message.time
        update = replace(
            opening,
            source_id=f"{sid}:edit:{int(when.timestamp())}",
            kind=SignalKind.UPDATE,
            stop_loss=after.stop_loss,
            take_profits=after.take_profits,
            leverage=after.leverage or opening.leverage,
            trader_time=when,
            received_time=when,
            raw_text=live.message.text,
            confidence=None,
        )
        note = f"Edited: {', '.join(changed)} changed; the copy follows the edit."
        live_repo.update_message(
            trader.id,
            sid,
            time=stored.received_time,
            text=live.message.text,
            classification=stored.classification,
            reason=note,
            links_to=stored.links_to,
        )
        batch = self._pipeline.process_many(trader.id, [update])
        return _outcome(trader, "follow_up", note, sid, sid, batch, True)

    def _edit_for_review(self, trader: Trader, stored: StoredMessage, why: str) -> LiveOutcome:
        reason = f"{why}: the copy is left as it was; check it by hand."
        live_repo.update_message(
            trader.id,
            stored.source_id,
            time=stored.received_time,
            text=stored.text,
            classification=stored.classification,
            reason=reason,
            links_to=stored.links_to,
        )
        return LiveOutcome(
            trader=trader.name,
            source_id=stored.source_id,
            classification="needs_review",
            reason=reason,
            edited=True,
        )

    def _deleted(self, trader: Trader, stored: StoredMessage | None, sid: str) -> LiveOutcome:
        if stored is None:
            return LiveOutcome(
                trader=trader.name,
                source_id=sid,
                classification="skipped",
                reason="Deleted before it was read.",
            )
        open_signal = stored.classification == "signal" and self._open_signal(trader, sid)
        if open_signal:
            reason = (
                "Deleted by the channel while its position is open: the copy is left as it "
                "is; check it by hand."
            )
            kind = "needs_review"
        else:
            reason = "Deleted by the channel."
            kind = stored.classification
        live_repo.update_message(
            trader.id,
            sid,
            time=stored.received_time,
            text=stored.text,
            classification=stored.classification,
            reason=f"{stored.reason} {reason}".strip() if stored.reason else reason,
            links_to=stored.links_to,
        )
        return LiveOutcome(trader=trader.name, source_id=sid, classification=kind, reason=reason)


def _edits_a_signal(stored: StoredMessage | None, live: LiveMessage) -> bool:
    return (
        stored is not None
        and live.edited
        and stored.classification == "signal"
        and stored.text != live.message.text
    )


def _why_not_again(stored: StoredMessage | None, live: LiveMessage) -> tuple[str, str] | None:
    """(classification, reason) when the message must not be interpreted again."""
    if stored is not None and not live.edited:
        return "duplicate", "Read before; nothing new stored."
    if stored is None and live.edited:
        return (
            "edit_ignored",
            "Edit of a message that was not read when it was posted: not copied.",
        )
    if stored is not None and stored.classification in ACTED_ON:
        return (
            "edit_ignored",
            f"Edited after it was read as a {stored.classification.replace('_', '-')}: the "
            "copy follows the message as first posted.",
        )
    if stored is not None and stored.text == live.message.text:
        return "duplicate", "Edited without a change to its text."
    return None


def _as_export(stored: StoredMessage) -> ExportMessage:
    links = stored.links_to
    return ExportMessage(
        id=int(stored.source_id.removeprefix("tg:")),
        time=stored.received_time,
        text=stored.text,
        reply_to=int(links.removeprefix("tg:")) if links.startswith("tg:") else None,
    )


def _outcome(
    trader: Trader,
    classification: str,
    reason: str,
    links_to: str,
    sid: str,
    batch: BatchReport | None,
    edited: bool,
) -> LiveOutcome:
    new = 0 if batch is None else batch.received - batch.duplicates
    return LiveOutcome(
        trader=trader.name,
        source_id=sid,
        classification=classification,
        reason=reason,
        links_to=links_to,
        signals=new,
        accepted=0 if batch is None else batch.accepted,
        rejected=0 if batch is None else batch.rejected,
        edited=edited,
    )
