"""The parser's fast forms find exactly what their plain forms find.

Several patterns and checks of the parser are written for speed (a regex that opens with a
character class so the engine can skip ahead, a cheap test that rules work out before doing
it). Each is compared here, on any text built from the characters that matter to it, with
the plain form it replaced, kept in this file as the reference.
"""

from __future__ import annotations

import math
import re
from itertools import pairwise

from corpus.evaluate import load
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.domain.enums import Side
from tradermanager.sources.signal_parser import (
    cut_levels,
    emptied_labels,
    follow_up_reading,
    follow_ups,
    judgement,
    leverage,
    message_parts,
    numbers,
    reader,
    section_ends,
    sections,
    symbols,
    talk_after_reading,
    targets_together,
)
from tradermanager.sources.signal_parser.crowd_words import both_sides_word
from tradermanager.sources.signal_parser.literal_first import (
    LiteralFirst,
    by_first_character,
    holds_any,
    rewrite,
)
from tradermanager.sources.signal_parser.model import MessageKind, ParsedMessage
from tradermanager.sources.signal_parser.plausibility import implausible

# the plain forms
PLAIN_NUMBER = re.compile(
    r"(?=[-$\d.])(?<![\w.,#№%])(-?)\$?(?<!\d:)(\d+(?:[.,]\d+)*|\.\d+)"
    + numbers._NUMBER.pattern[numbers._NUMBER.pattern.index("(?:[^\\S\\n]?([kK]") :]
)
# (a comma before a number with its own decimal point, "10.357,10.221", is a list's comma)
PLAIN_EU_MARK = re.compile(
    r"0(?<![\d.,]0),\d|\d,(?:\d{1,2}|\d{4,})(?![\d]|\.\d)|\d\.\d{3},\d(?!\d*\.\d)"
)
PLAIN_US_MARK = re.compile(r"0(?<![\d.,]0)\.\d|\d\.(?:\d{1,2}|\d{4,})(?![\d])|\d,\d{3}\.\d")

# the plain forms of the label words: runs of letters (a-z in a lower-cased ASCII text), with
# the signs that open a label
PLAIN_WORD = re.compile(r"[^\W\d_]+|[@👉💵🎯🛑⛔]")
PLAIN_LETTERS = re.compile(r"[^\W\d_]+")
PLAIN_ASCII_WORD = re.compile("[a-z]+|@")
PLAIN_ASCII_LETTERS = re.compile("[a-z]+")
PLAIN_ASCII_SIGN_WORD = re.compile("[a-z]+|[@👉💵🎯🛑⛔]")

# texts made of what numbers, labels and separators are written with
NUMBER_TEXT = st.lists(
    st.sampled_from([*"0123456789.,-$:% kKeE+x \n\u202f\u00a0–d/", " days", "٣"]), max_size=40
).map("".join)
WORD_TEXT = st.lists(
    st.sampled_from([*"abz EntryTP1:_-5.\n", "@", "🎯", "é", "вход", "٣", "²"]), max_size=30
).map("".join)


def _plain_numbers(text: str) -> list[tuple[int, int, str, str, str | None]]:
    return [
        (m.start(), m.end(), m.group(1), m.group(2), m.group(3))
        for m in PLAIN_NUMBER.finditer(text)
    ]


def _fast_numbers(text: str) -> list[tuple[int, int, str, str, str | None]]:
    out = []
    for m in numbers._NUMBER.finditer(text):
        head, suffix = m.groups()
        body = head.lstrip("-$")
        out.append((m.start(), m.end(), "-" if head[0] == "-" else "", body, suffix))
    return out


@settings(max_examples=600, deadline=None)
@given(NUMBER_TEXT)
def test_number_pattern_finds_what_the_plain_one_finds(text: str) -> None:
    assert _fast_numbers(text) == _plain_numbers(text)


@settings(max_examples=600, deadline=None)
@given(NUMBER_TEXT)
def test_decimal_marks_are_found_where_the_plain_patterns_find_them(text: str) -> None:
    assert (numbers._EU_MARK.search(text) is None) == (PLAIN_EU_MARK.search(text) is None)
    assert (numbers._US_MARK.search(text) is None) == (PLAIN_US_MARK.search(text) is None)


@settings(max_examples=400, deadline=None)
@given(WORD_TEXT)
def test_the_signs_are_held_where_their_pattern_finds_one(text: str) -> None:
    assert holds_any(text, sections._SIGNS) == (sections._SIGN.search(text) is not None)
    words = ("entry", "tp", "вход", "🎯")
    plain = re.compile("|".join(words))
    assert holds_any(text.lower(), words) == (plain.search(text.lower()) is not None)


@settings(max_examples=400, deadline=None)
@given(WORD_TEXT)
def test_letters_alone_are_the_words_of_a_text_without_signs(text: str) -> None:
    if sections._SIGN.search(text) is None:
        plain = [(m.span(), m.group()) for m in PLAIN_WORD.finditer(text)]
        assert [(m.span(), m.group()) for m in PLAIN_LETTERS.finditer(text)] == plain


PLAIN_GROUP_GAP = re.compile(r"\d[ \u202f\u00a0]\d")


@settings(max_examples=600, deadline=None)
@given(NUMBER_TEXT)
def test_the_separator_first_gap_is_found_where_the_plain_one_is(text: str) -> None:
    assert (numbers._GROUP_GAP.search(text) is None) == (PLAIN_GROUP_GAP.search(text) is None)
    assert (numbers._DOT_GROUP.search(text) is None) == (
        re.search(r"\d\.\d{3}(?![\d])", text) is None
    )


@settings(max_examples=400, deadline=None)
@given(NUMBER_TEXT)
def test_a_thousands_group_is_only_joined_where_the_quick_check_finds_a_gap(text: str) -> None:
    try:
        found = numbers.scan(text)
    except numbers.HostileNumber:
        return
    if numbers._GROUP_GAP.search(text) is None:
        assert all(
            not (a.plain_int and b.group3 and b.start - a.end == 1)
            or text[a.end] not in " " + numbers.THOUSANDS_SPACES
            for a, b in pairwise(found)
        )


def _plain_magnitude(prices: list[float], anchor: float) -> float | None:
    return next((p for p in prices if abs(math.log10(p / anchor)) >= 0.7), None)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.floats(min_value=1e-6, max_value=1e6), min_size=1, max_size=6),
    st.floats(min_value=1e-6, max_value=1e6),
)
def test_an_order_of_magnitude_is_named_as_the_plain_check_names_it(
    prices: list[float], reference: float
) -> None:
    entries, targets = prices[:1], prices[1:]
    problem = implausible(Side.LONG, entries, targets, None, reference)
    off = _plain_magnitude(prices, reference)
    if off is None:
        assert "order of magnitude" not in problem
    else:
        assert problem.startswith(f"{off:,.10g} is off by an order of magnitude")


