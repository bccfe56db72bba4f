"""The whole portfolio: everything I copy, together — exposure per token across traders,
the combined equity, drawdown and tail risk of my copies, each trader's share of the P&L and
of the risk, opposite positions, and a what-if of other multipliers.

``load`` reads the database once into an immutable :class:`PortfolioInputs`; ``summarise``
computes every figure from it without touching the database, so a what-if (other
multipliers) costs milliseconds; ``apply_multipliers`` saves the chosen ones in one
transaction. Formulas: docs/metrics.md, "Portfolio".
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

import numpy as np
import pandas as pd

from tradermanager.domain.clock import Clock
from tradermanager.domain.enums import Side, TradeStatus
from tradermanager.domain.errors import ValidationError
from tradermanager.domain.models import Trader
from tradermanager.domain.setting_specs import MULTIPLIER
from tradermanager.metrics import day_axis
from tradermanager.metrics import portfolio as pm
from tradermanager.services.app_settings import AppSettingsService
from tradermanager.services.traders import TraderService
from tradermanager.store import frames
from tradermanager.store.connection import Store


@dataclass(frozen=True, slots=True)
class PortfolioTrader:
    id: int
    name: str
    multiplier: float  # as saved
    archived: bool


@dataclass(frozen=True, slots=True)
class OpenPosition:
    """One open copied position; ``notional`` = margin × leverage (USD)."""

    trader_id: int
    trader_name: str
    symbol: str
    side: Side
    margin: float
    leverage: float
    notional: float
    opened_at: datetime


def _frozen(values: np.ndarray) -> np.ndarray:
    out = np.array(values, dtype=float)
    out.flags.writeable = False
    return out


@dataclass(frozen=True)
class PortfolioInputs:
    """Everything the portfolio figures read, loaded once (immutable; safe across threads).

    ``daily_pnl`` is traders × days (USD booked on the close day), rows in ``traders``
    order, columns ``days``; read-only."""

    as_of: datetime
    capital: float  # USD, the global setting my_capital
    traders: tuple[PortfolioTrader, ...]
    positions: tuple[OpenPosition, ...]
    days: tuple[date, ...]
    daily_pnl: np.ndarray = field(compare=False, repr=False)
    closed_copies: tuple[int, ...] = ()  # per trader, same order

    def trader(self, trader_id: int) -> PortfolioTrader:
        for t in self.traders:
            if t.id == trader_id:
                return t
        raise ValidationError("trader", trader_id, "a trader in the portfolio")


@dataclass(frozen=True, slots=True)
class TokenExposure:
    symbol: str
    long: float  # USD notional, ≥ 0
    short: float  # USD notional, ≥ 0
    net: float  # long − short
    gross: float  # long + short
    share: float | None  # gross ÷ total gross


@dataclass(frozen=True, slots=True)
class TraderContribution:
    trader_id: int
    name: str
    multiplier: float  # the one the figures use (the what-if one when given)
    saved_multiplier: float
    closed_copies: int
    open_positions: int
    open_notional: float  # USD
    pnl: float  # USD, realized by the closed copies
    pnl_share: float | None  # pnl ÷ |total P&L|
    risk_share: float | None  # cov(p_i, P) ÷ var(P)


@dataclass(frozen=True, slots=True)
class ConflictLeg:
    trader_id: int
    trader_name: str
    side: Side
    notional: float
    margin: float
    leverage: float
    since: datetime


@dataclass(frozen=True, slots=True)
class Conflict:
    """A token on which different traders hold opposite sides: I pay fees on both legs and
    the net bet is only ``net`` (long − short notional, USD)."""

    symbol: str
    legs: tuple[ConflictLeg, ...]
    net: float


@dataclass(frozen=True, slots=True)
class PortfolioSummary:
    as_of: datetime
    capital: float
    what_if: bool  # some multiplier differs from the saved one
    multipliers: tuple[tuple[int, float], ...]  # (trader id, multiplier used)
    exposure: tuple[TokenExposure, ...]
    total_long: float
    total_short: float
    total_net: float
    total_gross: float
    combined_leverage: float | None  # total gross ÷ capital
    open_positions: int
    days: tuple[date, ...]
    daily_pnl: tuple[float, ...]  # USD, all traders summed
    equity: tuple[float, ...]  # USD at each day's close
    drawdown: tuple[float, ...]  # fraction ≤ 0
    total_pnl: float
    max_drawdown: float | None
    current_drawdown: float | None
    var_95: float | None  # USD, one day; a loss is negative
    cvar_95: float | None
    var_95_pct: float | None  # of capital
    cvar_95_pct: float | None
    contributions: tuple[TraderContribution, ...]
    conflicts: tuple[Conflict, ...]

    @property
    def final_equity(self) -> float:
        return self.equity[-1] if self.equity else self.capital


def _none(value: float) -> float | None:
    return float(value) if math.isfinite(value) else None


class PortfolioService:
    def __init__(
        self,
        store: Store,
        clock: Clock,
        traders: TraderService,
        app_settings: AppSettingsService,
    ) -> None:
        self._store = store
        self._clock = clock
        self._traders = traders
        self._app_settings = app_settings

    # -- reading -----------------------------------------------------------------------------
    def load(self) -> PortfolioInputs:
        """Every trader I follow (and archived ones with copies), my copies of them and my
        capital; the one database read behind the figures."""
        now = self._clock.now()
        copies = frames.copies_frame(None)
        with_copies = set(copies["trader_id"].tolist())
        listed: list[Trader] = self._traders.list() + [
            t for t in self._traders.list(status="archived") if t.id in with_copies
        ]
        listed.sort(key=lambda t: (t.name.lower(), t.id))
        ids = [t.id for t in listed]
        names = {t.id: t.name for t in listed}
        copies = copies[copies["trader_id"].isin(ids)]
        status = copies["status"].astype(str)
        open_rows = copies[status == TradeStatus.OPEN.value]
        closed = copies[(status != TradeStatus.OPEN.value) & copies["closed_at"].notna()]
        positions = _positions(open_rows, names)
        end = pd.Timestamp(now)
        if len(closed):
            end = max(end, closed["closed_at"].max())
        if len(copies):
            days = day_axis(min(copies["opened_at"].min(), end), end)
        else:
            days = pd.DatetimeIndex([], tz="UTC")
        matrix = pm.daily_pnl_matrix(closed[list(pm.CLOSED_COLUMNS)], ids, days)
        counts = closed["trader_id"].value_counts()
        return PortfolioInputs(
            as_of=now,
            capital=self._app_settings.get().my_capital,
            traders=tuple(
                PortfolioTrader(t.id, t.name, t.settings.multiplier, t.archived_at is not None)
                for t in listed
            ),
            positions=positions,
            days=tuple(d.date() for d in days),
            daily_pnl=_frozen(matrix),
            closed_copies=tuple(int(counts.get(t, 0)) for t in ids),
        )

    def summary(self, multipliers: Mapping[int, float] | None = None) -> PortfolioSummary:
        """Load and summarise in one call (the CLI, scripts)."""
        return self.summarise(self.load(), multipliers)

    def summarise(
        self, inputs: PortfolioInputs, multipliers: Mapping[int, float] | None = None
    ) -> PortfolioSummary:
        """Every portfolio figure from ``inputs``, with the copies of the traders in
        ``multipliers`` (trader id → multiplier) rescaled by new ÷ saved multiplier — size,
        notional and P&L are proportional to the multiplier. No database access."""
        chosen = self._checked(inputs, multipliers or {})
        traders = inputs.traders
        used = np.array([chosen.get(t.id, t.multiplier) for t in traders], dtype=float)
        saved = np.array([t.multiplier for t in traders], dtype=float)
        factors = used / saved if len(traders) else np.zeros(0)
        factor_of = {t.id: float(f) for t, f in zip(traders, factors, strict=True)}
        positions = [_scaled(p, factor_of.get(p.trader_id, 1.0)) for p in inputs.positions]
        frame = pd.DataFrame(
            {
                "trader_id": [p.trader_id for p in positions],
                "symbol": [p.symbol for p in positions],
                "side": [p.side.value for p in positions],
                "notional": [p.notional for p in positions],
            },
            columns=list(pm.POSITION_COLUMNS),
        )
        table = pm.token_exposure(frame)
        long_, short = float(table["long"].sum()), float(table["short"].sum())
        matrix = pm.scaled(inputs.daily_pnl, factors) if len(traders) else inputs.daily_pnl
        combined = matrix.sum(axis=0) if len(traders) else np.zeros(len(inputs.days))
        equity, drawdown = pm.equity_and_drawdown(combined, inputs.capital)
        var, cvar = pm.tail_risk(combined)
        per_trader = matrix.sum(axis=1)
        return PortfolioSummary(
            as_of=inputs.as_of,
            capital=inputs.capital,
            what_if=bool(np.any(np.abs(used - saved) > 1e-12)),
            multipliers=tuple((t.id, float(u)) for t, u in zip(traders, used, strict=True)),
            exposure=tuple(
                TokenExposure(
                    str(s),
                    float(r.long),
                    float(r.short),
                    float(r.net),
                    float(r.gross),
                    _none(float(r.share)),
                )
                for s, r in table.iterrows()
            ),
            total_long=long_,
            total_short=short,
            total_net=long_ - short,
            total_gross=long_ + short,
            combined_leverage=_none(pm.combined_leverage(long_ + short, inputs.capital)),
            open_positions=len(positions),
            days=inputs.days,
            daily_pnl=tuple(combined.tolist()),
            equity=tuple(equity.tolist()),
            drawdown=tuple(drawdown.tolist()),
            total_pnl=float(combined.sum()),
            max_drawdown=float(drawdown.min()) if drawdown.size else None,
            current_drawdown=float(drawdown[-1]) if drawdown.size else None,
            var_95=_none(var),
            cvar_95=_none(cvar),
            var_95_pct=_none(var / inputs.capital),
            cvar_95_pct=_none(cvar / inputs.capital),
            contributions=_contributions(inputs, used, positions, matrix, per_trader),
            conflicts=_conflicts(frame, positions),
        )

    # -- writing -----------------------------------------------------------------------------
    def apply_multipliers(self, multipliers: Mapping[int, float]) -> dict[int, float]:
        """Save new multipliers (trader id → 0.5–2.0) in one transaction: all or none.
        Returns each trader's new USD size per trade."""
        for trader_id, value in multipliers.items():
            _check_multiplier(trader_id, value)
        with self._store.write():
            return {
                trader_id: self._traders.set_multiplier(trader_id, float(value))
                for trader_id, value in multipliers.items()
            }

    @staticmethod
    def _checked(inputs: PortfolioInputs, multipliers: Mapping[int, float]) -> dict[int, float]:
        out = {}
        for trader_id, value in multipliers.items():
            inputs.trader(trader_id)
            out[trader_id] = _check_multiplier(trader_id, value)
        return out


