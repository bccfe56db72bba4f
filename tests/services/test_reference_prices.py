"""A signal's numbers checked against the contract's stored price: ten times off goes to
review naming the price; no stored price (or an old one) checks against the entry only."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from tradermanager.domain.market import Candles
from tradermanager.services.reference_prices import ReferencePrices
from tradermanager.store import candles as candle_repo
from tradermanager.store.fields import to_millis

DAY = datetime(2026, 1, 10, tzinfo=UTC)


def _store_daily_closes(services, symbol: str, closes: list[float]) -> None:
    start = to_millis(DAY - timedelta(days=len(closes)))
    t = np.array([start + i * 86_400_000 for i in range(len(closes))], dtype=np.int64)
    c = np.array(closes, dtype=np.float64)
    with services.store.write():
        candle_repo.write_candles(Candles(symbol, "1d", t, c, c * 1.01, c * 0.99, c, c))


def _import(services, tmp_path, *texts: str):
    messages = [
        {"id": i, "type": "message", "date_unixtime": str(int(DAY.timestamp()) + 60 * i), "text": t}
        for i, t in enumerate(texts, 1)
    ]
    path = tmp_path / "result.json"
    path.write_text(json.dumps({"name": "Chan", "id": 5, "messages": messages}), "utf-8")
    report = services.imports.import_telegram(path)
    return {m.source_id: m for m in services.imports.messages(report.trader)}


def test_prices_ten_times_off_the_stored_close_go_to_review(services, tmp_path):
    _store_daily_closes(services, "BTCUSDT", [64_000.0, 65_000.0])
    stored = _import(
        services,
        tmp_path,
        "#BTC LONG entry 6500 tp 6600 sl 6400",  # a missing zero, consistent within itself
        "#BTC LONG entry 65000 tp 66000 sl 64000",
    )
    assert stored["tg:1"].classification == "needs_review"
    assert "from the symbol's last price (65,000)" in stored["tg:1"].reason
    assert stored["tg:2"].classification == "signal"


def test_without_a_stored_price_the_levels_are_checked_among_themselves(services, tmp_path):
    stored = _import(services, tmp_path, "#BTC LONG entry 6500 tp 6600 sl 6400")
    assert stored["tg:1"].classification == "signal"


def test_the_lookup_uses_the_last_close_before_the_message_and_not_an_old_one(services):
    _store_daily_closes(services, "ETHUSDT", [3000.0, 3100.0, 3200.0])
    prices = ReferencePrices()
    assert prices("ETHUSDT", DAY) == pytest.approx(3200.0)
    assert prices("ETHUSDT", DAY - timedelta(days=2, hours=1)) == pytest.approx(3000.0)
    assert prices("ETHUSDT", DAY - timedelta(days=30)) is None  # before any candle
    assert prices("ETHUSDT", DAY + timedelta(days=45)) is None  # the last close is too old
    assert prices("SOLUSDT", DAY) is None


OPEN_MARK_CARDS = [
    (
        "ETHUSDT",
        3_400.0,
        "ETH/USDT LONG\nEntrada: 3.412\nObjetivos: 3.480 - 3.550\nStop loss: 3.350",
        3_412.0,
        3_350.0,
    ),
    (
        "SOLUSDT",
        142.0,
        "#SOL/USDT Лонг\nВход: 142.350\nЦели: 145.100 / 148.200\nСтоп: 139.500",
        142.35,
        139.5,
    ),
    (
        "AVAXUSDT",
        3.4,
        "AVAX/USDT COMPRA\nEntrada: 3.412\nAlvos: 3.480 - 3.550\nStop: 3.350",
        3.412,
        3.35,
    ),
]


@pytest.mark.parametrize(("symbol", "close", "text", "entry", "stop"), OPEN_MARK_CARDS)
def test_a_card_whose_decimal_mark_is_open_waits_for_review_without_a_stored_price(
    services, tmp_path, symbol, close, text, entry, stop
):
    held = _import(services, tmp_path, text)["tg:1"]
    assert held.classification == "needs_review"
    assert "the symbol's price is needed" in held.reason


@pytest.mark.parametrize(("symbol", "close", "text", "entry", "stop"), OPEN_MARK_CARDS)
def test_a_card_whose_decimal_mark_is_open_is_read_at_the_stored_prices_scale(
    services, tmp_path, symbol, close, text, entry, stop
):
    _store_daily_closes(services, symbol, [close, close])
    read = _import(services, tmp_path, text)["tg:1"]
    assert read.classification == "signal"
    (stored,) = services.pipeline.signals("Chan")
    assert (stored.signal.entries or (stored.signal.price,))[0] == pytest.approx(entry)
    assert stored.signal.stop_loss == pytest.approx(stop)
