# -*- coding: utf-8 -*-
"""Shared helpers: people, domains, time zones, random tokens.  CC0 1.0."""
import datetime as dt
import string
import unicodedata

LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'el', 'ar', 'he',
         'zh', 'ja', 'ko', 'hi', 'th', 'tr', 'uk', 'vi']

LANG_NAMES = {
    'en': 'English', 'de': 'German', 'fr': 'French', 'es': 'Spanish', 'it': 'Italian',
    'pt': 'Portuguese', 'nl': 'Dutch', 'pl': 'Polish', 'ru': 'Russian', 'el': 'Greek',
    'ar': 'Arabic', 'he': 'Hebrew', 'zh': 'Chinese', 'ja': 'Japanese', 'ko': 'Korean',
    'hi': 'Hindi', 'th': 'Thai', 'tr': 'Turkish', 'uk': 'Ukrainian', 'vi': 'Vietnamese'}

# (native display name, ascii local part or None -> derived)
NAMES = {
    'en': ['James Carter', 'Emily Hughes', 'Michael Bennett', 'Sarah Foster', 'David Reynolds',
           'Laura Morgan', 'Daniel Sullivan', 'Rachel Price', 'Chris Hayes', 'Megan Coleman',
           'Kevin Fletcher', 'Olivia Walsh', 'Brian Turner', 'Hannah Brooks', 'Jason Whitfield',
           'Natalie Graves', 'Peter Lindqvist', 'Grace Okafor', 'Samuel Ortiz', 'Priya Raman',
           'Tom Harding', 'Amy Caldwell', 'Marcus Reed', 'Lisa Donnelly'],
    'de': ['Jonas Becker', 'Katrin Schulz', 'Stefan Hoffmann', 'Julia Wagner', 'Markus Krüger',
           'Anna Vogel', 'Tobias Neumann', 'Sabine Schäfer', 'Felix Brandt', 'Lena Lehmann',
           'Jürgen Weiß', 'Claudia Hartmann'],
    'fr': ['Camille Dubois', 'Julien Lefèvre', 'Élodie Moreau', 'Mathieu Girard', 'Sophie Mercier',
           'Nicolas Bonnet', 'Claire Lambert', 'Antoine Fontaine', 'Manon Rousseau', 'Thomas Chevalier'],
    'es': ['Lucía García', 'Javier Fernández', 'María López', 'Alejandro Martínez', 'Carmen Sánchez',
           'Pablo Romero', 'Elena Navarro', 'Sergio Torres', 'Marta Ruiz', 'Diego Morales'],
    'it': ['Giulia Rossi', 'Marco Bianchi', 'Francesca Romano', 'Luca Colombo', 'Chiara Ricci',
           'Alessandro Marino', 'Elena Greco', 'Matteo Bruno', 'Sara Gallo', 'Davide Conti'],
    'pt': ['João Silva', 'Ana Santos', 'Pedro Oliveira', 'Mariana Costa', 'Tiago Pereira',
           'Beatriz Ferreira', 'Rafael Almeida', 'Inês Rodrigues', 'Lucas Carvalho', 'Carolina Sousa'],
    'nl': ['Sanne de Vries', 'Daan Jansen', 'Lotte Bakker', 'Bram Visser', 'Femke Smit',
           'Joost Meijer', 'Eva de Boer', 'Ruben Mulder', 'Anouk Bos', 'Thijs Vos'],
    'pl': ['Katarzyna Nowak', 'Piotr Kowalski', 'Agnieszka Wiśniewska', 'Tomasz Wójcik',
           'Magdalena Kamińska', 'Paweł Lewandowski', 'Joanna Zielińska', 'Michał Szymański',
           'Anna Dąbrowska', 'Krzysztof Kozłowski'],
    'tr': ['Mehmet Yılmaz', 'Ayşe Kaya', 'Mustafa Demir', 'Elif Şahin', 'Emre Çelik',
           'Zeynep Yıldız', 'Burak Aydın', 'Selin Öztürk', 'Can Arslan', 'Deniz Koç'],
    'vi': ['Nguyễn Văn An', 'Trần Thị Hương', 'Lê Minh Tuấn', 'Phạm Thu Trang', 'Hoàng Đức Anh',
           'Vũ Ngọc Lan', 'Đặng Quốc Huy', 'Bùi Thanh Mai'],
    'ru': [('Алексей Иванов', 'aleksey.ivanov'), ('Мария Смирнова', 'm.smirnova'),
           ('Дмитрий Кузнецов', 'dkuznetsov'), ('Елена Попова', 'elena.popova'),
           ('Сергей Васильев', 's.vasiliev'), ('Ольга Соколова', 'olga.sokolova'),
           ('Андрей Морозов', 'amorozov'), ('Наталья Волкова', 'n.volkova'),
           ('Игорь Лебедев', 'igor.lebedev'), ('Татьяна Козлова', 'tkozlova')],
    'uk': [('Олександр Шевченко', 'o.shevchenko'), ('Ірина Коваленко', 'iryna.kovalenko'),
           ('Андрій Бондаренко', 'abondarenko'), ('Оксана Ткаченко', 'oksana.tkachenko'),
           ('Микола Кравченко', 'm.kravchenko'), ('Наталія Мельник', 'nataliia.melnyk'),
           ('Богдан Олійник', 'bohdan.oliinyk'), ('Юлія Савченко', 'y.savchenko')],
    'el': [('Γιώργος Παπαδόπουλος', 'g.papadopoulos'), ('Μαρία Οικονόμου', 'maria.oikonomou'),
           ('Νίκος Γεωργίου', 'ngeorgiou'), ('Ελένη Δημητρίου', 'eleni.dimitriou'),
           ('Κώστας Βασιλείου', 'k.vasileiou'), ('Αικατερίνη Νικολάου', 'a.nikolaou'),
           ('Δημήτρης Αντωνίου', 'dantoniou'), ('Σοφία Καραγιάννη', 'sofia.karagianni')],
    'ar': [('محمد العتيبي', 'm.alotaibi'), ('فاطمة الزهراني', 'fatima.z'),
           ('أحمد الحربي', 'ahmed.alharbi'), ('سارة القحطاني', 'sara.q'),
           ('خالد المطيري', 'k.almutairi'), ('نورة الشمري', 'noura.alshammari'),
           ('عمر حداد', 'omar.haddad'), ('ليلى منصور', 'layla.mansour')],
    'he': [('יוסי כהן', 'yossi.cohen'), ('מיכל לוי', 'michal.levi'), ('אבי מזרחי', 'avi.mizrahi'),
           ('נועה פרץ', 'noa.peretz'), ('דני ביטון', 'dani.biton'), ('רונית אברהם', 'ronit.a'),
           ('עומר שפירא', 'omer.shapira'), ('תמר פרידמן', 'tamar.friedman')],
    'zh': [('王伟', 'wang.wei'), ('李娜', 'li.na'), ('张敏', 'zhangmin'), ('刘洋', 'liu.yang'),
           ('陈静', 'chenjing'), ('杨磊', 'yang.lei'), ('赵丽', 'zhao.li'), ('黄强', 'huang.qiang')],
    'ja': [('佐藤 健', 'k.sato'), ('鈴木 美咲', 'misaki.suzuki'), ('高橋 大輔', 'd.takahashi'),
           ('田中 陽子', 'yoko.tanaka'), ('伊藤 翔', 'sho.ito'), ('渡辺 さくら', 's.watanabe'),
           ('山本 直樹', 'naoki.yamamoto'), ('中村 彩', 'aya.nakamura')],
    'ko': [('김민준', 'minjun.kim'), ('이서연', 'seoyeon.lee'), ('박지훈', 'jihoon.park'),
           ('최수빈', 'subin.choi'), ('정우진', 'woojin.jung'), ('강하은', 'haeun.kang'),
           ('조현우', 'hyunwoo.cho'), ('윤지아', 'jia.yoon')],
    'hi': [('राहुल शर्मा', 'rahul.sharma'), ('प्रिया वर्मा', 'priya.verma'), ('अमित पटेल', 'amit.patel'),
           ('नेहा गुप्ता', 'neha.gupta'), ('विकास सिंह', 'vikas.singh'), ('अंजलि मेहता', 'anjali.mehta'),
           ('Suresh Yadav', 'suresh.yadav'), ('Pooja Joshi', 'pooja.joshi')],
    'th': [('สมชาย ใจดี', 'somchai.j'), ('สุภาพร ศรีสุข', 'supaporn.s'), ('ธนากร วงศ์ใหญ่', 'thanakorn.w'),
           ('กัญญา แสงทอง', 'kanya.saengthong'), ('ประเสริฐ บุญมา', 'prasert.b'),
           ('วรรณา พรหมมา', 'wanna.p'), ('อนุชา ทองดี', 'anucha.t'), ('นภา สุขสวัสดิ์', 'napa.s')],
}

