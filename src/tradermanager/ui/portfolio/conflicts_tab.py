"""Conflicts: tokens on which different traders have me long and short at the same time —
fees on both legs for a smaller net bet."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tradermanager.services.portfolio import PortfolioSummary
from tradermanager.ui import formatting as fmt
from tradermanager.ui.portfolio import cells
from tradermanager.ui.portfolio.tables import Cell, PortfolioTable

HEADERS = ("Token", "Trader", "Side", "Notional", "Margin", "Leverage", "Since (UTC)", "Net")


class ConflictsTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsTab")
        self.message = QLabel(" ")
        self.message.setObjectName("conflictsMessage")
        self.message.setWordWrap(True)
        self.table = PortfolioTable("conflictsTable", HEADERS, "portfolio-conflicts")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)

    def show_summary(self, s: PortfolioSummary) -> None:
        rows = []
        for conflict in s.conflicts:
            for leg in conflict.legs:
                colour = fmt.GAIN if leg.side.value == "long" else fmt.LOSS
                rows.append(
                    [
                        Cell.label(conflict.symbol),
                        Cell.label(leg.trader_name),
                        Cell(leg.side.value, leg.side.value, colour, False),
                        cells.money(leg.notional),
                        cells.money(leg.margin),
                        cells.times(leg.leverage),
                        Cell(
                            leg.since.strftime("%Y-%m-%d %H:%M"), leg.since.isoformat(), None, False
                        ),
                        cells.money(conflict.net, signed=True),
                    ]
                )
        self.table.set_rows(rows)
        if s.conflicts:
            tokens = ", ".join(c.symbol for c in s.conflicts)
            self.message.setText(
                f"<b>{len(s.conflicts)}</b> token(s) held long and short by different "
                f"traders: {tokens}. Both legs pay fees; only the net is a bet."
            )
        else:
            self.message.setText(
                "No conflicts: no token is held long by one trader and short by another."
            )
