"""When a paper trader has earned real money: criteria on its paper track record.

Global defaults live in the app settings; a trader may override any of them. Promotion is
allowed when every criterion is met, or explicitly overridden by the user.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from tradermanager.domain.errors import ValidationError


@dataclass(frozen=True, slots=True)
class PromotionCriteria:
    min_trades: int = 5  # closed paper trades
    min_days: int = 14  # days since the first paper trade
    min_win_rate: float = 0.5  # fraction of closed paper trades that made money
    max_drawdown: float = -0.20  # the paper equity's worst drawdown must be better (higher)
    # the trader's own risk (its metrics over RISK_WINDOW), however well the paper record went
    max_avg_leverage: float = 10.0  # the trader's average leverage must not exceed this
    max_liquidation_risk: float = 0.02  # mean probability that a trade reaches liquidation
    max_risk_score: float = 7.0  # the 0–10 risk score must not exceed this


RISK_WINDOW = "90d"  # the metrics window the risk criteria read


_BOUNDS: dict[str, tuple[float, float, str]] = {
    "min_trades": (1, 10_000, "a whole number of trades from 1 to 10000"),
    "min_days": (0, 3650, "a whole number of days from 0 to 3650"),
    "min_win_rate": (0.0, 1.0, "a fraction from 0 to 1"),
    "max_drawdown": (-1.0, 0.0, "a drawdown fraction from -1 to 0 (e.g. -0.2)"),
    "max_avg_leverage": (1.0, 125.0, "a leverage from 1 to 125 (e.g. 10)"),
    "max_liquidation_risk": (0.0, 1.0, "a probability from 0 to 1 (e.g. 0.02 for 2 %)"),
    "max_risk_score": (0.0, 10.0, "a risk score from 0 to 10"),
}


def update_criteria(current: PromotionCriteria, **changes: Any) -> PromotionCriteria:
    clean: dict[str, Any] = {}
    for key, value in changes.items():
        if key not in _BOUNDS:
            names = ", ".join(f.name for f in fields(PromotionCriteria))
            raise ValidationError(key, value, names)
        low, high, allowed = _BOUNDS[key]
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not low <= value <= high
        ):
            raise ValidationError(key, value, allowed)
        if key in ("min_trades", "min_days"):
            if value != int(value):
                raise ValidationError(key, value, allowed)
            value = int(value)
        clean[key] = value
    return replace(current, **clean)


@dataclass(frozen=True, slots=True)
class PaperRecord:
    """A trader's paper track record (my paper copies of it)."""

    closed_trades: int
    winning_trades: int
    days: float  # since the first paper trade opened
    max_drawdown: float | None  # of the paper equity (fraction ≤ 0); None without trades
    pnl: float  # USD
    # the trader's own risk over RISK_WINDOW; None until its metrics are computed (or, for
    # the last two, without the price history they need)
    avg_leverage: float | None = None
    liquidation_risk: float | None = None
    risk_score: float | None = None


@dataclass(frozen=True, slots=True)
class CriterionCheck:
    name: str
    required: str
    actual: str
    met: bool


@dataclass(frozen=True, slots=True)
class PromotionStatus:
    criteria: PromotionCriteria
    record: PaperRecord
    checks: tuple[CriterionCheck, ...]

    @property
    def ready(self) -> bool:
        return all(c.met for c in self.checks)

    @property
    def failing(self) -> tuple[CriterionCheck, ...]:
        return tuple(c for c in self.checks if not c.met)

    @property
    def summary(self) -> str:
        """e.g. "5/5 trades profitable, 9 of 14 days — not ready for live yet"."""
        r, c = self.record, self.criteria
        if self.ready:
            verdict = "ready for live?"
        else:
            verdict = "not ready for live: " + ", ".join(c.name for c in self.failing)
        days = int(r.days)
        progress = f"{days} of {c.min_days} days" if days <= c.min_days else f"{days} days"
        return f"{r.winning_trades}/{r.closed_trades} trades profitable, {progress} — {verdict}"


def check_promotion(record: PaperRecord, criteria: PromotionCriteria) -> PromotionStatus:
    win_rate = record.winning_trades / record.closed_trades if record.closed_trades else None
    dd = record.max_drawdown
    checks = (
        CriterionCheck(
            "paper trades",
            f"≥ {criteria.min_trades}",
            str(record.closed_trades),
            record.closed_trades >= criteria.min_trades,
        ),
        CriterionCheck(
            "days of paper trading",
            f"≥ {criteria.min_days}",
            f"{record.days:.1f}",
            record.days >= criteria.min_days,
        ),
        CriterionCheck(
            "win rate",
            f"≥ {criteria.min_win_rate:.0%}",
            "—" if win_rate is None else f"{win_rate:.0%}",
            win_rate is not None and win_rate >= criteria.min_win_rate,
        ),
        CriterionCheck(
            "max drawdown",
            f"better than {criteria.max_drawdown:.0%}",
            "—" if dd is None else f"{dd:.1%}",
            dd is not None and dd > criteria.max_drawdown,
        ),
    )
    return PromotionStatus(criteria, record, checks + _risk_checks(record, criteria))


UNKNOWN = "not known yet"


def _risk_checks(record: PaperRecord, criteria: PromotionCriteria) -> tuple[CriterionCheck, ...]:
    """Risk blocks promotion whatever the record: a figure not known yet is not met."""
    lev, liq, score = record.avg_leverage, record.liquidation_risk, record.risk_score
    return (
        CriterionCheck(
            "average leverage",
            f"≤ {criteria.max_avg_leverage:g}×",
            UNKNOWN if lev is None else f"{lev:.1f}×",
            lev is not None and lev <= criteria.max_avg_leverage,
        ),
        CriterionCheck(
            "liquidation risk",
            f"≤ {criteria.max_liquidation_risk:.1%}",
            UNKNOWN if liq is None else f"{liq:.2%}",
            liq is not None and liq <= criteria.max_liquidation_risk,
        ),
        CriterionCheck(
            "risk score",
            f"≤ {criteria.max_risk_score:g} / 10",
            UNKNOWN if score is None else f"{score:.1f} / 10",
            score is not None and score <= criteria.max_risk_score,
        ),
    )
