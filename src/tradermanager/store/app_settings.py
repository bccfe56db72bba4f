"""Global settings as typed key/value rows, with defaults for keys never written."""

from __future__ import annotations

import json
from typing import Any

from tradermanager.store.models import SettingRow


def read_all() -> dict[str, Any]:
    return {row.key: json.loads(row.value) for row in SettingRow.select()}


def write(key: str, value: Any) -> None:
    SettingRow.insert(key=key, value=json.dumps(value)).on_conflict_replace().execute()