TLDS = {
    'en': ['com', 'com', 'co.uk', 'net', 'io', 'com.au', 'ca', 'org'],
    'de': ['de', 'de', 'at', 'ch'], 'fr': ['fr', 'fr', 'be'], 'es': ['es', 'es', 'com.mx'],
    'it': ['it'], 'pt': ['pt', 'com.br'], 'nl': ['nl', 'nl', 'be'], 'pl': ['pl', 'com.pl'],
    'ru': ['ru', 'ru', 'su'], 'el': ['gr', 'com.gr'], 'ar': ['ae', 'sa', 'com.eg', 'com'],
    'he': ['co.il', 'org.il'], 'zh': ['cn', 'com.cn', 'com.tw'], 'ja': ['co.jp', 'jp'],
    'ko': ['co.kr', 'kr'], 'hi': ['in', 'co.in'], 'th': ['co.th', 'in.th'], 'tr': ['com.tr'],
    'uk': ['com.ua', 'ua'], 'vi': ['vn', 'com.vn']}

WORDS = {
    'en': ['northwind', 'bluepeak', 'harborline', 'cedarbrook', 'lumenfield', 'ashgrove', 'brightwater',
           'copperleaf', 'redstone', 'silverline', 'oakhurst', 'kingsbridge', 'ironbark', 'meridian',
           'summitview', 'eastgate', 'fairhaven', 'larkspur', 'windmere', 'stonebridge'],
    'de': ['nordlicht', 'bergmann', 'rheintal', 'elbwerk', 'sonnenhof', 'kraftwerk-sued', 'lindenau',
           'falkenstein', 'moosbach', 'steinfeld'],
    'fr': ['belleville', 'lacroix', 'montclair', 'val-de-loire', 'horizon-conseil', 'atelier-lumiere',
           'cote-ouest', 'grandpre'],
    'es': ['solana', 'mirador', 'vientosur', 'castellar', 'aguaclara', 'levante'],
    'it': ['valverde', 'montebello', 'portofino-tech', 'lagoverde', 'castelnuovo', 'arnoservizi'],
    'pt': ['ventonorte', 'marazul', 'serraverde', 'ribeira', 'atlantica'],
    'nl': ['polderkracht', 'dijkstra-groep', 'noordzee', 'vechtdal', 'molenwerf'],
    'pl': ['wislatech', 'kasztan', 'bursztyn', 'mazowsze-serwis', 'lechia'],
    'ru': ['severstal-trade', 'volga-invest', 'uralsnab', 'baikal-soft', 'neva-group'],
    'el': ['aigaio', 'olympos-tech', 'kyklades', 'thessaloniki-trade', 'elaia'],
    'ar': ['alnoor', 'almanara', 'gulfbridge', 'alwaha', 'sahara-trading'],
    'he': ['kinneret', 'carmel-tech', 'negevsoft', 'galil-systems', 'yarden'],
    'zh': ['huaxin', 'jinshan', 'tianyu', 'changjiang', 'hengtai'],
    'ja': ['sakura-shoji', 'yamato-sangyo', 'hikari-net', 'fujimi', 'kawasemi'],
    'ko': ['hanbit', 'saerom', 'daehan-tech', 'mirae', 'hangang'],
    'hi': ['sagarsoft', 'indus-infotech', 'ganga-logistics', 'shivam-traders', 'navrang'],
    'th': ['siamtech', 'chaophraya', 'lanna-group', 'sukhumvit-trading', 'krungsiam'],
    'tr': ['anadolu-lojistik', 'bosphorus-tech', 'egepazar', 'karadeniz', 'marmara-yazilim'],
    'uk': ['dnipro-soft', 'karpaty', 'kyivtrans', 'lvivmed', 'slavutych'],
    'vi': ['sontra', 'hoanglong', 'mekong-tech', 'saigonlink', 'hanoitrade']}

