"""A webhook payload relayed as JSON, written as the labelled lines a channel would post.

Alert relays, copier bots and Discord bots post the body they send to an exchange bot as it is:
a flat TradingView alert (``{"ticker": "SOLUSDT", "side": "sell", "price": 148.2,
"leverage": 20, "tp": [145, 142.5], "sl": 151, "qty": 0.5}``), a 3Commas smart trade with
nested objects (``"position": {"type": "buy", "price": {"value": …}}``, ``"take_profit":
{"steps": [{"price": {"value": …}, "volume": 50}]}``, ``"stop_loss": {"conditional": {"price":
{"value": …}}}``, ``"leverage": {"enabled": true, "type": "cross", "value": 10}``), a
Finandy-style ``"open"`` / ``"tp": {"orders": [{"price": …, "piece": …}]}`` body, or a signal
object in a code block. Read as text, every key's number is a price (a quantity, an account id,
a share of the position), the leverage has no label and ``"price":`` no entry word.

The payload is read by its keys instead: the pair, the side, the order type, the entry, the
targets, the stop, the leverage and the margin mode each come from the keys that name them
(at any depth, a price under ``price`` / ``value`` inside a target or stop object); every other
key's value (``qty``, ``amount``, ``volume``, ``piece``, ids, times, secrets) is left out. The
lines written in the payload's place are read like any signal, so a payload missing its
targets, holding percentages instead of prices, or naming no side still goes to review.
"""

from __future__ import annotations

import ast
import json
import math
import re
from decimal import Decimal
from typing import Any

from tradermanager.sources.signal_parser.model import MAX_LEVEL_INDEX

_SYMBOL = frozenset(
    [
        *("ticker", "symbol", "pair", "coin", "token", "instrument", "instid", "asset"),
        *("contract", "tvinstrument"),
    ]
)
_SIDE = frozenset(["side", "action", "direction", "positionside", "orderaction", "signal"])
_ORDER_TYPE = frozenset(["type", "ordertype", "entrytype"])
_ENTRY = frozenset(
    ["price", "entry", "entryprice", "entries", "entryzone", "open", "openprice", "limitprice"]
)
_TARGETS = frozenset(
    [
        *("tp", "tps", "takeprofit", "takeprofits", "target", "targets", "profittargets"),
        *("tpprice", "takeprofitprice"),
    ]
)
_STOP = frozenset(["sl", "stoploss", "stop", "stops", "slprice", "stoplossprice"])
_LEVERAGE = frozenset(["leverage", "lev"])
_MARGIN = frozenset(["margin", "marginmode", "margintype"])
# inside an entry, target, stop or leverage object: keys that hold its value or its list
_VALUE_KEYS = frozenset(
    [
        *("price", "value", "level", "orders", "steps", "levels", "conditional", "items"),
        *("triggerprice", "stopprice", "limitprice"),
    ]
)
# keys that name the pair only when their value reads as one ("market": "SOL-USDT", never
# "market": "futures"; "product": "BTC/USDT", never "product": "perpetual")
_PAIR_KEYS = frozenset(["product", "market", "markets", "productid"])
_PAIR_LIKE = re.compile(
    r"^[A-Za-z0-9]{2,15}[-/_]?(?:USDT|USDC|BUSD|USD|FDUSD|BTC|ETH)(?:[-:/_](?:USDT|USDC|PERP|SWAP))?$",
    re.IGNORECASE,
)
# inside a target or stop object, numbers that are no level: a size, a share, an id, a time,
# a count; any other number there (an "activationPrice", a "callbackPrice", an "offset") may be
# a level the reader cannot place, so the payload goes to review rather than lose it
_NOT_LEVEL = re.compile(
    r"qty|quant|amount|volume|piece|size|share|weight|portion|ratio|rate|index|^id$|orderid|time|"
    r"count|number|^n$|delay|expir|leverage|lev$|risk|position"
)
_PERCENT = re.compile(r"percent|pct|perc")
_NUMBER = re.compile(r"^[+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?[xX]?$")
_NUMBERED_TARGET = re.compile(r"^(?:tp|target|takeprofit)(\d)$")
# An update's payload ("{"action": "close", "symbol": "SOLUSDT", "percent": 50}", "{"event":
# "move_sl", …, "sl": 3420.5}", "{"type": "tp_hit", …, "tp": 2}"): the action word under an
# action key, normalised, and the update it stands for
_ACTION_KEYS = frozenset(["action", "event", "type", "signal", "command", "cmd"])
_UPDATES = {
    **dict.fromkeys(["close", "closeposition", "exit", "partialclose", "closepartial"], "close"),
    # a bridge's exits: "signal=closelong", "exitshort", "closeall"
    **dict.fromkeys(["closelong", "closeshort", "closeall", "exitlong", "exitshort"], "close"),
    **dict.fromkeys(
        ["movesl", "updatesl", "slupdate", "modifysl", "setsl", "newsl", "trailsl"], "move_sl"
    ),
    **dict.fromkeys(["tphit", "targethit", "tpfilled", "takeprofithit", "tpreached"], "tp_hit"),
    **dict.fromkeys(["slhit", "stoplosshit", "stophit", "stopped", "slfilled"], "sl_hit"),
    **dict.fromkeys(["cancel", "cancelled", "canceled", "cancelorder", "cancelorders"], "cancel"),
    **dict.fromkeys(["breakeven", "movesltoentry", "slbe", "sltoentry", "movetobe"], "be"),
}
# a strategy's position placeholders: "market_position": "flat" after "prev_position": "long"
# is the trade before closed whole
_POSITION_NOW = frozenset(["marketposition", "strategymarketposition", "position"])
_POSITION_BEFORE = frozenset(["prevposition", "prevmarketposition", "previousposition"])
# a webhook's position after the order (TradersPost's "sentiment": the strategy's market
# position): "flat" is the trade closed whole; the side opposite to the order's ("sell" with
# "long" left) is a part of it taken off, whose share the payload does not give
_SENTIMENT = "sentiment"
_SHARE_KEY = re.compile(r"percent|pct|perc|share")
_STOP_VALUE_KEYS = ("newsl", "sl", "stoploss", "stop", "stopprice", "price")
_TARGET_NUMBER_KEYS = ("tp", "target", "tpindex", "targetindex", "tpnumber", "index")
_KEY = re.compile(r"[^a-z0-9]")


