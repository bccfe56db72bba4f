"""The judgement's reading of a message as a follow-up (a target or the stop hit, a stop moved,
a close, a cancel, an entry filled, a re-entry) and of a signal that also reports itself done
(a recap, a target or the stop hit, a cancel, several stamped messages pasted together). The
words and patterns of each action are in :mod:`follow_ups`; this module builds the follow-up's
result from them and the message's parts."""

from __future__ import annotations

import re
from itertools import pairwise

from tradermanager.domain.enums import Side
from tradermanager.sources.signal_parser import follow_ups, numbers, sections
from tradermanager.sources.signal_parser.cited_entries import cited_entries
from tradermanager.sources.signal_parser.literal_first import holds_any
from tradermanager.sources.signal_parser.member_replies import member_reply
from tradermanager.sources.signal_parser.message_parts import MAX_TEXT, MessageParts
from tradermanager.sources.signal_parser.model import (
    MAX_LEVEL_INDEX,
    FollowUpAction,
    MessageKind,
    ParsedMessage,
)
from tradermanager.sources.signal_parser.stop_fills import stop_filled
from tradermanager.sources.signal_parser.symbols import bare_upper_token, small_letter_coins

_new_tuple = tuple.__new__  # ParsedMessage built in its fields' order (see judgement.parsed_signal)

CHECK_MARKS = re.compile(r"✅|✔|⚠️|❌|⛔|🎯")
# Several messages pasted into one post, each opening with its time: "[10:13] …",
# "Admin, [05.12.26 14:29]", "05/12/2026, 14:29 - …". Its quick test: "[" or "/" and ":".
_STAMPED_LINE = re.compile(
    r"^[^\S\n]*(?:[^\n\[\]]{0,40}\[[^\]\n]{0,16}\b\d{1,2}:\d\d\b[^\]\n]{0,8}\]"
    r"|\d{1,2}/\d{1,2}/\d{2,4},?[^\S\n]+\d{1,2}:\d\d\b)",
    re.M,
)

# ("future results" is a risk warning's: "Past performance is no guide to future results";
# "Yesterday at 09:05" is an embed footer's time stamp, no recap)
# ("best call", "best trade": a period's results naming its best one, "📊 November: +263% total,
# best call APT/USDT +55% (entry 9.482)")
RECAP = re.compile(
    r"(?<![\w])(?:recap|(?<!future\s)results?|last\s+week|yesterday(?!\s+at\s+\d{1,2}:\d\d)"
    r"|last\s+month|be(?-i:[sS])t\s+(?:calls?|trades?|signals?))(?![\w])",
    re.I,
)
# A part of each of those words that the lower-cased text holds whenever the regex matches:
# one quick test before the regex, which tries every position. (No "s", "i" or "k": their
# case-insensitive matches include characters that lower() does not turn into them; the "s" of
# "best" is matched case-sensitively for that.)
RECAP_PARTS = re.compile("recap|ult|terday|wee|month|best")
# the same, each looked for with a substring test (this runs on every signal)
RECAP_PART_WORDS = ("recap", "ult", "terday", "wee", "month", "best")

# A result beside a recap word (a signed percentage, a check mark, a profit word): without one
# "yesterday" is a news line's ("ETF inflows hit $1.2B yesterday") above a signal (a level
# reported hit or a trade closed is caught by the done-words read after it)
_RESULT_MARK = re.compile(
    r"[+\-−]\s?\d+(?:[.,]\d+)?\s?%|✅|✔|🚀|💰"
    r"|(?<![\w])(?:profits?|pnl|roi|roe|gains?|wins?|won|loss(?:es)?)(?![\w])",
    re.I,
)
_DONE_ACTIONS = (FollowUpAction.TARGET_HIT, FollowUpAction.STOP_HIT, FollowUpAction.CANCEL)
# A done-word inside a condition or an instruction for later: "cancel if not filled",
# "cancel the order if …", "once TP1 hits", "when target 2 is reached", "if SL gets hit".
_DONE_CONDITION = (
    r"(?:the\s+)?(?:tp|target|take[\s\-]*profit|sl|stop(?:[\s\-]*loss)?)\s*\d{0,2}\s*"
    r"(?:is\s+|gets\s+|has\s+been\s+)?(?:hits?|reached|achieved|done|filled|triggered|✅|✔️?)"
)  # ("after TP1 ✅": the mark stands for the word)
_CONDITIONAL = re.compile(
    r"(?<![\w])(?:cancel(?:led)?(?:\s+(?:the\s+)?(?:order|trade|signal|it))?\s+(?:if|when|unless"
    r"|once|in\s+case|should|after)(?:\s+" + _DONE_CONDITION + r")?"  # "Cancel if TP1 is hit"
    r"|(?:once|when|after|if|until|before|as\s+soon\s+as)\s+" + _DONE_CONDITION + r")(?![\w])"
    # "TP1 hit → move SL to entry": what to do then, not a report
    r"|(?:tp|target)\s*\d{0,2}\s*(?:hit|reached|done)\s*(?:→|->|=>|⇒|➡️?|,?\s*then)\s*"
    r"(?:move|set|put|trail|close|take|book|secure)",
    re.I,
)


