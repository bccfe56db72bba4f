"""Prices under labels no lexicon knows beside labels it does: known targets telling the side
when the entry and the stop stand under unknown labels, a market entry whose targets and stop
stand under unknown labels, margin modes and market orders as exchanges' localized screens
word them, and follow-up words of the same languages (docs/signal-parsing.md, Sections)."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.domain.enums import Side
from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message

SYMBOLS = ["BTC", "ETH", "SOL", "DOGE", "1000PEPE", "XRP", "LINK"]
# labels and side words no lexicon holds (Hausa, Yoruba, Tagalog, Burmese, Lao, made-up)
UNKNOWN_LABELS = ["Shiga:", "Tsayawa:", "Iwọle:", "Idaduro:", "Pasukan:", "Hinto:", "ဝင်ရန်:"]
UNKNOWN_LABELS += ["ຈຸດຢຸດ:", "Zorblat:", "Manufa 2:"]
UNKNOWN_SIDES = ["SAYA", "SAYAR", "RA", "TA", "BUMILI", "MAGBENTA", ""]


def _prices(values: list[float]) -> str:
    return " - ".join(f"{v:.6g}" for v in values)


@pytest.mark.parametrize(
    ("text", "side", "entries", "targets", "stop"),
    [
        (
            "SAYA #SOL\nShiga: 136.33\n🎯 137.95 - 141.49\nTsayawa: 130.34\nx20",
            Side.LONG,
            (136.33,),
            (137.95, 141.49),
            130.34,
        ),
        (
            "#TIA/USDT (විකුණන්න)\nඇතුල්වීම: 10.496\nTP: 10.336\nනැවතුම: 10.943",
            Side.SHORT,
            (10.496,),
            (10.336,),
            10.943,
        ),
        (
            "【INJ/USDT】開空\n入場價：25.796\n止盈目標：25.482、24.994\n停損：26.486",
            Side.SHORT,
            (25.796,),
            (25.482, 24.994),
            26.486,
        ),
    ],
)
def test_known_targets_tell_the_side_of_unknown_entry_and_stop_lines(
    text, side, entries, targets, stop
):
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert (parsed.side, parsed.entries, parsed.take_profits, parsed.stop_loss) == (
        side,
        entries,
        targets,
        stop,
    )


def test_known_targets_without_a_stop_on_the_other_side_tell_no_side():
    """A level above a target line is no entry unless a stop stands beyond it too: 'Support:
    62000 / TP: 65000' is not copied as a long."""
    for text in (
        "#BTC\nSupport: 62000\nTP: 65000 / 66000",
        "#BTC\nShiga: 62000\nTP: 65000 / 66000\nTsayawa: 64000",
    ):
        assert parse_message(text).kind is not MessageKind.SIGNAL, text


@pytest.mark.parametrize(
    "text",
    [
        "Par: SOL/USDT\nOperación: CORTO\nEntrada: mercado (ahora)\n"
        "Tomar ganancias: 146.68 | 145.1 | 143.25\nParar pérdidas: 151.84",
        "#OPUSDT SHORT\nHarga masuk: harga pasar\nAmbil untung: 146.68 - 145.1 - 143.25\n"
        "Batas rugi: 151.84",
        "#SOLUSDT SHORT\nGiriş: piyasa fiyatından\nKâr al: 146.68 - 145.1 - 143.25\n"
        "Zararı durdur: 151.84",
    ],
)
def test_a_market_entry_takes_no_unknown_line_for_its_entry(text):
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.order_type == "market" and parsed.entries == ()
    assert parsed.take_profits == (146.68, 145.1, 143.25) and parsed.stop_loss == 151.84


@pytest.mark.parametrize(
    ("entry", "targets", "stop"),
    [
        # the value alone says market under a label no lexicon holds: the lines below are
        # placed around it, none taken for the entry
        ("Kuingia: market", "Lengo: 6.64 - 6.71", "Kikomo: 6.31"),
        ("Entrée : au marché", "Objectifs : 6.64 - 6.71", "Stop : 6.31"),
        ("Einstieg: zum Marktpreis", "Ziele: 6.64 - 6.71", "Stopp: 6.31"),
        ("진입: 시장가", "익절: 6.64 - 6.71", "손절: 6.31"),
        ("エントリー：成行", "利確：6.64 - 6.71", "損切り：6.31"),
        ("進場：市價", "停利：6.64 - 6.71", "停損：6.31"),
        ("Điểm vào: giá thị trường", "Chốt lời: 6.64 - 6.71", "Cắt lỗ: 6.31"),
        ("ورود: قیمت بازار", "تارگت: 6.64 - 6.71", "حد ضرر: 6.31"),
        ("الدخول: سعر السوق", "الأهداف: 6.64 - 6.71", "وقف الخسارة: 6.31"),
    ],
)
def test_market_orders_as_localized_screens_and_unknown_labels_name_them(entry, targets, stop):
    parsed = parse_message(f"#DOTUSDT LONG\n{entry}\n{targets}\n{stop}")
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert (parsed.order_type, parsed.entries, parsed.take_profits, parsed.stop_loss) == (
        "market",
        (),
        (6.64, 6.71),
        6.31,
    )


