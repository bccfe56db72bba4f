"""Managing traders: add, list, get, update, archive/delete, toggle, size, tokens, promote.

Every operation is one IMMEDIATE transaction; a failed operation leaves the file as it was.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from tradermanager.domain.clock import Clock
from tradermanager.domain.enums import Source, TraderStatus
from tradermanager.domain.errors import ConflictError, NotFoundError, ValidationError
from tradermanager.domain.models import Trader
from tradermanager.domain.paper import position_size
from tradermanager.domain.settings import TraderSettings, make_settings, update_settings
from tradermanager.domain.tokens import normalise_token
from tradermanager.services.app_settings import AppSettingsService
from tradermanager.store import traders as repo
from tradermanager.store.connection import Store

TraderRef = int | str


@dataclass(frozen=True, slots=True)
class TraderEvent:
    at: datetime
    kind: str
    detail: str


@dataclass(frozen=True, slots=True)
class HistoryCounts:
    """What deleting a trader for good would remove."""

    trades: int
    signals: int
    copies: int


class TraderService:
    def __init__(self, store: Store, clock: Clock, app_settings: AppSettingsService) -> None:
        self._store = store
        self._clock = clock
        self._app_settings = app_settings

    # -- reading -----------------------------------------------------------------------------
    def get(self, ref: TraderRef, *, include_archived: bool = True) -> Trader:
        """A trader by id or by name (case-insensitive); raises NotFoundError."""
        if isinstance(ref, int):
            trader = repo.row_to_trader(repo.get_row(ref))
            if trader.archived_at is not None and not include_archived:
                raise NotFoundError(f"trader {trader.name!r} is archived")
            return trader
        found = repo.find_by_name(ref, include_archived=include_archived)
        if found is None:
            raise NotFoundError(f"no trader named {ref!r}")
        return found

    def list(
        self,
        *,
        status: TraderStatus | str | None = None,
        source: Source | str | None = None,
        token: str | None = None,
    ) -> builtins.list[Trader]:
        """Non-archived traders (or only archived ones with ``status='archived'``)."""
        try:
            status_ = TraderStatus(status) if status else None
        except ValueError:
            raise ValidationError("status", status, "active, paused or archived") from None
        try:
            source_ = Source(source) if source else None
        except ValueError:
            raise ValidationError("source", source, "binance, telegram or manual") from None
        token_ = normalise_token(token, "token") if token else None
        return repo.list_traders(status=status_, source=source_, token=token_)

    def traded_tokens(self) -> builtins.list[str]:
        """Every token some trader has traded, for filters."""
        return repo.traded_tokens()

    def history(self, ref: TraderRef) -> builtins.list[TraderEvent]:
        trader = self.get(ref)
        return [TraderEvent(at, kind, detail) for at, kind, detail in repo.events(trader.id)]

    def history_counts(self, ref: TraderRef) -> HistoryCounts:
        return HistoryCounts(*repo.history_counts(self.get(ref).id))

    def size_per_trade(self, trader: Trader) -> float:
        """USD margin per copied trade: base size × multiplier."""
        return position_size(self._app_settings.get().base_size, trader.settings.multiplier)

    # -- writing -----------------------------------------------------------------------------
    def add(self, settings: TraderSettings | None = None, **values: Any) -> Trader:
        """Create a trader from validated settings or from keyword values."""
        settings = settings if settings is not None else make_settings(**values)
        now = self._clock.now()
        with self._store.write():
            self._check_name_free(settings.name)
            trader_id = repo.insert(settings, now)
            repo.record_event(trader_id, now, "created", _describe(settings))
        return self.get(trader_id)

    def update(self, ref: TraderRef, **changes: Any) -> Trader:
        """Change any settings; validated as a whole; ``updated_at`` moves."""
        now = self._clock.now()
        with self._store.write():
            trader = self.get(ref)
            new = update_settings(trader.settings, **changes)
            if new.name.lower() != trader.name.lower() and trader.archived_at is None:
                self._check_name_free(new.name, except_id=trader.id)
            repo.save_settings(trader.id, new, now)
            repo.record_event(trader.id, now, "updated", _diff(trader.settings, new))
        return self.get(trader.id)

    def toggle(self, ref: TraderRef, active: bool | None = None) -> Trader:
        """On/off (flip when ``active`` is None). Off stops new signals; open positions stay."""
        trader = self.get(ref)
        target = (not trader.settings.active) if active is None else active
        return self.update(trader.id, active=target)

    def pause_all(self) -> builtins.list[str]:
        """Pause every active trader in one transaction; returns their names."""
        return self._set_all(active=False, event="paused (pause all)")

    def resume_all(self) -> builtins.list[str]:
        """Resume every paused (not archived) trader; returns their names."""
        return self._set_all(active=True, event="resumed (resume all)")

    def _set_all(self, *, active: bool, event: str) -> builtins.list[str]:
        now = self._clock.now()
        changed = []
        with self._store.write():
            for trader in repo.list_traders():
                if trader.settings.active != active:
                    repo.save_settings(trader.id, replace(trader.settings, active=active), now)
                    repo.record_event(trader.id, now, event)
                    changed.append(trader.name)
        return changed

    def set_multiplier(self, ref: TraderRef, multiplier: float) -> float:
        """Set the position-size multiplier (0.5–2.0); returns the new USD per trade."""
        return self.size_per_trade(self.update(ref, multiplier=multiplier))

    def set_tokens(
        self,
        ref: TraderRef,
        *,
        whitelist: Iterable[str] | str | None = None,
        blacklist: Iterable[str] | str | None = None,
    ) -> Trader:
        changes: dict[str, Any] = {}
        if whitelist is not None:
            changes["whitelist"] = whitelist
        if blacklist is not None:
            changes["blacklist"] = blacklist
        return self.update(ref, **changes)

    def duplicate(self, ref: TraderRef, new_name: str) -> Trader:
        """Same settings under a new name; the copy starts paused."""
        source = self.get(ref)
        settings = update_settings(source.settings, name=new_name, active=False)
        return self.add(settings)

    def promote_to_live(self, ref: TraderRef, *, detail: str = "") -> Trader:
        """Paper → live: new signals go to the live executor from now on. The promotion
        criteria are checked by ``PromotionService.promote``; this records the switch."""
        return self._set_mode(ref, paper_only=False, event="promoted to live", detail=detail)

    def demote_to_paper(self, ref: TraderRef) -> Trader:
        return self._set_mode(ref, paper_only=True, event="back to paper")

    def delete(self, ref: TraderRef, *, purge: bool = False) -> None:
        """Archive (recoverable, default) or, with ``purge``, delete with all its history."""
        now = self._clock.now()
        with self._store.write():
            trader = self.get(ref)
            if purge:
                repo.delete(trader.id)
                return
            if trader.archived_at is None:
                repo.set_archived(trader.id, now, now)
                repo.record_event(trader.id, now, "archived")

    def restore(self, ref: TraderRef) -> Trader:
        """Bring an archived trader back (its name must be free again)."""
        now = self._clock.now()
        with self._store.write():
            trader = self.get(ref)
            if trader.archived_at is None:
                return trader
            self._check_name_free(trader.name, except_id=trader.id)
            repo.set_archived(trader.id, None, now)
            repo.record_event(trader.id, now, "restored")
        return self.get(trader.id)

    # -- helpers -----------------------------------------------------------------------------
    def _set_mode(
        self, ref: TraderRef, *, paper_only: bool, event: str, detail: str = ""
    ) -> Trader:
        now = self._clock.now()
        with self._store.write():
            trader = self.get(ref)
            if trader.settings.paper_only == paper_only:
                return trader
            repo.save_settings(trader.id, replace(trader.settings, paper_only=paper_only), now)
            repo.record_event(trader.id, now, event, detail)
        return self.get(trader.id)

    @staticmethod
    def _check_name_free(name: str, except_id: int | None = None) -> None:
        if repo.name_taken(name, except_id=except_id):
            raise ConflictError("name", name, "a name no other (non-archived) trader has")


def _describe(settings: TraderSettings) -> str:
    return f"{settings.source.value} {settings.source_ref}".strip()


def _diff(old: TraderSettings, new: TraderSettings) -> str:
    changed = []
    for field in old.__dataclass_fields__:
        before, after = getattr(old, field), getattr(new, field)
        if before != after:
            if isinstance(after, frozenset):
                before, after = ",".join(sorted(before)) or "-", ",".join(sorted(after)) or "-"
            changed.append(f"{field}: {before} → {after}")
    return "; ".join(changed)
