"""The card's header: name, PAPER/LIVE and status badges, source and reference, priority."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from tradermanager.domain.models import Trader
from tradermanager.ui import formatting as fmt

BADGE = (
    "QLabel {{ background: {bg}; color: {fg}; border-radius: 4px; padding: 2px 8px;"
    " font-weight: bold; font-size: 9pt; }}"
)
STATUS_COLOURS = {"active": fmt.GAIN.name(), "paused": "#8b949e", "archived": "#6e7681"}


class CardHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardHeader")
        self.name = QLabel()
        self.name.setObjectName("cardName")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.mode = QLabel()
        self.mode.setObjectName("modeBadge")
        self.status = QLabel()
        self.status.setObjectName("statusBadge")
        self.subline = QLabel()
        self.subline.setObjectName("cardSubline")
        self.subline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.name)
        top.addWidget(self.mode)
        top.addWidget(self.status)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 4)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.subline)

    def show_trader(self, t: Trader | None) -> None:
        if t is None:
            self.name.setText("Select a trader")
            self.subline.setText("Pick one in the list on the left, or add a trader.")
            self.mode.hide()
            self.status.hide()
            return
        s = t.settings
        self.name.setText(escape(s.name))
        paper = s.paper_only
        self.mode.setText("PAPER" if paper else "LIVE")
        self.mode.setStyleSheet(
            BADGE.format(
                bg=fmt.WARN.name() if paper else "#1f6feb", fg="#0d1117" if paper else "#fff"
            )
        )
        status = t.status.value
        self.status.setText(status.upper())
        self.status.setStyleSheet(
            BADGE.format(bg=STATUS_COLOURS.get(status, "#6e7681"), fg="#0d1117")
        )
        self.mode.show()
        self.status.show()
        parts = [s.source.value.capitalize()]
        if s.source_ref:
            parts.append(s.source_ref)
        parts.append(f"priority {s.priority}")
        self.subline.setText("  ·  ".join(parts))

    def text(self) -> str:
        """Everything the header says, as plain text (for tests and accessibility)."""
        shown = [w.text() for w in (self.name, self.mode, self.status) if not w.isHidden()]
        return " ".join([*shown, self.subline.text()])
