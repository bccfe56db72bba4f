"""The early ends are sound: every text parses as the general reading parses it.

Each text is parsed as the parser reads it and with every early end switched off
(``early_ends.general_only``); the two parses must be equal field by field — on the texts an
early end took (counted with ``early_ends.counting``) and on every other. Compared on the
corpus (with and without a reference price), the generated export, and follow-ups and chatter
drawn at random: the shapes the direct reading knows, in other cases and spacings, with other
coins, marks, prices and words beside them. ``benchmarks/check_early_ends.py`` runs the same
comparison over the perturbed, pasted and rewritten benches' texts too.
"""

from __future__ import annotations

from collections import Counter

from corpus.evaluate import load
from hypothesis import given, settings
from hypothesis import strategies as st

from sources.test_signal_card_reader import export_texts
from tradermanager.sources.signal_parser import MessageKind, early_ends, parse_message


def _compared(text: str, reference: float | None = None) -> list[str]:
    """The early ends ``text`` took; fails when its parse differs from the general one."""
    with early_ends.counting() as took:
        fast = parse_message(text, reference)
    with early_ends.general_only():
        full = parse_message(text, reference)
    assert fast == full, (text, reference, took)
    return took


def test_corpus_parses_as_the_general_reading() -> None:
    taken: Counter[str] = Counter()
    for case in load():
        for reference in (None, 1.0, 100.0):
            taken.update(_compared(case.text, reference))
    print(f"corpus early ends taken: {dict(taken)}")
    assert taken["direct follow-up"] > 0


def test_export_parses_as_the_general_reading() -> None:
    texts = export_texts(3_000)
    taken: Counter[str] = Counter()
    for text in texts:
        taken.update(_compared(text))
    print(f"export early ends taken of {len(texts)}: {dict(taken)}")
    # the export's follow-ups are the shapes the direct reading is for, its chatter talk
    assert taken["direct follow-up"] > len(texts) * 0.3
    assert taken["chatter before parts"] > len(texts) * 0.25


COINS = ("", "#SOL ", "$ETH ", "#1000PEPE ", "#BTCUSDT ", "#sol ", "#XYZQ ", "#crypto ", "SOL ")
PHRASES = (
    "Target {n} ✅",
    "TP{n} ✅",
    "tp {n} hit",
    "Target {n} hit",
    "TP{n} done",
    "Target {n} reached",
    "TP {n} achieved ✅",
    "Target {n} ✅ 🚀",
    "All targets achieved 🚀",
    "all targets hit",
    "All targets done ✅",
    "SL hit ❌",
    "Stop loss hit",
    "Stoploss triggered ⛔",
    "Stopped out",
    "stopped out ❌",
    "SL moved to entry",
    "Stop moved to breakeven",
    "stop loss moved to entry",
    "Closed",
    "closed",
    "Cancelled",
    "Canceled ❌",
    "cancel",
)
AROUND = ("", " ", "\n", " 148.2", " at 0.512", " 50%", " and move SL to entry", "?", " 🔥", "!")
BEFORE = ("", "ETH ", "Not ", "Don't ", "> ", "if ", "Half ", "All ", "✅ ")


@settings(max_examples=400, deadline=None)
@given(
    coin=st.sampled_from(COINS),
    phrase=st.sampled_from(PHRASES),
    n=st.sampled_from(("1", "2", "3", "9", "0", "10", "12")),
    before=st.sampled_from(BEFORE),
    after=st.sampled_from(AROUND),
    case=st.sampled_from(("as", "upper", "lower")),
    reference=st.sampled_from((None, 1.0, 150.0)),
)
def test_drawn_follow_ups_parse_as_the_general_reading(
    coin: str, phrase: str, n: str, before: str, after: str, case: str, reference: float | None
) -> None:
    text = before + coin + phrase.format(n=n) + after
    text = text.upper() if case == "upper" else text.lower() if case == "lower" else text
    _compared(text, reference)


WORDS = (
    *("good", "morning", "traders", "market", "is", "choppy", "be", "patient", "we", "wait"),
    *("for", "confirmation", "before", "the", "next", "entry", "stay", "disciplined", "and"),
    *("respect", "your", "stops", "weekly", "results", "soon", "thank", "you", "all", "part"),
    *("stop", "target", "hit", "closed", "long", "short", "buy", "sell", "BTC", "#ETH", "SOL"),
    *("tp", "sl", "not", "a", "signal", "cancel", "re-entry", "move", "to", "BE", "risk", "free"),
    *("🔥", "🚀", "✅", "❌", "☕️", "?", "!", ",", ".", "\n", "148.2", "10x", "50%", "1/3"),
    *("half", "of", "leverage", "trailing", "http://t.me/x", "Forwarded from", "über", "стоп"),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14))
def test_drawn_chatter_parses_as_the_general_reading(words: list[str]) -> None:
    _compared(" ".join(words))


def test_the_direct_reading_takes_the_common_shapes() -> None:
    for text in ("Target 1 ✅", "#SOL TP1 ✅", "SL hit ❌", "Stopped out", "Closed", "Cancelled"):
        assert _compared(text) == ["direct follow-up"], text
        assert parse_message(text).kind is MessageKind.FOLLOW_UP
    for text in ("Target 1 ✅ at 148.2", "#crypto TP1 ✅", "Don't close", "TP1 ✅?"):
        assert "direct follow-up" not in _compared(text), text


def test_the_chatter_ends_take_talk_and_nothing_else() -> None:
    talk = "Good morning traders ☕️ Big week ahead, stay disciplined and respect your stops."
    assert _compared(talk) == ["chatter before parts"]
    # a word a step of the parts blanks spans for: the parts are built, then ended as talk
    assert _compared("No reward without patience, traders") == ["chatter end"]
    for text in (
        "Our VIP results this week: SOL +42% ✅ ETH +18% ✅ LINK -9% ❌",  # a recap: digits
        "Good morning, we go long on the next dip",  # a side
        "Big week for #SOL traders",  # a coin
        "Not a signal, just my view on the market",  # says so itself
        "Closing this one here, thanks all",  # an action
    ):
        taken = _compared(text)
        assert "chatter end" not in taken, text
        assert "chatter before parts" not in taken, text
