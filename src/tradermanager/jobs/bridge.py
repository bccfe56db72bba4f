"""The one way results of background jobs reach the GUI: Qt signals on a QObject that lives
on the GUI thread. Emitting from a worker thread queues the call to the GUI thread; the
payloads are immutable service results, never database rows or widgets."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class JobBridge(QObject):
    metrics_refreshed = Signal(object)  # services.metrics.RefreshReport
    alerts_evaluated = Signal(object)  # services.alerts.EvaluationReport
    job_failed = Signal(str, str)  # job name, error message
    discover_scanned = Signal(object)  # services.discover_scan.ScanReport
    notifications_delivered = Signal(object)  # services.notifications.DeliveryReport
    database_changed = Signal()  # another connection (e.g. `tradermanager serve`) committed
    exchange_reconciled = Signal(object)  # services.reconciliation.ReconciliationReport
