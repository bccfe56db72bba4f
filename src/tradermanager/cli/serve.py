"""``tradermanager serve``: the HTTP API, the scheduler (metric refresh, alerts, pollers) and
live sources, without Qt — for a machine without a display that never sleeps."""

from __future__ import annotations

import argparse
import logging
import sys

from tradermanager.domain.errors import ValidationError
from tradermanager.jobs.binance_poll import register_binance_poll
from tradermanager.jobs.events import JobEvents
from tradermanager.jobs.notification_delivery import register_notification_delivery
from tradermanager.jobs.paper_refresh import register_paper_refresh
from tradermanager.jobs.reconciliation import register_reconciliation
from tradermanager.jobs.scheduler import AppScheduler
from tradermanager.services import Services
from tradermanager.services.changes import ChangeWatcher
from tradermanager.services.notifications import DeliveryReport
from tradermanager.services.reconciliation import ReconciliationReport

log = logging.getLogger(__name__)
INSTALL_HINT = "pip install 'tradermanager[api]'"


class ApiUnavailableError(RuntimeError):
    """The optional extra with FastAPI and uvicorn is not installed."""


def _say(text: str) -> None:
    sys.stderr.write(f"tradermanager: {text}\n")
    sys.stderr.flush()


def _say_findings(report: ReconciliationReport) -> None:
    """What reconciliation could not explain (or could not read) goes to the server's log."""
    if report.error:
        _say(f"reconciliation: the exchange could not be read: {report.error}")
    for finding in report.new_findings:
        _say(f"reconciliation: {finding.message}")
    for line in report.restored:
        _say(f"reconciliation: {line}")


def _say_failed_deliveries(report: DeliveryReport) -> None:
    for message in report.failed:
        _say(f"an alert message by {message.channel.value} was not delivered: {message.last_error}")


def run_serve(svc: Services, args: argparse.Namespace) -> None:
    try:  # the optional extra, loaded only by this command
        from tradermanager.api.auth import (
            TokenFileError,
            default_token_path,
            load_or_create_token,
        )
        from tradermanager.api.events import ActivityFeed, EventHub
        from tradermanager.api.server import ApiServer, check_host
    except ImportError as exc:
        raise ApiUnavailableError(
            f"the API needs the optional extra ({exc.name} is missing): {INSTALL_HINT}"
        ) from None
    warning = check_host(args.host, allow_remote=args.allow_remote)
    token_path = args.token_file or default_token_path()
    try:
        token = load_or_create_token(token_path)
    except TokenFileError as exc:
        raise ValidationError("token-file", str(token_path), str(exc)) from None
    if warning:
        _say(f"warning: {warning}")
    events = JobEvents()
    events.job_failed.connect(lambda name, message: _say(f"{name} failed: {message}"))
    scheduler = AppScheduler(svc, events, refresh_minutes=svc.settings.get().refresh_minutes)
    register_binance_poll(scheduler, svc)
    register_reconciliation(scheduler, svc, on_report=_say_findings)
    register_paper_refresh(scheduler, svc, events)
    events.notifications_delivered.connect(_say_failed_deliveries)
    resumed = register_notification_delivery(scheduler, svc, events)
    if resumed:
        _say(f"{resumed} alert message(s) a stopped run was sending are queued again")
    hub = EventHub()
    watcher = ChangeWatcher(svc.store)
    watcher.connect(ActivityFeed(svc.activity, hub).poll)
    server = ApiServer(svc, token, host=args.host, port=args.port, hub=hub)
    telegram = not args.no_telegram
    if telegram:
        scheduler.add_job("watch telegram channels", svc.telegram.refresh_channels, minutes=1)
    host = f"[{args.host}]" if ":" in args.host else args.host
    _say(f"API on http://{host}:{args.port} (OpenAPI: /openapi.json, docs: /docs)")
    _say(f"token file: {token_path}")
    _say(f"database: {svc.store.path}")
    watcher.start()
    scheduler.start()
    if telegram:
        svc.telegram.start(on_new_signals=scheduler.run_soon)
    try:
        server.run()  # until SIGTERM or Ctrl+C
    finally:
        _say("stopping")
        svc.telegram.stop()
        scheduler.shutdown()
        watcher.stop()
        _say("stopped")