def _norm(key: str) -> str:
    return _KEY.sub("", key.lower())


def _field(key: str) -> str | None:
    if key in _ENTRY:
        return "entry"
    if key in _TARGETS or _NUMBERED_TARGET.match(key):
        return "tp"
    if key in _STOP:
        return "sl"
    if key in _LEVERAGE:
        return "leverage"
    return None


class _Reading:
    def __init__(self) -> None:
        self.symbol: str | None = None
        self.side: str | None = None
        self.market = False
        self.levels: dict[str, list[str]] = {"entry": [], "tp": [], "sl": []}
        self.percent: dict[str, list[str]] = {"tp": [], "sl": []}
        self.leverage: str | None = None
        self.leverage_off = False
        self.margin: str | None = None
        self.update: str | None = None
        self.values: dict[str, str] = {}  # every key's value as written, the last one kept
        self.target_numbers: list[int] = []  # each level's number in its key ("tp2"), or 0
        self.went_flat = False  # the position is now flat, ...
        self.held_before: str | None = None  # ... and was this side
        self.closed_at = ""  # the price it went flat at
        self.left: str | None = None  # the side the position is left on after the order
        self.unread: list[tuple[str, str]] = []  # a target's or stop's number under another key

    def walk(self, node: Any, ctx: str | None, key: str) -> None:
        if isinstance(node, dict):
            for raw, value in node.items():
                inner = _norm(str(raw))
                field = _field(inner)
                if ctx is None or (field and field != "entry"):
                    next_ctx = field or ctx
                elif inner in _VALUE_KEYS or inner == key:
                    next_ctx = ctx
                else:
                    next_ctx = None if isinstance(value, (dict, list)) else ctx
                self.walk(value, next_ctx, inner)
        elif isinstance(node, list):
            for item in node:
                self.walk(item, ctx, key)
        else:
            self.leaf(node, ctx, key)

    def leaf(self, value: Any, ctx: str | None, key: str) -> None:
        if isinstance(value, bool):
            if key == "islong":
                self.side = "LONG" if value else "SHORT"
            elif key == "enabled" and ctx == "leverage" and not value:
                self.leverage_off = True
            return
        if value is None:
            return
        text = str(value).strip()
        low = text.lower()
        self.values[key] = text
        if ctx is None and (key in _POSITION_NOW and low == "flat"):
            self.went_flat = True
            return
        if ctx is None and key == _SENTIMENT:
            self.went_flat = self.went_flat or low == "flat"
            self.left = _side_word(low)
            if low == "flat":
                self.held_before = self.held_before or "either"
            return
        if ctx is None and key in _POSITION_BEFORE:
            self.held_before = low if low in ("long", "short") else None
            return
        if key in _ACTION_KEYS and ctx is None and _norm(low) in _UPDATES:
            self.update = _UPDATES[_norm(low)]
            return
        if key in _SYMBOL and ctx is None and not _NUMBER.match(text):
            self.symbol = self.symbol or _pair(text)
            return
        if key in _PAIR_KEYS and ctx is None and _PAIR_LIKE.match(text):
            self.symbol = self.symbol or _pair(text)
            return
        if key in _MARGIN or (ctx == "leverage" and key in _ORDER_TYPE):
            if low in ("cross", "crossed", "isolated"):
                self.margin = "isolated" if low == "isolated" else "cross"
            return
        side = _side_word(low) if ctx is None else None
        if side and (key in _SIDE or key in _ORDER_TYPE):
            self.side = self.side or side
            return
        if low == "market" and (ctx == "entry" or (ctx is None and key in _ORDER_TYPE)):
            self.market = True
            return
        if ctx == "leverage" and key in ("leverage", "lev", "value"):
            # as written ("10", "x10", "Cross 10x"): the leverage line reads every form
            self.leverage = text
            return
        if not _NUMBER.match(text):
            return
        elif ctx in ("entry", "tp", "sl") and not text.endswith(("x", "X")):
            if _PERCENT.search(key) and ctx != "entry":
                self.percent[ctx].append(text)
            elif key in _VALUE_KEYS or _field(key) == ctx:
                self.levels[ctx].append(text)
                if ctx == "tp":
                    numbered = _NUMBERED_TARGET.match(key)
                    self.target_numbers.append(int(numbered.group(1)) if numbered else 0)
            elif ctx != "entry" and not _NOT_LEVEL.search(key):
                self.unread.append((key, text))

    def update_line(self) -> str:
        """The update the payload states, written as a channel writes it ("SOLUSDT close 50%",
        "ETHUSDT SL moved to 3420.5", "BTCUSDT TP2 hit ✅")."""
        coin = self.symbol or ""
        share = next((v for k, v in self.values.items() if _SHARE_KEY.search(k)), None)
        if self.update == "closed_at":
            return f"Close {coin} at {self.closed_at}"
        if self.update == "close":
            ok = share is not None and _NUMBER.match(share)
            if ok:
                return f"{coin} close {share}%"
            # a signal bot's exit names the price its alert fired at: "trigger_price": "144.1"
            at = self.values.get("triggerprice")
            return f"Close {coin} at {at}" if at and _NUMBER.match(at) else f"Close {coin} now"
        if self.update == "move_sl":
            stop = next((self.values[k] for k in _STOP_VALUE_KEYS if k in self.values), None)
            ok = stop is not None and _NUMBER.match(stop)
            return f"{coin} SL moved to {stop}" if ok else f"{coin} SL moved"
        if self.update == "tp_hit":
            n = next((self.values[k] for k in _TARGET_NUMBER_KEYS if k in self.values), "")
            return (
                f"{coin} TP{n} hit ✅"
                if n.isdigit() and int(n) <= MAX_LEVEL_INDEX
                else f"{coin} target hit"
            )
        if self.update == "sl_hit":
            return f"{coin} stopped out ❌"
        if self.update == "be":
            return f"{coin} SL moved to entry"
        return f"{coin} cancelled ❌"

    def lines(self) -> list[str]:
        head = " ".join(part for part in (self.symbol, self.side) if part)
        out = [head] if head else []
        if self.market:
            out.append("Entry: market")
        elif self.levels["entry"]:
            out.append("Entry: " + " / ".join(self.levels["entry"]))
        numbers = self.target_numbers
        if all(numbers) and len(set(numbers)) == len(numbers):
            # "tp2=…" written before "tp1=…": numbered keys place their targets by number
            self.levels["tp"] = [v for _, v in sorted(zip(numbers, self.levels["tp"], strict=True))]
        for ctx, label in (("tp", "Targets"), ("sl", "Stop loss")):
            values = self.levels[ctx] or [f"{v}%" for v in self.percent[ctx]]
            if values:
                out.append(f"{label}: " + " / ".join(values))
        if self.leverage and not self.leverage_off:
            number = _NUMBER.match(self.leverage) and self.leverage[-1] not in "xX"
            out.append(f"Leverage: {self.leverage}" + ("x" if number else ""))
        if self.margin:
            out.append(f"Margin: {self.margin}")
        return out


