"""Which market a message is about: ``#BTC/USDT``, ``$SOL``, ``BTCUSDT``, ``BTC-PERP``,
``BTCUSD_PERP``, ``1000PEPEUSDT``, ``Pair: XRP``, or a bare ``sol`` next to a side word.

Each exchange's own spelling is read as the contract it names (OKX ``BTC-USDT-SWAP`` and
``BTC-USD-SWAP``, Bitget ``BTCUSDT_UMCBL``, KuCoin ``XBTUSDTM``; TradingView's ``.P`` is
dropped where the pair is found); the best-known coins are also read by name ("Bitcoin",
"ether"). A pair quoted in BTC or ETH (``ETH/BTC``) keeps that quote, so the reader can send
its prices — not dollars — to review."""

from __future__ import annotations

import itertools
import json
import re
import string
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from tradermanager.domain.errors import ValidationError
from tradermanager.domain.tokens import (
    Market,
    MarketKind,
    list_token,
    multiplier_of,
    parse_market,
)
from tradermanager.sources.signal_parser.lexicon import (
    COINM_WORDS,
    LONG_WORDS,
    SHORT_WORDS,
    SPOT_WORDS,
    SPOT_WORDS_CJK,
    SPOT_WORDS_OTHER,
    UNSPACED_LONG,
    UNSPACED_SHORT,
)
from tradermanager.sources.signal_parser.literal_first import holds_any
from tradermanager.sources.signal_parser.numbers import lowered

_QUOTES = r"USDT|USDC|BUSD|FDUSD|TUSD|USD|BTC|ETH"
# Pair labels written as words (a word label ends where its word ends: "partial" is no "par"
# before "tial"), and those of scripts written without spaces.
_PAIR_WORDS = (
    "pair",
    "coin",
    "symbol",
    "asset",
    "token",
    "ticker",  # a bot's "ticker: KAITO" (with its separator only: "ticker tape" is no coin)
    "par",
    "moeda",
    "moneda",
    "монета",
    "пара",
    "koin",
    "العملة",
    "arz",  # Persian "ارز" (currency) in Latin letters, as Finglish cards label the coin
    "ارز",
)
_PAIR_UNSPACED = ("币种", "交易对", "코인", "종목", "銘柄", "通貨ペア", "เหรียญ")
_PAIR_LABEL = re.compile(
    r"(?<![\w])(?:(?:" + "|".join(_PAIR_WORDS) + r")(?![\w])|" + "|".join(_PAIR_UNSPACED) + ")"
    r"\s*[:\-=：]?\s*[#$]?([A-Za-z0-9]{2,15})(?![\w])",
    re.I,
)
# Where a pair label may start, looked for in the lower-cased text: the pattern above is
# case-insensitive and opens with a look-behind, so the regex engine tries it at every
# position (about 12 µs a message); this one opens with a plain character, so the engine
# skips ahead to one, and the pattern above is then tried only where it found one. The
# letters that case-insensitive matching takes for another than their lower case stand beside
# it ("ſ" for "s", "ı" for "i", "ᲂ" for "о", "ᲄ" and "ᲅ" for "т"; "İ" is lower-cased to "i").
_CASE_FOLDS = {"i": "ı", "s": "ſ", "о": "ᲂ", "т": "ᲄᲅ"}


def _folded(ch: str) -> str:
    return f"[{ch}{_CASE_FOLDS[ch]}]" if ch in _CASE_FOLDS else re.escape(ch)


_PAIR_LABEL_START = re.compile(
    "|".join(
        re.escape(first) + "".join(map(_folded, word[1:]))
        for word in _PAIR_WORDS + _PAIR_UNSPACED
        for first in word[0] + _CASE_FOLDS.get(word[0], "")
    )
)


# a pair label's separator before its coin ("Par: sol/usdt"); without one, a word in small
# letters after "par" is no coin ("SL entry price par le aao": Hindi and Urdu "on")
_PAIR_SEPARATED = re.compile(r"[:\-=：#$]")


def _pair_labels(text: str, lower: str) -> list[re.Match[str]]:
    """What ``_PAIR_LABEL.finditer(text)`` finds, tried only where a label may start
    (``lower`` is the text lower-cased with every position kept)."""
    out = []
    at = 0
    while (start := _PAIR_LABEL_START.search(lower, at)) is not None:
        m = _PAIR_LABEL.match(text, start.start())
        if m is None:
            at = start.start() + 1
        else:
            out.append(m)
            at = m.end()
    return out


# (each looked for with a substring test: faster than a regex of them all, which the engine
# tries at every "p", "c", "s", "a", "m" and "k" of the text)
_PAIR_HINTS = ("par", "coin", "symbol", "asset", "token", "ticker", "moed", "moned", "koin", "arz")
# the same words in other scripts, looked for only in a text that is not all ASCII
_PAIR_HINT_WIDE = re.compile(r"монет|пар|العملة|ارز|币种|交易对|코인|종목|銘柄|通貨|เหรียญ")
_QUOTE_NAMES = ("usdt", "usdc", "busd", "fdusd", "tusd", "usd", "btc", "eth")
_QUOTE_FIRST = frozenset(name[0] for name in _QUOTE_NAMES)
# Quotes whose prices are not in dollars: such a pair is spot, and its prices are in the coin.
COIN_QUOTES = ("BTC", "ETH")
# The best-known coins by the names channels write instead of the ticker ("Bitcoin long",
# "short on ether at …"). Only names that are no ordinary word: "near", "ripple" as a name
# is fine, "link" or "dot" as a name is the ticker itself.
COIN_NAMES = {
    "BITCOIN": "BTC",
    "ETHEREUM": "ETH",
    "ETHER": "ETH",
    "SOLANA": "SOL",
    "RIPPLE": "XRP",
    "DOGECOIN": "DOGE",
    "CARDANO": "ADA",
    "AVALANCHE": "AVAX",
    "CHAINLINK": "LINK",
    "POLKADOT": "DOT",
    "LITECOIN": "LTC",
    "TRON": "TRX",
    "ARBITRUM": "ARB",
    "OPTIMISM": "OP",
    "APTOS": "APT",
    "INJECTIVE": "INJ",
    "CELESTIA": "TIA",
    "COSMOS": "ATOM",
    "UNISWAP": "UNI",
    "STELLAR": "XLM",
    "TONCOIN": "TON",
    "SHIBA": "SHIB",
    "BITCOINCASH": "BCH",
    "FILECOIN": "FIL",
    "HEDERA": "HBAR",
    "ALGORAND": "ALGO",
    "MONERO": "XMR",
    "KASPA": "KAS",
    "DOGWIFHAT": "WIF",
    "FANTOM": "FTM",
    "TEZOS": "XTZ",
    "ARWEAVE": "AR",
}
_NAMED_TICKERS = frozenset(COIN_NAMES.values())
# Coins whose name is two words, the first of which alone names another coin ("Bitcoin Cash"
# is no Bitcoin) or an ordinary word ("Cash", "Classic"): read as one name.
TWO_WORD_NAMES = {
    ("BITCOIN", "CASH"): "BCH",
    ("BITCOIN", "SV"): "BSV",
    ("ETHEREUM", "CLASSIC"): "ETC",
    ("ETHER", "CLASSIC"): "ETC",
    ("WRAPPED", "BITCOIN"): "WBTC",
    ("SHIBA", "INU"): "SHIB",
    ("INTERNET", "COMPUTER"): "ICP",
    ("NEAR", "PROTOCOL"): "NEAR",
}
_TWO_WORD_PARTS = frozenset(w for pair in TWO_WORD_NAMES for w in pair)
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")
_PREVIOUS_WORD = re.compile(r"([A-Za-z]+)[ \t]+$")
# Words that stand between a side word and a price without naming a coin ("long near 148",
# "short term 0.45"): a coin after the side word in lower case must be none of them.
_SIDE_FILLERS = frozenset(
    [
        "above",
        "below",
        "near",
        "under",
        "over",
        "term",
        "more",
        "again",
        "back",
        "some",
        "here",
        "there",
        "now",
        "then",
        "only",
        "also",
        "price",
        "zone",
        "area",
        "limit",
        "market",
        "order",
        "entry",
        "position",
        "positions",
        "trade",
        "trades",
        "setup",
        "scalp",
        "from",
        "around",
        "at",
        "on",
        "the",
        "a",
        "an",
        "this",
        "that",
        "it",
        "its",
        "ratio",
        "squeeze",
        "bias",
        "call",
        "calls",
        "idea",
        "side",
        "sellers",
        "buyers",
        "pressure",
        "volume",
        "wall",
        "interest",
        "covering",
        "signals",
        "liquidations",
        "liquidation",
        "wick",
        "wicks",
        "candle",
        "candles",
        "trend",
        "liquidity",
        "yesterday",
        "today",
        "tomorrow",
        "week",
        "since",
        "till",
        "until",
        "after",
        "before",
        "later",
        "soon",
        "tonight",
        "instead",
        "first",
        "either",
        "everything",
        "anything",
        "too",
        *("between", "into", "inside", "within", "towards", "toward", "via", "if", "when"),
    ]
)
# Words that stand before a side word without naming a coin ("went long", "still short",
# "we are long"): a word there in small letters is none of them.
_BEFORE_SIDE_FILLERS = frozenset(
    [
        "go",
        "going",
        "went",
        "gone",
        "stay",
        "staying",
        "stayed",
        "still",
        "be",
        "being",
        "been",
        "get",
        "got",
        "getting",
        "are",
        "am",
        "is",
        "was",
        "were",
        "we",
        "you",
        "they",
        "not",
        "no",
        "so",
        "too",
        "very",
        "also",
        "just",
        "now",
        "already",
        "currently",
        "remain",
        "remains",
        "turned",
        "turn",
        "turning",
        "flip",
        "flipped",
        "flipping",
        "add",
        "added",
        "adding",
        "took",
        "taking",
        "open",
        "opened",
        "opening",
        "bias",
        "bullish",
        "bearish",
    ]
)
# a price right after a coin in small letters, or after its entry word ("long pepe 0.0000123",
# "short ltc entry 88.66", "long sol entry: 148.2")
_PRICE_AFTER = re.compile(
    r"[ \t]*(?:(?:@[ \t]*|at[ \t]+|:[ \t]*|(?:entry|ent|e)[ \t]*[:=@]?[ \t]*)?\$?\.?\d|\n|$)", re.I
)
_SIDE_WORD = re.compile(r"(?:" + LONG_WORDS + "|" + SHORT_WORDS + r")", re.I)


