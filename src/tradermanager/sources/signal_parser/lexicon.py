"""The words and symbols channels use for each part of a signal, in the languages seen in
signal channels (English, Russian, Spanish, Portuguese, Turkish, German, French, Vietnamese,
Indonesian, Malay, Filipino, Arabic, Persian, Urdu, Greek, Hebrew; Chinese in simplified and
traditional characters (Taiwan and Hong Kong write 停利 / 停損, 進場, 多單), Korean, Japanese and
Thai in ``UNSPACED_*``; Bengali in ``MARKED_*``), as regex fragments.

Order matters inside an alternation: longer labels first, so "Take-Profit Targets" is one label
and not "Take-Profit" followed by "Targets".
"""

from __future__ import annotations

# An averaging order's own word (a further entry of a ladder, as "DCA" is in English): Russian
# "Усреднение", "Добор", "Доливка", "Докупка"; Ukrainian "Усереднення", "Добір", "Докупівля";
# Spanish and Portuguese "Recompra(s)", "Reforço", "Promediar en"; French "Renfort",
# "Renforcement", "Moyenne à"; Italian "Mediare a", "Mediata", "Ricarica"; German "Nachkauf",
# "Nachkaufzone", "Nachkaufen bei"; Turkish "Maliyet düşürme", "Ek alım", "Ekleme"; Polish
# "Dokupienie", "Uśrednianie", "Dokupka". Entry labels; a price before them under a side word
# ("Покупка 148.2" over "Добор 146.5") is the ladder's first entry (later_buys).
AVERAGING_LABELS = (
    r"усреднени[ея]",
    r"усереднення",
    r"добор",
    r"добір",
    r"доливка",
    r"докупк[аи]",
    r"докупівля",
    r"recompras?",
    r"reforço",
    r"promediar(?:\s*en)?",
    r"renfort",
    r"renforcement",
    r"moyenne\s*à",
    r"mediare(?:\s*a)?",
    r"mediata",
    r"ricarica",
    r"nachkauf(?:zone|en(?:\s*bei)?)?",
    r"maliyet\s*düşürme",
    r"ek\s*alım",
    r"ekleme",
    r"dokupienie",
    r"uśrednianie",
    r"dokupka",
)
# ... and in Chinese (补仓 / 加仓), Japanese (ナンピン) and Korean (물타기), among UNSPACED_ENTRY
AVERAGING_CJK = "补仓|加仓|補倉|加倉|ナンピン買い|ナンピン|追加エントリー|물타기"

