"""A loopback Binance USDⓈ-M futures exchange for the tests, driven over HTTP by the real ccxt.

It implements the REST endpoints the connector calls, with the shapes of Binance's API docs:
``exchangeInfo``, ``time``, ``v3/account``, ``v3/positionRisk``, ``accountConfig``,
``symbolConfig``, ``leverage``, ``marginType``, ``order`` (POST/GET/DELETE, by ``orderId`` or
``origClientOrderId``), ``openOrders``, ``allOpenOrders`` and the algo-order service for
conditional orders (``algoOrder``, ``openAlgoOrders``, ``algoOpenOrders``), and what the
account booked: ``userTrades`` (every fill with its commission and realised P&L), ``income``
(funding), ``forceOrders`` (liquidations and ADL) and ``premiumIndex`` (the mark price).
Resting limit orders fill as makers at their price when the mark reaches them, and resting
reduce-only orders expire once the position is closed, as Binance does. Every private
request is checked: API key header, HMAC-SHA256 signature over the exact query or body, and the
timestamp within ``recvWindow``. One-way position mode, USDT margin, taker fills at the mark.

Faults are queued with :meth:`BinanceUsdmEmulator.inject` and consumed by the next matching
request: the order accepted but the answer lost (the connection stalls, then closes), an order
that stays invisible to queries for a while, a partial fill, a 429/418 with ``Retry-After`` and
a 5xx before the order is processed. ``hidden_for`` on any fault keeps the order it creates out
of queries for that many seconds (Binance can answer -2013 right after accepting an order).
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import threading
import time
from dataclasses import dataclass, field
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

API_KEY = "emulatorKey0123456789abcdefABCDEF0123456789abcdefABCDEF012345678"
API_SECRET = "emulatorSecret9876543210fedcbaFEDCBA9876543210fedcbaFEDCBA98765"
TAKER_FEE = Decimal("0.0005")  # Binance USDⓈ-M regular tier
MAKER_FEE = Decimal("0.0002")

SYMBOLS = {
    # symbol: (base, step, min qty, tick, min notional, price precision, quantity precision)
    "BTCUSDT": ("BTC", "0.001", "0.001", "0.10", "100", 2, 3),
    "ETHUSDT": ("ETH", "0.001", "0.001", "0.01", "20", 2, 3),
}


@dataclass
class Fault:
    """``kind``: ``lose_answer`` (process, stall ``seconds``, close without a reply),
    ``status`` (reply ``status`` with ``code`` before processing; ``retry_after`` seconds),
    ``status_after`` (process the request, then reply ``status`` as if it had failed),
    ``hide`` (the created order is invisible to queries for ``seconds``), ``partial`` (a market
    order fills only ``fraction`` of its quantity)."""

    kind: str
    method: str = "POST"
    path: str = "/fapi/v1/order"
    status: int = 500
    code: int = -1000
    seconds: float = 0.0
    retry_after: int = 0
    fraction: Decimal = Decimal("0.5")
    hidden_for: float = 0.0  # any kind: the order it creates stays invisible this long


@dataclass
class Order:
    order_id: int
    client_id: str
    symbol: str
    side: str
    type: str
    quantity: Decimal
    price: Decimal
    reduce_only: bool
    status: str = "NEW"
    executed: Decimal = Decimal(0)
    cum_quote: Decimal = Decimal(0)
    time: int = 0
    update_time: int = 0
    visible_at: float = 0.0

    def as_json(self) -> dict[str, Any]:
        avg = self.cum_quote / self.executed if self.executed else Decimal(0)
        return {
            "orderId": self.order_id,
            "symbol": self.symbol,
            "status": self.status,
            "clientOrderId": self.client_id,
            "price": str(self.price),
            "avgPrice": str(avg),
            "origQty": str(self.quantity),
            "executedQty": str(self.executed),
            "cumQty": str(self.executed),
            "cumQuote": str(self.cum_quote),
            "timeInForce": "GTC",
            "type": self.type,
            "origType": self.type,
            "reduceOnly": self.reduce_only,
            "closePosition": False,
            "side": self.side,
            "positionSide": "BOTH",
            "stopPrice": "0",
            "workingType": "CONTRACT_PRICE",
            "priceProtect": False,
            "priceMatch": "NONE",
            "selfTradePreventionMode": "EXPIRE_MAKER",
            "goodTillDate": 0,
            "time": self.time,
            "updateTime": self.update_time,
        }


@dataclass
class AlgoOrder:
    algo_id: int
    client_id: str
    symbol: str
    side: str
    order_type: str
    quantity: Decimal
    trigger: Decimal
    reduce_only: bool
    status: str = "NEW"
    time: int = 0
    update_time: int = 0
    trigger_time: int = 0
    actual_order_id: int | None = None  # the market order the trigger placed

    def as_json(self) -> dict[str, Any]:
        return {
            "algoId": self.algo_id,
            "clientAlgoId": self.client_id,
            "algoType": "CONDITIONAL",
            "orderType": self.order_type,
            "symbol": self.symbol,
            "side": self.side,
            "positionSide": "BOTH",
            "timeInForce": "GTC",
            "quantity": str(self.quantity),
            "algoStatus": self.status,
            "triggerPrice": str(self.trigger),
            "price": "0",
            "icebergQuantity": None,
            "selfTradePreventionMode": "EXPIRE_MAKER",
            "workingType": "CONTRACT_PRICE",
            "priceMatch": "NONE",
            "closePosition": False,
            "priceProtect": False,
            "reduceOnly": self.reduce_only,
            "createTime": self.time,
            "updateTime": self.update_time,
            "triggerTime": self.trigger_time,
            "actualOrderId": "" if self.actual_order_id is None else str(self.actual_order_id),
            "goodTillDate": 0,
        }


@dataclass
class Position:
    amount: Decimal = Decimal(0)  # signed: long > 0
    entry: Decimal = Decimal(0)


class ApiError(Exception):
    def __init__(self, status: int, code: int, msg: str) -> None:
        super().__init__(msg)
        self.status, self.code, self.msg = status, code, msg


@dataclass
class ExchangeState:
    wallet: Decimal = Decimal(10000)
    marks: dict[str, Decimal] = field(
        default_factory=lambda: {"BTCUSDT": Decimal(60000), "ETHUSDT": Decimal(3000)}
    )
    orders: dict[int, Order] = field(default_factory=dict)
    algos: dict[int, AlgoOrder] = field(default_factory=dict)
    positions: dict[str, Position] = field(default_factory=dict)
    leverage: dict[str, int] = field(default_factory=dict)
    margin_type: dict[str, str] = field(default_factory=dict)
    can_withdraw: bool = False
    dual_side: bool = False
    trades: list[dict[str, Any]] = field(default_factory=list)  # userTrades rows
    income: list[dict[str, Any]] = field(default_factory=list)  # income rows (funding)
    # GET /fapi/v1/leverageBracket: (notional cap, MMR, initial leverage) per symbol; Binance's
    # first brackets of BTCUSDT and ETHUSDT as of 2024-10-24
    brackets: dict[str, list[tuple[int, float, int]]] = field(
        default_factory=lambda: {
            "BTCUSDT": [(50_000, 0.004, 125), (600_000, 0.005, 100), (3_000_000, 0.0065, 75)],
            "ETHUSDT": [(50_000, 0.004, 125), (600_000, 0.005, 100), (3_000_000, 0.0065, 75)],
        }
    )
    # (time ms, price) of every mark set, per symbol: the mark-price klines read it
    mark_history: dict[str, list[tuple[int, Decimal]]] = field(default_factory=dict)
    forced: list[int] = field(default_factory=list)  # liquidation and ADL order ids


class BinanceUsdmEmulator:
    """Start with :meth:`start` (or as a context manager); ``url`` is its base URL."""

    def __init__(self, *, api_key: str = API_KEY, secret: str = API_SECRET) -> None:
        self.api_key, self.secret = api_key, secret
        self.state = ExchangeState()
        self.faults: list[Fault] = []
        self.requests: list[tuple[str, str, dict[str, str]]] = []
        self.used_weight: int | None = None  # reported weight; None: one per request
        self.missing: set[tuple[str, str]] = set()  # (method, path) this server does not offer
        self.taker_fee = TAKER_FEE  # market fills and triggered stops / take-profits
        self.maker_fee = MAKER_FEE  # resting limit orders that fill
        self.lock = threading.RLock()
        self._ids = itertools.count(8_000_000_001)
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ------------------------------------------------------------------------
    def start(self) -> BinanceUsdmEmulator:
        emulator = self

        class Handler(_Handler):
            owner = emulator

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def __enter__(self) -> BinanceUsdmEmulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    # -- test controls --------------------------------------------------------------------
    def inject(self, fault: Fault) -> None:
        with self.lock:
            self.faults.append(fault)

    def set_mark(
        self, symbol: str, price: float | str | Decimal, *, at_ms: int | None = None
    ) -> None:
        """Move the mark price (the market trades there): conditional orders whose trigger is
        crossed fire, and resting limit orders the price reached fill at their price as
        makers. ``at_ms`` stamps it in the mark history (default: now) for the mark-price
        klines."""
        with self.lock:
            self.state.marks[symbol] = Decimal(str(price))
            history = self.state.mark_history.setdefault(symbol, [])
            history.append((_now() if at_ms is None else at_ms, Decimal(str(price))))
            history.sort(key=lambda point: point[0])
            mark = self.state.marks[symbol]
            for order in list(self.state.orders.values()):
                reached = mark <= order.price if order.side == "BUY" else mark >= order.price
                if (
                    order.symbol == symbol
                    and order.type == "LIMIT"
                    and order.status in ("NEW", "PARTIALLY_FILLED")
                    and reached
                ):
                    self._fill(order, order.quantity - order.executed, maker=True)
            for algo in list(self.state.algos.values()):
                if algo.symbol == symbol and algo.status == "NEW" and self._crossed(algo):
                    algo.status, algo.trigger_time = "FINISHED", _now()
                    placed = self._create_order(
                        symbol,
                        algo.side,
                        "MARKET",
                        algo.quantity,
                        Decimal(0),
                        algo.reduce_only,
                        f"algo{algo.algo_id}",
                        None,
                    )
                    algo.actual_order_id = placed.order_id

    def settle_funding(self, symbol: str, rate: float | str | Decimal) -> Decimal:
        """Settle funding on ``symbol`` at ``rate``: longs pay a positive rate, shorts receive
        (amount = position notional at the mark × rate). Returns the income booked."""
        with self.lock:
            position = self.state.positions.get(symbol, Position())
            if not position.amount:
                return Decimal(0)
            income = -position.amount * self.state.marks[symbol] * Decimal(str(rate))
            self.state.wallet += income
            self.state.income.append(
                {
                    "symbol": symbol,
                    "incomeType": "FUNDING_FEE",
                    "income": str(income),
                    "asset": "USDT",
                    "info": "FUNDING_FEE",
                    "time": _now(),
                    "tranId": next(self._ids),
                    "tradeId": "",
                }
            )
            return income

    def fill_rest(self, client_id: str) -> None:
        """Fill what remains of a partly filled order (a market order, or a limit at its price)."""
        with self.lock:
            order = self._by_client(client_id)
            self._fill(order, order.quantity - order.executed, maker=order.type == "LIMIT")

    def fill_limit(self, client_id: str) -> None:
        self.fill_rest(client_id)

    # -- what happens on the account without the app -----------------------------------------
    def force_close(self, symbol: str, price: float | str | Decimal, *, adl: bool = False) -> Order:
        """The exchange closes the whole position at ``price``: a liquidation (client id
        ``autoclose-…``) or, with ``adl``, an auto-deleveraging (``adl_autoclose``); both are
        listed by ``GET /fapi/v1/forceOrders``. Reduce-only leftovers expire."""
        with self.lock:
            position = self.state.positions.get(symbol, Position())
            side = "SELL" if position.amount > 0 else "BUY"
            self.state.marks[symbol] = Decimal(str(price))
            client_id = "adl_autoclose" if adl else f"autoclose-{_now()}{next(self._ids)}"
            order = self._create_order(
                symbol, side, "MARKET", abs(position.amount), Decimal(0), False, client_id, None
            )
            self.state.forced.append(order.order_id)
            return order

    def manual_order(self, symbol: str, side: str, quantity: str | Decimal) -> Order:
        """The user trades by hand in the exchange's app: a market order with a ``web_`` id."""
        with self.lock:
            return self._create_order(
                symbol,
                side,
                "MARKET",
                Decimal(str(quantity)),
                Decimal(0),
                True,
                f"web_{next(self._ids)}",
                None,
            )

    def manual_stop(self, symbol: str, side: str, quantity: str, trigger: str) -> AlgoOrder:
        """The user places a reduce-only stop by hand (``web_`` id)."""
        with self.lock:
            now = _now()
            algo = AlgoOrder(
                next(self._ids),
                f"web_{next(self._ids)}",
                symbol,
                side,
                "STOP_MARKET",
                Decimal(quantity),
                Decimal(trigger),
                True,
                time=now,
                update_time=now,
            )
            self.state.algos[algo.algo_id] = algo
            return algo

    def cancel_by_user(self, client_id: str) -> None:
        """The user cancels one of the app's orders by hand."""
        with self.lock:
            for algo in self.state.algos.values():
                if algo.client_id == client_id and algo.status == "NEW":
                    algo.status, algo.update_time = "CANCELED", _now()
            for order in self.state.orders.values():
                if order.client_id == client_id and order.status in ("NEW", "PARTIALLY_FILLED"):
                    order.status, order.update_time = "CANCELED", _now()

    def orders_with_client_id(self, client_id: str) -> list[Order]:
        with self.lock:
            return [o for o in self.state.orders.values() if o.client_id == client_id]

    def open_algos(self, symbol: str | None = None) -> list[AlgoOrder]:
        with self.lock:
            return [
                a
                for a in self.state.algos.values()
                if a.status == "NEW" and (symbol is None or a.symbol == symbol)
            ]

    def position(self, symbol: str) -> Position:
        with self.lock:
            return self.state.positions.get(symbol, Position())

    def order_posts(self) -> int:
        """Orders posted that are not take-profits: entries and closes."""
        return sum(
            1
            for m, p, q in self.requests
            if m == "POST" and p == "/fapi/v1/order" and not _take_profit(q)
        )

    def take_profit_posts(self) -> int:
        """Take-profits posted: reduce-only limit orders."""
        return sum(
            1
            for m, p, q in self.requests
            if m == "POST" and p == "/fapi/v1/order" and _take_profit(q)
        )

    def open_take_profits(self, symbol: str | None = None) -> list[Order]:
        """Resting reduce-only limit orders (the take-profits), oldest first."""
        with self.lock:
            return [
                o
                for o in self.state.orders.values()
                if o.type == "LIMIT"
                and o.reduce_only
                and o.status in ("NEW", "PARTIALLY_FILLED")
                and (symbol is None or o.symbol == symbol)
            ]

    # -- request handling -------------------------------------------------------------------
    def handle(self, method: str, path: str, params: dict[str, str], handler: _Handler) -> Any:
        with self.lock:
            self.requests.append((method, path, params))
            fault = next((f for f in self.faults if f.method == method and f.path == path), None)
            if fault is not None:
                self.faults.remove(fault)
        if fault is not None and fault.kind == "status":
            raise _StatusFault(fault)
        route = ROUTES.get((method, path)) if (method, path) not in self.missing else None
        if route is None:
            raise ApiError(404, -5000, f"Path {path}, Method {method} is invalid")
        with self.lock:
            if path.startswith(
                (
                    "/fapi/v1/exchangeInfo",
                    "/fapi/v1/time",
                    "/fapi/v1/premiumIndex",
                    "/fapi/v1/markPriceKlines",
                )
            ):
                result = route(self, params, fault)
            else:
                self._check_signature(handler, method, params)
                result = route(self, params, fault)
        if fault is not None and fault.kind == "lose_answer":
            raise _LostAnswer(fault.seconds)
        if fault is not None and fault.kind == "status_after":
            raise _StatusFault(fault)
        return result

    def _check_signature(self, handler: _Handler, method: str, params: dict[str, str]) -> None:
        if handler.headers.get("X-MBX-APIKEY") != self.api_key:
            raise ApiError(401, -2015, "Invalid API-key, IP, or permissions for action.")
        signed = handler.signed_payload
        payload, _, signature = signed.rpartition("&signature=")
        expected = hmac.new(self.secret.encode(), payload.encode(), hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected, signature):
            raise ApiError(400, -1022, "Signature for this request is not valid.")
        stamp = int(params.get("timestamp", "0"))
        window = int(params.get("recvWindow", "5000"))
        if abs(_now() - stamp) > window:
            raise ApiError(400, -1021, "Timestamp for this request is outside of the recvWindow.")

    # -- helpers --------------------------------------------------------------------------
    def _market(self, params: dict[str, str]) -> str:
        symbol = params.get("symbol", "")
        if symbol not in SYMBOLS:
            raise ApiError(400, -1121, "Invalid symbol.")
        return symbol

    def _crossed(self, algo: AlgoOrder) -> bool:
        mark = self.state.marks[algo.symbol]
        stop = algo.order_type.startswith("STOP")
        # a sell stop fires at or below its trigger, a sell take-profit at or above
        falling = (algo.side == "SELL") == stop
        return mark <= algo.trigger if falling else mark >= algo.trigger

    def _by_client(self, client_id: str) -> Order:
        for order in self.state.orders.values():
            if order.client_id == client_id:
                return order
        raise ApiError(400, -2013, "Order does not exist.")

    def _visible(self, order: Order) -> Order:
        if time.monotonic() < order.visible_at:
            raise ApiError(400, -2013, "Order does not exist.")
        return order

    def _check_quantity(self, symbol: str, qty: Decimal, price: Decimal) -> None:
        _, step, min_qty, tick, *_ = SYMBOLS[symbol]
        if qty < Decimal(min_qty) or qty % Decimal(step) != 0:
            raise ApiError(400, -1111, "Precision is over the maximum defined for this asset.")
        if price and price % Decimal(tick) != 0:
            raise ApiError(400, -1111, "Precision is over the maximum defined for this asset.")

    def _create_order(
        self,
        symbol: str,
        side: str,
        kind: str,
        qty: Decimal,
        price: Decimal,
        reduce_only: bool,
        client_id: str,
        fault: Fault | None,
    ) -> Order:
        position = self.state.positions.setdefault(symbol, Position())
        if reduce_only:
            closing = (position.amount > 0 and side == "SELL") or (
                position.amount < 0 and side == "BUY"
            )
            if not closing:
                raise ApiError(400, -2022, "ReduceOnly Order is rejected.")
            qty = min(qty, abs(position.amount))
        mark = self.state.marks[symbol]
        _, _, _, _, notional, *_ = SYMBOLS[symbol]
        if not reduce_only and qty * (price or mark) < Decimal(notional):
            raise ApiError(
                400,
                -4164,
                f"Order's notional must be no smaller than {notional} (unless you "
                "choose reduce only).",
            )
        now = _now()
        order = Order(
            next(self._ids),
            client_id,
            symbol,
            side,
            kind,
            qty,
            price,
            reduce_only,
            time=now,
            update_time=now,
        )
        self.state.orders[order.order_id] = order
        if fault is not None and fault.kind == "hide":
            order.visible_at = time.monotonic() + fault.seconds
        if fault is not None and fault.hidden_for:
            order.visible_at = time.monotonic() + fault.hidden_for
        if kind == "MARKET":
            share = fault.fraction if fault is not None and fault.kind == "partial" else 1
            self._fill(order, _round_step(qty * Decimal(share), SYMBOLS[symbol][1]))
        elif kind == "LIMIT" and (
            (side == "BUY" and price >= mark) or (side == "SELL" and price <= mark)
        ):
            self._fill(order, qty)
        return order

    def _fill(self, order: Order, qty: Decimal, *, maker: bool = False) -> None:
        """``maker``: a resting limit order filled by someone else's order."""
        if order.reduce_only:  # never more than the position it reduces
            qty = min(qty, abs(self.state.positions.get(order.symbol, Position()).amount))
        if qty <= 0:
            return
        price = order.price if order.type == "LIMIT" else self.state.marks[order.symbol]
        order.executed += qty
        order.cum_quote += qty * price
        order.status = "FILLED" if order.executed >= order.quantity else "PARTIALLY_FILLED"
        order.update_time = _now()
        self._book(order, qty, price, maker)

    def _book(self, order: Order, qty: Decimal, price: Decimal, maker: bool) -> None:
        position = self.state.positions.setdefault(order.symbol, Position())
        signed = qty if order.side == "BUY" else -qty
        fee = qty * price * (self.maker_fee if maker else self.taker_fee)
        self.state.wallet -= fee
        realized = Decimal(0)
        if position.amount == 0 or (position.amount > 0) == (signed > 0):
            total = position.amount + signed
            position.entry = (position.entry * abs(position.amount) + price * qty) / abs(total)
            position.amount = total
        else:
            closed = min(abs(signed), abs(position.amount))
            direction = 1 if position.amount > 0 else -1
            realized = (price - position.entry) * closed * direction
            self.state.wallet += realized
            position.amount += signed
            if position.amount == 0:
                position.entry = Decimal(0)
                self._expire_reduce_only(order.symbol)
        self.state.trades.append(
            {
                "buyer": order.side == "BUY",
                "commission": str(fee),
                "commissionAsset": "USDT",
                "id": next(self._ids),
                "maker": maker,
                "orderId": order.order_id,
                "price": str(price),
                "qty": str(qty),
                "quoteQty": str(qty * price),
                "realizedPnl": str(realized),
                "side": order.side,
                "positionSide": "BOTH",
                "symbol": order.symbol,
                "time": _now(),
            }
        )

    def _expire_reduce_only(self, symbol: str) -> None:
        """Binance expires resting reduce-only orders, regular and conditional, once the
        position is closed."""
        for algo in self.state.algos.values():
            if algo.symbol == symbol and algo.status == "NEW" and algo.reduce_only:
                algo.status = "EXPIRED"
        for resting in self.state.orders.values():
            working = resting.status in ("NEW", "PARTIALLY_FILLED")
            if resting.symbol == symbol and working and resting.reduce_only:
                resting.status, resting.update_time = "EXPIRED", _now()


