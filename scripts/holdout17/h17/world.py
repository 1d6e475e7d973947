# -*- coding: utf-8 -*-
"""People, places, domains, charsets and client boilerplate per language."""

LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "el", "ar", "he",
         "zh", "ja", "ko", "hi", "th"]

LANG_NAME = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "pl": "Polish", "ru": "Russian", "el": "Greek",
    "ar": "Arabic", "he": "Hebrew", "zh": "Chinese", "ja": "Japanese", "ko": "Korean",
    "hi": "Hindi", "th": "Thai",
}

LOCALE = {
    "en": ["en-US", "en-GB", "en-US", "en-AU", "en-IN"], "de": ["de-DE", "de-AT", "de-CH"],
    "fr": ["fr-FR", "fr-BE", "fr-CA"], "es": ["es-ES", "es-MX"], "it": ["it-IT"],
    "pt": ["pt-BR", "pt-PT"], "nl": ["nl-NL", "nl-BE"], "pl": ["pl-PL"], "ru": ["ru-RU"],
    "el": ["el-GR"], "ar": ["ar-SA", "ar-EG", "ar-AE"], "he": ["he-IL"],
    "zh": ["zh-CN", "zh-TW"], "ja": ["ja-JP"], "ko": ["ko-KR"], "hi": ["hi-IN"], "th": ["th-TH"],
}

TZS = {
    "en": ["America/New_York", "Europe/London", "America/Chicago", "America/Los_Angeles",
           "Europe/London", "America/New_York", "Australia/Sydney", "America/Denver", "America/Toronto"],
    "de": ["Europe/Berlin", "Europe/Berlin", "Europe/Vienna", "Europe/Zurich"],
    "fr": ["Europe/Paris", "Europe/Paris", "Europe/Brussels"],
    "es": ["Europe/Madrid", "Europe/Madrid", "America/Mexico_City"],
    "it": ["Europe/Rome"], "pt": ["America/Sao_Paulo", "Europe/Lisbon"],
    "nl": ["Europe/Amsterdam", "Europe/Brussels"], "pl": ["Europe/Warsaw"],
    "ru": ["Europe/Moscow"], "el": ["Europe/Athens", "Asia/Nicosia"],
    "ar": ["Asia/Riyadh", "Asia/Dubai", "Africa/Cairo"], "he": ["Asia/Jerusalem"],
    "zh": ["Asia/Shanghai", "Asia/Shanghai", "Asia/Hong_Kong"],
    "ja": ["Asia/Tokyo"], "ko": ["Asia/Seoul"], "hi": ["Asia/Kolkata"], "th": ["Asia/Bangkok"],
}

# charsets used for *text* parts by legacy-minded clients / tools, per language
CHARSETS = {
    "en": ["us-ascii", "iso-8859-1", "windows-1252"],
    "de": ["iso-8859-1", "iso-8859-15", "windows-1252"],
    "fr": ["iso-8859-15", "windows-1252", "iso-8859-1"],
    "es": ["iso-8859-1", "windows-1252"], "it": ["iso-8859-1", "windows-1252"],
    "pt": ["iso-8859-1", "windows-1252"], "nl": ["iso-8859-1", "windows-1252"],
    "pl": ["iso-8859-2", "windows-1250"], "ru": ["koi8-r", "windows-1251"],
    "el": ["iso-8859-7", "windows-1253"], "ar": ["windows-1256", "iso-8859-6"],
    "he": ["windows-1255", "iso-8859-8"], "zh": ["gb2312", "gbk", "gb18030"],
    "zh-TW": ["big5"], "ja": ["iso-2022-jp", "shift_jis"], "ko": ["euc-kr", "ks_c_5601-1987"],
    "hi": ["utf-8"], "th": ["tis-620", "windows-874"],
}

