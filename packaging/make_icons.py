"""Render the application icon in the usual sizes (PNG) from resources/icons/tradermanager.svg.

    QT_QPA_PLATFORM=offscreen python3 packaging/make_icons.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "tradermanager.svg"))
    if not renderer.isValid():
        raise SystemExit("resources/icons/tradermanager.svg is not a valid SVG")
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = ROOT / "resources" / "icons" / f"tradermanager-{size}.png"
        image.save(str(target))
        print(target.relative_to(ROOT))
    del app


if __name__ == "__main__":
    main()
