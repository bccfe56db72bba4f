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
QHeaderView::section { background: palette(alternate-base); border: none;
                       padding: 4px 16px 4px 4px; }
QTreeView#traderTable::item { padding-right: 12px; }
QProgressBar { border: 1px solid palette(mid); border-radius: 3px; text-align: left;
               padding-left: 4px; height: 16px; }
QProgressBar::chunk { background-color: #1f6feb; }
QPushButton { padding: 5px 10px; }
QPushButton#toggleButton:checked { background: #238636; color: white; }
QGroupBox { font-weight: 600; }
QGroupBox QLabel, QGroupBox QPushButton, QGroupBox QComboBox, QGroupBox QLineEdit,
QGroupBox QAbstractSpinBox, QGroupBox QAbstractButton { font-weight: normal; }
QLabel#cardName { font-size: 17pt; font-weight: 600; }
QLabel#cardSubline, QLabel#caption, QLabel#mutedText { color: #8b949e; }
QProgressBar#shareBar { border: none; border-radius: 3px; background: palette(alternate-base); }
QProgressBar#shareBar::chunk { border-radius: 3px; background-color: #388bfd; }
QTreeView::indicator { width: 12px; height: 12px; border-radius: 3px;
                       border: 1px solid #6e7681; background: transparent; }
QTreeView::indicator:checked { background: #1f6feb; border-color: #58a6ff; }
QCheckBox::indicator { width: 13px; height: 13px; border-radius: 3px;
                       border: 1px solid #8b949e; background: palette(base); }
QCheckBox::indicator:hover { border-color: #c9d1d9; }
QCheckBox::indicator:checked { background: #1f6feb; border-color: #58a6ff; }
QCheckBox::indicator:disabled { border-color: #484f58; }
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
        light = system_prefers_light(app)
        for role, colour in (LIGHT if light else DARK).items():
            palette.setColor(role, QColor(colour))
        muted = QColor("#8c959f" if light else "#545d68")  # disabled must look disabled
        for role in (
            QPalette.ColorRole.WindowText,
            QPalette.ColorRole.Text,
            QPalette.ColorRole.ButtonText,
        ):
            palette.setColor(QPalette.ColorGroup.Disabled, role, muted)
        app.setPalette(palette)

    apply()
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply())
    app.setStyleSheet(STYLE_SHEET)
