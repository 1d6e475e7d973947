"""Per-language data: names, domains, zones, charsets, date formats."""
from .util import ascii_fold

LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "tr", "ru", "el", "ar", "he", "zh", "zh-TW",
         "ja", "ko", "hi", "th", "vi"]

LANG_NAME = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
             "pt": "Portuguese", "nl": "Dutch", "pl": "Polish", "tr": "Turkish", "ru": "Russian",
             "el": "Greek", "ar": "Arabic", "he": "Hebrew", "zh": "Chinese (Simplified)",
             "zh-TW": "Chinese (Traditional)", "ja": "Japanese", "ko": "Korean", "hi": "Hindi",
             "th": "Thai", "vi": "Vietnamese"}

# content-language tags as clients write them
LANG_TAG = {"en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES", "it": "it-IT", "pt": "pt-BR",
            "nl": "nl-NL", "pl": "pl-PL", "tr": "tr-TR", "ru": "ru-RU", "el": "el-GR", "ar": "ar-SA",
            "he": "he-IL", "zh": "zh-CN", "zh-TW": "zh-TW", "ja": "ja-JP", "ko": "ko-KR", "hi": "hi-IN",
            "th": "th-TH", "vi": "vi-VN"}

ZONES_FOR = {
    "en": ["America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/London", "America/Denver",
           "Australia/Sydney", "America/Toronto", "Europe/Dublin", "Asia/Singapore"],
    "de": ["Europe/Berlin", "Europe/Vienna", "Europe/Zurich"], "fr": ["Europe/Paris", "Europe/Brussels"],
    "es": ["Europe/Madrid", "America/Mexico_City", "America/Bogota"], "it": ["Europe/Rome"],
    "pt": ["America/Sao_Paulo", "Europe/Lisbon"], "nl": ["Europe/Amsterdam", "Europe/Brussels"],
    "pl": ["Europe/Warsaw"], "tr": ["Europe/Istanbul"], "ru": ["Europe/Moscow"], "el": ["Europe/Athens"],
    "ar": ["Asia/Riyadh", "Asia/Dubai", "Africa/Cairo", "Africa/Casablanca"], "he": ["Asia/Jerusalem"],
    "zh": ["Asia/Shanghai"], "zh-TW": ["Asia/Taipei", "Asia/Hong_Kong"], "ja": ["Asia/Tokyo"],
    "ko": ["Asia/Seoul"], "hi": ["Asia/Kolkata"], "th": ["Asia/Bangkok"], "vi": ["Asia/Ho_Chi_Minh"],
}

# legacy charsets a client of that locale might use for text parts
LEGACY = {
    "en": ["us-ascii", "iso-8859-1", "windows-1252"], "de": ["iso-8859-1", "iso-8859-15", "windows-1252"],
    "fr": ["iso-8859-1", "iso-8859-15", "windows-1252"], "es": ["iso-8859-1", "windows-1252"],
    "it": ["iso-8859-1", "windows-1252"], "pt": ["iso-8859-1", "windows-1252"], "nl": ["iso-8859-1", "windows-1252"],
    "pl": ["iso-8859-2", "windows-1250"], "tr": ["iso-8859-9", "windows-1254"], "ru": ["koi8-r", "windows-1251"],
    "el": ["iso-8859-7", "windows-1253"], "ar": ["windows-1256"], "he": ["windows-1255", "iso-8859-8"],
    "zh": ["gb2312", "gbk", "gb18030"], "zh-TW": ["big5"], "ja": ["iso-2022-jp", "shift_jis"],
    "ko": ["euc-kr", "ks_c_5601-1987"], "hi": ["utf-8"], "th": ["tis-620", "windows-874"],
    "vi": ["windows-1258", "utf-8"],
}