# (native, latin) first names and last names
NAMES = {
    "en": (["James", "Mary", "Robert", "Linda", "Michael", "Sarah", "David", "Emily", "Daniel", "Olivia",
            "Thomas", "Rachel", "Kevin", "Laura", "Brian", "Megan", "Priya", "Marcus", "Hannah", "Owen",
            "Chloe", "Nathan", "Grace", "Ian", "Fiona", "Derek", "Alison", "Tyler", "Joanne", "Samir"],
           ["Smith", "Johnson", "Walker", "Harris", "Clarke", "Bennett", "Turner", "Collins", "Murphy", "Hughes",
            "Patel", "Reed", "Foster", "Coleman", "Brooks", "Hayes", "Ward", "Fleming", "Doyle", "Price",
            "Sullivan", "Barnes", "Kaur", "Nguyen", "Ellis", "Grant"]),
    "de": (["Jonas", "Anna", "Lukas", "Katrin", "Stefan", "Julia", "Matthias", "Sabine", "Felix", "Lena",
            "Tobias", "Miriam", "Jürgen", "Ute", "Maximilian", "Birgit", "Florian", "Sophie"],
           ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Wagner", "Becker", "Hoffmann", "Schäfer",
            "Koch", "Richter", "Klein", "Wolf", "Neumann", "Schröder", "Krüger", "Zimmermann", "Hartmann"]),
    "fr": (["Camille", "Julien", "Léa", "Nicolas", "Chloé", "Thomas", "Manon", "Antoine", "Élodie", "Mathieu",
            "Sophie", "Hugo", "Inès", "François", "Aurélie", "Benoît"],
           ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
            "Simon", "Laurent", "Lefèvre", "Michel", "Garnier", "Faure"]),
    "es": (["Lucía", "Javier", "María", "Alejandro", "Carmen", "Pablo", "Sofía", "Diego", "Elena", "Sergio",
            "Marta", "Andrés", "Paula", "Raúl", "Isabel", "Jorge"],
           ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez",
            "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Navarro"]),
    "it": (["Giulia", "Marco", "Francesca", "Alessandro", "Chiara", "Luca", "Sara", "Matteo", "Elena", "Davide",
            "Federica", "Stefano", "Valentina", "Giorgio"],
           ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
            "Bruno", "Gallo", "Conti", "De Luca"]),
    "pt": (["João", "Ana", "Pedro", "Mariana", "Lucas", "Beatriz", "Rafael", "Camila", "Tiago", "Fernanda",
            "Gustavo", "Juliana", "Rodrigo", "Inês"],
           ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Rodrigues", "Almeida", "Nascimento",
            "Lima", "Araújo", "Ferreira", "Carvalho", "Gomes"]),
    "nl": (["Daan", "Sanne", "Bram", "Lotte", "Jeroen", "Eva", "Thijs", "Femke", "Ruben", "Anouk", "Wouter",
            "Marieke", "Joost", "Ilse"],
           ["de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
            "Mulder", "Bos", "Vos", "Peters", "Hendriks"]),
    "pl": (["Piotr", "Anna", "Krzysztof", "Katarzyna", "Tomasz", "Magdalena", "Paweł", "Agnieszka", "Michał",
            "Joanna", "Łukasz", "Małgorzata", "Marcin", "Ewa"],
           ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński",
            "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Mazur", "Krawczyk"]),
    "ru": ([("Алексей", "Aleksey"), ("Ольга", "Olga"), ("Дмитрий", "Dmitry"), ("Елена", "Elena"),
            ("Сергей", "Sergey"), ("Наталья", "Natalia"), ("Андрей", "Andrey"), ("Татьяна", "Tatiana"),
            ("Игорь", "Igor"), ("Мария", "Maria"), ("Павел", "Pavel"), ("Анна", "Anna"),
            ("Михаил", "Mikhail"), ("Ирина", "Irina")],
           [("Иванов", "Ivanov"), ("Смирнов", "Smirnov"), ("Кузнецов", "Kuznetsov"), ("Попов", "Popov"),
            ("Соколов", "Sokolov"), ("Лебедев", "Lebedev"), ("Козлов", "Kozlov"), ("Новиков", "Novikov"),
            ("Морозов", "Morozov"), ("Волков", "Volkov"), ("Фёдоров", "Fedorov"), ("Орлов", "Orlov")]),
    "el": ([("Γιώργος", "Giorgos"), ("Μαρία", "Maria"), ("Νίκος", "Nikos"), ("Ελένη", "Eleni"),
            ("Δημήτρης", "Dimitris"), ("Κατερίνα", "Katerina"), ("Κώστας", "Kostas"), ("Σοφία", "Sofia"),
            ("Γιάννης", "Giannis"), ("Αγγελική", "Angeliki"), ("Παναγιώτης", "Panagiotis"), ("Δέσποινα", "Despoina")],
           [("Παπαδόπουλος", "Papadopoulos"), ("Γεωργίου", "Georgiou"), ("Οικονόμου", "Oikonomou"),
            ("Νικολάου", "Nikolaou"), ("Παπαδάκης", "Papadakis"), ("Βασιλείου", "Vasileiou"),
            ("Αθανασίου", "Athanasiou"), ("Μακρής", "Makris"), ("Κωνσταντίνου", "Konstantinou"),
            ("Ιωάννου", "Ioannou")]),
    "ar": ([("محمد", "mohammed"), ("فاطمة", "fatima"), ("أحمد", "ahmed"), ("نور", "nour"), ("خالد", "khaled"),
            ("مريم", "mariam"), ("يوسف", "youssef"), ("سارة", "sara"), ("عمر", "omar"), ("ليلى", "layla"),
            ("حسن", "hassan"), ("هدى", "huda")],
           [("العتيبي", "alotaibi"), ("حداد", "haddad"), ("المصري", "elmasry"), ("الشمري", "alshammari"),
            ("الخطيب", "alkhatib"), ("منصور", "mansour"), ("العلي", "alali"), ("سعيد", "saeed"),
            ("الحربي", "alharbi"), ("النجار", "alnajjar")]),
    "he": ([("נועה", "noa"), ("יונתן", "yonatan"), ("מיכל", "michal"), ("איתי", "itay"), ("שירה", "shira"),
            ("אורי", "ori"), ("תמר", "tamar"), ("דניאל", "daniel"), ("יעל", "yael"), ("אבי", "avi"),
            ("רונית", "ronit"), ("גיל", "gil")],
           [("כהן", "cohen"), ("לוי", "levi"), ("מזרחי", "mizrahi"), ("פרץ", "peretz"), ("ביטון", "biton"),
            ("אברהם", "avraham"), ("פרידמן", "friedman"), ("שפירא", "shapira"), ("גולן", "golan"),
            ("אזולאי", "azulay")]),
    "zh": ([("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("磊", "lei"),
            ("洋", "yang"), ("婷", "ting"), ("强", "qiang"), ("杰", "jie"), ("晓燕", "xiaoyan"), ("志明", "zhiming")],
           [("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"),
            ("黄", "huang"), ("赵", "zhao"), ("周", "zhou"), ("吴", "wu"), ("林", "lin"), ("郑", "zheng")]),
    "ja": ([("太郎", "taro"), ("花子", "hanako"), ("健一", "kenichi"), ("美咲", "misaki"), ("大輔", "daisuke"),
            ("由美", "yumi"), ("翔", "sho"), ("陽子", "yoko"), ("誠", "makoto"), ("直子", "naoko"),
            ("拓也", "takuya"), ("恵", "megumi")],
           [("佐藤", "sato"), ("鈴木", "suzuki"), ("高橋", "takahashi"), ("田中", "tanaka"), ("伊藤", "ito"),
            ("渡辺", "watanabe"), ("山本", "yamamoto"), ("中村", "nakamura"), ("小林", "kobayashi"),
            ("加藤", "kato"), ("吉田", "yoshida"), ("山口", "yamaguchi")]),
    "ko": ([("민준", "minjun"), ("서연", "seoyeon"), ("지훈", "jihoon"), ("수빈", "subin"), ("현우", "hyunwoo"),
            ("지은", "jieun"), ("도윤", "doyun"), ("하은", "haeun"), ("성민", "sungmin"), ("유진", "yujin")],
           [("김", "kim"), ("이", "lee"), ("박", "park"), ("최", "choi"), ("정", "jung"), ("강", "kang"),
            ("조", "cho"), ("윤", "yoon"), ("장", "jang"), ("임", "lim")]),
    "hi": ([("राहुल", "rahul"), ("प्रिया", "priya"), ("अमित", "amit"), ("नेहा", "neha"), ("विकास", "vikas"),
            ("पूजा", "pooja"), ("संजय", "sanjay"), ("अंजलि", "anjali"), ("रोहित", "rohit"), ("कविता", "kavita"),
            ("अर्जुन", "arjun"), ("सुनीता", "sunita")],
           [("शर्मा", "sharma"), ("वर्मा", "verma"), ("गुप्ता", "gupta"), ("सिंह", "singh"), ("कुमार", "kumar"),
            ("जोशी", "joshi"), ("मिश्रा", "mishra"), ("अग्रवाल", "agarwal"), ("यादव", "yadav"), ("चौहान", "chauhan")]),
    "th": ([("สมชาย", "somchai"), ("สุดารัตน์", "sudarat"), ("ณัฐพล", "nattapon"), ("พิมพ์ชนก", "pimchanok"),
            ("ธนากร", "thanakorn"), ("กมลวรรณ", "kamonwan"), ("อนุชา", "anucha"), ("ปิยะนุช", "piyanuch"),
            ("วีรยุทธ", "weerayut"), ("จิราพร", "jiraporn")],
           [("ศรีสุข", "srisuk"), ("วงศ์ใหญ่", "wongyai"), ("แก้วมณี", "kaewmanee"), ("ทองดี", "thongdee"),
            ("บุญมา", "boonma"), ("สุวรรณ", "suwan"), ("จันทร์เพ็ญ", "janpen"), ("รัตนพันธ์", "rattanapan")]),
}

