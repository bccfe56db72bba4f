"""Backtest a trader: parameters on the left, results and curves on the right; change a
parameter and run again; apply the settings to the trader after a confirmation. Runs on a
pool thread with progress, and can be cancelled."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tradermanager.domain.backtest import BacktestCancelled
from tradermanager.domain.errors import ValidationError
from tradermanager.domain.models import Trader
from tradermanager.domain.setting_specs import MAX_LEVERAGE, MIN_CONFIDENCE, MULTIPLIER
from tradermanager.services import Services
from tradermanager.services.backtest import BacktestReport, BacktestSide
from tradermanager.ui import formatting as fmt
from tradermanager.ui.setting_widgets import show_value, spin_box, value_of
from tradermanager.ui.worker import Task, TaskControl, error_text, start_task

ROWS = (
    ("Final value", lambda s: fmt.money(s.run.final_value)),
    ("ROI", lambda s: fmt.pct(s.roi)),
    ("Max drawdown", lambda s: fmt.pct(s.max_drawdown)),
    ("Sharpe", lambda s: fmt.number(s.sharpe_ratio)),
    ("Sortino", lambda s: fmt.number(s.sortino_ratio)),
    ("Trades", lambda s: str(s.run.trades)),
    ("Win rate", lambda s: fmt.pct(s.win_rate, signed=False)),
    ("Rejected", lambda s: str(sum(s.run.rejected_by_reason.values()))),
)


PERIODS = {"Last 7 days": 7, "Last 30 days": 30, "Last 90 days": 90, "Last 180 days": 180}
CUSTOM_DAYS, DATE_RANGE = "Last N days", "Date range (UTC)"


class BacktestDialog(QDialog):
    def __init__(self, services: Services, trader: Trader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backtestDialog")
        self.setWindowTitle(f"Backtest — {trader.name}")
        self.resize(1150, 640)
        self._svc = services
        self._trader = trader
        self._task: Task | None = None
        self._running_overrides: dict[str, Any] | None = None
        self._tested_overrides: dict[str, Any] | None = None  # of the last successful run
        self.report: BacktestReport | None = None
        s = trader.settings
        self.days = QSpinBox()
        self.days.setObjectName("btDays")
        self.days.setRange(1, 3650)
        self.days.setValue(30)
        self.period = QComboBox()
        self.period.setObjectName("btPeriod")
        self.period.addItems([*PERIODS, CUSTOM_DAYS, DATE_RANGE])
        self.period.setCurrentText("Last 30 days")
        now = services.clock.now()
        today = QDate(now.year, now.month, now.day)
        self.range_from = QDateEdit(today.addDays(-30))
        self.range_to = QDateEdit(today)
        for edit, name in ((self.range_from, "btFrom"), (self.range_to, "btTo")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMaximumDate(today)
        self.period.currentTextChanged.connect(self._period_changed)
        self.days.valueChanged.connect(self._days_changed)
        self.capital = QDoubleSpinBox()
        self.capital.setObjectName("btCapital")
        self.capital.setRange(1, 1e9)
        self.capital.setValue(10_000)
        self.capital.setPrefix("$")
        self.multiplier = spin_box(MULTIPLIER, "btMultiplier")
        show_value(self.multiplier, MULTIPLIER, s.multiplier)
        self.max_leverage = spin_box(MAX_LEVERAGE, "btMaxLeverage")
        show_value(self.max_leverage, MAX_LEVERAGE, s.max_leverage)
        self.min_confidence = spin_box(MIN_CONFIDENCE, "btMinConfidence")
        show_value(self.min_confidence, MIN_CONFIDENCE, s.min_confidence)
        self.whitelist = QLineEdit(", ".join(sorted(s.whitelist)))
        self.blacklist = QLineEdit(", ".join(sorted(s.blacklist)))
        self.run_button = QPushButton("Run")
        self.run_button.setObjectName("btRun")
        self.run_button.clicked.connect(self.run)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setObjectName("btCancel")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.apply_button = QPushButton("Apply these settings to the trader…")
        self.apply_button.setObjectName("btApply")
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self.progress = QProgressBar()
        self.progress.setObjectName("btProgress")
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        for label, widget in (
            ("Period", self.period),
            ("Days", self.days),
            ("From", self.range_from),
            ("To (inclusive)", self.range_to),
            ("Initial capital", self.capital),
            ("Size multiplier", self.multiplier),
            ("Max leverage", self.max_leverage),
            ("Min confidence", self.min_confidence),
            ("Only tokens", self.whitelist),
            ("Never tokens", self.blacklist),
        ):
            form.addRow(label, widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addLayout(buttons)
        left.addWidget(self.progress)
        left.addWidget(self.apply_button)
        left.addWidget(self.message)
        left.addStretch(1)
        self.table = QGridLayout()
        self.cells: dict[tuple[str, int], QLabel] = {}
        self.table.addWidget(QLabel("<b>these settings</b>"), 0, 1)
        self.table.addWidget(QLabel("<b>copy everything 1×</b>"), 0, 2)
        for r, (name, _) in enumerate(ROWS, start=1):
            self.table.addWidget(QLabel(name), r, 0)
            for c in (1, 2):
                cell = QLabel("—")
                cell.setObjectName(f"bt_{name}_{c}")
                self.table.addWidget(cell, r, c)
                self.cells[(name, c)] = cell
        self.rejections = QLabel()
        self.rejections.setWordWrap(True)
        self.plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(utcOffset=0)})
        self.plot.setBackground("#0f1620")
        self.plot.addLegend()
        self.fill_marks: list[pg.ScatterPlotItem] = []
        self.plot.setLabel("left", "equity $")
        self.under = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(utcOffset=0)})
        self.under.setBackground("#0f1620")
        self.under.setLabel("left", "drawdown %")
        self.under.setXLink(self.plot)
        right = QVBoxLayout()
        right.addLayout(self.table)
        right.addWidget(self.rejections)
        right.addWidget(self.plot, 3)
        right.addWidget(self.under, 2)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 3)
        self._period_changed(self.period.currentText())
        self._empty_axes()

    def _empty_axes(self) -> None:
        """Before a run (or after one failed): the period's dates, the capital ±10 % and a
        drawdown axis from 0 down, not pyqtgraph's 0…1 with ticks like "00.100"."""
        bounds = self.period_bounds()
        end = bounds.get("end") or self._svc.clock.now()
        start = bounds.get("start") or end - timedelta(days=int(bounds.get("days", 30)))
        capital = self.capital.value()
        for plot in (self.plot, self.under):
            plot.getPlotItem().disableAutoRange()
            plot.setXRange(start.timestamp(), end.timestamp(), padding=0)
        self.plot.setYRange(capital * 0.9, capital * 1.1, padding=0)
        self.under.setYRange(-10, 0, padding=0)

    def _period_changed(self, text: str) -> None:
        if text in PERIODS:
            self.days.setValue(PERIODS[text])
        ranged = text == DATE_RANGE
        self.days.setEnabled(not ranged)
        self.range_from.setEnabled(ranged)
        self.range_to.setEnabled(ranged)

    def _days_changed(self, days: int) -> None:
        """Typing a number of days that is no preset switches the period to "Last N days"."""
        preset = next((name for name, d in PERIODS.items() if d == days), CUSTOM_DAYS)
        if self.period.currentText() != DATE_RANGE:
            self.period.setCurrentText(preset)

    def period_bounds(self) -> dict[str, Any]:
        """The service's period arguments: ``days``, or ``start``/``end`` for a date range
        (From at 00:00 UTC to the day after To at 00:00 UTC)."""
        if self.period.currentText() != DATE_RANGE:
            return {"days": self.days.value()}
        start = datetime(*self.range_from.date().getDate(), tzinfo=UTC)
        end = datetime(*self.range_to.date().getDate(), tzinfo=UTC) + timedelta(days=1)
        return {"start": start, "end": end}

    def _step(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def overrides(self) -> dict[str, Any]:
        return {
            "multiplier": value_of(self.multiplier, MULTIPLIER),
            "max_leverage": value_of(self.max_leverage, MAX_LEVERAGE),
            "min_confidence": value_of(self.min_confidence, MIN_CONFIDENCE),
            "whitelist": self.whitelist.text(),
            "blacklist": self.blacklist.text(),
        }

    def run(self) -> None:
        """Start a backtest on a pool thread with the current parameters."""
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.apply_button.setEnabled(False)  # until this run succeeds
        self.message.clear()
        overrides = self.overrides()
        self._running_overrides = overrides
        period, capital = self.period_bounds(), self.capital.value()

        def work(control: TaskControl) -> BacktestReport:
            def progress(done: int, total: int) -> bool:
                control.progress((done, total))
                return not control.cancelled()

            return self._svc.backtest.run(
                self._trader.id,
                initial_capital=capital,
                **period,
                progress=progress,
                **overrides,
            )

        self._task = start_task(
            self, self._svc, work, self._show, self._failed, on_progress=lambda s: self._step(*s)
        )

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def done(self, result: int) -> None:
        """Closing the dialog (any way) stops a backtest still running."""
        self.cancel()
        super().done(result)

    def _show(self, report: BacktestReport) -> None:
        self.report = report
        self._tested_overrides = self._running_overrides
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.apply_button.setEnabled(True)
        self.progress.setValue(self.progress.maximum())
        for c, side in ((1, report.with_settings), (2, report.copy_everything)):
            for name, show in ROWS:
                self.cells[(name, c)].setText(show(side))
        reasons = report.with_settings.run.rejected_by_reason
        text = "Rejected with these settings: " + (
            ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in reasons.items()) or "none"
        )
        if report.estimated_brackets:
            text += ". Liquidation prices estimated (no leverage brackets known) for " + ", ".join(
                report.estimated_brackets
            )
        self.rejections.setText(text)
        self.plot.clear()
        self.under.clear()
        for side, colour, name in (
            (report.with_settings, "#58a6ff", "these settings"),
            (report.copy_everything, "#8b949e", "copy everything 1×"),
        ):
            x = _timestamps(side)
            self.plot.plot(x, np.array(side.equity), pen=pg.mkPen(colour, width=2), name=name)
            self.under.plot(x, np.array(side.drawdown) * 100, pen=pg.mkPen(colour, width=1))
        self.fill_marks = _fill_marks(report.with_settings)
        for item in self.fill_marks:
            self.plot.addItem(item)
        for plot in (self.plot, self.under):
            plot.getPlotItem().enableAutoRange()
        deepest = min(
            (
                min(side.drawdown, default=0.0)
                for side in (report.with_settings, report.copy_everything)
            ),
            default=0.0,
        )
        self.under.getPlotItem().disableAutoRange(axis=pg.ViewBox.YAxis)
        self.under.setYRange(min(deepest * 100 * 1.05, -1.0), 0, padding=0)  # never above 0

    def _failed(self, exc: Exception) -> None:
        """No result stands for settings that did not run: the old figures and plots go, and
        Apply stays off until a run succeeds."""
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.report = None
        self._tested_overrides = None
        for cell in self.cells.values():
            cell.setText(fmt.DASH)
        self.rejections.clear()
        self.plot.clear()
        self.under.clear()
        self._empty_axes()
        self.progress.setValue(0)
        cancelled = isinstance(exc, BacktestCancelled)
        self.message.setText("Cancelled." if cancelled else error_text(exc))

    def apply(self) -> None:
        """Apply the settings of the last successful run (not what the form holds since)."""
        if self._tested_overrides is None:
            return
        changes = self._tested_overrides
        text = "\n".join(f"• {k.replace('_', ' ')}: {v}" for k, v in changes.items())
        answer = QMessageBox.question(
            self, "Apply settings", f"Use these settings for {self._trader.name}?\n\n{text}"
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._trader = self._svc.backtest.apply(self._trader.id, **changes)
        except ValidationError as exc:
            self.message.setText(str(exc))
            return
        self.message.setText("Applied.")


FILL_MARKS = (  # (which fills, symbol, colour, legend)
    ("entry", "t1", "#2fbf71", "entries"),
    ("exit", "t", "#f0b429", "exits"),
    ("liquidation", "x", "#e5534b", "liquidations"),
)


def _fill_marks(side: BacktestSide) -> list[pg.ScatterPlotItem]:
    """Markers on the equity line (these settings) where copies were entered, exited and
    liquidated: the day's equity at the fill's time."""
    x = _timestamps(side)
    if not len(x):
        return []
    equity = np.array(side.equity)
    times: dict[str, list[float]] = {"entry": [], "exit": [], "liquidation": []}
    for copy in side.run.closed:
        for fill in copy.fills:
            kind = "liquidation" if fill.reason == "liquidation" else fill.kind.value
            times[kind].append(fill.time / 1000)
    items = []
    for kind, symbol, colour, name in FILL_MARKS:
        if not times[kind]:
            continue
        t = np.array(times[kind])
        day = np.clip(np.searchsorted(x, t, side="right") - 1, 0, len(x) - 1)
        item = pg.ScatterPlotItem(
            t, equity[day], symbol=symbol, size=7, brush=pg.mkBrush(colour), pen=None, name=name
        )
        item.setObjectName(f"{kind}Marks")
        items.append(item)
    return items


def _timestamps(side: BacktestSide) -> np.ndarray:
    return np.array([datetime(d.year, d.month, d.day, tzinfo=UTC).timestamp() for d in side.days])
