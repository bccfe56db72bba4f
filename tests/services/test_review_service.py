"""The review queue: messages that need review, corrected and accepted or dismissed; a
correction teaches the channel's layout, whose re-read messages are shown before applying."""

from __future__ import annotations

import json

import pytest

from tradermanager.domain.enums import Side, SignalKind
from tradermanager.domain.errors import ValidationError
from tradermanager.sources.signal_parser import MessageKind

CHANNEL = [
    "🔼 ETH 3400 ➡️ 3500 3600 ⛓ 3300",  # a layout no label explains
    "Good morning",
    "🔽 SOL 150 ➡️ 145 140 ⛓ 156",
    "🔼 LINK 14.2 ➡️ 14.9 15.5 ⛓ 13.6",
    "#BTC long or short depending on the breakout of 65000",  # ambiguous: stays in review
]


@pytest.fixture
def channel(services, tmp_path):
    messages = [
        {"id": i, "type": "message", "date_unixtime": str(1_767_261_600 + 60 * i), "text": t}
        for i, t in enumerate(CHANNEL, 1)
    ]
    path = tmp_path / "result.json"
    data = {"name": "Arrows", "type": "public_channel", "id": 42, "messages": messages}
    path.write_text(json.dumps(data), encoding="utf-8")
    report = services.imports.import_telegram(path)
    return services.traders.get(report.trader)


def test_the_queue_lists_each_message_with_its_text_parse_and_reason(services, channel):
    items = services.review.items()
    assert [i.source_id for i in items] == ["tg:1", "tg:3", "tg:4", "tg:5"]
    first = items[0]
    assert first.trader == "Arrows" and first.text == CHANNEL[0]
    assert "layout the parser does not know" in first.reason
    assert first.parsed.symbol == "ETH" and first.parsed.kind is MessageKind.NEEDS_REVIEW
    assert services.review.count() == 4


def test_accepting_a_correction_copies_it_and_learns_the_channels_layout(services, channel):
    item = services.review.items()[0]
    fields = item.parsed._replace(
        kind=MessageKind.SIGNAL,
        side=Side.LONG,
        entries=(3400.0,),
        entry_kind="single",
        take_profits=(3500.0, 3600.0),
        stop_loss=3300.0,
        leverage=5.0,
    )
    outcome = services.review.accept(channel.name, "tg:1", fields)
    (stored,) = services.pipeline.signals(channel.name)
    signal = stored.signal
    assert (signal.kind, signal.symbol, signal.side, signal.price) == (
        SignalKind.OPEN,
        "ETH",
        Side.LONG,
        3400.0,
    )
    assert (signal.stop_loss, signal.take_profits, signal.leverage) == (3300.0, (3500, 3600), 5)
    assert outcome.copied == stored.decision.accepted
    preview = outcome.preview
    assert preview is not None and "“⛓” = stop" in preview.description
    read = {item.source_id: parsed for item, parsed in preview.readable}
    assert set(read) == {"tg:3", "tg:4"}  # shown before anything is applied
    assert read["tg:3"].side is Side.SHORT and read["tg:3"].take_profits == (145.0, 140.0)
    assert [i.source_id for i in preview.unreadable] == ["tg:5"]
    assert len(services.pipeline.signals(channel.name)) == 1  # nothing applied yet
    assert [i.source_id for i in services.review.items()] == ["tg:3", "tg:4", "tg:5"]
    assert services.review.items()[0].parsed.kind is MessageKind.SIGNAL  # read with the template


def test_applying_the_template_copies_only_the_picked_messages(services, channel):
    item = services.review.items()[0]
    fields = item.parsed._replace(
        side=Side.LONG, entries=(3400.0,), take_profits=(3500.0, 3600.0), stop_loss=3300.0
    )
    services.review.accept(channel.name, "tg:1", fields)
    services.review.apply(channel.name, ["tg:3"])
    symbols = sorted(s.signal.symbol for s in services.pipeline.signals(channel.name))
    assert symbols == ["ETH", "SOL"]
    assert [i.source_id for i in services.review.items()] == ["tg:4", "tg:5"]
    with pytest.raises(ValidationError, match="tg:5"):
        services.review.apply(channel.name, ["tg:5"])


def test_dismissing_takes_a_message_out_of_the_queue(services, channel):
    services.review.dismiss(channel.name, "tg:5")
    assert "tg:5" not in [i.source_id for i in services.review.items()]
    assert services.pipeline.signals(channel.name) == []
    with pytest.raises(ValidationError, match="waiting for review"):
        services.review.dismiss(channel.name, "tg:5")


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"side": None}, "side"),
        ({"entries": ()}, "entries"),
        ({"symbol": ""}, "symbol"),
        ({"take_profits": (3300.0,)}, "levels"),
        ({"leverage": -3.0}, "leverage"),
        ({"stop_loss": float("nan")}, "stop_loss"),
    ],
)
def test_a_wrong_correction_is_refused_naming_the_field_and_nothing_is_written(
    services, channel, change, field
):
    item = services.review.items()[0]
    good = dict(side=Side.LONG, entries=(3400.0,), take_profits=(3500.0,), stop_loss=3300.0)
    fields = item.parsed._replace(**{**good, **change})
    with pytest.raises(ValidationError) as err:
        services.review.accept(channel.name, "tg:1", fields)
    assert err.value.field == field
    assert services.pipeline.signals(channel.name) == []
    assert len(services.review.items()) == 4


def test_a_correction_off_by_a_magnitude_from_the_stored_price_is_refused(services, channel):
    from datetime import UTC, datetime

    import numpy as np

    from tradermanager.domain.market import Candles, to_ms

    start = to_ms(datetime(2026, 1, 1, 0, 0, tzinfo=UTC))
    times = start + np.arange(24, dtype=np.int64) * 3_600_000
    prices = np.full(24, 3400.0)
    services.market.save_candles(
        [Candles("ETHUSDT", "1h", times, prices, prices, prices, prices, np.ones(24))]
    )
    item = services.review.items()[0]
    typo = item.parsed._replace(
        side=Side.LONG, entries=(340.0,), take_profits=(350.0,), stop_loss=330.0
    )
    with pytest.raises(ValidationError) as err:
        services.review.accept(channel.name, "tg:1", typo)
    assert err.value.field == "levels" and "3400" in err.value.allowed
    assert services.pipeline.signals(channel.name) == []
    right = typo._replace(entries=(3400.0,), take_profits=(3500.0,), stop_loss=3300.0)
    assert services.review.accept(channel.name, "tg:1", right).copied
