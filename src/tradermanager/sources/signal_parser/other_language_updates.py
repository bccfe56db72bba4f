"""Follow-ups in Hebrew, Hong Kong Cantonese, Hausa, Swahili, Kazakh, Uzbek and Azerbaijani,
written as the English phrases the follow-up reader knows (as ``more_script_updates`` does for
the South-Asian scripts and the Baltic languages).

Channels in those languages mix the English trade words into their own sentences: Hebrew
``חטפנו סטופ``, ``מזיזים סטופ לנקודת הכניסה``, ``לוקחים 50% רווח``; Cantonese ``止蝕咗``,
``止蝕位移到入市價``, ``走一半貨``, ``先食50%``; Hausa ``Manufa 2 ta cika``, ``stop loss ya
taɓa``, ``ku ɗauki riba 50%``; Swahili ``funga nusu ya nafasi``, ``chukua faida 50%``; Kazakh
``2-мақсатқа жеттік``, ``пайданың 50% бекітеміз``; Uzbek ``stopni kirishga suramiz``,
``pozitsiyaning yarmini yoping``; Azerbaijani ``2-ci hədəf alındı``, ``stopu girişə çəkin``.
:func:`other_updates_in_english` writes each whole phrase as its English one. A target said
not reached yet in Chinese (``目標3仲未到``, ``目标3还没到``) is written "target 3 not reached
yet", which the reader keeps as talk; a phrase with "not" beside it is left as written.

The gate: the Hebrew phrases only in a text holding a Hebrew letter, the Chinese ones only in a
text holding one of their characters, the Latin-letter and Cyrillic ones only in a short text
holding one of their stems.
"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import holds_any
from tradermanager.sources.signal_parser.lower_case import lower_case
from tradermanager.sources.signal_parser.more_script_updates import compiled_phrases

_S = r"[^\S\n]+"
_O = r"[^\S\n]*"
_N = r"([1-9])"
_STOP = r"(?:sl|stop[\s\-]?loss|stoploss|stop)"
_SHARE = r"(\d{1,2})" + _O + r"%"
# Indonesian and Malay stop and entry words ("cut loss", "CL", "henti rugi"; "harga masuk",
# "harga kemasukan", "entry")
_ID_STOP = r"(?:cut" + _O + r"loss|cl|henti(?:kan)?" + _S + r"rugi|" + _STOP + r")"
_ID_ENTRY = r"(?:harga" + _S + r"(?:masuk|kemasukan)|entry)"

# Hebrew: a target, the stop (the English word in Hebrew letters or in Latin ones)
_HE_TARGET = r"(?:ה?יעד|ה?מטרה|טי" + _O + r"פי|tp|target)"
_HE_STOP = r"(?:ה?סטופ(?:" + _O + r"לוס)?|" + _STOP + r")"
# Cantonese and Mandarin: the stop, the entry price
_ZH_STOP = r"(?:止蝕位?|止損|停損|止损|SL)"
_ZH_ENTRY = r"(?:入市價|入場價|進場價|開倉價|成本價?|入市价|进场价|开仓价)"

# (phrase, its English words): "\1" is a target's number or a share
_HEBREW: tuple[tuple[str, str], ...] = (
    (
        _HE_TARGET + _O + _N + _S + r"(?:הושג|הושגה|נלקח|נלקחה|בוצע|בוצעה|נגע|נגענו)",
        r"target \1 hit",
    ),
    (r"(?:הגענו|הגיע)" + _S + r"ל(?:יעד|מטרה)" + _O + _N, r"target \1 hit"),
    (
        r"(?:חטפנו|קיבלנו|נסגרנו"
        + _S
        + r"ב)"
        + _O
        + _HE_STOP
        + r"|"
        + _HE_STOP
        + _S
        + r"(?:נתפס|הופעל|נלקח|נגע)"
        + r"|נכנס"
        + _S
        + _HE_STOP,
        "stop loss hit",
    ),
    (
        r"(?:(?:מזיזים|מעבירים|הזיזו|העבירו|להזיז|להעביר)"
        + _S
        + r"(?:את"
        + _S
        + r")?)?"
        + _HE_STOP
        + _S
        + r"ל(?:נקודת"
        + _S
        + r"ה|מחיר"
        + _S
        + r"ה|ה)?כניסה",
        "stop loss moved to entry",
    ),
    (
        r"(?:סוגרים|סגרו|סגרנו|לסגור)"
        + _S
        + r"(?:את"
        + _S
        + r")?(?:ה)?חצי(?:"
        + _S
        + r"(?:מה)?(?:פוזיציה|עסקה|הפוזיציה|העסקה))?",
        "close half position",
    ),
    (
        r"(?:לוקחים|קחו|לקחנו|מממשים|ממשו|מימשנו)"
        + _S
        + _SHARE
        + r"(?:"
        + _S
        + r"(?:רווח|רווחים|מהרווח|מהפוזיציה))?",
        r"book \1% profit",
    ),
    (
        r"(?:ה?עסקה|ה?איתות|ה?אות|ה?סיגנל)"
        + _S
        + r"(?:מבוטלת|מבוטל|בוטלה|בוטל)"
        + r"|בטלו"
        + _S
        + r"את"
        + _S
        + r"ה(?:פקודה|עסקה)"
        + r"|ביטול"
        + _S
        + r"(?:ה?איתות|ה?עסקה|ה?סיגנל)",
        "trade cancelled",
    ),
)
_CHINESE: tuple[tuple[str, str], ...] = (
    # a target not reached yet: talk ("目標3仲未到", "目標1還沒到", "目标2还没到")
    (
        r"(?:目標價?|目标价?|止盈|止賺)"
        + _O
        + _N
        + _O
        + r"(?:仲未|還未|還沒|还没|未)(?:到|達到|达到)",
        r"target \1 not reached yet",
    ),
    (
        r"(?:目標價?|止賺)"
        + _O
        + _N
        + _O
        + r"(?:到咗|到左|食咗|已到)"
        + r"|第"
        + _O
        + _N
        + _O
        + r"個?目標(?:價)?(?:食咗|到咗|到左)",
        r"target \1\2 hit",
    ),
    (
        r"止蝕咗|(?:觸發|打咗|中咗)" + _O + r"止蝕|打到" + _O + r"(?:止損|停損|止损)",
        "stop loss hit",
    ),
    (
        _ZH_STOP + _O + r"(?:移到|移至|拉返|拉到|調到|改到|上移至|上移到)" + _O + _ZH_ENTRY,
        "stop loss moved to entry",
    ),
    (r"走(?:咗)?一半(?:貨)?|平(?:咗)?一半(?:倉)?", "close half position"),
    (r"(?:先)?食(?:咗)?" + _O + _SHARE, r"book \1% profit"),
    (r"呢單取消|呢單唔做|唔入住", "trade cancelled"),
)
_LATIN_CYRILLIC: tuple[tuple[str, str], ...] = (
    # Hausa
    (
        r"(?:manufa|target|tp)"
        + _O
        + _N
        + _S
        + r"ta"
        + _S
        + r"(?:cika|kai|samu)"
        + r"|(?:mun|an)"
        + _S
        + r"(?:kai|cika)"
        + _S
        + r"(?:manufa|target)"
        + _O
        + _N,
        r"target \1\2 hit",
    ),
    (
        _STOP
        + _S
        + r"ya"
        + _S
        + r"(?:taɓa|taba|buga)"
        + r"|an"
        + _S
        + r"buga"
        + _S
        + r"(?:mana"
        + _S
        + r")?"
        + _STOP,
        "stop loss hit",
    ),
    (
        r"(?:mayar|matsar|maida)"
        + _S
        + r"(?:da"
        + _S
        + r")?"
        + _STOP
        + _S
        + r"(?:zuwa|a)"
        + _S
        + r"(?:farashin"
        + _S
        + r"shiga|wurin"
        + _S
        + r"shiga|entry)",
        "stop loss moved to entry",
    ),
    (
        r"rufe" + _S + r"rabin(?:" + _S + r"(?:position|matsayi|ciniki)(?:" + _O + r"[ɗd]in)?)?",
        "close half position",
    ),
    (r"(?:ɗauki|dauki|ɗibi|dibi)" + _S + r"riba" + _S + _SHARE, r"book \1% profit"),
    (
        r"an"
        + _S
        + r"soke"
        + _S
        + r"(?:wannan"
        + _S
        + r")?(?:signal|ciniki)"
        + r"|signal"
        + _S
        + r"ya"
        + _S
        + r"soku",
        "trade cancelled",
    ),
    # Swahili
    (
        r"lengo"
        + _O
        + _N
        + _S
        + r"(?:limefikiwa|limefika|limeguswa)"
        + r"|(?:tp|target)"
        + _O
        + _N
        + _S
        + r"(?:imegongwa|imefikiwa|imeguswa)",
        r"target \1\2 hit",
    ),
    (
        _STOP + _S + r"(?:imeguswa|imegongwa)|tumegonga" + _S + _STOP,
        "stop loss hit",
    ),
    (
        r"(?:(?:hamisha|sogeza|weka)"
        + _S
        + r")?"
        + _STOP
        + _S
        + r"(?:kwenye|hadi)"
        + _S
        + r"(?:bei"
        + _S
        + r"ya"
        + _S
        + r"kuingia|entry)",
        "stop loss moved to entry",
    ),
    (
        r"funga" + _S + r"nusu(?:" + _S + r"ya" + _S + r"(?:nafasi|position|biashara))?",
        "close half position",
    ),
    (r"chukua" + _S + r"faida" + _S + _SHARE, r"book \1% profit"),
    (
        r"(?:ishara|biashara|signal)(?:" + _S + r"hii)?" + _S + r"(?:imefutwa|imeghairiwa)",
        "trade cancelled",
    ),
    # Kazakh
    (
        _N
        + r"(?:-?(?:ші|шы))?"
        + _O
        + r"-?"
        + _O
        + r"мақсат(?:"
        + _S
        + r"(?:орындалды|алынды)|қа"
        + _S
        + r"жеттік)",
        r"target \1 hit",
    ),
    (
        r"стоп(?:-?лосс)?" + _S + r"(?:іске" + _S + r"қосылды|соқты)|стоптан" + _S + r"шықтық",
        "stop loss hit",
    ),
    (
        r"стоп(?:ты)?"
        + _S
        + r"кіру"
        + _S
        + r"(?:нүктесіне|бағасына)(?:"
        + _S
        + r"(?:жылжытамыз|жылжытыңыз|ауыстырамыз))?",
        "stop loss moved to entry",
    ),
    (r"позицияның" + _S + r"жартысын" + _S + r"(?:жабамыз|жабыңыз)", "close half position"),
    (
        r"пайданың" + _S + _SHARE + r"(?:-?[ыі]н)?" + _S + r"(?:бекітеміз|бекітіңіз|аламыз)",
        r"book \1% profit",
    ),
    (r"(?:сигнал|мәміле)" + _S + r"(?:жойылды|болдырылмады)", "trade cancelled"),
    # Uzbek
    (
        _N
        + _O
        + r"-?"
        + _O
        + r"maqsad"
        + _S
        + r"(?:bajarildi|olindi)"
        + r"|(?:tp|target)"
        + _O
        + _N
        + _S
        + r"urildi",
        r"target \1\2 hit",
    ),
    (_STOP + _S + r"(?:urdi|urildi|ishladi)", "stop loss hit"),
    (
        r"(?:sl|stop)"
        + _O
        + r"ni"
        + _S
        + r"kirish(?:ga|"
        + _S
        + r"(?:narxiga|nuqtasiga))"
        + _S
        + r"(?:o['‘’ʻ`]tkaz(?:ing|amiz|dik)|sur(?:amiz|ing|dik))",
        "stop loss moved to entry",
    ),
    (r"pozitsiyaning" + _S + r"yarmini" + _S + r"(?:yoping|yopamiz|yopdik)", "close half position"),
    (_SHARE + _S + r"foyda(?:ni)?" + _S + r"(?:oling|olamiz|oldik)", r"book \1% profit"),
    (r"(?:signal|savdo)" + _S + r"bekor(?:" + _S + r"qilindi)?", "trade cancelled"),
    # Azerbaijani: the forms ``more_script_updates`` does not write
    (
        _N + r"-?(?:ci|cı|cu|cü)" + _S + r"hədəf" + _S + r"(?:alındı|vuruldu)",
        r"target \1 hit",
    ),
    (
        r"stopu" + _S + r"girişə" + _S + r"(?:çəkin|çəkirik|çəkdik)",
        "stop loss moved to entry",
    ),
    (_SHARE + _S + r"mənfəəti" + _S + r"(?:götürün|götürürük|götürdük)", r"book \1% profit"),
    # Italian: the forms the reader does not know ("obiettivo 2 centrato", "spostiamo lo stop
    # al prezzo d'ingresso", "incassiamo il 50%")
    (
        r"(?:obiettivo|target|tp)" + _O + _N + _S + r"(?:centrato|raggiunto|colpito|toccato)",
        r"target \1 hit",
    ),
    (
        r"(?:spost|port)(?:iamo|ate|ato|are)"
        + _S
        + r"(?:lo"
        + _S
        + r"|il"
        + _S
        + r")?"
        + _STOP
        + _S
        + r"(?:al|a|in)"
        + _S
        + r"(?:prezzo"
        + _S
        + r"(?:d['’]"
        + _O
        + r"|di"
        + _S
        + r")(?:ingresso|entrata)|ingresso|entrata|pareggio)",
        "stop loss moved to entry",
    ),
    (r"incass(?:iamo|ate|o)" + _S + r"(?:il" + _S + r")?" + _SHARE, r"book \1% profit"),
    # European Portuguese ("objectivo 2 cumprido", "bateu no 2.º alvo", "o stop foi accionado",
    # "sinal anulado")
    (
        r"(?:objectivo|objetivo|alvo)"
        + _O
        + _N
        + _S
        + r"(?:cumprido|batido)"
        + r"|bateu"
        + _S
        + r"no"
        + _S
        + _N
        + r"\.?[º°o]?"
        + _S
        + r"(?:alvo|objectivo|objetivo)",
        r"target \1\2 hit",
    ),
    (r"o" + _S + _STOP + _S + r"foi" + _S + r"(?:accionado|acionado|activado)", "stop loss hit"),
    (r"sinal" + _S + r"(?:anulado|cancelado)", "trade cancelled"),
    # Romanian ("mutăm SL la prețul de intrare", "mutati stopul la intrare")
    (
        r"mut(?:ăm|am|ați|ati|at)"
        + _S
        + r"(?:sl|stop(?:ul)?(?:"
        + _S
        + r"loss(?:-ul)?)?)"
        + _S
        + r"la"
        + _S
        + r"(?:pre[țţt]ul"
        + _S
        + r"de"
        + _S
        + r")?intrare",
        "stop loss moved to entry",
    ),
    # Hungarian ("2. célár teljesült", "elértük a 2. célt", "a stopot a belépőre húzzuk", "SL a
    # belépési árra", "a pozíció felét zárjuk", "50% profit realizálás", "jelzés törölve")
    (
        _N
        + r"\."
        + _S
        + r"c[ée]l(?:[áa]r)?"
        + _S
        + r"(?:teljes[üu]lt|el[ée]rve)"
        + r"|el[ée]rt[üu]k"
        + _S
        + r"(?:a"
        + _S
        + r")?"
        + _N
        + r"\."
        + _S
        + r"c[ée]l(?:t|[áa]rat)",
        r"target \1\2 hit",
    ),
    (
        r"(?:a"
        + _S
        + r")?(?:stopot|sl-t|sl)"
        + _S
        + r"(?:a"
        + _S
        + r")?bel[ée]p(?:[őöo]re|[ée]si"
        + _S
        + r"[áa]rra)(?:"
        + _S
        + r"(?:h[úu]zzuk|tessz[üu]k|mozgatjuk))?",
        "stop loss moved to entry",
    ),
    (
        r"(?:a" + _S + r")?poz[íi]ci[óo]" + _S + r"fel[ée]t" + _S + r"(?:z[áa]rjuk|lez[áa]rjuk)",
        "close half position",
    ),
    (_SHARE + _S + r"profit" + _S + r"realiz[áa]l[áa]s", r"book \1% profit"),
    (
        r"jelz[ée]s"
        + _S
        + r"t[öo]r[öo]lve"
        + r"|(?:a"
        + _S
        + r")?trade(?:-et)?"
        + _S
        + r"t[öo]r[öo]lj[üu]k",
        "trade cancelled",
    ),
    # Czech ("SL na vstupní cenu", "zavíráme polovinu pozice", "vybíráme 50% zisku", "signál
    # zrušen", "obchod rušíme")
    (
        _STOP + _S + r"(?:posouv[áa]me" + _S + r")?na" + _S + r"vstup(?:n[íi]" + _S + r"cenu)?",
        "stop loss moved to entry",
    ),
    (
        r"zav[íi]r[áa]me" + _S + r"polovinu(?:" + _S + r"pozice)?",
        "close half position",
    ),
    (r"vyb[íi]r[áa]me" + _S + _SHARE + _S + r"zisku", r"book \1% profit"),
    (
        r"sign[áa]l" + _S + r"zru[šs]en" + r"|obchod" + _S + r"ru[šs][íi]me",
        "trade cancelled",
    ),
    # Indonesian and Malay in the cards' label words ("target jual 2 tersentuh", "kena cut
    # loss", "CL tersentuh", "geser cut loss ke harga masuk", "jual setengah dulu", "batalkan
    # order beli", "sinyal batal"; "sasaran 2 tercapai", "kena henti rugi", "alihkan henti rugi
    # ke harga masuk", "tutup separuh kedudukan", "isyarat dibatalkan")
    (
        r"(?:target(?:"
        + _S
        + r"jual)?|tp|sasaran)"
        + _O
        + _N
        + _S
        + r"(?:sudah"
        + _S
        + r")?(?:tersentuh|tercapai)",
        r"target \1 hit",
    ),
    (
        r"kena" + _S + _ID_STOP + r"|" + _ID_STOP + _S + r"(?:sudah" + _S + r")?tersentuh",
        "stop loss hit",
    ),
    (
        r"(?:geser|pindahkan|pindah|alihkan)"
        + _S
        + _ID_STOP
        + _S
        + r"ke"
        + _S
        + _ID_ENTRY
        + r"|"
        + _ID_STOP
        + _S
        + r"(?:pindah"
        + _S
        + r")?ke"
        + _S
        + _ID_ENTRY,
        "stop loss moved to entry",
    ),
    (
        r"jual"
        + _S
        + r"setengah|tutup"
        + _S
        + r"(?:setengah|separuh)(?:"
        + _S
        + r"(?:posisi|kedudukan))?",
        "close half position",
    ),
    (
        r"batalkan"
        + _S
        + r"(?:order|pesanan)(?:"
        + _S
        + r"beli)?"
        + r"|(?:sinyal|isyarat)"
        + _S
        + r"(?:di)?batal(?:kan)?",
        "trade cancelled",
    ),
    # Turkish ("satış hedefi 2 geldi", "zarar durdur çalıştı", "stopu giriş seviyesine
    # çekiyoruz", "pozisyonun yarısını kapatın", "alış emrini iptal edin")
    (r"sat[ıi][şs]" + _S + r"hedefi" + _O + _N + _S + r"geldi", r"target \1 hit"),
    (r"zarar" + _S + r"durdur" + _S + r"[çc]al[ıi][şs]t[ıi]", "stop loss hit"),
    (
        r"stopu?"
        + _S
        + r"giri[şs]"
        + _S
        + r"(?:seviyesine|fiyat[ıi]na)(?:"
        + _S
        + r"[çc]ekiyoruz)?",
        "stop loss moved to entry",
    ),
    (r"pozisyonun" + _S + r"yar[ıi]s[ıi]n[ıi]" + _S + r"kapat\w*", "close half position"),
    (r"al[ıi][şs]" + _S + r"emrini" + _S + r"iptal(?:" + _S + r"edin)?", "trade cancelled"),
    # Hinglish ("SL entry pe shift karo", "stop ko entry pe le aao", "aadhi position book karo")
    (
        _STOP
        + _S
        + r"(?:ko"
        + _S
        + r")?entry"
        + _S
        + r"(?:pe|par)"
        + _S
        + r"(?:shift"
        + _S
        + r"karo|le"
        + _S
        + r"aao)",
        "stop loss moved to entry",
    ),
    (r"aadh[ai]" + _S + r"position" + _S + r"(?:book|close)" + _S + r"karo", "close half position"),
    # Somali ("bartilmaameedka 2 waa la gaadhay", "TP2 waa la taabtay", "stop loss-ka waa la
    # taabtay", "SL ayaa na qabtay", "SL u rar qiimaha gelitaanka", "xir kala badh booska",
    # "qaado 50% faa'iido", "signal-ka waa la joojiyay", "ganacsigan waa la baajiyay")
    (
        r"(?:bartilmaameedka|tp|yoolka)"
        + _O
        + _N
        + _S
        + r"waa"
        + _S
        + r"la"
        + _S
        + r"(?:gaadhay|gaaray|taabtay)",
        r"target \1 hit",
    ),
    (
        _STOP
        + r"(?:-ka)?"
        + _S
        + r"(?:waa"
        + _S
        + r"la"
        + _S
        + r"taabtay|ayaa"
        + _S
        + r"na"
        + _S
        + r"qabtay)",
        "stop loss hit",
    ),
    (
        r"(?:"
        + _STOP
        + r"|stop-ka)"
        + _S
        + r"u"
        + _S
        + r"(?:rar|wareeji)"
        + _S
        + r"(?:qiimaha"
        + _S
        + r"gelitaanka|entry-ga)",
        "stop loss moved to entry",
    ),
    (r"xir" + _S + r"kala" + _S + r"badh(?:" + _S + r"booska)?", "close half position"),
    (r"qaado" + _S + _SHARE + _S + r"faa.?iido", r"book \1% profit"),
    (
        r"(?:signal-ka|ganacsigan)" + _S + r"waa" + _S + r"la" + _S + r"(?:joojiyay|baajiyay)",
        "trade cancelled",
    ),
    # Uzbek, Kazakh, Kyrgyz, Azerbaijani, Tajik and Mongolian forms of the cards' own words
    # ("stop-lossga tegdi", "стоп соқты", "2-максат аткарылды", "zərəri dayandır işə düşdü",
    # "ҳадафи 2 иҷро шуд", "2-р зорилт биелэв", …)
    (r"(?:ҳадафи" + _S + _N + _S + r"иҷро" + _S + r"шуд)", r"target \1 hit"),
    (
        _N + r"-?(?:максат" + _S + r"аткарылды|р" + _S + r"зорилт" + _S + r"биелэв)",
        r"target \1 hit",
    ),
    (
        r"stop(?:-?loss)?ga"
        + _S
        + r"tegdi|стоп"
        + _S
        + r"(?:соқты|тийди|кор"
        + _S
        + r"кард)"
        + r"|стоп-?лосс"
        + _S
        + r"(?:иштеди|фаъол"
        + _S
        + r"шуд)"
        + r"|z[əe]r[əe]ri"
        + _S
        + r"dayand[ıi]r"
        + _S
        + r"i[şs][əe]"
        + _S
        + r"d[üu][şs]d[üu]"
        + r"|стоп"
        + _S
        + r"(?:лосс"
        + _S
        + r"идэвхжлээ|цохигдлоо)",
        "stop loss hit",
    ),
    (
        r"(?:stopni|sl"
        + _O
        + r"-?ni)"
        + _S
        + r"kirish"
        + _S
        + r"(?:nuqtasiga|narxiga)"
        + r"(?:"
        + _S
        + r"ko['ʻ’‘]?chiring)?"
        + r"|(?:стопты|sl"
        + _O
        + r"-?ді)"
        + _S
        + r"кіру"
        + _S
        + r"(?:бағасына|нүктесіне)"
        + r"(?:"
        + _S
        + r"(?:қойыңыз|жылжытыңыз))?"
        + r"|(?:стопту|sl)"
        + _S
        + r"кирүү"
        + _S
        + r"баасына(?:"
        + _S
        + r"жылдырыңыз)?"
        + r"|(?:stopu|sl"
        + _O
        + r"-?i)"
        + _S
        + r"giri[şs][əe]"
        + _S
        + r"da[şs][ıi]y[ıi]n"
        + r"|(?:стопро|sl)"
        + _S
        + r"ба"
        + _S
        + r"(?:нархи|нуқтаи)"
        + _S
        + r"вуруд"
        + r"(?:"
        + _S
        + r"гузаронед)?"
        + r"|(?:стопыг|sl"
        + _O
        + r"-?ийг)"
        + _S
        + r"орох"
        + _S
        + r"(?:үнэ|цэг)"
        + _S
        + r"рүү"
        + r"(?:"
        + _S
        + r"шилжүүл)?",
        "stop loss moved to entry",
    ),
    (
        r"позициянын"
        + _S
        + r"жарымын"
        + _S
        + r"жабыңыз|нисфи"
        + _S
        + r"мавқеъро"
        + _S
        + r"пӯшед|позицийн"
        + _S
        + r"талыг"
        + _S
        + r"хаа",
        "close half position",
    ),
    (
        _SHARE + _S + r"(?:пайданы" + _S + r"алыңыз|фоидаро" + _S + r"гиред|ашгаа" + _S + r"ав)",
        r"book \1% profit",
    ),
    (
        r"orderni"
        + _S
        + r"bekor"
        + _S
        + r"qiling|ордерді"
        + _S
        + r"болдырмаңыз"
        + r"|(?:сигнал|ордерди)"
        + _S
        + r"жокко"
        + _S
        + r"чыгар(?:ылды|ыңыз)"
        + r"|sifari[şs]i"
        + _S
        + r"l[əe]ğv"
        + _S
        + r"edin|siqnal"
        + _S
        + r"l[əe]ğv"
        + _S
        + r"edildi|сигнал"
        + _S
        + r"бекор"
        + _S
        + r"карда"
        + _S
        + r"шуд|фармоишро"
        + _S
        + r"бекор"
        + _S
        + r"кунед|дохио"
        + _S
        + r"цуцлагдлаа|захиалгаа"
        + _S
        + r"цуцал",
        "trade cancelled",
    ),
)
# Tamil, Amharic, Lao and Khmer ("இலக்கு 2 அடைந்தது", "ஸ்டாப் லாஸ் ஹிட்", "SL-ஐ என்ட்ரிக்கு
# நகர்த்தவும்", "பாதி பொசிஷனை மூடவும்", "சிக்னல் ரத்து"; "ዒላማ 2 ደርሷል", "SL ተነክቷል", "SL ወደ
# መግቢያ ዋጋ ውሰዱ", "ግማሹን ቦታ ዝጉ", "50% ትርፍ ውሰዱ", "ሲግናሉ ተሰርዟል"; "ເຖິງເປົ້າ 2 ແລ້ວ", "ໂດນ SL
# ແລ້ວ", "ຍ້າຍ SL ໄປຈຸດເຂົ້າ", "ປິດເຄິ່ງໜຶ່ງ", "ຍົກເລີກສັນຍານ"; "ដល់គោលដៅ 2 ហើយ", "ប៉ះ SL ហើយ",
# "ផ្លាស់ SL ទៅចំណុចចូល", "បិទពាក់កណ្តាល", "លុបចោលសញ្ញា")
_TA_STOP = r"(?:sl|stop|ஸ்டாப்(?:" + _O + r"லாஸ்)?|ஸ்டாப்பை)"
# a Tamil hit denied after its verb ("ஸ்டாப் லாஸ் ஹிட் ஆகவில்லை": the stop was not hit)
_TA_NOT = r"(?![^\S\n]*(?:ஆகவில்லை|ஆகலை|இல்லை|ஆகாது))"
_AM_STOP = r"(?:sl|stop|ስቶፕ(?:" + _O + r"ሎስ)?|ስቶፑን)"
_LO_KM_STOP = r"(?:sl|stop)"
_FOUR_SCRIPTS: tuple[tuple[str, str], ...] = (
    (r"(?:இலக்கு|டார்கெட்)" + _O + _N + _S + r"(?:அடைந்தது|ஹிட்)" + _TA_NOT, r"target \1 hit"),
    (_TA_STOP + _S + r"(?:ஹிட்|அடிச்சிடுச்சு)" + _TA_NOT, "stop loss hit"),
    (
        _TA_STOP
        + r"(?:-ஐ)?"
        + _S
        + r"(?:என்ட்ரிக்கு|நுழைவு"
        + _S
        + r"விலைக்கு)"
        + _S
        + r"(?:நகர்த்தவும்|மாற்றவும்)",
        "stop loss moved to entry",
    ),
    (r"பாதி" + _S + r"பொசிஷனை" + _S + r"மூடவும்", "close half position"),
    (_SHARE + _S + r"லாபம்" + _S + r"புக்", r"book \1% profit"),
    (r"(?:சிக்னல்|டிரேட்)" + _S + r"ரத்து", "trade cancelled"),
    (r"(?:ዒላማ|tp)" + _O + _N + _S + r"(?:ደርሷል|ተመቷል)", r"target \1 hit"),
    (_AM_STOP + _S + r"(?:ተመቷል|ተነክቷል)", "stop loss hit"),
    (
        _AM_STOP + _S + r"ወደ" + _S + r"መግቢያ(?:" + _S + r"ዋጋ)?" + _S + r"(?:ውሰዱ|አንቀሳቅሱ)",
        "stop loss moved to entry",
    ),
    (r"ግማሹን" + _S + r"ቦታ" + _S + r"ዝጉ", "close half position"),
    (_SHARE + _S + r"ትርፍ" + _S + r"ውሰዱ", r"book \1% profit"),
    (r"(?:ሲግናሉ|ትሬዱ)" + _S + r"ተሰርዟል", "trade cancelled"),
    (r"ເຖິງເປົ້າ" + _O + _N + _O + r"ແລ້ວ|tp" + _O + _N + _O + r"ແຕະແລ້ວ", r"target \1\2 hit"),
    (r"ໂດນ" + _O + _LO_KM_STOP + _O + r"ແລ້ວ|ຕັດຂາດທຶນແລ້ວ", "stop loss hit"),
    (
        r"(?:ຍ້າຍ|ເລື່ອນ)" + _O + _LO_KM_STOP + _O + r"(?:ໄປ|ມາ)(?:ທີ່)?" + _O + r"(?:ຈຸດເຂົ້າ|ລາຄາເຂົ້າ)",
        "stop loss moved to entry",
    ),
    (r"ປິດເຄິ່ງໜຶ່ງ", "close half position"),
    (r"ຂາຍເອົາກຳໄລ" + _O + _SHARE, r"book \1% profit"),
    (r"ຍົກເລີກ(?:ສັນຍານ|ອໍເດີ)", "trade cancelled"),
    (r"ដល់គោលដៅ" + _O + _N + _O + r"ហើយ|tp" + _O + _N + _O + r"ប៉ះហើយ", r"target \1\2 hit"),
    (r"ប៉ះ" + _O + _LO_KM_STOP + _O + r"ហើយ|កាត់ខាតហើយ", "stop loss hit"),
    (
        r"(?:ផ្លាស់|រំកិល)" + _O + _LO_KM_STOP + _O + r"ទៅ" + _O + r"(?:ចំណុចចូល|តម្លៃចូល)",
        "stop loss moved to entry",
    ),
    (r"បិទពាក់កណ្តាល", "close half position"),
    (r"យកប្រាក់ចំណេញ" + _O + _SHARE, r"book \1% profit"),
    (r"លុបចោលសញ្ញា|បោះបង់ការជួញដូរ", "trade cancelled"),
)
# Greek, Thai and Bengali: the forms the reader does not know ("πιάσαμε τον στόχο 2", "SL στο
# σημείο εισόδου", "κλείνουμε το μισό της θέσης", "ακύρωση σήματος"; "ถึงเป้าที่ 2 แล้ว",
# "โดนสต็อป", "เลื่อน SL มาที่จุดเข้า", "ปิดครึ่งหนึ่งของโพซิชัน", "ขายทำกำไร 50%"; "2 নম্বর
# টার্গেট পূরণ হয়েছে", "SL খেয়ে গেছে", "স্টপ এন্ট্রি প্রাইসে নিন")
_GR_STOP = r"(?:sl|stop|στοπ)"
_TH_STOP = r"(?:sl|stop|สต็อป|สต๊อป|สต๊อปลอส|สต็อปลอส)"
_BN_STOP = r"(?:sl|স্টপ" + _O + r"লস|স্টপলস|স্টপ)"
_OTHER_SCRIPTS: tuple[tuple[str, str], ...] = (
    (
        r"πι[άα]σαμε" + _S + r"(?:τον" + _S + r")?(?:στ[όο]χο|tp|target)" + _O + _N,
        r"target \1 hit",
    ),
    (
        _GR_STOP
        + _S
        + r"(?:στο"
        + _S
        + r"(?:σημε[ίι]ο"
        + _S
        + r")?|στην"
        + _S
        + r"τιμ[ήη]"
        + _S
        + r")εισ[όο]δου",
        "stop loss moved to entry",
    ),
    (
        r"κλε[ίι](?:νουμε|στε)"
        + _S
        + r"το"
        + _S
        + r"μισ[όο](?:"
        + _S
        + r"της"
        + _S
        + r"θ[έε]σης)?",
        "close half position",
    ),
    (r"κατοχυρ[ώω](?:νουμε|στε)" + _S + _SHARE, r"book \1% profit"),
    (
        r"ακ[ύυ]ρωση"
        + _S
        + r"σ[ήη]ματος"
        + r"|(?:το"
        + _S
        + r")?σ[ήη]μα"
        + _S
        + r"ακυρ[ώω]νεται|ακυρ[ώω]στε"
        + _S
        + r"την"
        + _S
        + r"εντολ[ήη]",
        "trade cancelled",
    ),
    (r"ถึงเป้า(?:ที่)?" + _O + _N + _O + r"แล้ว", r"target \1 hit"),
    (r"โดน" + _O + _TH_STOP + r"|ชน" + _O + _TH_STOP + _O + r"แล้ว", "stop loss hit"),
    (
        r"(?:เลื่อน|ย้าย)"
        + _O
        + _TH_STOP
        + _O
        + r"(?:มา|ไป)?"
        + _O
        + r"(?:ที่)?"
        + _O
        + r"(?:จุดเข้า|ราคาเข้า|entry)",
        "stop loss moved to entry",
    ),
    (r"ปิด" + _O + r"ครึ่งหนึ่ง", "close half position"),
    (r"(?:ขาย|ปิด)ทำกำไร" + _O + _SHARE, r"book \1% profit"),
    (
        _N + _S + r"নম্বর" + _S + r"টার্গেট" + _S + r"(?:পূরণ|হিট|অর্জিত)",
        r"target \1 hit",
    ),
    (_BN_STOP + _S + r"খে(?:য়|য়)ে" + _S + r"গেছে", "stop loss hit"),
    (
        _BN_STOP + _S + r"এন্ট্রি" + _S + r"প্রাইসে" + r"(?:" + _S + r"নিন)?",
        "stop loss moved to entry",
    ),
)

# Georgian and Armenian ("სტოპ ლოსი გააქტიურდა", "სტოპი გადაიტანეთ შესვლის ფასზე",
# "დახურეთ პოზიციის ნახევარი", "აიღეთ 50% მოგება", "სიგნალი გაუქმდა"; "Թիրախ 2-ը հասավ",
# "ստոպը կպավ", "ստոպը տեղափոխեք մուտքի գին", "փակեք դիրքի կեսը", "ազդանշանը չեղարկված է")
_KA_STOP = r"(?:sl|stop|სტოპ(?:" + _O + r"ლოსი|ი)?)"
_HY_STOP = r"(?:sl" + _O + r"-?ը|stop|ստոպ(?:" + _O + r"լոսը|ը))"
_CAUCASUS: tuple[tuple[str, str], ...] = (
    (r"მიზანი" + _S + _N + _S + r"შესრულდა", r"target \1 hit"),
    (r"թիրախ" + _O + _N + r"-?ը" + _S + r"հասավ", r"target \1 hit"),
    (
        _KA_STOP + _S + r"(?:გააქტიურდა|დაგვარტყა)|" + _HY_STOP + _S + r"(?:աշխատեց|կպավ)",
        "stop loss hit",
    ),
    (
        _KA_STOP
        + _S
        + r"(?:გადაიტანეთ"
        + _S
        + r")?შესვლის"
        + _S
        + r"(?:ფასზე|წერტილზე)|"
        + _HY_STOP
        + _S
        + r"(?:տեղափոխեք"
        + _S
        + r")?մուտքի"
        + _S
        + r"(?:գին|կետ)",
        "stop loss moved to entry",
    ),
    (
        r"დახურეთ" + _S + r"პოზიციის" + _S + r"ნახევარი|փակեք" + _S + r"դիրքի" + _S + r"կեսը",
        "close half position",
    ),
    (
        r"(?:აიღეთ|վերցրեք)" + _S + _SHARE + _O + r"(?:მოგება|շահույթ)",
        r"book \1% profit",
    ),
    (
        r"სიგნალი"
        + _S
        + r"გაუქმდა|ორდერი"
        + _S
        + r"გააუქმეთ|ազդանշանը"
        + _S
        + r"չեղարկված(?:"
        + _S
        + r"է)?|չեղարկեք"
        + _S
        + r"օրդերը",
        "trade cancelled",
    ),
)

# Hebrew letters
_HEBREW_LETTER = re.compile("[\u05d0-\u05ea]")
# Greek, Thai and Bengali letters
_GREEK_THAI_BENGALI_LETTER = re.compile("[\u0370-\u03ff\u0e00-\u0e7f\u0980-\u09ff]")
# Georgian and Armenian letters
_CAUCASUS_LETTER = re.compile("[\u10a0-\u10ff\u0530-\u058f]")
# Tamil, Ethiopic, Lao and Khmer letters
_FOUR_SCRIPTS_LETTER = re.compile("[\u0b80-\u0bff\u1200-\u137f\u0e80-\u0eff\u1780-\u17ff]")
# a character one of the Chinese phrases holds
_CHINESE_MARKS = ("咗", "蝕", "食", "一半", "呢單", "唔", "打到", "未", "還沒", "还没", "到左")
# a stem each Latin-letter or Cyrillic phrase holds (looked for in the lower-cased text)
_STEMS = (
    *("manufa", "ya ta", "buga", "mayar", "matsar", "maida", "rabin", "riba", "soke", "soku"),
    *(
        "lengo",
        "imefikiwa",
        "imegongwa",
        "imeguswa",
        "tumegonga",
        "kwenye",
        "hadi",
        "nusu",
        "faida",
    ),
    *("imefutwa", "imeghairiwa"),
    *("мақсат", "іске", "стоптан", "кіру", "жартысын", "пайданың", "жойылды", "болдырылмады"),
    *("maqsad", "urildi", "urdi", "ishladi", "kirish", "yarmini", "foyda", "bekor"),
    *("hədəf", "girişə", "mənfəəti"),
    *("centrat", "raggiunt", "colpit", "toccat", "spost", "portiamo", "portate", "portato"),
    *("portare", "incass"),
    *("cumprido", "batido", "bateu", "accionado", "acionado", "activado", "anulado"),
    *("cancelado", "mutăm", "mutam", "mutați", "mutati", "mutat "),
    *("teljes", "elért", "elert", "belép", "belep", "felét", "felet", "realizál", "realizal"),
    *("jelzés", "jelzes", "töröl", "torol"),
    *("vstup", "polovin", "vybír", "vybir", "zrušen", "zrusen", "rušíme", "rusime"),
    *("tersentuh", "tercapai", "kena ", "geser", "pindah", "alihkan", "setengah", "separuh"),
    *("batal", "geldi", "çalış", "calis", "giriş s", "giris s", "giriş f", "giris f"),
    *("yarısını", "yarisini", "emrini", "entry pe", "entry par", "aadh", "waa la", "ayaa na"),
    *(" u rar", " u wareeji", "kala badh", "faa'iido", "faaiido"),
    # Uzbek, Kazakh, Kyrgyz, Azerbaijani, Tajik and Mongolian
    *("tegdi", "nuqtasiga", "orderni", "соқты", "бағасына", "нүктесіне", "пайданы"),
    *("болдырмаңыз", "максат", "тийди", "иштеди", "кирүү", "жарымын", "жокко", "dayand"),
    *("sifari", "ləğv", "иҷро", "кор кард", "фаъол", "вуруд", "нисфи", "фоидаро", "бекор"),
    *("зорилт", "идэвхж", "цохигд", "орох", "талыг", "ашгаа", "цуц"),
)
_ASCII_STEMS = tuple(stem for stem in _STEMS if stem.isascii())
# "not" said beside the phrase on its line
_NOT_AFTER = (" ba", "לא", "bado", "hali", "emas", "жоқ", "deyil", "yox", "未", "沒", "没", "唔")
_NOT_BEFORE = ("ba ", "לא ", "bado ", "hali ", "未", "沒", "没", "唔")
# the longest text whose Latin-letter and Cyrillic phrases are looked for: such an update is a
# short reply ("#1000PEPEUSDT pozitsiyaning yarmini yoping 💰" is 45 characters)
_AT_MOST = 72


def _negated(m: re.Match[str]) -> bool:
    """Whether the phrase's line says "not" right after it or right before it."""
    text = m.string
    end = text.find("\n", m.end())
    after = text[m.end() : end if end >= 0 else len(text)][:16].lower()
    start = text.rfind("\n", 0, m.start()) + 1
    before = text[max(start, m.start() - 8) : m.start()].lower()
    return holds_any(after, _NOT_AFTER) or holds_any(before, _NOT_BEFORE)