def _check_multiplier(trader_id: int, value: float) -> float:
    if isinstance(value, str):  # the spec would parse "1.5"; a what-if takes numbers only
        raise ValidationError(f"multiplier of trader {trader_id}", value, MULTIPLIER.allowed)
    try:
        return MULTIPLIER.check(value)
    except ValidationError:
        raise ValidationError(
            f"multiplier of trader {trader_id}", value, MULTIPLIER.allowed
        ) from None


def _positions(rows: pd.DataFrame, names: Mapping[int, str]) -> tuple[OpenPosition, ...]:
    """Open copies (rows of the copies frame) as domain records."""
    margins = rows["margin"].to_numpy(dtype=float).tolist()
    leverages = rows["leverage"].to_numpy(dtype=float).tolist()
    return tuple(
        OpenPosition(
            trader_id=trader_id,
            trader_name=names[trader_id],
            symbol=symbol,
            side=Side(side),
            margin=margin,
            leverage=leverage,
            notional=margin * leverage,
            opened_at=opened_at,
        )
        for trader_id, symbol, side, margin, leverage, opened_at in zip(
            rows["trader_id"].to_numpy(dtype=np.int64).tolist(),
            rows["symbol"].astype(str).tolist(),
            rows["side"].astype(str).tolist(),
            margins,
            leverages,
            rows["opened_at"].dt.to_pydatetime().tolist(),
            strict=True,
        )
    )