SUFFIX = ['', '', '-group', '-partners', 'labs', '-consulting', '-ltd', 'hq', '-services', '-co']

# freemail by client family, and generic
FREEMAIL = {
    'google': ['gmail.com', 'gmail.com', 'gmail.com', 'googlemail.com'],
    'outlook': ['outlook.com', 'hotmail.com', 'outlook.com', 'live.com', 'hotmail.co.uk', 'outlook.de'],
    'apple': ['icloud.com', 'icloud.com', 'me.com', 'mac.com'],
    'yahoo': ['yahoo.com', 'yahoo.com', 'yahoo.co.uk', 'aol.com', 'yahoo.co.jp', 'ymail.com'],
}
FREEMAIL_LANG = {
    'en': ['gmx.com', 'mail.com', 'zoho.com', 'proton.me', 'fastmail.com'],
    'de': ['gmx.de', 'web.de', 'posteo.de', 'freenet.de'], 'fr': ['orange.fr', 'laposte.net', 'free.fr'],
    'es': ['telefonica.net', 'gmx.es'], 'it': ['libero.it', 'virgilio.it', 'tiscali.it'],
    'pt': ['sapo.pt', 'uol.com.br', 'bol.com.br'], 'nl': ['ziggo.nl', 'kpnmail.nl'],
    'pl': ['wp.pl', 'o2.pl', 'interia.pl', 'onet.pl'], 'ru': ['mail.ru', 'yandex.ru', 'rambler.ru', 'bk.ru'],
    'el': ['otenet.gr', 'yahoo.gr'], 'ar': ['gmx.com', 'mail.com'], 'he': ['walla.co.il', 'bezeqint.net'],
    'zh': ['qq.com', '163.com', '126.com', 'sina.com'], 'ja': ['yahoo.co.jp', 'nifty.com', 'docomo.ne.jp'],
    'ko': ['naver.com', 'daum.net', 'hanmail.net'], 'hi': ['rediffmail.com', 'gmx.com'],
    'th': ['hotmail.co.th', 'gmx.com'], 'tr': ['yandex.com.tr', 'mynet.com'],
    'uk': ['ukr.net', 'i.ua', 'meta.ua'], 'vi': ['gmx.com', 'yahoo.com.vn']}

