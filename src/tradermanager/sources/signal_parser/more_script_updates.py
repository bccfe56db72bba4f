"""Follow-ups in Gurmukhi, Malayalam, Kannada, Tamil, Sinhala, Burmese, Khmer and Mongolian,
and in a few phrases of Slovak, Latvian, Lithuanian, Albanian and Azerbaijani, written as the
English phrases the follow-up reader knows (as ``script_updates`` does for Urdu, Bengali and
Hindi).

Channels in those languages write English trade words in their own script (Punjabi ``ਟਾਰਗੇਟ 2
ਹਿੱਟ``, ``SL ਐਂਟਰੀ 'ਤੇ ਕਰੋ``; Malayalam ``സ്റ്റോപ്പ് ലോസ് ഹിറ്റ്``; Kannada ``ಟಾರ್ಗೆಟ್ 2
ತಲುಪಿದೆ``; Tamil ``பாதி பொசிஷனை க்ளோஸ் செய்யவும்``; Sinhala ``SL එන්ට්‍රි එකට ගෙනියන්න``) or mix
them with their own verbs (Burmese ``SL ကို Entry သို့ ရွှေ့ပါ``, Khmer ``ប្តូរ SL ទៅ Entry``,
Mongolian ``2-р зорилт хүрлээ``, Slovak ``zatvárame polovicu pozície``, Latvian ``pārceļam SL uz
ieejas cenu``, Albanian ``sinjali u anulua``, Azerbaijani ``stopu giriş qiymətinə çəkirik``).
:func:`more_updates_in_english` writes each whole phrase as its English one, so every reading
of those English phrases applies. A phrase whose line says "not" after it or before it
(``ஹிட் ஆகவில்லை``, ``nuk u godit stop loss``) is left as written: a hit denied is no hit.

The gate: the Latin-letter and Mongolian phrases are looked for only in a short text holding
one of their stems (an all-ASCII text is asked only about the stems written in ASCII); the
scripts' phrases only in a text that is not all ASCII and holds one of those scripts' letters.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tradermanager.sources.signal_parser.literal_first import holds_any
from tradermanager.sources.signal_parser.lower_case import lower_case

_S = r"[^\S\n]+"
_O = r"[^\S\n]*"
# a target's number
_N = r"([1-9])"
# the zero-width joiner Sinhala writes inside its conjuncts ("ට්‍ර"), often typed without it
_J = "\u200d?"
# the English stop words channels keep in any script
_EN_STOP = r"(?:sl|stop[\s\-]?loss|stoploss|stop)"
_EN_ENTRY = r"(?:entry(?:" + _S + r"price)?)"

# Punjabi (Gurmukhi)
_PA_TARGET = r"(?:ਟਾਰਗੇਟ|ਟਾਰਗਟ|ਟੀਚਾ|tp)"
_PA_STOP = r"(?:ਸਟਾਪ[\s\u200c]?ਲੌਸ|ਸਟਾਪ[\s\u200c]?ਲਾਸ|" + _EN_STOP + r")"
_PA_ENTRY = r"(?:ਐਂਟਰੀ|ਐਂਟ੍ਰੀ)(?:" + _S + r"ਪ੍ਰਾਈਸ)?"
# Malayalam (the chillu "ൻ" also typed as "ന്" with a joiner)
_ML_TARGET = r"(?:ടാർഗെറ്റ്|ടാർഗറ്റ്|ടാര്‍ഗെറ്റ്|ലക്ഷ്യം|tp)"
_ML_STOP = r"(?:സ്റ്റോപ്പ്[\s\u200c]?ലോസ്|സ്റ്റോപ്[\s\u200c]?ലോസ്|" + _EN_STOP + r")"
_ML_ENTRY = r"(?:എ(?:ൻ|ന്\u200d)ട്രി)"
# Kannada
_KN_TARGET = r"(?:ಟಾರ್ಗೆಟ್|ಟಾರ್ಗೆಟ|ಗುರಿ|tp)"
_KN_STOP = r"(?:ಸ್ಟಾಪ್[\s\u200c]?ಲಾಸ್|" + _EN_STOP + r")"
# Tamil
_TA_TARGET = r"(?:டார்கெட்|டார்கட்|இலக்கு|tp)"
_TA_STOP = r"(?:ஸ்டாப்[\s\u200c]?லாஸ்|" + _EN_STOP + r")"
# Sinhala
_SI_TARGET = r"(?:ටාගට්|ටාර්ගට්|ටාගෙට්|ඉලක්කය|ඉලක්ක|tp)"
_SI_STOP = r"(?:ස්ටොප්[\s\u200c]?ලොස්|ස්ටොප්|" + _EN_STOP + r")"
_SI_ENTRY = r"(?:එන්ට්" + _J + r"රි)"
# Burmese and Khmer keep the English words beside their own
_MY_STOP = r"(?:စတော့(?:" + _O + r"လော့စ်)?|အရှုံးဖြတ်|" + _EN_STOP + r")"
_KM_STOP = r"(?:កាត់ខាត|" + _EN_STOP + r")"

# (phrase, its English words): "\1" is a target's number or a share
_PHRASES: tuple[tuple[str, str], ...] = (
    # Punjabi
    (
        _PA_TARGET
        + _O
        + _N
        + _S
        + r"(?:ਹਿੱਟ|ਪੂਰਾ|ਹਾਸਲ)(?:"
        + _S
        + r"ਹੋ"
        + _S
        + r"ਗਿਆ|"
        + _S
        + r"ਹੋਇਆ)?",
        r"target \1 hit",
    ),
    (_PA_STOP + _S + r"(?:ਹਿੱਟ|ਲੱਗ" + _S + r"ਗਿਆ)(?:" + _S + r"ਹੋ" + _S + r"ਗਿਆ)?", "stop loss hit"),
    (
        _PA_STOP
        + r"(?:"
        + _S
        + r"ਨੂੰ)?"
        + _S
        + _PA_ENTRY
        + _O
        + r"(?:'|’)?(?:ਤੇ|ਉੱਤੇ)"
        + _S
        + r"(?:ਕਰੋ|ਕਰ"
        + _S
        + r"ਦਿਓ|ਲੈ"
        + _S
        + r"ਆਓ|ਲੈ"
        + _S
        + r"ਜਾਓ|ਸ਼ਿਫਟ"
        + _S
        + r"ਕਰੋ)",
        "stop loss moved to entry",
    ),
    (
        r"ਅੱਧੀ" + _S + r"(?:ਪੋਜ਼ੀਸ਼ਨ|ਪੋਜੀਸ਼ਨ)" + _S + r"ਬੰਦ" + _S + r"(?:ਕਰੋ|ਕਰ" + _S + r"ਦਿਓ)",
        "close half position",
    ),
    (
        r"(\d{1,2})"
        + _O
        + r"%"
        + _S
        + r"(?:ਪ੍ਰੌਫਿਟ|ਪ੍ਰਾਫਿਟ|ਮੁਨਾਫ਼ਾ|ਮੁਨਾਫਾ)"
        + _S
        + r"ਬੁੱਕ"
        + _S
        + r"(?:ਕਰੋ|ਕਰ"
        + _S
        + r"ਲਓ)",
        r"book \1% profit",
    ),
    (r"(?:ਟ੍ਰੇਡ|ਟਰੇਡ|ਸਿਗਨਲ)" + _S + r"(?:ਕੈਂਸਲ|ਰੱਦ)", "trade cancelled"),
    # Malayalam
    (
        _ML_TARGET + _O + _N + _S + r"(?:ഹിറ്റ്(?:" + _S + r"ആയി)?|എത്തി|അടിച്ചു)",
        r"target \1 hit",
    ),
    (_ML_STOP + _S + r"(?:ഹിറ്റ്(?:" + _S + r"ആയി)?|അടിച്ചു)", "stop loss hit"),
    (
        _ML_STOP
        + _S
        + _ML_ENTRY
        + r"(?:യിലേക്ക്|"
        + _S
        + r"(?:വിലയിലേക്ക്|പ്രൈസിലേക്ക്))"
        + _S
        + r"(?:മാറ്റുക|മാറ്റി|മാറ്റൂ)",
        "stop loss moved to entry",
    ),
    (
        r"പകുതി(?:" + _S + r"പൊസിഷൻ)?" + _S + r"(?:ക്ലോസ്" + _S + r"(?:ചെയ്യുക|ചെയ്തു)|അടയ്ക്കുക)",
        "close half position",
    ),
    (
        r"(\d{1,2})" + _O + r"%" + _S + r"(?:പ്രോഫിറ്റ്|ലാഭം)" + _S + r"ബുക്ക്" + _S + r"(?:ചെയ്യുക|ചെയ്തു)",
        r"book \1% profit",
    ),
    (r"(?:ട്രേഡ്|സിഗ്നൽ)" + _S + r"(?:ക്യാൻസൽ|റദ്ദാക്കി|റദ്ദ്)", "trade cancelled"),
    # Kannada
    (
        _KN_TARGET + _O + _N + _S + r"(?:ಹಿಟ್(?:" + _S + r"(?:ಆಯ್ತು|ಆಗಿದೆ))?|ತಲುಪಿದೆ|ತಲುಪಿತು)",
        r"target \1 hit",
    ),
    (_KN_STOP + _S + r"ಹಿಟ್(?:" + _S + r"(?:ಆಯ್ತು|ಆಗಿದೆ))?", "stop loss hit"),
    (
        _KN_STOP
        + r"(?:"
        + _S
        + r"ಅನ್ನು)?"
        + _S
        + r"(?:ಎಂಟ್ರಿಗೆ|ಎಂಟ್ರಿ"
        + _S
        + r"ಬೆಲೆಗೆ)"
        + _S
        + r"(?:ಮೂವ್"
        + _S
        + r"ಮಾಡಿ|ಸರಿಸಿ|ಶಿಫ್ಟ್"
        + _S
        + r"ಮಾಡಿ)",
        "stop loss moved to entry",
    ),
    (r"ಅರ್ಧ(?:" + _S + r"ಪೊಸಿಷನ್)?" + _S + r"(?:ಕ್ಲೋಸ್" + _S + r"ಮಾಡಿ|ಮುಚ್ಚಿ)", "close half position"),
    (
        r"(\d{1,2})" + _O + r"%" + _S + r"(?:ಪ್ರಾಫಿಟ್|ಲಾಭ)" + _S + r"ಬುಕ್" + _S + r"ಮಾಡಿ",
        r"book \1% profit",
    ),
    (r"(?:ಟ್ರೇಡ್|ಸಿಗ್ನಲ್)" + _S + r"(?:ಕ್ಯಾನ್ಸಲ್|ರದ್ದು)", "trade cancelled"),
    # Tamil
    (
        _TA_TARGET + _O + _N + _S + r"(?:ஹிட்(?:" + _S + r"(?:ஆச்சு|ஆனது))?|அடைந்தது|அடிச்சுது)",
        r"target \1 hit",
    ),
    (_TA_STOP + _S + r"(?:ஹிட்(?:" + _S + r"(?:ஆச்சு|ஆனது))?|அடிச்சுது)", "stop loss hit"),
    (
        _TA_STOP
        + r"(?:-?ஐ)?"
        + _S
        + r"(?:என்ட்ரிக்கு|என்ட்ரி"
        + _S
        + r"விலைக்கு)"
        + _S
        + r"(?:மாற்றவும்|மாற்றுங்கள்|நகர்த்தவும்)",
        "stop loss moved to entry",
    ),
    (
        r"பாதி(?:"
        + _S
        + r"(?:பொசிஷனை|பொசிஷன்))?"
        + _S
        + r"(?:க்ளோஸ்"
        + _S
        + r"(?:செய்யவும்|பண்ணுங்க)|மூடவும்)",
        "close half position",
    ),
    (
        r"(\d{1,2})"
        + _O
        + r"%"
        + _S
        + r"(?:ப்ராஃபிட்|ப்ராபிட்|லாபம்)"
        + _S
        + r"புக்"
        + _S
        + r"(?:செய்யவும்|பண்ணுங்க)",
        r"book \1% profit",
    ),
    (r"(?:ட்ரேட்|சிக்னல்)" + _S + r"(?:கேன்சல்|ரத்து)", "trade cancelled"),
    # Sinhala
    (_SI_TARGET + _O + _N + _S + r"(?:හිට්|වැදුණා|වැදුනා)", r"target \1 hit"),
    (_SI_STOP + _S + r"(?:හිට්|වැදුණා|වැදුනා)", "stop loss hit"),
    (
        _SI_STOP
        + _S
        + r"(?:"
        + _SI_ENTRY
        + _S
        + r"(?:එකට|මිලට)|"
        + _SI_ENTRY
        + r"යට)"
        + _S
        + r"(?:ගෙනියන්න|දාන්න|මාරු"
        + _S
        + r"කරන්න)",
        "stop loss moved to entry",
    ),
    (
        r"(?:පොසිෂන්" + _S + r"එකෙන්" + _S + r")?භාගයක්" + _S + r"(?:ක්ලෝස්" + _S + r"කරන්න|වහන්න)",
        "close half position",
    ),
    (
        r"(\d{1,2})" + _O + r"%" + _S + r"(?:ප්" + _J + r"රොෆිට්|ලාභය|ලාභ)" + _S + r"ගන්න",
        r"book \1% profit",
    ),
    (
        r"(?:ට්" + _J + r"රේඩ්|සිග්නල්)(?:" + _S + r"එක)?" + _S + r"(?:කැන්සල්|අවලංගුයි|අවලංගු" + _S + r"කළා)",
        "trade cancelled",
    ),
    # Burmese
    (r"(?:ပစ်မှတ်|tp)" + _O + _N + _S + r"(?:ထိပြီ|ရောက်ပြီ|ထိသွားပြီ)", r"target \1 hit"),
    (_MY_STOP + _S + r"(?:ထိသွားပြီ|ထိပြီ)", "stop loss hit"),
    (
        _MY_STOP
        + r"(?:"
        + _S
        + r"ကို)?"
        + _S
        + r"(?:"
        + _EN_ENTRY
        + r"|ဝင်ဈေး)"
        + _O
        + r"(?:သို့)?"
        + _S
        + r"ရွှေ့(?:ပါ|လိုက်ပါ)?",
        "stop loss moved to entry",
    ),
    (r"တစ်ဝက်" + _O + r"ပိတ်(?:ပါ|လိုက်ပါ)", "close half position"),
    (r"အမြတ်" + _S + r"(\d{1,2})" + _O + r"%" + _S + r"ယူပါ", r"book \1% profit"),
    (
        r"(?:signal|trade)(?:" + _S + r"ကို)?" + _S + r"(?:ပယ်ဖျက်|cancel" + _S + r"လုပ်ပါ)",
        "trade cancelled",
    ),
    # Khmer (the middle of "ពាក់កណ្តាល" written with ត or ដ under its sign)
    (r"(?:គោលដៅ|tp)" + _O + _N + _S + r"ដល់(?:ហើយ)?", r"target \1 hit"),
    (r"ត្រូវ" + _O + _KM_STOP + r"|" + _KM_STOP + _S + r"ដាច់(?:ហើយ)?", "stop loss hit"),
    (
        r"(?:ប្តូរ|ប្ដូរ|រំកិល)" + _O + _KM_STOP + _O + r"ទៅ" + _O + r"(?:" + _EN_ENTRY + r"|តម្លៃចូល)",
        "stop loss moved to entry",
    ),
    (r"បិទ" + _O + r"ពាក់កណ្[តដ]ាល", "close half position"),
    (r"យកប្រាក់ចំណេញ" + _O + r"(\d{1,2})" + _O + r"%", r"book \1% profit"),
    (
        r"បោះបង់" + _O + r"(?:signal|trade)|(?:signal|trade)" + _O + r"ត្រូវបានលុបចោល",
        "trade cancelled",
    ),
)
_MORE_PHRASES: tuple[tuple[str, str], ...] = (
    # Mongolian
    (
        _N + r"(?:-?р|" + _O + r"дугаар)" + _S + r"зорилт" + _S + r"(?:хүрлээ|биелсэн|биеллээ)",
        r"target \1 hit",
    ),
    (r"(?:зорилт|tp)" + _O + _N + _S + r"(?:хүрлээ|биелсэн|биеллээ)", r"target \1 hit"),
    (r"(?:стоп|" + _EN_STOP + r")" + _S + r"(?:цохигдлоо|цохисон|идэгдлээ)", "stop loss hit"),
    (
        r"(?:стопыг|стоп|"
        + _EN_STOP
        + r"(?:-?ийг)?)"
        + _S
        + r"(?:орох"
        + _S
        + r"үнэ|entry)"
        + _S
        + r"рүү"
        + _S
        + r"(?:шилжүүлнэ|шилжүүллээ|зөөнө|зөөлөө)",
        "stop loss moved to entry",
    ),
    (r"позицийн" + _S + r"талыг" + _S + r"(?:хаана|хаалаа)", "close half position"),
    (r"(\d{1,2})" + _O + r"%" + _S + r"ашиг" + _S + r"(?:авна|авлаа)", r"book \1% profit"),
    (r"(?:сигнал|арилжаа)" + _S + r"(?:цуцлагдсан|цуцлав|цуцаллаа)", "trade cancelled"),
    # Slovak
    (r"vybilo" + _S + r"(?:nás" + _S + r")?na" + _S + r"stop(?:e|u)", "stop loss hit"),
    (
        _EN_STOP
        + _S
        + r"(?:presunutý|posunutý|presúvame|posúvame)"
        + _S
        + r"na"
        + _S
        + r"vstup(?:nú"
        + _S
        + r"cenu)?",
        "stop loss moved to entry",
    ),
    (
        r"(?:zatvárame|zatvorte|zatvoriť|uzatvárame)" + _S + r"polovicu(?:" + _S + r"pozície)?",
        "close half position",
    ),
    (r"vyberáme" + _S + r"(\d{1,2})" + _O + r"%(?:" + _S + r"zisku)?", r"book \1% profit"),
    (r"(?:signál|obchod)" + _S + r"(?:je" + _S + r")?zrušený", "trade cancelled"),
    # Latvian
    (r"mērķis" + _O + _N + _S + r"(?:ir" + _S + r")?sasniegts", r"target \1 hit"),
    (_EN_STOP + _S + r"nostrādāja", "stop loss hit"),
    (
        r"(?:pārceļam|pārcelts|pārceliet)"
        + _S
        + _EN_STOP
        + _S
        + r"uz"
        + _S
        + r"ieejas"
        + _S
        + r"cenu|"
        + _EN_STOP
        + _S
        + r"uz"
        + _S
        + r"ieeju",
        "stop loss moved to entry",
    ),
    (r"(?:aizveram|aizveriet)" + _S + r"pusi(?:" + _S + r"pozīcijas)?", "close half position"),
    (r"fiksējam" + _S + r"(\d{1,2})" + _O + r"%(?:" + _S + r"peļņas)?", r"book \1% profit"),
    (r"(?:signāls|darījums)" + _S + r"(?:ir" + _S + r")?atcelts", "trade cancelled"),
    # Lithuanian
    (r"išmušė" + _S + r"stop(?:ą|a)", "stop loss hit"),
    (
        r"(?:perkeliam|perkeliame|perkeltas)"
        + _S
        + _EN_STOP
        + _S
        + r"į"
        + _S
        + r"įėjimo"
        + _S
        + r"kainą|"
        + _EN_STOP
        + _S
        + r"į"
        + _S
        + r"įėjimą",
        "stop loss moved to entry",
    ),
    (r"(?:uždarome|uždarykite)" + _S + r"pusę(?:" + _S + r"pozicijos)?", "close half position"),
    (r"fiksuojame" + _S + r"(\d{1,2})" + _O + r"%(?:" + _S + r"pelno)?", r"book \1% profit"),
    (r"(?:signalas|sandoris)" + _S + r"(?:yra" + _S + r")?atšauktas", "trade cancelled"),
    # Albanian
    (r"objektivi" + _O + _N + _S + r"u" + _S + r"arrit", r"target \1 hit"),
    (_EN_STOP + _S + r"u" + _S + r"prek", "stop loss hit"),
    (
        r"(?:lëvizim|lëvizni|zhvendosim)"
        + _S
        + _EN_STOP
        + _S
        + r"në"
        + _S
        + r"hyrje|"
        + _EN_STOP
        + _S
        + r"në"
        + _S
        + r"çmimin"
        + _S
        + r"e"
        + _S
        + r"hyrjes",
        "stop loss moved to entry",
    ),
    (r"mbyllim" + _S + r"gjysmën(?:" + _S + r"e" + _S + r"pozicionit)?", "close half position"),
    (
        r"marrim" + _S + r"(\d{1,2})" + _O + r"%(?:" + _S + r"të" + _S + r"fitimit)?",
        r"book \1% profit",
    ),
    (r"(?:sinjali|tregtia)" + _S + r"u" + _S + r"anulua", "trade cancelled"),
    # Azerbaijani
    (r"hədəf" + _O + _N + _S + r"(?:vuruldu|alındı)", r"target \1 hit"),
    (_EN_STOP + _S + r"(?:işlədi|vuruldu)", "stop loss hit"),
    (
        r"stopu"
        + _S
        + r"giriş"
        + _S
        + r"qiymətinə"
        + _S
        + r"(?:çəkirik|çəkin|çəkdik)|"
        + _EN_STOP
        + _S
        + r"girişə",
        "stop loss moved to entry",
    ),
    (
        r"mövqenin" + _S + r"yarısını" + _S + r"(?:bağlayırıq|bağlayın|bağladıq)",
        "close half position",
    ),
    (
        r"mənfəətin" + _S + r"(\d{1,2})" + _O + r"%(?:-?[nd]i)?" + _S + r"(?:götürürük|götürün)",
        r"book \1% profit",
    ),
    (r"(?:siqnal|əməliyyat)" + _S + r"ləğv" + _S + r"(?:edildi|olundu)", "trade cancelled"),
)
# the script ranges: Gurmukhi, Tamil, Kannada, Malayalam, Sinhala, Myanmar, Khmer
_SCRIPT = re.compile("[\u0a00-\u0a7f\u0b80-\u0bff\u0c80-\u0dff\u1000-\u109f\u1780-\u17ff]")
# a stem each Latin-letter or Mongolian phrase holds (looked for in the lower-cased text)
_STEMS = (
    *("зорилт", "цохи", "идэгд", "рүү", "талыг", "ашиг", "цуцл"),
    *("vybilo", "presun", "posun", "presúv", "posúv", "polovic", "vyberá", "zrušen"),
    *("mērķis", "nostrād", "uz ieej", "pusi", "fiksēj", "atcelt"),
    *("išmuš", "įėjim", "pusę", "fiksuoj", "atšaukt"),
    *("objektivi", "u prek", "hyrje", "gjysm", "marrim", "anulua"),
    *("hədəf", "işlədi", "vuruldu", "girişə", "qiymət", "yarısın", "mənfəət", "ləğv"),
)
# "not" said beside the phrase on its line: Gurmukhi, Malayalam, Kannada, Tamil, Sinhala,
# Mongolian, Slovak, Latvian, Lithuanian, Albanian, Azerbaijani
_NOT_AFTER = (
    *("ਨਹੀਂ", "ਨਹੀ", "ില്ല", "ಇಲ್ಲ", "ಿಲ್ಲ", "இல்லை", "ில்லை", "ஆகல", "නැහැ", "නෑ", "нет"),
    *("биш", "үгүй", "гүй", " nie", " ne ", "vēl ne", "dar ne", "ende jo", "deyil", "yox"),
)
_NOT_BEFORE = ("nuk ", "ne ", "nie ", "не ", "nav ", "jo ", "hələ ")
# the longest text whose Latin-letter and Mongolian phrases are looked for: such an update is
# a short reply ("#1MBABYDOGEUSDT mənfəətin 50%-ni götürürük" is 43 characters); asking every
# longer message about some forty stems cost 2 % of the parse of an export
_AT_MOST = 64


def compiled_phrases(phrases: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str], list[int]]:
    """One pattern of every phrase (a named group each) and each phrase's first group's index."""
    pattern = re.compile(
        "|".join(f"(?P<p{i}>{phrase})" for i, (phrase, _) in enumerate(phrases)), re.I
    )
    offsets = [0]
    for phrase, _ in phrases:
        offsets.append(offsets[-1] + 1 + re.compile(phrase, re.I).groups)
    return pattern, offsets


_PHRASE, _GROUP_OFFSET = compiled_phrases(_PHRASES)
_MORE_PHRASE, _MORE_OFFSET = compiled_phrases(_MORE_PHRASES)


def _negated(m: re.Match[str]) -> bool:
    """Whether the phrase's line says "not" right after it or right before it."""
    text = m.string
    end = text.find("\n", m.end())
    after = text[m.end() : end if end >= 0 else len(text)][:24].lower()
    start = text.rfind("\n", 0, m.start()) + 1
    before = text[max(start, m.start() - 12) : m.start()].lower()
    return holds_any(after, _NOT_AFTER) or holds_any(before, _NOT_BEFORE)


def _writer(
    phrases: tuple[tuple[str, str], ...], offsets: list[int]
) -> Callable[[re.Match[str]], str]:
    def english(m: re.Match[str]) -> str:
        if _negated(m):
            return m.group(0)
        i = int((m.lastgroup or "p0")[1:])
        words = phrases[i][1]
        number = m.group(offsets[i] + 2) if "\\1" in words else None
        return words.replace("\\1", number or "")

    return english


_english = _writer(_PHRASES, _GROUP_OFFSET)
_more_english = _writer(_MORE_PHRASES, _MORE_OFFSET)


# the stems an all-ASCII text can hold ("zatvorte polovicu", "aizveriet pusi", "marrim 30%")
_ASCII_STEMS = tuple(stem for stem in _STEMS if stem.isascii())


def more_updates_in_english(text: str) -> str:
    """``text`` with each follow-up phrase of those languages written as its English one."""
    if len(text) <= _AT_MOST and holds_any(
        lower_case(text), _ASCII_STEMS if text.isascii() else _STEMS
    ):
        text = _MORE_PHRASE.sub(_more_english, text)
    if not text.isascii() and _SCRIPT.search(text) is not None:
        text = _PHRASE.sub(_english, text)
    return text
