"""What Apply would change, as lines a person checks before saying yes: each changed field
with its stored value and the new one (old → new), in the card's own units."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from tradermanager.domain.settings import TraderSettings
from tradermanager.ui import formatting as fmt


def _tokens(value: Any) -> str:
    text = value if isinstance(value, str) else ", ".join(sorted(value))
    return text or "none"


def _mode(paper: Any) -> str:
    return "Paper" if paper else "Live"


# field: (label, how a value reads, the stored value)
FIELDS: dict[str, tuple[str, Callable[[Any], str], Callable[[TraderSettings], Any]]] = {
    "multiplier": ("Position size", lambda v: fmt.times(v), lambda s: s.multiplier),
    "max_leverage": ("Max leverage", lambda v: f"{int(v)}×", lambda s: s.max_leverage),
    "min_confidence": ("Min confidence", lambda v: fmt.pct(v), lambda s: s.min_confidence),
    "whitelist": ("Only tokens", _tokens, lambda s: s.whitelist),
    "blacklist": ("Never tokens", _tokens, lambda s: s.blacklist),
    "paper_only": ("Mode", _mode, lambda s: s.paper_only),
}


def change_lines(old: TraderSettings, changes: Mapping[str, Any]) -> list[str]:
    """``• Max leverage: 12× → 5×`` for each changed field, in the card's order."""
    lines = []
    for key, (label, show, stored) in FIELDS.items():
        if key in changes:
            lines.append(f"• {label}: {show(stored(old))} → {show(changes[key])}")
    for key in changes:
        if key not in FIELDS:  # a field this list does not know still shows
            lines.append(f"• {key.replace('_', ' ')}: {changes[key]}")
    return lines
