"""The trader operations of the application API, one behaviour per test."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tradermanager.domain.enums import ExecutionMode, Side, TraderStatus
from tradermanager.domain.errors import NotFoundError, ValidationError
from tradermanager.domain.models import TraderTrade
from tradermanager.store import trades as trade_repo

HOUR = timedelta(hours=1)


def names(traders) -> list[str]:
    return [t.name for t in traders]


# -- add / get ------------------------------------------------------------------------------


def test_add_returns_the_stored_trader(services, clock):
    ann = services.traders.add(name="Ann", source="binance", source_ref="LEAD1", multiplier=1.5)
    assert ann.id > 0 and ann.name == "Ann"
    assert ann.settings.source.value == "binance" and ann.settings.source_ref == "LEAD1"
    assert ann.created_at == ann.updated_at == clock.now()
    assert ann.status is TraderStatus.ACTIVE and ann.mode is ExecutionMode.PAPER


def test_add_validates(services):
    with pytest.raises(ValidationError) as err:
        services.traders.add(name="Ann", max_leverage=200)
    assert err.value.field == "max_leverage"


def test_names_are_unique_among_non_archived_traders_ignoring_case(services):
    services.traders.add(name="Ann")
    with pytest.raises(ValidationError) as err:
        services.traders.add(name="  ANN ")
    assert err.value.field == "name" and "no other (non-archived) trader" in err.value.allowed


def test_an_archived_traders_name_is_free_again(services):
    services.traders.add(name="Ann")
    services.traders.delete("Ann")
    assert services.traders.add(name="Ann").archived_at is None


def test_get_by_id_and_by_name(services):
    ann = services.traders.add(name="Ann")
    assert services.traders.get(ann.id) == ann
    assert services.traders.get("ann") == ann


def test_get_unknown_raises_not_found(services):
    with pytest.raises(NotFoundError):
        services.traders.get("Nobody")
    with pytest.raises(NotFoundError):
        services.traders.get(12345)


def test_get_archived_by_id_unless_excluded(services):
    ann = services.traders.add(name="Ann")
    services.traders.delete(ann.id)
    assert services.traders.get(ann.id).status is TraderStatus.ARCHIVED
    with pytest.raises(NotFoundError):
        services.traders.get(ann.id, include_archived=False)


# -- list -----------------------------------------------------------------------------------


@pytest.fixture
def roster(services):
    services.traders.add(name="Ann", source="binance")
    services.traders.add(name="Bob", source="telegram", active=False)
    services.traders.add(name="Cy", source="telegram", priority=5)
    services.traders.add(name="Dee", source="manual")
    services.traders.delete("Dee")
    return services


def test_list_shows_non_archived_by_priority_then_name(roster):
    assert names(roster.traders.list()) == ["Cy", "Ann", "Bob"]


@pytest.mark.parametrize(
    ("status", "expected"),
    [("active", ["Cy", "Ann"]), ("paused", ["Bob"]), ("archived", ["Dee"])],
)
def test_list_filters_by_status(roster, status, expected):
    assert names(roster.traders.list(status=status)) == expected


def test_list_filters_by_source(roster):
    assert names(roster.traders.list(source="telegram")) == ["Cy", "Bob"]
    assert names(roster.traders.list(source="binance", status="paused")) == []


def test_list_filters_by_token_traded_in_any_spelling(roster, clock):
    bob = roster.traders.get("Bob")
    trade = TraderTrade(
        source_id="p1",
        symbol="PEPE",
        side=Side.LONG,
        leverage=5.0,
        entry_price=0.00001,
        entry_time=clock.now(),
        notional=500.0,
    )
    with roster.store.write():
        trade_repo.insert_trades(bob.id, [trade])
    assert names(roster.traders.list(token="pepe")) == ["Bob"]
    assert names(roster.traders.list(token="PEPEUSDT")) == ["Bob"]
    assert names(roster.traders.list(token="BTC")) == []


@pytest.mark.parametrize(
    ("kwargs", "field"), [({"status": "asleep"}, "status"), ({"source": "etoro"}, "source")]
)
def test_list_rejects_unknown_filters(services, kwargs, field):
    with pytest.raises(ValidationError) as err:
        services.traders.list(**kwargs)
    assert err.value.field == field


# -- update / toggle ------------------------------------------------------------------------


def test_update_changes_settings_and_moves_updated_at_with_the_clock(services, clock):
    ann = services.traders.add(name="Ann")
    clock.advance(HOUR)
    new = services.traders.update("Ann", min_confidence=0.5, whitelist="btc")
    assert new.settings.min_confidence == 0.5 and new.settings.whitelist == {"BTC"}
    assert new.updated_at == clock.now() == ann.updated_at + HOUR
    assert new.created_at == ann.created_at


def test_update_can_rename_but_not_onto_a_taken_name(services):
    services.traders.add(name="Ann")
    services.traders.add(name="Bob")
    assert services.traders.update("Ann", name="Annie").name == "Annie"
    with pytest.raises(ValidationError) as err:
        services.traders.update("Annie", name="bob")
    assert err.value.field == "name"


def test_update_can_change_the_case_of_a_name(services):
    services.traders.add(name="ann")
    assert services.traders.update("ann", name="Ann").name == "Ann"


def test_toggle_flips_and_sets(services):
    services.traders.add(name="Ann")
    assert services.traders.toggle("Ann").status is TraderStatus.PAUSED
    assert services.traders.toggle("Ann").status is TraderStatus.ACTIVE
    assert services.traders.toggle("Ann", active=True).status is TraderStatus.ACTIVE


def test_high_leverage_is_flagged_after_update(services):
    services.traders.add(name="Ann")
    assert services.traders.update("Ann", max_leverage=11).settings.high_leverage


# -- multiplier and tokens ------------------------------------------------------------------


@pytest.mark.parametrize(("multiplier", "dollars"), [(0.5, 100.0), (1.5, 300.0), (2.0, 400.0)])
def test_set_multiplier_returns_the_new_dollars_per_trade(services, multiplier, dollars):
    services.traders.add(name="Ann")
    assert services.traders.set_multiplier("Ann", multiplier) == dollars
    assert services.traders.get("Ann").settings.multiplier == multiplier


def test_set_multiplier_uses_the_global_base_size(services):
    services.traders.add(name="Ann")
    services.settings.update(base_size=50)
    assert services.traders.set_multiplier("Ann", 1.5) == 75.0


@pytest.mark.parametrize("bad", [0.49, 2.01, 0])
def test_set_multiplier_out_of_bounds_is_rejected(services, bad):
    services.traders.add(name="Ann")
    with pytest.raises(ValidationError) as err:
        services.traders.set_multiplier("Ann", bad)
    assert err.value.field == "multiplier"
    assert services.traders.get("Ann").settings.multiplier == 1.0


def test_set_tokens_normalises_and_keeps_the_other_list(services):
    services.traders.add(name="Ann", blacklist="DOGE")
    ann = services.traders.set_tokens("Ann", whitelist=["btcusdt", "#ETH"])
    assert ann.settings.whitelist == {"BTC", "ETH"} and ann.settings.blacklist == {"DOGE"}


def test_set_tokens_refuses_a_token_on_both_lists(services):
    services.traders.add(name="Ann", whitelist="BTC")
    with pytest.raises(ValidationError, match="both white- and blacklisted"):
        services.traders.set_tokens("Ann", blacklist="BTC/USDT")


# -- duplicate ------------------------------------------------------------------------------


def test_duplicate_copies_settings_under_a_new_name_and_starts_paused(services):
    ann = services.traders.add(
        name="Ann", multiplier=1.5, whitelist="BTC", max_leverage=12, min_confidence=0.6
    )
    copy = services.traders.duplicate("Ann", "Ann (copy)")
    assert copy.id != ann.id and copy.name == "Ann (copy)"
    assert copy.status is TraderStatus.PAUSED
    assert copy.settings.multiplier == 1.5 and copy.settings.whitelist == {"BTC"}
    assert copy.settings.max_leverage == 12 and copy.settings.min_confidence == 0.6
    assert services.traders.get("Ann").status is TraderStatus.ACTIVE


def test_duplicate_needs_a_free_name(services):
    services.traders.add(name="Ann")
    with pytest.raises(ValidationError):
        services.traders.duplicate("Ann", "ann")


# -- promote / demote -----------------------------------------------------------------------


def test_promote_to_live_and_demote(services, clock):
    services.traders.add(name="Ann")
    clock.advance(HOUR)
    live = services.traders.promote_to_live("Ann", detail="30 trades, Sharpe 1.2")
    assert live.mode is ExecutionMode.LIVE and live.updated_at == clock.now()
    assert services.traders.demote_to_paper("Ann").mode is ExecutionMode.PAPER


def test_promoting_a_live_trader_again_records_nothing(services):
    services.traders.add(name="Ann", paper_only=False)
    services.traders.promote_to_live("Ann")
    assert [e.kind for e in services.traders.history("Ann")] == ["created"]


# -- delete / restore -----------------------------------------------------------------------


def test_delete_archives_by_default(services, clock):
    ann = services.traders.add(name="Ann")
    clock.advance(HOUR)
    services.traders.delete("Ann")
    archived = services.traders.get(ann.id)
    assert archived.archived_at == clock.now() and archived.status is TraderStatus.ARCHIVED
    assert services.traders.list() == []


def test_archived_trader_is_restored_with_its_settings(services):
    ann = services.traders.add(name="Ann", multiplier=0.75)
    services.traders.delete("Ann")
    restored = services.traders.restore(ann.id)
    assert restored.archived_at is None and restored.settings == ann.settings
    assert names(services.traders.list()) == ["Ann"]


def test_restore_moves_updated_at_with_the_clock(services, clock):
    ann = services.traders.add(name="Ann")
    services.traders.delete("Ann")
    clock.advance(HOUR)
    assert services.traders.restore(ann.id).updated_at == clock.now()


def test_restore_refuses_when_the_name_was_taken_meanwhile(services):
    ann = services.traders.add(name="Ann")
    services.traders.delete("Ann")
    services.traders.add(name="Ann")
    with pytest.raises(ValidationError) as err:
        services.traders.restore(ann.id)
    assert err.value.field == "name"
    assert services.traders.get(ann.id).status is TraderStatus.ARCHIVED


def test_purge_deletes_for_good(services):
    ann = services.traders.add(name="Ann")
    services.traders.delete("Ann", purge=True)
    with pytest.raises(NotFoundError):
        services.traders.get(ann.id)
    assert services.traders.list(status="archived") == []


def test_purge_works_on_an_archived_trader(services):
    ann = services.traders.add(name="Ann")
    services.traders.delete("Ann")
    services.traders.delete(ann.id, purge=True)
    with pytest.raises(NotFoundError):
        services.traders.get(ann.id)


def test_deleting_an_unknown_trader_is_not_found(services):
    with pytest.raises(NotFoundError):
        services.traders.delete("Nobody")


# -- pause all / resume all ------------------------------------------------------------------


def test_pause_all_and_resume_all(services):
    services.traders.add(name="Ann")
    services.traders.add(name="Bob", active=False)
    assert services.traders.pause_all() == ["Ann"]
    assert names(services.traders.list(status="paused")) == ["Ann", "Bob"]
    assert sorted(services.traders.resume_all()) == ["Ann", "Bob"]


# -- history ---------------------------------------------------------------------------------


def test_history_records_every_change_in_order(services, clock):
    services.traders.add(name="Ann", source="telegram", source_ref="@ann")
    clock.advance(HOUR)
    services.traders.update("Ann", multiplier=1.5)
    services.traders.toggle("Ann")
    services.traders.promote_to_live("Ann", detail="criteria met")
    services.traders.demote_to_paper("Ann")
    services.traders.delete("Ann")
    ann_id = services.traders.list(status="archived")[0].id
    services.traders.restore(ann_id)
    events = services.traders.history(ann_id)
    assert [e.kind for e in events] == [
        "created",
        "updated",
        "updated",
        "promoted to live",
        "back to paper",
        "archived",
        "restored",
    ]
    assert events[0].detail == "telegram @ann" and events[0].at == clock.now() - HOUR
    assert events[1].detail == "multiplier: 1.0 → 1.5" and events[1].at == clock.now()
    assert events[2].detail == "active: True → False"
    assert events[3].detail == "criteria met"


def test_history_of_token_changes_lists_the_tokens(services):
    services.traders.add(name="Ann")
    services.traders.set_tokens("Ann", whitelist="eth,btc")
    assert services.traders.history("Ann")[-1].detail == "whitelist: - → BTC,ETH"
