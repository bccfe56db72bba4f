"""A bot's own error posted into the channel: a Python traceback ("Traceback (most recent call
last): … ccxt.base.errors.InsufficientFunds: binance {"code":-2019,…}"), an exception raised
while placing an order ("Exception in open_position(SOLUSDT, LONG, 148.2): InvalidOrder"), a
logger's ERROR or WARNING line ("ERROR | … | place_order SOLUSDT BUY 12.5 @ 148.2 failed:
timeout"), an HTTP error status ("HTTP 502 from api.bybit.com while setting SL 144.1") and an
exchange's error body ({"retCode":110007,"retMsg":"…","price":"148.2"}). Each names a coin, a
side and a price the general reading takes for a call or an update; none is one. The
channel's trade stands as it was: talk."""

from __future__ import annotations

import re

_S = r"[^\S\n]"


def may_be_bot_error(text: str) -> bool:
    """The cheap literal test (a chain of ``in``, in the case bots write them)."""
    return (
        "raceback" in text
        or "xception" in text
        or "ERROR" in text
        or "WARN" in text
        or "HTTP" in text
        or "etCode" in text
        or '"code"' in text
    )


_ERROR = re.compile(
    rf"^\W*traceback{_S}*\(most{_S}+recent{_S}+call{_S}+last\)"
    # an exception raised inside the bot's own function: "Exception in open_position(…)"
    rf"|(?<![\w])exception{_S}+(?:in|while|during){_S}+[\w.]+\("
    # a logger's level between separators: "ERROR | …", "[WARNING] …", "… | WARN | …"
    rf"|(?:^|\|){_S}*\[?(?:error|warn|warning|critical)\]?{_S}*(?:\||\]|:)"
    # an HTTP error status: "HTTP 502 from api.bybit.com", "http/1.1 429"
    rf"|(?<![\w])http(?:/\d(?:\.\d)?)?{_S}*[45]\d\d(?![\w])"
    # an exchange's error body: {"retCode":110007,"retMsg":…}, {"code":-2019,"msg":…}
    rf"|\"ret_?code\"{_S}*:{_S}*[1-9]|\"code\"{_S}*:{_S}*-\d+{_S}*,{_S}*\"msg\"",
    re.M,
)


def bot_error(low: str) -> str | None:
    """The reason when the lower-cased ``low`` is a bot's own error, else None."""
    if _ERROR.search(low) is None:
        return None
    return "A bot's own error (a traceback, an error line or an exchange's error body): talk."
