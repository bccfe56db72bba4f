"""The connector against the emulator, through the real ccxt client over HTTP."""

from __future__ import annotations

from decimal import Decimal

import pytest
from binance_usdm_emulator import API_KEY, BinanceUsdmEmulator, Fault

from tradermanager.exchange.binance_usdm import BinanceUsdmConnector, repoint
from tradermanager.exchange.errors import (
    AuthenticationFailedError,
    DuplicateClientIdError,
    EndpointMissingError,
    OrderNotFoundError,
    OrderRejectedError,
    OutcomeUnknownError,
    RateLimitedError,
)
from tradermanager.exchange.models import OrderKind, OrderRequest, OrderSide, OrderStatus


def _entry(client_id: str, qty: str = "0.010", side: OrderSide = OrderSide.BUY) -> OrderRequest:
    return OrderRequest("BTCUSDT", side, OrderKind.MARKET, Decimal(qty), client_id)


def test_filters_come_from_exchange_info(connector: BinanceUsdmConnector):
    btc, eth = connector.symbol_rules("BTCUSDT"), connector.symbol_rules("ETHUSDT")
    assert (btc.step_size, btc.tick_size, btc.min_notional) == (
        Decimal("0.001"),
        Decimal("0.10"),
        Decimal(100),
    )
    assert (eth.tick_size, eth.min_notional) == (Decimal("0.01"), Decimal(20))
    with pytest.raises(OrderRejectedError, match="XYZUSDT is not a USDⓈ-M perpetual"):
        connector.symbol_rules("XYZUSDT")


def test_balance_account_config_and_margin_setup(connector, emulator):
    assert connector.balance().wallet == Decimal(10000)
    config = connector.account_config()
    assert config.can_trade and not config.can_withdraw and not config.hedge_mode
    assert config.margin_mode == "cross"
    connector.set_isolated_margin("BTCUSDT")
    connector.set_isolated_margin("BTCUSDT")  # already isolated (-4046) is not an error
    connector.set_leverage("BTCUSDT", 7)
    assert emulator.state.margin_type["BTCUSDT"] == "ISOLATED"
    assert emulator.state.leverage["BTCUSDT"] == 7
    by_symbol = {s.symbol: s for s in connector.account_config().symbols}
    assert by_symbol["BTCUSDT"].isolated and by_symbol["BTCUSDT"].leverage == 7
    assert connector.account_config().margin_mode == "mixed (isolated on some symbols)"
    emulator.state.can_withdraw = True
    assert connector.account_config().can_withdraw


NEWEST_READS = {("GET", "/fapi/v1/accountConfig"), ("GET", "/fapi/v1/symbolConfig")}


def test_a_server_without_the_newest_account_reads_falls_back_to_older_ones(connector, emulator):
    emulator.missing |= NEWEST_READS
    emulator.state.dual_side = True
    config = connector.account_config()
    assert config.hedge_mode and not config.multi_assets
    assert config.unknown == ("key permissions", "margin type per symbol")
    assert config.can_trade and not config.can_withdraw  # unknown: the permissive default


def test_a_server_with_no_account_reads_says_what_it_could_not_tell(connector, emulator):
    emulator.missing |= NEWEST_READS | {
        ("GET", "/fapi/v1/positionSide/dual"),
        ("GET", "/fapi/v1/multiAssetsMargin"),
    }
    config = connector.account_config()
    assert not config.hedge_mode and config.symbols == ()
    assert config.unknown == (
        "position mode",
        "multi-assets margin",
        "key permissions",
        "margin type per symbol",
    )


def test_a_missing_endpoint_elsewhere_is_still_an_error(connector, emulator):
    emulator.missing.add(("GET", "/fapi/v3/account"))
    with pytest.raises(EndpointMissingError, match="HTTP 404"):
        connector.balance()


def test_entry_stop_and_take_profit_with_client_ids(connector, emulator):
    filled = connector.place(_entry("tm-s1-entry"))
    assert filled.status is OrderStatus.FILLED and filled.filled == Decimal("0.01")
    assert filled.average_price == Decimal(60000) and filled.client_id == "tm-s1-entry"
    stop = connector.place(
        OrderRequest(
            "BTCUSDT",
            OrderSide.SELL,
            OrderKind.STOP_MARKET,
            Decimal("0.010"),
            "tm-s1-stop",
            trigger_price=Decimal("57000.0"),
            reduce_only=True,
        )
    )
    take = connector.place(
        OrderRequest(
            "BTCUSDT",
            OrderSide.SELL,
            OrderKind.TAKE_PROFIT_MARKET,
            Decimal("0.010"),
            "tm-s1-tp1",
            trigger_price=Decimal("63000.0"),
            reduce_only=True,
        )
    )
    # conditional orders go to the algo service, not to /fapi/v1/order
    posted = [(m, p) for m, p, _ in emulator.requests if m == "POST"]
    assert posted.count(("POST", "/fapi/v1/algoOrder")) == 2
    assert (
        stop.kind is OrderKind.STOP_MARKET and stop.reduce_only and stop.status is OrderStatus.OPEN
    )
    assert take.trigger_price == Decimal(63000)
    found = connector.order_by_client_id("BTCUSDT", "tm-s1-stop", conditional=True)
    assert found.exchange_id == stop.exchange_id
    assert connector.order_by_client_id("BTCUSDT", "tm-s1-entry", conditional=False).filled == (
        Decimal("0.01")
    )
    assert {o.client_id for o in connector.open_orders()} == {"tm-s1-stop", "tm-s1-tp1"}
    [position] = connector.positions()
    assert position.quantity == Decimal("0.01") and position.entry_price == Decimal(60000)
    emulator.set_mark("BTCUSDT", 56900)  # the stop fires and closes the position
    assert connector.positions() == []
    assert connector.order_by_client_id("BTCUSDT", "tm-s1-stop", conditional=True).status is (
        OrderStatus.TRIGGERED
    )
    connector.cancel("BTCUSDT", "tm-s1-tp1", conditional=True) if connector.open_orders() else None
    assert connector.open_orders() == []