_CLOSED = re.compile(r"(?<![\w])closed(?![\w])")
# A paragraph of chart analysis: the words of its reasons ("support", "RSI", "200 EMA",
# "volume", "funding"), sentences, no mark of a hit or a profit
_ANALYSIS_WORD = re.compile(
    r"(?<![\w])(?:support|resistance|rsi|ema|sma|ma|macd|volume|funding|oi|open\s+interest"
    r"|trend(?:line)?|structure|breakout|retest|demand|supply|fib|divergence)(?![\w])",
    re.I,
)
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
_DONE_MARK = re.compile(
    r"✅|✔|🎯|🚀|💰|(?<![\w])(?:hit|reached|smashed|closed|booked)(?![\w])", re.I
)


def _recap_outside_analysis(text: str) -> bool:
    """Whether a recap word and a result stand together outside paragraphs of analysis: "DOT
    did +123% last week" in the reasons written under a signal tells the coin's past move,
    not this trade's result. A paragraph of analysis is one line of at least twelve words
    with an analysis word and no mark of a hit or a profit."""
    if "\n" not in text:
        return True
    kept = [
        part
        for part in _PARAGRAPH_BREAK.split(text)
        if "\n" in part.strip()
        or len(part.split()) < 12
        or _ANALYSIS_WORD.search(part) is None
        or _DONE_MARK.search(part) is not None
    ]
    rest = "\n\n".join(kept)
    return RECAP.search(rest) is not None and _RESULT_MARK.search(rest) is not None


# the words opening a new call after a recap: "Next one:", "New call 👇", "next trade —"
_NEXT_CALL = re.compile(
    r"(?<![\w])(?:next|new)\s+(?:one|call|trade|setup|signal)\s*(?::|👇|—|–|-(?!\d))", re.I
)


def _call_after_recap(text: str, low: str, named_at: int) -> int | None:
    """Where the call starts when a recap of other trades stands in paragraphs above it:
    "Yesterday: SOL TP2 ✅, AVAX stopped ❌. / (blank line) / New one 👇 LONG LINK …", or on
    its line before a "Next one:". The paragraphs (or the words) before the one first naming
    the call's coin (at ``named_at``) hold the recap; from there on there is no recap word and
    no result. Else None."""
    start = 0
    for m in _PARAGRAPH_BREAK.finditer(text, 0, named_at):
        start = m.end()
    if start == 0:
        # (or on the recap's line, after a word that opens the next call: "Thanks for the
        # messages after yesterday's win ❤️ Next one: WIF long at …")
        for m in _NEXT_CALL.finditer(text, 0, named_at):
            start = m.start()
    if start == 0 or not holds_any(low[:start], RECAP_PART_WORDS):
        return None
    call = text[start:]
    if RECAP.search(call) or _RESULT_MARK.search(call) or CHECK_MARKS.search(call):
        return None
    return start


def already_done(text: str, low: str, lower: str, named_at: int | None = None) -> str:
    """A reason when a message that reads as a signal also says it is over: a recap or a
    results post, a target or the stop hit, a cancel. (Instructions such as "move the stop
    to entry after TP1" are no sign of that.) ``low`` is ``text.lower()``, ``lower`` the
    same with every position kept (:func:`numbers.lowered`); ``named_at`` is where the text
    first names the signal's coin: a recap of other coins above the call's paragraph tells
    those trades' results, not this one's."""
    if (
        named_at is not None
        and ("\n" in text[:named_at] or "next " in low or "new " in low)
        and (start := _call_after_recap(text, low, named_at)) is not None
    ):
        text, low, lower = text[start:], low[start:], lower[start:]
    if (
        holds_any(low, RECAP_PART_WORDS)
        and RECAP.search(text)
        and _RESULT_MARK.search(text)
        and _recap_outside_analysis(text)
    ):
        return "Reads as a signal but is a recap or a results post: check it."
    if (
        ":" in text
        and ("[" in text or "/20" in text)
        and len(_STAMPED_LINE.findall(text, 0, MAX_TEXT)) > 1
    ):
        return (
            "Several messages pasted into one post, each with its time: the later ones may "
            "update or cancel the signal. Check it."
        )
    if "✅" in text or "✔" in text or "🎯" in text:
        marked = _without_list_checks(text)
        if marked != text:
            text, lower = marked, numbers.lowered(marked)
    if not follow_ups.may_report_done(lower) and not (
        "closed" in low and holds_any(lower, follow_ups.DONE_SIGNS)
    ):  # (a "closed" on a line of check marks taken out is still read below, as it was)
        return ""
    matched = follow_ups.match_action(text, lower, may_be_done=True)
    if matched is not None and matched[0] in _DONE_ACTIONS:
        # "cancel if not filled", "move the stop to entry once TP1 hits": instructions for
        # later, not a report — read again without them
        plain = _CONDITIONAL.sub(" ", text)
        if plain != text:
            matched = follow_ups.match_action(plain, numbers.lowered(plain))
    if matched is not None and matched[0] in _DONE_ACTIONS:
        return (
            f"Reads as a signal but also reports it as {matched[0].value.replace('_', ' ')}: "
            "check it."
        )
    if matched is not None and matched[0] is FollowUpAction.CLOSE and _CLOSED.search(low):
        # "hit TP1 3,420 and TP2 3,460. Remaining closed at entry": a trade told after it
        return CLOSED_REPORT
    return ""