ENTRY_LABELS = (
    # a ladder announced with its count of orders: "buying in 3 steps: a → b → c", "Entry in 4
    # tranches:", "selling in 2 parts" (the count is part of the label, never a price; a count
    # before "orders" or "entries" is blanked before the labels are read)
    r"(?:buying|selling|entering|entry|buy|sell|enter)[^\S\n]+in[^\S\n]+(?:\d{1,2})?[^\S\n]*"
    r"(?:steps|parts|tranches|orders|entries|legs)",
    # a ladder under "scale in": "scale in: a, b, c", "Scaling in at a / b", "Scale-in levels:"
    # ("scaling in with 4 orders: …" is a sentence's ladder, its count checked: sentence_ladders)
    r"scal(?:e|ing)[^\S\n]*-?[^\S\n]*in(?![\w])(?![^\S\n]+with)"
    r"(?:[^\S\n]*(?:levels?|zone|at|@))?",
    # a chart alert's trigger: "Buy signal triggered at 0.4972" (its side word stands before)
    r"signal[^\S\n]+triggered[^\S\n]*(?:at|@)",
    # a short's later sells ("First sell:", "Second sell @", "2nd sell"): on a post that buys
    # they name its targets (sections.labels)
    r"(?:first|second|third|next|final)[^\S\n]*sell(?:[^\S\n]*(?:at|@))?",
    r"sell(?<=(?:1st|2nd|3rd)[^\S\n]sell)(?:[^\S\n]*(?:at|@))?",
    r"entry\s*targets?",
    r"entry\s*(?:zone|price|range|point|area|orders?|ladder)",
    # a ladder's heading: "Buy limits:", "Short orders:", "Orders:" (not "Sell orders:", a spot
    # buyer's targets; "Limit orders:" over sized lines, "0.12855 - 100K DOGE", is read by them)
    r"(?:buy|long|short)[^\S\n]*(?:limits|orders)(?=[^\S\n]*:)",
    r"buys(?=[^\S\n]*:)",  # "Buys:" over a spot ladder's lines
    # a DCA bot's settings: "Base order: 559.9", "Safety orders: 548.7 / 538.4", "Safety order 2:"
    r"(?:base|safety)[^\S\n]*orders?",
    # a line's own "Orders: a, b" or "Orders a, b, c" (not "Sell orders:", a spot buyer's
    # targets, nor a sentence's "… orders 148 and 147 filled")
    r"orders(?<![^\n]orders)(?=[^\S\n]*:|[^\S\n]+\$?\d)",
    r"entries",
    # clipped: "Ent: 148.2", "Ent. 148.2", "Ent. zone 146.5 - 148.2" (a price after it)
    r"ent\.?(?:[^\S\n]*zone)?(?=[^\S\n]*:?[^\S\n]*\$?\d)",
    r"entry",
    r"ent(?:ery|rty|rey|ri)",  # misspelt: "Entery", "Enrty", "Entri" (also Indonesian)
    r"trigger\s*price",  # "Trigger Price: $0.1820" (a setup's entry)
    # a perpetual venue's order line: "Limit 148.2", "Limit @ 148.2", "Limit order $8.51" (the
    # entry's limit price), as a line's first word and its price the line's last: not "Take
    # Profit Limit: …", "SELL LIMIT ETHUSDT @ …" (an order's type, read with its order words),
    # nor a ladder's "Limit 85.86 for $200" under its "Entries:" heading; after a bar too, the
    # line's second order ("Entry: Market (0.4665) | Limit: 0.4581")
    r"limit(?:(?<![^\n]limit)|(?<=\| limit))(?:[^\S\n]*order)?"
    r"(?=[^\S\n]*[:@=]?[^\S\n]*\$?\d[\d.,]*[^\S\n]*(?:usdt?[^\S\n]*)?(?:\n|$))",
    r"e\s*/\s*p",  # the stock desks' "E/P" and "EP" (entry point), "EP1" / "EP2" for a ladder
    r"e\.\s?p\.?",  # "E.P."
    r"ep",
    r"enter(?:\s*(?:at|above|below|between))?",
    r"buy\s*(?:zone|range|between|area|at|in|price|ladder)",
    r"(?:buying|accumulation)\s*(?:zone|range|area)",
    # a spot call's "Bid: 0.51 - 0.52" (without its separator only at a line's start)
    r"bids?(?:\s*zone)?(?=[^\S\n]*[:=\-–][^\S\n]*\$?\d)",
    r"bid(?<![^\n]bid)s?(?:\s*zone)?(?=[^\S\n]+\$?\d)",
    r"sell\s*(?:zone|range|between|area|at|price|ladder)",  # a spot buyer's "sell …": targets
    r"open(?:ing)?\s*(?:at|price)",
    # a ladder's later buy: "2nd buy: 0.51", "Second entry 0.49 (limit)", "Next buy at 0.48"
    r"(?:second|third|next)[^\S\n]*(?:buy|entry|bag)(?:[^\S\n]*(?:at|@))?",
    r"buy(?<=(?:2nd|3rd)[^\S\n]buy)(?:[^\S\n]*(?:at|@))?",  # (a label starts at a letter)
    # a ladder's next entries: "Add more at 1.18", "adding more around 1.07"
    r"add(?:ing)?\s*more(?:\s*(?:at|on|near|around))?",
    r"add(?<![^\n]add)(?=[^\S\n]*:[^\S\n]*\$?\d)",  # a line's own "Add: b" under the entry
    # a line's own "Add at b (DCA)" under the entry (a further entry of the ladder)
    r"add(?<![^\n]add)[^\S\n]+at(?=[^\S\n]*\$?\d)",
    r"dca(?:\s*(?:entry|zone|level|at|ladder))?",  # "DCA: 6.20" (a further entry of the ladder)
    *(AVERAGING_LABELS),
    # "CMP: 1.234" (the market price, given), or "CMP:" with its value cut (a level missing)
    r"cmp(?=[^\S\n]*[:=\-]?[^\S\n]*\$?\d|[^\S\n]*[:=][^\S\n]*(?:\n|$))",
    r"точка\s*входа",
    r"твх",  # Russian channels' abbreviation of "точка входа"
    r"вход(?:\s*в\s*сделку)?",
    r"entrada",
    # Romanian "Zona de Preț de Intrare", "Zonă de intrare", "Pret de intrare", "Punct de
    # intrare", "Zona de cumpărare" (typed with and without the diacritics); Czech "Vstupní
    # cena", "Vstupní zóna", "Nákupní zóna"; Hungarian "Belépési ár", "Belépési zóna", "Vételi
    # zóna", "Belépő"; Greek "Ζώνη εισόδου", "Τιμή εισόδου", "Εύρος εισόδου", "Ζώνη αγοράς";
    # Vietnamese "Vùng vào lệnh", "Vùng entry", "Vùng giá vào", "Vùng mua", "Giá vào"
    r"zon[aă]\s*de\s*(?:pre[țţt]\s*de\s*)?(?:intrare|cump[aă]rare)",
    r"(?:pre[țţt]|punct)\s*de\s*intrare",
    r"intrare",
    r"vstupn[ií]\s*(?:cena|z[óo]na)",
    r"n[áa]kupn[ií]\s*z[óo]na",
    r"vstup",
    r"bel[ée]p[ée]si\s*(?:[áa]r|z[óo]na)",
    r"v[ée]teli\s*z[óo]na",
    r"bel[ée]p[őöo]",
    r"(?:ζ[ώω]νη|τιμ[ήη]|ε[ύυ]ρος)\s*εισ[όο]δου",
    r"ζ[ώω]νη\s*αγορ[άα]ς",
    r"vùng\s*(?:vào\s*lệnh|entry|giá\s*vào|mua)",
    r"giá\s*vào",
    # Spanish and Portuguese zones under no other label: "zona 0,17 – 0,18", "na região de a a b",
    # "EN LA ZONA DE a A b", "Zona de compra:" (a spot buyer's entry)
    r"(?:zona|regi[ãa]o)(?:\s+de(?:\s+(?:compra|entrada|venta|venda))?)?"
    r"(?=[^\S\n]*[:\-–]?[^\S\n]*\$?\d)",
    r"ingresso",
    r"entrata",  # Italian
    r"entrar(?:\s+(?:em|en))?",  # Spanish and Portuguese "enter": "Entrar entre a y b"
    r"вхід",
    r"wej[śs]cie",
    # Turkish "Alış fiyatı" / "Satış fiyatı" (the buy or sell price: a long's or a short's entry)
    r"(?:al[ıi][şs]|sat[ıi][şs])\s*fiyat[ıi]",
    # "Alım: 14,41", "Alım bölgesi: a - b" (the buying: a long's entry)
    r"al[ıi]m(?:\s*(?:b[öo]lgesi|fiyat[ıi]|aral[ıi][ğg][ıi]))?",
    r"giri[şs]",
    r"einstieg(?:sbereich|szone|spreis)?",
    # Dutch "Instap vanaf 0.4391", "Instapzone: a - b", "Instapprijs bij …" (the entry)
    r"instap(?:zone|prijs)?(?:[^\S\n]+(?:vanaf|bij|rond))?",
    r"entr[ée]e",
    r"điểm\s*vào",
    r"harga\s*masuk",
    r"masuk\s*di",  # Indonesian "Masuk di 148.2" (enter at)
    r"vào\s*lệnh",
    r"nhập(?:\s*chính)?",  # Square's Vietnamese plans: "Nhập Chính" (main), "Nhập DCA"
    r"ورود",
    r"ind(?:gang|køb)(?:s?pris)?",  # Danish
    r"inngang(?:s?pris)?",  # Norwegian
    r"انٹری(?:\s*زون)?",
    r"ε[ίι]σοδος",
    r"σημε[ίι]ο\s*εισ[όο]δου",
    r"כניסה",
    r"harga\s*kemasukan",
    r"kemasukan",
    r"pasok",
    r"area\s*(?:entry|beli|masuk|jual)",
    # buy and sell words as labels of the entry: Indonesian "Zona beli", "Beli di", "Harga
    # beli", "Titik masuk", a short's "Zona jual"; Malay "Zon belian", "Kawasan belian", a
    # short's "Zon jualan"; Turkish "Alış bölgesi", a short's "Satış bölgesi" / "Short
    # bölgesi"; Spanish "Rango de compra", "Precio de compra / venta"; Vietnamese "Vung mua"
    # (typed without its marks), "Giá mua", a short's "Vùng bán"; Taglish "Bili zone", "Bili
    # sa", a short's "Benta zone"; Hinglish "Kharidne ka zone", a short's "Bechne ka zone";
    # Somali "Aagga gelitaanka" / "Aagga iibsiga", "Qiimaha gelitaanka". On a spot buy the sell
    # words of them name its targets (sections.OTHER_SELLS).
    r"zona\s*(?:beli|masuk|jual)(?![\w])",
    # (a line's own label before its separator: "Beli #SOL di 148.2", its coin blanked, is a
    # sentence's side and price)
    r"beli(?<![^\n]beli)\s*di(?:\s*area)?(?=[^\S\n]*[:：=\-–])",
    r"(?:harga|entry)\s*beli(?![\w])",
    r"titik\s*masuk(?![\w])",
    r"jual(?<![^\n]jual)\s*di(?:\s*area)?(?=[^\S\n]*[:：=\-–])",
    r"zon\s*(?:belian|beli|masuk|jualan|jual)(?![\w])",
    r"kawasan\s*(?:belian|beli|masuk)",
    r"(?:al[ıi][şs]|sat[ıi][şs]|short|long|giri[şs])\s*b[öo]lgesi",
    r"rango\s*de\s*(?:compra|venta|entrada)",
    r"(?:precio|pre[çc]o)\s*de\s*(?:compra|venta|venda)",
    r"(?:punto|ponto)\s*de\s*entrada",
    r"vung\s*(?:mua|ban|vao\s*lenh)",
    r"vùng\s*bán",
    r"giá\s*(?:mua|bán)",
    r"(?:bili|bilhan|benta)\s*zone",
    r"(?:bili|benta)\s*sa(?![\w])",
    r"presyo\s*ng\s*bili",
    r"(?:kharidne|bechne)\s*ka\s*zone",
    r"kharid\s*zone",
    r"(?:qiimaha|aagga)\s*(?:gelitaanka|iibsiga)",
    r"gelitaanka",
    # Swahili "Bei ya kuingia" (the price to enter), "Eneo la kuingia" (the area), "Kuingia";
    # Uzbek "Kirish (narxi / nuqtasi)", Kazakh "Кіру (нүктесі / бағасы)"
    r"(?:bei\s*ya|eneo\s*la)\s*kuingia",
    r"kuingia",
    r"kirish(?:\s*(?:narxi|nuqtasi|zonasi))?",
    r"кіру(?:\s*(?:нүктесі|бағасы|аймағы))?",
    # buy and sell words as labels of the entry in more languages: Uzbek in Latin and Cyrillic
    # letters "Sotib olish zonasi / narxi / oralig'i", "Xarid zonasi", "Кириш", a short's
    # "Sotish zonasi / narxi"; Kazakh "Сатып алу аймағы / бағасы", "Satyp alu aimağy", a
    # short's "Сату аймағы"; Kyrgyz "Сатып алуу зонасы", "Кирүү баасы", a short's "Сатуу
    # зонасы"; Azerbaijani "Alış zonası / qiyməti", "Giriş zonası", a short's "Satış zonası";
    # Tajik "Минтақаи харид", "Нархи вуруд", a short's "Минтақаи фурӯш". On a spot buy the
    # sell words of them name its targets (sections.OTHER_SELLS). (Georgian, Armenian and
    # Mongolian cards are read by their lines' places: their words as labels broke the
    # reading of their one-sentence calls, "Լոնգ #X a-ից, թիրախներ x և y, ստոպ s".)
    r"(?:sotib\s*olish|xarid|sotish)\s*(?:zonasi|narxi|oralig['ʻ’‘]?i|hududi)",
    r"(?:сотиб\s*олиш|харид|сотиш|кириш)\s*(?:зонаси|нархи|оралиғи)",
    r"кириш(?:\s*нуқтаси)?",
    r"(?:сатып\s*алу|сату)\s*(?:аймағы|бағасы|зонасы)",
    r"satyp\s*alu\s*(?:a[iy]ma[ğg][yı]|ba[ğg]asy|zonasy)",
    r"kiru(?:\s*(?:n[üu]kte(?:si|sі)|a[iy]ma[ğg][yı]))?",
    r"(?:сатып\s*алуу|сатуу|кирүү)\s*(?:зонасы|аймагы|баасы|чекити)",
    r"кирүү",
    r"(?:al[ıi][şs]|giri[şs]|sat[ıi][şs])\s*(?:zonas[ıi]|qiym[əe]ti|aral[ıi][ğg][ıi])",
    # Georgian "ყიდვის ზონა", "შესვლის ფასი", Armenian "Գնման գոտի", "Մուտքի գին", Mongolian
    # "Авах бүс", "Орох үнэ": only as a line's own label before its separator
    r"(?:ყიდვის|შესვლის|գնման|մուտքի|авах|орох)\s*(?:ზონა|ფასი|գոտի|գին|бүс|үнэ)"
    r"(?=[^\S\n]*[:：=\-–])",
    r"(?:минтақаи|доираи)\s*(?:харид|вуруд|фурӯш|фуруш)",
    r"нархи\s*(?:вуруд|харид|фурӯш|фуруш)",
    r"вуруд",
    # a bare sell word as a line's own label ("Sotish: x / y", "Сату - x", "Фурӯш:"): a
    # short's entry, a spot buy's targets
    r"(?:sotish|сотиш|сату|сатуу|фурӯш)(?=[^\S\n]*[:：=\-–])",
    r"الدخول",
    r"دخول",
    r"منطقة\s*الدخول",
    # "Wait for the retest: 0.7245" (a limit order where the price comes back; only with the
    # colon or "@" of a label, not talk's "waiting for a retest of 0.72")
    r"wait\s*for\s*(?:a|the)\s*retest(?:\s*(?:of|at))?(?=[^\S\n]*[:@])",
    r"price",
    r"harga",
    r"from",
    r"around",
    r"@",
    r"👉",
    r"💵",
)
TARGET_LABELS = (
    # sell words as labels of a buy's targets (first: before "target", "objetivos", "mục
    # tiêu"): Indonesian "Target jual", "TP jual", "Jual 1:", "Ambil untung"; Malay "Sasaran
    # jual", "Sasaran untung"; Turkish "Satış hedefleri", "Satış hedefi 1"; Spanish "Objetivos
    # de venta", "Venta 1"; Portuguese "Alvos de venda", "Venda 1"; Vietnamese "Mục tiêu bán",
    # "Chot loi"; Taglish "Benta target", "Ibenta sa", "Benta 1"; Hinglish "Bechne ke target";
    # Somali "Bartilmaameedyada", "Yoolalka"
    r"(?:target|tp)\s*jual",
    r"jual(?=[^\S\n]?[1-9][^\S\n]*[:：)\-–])",
    r"ambil\s*untung",
    r"sasaran\s*(?:jual|untung)",
    r"sat[ıi][şs]\s*hedef(?:leri|i)",
    r"(?:objetivos?|alvos?)\s*de\s*(?:venta|venda|recompra)",
    r"venta(?=[^\S\n]?[1-9][^\S\n]*[:：)\-–])",
    r"venda(?=[^\S\n]?[1-9][^\S\n]*[:：)\-–])",
    r"m[ụu]c\s*ti[êe]u\s*b[áa]n",
    r"muc\s*tieu(?:\s*ban)?",
    r"chot\s*loi(?![\w])",
    r"benta\s*targets?",
    r"ibenta\s*sa(?![\w])",
    r"benta(?=[^\S\n]?[1-9][^\S\n]*[:：)\-–])",
    r"bechne\s*ke\s*targets?",
    r"bartilmaameed(?:yada|ka)?",
    r"yool(?:alka)?",
    r"buy[\s\-]*back",  # a short's targets: "Sell zone 3420-3450 / Buy back 3300/3200"
    # "TP/SL: a / b", "TP & SL: a & b", "Take profit / Stop loss:" — a target, then the stop
    # (split when read)
    r"(?:tp|take[\s\-]*profit|target)\s*(?:/|&|•)\s*(?:sl|stop(?:[\s\-]*loss)?)",
    r"take[\s\-]*profit\s*targets?",
    r"take[\s\-]*profits?(?:\s*(?:at|levels?))?",  # "Take Profit Level 1:" (its number)
    r"taking\s*profits?(?:\s*at)?",  # "I'll be taking profits at 15.15 and 15.68"
    # "Book profit at 150.5 and 152.8", "booking at 3,480 / 3,550", "Booking profits at …"
    r"book(?:ing)?(?:\s*profits?)?\s*(?:at|@)",
    r"sell\s*targets?",
    r"profit\s*zones?",  # a spot call's "Profit zone: 0.55 – 0.60"
    # a Cornix-style block's "PROFIT LEVELS" heading over its rows, "Profit levels:" (its
    # line's end or a separator after it: "profit levels look fine" is talk)
    r"profit\s*levels?(?=[^\S\n]*(?:[:=\-–(⤵]|\n|$))",
    # an emoji card's "💸 Profit ➤ 6.152 ➤ 6.068 ➤ 5.968": "Profit" alone labels targets only
    # before a list of prices chained by arrows ("Profit: 69.8% 📈", "profit 589.20$" are results)
    r"profits?(?=[^\S\n]*[➤→➜][^\S\n]*\$?\d[\d.,]*[^\S\n]*[➤→➜][^\S\n]*\$?\d)",
    # "Exit: 0.55 / 0.60", a scalp's one "Exit @ 0.55" (not "exit at 0.52")
    r"exits?(?:\s*at)?(?=[^\S\n]*[:=\-–@][^\S\n]*\$?\d)",
    r"asks?(?=[^\S\n]*[:=\-–][^\S\n]*\$?\d)",  # and its "Ask: 0.60 / 0.65"
    r"ask(?<![^\n]ask)s?(?=[^\S\n]+\$?\d)",
    r"(?:first|second|third|next|final)\s*target",
    # a horizon's targets under a "TARGETS" heading: "Short Term: 14.70 - 14.90", "Mid Term:"
    r"(?:short|mid|medium|long)[\s\-]*term(?:\s*targets?)?(?=[^\S\n]*[:=\-–][^\S\n]*\$?\d)",
    # a horizon in brackets after it is the label's ("Targets (mid/long):", "Targets (long
    # term):"), no side word
    r"targets?(?:\s*levels?)?(?:[^\S\n]*\((?:(?:short|mid|medium|long)[\s\-]*term"
    r"|(?:short|mid|medium)[^\S\n]*(?:/|-|–|to|&)[^\S\n]*(?:mid|medium|long)(?:[\s\-]*term)?)\))?",
    r"(?:tragets?|taregts?|targts?|tergets?)",  # misspelt
    r"tps?",
    r"tgts?",  # "TGT 152.5 155.8", as Indian channels abbreviate a target
    r"t(?=[1-9]\d?[^\S\n]*[:=)\-–→➜])",  # "T1: 163.58" (a target's number, then its separator)
    r"t\.\s?p\.?",  # "T.P. 1", "T.P.2"
    r"t\s*/\s*p",  # "T/P: 152, 155"
    r"t[-]p(?=[^\S\n]*\(?[1-9]|[^\S\n]*[:✅✔🎯])",  # "T-P (1) ✅ 152", "T-P2 152", "T-P: 152"
    r"pt",  # the stock desks' "PT1" (profit target), "PT 152 / 155"
    r"p\.\s?t\.?",  # "P.T."
    r"t(?=[1-9]\d?(?![\d.,]))",  # "T1", "T2 6.98": a target's number right after a T
    r"looking\s*for",
    r"targeting",  # "Long SOL from 148.2 targeting 152 / 155"
    r"aim(?:ing)?\s*(?:for|at)",  # "Shorting ETH at 3,412 aiming for 3,350 then 3,300"
    r"then",
    r"second",
    r"third",
    # Spanish "tomamos ganancias en 152 / 155", "Tomar ganancias:" (taking the profits)
    r"(?:tomamos|tomar|tomo)\s*ganancias(?:\s*en)?",
    r"objetivos?",
    r"obiettiv[oi]",
    r"alvos?",
    r"metas?(?=[^\S\n]*[:\-–]?[^\S\n]*\$?\d)",  # Spanish and Portuguese: "Metas: a - b"
    r"цели",
    r"цель",
    r"тейк(?:[\s\-]*профит)?",
    # Russian "Фиксация: a / b", "Фиксация прибыли:", "Фикс 2:" (taking profit): the targets
    r"фиксаци[яи](?:\s*прибыли)?",
    r"фикс",
    r"фиксируем\s*на",  # "Входим в лонг с 148,2, фиксируем на 152 и 155": the targets
    r"фіксуємо\s*на",
    r"тп",
    r"cele?",
    r"c[ií]le",  # Czech
    r"c[ií]l(?=[^\S\n]?[1-9][^\S\n]*[:：)\-–])",  # "Cíl 1:", "Cil 2 -" (its number)
    # Romanian "Ținte:", "Țintă 1:", "Tinta 2 -", "Obiective:" (typed with and without the
    # diacritics, the comma-below letter or the cedilla one)
    r"[țţt]inte",
    r"[țţt]int[aă](?=[^\S\n]?[1-9][^\S\n]*[:：)\-–—|])",
    r"obiective",
    # Hungarian "Célok:", "Célárak:", "Célár 1:", "Cél 2:"
    r"c[ée]l[áa]r(?:ak)?",
    r"c[ée]lok",
    r"c[ée]l(?=[^\S\n]?[1-9][^\S\n]*[:：)\-–])",
    # Russian typed in Latin letters: "Tseli: a / b", "Tsel 2:", "Celi:" (цели, цель)
    r"tsel[iy]?",
    r"cel[iy]",
    # Dutch: "Doelen:", "Winstdoel 2:", "Koersdoelen:", and "Doel 1:" with its number (the
    # bare word is a sentence's "aim" as often as a label)
    r"(?:winst|koers)doel(?:en)?",
    r"doelen",
    r"doel(?=[^\S\n]?[1-9][^\S\n]*[:：)\-–])",
    r"kursm[åa]l",  # Danish, Norwegian
    r"mål",
    r"цілі",
    r"ціль",
    r"тейки",
    # Turkish "Kâr al: a - b", "Kar Al 1:", "Kâr Hedefleri:" (take profit)
    r"k[âa]r\s*(?:al|hedefleri|hedefi)",
    r"hedefleri",
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
    r"تارگت(?:\u200cها|\s*ها)?",
    r"ٹارگٹس?",
    r"اهداف",
    r"حد\s*سود",
    r"στ[όο]χοι",
    r"στ[όο]χος",
    r"יעדים",
    r"יעד",
    r"sasaran",
    # Swahili "Malengo" / "Lengo" (the targets, a target), Uzbek "Maqsadlar" / "Maqsad",
    # Kazakh "Мақсаттар" / "Мақсат"
    r"malengo",
    r"lengo",
    r"maqsad(?:lar)?",
    r"мақсат(?:тар)?",
    # sell words as labels of a buy's targets and the target words of Uzbek in Cyrillic
    # letters, Kazakh in Latin ones, Kyrgyz, Azerbaijani and Tajik ("Sotish maqsadlari",
    # "Сотиш мақсадлари", "Сату мақсаттары", "Сатуу максаттары", "Satış hədəfləri",
    # "Ҳадафҳои фурӯш"; "Sotish 1:", "Сату 2 -")
    r"(?:sotish\s*maqsadlari|сотиш\s*мақсадлари|сату\s*мақсаттары|сатуу\s*максаттары)",
    r"(?:sotish|сотиш|сату|сатуу|satış|satis)(?=[^\S\n]?[1-9][^\S\n]*[:：)\-–])",
    r"мақсад(?:лар)?",
    r"maqsat(?:tar)?",
    r"максат(?:тар)?",
    r"(?:sat[ıi][şs]\s*)?h[əe]d[əe]f(?:l[əe]ri?|i)?",
    r"ҳадаф(?:ҳо(?:и\s*(?:фурӯш|фуруш))?|и)?",
    r"🎯",
)
STOP_LABELS = (
    # "SL/TP: a / b", "SL • TP → a • b", "Stop / Target:" — the stop, then a target
    r"(?:sl|stop(?:[\s\-]*loss)?)\s*(?:/|&|•)\s*(?:tp|take[\s\-]*profit|target)",
    r"stop\s*targets?",
    r"stop[\s\-]*loss(?:\s*at)?",
    r"stop[\s\-]*lo(?:se|s)",  # misspelt: "Stoplos", "Stop lose"
    r"stoploss",
    r"stopp(?:[\s\-]*tap)?",  # German, Norwegian ("Stopp tap")
    r"stop[\s\-]*tab",  # Danish
    r"stop(?:\s*at)?",
    r"stp(?=[^\S\n]*:?[^\S\n]*\$?\d)",  # clipped: "Stp: 144.1", "Stp 144.1"
    # clipped from "invalidation" before its price: "tgts 150 > 152 inv 145", "Inv: 144.1"
    r"inv(?=[^\S\n]*:?[^\S\n]*\$?\d)",
    r"s\s*/\s*l",
    r"s\.\s?l\.?",  # "S.L.:"
    r"s[-]l(?=[^\S\n]*[:❌✖🛑]|[^\S\n]+\$?\d)",  # "S-L❌ 144.1", "S-L: 144.1", "S-L 144.1"
    r"sl",
    r"invalid(?:ation)?(?:\s*if)?\s*(?:below|above|under|over)",  # "Invalid below 0.49"
    # "Invalid if we lose 0.49", "Invalidated if price reclaims 9.46"
    r"invalid(?:ated)?\s*if\s*(?:we|price|it)?\s*(?:lose|loses|reclaim|reclaims|break|breaks)",
    # "invalidated on a close below 64,345.5", "invalid on a daily close above 9.46"
    r"invalid(?:ated)?\s*(?:on|at)\s*(?:a\s*)?(?:(?:daily|weekly|4h|1h|h4|d1)\s*)?close\s*"
    r"(?:below|above|under|over)",
    # "Invalid if 4H closes above 9.46", "invalidated if the daily candle closes below 0.49"
    r"invalid(?:ated)?\s*if\s*(?:the\s*)?(?:price\s*|it\s*)?"
    r"(?:(?:daily|weekly|[1-9]\d?[hdw]|h[1-9]|d1)\s*)?(?:candle\s*)?clos(?:es|e)\s*"
    r"(?:below|above|under|over)",
    r"invalidation",
    # a swing card's stop told as the exit a candle's close makes: "Exit if 3D closes under
    # 0.4485", "exit on a daily close below 141.2", "Exit if the 4H candle closes above 9.46"
    r"exit\s*(?:if|on|when)\s*(?:a\s*|the\s*)?(?:price\s*|it\s*)?"
    r"(?:(?:daily|weekly|[1-9]\d?[hdw]|h[1-9]|d1)\s*)?(?:candle\s*)?clos(?:es|e|ing)\s*"
    r"(?:below|above|under|over)",
    # a one-liner's bare stop word before its price: "invalid 9.415", "inval. 3522.81"
    r"invalid(?=[^\S\n]*:?[^\S\n]*\$?\d)",
    r"inval\.(?=[^\S\n]*:?[^\S\n]*\$?\d)",
    r"стоп[\s\-]*лосс",
    r"стоп",
    r"сл",
    r"cắt\s*lỗ",
    r"dừng\s*lỗ",
    r"وقف\s*الخسارة",
    r"الوقف",  # "وقف ٠٫٠٦٩٥٦", "الوقف": the stop, as Arabic calls write it short
    r"وقف",
    r"حد\s*ضرر",
    r"استاپ(?:\s*لاس)?",
    r"اسٹاپ(?:\s*لاس)?",
    r"سٹاپ(?:\s*لاس)?",
    r"στοπ(?:\s*λος)?",
    r"סטופ(?:\s*לוס)?",
    r"henti(?:kan)?\s*(?:rugi|kerugian)",
    # "Cut loss:", "Cutloss:", "CL:" (Indonesian and Malay channels' stop)
    r"cut[\s\-]*loss",
    r"cl(?=[^\S\n]*[:=\-–])",
    r"joojinta\s*khasaaraha",  # Somali (stopping the loss)
    r"cat\s*lo(?![\w])",  # Vietnamese "cắt lỗ" typed without its marks
    r"batas\s*rugi",  # Indonesian "Batas rugi" (the loss's limit)
    r"oprire\s*(?:pierdere|pierderi)",  # Romanian "Oprire pierdere" (stopping the loss)
    # Swahili "Kikomo cha hasara" (the loss's limit), "Zuia hasara" (stop the loss)
    r"kikomo\s*cha\s*hasara",
    r"zuia\s*hasara",
    r"hasara",  # Swahili "Hasara 144" (the loss: where the loss is taken)
    r"to['ʻ’]?xtatish",  # Uzbek "To'xtatish" (stopping)
    # the loss's stop in Uzbek Cyrillic, Kazakh, Kyrgyz, Azerbaijani, Tajik and Mongolian
    # ("Зарарни тўхтатиш", "Шығынды тоқтату", "Жоготууну токтотуу", "Zərəri dayandır",
    # "Қатъи зарар", "Алдагдал зогсоох")
    r"(?:зарарни\s*)?тўхтатиш",
    r"шығынды\s*тоқтату",
    r"жоготууну\s*токтотуу",
    r"z[əe]r[əe]ri?\s*dayand[ıi]r",
    r"қатъи\s*зарар",
    r"алдагдал\s*зогсоох",
    # Turkish "Zarar Kes: 144" (cut the loss), "Zararı durdur", and its abbreviation "ZK:"
    r"zarar[ıi]?\s*(?:kes|durdur)",
    r"zk(?=[^\S\n]*[:=])",
    r"🛑",
    r"⛔️?",
)
# A market entry: English, Russian, Spanish/Portuguese, and the order type as exchanges'
# localized order screens name it (French, German, Turkish, Vietnamese, Indonesian, Persian,
# Arabic, Chinese in both scripts, Korean, Japanese)
MARKET_WORDS = (
    r"market|mkt|cmp|current\s*(?:market\s*)?price|now|по\s*рынку|рынок|mercado"
    r"|au\s*march[ée]|prix\s*du\s*march[ée]|zum\s*marktpreis|marktpreis|markt"
    r"|piyasa(?:dan|\s*fiyat[ıi]n?(?:dan)?)?|giá\s*thị\s*trường|(?:harga\s*)?pasar"
    r"|قیمت\s*بازار|سعر\s*السوق|市价|市價|시장가|成行"
    # Russian and Ukrainian "по текущим" / "по текущей цене" (at the current prices), "с рынка",
    # "по ринку" / "за ринком" / "по поточній ціні"; Chinese 现价 (the current price: "现价做多")
    r"|по\s*текущ(?:им|ей(?:\s*цене)?)|с\s*рынка|по\s*ринку|ринок|за\s*ринком"
    r"|по\s*поточн(?:ій|ою)(?:\s*ціні)?|现价|現價"
    r"|بسعر\s*السوق"  # Arabic "at the market price", its "bi-" written against the word
)
LONG_WORDS = (
    # a call's verb: Russian "Покупаем", "Лонгуем", Ukrainian "Купуємо", "Лонгуємо", German
    # "kaufen", Arabic "نشتري" (we buy), "اشتري" (buy)
    r"покупаем|лонгуем|купуємо|лонгуємо|kaufen|نشتري|اشتري|compramos|"
    r"long(?:ing)?|buy(?:ing)?|purchase|køb|kjøp|accumulate|accumulating|kup|kupno|лонг|покупка|купівля|largo"
    r"|compra|acquisto|kauf|alış|achat|mua|beli|bili|شراء|خرید|لانگ|αγορ[άα]|לונג"
    # Czech "Nákup", Hungarian "Vétel", Romanian "Cumpărare" (with and without diacritics)
    r"|n[áa]kup|v[ée]tel|cump[aă]rare"
    # Swahili "Nunua" / "Tunanunua" / "Kununua" (buy, we buy, buying); Uzbek "sotib olamiz" /
    # "sotib olish", Kazakh "сатып аламыз" / "сатып алу" (we buy, buying)
    r"|nunua|tunanunua|kununua|sotib\s+olamiz|sotib\s+olish|сатып\s+аламыз|сатып\s+алу"
    r"|kharido|iibso"  # Hinglish (buy), Somali (buy)
)
SHORT_WORDS = (
    # Russian "Шортим", "Продаём", Ukrainian "Шортимо", "Продаємо", German "verkaufen",
    # Arabic "نبيع" (we sell)
    r"шортим|шортимо|прода[её]м|продаємо|verkaufen|نبيع|vendemos|"
    r"short(?:ing)?|sell(?:ing)?|sale|sælg|selg|шорт|продажа|продаж|sprzedaj|sprzedaż|corto|venta|satış|vente"
    r"|venda|vendita|vendi|verkauf|bán|jual|benta|بيع|فروش|شورت|شارٹ|π[ώω]ληση|שורט"
    # Czech "Prodej", Hungarian "Eladás", Romanian "Vânzare" (with and without diacritics)
    r"|prodej|elad[áa]s|v[âa]nzare"
    # Swahili "Uza" / "Tunauza" / "Kuuza", Uzbek "sotamiz" / "sotish", Kazakh "сатамыз" / "сату"
    r"|uza|tunauza|kuuza|sotamiz|sotish|сатамыз|сату"
    r"|becho|iibi"  # Hinglish (sell), Somali (sell)
)
LEVERAGE_LABELS = (
    r"leverage|lev|плечо|apalancamiento|alavancagem|kald[ıi]ra[çc]|hebel|levier|đòn\s*bẩy"
    r"|الرافعة|плече|d[źz]wignia|杠杆|槓桿|레버리지|レバレッジ|เลเวอเรจ|لوریج|لیوریج|اهرم|μ[όο]χλευση"
    r"|מינוף|leveraj|লিভারেজ|배율|レバ|gearing|giring|ahrom|ahrum|hefboom|lewar|लीवरेज|लेवरेज"
)
# The word for "to" between a zone's two prices in other languages: Persian "تا", German
# "bis", Polish "do", Dutch "tot", Czech "až", Vietnamese "đến", Indonesian and Malay "hingga" /
# "sampai", Thai "ถึง", Arabic "لـ" / "ل" / "إلى" ("من 0.703 لـ 0.6975") (English "to",
# Spanish and Portuguese "a", Russian "до" are message_parts.RANGE_SEPARATOR's own)
# Hindi and Urdu "se" / "से" (from), Turkish "ile" (and, "a ile b arası"), Chinese "至" / "到",
# Japanese "から" (from), Korean "에서" (from), Vietnamese "và" / Indonesian "dan" (and, after
# "giữa" / "antara": between)
RANGE_WORDS = r"تا|لـ|ل|إلى|bis|do|tot|až|đến|hingga|sampai|ถึง|se|से|ile|至|到|から|에서|và|dan"
CONFIDENCE_LABELS = r"confidence|conf|score|уверенность|confianza|confiança"
# AI bots' other names for it ("Signal strength: Strong (82%)", "Probability: 70%", "Likelihood:
# 69%", "Win chance 65%"), read only
# as a line's own label and where none of the labels above stands ("• Strength: 92.3%" over
# "• Confidence: 64.6%" is another measure; so is "HTF ADX Strength: 37.6")
CONFIDENCE_OTHER_LABELS = (
    r"(?:signal\s+)?strength|probability|likelihood|win[^\S\n]+chance|probabilidad|probabilidade|força\s+do\s+sinal"
    r"|fuerza\s+de\s+la\s+señal"
    # ("Certainty: 74%", "Conviction: High (8/10)", "Win probability ≈ 71%", "Chance of success:
    # 0.68", French "Confiance : 72 %", German "Konfidenz: 70%", Italian "Affidabilità: 75%")
    r"|certainty|conviction|win[^\S\n]+probability|chance[^\S\n]+of[^\S\n]+success"
    r"|confiance|konfidenz|affidabilit[àa]"
)
# The word a bot gives its confidence as, before or after the number ("Confidence level: High
# (79%)", "Confiança: Alta (80%)", "Strength: Strong — 85 %", "66% (Low)"): no value of its own.
CONFIDENCE_LEVEL_WORDS = (
    r"(?:(?:very|muy|muito|очень)\s+)?(?:high|medium|mid|low|strong|moderate|weak"
    r"|alt[ao]|medi[ao]|médi[ao]|baj[ao]|baix[ao]|fuerte|forte|d[ée]bil|frac[ao]"
    r"|высокая|средняя|низкая)"
)
# Russian, Ukrainian, Kazakh and Mongolian "спот" with the endings the languages put on it ("на
# споте", "Спотовая сделка", "спотовий", "спотта"), never a longer word ("споткнулся")
SPOT_WORDS = (
    r"spot|спот(?:е|а|у|ом|та|тағы|овая|овый|овой|овую|овое|овые|овых|овом|овым|овий|ова|ове"
    r"|ові|овим|овому)?"
)
# Spot as exchanges' localized screens name it: Chinese (both scripts), Japanese, Korean and
# Thai without word boundaries (their words run together: "现货买入", "現物買い", "ซื้อสปอต"),
# Vietnamese, Arabic, Persian, Bengali ("স্পট কেনা") and Hindi ("स्पॉट खरीद") as whole words.
SPOT_WORDS_CJK = r"现货|現貨|現物|현물|สปอต"
SPOT_WORDS_OTHER = (
    r"giao\s*ngay|فوري|اسپات|سبوت|স্পট|स्पॉट|स्पोट"
    # Tamil, Telugu, Kannada, Malayalam, Gujarati, Punjabi and Amharic transliterations
    r"|ஸ்பாட்|స్పాట్|ಸ್ಪಾಟ್|സ്പോട്ട്|સ્પોટ|ਸਪਾਟ|ስፖት"
    # Hebrew with its clinging prepositions ("בספוט", in spot), Greek, Armenian, Georgian (with
    # their endings: "սպոտային", "სპოტზე"), Arabic with its article ("السبوت"), Urdu
    r"|[בלהו]?ספוט|σποτ|σπότ|սպոտ(?:ային|ում|ի)?|სპოტ(?:ი|ზე|ის)?|السبوت|اسپاٹ|سپاٹ"
)
COINM_WORDS = r"coin[\s\-]*m|coin[\s\-]*margined|inverse"

