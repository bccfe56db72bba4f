"""A look at a CSV/XLSX file before it is imported: which column feeds which field, what is
missing, the first rows, and (Binance) the leverage and the trader to import into.

Import stays disabled until every required field has a column. The dialog only shows and
asks; the import itself runs elsewhere (ui/import_flow.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tradermanager.services.imports import FieldSpec, TableFormat, TablePreview
from tradermanager.ui.table_export import install_csv_export

MISSING = QColor("#c0392b")
IGNORED = QColor("#8a8f98")
TITLES = {
    "binance": "Import Binance futures trade history",
    "csv": "Import trade history (generic format)",
}


def default_trader_name(preview: TablePreview) -> str:
    """What the import names the trader when the field is left as it is: ``Binance <Uid>``
    from the file's first row, else the file's name."""
    index = preview.mapping.index("uid")
    if index is not None and preview.rows and index < len(preview.rows[0]):
        uid = preview.rows[0][index].strip()
        if uid:
            return f"Binance {uid}"
    return Path(preview.path).stem


class ImportPreviewDialog(QDialog):
    def __init__(
        self,
        preview: TablePreview,
        kind: TableFormat,
        fields: tuple[FieldSpec, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importPreviewDialog")
        self.setWindowTitle(TITLES[kind])
        self.preview = preview
        self.kind = kind
        labels = {f.name: f.label for f in fields}
        layout = QVBoxLayout(self)
        file_label = QLabel(f"<b>{Path(preview.path).name}</b> — {Path(preview.path).parent}")
        file_label.setObjectName("fileLabel")
        file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(file_label)

        layout.addWidget(QLabel("Columns and what they are imported as:"))
        self.mapping_table = QTableWidget(0, 2)
        self.mapping_table.setObjectName("mappingTable")
        self.mapping_table.setHorizontalHeaderLabels(["Column in the file", "Imported as"])
        self._fill_mapping(labels)
        layout.addWidget(self.mapping_table, 4)

        self.missing_label = QLabel()
        self.missing_label.setObjectName("missingFields")
        self.missing_label.setWordWrap(True)
        missing = [labels.get(m, m) for m in preview.mapping.missing]
        if missing:
            self.missing_label.setText(
                "Missing required columns: " + ", ".join(missing) + ". The file cannot be "
                "imported until it has them (header names are listed in docs/imports.md)."
            )
            self.missing_label.setStyleSheet(f"color: {MISSING.name()}; font-weight: bold;")
        else:
            self.missing_label.setText("Every required field has a column.")
        layout.addWidget(self.missing_label)

        shown = len(preview.rows)
        layout.addWidget(QLabel(f"First {shown} row{'s' if shown != 1 else ''}:"))
        self.rows_table = QTableWidget(shown, len(preview.mapping.columns))
        self.rows_table.setObjectName("previewRows")
        self.rows_table.setHorizontalHeaderLabels(list(preview.mapping.columns))
        for r, row in enumerate(preview.rows):
            for c in range(len(preview.mapping.columns)):
                self.rows_table.setItem(r, c, QTableWidgetItem(row[c] if c < len(row) else ""))
        for c, field in enumerate(preview.mapping.fields):
            if field is None:
                for r in range(shown):
                    item = self.rows_table.item(r, c)
                    if item is not None:
                        item.setForeground(QBrush(IGNORED))
        self.rows_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        row_height = self.fontMetrics().height() + 8
        for table in (self.mapping_table, self.rows_table):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().setVisible(False)
            table.verticalHeader().setDefaultSectionSize(row_height)
            table.setAlternatingRowColors(True)
        install_csv_export(self.mapping_table, "column-mapping")
        install_csv_export(self.rows_table, "import-preview-rows")
        layout.addWidget(self.rows_table, 3)

        self.trader_edit: QLineEdit | None = None
        self.leverage_spin: QDoubleSpinBox | None = None
        if kind == "binance":
            form = QFormLayout()
            self.trader_edit = QLineEdit(default_trader_name(preview))
            self.trader_edit.setObjectName("traderName")
            self.trader_edit.setToolTip("Created (source Binance) when no trader has this name.")
            form.addRow("Import into trader", self.trader_edit)
            self.leverage_spin = QDoubleSpinBox()
            self.leverage_spin.setObjectName("leverage")
            self.leverage_spin.setRange(1.0, 125.0)
            self.leverage_spin.setDecimals(1)
            self.leverage_spin.setValue(1.0)
            self.leverage_spin.setSuffix("×")
            form.addRow("Leverage", self.leverage_spin)
            note = QLabel(
                "Binance's export has no leverage: every trade and signal is recorded at this "
                "one. Fills are rebuilt into trades per symbol and position side."
            )
            note.setWordWrap(True)
            note.setObjectName("leverageNote")
            form.addRow("", note)
            layout.addLayout(form)
            self.trader_edit.textChanged.connect(lambda _t: self._update_button())

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText("Import")
        self.import_button.setObjectName("importButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_button()
        self.resize(920, 800)

    def _fill_mapping(self, labels: dict[str, str]) -> None:
        mapping = self.preview.mapping
        rows: list[tuple[str, str, QColor | None]] = [
            (column, labels.get(field, field) if field else "ignored", None if field else IGNORED)
            for column, field in zip(mapping.columns, mapping.fields, strict=True)
        ]
        rows += [
            ("(no such column)", f"{labels.get(m, m)} — required, missing", MISSING)
            for m in mapping.missing
        ]
        self.mapping_table.setRowCount(len(rows))
        for r, (column, field, colour) in enumerate(rows):
            for c, text in enumerate((column, field)):
                item = QTableWidgetItem(text)
                if colour is not None:
                    item.setForeground(QBrush(colour))
                self.mapping_table.setItem(r, c, item)
        self.mapping_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def _update_button(self) -> None:
        named = self.trader_edit is None or bool(self.trader_edit.text().strip())
        self.import_button.setEnabled(self.preview.mapping.complete and named)
        self.import_button.setToolTip(
            "" if self.import_button.isEnabled() else "Every required field needs a column."
        )

    def trader_name(self) -> str | None:
        return self.trader_edit.text().strip() or None if self.trader_edit is not None else None

    def leverage(self) -> float:
        return self.leverage_spin.value() if self.leverage_spin is not None else 1.0
