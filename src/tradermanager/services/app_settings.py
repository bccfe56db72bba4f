"""Global settings: base size per trade, execution costs, confidence policy."""

from __future__ import annotations

from typing import Any

from tradermanager.domain.app_settings import APP_SETTING_NAMES, AppSettings, update_app_settings
from tradermanager.store import app_settings as repo
from tradermanager.store.connection import Store


class AppSettingsService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def get(self) -> AppSettings:
        stored = {k: v for k, v in repo.read_all().items() if k in APP_SETTING_NAMES}
        return update_app_settings(AppSettings(), **stored)

    def update(self, **changes: Any) -> AppSettings:
        """Validate and save; raises ValidationError naming the field."""
        new = update_app_settings(self.get(), **changes)
        with self._store.write():
            for key in changes:
                repo.write(key, getattr(new, key))
        return new
