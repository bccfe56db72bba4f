"""The card of the selected trader: who, how risky, what gets copied, how copying it went for
me, and what to do. The sections live in ``ui/card/``; this module composes them and owns the
actions, each of which asks when it must, calls one service method and re-renders."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from tradermanager.domain.errors import NotFoundError, ValidationError
from tradermanager.domain.models import Trader
from tradermanager.services import Services
from tradermanager.ui import formatting as fmt
from tradermanager.ui.alert_rules_box import AlertRulesBox
from tradermanager.ui.backtest_dialog import BacktestDialog
from tradermanager.ui.card.actions_box import ActionsBox
from tradermanager.ui.card.config_box import ConfigBox
from tradermanager.ui.card.header import CardHeader
from tradermanager.ui.card.my_performance_box import WINDOW as MY_WINDOW
from tradermanager.ui.card.my_performance_box import MyPerformanceBox
from tradermanager.ui.card.performance_box import PerformanceBox
from tradermanager.ui.card.promotion_text import promotion_line, promotion_tip
from tradermanager.ui.card.setting_changes import change_lines
from tradermanager.ui.card.token_shares import TokenShares
from tradermanager.ui.report_export import ReportExporter


class TraderCard(QWidget):
    """Shows one trader; every change goes through the services, then ``changed`` fires."""

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("traderCard")
        self._svc = services
        self._trader: Trader | None = None
        self.header = CardHeader()
        self.performance = PerformanceBox()
        self.tokens = TokenShares()
        self.mine = MyPerformanceBox()
        self.config = ConfigBox()
        self.actions_box = ActionsBox()
        self.alerts = AlertRulesBox(services)
        # Above the fold (what a 1366×768 screen shows without scrolling): who, the
        # performance summary, the configuration with Apply and the actions beside it.
        # Below: which tokens, how copying went for me, the alert rules.
        fold = QHBoxLayout()
        fold.setSpacing(10)
        fold.addWidget(self.config, 3)
        fold.addWidget(self.actions_box, 1)
        below = QHBoxLayout()
        below.setSpacing(10)
        below.addWidget(self.tokens, 1)
        below.addWidget(self.mine, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(8)
        layout.addWidget(self.header)
        layout.addWidget(self.performance)
        layout.addLayout(fold)
        layout.addLayout(below)
        layout.addWidget(self.alerts)
        layout.addStretch(1)
        # the controls tests and shortcuts reach directly
        self.window_combo = self.performance.window_combo
        self.values = self.performance.values
        self.risk = self.performance.risk
        c = self.config
        self.multiplier, self.size_preview, self.apply = c.multiplier, c.size_preview, c.apply
        self.max_leverage, self.leverage_slider = c.max_leverage, c.leverage_slider
        self.leverage_warning, self.config_error = c.leverage_warning, c.config_error
        self.min_confidence, self.confidence_slider = c.min_confidence, c.confidence_slider
        self.whitelist, self.blacklist, self.paper = c.whitelist, c.blacklist, c.paper
        a = self.actions_box
        self.toggle, self.backtest, self.duplicate = a.toggle, a.backtest, a.duplicate
        self.archive, self.delete, self.promote = a.archive, a.delete, a.promote
        self.export_report = a.export_report
        self.reporter = ReportExporter(services, self)
        self.window_combo.currentTextChanged.connect(lambda _: self.refresh())
        self.apply.clicked.connect(self._apply)
        self.toggle.clicked.connect(self._toggle)
        self.backtest.clicked.connect(self._backtest)
        self.duplicate.clicked.connect(self._duplicate)
        self.archive.clicked.connect(self._archive)
        self.delete.clicked.connect(self._delete)
        self.promote.clicked.connect(self._promote)
        self.export_report.clicked.connect(self._export_report)
        self.set_trader(None)

    def fold_height(self) -> int:
        """Pixels from the card's top to the bottom of the configuration and actions: what
        must show without scrolling."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        bottom = max(self.config.geometry().bottom(), self.actions_box.geometry().bottom())
        if bottom <= 0:  # not laid out yet: the size hints say it
            bottom = (
                self.header.sizeHint().height()
                + self.performance.sizeHint().height()
                + max(self.config.sizeHint().height(), self.actions_box.sizeHint().height())
                + 2 * 8
                + 6
            )
        return bottom + 8

    @property
    def trader(self) -> Trader | None:
        return self._trader

    # -- showing -----------------------------------------------------------------------------
    def set_trader(self, trader_id: int | None) -> None:
        self._trader = self._svc.traders.get(trader_id) if trader_id is not None else None
        self.alerts.set_trader(trader_id)
        self.refresh()

    def refresh(self) -> None:
        """Re-render from the services: the trader as stored and its cached snapshots."""
        t = self._trader
        self.header.show_trader(t)
        for section in (self.performance, self.tokens, self.mine, self.config, self.actions_box):
            section.setEnabled(t is not None)
        self.alerts.setEnabled(t is not None)
        if t is None:
            self.performance.clear()
            self.tokens.set_shares({})
            self.mine.show_values({})
            self.actions_box.promotion.clear()
            return
        s = t.settings
        values = self._cached_values(t.id, self.performance.current_window())
        self.performance.show_values(values)
        self.tokens.set_shares(values.get("token_distribution") or {})
        self.mine.show_values(self._cached_values(t.id, MY_WINDOW))
        traded = list((values.get("per_token") or {}).keys())
        self.config.show_settings(s, self._svc.settings.get().base_size, traded)
        self.toggle.setChecked(s.active)
        self.promote.setEnabled(s.paper_only)
        self.promote.setToolTip(
            "Send this trader's signals to the live executor (shows the paper record first)."
            if s.paper_only
            else "Already live."
        )
        label = self.actions_box.promotion
        if s.paper_only:
            status = self._svc.promotion.status(t.id)
            label.setText(promotion_line(status))
            label.setToolTip(promotion_tip(status))
            label.setStyleSheet(f"color: {fmt.GAIN.name() if status.ready else '#8b949e'}")
        else:
            label.setText("Live: accepted signals go to the live executor.")
            label.setToolTip("")
            label.setStyleSheet("color: #8b949e")

    def _cached_values(self, trader_id: int, window: str) -> Mapping[str, Any]:
        """The snapshot's values, or none (shown as —) until the background refresh has
        computed them: the GUI thread never computes metrics."""
        snapshot = self._svc.metrics.cached_metrics(trader_id, window)
        return snapshot.values if snapshot is not None else {}

    # -- acting ------------------------------------------------------------------------------
    def _apply(self) -> None:
        t = self._trader
        if t is None:
            return
        changes = self.config.changes(t.settings)
        if not changes:
            self.config_error.setText("Nothing changed.")
            return
        going_live = changes.get("paper_only") is False
        if going_live:
            del changes["paper_only"]
        if changes:
            lines = "\n".join(change_lines(t.settings, changes))
            if "multiplier" in changes:
                old_size = self._svc.settings.get().base_size * t.settings.multiplier
                size = self._svc.settings.get().base_size * changes["multiplier"]
                lines += (
                    f"\n\nEach copied trade will use {fmt.money(size)} (was {fmt.money(old_size)})."
                )
            if going_live:
                lines += "\n\nMode Paper → Live is asked next, with the paper record."
            if not self._confirm("Apply these settings?", f"{t.name}\n\n{lines}"):
                return
            self._act(lambda: self._svc.traders.update(t.id, **changes))
        if going_live:  # live goes through the promotion and its confirmation
            self._promote()
            self.refresh()  # declined: the control shows the stored mode again

    def _toggle(self) -> None:
        t = self._trader
        if t is not None:
            self._act(lambda: self._svc.traders.toggle(t.id))

    def _duplicate(self) -> None:
        t = self._trader
        if t is None:
            return
        name, ok = QInputDialog.getText(
            self,
            "Duplicate trader",
            "Name of the copy (same settings; it starts paused):",
            text=f"{t.name} (copy)",
        )
        if ok:
            self._act(lambda: self._svc.traders.duplicate(t.id, name))

    def _archive(self) -> None:
        t = self._trader
        if t is None:
            return
        text = (
            f"Archive {t.name}?\n\nNew signals stop being copied and the trader leaves the "
            "list. Nothing is lost: its history, signals, your copied trades and open "
            "positions are kept, and it can be restored (status filter: Archived)."
        )
        if self._confirm("Archive trader", text):
            self._act(lambda: self._svc.traders.delete(t.id))

    def _delete(self) -> None:
        t = self._trader
        if t is None:
            return
        counts = self._svc.traders.history_counts(t.id)
        text = (
            f"Delete {t.name} for good?\n\nThis removes its settings and its whole history: "
            f"{fmt.count(counts.trades)} trades, "
            f"{fmt.count(counts.signals)} signals with their decisions, "
            f"{fmt.count(counts.copies)} of your copied trades (paper and "
            "live records) and its alerts. This cannot be undone — Archive keeps everything "
            "and can be restored."
        )
        if self._confirm("Delete trader for good", text):
            self._act(lambda: self._svc.traders.delete(t.id, purge=True))

    def _promote(self) -> None:
        t = self._trader
        if t is None:
            return
        status = self._svc.promotion.status(t.id)
        r = status.record
        record = (
            f"Paper track record of {t.name}:\n"
            f"• copied trades closed: {fmt.count(r.closed_trades)}\n"
            f"• won / total: {fmt.ratio(r.winning_trades, r.closed_trades)}\n"
            f"• P&L: {fmt.money(r.pnl, signed=True)}\n"
            f"• worst drawdown: {fmt.pct(r.max_drawdown)}\n"
            f"• days on paper: {int(r.days)}"
        )
        checks = "\n".join(
            f"{'✓' if c.met else '✗'} {c.name}: {c.actual} (needs {c.required})"
            for c in status.checks
        )
        text = f"{record}\n\nCriteria:\n{checks}\n\nLive means real orders with real money."
        if not status.ready:
            text += "\n\nThe criteria are not met. Promote anyway?"
        if self._confirm("Promote to live", text):
            self._act(lambda: self._svc.promotion.promote(t.id, override=not status.ready))

    def _export_report(self) -> None:
        t = self._trader
        if t is not None:
            self.reporter.ask_and_export(t, self.performance.current_window())

    def _backtest(self) -> None:
        t = self._trader
        if t is None:
            return
        BacktestDialog(self._svc, t, self).exec()
        self._act(lambda: None)  # the dialog may have applied new settings

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def _act(self, action: Callable[[], object]) -> None:
        """Run one service call; a ValidationError is shown in the card, nothing changes."""
        try:
            action()
        except ValidationError as exc:
            self.config_error.setText(str(exc))
            if self._trader is not None:  # the switch shows the stored state again
                self.toggle.setChecked(self._trader.settings.active)
            return
        if self._trader is not None:
            try:
                trader: Trader | None = self._svc.traders.get(self._trader.id)
            except NotFoundError:  # deleted for good
                trader = None
            self._trader = trader if trader is not None and trader.archived_at is None else None
        self.refresh()
        self.changed.emit()
