"""What-if: other multipliers per trader, and the combined figures they would give, side by
side with the saved ones. Nothing is saved here; the dialog's Apply does that."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDoubleSpinBox, QLabel, QSplitter, QVBoxLayout, QWidget

from tradermanager.domain.setting_specs import MULTIPLIER
from tradermanager.services.portfolio import PortfolioSummary, PortfolioTrader
from tradermanager.ui import formatting as fmt
from tradermanager.ui.portfolio import cells
from tradermanager.ui.portfolio.tables import Cell, PortfolioTable

TRADER_HEADERS = ("Trader", "Saved", "What-if", "P&L saved", "P&L what-if")
SPIN_COLUMN = 2
CHANGED_STYLE = "font-weight: 600; color: #f0b429;"
COMPARE_HEADERS = ("Figure", "Saved", "What-if", "Change")
# (label, attribute, format, format of the change)
Show = Callable[[float | None], str]
ROWS: tuple[tuple[str, str, Show, Show], ...] = (
    ("Gross open notional", "total_gross", fmt.money, lambda v: fmt.money(v, signed=True)),
    ("Net open notional", "total_net", fmt.money, lambda v: fmt.money(v, signed=True)),
    ("Combined leverage", "combined_leverage", fmt.times, lambda v: _signed(fmt.times(v), v)),
    ("Total P&L", "total_pnl", fmt.money, lambda v: fmt.money(v, signed=True)),
    ("Equity now", "final_equity", fmt.money, lambda v: fmt.money(v, signed=True)),
    ("Max drawdown", "max_drawdown", fmt.pct, lambda v: _points(v)),
    ("VaR 95 % (one day)", "var_95", fmt.money, lambda v: fmt.money(v, signed=True)),
    ("CVaR 95 % (one day)", "cvar_95", fmt.money, lambda v: fmt.money(v, signed=True)),
)
NOTE = (
    "Scaling a trader's multiplier from m to m′ scales each of its copies — margin, notional, "
    "P&L and fees — by m′ ÷ m, as if the same signals had been copied at that size. The "
    "other tabs show the what-if figures until Reset; nothing is saved before Apply."
)


def _signed(text: str, value: float | None) -> str:
    return f"+{text}" if value is not None and value > 0 else text


def _change(change: float | None, show: Show) -> str:
    if change is None:
        return fmt.DASH
    return "no change" if abs(change) < 1e-9 else show(change)


def _points(value: float | None) -> str:
    """A change of a fraction, in percentage points."""
    return fmt.DASH if value is None else f"{value * 100:+.1f} pts"


class WhatIfTab(QWidget):
    multipliers_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("whatIfTab")
        note = QLabel(NOTE)
        note.setWordWrap(True)
        self.traders_table = PortfolioTable("whatIfTraders", TRADER_HEADERS, "portfolio-what-if")
        self.compare_table = PortfolioTable("whatIfCompare", COMPARE_HEADERS, "what-if-figures")
        split = QSplitter()
        split.addWidget(self.traders_table)
        split.addWidget(self.compare_table)
        split.setSizes([520, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(note)
        layout.addWidget(split, 1)
        self.spins: dict[int, QDoubleSpinBox] = {}
        self._saved: dict[int, float] = {}

    def set_traders(self, traders: Sequence[PortfolioTrader]) -> None:
        """One spin box per trader, at the saved multiplier."""
        self._saved = {t.id: t.multiplier for t in traders}
        self.spins = {}
        self.traders_table.set_rows(
            [
                [
                    Cell.label(t.name + (" (archived)" if t.archived else "")),
                    cells.times(t.multiplier),
                    cells.times(t.multiplier),
                    Cell(fmt.DASH),
                    Cell(fmt.DASH),
                ]
                for t in traders
            ]
        )
        for row, t in enumerate(traders):
            spin = QDoubleSpinBox()
            spin.setObjectName(f"whatIfMultiplier_{t.id}")
            spin.setRange(MULTIPLIER.low, MULTIPLIER.high)
            spin.setSingleStep(MULTIPLIER.step)
            spin.setDecimals(MULTIPLIER.decimals)
            spin.setSuffix(MULTIPLIER.suffix)
            spin.setValue(t.multiplier)
            spin.setToolTip(f"What-if multiplier for {t.name} ({MULTIPLIER.allowed})")
            spin.valueChanged.connect(lambda value, r=row: self._spun(r, value))
            self.traders_table.setCellWidget(row, SPIN_COLUMN, spin)
            self.spins[t.id] = spin

    def changes(self) -> dict[int, float]:
        """Trader id → what-if multiplier, for the traders whose value differs from saved."""
        return {
            trader_id: round(spin.value(), 2)
            for trader_id, spin in self.spins.items()
            if abs(spin.value() - self._saved[trader_id]) > 1e-9
        }

    def reset(self) -> None:
        for trader_id, spin in self.spins.items():
            spin.blockSignals(True)
            spin.setValue(self._saved[trader_id])
            spin.blockSignals(False)
            self._spun(list(self.spins).index(trader_id), spin.value(), notify=False)
        self.multipliers_changed.emit()

    def _spun(self, row: int, value: float, *, notify: bool = True) -> None:
        item = self.traders_table.item(row, SPIN_COLUMN)
        if item is not None:  # what the CSV export writes for the spin box's cell
            item.setText(fmt.times(value))
        trader_id = list(self.spins)[row]
        changed = abs(value - self._saved[trader_id]) > 1e-9
        self.spins[trader_id].setStyleSheet(CHANGED_STYLE if changed else "")
        if notify:
            self.multipliers_changed.emit()

    def show_summaries(self, saved: PortfolioSummary, what_if: PortfolioSummary) -> None:
        pnl_saved = {c.trader_id: c.pnl for c in saved.contributions}
        for row, contribution in enumerate(what_if.contributions):
            for column, value in (
                (3, pnl_saved.get(contribution.trader_id)),
                (4, contribution.pnl),
            ):
                item = self.traders_table.item(row, column)
                if item is not None:
                    cell = cells.money(value, signed=True, tone=True)
                    item.setText(cell.text)
                    if cell.colour is not None:
                        item.setForeground(cell.colour)
        rows = []
        for label, key, show, show_change in ROWS:
            before, after = getattr(saved, key), getattr(what_if, key)
            change = None if before is None or after is None else after - before
            rows.append(
                [
                    Cell.label(label),
                    Cell(show(before)),
                    Cell(show(after)),
                    Cell(_change(change, show_change)),
                ]
            )
        self.compare_table.set_rows(rows)
