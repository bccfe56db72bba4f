"""The trader report on the demo portfolio: the numbers read as the card and the tabs show
them and equal the service's values, the charts are real PNGs drawn by the window's widgets,
untrusted names stay text, and the card's "Export report…" writes the file or says why not."""

from __future__ import annotations

import base64
import math
from datetime import UTC, datetime
from html.parser import HTMLParser

import pytest
from PySide6.QtGui import QImage

from tradermanager.ui import formatting as fmt
from tradermanager.ui import report_export
from tradermanager.ui.card import performance_box
from tradermanager.ui.details import DetailsPanel
from tradermanager.ui.report_content import FAMILIES, report_document
from tradermanager.ui.report_export import default_file_name, export_report, report_html
from tradermanager.ui.table_export import table_rows
from tradermanager.ui.trader_card import TraderCard

T0 = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)
SNIPER = "Signal Sniper VIP"  # trades, rejections and stated confidences
EVIL = "<script>alert(1)</script>"


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []
        self.images: dict[str, str] = {}  # chart id → data URI
        self.values: dict[str, tuple[str, str | None]] = {}  # metric key → (text, data-value)
        self.tables: dict[str, list[list[str]]] = {}
        self._key: tuple[str, str | None] | None = None
        self._figure: str | None = None
        self._table: list[list[str]] | None = None
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        if tag == "figure":
            self._figure = a.get("id")
        if tag == "img" and self._figure:
            self.images[self._figure] = a["src"]
        if "data-key" in a:
            self._key = (a["data-key"], a.get("data-value"))
        if tag == "table":
            self._table = self.tables.setdefault(a.get("id", ""), [])
        if tag == "tr" and self._table is not None:
            self._table.append([])
        if tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._table is not None and self._cell is not None:
            self._table[-1].append("".join(self._cell))
            self._cell = None
        if tag == "table":
            self._table = None

    def handle_data(self, data):
        self.text.append(data)
        if self._cell is not None:
            self._cell.append(data)
        if self._key is not None:
            key, raw = self._key
            self.values[key] = (data, raw)
            self._key = None


def parse(page: str) -> Page:
    parser = Page()
    parser.feed(page)
    parser.close()
    return parser


@pytest.fixture
def demo(services):
    services.demo.load(6, 90)
    services.metrics.refresh()  # as the background refresh does after a load
    return services


@pytest.fixture
def sniper_page(qapp, demo):
    data = demo.report.gather(SNIPER, "30d")
    return data, parse(report_html(data))


def test_every_family_is_there_with_the_services_numbers(sniper_page):
    data, page = sniper_page
    values = data.values
    text = " ".join(page.text)
    for title, keys, _ in FAMILIES:
        assert title in text
        for key in keys:
            shown_key = "roi_30d" if key == "roi" else key
            if key not in ("copied_won", "diversification_basis"):
                assert shown_key in page.values, shown_key
    numeric = 0
    for key, (_shown, raw) in page.values.items():
        service = values.get(key)
        if isinstance(service, int | float) and math.isfinite(service):
            assert raw is not None and float(raw) == pytest.approx(service, rel=0, abs=0), key
            numeric += 1
        else:
            assert raw is None, key
    assert numeric >= 40
    # formatted as the window formats them, checked against the formatters directly
    assert page.values["roi_30d"][0] == fmt.pct(values["roi_30d"])
    assert page.values["sharpe_ratio"][0] == fmt.number(values["sharpe_ratio"])
    assert page.values["max_drawdown"][0] == fmt.pct(values["max_drawdown"])
    assert page.values["win_rate"][0] == fmt.pct(values["win_rate"], signed=False)
    assert page.values["avg_leverage"][0] == fmt.times(values["avg_leverage"], digits=1)
    assert page.values["trade_count"][0] == fmt.count(values["trade_count"])
    assert page.values["pnl_contribution_usd"][0] == fmt.money(
        values["pnl_contribution_usd"], signed=True
    )
    assert "docs/metrics.md" in text and "tradermanager 0.1.0" in text


def test_the_card_and_the_report_show_the_same_text(qtbot, demo):
    card = TraderCard(demo)
    qtbot.addWidget(card)
    card.set_trader(demo.traders.get(SNIPER).id)
    card.window_combo.setCurrentText("90d")
    page = parse(report_html(demo.report.gather(SNIPER, "90d")))
    for key, label in card.values.items():
        shown = page.values["roi_90d" if key == "roi" else key][0]
        assert shown == label.text(), key


def test_the_risk_tabs_and_the_report_show_the_same_text(qtbot, demo):
    panel = DetailsPanel(demo)
    qtbot.addWidget(panel)
    panel.set_trader(demo.traders.get(SNIPER).id, "30d")
    panel.load_all()
    page = parse(report_html(demo.report.gather(SNIPER, "30d")))
    card_keys = {key for _, key, _, _ in performance_box.FIGURES}
    compared = 0
    for tab in (panel.tail_risk, panel.signal_quality):
        for key, label in tab.figures.values.items():
            if key not in card_keys:  # the card's format wins where both show a figure
                assert page.values[key][0] == label.text(), key
                compared += 1
    assert compared >= 10