CLOSED_REPORT = "Reads as a signal but also reports it closed: check it."
# a question mark closing a sentence of a short message (one or two lines)
_QUESTION = re.compile(r"\A[^\n]*(?:\n[^\n]*)?\?(?=[^\w]*(?:$|\s))(?![^\n]*\n[^\n]*\n)")
# "✅ TP 1: 0.4384": a check mark as the bullet of a numbered target line with its price
_CHECKED_TARGET_LINE = re.compile(
    r"^[^\S\n]*(✅|✔️?|🎯)[^\S\n]*(?=(?:take[\s\-]*profit|target|tp|t)[\s\-]*\d{1,2}"
    r"(?:[^\S\n]*[:=\-–→➜.)]|[^\S\n])[^\S\n]*\$?\d[\d.,]*[^\S\n]*(?:\([^)\n]*\))?[^\S\n]*(?:\1[^\S\n]*)?$)",
    re.I | re.M,
)
_NUMBERED_TARGET_LINE = re.compile(
    r"^[^\w\n]*(?:take[\s\-]*profit|target|tp|t)[\s\-]*\d{1,2}"
    r"(?:[^\S\n]*[:=\-–→➜.)]|[^\S\n])[^\S\n]*\$?\d",
    re.I | re.M,
)
# a risk/reward figure on a line ("SL = 0.7291 → TP2 ≈ 1:2.2 ✅"), with no word of a hit (not a
# label's number before its colon: "TP 1: 0.4384 ✅")
_RATIO_LINE = re.compile(
    r"^(?=[^\n]*(?<![\w.:])(?<![^\W\d_]\s)1[^\S\n]?:[^\S\n]?\d+(?:[.,]\d+)?(?![\d:]))"
    r"(?![^\n]*(?:hit|reach|achiev|done|smash))[^\n]*",
    re.I | re.M,
)


def _without_list_checks(text: str) -> str:
    """``text`` without check marks that report nothing, positions kept: the bullets of a
    signal's numbered target lines when every such line has one ("✅ TP1: 0.4384" / "✅ TP2:
    0.444"), and lines of risk/reward figures ("TP2 ≈ 1:2.2 ✅")."""
    spans = [m.span() for m in _RATIO_LINE.finditer(text) if "✅" in m.group() or "✔" in m.group()]
    checked, lines = [], 0
    for m in _CHECKED_TARGET_LINE.finditer(text):
        lines += 1
        checked.append(m.span())
        end = text.find("\n", m.end())
        line = text[m.end() : end if end >= 0 else len(text)].rstrip()
        if line.endswith(m.group(1)):  # "✅ TP1: 0.4384 ✅": the same mark closing the line
            at = m.end() + len(line) - len(m.group(1))
            checked.append((at, at + len(m.group(1))))
    if lines >= 2 and lines == len(_NUMBERED_TARGET_LINE.findall(text)):
        spans += checked
    return sections.blank_spans(text, spans) if spans else text


def read_follow_up(read: MessageParts) -> ParsedMessage | None:
    """``read`` as a follow-up (its actions, the target, stop, share or price each names), a
    follow-up to review (two coins, an update for later, a stop moved to no price or to target
    0), or None when it names no action. Read once per message's parts (the parts are never
    changed once found): the chatter end and the judgement may both ask."""
    done = read.follow_up
    if done is None:
        done = read.follow_up = (_read_follow_up(read),)
    return done[0]


