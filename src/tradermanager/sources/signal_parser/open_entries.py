"""Entries a card leaves open: the order it names is not the whole order the channel means.

- a limit with the market as its fallback: "Entry: 0.2569 (limit), market if it does not come
  back", "Buy 148.2, else market": copied as the limit alone, the fill the channel wants when
  the price runs away never comes; copied at market, the limit the channel wrote is skipped;
- a share at market beside a share whose price is not given: "Entry: 50% at market, 50% lower
  (level in the next post)": copied as a market order, the whole size goes in at once;
- a market entry with a limit added after it in the same line, when the reading did not keep
  the limit as the market order's entry: "Market entry, then a limit at 138.20" (its "then"
  reads the limit's price as a target), "Enter at market, limit at 3,420" (the limit dropped);
  "Market sell now, limit at 1.1581", read as a market order with the limit as its entry, stays;
- an alert whose entry is the condition it waits for: "Condition: 1h close > 0.4331" over
  "Message: long 1INCH, tp …, sl …": a limit at the condition's price would fill at once on a
  breakout, long before the candle closes beyond it.

Each sends the card to review. Checked on a message read as a signal, behind substring tests
of "arket" (the first two), "imit" (the third) and "ondition" (the last)."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.model import ParsedMessage

# a limit's fallback to the market, as written after the limit's price ("market if it does not
# come back", "market if missed", "else market", "otherwise at market", "or market if late")
_FALLBACK = re.compile(
    r"(?<![\w])(?:(?:else|otherwise)[^\S\n]+(?:at[^\S\n]+)?market(?![\w])"
    r"|market[^\S\n]+(?:if|when|once)[^\S\n]+(?:it[^\S\n]+|price[^\S\n]+|we[^\S\n]+|you[^\S\n]+)?"
    r"(?:miss|does|doesn|do[^\S\n]+not|don|never|runs?|is[^\S\n]+not|isn|are[^\S\n]+late|late))"
)
# a share at market ("50% at market", "half at market", "40% now", "30% @ CMP")
_SHARE_AT_MARKET = re.compile(
    r"(?:\d{1,3}[^\S\n]?%|half|a[^\S\n]+third)[^\S\n]+(?:(?:at|@)[^\S\n]*)?(?:market|cmp|now)"
    r"(?![\w])"
)
_PERCENT = re.compile(r"\d{1,3}(?:[.,]\d+)?[^\S\n]?%")
# a market entry, then a limit at a price in the same line ("market entry, then a limit at
# 138.20", "cmp and a limit @ 0.4581", "buy now + limit order 3,420"; not "Market (0.4665) |
# Limit: 0.4581", a bar's two order lines); the price is group 1
_LIMIT_AFTER_MARKET = re.compile(
    r"(?<![\w])(?:market|cmp|now)(?![\w])[^\n|]{0,40}?(?:(?<![\w])(?:then|and|plus)|\+|,)"
    r"[^\S\n]+(?:(?:add|place|set|put)[^\S\n]+)?(?:an?[^\S\n]+)?limit(?:[^\S\n]+order)?"
    r"[^\S\n]*(?:(?:at|@|:)[^\S\n]*)?\$?(\d[\d.,]*\d|\d)"
)
# a share of the order, in figures or in words ("60%", "half", "a third", "the rest")
_SHARE = re.compile(
    r"\d{1,3}(?:[.,]\d+)?[^\S\n]?%|(?<![\w])(?:half|(?:a|one|two)[^\S\n]+thirds?|rest"
    r"|remainder|remaining)(?![\w])"
)
# a condition's line with a comparison before its price ("Condition: 1h close > 0.4331",
# "Condition - crossing above 148.2", "Trigger condition: price ≥ 63450")
_CONDITION = re.compile(
    r"^[^\w\n]*(?:\w+[^\S\n]+)?condition[^\S\n]*[:=\-–—][^\n]*?"
    r"(?:[<>≥≤]|(?<![\w])(?:above|below|over|under|cross(?:es|ing)?)(?![\w]))[^\S\n]*\$?\d",
    re.M,
)

REASON = "{}: the order the card names is not the whole order. Check it."


def entry_left_open(text: str) -> str:
    """The reason when a limit's fallback is the market or a share at market stands beside a
    share with no price, else "". (The caller tests "arket" first.)"""
    low = text.lower()
    if m := _FALLBACK.search(low):
        return REASON.format(f"“{m.group()}” beside a limit")
    for m in _SHARE_AT_MARKET.finditer(low):
        start = low.rfind("\n", 0, m.start()) + 1
        end = low.find("\n", m.end())
        line = low[start : end if end >= 0 else len(low)]
        if len(_SHARE.findall(line)) > 1 and not any(c.isdigit() for c in _PERCENT.sub("", line)):
            return REASON.format(f"“{m.group()}” beside a share with no price")
    return ""


def alert_condition(text: str) -> str:
    """The reason when an alert's condition line stands for the entry, else "". (The caller
    tests "ondition" first.)"""
    m = _CONDITION.search(text.lower())
    if m is None:
        return ""
    return REASON.format(f"the alert waits for “{m.group().strip()}”")


def _written(number: str) -> float:
    """``number`` as a price: a comma before three digits groups thousands, else it is the
    decimal mark ("3,420" is 3420, "0,4581" is 0.4581)."""
    if "," in number and "." not in number and not re.search(r",\d{3}(?!\d)", number):
        return float(number.replace(",", "."))
    return float(number.replace(",", ""))


def limit_after_market(text: str, read: ParsedMessage) -> str:
    """The reason when a limit follows a market entry in one line and ``read`` did not keep it
    as the market order's entry, else "". (The caller tests "imit" first.)"""
    for m in _LIMIT_AFTER_MARKET.finditer(text.lower()):
        price = _written(m.group(1))
        if read.order_type == "market" and any(abs(e - price) < 1e-12 for e in read.entries):
            continue  # read as the convention has it: a market order, the limit its entry
        quoted = m.group()[: m.start(1) - m.start()].strip()
        return REASON.format(f"a limit after a market entry (“{quoted} {m.group(1)}”)")
    return ""
