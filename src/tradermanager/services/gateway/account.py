"""What the account and a symbol need before a copy's first order."""

from __future__ import annotations

from tradermanager.exchange.connector import ExchangeConnector


class AccountSetup:
    """Checks once per gateway that the account can take copies, and sets isolated margin
    and the copy's leverage once per symbol and leverage."""

    def __init__(self, connector: ExchangeConnector) -> None:
        self._connector = connector
        self._prepared: dict[str, int] = {}
        self._account_checked = False

    def problem(self) -> str:
        """Why this account cannot take copies ("" when it can)."""
        if self._account_checked:
            return ""
        config = self._connector.account_config()
        if config.hedge_mode:
            return (
                "the exchange account is in hedge mode (two positions per symbol); live copies "
                "need one-way mode"
            )
        if config.multi_assets:
            return "multi-assets margin is on; isolated margin per copy needs it off"
        if not config.can_trade:
            return "the API key cannot trade futures"
        self._account_checked = True
        return ""

    def prepare_symbol(self, symbol: str, leverage: int) -> None:
        """Isolated margin and the copy's leverage, once per symbol and leverage."""
        if self._prepared.get(symbol) == leverage:
            return
        self._connector.set_isolated_margin(symbol)
        self._connector.set_leverage(symbol, leverage)
        self._prepared[symbol] = leverage
