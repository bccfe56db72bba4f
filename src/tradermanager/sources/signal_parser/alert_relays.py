"""What an alert carries along when it reaches a channel by e-mail or from a charting site.

* A mail's header lines (``From:``, ``To:``, ``Cc:``, ``Sent:``, ``Date: Sat, 5 Dec 2026
  14:32:10 +0000``) and a forwarded-message rule hold a day, a year and a clock, never a level:
  they are dropped when the text is a mail (two header lines, or one beside a ``Subject:`` or a
  forwarded-message rule). The subject stays: it often names the pair and the side
  (``Fwd: [Alert] TRXUSDT SELL triggered``). A ``From:`` or ``To:`` holding one word in
  capitals is a status change's field (``From: OPEN`` / ``To: STOPPED``), no header.
* A mail client's ``On Sat, Dec 5, 2026 at 2:32 PM … wrote:`` line over a forwarded alert is
  dropped, and the alert's lines under it lose their quote marks (they are the mail, not a
  reply to it).
* A chart alert's timeframe (``Interval: 60``, ``Timeframe: 240``, ``TF: 15m``) is no price.
* TradingView names a market with its exchange (``BINANCE:TIAUSDT.P``, ``BYBIT:SOLUSDT``):
  the exchange is dropped, the ticker stays.
* An alert whose placeholders were filled in (``{{exchange}}:{{ticker}}, {{interval}}``) puts
  the chart's bar length after the ticker: ``BYBIT:SOLUSDT.P, 240``, ``SOLUSDT.P | 15``,
  ``OKX:ETHUSDT.P (60)``. After a ticker written the TradingView way (an exchange before it or
  ``.P`` after it), one of TradingView's intervals is no price and is dropped.
* An indicator's settings in brackets (``SuperTrend (10, 3)``, ``EMA(21, 55)``, ``BB (20, 2)``)
  are no prices: the brackets are dropped, the indicator's name stays. (One period alone,
  ``RSI(14)``, is read as before.)
"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import holds_any

# (not a status change's "From: OPEN" / "To: STOPPED": one word in capitals, a state)
_HEADER = re.compile(
    r"^[^\S\n]*(?:from|to|cc|bcc|sent|date|reply-to)[^\S\n]*:"
    r"(?![^\S\n]*(?-i:[A-Z][A-Z0-9_]*)[^\S\n]*(?:\n|$))[^\n]*(?:\n|$)",
    re.I | re.M,
)
_RULE = re.compile(r"^[^\S\n]*-{3,}[^\S\n]*(?:forwarded|original)[^\n]*(?:\n|$)", re.I | re.M)
# a mail client's line over the mail it forwards or answers ("On Sat, Dec 5, 2026 at 2:32 PM
# TradingView <noreply@tradingview.com> wrote:"): a date and a clock, and the lines under it
# are the mail itself, their quote marks no reply's
_ATTRIBUTION = re.compile(r"^[^\S\n]*on[^\S\n][^\n]{6,160}wrote:[^\S\n]*$", re.I | re.M)
_QUOTE_MARK = re.compile(r"^[^\S\n]*>[^\S\n]?", re.M)
_SUBJECT = re.compile(r"^[^\S\n]*(?:subject|fwd|fw)[^\S\n]*:", re.I | re.M)
_TIMEFRAME = re.compile(
    r"^[^\S\n]*(?:interval|timeframe|time[^\S\n]*frame|tf|resolution)[^\S\n]*[:=][^\S\n]*"
    r"\d{1,4}[^\S\n]*(?:[smhdw]|min|mins|minutes?|hours?)?[^\S\n]*(?:\n|$)",
    re.I | re.M,
)
# a TradingView ticker and the chart interval after it ("BYBIT:SOLUSDT.P, 240", "SOLUSDT.P |
# 15", "OKX:ETHUSDT.P (60)"): bare minutes from TradingView's list, or "4h", "1D", "W"; or
# after a space when a dash follows it, as an alert's "{{ticker}} {{interval}} — …" writes it
# ("BINANCE:DOTUSDT.P 5 — SHORT @ 6.813")
_INTERVAL = r"(?:1|3|5|15|30|45|60|120|180|240|360|480|720|\d{1,2}[mhHdDwW]|[DWM])"
_CHART_INTERVAL = re.compile(
    r"(?P<ticker>(?:[A-Z]{2,12}:[A-Z0-9]{2,20}(?:USDT|USDC|BUSD|USD|PERP)(?:\.P)?)"
    r"|[A-Z0-9]{2,20}(?:USDT|USDC|BUSD|USD|PERP)\.P)"
    r"(?:[^\S\n]*(?:,|\||(?P<open>\())[^\S\n]*" + _INTERVAL + r"(?(open)[^\S\n]*\))(?![\w.,])"
    r"|[^\S\n]+" + _INTERVAL + r"(?=[^\S\n]+[—–][^\S\n]))"
)
_INDICATOR_PARTS = ("rend", "RSI", "EMA", "SMA", "MACD", "ATR", "BB", "toch", "ollinger")
_INDICATOR_SETTINGS = re.compile(
    r"(?P<name>(?<![\w])(?:super[^\S\n]?trend|[ESW]MA|RSI|MACD|ATR|BB|stoch(?:astic)?(?:[^\S\n]RSI)?"
    r"|bollinger(?:[^\S\n]bands?)?))[^\S\n]*\([^\S\n]*\d{1,3}(?:\.\d{1,2})?"
    r"(?:[^\S\n]*[,/;][^\S\n]*\d{1,3}(?:\.\d{1,2})?){1,3}[^\S\n]*\)",
    re.I,
)
# an exchange's name before a ticker (TradingView's "EXCHANGE:TICKER"): found from its colon
_TICKER_AFTER_COLON = re.compile(r":(?=[A-Z0-9]{2,20}(?:USDT|USDC|BUSD|USD|PERP)(?:\.P)?(?![\w]))")
_EXCHANGES = frozenset(
    [
        "BINANCE", "BINANCEUS", "BYBIT", "OKX", "OKEX", "BITGET", "MEXC", "KUCOIN", "GATEIO",
        "GATE", "BINGX", "COINBASE", "KRAKEN", "BITMEX", "PHEMEX", "HTX", "HUOBI", "BITFINEX",
        "BITSTAMP", "DERIBIT", "POLONIEX", "BLOFIN", "WOOX",
    ]
)  # fmt: skip


def may_be_mail(text: str) -> bool:
    """A literal test: whether ``text`` may hold a mail header line."""
    return "\n" in text and ("rom:" in text or "ate:" in text or "ent:" in text or "ROM:" in text)


def without_mail_headers(text: str) -> str:
    """``text`` without a mail's header lines and forwarded-message rule (see above)."""
    headers = len(_HEADER.findall(text))
    if headers >= 2 or (headers == 1 and (_SUBJECT.search(text) or _RULE.search(text))):
        text = _RULE.sub("", _HEADER.sub("", text))
    return text