# Labels of languages written without spaces between words (Chinese, Japanese, Thai) and of
# Korean, whose particles cling to words: found anywhere in a run of letters, so they are
# matched without word boundaries (longest first; Thai "ขายทำกำไร", "sell to take profit", is a
# long's target label, its "ขาย" no short word). Thai vowel and tone marks are combining
# characters, which a regex \w does not count as letters.
UNSPACED_ENTRY = (
    "入场价格|入场价|入场区间|入场位|入场|进场价|进场|开仓价格|开仓价|开仓|挂单价|挂单"
    "|入場價格|入場價|入場區間|入場|進場價|進場|開倉價|開倉|掛單價|入市價|入市"
    "|진입가격|진입가|진입|타점|エントリー価格|エントリー|指値|新規|จุดเข้า|ราคาเข้า|เข้าที่"
    "|" + AVERAGING_CJK
)
UNSPACED_TARGET = (
    "止盈目标|止盈价|止盈位|止盈|目标价|目标位|目标|停利價|停利|止賺|目標價|익절가|익절|목표가|목표"
    "|利益確定|利確目標|利確|利食い|目標|ターゲット|เป้าหมาย|เป้าทำกำไร|เป้า|ขายทำกำไร|ปิดทำกำไร|ทำกำไร"
)
UNSPACED_STOP = (
    "止损价|止损位|止损|止損價|止損|停損價|停損|손절가|손절|스탑|스톱|損切りライン|損切ライン|損切り|損切|ロスカット"
    "|จุดตัดขาดทุน|ตัดขาดทุน|ตัดขาด|หยุดขาดทุน|คัทลอส|คัท|防守位|防守|止蝕"
)
# (a side after 现价 / 市价, the market's price: "现价多", "市价空")
UNSPACED_LONG = (
    "现价多|市价多|現價多|市價多|做多|多单|多單|开多|開多|买入|買入|롱|매수|ロング|買い|ซื้อ"
)
UNSPACED_SHORT = (
    "现价空|市价空|現價空|市價空|沽空|做空|空单|空單|开空|開空|卖出|賣出|숏|매도|ショート|売り|ขาย"
)
# Leverage written with the CJK "times" sign: 20倍, 10배
TIMES_SIGNS = "倍배"
# First words of line labels whose numbers are sizes, counts or results, never a price of the
# signal ("Qty: 4674.83", "Copiers: 2963", "Margin: 357.31 USDT", "Volume: 1.2M"): an
# unknown line under one of them is not placed among the prices.
NOT_PRICE_LABELS = frozenset(
    [
        "qty",
        "quantity",
        "size",
        "amount",
        "volume",
        "vol",
        "margin",
        "balance",
        "capital",
        "pnl",
        "roi",
        "copiers",
        "followers",
        "members",
        "subscribers",
        "trades",
        "winrate",
        "aum",
        "id",
        # a plan's size and risk ("Max loss: 21.4 USDT", "Risk: 1.5R", "Position size: 218.7
        # INJ", "Lots: 0.35")
        "max",
        "risk",
        "position",
        "lot",
        "lots",
        "lote",
        "tamaño",
        "tamanho",
        "riesgo",
        "risco",
        "risiko",
        "риск",
        "размер",
        "pozisyon",
    ]
)