def _now() -> int:
    return int(time.time() * 1000)


def _round_step(qty: Decimal, step: str) -> Decimal:
    return (qty // Decimal(step)) * Decimal(step)


def _flag(value: str | None) -> bool:
    return str(value).lower() == "true"


def _take_profit(params: dict[str, str]) -> bool:
    return params.get("type") == "LIMIT" and _flag(params.get("reduceOnly"))


# -- routes -----------------------------------------------------------------------------------
def _exchange_info(ex: BinanceUsdmEmulator, params: dict[str, str], fault: Any) -> Any:
    symbols = []
    for symbol, (base, step, min_qty, tick, notional, pp, qp) in SYMBOLS.items():
        symbols.append(
            {
                "symbol": symbol,
                "pair": symbol,
                "contractType": "PERPETUAL",
                "deliveryDate": 4133404800000,
                "onboardDate": 1569398400000,
                "status": "TRADING",
                "maintMarginPercent": "2.5000",
                "requiredMarginPercent": "5.0000",
                "baseAsset": base,
                "quoteAsset": "USDT",
                "marginAsset": "USDT",
                "pricePrecision": pp,
                "quantityPrecision": qp,
                "baseAssetPrecision": 8,
                "quotePrecision": 8,
                "underlyingType": "COIN",
                "underlyingSubType": ["PoW"],
                "triggerProtect": "0.0500",
                "liquidationFee": "0.012500",
                "marketTakeBound": "0.05",
                "maxMoveOrderLimit": 10000,
                "filters": [
                    {
                        "filterType": "PRICE_FILTER",
                        "minPrice": tick,
                        "maxPrice": "4529764",
                        "tickSize": tick,
                    },
                    {
                        "filterType": "LOT_SIZE",
                        "stepSize": step,
                        "minQty": min_qty,
                        "maxQty": "1000",
                    },
                    {
                        "filterType": "MARKET_LOT_SIZE",
                        "stepSize": step,
                        "minQty": min_qty,
                        "maxQty": "120",
                    },
                    {"filterType": "MAX_NUM_ORDERS", "limit": 200},
                    {"filterType": "MAX_NUM_ALGO_ORDERS", "limit": 10},
                    {"filterType": "MIN_NOTIONAL", "notional": notional},
                    {
                        "filterType": "PERCENT_PRICE",
                        "multiplierUp": "1.0500",
                        "multiplierDown": "0.9500",
                        "multiplierDecimal": "4",
                    },
                ],
                "orderTypes": [
                    "LIMIT",
                    "MARKET",
                    "STOP",
                    "STOP_MARKET",
                    "TAKE_PROFIT",
                    "TAKE_PROFIT_MARKET",
                    "TRAILING_STOP_MARKET",
                ],
                "timeInForce": ["GTC", "IOC", "FOK", "GTX", "GTD"],
                "permissionSets": ["GRID", "COPY"],
            }
        )
    return {
        "timezone": "UTC",
        "serverTime": _now(),
        "futuresType": "U_MARGINED",
        "rateLimits": [
            {
                "rateLimitType": "REQUEST_WEIGHT",
                "interval": "MINUTE",
                "intervalNum": 1,
                "limit": 2400,
            },
            {"rateLimitType": "ORDERS", "interval": "MINUTE", "intervalNum": 1, "limit": 1200},
        ],
        "exchangeFilters": [],
        "assets": [{"asset": "USDT", "marginAvailable": True, "autoAssetExchange": "-10000"}],
        "symbols": symbols,
    }


def _time(ex: BinanceUsdmEmulator, params: dict[str, str], fault: Any) -> Any:
    return {"serverTime": _now()}


def _unrealized(ex: BinanceUsdmEmulator, symbol: str, pos: Position) -> Decimal:
    return (ex.state.marks[symbol] - pos.entry) * pos.amount


def _account(ex: BinanceUsdmEmulator, params: dict[str, str], fault: Any) -> Any:
    upnl = sum(
        (_unrealized(ex, s, p) for s, p in ex.state.positions.items() if p.amount),
        Decimal(0),
    )
    margin = sum(
        (
            abs(p.amount) * ex.state.marks[s] / ex.state.leverage.get(s, 20)
            for s, p in ex.state.positions.items()
            if p.amount
        ),
        Decimal(0),
    )
    wallet = ex.state.wallet
    available = wallet + upnl - margin
    return {
        "totalInitialMargin": str(margin),
        "totalMaintMargin": "0",
        "totalWalletBalance": str(wallet),
        "totalUnrealizedProfit": str(upnl),
        "totalMarginBalance": str(wallet + upnl),
        "totalPositionInitialMargin": str(margin),
        "totalOpenOrderInitialMargin": "0",
        "totalCrossWalletBalance": str(wallet),
        "totalCrossUnPnl": str(upnl),
        "availableBalance": str(available),
        "maxWithdrawAmount": str(available),
        "assets": [
            {
                "asset": "USDT",
                "walletBalance": str(wallet),
                "unrealizedProfit": str(upnl),
                "marginBalance": str(wallet + upnl),
                "maintMargin": "0",
                "initialMargin": str(margin),
                "positionInitialMargin": str(margin),
                "openOrderInitialMargin": "0",
                "crossWalletBalance": str(wallet),
                "crossUnPnl": str(upnl),
                "availableBalance": str(available),
                "maxWithdrawAmount": str(available),
                "updateTime": _now(),
            }
        ],
        "positions": [],
    }


def _position_risk(ex: BinanceUsdmEmulator, params: dict[str, str], fault: Any) -> Any:
    rows = []
    for symbol, pos in ex.state.positions.items():
        if not pos.amount or (params.get("symbol") and params["symbol"] != symbol):
            continue
        mark = ex.state.marks[symbol]
        leverage = ex.state.leverage.get(symbol, 20)
        margin = abs(pos.amount) * pos.entry / leverage
        isolated = ex.state.margin_type.get(symbol) == "ISOLATED"
        rows.append(
            {
                "symbol": symbol,
                "positionSide": "BOTH",
                "positionAmt": str(pos.amount),
                "entryPrice": str(pos.entry),
                "breakEvenPrice": str(pos.entry),
                "markPrice": str(mark),
                "unRealizedProfit": str(_unrealized(ex, symbol, pos)),
                "liquidationPrice": "0",
                "isolatedMargin": str(margin if isolated else 0),
                "notional": str(pos.amount * mark),
                "marginAsset": "USDT",
                "isolatedWallet": str(margin if isolated else 0),
                "initialMargin": str(margin),
                "maintMargin": "0",
                "positionInitialMargin": str(margin),
                "openOrderInitialMargin": "0",
                "adl": 0,
                "bidNotional": "0",
                "askNotional": "0",
                "updateTime": _now(),
            }
        )
    return rows


def _account_config(ex: BinanceUsdmEmulator, params: dict[str, str], fault: Any) -> Any:
    return {
        "feeTier": 0,
        "canTrade": True,
        "canDeposit": True,
        "canWithdraw": ex.state.can_withdraw,
        "dualSidePosition": ex.state.dual_side,
        "updateTime": 0,
        "multiAssetsMargin": False,
        "tradeGroupId": -1,
    }


def _position_side_dual(ex: BinanceUsdmEmulator, params: dict[str, str], fault: Any) -> Any:
    return {"dualSidePosition": ex.state.dual_side}


def _multi_assets_margin(ex: BinanceUsdmEmulator, params: dict[str, str], fault: Any) -> Any:
    return {"multiAssetsMargin": False}


def _symbol_config(ex: BinanceUsdmEmulator, params: dict[str, str], fault: Any) -> Any:
    wanted = [params["symbol"]] if params.get("symbol") else list(SYMBOLS)
    return [
        {
            "symbol": s,
            "marginType": ex.state.margin_type.get(s, "CROSSED"),
            "isAutoAddMargin": "false",
            "leverage": ex.state.leverage.get(s, 20),
            "maxNotionalValue": "1000000",
        }
        for s in wanted
    ]


def _leverage(ex: BinanceUsdmEmulator, params: dict[str, str], fault: Any) -> Any:
    symbol = ex._market(params)
    value = int(params.get("leverage", "0"))
    if not 1 <= value <= 125:
        raise ApiError(400, -4028, f"Leverage {value} is not valid")
    ex.state.leverage[symbol] = value
    return {"leverage": value, "maxNotionalValue": "1000000", "symbol": symbol}


def _margin_type(ex: BinanceUsdmEmulator, params: dict[str, str], fault: Any) -> Any:
    symbol = ex._market(params)
    wanted = params.get("marginType", "").upper().replace("CROSS", "CROSSED").replace("DD", "D")
    if ex.state.margin_type.get(symbol, "CROSSED") == wanted:
        raise ApiError(400, -4046, "No need to change margin type.")
    if ex.state.positions.get(symbol, Position()).amount:
        raise ApiError(400, -4048, "Margin type cannot be changed if there exists position.")
    ex.state.margin_type[symbol] = wanted
    return {"code": 200, "msg": "success"}


def _new_order(ex: BinanceUsdmEmulator, params: dict[str, str], fault: Any) -> Any:
    symbol = ex._market(params)
    kind = params.get("type", "")
    if kind not in ("MARKET", "LIMIT"):
        raise ApiError(
            400, -4120, "Order type not supported for this endpoint. Please use the Algo Order API."
        )
    client_id = params.get("newClientOrderId") or f"emu-{next(ex._ids)}"
    if any(o.client_id == client_id for o in ex.state.orders.values()):
        raise ApiError(400, -4116, "ClientOrderId is duplicated.")
    qty, price = Decimal(params.get("quantity", "0")), Decimal(params.get("price", "0"))
    ex._check_quantity(symbol, qty, price)
    order = ex._create_order(
        symbol,
        params.get("side", ""),
        kind,
        qty,
        price,
        _flag(params.get("reduceOnly")),
        client_id,
        fault,
    )
    return order.as_json()


def _find_order(ex: BinanceUsdmEmulator, params: dict[str, str]) -> Order:
    if "orderId" in params:
        order = ex.state.orders.get(int(params["orderId"]))
        if order is None:
            raise ApiError(400, -2013, "Order does not exist.")
    elif "origClientOrderId" in params:
        order = ex._by_client(params["origClientOrderId"])
    else:
        raise ApiError(400, -1102, "Param 'orderId' or 'origClientOrderId' must be sent.")
    return ex._visible(order)


def _get_order(ex: BinanceUsdmEmulator, params: dict[str, str], fault: Any) -> Any:
    return _find_order(ex, params).as_json()


def _cancel_order(ex: BinanceUsdmEmulator, params: dict[str, str], fault: Any) -> Any:
    order = _find_order(ex, params)
    if order.status not in ("NEW", "PARTIALLY_FILLED"):
        raise ApiError(400, -2011, "Unknown order sent.")
    order.status, order.update_time = "CANCELED", _now()
    return order.as_json()


def _open_orders(ex: BinanceUsdmEmulator, params: dict[str, str], fault: Any) -> Any:
    return [
        o.as_json()
        for o in ex.state.orders.values()
        if o.status in ("NEW", "PARTIALLY_FILLED")
        and (not params.get("symbol") or o.symbol == params["symbol"])
        and time.monotonic() >= o.visible_at
    ]


def _cancel_all(ex: BinanceUsdmEmulator, params: dict[str, str], fault: Any) -> Any:
    symbol = ex._market(params)
    for o in ex.state.orders.values():
        if o.symbol == symbol and o.status in ("NEW", "PARTIALLY_FILLED"):
            o.status = "CANCELED"
    return {"code": 200, "msg": "The operation of cancel all open order is done."}


def _new_algo(ex: BinanceUsdmEmulator, params: dict[str, str], fault: Any) -> Any:
    symbol = ex._market(params)
    if params.get("algoType") != "CONDITIONAL":
        raise ApiError(400, -1102, "Mandatory parameter 'algoType' was not sent.")
    kind = params.get("type") or params.get("orderType", "")
    if kind not in ("STOP_MARKET", "TAKE_PROFIT_MARKET"):
        raise ApiError(400, -1116, "Invalid orderType.")
    client_id = params.get("clientAlgoId") or f"emu-{next(ex._ids)}"
    if any(a.client_id == client_id for a in ex.state.algos.values()):
        raise ApiError(400, -4116, "ClientOrderId is duplicated.")
    qty, trigger = Decimal(params.get("quantity", "0")), Decimal(params.get("triggerPrice", "0"))
    ex._check_quantity(symbol, qty, trigger)
    side, reduce_only = params.get("side", ""), _flag(params.get("reduceOnly"))
    position = ex.state.positions.get(symbol, Position()).amount
    if reduce_only and not ((position > 0 and side == "SELL") or (position < 0 and side == "BUY")):
        raise ApiError(400, -2022, "ReduceOnly Order is rejected.")
    now = _now()
    algo = AlgoOrder(
        next(ex._ids),
        client_id,
        symbol,
        side,
        kind,
        qty,
        trigger,
        reduce_only,
        time=now,
        update_time=now,
    )
    if ex._crossed(algo):
        raise ApiError(400, -2021, "Order would immediately trigger.")
    ex.state.algos[algo.algo_id] = algo
    return algo.as_json()


def _find_algo(ex: BinanceUsdmEmulator, params: dict[str, str]) -> AlgoOrder:
    for algo in ex.state.algos.values():
        if str(algo.algo_id) == params.get("algoId") or algo.client_id == params.get(
            "clientAlgoId"
        ):
            return algo
    raise ApiError(400, -2013, "Order does not exist.")


def _get_algo(ex: BinanceUsdmEmulator, params: dict[str, str], fault: Any) -> Any:
    return _find_algo(ex, params).as_json()


def _cancel_algo(ex: BinanceUsdmEmulator, params: dict[str, str], fault: Any) -> Any:
    algo = _find_algo(ex, params)
    if algo.status != "NEW":
        raise ApiError(400, -2011, "Unknown order sent.")
    algo.status, algo.update_time = "CANCELED", _now()
    return {"algoId": algo.algo_id, "clientAlgoId": algo.client_id, "code": "200", "msg": "success"}


def _premium_index(ex: BinanceUsdmEmulator, params: dict[str, str], fault: Any) -> Any:
    symbol = ex._market(params)
    mark = ex.state.marks[symbol]
    return {
        "symbol": symbol,
        "markPrice": str(mark),
        "indexPrice": str(mark),
        "estimatedSettlePrice": str(mark),
        "lastFundingRate": "0.00010000",
        "interestRate": "0.00010000",
        "nextFundingTime": (_now() // 28_800_000 + 1) * 28_800_000,
        "time": _now(),
    }


def _mark_klines(ex: BinanceUsdmEmulator, params: dict[str, str], fault: Any) -> Any:
    """``GET /fapi/v1/markPriceKlines``: candles of the mark history set by the test; a
    candle's open is the last mark set at or before its open time (the first one set, or the
    mark now, when none was set before it). Only ``1m`` is served."""
    symbol = ex._market(params)
    if params.get("interval") != "1m":
        raise ApiError(400, -1120, "Invalid interval.")
    start = int(params.get("startTime") or _now())
    start -= start % 60_000
    history = ex.state.mark_history.get(symbol) or [(0, ex.state.marks[symbol])]
    rows = []
    for n in range(min(int(params.get("limit") or 500), 1500)):
        open_ms = start + n * 60_000
        if open_ms > _now() and n:
            break
        before = [price for at, price in history if at <= open_ms]
        inside = [price for at, price in history if open_ms < at < open_ms + 60_000]
        first = before[-1] if before else history[0][1]
        prices = [first, *inside]
        rows.append(
            [
                open_ms,
                str(first),
                str(max(prices)),
                str(min(prices)),
                str(prices[-1]),
                "0",
                open_ms + 59_999,
                "0",
                len(prices),
                "0",
                "0",
                "0",
            ]
        )
    return rows


def _window(rows: list[dict[str, Any]], params: dict[str, str], cap: int) -> list[dict[str, Any]]:
    start = int(params.get("startTime", "0"))
    end = int(params.get("endTime", str(2**62)))
    if "startTime" in params and "endTime" in params and end - start > 7 * 86_400_000:
        raise ApiError(400, -1127, "More than 7 days between startTime and endTime.")
    limit = min(int(params.get("limit", "500")), cap)
    return [r for r in rows if start <= r["time"] <= end][:limit]


def _user_trades(ex: BinanceUsdmEmulator, params: dict[str, str], fault: Any) -> Any:
    symbol = ex._market(params)
    rows = [t for t in ex.state.trades if t["symbol"] == symbol]
    if "fromId" in params:
        rows = [t for t in rows if t["id"] >= int(params["fromId"])]
    return _window(rows, params, 1000)


def _income(ex: BinanceUsdmEmulator, params: dict[str, str], fault: Any) -> Any:
    rows = [
        r
        for r in ex.state.income
        if (not params.get("incomeType") or r["incomeType"] == params["incomeType"])
        and (not params.get("symbol") or r["symbol"] == params["symbol"])
    ]
    start = int(params.get("startTime", "0"))
    limit = min(int(params.get("limit", "100")), 1000)
    return [r for r in rows if r["time"] >= start][:limit]


def _force_orders(ex: BinanceUsdmEmulator, params: dict[str, str], fault: Any) -> Any:
    start = int(params.get("startTime", "0"))
    rows = [
        ex.state.orders[i].as_json()
        for i in ex.state.forced
        if (not params.get("symbol") or ex.state.orders[i].symbol == params["symbol"])
        and ex.state.orders[i].time >= start
    ]
    return rows[: min(int(params.get("limit", "50")), 100)]


def _open_algos(ex: BinanceUsdmEmulator, params: dict[str, str], fault: Any) -> Any:
    return [a.as_json() for a in ex.open_algos(params.get("symbol") or None)]


def _cancel_all_algos(ex: BinanceUsdmEmulator, params: dict[str, str], fault: Any) -> Any:
    for algo in ex.open_algos(ex._market(params)):
        algo.status = "CANCELED"
    return {"code": 200, "msg": "The operation of cancel all open order is done."}


def _leverage_bracket(ex: BinanceUsdmEmulator, params: dict[str, str], fault: Any) -> Any:
    """Binance's answer: the brackets of every symbol, or one object when a symbol is asked."""

    def one(symbol: str) -> dict[str, Any]:
        rows, floor, cum, previous = [], 0, 0.0, 0.0
        for n, (cap, rate, leverage) in enumerate(ex.state.brackets[symbol], start=1):
            cum = round(cum + floor * (rate - previous), 2)  # Binance's are exact to the cent
            rows.append({"bracket": n, "initialLeverage": leverage, "notionalCap": cap,
                         "notionalFloor": floor, "maintMarginRatio": rate, "cum": cum})  # fmt: skip
            floor, previous = cap, rate
        return {"symbol": symbol, "brackets": rows}

    if params.get("symbol"):
        return one(ex._market(params))
    return [one(symbol) for symbol in ex.state.brackets]


ROUTES = {
    ("GET", "/fapi/v1/leverageBracket"): _leverage_bracket,
    ("GET", "/fapi/v1/exchangeInfo"): _exchange_info,
    ("GET", "/fapi/v1/time"): _time,
    ("GET", "/fapi/v3/account"): _account,
    ("GET", "/fapi/v3/positionRisk"): _position_risk,
    ("GET", "/fapi/v1/accountConfig"): _account_config,
    ("GET", "/fapi/v1/symbolConfig"): _symbol_config,
    ("GET", "/fapi/v1/positionSide/dual"): _position_side_dual,
    ("GET", "/fapi/v1/multiAssetsMargin"): _multi_assets_margin,
    ("POST", "/fapi/v1/leverage"): _leverage,
    ("POST", "/fapi/v1/marginType"): _margin_type,
    ("POST", "/fapi/v1/order"): _new_order,
    ("GET", "/fapi/v1/order"): _get_order,
    ("DELETE", "/fapi/v1/order"): _cancel_order,
    ("GET", "/fapi/v1/openOrders"): _open_orders,
    ("DELETE", "/fapi/v1/allOpenOrders"): _cancel_all,
    ("POST", "/fapi/v1/algoOrder"): _new_algo,
    ("GET", "/fapi/v1/algoOrder"): _get_algo,
    ("DELETE", "/fapi/v1/algoOrder"): _cancel_algo,
    ("GET", "/fapi/v1/openAlgoOrders"): _open_algos,
    ("DELETE", "/fapi/v1/algoOpenOrders"): _cancel_all_algos,
    ("GET", "/fapi/v1/premiumIndex"): _premium_index,
    ("GET", "/fapi/v1/markPriceKlines"): _mark_klines,
    ("GET", "/fapi/v1/userTrades"): _user_trades,
    ("GET", "/fapi/v1/income"): _income,
    ("GET", "/fapi/v1/forceOrders"): _force_orders,
}


class _StatusFault(Exception):
    def __init__(self, fault: Fault) -> None:
        super().__init__(fault.kind)
        self.fault = fault


class _LostAnswer(Exception):
    def __init__(self, seconds: float) -> None:
        super().__init__("lost")
        self.seconds = seconds


class _Handler(BaseHTTPRequestHandler):
    owner: BinanceUsdmEmulator
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    signed_payload = ""

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        return

    def _serve(self, method: str) -> None:
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode() if length else ""
        self.signed_payload = body if method == "POST" else parts.query
        params = dict(parse_qsl(parts.query, keep_blank_values=True))
        params.update(parse_qsl(body, keep_blank_values=True))
        params.pop("signature", None)
        try:
            result = self.owner.handle(method, parts.path, params, self)
        except _LostAnswer as lost:
            time.sleep(lost.seconds)
            self.close_connection = True
            return
        except _StatusFault as raised:
            f = raised.fault
            headers = {"Retry-After": str(f.retry_after)} if f.retry_after else {}
            message = {
                429: "Too many requests; current limit is 2400 requests per minute.",
                418: "Way too many requests; IP banned until later.",
            }.get(f.status, "An unknown error occured while processing the request.")
            self._reply(f.status, {"code": f.code, "msg": message}, headers)
            return
        except ApiError as error:
            self._reply(error.status, {"code": error.code, "msg": error.msg})
            return
        self._reply(200, result)

    def _reply(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        weight = self.owner.used_weight
        self.send_header(
            "X-MBX-USED-WEIGHT-1M", str(len(self.owner.requests) if weight is None else weight)
        )
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        self._serve("GET")

    def do_POST(self) -> None:
        self._serve("POST")

    def do_DELETE(self) -> None:
        self._serve("DELETE")