@lru_cache(maxsize=4096)
def _is_side_word(word: str) -> bool:
    """Whether ``word`` is a side word as a whole, remembered: asked of nearly every market
    found (its base), and the few bases channels name come again and again, while the regex
    of every language's side words takes about 1.5 µs to refuse one."""
    return _SIDE_WORD.fullmatch(word) is not None


_QUOTE_WORDS = frozenset(("USDT", "USDC", "BUSD", "FDUSD", "TUSD", "USD", "PERP"))
# Exchange spellings around a joined pair: Bitget's product suffixes, KuCoin's "M" contracts.
_BITGET_TAILS = {"umcbl": "USDT", "dmcbl": "USD", "cmcbl": "USDC"}
# trust of each way of naming a market, best first
COIN_M, SLASH_PAIR, PERP, JOINED_PAIR, TAGGED, LABELLED = range(6)
_SIDE = LONG_WORDS + "|" + SHORT_WORDS + "|" + UNSPACED_LONG + "|" + UNSPACED_SHORT
_BARE_AROUND_SIDE = (
    # ("FHE: accumulating below 0.0714": a coin in capitals, a colon, an accumulation verb;
    # "MOODENG — Long (swing)": a coin in capitals, a long dash, the side word)
    re.compile(
        r"(?<![\w#$])([A-Za-z0-9]{2,10})(?=\s+(?:" + _SIDE + r")(?![\w])"
        r"|(?<=(?-i:[A-Z0-9]{2}))[^\S\n]+[—–][^\S\n]+(?:" + _SIDE + r")(?![\w])"
        r"|(?<=(?-i:[A-Z0-9])):[ \t]+(?-i:[Aa])ccumulat(?:e|ing)[ \t]+(?:below|under)[ \t]+\$?\d)",
        re.I,
    ),
    # (after "on" and its Scandinavian, German, Spanish and Portuguese words: "long på SOL",
    # "short auf ARB", "Compra spot de MOODENG", "short en ETH", "long no SOL"; not Dutch "op",
    # the coin OP)
    re.compile(
        r"(?<![\w])(?:" + _SIDE + r")\s+(?:spot\s+)?(?:(?:on|på|paa|auf|de|en|em|no|na)\s+)?"
        r"([A-Za-z0-9]{2,10})(?![\w])",
        re.I,
    ),
)
# A callout bot's past-tense side verb, a coin in capitals and "@" with the price or M, the
# market ("LONGED RENDER @ 6.514 3x SL …", "SHORTED PNUT @ M"): the bot writes the coin there
# whether or not a list holds it yet. Its quick test: "ED " in the text.
_BARE_AFTER_CALLOUT_VERB = (
    re.compile(
        r"(?<![\w#$])(?:LONGED|SHORTED)[^\S\n]+([A-Z][A-Z0-9]{1,9})"
        r"(?=[^\S\n]+@[^\S\n]*(?:\$?\d|M(?![\w])))"
    ),
)
# a coin in capitals written against a Chinese or Japanese side word, no space between them
# ("SOL现价做多", "ETH市价开空", "做多SOL，止盈 …"): those scripts put none between words (the
# market's price, 现价 / 市价, may stand between); else, in a text that holds such a side word,
# a coin in capitals written against a Chinese character ("SEI在0.4426附近做多": "at … near")
_UNSPACED_SIDE = UNSPACED_LONG + "|" + UNSPACED_SHORT
_BARE_GLUED_UNSPACED = re.compile(
    r"(?<![A-Za-z0-9#$])([A-Z0-9]{2,10})[^\S\n]*(?:现价|市价|現價|市價)?(?:" + _UNSPACED_SIDE + ")"
    r"|(?:" + _UNSPACED_SIDE + r")[^\S\n]*([A-Z0-9]{2,10})(?![A-Za-z0-9])"
)
_BARE_BEFORE_HAN = re.compile(r"(?<![A-Za-z0-9#$])([A-Z0-9]{2,10})(?=[\u3400-\u9fff])")
# a coin in capitals before a Devanagari side word ("🚀 TIA लॉन्ग (LONG)", "FHE खरीदें"): the
# word's last letter is a combining mark, no end of a regex word
_DEVANAGARI_SIDES = ("लॉन्ग", "लांग", "लाँग", "शॉर्ट", "खरीदें", "खरीदो", "बेचें", "बेचो")
_BARE_BEFORE_DEVANAGARI_SIDE = re.compile(
    r"(?<![A-Za-z0-9#$])([A-Z0-9]{2,10})[^\S\n]+(?:"
    + "|".join(_DEVANAGARI_SIDES)
    + r")(?![\u0900-\u097f])"
)
# a coin typed after the side word and its price ("sell 0.6825 dia", "short 8.998 atom tp …"),
# ending its line or followed by a target or stop word (a whole word: "Short" is no "Shor"
# before a "t" target word)
_COIN_AFTER_SIDE_PRICE = re.compile(
    r"(?<![\w])(?:" + _SIDE + r")[^\S\n]+@?[^\S\n]*\$?\d(?:[\d.,]*\d)?[^\S\n]+"
    r"([A-Za-z0-9]{2,10})(?![A-Za-z0-9])(?=[^\S\n]*(?:$|[|,;]|(?:tp|sl|t|targets?|stop)(?![\w])))",
    re.I | re.M,
)
_LEVERAGE_WORD = re.compile(r"[xX]?\d+[xX]?")
_SIDE_HINTS = (
    "long",
    "short",
    "buy",
    "sell",
    "accumulat",  # "Accumulating ATOM below 8.1" (a long word of spot calls)
    "лонг",
    "шорт",
    "покуп",
    "продаж",
    "largo",
    "compra",
    "corto",
    "venta",
    "alış",
    "satış",
    "achat",
    "vente",
    "mua",
    "bán",
    "beli",
    "jual",
    "شراء",
    "بيع",
    "شتري",
    "نبيع",
    "купу",
    "прода",
    "acquist",
    "kauf",
    "vend",
    "خرید",
    "فروش",
    *UNSPACED_LONG.split("|"),
    *UNSPACED_SHORT.split("|"),
    *_DEVANAGARI_SIDES,
)
_SIDE_HINT = re.compile("|".join(map(re.escape, (w for w in _SIDE_HINTS if w.isascii()))))
# the side words of other scripts, looked for only in a text that is not all ASCII
_SIDE_HINT_WIDE = re.compile("|".join(map(re.escape, (w for w in _SIDE_HINTS if not w.isascii()))))
_SPOT = re.compile(r"(?<![\w])(?:" + SPOT_WORDS + r")(?![\w])", re.I)
_SPOT_WIDE = re.compile(SPOT_WORDS_CJK + r"|(?<![\w])(?:" + SPOT_WORDS_OTHER + r")(?![\w])")
# those words looked for first: "giao" with a substring test, the others with one search of
# their literals (the engine skips ahead to their first letters) in a text not all ASCII
_SPOT_WIDE_HINT = re.compile(
    "现货|現貨|現物|현물|สปอต|فوري|اسپات|سبوت|স্পট|स्पॉट|स्पोट|ஸ்பாட்|స్పాట్|ಸ್ಪಾಟ್|സ്പോട്ട്|સ્પોટ|ਸਪਾਟ|ስፖት"
    "|ספוט|σποτ|σπότ|սպոտ|სპოტ|سپاٹ"
)
_COINM = re.compile(r"(?<![\w])(?:" + COINM_WORDS + r")(?![\w])", re.I)
NOT_TOKENS = frozenset(
    [
        "LONG",
        "SHORT",
        "BUY",
        "SELL",
        "ENTRY",
        "ENTER",
        "BID",
        "BIDS",
        "ASK",
        "ASKS",
        "TARGET",
        "TARGETS",
        "TP",
        "TPS",
        "SL",
        "STOP",
        "LOSS",
        "LEVERAGE",
        "LEV",
        "CROSS",
        "ISOLATED",
        "ZONE",
        "NOW",
        "MARKET",
        "LIMIT",
        "CMP",
        "SIGNAL",
        "CALL",  # "VIP CALL", "NEW CALL"
        "ALERT",
        "CONFIDENCE",
        "CONF",
        "CLOSE",
        "CLOSED",
        "ALL",
        "THE",
        "AND",
        "AT",
        "TO",
        "IN",
        "ON",
        "FOR",
        "PAIR",
        "COIN",
        "NEW",
        "SPOT",
        "FUTURES",
        "VIP",
        # topic hashtags and exchange names at the foot of a post ("#Futures #VIP #Crypto")
        "CRYPTO",
        "SIGNALS",
        "TRADING",
        "ALTCOINS",
        "ALTCOIN",
        "ALTSEASON",
        "BULLRUN",
        "MEMECOIN",
        "MEMECOINS",
        "CRYPTOCURRENCY",
        # update words a text in capitals opens with ("CUT AT 8.139", "PARCIAL DE 30%")
        "CUT",
        "TRIM",
        "TAGGED",
        "HUNTED",
        "PARCIAL",
        # and the words of a fill or a change ("ENTRY ZONE REACHED", "LEVERAGE CHANGED TO 3X")
        "REACHED",
        "TRIGGERED",
        "ACTIVATED",
        "FILLED",
        "CHANGED",
        "BINANCE",
        "BYBIT",
        "BITGET",
        "BINGX",
        "KUCOIN",
        "OKX",
        "MEXC",
        "RISK",
        "HIT",
        "MOVE",
        "MOVED",
        "PROFIT",
        "DONE",
        "BE",
        "BREAKEVEN",
        "USDT",
        "USD",
        "USDC",
        "PERP",
        "FREE",
        "JOIN",
        "HERE",
        "GOOD",
        "TAKE",
        "SETUP",
        "TRADE",
        "ID",
        "DCA",
        "OR",
        "A",
        "AN",
        "IS",
        "IT",
        "OF",
        "MY",
        "WE",
        "I",
        "UP",
        "DOWN",
        "FROM",
        "AROUND",
        "THEN",
        "NEXT",
        "HALF",
        "REENTRY",
        "RE",
        "CANCEL",
        "SCALP",
        "SWING",
        "LONGING",
        "SHORTING",
        "BUYING",
        "SELLING",
        "ORDER",
        "ORDERS",
        "POSITION",
        "IDEA",
        "UPDATE",
        "SAME",
        "TARGET1",
        "NOT",
        "DONT",
        "WITH",
        "THIS",
        "THAT",
        "BINANCE",
        "BYBIT",
        "OKX",
        "EXCHANGE",
        "TYPE",
        "REGULAR",
        "DIRECTION",
        "SIDE",
        "NOW",
        "LOOKING",
        "GOING",
        "TAKING",
        "OPENING",
        "INTO",
        "BOOK",
        "EXIT",
        "WHOLE",
        # ordinal words, target nouns and hit words of follow-ups in other languages, written
        # in capitals ("TERCEIRO ALVO ATINGIDO", "TERCER objetivo alcanzado")
        *("FIRST", "SECOND", "THIRD", "FOURTH", "FIFTH", "PRIMEIRO", "PRIMEIRA", "SEGUNDO"),
        *("SEGUNDA", "TERCEIRO", "TERCEIRA", "QUARTO", "QUARTA", "QUINTO", "PRIMER", "PRIMERO"),
        *("PRIMERA", "TERCER", "TERCERO", "TERCERA", "CUARTO", "CUARTA", "PREMIER", "DEUXIEME"),
        *("TROISIEME", "ERSTE", "ERSTES", "ZWEITE", "ZWEITES", "DRITTE", "DRITTES", "VIERTE"),
        *("BIRINCI", "IKINCI", "PERTAMA", "KEDUA", "KETIGA", "KEEMPAT", "ALVO", "OBJETIVO"),
        *("ZIEL", "HEDEF", "OBJECTIF", "ATINGIDO", "ALCANZADO", "ERREICHT", "ATTEINT", "GELDI"),
        *("TERCAPAI", "CUMPLIDO"),
    ]
)
# Traders' abbreviations and indicators written in capitals: no coin, wherever they stand
# (a signal whose coin line was lost was copied as a coin "RSI" from "RSI(14): 71", "SIZE"
# from "SIZE: 0.5-1%", "RR" from "RR 1:0.6", "NFA" from "NFA / DYOR").
NOT_TOKENS = NOT_TOKENS | frozenset(
    (
        *("RR", "ROE", "ATR", "RSI", "EMA", "SMA", "MACD", "VWAP", "STOCH", "ADX", "CVD", "OI"),
        *("FIB", "FVG", "BOS", "CHOCH", "HTF", "LTF", "ATH", "ATL", "PNL", "UPNL", "ROI"),
        *("NFA", "DYOR", "IMO", "FYI", "TBH", "LFG", "WAGMI", "NGMI", "UTC", "GMT", "DM"),
        *("SIZE", "VOLUME", "FUNDING", "SCORE", "PREMIUM", "SINAL", "SINYAL", "TA", "FA"),
        *("MA", "H1", "H4", "H12", "D1", "W1", "M5", "M15", "M30", "FOMO", "BOT", "APP"),
        # labels written in one word, in capitals or small capitals ("ꜱᴛᴏᴘʟᴏꜱꜱ: 1.09")
        *("STOPLOSS", "TAKEPROFIT", "TAKEPROFITS", "ENTRYZONE"),
        # update words written in capitals ("SECURE PROFITS 💰", "TRAIL STOP", "DAILY RECAP")
        *("SECURE", "SECURED", "PROFITS", "BOOKING", "TRAIL", "TRAILING", "RECAP", "DAILY"),
        *("WEEKLY", "TAPPED", "TOUCHED", "REACHED", "RUNNER", "RUNNERS"),
        # an edit's or an update's mark opening a post ("EDIT: #XRP SL moved to …", "UPD: …")
        *("EDIT", "EDITED", "UPD"),
        # Spanish and Portuguese articles and prepositions in a header typed in capitals
        # ("SINAL DE COMPRA", "ALERTA DE VENTA", "LONG NO #SOL", "EN LA ZONA DE …"): no coin
        # the exchanges list ("UMA" is one, so "UMA" is no article here)
        *("DE", "DA", "DO", "DAS", "DOS", "DEL", "EN", "EL", "LA", "LAS", "LOS", "LO", "NA"),
        *("NO", "NAS", "NOS", "EM", "UM", "UN", "UNA", "OS", "AS", "AL", "SE", "CON", "COM"),
        *("POR", "PARA"),
        # a card's own vocabulary: order kinds ("OCO take-profit:", "TP1 … GTC") and a
        # header's word ("AI Trade Alert"); a ticker only written as one ($OCO, AI/USDT)
        *("OCO", "GTC", "IOC", "FOK", "TWAP", "AI"),
        # a logger's level between the time and the message ("… | INFO | SOLUSDT LONG | TP1
        # filled @ …", "[WARNING] …"): a bot's log line, no coin
        *("INFO", "DEBUG", "WARN", "WARNING", "ERROR", "CRITICAL"),
    )
)


