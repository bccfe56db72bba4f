"""A dark, calm look for long sessions in front of numbers."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

STYLE_SHEET = """
QWidget { font-size: 10pt; }
QLabel#cardHeader { padding: 4px 2px; }
QGroupBox { border: 1px solid #30363d; border-radius: 6px; margin-top: 14px; padding: 8px; }
QGroupBox::title { subcontrol-origin: margin; left: 8px; color: #8b949e; }
QTableView { gridline-color: #21262d; selection-background-color: #1f6feb; }
QHeaderView::section { background: #161b22; color: #8b949e; border: none; padding: 4px; }
QProgressBar { border: 1px solid #30363d; border-radius: 3px; text-align: left; padding-left: 4px;
               height: 16px; color: #c9d1d9; }
QProgressBar::chunk { background-color: #1f6feb; }
QPushButton { padding: 5px 10px; }
QPushButton#toggleButton:checked { background: #238636; color: white; }
"""


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = QPalette()
    colours = {
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
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    app.setStyleSheet(STYLE_SHEET)
