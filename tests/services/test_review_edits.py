"""Telegram edits (edit_date) of messages the review queue decided: an edit of a signal accepted
from review — as corrected, or as the channel's template read it — moves the copy's stop and
targets like an edit of a signal the parser read; an edit that changes the trade or no longer
reads waits in the queue (apply it to the copy, or dismiss it); a dismissed message comes back
only when an edit makes it read as a signal."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tradermanager.domain.enums import Side, SignalKind
from tradermanager.domain.errors import ValidationError
from tradermanager.services.review import EDIT
from tradermanager.sources.signal_parser import MessageKind
from tradermanager.sources.telegram_export import ExportMessage
from tradermanager.sources.telegram_watch import LiveMessage

T0 = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)  # the services' fixed clock
POSTED = T0 - timedelta(hours=3)
ARROWS = "🔼 ETH 3400 ➡️ 3500 3600 ⛓ 3300"  # a layout no label explains: review
BTC = "#BTC/USDT LONG\nEntry: 65,000\nTargets: 66,000 / 67,500\nStop Loss: 63,500"


def at(minutes: int) -> datetime:
    return POSTED + timedelta(minutes=minutes)


@pytest.fixture
def arrows(services):
    return services.traders.add(name="Arrows", source="telegram", source_ref="@arrows_calls")


def post(services, trader, message_id, minutes, text):
    message = ExportMessage(id=message_id, time=at(minutes), text=text)
    return services.telegram.process(LiveMessage(trader.id, message))


def edit(services, trader, message_id, posted, minutes, text):
    message = ExportMessage(
        id=message_id, time=at(posted), text=text, edited=True, edited_time=at(minutes)
    )
    return services.telegram.process(LiveMessage(trader.id, message, edited=True))


def accept_arrows(services, trader, *, learn: bool, leverage: float | None = 5.0):
    (item,) = [i for i in services.review.items() if i.source_id == "tg:1"]
    fields = item.parsed._replace(
        kind=MessageKind.SIGNAL,
        side=Side.LONG,
        entries=(3400.0,),
        entry_kind="single",
        take_profits=(3500.0, 3600.0),
        stop_loss=3300.0,
        leverage=leverage,
    )
    return services.review.accept(trader.name, "tg:1", fields, learn=learn)


def signals(services, trader):
    out = [s.signal for s in services.pipeline.signals(trader.name)]
    return sorted(out, key=lambda s: (s.received_time, s.source_id))


def stored(services, trader):
    return {m.source_id: m for m in services.imports.messages(trader.name)}


def edit_id(minutes: int) -> str:
    return f"tg:1:edit:{int(at(minutes).timestamp())}"


def test_an_edit_of_a_message_accepted_with_a_template_moves_the_copys_stop(services, arrows):
    post(services, arrows, 1, 0, ARROWS)
    accept_arrows(services, arrows, learn=True)  # learns ➡️ = targets, ⛓ = stop
    outcome = edit(services, arrows, 1, 0, 200, ARROWS.replace("3300", "3350"))
    assert (outcome.classification, outcome.edited) == ("follow_up", True)
    assert outcome.reason == "Edited: stop_loss changed; the copy follows the edit."
    _, update = signals(services, arrows)
    assert (update.kind, update.source_id, update.trade_ref) == (
        SignalKind.UPDATE,
        edit_id(200),
        "tg:1",
    )
    # only what changed: targets sent again would be set anew, counting targets hit from zero
    assert (update.stop_loss, update.take_profits, update.received_time) == (3350.0, (), at(200))
    assert update.leverage == 5.0  # the leverage the user added when accepting stays
    message = stored(services, arrows)["tg:1"]
    assert message.text == ARROWS.replace("3300", "3350") and "stop_loss changed" in message.reason
    assert services.review.items() == []


def test_a_second_edit_is_compared_with_the_first_one(services, arrows):
    post(services, arrows, 1, 0, ARROWS)
    accept_arrows(services, arrows, learn=True)
    edit(services, arrows, 1, 0, 200, ARROWS.replace("3300", "3350"))
    again = edit(
        services, arrows, 1, 0, 210, ARROWS.replace("3300", "3350").replace("3600", "3650")
    )
    assert again.reason == "Edited: take_profits changed; the copy follows the edit."
    last = signals(services, arrows)[-1]
    assert (last.stop_loss, last.take_profits) == (None, (3500.0, 3650.0))  # the stop stays
    same = edit(
        services, arrows, 1, 0, 220, ARROWS.replace("3300", "3350 ").replace("3600", "3650")
    )
    assert (same.classification, same.reason) == (
        "duplicate",
        "Edited without a change to its levels.",
    )
    assert len(signals(services, arrows)) == 3


def test_an_edit_that_no_longer_reads_goes_back_to_review_with_the_reason(services, arrows):
    post(services, arrows, 1, 0, ARROWS)
    accept_arrows(services, arrows, learn=False)  # no template: the layout still does not read
    outcome = edit(services, arrows, 1, 0, 200, ARROWS.replace("3300", "3350"))
    assert outcome.classification == "needs_review" and outcome.links_to == edit_id(200)
    assert outcome.reason.startswith("The edit no longer reads as a signal (")
    assert "the copy is left as it was" in outcome.reason
    assert [s.kind for s in signals(services, arrows)] == [SignalKind.OPEN]
    (item,) = services.review.items()
    assert (item.kind, item.source_id, item.links_to, item.time) == (
        EDIT,
        edit_id(200),
        "tg:1",
        at(200),
    )
    assert item.text == ARROWS.replace("3300", "3350") and item.reason == outcome.reason
    # the form starts from what the copy follows, with what the edit reads on top
    assert (item.parsed.symbol, item.parsed.side, item.parsed.entries) == (
        "ETH",
        Side.LONG,
        (3400,),
    )
    assert item.parsed.leverage == 5.0
    history = stored(services, arrows)
    assert history[edit_id(200)].classification == "needs_review"  # the edit, recorded as such
    assert history["tg:1"].text == ARROWS  # the copy still follows the accepted message

    done = services.review.accept(
        arrows.name, edit_id(200), item.parsed._replace(stop_loss=3350.0), learn=False
    )
    assert done.note == "The copy of tg:1 follows the edit: stop 3350."
    update = signals(services, arrows)[-1]
    assert (update.kind, update.source_id, update.stop_loss, update.received_time) == (
        SignalKind.UPDATE,
        edit_id(200),
        3350.0,
        at(200),
    )
    assert services.review.items() == []


def test_an_edit_waiting_for_review_cannot_change_what_the_copy_trades(services, arrows):
    post(services, arrows, 1, 0, ARROWS)
    accept_arrows(services, arrows, learn=False)
    edit(services, arrows, 1, 0, 200, "🔽 ETH 3400 ➡️ 3300 ⛓ 3500")
    (item,) = services.review.items()
    short = {"side": Side.SHORT, "take_profits": (3300.0,), "stop_loss": 3500.0}
    for change, field in ((short, "side"), ({"symbol": "SOL"}, "symbol")):
        with pytest.raises(ValidationError) as err:
            services.review.accept(arrows.name, item.source_id, item.parsed._replace(**change))
        assert err.value.field == field
    assert len(signals(services, arrows)) == 1 and len(services.review.items()) == 1
    services.review.dismiss(arrows.name, item.source_id)
    assert services.review.items() == [] and len(signals(services, arrows)) == 1


def test_an_edit_changing_the_entries_waits_for_review(services, arrows):
    post(services, arrows, 1, 0, ARROWS)
    accept_arrows(services, arrows, learn=True)
    outcome = edit(services, arrows, 1, 0, 200, ARROWS.replace("3400", "3380"))
    assert outcome.classification == "needs_review"
    assert outcome.reason.startswith("The edit changes the entries of a copied signal")
    (item,) = services.review.items()
    assert item.kind == EDIT and item.parsed.entries == (3380.0,)
    done = services.review.accept(arrows.name, item.source_id, item.parsed)
    assert "entries stay as first sent" in done.note


def test_an_edit_of_the_leverage_alone_says_the_open_copy_keeps_its_own(services, arrows):
    post(services, arrows, 1, 0, BTC)
    outcome = edit(services, arrows, 1, 0, 200, BTC + "\nLeverage: 10x")
    assert outcome.reason == (
        "Edited: leverage changed; an open copy keeps the leverage it opened with."
    )
    update = signals(services, arrows)[-1]
    assert (update.stop_loss, update.take_profits, update.leverage) == (None, (), 10.0)
    again = edit(services, arrows, 1, 0, 210, BTC + "\nLeverage: 10x ")
    assert again.classification == "duplicate"  # compared with the edit before it


def test_a_newer_edit_replaces_one_waiting_for_review(services, arrows):
    post(services, arrows, 1, 0, ARROWS)
    accept_arrows(services, arrows, learn=False)
    edit(services, arrows, 1, 0, 200, ARROWS.replace("3300", "3350"))
    edit(services, arrows, 1, 0, 215, ARROWS.replace("3300", "3360"))
    assert [i.source_id for i in services.review.items()] == [edit_id(215)]


def test_the_same_edit_read_twice_stores_nothing_more(services, arrows):
    post(services, arrows, 1, 0, ARROWS)
    accept_arrows(services, arrows, learn=False)
    edit(services, arrows, 1, 0, 200, ARROWS.replace("3300", "3350"))
    again = edit(services, arrows, 1, 0, 200, ARROWS.replace("3300", "3350"))
    assert again.classification == "duplicate"
    assert len(services.review.items()) == 1


def test_an_edit_of_a_parsed_signal_that_flips_the_side_shows_in_the_queue(services, arrows):
    post(services, arrows, 1, 0, BTC)
    flipped = "#BTC/USDT SHORT\nEntry: 65,000\nTargets: 63,000\nStop Loss: 66,500"
    outcome = edit(services, arrows, 1, 0, 20, flipped)
    assert "changes the side" in outcome.reason
    (item,) = services.review.items()
    assert (item.kind, item.links_to, item.parsed.side) == (EDIT, "tg:1", Side.SHORT)
    assert [s.kind for s in signals(services, arrows)] == [SignalKind.OPEN]


def test_a_template_read_message_applied_from_the_preview_follows_its_edits(services, arrows):
    post(services, arrows, 1, 0, ARROWS)
    post(services, arrows, 2, 5, "🔽 SOL 150 ➡️ 145 140 ⛓ 156")
    accept_arrows(services, arrows, learn=True)
    services.review.apply(arrows.name, ["tg:2"])
    message = ExportMessage(
        id=2,
        time=at(5),
        text="🔽 SOL 150 ➡️ 145 140 ⛓ 153",
        edited=True,
        edited_time=at(230),
    )
    outcome = services.telegram.process(LiveMessage(arrows.id, message, edited=True))
    assert outcome.reason == "Edited: stop_loss changed; the copy follows the edit."
    update = signals(services, arrows)[-1]
    assert (update.symbol, update.side, update.stop_loss) == ("SOL", Side.SHORT, 153.0)


def test_an_edit_after_the_accepted_copy_closed_changes_nothing(services, arrows):
    post(services, arrows, 1, 0, ARROWS)
    accept_arrows(services, arrows, learn=True)
    post(services, arrows, 2, 240, "#ETH stopped out ❌")
    outcome = edit(services, arrows, 1, 0, 250, ARROWS.replace("3300", "3350"))
    assert outcome.classification == "edit_ignored"
    assert "position had closed" in outcome.reason
    assert [s.kind for s in signals(services, arrows)] == [SignalKind.OPEN, SignalKind.CLOSE]


def test_a_dismissed_message_comes_back_only_when_an_edit_makes_it_a_signal(services, arrows):
    post(services, arrows, 1, 0, "#BTC long or short depending on the breakout of 65000")
    services.review.dismiss(arrows.name, "tg:1")
    still = edit(services, arrows, 1, 0, 10, "#BTC still waiting for the breakout of 65000")
    assert still.classification == "edit_ignored" and "stays dismissed" in still.reason
    assert services.review.items() == []
    now = edit(services, arrows, 1, 0, 20, BTC)
    assert now.classification == "needs_review" and "now reads as a signal" in now.reason
    (item,) = services.review.items()
    assert (item.source_id, item.text, item.time) == ("tg:1", BTC, at(20))
    assert item.parsed.kind is MessageKind.SIGNAL and item.parsed.stop_loss == 63_500
    assert signals(services, arrows) == []  # never copied without the user


def test_an_edit_made_before_the_acceptance_acts_once_the_copy_exists(services, arrows):
    post(services, arrows, 1, 0, ARROWS)
    post(services, arrows, 2, 5, "Good morning")
    accept_arrows(services, arrows, learn=True)  # at T0, three hours after the post
    edit(services, arrows, 1, 0, 30, ARROWS.replace("3300", "3350"))  # seen late (an export)
    opening, update = signals(services, arrows)
    assert update.trader_time == at(30)  # when the channel edited it
    assert update.received_time == opening.received_time + timedelta(milliseconds=1)


def test_an_edit_moving_the_stop_into_profit_is_applied_from_the_queue(services, arrows):
    post(services, arrows, 1, 0, BTC)
    trailed = BTC.replace("63,500", "65,500")  # above the entry: no new signal reads so
    outcome = edit(services, arrows, 1, 0, 200, trailed)
    assert outcome.classification == "needs_review" and "no longer reads" in outcome.reason
    (item,) = services.review.items()
    assert item.parsed.stop_loss == 65_500  # as the edit wrote it
    with pytest.raises(ValidationError) as err:  # still checked for its order of magnitude
        services.review.accept(arrows.name, item.source_id, item.parsed._replace(stop_loss=6.55))
    assert err.value.field == "levels" and len(signals(services, arrows)) == 1
    done = services.review.accept(arrows.name, item.source_id, item.parsed, learn=False)
    assert done.note == "The copy of tg:1 follows the edit: stop 65500."
    update = signals(services, arrows)[-1]
    assert (update.kind, update.stop_loss, update.take_profits) == (SignalKind.UPDATE, 65_500, ())