# (Written to open with its first character's class, which lets the regex engine skip ahead
# to a digit or capital; its plain form "(?<![\w])(\d{0,4}[A-Z][A-Z0-9]{1,11})(?![\w])", which
# opens with the look-behind, is tried at every position. The same words are found.)
_UPPER_WORD = re.compile(
    r"([\dA-Z](?<![\w].)(?:(?<=\d)\d{0,3}[A-Z]|(?<=[A-Z]))[A-Z0-9]{1,11})(?![\w])"
)
# A leverage written in capitals ("X10"), never a coin.
_LEVERAGE_WORD = re.compile(r"X\d{1,3}")
# A label with its number ("TP1", "SL2", "T3", "E1"), never a coin.
_NUMBERED_LABEL = re.compile(r"(?:TP|SL|T|E|TARGET|ENTRY)\d{1,2}")


class FoundSymbol(NamedTuple):
    """A market named by the text. (A named tuple: one is made for nearly every message, and
    a frozen dataclass sets each field through object.__setattr__, twice as slow.)"""

    market: Market
    spans: tuple[tuple[int, int], ...]  # where the text names it (blanked before numbers)
    how: str  # pair | hashtag | bare | topic (a tag line's hashtag, taken when no other)


def market_context(lower: str) -> str:
    """What the text says about the market: coin-margined, spot, or nothing."""
    if ("coin" in lower or "inverse" in lower) and _COINM.search(lower):
        return MarketKind.COINM
    if ("spot" in lower or "спот" in lower) and _SPOT.search(lower):
        return MarketKind.SPOT
    if ("giao" in lower or (not lower.isascii() and _SPOT_WIDE_HINT.search(lower))) and (
        _SPOT_WIDE.search(lower)
    ):
        return MarketKind.SPOT
    return ""