def _side_word(low: str) -> str | None:
    if low in ("buy", "long", "bull", "bullish") or low.endswith(("_long", "long")):
        return "LONG"
    if low in ("sell", "short", "bear", "bearish") or low.endswith(("_short", "short")):
        return "SHORT"
    return None


def _pair(text: str) -> str:
    """3Commas writes the quote first (``USDT_SOL``); a bare coin gets a hashtag."""
    if "/" in text and ":" in text:  # a unified symbol "SOL/USDT:USDT": the pair before ":"
        text = text.split(":", 1)[0]
    quote, sep, base = text.partition("_")
    if sep and quote.upper() in ("USDT", "USDC", "BUSD", "USD", "BTC") and base.isalnum():
        return f"{base}/{quote}"
    return text if len(text) > 5 or not text.isalpha() else f"#{text}"


def _printed_dict(text: str) -> Any:
    """A payload a relay printed as a Python dict (``{'symbol': 'SOLUSDT', 'tp': [145.1],
    'reduceOnly': False}``): read as literals only (never evaluated), every number written
    back as the decimal it was (``8.1688e-06`` as ``0.0000081688``); None if it is not one."""
    if "'" not in text:
        return None
    try:
        body = ast.literal_eval(text)
    except (ValueError, SyntaxError, MemoryError, RecursionError, TypeError):
        return None
    return _as_text(body)