def _plain_first_separators(text: str) -> list[tuple[int, int]]:
    """(line start, end of its first separator) of every line whose first separator stands
    at most 48 characters from the line's start: the separator loop the regex replaced."""
    out = []
    done = -1
    for sep in re.finditer("[:：=➜→]", text):
        at = sep.start()
        line_start = text.rfind("\n", 0, at) + 1
        if line_start <= done or at - line_start > 48:
            continue
        done = line_start
        out.append((line_start, sep.end()))
    return out


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(["a", " ", ":", "=", "➜", "→", "：", "\n", "Entry", "x" * 20]),
        max_size=30,
    ).map("".join)
)
def test_a_lines_first_separator_is_the_one_the_plain_loop_takes(text: str) -> None:
    assert sections.first_separators(text) == _plain_first_separators(text)
    # ... and the one the pattern tried at every line start finds
    assert sections.first_separators(text) == [
        m.span() for m in PLAIN_FIRST_SEPARATOR.finditer(text)
    ]


# the plain form of the icon-line pattern: tried at every line start
PLAIN_MARKER_LINE = re.compile("^" + sections._MARKER, re.M)
PLAIN_FIRST_SEPARATOR = re.compile(r"^[^\n:：=➜→]{0,48}[:：=➜→]", re.M)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from([*" \n\t$1.5a_:", "🔴", "↓", "•", "·", "━", "\u00a0", "\u2028", "\x85"]),
        max_size=24,
    ).map("".join)
)
def test_icon_lines_searched_from_each_newline_are_those_of_every_line_start(text: str) -> None:
    fast = [(at, m.span(1), m.end()) for at, m in sections.marker_line_starts(text)]
    plain = [(m.start(), m.span(1), m.end()) for m in PLAIN_MARKER_LINE.finditer(text)]
    assert fast == plain


FOLLOW_UP_TEXT = st.lists(
    st.sampled_from(
        [
            *" 12#✅✔🎯⛔❌:\n",
            "tp",
            "target",
            "stop",
            "sl",
            "s/l",
            "loss",
            "stoploss",
            "hit",
            "rate",
            "reached",
            "done",
            "closed at",
            "the",
            "was",
            "x",
            "стоп",
            "цель",
            "止损出局",
        ]
    ),
    max_size=14,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(FOLLOW_UP_TEXT)
def test_literal_first_patterns_match_where_the_written_ones_do(text: str) -> None:
    for pattern in (follow_ups.STOP_HIT, follow_ups.TARGET_HIT, follow_ups._HIT_WORD):
        assert pattern.fast is not pattern.full  # the rewrite covers it
        written, fast = pattern.full.search(text), pattern.search(text)
        assert (fast and (fast.span(), fast.groups())) == (
            written and (written.span(), written.groups())
        )


def test_a_pattern_the_rewrite_does_not_cover_is_searched_as_written() -> None:
    assert rewrite(r"(?:a|b)?c") is None  # an optional first group
    assert rewrite(r"\d+x") is None  # no literal first character
    pattern = LiteralFirst(r"(?:a|(b))c")
    assert pattern.fast is pattern.full
    assert pattern.search("xbc").span() == (1, 3)
    assert rewrite(r"(a|b)c") == "ac|bc"  # a capturing group spreads too (read from the full form)
    assert rewrite(r"(?<![\w])(?:hit|done)(?![\w])|✅") == (
        r"h(?<![\w]h)it(?![\w])|d(?<![\w]d)one(?![\w])|✅"
    )


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Recap", "RESULTS", "result", "last", " ", "week", "Month", "yesterday", "a"]
        ),
        max_size=8,
    ).map("".join)
)
def test_the_recap_words_are_only_looked_for_where_a_part_of_them_stands(text: str) -> None:
    if follow_up_reading.RECAP.search(text):
        assert follow_up_reading.RECAP_PARTS.search(text.lower())
    assert holds_any(text.lower(), follow_up_reading.RECAP_PART_WORDS) == bool(
        follow_up_reading.RECAP_PARTS.search(text.lower())
    )


@settings(max_examples=800, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *("half", "HALF", "Half", "%", " %", "5", "25", "100", "1234", "+", "-", ".", ","),
                *("%5", "%50", "%1234"),
                *(" ", "a", "x", "ı", "ſ", "İ", "\n", "partial", "partially", "some", "portion"),
                *("part of", "part  of", "apart", "somewhere"),
            ]
        ),
        max_size=10,
    ).map("".join)
)
def test_the_lower_case_share_patterns_read_what_the_written_ones_read(text: str) -> None:
    lower = numbers.lowered(text)
    written, fast = follow_ups._HALF.search(lower), follow_ups._HALF_LOWER.search(lower)
    assert (fast and (fast.span(), fast.groups())) == (
        written and (written.span(), written.groups())
    )
    partial = follow_ups._PARTIAL
    assert partial.fast is not partial.full  # the rewrite covers it
    plain = re.search(r"(?<![\w])(?:partial(?:ly)?|some|portion|part\s+of)(?![\w])", lower)
    assert (partial.search(lower) is None) == (plain is None)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *("ALL", "Fully", "whole", "Entire", "everything", "half", "HALF", "%", "5"),
                *(
                    " ",
                    "1/3",
                    "two thirds",
                    "a quarter",
                    "third",
                    "x",
                    "ı",
                    "ſ",
                    "entıre",
                    "ENTIRE",
                ),
                *("1 / 4", "2/10", "9/", "/3"),
                *("HÄLFTE", "YARI", "yarım", "%5", "MITAD", "moitié", "ПОЛОВИНУ"),
            ]
        ),
        max_size=8,
    ).map("".join)
)
def test_a_share_is_read_as_the_patterns_alone_read_it(text: str) -> None:
    full = follow_ups._FULL.search(text)
    assert not full or follow_ups._FULL_PARTS.search(text.lower())
    if follow_ups._HALF.search(text):
        assert "half" in text.lower() or "%" in text
    if follow_ups._HALF_WORDS.search(text.lower()):
        assert any(part in text.lower() for part in follow_ups._HALF_WORD_PARTS)
    if follow_ups._RATIO.search(text):
        assert "/" in text and follow_ups._RATIO_PARTS.search(text)
    if follow_ups._WORD_SHARE.search(text):
        assert "third" in text or "quarter" in text


_DONE_PIECES = [
    *" 12#✅✔🎯⛔❌:\n",
    *("tp", "target", "take profit", "stop", "sl", "stoploss", "hit", "hit rate", "reached"),
    *("done", "tagged", "smashed", "closed at", "touched", "stopped out", "was", "got"),
    *("triggered", "trigger", "taken", "achieved"),
    *("first", "2nd", "cancelled", "don't enter", "do not", "enter", "invalidated", "re-entry"),
    *("move", "to", "entry", "new", "all", "targets", "стоп", "сработал", "цель", "достигнута"),
    *("止损出局", "손절", "損切り済", "alvo", "atingido", "alındı", "목표", "目标", "达成", "0.5"),
    *("止损", "触发", "已触发", "觸發", "처리", "완료", "損切り", "執行", "済"),
    *("segundo", "الهدف", "الثاني", "kedua", "2º", "2-я", "🎯🎯"),
]
# a subject, a verb and what stands between them, in chatter: the shapes follow-ups take
DONE_TEXT = st.tuples(
    st.lists(st.sampled_from(_DONE_PIECES), max_size=5),
    st.sampled_from(["tp", "target", "tp 2", "target #3", "stop", "sl", "3rd target", "цель 1"]),
    st.sampled_from(["", " ", "1", " 2 ", ":", " was ", " got ", " #1 "]),
    st.sampled_from(_DONE_PIECES),
    st.lists(st.sampled_from(_DONE_PIECES), max_size=5),
).map(lambda p: "".join(p[0]) + p[1] + p[2] + p[3] + "".join(p[4]))


