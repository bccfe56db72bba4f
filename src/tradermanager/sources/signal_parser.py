"""Free-text channel messages → a parsed signal, a follow-up, or a reason why not.

Handles the common channel styles: Cornix-style blocks ("Entry: … Targets: 1) … Stop Loss:
…"), emoji-heavy posts, terse one-liners ("BTC long 65000 tp 66000 sl 64000 10x"), numbered
targets, spot "buy zone" posts, numbers with thousands separators or a ``k`` suffix. What is
ambiguous or contradictory is never guessed: it is returned as NEEDS_REVIEW with a sentence
that says what is wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from tradermanager.domain.enums import Side
from tradermanager.domain.errors import ValidationError
from tradermanager.domain.tokens import QUOTE_SUFFIXES, normalise_token


class MessageKind(StrEnum):
    SIGNAL = "signal"
    FOLLOW_UP = "follow_up"
    NOT_SIGNAL = "not_signal"
    NEEDS_REVIEW = "needs_review"


class FollowUpAction(StrEnum):
    TARGET_HIT = "target_hit"
    STOP_HIT = "stop_hit"
    STOP_MOVED = "stop_moved"
    CLOSE = "close"
    CANCEL = "cancel"


@dataclass(frozen=True)
class ParsedMessage:
    kind: MessageKind
    reason: str = ""
    symbol: str | None = None
    quote: str | None = None
    side: Side | None = None
    entries: tuple[float, ...] = ()
    entry_kind: str = ""  # single | range | multiple | market
    take_profits: tuple[float, ...] = ()
    stop_loss: float | None = None
    leverage: float | None = None
    margin_mode: str | None = None  # cross | isolated
    confidence: float | None = None
    action: FollowUpAction | None = None
    target_index: int | None = None
    new_stop: float | None = None
    stop_to_entry: bool = False
    price: float | None = None


NUMBER = r"\d{1,3}(?: \d{3})+(?:\.\d+)?(?!\d)|\d[\d,]*(?:\.\d+)?\s*[kK]?|\.\d+"
_NUM = re.compile(NUMBER)
_WORDS_NOT_TOKENS = {
    "LONG",
    "SHORT",
    "BUY",
    "SELL",
    "ENTRY",
    "ENTER",
    "TARGET",
    "TARGETS",
    "TP",
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
    "CMP",
    "SIGNAL",
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
    "PERP",
    "FREE",
    "JOIN",
    "HERE",
    "GOOD",
    "MORNING",
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
}
_SYMBOL_PATTERNS = (
    re.compile(r"[#$]([A-Za-z0-9]{2,15})"),
    re.compile(r"\b([A-Za-z0-9]{2,12})\s*/\s*(USDT|USDC|BUSD|USD|FDUSD|TUSD|BTC|ETH)\b", re.I),
    re.compile(r"\b([A-Za-z0-9]{2,12})-PERP\b", re.I),
    re.compile(r"\b(?:pair|coin|symbol|asset)\s*[:\-]?\s*[#$]?([A-Za-z0-9]{2,15})", re.I),
    re.compile(r"\b([A-Z0-9]{2,12}(?:" + "|".join(QUOTE_SUFFIXES) + r"))\b"),
)
_SIDE = re.compile(r"\b(long|short|buy|sell)\b", re.I)
_LEVERAGE = re.compile(
    r"(?:(cross|isolated)\s*[:\-]?\s*)?\b(\d{1,3})\s*[xX×]\b(?:\s*[-–to]+\s*(\d{1,3})\s*[xX×])?",
)
_LEVERAGE_WORD = re.compile(r"\b(?:leverage|lev)\s*[:\-]?\s*(\d{1,3})\b(?!\s*[xX×])", re.I)
_MARGIN = re.compile(r"\b(cross|isolated)\b", re.I)
_CONFIDENCE = re.compile(r"\b(?:confidence|conf)\s*[:\-]?\s*(\d+(?:\.\d+)?)\s*(%?)", re.I)
_STOP = re.compile(r"\b(?:stop[\s\-]*loss|stoploss|sl|stop)\b\s*[:\-@]?\s*(" + NUMBER + ")", re.I)
_ENTRY_LINE = re.compile(
    r"\b(?:entry(?:\s*(?:zone|price|range|point))?|enter(?:\s*at)?|buy\s*(?:zone|range|between|at)"
    r"|sell\s*(?:zone|range|between|at)|open\s*at)\b\s*[:\-@]?\s*([^\n]*)",
    re.I,
)
_MARKET = re.compile(r"\b(market|cmp|now)\b", re.I)
_TARGETS_BLOCK = re.compile(
    r"\b(?:take[\s\-]*profit(?:\s*targets?)?|targets?|tps?)\b\s*[:\-]?\s*((?:[^\n]*\n?)+)", re.I
)
_TP_NUMBERED = re.compile(r"\b(?:tp|target)\s?(\d)(?![\d.,])\b\s*[:\-=)]?\s*(" + NUMBER + ")", re.I)
_TERSE_TP = re.compile(r"\btp\s*[:\-]?\s*(" + NUMBER + ")", re.I)


def _number(text: str) -> float:
    raw = text.strip().replace(" ", "")
    factor = 1000.0 if raw[-1:] in "kK" else 1.0
    raw = raw.rstrip("kK")
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", raw):
        raw = raw.replace(",", "")
    elif re.fullmatch(r"\d+,\d{1,2}", raw):  # a decimal comma: 0,45
        raw = raw.replace(",", ".")
    else:
        raw = raw.replace(",", "")
    return float(raw) * factor


def _numbers(text: str) -> list[float]:
    """Prices in ``text``; list markers such as "1)" or "2." are not prices."""
    cleaned = re.sub(r"(?:(?<=\s)|^)\d{1,2}\s*[).](?=\s)", " ", text)
    cleaned = re.sub(r"\d+(?:\.\d+)?\s*%", " ", cleaned)  # percentages are not prices
    out = []
    for match in _NUM.finditer(cleaned):
        try:
            value = _number(match.group())
        except ValueError:
            continue
        if value > 0:
            out.append(value)
    return out


def _symbol(text: str) -> tuple[str | None, str | None]:
    for pattern in _SYMBOL_PATTERNS:
        for match in pattern.finditer(text):
            raw = match.group(1)
            if raw.upper() in _WORDS_NOT_TOKENS or raw.isdigit():
                continue
            quote = match.group(2).upper() if pattern.groups >= 2 and match.group(2) else None
            try:
                token = normalise_token(raw)
            except ValidationError:
                continue
            if quote is None:
                quote = next((q for q in QUOTE_SUFFIXES if raw.upper().endswith(q)), None)
            return token, quote
    bare = re.search(r"\b([A-Za-z]{2,10})\s+(?:long|short|buy|sell)\b", text, re.I)
    if bare and bare.group(1).upper() not in _WORDS_NOT_TOKENS:
        return normalise_token(bare.group(1)), None
    return None, None


def _sides(text: str) -> set[Side]:
    found = set()
    for match in _SIDE.finditer(text):
        word = match.group(1).lower()
        before = text[max(0, match.start() - 12) : match.start()].lower()
        if word == "short" and "term" in text[match.end() : match.end() + 6].lower():
            continue  # "short-term" is not a side
        if word in ("sell", "buy") and ("stop" in before or "take" in before):
            continue
        after = text[match.end() : match.end() + 10].lower()
        if word == "sell" and "target" in after:
            continue  # spot posts: "Sell targets" are take-profits, not a short
        found.add(Side.LONG if word in ("long", "buy") else Side.SHORT)
    return found


def _targets(text: str) -> tuple[float, ...]:
    numbered = sorted((int(i), _number(v)) for i, v in _TP_NUMBERED.findall(text))
    if numbered:
        return tuple(v for _, v in numbered)
    block = _TARGETS_BLOCK.search(text)
    if block:
        body = re.split(
            r"\n\s*\n|\b(?:stop|sl|leverage|lev|entry|confidence)\b",
            block.group(1),
            maxsplit=1,
            flags=re.I,
        )[0]
        values = _numbers(body)
        if values:
            return tuple(values)
    terse = _TERSE_TP.findall(text)
    return tuple(_number(v) for v in terse)


def _entries(text: str) -> tuple[tuple[float, ...], str]:
    line = _ENTRY_LINE.search(text)
    if line:
        body = line.group(1)
        following = text[line.end() : line.end() + 80]
        if _MARKET.search(body) and not _numbers(body):
            return (), "market"
        body = re.split(
            r"\b(?:targets?|tp\d?|stop|sl|leverage|lev)\b", body, maxsplit=1, flags=re.I
        )[0]
        values = _numbers(body)
        if not values and re.match(r"\s*\n\s*1[).]", following):
            values = _numbers(
                re.split(r"\n\s*\n|\b(?:targets?|stop)\b", following, maxsplit=1, flags=re.I)[0]
            )
        if len(values) == 1:
            return (values[0],), "single"
        if len(values) == 2 and re.search(r"\d\s*(?:-|–|to|~)\s*\.?\d", body):
            return (min(values), max(values)), "range"
        if values:
            return tuple(values), "multiple"
    if _MARKET.search(text) and re.search(r"\b(?:entry|enter|buy|sell|long|short)\b", text, re.I):
        return (), "market"
    terse = re.search(
        r"\b(?:long|short|buy|sell)\b\s*(?:@|at)?\s*(" + NUMBER + r")(?!\s*[xX×%])", text, re.I
    )
    if terse:
        return (_number(terse.group(1)),), "single"
    return (), ""


def _leverage(text: str) -> tuple[float | None, str | None]:
    mode_match = _MARGIN.search(text)
    mode = mode_match.group(1).lower() if mode_match else None
    values: list[float] = []
    for match in _LEVERAGE.finditer(text):
        values.extend(float(v) for v in match.group(2, 3) if v)
    word = _LEVERAGE_WORD.search(text)
    if word:
        values.append(float(word.group(1)))
    return (max(values) if values else None), mode


def _confidence(text: str) -> float | None:
    match = _CONFIDENCE.search(text)
    if not match:
        return None
    value = float(match.group(1))
    if match.group(2) == "%" or value > 1:
        value /= 100
    return value if 0 <= value <= 1 else None


def _follow_up(text: str, symbol: str | None) -> ParsedMessage | None:
    lower = text.lower()
    if symbol is None:  # follow-ups often name the token bare: "SOL stop loss hit"
        bare = next(
            (w for w in re.findall(r"\b[A-Z][A-Z0-9]{1,9}\b", text) if w not in _WORDS_NOT_TOKENS),
            None,
        )
        symbol = normalise_token(bare) if bare else None
    price_match = re.search(r"\b(?:at|@)\s*(" + NUMBER + ")", text)
    price = _number(price_match.group(1)) if price_match else None

    def result(action: FollowUpAction, **extra: object) -> ParsedMessage:
        return ParsedMessage(
            MessageKind.FOLLOW_UP,
            symbol=symbol,
            action=action,
            price=price,
            **extra,  # type: ignore[arg-type]
        )

    if re.search(r"\b(cancel(?:l?ed)?|don'?t enter|not valid|invalid(?:ated)?)\b", lower):
        return result(FollowUpAction.CANCEL)
    moved = re.search(
        r"\b(?:move|moved|moving|set)\b[^\n]*\b(?:sl|stop(?:\s*loss)?)\b[^\n]*?\b(?:to)\b\s*"
        r"(entry|breakeven|break\s*even|be\b|" + NUMBER + ")",
        lower,
    ) or re.search(
        r"\b(?:sl|stop(?:\s*loss)?)\b[^\n]*\b(?:moved|move)\b\s*(?:to)?\s*"
        r"(entry|breakeven|break\s*even|be\b|" + NUMBER + ")",
        lower,
    )
    if moved:
        target = moved.group(1)
        to_entry = not re.match(r"[\d.]", target)
        extra: dict[str, object] = {"stop_to_entry": to_entry}
        if not to_entry:
            extra["new_stop"] = _number(target)
        hit = re.search(r"\b(?:target|tp)\s*(\d)\b[^\n]*?(?:✅|hit|reached|done|achieved)", lower)
        if hit:
            return result(
                FollowUpAction.TARGET_HIT, target_index=int(hit.group(1)), stop_to_entry=to_entry
            )
        return ParsedMessage(
            MessageKind.FOLLOW_UP,
            symbol=symbol,
            action=FollowUpAction.STOP_MOVED,
            stop_to_entry=to_entry,
            new_stop=extra.get("new_stop"),  # type: ignore[arg-type]
        )
    if re.search(r"\b(?:sl|stop(?:\s*loss)?)\b[^\n]*\b(hit|triggered|reached|taken)\b", lower) or (
        "❌" in text and re.search(r"\b(?:sl|stop)\b", lower)
    ):
        return result(FollowUpAction.STOP_HIT)
    if re.search(
        r"\ball\s+(?:take[\s-]*profit\s+)?targets?\s+(?:hit|achieved|reached|done)", lower
    ):
        return result(FollowUpAction.TARGET_HIT)
    hit = re.search(
        r"\b(?:target|tp)\s*(\d)\b[^\n]*?(?:✅|✔|hit|reached|done|achieved|smashed)", lower
    ) or re.search(r"(?:✅|✔)\s*(?:target|tp)\s*(\d)", lower)
    if hit:
        return result(FollowUpAction.TARGET_HIT, target_index=int(hit.group(1)))
    if re.search(r"\b(close|closed|closing|exit|exited|take profit now|book profits?)\b", lower):
        return result(FollowUpAction.CLOSE)
    return None


def parse_message(text: str) -> ParsedMessage:
    """Classify and parse one message; never raises."""
    try:
        return _parse(text if isinstance(text, str) else "")
    except (ValueError, IndexError, OverflowError) as exc:  # a defensive net for odd text
        return ParsedMessage(MessageKind.NEEDS_REVIEW, reason=f"Could not be read ({exc}).")


def _parse(text: str) -> ParsedMessage:
    if not text.strip():
        return ParsedMessage(MessageKind.NOT_SIGNAL, reason="Empty message.")
    symbol, quote = _symbol(text)
    sides = _sides(text)
    entries, entry_kind = _entries(text)
    targets = _targets(text)
    if not sides or (not entries and not targets and entry_kind != "market"):
        follow = _follow_up(text, symbol)
        if follow is not None:
            return follow
    if not sides and symbol is None:
        return ParsedMessage(MessageKind.NOT_SIGNAL, reason="No symbol and no side: not a signal.")
    if len(sides) > 1:
        return ParsedMessage(
            MessageKind.NEEDS_REVIEW,
            symbol=symbol,
            reason="Both long and short are named: the direction is ambiguous.",
        )
    if not sides:
        return ParsedMessage(
            MessageKind.NOT_SIGNAL, symbol=symbol, reason="No side (long/short, buy/sell)."
        )
    side = next(iter(sides))
    if symbol is None:
        return ParsedMessage(MessageKind.NEEDS_REVIEW, side=side, reason="No symbol is named.")
    if not entries and not targets and entry_kind != "market":
        return ParsedMessage(
            MessageKind.NEEDS_REVIEW,
            symbol=symbol,
            side=side,
            reason="A side but neither an entry nor targets: not enough to copy.",
        )
    stop_match = _STOP.search(text)
    stop = _number(stop_match.group(1)) if stop_match else None
    leverage, mode = _leverage(text)
    problem = _contradiction(side, entries, targets, stop)
    parsed = ParsedMessage(
        MessageKind.NEEDS_REVIEW if problem else MessageKind.SIGNAL,
        reason=problem,
        symbol=symbol,
        quote=quote,
        side=side,
        entries=entries,
        entry_kind=entry_kind,
        take_profits=targets,
        stop_loss=stop,
        leverage=leverage,
        margin_mode=mode,
        confidence=_confidence(text),
    )
    return parsed


def _fmt(value: float) -> str:
    return f"{value:,.8g}"


def _contradiction(
    side: Side, entries: tuple[float, ...], targets: tuple[float, ...], stop: float | None
) -> str:
    if entries and targets:
        if side is Side.LONG and targets[0] <= max(entries):
            return (
                f"Take-profit 1 ({_fmt(targets[0])}) is not above the entry "
                f"({_fmt(max(entries))}) for a long."
            )
        if side is Side.SHORT and targets[0] >= min(entries):
            return (
                f"Take-profit 1 ({_fmt(targets[0])}) is not below the entry "
                f"({_fmt(min(entries))}) for a short."
            )
    if entries and stop is not None:
        if side is Side.LONG and stop >= min(entries):
            return (
                f"The stop ({_fmt(stop)}) is not below the entry ({_fmt(min(entries))}) for a long."
            )
        if side is Side.SHORT and stop <= max(entries):
            return (
                f"The stop ({_fmt(stop)}) is not above the entry ({_fmt(max(entries))}) "
                "for a short."
            )
    return ""
