"""A call made on a data release's outcome: "Plan for PCE (13:30 UTC): if it prints soft, long
APT at 8.454, SL 8.134, TP …. No print, no trade", "If CPI comes in hot I short ETH at …". The
levels are whole, but the trade stands only once the number is out and goes the named way: not a
trade to copy now. Checked on a message read as a signal, behind a literal test of "if" and a
release's name."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import holds_any

_RELEASES = ("cpi", "ppi", "pce", "fomc", "nfp", "payroll", "fed", "gdp", "jobs report", "print")
# "if it prints soft", "if CPI comes in above forecast", "if the Fed cuts", "if it is a dovish
# cut", "if NFP beats", "if the print misses"
_ON_RELEASE = re.compile(
    r"(?<![\w])if[^\S\n]+(?:it|they|the[^\S\n]+(?:print|number|data|fed|release|decision)"
    r"|(?:core[^\S\n]+)?(?:cpi|ppi|pce)|fomc|nfp|payrolls|gdp|powell)[^\S\n]+"
    r"(?:prints?|comes?[^\S\n]+in|cuts?|hikes?|beats?|miss(?:es)?|surprises?"
    r"|is[^\S\n]+(?:hot|soft|a[^\S\n]+(?:hawkish|dovish)))(?![\w])"
)

REASON = (
    "The call is made on a data release's outcome (“{}”): it stands only once the number "
    "is out. Check it then."
)


def on_release(text: str) -> str:
    """The reason when ``text`` makes its call on a data release's outcome, else ""."""
    if "if" not in text and "If" not in text and "IF" not in text:
        return ""
    low = text.lower()
    if not holds_any(low, _RELEASES):
        return ""
    m = _ON_RELEASE.search(low)
    return REASON.format(m.group().strip()) if m else ""