def _reports_done(text: str) -> bool:
    matched = follow_ups.match_action(text)
    return matched is not None and matched[0] in (
        follow_ups.FollowUpAction.TARGET_HIT,
        follow_ups.FollowUpAction.STOP_HIT,
        follow_ups.FollowUpAction.CANCEL,
    )


@settings(max_examples=1500, deadline=None)
@given(DONE_TEXT)
def test_a_signal_is_only_read_for_a_hit_or_cancel_where_the_quick_test_allows(text: str) -> None:
    if _reports_done(text):
        assert follow_ups.may_report_done(numbers.lowered(text))


PLAIN_DONE_WORDS = re.compile("|".join(follow_ups.DONE_WORDS))
# the words the quick test looked for before it was narrowed (each sign and stop label alone)
BROAD_DONE_WORDS = re.compile(
    "|".join((*follow_ups.DONE_WORDS, *follow_ups.DONE_WORDS_MORE, *follow_ups.DONE_SIGNS))
)


def _broad_may_report_done(lower: str) -> bool:
    if BROAD_DONE_WORDS.search(lower):
        return True
    if "%" in lower and "(" in lower and follow_ups._RESULT_THEN_TARGET.search(lower):
        return True  # "SOL +32% 🚀 (TP2)": a result and the target in brackets
    if targets_together.may_be_together(lower):
        return True  # "take profit 1 and 2 together 🔥": two targets hit at once
    if "+" in lower and follow_ups._RESULT_AFTER_TARGET.search(lower):
        return True  # "TP3 = +35.5% ROE": a target and its signed result
    if follow_ups.target_at_price(lower) is not None and follow_ups._closed_told(lower) is not None:
        return True  # "TP2 @ 25.31 | closed 30%": a target before its price, closed
    if len(lower) <= follow_ups._PRICE_ALONE_AT_MOST and follow_ups._ICON_TARGET.fullmatch(
        lower.strip()
    ):
        return True
    return "🎯" in lower and bool(
        follow_ups._BULLSEYE_AFTER_NUMBER.search(lower)
        or follow_ups._ORDINAL_TARGET_END.search(lower)
    )


def _narrowed_as_broad(text: str) -> None:
    """The narrowed quick test passes only where the broad one passed, and where the broad
    one passed and the narrow one does not, the reading is the same and reports nothing
    over: the follow-up reading and the signal's "already done" check read as before."""
    lower = numbers.lowered(text)
    narrow = follow_ups.may_report_done(lower)
    broad = _broad_may_report_done(lower)
    assert broad == (narrow or follow_ups._has(lower, follow_ups.DONE_SIGNS))
    if narrow:
        assert broad
    if broad:
        full = follow_ups.match_action(text, lower, may_be_done=True)
        assert follow_ups.match_action(text, lower) == full
        if not narrow:
            assert full is None or full[0] not in follow_up_reading._DONE_ACTIONS


SIGNED_TEXT = st.lists(
    st.sampled_from(
        [
            *_DONE_PIECES,
            *("out at be", "BE", "止損", "停損", "已止损", "Trigger: 0.53", "✅ 0.5724"),
            *("TP2 ✅", "💰 TP2"),
        ]
    ),
    max_size=8,
).map("".join)


@settings(max_examples=2000, deadline=None)
@given(st.one_of(DONE_TEXT, FOLLOW_UP_TEXT, SIGNED_TEXT))
def test_the_narrowed_quick_test_reads_as_the_broad_one(text: str) -> None:
    _narrowed_as_broad(text)


def test_the_narrowed_quick_test_reads_the_corpus_as_the_broad_one() -> None:
    for case in load(holdout=False) + load(holdout=True):
        _narrowed_as_broad(case.text)
        _narrowed_as_broad(follow_up_reading._without_list_checks(case.text))


@settings(max_examples=1500, deadline=None)
@given(st.one_of(DONE_TEXT, FOLLOW_UP_TEXT, st.text(alphabet="cathdiosrn \n✅損切り", max_size=20)))
def test_the_done_words_gathered_by_first_character_are_found_where_the_plain_list_is(
    text: str,
) -> None:
    lower = numbers.lowered(text)
    assert (not follow_ups.holds_done_word(lower)) == (
        PLAIN_DONE_WORDS.search(lower) is None
        and not any(word in lower for word in follow_ups.DONE_WORDS_MORE)
    )


def test_fragments_are_gathered_behind_their_first_character() -> None:
    assert by_first_character(("hit", "hold", "x", r"t\s+enter", "take", "✅")) == (
        r"h(?:it|old)|x|t(?:\s+enter|ake)|✅"
    )
    assert by_first_character(("a?b", "ab")) == "a(?:b)|a?b"  # a quantified first character


@settings(max_examples=1500, deadline=None)
@given(st.one_of(DONE_TEXT, FOLLOW_UP_TEXT))
def test_the_hit_patterns_are_only_skipped_where_the_quick_test_finds_no_hit_word(
    text: str,
) -> None:
    lower = numbers.lowered(text)
    assert follow_ups.match_action(text, lower) == follow_ups.match_action(
        text, lower, may_be_done=True
    )


def test_the_quick_test_leaves_the_follow_ups_of_the_corpus_as_they_read() -> None:
    for case in load(holdout=False) + load(holdout=True):
        lower = numbers.lowered(case.text)
        assert follow_ups.match_action(case.text, lower) == follow_ups.match_action(
            case.text, lower, may_be_done=True
        )


def test_the_quick_test_lets_every_reported_hit_or_cancel_of_the_corpus_through() -> None:
    texts = [case.text for case in load(holdout=False) + load(holdout=True)]
    reported = [text for text in texts if _reports_done(text)]
    assert len(reported) > 50  # the corpus holds many follow-ups
    assert all(follow_ups.may_report_done(numbers.lowered(text)) for text in reported)


_LEVERAGE_PIECES = [
    *(" ", "\n", ":", "=", "：", "-", "(", "x", "X", "1", "25", "0.5", "%", "."),
    *("lev", "LEV", "Leverage", "levier", "level", "levels", "cross", "Isolated", "ıso"),
    *("плечо", "kaldıraç", "Hebel", "杠杆", "槓桿"),
]
# a number, a label and a number, each side in pieces: the shapes leverage is written in
LEVERAGE_TEXT = st.tuples(
    *[st.lists(st.sampled_from(_LEVERAGE_PIECES), max_size=3) for _ in range(2)],
    st.sampled_from(["", "20", "20x", "20 x", "(20"]),
    st.sampled_from(["", " ", "\n", "\t", ": ", " = "]),
    st.sampled_from(
        [
            "lev",
            "LEV",
            "Leverage",
            "levier",
            "levıer",
            "LEVİER",
            "level",
            "плечо",
            "Hebel",
            "kaldıraç",
        ]
    ),
    st.sampled_from(["", " ", ":", "：", " : ", "\n", "=", " cross ", "Isolated", " CROSS"]),
    st.sampled_from(["", "10", "-5", "x10", "10x", "10%", "1.5", "a"]),
    *[st.lists(st.sampled_from(_LEVERAGE_PIECES), max_size=3) for _ in range(2)],
).map(lambda p: "".join(p[0]) + "".join(p[1]) + "".join(p[2:7]) + "".join(p[7]) + "".join(p[8]))


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *_LEVERAGE_PIECES,
                *("leveraj", "dzwignia", "dźwignia", "apalancamiento", "alavanc", "kaldıraç"),
                *("hebel", "đòn bẩy", "杠杆", "레버리지", "レバ", "μόχλευση", "اهرم", "l", "ev"),
            ]
        ),
        max_size=8,
    ).map("".join)
)
def test_the_leverage_hint_substring_tests_find_what_the_hint_pattern_finds(text: str) -> None:
    for lower in (numbers.lowered(text), text):
        assert leverage.holds_leverage_hint(lower) == bool(leverage.LEVERAGE_HINT.search(lower))


