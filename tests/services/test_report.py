"""The report page builder and writer, and the data a report reads: untrusted text is
escaped, charts are embedded PNGs and nothing else, a failed write leaves nothing behind."""

from __future__ import annotations

import base64
import os
import struct
import zlib
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tradermanager import __version__
from tradermanager.domain.errors import NotFoundError, ValidationError
from tradermanager.services import report as report_module
from tradermanager.services.report import (
    FORMULA_DOC,
    Chart,
    Family,
    Figure,
    ReportDocument,
    Table,
    build_report_html,
    png_size,
    write_report,
)

EVIL = "<script>alert(1)</script>"
T = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)


def tiny_png(width: int, height: int) -> bytes:
    """A valid RGB PNG made by hand (zlib + CRCs), independent of Qt."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    raw = b"".join(b"\x00" + bytes([200, 30, 30]) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def document(name: str = "Alice", **changes) -> ReportDocument:
    fields = dict(
        name=name,
        badges=("PAPER", "ACTIVE"),
        header=(("Name", name), ("Reference", f"@x{EVIL}")),
        settings=(("Only tokens", "BTC, ETH"),),
        window="30d",
        computed_at=T,
        generated_at=T,
        version=__version__,
        families=(
            Family(
                "Performance",
                (
                    Figure("ROI (30d)", "+12.3%", "roi_30d", "Compounded.", 0.123, "gain"),
                    Figure("Sharpe", "—", "sharpe_ratio", "", None),
                ),
                (Chart("equity", "Equity", "Equity curve"), Chart("none", "Gone", "x")),
                (Table("Per token", ("Token", "P&L"), ((EVIL, "-$3.00"),), numeric={1}),),
            ),
            Family("Tokens", (), (Chart("tokens", "Tokens", "Token shares", "No trades."),)),
        ),
        episodes=Table("Drawdown episodes", ("Start", "Depth"), (), "Never under water."),
        decisions=Table(
            "Recent decisions",
            ("Token", "Why"),
            (("BTC", f"Rejected: {EVIL} & more"),),
            tones=(("", "loss"),),
        ),
    )
    fields.update(changes)
    return ReportDocument(**fields)


class Page(HTMLParser):
    """Tags, text, images and figure values of a page, as a browser's parser sees them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []
        self.images: list[dict[str, str | None]] = []
        self.values: dict[str, tuple[str, str | None]] = {}
        self._key: str | None = None
        self._raw: str | None = None
        self.stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.tags.append(tag)
        if tag not in ("meta", "img", "br", "link"):
            self.stack.append(tag)
        if tag == "img":
            self.images.append(attributes)
        if "data-key" in attributes:
            self._key, self._raw = attributes["data-key"], attributes.get("data-value")

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, (tag, self.stack[-5:])
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)
        if self._key is not None:
            self.values[self._key] = (data, self._raw)
            self._key = None


def parse(page: str) -> Page:
    parser = Page()
    parser.feed(page)
    parser.close()
    assert parser.stack == [], "unclosed tags"
    return parser


def test_page_parses_escapes_untrusted_text_and_embeds_the_png():
    png = tiny_png(40, 20)
    page = build_report_html(document(EVIL), {"equity": png, "tokens": png}, density=2)
    parsed = parse(page)
    assert "script" not in parsed.tags and "<script" not in page.lower()
    text = "".join(parsed.text)
    assert text.count(EVIL) >= 4  # title, heading, header list, table cells: shown as text
    assert f"@x{EVIL}" in text
    assert parsed.values["roi_30d"] == ("+12.3%", "0.123")
    assert parsed.values["sharpe_ratio"] == ("—", None)
    (image,) = parsed.images  # "tokens" has nothing to draw, "none" has no image
    assert image["src"].startswith("data:image/png;base64,")
    decoded = base64.b64decode(image["src"].split(",", 1)[1])
    assert decoded == png and png_size(decoded) == (40, 20)
    assert (image["width"], image["height"]) == ("20", "10")  # CSS pixels at density 2
    assert "Tokens: no trades." in text
    assert "Gone: the chart could not be drawn." in text
    assert "Never under water." in text
    assert '<td class="loss">Rejected: &lt;script&gt;' in page
    assert '<td class="num">-$3.00</td>' in page


