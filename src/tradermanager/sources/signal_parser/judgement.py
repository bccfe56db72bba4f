"""The judgement of one message's parts: a signal, a follow-up, talk, or a message to review
with the reason. Each field gets a confidence; a number implausible for the side or the
symbol's price, a field read with low confidence, or a post that says the trade is over goes
to review."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from tradermanager.domain.enums import Side
from tradermanager.domain.tokens import MarketKind
from tradermanager.sources.signal_parser import follow_ups, numbers, sections
from tradermanager.sources.signal_parser.announced_setups import announced_for_later
from tradermanager.sources.signal_parser.copier_notes import copier_skip_note
from tradermanager.sources.signal_parser.crowd_words import (
    both_sides_word,
    crowd_subject,
    crowd_word,
)
from tradermanager.sources.signal_parser.cut_levels import (
    card_item_left_empty,
    ends_list_of_lines,
    ends_on_price,
    item_left_empty,
    label_left_empty,
    marker_left_empty,
    numbered_label_left_empty,
    operator_left_open,
)
from tradermanager.sources.signal_parser.denied_sides import all_denied, may_deny
from tradermanager.sources.signal_parser.emptied_labels import (
    emptied_line_label,
    signal_stated_twice,
)
from tradermanager.sources.signal_parser.first_person_call import call_start
from tradermanager.sources.signal_parser.follow_up_reading import (
    RECAP,
    RECAP_PART_WORDS,
    already_done,
    read_follow_up,
)
from tradermanager.sources.signal_parser.hit_and_stop import levels_are_the_update, share_closed_at
from tradermanager.sources.signal_parser.horizon_words import horizon_word
from tradermanager.sources.signal_parser.later_buys import later_buys_only
from tradermanager.sources.signal_parser.leverage import MAX_LEVERAGE
from tradermanager.sources.signal_parser.literal_first import holds_any
from tradermanager.sources.signal_parser.market_entry import (
    MARKET_ORDER_TYPE,
    before_first_price,
    is_market,
    market_before_side,
    market_glued,
    market_note,
    market_then_price,
    market_value,
)
from tradermanager.sources.signal_parser.market_parses import for_market
from tradermanager.sources.signal_parser.message_parts import (
    RANGE_SEPARATOR,
    WEAK_ENTRY_WORDS,
    ZONE_WORD,
    MessageParts,
    Section,
    price_text,
    section_numbers,
    tidy_sections,
)
from tradermanager.sources.signal_parser.model import (
    MAX_LEVEL_INDEX,
    REVIEW_THRESHOLD,
    FollowUpAction,
    MessageKind,
    ParsedMessage,
)
from tradermanager.sources.signal_parser.now_zones import now_zone
from tradermanager.sources.signal_parser.outcome_counts import counts_outcomes
from tradermanager.sources.signal_parser.pasted_parts import (
    line_written_twice,
    out_of_order,
    priced_lines,
    repeated_stop,
    stop_prices,
    unused_prices,
)
from tradermanager.sources.signal_parser.placement import (
    GEOMETRY_CONFIDENCE,
    coin_over_lines,
    one_line_groups,
    place_around_market,
    place_by_side,
    read_by_geometry,
    side_from_stop,
    side_from_targets,
    stray_price,
)
from tradermanager.sources.signal_parser.placement_checks import undecided_comma, without_amounts
from tradermanager.sources.signal_parser.plausibility import implausible
from tradermanager.sources.signal_parser.section_ends import (
    end_sections_at_lines,
    in_story,
    outside_prose,
)
from tradermanager.sources.signal_parser.sideless_plans import hedged_plan
from tradermanager.sources.signal_parser.stop_updates import old_new_stop
from tradermanager.sources.signal_parser.story_prices import story_price_problem
from tradermanager.sources.signal_parser.symbols import (
    FoundSymbol,
    another_major_coin,
    bare_upper_token,
    follow_up_coins,
    named_coins,
)
from tradermanager.sources.signal_parser.target_ranges import ranged_numbered_target
from tradermanager.sources.signal_parser.told_trades import caption_of_results, recap_of_trades
from tradermanager.sources.signal_parser.unlisted_coins import field_value, unlisted

# The ends of a ladder's labels that count its orders ("buying in 2 steps", "Entry in 2 parts")
# and the start of "scale in": their two prices are two orders in written order, no zone.
_LADDER_LABEL_ENDS = ("steps", "parts", "tranches", "orders", "entries", "legs")


def _ladder_label(word: str) -> bool:
    """Whether an entry label names a ladder: counted ("buying in 2 steps") or scaled in."""
    return word.startswith("scal") or (" in " in word and word.endswith(_LADDER_LABEL_ENDS))


_COUNT = re.compile(r"\d{1,2}")


def _ladder_miscount(text: str, label: sections.Label, listed: int) -> str:
    """Why a ladder whose label counts its orders ("buying in 3 steps") cannot be copied when
    it lists another number of prices, or ""."""
    if not _ladder_label(label.word):
        return ""
    m = _COUNT.search(text, label.start, label.end)
    if m is None or int(m.group()) == listed:
        return ""
    return (
        f"The ladder counts {m.group()} orders and lists {listed} prices: which are the "
        "orders is not clear. Check it."
    )


# an arrow between a price and where it should go: every glyph channels type ("6.251 ➝ 6.327",
# "1.12 => 1.15", "0.0247 » 0.0244", "148.2 ⟶ 146.1", "--> ", "~>")
_ARROW = re.compile("→|->|➡|⇒|➜|►|>>|=>|~>|➝|➞|➔|➙|➛|⟶|⟹|⮕|▶|»")
# ("entre": Spanish, Portuguese and French: "entre 0,1703 e 0,1695", "entre 82,01 y 81,47")
_BETWEEN = re.compile(
    r"(?<![\w])(?:between|entre|darmiyan|darmiyaan|beech|bich|zwischen|tussen|arası|arasında"
    r"|giữa|antara|między|между|tra|fra)(?![\w])"
    # Hindi, Chinese, Japanese, Korean and Arabic "between", written against the prices
    # ("0.8757 से 0.8679 के बीच", "0.8757至0.8679之间", "0.8757~0.8679の間", "사이", "بين")
    r"|बीच|之间|之間|の間|사이|بين",
    re.I,
)
# Words that may stand between a side word and its price: English, and Hinglish ("long lo
# 148 pe", "short karo @ 3412": take, do, at, near).
_FILLER = re.compile(
    r"(?<![\w])(?:on|at|here|around|from|near|price|the|limit|order|entry"
    r"|lo|le|lelo|karo|kar|lena|pe|par|paas|ke|me|mein|between|above|below|under|over"
    r"|anything|everything"  # "sell anything over 79.48"
    r"|a|an|of|break|breaks|breakout|reclaim|retest|spot|futures|position)(?![\w])|@",
    re.I,
)
_DIGIT = re.compile(r"\d")
_SPOT_OR_BUY = re.compile(r"spot|buy", re.I)
_RESULT = re.compile(r"(?<![\w.])\+\s?\d+(?:[.,]\d+)?\s?%")

# a signed percentage in brackets after a price: the level's distance, not a result
_PRICE_DISTANCE = re.compile(r"\d[^\S\n]*\(\+\s?\d+(?:[.,]\d+)?\s?%\)")
_PERCENT = re.compile(r"\d\s?%")
# a result of either sign, and a level's distance of either sign in brackets after a price
_SIGNED_RESULT = re.compile(r"(?<![\w.])[+\-−]\s?\d+(?:[.,]\d+)?\s?%")
_SIGNED_DISTANCE = re.compile(
    r"\d[^\S\n]*\([+\-−]\s?\d+(?:[.,]\d+)?\s?%\)"
    # the same result with leverage after it: "Result: -2.4% (-48% ROI)"
    r"|%[^\S\n]*\([+\-−]\s?\d+(?:[.,]\d+)?\s?%[^\S\n]*roi\)",
    re.I,
)
# a post of results over a period: "Daily P/L", "Weekly P&L", "today's PnL", "recap", "results"
_RESULTS_HEAD = re.compile(
    r"(?<![\w])(?:p[ \t]?[/&][ \t]?l|(?:daily|weekly|monthly|today'?s|total)[ \t]+pnl|recap"
    r"|results?|summary|yesterday|last[ \t]+(?:week|month))(?![\w])"
)
_RESULTS_HEAD_PARTS = (
    "p/l",
    "p&l",
    "p / l",
    "p & l",
    "pnl",
    "recap",
    "result",
    "summary",
    "yesterday",
    "last ",
)
# "Not a signal, just my view": the channel says so itself
_NOT_A_SIGNAL = re.compile(r"(?<![\w])not\s+a\s+(?:signal|trade|call|setup)(?![\w])")
# a question mark ending the text (the ASCII one, the full-width "？" of Chinese and Japanese,
# the Arabic "؟"), or a Chinese question's particle before one, a remark after it ("有人還拿著
# ARB多單嗎？1.0943進的": "anyone still holding ARB longs? entered at 1.0943")
_QUESTION = re.compile(r"[?？؟][^\w?？؟]*$|[嗎吗呢][?？]")


_LINE_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _asked_price(read: MessageParts, first: float) -> bool:
    """Whether the first price read is followed by a question mark ("L 13.483?")."""
    for n in read.numbers:
        if n.value == first:
            return read.clean[n.end : n.end + 2].lstrip(" ")[:1] == "?"
    return False


def says_not_a_signal(low: str, entries: tuple[float, ...] = ()) -> bool:
    """Whether the lower-cased ``low`` says it is no signal ("Not a signal.", "not a trade");
    with ``entries``, only on the line that writes the first of them ("Educational: on a SOL
    long from 135.16 I'd put the stop under 128.81. Not a signal."), not on a line of its own
    beside a live trade's ("Weekly view: … Not a trade, just the map." under "4H trade: Long
    38.32, …")."""
    m = _NOT_A_SIGNAL.search(low) if "not a " in low else None
    if m is None:
        return False
    if not entries:
        return True
    start = low.rfind("\n", 0, m.start()) + 1
    end = low.find("\n", m.end())
    for n in _LINE_NUMBER.findall(low, start, end if end >= 0 else len(low)):
        try:
            if float(n.replace(",", "")) == entries[0]:
                return True
        except ValueError:
            continue
    return False


def _percent_only(secs: list[Section]) -> str:
    """The text of a section that gives percentages and no price ("Targets: +2% / +4%")."""
    for lab, nums, body in secs:
        if not nums and _PERCENT.search(body, 0, 80):
            return (lab.word + " " + body.strip().split("\n")[0])[:60]
    return ""


# a numbered target's section that opens with a percentage ("TP2: +4%", "Target 3 → 6%"), no
# words before it ("At TP1: close 50%" is a share of the position; "TP +1.1%/+2.0%" under
# priced targets repeats their distances)
_LEADING_PERCENT = re.compile(r"[\s:=→➜>\-–—]*[+~≈]?\s?\d+(?:[.,]\d+)?\s?%")


def _percent_beside_prices(secs: list[Section]) -> str:
    """The text of a target's section that is only a percentage where other targets have
    prices ("TP1: 3540.48 (+2%)" over "TP2: +4%"): copying the priced ones would drop it."""
    for lab, nums, body in secs:
        if not nums and lab.word[-1:].isdigit() and _LEADING_PERCENT.match(body):
            return (lab.word + " " + body.strip().split("\n")[0])[:60]
    return ""


_DENIED = "A side or entry word named only to deny it, and no target or stop: talk."


def judge(read: MessageParts, reference: float | None) -> ParsedMessage:
    found = section_numbers(read)
    if "\n" in read.text:
        end_sections_at_lines(read, found)
    # (before the sections are tidied: a numbered target's range keeps both its prices)
    ranged = ""
    if len(found.get("target", ())) > 1:
        ranged = ranged_numbered_target(read, found["target"])
    unsure_sections = tidy_sections(found, read.clean, read.numbers)
    conf: dict[str, float] = {}
    entry_secs = []
    entry_priced = False
    for sec in found.get("entry", ()):
        if len(sec[1]) > 2 and "(" in sec[2]:
            sec = _without_noted_middle(sec, read.clean)
        if sec[1] and _story_entry(read, sec, found):
            continue  # "The bounce from 0.8997 was 30.6%" above "My plan: short 1.52–1.53, …"
        if sec[1]:
            entry_secs.append(sec)
            entry_priced = True
        elif is_market(sec[2][:40]):
            entry_secs.append(sec)
    target_secs = [s for s in found.get("target", []) if s[1]]
    stop_secs = found.get("stop", [])
    stop_priced = [s for s in stop_secs if s[1]]
    if not entry_priced and len(stop_priced) > 1:
        typed = _stop_order(read.low, stop_priced)
        if typed is not None:
            # "BTCUSDT BUY STOP 63450 … SL 62800": an order type with its entry, then the stop
            entry_secs, entry_priced = [typed], True
            stop_secs = [s for s in stop_secs if s is not typed]
            stop_priced = [s for s in stop_priced if s is not typed]
    structure = entry_priced + bool(target_secs) + bool(stop_priced)
    if structure == 2 and not entry_priced and len(target_secs) == len(stop_priced) == 1:
        follow = read_follow_up(read)
        if follow is not None and levels_are_the_update(target_secs, stop_priced, follow):
            # "TP1 triggered at 3450. Move SL to 3380": a hit and a stop move, not a new card
            return follow
    if (
        structure == 2
        and not target_secs
        and len(entry_secs) == len(stop_priced) == 1
        and entry_secs[0][0].word == "@"
        and "%" in read.text
    ):
        follow = read_follow_up(read)
        if follow is not None and share_closed_at(entry_secs, stop_priced, follow):
            # "took 60% off @ 37.23 | SL → 37.72": a share closed there and the stop moved
            return follow
    if structure >= 2 and _ordinal_targets(target_secs):
        # "target 1 smashed ✅ stop moved to 0.1739", a bot's "Take Profit 2 executed / Price:
        # 0.5312": the target's number is the one reached, the price where it was
        follow = read_follow_up(read)
        if (
            follow is not None
            and FollowUpAction.TARGET_HIT in follow.actions
            and follow.target_index == int(target_secs[0][1][0].value)
            # (not at the call's entry written above the target: "SHORT SOL @ 5.051" over "TP5
            # 5.0 hit ✅", its price read as the target's number; "Target 2 hit @ 13.342" is)
            and not any(
                follow.price == n.value
                for sec in entry_secs
                if sec[0].start < target_secs[0][0].start
                for n in sec[1]
            )
        ):
            return follow
    if structure < 2:
        low = read.low
        if (
            holds_any(low, RECAP_PART_WORDS)
            and len(_RESULT.findall(read.text)) - len(_PRICE_DISTANCE.findall(read.text)) > 1
            and RECAP.search(read.text)
        ):  # (not a level's distance: "Lengo 1: 0.7826 (+1.9%)" under "Yesterday's ETH call …")
            return ParsedMessage(
                MessageKind.NOT_SIGNAL,
                reason="A recap with several results: a results post, not an update.",
            )
        if (
            "%" in low
            and holds_any(low, _RESULTS_HEAD_PARTS)
            and len(_SIGNED_RESULT.findall(read.text)) - len(_SIGNED_DISTANCE.findall(read.text))
            > 1
            and _RESULTS_HEAD.search(low)
        ):  # "📊 Daily P/L — 02.09 / APT +59.7% (TP4) / INJ −52.8% (SL)": gains and losses listed
            return ParsedMessage(
                MessageKind.NOT_SIGNAL,
                reason="A list of results (a recap or a P/L post): not an update.",
            )
        if counts_outcomes(low):  # "October: 38 signals, 30 in profit, 5 stopped out"
            return ParsedMessage(
                MessageKind.NOT_SIGNAL,
                reason="Trades counted by how they ended: a results post, not an update.",
            )
        follow = read_follow_up(read)
        # (neither beside a price: "Yesterday's ETH call hit TP2 ✅" over a signal in labels no
        # lexicon knows is two coins' text to review, never talk)
        if follow is not None and not read.numbers and caption_of_results(low):
            # "📸 Member's result on #SOL: +180% 🔥", "Screenshot from our VIP: ETH TP3 hit 🎯"
            return ParsedMessage(
                MessageKind.NOT_SIGNAL,
                reason="A caption of a screenshot or a member's result: talk, not an update.",
            )
        if (
            follow is not None
            and not read.numbers
            and recap_of_trades(low)
            and (
                len(follow_up_coins(read.text, low)) > 1
                or (
                    follow.symbol is not None
                    and another_major_coin(read.clean, follow.symbol, follow.token) is not None
                )
            )
        ):  # "This week's recap: SOL TP3 ✅, ETH TP2 ✅, ARB SL ❌": trades told, not updated
            return ParsedMessage(
                MessageKind.NOT_SIGNAL,
                reason="A recap naming the trades it counts: a results post, not an update.",
            )
        if follow is not None:
            moved = follow.action == FollowUpAction.STOP_MOVED
            if (
                follow.kind is MessageKind.FOLLOW_UP
                and (moved or len(read.numbers) >= 2)
                and priced_lines(read, not moved) >= 2
                # (not a bot's "Stop loss updated / Old: a / New: b": its own two lines)
                and not (moved and old_new_stop(low) is not None)
            ):
                # "LINK LONG / Instap: 13,99 / Doelen: 14,26 / Stoploss → 13,67": a stop line
                # beside other lines of prices under labels no lexicon knows reads as a new
                # signal in another language as well as a stop moved; an update pasted under
                # such a signal ("… / dördüncü hedef geldi ✅") the same: neither is acted on
                return ParsedMessage(
                    MessageKind.NEEDS_REVIEW,
                    reason=(
                        "A stop with an arrow beside other labelled prices: a new signal "
                        "or a stop moved? Check it."
                        if moved
                        else f"A {follow.action.words if follow.action else 'follow-up'} "
                        "beside other labelled prices: a new signal or an update? Check it."
                    ),
                    symbol=follow.symbol,
                )
            hit_targets = (
                found.get("target", []) if follow.action is FollowUpAction.TARGET_HIT else []
            )
            if (
                follow.kind is MessageKind.FOLLOW_UP
                and len(read.numbers) >= 3
                and unused_prices(read, follow, hit_targets) >= 3
            ):
                # an update pasted under levels it does not account for ("INJ/USDT — លក់ /
                # ចូល: 25.783 / … / dördüncü hedef geldi ✅"): a signal in an unknown language
                # and an update, or several updates — not acted on
                return ParsedMessage(
                    MessageKind.NEEDS_REVIEW,
                    reason="An update beside prices it does not name: a new signal or "
                    "several updates? Check it.",
                    symbol=follow.symbol,
                )
            if (
                follow.kind is MessageKind.FOLLOW_UP
                and follow.symbol
                and (other := another_major_coin(read.clean, follow.symbol, follow.token))
            ):
                # "Yesterday's ETH call hit TP2 ✅" above a SUI signal in labels no lexicon
                # knows, "BNB trade … closed in profit" under an LTC heading: the update's words
                # may be another coin's
                return ParsedMessage(
                    MessageKind.NEEDS_REVIEW,
                    reason=f"An update of {follow.symbol} that also names {other}: which "
                    "coin's trade does it update? Check it.",
                    symbol=follow.symbol,
                )
            if (
                follow.kind is MessageKind.FOLLOW_UP
                and "\n" in read.text
                and ("long" in found or "short" in found)
                and read.numbers
            ):
                # a signal with a level's value left out ("Take-Profit:" over "Stop-Loss:
                # 0.4396", "Stop:" over "Leverage 10-20x … cancel if not filled") reads as too
                # little for a signal, and its label or its chatter as an update
                labels = read.labels_in_order()
                problem = emptied_line_label(read.text, read.clean, labels, found, read.numbers, {})
                if problem:
                    return ParsedMessage(
                        MessageKind.NEEDS_REVIEW, reason=problem, symbol=follow.symbol
                    )
            return follow
        if "not a " in low and _NOT_A_SIGNAL.search(low):
            return ParsedMessage(
                MessageKind.NOT_SIGNAL, reason="The text says it is not a signal: talk."
            )
        if read.symbol is None and not read.numbers and not ("long" in found or "short" in found):
            return ParsedMessage(
                MessageKind.NOT_SIGNAL, reason="No symbol and no side: not a signal."
            )
        if any(part in low for part in _NEWS_PARTS) and _NEWS.search(read.text):
            return ParsedMessage(
                MessageKind.NOT_SIGNAL, reason="Market news or an alert (liquidations, flows)."
            )
        if ("?" in read.text or "？" in read.text or "؟" in read.text) and _QUESTION.search(
            read.text
        ):
            return ParsedMessage(
                MessageKind.NOT_SIGNAL, reason="A question without targets or a stop: talk."
            )
        if copier_skip_note(low):
            return ParsedMessage(
                MessageKind.NOT_SIGNAL, reason="A copier's note that a signal was not copied."
            )
        if not ("long" in found or "short" in found) and follow_ups.names_posted_level(low):
            return ParsedMessage(
                MessageKind.NOT_SIGNAL,
                reason="Talk about a level already posted ('our entry', 'TP2 was'): not a signal.",
            )
    sides = _sides(read, found)
    symbol = read.symbol
    if symbol is None and not (
        "entry" in found
        or "target" in found
        or "stop" in found
        or "long" in found
        or "short" in found
    ):
        # "NEAR TA 5.668 afojusun 5.579 idaduro 5.83": a coin in capitals before one line of
        # prices split by words no lexicon knows, read by the geometry below
        coin = bare_upper_token(read.text)
        if (
            coin is not None
            and not (unlisted(coin) and field_value(read.text, coin))
            and (one_line_groups(read) is not None or coin_over_lines(read, found, coin))
        ):  # ("Direksyon: BUMILI" over the lines is a field's value, no coin)
            symbol = coin

    # entries
    order_type = "limit"
    later_alone = False  # a later buy ("2nd buy: 0.50") with no first buy before it
    arrow_targets: list[float] = []
    entries: list[float] = []
    noted: list[float] = []  # the prices written with a market entry (the area it fills):
    # checked against the levels, never ordered
    entry_kind = ""
    zoned = False  # a zone after "now" or "here" ("buy now @a-b"): a limit zone, low to high
    side_secs = found.get("long", []) + found.get("short", [])
    if entry_secs:
        cmp_only = True  # every priced entry section is a "CMP" label's (the market's price)
        market_plus = False  # "Entry: CMP & 0.512": a market fill and a limit at the price
        market_words = holds_any(read.low, ("cmp", "market", "mkt", "now"))
        for lab, nums, body in entry_secs:
            zone = now_zone(read.clean, (lab, nums, body)) if market_words else None
            if zone is not None:  # "Entry now 3410-3425": a limit zone, not the market's area
                entries += zone
                cmp_only, zoned = False, True
                continue
            if market_words and nums and market_then_price(read.clean[lab.end : nums[0].start]):
                order_type, market_plus = "market", True
                entries += [n.value for n in nums]
                cmp_only = False
                continue
            if (
                is_market(body[:40])
                and not (
                    nums and not read.clean[lab.end : nums[0].start].strip(" \t:=-–—$→➜*_")
                )  # "Entry: 0.463 (CMP)", "Entry - 0.463 (CMP)", "**Entry:** 0.463 (CMP)",
                # "Entry → 0.463 (CMP)": a price first, CMP its note
            ) or (nums and market_note(read.clean, nums[-1].end)):
                order_type = "market"
                noted += [n.value for n in nums]
                continue  # "Entry: Market (now ~0.18809)", "Entry: market (≈ 148.2–148.6)": the
                # price or area the market order fills
            entries += [n.value for n in nums]
            if nums and lab.word[:3].lower() != "cmp":
                cmp_only = False
        if entries and len(noted) == 1 and _market_then_limits(entry_secs, noted[0]):
            # "Entry 1 (now): 0.0425" over "Entry 2 (limit): 0.0403": a ladder from the price
            # the market stands at, as "CMP: 0.0425" over "Add more: 0.0403" is
            order_type, entries, noted = "limit", noted + entries, []
        if entries and order_type == "market" and cmp_only:
            # "Entry: at market (CMP 0.0681)": a market entry, and the market's price beside it
            noted, entries = noted + entries, []
        if (
            entries
            and not market_plus  # (the prices after "CMP &" are limits beside the market fill)
            and not zoned
            and not _strong_label(entry_secs, priced_only=True)
            and (order_type == "market" or any(is_market(before_first_price(s)) for s in side_secs))
        ):  # "Sell now at market, around 0.5074", "Entry: market price (around 0.5074)": the
            # price the market order fills near
            order_type, noted, entries = "market", noted + entries, []
        if (
            entries
            and not market_plus
            and "type" in read.low
            and MARKET_ORDER_TYPE.search(read.clean)
        ):
            # "Order Type: Market" over "Entry: 0.0449 (CMP)": the price is where it fills
            order_type, noted, entries = "market", noted + entries, []
        conf["entries"] = 1.0
        chosen = entry_secs
        if len(entry_secs) == 1 and len(entries) > 1 and len(sides) == 1 and not target_secs:
            arrow_targets = _after_arrow(read.clean, entry_secs, next(iter(sides)))
            if arrow_targets:
                # "Short #OP @ 2.3861 → 2.3519 | 2.3143": after a weak word ("@", "from") and
                # a side word, the price, then where it should go (with no side word the
                # levels alone would choose it: "ETH L @ 3457 → 3404" stays for review)
                entries = entries[:1]
        first = _first_buy(read.clean, side_secs, entry_secs) if entries else None
        if first is not None and first[1]:
            # "Buy now 5.245, second entry 4.919 (limit)": the first buy, at its price
            order_type, noted, entries = "limit", [], [first[1][0].value, *entries]
            chosen = [first, *entry_secs]
        elif first is not None and is_market(read.clean[first[0].end : first[0].end + 40]):
            order_type = "market"  # "BUY NOW $ARB at market" over "2nd buy: 1.0076": the first
            # buy at the market, the later one its limit
        elif first is not None:
            # "Long $ARB" over "Second buy 1.0076": where is the first? (An emptied "First
            # entry:" label before it says so itself, once the signal is read.)
            later_alone = not any(
                not sec[1] and sec[0].start < entry_secs[0][0].start for sec in found["entry"]
            )
    else:
        spans = read.symbol.spans if read.symbol else ()
        chosen = [s for s in side_secs if s[1] and _near(s, read.clean, spans)]
        if chosen:
            entries = [n.value for n in chosen[0][1]]
            chosen = chosen[:1]
            conf["entries"] = 0.9
            nums = chosen[0][1]
            if len(nums) > 1 and _arrow_to_price(read.clean, nums[0].end, nums[1].start):
                # "Long ATOM 8.45 → 8.70 → 9.00": the price, then where it should go
                entries, arrow_targets = entries[:1], entries[1:]
        elif found["preamble"][0][1] and symbol is not None:
            chosen = found["preamble"]
            entries = [n.value for n in chosen[0][1]]
            conf["entries"] = 0.8
        for s in side_secs if holds_any(read.low, ("now", "here")) else ():
            zone = now_zone(read.clean, s)
            if zone is not None:  # "ADA buy now @0.4661-0.4652": a limit zone to fill
                entries, arrow_targets, chosen, zoned = list(zone), [], [s], True
                conf["entries"] = 1.0
                break
        at_market = [
            s
            for s in (() if zoned else side_secs)
            if is_market(before_first_price(s))
            or (s[1] and market_note(read.clean, s[1][-1].end))
            or (not read.low.isascii() and market_glued(read.clean, s[0].start, s[0].end))
            or (
                holds_any(read.low, ("market", "mkt"))
                and market_before_side(read.clean, s[0].start)
            )
        ]
        if at_market:  # "Покупка по рынку (0.2990–0.3000)", "Purchase 0.299–0.30 (market)":
            # a market order, its prices the area it fills
            order_type = "market"
            conf["entries"] = 1.0
            if at_market[0][1] and market_then_price(before_first_price(at_market[0])):
                # "Sell: CMP and 9.372": a market fill now, a limit order at the price
                entries, arrow_targets, chosen = (
                    [n.value for n in at_market[0][1]],
                    [],
                    at_market[:1],
                )
            elif at_market[0][1]:
                noted = [n.value for n in at_market[0][1]]
                entries, arrow_targets, chosen = [], [], at_market[:1]
        elif not entries:
            marketed = [s for s in found.get("other", ()) if market_value(s)]
            if marketed:  # "進場：市價" under a label no lexicon knows: the value alone says
                # market; under a label naming the order's type ("type: MARKET") it is sure
                order_type = "market"
                conf["entries"] = (
                    1.0
                    if any(s[0].word in ("type", "order", "order type") for s in marketed)
                    else 0.7
                )
    if order_type == "market":
        entry_kind = "market"
    elif zoned and len(entries) == 2:
        entries, entry_kind = sorted(entries), "range"
    elif len(entries) == 1:
        entry_kind = "single"
    elif (
        len(entries) == 2
        and chosen
        and len(chosen[0][1]) == 2  # both in one section: "1) a - 50%" / "2) b - 50%" is no range
        and not _ladder_label(chosen[0][0].word)
        and (
            (
                RANGE_SEPARATOR.search(chosen[0][2])
                # (on one line: "1 - 148.2" over "2 - 147.3" is a numbered list, no range)
                and "\n" not in read.clean[chosen[0][1][0].end : chosen[0][1][1].start]
            )
            or ZONE_WORD.search(chosen[0][0].word)
            or _BETWEEN.search(chosen[0][2])
        )
    ):
        entries = sorted(entries)
        entry_kind = "range"
        if entries[0] == entries[1]:  # "Entry Zone: 0.435 - 0.435": a zone of one price
            entries, entry_kind = entries[:1], "single"
    elif entries:
        entry_kind = "multiple"

    # targets: in the order written; numbered labels (TP1, Target 2) in their own order
    targets: list[float] = [] if target_secs else arrow_targets
    indexed = len(target_secs) > 1
    for sec in target_secs if indexed else ():
        if sec[0].number is None:
            indexed = False
            break
    ordered = sorted(target_secs, key=lambda s: s[0].number or 0) if indexed else target_secs
    for _, nums, _ in ordered:
        values = [n.value for n in nums]
        if targets and (
            values == targets or (len(values) > 1 and all(v in targets for v in values))
        ):
            continue  # the targets again, under a second language's label: a repetition
        targets += values
    if not entries and order_type != "market" and _unread_entry(found.get("entry", [])):
        conf["entries"] = 0.3  # "entry 3400ish": an entry named, its price not read
    if targets:
        conf["take_profits"] = 1.0 if target_secs else 0.8
    elif any(_DIGIT.search(s[2], 0, 30) for s in found.get("target", [])):
        conf["take_profits"] = 0.3  # a target named with digits, but no price read from them

    stop = stop_priced[0][1][0].value if stop_priced else None
    if stop is not None:
        conf["stop_loss"] = 1.0
    elif stop_secs and any(_DIGIT.search(s[2], 0, 30) for s in stop_secs):
        conf["stop_loss"] = 0.3

    if read.leverage is not None:
        conf["leverage"] = 1.0 if read.leverage <= MAX_LEVERAGE else 0.2

    side: Side | None = None
    if len(sides) == 1:
        side = next(iter(sides))
        conf["side"] = 1.0
    elif not sides:
        side = _side_from_levels(entries or noted, targets, stop)
        if side is not None and hedged_plan(read.text.lower()):
            side = None  # an analysis or lesson never stating a side: its levels are no call
        if side is not None:
            conf["side"] = 0.9 if read.clean and _SPOT_OR_BUY.search(read.text) else 0.75

    if symbol is not None:
        conf["symbol"] = symbol_confidence(symbol)

    unread = ""
    by_place = False  # prices placed by where they stand, not by a label the lexicon holds
    geometric = ""
    other_secs = [sec for sec in found.get("other", []) if sec[1]]
    if other_secs and symbol is not None:
        other_secs = without_amounts(other_secs, read.text, symbol.market, bool(entries))
    # a layout of price lines under no known target or stop label (an empty "TP1:" is one: the
    # lines are then not label-less, and the geometry does not apply)
    lines_only = symbol is not None and "target" not in found and len(stop_secs) == len(stop_priced)
    if side is None and not sides and not stop_priced and lines_only:
        # no side word, target or stop any lexicon knows: the lines' geometry may tell them
        read_geo = read_by_geometry(read, found, entries if entry_secs else [])
        if isinstance(read_geo, str):
            geometric = read_geo
        elif read_geo is not None:
            entries, targets, stop, side, kind = read_geo
            entry_kind = kind or entry_kind
            for name in (
                "take_profits",
                "stop_loss",
                "side",
                *(() if entry_secs else ("entries",)),
            ):
                conf[name] = GEOMETRY_CONFIDENCE
            other_secs = []
            chosen = found["preamble"] + found.get("other", [])
    elif len(sides) == 1 and side is not None and lines_only and not _strong_label(entry_secs):
        # a side word, but the entry, targets and stop stand on lines under icons or words
        # no lexicon knows: placed by the side ("📉 SELL #API3 / 🔹 a / 🔸 b / 🛑 c")
        # (a weak word's entry that holds its prices, "💵 a - b", is the entry: the lines
        # below it are the targets and the stop)
        read_geo = read_by_geometry(read, found, entries if entry_priced else [], side, stop)
        if isinstance(read_geo, str):
            unread = read_geo
        elif read_geo is not None:
            entries, targets, stop, _, kind = read_geo
            by_place = True
            entry_kind = kind or entry_kind
            for name in ("entries", "take_profits", "stop_loss"):
                conf[name] = GEOMETRY_CONFIDENCE
            if stop_priced:
                conf["stop_loss"] = 1.0
            other_secs = []
            chosen = found["preamble"] + side_secs + found.get("other", [])
    labelled = entry_priced and bool(target_secs) and bool(stop_priced)
    # the entry under a side word ("Plan: short 13.59–13.67, targets …, stop …" under
    # paragraphs of market talk) is as clear as a labelled one for this — when it is the
    # message's only card: no entry label (a weak word in a story is none), one target and
    # one stop section
    one_card = (
        bool(entries)
        and bool(side_secs)
        and len(target_secs) == 1
        and len(stop_priced) == 1
        and not any(not in_story(read.clean, s[0]) for s in found.get("entry", ()))
    )
    if other_secs and (labelled or one_card) and "\n" in read.clean:
        other_secs = outside_prose(read, other_secs)
    if other_secs:
        known_at = min([sec[0].start for sec in target_secs + stop_priced] or [len(read.clean)])
        from_targets = False
        if side is None and stop is not None:
            side = side_from_stop(other_secs, entries, stop, known_at)
            if side is not None:
                conf["side"] = 0.75
        elif side is None and target_secs and order_type != "market":
            side = side_from_targets(other_secs, entries, targets, known_at)
            from_targets = side is not None
        if order_type == "market" and side is not None and not entries:
            placed = place_around_market(other_secs, side, targets, stop)
        else:
            placed = place_by_side(
                other_secs, side, entries, targets, stop, known_at, read.leverage is None
            )
        if from_targets and (placed[2] is None or placed[3]):
            # the targets tell the side only when a single price stands on the other side as
            # the stop: otherwise nothing is placed, as without a side
            side = None
            placed = place_by_side(other_secs, None, entries, targets, stop, known_at)
        elif from_targets:
            conf["side"] = 0.75
        entries, targets, stop, unread = placed
        by_place = True
        for name, value in (("entries", entries), ("take_profits", targets)):
            if value and name not in conf:
                conf[name] = 0.7
        if stop is not None and "stop_loss" not in conf:
            conf["stop_loss"] = 0.7
        if entries and not entry_kind:
            first = other_secs[0]
            if len(entries) == 2 and RANGE_SEPARATOR.search(first[2]):
                entries, entry_kind = sorted(entries), "range"
            else:
                entry_kind = "single" if len(entries) == 1 else "multiple"
    if by_place and not unread and "," in read.clean:
        placed_levels = {*entries, *targets, stop}
        unread = undecided_comma(
            read, found["preamble"] + side_secs + found.get("other", []), placed_levels
        )
    if not unread and side is not None:
        call_at = call_start(read.clean, entries)
        unread = stray_price(found["preamble"] + side_secs, chosen, entries, targets, stop, call_at)
        # (and no priced section under another label outside sentences: a card pasted beside)
        stated = labelled or (
            one_card
            and not any(
                sec[1] for sec in outside_prose(read, [s for s in found.get("other", []) if s[1]])
            )
        )
        if unread and stated and "\n" in read.clean:
            talk = outside_prose(read, found["preamble"] + side_secs)
            unread = stray_price(talk, chosen, entries, targets, stop, call_at)

    if symbol is None and side is None and not entries and not targets:
        return _unknown_layout(read)
    # every outcome carries what was read, so a review form starts from it
    read_fields = parsed_signal(
        read,
        symbol,
        side,
        order_type,
        tuple(entries),
        entry_kind,
        tuple(targets),
        stop,
        tuple(sorted(conf.items())),
    )
    if (
        len(stop_priced) > 1
        or len(entry_secs) > 1
        or (entry_secs and any(sec[1] for sec in side_secs))
    ):
        # (prices after a side word beside an entry label: "XRP SHORT 0.5643 … | TRX/USDT
        # ショート / エントリー：0.12584 …", a second signal written on one line)
        coins = named_coins(read.text)
        if len(coins) > 1:
            return with_reason(
                read_fields,
                f"Several coins ({', '.join(sorted(coins))}) with their own entries or "
                "stops: more than one signal in one message. Check them one by one.",
            )
    if len(sides) > 1:
        return with_reason(
            read_fields, "Both long and short are named: the direction is ambiguous."
        )
    if entries and chosen and (miscount := _ladder_miscount(read.text, chosen[0][0], len(entries))):
        return with_reason(read_fields, miscount)
    if len(stop_priced) > 1 and repeated_stop(stop_priced):
        shown = ", ".join(price_text(s[1][0].value) for s in stop_priced[:3])
        return with_reason(
            read_fields,
            f"The same stop label with different prices ({shown}): two signals in one "
            "message, or the stop is unclear. Check it.",
        )
    if stop_priced and len(stops := stop_prices(read.clean, stop_priced[0][1])) > 1:
        # "SL:" over "144.0" and "141.5", "Stop Targets: 1) … 2) …": one copied stop would
        # drop the others
        shown = ", ".join(price_text(v) for v in stops[:3])
        return with_reason(
            read_fields,
            f"The stop section holds several prices ({shown}): copying one would drop the "
            "others. Check it.",
        )
    if side is None:
        if not (target_secs or stop_priced or _strong_label(entry_secs)) and _indicator_readings(
            found.get("other", [])
        ):
            return with_reason(
                read_fields,
                "Indicator readings (RSI, VWAP, a range's high and low) with no side, target "
                "or stop: chart talk, not a signal.",
                MessageKind.NOT_SIGNAL,
            )
        if geometric:
            return read_fields._replace(reason=geometric)
        labelled_lines = sum(1 for sec in found.get("other", []) if sec[1])
        if labelled_lines >= 3 and symbol is not None:
            return with_reason(
                read_fields,
                f"Prices for {symbol.market.base} under {labelled_lines} labels the "
                "parser does not know, and no side it knows: check it, and teach the channel's "
                "layout.",
            )
        if not (target_secs or stop_priced) and _only_denied(read, entry_secs + side_secs):
            return with_reason(read_fields, _DENIED, MessageKind.NOT_SIGNAL)
        if not (target_secs or stop_priced or _strong_label(entry_secs)):
            return with_reason(
                read_fields,
                "Prices without a side or an entry, target or stop label: market talk.",
                MessageKind.NOT_SIGNAL,
            )
        if symbol is None or not (entries or targets):
            return with_reason(
                read_fields, "No side (long/short, buy/sell).", MessageKind.NOT_SIGNAL
            )
        if "not a " in read.low and says_not_a_signal(read.low):
            # "How we set targets, with API3 as the example: entry a, stop s, TP1 at 1R …
            # Not a signal.": no side, and the post says itself it is none
            return with_reason(
                read_fields,
                "No side, and the text says it is not a signal: talk.",
                MessageKind.NOT_SIGNAL,
            )
        return with_reason(read_fields, "No side is named and the levels do not tell it.")
    no_price = not entries and not targets and order_type != "market"
    if no_price and not read.numbers and len(read.text.split()) > 6:
        return with_reason(
            read_fields,
            "Names a side but no price at all: commentary, not a signal.",
            MessageKind.NOT_SIGNAL,
        )
    if not (target_secs or stop_priced) and _only_denied(read, side_secs):
        return with_reason(read_fields, _DENIED, MessageKind.NOT_SIGNAL)
    if symbol is None:
        if counts_outcomes(read.low):
            # "Our last 10 trades: 4 TP, 2 SL, 4 BE": the counts read as levels' labels
            return with_reason(
                read_fields,
                "Trades counted by how they ended: a results post, not an update.",
                MessageKind.NOT_SIGNAL,
            )
        return with_reason(read_fields, "No symbol is named.")
    if not entries and not targets and order_type != "market":
        if not stop_priced and announced_for_later(read.low):
            return with_reason(
                read_fields,
                "A setup announced for a later post, no level given: talk.",
                MessageKind.NOT_SIGNAL,
            )
        return with_reason(
            read_fields, "A side but neither an entry nor targets: not enough to copy."
        )
    if unread:
        return with_reason(read_fields, unread)
    percent = ""
    if "%" in read.text:
        percent = (_percent_beside_prices if targets else _percent_only)(found.get("target", []))
    if percent and not targets:
        return with_reason(
            read_fields,
            f"The targets are written as percentages (“{percent}”), not prices: "
            "whether of the price or of the margin is not said.",
        )
    if percent:  # "TP1: 3540.48 (+2%)" over "TP2: +4%": copied, the second would be lost
        return with_reason(
            read_fields,
            f"A target is written as a percentage (“{percent}”) beside priced ones: "
            "whether of the price or of the margin is not said.",
        )
    if ranged:
        return with_reason(
            read_fields,
            f"The numbered target “{ranged}” is a range of two prices: which one is the "
            "target is not said. Check it.",
        )
    if not targets and stop is None and "%" in read.text and _RESULT.search(read.text):
        return with_reason(
            read_fields,
            "A result (a +% gain) without targets or a stop: a results post.",
            MessageKind.NOT_SIGNAL,
        )
    named_at = min(span[0] for span in symbol.spans) if symbol.spans else None
    done = already_done(read.text, read.low, read.lower, named_at)
    if done:
        # (a closed trade's notice with its entry and exit is read before: exit_notices.py)
        return with_reason(read_fields, done)
    problem = implausible(side, entries or noted, targets, stop, reference)
    if not problem and conf.get("leverage", 1) < REVIEW_THRESHOLD:
        problem = f"Leverage {read.leverage:g}x is above {MAX_LEVERAGE:g}x: not a real setting."
    if not problem and conf.get("stop_loss", 1) < REVIEW_THRESHOLD:
        problem = "A stop is named but no price could be read for it."
    if not problem and conf.get("take_profits", 1) < REVIEW_THRESHOLD:
        problem = "A target is named but no price could be read for it."
    if not problem and conf.get("entries", 1) < REVIEW_THRESHOLD:
        problem = "An entry is named but no price could be read for it."
    if not problem and unsure_sections:
        problem = unsure_sections  # "ENTRY 1 - 1.20" alone: an entry's number or a range?
    if not problem and not entries and order_type != "market":
        if found.get("entry"):
            # "Entry:" left empty under a story whose prices are no levels: the label emptied
            levels = {"entry": [], "target": targets, "stop": [] if stop is None else [stop]}
            labels = read.labels_in_order()
            problem = emptied_line_label(read.text, read.clean, labels, found, read.numbers, levels)
        problem = problem or "No entry price was read and no market entry is named."
    strong_entry = _strong_label(entry_secs) or _buy_at_shares(read.clean, entry_secs, side_secs)
    if not problem and not targets and stop is None and order_type == "market":
        problem = "A market entry with neither targets nor a stop: check it before it is copied."
    if not problem and not targets and stop is None and not strong_entry and order_type != "market":
        # "BTC: Long from 63,450 to 65,000": no entry label, no target, no stop — the
        # second price may well be the target
        if "?" in read.text and _asked_price(read, entries[0]):
            # "LINK L 13.483? or wait for 13.107... thoughts": a price asked about, no call
            return ParsedMessage(
                MessageKind.NOT_SIGNAL,
                reason="A side and a price asked about, no target or stop: a question, talk.",
            )
        problem = "Only prices after the side word, no entry label, targets or stop: check them."
    if (
        not problem
        and not strong_entry
        and ("if" in read.low or "could" in read.low)
        and (
            (stop is None and _HYPOTHETICAL.search(_without_no_stop_notes(read.low)))
            or read.low.lstrip(" \t\n*_>").startswith("if ")
        )
    ):
        # "Shorts could target 3,300 if we lose it", "If BTC closes above 65k daily, next
        # targets …": an idea on a condition, with no entry label
        problem = "A conditional idea with no entry label: check it."
    if (
        not problem
        and entry_secs
        and not strong_entry
        and (len(entries) > 2 or (len(entries) == 2 and entry_kind != "range"))
        and not _added_at(read.clean, entry_secs)
    ):
        # "around 14.927. I'll be taking profits at 15.155 and 15.679" with the target words
        # unknown: a weak word's prices run on into what follows
        word = entry_secs[0][0].word
        problem = f"Several prices after “{word}” and no entry label: which is the entry?"
    if not problem and not targets and len(entries) > 1:
        # "Ingång 34,49 / Mål 33,96 / 33,45": a target line under a word no lexicon holds,
        # with no separator to end the entry, runs on into the entries
        problem = "Several entries and no target: a target line may have been read as entries."
    if not problem and min(conf.values()) < REVIEW_THRESHOLD:
        weakest = min(conf.items(), key=lambda kv: kv[1])
        if weakest[1] < REVIEW_THRESHOLD:
            problem = f"The {weakest[0]} was read with low confidence ({weakest[1]:.0%})."
    if not problem:
        problem = label_left_empty(read, found)
        if problem and signal_stated_twice(
            read.numbers,
            {"entry": entries, "target": targets, "stop": [] if stop is None else [stop]},
        ):
            problem = ""  # the signal written twice: the other copy gives the emptied level
    if not problem and "\n" in read.text:
        problem = (
            marker_left_empty(read.text)
            or item_left_empty(read.text)
            or numbered_label_left_empty(read.text)
            or operator_left_open(read.text)
            or card_item_left_empty(read.text)
        )
        if not problem:
            labels = read.labels_in_order()
            levels = {"entry": entries, "target": targets, "stop": [] if stop is None else [stop]}
            problem = emptied_line_label(read.text, read.clean, labels, found, read.numbers, levels)
    if not problem and later_alone:
        problem = "A later buy (“second buy”) is named but no first buy: check the entries."
    if (
        not problem
        and (len(set(targets)) < len(targets) or len(set(entries)) < len(entries))
        and (line := line_written_twice(read.text))
    ):
        # "2) 65404" twice in a Cornix block, a sentence pasted twice: a forward or paste
        # glitch — copied, the plan would hold the level twice (its share split wrongly)
        problem = f"The line “{line}” is written twice: a level would be copied twice. Check it."
    if (
        not problem
        and targets
        and stop is None
        and target_secs
        and ends_on_price(read.text, target_secs[-1][1])
        and (
            len(targets) == 1
            or (
                _futures_call(read, side)
                and not ends_list_of_lines(read.text, _numbers_of(target_secs))
            )
        )
    ):
        # "… TP: 152.45" and nothing after it, no stop: a list cut after its first target
        # reads the same as a one-target signal — and a signal with one target and no stop is
        # seldom meant; a futures call's "… | TP 9.052 | 9.133", "targets 0.5166, 0.5257"
        # likewise: a line cut inside, its stop lost (a list of one target a line, "3) 0.1144"
        # last, is whole; a spot buy's "Buy between 6.1 and 6.4 / Targets 7 / 7.5 / 8" is
        # often given without a stop)
        problem = (
            "One target, no stop, and the text ends on the target: the message may be cut "
            "short. Check it."
            if len(targets) == 1
            else "Targets, no stop, and the text ends on the last target: the message may be "
            "cut short. Check it."
        )
    if not problem and target_secs and (lowest := _first_target_number(read.text, target_secs)) > 1:
        # "Take Profit 2" the first target label, with no "Take Profit 1": the line of target 1
        # was dropped or cut — its price read as an entry's ("Entry Price" over "60,796.6" and
        # "59,260.4"), or lost
        problem = (
            f"The first target written is target {lowest}: target 1 is missing (a dropped or "
            "cut line), and its price may have been read as another level. Check it."
        )
    if not problem and len(targets) > 1 and side is not None and out_of_order(targets, side):
        # "Target 1 | 0.4102 | Target 2 | 0.4155" flattened to one line: the ordinals read as
        # targets (1.0, 0.4102, 2.0, 0.4155) — a channel lists its targets away from the entry
        shown = ", ".join(price_text(t) for t in targets[:6])
        problem = (
            f"The targets ({shown}) are not in order away from the entry: a number read as a "
            "target may be no price. Check it."
        )
    if not problem and read.rival is not None and symbol is read.symbol and symbol is not None:
        # "DOGE" heading levels with "BTC 📉" under them: the coin was taken as the first word
        # in capitals, and another coin stands too
        problem = (
            f"Two coins named ({symbol.market.base}, {read.rival}) and no pair or tag tells "
            "which the levels are for: check it."
        )
    if not problem and named_at is not None and not reference:
        problem = story_price_problem(
            read.text, symbol.spans, symbol.market.base, entries or noted or targets, read.numbers
        )
    if problem:
        return with_reason(read_fields, problem)
    return with_reason(read_fields, "", MessageKind.SIGNAL)


# words of a spot buy ("Buy between 6.1 and 6.4", "Accumulate", "Compra", "买入", "買入")
_SPOT_BUY_WORDS = ("buy", "spot", "accumulat", "compra", "kaufen", "achat", "买", "買")


# a label's number ending its line, its price on the next ("Take Profit 2" over "58,957.1")
_NUMBER_ENDS_LINE = re.compile(r"[^\S\n]+(\d{1,2})[^\S\n*_`]*[*_`]*[^\S\n]*(?=\n|$)")


def _first_target_number(text: str, secs: list[Any]) -> int:
    """The lowest number the target labels give (TP2, Take Profit 3), when every target label
    is numbered; else 1."""
    lowest = 99
    for sec in secs:
        label = sec[0]
        number = label.number
        if number is None:
            m = _NUMBER_ENDS_LINE.match(text, label.end)
            if m is None or any(n.start == m.start(1) for n in sec[1]):
                return 1  # unnumbered, or the number is the target's price ("TP 65")
            number = int(m.group(1))
        lowest = min(lowest, number)
    return lowest if lowest != 99 else 1


def _futures_call(read: MessageParts, side: Side | None) -> bool:
    """Not a spot buy — which channels often post with targets and no stop — but a call a
    futures trader writes: a short, a leverage, or a long with no buying word and no spot
    market read."""
    if side is not Side.LONG or read.leverage is not None:
        return True
    if read.symbol is not None and read.symbol.market.kind == MarketKind.SPOT:
        return False  # the market words of any language the lexicon knows ("স্পট বাই")
    return not any(word in read.low for word in _SPOT_BUY_WORDS)


def _numbers_of(secs: list[Any]) -> list[numbers.Number]:
    """The numbers of several sections, in the text's order ("Sell 1: …" / "Sell 2: …")."""
    return sorted((n for sec in secs for n in sec[1]), key=lambda n: n.start)


# a zone's middle or average noted in brackets after it: "0.505 - 0.512 (mid 0.508)",
# "(avg ~0.5085)", "(midpoint 88.16)"
_MIDDLE_NOTE = re.compile(
    r"\([^\S\n]*(?:mid(?:dle|point)?|avg\.?|average|mean)[^\S\n]*[:=]?[^\S\n]*[~≈]?[^\S\n]*\$?$",
    re.I,
)


def _without_noted_middle(section: Section, text: str) -> Section:
    """An entry section without a price noted in brackets as its zone's middle or average,
    when the price lies between the section's others: a note on the zone, no order."""
    lab, nums, body = section
    rest = [n for n in nums if _MIDDLE_NOTE.search(text, max(0, n.start - 16), n.start) is None]
    if len(rest) == len(nums) or len(rest) < 2:
        return section
    low, high = min(n.value for n in rest), max(n.value for n in rest)
    if all(low < n.value < high for n in nums if n not in rest):
        return (lab, rest, body)
    return section


_HYPOTHETICAL = re.compile(r"(?<![\w])(?:if|could|would|might)(?![\w])")
# a line saying there is no stop and that the plan averages down, with no price: "No stop —
# DCA if it dips", "no SL, we average down if it dips" (its "if" is about averaging down, not
# a condition on the entry)
_NO_STOP_NOTE = re.compile(
    r"^(?=[^\n\d]*(?<![\w])no[^\S\n]+(?:stop|sl)(?![a-z]))"
    r"(?=[^\n\d]*(?:dca|averag|add(?:ing)?[^\S\n]+more))[^\n\d]*$",
    re.M,
)


def _without_no_stop_notes(low: str) -> str:
    """``low`` without its lines that only say there is no stop."""
    if "no s" not in low:
        return low
    return _NO_STOP_NOTE.sub("", low)


def _stop_order(low: str, stop_priced: list[Section]) -> Section | None:
    """The first priced stop section when its label is an order type after a side word
    ("BUY STOP 80.9", "sell stop @ 0.0000083784") and another stop section follows: the entry
    of a stop order, not the stop loss. (Alone, "sell stop 0.48" may be either: left as is.)"""
    first = stop_priced[0][0]
    if first.word != "stop" or stop_priced[1][0].word == "stop":
        return None
    before = low[max(0, first.start - 6) : first.start].rstrip()
    return stop_priced[0] if before.endswith(("buy", "sell")) else None


def _story_entry(read: MessageParts, sec: Section, found: dict[str, list]) -> bool:
    """Whether a weak entry word stands in a sentence while a side word on another line is
    directly followed by prices: the side word's prices are the entry, the sentence tells
    where the market went."""
    clean = read.clean
    start = sec[0].start
    if not in_story(clean, sec[0]):
        return False
    spans = read.symbol.spans if read.symbol else ()
    for side_sec in found.get("long", []) + found.get("short", []):
        if (
            side_sec[1]
            and "\n" in clean[min(start, side_sec[0].start) : max(start, side_sec[0].start)]
            and _near(side_sec, clean, spans)
        ):
            return True
    return False


def _only_denied(read: MessageParts, secs: list[Section]) -> bool:
    """Whether every side or entry word of ``secs`` is named only to deny it ("не шортим",
    "not shorting yet")."""
    return may_deny(read.low) and all_denied(read.clean, secs)


def _buy_at_shares(text: str, entry_secs: list[Section], side_secs: list[Section]) -> bool:
    """Whether the entries are "@" prices on the line of a side word that holds no price
    itself: "Buy 1/3 @ 0.4359 | 1/3 @ 0.4257 | 1/3 @ 0.4138" (the shares blanked) — the side
    word labels the ladder."""
    if len(entry_secs) < 2 or entry_secs[0][0].word != "@":
        return False
    first = entry_secs[0][0].start
    line_start = text.rfind("\n", 0, first) + 1
    for lab, nums, _ in side_secs:
        if not nums and line_start <= lab.start < first:
            break
    else:
        return False
    line_end = text.find("\n", first)
    line_end = len(text) if line_end < 0 else line_end
    return all(lab.word == "@" and lab.start <= line_end for lab, _, _ in entry_secs)


def _market_then_limits(secs: list[Section], price: float) -> bool:
    """Whether the first priced entry section holds only ``price`` (a market entry's) and
    a later one holds prices of its own."""
    priced = [sec for sec in secs if sec[1]]
    return len(priced) > 1 and len(priced[0][1]) == 1 and priced[0][1][0].value == price


def _first_buy(text: str, side_secs: list[Section], entry_secs: list[Section]) -> Section | None:
    """The side section of a ladder's first buy before entries that are all later buys ("BUY
    NOW 0.52 … 2nd buy: 0.50"): the last side section before them with one price or none."""
    priced = [sec[0] for sec in entry_secs if sec[1]]
    if not later_buys_only(text, priced):
        return None
    before = [s for s in side_secs if len(s[1]) <= 1 and s[0].end <= priced[0].start]
    return max(before, key=lambda s: s[0].start) if before else None


def _arrow_to_price(clean: str, start: int, end: int) -> bool:
    """An arrow between two prices that points at the second: not one that points at a share
    ("E1 2.3454 → 30% size" over "E2 2.3291 → 70% size", two weighted entries whose second
    price was taken for a target and dropped beside the card's own targets)."""
    return _ARROW.search(clean, start, end) is not None and "%" not in clean[start:end]


def _after_arrow(clean: str, secs: list[Section], side: Side) -> list[float]:
    """The prices after an arrow that follows the first price of a weak word's section ("@ 2.3861
    → 2.3519 | 2.3143"), else none: an entry label's prices stay its entries, unless they are
    an arrow chain moving the side's way ("Buy at 6.251 → 6.4 → 6.6")."""
    nums = secs[0][1]
    if (
        len(nums) > 1
        and _arrow_to_price(clean, nums[0].end, nums[1].start)
        and (not _strong_label(secs) or _arrow_chain(clean, nums, side))
    ):
        return [n.value for n in nums[1:]]
    return []


def _arrow_chain(clean: str, nums: list[numbers.Number], side: Side) -> bool:
    """Three prices or more, each after an arrow and each beyond the last on the side's
    profit side ("Buy at 6.251 → 6.4 → 6.6 → 6.9"): where a buy goes, not a ladder of buys
    (a ladder of buys walks the other way, "1.20 → 1.18 → 1.16", and stays entries)."""
    if len(nums) < 3:
        return False
    sign = 1.0 if side is Side.LONG else -1.0
    for before, after in pairwise(nums):
        if (after.value - before.value) * sign <= 0 or not _ARROW.search(
            clean, before.end, after.start
        ):
            return False
    return True


def _strong_label(secs: list[Section], priced_only: bool = False) -> bool:
    """Whether a section's label is an entry label, not a weak word ("from", "around", "@");
    with ``priced_only``, among the sections holding prices. (A loop: any() over a generator
    costs more, and this runs several times on every signal.)"""
    for sec in secs:  # noqa: SIM110
        if sec[0].word not in WEAK_ENTRY_WORDS and (sec[1] or not priced_only):
            return True
    return False


# the words before a second buy's price: "around 148.2, adding at 144", "… — add more @ 0.49",
# ", more at 0.49", ", and adding near 0.49"
_ADDING_AT = re.compile(
    r"[,;—–-][^\S\n]*(?:and[^\S\n]+)?(?:(?:adding|add)(?:[^\S\n]+more)?|more)"
    r"[^\S\n]+(?:at|@|on|near|around)[^\S\n]*\$?$",
    re.I,
)


def _added_at(text: str, secs: list[Section]) -> bool:
    """Whether the entries are one weak word's price and a second buy's price named after it
    ("Buying $SOL around 148.2, adding at 144"): the second price is an entry of its own."""
    if len(secs) != 1 or len(nums := secs[0][1]) != 2:
        return False
    return _ADDING_AT.search(text, nums[0].end, nums[1].start) is not None


def _ordinal_targets(secs: list[Section]) -> bool:
    """Every target section holds one small whole number: perhaps a target's number."""
    if not secs:
        return False
    for sec in secs:  # (a loop: all() over a generator costs more on every signal)
        nums = sec[1]
        if len(nums) != 1 or not (
            0 < nums[0].value <= MAX_LEVEL_INDEX and nums[0].value.is_integer()
        ):
            return False
    return True


def _unread_entry(secs: list[Section]) -> bool:
    """An entry label (not a weak word) followed by digits from which no price was read."""
    return any(
        not nums and lab.word not in WEAK_ENTRY_WORDS and _DIGIT.search(body, 0, 30)
        for lab, nums, body in secs
    )


# The market's price as the post was written: information beside an entry, not a level.


_LETTERS = re.compile(r"[^\W\d_]{2,}")

# (and chart analysis: "Fib 0.618 … 1.618 extension", "Elliott wave", "RSI … overbought at …",
# "4H outlook: above …, below …"; a watchlist: "On watch 👁 / TIA 10.21 / ARB 1.0737"; both
# scenarios: "If LINK loses 13.319 we go to 13.086. Hold it and 13.661 is next.")
_LEVELS_TALK = re.compile(
    r"support|resistance|liquidat|heatmap|range|retrace|extension|elliott|overbought|oversold"
    r"|divergence|outlook|neckline|bullish|bearish|watch|radar|\b(?:fib|rsi|macd|waves?)\b"
    # scenarios: "If LINK loses 13.319 we go to 13.086", "Bear case: below …", "… in play"
    r"|\bloses?\b|we\s+go\s+to|\b(?:bear|bull)\s+case|scenario|in\s+play|decision\s+point"
    r"|\breclaims?\b|comes\s+fast|\bbears\s+are|\bbulls\s+are"
    # a market recap or movers' list: "Fear & Greed 58 · BTC dominance 57.6%", "Top losers
    # today / 1. ORDI $40.53 -27.97%", a release's "SOL reaction: 135.31 → 131.99"
    r"|dominance|fear\s*(?:&|and)\s*greed|\b(?:top\s+)?(?:gainers|losers|movers)\b|\breaction\b"
    # a range with no trade in it: "API3 📈📉 chop between 1.5683 and 1.6212, no trade"
    r"|\bchop(?:py)?\b|\bno\s+trade\b",
    re.I,
)
# Market news and alerts that name a coin, a side and a price without being a signal.
# (a liquidation map's caption: "SUI liq map (24h): biggest pool …", "heat map", "liquidity
# pool at …")
_NEWS = re.compile(
    r"liquidat|whale\s+alert|inflows?|outflows?|open\s+interest|funding\s+rate"
    r"|(?:liq|heat)[^\S\n]*map|liq(?:uidity)?[^\S\n]+pools?",
    re.I,
)
# A part of each of those that the lower-cased text holds whenever _NEWS matches (no "i" or
# "s": their case-insensitive matches include "ı" and "ſ", which lower() keeps).
_NEWS_PARTS = ("quidat", "whale", "nflow", "utflow", "open", "fund", "map", "pool")


# a chart's indicator or level read out under its own label: "RSI: 58", "VWAP: 3,621.01",
# "EMA200: 139.4", "Range high: 3,817.1", "Support: 3,250"
_INDICATOR_LABEL = re.compile(
    r"(?:rsi|vwap|macd|atr|adx|obv|stoch\w*|[ews]?ma\s*\d*|bb\s+(?:upper|lower|mid)"
    r"|bollinger\s+(?:upper|lower|mid)\w*|range\s+(?:high|low|mid)|support|resistance"
    r"|pivot|volume|open\s+interest|funding(?:\s+rate)?)",
    re.I,
)


def _indicator_readings(others: list[Section]) -> bool:
    """Whether every priced section under a label no lexicon knows is an indicator's reading,
    and there are at least two: "Price: … / RSI: 58 / VWAP: … / Range high: … / Range low: …"
    reads a chart out, it places no order."""
    priced = [sec for sec in others if sec[1]]
    return len(priced) >= 2 and all(
        _INDICATOR_LABEL.fullmatch(sec[0].word.strip()) for sec in priced
    )


def _unknown_layout(read: MessageParts) -> ParsedMessage:
    """Not a signal — unless it looks like one in a layout no label explains: a symbol-like
    word and at least two prices within ×3 of each other, in a text that is mostly numbers.
    That goes to review (a channel template can then learn the layout) rather than being
    dropped."""
    words = len(_LETTERS.findall(read.text))
    values = sorted(n.value for n in read.numbers)
    close = any(b <= 3 * a for a, b in pairwise(values) if a > 0)
    # at least two prices as close as one signal's levels, and not a sentence about prices
    # or a result ("0.00002451 → 0.00002600 (+6%)")
    if (
        close
        and words < 4 * len(read.numbers)
        and not _LEVELS_TALK.search(read.text)
        and not _RESULT.search(read.text)
    ):
        word = bare_upper_token(read.text)
        if word is not None:
            market = word.market
            return for_market(
                MessageKind.NEEDS_REVIEW,
                market,
                reason=(
                    f"Looks like a signal for {market.base} in a layout the parser does not "
                    "know (no side or labels): check it, and teach the channel's layout."
                ),
            )
    return ParsedMessage(MessageKind.NOT_SIGNAL, reason="No symbol and no side: not a signal.")


def _near(
    section: tuple[sections.Label, list[numbers.Number], str],
    text: str,
    symbol_spans: tuple[tuple[int, int], ...],
) -> bool:
    """A side word directly followed by a price ("long 148", "Short BTC-PERP @ 63,450",
    "a short on $DOT at 6.318", "Open a LONG position in the 148.2 – 149.5 zone"): between
    them only filler words and the symbol."""
    lab, nums, _ = section
    gap = text[lab.end : nums[0].start]
    for a, b in symbol_spans:
        if lab.end <= a and b <= nums[0].start:
            gap = gap.replace(text[a:b], "\x00")  # (the coin parts the words around it)
    if "/" in gap or "-" in gap:
        gap = _QUOTE_LEFT.sub("", gap)  # "Long LINK/USDT above 14.5": the pair's quote
    if "(" in gap or "[" in gap:
        gap = _BRACKETED_ASIDE.sub("", gap)  # "Buy #LQTY (Spot) 0.2711-0.2847"
    left = _FILLER.sub("", gap.replace("\x00", "")).strip(" \t\n#$:-")
    if len(left) <= 3:
        return True
    # the prepositions of any language: at most two short words on the side word's line, on
    # each side of the coin ("Long auf #ATOM bei 8,845", "шорт по #LINK от 16.307", "Short
    # $SUI di area 1,06", "Long tayo sa #SUI sa 1.0179")
    if "\n" in gap:
        return False
    for part in _FILLER.sub("", gap).split("\x00"):
        words = [w for w in part.split() if w.strip("#$@")]
        if len(words) > 2 or not all(len(w) <= 6 and _NO_DIGIT.fullmatch(w) for w in words):
            return False
    return True


# the market or the chart's timeframe in brackets after the coin: "(Spot)", "[SPOT]", "(Perp)",
# "(Futures)", "(futuros)", "(4h)" — no words between the side and its price
_BRACKETED_ASIDE = re.compile(
    r"[(\[][^\S\n]*(?:spot|perp|perpetual|futures?|futuros|\d{1,2}[^\S\n]?[mhdw])[^\S\n]*[)\]]",
    re.I,
)
_NO_DIGIT = re.compile(r"[^\d\W]\D*")  # (a word of letters and their marks, "ที่")
_QUOTE_LEFT = re.compile(r"[/\-](?:usdt|usdc|busd|usd|perp)(?![\w])", re.I)


def symbol_confidence(symbol: FoundSymbol) -> float:
    """How sure a coin named bare ("SUI SHORT") is: less than one marked or paired."""
    return 1.0 if symbol.how != "bare" else 0.85


def parsed_signal(
    read: MessageParts,
    symbol: FoundSymbol | None,
    side: Side | None,
    order_type: str,
    entries: tuple[float, ...],
    entry_kind: str,
    take_profits: tuple[float, ...],
    stop_loss: float | None,
    confidences: tuple[tuple[str, float], ...],
) -> ParsedMessage:
    """The fields every outcome shares, and the judged ones (side, prices, confidences), made
    in one go as a message to review (:func:`with_reason` sets kind and reason). Built with the
    tuple constructor in the fields' order: ParsedMessage(...) with keywords runs a generated
    Python ``__new__``, several times slower. (A field added to the model is added here too;
    a test compares this with the keyword construction.)"""
    if symbol is None:
        named: tuple[Any, ...] = (None, None, None, "", None)
    else:
        market = symbol.market
        named = (market.base, market.token, market.contract, market.kind, market.quote)
    return _new_tuple(
        ParsedMessage,
        (
            MessageKind.NEEDS_REVIEW,
            "",
            *named,
            side,
            order_type,
            entries,
            entry_kind,
            take_profits,
            stop_loss,
            read.leverage,
            read.margin,
            read.confidence,
            None,
            None,
            None,
            False,
            None,
            None,
            confidences,
            (),
            None,
        ),
    )


def with_reason(
    fields: ParsedMessage, reason: str, kind: MessageKind = MessageKind.NEEDS_REVIEW
) -> ParsedMessage:
    """``fields`` with its kind and reason set (what ``_replace`` does, without its Python
    keyword handling)."""
    return _new_tuple(ParsedMessage, (kind, reason, *fields[2:]))


_new_tuple = tuple.__new__


_SHARE_AFTER = re.compile(r"[^\S\n]*(?:\d{1,3}(?:[.,]\d+)?[^\S\n]?%|(?:half|a\s+third|the\s+rest))")
# a sell word whose clause names the targets as its place ("jual bertahap di target", "sell
# gradually at the targets"): a buy's plan of exits, not a short
_SELL_AT_TARGETS = re.compile(
    r"[^\S\n]+(?:(?:bertahap|gradually|in\s+parts|step\s+by\s+step|sedikit\s+demi\s+sedikit)"
    r"[^\S\n]+)?(?:di|at|on|near|pada)[^\S\n]+(?:(?:the|each|every|setiap|tiap|our)[^\S\n]+)?"
    r"(?:targets?|tps?|target\s+jual)(?![\w])",
    re.I,
)


# the price a stop or trigger is read on, named for each side ("use last price for short"): no side
_PRICE_FOR = re.compile(r"price[^\S\n]+for[^\S\n]+$", re.I)


def _sides(read: MessageParts, found: dict[str, list]) -> set[Side]:
    out: set[Side] = set()
    buy = sections.BUY_WORDS
    longs = found.get("long", ())
    shorts = found.get("short", ())
    entries = found.get("entry", ())
    has_buy = False
    for lab, _, _ in entries:
        word = lab.word
        if word.startswith(("buy", "accumul", "bid")):  # "Buy zone:", "Accumulation zone:"
            out.add(Side.LONG)
            has_buy = True
        elif word.startswith("sell"):
            out.add(Side.SHORT)
        elif word.startswith(buy):
            has_buy = True
    if not has_buy:
        for lab, _, _ in longs:
            if lab.word.startswith(buy):
                has_buy = True
                break
    clean = read.clean
    for kind, side in ((longs, Side.LONG), (shorts, Side.SHORT)):
        for lab, _, _ in kind:
            after = clean[lab.end : lab.end + 6].lower()
            if after.startswith(("-term", " term")):
                continue  # "long term I'm bullish", "short-term bounce"
            if horizon_word(clean, lab.start, lab.end):
                continue  # "Holding period: short to mid term", "Duration: short"
            if kind is shorts and has_buy and lab.word.startswith("sell"):
                continue  # "Buy 100 … Sell 120": the sell prices are targets of a long
            if kind is shorts and _SHARE_AFTER.match(read.clean, lab.end):
                continue  # "Target 1: 1.30 → sell 25%": a share to take, not a side (a buy
                # word's share is the buy's: "buy a third at 1.1158, a third at 1.0897")
            if (
                kind is shorts
                and clean[lab.end : lab.end + 1] == " "
                and _SELL_AT_TARGETS.match(clean, lab.end)
            ):
                continue  # "Hold santai, jual bertahap di target": exits at the targets
            if _PRICE_FOR.search(clean, max(0, lab.start - 12), lab.start):
                continue  # "Use last price for short, mark price for long": a trigger's rule
            if crowd_word(clean, lab.end) or crowd_subject(clean, lab.start):
                continue  # "shorts got squeezed: short liquidations …" above a long,
                # "Whales are accumulating TIA: …"
            if ("/" in clean or "-" in clean or "vs" in clean or "%" in clean) and both_sides_word(
                clean, lab.start, lab.end
            ):
                continue  # "ETH long/short ratio at 1.8": a figure of both sides
            out.add(side)
    return out


def _side_from_levels(
    entries: list[float], targets: list[float], stop: float | None
) -> Side | None:
    if not entries or not targets:
        return None
    if targets[0] > max(entries) and (stop is None or stop < min(entries)):
        return Side.LONG
    if targets[0] < min(entries) and (stop is None or stop > max(entries)):
        return Side.SHORT
    return None
