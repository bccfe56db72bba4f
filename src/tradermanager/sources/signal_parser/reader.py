"""One message → ParsedMessage: the entry point. The text is normalised first (markdown
underlines and tables, styled letters, digits of other scripts, subscript zero counts), a
reply under a quote is read on its own, and an ambiguous decimal mark is settled by reading
the message again (``message_parts`` finds the parts, ``judgement`` decides). What is
ambiguous goes to review with the reason, never a guess."""

from __future__ import annotations

import re
import unicodedata

from tradermanager.domain.tokens import MarketKind
from tradermanager.sources.signal_parser import numbers, plain_text
from tradermanager.sources.signal_parser.account_pushes import (
    ACCOUNT_TALK,
    account_push,
    account_push_talk,
    may_be_account_push,
)
from tradermanager.sources.signal_parser.admin_fills import admin_fill, may_tell_admin_fill
from tradermanager.sources.signal_parser.alert_events import alert_event, may_be_alert_event
from tradermanager.sources.signal_parser.alternative_entry import (
    alternative_entry,
    market_or_price,
    now_bar_price,
)
from tradermanager.sources.signal_parser.asked_levels import without_as_long_as
from tradermanager.sources.signal_parser.average_fills import averaged_fill, may_tell_average
from tradermanager.sources.signal_parser.awaited_triggers import awaited_trigger
from tradermanager.sources.signal_parser.borrowed_prices import price_from_other_label
from tradermanager.sources.signal_parser.bot_notices import GATE as BOT_NOTICE_GATE
from tradermanager.sources.signal_parser.bot_notices import bot_notice
from tradermanager.sources.signal_parser.bot_reports import GATE as BOT_REPORT_GATE
from tradermanager.sources.signal_parser.bot_reports import bot_report
from tradermanager.sources.signal_parser.bot_talk_lines import (
    bot_talk_line,
    may_be_refusal,
    may_be_talk_line,
    refusal_line,
)
from tradermanager.sources.signal_parser.call_updates import (
    SIGNAL_AND_EVENT,
    event_below_call,
    update_event,
    update_of_call,
)
from tradermanager.sources.signal_parser.card_reader import read_card
from tradermanager.sources.signal_parser.cards_missing_fields import card_missing_field
from tradermanager.sources.signal_parser.clause_targets import (
    clause_as_targets,
    words_before_entry,
)
from tradermanager.sources.signal_parser.context_pairs import HINTS as CONTEXT_HINTS
from tradermanager.sources.signal_parser.context_pairs import without_context_pair
from tradermanager.sources.signal_parser.copy_fills import copy_fill, may_be_copy_fill
from tradermanager.sources.signal_parser.copy_watch import may_be_watch_notice, watch_notice
from tradermanager.sources.signal_parser.covered_shorts import short_covered
from tradermanager.sources.signal_parser.cut_cards import cut_or_joined
from tradermanager.sources.signal_parser.dca_fills import buy_price, dca_done, dca_fill
from tradermanager.sources.signal_parser.deal_notices import DEAL_GATE, deal_close
from tradermanager.sources.signal_parser.destination_words import without_next_stop
from tradermanager.sources.signal_parser.early_ends import (
    chatter_before_parts,
    chatter_end,
    direct_follow_up,
    enabled,
)
from tradermanager.sources.signal_parser.embed_fields import embed_joined, may_be_embed
from tradermanager.sources.signal_parser.embed_sizes import without_order_fields
from tradermanager.sources.signal_parser.entry_choices import entry_choices
from tradermanager.sources.signal_parser.entry_fill_words import (
    entry_fill,
    may_tell_entry_fill,
    sell_order_filled,
)
from tradermanager.sources.signal_parser.exit_notices import (
    exit_notice,
    stop_card,
    target_done_card,
)
from tradermanager.sources.signal_parser.exit_targets import exit_as_target, may_hold_exit_target
from tradermanager.sources.signal_parser.exit_warnings import exit_warning
from tradermanager.sources.signal_parser.failed_orders import failed_order, may_be_failed_order
from tradermanager.sources.signal_parser.grid_bots import grid_setup
from tradermanager.sources.signal_parser.guide_posts import guide_post
from tradermanager.sources.signal_parser.hashtag_words import spelled_out
from tradermanager.sources.signal_parser.hit_cards import HIT_CARD_GATE, hit_card
from tradermanager.sources.signal_parser.journal_entries import (
    other_trader_close,
    recap_of_close,
    told_late,
)
from tradermanager.sources.signal_parser.json_payload import payload_signals, unread_levels
from tradermanager.sources.signal_parser.judgement import judge, says_not_a_signal, with_reason
from tradermanager.sources.signal_parser.keyboards import tickers_named, typed_as_ascii
from tradermanager.sources.signal_parser.label_thousands import (
    follow_up_price_either_way,
    read_as_decimals_either_way,
    read_either_way,
    thousands_refused,
)
from tradermanager.sources.signal_parser.lead_traders import other_trader_open
from tradermanager.sources.signal_parser.letter_fields import letter_leverage, spelled_letters
from tradermanager.sources.signal_parser.level_numbers import (
    level_numbers_joined,
    may_hold_level_number,
)
from tradermanager.sources.signal_parser.level_teasers import may_tease, teased_call
from tradermanager.sources.signal_parser.leverage import unreadable_leverage
from tradermanager.sources.signal_parser.lexicon import LONG_WORDS, SHORT_WORDS
from tradermanager.sources.signal_parser.literal_first import holds_any
from tradermanager.sources.signal_parser.market_parses import one_action_follow_up, with_market
from tradermanager.sources.signal_parser.message_parts import MAX_TEXT, MessageParts
from tradermanager.sources.signal_parser.missed_entries import REASON as MISSED
from tradermanager.sources.signal_parser.missed_entries import missed_entry
from tradermanager.sources.signal_parser.model import (
    FOLLOW_UP,
    NEEDS_REVIEW,
    NOT_SIGNAL,
    SIGNAL,
    FollowUpAction,
    ParsedMessage,
    Side,
)
from tradermanager.sources.signal_parser.more_script_updates import more_updates_in_english
from tradermanager.sources.signal_parser.not_entered_yet import may_say_not_yet, not_entered_yet
from tradermanager.sources.signal_parser.numbered_labels import numbered_labels_apart
from tradermanager.sources.signal_parser.offered_stops import offered_stop
from tradermanager.sources.signal_parser.open_entries import (
    alert_condition,
    entry_left_open,
    limit_after_market,
)
from tradermanager.sources.signal_parser.open_markup import left_open
from tradermanager.sources.signal_parser.opening_orders import opening_order
from tradermanager.sources.signal_parser.order_events import (
    api_order_event,
    log_event,
    may_be_api_event,
    may_be_log_event,
    role_fill,
)
from tradermanager.sources.signal_parser.order_notices import order_notice
from tradermanager.sources.signal_parser.ordinal_ladders import (
    may_hold_ordinal_ladder,
    ordinal_ladders,
)
from tradermanager.sources.signal_parser.other_coin_first import (
    may_name_another_coin_first,
    traded_coin_first,
)
from tradermanager.sources.signal_parser.other_language_updates import other_updates_in_english
from tradermanager.sources.signal_parser.performance_reports import update_beside_report
from tradermanager.sources.signal_parser.period_reports import may_be_period_report, period_report
from tradermanager.sources.signal_parser.pipe_events import may_be_pipe_event, pipe_event
from tradermanager.sources.signal_parser.placeholders import unfilled
from tradermanager.sources.signal_parser.placement import GEOMETRY_CONFIDENCE
from tradermanager.sources.signal_parser.plain_cards import plain_as_written
from tradermanager.sources.signal_parser.plain_talk import plain_talk_line
from tradermanager.sources.signal_parser.position_cuts import may_be_cut, position_cut
from tradermanager.sources.signal_parser.query_bodies import may_be_query, query_body
from tradermanager.sources.signal_parser.release_conditions import on_release
from tradermanager.sources.signal_parser.repeated_lines import level_line_repeated
from tradermanager.sources.signal_parser.result_cards import result_card
from tradermanager.sources.signal_parser.reversals import reversal, side_turned
from tradermanager.sources.signal_parser.romanised import arabizi_as_lexicon
from tradermanager.sources.signal_parser.said_no_trade import may_say_no_trade, said_no_trade
from tradermanager.sources.signal_parser.sale_closes import sale_close
from tradermanager.sources.signal_parser.scam_warnings import scam_beside_call
from tradermanager.sources.signal_parser.script_marks import written_apart
from tradermanager.sources.signal_parser.script_updates import updates_in_english
from tradermanager.sources.signal_parser.sentence_ladders import spelled_ladder
from tradermanager.sources.signal_parser.side_dots import LEAD_DOTS, dot_against_levels
from tradermanager.sources.signal_parser.side_line_zones import zone_in_side_line
from tradermanager.sources.signal_parser.sizes_before_pair import without_size_before_pair
from tradermanager.sources.signal_parser.slang_updates import slang_in_english
from tradermanager.sources.signal_parser.spot_bot_pushes import (
    may_be_push,
    may_hold_quote_first,
    quote_first_pairs,
    spot_push,
)
from tradermanager.sources.signal_parser.spot_sentences import (
    may_be_spot_sentence,
    spot_sentence_as_card,
)
from tradermanager.sources.signal_parser.state_lines import may_be_state_line, state_line
from tradermanager.sources.signal_parser.status_cells import may_hold_status_cells, status_cells
from tradermanager.sources.signal_parser.status_codes import may_be_status_code, status_code
from tradermanager.sources.signal_parser.status_lines import (
    may_hold_status_line,
    status_line_notice,
)
from tradermanager.sources.signal_parser.stop_choices import stop_choice
from tradermanager.sources.signal_parser.stop_fills import stop_filled
from tradermanager.sources.signal_parser.strategy_alerts import GATE as STRATEGY_ALERT_GATE
from tradermanager.sources.signal_parser.strategy_alerts import strategy_alert, triggered_as_entry
from tradermanager.sources.signal_parser.symbols import (
    COIN_QUOTES,
    FoundSymbol,
    bare_upper_token,
    find_symbol,
    listed_bases,
    named_coins,
)
from tradermanager.sources.signal_parser.table_cells import cells_joined
from tradermanager.sources.signal_parser.tagged_coins import two_coins_tagged
from tradermanager.sources.signal_parser.talk_after_reading import talk_reason
from tradermanager.sources.signal_parser.target_levels import level_notice, may_be_level_notice
from tradermanager.sources.signal_parser.terminal_relays import may_be_terminal_line, terminal_line
from tradermanager.sources.signal_parser.tpsl_pushes import may_be_tpsl_push, tpsl_push
from tradermanager.sources.signal_parser.two_cards import other_coins_block
from tradermanager.sources.signal_parser.typed_alerts import may_be_typed_alert, typed_alert
from tradermanager.sources.signal_parser.word_order import labels_first, target_clause_first
from tradermanager.sources.signal_parser.worded_levels import read_again, unplaced_word_price


