"""The key metrics of the compared traders side by side, the best value of each row in bold
green on a tinted cell.

Trader ``i`` is column ``i`` (so ``item(row, i)`` is trader i's value); the metric names are
the last column, moved to the front on screen, so "Export to CSV…" writes them too."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from tradermanager.services.comparison import COMPARED_METRICS, Comparison, MetricRow
from tradermanager.ui import formatting as fmt
from tradermanager.ui.compare.colours import trader_colour, with_alpha
from tradermanager.ui.compare.table_style import HEADER_STYLE, ROW_HEIGHT
from tradermanager.ui.metric_help import HELP
from tradermanager.ui.table_export import install_csv_export

FORMATS: dict[str, Callable[[float | None], str]] = {
    "pct": fmt.pct,
    "share": lambda v: fmt.pct(v, signed=False),
    "ratio": fmt.number,
    "times": fmt.times,
    "score": lambda v: fmt.number(v, 1),
    "count": fmt.count,
}

# (label, key, higher is better, unit) in table order; ROI's key holds {window}
ROWS: tuple[tuple[str, str, bool | None, str], ...] = tuple(
    (m.label, m.key, m.higher_is_better, m.unit) for m in COMPARED_METRICS
)


def help_text(row: MetricRow) -> str:
    key = "roi" if row.key.startswith("roi_") else row.key
    text = HELP.get(key, "")
    if row.higher_is_better is True:
        text += " Higher is better." if row.key != "max_drawdown" else " Closer to 0 is better."
    elif row.higher_is_better is False:
        text += " Lower is better."
    return text.strip()


def swatch(index: int, size: int = 10) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(trader_colour(index))
    return QIcon(pixmap)


class MetricsTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareTable")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT + 4)
        self.setStyleSheet(HEADER_STYLE)
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setMinimumHeight(46)  # two lines: long trader names wrap instead of clipping
        install_csv_export(self, "trader-comparison")

    def label_column(self) -> int:
        return self.columnCount() - 1

    def show_result(self, result: Comparison) -> None:
        n = len(result.traders)
        self.clear()
        self.setRowCount(len(result.metrics))
        self.setColumnCount(n + 1)
        for c, trader in enumerate(result.traders):
            head = QTableWidgetItem(swatch(c), trader.name)
            head.setToolTip(f"{trader.name} (#{trader.id})")
            self.setHorizontalHeaderItem(c, head)
        self.setHorizontalHeaderItem(n, QTableWidgetItem(f"Metric ({result.window})"))
        header = self.horizontalHeader()
        visual = header.visualIndex(n)
        if visual != 0:
            header.moveSection(visual, 0)
        for c in range(n):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(n, QHeaderView.ResizeMode.ResizeToContents)
        bold = QFont(self.font())
        bold.setBold(True)
        best_brush = QBrush(with_alpha(fmt.GAIN, 40))
        for r, row in enumerate(result.metrics):
            label = QTableWidgetItem(row.label)
            label.setToolTip(help_text(row))
            self.setItem(r, n, label)
            show = FORMATS.get(row.unit, fmt.number)
            for c, value in enumerate(row.values):
                item = QTableWidgetItem(show(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c in row.best:
                    item.setFont(bold)
                    item.setForeground(fmt.GAIN)
                    item.setBackground(best_brush)
                    item.setToolTip(f"Best {row.label.lower()} of the compared traders")
                self.setItem(r, c, item)