def _scaled(position: OpenPosition, factor: float) -> OpenPosition:
    if factor == 1.0:
        return position
    return OpenPosition(
        position.trader_id,
        position.trader_name,
        position.symbol,
        position.side,
        position.margin * factor,
        position.leverage,
        position.notional * factor,
        position.opened_at,
    )


def _contributions(
    inputs: PortfolioInputs,
    used: np.ndarray,
    positions: list[OpenPosition],
    matrix: np.ndarray,
    per_trader: np.ndarray,
) -> tuple[TraderContribution, ...]:
    risk = pm.risk_contributions(matrix)
    shares = pm.pnl_shares(per_trader)
    held: dict[int, list[OpenPosition]] = {}
    for p in positions:
        held.setdefault(p.trader_id, []).append(p)
    out = []
    for i, t in enumerate(inputs.traders):
        mine = held.get(t.id, [])
        out.append(
            TraderContribution(
                trader_id=t.id,
                name=t.name,
                multiplier=float(used[i]),
                saved_multiplier=t.multiplier,
                closed_copies=inputs.closed_copies[i],
                open_positions=len(mine),
                open_notional=float(sum(p.notional for p in mine)),
                pnl=float(per_trader[i]),
                pnl_share=_none(shares[i]),
                risk_share=_none(risk[i]),
            )
        )
    return tuple(out)


def _conflicts(frame: pd.DataFrame, positions: list[OpenPosition]) -> tuple[Conflict, ...]:
    out = []
    for symbol in pm.opposite_sides(frame):
        legs = sorted(
            (p for p in positions if p.symbol == symbol), key=lambda p: (p.opened_at, p.trader_id)
        )
        net = sum(p.notional * p.side.direction for p in legs)
        out.append(
            Conflict(
                symbol,
                tuple(
                    ConflictLeg(
                        p.trader_id,
                        p.trader_name,
                        p.side,
                        p.notional,
                        p.margin,
                        p.leverage,
                        p.opened_at,
                    )
                    for p in legs
                ),
                float(net),
            )
        )
    return tuple(out)
