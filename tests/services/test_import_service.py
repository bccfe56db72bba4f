"""Importing a Telegram export: trader created, signals run through the pipeline, every
message recorded with a reason, idempotent."""

from __future__ import annotations

from pathlib import Path

import pytest

from tradermanager.domain.errors import ValidationError

FIXTURE = Path(__file__).parents[1] / "sources" / "fixtures" / "telegram_export.json"


def test_import_creates_the_channel_trader_and_reports(services):
    report = services.imports.import_telegram(FIXTURE)
    assert report.trader == "Crypto Sniper VIP" and report.created_trader
    assert report.messages_read == 11
    assert report.signals_found == 3  # BTC long, SOL short, DOGE long
    assert report.follow_ups_linked == 3  # target 1, all targets, SOL stop hit
    assert report.needs_review == 1  # "long and short both possible"
    assert report.not_signals == 2
    trader = services.traders.get("Crypto Sniper VIP")
    assert trader.settings.source.value == "telegram"
    stored = services.pipeline.signals(trader.id)
    assert len(stored) == 6 and all(s.decision is not None for s in stored)
    by_id = {s.signal.source_id: s for s in stored}
    assert by_id["tg:4"].decision.reason.value == "confidence_below_min"  # 65 % < 70 %
    assert by_id["tg:11"].decision.reason.value == "leverage_above_max"  # 20x > 5x default
    btc_close = by_id["tg:6"]
    assert btc_close.signal.kind.value == "close" and btc_close.signal.price == 67_500
    review = services.imports.messages(trader.id, "needs_review")
    assert review[0].reason.startswith("Both long and short")


def test_channel_trades_are_built_from_signals_and_follow_ups(services):
    services.imports.import_telegram(FIXTURE)
    trader = services.traders.get("Crypto Sniper VIP")
    values = services.metrics.trader_metrics(trader.id, "all").values
    assert values["trade_count"] == 3 and values["closed_trades"] == 2
    assert values["win_rate"] == 0.5  # BTC to the last target won, SOL stopped out lost


def test_importing_twice_adds_nothing(services):
    services.imports.import_telegram(FIXTURE)
    again = services.imports.import_telegram(FIXTURE)
    assert not again.created_trader and again.already_imported == 11
    assert len(services.pipeline.signals("Crypto Sniper VIP")) == 6


def test_a_broken_file_changes_nothing(services, tmp_path):
    broken = tmp_path / "result.json"
    broken.write_text('{"name": "X", "messages": [{"id": "nope"}]}', encoding="utf-8")
    with pytest.raises(ValidationError, match=r"messages\[0\]\.id"):
        services.imports.import_telegram(broken)
    assert services.traders.list() == []
