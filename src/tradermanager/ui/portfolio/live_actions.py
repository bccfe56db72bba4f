"""Actions on one live copy from a positions table (the card's and the Portfolio window's):
"Close at market…" and "Cancel entry…", as buttons over the table and in its context menu.

Each reads what it would send on a pool thread (the records and the exchange; nothing is
sent), asks with exactly that list in front of the user, then sends it on a pool thread
through the kill switch (one copy) or the order gateway, and says what happened in plain
words. ``acted`` tells the view to read its live rows again."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QPushButton, QWidget

from tradermanager.services import Services
from tradermanager.services.live_copies import LiveCopyRecord
from tradermanager.services.live_copy_actions import CopyActionOutcome, CopyActionPlan
from tradermanager.ui.exchange_dialog import plain_error
from tradermanager.ui.portfolio.tables import PortfolioTable
from tradermanager.ui.worker import Task, start_task

TITLES = {"close": "Close at market", "cancel_entry": "Cancel entry"}


def where(target: str) -> str:
    """The account the orders go to, in words."""
    if target == "live":
        return "your live Binance account"
    if target == "demo":
        return "your Binance demo account"
    host = urlsplit(target).netloc
    return f"the exchange at {host or target}"


def plan_html(record: LiveCopyRecord, plan: CopyActionPlan) -> str:
    """The confirmation's text: the copy, where the orders go, each request in order."""
    lines = "".join(f"<li>{escape(line)}</li>" for line in plan.sends)
    keeps = "".join(f"<li>{escape(line)}</li>" for line in plan.keeps)
    return (
        f"<p><b>{escape(TITLES[plan.kind])}: {escape(record.trader)}'s live "
        f"{escape(record.symbol)} {escape(record.side.value)} "
        f"(copy {escape(record.source_id)})</b></p>"
        f"<p>This sends to {escape(where(plan.target))}, in this order:</p><ol>{lines}</ol>"
        + (f"<p>Unchanged:</p><ul>{keeps}</ul>" if keeps else "")
    )


