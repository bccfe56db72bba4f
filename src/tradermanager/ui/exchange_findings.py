"""Live → Exchange findings: what reconciliation found on the exchange that the app's records
do not explain (and stops it placed again), kept across restarts, with when each was first
and last seen and whether it is resolved. The user acknowledges one; nothing listed is ever
closed by the app. Read and written on a pool thread; refreshed after every pass."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tradermanager.domain.live_findings import ExchangeFinding
from tradermanager.services import Services
from tradermanager.ui.worker import error_text, start_task

COLUMNS = ("Status", "What", "Symbol", "Details", "First seen (UTC)", "Last seen", "Resolved")
STATUS_COLOURS = {
    "open": "#e67e22",
    "acknowledged": "#9aa4b2",
    "resolved": "#3fb950",
    "done": "#3fb950",
}


def _when(moment: datetime | None) -> str:
    return "" if moment is None else f"{moment:%Y-%m-%d %H:%M}"


class ExchangeFindingsDialog(QDialog):
    acknowledged = Signal(str)  # the key of a finding the user acknowledged

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._svc = services
        self._findings: list[ExchangeFinding] = []
        self.setObjectName("exchangeFindingsDialog")
        self.setWindowTitle("Exchange findings")
        self.resize(1100, 460)
        self.summary = QLabel("Reading…")
        self.summary.setObjectName("findingsSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("findingsTable")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.show_resolved = QCheckBox("Show resolved")
        self.show_resolved.setObjectName("showResolved")
        self.show_resolved.setToolTip("Findings the exchange no longer shows, and stops you saw")
        self.show_resolved.toggled.connect(self.reload)
        self.acknowledge_button = QPushButton("Acknowledge")
        self.acknowledge_button.setObjectName("acknowledgeFinding")
        self.acknowledge_button.setToolTip(
            "Mark the selected finding as seen: it stops counting in the status bar. An open "
            "one stays listed until the exchange matches the app's records again."
        )
        self.acknowledge_button.setEnabled(False)
        self.acknowledge_button.clicked.connect(self.acknowledge_selected)
        self.error = QLabel()
        self.error.setObjectName("findingsError")
        self.error.setStyleSheet("color:#e74c3c")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.show_resolved)
        row.addStretch(1)
        row.addWidget(self.acknowledge_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.reload()

    # -- reading ---------------------------------------------------------------------------------
    def reload(self, *_args: object) -> None:
        everything = self.show_resolved.isChecked()
        start_task(
            self,
            self._svc,
            lambda _control: self._svc.findings.findings(include_resolved=everything),
            self.show_findings,
            self._failed,
        )

    def show_findings(self, findings: list[ExchangeFinding]) -> None:
        selected = self.selected()
        self._findings = list(findings)
        self.table.setRowCount(len(findings))
        for row, f in enumerate(findings):
            cells = (
                f.status,
                f.kind_words,
                f.symbol,
                f.message,
                _when(f.first_seen),
                _when(f.last_seen),
                _when(f.resolved) if f.status == "resolved" else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setForeground(QColor(STATUS_COLOURS.get(f.status, "#9aa4b2")))
                if column == 3:
                    item.setToolTip(f.message)
                self.table.setItem(row, column, item)
            if selected is not None and f.id == selected.id:
                self.table.selectRow(row)
        self.table.resizeRowsToContents()
        waiting = sum(1 for f in findings if f.status == "open")
        if not findings:
            self.summary.setText(
                "Nothing found: the exchange matches the app's records."
                if not self.show_resolved.isChecked()
                else "Nothing was ever found on the exchange that the app could not explain."
            )
        else:
            self.summary.setText(
                f"{waiting} open finding(s) not acknowledged. The app never closes or cancels "
                "anything listed here: decide on the exchange, or use the kill switch (it "
                "closes only what the app opened). Checked every minute."
            )
        self.error.setVisible(False)
        self._selection_changed()

    def _failed(self, exc: Exception) -> None:
        self.error.setText(f"The findings could not be read: {error_text(exc)}")
        self.error.setVisible(True)

    # -- acknowledging ---------------------------------------------------------------------------
    def selected(self) -> ExchangeFinding | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._findings):
            return None
        return self._findings[rows[0].row()]

    def _selection_changed(self) -> None:
        chosen = self.selected()
        self.acknowledge_button.setEnabled(chosen is not None and chosen.acknowledged is None)

    def acknowledge_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        self.acknowledge_button.setEnabled(False)
        start_task(
            self,
            self._svc,
            lambda _control: self._svc.findings.acknowledge(chosen.id),
            self._acknowledged,
            self._failed,
        )

    def _acknowledged(self, finding: ExchangeFinding) -> None:
        self.acknowledged.emit(finding.key)
        self.reload()