def test_tables_are_the_tabs_tables(qtbot, demo):
    panel = DetailsPanel(demo)
    qtbot.addWidget(panel)
    tid = demo.traders.get(SNIPER).id
    panel.set_trader(tid, "all")
    panel.load_all()
    page = parse(report_html(demo.report.gather(SNIPER, "all")))
    episodes = table_rows(panel.drawdowns.table.model())
    assert len(episodes) > 2
    assert page.tables["table-episodes"] == episodes
    signals = table_rows(panel.recent_signals.table.model())
    assert page.tables["table-decisions"] == signals[:51]  # header + the newest 50
    assert any(row[7] == "rejected" and row[8] for row in signals[1:51])


def test_charts_are_real_pngs_of_real_size(sniper_page):
    _, page = sniper_page
    assert set(page.images) == {
        "chart-equity",
        "chart-underwater",
        "chart-returns",
        "chart-leverage",
        "chart-tokens",
    }
    for name, uri in page.images.items():
        assert uri.startswith("data:image/png;base64,")
        png = base64.b64decode(uri.split(",", 1)[1])
        image = QImage.fromData(png, "PNG")
        assert not image.isNull(), name
        assert image.width() >= 800 and image.height() >= 250, (name, image.size())
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), 7)
            for y in range(0, image.height(), 7)
        }
        assert len(colours) > 20, name  # drawn, not a blank rectangle


def test_a_hostile_name_stays_text(qapp, demo, tmp_path):
    demo.traders.add(name=EVIL, source="telegram", source_ref=f"@x<img src=x onerror={EVIL}>")
    path = export_report(demo, EVIL, "30d", tmp_path / "evil.html")
    html = path.read_text(encoding="utf-8")
    page = parse(html)
    assert "script" not in page.tags and "<script" not in html.lower()
    assert page.tags.count("img") == 0  # no history: nothing drawn, nothing injected
    assert EVIL in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_empty_trader_says_why_each_chart_is_missing(qapp, demo):
    demo.traders.add(name="Newcomer")
    data = demo.report.gather("Newcomer", "7d")
    doc = report_document(data)
    reasons = {c.key: c.empty for f in doc.families for c in f.charts}
    assert reasons["equity"] == "No history in this window."
    assert reasons["leverage"] == "No trades opened in this window."
    page = parse(report_html(data))
    assert page.values["roi_7d"][0] == "—" and page.values["sharpe_ratio"][0] == "—"


def test_default_file_name_is_safe():
    assert default_file_name(EVIL, "30d", T0) == "script-alert-1-script-30d-2026-01-15.html"
    assert default_file_name("Majors Momentum", "all", T0) == "Majors-Momentum-all-2026-01-15.html"
    assert default_file_name("../..", "7d", T0) == "trader-7d-2026-01-15.html"


def test_card_button_exports_the_cards_window(qtbot, demo, tmp_path, monkeypatch):
    card = TraderCard(demo)
    qtbot.addWidget(card)
    card.set_trader(demo.traders.get(SNIPER).id)
    card.window_combo.setCurrentText("7d")
    target = tmp_path / "sniper"
    asked = []

    def save_dialog(parent, title, suggested, filters):
        asked.append(suggested)
        return str(target), filters

    monkeypatch.setattr(report_export.QFileDialog, "getSaveFileName", save_dialog)
    done = []
    card.reporter.finished.connect(done.append)
    card.export_report.click()
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    assert asked == [default_file_name(SNIPER, "7d", demo.clock.now())]
    written = tmp_path / "sniper.html"
    assert done == [str(written)]
    page = parse(written.read_text(encoding="utf-8"))
    assert "roi_7d" in page.values and len(page.images) == 5


def test_an_unwritable_file_is_reported_and_nothing_is_left(qtbot, demo, tmp_path, monkeypatch):
    card = TraderCard(demo)
    qtbot.addWidget(card)
    card.set_trader(demo.traders.get(SNIPER).id)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "no-such-folder" / "r.html"
    monkeypatch.setattr(report_export.QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    warnings = []
    monkeypatch.setattr(
        report_export.QMessageBox, "warning", lambda parent, title, text: warnings.append(text)
    )
    done = []
    card.reporter.finished.connect(done.append)
    card.export_report.click()
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    assert done == [""] and len(warnings) == 1
    assert str(target) in warnings[0] and "No such file or directory" in warnings[0]
    assert list(out.iterdir()) == []
    assert not card.reporter.busy


def test_cancelled_dialog_writes_nothing(qtbot, demo, tmp_path, monkeypatch):
    card = TraderCard(demo)
    qtbot.addWidget(card)
    card.set_trader(demo.traders.get(SNIPER).id)
    monkeypatch.setattr(report_export.QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    done = []
    card.reporter.finished.connect(done.append)
    card.export_report.click()
    assert done == [""] and not list(tmp_path.glob("*.html"))