def parse(text: str, reference: float | None = None, cards: bool = True) -> ParsedMessage:
    """``cards=False`` reads a plain card in full too (the card reader's tests compare)."""
    if (
        len(text) <= _DIRECT_AT_MOST
        and text[:1] not in _COIN_TAGS
        and enabled()
        and (direct := direct_follow_up(text)) is not None
    ):
        # "Target 1 ✅", "SL hit ❌", "Cancelled" as written, under no coin tag: the
        # normalisation leaves such a text as it is and no check after the reading takes it
        # for anything else (tests/sources/test_signal_parser_follow_ups_as_written.py holds
        # that over the whole shape), so neither runs. A coin tag is read the long way: the
        # checks read the coin's word too ("#QUIZ TP1 hit" is a lesson's).
        return direct
    return read_and_checked(text, reference, cards)


def _repeats_call(text: str) -> bool:
    """Whether ``text`` is an update headed by the call it updates ("Signal update — LONG WIF
    @ a" over one event line)."""
    return ("pdate" in text or "PDATE" in text) and update_of_call(text.lower())


def read_and_checked(text: str, reference: float | None, cards: bool) -> ParsedMessage:
    """The message normalised, read, then checked for what the reading took for a call or an
    update and is not (the long way of :func:`parse`)."""
    if (
        may_tell_average(text)
        and (averaged := averaged_fill(text.lower())) is not None
        and (found := find_symbol(text) or _listed_bare_coin(text)) is not None
    ):
        # "Averaged LINK at 14.943 (new average 14.988)": filled at 14.943, not the average
        return one_action_follow_up(
            found.market, FollowUpAction.ENTRY_FILLED, 0.9, price=averaged[0]
        )
    if (
        cards
        and _DIRECT_AT_MOST < len(text) <= MAX_TEXT
        and plain_as_written(text)
        and (card := read_card(text, reference)) is not None
    ):
        # "#SOL/USDT LONG" / "Entry: 148.2" / …: nothing to normalise (plain_cards)
        return _plain_card_checked(text, card)
    read = _read_message(text, reference, cards)
    text = text[:MAX_TEXT]  # what was read (the same object when not longer)
    if may_tease(text) and (teased := teased_call(text, read)) is not None:
        return teased  # "Quick scalp short XRP now, tight stop, levels in VIP 🔒"
    if (talk := talk_reason(text, read)) is not None:
        return ParsedMessage(NOT_SIGNAL, reason=talk)
    if may_say_not_yet(text) and (watched := not_entered_yet(text, read)) is not None:
        return watched  # "Watching $OP around 2.4014 for a possible long, no entry yet"
    if may_say_no_trade(text) and (no_trade := said_no_trade(text, read)) is not None:
        return no_trade  # "I'll post an entry if it retests 81.78", "Education only, no trade"
    if read.kind is not FOLLOW_UP and ("DCA" in text or "afety" in text or "SO #" in text):
        low = text.lower()
        if dca_fill(low):
            return _dca_entry_filled(read, buy_price(low))
        if dca_done(low) and (price := buy_price(low)) is not None:
            return _dca_entry_filled(read, price)  # "Safety order 2/5 filled for … @ 8.479"
    if (
        (read.kind is NOT_SIGNAL or read.kind is NEEDS_REVIEW)
        and read.stop_loss is None
        and may_tell_entry_fill(text)
        and (filled := entry_fill(text.lower())) is not None
        and (found := find_symbol(text) or _listed_bare_coin(text)) is not None
    ):
        # "#SUIUSDT 3rd limit triggered 📥 1.0253", "Both entries on #DOT are in ✅"
        return one_action_follow_up(found.market, FollowUpAction.ENTRY_FILLED, 0.9, price=filled[0])
    if read.kind is NOT_SIGNAL and may_tell_entry_fill(text) and sell_order_filled(text.lower()):
        return ParsedMessage(
            NEEDS_REVIEW,
            reason="A sell order told filled: a long's exit as often as a short's entry. Check it.",
            symbol=read.symbol,
        )
    if (
        (read.kind is NOT_SIGNAL or read.kind is NEEDS_REVIEW)
        and read.stop_loss is None
        and not read.take_profits
        and may_tell_admin_fill(text)
        and (filled := admin_fill(text.lower())) is not None
        and (found := find_symbol(text) or bare_upper_token(text)) is not None
    ):
        # "#ATOM limit filled ✅ we're in at 8.154", "order triggered, we're live 🟢"
        return one_action_follow_up(found.market, FollowUpAction.ENTRY_FILLED, 0.9, price=filled[0])
    if (
        read.kind is not FOLLOW_UP
        and read.kind is not SIGNAL
        and ("over" in text or "OVER" in text)
        and (covered := short_covered(text, parse))
    ):
        return covered  # "Covered $LQTY at 0.2516", "SHORT COVERED ✅ SOL 141.75": closed there
    if read.kind is NOT_SIGNAL:
        return with_reason(read, MISSED) if missed_entry(text) else read
    if "{{" in text and (blank := unfilled(text)):
        return with_reason(
            read,
            f"{blank} is a template's placeholder left unfilled: the message was sent before "
            "its values were put in. Check it.",
        )
    if (
        read.action is FollowUpAction.CLOSE
        and "xit" in text
        and (warned := exit_warning(text.lower()))
    ):
        return warned  # "⚠️ Exit warning: MACD bearish cross on SOLUSDT, consider closing"
    if read.action is FollowUpAction.CLOSE and (
        late := told_late(text.lower()) or other_trader_close(text)
    ):
        if (recap := recap_of_close(text.lower())) is not None:
            return ParsedMessage(NOT_SIGNAL, reason=recap)
        return with_reason(read, late)  # "Closed my WIF short yesterday at 2.4588 (opened …)"
    if read.kind is FOLLOW_UP and (
        opening := opening_order(text, read)
        or update_beside_report(text)
        or card_missing_field(text, read)
    ):
        # (or an update pasted with a performance report, or a card with a line missing:
        # "$DOT LONG" / "Take (1) → 7.12" / "Stop → 6.615" is a call with no entry)
        return with_reason(read, opening)
    if (
        read.kind is FOLLOW_UP
        or (
            read.kind is NEEDS_REVIEW
            and not read.entries
            # (or a coin with no level: "… 50% discount with code WINTER")
            and (read.symbol is None or not (read.take_profits or read.stop_loss))
        )
    ) and (noticed := _notice_reading(text, read)):
        return noticed
    if (
        read.kind is NEEDS_REVIEW
        and read.reason.startswith(SIGNAL_AND_EVENT)
        and (_repeats_call(text) or event_below_call(text))
        and (event := update_event(text, read, parse))
    ):
        return event  # "📊 Signal update — LONG WIF @ 2.4193 / TP2 2.4552 hit ✅": target 2
    if (
        read.kind is FOLLOW_UP
        and reference is None
        and "." in text
        and (either := follow_up_price_either_way(text, read))
    ):
        return with_reason(read, either)  # ("TP1 alcanzado en 3.412": 3.412 or 3,412)
    if read.kind is SIGNAL:
        if (
            ("ot a " in text or "OT A " in text)
            and read.entries
            and says_not_a_signal(text.lower(), read.entries)
        ):
            # "Educational: on a SOL long from a I would put the stop under s. Not a signal."
            return ParsedMessage(NOT_SIGNAL, reason="The text says it is not a signal: talk.")
        if _repeats_call(text):
            if event := update_event(text, read, parse):
                return event  # "Trade update: LONG #ADA @ 0.4587 / SL 0.4496 triggered ⛔"
            return with_reason(
                read,
                "An update that repeats the call above an event (a target or the stop): "
                "not a new signal. Check it.",
            )
        if event_below_call(text) and (event := update_event(text, read, parse)):
            return event  # "📌 OP LONG 2.399" over "Closed: 2.4786 (manual)": the close
        problem = (
            cut_or_joined(text, read, parse)
            or price_from_other_label(text, read)
            or other_coins_block(text, read)
            or two_coins_tagged(
                traded_coin_first(text) if may_name_another_coin_first(text) else text, read
            )
            or left_open(text)
            or level_line_repeated(text, read)
            or grid_setup(text)
            or other_trader_open(text)
            or side_turned(text)
            or on_release(text)
            or awaited_trigger(text)
            or ("arket" in text and entry_left_open(text))
            or ("imit" in text and limit_after_market(text, read))
            or ("ondition" in text and alert_condition(text))
            or scam_beside_call(text)
            or (reference is None and read_either_way(text, read))
            or (text[:1] in LEAD_DOTS and dot_against_levels(text, read))
        )
        if problem:
            return with_reason(read, problem)
        if (choices := entry_choices(text)) or (
            (" or " in text or "(or" in text or ") |" in text or ") /" in text or "alt" in text)
            and (choices := stop_choice(text, read))
        ):
            return with_reason(
                read,
                f"The message offers a choice ({choices}): a reader picks one entry or one "
                "stop, not all of them. Check it.",
            )
        if stops := offered_stop(text, read):
            return with_reason(
                read,
                f"Two stops offered ({stops}): which one to use is the reader's choice. Check it.",
            )
        if read.order_type == "market" and " or " in text and (other := market_or_price(text)):
            return with_reason(
                read,
                f"A market entry is offered with {other} as the other choice: which one to "
                "place? Check it.",
            )
        if read.order_type == "market" and "|" in text and (other := now_bar_price(text)):
            return with_reason(
                read,
                f"“now | {other}”: a limit beside the market fill, or the price the market "
                "order fills near? Check it.",
            )
        if len(read.entries) > 1 and (other := alternative_entry(text, read)):
            return with_reason(
                read,
                f"{other} is written as an alternative to the entry, not a second order: "
                "which one to place? Check it.",
            )
    return read


