"""Automated senders' messages of the thirteenth bot round: a TradingView strategy's default
alert ("order buy @ 0.5 filled on SOLUSDT. New strategy position is 0.5": the number after "@"
is a size), alerts on the market-position placeholders (a position gone flat closes the trade
held before), indicator bots' "Buy signal triggered at …" (no fill: review, or a call when a
stop and a target come with it), freqtrade's newer fill notices and its chat reports, bots'
states and indicator alerts whose "close 2.49" is the candle's close."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message
from tradermanager.sources.signal_parser.strategy_alerts import triggered_as_entry

CLOSE, FILLED = FollowUpAction.CLOSE, FollowUpAction.ENTRY_FILLED
_SIZES = st.sampled_from(["0.5", "1", "2", "0.25", "10", "150", "0.012"])
_PRICES = st.integers(min_value=1_000, max_value=99_999).map(lambda n: n / 100)
_TICKERS = st.sampled_from(["BINANCE:SOLUSDT.P", "SOLUSDT", "BYBIT:SOLUSDT.P", "SOLUSDT.P"])


@given(size=_SIZES, ticker=_TICKERS, action=st.sampled_from(["buy", "sell"]))
def test_a_strategy_that_went_flat_closes_whole_and_its_size_is_no_price(
    size: str, ticker: str, action: str
) -> None:
    text = (
        f"EMA Cross (9, 21): order {action} @ {size} filled on {ticker}. New strategy position is 0"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (CLOSE,)
    assert parsed.close_fraction == 1.0
    assert parsed.price is None


@given(size=_SIZES, price=_PRICES)
def test_a_strategy_flat_at_a_written_price_closes_there(size: str, price: float) -> None:
    text = (
        f"RSI Strategy (14, 30, 70): order sell @ {size} filled on SOLUSDT.P at price {price}. "
        "New strategy position is 0"
    )
    parsed = parse_message(text)
    assert parsed.actions == (CLOSE,)
    assert parsed.price == price


@given(size=_SIZES, sign=st.sampled_from(["", "-"]), ticker=_TICKERS)
def test_a_strategy_fill_that_opens_a_trade_goes_to_review(
    size: str, sign: str, ticker: str
) -> None:
    action = "sell" if sign else "buy"
    text = (
        f"My Strategy: order {action} @ {size} filled on {ticker}. "
        f"New strategy position is {sign}{size}"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW
    assert "size" in parsed.reason


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("SOLUSDT.P | action: sell | position: flat | prev: long | price: 152.3", 152.3),
        ("BYBIT:SOLUSDT.P | action: buy | position: flat | prev: short | price: 144.1", 144.1),
        ("SOLUSDT exit — sell 0.5 @ 152.3 (position long → flat)", 152.3),
        (
            json.dumps(
                {
                    "ticker": "SOLUSDT",
                    "action": "sell",
                    "prev_position": "long",
                    "market_position": "flat",
                    "quantity": "2",
                    "price": "152.3",
                }
            ),
            152.3,
        ),
        (
            json.dumps(
                {
                    "ticker": "SOLUSDT",
                    "action": "buy",
                    "prev_position": "short",
                    "market_position": "flat",
                    "quantity": "2",
                }
            ),
            None,
        ),
    ],
)
def test_a_position_gone_flat_closes_the_trade_held_before(text: str, price: float | None) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.symbol == "SOL"
    assert parsed.actions == (CLOSE,)
    assert parsed.close_fraction == 1.0
    assert parsed.price == price


@pytest.mark.parametrize(
    "text",
    [
        '{"ticker": "SOLUSDT", "action": "buy", "prev_position": "flat", "quantity": "0.5"}',
        "SOLUSDT\nAction: sell\nContracts: 2\nPrice: 148.2\nMarket position: short\n"
        "Previous position: long",
        "SOLUSDT: buy 2 contracts | market position: long | prev: flat",
    ],
)
def test_a_position_opened_or_turned_without_levels_is_reviewed(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "📈 Buy signal triggered at 148.2 on SOLUSDT (1h)",
        "⚡ SELL SIGNAL TRIGGERED | BINANCE:SOLUSDT | 148.2 | 15m",
        "🔔 SOLUSDT 4h: long signal fired at 148.2",
        "Short signal triggered\nPair: SOL/USDT\nPrice: 148.2\nTimeframe: 1h",
    ],
)
def test_a_bare_signal_trigger_is_reviewed_never_a_fill(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW
    assert FILLED not in parsed.actions


@given(price=_PRICES, long=st.booleans())
def test_a_signal_trigger_with_stop_and_targets_is_a_call_at_its_price(
    price: float, long: bool
) -> None:
    sign = 1 if long else -1
    tp, sl = round(price * (1 + sign * 0.02), 2), round(price * (1 - sign * 0.02), 2)
    word = "Buy" if long else "Sell"
    # every level with two decimals, as a bot prints them
    text = f"SOL/USDT — {word} signal triggered at {price:.2f}\nTP: {tp:.2f} | SL: {sl:.2f}"
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (price,)
    assert parsed.take_profits == (tp,)
    assert parsed.stop_loss == sl


def test_a_trigger_is_rewritten_only_with_a_stop_and_a_target() -> None:
    assert triggered_as_entry("Buy signal triggered at 148.2 on SOLUSDT") is None
    turned = triggered_as_entry("SOLUSDT Buy signal triggered at 148.2\nTP 152 SL 144")
    assert turned is not None and "triggered" not in turned and "@ 148.2" in turned


@pytest.mark.parametrize(
    ("text", "price"),
    [
        (
            "✳️ *Binance:* New Trade filled (#12)\n*Pair:* SOL/USDT:USDT\n*Direction:* Long\n"
            "*Amount:* 2.5\n*Open Rate:* 148.2\n*Total:* 370.5 USDT",
            148.2,
        ),
        (
            "✳️ *OKX:* New Trade filled (#92)\n*Pair:* SOL/USDC:USDC\n*Direction:* Short\n"
            "*Leverage:* 3.0\n*Amount:* `2.5`\n*Open Rate:* `148.2`",
            148.2,
        ),
        ("✳️ *Bybit:* Position increase filled (#7)\n*Pair:* SOL/USDT\n*Open Rate:* 144.1", 144.1),
    ],
)
def test_freqtrade_fill_notices_are_the_entry_filled(text: str, price: float) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (FILLED,)
    assert parsed.price == price


@pytest.mark.parametrize(
    "text",
    [
        "*Exchange:* `binance`\n*Stake per trade:* `100 USDT`\n*Minimum ROI:* `{'0': 0.04}`\n"
        "*Stoploss:* `-0.10`\n*Strategy:* `SampleStrategy`",
        "*ROI:* Closed trades\n∙ `22.8 USDT (6.91%)`\n*Total Trade Count:* `91`\n"
        "*Best Performing:* `SOL/USDT: 1.42%`",
        "*Wallet:* `bybit`\n*SOL:*\n\t`Balance: 4.5879`\n*Estimated Value:* `886.88 USDT`",
        "Searching for USDT pairs to buy and sell based on [{'VolumePairList': 'top 40'}]",
        "Status: `stopped`",
        "*Status:* `running`",
        "⚠️ SOLUSDT 15m: RSI 73.8 overbought, CCI 154, close 148.2",
        "📉 RSI oversold | SOL/USDT 4h | RSI(14) 27.8 | close: 148.2",
    ],
)
def test_bot_reports_states_and_indicator_closes_are_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    "text",
    [
        "RSI overbought on SOLUSDT, close your longs now",
        "SOLUSDT RSI 78 overbought — close 50% here at 152.3",
    ],
)
def test_an_indicator_alert_that_asks_for_a_close_is_not_talk(text: str) -> None:
    assert parse_message(text).kind is not MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    "text",
    [
        "Status: `stopped`\n#SOL long entry 148 tp 152 sl 144",
        "⚠️ WIFUSDT 15m: RSI 73.8 overbought, close 2.49\nSOL long entry 148 tp 152 sl 144",
    ],
)
def test_a_call_beside_a_report_or_an_alert_is_still_read(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is not MessageKind.NOT_SIGNAL


@given(price=_PRICES, side=st.sampled_from(["long", "short"]))
def test_a_signal_bot_exit_closes_at_its_trigger_price(price: float, side: str) -> None:
    body = {
        "secret": "39ee4b60-29d3-ccb6",
        "max_lag": "300",
        "trigger_price": str(price),
        "tv_exchange": "BINANCE",
        "tv_instrument": "SOLUSDT",
        "action": f"exit_{side}",
    }
    parsed = parse_message(json.dumps(body))
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.symbol == "SOL"
    assert parsed.actions == (CLOSE,)
    assert parsed.price == price


def test_a_signal_bot_entry_with_no_levels_is_reviewed() -> None:
    body = {"trigger_price": "148.2", "tv_instrument": "SOLUSDT", "action": "enter_long"}
    assert parse_message(json.dumps(body)).kind is MessageKind.NEEDS_REVIEW