_ASCII_ALNUM = string.ascii_letters + string.digits


def _word_left(text: str, end: int) -> int:
    """Where the ASCII letters and digits that end at ``end`` begin (rstrip is C: one call
    for the usual short word instead of a Python step per character)."""
    head = text[max(0, end - 24) : end]
    start = end - (len(head) - len(head.rstrip(_ASCII_ALNUM)))
    while start > 0 and text[start - 1].isalnum() and text[start - 1].isascii():
        start -= 1  # a word longer than the window
    return start


_ASCII_WORD = re.compile(r"[A-Za-z0-9]*")


def _word_right(text: str, start: int) -> int:
    return _ASCII_WORD.match(text, start).end()  # type: ignore[union-attr]


# (remembered for the last texts: a follow-up's coins are looked for again in the text whose
# symbol was just found)
@lru_cache(maxsize=2)
def _candidates(text: str, lower: str) -> tuple[tuple[int, int, str], ...]:
    """(trust, position, raw symbol) for every way ``text`` names a market; scanned with
    str.find around the few characters a symbol needs (USD, /, -PERP, #, $), which is much
    faster than a regex tried at every position."""
    out = []
    at = lower.find("usd")
    while at >= 0:
        start = _word_left(lower, at)
        end = _word_right(lower, at)
        word = text[start:end]
        if lower.startswith("_", end):  # BTCUSD_PERP, ETHUSD_250627, BTCUSDT_UMCBL
            tail_end = _word_right(lower, end + 1)
            tail = lower[end + 1 : tail_end]
            if tail == "perp" or (tail.isdigit() and len(tail) == 6):
                out.append((COIN_M, start, text[start:tail_end]))
            elif tail in _BITGET_TAILS and start < at:
                if _BITGET_TAILS[tail] == "USD":  # BTCUSD_DMCBL: coin-margined
                    out.append((COIN_M, start, text[start:end] + "_PERP"))
                else:
                    out.append((JOINED_PAIR, start, word))
            elif start == at and tail_end - end > 2 and word.upper() in ("USDT", "USDC"):
                # 3Commas writes the quote first: USDT_BTC, USDT_1000SHIB
                out.append((JOINED_PAIR, end + 1, text[end + 1 : tail_end] + word))
        elif (
            start > 1
            and lower[start - 1] in "-_"
            and word.upper() in ("BUSD", "FDUSD", "TUSD")
            and _word_left(lower, start - 1) < start - 1
        ):  # "DOGE-FDUSD", "BNB_BUSD": a stablecoin quoting the coin before it, no coin itself
            left = _word_left(lower, start - 1)
            out.append((JOINED_PAIR, left, text[left : start - 1] + word))
        elif start < at and word.upper().endswith(("USDT", "USDC", "BUSD", "FDUSD", "TUSD", "USD")):
            out.append((JOINED_PAIR, start, word))
        elif (
            start < at
            and end - at in (4, 5)
            and word[-1] in "Mm"
            and word[:-1].upper().endswith(("USDT", "USD"))
        ):  # KuCoin futures: XBTUSDTM (USDT-margined), XBTUSDM (coin-margined)
            if word[-2] in "Tt":
                out.append((JOINED_PAIR, start, word[:-1]))
            else:
                out.append((COIN_M, start, word[:-1] + "_PERP"))
        elif start < at and word.upper().endswith(("USDTPERP", "USDCPERP")):
            out.append((JOINED_PAIR, start, word[:-4]))  # BTCUSDTPERP (alert relays)
        elif start == at and start > 1 and lower[start - 1] in "-_":
            # OKX: BTC-USDT-SWAP (USDT-margined), BTC-USD-SWAP (coin-margined), BTC-USDT;
            # Gate and MEXC: BTC_USDT
            left = _word_left(lower, start - 1)
            quote = lower[at:end]
            swap = lower[start - 1] == "-" and lower.startswith("-swap", end)
            if left < start - 1 and quote in ("usdt", "usdc", "usd"):
                base = text[left : start - 1]
                if quote == "usd" and swap:
                    out.append((COIN_M, left, base + "USD_PERP"))
                elif quote != "usd":
                    out.append((JOINED_PAIR, left, base + word))
                elif lower[start - 1] == "-":  # Coinbase, Hyperliquid: SOL-USD, kPEPE-USD
                    out.append((JOINED_PAIR, left, base + "/" + word))
        at = lower.find("usd", end)
    at = lower.find("/")
    while at >= 0:
        right = at + 1 + (lower[at + 1 : at + 2] == " ")
        if lower[right : right + 1] not in _QUOTE_FIRST:  # "152 / 155": no quote after it
            at = lower.find("/", at + 1)
            continue
        quote_end = _word_right(lower, right)
        left_end = at - (lower[at - 1 : at] == " ")
        left = _word_left(lower, left_end)
        if (
            lower[right:quote_end] in _QUOTE_NAMES
            and left < left_end
            # (not "USDT-M / FDUSD-M": a contract kind's letter after a hyphen, no coin)
            and not (left_end - left == 1 and lower[left - 1 : left] == "-")
        ):
            # (a space around the slash kept: "Cross /USDT" may be a word before a quote)
            gap = " " if right - left_end > 1 else ""
            out.append((SLASH_PAIR, left, f"{text[left:left_end]}{gap}/{text[right:quote_end]}"))
        at = lower.find("/", at + 1)
    at = lower.find("-perp")
    while at >= 0:
        left = _word_left(lower, at)
        if left < at:
            out.append((PERP, left, text[left:at]))
        at = lower.find("-perp", at + 1)
    for mark in "#$":
        at = text.find(mark)
        while at >= 0:
            end = _word_right(text, at + 1)
            word = text[at + 1 : end]
            if len(word) >= 2 and (
                word[0].isalpha() or (word[0] == "1" and sum(c.isalpha() for c in word) >= 2)
            ):
                out.append((TAGGED, at + 1, word))
            at = text.find(mark, at + 1)
    if holds_any(lower, _PAIR_HINTS) or (not lower.isascii() and _PAIR_HINT_WIDE.search(lower)):
        for m in _pair_labels(text, lower):
            separated = _PAIR_SEPARATED.search(text, m.start(), m.start(1)) is not None
            if m.group(1).islower() and not separated:
                continue  # a word in small letters run on after the label: Hinglish "par le"
            if not separated and lower.startswith(("token", "ticker"), m.start()):
                continue  # "Token unlock", "TOKEN BURN": only "Token: SOL" labels a coin
            out.append((LABELLED, m.start(1), m.group(1)))
    return tuple(out)


_COIN_QUOTED = re.compile(r"([A-Z0-9]{3,12}?)/?(BTC)|([A-Z0-9]{2,12})/(ETH)")


