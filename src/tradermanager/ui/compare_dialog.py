"""Compare 2–6 traders over a window: key metrics side by side with the best in each row
marked, a radar of eight figures scaled across them, their equity curves on one plot, token
overlap, and the correlation of their daily returns with redundant pairs flagged.

Everything shown comes from one ``services.comparison.compare(ids, window)`` result. The
dialog opens with its numbers; a change of window is computed on a pool thread while the
dialog stays responsive (and a result that arrives after a newer request is dropped)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tradermanager.domain.windows import Window
from tradermanager.services import Services
from tradermanager.services.comparison import Comparison
from tradermanager.ui.compare.correlation_view import CorrelationView, redundant_lines
from tradermanager.ui.compare.equity_overlay import EquityOverlay
from tradermanager.ui.compare.metrics_table import ROWS, MetricsTable
from tradermanager.ui.compare.radar_chart import RadarChart
from tradermanager.ui.compare.token_overlap_view import TokenOverlapView
from tradermanager.ui.worker import error_text, start_task

__all__ = ["ROWS", "WINDOWS", "CompareDialog"]

WINDOWS = tuple((w.value, w.label) for w in Window)
TABS = ("Overview", "Equity curves", "Token overlap", "Correlation")
WARNING_STYLE = (
    "QLabel { background: rgba(240, 180, 41, 0.16); border: 1px solid #9e6a03;"
    " border-radius: 5px; padding: 6px 8px; }"
)
CLEAR_STYLE = "QLabel { padding: 6px 8px; color: #8b949e; }"


class CompareDialog(QDialog):
    def __init__(
        self,
        services: Services,
        trader_ids: Sequence[int],
        parent: QWidget | None = None,
        *,
        window: str = "all",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.setWindowTitle("Compare traders")
        self.setSizeGripEnabled(True)
        self.resize(1280, 760)
        self._svc = services
        self._ids = list(trader_ids)
        self.comparison: Comparison | None = None

        self.heading = QLabel()
        self.heading.setObjectName("compareHeading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.window_box = QComboBox()
        self.window_box.setObjectName("compareWindow")
        for key, label in WINDOWS:
            self.window_box.addItem(label, key)
        self.window_box.setCurrentIndex([k for k, _ in WINDOWS].index(window))
        self.window_box.setToolTip("The window every figure, curve and share is computed over")
        self.busy = QProgressBar()
        self.busy.setObjectName("compareBusy")
        self.busy.setRange(0, 0)
        self.busy.setFixedWidth(120)
        self.busy.setTextVisible(False)
        self.busy.hide()
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.busy)
        top.addWidget(QLabel("Window"))
        top.addWidget(self.window_box)

        self.redundant = QLabel()
        self.redundant.setObjectName("redundantPairs")
        self.redundant.setWordWrap(True)

        self.table = MetricsTable()
        self.radar = RadarChart()
        self.equity = EquityOverlay()
        self.tokens = TokenOverlapView()
        self.correlation = CorrelationView()
        overview = QSplitter(Qt.Orientation.Horizontal)
        overview.setObjectName("compareOverview")
        overview.addWidget(self.table)
        overview.addWidget(self.radar)
        overview.setStretchFactor(0, 3)
        overview.setStretchFactor(1, 2)
        overview.setSizes([700, 520])
        self.tabs = QTabWidget()
        self.tabs.setObjectName("compareTabs")
        for page, title in zip(
            (overview, self.equity, self.tokens, self.correlation), TABS, strict=True
        ):
            self.tabs.addTab(page, title)

        legend = QLabel(
            "Best value in each row in bold green. Radar: each axis scaled 0–1 across these "
            "traders (1 = best of them; drawdown and risk flipped so that lower is better); "
            "undefined values are “—” and sit at the centre. Right-click a table to export it."
        )
        legend.setObjectName("caption")
        legend.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(legend, 1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.redundant)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        self.show_result(services.comparison.compare(self._ids, window))
        self.window_box.currentIndexChanged.connect(self._window_changed)

    def current_window(self) -> str:
        return str(self.window_box.currentData())

    def _window_changed(self) -> None:
        window, ids = self.current_window(), list(self._ids)
        self.busy.show()
        start_task(
            self,
            self._svc,
            lambda _: self._svc.comparison.compare(ids, window),
            self._loaded,
            self._failed,
        )

    def _loaded(self, result: Comparison) -> None:
        if result.window != self.current_window():
            return  # another window was chosen meanwhile; its own result is on the way
        self.busy.hide()
        self.show_result(result)

    def _failed(self, exc: Exception) -> None:
        self.busy.hide()
        self.redundant.setStyleSheet(WARNING_STYLE)
        self.redundant.setText(f"Could not compare for this window: {error_text(exc)}")

    def show_result(self, result: Comparison) -> None:
        self.comparison = result
        label = dict(WINDOWS)[result.window]
        self.setWindowTitle(f"Compare traders — {label.lower()}")
        self.heading.setText(
            f"<span style='font-size:14pt; font-weight:600'>{len(result.traders)} traders</span>"
            f"&nbsp;&nbsp;<span style='color:#8b949e'>{label} · as of "
            f"{result.as_of:%Y-%m-%d %H:%M} UTC</span>"
        )
        lines = redundant_lines(result)
        if lines:
            self.redundant.setStyleSheet(WARNING_STYLE)
            self.redundant.setText("\n".join(lines))
        else:
            self.redundant.setStyleSheet(CLEAR_STYLE)
            self.redundant.setText(
                "No redundant pair: no two of them have daily returns correlated above 0.7."
            )
        self.table.show_result(result)
        self.radar.show_result(result)
        self.equity.show_result(result)
        self.tokens.show_result(result)
        self.correlation.show_result(result)