def _listed_bare_coin(text: str) -> FoundSymbol | None:
    """A coin written bare in capitals ("Averaged LINK at …"), taken only when the exchange
    lists it: a notice's coin needs no side word beside it."""
    found = bare_upper_token(text)
    if found is not None and found.market.base in listed_bases():
        return found
    return None


def _plain_card_checked(text: str, card: ParsedMessage) -> ParsedMessage:
    """The checks after the reading that can take a card of ``plain_cards``' fixed forms for
    something else: its coin's word may make it talk ("#EXAMPLE/USDT LONG") or a message
    beside another ("Short $AFTER"); no other check finds anything in those forms, whose only
    free words are the coin's (test_signal_parser_plain_cards.py compares with the long way)."""
    if (talk := talk_reason(text, card)) is not None:
        return ParsedMessage(NOT_SIGNAL, reason=talk)
    if problem := cut_or_joined(text, card, parse):
        return with_reason(card, problem)
    return card


def _dca_entry_filled(read: ParsedMessage, price: float | None) -> ParsedMessage:
    """A DCA buy as the entry filled at the buy's price; review when it cannot be told."""
    if read.symbol and price:
        return ParsedMessage(
            FOLLOW_UP,
            symbol=read.symbol,
            token=read.token,
            contract=read.contract,
            action=FollowUpAction.ENTRY_FILLED,
            price=price,
            confidences=(("action", 0.9),),
            actions=(FollowUpAction.ENTRY_FILLED,),
        )
    return ParsedMessage(
        NEEDS_REVIEW,
        reason="A DCA buy on an open position: its price could not be told. Check it.",
        symbol=read.symbol,
    )


def _notice_reading(text: str, read: ParsedMessage) -> ParsedMessage | None:
    """A follow-up that is a reversal (review), a stop's fill read as a close (the stop hit)
    or a sale's "closes" and "% off" read as a close with no coin (talk); None otherwise."""
    if read.symbol is None and guide_post(text):
        return ParsedMessage(
            NOT_SIGNAL,
            reason="A guide to how trades are managed, for no coin and at no price: talk.",
        )
    action = read.action
    if (action is FollowUpAction.CLOSE or read.kind is NEEDS_REVIEW) and sale_close(
        text.lower(), read.symbol is not None
    ):
        return ParsedMessage(
            NOT_SIGNAL,
            reason="A sale or a registration that closes, not a position: talk.",
        )
    low = text.lower()
    if action is FollowUpAction.ENTRY_FILLED and ("rever" in low or "flip" in low):
        pass  # "Reversal order filled · ADA/USDT SHORT … (was LONG)": the other side opened
    elif action is not FollowUpAction.CLOSE and action is not FollowUpAction.STOP_MOVED:
        return None
    if reversal(low):
        return ParsedMessage(
            NEEDS_REVIEW,
            reason="A reversal: the position is closed and another opened the other way, "
            "which a follow-up cannot carry. Check it.",
            symbol=read.symbol,
        )
    if (
        action is FollowUpAction.CLOSE
        and read.close_fraction in (None, 1.0)
        and (filled := stop_filled(low)) is not None
    ):
        price = read.price if read.price is not None else filled
        if not price:
            return with_reason(read, "A stop order filled, but at no price that could be read.")
        return read._replace(
            action=FollowUpAction.STOP_HIT,
            actions=(FollowUpAction.STOP_HIT,),
            close_fraction=None,
            new_stop=None,
            price=price,
        )
    return None


def _read_message(text: str, reference: float | None, cards: bool) -> ParsedMessage:
    if len(text) > MAX_TEXT:
        text = text[:MAX_TEXT]
    if enabled() and plain_talk_line(text):
        # a line of plain talk: no step below changes it, nor finds a card or a quote in it
        # (a step added below that such a line can wake adds its words to plain_talk's)
        if len(text) <= _DIRECT_AT_MOST and (direct := direct_follow_up(text)):
            return direct  # ("Cancelled", "Stopped out")
        if (talk := chatter_before_parts(text)) is not None:
            return talk
    several = (
        '":' in text and text.count("{") >= 2 and payload_signals(text) > 1
    )  # webhook payloads of several signals ('{…}\n{…}', '[{…}, {…}]', '"signals": […]')
    # a target's or stop's number under a key not read ('"takeProfit": {"activationPrice": …}')
    unread = unread_levels(text) if '":' in text and "{" in text else []
    if may_be_query(text) and (body := query_body(text)):
        return body  # "action=close&symbol=SOLUSDT&percent=50&price=152.3": half closed there
    text = normalised(text)
    if not text.strip():
        return ParsedMessage(NOT_SIGNAL, reason="Empty message.")
    if unread:
        key, value = unread[0]
        return with_reason(
            _parse(text, reference),
            f"The payload holds a number under “{key}” ({value}) the parser does not read as a "
            "level: copying without it could drop a target or the stop. Check it.",
        )
    if several:
        return with_reason(
            _parse(text, reference),
            "The message holds the payloads of several signals: copying one would drop the "
            "others. Check them one by one.",
        )
    if len(text) <= _DIRECT_AT_MOST and enabled() and (direct := direct_follow_up(text)):
        return direct  # "Target 1 ✅", "#SOL TP1 ✅", "SL hit ❌": read in one match
    if cards and (card := read_card(text, reference)) is not None:
        return card  # a plain card, read quickly (None: anything else, read in full)
    if (">" in text or _has_quote_bar(text)) and _QUOTE_LINE.search(text):
        return _reply_below_quote(text, reference)
    return _parse(text, reference)


