"""Buy and sell words written as labels, not sides ("Zona beli:", "Target jual:", "Alış
bölgesi:", "Objetivos de venta:", "Vùng mua:", "Bili zone:"), the labels of scripts whose words
hold combining marks (Tamil, Telugu, Kannada, Malayalam, Gujarati, Punjabi, Sinhala, Amharic,
Lao, Khmer, Burmese), their spot and margin words, follow-ups in those languages, and the talk
and risky layouts that must stay talk or go to review."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message


def _card(text: str):
    parsed = parse_message(text)
    assert parsed.kind.value == "signal", (text, parsed.reason)
    return parsed


@pytest.mark.parametrize(
    ("text", "entries", "targets", "stop"),
    [
        (
            (
                "#ATOM Spot 🛒\nZona beli: 7.412 - 7.466\nTarget jual: 7.7150 / 7.9012\n"
                "Cut loss: 7.1034"
            ),
            [7.412, 7.466],
            [7.715, 7.9012],
            7.1034,
        ),
        (
            (
                "🛒 SPOT $DOGE\nArea beli - 0.15120 - 0.15240\nTP jual 1 - 0.15780\n"
                "TP jual 2 - 0.16110"
            ),
            [0.1512, 0.1524],
            [0.1578, 0.1611],
            None,
        ),
        (
            ("#SPOT #XRP/USDT\nBeli di : 0.6012\nJual di : 0.6150, 0.6290\nHentikan rugi : 0.5840"),
            [0.6012],
            [0.615, 0.629],
            0.584,
        ),
        (
            (
                "Belian spot #ADA\nZon belian: 0,4410 – 0,4460\n"
                "Sasaran jual: 0,4620 / 0,4790\n"
                "Henti rugi: 0,4290"
            ),
            [0.441, 0.446],
            [0.462, 0.479],
            0.429,
        ),
        (
            (
                "🟢 Spot alım #LINK\nAlış bölgesi: 14,52 – 14,71\n"
                "Satış hedefleri: 15,30 / 15,94\n"
                "Zarar kes: 13,88"
            ),
            [14.52, 14.71],
            [15.3, 15.94],
            13.88,
        ),
        (
            (
                "Compra spot #DOT\nZona de compra: 6,105 - 6,180\n"
                "Zona de venta: 6,420 - 6,655\n"
                "Stop: 5,912"
            ),
            [6.105, 6.18],
            [6.42, 6.655],
            5.912,
        ),
        (
            "Compra spot $NEAR\nRegião de compra: 5,21 - 5,27\nAlvos de venda: 5,48 / 5,69",
            [5.21, 5.27],
            [5.48, 5.69],
            None,
        ),
        (
            (
                "Mua spot #SOL 🟢\nVung mua: 141,20 - 142,60\n"
                "Vùng bán: 147,90 / 151,30\nCat lo: 136,40"
            ),
            [141.2, 142.6],
            [147.9, 151.3],
            136.4,
        ),
        (
            (
                "SPOT BUY #ARB 🟢\nBili zone: 1.0412 - 1.0498\n"
                "Benta target: 1.0890, 1.1205\nSL: 1.0120"
            ),
            [1.0412, 1.0498],
            [1.089, 1.1205],
            1.012,
        ),
    ],
)
def test_spot_buy_with_buy_and_sell_label_words(text, entries, targets, stop):
    parsed = _card(text)
    assert parsed.side.value == "long"
    assert parsed.market == "spot"
    assert list(parsed.entries) == entries
    assert list(parsed.take_profits) == targets
    assert parsed.stop_loss == stop


@pytest.mark.parametrize(
    ("text", "side", "entries", "targets"),
    [
        (
            (
                "#ARB SHORT\nZona jual: 1.0512 / 1.0588\nAmbil untung: 1.0310 / 1.0120\n"
                "Hentikan rugi: 1.0790"
            ),
            "short",
            [1.0512, 1.0588],
            [1.031, 1.012],
        ),
        (
            (
                "Yön: SHORT\nCoin: #SUI\nSatış bölgesi: 0,9611 - 0,9669\n"
                "Hedefler: 0,9462 / 0,9314\nStop: 0,9869"
            ),
            "short",
            [0.9611, 0.9669],
            [0.9462, 0.9314],
        ),
        (
            (
                "VENTA (SHORT) #AVAX\nZona de venta: 31,42 - 31,77\n"
                "Objetivos: 30,85 / 30,12\n"
                "SL: 32,40"
            ),
            "short",
            [31.42, 31.77],
            [30.85, 30.12],
        ),
        (
            (
                "#TON LONG\nMasuk: 5.4120\nAmbil untung 1: 5.5210\nAmbil untung 2: 5.6480\n"
                "Cut loss: 5.2740"
            ),
            "long",
            [5.412],
            [5.521, 5.648],
        ),
    ],
)
def test_futures_cards_whose_zone_says_the_side(text, side, entries, targets):
    parsed = _card(text)
    assert parsed.side.value == side
    assert parsed.market != "spot"
    assert list(parsed.entries) == entries
    assert list(parsed.take_profits) == targets


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        (
            ("#DIA LONG\nEntry di: 0.6864\nTP: 0.6972\nCut loss: 0.6532\nLev: 5x\nMargin: isolasi"),
            "isolated",
        ),
        (
            (
                "#OP SHORT\nHarga masuk: 2.3407\nSasaran: 2.2879\nHenti rugi: 2.4216\n"
                "Margin: Terasing"
            ),
            "isolated",
        ),
        ("#SOL LONG\nGiriş: 142,10\nHedef: 146,30\nStop: 138,90\nKaldırac: 20x (capraz)", "cross"),
        (
            (
                "Lệnh: SHORT\nCoin: #LTC\nEntry: 84.98\nMục tiêu 1: 83.76\nCat lo: 86.60\n"
                "Ký quỹ: co lap"
            ),
            "isolated",
        ),
        (
            ("⚡️ #TRX | SHORT\nஎன்ட்ரி: 0.13146\nSL: 0.13527\nடார்கெட்: 0.12956\nமார்ஜின்: ஐசோலேட்டட்"),
            "isolated",
        ),
        ("SHORT #SUI\nਦਾਖਲਾ : 1.1207\nਸਟਾਪ ਲੌਸ : 1.1620\nਟਾਰਗੇਟ : 1.1044\nਲੀਵਰੇਜ : 10X ਕ੍ਰਾਸ", "cross"),
    ],
)
def test_margin_words_typed_as_channels_type_them(text, mode):
    assert _card(text).margin_mode == mode


@pytest.mark.parametrize(
    ("text", "entries", "targets", "stop"),
    [
        (
            "#BNB LONG\nநுழைவு: 636.8\nஇலக்கு 1: 646.1\nஇலக்கு 2: 655.1\nஸ்டாப் லாஸ்: 621.6",
            [636.8],
            [646.1, 655.1],
            621.6,
        ),
        (
            "#APT SHORT\nಎಂಟ್ರಿ : 8.896\nಗುರಿ 1 : 8.712\nಗುರಿ 2 : 8.530\nಸ್ಟಾಪ್ ಲಾಸ್ : 9.120",
            [8.896],
            [8.712, 8.53],
            9.12,
        ),
        (
            "#XRP LONG\nመግቢያ፡ 0.5181\nዒላማዎች፡ 0.5233 ፣ 0.5310\nማቆሚያ፡ 0.4924",
            [0.5181],
            [0.5233, 0.531],
            0.4924,
        ),
        (
            "#LTC SHORT\nຈຸດເຂົ້າ: 84.20\nເປົ້າ 1: 82.90\nເປົ້າ 2: 81.75\nຕັດຂາດທຶນ: 86.10",
            [84.2],
            [82.9, 81.75],
            86.1,
        ),
        (
            "#DOT LONG\nចំណុចចូល: 6.105\nគោលដៅ 1: 6.240\nគោលដៅ 2: 6.390\nកាត់ខាត: 5.910",
            [6.105],
            [6.24, 6.39],
            5.91,
        ),
        (
            (
                "#SEI LONG\nGelitaanka: 0.4375\nBartilmaameed 1: 0.4472\n"
                "Bartilmaameed 2: 0.4535\nJoojinta khasaaraha: 0.4210"
            ),
            [0.4375],
            [0.4472, 0.4535],
            0.421,
        ),
    ],
)
def test_labels_of_scripts_with_combining_marks_and_somali(text, entries, targets, stop):
    parsed = _card(text)
    assert list(parsed.entries) == entries
    assert list(parsed.take_profits) == targets
    assert parsed.stop_loss == stop


@pytest.mark.parametrize(
    "text",
    [
        "#1INCH ஸ்பாட் வாங்கு 🛒\nஎன்ட்ரி: 0.4206\nஇலக்கு 1: 0.4265\nSL: 0.4079",
        "#OP స్పాట్ కొనుగోలు 🛒\nఎంట్రీ: 2.3407\nలక్ష్యం 1: 2.3879\nSL: 2.2810",
    ],
)
def test_spot_words_of_south_asian_scripts(text):
    parsed = _card(text)
    assert parsed.market == "spot"
    assert parsed.side.value == "long"


@pytest.mark.parametrize(
    "text",
    [
        # every level a dot and three digits in labels of a language that writes dot thousands
        "#APT/USDT Spot — alış\nAlım bölgesi : 8.388 – 8.439\nTP 1 : 8.575\nTP 2 : 8.706",
        (
            "#INJ Spot 🛒\nZona beli: 24.437 - 24.512\nTarget jual: 24.829 / 25.184\n"
            "Cut loss: 23.945"
        ),
        # a sell zone on a futures long: which of the two is meant is not the parser's to guess
        "LONG #ADA\nZona de compra: 0,4171 - 0,4196\nZona de venta: 0,4010 - 0,4050",
    ],
)
def test_open_marks_and_conflicting_zones_go_to_review(text):
    parsed = parse_message(text)
    assert parsed.kind.value == "needs_review", parsed


@pytest.mark.parametrize(
    "text",
    [
        # numbered labels of a script the lexicon does not label, between dashes; a spot head
        # and a zone of buying in Gurmukhi: read by the lines' places, they go to review
        ("#ARB LONG\nഎൻട്രി - 1.2201\nലക്ഷ്യം 1 - 1.2397\nലക്ഷ്യം 2 - 1.2590\nസ്റ്റോപ്പ് ലോസ് - 1.1699"),
        ("#LQTY ਸਪਾਟ ਖਰੀਦ 🛒\nਖਰੀਦ ਜ਼ੋਨ : 0.2771 – 0.2788\nਨਿਸ਼ਾਨਾ 1 : 0.2829\nਨਿਸ਼ਾਨਾ 2 : 0.2877"),
    ],
)
def test_cards_of_scripts_read_by_their_places_go_to_review(text):
    assert parse_message(text).kind.value == "needs_review"


def test_malay_labels_read_a_dot_and_three_digits_as_a_decimal():
    parsed = _card(
        "🟢 SPOT #TIA/USDT\nZon beli: 9.500 / 9.557\nHenti rugi: 9.085\nAmbil untung: 9.702 - 9.827"
    )
    assert list(parsed.entries) == [9.5, 9.557]
    assert list(parsed.take_profits) == [9.702, 9.827]


def test_a_percent_with_a_decimal_point_settles_a_dot_three_card():
    parsed = _card(
        "#INJ Spot 🛒\nHarga beli : 24.437\nTarget jual 1 : 24.829\nTarget jual 2 : 25.184\n"
        "CL : 23.945\nPotensi +5.2% 🚀"
    )
    assert list(parsed.entries) == [24.437]
    assert list(parsed.take_profits) == [24.829, 25.184]


@pytest.mark.parametrize(
    "text",
    [
        "Zona beli #BTC masih jauh di bawah, sabar dulu ya guys 🙏",
        "#SOL target jual 2 belum kena, hold santai",
        "Alış bölgesini kaçıranlar acele etmesin, #ETH için yeni seviye bekliyoruz",
        "Abhi DOGE mat kharido bhai, market weak hai. Patience rakho",
        "Bili zone ba sa ADA ngayon or hintay muna mga idol? 🤔",
        "ዛሬ ሲግናል የለም፣ ገበያው አልተረጋጋም። ትዕግስት ያድርጉ",
        "ມື້ນີ້ບໍ່ມີສັນຍານ ຕະຫຼາດຜັນຜວນ ລໍຖ້າກ່ອນ",
    ],
)
def test_talk_with_label_words_stays_talk(text):
    assert parse_message(text).kind.value == "not_signal"


def test_a_sentence_that_sells_at_the_market_keeps_its_side():
    parsed = _card("Jual DIA di harga pasar, TP 0.7686 dan 0.7589, SL 0.7989")
    assert parsed.side.value == "short"


@pytest.mark.parametrize(
    ("text", "action", "field", "value"),
    [
        ("#SOL target jual 2 tersentuh ✅", "target_hit", "target_index", 2),
        ("$AVAX CL tersentuh ❌", "stop_hit", None, None),
        ("#ETH geser cut loss ke harga masuk 🔒", "stop_moved", "stop_to_entry", True),
        ("#OP tutup separuh kedudukan 💰", "close", "close_fraction", 0.5),
        ("#LINK sinyal batal, hapus limit", "cancel", None, None),
        ("#ETH satış hedefi 3 geldi ✅", "target_hit", "target_index", 3),
        ("#BNB zarar durdur çalıştı ❌", "stop_hit", None, None),
        ("#BTC SL entry pe shift karo 🔒", "stop_moved", "stop_to_entry", True),
        ("#ARB xir kala badh booska 💰", "close", "close_fraction", 0.5),
        ("#SEI இலக்கு 2 அடைந்தது ✅", "target_hit", "target_index", 2),
        ("#WIF SL ተነክቷል ❌", "stop_hit", None, None),
        ("#LTC ເຖິງເປົ້າ 3 ແລ້ວ ✅", "target_hit", "target_index", 3),
        ("#APT ផ្លាស់ SL ទៅចំណុចចូល 🔒", "stop_moved", "stop_to_entry", True),
        ("#DOGE 50% ትርፍ ውሰዱ", "close", "close_fraction", 0.5),
    ],
)
def test_follow_ups_in_those_languages(text, action, field, value):
    parsed = parse_message(text)
    assert parsed.kind.value == "follow_up", (text, parsed.reason)
    assert parsed.action.value == action
    if field is not None:
        assert getattr(parsed, field) == value


_DECIMALS = st.integers(min_value=2, max_value=4)


@settings(max_examples=40, deadline=None)
@given(
    base=st.sampled_from(["SOL", "ADA", "LINK", "AVAX", "DOT", "NEAR", "ATOM", "OP"]),
    price=st.floats(min_value=0.2, max_value=90.0),
    dec=_DECIMALS,
    zone_label=st.sampled_from(["Zona beli", "Area beli", "Zon belian", "Vung mua"]),
    target_label=st.sampled_from(["Target jual", "TP jual", "Sasaran jual", "Ambil untung"]),
)
def test_a_spot_card_never_reads_its_sell_label_as_a_side(
    base, price, dec, zone_label, target_label
):
    """Over any coin, price and decimals, a spot card's sell label names targets above the zone:
    the card is read as the buy it is, or sent to review; never copied as a short."""
    low = round(price, dec)
    high = round(price * 1.004, dec)
    t1 = round(price * 1.03, dec)
    t2 = round(price * 1.06, dec)
    text = (
        f"#{base} Spot 🛒\n{zone_label}: {low:.{dec}f} - {high:.{dec}f}\n"
        f"{target_label}: {t1:.{dec}f} / {t2:.{dec}f}"
    )
    parsed = parse_message(text)
    if parsed.kind.value == "signal":
        assert parsed.side.value == "long"
        assert list(parsed.take_profits) == sorted(parsed.take_profits)
        assert all(t > max(parsed.entries) for t in parsed.take_profits)
    else:
        assert parsed.kind.value == "needs_review"
