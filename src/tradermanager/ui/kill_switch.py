"""The kill switch in the window (toolbar and tray): read what would be closed, ask with the
list in front of the user, then close — each step on a background thread, the result shown
in a message that says what was closed, what failed and what was left alone."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tradermanager.services import Services
from tradermanager.services.kill_switch import FlattenPlan, FlattenReport
from tradermanager.ui.exchange_dialog import plain_error
from tradermanager.ui.worker import Task, start_task


def plan_lines(plan: FlattenPlan) -> list[str]:
    lines = [close.describe() for close in plan.closes]
    lines += [f"cancel {line}" for line in plan.cancels]
    return lines


class FlattenConfirmDialog(QDialog):
    """The list of what will be closed and cancelled, and what is left alone."""

    def __init__(self, plan: FlattenPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flattenConfirmDialog")
        self.setWindowTitle("Kill switch")
        self.setMinimumWidth(620)
        scope = (
            "every live position the app opened"
            if plan.trader_id is None
            else "this trader's live positions"
        )
        self.heading = heading = QLabel(
            f"<b>Close {scope} at market and cancel the app's open orders?</b><br>"
            f"{len(plan.closes)} position(s) to close, {len(plan.cancels)} order(s) to cancel. "
            "Positions and orders you placed yourself are not touched."
            + (
                f"<br>Paused first, so nothing new opens: {escape(', '.join(plan.to_pause))}."
                if plan.to_pause
                else ""
            )
        )
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.RichText)
        self.items = QPlainTextEdit("\n".join(plan_lines(plan)))
        self.items.setObjectName("flattenItems")
        self.items.setReadOnly(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.items)
        self.left_alone = QPlainTextEdit("\n".join(plan.left_alone))
        self.left_alone.setObjectName("flattenLeftAlone")
        self.left_alone.setReadOnly(True)
        if plan.left_alone:
            layout.addWidget(QLabel("Left alone (not placed by the app):"))
            layout.addWidget(self.left_alone)
            self.left_alone.setMaximumHeight(90)
        else:
            self.left_alone.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = buttons.addButton(
            "Close positions", QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.close_button.setObjectName("confirmFlatten")
        self.close_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        layout.addWidget(buttons)


def report_text(report: FlattenReport) -> tuple[str, str]:
    """A headline and the details of a kill-switch run."""
    headline = (
        f"Closed {len(report.closed)} position(s) and cancelled {len(report.cancelled)} order(s)."
    )
    if report.failed:
        headline += f" {len(report.failed)} thing(s) FAILED: check the exchange."
    details = [f"closed: {line}" for line in report.closed]
    details += [f"cancelled: {line}" for line in report.cancelled]
    details += [f"FAILED: {line}" for line in report.failed]
    details += [f"left alone: {line}" for line in report.left_alone]
    details += [f"paused: {name}" for name in report.paused]
    return headline, "\n".join(details)


class FlattenReportDialog(QDialog):
    """What the kill switch did: the headline, each failure in full, then every line."""

    def __init__(self, report: FlattenReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flattenReport")
        self.setWindowTitle("Kill switch")
        self.setMinimumWidth(620)
        headline, details = report_text(report)
        self.headline = QLabel(f"<b>{escape(headline)}</b>")
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        self.failures = QLabel("<br>".join(f"• {escape(line)}" for line in report.failed))
        self.failures.setObjectName("flattenFailures")
        self.failures.setWordWrap(True)
        self.failures.setStyleSheet("color: #e74c3c;")
        self.failures.setVisible(bool(report.failed))
        layout.addWidget(self.failures)
        self.details = QPlainTextEdit(details or "Nothing was left to close.")
        self.details.setObjectName("flattenDetails")
        self.details.setReadOnly(True)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)


class KillSwitchFlow(QObject):
    """``finished`` carries the FlattenReport (the window reloads and shows it)."""

    finished = Signal(object)
    message = Signal(str)

    def __init__(self, services: Services, parent: QWidget) -> None:
        super().__init__(parent)
        self._svc = services
        self._parent = parent
        self._task: Task | None = None

    @property
    def running(self) -> bool:
        return self._task is not None

    def start(self, trader_id: int | None = None) -> None:
        """Read what would be closed (background), then ask."""
        if self.running:
            self.message.emit("The kill switch is already running.")
            return
        if not self._svc.exchange.connected():
            QMessageBox.information(
                self._parent,
                "Kill switch",
                "No exchange is connected, so there is nothing live to close. Connect one "
                "with Exchange in the toolbar.",
            )
            return
        self.message.emit("Kill switch: reading the exchange…")
        self._task = start_task(
            self,
            self._svc,
            lambda _control: self._svc.kill_switch.preview(trader_id),
            self._previewed,
            self._failed,
        )

    def _previewed(self, plan: FlattenPlan) -> None:
        self._task = None
        if plan.empty:
            text = "The app has no open live position or order to close."
            if plan.left_alone:
                text += "\n\nNot placed by the app (left alone):\n" + "\n".join(plan.left_alone)
            QMessageBox.information(self._parent, "Kill switch", text)
            self.message.emit("Kill switch: nothing to close.")
            return
        if not self.confirm(plan):
            self.message.emit("Kill switch: nothing was done.")
            return
        self.message.emit("Kill switch: closing…")
        self._task = start_task(
            self,
            self._svc,
            lambda _control: self._svc.kill_switch.flatten(
                plan.trader_id, reason="used in the window", pause=True
            ),
            self._done,
            self._failed,
        )

    def confirm(self, plan: FlattenPlan) -> bool:
        return FlattenConfirmDialog(plan, self._parent).exec() == QDialog.DialogCode.Accepted

    def _done(self, report: FlattenReport) -> None:
        self._task = None
        headline, _details = report_text(report)
        self.message.emit(f"Kill switch: {headline}")
        self.finished.emit(report)
        self.show_report(report)

    def show_report(self, report: FlattenReport) -> None:
        FlattenReportDialog(report, self._parent).open()

    def _failed(self, exc: Exception) -> None:
        self._task = None
        self.message.emit(f"Kill switch failed: {plain_error(exc)}")
        QMessageBox.warning(self._parent, "Kill switch", plain_error(exc))