def _as_text(node: Any) -> Any:
    if isinstance(node, dict):
        return {str(k): _as_text(v) for k, v in node.items()}
    if isinstance(node, (list, tuple)):
        return [_as_text(v) for v in node]
    if isinstance(node, bool) or node is None:
        return node
    if isinstance(node, float):
        return format(Decimal(repr(node)), "f") if math.isfinite(node) else None
    if isinstance(node, int):
        return str(node)
    return node


def _json_decimal(literal: str) -> str:
    """A JSON number as the decimal it is: serialisers write small prices in exponent form
    ("1.234e-05" for PEPE's 0.00001234); written out exactly while the exponent stays in a
    price's range, else left as written (and refused as scientific notation)."""
    if "e" not in literal and "E" not in literal:
        return literal
    value = Decimal(literal)
    return format(value, "f") if -12 <= value.adjusted() <= 9 else literal


def _payload(text: str) -> tuple[dict[str, Any], int, int] | None:
    """The JSON object (or printed dict) between the text's first "{" and last "}", with
    where it starts and ends; None when there is none."""
    start = text.find("{")
    end = text.rfind("}")
    if start < 0 or end <= start:
        return None
    try:
        body = json.loads(text[start : end + 1], parse_float=_json_decimal, parse_int=str)
    except (ValueError, RecursionError):
        body = _printed_dict(text[start : end + 1])
        if body is None:
            return None
    return (body, start, end) if isinstance(body, dict) else None


def read_payloads(text: str) -> str:
    """The text with a JSON payload it holds written as labelled lines; the text unchanged when
    it holds none, or a payload that names no level, side or pair."""
    found = _payload(text)
    if found is None:
        return text
    body, start, end = found
    return _written(body, text[:start].rstrip(), text[end + 1 :].lstrip()) or text


def unread_levels(text: str) -> list[tuple[str, str]]:
    """The numbers a payload's target or stop object holds under keys the reader does not know
    (``"takeProfit": {"activationPrice": 2.72}``, ``"sl": {"offset": 40}``), as (key, value):
    each may be a level, so a payload holding one goes to review rather than be copied
    without it. Empty when the text holds no payload."""
    found = _payload(text)
    if found is None:
        return []
    reading = _Reading()
    reading.walk(found[0], None, "")
    return reading.unread