class _Writer:
    """Each phrase of one list written as its English words (a phrase denied left as it is)."""

    def __init__(self, phrases: tuple[tuple[str, str], ...]) -> None:
        self.phrases = phrases
        self.pattern, self.offsets = compiled_phrases(phrases)

    def english(self, m: re.Match[str]) -> str:
        i = int((m.lastgroup or "p0")[1:])
        words = self.phrases[i][1]
        if "not reached" not in words and _negated(m):
            return m.group(0)
        if "\\1" not in words:
            return words
        # the phrase's own groups follow its named group
        groups = [m.group(k) for k in range(self.offsets[i] + 2, self.offsets[i + 1] + 1)]
        number = next((g for g in groups if g), "")
        return words.replace("\\1\\2", number).replace("\\1", number)

    def sub(self, text: str) -> str:
        return self.pattern.sub(self.english, text)


_HEBREW_WRITER = _Writer(_HEBREW)
_OTHER_SCRIPTS_WRITER = _Writer(_OTHER_SCRIPTS)
_FOUR_SCRIPTS_WRITER = _Writer(_FOUR_SCRIPTS)
_CHINESE_WRITER = _Writer(_CHINESE)
_CAUCASUS_WRITER = _Writer(_CAUCASUS)
_LATIN_CYRILLIC_WRITER = _Writer(_LATIN_CYRILLIC)


def other_updates_in_english(text: str) -> str:
    """``text`` with each follow-up phrase of those languages written as its English one."""
    if len(text) <= _AT_MOST and holds_any(
        lower_case(text), _ASCII_STEMS if text.isascii() else _STEMS
    ):
        text = _LATIN_CYRILLIC_WRITER.sub(text)
    if text.isascii():
        return text
    if _HEBREW_LETTER.search(text) is not None:
        text = _HEBREW_WRITER.sub(text)
    if holds_any(text, _CHINESE_MARKS):
        text = _CHINESE_WRITER.sub(text)
    if _GREEK_THAI_BENGALI_LETTER.search(text) is not None:
        text = _OTHER_SCRIPTS_WRITER.sub(text)
    if _FOUR_SCRIPTS_LETTER.search(text) is not None:
        text = _FOUR_SCRIPTS_WRITER.sub(text)
    if _CAUCASUS_LETTER.search(text) is not None:
        text = _CAUCASUS_WRITER.sub(text)
    return text
