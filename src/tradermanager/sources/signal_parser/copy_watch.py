"""Copy-trade watchers' notices about a followed trader's position: "🚨 Trade Partial Close
Detected / trader⏐SOLUSDT⏐LONG⏐x10 / 148.2⏐ -0.8 ⏐ 40% / ROI …" (that share closed; the price on
that line is the position's entry, so no close price is read), "🔴 Trade Close Detected / … /
Close price: 152.3" (a whole close there). A new trade, a size increased or a leverage changed,
detected without a plan, go to review: the copier cannot size or protect them from the notice."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.market_parses import one_action_follow_up
from tradermanager.sources.signal_parser.message_parts import MessageParts
from tradermanager.sources.signal_parser.model import FollowUpAction, MessageKind, ParsedMessage
from tradermanager.sources.signal_parser.symbols import find_symbol

_S = r"[^\S\n]"
_HEAD = re.compile(
    rf"^[^\w\n]*(trade{_S}+partial{_S}+close|trade{_S}+close|position{_S}+close"
    rf"|new{_S}+trade|position{_S}+(?:increase|decrease)|leverage{_S}+change){_S}+detected",
)
# the share closed: a cell "40%" alone between bars or at the line's end
_SHARE = re.compile(rf"(?:^|[⏐|]){_S}*(\d{{1,3}}(?:\.\d+)?){_S}*%{_S}*$", re.M)
_CLOSE_PRICE = re.compile(
    rf"^[^\w\n]*close{_S}+price{_S}*:{_S}*\$?(\d[\d,]*(?:\.\d+)?){_S}*$", re.M
)


def may_be_watch_notice(low: str) -> bool:
    """The cheap test: "detected" in the lower-cased text."""
    return "detected" in low


def watch_notice(read: MessageParts) -> ParsedMessage | None:
    """``read`` as the close its "… Detected" heading names, or review for a change."""
    low = read.low
    head = _HEAD.match(low)
    found = find_symbol(read.text)
    if head is None or found is None:
        return None
    what = head.group(1)
    if what.startswith("trade partial"):
        share = _SHARE.search(low)
        if share is None or not 0 < (part := float(share.group(1))) < 100:
            return None
        return one_action_follow_up(found.market, FollowUpAction.CLOSE, close_fraction=part / 100)
    if what in ("trade close", "position close"):
        price = _CLOSE_PRICE.search(low)
        return one_action_follow_up(
            found.market,
            FollowUpAction.CLOSE,
            close_fraction=1.0,
            price=float(price.group(1).replace(",", "")) if price else None,
        )
    return ParsedMessage(
        MessageKind.NEEDS_REVIEW,
        reason=f"A followed trader's {what} detected, without a plan to copy: check it.",
        symbol=found.market.base,
    )