@settings(max_examples=1500, deadline=None)
@given(LEVERAGE_TEXT)
def test_the_leverage_labels_are_only_skipped_where_they_cannot_match(text: str) -> None:
    lower = numbers.lowered(text)
    plain_hint = leverage.LEVERAGE_HINT.search(lower)
    label = sections.LEVERAGE_BARE_LABEL.search(text) or sections.LEVERAGE_NUMBER_FIRST.search(text)
    if plain_hint and label:
        assert leverage._LEV_LABEL.search(lower) or leverage._OTHER_LEVERAGE_HINT.search(lower)


@settings(max_examples=600, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *("Liquidations", "LIQUIDATED", "whale", "Alert", "inflow", "Outflows", "open"),
                *("Interest", "funding", "RATE", " ", "\n", "ı", "ſ", "a", "BTC"),
            ]
        ),
        max_size=8,
    ).map("".join)
)
def test_news_is_only_looked_for_where_a_part_of_its_words_stands(text: str) -> None:
    if judgement._NEWS.search(text):
        assert any(part in text.lower() for part in judgement._NEWS_PARTS)


def test_the_judgements_positional_result_is_the_one_keywords_build() -> None:
    """judgement.parsed_signal builds ParsedMessage with the tuple constructor, in the fields'
    order: a field added to the model must be added there too."""
    read = message_parts.MessageParts("#SOL/USDT long entry 148 tp 152 sl 144 10x", None)
    made = judgement.parsed_signal(
        read, read.symbol, Side.LONG, "limit", (148.0,), "single", (152.0,), 144.0, (("side", 1.0),)
    )
    assert read.symbol is not None
    market = read.symbol.market
    expected = ParsedMessage(
        MessageKind.NEEDS_REVIEW,
        symbol=market.base,
        token=market.token,
        contract=market.contract,
        market=market.kind,
        quote=market.quote,
        side=Side.LONG,
        order_type="limit",
        entries=(148.0,),
        entry_kind="single",
        take_profits=(152.0,),
        stop_loss=144.0,
        leverage=read.leverage,
        margin_mode=read.margin,
        confidence=read.confidence,
        confidences=(("side", 1.0),),
    )
    assert len(made) == len(ParsedMessage._fields)
    assert made == expected
    assert judgement.with_reason(made, "why", MessageKind.SIGNAL) == expected._replace(
        kind=MessageKind.SIGNAL, reason="why"
    )
    none = judgement.parsed_signal(read, None, None, "market", (), "market", (), None, ())
    assert none == ParsedMessage(
        MessageKind.NEEDS_REVIEW,
        order_type="market",
        entry_kind="market",
        leverage=read.leverage,
        margin_mode=read.margin,
        confidence=read.confidence,
    )


# a dash label tried on every line from its start, with no cheap test before it
PLAIN_DASH_LABEL = re.compile("^" + sections._DASH_LABEL.pattern, re.M)
DASH_TEXT = st.lists(
    st.sampled_from(
        ["Qty", "Size", "Entry", "Ціль", " ", "\n", " - ", " – ", ":", "1.5", "2", "•", "-"]
    ),
    max_size=14,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(DASH_TEXT)
def test_dash_labels_tried_only_at_dashes_find_every_dash_label(text: str) -> None:
    found: list[sections.Label] = []
    sections._dash_labels(text, [], None, found)
    plain = [m.start(1) for m in PLAIN_DASH_LABEL.finditer(text)]
    assert sorted(lab.start for lab in found) == plain


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from([*"ab 1:\n🎯", "止盈", "ก", "カ", "한", "লক্ষ্য", "вход", "\u0e7f", "ৰ"]),
        max_size=20,
    ).map("".join)
)
def test_one_search_for_either_script_finds_what_the_two_searches_find(text: str) -> None:
    either = (
        sections._UNSPACED_SCRIPT.search(text) is not None
        or sections._MARKED_SCRIPT.search(text) is not None
    )
    assert (sections._OTHER_SCRIPT.search(text) is not None) == either


# the plain forms of the line-label patterns: a word's letters may be given back
GIVING_BACK_LINE_LABEL = re.compile(sections._LINE_LABEL.pattern.replace("]*+", "]*"))
GIVING_BACK_DASH_LABEL = re.compile(sections._DASH_LABEL.pattern.replace("]*+", "]*"))
LINE_TEXT = st.lists(
    st.sampled_from(
        [*"ab Z1 2'’.-–—:：=➜→()\n\t🎯", "\u0301", "ক্", "\u00a0", "Entry", "Target 1", " - ", "5.2"]
    ),
    max_size=24,
).map("".join)


def _spans(m: re.Match[str] | None) -> tuple[tuple[int, int], tuple[int, int]] | None:
    return None if m is None else (m.span(), m.span(1))


@settings(max_examples=800, deadline=None)
@given(LINE_TEXT)
def test_line_labels_taking_words_whole_match_as_the_plain_patterns(text: str) -> None:
    assert GIVING_BACK_LINE_LABEL.pattern != sections._LINE_LABEL.pattern
    assert GIVING_BACK_DASH_LABEL.pattern != sections._DASH_LABEL.pattern
    for start in range(len(text) + 1):
        for end in (len(text), *(m.end() for m in re.finditer("[:：=➜→]", text))):
            if end >= start:
                assert _spans(sections._LINE_LABEL.match(text, start, end)) == _spans(
                    GIVING_BACK_LINE_LABEL.match(text, start, end)
                )
        assert _spans(sections._DASH_LABEL.match(text, start)) == _spans(
            GIVING_BACK_DASH_LABEL.match(text, start)
        )


PAIR_TEXT = st.lists(
    st.sampled_from(
        [
            *" :#$\n-xX1",
            *("Pair", "PAIR", "par", "coin", "CO", "İN", "ıN", "ſymbol", "Symbol", "asset"),
            *("AſSET", "moneda", "МОНЕТА", "мᲂнеᲄа", "пара", "\u212aoin", "币种", "BTC"),
        ]
    ),
    max_size=16,
).map("".join)


@settings(max_examples=800, deadline=None)
@given(PAIR_TEXT)
def test_pair_labels_are_found_where_the_case_insensitive_pattern_finds_them(text: str) -> None:
    lower = numbers.lowered(text)
    found = [(m.span(), m.span(1)) for m in symbols._pair_labels(text, lower)]
    assert found == [(m.span(), m.span(1)) for m in symbols._PAIR_LABEL.finditer(text)]


def test_the_case_folds_are_every_letter_matched_case_insensitively_beside_its_lower_case() -> None:
    letters = {ch for word in symbols._PAIR_WORDS + symbols._PAIR_UNSPACED for ch in word}
    # (only a letter with a case can match another case-insensitively)
    cased = (
        chr(c) for c in range(0x110000) if chr(c).lower() != chr(c) or chr(c).upper() != chr(c)
    )
    for other in cased:
        for ch in letters:
            if other != ch and re.fullmatch(re.escape(ch), other, re.I):
                assert numbers.lowered(other)[:1] == ch or other in symbols._CASE_FOLDS[ch]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *" s1é_\n:",
                *("alvo", "entrée", "điểm vào", "stopp", "вход", "цели", "είσοδος", "giriş"),
                *("hedef", "wejście", "harga masuk", "ziele", "obiettiv", "x"),
            ]
        ),
        max_size=12,
    ).map("".join)
)
def test_decimal_comma_words_are_found_where_the_written_patterns_find_them(text: str) -> None:
    for pattern in (numbers._DECIMAL_COMMA_LANGUAGE, numbers._COMMA_DECIMAL_LANGUAGE):
        assert pattern.fast is not pattern.full  # the rewrite covers it
        written, fast = pattern.full.search(text), pattern.search(text)
        assert (fast and fast.span()) == (written and written.span())


RATIO_TEXT = st.lists(
    st.sampled_from(
        [
            *" 1.5,\n:/-xr",
            *("R", "R:R", "r / r", "risk", "RISK", "Rıſk", "rİsk", "ris\u212a", "reward"),
            *("REWARD", " to ", "ratio", "Entry 5", "2R"),
        ]
    ),
    max_size=14,
).map("".join)


@settings(max_examples=800, deadline=None)
@given(RATIO_TEXT)
def test_ratios_found_from_the_first_line_that_may_hold_one_are_all_of_them(text: str) -> None:
    found = [m.span() for m in sections.RATIO.finditer(text)]
    assert found == [m.span() for m in sections.RATIO.pattern.finditer(text)]


def test_the_ratio_start_takes_every_letter_matched_case_insensitively() -> None:
    cased = [
        chr(c) for c in range(0x110000) if chr(c).lower() != chr(c) or chr(c).upper() != chr(c)
    ]
    for word in ("r:", "r/", "risk"):
        for i, ch in enumerate(word):
            for other in (ch, *(o for o in cased if re.fullmatch(re.escape(ch), o, re.I))):
                text = (
                    word[:i] + other + word[i + 1 :] + (" r" if ":" in word or "/" in word else "")
                )
                assert sections.RATIO.start.match(text), text


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [*"ab z1_:@\n", "🎯", "🛑", "👉", "✅", "━", "•", "é", "ß", "²", "٣", "ক্", "вход"]
        ),
        max_size=20,
    ).map("".join)
)
def test_a_text_whose_wide_characters_are_no_letters_has_the_words_of_a_z(text: str) -> None:
    lower = numbers.lowered(text)
    if lower.isascii() or sections._WIDE_LETTER.search(lower) is not None:
        return
    plain = PLAIN_WORD if holds_any(lower, sections._SIGNS) else PLAIN_LETTERS
    fast = (
        sections._ASCII_SIGN_WORD if holds_any(lower, sections._SIGNS) else sections._ASCII_LETTERS
    )
    assert [m.span() for m in fast.finditer(lower)] == [m.span() for m in plain.finditer(lower)]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=12))
def test_a_wide_letter_is_found_where_a_wide_character_is_a_letter(text: str) -> None:
    wide_letter = any(ord(ch) > 127 and re.fullmatch(r"[^\W\d_]", ch) for ch in text)
    assert (sections._WIDE_LETTER.search(text) is not None) == wide_letter


# the labels as they were read before each first word's checks were looked up once (a buying
# word, an entry word, a sign, "price") and before the other scripts' labels were only looked
# for in a text with a wide letter


def _each_word(labels: tuple[str, ...]) -> str:
    """Label fragments as they were joined before neighbours shared their checks."""
    parts = []
    for label in map(sections._on_one_line, labels):  # a label's words on one line, as read
        if label[0].isalpha() or label[0] in "\\(":
            parts.append(r"(?<![\w])(?:" + label + r")(?![^\W\d_])")
        else:
            parts.append(label)
    return "|".join(parts)


_WHOLE_BY_WORD: dict[str, tuple[re.Pattern[str], int] | None] = {}


def _whole_pattern_for(word: str) -> tuple[re.Pattern[str], int] | None:
    """A first word's label regex as it was built before a target's number was read on its
    own: the number inside the target group; with the number of the group after it."""
    if word not in _WHOLE_BY_WORD:
        parts = []
        for kind, fragments in sections._KINDS:
            chosen = tuple(
                f
                for f in fragments
                if any(word.startswith(p) for p in sections._literal_prefix(f) if p)
            )
            if not chosen:
                continue
            body = (
                _each_word(chosen)
                if kind in ("entry", "target", "stop")
                else (r"(?<![\w])(?:" + "|".join(chosen) + r")(?![\w])")
            )
            if kind == "target":
                body = "(?:" + body + ")" + sections._INDEX
            parts.append(f"(?P<{kind}>{body})")
        pattern = re.compile("|".join(parts), re.I) if parts else None
        _WHOLE_BY_WORD[word] = (
            (pattern, pattern.groupindex.get("target", -1) + 1) if pattern is not None else None
        )
    return _WHOLE_BY_WORD[word]


def _plain_labels(
    text: str, excluded: list[tuple[int, int]] | None = None, lower: str | None = None
) -> list[sections.Label]:
    """sections.labels as it read before its first words' checks were looked up once."""
    out: list[sections.Label] = []
    append = out.append
    last_end = 0
    buys = False
    first_words = sections._FIRST_WORDS
    lower = lower if lower is not None else numbers.lowered(text)
    # the lower-cased text holds each label as it reads, unless an "İ" (two characters lower
    # case, one in ``lower``) stands in it
    same_case_length = "İ" not in text
    if lower.isascii():  # (lower-cased: its letters are a-z, its only sign "@")
        words = PLAIN_ASCII_WORD if "@" in lower else PLAIN_ASCII_LETTERS
    elif sections._WIDE_LETTER.search(lower) is None:
        words = PLAIN_ASCII_SIGN_WORD if holds_any(lower, sections._SIGNS) else PLAIN_ASCII_LETTERS
    else:
        words = PLAIN_WORD if holds_any(lower, sections._SIGNS) else PLAIN_LETTERS
    for word in words.finditer(lower):
        first = word.group()
        if first not in first_words:
            continue
        found = _whole_pattern_for(first)
        if found is None:
            continue
        start = word.start()
        if start < last_end or (excluded and numbers.inside(start, excluded)):
            continue
        if (
            (first == "buy" or first == "sell")
            and "ratio" in lower
            and both_sides_word(lower, start, word.end())
        ):
            continue  # "taker buy/sell ratio 1.01": a figure of both sides
        if (
            first == "price"
            and sections._words_before(text, start)
            and text[word.end() : word.end() + 1] != "="
            and not (
                text[start - 3 : start] in sections._FIELD_SEPARATORS
                and text[word.end() : word.end() + 1] == ":"
            )
        ):
            continue  # "current price", "average entry price": only a line's own "Price:"
            # or a field's
        if first == "price" and sections._PRICE_IN_SENTENCE.match(lower, word.end()):
            continue  # "Price reclaimed the 146.9 level": a sentence
        if (
            first in sections._SHARE_ORDINALS
            and sections._A_SHARE_BEFORE.search(lower, max(0, start - 6), start)
            and sections._AT_AFTER.match(lower, word.end())
        ):
            continue  # "buy a third at 1.1158": a share of a buy
        if (
            text[start - 1 : start] == "("
            and sections._NOTE_CLOSE.match(text, word.end())
            and sections._PRICE_BEFORE_NOTE.search(text, max(0, start - 24), start - 1)
        ):
            continue  # "… + 2.1793 (DCA)" ending its line: a note on the price before it
        pattern, index = found
        m = pattern.match(text, start)
        if m is None:
            continue
        last_end = m.end()
        kind = m.lastgroup or ""
        if kind == "target":  # the index groups follow the named target group
            number = m.group(index) or m.group(index + 1)
            idx = int(number) if number else None
            if idx is not None and text[last_end : last_end + 1] == ")":
                line_end = text.find("\n", last_end)
                if f" {idx + 1}) " in text[last_end : line_end if line_end >= 0 else len(text)]:
                    # "Take profit 1) 0.0761 2) 0.07465": a list numbered on the label's line
                    last_end = m.start(index if m.group(index) else index + 1)
                    idx = None
        else:
            idx = None
        word_read = lower[start:last_end] if same_case_length else m.group().lower()
        if (
            kind == "entry"
            and first.startswith("entr")
            and sections._DISTANCE_BEFORE.search(lower, max(0, start - 24), start)
        ):
            continue  # "SL: 3.5% below entry (1.3513)": the entry named as a reference
        if word_read == "@" and sections._SHARE_BEFORE.search(lower, max(0, start - 12), start):
            continue  # "Entries: 50% @ 2.6913 | 50% @ 2.659": a share at its price
        if word_read in sections._POINTERS and (
            (out and sections._points_at(text, out[-1], start, buys))
            or (out and word_read == "@" and sections._continues_list(text, out[-1], start))
            or sections._ICON_BEFORE_LABEL.match(text, last_end)
            or not sections._digit_on_line(text, last_end)
        ):
            continue  # "TARGET 👉 0.0000130", "TP @ 64200": the pointer belongs to its label;
            # "👉 Join: t.me/…": an icon before a line's own label; a pointer at no number
        if not buys and kind != "target" and word_read.startswith(sections.BUY_WORDS):
            buys = True
        if (
            word_read in sections._HEADING_ICONS
            and out
            and out[-1].kind != kind
            and sections._under_heading(text, out[-1], start)
        ):
            continue  # "🔹 ENTRY ZONE" / "🎯 $90,800 – $91,600": an icon under the heading
        if word_read in sections._HEADING_ICONS and sections._worded_label_after(text, last_end):
            continue  # "🎯 STRATEGY: Ichimoku Sniper": the icon of a line of words
        if (
            kind == "target"
            and out
            and out[-1].kind == "target"
            and sections._COMBINED_BETWEEN.fullmatch(lower, out[-1].end, start)
        ):
            # "TP1/TP2/TP3: a / b / c", "Targets (T1/T2/T3): …": one label for the whole list
            out[-1] = sections.Label("target", out[-1].start, last_end, out[-1].word, None)
            continue
        if (
            word_read == "around"
            and out
            and (out[-1].kind == "stop" or out[-1].kind == "target")
            and sections._SAME_CLAUSE.fullmatch(text, out[-1].end, start)
        ):
            continue  # "Stop Loss: place it just above …, around $13.782": the stop's price
        append(sections._new_tuple(sections.Label, (kind, start, last_end, word_read, idx)))
    if not text.isascii() and sections._OTHER_SCRIPT.search(text):
        if sections._UNSPACED_SCRIPT.search(text):
            out = sections._unspaced_labels(text, out)
        if sections._MARKED_SCRIPT.search(text):
            out = sections._unspaced_labels(text, out, sections._MARKED)
        if sections.is_hindi_call(text):
            out = sections._unspaced_labels(text, out, sections.HINDI_LABELS)
    if not buys and sections._SPOT_WORD.search(lower):
        buys = sections._entry_before_sell(out)  # a spot card's "Sell:" after its entries
    elif not buys and sections._entry_before_sell(out) and sections._SPOT_OTHER_WORD.search(lower):
        buys = True  # spot in another script: "Спот #X" / "Минтақаи харид:" / "Фурӯш:"
    if buys:
        if sections._side_named_short(out):  # a short card's "Buy …" labels: its targets
            return sections._short_card_buys(text, out)
        out = [
            sections.Label("target", lab.start, lab.end, lab.word, None)
            if sections._sell_word(lab.word) and lab.kind in ("short", "entry")
            else lab
            for lab in out
        ]
    return out


LABEL_TEXT = st.lists(
    st.sampled_from(
        [
            *" \n:/()%1.5@",
            *("🎯", "🛑", "⛔", "👉", "💵", "🔹", "TP", "Entry", "entry", "ENTRY ZONE", "buy"),
            *("Buy zone", "BID", "Sell", "accumulation", "purchase", "Price", "current price"),
            *("price=", "SL", "Stop", "Targets", "TP1/TP2", "below", "from", "STRATEGY", "İ"),
            *("止盈", "止损1", "লক্ষ্য", "ক্", "вход", "короткий", "Long", "short", "K"),
        ]
    ),
    max_size=18,
).map("".join)


@settings(max_examples=800, deadline=None)
@given(LABEL_TEXT)
def test_labels_with_their_checks_looked_up_once_read_as_the_plain_loop(text: str) -> None:
    assert sections.labels(text) == _plain_labels(text)


def test_every_corpus_message_has_the_labels_of_the_plain_loop() -> None:
    for case in load():
        assert sections.labels(case.text) == _plain_labels(case.text), case.id


def test_a_label_whose_text_opens_with_a_buying_word_has_a_first_word_that_does() -> None:
    # the buying-word check runs only for a first word that is one (and never for a sign)
    for word, checks in sections._CHECKS.items():
        assert bool(checks & sections._BUY_WORD) == word.startswith(sections.BUY_WORDS)
        assert not (checks & sections._BUY_WORD and checks & sections._SIGN_WORD)
    for sign in (*sections._POINTERS, *sections._HEADING_ICONS):
        assert sign[0] in sections._SIGNS


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from([*"ab 1:\n", "\u0e31", "\u09cd", "\u09be", "\u3099", "🎯", "━", "٣"]),
        max_size=16,
    ).map("".join)
)
def test_a_text_without_a_wide_letter_holds_no_label_of_another_script(text: str) -> None:
    if sections._WIDE_LETTER.search(numbers.lowered(text)) is None:
        assert sections._unspaced_labels(text, []) == []
        assert sections._unspaced_labels(text, [], sections._MARKED) == []


WORD_SCAN_TEXT = st.lists(
    st.sampled_from(
        [
            *"abz AZ19_.:@\n",
            "🎯",
            "🛑",
            "⛔",
            "👉",
            "💵",
            "✅",
            "é",
            "ß",
            "²",
            "٣",
            "ক্",
            "вход",
            "止盈",
        ]
    ),
    max_size=24,
).map("".join)


