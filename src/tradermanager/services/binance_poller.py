"""Polling Binance lead traders: read their positions, turn what changed into signals, copy.

Every trader with source ``binance`` (active or paused — a pause stops new positions, not
closes; archived ones are skipped) is read through the leaderboard endpoints; its
``source_ref`` is the lead trader's ``encryptedUid``. The network is read first, outside any
transaction; then one write transaction records the whole poll: per trader the position
changes go through the copy pipeline and the positions seen are remembered (in
``source_state``, so a restart continues where it stopped). Each trader is a savepoint: one
trader's failure is reported and leaves the others' results in place.

* The first look at a trader (no remembered positions) only remembers them: positions that
  were open before we watched are not copied late at another price.
* Hidden positions (not shared by the trader) are reported as hidden; the remembered
  positions stay as they were, so nothing is closed because we could not see.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from tradermanager.domain.app_settings import AppSettings
from tradermanager.domain.clock import Clock
from tradermanager.domain.enums import Source
from tradermanager.domain.errors import NotFoundError, ValidationError
from tradermanager.domain.models import Trader
from tradermanager.services.app_settings import AppSettingsService
from tradermanager.services.pipeline import PipelineService
from tradermanager.services.traders import TraderService
from tradermanager.sources.binance_leaderboard import (
    BinanceError,
    BinanceLeaderboardClient,
    ClientConfig,
    LeadPositions,
    LeadProfile,
    PerformanceFigure,
)
from tradermanager.sources.binance_trade_history import ACCOUNT_REF_PREFIX
from tradermanager.sources.demo_portfolio import DEMO_REF_PREFIX
from tradermanager.sources.position_diff import (
    diff_positions,
    positions_from_json,
    positions_to_json,
    track,
)
from tradermanager.store import source_state
from tradermanager.store.connection import Store

ClientFactory = Callable[[AppSettings], BinanceLeaderboardClient]
_UID = re.compile(r"^[A-Za-z0-9]{8,64}$")
NO_PROFILE = (DEMO_REF_PREFIX, ACCOUNT_REF_PREFIX)  # references the poller does not read
UID_ALLOWED = "the lead trader's encryptedUid (8–64 letters and digits, from the profile link)"


def state_key(encrypted_uid: str) -> str:
    """Where a trader's last positions are remembered; per uid, so a changed source_ref
    starts afresh instead of comparing two different people."""
    return f"binance.positions:{encrypted_uid}"


def default_client(settings: AppSettings) -> BinanceLeaderboardClient:
    return BinanceLeaderboardClient(
        ClientConfig(
            base_url=settings.binance_base_url,
            requests_per_second=settings.binance_requests_per_second,
        )
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class TraderPoll:
    """One trader's poll. ``positions`` counts open positions seen (None when hidden or
    failed); ``baseline`` means the first look: remembered, nothing copied."""

    trader: str
    encrypted_uid: str
    nickname: str | None = None
    positions: int | None = None
    hidden: bool = False
    baseline: bool = False
    changes: tuple[str, ...] = ()
    signals_created: int = 0
    accepted: int = 0
    rejected: int = 0
    performance: tuple[PerformanceFigure, ...] = ()
    error: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class BinancePollReport:
    polled_at: datetime
    traders_polled: int
    positions_seen: int
    signals_created: int
    accepted: int
    rejected: int
    hidden: int
    errors: tuple[str, ...]
    traders: tuple[TraderPoll, ...]

    @staticmethod
    def of(polled_at: datetime, results: list[TraderPoll]) -> BinancePollReport:
        return BinancePollReport(
            polled_at=polled_at,
            traders_polled=len(results),
            positions_seen=sum(r.positions or 0 for r in results),
            signals_created=sum(r.signals_created for r in results),
            accepted=sum(r.accepted for r in results),
            rejected=sum(r.rejected for r in results),
            hidden=sum(1 for r in results if r.hidden),
            errors=tuple(f"{r.trader}: {r.error}" for r in results if r.error),
            traders=tuple(results),
        )


@dataclass(frozen=True, slots=True)
class _Read:
    profile: LeadProfile
    performance: tuple[PerformanceFigure, ...]
    positions: LeadPositions


class BinancePollerService:
    def __init__(
        self,
        store: Store,
        clock: Clock,
        traders: TraderService,
        pipeline: PipelineService,
        settings: AppSettingsService,
        *,
        client_factory: ClientFactory = default_client,
    ) -> None:
        self._store = store
        self._clock = clock
        self._traders = traders
        self._pipeline = pipeline
        self._settings = settings
        self._client_factory = client_factory

    def targets(self, trader: int | str | None = None) -> list[Trader]:
        """The traders a poll reads: one named trader, or every non-archived Binance trader
        with a leaderboard profile (not the demo portfolio's, nor traders known only from
        their account's trade-history export)."""
        if trader is None:
            return [
                t
                for t in self._traders.list(source=Source.BINANCE)
                if not t.settings.source_ref.startswith(NO_PROFILE)
            ]
        found = self._traders.get(trader, include_archived=False)
        if found.settings.source is not Source.BINANCE:
            raise ValidationError(
                "trader", found.name, f"a trader with source binance (not {found.settings.source})"
            )
        if found.settings.source_ref.startswith(DEMO_REF_PREFIX):
            raise ValidationError(
                "trader", found.name, "a real lead trader (this one is from the demo portfolio)"
            )
        if found.settings.source_ref.startswith(ACCOUNT_REF_PREFIX):
            raise ValidationError(
                "trader",
                found.name,
                "a lead trader with a leaderboard profile (this one is known from its "
                "account's trade-history export; set source_ref to the encryptedUid to poll it)",
            )
        return [found]

    def poll(self, trader: int | str | None = None) -> BinancePollReport:
        """Read every target once, then record changes and decisions in one transaction."""
        targets = self.targets(trader)
        reads: dict[str, _Read | str] = {}
        uids = {t.settings.source_ref.strip() for t in targets}
        wanted = sorted(uid for uid in uids if _UID.match(uid))
        if wanted:
            with self._client_factory(self._settings.get()) as client:
                for uid in wanted:
                    reads[uid] = _read(client, uid)
        now = self._clock.now()
        results = []
        with self._store.write():
            for target in targets:
                uid = target.settings.source_ref.strip()
                read = reads.get(uid)
                if read is None:
                    error = str(ValidationError("source_ref", uid, UID_ALLOWED))
                    results.append(TraderPoll(trader=target.name, encrypted_uid=uid, error=error))
                elif isinstance(read, str):
                    results.append(TraderPoll(trader=target.name, encrypted_uid=uid, error=read))
                else:
                    results.append(self._record(target, uid, read, now))
        return BinancePollReport.of(now, results)

    def _record(self, trader: Trader, uid: str, read: _Read, now: datetime) -> TraderPoll:
        base = TraderPoll(
            trader=trader.name,
            encrypted_uid=uid,
            nickname=read.profile.nickname,
            performance=read.performance,
        )
        if read.positions.hidden:
            return _with(base, hidden=True)
        key = state_key(uid)
        try:
            with self._store.write():  # a savepoint: this trader only
                stored = source_state.read(trader.id, key)
                notes: tuple[str, ...] = ()
                previous = None
                if stored is not None:
                    try:
                        previous = positions_from_json(stored)
                    except ValidationError as exc:
                        notes = (f"remembered positions unreadable, started afresh ({exc})",)
                current = track(previous, read.positions.positions, f"binance:{uid}")
                source_state.write(trader.id, key, positions_to_json(current), now)
                if previous is None:
                    return _with(base, positions=len(current), baseline=True, changes=notes)
                changes = diff_positions(previous, current)
                label = f"Binance lead trader {read.profile.nickname}"
                signals = [c.signal(now, label) for c in changes]
                batch = self._pipeline.process_many(trader.id, signals)
        except NotFoundError as exc:  # deleted while the network was read
            return _with(base, error=str(exc))
        return _with(
            base,
            positions=len(current),
            changes=tuple(c.describe() for c in changes),
            signals_created=batch.received - batch.duplicates,
            accepted=batch.accepted,
            rejected=batch.rejected,
        )


def _read(client: BinanceLeaderboardClient, uid: str) -> _Read | str:
    """The three reads of one lead trader, or the error that stopped them."""
    try:
        profile = client.profile(uid)
        performance = client.performance(uid)
        positions = (
            client.positions(uid) if profile.positions_shared else LeadPositions(hidden=True)
        )
    except BinanceError as exc:
        return str(exc)
    return _Read(profile, performance, positions)


def _with(base: TraderPoll, **changes: object) -> TraderPoll:
    return replace(base, **changes)  # type: ignore[arg-type]
