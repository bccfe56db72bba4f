"""A channel's own layout, learnt from one correction in the review queue.

Some channels mark their levels with signs no lexicon knows ("🔼 ETH 3400 ➡️ 3500 3600 ⛓ 3300").
When the user corrects such a message, :func:`learn_template` looks at what stands right
before each corrected price — "➡️" before the first target, "⛓" before the stop — and keeps
those markers. :meth:`ChannelTemplate.apply` then writes the ordinary label in their place, so
the same parser reads the channel's other messages. A template is only ever applied to
messages the user sees first (the review queue shows the re-read messages before applying).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tradermanager.domain.enums import Side
from tradermanager.sources.signal_parser.message_parts import MessageParts
from tradermanager.sources.signal_parser.model import ParsedMessage

CANONICAL = {"entry": "Entry:", "target": "TP:", "stop": "SL:", "long": "LONG", "short": "SHORT"}
_SEPARATORS = " \t:=-–>→➜@"


@dataclass(frozen=True, slots=True)
class ChannelTemplate:
    """Markers of one channel, each with the part of a signal it introduces."""

    markers: tuple[tuple[str, str], ...]  # (marker as written, entry|target|stop|long|short)

    def apply(self, text: str) -> str:
        """``text`` with every marker replaced by the ordinary label of its part."""
        for marker, kind in sorted(self.markers, key=lambda mk: -len(mk[0])):
            label = f" {CANONICAL[kind]} "
            if marker.isalnum():
                pattern = r"(?<![\w])" + re.escape(marker) + r"(?![\w])"
                text = re.sub(pattern, label, text, flags=re.I)
            else:
                text = text.replace(marker, label)
        return text

    def describe(self) -> str:
        """The markers in a sentence, for the review queue."""
        names = {
            "entry": "entry",
            "target": "targets",
            "stop": "stop",
            "long": "long",
            "short": "short",
        }
        return ", ".join(f"“{m}” = {names[k]}" for m, k in self.markers)


def _marker_before(text: str, start: int) -> str:
    """The run of non-space characters just before ``start`` (past separators), or ""."""
    end = start
    while end > 0 and text[end - 1] in _SEPARATORS:
        end -= 1
    begin = end
    while begin > 0 and not text[begin - 1].isspace():
        begin -= 1
    marker = text[begin:end].strip(_SEPARATORS)
    if not marker or any(c.isdigit() for c in marker):
        return ""  # a number before a number: a list continues
    return marker


def learn_template(text: str, corrected: ParsedMessage) -> ChannelTemplate | None:
    """The markers that introduce the corrected entries, first target and stop in ``text``
    (and a sign-only marker for the side); None when nothing new can be learnt."""
    read = MessageParts(text, None)
    known = {text[lab.start : lab.end].lower() for lab in read.labels}
    symbol = (corrected.symbol or "").upper()
    learnt: dict[str, str] = {}

    def learn(value: float | None, kind: str) -> None:
        if value is None:
            return
        for number in read.numbers:
            if abs(number.value - value) <= 1e-12 * max(1.0, value):
                marker = _marker_before(text, number.start)
                naming_symbol = bool(symbol) and marker.lstrip("#$").upper().startswith(symbol)
                if (
                    marker
                    and not naming_symbol
                    and marker.lower() not in known
                    and marker not in learnt
                ):
                    learnt[marker] = kind
                return

    for entry in corrected.entries[:1]:
        learn(entry, "entry")
    learn(corrected.take_profits[0] if corrected.take_profits else None, "target")
    learn(corrected.stop_loss, "stop")
    if corrected.side is not None and not any(lab.kind in ("long", "short") for lab in read.labels):
        first_number = read.numbers[0].start if read.numbers else len(text)
        for token in text[:first_number].split():
            if token.isascii() or any(c.isalnum() for c in token) or token in learnt:
                continue  # only signs (🔼, 📈): a word may mean anything
            learnt[token] = "long" if corrected.side is Side.LONG else "short"
            break
    if not learnt:
        return None
    return ChannelTemplate(tuple(learnt.items()))
