"""Names, places, domains and the recipients hosted behind mx.example.net.
All organisations and people are invented."""
from .util import pick, rstr

# (native first names, native last names) each as (native, romanised)
NAMES = {
    "en": ([("James", "james"), ("Olivia", "olivia"), ("Daniel", "daniel"), ("Priya", "priya"), ("Megan", "megan"),
            ("Thomas", "thomas"), ("Aisha", "aisha"), ("Ryan", "ryan"), ("Hannah", "hannah"), ("Marcus", "marcus"),
            ("Chloe", "chloe"), ("Ben", "ben"), ("Laura", "laura"), ("Kevin", "kevin"), ("Sophie", "sophie"),
            ("Grace", "grace"), ("Tyler", "tyler"), ("Rachel", "rachel"), ("Owen", "owen"), ("Natalie", "natalie")],
           [("Whitaker", "whitaker"), ("Brennan", "brennan"), ("Okafor", "okafor"), ("Lindqvist", "lindqvist"),
            ("Harper", "harper"), ("Nguyen", "nguyen"), ("Fletcher", "fletcher"), ("Doyle", "doyle"),
            ("Carver", "carver"), ("Patel", "patel"), ("Ashworth", "ashworth"), ("Morales", "morales"),
            ("Kendrick", "kendrick"), ("Sullivan", "sullivan"), ("Pryce", "pryce"), ("Hollis", "hollis")]),
    "de": ([("Jürgen", "juergen"), ("Katrin", "katrin"), ("Stefan", "stefan"), ("Anja", "anja"), ("Lukas", "lukas"),
            ("Sabine", "sabine"), ("Matthias", "matthias"), ("Jana", "jana"), ("Tobias", "tobias"), ("Ute", "ute")],
           [("Brückner", "brueckner"), ("Hoffmann", "hoffmann"), ("Weißenborn", "weissenborn"), ("Krämer", "kraemer"),
            ("Schulte", "schulte"), ("Vogel", "vogel"), ("Lehmann", "lehmann"), ("Große", "grosse")]),
    "fr": ([("Amélie", "amelie"), ("Étienne", "etienne"), ("Céline", "celine"), ("Julien", "julien"),
            ("Hélène", "helene"), ("François", "francois"), ("Chloé", "chloe"), ("Mathieu", "mathieu")],
           [("Lefèvre", "lefevre"), ("Moreau", "moreau"), ("Rousseau", "rousseau"), ("Girard", "girard"),
            ("Bérenger", "berenger"), ("Fontaine", "fontaine"), ("Leclerc", "leclerc")]),
    "es": ([("Lucía", "lucia"), ("Javier", "javier"), ("Marta", "marta"), ("Andrés", "andres"),
            ("Pilar", "pilar"), ("Sergio", "sergio"), ("Inés", "ines"), ("Álvaro", "alvaro")],
           [("García", "garcia"), ("Muñoz", "munoz"), ("Ortega", "ortega"), ("Castillo", "castillo"),
            ("Ibáñez", "ibanez"), ("Serrano", "serrano"), ("Peña", "pena")]),
    "it": ([("Giulia", "giulia"), ("Marco", "marco"), ("Chiara", "chiara"), ("Davide", "davide"),
            ("Francesca", "francesca"), ("Niccolò", "niccolo"), ("Elena", "elena")],
           [("Bianchi", "bianchi"), ("Ferrari", "ferrari"), ("Esposito", "esposito"), ("Galli", "galli"),
            ("Romano", "romano"), ("De Luca", "deluca"), ("Conti", "conti")]),
    "pt": ([("João", "joao"), ("Beatriz", "beatriz"), ("Tiago", "tiago"), ("Mariana", "mariana"),
            ("Gonçalo", "goncalo"), ("Luísa", "luisa"), ("Rafael", "rafael")],
           [("Conceição", "conceicao"), ("Ferreira", "ferreira"), ("Gonçalves", "goncalves"), ("Almeida", "almeida"),
            ("Ribeiro", "ribeiro"), ("Araújo", "araujo"), ("Sousa", "sousa")]),
    "nl": ([("Sanne", "sanne"), ("Joost", "joost"), ("Femke", "femke"), ("Bram", "bram"), ("Lotte", "lotte"),
            ("Pieter", "pieter"), ("Eva", "eva")],
           [("de Vries", "devries"), ("Jansen", "jansen"), ("van Dijk", "vandijk"), ("Bakker", "bakker"),
            ("Visser", "visser"), ("Smit", "smit"), ("van den Berg", "vandenberg")]),
    "pl": ([("Katarzyna", "katarzyna"), ("Paweł", "pawel"), ("Agnieszka", "agnieszka"), ("Łukasz", "lukasz"),
            ("Magdalena", "magdalena"), ("Michał", "michal"), ("Zofia", "zofia")],
           [("Kowalczyk", "kowalczyk"), ("Wiśniewska", "wisniewska"), ("Zieliński", "zielinski"),
            ("Lewandowska", "lewandowska"), ("Wójcik", "wojcik"), ("Szymański", "szymanski")]),
    "ru": ([("Ирина", "irina"), ("Дмитрий", "dmitry"), ("Елена", "elena"), ("Алексей", "alexey"),
            ("Наталья", "natalia"), ("Сергей", "sergey"), ("Ольга", "olga"), ("Павел", "pavel")],
           [("Смирнова", "smirnova"), ("Кузнецов", "kuznetsov"), ("Волкова", "volkova"), ("Соколов", "sokolov"),
            ("Морозова", "morozova"), ("Лебедев", "lebedev"), ("Никитина", "nikitina")]),
    "el": ([("Γιώργος", "giorgos"), ("Μαρία", "maria"), ("Νίκος", "nikos"), ("Ελένη", "eleni"),
            ("Κώστας", "kostas"), ("Δήμητρα", "dimitra"), ("Σοφία", "sofia")],
           [("Παπαδόπουλος", "papadopoulos"), ("Γεωργίου", "georgiou"), ("Οικονόμου", "oikonomou"),
            ("Κωνσταντίνου", "konstantinou"), ("Μαυρίδης", "mavridis"), ("Αντωνίου", "antoniou")]),
    "ar": ([("أحمد", "ahmed"), ("فاطمة", "fatima"), ("خالد", "khaled"), ("ليلى", "laila"), ("يوسف", "youssef"),
            ("مريم", "mariam"), ("عمر", "omar")],
           [("الحسيني", "alhusseini"), ("منصور", "mansour"), ("العتيبي", "alotaibi"), ("حداد", "haddad"),
            ("الخطيب", "alkhatib"), ("سعيد", "saeed")]),
    "he": ([("נועה", "noa"), ("יוסי", "yossi"), ("מיכל", "michal"), ("איתי", "itai"), ("שירה", "shira"),
            ("אבי", "avi"), ("תמר", "tamar")],
           [("כהן", "cohen"), ("לוי", "levi"), ("מזרחי", "mizrahi"), ("פרידמן", "friedman"), ("אברהם", "avraham"),
            ("שפירא", "shapira")]),
    "zh": ([("伟", "wei"), ("芳", "fang"), ("磊", "lei"), ("静", "jing"), ("晓明", "xiaoming"), ("丽娜", "lina"),
            ("建华", "jianhua"), ("婷", "ting")],
           [("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"),
            ("黄", "huang")]),
    "ja": ([("健太", "kenta"), ("美咲", "misaki"), ("翔", "sho"), ("由美", "yumi"), ("大輔", "daisuke"),
            ("さくら", "sakura"), ("直樹", "naoki")],
           [("佐藤", "sato"), ("鈴木", "suzuki"), ("高橋", "takahashi"), ("田中", "tanaka"), ("渡辺", "watanabe"),
            ("伊藤", "ito"), ("中村", "nakamura")]),
    "ko": ([("민준", "minjun"), ("서연", "seoyeon"), ("지훈", "jihoon"), ("수빈", "subin"), ("현우", "hyunwoo"),
            ("지은", "jieun")],
           [("김", "kim"), ("이", "lee"), ("박", "park"), ("최", "choi"), ("정", "jung"), ("강", "kang")]),
    "hi": ([("राहुल", "rahul"), ("प्रिया", "priya"), ("अमित", "amit"), ("नेहा", "neha"), ("विकास", "vikas"),
            ("सुनीता", "sunita"), ("अर्जुन", "arjun")],
           [("शर्मा", "sharma"), ("वर्मा", "verma"), ("गुप्ता", "gupta"), ("सिंह", "singh"), ("मेहता", "mehta"),
            ("अग्रवाल", "agarwal")]),
    "th": ([("สมชาย", "somchai"), ("สุดารัตน์", "sudarat"), ("ธนากร", "thanakorn"), ("พิมพ์ชนก", "pimchanok"),
            ("วิชัย", "wichai"), ("กนกวรรณ", "kanokwan")],
           [("ศรีสุข", "srisuk"), ("วงศ์ใหญ่", "wongyai"), ("แก้วมณี", "kaewmanee"), ("บุญมา", "boonma"),
            ("สุขเจริญ", "sukcharoen")]),
    "tr": ([("Ayşe", "ayse"), ("Mehmet", "mehmet"), ("Elif", "elif"), ("Emre", "emre"), ("Zeynep", "zeynep"),
            ("Burak", "burak"), ("Gökhan", "gokhan")],
           [("Yılmaz", "yilmaz"), ("Kaya", "kaya"), ("Demir", "demir"), ("Şahin", "sahin"), ("Çelik", "celik"),
            ("Öztürk", "ozturk")]),
}