DMARC_POLICY = {
    'gmail.com': 'NONE', 'googlemail.com': 'NONE', 'google.com': 'REJECT', 'outlook.com': 'NONE',
    'hotmail.com': 'NONE', 'live.com': 'NONE', 'icloud.com': 'QUARANTINE', 'me.com': 'QUARANTINE',
    'mac.com': 'QUARANTINE', 'yahoo.com': 'REJECT', 'aol.com': 'REJECT', 'ymail.com': 'REJECT',
    'yahoo.co.jp': 'NONE', 'zoom.us': 'REJECT', 'gmx.de': 'QUARANTINE', 'web.de': 'QUARANTINE',
    'mail.ru': 'REJECT', 'yandex.ru': 'REJECT', 'qq.com': 'QUARANTINE', '163.com': 'NONE',
    'naver.com': 'NONE', 'orange.fr': 'REJECT', 'libero.it': 'NONE', 'wp.pl': 'NONE'}

RECIPIENT_DOMAINS = [
    'example.net', 'example.org', 'example.com', 'mail.example.com', 'staff.example.edu',
    'hartwell-legal.example', 'meyer-familie.example', 'northgate-clinic.example',
    'kobayashi-koumuten.example', 'brennan-accounting.example', 'riverside-school.example',
    'tarrant-logistics.example', 'villa-sole.example', 'atelier-noir.example', 'dvorak-audio.example',
    'polar-research.example', 'familie-jansen.example', 'kestrel-engineering.example',
    'oakmont-dental.example', 'lucerna-design.example', 'novak-consulting.example',
    'sunrise-hotels.example', 'greenleaf-coop.example', 'ivanov-home.example',
    'mosaic-media.example', 'quarry-hill.example', 'the-bakery.example', 'seaside-sailing.example']