@lru_cache(maxsize=4096)
def _market(raw: str, context: str) -> Market | None:
    """parse_market, remembered: channels name the same few markets again and again. A coin's
    name stands for its ticker ("Bitcoin" → BTC, KuCoin's "XBT" too); a pair quoted in BTC or
    ETH ("ETH/BTC", "SOLBTC") keeps that quote and is spot. Hyperliquid's "kPEPE" (a small k
    before the ticker in capitals) is the 1000-coin contract, 1000PEPE."""
    bare = raw.lstrip("#$")
    if len(bare) > 2 and bare[0] == "k" and bare[1:3].isupper() and bare[1:3].isalpha():
        raw = "1000" + bare[1:]
    up = raw.upper().lstrip("#$").replace(" ", "")
    quoted = _COIN_QUOTED.fullmatch(up) if up.endswith(COIN_QUOTES) else None
    if quoted and not (quoted.group(1) or quoted.group(3)).isdigit():
        base = quoted.group(1) or quoted.group(3)
        base = COIN_NAMES.get(base, "BTC" if base == "XBT" else base)
        quote = quoted.group(2) or quoted.group(4)
        if base != quote:
            return Market(
                base, list_token(base), multiplier_of(base), quote, MarketKind.SPOT, base + quote
            )
    try:
        market = parse_market(raw, context)
    except ValidationError:
        return None
    if market.quote in ("BUSD", "TUSD"):
        market = _dollar_quoted(up, market, context)
    ticker = COIN_NAMES.get(market.base, "BTC" if market.base == "XBT" else None)
    if ticker is None:
        return market
    return Market(
        ticker,
        ticker,
        1,
        market.quote,
        market.kind,
        ticker + market.contract[len(market.base) :],
    )


def _dollar_quoted(up: str, market: Market, context: str) -> Market:
    """A MetaTrader or cTrader crypto symbol quoted in dollars: "BNBUSD" is BNB/USD, not BN/BUSD,
    and "DOTUSD" DOT/USD, not DO/TUSD, when the longer coin is listed and the shorter is not."""
    longer = up[:-3]
    if market.quote is None or not up.endswith(market.quote) or longer == market.base:
        return market
    bases = listed_bases()
    if longer not in bases or market.base in bases:
        return market
    return Market(longer, list_token(longer), multiplier_of(longer), "USD", context, up)


def _accepted(trust: int, raw: str, market: Market | None, text: str, at: int) -> bool:
    """Whether a candidate names a coin. A keyword is none ("#SIGNAL", "#LONG"), except in a
    pair written in one piece or after "$", where a ticker that is a word is meant
    ("MOVEUSDT", "MOVE/USDT", "$MOVE", "$ID"): there only a side word or a quote is refused."""
    if market is None or raw.isdigit() or market.base.isdigit():
        return False
    if (trust < TAGGED and " " not in raw) or (trust == TAGGED and at > 0 and text[at - 1] == "$"):
        return market.base not in _QUOTE_WORDS and not _is_side_word(market.base)
    if raw.upper() in NOT_TOKENS or market.base in NOT_TOKENS:
        return False
    if trust == TAGGED and at > 0 and text[at - 1] == "#" and _channel_tag(text, at, raw):
        return False
    if trust == TAGGED and _COMPOUND_TAG.fullmatch(raw) and market.base == raw.upper():
        return False  # "#Write2Earn", "#BinanceSquare", "#ShortSqueeze": words run together
    # a hashtag of a side word in any language ("#COMPRA #ADA", "#VENDA"): no coin
    return trust != TAGGED or not _is_side_word(market.base)


# A hashtag of two or more capitalised words run together ("#Write2Earn", "#BinanceSquare",
# "#CryptoTrading"): a topic a post is filed under, never a ticker (tickers are written in
# capitals, names as one word: "#Solana"). A name in two words maps to its ticker first.
_COMPOUND_TAG = re.compile(r"[A-Z][a-z]+\d*(?:[A-Z][a-z]+\d*)+")


# the word before a hashtag that points to a channel: "go to #results", "check #signals"
_TO_CHANNEL = re.compile(r"(?:^|\s)(?:in|to|into|check|see|visit|join|from)\s+$", re.I)


def _channel_tag(text: str, at: int, raw: str) -> bool:
    """Whether the hashtag ``raw`` at ``at`` names a chat's channel, not a coin: not in
    capitals and no best-known coin, and written as channels are ("#closed-trades",
    "#vip-signals"), or called a channel ("the #results channel"), or pointed to ("go to
    #results", "check #signals")."""
    if raw.isupper() or raw.upper() in _MAJOR_TICKERS:
        return False
    end = at + len(raw)
    if (
        text.startswith("-", end)
        and text[end + 1 : end + 2].isalpha()
        and not text[end + 1 : end + 5].lower().startswith(("usd", "perp", "swap"))
    ):
        return True
    if text.startswith((" channel", " chat", " room"), end):
        return True
    return _TO_CHANNEL.search(text, max(0, at - 10), at - 1) is not None


def _topic_tag(text: str, at: int, raw: str) -> bool:
    """Whether the hashtag ``raw`` at ``at`` is a topic tag: not in capitals, on a line of
    hashtags (or cashtags) alone, two or more ("#Futures #VIP #Crypto", "#crypto #signals").
    Such a line labels the post for search; a coin named elsewhere is the market, and the tag
    is taken only when nothing else names one ("#btc #long")."""
    if raw.isupper() or text[at - 1] != "#":
        return False
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    words = text[start : end if end >= 0 else len(text)].split()
    if len(words) >= 2 and all(w[0] in "#$" for w in words):
        return True  # (a cashtag among them, "#cryptosignals #DYOR $ARB", is one of the line)
    # two or more such tags closing the line after an update ("$SUI SL to entry 🔒 #altseason
    # #trading"): the tag and every word after it on the line are tags not in capitals
    after = text[at - 1 : end if end >= 0 else len(text)].split()
    before = text[start : at - 1].split()
    run = after + ([before[-1]] if before and before[-1][0] == "#" else [])
    return len(run) >= 2 and all(w[0] == "#" and not w[1:].isupper() for w in after)


def named_coins(text: str, lower: str | None = None) -> set[str]:
    """Every coin the text names as a pair, contract or tag (``#BTC``, ``ETHUSDT``): more
    than one in a message with repeated sections means two signals in one message."""
    lower = lower if lower is not None else lowered(text)
    context = market_context(lower)
    coins: set[str] = set()
    tags: set[str] = set()
    for trust, at, raw in _candidates(text, lower):
        market = _market(raw, context)
        if market is not None and _accepted(trust, raw, market, text, at):
            (tags if trust == TAGGED and _topic_tag(text, at, raw) else coins).add(market.token)
    return coins or tags


# Where one coin's update ends and another's may begin: a line, "|", ";", a comma that is no
# decimal or thousands mark, a sentence's full stop, a dash between spaces, "and", "&", "+".
_CLAUSE_BREAK = re.compile(r"\n|\||;|,(?!\d)|\.\s|\s[-–—]\s|(?<![\w])(?:and|&|\+)(?![\w])")
# a ticker in capitals opening a clause, then the clause's end, a colon or an update's word
_CLAUSE_LEAD = re.compile(
    r"[^\w\n]*(\d{0,4}[A-Z][A-Z0-9]{1,11})(?![\w])[^\S\n]*"
    r"(?:$|:|(?i:tp\d*|sl|stop|stoploss|stopped|close[sd]?|hit|targets?|both|still|moved|move"
    r"|be|breakeven|cancel(?:l?ed)?|trail\w*|take|book(?:ed)?|secured?|exit(?:ed)?|half"
    r"|done|reached|filled|running|open)(?![\w]))"
)
_RUN_ON_LEAD = re.compile(
    r"(?<=[^\S\n])(\d{0,4}[A-Z][A-Z0-9]{1,11})(?![\w])[^\S\n]*"
    r"(?i:tp\d*|sl|stop|stopped|close[sd]?|hit|targets?|moved|cancel(?:l?ed)?|booked|exit(?:ed)?"
    r"|done|reached|filled)(?![\w])"
)
# words in capitals that open a clause of an update or a bot's card and are no coin
_UPDATE_WORDS = frozenset(
    (
        *("PNL", "ROI", "UPNL", "QTY", "AVG", "NOTE", "STATUS", "PRICE", "RESULT", "TOTAL"),
        *("DEAL", "GAIN", "OLD", "BOOKED", "SECURE", "SECURED", "TRAIL", "TRAILING", "SET"),
        *("PUT", "KEEP", "HOLD", "HOLDING", "LET", "EXITED", "CANCELLED", "CANCELED", "STOPPED"),
        *("TAKEN", "REACHED", "ACHIEVED", "SMASHED", "PARTIAL", "NO", "WELL", "GG", "WIN", "WON"),
        *("OPEN", "STILL", "ENTRIES", "PROFITS", "TARGETS", "STOPLOSS", "SLTP", "TPSL"),
    )
)


