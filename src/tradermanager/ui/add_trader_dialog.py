"""Add a trader: every setting, validated as you type with the rules the service applies."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tradermanager.domain.errors import ValidationError
from tradermanager.domain.models import Trader
from tradermanager.domain.setting_specs import (
    MAX_LEVERAGE,
    MIN_CONFIDENCE,
    MULTIPLIER,
    PRIORITY,
    REFERENCE_CAPITAL,
)
from tradermanager.domain.settings import make_settings
from tradermanager.domain.source_reference import reference_problem
from tradermanager.services import Services
from tradermanager.ui import formatting as fmt
from tradermanager.ui.setting_widgets import spin_box, value_of


class AddTraderDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add trader")
        self.setObjectName("addTraderDialog")
        self._svc = services
        self.created: Trader | None = None
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.source = QComboBox()
        self.source.setObjectName("source")
        self.source.addItems(["binance", "telegram", "manual"])
        self.source_ref = QLineEdit()
        self.source_ref.setObjectName("source_ref")
        self.source_ref.setPlaceholderText("@channel, lead-trader id, profile link")
        self.multiplier = spin_box(MULTIPLIER, "multiplier")
        self.min_confidence = spin_box(MIN_CONFIDENCE, "min_confidence")
        self.max_leverage = spin_box(MAX_LEVERAGE, "max_leverage")
        self.whitelist = QLineEdit()
        self.whitelist.setObjectName("whitelist")
        self.whitelist.setPlaceholderText("all tokens")
        self.blacklist = QLineEdit()
        self.blacklist.setObjectName("blacklist")
        self.priority = spin_box(PRIORITY, "priority")
        self.reference_capital = spin_box(REFERENCE_CAPITAL, "reference_capital")
        self.notes = QLineEdit()
        self.notes.setObjectName("notes")
        self.paper = QCheckBox("Paper trading only (recommended for a new trader)")
        self.paper.setObjectName("paper_only")
        self.paper.setChecked(True)
        self.errors: dict[str, QLabel] = {}
        for label, field in (
            ("Name", self.name),
            ("Source", self.source),
            ("Reference", self.source_ref),
            ("Size multiplier", self.multiplier),
            ("Min confidence", self.min_confidence),
            ("Max leverage", self.max_leverage),
            ("Only tokens", self.whitelist),
            ("Never tokens", self.blacklist),
            ("Priority", self.priority),
            ("Reference capital", self.reference_capital),
            ("Notes", self.notes),
            ("", self.paper),
        ):
            form.addRow(label, field)
            error = QLabel()
            error.setObjectName(f"error_{field.objectName()}")
            error.setStyleSheet("color: #e5534b;")
            # two lines always reserved: fields do not jump under the pointer while typing
            error.setWordWrap(True)
            error.setFixedHeight(error.fontMetrics().lineSpacing() * 2 + 2)
            error.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            form.addRow("", error)
            self.errors[field.objectName()] = error
        self.leverage_warning = self.errors["max_leverage"]  # shares the reserved line
        self.setMinimumWidth(560)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.source.currentTextChanged.connect(self.validate)
        for widget in (self.name, self.source_ref, self.whitelist, self.blacklist, self.notes):
            widget.textChanged.connect(self.validate)
        for spin in (
            self.multiplier,
            self.min_confidence,
            self.max_leverage,
            self.priority,
            self.reference_capital,
        ):
            spin.valueChanged.connect(self.validate)
        self.validate()

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "source": self.source.currentText(),
            "source_ref": self.source_ref.text(),
            "multiplier": value_of(self.multiplier, MULTIPLIER),
            "min_confidence": value_of(self.min_confidence, MIN_CONFIDENCE),
            "max_leverage": value_of(self.max_leverage, MAX_LEVERAGE),
            "whitelist": self.whitelist.text(),
            "blacklist": self.blacklist.text(),
            "priority": value_of(self.priority, PRIORITY),
            "reference_capital": value_of(self.reference_capital, REFERENCE_CAPITAL),
            "notes": self.notes.text(),
            "paper_only": self.paper.isChecked(),
        }

    def validate(self) -> bool:
        """Check with the domain's rules; the message appears under the field at fault."""
        for label in self.errors.values():
            label.clear()
            label.setStyleSheet(f"color: {fmt.LOSS.name()};")
        leverage = value_of(self.max_leverage, MAX_LEVERAGE)
        if MAX_LEVERAGE.warns(leverage):  # a warning, as in the card: allowed, not advised
            self.leverage_warning.setStyleSheet(f"color: {fmt.WARN.name()};")
            self.leverage_warning.setText(f"⚠ {MAX_LEVERAGE.warning}")
        try:
            make_settings(**self.values())
        except ValidationError as exc:
            self._show_error(exc)
            return False
        problem = reference_problem(self.source.currentText(), self.source_ref.text())
        if problem is not None:
            self._show_message("source_ref", problem)
            return False
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        return True

    def _show_error(self, exc: ValidationError) -> None:
        self._show_message(exc.field, str(exc))

    def _show_message(self, field: str, text: str) -> None:
        label = self.errors.get(field, self.errors["name"])
        label.setStyleSheet(f"color: {fmt.LOSS.name()};")
        label.setText(text)
        label.setToolTip(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def _create(self) -> None:
        if not self.validate():
            return
        try:
            self.created = self._svc.traders.add(**self.values())
        except ValidationError as exc:  # e.g. the name is taken
            self._show_error(exc)
            return
        self.accept()
