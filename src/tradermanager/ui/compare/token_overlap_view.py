"""Which tokens the compared traders share, and how much: every token with each trader's
share of notional (trades opened in the window), their share in shared tokens, and per pair
the overlap Σ min(share_a, share_b) — 0 % nothing in common, 100 % the same token mix."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QTableWidgetItem, QVBoxLayout, QWidget

from tradermanager.services.comparison import Comparison
from tradermanager.ui import formatting as fmt
from tradermanager.ui.compare.colours import with_alpha
from tradermanager.ui.compare.metrics_table import swatch
from tradermanager.ui.compare.table_style import CENTRE, LEFT, cell, read_only_table
from tradermanager.ui.compare.trader_grid import set_trader_grid
from tradermanager.ui.details.plot_theme import ACCENT

SHARED_ROW = "In shared tokens"


def _share(value: float | None) -> str:
    return fmt.pct(value, signed=False)


class TokenOverlapView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareTokens")
        self.tokens_table = read_only_table("tokenSharesTable", "token-overlap")
        self.overlap_table = read_only_table("tokenOverlapTable", "token-pair-overlap")
        caption = QLabel(
            "Share of each trader's notional per token (trades opened in the window); tokens "
            "two or more of them trade come first, highlighted. Pair overlap = Σ over tokens of "
            "min(share a, share b): 0 % = nothing in common, 100 % = the same token mix."
        )
        caption.setObjectName("caption")
        caption.setWordWrap(True)
        lower = QWidget()
        lower_box = QVBoxLayout(lower)
        lower_box.setContentsMargins(0, 6, 0, 0)
        title = QLabel("<b>Token overlap per pair</b>")
        lower_box.addWidget(title)
        lower_box.addWidget(self.overlap_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tokens_table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(caption)
        layout.addWidget(splitter, 1)

    def show_result(self, result: Comparison) -> None:
        self._show_shares(result)
        self._show_pairs(result)

    def _show_shares(self, result: Comparison) -> None:
        figures, n = result.tokens, len(result.traders)
        table = self.tokens_table
        table.clear()
        table.setColumnCount(n + 2)
        table.setRowCount(len(figures.tokens) + 1)
        table.setHorizontalHeaderLabels(["Token", "Traded by", *result.names])
        for c in range(n):
            table.setHorizontalHeaderItem(c + 2, QTableWidgetItem(swatch(c), result.names[c]))
        for c in (0, 1):
            table.horizontalHeader().setSectionResizeMode(
                c, QHeaderView.ResizeMode.ResizeToContents
            )
        tint = with_alpha(ACCENT, 38)
        table.setItem(0, 0, cell(SHARED_ROW, align=LEFT, bold=True))
        table.setItem(0, 1, cell(""))
        for c, value in enumerate(figures.shared_share):
            tip = "Share of this trader's notional in tokens another compared trader also trades"
            table.setItem(0, c + 2, cell(_share(value), bold=True, tip=tip))
        for r, (token, held, shares) in enumerate(
            zip(figures.tokens, figures.holders, figures.shares, strict=True), start=1
        ):
            shared = held >= 2
            background = tint if shared else None
            muted = None if shared else fmt.NEUTRAL.darker(140)
            table.setItem(r, 0, cell(token, align=LEFT, bold=shared, background=background))
            table.setItem(
                r, 1, cell(f"{held} of {n}", align=CENTRE, background=background, foreground=muted)
            )
            for c, share in enumerate(shares):
                text = _share(share) if share > 0 else ""
                tip = "" if share > 0 else "not traded in this window"
                table.setItem(
                    r, c + 2, cell(text, background=background, foreground=muted, tip=tip)
                )

    def _show_pairs(self, result: Comparison) -> None:
        names, matrix = result.names, result.tokens.pair_overlap
        table = self.overlap_table
        set_trader_grid(table, names)
        for r, row in enumerate(matrix):
            for c, value in enumerate(row):
                if r == c:
                    table.setItem(r, c + 1, cell("", align=CENTRE))
                    continue
                heat = None if value is None else with_alpha(ACCENT, int(30 + 150 * value))
                table.setItem(r, c + 1, cell(_share(value), align=CENTRE, background=heat))