BRAND_WORDS = ['secure', 'verify', 'account', 'support', 'service', 'online', 'portal', 'login',
               'update', 'help', 'billing', 'notice', 'center', 'docs', 'cloud', 'id', 'auth']
JUNK_TLDS = ['top', 'xyz', 'shop', 'online', 'site', 'click', 'cfd', 'sbs', 'icu', 'buzz', 'live',
             'info', 'store', 'life', 'club', 'pw', 'cyou', 'rest', 'bond', 'mom']


def strip_accents(s):
    s = s.replace('ł', 'l').replace('Ł', 'L').replace('ı', 'i').replace('İ', 'I').replace('đ', 'd')
    s = s.replace('Đ', 'D').replace('ß', 'ss').replace('ø', 'o').replace('æ', 'ae')
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))


class Person:
    def __init__(self, name, email):
        self.name = name
        self.email = email

    @property
    def domain(self):
        return self.email.split('@', 1)[1]

    @property
    def local(self):
        return self.email.split('@', 1)[0]

    def __repr__(self):
        return 'Person(%r, %r)' % (self.name, self.email)


def pick_name(rng, lang):
    pool = NAMES.get(lang, NAMES['en'])
    item = rng.choice(pool)
    if isinstance(item, tuple):
        return item
    if rng.random() < 0.5 and lang not in ('vi',):
        other = rng.choice(pool)
        item = item.split(' ')[0] + ' ' + other.split(' ', 1)[1]
    a = strip_accents(item).lower().replace(' ', '.').replace("'", '')
    style = rng.random()
    parts = a.split('.')
    if style < 0.5:
        loc = a
    elif style < 0.7:
        loc = parts[0][0] + '.' + parts[-1]
    elif style < 0.85:
        loc = parts[0][0] + parts[-1]
    else:
        loc = parts[0]
    return item, loc


def company_domain(rng, lang):
    w = rng.choice(WORDS.get(lang, WORDS['en']) + WORDS['en'][:4])
    return w + rng.choice(SUFFIX) + '.' + rng.choice(TLDS.get(lang, TLDS['en']))


def person_at(rng, lang, domain, local_style=None):
    name, loc = pick_name(rng, lang)
    if local_style == 'num':
        loc = loc.replace('.', '') + str(rng.randint(7, 99))
    return Person(name, loc + '@' + domain)


def freemail_person(rng, lang, family=None, numbered=None):
    if family:
        dom = rng.choice(FREEMAIL[family])
    else:
        dom = rng.choice(FREEMAIL_LANG.get(lang, FREEMAIL_LANG['en']))
    if numbered is None:
        numbered = rng.random() < 0.4
    return person_at(rng, lang, dom, 'num' if numbered else None)


