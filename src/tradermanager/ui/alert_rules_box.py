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

from tradermanager.domain.alerts import THRESHOLDS, AlertKind, AlertRule
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
}


def describe(rule: AlertRule) -> str:
    scope = "all traders" if rule.trader_id is None else "this trader"
    pause = ", pauses the trader" if rule.auto_pause else ""
    return f"{rule.kind.value} at {rule.threshold:g} ({UNITS[rule.kind]}) — {scope}{pause}"


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
        self.error = QLabel()
        self.error.setStyleSheet("color: #e5534b;")
        self.kind.currentTextChanged.connect(self._default_threshold)
        self.add.clicked.connect(self._add)
        self.remove.clicked.connect(self._remove)
        row = QHBoxLayout()
        for widget in (self.kind, self.threshold, self.auto_pause, self.add, self.remove):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.rules)
        layout.addLayout(row)
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

    def _add(self) -> None:
        if self._trader_id is None:
            return
        try:
            self._svc.alerts.add_rule(
                self._trader_id,
                self.kind.currentText(),
                self.threshold.value(),
                auto_pause=self.auto_pause.isChecked(),
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
