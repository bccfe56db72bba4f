"""Importing a Telegram export: trader created, signals run through the pipeline, every
message recorded with a reason, idempotent."""

from __future__ import annotations

import json
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


# -- Binance futures trade history, atomicity, cancel, progress ------------------------------

BINANCE = Path(__file__).parents[1] / "sources" / "fixtures" / "binance_trade_history.csv"
GENERIC = (
    "id,timestamp,exit_time,trader,symbol,side,leverage,entry,exit,quantity\n"
    "g1,2026-01-02T10:00:00Z,2026-01-02T18:00:00Z,Ann,BTC,long,2,100,110,1\n"
    "g2,2026-01-03T10:00:00Z,2026-01-03T12:00:00Z,Ann,ETH,short,2,50,45,2\n"
    "g3,2026-01-04T10:00:00Z,,Bob,SOL,long,2,20,,5\n"
)


def test_binance_import_creates_the_trader_and_is_idempotent(services):
    report = services.imports.import_binance(BINANCE, leverage=3)
    assert report.trader == "Binance 38291045" and report.created_trader
    assert (report.rows_read, report.trades_found, report.open_trades) == (9, 3, 1)
    assert report.trades_created == 3 and report.signals_created == 5
    assert report.accepted + report.rejected == 5 and report.leverage == 3
    assert sum(report.skipped.values()) == 1
    trader = services.traders.get("Binance 38291045")
    assert (
        trader.settings.source.value == "binance"
        and trader.settings.source_ref == "account:38291045"
    )
    values = services.metrics.trader_metrics(trader.id, "all").values
    assert values["trade_count"] == 3 and values["closed_trades"] == 2
    assert values["win_rate"] == 0.5
    assert values["per_token"]["BTC"]["pnl"] == pytest.approx(40 - 1.512)
    again = services.imports.import_binance(BINANCE, leverage=3)
    assert not again.created_trader and again.trades_created == 0
    assert again.signals_created == 0 and again.already_imported == 5
    assert len(services.pipeline.signals(trader.id)) == 5


def test_a_later_export_closes_the_trade_stored_open(services, tmp_path):
    lines = BINANCE.read_text(encoding="utf-8").splitlines()
    early = tmp_path / "early.csv"  # before the BTC position was closed
    early.write_text("\n".join([lines[0], *lines[6:]]) + "\n", encoding="utf-8")
    first = services.imports.import_binance(early, trader="Whale")
    assert first.open_trades == 1 and first.trades_created == 1
    later = services.imports.import_binance(BINANCE, trader="Whale")
    assert later.trades_closed == 1 and later.trades_created == 2
    values = services.metrics.trader_metrics("Whale", "all").values
    assert values["closed_trades"] == 2 and values["trade_count"] == 3


def _fail_on_second_batch(monkeypatch, services):
    import tradermanager.services.imports as imports

    monkeypatch.setattr(imports, "SIGNAL_CHUNK", 1)
    real = services.pipeline.process_many
    calls = []

    def failing(trader, signals):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return real(trader, signals)

    monkeypatch.setattr(services.pipeline, "process_many", failing)
    return calls


@pytest.mark.parametrize("kind", ["telegram", "binance", "csv"])
def test_a_failure_mid_import_leaves_the_database_unchanged(
    services, dump_db, monkeypatch, tmp_path, kind
):
    services.traders.add(name="Already here")
    before = dump_db()
    calls = _fail_on_second_batch(monkeypatch, services)
    generic = tmp_path / "generic.csv"
    generic.write_text(GENERIC, encoding="utf-8")
    run = {
        "telegram": lambda: services.imports.import_telegram(FIXTURE),
        "binance": lambda: services.imports.import_binance(BINANCE),
        "csv": lambda: services.imports.import_csv(generic),
    }[kind]
    with pytest.raises(RuntimeError, match="disk full"):
        run()
    assert len(calls) == 2  # the first batch was written inside the transaction, then undone
    assert dump_db() == before