# name order: family name first
FAMILY_FIRST = {"zh", "ja", "ko"}

_TRANS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "ê": "e", "ë": "e",
                        "à": "a", "â": "a", "á": "a", "ã": "a", "ç": "c", "í": "i", "ì": "i", "î": "i",
                        "ï": "i", "ó": "o", "ò": "o", "ô": "o", "õ": "o", "ú": "u", "ù": "u", "û": "u",
                        "ñ": "n", "ł": "l", "ś": "s", "ą": "a", "ę": "e", "ć": "c", "ń": "n", "ż": "z",
                        "ź": "z", "É": "E", "Ł": "L", "Ś": "S", "Ż": "Z", "Ö": "Oe", "Ü": "Ue", "Ä": "Ae",
                        " ": "", "'": ""})


def latin(s):
    return s.translate(_TRANS).lower()


def person(rng, lang):
    """Return (display name, latin first, latin last)."""
    firsts, lasts = NAMES[lang]
    f = rng.choice(firsts)
    l = rng.choice(lasts)
    if isinstance(f, tuple):
        fn, fl = f
        ln, ll = l
    else:
        fn, fl, ln, ll = f, latin(f), l, latin(l)
    if lang in FAMILY_FIRST:
        disp = ln + fn if lang in ("zh", "ja") else ln + fn
        if lang == "ja" and rng.random() < 0.5:
            disp = ln + " " + fn
    else:
        disp = fn + " " + ln
    return disp, fl.lower(), ll.lower()


def localpart(rng, fl, ll, style=None):
    style = style or rng.choice(["f.l", "fl", "f_l", "f", "fl99", "l.f", "finit_l", "f.l"])
    if style == "f.l":
        return "%s.%s" % (fl, ll)
    if style == "fl":
        return fl + ll
    if style == "f_l":
        return "%s_%s" % (fl, ll)
    if style == "f":
        return fl
    if style == "fl99":
        return "%s%s%d" % (fl, ll[:1], rng.randint(7, 99))
    if style == "l.f":
        return "%s.%s" % (ll, fl)
    return fl[0] + ll


# ---------------------------------------------------------------- recipients
# domains hosted on mx.example.net: (domain, organisation display name, lang)
RCPT_DOMAINS = [
    ("example.net", None, "en"), ("example.org", None, "en"), ("example.com", None, "en"),
    ("harbourview-logistics.example", "Harbourview Logistics", "en"),
    ("mapleridge-dental.example", "Maple Ridge Dental", "en"),
    ("oakfield.ac.example", "Oakfield College", "en"),
    ("brightwater-eng.example", "Brightwater Engineering Ltd", "en"),
    ("thecallaghans.example", None, "en"), ("northgate-legal.example", "Northgate Legal LLP", "en"),
    ("summit-analytics.example", "Summit Analytics Inc.", "en"), ("corvid-games.example", "Corvid Games", "en"),
    ("mail.example.net", None, "en"),
    ("stadtwerke-lindau.example", "Stadtwerke Lindau", "de"), ("mueller-haustechnik.example", "Müller Haustechnik GmbH", "de"),
    ("kanzlei-voss.example", "Kanzlei Voss & Partner", "de"),
    ("atelier-moreau.example", "Atelier Moreau", "fr"), ("mairie-saint-aubin.example", "Mairie de Saint-Aubin", "fr"),
    ("grupo-albar.example", "Grupo Albar", "es"), ("clinica-sol.example", "Clínica del Sol", "es"),
    ("studio-ferri.example", "Studio Ferri", "it"), ("ferramenta-conti.example", "Ferramenta Conti", "it"),
    ("construtora-lima.example", "Construtora Lima", "pt"), ("escola-aurora.example", "Escola Aurora", "pt"),
    ("dijkstra-installatie.example", "Dijkstra Installatietechniek", "nl"), ("gemeente-veldhoven.example", "Gemeente Veldhoven", "nl"),
    ("biuro-nowak.example", "Biuro Rachunkowe Nowak", "pl"), ("polmet-serwis.example", "Polmet Serwis", "pl"),
    ("volga-trade.example", "Волга Трейд", "ru"), ("severstroy.example", "Северстрой", "ru"),
    ("aegean-shipping.example", "Aegean Shipping", "el"), ("frontistirio-nous.example", "Φροντιστήριο Νους", "el"),
    ("alnoor-trading.example", "Al Noor Trading", "ar"), ("gulfmed.example", "GulfMed Clinics", "ar"),
    ("galil-tech.example", "Galil Tech", "he"), ("moshav-ramot.example", None, "he"),
    ("huaxin-elec.example", "华信电子", "zh"), ("taipei-design.example", "北辰設計", "zh"),
    ("sakura-kogyo.example", "さくら工業", "ja"), ("minato-clinic.example", "みなとクリニック", "ja"),
    ("hanbit-soft.example", "한빛소프트", "ko"), ("seoul-edu.example", "서울교육연구소", "ko"),
    ("saraswati-exports.example", "Saraswati Exports", "hi"), ("pune-infra.example", "Pune Infra Pvt Ltd", "hi"),
    ("siam-agro.example", "Siam Agro", "th"), ("chiangmai-resort.example", "Chiang Mai Riverside Resort", "th"),
]

