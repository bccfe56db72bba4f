"""An on/off switch (a checkable button drawn as a sliding knob) for settings that are
either on or off: copying a trader, paper trading only."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractButton, QWidget

ON = QColor("#238636")
TRACK_W, TRACK_H, GAP = 38, 20, 8


LEFT = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)


class Switch(QAbstractButton):
    """``text`` is drawn right of the switch; ``on_text`` replaces it while checked."""

    def __init__(self, text: str = "", on_text: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCheckable(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._off_text = text
        self._on_text = on_text if on_text is not None else text
        self.toggled.connect(lambda on: self.setText(self._on_text if on else self._off_text))
        self.setText(text)

    def sizeHint(self) -> QSize:
        width = TRACK_W + GAP + self.fontMetrics().horizontalAdvance(self.text()) + 4
        return QSize(width, max(TRACK_H + 4, self.fontMetrics().height() + 4))

    def setText(self, text: str) -> None:
        super().setText(text)
        self.updateGeometry()

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        top = (self.height() - TRACK_H) / 2
        track = QRectF(1, top, TRACK_W, TRACK_H)
        on = self.isChecked()
        colour = ON if on else palette.mid().color()
        if not self.isEnabled():
            colour.setAlpha(110)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawRoundedRect(track, TRACK_H / 2, TRACK_H / 2)
        knob = TRACK_H - 6
        x = track.right() - knob - 3 if on else track.left() + 3
        p.setBrush(QColor("#ffffff") if self.isEnabled() else palette.midlight().color())
        p.drawEllipse(QRectF(x, top + 3, knob, knob))
        p.setPen(palette.windowText().color())
        text_rect = self.rect().adjusted(TRACK_W + GAP, 0, 0, 0)
        p.drawText(
            text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), self.text()
        )
        if self.hasFocus():
            p.setPen(palette.highlight().color())
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(track.adjusted(-1, -1, 1, 1), TRACK_H / 2, TRACK_H / 2)
