"""Read-only tables of the comparison: one look, CSV export on each."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from tradermanager.ui.table_export import install_csv_export

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignCenter
ROW_HEIGHT = 30
# The window's header padding leaves room for a sort arrow these tables never show.
HEADER_STYLE = "QHeaderView::section { padding: 4px 6px; }"


def read_only_table(name: str, export_name: str) -> QTableWidget:
    table = QTableWidget()
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    table.setStyleSheet(HEADER_STYLE)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    install_csv_export(table, export_name)
    return table


def cell(
    text: str,
    *,
    align: Qt.AlignmentFlag = RIGHT,
    background: QColor | None = None,
    foreground: QColor | None = None,
    bold: bool = False,
    tip: str = "",
) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(align)
    if background is not None:
        item.setBackground(QBrush(background))
    if foreground is not None:
        item.setForeground(foreground)
    if bold:
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
    if tip:
        item.setToolTip(tip)
    return item
