"""Tokens traded: one row per token (top 5 and "Others") with its share of traded notional
as a bar and a right-aligned percentage."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QProgressBar, QWidget

from tradermanager.ui import formatting as fmt
from tradermanager.ui.metric_help import HELP

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class TokenShares(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Tokens traded", parent)
        self.setObjectName("tokenShares")
        self.setToolTip(HELP["token_distribution"])
        self._grid = QGridLayout(self)
        self._grid.setColumnStretch(1, 1)
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(4)
        self.rows: list[tuple[str, float]] = []

    def set_shares(self, shares: Mapping[str, float]) -> None:
        """``shares``: token → fraction of traded notional, as the metrics service gives it."""
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # deleteLater runs later; hidden now so nothing lingers
                widget.deleteLater()
        self.rows = list(shares.items())
        if not self.rows:
            empty = QLabel("No trades in this window.")
            empty.setObjectName("mutedText")
            self._grid.addWidget(empty, 0, 0, 1, 3)
        for r, (token, share) in enumerate(self.rows):
            name = QLabel(token)
            name.setObjectName("tokenName")
            bar = QProgressBar()
            bar.setObjectName("shareBar")
            bar.setTextVisible(False)
            bar.setRange(0, 1000)
            bar.setValue(round(share * 1000))
            bar.setFixedHeight(8)
            value = QLabel(fmt.pct(share, signed=False))
            value.setObjectName("numeric")
            value.setAlignment(RIGHT)
            value.setMinimumWidth(48)
            self._grid.addWidget(name, r, 0)
            self._grid.addWidget(bar, r, 1)
            self._grid.addWidget(value, r, 2)
        self._grid.setRowStretch(len(self.rows) + 1, 1)
