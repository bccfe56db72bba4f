"""The Discover window: candidates ranked by a transparent score, filtered and sorted, one
candidate's detail beside them, and whether the score has predicted anything.

Every service call runs off the GUI thread (ranking, detail, backtest, scan, import, adding);
slots only render what comes back."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tradermanager.domain.models import Trader
from tradermanager.services import Services
from tradermanager.services.discover_results import (
    CandidateDetail,
    CopyBacktest,
    EvaluationReport,
    FileImportReport,
    Ranking,
)
from tradermanager.services.discover_scan import ScanReport
from tradermanager.ui.discover.candidate_model import (
    ID_ROLE,
    SOURCE_LABELS,
    STATUS_LABELS,
    CandidateFilter,
    CandidateTableModel,
)
from tradermanager.ui.discover.detail_pane import CandidateDetailPane
from tradermanager.ui.discover.evaluation_chart import EvaluationChart
from tradermanager.ui.worker import error_text, start_task

# #, candidate (stretches), source, status, score, ROI, max DD, leverage, days
COLUMN_WIDTHS = (40, 150, 76, 84, 62, 70, 72, 64, 52)


class DiscoverWindow(QDialog):
    trader_added = Signal(int)  # a candidate became a paper trader: its id

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("discoverWindow")
        self.setWindowTitle("Discover — traders worth copying")
        self.setModal(False)
        self.resize(1280, 720)
        self._svc = services
        self.ranking: Ranking | None = None
        self.model = CandidateTableModel(self)
        self.filter = CandidateFilter(self)
        self.filter.setSourceModel(self.model)
        self._build()
        self.reload()

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.scan_button = QPushButton("Scan Binance now")
        self.scan_button.setObjectName("scanButton")
        self.scan_button.setToolTip(
            "Read Binance's copy-trading and leaderboard lists and the traders you follow."
        )
        self.scan_button.clicked.connect(self.scan)
        self.import_button = QPushButton("Import file…")
        self.import_button.setObjectName("importCandidates")
        self.import_button.setToolTip(
            "A CSV/XLSX with candidate, date, daily_return (docs/imports.md)."
        )
        self.import_button.clicked.connect(self.choose_file)
        self.search = QLineEdit()
        self.search.setObjectName("candidateSearch")
        self.search.setPlaceholderText("Filter by name…")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.filter.set_text)
        self.source_filter = QComboBox()
        self.source_filter.setObjectName("candidateSource")
        self.source_filter.addItem("All sources", "")
        for value, label in SOURCE_LABELS.items():
            self.source_filter.addItem(label, value)
        self.source_filter.currentIndexChanged.connect(
            lambda _: self.filter.set_source(self.source_filter.currentData())
        )
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("candidateStatus")
        self.status_filter.addItem("All statuses", "")
        for value, label in STATUS_LABELS.items():
            self.status_filter.addItem(label, value)
        self.status_filter.currentIndexChanged.connect(
            lambda _: self.filter.set_status(self.status_filter.currentData())
        )
        bar = QHBoxLayout()
        bar.addWidget(self.scan_button)
        bar.addWidget(self.import_button)
        bar.addSpacing(12)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.source_filter)
        bar.addWidget(self.status_filter)

        self.table = QTableView()
        self.table.setObjectName("candidateTable")
        self.table.setModel(self.filter)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(34)
        for column, width in enumerate(COLUMN_WIDTHS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumWidth(sum(COLUMN_WIDTHS) + 40)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.count = QLabel(" ")
        self.count.setObjectName("candidateCount")
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.table, 1)
        left_box.addWidget(self.count)

        self.detail = CandidateDetailPane()
        self.detail.backtest_requested.connect(self.backtest)
        self.detail.add_requested.connect(self.add_paper_trader)
        self.evaluation = EvaluationChart()
        self.right = QTabWidget()
        self.right.setObjectName("discoverTabs")
        self.right.addTab(self.detail, "Candidate")
        self.right.addTab(self.evaluation, "Does the score predict?")
        splitter = QSplitter()
        splitter.setObjectName("discoverSplitter")
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([740, 600])
        self.status = QLabel(" ")
        self.status.setObjectName("discoverStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

    # -- loading -----------------------------------------------------------------------------
    def _run(self, fn: Callable[[], Any], done: Callable[[Any], None], what: str) -> None:
        start_task(self, self._svc, lambda _: fn(), done, lambda exc: self._failed(what, exc))

    def reload(self) -> None:
        """Rank every candidate and evaluate the score, both off the GUI thread."""
        self.count.setText("Ranking…")
        self._run(self._svc.discover.rank, self.show_ranking, "Ranking")
        self._run(self._svc.discover.evaluate, self.show_evaluation, "The evaluation")

    def show_ranking(self, ranking: Ranking) -> None:
        selected = self.detail.candidate_id
        self.ranking = ranking
        self.model.set_rows(list(ranking.candidates))
        n = len(ranking.candidates)
        if not n:
            self.count.setText(
                "No candidates yet: scan Binance, import a file, or follow a trader."
            )
            self.detail.show_detail(None)
            return
        self.count.setText(
            f"{n} candidates as of {ranking.as_of} · population Sharpe "
            f"{ranking.prior_mean:.2f} (spread {ranking.prior_spread:.2f}) · blown-up ones last"
        )
        self.select(selected if selected is not None else ranking.candidates[0].candidate.id)

    def show_evaluation(self, report: EvaluationReport) -> None:
        self.evaluation.show_report(report)

    def select(self, candidate_id: int) -> bool:
        for row in range(self.filter.rowCount()):
            index = self.filter.index(row, 0)
            if index.data(ID_ROLE) == candidate_id:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return True
        return False

    def _selected(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        candidate_id = int(indexes[0].data(ID_ROLE))
        self._run(lambda: self._svc.discover.detail(candidate_id), self._show_detail, "The detail")

    def _show_detail(self, detail: CandidateDetail) -> None:
        self.detail.show_detail(detail)

    # -- actions -----------------------------------------------------------------------------
    def scan(self) -> None:
        self.scan_button.setEnabled(False)
        self.status.setText("Scanning Binance's lists and your traders… (a few requests a second)")
        self._run(self._svc.discover.scan, self.scanned, "The scan")

    def scanned(self, report: ScanReport) -> None:
        self.scan_button.setEnabled(True)
        text = (
            f"Scan: {report.candidates} candidates read ({report.new} new), "
            f"{report.followed} followed traders, {report.hidden_positions} hide positions, "
            f"{report.vanished} vanished, {report.blown_up} newly blown up."
        )
        if report.errors:
            text += f" {len(report.errors)} read(s) failed: " + "; ".join(report.errors[:2])
        self.status.setText(text)
        self.reload()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Import candidates", "", "Tables (*.csv *.xlsx *.xlsm);;All files (*)"
        )
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        self.status.setText(f"Importing {path}…")
        self._run(lambda: self._svc.discover.import_file(path), self.imported, "The import")

    def imported(self, report: FileImportReport) -> None:
        self.status.setText(
            f"Imported {report.file}: {report.candidates} candidates ({report.new} new), "
            f"{report.days} daily records."
        )
        self.reload()

    def backtest(self, candidate_id: int) -> None:
        self._run(
            lambda: self._svc.discover.backtest(candidate_id),
            self._backtested,
            "The backtest",
        )

    def _backtested(self, result: CopyBacktest) -> None:
        self.detail.show_backtest(result)

    def add_paper_trader(self, candidate_id: int) -> None:
        self.detail.add_button.setEnabled(False)
        self._run(lambda: self._svc.discover.add_paper_trader(candidate_id), self._added, "Adding")

    def _added(self, trader: Trader) -> None:
        s = trader.settings
        self.status.setText(
            f"Added {s.name} as a paper trader: {s.multiplier:g}× size, at most "
            f"{s.max_leverage}× leverage. It is in the trader list now."
        )
        self.trader_added.emit(trader.id)
        self.reload()

    def _failed(self, what: str, exc: Exception) -> None:
        message = error_text(exc)
        self.scan_button.setEnabled(True)
        self.status.setText(f"{what} failed: {message}")
        if what in ("The import", "Adding"):
            QMessageBox.warning(self, "Discover", f"{what} failed:\n{message}")