# Words of labels that name an indicator, a count or market information ("RSI(14): 63", "ADX:
# 25.7", "Stoch RSI: 16", "Signals agree: 4 of 5", "Liq. price: 140.5", "24h High: 151.2"):
# their line's numbers are no level of the signal (any word of an unknown label).
INDICATOR_LABELS = frozenset(
    [
        "rsi",
        "stoch",
        "stochrsi",
        "adx",
        "dmi",
        "atr",
        "macd",
        "cci",
        "mfi",
        "obv",
        "ema",
        "sma",
        "wma",
        "vwap",
        "bb",
        "supertrend",
        "momentum",
        "volatility",
        "funding",
        "oi",
        "confirmations",
        "signals",
        "indicators",
        # market information beside a signal: prices that are no level of it ("Liq. price:",
        # "24h High:", "ATH:", "Market cap:")
        "liq",
        "liquidation",
        "ath",
        "atl",
        "high",
        "low",
        "cap",
        "mcap",
        "accuracy",
        "holding",
        "change",
        # an idea's view and the chart's levels ("Bias: bullish while 140 holds", "Key levels:
        # support 140, resistance 160"): conditions and areas, no orders
        "bias",
        "key",
        "support",
        "resistance",
    ]
)

# Labels of scripts whose words hold combining marks that a regex \w does not count as letters
# (Bengali): matched as whole words of their script (``sections._MARKED``), longest first.
# (Hindi in Devanagari is left to the reading by the lines' geometry, see sections and
# docs/signal-parsing.md.)
# ("এন্ট্রি রেঞ্জ", the entry range; "প্রবেশ অঞ্চল", the entry zone; "লক্ষ্য", the target)
MARKED_ENTRY = "এন্ট্রি জোন|এন্ট্রি প্রাইস|এন্ট্রি রেঞ্জ|এন্ট্রি|প্রবেশ অঞ্চল|প্রবেশ"
MARKED_TARGET = "টার্গেটস|টার্গেট|টেক প্রফিট|লক্ষ্য"
MARKED_STOP = "স্টপ লস|স্টপলস|স্টপ"
MARKED_LONG = "লং|কিনুন"
MARKED_SHORT = "শর্ট|বিক্রি করুন"
# The letters and combining marks of those scripts: a label is a whole word of them.
MARKED_LETTERS = "\u0980-\u09ff"
# Margin modes as exchanges' localized order screens write them (Spanish, Portuguese, Italian,
# Turkish, Polish, Russian, Ukrainian, Vietnamese, Indonesian, French, Arabic; Japanese and
# Korean, whose words may run into the next one: "分離マージン"), read where no English word gave
# the mode. Declined forms are words of their own: "ізольована маржа", "изолированной маржой",
# "кросова маржа", "izolowanej".
OTHER_MARGIN_CROSS = (
    r"cruzad[oa]|crois[ée]e?|incrociat[oa]|çapraz|krzyżow\w*|кросс?(?:ов\w*)?|chéo|silang"
    r"|متقاطع[ةه]?"
    # Dutch "gekruist", Czech "křížová", Romanian "încrucișată", Greek "Διασταυρούμενο"
    r"|gekruist\w*|křížov\w*|încrucișat\w*|διασταυρούμεν\w*"
    # the same typed without diacritics or with the cedilla letter: Czech "krizova",
    # Romanian "incrucisata", "încrucişată"
    r"|krizov\w*|[iî]ncruci[șşs]at\w*"
    # Turkish "çapraz" typed "capraz", Vietnamese "chéo" typed "cheo" (under a margin label)
    r"|capraz|cheo"
    # Uzbek "kross", Azerbaijani "çarpaz"
    r"|kross|[çc]arpaz"
)
OTHER_MARGIN_ISOLATED = (
    r"aislad[oa]|isolad[oa]|isolat[oa]|isoliert|i\u0307?zole|izolowan\w*|изолированн\w*"
    r"|ізольован\w*|cô\s*lập|terisolasi|isol[ée]e?|معزول[ةه]?"
    # Dutch "geïsoleerd", Czech "izolovaná", Romanian "izolată", Greek "Απομονωμένο"
    r"|geïsoleerd\w*|izolovan\w*|izolat[ăa]?|απομονωμέν\w*"
    # Hungarian "izolált" (and "izolalt", typed without its accent)
    r"|izol[áa]lt\w*"
    # Indonesian "isolasi", Malay "terasing" / "terpencil", Vietnamese "cô lập" typed "co lap"
    r"|isolasi|terasing|terpencil|co\s*lap"
    # Uzbek "izolyatsiya(langan)", Kazakh "оқшауланған" / "изоляцияланған", Kyrgyz
    # "изоляцияланган", Tajik "изолятсия", Mongolian "тусгаарлагдсан", Azerbaijani "izolə"
    r"|izolyatsiya\w*|изоляц\w*|изолятсия\w*|оқшауланған|тусгаарлагдсан|izolə"
)
OTHER_MARGIN_CROSS_CJK = r"クロス|교차"
OTHER_MARGIN_ISOLATED_CJK = r"分離|격리"
# Margin modes written in other scripts (the English words are read by the leverage reader).
FOREIGN_MARGIN = (
    ("ক্রস", "cross"),
    ("আইসোলেটেড", "isolated"),
    ("کراس", "cross"),
    ("ایزوله", "isolated"),
    ("کراس مارجن", "cross"),
    ("קרוס", "cross"),
    ("מבודד", "isolated"),
    ("איזולייטד", "isolated"),
    ("איזולייט", "isolated"),
    # Georgian and Armenian
    ("იზოლირებულ", "isolated"),
    ("ქროს", "cross"),
    ("մեկուսացված", "isolated"),
    ("կրոս", "cross"),
    ("全仓", "cross"),
    ("逐仓", "isolated"),
    ("全倉", "cross"),
    ("逐倉", "isolated"),
    ("आइसोलेटेड", "isolated"),
    ("क्रॉस", "cross"),
    # Thai, as Binance's Thai screens and channels transliterate it
    ("ไอโซเลท", "isolated"),
    ("ไอโซเลต", "isolated"),
    ("ครอส", "cross"),
    # Tamil, Telugu, Kannada, Malayalam, Gujarati and Punjabi transliterations
    ("ஐசோலேட்டட்", "isolated"),
    ("கிராஸ்", "cross"),
    ("ఐసోలేటెడ్", "isolated"),
    ("క్రాస్", "cross"),
    ("ಐಸೊಲೇಟೆಡ್", "isolated"),
    ("ಕ್ರಾಸ್", "cross"),
    ("ഐസൊലേറ്റഡ്", "isolated"),
    ("ക്രോസ്", "cross"),
    ("આઇસોલેટેડ", "isolated"),
    ("ક્રોસ", "cross"),
    ("ਆਈਸੋਲੇਟਿਡ", "isolated"),
    ("ਕ੍ਰਾਸ", "cross"),
)
