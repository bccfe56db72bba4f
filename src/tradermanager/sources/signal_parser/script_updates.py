"""Follow-ups in Urdu, Bengali and Hindi script, in Russian typed in Latin letters and in a few
phrases of German, Polish, Romanian, Nigerian Pidgin and Tagalog, written as the English phrases
the follow-up reader knows.

Channels in those languages report a call's progress in their own words: Urdu ``ٹارگٹ 2 ہٹ``,
``اسٹاپ لاس انٹری پر لے جائیں``, ``آدھی پوزیشن بند کریں``, ``ٹریڈ منسوخ``; Bengali ``টার্গেট ২ হিট``,
``স্টপ লস এন্ট্রিতে সরিয়ে নিন``, ``অর্ধেক পজিশন ক্লোজ করুন``, ``সিগন্যাল বাতিল``; Hindi ``टारगेट 2 हिट``,
``स्टॉप लॉस को एंट्री पर ले जाएं``, ``आधी पोज़िशन बंद करें``; Russian in Latin letters ``Tsel 2
vzyata``, ``vybilo po stopu``, ``stop v bezubytok``, ``fiksiruem polovinu``, ``otmena sdelki``.
:func:`updates_in_english` writes each whole phrase as its English one ("target 2 hit", "stop
loss moved to entry", "close half position", "trade cancelled"), so every reading of those
English phrases applies. Only whole phrases are rewritten (a label word alone, ``ٹارگٹ:`` over a
price, is a card's and stays as written).

A text holding none of those scripts' letters pays one search (none when it is all ASCII), and
one longer than a short update no more (the gate).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tradermanager.sources.signal_parser.literal_first import holds_any
from tradermanager.sources.signal_parser.lower_case import lower_case

_S = r"[^\S\n]+"
# a target's number, in ASCII, Bengali, Devanagari, Persian or Arabic-Indic digits
_N = r"([1-9১-৯१-९۱-۹١-٩])"
_TO_ASCII = str.maketrans("১২৩৪৫৬৭৮৯१२३४५६७८९۱۲۳۴۵۶۷۸۹١٢٣٤٥٦٧٨٩", "123456789" * 4)
# Urdu
_UR_TARGET = r"(?:ٹارگٹ|ٹارگیٹ|ٹی\s?پی)"
_UR_STOP = r"(?:اسٹاپ\s?لاس|سٹاپ\s?لاس|ایس\s?ایل|sl)"
_UR_ENTRY = r"(?:انٹری(?:" + _S + r"پرائس)?)"
# Bengali
_BN_TARGET = r"(?:টার্গেট|টার্গেট)"
_BN_STOP = r"(?:স্টপ\s?লস|স্টপলস|sl)"
_BN_ENTRY = r"(?:এন্ট্রি(?:" + _S + r"প্রাইস)?)"
# Hindi
_HI_TARGET = r"(?:टारगेट|लक्ष्य)"
_HI_STOP = r"(?:स्टॉप\s?लॉस|स्टॉपलॉस|sl)"
_HI_ENTRY = r"(?:एंट्री(?:" + _S + r"प्राइस)?)"

# (phrase, its English words): "\1" is a target's number
_PHRASES: tuple[tuple[str, str], ...] = (
    # a target hit
    (_UR_TARGET + _S + _N + _S + r"(?:ہٹ|حاصل)(?:" + _S + r"ہو" + _S + r"گیا)?", r"target \1 hit"),
    (_BN_TARGET + _S + _N + _S + r"(?:হিট|ডান)(?:" + _S + r"হয়েছে)?", r"target \1 hit"),
    (_HI_TARGET + _S + _N + _S + r"हिट(?:" + _S + r"हो" + _S + r"गया)?", r"target \1 hit"),
    (r"(?:tsel|cel)" + _S + _N + _S + r"(?:vzyata|vzyat|vzyali)", r"target \1 hit"),
    (r"(tp[1-9])" + _S + r"(?:otrabotal|otrabotan)", r"\1 hit"),
    # the stop hit
    (_UR_STOP + _S + r"ہٹ(?:" + _S + r"ہو" + _S + r"گیا)?", "stop loss hit"),
    (_BN_STOP + _S + r"হিট(?:" + _S + r"হয়েছে)?", "stop loss hit"),
    (r"vybilo" + _S + r"po" + _S + r"stopu|stop" + _S + r"srabotal", "stop loss hit"),
    # the stop moved to the entry
    (
        _UR_STOP
        + r"(?:"
        + _S
        + r"کو)?"
        + _S
        + _UR_ENTRY
        + _S
        + r"پر"
        + _S
        + r"(?:لے"
        + _S
        + r"جائیں|شفٹ"
        + _S
        + r"کریں|منتقل"
        + _S
        + r"کریں)",
        "stop loss moved to entry",
    ),
    (
        _BN_STOP
        + _S
        + r"(?:এন্ট্রিতে|এন্ট্রি"
        + _S
        + r"প্রাইসে)"
        + _S
        + r"(?:সরিয়ে"
        + _S
        + r"নিন|নিয়ে"
        + _S
        + r"আসুন|সরান)",
        "stop loss moved to entry",
    ),
    (
        _HI_STOP
        + r"(?:"
        + _S
        + r"को)?"
        + _S
        + _HI_ENTRY
        + _S
        + r"पर"
        + _S
        + r"(?:ले"
        + _S
        + r"जाएं|ले"
        + _S
        + r"जाएँ|शिफ्ट"
        + _S
        + r"करें|शिफ्ट"
        + _S
        + r"करो)",
        "stop loss moved to entry",
    ),
    (
        r"(?:stop"
        + _S
        + r"v"
        + _S
        + r"bezubytok|perenosim"
        + _S
        + r"stop"
        + _S
        + r"na"
        + _S
        + r"vhod)",
        "stop loss moved to entry",
    ),
    # half the position closed
    (r"آدھی" + _S + r"پوزیشن" + _S + r"بند" + _S + r"کریں", "close half position"),
    (r"অর্ধেক" + _S + r"পজিশন" + _S + r"ক্লোজ" + _S + r"করুন", "close half position"),
    (r"आधी" + _S + r"(?:पोज़िशन|पोजिशन|पोजीशन)" + _S + r"बंद" + _S + r"करें", "close half position"),
    (r"fiksiruem" + _S + r"polovinu(?:" + _S + r"pozicii)?", "close half position"),
    (r"zakryvaem" + _S + r"(\d{1,2})\s?%" + r"(?:" + _S + r"pozicii)?", r"close \1% position"),
    # a profit share booked: "50% پرافٹ بک کریں", "50% প্রফিট বুক করুন", "50% प्रॉफिट बुक करें"
    (
        r"(\d{1,2})\s?%"
        + _S
        + r"(?:پرافٹ"
        + _S
        + r"بک"
        + _S
        + r"کریں|প্রফিট"
        + _S
        + r"বুক"
        + _S
        + r"করুন|प्रॉफिट"
        + _S
        + r"बुक"
        + _S
        + r"करें)",
        r"book \1% profit",
    ),
    # the call cancelled
    (r"(?:ٹریڈ|سگنل)" + _S + r"(?:منسوخ|کینسل)(?:" + _S + r"کر" + _S + r"دیں)?", "trade cancelled"),
    (r"(?:ট্রেড|সিগন্যাল)" + _S + r"(?:বাতিল|ক্যানসেল)(?:" + _S + r"করুন)?", "trade cancelled"),
    (r"otmena" + _S + r"sdelki|vhod" + _S + r"otmen[eë]n", "trade cancelled"),
)
_MORE_PHRASES: tuple[tuple[str, str], ...] = (
    # German, Polish, Romanian, Nigerian Pidgin and Tagalog in Latin letters: the stop to the
    # entry price ("Stop auf Einstiegspreis nachziehen", "przesuwamy stop na cenę wejścia",
    # "ilipat ang SL sa entry"), a profit share taken ("50 % Gewinne mitnehmen", "securizăm 50%
    # din profit", "take profit 50% na po"), half closed ("isara ang kalahati ng posisyon"),
    # the stop hit ("stop loss don catch am")
    (
        r"(?:stop|sl)"
        + _S
        + r"auf"
        + _S
        + r"(?:den"
        + _S
        + r")?einstiegs(?:preis|kurs)"
        + _S
        + r"(?:nach)?(?:ziehen|setzen|gezogen|gesetzt)",
        "stop loss moved to entry",
    ),
    (
        r"(?:przesuwamy|przesuń|przesunięty)"
        + _S
        + r"(?:stop|sl)"
        + _S
        + r"na"
        + _S
        + r"(?:cen[ęe]"
        + _S
        + r")?wejści[ae]",
        "stop loss moved to entry",
    ),
    (
        r"ilipat"
        + _S
        + r"(?:ang"
        + _S
        + r")?(?:sl|stop"
        + _S
        + r"loss)"
        + _S
        + r"sa"
        + _S
        + r"entry(?:"
        + _S
        + r"price)?",
        "stop loss moved to entry",
    ),
    (
        r"(\d{1,2})\s?%" + _S + r"(?:der" + _S + r")?gewinne?" + _S + r"mitnehmen",
        r"book \1% profit",
    ),
    (
        r"securiz(?:ăm|am|ați|ati)" + _S + r"(\d{1,2})\s?%(?:" + _S + r"din" + _S + r"profit)?",
        r"book \1% profit",
    ),
    (
        r"take" + _S + r"profit" + _S + r"(\d{1,2})\s?%" + _S + r"na(?:" + _S + r"po)?(?![\w])",
        r"book \1% profit",
    ),
    (
        r"isara"
        + _S
        + r"(?:ang"
        + _S
        + r")?kalahati(?:"
        + _S
        + r"ng"
        + _S
        + r"(?:posisyon|position))?",
        "close half position",
    ),
    (
        r"(?:stop" + _S + r"loss|sl)" + _S + r"don" + _S + r"catch(?:" + _S + r"am)?",
        "stop loss hit",
    ),
)


def _compiled(phrases: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str], list[int]]:
    """One pattern of every phrase (a named group each) and each phrase's first group's index."""
    pattern = re.compile(
        "|".join(f"(?P<p{i}>{phrase})" for i, (phrase, _) in enumerate(phrases)), re.I
    )
    offsets = [0]
    for phrase, _ in phrases:
        offsets.append(offsets[-1] + 1 + re.compile(phrase).groups)
    return pattern, offsets


_PHRASE, _GROUP_OFFSET = _compiled(_PHRASES)
_MORE_PHRASE, _MORE_OFFSET = _compiled(_MORE_PHRASES)
_SCRIPT = re.compile("[\u0600-\u06ff\u0900-\u097f\u0980-\u09ff]")
_LATIN_STEMS = (
    "vzyat",
    "otrabot",
    "vybilo",
    "srabot",
    "bezubyt",
    "perenos",
    "fiksir",
    "zakryva",
    "otmen",
)
_MORE_STEMS = (
    "einstiegs",
    "przesu",
    "ilipat",
    "mitnehm",
    "securiz",
    "% na",
    "kalahati",
    "don catch",
)


def _writer(
    phrases: tuple[tuple[str, str], ...], offsets: list[int]
) -> Callable[[re.Match[str]], str]:
    def english(m: re.Match[str]) -> str:
        i = int((m.lastgroup or "p0")[1:])
        words = phrases[i][1]
        number = m.group(offsets[i] + 2) if "\\1" in words else None
        return words.replace("\\1", (number or "").translate(_TO_ASCII))

    return english


_english = _writer(_PHRASES, _GROUP_OFFSET)
_more_english = _writer(_MORE_PHRASES, _MORE_OFFSET)


# the longest text whose Latin-letter phrases are looked for: an update told in Russian in Latin
# letters is a short message ("#SOL Tsel 2 vzyata ✅"); a longer one is left as written
_LATIN_AT_MOST = 120


def updates_in_english(text: str) -> str:
    """``text`` with each follow-up phrase of those languages written as its English one."""
    short = len(text) <= _LATIN_AT_MOST
    low = lower_case(text) if short else ""
    if (not text.isascii() and _SCRIPT.search(text) is not None) or (
        short and holds_any(low, _LATIN_STEMS)
    ):
        text = _PHRASE.sub(_english, text)
    if short and holds_any(low, _MORE_STEMS):
        text = _MORE_PHRASE.sub(_more_english, text)
    return text