# ---------------------------------------------------------------- free mail
# domain: (smtp host for submission / mx-facing, dkim selector, dmarc policy tuple or None)
FREEMAIL = {
    "gmail.com": ("mail-sor-f41.google.com", "20230601", ("NONE", "QUARANTINE")),
    "googlemail.com": ("mail-sor-f41.google.com", "20230601", ("NONE", "QUARANTINE")),
    "outlook.com": ("outbound.protection.outlook.com", "selector1", ("NONE", "QUARANTINE")),
    "hotmail.com": ("outbound.protection.outlook.com", "selector1", ("NONE", "NONE")),
    "hotmail.fr": ("outbound.protection.outlook.com", "selector1", ("NONE", "NONE")),
    "live.com": ("outbound.protection.outlook.com", "selector1", ("NONE", "NONE")),
    "yahoo.com": ("sonic.gate.mail.ne1.yahoo.com", "s2048", ("REJECT", "REJECT")),
    "yahoo.co.jp": ("mail.yahoo.co.jp", "yj20110701", ("NONE", "NONE")),
    "yahoo.fr": ("sonic.gate.mail.ir2.yahoo.com", "s2048", ("REJECT", "REJECT")),
    "icloud.com": ("mail-relay.icloud.com", "1a1hai", ("QUARANTINE", "QUARANTINE")),
    "me.com": ("mail-relay.icloud.com", "1a1hai", ("QUARANTINE", "QUARANTINE")),
    "gmx.de": ("mout.gmx.net", "s29768273", ("NONE", "NONE")),
    "gmx.net": ("mout.gmx.net", "s29768273", ("NONE", "NONE")),
    "web.de": ("mout.web.de", "s29768273", ("QUARANTINE", "QUARANTINE")),
    "t-online.de": ("mailout.t-online.de", None, None),
    "posteo.de": ("mout01.posteo.de", "2017", ("NONE", "NONE")),
    "orange.fr": ("smtp.smtpout.orange.fr", "t20230301", ("NONE", "NONE")),
    "free.fr": ("smtp1-g21.free.fr", "smtp-20201208", ("NONE", "NONE")),
    "laposte.net": ("smtp.laposte.net", "lpn-wlmd", ("NONE", "NONE")),
    "libero.it": ("smtp-31.iol.local", "s2021", ("NONE", "NONE")),
    "virgilio.it": ("smtp-17.iol.local", "s2021", ("NONE", "NONE")),
    "telefonica.net": ("smtp.telefonica.net", None, None),
    "terra.com.br": ("smtp.terra.com.br", "terra", ("NONE", "NONE")),
    "uol.com.br": ("smtp.uol.com.br", "uol", ("NONE", "NONE")),
    "ziggo.nl": ("smtp.ziggo.nl", "ziggo", ("NONE", "NONE")),
    "kpnmail.nl": ("smtp.kpnmail.nl", "kpnmail01", ("NONE", "NONE")),
    "wp.pl": ("smtp.wp.pl", "1024a", ("NONE", "NONE")),
    "o2.pl": ("smtp.o2.pl", "1024a", ("NONE", "NONE")),
    "interia.pl": ("poczta.interia.pl", "biztos", ("NONE", "NONE")),
    "mail.ru": ("smtp33.i.mail.ru", "mail4", ("REJECT", "REJECT")),
    "yandex.ru": ("forward501a.mail.yandex.net", "mail", ("NONE", "NONE")),
    "rambler.ru": ("mcgw.rambler.ru", "mail", ("NONE", "NONE")),
    "otenet.gr": ("mailout.otenet.gr", None, None),
    "walla.co.il": ("mx.walla.co.il", "walla", ("NONE", "NONE")),
    "naver.com": ("cvsmtppost.naver.com", "s20171208", ("NONE", "NONE")),
    "daum.net": ("smtp.daum.net", "s1", ("NONE", "NONE")),
    "qq.com": ("out162-62-57.mail.qq.com", "s201512", ("QUARANTINE", "QUARANTINE")),
    "163.com": ("m16.mail.163.com", "s110527", ("NONE", "NONE")),
    "126.com": ("m15.mail.126.com", "s110527", ("NONE", "NONE")),
    "docomo.ne.jp": ("mail.docomo.ne.jp", "dcm", ("NONE", "NONE")),
    "rediffmail.com": ("smtp.rediffmail.com", "rediffmail", ("NONE", "NONE")),
    "hotmail.co.th": ("outbound.protection.outlook.com", "selector1", ("NONE", "NONE")),
    "aol.com": ("sonic.gate.mail.ne1.aol.com", "a2048", ("REJECT", "REJECT")),
    "proton.me": ("mail-4322.protonmail.ch", "protonmail3", ("QUARANTINE", "QUARANTINE")),
    "seznam.cz": ("mxf2.seznam.cz", "szn20221014", ("NONE", "NONE")),
}

