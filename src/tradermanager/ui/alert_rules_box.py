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
from tradermanager.ui.alert_units import show_threshold, unit


def describe(rule: AlertRule) -> str:
    scope = "all traders" if rule.trader_id is None else "this trader"
    pause = ", pauses the trader" if rule.auto_pause else ""
    where = " + ".join(["tray", *sorted(c.value for c in rule.channels)])
    figure = show_threshold(rule.kind, rule.threshold)
    figure = f" ({figure})" if rule.kind in INCIDENT_KINDS else f" at {figure}"
    return f"{rule.kind.value}{figure} — {scope}{pause} → {where}, {rule.effective_severity.value}"


class AlertRulesBox(QGroupBox):
    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__("Alerts", parent)
        self.setObjectName("alertRulesBox")
        self._svc = services
        self._trader_id: int | None = None
        self._defaults = False  # the rules for every trader instead of one trader's
        self.rules = QListWidget()
        self.rules.setObjectName("alertRules")
        self.rules.setMaximumHeight(90)
        self.kind = QComboBox()
        self.kind.setObjectName("alertKind")
        self.kind.addItems([k.value for k in AlertKind])
        self.threshold = QDoubleSpinBox()
        self.threshold.setObjectName("alertThreshold")
        self.threshold.setMinimumWidth(120)
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

    def show_defaults(self) -> None:
        """List and add the default rules, which apply to every trader."""
        self._defaults = True
        self.setTitle("Rules for every trader")
        self.auto_pause.setText("pause the trader it fires for")
        self.set_trader(None)

    def set_trader(self, trader_id: int | None) -> None:
        self._trader_id = trader_id
        self.rules.clear()
        self.error.clear()
        if trader_id is None and not self._defaults:
            return
        rules = self._svc.alerts.rules(trader_id)
        if trader_id is None:
            rules = [r for r in rules if r.trader_id is None]
        for rule in rules:
            item = QListWidgetItem(describe(rule))
            item.setData(Qt.ItemDataRole.UserRole, rule.id)
            self.rules.addItem(item)

    def _default_threshold(self, kind: str) -> None:
        """The box speaks the rule's unit: −15.0 % for a drawdown, 10× for leverage."""
        alert = AlertKind(kind)
        low, high, _allowed, default = THRESHOLDS[alert]
        u = unit(alert)
        self.threshold.setEnabled(u is not None)
        if u is None:
            self.threshold.setRange(0, 0)
            self.threshold.setPrefix("")
            self.threshold.setSuffix(" (engine)")
            return
        self.threshold.setDecimals(u.decimals)
        self.threshold.setPrefix(u.prefix)
        self.threshold.setSuffix(u.suffix)
        self.threshold.setRange(low * u.scale, high * u.scale)
        self.threshold.setValue(default * u.scale)

    def threshold_value(self) -> float:
        """The typed threshold as the rule stores it (−15 % → −0.15)."""
        u = unit(AlertKind(self.kind.currentText()))
        return 0.0 if u is None else round(self.threshold.value() / u.scale, 10)

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
        if self._trader_id is None and not self._defaults:
            return
        try:
            self._svc.alerts.add_rule(
                self._trader_id,
                self.kind.currentText(),
                self.threshold_value(),
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
