"""The channel's queued messages as its newly learnt layout reads them: the user ticks the ones
to copy, and nothing is applied before that."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tradermanager.domain.errors import ValidationError
from tradermanager.services import Services
from tradermanager.services.parsed_summary import summary
from tradermanager.services.review import TemplatePreview


class TemplatePreviewDialog(QDialog):
    """The channel's queued messages as the learnt layout reads them; the user ticks the ones
    to copy. Nothing is applied before "Copy the ticked messages"."""

    applied = Signal()

    def __init__(
        self,
        services: Services,
        trader_id: int,
        preview: TemplatePreview,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("The channel's layout, learnt")
        self.setObjectName("templatePreviewDialog")
        self.resize(900, 420)
        self._svc = services
        self._trader_id = trader_id
        self._preview = preview
        intro = QLabel(
            f"Learnt: {preview.description}. Re-read with it, these messages of the channel "
            "become signals. Tick the ones to copy."
        )
        intro.setObjectName("templateDescription")
        intro.setWordWrap(True)
        self.table = QTableWidget(len(preview.readable), 3)
        self.table.setObjectName("templatePreviewTable")
        self.table.setHorizontalHeaderLabels(("Copy", "Message", "Read as"))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, (item, parsed) in enumerate(preview.readable):
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(row, 0, check)
            self.table.setItem(row, 1, QTableWidgetItem(item.text.replace("\n", " ⏎ ")))
            self.table.setItem(row, 2, QTableWidgetItem(summary(parsed)))
        self.table.resizeColumnToContents(0)
        note = QLabel(
            f"{len(preview.unreadable)} other queued message(s) of the channel stay in review."
        )
        note.setObjectName("templateUnreadable")
        self.error = QLabel()
        self.error.setObjectName("templateError")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = QPushButton("Copy the ticked messages")
        self.apply_button.setObjectName("applyTemplate")
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.clicked.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def ticked(self) -> list[str]:
        out = []
        for row, (item, _) in enumerate(self._preview.readable):
            cell = self.table.item(row, 0)
            if cell is not None and cell.checkState() == Qt.CheckState.Checked:
                out.append(item.source_id)
        return out

    def apply(self) -> None:
        try:
            self._svc.review.apply(self._trader_id, self.ticked())
        except ValidationError as exc:
            self.error.setText(str(exc))
            return
        self.applied.emit()
        self.accept()