# a coin typed in small letters opening a clause, before an update's word: "dot hit tp1 link hit
# tp2", "avax sl to be", "ltc close half" (asked only of an update written all in small letters)
_SMALL_COIN_LEAD = re.compile(
    r"(?<![\w#$/.@])([a-z][a-z0-9]{1,9})[^\S\n]+"
    r"(?:tp\d*|sl|stop|stopped|close[sd]?|closing|hit|targets?|moved?|cancel(?:l?ed)?|booked?"
    r"|exit(?:ed)?|done|reached|filled|secured?|trail\w*)(?![\w])"
)


def small_letter_coins(text: str) -> list[Market]:
    """The coins an update typed all in small letters names bare, each opening a clause before
    an update's word, in their order, each once: only words the exchange lists
    (:func:`listed_bases`) and no keyword ("we hit tp1", "sl hit" name none)."""
    out: list[Market] = []
    for m in _SMALL_COIN_LEAD.finditer(text):
        word = m.group(1).upper()
        if word in NOT_TOKENS or word in _UPDATE_WORDS or word not in listed_bases():
            continue
        market = _market(word, "")
        if market is not None and all(market.token != seen.token for seen in out):
            out.append(market)
    return out


def follow_up_coins(text: str, lower: str | None = None) -> set[str]:
    """The coins (tokens) an update names: as a pair, a contract or a tag anywhere, or as a
    ticker in capitals opening one of its clauses before an update's word ("ORDI and TIA both
    hit TP1", "OP SL to BE, DOT close half", "LQTY: close 50%"; in a text all in capitals
    not before a colon). Two of them in one update: two coins' updates pasted together. (A
    text of one clause naming at most one market the usual way is not read further: it names
    one coin at most, and the empty set is returned.)"""
    lower = lower if lower is not None else lowered(text)
    candidates = _candidates(text, lower)
    capitals = text.isupper()
    # a second coin's clause run on without a break ("ATOM closed in profit NEAR closed in
    # loss"): a ticker in capitals inside the text, before an update's word (not in a text all
    # in capitals, where every word is)
    run_on = [] if capitals else [m.group(1) for m in _RUN_ON_LEAD.finditer(text)]
    if (
        len({raw.upper() for _, _, raw in candidates}) <= 1
        and not _CLAUSE_BREAK.search(text)
        and not run_on
    ):
        return set()
    coins = named_coins(text, lower)
    for part in _CLAUSE_BREAK.split(text):
        m = _CLAUSE_LEAD.match(part)
        if m is None or (capitals and m.group(0).endswith(":")):
            continue  # all in capitals, a word before a colon is a label ("PERIOD: 20 HOURS")
        word = m.group(1)
        if (
            word in NOT_TOKENS
            or word in _UPDATE_WORDS
            or _NUMBERED_LABEL.fullmatch(word)
            or _LEVERAGE_WORD.fullmatch(word)
            or _SIDE_WORD.fullmatch(word)
            or (word[0].isdigit() and sum(c.isalpha() for c in word) < 2)
        ):
            continue
        market = _market(word, "")
        if market is not None and (not capitals or _listed_word(word, market)):
            coins.add(market.token)  # (all in capitals, "NICE MOVE" opens no coin's clause)
    for word in run_on:
        if (
            word not in NOT_TOKENS
            and word not in _UPDATE_WORDS
            and not _NUMBERED_LABEL.fullmatch(word)
            and not _LEVERAGE_WORD.fullmatch(word)
            and not _SIDE_WORD.fullmatch(word)
            and (market := _market(word, "")) is not None
        ):
            coins.add(market.token)
    return coins


# a ticker in square brackets heading an update: "[ARB] TP3 ✅  [BONK] entry filled"
_BRACKETED_TICKER = re.compile(r"\[[#$]?(\d{0,4}[A-Z][A-Z0-9]{1,11})(?:/USDT)?\]")


def bracketed_coins(text: str) -> set[str]:
    """The listed coins (tokens) written as tickers in square brackets: a board of several
    coins' updates, one bracket each."""
    coins: set[str] = set()
    for m in _BRACKETED_TICKER.finditer(text):
        word = m.group(1)
        if word in NOT_TOKENS or word in _UPDATE_WORDS:
            continue
        market = _market(word, "")
        if market is not None and _listed_word(word, market):
            coins.add(market.token)
    return coins


def find_symbol(text: str, lower: str | None = None) -> FoundSymbol | None:
    lower = lower if lower is not None else lowered(text)
    context = market_context(lower)
    topic: FoundSymbol | None = None
    for trust, at, raw in sorted(_candidates(text, lower)):
        market = _market(raw, context)
        if market is None or not _accepted(trust, raw, market, text, at):
            continue
        if trust == TAGGED and topic is None and _topic_tag(text, at, raw):
            spans = _spans(text, raw, lower) + _ticker_spans(text, raw, market, lower)
            topic = FoundSymbol(market, spans, "topic")
            continue
        if trust == TAGGED and topic is not None and _topic_tag(text, at, raw):
            continue
        if trust >= TAGGED and raw.upper() in _TWO_WORD_PARTS:  # "Coin: Bitcoin Cash"
            named = _two_word_name(text, at, at + len(raw), context)
            if named is not None:
                return FoundSymbol(named[0], (named[1],), "hashtag")
        if trust == TAGGED and (later := _coin_line_below(text, at, raw, context)) is not None:
            market, at, raw = later
        spans = _spans(text, raw.split("/")[0].rstrip(), lower) + _ticker_spans(
            text, raw, market, lower
        )
        return FoundSymbol(market, spans, "pair" if trust < TAGGED else "hashtag")
    if _SIDE_HINT.search(lower) is None and (lower.isascii() or not _SIDE_HINT_WIDE.search(lower)):
        return topic
    found = _bare_symbol(text, lower, context)
    return found if found is not None else topic


def _line_words(text: str, at: int) -> list[str]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start : end if end >= 0 else len(text)].split()


def _coin_line_below(text: str, at: int, raw: str, context: str) -> tuple[Market, int, str] | None:
    """A tag on a coin line of its own below a sentence that names another coin ("$BTC
    rejected at 65,690 but alts look strong" over "#LTC SHORT"): the sentence is the story, the
    line of the tag and its side word is the call. None when the first tag's line is no such
    sentence (three words or more, no side word) or no such line follows."""
    if "\n" not in text[at:]:
        return None
    words = _line_words(text, at)
    if len(words) < 3 or any(_is_side_word(w.strip("#$.,:!")) for w in words):
        return None
    for mark in "#$":
        k = text.find(mark, text.find("\n", at))
        while k >= 0:
            end = _word_right(text, k + 1)
            word = text[k + 1 : end]
            line = _line_words(text, k)
            if (
                len(word) >= 2
                and word[0].isalpha()
                and word.upper() != raw.upper()
                and len(line) >= 2
                and all(
                    w == mark + word
                    or _is_side_word(w.strip(".,:!"))
                    or not any(c.isalnum() for c in w)  # an icon
                    for w in line
                )
            ):
                market = _market(word, context)
                if market is not None and _accepted(TAGGED, word, market, text, k + 1):
                    return market, k + 1, word
            k = text.find(mark, end)
    return None


# words in capitals that label a line of a post ("PLAN: accumulating below 0.07")
_COLON_LABELS = frozenset(
    ["NOTE", "PLAN", "TIP", "IDEA", "STRATEGY", "ACTION", "BIAS", "TODAY", "UPDATE", "VIEW"]
)


# A chart title's coin in capitals before its timeframe and the post's word ("MOODENG daily
# idea:", "FHE 4H setup —"): a coin no list holds is named so in a TradingView idea retold as
# a call. Its quick test: one of the title words in the lower-cased text.
_CHART_TITLE_WORDS = (" idea", " setup", " chart", " outlook")
_BARE_BEFORE_TIMEFRAME = (
    re.compile(
        r"(?<![\w#$])([A-Z][A-Z0-9]{1,9})(?=[^\S\n]+(?i:daily|weekly|[1-9]\d?[hdw]|h[1-9]|d1)"
        r"[^\S\n]+(?i:idea|setup|chart|outlook)(?![\w]))"
    ),
)


