"""The risk score 0-10 on a green → amber → red scale, with a marker where the trader is."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QLinearGradient, QPainter, QPaintEvent, QPolygonF
from PySide6.QtWidgets import QWidget

from tradermanager.ui import formatting as fmt

BAR_W, BAR_H = 120, 8


LEFT = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)


class RiskScale(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("riskScore")
        self._score: float | None = None
        self.setMinimumHeight(24)

    def set_score(self, score: float | None) -> None:
        self._score = score
        self.setToolTip(f"Risk score {self.text()}")
        self.updateGeometry()
        self.update()

    def score(self) -> float | None:
        return self._score

    def text(self) -> str:
        return fmt.DASH if self._score is None else f"{self._score:.1f} / 10"

    def sizeHint(self) -> QSize:
        label = self.fontMetrics().horizontalAdvance("10.0 / 10") + 12
        return QSize(BAR_W + label, 24)

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = (self.height() - BAR_H) / 2
        bar = QRectF(0, top, BAR_W, BAR_H)
        gradient = QLinearGradient(bar.topLeft(), bar.topRight())
        for stop in (0, 2.5, 5, 7.5, 10):
            gradient.setColorAt(stop / 10, fmt.risk_colour(stop))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(gradient)
        if self._score is None:
            p.setOpacity(0.3)
        p.drawRoundedRect(bar, BAR_H / 2, BAR_H / 2)
        p.setOpacity(1.0)
        if self._score is not None:
            x = bar.left() + BAR_W * max(0.0, min(10.0, self._score)) / 10
            p.setBrush(self.palette().windowText().color())
            p.drawPolygon(
                QPolygonF([QPointF(x - 5, top - 6), QPointF(x + 5, top - 6), QPointF(x, top)])
            )
        font = p.font()
        font.setBold(True)
        p.setFont(font)
        p.setPen(fmt.risk_colour(self._score))
        text_rect = self.rect().adjusted(BAR_W + 10, 0, 0, 0)
        p.drawText(
            text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), self.text()
        )
