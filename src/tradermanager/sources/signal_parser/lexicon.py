"""The words and symbols channels use for each part of a signal, in the languages seen in
signal channels (English, Russian, Spanish, Portuguese, Turkish, German, French, Vietnamese,
Indonesian, Arabic), as regex fragments.

Order matters inside an alternation: longer labels first, so "Take-Profit Targets" is one label
and not "Take-Profit" followed by "Targets".
"""

from __future__ import annotations

ENTRY_LABELS = (
    r"entry\s*targets?",
    r"entry\s*(?:zone|price|range|point|area|orders?)",
    r"entries",
    r"entry",
    r"enter(?:\s*(?:at|above|below|between))?",
    r"buy\s*(?:zone|range|between|area|at|in|price)",
    r"sell\s*(?:zone|range|between|area|at|price)",
    r"open(?:ing)?\s*(?:at|price)",
    r"точка\s*входа",
    r"вход(?:\s*в\s*сделку)?",
    r"entrada",
    r"giri[şs]",
    r"einstieg(?:sbereich|szone|spreis)?",
    r"entr[ée]e",
    r"điểm\s*vào",
    r"harga\s*masuk",
    r"area\s*(?:entry|beli|masuk)",
    r"الدخول",
    r"دخول",
    r"منطقة\s*الدخول",
    r"price",
    r"from",
    r"around",
    r"@",
    r"👉",
    r"💵",
)
TARGET_LABELS = (
    r"take[\s\-]*profit\s*targets?",
    r"take[\s\-]*profits?(?:\s*at)?",
    r"sell\s*targets?",
    r"(?:first|second|third|next|final)\s*target",
    r"targets?",
    r"tps?",
    r"looking\s*for",
    r"then",
    r"second",
    r"third",
    r"objetivos?",
    r"alvos?",
    r"цели",
    r"цель",
    r"тейк(?:[\s\-]*профит)?",
    r"тп",
    r"hedefler",
    r"hedef",
    r"ziele?",
    r"kursziel(?:e)?",
    r"objectifs?",
    r"chốt\s*lời",
    r"mục\s*tiêu",
    r"الأهداف",
    r"أهداف",
    r"الهدف",
    r"هدف",
    r"🎯",
)
STOP_LABELS = (
    r"stop\s*targets?",
    r"stop[\s\-]*loss(?:\s*at)?",
    r"stoploss",
    r"stopp",
    r"stop(?:\s*at)?",
    r"s\s*/\s*l",
    r"sl",
    r"invalidation",
    r"стоп[\s\-]*лосс",
    r"стоп",
    r"сл",
    r"cắt\s*lỗ",
    r"dừng\s*lỗ",
    r"وقف\s*الخسارة",
    r"🛑",
    r"⛔️?",
)
MARKET_WORDS = r"market|cmp|current\s*(?:market\s*)?price|now|по\s*рынку|рынок|mercado"
LONG_WORDS = r"long(?:ing)?|buy(?:ing)?|лонг|покупка|largo|compra|alış|achat|mua|beli|شراء"
SHORT_WORDS = r"short(?:ing)?|sell(?:ing)?|шорт|продажа|corto|venta|satış|vente|bán|jual|بيع"
LEVERAGE_LABELS = (
    r"leverage|lev|плечо|apalancamiento|alavancagem|kald[ıi]ra[çc]|hebel|levier|đòn\s*bẩy"
    r"|الرافعة"
)
CONFIDENCE_LABELS = r"confidence|conf|score|уверенность|confianza|confiança"
SPOT_WORDS = r"spot|спот"
COINM_WORDS = r"coin[\s\-]*m|coin[\s\-]*margined|inverse"