def confirm_box(
    record: LiveCopyRecord, plan: CopyActionPlan, parent: QWidget | None = None
) -> tuple[QMessageBox, QAbstractButton]:
    """The question, with what will be sent; "Keep it" is the default. Returns the box and
    its sending button."""
    box = QMessageBox(parent)
    box.setObjectName("liveActionConfirm")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(TITLES[plan.kind])
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(plan_html(record, plan))
    box.setStyleSheet("QLabel#qt_msgbox_label { min-width: 560px; }")  # ids on one line
    send = box.addButton(
        "Close at market" if plan.kind == "close" else "Cancel the entry",
        QMessageBox.ButtonRole.DestructiveRole,
    )
    keep = box.addButton("Keep it", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    return box, send


class LiveRowActions(QObject):
    acted = Signal(object)  # a CopyActionOutcome: the view reads its live rows again
    message = Signal(str)  # a line for a status bar or the view's message

    def __init__(
        self,
        table: PortfolioTable,
        services_of: Callable[[], Services | None],
        parent: QWidget | None = None,
    ) -> None:
        """``services_of``: a callable giving the Services to act through (None: nothing
        is shown, so nothing can be acted on)."""
        super().__init__(parent)
        self._table = table
        self._services_of = services_of
        self._parent = parent
        self._task: Task | None = None
        self.close_button = QPushButton("Close at market…")
        self.close_button.setObjectName("closeLiveCopy")
        self.close_button.setToolTip(
            "Close the selected live copy with a reduce-only market order (asks first, with "
            "exactly what will be sent)"
        )
        self.cancel_button = QPushButton("Cancel entry…")
        self.cancel_button.setObjectName("cancelLiveEntry")
        self.cancel_button.setToolTip(
            "Withdraw the selected live copy's resting limit entry (asks first); what already "
            "filled keeps its stop"
        )
        self.close_action = QAction("Close live copy at market…", table)
        self.close_action.setObjectName("closeLiveCopyAction")
        self.cancel_action = QAction("Cancel live entry…", table)
        self.cancel_action.setObjectName("cancelLiveEntryAction")
        first = table.actions()[0] if table.actions() else None
        for action in (self.close_action, self.cancel_action):
            if first is None:
                table.addAction(action)
            else:
                table.insertAction(first, action)  # above "Export to CSV…"
        self.close_button.clicked.connect(lambda: self.start("close"))
        self.cancel_button.clicked.connect(lambda: self.start("cancel_entry"))
        self.close_action.triggered.connect(lambda: self.start("close"))
        self.cancel_action.triggered.connect(lambda: self.start("cancel_entry"))
        table.itemSelectionChanged.connect(self.update_state)
        self.update_state()

    # -- what can be done to the selected row --------------------------------------------------
    def selected(self) -> LiveCopyRecord | None:
        ref = self._table.selected_ref()
        return ref if isinstance(ref, LiveCopyRecord) and ref.signal_ref else None

    def update_state(self) -> None:
        record = self.selected()
        busy = self._task is not None
        can_close = record is not None and record.status in ("open", "resting") and not busy
        can_cancel = record is not None and record.status == "resting" and not busy
        for widget in (self.close_button, self.close_action):
            widget.setEnabled(can_close)
        for widget in (self.cancel_button, self.cancel_action):
            widget.setEnabled(can_cancel)
        self.close_button.setVisible(self._has_live_rows())
        self.cancel_button.setVisible(self._has_live_rows())

    def _has_live_rows(self) -> bool:
        return any(
            isinstance(self._table.row_ref(r), LiveCopyRecord)
            for r in range(self._table.rowCount())
        )

    # -- plan, ask, act ------------------------------------------------------------------------
    def start(self, kind: str) -> None:
        record = self.selected()
        services = self._services_of()
        if record is None or services is None or self._task is not None:
            return
        actions = services.copy_actions
        planner = actions.plan_close if kind == "close" else actions.plan_cancel_entry
        self.message.emit(f"{TITLES[kind]}: reading the exchange…")
        self._task = start_task(
            self,
            services,
            lambda _control: planner(record.signal_ref),
            lambda plan: self._planned(services, record, plan),
            self._failed,
        )
        self.update_state()

    def _planned(self, services: Services, record: LiveCopyRecord, plan: CopyActionPlan) -> None:
        self._task = None
        self.update_state()
        title = TITLES[plan.kind]
        if not plan.possible:
            self.message.emit(f"{title}: nothing to send.")
            self.inform(title, plan.reason, warning=False)
            return
        if not self.confirm(record, plan):
            self.message.emit(f"{title}: nothing was sent.")
            return
        act = (
            services.copy_actions.close
            if plan.kind == "close"
            else services.copy_actions.cancel_entry
        )
        self.message.emit(f"{title}: sending…")
        self._task = start_task(
            self,
            services,
            lambda _control: act(plan.signal_ref),
            lambda outcome: self._done(title, outcome),
            self._failed,
        )
        self.update_state()

    def confirm(self, record: LiveCopyRecord, plan: CopyActionPlan) -> bool:
        box, send = confirm_box(record, plan, self._parent)
        box.exec()
        return box.clickedButton() is send

    def _done(self, title: str, outcome: CopyActionOutcome) -> None:
        self._task = None
        self.update_state()
        self.message.emit(f"{title}: {outcome.headline}")
        self.acted.emit(outcome)
        details = "\n".join(outcome.details)
        self.inform(
            title, outcome.headline + (f"\n\n{details}" if details else ""), warning=not outcome.ok
        )

    def _failed(self, exc: Exception) -> None:
        self._task = None
        self.update_state()
        text = plain_error(exc)
        self.message.emit(f"Nothing was done: {text}")
        self.inform("Live copy", f"Nothing was done: {text}", warning=True)

    def inform(self, title: str, text: str, *, warning: bool) -> None:
        """Tell the user (non-blocking); tests replace it."""
        box = QMessageBox(
            QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information,
            title,
            text,
            QMessageBox.StandardButton.Ok,
            self._parent,
        )
        box.setObjectName("liveActionResult")
        box.open()