_N = {
    "en": [("James", "Whitaker"), ("Sarah", "Collins"), ("Michael", "Brennan"), ("Emily", "Hart"),
           ("David", "Okafor"), ("Jessica", "Lindqvist"), ("Robert", "Delgado"), ("Laura", "McKenzie"),
           ("Daniel", "Park"), ("Rachel", "Goldberg"), ("Thomas", "Reilly"), ("Megan", "Foster"),
           ("Kevin", "Nguyen"), ("Hannah", "Patel"), ("Chris", "Vaughan"), ("Olivia", "Brooks"),
           ("Mark", "Sullivan"), ("Amy", "Richardson"), ("Brian", "Kowalczyk"), ("Karen", "Ellis"),
           ("Ryan", "Thornton"), ("Natalie", "Shah"), ("Greg", "Holloway"), ("Sophie", "Turner")],
    "de": [("Jürgen", "Möller"), ("Katrin", "Schäfer"), ("Stefan", "Brandt"), ("Anja", "Weiß"),
           ("Tobias", "Krüger"), ("Sabine", "Hoffmann"), ("Matthias", "Lehmann"), ("Julia", "Vogel"),
           ("Florian", "Schröder"), ("Claudia", "Neumann"), ("Uwe", "Fischer"), ("Lena", "Bauer")],
    "fr": [("Étienne", "Lefèvre"), ("Camille", "Dubois"), ("Julien", "Moreau"), ("Chloé", "Girard"),
           ("Mathieu", "Rousseau"), ("Élodie", "Fontaine"), ("Nicolas", "Mercier"), ("Sophie", "Lambert"),
           ("Thibault", "Garnier"), ("Céline", "Faure")],
    "es": [("José", "Martínez"), ("Lucía", "Fernández"), ("Javier", "Ruiz"), ("María", "Gómez"),
           ("Alejandro", "Núñez"), ("Carmen", "Ortega"), ("Diego", "Castillo"), ("Paula", "Jiménez"),
           ("Andrés", "Vargas"), ("Elena", "Morales")],
    "it": [("Marco", "Bianchi"), ("Giulia", "Ferrari"), ("Luca", "Esposito"), ("Francesca", "Romano"),
           ("Alessandro", "Colombo"), ("Chiara", "Ricci"), ("Davide", "Greco"), ("Sara", "Marino")],
    "pt": [("João", "Silva"), ("Ana", "Conceição"), ("Rafael", "Araújo"), ("Beatriz", "Gonçalves"),
           ("Lucas", "Ribeiro"), ("Mariana", "Castro"), ("Thiago", "Almeida"), ("Fernanda", "Rocha")],
    "nl": [("Jeroen", "de Vries"), ("Sanne", "Jansen"), ("Bram", "van Dijk"), ("Femke", "Bakker"),
           ("Thijs", "Visser"), ("Lotte", "Smit"), ("Ruben", "Mulder"), ("Eva", "de Boer")],
    "pl": [("Krzysztof", "Wiśniewski"), ("Agnieszka", "Wójcik"), ("Paweł", "Kamiński"), ("Magdalena", "Lewandowska"),
           ("Tomasz", "Zieliński"), ("Katarzyna", "Szymańska"), ("Michał", "Dąbrowski"), ("Joanna", "Kozłowska")],
    "tr": [("Mehmet", "Yılmaz"), ("Ayşe", "Kaya"), ("Mustafa", "Demir"), ("Elif", "Şahin"),
           ("Emre", "Çelik"), ("Zeynep", "Öztürk"), ("Burak", "Aydın"), ("Selin", "Arslan")],
}
# non-Latin: (given, family, romanised given, romanised family, family-first?)
_NR = {
    "ru": [("Алексей", "Смирнов", "aleksey", "smirnov"), ("Ольга", "Кузнецова", "olga", "kuznetsova"),
           ("Дмитрий", "Попов", "dmitry", "popov"), ("Екатерина", "Волкова", "ekaterina", "volkova"),
           ("Сергей", "Морозов", "sergey", "morozov"), ("Наталья", "Соколова", "natalya", "sokolova"),
           ("Игорь", "Лебедев", "igor", "lebedev"), ("Мария", "Новикова", "maria", "novikova")],
    "el": [("Γιώργος", "Παπαδόπουλος", "giorgos", "papadopoulos"), ("Μαρία", "Κωνσταντίνου", "maria", "konstantinou"),
           ("Νίκος", "Δημητρίου", "nikos", "dimitriou"), ("Ελένη", "Γεωργίου", "eleni", "georgiou"),
           ("Κώστας", "Αντωνίου", "kostas", "antoniou"), ("Σοφία", "Νικολάου", "sofia", "nikolaou")],
    "ar": [("محمد", "العتيبي", "mohammed", "alotaibi"), ("فاطمة", "الزهراني", "fatima", "alzahrani"),
           ("أحمد", "المنصوري", "ahmed", "almansouri"), ("نورة", "القحطاني", "noura", "alqahtani"),
           ("خالد", "الشمري", "khaled", "alshammari"), ("سارة", "حداد", "sara", "haddad"),
           ("يوسف", "بن علي", "youssef", "benali"), ("ليلى", "منصور", "layla", "mansour")],
    "he": [("יוסי", "כהן", "yossi", "cohen"), ("מיכל", "לוי", "michal", "levi"), ("אבי", "מזרחי", "avi", "mizrahi"),
           ("נועה", "פרץ", "noa", "peretz"), ("דני", "ביטון", "dani", "biton"), ("שירה", "אברהם", "shira", "avraham")],
    "zh": [("伟", "王", "wei", "wang"), ("静", "李", "jing", "li"), ("磊", "张", "lei", "zhang"),
           ("芳", "刘", "fang", "liu"), ("强", "陈", "qiang", "chen"), ("敏", "杨", "min", "yang"),
           ("晓东", "赵", "xiaodong", "zhao"), ("丽娟", "黄", "lijuan", "huang")],
    "zh-TW": [("志明", "陳", "chihming", "chen"), ("淑芬", "林", "shufen", "lin"), ("家豪", "黃", "chiahao", "huang"),
              ("怡君", "張", "yichun", "chang"), ("俊傑", "李", "chunchieh", "lee"), ("雅婷", "吳", "yating", "wu")],
    "ja": [("健太", "佐藤", "kenta", "sato"), ("由美", "鈴木", "yumi", "suzuki"), ("翔", "高橋", "sho", "takahashi"),
           ("美咲", "田中", "misaki", "tanaka"), ("大輔", "渡辺", "daisuke", "watanabe"), ("彩", "伊藤", "aya", "ito"),
           ("拓也", "山本", "takuya", "yamamoto"), ("恵", "中村", "megumi", "nakamura")],
    "ko": [("민준", "김", "minjun", "kim"), ("서연", "이", "seoyeon", "lee"), ("지훈", "박", "jihoon", "park"),
           ("수빈", "최", "subin", "choi"), ("현우", "정", "hyunwoo", "jung"), ("지은", "강", "jieun", "kang")],
    "hi": [("राहुल", "शर्मा", "rahul", "sharma"), ("प्रिया", "वर्मा", "priya", "verma"), ("अमित", "गुप्ता", "amit", "gupta"),
           ("नेहा", "सिंह", "neha", "singh"), ("विकास", "यादव", "vikas", "yadav"), ("अंजलि", "मेहता", "anjali", "mehta")],
    "th": [("สมชาย", "ใจดี", "somchai", "jaidee"), ("สุดารัตน์", "ศรีสุข", "sudarat", "srisuk"),
           ("ธนพล", "วงศ์ใหญ่", "thanaphon", "wongyai"), ("พิมพ์ชนก", "แก้วมณี", "pimchanok", "kaewmanee"),
           ("อนุชา", "บุญมา", "anucha", "boonma"), ("กมลวรรณ", "ทองดี", "kamonwan", "thongdee")],
    "vi": [("Minh", "Nguyễn", "minh", "nguyen"), ("Lan", "Trần", "lan", "tran"), ("Hùng", "Lê", "hung", "le"),
           ("Thảo", "Phạm", "thao", "pham"), ("Tuấn", "Hoàng", "tuan", "hoang"), ("Hương", "Võ", "huong", "vo")],
}