FAMILY_FIRST = {"zh", "ja", "ko"}

LANG_TZ = {
    "en": ["America/New_York", "Europe/London", "America/Chicago", "America/Los_Angeles", "Australia/Sydney",
           "America/Toronto", "Europe/Dublin", "Asia/Singapore"],
    "de": ["Europe/Berlin", "Europe/Vienna", "Europe/Zurich"],
    "fr": ["Europe/Paris", "Europe/Brussels"],
    "es": ["Europe/Madrid", "America/Mexico_City", "America/Bogota", "America/Argentina/Buenos_Aires"],
    "it": ["Europe/Rome"],
    "pt": ["Europe/Lisbon", "America/Sao_Paulo"],
    "nl": ["Europe/Amsterdam", "Europe/Brussels"],
    "pl": ["Europe/Warsaw"],
    "ru": ["Europe/Moscow"],
    "el": ["Europe/Athens"],
    "ar": ["Asia/Dubai", "Asia/Riyadh", "Africa/Cairo"],
    "he": ["Asia/Jerusalem"],
    "zh": ["Asia/Shanghai", "Asia/Taipei", "Asia/Hong_Kong"],
    "ja": ["Asia/Tokyo"],
    "ko": ["Asia/Seoul"],
    "hi": ["Asia/Kolkata"],
    "th": ["Asia/Bangkok"],
    "tr": ["Europe/Istanbul"],
}