# free mail domains a Thunderbird / Apple Mail user typically has, per language
LOCAL_FREEMAIL = {
    "en": ["gmail.com", "outlook.com", "aol.com", "proton.me", "hotmail.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmx.net"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "hotmail.fr"],
    "es": ["gmail.com", "telefonica.net", "hotmail.com"],
    "it": ["libero.it", "virgilio.it", "gmail.com"],
    "pt": ["terra.com.br", "uol.com.br", "gmail.com"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com"],
    "pl": ["wp.pl", "o2.pl", "interia.pl"],
    "ru": ["mail.ru", "yandex.ru", "rambler.ru"],
    "el": ["otenet.gr", "gmail.com", "yahoo.com"],
    "ar": ["gmail.com", "hotmail.com", "yahoo.com"],
    "he": ["walla.co.il", "gmail.com"],
    "zh": ["qq.com", "163.com", "126.com"],
    "ja": ["docomo.ne.jp", "yahoo.co.jp", "gmail.com"],
    "ko": ["naver.com", "daum.net"],
    "hi": ["rediffmail.com", "gmail.com"],
    "th": ["hotmail.co.th", "gmail.com"],
}

YAHOO_DOMAIN = {"ja": "yahoo.co.jp", "fr": "yahoo.fr"}

# ---------------------------------------------------------------- orgs
# generic organisation stems per language (used for ham senders and for
# compromised / look-alike spam senders alike)
ORG_STEMS = {
    "en": ["Redwood Partners", "Bluefin Supply Co", "Kestrel Software", "Lakeside Property Group", "Ironbridge Capital",
           "Pinecrest Medical", "Northstar Freight", "Harlow & Finch", "Crescent Events", "Tidewater Insurance",
           "Granite Peak Consulting", "Silverline Printing", "Meadowbrook Academy", "Cobalt Data Systems",
           "Fairhaven Hospice", "Westmoor Accountants"],
    "de": ["Brenner Logistik", "Hausverwaltung Krämer", "Steuerbüro Albrecht", "Elektro Vogel", "Grünwald Consulting",
           "Autohaus Seidel", "Druckerei Lange", "Ingenieurbüro Haas"],
    "fr": ["Transports Gauthier", "Cabinet Rousseau", "Boulangerie Lemaire", "Agence Horizon", "Groupe Valmont"],
    "es": ["Distribuciones Ortega", "Asesoría Medina", "Talleres Vidal", "Inmobiliaria Costa Azul"],
    "it": ["Studio Associato Greco", "Tipografia Leone", "Autotrasporti Bassi", "Officina Mancini"],
    "pt": ["Contabilidade Ribeiro", "Transportadora Andrade", "Clínica Vida", "Imobiliária Horizonte"],
    "nl": ["Van Dijk Transport", "Accountantskantoor Mulder", "Bouwbedrijf Kramer", "Stichting De Linde"],
    "pl": ["Transbud Sp. z o.o.", "Kancelaria Zawadzki", "Hurtownia Pomorska", "Drukarnia Nowa"],
    "ru": ["ООО Альфа-Снаб", "ТехноСервис", "ООО Северный Путь", "Гранд Логистик"],
    "el": ["Ναυτιλιακή Αιγαίου", "Λογιστικό Γραφείο Παππά", "Ξενοδοχείο Ακρογιάλι"],
    "ar": ["مؤسسة الريادة", "شركة الأفق للتجارة", "مجموعة النخبة"],
    "he": ["גל מערכות", "אופק הנדסה", "שחר לוגיסטיקה"],
    "zh": ["鼎盛贸易有限公司", "华美科技", "远航物流"],
    "ja": ["山田商事株式会社", "ひかり物流", "東和システム"],
    "ko": ["대한물산", "미래테크", "한결회계법인"],
    "hi": ["Shree Ganesh Traders", "Om Logistics", "Vedanta Consultancy"],
    "th": ["บริษัท สยามเทรด จำกัด", "ไทยโลจิสติกส์", "กรุงเทพการบัญชี"],
}

ORG_DOMAINS = {
    "en": ["redwood-partners.example", "bluefinsupply.example", "kestrelsoft.example", "lakeside-pg.example",
           "ironbridgecap.example", "pinecrest-med.example", "northstarfreight.example", "harlowfinch.example",
           "crescent-events.example", "tidewater-ins.example", "granitepeak.example", "silverlineprint.example",
           "meadowbrook.sch.example", "cobaltdata.example", "fairhaven-hospice.example", "westmoor-acc.example"],
    "de": ["brenner-logistik.example", "hv-kraemer.example", "stb-albrecht.example", "elektro-vogel.example",
           "gruenwald-consulting.example", "autohaus-seidel.example", "druckerei-lange.example", "ib-haas.example"],
    "fr": ["transports-gauthier.example", "cabinet-rousseau.example", "boulangerie-lemaire.example",
           "agence-horizon.example", "groupe-valmont.example"],
    "es": ["dortega.example", "asesoria-medina.example", "talleresvidal.example", "costa-azul-inmo.example"],
    "it": ["studiogreco.example", "tipografialeone.example", "bassi-trasporti.example", "officinamancini.example"],
    "pt": ["ribeiro-contab.example", "transandrade.example", "clinicavida.example", "horizonte-imob.example"],
    "nl": ["vandijk-transport.example", "mulder-accountants.example", "kramerbouw.example", "delinde.example"],
    "pl": ["transbud.example", "kancelaria-zawadzki.example", "hurtownia-pomorska.example", "drukarnia-nowa.example"],
    "ru": ["alfa-snab.example", "techservis.example", "sevput.example", "grandlogistic.example"],
    "el": ["aegean-nav.example", "pappas-logistiko.example", "akrogiali-hotel.example"],
    "ar": ["alriyada.example", "alofoq-trading.example", "elite-group.example"],
    "he": ["gal-systems.example", "ofek-eng.example", "shahar-log.example"],
    "zh": ["dingsheng-trade.example", "huamei-tech.example", "yuanhang-wl.example"],
    "ja": ["yamada-shoji.example", "hikari-butsuryu.example", "towa-sys.example"],
    "ko": ["daehan-mulsan.example", "mirae-tech.example", "hangyeol-cpa.example"],
    "hi": ["shreeganesh-traders.example", "omlogistics.example", "vedanta-consult.example"],
    "th": ["siamtrade.example", "thai-logistics.example", "bkk-accounting.example"],
}

# ---------------------------------------------------------------- money, phones
CURRENCY = {
    "en": ["$", "£", "$", "A$"], "de": ["€"], "fr": ["€"], "es": ["€"], "it": ["€"], "pt": ["R$", "€"],
    "nl": ["€"], "pl": ["zł"], "ru": ["₽"], "el": ["€"], "ar": ["ر.س", "AED", "ج.م"], "he": ["₪"],
    "zh": ["¥", "NT$"], "ja": ["円"], "ko": ["원"], "hi": ["₹"], "th": ["บาท"],
}


LOCALE_CUR = {"en-US": "$", "en-GB": "\u00a3", "en-AU": "A$", "en-IN": "\u20b9", "pt-BR": "R$", "pt-PT": "\u20ac",
              "zh-CN": "\u00a5", "zh-TW": "NT$", "ar-SA": "\u0631.\u0633", "ar-AE": "AED", "ar-EG": "\u062c.\u0645",
              "fr-CA": "$", "es-MX": "$"}


def money(rng, lang, lo, hi, cents=True, locale=None):
    cur = LOCALE_CUR.get(locale) or rng.choice(CURRENCY[lang])
    v = rng.uniform(lo, hi)
    if lang in ("ja", "ko"):
        v = int(v * (150 if lang == "ja" else 1300))
        return "{:,}{}".format(v, cur)
    if lang in ("ru", "hi", "th"):
        v = int(v * {"ru": 90, "hi": 83, "th": 35}[lang])
        return ("{:,} {}".format(v, cur) if lang != "hi" else "{}{:,}".format(cur, v))
    if cents:
        s = "{:,.2f}".format(v)
    else:
        s = "{:,}".format(int(v))
    if lang in ("de", "es", "it", "pt", "nl", "el", "pl", "fr"):
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
        if lang == "fr":
            s = s.replace(".", "\u202f")
        return s + " " + cur
    if lang == "zh":
        return cur + s
    if lang == "ar":
        return s + " " + cur
    if lang == "he":
        return s + " " + cur
    return cur + s


def phone(rng, lang, tollfree=False):
    d = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))
    if lang == "en":
        k = rng.random()
        if tollfree or k < 0.5:
            return "+1 (%s) %s-%s" % (rng.choice(["888", "877", "866", "855", "844", "833"]), d(3), d(4))
        if k < 0.75:
            return "+1 (%s) 555-01%s" % (rng.choice(["212", "312", "415", "617", "206", "512"]), d(2))
        return "+44 20 7946 0%s" % d(3)
    fmt = {
        "de": lambda: "+49 %s %s %s" % (rng.choice(["30", "89", "40", "221", "69"]), d(4), d(3)),
        "fr": lambda: "+33 1 %s %s %s %s" % (d(2), d(2), d(2), d(2)),
        "es": lambda: "+34 91 %s %s %s" % (d(3), d(2), d(2)),
        "it": lambda: "+39 02 %s %s" % (d(4), d(4)),
        "pt": lambda: "+55 11 %s-%s" % (d(5), d(4)) if rng.random() < 0.6 else "+351 21 %s %s" % (d(3), d(4)),
        "nl": lambda: "+31 20 %s %s" % (d(3), d(4)),
        "pl": lambda: "+48 22 %s %s %s" % (d(3), d(2), d(2)),
        "ru": lambda: "+7 (495) %s-%s-%s" % (d(3), d(2), d(2)),
        "el": lambda: "+30 210 %s %s" % (d(3), d(4)),
        "ar": lambda: "+966 11 %s %s" % (d(3), d(4)) if rng.random() < 0.5 else "+971 4 %s %s" % (d(3), d(4)),
        "he": lambda: "+972 3-%s-%s" % (d(3), d(4)),
        "zh": lambda: "+86 10 %s %s" % (d(4), d(4)) if rng.random() < 0.7 else "+886 2 %s %s" % (d(4), d(4)),
        "ja": lambda: "03-%s-%s" % (d(4), d(4)),
        "ko": lambda: "02-%s-%s" % (d(4), d(4)),
        "hi": lambda: "+91 %s %s" % (d(5), d(5)),
        "th": lambda: "02-%s-%s" % (d(3), d(4)),
    }
    return fmt[lang]()


