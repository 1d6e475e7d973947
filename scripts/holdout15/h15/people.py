"""People, organisations and domains.  All organisations and personal names are invented."""
from .common import slug, strip_accents

# first names: list of (native, romanised); last names likewise
NAMES = {
    "en": (["James", "Olivia", "Liam", "Emma", "Noah", "Ava", "Ethan", "Sophie", "Mason", "Grace", "Lucas",
            "Chloe", "Daniel", "Hannah", "Ryan", "Megan", "Aaron", "Priya", "Marcus", "Zoe", "Nathan", "Rachel",
            "Connor", "Leah", "Owen", "Fiona", "Derek", "Tanya", "Gavin", "Molly"],
           ["Carter", "Whitfield", "Hughes", "Bennett", "Okafor", "Doyle", "Fletcher", "Murray", "Sinclair",
            "Patel", "Reyes", "Lawson", "Holloway", "Pierce", "Garrison", "Quinn", "Abbott", "Marsh", "Kendall",
            "Thornton", "Nakamura", "Brennan", "Ashworth", "Delaney", "Price", "Vaughn"]),
    "de": (["Lukas", "Anna", "Jonas", "Lea", "Felix", "Sophie", "Maximilian", "Katrin", "Stefan", "Jürgen",
            "Ulrike", "Tobias", "Miriam", "Sören", "Birgit", "Matthias", "Hannelore", "Björn"],
           ["Müller", "Schröder", "Hartmann", "Becker", "Krüger", "Wagner", "Vogel", "Lehmann", "Zimmermann",
            "Köhler", "Brandt", "Fuchs", "Weiß", "Schäfer"]),
    "fr": (["Camille", "Louis", "Chloé", "Hugo", "Élodie", "Mathieu", "Inès", "Julien", "Amélie", "François",
            "Noémie", "Thibault", "Hélène", "Rémi"],
           ["Dubois", "Lefèvre", "Moreau", "Girard", "Fontaine", "Rousseau", "Mercier", "Lambert", "Garnier",
            "Chevalier", "Faure", "Bérard"]),
    "es": (["Lucía", "Javier", "María", "Alejandro", "Carmen", "Pablo", "Sofía", "Andrés", "Elena", "Íñigo",
            "Valentina", "Diego", "Marta", "Tomás"],
           ["García", "Fernández", "Martínez", "López", "Sánchez", "Romero", "Navarro", "Ortega", "Castillo",
            "Muñoz", "Iglesias", "Vidal"]),
    "it": (["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Matteo", "Alessia", "Davide", "Federica",
            "Niccolò", "Elisa", "Lorenzo"],
           ["Rossi", "Bianchi", "Esposito", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Galli",
            "Conti", "De Luca"]),
    "pt": (["João", "Beatriz", "Tiago", "Inês", "Rafael", "Mariana", "Gonçalo", "Ana", "Luís", "Carolina",
            "Bruno", "Letícia"],
           ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa",
            "Gonçalves", "Araújo", "Carvalho"]),
    "nl": (["Daan", "Sanne", "Bram", "Lotte", "Thijs", "Femke", "Joris", "Anouk", "Sem", "Eline", "Ruud",
            "Marieke"],
           ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
            "Bos", "Vos", "Hendriks"]),
    "pl": (["Jakub", "Zofia", "Kacper", "Aleksandra", "Michał", "Małgorzata", "Paweł", "Agnieszka", "Łukasz",
            "Katarzyna", "Tomasz", "Joanna"],
           ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski", "Zieliński", "Szymańska",
            "Dąbrowski", "Kozłowska", "Jankowski", "Mazur"]),
    "cs": (["Jan", "Tereza", "Petr", "Lucie", "Tomáš", "Kateřina", "Jiří", "Veronika", "Ondřej", "Eliška"],
           ["Novák", "Svobodová", "Dvořák", "Černá", "Procházka", "Kučerová", "Veselý", "Horáková", "Němec",
            "Marková"]),
    "ru": ([("Алексей", "aleksey"), ("Мария", "maria"), ("Дмитрий", "dmitry"), ("Екатерина", "ekaterina"),
            ("Сергей", "sergey"), ("Анна", "anna"), ("Игорь", "igor"), ("Ольга", "olga"), ("Павел", "pavel"),
            ("Наталья", "natalya"), ("Михаил", "mikhail"), ("Юлия", "yulia")],
           [("Иванов", "ivanov"), ("Смирнова", "smirnova"), ("Кузнецов", "kuznetsov"), ("Попова", "popova"),
            ("Соколов", "sokolov"), ("Лебедева", "lebedeva"), ("Морозов", "morozov"), ("Волкова", "volkova"),
            ("Фёдоров", "fedorov"), ("Орлова", "orlova")]),
    "el": ([("Γιώργος", "giorgos"), ("Μαρία", "maria"), ("Νίκος", "nikos"), ("Ελένη", "eleni"),
            ("Κώστας", "kostas"), ("Κατερίνα", "katerina"), ("Δημήτρης", "dimitris"), ("Σοφία", "sofia"),
            ("Παναγιώτης", "panagiotis"), ("Αθηνά", "athina")],
           [("Παπαδόπουλος", "papadopoulos"), ("Οικονόμου", "oikonomou"), ("Γεωργίου", "georgiou"),
            ("Νικολάου", "nikolaou"), ("Καραγιάννη", "karagianni"), ("Βασιλείου", "vasileiou"),
            ("Αλεξίου", "alexiou"), ("Μακρή", "makri")]),
    "tr": (["Mehmet", "Ayşe", "Emre", "Zeynep", "Burak", "Elif", "Can", "Şeyma", "Oğuz", "Gökçe", "Murat", "Derya"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk", "Arslan", "Doğan"]),
    "ar": ([("محمد", "mohammed"), ("فاطمة", "fatima"), ("أحمد", "ahmed"), ("ليلى", "layla"), ("خالد", "khaled"),
            ("نور", "nour"), ("يوسف", "youssef"), ("سارة", "sara"), ("عمر", "omar"), ("مريم", "mariam")],
           [("الحسن", "alhassan"), ("المنصوري", "almansouri"), ("العتيبي", "alotaibi"), ("حداد", "haddad"),
            ("الشامي", "alshami"), ("النجار", "alnajjar"), ("الزهراني", "alzahrani"), ("سليمان", "suleiman")]),
    "he": ([("יוסי", "yossi"), ("נועה", "noa"), ("אבי", "avi"), ("מיכל", "michal"), ("דניאל", "daniel"),
            ("שירה", "shira"), ("איתי", "itai"), ("רותם", "rotem"), ("עומר", "omer"), ("תמר", "tamar")],
           [("כהן", "cohen"), ("לוי", "levi"), ("מזרחי", "mizrahi"), ("פרץ", "peretz"), ("ביטון", "biton"),
            ("אברהם", "avraham"), ("פרידמן", "friedman"), ("שפירא", "shapira")]),
    "zh": ([("伟", "wei"), ("芳", "fang"), ("磊", "lei"), ("静", "jing"), ("强", "qiang"), ("敏", "min"),
            ("洋", "yang"), ("丽娜", "lina"), ("志明", "zhiming"), ("晓燕", "xiaoyan"), ("建国", "jianguo"),
            ("雨婷", "yuting")],
           [("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"),
            ("黄", "huang"), ("赵", "zhao"), ("周", "zhou"), ("吴", "wu")]),
    "ja": ([("太郎", "taro"), ("花子", "hanako"), ("健太", "kenta"), ("由美", "yumi"), ("翔", "sho"),
            ("美咲", "misaki"), ("大輔", "daisuke"), ("陽子", "yoko"), ("拓也", "takuya"), ("彩", "aya"),
            ("誠", "makoto"), ("恵", "megumi")],
           [("佐藤", "sato"), ("鈴木", "suzuki"), ("高橋", "takahashi"), ("田中", "tanaka"), ("伊藤", "ito"),
            ("渡辺", "watanabe"), ("山本", "yamamoto"), ("中村", "nakamura"), ("小林", "kobayashi"),
            ("加藤", "kato")]),
    "ko": ([("민준", "minjun"), ("서연", "seoyeon"), ("지훈", "jihoon"), ("수빈", "subin"), ("현우", "hyunwoo"),
            ("지민", "jimin"), ("도윤", "doyun"), ("하은", "haeun"), ("성호", "sungho"), ("유진", "yujin")],
           [("김", "kim"), ("이", "lee"), ("박", "park"), ("최", "choi"), ("정", "jung"), ("강", "kang"),
            ("조", "cho"), ("윤", "yoon"), ("장", "jang"), ("한", "han")]),
    "hi": ([("राहुल", "rahul"), ("प्रिया", "priya"), ("अमित", "amit"), ("नेहा", "neha"), ("विकास", "vikas"),
            ("अंजलि", "anjali"), ("सुरेश", "suresh"), ("पूजा", "pooja"), ("अर्जुन", "arjun"), ("कविता", "kavita")],
           [("शर्मा", "sharma"), ("वर्मा", "verma"), ("गुप्ता", "gupta"), ("सिंह", "singh"), ("मेहता", "mehta"),
            ("जोशी", "joshi"), ("अग्रवाल", "agarwal"), ("यादव", "yadav")]),
    "th": ([("สมชาย", "somchai"), ("สุดา", "suda"), ("วิชัย", "wichai"), ("นภา", "napa"), ("ประเสริฐ", "prasert"),
            ("กัญญา", "kanya"), ("อนันต์", "anan"), ("พรทิพย์", "pornthip"), ("ธนากร", "thanakorn"),
            ("ศิริพร", "siriporn")],
           [("ศรีสุข", "srisuk"), ("วงศ์ไทย", "wongthai"), ("ทองดี", "thongdee"), ("แก้วมณี", "kaewmanee"),
            ("สุขสวัสดิ์", "suksawat"), ("บุญมา", "boonma"), ("จันทร์เพ็ญ", "chanpen"), ("พึ่งทอง", "phuengthong")]),
}

# languages whose surnames depend on gender: (male firsts, female firsts, [(male last, female last)])
GENDERED = {
    "ru": ([("Алексей", "aleksey"), ("Дмитрий", "dmitry"), ("Сергей", "sergey"), ("Игорь", "igor"), ("Павел", "pavel"), ("Михаил", "mikhail")],
           [("Мария", "maria"), ("Екатерина", "ekaterina"), ("Анна", "anna"), ("Ольга", "olga"), ("Наталья", "natalya"), ("Юлия", "yulia")],
           [(("Иванов", "ivanov"), ("Иванова", "ivanova")), (("Кузнецов", "kuznetsov"), ("Кузнецова", "kuznetsova")),
            (("Смирнов", "smirnov"), ("Смирнова", "smirnova")), (("Попов", "popov"), ("Попова", "popova")),
            (("Соколов", "sokolov"), ("Соколова", "sokolova")), (("Лебедев", "lebedev"), ("Лебедева", "lebedeva")),
            (("Морозов", "morozov"), ("Морозова", "morozova")), (("Волков", "volkov"), ("Волкова", "volkova")),
            (("Фёдоров", "fedorov"), ("Фёдорова", "fedorova")), (("Орлов", "orlov"), ("Орлова", "orlova"))]),
    "pl": (["Jakub", "Kacper", "Michał", "Paweł", "Łukasz", "Tomasz"],
           ["Zofia", "Aleksandra", "Małgorzata", "Agnieszka", "Katarzyna", "Joanna"],
           [("Nowak", "Nowak"), ("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"), ("Wójcik", "Wójcik"),
            ("Kamiński", "Kamińska"), ("Lewandowski", "Lewandowska"), ("Zieliński", "Zielińska"), ("Szymański", "Szymańska"),
            ("Dąbrowski", "Dąbrowska"), ("Kozłowski", "Kozłowska"), ("Jankowski", "Jankowska"), ("Mazur", "Mazur")]),
    "cs": (["Jan", "Petr", "Tomáš", "Jiří", "Ondřej", "Martin"], ["Tereza", "Lucie", "Kateřina", "Veronika", "Eliška", "Jana"],
           [("Novák", "Nováková"), ("Svoboda", "Svobodová"), ("Dvořák", "Dvořáková"), ("Černý", "Černá"), ("Procházka", "Procházková"),
            ("Kučera", "Kučerová"), ("Veselý", "Veselá"), ("Horák", "Horáková"), ("Němec", "Němcová"), ("Marek", "Marková")]),
    "el": ([("Γιώργος", "giorgos"), ("Νίκος", "nikos"), ("Κώστας", "kostas"), ("Δημήτρης", "dimitris"), ("Παναγιώτης", "panagiotis")],
           [("Μαρία", "maria"), ("Ελένη", "eleni"), ("Κατερίνα", "katerina"), ("Σοφία", "sofia"), ("Αθηνά", "athina")],
           [(("Παπαδόπουλος", "papadopoulos"), ("Παπαδοπούλου", "papadopoulou")), (("Οικονόμου", "oikonomou"), ("Οικονόμου", "oikonomou")),
            (("Γεωργίου", "georgiou"), ("Γεωργίου", "georgiou")), (("Νικολάου", "nikolaou"), ("Νικολάου", "nikolaou")),
            (("Καραγιάννης", "karagiannis"), ("Καραγιάννη", "karagianni")), (("Βασιλείου", "vasileiou"), ("Βασιλείου", "vasileiou")),
            (("Μακρής", "makris"), ("Μακρή", "makri"))]),
}

# family name first in display for these languages
FAMILY_FIRST = {"zh", "ja", "ko"}

LANG_TZ = {
    "en": ["America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/London", "Australia/Sydney",
           "America/Toronto", "Europe/Dublin", "America/Denver", "Asia/Singapore"],
    "de": ["Europe/Berlin", "Europe/Vienna", "Europe/Zurich"],
    "fr": ["Europe/Paris", "Europe/Brussels"],
    "es": ["Europe/Madrid", "America/Bogota", "America/Argentina/Buenos_Aires"],
    "it": ["Europe/Rome"],
    "pt": ["Europe/Lisbon", "America/Sao_Paulo"],
    "nl": ["Europe/Amsterdam", "Europe/Brussels"],
    "pl": ["Europe/Warsaw"],
    "cs": ["Europe/Prague"],
    "ru": ["Europe/Moscow"],
    "el": ["Europe/Athens"],
    "tr": ["Europe/Istanbul"],
    "ar": ["Asia/Dubai", "Asia/Riyadh"],
    "he": ["Asia/Jerusalem"],
    "zh": ["Asia/Shanghai", "Asia/Taipei"],
    "ja": ["Asia/Tokyo"],
    "ko": ["Asia/Seoul"],
    "hi": ["Asia/Kolkata"],
    "th": ["Asia/Bangkok"],
}

# Domains hosted on the receiving MX (recipients).  (domain, lang, org name)
RCPT_DOMAINS = [
    ("example.net", "en", "Example Networks"),
    ("example.org", "en", "Example Foundation"),
    ("harborline-freight.com", "en", "Harborline Freight"),
    ("quillstone.co.uk", "en", "Quillstone Publishing"),
    ("bluegum-analytics.com.au", "en", "Bluegum Analytics"),
    ("maplecrest-dental.ca", "en", "Maplecrest Dental"),
    ("ridgeway-legal.com", "en", "Ridgeway Legal LLP"),
    ("tallowmere.ie", "en", "Tallowmere Design"),
    ("fernbrook.example", "en", "Fernbrook Family"),
    ("lindenhof-consulting.de", "de", "Lindenhof Consulting GmbH"),
    ("kraemer-hausbau.at", "de", "Krämer Hausbau"),
    ("atelier-vernon.fr", "fr", "Atelier Vernon"),
    ("cabinet-roussel.be", "fr", "Cabinet Roussel"),
    ("olivar-abogados.es", "es", "Olivar Abogados"),
    ("cafetal-andino.com.co", "es", "Cafetal Andino"),
    ("studio-ferraris.it", "it", "Studio Ferraris"),
    ("quinta-do-lago-vinhos.pt", "pt", "Quinta Lago Vinhos"),
    ("vanderlinde-bouw.nl", "nl", "Van der Linde Bouw"),
    ("kowalczyk-transport.pl", "pl", "Kowalczyk Transport"),
    ("modrasova.cz", "cs", "Modrá Sova s.r.o."),
    ("severtech.ru", "ru", "Севертех"),
    ("aigaio-travel.gr", "el", "Aigaio Travel"),
    ("anadolu-tekstil.com.tr", "tr", "Anadolu Tekstil"),
    ("nakhla-trading.ae", "ar", "Nakhla Trading"),
    ("shaked-systems.co.il", "he", "Shaked Systems"),
    ("jinghua-elec.cn", "zh", "京华电子"),
    ("yushan-design.com.tw", "zh", "玉山設計"),
    ("hoshizora-kogyo.co.jp", "ja", "星空工業"),
    ("hanul-soft.co.kr", "ko", "하늘소프트"),
    ("saptarishi-infotech.in", "hi", "Saptarishi Infotech"),
    ("chaopraya-foods.co.th", "th", "Chaopraya Foods"),
]

# free-mail platforms by language (domain, platform tag)
FREEMAIL = {
    "en": ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "aol.com"],
    "de": ["gmail.com", "gmx.de", "web.de", "t-online.de", "outlook.de", "gmx.at"],
    "fr": ["gmail.com", "orange.fr", "laposte.net", "free.fr", "hotmail.fr", "yahoo.fr"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es"],
    "it": ["gmail.com", "libero.it", "virgilio.it", "hotmail.it"],
    "pt": ["gmail.com", "sapo.pt", "hotmail.com", "outlook.pt"],
    "nl": ["gmail.com", "ziggo.nl", "hotmail.nl", "kpnmail.nl"],
    "pl": ["gmail.com", "wp.pl", "onet.pl", "o2.pl", "interia.pl"],
    "cs": ["seznam.cz", "gmail.com", "email.cz", "centrum.cz"],
    "ru": ["mail.ru", "yandex.ru", "gmail.com", "rambler.ru", "bk.ru"],
    "el": ["gmail.com", "yahoo.gr", "hotmail.com", "otenet.gr"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com.tr"],
    "ar": ["gmail.com", "hotmail.com", "yahoo.com", "outlook.sa"],
    "he": ["gmail.com", "walla.co.il", "hotmail.com"],
    "zh": ["qq.com", "163.com", "126.com", "gmail.com", "sina.com"],
    "ja": ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com", "outlook.jp"],
    "ko": ["naver.com", "gmail.com", "daum.net", "hanmail.net"],
    "hi": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "th": ["gmail.com", "hotmail.com", "yahoo.co.th"],
}

# plausible fictional company domains for senders, per language
COMPANIES = {
    "en": [("Northwind Traders", "northwind-traders.com"), ("Cobalt Ridge Partners", "cobaltridge.com"),
           ("Pinecone Labs", "pineconelabs.io"), ("Silverline Accounting", "silverline-cpa.com"),
           ("Marlow & Finch", "marlowfinch.co.uk"), ("Greystone Property Group", "greystonepg.com"),
           ("Tidewater Health", "tidewaterhealth.org"), ("Brightwell Logistics", "brightwell-log.com"),
           ("Oakhurst Capital", "oakhurstcap.com"), ("Kestrel Software", "kestrelsoft.com"),
           ("Halcyon Media", "halcyonmedia.net"), ("Redfern Engineering", "redfern-eng.com.au"),
           ("Summit Ridge School District", "srsd.k12.example.us"), ("Lakeside Community Church", "lakesidecc.org"),
           ("Copperleaf Interiors", "copperleafinteriors.com"), ("Ambergate Insurance", "ambergate-ins.co.uk"),
           ("Vantage Point Consulting", "vantagepc.com"), ("Wexford Analytics", "wexford-analytics.ie"),
           ("Elmstead Manufacturing", "elmstead-mfg.com"), ("Blue Heron Architects", "blueheron-arch.com")],
    "de": [("Bergmann Maschinenbau GmbH", "bergmann-maschinenbau.de"), ("Steuerkanzlei Roth", "kanzlei-roth.de"),
           ("Hafenblick Logistik", "hafenblick-logistik.de"), ("Alpenwerk AG", "alpenwerk.at"),
           ("Sonnenfeld Elektro", "sonnenfeld-elektro.de"), ("Praxis Dr. Albrecht", "praxis-albrecht.de")],
    "fr": [("Groupe Méridien Conseil", "meridien-conseil.fr"), ("Boulangerie Lemaire", "lemaire-boulangerie.fr"),
           ("Transports Gauthier", "transports-gauthier.fr"), ("Cabinet Delorme Avocats", "delorme-avocats.fr")],
    "es": [("Construcciones Almagro", "almagro-construcciones.es"), ("Clínica Dental Sonrisa", "clinicasonrisa.es"),
           ("Distribuciones Ebro", "distribuciones-ebro.es"), ("Andes Digital SAS", "andesdigital.com.co")],
    "it": [("Officine Barbieri", "officinebarbieri.it"), ("Studio Legale Moretti", "studiomoretti.it"),
           ("Ceramiche Valdarno", "ceramichevaldarno.it")],
    "pt": [("Tecnivale Lda", "tecnivale.pt"), ("Contabilidade Ribeiro", "contab-ribeiro.pt"),
           ("Horizonte Soluções", "horizontesolucoes.com.br")],
    "nl": [("Polderhuis Installatie", "polderhuis.nl"), ("Van Dijk Accountants", "vandijk-accountants.nl"),
           ("Grachtzicht Media", "grachtzicht.nl")],
    "pl": [("Wisła Logistyka", "wisla-logistyka.pl"), ("Biuro Rachunkowe Nowak", "br-nowak.pl"),
           ("Mazowsze Budownictwo", "mazowsze-bud.pl")],
    "cs": [("Vltava Stavby", "vltava-stavby.cz"), ("Účetnictví Král", "ucetnictvi-kral.cz")],
    "ru": [("ООО Северный Ветер", "sevveter.ru"), ("Уралпромснаб", "uralpromsnab.ru"), ("Балтик Логистик", "baltlog.ru")],
    "el": [("Αιγαίο Ναυτιλιακή", "aigaio-naftiliaki.gr"), ("Λογιστικό Γραφείο Παππά", "pappas-logistiko.gr")],
    "tr": [("Boğaziçi Lojistik", "bogazici-lojistik.com.tr"), ("Ege Mimarlık", "egemimarlik.com.tr")],
    "ar": [("مجموعة الواحة", "alwaha-group.ae"), ("شركة الرمال للتجارة", "alrimal-trading.sa")],
    "he": [("גל טכנולוגיות", "gal-tech.co.il"), ("משרד רו\"ח ברק", "barak-cpa.co.il")],
    "zh": [("华晨贸易", "huachen-trade.cn"), ("天翼科技", "tianyi-tech.cn"), ("台北聯合會計", "tpe-acct.com.tw")],
    "ja": [("株式会社みどり商事", "midori-shoji.co.jp"), ("青葉システム株式会社", "aoba-sys.co.jp"),
           ("さくら会計事務所", "sakura-kaikei.jp")],
    "ko": [("한빛물산", "hanbit-corp.co.kr"), ("푸른솔테크", "pureunsol.co.kr")],
    "hi": [("Gangotri Textiles", "gangotri-tex.in"), ("Nilgiri Softworks", "nilgirisoft.in")],
    "th": [("Siam Palm Logistics", "siampalm.co.th"), ("บริษัท รุ่งเรือง จำกัด", "rungrueang.co.th")],
}


class Person:
    def __init__(self, name, email, lang="en", first="", last=""):
        self.name = name
        self.email = email
        self.lang = lang
        self.first = first or name.split(" ")[0] if name else ""
        self.last = last

    @property
    def domain(self):
        return self.email.split("@", 1)[1]

    @property
    def local(self):
        return self.email.split("@", 1)[0]

    def __repr__(self):
        return "Person(%r, %r)" % (self.name, self.email)


def _pair(x):
    if isinstance(x, tuple):
        return x
    return (x, slug(x).replace(".", ""))


AVOID = set()


def random_name(rng, lang):
    for _ in range(20):
        r = _random_name(rng, lang)
        if r[0] not in AVOID:
            return r
    return r


def _random_name(rng, lang):
    if lang in GENDERED:
        mf, ff, ll = GENDERED[lang]
        male = rng.random() < 0.5
        f, fr = _pair(rng.choice(mf if male else ff))
        pair = rng.choice(ll)
        l, lr = _pair(pair[0] if male else pair[1])
        return f + " " + l, f, l, fr, lr
    firsts, lasts = NAMES[lang]
    f, fr = _pair(rng.choice(firsts))
    l, lr = _pair(rng.choice(lasts))
    if lang in FAMILY_FIRST:
        disp = l + f if lang in ("zh", "ko") else l + " " + f
    else:
        disp = f + " " + l
    return disp, f, l, fr, lr


def local_part(rng, fr, lr, style=None):
    style = style or rng.choice(["f.l", "fl", "f_l", "fl##", "f.l##", "finit.l", "l.f"])
    fr, lr = fr.replace(" ", ""), lr.replace(" ", "")
    n = str(rng.randint(1, 99))
    return {"f.l": "%s.%s" % (fr, lr), "fl": fr + lr, "f_l": "%s_%s" % (fr, lr), "fl##": fr + lr + n,
            "f.l##": "%s.%s%s" % (fr, lr, n), "finit.l": fr[0] + "." + lr, "l.f": "%s.%s" % (lr, fr)}[style].lower()


def make_person(rng, lang, domain=None, freemail=False, corp_style=True):
    disp, f, l, fr, lr = random_name(rng, lang)
    if freemail or domain is None:
        domain = domain or rng.choice(FREEMAIL[lang])
        lp = local_part(rng, fr, lr, rng.choice(["fl##", "f.l##", "f_l", "fl", "f.l"]))
    else:
        lp = local_part(rng, fr, lr, rng.choice(["f.l", "f.l", "finit.l", "fl"]) if corp_style else None)
    return Person(disp, "%s@%s" % (lp, domain), lang, f, l)


def recipient(rng, lang):
    doms = [d for d in RCPT_DOMAINS if d[1] == lang]
    if not doms or rng.random() < 0.08:
        doms = [d for d in RCPT_DOMAINS if d[1] == "en"] if lang == "en" else doms or RCPT_DOMAINS
    dom, dl, org = rng.choice(doms)
    p = make_person(rng, dl if dl in NAMES else "en", dom)
    p.org = org
    return p


def company(rng, lang):
    return rng.choice(COMPANIES.get(lang) or COMPANIES["en"])


def ascii_name(p):
    return strip_accents(p.name)


W1 = ["green", "oak", "river", "stone", "bright", "maple", "north", "cedar", "silver", "harbor", "pine", "lake", "hill",
      "sun", "blue", "west", "east", "fox", "elm", "iron", "gold", "rose", "birch", "mill"]
W2 = ["valley", "field", "bridge", "point", "wood", "view", "side", "gate", "brook", "ridge", "well", "ford", "stone",
      "park", "crest", "haven", "dale", "port"]
SUF = ["-dental", "-law", "-realty", "-auto", "-bau", "-studio", "-clinic", "-group", "-consulting", "-partners", "",
       "", "-tech", "-homes", "-logistics", "-design", "-accounting", "-hotel"]
TLD = ["com", "com", "net", "co.uk", "de", "it", "fr", "es", "com.au", "nl", "pl", "ca", "us", "at", "be"]


def small_business_domain(rng):
    d = "%s%s%s.%s" % (rng.choice(W1), rng.choice(W2), rng.choice(SUF), rng.choice(TLD))
    org = d.split(".")[0].replace("-", " ").title()
    return org, d
