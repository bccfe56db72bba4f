"""Messages about a signal already posted: a target or the stop hit, the stop moved (to the
entry or a price), a close of all / half / a percentage, a cancel, the entries filled, a
re-entry. Checked in that order of precedence — "closed at stoploss after reaching take
profit" is a stop hit, "Target 1 ✅ move stop to entry" a target hit that also moves the stop.
"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser import unreached_targets
from tradermanager.sources.signal_parser.closing_stops import closed_by_stop
from tradermanager.sources.signal_parser.corrections import CORRECTION_HINTS, corrected_levels
from tradermanager.sources.signal_parser.entry_closes import closed_at_entry
from tradermanager.sources.signal_parser.invalidated_closes import without_invalidation
from tradermanager.sources.signal_parser.kept_shares import kept_share_close, may_keep
from tradermanager.sources.signal_parser.liquidations import own_liquidation
from tradermanager.sources.signal_parser.literal_first import LiteralFirst, by_first_character
from tradermanager.sources.signal_parser.model import MAX_LEVEL_INDEX, FollowUpAction
from tradermanager.sources.signal_parser.numbers import lowered
from tradermanager.sources.signal_parser.stop_updates import old_new_stop
from tradermanager.sources.signal_parser.symbols import (
    bracketed_coins,
    find_symbol,
    follow_up_coins,
    listed_bases,
)
from tradermanager.sources.signal_parser.target_closes import someone_elses_close, target_at_price
from tradermanager.sources.signal_parser.targets_together import (
    TOGETHER_WORDS,
    may_be_together,
    together_hit,
)
from tradermanager.sources.signal_parser.trailed_rest import (
    TRAIL_REST_WORDS,
    may_trail_rest,
    trailed_rest,
)
from tradermanager.sources.signal_parser.trailing_stops import stated_stop, trailing_take_profit

# Patterns run on the lower-cased text without re.IGNORECASE and start with literal words, so
# the regex engine can skip ahead to where one could match; a word boundary on the left is
# checked in Python (:func:`_word_start`) where it matters.
_STOP = (
    r"(?:stoploss|stop[\s\-]*loss|stoppen|stopp|stopu|estop|stop|s/l|sl|стопът|стоп[\s\-]*лосс|стоп"
    r"|الستوب|استاپ|zarar\s*kes|وقف\s*الخسارة|الوقف"
    r"|حد\s*ضرر|cắt\s*lỗ)"
)
_ENTRY_WORDS = (
    r"(entry|entries|breakeven|break[\s\-]*even|b/?e|b\.e\.?|cost|вход|безубыток|entrada|giriş"
    r"|girişe|вхід|беззбиток|instap(?:prijs)?|einstieg|einstand|entrée|point\s+d'entrée|prix\s+d'entrée|ponto\s+de\s+entrada|điểm\s+vào|نقطة\s+الدخول"
    r"|سعر\s+الدخول|الدخول|точк[уи]\s+входа|precio\s+de\s+entrada|preço\s+de\s+entrada|نقطه\s+ورود"
    # Romanian, Czech, Swedish, Serbian, Polish, Dutch, Bulgarian, Greek
    r"|intrare|vstup|ingång|улаз|wejście|instap|входа|είσοδο"
    r"|noghte\s+vorud|noqte\s+vorud"  # Persian in Latin letters (Finglish)
    r"|pareggio"  # Italian "stop a pareggio" (at breakeven)
    # Portuguese and Spanish "stop no zero a zero", "SL no 0x0", "SL a 0 a 0": no loss, no gain
    r"|zero\s+a\s+zero|cero\s+a\s+cero|0\s*x\s*0|0\s+a\s+0)"
)
# "to" before the entry or a price: "a", "para" (es/pt), "на", "в" (ru), "ke" (id), "auf" (de),
# "au", "à" (fr), "về" (vi), "إلى" (ar), "na" (pl, cs: "SL przesunięty na 5.55")
# Italian "stop in pareggio" (only before that word)
_TO_WORDS = (
    r"(?:a|para|на|в|у|ke|auf|au|à|về|إلى|na|no|naar|به|روی|roye|rooye|la|till|στην|على"
    r"|in(?=\s+pareggio)|al(?=\s+precio\s+de\s+entrada))"
)
CANCEL = re.compile(
    # ("invalidated below 0.43", "invalidated on a daily close above 9.46": the level that would
    # end an idea, not an idea ended)
    r"(?:cancel(?:l?ed|en|em|ar|amos)?|don'?t\s+enter|do\s+not\s+enter"
    r"|invalidated(?![^\S\n]+(?:(?:on|at)[^\S\n]+(?:a[^\S\n]+)?(?:[a-z0-9]+[^\S\n]+)?close"
    r"[^\S\n]+)?(?:below|above|under|over)(?![\w]))|отмен\w*"
    r"|cancelad[oa]|iptal|(?:di)?batalkan|hủy|کنسل|لغو|إلغاء"
    # Ukrainian "скасовуємо", Dutch "geannuleerd", Romanian "anulat"; Korean "취소", Japanese
    # "キャンセル", Thai "ยกเลิก" (written without spaces)
    r"|скасов\w*|geannuleerd|annuleren|annuleer|anulat[ăa]?|anul[ăa]m"
    # French "on annule l'ordre", Italian "annulliamo l'ordine", German "wir stornieren"
    r"|annul(?:e|ons|ez|é|ée)|annull(?:iamo|ato|ata|are|a|iert)|stornier\w*"
    r")(?![\w])|取消|취소|キャンセル|ยกเลิก|कैंसिल|रद्द"
    # a setup withdrawn: "setup pulled", "Pulling this setup", "Scrap #ARB", "Remove the SOL
    # limit orders", "void ❌"
    r"|(?:setup|trade|signal|idea|call)\s+(?:is\s+|was\s+)?(?:pulled|withdrawn|scrapped|void)"
    r"(?![\w])|(?<![\w])pull(?:ing|ed)?\s+(?:the\s+|this\s+|that\s+)?(?:setup|trade|signal|call"
    # "Pull the #SOL orders", "pull the SOL limit orders"
    # ("Pull the $ATOM limit at 8.09, news incoming")
    r"|(?:[#$]?[\w/]+\s+)?(?:limit\s+)?orders|(?:[#$]?[\w/]+\s+)?(?:buy\s+|sell\s+)?limits?)"
    r"(?![\w])|(?<![\w])scrap(?:ped|ping)?\s+(?:the\s+|this\s+|that\s+)?(?=[#$]?\w)"
    r"|(?<![\w])(?:remov(?:e|ing)|delet(?:e|ing))\s+(?:the\s+|all\s+|your\s+)?(?:[#$]?[\w/]+\s+)?"
    r"(?:limit\s+|pending\s+)?orders?(?![\w])"
    # "Remove the sell limit for $TRX", "delete the buy limit": an order named by its kind
    r"|(?<![\w])(?:remov(?:e|ing)|delet(?:e|ing))\s+(?:the\s+|your\s+)?(?:buy|sell)\s+limit(?![\w])"
    r"|(?<![\w])void(?:ed)?(?=[^\w]*(?:$|❌|\(|entry\s+(?:not|never)"
    # "signal void: price never reached the entry in 48 hours"
    r"|(?:the\s+)?price\s+(?:not|never)\s+(?:reached|hit|touched)\s+(?:the\s+|our\s+)?entry))"
    # "never filled, call off ❌", "calling this one off": the call withdrawn
    r"|(?<![\w])call(?:ed|ing)?\s+(?:is\s+|it\s+|this\s+(?:one\s+)?|the\s+(?:trade|signal|call)\s+)?"
    r"off(?![\w])"
    # the entry missed, not chased: "entry missed, don't chase ❌", "missed the entry, no chasing"
    r"|(?<![\w])(?:entry\s+missed|missed\s+the\s+entry)[^\w\n]{0,3}(?:don['’]?t|do\s+not|no)"
    r"\s+chas(?:e|ing)(?![\w])"
    # a posted signal withdrawn: "Ignore the signal above", "disregard the last #ARB post",
    # "Scratch the SOL signal", "posted by mistake", "delete that call", "meant for another group"
    r"|(?<![\w])(?:ignore|disregard|scratch|forget)\s+(?:about\s+)?(?:the\s+|this\s+|that\s+"
    r"|my\s+|our\s+)?(?:last\s+|previous\s+|earlier\s+)?(?:[#$]?[\w/]+\s+)?(?:signal|setup"
    r"|call|post|trade|idea)(?![\w])|(?<![\w])(?:posted|sent|shared)\s+(?:here\s+)?by\s+mistake"
    r"|(?<![\w])delete\s+(?:it|that|this)(?:\s+(?:call|signal|post|setup|one))?(?![\w])"
    r"|(?<![\w])meant\s+for\s+(?:another|a\s+different|the\s+other)\s+(?:group|channel|chat)"
    # an unfilled order gone: "Order expired", "entry order expired (not filled in 24h)",
    # "order deleted", "orders removed", "Order timeout:"
    r"|(?<![\w])orders?\s+(?:has\s+|have\s+|was\s+|were\s+)?(?:expired|removed|deleted"
    r"|timed\s+out)(?![\w])|(?<![\w])order\s+timeout(?![\w])"
    # a signal that ran out unfilled: "signal expired: entry zone not reached", "⌛ SOLUSDT long
    # expired", "expired unfilled", "expired — entry never hit" (not "Trade expired, closed at")
    r"|(?<![\w])signals?\s+(?:has\s+|have\s+)?expired(?![\w])|⌛[^\n]{0,40}?(?<![\w])expired(?![\w])"
    r"|(?<![\w])expired(?:\s+(?:unfilled|without\s+(?:a\s+)?fill)"
    r"|(?=[^\w\n]{0,3}(?:the\s+)?entry\s+(?:zone\s+)?(?:not|never)\s+(?:reached|hit|filled|triggered))"
    # "status: EXPIRED (not entered)"
    r"|(?=[^\w\n]{0,3}\(?(?:not|never)\s+(?:entered|filled|triggered)(?![\w]))"
    # "setup expired, no entry 🚫"
    r"|(?=[^\w\n]{0,3}no\s+(?:entry|fill)(?![\w])))"
    # "#SOL signal timed out ⌛ (no fill)", "SOL long timed out unfilled"
    r"|(?<![\w])(?:signals?\s+(?:has\s+|have\s+)?timed\s+out|timed\s+out\s+(?:unfilled|without\s+(?:a\s+)?fill))"
    r"(?![\w])"
    # "entry not triggered in 24h, signal closed": a signal closed unfilled is withdrawn
    r"|(?<![\w])entry\s+(?:zone\s+)?(?:was\s+)?(?:not|never)\s+(?:reached|hit|filled|triggered)"
    r"[^\n]{0,30}?(?<![\w])(?:signal\s+(?:is\s+|was\s+)?closed|removed|deleted|withdrawn)(?![\w])"
    # "order not filled within 6h, trade removed": an order that ran out unfilled, taken away
    # (not "not filled yet, nothing removed": still waiting)
    r"|(?<![\w])(?:order|signal)\s+(?:was\s+)?(?:not|never)\s+filled(?!\s+yet)"
    r"[^\n]{0,30}?(?<![\w])(?<!nothing\s)(?<!not\s)(?:removed|deleted|withdrawn)(?![\w])"
    # "no fill in 6 hours, signal closed without entry": closed before it was ever open
    r"|(?<![\w])(?:signal|setup|trade|call|order)\s+(?:is\s+|was\s+)?closed\s+without\s+"
    r"(?:an?\s+|any\s+)?(?:entry|fill)(?![\w])"
)
# "Re-entry", "re-enter", "Re-entering", "Re-entered"
REENTRY = re.compile(
    r"re[\s\-]?(?:entry|enter(?:ed|ing|s)?|add(?:ed|ing|s)?)(?![\w])"
    # Spanish and Portuguese: "Reentrada SOL 148.2", "zona de reentrada"
    r"|re-?entra(?:da|r)(?![\w])"
    # "Re-buy INJ 22.93", "Re-short ETH 3,390", "rebuy": without a space only (not "re long")
    r"|re-?(buy|bought|sell|sold|short(?:ed|ing)?|long(?:ed|ing)?)(?![\w])"
    # "Added more SOL at 141.2": a report of more bought into the trade
    r"|add(?:ed|ing)\s+(?:some\s+)?more(?![\w])"
    # "Add to position on ARB at 1.08", "adding to our position"
    r"|add(?:ed|ing)?\s+to\s+(?:the\s+|our\s+|my\s+|your\s+)?position(?![\w])"
    # the imperative with its price: "Add more $ETH at 3,380", "add more at 141.2" (not "add
    # more on dips", advice with no order)
    r"|(?<![\w])add\s+more\s+(?:[#$]?[\w/]+\s+)?(?=(?:at|@)\s*\$?\d)"
    # "add at 5.721", "Added #PEPE at 0.0075931", "DCA at 9.012", "add more on a dip to 1.9288"
    # (a price right after: "add more on dips" alone stays advice)
    r"|(?<![\w])(?:add(?:ed)?|dca)(?::)?\s+(?:[#$][\w/]+\s+)?(?=(?:at|@)\s*\$?\d)"
    r"|(?<![\w])add\s+more\s+on\s+(?:a\s+)?dips?\s+(?=(?:to|at|@)\s*\$?\d)"
    # "Add to TON at 5.112", "Adding to PENDLEUSDT here at 4.756", "averaged down at 0.512",
    # "averaged up on ETH at 3,412" (the coin, then its price right after)
    r"|(?<![\w])(?:add(?:ed|ing)?\s+to|averag(?:ed|ing)\s+(?:down|up)(?:\s+on)?)"
    r"\s+(?:[#$]?[\w/]+\s+)?(?:here\s+)?(?=(?:at|@)\s*\$?\d)"
    # the trade taken again at its price: "Short ETH again @ 3,412", "Re-open the long on ARB at
    # 1.08", "Reload DOGE at 0.132", "Back in #LINK at 14.52" (a price follows: "back in 2021",
    # "back in profit" are talk; "buy back" is none: a short's cover as often as a re-entry)
    r"|(?<![\w])(?:(?:(?:short|long|enter)(?:ing)?\s+(?:[#$]?[\w/]+\s+)?again"
    # "taking it again at 0.11506 🔁 same stop"
    r"|tak(?:e|ing)\s+(?:it|this(?:\s+one)?|the\s+trade)\s+again"
    r"|re-?open(?:ed|ing)?(?:\s+the\s+(?:long|short)|\s+(?:long|short))?(?:\s+the)?"
    # "Second chance entry on WLD at 2.4307": the same call taken again
    r"|second[\s\-]+chance(?:\s+entry)?|reload(?:ed|ing)?|back\s+in)"
    # ("… again from 5.498 🔁", "Back in TURBO short from 0.0058": the price it is taken from)
    r"(?:\s+(?:on\s+)?[#$]?[\w/]+)?(?:\s+(?:long|short))?\s*(?::\s*)?(?:at|@|from)\s*\$?\d"
    # "#LINK again 🔁 short from 15.26": the side after the word
    r"|again\s*(?:🔁\s*)?(?:long|short)\s+(?:from|at|@)\s*\$?\d"
    r"|reload\s+zone\s+\$?\d)"
    # more bought at a price: "loaded more at 1.09", "doubled the position at 2.58", "added a
    # second position at 0.048"
    r"|(?<![\w])(?:load(?:ed|ing)\s+more|doubl(?:ed|ing)\s+(?:the\s+|our\s+|my\s+)?position"
    r"|add(?:ed|ing)\s+a\s+second\s+position)(?:\s+(?:on\s+)?[#$]?[\w/]+)?\s*(?:at|@)\s*\$?\d"
)
# What every REENTRY match holds (a "re" before its word, "add", "again", "back in"):
# searched first, it keeps REENTRY — whose last branches open with a group, tried at every
# position — off the texts that cannot hold one ("are", "respect": talk)
_REENTRY_WORD_FRAGMENTS = (
    *(r"re[\s\-]?(?:ent|buy|bought|sell|sold|short|long|open|load)", "add", "again"),
    *(r"back\s+in", "dca", "chance", "averag", r"load(?:ed|ing)\s+more", "doubl"),
)
_REENTRY_WORDS = re.compile("|".join(_REENTRY_WORD_FRAGMENTS))
# A re-entry ruled out: "No re-entry", "Valid re-entry: No" (a card's status line), "don't
# re-enter", "re-entry: not valid"
_NO_REENTRY = re.compile(
    r"(?<![\w])(?:no|not|don'?t|do\s+not|without|never)\s+(?:valid\s+)?re[\s\-]?ent"
    r"|re[\s\-]?entry[^\S\n]*[:\-—=]?[^\S\n]*(?:no|none|not\s+valid|invalid|❌)(?![\w])"
)
# A re-entry only planned or wished for, not an instruction: "will re-enter if we get the dip",
# "might re-enter later", "looking to re-enter"
_PLANNED = re.compile(
    r"(?<![\w])(?:if|might|may|could|would|maybe|perhaps|plan(?:ning)?\s+to|looking\s+to|consider"
    # a condition the copy cannot check: "re-enter after a 4h close above 41.16", "once it
    # reclaims 0.52", "when BTC calms down"
    r"|after|once|when|unless"
    r"|wait(?:ing)?\s+for|если|можно|si|jika|kalau|nếu|falls|eğer)(?![\w])"
)
STOP_MOVED = re.compile(
    _STOP
    # "stop loss hit at 80.1" is the stop hit, not moved to 80.1
    + r"(?![\w])(?:(?!hit|trigger|execut|taken|reached|tagged|hunted)"
    # (a coin's digits between: "stop on #API3/USDT to 1.4651")
    r"(?:[^\n\d]|\d(?=\d*(?:[a-z]|/usdt)))){0,30}?"
    # "stop-loss moved from 1.4378 to 1.4029": the price it leaves is not the new one
     + r"(?:(?<![\w])from\s+\$?\d[\d.,]*\s+|(?<![\w.,])\$?\d[\d.,]*[ \t]*(?=→|->|=>|➜))?"
    r"(?<![\w])(?:(?:to|at|on|➜|->|=>|→|➝|➡\ufe0f?)\s+(?:the\s+|your\s+|my\s+|our\s+)?(?:"
    + _ENTRY_WORDS
    + r"(?![\w])|(?=\$?\d))|"
    + _TO_WORDS
    # "movido a entrada", "stop à 0.128", "para a entrada", "ke harga entry"
    + r"\s+(?:la\s+|o\s+|a\s+|el\s+|le\s+|den\s+|harga\s+)?(?:"
    + _ENTRY_WORDS
    + r"(?![\w])|(?=\$?\d))"
    # a case ending in place of "to": Turkish "stopu girişe (çek)"
    # Hinglish "SL entry pe shift karo" (the entry, then "on")
    # Turkish "stop maliyete (çekildi)" (to the cost), "giriş fiyatına" (to the entry price)
    + r"|(?<![\w])(?:giriş(?:e|\s+seviyesine|\s+fiyatına)|maliyete"
    + r"|(?:entry(?:\s+price)?|cost)\s+(?:pe|par)|belépőre|sisääntuloon)"
    + r"(?![\w])()"
    # "Stop for SUI is now 0.93", "SL now at $5.907"
    + r"|(?<![\w])(?:is\s+)?now\s+(?:at\s+)?(?=\$?\d)"
    # "stop-loss updated: 6.766", "stop raised above the 1h high: 0.0013233": the verb, where it
    # was put, then the price after a colon
    + r"|(?<![\w])(?:updated|changed|adjusted|raised|lowered|trailed|tightened|moved)"
    + r"(?:[ \t]+(?:above|below|under|over)[ \t]+[\w \t]{0,24}?)?[ \t]*:[ \t]*(?=\$?\d)"
    # (not the price it leaves: "trailing stop moved: 40.88 → 41.74")
    + r"(?!\$?\d[\d.,]*[ \t]*(?:→|->|=>|➜|➡|to(?![\w])))"
    # a trade log's "SL updated on SUI/USDT Short: 1.0372": the pair, its side, then the price
    + r"|(?<![\w])(?:updated|changed|adjusted|raised|lowered|trailed)\s+(?:on|for)\s+[#$]?[\w/.\-]+"
    + r"(?:\s+(?:long|short))?[ \t]*[:=\-–][ \t]*(?=\$?\d)"
    # a bot's amendment with the side beside the pair, the new level under its own stop label:
    # "SL modified: TONUSDT Long / SL: 5.47", "Stop changed | ADAUSDT Long | SL: 0.4173"
    + r"|(?<![\w])(?:updated|changed|adjusted|modified|amended|edited)[ \t]*[:|][ \t]*"
    + r"[#$]?[\w/.\-]+[ \t]+\(?(?:long|short)\)?[ \t]*(?:\n|[ \t][|·][ \t])[ \t]*"
    + r"(?:new[ \t]+)?(?:sl|stop(?:[ \-]?loss)?)[ \t]*[:=][ \t]*(?=\$?\d)"
    + r")"
    # Chinese, written without spaces: "停損移至進場價", "止损移到开仓价"
    + r"|(?:(?:停損|止損|止损)(?:上移|移動|移动|調整|调整|移)?(?:至|到)(?:進場|进场|開倉|开仓|成本)"
    # Japanese "ストップを建値に移動", Korean "스탑 본절로 이동", Thai "เลื่อน SL ไปที่จุดเข้า"
    + r"|ストップ(?:ロス)?を?建値に|(?:스탑|손절가?)[ \t]*(?:을|를)?[ \t]*(?:본절|진입가로)|"
    + _STOP
    + r"[ \t]*ไป(?:ที่)?[ \t]*จุดเข้า)()"
    # the stop of what is left after a partial close: "60% closed (33.97). Remaining SL 34.43",
    # "rest stop: 0.512" (where the stop now stands for the rest)
    + r"|(?:remaining|rest)[ \t]+"
    + _STOP
    + r"[ \t]*[:=]?[ \t]*(?=\$?\d)"
)
# Where a STOP_MOVED match can start: one of its stop words. Every branch of STOP_MOVED opens
# with a group, which the engine tries at every position; searched from the first stop word
# found here it finds the same match (a match starts at a stop word, and none stands before)
_STOP_MOVED_START = re.compile(
    "remaining|rest|stop|estop|s/l|sl|стоп|الستوب|استاپ|حد|cắt|停損|止損|止损|ストップ|스탑|손절|وقف|الوقف|zarar"
)


def stop_moved_search(lower: str) -> re.Match[str] | None:
    """``STOP_MOVED.search(lower)``, started at the first stop word."""
    first = _STOP_MOVED_START.search(lower)
    return STOP_MOVED.search(lower, first.start()) if first is not None else None


# The stop at the entry right after the stop word, with a sign or nothing between: "sl =
# entry", "Stop @ BE", "SL→BE", "SL: breakeven", "SL BE", "stop breakeven now" (the message
# ends there); tried where STOP_MOVED finds nothing and a sign or a breakeven word stands
STOP_SIGN_ENTRY = re.compile(
    _STOP
    # "SL is breakeven now", "stop is now BE"
    + r"(?![\w])[ \t]*(?:is[ \t]+(?:now[ \t]+)?)?(?:(?:=|@|:|➜|->|→|➝|➡\ufe0f?)[ \t]*"
    + _ENTRY_WORDS
    # (or before "risk free" / "no risk": "sl be ✔️ risk free now", or a comma: "sl be, rest …")
    + r"(?![\w])|(b/e|b\.e\.?|be|breakeven|break[\s\-]*even)"
    r"(?=,|[^\w\n]*(?:\n|$|now(?![\w])|risk[\s\-]?free(?![\w])|no[ \t]+risk(?![\w]))))"
)
# The stop at the entry without "to" after a stop word: "Breakeven stop set ✅", "BE SL", "Moved
# to BE", "BE now" ("be" only where the text writes it in capitals: see _capital_be)
_BE_WORDS = r"(?:b/e|b\.e\.?|breakeven|break[\s\-]*even|be)"
STOP_AT_BE = re.compile(
    r"(?<![\w])("
    + _BE_WORDS
    + r")\s+(?:stop[\s\-]*loss|stoploss|stop|sl)(?![\w])(?!\s*(?:hit|trigger|taken|reached|was))"
    r"|(?<![\w])(?:moved?|set|put)\s+(?:it\s+)?(?:to|at)\s+(" + _BE_WORDS + r")(?![\w])"
    r"|^[^\w\n]*(?:[#$]?[\w/]+[ \t:]+)?(" + _BE_WORDS + r")\s+now(?![\w])"
    # "🔒 BE", "🔒 BE #BTC": breakeven alone after a lock or shield icon
    r"|^[ \t]*(?:🔒|🛡️?|🔐)[ \t]*(" + _BE_WORDS + r")(?:[ \t]+[#$]?[\w/]+)?[^\w\n]*$"
)
_BE_HINTS = ("be", "b/e", "b.e")
_BE_SPELLED = _BE_HINTS[1:]
# a trade made risk-free: the stop at the entry ("Trade is risk-free now", "Make SOL risk free",
# "We're risk free on ETH"; not a "risk-free trial" or a "risk free signal")
_RISK_FREE = re.compile(
    r"(?<![\w])(?:is|are|we're|we’re|we\s+are|it's|it’s|now|make|made|making|set|get|got|keep)"
    r"\s+(?:[#$]?[\w/]+\s+)?risk[\s\-]?free(?![\w])"
    r"(?!\s+(?:trial|bonus|signals?|returns?|rate|entry|offer|access|month|week|days?|profit))"
)
_SIGNS = ("=", "@", ":", "➜", "->", "→", "➝", "➡")
# The stop already at the entry named as a noun ("our BE stop", "the break-even stop"): where it
# stands, no move. Taken by the price before it ("tagged our BE stop") or told hit after it
# ("Break-even stop on DOGE triggered @ 0.1265", "BE stop filled"): the stop hit there.
_BE_STOP = r"(" + _BE_WORDS + r")[\s\-]+(?:stop[\s\-]*loss|stoploss|stop|sl)(?![\w])"
_OWNED_BEFORE = re.compile(
    r"(?<![\w])(?:of|off|near|to|from|above|below|under|over|at|by)\s+(?:our|the|my|your)\s+$"
)
BE_STOP_HIT = re.compile(
    r"(?<![\w])(?:tagged|hit|took\s+out|took|touched|hunted)\s+(?:our|the|my|your)\s+"
    + _BE_STOP
    + r"|(?<![\w])"
    + _BE_STOP
    + r"(?:\s+(?:on|for)\s+[#$]?[\w/]+)?\s+(?:was\s+|got\s+)?"
    r"(?:hit|triggered|taken|filled|executed|tagged)(?![\w])"
)
# A stop hit at the entry: "Stopped at breakeven", "out at BE", "BE hit". "Closed at BE" is the
# admin's own close at the entry (a whole close, like "closed at entry"), not the stop's
STOP_HIT_AT_BE = re.compile(
    r"(?:stopped|out)\s+at\s+(" + _BE_WORDS + r")(?![\w])"
    r"|(?<![\w])(" + _BE_WORDS + r")\s+(?:hit|triggered|taken)(?![\w])"
    r"|(?<![\w])hit\s+(" + _BE_WORDS + r")(?![\w])"
)
# the stop set at a target by a verb before it: "put SL at TP2", "set the stop at TP1" (the
# " at" before the target, 3 characters, rewritten as " to")
_PUT_STOP_AT_TARGET = re.compile(
    r"(?<![\w])(?:put|set|place)[ \t]+(?:the[ \t]+|your[ \t]+|our[ \t]+)?"
    r"(?:sl|stop(?:[ \t\-]*loss)?)[ \t]+at(?=[ \t]+(?:tp|target)[ \t]*\d{1,2}(?!\d|[.,]\d))"
)
# "SL moved to TP1": the stop goes to a target's price, which the message does not write
STOP_TO_TARGET = re.compile(
    _STOP + r"(?![\w])[^\n\d]{0,30}?(?<![\w])(?:(?P<to>to|➜|->|→|➝|➡\ufe0f?|al|lên"
    # "Stop now sits at TP2", "SL is at TP1 now"; "stop at TP2 now and book 20%" (only with
    # "now" after the target: "stopped at TP1" is a stop hit there)
    r"|(?:now|sits|is)\s+at|at(?=\s+(?:tp|target)\s*\d{1,2}(?![\d.,])[ \t]+now(?![\w]))|"
    + _TO_WORDS[3:-1]
    # "movemos el SL al TP2", "subindo o stop para o alvo 1", "dời SL lên TP2", "SL geser ke TP2"
    + r")\s+(?:the\s+|o\s+|el\s+)?)?"
    r"(?:(?:tp|target|alvo|objetivo)\s*(?P<n>\d{1,2})(?!\d|[.,]\d)"  # (not "TP 2.5")
    # without "to" only before a case ending: Turkish "stopu TP1'e", "TP1 seviyesine"
    r"(?(to)|(?:'?(?:[ey]|ye|ya)|\s+seviyesine)(?![\w]))"
    # "SL to 2nd target", "move stop to the first TP"
    r"|(?(to)(?P<w>first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+"
    r"(?:tp|target|take[\s\-]*profit)(?![\w])|(?!)))"
)
# the stop at a target in shorthand, no "to" or a target told by "t" and its number: "tp2 ✔️
# sl tp1", "t2 ✅✅ moving sl to t1" (not before a hit word: "SL TP1 hit" lists two things)
_SHORT_STOP_AT_TARGET = re.compile(
    r"(?<![\w])(?:sl|stop)[ \t]+(?:(?:to|→|->|➜)[ \t]+)?tp?(?P<n>\d)(?![\w.,])"
    r"(?![ \t]*(?:hit|reached|done|✅|✔|smashed))"
)
# Ordinal words by the number they stand for: written before a target's noun in English,
# Portuguese, Spanish, French, German, Turkish and Russian ("second target", "TERCEIRO ALVO",
# "второй тейк", "Zweites Ziel"), after it in Arabic, Indonesian and Vietnamese ("الهدف
# الثاني", "target kedua", "mục tiêu thứ hai").
_ORDINALS_BEFORE = {
    1: "first 1st primeiro primeira primer primero primera premier première erste erstes ersten"
    " birinci первый первая первую первой birinchi бірінші",
    2: "second 2nd segundo segunda deuxième deuxieme seconde zweite zweites zweiten ikinci"
    " второй вторая вторую ikkinchi екінші",
    3: "third 3rd terceiro terceira tercer tercero tercera troisième troisieme dritte drittes"
    " dritten üçüncü третий третья третью третьей uchinchi үшінші",
    4: "fourth 4th quarto quarta cuarto cuarta quatrième quatrieme vierte viertes vierten"
    " dördüncü четвёртый четвертый четвёртая четвертая четвёртую четвертую төртінші"
    " to'rtinchi toʻrtinchi to’rtinchi to‘rtinchi",
    5: "fifth 5th quinto quinta cinquième cinquieme fünfte fünftes beşinci пятый пятая пятую"
    " beshinchi бесінші",
    6: "sixth 6th",
}
_ORDINALS_AFTER = {
    1: "الأول الاول الأولى الاولى pertama thứ nhất la kwanza",
    2: "الثاني الثانية kedua thứ hai la pili",
    3: "الثالث الثالثة ketiga thứ ba la tatu",
    4: "الرابع الرابعة keempat thứ tư la nne",
    5: "الخامس الخامسة kelima thứ năm la tano",
}


def _ordinal_words(table: dict[int, str]) -> dict[str, int]:
    """Each ordinal word of ``table`` and its number (Vietnamese "thứ hai" and Swahili "la
    pili" are one)."""
    out: dict[str, int] = {}
    for n, words in table.items():
        parts = words.split()
        i = 0
        while i < len(parts):
            if parts[i] in ("thứ", "la"):  # Vietnamese and Swahili ordinals are two words
                out[parts[i] + " " + parts[i + 1]] = n
                i += 2
                continue
            out[parts[i]] = n
            i += 1
    return out


_AFTER_WORDS = _ordinal_words(_ORDINALS_AFTER)
_BEFORE_WORDS = _ordinal_words(_ORDINALS_BEFORE)
_TARGET_NOUN = (
    r"(?:targets?|tp|take[\s\-]*profit|тейк\w*|цел[ьи]|alvo|meta|objetivo|objectif|ziel|hedef"
    r"|mục\s+tiêu)"
)
_TARGET_NOUN_AT = re.compile(
    r"(?<![\w])(?:targets?|tp|take[\s\-]*profit|тейк\w*|цел[ьи]|alvo|meta|objetivo|objectif|ziel"
    r"|hedef|mục\s+tiêu|الهدف|هدف|maqsad|мақсат|lengo|ținta|ţinta|tinta|cél|cíl|mål|tavoite|циљ|მიზანი|cel|doel|cieľ|tikslas|ціль|цел|στόχος|יעד)(?![\w])"
)
# (a word may hold an apostrophe: Uzbek in Latin letters writes "to'rtinchi", fourth)
_WORD_BEFORE = re.compile(r"(\w+(?:['’‘]\w+)?)[ \t]+$")
# (a number and a dot: the ordinal of Hungarian, Czech, German, "1. cél", "2. Ziel")
# (and a number and a hyphen: Uzbek and Kazakh "2-maqsad", "2-мақсат")
_NUMBER_ORDINAL_BEFORE = re.compile(r"(?<![\w.,])([1-9])(?:[ \t]?(?:º|ª|°|-?[йяю])|\.|-)[ \t]*$")
_WORDS_AFTER = re.compile(r"[ \t]+(thứ[ \t]+\w+|la[ \t]+\w+|\w+)")
# a part of every target noun (a quick test before the nouns are looked for)
_ORDINAL_NOUN_HINTS = (
    "target",
    "tp",
    "take",
    "тейк",
    "цел",
    "alvo",
    "meta",
    "objetivo",
    "objectif",
    "ziel",
    "hedef",
    "mục tiêu",
    "هدف",
    *("ținta", "ţinta", "tinta", "cél", "cíl", "mål", "tavoite", "циљ", "მიზანი"),
    *("cel", "doel", "cieľ", "tikslas", "ціль", "цел", "στόχος", "יעד"),
    *("maqsad", "мақсат", "lengo"),
)


def _ordinal_target(lower: str) -> int | None:
    """The target a hit names by an ordinal word: "ETH hit first target ✅", "2nd target
    reached", "TERCEIRO ALVO ATINGIDO", "2º alvo", "2-я цель", "الهدف الثاني تحقق", "Target
    kedua tercapai". Each target noun is found, then the word before it or after it is looked
    up (cheaper than one pattern of every ordinal word tried at every position)."""
    for m in _TARGET_NOUN_AT.finditer(lower):
        before = lower[max(0, m.start() - 24) : m.start()]
        word = _WORD_BEFORE.search(before)
        if word is not None and word.group(1) in _BEFORE_WORDS:
            return _BEFORE_WORDS[word.group(1)]
        number = _NUMBER_ORDINAL_BEFORE.search(before)
        if number is not None:
            return int(number.group(1))
        after = _WORDS_AFTER.match(lower, m.end())
        if after is not None:
            found = _AFTER_WORDS.get(" ".join(after.group(1).split()))
            if found is not None:
                return found
    return None


_HIT_WORD = LiteralFirst(
    r"(?<![\w])(?:hit|reached|achieved|done|smashed|tagged|atingido|alcanzado|alcançado"
    r"|cumplido|достигнута|взят\w*|взяли|geldi|erreicht|atteint|tercapai|đã\s+đạt|đạt"
    r"|atinsă|atinsa|atins|elérve|splněn|nått|saavutettu|достигнут|მიღწეულია|slog\s+till"
    r"|osiągnięty|bereikt|splnený|pasiektas|досягнута|постигната|επιτεύχθηκε|הושג"
    r"|limefikiwa|bajarildi|орындалды)(?![\w])"  # Swahili, Uzbek, Kazakh: reached, done
    r"|تحقق|تحقيق|✅|✔|☑|🎯"
)
NEW_STOP = re.compile(
    r"new\s+(?:stop[\s\-]*loss|stoploss|stop|sl)"
    # the coin between: "New SL for TIA/USDT: 9.254"
    r"(?:\s+(?:for|on)\s+[#$]?[a-z0-9]{2,12}(?:[/\-]?(?:usdt|usdc|usd))?)?"
    r"\s*(?:at|to|:|➜|->|→)?\s*(?=\$?\d)"
)
# The stop set at a price without "to": "Set SL 0.512", "SL now 1.5491 🔒", "SL set 0.51",
# Turkish "Stop 0.0463 seviyesine çekildi" (the price before "to its level")
STOP_SET = re.compile(
    r"(?<![\w])set\s+(?:the\s+|your\s+|a\s+)?(?:new\s+)?"
    + _STOP
    + r"\s*(?:at|to|:|=|@)?\s*(?=\$?\d)|"
    + _STOP
    + r"(?![\w])\s*(?:is\s+)?(?:now|set)\s*(?:at|to|:|=|@)?\s*(?=\$?\d)|"
    + _STOP
    + r"[ \t]+(?=\$?\d[\d.,]*[ \t]+(?:seviyesine|seviyeye)(?![\w]))"
)
# A reply that is the stop word and one price alone, the coin or "now" beside it: "SL 0.512",
# "sl: 10.549", "$TRX SL 0.13521", "Stop 0.512 now" — where the stop stands now
_COIN_WORD = r"(?:[#$][\w/]+|[a-z][a-z0-9]{1,11}(?:/usdt)?)"
STOP_ALONE = re.compile(
    r"[^\w\n]*(?:"
    + _COIN_WORD
    + r"[ \t:,|\-—]+)?"
    + _STOP
    + r"[ \t]*[:=@]?[ \t]*(?=\$?\d[\d.,]*[^\w\n]*(?:now[^\w\n]*)?(?:(?!x\d)"
    + _COIN_WORD
    + r"[^\w\n]*)?$)"
)
_STOP_ALONE_AT_MOST = 40
STOP_HIT = LiteralFirst(
    r"stopped\s+(?:out|at|on)(?![\w])|stopped[ \t]*(?:❌|⛔|🛑)|got\s+stopped(?![\w])"
    # a wick took the stop: "stopped by a wick at 0.0021", "wick hunted our DOGE stop"
    r"|stopped\s+by\s+(?:a|the)\s+(?:long\s+)?wick(?![\w])"
    r"|hunted\s+(?:the|our|my|your)\s+(?:[#$]?[\w/]+\s+)?" + _STOP + r"(?![\w])"
    # the coin between: "Stop loss on #ORDI was taken (35.06)"
    r"|" + _STOP + r"\s+(?:on|for|of)\s+[#$]?[\w/]+\s+(?:was|got|has\s+been)\s+"
    r"(?:hit|triggered|taken|executed|filled)(?![\w])"
    r"|ausgestoppt|استاپ\s*خورد|"
    # a card's "Status: Closed (stop loss)", "Closed by SL", "closed - SL" (not "30% closed —
    # SL → entry": a close, then the stop moved)
    r"closed[ \t]*[(:\-–—]?[ \t]*(?:by|at|on|via)?[ \t]*(?:the[ \t]+)?(?:trailing[ \t]+)?"
    + _STOP
    + r"(?![\w])(?![ \t]*(?:→|➝|➡|->|=>|to[ \t]|moved))|"
    + _STOP
    # ("SL (entry) executed": where the stop stood, in brackets)
    + r"(?![\w])\s*(?:\((?:at\s+)?(?:entry|be|breakeven)\)\s*)?"
    r"(?:was\s+|got\s+|targets?\s+|don\s+|е\s+)?"
    # "SL tagged", "stop hunted", Indonesian "SL kena", Italian "stop preso"
    r"(?:hit|triggered|executed|filled|reached|taken|tagged|hunted|acionado|tocado|oldu|patlad[ıi]|kena|pres[oa]|colpito"
    r"|atins|geraakt|aktiválódott|zasažen|laukesi|погођен|slog\s+till"
    r"|aktywowany|zasiahnutý|спрацював|ударен|χτυπήθηκε"
    r"|touché|wybit[ya]?"  # French "stop touché", Polish "SL wybity"
    # Swahili "imeguswa" / "imegongwa" (touched, hit), Uzbek "ishladi" / "urildi" (worked, hit),
    # Kazakh "іске қосылды" (triggered)
    r"|imeguswa|imegongwa|ishladi|urildi|іске\s*қосылды"
    r"|lag\s+ga?ya)"  # Hindi and Urdu in Latin letters: "SL lag gaya" (the stop was hit)
    # the hit word before the stop: Vietnamese "Dính SL", Spanish "Saltó el stop", Russian
    # "Выбило по стопу"
    r"|(?:dính|saltó\s+el|salto\s+el)\s+"
    + _STOP
    + r"(?![\w])|(?:выбило|вибило)\s+по\s+стоп|已止[损損]"
    # ("knocked out by the stop", "trade ended at SL 0.4813")
    # ("wick took our SL", "liquidity grab took the stop")
    r"|(?:hit|closed\s+at|ended\s+at|touched|took\s+out|took|knocked\s+out\s+by|knocked\s+out)\s+"
    r"(?:the\s+|our\s+|my\s+|your\s+)?(?:trailing\s+)?" + _STOP + r"(?![\w])"
    # the hit word before the stop in Indonesian, Spanish, Vietnamese, Russian, Portuguese
    # ("tersentuh SL", "tocó el stop", "chạm SL", "сработал стоп-лосс", "bateu o stop"), after it
    # in Turkish ("stop çalıştı"); Portuguese "stopou", "stopado"; Chinese "打止损"; Persian
    # "حد ضرر فعال شد"
    r"|(?:tersentuh|toc[óo]\s+el|chạm|сработал)\s*" + _STOP + r"(?![\w])"
    r"|bateu\s+(?:o\s+|no\s+)?" + _STOP + r"(?![\w])"
    r"|"
    + _STOP
    + r"(?![\w])\s*çalıştı|(?<![\w])stop(?:ou|ad[oa]s?|eó|ead[oa]s?)(?![\w])|打止[损損]"
    r"|حد\s*ضرر\s*(?:فعال\s*شد|خورد)"
    # a cross before the stop word, no price after it: "❌ Стоп | Убыток: -71%" (a signal's
    # "❌ Stop loss: 0.45" bullet is no hit)
    r"|(?:❌|⛔)[ \t]*" + _STOP + r"(?![\w])"
    # ... nor is "❌ Stop Loss (SL) : 82.55" or "⛔ SL (stop loss): 8.244": the label restated
    r"(?![ \t]*(?:[\s\-]*loss)?(?:[ \t]*\([^\d()\n]{1,16}\))?[^\w]{0,6}\d)"
    r"|stoploss\s*⛔|" + _STOP + r"\s*(?:❌|⛔)|стоп\s+(?:сработал|выбит)"
    # "−45.9% ❌ stopped": the word alone closing the message
    r"|stopped(?=[^\w]*$)|stopped[ \t]+(?:out[ \t]+)?[-−][ \t]?\d[\d.,]*[ \t]?%"
    r"|(?:止损|止損|停損)(?:出局|出場|出场|触发|觸發|已触发|已觸發)"
    r"|손절\s*(?:완료|처리|❌)|損切り(?:執行|済|[ \t]*(?:❌|⛔))"
    # Korean "손절 나갔습니다" (the stop went out), Japanese "損切りになりました", Hindi
    # "स्टॉप लॉस हिट", "SL हिट हो गया"
    r"|손절\s*(?:나갔|됐|되었)|損切りに(?:なり|なった)|損切りされ|(?:스탑|손절)\s*터(?:짐|졌)"
    r"|(?:स्टॉप\s*लॉस|स्टॉपलॉस|स्टॉप|sl)\s*हिट"
)
# A re-entry only promised for later, no order at all: "Re-entry possible later, stay tuned",
# "will share a re-entry zone soon" (the rest of the post is read without it)
_REENTRY_PROMISED = re.compile(
    r"(?<![\w])(?:will|we'll|i'll)\s+(?:share|post|send|give)\s+(?:a\s+|the\s+)?re[\s\-]?ent"
    r"|re[\s\-]?entry[^\S\n]+(?:(?:is|may\s+be)[^\S\n]+)?(?:possible|likely)[^\S\n]+(?:later|soon)"
    r"(?![\w])"
    # "re-entry zone later, wait", "re-entry levels soon": no price yet
    r"|re[\s\-]?entry(?:[^\S\n]+(?:zone|zones|level|levels|area|price|plan))?[^\S\n]+"
    r"(?:later|soon|tbd|to\s+follow)(?![\w])"
)
ENTRY_FILLED = re.compile(
    # "Our ATOM order got filled at 8.003", "buy order filled": the entry's order
    r"(?:our|my|buy|limit)\s+(?:[#$]?\w+\s+)?order\s+(?:got\s+|was\s+|is\s+|has\s+been\s+)?filled"
    r"|entry\s+targets?\s+achieved|all\s+entr(?:y|ies)\s+(?:targets\s+)?(?:achieved|filled|hit)"
    # "Both entries triggered on #LINK ✅", "both entries filled", "SOL limit filled, we're in"
    r"|(?<![\w])both\s+entries\s+(?:(?:got|were|are)\s+)?(?:filled|triggered|hit|done)(?![\w])"
    # (a limit filled only with the trade entered: "TP1 limit filled" is a target's order)
    r"|(?<![\w])limit\s+(?:got\s+|was\s+)?filled[ \t]*[,;.—\-]?[ \t]*"
    r"(?:we(?:'re|’re|\s+are)|i'm|i’m)[ \t]+in(?![\w])"
    r"|entered\s+(?:the\s+)?entry\s+zone|entry\s*(?:targets?\s*)?\d(?:/\d)?\s*✅"
    # ("Entry 2 of signal #51317 (TRX) filled at 0.11923": the signal named by its number)
    # a ladder's entry numbered out of its count: "Entry 2/3 filled", "Entry #2 filled",
    # "Filled 2/3 | #ADA @ 0.4508"
    r"|(?<![\w])filled\s+\d/\d(?![\w/])"
    r"|entry\s+(?:#?\d(?:/\d)?\s+)?(?:of\s+(?:(?:signal|call|trade)\s+)?#?\d{1,7}\s+)?"
    r"(?:\([^)\n]{1,12}\)\s*)?(?:filled|triggered|activated|executed|hit|reached|done)"
    # a ladder's orders called DCA: "DCA filled ✅", "DCA 2 filled at 0.512", "all DCA orders
    # filled"
    r"|(?<![\w])dca\s*(?:#?\d\s*)?(?:orders?\s+)?(?:filled|triggered|executed|hit|done)(?![\w])"
    # a ladder's later buy by its order: "2nd buy filled on $WLD @ 1.234", "third buy executed"
    # (a later "sell" alone may be a long's exit: not read)
    r"|(?<![\w])(?:[2-9](?:nd|rd|th)|second|third|fourth|fifth)\s+buy\s+(?:order\s+)?"
    r"(?:got\s+|was\s+|has\s+been\s+)?(?:filled|executed)(?![\w])"
    # Spanish, Portuguese, Russian, Turkish, Indonesian, Vietnamese, Chinese: "entrada 2
    # ejecutada", "второй вход исполнен", "2. giriş doldu", "entry 2 terisi", "đã khớp entry
    # 2", "第二个入场已成交"
    r"|entrada\s*\d?\s*(?:ejecutada|executada|activada|ativada)|вход\w*\s+(?:исполнен|сработал)"
    r"|giriş\s+(?:doldu|gerçekleşti)|entry\s*\d?\s*(?:terisi|tereksekusi)|khớp\s+(?:lệnh\s+)?entry"
    r"|(?:入场|进场|入場|進場)已?成交"
    # Arabic "تم تفعيل الدخول" (the entry activated), Persian "ورود فعال شد" (the entry became
    # active), Vietnamese "lệnh đã khớp" (the order matched), Chinese "已入场" (already entered)
    r"|(?<!لم يتم )تفعيل\s+الدخول|ورود\s+فعال\s+شد|lệnh\s+đã\s+khớp"
    r"|已(?:入场|进场|入場|進場)(?!成交)"
    # the average entry told after a fill: "Average entry now 0.5123", "avg entry moved to
    # 142.3", "Avg price updated → 142.31" (the average is the price)
    r"|(?<![\w])(?:average|avg)\s+(?:entry|price)(?:\s+price)?\s*(?:is\s+)?"
    r"(?:now|updated|moved\s+to)\s*(?:to\s+|at\s+|[:→=]\s*)?(?=\$?\d)"
    # "avg entry ≈ 573.8 after the second fill": the average told after a fill
    r"|(?<![\w])(?:average|avg|blended)\s+(?:entry|price)\s*[≈~]\s*(?=\$?\d[\d,.]*\s+after\s+"
    r"(?:the\s+|a\s+)?(?:[a-z0-9]+\s+)?(?:fill|entry|buy|add|dca)(?![\w]))"
)
_FILLED_HINTS = (
    "entr",
    "تفعيل",
    "ورود",
    "filled",
    "вход",
    "giriş",
    "khớp",
    "入场",
    "进场",
    "入場",
    "進場",
    "dca",
    "avg",
)
# A word every ENTRY_FILLED match holds (its fill, hit or average word): tested first, it keeps
# the pattern off texts that name an entry but no fill ("wait for the next entry")
_FILLED_WORDS = (
    *(
        "fill",
        "execut",
        "achiev",
        "hit",
        "entered",
        "✅",
        "trigger",
        "activat",
        "reach",
        "done",
        "dca",
    ),
    *("average", "avg", "entrada", "вход", "giriş", "terisi", "tereksekusi", "khớp", "成交"),
    *("تفعيل", "فعال", "已入", "已进", "已進"),
)
# A trade told as activated: "Long activated ✅", "trade is live now", "Order triggered on
# $ARB", "Buy order 2 executed at 0.512", "#ETH entered ✅ at 3,412", "Entry zone reached" —
# its entries filled (a target's or the stop's order is read as their hit before this); "no
# position opened" says the opposite
TRADE_ACTIVATED = re.compile(
    r"(?<![\w])(?<!no )(?<!never )(?:(?:trade|position|long|short|signal)\s+(?:is\s+)?(?:now\s+)?"
    # (not a breakout's condition: "Long activated above 148.2")
    r"(?:activated|active|live|triggered|opened)(?![\w])(?!\s+(?:above|below|if|when|once|on|after))"
    r"|(?:(?:limit|buy|sell|entry)\s+)?order\s*#?\d?\s+(?:filled|executed|triggered)(?![\w])"
    r"|entered\s*(?:✅\s*)?(?:at|@)|entry\s+zone\s+reached"
    # a coin's order filled at its price: "limit filled @ 34.76", "✅ ACTIVE — filled at 5.465"
    # (not a target's or the stop's: those are read as their hits before this)
    # ("Buy limit filled at …" is a short's take-profit as often as a long's entry: not read)
    r"|(?<!tp )(?<!target )(?<!sl )(?<!stop )(?<!loss )(?<!profit )(?<!buy )(?<!sell )"
    r"(?<!buy limit )(?<!sell limit )filled[ \t]*(?:at|@)[ \t]*\$?\d"
    # (one price: "filled at 3301.5, then at 3320.1" leaves which filled open)
    r"(?![\d.,]*[ \t]*,?[ \t]*(?:then|and|&|/)[ \t]*(?:at|@)?[ \t]*\$?\d)"
    # "triggered at 0.0066512, we're in"
    r"|triggered[ \t]*(?:at|@)[ \t]*\$?\d[\d.,]*[^\w\n]{0,4}(?:we(?:'re|’re|\s+are)|i'm|i’m)"
    r"\s+in(?![\w])"
    # the coin itself told active: "$1000FLOKI is now active", "BTCUSDT activated ✅" (not "$SOL
    # is now live on Binance": a listing)
    r"|(?:[#$][a-z0-9]{2,12}|[a-z0-9]{2,15}usdt|[a-z0-9]{2,12}/usdt)[ \t]+(?:is[ \t]+)?"
    r"(?:now[ \t]+)?(?:active|activated|live)(?![\w])"
    r"(?![ \t]+(?:on|in|for|at|above|below|if|when|once)(?![\w])))"
)
_ACTIVATED_HINTS = (
    *("activ", "live", "trigger", "opened", "order", "entered", "entry zone"),
    "filled",
)
# "All targets of #NEAR achieved", "all take profits hit", "all 3 TPs done ✅", "hit all 4
# targets", "smashed all targets"
_ALL_TARGET_WORDS = r"(?:take[\s\-]*profit\s+targets?|take[\s\-]*profits?|targets?|tps)"
ALL_TARGETS = re.compile(
    r"(?:all|every)\s+(?:the\s+)?(?:\d{1,2}\s+)?" + _ALL_TARGET_WORDS + r"(?:\s+of\s+[#$]?\w+)?"
    r"\s+(?:hit|achieved|reached|done|smashed|filled|taken|completed)"
)
# "all targets reached" in other languages: Spanish, Portuguese, Russian, Turkish, German,
# French, Indonesian, Italian ("Todos los objetivos alcanzados", "все цели достигнуты", "tüm
# hedefler tamamlandı", "tutti i target raggiunti")
_ALL_TARGETS_WORDS = ("todos", "все ", "tüm ", "alle ", "tous ", "semua ", "tutti ")
ALL_TARGETS_ABROAD = re.compile(
    r"(?<![\w])(?:tod[oa]s\s+(?:los\s+|os\s+|as\s+)?(?:objetivos|alvos|targets?|tps|metas)"
    r"\s+(?:alcanzad[oa]s|cumplid[oa]s|logrados|atingid[oa]s|alcançad[oa]s|batid[oa]s)"
    r"|все\s+(?:цели|тейки|тп)\s+(?:достигнуты|взяты|выполнены|отработали)"
    r"|tüm\s+(?:hedefler|tp'?ler)\s+(?:tamamlandı|alındı|gerçekleşti|vuruldu)"
    r"|alle\s+(?:ziele|targets|tps)\s+(?:erreicht|getroffen)"
    r"|tous\s+les\s+(?:objectifs|targets|tps)\s+(?:atteints|touchés)"
    r"|semua\s+(?:target|tp)\s+(?:tercapai|kena|hit)"
    r"|tutti\s+(?:i\s+target|gli\s+obiettivi|i\s+tp)\s+raggiunti)(?![\w])"
)
# the verb first ("DOGE hit all 4 targets", "smashed all targets"): a boast as often as an
# update, read only beside a close word, which it explains ("…, trade closed")
_HIT_ALL_TARGETS = re.compile(
    r"(?:hit|reached|smashed|achieved|completed)\s+(?:all|every)\s+(?:the\s+)?(?:\d{1,2}\s+)?"
    + _ALL_TARGET_WORDS
)
TARGET_HIT = LiteralFirst(
    r"(?:take[\s\-]*profit|targets?|tp|тп|тейк|цель|alvo|objetivo|meta|hedef|止盈|停利|目标|익절가?|목표가?"
    r"|利確|目標|objectif|เป้า|maqsad|мақсат|lengo|ținta|ţinta|tinta|cél|cíl|mål|tavoite|циљ|მიზანი|cel|doel|cieľ|tikslas|ціль|цел|στόχος|יעד|ziel|tarqet|تارگت|تی\s*پی|الهدف\s*رقم|الهدف|mục\s*tiêu|obiettivo)\s*#?(\d{1,2})(?!\d|[.,]\d)[^\n]{0,20}?"
    r"(?:✅|✔|☑|✓|hit(?!\s+rate)|reached|done|achieved|smashed|destroyed|crushed|nailed|executed|filled"
    # ("TP1 touched @ 0.1116", "target 3 ✓ 0.5348"; not "touched 27.9?": a price asked about)
    r"|touched(?![^\n]*\?)|taken|triggered|взят|🎯"
    r"|достигнута|выполнена|atingido"
    r"|alcanzado|alcançado|alındı|tercapai|达成|达到|완료|達成|atinsă|atinsa|atins|elérve|splněn|nått|saavutettu|достигнут|მიღწეულია|osiągnięty|bereikt|splnený|pasiektas|досягнута|постигната|επιτεύχθηκε|הושג|erreicht"
    r"|atteinte?|raggiunt[oa]"
    r"|limefikiwa|bajarildi|орындалды"
    r"|تحقق|تاچ\s*شد|خورد"  # Arabic "achieved", Persian "touched", "got hit"
    r"|aa\s+gaya|aa\s+gya)"  # Hindi and Urdu in Latin letters: "target 1 aa gaya" (it came)
    r"|(?:✅|✔|☑)\s*(?:target|tp|take[\s\-]*profit)\s*#?(\d{1,2})(?!\d|[.,]\d)"
    # Arabic, the hit word first: "تم ضرب الهدف 2" (the target 2 was hit), "تحقق الهدف رقم 2"
    r"|(?:ضرب|تحقق)\s+الهدف\s*(?:رقم\s*)?#?(\d{1,2})(?!\d|[.,]\d)"
    # the target named in brackets after a result or a hit ("+41% 🚀 (TP4)", "hit 0.0238 🎯
    # (TP1)"), or after the price reached ("6.489 reached ✅ — that was TP1")
    # (a "%" branch counts only after a signed number: see _target_hit)
    r"|(?:%|hit|reached|tapped|touched)[^\n(]{0,24}\(\s*(?:tp|target)\s*(\d{1,2})\s*\)"
    r"|that\s+was\s+(?:tp|target)\s*(\d{1,2})(?![\w])"
    # Turkish, the target's price between: "TP3 0.4722 seviyesinden alındı" (taken from level)
    r"|(?:tp|hedef)\s*(\d{1,2})[ \t]+\$?\d[\d.,]*[ \t]+seviye(?:si)?(?:nden|den)"
    r"[ \t]+(?:alındı|geldi)"
    # a line of a board of coins, its mark first: "✅ LINK TP1" / "✅ #BNB TP2" / "❌ SEI SL"
    r"|(?:✅|✔|☑)\ufe0f?[ \t]*[#$]?[a-z][a-z0-9]{1,9}[ \t]+(?:tp|target)[ \t]*#?(\d{1,2})"
    r"[ \t]*(?:\n|$)"
    # a bot's row, its cells apart: "✅ AVAXUSDT | target #2 | 38.55 | +2.7%"
    r"|(?:✅|✔|☑)\ufe0f?[ \t]*[#$]?[a-z][a-z0-9]{1,9}(?:/?usdt?)?[ \t]*[|·][ \t]*(?:tp|target)"
    r"[ \t]*#?(\d{1,2})[ \t]*[|·]"
    # a target told with its result after "=" or a money bag: "TP3 = +35.5% ROE", "TP1 💰
    # +328.24 USDT" (a signed result, no price: a card's "TP1 = 0.55" is no hit)
    r"|(?:tp|target)[ \t]*(\d{1,2})[ \t]*(?:=|💰)[ \t]*\+[ \t]*\d[\d.,]*[ \t]*"
    r"(?:%|usdt|\$|r(?![\w]))"
)
# a board of the targets' numbers, each with its mark: "Targets: 1 ✅ | 2 ✅ | 3 ⏳" (the last
# ticked of the run from the label)
_TARGET_BOARD = re.compile(
    r"targets?[ \t]*:[ \t]*(?:\d{1,2}[ \t]*(?:✅|✔️?|☑️?)[ \t]*[|,/·][ \t]*)*"
    r"(\d{1,2})[ \t]*(?:✅|✔|☑)"
)
# the target's number before its noun: Korean "2차 목표 도달", Japanese "第2目標達成", "第2利確達成"
_NUMBER_BEFORE_NOUN = re.compile(
    r"(?<![\d.,])(?:第[ \t]*)?(\d{1,2}|(?<=第)[一二三四五])[ \t]*(?:차|次)?[ \t]*"
    r"(?:목표|目標|目标|利確)[ \t]*已?(?:도달|달성|達成|到達|达成|✅|✔)"
)
_NOUNS_AFTER_NUMBER = ("목표", "目標", "目标", "利確")
_CJK_COUNTS = "一二三四五"


def _count(text: str) -> int:
    """A target's number written in digits or as a Chinese numeral ("第二目标": 2)."""
    return int(text) if text.isdigit() else _CJK_COUNTS.index(text) + 1


CLOSE = re.compile(
    # ("Exit price: 1.2" is a label: the price of the event its header names, no close)
    # ("exit level 0.44" under a hit's header is the level it was hit at, no close either)
    r"((?:close[sd]?|closing"
    r"|exit(?:ed|ing)?(?![ \t]+price[ \t]*[:=—–]|[ \t]+level[ \t]*[:=]?[ \t]*\$?\d)"
    r"|book(?:ed|ing)?|take|taking|taken|took|secur(?:e|ed|ing)"
    r"|scal(?:e|ed|ing)\s+out"
    r"|закры\w*"
    r"|cerrar|fechar|fermer|schließen|schliessen|tutup|k[âa]r al(?:ıyoruz)?"
    # Spanish, Portuguese, Turkish, Indonesian, Vietnamese and Persian forms: "cierren el 50%",
    # "cerrado manualmente", "fechamos metade", "yarısını kapatın", "ditutup manual", "đóng
    # lệnh", "chốt 50%", "نصف پوزیشن را ببندید", "بسته شد"; a share realised or fixed
    # ("realizem 50%", "Фиксируем 50%", "amankan 50%", "۵۰٪ سود را سیو کنید")
    r"|cerra(?:mos|do|da|ndo)|cierr(?:a|an|en|o)|fech(?:amos|ado|ada|em|e|a|ando)|kapat\w*|ditutup"
    r"|đóng|chốt|ببند\w*|بسته|بستیم|beband\w*|bastim|realiz\w+|(?:за)?фиксир\w*|amankan|سیو"
    # "TP manually at …" (a take-profit done by hand), "flat on DOT", "we're out of DOGE"
    # "Halve #TURBO here", "halve the position" (only before what it halves: no "halving")
    r"|halve(?=[ \t]+(?:[#$]|the[ \t]+position|it(?![\w])|[a-z0-9]{2,15}usdt|[a-z0-9]{2,12}/usdt))"
    # ("SOL out ✅": a reply of the coin and "out" alone, checked in _close_word)
    r"|sold|sell|tp(?=\s+manual)|flat|out|(?:we(?:'re|’re|\s+are)|i'm|i’m|i\s+am)\s+(?:now\s+|fully\s+|completely\s+)?out"
    # a share taken off: "Trim 20%", "reduced 50%", "Parcial de 30%", "50% Teilgewinn
    # mitgenommen", "%30 kâr alındı", "Ambil profit 50%", "Zamykamy połowę", "平仓50%"
    r"|trim(?:med|ming|s)?|reduc(?:e|ed|ing)|parcial|mitgenommen|k[âa]r\s+alındı"
    # French "on sécurise 50%", "sécurisons"
    r"|sécuris(?:e|ons|ez)"
    r"|ambil\s+profit|zamyka\w*|lock(?:ed|ing)?\s+in"
    # "lock 70% here": "lock" alone only before its share (not "lock the stop")
    r"|lock(?:ed|ing)?(?=[ \t]+\d{1,3}[ \t]*%)"
    # a short's buy to cover: "covered 60% at 2.1741" (only before its share: "we have you
    # covered")
    r"|cover(?:ed|ing)?(?=[ \t]+(?:\d{1,3}[ \t]*%|half(?![\w])))"
    # "partial TP 60% (0.20316)", "Partial TP on $LTC: 30% at 90.7": a share taken as profit
    # (only before its share, the coin may stand between)
    r"|partial[ \t]+(?:tp|take[ \t\-]*profit)"
    r"(?=(?:[ \t]+on[ \t]+[#$]?[A-Za-z0-9]{2,12}[ \t]*:)?[ \t]+\d{1,3}[ \t]*%)"
    # the whole position: "Cut it here", "cut at 0.5312", "Get out now"
    r"|cut(?:ting)?|get\s+out|squar(?:ed|ing)\s+off|إغلاق|اغلاق|أغلق\w*|اغلق\w*"
    # Arabic "جني 50% من الأرباح" (reap 50% of the profits: only before its share, "جني الأرباح"
    # labels a card's targets)
    r"|جني(?=\s*\d{1,3}\s*[%٪])"
    # a share banked: "Bank 25% now", "banked half of ARB" (only before its share)
    r"|bank(?:ed|ing)?(?=[ \t]+(?:\d{1,3}[ \t]*%|half(?![\w])))"
    # "40% banked at TP2" (after its share)
    r"|(?<=%[ \t])banked"
    # Ukrainian "закриваємо", Dutch "sluit", "gesloten", Romanian "închidem", "închis"
    r"|закри\w*|sluit(?:en)?|gesloten|[îi]nchid\w*|[îi]nchis\w*"
    # Italian "chiudiamo", "chiudere", "chiuso"; French "on ferme", "fermons"; German "geschlossen"
    r"|chiud\w*|chius[oaie]|ferm(?:e|ons|ez|é|ée|és)|geschlossen"
    # a deal bot's whole position closed: "✅ Deal #4821337 completed / Pair: USDT_SOL"
    r"|deal[ \t]+#?\d{1,12}[ \t]+completed"
    # a trade told over: "trade complete ✅", "the trade is finished", "trade done" (each word
    # first, the trade looked back to: a whole close)
    r"|complete(?<=trade complete)d?|complete(?<=trade is complete)d?"
    r"|finished(?<=trade finished)|finished(?<=trade is finished)|done(?<=trade done)"
    r")(?![\w])|平仓|平倉|先平|ปิด"
    # a share of profit taken, Korean "절반 익절", Japanese "半分利確", "50%利確" (after its share
    # only: "利確" alone labels a signal's targets, "7.138で利確")
    r"|(?:(?<=半分)|(?<=절반)|(?<=절반 )|(?<=%)|(?<=% ))(?:익절|利確))"
)
# a share to close: "half", "25%", "%25" (Turkish writes the sign first) — not a signed result
# ("+18%", "-5%")
_HALF = re.compile(
    r"(?<![\w])half(?![\w])|(?<![\w+\-.,])(\d{1,3})\s*%|(?<![\w+\-.,])%\s*(\d{1,3})(?![\d.,])",
    re.I,
)
# _HALF for a lower-cased text, each branch opening with its first character (the look-behinds
# after it), so the regex engine skips ahead to an "h", a digit or a "%" instead of trying
# every branch at every position: the same matches (the same groups) on a lower-cased text.
_HALF_LOWER = re.compile(
    r"h(?<![\w]h)alf(?![\w])|(\d(?<![\w+\-.,]\d)\d{0,2})\s*[%٪]"
    r"|%(?<![\w+\-.,]%)\s*(\d{1,3})(?![\d.,])"
)
# "half" in Spanish, Portuguese, French, German, Russian, Turkish and Indonesian, looked for only
# where a part of one stands (_HALF_WORD_PARTS)
_HALF_WORDS = re.compile(
    r"(?<![\w])(?:mitad|metade|moitié|hälfte|половин\w*|yar[ıi]\w*|setengah|połow\w*|نصف"
    r"|(?:một\s+)?nửa|helft|jum[ăa]tate|metà|nesf|nisf|aadh[aie])(?![\w])"  # (Hindi "aadha")
    r"|ครึ่ง|一半|半分|절반"  # Thai, Chinese, Japanese and Korean, written without spaces
)
_HALF_WORD_PARTS = (
    *("mitad", "metade", "moiti", "hälfte", "полов", "yar", "setengah", "połow", "نصف", "ครึ่ง"),
    *("nửa", "一半", "helft", "jumătate", "jumatate", "半分", "절반", "metà", "nesf", "nisf"),
    "aadh",
)
# "partial profits secured", "Partial profit taken": a close whose share is not said
# a share taken off without a close word: "half off here", "30% off ✂️" (not "20% off fees")
_SHARE_OFF = re.compile(
    # ("half off at 0.0056899, sl be": before its price too)
    r"(?<![\w])half[ \t]+off(?=[ \t]+(?:at|@)[ \t]*\$?\d|[^\w\n]*(?:$|here|now|the\s+table))"
    # "1/3 off the table", "two thirds off here", "1/4 off #SOL at 0.5123", "50% off here, …"
    r"|(?<![\w/.,+\-])(?:[1-9][ \t]*/[ \t]*[2-9]|\d{1,3}[ \t]*%|(?:a|one|two)[ \t]+thirds?"
    r"|(?:a|one|three)[ \t]+quarters?)[ \t]+off(?=[ \t]+(?:[#$][\w/]+[ \t]+)?(?:at|@)[ \t]*\$?\d"
    r"|[^\w\n]*(?:$|here|now|the\s+table))"
    # "Half of my WIF is off at 2.61", "30% of the position is out"
    r"|(?<![\w])(?:half|\d{1,3}\s*%)[ \t]+of[ \t]+(?:my|our|the)[ \t]+[#$]?\w+(?:[ \t]+\w+)?"
    r"[ \t]+(?:is|are)[ \t]+(?:now[ \t]+)?(?:off|out|closed|sold)(?![\w])"
    # "out of half the position at 1.0828", "out of 30% of our trade" (not "of my": a member's)
    r"|(?<![\w])out[ \t]+of[ \t]+(?:half|\d{1,3}\s*%)[ \t]+(?:of[ \t]+)?(?:the|our)[ \t]+"
    r"(?:position|trade|bag)(?![\w])"
)


def _may_take_share_off(lower: str) -> bool:
    """Whether ``lower`` holds what every match of _SHARE_OFF holds: "off", or the half or the
    percentage of its "… of my WIF is out" branch (a quick test before the pattern, which
    opens with look-behinds and is tried at every position)."""
    return "off" in lower or "half" in lower or "%" in lower


# an offer, not a position: "VIP half off!"
_PROMO = re.compile(r"vip|discount|sale|promo|subscri|member|lifetime|offer|coupon")
_PARTIAL_PROFITS = re.compile(
    r"(?<![\w])(?:partial(?:ly)?|some|a\s+bit|a\s+little|a\s+chunk)\s+(?:(?:profits?|gains?)(?![\w])|off(?:\s+the\s+table)?(?![\w]))"
)
# profits taken without a share: "Profit booked ✅", "booked profits 💰", "lock in some gains"
# (a close whose share is not said)
_PROFIT_TAKEN = re.compile(
    r"(?:booked|secured|took|taken|banked|lock(?:ed|ing)?\s+in)\s+(?:some\s+|the\s+|our\s+)?"
    r"(?:profits?|gains?)(?![\w])|(?<![\w])(?:profits?|gains?)\s+(?:booked|secured|taken|banked)"
    r"(?![\w])"
)
_TAKE_PROFIT = re.compile(
    r"(?:take|book|secure)\s+(?:some\s+|the\s+)?profits?\s+(?:now|here)"
    # the message ends there: "Secure profits 💰", "book some profits"
    r"|(?:book|secure)\s+(?:some\s+|the\s+)?profits?(?=[^\w\n]*$)"
)
_FULL = re.compile(r"(?<![\w])(all|fully|full|whole|entire|everything)(?![\w])", re.I)
# A part of each of those words that the lower-cased text holds whenever _FULL matches: one
# quick search before the patterns that try every position. (No "s" or "i": their
# case-insensitive matches include "ſ" and "ı", which lower() keeps: "ent.re" for "entire".)
_FULL_PARTS = re.compile("all|full|whole|ent.re|every")
# "close 1/3", "a third", "two thirds", "a quarter", "three quarters"
_RATIO = re.compile(r"(?<![\w/.,])([1-9])\s*/\s*([2-9]|10)(?![\w/.,])")
# what every match of _RATIO holds, found without trying each position for the look-behind
_RATIO_PARTS = re.compile(r"[1-9]\s*/\s*[1-9]")
_WORD_SHARE = re.compile(
    r"(?<![\w])(?:(two)\s+thirds|(three)\s+quarters|(?:one\s+|a\s+)?(third|quarter))(?![\w])"
)
_WORD_SHARES = {"two": 2 / 3, "three": 0.75, "third": 1 / 3, "quarter": 0.25}
# a third or two thirds in Spanish, Portuguese, French, Italian, German, Russian and Turkish:
# "un tercio", "um terço", "un tiers", "un terzo", "ein Drittel", "треть", "üçte biri"; "dos
# tercios", "deux tiers", "zwei Drittel", "две трети" (after an article or a number only: "terzo
# target" is the third target)
_THIRD_WORDS = re.compile(
    r"(?<![\w])(?:(dos|dois|deux|due|zwei|две)\s+(?:tercios|terços|tiers|terzi|drittel|трети)"
    r"|(?:un|um|uno|ein|einen|одну)\s+(?:tercio|terço|tiers|terzo|drittel)|треть\w*"
    r"|üçte\s+bir\w*)(?![\w])"
)
_THIRD_PARTS = ("terc", "terç", "tiers", "terz", "drittel", "трет", "üçte")
# a share without its amount: "partial close", "take some profits" — never a whole close
# (searched through its literal-first form: this runs on every signal that says "take profit")
_PARTIAL = LiteralFirst(
    r"(?<![\w])(?:partial|partially|some|portion|part\s+of|parcial|parziale|partielle)(?![\w])"
)
_PRICE_AFTER = re.compile(
    # (a close's price in brackets after "here": "secure 20 % here (1.2344)")
    r"(?:at(?:[ \t]+market)?|@|around|price[:\s]*|to|here[ \t]*\("
    r"|exit(?:\s+(?:price|level))?\s*[:=]?"
    # a labelled hit level ("Reached: 148.58"), a share's price in brackets after it ("60%
    # closed (33.97)"), a fill's price with its decimals after "filled" ("stop hit, filled
    # 0.12602"; "filled 2 orders" is a count)
    r"|reached[ \t]*[:=]|closed[ \t]*\(|filled[ \t]+(?=\$?\d[\d,]*\.\d)"
    # a close's price after its check mark: "closed ✅ 15.653 (+2.8%)" (with its decimals)
    r"|closed[ \t]*(?:✅|✔\ufe0f?)[ \t]*(?=\$?\d[\d,]*\.\d)"
    # the average entry after a fill: "Entry 2 ✅ — average entry 25.487"
    r"|(?:average|avg|blended)\s+entry\s*[:=≈~]?"
    # a bot's labelled fill line under a hit or stop header: "Filled: 610.7", "Fill price — 0.06",
    # "Executed at: 1.2", "Avg. fill: 14.2", "Average fill price: 3.1" (the label needs its
    # separator: "Filled 2/3" counts orders)
    r"|(?:(?:avg\.?|average)[ \t]+)?fill(?:ed)?(?:[ \t]+price)?[ \t]*[:=—–]"
    r"|executed(?:[ \t]+(?:at|price))?[ \t]*[:=—–])\s*\$?(\d[\d,]*(?:\.\d+)?|\.\d+)"
    # (a share is no price: "exit 20% at 0.508" is at 0.508; nor a count: "filled: 2/3")
    r"(?![\d,.]*[ \t]?%)(?![ \t]*(?:/|of[ \t]))",
    re.I,
)


# "trailing stop activated at 2.41", "trailing SL now active from …", "trailing stop activation",
# "trailing stop armed at 10.005 (callback 0.5%)"
_TRAILING_ACTIVE = re.compile(
    r"(?:trail(?:ing)?[\s\-]*(?:stop(?:[\s\-]*loss)?|sl)|(?<![\w])tsl)\b"
    r"(?:[^\n]{0,30}?\b(?:activ(?:e|ated|ation)|armed)\b|[^\S\n]+(?:is[^\S\n]+)?on\b"
    # (not "Trailing SL on #NEAR raised to 5.329": the stop moved to a price on a coin)
    r"(?![^\S\n]+(?!for\b)[#$]?[\w/]+[^\S\n]+(?:raised|lowered|moved|set|now)\b))"
)


# the stop moved into profit, no level said: "SL is in profit now", "stop into profit"
_IN_PROFIT = (
    r"(?![\w])(?P<moved>[ \t]+(?:(?:is|now|moved|set|placed)[ \t]+)*in(?:to)?[ \t]+(?:the[ \t]+)?"
    r"profit(?![\w]))"
)
_STOP_IN_PROFIT = re.compile(_STOP + _IN_PROFIT)
# with its level after it ("SL in profit at 613.7", "SL into profit → 0.537", "SL moved into
# profit (3351.81)", "SL in profit at TP1"): read as the stop moved to that level
_STOP_IN_PROFIT_AT = re.compile(
    _STOP + _IN_PROFIT + r"(?P<to>[ \t]*(?:now[ \t]+)?(?:at|@|→|->|:|=|\()?[ \t]*)"
    r"(?=\$?\d|\.\d|(?:tp|target)[ \t]*\d)"
)


# "trail the stop", "trailing your SL", "Trail stop": the stop moved along with the price
# ("tighten your stops": moved closer, to a price the text may not say)
_TRAIL_STOP = re.compile(
    r"(?<![\w])(?:trail(?:ing)?|tighten(?:ing)?)[ \t]+(?:the[ \t]+|your[ \t]+|our[ \t]+|my[ \t]+)?"
    r"(?:stop(?:[\s\-]*loss)?|stoploss|sl)s?(?![\w])"
)


# After a close word: a candle's close ("close above 64k") or a closed door ("closed for new
# members"), not a position closed.
# After "closed": the trades so called, no close ("closed trades go to #results", "all closed
# calls are archived")
_CLOSED_WHAT = re.compile(r"[\s\-]+(?:trades|calls|positions|signals|setups|deals)(?![\w])")
_NOT_A_CLOSE = re.compile(
    r"\s+(?:above|below|under|over|for|(?:the|this)\s+(?:day|week|month|year))(?![\w])"
    # a label ("Close: 0.5581"), not a share closed ("Partial close: 50% of SOL at 152.4",
    # "Closed: 30% @ 0.3819", "Closed: 25% at 1.204", a bot's "Closed: 25%" line)
    r"|\s*:(?!\s*\d{1,3}(?:[.,]\d+)?\s*%(?:\s+(?:of\s|at\s|@)|[ \t]*(?:\n|$)))"
)
# After a close word: a thing that is no position ("close the app and stop trading for the day")
_CLOSE_NO_POSITION = re.compile(
    r"\s+(?:the|your|my|our)\s+(?:apps?|laptop|charts?|screens?|tabs?|terminal|computer|pc"
    r"|phone|telegram|door|doors)(?![\w])"
)
# Before "closed": an amount of one side's positions ("$15.8M of short positions closed", "in
# longs closed"): the market's traders, not this trade
_CROWD_BEFORE = re.compile(r"(?:of|in)\s+(?:long|short)s?(?:\s+positions)?\s+(?:were\s+|got\s+)?$")
# Before a close word: a candle's close ("weekly close", "1D close", "4h candle close").
_CANDLE_BEFORE = re.compile(r"(?:daily|weekly|monthly|candle|\d{1,2}\s?[hdwm]|h\d|d1|w1)\s+$")


# a target named as not reached ("before TP3", "TP2 skipped", "almost hit TP2"): blanked, the
# rest read again (unreached_targets.py)
_UNREACHED_HINTS = (*unreached_targets.HINTS, *unreached_targets.HINTS_MORE)


def _blanked_as(text: str, lower: str, blanked: str) -> str:
    """``text`` with the characters ``blanked`` (``lower`` with some spans blanked) blanks."""
    if len(text) != len(lower):
        return blanked
    return "".join(
        " " if b == " " and c != " " else t for t, c, b in zip(text, lower, blanked, strict=True)
    )


def _has(lower: str, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` stands anywhere in ``lower``. (A substring test per word, the
    likeliest first, stops at the first found: faster than one regex of them all, which the
    engine tries at every position where one of their common first letters stands.) A word
    of a listed tuple (:data:`_ONE_BYTE`) with a character beyond ASCII is tested only where
    that character stands in the text: never in an ASCII text (most messages); a text beyond
    ASCII is tested through its one-byte form (:func:`_has_beyond_ascii`)."""
    known = _ONE_BYTE.get(id(words))
    if known is not None and known[0] is words:  # (a tuple not listed: every word is tested)
        if not lower.isascii():
            return _has_beyond_ascii(lower, known)
        words = known[1]
    for word in words:  # noqa: SIM110  (a loop: faster than any() over a generator)
        if word in lower:
            return True
    return False


def _one_byte(text: str) -> str:
    """``text``'s UTF-8 bytes as one character each: a word stands in ``text`` exactly where
    its own one-byte form stands in this (UTF-8 lets no character's bytes start inside
    another's)."""
    return text.encode("utf-8", "surrogatepass").decode("latin-1")


# A tuple of hint words, its ASCII words, its other words' one-byte forms by their first
# character beyond ASCII, and those characters
_HintForms = tuple[tuple[str, ...], tuple[str, ...], dict[str, tuple[str, ...]], frozenset[str]]


def _hint_forms(words: tuple[str, ...]) -> _HintForms:
    """``words``, its ASCII words, and the one-byte forms of its other words by their first
    character beyond ASCII (with those characters): a word can only stand in a text that
    holds each of its characters."""
    wide: dict[str, list[str]] = {}
    for word in words:
        if not word.isascii():
            first = next(char for char in word if not char.isascii())
            wide.setdefault(first, []).append(_one_byte(word))
    by_char = {char: tuple(forms) for char, forms in wide.items()}
    return words, tuple(w for w in words if w.isascii()), by_char, frozenset(by_char)


_WIDE_CHAR = re.compile(r"[^\x00-\x7f]")
# The last text made one-byte, with its form and its characters beyond ASCII (one tuple, read
# and replaced whole): the hint tests of one reading share them
_LAST_ONE_BYTE: list[tuple[str, str, frozenset[str]]] = [("", "", frozenset())]


def _has_beyond_ascii(lower: str, known: _HintForms) -> bool:
    """:func:`_has` of a text beyond ASCII (an emoji, another script), whose characters are
    stored two or four bytes wide: each substring test would first copy the word that wide;
    the text made one-byte once (:func:`_one_byte`) is tested with the words' own one-byte
    forms, as they stand — an ASCII word's is the word, a wider word's is tested only when
    the text holds its first character beyond ASCII."""
    last = _LAST_ONE_BYTE[0]
    if last[0] is not lower:
        last = _LAST_ONE_BYTE[0] = (lower, _one_byte(lower), frozenset(_WIDE_CHAR.findall(lower)))
    text = last[1]
    for word in known[1]:
        if word in text:
            return True
    by_char = known[2]
    for char in known[3].intersection(last[2]):
        for word in by_char[char]:
            if word in text:
                return True
    return False


# Substrings each pattern needs: a pattern only runs when one is present (keeps chatter cheap).
_CANCEL_HINTS = (
    *("cancel", "enter", "invalid", "отмен", "pull", "scrap", "void", "remov", "delet", "withdr"),
    *("expired", "timeout", "timed out", "signal closed", "closed without"),
    *("ignore", "disregard", "scratch", "forget", "mistake", "meant for"),
    *("call off", "called off", "calling off", "call it off", "call this", "calling this"),
    *("call is off", "missed"),
    *("iptal", "batal", "hủy", "کنسل", "لغو", "取消", "скасов", "annul", "anul", "취소"),
    "إلغاء",  # Arabic "إلغاء الصفقة" (the trade cancelled)
    "stornier",
    *("キャンセル", "ยกเลิก", "कैंसिल", "रद्द"),
)
_STOP_HINTS = (
    *(
        "sl",
        "s/l",
        "stop",
        "стоп",
        "止损",
        "止損",
        "停損",
        "손절",
        "損切",
        "ستوب",
        "استاپ",
        "ضرر",
        "وقف",
    ),
    *("ストップ", "스탑", "स्टॉप", "cắt lỗ", "zarar kes"),
)
_TARGET_HINTS = (
    # the likeliest first: the test stops at the first found
    *("target", "tp", "✅", "alvo", "objetivo", "meta", "hedef", "тп", "цел", "✔", "☑"),
    *("止盈", "目标", "익절", "목표", "利確", "目標", "停利", "เป้า", "maqsad", "мақсат", "lengo"),
    *("take profit", "take-profit", "тейк", "ziel", "objectif", "mục tiêu", "هدف"),
    *("تی پی", "تارگت"),  # Persian "TP" and "target" in Persian letters
    *("ținta", "ţinta", "tinta", "cél", "cíl", "mål", "tavoite", "циљ", "მიზანი"),
    *("cel", "doel", "cieľ", "tikslas", "ціль", "цел", "στόχος", "יעד"),
)
_CLOSE_HINTS = (
    "clos",
    *("cerr", "cierr", "fech", "kapat", "đóng", "chốt", "ببند", "بست", "先平", "realiz", "фикс"),
    *("amankan", "سیو", "tp manual", "flat", "out", "sold", "sell", "beband", "bastim"),
    "squar",
    # a trade told over (CLOSE): "trade complete", "the trade is finished", "trade done"
    *("trade complete", "trade is complete", "trade finished", "trade is finished", "trade done"),
    "جني",  # Arabic "جني 50%" (a share of the profits reaped)
    *("закри", "sluit", "geslot", "nchi", "익절", "利確"),
    *("chiud", "chius", "ferm", "geschlossen", "sécuris", "deal"),
    "scal",
    "exit",
    "lock",
    "cut",
    "trim",
    "halve",
    "cover",
    "partial tp",
    "bank",
    "reduc",
    "get out",
    "parcial",
    "mitgenommen",
    "alındı",
    "ambil",
    "zamyka",
    "lock",
    "平仓",
    "平倉",
    "ปิด",
    "غلاق",
    "غلق",  # Arabic "أغلق الصفقة" (close the trade)
    "book",
    "take",
    "taking",
    "took",
    "secure",
    "закры",
    "cerrar",
    "fechar",
    "fermer",
    "schlie",
    "tutup",
    "kâr al",
    "kar al",
)


# Words one of which the lower-cased text holds whenever :func:`match_action` can report a
# signal as over (a cancel, the stop hit, a target hit): each is written in CANCEL, STOP_HIT,
# ALL_TARGETS, TARGET_HIT or _HIT_WORD and a match of that pattern holds it — except for the
# signs and stop labels below and "🎯", which signals write too: :func:`may_report_done` checks
# each where it can report a hit.
DONE_WORDS = (
    *("cancel", "invalidated", "отмена", r"t\s+enter", "stopped", "hit", "reached"),
    *("taken", "closed", "touched", "achieved", "done", "smashed", "tagged"),
    # a target passed through: "SUI flew through TP3 & TP4" (_HIT_THEN_TARGET)
    *("flew", "blew", "sliced", "ripped"),
    # the stop taken by the price: "SOL took out our SL" (STOP_HIT)
    *("took", "knocked"),
    *("сработал", "выбит", "достигнута", "выполнена", "atingido"),
    *("alcanzado", "alcançado", "alındı", "达成", "达到", "완료", "達成"),
    *("acionado", "tocado", "oldu", "出局", "出場", "出场", "觸發"),
    *("hunted", "kena", "preso", "presa", "colpito", "dính", "saltó", "salto", "выбило"),
    *("ausgestoppt", "خورد"),
    # Romanian, Hungarian, Czech, Swedish, Finnish, Serbian, Georgian hits and stops hit
    *("atins", "elérve", "splněn", "nått", "saavutettu", "достигнут", "მიღწეულია"),
    *("aktiválódott", "zasažen", "laukesi", "погођен", "slog till"),
    *("osiągnięty", "bereikt", "splnený", "pasiektas", "досягнута", "постигната"),
    *("επιτεύχθηκε", "הושג", "aktywowany", "geraakt", "zasiahnutý", "спрацював", "ударен"),
    "χτυπήθηκε",
    *("gaya", "gya"),  # Hindi and Urdu in Latin letters: "aa gaya", "lag gaya"
)
# Check marks and crosses that head a signal's lines ("✅ 0.5724", "❌ 0.5475"), and stop labels
# ("止损", "손절", "損切り", "Trigger:") that are hit words only in some matches ("SL ❌", "TP2 ✅",
# "止损触发", "triggered"): where one stands and no word above does, the patterns that can read a
# hit with them are asked themselves (a few signals), not the whole follow-up reading.
DONE_SIGNS = ("✅", "❌", "⛔", "✔", "☑", "✓", "trigger", "止损", "손절", "損切り")
# Hit words of bots' notices and of targets named by an ordinal word (TARGET_HIT,
# _ordinal_target, _HIT_WORD): looked for with a substring test each after the pattern above,
# which adding them to it made slower on every message (their first letters are common ones)
DONE_WORDS_MORE = (
    *("executed", "filled", "cumplido", "взял", "взят", "geldi", "erreicht", "atteint"),
    "raggiunt",
    "ended at",  # "trade ended at SL 0.4813" (STOP_HIT)
    "banked at",  # "40% banked at TP2" (a target reached, a share closed there)
    *("destroyed", "crushed", "nailed"),  # "target 2 destroyed 🔥" (TARGET_HIT)
    # every target reached (ALL_TARGETS_ABROAD): "tüm hedefler tamamlandı", "alle Ziele
    # getroffen", "все цели выполнены"
    *("tamamlandı", "gerçekleşti", "vuruldu", "logrados", "batid", "выполнены", "отработали"),
    *("getroffen", "touchés"),
    *("tercapai", "đạt", "تحقق", "تحقيق"),
    # a setup withdrawn (CANCEL) and a share closed at a target ("Secured 40% at TP1")
    *("pull", "withdrawn", "scrap", "void", "remove", "delete", "removing", "deleting"),
    *("expired", "timeout", "timed out", "signal closed", "closed without"),
    # a posted signal withdrawn: "ignore the signal above", "posted by mistake"
    *("ignore", "disregard", "scratch", "forget", "mistake", "meant for"),
    *("call off", "called off", "calling off", "call it off", "call this", "calling this"),
    # "no fill, call is off", "entry missed, don't chase", "trade invalid" (CANCEL, review)
    *("call is off", "missed", "invalid"),
    *("secured", "booked", "took", "trimmed", "reduced", "exited", "locked in"),
    "sold",  # "sold 20% at TP1 (1.1917), rest running"
    *("cerramos", "fechamos", "realizamos", "fechando", "cerrando", "realizando"),
    # stop hits and cancels in other languages
    *("tersentuh", "tocó", "toco el", "chạm", "çalıştı", "stopou", "stopad", "bateu", "打止"),
    *("ضرر", "iptal", "batal", "hủy", "کنسل", "لغو", "取消", "отмен"),
    # Dutch, Romanian, Ukrainian, Korean, Japanese and Thai hit and cancel words
    *("geraakt", "atins", "вибило", "도달", "달성", "到達", "скасов", "geannuleerd", "anulat"),
    *("취소", "キャンセル", "ยกเลิก", "annul", "stornier"),
    *("touché", "wybit"),  # French and Polish stops hit
    # Swahili, Uzbek and Kazakh targets reached and stops hit
    *("limefikiwa", "bajarildi", "орындалды", "imeguswa", "imegongwa", "ishladi", "urildi"),
    "қосылды",
    *("हिट", "कैंसिल", "रद्द"),  # Hindi: a hit, a cancel
    # Turkish, Spanish and Korean stops hit, Persian and Arabic hits, an Arabic cancel
    *("patlad", "stope", "터짐", "터졌", "تاچ", "ضرب", "إلغاء"),
)
# DONE_WORDS and DONE_WORDS_MORE (literal words) as two searches, gathered by first character:
# those opening with an ASCII character, and the others (Cyrillic, Han, Hangul…). The engine
# walks every branch at each position where one of the pattern's first characters stands:
# one pattern of both walked the 36 branches of other scripts at every ASCII letter too. The
# other scripts' words are looked for only in a text beyond ASCII (where the second search
# skips every ASCII character at once); either found is what one search of them all found.
_DONE_FRAGMENTS = DONE_WORDS + tuple(map(re.escape, DONE_WORDS_MORE))
_DONE_WORDS_ASCII = re.compile(
    by_first_character(tuple(word for word in _DONE_FRAGMENTS if word[0].isascii()))
)
_DONE_WORDS_WIDE = re.compile(
    by_first_character(tuple(word for word in _DONE_FRAGMENTS if not word[0].isascii()))
)
# "🎯" reports a hit in TARGET_HIT after a target's number on its line, or as _HIT_WORD
# beside an English ordinal (_ordinal_target), whose every ordinal ends in "st", "nd", "rd" or "th".
_BULLSEYE_AFTER_NUMBER = re.compile(r"\d[^\n]{0,20}🎯")
_SIGNED_BEFORE = re.compile(r"\+\s?\d[\d.,]*\s?$")
_RESULT_THEN_TARGET = re.compile(r"\+\s?\d[\d.,]*\s?%[^\n(]{0,24}\(\s*(?:tp|target)\s*\d")
_ORDINAL_TARGET_END = re.compile(r"(?:st|nd|rd|th)\s+(?:target|tp|take)")


# a target's number circled ("Target ② reached", "TP ❷ ✅", "TP ➋"): read as its digit, one
# character for one (every position found in the text stays where it was)
_CIRCLED = re.compile(r"[①-⑨❶-❾➀-➈➊-➒]")
_CIRCLED_AS_DIGITS = str.maketrans(
    {chr(first + i): str(i + 1) for first in (0x2460, 0x2776, 0x2780, 0x278A) for i in range(9)}
)


# an exchange's order named by the stop or a target ("SL order triggered ❌", "Take-profit order
# 2 executed", "stop order hit"): the order word is read as if not written — the stop hit or
# the target reached, never an entry order filled
_STOP_OR_TARGET_ORDER = re.compile(
    r"(?<![\w])(?:stop[\s\-]*loss|stop[\s\-]*market|stop|sl|take[\s\-]*profit|tp\d?)[ \t]+"
    r"(order)(?![\w])"
)


def without_order_word(lower: str, text: str | None = None) -> str:
    """``lower`` (or ``text``, at the same positions) with the order word after a stop or a
    target blanked."""
    if "order" not in lower:
        return lower if text is None else text
    out = lower if text is None else text
    for m in _STOP_OR_TARGET_ORDER.finditer(lower):
        a, b = m.span(1)
        out = out[:a] + " " * (b - a) + out[b:]
    return out


# a target told by "t" and its number, ticked: "t2 ✅✅", "t1 ✔️ t2 ✔️" (channels' shorthand)
# (not after a condition: "Move SL to entry after T1 ✅" is a card's plan)
_SHORT_TICKED_TARGET = re.compile(
    r"(?<![\w])(?<!after )(?<!once )(?<!when )(?<!if )(?<!until )(?<!before )([t])([1-9])[ \t]"
    r"(?=[✅✔])",
    re.I,
)


def short_ticked_targets(text: str) -> str:
    """``text`` with each ticked "t2 ✅" written "tp2✅", at the same positions."""
    return _SHORT_TICKED_TARGET.sub(lambda m: f"{m.group(1)}p{m.group(2)}", text)


def circled_as_digits(lower: str) -> str:
    """``lower`` with every circled digit as its digit."""
    if lower.isascii() or _CIRCLED.search(lower) is None:
        return lower
    return lower.translate(_CIRCLED_AS_DIGITS)


def holds_done_word(lower: str) -> bool:
    """Whether a word of DONE_WORDS or DONE_WORDS_MORE stands in ``lower``."""
    return _DONE_WORDS_ASCII.search(lower) is not None or (
        not lower.isascii() and _DONE_WORDS_WIDE.search(lower) is not None
    )


def may_report_done(lower: str) -> bool:
    """False when :func:`match_action` cannot find a cancel, a stop hit or a target hit in the
    lower-cased ``lower``: a quick test that spares signals the full reading."""
    lower = without_order_word(circled_as_digits(lower))
    if " t" in lower and ("✅" in lower or "✔" in lower):
        lower = short_ticked_targets(lower)  # "t2 ✅✅": as match_action reads it
    if holds_done_word(lower):
        return True
    if len(lower) <= _PRICE_ALONE_AT_MOST and _ICON_TARGET.fullmatch(lower.strip()):
        return True  # "💰 TP2": a target alone after a money icon
    if "🎯" in lower and (
        _BULLSEYE_AFTER_NUMBER.search(lower) or _ORDINAL_TARGET_END.search(lower)
    ):
        return True
    if "%" in lower and "(" in lower and _RESULT_THEN_TARGET.search(lower):
        return True  # "SOL +32% 🚀 (TP2)"
    if may_be_together(lower):
        return True  # "take profit 1 and 2 together 🔥" (targets_together)
    if target_at_price(lower) is not None and _closed_told(lower) is not None:
        return True  # "TP2 @ 25.31 | closed 30%": the target named before its price, closed
    if "+" in lower and ("=" in lower or "💰" in lower) and _RESULT_AFTER_TARGET.search(lower):
        return True  # "TP3 = +35.5% ROE", "TP1 💰 +328.24 USDT"
    return _has(lower, DONE_SIGNS) and _sign_reports_hit(lower)


# a target told with its signed result after "=" or a money bag (a branch of TARGET_HIT)
_RESULT_AFTER_TARGET = re.compile(
    r"(?:tp|target)[ \t]*\d{1,2}[ \t]*(?:=|💰)[ \t]*\+[ \t]*\d[\d.,]*[ \t]*(?:%|usdt|\$|r(?![\w]))"
)


# What a match of STOP_HIT holds when it holds none of DONE_WORDS ("SL ❌", "Stoploss ⛔",
# "SL triggered", "止损触发", "已止损", "손절 처리", "損切り済"), and of STOP_HIT_AT_BE ("out at
# BE", "BE triggered")
_STOP_SIGN_HINTS = ("❌", "⛔", "triggered", "触发", "已止", "처리", "執行", "済")
_BE_SIGN_HINTS = ("out", "triggered")
# the stop at its level, then triggered: "SL at entry triggered", "stop at 0.512 triggered"
_STOP_AT_LEVEL_TRIGGERED = re.compile(
    _STOP + r"(?![\w])\s+at\s+(?:entry|be|breakeven|\$?\d[\d.,]*)\s+(?:was\s+|got\s+)?triggered"
)


def _sign_reports_hit(lower: str) -> bool:
    """Whether a hit can be read where only a sign or a stop label of DONE_SIGNS stands: each
    pattern that reads a hit with one is asked, where the words its match needs stand."""
    if len(lower) <= _ICONS_AT_MOST:
        return True  # "🎯🎯✅" (:func:`_icons`)
    if _has(lower, _STOP_SIGN_HINTS) and STOP_HIT.search(lower) is not None:
        return True
    if _has(lower, _BE_SIGN_HINTS) and (
        STOP_HIT_AT_BE.search(lower) is not None
        or BE_STOP_HIT.search(lower) is not None
        or _STOP_AT_LEVEL_TRIGGERED.search(lower) is not None
    ):
        return True  # ("Break-even stop on DOGE triggered", "SL at entry triggered")
    check = "✅" in lower or "✔" in lower or "☑" in lower or "✓" in lower
    if (check or "trigger" in lower) and TARGET_HIT.search(lower) is not None:
        return True  # "TP2 ✅", "✅ TP 2", "TP1 triggered at 3450" ("TP2 🎯": above)
    if check and ":" in lower and "target" in lower and _TARGET_BOARD.search(lower) is not None:
        return True  # "Targets: 1 ✅ | 2 ⏳"
    if check and _has(lower, _NOUNS_AFTER_NUMBER) and _NUMBER_BEFORE_NOUN.search(lower):
        return True  # "2차 목표 ✅"
    # "2nd target ✅", "segundo alvo 🎯" (_HIT_WORD)
    return (check or "🎯" in lower) and _ordinal_target(lower) is not None


def _stop_set(lower: str) -> int | None:
    """Where the price of a stop set without "to" starts ("Set SL 0.512", "SL now 1.549", a
    reply "SL 0.512" alone), or None."""
    if len(lower) <= _STOP_ALONE_AT_MOST:
        alone = STOP_ALONE.match(lower.strip())
        if alone is not None:
            return alone.end() + (len(lower) - len(lower.lstrip()))
    if "set" in lower or "now" in lower or "seviye" in lower:
        m = _word_start(lower, STOP_SET.search(lower))
        if m is not None:
            return m.end()
    return None


def _word_start(lower: str, m: re.Match[str] | None) -> re.Match[str] | None:
    """``m`` when it starts a word ("close", not the "close" of "disclose"); a word of a script
    written without spaces ("信号取消", "手动平仓") starts wherever it stands."""
    if m is None or m.start() == 0 or not lower[m.start() - 1].isalpha():
        return m
    first = lower[m.start()]
    if (
        "\u3000" <= first <= "\u9fff"
        or "\uac00" <= first <= "\ud7af"
        or "\u0e00" <= first <= "\u0e7f"
    ):
        return m  # (CJK, kana, Hangul and Thai)
    return None


def _capital_be(text: str, m: re.Match[str], groups: tuple[int, ...]) -> bool:
    """False when one of ``groups`` of ``m`` (found in the lower-cased text) is "be" that the
    text writes in small letters: "SL: be careful", "could be hit" name no breakeven."""
    return all(m.group(i) != "be" or text[m.start(i) : m.end(i)] == "BE" for i in groups)


# "Target achieved before entering the entry zone": why a signal is cancelled, not a hit
_BEFORE_ENTRY = re.compile(
    r"[^\n]*before\s+(?:the\s+)?(?:enter\w*|entry|fill\w*|activation|trigger\w*)[^\n]*"
)


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


# after a cancel word on its line: the condition it waits for
_CANCEL_CONDITION = re.compile(r"(?<![\w])(?:if|unless|when|once|until|should)(?![\w])")
# before it: "If not filled by 18:00 UTC cancel the order", "unless it fills today, cancel"
_CONDITION_FIRST = re.compile(r"(?<![\w])(?:if|unless)(?![\w])")


def _cancel(text: str, lower: str) -> tuple[FollowUpAction, dict[str, object]]:
    """A cancel, or a cancel beside other actions ("TP1 hit ✅ cancel the rest of the orders",
    "Close ETH and cancel the pending limit"): the copy cannot apply the cancel and the rest
    together, and applying one is half the message — it goes to review."""
    first = CANCEL.search(lower)
    if first is not None:
        line_end = lower.find("\n", first.end())
        line_start = lower.rfind("\n", 0, first.start()) + 1
        if _CANCEL_CONDITION.search(
            lower, first.end(), line_end if line_end >= 0 else len(lower)
        ) or _CONDITION_FIRST.search(lower, line_start, first.start()):
            # "Cancel the order if not filled by tomorrow": a plan, not a cancel now
            return FollowUpAction.CANCEL, {"conflict": "a cancel only planned"}
    if ("remain" in lower or "rest" in lower or "other" in lower or "unfilled" in lower) and (
        _CANCEL_REMAINING.search(lower)
    ):
        # "cancel the remaining entries": the orders left of a trade already open — the copy
        # keeps what filled, which a cancel of the call would not say
        return FollowUpAction.CANCEL, {"conflict": "a cancel of the entries left of an open trade"}
    if first is not None and (
        _ONE_ENTRY.search(lower, line_start, line_end if line_end >= 0 else len(lower))
    ):
        # "entry 3 at 2.4604 cancelled — price moved away": one order of the ladder, not the
        # call; the copy keeps the entries that filled
        return FollowUpAction.CANCEL, {"conflict": "a cancel of one entry of the ladder"}
    rest = CANCEL.sub(_blank, lower)
    if not any(ch.isalnum() for ch in rest):  # "Cancelled", "cancelled ❌": nothing else
        return FollowUpAction.CANCEL, {"actions": [FollowUpAction.CANCEL]}
    if "before" in rest:
        rest = _BEFORE_ENTRY.sub(_blank, rest)
    other = match_action(text, rest)
    if other is not None and other[0] is not FollowUpAction.CANCEL:
        stated = other[1].get("actions")
        named = stated if isinstance(stated, list) else [other[0]]
        words = ", ".join(a.words for a in named)
        return FollowUpAction.CANCEL, {"conflict": f"a cancel beside another action ({words})"}
    return FollowUpAction.CANCEL, {"actions": [FollowUpAction.CANCEL]}


# the entry missed and a level to wait for: "if you missed it, wait for 6.779"
_MISSED_WAIT = re.compile(
    r"(?<![\w])missed[ \t]+(?:it|the[ \t]+entry)[^\n]{0,20}?(?<![\w])wait[ \t]+(?:for|at)"
    r"[ \t]+\$?\d"
)
# a trade told invalid (not "invalidated below 0.43", a level): "trade invalid", "setup is now
# invalid"
_TRADE_INVALID = re.compile(
    r"(?<![\w])(?:trade|setup|signal|call|idea|position)\s+(?:is\s+)?(?:now\s+)?invalid(?![\w])"
)


# a close or another course, the reader's to choose: "book or trail", "exit or hold"
_CLOSE_OR_TRAIL = re.compile(
    r"(?<![\w])(?:book|close|exit|secure|take[ \t]+profits?)(?:[ \t]+(?:profits?|it))?[ \t]+or"
    r"[ \t]+(?:trail|hold|wait|keep)(?![\w])"
)
# the entries left of a trade: "cancel the remaining entries", "remove the other limit orders",
# "cancel unfilled orders", "the rest of the entries cancelled"
_CANCEL_REMAINING = re.compile(
    r"(?<![\w])(?:the[ \t]+)?(?:remaining|other|unfilled|rest[ \t]+of[ \t]+the)[ \t]+"
    r"(?:(?:limit|buy|sell|entry|dca|pending)[ \t]+)?"
    r"(?:entries|entry[ \t]+orders|orders|limits|buys)(?![\w])"
)


# one order of a ladder named by its number: "entry 3", "Entry #2", "3rd entry", "limit 2"
_ONE_ENTRY = re.compile(
    r"(?<![\w])(?:(?:entry|buy|limit)[ \t]*#?[1-9](?![\w.,])"
    r"|[1-9](?:st|nd|rd|th)[ \t]+(?:entry|buy|limit)(?![\w]))"
)


# a time stop: the trade closed when its time ran out ("time stop", "time-based stop")
_TIME_STOP = re.compile(r"(?<![\w])time[\s\-]*(?:based[\s\-]+)?stop(?![\w])")


# A message of icons alone: "🎯🎯✅" reports target 2 (a bullseye per target and a check
# mark); money icons alone ("💰", "💰💰") may report profit taken without saying how much —
# to review; fire or rocket icons alone ("🔥", "🚀🚀") cheer and act on nothing — talk, as
# "DOGE 🔥🔥" is. A check or a cross alone ("✅", "✔️✔️", "❌", "❎", "🛑") answers the call
# above it — a target, a fill, a close, a stop or a cancel, none named: to review.
_ICONS_AT_MOST = 16
_ICONS_ONLY = re.compile(r"[🎯✅✔☑💰💵💸🤑🔥🚀❌❎✖🛑⛔\ufe0f\s]+")
_CHEERS = re.compile(r"[🔥🚀]")
_CROSSES = re.compile(r"[❌❎✖🛑⛔]")


# an action word negated: "don't close yet", "do not move SL to BE", "no need to cancel"
_NEGATED = LiteralFirst(
    r"(?<![\w])(?:don[’']?t|dont|do\s+not|does\s+not|never|no\s+need\s+to|not|won[’']?t"
    r"|shouldn[’']?t)\s+(?:\w+\s+)?(?:close[sd]?|closing|move[ds]?|moving|set|cancel\w*|take|taking"
    r"|book\w*|exit\w*|cut|trim\w*|sell|remove|touch|adjust|change|reduce|secure|get|let)(?![\w])"
    # "holding, no exit yet": no exit now
    r"|(?<![\w])no\s+exit(?![\w])"
)
_NEGATION_HINTS = ("n't", "n’t", "not", "never", "dont", "no need", "no exit")
_CLAUSE_END = re.compile(r"[,.;!|\n]")
# a price alone, with at most a mark or an icon after it
_PRICE_ALONE = re.compile(r"[$]?(?:\d[\d,]*[.,]\d+|\d{4,})\$?[^\w\n]{0,4}")
_PRICE_ALONE_AT_MOST = 24


def _icons(text: str) -> tuple[FollowUpAction, dict[str, object]] | None:
    money = any(ch in text for ch in "💰💵💸🤑")
    bullseyes = text.count("🎯")
    checked = "✅" in text or "✔" in text or "☑" in text
    crossed = _CROSSES.search(text) is not None
    cheered = _CHEERS.search(text) is not None
    if bullseyes and checked and not money and not cheered and not crossed:
        return FollowUpAction.TARGET_HIT, {
            "target_index": bullseyes,
            "actions": [FollowUpAction.TARGET_HIT],
        }
    if money or crossed or (checked and not bullseyes) or (cheered and bullseyes):
        return FollowUpAction.CLOSE, {"conflict": "icons alone, no action named"}
    return None


# Every action a follow-up can state, in the order they are listed (the first is ``action``).
ORDER = (
    FollowUpAction.CANCEL,
    FollowUpAction.STOP_HIT,
    FollowUpAction.TARGET_HIT,
    FollowUpAction.CLOSE,
    FollowUpAction.STOP_MOVED,
    FollowUpAction.ENTRY_FILLED,
    FollowUpAction.REENTRY,
)


# An instruction for when a target is reached: "After TP1 move SL to entry", "Once TP1 is hit,
# move SL to entry", "if it hits tp1 move sl to be" — not something done now
_FOR_LATER = re.compile(
    r"(?<![\w])(?:if|once|when|after|until|as\s+soon\s+as)\s+(?:[a-z]+\s+){0,3}?"
    r"(?:tp|target|take[\s\-]*profit)\s*\d{0,2}(?![\w])"
    # "close 50% if it reaches 0.048384", "once price hits 150": a price not reached yet
    r"|(?<![\w])(?:if|once|when|as\s+soon\s+as)\s+(?:it|price|the\s+price)\s+"
    r"(?:reaches|hits|touches|tags|gets\s+to|trades\s+at)\s+\$?\d"
)
# what a report holds and a plan does not: a check mark or a verb in the past
# ("price never reached the entry in 48 hours": what did not happen, told as done)
_REPORTED = re.compile(
    r"✅|✔|(?<![\w])(?:moved|booked|closed|secured|taken|done|stopped"
    r"|never[ \t]+(?:reached|filled|hit|triggered|touched))(?![\w])"
)
_FOR_LATER_HINTS = ("if ", "once", "when", "after", "until", "as soon")
# the stop hit after a target was reached, told as done: "hit SL after TP1, still in profit",
# "SL hit after TP2" (no condition word: "if we hit SL after TP1" stays a plan)
_STOP_HIT_AFTER_TARGET = re.compile(
    r"(?<![\w])(?:hit[ \t]+(?:the[ \t]+|our[ \t]+)?(?:sl|stop(?:[ \t\-]*loss)?)"
    r"|(?:sl|stop(?:[ \t\-]*loss)?)[ \t]+(?:was[ \t]+|got[ \t]+)?hit)[ \t]+after[ \t]+"
    r"(?:tp|target)[ \t]*\d(?![\w])"
)
_CONDITION_WORDS = ("if ", "once", "when", "until", "as soon", "unless")


def _stop_hit_after_target(lower: str) -> bool:
    """Whether ``lower`` tells its stop hit after a target (done, not planned)."""
    return (
        "hit" in lower
        and not any(w in lower for w in _CONDITION_WORDS)
        and _STOP_HIT_AFTER_TARGET.search(lower) is not None
    )


# advice to some of the readers: "If you're still in ETH, consider closing here", "Those who
# entered late can move SL to entry", "Anyone still holding may want to take some profit"
_SOME_READERS = re.compile(
    r"(?<![\w])(?:those\s+who|anyone|whoever|late\s+entr\w*|if\s+you(?:'re|’re|\s+are)?)(?![\w])"
)
_SOME_READERS_HINTS = ("those who", "anyone", "whoever", "late entr", "if you")


# a time to come: "Closing ARB at the weekly open tomorrow", "we cancel tonight", "on Monday"
_LATER_TIME = re.compile(
    r"(?<![\w])(?:tomorrow|tonight|later\s+(?:today|tonight|this\s+week)"
    r"|next\s+(?:week|month|candle|session)|on\s+(?:monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)|in\s+(?:\d+|a\s+few|a\s+couple\s+of)\s+(?:hours?|days?|minutes?|mins?)"
    # "Hold SOL until Friday, then we close"
    r"|until\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+weekend))"
    r"(?![\w])"
)
_LATER_HINTS = ("tomorrow", "tonight", "later", "next ", "day", " in ")
_NOW = re.compile(r"(?<![\w])now(?![\w])")
# an exit timed before an event or a candle's close: "Close SOL before the weekend", "close
# before the FOMC, 18:00 UTC", "exit before the daily close", "close 50% before CPI" — the copy
# cannot wait for the hour ("closed ahead of the weekend at 4.21" is told as done)
_BEFORE_TIME = re.compile(
    r"(?<![\w])(?:before|ahead[ \t]+of|by)[ \t]+(?:the[ \t]+|this[ \t]+|today'?s[ \t]+)?"
    r"(?:week-?end|(?:daily|weekly|monthly|session|market|us|ny|london|asia)[ \t]+(?:candle[ \t]+)?"
    r"(?:close|open)|fomc|cpi|ppi|nfp|news|funding|end[ \t]+of[ \t]+(?:the[ \t]+)?(?:day|week)"
    r"|eod|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\w])"
)
_BEFORE_HINTS = ("before", "ahead of", " by ")
_ACTING_NOW = re.compile(r"(?<![\w])(?:closing|exiting|cutting|selling|booking)(?![\w])")


def for_later(text: str, lower: str) -> str:
    """What a follow-up holds when it is an instruction for when a target is reached, not a
    report ("After TP1 move SL to entry"), for a time to come ("Closing ARB at the weekly open
    tomorrow"), or advice to some readers ("Those who entered late can move SL to entry"): the
    copy must not act on it now; "" otherwise."""
    if (
        _has(lower, _FOR_LATER_HINTS)
        and _FOR_LATER.search(lower)
        and not _REPORTED.search(lower)
        and not _stop_hit_after_target(lower)
    ):
        return "an instruction for when a target is reached, nothing to do now"
    if (
        _has(lower, _LATER_HINTS)
        and (later := _LATER_TIME.search(lower))
        and not _REPORTED.search(lower)
        # "close now, CPI in 30 minutes": the time is the news', the close is now
        and not (later.group().startswith("in") and _NOW.search(lower))
    ):
        return "an update for a time to come, nothing to do now"
    if (
        _has(lower, _BEFORE_HINTS)
        and _BEFORE_TIME.search(lower)
        and not _REPORTED.search(lower)
        # "flat before the Friday close — close $ATOM now", "Closing … at … before the
        # weekend": the close is done now, the time only its reason
        and not _NOW.search(lower)
        and not _ACTING_NOW.search(lower)
    ):
        return "an exit timed before an event or a close, nothing to do now"
    if _has(lower, _SOME_READERS_HINTS) and _SOME_READERS.search(lower):
        return "advice to some of the readers, not an instruction for every copy"
    return ""


# A leverage changed for a trade already open ("Reduce leverage to 10x", "Снижаем плечо до 5x",
# "kaldıracı 5x'e düşürün", "杠杆降到5倍", "Use 5x max from now on"): a copy keeps the leverage it
# opened with, so the message goes to review rather than being dropped as talk
_LEVERAGE_WORD = re.compile(
    r"leverage|(?<![\w])lev(?![\w])|плеч\w*|kaldıra\w*|apalancamiento|alavancagem|đòn\s+bẩy|杠杆"
    r"|槓桿|اهرم"
)
_LEVERAGE_HINTS = (
    "lev",
    "плеч",
    "kaldıra",
    "apalanc",
    "alavanc",
    "đòn bẩy",
    "杠杆",
    "槓桿",
    "اهرم",
)
_LEVERAGE_CHANGE_VERB = re.compile(
    r"(?<![\w])(?:reduc\w*|lower\w*|decreas\w*|increas\w*|rais\w*|chang\w*|adjust\w*|switch\w*"
    r"|сниж\w*|сниз\w*|уменьш\w*|повыш\w*|увелич\w*|düşür\w*|artır\w*|baj\w+|sub\w+"
    r"|reduz\w*|aument\w*|giảm|tăng|turunkan|naikkan|کاهش|افزایش)(?![\w])|降|提高|调|調"
)
_LEVERAGE_VALUE = re.compile(
    r"\d{1,3}[ \t]*[x×х](?![\w])|(?<![\w])[x×х][ \t]*\d{1,3}(?![\d])|\d{1,3}[ \t]*倍"
)
_USE_AT_MOST = re.compile(r"(?<![\w])use[ \t]+\d{1,3}[ \t]*x[ \t]+(?:max|only|leverage)(?![\w])")


def leverage_change(lower: str) -> bool:
    """Whether ``lower`` changes the leverage of a trade ("Reduce leverage to 10x")."""
    if ("x max" in lower or "x only" in lower) and _USE_AT_MOST.search(lower):
        return True
    if not _has(lower, _LEVERAGE_HINTS) or _LEVERAGE_VALUE.search(lower) is None:
        return False
    # the verb and the leverage word in one clause ("Leverage kills. Use 3-5x max" is advice)
    for word in _LEVERAGE_WORD.finditer(lower):
        start = max(0, word.start() - 30)
        end = word.end() + 30
        for cut in _SENTENCE_END.finditer(lower, start, end):
            if cut.start() < word.start():
                start = cut.end()
            else:
                end = cut.start()
                break
        if _LEVERAGE_CHANGE_VERB.search(lower, start, end) is not None:
            return True
    return False


_SENTENCE_END = re.compile(r"[.!?;\n](?!\d)")


# The stop taken away: "Remove the stop loss", "no SL for now, I'm managing it manually" — a
# copy keeps its stop; never read as a cancel of the trade
_STOP_REMOVED = re.compile(
    r"(?<![\w])(?:remov\w*|delet\w*|cancel\w*)\s+(?:the\s+|your\s+|my\s+|our\s+)?"
    + _STOP
    # (not a move: "removed the stop to entry" says where it went)
    + r"(?![\w])(?!\s*(?:to|at|up|down|➜|->|→|=)(?![\w]))"
    + r"|(?<![\w])(?:no|without\s+(?:a\s+)?)\s*"
    + _STOP
    + r"(?![\w])[^\n\d]{0,12}?(?:for\s+now|anymore|from\s+now|now|manag"
    # (not a card's plan without one: "No stop here: we average down if it dips")
    + r"|here(?![^\n\d]{0,16}?(?:averag|dca|add(?:ing)?\s+more)))"
    # the stop named first: "SL removed by the lead trader", "stop loss was deleted"
    + r"|(?<![\w])"
    + _STOP
    + r"(?![\w])\s+(?:was\s+|has\s+been\s+|is\s+)?(?:removed|deleted)(?![\w])"
)
_STOP_REMOVED_HINTS = ("remov", "delet", "cancel", "no ", "without")


def stop_removed(lower: str) -> bool:
    """Whether ``lower`` takes the stop away ("Remove the stop loss on #ETH")."""
    return _has(lower, _STOP_REMOVED_HINTS) and _STOP_REMOVED.search(lower) is not None


# the stop set at a distance in percent, not at a price: "move SL to +2%", "SL to entry
# +0.5%", "SL now 1.5% below entry", "trail SL 3% behind price" (no digit between the stop
# and the distance: "new SL 0.498 (-1.5% from entry)" names its price)
_STOP_AT_PERCENT = re.compile(
    r"(?<![\w])(?:sl|stop(?:[ \t\-]*loss)?)(?![\w])[^\n%\d]{0,24}?"
    r"(?:(?<![\w])to[ \t]+(?:(?:entry|be|breakeven|b/e)[ \t]*)?[+\-−]?[ \t]?\d{1,2}(?:[.,]\d+)?"
    r"[ \t]?%|(?<![\w.,])\d{1,2}(?:[.,]\d+)?[ \t]?%[ \t]+(?:below|above|under|over|behind)(?![\w]))"
)


def stop_at_percent(lower: str) -> bool:
    """Whether ``lower`` sets the stop at a distance in percent rather than at a price."""
    return ("sl" in lower or "stop" in lower) and _STOP_AT_PERCENT.search(lower) is not None


# two calls named by their numbers: "Signal #2383 and #2402: TP1 ✅", "#41, #44 & #52 — SL hit"
_TWO_CALL_NUMBERS = re.compile(r"#\d{1,6}[ \t]*(?:,|&|\+|/|and)[ \t]*#\d{1,6}(?!\d)", re.I)


def two_coins(text: str, lower: str | None = None) -> str:
    """What a follow-up that names two coins holds ("#INJ TP1 ✅ / #SEI stopped out ❌",
    "ORDI and TIA both hit TP1"): two coins' updates pasted together, whose actions are never
    applied to one coin's copy; "" for one coin or none. (Asked of a follow-up only, not of
    every signal the follow-up words are looked for in.)"""
    if "#" in text and _TWO_CALL_NUMBERS.search(text) is not None:
        return "updates of two calls named by their numbers"
    coins = follow_up_coins(text, lower)
    if len(coins) < 2 and "[" in text:
        coins |= bracketed_coins(text)  # "[ARB] TP3 ✅  [BONK] entry filled"
    return f"updates of two coins ({' and '.join(sorted(coins))})" if len(coins) > 1 else ""


def match_action(
    text: str, lower: str | None = None, may_be_done: bool | None = None
) -> tuple[FollowUpAction, dict[str, object]] | None:
    """The follow-up ``text`` announces and its details, or None. ``lower`` is
    ``lowered(text)`` when the caller has it, ``may_be_done`` what :func:`may_report_done`
    said of it. ``extra["actions"]`` lists every action the text states ("TP1 hit, book 30 %
    and move the stop to entry": a target hit, a close and a stop moved), the returned action
    first."""
    if lower is None:
        lower = lowered(text)
    lower = circled_as_digits(lower)  # "Target ② reached", "TP ❷ ✅"
    if " t" in lower and ("✅" in lower or "✔" in lower):
        text, lower = short_ticked_targets(text), short_ticked_targets(lower)  # "t2 ✅"
    if "order" in lower:  # "SL order triggered": the stop hit, no entry order
        text, lower = without_order_word(lower, text), without_order_word(lower)
    if not may_be_done and not may_name_action(text, lower):
        return None  # (talk: no word any action below is read with)
    if len(text) <= _ICONS_AT_MOST and _ICONS_ONLY.fullmatch(text):
        return _icons(text)
    if len(text) <= _PRICE_ALONE_AT_MOST and (icon := _ICON_TARGET.fullmatch(lower.strip())):
        return FollowUpAction.TARGET_HIT, {
            "target_index": int(icon.group(1)),
            "actions": [FollowUpAction.TARGET_HIT],
        }
    if len(text) <= _COIN_OUT_AT_MOST and _coin_at_breakeven(text, lower):
        return FollowUpAction.STOP_MOVED, {
            "conflict": "a coin and breakeven alone (the stop moved to the entry, or the trade "
            "closed there?)"
        }
    if len(text) <= _PRICE_ALONE_AT_MOST and _PRICE_ALONE.fullmatch(text.strip()):
        # a reply that is a price alone ("0.5312", "148.9 👀"): a new stop, an entry filled, a
        # close? It does not say
        return FollowUpAction.CLOSE, {"conflict": "a price alone, no action named"}
    if _has(lower, _NEGATION_HINTS):
        negated = _NEGATED.search(lower)
        if negated is not None:
            # "Don't close yet", "Do not move SL to BE", "Don't cancel, still valid": the
            # negated clause is no instruction; the rest of the text is read without it
            end = _CLAUSE_END.search(lower, negated.end())
            stop = end.start() if end else len(lower)
            blank = " " * (stop - negated.start())
            return match_action(
                text[: negated.start()] + blank + text[stop:],
                lower[: negated.start()] + blank + lower[stop:],
            )
    if (
        _has(lower, _UNREACHED_HINTS)
        and (rest_read := unreached_targets.without_unreached(lower)) is not None
    ):
        # "closed in profit before TP3 at 0.512", "TP3 skipped", "almost hit TP2": the target
        # the trade did not reach is no hit; the rest is read without it
        return match_action(_blanked_as(text, lower, rest_read), rest_read)
    if " at " in lower and (put := _PUT_STOP_AT_TARGET.search(lower)) is not None:
        # "lock 30% and put SL at TP2": the stop set at the target, read as "SL to TP2"
        a = put.end() - 3
        return match_action(text[:a] + " to" + text[a + 3 :], lower[:a] + " to" + lower[a + 3 :])
    if "liquidated" in lower and own_liquidation(lower):
        # "Liquidated ❌ BTC short @ 64,200": the exchange closed the signal's whole position
        return FollowUpAction.CLOSE, {
            "close_fraction": 1.0,
            "actions": [FollowUpAction.CLOSE],
            "liquidated": True,
        }
    if "time" in lower and (timed := _TIME_STOP.search(lower)) is not None:
        # "⏱ time stop hit, no move in 48h — closing": the trade closed for time, not its stop
        stop_at = timed.end() - 4
        return match_action(
            text[:stop_at] + "exit" + text[stop_at + 4 :],
            lower[:stop_at] + "exit" + lower[stop_at + 4 :],
        )
    if "profit" in lower and (in_profit := _STOP_IN_PROFIT.search(lower)):
        told = _STOP_IN_PROFIT_AT.match(lower, in_profit.start())
        if told is not None:
            # "SL in profit at 613.7": the stop moved to that level, read as "SL to 613.7"
            a, b = told.start("moved"), told.end("to")
            to = " to" + " " * (b - a - 3)
            return match_action(text[:a] + to + text[b:], lower[:a] + to + lower[b:])
        # "SL is in profit now", "stop into profit on BNB": moved above the entry, to a level
        # the message does not say
        return FollowUpAction.STOP_MOVED, {
            "conflict": "the stop moved into profit at a level it does not say"
        }
    if "trail" in lower and trailing_take_profit(lower):
        # "Trailing take profit activated for BNBUSDT (1% deviation)": the take-profit follows
        # the price from there; nothing is closed yet, and a copy has no trailing order to set
        return FollowUpAction.CLOSE, {
            "conflict": "a trailing take-profit activated (it follows the price from there: "
            "nothing closed yet, no fixed level to copy)"
        }
    if ("trail" in lower or "tsl" in lower) and (trailing_on := _TRAILING_ACTIVE.search(lower)):
        if (level_at := stated_stop(lower, trailing_on.end())) is not None:
            # "trailing stop activated, new SL 5.817": the stop it set written, moved there
            a, b = trailing_on.span()
            blank = " " * (b - a)
            reread = match_action(text[:a] + blank + text[b:], lower[:a] + blank + lower[b:])
            if (
                reread is not None
                and reread[0] is FollowUpAction.STOP_MOVED
                and (reread[1].get("new_stop_from") == level_at)
            ):
                return reread
            return FollowUpAction.STOP_MOVED, {
                "new_stop_from": level_at,
                "actions": [FollowUpAction.STOP_MOVED],
            }
        # an exchange's trailing stop starts following the price at its activation price and
        # stays a callback behind it: the stop is not at that price, and a copy cannot set it
        return FollowUpAction.STOP_MOVED, {
            "conflict": "a trailing stop activated (the stop follows the price from there, "
            "a callback behind it: no fixed stop to copy)"
        }
    if "missed" in lower and _MISSED_WAIT.search(lower) is not None:
        # "don't chase if you missed it, wait for 6.779": the entry moved to a level, or the
        # call left for those who missed it?
        return FollowUpAction.CANCEL, {"conflict": "an entry missed and a level to wait for"}
    if ("scratch" in lower or " off at " in lower) and closed_at_entry(lower):
        # "Scratched TIA at entry", "We took #DOT off at entry": closed there by hand
        return FollowUpAction.CLOSE, {"close_fraction": 1.0, "actions": [FollowUpAction.CLOSE]}
    if "invalid" in lower and (closed := without_invalidation(lower)) is not None:
        # "Close #ARB short now, setup invalidated": a position named and closed, the
        # invalidation its reason (invalidated_closes)
        return match_action(closed, closed)
    if (
        "invalid" in lower
        and (invalid := _TRADE_INVALID.search(lower)) is not None
        and not _CANCEL_CONDITION.search(
            lower, lower.rfind("\n", 0, invalid.start()) + 1, invalid.start()
        )
    ):
        # ("If we lose 0.0054 this idea is invalid": the level that would end it, a card's line)
        # "SUI trade invalid", "exit now, trade invalid": closed if the order filled, cancelled
        # if not — a cancel told beside it ("trade invalid before entry, remove the order",
        # "…, trade invalid, cancelled") is read; any other reading goes to review
        a, b = invalid.span()
        blank = " " * (b - a)
        other = match_action(text[:a] + blank + text[b:], lower[:a] + blank + lower[b:])
        if other is not None and other[0] is FollowUpAction.CANCEL:
            return other
        return FollowUpAction.CANCEL, {
            "conflict": "a trade told invalid (closed if its order filled, cancelled if not)"
        }
    if _has(lower, _CANCEL_HINTS) and _word_start(lower, CANCEL.search(lower)):
        return _cancel(text, lower)
    if (
        (
            "re" in lower
            or "add" in lower
            or "back in" in lower
            or "again" in lower
            or "dca" in lower
            or "chance" in lower
            or "averag" in lower
            or "load" in lower
            or "doubl" in lower
        )
        and _REENTRY_WORDS.search(lower)
        and (again := _word_start(lower, REENTRY.search(lower)))
        and not _NO_REENTRY.search(lower)
        and not _REENTRY_PROMISED.search(lower)
    ):
        # beside a close the price could be either's ("Closed ETH at 3,480. Re-entry at 3,420"),
        # and a planned re-entry is no order: neither is acted on without the user
        close_at = _close_word(lower)
        if _has(lower, _STOP_HINTS) and STOP_HIT.search(lower[: again.start()]) is not None:
            # "stop hunted ❌ re-enter at 0.5559": the price the stop's or the re-entry's?
            return FollowUpAction.REENTRY, {"conflict": "a stop hit and a re-entry"}
        close_at = _close_word(lower)
        if close_at and not again.start() <= close_at.start() < again.end():
            # ("Re-sell $TIA at 10.219": the sell is the re-entry's own word)
            return FollowUpAction.REENTRY, {"conflict": "a close and a re-entry"}
        if _PLANNED.search(lower):
            return FollowUpAction.REENTRY, {"conflict": "a re-entry only planned"}
        side = again.group(1) if again else None  # "Re-short": the side the re-entry takes
        return FollowUpAction.REENTRY, {
            "wants_price": True,
            "actions": [FollowUpAction.REENTRY],
            **(
                {"side": "long" if side.startswith("b") or side.startswith("l") else "short"}
                if side
                else {}
            ),
        }
    stop_named = _has(lower, _STOP_HINTS)
    if _has(lower, CORRECTION_HINTS):
        corrected = corrected_levels(lower, stop_named)
        if corrected is not None:
            return corrected
    # breakeven named without a stop word ("Moved to BE", "BE hit"): "be" only in capitals
    be_named = _has(lower, _BE_SPELLED) or "break" in lower or "BE" in text
    targets_named = _has(lower, _TARGET_HINTS)
    # A stop or target hit holds one of the words :func:`may_report_done` looks for: without
    # one, the hit patterns (which the engine tries at every "s", "t" or "h") are not run.
    done = (stop_named or targets_named or be_named) and (
        may_report_done(lower) if may_be_done is None else may_be_done
    )
    extra: dict[str, object] = {}
    found: list[FollowUpAction] = []
    moved = _word_start(lower, stop_moved_search(lower)) if stop_named else None
    if moved is not None and "clos" in lower and closed_by_stop(lower, *moved.span()):
        moved = None  # "closed by stop loss at 168.3": the stop that closed it, not moved
    level_hit = False
    if moved is not None and (
        _HIT_INSIDE_MOVE.search(lower, moved.start(), moved.end())
        or _HIT_AFTER_LEVEL.match(lower, moved.end())
    ):
        # "stop got filled at 5.605", "stop at entry hit", "SL at 0.512 got hit": the stop
        # hit where it stood, not moved there
        moved, level_hit = None, True
    # "SL to 2nd target": the stop pattern reads a move to the price "2…"; the target is meant
    to_price = moved is not None and not (
        moved.group(1) or moved.group(2) or moved.group(3) is not None or moved.group(4) is not None
    )
    rest = trailed_rest(lower) if may_trail_rest(lower) else None
    if rest is not None and "conflict" in rest[0]:
        return FollowUpAction.STOP_MOVED, rest[0]
    to_target = (
        STOP_TO_TARGET.search(lower)
        if stop_named and (not moved or to_price) and rest is None
        else None
    )
    if to_target is None and stop_named and not moved and rest is None and " t" in lower:
        to_target = _SHORT_STOP_AT_TARGET.search(lower)
    skip = (-1, -1)  # "SL to TP1 ✅": that target is where the stop goes, not a target hit
    if rest is not None:
        # "trail the rest with SL at TP2", "TP2 ✅ trail the rest, SL TP1"
        extra.update(rest[0])
        skip = rest[1]
        found.append(FollowUpAction.STOP_MOVED)
    elif to_target:
        word = to_target.groupdict().get("w")
        extra["stop_to_target"] = _BEFORE_WORDS[word] if word else int(to_target.group("n"))
        skip = to_target.span()
        found.append(FollowUpAction.STOP_MOVED)
    elif moved and (
        _HELD.match(lower, moved.end()) or _STILL.search(lower, moved.start(), moved.end())
    ):
        pass  # "SL at 0.512 held perfectly", "SL still at 0.512": where the stop is — no move
    elif moved and _KEEP_BEFORE.search(lower, max(0, moved.start() - 20), moved.start()):
        pass  # "Keep the stop at 0.1189 for now": the stop left where it is — no move
    elif (
        moved
        and to_price
        and ("hit" in lower or "took" in lower)
        and _HIT_BEFORE_STOP.search(lower, max(0, moved.start() - 16), moved.start())
    ):
        pass  # "hit stop loss at 63,848.1": the stop hit at its price, not moved there
    elif moved and _CLOSE_PLANNED.search(
        lower, lower.rfind("\n", 0, moved.start()) + 1, moved.start()
    ):
        # "we'll move the stop to breakeven when 0.179 is reclaimed", "Will move SL to entry
        # once it breaks …", "Thinking about moving stop to BE": a plan, not a move now
        return FollowUpAction.STOP_MOVED, {"conflict": "a stop move only planned"}
    elif moved:
        to_entry = (
            bool(moved.group(1) or moved.group(2))
            or moved.group(3) is not None
            or moved.group(4) is not None
        )
        extra["stop_to_entry"] = to_entry
        if not to_entry:
            extra["new_stop_from"] = moved.end()
        found.append(FollowUpAction.STOP_MOVED)
    elif stop_named and "old" in lower and (at := old_new_stop(lower)) is not None:
        extra["new_stop_from"] = at  # "Stop loss amended · SOLUSDT · old 144.1 · new 146.8"
        found.append(FollowUpAction.STOP_MOVED)
    elif stop_named and "new" in lower:
        new = _word_start(lower, NEW_STOP.search(lower))
        if new:
            extra["new_stop_from"] = new.end()
            found.append(FollowUpAction.STOP_MOVED)
    if not found and stop_named:
        at = _stop_set(lower)
        if at is None:
            at = old_new_stop(lower)  # "Stop loss updated / Old: 2.3795 / New: 2.4627"
        if at is not None:
            extra["new_stop_from"] = at
            found.append(FollowUpAction.STOP_MOVED)
    if not found and stop_named and (be_named or " be" in lower or _has(lower, _SIGNS)):
        sign = _word_start(lower, STOP_SIGN_ENTRY.search(lower))
        if sign and _capital_be(text, sign, (1,)):  # not "SL: be careful"
            extra["stop_to_entry"] = True
            found.append(FollowUpAction.STOP_MOVED)
    if not found and "risk" in lower and _RISK_FREE.search(lower):
        # "Trade is risk-free now ✅", "Make SOL risk free": the stop at the entry
        extra["stop_to_entry"] = True
        found.append(FollowUpAction.STOP_MOVED)
    be_stop = BE_STOP_HIT.search(lower) if be_named and stop_named else None
    be_stop_hit = be_stop is not None and _capital_be(text, be_stop, (1, 2))
    if not found and be_named and not be_stop_hit:
        at_be = STOP_AT_BE.search(lower)
        if (
            at_be
            and _capital_be(text, at_be, (1, 2, 3))
            and not (
                at_be.group(1)
                and _OWNED_BEFORE.search(lower, max(0, at_be.start() - 12), at_be.start())
            )
        ):
            extra["stop_to_entry"] = True
            found.append(FollowUpAction.STOP_MOVED)
    hit = be_stop_hit or level_hit or (stop_named and done and _stop_hit_told(lower))
    if not hit and be_named and done:
        be_hit = STOP_HIT_AT_BE.search(lower)
        hit = be_hit is not None and _capital_be(text, be_hit, (1, 2, 3))
    if hit:
        if found:  # the stop moved and the stop hit: one of them is wrong
            return FollowUpAction.STOP_HIT, {"conflict": "the stop hit and the stop moved"}
        return FollowUpAction.STOP_HIT, {"actions": [FollowUpAction.STOP_HIT]}
    if not found and stop_named and ("trail" in lower or "tighten" in lower):
        trail = _TRAIL_STOP.search(lower)
        if trail is not None:
            # "Trail your stop now", "start trailing the stop": moved, to the price written
            # after it or, with none, to review (a copy has no trailing stop to set)
            extra["new_stop_from"] = trail.end()
            found.append(FollowUpAction.STOP_MOVED)
    if (
        not found
        and (_has(lower, _FILLED_HINTS) or ("order" in lower and not targets_named))
        and _has(lower, _FILLED_WORDS)
        and ENTRY_FILLED.search(lower)
    ):
        return FollowUpAction.ENTRY_FILLED, {
            "wants_price": True,
            "actions": [FollowUpAction.ENTRY_FILLED],
        }
    every_target = (
        ("all" in lower or "every" in lower)
        and (
            ALL_TARGETS.search(lower) is not None
            or (_HIT_ALL_TARGETS.search(lower) is not None and _close_word(lower) is not None)
        )
    ) or (_has(lower, _ALL_TARGETS_WORDS) and ALL_TARGETS_ABROAD.search(lower) is not None)
    if every_target:
        found.append(FollowUpAction.TARGET_HIT)
        last = _last_target_named(lower, skip)
        if last is not None:
            extra["target_index"] = last
    else:
        index = _target_hit(lower, skip) if targets_named and done else None
        if index is None and may_be_together(lower):
            index = together_hit(lower)  # "take profit 1 and 2 together 🔥": target 2
        if index is not None and ("⏳" in lower or "⌛" in lower) and _pending_below(lower, index):
            # "TP1 ✅ TP2 ⏳ TP3 ✅": a target still waiting below the highest ticked — which
            # one was reached? ("TP1 ✅ TP2 ✅ TP3 ⏳" is target 2)
            return FollowUpAction.TARGET_HIT, {
                "conflict": "a target ticked above one still marked waiting"
            }
        if index is not None:
            extra["target_index"] = index
            found.append(FollowUpAction.TARGET_HIT)
        elif not found and (targets_named or "🎯" in lower) and price_only_hit(lower):
            # "0.5123 reached 🎯": which target is the copy's to tell (by its price)
            extra["hit_by_price"] = True
            found.append(FollowUpAction.TARGET_HIT)
    close = _close_word(lower)
    if (
        close
        and FollowUpAction.TARGET_HIT not in found
        and not every_target
        and (at_price := target_at_price(lower)) is not None
        and (told := _closed_told(lower)) is not None
    ):
        # "TP2 @ 25.31 | closed 30%": the target named before its price was hit as well (the
        # share is the told close's, not a label's: "Take-Profit Triggered … reduced by 50%")
        close = told
        extra["target_index"] = at_price
        found.insert(0, FollowUpAction.TARGET_HIT)
    if close and found:
        # beside another action a share belongs to its close word: "book 30% and move SL to
        # entry" (not a result further on: "TP2 done, profit 45%")
        share = _share_near(_without_every_target(lower) if every_target else lower, close)
        decided, kept_close = (
            kept_share_close(lower, _fraction) if may_keep(lower) else (False, None)
        )
        if decided:
            if kept_close is None:
                return FollowUpAction.CLOSE, {"conflict": "a close told by the share it keeps"}
            share = kept_close
        at_target = _AT_TARGET.match(lower, close.end())
        if at_target is not None and FollowUpAction.TARGET_HIT not in found:
            word = " ".join(close.group(1).split())
            if word not in _CLOSED or _not_past(lower, close.start()):
                return FollowUpAction.CLOSE, {"conflict": "a close for when a target is reached"}
            # "- 50% closed at TP1 / - SL moved to …": the target was reached as well
            extra["target_index"] = _at_index(at_target)
            found.append(FollowUpAction.TARGET_HIT)
        if share is not None:
            extra["close_fraction"] = share
            found.append(FollowUpAction.CLOSE)
        elif every_target:
            # "All targets hit on DOGE, trade closed": the targets closed the copy already; a
            # close of its own would act on it twice
            pass
        elif not _taking(close.group(1)):
            # "scale out" is a part of the position whose share is not said
            partial = close.group(1).startswith("scal") or _PARTIAL.search(lower)
            extra["close_fraction"] = None if partial else 1.0
            found.append(FollowUpAction.CLOSE)
        elif _PARTIAL.full.match(lower, close.end() + 1) or _TAKE_PROFIT.match(
            lower, close.start()
        ):
            # "take some profits", "take profit here": a close whose share is not said
            extra["close_fraction"] = None
            found.append(FollowUpAction.CLOSE)
    elif close:
        word = " ".join(close.group(1).split())
        if someone_elses_close(lower, close.start()):
            return None  # "members who closed SUI early at …": not the call's close
        if " or " in lower and _CLOSE_OR_TRAIL.search(lower):
            # "2.1597, book or trail", "close or hold, your call": the reader chooses
            return FollowUpAction.CLOSE, {"conflict": "a close or a trail left to the reader"}
        closing, kept = _kept_share_blanked(lower)
        fraction = _fraction(
            _RESULT_PERCENT.sub(_blank, closing)
            if "%" in closing and ("profit" in closing or "gain" in closing)
            else closing
        )
        decided, share = kept_share_close(lower, _fraction) if may_keep(lower) else (False, None)
        if decided:
            # "leave 25% running, close the rest" closes 75 %; shares that do not make the
            # whole, or a bag kept with no share, are the copy's guess
            if share is None:
                return FollowUpAction.CLOSE, {"conflict": "a close told by the share it keeps"}
            fraction = share
        elif kept and fraction is None:
            # "leave 25% running, close the rest": the close told by the part it keeps
            return FollowUpAction.CLOSE, {"conflict": "a close told by the share it keeps"}
        if word == "halve":
            fraction = 0.5  # "Halve #TURBO here": half the position
        taking = _taking(word)
        if (
            taking
            and fraction is None
            and not _TAKE_PROFIT.search(lower)
            and not (
                ("partial" in lower or "some" in lower or " a " in lower)
                and _PARTIAL_PROFITS.search(lower)
            )
            and not (_PROFIT_TAKEN.search(lower) and not _RESULTS_TALK.search(lower))
            and not (len(lower) <= _BOOKED_AT_MOST and _BOOKED_ALONE.fullmatch(lower.strip()))
            # "Trimmed $SOL +4.62%", "trimmed ORDI/USDT", "Trimmed ORDI +3.90%": a coin right
            # after the word (marked, or a listed coin in capitals)
            and not (word.startswith("trim") and _coin_after(text, lower, close.end()))
        ):
            if word.startswith(("book", "bank", "secur")) and _TAKING_REST.match(
                lower, close.end()
            ):
                # "Book the rest of #DIA at 0.7068": the whole remainder
                fraction = 1.0
            elif not (" clos" in lower and _THEN_CLOSE.search(lower, close.end())):
                return None  # "take care", "book a call": not a close without an amount
            taking = False  # "take the small win and close it": the close after it is whole
        if word == "sold" and _RESULTS_TALK.search(lower):
            return None  # "Sold my ETH bag at 3,400 last week": a story, not this trade's close
        if word in ("平仓", "平倉", "先平"):
            glued = _GLUED_SHARE.match(lower, close.end())  # "平仓50%"
            fraction = (
                int(glued.group(1)) / 100 if glued and 0 < int(glued.group(1)) <= 100 else fraction
            )
        if fraction is None and (_PARTIAL.search(lower) or taking or word.startswith("scal")):
            # which share is not said ("Profit booked ✅"), unless closed by hand: "took profit
            # manually @ 0.1094", "ditutup manual" is the whole position
            manual = not _PARTIAL.search(lower) and _has(lower, _MANUAL)
            fraction = 1.0 if manual else None
        else:
            fraction = fraction if fraction else 1.0
        line_start = lower.rfind("\n", 0, close.start()) + 1
        if _CLOSE_PLANNED.search(lower, line_start, close.start()):
            # "if we lose 9.63 we close", "below 8.61 I'll cut it": a plan, not a close now
            return FollowUpAction.CLOSE, {"conflict": "a close only planned"}
        after = lower[close.end() :]
        # (every target noun _AT_TARGET knows holds a "t" but "alvo", "ziel" and "cible")
        at_target = (
            _AT_TARGET.match(lower, close.end())
            if "t" in after or "alvo" in after or "ziel" in after or "cible" in after
            else None
        )
        if at_target is not None:
            if word not in _CLOSED or _not_past(lower, close.start()):
                # "Close 50% at TP1": an instruction for when the target is reached
                return FollowUpAction.CLOSE, {"conflict": "a close for when a target is reached"}
            # "Secured 40% at TP1, runner left": the target was reached and a share closed there
            return FollowUpAction.TARGET_HIT, {
                "target_index": _at_index(at_target),
                "close_fraction": fraction,
                "actions": [FollowUpAction.TARGET_HIT, FollowUpAction.CLOSE],
            }
        return FollowUpAction.CLOSE, {"close_fraction": fraction, "actions": [FollowUpAction.CLOSE]}
    if (
        not close
        and FollowUpAction.CLOSE not in found
        and (" off" in lower or " of " in lower)
        and _may_take_share_off(lower)
    ):
        off = _SHARE_OFF.search(lower) if not _PROMO.search(lower) else None
        if off is not None and not found:
            return FollowUpAction.CLOSE, {
                "close_fraction": _fraction(off.group()),
                "actions": [FollowUpAction.CLOSE],
            }
        if off is not None:
            # beside another action: "half off at 0.0056899, sl be" closes half and moves the stop
            extra["close_fraction"] = _fraction(off.group())
            found.append(FollowUpAction.CLOSE)
    if not found and _has(lower, _ACTIVATED_HINTS) and TRADE_ACTIVATED.search(lower):
        return FollowUpAction.ENTRY_FILLED, {
            "wants_price": True,
            "actions": [FollowUpAction.ENTRY_FILLED],
        }
    if not found:
        return None
    if len(found) > 1:
        found.sort(key=ORDER.index)
    extra["actions"] = found
    return found[0], extra


# a coin written with its mark right after a close word: "$sol", "#ordi", "ordi/usdt", "ordiusdt"
_COIN_MARK_AFTER = re.compile(
    r"[ \t]+(?:[#$][a-z0-9]{2,12}|[a-z0-9]{2,12}/usdt|[a-z0-9]{2,15}usdt)(?![\w/])"
)
_CAPITALS_AFTER = re.compile(r"[ \t]+([A-Z][A-Z0-9]{1,11})(?![\w/])")


def _coin_after(text: str, lower: str, end: int) -> bool:
    """Whether a coin is written right after ``end``: with its mark or pair ("$SOL",
    "ORDI/USDT"), or bare in capitals and listed ("ORDI"; not "trimmed mean")."""
    if _COIN_MARK_AFTER.match(lower, end):
        return True
    bare = _CAPITALS_AFTER.match(text, end) if len(text) == len(lower) else None
    return bare is not None and bare.group(1) in listed_bases()


# a result in percent after a past close, no share of it: "closed with 60% profit", "closed in
# 35% gain" (a share is written before its profit word without these: "book 30% profit")
_RESULT_PERCENT = re.compile(
    # (not a share locked in: "lock in 70% profits now")
    r"(?<![\w])(?<!lock[ \t])(?<!locked[ \t])(?<!locking[ \t])"
    r"(?:with|in|for)[ \t]+(?:a[ \t]+)?\d{1,3}(?:[.,]\d+)?[ \t]?%[ \t]*(?:net[ \t]+)?"
    r"(?:profit|gain)"
)
# a taking word, then the close it ends with: "take the small win and close it", "… and close"
_THEN_CLOSE = re.compile(
    r"[ \t]+and[ \t]+close(?:[ \t]+(?:it|the[ \t]+trade|the[ \t]+position|here|now))?"
    r"[ \t]*[.!❗✅💰]*[ \t]*$"
)


def _taking(word: str) -> bool:
    """A close word that closes nothing without a share beside it (:data:`_TAKING`)."""
    return word in _TAKING or word.startswith(_TAKING_STEMS)


# a share realised or fixed: "realizem 50%", "Фиксируем 50%"
_TAKING_STEMS = ("realiz", "фиксир", "зафиксир", "sécuris")
# a close done by hand closes the whole position when no share is said
_MANUAL = ("manual", "вручную", "thủ công", "手动", "手動", "دستی")
# before a close word in the past: not done yet ("the rest gets closed at TP2", "will be closed")
_NOT_PAST = re.compile(r"(?<![\w])(?:gets?|be|being|will)[ \t]+$")


def _not_past(lower: str, at: int) -> bool:
    return _NOT_PAST.search(lower, max(0, at - 8), at) is not None


_TAKING = (
    # a close word that closes nothing without a share beside it ("take care", "trimmed mean")
    "trim",
    "trimmed",
    "trimming",
    "trims",
    "reduce",
    "reduced",
    "reducing",
    "parcial",
    "mitgenommen",
    "ambil profit",
    "lock in",
    "locked in",
    "locking in",
    "take",
    "taking",
    "secure",
    "secured",
    "securing",
    "book",
    "booked",
    "booking",
    "taken",
    "took",
    "kâr al",
    "kar al",
    "kâr alındı",
    "kar alındı",
    "kâr alıyoruz",
    "kar alıyoruz",
    "chốt",
    "amankan",
    "سیو",
    "sell",
)
_GLUED_SHARE = re.compile(r"[ \t]*(\d{1,3})[ \t]*%")
# close words in the past: a share closed at a target reports the target reached
# what a booking, a banking or a securing takes when it names no share: the rest of the position
# ("Book the rest of #DIA at 0.7068", "secure the rest here"; then a price, "here", "now" or the
# end: not "book the rest of your questions")
_TAKING_REST = re.compile(
    r"[ \t]+(?:the[ \t]+)?(?:rest|remainder|remaining(?:[ \t]+position)?|whole[ \t]+position)"
    r"(?:[ \t]+of[ \t]+(?:the[ \t]+position|it|[#$]?[a-z0-9]+(?:/usdt)?))?"
    r"(?:[ \t]+(?:at|@|here|now)(?![\w])|[ \t]*@|[^\w\n]*$)"
)
_CLOSED = frozenset(
    (
        *("closed", "booked", "secured", "taken", "took", "trimmed", "reduced", "exited"),
        *("locked in", "sold", "banked"),
        # Spanish and Portuguese "cerramos", "fechamos" (present and past alike), "realizamos";
        # the progressive "fechando", "cerrando", "realizando": a close done as it is told
        *("cerramos", "fechamos", "realizamos", "fechando", "cerrando", "realizando"),
    )
)
# a target right after a close and its share: "Secured 40% at TP1", "30% booked at target 2"
# ordinals before a target's noun: English, Italian, Spanish, Portuguese, French, German
_ORDINAL_AT = {
    word: n
    for n, words in enumerate(
        (
            "first primo primer primero primeiro premier ersten erste",
            "second secondo segundo deuxième zweiten zweite",
            "third terzo tercer tercero terceiro troisième dritten dritte",
            "fourth quarto cuarto quatrième vierten vierte",
            "fifth quinto cinquième fünften",
        ),
        start=1,
    )
    for word in words.split()
}
_AT_TARGET = re.compile(
    r"[^\n]{0,16}?(?<![\w])(?:at|on|@|al|au|en|em|no|na|bei|am|di|tại)\s+(?:the\s+|el\s+|le\s+|o\s+)?"
    r"(?:(?:tp|target|objetivo|alvo|ziel|cible|obiettivo)\s*#?(\d{1,2})(?![\w]|[.,]\d)"
    # "close at the third target", "chiudere al terzo target"
    r"|(" + "|".join(_ORDINAL_AT) + r")\s+(?:tp|target|objetivo|alvo|ziel|cible|obiettivo)(?![\w]))"
)


def _at_index(at_target: re.Match[str]) -> int:
    """The number of the target a close is "at" (:data:`_AT_TARGET`)."""
    return int(at_target.group(1)) if at_target.group(1) else _ORDINAL_AT[at_target.group(2)]


# profits told over a period or an account, not one position's close ("Profit secured
# yesterday: +12.4% on the account")
_RESULTS_TALK = re.compile(
    r"(?<![\w])(?:yesterday|today|this\s+(?:week|month|year)|last\s+(?:week|month|year)|so\s+far"
    r"|overall|account|portfolio|total|weekly|monthly|ago)(?![\w])"
)
# before "close": near, not a close ("we got close", "so close")
_NEAR_BEFORE = re.compile(
    # ("SL is close, careful", "TP3 and TP4 are close": near, no close word)
    r"(?<![\w])(?:got|came|come|so|very|getting|gets|get|pretty|too|really|is|are|looks)[ \t]+$"
)
# between the stop word and its price: where it stays ("SL still at 0.512", "stop stays at …")
_STILL = re.compile(r"(?<![\w])(?:still|remains?|stays?|unchanged)(?![\w])")
# right before the stop word: the stop left where it is ("Keep the stop at 0.1189 for now",
# "leave your SL at 5.2")
_KEEP_BEFORE = re.compile(
    r"(?<![\w])(?:keep|keeping|leave|leaving)[ \t]+(?:the[ \t]+|your[ \t]+|our[ \t]+|my[ \t]+)?$"
)
# after a stop's price: where the stop is, untouched ("SL at 0.512 held perfectly")
_HELD = re.compile(
    r"(?:[^\n,.;]|[.,](?=\d)){0,24}?(?<![\w])(?:held|holding|holds|respected|untouched|intact|survived|safe"
    r"|not\s+hit)(?![\w])"
)
# a target alone after a money or bullseye icon, the coin beside it: "💰 TP2", "🎯 TP1 #SOL"
# (or the coin first, the reply naming only it: "SUI 🎯 TP2", "#1INCH 🎯 TP4 🔥")
_ICON_TARGET = re.compile(
    r"[ \t]*(?:[#$]?[\w/]+[ \t]+)?(?:💰|🎯|💵|🤑)[ \t]*(?:tp|target)[ \t]*(\d{1,2})"
    r"(?:[ \t]+[#$]?[\w/]+)?[^\w\n]*"
)
# the past close word alone, the coin or icons beside it: "Booked ✅", "#SOL booked 💰" — a
# close whose share is not said
_BOOKED_ALONE = re.compile(
    r"[^\w\n]*(?:[#$]?[\w/]+[ \t]+)?(?:booked|secured|banked)(?:[ \t]+[#$][\w/]+)?[^\w\n]*"
)
_BOOKED_AT_MOST = 32
# before a close word on its line: a condition or a plan ("if we lose 9.63 we close", "I'll cut")
_CLOSE_PLANNED = re.compile(
    r"(?<![\w])(?:if|unless|might|may|could|would|maybe|perhaps|plan(?:ning)?\s+to|will|i'll"
    r"|we'll|gonna|going\s+to|should|если|si|jika|kalau|nếu|falls|eğer"
    # hesitation and readiness: "Thinking about closing here", "considering taking some profit",
    # "not sure whether to close", "be ready to close", "prepare to move your stop"
    r"|thinking|consider(?:ing)?|whether|not\s+sure|ready\s+to|prepare\s+to|in\s+case"
    # a close awaited: "no new deals until they close", "hold until we close at TP3"
    r"|until)(?![\w])"
)
# what makes "cut" a close: "Cut it here", "cut at 0.5312", "Cutting #ETH here", "cut for a
# small loss" (not a rate cut, not a "cut-off")
_CUT_WHAT = re.compile(
    r"[ \t]+(?:(?:it|this|that|here|now|the\s+(?:trade|position)"
    r"|for\s+a\s+(?:small\s+)?(?:loss|profit)"
    r"|[#$]?[a-z0-9]+(?:/usdt)?[ \t]+(?:here|now|at|for|early)"
    # "Cut losses on SOLUSDT now", "cut the loss on ARB here", "cut losses if you're still in"
    r"|(?:the[ \t]+)?loss(?:es)?(?:[ \t]+on[ \t]+[#$]?[a-z0-9]+(?:/usdt)?)?[ \t]+"
    r"(?:here|now|at|if[ \t]+you))"
    r"(?![\w])|at[ \t]*\$?\d(?![\d.,]*[ \t]*(?:%|bps|basis)))|[^\w\n]*$"
    # a share cut: "Cut half my ETH at 3,401", "cut 30% here"
    r"|[ \t]+(?:half|\d{1,3}[ \t]*%|a[ \t]+third)(?![\w])"
)
# what makes "reduce" a close: a share of the position ("reduce the position by 25%",
# "reduced 50%", "reducing size 60%"), not "reduce risk to 1%" or "reduce leverage"
_REDUCE_SHARE = re.compile(
    r"[ \t]+(?:the[ \t]+|our[ \t]+|your[ \t]+)?(?:position[ \t]+|size[ \t]+|exposure[ \t]+)?"
    r"(?:by[ \t]+)?(?:\d{1,3}[ \t]*%|half(?![\w]))"
    # the coin between, then "by": "Reduce BNB by 30%", "reduce #ETHUSDT position by 25%" (not
    # "reduce risk by 50%"); "reduced the SUIUSDT position by 40%", "our SOL long by 25%"
    r"|[ \t]+(?:the[ \t]+|our[ \t]+|your[ \t]+)?"
    r"(?!(?:risk|leverage|margin|fees?|loss\w*|drawdown)[ \t])[#$]?[a-z0-9]{2,15}"
    r"(?:/usdt)?[ \t]+(?:(?:long|short)[ \t]+)?(?:position[ \t]+|size[ \t]+)?by[ \t]+\d{1,3}[ \t]*%"
)
# "Take-Profit target 2 ✅", "take profit 1 hit": the target's label, not a close
_TARGET_LABEL_AFTER = re.compile(
    r"[\s\-]*profits?[\s\-]*(?:targets?|tp)?\s*"
    r"(?:\d|targets?|hit|reached|achieved|done|smashed|filled|taken|completed|✅)"
)


# "exit" as a noun: "exit plan", "exit strategy", "exit rules", "exit liquidity" (buyers a
# pump is sold to: "Exit liquidity alert: $X pumped 40%, don't chase", no share closed)
_EXIT_NOUN = re.compile(r"[ \t]+(?:plan|strategy|strategies|rules?|liquidity)(?![\w])")
_FLAT_ON = re.compile(r"[ \t]+(?:on|in)[ \t]+(?!the[ \t]|this[ \t]|that[ \t])[#$]?[a-z0-9]")
# ("we stay flat" keeps out of the market, no position closed: "FOMC today. We stay flat")
_FLAT_BEFORE = re.compile(r"(?:we(?:'re|’re|\s+are)|i'm|i’m|i\s+am|went|go|going|now)[ \t]+$")
# a reply of a coin and "out" alone, icons after it: the channel is out of the trade
_COIN_OUT = re.compile(r"[#$]?[a-z0-9]{2,15}(?:/?usdt)?[ \t]+out(?:[ \t]*[^\w\s])*")
_COIN_OUT_AT_MOST = 32
# a reply of a coin and breakeven alone: "LINK BE", "#SOL B/E ✅"
_COIN_BE = re.compile(r"[#$]?[a-z0-9]{2,15}(?:/?usdt)?[ \t]+(?:be|b/e|breakeven)(?:[ \t]*[^\w\s])*")


def _coin_at_breakeven(text: str, lower: str) -> bool:
    """Whether ``text`` is a coin (tagged or in capitals) and breakeven alone: "LINK BE" says the
    trade is at its entry — the stop moved there or the trade closed there — not which."""
    if "be" not in lower or not _COIN_BE.fullmatch(lower.strip()):
        return False
    coin = text.split(None, 1)[0]
    # a coin (not "SL BE", the stop to breakeven): tagged or in capitals, and one as a tag
    return (coin[0] in "#$" or coin.isupper()) and find_symbol("#" + coin.lstrip("#$")) is not None


_OUT_WHAT = re.compile(
    r"[^\w\n]*(?:$|\n|here|now|with|at|for\s+now|of\s+(?!(?:the\s+)?(?:office|town|range|time"
    r"|luck|money|ideas|patience|breath|stock|control|hand|bed|country|reach)(?![\w]))"
    r"[#$]?[a-z0-9])"
)


# a share right before "out": "90% out"
_SHARE_OUT_BEFORE = re.compile(r"(?<![\w.,])\d{1,3}[ \t]?%[ \t]+$")
# a message led by its coin, up to the word after it: "FET/USDT ", "DOGEUSDT: fully "
_COIN_LED = re.compile(
    r"[^\w\n]*[#$]?[a-z0-9]{2,15}(?:/?usdt)?[ \t]*:?[ \t]+(?:(?:fully|completely)[ \t]+)?"
)
_NOW_AFTER = re.compile(r"[ \t]+now(?![\w])")
# what "out" is out of: a price, or the trade
_OUT_AT_AFTER = re.compile(
    r"[ \t]+(?:(?:at|@)[ \t]*\$?\d|of[ \t]+(?:the[ \t]+|this[ \t]+)?(?:trade|position)(?![\w]))"
)
_FULLY_BEFORE = re.compile(r"(?<![\w])(?:fully|completely)[ \t]+$")
# "Out of $SEI at 0.441" opening its line, "… done, out at 36.85": out of a coin's trade at a price
_OUT_OF_COIN_AT = re.compile(
    r"[ \t]+of[ \t]+[#$]?[a-z0-9]{2,15}(?:/?usdt)?[ \t]+(?:at|@)[ \t]*\$?\d"
)
_DONE_BEFORE = re.compile(r"(?<![\w])done[ \t]*[,;:—–-]?[ \t]*$")


def _out_of_the_trade(lower: str, m: re.Match[str]) -> bool:
    """ "FET/USDT out at 1.1998, +3.3R", "DOGEUSDT: fully out at 0.12657", "ADA out of the trade
    at 0.4296": the whole position closed, told right after the coin or with "fully" — not
    asked ("out at 1.19? no, holding")."""
    line_start = lower.rfind("\n", 0, m.start()) + 1
    if _OUT_OF_COIN_AT.match(lower, m.end()) and not lower[line_start : m.start()].strip(" \t*_"):
        return "?" not in lower  # "Out of $SEI at 0.441, flip done ✅" (not asked)
    after = _OUT_AT_AFTER.match(lower, m.end())
    if after is None:
        return False
    if (
        _DONE_BEFORE.search(lower, max(0, m.start() - 10), m.start())
        and "?" not in lower
        and "\n" not in lower.strip()
    ):
        return True  # "Scalp on #ORDI done, out at 36.85 (+0.7%)" (one line: under a card's
        # side line, "Scalp done, out at …" is the card's or an update's, to review)
    line_end = lower.find("\n", m.end())
    if "?" in lower[m.end() : line_end if line_end >= 0 else len(lower)]:
        return False
    return (
        _FULLY_BEFORE.search(lower, max(0, m.start() - 12), m.start()) is not None
        or _COIN_LED.fullmatch(lower, line_start, m.start()) is not None
    )


# after "half out": the message ends, or "here" / "now" / a price follows
_HALF_OUT_AFTER = re.compile(r"[^\w\n]*(?:$|\n|here|now|at|@)")


# a trade told over (CLOSE's "trade complete", "trade is finished", "trade done")
_TRADE_OVER = ("complete", "completed", "finished", "done")
# a price: a number of two digits or more, or with decimals, not a share ("TP3" holds none)
_PRICE_WRITTEN = re.compile(r"(?<![\w.,])(?:\d{2,}|\d[.,]\d)[\d.,]*(?![\d.,]*[ \t]*%)")


def _closed_told(lower: str) -> re.Match[str] | None:
    """The close ``lower`` tells as done ("closed 30%", "position reduced by 50%", "trade
    complete"), not one to do ("close 50% at TP1")."""
    for m in CLOSE.finditer(lower):
        word = " ".join(m.group(1).split())
        if (word in _CLOSED or word in _TRADE_OVER) and not _not_past(lower, m.start()):
            return m
    return None


def _close_word(lower: str) -> re.Match[str] | None:
    """The first word that closes a position (not "disclose", not a candle's close, not the
    label of a take-profit target)."""
    if not _has(lower, _CLOSE_HINTS):
        return None
    for m in CLOSE.finditer(lower):
        if not _word_start(lower, m):
            continue
        word = m.group(1)
        if word in _TRADE_OVER and _PRICE_WRITTEN.search(lower) is None:
            # "TP5 ✅ all done, trade complete": the targets closed the copy, no close of its
            # own; "TP3 hit @ 9.54 — trade complete": the bot's close at that price
            continue
        if word.startswith("cut"):
            if _CUT_WHAT.match(lower, m.end()) and not lower.endswith("rate ", 0, m.start()):
                return m
            continue
        if word.startswith("reduc"):
            if _REDUCE_SHARE.match(lower, m.end()):
                return m
            continue
        if word.startswith("exit") and _EXIT_NOUN.match(lower, m.end()):
            continue  # "Exit plan for DIA: TP3 first, then trail": a plan, no exit now
        if word == "flat":
            # "Flat on DOT now", "we are flat" (not "BTC flat on the day", "funding flat")
            if _FLAT_ON.match(lower, m.end()) or _FLAT_BEFORE.search(lower, 0, m.start()):
                return m
            # "$LTC flat now, +107%": the coin, then flat now (not "LTC flat price action")
            if _NOW_AFTER.match(lower, m.end()) and _COIN_LED.fullmatch(lower, 0, m.start()):
                return m
            continue
        if word == "out":
            # "SOL out ✅", "#ARB out 💰": the coin and "out" alone (not "check this out")
            if len(lower) <= _COIN_OUT_AT_MOST and _COIN_OUT.fullmatch(lower.strip()):
                return m
            # "half out here", "DIA half out ✂️": the half taken out now
            if lower.endswith("half ", 0, m.start()) and _HALF_OUT_AFTER.match(lower, m.end()):
                return m
            # "90% out, 10% left running": the share taken out, the rest kept
            if _SHARE_OUT_BEFORE.search(lower, max(0, m.start() - 8), m.start()):
                return m
            if _out_of_the_trade(lower, m):
                return m
            continue
        if word.startswith(("we", "i")) and word.endswith("out"):
            # "We're out of DOGE", "we're out with a small loss" (not "I'm out for the weekend")
            if _OUT_WHAT.match(lower, m.end()):
                return m
            continue
        if word == "close" and (
            lower.startswith(" to ", m.end()) or _NEAR_BEFORE.search(lower, 0, m.start())
        ):
            continue  # "close to TP1", "we got close": near it
        if word == "closed" and lower.endswith(("position ", "trade "), 0, m.start()):
            return m  # a notice's "Position closed: SOLUSDT Long"
        if (m.start() > 0 and lower[m.start() - 1] == "#") or _CLOSED_WHAT.match(lower, m.end()):
            continue  # "#closed-trades", "closed trades go to #results": a kind of trade
        if _CLOSE_NO_POSITION.match(lower, m.end()):
            continue  # "close the app and stop trading for the day": no position closed
        if word == "closed" and _CROWD_BEFORE.search(lower, max(0, m.start() - 40), m.start()):
            continue  # "$15.8M of short positions closed in an hour": the market's traders
        if _NOT_A_CLOSE.match(lower, m.end()) or _CANDLE_BEFORE.search(
            lower, max(0, m.start() - 12), m.start()
        ):
            return None  # "1D close above 64k", "entries closed for new members"
        if m.group(1).startswith("tak") and _TARGET_LABEL_AFTER.match(lower, m.end()):
            continue
        return m
    return None


# a hit word inside what reads as a stop moved ("stop got filled at 5.605") or right after
# its level ("stop at entry hit", "SL at 0.512 got hit")
_HIT_INSIDE_MOVE = re.compile(
    r"(?<![\w])(?:(?:got|was|has[ \t]+been)[ \t]+(?:hit|taken)|(?:(?:got|was|has[ \t]+been)"
    r"[ \t]+)?(?:filled|triggered|executed))(?![\w])"
)
_HIT_AFTER_LEVEL = re.compile(
    r"[ \t]*(?:\$?\d[\d.,]*[ \t]*)?(?:was[ \t]+|got[ \t]+|has[ \t]+been[ \t]+)?"
    r"(?:hit|filled|triggered|executed|taken)(?![\w])"
)
# the hit word right before the stop word: "hit stop loss at …", "hit our SL at …", "wick took
# our SL at …"
_HIT_BEFORE_STOP = re.compile(
    r"(?<![\w])(?:hit|took)[ \t]+(?:the[ \t]+|our[ \t]+|my[ \t]+|your[ \t]+)?$"
)
# the stop almost hit and missed: "almost hit SL but bounced", "nearly got stopped out"
_NEAR_MISS_BEFORE = re.compile(r"(?<![\w])(?:almost|nearly|barely\s+missed)[ \t]+(?:got[ \t]+)?$")


def _stop_hit_told(lower: str) -> bool:
    """Whether ``lower`` tells its stop hit (not "almost hit SL but bounced": a near miss)."""
    m = STOP_HIT.search(lower)
    if m is None:
        return False
    if not ("almost" in lower or "nearly" in lower or "barely" in lower):
        return True
    return _NEAR_MISS_BEFORE.search(lower, max(0, m.start() - 20), m.start()) is None


# a share the position keeps, no share of the close: "keep 30% for the moon, close 70% now",
# "leave 25% running"
_KEPT_SHARE = re.compile(
    r"(?<![\w])(?:keep(?:ing)?|leav(?:e|ing)|hold(?:ing)?)[ \t]+(?:the[ \t]+)?(?:last[ \t]+)?"
    r"\d{1,3}[ \t]?%"
)


def _kept_share_blanked(lower: str) -> tuple[str, bool]:
    """``lower`` with the shares it keeps blanked, and whether there was one."""
    if "%" not in lower or not ("keep" in lower or "leav" in lower or "hold" in lower):
        return lower, False
    blanked = _KEPT_SHARE.sub(lambda m: " " * len(m.group()), lower)
    return blanked, blanked != lower


def _without_every_target(lower: str) -> str:
    """``lower`` with its "all targets hit" blanked: its "all" is no share of a close."""
    for pattern in (ALL_TARGETS, _HIT_ALL_TARGETS):
        lower = pattern.sub(lambda m: " " * len(m.group()), lower)
    return lower


def _share_near(lower: str, close: re.Match[str]) -> float | None:
    """The share written right beside a close word, on its line: "close 50%", "take half
    off", "book 30% profit", "%50 kâr al", "Hälfte schließen"; "halve" is its own share."""
    if close.group(1) == "halve":
        return 0.5
    line_start = lower.rfind("\n", 0, close.start()) + 1
    line_end = lower.find("\n", close.end())
    line_end = len(lower) if line_end < 0 else line_end
    after = lower[close.end() : min(line_end, close.end() + 24)]
    before = lower[max(line_start, close.start() - 16) : close.start()]
    for part in (after, before):
        share = _fraction(part)
        if share is not None:
            return share
    if close.group(1).startswith(("reduc", "trim", "cut")):
        # "reduced the SUIUSDT position by 40%": the share after "by", further along its line
        by = _REDUCED_BY.match(lower, close.end(), min(line_end, close.end() + 56))
        if by is not None and 0 < int(by.group(1)) <= 100:
            return int(by.group(1)) / 100
    return None


# the share a position was made smaller by: "… position by 40%" (no number between)
_REDUCED_BY = re.compile(r"[^\d\n]*?(?<![\w])by[ \t]+(\d{1,3})[ \t]*%")


_TARGET_NUMBER = re.compile(r"(?<![\w])(?:tp|target)\s*#?(\d{1,2})(?!\d|[.,]\d)")
# the hit word before its target: "ETH hit TP2", "SUI flew through TP3 & TP4"
_HIT_THEN_TARGET = re.compile(
    r"(?<![\w])(?:hit|smashed|tagged|(?:flew|blew|sliced|ripped)\s+(?:right\s+)?(?:through|past))"
    r"\s+(?:the\s+)?(?:tp|target)\s*#?(\d{1,2})(?!\d|[.,]\d)"
)
# between a target and its hit word: the hit to come or not come ("TP1 will be hit soon", "TP2
# should be reached today", "TP1 not hit yet"), in other languages too ("Ziel 2 noch nicht
# erreicht", "objectif 2 pas encore atteint", "target 2 non ancora preso", "тейк 2 ещё не взят",
# "alvo 2 ainda não", "TP2 todavía no", "cel 2 jeszcze nie", "TP2 henüz", "TP2 chưa", "belum",
# Hebrew "יעד 2 עוד לא הושג", Swahili "bado", Uzbek "hali", Romanian "ținta 2 încă nu a fost
# atinsă", Hungarian "a 2. célár még nem teljesült")
_NOT_YET = re.compile(
    r"(?<![\w])(?:will|would|should|could|may|might|about|going|gonna|soon|almost|nearly|not"
    r"|yet|to\s+be|if|when|once|nicht|noch|pas|encore|non|ancora|ainda|não|nao|todavía|todavia"
    r"|aún|jeszcze|nie|ещё|еще|не|ще|henüz|chưa|belum|nog|niet|לא|עוד|טרם|bado|hali"
    # Romanian "încă nu" / "inca nu" (not yet), Hungarian "még nem", Czech "ještě ne"
    r"|încă\s+nu|inca\s+nu|nu\s+a\s+fost|még|nem|ještě)(?![\w])"
    r"|'ll(?![\w])"
)
_NEXT_LISTED = re.compile(
    r"[ \t]*(?:,|&|\+|and|/(?=[ \t]*(?:tp|target)))[ \t]*(?:tp|target)?[ \t]*#?(\d{1,2})"
    r"(?!\d|%|[.,]\d)"
)
_CONDITION_BEFORE = re.compile(
    r"(?<![\w])(?:if|when|once|after|until|before|to|will|should|not|never)\b|n[’']t\b"
)


_TARGET_NUMBER_NAMED = re.compile(
    r"(?<![\w])(?:take[\s\-]*profit|target|tp)\s*#?(\d{1,2})(?!\d|[.,]\d|\s*%)"
)


# "all 4 targets done", "every 3 TPs hit": the count of the targets, the last one's number
_ALL_COUNT = re.compile(r"(?:all|every)\s+(?:the\s+)?(\d{1,2})\s+" + _ALL_TARGET_WORDS)


def _last_target_named(lower: str, skip: tuple[int, int]) -> int | None:
    """Beside "all targets done", the highest target the text numbers ("TP3 hit, all targets
    done", "(TP4 was the last)", "TP1 ✅ TP2 ✅ TP3 ✅ all targets reached") is the last one
    reached, or else their count ("All 4 targets done"): that number is kept."""
    numbers = [
        int(m.group(1))
        for m in _TARGET_NUMBER_NAMED.finditer(lower)
        if not skip[0] <= m.start() < skip[1]
    ]
    if numbers:
        return max(numbers)
    count = _ALL_COUNT.search(lower)
    return int(count.group(1)) if count is not None and int(count.group(1)) > 0 else None


# A target hit written with its price and no target number: "0.5123 reached 🎯", "Target
# 158.4 reached ✅", "#SOL hit 151.3 ✅🎯", "tapped 0.0238 🎯", "price reached our target 59,085.3"
# (a hit word beside the price, and "target" or a bullseye beside both)
_PRICE = r"\$?\d[\d,]*(?:\.\d+)?(?![\d.,]*[%kmb])"
_PRICE_HIT_WORD = r"(?:hit|reached|achieved|done|tapped|touched|smashed)"
PRICE_ONLY_HIT = re.compile(
    r"(?<![\w])(?:target|tp)[ \t]+" + _PRICE + r"[ \t]+" + _PRICE_HIT_WORD + r"(?![\w])"
    r"|(?<![\w])(?:hit|reached|tapped|touched)[ \t]+(?:our[ \t]+|the[ \t]+|my[ \t]+)?target"
    r"[ \t]+(?:at[ \t]+|of[ \t]+)?"
    + _PRICE
    + r"|(?<![\w.,])"
    + _PRICE
    + r"[ \t]+"
    + _PRICE_HIT_WORD
    + r"[^\w\n]{0,4}🎯|(?<![\w])(?:hit|reached|tapped|touched)[ \t]+"
    + _PRICE
    + r"[^\w\n]{0,6}🎯"
    r"|🎯[ \t]*" + _PRICE + r"[ \t]+" + _PRICE_HIT_WORD + r"(?![\w])"
    # a bot's notice: "Target hit successfully for SOLUSDT at price 151.3", "Target hit for
    # DIA at 0.741"
    r"|(?<![\w])(?:target|tp)[ \t]+(?:hit|reached|achieved)(?:[ \t]+successfully)?"
    r"(?:[ \t]+for[ \t]+[#$]?[a-z0-9]{2,15}(?:/usdt)?)?[ \t]+(?:at|@)(?:[ \t]+price)?[ \t]+"
    + _PRICE
)
_PRICE_HIT_HINTS = ("hit", "reach", "achiev", "done", "tapp", "touch", "smash")


def price_only_hit(lower: str) -> bool:
    """Whether ``lower`` reports a target hit by its price alone (:data:`PRICE_ONLY_HIT`), not
    under a condition ("when we hit 0.55 🎯")."""
    if not _has(lower, _PRICE_HIT_HINTS):
        return False
    m = PRICE_ONLY_HIT.search(lower)
    return m is not None and not _CONDITION_BEFORE.search(lower, max(0, m.start() - 16), m.start())


# a count of targets reached: "#SOL 3 targets hit", "🎯🎯 AAVE 2 targets done", "2 TPs smashed"
# (plural words only: "2 target" is no count; "all 3 targets" is read by ALL_TARGETS)
_COUNT_DONE = re.compile(
    r"(?<![\w.,+\-−])([1-9])[ \t]+(?:targets|tps|take[ \t\-]*profits)[ \t]+"
    r"(?:are[ \t]+|were[ \t]+)?(?:hit|done|reached|achieved|completed|smashed|secured)(?![\w])"
)
_COUNT_HINTS = ("targets", "tps", "profits")
# a tally over a span of time or several calls ("5 targets hit today across 4 coins"): results
_TALLY_SPAN = re.compile(
    r"(?<![\w])(?:today|yesterday|this[ \t]+(?:week|month)|so[ \t]+far|across|in[ \t]+total"
    r"|coins|signals|calls)(?![\w])"
)


def _count_done(lower: str) -> int | None:
    """The count of targets ``lower`` reports reached ("🎯🎯 AAVE 2 targets done": the second),
    not under a condition nor in a tally of several calls."""
    count = _COUNT_DONE.search(lower)
    if count is None or _TALLY_SPAN.search(lower):
        return None
    if _CONDITION_BEFORE.search(lower, max(0, count.start() - 16), count.start()):
        return None
    return int(count.group(1))


# a target marked as still waiting on a status line: "TP2 ⏳", "TP2: 0.4489 ⌛"
_WAITING_TARGET = re.compile(
    r"(?<![\w])(?:tp|target)[ \t]*#?(\d{1,2})[ \t]*[:\-]?[ \t]*(?:\$?\d[\d.,]*[ \t]*)?(?:⏳|⌛)"
)


def _pending_below(lower: str, index: int) -> bool:
    """Whether a target numbered below ``index`` (the highest ticked) is marked waiting."""
    return any(int(m.group(1)) < index for m in _WAITING_TARGET.finditer(lower))


def _target_hit(lower: str, skip: tuple[int, int]) -> int | None:
    """The highest target a text reports reached ("TP1 ✅ TP2 ✅": 2), leaving out the span
    ``skip`` and a filled entry's "entry target 1 ✅"."""
    best: int | None = None
    for hit in TARGET_HIT.finditer(lower):
        if skip[0] <= hit.start() < skip[1] or lower[
            max(0, hit.start() - 6) : hit.start()
        ].endswith(("entry ", "entry")):
            continue
        if hit.group(1) and _NOT_YET.search(lower, hit.end(1), hit.end()):
            continue  # "TP1 will be hit soon 👀", "TP2 not reached yet": no hit
        if (
            hit.group(3)
            and hit.group().startswith("%")
            and not _SIGNED_BEFORE.search(lower, max(0, hit.start() - 16), hit.start())
        ):
            continue  # "30% (TP1)" without a sign: a target's share, no result
        index = int(next(g for g in hit.groups() if g))
        if index > MAX_LEVEL_INDEX:
            continue  # "BTC target 40 hit ✅": no card has 40 targets, the number is a price
        if hit.group(1):
            # "Targets 1, 2 and 3 done": the numbers listed after the first are reported too
            at = hit.end(1)
            while (listed := _NEXT_LISTED.match(lower, at)) is not None:
                index, at = max(index, int(listed.group(1))), listed.end()
        # "tp1 + tp2 ✅": a target written inside the hit's span is reported with it
        for inner in _TARGET_NUMBER.finditer(
            lower, hit.end(1) if hit.group(1) else hit.end(), hit.end()
        ):
            index = max(index, int(inner.group(1)))
        best = index if best is None else max(best, index)
    if ":" in lower and "target" in lower and (board := _TARGET_BOARD.search(lower)) is not None:
        best = max(best or 0, int(board.group(1)))
    if _has(lower, _NOUNS_AFTER_NUMBER):
        for noun in _NUMBER_BEFORE_NOUN.finditer(lower):
            best = max(best or 0, _count(noun.group(1)))
    if best is None and (
        "hit" in lower
        or "through" in lower
        or "past" in lower
        or "smashed" in lower
        or "tagged" in lower
    ):
        # "ETH hit TP2", "btc hit tp1, moving sl to be", "ORDI tagged target 2" (not "if it
        # hits TP1", "when we hit TP1")
        for hit in _HIT_THEN_TARGET.finditer(lower):
            if not (skip[0] <= hit.start() < skip[1]) and not _CONDITION_BEFORE.search(
                lower, max(0, hit.start() - 16), hit.start()
            ):
                index, at = int(hit.group(1)), hit.end(1)
                while (listed := _NEXT_LISTED.match(lower, at)) is not None:
                    index, at = max(index, int(listed.group(1))), listed.end()  # "hit TP2 and TP3"
                if index <= MAX_LEVEL_INDEX:
                    best = index if best is None else max(best, index)
    if best is None and _has(lower, _ORDINAL_NOUN_HINTS) and _HIT_WORD.search(lower):
        best = _ordinal_target(lower)
    if best is None and _has(lower, _COUNT_HINTS):
        best = _count_done(lower)
    if best is None and ("filled" in lower or "executed" in lower):
        filled = _ORDINAL_TARGET_FILLED.search(lower)
        if filled is not None and not _NOT_YET.search(lower, filled.end(1), filled.end()):
            best = _ORDINAL_COUNTS[filled.group(1)]
    return best


# a target named by its ordinal, its order filled right after: "1st take-profit filled",
# "second TP order executed" (a bot's notice; "filled" anywhere else in the text is no hit of
# the target an ordinal names: "2nd entry filled, first target next")
_ORDINAL_COUNTS = {
    **{"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5},
    **{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5},
}
_ORDINAL_TARGET_FILLED = re.compile(
    r"(?<![\w])(1st|2nd|3rd|4th|5th|first|second|third|fourth|fifth)[ \t]+"
    r"(?:take[ \t\-]*profit|target|tp)(?:[ \t]+order)?"
    r"([ \t]+(?:(?:was|got|is|has[ \t]+been)[ \t]+)?(?:not[ \t]+)?(?:filled|executed))(?![\w])"
)


def _fraction(text: str) -> float | None:
    """The share of a close ``text`` (lower-cased) names."""
    low = text.lower()
    if _FULL_PARTS.search(low) and _FULL.search(text):
        return 1.0
    m = _HALF_LOWER.search(text) if "half" in low or "%" in low or "٪" in low else None
    if not m:
        if _has(low, _HALF_WORD_PARTS) and _HALF_WORDS.search(low):
            return 0.5
        return _share(text)
    if m.group(1) is None and m.group(2) is None:
        return 0.5
    pct = float(m.group(1) or m.group(2))
    return pct / 100 if 0 < pct <= 100 else None


def _share(text: str) -> float | None:
    """A share written as a ratio ("1/3", at most tenths) or in words ("two thirds")."""
    ratio = _RATIO.search(text) if "/" in text and _RATIO_PARTS.search(text) else None
    if ratio and int(ratio.group(1)) < int(ratio.group(2)):
        return int(ratio.group(1)) / int(ratio.group(2))
    word = _WORD_SHARE.search(text) if "third" in text or "quarter" in text else None
    if word:
        return _WORD_SHARES[next(g for g in word.groups() if g)]
    other = _THIRD_WORDS.search(text) if _has(text, _THIRD_PARTS) else None
    if other:
        return 2 / 3 if other.group(1) else 1 / 3
    return None


# a level of the signal already posted, talked about: "bounced off our entry 572.7", "TP2 was
# 0.3848, we got close", "the stop held"
_POSTED_LEVEL = re.compile(
    r"(?<![\w])(?:(?:our|the|my|your)[ \t]+(?:entry|tp\d?|target[ \t]*\d?|sl|stop(?:[ \t]*loss)?)"
    r"|(?:entry|tp\d?|target[ \t]*\d?|sl|stop(?:[ \t]*loss)?)[ \t]+(?:was|were|held|holding))"
    r"(?![\w])"
)
_POSTED_HINTS = ("our ", "the ", "my ", "your ", " was", " were", " held", " holding")


def names_posted_level(lower: str) -> bool:
    """Whether a text without a side talks about a level already posted rather than giving
    one ("BNB bounced right off our entry 572.7 👀", "TP2 was 0.3848, we got close")."""
    return _has(lower, _POSTED_HINTS) and _POSTED_LEVEL.search(lower) is not None


def stated_price(text: str) -> str | None:
    m = _PRICE_AFTER.search(text)
    return m.group(1).rstrip(",") if m else None  # "cut at 3385, small loss": no comma


# Each tuple of words :func:`_has` is asked about, by its id, with its ASCII words and its
# other words' one-byte forms (the tuple kept beside them: the id is only trusted for that
# very tuple)
_ONE_BYTE: dict[int, _HintForms] = {
    id(words): _hint_forms(words)
    for words in (
        *(DONE_SIGNS, _STOP_SIGN_HINTS, _BE_SIGN_HINTS, _NOUNS_AFTER_NUMBER, _FOR_LATER_HINTS),
        *(_LATER_HINTS, _SOME_READERS_HINTS, _LEVERAGE_HINTS, _STOP_REMOVED_HINTS),
        *(_NEGATION_HINTS, _CANCEL_HINTS, _STOP_HINTS, CORRECTION_HINTS, _BE_SPELLED),
        *(_TARGET_HINTS, _SIGNS, _FILLED_HINTS, _FILLED_WORDS, _ALL_TARGETS_WORDS, _MANUAL),
        *(_ACTIVATED_HINTS, _CLOSE_HINTS, _PRICE_HIT_HINTS, _ORDINAL_NOUN_HINTS),
        *(_HALF_WORD_PARTS, _THIRD_PARTS, _POSTED_HINTS),
    )
}


# Whether :func:`match_action` can find anything in a text: every action it reads is behind a
# word test of its own (a table of hint words, a literal, a pattern of few words) and the word
# each test needs is gathered here, from the very tables it reads — most talk holds none of
# them and skips the ~11 word scans and the patterns behind them for one search. The words that
# only matter beside a stop word ("new", " be", "tp", the signs) are asked where one stands,
# with the stop patterns that need nothing more (tests/sources/test_signal_parser_action_gate.py
# pins every test of match_action to a word here).
_ACTION_WORDS = (
    *(*_NEGATION_HINTS, *_CANCEL_HINTS, *CORRECTION_HINTS, *_BE_SPELLED, *_FILLED_WORDS),
    *(*_ALL_TARGETS_WORDS, *_CLOSE_HINTS, *_ACTIVATED_HINTS, *_PRICE_HIT_HINTS, *DONE_SIGNS),
    *(*DONE_WORDS_MORE, *TOGETHER_WORDS, *TRAIL_REST_WORDS),
    # inline tests: a liquidation, a time stop, a stop in profit, a trailing stop, a stop to
    # breakeven, a risk-free trade, a share taken off, every target, a bullseye
    *("liquidated", "time", "profit", "trail", "tsl", "break", "risk", "off", "half", "%"),
    "tighten",
    *("target", "tps", "🎯"),
)
_ACTION_FRAGMENTS = tuple(
    {*DONE_WORDS, *_REENTRY_WORD_FRAGMENTS, *(re.escape(word) for word in _ACTION_WORDS)}
)
_ACTION_WORDS_ASCII = re.compile(
    by_first_character(tuple(sorted(f for f in _ACTION_FRAGMENTS if f[0].isascii())))
)
_ACTION_WORDS_WIDE = re.compile(
    by_first_character(tuple(sorted(f for f in _ACTION_FRAGMENTS if not f[0].isascii())))
)
# a text this short may be icons, a price or a coin alone: read by its own patterns
_SHORT_AT_MOST = max(_ICONS_AT_MOST, _PRICE_ALONE_AT_MOST, _COIN_OUT_AT_MOST)
# beside a stop word: a stop moved to a target, to breakeven after a sign, or a new stop
_STOP_MOVE_WORDS = ("new", " be", "tp", "alvo", "objetivo", *_SIGNS)


def may_name_action(text: str, lower: str) -> bool:
    """False when :func:`match_action` finds nothing in ``text`` (``lower``, its lower-cased
    form after the circled digits and order words are read), because the text holds none of
    the words its readings need; True when it may find an action."""
    if len(text) <= _SHORT_AT_MOST or "BE" in text:
        return True
    if _ACTION_WORDS_ASCII.search(lower) is not None or (
        not lower.isascii() and _ACTION_WORDS_WIDE.search(lower) is not None
    ):
        return True
    if not _has(lower, _STOP_HINTS):
        return False
    return (
        _has(lower, _STOP_MOVE_WORDS)
        or stop_moved_search(lower) is not None
        or _stop_set(lower) is not None
        or old_new_stop(lower) is not None
    )
