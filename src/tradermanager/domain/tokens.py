"""Token normalisation: every spelling of a market means one base token.

`btc`, `BTCUSDT`, `BTC/USDT`, `BTC-PERP`, `#BTC` and `$BTC` all become ``BTC``, so filters,
metrics and positions compare like with like.

Contracts with a multiplier (``1000SHIBUSDT``, ``1000PEPEUSDT``, ``1MBABYDOGEUSDT``) quote a
price per 1,000 or 1,000,000 coins. Their traded base (``1000SHIB``) is kept for orders and
prices; white- and blacklists compare the coin itself (:func:`list_token` → ``SHIB``), so a
blacklisted SHIB is not copied as 1000SHIB. :func:`parse_market` also tells USDⓈ-margined,
coin-margined and spot symbols apart (Binance spells them ``BTCUSDT``, ``BTCUSD_PERP`` /
``BTCUSD_250627``, and — for spot — ``BTCUSDT`` again, so spot needs the context's word).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from tradermanager.domain.errors import ValidationError

# Longest first, so BTCUSDT loses USDT rather than T.
QUOTE_SUFFIXES = ("FDUSD", "USDT", "USDC", "BUSD", "TUSD", "PERP", "USD")
_SEPARATORS = re.compile(r"[/\-:_ ]")
_VALID = re.compile(r"^[A-Z0-9]{1,20}$")
# 1000SHIB, 10000LADYS, 1000000MOG, 1MBABYDOGE; never 1INCH (the prefix must be a power of ten
# of at least 1,000, or "1M", followed by a letter)
_MULTIPLIER = re.compile(r"^(1000000|100000|10000|1000|1M)(?=[A-Z]{2})")
_MULTIPLIER_VALUE = {"1000": 1_000, "10000": 10_000, "100000": 100_000, "1000000": 1_000_000}
_COIN_M = re.compile(r"^([A-Z0-9]+)USD_(PERP|\d{6})$")
TOKEN_ALLOWED = "a token symbol such as BTC, BTCUSDT, BTC/USDT, #BTC or $BTC (letters and digits)"


class MarketKind:
    USDM = "usdm"  # USDⓈ-margined futures (USDT/USDC quoted)
    COINM = "coinm"  # coin-margined futures (USD quoted, settled in the coin)
    SPOT = "spot"


@dataclass(frozen=True, slots=True)
class Market:
    """One exchange symbol taken apart. ``base`` is what orders and prices use (``1000PEPE``),
    ``token`` what lists compare (``PEPE``), ``multiplier`` how many coins one unit is."""

    base: str
    token: str
    multiplier: int
    quote: str | None
    kind: str  # MarketKind value, or "" when the symbol alone cannot tell
    contract: str  # the symbol as an exchange lists it: 1000PEPEUSDT, BTCUSD_PERP


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


def multiplier_of(base: str) -> int:
    """How many coins one unit of ``base`` is: 1000 for 1000SHIB, 1 for BTC."""
    m = _MULTIPLIER.match(base.upper())
    if not m:
        return 1
    return 1_000_000 if m.group(1) == "1M" else _MULTIPLIER_VALUE[m.group(1)]


def list_token(raw: str, field: str = "token") -> str:
    """The coin a symbol stands for, as white/blacklists compare it: 1000SHIBUSDT → SHIB."""
    base = normalise_token(raw, field)
    m = _MULTIPLIER.match(base)
    return base[m.end() :] if m else base


@lru_cache(maxsize=4096)
def parse_market(raw: str, context_kind: str = "") -> Market:
    """An exchange symbol taken apart; ``context_kind`` is what the surrounding text said
    (a message naming "spot" or "COIN-M"). Raises ValidationError when it is no symbol."""
    text = raw.strip().upper().lstrip("#$").replace(" ", "")
    coin_m = _COIN_M.match(text)
    if coin_m:
        base = normalise_token(coin_m.group(1), "symbol")
        return Market(base, list_token(base), multiplier_of(base), "USD", MarketKind.COINM, text)
    if context_kind == MarketKind.COINM and text.endswith("USD") and len(text) > 3:
        text = text[:-3]  # coin-margined: BNBUSD is BNB/USD, never BN/BUSD
    base = normalise_token(text, "symbol")
    parts = [p for p in _SEPARATORS.split(text) if p]
    joined = "".join(parts)
    quote = next((q for q in QUOTE_SUFFIXES if joined.endswith(q) and joined != q), None)
    if quote == "PERP":
        quote = "USDT"
    kind = context_kind
    if not kind and quote in ("USDT", "USDC"):
        kind = ""  # USDⓈ-M and spot share these names: only the text can tell
    if not kind and quote == "USD" and "PERP" in text:
        kind = MarketKind.COINM
    contract = f"{base}{quote or 'USDT'}" if kind != MarketKind.COINM else f"{base}USD_PERP"
    return Market(base, list_token(base), multiplier_of(base), quote, kind, contract)


def normalise_tokens(raw: Iterable[str] | str, field: str) -> frozenset[str]:
    """A set of tokens from an iterable or a comma-separated string, as lists compare them:
    a multiplier contract names its coin (1000SHIB → SHIB)."""
    items = raw.split(",") if isinstance(raw, str) else list(raw)
    return frozenset(list_token(item, field) for item in items if str(item).strip())
