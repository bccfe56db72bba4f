"""Which brackets a contract uses: stored (exchange or imported file) over shipped over the
estimate; an import is all or nothing; a replay's market carries each symbol's table."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest

from tradermanager.domain.engine.brackets import BracketOrigin
from tradermanager.domain.enums import Side, SignalKind
from tradermanager.domain.errors import ValidationError
from tradermanager.domain.market import Candles
from tradermanager.domain.models import Signal
from tradermanager.services.engine_market import market_for

FIXTURES = Path(__file__).parents[1] / "sources" / "fixtures" / "leverage_brackets"
START = datetime(2026, 1, 15, tzinfo=UTC)


def test_shipped_then_estimated(services) -> None:
    tables = services.market.brackets.tables(["WIF", "btc/usdt", "NOSUCH", "PEPE"])
    assert tables["WIF"].origin is BracketOrigin.BUNDLED
    assert tables["WIF"].brackets[0].cap == 20_000  # 2024-10-24's first bracket
    assert tables["btc/usdt"].symbol == "BTCUSDT"
    assert tables["NOSUCH"].estimated and tables["NOSUCH"].symbol == "NOSUCHUSDT"
    assert tables["PEPE"].symbol == "1000PEPEUSDT"


def test_an_imported_file_overrides_the_shipped_table(services, clock) -> None:
    report = services.market.brackets.import_file(FIXTURES / "binance_leverage_bracket.json")
    assert report.symbols == ("SUSHIUSDT", "WIFUSDT")
    wif = services.market.brackets.table("WIF")
    assert wif.origin is BracketOrigin.FILE
    assert wif.brackets[0].cap == 5_000 and wif.brackets[0].rate == 0.015
    assert wif.as_of_ms == int(clock.now().timestamp() * 1000)
    assert [t.symbol for t in services.market.brackets.stored()] == ["SUSHIUSDT", "WIFUSDT"]
    assert services.market.brackets.forget("WIF") == 8
    assert services.market.brackets.table("WIF").origin is BracketOrigin.BUNDLED


def test_a_bad_file_stores_nothing(services, tmp_path, dump_db) -> None:
    services.market.brackets.import_file(FIXTURES / "ccxt_leverage_tiers.json")
    before = dump_db()
    data = json.loads((FIXTURES / "binance_leverage_bracket.json").read_text())
    data[1]["brackets"][3]["maintMarginRatio"] = 0.01  # below bracket 3's 2.5 %
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data))
    with pytest.raises(ValidationError, match="WIFUSDT bracket 4 maintenance margin rate"):
        services.market.brackets.import_file(bad)
    assert dump_db() == before


def test_a_replays_market_carries_each_symbols_table(services) -> None:
    first = int(START.timestamp() * 1000)
    times = first + np.arange(3, dtype=np.int64) * 3_600_000
    ones = np.ones(3)
    services.market.save_candles(
        [Candles(f"{t}USDT", "1h", times, ones, ones, ones, ones, ones) for t in ("WIF", "ZZZ")]
    )
    signals = [
        Signal(
            source_id=t,
            symbol=t,
            side=Side.LONG,
            kind=SignalKind.OPEN,
            price=1.0,
            trader_time=START,
            received_time=START,
        )
        for t in ("WIF", "ZZZ")
    ]
    market = market_for(services.market, signals, "1h", START, START.replace(hour=3))
    wif, zzz = market.bracket_table("WIF"), market.bracket_table("ZZZ")
    assert wif is not None and wif.symbol == "WIFUSDT" and not wif.estimated
    assert zzz is not None and zzz.estimated


def test_a_backtest_names_the_tokens_whose_brackets_are_estimated(services, clock) -> None:
    from paper_market import flat_trader

    trader = flat_trader(services, clock, ("WIF", "ZZZ"), leverage=60, max_leverage=100)
    report = services.backtest.run(trader.id, days=30)
    assert report.estimated_brackets == ("ZZZ",)
    # 60× is above WIFUSDT's 50× beyond 20,000 but the $200 × 60 = 12,000 copy fits its first
    # bracket (75×); ZZZ's estimated table (50×) refuses nothing
    assert report.with_settings.run.trades == 2
