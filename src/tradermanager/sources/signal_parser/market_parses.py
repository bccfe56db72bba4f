"""Parses that name a market: its base, token and contract copied into the result the same
way wherever a reading knows the coin."""

from __future__ import annotations

from typing import Any

from tradermanager.domain.tokens import Market
from tradermanager.sources.signal_parser.model import FollowUpAction, MessageKind, ParsedMessage


def with_market(parsed: ParsedMessage, market: Market) -> ParsedMessage:
    """``parsed`` naming ``market``."""
    return parsed._replace(symbol=market.base, token=market.token, contract=market.contract)


def for_market(kind: MessageKind, market: Market | None, **fields: Any) -> ParsedMessage:
    """A parse of ``kind`` naming ``market`` (no coin without one), with ``fields``."""
    if market is None:
        return ParsedMessage(kind, **fields)
    return ParsedMessage(
        kind, symbol=market.base, token=market.token, contract=market.contract, **fields
    )


def one_action_follow_up(
    market: Market | None, action: FollowUpAction, confidence: float = 1.0, **fields: Any
) -> ParsedMessage:
    """A follow-up for ``market`` stating the one ``action``, read with ``confidence``."""
    return for_market(
        MessageKind.FOLLOW_UP,
        market,
        action=action,
        confidences=(("action", confidence),),
        actions=(action,),
        **fields,
    )
