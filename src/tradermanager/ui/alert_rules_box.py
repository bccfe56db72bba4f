"""Alert settings of one trader in its card: its rules (and the defaults), add and remove."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tradermanager.domain.alert_routing import Channel
from tradermanager.domain.alerts import INCIDENT_KINDS, THRESHOLDS, AlertKind, AlertRule
from tradermanager.domain.errors import ValidationError
from tradermanager.services import Services

UNITS = {
    AlertKind.DRAWDOWN: "fraction, e.g. -0.15",
    AlertKind.WIN_RATE: "fraction, e.g. 0.6",
    AlertKind.LOSSES: "losses in a row",
    AlertKind.LEVERAGE: "×",
    AlertKind.LIQUIDATION: "liquidations / 24 h",
    AlertKind.SILENCE: "days",
    AlertKind.DAILY_LOSS: "USD",
    AlertKind.COPY_LIQUIDATION: "my liquidated copies / 24 h",
    AlertKind.SOURCE_SILENT: "× the usual gap between signals",
    AlertKind.DAILY_LOSS_LIMIT: "raised by the engine",
    AlertKind.COPY_STOP_LOSS: "raised by the engine",
    AlertKind.LIVE_ORDER: "raised by the engine",
    AlertKind.KILL_SWITCH: "raised by the engine",
}


def describe(rule: AlertRule) -> str:
    scope = "all traders" if rule.trader_id is None else "this trader"
    pause = ", pauses the trader" if rule.auto_pause else ""
    where = " + ".join(["tray", *sorted(c.value for c in rule.channels)])
    figure = "" if rule.kind in INCIDENT_KINDS else f" at {rule.threshold:g}"
    return (
        f"{rule.kind.value}{figure} ({UNITS[rule.kind]}) — {scope}{pause} → {where}, "
        f"{rule.effective_severity.value}"
    )


class AlertRulesBox(QGroupBox):
    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__("Alerts", parent)
        self.setObjectName("alertRulesBox")
        self._svc = services
        self._trader_id: int | None = None
        self.rules = QListWidget()
        self.rules.setObjectName("alertRules")
        self.rules.setMaximumHeight(90)
        self.kind = QComboBox()
        self.kind.setObjectName("alertKind")
        self.kind.addItems([k.value for k in AlertKind])
        self.threshold = QDoubleSpinBox()
        self.threshold.setObjectName("alertThreshold")
        self.threshold.setDecimals(3)
        self.threshold.setRange(-1e9, 1e9)
        self.auto_pause = QCheckBox("pause the trader")
        self.auto_pause.setObjectName("alertAutoPause")
        self.add = QPushButton("Add rule")
        self.add.setObjectName("addAlertRule")
        self.remove = QPushButton("Remove selected")
        self.remove.setObjectName("removeAlertRule")
        self.to_telegram = QCheckBox("Telegram")
        self.to_telegram.setObjectName("alertToTelegram")
        self.to_email = QCheckBox("E-mail")
        self.to_email.setObjectName("alertToEmail")
        self.severity = QComboBox()
        self.severity.setObjectName("alertSeverity")
        self.severity.addItems(["default severity", "info", "warning", "urgent"])
        self.severity.setToolTip("Urgent alerts go out during quiet hours too.")
        self.route = QPushButton("Apply to selected")
        self.route.setObjectName("routeAlertRule")
        self.route.setToolTip("Send the selected rule's alerts to the ticked channels.")
        self.error = QLabel()
        self.error.setStyleSheet("color: #e5534b;")
        self.kind.currentTextChanged.connect(self._default_threshold)
        self.add.clicked.connect(self._add)
        self.remove.clicked.connect(self._remove)
        self.route.clicked.connect(self._route)
        row = QHBoxLayout()
        for widget in (self.kind, self.threshold, self.auto_pause, self.add, self.remove):
            row.addWidget(widget)
        routing = QHBoxLayout()
        routing.addWidget(QLabel("Also send to"))
        for widget in (self.to_telegram, self.to_email, self.severity, self.route):
            routing.addWidget(widget)
        routing.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.rules)
        layout.addLayout(row)
        layout.addLayout(routing)
        layout.addWidget(self.error)
        self._default_threshold(self.kind.currentText())

    def set_trader(self, trader_id: int | None) -> None:
        self._trader_id = trader_id
        self.rules.clear()
        self.error.clear()
        if trader_id is None:
            return
        for rule in self._svc.alerts.rules(trader_id):
            item = QListWidgetItem(describe(rule))
            item.setData(Qt.ItemDataRole.UserRole, rule.id)
            self.rules.addItem(item)

    def _default_threshold(self, kind: str) -> None:
        self.threshold.setValue(THRESHOLDS[AlertKind(kind)][3])
        self.threshold.setEnabled(AlertKind(kind) not in INCIDENT_KINDS)

    def _channels(self) -> list[str]:
        chosen = [(self.to_telegram, Channel.TELEGRAM), (self.to_email, Channel.EMAIL)]
        return [channel.value for box, channel in chosen if box.isChecked()]

    def _severity(self) -> str | None:
        return None if self.severity.currentIndex() == 0 else self.severity.currentText()

    def _route(self) -> None:
        item = self.rules.currentItem()
        if item is None:
            self.error.setText("Select a rule first.")
            return
        rule_id = int(item.data(Qt.ItemDataRole.UserRole))
        try:
            self._svc.alerts.set_routing(rule_id, self._channels(), self._severity())
        except ValidationError as exc:
            self.error.setText(str(exc))
            return
        self.set_trader(self._trader_id)
        self.changed.emit()

    def _add(self) -> None:
        if self._trader_id is None:
            return
        try:
            self._svc.alerts.add_rule(
                self._trader_id,
                self.kind.currentText(),
                self.threshold.value(),
                auto_pause=self.auto_pause.isChecked(),
                channels=self._channels(),
                severity=self._severity(),
            )
        except ValidationError as exc:
            self.error.setText(str(exc))
            return
        self.set_trader(self._trader_id)
        self.changed.emit()

    def _remove(self) -> None:
        item = self.rules.currentItem()
        if item is None:
            return
        self._svc.alerts.remove_rule(int(item.data(Qt.ItemDataRole.UserRole)))
        self.set_trader(self._trader_id)
        self.changed.emit()
