"""Trader settings: the per-trader answer to "what exactly gets copied?", validated."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields, replace
from typing import Any

from tradermanager.domain.enums import SizingMode, Source
from tradermanager.domain.errors import ValidationError
from tradermanager.domain.setting_specs import (
    ALLOCATION,
    BREAK_EVEN_AFTER,
    COPY_STOP_LOSS,
    EQUITY_PCT,
    LIMIT_EXPIRY_HOURS,
    MAX_LEVERAGE,
    MAX_OPEN,
    MIN_CONFIDENCE,
    MULTIPLIER,
    PRIORITY,
    REFERENCE_CAPITAL,
    RISK_PCT,
    TP_SPLIT_MAX,
    TRADER_NUMBERS,
    TRAILING_STOP,
)
from tradermanager.domain.text_safety import UNSAFE_IN_TEXT, check_name, neutralise
from tradermanager.domain.tokens import normalise_tokens

LEVERAGE_MAX = int(MAX_LEVERAGE.high)
NAME_MAX_LENGTH = 80


@dataclass(frozen=True, slots=True, kw_only=True)
class TraderSettings:
    """Everything a user sets for one trader. Build with :func:`make_settings` to validate."""

    name: str
    source: Source = Source.MANUAL
    source_ref: str = ""
    multiplier: float = MULTIPLIER.default
    min_confidence: float = MIN_CONFIDENCE.default
    whitelist: frozenset[str] = field(default_factory=frozenset)
    blacklist: frozenset[str] = field(default_factory=frozenset)
    max_leverage: int = int(MAX_LEVERAGE.default)
    paper_only: bool = True
    active: bool = True
    priority: int = int(PRIORITY.default)
    reference_capital: float = REFERENCE_CAPITAL.default
    notes: str = ""
    # execution rules (docs/execution.md): sizing, exits and this trader's own limits
    sizing: SizingMode = SizingMode.MULTIPLIER
    equity_pct: float = EQUITY_PCT.default  # fraction of equity per copy (sizing equity_pct)
    risk_pct: float = RISK_PCT.default  # fraction of equity lost at the stop (sizing risk_pct)
    tp_split: tuple[float, ...] = ()  # shares per take-profit summing to 1; () = equal
    break_even_after: int = int(BREAK_EVEN_AFTER.default)  # take-profit number; 0 = never
    trailing_stop: float = TRAILING_STOP.default  # fraction; 0 = off
    limit_expiry_hours: float = LIMIT_EXPIRY_HOURS.default
    max_open: int = int(MAX_OPEN.default)  # copies open or resting at once; 0 = no limit
    copy_stop_loss: float = COPY_STOP_LOSS.default  # fraction of the allocation; 0 = off
    allocation: float = ALLOCATION.default  # USD; 0 = the account's starting capital

    @property
    def high_leverage(self) -> bool:
        """Allowed, but flagged: a limit above 10× is where most liquidations live."""
        return MAX_LEVERAGE.warns(self.max_leverage)

    def allows_token(self, token: str) -> bool:
        if token in self.blacklist:
            return False
        return not self.whitelist or token in self.whitelist


SETTING_NAMES = frozenset(f.name for f in fields(TraderSettings))
# How a trader's copies are executed (docs/execution.md), as opposed to which signals are copied.
EXECUTION_RULE_NAMES = (
    "sizing",
    "equity_pct",
    "risk_pct",
    "tp_split",
    "break_even_after",
    "trailing_stop",
    "limit_expiry_hours",
    "max_open",
    "copy_stop_loss",
    "allocation",
)


def _boolean(name: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise ValidationError(name, value, "true or false")


def _text(name: str, value: Any, max_length: int, required: bool) -> str:
    if not isinstance(value, str):
        raise ValidationError(name, value, "text")
    text = value.strip()
    if name in ("name", "source_ref"):
        check_name(text, name)
    elif UNSAFE_IN_TEXT.search(text):
        raise ValidationError(name, neutralise(text), "text without control characters")
    if required and not text:
        raise ValidationError(name, value, "a non-empty name")
    if len(text) > max_length:
        raise ValidationError(name, value, f"at most {max_length} characters")
    return text


SIZING_ALLOWED = "multiplier, equity_pct or risk_pct"
TP_SPLIT_MIN_SHARE = 0.01  # of the position: a smaller take-profit closes next to nothing
TP_SPLIT_ALLOWED = (
    f"2 to {TP_SPLIT_MAX} positive shares separated by commas, e.g. 50,30,20 "
    "(scaled to add up to 100 %, each at least 1 %); empty = equal shares"
)


def _sizing(value: Any) -> SizingMode:
    if not isinstance(value, str):
        raise ValidationError("sizing", value, SIZING_ALLOWED)
    try:
        return SizingMode(value.strip().lower())
    except ValueError:
        raise ValidationError("sizing", value, SIZING_ALLOWED) from None


def parse_tp_split(value: Any) -> tuple[float, ...]:
    """Shares of the position closed at take-profits 1..n, scaled to add up to 1 (so 50,30,20
    and 0.5,0.3,0.2 are the same); text with commas or a list; empty means equal shares."""
    if isinstance(value, str):
        parts = [p.strip() for p in value.replace(";", ",").split(",")]
        items: list[Any] = [p.rstrip("%").strip() for p in parts if p]
    elif isinstance(value, list | tuple):
        items = list(value)
    else:
        raise ValidationError("tp_split", value, TP_SPLIT_ALLOWED)
    if not items:
        return ()
    shares: list[float] = []
    for item in items:
        if isinstance(item, bool):
            raise ValidationError("tp_split", value, TP_SPLIT_ALLOWED)
        try:
            number = float(item)
        except (TypeError, ValueError):
            raise ValidationError("tp_split", value, TP_SPLIT_ALLOWED) from None
        if not math.isfinite(number) or number <= 0:
            raise ValidationError("tp_split", value, TP_SPLIT_ALLOWED)
        shares.append(number)
    if not 2 <= len(shares) <= TP_SPLIT_MAX:
        raise ValidationError("tp_split", value, TP_SPLIT_ALLOWED)
    total = sum(shares)
    split = tuple(round(x / total, 6) for x in shares)
    if min(split) < TP_SPLIT_MIN_SHARE:
        raise ValidationError("tp_split", value, TP_SPLIT_ALLOWED)
    return split


def tp_split_text(split: tuple[float, ...]) -> str:
    """The split as percentages, e.g. "50,30,20" ("" when equal)."""
    return ",".join(f"{x * 100:.4g}" for x in split)


def _validated(values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in values.items():
        match key:
            case "name":
                out[key] = _text(key, value, NAME_MAX_LENGTH, required=True)
            case "source":
                try:
                    out[key] = Source(value)
                except ValueError:
                    raise ValidationError(key, value, "binance, telegram or manual") from None
            case "source_ref":
                out[key] = _text(key, value, 200, required=False)
            case "notes":
                out[key] = _text(key, value, 5000, required=False)
            case _ if key in TRADER_NUMBERS:
                spec = TRADER_NUMBERS[key]
                number = spec.check(value)
                out[key] = int(number) if spec.whole else number
            case "whitelist" | "blacklist":
                out[key] = normalise_tokens(value, key)
            case "paper_only" | "active":
                out[key] = _boolean(key, value)
            case "sizing":
                out[key] = _sizing(value)
            case "tp_split":
                out[key] = parse_tp_split(value)
            case _:
                raise ValidationError(key, value, f"one of {', '.join(sorted(SETTING_NAMES))}")
    return out


def _check_lists(settings: TraderSettings) -> TraderSettings:
    both = settings.whitelist & settings.blacklist
    if both:
        raise ValidationError(
            "blacklist",
            ",".join(sorted(both)),
            "tokens not also on the whitelist (a token can't be both white- and blacklisted)",
        )
    return settings


def make_settings(**values: Any) -> TraderSettings:
    """Validated, normalised settings; unknown keys and out-of-range values raise."""
    if "name" not in values:
        raise ValidationError("name", None, "a non-empty name")
    return _check_lists(TraderSettings(**_validated(values)))


def update_settings(settings: TraderSettings, **changes: Any) -> TraderSettings:
    """A copy of ``settings`` with ``changes`` applied, validated like a new trader's."""
    return _check_lists(replace(settings, **_validated(changes)))
