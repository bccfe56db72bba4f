"""Paper or live as one two-state segmented control: the pressed segment is the mode, so a
live trader reads "Live" and never "Live trading: off"."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QWidget

PAPER_TEXT = "simulated copies"
LIVE_TEXT = "real orders, real money"

STYLE = """
QPushButton { border-radius: 0; padding: 3px 14px; min-width: 44px;
              border: 1px solid #30363d; }
QPushButton#modePaper { border-top-left-radius: 4px; border-bottom-left-radius: 4px; }
QPushButton#modeLive { border-top-right-radius: 4px; border-bottom-right-radius: 4px; }
QPushButton#modePaper:checked { background: #9e6a03; color: white; }
QPushButton#modeLive:checked { background: #238636; color: white; }
"""


class ModeSegments(QWidget):
    """``Paper | Live``; ``mode_changed(paper)`` fires when the user picks the other one."""

    mode_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paperOnly")
        self.paper_button = QPushButton("Paper")
        self.paper_button.setObjectName("modePaper")
        self.live_button = QPushButton("Live")
        self.live_button.setObjectName("modeLive")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        for button in (self.paper_button, self.live_button):
            button.setCheckable(True)
            self.group.addButton(button)
        self.paper_button.setToolTip("Paper: copies are simulated, no real orders are sent.")
        self.live_button.setToolTip(
            "Live: accepted signals go to the live executor. Applying asks to promote first."
        )
        self.meaning = QLabel()
        self.meaning.setObjectName("modeMeaning")
        self.meaning.setStyleSheet("color: #8b949e")
        self.setStyleSheet(STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.paper_button)
        layout.addWidget(self.live_button)
        layout.addSpacing(10)
        layout.addWidget(self.meaning, 1)
        self.paper_button.toggled.connect(self._toggled)
        self.set_paper(True)

    def is_paper(self) -> bool:
        return self.paper_button.isChecked()

    def set_paper(self, paper: bool) -> None:
        """Show the stored mode without announcing it as the user's choice."""
        self.paper_button.blockSignals(True)
        (self.paper_button if paper else self.live_button).setChecked(True)
        self.paper_button.blockSignals(False)
        self._show_meaning()

    def _toggled(self, paper: bool) -> None:
        self._show_meaning()
        self.mode_changed.emit(paper)

    def _show_meaning(self) -> None:
        self.meaning.setText(PAPER_TEXT if self.is_paper() else LIVE_TEXT)
