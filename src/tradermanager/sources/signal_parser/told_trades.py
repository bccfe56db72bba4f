"""Posts that tell of trades instead of updating one: a screenshot's or a member's caption
("📸 Member's result on #SOL: +180% 🔥", "Screenshot from our VIP: ETH TP3 hit 🎯") and a recap
naming the coins it counts ("This week's recap: SOL TP3 ✅, ETH TP2 ✅, ARB SL ❌").

Both hold an update's words ("TP3 hit", "stopped out") about trades already told; neither is
an instruction, unless it gives one ("move", "close", "book" …), which keeps it an update.
"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import holds_any

# an instruction: the post asks for something to be done now, whatever else it tells
_INSTRUCTION = re.compile(
    r"(?<![\w])(?:move|close|book|secure|cancel|trail|exit|set|sell|buy|enter|re-?enter|add"
    r"|take|put|raise|lower)(?![\w])"
)
_CAPTION_PARTS = ("screen", "member", "feedback", "proof", "📸", "📷", "testimon")
# a caption of a screenshot or a member's result (not "Members: move SL to entry", which the
# instruction keeps an update)
_CAPTION = re.compile(
    r"📸|📷|(?<![\w])(?:screen[ \t]?shots?|feedback|proof|testimonials?)(?![\w])"
    r"|(?<![\w])member(?:'|’)?s?(?:'|’)?[ \t]+(?:result|profit|pnl|p&l|gain|win)"
    r"|(?<![\w])(?:from|of)[ \t]+(?:a|one[ \t]+of[ \t]+our|our)[ \t]+members?(?![\w])"
    r"|(?<![\w])happy[ \t]+members?(?![\w])"
)
_RECAP_PARTS = (
    *("recap", "result", "yesterday", "last ", "this week", "weekly", "monthly"),
    *("of the ", "what a "),
    *("scoreboard", "pnl", "p&l", "resultado", "итог", "sonuç"),
    "closed to",
)
# a recap's head: the period or the word that says the trades are counted back ("Signals of
# the day 🔥", "What a day! SOL TP3, ETH TP1 all hit 🎯")
_RECAP_HEAD = re.compile(
    r"(?<![\w])(?:recap|results?|yesterday|last[ \t]+(?:week|month)|this[ \t]+week(?:'|’)?s?"
    r"|weekly|monthly|(?:signals?|calls?|trades?)[ \t]+of[ \t]+the[ \t]+(?:day|week|month)"
    r"|what[ \t]+a[ \t]+(?:day|week|month)"
    # "🏆 Scoreboard", "PnL report", "Resultados de hoy", "Итоги недели", "Haftalık sonuçlar"
    r"|scoreboard|(?:pnl|p&l)[ \t]+report|resultados|итоги|sonuçlar[ıi]?"
    # "Closed today: ARB +36%, OP +21%": the day's closed trades counted back
    r"|closed[ \t]+today)(?![\w])"
)


def caption_of_results(low: str) -> bool:
    """Whether ``low`` (lower-cased) captions a screenshot or a member's result, asking
    nothing to be done."""
    return (
        holds_any(low, _CAPTION_PARTS)
        and _CAPTION.search(low) is not None
        and _INSTRUCTION.search(low) is None
    )


def recap_of_trades(low: str) -> bool:
    """Whether ``low`` (lower-cased) is headed as a recap and asks nothing to be done: with
    two coins or more named, the trades it tells of are counted back, not updated."""
    return (
        holds_any(low, _RECAP_PARTS)
        and _RECAP_HEAD.search(low) is not None
        and _INSTRUCTION.search(low) is None
    )
