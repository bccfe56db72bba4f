"""The whole-portfolio view: everything I copy, together, in six tabs — Exposure, Equity &
drawdown, Risk, Conflicts, What-if, Positions (paper and live).

The portfolio is read once, off the GUI thread (``services.portfolio.load``); changing a
what-if multiplier recomputes every figure in memory (``summarise``, a few milliseconds),
and only "Apply…" — after a confirmation — saves the new multipliers."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tradermanager.domain.engine import ClosedCopy, OpenCopy
from tradermanager.domain.errors import NotFoundError, ValidationError
from tradermanager.services import Services
from tradermanager.services.paper import PaperAccount
from tradermanager.services.portfolio import PortfolioInputs, PortfolioSummary
from tradermanager.ui import formatting as fmt
from tradermanager.ui.portfolio.conflicts_tab import ConflictsTab
from tradermanager.ui.portfolio.equity_tab import CombinedEquityTab
from tradermanager.ui.portfolio.exposure_tab import ExposureTab
from tradermanager.ui.portfolio.live_rows import LiveCopies, read_live
from tradermanager.ui.portfolio.positions_tab import PositionsTab
from tradermanager.ui.portfolio.risk_tab import RiskTab
from tradermanager.ui.portfolio.what_if_tab import WhatIfTab
from tradermanager.ui.worker import error_text, start_task

WHAT_IF_STYLE = "background: rgba(240, 180, 41, 0.18); border-radius: 4px; padding: 4px;"


class PortfolioDialog(QDialog):
    applied = Signal()  # new multipliers were saved

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("portfolioDialog")
        self.setWindowTitle("Portfolio — everything I copy, together")
        self.resize(1100, 720)
        self._svc = services
        self.inputs: PortfolioInputs | None = None
        self.saved: PortfolioSummary | None = None
        self.current: PortfolioSummary | None = None
        self._loading = False
        self._release = False
        self._positions_loading = False
        self._positions_stale = True
        self.headline = QLabel("Loading the portfolio…")
        self.headline.setObjectName("portfolioHeadline")
        self.headline.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("portfolioTabs")
        self.exposure = ExposureTab()
        self.equity = CombinedEquityTab()
        self.risk = RiskTab()
        self.conflicts = ConflictsTab()
        self.what_if = WhatIfTab()
        self.positions = PositionsTab()
        self.positions.services = services
        self.positions.live_actions.acted.connect(lambda _outcome: self.reload_live())
        self._live_loading = False
        for tab, title in (
            (self.exposure, "Exposure"),
            (self.equity, "Equity && drawdown"),
            (self.risk, "Risk"),
            (self.conflicts, "Conflicts"),
            (self.what_if, "What-if"),
            (self.positions, "Positions"),
        ):
            self.tabs.addTab(tab, title)
        self.what_if.multipliers_changed.connect(self.recompute)
        self.tabs.currentChanged.connect(self._tab_changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.reset_button = QPushButton("Reset what-if")
        self.reset_button.setObjectName("resetWhatIf")
        self.apply_button = QPushButton("Apply…")
        self.apply_button.setObjectName("applyWhatIf")
        self.apply_button.setToolTip("Save the what-if multipliers (asks first)")
        buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.ApplyRole)
        buttons.rejected.connect(self.reject)
        self.reset_button.clicked.connect(self.what_if.reset)
        self.apply_button.clicked.connect(self.apply)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self._set_buttons()
        self.load()

    # -- data --------------------------------------------------------------------------------
    def load(self) -> None:
        """Read the portfolio on a pool thread; the tabs fill in when it arrives."""
        self.apply_button.setEnabled(False)
        self.headline.setText("Loading the portfolio…")
        self._loading = True
        start_task(
            self,
            self._svc,
            lambda _: (
                self._svc.portfolio.load(),
                self._svc.paper.positions(include_closed=True),
            ),
            self._loaded,
            self._failed,
        )
        self._positions_stale = True
        if self.tabs.currentWidget() is self.positions:
            self._load_positions()

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.positions and self._positions_stale:
            self._load_positions()

    def _load_positions(self) -> None:
        """Replay the paper account and read the live copies on a pool thread, the first
        time its tab is shown."""
        if self._positions_loading:
            return
        self._positions_stale = False
        self._positions_loading = True
        start_task(
            self,
            self._svc,
            lambda _: (self._svc.paper.refresh(), read_live(self._svc)),
            self._positions_loaded,
            self._positions_failed,
        )

    def release(self) -> None:
        """Delete the dialog once no load is in flight (the load reports back to it)."""
        self._release = True
        if not self._loading and not self._positions_loading:
            self.deleteLater()

    def _idle(self) -> bool:
        """The load is over; False when the dialog was released meanwhile."""
        self._loading = False
        if self._release:
            if not self._positions_loading:
                self.deleteLater()
            return False
        return True

    def _loaded(self, loaded: tuple[PortfolioInputs, list[OpenCopy | ClosedCopy]]) -> None:
        if not self._idle():
            return
        inputs, copies = loaded
        self.equity.show_fills(copies)  # as the last replay stored them
        self.inputs = inputs
        self.saved = self._svc.portfolio.summarise(inputs)
        self.what_if.set_traders(inputs.traders)
        self.recompute()

    def _positions_loaded(self, loaded: tuple[PaperAccount, LiveCopies]) -> None:
        self._positions_loading = False
        if self._release:
            self.release()
            return
        account, live = loaded
        self.positions.show_account(account, live)
        self.equity.show_fills(
            [*account.result.open, *account.result.closed],
            [r.copy for r in live.records if r.copy is not None],
        )

    def reload_live(self, *_args: object) -> None:
        """Read the live copies again (after a reconciliation pass booked the exchange's
        fills, or an action on a copy): the positions, orders and equity markers follow.
        Database reads on a pool thread; nothing is asked of the exchange."""
        if self._live_loading or self._release or self.positions.account is None:
            return
        self._live_loading = True
        start_task(
            self,
            self._svc,
            lambda _: read_live(self._svc),
            self._live_reloaded,
            self._live_failed,
        )

    def _live_reloaded(self, live: LiveCopies) -> None:
        self._live_loading = False
        if self._release:
            return
        self.positions.show_live(live)
        self.equity.show_live_fills([r.copy for r in live.records if r.copy is not None])

    def _live_failed(self, exc: Exception) -> None:
        self._live_loading = False
        if not self._release:
            self.positions.message.setText(f"Could not read the live copies: {error_text(exc)}")

    def _positions_failed(self, exc: Exception) -> None:
        self._positions_loading = False
        if self._release:
            self.release()
            return
        self.positions.show_error(error_text(exc))

    def _failed(self, exc: Exception) -> None:
        if not self._idle():
            return
        self.headline.setText(f"Could not load the portfolio: {error_text(exc)}")

    def recompute(self) -> None:
        """Every figure again, with the what-if multipliers — in memory, no database."""
        if self.inputs is None or self.saved is None:
            return
        changes = self.what_if.changes()
        self.current = (
            self._svc.portfolio.summarise(self.inputs, changes) if changes else self.saved
        )
        current = self.current
        self.exposure.show_summary(current)
        self.equity.show_summary(self.saved, current if changes else None)
        self.risk.show_summary(current)
        self.conflicts.show_summary(current)
        self.what_if.show_summaries(self.saved, current)
        conflicts = len(current.conflicts)
        self.tabs.setTabText(3, f"Conflicts ({conflicts})" if conflicts else "Conflicts")
        self.headline.setText(_headline(current, changes))
        self.headline.setStyleSheet(WHAT_IF_STYLE if changes else "")
        self._set_buttons()

    def _set_buttons(self) -> None:
        changed = bool(self.what_if.changes())
        self.apply_button.setEnabled(changed)
        self.reset_button.setEnabled(changed)

    # -- saving ------------------------------------------------------------------------------
    def apply(self) -> None:
        changes = self.what_if.changes()
        if not changes or self.inputs is None:
            return
        lines = [
            f"{self.inputs.trader(t).name}: {fmt.times(self.inputs.trader(t).multiplier)} → "
            f"{fmt.times(m)}"
            for t, m in changes.items()
        ]
        answer = QMessageBox.question(
            self,
            "Apply the what-if multipliers?",
            "New copies of these traders will be sized with the new multipliers:\n\n"
            + "\n".join(lines),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._svc.portfolio.apply_multipliers(changes)
        except (ValidationError, NotFoundError) as exc:
            QMessageBox.warning(self, "Not applied", str(exc))
            return
        self.applied.emit()
        self.load()


def _headline(s: PortfolioSummary, changes: dict[int, float]) -> str:
    prefix = (
        f"<b>What-if</b> ({len(changes)} multiplier(s) changed, not saved): " if changes else ""
    )
    return (
        prefix + f"Open gross <b>{fmt.money(s.total_gross)}</b> in {s.open_positions} position(s), "
        f"combined leverage <b>{fmt.times(s.combined_leverage)}</b> · "
        f"P&amp;L {fmt.money(s.total_pnl, signed=True)} · "
        f"max drawdown {fmt.pct(s.max_drawdown)} · "
        f"VaR 95 {fmt.money(s.var_95, signed=True)} / day · "
        f"{len(s.conflicts)} conflict(s)"
    )