def mobile(rng, lang):
    d = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))
    return {
        "en": "+1 %s %s %s" % (rng.choice(["347", "646", "929", "213"]), d(3), d(4)),
        "de": "+49 15%s %s" % (d(1), d(7)), "fr": "+33 6 %s %s %s %s" % (d(2), d(2), d(2), d(2)),
        "es": "+34 6%s %s %s" % (d(2), d(3), d(3)), "it": "+39 3%s %s %s" % (d(2), d(3), d(4)),
        "pt": "+55 11 9%s-%s" % (d(4), d(4)), "nl": "+31 6 %s %s" % (d(4), d(4)),
        "pl": "+48 5%s %s %s" % (d(2), d(3), d(3)), "ru": "+7 9%s %s-%s-%s" % (d(2), d(3), d(2), d(2)),
        "el": "+30 69%s %s" % (d(2), d(6)), "ar": "+966 5%s %s %s" % (d(1), d(3), d(4)),
        "he": "+972 5%s-%s-%s" % (d(1), d(3), d(4)), "zh": "+86 13%s %s %s" % (d(1), d(4), d(4)),
        "ja": "090-%s-%s" % (d(4), d(4)), "ko": "010-%s-%s" % (d(4), d(4)),
        "hi": "+91 9%s %s" % (d(4), d(5)), "th": "08%s-%s-%s" % (d(1), d(3), d(4)),
    }[lang]


def iban(rng, country="DE"):
    lens = {"DE": 18, "FR": 23, "ES": 20, "IT": 23, "NL": 14, "PL": 24, "GB": 18, "PT": 21, "GR": 23,
            "BE": 12, "LT": 16, "IE": 18, "CY": 24}
    n = lens.get(country, 18)
    if country in ("NL", "GB", "IE"):
        bban = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + \
               "".join(str(rng.randint(0, 9)) for _ in range(n - 4))
    elif country == "IT":
        bban = rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
    else:
        bban = "".join(str(rng.randint(0, 9)) for _ in range(n))
    def num(s):
        return int("".join(str(int(c, 36)) for c in s))
    chk = 98 - num(bban + country + "00") % 97
    raw = "%s%02d%s" % (country, chk, bban)
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


