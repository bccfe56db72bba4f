"""Follow-ups in traders' shorthand in Korean, Japanese, Russian, Indonesian, Turkish and
Arabic, written as the English phrases the follow-up reader knows.

Channels shorten their updates to slang the fuller phrases of earlier rounds do not hold:
Russian ``стоп в бу`` (б/у, безубыток: the stop to break-even), Korean ``손절가 본전으로`` (the
stop to what was paid) and ``절반 정리`` (half cleared out), Japanese ``損切りを建値に変更``,
``SLに刺さりました`` (the stop "stuck", hit) and ``50%利益確定``, Indonesian ``SL pindah ke BEP``
(break-even point), Turkish ``%50 kar alın`` (the imperative of "take profit") and Arabic ``خذوا
50% أرباح`` (take 50 % profits). :func:`slang_in_english` writes each whole phrase as its
English one ("stop loss moved to entry", "stop loss hit", "close half position", "book 50%
profit"); a phrase whose line says "not" beside it (``절반 정리 안 함``, ``belum``) is left as
written. Only a short text holding one of the phrases' stems is asked (the gate): an update in
those words is a reply of a line or two.
"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import holds_any
from tradermanager.sources.signal_parser.lower_case import lower_case

_S = r"[^\S\n]*"
_SP = r"[^\S\n]+"
# a share in ASCII or Arabic-Indic digits
_SHARE = r"([1-9]\d?|[١-٩][٠-٩]?)"
_TO_ASCII = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
_STOP = r"(?:stop[\s\-]*loss|stop|sl)"

# (phrase, its English words): "\1" is a share of the position
_PHRASES: tuple[tuple[str, str], ...] = (
    # the stop to break-even: Russian and Ukrainian "стоп в бу", "SL в б/у", "стоп на бу"
    (
        r"(?<![\w])(?:стоп|сл|" + _STOP + r")" + _SP + r"(?:в|у|на)" + _SP + r"(?:бу|б/у)(?![\w])",
        "stop loss moved to entry",
    ),
    # Korean "손절가 본전으로", "손절 라인 본전으로 이동", "스탑 본전", "SL 본전으로 상향"
    (
        r"(?:손절가?|손절"
        + _S
        + r"라인|스탑|"
        + _STOP
        + r")"
        + _S
        + r"(?:을|를)?"
        + _S
        + r"본전(?:으로|가로)?(?:"
        + _S
        + r"(?:이동|변경|상향|올립니다|올림))?",
        "stop loss moved to entry",
    ),
    # Japanese "損切りを建値に変更", "損切りラインを建値へ", "SLを建値に引き上げ"
    (
        r"(?:損切り?(?:ライン)?|ストップ(?:ロス)?|"
        + _STOP
        + r")"
        + _S
        + r"を?"
        + _S
        + r"建値(?:に|へ)(?:変更|移動|引き上げ|上げ)?",
        "stop loss moved to entry",
    ),
    # Indonesian "SL pindah ke BEP", "geser SL ke BEP", "SL dipindah ke break even point"
    (
        r"(?<![\w])(?:"
        + _STOP
        + _SP
        + r"(?:di)?(?:pindah(?:kan)?|geser|naik(?:kan)?)"
        + r"|(?:pindah(?:kan)?|geser|naik(?:kan)?)"
        + _SP
        + _STOP
        + r")"
        + _SP
        + r"ke"
        + _SP
        + r"(?:bep|break[\s\-]*even(?:"
        + _SP
        + r"point)?)(?![\w])",
        "stop loss moved to entry",
    ),
    # Japanese "SLに刺さりました", "損切りに刺さった" (the stop "stuck": hit)
    (
        r"(?:損切り?(?:ライン)?|ストップ(?:ロス)?|"
        + _STOP
        + r")"
        + _S
        + r"に"
        + _S
        + r"刺さ(?:りました|った|る)",
        "stop loss hit",
    ),
    # Korean "절반 정리", "물량 절반 청산"; Japanese "半分決済", "半分利益確定"
    (
        r"(?:물량" + _S + r")?절반" + _S + r"(?:정리|청산)|半分" + _S + r"(?:決済|利益確定)",
        "close half position",
    ),
    # a share taken: Korean "50% 정리", Japanese "50%利益確定", "50%決済"
    (_SHARE + _S + r"[%٪]" + _S + r"(?:정리|청산|利益確定|決済)", r"book \1% profit"),
    # Turkish "%50 kar alın", "%30 kâr alalım" (the sign before the number)
    (
        r"(?<![\w])[%٪]" + _S + _SHARE + _SP + r"k[âa]r" + _SP + r"al(?:ın|in|alım|alim)(?![\w])",
        r"book \1% profit",
    ),
    # Arabic "خذوا 50% أرباح", "خذ 30% من الأرباح"
    (
        r"(?:خذوا|خذو|خذ)"
        + _SP
        + _SHARE
        + _S
        + r"[%٪]"
        + _S
        + r"(?:من"
        + _SP
        + r")?(?:ال)?[أا]رباح",
        r"book \1% profit",
    ),
)
_STEMS = ("бу", "б/у", "본전", "建値", "bep", "break", "刺さ", "정리", "청산", "決済", "利益確定")
_STEMS_MORE = ("kar al", "kâr al", "خذ")
# "not" beside a phrase on its line: Korean "안", "않", Japanese "ない", "ません", Indonesian
# "belum", "tidak", "jangan", Russian "не", Turkish "değil", "almayın", Arabic "لا", "لم", "ما"
_NOT_AFTER = ("안 ", "않", "ない", "ません", "ずに", " belum", " tidak", " değil", " не ")
_NOT_BEFORE = ("안 ", "belum ", "tidak ", "jangan ", "не ", "لا ", "لم ", "ما ", "아직 ", "まだ")
# the longest text asked: such an update is a reply of a line or two
_AT_MOST = 80

_PHRASE = re.compile(
    "|".join(f"(?P<p{i}>{phrase})" for i, (phrase, _) in enumerate(_PHRASES)), re.I
)
_OFFSETS = [0]
for _phrase, _ in _PHRASES:
    _OFFSETS.append(_OFFSETS[-1] + 1 + re.compile(_phrase, re.I).groups)


def _negated(m: re.Match[str]) -> bool:
    """Whether the phrase's line says "not" right after it or right before it."""
    text = m.string
    end = text.find("\n", m.end())
    after = text[m.end() : end if end >= 0 else len(text)][:16].lower()
    start = text.rfind("\n", 0, m.start()) + 1
    before = text[max(start, m.start() - 10) : m.start()].lower()
    return holds_any(after, _NOT_AFTER) or holds_any(before, _NOT_BEFORE)


def _english(m: re.Match[str]) -> str:
    if _negated(m):
        return m.group(0)
    i = int((m.lastgroup or "p0")[1:])
    words = _PHRASES[i][1]
    number = m.group(_OFFSETS[i] + 2) if "\\1" in words else None
    return words.replace("\\1", (number or "").translate(_TO_ASCII))


def slang_in_english(text: str) -> str:
    """``text`` with each shorthand follow-up phrase written as its English one."""
    if len(text) > _AT_MOST:
        return text
    low = lower_case(text)
    if holds_any(low, _STEMS) or holds_any(low, _STEMS_MORE):
        return _PHRASE.sub(_english, text)
    return text
