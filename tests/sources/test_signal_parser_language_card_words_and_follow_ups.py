"""Cards and follow-ups in Romanian, Italian, Czech, Hungarian, Greek, Thai, Bengali, Hindi,
Indonesian and European Portuguese: margin words in their inflections (typed with and without
diacritics), spot words, risk-to-reward ratios named in the language's words (never a level),
entry, target and stop labels, the decimal mark those labels settle, and the follow-up phrases
of those languages; talk and risky layouts stay talk or go to review."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message


def _card(last: str, coin: str = "SUI", side: str = "LONG") -> str:
    if side == "LONG":
        entry, tp1, tp2, sl = "1.0512", "1.0745", "1.0931", "1.0188"
    else:
        entry, tp1, tp2, sl = "1.0512", "1.0294", "1.0107", "1.0822"
    return f"#{coin}/USDT {side}\nEntry: {entry}\nTP1: {tp1}\nTP2: {tp2}\nSL: {sl}\n{last}"


@pytest.mark.parametrize(
    ("line", "mode"),
    [
        ("Marja: izolata", "isolated"),
        ("Mod marja: IZOLAT", "isolated"),
        ("Tip marjă: Izolată", "isolated"),
        ("Marjă: incrucisata", "cross"),
        ("Levier: 10X (incrucisata)", "cross"),
        ("Levier: 20x încrucişată", "cross"),
        ("Marze: izolovana", "isolated"),
        ("Marze - krizova", "cross"),
        ("Páka: 10x krizova", "cross"),
        ("Margin - izolalt", "isolated"),
        ("Margin: Izolált", "isolated"),
        ("Tőkeáttétel: 5x (izolált)", "isolated"),
        ("มาร์จิ้น: ไอโซเลท", "isolated"),
        ("โหมดมาร์จิ้น: ครอส", "cross"),
        ("เลเวอเรจ: 20x ไอโซเลต", "isolated"),
        ("Margine: isolata", "isolated"),
        ("Modalità margine: incrociato", "cross"),
    ],
)
@pytest.mark.parametrize("side", ["LONG", "SHORT"])
def test_margin_words_read(line: str, mode: str, side: str) -> None:
    parsed = parse_message(_card(line, side=side))
    assert parsed.kind.value == "signal"
    assert parsed.margin_mode == mode


@pytest.mark.parametrize(
    "head",
    [
        "#{c} স্পট কেনা",
        "🟢 #{c} স্পট বাই",
        "স্পট সিগন্যাল #{c} কেনা",
        "#{c} ซื้อ Spot 🛒",
        "#{c} สปอต ซื้อ",
        "🟢 ซื้อสปอต #{c}",
        "${c} स्पॉट खरीद",
        "Spot nákup #{c}",
    ],
)
@pytest.mark.parametrize(
    ("coin", "entry", "tp", "sl"),
    [("SEI", "0.4953", "0.5141", "0.4847"), ("BNB", "563.7", "617.6", "529.2")],
)
def test_spot_words_read(head: str, coin: str, entry: str, tp: str, sl: str) -> None:
    text = f"{head.format(c=coin)}\nEntry: {entry}\nTP: {tp}\nSL: {sl}"
    parsed = parse_message(text)
    assert parsed.kind.value == "signal"
    assert parsed.market == "spot"
    assert parsed.side is not None and parsed.side.value == "long"
    assert parsed.entries == (float(entry),)


@pytest.mark.parametrize(
    "ratio",
    [
        "Raport risc/recompensa 1 : 2",
        "Raport risc/recompensă: 1:3",
        "Risc/Recompensă | 1:2,5",
        "Rapporto rischio–guadagno: 1 : 3",
        "Rapporto rischio/rendimento 1:2,5",
        "Poměr riziko/zisk 1:3",
        "Kockázat/hozam arány: 1:3",
        "Αναλογία ρίσκου/απόδοσης 1:3",
        "Tỷ lệ rủi ro/lợi nhuận 1:2",
        "Rasio risiko : imbalan = 1 : 2",
        "Rácio risco/retorno 1:3",
        "อัตราส่วนความเสี่ยงต่อผลตอบแทน 1:3",
        "ঝুঁকি:লাভ অনুপাত ১:৩",
        "ریسک به ریوارد: 1:3",
        "盈亏比：1:3",
    ],
)
@pytest.mark.parametrize(
    "targets", ["Tinte - 1.0745 / 1.0931", "Țintă 1 - 1.0745\nȚintă 2 - 1.0931"]
)
def test_ratio_lines_hold_no_level(ratio: str, targets: str) -> None:
    """On a coin priced near 1 a ratio's 1 and N would stand above a long's entry as targets."""
    text = f"#SUI Long\nIntrare - 1.0512\n{targets}\nOprire pierdere - 1.0188\n{ratio}"
    parsed = parse_message(text)
    assert parsed.kind.value == "signal"
    assert parsed.take_profits == (1.0745, 1.0931)
    assert parsed.stop_loss == 1.0188


@pytest.mark.parametrize(
    ("text", "entries", "targets", "stop"),
    [
        (
            "Pereche: #ARB\nDirecție: LONG\nZona de Pret de Intrare: 1,0581 - 1,0645\n"
            "Tinta 1: 1,081\nTinta 2: 1,0958\nOprire pierdere: 1,0319",
            (1.0581, 1.0645),
            (1.081, 1.0958),
            1.0319,
        ),
        (
            "Activ | OP/USDT Futures Perpetuu\nPoziție | Scurt SHORT\n"
            "Zona de Preț de Intrare | $2.4716 - $2.4518\nȚintă 1 | $2.4089\nȚintă 2 | $2.3699\n"
            "Stop Loss (SL) | $2.5356",
            (2.4518, 2.4716),
            (2.4089, 2.3699),
            2.5356,
        ),
        (
            "$DOT SHORT\nPreț de intrare: 6,379\nȚinte: 6,276 - 6,201\nStop: 6,639",
            (6.379,),
            (6.276, 6.201),
            6.639,
        ),
        (
            "#LINK LONG\nVstupní zóna: 14,71 - 14,82\nCíl 1: 15,12\nCíl 2: 15,41\nStop: 14,37",
            (14.71, 14.82),
            (15.12, 15.41),
            14.37,
        ),
        (
            "#AVAX Vétel (LONG)\nBelépési zóna: 35,12 - 35,31\nCélár 1: 36,02\nCélár 2: 36,84\n"
            "Stop: 34,15",
            (35.12, 35.31),
            (36.02, 36.84),
            34.15,
        ),
        (
            "#ETH SHORT\nΖώνη εισόδου: 3.412,5 - 3.430,1\nΣτόχοι: 3.350 / 3.301\nΣτοπ: 3.480",
            (3412.5, 3430.1),
            (3350.0, 3301.0),
            3480.0,
        ),
        (
            "#DOGE LONG\nপ্রবেশ অঞ্চল: 0.12341 - 0.12402\nলক্ষ্য ১: 0.12650\nলক্ষ্য ২: 0.12911\n"
            "স্টপ লস: 0.11987",
            (0.12341, 0.12402),
            (0.1265, 0.12911),
            0.11987,
        ),
    ],
)
def test_labels_of_those_languages_read(
    text: str, entries: tuple[float, ...], targets: tuple[float, ...], stop: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind.value == "signal", parsed.reason
    assert parsed.entries == entries
    assert parsed.take_profits == targets
    assert parsed.stop_loss == stop


@pytest.mark.parametrize(
    "text",
    [
        # every level a dot and three digits in a comma-decimal language: the mark is open
        "$APT SHORT\nMargin - izolalt\nBelépő - 8.388\nCélok - 8.259 / 8.117\nStop loss - 8.526",
        "Koin: $APT\nArah: Beli (LONG)\nArea beli: 8.589 - 8.641\nTP 1: 8.776\nBatas rugi: 8.461",
        "#LINK LONG\nPreț de intrare: 14.852\nȚinte: 15.120 / 15.388\nStop: 14.512",
        "#DOT LONG\nVstup: 6.420\nCíle: 6.533 / 6.651\nStop: 6.288",
    ],
)
def test_dot_three_cards_of_comma_languages_go_to_review(text: str) -> None:
    assert parse_message(text).kind.value == "needs_review"


@pytest.mark.parametrize(
    ("text", "action", "index"),
    [
        ("#SOL obiettivo 2 centrato 🎯", "target_hit", 2),
        ("$OP target 3 raggiunto", "target_hit", 3),
        ("#ARB objectivo 1 cumprido", "target_hit", 1),
        ("#ARB bateu no 2.º alvo ✅", "target_hit", 2),
        ("#WIF 3. célár teljesült ✅", "target_hit", 3),
        ("#WIF elértük a 2. célt", "target_hit", 2),
        ("#SEI πιάσαμε τον στόχο 4 🎯", "target_hit", 4),
        ("#TIA ถึงเป้าที่ 2 แล้ว 🎯", "target_hit", 2),
        ("#TIA ถึงเป้า 1 แล้ว", "target_hit", 1),
        ("#INJ 3 নম্বর টার্গেট পূরণ হয়েছে 🎯", "target_hit", 3),
        ("#SOL o stop foi accionado ❌", "stop_hit", None),
        ("#SOL โดนสต็อป ❌", "stop_hit", None),
        ("#SOL ชน SL แล้ว", "stop_hit", None),
        ("#SOL SL খেয়ে গেছে ❌", "stop_hit", None),
        ("#SOL sinal anulado ❌", "cancel", None),
        ("#SOL signál zrušen", "cancel", None),
        ("#SOL obchod rušíme", "cancel", None),
        ("#SOL jelzés törölve ❌", "cancel", None),
        ("#SOL ακύρωση σήματος", "cancel", None),
        ("#SOL το σήμα ακυρώνεται", "cancel", None),
    ],
)
def test_follow_ups_of_those_languages(text: str, action: str, index: int | None) -> None:
    parsed = parse_message(text)
    assert parsed.kind.value == "follow_up", parsed.reason
    assert parsed.action is not None and parsed.action.value == action
    assert parsed.target_index == index


@pytest.mark.parametrize(
    "text",
    [
        "#SOL spostiamo lo stop al prezzo d'ingresso 🔒",
        "#SOL portiamo lo stop in pareggio",
        "#SOL mutăm SL la prețul de intrare",
        "#SOL mutati stopul la intrare",
        "#SOL a stopot a belépőre húzzuk 🔒",
        "#SOL SL a belépési árra",
        "#SOL SL na vstupní cenu",
        "#SOL stop posouváme na vstup",
        "#SOL SL στο σημείο εισόδου",
        "#SOL เลื่อน SL มาที่จุดเข้า 🔒",
        "#SOL ย้ายสต็อปไปที่ราคาเข้า",
        "#SOL স্টপ এন্ট্রি প্রাইসে নিন",
    ],
)
def test_stop_moved_to_entry_in_those_languages(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind.value == "follow_up"
    assert parsed.stop_to_entry


@pytest.mark.parametrize(
    "text",
    [
        "#SOL a pozíció felét zárjuk 💰",
        "#SOL zavíráme polovinu pozice",
        "#SOL κλείνουμε το μισό της θέσης",
        "#SOL ปิดครึ่งหนึ่งของโพซิชัน",
        "#SOL incassiamo il 50%",
        "#SOL vybíráme 50% zisku",
        "#SOL 50% profit realizálás",
        "#SOL κατοχυρώνουμε 50% κέρδος",
        "#SOL ขายทำกำไร 50%",
    ],
)
def test_half_closed_in_those_languages(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind.value == "follow_up"
    assert parsed.close_fraction == 0.5


@pytest.mark.parametrize(
    "text",
    [
        "#SOL ținta 1 încă nu a fost atinsă, răbdare",
        "#SOL tinta 2 inca nu a fost atinsa",
        "#SOL a 2. célár még nem teljesült, türelem",
        "Cruce vs Izolat 👇\n• Izolat: riști doar ce ai pus în acel trade.\n"
        "• Cruce: tot soldul tău poate acoperi pierderile.",
        "Qualcuno usa margine isolato o incrociato su #SOL? Io di solito leva 5x",
        "Dnes žádný obchod, trh je v pile. Páku držte nízko a marži izolovanou",
        "วันนี้ไม่มีสัญญาณนะครับ ตลาดผันผวน รอจังหวะก่อน 🙏",
        "আজ কোনো সিগন্যাল নেই, মার্কেট সাইডওয়েজ। স্পট হোল্ডাররা ধৈর্য ধরুন",
    ],
)
def test_talk_in_those_languages_stays_talk(text: str) -> None:
    assert parse_message(text).kind.value == "not_signal"


@settings(max_examples=60, deadline=None)
@given(
    entry=st.integers(min_value=9000, max_value=9800),
    n=st.sampled_from(["2", "3", "4", "2,5", "1.5"]),
    word=st.sampled_from(
        ["Raport risc/recompensă", "Rapporto rischio/rendimento", "Poměr riziko/zisk", "盈亏比"]
    ),
)
def test_a_ratio_in_other_words_never_becomes_a_target(entry: int, n: str, word: str) -> None:
    """Whatever the coin's price near 1 and the ratio's figure, the targets are the written
    ones."""
    e = entry / 10_000
    tps = (round(e * 1.02, 4), round(e * 1.04, 4))
    stop = round(e * 0.97, 4)
    text = f"#SUI LONG\nEntry: {e}\nTP1: {tps[0]}\nTP2: {tps[1]}\nSL: {stop}\n{word}: 1:{n}"
    parsed = parse_message(text)
    assert parsed.kind.value == "signal"
    assert parsed.take_profits == tps


@settings(max_examples=40, deadline=None)
@given(
    word=st.sampled_from(
        [
            ("izolata", "isolated"),
            ("izolată", "isolated"),
            ("IZOLAT", "isolated"),
            ("incrucisata", "cross"),
            ("încrucișată", "cross"),
            ("izolovana", "isolated"),
            ("krizova", "cross"),
            ("izolált", "isolated"),
            ("ไอโซเลท", "isolated"),
            ("ครอส", "cross"),
        ]
    ),
    lev=st.integers(min_value=2, max_value=50),
)
def test_a_margin_word_beside_the_leverage_is_the_mode(word: tuple[str, str], lev: int) -> None:
    parsed = parse_message(_card(f"Levier: {lev}x ({word[0]})"))
    assert parsed.leverage == lev
    assert parsed.margin_mode == word[1]