LANG_TAG = {"en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES", "it": "it-IT", "pt": "pt-PT", "nl": "nl-NL",
            "pl": "pl-PL", "ru": "ru-RU", "el": "el-GR", "ar": "ar-SA", "he": "he-IL", "zh": "zh-CN", "ja": "ja-JP",
            "ko": "ko-KR", "hi": "hi-IN", "th": "th-TH", "tr": "tr-TR"}

# legacy charsets a real client of that locale would pick for text parts (besides UTF-8)
LEGACY_CHARSETS = {
    "de": ["iso-8859-1", "iso-8859-15", "windows-1252"],
    "fr": ["iso-8859-1", "iso-8859-15", "windows-1252"],
    "es": ["iso-8859-1", "windows-1252"],
    "it": ["iso-8859-1", "windows-1252"],
    "pt": ["iso-8859-1", "windows-1252"],
    "nl": ["iso-8859-1", "windows-1252"],
    "pl": ["iso-8859-2", "windows-1250"],
    "ru": ["koi8-r", "windows-1251"],
    "el": ["iso-8859-7", "windows-1253"],
    "ar": ["windows-1256", "iso-8859-6"],
    "he": ["windows-1255", "iso-8859-8"],
    "zh": ["gb2312", "gbk", "big5"],
    "ja": ["iso-2022-jp", "shift_jis"],
    "ko": ["euc-kr", "ks_c_5601-1987"],
    "hi": [],
    "th": ["tis-620", "windows-874"],
    "tr": ["iso-8859-9", "windows-1254"],
    "en": ["us-ascii", "iso-8859-1", "windows-1252"],
}

# recipient organisations hosted behind mx.example.net, by language
RCPT_DOMAINS = {
    "en": ["example.net", "example.org", "brightwell-partners.com", "harborview-clinic.org", "quillfeather.co.uk",
           "ridgeline-freight.com", "tallowmere.net", "oakhurst-academy.org", "sparrowgate.io", "fenwick-lowe.com.au",
           "example.com", "corvid-analytics.com"],
    "de": ["kessler-formenbau.de", "praxis-am-lindenplatz.de", "weinhaus-ortlieb.at", "brandt-steuer.de"],
    "fr": ["atelier-berenger.fr", "cabinet-moulin-avocats.fr", "mairie-saint-aubin-lac.fr"],
    "es": ["inmobiliaria-valsol.es", "grupo-arandela.com.mx", "clinica-santa-brigida.es"],
    "it": ["studio-galli-associati.it", "ceramiche-vallombrosa.it"],
    "pt": ["contabil-araujo.com.br", "quinta-do-ribeiral.pt"],
    "nl": ["bakker-installatietechniek.nl", "vandijk-advocaten.nl"],
    "pl": ["kowalczyk-transport.pl", "biuro-rachunkowe-zofia.pl"],
    "ru": ["sibtekhmontazh.ru", "volna-media.ru"],
    "el": ["iatreio-georgiou.gr", "aegean-shipbrokers.gr"],
    "ar": ["alnoor-trading.ae", "haddad-engineering.com.sa"],
    "he": ["galil-software.co.il", "cohen-levi-law.co.il"],
    "zh": ["huaxin-dianzi.cn", "jinhe-trading.com.tw", "yuanfeng-logistics.hk"],
    "ja": ["sakura-sekkei.co.jp", "tanaka-shoji.jp"],
    "ko": ["hanbit-edu.co.kr", "daehan-precision.kr"],
    "hi": ["shanti-pharma.co.in", "agarwal-textiles.in"],
    "th": ["siam-orchid-travel.co.th", "baan-suan-resort.com"],
    "tr": ["anadolu-tekstil.com.tr", "kaya-muhendislik.com.tr"],
}