def normalised(text: str) -> str:
    """``text`` as the reader reads it: markup, tables and glued labels made plain, spelled and
    numbered orders written as labels, update words of other languages in English."""
    text = spelled_out(text)  # update words as a hashtag: "#SL_hit", "#SLtoBE", "#tradeclosed"
    text = plain_text.plain(text)  # relay markup, escapes, look-alike points, tables
    text = spelled_letters(text)  # "NEAR/USDT L 5.33 → 5.42 | SL 5.21", "E: … | T: … | S: …"
    text = spelled_ladder(text)  # "scaling in with 4 orders: a, b, c, d"
    if may_hold_level_number(text):
        text = level_numbers_joined(text)  # "TP level 2 of 3 hit", "Target no. 1": "TP2"
    if may_hold_ordinal_ladder(text):
        text = ordinal_ladders(text)  # "40% @ a" lines under a heading, "first a, second b"
    text = updates_in_english(text)  # "ٹارگٹ 2 ہٹ", "স্টপ লস হিট", "Tsel 2 vzyata": English words
    text = more_updates_in_english(text)  # "ਟਾਰਗੇਟ 2 ਹਿੱਟ", "ប្តូរ SL ទៅ Entry", "SL uz ieeju"
    text = other_updates_in_english(text)  # "חטפנו סטופ", "止蝕咗", "Manufa 2 ta cika"
    return slang_in_english(text)  # "стоп в бу", "손절가 본전으로", "%50 kar alın"


# the longest text early_ends.direct_follow_up can read ("#1000PEPE stop loss moved to breakeven")
_DIRECT_AT_MOST = 48
# what a coin tag opens with (the direct reading's "#SOL", "$ETH"; an empty text's "" is in it too)
_COIN_TAGS = "#$"
# A quoted line ("> #SOL LONG 148.2"; "┃ #SOL LONG", "│ Entry: 148.2", "▍TP1: 150", "» SL: 144"):
# relays and chats show the message replied to this way, behind an angle bracket or a bar
_QUOTE_LINE = re.compile(r"^[ \t]*(?:>(?![>=])|[┃│▍▎▌»])", re.M)
_QUOTE_BARS = ("┃", "│", "▍", "▎", "▌", "»")


def _has_quote_bar(text: str) -> bool:
    for bar in _QUOTE_BARS:  # noqa: SIM110  (a loop: faster than any() over a generator)
        if bar in text:
            return True
    return False


def _heads(reply: str, whole: ParsedMessage) -> bool:
    """Whether the text outside the quote names the quoted signal's coin and its side, in
    whatever markup ("**XRP** SHORT — details:"): a heading, not a comment."""
    if not whole.symbol or whole.side is None:
        return False
    words = set(re.findall(r"[A-Za-z0-9]+", reply.upper()))
    side = {"long": ("LONG", "BUY"), "short": ("SHORT", "SELL")}.get(str(whole.side.value), ())
    return whole.symbol in words and any(w in words for w in side)


# A question under a quote ("what leverage do you use for this one?", "is this still valid?"):
# three words or more, none of them a new call's heading word
_QUESTION_WORDS = re.compile(r"[^\W\d_]{2,}")
_NEW_CALL_WORDS = re.compile(r"(?<![\w])(?:new|signal|call|setup|alert|vip)(?![\w])", re.I)


def asks_about_quote(reply: str) -> bool:
    """Whether the text written beside a quote asks about it: a question of three words or
    more that names no new call."""
    return (
        "?" in reply
        and len(_QUESTION_WORDS.findall(reply)) >= 3
        and _NEW_CALL_WORDS.search(reply) is None
    )


def _reply_below_quote(text: str, reference: float | None) -> ParsedMessage:
    """A reply written under a quote of the message it answers. When the reply alone is a
    follow-up of the quoted coin (or of none: it takes the quoted one), that is the reading —
    the quoted signal is not a new one; talk naming no coin beside a quoted signal goes to
    review (a reply, or a new signal written as a quote). Anything else (a signal, a
    follow-up of another coin, a message to review) is read from the whole text."""
    own: list[str] = []
    quoted: list[str] = []
    for line in text.split("\n"):
        (quoted if _QUOTE_LINE.match(line) else own).append(line)
    reply = "\n".join(own)
    if not reply.strip():
        return _parse(text, reference)
    parsed = _parse(reply, reference)
    if parsed.kind is NOT_SIGNAL:
        if find_symbol(reply) is not None:
            return _parse(text, reference)  # "ETH SHORT" over quoted levels: its own heading
        whole = _parse(text, reference)
        if whole.kind is not FOLLOW_UP and asks_about_quote(reply):
            # "is this still valid? price already at …" under a quoted call: a member asks
            return with_reason(
                whole,
                "A question under a quoted call: the quote opens no copy, the question acts "
                "on nothing — talk.",
                NOT_SIGNAL,
            )
        if whole.kind is SIGNAL and _heads(reply, whole):
            return whole  # "**XRP** SHORT — details:" over the quoted levels: its own heading
        if whole.kind is SIGNAL:
            # "Nice one 🔥" under a quoted signal, or "🚨 NEW SIGNAL" over a signal written as a
            # quote: not copied twice, not dropped either
            return with_reason(
                whole,
                "A signal written as a quote beside a comment: a reply to an earlier signal "
                "or a new one? Check it.",
            )
        if (
            whole.kind is NEEDS_REVIEW
            and whole.side
            and (whole.take_profits or whole.stop_loss is not None)
        ):  # a side and quoted levels that need review as a whole (a coin named only by an
            # emoji over "> Entry: …" lines): not dropped as talk
            return whole
        return parsed
    if parsed.kind is not FOLLOW_UP:
        return _parse(text, reference)
    found = find_symbol("\n".join(line.lstrip(" \t>┃│▍▎▌»") for line in quoted))
    if found is None:
        return parsed if parsed.symbol is not None else _parse(text, reference)
    market = found.market
    if parsed.symbol is None:
        return with_market(parsed, market)
    return parsed if parsed.symbol == market.base else _parse(text, reference)


def _parse(text: str, reference: float | None) -> ParsedMessage:
    parsed = _parse_one(text, reference)
    if parsed.kind is NEEDS_REVIEW or (
        parsed.kind is SIGNAL and parsed.stop_loss is None and parsed.take_profits
    ):
        parsed = _level_words_read(text, parsed, reference)
    if (
        parsed.kind is SIGNAL
        and parsed.leverage is None
        and ("l:" in text or "L:" in text)
        and (lev := letter_leverage(text)) is not None
    ):
        # "NEAR short e:5.623 tp:5.552 sl:5.774 l:15": the one-letter leverage label
        parsed = parsed._replace(
            leverage=float(lev), confidences=tuple(sorted((*parsed.confidences, ("leverage", 0.9))))
        )
    if (
        parsed.kind is SIGNAL
        and parsed.leverage is None
        and ("lev" in text or "Lev" in text or "LEV" in text)
        and (problem := unreadable_leverage(text))
    ):
        return with_reason(parsed, problem)
    if (
        parsed.kind is NOT_SIGNAL
        and parsed.symbol is None
        and parsed.side is None
        and parsed.entries
        and (parsed.take_profits or parsed.stop_loss is not None)
        and parsed.reason == _NO_SIDE
    ):
        # "CMP: 560.2 / TGT: 548 / 539.7 / SL: 581.4": an entry, targets or a stop under their
        # labels with the coin and the side lost (a cut message, a dropped coin line) is a
        # signal's fragment, not talk
        return with_reason(
            parsed,
            "An entry with targets or a stop under their labels, but no coin and no side: a "
            "signal cut short or missing its coin line. Check it.",
        )
    if (
        parsed.kind is SIGNAL
        and ("erm" in text or "ERM" in text)
        and (empty := _HORIZON_EMPTY.search(text))
        and _HORIZON_PRICED.search(text)
    ):
        # "Short Term: a - b / Mid Term: c / Long Term:" under TARGETS: a side word before
        # "term" is no side, and the horizon's targets were cut off
        return with_reason(
            parsed,
            f"“{empty.group(1).strip()}” is written with no value after it: the message looks "
            "cut short or a level is missing. Check it.",
        )
    if parsed.kind is SIGNAL and (other := _other_listed_lead(text, parsed)):
        return with_reason(
            parsed,
            f"{other} opens a part of the message with its own price while the signal was read "
            f"for {parsed.symbol}: two signals in one message, or the levels are {other}'s. "
            "Check it.",
        )
    if parsed.kind in _ACTED and "\n" in text:
        return _one_of_several(text, parsed, reference)
    if parsed.kind is NEEDS_REVIEW and _OFF_BY in parsed.reason and "\n" in text:
        # a price ten times another's: two coins' signals read as one ("Hadaf 1: 41.62" of an
        # ORDI card over a BTC card's entry) — the review names each when they are
        return _one_of_several(text, parsed, reference)
    return parsed