def names_no_follow_up(text: str, lower: str) -> bool:
    """Whether the follow-up reading of parts whose text is ``text`` (lower-cased: ``lower``)
    is None for want of anything to read: no stop removed, no leverage changed, no stop moved
    to a percentage and no action named — the tests :func:`_read_follow_up` makes before it
    reads an action's details. (False when one of them holds: the reading may still find
    nothing, but that is the reading's to say.)"""
    return (
        not follow_ups.stop_removed(lower)
        and not follow_ups.leverage_change(lower)
        and not ("%" in text and follow_ups.stop_at_percent(lower))
        and follow_ups.match_action(text, lower) is None
    )


def _read_follow_up(read: MessageParts) -> ParsedMessage | None:
    text = read.text
    if follow_ups.stop_removed(read.lower) or follow_ups.leverage_change(read.lower):
        # the stop taken away, a leverage changed: a copy already open cannot follow either
        what = "the stop removed" if follow_ups.stop_removed(read.lower) else "a leverage change"
        symbol = read.symbol or bare_upper_token(text)
        return ParsedMessage(
            MessageKind.NEEDS_REVIEW,
            reason=f"A follow-up that reports {what}: a copy already open keeps its stop and "
            "the leverage it opened with. Check it.",
            symbol=symbol.market.base if symbol else None,
        )
    if "%" in text and follow_ups.stop_at_percent(read.lower):
        # "move SL to +2%", "SL to entry +0.5%", "SL now 1.5% below entry": a distance, no
        # price a copy's stop could be set to
        symbol = read.symbol or bare_upper_token(text)
        return ParsedMessage(
            MessageKind.NEEDS_REVIEW,
            reason="The stop is moved to a percentage, not to a price: check it.",
            symbol=symbol.market.base if symbol else None,
        )
    matched = follow_ups.match_action(text, read.lower)
    if matched is None:
        return None
    action, extra = matched
    if (
        "?" in text
        and _QUESTION.search(text)
        and "✅" not in text
        and "✔" not in text
        and any(ch.isalpha() for ch in text)  # ("642.7?" is a price alone: review)
    ):
        # "Should we close ETH here? 🤔", "TP1 hit already? 👀", "close now or wait for TP3?
        # Vote 👇": a question to the readers, not an update
        return ParsedMessage(MessageKind.NOT_SIGNAL, reason="A question, not an update: talk.")
    if member_reply(read.lower):
        # "Closed half of my ATOM too, thanks admin 🙏": a member's own position
        return ParsedMessage(
            MessageKind.NOT_SIGNAL, reason="A member's reply about their own position: talk."
        )
    symbol = read.symbol or bare_upper_token(text)
    market = symbol.market if symbol else None
    conflict = (
        extra.get("conflict")
        or follow_ups.two_coins(text, read.lower)
        or follow_ups.for_later(text, read.lower)
    )
    if not conflict and text.islower():
        # typed all in small letters, the coins bare: "avax sl to be" is AVAX's; "dot hit tp1
        # link hit tp2" two coins' updates (never one coin's action on the other's copy)
        small = small_letter_coins(text)
        tokens = {m.token for m in small} | ({market.token} if market else set())
        if len(tokens) > 1:
            conflict = f"updates of two coins ({' and '.join(sorted(tokens))})"
        elif market is None and small:
            market = small[0]
    if not conflict and market is None and extra.get("liquidated"):
        # "#MOVE short was liquidated at …" with no coin read: whose position closed?
        conflict = "a position liquidated, but no coin it could be read for"
    if conflict:
        return ParsedMessage(
            MessageKind.NEEDS_REVIEW,
            reason=f"A follow-up that reports {conflict}: check it.",
            symbol=market.base if market else None,
        )
    actions = extra.get("actions")
    to_target = extra.get("stop_to_target")
    if to_target == 0:
        return ParsedMessage(
            MessageKind.NEEDS_REVIEW,
            reason="The stop is moved to target 0, which no signal has: check it.",
            symbol=market.base if market else None,
        )
    price: float | None = None
    new_stop: float | None = None
    after = extra.get("new_stop_from")
    if isinstance(after, int):
        nums = [n for n in read.numbers if n.start >= after - 1]
        if len(nums) > 1 and _OLD_TO_NEW.fullmatch(read.clean, nums[0].end, nums[1].start):
            nums = nums[1:]  # "Stop updated on ORDI: 35 ➜ 35.68": from the old to the new
        new_stop = nums[0].value if nums else None
        if new_stop is None:
            return ParsedMessage(
                MessageKind.NEEDS_REVIEW,
                reason="The stop is moved but no new price could be read.",
                symbol=market.base if market else None,
            )
        if action is FollowUpAction.TARGET_HIT:
            # "TP1 triggered at 3450. Move SL to 3380": the hit's price is the one before
            price = _hit_price_before(read, nums[0].start)
        elif action is FollowUpAction.CLOSE:
            # "closed 30% at 10.097, SL moved to 10.152": the close's price is the one before;
            # a number there that is no share and cannot be told for the price: review
            price = _hit_price_before(read, nums[0].start)
            if price is None and _unplaced_before(read, nums[0].start):
                return ParsedMessage(
                    MessageKind.NEEDS_REVIEW,
                    reason="A close with a stop move, but the close's price could not be told "
                    "apart: check it.",
                    symbol=market.base if market else None,
                )
    elif extra.get("wants_price") and read.numbers:
        raw = follow_ups.stated_price(read.clean)
        stated = [n for n in read.numbers if read.clean[n.start : n.end].lstrip("$") == raw]
        # "Entry 2 filled": the entry's number is no price
        priced = stated or [
            n
            for n in read.numbers
            # ("activated ✅ entry 60,484.4": after "entry", a price is no entry's number)
            if not (
                _ORDINAL_BEFORE.search(read.text, 0, n.start)
                # (a number with decimals is a price: "entry 5.836 filled")
                and (n.plain_int or (n.value <= MAX_LEVEL_INDEX and n.value.is_integer()))
            )
            and not (n.plain_int and n.value <= 10 and _ORDINAL_AFTER.match(read.text, n.end))
        ]
        price = priced[0].value if priced else None
        zone = _zone(read, priced) if action is FollowUpAction.REENTRY else ""
        if zone:
            return ParsedMessage(
                MessageKind.NEEDS_REVIEW,
                reason=f"A re-entry into a zone ({zone}): one price would be a guess. Check it.",
                symbol=market.base if market else None,
            )
    elif action in (FollowUpAction.TARGET_HIT, FollowUpAction.CLOSE, FollowUpAction.STOP_HIT):
        raw = follow_ups.stated_price(read.clean)
        if raw:
            stated = [n for n in read.numbers if read.clean[n.start : n.end].lstrip("$") == raw]
            price = stated[0].value if stated else None
        elif action is FollowUpAction.CLOSE and "(" in text and extra.get("close_fraction") == 1.0:
            # "Closed manually (0.043178) — TP3 not reached": the one number, in brackets
            price = _bracketed_price(read)
        elif (
            action is FollowUpAction.CLOSE
            and len(read.numbers) == 1
            and isinstance(share := extra.get("close_fraction"), float)
            and share < 1.0
        ):
            # "Secure half, SEI/USDT 0.5056 🔒": a share's one number, a price with decimals
            price = _lone_share_price(read)
        elif action is FollowUpAction.STOP_HIT and len(read.numbers) == 1:
            # "$ORDI stop loss hit ❌ (40.14)", "trade ended at SL 0.4813"
            price = _bracketed_price(read) if "(" in text else _price_after_stop(read)
            if price is None and "fill" in read.lower:
                # "Stop loss order filled: ARBUSDT 1.2164": the price after the fill's words
                price = stop_filled(read.lower) or None
        elif action is FollowUpAction.TARGET_HIT and extra.get("hit_by_price"):
            price = _the_one_price(read)
        elif action is FollowUpAction.TARGET_HIT and read.numbers:
            price = _price_beside_hit(read)
            hit_index = extra.get("target_index")
            if price is None and isinstance(hit_index, int):
                price = _price_on_hit_line(read, hit_index)
        if (
            price is not None
            and action is FollowUpAction.STOP_HIT
            and "wick" in read.lower
            and _WICK_TO.search(read.lower) is not None
        ):
            # "Stop hunted ❌ that wick to 3464.19 was brutal": where the wick reached, not
            # where the stop filled
            price = None
        if price is not None and action is not FollowUpAction.CLOSE:
            # ("closed 25% of the SUI long at 1.18" closes at that price)
            cited = cited_entries(read.lower)
            if extra.get("hit_by_price"):
                cited += _side_at_entries(read.lower)
            if price in cited:
                # "Our #LTC short at 85.74 got stopped out": the call's entry, cited; "SOL short
                # at 148.2? TP 144 hit ✅": the hit's price is the one other number
                others = [n.value for n in read.numbers if n.value not in cited]
                hit_by_price = extra.get("hit_by_price") and len(others) == 1
                price = others[0] if hit_by_price else None
    fraction = extra.get("close_fraction")
    index = extra.get("target_index")
    if extra.get("hit_by_price") and price is None:
        # "0.5123 reached 🎯" with no price read: a hit of no known target (the last, applied)
        return ParsedMessage(
            MessageKind.NEEDS_REVIEW,
            reason="A target hit named by its price, but no price could be read: check it.",
            symbol=market.base if market else None,
        )
    side = extra.get("side")  # a re-entry that names its side ("Re-short ETH 3,390")
    # the tuple constructor in the fields' order (see judgement.parsed_signal): keywords are
    # several times slower
    return _new_tuple(
        ParsedMessage,
        (
            MessageKind.FOLLOW_UP,
            "",
            market.base if market else None,
            market.token if market else None,
            market.contract if market else None,
            "",
            None,
            Side(side) if isinstance(side, str) else None,
            "limit",
            (),
            "",
            (),
            None,
            None,
            None,
            None,
            action,
            index if isinstance(index, int) else None,
            new_stop,
            bool(extra.get("stop_to_entry")),
            fraction if isinstance(fraction, float) else None,
            price,
            (("action", 1.0 if CHECK_MARKS.search(text) else 0.9),),
            tuple(actions) if isinstance(actions, list) else (action,),
            to_target if isinstance(to_target, int) else None,
        ),
    )


