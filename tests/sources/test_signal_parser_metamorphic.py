"""Metamorphic property: a corpus signal rewritten in a way that keeps its meaning (another
label spelling or separator, the sections in another order, decorations, restyled prices or
leverage: tests/sources/corpus/perturb.py) keeps its parse, field for field."""

from __future__ import annotations

from corpus.evaluate import Case, load, wrong_fields
from corpus.perturb import PERTURBATIONS, perturb
from hypothesis import given, settings
from hypothesis import strategies as st

# signals of different layouts (market entry, ladders, coin-margined and 1000-coin contracts,
# hashtag posts, emoji labels, keycap targets, ids, forwarded posts, DCA plans, other languages)
IDS = (
    "market_entry-001",
    "indonesian_labels-001",
    "coin_m_spellings-001",
    "premium_hashtag_post-001",
    "vip_dash_lists-001",
    "entries_list_slash-001",
    "contract_multiplier-001",
    "square_dca_plan-001",
    "emoji_labelled_block-001",
    "discord_limit_order-001",
    "keycap_emoji_targets-001",
    "signal_card_with_id-001",
    "forwarded_signature-001",
    "space_thousands-001",
)
CASES = [c for c in load(holdout=False) if c.id in IDS]
# rewrites that touch no labelled line: they stack on any other
FRAMES = ("hashtag_line", "disclaimer_footer", "forwarded_header", "signature_link")


def test_the_chosen_signals_are_in_the_corpus() -> None:
    assert sorted(c.id for c in CASES) == sorted(IDS)
    assert not [c.id for c in CASES if wrong_fields(c)]


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(CASES),
    st.sampled_from(sorted(PERTURBATIONS)),
    st.one_of(st.none(), st.sampled_from(FRAMES)),
    st.integers(0, 2**16),
)
def test_a_meaning_preserving_rewrite_keeps_the_parse(
    case: Case, name: str, frame: str | None, seed: int
) -> None:
    text = perturb(name, case.text, case.expected, seed) or case.text
    if frame is not None:
        text = perturb(frame, text, case.expected, seed) or text
    rewritten = Case(case.id, case.style, text, case.expected)
    assert wrong_fields(rewritten) == [], text
