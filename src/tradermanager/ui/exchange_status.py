"""The live state in the status bar: connected or not, how many live copies are open, when
the exchange was last reconciled, and anything it could not explain (a click opens the
Exchange dialog)."""

from __future__ import annotations

from dataclasses import replace
from html import escape
from urllib.parse import urlsplit

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from tradermanager.services.reconciliation import ReconciliationReport

QUIET = "#9aa4b2"
GOOD = "#3fb950"
WARN = "#e67e22"
BAD = "#e74c3c"


class ExchangeStatusLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exchangeState")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self._reported = False  # a reconciliation report is shown: it outranks "checking"
        self._report: ReconciliationReport | None = None
        self.show_unknown()

    def _set(self, text: str, tip: str, colour: str = QUIET, link: str = "exchange") -> None:
        """``link``: what a click opens — the Exchange dialog, or the findings."""
        style = f"color:{colour}; text-decoration:none"
        self.setText(f"<a href='{link}' style='{style}'>{escape(text)}</a>")
        self.setToolTip(tip)

    def show_unknown(self) -> None:
        self._set("Exchange: …", "Reading whether an exchange is connected")

    def show_disconnected(self) -> None:
        self._reported = False
        self._set(
            "Exchange: not connected",
            "No exchange account is connected: live traders send no orders. Click to connect.",
        )

    def show_connected(self) -> None:
        """Connected, nothing reconciled yet (a report that came first is kept)."""
        if not self._reported:
            self._set("Live: connected, checking…", "The exchange is reconciled every minute")

    def acknowledge(self, key: str) -> None:
        """The user acknowledged a finding: it no longer counts in the warning."""
        if self._report is not None:
            self.show_report(replace(self._report, acknowledged=self._report.acknowledged | {key}))

    def show_report(self, report: ReconciliationReport) -> None:
        self._reported = True
        self._report = report
        target = urlsplit(report.target).netloc or report.target
        where = "" if target == "live" else f" ({target})"
        at = f"{report.checked_at:%H:%M}"
        if report.error:
            self._set(
                f"Live{where}: exchange unreachable at {at}",
                f"The exchange could not be read: {report.error}",
                BAD,
            )
            return
        copies = f"{report.open_copies} live cop{'y' if report.open_copies == 1 else 'ies'}"
        waiting = report.unacknowledged
        if waiting:
            self._set(
                f"Live{where}: ⚠ {len(waiting)} unexplained · {copies}",
                "\n".join(f.message for f in waiting)
                + "\nClick to list them (Live → Exchange findings…) and acknowledge one.",
                WARN,
                "findings",
            )
            return
        if report.findings:
            self._set(
                f"Live{where}: {copies} · {len(report.findings)} acknowledged · checked {at}",
                "Acknowledged, still on the exchange:\n"
                + "\n".join(f.message for f in report.findings),
                QUIET,
                "findings",
            )
            return
        self._set(
            f"Live{where}: {copies} · checked {at}",
            "Everything on the exchange is explained by the app's records; stops in place.",
            GOOD,
        )