# A flat alert string of two or more key=value pairs and nothing else, joined by commas,
# ampersands, semicolons or line breaks ("signal=long,symbol=SOLUSDT,qty=100,entry_price=148.2,
# sl_price=144.1,tp_price=152.3", "symbol=DOGEUSDT&side=sell&price=0.1234&sl=0.127")
_KEY_VALUE = r"[A-Za-z_][\w.]*[ \t]*=[ \t]*[^\s,&;=]+"
_KEY_VALUE_SEPARATOR = re.compile(r"[ \t]*[,&;\n][ \t]*")
_KEY_VALUE_STRING = re.compile(
    rf"[ \t\n]*{_KEY_VALUE}(?:[ \t]*[,&;\n][ \t]*{_KEY_VALUE}){{1,}}[,;]?[ \t\n]*"
)


def read_key_values(text: str) -> str:
    """A flat ``key=value`` alert string (TradingView alerts sent to MT5 bridges and copier
    webhooks) written as labelled lines, read by its keys as a JSON payload is; the text
    unchanged when it is not one, or names no level, side or pair."""
    if not _KEY_VALUE_STRING.fullmatch(text):
        return text
    pairs = (part.split("=", 1) for part in _KEY_VALUE_SEPARATOR.split(text.strip(" \t\n,;")))
    body = {key.strip(): value.strip() for key, value in pairs}
    return _written(body, "", "") or text


def _written(body: dict[str, Any], before: str, after: str) -> str:
    """The payload ``body`` as labelled lines between the text ``before`` and ``after`` it;
    empty when it names no level and no update."""
    reading = _Reading()
    reading.walk(body, None, "")
    if reading.went_flat and reading.held_before and len(reading.levels["entry"]) <= 1:
        # the strategy went flat: the trade it held closed whole, at the payload's price if any
        reading.update = "closed_at" if reading.levels["entry"] else "close"
        reading.closed_at = "".join(reading.levels["entry"])
        reading.levels["entry"] = []
    if reading.left and reading.side and reading.left != reading.side:
        # "action": "sell" leaving "sentiment": "long": a part of the long sold, share not
        # given: the coin and the order's side alone, for review, never a new position
        head = f"{reading.symbol or ''} {reading.side} reduces the {reading.left.lower()}"
        return "\n".join(part for part in (before, head.strip(), after) if part)
    targets = reading.levels["tp"] and reading.update != "tp_hit"  # (a hit's "tp" is its number)
    if reading.update is not None and not reading.levels["entry"] and not targets:
        # an update of a trade already open, not a new order
        return "\n".join(part for part in (before, reading.update_line(), after) if part)
    if not any(reading.levels.values()) and not reading.market:
        if reading.symbol and reading.side and "tvinstrument" in reading.values:
            # a signal bot's entry with no level ("enter_long" on "tv_instrument"): its coin and
            # side alone, for review, never talk
            return "\n".join(
                part for part in (before, f"{reading.symbol} {reading.side}", after) if part
            )
        return ""
    if before.endswith("```json") or before.endswith("```"):
        before = before[: before.rfind("```")].rstrip()
    if after.startswith("```"):
        after = after[3:].lstrip()
    return "\n".join(part for part in (before, *reading.lines(), after) if part)


_SIGNAL_KEYS = _SYMBOL | _SIDE


def _signal_objects(node: Any) -> int:
    """How many signal objects a payload holds: an object with a pair or side key of its own
    is one; a list, or an object of other keys ("signals": [...]), holds those inside (a
    target's ``{"price": …}`` is none)."""
    if isinstance(node, dict):
        if any(_norm(str(key)) in _SIGNAL_KEYS for key in node):
            return 1
        return sum(_signal_objects(v) for v in node.values() if isinstance(v, (dict, list)))
    if isinstance(node, list):
        return sum(_signal_objects(item) for item in node)
    return 0


def payload_signals(text: str) -> int:
    """How many signal objects the JSON payloads of the text hold, over every payload written
    one after another ('{…}\\n{…}'), in an array ('[{…}, {…}]') or in a list under a key
    ('{"signals": [{…}, {…}]}'). Only the first payload is written as lines by
    :func:`read_payloads`; a text holding more than one signal is several trades."""
    decoder = json.JSONDecoder()
    count = 0
    at = 0
    size = len(text)
    while at < size:
        brace, bracket = text.find("{", at), text.find("[", at)
        starts = [p for p in (brace, bracket) if p >= 0]
        if not starts:
            break
        start = min(starts)
        try:
            body, end = decoder.raw_decode(text, start)
        except (ValueError, RecursionError):
            at = start + 1
            continue
        count += _signal_objects(body)
        at = end
    return count