# ---------------------------------------------------------------- client boilerplate
# keys: inv (invitation subject prefix), upd, cxl, acc, dec, ten, when, where, who, org,
#       join, more, yes, no, maybe, invited (fmt with name,title), desc, view, cal, courtesy
BP = {
    "en": dict(inv="Invitation", upd="Updated invitation", cxl="Canceled event", acc="Accepted", dec="Declined",
               ten="Tentatively Accepted", when="When", where="Where", who="Guests", org="organizer",
               join="Join", more="More options", yes="Yes", no="No", maybe="Maybe",
               invited="{name} has invited you to {title}", desc="Description", view="View event",
               cal="Calendar", courtesy="You are receiving this email because you are an attendee on the event.",
               reply="Reply for {email}", accept="Accept", decline="Decline", title="Title"),
    "de": dict(inv="Einladung", upd="Aktualisierte Einladung", cxl="Abgesagter Termin", acc="Angenommen",
               dec="Abgelehnt", ten="Mit Vorbehalt angenommen", when="Wann", where="Wo", who="Gäste",
               org="Organisator", join="Teilnehmen", more="Weitere Optionen", yes="Ja", no="Nein",
               maybe="Vielleicht", invited="{name} hat Sie zu {title} eingeladen", desc="Beschreibung",
               view="Termin ansehen", cal="Kalender",
               courtesy="Sie erhalten diese E-Mail, weil Sie Teilnehmer dieses Termins sind.",
               reply="Antworten für {email}", accept="Annehmen", decline="Ablehnen", title="Titel"),
    "fr": dict(inv="Invitation", upd="Invitation mise à jour", cxl="Événement annulé", acc="Accepté", dec="Refusé",
               ten="Provisoire", when="Quand", where="Où", who="Invités", org="organisateur", join="Participer",
               more="Plus d'options", yes="Oui", no="Non", maybe="Peut-être",
               invited="{name} vous a invité à {title}", desc="Description", view="Voir l'événement",
               cal="Agenda", courtesy="Vous recevez cet e-mail, car vous participez à l'événement.",
               reply="Répondre pour {email}", accept="Accepter", decline="Refuser", title="Titre"),
    "es": dict(inv="Invitación", upd="Invitación actualizada", cxl="Evento cancelado", acc="Aceptado",
               dec="Rechazado", ten="Aceptado provisionalmente", when="Cuándo", where="Dónde", who="Invitados",
               org="organizador", join="Unirse", more="Más opciones", yes="Sí", no="No", maybe="Quizás",
               invited="{name} te ha invitado a {title}", desc="Descripción", view="Ver evento",
               cal="Calendario", courtesy="Recibes este correo porque eres invitado del evento.",
               reply="Responder como {email}", accept="Aceptar", decline="Rechazar", title="Título"),
    "it": dict(inv="Invito", upd="Invito aggiornato", cxl="Evento annullato", acc="Accettato", dec="Rifiutato",
               ten="Accettato provvisoriamente", when="Quando", where="Dove", who="Invitati", org="organizzatore",
               join="Partecipa", more="Altre opzioni", yes="Sì", no="No", maybe="Forse",
               invited="{name} ti ha invitato a {title}", desc="Descrizione", view="Visualizza evento",
               cal="Calendario", courtesy="Ricevi questa email perché sei un invitato dell'evento.",
               reply="Rispondi per {email}", accept="Accetta", decline="Rifiuta", title="Titolo"),
    "pt": dict(inv="Convite", upd="Convite atualizado", cxl="Evento cancelado", acc="Aceito", dec="Recusado",
               ten="Aceito provisoriamente", when="Quando", where="Onde", who="Convidados", org="organizador",
               join="Participar", more="Mais opções", yes="Sim", no="Não", maybe="Talvez",
               invited="{name} convidou você para {title}", desc="Descrição", view="Ver evento",
               cal="Agenda", courtesy="Você está recebendo este e-mail porque é convidado do evento.",
               reply="Responder como {email}", accept="Aceitar", decline="Recusar", title="Título"),
    "nl": dict(inv="Uitnodiging", upd="Bijgewerkte uitnodiging", cxl="Geannuleerde afspraak", acc="Geaccepteerd",
               dec="Geweigerd", ten="Voorlopig geaccepteerd", when="Wanneer", where="Waar", who="Gasten",
               org="organisator", join="Deelnemen", more="Meer opties", yes="Ja", no="Nee", maybe="Misschien",
               invited="{name} heeft je uitgenodigd voor {title}", desc="Beschrijving", view="Afspraak bekijken",
               cal="Agenda", courtesy="Je ontvangt deze e-mail omdat je gast bent bij deze afspraak.",
               reply="Antwoorden voor {email}", accept="Accepteren", decline="Weigeren", title="Titel"),
    "pl": dict(inv="Zaproszenie", upd="Zaktualizowane zaproszenie", cxl="Odwołane wydarzenie", acc="Zaakceptowano",
               dec="Odrzucono", ten="Wstępnie zaakceptowano", when="Kiedy", where="Gdzie", who="Goście",
               org="organizator", join="Dołącz", more="Więcej opcji", yes="Tak", no="Nie", maybe="Może",
               invited="{name} zaprasza Cię na wydarzenie {title}", desc="Opis", view="Zobacz wydarzenie",
               cal="Kalendarz", courtesy="Otrzymujesz tę wiadomość, ponieważ jesteś gościem wydarzenia.",
               reply="Odpowiedz jako {email}", accept="Akceptuj", decline="Odrzuć", title="Tytuł"),
    "ru": dict(inv="Приглашение", upd="Обновленное приглашение", cxl="Мероприятие отменено", acc="Принято",
               dec="Отклонено", ten="Под вопросом", when="Когда", where="Где", who="Гости", org="организатор",
               join="Присоединиться", more="Другие варианты", yes="Да", no="Нет", maybe="Возможно",
               invited="{name} приглашает вас на мероприятие «{title}»", desc="Описание",
               view="Открыть мероприятие", cal="Календарь",
               courtesy="Вы получили это письмо, так как являетесь участником мероприятия.",
               reply="Ответить от имени {email}", accept="Принять", decline="Отклонить", title="Название"),
    "el": dict(inv="Πρόσκληση", upd="Ενημερωμένη πρόσκληση", cxl="Ακυρωμένη εκδήλωση", acc="Αποδεκτό",
               dec="Απορρίφθηκε", ten="Προσωρινά αποδεκτό", when="Πότε", where="Πού", who="Προσκεκλημένοι",
               org="διοργανωτής", join="Συμμετοχή", more="Περισσότερες επιλογές", yes="Ναι", no="Όχι",
               maybe="Ίσως", invited="Ο/Η {name} σας προσκάλεσε στην εκδήλωση {title}", desc="Περιγραφή",
               view="Προβολή εκδήλωσης", cal="Ημερολόγιο",
               courtesy="Λαμβάνετε αυτό το email επειδή είστε προσκεκλημένος στην εκδήλωση.",
               reply="Απάντηση για {email}", accept="Αποδοχή", decline="Απόρριψη", title="Τίτλος"),
    "ar": dict(inv="دعوة", upd="دعوة محدّثة", cxl="حدث ملغى", acc="تم القبول", dec="تم الرفض", ten="قبول مبدئي",
               when="متى", where="أين", who="الضيوف", org="المنظِّم", join="انضمام", more="المزيد من الخيارات",
               yes="نعم", no="لا", maybe="ربما", invited="دعاك {name} إلى {title}", desc="الوصف",
               view="عرض الحدث", cal="التقويم", courtesy="تتلقى هذه الرسالة لأنك مدعو إلى هذا الحدث.",
               reply="الرد باسم {email}", accept="قبول", decline="رفض", title="العنوان"),
    "he": dict(inv="הזמנה", upd="הזמנה מעודכנת", cxl="האירוע בוטל", acc="התקבל", dec="נדחה", ten="התקבל באופן זמני",
               when="מתי", where="איפה", who="אורחים", org="מארגן", join="הצטרפות", more="אפשרויות נוספות",
               yes="כן", no="לא", maybe="אולי", invited="{name} הזמין/ה אותך אל {title}", desc="תיאור",
               view="הצגת האירוע", cal="יומן", courtesy="קיבלת הודעה זו כי הוזמנת לאירוע.",
               reply="תשובה עבור {email}", accept="אישור", decline="דחייה", title="כותרת"),
    "zh": dict(inv="邀请", upd="更新后的邀请", cxl="已取消的活动", acc="已接受", dec="已拒绝", ten="暂定",
               when="时间", where="地点", who="邀请对象", org="组织者", join="加入", more="更多选项", yes="是",
               no="否", maybe="可能", invited="{name} 邀请您参加“{title}”", desc="说明", view="查看活动",
               cal="日历", courtesy="您收到此邮件是因为您是此活动的参与者。", reply="以 {email} 身份回复",
               accept="接受", decline="拒绝", title="标题"),
    "ja": dict(inv="招待", upd="更新された招待", cxl="キャンセルされた予定", acc="承諾", dec="辞退", ten="仮承諾",
               when="日時", where="場所", who="ゲスト", org="主催者", join="参加", more="その他のオプション",
               yes="はい", no="いいえ", maybe="未定", invited="{name} さんから「{title}」への招待が届いています",
               desc="説明", view="予定を表示", cal="カレンダー", courtesy="このメールは予定のゲストに送信されています。",
               reply="{email} として返信", accept="承諾", decline="辞退", title="タイトル"),
    "ko": dict(inv="초대", upd="업데이트된 초대", cxl="취소된 일정", acc="수락함", dec="거절함", ten="미정",
               when="일시", where="장소", who="참석자", org="주최자", join="참여하기", more="옵션 더보기",
               yes="예", no="아니요", maybe="미정", invited="{name}님이 '{title}' 일정에 초대했습니다", desc="설명",
               view="일정 보기", cal="캘린더", courtesy="이 일정의 참석자이므로 이 이메일을 받았습니다.",
               reply="{email}(으)로 답장", accept="수락", decline="거절", title="제목"),
    "hi": dict(inv="आमंत्रण", upd="अपडेट किया गया आमंत्रण", cxl="रद्द किया गया इवेंट", acc="स्वीकार किया",
               dec="अस्वीकार किया", ten="शायद", when="कब", where="कहाँ", who="मेहमान", org="आयोजक",
               join="शामिल हों", more="और विकल्प", yes="हाँ", no="नहीं", maybe="शायद",
               invited="{name} ने आपको {title} में आमंत्रित किया है", desc="विवरण", view="इवेंट देखें",
               cal="कैलेंडर", courtesy="आपको यह ईमेल इसलिए मिला है क्योंकि आप इस इवेंट के मेहमान हैं।",
               reply="{email} के रूप में जवाब दें", accept="स्वीकारें", decline="अस्वीकारें", title="शीर्षक"),
    "th": dict(inv="คำเชิญ", upd="คำเชิญที่อัปเดต", cxl="กิจกรรมที่ยกเลิก", acc="ตอบรับแล้ว", dec="ปฏิเสธแล้ว",
               ten="อาจจะ", when="เมื่อ", where="ที่ไหน", who="ผู้เข้าร่วม", org="ผู้จัด", join="เข้าร่วม",
               more="ตัวเลือกเพิ่มเติม", yes="ใช่", no="ไม่", maybe="อาจจะ",
               invited="{name} ได้เชิญคุณเข้าร่วม {title}", desc="รายละเอียด", view="ดูกิจกรรม",
               cal="ปฏิทิน", courtesy="คุณได้รับอีเมลนี้เนื่องจากคุณเป็นผู้เข้าร่วมกิจกรรม",
               reply="ตอบกลับในนาม {email}", accept="ยอมรับ", decline="ปฏิเสธ", title="ชื่อ"),
}

