"""A call whose line tags two coins ("#Futures #OP #ADA #Short", "$SOL $AVAX long"): the card
names one coin's levels and the reading took the first tag, yet which coin is traded the line
does not say. Copied, the levels would go on the wrong coin half the time."""

from __future__ import annotations

from tradermanager.sources.signal_parser.model import ParsedMessage
from tradermanager.sources.signal_parser.symbols import listed_bases, named_coins


def two_coins_tagged(text: str, signal: ParsedMessage) -> str:
    """The reason when a line naming the signal's coin by a tag tags another coin too, else ""."""
    token = signal.token or signal.symbol
    if token is None or text.count("#") + text.count("$") < 2:
        return ""
    for line in text.split("\n"):
        if line.count("#") + line.count("$") < 2 or token not in line.upper():
            continue  # (a line of one tag, or one without the coin read)
        coins = named_coins(line)
        # (another tag must be a listed coin's: "#DAYTRADE", "#VIP" are no coins)
        listed = listed_bases()
        other = sorted(c for c in coins - {token} if c in listed)
        if other and token in coins:
            others = ", ".join(other)
            return (
                f"The line “{line.strip()[:60]}” tags {token} and {others}: which coin is "
                "traded? Check it."
            )
    return ""
