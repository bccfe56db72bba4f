"""Export a trader report: one self-contained HTML file (numbers, charts, episodes and recent
decisions) to share or archive.

:func:`export_report` does it in one call on the GUI thread (the command line uses it).
:class:`ReportExporter` is the window's path: it asks where to save, reads the data on a
pool thread, draws the charts on the GUI thread (widgets can only be drawn there), one per
event-loop turn, then encodes them and writes the file on a pool thread, and says where the
report went or why it could not be written."""

from __future__ import annotations

import logging
import re
from collections import deque
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from tradermanager.domain.models import Trader
from tradermanager.services import Services
from tradermanager.services.report import ReportDocument, build_report_html, write_report
from tradermanager.services.report_data import ReportData
from tradermanager.services.traders import TraderRef
from tradermanager.ui.report_charts import SCALE, chart_steps, encode, render_charts
from tradermanager.ui.report_content import drawn_charts, report_document
from tradermanager.ui.worker import error_text, start_task

log = logging.getLogger(__name__)
_UNSAFE = re.compile(r"[^\w.-]+", re.UNICODE)


def report_html(data: ReportData) -> str:
    """The page for ``data``: formatted as the window shows it, charts drawn off screen."""
    doc = report_document(data)
    return build_report_html(doc, render_charts(data, drawn_charts(doc)), density=SCALE)


def export_report(services: Services, trader: TraderRef, window: str, path: Path | str) -> Path:
    """Write the report of ``trader`` over ``window`` to ``path`` (atomically); returns the
    path. ValidationError when the window or the file is not acceptable."""
    data = services.report.gather(trader, window)
    return write_report(path, report_html(data))


def default_file_name(name: str, window: str, when: datetime) -> str:
    """``Majors-Momentum-30d-2026-01-15.html``: a name every file system accepts."""
    stem = _UNSAFE.sub("-", name).strip("-.") or "trader"
    return f"{stem[:60]}-{window}-{when:%Y-%m-%d}.html"


class ReportExporter(QObject):
    """Runs one export at a time for a widget; ``finished`` carries the path written (or
    "" when it failed or was cancelled)."""

    finished = Signal(str)

    def __init__(self, services: Services, parent: QWidget) -> None:
        super().__init__(parent)
        self._svc = services
        self._parent = parent
        self._path: Path | None = None
        self._data: ReportData | None = None
        self._doc: ReportDocument | None = None
        self._steps: deque[Callable[[], dict[str, QImage]]] = deque()
        self._images: dict[str, QImage] = {}
        self.busy = False

    def ask_and_export(self, trader: Trader, window: str) -> None:
        """Ask for a file, then export ``trader`` over ``window`` into it."""
        if self.busy:
            return
        suggested = default_file_name(trader.name, window, self._svc.clock.now())
        path, _ = QFileDialog.getSaveFileName(
            self._parent, "Export trader report", suggested, "HTML files (*.html *.htm)"
        )
        if not path:
            self.finished.emit("")
            return
        if not path.lower().endswith((".html", ".htm")):
            path += ".html"
        self.start(trader.id, window, Path(path))

    def start(self, trader_id: int, window: str, path: Path) -> None:
        """Read the data on a pool thread, draw the charts one per event-loop turn on the GUI
        thread, then encode, build and write the page on a pool thread again."""
        self.busy = True
        self._path = path
        svc = self._svc
        start_task(
            self, svc, lambda _: svc.report.gather(trader_id, window), self._draw, self._failed
        )

    def _draw(self, data: ReportData) -> None:
        try:
            self._doc = report_document(data)
            self._steps = deque(chart_steps(data, drawn_charts(self._doc)))
        except Exception as exc:  # reported, never lost
            self._crashed(exc)
            return
        self._data = data
        self._images = {}
        QTimer.singleShot(0, self._next_chart)

    def _next_chart(self) -> None:
        if self._steps:
            try:
                self._images.update(self._steps.popleft()())
            except Exception as exc:
                self._crashed(exc)
                return
            QTimer.singleShot(0, self._next_chart)
            return
        doc, images, path = self._doc, self._images, self._path
        assert doc is not None and path is not None

        def build_and_write() -> str:
            page = build_report_html(doc, encode(images), density=SCALE)
            return str(write_report(path, page))

        start_task(self, self._svc, lambda _: build_and_write(), self._written, self._failed)

    def _written(self, path: str) -> None:
        self.busy = False
        data = self._data
        assert data is not None
        self._status(f"Report of {data.trader.name} ({data.window}) written to {path}")
        self.finished.emit(path)

    def _crashed(self, exc: Exception) -> None:
        log.exception("report export failed")
        self._failed(exc)

    def _failed(self, exc: Exception) -> None:
        self.busy = False
        QMessageBox.warning(
            self._parent,
            "Export failed",
            f"The report could not be written to {self._path}.\n\n{error_text(exc)}",
        )
        self.finished.emit("")

    def _status(self, text: str) -> None:
        status = getattr(self._parent.window(), "statusBar", None)
        if callable(status):
            status().showMessage(text, 10_000)
