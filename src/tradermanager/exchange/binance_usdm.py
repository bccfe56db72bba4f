"""Binance USDⓈ-M futures through ccxt's ``binanceusdm``: the only Binance-specific module.

Symbols are Binance ids (``BTCUSDT``). Facts this module relies on (ccxt 4.5): conditional
orders (stop-market, take-profit-market) live in Binance's algo-order service, so they are
placed, fetched and cancelled with ``trigger=True`` and carry a ``clientAlgoId``; errors are read
from the HTTP status and Binance's own ``code`` in the body rather than from ccxt's mapping,
which depends on the host name and so would change behind a proxy or an emulator.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any, TypeVar
from urllib.parse import urlsplit

from tradermanager.domain.engine.brackets import BracketOrigin, BracketTable, checked_brackets
from tradermanager.domain.errors import ValidationError
from tradermanager.exchange.errors import (
    AuthenticationFailedError,
    DuplicateClientIdError,
    EndpointMissingError,
    ExchangeError,
    ExchangeUnavailableError,
    OrderNotFoundError,
    OrderRejectedError,
    OutcomeUnknownError,
    RateLimitedError,
)
from tradermanager.exchange.models import (
    AccountConfig,
    Balance,
    ExchangeFill,
    ExchangePosition,
    FundingPayment,
    OrderKind,
    OrderRequest,
    OrderSide,
    OrderState,
    OrderStatus,
    SymbolConfig,
    SymbolRules,
)

log = logging.getLogger(__name__)

DEMO_HOST = "demo-fapi.binance.com"
MAX_CLIENT_ID = 36
WEEK_MS = 7 * 86_400_000  # userTrades answers at most seven days per request
PAGE = 1000  # the most rows userTrades and income return per request
FORCED_PAGE = 100  # GET /fapi/v1/forceOrders answers at most 100 a page
CLIENT_ID_PATTERN = re.compile(r"^[.A-Z:/a-z0-9_-]{1,36}$")
INSTALL_HINT = 'pip install "tradermanager[live]"'

_AUTH_CODES = {-2014, -2015, -1022, -2008}
_NOT_FOUND_CODES = {-2013, -2011}
_DUPLICATE_CODES = {-4116}
_UNKNOWN_CODES = {-1007, -1006}  # "execution status unknown"
_CODE = re.compile(r'"code"\s*:\s*"?(-?\d+)')
_MSG = re.compile(r'"msg"\s*:\s*"([^"]*)"')

T = TypeVar("T")

_STATUS = {
    "NEW": OrderStatus.OPEN,
    "PARTIALLY_FILLED": OrderStatus.OPEN,
    "FILLED": OrderStatus.FILLED,
    "CANCELED": OrderStatus.CANCELED,
    "REJECTED": OrderStatus.REJECTED,
    "EXPIRED": OrderStatus.EXPIRED,
    "EXPIRED_IN_MATCH": OrderStatus.EXPIRED,
    "TRIGGERING": OrderStatus.OPEN,
    "TRIGGERED": OrderStatus.TRIGGERED,
    "FINISHED": OrderStatus.TRIGGERED,
}
_KIND = {
    "MARKET": OrderKind.MARKET,
    "LIMIT": OrderKind.LIMIT,
    "STOP_MARKET": OrderKind.STOP_MARKET,
    "TAKE_PROFIT_MARKET": OrderKind.TAKE_PROFIT_MARKET,
}


def _ccxt() -> Any:
    try:
        import ccxt
    except ImportError:
        raise ExchangeUnavailableError(
            f"live trading needs the optional extra: {INSTALL_HINT}"
        ) from None
    return ccxt


def _client_class() -> type:
    ccxt = _ccxt()

    class BinanceUsdmClient(ccxt.binanceusdm):  # type: ignore[name-defined]
        """ccxt's client with errors decided by HTTP status and Binance's body code."""

        def handle_errors(
            self,
            code: int,
            reason: str,
            url: str,
            method: str,
            headers: Any,
            body: str,
            response: Any,
            request_headers: Any,
            request_body: Any,
        ) -> Any:
            _raise_for(code, headers or {}, body or "")
            return super().handle_errors(
                code, reason, url, method, headers, body, response, request_headers, request_body
            )

    return BinanceUsdmClient


def _raise_for(status: int, headers: dict[str, str], body: str) -> None:
    match = _CODE.search(body)
    code = int(match.group(1)) if match else None
    message_match = _MSG.search(body)
    message = message_match.group(1) if message_match else body[:200]
    if status in (418, 429) or code == -1003:
        retry = _retry_after(headers)
        raise RateLimitedError(
            f"the exchange asks to slow down (HTTP {status}): retry in {retry:g} s",
            retry,
            banned=status == 418,
        )
    if status >= 500 or code in _UNKNOWN_CODES:
        raise OutcomeUnknownError(f"the exchange answered HTTP {status}: {message}")
    if status == 404:
        raise EndpointMissingError(f"the server has no such endpoint (HTTP 404): {message}", code)
    if code is None or code >= 0:
        if status >= 400:
            raise OrderRejectedError(f"the exchange answered HTTP {status}: {message}")
        return
    if code in _AUTH_CODES or status in (401, 403):
        raise AuthenticationFailedError(f"the exchange refused the API key ({code}: {message})")
    if code in _NOT_FOUND_CODES:
        raise OrderNotFoundError(f"{code}: {message}")
    if code in _DUPLICATE_CODES:
        raise DuplicateClientIdError(f"{code}: {message}", code)
    raise OrderRejectedError(f"{code}: {message}", code)


def _retry_after(headers: dict[str, str]) -> float:
    for name, value in headers.items():
        if name.lower() == "retry-after":
            try:
                return max(float(value), 0.0)
            except ValueError:
                break
    return 60.0


def _dec(value: Any) -> Decimal:
    return Decimal(str(value)) if value not in (None, "") else Decimal(0)


def _float(value: Any) -> float | None:
    try:
        return None if value is None else float(value)
    except (TypeError, ValueError):
        return None


def _opt_dec(value: Any) -> Decimal | None:
    number = _dec(value)
    return number if number else None


def repoint(urls: dict[str, Any], base_url: str) -> dict[str, Any]:
    """Every API URL with its scheme and host replaced and its path kept, so a call ccxt makes
    that the target does not serve fails loudly instead of leaving for the real exchange."""
    target = urlsplit(base_url.rstrip("/"))
    if target.scheme not in ("http", "https") or not target.netloc:
        raise ValueError(f"--url must be an http(s) URL with a host, got {base_url!r}")
    result: dict[str, Any] = {}
    for name, value in urls.items():
        if isinstance(value, str):
            parts = urlsplit(value)
            result[name] = f"{target.scheme}://{target.netloc}{target.path}{parts.path}"
        else:
            result[name] = value
    return result


class BinanceUsdmConnector:
    """One account on Binance USDⓈ-M futures. Thread-safe: calls are serialised.

    ``base_url`` points every endpoint at another host (an emulator, a proxy); ``demo`` uses
    Binance's futures demo-trading endpoints. A 429/418 blocks further calls for the
    ``Retry-After`` period (:class:`RateLimitedError` without sending)."""

    name = "Binance USDⓈ-M futures"

    def __init__(
        self,
        api_key: str,
        secret: str,
        *,
        base_url: str | None = None,
        demo: bool = False,
        timeout_ms: int = 10_000,
    ) -> None:
        client = _client_class()(
            {
                "apiKey": api_key,
                "secret": secret,
                "enableRateLimit": True,
                "enableLastJsonResponse": True,
                "timeout": timeout_ms,
                "options": {
                    "defaultType": "swap",
                    "fetchCurrencies": False,
                    "fetchMarkets": {"types": ["linear"]},
                    "warnOnFetchOpenOrdersWithoutSymbol": False,
                    "adjustForTimeDifference": False,
                },
            }
        )
        if demo:
            client.enable_demo_trading(True)
        if base_url:
            client.urls["api"] = repoint(client.urls["api"], base_url)
        self._client = client
        self._lock = threading.RLock()
        self._blocked_until = 0.0
        self.demo = demo
        self.base_url = base_url
        self._rules: dict[str, SymbolRules] = {}
        self._weight_limit = 2400  # per minute; replaced by what exchangeInfo states

    def __repr__(self) -> str:
        target = self.base_url or ("demo" if self.demo else "live")
        return f"BinanceUsdmConnector({target})"

    @property
    def endpoint(self) -> str:
        return str(self._client.urls["api"]["fapiPrivate"])

    # -- plumbing ------------------------------------------------------------------------------
    def _call(self, fn: Callable[[], T]) -> T:
        ccxt = _ccxt()
        with self._lock:
            wait = self._blocked_until - time.monotonic()
            if wait > 0:
                raise RateLimitedError(
                    f"still backing off after a rate limit: retry in {wait:.1f} s", wait
                )
            try:
                result = fn()
                self._watch_used_weight()
                return result
            except RateLimitedError as exc:
                self._blocked_until = time.monotonic() + exc.retry_after
                raise
            except ExchangeError:
                raise
            except ccxt.RequestTimeout as exc:
                raise OutcomeUnknownError(f"no answer in time ({type(exc).__name__})") from None
            except ccxt.NetworkError as exc:
                raise OutcomeUnknownError(
                    f"the connection failed before an answer ({type(exc).__name__})"
                ) from None
            except ccxt.AuthenticationError as exc:
                raise AuthenticationFailedError(str(exc)[:200]) from None
            except ccxt.BaseError as exc:
                raise OrderRejectedError(str(exc)[:300]) from None

    def _watch_used_weight(self) -> None:
        """Binance reports the weight used in the current minute (``X-MBX-USED-WEIGHT-1M``);
        at 90 % of the budget, stop sending until the minute is over rather than earn a 429."""
        headers = self._client.last_response_headers or {}
        used = next((v for k, v in headers.items() if k.lower() == "x-mbx-used-weight-1m"), None)
        try:
            weight = int(used) if used is not None else 0
        except ValueError:
            return
        if weight >= 0.9 * self._weight_limit:
            rest = 60.0 - (time.time() % 60.0)
            self._blocked_until = max(self._blocked_until, time.monotonic() + rest)

    def _unified(self, symbol: str) -> str:
        self.symbol_rules(symbol)
        return str(self._client.markets_by_id[symbol][0]["symbol"])

    # -- markets ---------------------------------------------------------------------------------
    def load_markets(self) -> None:
        self._call(lambda: self._client.load_markets())
        self._pace_from_limits()
        rules = {}
        for market in self._client.markets.values():
            if not market.get("linear") or not market.get("swap"):
                continue
            info = market["info"]
            filters = {f["filterType"]: f for f in info.get("filters", [])}
            lot = filters.get("LOT_SIZE", {})
            rules[info["symbol"]] = SymbolRules(
                symbol=info["symbol"],
                step_size=_dec(lot.get("stepSize")),
                min_quantity=_dec(lot.get("minQty")),
                max_quantity=_opt_dec(lot.get("maxQty")),
                tick_size=_dec(filters.get("PRICE_FILTER", {}).get("tickSize")),
                min_notional=_dec(filters.get("MIN_NOTIONAL", {}).get("notional")),
            )
        self._rules = rules

    def _pace_from_limits(self) -> None:
        """ccxt spaces requests by ``rateLimit`` ms per unit of weight; Binance states its
        budget in ``exchangeInfo`` (REQUEST_WEIGHT per minute), so pace to that budget."""
        info = self._client.last_json_response  # exchangeInfo, just loaded
        limits = info.get("rateLimits") if isinstance(info, dict) else None
        for limit in limits or []:
            if limit.get("rateLimitType") == "REQUEST_WEIGHT" and limit.get("interval") == "MINUTE":
                per_minute = int(limit.get("limit") or 0) * int(limit.get("intervalNum") or 1)
                if per_minute > 0:
                    self._client.rateLimit = max(60_000 / per_minute, 10.0)
                    self._weight_limit = per_minute

    def symbol_rules(self, symbol: str) -> SymbolRules:
        if not self._rules:
            self.load_markets()
        try:
            return self._rules[symbol]
        except KeyError:
            raise OrderRejectedError(
                f"{symbol} is not a USDⓈ-M perpetual traded on {self.name}"
            ) from None

    def server_time_ms(self) -> int:
        return int(self._call(lambda: self._client.fapiPublicGetTime())["serverTime"])

    # -- account ---------------------------------------------------------------------------------
    def balance(self, asset: str = "USDT") -> Balance:
        account = self._call(lambda: self._client.fapiPrivateV3GetAccount())
        row: dict[str, Any] = next(
            (a for a in account.get("assets", []) if a.get("asset") == asset), {}
        )
        return Balance(
            asset=asset,
            wallet=_dec(row.get("walletBalance")),
            unrealized_pnl=_dec(row.get("unrealizedProfit")),
            equity=_dec(row.get("marginBalance")),
            available=_dec(row.get("availableBalance")),
        )

    def positions(self) -> list[ExchangePosition]:
        rows = self._call(lambda: self._client.fapiPrivateV3GetPositionRisk())
        result = []
        for row in rows:
            quantity = _dec(row.get("positionAmt"))
            if not quantity:
                continue
            result.append(
                ExchangePosition(
                    symbol=row["symbol"],
                    quantity=quantity,
                    entry_price=_dec(row.get("entryPrice")),
                    mark_price=_dec(row.get("markPrice")),
                    unrealized_pnl=_dec(row.get("unRealizedProfit")),
                    liquidation_price=_opt_dec(row.get("liquidationPrice")),
                    isolated=_dec(row.get("isolatedWallet")) > 0
                    or _dec(row.get("isolatedMargin")) > 0,
                )
            )
        return result

    def _optional(self, fn: Callable[[], T]) -> T | None:
        """A read that some Binance-compatible servers do not offer: None when missing."""
        try:
            return self._call(fn)
        except EndpointMissingError:
            return None

    def account_config(self) -> AccountConfig:
        """Position mode, multi-assets margin, key permissions and per-symbol margin type.

        ``/fapi/v1/accountConfig`` and ``/symbolConfig`` are Binance's newest reads. Where a
        server lacks them, the position mode comes from ``/fapi/v1/positionSide/dual`` and
        multi-assets from ``/fapi/v1/multiAssetsMargin``; what no endpoint answers is named in
        ``unknown`` (and an order the account cannot take is still refused by the exchange)."""
        client = self._client
        config = self._optional(lambda: client.fapiPrivateGetAccountConfig())
        unknown: list[str] = []
        if config is None:
            config = {}
            dual = self._optional(lambda: client.fapiPrivateGetPositionSideDual())
            if dual is None:
                unknown.append("position mode")
            else:
                config["dualSidePosition"] = dual.get("dualSidePosition")
            multi = self._optional(lambda: client.fapiPrivateGetMultiAssetsMargin())
            if multi is None:
                unknown.append("multi-assets margin")
            else:
                config["multiAssetsMargin"] = multi.get("multiAssetsMargin")
            unknown.append("key permissions")
        symbols = self._optional(lambda: client.fapiPrivateGetSymbolConfig())
        if symbols is None:
            unknown.append("margin type per symbol")
        return AccountConfig(
            hedge_mode=bool(config.get("dualSidePosition")),
            multi_assets=bool(config.get("multiAssetsMargin")),
            can_trade=bool(config.get("canTrade", True)),
            can_withdraw=bool(config.get("canWithdraw")),
            symbols=tuple(
                SymbolConfig(
                    symbol=row["symbol"],
                    isolated=str(row.get("marginType", "")).upper() == "ISOLATED",
                    leverage=int(row.get("leverage") or 0),
                )
                for row in symbols or ()
            ),
            unknown=tuple(unknown),
        )

    def set_leverage(self, symbol: str, leverage: int) -> None:
        self.symbol_rules(symbol)
        self._call(
            lambda: self._client.fapiPrivatePostLeverage({"symbol": symbol, "leverage": leverage})
        )

    def set_isolated_margin(self, symbol: str) -> None:
        """Isolated margin for ``symbol``; already isolated (-4046) counts as done."""
        self.symbol_rules(symbol)
        try:
            self._call(
                lambda: self._client.fapiPrivatePostMarginType(
                    {"symbol": symbol, "marginType": "ISOLATED"}
                )
            )
        except OrderRejectedError as exc:
            if exc.code != -4046:
                raise

    # -- orders ----------------------------------------------------------------------------------
    def place(self, order: OrderRequest) -> OrderState:
        """Send one order. Raises :class:`OutcomeUnknownError` when the exchange may have taken
        it without our knowing: look it up by ``order.client_id`` before anything else."""
        if not CLIENT_ID_PATTERN.match(order.client_id):
            raise ValueError(f"client order id {order.client_id!r} is not allowed by Binance")
        unified = self._unified(order.symbol)
        params: dict[str, Any] = {}
        if order.reduce_only:
            params["reduceOnly"] = True
        if order.kind.conditional:
            if order.trigger_price is None:
                raise ValueError("a stop or take-profit order needs a trigger price")
            params.update(
                {
                    "stopPrice": str(order.trigger_price),
                    "clientAlgoId": order.client_id,
                    "workingType": "MARK_PRICE",
                }
            )
            kind, price = order.kind.value.upper(), None
        else:
            params["newClientOrderId"] = order.client_id
            kind = order.kind.value
            price = str(order.price) if order.kind is OrderKind.LIMIT else None
            if order.kind is OrderKind.LIMIT:
                params["timeInForce"] = "GTC"
        raw = self._call(
            lambda: self._client.create_order(
                unified, kind, order.side.value, str(order.quantity), price, params
            )
        )
        return self._order_state(raw["info"])

    def order_by_client_id(self, symbol: str, client_id: str, *, conditional: bool) -> OrderState:
        unified = self._unified(symbol)
        key = "clientAlgoId" if conditional else "origClientOrderId"
        params: dict[str, Any] = {key: client_id}
        if conditional:
            params["trigger"] = True
        raw = self._call(lambda: self._client.fetch_order(None, unified, params))
        return self._order_state(raw["info"])

    def open_orders(self, symbol: str | None = None) -> list[OrderState]:
        """Resting orders, regular and conditional."""
        unified = self._unified(symbol) if symbol else None
        regular = self._call(lambda: self._client.fetch_open_orders(unified))
        conditional = self._call(
            lambda: self._client.fetch_open_orders(unified, None, None, {"trigger": True})
        )
        return [self._order_state(o["info"]) for o in [*regular, *conditional]]

    def cancel(self, symbol: str, client_id: str, *, conditional: bool) -> None:
        unified = self._unified(symbol)
        key = "clientAlgoId" if conditional else "origClientOrderId"
        params: dict[str, Any] = {key: client_id}
        if conditional:
            params["trigger"] = True
        self._call(lambda: self._client.cancel_order(None, unified, params))

    # -- prices, fills and funding ------------------------------------------------------------
    def mark_price(self, symbol: str) -> Decimal:
        """The mark price now (``GET /fapi/v1/premiumIndex``): what a market copy is sized at."""
        self.symbol_rules(symbol)
        row = self._call(lambda: self._client.fapiPublicGetPremiumIndex({"symbol": symbol}))
        price = _dec(row.get("markPrice"))
        if price <= 0:
            raise ExchangeError(f"{symbol}: the exchange reported no mark price")
        return price

    def mark_price_at(self, symbol: str, at_ms: int) -> Decimal:
        """The mark price at ``at_ms`` (epoch ms): the open of the one-minute mark-price
        candle that starts then (``GET /fapi/v1/markPriceKlines``)."""
        self.symbol_rules(symbol)
        params = {"symbol": symbol, "interval": "1m", "startTime": at_ms, "limit": 1}
        rows = self._call(lambda: self._client.fapiPublicGetMarkPriceKlines(params))
        if not rows:
            raise ExchangeError(f"{symbol}: the exchange has no mark price for {at_ms}")
        price = _dec(rows[0][1])
        if price <= 0:
            raise ExchangeError(f"{symbol}: the exchange reported no mark price for {at_ms}")
        return price

    def my_fills(self, symbol: str, since_ms: int) -> list[ExchangeFill]:
        """Every execution of my orders on ``symbol`` from ``since_ms`` on, oldest first.

        ``GET /fapi/v1/userTrades`` answers at most seven days and 1000 trades per request:
        the span is walked a week at a time, and a full page continues from its last trade."""
        self.symbol_rules(symbol)
        found: dict[str, ExchangeFill] = {}
        start, now = max(since_ms, 0), int(time.time() * 1000)
        while start <= now:
            end = min(start + WEEK_MS - 1, now)
            params = {"symbol": symbol, "startTime": start, "endTime": end, "limit": PAGE}
            rows: list[dict[str, Any]] = self._call(
                lambda: self._client.fapiPrivateGetUserTrades(params)  # noqa: B023
            )
            for row in rows:
                fill = _fill(row)
                found[fill.trade_id] = fill
            if len(rows) >= PAGE:
                last = max(int(r.get("time") or 0) for r in rows)
                start = last if last > start else start + 1
            else:
                start = end + 1
        return sorted(found.values(), key=lambda f: (f.time_ms, int(f.trade_id)))

    def funding_payments(self, since_ms: int) -> list[FundingPayment]:
        """Funding settled on the account from ``since_ms`` on (``GET /fapi/v1/income`` with
        ``incomeType=FUNDING_FEE``), oldest first; a full page continues from its last row.
        A server without the income history (HTTP 404) reports none, with a warning in the log,
        so that fills are still booked; the copies then show no funding."""
        found: dict[str, FundingPayment] = {}
        start = max(since_ms, 0)
        while True:
            params = {"incomeType": "FUNDING_FEE", "startTime": start, "limit": PAGE}
            rows = self._optional(lambda: self._client.fapiPrivateGetIncome(params))  # noqa: B023
            if rows is None:
                log.warning("%s has no income history (/fapi/v1/income): funding not booked", self)
                return []
            for row in rows:
                payment = FundingPayment(
                    transaction_id=str(row.get("tranId")),
                    symbol=str(row.get("symbol")),
                    amount=_dec(row.get("income")),
                    time_ms=int(row.get("time") or 0),
                )
                found[payment.transaction_id] = payment
            if len(rows) < PAGE:
                break
            last = max(int(r.get("time") or 0) for r in rows)
            start = last if last > start else start + 1
        return sorted(found.values(), key=lambda p: (p.time_ms, p.transaction_id))

    def leverage_brackets(self) -> list[BracketTable]:
        """Every USDⓈ-M contract's notional brackets as they apply to this account
        (``GET /fapi/v1/leverageBracket`` through ccxt's ``fetch_leverage_tiers``), checked;
        a contract whose table does not check out is left out, with a warning in the log."""
        if not self._rules:
            self.load_markets()
        tiers: dict[str, list[dict[str, Any]]] = self._call(
            lambda: self._client.fetch_leverage_tiers()
        )
        now = int(time.time() * 1000)
        tables = []
        for unified, rows in tiers.items():
            market = self._client.markets.get(unified)
            symbol = str(market["id"]) if market else str(unified)
            numbers = [
                {
                    "floor": _float(row.get("minNotional")),
                    "cap": _float(row.get("maxNotional")),
                    "rate": _float(row.get("maintenanceMarginRate")),
                    "max_leverage": _float(row.get("maxLeverage")),
                    "cum": _float((row.get("info") or {}).get("cum")),
                }
                for row in rows
            ]
            try:
                brackets = checked_brackets(symbol, numbers)  # type: ignore[arg-type]
            except ValidationError as exc:
                log.warning("%s: leverage brackets left out: %s", self, exc)
                continue
            tables.append(BracketTable(symbol, brackets, BracketOrigin.EXCHANGE, now))
        return tables

    def forced_orders(self, symbol: str, since_ms: int) -> dict[str, str]:
        """The exchange's own closes of my position on ``symbol`` from ``since_ms`` on: order
        id → ``liquidation`` or ``adl`` (``GET /fapi/v1/forceOrders``: Binance names a
        liquidation order ``autoclose-…`` and an auto-deleveraging one ``adl_autoclose``; at
        most 100 a page, seven days when no start is given). A server without the endpoint
        (HTTP 404) reports none: such closes are then booked as manual."""
        self.symbol_rules(symbol)
        found: dict[str, str] = {}
        start = max(since_ms, 0)
        while True:
            params = {"symbol": symbol, "startTime": start, "limit": FORCED_PAGE}
            rows = self._optional(
                lambda: self._client.fapiPrivateGetForceOrders(params)  # noqa: B023
            )
            if not rows:
                return found
            for row in rows:
                client_id = str(row.get("clientOrderId") or "")
                found[str(row.get("orderId"))] = (
                    "adl" if client_id.startswith("adl_autoclose") else "liquidation"
                )
            if len(rows) < FORCED_PAGE:
                return found
            last = max(int(r.get("time") or 0) for r in rows)
            start = last if last > start else start + 1

    def _order_state(self, info: dict[str, Any]) -> OrderState:
        algo = "algoId" in info
        raw_kind = str(info.get("orderType") if algo else info.get("type") or "").upper()
        status = _STATUS.get(str(info.get("algoStatus") if algo else info.get("status")))
        if status is None:
            raise ExchangeError(f"unknown order status in {json.dumps(info)[:200]}")
        filled = _dec(info.get("executedQty"))
        return OrderState(
            exchange_id=str(info.get("algoId") if algo else info.get("orderId")),
            client_id=str(info.get("clientAlgoId") if algo else info.get("clientOrderId")),
            symbol=str(info.get("symbol")),
            side=OrderSide(str(info.get("side", "")).lower()),
            kind=_KIND.get(raw_kind, OrderKind.MARKET),
            status=status,
            quantity=_dec(info.get("quantity") if algo else info.get("origQty")),
            filled=filled,
            average_price=_opt_dec(info.get("avgPrice")) if filled else None,
            price=_opt_dec(info.get("price")),
            trigger_price=_opt_dec(info.get("triggerPrice") or info.get("stopPrice")),
            reduce_only=bool(info.get("reduceOnly")),
            updated_ms=int(info.get("updateTime") or 0) or None,
            actual_order_id=(str(info.get("actualOrderId") or "") or None) if algo else None,
        )


def _fill(row: dict[str, Any]) -> ExchangeFill:
    """One row of ``userTrades``: commission is what the fill cost, realizedPnl the gross
    profit it closed (Binance books both separately)."""
    return ExchangeFill(
        trade_id=str(row.get("id")),
        order_id=str(row.get("orderId")),
        symbol=str(row.get("symbol")),
        side=OrderSide(str(row.get("side", "")).lower()),
        price=_dec(row.get("price")),
        quantity=_dec(row.get("qty")),
        fee=_dec(row.get("commission")),
        fee_asset=str(row.get("commissionAsset") or ""),
        realized_pnl=_dec(row.get("realizedPnl")),
        maker=bool(row.get("maker")),
        time_ms=int(row.get("time") or 0),
    )
