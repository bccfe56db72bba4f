"""Icons from the Font Awesome set shipped with qtawesome (a maintained icon library)."""

from __future__ import annotations

import qtawesome
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

NAMES = {
    "add": "fa5s.user-plus",
    "import": "fa5b.telegram-plane",
    "refresh": "fa5s.sync-alt",
    "compare": "fa5s.columns",
    "alerts": "fa5s.bell",
    "toggle": "fa5s.power-off",
    "backtest": "fa5s.flask",
    "duplicate": "fa5s.clone",
    "archive": "fa5s.archive",
    "delete": "fa5s.trash-alt",
    "promote": "fa5s.rocket",
    "portfolio": "fa5s.chart-pie",
    "discover": "fa5s.search-dollar",
    "settings": "fa5s.cog",
    "review": "fa5s.clipboard-check",
    "exchange": "fa5s.plug",
    "flatten": "fa5s.hand-paper",
}


def icon(name: str) -> QIcon:
    """The icon for an action, drawn in the palette's text colour."""
    app = QApplication.instance()
    colour = app.palette().buttonText().color().name() if isinstance(app, QApplication) else None
    return qtawesome.icon(NAMES[name], color=colour or "#c9d1d9")
