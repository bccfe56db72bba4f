"""Token normalisation: every spelling of a market means one base token.

`btc`, `BTCUSDT`, `BTC/USDT`, `BTC-PERP`, `#BTC` and `$BTC` all become ``BTC``, so filters,
metrics and positions compare like with like.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tradermanager.domain.errors import ValidationError

# Longest first, so BTCUSDT loses USDT rather than T.
QUOTE_SUFFIXES = ("FDUSD", "USDT", "USDC", "BUSD", "TUSD", "PERP", "USD")
_SEPARATORS = re.compile(r"[/\-:_ ]")
_VALID = re.compile(r"^[A-Z0-9]{1,20}$")
TOKEN_ALLOWED = "a token symbol such as BTC, BTCUSDT, BTC/USDT, #BTC or $BTC (letters and digits)"


def normalise_token(raw: str, field: str = "token") -> str:
    """The base token of a symbol, upper case; raises ValidationError when it is not one."""
    if not isinstance(raw, str):
        raise ValidationError(field, raw, TOKEN_ALLOWED)
    text = raw.strip().upper().lstrip("#$")
    parts = [p for p in _SEPARATORS.split(text) if p]
    if not parts:
        raise ValidationError(field, raw, TOKEN_ALLOWED)
    base = parts[0]
    if base in QUOTE_SUFFIXES:  # a stablecoin on its own (BUSD, TUSD, USD) stays itself
        return base
    for suffix in QUOTE_SUFFIXES:
        if base.endswith(suffix) and len(base) > len(suffix):
            base = base[: -len(suffix)]
            break
    if not _VALID.match(base):
        raise ValidationError(field, raw, TOKEN_ALLOWED)
    return base


def normalise_tokens(raw: Iterable[str] | str, field: str) -> frozenset[str]:
    """A set of tokens from an iterable or a comma-separated string."""
    items = raw.split(",") if isinstance(raw, str) else list(raw)
    return frozenset(normalise_token(item, field) for item in items if str(item).strip())
