"""What makes one candidate's score: each part with its figure and the points it adds or
takes away (docs/discover.md)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from tradermanager.services.discover_results import ScoreParts
from tradermanager.ui import formatting as fmt

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def part_rows(p: ScoreParts) -> list[tuple[str, str, float | None, str]]:
    """(part, figure, points, explanation) in the order the score adds them up."""
    shift = fmt.DASH
    if p.risk_shift_ratio is not None:
        shift = f"{p.risk_shift_ratio:.2f}× ({p.risk_shift_basis})"
    return [
        (
            "Sharpe of the record",
            f"{fmt.number(p.sharpe)} over {p.days} d",
            p.sharpe,
            "Annualised Sharpe ratio of the daily returns in the window.",
        ),
        (
            "Shrunk toward the population",
            f"keeps {p.shrink_weight:.0%} of its own",
            p.shrunk_sharpe,
            "The less certain the record (short, or wild), the closer to the population's "
            "median Sharpe.",
        ),
        (
            "Leverage",
            fmt.times(p.leverage, digits=1) + (" (assumed)" if p.leverage_assumed else ""),
            -p.leverage_penalty,
            "ln(leverage)/ln(125): 1× costs nothing, 125× costs 1.",
        ),
        (
            "Liquidation risk",
            fmt.pct(p.liquidation_probability, signed=False) + " in 30 d",
            -p.liquidation_penalty,
            "Chance of a liquidation within 30 days at this leverage.",
        ),
        (
            "Drawdown depth",
            fmt.pct(p.max_drawdown),
            -p.drawdown_penalty,
            "2 × the deepest fall; a short record is completed with the population's.",
        ),
        (
            "Drawdown duration",
            f"{p.longest_drawdown_days} d under water",
            -p.duration_penalty,
            "The longest time under water as a share of the record.",
        ),
        (
            "Concentration",
            fmt.DASH if p.hhi is None else f"HHI {p.hhi:.2f}",
            -p.concentration_penalty,
            "How concentrated its open positions are (unknown: no penalty).",
        ),
        (
            "Risk shifting",
            shift,
            -p.risk_shift_penalty,
            "More leverage (or bigger swings) right after a 10 % drawdown than otherwise.",
        ),
        (
            "Score",
            "blown up: ranked last" if p.blown_up else "",
            p.score,
            "Shrunk Sharpe minus the penalties above.",
        ),
    ]


class ScorePartsTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("scoreParts")
        self.setHorizontalHeaderLabels(["Part", "Figure", "Points"])
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

    def show_parts(self, parts: ScoreParts | None) -> None:
        rows = [] if parts is None else part_rows(parts)
        self.setRowCount(len(rows))
        for i, (name, figure, points, tip) in enumerate(rows):
            cells = (
                QTableWidgetItem(name),
                QTableWidgetItem(figure),
                QTableWidgetItem(fmt.number(points) if i < 2 else _signed(points)),
            )
            cells[2].setTextAlignment(RIGHT)
            if i >= 2 and points is not None and points < -0.005:
                cells[2].setForeground(fmt.LOSS)
            if i == len(rows) - 1:
                font = cells[0].font()
                font.setBold(True)
                for cell in cells:
                    cell.setFont(font)
            for j, cell in enumerate(cells):
                cell.setToolTip(tip)
                self.setItem(i, j, cell)
        self.resizeRowsToContents()


def _signed(value: float | None) -> str:
    if value is None:
        return fmt.DASH
    if abs(value) < 0.005:
        return "0.00"
    return f"{value:+.2f}"
