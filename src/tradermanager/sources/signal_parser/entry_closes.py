"""A position closed at its entry by the admin, in words the close patterns do not hold:
"Scratched TIA at entry", "scratch on #SOL at BE", "We took #DOT off at entry, flat trade".
A scratch is the admin's own exit at (or about) the entry price: a whole close, not a stop hit
(the stop left at the entry and hit is "stopped at breakeven", read in ``follow_ups``). A
scratch told in general ("a scratch is not a loss", "scratched out of good trades") or not done
("don't scratch it", "would have scratched") is not read here, nor "scratch the SOL trade" (a
call withdrawn: ``follow_ups.CANCEL``)."""

from __future__ import annotations

import re

_S = r"[ \t]"
_AT_ENTRY = r"(?:entry|be|b/e|breakeven|break[ \t\-]?even|cost)(?![\w])"
_COIN = r"(?:[#$]?[\w/]+" + _S + r"+)"
_CLOSED_AT_ENTRY = re.compile(
    # "Scratched TIA at entry", "scratch on #SOL at BE"
    rf"(?<![\w])scratch(?:ed|ing)?{_S}+(?:on{_S}+)?{_COIN}?(?:at|on){_S}+(?:the{_S}+)?{_AT_ENTRY}"
    # "We took #DOT off at entry", "taking it off at BE"
    rf"|(?<![\w])(?:took|taking|take){_S}+(?:it{_S}+|{_COIN})?off{_S}+at{_S}+(?:the{_S}+)?"
    + _AT_ENTRY
)
# (asked in the scratch's own sentence: "Scratched TIA at entry. Market isn't moving" is done)
_NOT_DONE = re.compile(
    r"(?<![\w])(?:not|don't|don’t|never|if|would|should|could|when|means)(?![\w])"
)
_SENTENCE_END = re.compile(r"[.!?\n](?:[ \t]|$)")


def closed_at_entry(lower: str) -> bool:
    """Whether the lower-cased ``lower`` tells a position closed at its entry by hand."""
    m = _CLOSED_AT_ENTRY.search(lower)
    if m is None:
        return False
    start = max(lower.rfind(".", 0, m.start()), lower.rfind("\n", 0, m.start())) + 1
    end = _SENTENCE_END.search(lower, m.end())
    return _NOT_DONE.search(lower, start, end.start() if end else len(lower)) is None