def rand_token(rng, n, alphabet=string.ascii_letters + string.digits):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def rand_hex(rng, n, upper=False):
    s = ''.join(rng.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if upper else s


def rand_uuid(rng, upper=False):
    h = rand_hex(rng, 32, upper)
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def doc_ip(rng):
    return rng.choice(['192.0.2', '198.51.100', '203.0.113']) + '.' + str(rng.randint(2, 254))


def doc_ip6(rng):
    return '2001:db8:%x:%x::%x' % (rng.randint(1, 0xffff), rng.randint(1, 0xffff), rng.randint(1, 0xfff))


def org_domain(d):
    parts = d.lower().split('.')
    if len(parts) >= 3 and (parts[-2] in ('co', 'com', 'org', 'net', 'ac', 'in', 'or', 'ne', 'gov')
                            and len(parts[-1]) == 2):
        return '.'.join(parts[-3:])
    return '.'.join(parts[-2:])


# ---------------------------------------------------------------- time zones
# olson: (windows name, std offset min, dst offset min or None, std abbr, dst abbr, rule)
TZ = {
    'UTC': ('UTC', 0, None, 'UTC', None, None),
    'Europe/London': ('GMT Standard Time', 0, 60, 'GMT', 'BST', 'EU'),
    'Europe/Lisbon': ('GMT Standard Time', 0, 60, 'WET', 'WEST', 'EU'),
    'Europe/Berlin': ('W. Europe Standard Time', 60, 120, 'CET', 'CEST', 'EU'),
    'Europe/Vienna': ('W. Europe Standard Time', 60, 120, 'CET', 'CEST', 'EU'),
    'Europe/Rome': ('W. Europe Standard Time', 60, 120, 'CET', 'CEST', 'EU'),
    'Europe/Amsterdam': ('W. Europe Standard Time', 60, 120, 'CET', 'CEST', 'EU'),
    'Europe/Paris': ('Romance Standard Time', 60, 120, 'CET', 'CEST', 'EU'),
    'Europe/Madrid': ('Romance Standard Time', 60, 120, 'CET', 'CEST', 'EU'),
    'Europe/Brussels': ('Romance Standard Time', 60, 120, 'CET', 'CEST', 'EU'),
    'Europe/Warsaw': ('Central European Standard Time', 60, 120, 'CET', 'CEST', 'EU'),
    'Europe/Athens': ('GTB Standard Time', 120, 180, 'EET', 'EEST', 'EU'),
    'Europe/Kiev': ('FLE Standard Time', 120, 180, 'EET', 'EEST', 'EU'),
    'Europe/Istanbul': ('Turkey Standard Time', 180, None, '+03', None, None),
    'Europe/Moscow': ('Russian Standard Time', 180, None, 'MSK', None, None),
    'Asia/Jerusalem': ('Israel Standard Time', 120, 180, 'IST', 'IDT', 'IL'),
    'Asia/Riyadh': ('Arab Standard Time', 180, None, '+03', None, None),
    'Asia/Dubai': ('Arabian Standard Time', 240, None, '+04', None, None),
    'Asia/Kolkata': ('India Standard Time', 330, None, 'IST', None, None),
    'Asia/Bangkok': ('SE Asia Standard Time', 420, None, '+07', None, None),
    'Asia/Ho_Chi_Minh': ('SE Asia Standard Time', 420, None, '+07', None, None),
    'Asia/Shanghai': ('China Standard Time', 480, None, 'CST', None, None),
    'Asia/Taipei': ('Taipei Standard Time', 480, None, 'CST', None, None),
    'Asia/Tokyo': ('Tokyo Standard Time', 540, None, 'JST', None, None),
    'Asia/Seoul': ('Korea Standard Time', 540, None, 'KST', None, None),
    'America/New_York': ('Eastern Standard Time', -300, -240, 'EST', 'EDT', 'US'),
    'America/Chicago': ('Central Standard Time', -360, -300, 'CST', 'CDT', 'US'),
    'America/Los_Angeles': ('Pacific Standard Time', -480, -420, 'PST', 'PDT', 'US'),
    'America/Sao_Paulo': ('E. South America Standard Time', -180, None, '-03', None, None),
    'America/Mexico_City': ('Central Standard Time (Mexico)', -360, None, 'CST', None, None),
    'Australia/Sydney': ('AUS Eastern Standard Time', 600, 660, 'AEST', 'AEDT', 'AU'),
}

LANG_TZ = {
    'en': ['America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Europe/London',
           'Australia/Sydney', 'America/New_York', 'Europe/London'],
    'de': ['Europe/Berlin', 'Europe/Berlin', 'Europe/Vienna'], 'fr': ['Europe/Paris', 'Europe/Brussels'],
    'es': ['Europe/Madrid', 'America/Mexico_City'], 'it': ['Europe/Rome'],
    'pt': ['Europe/Lisbon', 'America/Sao_Paulo'], 'nl': ['Europe/Amsterdam', 'Europe/Brussels'],
    'pl': ['Europe/Warsaw'], 'ru': ['Europe/Moscow'], 'el': ['Europe/Athens'],
    'ar': ['Asia/Riyadh', 'Asia/Dubai'], 'he': ['Asia/Jerusalem'], 'zh': ['Asia/Shanghai', 'Asia/Taipei'],
    'ja': ['Asia/Tokyo'], 'ko': ['Asia/Seoul'], 'hi': ['Asia/Kolkata'], 'th': ['Asia/Bangkok'],
    'tr': ['Europe/Istanbul'], 'uk': ['Europe/Kiev'], 'vi': ['Asia/Ho_Chi_Minh']}

# rule: (dst start month, byday, local time), (dst end month, byday, local time)
RULES = {
    'EU': ((3, '-1SU', 2), (10, '-1SU', 3)),
    'US': ((3, '2SU', 2), (11, '1SU', 2)),
    'IL': ((3, '-1FR', 2), (10, '-1SU', 2)),
    'AU': ((10, '1SU', 2), (4, '1SU', 3)),
}
WD = {'MO': 0, 'TU': 1, 'WE': 2, 'TH': 3, 'FR': 4, 'SA': 5, 'SU': 6}


def nth_weekday(year, month, byday):
    n = int(byday[:-2])
    wd = WD[byday[-2:]]
    if n > 0:
        d = dt.date(year, month, 1)
        d += dt.timedelta(days=(wd - d.weekday()) % 7)
        return d + dt.timedelta(days=7 * (n - 1))
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    d = nxt - dt.timedelta(days=1)
    d -= dt.timedelta(days=(d.weekday() - wd) % 7)
    return d + dt.timedelta(days=7 * (n + 1))


def utc_offset(tzid, local):
    """offset in minutes for a naive local datetime"""
    win, std, dst, sa, da, rule = TZ[tzid]
    if not rule:
        return std
    (sm, sb, sh), (em, eb, eh) = RULES[rule]
    s = dt.datetime.combine(nth_weekday(local.year, sm, sb), dt.time(sh))
    e = dt.datetime.combine(nth_weekday(local.year, em, eb), dt.time(eh))
    if s < e:
        in_dst = s <= local < e
    else:
        in_dst = not (e <= local < s)
    return dst if in_dst else std


def to_utc(tzid, local):
    return local - dt.timedelta(minutes=utc_offset(tzid, local))


def from_utc(tzid, utc):
    guess = utc + dt.timedelta(minutes=TZ[tzid][1])
    return utc + dt.timedelta(minutes=utc_offset(tzid, guess))


def tz_abbr(tzid, local):
    win, std, dst, sa, da, rule = TZ[tzid]
    off = utc_offset(tzid, local)
    return da if (dst is not None and off == dst) else sa


def fmt_off(m):
    sign = '+' if m >= 0 else '-'
    m = abs(m)
    return '%s%02d%02d' % (sign, m // 60, m % 60)


def rfc2822_date(d, offset_min=0):
    local = d + dt.timedelta(minutes=offset_min)
    days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    mons = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    return '%s, %d %s %d %02d:%02d:%02d %s' % (days[local.weekday()], local.day, mons[local.month - 1],
                                                local.year, local.hour, local.minute, local.second,
                                                fmt_off(offset_min))