@settings(max_examples=800, deadline=None)
@given(WORD_SCAN_TEXT)
def test_the_word_patterns_opening_with_a_class_find_the_words_of_the_plain_ones(
    text: str,
) -> None:
    for fast, plain in (
        (sections._WORD, PLAIN_WORD),
        (sections._LETTERS, PLAIN_LETTERS),
        (sections._ASCII_WORD, PLAIN_ASCII_WORD),
        (sections._ASCII_LETTERS, PLAIN_ASCII_LETTERS),
        (sections._ASCII_SIGN_WORD, PLAIN_ASCII_SIGN_WORD),
    ):
        for case in (text, text.lower()):
            assert [m.span() for m in fast.finditer(case)] == [
                m.span() for m in plain.finditer(case)
            ]


PLAIN_UPPER_WORD = re.compile(r"(?<![\w])(\d{0,4}[A-Z][A-Z0-9]{1,11})(?![\w])")


@settings(max_examples=800, deadline=None)
@given(
    st.lists(
        st.sampled_from([*"AZ09 a_.#$\n", "BTC", "1000", "12345", "É", "٣", "SHIB", "USDT"]),
        max_size=16,
    ).map("".join)
)
def test_words_in_capitals_found_from_their_first_character_are_the_plain_ones(text: str) -> None:
    fast = [(m.span(), m.group(1)) for m in symbols._UPPER_WORD.finditer(text)]
    assert fast == [(m.span(), m.group(1)) for m in PLAIN_UPPER_WORD.finditer(text)]


# the plain forms of the checks for a level left without its value (cut_levels)


def _has_lone_line(text: str) -> bool:
    """The plain form: a line that, stripped, is a marker or a bullet alone (what
    cut_levels.marker_left_empty collects as ``lone``)."""
    for line in text.split("\n"):
        line = line.strip()
        if line and (
            cut_levels._LONE_MARKER.fullmatch(line)
            or cut_levels._bullet_alone(line) in cut_levels._BULLETS
        ):
            return True
    return False


MARKER_TEXT = st.lists(
    st.sampled_from(
        [*"⬆⬇↓🎯•▪◦‣-_~ \t\r\n\n\x0b\x1c\x85\u2028\u3000$1.:a", "️", "0.5609", "🛑", "📍"]
    ),
    max_size=30,
).map("".join)


@settings(max_examples=2000, deadline=None)
@given(MARKER_TEXT)
def test_a_line_of_a_marker_alone_is_found_as_the_plain_form_finds_it(text: str) -> None:
    quick = (
        cut_levels._LONE_FIRST_LINE.match(text) is not None
        or cut_levels._LONE_LINE.search(text) is not None
    )
    assert quick == _has_lone_line(text)
    if not quick:
        assert cut_levels.marker_left_empty(text) == ""


LABEL_VALUE_TEXT = st.lists(
    st.sampled_from([*" \t\n:：=/|-x1.", "0.57", "Leverage:", "TP2", "\n\n", "Stop loss:"]),
    max_size=12,
).map("".join)


@settings(max_examples=2000, deadline=None)
@given(LABEL_VALUE_TEXT, LABEL_VALUE_TEXT)
def test_a_value_on_the_labels_line_is_what_the_plain_checks_let_pass(head: str, rest: str) -> None:
    """The quick test that a label has a value on its line implies what the plain checks
    would then conclude: the value is not all blank, nor blank up to a line of another key."""
    text = "TP1" + head + rest
    end = 3 + len(head)
    if cut_levels._VALUE_ON_LINE.match(text, 3, end) is not None:
        assert not cut_levels._EMPTY_VALUE.issuperset(text[3:end])
        assert not cut_levels._empty_before_key_line(text, 3)


def _plain_one_of_several(text: str, parsed: ParsedMessage) -> bool:
    """Whether the loop of reader._one_of_several, as written before its quick test, opens a
    second part of ``text``."""
    coins = symbols.named_coins(text)
    several = len(coins) > 1
    starts = [0]
    seen: set[str] = set()
    for k, line in enumerate(text.split("\n")):
        if coins and any(c in line for c in coins):
            new = (symbols.named_coins(line) if several else coins) - seen
        elif (lead := reader._CAPS_LEAD.match(line)) is not None and lead.group(1) == parsed.symbol:
            new = {parsed.token or lead.group(1)} - seen
        elif lead is not None and (found := symbols.find_symbol(line)) is not None:  # noqa: SIM114
            new = {found.market.token} - seen
        elif (
            lead is not None
            and reader._SIDE_WORD.search(line)
            and (found := symbols.bare_upper_token(line)) is not None
            and found.spans[0][0] == lead.start(1)
        ):
            new = {found.market.token} - seen
        else:
            continue
        if new and seen and k:
            starts.append(k)
        seen |= new
    return len(starts) > 1


SEVERAL_TEXT = st.lists(
    st.sampled_from(
        [
            *("SOL LONG", "#SOL", "SOLUSDT", "$ETH", "ETH/USDT", "BTC", "SEI SHORT", "LTC | Long"),
            *("TP1: 152", "TP2 155", "Entry: 148", "SL 144", "📊 TIA Trade Setup", "MACD up"),
            *("sol long 148", "VIP CALL", "FUTURES", "RSI 63", "short", " ", "1000PEPE"),
        ]
    ),
    min_size=1,
    max_size=6,
).map("\n".join)


@settings(max_examples=600, deadline=None)
@given(SEVERAL_TEXT, st.sampled_from(["SOL", "ETH", "TIA", None]))
def test_the_several_signals_check_spares_only_texts_whose_lines_name_one_coin(
    text: str, symbol: str | None
) -> None:
    coins = symbols.named_coins(text)
    parsed = ParsedMessage(MessageKind.SIGNAL, symbol=symbol, token=symbol)
    coin = next(iter(coins)) if len(coins) == 1 else None
    if len(coins) <= 1 and reader._one_coin_only(text, coin, parsed):
        assert not _plain_one_of_several(text, parsed)


def test_the_several_signals_check_reads_the_corpus_as_the_plain_loop_did() -> None:
    for case in load(holdout=False) + load(holdout=True):
        text = case.text
        if text.count("\n") < 2:
            continue
        parsed = reader._parse_one(text, None)
        coins = symbols.named_coins(text)
        coin = next(iter(coins)) if len(coins) == 1 else None
        if len(coins) <= 1 and reader._one_coin_only(text, coin, parsed):
            assert not _plain_one_of_several(text, parsed)


def _sections_as_judged(text: str) -> tuple[message_parts.MessageParts, dict]:
    """A message's parts and its sections as the judgement reads them before its checks."""
    read = message_parts.MessageParts(text, None)
    found = message_parts.section_numbers(read)
    if "\n" in read.text:
        section_ends.end_sections_at_lines(read, found)
    message_parts.tidy_sections(found, read.clean, read.numbers)
    return read, found


def _emptied_both_ways(text: str) -> tuple[str, str]:
    """emptied_line_label with its quick pass, and its check without it."""
    read, found = _sections_as_judged(text)
    labels = sorted(read.labels + read.foreign, key=lambda lab: lab.start)
    args = (read.text, read.clean, labels, found, read.numbers, {})
    return emptied_labels.emptied_line_label(*args), emptied_labels._emptied(*args)