def _level_words_read(text: str, parsed: ParsedMessage, reference: float | None) -> ParsedMessage:
    """A review, or a call with targets and no stop, read again with the level words no label
    list holds written as labels ("inv 0.4456", "Close all at x", "1️⃣ a"); a call still without
    its stop that leaves a price after an unknown word goes to review (worded_levels)."""
    again = read_again(text, parsed, lambda t: _parse_one(t, reference))
    if again is not None:
        return again
    if parsed.kind is SIGNAL and parsed.stop_loss is None:
        levels = [*parsed.entries, *parsed.take_profits]
        if problem := unplaced_word_price(text, levels):
            return with_reason(parsed, problem)
    return parsed


# a word in capitals opening a line or a part after " | ", with a price after it ("BTC
# 6.976万附近空…", "SUI 1.0541 …"; a price with decimals: "ID 5749" is a post's number)
_LISTED_LEAD = re.compile(r"(?:^|\|)[^\w\n|]*([A-Z][A-Z0-9]{1,11})[^\S\n]+\$?\d[\d,]*[.,]\d", re.M)


def _other_listed_lead(text: str, parsed: ParsedMessage) -> str | None:
    """A listed coin other than the signal's opening a line or a relay's part with a price
    after it ("BTC 6.976万附近空，… | Sayar #XRP a 0.5344, …" read as XRP with BTC's levels):
    the message holds a second signal, or the levels belong to that coin."""
    for m in _LISTED_LEAD.finditer(text):
        word = m.group(1)
        if word != parsed.symbol and word != parsed.token and word in listed_bases():
            return word
    return None


_ACTED = (SIGNAL, FOLLOW_UP)
# a list's horizon as a line label ("Short Term:", "mid-term targets:"), with no value / with one
_HORIZON = (
    r"^[^\w\n]*((?i:short|mid|medium|long)[ \t\-]?(?i:term)(?:[ \t]+(?i:targets?|tps?))?)"
    r"[ \t]*[:：]"
)
_HORIZON_EMPTY = re.compile(_HORIZON + r"[ \t*_]*$", re.M)
_HORIZON_PRICED = re.compile(_HORIZON + r"[ \t]*\$?\d", re.M)
_NO_SIDE = "No side (long/short, buy/sell)."
# a line opening with a word in capitals that is no label ("SEI SHORT", "📊 TIA Trade Setup"):
# a coin named bare may open a second signal there
_CAPS_LEAD = re.compile(
    r"[^\w\n]*(?!(?:TP|SL|ENTRY|STOP|TARGETS?|LEVERAGE|LONG|SHORT|BUY|SELL|NOTE|RISK)\b)"
    r"([A-Z][A-Z0-9]{1,9})\b"
)
# (a side word in any language the lexicon holds: "LINK — Покупка", "SOL — Sotib olamiz")
_SIDE_WORD = re.compile(r"(?<!\w)(?:" + LONG_WORDS + "|" + SHORT_WORDS + r")(?!\w)", re.I)
_PRICE_AFTER_LEAD = re.compile(r"[^\S\n]+\$?\d")


def _one_of_several(text: str, parsed: ParsedMessage, reference: float | None) -> ParsedMessage:
    """A message read as one signal or follow-up that names other coins: when the lines from
    each coin's first naming on read as a signal, a follow-up or a message to review of their
    own (a signal in labels no lexicon knows), the message holds several (a second signal
    pasted under the first, an update above a signal) — copying one would drop the others, so
    it goes to review naming each."""
    coins = named_coins(text)
    several = len(coins) > 1  # else every line naming it names the one coin
    coin = next(iter(coins)) if len(coins) == 1 else None
    if not several and _one_coin_only(text, coin, parsed):
        return parsed
    lines = text.split("\n")
    starts = [0]
    seen: set[str] = set()
    for k, line in enumerate(lines):
        if (coin in line) if coin is not None else (several and _names_one_of(line, coins)):
            new = (named_coins(line) if several else coins) - seen
        elif (lead := _CAPS_LEAD.match(line)) is not None and lead.group(1) == parsed.symbol:
            new = {parsed.token or lead.group(1)} - seen  # the coin read, named bare
        elif lead is not None and (found := find_symbol(line)) is not None:
            new = {found.market.token} - seen  # "SEI SHORT", "📊 TIA Trade Setup"
        elif (
            lead is not None
            and _SIDE_WORD.search(line)
            and (found := bare_upper_token(line)) is not None
            and found.spans[0][0] == lead.start(1)
        ):
            new = {found.market.token} - seen  # a coin named bare beside a side: "LTC | Long"
        elif (
            lead is not None
            and lead.group(1) in listed_bases()
            and _PRICE_AFTER_LEAD.match(line, lead.end(1))
        ):
            new = {lead.group(1)} - seen  # a listed coin before its price: "SUI 1.0541空，…"
        else:
            continue
        if new and seen and k:
            starts.append(k)  # a coin not named before opens a part
        seen |= new
    if len(starts) < 2:
        return parsed
    read: list[str] = []
    for start, end in zip(starts, [*starts[1:], len(lines)], strict=True):
        part = _parse_one("\n".join(lines[start:end]), reference)
        if part.kind is not NOT_SIGNAL:
            read.append(f"{part.symbol or 'no coin named'} ({part.kind.value.replace('_', ' ')})")
    if len(read) < 2:
        return parsed
    return parsed._replace(
        kind=NEEDS_REVIEW,
        reason=f"Several signals or updates in one message: {', '.join(read)}. Copying one "
        "would drop the others: check them one by one.",
    )


# _CAPS_LEAD at the start of any line after the first: the engine skips from line break to
# line break instead of trying the pattern at every position
_CAPS_LEAD_BELOW = re.compile("\n" + _CAPS_LEAD.pattern)


def _one_coin_only(text: str, coin: str | None, parsed: ParsedMessage) -> bool:
    """True when no line of ``text`` can name a coin besides ``coin`` (the one coin the text
    names as a pair or tag, or None) and the coin read: every line opening with a word in
    capitals holds ``coin``, or opens with the symbol read, which stands for ``coin``
    too. Then every line the loop of :func:`_one_of_several` reads gives the same coin, and no
    second part opens: that loop is spared."""
    bare = parsed.token or parsed.symbol
    if coin is not None and bare != coin:
        bare = None  # the symbol read is another coin than the one named: not spared
    lead = _CAPS_LEAD.match(text)
    at = 0
    while True:
        if lead is not None:
            end = text.find("\n", lead.end())
            line = text[at : end if end >= 0 else len(text)]
            if not (coin is not None and coin in line) and (
                lead.group(1) != parsed.symbol or (bare is None and coin is not None)
            ):
                return False
        lead = _CAPS_LEAD_BELOW.search(text, lead.end() if lead is not None else at)
        if lead is None:
            return True
        at = lead.start() + 1


def _names_one_of(line: str, coins: set[str]) -> bool:
    """Whether ``line`` holds one of ``coins`` (a loop: any() over a generator costs more)."""
    for coin in coins:  # noqa: SIM110
        if coin in line:
            return True
    return False


