"""Alert history: every fired alert with its rule, value and whether it paused the trader."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tradermanager.services import Services
from tradermanager.ui.table_export import install_csv_export

COLUMNS = ("Fired (UTC)", "Trader", "Rule", "Paused", "New", "Message")


class AlertsDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Alerts")
        self.setObjectName("alertsDialog")
        self.resize(900, 420)
        self._svc = services
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("alertsTable")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.horizontalHeader().setSectionResizeMode(
            len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch
        )
        self.table.verticalHeader().hide()
        install_csv_export(self.table, "alerts")
        self.acknowledge = QPushButton("Acknowledge all")
        self.acknowledge.setObjectName("acknowledgeAll")
        self.acknowledge.clicked.connect(self._acknowledge)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.acknowledge, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        events = self._svc.alerts.events(limit=500)
        self.table.setRowCount(len(events))
        for row, e in enumerate(events):
            cells = (
                f"{e.fired_at:%Y-%m-%d %H:%M}",
                e.trader_name,
                e.kind.value,
                "yes" if e.paused_trader else "",
                "" if e.acknowledged_at else "●",
                e.message,
            )
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.acknowledge.setEnabled(any(e.acknowledged_at is None for e in events))

    def _acknowledge(self) -> None:
        self._svc.alerts.acknowledge()
        self.refresh()