# between the two prices of a zone: "142-140", "0.1159 – 0.1139", "147~145", "0.4497/0.4542",
# "between 147 and 145"
# a wick's extreme: "that wick to 3464.19", "wicked down to 0.512" (not "stopped by a wick at …")
# an arrow between a stop's two prices: the first the old level, the second the new one
# ("SL adjusted: 35 → 35.68", "stop-loss amended 534.8 -> 546.7")
_OLD_TO_NEW = re.compile(r"[^\S\n]*(?:→|->|=>|➜|➝|➔|⇒|⟶|➡\ufe0f?)[^\S\n]*\$?")
_WICK_TO = re.compile(r"wick(?:ed|s)?[^\S\n]+(?:down[^\S\n]+|up[^\S\n]+)?to[^\S\n]+\$?\d")
_ZONE_JOIN = re.compile(r"[^\S\n]*(?:[-–—~/]|to|and)[^\S\n]*\$?", re.I)


def _zone(read: MessageParts, priced: list[numbers.Number]) -> str:
    """The two prices of a re-entry zone as written ("142-140"), or ""."""
    for a, b in pairwise(priced):
        if _ZONE_JOIN.fullmatch(read.clean, a.end, b.start):
            return read.clean[a.start : b.end]
    return ""


# an entry's or a target's number right after its label: "Entry 2 filled", "Entry target 1 ✅",
# "Target 2 done" (not a price after a coin: "Re-entry 1000FLOKI 0.19432")
# ("re-entry 158.32" is no entry's number: the re-entry's price)
_ORDINAL_BEFORE = re.compile(
    r"(?<![\w\-])(?:entry|target|tp|take[\s\-]*profit|entrada|вход|giriş|dca"
    # a ladder's order by its number: "DCA order 3 filled", "safety order 2"
    r"|(?:dca|safety)[ \t]+order"
    # a target's number in other languages: "objetivo 2", "цель 2", "hedef 2", "Ziel 3"
    # (Polish "cel 2 osiągnięty")
    r"|objetivo|alvo|objectif|obiettivo|ziel|hedef|цель|тейк|cel)[ \t]?#?$",
    re.I,
)
# an entry's number before its word: "2. giriş doldu", "2nd entry" (no price)
_ORDINAL_AFTER = re.compile(r"\.?[ \t]*(?:giriş|entry|entrada|вход)", re.I)
# a duration after a number: "Period: 5 Hours 12 Minutes"
_DURATION_AFTER = re.compile(
    r"[ \t]*(?:h|hours?|hrs?|m|mins?|minutes?|d|days?|s|secs?|saat|dk|dakika|gün|ч|час\w*|мин\w*"
    r"|дн\w*|giờ|phút|ngày|jam|menit|hari|horas?|minutos?|días?|dias?|stunden?|std|heures?"
    r"|ساعت|دقیقه|روز)(?![\w])|[ \t]*(?:小时|小時|分钟|分鐘|天)",
    re.I,
)
_HIT_LINE_WORDS = (
    *("tp", "target", "take", "🎯", "✅", "✔"),
    *("objetivo", "alvo", "objectif", "obiettivo", "ziel", "hedef", "цель", "тейк", "cel "),
)


