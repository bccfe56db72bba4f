"""Commands that chart bridges and signal bots take, written as the lines the parser reads.

* A TradingView-to-exchange bridge's command line (PineConnector-style): an optional licence
  number, the verb (``buy`` / ``sell`` at market, ``buylimit`` / ``selllimit`` at ``price=``),
  the symbol, then ``key=value`` options. ``slp=`` / ``tpp=`` are the stop and the target as
  prices; ``sl=`` / ``tp=`` count them in points from the fill, which is no price: such a
  command is written with its market entry alone, so it goes to review. ``risk=``, ``q=``,
  ``comment=`` or ``spread=`` size or tag the order and are left out.

      6700912345678,buy,SOLUSDT,risk=1,slp=144.1,tpp=152.3
          → SOLUSDT LONG / Entry: market / Targets: 152.3 / Stop loss: 144.1

* A signal bot's comment code (WunderTrading-style): the action, the exchange, the pair, then
  the bot's name, timeframe and id. ``ENTER`` opens at market, ``EXIT`` closes the position.

      ENTER-LONG_BINANCE-FUTURES_SOLUSDT_swing-bot_4H_7d1e2c9a → LONG SOLUSDT at market
      EXIT-SHORT_BYBIT-USDT_ETHUSDT_TrendRider_1H_3f9a2e1c    → Close ETHUSDT now

* A trading terminal's signal tag as alert robots send it: ``Signal``, the pair, the timeframe
  and the side joined by underscores, an id after them. The prices, when any, follow on lines of
  their own.

      Signal_SOLUSDT_M15_Buy_1234 → SOLUSDT BUY
"""

from __future__ import annotations

import re

# the bridge's own option keys: a line of words with "=" ("Sell the rip = 80.11", "Buy the dip
# = 0.118") is a card's labelled line, not a command whose pair is "the"
_KEYS = (
    *("risk", "q", "qty", "sl", "tp", "slp", "tpp", "slpips", "tppips", "price", "comment"),
    *("spread", "secret", "accfilter", "betrigger", "beoffset", "trailtrig", "traildist"),
    *("trailstep", "atrtimeframe", "atrperiod", "atrmultiplier", "atrshift", "atrtrigger"),
    *("expiry", "magic"),
)
_OPTION = r"(?i:" + "|".join(_KEYS) + r")(?![A-Za-z_])[^\S\n]*=[^\S\n]*(?:\"[^\"\n]*\"|[^\s,\"]+)"
_BRIDGE_LINE = re.compile(
    r"^[^\S\n]*(?:\d{6,20}[^\S\n]*,[^\S\n]*)?(?P<verb>buy|sell)(?P<limit>limit)?"
    r"[^\S\n]*[,\s][^\S\n]*(?P<pair>[A-Za-z0-9]{2,20}(?:[/\-][A-Za-z]{3,5})?(?:\.P)?)"
    rf"(?P<options>(?:[^\S\n]*[,\s][^\S\n]*{_OPTION})+)[^\S\n]*,?[^\S\n]*$",
    re.I | re.M,
)
_OPTION_PARTS = re.compile(r"([A-Za-z_]+)[^\S\n]*=[^\S\n]*(\"[^\"\n]*\"|[^\s,\"]+)")
_PRICE = re.compile(r"\d+(?:\.\d+)?")
_POINTS_KEYS = ("sl", "tp")
_CODE = re.compile(
    r"(?<![\w-])(?P<act>ENTER|EXIT)-(?P<side>LONG|SHORT)_[A-Z0-9]+(?:-[A-Z0-9]+)*_"
    r"(?P<pair>[A-Z0-9]{2,20})(?:_[\w-]*)?"
)

_TERMINAL_TAG = re.compile(
    r"(?<![\w])signal_(?P<pair>[a-z0-9]{2,20}(?:usdt|usdc|usd|busd))_(?:[mhdw]\d{1,2}|\d{1,2}[mhdw])"
    r"_(?P<side>buy|sell)(?:_\w*)?",
    re.I,
)


def may_be_bridge_command(text: str) -> bool:
    """A literal test: whether ``text`` may hold a bridge command, a bot's comment code or a
    terminal's signal tag."""
    return ("=" in text and ("uy" in text or "ell" in text or "UY" in text or "ELL" in text)) or (
        "_" in text and ("-LONG_" in text or "-SHORT_" in text or "ignal_" in text)
    )


def commands_as_lines(text: str) -> str:
    """``text`` with a bridge command line and a bot's comment code written as the lines a
    channel would post (see above); unchanged when it holds neither."""
    if "=" in text:
        text = _BRIDGE_LINE.sub(_bridge_lines, text)
    if "-LONG_" in text or "-SHORT_" in text:
        text = _CODE.sub(_code_words, text)
    if "ignal_" in text:
        text = _TERMINAL_TAG.sub(
            lambda m: f"{m.group('pair').upper()} {m.group('side').upper()}", text
        )
    return text


def _bridge_lines(m: re.Match[str]) -> str:
    options = {key.lower(): value for key, value in _OPTION_PARTS.findall(m.group("options"))}
    side = "LONG" if m.group("verb").lower() == "buy" else "SHORT"
    lines = [f"{m.group('pair')} {side}"]
    if m.group("limit"):
        price = options.get("price", "")
        if not _PRICE.fullmatch(price):
            return m.group()
        lines.append(f"Entry: {price}")
    else:
        lines.append("Entry: market")
    if any(key in options for key in _POINTS_KEYS):
        return "\n".join(lines)  # levels counted in points: no price to copy
    for key, label in (("tpp", "Targets"), ("slp", "Stop loss")):
        if _PRICE.fullmatch(options.get(key, "")):
            lines.append(f"{label}: {options[key]}")
    return "\n".join(lines)


def _code_words(m: re.Match[str]) -> str:
    if m.group("act") == "EXIT":
        return f"Close {m.group('pair')} now"
    return f"{m.group('side')} {m.group('pair')} at market"
