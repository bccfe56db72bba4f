"""How an alert rule's threshold reads and is typed: in the rule's own unit (−15.0 % for a
drawdown, 10× for leverage, $100.00 for a daily loss), while the rule stores the raw figure
(−0.15, 10, 100)."""

from __future__ import annotations

from dataclasses import dataclass

from tradermanager.domain.alerts import INCIDENT_KINDS, AlertKind


@dataclass(frozen=True, slots=True)
class Unit:
    scale: float  # shown = stored × scale
    decimals: int
    prefix: str = ""
    suffix: str = ""

    def show(self, stored: float) -> str:
        number = f"{stored * self.scale:,.{self.decimals}f}".replace("-", "−")
        return f"{self.prefix}{number}{self.suffix}"


UNITS: dict[AlertKind, Unit] = {
    AlertKind.DRAWDOWN: Unit(100, 1, suffix=" %"),
    AlertKind.WIN_RATE: Unit(100, 1, suffix=" %"),
    AlertKind.LOSSES: Unit(1, 0, suffix=" losses in a row"),
    AlertKind.LEVERAGE: Unit(1, 0, suffix="×"),
    AlertKind.LIQUIDATION: Unit(1, 0, suffix=" liquidations / 24 h"),
    AlertKind.SILENCE: Unit(1, 1, suffix=" days"),
    AlertKind.DAILY_LOSS: Unit(1, 2, prefix="$"),
    AlertKind.COPY_LIQUIDATION: Unit(1, 0, suffix=" liquidated copies / 24 h"),
    AlertKind.SOURCE_SILENT: Unit(1, 1, suffix="× the usual gap"),
}


def unit(kind: AlertKind) -> Unit | None:
    """None for an incident the engine raises with its own figure."""
    return None if kind in INCIDENT_KINDS else UNITS[kind]


def show_threshold(kind: AlertKind, stored: float) -> str:
    u = unit(kind)
    return "raised by the engine" if u is None else u.show(stored)