# a side "at" a price: the call's entry when a target hit names its own price ("SOL short at
# 148.2? TP 144 hit ✅")
_SIDE_AT = re.compile(
    r"(?<![\w])(?:long|short|buy|sell)[ \t]+(?:at|@)[ \t]*\$?(\d[\d,]*(?:\.\d+)?)"
)


def _side_at_entries(lower: str) -> tuple[float, ...]:
    """The prices written right after a side and "at" in ``lower``."""
    if " at" not in lower and "@" not in lower:
        return ()
    return tuple(float(m.group(1).replace(",", "")) for m in _SIDE_AT.finditer(lower))


def _the_one_price(read: MessageParts) -> float | None:
    """The one price of a target hit named by its price ("target 158.4 reached ✅"): the only
    number of the message that is no signed result and no duration, else None."""
    text = read.text
    prices = [
        n
        for n in read.numbers
        if text[n.start - 1 : n.start] not in ("+", "-", "−")
        and not _DURATION_AFTER.match(text, n.end)
    ]
    return prices[0].value if len(prices) == 1 else None


# a line of a board of targets: "🎯 TP2 0.4489 ✔️", "TP3 0.4533 ⏳"
_BOARD_LINE = re.compile(
    r"^[^\w\n]*(?:tp|target|take[\s\-]*profit)[ \t]*#?(\d{1,2})(?![\d.,])[^\n]*", re.M
)
_TICKS = ("✅", "✔", "☑")