@pytest.mark.parametrize(
    ("line", "mode"),
    [
        ("Margen: Aislado", "isolated"),
        ("Margem: Cruzada", "cross"),
        ("Marj: Çapraz", "cross"),
        ("Маржа: Изолированная", "isolated"),
        ("Ký quỹ: Cô lập", "isolated"),
        ("Margin: Silang", "cross"),
        ("Marge : Isolée", "isolated"),
        ("証拠金: クロス", "cross"),
        ("レバレッジ：分離マージン 10倍", "isolated"),
        ("마진: 격리", "isolated"),
        ("الهامش: معزول", "isolated"),
        ("倉位模式：全倉", "cross"),
    ],
)
def test_margin_modes_as_localized_screens_name_them(line, mode):
    parsed = parse_message(f"#ARBUSDT LONG\nEntry: 1.0588\nTP: 1.08 / 1.1\nSL: 1.03\n{line}")
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.margin_mode == mode


def test_a_golden_cross_is_no_margin_mode():
    parsed = parse_message("#ARBUSDT LONG\nEntry: 1.0588\nTP: 1.08\nSL: 1.03\nゴールデンクロス確認")
    assert parsed.margin_mode is None


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("LINK/USDT 停損出場 ❌", FollowUpAction.STOP_HIT),
        ("#AVAX Stop acionado ❌", FollowUpAction.STOP_HIT),
        ("#BTC SL tocado ❌", FollowUpAction.STOP_HIT),
        ("#SOL Stop oldu ❌", FollowUpAction.STOP_HIT),
        ("#SOL SL don hit ❌", FollowUpAction.STOP_HIT),
        ("#TRX 停利1 達成 ✅", FollowUpAction.TARGET_HIT),
        ("#FHEUSDT نقل الستوب إلى نقطة الدخول 🔒", FollowUpAction.STOP_MOVED),
        ("#BTC 停損移至進場價 🔒", FollowUpAction.STOP_MOVED),
    ],
)
def test_follow_up_words_of_other_languages(text, action):
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP and parsed.action is action, parsed.reason
    if action is FollowUpAction.STOP_MOVED:
        assert parsed.stop_to_entry


@settings(max_examples=300, deadline=None)
@given(
    symbol=st.sampled_from(SYMBOLS),
    side_word=st.sampled_from(UNKNOWN_SIDES),
    base=st.floats(min_value=0.001, max_value=50_000),
    targets=st.lists(st.floats(min_value=0.7, max_value=1.4), min_size=1, max_size=4),
    lines=st.lists(
        st.tuples(
            st.sampled_from(UNKNOWN_LABELS),
            st.lists(st.floats(min_value=0.7, max_value=1.4), min_size=1, max_size=3),
        ),
        min_size=1,
        max_size=4,
    ),
    at=st.integers(min_value=0, max_value=4),
)
def test_known_targets_beside_unknown_lines_never_land_on_the_wrong_side(
    symbol, side_word, base, targets, lines, at
):
    """A known target line among lines under unknown labels, no side word the lexicon knows:
    a signal read from them has every target on the profit side of the entry and the stop on
    the loss side, and a side the levels told only with a stop — anything else goes to
    review or is dropped."""
    rendered = [f"{label} {_prices([base * f for f in fs])}" for label, fs in lines]
    rendered.insert(min(at, len(rendered)), "TP: " + _prices([base * f for f in targets]))
    text = f"#{symbol}/USDT {side_word}".rstrip() + "\n" + "\n".join(rendered)
    parsed = parse_message(text)
    if parsed.kind is not MessageKind.SIGNAL:
        return
    assert parsed.entries, text
    lo, hi = min(parsed.entries), max(parsed.entries)
    if parsed.side is Side.LONG:
        assert all(t > hi for t in parsed.take_profits), text
        assert parsed.stop_loss is None or parsed.stop_loss < lo, text
    else:
        assert all(t < lo for t in parsed.take_profits), text
        assert parsed.stop_loss is None or parsed.stop_loss > hi, text
    if dict(parsed.confidences).get("side", 1.0) < 1.0:
        assert parsed.stop_loss is not None, text


