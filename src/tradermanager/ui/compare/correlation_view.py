"""The correlation matrix of the compared traders' daily returns as a heat map (red: they
move together, blue: opposite), pairs above 0.7 marked: copying both doubles the same bet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QVBoxLayout, QWidget

from tradermanager.services.comparison import Comparison
from tradermanager.ui import formatting as fmt
from tradermanager.ui.compare.colours import with_alpha
from tradermanager.ui.compare.table_style import CENTRE, LEFT, cell, read_only_table
from tradermanager.ui.compare.trader_grid import set_trader_grid

POSITIVE = QColor("#e5534b")
NEGATIVE = QColor("#388bfd")
MATRIX_ROW_HEIGHT = 40
PAIR_COLUMNS = ("Pair", "Return correlation", "Token overlap", "Verdict")
REDUNDANT_TIP = "Above 0.7: these two move together — copying both doubles the same bet."


def heat(value: float | None) -> QColor | None:
    if value is None:
        return None
    return with_alpha(POSITIVE if value >= 0 else NEGATIVE, int(20 + 170 * min(1.0, abs(value))))


def _order(value: float | None) -> float:
    """Most correlated pair first, undefined last."""
    return -value if value is not None else 2.0


def redundant_lines(result: Comparison) -> list[str]:
    names = result.names
    return [
        f"⚠ {names[i]} and {names[j]}: correlation {value:.2f} — copying both doubles the same bet."
        for i, j, value in result.redundant
    ]


class CorrelationView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareCorrelation")
        self.table = read_only_table("correlationTable", "trader-return-correlation")
        caption = QLabel(
            "Pearson correlation of daily returns over the days both traders have (at least "
            "30, else —). Above 0.7 the pair is redundant: copying both doubles the same bet."
        )
        caption.setObjectName("caption")
        caption.setWordWrap(True)
        self.table.verticalHeader().setDefaultSectionSize(MATRIX_ROW_HEIGHT)
        self.pairs = read_only_table("comparePairsTable", "trader-pairs")
        self.pairs.setColumnCount(len(PAIR_COLUMNS))
        self.pairs.setHorizontalHeaderLabels(list(PAIR_COLUMNS))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        pairs_box = QWidget()
        box = QVBoxLayout(pairs_box)
        box.setContentsMargins(0, 6, 0, 0)
        box.addWidget(QLabel("<b>Pairs</b>"))
        box.addWidget(self.pairs)
        splitter.addWidget(pairs_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(caption)
        layout.addWidget(splitter, 1)

    def show_result(self, result: Comparison) -> None:
        names, matrix = result.names, result.correlation.matrix
        flagged = {(i, j) for i, j, _ in result.redundant} | {
            (j, i) for i, j, _ in result.redundant
        }
        table = self.table
        set_trader_grid(table, names)
        for r, row in enumerate(matrix):
            for c, value in enumerate(row):
                if r == c:
                    table.setItem(r, c + 1, cell("1.00", align=CENTRE, foreground=fmt.NEUTRAL))
                    continue
                text = fmt.number(value)
                if (r, c) in flagged:
                    item = cell(
                        f"⚠ {text}",
                        align=CENTRE,
                        background=heat(value),
                        foreground=fmt.WARN,
                        bold=True,
                        tip=REDUNDANT_TIP,
                    )
                else:
                    tip = "" if value is not None else "fewer than 30 shared days with a return"
                    item = cell(text, align=CENTRE, background=heat(value), tip=tip)
                table.setItem(r, c + 1, item)
        self._show_pairs(result, flagged)

    def _show_pairs(self, result: Comparison, flagged: set[tuple[int, int]]) -> None:
        names, matrix = result.names, result.correlation.matrix
        pairs = [(i, j) for i in range(len(names)) for j in range(i + 1, len(names))]
        pairs.sort(key=lambda p: _order(matrix[p[0]][p[1]]))
        table = self.pairs
        table.clearContents()
        table.setRowCount(len(pairs))
        header = table.horizontalHeader()
        for c in (0, 1, 2):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        for r, (i, j) in enumerate(pairs):
            value = matrix[i][j]
            redundant = (i, j) in flagged
            if redundant:
                verdict = "Redundant: copying both doubles the same bet"
            elif value is None:
                verdict = "Not enough shared history (fewer than 30 days)"
            else:
                verdict = "Not redundant (0.7 or below)"
            tone = fmt.WARN if redundant else None
            table.setItem(r, 0, cell(f"{names[i]}  ×  {names[j]}", align=LEFT, bold=redundant))
            table.setItem(r, 1, cell(fmt.number(value), align=CENTRE, background=heat(value)))
            overlap = result.tokens.pair_overlap[i][j]
            table.setItem(r, 2, cell(fmt.pct(overlap, signed=False), align=CENTRE))
            table.setItem(r, 3, cell(verdict, align=LEFT, foreground=tone, bold=redundant))
