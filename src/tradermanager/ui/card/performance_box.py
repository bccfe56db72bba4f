"""Performance of the trader over a chosen window (7d, 30d, 90d, all), from its snapshot."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QWidget

from tradermanager.domain.metric_registry import Unit, spec
from tradermanager.domain.windows import DEFAULT_WINDOW, Window
from tradermanager.ui import formatting as fmt
from tradermanager.ui.card.risk_scale import RiskScale
from tradermanager.ui.metric_format import caption, formatter
from tradermanager.ui.metric_help import HELP

WINDOWS = tuple(w.value for w in Window)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

# the card's figures, in grid order; "roi" means the window's own roi_<window>
KEYS = (
    "roi",
    "win_rate",
    "sharpe_ratio",
    "sortino_ratio",
    "max_drawdown",
    "var_95",
    "avg_leverage",
    "max_leverage",
    "liquidation_risk",
    "trade_count",
    "signal_count",
    "current_drawdown",
)
# (caption, key, format, coloured as gain/loss): captions and formats from the registry;
# returns (gains and losses) are coloured
FIGURES: tuple[tuple[str, str, Callable[[Any], str], bool], ...] = tuple(
    (caption(key), key, formatter(key), spec(key, DEFAULT_WINDOW).unit is Unit.RETURN)
    for key in KEYS
)


class PerformanceBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Performance", parent)
        self.setObjectName("performanceBox")
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        self.window_combo = QComboBox()
        self.window_combo.setObjectName("windowCombo")
        self.window_combo.addItems(WINDOWS)
        self.window_combo.setCurrentText(DEFAULT_WINDOW.value)
        self.window_combo.setToolTip("The period the figures below cover.")
        self.window_combo.setMaximumWidth(90)
        grid.addWidget(QLabel("Window"), 0, 0)
        grid.addWidget(self.window_combo, 0, 1)
        risk_caption = QLabel("Risk score")
        risk_caption.setToolTip(HELP["risk_score"])
        self.risk = RiskScale()
        grid.addWidget(risk_caption, 0, 2)
        grid.addWidget(self.risk, 0, 3, 1, 3)
        self.values: dict[str, QLabel] = {}
        for i, (text, key, _show, _tone) in enumerate(FIGURES):
            r, c = 1 + i // 3, (i % 3) * 2
            name = QLabel(text)
            name.setObjectName("caption")
            name.setToolTip(HELP.get(key, ""))
            value = QLabel(fmt.DASH)
            value.setObjectName(f"metric_{key}")
            value.setProperty("numeric", True)
            value.setToolTip(HELP.get(key, ""))
            value.setAlignment(RIGHT)
            grid.addWidget(name, r, c)
            grid.addWidget(value, r, c + 1)
            self.values[key] = value
        for c in (1, 3, 5):
            grid.setColumnStretch(c, 1)

    def current_window(self) -> str:
        return self.window_combo.currentText()

    def show_values(self, values: Mapping[str, Any]) -> None:
        """Render a snapshot's values (keys: docs/metrics.md); None reads "—"."""
        window = self.current_window()
        for _caption, key, show, toned in FIGURES:
            label = self.values[key]
            value = values.get(f"roi_{window}" if key == "roi" else key)
            label.setText(show(value))
            label.setStyleSheet(f"color: {fmt.tone(value).name()}" if toned else "")
        self.risk.set_score(values.get("risk_score"))

    def clear(self) -> None:
        for label in self.values.values():
            label.setText(fmt.DASH)
            label.setStyleSheet("")
        self.risk.set_score(None)