@settings(max_examples=300, deadline=None)
@given(
    symbol=st.sampled_from(SYMBOLS),
    long=st.booleans(),
    base=st.floats(min_value=0.001, max_value=50_000),
    lines=st.lists(
        st.tuples(
            st.sampled_from(UNKNOWN_LABELS),
            st.lists(st.floats(min_value=0.7, max_value=1.4), min_size=1, max_size=4),
        ),
        min_size=1,
        max_size=4,
    ),
)
def test_a_market_entry_beside_unknown_lines_never_lands_on_the_wrong_side(
    symbol, long, base, lines
):
    """A market entry, a side, prices under unknown labels: a signal read from them has no
    entry price, targets moving in the side's direction and the stop beyond every target on
    the loss side."""
    text = f"#{symbol}USDT {'LONG' if long else 'SHORT'}\nEntrada: a mercado\n" + "\n".join(
        f"{label} {_prices([base * f for f in fs])}" for label, fs in lines
    )
    parsed = parse_message(text)
    if parsed.kind is not MessageKind.SIGNAL:
        return
    assert parsed.order_type == "market" and parsed.entries == (), text
    tps = parsed.take_profits
    if long:
        assert all(a < b for a, b in pairwise(tps)), text
        assert parsed.stop_loss is None or not tps or parsed.stop_loss < min(tps), text
    else:
        assert all(a > b for a, b in pairwise(tps)), text
        assert parsed.stop_loss is None or not tps or parsed.stop_loss > max(tps), text


@pytest.mark.parametrize(
    "text",
    [
        "【ETH/USDT】ロング\nエントリー：３６２９．５\n利確：３６９０．１７／３７７９．４７\n損切り：３４６８．５４",
        "#ETHUSDT ຊື້\nຈຸດເຂົ້າ: ໓໖໒໙.໕\nເປົ້າໝາຍ: ໓໖໙໐.໑໗ - ໓໗໗໙.໔໗\nຈຸດຢຸດ: ໓໔໖໘.໕໔",
        "#ETHUSDT LONG\nEntry: ၃၆၂၉.၅\nTP: ၃၆၉၀.၁၇ / ၃၇၇၉.၄၇\nSL: ၃၄၆၈.၅၄",
        "#ETHUSDT ખરીદો\nએન્ટ્રી: ૩૬૨૯.૫\nલક્ષ્ય: ૩૬૯૦.૧૭ - ૩૭૭૯.૪૭\nસ્ટોપ લોસ: ૩૪૬૮.૫૪",
    ],
)
def test_digits_of_every_script_and_full_width_forms_read_as_ascii(text):
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert (parsed.side, parsed.entries, parsed.take_profits, parsed.stop_loss) == (
        Side.LONG,
        (3629.5,),
        (3690.17, 3779.47),
        3468.54,
    )


def test_a_full_width_comma_still_separates_a_list():
    parsed = parse_message("#SOLUSDT 做多\n入场：148.2\n止盈：152，155\n止损：144")
    assert parsed.take_profits == (152.0, 155.0)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("NEAR TA 5.668 afojusun 5.579, 5.484, 5.466 idaduro 5.83 x20", Side.SHORT),
        ("BTC SAYA 66704.4 manufa 67611, 68293.6 tsayawa 64858.7 x10", Side.LONG),
        ("$SOL LONG 148.2 manufa 152 tsayawa 144", Side.LONG),
    ],
)
def test_a_one_line_signal_of_words_no_lexicon_holds(text, side):
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.side is side and len(parsed.entries) == 1 and parsed.stop_loss is not None


@pytest.mark.parametrize(
    "text",
    [
        "$DOT UZA 3.301 lengo 3.387 hasara 3.214 x10",  # one target, no side word known
        "BTC long 63450 was great, now 64200 and 65000 next, support 62800",  # talk
        "SOL TA 148.8 afojusun 146.05 idaduro 45.33",  # not one signal's levels
    ],
)
def test_one_line_layouts_the_words_do_not_settle_are_not_copied(text):
    assert parse_message(text).kind is not MessageKind.SIGNAL


@pytest.mark.parametrize(
    "head",
    ["现货买入 #SOL", "現貨買入 #SOL", "#SOL 현물 매수", "#SOL 現物買い", "#SOL Mua giao ngay"],
)
def test_spot_in_the_words_of_localized_screens(head):
    parsed = parse_message(f"{head}\nEntry: 148.2\nTP: 152 / 155\nSL: 140")
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.market == "spot"