def test_page_loads_nothing_from_outside_and_names_the_formula_doc():
    page = build_report_html(document(), {"equity": tiny_png(4, 4)})
    parsed = parse(page)
    assert "http://" not in page and "https://" not in page
    assert not {"script", "link", "iframe", "object"} & set(parsed.tags)
    assert "default-src 'none'" in page  # the Content-Security-Policy
    text = " ".join(parsed.text)
    assert FORMULA_DOC in text and "docs/metrics.md" in text
    assert f"tradermanager {__version__}" in text
    assert "2026-01-15 12:00 UTC" in text


def test_anything_but_a_png_is_refused():
    with pytest.raises(ValueError, match="not a PNG"):
        build_report_html(document(), {"equity": b"<svg onload=alert(1)>"})
    with pytest.raises(ValueError, match="not a PNG"):
        png_size(b"\x89PNG\r\n\x1a\n")


def test_write_report_is_atomic_and_replaces_the_old_file(tmp_path):
    target = tmp_path / "report.html"
    target.write_text("old", encoding="utf-8")
    assert write_report(target, "new ✓") == target
    assert target.read_text(encoding="utf-8") == "new ✓"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"]


@pytest.mark.parametrize(
    "where",
    [
        lambda tmp: tmp / "missing-folder" / "r.html",
        lambda tmp: tmp,  # a folder
        lambda tmp: tmp / "a-file.txt" / "r.html",  # below a plain file
    ],
)
def test_unwritable_paths_give_a_clear_error_and_leave_no_file(tmp_path, where):
    (tmp_path / "a-file.txt").write_text("x", encoding="utf-8")
    before = sorted(p.name for p in tmp_path.rglob("*"))
    path = where(tmp_path)
    with pytest.raises(ValidationError) as caught:
        write_report(path, "<html></html>")
    message = str(caught.value)
    assert caught.value.field == "report file" and str(path) in message
    assert "allowed:" in message
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


def test_a_failed_rename_keeps_the_old_report_and_removes_the_temporary(tmp_path, monkeypatch):
    target = tmp_path / "report.html"
    target.write_text("the old report", encoding="utf-8")

    def full_disk(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(report_module.os, "replace", full_disk)
    with pytest.raises(ValidationError, match="No space left on device"):
        write_report(target, "new")
    assert target.read_text(encoding="utf-8") == "the old report"
    assert os.listdir(tmp_path) == ["report.html"]


# -- the data a report reads ---------------------------------------------------------------


@pytest.fixture
def demo(services):
    services.demo.load(4, 60)
    return services


def test_gather_reads_what_the_services_return(demo):
    name = "Majors Momentum"
    data = demo.report.gather(name, "30d", decisions=7)
    trader = demo.traders.get(name)
    assert data.trader == trader and data.window == "30d"
    assert dict(data.values) == dict(demo.metrics.trader_metrics(name, "30d").values)
    assert data.equity == demo.metrics.equity(name, "30d")
    assert list(data.daily_returns) == demo.metrics.daily_returns(name, "30d").tolist()
    assert [dict(e) for e in data.episodes] == demo.metrics.drawdown_episodes(name, "30d")
    assert list(data.decisions) == demo.pipeline.signals(name, limit=7)
    assert data.size_per_trade == demo.traders.size_per_trade(trader)
    assert data.base_size == demo.settings.get().base_size
    assert data.generated_at == demo.clock.now() and data.version == __version__


def test_gather_refuses_bad_input(demo):
    with pytest.raises(ValidationError, match="window"):
        demo.report.gather("Majors Momentum", "1y")
    with pytest.raises(ValidationError, match="decisions"):
        demo.report.gather("Majors Momentum", decisions=-1)
    with pytest.raises(NotFoundError):
        demo.report.gather("Nobody")
    assert demo.report.gather("Majors Momentum", decisions=0).decisions == ()


def test_written_page_is_readable_back(tmp_path):
    path = write_report(Path(tmp_path) / "r.html", build_report_html(document(), {}))
    parse(path.read_text(encoding="utf-8"))
