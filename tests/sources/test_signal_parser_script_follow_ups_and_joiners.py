"""Follow-ups in Gurmukhi, Malayalam, Kannada, Tamil, Sinhala, Burmese, Khmer and Mongolian and
in Slovak, Latvian, Lithuanian, Albanian and Azerbaijani phrases (``more_script_updates``);
labels written with a zero-width joiner or non-joiner, or in Khmer (``sections.MARKS``); Slovak
and Czech labels settling a decimal comma (``numbers``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message
from tradermanager.sources.signal_parser.more_script_updates import more_updates_in_english

HIT, STOP_HIT, MOVED, CLOSE, CANCEL = (
    FollowUpAction.TARGET_HIT,
    FollowUpAction.STOP_HIT,
    FollowUpAction.STOP_MOVED,
    FollowUpAction.CLOSE,
    FollowUpAction.CANCEL,
)


@pytest.mark.parametrize(
    ("text", "action", "extra"),
    [
        # Punjabi
        ("#AVAX ਟਾਰਗੇਟ 3 ਹਿੱਟ", HIT, {"target_index": 3}),
        ("$DOGE ਟੀਚਾ 1 ਪੂਰਾ ਹੋਇਆ", HIT, {"target_index": 1}),
        ("#NEAR ਸਟਾਪ ਲੌਸ ਹਿੱਟ ਹੋ ਗਿਆ", STOP_HIT, {}),
        ("APT/USDT SL ਨੂੰ ਐਂਟਰੀ ਤੇ ਲੈ ਜਾਓ", MOVED, {"stop_to_entry": True}),
        ("#ETH ਅੱਧੀ ਪੋਜੀਸ਼ਨ ਬੰਦ ਕਰ ਦਿਓ", CLOSE, {"close_fraction": 0.5}),
        ("#ETH 30% ਮੁਨਾਫਾ ਬੁੱਕ ਕਰ ਲਓ", CLOSE, {"close_fraction": 0.3}),
        ("#ETH ਸਿਗਨਲ ਕੈਂਸਲ", CANCEL, {}),
        # Malayalam, the chillu written with a joiner
        ("#LTC ലക്ഷ്യം 2 അടിച്ചു", HIT, {"target_index": 2}),
        ("#LTC SL എന്\u200dട്രിയിലേക്ക് മാറ്റി", MOVED, {"stop_to_entry": True}),
        ("#ARB 25% ലാഭം ബുക്ക് ചെയ്തു", CLOSE, {"close_fraction": 0.25}),
        # Kannada
        ("#SUI ಗುರಿ 2 ತಲುಪಿತು", HIT, {"target_index": 2}),
        ("#SUI SL ಅನ್ನು ಎಂಟ್ರಿಗೆ ಶಿಫ್ಟ್ ಮಾಡಿ", MOVED, {"stop_to_entry": True}),
        ("#SUI ಸ್ಟಾಪ್\u200cಲಾಸ್ ಹಿಟ್ ಆಗಿದೆ", STOP_HIT, {}),
        # Tamil
        ("#TIA இலக்கு 4 அடைந்தது", HIT, {"target_index": 4}),
        ("#TIA ஸ்டாப் லாஸ் அடிச்சுது", STOP_HIT, {}),
        ("#TIA பாதி க்ளோஸ் பண்ணுங்க", CLOSE, {"close_fraction": 0.5}),
        # Sinhala, with and without the joiner inside "entry"
        ("#BNB ඉලක්කය 2 වැදුනා", HIT, {"target_index": 2}),
        ("#BNB SL එන්ට්රියට මාරු කරන්න", MOVED, {"stop_to_entry": True}),
        ("#BNB සිග්නල් අවලංගු කළා", CANCEL, {}),
        # Burmese, Khmer, Mongolian
        ("#OP TP 3 ရောက်ပြီ", HIT, {"target_index": 3}),
        ("#OP stop loss ကို entry price သို့ ရွှေ့လိုက်ပါ", MOVED, {"stop_to_entry": True}),
        ("#OP တစ်ဝက် ပိတ်လိုက်ပါ", CLOSE, {"close_fraction": 0.5}),
        ("#ADA គោលដៅ 3 ដល់", HIT, {"target_index": 3}),
        ("#ADA បិទពាក់កណ្ដាល", CLOSE, {"close_fraction": 0.5}),
        ("#ADA ប្ដូរ SL ទៅតម្លៃចូល", MOVED, {"stop_to_entry": True}),
        ("#DOT 3 дугаар зорилт биеллээ", HIT, {"target_index": 3}),
        ("#DOT стоп идэгдлээ", STOP_HIT, {}),
        ("#DOT 40% ашиг авлаа", CLOSE, {"close_fraction": 0.4}),
        # Slovak, Latvian, Lithuanian, Albanian, Azerbaijani
        ("#XRP zatvorte polovicu", CLOSE, {"close_fraction": 0.5}),
        ("#XRP SL posunutý na vstup", MOVED, {"stop_to_entry": True}),
        ("#XRP obchod je zrušený", CANCEL, {}),
        ("#INJ mērķis 3 ir sasniegts", HIT, {"target_index": 3}),
        ("#INJ aizveriet pusi", CLOSE, {"close_fraction": 0.5}),
        ("#INJ darījums ir atcelts", CANCEL, {}),
        ("#WIF uždarykite pusę", CLOSE, {"close_fraction": 0.5}),
        ("#WIF fiksuojame 30% pelno", CLOSE, {"close_fraction": 0.3}),
        ("#SEI objektivi 1 u arrit", HIT, {"target_index": 1}),
        ("#SEI zhvendosim SL në hyrje", MOVED, {"stop_to_entry": True}),
        ("#TRX hədəf 2 alındı", HIT, {"target_index": 2}),
        ("#TRX mövqenin yarısını bağlayın", CLOSE, {"close_fraction": 0.5}),
        ("#TRX əməliyyat ləğv edildi", CANCEL, {}),
    ],
)
def test_follow_ups_in_these_languages_read(
    text: str, action: FollowUpAction, extra: dict[str, object]
) -> None:
    p = parse_message(text)
    assert p.kind is MessageKind.FOLLOW_UP, (text, p.reason)
    assert p.action is action
    for field, value in extra.items():
        assert getattr(p, field) == value, (text, field)


@pytest.mark.parametrize(
    "text",
    [
        # a hit denied: "not hit yet", "did not reach"
        "#SOL ஸ்டாப் லாஸ் ஹிட் ஆகவில்லை",
        "#SOL ਟਾਰਗੇਟ 2 ਹਿੱਟ ਨਹੀਂ ਹੋਇਆ",
        "#SOL ಟಾರ್ಗೆಟ್ 2 ಹಿಟ್ ಆಗಿಲ್ಲ",
        "#SOL nuk u godit stop loss, jemi ende brenda",
        "#SOL mērķis 2 vēl nav sasniegts",
        # a stem without the rest of its phrase
        "ashig ашиг их байна уу, SOL 148.2 дээр?",
        "Kto má polovicu pozície ešte otvorenú?",
    ],
)
def test_denied_or_partial_phrases_are_no_follow_up(text: str) -> None:
    p = parse_message(text)
    assert p.kind is not MessageKind.FOLLOW_UP or p.action not in (HIT, STOP_HIT, CLOSE), text


@pytest.mark.parametrize(
    "text",
    [
        "Is SOL at 148.2 a long?",
        "#SOL TP2 hit ✅",
        "Entry: 148.2\nTP: 152\nSL: 144",
    ],
)
def test_ascii_texts_are_left_as_written(text: str) -> None:
    assert more_updates_in_english(text) is text


@pytest.mark.parametrize(
    ("label", "joiner"),
    [
        ("ಸ್ಟಾಪ್{}ಲಾಸ್", "\u200c"),
        ("സ്റ്റോപ്പ്{}ലോസ്", "\u200c"),
        ("ස්ටොප්{}ලොස්", "\u200d"),
        ("حد{}ضرر", "\u200c"),
        ("Stop{}loss", "\u200c"),
    ],
)
@pytest.mark.parametrize(
    ("coin", "side", "entry", "targets", "stop"),
    [
        ("1000BONK", "SHORT", "0.022833", ("0.022515", "0.022188"), "0.023704"),
        ("LINK", "LONG", "14.85", ("15.21", "15.62"), "14.31"),
        ("ETH", "SHORT", "3412.5", ("3350", "3298.4"), "3480"),
    ],
)
def test_a_stop_label_with_a_joiner_keeps_its_stop(
    label: str,
    joiner: str,
    coin: str,
    side: str,
    entry: str,
    targets: tuple[str, str],
    stop: str,
) -> None:
    text = (
        f"#{coin}/USDT {side}\nEntry: {entry}\nTP 1: {targets[0]}\nTP 2: {targets[1]}\n"
        f"{label.format(joiner)}: {stop}\nLeverage: 10x"
    )
    p = parse_message(text)
    assert p.kind is MessageKind.SIGNAL, p.reason
    assert p.stop_loss == float(stop)


@pytest.mark.parametrize(
    ("text", "entries", "stop"),
    [
        (
            "#ATOM Predaj\nVstupná zóna: 7,945\nCieľ 1: 7,828\nCieľ 2: 7,719\nSL: 8,245",
            (7.945,),
            8.245,
        ),
        (
            "#DOT Nákup\nVstup: 6,418\nCiele: 6,521 / 6,613\nStop-loss: 6,204\nPáka: 5x",
            (6.418,),
            6.204,
        ),
        (
            "$LINK Long\nBod vstupu (Entry): 14,852\nCíl 1 (Target 1): 15,108\nStop-loss: 14,376",
            (14.852,),
            14.376,
        ),
    ],
)
def test_slovak_and_czech_labels_settle_a_decimal_comma(
    text: str, entries: tuple[float, ...], stop: float
) -> None:
    p = parse_message(text)
    assert p.kind is MessageKind.SIGNAL, p.reason
    assert p.entries == entries
    assert p.stop_loss == stop


@pytest.mark.parametrize(
    "text",
    [
        "🔴 LINKUSDT SHORT\nចំណុចចូល: 15.09 – 15.181\nTP 1: 14.858\nTP 2: 14.644\nកាត់ខាត: 15.514",
        "🟢 ទិញ (LONG) #TIA\nEntry: 10.631\nគោលដៅ: 10.802 / 10.942\nStop Loss: 10.419",
    ],
)
def test_khmer_labels_are_labels(text: str) -> None:
    p = parse_message(text)
    assert p.kind is MessageKind.SIGNAL, p.reason
    assert p.stop_loss is not None
    assert len(p.take_profits) == 2


_WORDS = st.sampled_from(
    ["ਟਾਰਗੇਟ", "ਸਟਾਪ", "ಎಂಟ್ರಿ", "ලාභ", "ပစ်မှတ်", "គោលដៅ", "зорилт", "vstup", "SOL", "148.2"]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=6), st.sampled_from(["", "\u200c", "\u200d"]))
def test_script_words_without_a_whole_phrase_are_never_a_follow_up(
    words: list[str], joiner: str
) -> None:
    """Label words and numbers of these languages strung together, without a hit, move, close
    or cancel verb, never read as a follow-up that acts."""
    text = joiner.join(words) if joiner else " ".join(words)
    p = parse_message(text)
    assert not (p.kind is MessageKind.FOLLOW_UP and p.action in (HIT, STOP_HIT, CLOSE, CANCEL))


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("ਟਾਰਗੇਟ ਹਿੱਟ 123%SLentryരിക\u200c\u200d"), max_size=40))
def test_the_rewrite_never_raises_and_keeps_ascii(text: str) -> None:
    out = more_updates_in_english(text)
    assert isinstance(out, str)
    if text.isascii():
        assert out is text
