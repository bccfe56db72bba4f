"""The less used half of a trader's configuration: how the engine sizes and exits its copies
(sizing mode, take-profit split, break-even, trailing stop, limit expiry, its own maximum of
open copies, copy stop-loss and allocation). OK hands the values back to the card, whose
Apply saves them with the rest after confirming."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tradermanager.domain.enums import SizingMode
from tradermanager.domain.errors import ValidationError
from tradermanager.domain.setting_specs import (
    ALLOCATION,
    BREAK_EVEN_AFTER,
    COPY_STOP_LOSS,
    EQUITY_PCT,
    LIMIT_EXPIRY_HOURS,
    MAX_OPEN,
    RISK_PCT,
    TRAILING_STOP,
    NumberSetting,
)
from tradermanager.domain.settings import (
    EXECUTION_RULE_NAMES,
    TraderSettings,
    tp_split_text,
    update_settings,
)
from tradermanager.ui import formatting as fmt

RULE_KEYS = EXECUTION_RULE_NAMES
SIZING_LABELS = {
    SizingMode.MULTIPLIER: "Base size × multiplier",
    SizingMode.EQUITY_PCT: "A share of equity",
    SizingMode.RISK_PCT: "A risk to the stop",
}


def spin_for(spec: NumberSetting, name: str, off: str = "") -> QSpinBox | QDoubleSpinBox:
    """A box with the spec's range in display units (percent for fractions); ``off`` is shown
    at the low end, where 0 turns the rule off."""
    scale = spec.display_scale
    box: QSpinBox | QDoubleSpinBox
    if spec.whole:
        box = QSpinBox()
        box.setRange(int(spec.low), int(spec.high))
    else:
        box = QDoubleSpinBox()
        box.setDecimals(2)
        box.setRange(spec.low * scale, spec.high * scale)
        box.setSingleStep(spec.step * scale)
    box.setObjectName(name)
    box.setSuffix(spec.suffix)
    box.setPrefix(spec.prefix)
    box.setToolTip(f"{spec.help} ({spec.allowed})")
    if off:
        box.setSpecialValueText(off)
    return box


def _value(box: QSpinBox | QDoubleSpinBox, spec: NumberSetting) -> float | int:
    if isinstance(box, QSpinBox):
        return box.value()
    return round(box.value() / spec.display_scale, 6)


class ExecutionRulesDialog(QDialog):
    def __init__(self, settings: TraderSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Execution rules — {settings.name}")
        self.setObjectName("executionRulesDialog")
        self._settings = settings
        form = QFormLayout()
        self.sizing = QComboBox()
        self.sizing.setObjectName("sizingMode")
        for mode, label in SIZING_LABELS.items():
            self.sizing.addItem(label, mode.value)
        self.sizing.setToolTip(
            "How big each copy is: the card's position size (base size × multiplier), a "
            "share of equity, or the size whose loss at the stop is a share of equity."
        )
        form.addRow("Size each copy by", self.sizing)
        self.boxes: dict[str, tuple[QSpinBox | QDoubleSpinBox, NumberSetting]] = {}
        rows = (
            (EQUITY_PCT, "equityPct", ""),
            (RISK_PCT, "riskPct", ""),
            (BREAK_EVEN_AFTER, "breakEvenAfter", "never"),
            (TRAILING_STOP, "trailingStop", "off"),
            (LIMIT_EXPIRY_HOURS, "limitExpiry", ""),
            (MAX_OPEN, "maxOpen", "no limit"),
            (COPY_STOP_LOSS, "copyStopLoss", "off"),
            (ALLOCATION, "allocation", "the whole capital"),
        )
        for spec, name, off in rows:
            self.boxes[spec.key] = (spin_for(spec, name, off), spec)
        self.tp_split = QLineEdit()
        self.tp_split.setObjectName("tpSplit")
        self.tp_split.setPlaceholderText("equal shares (e.g. 50,30,20)")
        self.tp_split.setToolTip(
            "Share of the position closed at each take-profit, nearest first; used when a "
            "signal has that many targets, otherwise the shares are equal."
        )
        for key in RULE_KEYS[1:]:
            if key == "tp_split":
                form.addRow("Take-profit split", self.tp_split)
            else:
                box, spec = self.boxes[key]
                form.addRow(spec.label, box)
        self.sizing.currentIndexChanged.connect(self._sizing_changed)

        self.error = QLabel()
        self.error.setObjectName("rulesError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {fmt.LOSS.name()};")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        note = QLabel(
            "0 turns a rule off. OK keeps these in the card; Apply there saves them. Rules "
            "and formulas: docs/execution.md."
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.show_rules(settings)

    def show_rules(self, s: TraderSettings) -> None:
        self.sizing.setCurrentIndex(self.sizing.findData(s.sizing.value))
        for key, (box, spec) in self.boxes.items():
            value = getattr(s, key)
            box.setValue(value if isinstance(box, QSpinBox) else value * spec.display_scale)
        self.tp_split.setText(tp_split_text(s.tp_split))
        self._sizing_changed()

    def values(self) -> dict[str, Any]:
        """The rules as TraderService.update takes them (fractions, hours, USD)."""
        out: dict[str, Any] = {"sizing": self.sizing.currentData()}
        for key, (box, spec) in self.boxes.items():
            out[key] = _value(box, spec)
        out["tp_split"] = self.tp_split.text().strip()
        return out

    def checked(self) -> dict[str, Any] | None:
        """The values in domain form, or None with the error shown."""
        try:
            new = update_settings(self._settings, **self.values())
        except ValidationError as exc:
            self.error.setText(str(exc))
            return None
        self.error.clear()
        return {key: getattr(new, key) for key in RULE_KEYS}

    def accept(self) -> None:
        if self.checked() is not None:
            super().accept()

    def _sizing_changed(self) -> None:
        mode = self.sizing.currentData()
        self.boxes["equity_pct"][0].setEnabled(mode == SizingMode.EQUITY_PCT.value)
        self.boxes["risk_pct"][0].setEnabled(mode == SizingMode.RISK_PCT.value)


def with_rules(settings: TraderSettings, rules: dict[str, Any]) -> TraderSettings:
    """``settings`` with checked rule values (as ExecutionRulesDialog.checked returns)."""
    return replace(settings, **rules)
