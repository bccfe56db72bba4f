"""Entry ladders written without an entry label, spelt out as one.

Two layouts give their orders no label the reader knows:

- lines that write each order's share before its price, under a heading that names the coin
  and the side ("🪜 BERA LONG ladder" / "40% @ 5.203" / "30% @ 5.131" / "30% @ 5.06"): the
  shares are sizes (the corpus carries no weights), the prices the entries in order. A run
  under a targets or exit heading ("Targets:" / "TP 50% @ x", "Take profit:" / "50% @ x") or
  under a label of its own ("Entries:") is left as it is.
- ordinal words in a sentence ("Averaging plan for $LTC short: first 74.9, second 75.57, third
  76.23", "1st a, 2nd b", "first a, then b", "first entry a, second entry b"): the entries when
  the sentence names an entry or averaging before them or the ordinals say "entry"; the targets
  when they say "target" / "TP" ("first target x, second target y"). Ordinals out of order or
  of mixed kinds are left as they are, for review.
"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.lower_case import lower_case

_PRICE = r"\$?\d[\d,]*(?:\.\d+)?(?![\d%]|[.,]\d|[^\S\n]?%|[^\S\n]?[xX]\b)"
_SHARE_ROW = (
    r"[^\S\n]*(?:[-•*▪·][^\S\n]*)?\d{1,3}(?:\.\d+)?[^\S\n]?%[^\S\n]*(?:@|at\b)[^\S\n]*"
    rf"(?P<price>{_PRICE})[^\S\n]*"
)
_SHARE_RUN = re.compile(rf"^(?:{_SHARE_ROW}(?:\n|$)){{2,}}", re.M)
_ROW_PRICE = re.compile(_SHARE_ROW)
# a heading over the run that makes its lines exits, not entries
_EXIT_HEADING = re.compile(
    r"\btps?\b|target|take|profit|\bsell|close|exit|\btgts?\b|🎯|\btrim|\bscale[^\S\n]+out", re.I
)

_ORDINALS = {
    **dict.fromkeys(["first", "1st"], 1),
    **dict.fromkeys(["second", "2nd"], 2),
    **dict.fromkeys(["third", "3rd"], 3),
    **dict.fromkeys(["fourth", "4th"], 4),
    **dict.fromkeys(["fifth", "5th"], 5),
}
_ORD = r"(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)"
_KIND = r"(?:entry|buy|order|fill|add|bid|target|tp|take[^\S\n]+profit)"
_ITEM = (
    rf"(?P<ord>{_ORD}|then)(?:[^\S\n]+(?P<kind>{_KIND}))?[^\S\n]*(?:[:@]|at\b)?[^\S\n]*"
    rf"(?P<price>{_PRICE})"
)
_ITEM_RE = re.compile(_ITEM, re.I)
_ITEM_ANON = re.sub(r"\(\?P<\w+>", "(?:", _ITEM)
_SEQUENCE = re.compile(
    rf"(?<![\w.])(?:first|1st)\b{_ITEM_ANON[len('(?:' + _ORD + '|then)') :]}"
    rf"(?:[^\S\n]*[,;]?[^\S\n]*(?:and[^\S\n]+)?{_ITEM_ANON})+",
    re.I,
)
_ENTRY_WORD = re.compile(
    r"entr|averag|\bdca\b|scal|ladder|\bbuy|\badd|accumulat|\bbids?\b|\bfills?\b|\borders?\b",
    re.I,
)
_SENTENCE_START = re.compile(r"(?:[.!?](?:[^\S\n]|$)|\n)")


def may_hold_ordinal_ladder(text: str) -> bool:
    """A literal test: an ordinal word, or a share written before an "@"."""
    if "%" in text and ("@" in text or " at " in text):
        return True
    low = lower_case(text)
    return "first" in low or "1st" in low


def ordinal_ladders(text: str) -> str:
    """``text`` with a share-first ladder or an ordinal sentence written as a labelled line."""
    if "%" in text:
        text = _share_runs(text)
    low = lower_case(text)
    if "first" in low or "1st" in low:
        text = _ordinal_sequence(text)
    return text


def _share_runs(text: str) -> str:
    out = text
    for run in reversed(list(_SHARE_RUN.finditer(text))):
        above = text[: run.start()].rstrip().rsplit("\n", 1)[-1]
        if above.rstrip().endswith(":") or _EXIT_HEADING.search(above):
            continue  # a labelled list ("Entries:", "Targets:") or an exit ladder
        prices = [m["price"] for m in _ROW_PRICE.finditer(run.group(0))]
        tail = "\n" if run.group(0).endswith("\n") else ""
        out = out[: run.start()] + "Entries: " + " / ".join(prices) + tail + out[run.end() :]
    return out


def _ordinal_sequence(text: str) -> str:
    m = _SEQUENCE.search(text)
    if m is None:
        return text
    items = list(_ITEM_RE.finditer(m.group(0)))
    numbers: list[int] = []
    for i, item in enumerate(items):
        word = item["ord"].lower()
        numbers.append(numbers[-1] + 1 if word == "then" and i else _ORDINALS.get(word, 0))
    if numbers != list(range(1, len(items) + 1)):
        return text  # "second a, first b", "third" with no "second": left for review
    kinds = {_kind(item["kind"]) for item in items if item["kind"]}
    if len(kinds) > 1:
        return text
    kind = kinds.pop() if kinds else None
    if kind is None:
        start = max((s.end() for s in _SENTENCE_START.finditer(text, 0, m.start())), default=0)
        if not _ENTRY_WORD.search(text, start, m.start()):
            return text  # "first 74.9, second 75.57" after no entry word: whose levels?
        kind = "Entries"
    prices = " / ".join(item["price"] for item in items)
    return f"{text[: m.start()].rstrip()}\n{kind}: {prices}\n{text[m.end() :].lstrip()}"


def _kind(word: str) -> str:
    low = word.lower()
    return "Targets" if low.startswith(("target", "tp", "take")) else "Entries"