def _price_on_hit_line(read: MessageParts, index: int) -> float | None:
    """A board of the targets one a line, each with its price and its mark ("🎯 TP1 0.4383 ✔️" /
    "🎯 TP2 0.4489 ✔️" / "🎯 TP3 0.4533 ⏳"): the price on the line of the target reported hit,
    when every number of the message stands on such a line, that line holds one price and a
    check mark. None otherwise."""
    lines = list(_BOARD_LINE.finditer(read.lower))
    if len(lines) < 2:
        return None
    text = read.text
    prices = [n for n in read.numbers if not _ORDINAL_BEFORE.search(text, 0, n.start)]
    if any(not any(m.start() <= n.start < m.end() for m in lines) for n in prices):
        return None  # a number off the board: which is the hit's is not clear
    for m in lines:
        if int(m.group(1)) == index and holds_any(m.group(), _TICKS):
            on_line = [n for n in prices if m.start() <= n.start < m.end()]
            return on_line[0].value if len(on_line) == 1 else None
    return None


# a signal's or post's own number ("Signal 299 ➜ $XRP TP1 ✅", "No. 38 · NEAR · TP3 hit"), no price
_SIGNAL_NUMBER_BEFORE = re.compile(
    r"(?<!\w)(?:signal|call|trade|post|id|no\.?|nr\.?|№)[^\S\n]*#?[^\S\n]*\Z", re.I
)


def _hit_price_before(read: MessageParts, stop_at: int) -> float | None:
    """The price of a target hit written before the stop's new price ("TP1 triggered at 3450.
    Move SL to 3380", "TP1 ✅ DOT (6.335). Moving stop to 6.414"): the one number before it that
    is no target's number, signed result, share, leverage or duration; None when there are
    several or none."""
    text = read.text
    candidates = [
        n
        for n in read.numbers
        if n.end <= stop_at
        and not _ORDINAL_BEFORE.search(text, 0, n.start)
        and not _DURATION_AFTER.match(text, n.end)
        and not _SIGNAL_NUMBER_BEFORE.search(text, 0, n.start)
        and text[n.start - 1 : n.start] not in ("+", "-", "−")
        and not _SHARE_OR_LEVERAGE_AFTER.match(text, n.end)
        and not (n.plain_int and n.value <= MAX_LEVEL_INDEX)
    ]
    return candidates[0].value if len(candidates) == 1 else None


def _unplaced_before(read: MessageParts, stop_at: int) -> bool:
    """Whether a number before the stop's new price may be a price (no share, leverage, target
    number or signed result)."""
    text = read.text
    return any(
        n.end <= stop_at
        and not _SHARE_OR_LEVERAGE_AFTER.match(text, n.end)
        and text[n.start - 1 : n.start] not in ("+", "-", "−")
        and not (n.plain_int and n.value <= MAX_LEVEL_INDEX)
        for n in read.numbers
    )


# ("⛔ SOL | SL filled | 0.369": the hit word between, then a separator)
_STOP_WORD_BEFORE = re.compile(
    r"(?<![\w])(?:sl|stop(?:[ \t\-]*loss)?)[ \t:]*"
    r"(?:(?:hit|filled|triggered|executed)[ \t]*[|:@\-–—]?[ \t]*)?\$?\Z"
)


def _price_after_stop(read: MessageParts) -> float | None:
    """The message's one number written right after the stop word ("ended at SL 0.4813"): the
    price the stop was hit at."""
    n = read.numbers[0]
    if not _STOP_WORD_BEFORE.search(read.lower, max(0, n.start - 28), n.start):
        return None
    return None if n.plain_int and n.value <= MAX_LEVEL_INDEX else n.value


