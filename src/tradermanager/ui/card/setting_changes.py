"""What Apply would change, as lines a person checks before saying yes: each changed field
with its stored value and the new one (old → new), in the card's own units."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from tradermanager.domain.setting_specs import EXECUTION_NUMBERS, NumberSetting
from tradermanager.domain.settings import TraderSettings, tp_split_text
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
    "sizing": ("Size copies by", lambda v: str(v).replace("_", " "), lambda s: s.sizing.value),
    "tp_split": ("Take-profit split", lambda v: tp_split_text(v) or "equal", lambda s: s.tp_split),
}


def _rule_text(spec: NumberSetting) -> Callable[[Any], str]:
    """A rule's value in the form's unit; 0 reads "off" where 0 turns the rule off."""

    def show(value: Any) -> str:
        if spec.low == 0 and not value:
            return "off"
        shown = value * spec.display_scale
        return f"{spec.prefix}{shown:,.4g}{spec.suffix}"

    return show


def _stored(key: str) -> Callable[[TraderSettings], Any]:
    return lambda s: getattr(s, key)


for _spec in EXECUTION_NUMBERS:
    FIELDS[_spec.key] = (_spec.label, _rule_text(_spec), _stored(_spec.key))


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