EMPTIED_TEXT = st.lists(
    st.sampled_from(
        [
            *("LONG", "Short", "Buy 1:", "Short 2:", "Long 1", "Entry:", "Entry 1:", "TP1:"),
            *("Targets:", "Stop (SL):", "Stop:", "**Stop Loss**", "🛑", "Realizações:", "SL"),
            *("#SOL/USDT", "0.52", "148.2", "1", " ", "\n", "\n", " / ", ":", "x10"),
        ]
    ),
    max_size=14,
).map("".join)


@settings(max_examples=1500, deadline=None)
@given(EMPTIED_TEXT)
def test_the_emptied_label_quick_pass_lets_through_every_label_the_check_finds(text: str) -> None:
    """The quick pass (a side word's section counts only with a label's number after it)
    never hides a label the full check finds left empty."""
    try:
        quick, full = _emptied_both_ways(text)
    except numbers.HostileNumber:
        return  # "0.520.520.521": refused before any section is read
    assert quick == full


def test_the_emptied_label_quick_pass_reads_the_corpus_as_the_full_check() -> None:
    for case in load(holdout=False) + load(holdout=True):
        try:
            quick, full = _emptied_both_ways(case.text)
        except numbers.HostileNumber:
            continue  # (refused before any section is read)
        assert quick == full, case.text


MORE_DONE_TEXT = st.lists(
    st.sampled_from(
        [
            *follow_ups.DONE_WORDS_MORE,
            *(" ", "\n", "tp1", "locked", " in", "exit", "fill", "взя", "đ", "تح", "✅", "1.5"),
            *("EXECUTED", "Secured", "re", "move", "d", "ed"),
        ]
    ),
    max_size=8,
).map("".join)


@settings(max_examples=1500, deadline=None)
@given(MORE_DONE_TEXT)
def test_the_further_done_words_are_found_by_one_search_as_by_a_test_each(text: str) -> None:
    lower = numbers.lowered(text)
    one_search = follow_ups.holds_done_word(lower)
    assert one_search == (
        PLAIN_DONE_WORDS.search(lower) is not None
        or any(word in lower for word in follow_ups.DONE_WORDS_MORE)
    )


def _plain_implausible(
    side: Side,
    entries: list[float],
    targets: list[float],
    stop: float | None,
    reference: float | None,
) -> str:
    """plausibility.implausible as written before its quick tests (the anchor, the targets'
    side) — what the fast form must return for every input."""
    prices = entries + targets + ([stop] if stop is not None else [])
    if prices and min(prices) <= 0:
        return "A price of zero or below cannot be right."
    anchor = reference or (sorted(entries)[len(entries) // 2] if entries else None)
    if anchor is None and prices:
        anchor = sorted(prices)[len(prices) // 2]
    if anchor and prices and not (0.2 * anchor <= min(prices) and max(prices) <= 5 * anchor):
        for p in prices:
            if abs(math.log10(p / anchor)) >= 0.7:
                what = "the symbol's last price" if reference else "the entry"
                return f"{p:,.10g} is off by an order of magnitude from {what} ({anchor:,.10g})."
    if entries and targets:
        hi, lo = max(entries), min(entries)
        for k, tp in enumerate(targets, 1):
            if side is Side.LONG and tp <= hi:
                return (
                    f"Take-profit {k} ({tp:,.10g}) is not above the entry ({hi:,.10g}) for a long."
                )
            if side is Side.SHORT and tp >= lo:
                return (
                    f"Take-profit {k} ({tp:,.10g}) is not below the entry ({lo:,.10g}) for a short."
                )
    if entries and stop is not None:
        if side is Side.LONG and stop >= min(entries):
            return (
                f"The stop ({stop:,.10g}) is not below the entry ({min(entries):,.10g}) for a long."
            )
        if side is Side.SHORT and stop <= max(entries):
            return (
                f"The stop ({stop:,.10g}) is not above the entry ({max(entries):,.10g}) "
                "for a short."
            )
    if stop is not None and targets and not entries:
        first = targets[0]
        if (side is Side.LONG and stop >= first) or (side is Side.SHORT and stop <= first):
            return f"The stop ({stop:,.10g}) is on the same side as the targets."
    return ""


LEVEL = st.floats(
    min_value=-1, max_value=1e6, allow_nan=False, allow_subnormal=False
) | st.sampled_from([0.0, 1.0, 5.0])


@settings(max_examples=3000, deadline=None)
@given(
    st.sampled_from([Side.LONG, Side.SHORT]),
    st.lists(LEVEL, max_size=4),
    st.lists(LEVEL, max_size=5),
    st.none() | LEVEL,
    st.none() | st.sampled_from([0.0, 1.0, 100.0]) | st.floats(min_value=1e-6, max_value=1e6),
)
def test_the_plausibility_check_gives_the_reason_the_plain_one_gives(
    side: Side,
    entries: list[float],
    targets: list[float],
    stop: float | None,
    reference: float | None,
) -> None:
    assert implausible(side, entries, targets, stop, reference) == _plain_implausible(
        side, entries, targets, stop, reference
    )


ENTRY_SECTIONS = st.lists(
    st.tuples(
        st.sampled_from([*message_parts.WEAK_ENTRY_WORDS, "entry", "buy zone", "entrada"]),
        st.booleans(),
    ).map(
        lambda word_priced: (
            sections.Label("entry", 0, len(word_priced[0]), word_priced[0], None),
            [numbers.Number(0, 3, 1.5, False, False)] if word_priced[1] else [],
            "",
        )
    ),
    max_size=4,
)


@settings(max_examples=500, deadline=None)
@given(ENTRY_SECTIONS)
def test_an_entry_label_among_weak_words_is_found_as_any_and_all_find_it(secs: list) -> None:
    assert judgement._strong_label(secs) == any(
        lab.word not in message_parts.WEAK_ENTRY_WORDS for lab, _, _ in secs
    )
    assert (not judgement._strong_label(secs, priced_only=True)) == all(
        lab.word in message_parts.WEAK_ENTRY_WORDS for lab, nums, _ in secs if nums
    )


_TALK_GATES = [
    talk_after_reading.SAMPLE_HINT,
    talk_after_reading.WHALE_HINT,
    talk_after_reading.PAST_HINT,
    talk_after_reading._PATTERN_HINT,
    talk_after_reading.POLL_HINT,
    talk_after_reading.MARKET_DATA_HINT,
    talk_after_reading.SCAM_HINT,
    talk_after_reading.PRACTICE_HINT,
    talk_after_reading.REVIEW_HINT,
]


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=60),
    st.sampled_from([w for gate in _TALK_GATES for w in gate.words]),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=60),
    st.sampled_from([str.lower, str.upper, str.title]),
)
def test_the_talk_gates_run_only_behind_the_search_of_all_their_words(before, word, after, case):
    # one search of every gate's words stands before the six gates: exact only if it finds a
    # text whenever one of them does
    text = before + case(word) + after
    if any(gate.search(text) for gate in _TALK_GATES):
        assert talk_after_reading._ANY_GATE.search(text)
    plain = before + after
    assert talk_after_reading._ANY_GATE.search(plain) == any(g.search(plain) for g in _TALK_GATES)
