"""Promotions whose words read as a close: "VIP renewal closes Friday, 25% off for current
members", "Registration closes Sunday — 30% off", "offer closes at midnight", "enrolment
closes tonight, 20% discount". "Closes" is said of a sale, a registration or a window and
"25% off" is a discount: talk, not a close of a quarter of a position."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import holds_any

_PARTS = ("off", "disc", "promo", "clos", "end", "coupon", "friday")

# a sale's words, or a sale, registration or window that closes or ends
_SALE = re.compile(
    r"(?<![\w])(?:discount|promo(?:tion)?|coupon|black\s+friday|cyber\s+monday"
    r"|(?:renewal|registration|enrol(?:l)?ment|sign[\s\-]?ups?|offer|sale|window|giveaway"
    r"|applications?|early[\s\-]?bird|waitlist|pre[\s\-]?sale|whitelist)s?\s+"
    r"(?:closes?|closing|ends?))(?![\w])"
)
# "25% off" said of a price, not a position ("took 25% off @ 37.23" is a close; so is a reply's
# "take 25% off here")
_PERCENT_OFF = re.compile(r"(?<![\w])\d+(?:\.\d+)?\s*%\s*off(?![\w])")
_TAKEN_OFF = re.compile(
    r"(?<![\w])(?:take|took|taking)\s+\d+(?:\.\d+)?\s*%\s*off(?:\s+(?:here|now))?"
    r"(?:\s*(?:at|@)\s*\$?\d|[^\w\n]*(?:\n|$))"
)


def sale_close(low: str, coin: bool) -> bool:
    """Whether the lower-cased ``low`` advertises a sale or a closing registration; with no
    ``coin`` named, "25% off" alone is a discount too."""
    if not holds_any(low, _PARTS):
        return False
    if _SALE.search(low) is not None:
        return True
    return (
        not coin
        and "off" in low
        and _PERCENT_OFF.search(low) is not None
        and _TAKEN_OFF.search(low) is None
    )