def _bare_symbol(text: str, lower: str, context: str) -> FoundSymbol | None:
    """A coin written without a mark beside the side word ("BNB SHORT", "long pepe 0.1"), or
    before a chart title's timeframe ("MOODENG daily idea")."""
    patterns: tuple[re.Pattern[str], ...] = _BARE_AROUND_SIDE
    if holds_any(lower, _CHART_TITLE_WORDS):
        patterns += _BARE_BEFORE_TIMEFRAME
    if "ED " in text:
        patterns += _BARE_AFTER_CALLOUT_VERB
    for after_side, bare in enumerate(patterns):
        for m in bare.finditer(text):
            raw = m.group(1)
            letters = sum(c.isalpha() for c in raw)
            if raw.upper() in NOT_TOKENS or letters < (1 if raw[0].isalpha() else 3):
                continue
            if (
                not after_side
                and text[m.end(1) : m.end(1) + 1] == ":"
                and raw.upper() in _COLON_LABELS
            ):
                continue  # "NOTE: accumulating below 0.07": a label, no coin
            if not after_side and not raw.isupper() and raw.lower() in _BEFORE_SIDE_FILLERS:
                continue  # "went long 148", "still short"
            if (
                after_side
                and not raw.isupper()
                and raw.upper() not in COIN_NAMES
                and (
                    raw.lower() in _SIDE_FILLERS
                    or "\n" in text[m.start() : m.start(1)]
                    or not _PRICE_AFTER.match(text, m.end())
                    or (raw.upper() not in listed_bases() and not text.islower())
                )
            ):
                continue  # "a long later": after the side word a word in small letters is a
                # coin only on the same line with a price after it ("long pepe 0.0000123"),
                # listed by the exchange where the text has capitals ("Beli di 155.95" is
                # "buy at"; "long zorka 0.5123" typed all small is read), or when it is a
                # coin's name
            if (
                not raw.isupper()
                and not raw.isdigit()
                and raw.upper() not in COIN_NAMES
                and _has_upper_symbol(text)
            ):
                continue  # "DOGE me long lo …": a capitalised coin beats a small word
            if (
                _LABELS_A_NUMBER.match(text, m.end(1))
                and text[m.end(1) : m.end(1) + 3].lstrip(" \t")[:1] in (":", "=", "：")
                and raw.upper() not in listed_bases()
                and raw.upper() not in COIN_NAMES
            ):
                continue  # "SELL ZONES: 153.99": a label after the side word, no coin
            named = _two_word_name(text, m.start(1), m.end(1), context)
            if named is not None:
                market, span = named
                return FoundSymbol(market, (span, *_spans(text, market.base, lower)), "bare")
            found = _market(raw, context)
            if found is None:
                continue
            spans = _spans(text, raw, lower) + _ticker_spans(text, raw, found, lower)
            return FoundSymbol(found, spans, "bare")
    if not text.isascii():
        glued = (m.group(1) or m.group(2) for m in _BARE_GLUED_UNSPACED.finditer(text))
        before_han = (m.group(1) for m in _BARE_BEFORE_HAN.finditer(text))
        before_hindi = (m.group(1) for m in _BARE_BEFORE_DEVANAGARI_SIDE.finditer(text))
        for raw in itertools.chain(glued, before_han, before_hindi):
            if raw in NOT_TOKENS or not any(c.isalpha() for c in raw):
                continue
            found = _market(raw, context)
            if found is not None:
                spans = _spans(text, raw, lower) + _ticker_spans(text, raw, found, lower)
                return FoundSymbol(found, spans, "bare")
    for m in _COIN_AFTER_SIDE_PRICE.finditer(text):
        raw = m.group(1)
        if (
            raw.upper() in NOT_TOKENS
            or raw.lower() in _SIDE_FILLERS
            or not any(c.isalpha() for c in raw)
            or _LEVERAGE_WORD.fullmatch(raw) is not None
            or _is_side_word(raw)
            or (not raw.isupper() and raw.upper() not in COIN_NAMES and _has_upper_symbol(text))
        ):
            continue
        found = _market(raw, context)
        if found is not None:
            spans = _spans(text, raw, lower) + _ticker_spans(text, raw, found, lower)
            return FoundSymbol(found, spans, "bare")
    return None


def _has_upper_symbol(text: str) -> bool:
    return any(
        m.group(1) not in NOT_TOKENS
        and not _NUMBERED_LABEL.fullmatch(m.group(1))
        and not _LEVERAGE_WORD.fullmatch(m.group(1))
        for m in _UPPER_WORD.finditer(text)
    )


# A word followed on its line by a number, its separator between ("OTE: 0.4512", "TGT 548",
# "#STOPLOSS 0.4256"): the word labels the number.
_LABELS_A_NUMBER = re.compile(r"[^\S\n]*[:=：\-]?[^\S\n]*[$]?\.?\d")
_CLOCK_BEFORE = re.compile(r"\d{1,2}:\d{2}[^\S\n]*$")
# A margin mode after a heading names no coin ("Margin mode: ISO").
_MARGIN_VALUES = frozenset(("ISO", "ISOLATED", "CROSS", "CROSSED"))
# a word of the Latin script on the line (a capital ticker among words of another script —
# "שורט על FHE ב 0.07764" — stands out as the coin)
_LINE_WORD = re.compile(r"[^\W\d_]*[A-Za-z][^\W\d_]*")


@lru_cache(maxsize=1)
def listed_bases() -> frozenset[str]:
    """The coins of the exchange's contract list shipped with the application (the USDⓈ-M
    leverage table) and the best-known coins by name: a word no channel's layout marks as a coin
    is taken for one only when it is listed."""
    names = set(_MAJOR_TICKERS)
    try:
        body = json.loads(
            resources.files("tradermanager.resources")
            .joinpath("market/binance_usdm_brackets.json")
            .read_text("utf-8")
        )
        for row in body.get("brackets", ()):
            symbol = str(row.get("symbol", ""))
            for quote in ("USDT", "USDC", "BUSD"):
                if symbol.endswith(quote) and len(symbol) > len(quote):
                    names.add(symbol[: -len(quote)])
                    break
    except (OSError, ValueError, AttributeError):
        pass
    return frozenset(names)


_FIRST_WORD_CHAR = re.compile(r"\w")
_HEADING_MARK = re.compile(r"[^\w\s]|\d|\s\s|\w\s+\w+\s+\w+\s+\w")


def _is_heading(text: str, line_start: int, colon: int) -> bool:
    """Whether the words before a colon are a heading ("The Sunday Setup, issue 63", "Weekly
    letter #12": a number, or its blank, or punctuation among them; or four words or more, "Trade
    of the week") rather than a field's label
    ("Margin", "Lado", "Referral code", "Modo de margem": words alone), whose value after the
    colon is no coin even where the card's coin line is missing."""
    first = _FIRST_WORD_CHAR.search(text, line_start, colon)
    return first is not None and _HEADING_MARK.search(text, first.start(), colon) is not None


