"""Follow-ups in Hebrew, Hong Kong Cantonese, Hausa, Swahili, Kazakh, Uzbek and Azerbaijani,
written as the English phrases the follow-up reader knows (as ``more_script_updates`` does for
the South-Asian scripts and the Baltic languages).

Channels in those languages mix the English trade words into their own sentences: Hebrew
``חטפנו סטופ``, ``מזיזים סטופ לנקודת הכניסה``, ``לוקחים 50% רווח``; Cantonese ``止蝕咗``,
``止蝕位移到入市價``, ``走一半貨``, ``先食50%``; Hausa ``Manufa 2 ta cika``, ``stop loss ya
taɓa``, ``ku ɗauki riba 50%``; Swahili ``funga nusu ya nafasi``, ``chukua faida 50%``; Kazakh
``2-мақсатқа жеттік``, ``пайданың 50% бекітеміз``; Uzbek ``stopni kirishga suramiz``,
``pozitsiyaning yarmini yoping``; Azerbaijani ``2-ci hədəf alındı``, ``stopu girişə çəkin``.
:func:`other_updates_in_english` writes each whole phrase as its English one. A target said
not reached yet in Chinese (``目標3仲未到``, ``目标3还没到``) is written "target 3 not reached
yet", which the reader keeps as talk; a phrase with "not" beside it is left as written.

The gate: the Hebrew phrases only in a text holding a Hebrew letter, the Chinese ones only in a
text holding one of their characters, the Latin-letter and Cyrillic ones only in a short text
holding one of their stems.
"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import holds_any
from tradermanager.sources.signal_parser.lower_case import lower_case
from tradermanager.sources.signal_parser.more_script_updates import compiled_phrases

_S = r"[^\S\n]+"
_O = r"[^\S\n]*"
_N = r"([1-9])"
_STOP = r"(?:sl|stop[\s\-]?loss|stoploss|stop)"
_SHARE = r"(\d{1,2})" + _O + r"%"

# Hebrew: a target, the stop (the English word in Hebrew letters or in Latin ones)
_HE_TARGET = r"(?:ה?יעד|ה?מטרה|טי" + _O + r"פי|tp|target)"
_HE_STOP = r"(?:ה?סטופ(?:" + _O + r"לוס)?|" + _STOP + r")"
# Cantonese and Mandarin: the stop, the entry price
_ZH_STOP = r"(?:止蝕位?|止損|停損|止损|SL)"
_ZH_ENTRY = r"(?:入市價|入場價|進場價|開倉價|成本價?|入市价|进场价|开仓价)"

# (phrase, its English words): "\1" is a target's number or a share
_HEBREW: tuple[tuple[str, str], ...] = (
    (
        _HE_TARGET + _O + _N + _S + r"(?:הושג|הושגה|נלקח|נלקחה|בוצע|בוצעה|נגע|נגענו)",
        r"target \1 hit",
    ),
    (r"(?:הגענו|הגיע)" + _S + r"ל(?:יעד|מטרה)" + _O + _N, r"target \1 hit"),
    (
        r"(?:חטפנו|קיבלנו|נסגרנו"
        + _S
        + r"ב)"
        + _O
        + _HE_STOP
        + r"|"
        + _HE_STOP
        + _S
        + r"(?:נתפס|הופעל|נלקח|נגע)",
        "stop loss hit",
    ),
    (
        r"(?:(?:מזיזים|מעבירים|הזיזו|העבירו|להזיז|להעביר)"
        + _S
        + r"(?:את"
        + _S
        + r")?)?"
        + _HE_STOP
        + _S
        + r"ל(?:נקודת"
        + _S
        + r"ה|ה)?כניסה",
        "stop loss moved to entry",
    ),
    (
        r"(?:סוגרים|סגרו|סגרנו|לסגור)"
        + _S
        + r"(?:את"
        + _S
        + r")?(?:ה)?חצי(?:"
        + _S
        + r"(?:מה)?(?:פוזיציה|עסקה|הפוזיציה|העסקה))?",
        "close half position",
    ),
    (
        r"(?:לוקחים|קחו|לקחנו|מממשים|ממשו|מימשנו)"
        + _S
        + _SHARE
        + r"(?:"
        + _S
        + r"(?:רווח|רווחים|מהרווח|מהפוזיציה))?",
        r"book \1% profit",
    ),
    (
        r"(?:ה?עסקה|ה?איתות|ה?סיגנל)"
        + _S
        + r"(?:מבוטלת|מבוטל|בוטלה|בוטל)"
        + r"|ביטול"
        + _S
        + r"(?:ה?איתות|ה?עסקה|ה?סיגנל)",
        "trade cancelled",
    ),
)
_CHINESE: tuple[tuple[str, str], ...] = (
    # a target not reached yet: talk ("目標3仲未到", "目標1還沒到", "目标2还没到")
    (
        r"(?:目標價?|目标价?|止盈|止賺)"
        + _O
        + _N
        + _O
        + r"(?:仲未|還未|還沒|还没|未)(?:到|達到|达到)",
        r"target \1 not reached yet",
    ),
    (
        r"(?:目標價?|止賺)"
        + _O
        + _N
        + _O
        + r"(?:到咗|到左|食咗|已到)"
        + r"|第"
        + _O
        + _N
        + _O
        + r"個?目標(?:價)?(?:食咗|到咗|到左)",
        r"target \1\2 hit",
    ),
    (
        r"止蝕咗|(?:觸發|打咗|中咗)" + _O + r"止蝕|打到" + _O + r"(?:止損|停損|止损)",
        "stop loss hit",
    ),
    (
        _ZH_STOP + _O + r"(?:移到|移至|拉返|拉到|調到|改到|上移至|上移到)" + _O + _ZH_ENTRY,
        "stop loss moved to entry",
    ),
    (r"走(?:咗)?一半(?:貨)?|平(?:咗)?一半(?:倉)?", "close half position"),
    (r"(?:先)?食(?:咗)?" + _O + _SHARE, r"book \1% profit"),
    (r"呢單取消|呢單唔做|唔入住", "trade cancelled"),
)
_LATIN_CYRILLIC: tuple[tuple[str, str], ...] = (
    # Hausa
    (
        r"(?:manufa|target|tp)"
        + _O
        + _N
        + _S
        + r"ta"
        + _S
        + r"(?:cika|kai|samu)"
        + r"|(?:mun|an)"
        + _S
        + r"(?:kai|cika)"
        + _S
        + r"(?:manufa|target)"
        + _O
        + _N,
        r"target \1\2 hit",
    ),
    (
        _STOP
        + _S
        + r"ya"
        + _S
        + r"(?:taɓa|taba|buga)"
        + r"|an"
        + _S
        + r"buga"
        + _S
        + r"(?:mana"
        + _S
        + r")?"
        + _STOP,
        "stop loss hit",
    ),
    (
        r"(?:mayar|matsar|maida)"
        + _S
        + r"(?:da"
        + _S
        + r")?"
        + _STOP
        + _S
        + r"(?:zuwa|a)"
        + _S
        + r"(?:farashin"
        + _S
        + r"shiga|wurin"
        + _S
        + r"shiga|entry)",
        "stop loss moved to entry",
    ),
    (
        r"rufe" + _S + r"rabin(?:" + _S + r"(?:position|matsayi|ciniki)(?:" + _O + r"[ɗd]in)?)?",
        "close half position",
    ),
    (r"(?:ɗauki|dauki|ɗibi|dibi)" + _S + r"riba" + _S + _SHARE, r"book \1% profit"),
    (
        r"an"
        + _S
        + r"soke"
        + _S
        + r"(?:wannan"
        + _S
        + r")?(?:signal|ciniki)"
        + r"|signal"
        + _S
        + r"ya"
        + _S
        + r"soku",
        "trade cancelled",
    ),
    # Swahili
    (
        r"lengo"
        + _O
        + _N
        + _S
        + r"(?:limefikiwa|limefika|limeguswa)"
        + r"|(?:tp|target)"
        + _O
        + _N
        + _S
        + r"(?:imegongwa|imefikiwa|imeguswa)",
        r"target \1\2 hit",
    ),
    (
        _STOP + _S + r"(?:imeguswa|imegongwa)|tumegonga" + _S + _STOP,
        "stop loss hit",
    ),
    (
        r"(?:(?:hamisha|sogeza|weka)"
        + _S
        + r")?"
        + _STOP
        + _S
        + r"(?:kwenye|hadi)"
        + _S
        + r"(?:bei"
        + _S
        + r"ya"
        + _S
        + r"kuingia|entry)",
        "stop loss moved to entry",
    ),
    (
        r"funga" + _S + r"nusu(?:" + _S + r"ya" + _S + r"(?:nafasi|position|biashara))?",
        "close half position",
    ),
    (r"chukua" + _S + r"faida" + _S + _SHARE, r"book \1% profit"),
    (
        r"(?:ishara|biashara|signal)(?:" + _S + r"hii)?" + _S + r"(?:imefutwa|imeghairiwa)",
        "trade cancelled",
    ),
    # Kazakh
    (
        _N
        + r"(?:-?(?:ші|шы))?"
        + _O
        + r"-?"
        + _O
        + r"мақсат(?:"
        + _S
        + r"(?:орындалды|алынды)|қа"
        + _S
        + r"жеттік)",
        r"target \1 hit",
    ),
    (
        r"стоп(?:-?лосс)?" + _S + r"(?:іске" + _S + r"қосылды|соқты)|стоптан" + _S + r"шықтық",
        "stop loss hit",
    ),
    (
        r"стоп(?:ты)?"
        + _S
        + r"кіру"
        + _S
        + r"(?:нүктесіне|бағасына)(?:"
        + _S
        + r"(?:жылжытамыз|жылжытыңыз|ауыстырамыз))?",
        "stop loss moved to entry",
    ),
    (r"позицияның" + _S + r"жартысын" + _S + r"(?:жабамыз|жабыңыз)", "close half position"),
    (
        r"пайданың" + _S + _SHARE + r"(?:-?[ыі]н)?" + _S + r"(?:бекітеміз|бекітіңіз|аламыз)",
        r"book \1% profit",
    ),
    (r"(?:сигнал|мәміле)" + _S + r"(?:жойылды|болдырылмады)", "trade cancelled"),
    # Uzbek
    (
        _N
        + _O
        + r"-?"
        + _O
        + r"maqsad"
        + _S
        + r"(?:bajarildi|olindi)"
        + r"|(?:tp|target)"
        + _O
        + _N
        + _S
        + r"urildi",
        r"target \1\2 hit",
    ),
    (_STOP + _S + r"(?:urdi|urildi|ishladi)", "stop loss hit"),
    (
        r"(?:sl|stop)"
        + _O
        + r"ni"
        + _S
        + r"kirish(?:ga|"
        + _S
        + r"(?:narxiga|nuqtasiga))"
        + _S
        + r"(?:o['‘’ʻ`]tkaz(?:ing|amiz|dik)|sur(?:amiz|ing|dik))",
        "stop loss moved to entry",
    ),
    (r"pozitsiyaning" + _S + r"yarmini" + _S + r"(?:yoping|yopamiz|yopdik)", "close half position"),
    (_SHARE + _S + r"foyda(?:ni)?" + _S + r"(?:oling|olamiz|oldik)", r"book \1% profit"),
    (r"(?:signal|savdo)" + _S + r"bekor(?:" + _S + r"qilindi)?", "trade cancelled"),
    # Azerbaijani: the forms ``more_script_updates`` does not write
    (
        _N + r"-?(?:ci|cı|cu|cü)" + _S + r"hədəf" + _S + r"(?:alındı|vuruldu)",
        r"target \1 hit",
    ),
    (
        r"stopu" + _S + r"girişə" + _S + r"(?:çəkin|çəkirik|çəkdik)",
        "stop loss moved to entry",
    ),
    (_SHARE + _S + r"mənfəəti" + _S + r"(?:götürün|götürürük|götürdük)", r"book \1% profit"),
)

# Hebrew letters
_HEBREW_LETTER = re.compile("[\u05d0-\u05ea]")
# a character one of the Chinese phrases holds
_CHINESE_MARKS = ("咗", "蝕", "食", "一半", "呢單", "唔", "打到", "未", "還沒", "还没", "到左")
# a stem each Latin-letter or Cyrillic phrase holds (looked for in the lower-cased text)
_STEMS = (
    *("manufa", "ya ta", "buga", "mayar", "matsar", "maida", "rabin", "riba", "soke", "soku"),
    *(
        "lengo",
        "imefikiwa",
        "imegongwa",
        "imeguswa",
        "tumegonga",
        "kwenye",
        "hadi",
        "nusu",
        "faida",
    ),
    *("imefutwa", "imeghairiwa"),
    *("мақсат", "іске", "стоптан", "кіру", "жартысын", "пайданың", "жойылды", "болдырылмады"),
    *("maqsad", "urildi", "urdi", "ishladi", "kirish", "yarmini", "foyda", "bekor"),
    *("hədəf", "girişə", "mənfəəti"),
)
_ASCII_STEMS = tuple(stem for stem in _STEMS if stem.isascii())
# "not" said beside the phrase on its line
_NOT_AFTER = (" ba", "לא", "bado", "hali", "emas", "жоқ", "deyil", "yox", "未", "沒", "没", "唔")
_NOT_BEFORE = ("ba ", "לא ", "bado ", "hali ", "未", "沒", "没", "唔")
# the longest text whose Latin-letter and Cyrillic phrases are looked for: such an update is a
# short reply ("#1000PEPEUSDT pozitsiyaning yarmini yoping 💰" is 45 characters)
_AT_MOST = 72


def _negated(m: re.Match[str]) -> bool:
    """Whether the phrase's line says "not" right after it or right before it."""
    text = m.string
    end = text.find("\n", m.end())
    after = text[m.end() : end if end >= 0 else len(text)][:16].lower()
    start = text.rfind("\n", 0, m.start()) + 1
    before = text[max(start, m.start() - 8) : m.start()].lower()
    return holds_any(after, _NOT_AFTER) or holds_any(before, _NOT_BEFORE)