def _parse_one(text: str, reference: float | None) -> ParsedMessage:
    if "__" in text:
        text = text.replace("__", "  ")  # markdown underline: "__LONG__" is the word LONG
    text = without_as_long_as(text)  # "as long as 36.02 holds": a condition, no side
    text = without_next_stop(text)  # "… = bullish, next stop 5.77": where the price goes next
    if not text.isascii() and _STYLED.search(text):
        text = text.translate(_UNSTYLED)  # "𝗘𝗻𝘁𝗿𝘆: 𝟭.𝟮𝟬", "ᴇɴᴛʀʏ", "Ｅｎｔｒｙ": "Entry", "ENTRY"
    if "|" in text and "---" in text:
        text = _table_as_lines(text)
    text = numbers.expand_zero_counts(text)  # "0.0₅123" → "0.00000123"
    text = typed_as_ascii(text)  # "10х", "#ВТС", "۰/۵۲", "10 kat"
    text = without_size_before_pair(text)  # "Sell 150 lots SEIUSDT at 0.47": 150 is no price
    text = without_order_fields(text)  # "Position Size" / "3,328 contracts": no price
    text = arabizi_as_lexicon(text)  # "Wa2f el 5asara: 144", "men 148.2 l7d 147.5"
    if not text.isascii() and _NATIVE_DIGIT.search(text):
        text = text.translate(_TO_ASCII_DIGITS)  # "۶۳۴۵۰٫۵", "৯.৩১৭": one character each
    if not text.isascii():
        text = written_apart(text)  # "।" / "။" / "។" as line breaks, "و155", "والأهداف"
        text = numbered_labels_apart(text)  # "1차 목표가: 6.839", "ターゲット1:0.2024"
    if not text.isascii() and holds_any(text, _CJK_TO_PARTS) and _CJK_TO.search(text):
        # "3073.59至3092.03", "147.5から148.2": a zone's "to" written between the digits
        text = _CJK_TO.sub(lambda m: "~" + " " * (len(m.group()) - 1), text)
    if may_hold_quote_first(text):
        text = quote_first_pairs(text)  # "USDT-SOL": a spot bot's pair, quote first
    if holds_any(text, CONTEXT_HINTS):
        text = without_context_pair(text)  # "ETH/BTC breaking out" over "FHEUSDT — Short"
    if may_name_another_coin_first(text):
        text = traded_coin_first(text)  # "$BTC holding, but $WIF is the play: long at …"
    if enabled() and (talk := chatter_before_parts(text)) is not None:
        if not text.isascii() and (named := tickers_named(text)) != text:
            return _parse_one(named, reference)  # (as below: a coin in another script)
        return talk  # "Good morning traders ☕️": talk, its parts never built
    try:
        read = MessageParts(text, reference)
    except numbers.HostileNumber as exc:
        if may_be_account_push(low := text.lower()) and account_push_talk(low):
            return ACCOUNT_TALK  # "Funding settled … / Your payment: -2.78 USDT": talk
        if may_be_period_report(low) and (report := period_report(low)):
            return report  # "Daily Trading Report / P&L Today: -286.76 USDT / Win Rate: …"
        found = find_symbol(text)
        return ParsedMessage(
            NEEDS_REVIEW,
            reason=f"A number cannot be right: {exc}.",
            symbol=found.market.base if found else None,
        )
    if any(w in read.low for w in BOT_NOTICE_GATE) and (bot := bot_notice(read)):
        return bot  # "Exiting … / Exit Reason: `stop_loss` / Close Rate: …": a bot's own notice
    if holds_any(read.low, DEAL_GATE) and (deal := deal_close(read)):
        return deal  # "Deal #48213 (SOL Long) completed / … filled at 152.7": closed there
    if may_be_api_event(read.text) and (event := api_order_event(read)):
        return event  # "Type: STOP_MARKET / Status: FILLED / Avg price: …": the stop hit there
    if may_be_log_event(read.low) and (event := log_event(read)):
        return event  # "CLOSED Long position: …, exit_price: 152.3, PNL: …": closed there
    if may_be_push(read.low) and (push := spot_push(read)):
        return push  # "[binance] SOL/USDT: bought 3.4 SOL at 148.2": the entry filled there
    if read.symbol is not None and may_be_talk_line(read.low) and (line := bot_talk_line(read)):
        return line  # "❌ Copy failed · SOLUSDT LONG 20x: leverage above your max": talk
    if may_be_copy_fill(read.low) and (fill := copy_fill(read)):
        return fill  # "Copied ✅ SOLUSDT long · requested 148.2 · filled 148.35": filled there
    if any(w in read.low for w in STRATEGY_ALERT_GATE):
        if alert := strategy_alert(read):
            return alert  # "order sell @ 0.5 filled on SOLUSDT. New strategy position is 0"
        if (turned := triggered_as_entry(text)) is not None:
            return _parse_one(turned, reference)  # "Buy signal triggered at …" over TP / SL
    if any(w in read.low for w in BOT_REPORT_GATE) and (report := bot_report(read)):
        return report  # "*Stake per trade:* `100 USDT` / *Minimum ROI:* …": a bot's report
    if ("xit" in read.low or "closed" in read.low) and (notice := exit_notice(read)):
        return notice  # "Position Closed / Entry Price: … / Exit Price: …": closed at the exit
    if " hit" in read.low and (card := stop_card(read)):
        return card  # "🛑 STOP LOSS HIT / Symbol: … / Entry: … / Stop: 0.8481": hit there
    if "take profit" in read.low and (card := target_done_card(read)):
        return card  # "🚀 Take Profit Order Completed! / … / Exit price : $0.12115": a target
    if may_be_failed_order(read.low) and (failed := failed_order(read.low)):
        return failed  # "Order failed for SOLUSDT: / Buy: … / Reason: insufficient margin"
    if " order " in read.low and ((order := role_fill(read)) or (order := order_notice(read))):
        return order  # "Your Stop Loss order for ETHUSDT Perpetual has been triggered at …"
    if may_hold_status_cells(read.low) and (cells := status_cells(read)):
        return cells  # "#92651 | Stop-loss | Public | DOGE | SHORT | 0.13023 | 2026-10-21"
    if may_hold_status_line(read.low) and (notice := status_line_notice(read)):
        return notice  # "Position #7685 / Status: Take profit ✅ / ETHUSDT / LONG / Price: …"
    if "result" in read.low and (card := result_card(read)):
        return card  # "RESULT - TP/SOLUSDT / Target: TP1 / Entry: … / PriceTarget: …": a hit
    if may_be_state_line(read.text) and (state := state_line(read)):
        return state  # "🟢 LIVE 🟢 TP2 · SUIUSDT · +3.79% @ 1.182": target 2 hit there
    if may_be_watch_notice(read.low) and (watched := watch_notice(read)):
        return watched  # "🚨 Trade Partial Close Detected / …⏐SOLUSDT⏐LONG / … ⏐ 40%"
    if may_be_pipe_event(read.text, read.low) and (event := pipe_event(read)):
        return event  # "🛑 SL HIT | AVAX/USDT | SHORT | 37.79 | -3.93%": the stop hit there
    if may_be_typed_alert(read.low) and (typed := typed_alert(read)):
        return typed  # "Type: TP2 hit / … / Entry price: … / Current price: …": hit there
    if may_be_cut(read.low) and (cut := position_cut(read)):
        return cut  # "🔁 SOLUSDT LONG → FLAT at 136.97": the whole position closed there
    if may_be_tpsl_push(read.low) and (tpsl := tpsl_push(read)):
        return tpsl  # "Your copy position SOLUSDT Long was closed by TP/SL (TP) at 152.3"
    if may_be_level_notice(read.low) and (level := level_notice(read)):
        return level  # "✅ LINKUSDT take-profit level 1/3 executed · price 13.632": target 1
    if may_be_alert_event(read.text) and (alerted := alert_event(read)):
        return alerted  # "EVENT: MOVE_STOP | SOL | new stop: 149.57": the event its type names
    if any(w in read.low for w in HIT_CARD_GATE) and (hit := hit_card(read)):
        return hit  # "🎯 TP HIT / Asset: LINKUSDT / Take Profit 2: 13.796": target 2 hit there
    parsed = (enabled() and chatter_end(read)) or judge(read, reference)
    if (
        (parsed.kind is FOLLOW_UP and parsed.action is FollowUpAction.CLOSE and parsed.price)
        or (parsed.kind is NEEDS_REVIEW and parsed.reason.startswith(_RUN_ON))
    ) and may_hold_exit_target(read.low):
        # "Long 3,674.99 / Exit 3,697.42 / Stop 3,658.09": the exit word is the card's target
        turned = exit_as_target(text)
        if turned != text:
            again = _parse_one(turned, reference)
            if (
                again.kind is SIGNAL
                and len(again.take_profits) == 1
                and again.stop_loss is not None
                and again.entries
                and again.symbol == parsed.symbol
                and (parsed.kind is NEEDS_REVIEW or again.take_profits[0] == parsed.price)
            ):
                conf = tuple(
                    (k, min(v, GEOMETRY_CONFIDENCE) if k == "take_profits" else v)
                    for k, v in again.confidences
                )
                return again._replace(confidences=conf)
    if (
        parsed.kind is not SIGNAL
        and parsed.kind is not FOLLOW_UP
        and may_be_spot_sentence(read.low)
    ):
        turned = spot_sentence_as_card(text)  # "Bought some $JUP spot at …, holding for …"
        if turned != text:
            again = _parse_one(turned, reference)
            if (
                again.kind is SIGNAL
                and again.market == "spot"
                and again.side is Side.LONG
                and again.entries
                and again.take_profits
                and again.symbol == parsed.symbol
            ):
                return again
    if not (parsed.kind is SIGNAL and parsed.take_profits and parsed.stop_loss):
        # (a whole card with targets and a stop is no account push: its words are not looked for)
        if may_be_account_push(read.low) and (push := account_push(read)):
            return push  # "⚠️ Margin Call / … / Liquidation price: 139.2": talk
        if may_be_refusal(read.low) and (refused := refusal_line(read)):
            return refused  # "SOLUSDT Sell 161 @ 9.757 rejected: order value below the minimum"
        if may_be_terminal_line(read.low) and (line := terminal_line(read)):
            return line  # "#48213377 SOLUSD buy 0.20 closed at 144.10 [sl]": the stop hit
        if may_be_status_code(read.low) and (status := status_code(read)):
            return status  # "Signal #1234 SOLUSDT · status: ACTIVE → TP1_HIT @ 152.3"
    if (
        parsed.kind is NEEDS_REVIEW
        and may_be_period_report(read.low)
        and (report := period_report(read.low))
    ):
        return report  # "Daily Trading Summary / PnL by Pair / Capital Executed: …"
    if parsed.kind is NEEDS_REVIEW and may_be_embed(text):
        joined = embed_joined(text)  # "Take Profit 2 Hit" / "Symbol" / "SOLUSDT" / "Price" / …
        if joined != text and (again := _parse_one(joined, reference)).kind is FOLLOW_UP:
            return again
    if read.symbol is None and not text.isascii():
        named = tickers_named(text)  # "#ВТС" in Cyrillic letters, "비트코인", "Биткоин"
        if named != text:
            return _parse_one(named, reference)
    if parsed.kind is NEEDS_REVIEW and any(r in parsed.reason for r in _UNPLACED):
        turned = labels_first(text)  # "152と155で利確、144で損切り": prices before their word
        if turned != text:
            again = _parse_one(turned, reference)
            if again.kind is SIGNAL and again.take_profits and again.stop_loss:
                return again  # (a reading made by turning clauses is kept only whole)
    if parsed.kind is NEEDS_REVIEW and parsed.reason.startswith(_RUN_ON):
        turned = target_clause_first(text)  # "…, 152 aur 155 target book karna, SL 144 …"
        if turned != text:
            again = _parse_one(turned, reference)
            if again.kind is SIGNAL and again.take_profits and again.stop_loss:
                return again
        named = clause_as_targets(text)  # "…, cíle 152 a 155, stop 144": an unknown word
        if named != text:
            again = _parse_one(named, reference)
            if again.kind is SIGNAL and again.take_profits and again.stop_loss:
                # (placed by a clause, not by a word the lexicon holds)
                conf = tuple(
                    (k, min(v, GEOMETRY_CONFIDENCE) if k == "take_profits" else v)
                    for k, v in again.confidences
                )
                return again._replace(confidences=conf)
    if (
        parsed.kind is NEEDS_REVIEW
        and (
            (parsed.reason.startswith(_NO_ENTRY) and not parsed.entries)
            # (or the entry read from a line under a word no lexicon holds: "$TURBO LONG —
            # nunua kwa 0.005613" over "Malengo: …", the headline's price left unread)
            or _NO_LABEL in parsed.reason
            or _NOT_PLACED in parsed.reason
        )
        and parsed.side is not None
        and parsed.symbol is not None
    ):
        # "Long #BNB hinnaga 612.7, eesmärgid …": a long word before the entry
        named = words_before_entry(text, parsed.symbol)
        if named != text:
            again = _parse_one(named, reference)
            if (
                again.kind is SIGNAL
                and again.take_profits
                and again.stop_loss
                and again.symbol == parsed.symbol
            ):
                conf = tuple(
                    (k, min(v, GEOMETRY_CONFIDENCE) if k == "entries" else v)
                    for k, v in again.confidences
                )
                return again._replace(confidences=conf)
    if (
        parsed.kind is NEEDS_REVIEW
        and _NO_LABEL in parsed.reason
        and parsed.side is not None
        and not parsed.entries
    ):
        # "Achat (LONG) entre 23,676 et 23,523": the zone in the side word's own line
        zoned = zone_in_side_line(text, numbers.lowered(text))
        if zoned != text:
            again = _parse_one(zoned, reference)
            if (
                again.kind is SIGNAL
                and again.take_profits
                and again.stop_loss
                and again.symbol == parsed.symbol
                and again.side == parsed.side
            ):
                return again
    if parsed.kind is NEEDS_REVIEW and "\n\n" in text and _NO_LABEL in parsed.reason:
        joined = cells_joined(text)  # "Giá vào" / "$0.5671": a table pasted one cell a line
        if joined != text and not (
            numbers.has_dot_group(joined) and numbers.convention(joined, "") == ""
        ):  # ("$9.764" beside Vietnamese labels: 9.764 or 9,764, no number tells)
            again = _parse_one(joined, reference)
            if again.kind is SIGNAL:
                return again
    if parsed.kind is SIGNAL:
        return _market_and_mark_checked(parsed, text, reference)
    if not reference and _OFF_BY in parsed.reason and "." in text:
        # "Entrada: 62.112" beside "Stop: 59404": the message's own plain number tells that
        # its dots separate thousands
        lower = numbers.lowered(text)
        mark = numbers.convention(text, lower) if numbers.has_dot_group(text) else "none"
        # ... and "Điểm vào: 5.248" beside "Chốt lời: 5.166 - 5 ": no comma in the message, its
        # labels' language alone made the dots thousands, and the plain number tells they are
        # decimal points
        other_mark = {"": numbers.EU, numbers.EU: "" if "," in text else numbers.US}.get(mark, "")
        if other_mark:
            try:
                other = judge(MessageParts(text, None, other_mark), None)
            except numbers.HostileNumber:
                other = parsed
            if other.kind is SIGNAL:
                return other
    if reference and _OFF_SCALE in parsed.reason and ("." in text or "," in text):
        # "Entrada: 62.145" for BTC at 62,000: the stored price decides an ambiguous mark
        for decimal in (numbers.EU, numbers.US):
            try:
                other = judge(MessageParts(text, reference, decimal), reference)
            except numbers.HostileNumber:
                continue
            if other.kind is SIGNAL:
                return other
    if _OFF_BY in parsed.reason and "," in text and _COMMA_LIST.search(text):
        # "TP:152,155" beside "Entry:148.2": two prices listed without a space, not 152,155
        try:
            other = judge(MessageParts(_COMMA_LIST.sub(r"\1, \2", text), reference), reference)
        except numbers.HostileNumber:
            return parsed
        if other.kind is SIGNAL:
            return other
    return parsed


