"""Webhook bodies relayed as a query string, the way a TradingView alert is sent to a relay as
form data and posted as it came: "action=close&symbol=SOLUSDT&percent=50&price=152.3" (that share
closed there), "action=move_sl&symbol=SOLUSDT&sl=146.8" (the new stop), "event=heartbeat&…"
(the relay is alive: talk). The same pairs joined by commas or spaces, the action under
"signal" or "cmd": "signal=modify,symbol=TRXUSDT,sl_price=0.11988" (a stop change), "signal=close
symbol=ETHUSDT qty_percent=50" (half closed). A change of targets ("set_tp", "modify" with a
"tp_price") and an action the relay names but this reading does not know, beside a level, go to
review: never talk, never a guess. A call's body ("symbol=…&side=buy&price=…&tp=…&sl=…") and a whole
close are left to the general reading, whose labels read them; a share the body does not give
as 1 to 100 percent goes to review."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.market_parses import one_action_follow_up
from tradermanager.sources.signal_parser.model import FollowUpAction, MessageKind, ParsedMessage
from tradermanager.sources.signal_parser.symbols import find_symbol

# one key=value pair of the body, "&", a comma, a space or the text's end after it
_PAIR = re.compile(r"(?<![\w=])([a-z][a-z_]{0,19})=([^&\s,]+)(?=[&,\s]|$)")
# the keys a relay names its action under
_ACTION_KEYS = ("action", "signal", "cmd", "command")
_PRICE = re.compile(r"\d+(?:\.\d+)?")
_SHARE_KEYS = ("percent", "pct", "close_percent", "qty_percent", "percentage")
_STOP_MOVES = ("move_sl", "update_sl", "set_sl", "modify_sl", "move_stop", "update_stop")
# a change whose kind its keys tell: a stop key alone is a stop move
_CHANGES = ("modify", "update", "amend", "edit")
_STOP_KEYS = ("sl", "stop_loss", "stoploss", "stop", "sl_price", "stop_price", "new_sl")
# a target's key: no follow-up moves targets, a change of them is the reader's to check
_TARGET_KEYS = ("tp", "tp_price", "take_profit", "takeprofit", "tp1", "new_tp")
# actions the general reading reads (a call's side, a whole close, a cancel): left to it
_READ_ELSEWHERE = re.compile(r"(?:long|short|buy|sell|open|enter|entry|close|exit|cancel|flat)")
_HEARTBEATS = ("heartbeat", "ping", "keepalive")

_TALK = ParsedMessage(
    MessageKind.NOT_SIGNAL, reason="A relay's heartbeat: no order, the relay is alive."
)


def may_be_query(text: str) -> bool:
    """The cheap test: a body of several pairs ("&"-joined, or at least two "=")."""
    return "=" in text and ("&" in text or text.count("=") >= 2)


def _price(value: str | None) -> float | None:
    return float(value) if value is not None and _PRICE.fullmatch(value) else None


def query_body(text: str) -> ParsedMessage | None:
    """``text`` as the close, stop or heartbeat its query-string body states, or None."""
    low = text.lower()
    pairs: dict[str, str] = {}
    for key, value in _PAIR.findall(low):
        pairs.setdefault(key, value)
    if len(pairs) < 2:
        return None
    if pairs.get("event") in _HEARTBEATS or pairs.get("action") in _HEARTBEATS:
        return _TALK
    action = next((pairs[k] for k in _ACTION_KEYS if k in pairs), None)
    if action is None:
        return None
    coin = pairs.get("symbol") or pairs.get("ticker") or pairs.get("pair")
    found = find_symbol(coin.upper()) if coin else None
    if found is None:
        return None
    market = found.market
    share = next((pairs[k] for k in _SHARE_KEYS if k in pairs), None)
    if action in ("close", "exit") and share is not None:
        part = _price(share)
        if part is None or not 0 < part <= 100:
            return ParsedMessage(
                MessageKind.NEEDS_REVIEW,
                reason=f"A close whose share ({share}) is no percentage: check it.",
                symbol=market.base,
            )
        return one_action_follow_up(
            market,
            FollowUpAction.CLOSE,
            close_fraction=part / 100,
            price=_price(pairs.get("price")),
        )
    targets = any(k in pairs for k in _TARGET_KEYS)
    if action in _STOP_MOVES or (action in _CHANGES and not targets):
        stop = next((_price(pairs[k]) for k in _STOP_KEYS if k in pairs), None)
        if stop is None:
            return None
        return one_action_follow_up(market, FollowUpAction.STOP_MOVED, new_stop=stop)
    if _READ_ELSEWHERE.match(action):
        return None
    if targets or any(k in pairs for k in (*_STOP_KEYS, "price")):
        # "action=set_tp,symbol=…,tp_price=…", "signal=modify,…,tp_price=…,sl_price=…",
        # "action=trail,…,sl=…": a level the copy cannot place with a known action
        return ParsedMessage(
            MessageKind.NEEDS_REVIEW,
            reason=f"A relay's '{action}' naming a level: check what it changes.",
            symbol=market.base,
        )
    return None