class _Writer:
    """Each phrase of one list written as its English words (a phrase denied left as it is)."""

    def __init__(self, phrases: tuple[tuple[str, str], ...]) -> None:
        self.phrases = phrases
        self.pattern, self.offsets = compiled_phrases(phrases)

    def english(self, m: re.Match[str]) -> str:
        i = int((m.lastgroup or "p0")[1:])
        words = self.phrases[i][1]
        if "not reached" not in words and _negated(m):
            return m.group(0)
        if "\\1" not in words:
            return words
        # the phrase's own groups follow its named group
        groups = [m.group(k) for k in range(self.offsets[i] + 2, self.offsets[i + 1] + 1)]
        number = next((g for g in groups if g), "")
        return words.replace("\\1\\2", number).replace("\\1", number)

    def sub(self, text: str) -> str:
        return self.pattern.sub(self.english, text)


_HEBREW_WRITER = _Writer(_HEBREW)
_CHINESE_WRITER = _Writer(_CHINESE)
_LATIN_CYRILLIC_WRITER = _Writer(_LATIN_CYRILLIC)


def other_updates_in_english(text: str) -> str:
    """``text`` with each follow-up phrase of those languages written as its English one."""
    if len(text) <= _AT_MOST and holds_any(
        lower_case(text), _ASCII_STEMS if text.isascii() else _STEMS
    ):
        text = _LATIN_CYRILLIC_WRITER.sub(text)
    if text.isascii():
        return text
    if _HEBREW_LETTER.search(text) is not None:
        text = _HEBREW_WRITER.sub(text)
    if holds_any(text, _CHINESE_MARKS):
        text = _CHINESE_WRITER.sub(text)
    return text