def stands_alone(text: str, start: int, end: int, label_spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the word at ``start:end`` stands alone on its line (but for side words, quotes and
    labels), labelling no number and after no clock time: where a card's coin line stands."""
    line_start = text.rfind("\n", 0, start) + 1
    if (
        text[start - 2 : start] == ": "
        and _is_heading(text, line_start, start - 2)
        and text[start:end].upper() not in _MARGIN_VALUES
    ):
        line_start = start  # "The Sunday Setup, issue 63: MOODENG (long)": a heading's value
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if "|" in text[end:line_end] and not text[end : text.find("|", end)].strip():
        line_end = text.find("|", end)  # "💎 FHE | Long-term hold": a heading's own field
    alone = not _LABELS_A_NUMBER.match(text, end) and not _CLOCK_BEFORE.search(
        text, line_start, start
    )
    if alone:
        for m in _LINE_WORD.finditer(text, line_start, line_end):
            if start <= m.start() < end:
                continue
            word = m.group()
            if (
                len(word) < 2
                or word.upper() in _QUOTE_WORDS
                or _is_side_word(word)
                or any(a <= m.start() < b for a, b in label_spans)
            ):
                continue
            alone = False
            break
    return alone


def stands_as_coin(
    text: str,
    start: int,
    end: int,
    label_spans: Sequence[tuple[int, int]],
    market: Market,
    capitals: bool = False,
) -> bool:
    """Whether a bare word in capitals, taken for the coin because nothing else names one,
    stands where a coin stands. A word that labels a number on its line ("OTE: 0.4512",
    "#STOPLOSS 0.4256"), a word after a clock time ("4:05 PM"), or a word on a line with other
    words (a banner, "CRYPTO KINGS"; a headline, "PROTECT YOUR CAPITAL"; a sentence, "ETF
    inflows hit …") is a coin only when the exchange lists it (:func:`listed_bases`) or it is a
    coin's name ("ETHEREUM 3,636.1"). In a text typed all in capitals (``capitals``) such a
    line's words are a phrase's ("HIGH CONFIDENCE", "ONE MORE TRADE") even when the exchange
    lists one of them: there only one of the best-known coins, a coin's name or a word mixing
    letters and digits ("API3") is taken."""
    if stands_alone(text, start, end, label_spans):
        return True
    if capitals:
        word = text[start:end]
        return market.base in _MAJOR_TICKERS or word in COIN_NAMES or not word.isalpha()
    listed = listed_bases()
    return market.base in listed or market.token in listed or text[start:end] in COIN_NAMES


def typed_in_capitals(text: str) -> bool:
    """Whether ``text`` is typed all in capitals: no small letter, and every letter of a script
    with capitals (a Latin ticker among Chinese or Arabic words is still written apart). In
    such a text a capital word tells nothing: "SECURED 25% AT TP2, RUNNER LEFT" names no coin."""
    return text.isupper() and all(c.isupper() or not c.isalpha() for c in text)


def _listed_word(word: str, market: Market) -> bool:
    """Whether a bare capital word is a coin by the symbol list alone: the exchange lists it
    (:func:`listed_bases`) or it is a coin's name ("BITCOIN"). (A cut label, "P1: 0.1337", is
    no coin: a word with digits counts only when listed.)"""
    listed = listed_bases()
    return market.base in listed or market.token in listed or word in COIN_NAMES


def bare_upper_token(
    text: str,
    lines: str | None = None,
    context: str = "",
    label_spans: Sequence[tuple[int, int]] | None = None,
) -> FoundSymbol | None:
    """For follow-ups ("SOL stop loss hit"): the first upper-case word that is no keyword.
    With ``lines`` (the text as written, at the same positions: ``text`` may have lost line
    breaks to what was blanked), a word inside a sentence with no number on its line
    ("Reminder: move your SL to entry on the old BTC trade" above a signal's levels) is passed
    over: talk about another trade, not the coin of the levels. ``context`` is what the text
    says of the market (:func:`market_context`): "Celestia (TIA) — SPOT" is TIA on spot. In a
    text typed all in capitals (:func:`typed_in_capitals`) every word is a capital word: there a
    bare word is a coin only when the symbol list holds it (:func:`_listed_word`), and "TP2 HIT,
    LETS GO" names none."""
    capitals: bool | None = None
    for m in _UPPER_WORD.finditer(text):
        word = m.group(1)
        if (
            word not in NOT_TOKENS
            and not _NUMBERED_LABEL.fullmatch(word)
            and not _is_side_word(word)
            and (lines is None or not in_talk(text, lines, m.start()))
            and text[m.start() - 1 : m.start()] != "@"  # "@EVERYONE": a mention, no coin
        ):
            if word[0].isdigit() and sum(c.isalpha() for c in word) < 2:
                continue
            if label_spans is not None and any(a <= m.start() < b for a, b in label_spans):
                continue  # "ZK: 0.5062": the lexicon reads the word as a level's label
            market = _market(m.group(1), context)
            if market is None:
                continue
            if capitals is None:
                capitals = typed_in_capitals(text)
            if (
                capitals
                and not _listed_word(word, market)
                and (label_spans is None or not stands_alone(text, m.start(), m.end(), label_spans))
            ):
                continue  # (a card's coin line alone, "🟢 BUY ⚡ MOODENG ⚡", is still its coin)
            if label_spans is None or stands_as_coin(
                text, m.start(), m.end(), label_spans, market, capitals
            ):
                return FoundSymbol(market, ((m.start(), m.end()),), "bare")
    return None


def rival_bare_coin(text: str, lines: str, found: FoundSymbol) -> str | None:
    """Another of the best-known coins written in capitals, not inside talk, in a text whose
    coin was taken as its first word in capitals ("DOGE" over levels, "BTC 📉" under them):
    the text names two coins and nothing — no pair, no tag — tells which the levels are
    for."""
    for m in _UPPER_WORD.finditer(text):
        word = m.group(1)
        if (
            word in _NAMED_TICKERS
            and word != found.market.base
            and word != found.market.token
            and (m.start(), m.end()) not in found.spans
            and not in_talk(text, lines, m.start())
            and not text[m.end() : m.end() + 11].lower().lstrip().startswith("dominance")
        ):
            return word  # ("BTC dominance slipped to 54%" is a market's figure, no coin named)
    return None


# The coins most talked about, whose tickers are no English word in capitals: named in an
# update's text beside another coin, they name another trade.
_MAJOR_TICKERS = _NAMED_TICKERS | frozenset(("BNB", "SUI", "PEPE", "WIF", "SEI", "ORDI", "FET"))


def another_major_coin(text: str, coin: str, token: str | None = None) -> str | None:
    """One of the most talked-about coins written in capitals in ``text`` that is not
    ``coin`` ("Yesterday's ETH call hit TP2 ✅" above a SUI signal in unknown labels, read as
    SUI's target hit): the update's words may be about that other coin's trade."""
    for m in _UPPER_WORD.finditer(text):
        word = m.group(1)
        if word in _MAJOR_TICKERS and word != coin and word != token:
            if _MARKET_WEATHER.match(text, m.end()):
                continue  # "$LINK TP1 ✅ even with BTC bleeding": the market's move, no trade
            return word
    return None


# After a major coin: the market's move or mood, not a trade of it ("BTC bleeding", "despite
# the BTC dump", "BTC dominance rising", "BTC dragged the whole market", "BTC looks shaky")
_MARKET_WEATHER = re.compile(
    r"[ \t]+(?:is[ \t]+|was[ \t]+|keeps[ \t]+)?(?:dump\w*|bleed\w*|crash\w*|pump\w*|dominance"
    r"|dragg?\w*|tank\w*|nuk\w*|rall\w*|bounc\w*|recover\w*|weakness|strength|volatility"
    r"|looks?[ \t]+(?:shaky|weak|strong|heavy|bullish|bearish))(?![\w])",
    re.I,
)


_SMALL_WORD = re.compile(r"(?<![\w'’])[a-z]{2,}(?![\w'’])")


def in_talk(text: str, lines: str, at: int) -> bool:
    """The position stands in a sentence of four words in small letters or more, on a line
    with no digit: talk, not a signal's line. (The line's bounds are read in ``lines``, its
    words in ``text``: the same text at the same positions, a link blanked in one.)"""
    start = lines.rfind("\n", 0, at) + 1
    end = lines.find("\n", at)
    line = text[start : end if end >= 0 else len(text)]
    if any(ch.isdigit() for ch in line):
        return False
    return len(_SMALL_WORD.findall(line)) >= 4


def _two_word_name(
    text: str, start: int, end: int, context: str
) -> tuple[Market, tuple[int, int]] | None:
    """The coin a two-word name stands for when the word at ``start:end`` is one of its words
    ("Bitcoin Cash" → BCH, not BTC nor a coin "CASH"), with the span of both words."""
    word = text[start:end].upper()
    if word not in _TWO_WORD_PARTS:
        return None
    after = _NEXT_WORD.match(text, end)
    if after and (word, after.group(1).upper()) in TWO_WORD_NAMES:
        ticker, span = TWO_WORD_NAMES[word, after.group(1).upper()], (start, after.end())
    else:
        before = _PREVIOUS_WORD.search(text, max(0, start - 20), start)
        if not before or (before.group(1).upper(), word) not in TWO_WORD_NAMES:
            return None
        ticker, span = TWO_WORD_NAMES[before.group(1).upper(), word], (before.start(), end)
    market = _market(ticker, context)
    return (market, span) if market is not None else None


def _ticker_spans(text: str, raw: str, market: Market, lower: str) -> tuple[tuple[int, int], ...]:
    """Where a coin named by its name also stands as its ticker ("Bitcoin (BTC)"): that too
    names the market, not a price or a label."""
    if market.base in _NAMED_TICKERS and market.base.lower() not in raw.lower():
        return _spans(text, market.base, lower)
    return ()


def _spans(text: str, needle: str, lower: str | None = None) -> tuple[tuple[int, int], ...]:
    """Where ``needle`` stands as a word of its own ("OP", never the "op" of "Stop")."""
    out = []
    lower, n = (lower if lower is not None else lowered(text)), lowered(needle)
    start = lower.find(n)
    while start >= 0 and n:
        end = start + len(n)
        if (start == 0 or not lower[start - 1].isalnum()) and (
            end == len(lower) or not lower[end].isalnum()
        ):
            out.append((start, end))
        start = lower.find(n, end)
    return tuple(out)