# a dot before three digits ("5.823": a decimal in English, a thousands group where a comma is
# the decimal mark) and a comma that can only be a decimal ("0,12796", "35,49", "14,4952")
_DOT_GROUP = re.compile(r"(?<![\d.,])\d{1,3}\.\d{3}(?![\d.,])")
_COMMA_DECIMAL = re.compile(r"(?<![\d.,])(?:0,\d+|\d+,\d{1,2}|\d+,\d{4,})(?![\d.,])")
# what every match of _COMMA_DECIMAL holds (that pattern opens with a look-behind, tried at every
# position; this one with a digit, which the engine skips ahead to)
_DIGIT_COMMA_DIGIT = re.compile(r"\d,\d")


def _both_marks(parsed: ParsedMessage, text: str) -> tuple[str, str] | None:
    """A level read from a dot group as thousands ("5.823" as 5,823) in a message whose other
    prices write the decimal with a comma ("0,12796") at ten times or more from it: an
    English line pasted beside a card of a comma language — the dot was a decimal point there,
    and 5,823 is 1000× off. (A Portuguese card's "63.450" beside "Risco: 1,5%" is one
    convention: a percentage is no price, and its prices agree.)"""
    if _DIGIT_COMMA_DIGIT.search(text) is None:
        return None  # no comma between digits: no decimal comma
    commas = [
        m
        for m in _COMMA_DECIMAL.finditer(text)
        if not text[m.end() : m.end() + 2].lstrip(" ").startswith(("%", "x", "X"))
    ]
    if not commas:
        return None
    levels = {*parsed.entries, *parsed.take_profits}
    if parsed.stop_loss is not None:
        levels.add(parsed.stop_loss)
    for m in _DOT_GROUP.finditer(text):
        value = float(m.group().replace(".", ""))
        if value not in levels:
            continue
        for comma in commas:
            price = float(comma.group().replace(",", "."))
            if price > 0 and not 0.1 < value / price < 10:
                return m.group(), comma.group()
    return None


