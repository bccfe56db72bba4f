"""Alert history: every fired alert with its rule, value and whether it paused the trader;
and its deliveries: each Telegram and e-mail message with its state and, when it failed, why."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tradermanager.domain.alert_routing import OutboxStatus
from tradermanager.services import Services
from tradermanager.ui.alert_rules_box import AlertRulesBox
from tradermanager.ui.table_export import install_csv_export

COLUMNS = ("Fired (UTC)", "Trader", "Rule", "Paused", "New", "Message")
DELIVERY_COLUMNS = (
    "Queued (UTC)",
    "Channel",
    "Alert",
    "Status",
    "Tries",
    "Sent / next try (UTC)",
    "Reason",
)
FAILED_COLOUR = QColor("#e5534b")


class AlertsDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Alerts")
        self.setObjectName("alertsDialog")
        self.resize(1200, 520)
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
        self.deliveries = QTableWidget(0, len(DELIVERY_COLUMNS))
        self.deliveries.setObjectName("deliveriesTable")
        self.deliveries.setHorizontalHeaderLabels(DELIVERY_COLUMNS)
        self.deliveries.horizontalHeader().setSectionResizeMode(
            len(DELIVERY_COLUMNS) - 1, QHeaderView.ResizeMode.Stretch
        )
        self.deliveries.verticalHeader().hide()
        install_csv_export(self.deliveries, "deliveries")
        self.retry = QPushButton("Retry failed")
        self.retry.setObjectName("retryFailed")
        self.retry.setToolTip("Queue every failed message again (after fixing the settings).")
        self.retry.clicked.connect(self._retry)
        self.empty = QLabel(
            "No alerts yet. An alert fires when a trader crosses a rule's threshold (a "
            "drawdown, a losing streak, leverage, silence…). Add rules for every trader in "
            "the Rules tab, or for one trader in its card."
        )
        self.empty.setObjectName("noAlertsYet")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #8b949e; padding: 6px;")
        history = QWidget()
        history_layout = QVBoxLayout(history)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(self.empty)
        history_layout.addWidget(self.table)
        self.rules = AlertRulesBox(services)
        self.rules.show_defaults()
        self.rules.changed.connect(self.refresh)
        self.tabs = QTabWidget()
        self.tabs.addTab(history, "Alerts")
        self.tabs.addTab(self.deliveries, "Deliveries")
        self.tabs.addTab(self.rules, "Rules")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.acknowledge, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.retry, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
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
        self.empty.setVisible(not events)
        self._refresh_deliveries()

    def _refresh_deliveries(self) -> None:
        items = self._svc.notifications.outbox(limit=500)
        self.deliveries.setRowCount(len(items))
        failed = 0
        for row, n in enumerate(items):
            when = n.sent_at if n.status is OutboxStatus.SENT else n.not_before
            reason = n.last_error
            if n.status is OutboxStatus.PENDING and not n.attempts and n.not_before > n.created_at:
                reason = "held for the channel's quiet hours (not urgent)"
            cells = (
                f"{n.created_at:%Y-%m-%d %H:%M}",
                n.channel.value,
                n.title,
                n.status.value,
                str(n.attempts),
                "" if when is None else f"{when:%Y-%m-%d %H:%M}",
                reason,
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if n.status is OutboxStatus.FAILED:
                    item.setForeground(FAILED_COLOUR)
                if col == len(cells) - 1 and text:
                    item.setToolTip(text)
                self.deliveries.setItem(row, col, item)
            failed += n.status is OutboxStatus.FAILED
        for col in range(len(DELIVERY_COLUMNS) - 1):  # the reason stretches; its tooltip has it all
            self.deliveries.resizeColumnToContents(col)
        self.deliveries.setColumnWidth(2, min(self.deliveries.columnWidth(2), 280))
        self.retry.setEnabled(failed > 0)
        self.tabs.setTabText(1, f"Deliveries ({failed} failed)" if failed else "Deliveries")

    def _retry(self) -> None:
        self._svc.notifications.retry()
        self._refresh_deliveries()

    def _acknowledge(self) -> None:
        self._svc.alerts.acknowledge()
        self.refresh()
