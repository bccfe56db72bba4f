"""The trader operations of the application API."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tradermanager.domain.errors import NotFoundError, ValidationError


def test_add_get_list_filters(services):
    services.traders.add(name="Alice", source="telegram", source_ref="@alice")
    services.traders.add(name="Bob", active=False)
    assert services.traders.get("ALICE").settings.source_ref == "@alice"
    assert [t.name for t in services.traders.list(status="active")] == ["Alice"]
    assert [t.name for t in services.traders.list(status="paused")] == ["Bob"]
    assert [t.name for t in services.traders.list(source="telegram")] == ["Alice"]
    with pytest.raises(ValidationError, match="status"):
        services.traders.list(status="sleeping")
    with pytest.raises(NotFoundError):
        services.traders.get("Carol")


def test_update_moves_updated_at_and_records_history(services, clock):
    alice = services.traders.add(name="Alice")
    clock.advance(timedelta(hours=1))
    updated = services.traders.update("Alice", max_leverage=12, notes="watch her")
    assert updated.updated_at == clock.now() > alice.updated_at
    assert updated.settings.high_leverage
    event = services.traders.history("Alice")[-1]
    assert event.kind == "updated" and "max_leverage: 5 → 12" in event.detail


def test_set_multiplier_returns_dollars_per_trade_and_tokens(services):
    services.traders.add(name="Alice")
    assert services.traders.set_multiplier("Alice", 1.5) == 300.0
    services.settings.update(base_size=100)
    assert services.traders.set_multiplier("Alice", 2.0) == 200.0
    with pytest.raises(ValidationError, match="multiplier"):
        services.traders.set_multiplier("Alice", 2.5)
    t = services.traders.set_tokens("Alice", whitelist="btc,eth", blacklist=["$doge"])
    assert t.settings.whitelist == {"BTC", "ETH"} and t.settings.blacklist == {"DOGE"}
    cleared = services.traders.set_tokens("Alice", whitelist="")
    assert cleared.settings.whitelist == frozenset() and cleared.settings.blacklist == {"DOGE"}


def test_duplicate_starts_paused_and_archive_restore_purge(services):
    services.traders.add(name="Alice", multiplier=1.5, whitelist="BTC")
    copy = services.traders.duplicate("Alice", "Alice 2")
    assert not copy.settings.active and copy.settings.multiplier == 1.5
    services.traders.delete("Alice")
    assert [t.name for t in services.traders.list()] == ["Alice 2"]
    services.traders.add(name="Alice")  # the name is free while the first is archived
    with pytest.raises(ValidationError, match="name"):
        services.traders.restore(services.traders.list(status="archived")[0].id)
    services.traders.delete("Alice", purge=True)
    restored = services.traders.restore(services.traders.list(status="archived")[0].id)
    assert restored.archived_at is None


def test_promote_and_demote_are_recorded(services):
    services.traders.add(name="Alice")
    assert services.traders.promote_to_live("Alice").mode.value == "live"
    assert services.traders.demote_to_paper("Alice").mode.value == "paper"
    kinds = [e.kind for e in services.traders.history("Alice")]
    assert kinds[-2:] == ["promoted to live", "back to paper"]
