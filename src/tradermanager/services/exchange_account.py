"""The user's exchange account: connect (check the key, then keep it in the OS keyring),
status, forget, and the connector the order gateway uses."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from tradermanager.exchange import credentials as vault
from tradermanager.exchange.binance_usdm import BinanceUsdmConnector
from tradermanager.exchange.credentials import ExchangeCredentials, make_credentials
from tradermanager.exchange.errors import ExchangeUnavailableError
from tradermanager.exchange.models import AccountConfig, Balance


@dataclass(frozen=True, slots=True)
class ExchangeStatus:
    exchange: str
    target: str  # live / demo / the base URL
    endpoint: str
    balance: Balance
    margin_mode: str
    position_mode: str  # one-way / hedge
    can_trade: bool
    can_withdraw: bool
    warnings: tuple[str, ...]

    def as_dict(self) -> dict[str, object]:
        return {
            "exchange": self.exchange,
            "target": self.target,
            "endpoint": self.endpoint,
            "balance": {
                "asset": self.balance.asset,
                "wallet": _num(self.balance.wallet),
                "equity": _num(self.balance.equity),
                "available": _num(self.balance.available),
                "unrealized_pnl": _num(self.balance.unrealized_pnl),
            },
            "margin_mode": self.margin_mode,
            "position_mode": self.position_mode,
            "can_trade": self.can_trade,
            "can_withdraw": self.can_withdraw,
            "warnings": list(self.warnings),
        }


def _num(value: Decimal) -> float:
    return float(value)


def _warnings(config: AccountConfig) -> tuple[str, ...]:
    found = []
    if config.can_withdraw:
        found.append(
            "this API key can WITHDRAW funds: create a key with withdrawals disabled (and an IP "
            "allow-list) — the app never needs to withdraw"
        )
    if not config.can_trade:
        found.append("this API key cannot trade futures: enable futures trading on the key")
    if config.hedge_mode:
        found.append(
            "the account is in hedge mode (two positions per symbol); live copies need one-way "
            "mode: switch it in the exchange's futures preferences"
        )
    if config.multi_assets:
        found.append("multi-assets margin is on; isolated margin per copy needs it off")
    if config.unknown:
        found.append(
            f"this server does not report the account's {', '.join(config.unknown)}: check them "
            "on the exchange (one-way position mode, multi-assets off, a key that can trade and "
            "cannot withdraw)"
        )
    return tuple(found)


class ExchangeAccountService:
    """``connector_factory`` builds a connector from credentials (tests give it a timeout)."""

    def __init__(self, *, timeout_ms: int = 10_000) -> None:
        self._timeout_ms = timeout_ms

    def connector(self, credentials: ExchangeCredentials | None = None) -> BinanceUsdmConnector:
        creds = credentials or vault.load_credentials()
        if creds is None:
            raise ExchangeUnavailableError(
                "no exchange is connected: run `tradermanager exchange connect` first"
            )
        return BinanceUsdmConnector(
            creds.api_key,
            creds.secret,
            base_url=creds.url,
            demo=creds.demo,
            timeout_ms=self._timeout_ms,
        )

    def connect(
        self, api_key: str, secret: str, *, demo: bool = False, url: str | None = None
    ) -> ExchangeStatus:
        """Check the key against the exchange, then (only then) keep it in the keyring."""
        credentials = make_credentials(api_key, secret, demo=demo, url=url)
        vault.install_log_redaction(credentials)
        status = self._status(credentials)
        vault.save_credentials(credentials)
        return status

    def status(self) -> ExchangeStatus:
        return self._status(None)

    def is_connected(self) -> bool:
        return vault.load_credentials() is not None

    def forget(self) -> bool:
        return vault.forget_credentials()

    def _status(self, credentials: ExchangeCredentials | None) -> ExchangeStatus:
        creds = credentials or vault.load_credentials()
        connector = self.connector(creds)
        assert creds is not None
        config = connector.account_config()
        balance = connector.balance()
        return ExchangeStatus(
            exchange=connector.name,
            target=creds.target,
            endpoint=connector.endpoint,
            balance=balance,
            margin_mode=config.margin_mode,
            position_mode="hedge" if config.hedge_mode else "one-way",
            can_trade=config.can_trade,
            can_withdraw=config.can_withdraw,
            warnings=_warnings(config),
        )