FAMILY_FIRST = {"zh", "zh-TW", "ja", "ko", "vi"}


def person(rng, lang):
    """Return dict(first, last, display, local) for a person of that language."""
    if lang in _NR:
        g, f, rg, rf = rng.choice(_NR[lang])
    else:
        g, f = rng.choice(_N.get(lang, _N["en"]))
        rg, rf = ascii_fold(g).lower(), ascii_fold(f).lower().replace(" ", "")
    if lang in ("zh", "zh-TW", "ja"):
        disp = f + g if lang != "ja" else f + " " + g
    elif lang in ("ko",):
        disp = f + g
    elif lang == "vi":
        disp = "%s %s" % (f, g)
    else:
        disp = "%s %s" % (g, f)
    return {"first": g, "last": f, "display": disp, "rg": rg, "rf": rf, "lang": lang}


def local_part(rng, p, style=None):
    rg, rf = p["rg"], p["rf"]
    style = style or rng.choice(["f.l", "fl", "f_l", "fl2", "finit", "f.l", "initl", "l.f"])
    if style == "f.l":
        return "%s.%s" % (rg, rf)
    if style == "fl":
        return rg + rf
    if style == "f_l":
        return "%s_%s" % (rg, rf)
    if style == "fl2":
        return "%s%s%d" % (rg, rf[:4], rng.choice([7, 12, 21, 77, 83, 88, 90, 1984, 2001, 1976]))
    if style == "finit":
        return rg
    if style == "initl":
        return rg[0] + rf
    if style == "l.f":
        return "%s.%s" % (rf, rg)
    return rg + "." + rf


