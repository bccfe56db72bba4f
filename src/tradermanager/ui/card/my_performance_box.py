"""Your performance: how copying this trader went for you over the last 7 days (copies
opened, won / closed, realized P&L in USD and as a share of your capital)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QWidget

from tradermanager.domain.windows import Window
from tradermanager.ui import formatting as fmt
from tradermanager.ui.metric_format import caption
from tradermanager.ui.metric_help import HELP

WINDOW = Window.D7
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ROWS = tuple(
    (caption(key), key)
    for key in ("copied_trades", "copied_won", "pnl_contribution_usd", "pnl_contribution_pct")
)


class MyPerformanceBox(QGroupBox):
    """Renders the 7-day snapshot's copy keys; the metrics service computes them from my
    copied trades (``copied_*``, ``pnl_contribution_*``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Your performance · last 7 days", parent)
        self.setObjectName("myPerformanceBox")
        grid = QGridLayout(self)
        grid.setVerticalSpacing(6)
        self.values: dict[str, QLabel] = {}
        for r, (text, key) in enumerate(ROWS):
            name = QLabel(text)
            name.setObjectName("caption")
            name.setToolTip(HELP.get(key, ""))
            value = QLabel(fmt.DASH)
            value.setObjectName(f"my_{key}")
            value.setProperty("numeric", True)
            value.setAlignment(RIGHT)
            grid.addWidget(name, r, 0)
            grid.addWidget(value, r, 1)
            self.values[key] = value
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(len(ROWS), 1)

    def show_values(self, values: Mapping[str, Any]) -> None:
        v = self.values
        v["copied_trades"].setText(fmt.count(values.get("copied_trades")))
        v["copied_won"].setText(fmt.ratio(values.get("copied_won"), values.get("copied_closed")))
        usd, share = values.get("pnl_contribution_usd"), values.get("pnl_contribution_pct")
        v["pnl_contribution_usd"].setText(fmt.money(usd, signed=True))
        v["pnl_contribution_pct"].setText(fmt.pct(share))
        for key, value in (("pnl_contribution_usd", usd), ("pnl_contribution_pct", share)):
            v[key].setStyleSheet(f"color: {fmt.tone(value).name()}")