def test_cancel_while_reading_or_writing_leaves_nothing(services, dump_db, tmp_path):
    import json

    from tradermanager.services.imports import ImportCancelled

    export = tmp_path / "result.json"
    messages = [
        {"id": k, "type": "message", "date_unixtime": str(1_767_000_000 + 60 * k), "text": t}
        for k, t in enumerate(["#BTC LONG\nEntry: 100\nTargets: 110\nStop: 90"] * 9000, 1)
    ]
    export.write_text(json.dumps({"name": "Big", "messages": messages}), encoding="utf-8")
    before = dump_db()
    asked = []

    def cancel_after(n):
        def cancelled():
            asked.append(1)
            return len(asked) >= n

        return cancelled

    with pytest.raises(ImportCancelled, match="nothing was imported"):
        services.imports.import_telegram(export, cancelled=cancel_after(2))  # while reading
    assert dump_db() == before
    asked.clear()
    reads = []
    services.imports.import_telegram(
        export, cancelled=lambda: reads.append(1) and False
    )  # count the checks a whole import makes
    services.traders.delete("Big", purge=True)
    before = dump_db()
    with pytest.raises(ImportCancelled):
        services.imports.import_telegram(export, cancelled=cancel_after(len(reads) - 1))
    assert dump_db() == before  # cancelled while running the copy rules: all rolled back


def test_progress_is_reported_per_stage(services, tmp_path):
    seen = []
    services.imports.import_binance(BINANCE, progress=seen.append)
    stages = [p.stage for p in seen]
    assert "Running the copy rules" in stages
    done = [p for p in seen if p.stage == "Running the copy rules"]
    assert done[-1].done == done[-1].total == 5 and done[-1].fraction == 1.0


def test_preview_table_for_the_window(services, tmp_path):
    preview = services.imports.preview_table(BINANCE, "binance")
    assert preview.mapping.complete and len(preview.rows) == 9
    generic = services.imports.preview_table(BINANCE, "csv")
    assert set(generic.mapping.missing) == {"timestamp", "trader", "leverage", "entry"}


def test_an_export_without_uid_is_named_after_what_it_traded(services):
    one_way = BINANCE.with_name("binance_trade_history_oneway.csv")
    report = services.imports.import_binance(one_way)
    assert report.trader == "Binance DOGE account since 2026-02" and report.trades_found == 2
    assert services.traders.get(report.trader).settings.source.value == "binance"


def test_a_signal_with_an_implausible_price_is_kept_for_review(services, tmp_path):
    text = "#PEPE/USDT LONG\nEntry: 0.00000000000001\nTarget 1: 0.00000000000002\nLeverage 10x"
    export = {
        "name": "Odd Channel",
        "id": 42,
        "messages": [{"id": 1, "date_unixtime": "1767348000", "text": text}],
    }
    path = tmp_path / "result.json"
    path.write_text(json.dumps(export), encoding="utf-8")
    report = services.imports.import_telegram(path)
    assert report.signals_found == 0 and report.needs_review == 1 and report.signals_created == 0
    (message,) = services.imports.messages("Odd Channel", "needs_review")
    assert "implausible entry (1e-14; allowed: a price above 0" in message.reason


def test_a_chat_title_with_bidi_overrides_names_a_clean_trader(services, tmp_path):
    export = {
        "name": "VIP \u202eGNOL\u202c Signals\x1b[2J",
        "id": 43,
        "messages": [{"id": 1, "date_unixtime": "1767348000", "text": "hello"}],
    }
    path = tmp_path / "result.json"
    path.write_text(json.dumps(export), encoding="utf-8")
    assert services.imports.import_telegram(path).trader == "VIP GNOL Signals [2J"


def test_a_binance_export_without_uid_is_named_after_what_it_traded(services, tmp_path):
    lines = BINANCE.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    uid = header.index("Uid") if "Uid" in header else None
    assert uid is not None
    rows = [",".join(c for i, c in enumerate(line.split(",")) if i != uid) for line in lines]
    export = tmp_path / "Export Trade History-2026-02-03.csv"
    export.write_text("\n".join(rows) + "\n", encoding="utf-8")
    report = services.imports.import_binance(export, leverage=3)
    assert report.created_trader and "Export" not in report.trader
    assert report.trader.startswith("Binance ") and report.trader.endswith(" account since 2026-01")
    assert "BTC" in report.trader
    again = services.imports.import_binance(export, leverage=3)  # the same file, same trader
    assert again.trader == report.trader and not again.created_trader