FREEMAIL = {
    "en": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.com", "aol.com", "proton.me", "me.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "hotmail.fr", "sfr.fr"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net"],
    "it": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it", "alice.it"],
    "pt": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com", "terra.com.br", "sapo.pt"],
    "nl": ["ziggo.nl", "gmail.com", "kpnmail.nl", "hotmail.nl", "xs4all.nl"],
    "pl": ["wp.pl", "onet.pl", "interia.pl", "o2.pl", "gmail.com"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com.tr"],
    "ru": ["mail.ru", "yandex.ru", "rambler.ru", "bk.ru", "gmail.com", "list.ru"],
    "el": ["gmail.com", "yahoo.gr", "otenet.gr", "hotmail.com"],
    "ar": ["gmail.com", "hotmail.com", "yahoo.com", "outlook.sa"],
    "he": ["gmail.com", "walla.co.il", "012.net.il", "bezeqint.net"],
    "zh": ["qq.com", "163.com", "126.com", "sina.com", "aliyun.com"],
    "zh-TW": ["gmail.com", "yahoo.com.tw", "hinet.net", "msa.hinet.net"],
    "ja": ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com", "nifty.com"],
    "ko": ["naver.com", "daum.net", "hanmail.net", "gmail.com", "kakao.com"],
    "hi": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "th": ["gmail.com", "hotmail.com", "yahoo.co.th"],
    "vi": ["gmail.com", "yahoo.com.vn", "outlook.com"],
}

# organisations (name, domain) -- plausible but fictional. Used both as legitimate senders and as
# compromised mailboxes, and as recipients' employers.
ORGS = {
    "en": [("Brightwater Consulting", "brightwater-consulting.co.uk"), ("Harlow & Finch LLP", "harlowfinch.com"),
           ("Northgate Logistics", "northgatelogistics.com"), ("Cedar Ridge School District", "cedarridgesd.org"),
           ("Pinecrest Dental Group", "pinecrestdental.com"), ("Meridian Health Partners", "meridianhp.org"),
           ("Quayside Architects", "quayside-arch.co.uk"), ("Bluefin Analytics", "bluefinanalytics.io"),
           ("Orchard Lane Properties", "orchardlaneprop.com"), ("Tallis Engineering", "tallis-eng.com"),
           ("Redwood Valley Credit Union", "redwoodvalleycu.org"), ("Kestrel Software", "kestrelsoft.com"),
           ("St. Brendan's Parish", "stbrendans-parish.org"), ("Halden University", "halden.ac.uk"),
           ("Westmark Insurance Brokers", "westmarkbrokers.com"), ("Fairhaven Foods", "fairhavenfoods.com"),
           ("Copperline Electrical", "copperline-electric.com"), ("Summit Peak Realty", "summitpeakrealty.com"),
           ("Lakeshore Community College", "lakeshore.edu"), ("Ashford Municipal Council", "ashford.gov.uk"),
           ("Granite State Freight", "granitestatefreight.com"), ("Morrow & Daughters Printing", "morrowprint.com")],
    "de": [("Kessler Maschinenbau GmbH", "kessler-maschinenbau.de"), ("Stadtwerke Ahrberg", "stadtwerke-ahrberg.de"),
           ("Praxis Dr. Lindner", "praxis-lindner.de"), ("Hanse Spedition Nord", "hanse-spedition.de"),
           ("Steuerbüro Brandl & Partner", "stb-brandl.de"), ("Fachhochschule Weserland", "fh-weserland.de"),
           ("Elektro Wagner KG", "elektro-wagner-kg.de"), ("Alpenblick Immobilien", "alpenblick-immo.at")],
    "fr": [("Cabinet Moreau Avocats", "moreau-avocats.fr"), ("Transports Garnier", "transports-garnier.fr"),
           ("Mairie de Saint-Aubin-sur-Loire", "saint-aubin-loire.fr"), ("Atelier Lumière", "atelier-lumiere.fr"),
           ("Groupe Hexalis", "hexalis.fr"), ("Université de Valmont", "univ-valmont.fr")],
    "es": [("Construcciones Ribera", "construcciones-ribera.es"), ("Clínica Dental Sonrisa", "clinicasonrisa.es"),
           ("Grupo Alcázar Seguros", "alcazarseguros.es"), ("Distribuciones Nogal", "nogal-distribuciones.com.mx"),
           ("Universidad del Sur Andino", "usandino.edu.co")],
    "it": [("Studio Commerciale Ferri", "studioferri.it"), ("Officine Bertolini", "officinebertolini.it"),
           ("Comune di Valdora", "comune.valdora.it"), ("Tessitura Lariana", "tessituralariana.it")],
    "pt": [("Construtora Horizonte", "construtorahorizonte.com.br"), ("Clínica Vida Plena", "vidaplena.med.br"),
           ("Transportadora Serra Azul", "serraazul.com.br"), ("Contabilidade Nobre", "contabilnobre.pt")],
    "nl": [("Bouwbedrijf Van der Laan", "vanderlaanbouw.nl"), ("Gemeente Westerhoven", "westerhoven.nl"),
           ("Tandartspraktijk De Linde", "tandartsdelinde.nl"), ("Visser Logistiek", "visserlogistiek.nl")],
    "pl": [("Przedsiębiorstwo Budowlane Orzeł", "pb-orzel.pl"), ("Biuro Rachunkowe Lewandowscy", "br-lewandowscy.pl"),
           ("Politechnika Nadwiślańska", "pnadw.edu.pl"), ("Parafia św. Jadwigi", "jadwiga-parafia.pl")],
    "tr": [("Demir Lojistik A.Ş.", "demirlojistik.com.tr"), ("Ege Tekstil", "egetekstil.com.tr"),
           ("Anadolu Yazılım", "anadoluyazilim.com.tr"), ("Boğaziçi Danışmanlık", "bogazicidanismanlik.com")],
    "ru": [("ООО «Северный Альянс»", "sevalliance.ru"), ("АО «ТехноПром»", "tehnoprom-ao.ru"),
           ("Гимназия №17", "gym17-edu.ru"), ("ООО «ВолгаСтройИнвест»", "volgastroyinvest.ru")],
    "el": [("Παπαδόπουλος Α.Ε.", "papadopoulos-ae.gr"), ("Δήμος Καλαμαριάς (τμήμα)", "kalamaria-dimos.gr"),
           ("Αιγαίο Ναυτιλιακή", "aigaio-shipping.gr")],
    "ar": [("مجموعة الفيصل التجارية", "alfaisal-group.com.sa"), ("شركة النخبة للمقاولات", "alnokhba-contracting.ae"),
           ("جامعة الأفق", "alofuq.edu.sa"), ("مكتب حداد للمحاماة", "haddad-law.com.eg")],
    "he": [("ביטון הנדסה בע\"מ", "biton-eng.co.il"), ("מרכז רפואי השרון", "sharon-medical.org.il"),
           ("עמותת גשר", "gesher-amuta.org.il")],
    "zh": [("上海恒信贸易有限公司", "hengxin-trade.cn"), ("北京华腾科技有限公司", "huateng-tech.com.cn"),
           ("深圳市博远电子有限公司", "boyuan-elec.cn")],
    "zh-TW": [("台灣聯合精密股份有限公司", "ulprecision.com.tw"), ("宏達國際物流", "hongda-logistics.com.tw"),
              ("新竹科技顧問", "hsinchu-consult.tw")],
    "ja": [("株式会社山田製作所", "yamada-ss.co.jp"), ("東邦システム株式会社", "toho-sys.co.jp"),
           ("みなと会計事務所", "minato-kaikei.jp"), ("さくら医療クリニック", "sakura-clinic.or.jp")],
    "ko": [("한빛소프트웨어(주)", "hanbitsw.co.kr"), ("대성물산", "daesung-corp.co.kr"), ("서울중앙치과", "sjdental.co.kr")],
    "hi": [("Shree Ganesh Exports", "sganeshexports.in"), ("Nirmaan Infra Pvt Ltd", "nirmaaninfra.co.in"),
           ("Aarogya Clinic", "aarogyaclinic.in")],
    "th": [("บริษัท สยามรุ่งเรือง จำกัด", "siamrungruang.co.th"), ("โรงแรมริมน้ำ", "rimnamhotel.co.th"),
           ("บริษัท ไทยพัฒนา โลจิสติกส์", "thaipattana-log.co.th")],
    "vi": [("Công ty TNHH Minh Phát", "minhphat.com.vn"), ("Công ty CP Sao Việt", "saoviet-jsc.vn"),
           ("Trường THPT Lê Lợi", "thpt-leloi.edu.vn")],
}

PHONE = {
    "en": ["+1 (212) 555-01{n2}", "+1 (888) 555-01{n2}", "+1 (844) 555-01{n2}", "+1-855-555-01{n2}",
           "+44 20 7946 0{n3}", "+1 (866) 555-01{n2}", "+1 (877) 555-01{n2}"],
    "de": ["+49 30 23125{n3}", "+49 89 99654{n3}"], "fr": ["+33 1 99 00 {n2} {n2b}", "01 99 00 {n2} {n2b}"],
    "es": ["+34 91 000 {n3}", "+34 600 000 {n3}"], "it": ["+39 02 0000 {n4}"], "pt": ["+55 11 5555-{n4}"],
    "nl": ["+31 20 555 {n4}"], "pl": ["+48 22 555 {n2} {n2b}"], "tr": ["+90 212 555 {n2} {n2b}"],
    "ru": ["+7 495 555-{n2}-{n2b}", "8 800 555-{n2}-{n2b}"], "el": ["+30 210 555 {n4}"],
    "ar": ["+966 11 555 {n4}", "+971 4 555 {n4}"], "he": ["+972 3-555-{n4}"], "zh": ["+86 21 5555 {n4}", "400-555-{n4}"],
    "zh-TW": ["+886 2 5555 {n4}"], "ja": ["03-5555-{n4}", "0120-555-{n3}"], "ko": ["02-555-{n4}", "1588-{n4}"],
    "hi": ["+91 98765 {n2}{n3}", "1800 555 {n4}"], "th": ["+66 2 555 {n4}"], "vi": ["+84 28 5555 {n4}"],
}


def phone(rng, lang, pattern=None):
    pat = pattern or rng.choice(PHONE.get(lang, PHONE["en"]))
    return pat.format(n2="%02d" % rng.randint(0, 99), n2b="%02d" % rng.randint(0, 99),
                      n3="%03d" % rng.randint(0, 999), n4="%04d" % rng.randint(0, 9999))


def tollfree_us(rng):
    return "%s-555-01%02d" % (rng.choice(["+1 (888)", "+1 (844)", "+1 (855)", "+1 (866)", "+1 (877)", "1-888", "1-844", "1-833", "+1-808"]), rng.randint(0, 99))


MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου".split(),
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split(),
    "he": "בינואר בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר".split(),
    "hi": "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर".split(),
    "th": "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม".split(),
}
WDAYS = {
    "en": "Mon Tue Wed Thu Fri Sat Sun".split(), "de": "Mo. Di. Mi. Do. Fr. Sa. So.".split(),
    "fr": "lun. mar. mer. jeu. ven. sam. dim.".split(), "es": "lun mar mié jue vie sáb dom".split(),
    "it": "lun mar mer gio ven sab dom".split(), "pt": "seg ter qua qui sex sáb dom".split(),
    "nl": "ma di wo do vr za zo".split(), "pl": "pon. wt. śr. czw. pt. sob. niedz.".split(),
    "tr": "Pzt Sal Çar Per Cum Cmt Paz".split(), "ru": "пн вт ср чт пт сб вс".split(),
    "el": "Δευ Τρί Τετ Πέμ Παρ Σάβ Κυρ".split(), "ar": "الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد".split(),
    "he": "יום ב׳ יום ג׳ יום ד׳ יום ה׳ יום ו׳ שבת יום א׳".split(" ") if False else
          ["יום ב׳", "יום ג׳", "יום ד׳", "יום ה׳", "יום ו׳", "שבת", "יום א׳"],
    "zh": "周一 周二 周三 周四 周五 周六 周日".split(), "zh-TW": "週一 週二 週三 週四 週五 週六 週日".split(),
    "ja": "月 火 水 木 金 土 日".split(), "ko": "월 화 수 목 금 토 일".split(),
    "hi": "सोम मंगल बुध गुरु शुक्र शनि रवि".split(), "th": "จ. อ. พ. พฤ. ศ. ส. อา.".split(),
    "vi": "Th 2,Th 3,Th 4,Th 5,Th 6,Th 7,CN".split(","),
}


