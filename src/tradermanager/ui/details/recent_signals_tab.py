"""The trader's recent signals with the decision each got and its sentence — the answer to
"why wasn't this copied?" — with a filter to see only the rejected ones."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tradermanager.domain.models import StoredSignal
from tradermanager.ui.details.selection import Selection
from tradermanager.ui.details.signal_model import (
    RejectedFilter,
    SignalTableModel,
    decision_text,
)
from tradermanager.ui.table_export import install_csv_export

DISPLAY = Qt.ItemDataRole.DisplayRole
LIMIT = 200  # newest signals shown
PROMPT = "Select a signal to read why it was copied or not in full (also on hover)."
# The widest text each column usually holds: columns are sized from these once, since
# measuring 200 rows on every load costs ~50 ms of GUI thread.
SAMPLES = (
    "2026-01-15 23:59",
    "update",
    "1000PEPE",
    "short",
    "0.000001234",  # wider than 100,000.00: a meme coin's price in full
    "125×",
    "100%",
    "rejected",
)


class RecentSignalsTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recentSignalsTab")
        self.summary = QLabel(" ")
        self.summary.setObjectName("signalsSummary")
        self.only_rejected = QCheckBox("Only rejected")
        self.only_rejected.setObjectName("onlyRejected")
        self.only_rejected.setToolTip("Show only the signals the copy rules did not copy.")
        self.model = SignalTableModel(self)
        self.proxy = RejectedFilter(self)
        self.proxy.setSourceModel(self.model)
        self.only_rejected.toggled.connect(self.proxy.set_only_rejected)
        self.table = QTableView()
        self.table.setObjectName("signalsTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        install_csv_export(self.table, "recent-signals")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = self.table.fontMetrics()
        for col, sample in enumerate(SAMPLES):
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal, DISPLAY))
            title_width = header.fontMetrics().horizontalAdvance(title) + 12  # + its padding
            width = max(metrics.horizontalAdvance(sample), title_width)
            header.resizeSection(col, width + 18)
        self.detail = QLabel(PROMPT)  # the selected signal's decision in full
        self.detail.setObjectName("signalDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(self.detail.fontMetrics().lineSpacing() * 2 + 8)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.only_rejected)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)

    def load(self, selection: Selection) -> None:
        self.show_signals(selection.services.pipeline.signals(selection.trader_id, limit=LIMIT))

    def clear(self) -> None:
        self.show_signals([])
        self.summary.setText(" ")

    def _show_detail(self) -> None:
        index = self.proxy.mapToSource(self.table.currentIndex())
        if not index.isValid():
            self.detail.setText(PROMPT)
            return
        stored = self.model.stored(index.row())
        s = stored.signal
        head = (
            f"{s.received_time:%Y-%m-%d %H:%M} UTC · {s.kind.value} {s.symbol} {s.side.value}"
            f" — {decision_text(stored)}"
        )
        why = stored.decision.message if stored.decision is not None else ""
        self.detail.setText(f"{head}: {why}" if why else head)

    def show_signals(self, rows: Sequence[StoredSignal]) -> None:
        self.model.set_signals(rows)
        self.detail.setText(PROMPT)
        rejected = sum(1 for r in rows if r.decision is not None and not r.decision.accepted)
        copied = sum(1 for r in rows if r.decision is not None and r.decision.accepted)
        newest = "newest " if len(rows) >= LIMIT else ""
        self.summary.setText(
            f"{newest}{len(rows):,} signals · {copied:,} copied · {rejected:,} rejected"
            if rows
            else "No signals from this trader yet."
        )
