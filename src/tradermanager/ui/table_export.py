"""Any table to CSV: what the table shows, row by row as on screen (sorted and filtered).

``install_csv_export(view, name)`` gives a table view a context-menu entry "Export to CSV…";
``write_csv(model, path)`` is the writer behind it. Cells a spreadsheet would run as a formula
(a channel's name such as ``=HYPERLINK(…)``) are written with a leading apostrophe; numbers
such as ``+6.4%`` or ``-$12.50`` are kept as they are.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QMessageBox, QWidget

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+\-−]?\$?[\d,]*\.?\d+\s*(%|×|x)?$")


def safe_cell(text: str) -> str:
    """The text, with an apostrophe in front when a spreadsheet would evaluate it."""
    if text.startswith(_FORMULA_START) and not _NUMBER.match(text):
        return "'" + text
    return text


def table_rows(model: QAbstractItemModel) -> list[list[str]]:
    """Header and rows of ``model`` as text; tree models contribute their child rows too."""
    columns = model.columnCount()
    header = [
        str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        for c in range(columns)
    ]
    rows: list[list[str]] = [header]

    def walk(parent: QModelIndex) -> None:
        for r in range(model.rowCount(parent)):
            first = model.index(r, 0, parent)
            # rowCount, not hasChildren: table models (QTableWidget's too) keep that private
            if first.isValid() and model.rowCount(first) > 0:  # a section header: its rows
                walk(first)
                continue
            rows.append(
                [
                    str(model.index(r, c, parent).data(Qt.ItemDataRole.DisplayRole) or "")
                    for c in range(columns)
                ]
            )

    walk(QModelIndex())
    return rows


def write_csv(model: QAbstractItemModel, path: Path | str) -> int:
    """Write ``model`` to ``path`` (UTF-8 with a BOM, so spreadsheets read ×, − and € right);
    returns the number of data rows."""
    rows = table_rows(model)
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out).writerows([[safe_cell(c) for c in row] for row in rows])
    return len(rows) - 1


def install_csv_export(view: QAbstractItemView, name: str) -> QAction:
    """Add "Export to CSV…" to the view's context menu; ``name`` is the default file name."""
    action = QAction("Export to CSV…", view)
    action.setObjectName("exportCsv")
    action.triggered.connect(lambda: export_with_dialog(view, name))
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    view.addAction(action)
    return action


def export_with_dialog(view: QAbstractItemView, name: str, parent: QWidget | None = None) -> None:
    path, _ = QFileDialog.getSaveFileName(
        parent or view, "Export table to CSV", f"{name}.csv", "CSV files (*.csv)"
    )
    if not path:
        return
    model = view.model()
    if model is None:
        return
    try:
        count = write_csv(model, path)
    except OSError as exc:
        QMessageBox.warning(parent or view, "Export failed", f"Could not write {path}: {exc}")
        return
    window = (parent or view).window()
    status = getattr(window, "statusBar", None)
    if callable(status):
        status().showMessage(f"{count} rows written to {path}", 10_000)