def fmt_date(lang, d, with_time=True, with_wday=True):
    """Localised date (and time) string for text bodies."""
    wd = WDAYS.get(lang, WDAYS["en"])[d.weekday()]
    t = "%02d:%02d" % (d.hour, d.minute)
    if lang == "en":
        h = d.hour % 12 or 12
        ampm = "am" if d.hour < 12 else "pm"
        tt = ("%d%s" % (h, ampm)) if d.minute == 0 else ("%d:%02d%s" % (h, d.minute, ampm))
        s = "%s%s %d, %d" % ((wd + " ") if with_wday else "", MONTHS["en"][d.month - 1][:3], d.day, d.year)
        return s + (" " + tt if with_time else "")
    if lang in ("zh", "zh-TW", "ja"):
        s = "%d年%d月%d日" % (d.year, d.month, d.day)
        if with_wday:
            s += "(%s)" % wd if lang == "ja" else " " + wd
        return s + (" " + t if with_time else "")
    if lang == "ko":
        s = "%d년 %d월 %d일" % (d.year, d.month, d.day)
        if with_wday:
            s += " (%s)" % wd
        return s + (" " + t if with_time else "")
    if lang == "vi":
        s = "%s, %02d/%02d/%d" % (wd, d.day, d.month, d.year) if with_wday else "%02d/%02d/%d" % (d.day, d.month, d.year)
        return s + (" lúc " + t if with_time else "")
    if lang == "th":
        s = "%s %d %s %d" % (wd, d.day, MONTHS["th"][d.month - 1], d.year + 543)
        return s + (" เวลา " + t + " น." if with_time else "")
    if lang in ("nl", "pt", "it", "es", "fr", "de", "pl", "tr", "ru", "el", "hi", "he", "ar"):
        m = MONTHS[lang][d.month - 1]
        if lang == "de":
            s = "%s %d. %s %d" % (wd, d.day, m, d.year)
            return s + (", " + t + " Uhr" if with_time else "")
        if lang in ("es", "pt"):
            s = "%s %d de %s de %d" % (wd, d.day, m, d.year) if with_wday else "%d de %s de %d" % (d.day, m, d.year)
            return s + ((", " if lang == "es" else " às ") + t if with_time else "")
        if lang == "ar":
            s = "%s %d %s %d" % (wd, d.day, m, d.year)
            return s + (" الساعة " + t if with_time else "")
        if lang == "he":
            s = "%s, %d %s %d" % (wd, d.day, m, d.year)
            return s + (" בשעה " + t if with_time else "")
        if lang == "ru":
            s = "%s, %d %s %d г." % (wd, d.day, m, d.year)
            return s + (" в " + t if with_time else "")
        s = "%s %d %s %d" % (wd, d.day, m, d.year) if with_wday else "%d %s %d" % (d.day, m, d.year)
        return s + (" " + ("à " if lang == "fr" else "") + t if with_time else "")
    return d.strftime("%Y-%m-%d %H:%M")


def money(lang, amount, cur=None):
    cur = cur or {"en": "$", "de": "€", "fr": "€", "es": "€", "it": "€", "pt": "R$", "nl": "€", "pl": "zł",
                  "tr": "TL", "ru": "₽", "el": "€", "ar": "SAR", "he": "₪", "zh": "¥", "zh-TW": "NT$",
                  "ja": "¥", "ko": "원", "hi": "₹", "th": "บาท", "vi": "đ"}[lang]
    if lang in ("de", "fr", "es", "it", "nl", "el", "pt", "pl", "ru", "tr", "vi"):
        s = ("%.2f" % amount).replace(".", ",") if amount != int(amount) else "{:,}".format(int(amount)).replace(",", ".")
        if lang == "pt":
            return "R$ " + s
        return s + " " + cur
    if lang == "ko":
        return "{:,}".format(int(amount)) + cur
    if lang in ("ja", "zh"):
        return cur + "{:,}".format(int(amount))
    if lang == "th":
        return "{:,}".format(int(amount)) + " " + cur
    if amount != int(amount):
        return cur + "{:,.2f}".format(amount)
    return cur + "{:,}".format(int(amount))
