"""The review queue: every message the parser would not copy blind, with its text, what was
read and why; the user corrects the fields and accepts, or dismisses. A correction can teach
the channel's layout; the channel's other queued messages, re-read with it, are then shown in
:class:`TemplatePreviewDialog` before anything is applied. A signal its channel deleted while
my copy may hold a position is listed too, with the choice to close the copy or keep it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tradermanager.domain.errors import ValidationError
from tradermanager.services import Services
from tradermanager.services.parsed_summary import show_prices, summary
from tradermanager.services.review import (
    CORRECTION,
    DELETION,
    EDIT,
    FOLLOW_UP,
    AcceptOutcome,
    ChoiceOutcome,
    ReviewItem,
)
from tradermanager.services.review_form import form_fields, prices
from tradermanager.sources.signal_parser import MessageKind, ParsedMessage
from tradermanager.ui.review_choice_boxes import DeletionBox, FollowUpBox
from tradermanager.ui.template_preview_dialog import TemplatePreviewDialog

__all__ = ["ReviewDialog", "TemplatePreviewDialog"]

COLUMNS = ("Trader", "Posted (UTC)", "Message", "Why it needs review")


class ReviewDialog(QDialog):
    """The queue and a correction form for the selected message."""

    changed = Signal()  # something was accepted or dismissed

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Review queue")
        self.setObjectName("reviewDialog")
        self.resize(1180, 640)
        self._svc = services
        self._items: list[ReviewItem] = []
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("reviewTable")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        self.empty = QLabel("Nothing waits for review.")
        self.empty.setObjectName("reviewEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table)
        left_layout.addWidget(self.empty)
        splitter = QSplitter()
        splitter.setObjectName("reviewSplitter")
        splitter.addWidget(left)
        splitter.addWidget(self._build_form())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 520])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(buttons)
        self.refresh()

    def _build_form(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = QPlainTextEdit()
        self.text.setObjectName("reviewText")
        self.text.setReadOnly(True)
        self.reason = QLabel()
        self.reason.setObjectName("reviewReason")
        self.reason.setWordWrap(True)
        self.read = QLabel()
        self.read.setObjectName("reviewParsed")
        self.read.setWordWrap(True)
        layout.addWidget(QLabel("Message"))
        layout.addWidget(self.text, 2)
        layout.addWidget(self.reason)
        layout.addWidget(self.read)
        box = QGroupBox("Fields to copy")
        form = QFormLayout(box)
        self.symbol = QLineEdit()
        self.symbol.setObjectName("fieldSymbol")
        self.side = QComboBox()
        self.side.setObjectName("fieldSide")
        self.side.addItems(["", "long", "short"])
        self.entries = QLineEdit()
        self.entries.setObjectName("fieldEntries")
        self.entries.setPlaceholderText("e.g. 3400 or 3380 / 3420 for a zone")
        self.zone = QCheckBox("a zone (copy at its middle)")
        self.zone.setObjectName("fieldZone")
        self.targets = QLineEdit()
        self.targets.setObjectName("fieldTargets")
        self.targets.setPlaceholderText("e.g. 3500 / 3600")
        self.stop = QLineEdit()
        self.stop.setObjectName("fieldStop")
        self.leverage = QLineEdit()
        self.leverage.setObjectName("fieldLeverage")
        self.leverage.setPlaceholderText("e.g. 10 (empty: 1×)")
        form.addRow("Symbol", self.symbol)
        form.addRow("Side", self.side)
        form.addRow("Entries", self.entries)
        form.addRow("", self.zone)
        form.addRow("Targets", self.targets)
        form.addRow("Stop", self.stop)
        form.addRow("Leverage", self.leverage)
        layout.addWidget(box)
        self.form_box = box
        self.deletion_box = DeletionBox()
        self.deletion_box.close_clicked.connect(self.close_selected)
        self.deletion_box.keep_clicked.connect(self.keep_selected)
        self.close_copy_button = self.deletion_box.close_button
        self.keep_copy_button = self.deletion_box.keep_button
        layout.addWidget(self.deletion_box)
        self.follow_up_box = FollowUpBox()
        self.follow_up_box.close_clicked.connect(self.close_share_selected)
        layout.addWidget(self.follow_up_box)
        self.learn = QCheckBox("Learn this channel's layout from my correction")
        self.learn.setObjectName("learnLayout")
        self.learn.setChecked(True)
        layout.addWidget(self.learn)
        self.outcome_label = QLabel()
        self.outcome_label.setObjectName("reviewDone")
        self.outcome_label.setWordWrap(True)
        layout.addWidget(self.outcome_label)
        self.error = QLabel()
        self.error.setObjectName("reviewError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        layout.addWidget(self.error)
        row = QHBoxLayout()
        self.accept_button = QPushButton("Accept and copy")
        self.accept_button.setObjectName("acceptButton")
        self.accept_button.clicked.connect(self.accept_selected)
        self.dismiss_button = QPushButton("Dismiss")
        self.dismiss_button.setObjectName("dismissButton")
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        row.addStretch(1)
        row.addWidget(self.dismiss_button)
        row.addWidget(self.accept_button)
        layout.addLayout(row)
        return panel

    # -- data --------------------------------------------------------------------------
    def refresh(self) -> None:
        self._items = self._svc.review.items()
        self.table.setRowCount(len(self._items))
        for row, item in enumerate(self._items):
            first_line = item.text.splitlines()[0] if item.text else ""
            cells = (item.trader, f"{item.time:%Y-%m-%d %H:%M}", first_line, item.reason)
            for col, value in enumerate(cells):
                cell = QTableWidgetItem(value)
                cell.setToolTip(item.text if col == 2 else value)
                self.table.setItem(row, col, cell)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        self.empty.setVisible(not self._items)
        self.table.setVisible(bool(self._items))
        for widget in (self.accept_button, self.dismiss_button):
            widget.setEnabled(bool(self._items))
        if self._items:
            self.table.selectRow(0)
        self._fill(self.current())  # also when row 0 was selected before

    def current(self) -> ReviewItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self._items[rows[0].row()] if rows else None

    def _selected(self) -> None:
        self._fill(self.current())

    def _fill(self, item: ReviewItem | None) -> None:
        self.error.clear()
        kind = item.kind if item is not None else CORRECTION
        self.deletion_box.setVisible(kind == DELETION)
        self.follow_up_box.show_for(item if kind == FOLLOW_UP else None)
        for widget in (self.form_box, self.learn, self.accept_button):
            widget.setVisible(kind in (CORRECTION, EDIT))
        self.accept_button.setText("Apply to the copy" if kind == EDIT else "Accept and copy")
        self.dismiss_button.setVisible(kind != DELETION)
        parsed = item.parsed if item else None
        self.text.setPlainText(item.text if item else "")
        self.reason.setText(f"Why: {item.reason}" if item else "")
        self.read.setText(f"Read: {_read_as(item)}" if item else "")
        self.symbol.setText(parsed.symbol or "" if parsed else "")
        self.side.setCurrentText(parsed.side.value if parsed and parsed.side else "")
        self.entries.setText(show_prices(parsed.entries) if parsed else "")
        self.zone.setChecked(bool(parsed and parsed.entry_kind == "range"))
        self.targets.setText(show_prices(parsed.take_profits) if parsed else "")
        stop = parsed.stop_loss if parsed else None
        self.stop.setText(f"{stop:.10g}" if stop is not None else "")
        self.leverage.setText(f"{parsed.leverage:g}" if parsed and parsed.leverage else "")

    # -- actions -------------------------------------------------------------------------
    def fields(self) -> ParsedMessage:
        """The form as fields to copy; ValidationError names a field that is not a number."""
        item = self.current()
        return form_fields(
            item.parsed if item else ParsedMessage(MessageKind.NEEDS_REVIEW),
            symbol=self.symbol.text(),
            side=self.side.currentText(),
            order_type="limit",
            entries=self.entries.text(),
            zone=self.zone.isChecked() and len(prices(self.entries.text(), "entries")) == 2,
            take_profits=self.targets.text(),
            stop_loss=self.stop.text(),
            leverage=self.leverage.text(),
        )

    def accept_selected(self) -> None:
        item = self.current()
        if item is None:
            return
        try:
            outcome = self._svc.review.accept(
                item.trader_id, item.source_id, self.fields(), learn=self.learn.isChecked()
            )
        except ValidationError as exc:
            self.error.setText(str(exc))
            return
        self.changed.emit()
        self.refresh()
        self.outcome_label.setText(_accepted_text(outcome))
        if outcome.preview is not None and outcome.preview.readable:
            preview = TemplatePreviewDialog(self._svc, item.trader_id, outcome.preview, self)
            self.preview_dialog = preview
            preview.applied.connect(self._applied)
            preview.open()

    def _applied(self) -> None:
        self.changed.emit()
        self.refresh()

    def dismiss_selected(self) -> None:
        item = self.current()
        if item is None:
            return
        self._svc.review.dismiss(item.trader_id, item.source_id)
        self.changed.emit()
        self.refresh()
        self.outcome_label.setText(f"Dismissed {item.source_id}: nothing was copied.")

    def close_selected(self) -> None:
        """A deleted signal: close my copy."""
        self._decide_deletion(self._svc.review.close_deleted)

    def keep_selected(self) -> None:
        """A deleted signal: keep my copy as it is."""
        self._decide_deletion(self._svc.review.keep_deleted)

    def close_share_selected(self) -> None:
        """A follow-up that waits for review: close the chosen share of the copy."""
        percent = self.follow_up_box.share.value()
        self._decide(FOLLOW_UP, lambda t, s: self._svc.review.close_share(t, s, percent))

    def _decide_deletion(self, choose: Callable[[int, str], ChoiceOutcome]) -> None:
        self._decide(DELETION, choose)

    def _decide(self, kind: str, choose: Callable[[int, str], ChoiceOutcome]) -> None:
        item = self.current()
        if item is None or item.kind != kind:
            return
        try:
            outcome = choose(item.trader_id, item.source_id)
        except ValidationError as exc:
            self.error.setText(str(exc))
            return
        self.changed.emit()
        self.refresh()
        self.outcome_label.setText(outcome.message)


def _read_as(item: ReviewItem) -> str:
    if item.kind == EDIT:
        return f"an edit of {item.links_to}: {summary(item.parsed)}"
    if item.kind == FOLLOW_UP:
        named = ", ".join(a.words for a in item.parsed.stated_actions) or "follow-up"
        return f"a follow-up of {item.links_to} ({named})"
    return summary(item.parsed)


def _accepted_text(outcome: AcceptOutcome) -> str:
    """What accepting did, in a sentence or two (follow-ups applied after it included)."""
    if outcome.note:
        return f"Applied {outcome.source_id}. {outcome.note}"
    verb = "Copied" if outcome.copied else "Accepted (the copy rules refused it: see Signals)"
    text = f"{verb}: {outcome.source_id}."
    if outcome.follow_ups:
        done = "; ".join(f"{f.source_id} {f.reason}" for f in outcome.follow_ups)
        text += f" Follow-ups posted while it waited, applied after it: {done}"
    return text