FREEMAIL = {
    "en": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.com", "aol.com", "proton.me"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es"],
    "it": ["libero.it", "virgilio.it", "gmail.com"],
    "pt": ["sapo.pt", "gmail.com", "uol.com.br", "hotmail.com"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "gmail.com"],
    "ru": ["mail.ru", "yandex.ru", "rambler.ru", "gmail.com"],
    "el": ["otenet.gr", "yahoo.gr", "gmail.com"],
    "ar": ["gmail.com", "hotmail.com", "yahoo.com"],
    "he": ["walla.co.il", "gmail.com", "012.net.il"],
    "zh": ["qq.com", "163.com", "126.com", "sina.com"],
    "ja": ["yahoo.co.jp", "docomo.ne.jp", "gmail.com", "icloud.com"],
    "ko": ["naver.com", "daum.net", "gmail.com"],
    "hi": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
    "th": ["hotmail.com", "gmail.com", "yahoo.co.th"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr"],
}


def person(rng, lang, domain=None, style=None):
    firsts, lasts = NAMES[lang]
    f, fr = pick(rng, firsts)
    l, lr = pick(rng, lasts)
    if lang in FAMILY_FIRST:
        name = l + (" " if lang == "ko" and False else "") + f if lang != "ja" else l + " " + f
        if lang == "ko":
            name = l + f
        if lang == "zh":
            name = l + f
    else:
        name = f + " " + l
    style = style or rng.choice(["f.l", "fl", "f", "fl_init", "l.f", "f_l", "fl_num"])
    if style == "f.l":
        local = "%s.%s" % (fr, lr)
    elif style == "fl":
        local = fr + lr
    elif style == "f":
        local = fr
    elif style == "fl_init":
        local = fr[0] + lr
    elif style == "l.f":
        local = "%s.%s" % (lr, fr)
    elif style == "f_l":
        local = "%s_%s" % (fr, lr)
    else:
        local = "%s%s%d" % (fr, lr[:3], rng.randint(7, 99))
    return {"name": name, "addr": "%s@%s" % (local, domain) if domain else local, "first": f, "last": l,
            "local": local, "lang": lang}


def free_person(rng, lang, provider=None):
    dom = provider or pick(rng, FREEMAIL[lang])
    p = person(rng, lang, dom, style=rng.choice(["f.l", "fl", "fl_num", "f_l", "fl_num"]))
    return p


def rcpt(rng, lang):
    # recipients: mostly domains of their language, sometimes an English/international one
    if lang != "en" and rng.random() < 0.15:
        dom = pick(rng, RCPT_DOMAINS["en"])
    else:
        dom = pick(rng, RCPT_DOMAINS[lang])
    return person(rng, lang, dom, style=rng.choice(["f.l", "f", "fl_init", "f.l", "f"]))


def harvested_list(rng, n, langs=None):
    """Unrelated attendees of a mass invitation (harvested addresses)."""
    out = []
    seen = set()
    doms = []
    for l, ds in RCPT_DOMAINS.items():
        doms += ds
    for l, ds in FREEMAIL.items():
        doms += ds
    while len(out) < n:
        lang = rng.choice(langs or list(NAMES))
        p = person(rng, lang, pick(rng, doms), style=rng.choice(["f.l", "fl", "f", "fl_init", "fl_num"]))
        if rng.random() < 0.2:
            p["addr"] = "%s%s@%s" % (rstr(rng, rng.randint(3, 6), "abcdefghijklmnopqrstuvwxyz"),
                                     rng.randint(1, 999), p["addr"].split("@")[1])
        if p["addr"] in seen:
            continue
        seen.add(p["addr"])
        out.append(p)
    return out


def colleagues(rng, lang, domain, n):
    out, seen = [], set()
    while len(out) < n:
        p = person(rng, lang if rng.random() < 0.8 else "en", domain, style="f.l")
        if p["addr"] in seen:
            continue
        seen.add(p["addr"])
        out.append(p)
    return out