def test_limit_order_rests_and_cancels(connector):
    order = connector.place(
        OrderRequest(
            "ETHUSDT",
            OrderSide.BUY,
            OrderKind.LIMIT,
            Decimal("0.050"),
            "tm-l1",
            price=Decimal("2900.00"),
        )
    )
    assert order.status is OrderStatus.OPEN and order.price == Decimal(2900)
    connector.cancel("ETHUSDT", "tm-l1", conditional=False)
    assert connector.order_by_client_id("ETHUSDT", "tm-l1", conditional=False).status is (
        OrderStatus.CANCELED
    )


def test_errors_become_domain_errors(connector, emulator):
    connector.place(_entry("tm-dup"))
    with pytest.raises(DuplicateClientIdError):
        connector.place(_entry("tm-dup"))
    with pytest.raises(OrderNotFoundError):
        connector.order_by_client_id("BTCUSDT", "tm-never", conditional=False)
    with pytest.raises(OrderRejectedError) as below:
        connector.place(_entry("tm-small", qty="0.001"))  # 60 USDT < 100
    assert below.value.code == -4164
    with pytest.raises(OrderRejectedError) as nothing:
        connector.place(
            OrderRequest(
                "ETHUSDT",
                OrderSide.SELL,
                OrderKind.STOP_MARKET,
                Decimal("0.01"),
                "tm-ro",
                trigger_price=Decimal(2500),
                reduce_only=True,
            )
        )
    assert nothing.value.code == -2022
    with pytest.raises(ValueError, match="not allowed"):
        connector.place(_entry("has space"))


def test_a_wrong_secret_is_refused_without_echoing_it(emulator):
    bad = BinanceUsdmConnector(API_KEY, "wrong-secret-value", base_url=emulator.url)
    with pytest.raises(AuthenticationFailedError) as refused:
        bad.balance()
    assert "wrong-secret-value" not in str(refused.value)


@pytest.mark.answer_lost
def test_lost_answer_and_5xx_are_unknown_outcomes(connector, emulator):
    emulator.inject(Fault("lose_answer", seconds=1.2))
    with pytest.raises(OutcomeUnknownError):
        connector.place(_entry("tm-lost"))
    # the exchange did take it
    assert connector.order_by_client_id("BTCUSDT", "tm-lost", conditional=False).filled
    emulator.inject(Fault("status", status=503, code=-1000))
    with pytest.raises(OutcomeUnknownError):
        connector.place(_entry("tm-503"))


def test_rate_limit_blocks_calls_for_retry_after(connector, emulator):
    connector.load_markets()
    emulator.inject(
        Fault(
            "status", method="GET", path="/fapi/v3/account", status=429, code=-1003, retry_after=1
        )
    )
    with pytest.raises(RateLimitedError) as limited:
        connector.balance()
    assert limited.value.retry_after == 1
    sent = len(emulator.requests)
    with pytest.raises(RateLimitedError):
        connector.balance()  # refused locally, nothing sent
    assert len(emulator.requests) == sent
    emulator.inject(
        Fault(
            "status", method="GET", path="/fapi/v3/account", status=418, code=-1003, retry_after=0
        )
    )
    import time

    time.sleep(1.05)
    with pytest.raises(RateLimitedError) as banned:
        connector.balance()
    assert banned.value.banned


def test_base_url_keeps_every_path_and_refuses_bad_urls():
    urls = repoint({"fapiPrivate": "https://fapi.binance.com/fapi/v1", "n": 3}, "http://h:9/x")
    assert urls == {"fapiPrivate": "http://h:9/x/fapi/v1", "n": 3}
    with pytest.raises(ValueError, match="http"):
        repoint({}, "fapi.binance.com")


def test_demo_mode_uses_binance_demo_trading_endpoints():
    demo = BinanceUsdmConnector("k", "s", demo=True)
    assert demo.endpoint.startswith("https://demo-fapi.binance.com/")
    assert "k" not in repr(demo) and "s)" not in repr(demo)


def test_emulator_refuses_unsigned_requests(emulator: BinanceUsdmEmulator):
    import urllib.request

    with pytest.raises(Exception, match="401"):
        urllib.request.urlopen(
            urllib.request.Request(
                f"{emulator.url}/fapi/v1/order?symbol=BTCUSDT&type=STOP_MARKET",
                method="POST",
                data=b"",
            ),
        )


def test_requests_are_paced_to_the_weight_budget_the_exchange_states(connector):
    connector.load_markets()
    assert connector._client.rateLimit == 60_000 / 2400  # 25 ms per unit of request weight


def test_near_the_weight_budget_the_connector_stops_sending_until_the_minute_ends(
    connector, emulator
):
    connector.load_markets()
    emulator.used_weight = 2200  # of 2400: above 90 %
    connector.balance()
    sent = len(emulator.requests)
    with pytest.raises(RateLimitedError) as held:
        connector.balance()
    assert len(emulator.requests) == sent and 0 < held.value.retry_after <= 60


def test_a_server_without_the_income_history_books_no_funding_instead_of_failing(
    connector, emulator, caplog
):
    emulator.missing.add(("GET", "/fapi/v1/income"))
    assert connector.funding_payments(0) == []
    assert "no income history" in caplog.text