def _market_and_mark_checked(
    parsed: ParsedMessage, text: str, reference: float | None
) -> ParsedMessage:
    """A signal whose prices are not in dollars (a pair quoted in BTC or ETH), or whose dots
    may well separate thousands with nothing to tell ("Entrada: 3.060" for a coin with no
    stored price), goes to review rather than being copied with prices off by 1000×."""
    if parsed.quote in COIN_QUOTES:
        return parsed._replace(
            kind=NEEDS_REVIEW,
            reason=f"The pair is quoted in {parsed.quote}: its prices are not in dollars; "
            "check the market before it is copied.",
        )
    if "," in text and "." in text and (mixed := _both_marks(parsed, text)):
        return parsed._replace(
            kind=NEEDS_REVIEW,
            reason=f"The message writes decimals with a comma ({mixed[1]}) and also "
            f"{mixed[0]}, read as {float(mixed[0].replace('.', '')):,.0f}: two messages of two "
            "conventions pasted together, or a price off by 1000×. Check it.",
        )
    if (
        reference is None
        and numbers.dot_thousands_open(text)
        and not thousands_refused(text, parsed)
    ):
        return parsed._replace(
            kind=NEEDS_REVIEW,
            reason="A price written as digits, a dot and three digits ending in 0 (3.060) "
            "may be a thousands group as well as a decimal, and nothing in the message tells "
            "which: the symbol's price is needed.",
        )
    if reference is None and (either := read_as_decimals_either_way(text, parsed)):
        return parsed._replace(kind=NEEDS_REVIEW, reason=either)
    return parsed


# Digits of every other script (Arabic-Indic, Persian, Devanagari, Bengali, Gujarati, Tamil,
# Telugu, Thai, Lao, Myanmar, Khmer, … and the full-width forms Japanese and Chinese input
# methods type, "６３４５０．５"), the Arabic decimal and thousands marks and the full-width
# point and slash, read as the ASCII ones (one character for one: positions are kept). The
# full-width comma "，" stays: Chinese separates a list with it.
def _other_digits() -> dict[int, str]:
    table = {
        cp: str(unicodedata.decimal(chr(cp)))
        for cp in range(0x80, 0x10000)
        if unicodedata.decimal(chr(cp), None) is not None
    }
    return {**table, 0x066B: ".", 0x066C: ",", 0xFF0E: ".", 0xFF0F: "/"}


_TO_ASCII_DIGITS = _other_digits()
_NATIVE_DIGIT = re.compile(
    "[" + "".join(re.escape(chr(cp)) for cp in sorted(_TO_ASCII_DIGITS)) + "]"
)


# The word for "to" of Chinese and Japanese (and the wave dash), which those scripts write
# between two numbers without spaces: a number glued to a letter is none, so it is read as "~".
# Each alternative opens with its literal, the digits around it are looks.
_CJK_TO_PARTS = ("至", "到", "から", "〜", "～")
_CJK_TO = re.compile("(?:至|到|〜|～)(?<=\\d.)(?=\\d)|から(?<=\\d..)(?=\\d)")


# Letters and digits styled by font generators, which channels use for emphasis: mathematical
# bold, italic, script, … (U+1D400–U+1D7FF), full-width letters ("Ｅｎｔｒｙ", what CJK input
# methods type) and circled ones ("Ⓔⓝⓣⓡⓨ") each stand for one ASCII letter or digit; small
# capitals ("ᴇɴᴛʀʏ", "ꜱʜᴏʀᴛ", "ᴄʀᴏꜱꜱ") for one capital (they are capitals: "LONG", "CROSS").
_SMALL_CAPITALS = "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ"
# The double-struck, script and fraktur alphabets keep a few letters in the letterlike
# symbols ("𝕊𝕋𝕆ℙ", "ℝ", "ℬ", "ℌ"); squared capitals ("🄴🄽🅃🅁🅈", "🅴🅽🆃🆁🆈", negative or
# not) and negative circled ones ("🅛🅞🅝🅖") stand for capitals too.
_STYLED = re.compile(
    "[\U0001d400-\U0001d7ff\uff21-\uff3a\uff41-\uff5a\u24b6-\u24e9\u2102-\u2134"
    "\U0001f130-\U0001f189" + _SMALL_CAPITALS + "]"
)
_UNSTYLED = (
    {
        cp: folded
        for cp in [
            *range(0x1D400, 0x1D800),
            *range(0xFF21, 0xFF3B),
            *range(0xFF41, 0xFF5B),
            *range(0x24B6, 0x24EA),
            *range(0x2102, 0x2135),
        ]
        if len(folded := unicodedata.normalize("NFKC", chr(cp))) == 1
        and folded.isalnum()
        and folded.isascii()
    }
    | {ord(c): up for c, up in zip(_SMALL_CAPITALS, "ABCDEFGHIJKLMNOPQRSTUVWYZ", strict=True)}
    | {start + k: chr(65 + k) for start in (0x1F130, 0x1F150, 0x1F170) for k in range(26)}
)
_TABLE_RULE = re.compile(
    r"^[^\S\n]*\|?[^\S\n]*:?-{3,}:?[^\S\n]*(?:\|[^\S\n]*:?-{3,}:?[^\S\n]*)+\|?[^\S\n]*$", re.M
)


def _table_as_lines(text: str) -> str:
    """A markdown table ("| Pair | Side | Entry |" / "|---|---|---|" / "| SOL | LONG | 148 |")
    as "Header: cell" lines, one block per row, so its labels stand before their values."""
    rule = _TABLE_RULE.search(text)
    if rule is None:
        return text
    head_end = rule.start() - 1
    head_start = text.rfind("\n", 0, max(head_end, 0)) + 1
    header = [c.strip() for c in text[head_start:head_end].strip().strip("|").split("|")]
    out = [text[:head_start].rstrip("\n")] if head_start else []
    rest = text[rule.end() :].lstrip("\n").split("\n")
    k = 0
    for k, line in enumerate(rest):  # noqa: B007 (k tells where the table ended)
        if "|" not in line:
            break
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != len(header):
            return text  # not a table this reads
        out += [f"{h}: {c}" for h, c in zip(header, cells, strict=True)]
    else:
        k = len(rest)
    out += rest[k:]
    return "\n".join(out)


# Reviews that a price written before its word gives (the price unplaced, or read under the
# next clause's label and so on the wrong side): only these are read again word first, never
# a message held for review for what it is (cut short, two signals, a signal and its update).
_UNPLACED = (
    "stands under no label",
    "could not place",
    "do not place",
    "is not above the entry",
    "is not below the entry",
)
_OFF_SCALE = "off by an order of magnitude from the symbol's last price"
_OFF_BY = "off by an order of magnitude"
_RUN_ON = "Several entries and no target"
_NO_ENTRY = "A side but neither an entry nor targets"
_NO_LABEL = "stands under no label"
_NOT_PLACED = "the parser could not place"
_COMMA_LIST = re.compile(r"(?<![\d,.])(\d{1,3}),(\d{3})(?![\d,.])")


__all__ = ["MAX_TEXT", "MarketKind", "parse"]
