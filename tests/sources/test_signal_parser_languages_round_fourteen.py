"""Languages round fourteen: Hindi calls in Devanagari whose side is a Hindi imperative
("#AVAX में शॉर्ट लो 34.55 पर, टारगेट 33.87, SL 35.85", "🚀 #NEARUSDT अभी बेचो" over "एंट्री:" /
"टारगेट:" / "स्टॉप लॉस:") have their Devanagari labels read as words; a coin in capitals before a
Devanagari side word ("🚀 TIA लॉन्ग (LONG)") is the call's coin. Marathi and Nepali, which share
the script and the label words, are not read by those words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message
from tradermanager.sources.signal_parser.hindi_words import is_hindi_call


@pytest.mark.parametrize(
    ("text", "symbol", "side", "entries", "targets", "stop"),
    [
        (
            "#AVAX में शॉर्ट लो 34.55 पर, टारगेट 33.87, SL 35.85\nलीवरेज: 5x",
            "AVAX",
            "short",
            (34.55,),
            (33.87,),
            35.85,
        ),
        (
            "$LINK में शॉर्ट करो 15.362 पर, टारगेट 15.043 और 14.728 और 14.389, SL 15.729",
            "LINK",
            "short",
            (15.362,),
            (15.043, 14.728, 14.389),
            15.729,
        ),
        (
            "#LINKUSDT में लॉन्ग करो 15.91 पर, टारगेट 16.245 और 16.554, SL 15.442 (10x)",
            "LINK",
            "long",
            (15.91,),
            (16.245, 16.554),
            15.442,
        ),
        (
            "#SOL में लॉन्ग लें 148.2 पर, लक्ष्य 152, स्टॉप लॉस 144",
            "SOL",
            "long",
            (148.2,),
            (152.0,),
            144.0,
        ),
        (
            "🚀 #NEARUSDT अभी बेचो\nएंट्री: 5.943\nटारगेट: 5.816\nस्टॉप लॉस: 6.078 (20x)",
            "NEAR",
            "short",
            (5.943,),
            (5.816,),
            6.078,
        ),
        (
            "🟢 $ARB अभी खरीदें\nएंट्री: 0.8123\nलक्ष्य: 0.8391\nस्टॉपलॉस: 0.7902",
            "ARB",
            "long",
            (0.8123,),
            (0.8391,),
            0.7902,
        ),
        (
            "🚀 FHE खरीदें (LONG)\nएंट्री: 0.06846\nटारगेट्स: 0.0695\nस्टॉपलॉस: 0.06518\nलेवरेज: 5x",
            "FHE",
            "long",
            (0.06846,),
            (0.0695,),
            0.06518,
        ),
        (
            "🚀 TIA लॉन्ग (LONG)\nएंट्री लेवल: 9.631\nटारगेट्स: 9.773, 9.91, 10.054\nस्टॉप लॉस: 9.384",
            "TIA",
            "long",
            (9.631,),
            (9.773, 9.91, 10.054),
            9.384,
        ),
        (
            "📉 DOGE शॉर्ट (SHORT)\nएंट्री: 0.1256\nटारगेट: 0.1233\nस्टॉप लॉस: 0.128",
            "DOGE",
            "short",
            (0.1256,),
            (0.1233,),
            0.128,
        ),
    ],
)
def test_hindi_calls_are_read(
    text: str,
    symbol: str,
    side: str,
    entries: tuple[float, ...],
    targets: tuple[float, ...],
    stop: float,
) -> None:
    parsed = parse_message(text)
    assert parsed.kind == MessageKind.SIGNAL, parsed.reason
    assert parsed.symbol == symbol
    assert parsed.side is not None and parsed.side.value == side
    assert parsed.entries == entries
    assert parsed.take_profits == targets
    assert parsed.stop_loss == stop


@pytest.mark.parametrize(
    "text",
    [
        # Marathi: "लॉन्ग करा" (do a long), one target: the side phrase is no Hindi one
        "#SOL लॉन्ग करा 148.2 वर, टारगेट 152, स्टॉप लॉस 144",
        "🚀 SOL लॉन्ग\nएंट्री: 148.2\nटारगेट: 152\nस्टॉप लॉस: 144",
        "#ETH शॉर्ट घ्या 3,210 वर, टारगेट 3,150, स्टॉप लॉस 3,260",
        # Nepali: "लङ गर्नुहोस्" (do a long), "बेच्नुहोस्" (sell)
        "#SOL लङ गर्नुहोस् 148.2 मा, टार्गेट 152, स्टप लस 144",
        "#ETH बेच्नुहोस् 3210 मा, लक्ष्य 3150, स्टप लस 3260",
    ],
)
def test_marathi_and_nepali_one_target_calls_go_to_review(text: str) -> None:
    assert parse_message(text).kind == MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "आज बाजार खूप खाली आला, SOL ची किंमत 148 वर आहे",  # Marathi: the market fell, SOL at 148
        "आज बजार धेरै तल झर्यो, SOL को मूल्य 148 मा छ",  # Nepali: the same
        "आज बाज़ार बहुत गिरा, SOL का भाव 148 पर है",  # Hindi: the same, no call
    ],
)
def test_devanagari_market_talk_is_no_signal(text: str) -> None:
    assert parse_message(text).kind == MessageKind.NOT_SIGNAL


_MARATHI_NEPALI_WORDS = st.sampled_from(
    [
        "लॉन्ग",
        "शॉर्ट",
        "करा",
        "घ्या",
        "खरेदी",
        "विक्री",
        "गर्नुहोस्",
        "किन्नुहोस्",
        "बेच्नुहोस्",
        "लिनुहोस्",
        "एंट्री",
        "टारगेट",
        "स्टॉप",
        "लॉस",
        "वर",
        "मा",
        "आणि",
        "र",
    ]
)


@given(st.lists(_MARATHI_NEPALI_WORDS, min_size=1, max_size=8))
def test_marathi_and_nepali_words_never_open_the_hindi_reading(words: list[str]) -> None:
    """Only a Hindi imperative names the language: Marathi's and Nepali's side phrases, and the
    label words the three share, never make a text read as Hindi."""
    assert not is_hindi_call("#SOL " + " ".join(words) + " 148.2")


@pytest.mark.parametrize(
    ("text", "action", "fields"),
    [
        ("#SOL ٹارگٹ 2 ہٹ ✅", FollowUpAction.TARGET_HIT, {"target_index": 2}),
        ("$SOL ٹارگٹ 3 حاصل ہو گیا 🎯", FollowUpAction.TARGET_HIT, {"target_index": 3}),
        ("#SOL اسٹاپ لاس ہٹ ❌", FollowUpAction.STOP_HIT, {}),
        ("#SOL ایس ایل ہٹ ہو گیا", FollowUpAction.STOP_HIT, {}),
        ("#SOL اسٹاپ لاس انٹری پر لے جائیں", FollowUpAction.STOP_MOVED, {"stop_to_entry": True}),
        (
            "#SOL ایس ایل کو انٹری پرائس پر شفٹ کریں",
            FollowUpAction.STOP_MOVED,
            {"stop_to_entry": True},
        ),
        ("#SOL آدھی پوزیشن بند کریں 💰", FollowUpAction.CLOSE, {"close_fraction": 0.5}),
        ("#SOL 50% پرافٹ بک کریں", FollowUpAction.CLOSE, {"close_fraction": 0.5}),
        ("#SOL ٹریڈ منسوخ کر دیں", FollowUpAction.CANCEL, {}),
        ("#SOL টার্গেট ২ হিট ✅", FollowUpAction.TARGET_HIT, {"target_index": 2}),
        ("#SOL SL হিট হয়েছে ❌", FollowUpAction.STOP_HIT, {}),
        ("#SOL স্টপ লস এন্ট্রিতে সরিয়ে নিন", FollowUpAction.STOP_MOVED, {"stop_to_entry": True}),
        ("#SOL অর্ধেক পজিশন ক্লোজ করুন", FollowUpAction.CLOSE, {"close_fraction": 0.5}),
        ("#SOL ট্রেড ক্যানসেল করুন", FollowUpAction.CANCEL, {}),
        ("#SOL टारगेट 1 हिट ✅", FollowUpAction.TARGET_HIT, {"target_index": 1}),
        ("#SOL स्टॉप लॉस को एंट्री पर ले जाएं 🔒", FollowUpAction.STOP_MOVED, {"stop_to_entry": True}),
        ("#SOL आधी पोज़िशन बंद करें", FollowUpAction.CLOSE, {"close_fraction": 0.5}),
        ("#SOL 50% प्रॉफिट बुक करें", FollowUpAction.CLOSE, {"close_fraction": 0.5}),
        ("#SOL Tsel 2 vzyata ✅", FollowUpAction.TARGET_HIT, {"target_index": 2}),
        ("#SOL vybilo po stopu", FollowUpAction.STOP_HIT, {}),
        ("#SOL stop v bezubytok", FollowUpAction.STOP_MOVED, {"stop_to_entry": True}),
        ("#SOL perenosim stop na vhod", FollowUpAction.STOP_MOVED, {"stop_to_entry": True}),
        ("#SOL fiksiruem polovinu pozicii", FollowUpAction.CLOSE, {"close_fraction": 0.5}),
        ("#SOL otmena sdelki", FollowUpAction.CANCEL, {}),
    ],
)
def test_follow_ups_in_urdu_bengali_hindi_and_russian_latin(
    text: str, action: FollowUpAction, fields: dict[str, object]
) -> None:
    parsed = parse_message(text)
    assert parsed.kind == MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.action == action
    assert parsed.symbol == "SOL"
    for name, value in fields.items():
        assert getattr(parsed, name) == value


@pytest.mark.parametrize(
    "text",
    [
        # a label word alone over a price is a card's, no update
        "#SOL لانگ\nانٹری: 148.2\nٹارگٹ: 152 - 155\nاسٹاپ لاس: 144",
        "#SOL লং\nএন্ট্রি: 148.2\nটার্গেট: 152 - 155\nস্টপ লস: 144",
    ],
)
def test_script_cards_stay_signals(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind == MessageKind.SIGNAL, parsed.reason
    assert parsed.take_profits == (152.0, 155.0)


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("#SOL Pokupaem\nVhod: 148.2\nTsel 1: 152\nCel 2: 155\nStop: 144", (152.0, 155.0)),
        ("Berem #SOL v long ot 148.2, tseli 152 i 155, stop 144", (152.0, 155.0)),
        ("Zahodim v short po ETH 3412 — celi 3350 / 3300, stop 3480", (3350.0, 3300.0)),
    ],
)
def test_russian_latin_target_words(text: str, targets: tuple[float, ...]) -> None:
    parsed = parse_message(text)
    assert parsed.kind == MessageKind.SIGNAL, parsed.reason
    assert parsed.take_profits == targets


@given(
    st.integers(min_value=1, max_value=9),
    st.sampled_from(["ٹارگٹ {k} ہٹ", "টার্গেট {k} হিট", "टारगेट {k} हिट", "Tsel {k} vzyata"]),
)
def test_a_target_hit_keeps_its_number(k: int, phrase: str) -> None:
    parsed = parse_message("#SOL " + phrase.format(k=k))
    assert parsed.action == FollowUpAction.TARGET_HIT
    assert parsed.target_index == k