def without_mail_attribution(text: str) -> str:
    """``text`` without a mail client's "On … wrote:" line; the quote marks of the lines
    after it are dropped (the forwarded alert itself)."""
    m = _ATTRIBUTION.search(text)
    if m is None:
        return text
    return text[: m.start()] + _QUOTE_MARK.sub("", text[m.end() :])


def may_name_timeframe(text: str) -> bool:
    return "nterval" in text or "NTERVAL" in text or "frame" in text or "TF:" in text


def without_timeframe_lines(text: str) -> str:
    return _TIMEFRAME.sub("", text)


def may_name_interval(text: str) -> bool:
    """A literal test: a ticker written the TradingView way (an exchange's colon or ``.P``,
    a quote ending in USD… or PERP) may stand before a comma, a bar or a bracket and an
    interval, or before an interval and a dash. Every text ``_CHART_INTERVAL`` can match
    passes it."""
    return (
        (":" in text or ".P" in text)
        and ("USD" in text or "PERP" in text)
        and ("," in text or "|" in text or "(" in text or "—" in text or "–" in text)
    )


# What every match of _CHART_INTERVAL holds: the quote closing its ticker ("USD", "USDT",
# "USDC", "BUSD", "PERP", ".P" perhaps), then a comma, a bar or a bracket, or an interval's one
# to three letters and digits before a dash. It opens with a literal the engine skips ahead to;
# the pattern above opens with a class of capitals, tried at every one of them.
_QUOTE_BEFORE_INTERVAL = re.compile(
    r"(?:USD|PERP)[TC]?(?:\.P)?(?:[^\S\n]*[,|(]|[^\S\n]+[0-9A-Za-z]{1,3}[^\S\n]+[—–])"
)


def without_chart_interval(text: str) -> str:
    """``BYBIT:SOLUSDT.P, 240`` → ``BYBIT:SOLUSDT.P`` (see above)."""
    if _QUOTE_BEFORE_INTERVAL.search(text) is None:
        return text  # (what the substitution returns when nothing matches)
    return _CHART_INTERVAL.sub(r"\g<ticker>", text)


def may_name_indicator(text: str) -> bool:
    return "(" in text and holds_any(text, _INDICATOR_PARTS)


def without_indicator_settings(text: str) -> str:
    """``SuperTrend (10, 3)`` → ``SuperTrend`` (see above)."""
    return _INDICATOR_SETTINGS.sub(r"\g<name>", text)


def without_exchange_prefix(text: str) -> str:
    """``BINANCE:TIAUSDT.P`` → ``TIAUSDT.P`` (only a known exchange's name before the colon)."""
    out: list[str] = []
    last = 0
    for m in _TICKER_AFTER_COLON.finditer(text):
        start = m.start()
        while start > 0 and text[start - 1].isascii() and text[start - 1].isupper():
            start -= 1
        if text[start : m.start()] in _EXCHANGES and (start == 0 or not text[start - 1].isalnum()):
            out.append(text[last:start])
            last = m.end()
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)
