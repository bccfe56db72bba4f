"""What gets copied from this trader: position size, max leverage, min confidence, token
filters, paper or live, and (behind "Execution rules…") how its copies are sized and exited.
Nothing is saved until Apply (the card confirms first)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QWidget,
)

from tradermanager.domain.copy_rules import describe_rules
from tradermanager.domain.setting_specs import MAX_LEVERAGE, MIN_CONFIDENCE, MULTIPLIER
from tradermanager.domain.settings import TraderSettings
from tradermanager.ui import formatting as fmt
from tradermanager.ui.card.execution_rules_dialog import (
    RULE_KEYS,
    ExecutionRulesDialog,
    with_rules,
)
from tradermanager.ui.card.mode_segments import ModeSegments
from tradermanager.ui.token_chips import TokenChips

SLIDER_MAX_LEVERAGE = 20  # the slider covers the usual range; the box takes up to 125x


def _slider(name: str, low: int, high: int) -> QSlider:
    slider = QSlider(Qt.Orientation.Horizontal)
    slider.setObjectName(name)
    slider.setRange(low, high)
    slider.setMinimumWidth(160)
    return slider


class _ElidedLabel(QLabel):
    """One line that ends in "…" when it does not fit; the whole text is its tooltip."""

    def __init__(self) -> None:
        super().__init__()
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        self.setText(metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, self.width()))


def _quietly(slider: QSlider, value: int) -> None:
    """Move a slider to follow its box without echoing the change back."""
    slider.blockSignals(True)
    slider.setValue(value)
    slider.blockSignals(False)


class ConfigBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Configuration", parent)
        self.setObjectName("configBox")
        self._base_size = 0.0
        self._settings: TraderSettings | None = None
        self._rules: dict[str, Any] = {}  # execution rules as the dialog left them
        form = QFormLayout(self)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.setVerticalSpacing(8)

        self.multiplier = _slider(  # percent of the base size
            "multiplierSlider", round(MULTIPLIER.low * 100), round(MULTIPLIER.high * 100)
        )
        self.multiplier.setSingleStep(5)
        self.multiplier.setPageStep(25)
        self.multiplier.setTickInterval(25)
        self.multiplier.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.size_preview = QLabel()
        self.size_preview.setObjectName("sizePreview")
        self.size_preview.setMinimumWidth(190)
        self.size_preview.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.multiplier.valueChanged.connect(self._preview_size)
        form.addRow("Position size", self._row(self.multiplier, self.size_preview))

        self.leverage_slider = _slider("leverageSlider", 1, SLIDER_MAX_LEVERAGE)
        self.max_leverage = QSpinBox()
        self.max_leverage.setObjectName("maxLeverage")
        self.max_leverage.setRange(int(MAX_LEVERAGE.low), int(MAX_LEVERAGE.high))
        self.max_leverage.setSuffix(MAX_LEVERAGE.suffix)
        self.max_leverage.setToolTip(
            f"Type up to {MAX_LEVERAGE.high:g}×; the slider covers 1×-{SLIDER_MAX_LEVERAGE}×."
        )
        self.leverage_warning = QLabel(f"⚠ {MAX_LEVERAGE.warning}")
        self.leverage_warning.setObjectName("leverageWarning")
        self.leverage_warning.setStyleSheet(f"color: {fmt.WARN.name()};")
        self.leverage_warning.hide()
        self.leverage_slider.valueChanged.connect(self._slider_leverage)
        self.max_leverage.valueChanged.connect(self._leverage_changed)
        form.addRow("Max leverage", self._row(self.leverage_slider, self.max_leverage))
        form.addRow("", self.leverage_warning)

        self.confidence_slider = _slider("confidenceSlider", 0, 100)
        self.min_confidence = QDoubleSpinBox()
        self.min_confidence.setObjectName("minConfidence")
        scale = MIN_CONFIDENCE.display_scale
        self.min_confidence.setRange(MIN_CONFIDENCE.low * scale, MIN_CONFIDENCE.high * scale)
        self.min_confidence.setDecimals(1)
        self.min_confidence.setSuffix(MIN_CONFIDENCE.suffix)
        self.confidence_slider.valueChanged.connect(self.min_confidence.setValue)
        self.min_confidence.valueChanged.connect(
            lambda v: _quietly(self.confidence_slider, round(v))
        )
        form.addRow("Min confidence", self._row(self.confidence_slider, self.min_confidence))

        self.whitelist = TokenChips("All tokens")
        self.whitelist.setObjectName("whitelist")
        self.whitelist.setToolTip("Whitelist: copy only these tokens. Empty = all tokens.")
        form.addRow("Only tokens", self.whitelist)
        self.blacklist = TokenChips("none")
        self.blacklist.setObjectName("blacklist")
        self.blacklist.setToolTip("Blacklist: never copy these tokens.")
        form.addRow("Never tokens", self.blacklist)

        self.paper = ModeSegments()

        self.rules_summary = _ElidedLabel()
        self.rules_summary.setObjectName("rulesSummary")
        self.rules_summary.setMinimumWidth(120)
        self.rules_button = QPushButton("Execution rules…")
        self.rules_button.setObjectName("executionRules")
        self.rules_button.setToolTip(
            "Sizing mode, take-profit split, break-even, trailing stop, limit expiry, "
            "maximum open copies and copy stop-loss"
        )
        self.rules_button.clicked.connect(self.edit_rules)
        # a row of its own: beside the mode's segments and meaning it made the card wider
        # than a 1366-pixel screen leaves it; the row is paid for by Apply sharing its line
        # with the message below. The summary shows in full as the tooltip.
        form.addRow("Mode", self.paper)
        form.addRow("Execution", self._row(self.rules_summary, self.rules_button))

        self.config_error = QLabel()
        self.config_error.setObjectName("configError")
        self.config_error.setStyleSheet(f"color: {fmt.LOSS.name()};")
        self.config_error.setWordWrap(True)
        self.apply = QPushButton("Apply…")
        self.apply.setObjectName("applyConfig")
        self.apply.setDefault(True)
        # the message (why Apply did nothing, what it will save) beside Apply, not on a line
        # of its own that stays empty most of the time: the card keeps to a laptop's height
        form.addRow("", self._row(self.config_error, self.apply))

    @staticmethod
    def _row(*widgets: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(10)
        for i, widget in enumerate(widgets):
            row.addWidget(widget, 1 if i == 0 else 0)
        return row

    # -- showing -----------------------------------------------------------------------------
    def show_settings(
        self, s: TraderSettings, base_size: float, traded: Iterable[str] = ()
    ) -> None:
        """The stored settings; ``base_size`` (USD) is the global size one 1× trade gets."""
        self._base_size = base_size
        self.multiplier.setValue(round(s.multiplier * 100))
        self._preview_size()
        self.max_leverage.setValue(s.max_leverage)
        self._leverage_changed(s.max_leverage)
        self.min_confidence.setValue(s.min_confidence * 100)
        self.whitelist.setText(", ".join(sorted(s.whitelist)))
        self.blacklist.setText(", ".join(sorted(s.blacklist)))
        suggestions = [*traded, *s.whitelist, *s.blacklist]
        for chips in (self.whitelist, self.blacklist):
            chips.set_suggestions(suggestions)
        self.paper.set_paper(s.paper_only)
        self._settings = s
        self._rules = {key: getattr(s, key) for key in RULE_KEYS}
        self._show_rules()
        self.config_error.clear()

    def changes(self, s: TraderSettings) -> dict[str, Any]:
        """What the controls would change, as keyword arguments of TraderService.update."""
        wanted: dict[str, Any] = {
            "multiplier": self.multiplier.value() / 100,
            "max_leverage": self.max_leverage.value(),
            "min_confidence": round(self.min_confidence.value() / 100, 4),
            "whitelist": self.whitelist.text(),
            "blacklist": self.blacklist.text(),
            "paper_only": self.paper.is_paper(),
        }
        current = {
            "multiplier": s.multiplier,
            "max_leverage": s.max_leverage,
            "min_confidence": s.min_confidence,
            "whitelist": ", ".join(sorted(s.whitelist)),
            "blacklist": ", ".join(sorted(s.blacklist)),
            "paper_only": s.paper_only,
        }
        for key in RULE_KEYS:
            wanted[key] = self._rules.get(key, getattr(s, key))
            current[key] = getattr(s, key)
        return {k: v for k, v in wanted.items() if v != current[k]}

    # -- execution rules ---------------------------------------------------------------------
    def edit_rules(self) -> None:
        """Open the rules dialog on what the card holds; OK keeps its values for Apply."""
        if self._settings is None:
            return
        dialog = ExecutionRulesDialog(with_rules(self._settings, self._rules), self)
        if dialog.exec() == ExecutionRulesDialog.DialogCode.Accepted:
            rules = dialog.checked()
            if rules is not None:
                self.set_rules(rules)

    def set_rules(self, rules: dict[str, Any]) -> None:
        """Checked rule values (ExecutionRulesDialog.checked) to save with Apply."""
        self._rules = dict(rules)
        self._show_rules()
        if self._settings is not None and self.changes(self._settings):
            self.config_error.setText("Apply saves the execution rules.")

    def _show_rules(self) -> None:
        if self._settings is None:
            return
        phrases = describe_rules(with_rules(self._settings, self._rules))
        self.rules_summary.set_full_text(" · ".join(phrases))
        tip = "Execution rules:\n" + "\n".join(phrases)
        self.rules_summary.setToolTip(tip)
        self.rules_button.setToolTip(tip)

    # -- keeping controls in step ------------------------------------------------------------
    def _slider_leverage(self, value: int) -> None:
        if self.max_leverage.value() <= SLIDER_MAX_LEVERAGE or value < SLIDER_MAX_LEVERAGE:
            self.max_leverage.setValue(value)  # a typed 50x is not capped at 20x

    def _leverage_changed(self, value: int) -> None:
        _quietly(self.leverage_slider, min(value, SLIDER_MAX_LEVERAGE))
        self.leverage_warning.setVisible(MAX_LEVERAGE.warns(value))

    def _preview_size(self) -> None:
        m = self.multiplier.value() / 100
        self.size_preview.setText(f"{fmt.times(m)} = {fmt.money(self._base_size * m)} per trade")
