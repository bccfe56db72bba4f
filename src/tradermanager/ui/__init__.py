"""Qt widgets, item models and dialogs; pyqtgraph plots; the tray. Data only via services."""
