"""One candidate in detail: who it is, the trader card's performance figures, the parts of its
score, its redundancy with whom I already copy, the actions, and its equity and drawdown
(the details panel's equity tab) or, after "Backtest copying them", the backtest's."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tradermanager.services.discover_results import CandidateDetail, CopyBacktest
from tradermanager.services.metrics import EquitySeries
from tradermanager.ui import formatting as fmt
from tradermanager.ui.card.performance_box import PerformanceBox
from tradermanager.ui.details.equity_tab import EquityTab
from tradermanager.ui.discover.candidate_model import SOURCE_LABELS, STATUS_LABELS
from tradermanager.ui.discover.score_parts import ScorePartsTable


class CandidateDetailPane(QWidget):
    backtest_requested = Signal(int)
    add_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("candidateDetail")
        self.candidate_id: int | None = None
        self.detail: CandidateDetail | None = None
        self.title = QLabel("Select a candidate")
        self.title.setObjectName("candidateTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.performance = PerformanceBox()
        self.performance.window_combo.setCurrentText("all")
        self.performance.window_combo.currentTextChanged.connect(lambda _: self._show_figures())
        self.parts = ScorePartsTable()
        self.redundancy = QLabel(" ")
        self.redundancy.setObjectName("redundancy")
        self.redundancy.setWordWrap(True)
        self.backtest_button = QPushButton("Backtest copying them")
        self.backtest_button.setObjectName("backtestCandidate")
        self.backtest_button.setToolTip(
            "Copying this candidate over the last 90 days with your settings (docs/discover.md)."
        )
        self.add_button = QPushButton("Add as paper trader")
        self.add_button.setObjectName("addCandidate")
        self.add_button.setToolTip(
            "One click: a paper trader at half size and at most 5× leverage, linked to this "
            "candidate."
        )
        self.backtest_button.clicked.connect(self._backtest)
        self.add_button.clicked.connect(self._add)
        actions = QHBoxLayout()
        actions.addWidget(self.backtest_button)
        actions.addWidget(self.add_button)
        actions.addStretch(1)

        overview = QWidget()
        box = QVBoxLayout(overview)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.performance)
        box.addWidget(self.parts, 1)
        box.addWidget(self.redundancy)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(overview)
        self.equity = EquityTab()
        self.backtest = EquityTab()
        self.backtest.setObjectName("candidateBacktest")
        self.backtest_note = QLabel(
            "Press “Backtest copying them” to see what copying would have done."
        )
        self.backtest_note.setObjectName("backtestNote")
        self.backtest_note.setWordWrap(True)
        backtest_page = QWidget()
        bt_box = QVBoxLayout(backtest_page)
        bt_box.setContentsMargins(0, 0, 0, 0)
        bt_box.addWidget(self.backtest_note)
        bt_box.addWidget(self.backtest, 1)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("candidateTabs")
        self.tabs.addTab(scroll, "Score && figures")
        self.tabs.addTab(self.equity, "Equity && drawdown")
        self.tabs.addTab(backtest_page, "Backtest")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(actions)
        layout.addWidget(self.tabs, 1)
        self.show_detail(None)

    def show_detail(self, detail: CandidateDetail | None) -> None:
        self.detail = detail
        self.candidate_id = None if detail is None else detail.ranked.candidate.id
        self.backtest.clear()
        self.backtest_note.setText(
            "Press “Backtest copying them” to see what copying would have done."
        )
        if detail is None:
            self.title.setText("Select a candidate to see what makes its score.")
            self.performance.clear()
            self.parts.show_parts(None)
            self.redundancy.setText(" ")
            self.equity.clear()
            self.backtest_button.setEnabled(False)
            self.add_button.setEnabled(False)
            return
        r = detail.ranked
        c = r.candidate
        status = STATUS_LABELS[r.status.value]
        reason = f" — {c.status_reason}" if c.status_reason else ""
        extra = []
        if c.aum is not None:
            extra.append(f"AUM {fmt.money(c.aum)}")
        if c.copiers is not None:
            extra.append(f"{c.copiers} copiers")
        if c.positions_shared is False:
            extra.append("positions hidden")
        hide_ref = c.source_ref == c.name or c.source.value == "followed"
        ref = "" if hide_ref else f" {c.source_ref}"
        self.title.setText(
            f"<b>#{r.rank} {c.name}</b> · {SOURCE_LABELS[c.source.value]}{ref} · "
            f"{status}{reason}<br>first seen {c.first_seen.date()}, last seen "
            f"{c.last_seen.date()}" + (" · " + " · ".join(extra) if extra else "")
        )
        self._show_figures()
        self.parts.show_parts(r.parts)
        if detail.redundancy:
            top = detail.redundancy[0]
            verdict = (
                "copying both doubles the same bet"
                if top.redundant
                else "different enough to add diversification"
            )
            others = ", ".join(f"{x.trader} {x.correlation:+.2f}" for x in detail.redundancy[1:4])
            self.redundancy.setText(
                f"<b>Redundancy:</b> most like {top.trader} (correlation {top.correlation:+.2f} "
                f"over {top.overlap_days} days) — {verdict}."
                + (f" Others: {others}." if others else "")
            )
        else:
            self.redundancy.setText(
                "<b>Redundancy:</b> no trader you follow shares 30 days of record with it."
            )
        self.equity.set_series(EquitySeries(detail.days, detail.equity, detail.drawdown))
        self.backtest_button.setEnabled(bool(detail.days))
        followed = c.trader_id is not None or c.source.value == "followed"
        self.add_button.setEnabled(not followed)
        self.add_button.setText("Already followed" if followed else "Add as paper trader")

    def _show_figures(self) -> None:
        if self.detail is None:
            self.performance.clear()
        else:
            self.performance.show_values(self.detail.figures)

    def show_backtest(self, result: CopyBacktest) -> None:
        growth = tuple(v / result.capital for v in result.equity)
        self.backtest.set_series(EquitySeries(result.days, growth, result.drawdown))
        self.backtest_note.setText(
            f"<b>{result.candidate}</b>, {result.method}: {result.note}. ROI "
            f"{fmt.pct(result.roi)}, max drawdown {fmt.pct(result.max_drawdown)}, Sharpe "
            f"{fmt.number(result.sharpe_ratio)}."
        )
        self.tabs.setCurrentIndex(2)

    def _backtest(self) -> None:
        if self.candidate_id is not None:
            self.backtest_note.setText("Backtesting…")
            self.backtest_requested.emit(self.candidate_id)

    def _add(self) -> None:
        if self.candidate_id is not None:
            self.add_requested.emit(self.candidate_id)
