"""Side by side: the key figures of 2–6 traders, the best in each row marked, and pairs whose
daily returns move together flagged as redundant."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tradermanager.services import Services
from tradermanager.ui import formatting as fmt

# (label, key, higher is better, format)
ROWS: tuple[tuple[str, str, bool, Callable[[float | None], str]], ...] = (
    ("ROI 30d", "roi_30d", True, fmt.pct),
    ("ROI all", "roi_all", True, fmt.pct),
    ("Win rate", "win_rate", True, lambda v: fmt.pct(v, signed=False)),
    ("Sharpe", "sharpe_ratio", True, fmt.number),
    ("Sortino", "sortino_ratio", True, fmt.number),
    ("Max drawdown", "max_drawdown", True, fmt.pct),  # closer to 0 is better
    ("Avg leverage", "avg_leverage", False, fmt.times),
    ("Risk score", "risk_score", False, lambda v: fmt.number(v, 1)),
    ("Liquidation risk", "liquidation_risk", False, lambda v: fmt.pct(v, signed=False)),
    ("Diversification", "diversification_score", True, lambda v: fmt.number(v, 1)),
    ("Signal accuracy", "signal_accuracy", True, lambda v: fmt.pct(v, signed=False)),
)


def best_column(values: Sequence[float | None], higher_is_better: bool) -> int | None:
    known = [(v, i) for i, v in enumerate(values) if v is not None]
    if len(known) < 2:
        return None
    return (max(known) if higher_is_better else min(known))[1]


class CompareDialog(QDialog):
    def __init__(
        self, services: Services, trader_ids: Sequence[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.setWindowTitle("Compare traders (all history)")
        self.resize(900, 520)
        traders = [services.traders.get(t) for t in trader_ids]
        snaps = services.metrics.snapshots("all", list(trader_ids))
        self.table = QTableWidget(len(ROWS), len(traders))
        self.table.setObjectName("compareTable")
        self.table.setHorizontalHeaderLabels([t.name for t in traders])
        self.table.setVerticalHeaderLabels([label for label, *_ in ROWS])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        bold = QFont()
        bold.setBold(True)
        for r, (_, key, higher, show) in enumerate(ROWS):
            values = [snaps[t.id].values.get(key) for t in traders]
            best = best_column(values, higher)
            for c, value in enumerate(values):
                item = QTableWidgetItem(show(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c == best:
                    item.setFont(bold)
                    item.setForeground(fmt.GAIN)
                self.table.setItem(r, c, item)
        corr = services.metrics.correlation(list(trader_ids), "all")
        lines = [
            f"{a} and {b}: correlation {v:.2f} — copying both doubles the same bet."
            for a, b, v in corr.redundant
        ]
        self.redundant = QLabel(
            "The best value in each row is in bold green.\n"
            + ("\n".join(lines) or "No pair moves together above 0.7 (daily returns).")
        )
        self.redundant.setObjectName("redundantPairs")
        self.redundant.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.redundant)
        layout.addWidget(buttons)
