"""The status bar's message line: a message takes the room left of the counters and no more,
is elided there when long, and "Show all…" opens it in full. Messages sent with
``statusBar().showMessage`` (exports, failed jobs, notifications) land here too."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QStatusBar,
    QToolButton,
    QWidget,
)


class StatusMessage(QWidget):
    def __init__(self, bar: QStatusBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusMessage")
        self._bar = bar
        self._full = self._message = ""
        self.label = QLabel()
        self.label.setObjectName("statusMessageText")
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.more = QToolButton()
        self.more.setObjectName("statusMessageMore")
        self.more.setText("Show all…")
        self.more.setAutoRaise(True)
        self.more.setToolTip("Open the whole message.")
        self.more.clicked.connect(self.show_full)
        self.more.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.more)
        bar.addWidget(self, 1)
        bar.messageChanged.connect(self._take_over)

    @property
    def text(self) -> str:
        return self._full

    def show_message(self, text: str, timeout_ms: int = 0) -> None:
        self._full = " ".join(text.split())  # one line in the bar; the dialog keeps it whole
        self._message = text
        self.label.setToolTip(text)
        self._elide()
        if timeout_ms > 0:
            self._timer.start(timeout_ms)
        else:
            self._timer.stop()

    def clear(self) -> None:
        self._full = self._message = ""
        self.label.clear()
        self.label.setToolTip("")
        self.more.hide()

    def show_full(self) -> None:
        QMessageBox.information(self, "Message", self._message)

    def is_elided(self) -> bool:
        return self.label.text() != self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        if not self._full:
            return
        room = max(self.width() - self.more.sizeHint().width() - 8, 40)
        metrics = self.label.fontMetrics()
        elided = metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, room)
        self.label.setText(elided)
        self.more.setVisible(elided != self._full)

    def _take_over(self, text: str) -> None:
        """``showMessage`` would draw over this line and under the counters: show it here."""
        if not text:
            return
        timeout = 15_000
        self._bar.blockSignals(True)
        self._bar.clearMessage()
        self._bar.blockSignals(False)
        self.show_message(text, timeout)
