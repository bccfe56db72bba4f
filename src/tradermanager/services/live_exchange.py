"""The connected exchange account as the rest of the app shares it: one connector and one
order gateway per process, built from the key in the OS keyring, with failed live orders
raised as alerts.

Everything live (the copy pipeline, reconciliation, the kill switch) takes its gateway from
here, so they serialise on one gateway lock and see one set of records. ``connect`` and
``forget`` drop the cached connector, so the next use reads the keyring again.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from decimal import Decimal

from tradermanager.domain.alerts import AlertIncident, AlertKind
from tradermanager.domain.clock import Clock
from tradermanager.domain.errors import NotFoundError
from tradermanager.domain.live_orders import IntendedOrder, IntendedState
from tradermanager.exchange.connector import ExchangeConnector
from tradermanager.exchange.errors import ExchangeUnavailableError
from tradermanager.services.alerts import AlertService, EvaluationReport
from tradermanager.services.exchange_account import ExchangeAccountService, ExchangeStatus
from tradermanager.services.notifications import NotificationService
from tradermanager.services.order_gateway import OrderGateway
from tradermanager.store.connection import Store

log = logging.getLogger(__name__)

IncidentListener = Callable[[EvaluationReport], None]

_FAILURE_WORDS = {
    IntendedState.REFUSED: "was not sent",
    IntendedState.REJECTED: "was rejected by the exchange",
    IntendedState.UNKNOWN: "has an unknown outcome: the exchange could not confirm it",
}


def _quantity(value: Decimal) -> str:
    return format(value.normalize(), "f")


def failure_message(order: IntendedOrder) -> str:
    """One sentence for a failed live order: which leg, what happened, the exchange's words."""
    what = f"{order.symbol} {order.leg} ({order.side} {_quantity(order.quantity)})"
    why = f": {order.note}" if order.note else ""
    return f"Live order {what} {_FAILURE_WORDS.get(order.state, order.state.value)}{why}"


def failure_action(order: IntendedOrder) -> str:
    if order.state is IntendedState.UNKNOWN:
        return (
            f"Check the exchange's open orders for {order.client_id}; the app looks it up "
            "again every minute and never sends it blindly."
        )
    if order.leg.startswith(("stop", "tp")):
        return "The copy may be without its stop: check the position on the exchange."
    return "Nothing was placed for this order."


class LiveExchange:
    """``account`` reads and writes the key; ``notifications`` tells which channels are set
    up (the first live alert of a kind goes to all of them); ``gateway_options`` go to every
    gateway built (tests shorten the lookups)."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        alerts: AlertService,
        account: ExchangeAccountService | None = None,
        *,
        notifications: NotificationService | None = None,
        **gateway_options: float,
    ) -> None:
        self._store = store
        self._clock = clock
        self._alerts = alerts
        self._notifications = notifications
        self._routing = threading.Lock()
        self.account = account or ExchangeAccountService()
        self._gateway_options = gateway_options
        self._lock = threading.Lock()
        self._gateway: OrderGateway | None = None
        self._connected: bool | None = None
        self._listeners: list[IncidentListener] = []

    @property
    def store(self) -> Store:
        return self._store

    # -- the account --------------------------------------------------------------------------
    def connected(self) -> bool:
        """A key is saved (read from the keyring once, then cached). No keyring or no
        ``live`` extra means not connected."""
        with self._lock:
            if self._connected is None:
                try:
                    self._connected = self.account.is_connected()
                except ExchangeUnavailableError:
                    self._connected = False
            return self._connected

    def connect(
        self, api_key: str, secret: str, *, demo: bool = False, url: str | None = None
    ) -> ExchangeStatus:
        status = self.account.connect(api_key, secret, demo=demo, url=url)
        self.reset(connected=True)
        return status

    def status(self) -> ExchangeStatus:
        return self.account.status()

    def forget(self) -> bool:
        removed = self.account.forget()
        self.reset(connected=False)
        return removed

    def reset(self, *, connected: bool | None = None) -> None:
        """Forget the cached connector (the key changed)."""
        with self._lock:
            self._gateway = None
            self._connected = connected

    def use_connector(self, connector: ExchangeConnector) -> OrderGateway:
        """Trade through ``connector`` instead of one built from the keyring (tests, an
        emulator in the same process)."""
        with self._lock:
            self._gateway = self._build(connector)
            self._connected = True
            return self._gateway

    # -- the gateway --------------------------------------------------------------------------
    def gateway(self) -> OrderGateway:
        """The process's one order gateway; raises ExchangeUnavailableError when no key is
        saved (or the ``live`` extra is missing)."""
        with self._lock:
            if self._gateway is None:
                self._gateway = self._build(self.account.connector())
                self._connected = True
            return self._gateway

    def _build(self, connector: ExchangeConnector) -> OrderGateway:
        return OrderGateway(
            self._store,
            connector,
            self._clock,
            on_failure=self._order_failed,
            **self._gateway_options,  # type: ignore[arg-type]
        )

    # -- alerts -------------------------------------------------------------------------------
    def add_incident_listener(self, listener: IncidentListener) -> None:
        """Hear of every alert raised here (the window's tray, the delivery job)."""
        self._listeners.append(listener)

    def raise_incident(self, incident: AlertIncident) -> EvaluationReport:
        """Record an alert about the live account; a trader deleted meanwhile leaves it about
        the whole account. Listeners hear of it; their failures are logged."""
        self._route_first(incident.kind)
        try:
            report = self._alerts.raise_incident(incident)
        except NotFoundError:
            report = self._alerts.raise_incident(
                AlertIncident(
                    incident.kind,
                    None,
                    incident.message,
                    incident.value,
                    incident.limit,
                    incident.action,
                )
            )
        for listener in list(self._listeners):
            try:
                listener(report)
            except Exception:
                log.exception("a listener of live alerts failed")
        return report

    def _route_first(self, kind: AlertKind) -> None:
        """Live money: while no rule routes this kind yet, create one for all traders that
        sends it to every channel set up (Telegram, e-mail), rather than the tray alone. The
        user can change or switch it off like any rule."""
        if self._notifications is None:
            return
        with self._routing:
            if any(rule.kind is kind for rule in self._alerts.rules()):
                return
            settings = self._notifications.settings()
            channels = [
                name
                for name, config in (("telegram", settings.telegram), ("email", settings.email))
                if config is not None
            ]
            if channels:
                self._alerts.add_rule(None, kind.value, channels=",".join(channels))

    def _order_failed(self, order: IntendedOrder) -> None:
        log.warning("%s", failure_message(order))
        self.raise_incident(
            AlertIncident(
                AlertKind.LIVE_ORDER,
                order.trader_id,
                failure_message(order),
                action=failure_action(order),
            )
        )
