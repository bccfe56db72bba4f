"""Scripts round five: full stops of other scripts, one-letter words glued to numbers, the
Arabic "and" glued to a label, a target label's own number before its bracket, follow-up words
of Romanian, Hungarian, Czech, Swedish, Finnish, Serbian and Georgian posts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message
from tradermanager.sources.signal_parser.script_marks import written_apart
from tradermanager.sources.signal_parser.table_cells import cells_joined


@pytest.mark.parametrize(
    ("text", "entry", "targets", "stop"),
    [
        ("#SOL Long । एंट्री 148.2 । टारगेट 152 / 155 । स्टॉप लॉस 144 ।", 148.2, (152.0, 155.0), 144.0),
        ("#SOL Long ၊ ဝင်ရန် 148.2 ၊ ပစ်မှတ် 152 / 155 ၊ Stop 144 ။", 148.2, (152.0, 155.0), 144.0),
        ("#SOL Long ។ ចូល 148.2 ។ គោលដៅ 152 / 155 ។ SL 144 ។", 148.2, (152.0, 155.0), 144.0),
        ("شراء #SOL عند 148.2 والأهداف 152 و155 ووقف الخسارة 144", 148.2, (152.0, 155.0), 144.0),
        ("לונג על #SOL ב-148.2, יעדים 152 ו155, סטופ 144", 148.2, (152.0, 155.0), 144.0),
        (
            "Pozice\n\nDlouhá\n\nVstupní cena\n\n$148.2\n\nVýběr zisku 1 (TP1)\n\n$152\n\n"
            "Výběr zisku 2 (TP2)\n\n$155\n\nStop Loss (SL)\n\n$144\n\nAktivum\n\nSOL/USDT",
            148.2,
            (152.0, 155.0),
            144.0,
        ),
        ("SOL long podunga 148.2 la, target 152 / 155, SL 144", 148.2, (152.0, 155.0), 144.0),
    ],
)
def test_round_five_layouts_read_as_the_sol_long(text, entry, targets, stop):
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert (parsed.symbol, parsed.side.value) == ("SOL", "long")
    assert (parsed.entries, parsed.take_profits, parsed.stop_loss) == ((entry,), targets, stop)


def test_a_target_label_number_before_its_bracket_is_no_price():
    parsed = parse_message(
        "#XRP SHORT\nVstupní cena: 0.4193\nVýběr zisku 1 (TP1): 0.4151\n"
        "Výběr zisku 2 (TP2): 0.4042\nStop Loss (SL): 0.427"
    )
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (0.4193,)
    assert parsed.take_profits == (0.4151, 0.4042)


def test_a_glued_target_is_never_dropped_from_a_copied_signal():
    # before: "ו0.6799" was no number and the short was copied with one target
    parsed = parse_message("שורט על #DIA ב-0.7093, יעדים 0.6988 ו0.6799, סטופ 0.7323")
    assert parsed.take_profits == (0.6988, 0.6799)


def test_a_burmese_comma_between_prices_keeps_the_list():
    assert written_apart("ပစ်မှတ် 152 ၊ 155") == "ပစ်မှတ် 152 ၊ 155"
    assert written_apart("Long ၊ ဝင်ရန် 148.2") == "Long\nဝင်ရန် 148.2"


def test_an_arabic_and_before_a_word_no_lexicon_holds_stays_glued():
    assert written_apart("والسعر 148") == "والسعر 148"
    assert written_apart("ووقف الخسارة 144") == "و وقف الخسارة 144"


@given(st.text(alphabet="0123456789., ।၊။។وبו#SOLabc\n", max_size=50))
def test_written_apart_keeps_every_digit_in_order(text):
    out = written_apart(text)
    assert [c for c in out if c.isdigit()] == [c for c in text if c.isdigit()]


@pytest.mark.parametrize(
    ("text", "action", "index"),
    [
        ("#SOL TP1 atins ✅", FollowUpAction.TARGET_HIT, 1),
        ("#SOL Ținta 2 atinsă ✅", FollowUpAction.TARGET_HIT, 2),
        ("#SOL 2. cél elérve ✅", FollowUpAction.TARGET_HIT, 2),
        ("#SOL Cíl 3 splněn ✅", FollowUpAction.TARGET_HIT, 3),
        ("#SOL Mål 1 nått ✅", FollowUpAction.TARGET_HIT, 1),
        ("#SOL Tavoite 2 saavutettu ✅", FollowUpAction.TARGET_HIT, 2),
        ("#SOL Циљ 1 достигнут ✅", FollowUpAction.TARGET_HIT, 1),
        ("#SOL მიზანი 2 მიღწეულია ✅", FollowUpAction.TARGET_HIT, 2),
        ("#SOL 2. Ziel erreicht ✅", FollowUpAction.TARGET_HIT, 2),
        ("#SOL Stop loss atins ❌", FollowUpAction.STOP_HIT, None),
        ("#SOL Stoppen slog till ❌", FollowUpAction.STOP_HIT, None),
        ("#SOL Стоп погођен ❌", FollowUpAction.STOP_HIT, None),
        ("#SOL Cel 2 osiągnięty ✅", FollowUpAction.TARGET_HIT, 2),
        ("#SOL Doel 1 bereikt ✅", FollowUpAction.TARGET_HIT, 1),
        ("#SOL Cieľ 2 splnený ✅", FollowUpAction.TARGET_HIT, 2),
        ("#SOL Tikslas 1 pasiektas ✅", FollowUpAction.TARGET_HIT, 1),
        ("#SOL Ціль 2 досягнута ✅", FollowUpAction.TARGET_HIT, 2),
        ("#SOL Цел 1 постигната ✅", FollowUpAction.TARGET_HIT, 1),
        ("#SOL Στόχος 2 επιτεύχθηκε ✅", FollowUpAction.TARGET_HIT, 2),
        ("#SOL יעד 1 הושג ✅", FollowUpAction.TARGET_HIT, 1),
        ("#SOL Stop loss aktywowany ❌", FollowUpAction.STOP_HIT, None),
        ("#SOL Stoploss geraakt ❌", FollowUpAction.STOP_HIT, None),
        ("#SOL Stop loss zasiahnutý ❌", FollowUpAction.STOP_HIT, None),
        ("#SOL Стоп спрацював ❌", FollowUpAction.STOP_HIT, None),
        ("#SOL Стопът е ударен ❌", FollowUpAction.STOP_HIT, None),
        ("#SOL Το stop χτυπήθηκε ❌", FollowUpAction.STOP_HIT, None),
    ],
)
def test_follow_up_words_of_round_five_languages(text, action, index):
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert (parsed.action, parsed.target_index) == (action, index)


@pytest.mark.parametrize(
    "text",
    [
        "#SOL Stop mutat la intrare 🔒",
        "#SOL Stop a belépőre húzva 🔒",
        "#SOL Stop posunut na vstup 🔒",
        "#SOL Stoppen flyttad till ingång 🔒",
        "#SOL Stop siirretty sisääntuloon 🔒",
        "#SOL Стоп померен на улаз 🔒",
        "#SOL Stop przesunięty na wejście 🔒",
        "#SOL Stop verplaatst naar instap 🔒",
        "#SOL Stop posunutý na vstup 🔒",
        "#SOL Стоп переміщено на вхід 🔒",
        "#SOL Стопът е преместен на входа 🔒",
        "#SOL Το stop μετακινήθηκε στην είσοδο 🔒",
    ],
)
def test_stop_moved_to_the_entry_in_round_five_languages(text):
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert (parsed.action, parsed.stop_to_entry) == (FollowUpAction.STOP_MOVED, True)


@pytest.mark.parametrize(
    "text",
    [
        "Լոնգ #SOL 148.2-ից։ Թիրախներ 152, 155։ Ստոպ 144։",
        "#SOL لانگ۔ انٹری 148.2۔ ٹارگٹ 152 / 155۔ اسٹاپ لاس 144۔",
        "Vị thế\n\nMua\n\nGiá vào\n\n$148.25\n\nChốt lời 1 (TP 1)\n\n$152.5\n\n"
        "Chốt lời 2 (TP 2)\n\n$155.5\n\nCắt lỗ (SL)\n\n$144.5\n\nTài sản\n\nSOL/USDT",
    ],
)
def test_second_set_layouts_read_as_the_sol_long(text):
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert (parsed.symbol, parsed.side.value) == ("SOL", "long")
    assert parsed.entries[0] in (148.2, 148.25)
    assert len(parsed.take_profits) == 2


def test_an_armenian_full_stop_typed_for_a_colon_keeps_its_value():
    assert written_apart("Մուտք։ 148.2") == "Մուտք։ 148.2"


def test_a_table_whose_dots_no_number_settles_goes_to_review():
    text = (
        "Vị thế\n\nMua\n\nGiá vào\n\n$9.764\n\nChốt lời 1 (TP 1)\n\n$9.947\n\n"
        "Chốt lời 2 (TP 2)\n\n$9.973\n\nCắt lỗ (SL)\n\n$9.515\n\nTài sản\n\nAPT/USDT"
    )
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


@given(st.lists(st.sampled_from(["Giá vào", "$9.5", "TP 1 (TP 1)", "", "Mua", "10x"]), max_size=14))
def test_joined_cells_keep_every_digit_and_add_no_line(cells):
    text = "\n".join(cells)
    out = cells_joined(text)
    assert [c for c in out if c.isdigit()] == [c for c in text if c.isdigit()]
    assert out.count("\n") <= text.count("\n")
