"""A calm look for long sessions in front of numbers: dark or light, as the system is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

STYLE_SHEET = """
QWidget { font-size: 10pt; }
QLabel#cardHeader { padding: 4px 2px; }
QGroupBox { border: 1px solid palette(mid); border-radius: 6px; margin-top: 14px; padding: 8px; }
QGroupBox::title { subcontrol-origin: margin; left: 8px; }
QHeaderView::section { background: palette(alternate-base); border: none; padding: 4px; }
QProgressBar { border: 1px solid palette(mid); border-radius: 3px; text-align: left;
               padding-left: 4px; height: 16px; }
QProgressBar::chunk { background-color: #1f6feb; }
QPushButton { padding: 5px 10px; }
QPushButton#toggleButton:checked { background: #238636; color: white; }
"""


DARK = {
    QPalette.ColorRole.Window: "#0d1117",
    QPalette.ColorRole.WindowText: "#c9d1d9",
    QPalette.ColorRole.Base: "#0f1620",
    QPalette.ColorRole.AlternateBase: "#131b26",
    QPalette.ColorRole.Text: "#c9d1d9",
    QPalette.ColorRole.Button: "#21262d",
    QPalette.ColorRole.ButtonText: "#c9d1d9",
    QPalette.ColorRole.Highlight: "#1f6feb",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#161b22",
    QPalette.ColorRole.ToolTipText: "#c9d1d9",
    QPalette.ColorRole.PlaceholderText: "#6e7681",
}
LIGHT = {
    QPalette.ColorRole.Window: "#f6f8fa",
    QPalette.ColorRole.WindowText: "#1f2328",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f0f3f6",
    QPalette.ColorRole.Text: "#1f2328",
    QPalette.ColorRole.Button: "#eaeef2",
    QPalette.ColorRole.ButtonText: "#1f2328",
    QPalette.ColorRole.Highlight: "#0969da",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: "#1f2328",
    QPalette.ColorRole.PlaceholderText: "#6e7781",
}


def system_prefers_light(app: QApplication) -> bool:
    """Qt's own reading of the desktop's colour scheme (dark when it cannot tell)."""
    return app.styleHints().colorScheme() == Qt.ColorScheme.Light


def apply_style(app: QApplication) -> None:
    """Fusion with a dark or light palette following the system, and again when it changes."""
    app.setStyle("Fusion")

    def apply() -> None:
        palette = QPalette()
        for role, colour in (LIGHT if system_prefers_light(app) else DARK).items():
            palette.setColor(role, QColor(colour))
        app.setPalette(palette)

    apply()
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply())
    app.setStyleSheet(STYLE_SHEET)