WEEKDAY_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTH_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _ampm(d):
    h = d.hour % 12 or 12
    s = "%d" % h if d.minute == 0 else "%d:%02d" % (h, d.minute)
    return s + ("am" if d.hour < 12 else "pm")


def when_text(lang, start, end, allday=False, tzlabel=""):
    """Date range as calendar clients print it."""
    if lang == "en":
        base = "%s %s %d, %d" % (WEEKDAY_EN[start.weekday()], MONTH_EN[start.month - 1], start.day, start.year)
        if allday:
            return base
        return "%s %s \u2013 %s%s" % (base, _ampm(start), _ampm(end), (" (%s)" % tzlabel) if tzlabel else "")
    if lang in ("zh", "ja"):
        base = "%d年%d月%d日" % (start.year, start.month, start.day)
    elif lang == "ko":
        base = "%d년 %d월 %d일" % (start.year, start.month, start.day)
    elif lang in ("de", "ru", "pl", "el", "nl"):
        base = "%02d.%02d.%d" % (start.day, start.month, start.year) if lang != "nl" else \
            "%d-%d-%d" % (start.day, start.month, start.year)
    else:
        base = "%02d/%02d/%d" % (start.day, start.month, start.year)
    if allday:
        return base
    return "%s %02d:%02d \u2013 %02d:%02d%s" % (base, start.hour, start.minute, end.hour, end.minute,
                                              (" (%s)" % tzlabel) if tzlabel else "")
