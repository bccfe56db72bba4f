"""Another trader's position relayed into a channel: copy-trading feeds and lead traders'
notices — "🔔 @whale_hunter opened LONG SOLUSDT 20x @ 148.2", "Lead trader @degen_kate added to
the ETH short at 3,412", "Copy-trading feed: @moonwalker → LINK short 50x, entry 15.427". The
position is someone else's: whether the channel means it as its own call a reader decides."""

from __future__ import annotations

import re

_OTHER_OPENED = re.compile(
    # a handle opens with a letter ("BUY SOL @148 → 152" is a price), and is a person's
    r"@(?!(?:everyone|here|channel|all)(?![\w]))[^\W\d]\w*[^\S\n]*"
    r"(?:→|->|➜|(?:just[^\S\n]+)?(?:opened|added(?:[^\S\n]+to)?|entered|is[^\S\n]+now|went"
    r"|has[^\S\n]+opened))(?![\w])"
    r"|(?:lead|top)[^\S\n]+trader[^\S\n]+@[^\W\d]\w*"
    r"|copy[^\S\n]*-?[^\S\n]*trading[^\S\n]+(?:feed|alert|update)",
    re.I,
)


def other_trader_open(text: str) -> str | None:
    """The reason when ``text`` relays another trader's opened position (a handle before
    "opened" / "→", a lead trader named, a copy-trading feed), else None."""
    if "@" not in text and "rading" not in text and "RADING" not in text:
        return None
    m = _OTHER_OPENED.search(text)
    if m is None:
        return None
    return f"Another trader's position (“{m.group().strip()}”): the channel's own call? Check it."
