"""The card's actions: copying on/off, backtest, duplicate, archive, delete, promote to live,
export a report.
The buttons only; the card owns the slots (each asks, then calls a service)."""

from __future__ import annotations

import qtawesome
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tradermanager.ui.card.switch import Switch
from tradermanager.ui.icons import icon


def _report_icon() -> QIcon:
    """Font Awesome's file-export, coloured like the other action icons (ui/icons.py)."""
    app = QApplication.instance()
    colour = app.palette().buttonText().color().name() if isinstance(app, QApplication) else None
    return qtawesome.icon("fa5s.file-export", color=colour or "#c9d1d9")


class ActionsBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Actions", parent)
        self.setObjectName("actionsBox")
        self.toggle = Switch("Copying OFF", "Copying ON")
        self.toggle.setObjectName("toggleButton")
        self.toggle.setToolTip(
            "Off stops new signals from being copied; open positions stay open (Ctrl+T)."
        )
        self.backtest = self._button("Backtest…", "backtestButton", "backtest")
        self.backtest.setToolTip("Replay this trader's history with these settings.")
        self.duplicate = self._button("Duplicate…", "duplicateButton", "duplicate")
        self.duplicate.setToolTip("A copy of these settings under a new name; it starts paused.")
        self.archive = self._button("Archive…", "archiveButton", "archive")
        self.archive.setToolTip("Stop copying and hide the trader; history kept, restorable.")
        self.delete = self._button("Delete…", "deleteButton", "delete")
        self.delete.setToolTip("Delete the trader and all its history for good.")
        self.promote = self._button("Promote to live…", "promoteButton", "promote")
        self.export_report = QPushButton(_report_icon(), "Export report…")
        self.export_report.setObjectName("exportReportButton")
        self.export_report.setToolTip(
            "Save this trader's figures, charts and recent decisions for the card's window as "
            "one HTML file to share or archive."
        )
        self.promotion = QLabel()
        self.promotion.setObjectName("promotionStatus")
        self.promotion.setWordWrap(True)
        # One column beside the configuration: the switch, then the buttons a user reaches
        # for most (backtest, promote, export) with their names, and the rarer ones
        # (duplicate, archive, delete) as one row of icons named by their tooltips, so the
        # column stays as short as the configuration beside it on a 1366×768 screen.
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addWidget(self.toggle)
        for button in (self.backtest, self.promote, self.export_report):
            button.setStyleSheet("text-align: left; padding-left: 8px;")
            layout.addWidget(button)
        rare = QHBoxLayout()
        rare.setSpacing(6)
        for button in (self.duplicate, self.archive, self.delete):
            name = button.text()
            button.setText("")
            button.setAccessibleName(name.rstrip("…"))
            button.setToolTip(f"{name.rstrip('…')}: {button.toolTip()}")
            rare.addWidget(button, 1)
        layout.addLayout(rare)
        layout.addWidget(self.promotion)
        layout.addStretch(1)

    @staticmethod
    def _button(text: str, name: str, image: str) -> QPushButton:
        button = QPushButton(icon(image), text)
        button.setObjectName(name)
        return button
