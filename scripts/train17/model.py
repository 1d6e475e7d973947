"""Message / event model, people and domains."""
import datetime as dt
from common import R, pick, chance, TZS, hexs, digits, alnum, uuid4, UTC

NAMES = {
    "en": (["James", "Emily", "Michael", "Sarah", "David", "Laura", "Chris", "Megan", "Daniel", "Rachel", "Tom",
            "Olivia", "Kevin", "Hannah", "Brian", "Jessica", "Mark", "Priya", "Aaron", "Grace", "Nathan", "Chloe",
            "Ryan", "Amanda", "Ethan", "Natalie", "Sam", "Karen", "Luke", "Fiona"],
           ["Walker", "Bennett", "Hughes", "Carter", "Foster", "Reynolds", "Palmer", "Brooks", "Hayes", "Sullivan",
            "Morgan", "Patel", "Fletcher", "Gibson", "Dawson", "Harper", "Lawson", "Ward", "Barnes", "Porter",
            "Coleman", "Jenkins", "Murray", "Holland", "Price", "Nguyen", "Kim", "O'Neill", "Shaw", "Ellis"]),
    "de": (["Jonas", "Lena", "Matthias", "Katrin", "Stefan", "Julia", "Tobias", "Anja", "Florian", "Sabine",
            "Jürgen", "Birgit", "Lukas", "Maren"],
           ["Müller", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Schäfer", "Koch", "Richter", "Wolf",
            "Krüger", "Hartmann", "Lange", "Brandt"]),
    "fr": (["Camille", "Julien", "Élodie", "Nicolas", "Céline", "Mathieu", "Amélie", "Sébastien", "Chloé", "François"],
           ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Fournier", "Lambert", "Rousseau", "Faure"]),
    "es": (["Lucía", "Javier", "Carmen", "Alejandro", "Marta", "Sergio", "Paula", "Andrés", "Elena", "Raúl"],
           ["García", "Martínez", "López", "Sánchez", "Romero", "Navarro", "Torres", "Domínguez", "Ruiz", "Ortega"]),
    "it": (["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Davide", "Valentina", "Matteo", "Sara", "Alessandro"],
           ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco"]),
    "pt": (["João", "Ana", "Pedro", "Mariana", "Tiago", "Beatriz", "Rafael", "Inês", "Lucas", "Camila"],
           ["Silva", "Santos", "Oliveira", "Costa", "Pereira", "Ferreira", "Rodrigues", "Almeida", "Carvalho", "Gomes"]),
    "nl": (["Daan", "Sanne", "Thijs", "Femke", "Bram", "Lotte", "Joost", "Anouk", "Ruben", "Eva"],
           ["de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "van den Berg"]),
    "pl": (["Piotr", "Anna", "Krzysztof", "Katarzyna", "Tomasz", "Magdalena", "Łukasz", "Agnieszka", "Paweł", "Małgorzata"],
           ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Dąbrowski", "Kozłowski"]),
    "ru": (["Алексей", "Елена", "Дмитрий", "Ольга", "Сергей", "Наталья", "Андрей", "Татьяна", "Игорь", "Мария"],
           ["Иванов", "Смирнова", "Кузнецов", "Попова", "Соколов", "Лебедева", "Козлов", "Новикова", "Морозов", "Волкова"]),
    "el": (["Γιώργος", "Μαρία", "Νίκος", "Ελένη", "Δημήτρης", "Κατερίνα", "Κώστας", "Σοφία", "Γιάννης", "Αναστασία"],
           ["Παπαδόπουλος", "Παπαδοπούλου", "Γεωργίου", "Νικολάου", "Οικονόμου", "Καραγιάννη", "Βασιλείου", "Αλεξίου", "Μαυρίδης", "Πετρίδου"]),
    "ar": (["محمد", "فاطمة", "أحمد", "مريم", "خالد", "نورة", "عمر", "سارة", "يوسف", "ليلى"],
           ["العتيبي", "الحسن", "القحطاني", "منصور", "الشمري", "حداد", "الزهراني", "سليمان", "الخطيب", "عبدالله"]),
    "he": (["נועה", "יונתן", "מיכל", "אורי", "תמר", "דניאל", "שירה", "איתי", "רוני", "עומר"],
           ["כהן", "לוי", "מזרחי", "פרץ", "ביטון", "אברהם", "פרידמן", "שפירא", "גולן", "אזולאי"]),
    "zh": (["伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "军"],
           ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴"]),
    "zh-tw": (["志明", "淑芬", "家豪", "怡君", "俊傑", "雅婷", "冠宇", "佩君"],
              ["陳", "林", "黃", "張", "李", "王", "吳", "蔡"]),
    "ja": (["翔太", "美咲", "大輔", "陽子", "健一", "由美", "拓也", "恵", "直樹", "さくら"],
           ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤"]),
    "ko": (["민준", "서연", "지훈", "수빈", "현우", "지은", "도윤", "하은", "성민", "유진"],
           ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임"]),
    "hi": (["राहुल", "प्रिया", "अमित", "नेहा", "विकास", "पूजा", "संजय", "अंजलि", "रोहित", "कविता"],
           ["शर्मा", "वर्मा", "गुप्ता", "सिंह", "कुमार", "मेहता", "अग्रवाल", "जोशी", "पटेल", "यादव"]),
    "th": (["สมชาย", "สุดา", "ณัฐพล", "กนกวรรณ", "ธนา", "พิมพ์ชนก", "อนุชา", "วราภรณ์"],
           ["ศรีสุข", "วงศ์ไทย", "บุญมา", "แก้วมณี", "ทองดี", "สุขสวัสดิ์", "ชัยวัฒน์", "พรหมมา"]),
}

# romanised local parts for email addresses of non-Latin names
ROMAN = {
    "ru": ["alexey", "elena", "dmitry", "olga", "sergey", "natalia", "andrey", "tatiana", "igor", "maria"],
    "el": ["giorgos", "maria", "nikos", "eleni", "dimitris", "katerina", "kostas", "sofia", "giannis", "anastasia"],
    "ar": ["mohammed", "fatima", "ahmed", "maryam", "khalid", "noura", "omar", "sara", "yousef", "layla"],
    "he": ["noa", "yonatan", "michal", "uri", "tamar", "daniel", "shira", "itay", "roni", "omer"],
    "zh": ["wei", "fang", "na", "min", "jing", "qiang", "lei", "yang", "yan", "jun"],
    "zh-tw": ["chihming", "shufen", "chiahao", "yichun", "chunchieh", "yating", "kuanyu", "peichun"],
    "ja": ["shota", "misaki", "daisuke", "yoko", "kenichi", "yumi", "takuya", "megumi", "naoki", "sakura"],
    "ko": ["minjun", "seoyeon", "jihoon", "subin", "hyunwoo", "jieun", "doyun", "haeun", "sungmin", "yujin"],
    "hi": ["rahul", "priya", "amit", "neha", "vikas", "pooja", "sanjay", "anjali", "rohit", "kavita"],
    "th": ["somchai", "suda", "nattapon", "kanokwan", "thana", "pimchanok", "anucha", "waraporn"],
}
ROMAN_LAST = {
    "ru": ["ivanov", "smirnova", "kuznetsov", "popova", "sokolov", "lebedeva", "kozlov", "novikova", "morozov", "volkova"],
    "el": ["papadopoulos", "papadopoulou", "georgiou", "nikolaou", "oikonomou", "karagianni", "vasileiou", "alexiou", "mavridis", "petridou"],
    "ar": ["alotaibi", "alhassan", "alqahtani", "mansour", "alshammari", "haddad", "alzahrani", "suleiman", "alkhatib", "abdullah"],
    "he": ["cohen", "levi", "mizrahi", "peretz", "biton", "avraham", "friedman", "shapira", "golan", "azulay"],
    "zh": ["wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "zhou", "wu"],
    "zh-tw": ["chen", "lin", "huang", "chang", "lee", "wang", "wu", "tsai"],
    "ja": ["sato", "suzuki", "takahashi", "tanaka", "ito", "watanabe", "yamamoto", "nakamura", "kobayashi", "kato"],
    "ko": ["kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim"],
    "hi": ["sharma", "verma", "gupta", "singh", "kumar", "mehta", "agarwal", "joshi", "patel", "yadav"],
    "th": ["srisuk", "wongthai", "boonma", "kaewmanee", "thongdee", "suksawat", "chaiwat", "prommma"],
}

TZ_OF = {"en": ["America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/London", "Australia/Sydney",
                "Asia/Singapore", "America/New_York", "Europe/London"],
         "de": ["Europe/Berlin"], "fr": ["Europe/Paris"], "es": ["Europe/Madrid", "America/Mexico_City"],
         "it": ["Europe/Rome"], "pt": ["America/Sao_Paulo", "Europe/Lisbon"], "nl": ["Europe/Amsterdam"],
         "pl": ["Europe/Warsaw"], "ru": ["Europe/Moscow"], "el": ["Europe/Athens"], "ar": ["Asia/Riyadh", "Asia/Dubai", "Africa/Cairo"],
         "he": ["Asia/Jerusalem"], "zh": ["Asia/Shanghai"], "zh-tw": ["Asia/Taipei"], "ja": ["Asia/Tokyo"],
         "ko": ["Asia/Seoul"], "hi": ["Asia/Kolkata"], "th": ["Asia/Bangkok"]}

FREEMAIL = {"en": ["gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "aol.com"],
            "de": ["gmx.de", "web.de", "t-online.de", "gmail.com"], "fr": ["orange.fr", "laposte.net", "free.fr", "gmail.com"],
            "es": ["gmail.com", "hotmail.es", "yahoo.es"], "it": ["libero.it", "virgilio.it", "gmail.com"],
            "pt": ["gmail.com", "uol.com.br", "sapo.pt", "bol.com.br"], "nl": ["ziggo.nl", "gmail.com", "kpnmail.nl"],
            "pl": ["wp.pl", "onet.pl", "o2.pl", "gmail.com"], "ru": ["mail.ru", "yandex.ru", "rambler.ru", "gmail.com"],
            "el": ["gmail.com", "otenet.gr", "yahoo.gr"], "ar": ["gmail.com", "hotmail.com", "yahoo.com"],
            "he": ["gmail.com", "walla.co.il", "012.net.il"], "zh": ["qq.com", "163.com", "126.com", "sina.com"],
            "zh-tw": ["gmail.com", "yahoo.com.tw", "hotmail.com"], "ja": ["yahoo.co.jp", "gmail.com", "docomo.ne.jp"],
            "ko": ["naver.com", "daum.net", "gmail.com"], "hi": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
            "th": ["gmail.com", "hotmail.com", "yahoo.co.th"]}

# DMARC policies of well known mailbox providers (as they would show up in Authentication-Results)
DMARC_POL = {"gmail.com": "p=NONE sp=QUARANTINE dis=NONE", "outlook.com": "p=NONE sp=QUARANTINE dis=NONE",
             "hotmail.com": "p=NONE sp=NONE dis=NONE", "yahoo.com": "p=REJECT sp=REJECT dis=NONE",
             "icloud.com": "p=QUARANTINE sp=QUARANTINE dis=NONE", "me.com": "p=QUARANTINE sp=QUARANTINE dis=NONE",
             "aol.com": "p=REJECT sp=REJECT dis=NONE", "google.com": "p=REJECT sp=REJECT dis=NONE",
             "zoom.us": "p=REJECT sp=REJECT dis=NONE"}

# recipient organisations (fictional or reserved)
RCPT_DOMAINS = {
    "en": ["example.net", "example.com", "example.org", "harbourline-freight.com", "mapleridge-dental.ca", "tallowcreek.org",
           "corvalis-labs.io", "pinebrook-academy.org", "blueheron-capital.com", "northgate-design.co.uk",
           "marigold-events.com.au", "quillmark.example", "lakeshore-clinic.net", "brightfold-media.com",
           "stonebridge-legal.co.uk", "ridgeway-partners.com", "alderfield.sch.uk", "copperleaf-ventures.com"],
    "de": ["example.de", "lindenhof-praxis.de", "brunnbach-maschinenbau.de", "tiefenthal-steuer.de", "kaltwasser-it.de"],
    "fr": ["example.fr", "atelier-valmorel.fr", "cabinet-roussillon.fr", "mairie-saint-aubrac.fr"],
    "es": ["example.es", "bodegas-solanar.es", "clinica-almenara.es", "grupo-tavira.mx"],
    "it": ["example.it", "studio-ferraresi.it", "officine-valtorta.it"],
    "pt": ["example.com.br", "construtora-ipanema.com.br", "clinica-estrela.pt"],
    "nl": ["example.nl", "polderzicht-advies.nl", "bakkerij-vanlier.nl"],
    "pl": ["example.pl", "biuro-zielonka.pl", "sklep-wisla.pl"],
    "ru": ["example.ru", "stroy-alyans.ru", "ooo-severtek.ru"],
    "el": ["example.gr", "ktimatiki-olympos.gr", "iatreio-thermi.gr"],
    "ar": ["example.sa", "alnoor-trading.ae", "dar-almaarifa.sa"],
    "he": ["example.co.il", "shaked-tech.co.il", "merkaz-refui.co.il"],
    "zh": ["example.cn", "huaxin-keji.cn", "jinhe-wuliu.com.cn"],
    "zh-tw": ["example.tw", "hengyu-elec.com.tw", "taoyuan-clinic.tw"],
    "ja": ["example.jp", "sakura-shoji.co.jp", "midori-clinic.jp"],
    "ko": ["example.kr", "hanbit-soft.co.kr", "seoul-dental.kr"],
    "hi": ["example.in", "sharma-associates.in", "vedanta-infotech.in"],
    "th": ["example.co.th", "siam-logis.co.th", "chaophraya-clinic.th"],
}

# ordinary sender organisations for ham / compromised accounts for spam
ORG_DOMAINS = {
    "en": ["fernhill-consulting.com", "oakvale-logistics.com", "westbrook-health.org", "silverline-analytics.io",
           "kingsport-builders.com", "redwood-accounting.net", "halcyon-software.com", "elmstead-council.gov.example",
           "ashgrove-university.edu", "greystone-insurance.com", "brightwater-hr.com", "cobalt-marine.co.uk",
           "sunfield-realty.com", "timberlane-foods.com", "novaridge-pharma.com", "pellucid-systems.com"],
    "de": ["rheinfeld-gmbh.de", "kanzlei-obermeier.de", "stadtwerke-lindau.example", "holzbau-reuter.de"],
    "fr": ["groupe-montclair.fr", "bureau-delacroix.fr", "transports-vauclin.fr"],
    "es": ["asesoria-mendoza.es", "constructora-arenal.es", "logistica-pampa.com.ar"],
    "it": ["studio-bellandi.it", "tecnoservizi-adige.it"],
    "pt": ["contabil-jacaranda.com.br", "engenharia-tejo.pt"],
    "nl": ["adviesbureau-ijssel.nl", "installatie-dekker.nl"],
    "pl": ["kancelaria-orzech.pl", "transbud-slask.pl"],
    "ru": ["tk-vostok.ru", "buhuchet-plus.ru"],
    "el": ["nautilia-aigaio.gr", "logistiki-kritis.gr"],
    "ar": ["alrayan-contracting.ae", "almanar-group.sa"],
    "he": ["ofek-systems.co.il", "binyan-hanegev.co.il"],
    "zh": ["dongfang-maoyi.cn", "kaiyuan-zhizao.com.cn"],
    "zh-tw": ["dachuan-jingmi.com.tw"],
    "ja": ["yamato-seiki.co.jp", "aozora-sangyo.co.jp"],
    "ko": ["daehan-tech.co.kr", "mirae-trading.kr"],
    "hi": ["ganga-exports.in", "shree-infra.in"],
    "th": ["thai-prosper.co.th", "bangkok-supplies.co.th"],
}


def person(lang, rng=None):
    first, last = NAMES.get(lang, NAMES["en"])
    i, j = R.randrange(len(first)), R.randrange(len(last))
    fn, ln = first[i], last[j]
    if lang in ("zh", "zh-tw", "ja", "ko"):
        name = ln + fn if lang != "ja" else ln + " " + fn
    else:
        name = fn + " " + ln
    if lang in ROMAN:
        lf = ROMAN[lang][i % len(ROMAN[lang])]
        ll = ROMAN_LAST[lang][j % len(ROMAN_LAST[lang])]
    else:
        import unicodedata
        def asc(s):
            return "".join(c for c in unicodedata.normalize("NFKD", s) if ord(c) < 128).lower().replace(" ", "").replace("'", "")
        lf, ll = asc(fn), asc(ln)
    return name, lf, ll


def local_part(lf, ll, style=None):
    style = style or pick(["f.l", "fl", "f_l", "fl9", "f", "l.f", "finitl"])
    if style == "f.l":
        return "%s.%s" % (lf, ll)
    if style == "fl":
        return lf[0] + ll
    if style == "f_l":
        return "%s_%s" % (lf, ll)
    if style == "fl9":
        return "%s%s%s" % (lf, ll, digits(R.choice([2, 2, 4])))
    if style == "l.f":
        return "%s.%s" % (ll, lf)
    if style == "finitl":
        return "%s.%s" % (lf, ll[0])
    return lf


class Event:
    def __init__(self):
        self.kind = "VEVENT"
        self.method = "REQUEST"
        self.summary = ""
        self.description = ""
        self.location = ""
        self.url = None
        self.xaltdesc = None
        self.attach = []          # (uri, fmttype, filename)
        self.conference = []      # (uri, label)
        self.start = None         # local naive
        self.end = None
        self.tz = None
        self.allday = False
        self.organizer = None     # (name, email)
        self.attendees = []       # dicts
        self.rrule = None
        self.alarms = []          # (trigger, action, description)
        self.status = "CONFIRMED"
        self.sequence = 0
        self.uid = None
        self.priority = None
        self.klass = None
        self.transp = "OPAQUE"
        self.categories = None
        self.extra = []           # raw lines inserted before END:VEVENT
        self.extra_events = []    # further Event objects in the same VCALENDAR
        self.recurrence_id = None
        self.created = None
        self.due = None           # VTODO
        self.comment = None
        self.geo = None
        self.contact = None
        self.x_wr_calname = None
        self.meet = None          # Google Meet / Teams / Zoom join URL used by client boilerplate
        self.meet_id = None


class Msg:
    def __init__(self, label, category, lang):
        self.label, self.category, self.lang = label, category, lang
        self.desc = ""
        self.client = None
        self.variant = None
        self.inner = None          # for list/forward wrappers
        self.arrival = None
        self.from_name = self.from_email = None
        self.sender_hdr = None
        self.reply_to = None
        self.setup = "legit"       # legit|freemail|compromised|lookalike|vps|spoof|esp|list|forward
        self.env_from = None
        self.rcpt_name = self.rcpt = None
        self.to = []               # list of (name, email)
        self.cc = []
        self.subject = None
        self.note = ""             # human/service written text for the mail body
        self.note_html = None
        self.charset = "utf-8"
        self.ev = Event()
        self.quirks = set()
        self.extra_headers = []
        self.prodid = None
        self.brand = None          # dict for booking/custom systems
        self.list_info = None
        self.fwd = None            # forwarder info
        self.sender_tz = None
        self.no_ics_attach = False
        self.ics_filename = None
        self.mailer = None


def rand_arrival(lo=2016.0, hi=2026.9):
    y = lo + (hi - lo) * R.random()
    year = int(y)
    start = dt.datetime(year, 1, 1, tzinfo=UTC)
    secs = (y - year) * 365 * 86400
    d = start + dt.timedelta(seconds=secs)
    if d > dt.datetime(2026, 11, 28, tzinfo=UTC):
        d = dt.datetime(2026, 11, 20, tzinfo=UTC) + dt.timedelta(seconds=R.randrange(600000))
    return d.replace(microsecond=0)


def event_time(m, days=(1, 30), hours=(8, 18), dur=(30, 60), tzid=None, allday=False, minute_choices=(0, 0, 0, 30, 15)):
    """Pick a local event start relative to the arrival date."""
    tz = TZS[tzid] if tzid else m.sender_tz
    loc_arr = tz.to_local(m.arrival)
    d = loc_arr.date() + dt.timedelta(days=R.randint(*days))
    if not allday and d.weekday() >= 5 and chance(0.7):
        d += dt.timedelta(days=7 - d.weekday())
    h = R.randint(*hours)
    start = dt.datetime(d.year, d.month, d.day, h, R.choice(minute_choices))
    m.ev.tz = tz
    m.ev.allday = allday
    if allday:
        m.ev.start = dt.datetime(d.year, d.month, d.day)
        m.ev.end = m.ev.start + dt.timedelta(days=1)
    else:
        m.ev.start = start
        m.ev.end = start + dt.timedelta(minutes=R.choice(list(dur)))
    return m.ev.start