@pytest.mark.parametrize("label", ["Leverec", "Иінтірек", "ბერკეტი", "Լծակ", "Хөшүүрэг"])
def test_a_whole_number_under_an_unknown_label_goes_to_review_without_a_leverage(label):
    """Dropped, it would copy the signal at another leverage; read as one, "Accuracy: 87"
    would be 87x."""
    text = f"#SOLUSDT LONG\nEntry: 148.2\nTP: 152 / 155\nSL: 144\n{label}: 20"
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW and "whole number" in parsed.reason
    assert parse_message(text + "\nLeverage: 20x").kind is MessageKind.SIGNAL


@settings(max_examples=300, deadline=None)
@given(
    symbol=st.sampled_from(SYMBOLS),
    side_word=st.sampled_from([*UNKNOWN_SIDES, "LONG", "SHORT"]),
    base=st.floats(min_value=0.001, max_value=50_000),
    groups=st.lists(
        st.tuples(
            st.sampled_from(["lengo", "hasara", "manufa", "tsayawa", "zorblat", "ከፍታ"]),
            st.lists(st.floats(min_value=0.7, max_value=1.4), min_size=1, max_size=3),
        ),
        min_size=2,
        max_size=4,
    ),
)
def test_one_line_groups_never_land_on_the_wrong_side(symbol, side_word, base, groups):
    """One line of an entry and groups of prices split by unknown words: a signal read from
    it has every target on the profit side of its entry and the stop on the loss side, and
    the side written when a known side word stands."""
    text = f"${symbol} {side_word} {base:.6g} " + " ".join(
        f"{word} {_prices([base * f for f in fs])}" for word, fs in groups
    )
    parsed = parse_message(text)
    if parsed.kind is not MessageKind.SIGNAL:
        return
    lo, hi = min(parsed.entries), max(parsed.entries)
    if side_word in ("LONG", "SHORT"):
        assert parsed.side.value == side_word.lower(), text
    if parsed.side is Side.LONG:
        assert all(t > hi for t in parsed.take_profits), text
        assert parsed.stop_loss is None or parsed.stop_loss < lo, text
    else:
        assert all(t < lo for t in parsed.take_profits), text
        assert parsed.stop_loss is None or parsed.stop_loss > hi, text


@pytest.mark.parametrize("joined", ["3073.59至3092.03", "3073.59から3092.03", "3073.59〜3092.03"])
def test_a_zone_joined_by_a_cjk_to_between_the_digits(joined):
    parsed = parse_message(f"#ETHUSDT SHORT\n进场：{joined}\nTP: 2991.26 / 2974.45\nSL: 3184.05")
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (3073.59, 3092.03)


@pytest.mark.parametrize(
    "translated",
    [
        "#LINKUSDT ШОРТ\nВход: 15.38\nЦели: 15.225 / 14.881 / 14.674\nСтоп: 15.613",
        "#LINKUSDT 做空\n入场：15.38\n止盈：15.225 / 14.881 / 14.674\n止损：15.613",
        "#LINKUSDT UZA\nKuingia: 15.38\nMalengo: 15.225 / 14.881 / 14.674\nKikomo: 15.613",
    ],
)
def test_one_signal_posted_in_two_languages_is_read_once(translated):
    english = "#LINKUSDT SHORT\nEntry: 15.38\nTargets: 15.225 / 14.881 / 14.674\nStop Loss: 15.613"
    parsed = parse_message(f"{english}\n———\n{translated}")
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.take_profits == (15.225, 14.881, 14.674)
    assert (parsed.entries, parsed.stop_loss) == ((15.38,), 15.613)


@pytest.mark.parametrize(
    "text",
    [
        "#SOLUSDT 做多\n入场：148.2附近\n止盈：152、155\n止损：跌破144",
        "#SOLUSDT 做多\n入场148.2\n止盈152、155\n止损144",
        "#SOLUSDT ロング\nエントリー：148.2付近\n利確：152、155\n損切り：144割れ",
        "#SOLUSDT 做多\n入场：148.2左右\n止盈：152/155\n止损：144美元",
        "#SOLUSDT ซื้อ\nจุดเข้า148.2\nเป้าหมาย152, 155\nตัดขาดทุน144",
        "#SOLUSDT 롱\n진입가148.2\n익절152, 155\n손절144",
    ],
)
def test_numbers_written_against_letters_of_scripts_without_spaces(text):
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert (parsed.entries, parsed.take_profits, parsed.stop_loss) == ((148.2,), (152, 155), 144)


def test_a_number_against_a_latin_letter_is_still_none():
    parsed = parse_message("#SOLUSDT LONG\nEntry: 148.2\nTP1: 152\nTP2: 155\nSL: 144")
    assert parsed.take_profits == (152, 155)
