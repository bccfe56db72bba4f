"""A table header that keeps room for the sort arrow only where the arrow is.

Qt's ``QHeaderView`` widens every section by a square the section's height (plus a margin)
as soon as sorting is on, although only the sorted column shows the arrow: on a table whose
columns size to their content that is some 30 px wasted per column, enough to push the last
columns of a laptop-wide table out of sight."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget


class CompactHeader(QHeaderView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setHighlightSections(False)
        self.sortIndicatorChanged.connect(lambda *_: self.resizeSections())

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:
        size = super().sectionSizeFromContents(logicalIndex)
        if self.isSortIndicatorShown() and logicalIndex != self.sortIndicatorSection():
            option = QStyleOptionHeader()
            self.initStyleOption(option)
            margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, option, self)
            size.setWidth(max(size.width() - (size.height() + margin), 0))
        return size