# after a share's lone price: nothing that makes it a result, a leverage or a count
_LONE_PRICE_AFTER = re.compile(r"[ \t]*(?:$|[^\w%.,/:])")
# the share's verb, which the price follows (not "#STX long from 2.0073 → close 50% here": the
# call's entry, cited before it)
_SHARE_VERB = re.compile(r"(?<![\w])(?:secur\w*|clos\w*|book\w*|tak\w*|trim\w*|sell|sold)(?![\w])")


def _lone_share_price(read: MessageParts) -> float | None:
    """The one number of a share's close when it is written with decimals and stands as a
    price does ("Secure half, SEI/USDT 0.5056 🔒"): not a result ("+2.4%", "1.5R"), a
    leverage or a count."""
    n = read.numbers[0]
    written = read.text[n.start : n.end]
    if "." not in written or n.value >= 1e6:
        return None
    verb = _SHARE_VERB.search(read.lower)
    if verb is None or verb.end() > n.start:
        return None
    if read.text[: n.start].rstrip("$ ").endswith(("+", "-", "(", "x")):
        return None
    return n.value if _LONE_PRICE_AFTER.match(read.text, n.end) else None


def _bracketed_price(read: MessageParts) -> float | None:
    """The message's one number when it stands alone in brackets ("SL hit ❌ (40.14)"): the
    price the stop was hit at. None for a share, a result or a small whole number ("(-1R)",
    "(2/3)")."""
    if len(read.numbers) != 1:
        return None
    n = read.numbers[0]
    text = read.text
    if not text[: n.start].rstrip("$ ").endswith("(") or not text[n.end :].lstrip().startswith(")"):
        return None
    if n.plain_int and n.value <= MAX_LEVEL_INDEX:
        return None
    return n.value


# a number that is a share or a leverage, no price: "30%", "10x"
_SHARE_OR_LEVERAGE_AFTER = re.compile(r"[ \t]*(?:%|x(?![\w]))", re.I)


# a result's word right before its number: "profit 589.20$", "PnL: 41.2", "gain 12.5"
_RESULT_BEFORE = re.compile(r"(?:[Pp]rofit|PnL|pnl|PNL|[Gg]ain)[ \t]*[:=]?[ \t]*\$?$")
_HIT_WORD_AFTER = re.compile(r"(?i)(?:tp|t|target)[ \t]*\d")


def _bracketed_before_hit(read: MessageParts, start: int, end: int) -> bool:
    """Whether the number at ``start``–``end`` stands alone in brackets and a target is named
    after it on its line."""
    text = read.text
    if text[start - 1 : start] not in ("(", "[") or text[end : end + 1] not in (")", "]"):
        return False
    line_end = text.find("\n", end)
    return _HIT_WORD_AFTER.search(text, end, line_end if line_end >= 0 else len(text)) is not None


def _price_beside_hit(read: MessageParts) -> float | None:
    """The one price a target hit writes without "at" on the hit's line ("4th TP 🎯 33.7
    +85.1%", "TP3 ✅ 156.2 reached"); None when the message holds another number that could be
    it (not a target's number, a share, a leverage or a duration) or the number is a small
    whole one ("TP1 ✅ 3 more to go")."""
    text = read.text
    candidates = [
        n
        for n in read.numbers
        if not _ORDINAL_BEFORE.search(text, 0, n.start) and not _DURATION_AFTER.match(text, n.end)
    ]
    candidates = [n for n in candidates if not _SIGNAL_NUMBER_BEFORE.search(text, 0, n.start)]
    if "(" in text or "[" in text or "rofit" in text or "ain" in text or "nl" in text:
        # "#ARB long (22.12) — TP2 ✅", "[13.05] $WLD long ➜ TP2 ✅": a date or a citation in
        # brackets before the hit; "profit 589.20$ ✅ TP1": the result — neither is the hit's
        candidates = [
            n
            for n in candidates
            if not _RESULT_BEFORE.search(text, max(0, n.start - 12), n.start)
            and not (_bracketed_before_hit(read, n.start, n.end))
        ]
    if any(text[n.start - 1 : n.start] in ("+", "-", "−") for n in candidates):
        return None  # a signed number is a result ("+438 ✅ pts"), not where a target was hit
    if len(candidates) != 1:
        return None
    n = candidates[0]
    if n.plain_int and n.value <= MAX_LEVEL_INDEX:
        return None
    start = text.rfind("\n", 0, n.start) + 1
    end = text.find("\n", n.end)
    line = read.lower[start : end if end >= 0 else len(text)]
    return n.value if holds_any(line, _HIT_LINE_WORDS) else None
