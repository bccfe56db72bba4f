"""Levels read off a market tool or a forecast, with no order: a liquidation heatmap's clusters
("big LONG liquidation cluster at …, shorts stacked above …", "Liq levels #ETH (50x) / Longs: …
/ Shorts: …"), a bank's or an analyst's forecast cases ("Bull case …, bear case …, base case …",
"raises DOGE year-end target to … from …"), CME gaps and seasonality ("Friday CME close …, Sunday
open …", "monthly returns"), indicator readouts ("VWAP … | POC … | VAH … | VAL …", "21 EMA at
…", "Golden pocket …") and order-book walls ("the LINK sell wall at … got pulled", "Huge buy
orders stacked at …", "Someone keeps refreshing a … sell order at …").

The general reading finds a side word (longs' liquidations, a sell wall) or prices under no
label and sends them to review. Checked only on a reading sent to review with no stop and no
targets — or, for a forecast's revision or cases, targets with no stop — behind
:data:`READOUT_HINT`. A side read from the text is kept to review unless the words say whose
orders or whose forecast these are (a wall, a cluster, a forecaster's case): "LONG ETH at the
21 EMA" stays to review."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import AnyCaseWords

# the gate: a part of every match of _READOUT, in any case
READOUT_HINT = AnyCaseWords(
    (
        *("liq", "heat", "case", "target", "forecast", "scenario", "fair", "cme", "seasonal"),
        *("monthly", "historically", "vwap", "poc", "vah", "val", "ema", "sma", "pocket"),
        *("fib", "bollinger", "volume", "wall", "stacked", "spoof", "someone", "bid", "ask"),
    )
)
_S = r"[^\S\n]+"
_READOUT = re.compile(
    r"(?<![\w])(?:"
    # a liquidation heatmap's clusters, another trader's liquidations
    r"(?P<liq>liq(?:uidation)?s?" + _S + r"(?:heat[^\S\n]?map|map|levels?|density|clusters?"
    r"|pools?)|(?:long|short)" + _S + r"liq(?:uidation)?s?(?:" + _S + r"(?:clusters?|density"
    r"|levels?))?|heat[^\S\n]?map)"
    # a forecaster's cases and revisions
    r"|(?P<forecast>(?:bull|bear|base)(?:[^\S\n]|-)+case|year(?:[^\S\n]|-)?end"
    + _S
    + r"(?:target|forecast)|fair"
    + _S
    + r"value|(?:downside|upside)"
    + _S
    + r"scenario"
    r"|scenario"
    + _S
    + r"table|(?:raises|lifts|cuts|lowers)"
    + _S
    + r"(?:\S+"
    + _S
    + r"){0,3}?target)"
    # CME gaps and seasonality
    r"|(?P<cme>cme" + _S + r"(?:gaps?|close|open)|seasonality|monthly" + _S + r"returns"
    r"|historically)"
    # indicator readouts
    r"|(?P<indicator>vwap|poc|vah|val|\d+(?:[^\S\n]?[dhw])?" + _S + r"(?:ema|sma)"
    r"|ema" + _S + r"ribbon|golden" + _S + r"pocket|fib(?:onacci)?" + _S + r"levels?"
    r"|bollinger|volume" + _S + r"(?:profile|node))"
    # order-book walls and others' orders
    r"|(?P<book>(?:bid|ask|buy|sell)"
    + _S
    + r"walls?|(?:buy|sell)"
    + _S
    + r"orders"
    + _S
    + r"stacked|spoof\w*|(?:bids|asks)"
    + _S
    + r"(?:thick|thin)|(?:ask|bid)"
    + _S
    + r"side"
    r"|someone" + _S + r"(?:keeps|is|was)" + _S + r"\w+ing)"
    r")(?![\w])"
)
_REASONS = {
    "liq": "A liquidation map's clusters",
    "forecast": "A forecast's cases or target revision",
    "cme": "A CME gap or a seasonality table",
    "indicator": "An indicator readout",
    "book": "Other traders' orders in the order book",
}
# the readouts that say whose side it is (another trader's orders or liquidations, a
# forecaster's case): only these may turn a reading with a side into talk
_THEIR_SIDE = ("liq", "forecast", "book")
# an entry's label at a line's start: an indicator beside it does not make the card a readout
_ENTRY_LABEL = re.compile(r"^[^\S\n]*(?:entry|entries|buy|sell)\b[^\n]*?[:=@]", re.M)


def market_readout(low: str, has_side: bool, has_targets: bool) -> str | None:
    """The reason when the lower-cased ``low`` reads levels off a market tool or a forecast;
    ``has_side`` / ``has_targets``: whether the general reading found a side / targets."""
    m = _READOUT.search(low)
    if m is None or m.lastgroup is None:
        return None
    kind = m.lastgroup
    if has_side and kind not in _THEIR_SIDE:
        return None
    if has_targets and kind != "forecast":
        return None
    if kind == "indicator" and _ENTRY_LABEL.search(low):
        return None  # "Entry: 3,728.87" beside "VWAP: 3,621.01": an order's entry, to review
    return f"{_REASONS[kind]} (“{m.group()}”), no order: talk."
