"""Results posts and market figures that name a trade but open or close nothing: a post headed
"Recap" telling a close's result ("Recap: last week's DOT long from 6.82 closed at 7.242 ✅
+6.2%"), a period's results naming its best call ("📊 November: +263% total, best call APT/USDT
+55% (entry 9.482)") and a taker buy/sell ratio ("#ARB taker buy/sell ratio 1.01 on Binance").
A close told late without a recap's head still asks a reader; a call beside the words stands."""

from __future__ import annotations

import pytest

from tradermanager.sources.signal_parser import MessageKind, parse_message
from tradermanager.sources.signal_parser.journal_entries import recap_of_close


@pytest.mark.parametrize(
    "text",
    [
        "Recap: last week's DOT long from 6.82 closed at 7.242 ✅ +6.2%. Next call soon.",
        "Recap: yesterday's BNB short from 568.4 closed at 535.2 ✅ +5.8%",
        "📊 Weekly recap: last week's LINK long from 14.21 closed at 15.02 ✅",
        "📊 November: +263% total, best call APT/USDT +55% (entry 9.482)",
        "📊 October: +120% total, best trade #SOL +41% (entry 148.2)",
        "March: +88% total, best signal $INJ +33% (entry 24.15)",
        "#ARB taker buy/sell ratio 1.01 on Binance",
        "$SOL buy-sell volume ratio 0.87 (Bybit)",
        "#DOGE taker buy/sell ratio 1.2 on OKX",
    ],
)
def test_results_posts_and_ratios_are_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    "text",
    [
        # a close told late with no recap's head: is the copy still open?
        "Closed my WIF short yesterday at 2.4588 (opened at 2.539)",
        "Closed the SOL long on Monday at 151.2, opened at 148.2",
    ],
)
def test_late_closes_without_a_recap_head_go_to_review(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


def test_a_recap_head_closing_now_is_no_recap() -> None:
    assert recap_of_close("recap: last week's dot long — we are closing the rest now +6.2%") is None
    assert recap_of_close("closed my wif short yesterday at 2.4588 ✅") is None


@pytest.mark.parametrize(
    "text",
    [
        "Best entry for #SOL long: 148.2, SL 140, TP 160, 170",
        "Buy/Sell ratio 1.3 but we long #SOL at 148.2, SL 140, TP 160",
        "BUY #SOL 148.2 / SELL 152 / 158\nSL 140",
    ],
)
def test_calls_beside_the_words_stand(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed
