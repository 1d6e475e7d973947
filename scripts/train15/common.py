# -*- coding: utf-8 -*-
"""Shared helpers: ids, names, organisations, time zones.  CC0 1.0."""
import datetime as dt
import string
import unicodedata

ALNUM = string.ascii_letters + string.digits
LOWER = string.ascii_lowercase + string.digits


def hexs(rng, n, upper=False):
    s = ''.join(rng.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if upper else s


def alnum(rng, n, chars=ALNUM):
    return ''.join(rng.choice(chars) for _ in range(n))


def uuid4(rng, upper=False):
    h = hexs(rng, 32)
    h = h[:12] + '4' + h[13:16] + rng.choice('89ab') + h[17:]
    s = '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


def digits(rng, n):
    return ''.join(rng.choice('0123456789') for _ in range(n))


def ip4(rng):
    net = rng.choice(['192.0.2', '198.51.100', '203.0.113'])
    return '%s.%d' % (net, rng.randint(2, 254))


def ip6(rng):
    return '2001:db8:%x:%x::%x' % (rng.randint(1, 0xffff), rng.randint(0, 0xffff), rng.randint(1, 0xfff))


def ascii_fold(s):
    s = s.replace('ß', 'ss').replace('ł', 'l').replace('Ł', 'L').replace('ı', 'i').replace('ø', 'o')
    s = s.replace('æ', 'ae').replace('œ', 'oe')
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))


def slug(s):
    s = ascii_fold(s).lower()
    out = []
    for c in s:
        if c.isalnum() and c.isascii():
            out.append(c)
        elif c in ' -_.':
            out.append('-')
    r = ''.join(out).strip('-')
    while '--' in r:
        r = r.replace('--', '-')
    return r


# ---------------------------------------------------------------- names
# Latin-script languages: first names (gender), last names
LATIN_NAMES = {
    'en': (['James', 'Olivia', 'Michael', 'Emma', 'David', 'Sophie', 'Daniel', 'Grace', 'Ryan', 'Hannah',
            'Priya', 'Marcus', 'Laura', 'Kevin', 'Rachel', 'Tom', 'Chloe', 'Ben', 'Aisha', 'Connor', 'Megan',
            'Jason', 'Nicole', 'Samuel', 'Heather', 'Owen', 'Natalie', 'Trevor', 'Fiona', 'Gareth'],
           ['Carter', 'Hughes', 'Bennett', 'Walsh', 'Patel', 'Morgan', 'Reed', 'Foster', 'Brooks', 'Hayes',
            'Turner', 'Sullivan', 'Price', 'Coleman', 'Ward', 'Lawson', 'Fletcher', 'Doyle', 'Nguyen', 'Kaplan',
            'Ramirez', 'Okafor', 'Lindqvist', 'Harper', 'McAllister', 'Pryce', 'Whitfield', 'Donnelly']),
    'de': (['Jonas', 'Lena', 'Tobias', 'Anna', 'Florian', 'Katrin', 'Matthias', 'Julia', 'Stefan', 'Sabine',
            'Jürgen', 'Ute', 'Lukas', 'Miriam', 'Dirk', 'Claudia'],
           ['Weber', 'Schmitt', 'Hoffmann', 'Becker', 'Wagner', 'Krüger', 'Neumann', 'Schäfer', 'Vogt', 'Lorenz',
            'Brandt', 'Köhler', 'Ziegler', 'Hartmann', 'Seidel']),
    'fr': (['Julien', 'Camille', 'Nicolas', 'Chloé', 'Mathieu', 'Élise', 'Antoine', 'Manon', 'Sébastien',
            'Claire', 'Hélène', 'Théo', 'Amélie', 'Rémi'],
           ['Dubois', 'Lefèvre', 'Moreau', 'Girard', 'Fontaine', 'Rousseau', 'Lambert', 'Bonnet', 'Mercier',
            'Chevalier', 'Garnier', 'Faure', 'Roussel']),
    'es': (['Javier', 'Lucía', 'Alejandro', 'Marta', 'Carlos', 'Elena', 'Diego', 'Paula', 'Sergio', 'Carmen',
            'Íñigo', 'Rocío', 'Andrés', 'Begoña'],
           ['García', 'Martínez', 'López', 'Sánchez', 'Romero', 'Navarro', 'Torres', 'Ruiz', 'Ortega',
            'Castillo', 'Muñoz', 'Iglesias', 'Peña']),
    'it': (['Luca', 'Giulia', 'Marco', 'Chiara', 'Alessandro', 'Francesca', 'Matteo', 'Sara', 'Davide', 'Elena',
            'Niccolò', 'Federica', 'Gianluca', 'Ilaria'],
           ['Rossi', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti',
            'De Luca', 'Fabbri', 'Esposito']),
    'pt': (['João', 'Ana', 'Pedro', 'Beatriz', 'Rafael', 'Mariana', 'Lucas', 'Camila', 'Thiago', 'Fernanda',
            'Gonçalo', 'Inês', 'Caio', 'Letícia'],
           ['Silva', 'Santos', 'Oliveira', 'Souza', 'Pereira', 'Costa', 'Rodrigues', 'Almeida', 'Carvalho',
            'Ferreira', 'Gonçalves', 'Araújo', 'Ribeiro']),
    'nl': (['Daan', 'Sanne', 'Bram', 'Lotte', 'Thijs', 'Eva', 'Ruben', 'Femke', 'Joris', 'Anouk', 'Maarten',
            'Ilse', 'Sjoerd', 'Marloes'],
           ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'Bos', 'Vos',
            'van Dijk', 'Hendriks', 'Kuipers']),
    'pl': (['Piotr', 'Anna', 'Tomasz', 'Katarzyna', 'Michał', 'Agnieszka', 'Paweł', 'Magdalena', 'Krzysztof',
            'Joanna', 'Łukasz', 'Ewa', 'Grzegorz', 'Małgorzata'],
           ['Nowak', 'Wójcik', 'Mazur', 'Krawczyk', 'Kaczmarek', 'Zając', 'Król', 'Pawlak', 'Michalak', 'Sikora',
            'Wróbel', 'Jabłoński']),
    'tr': (['Mehmet', 'Ayşe', 'Emre', 'Zeynep', 'Burak', 'Elif', 'Can', 'Selin', 'Oğuz', 'Gülşen', 'Kerem',
            'Büşra'],
           ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Aydın', 'Öztürk', 'Arslan', 'Doğan',
            'Kılıç', 'Koç']),
}

# Non-Latin: (native first, roman first), (native last (m), native last (f), roman last)
NONLATIN_NAMES = {
    'ru': ([('Алексей', 'aleksey', 'm'), ('Ольга', 'olga', 'f'), ('Дмитрий', 'dmitry', 'm'),
            ('Екатерина', 'ekaterina', 'f'), ('Сергей', 'sergey', 'm'), ('Наталья', 'natalya', 'f'),
            ('Игорь', 'igor', 'm'), ('Мария', 'maria', 'f'), ('Андрей', 'andrey', 'm'),
            ('Татьяна', 'tatiana', 'f'), ('Павел', 'pavel', 'm'), ('Юлия', 'yulia', 'f')],
           [('Смирнов', 'Смирнова', 'smirnov'), ('Кузнецов', 'Кузнецова', 'kuznetsov'),
            ('Попов', 'Попова', 'popov'), ('Волков', 'Волкова', 'volkov'), ('Соколов', 'Соколова', 'sokolov'),
            ('Лебедев', 'Лебедева', 'lebedev'), ('Морозов', 'Морозова', 'morozov'),
            ('Новиков', 'Новикова', 'novikov')]),
    'el': ([('Γιώργος', 'giorgos', 'm'), ('Μαρία', 'maria', 'f'), ('Νίκος', 'nikos', 'm'),
            ('Ελένη', 'eleni', 'f'), ('Κώστας', 'kostas', 'm'), ('Κατερίνα', 'katerina', 'f'),
            ('Δημήτρης', 'dimitris', 'm'), ('Σοφία', 'sofia', 'f'), ('Παναγιώτης', 'panagiotis', 'm'),
            ('Αθηνά', 'athina', 'f')],
           [('Παπαδόπουλος', 'Παπαδοπούλου', 'papadopoulos'), ('Γεωργίου', 'Γεωργίου', 'georgiou'),
            ('Νικολάου', 'Νικολάου', 'nikolaou'), ('Οικονόμου', 'Οικονόμου', 'oikonomou'),
            ('Καραγιάννης', 'Καραγιάννη', 'karagiannis'), ('Αντωνίου', 'Αντωνίου', 'antoniou'),
            ('Βλάχος', 'Βλάχου', 'vlachos')]),
    'ar': ([('محمد', 'mohammed', 'm'), ('فاطمة', 'fatima', 'f'), ('أحمد', 'ahmed', 'm'), ('مريم', 'maryam', 'f'),
            ('خالد', 'khaled', 'm'), ('نور', 'nour', 'f'), ('يوسف', 'youssef', 'm'), ('سارة', 'sara', 'f'),
            ('عمر', 'omar', 'm'), ('ليلى', 'layla', 'f')],
           [('العتيبي', 'العتيبي', 'alotaibi'), ('الحسن', 'الحسن', 'alhassan'), ('منصور', 'منصور', 'mansour'),
            ('الشمري', 'الشمري', 'alshammari'), ('حداد', 'حداد', 'haddad'), ('سليمان', 'سليمان', 'suleiman'),
            ('الزهراني', 'الزهراني', 'alzahrani')]),
    'he': ([('יוסי', 'yossi', 'm'), ('מיכל', 'michal', 'f'), ('אבי', 'avi', 'm'), ('נועה', 'noa', 'f'),
            ('דניאל', 'daniel', 'm'), ('שירה', 'shira', 'f'), ('איתי', 'itai', 'm'), ('תמר', 'tamar', 'f'),
            ('עומר', 'omer', 'm'), ('רונית', 'ronit', 'f')],
           [('כהן', 'כהן', 'cohen'), ('לוי', 'לוי', 'levi'), ('מזרחי', 'מזרחי', 'mizrahi'), ('פרץ', 'פרץ', 'peretz'),
            ('ביטון', 'ביטון', 'biton'), ('אברהם', 'אברהם', 'avraham'), ('שפירא', 'שפירא', 'shapira')]),
    'hi': ([('राहुल', 'rahul', 'm'), ('प्रिया', 'priya', 'f'), ('अमित', 'amit', 'm'), ('नेहा', 'neha', 'f'),
            ('विकास', 'vikas', 'm'), ('अंजलि', 'anjali', 'f'), ('सुनील', 'sunil', 'm'), ('पूजा', 'pooja', 'f'),
            ('अर्जुन', 'arjun', 'm'), ('कविता', 'kavita', 'f')],
           [('शर्मा', 'शर्मा', 'sharma'), ('वर्मा', 'वर्मा', 'verma'), ('पटेल', 'पटेल', 'patel'),
            ('गुप्ता', 'गुप्ता', 'gupta'), ('सिंह', 'सिंह', 'singh'), ('मेहता', 'मेहता', 'mehta'),
            ('जोशी', 'जोशी', 'joshi'), ('यादव', 'यादव', 'yadav')]),
    'th': ([('สมชาย', 'somchai', 'm'), ('สุภาพร', 'supaporn', 'f'), ('วิชัย', 'wichai', 'm'),
            ('นภัสสร', 'napatsorn', 'f'), ('ธนากร', 'thanakorn', 'm'), ('กมลวรรณ', 'kamonwan', 'f'),
            ('ประเสริฐ', 'prasert', 'm'), ('อรุณี', 'arunee', 'f')],
           [('ใจดี', 'ใจดี', 'jaidee'), ('แสงทอง', 'แสงทอง', 'saengthong'), ('ศรีสุข', 'ศรีสุข', 'srisuk'),
            ('บุญมา', 'บุญมา', 'boonma'), ('วงศ์ใหญ่', 'วงศ์ใหญ่', 'wongyai'), ('ทองดี', 'ทองดี', 'thongdee')]),
}
# CJK: full names written family-first
CJK_NAMES = {
    'zh': [('王伟', 'wang', 'wei'), ('李娜', 'li', 'na'), ('张强', 'zhang', 'qiang'), ('刘洋', 'liu', 'yang'),
           ('陈静', 'chen', 'jing'), ('杨帆', 'yang', 'fan'), ('赵磊', 'zhao', 'lei'), ('黄丽', 'huang', 'li'),
           ('周杰', 'zhou', 'jie'), ('吴敏', 'wu', 'min'), ('孙浩', 'sun', 'hao'), ('徐婷', 'xu', 'ting')],
    'tw': [('陳怡君', 'chen', 'yijun'), ('林志明', 'lin', 'zhiming'), ('黃淑芬', 'huang', 'shufen'),
           ('張家豪', 'chang', 'chiahao'), ('李雅婷', 'lee', 'yating'), ('王建宏', 'wang', 'chienhung'),
           ('吳佳穎', 'wu', 'chiaying'), ('劉冠廷', 'liu', 'kuanting'), ('蔡宗翰', 'tsai', 'tsunghan')],
    'ja': [('佐藤 健', 'sato', 'ken'), ('鈴木 美咲', 'suzuki', 'misaki'), ('高橋 大輔', 'takahashi', 'daisuke'),
           ('田中 由美', 'tanaka', 'yumi'), ('伊藤 翔', 'ito', 'sho'), ('渡辺 彩', 'watanabe', 'aya'),
           ('山本 拓也', 'yamamoto', 'takuya'), ('中村 恵', 'nakamura', 'megumi'), ('小林 誠', 'kobayashi', 'makoto')],
    'ko': [('김민준', 'kim', 'minjun'), ('이서연', 'lee', 'seoyeon'), ('박지훈', 'park', 'jihoon'),
           ('최유진', 'choi', 'yujin'), ('정현우', 'jung', 'hyunwoo'), ('강수빈', 'kang', 'subin'),
           ('조민서', 'cho', 'minseo'), ('장하은', 'jang', 'haeun'), ('한승우', 'han', 'seungwoo')],
}


def person(rng, lang):
    """Return dict(name, first, last, local) for a person of the given language."""
    if lang in LATIN_NAMES:
        f, l = LATIN_NAMES[lang]
        first, last = rng.choice(f), rng.choice(l)
        rf, rl = slug(first).replace('-', ''), slug(last).replace('-', '')
        name = '%s %s' % (first, last)
    elif lang in NONLATIN_NAMES:
        f, l = NONLATIN_NAMES[lang]
        (first, rf, g), (lm, lf, rl) = rng.choice(f), rng.choice(l)
        last = lf if g == 'f' else lm
        if lang in ('ru',) and g == 'f':
            rl = rl + 'a'
        name = '%s %s' % (first, last)
        if lang == 'hi' and rng.random() < 0.3:
            name = '%s %s' % (rf.title(), rl.title())
    else:
        native, rl, rf = rng.choice(CJK_NAMES[lang])
        first, last = native, native
        name = native
        if lang in ('zh', 'tw', 'ko') and rng.random() < 0.25:
            name = '%s %s' % (rf.title(), rl.title()) if lang != 'zh' else native
    style = rng.random()
    if style < 0.35:
        local = '%s.%s' % (rf, rl)
    elif style < 0.55:
        local = '%s%s' % (rf[0], rl)
    elif style < 0.7:
        local = rf
    elif style < 0.85:
        local = '%s.%s%s' % (rf, rl, rng.randint(1, 99))
    else:
        local = '%s_%s%s' % (rf, rl[:4], rng.randint(60, 2003) if rng.random() < 0.5 else '')
    return dict(name=name, first=first, last=last, rf=rf, rl=rl, local=local.lower())


# ---------------------------------------------------------------- languages
LANG_INFO = {
    # lang: (tz list, freemail domains, legacy charsets (for text parts), content-language)
    'en': (['Europe/London', 'America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Australia/Sydney',
            'America/Denver'],
           ['aol.com', 'gmx.com', 'proton.me', 'comcast.net', 'btinternet.com', 'mail.com'],
           ['us-ascii', 'iso-8859-1', 'windows-1252'], 'en-US'),
    'de': (['Europe/Berlin', 'Europe/Vienna', 'Europe/Zurich'], ['gmx.de', 'web.de', 't-online.de', 'posteo.de'],
           ['iso-8859-1', 'iso-8859-15', 'windows-1252'], 'de-DE'),
    'fr': (['Europe/Paris', 'Europe/Brussels'], ['orange.fr', 'free.fr', 'laposte.net', 'sfr.fr'],
           ['iso-8859-1', 'iso-8859-15', 'windows-1252'], 'fr-FR'),
    'es': (['Europe/Madrid', 'America/Mexico_City'], ['telefonica.net', 'gmx.es', 'prodigy.net.mx'],
           ['iso-8859-1', 'windows-1252', 'iso-8859-15'], 'es-ES'),
    'it': (['Europe/Rome'], ['libero.it', 'virgilio.it', 'tiscali.it', 'alice.it'],
           ['iso-8859-1', 'iso-8859-15', 'windows-1252'], 'it-IT'),
    'pt': (['America/Sao_Paulo', 'Europe/Lisbon'], ['uol.com.br', 'bol.com.br', 'sapo.pt', 'terra.com.br'],
           ['iso-8859-1', 'windows-1252'], 'pt-BR'),
    'nl': (['Europe/Amsterdam', 'Europe/Brussels'], ['ziggo.nl', 'kpnmail.nl', 'telenet.be', 'xs4all.nl'],
           ['iso-8859-1', 'iso-8859-15', 'windows-1252'], 'nl-NL'),
    'pl': (['Europe/Warsaw'], ['wp.pl', 'onet.pl', 'o2.pl', 'interia.pl'], ['iso-8859-2', 'windows-1250'], 'pl-PL'),
    'ru': (['Europe/Moscow'], ['mail.ru', 'yandex.ru', 'rambler.ru', 'bk.ru'], ['koi8-r', 'windows-1251'], 'ru-RU'),
    'el': (['Europe/Athens'], ['otenet.gr', 'yahoo.gr', 'hol.gr'], ['iso-8859-7', 'windows-1253'], 'el-GR'),
    'ar': (['Asia/Riyadh', 'Asia/Dubai', 'Africa/Cairo'], ['hotmail.com', 'yahoo.com', 'gmail.com'],
           ['windows-1256', 'iso-8859-6'], 'ar-SA'),
    'he': (['Asia/Jerusalem'], ['walla.co.il', 'bezeqint.net', 'netvision.net.il'], ['windows-1255', 'iso-8859-8'],
           'he-IL'),
    'zh': (['Asia/Shanghai'], ['qq.com', '163.com', '126.com', 'sina.com', 'aliyun.com'], ['gb2312', 'gbk'], 'zh-CN'),
    'tw': (['Asia/Taipei'], ['yahoo.com.tw', 'hinet.net', 'pchome.com.tw'], ['big5'], 'zh-TW'),
    'ja': (['Asia/Tokyo'], ['docomo.ne.jp', 'nifty.com', 'ezweb.ne.jp', 'ybb.ne.jp'], ['iso-2022-jp', 'shift_jis'],
           'ja-JP'),
    'ko': (['Asia/Seoul'], ['naver.com', 'daum.net', 'hanmail.net', 'nate.com'], ['euc-kr'], 'ko-KR'),
    'hi': (['Asia/Kolkata'], ['rediffmail.com', 'yahoo.co.in', 'gmail.com'], [], 'hi-IN'),
    'th': (['Asia/Bangkok'], ['hotmail.com', 'gmail.com', 'yahoo.com'], ['tis-620', 'windows-874'], 'th-TH'),
    'tr': (['Europe/Istanbul'], ['hotmail.com', 'yandex.com.tr', 'mynet.com', 'gmail.com'],
           ['iso-8859-9', 'windows-1254'], 'tr-TR'),
}

# Python codec for MIME charset labels
CODEC = {
    'us-ascii': 'ascii', 'utf-8': 'utf-8', 'iso-8859-1': 'latin-1', 'iso-8859-15': 'iso8859_15',
    'windows-1252': 'cp1252', 'iso-8859-2': 'iso8859_2', 'windows-1250': 'cp1250', 'koi8-r': 'koi8_r',
    'windows-1251': 'cp1251', 'iso-8859-7': 'iso8859_7', 'windows-1253': 'cp1253', 'windows-1256': 'cp1256',
    'iso-8859-6': 'iso8859_6', 'windows-1255': 'cp1255', 'iso-8859-8': 'iso8859_8', 'gb2312': 'gb2312',
    'gbk': 'gbk', 'big5': 'big5', 'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'shift_jis', 'euc-kr': 'euc_kr',
    'tis-620': 'tis_620', 'windows-874': 'cp874', 'iso-8859-9': 'iso8859_9', 'windows-1254': 'cp1254',
}


def can_encode(text, charset):
    try:
        text.encode(CODEC[charset])
        return True
    except UnicodeEncodeError:
        return False


# Recipient domains (hosted on mx.example.net)
RCPT_DOMAINS = {
    'en': ['example.net', 'example.com', 'example.org', 'harborline-freight.example', 'oakmere-dental.example',
           'quillfield.example', 'northgate-hs.example', 'tallpine-consulting.example', 'example.net',
           'greyfriars-books.example', 'calder-and-rowe.example'],
    'de': ['example.net', 'brandt-elektro.example', 'stadtwerke-auenbach.example', 'kanzlei-ziegler.example'],
    'fr': ['example.net', 'atelier-mercier.example', 'mairie-saint-aubin.example', 'cabinet-faure.example'],
    'es': ['example.com', 'transportes-navarro.example', 'clinica-alameda.example'],
    'it': ['example.org', 'studio-greco.example', 'ferramenta-conti.example'],
    'pt': ['example.com', 'contabil-ribeiro.example', 'escola-araujo.example'],
    'nl': ['example.net', 'bakkerij-mulder.example', 'hendriks-installatie.example'],
    'pl': ['example.net', 'biuro-krawczyk.example', 'drukarnia-sikora.example'],
    'ru': ['example.org', 'npo-volkov.example', 'torgdom-sokolov.example'],
    'el': ['example.net', 'nikolaou-law.example', 'aegean-tours.example'],
    'ar': ['example.com', 'alnoor-trading.example', 'haddad-eng.example'],
    'he': ['example.net', 'levi-accounting.example', 'galil-tech.example'],
    'zh': ['example.org', 'huaxin-mfg.example', 'example.cn.invalid'],
    'tw': ['example.com', 'hsinchu-semi.example', 'tainan-trading.example'],
    'ja': ['example.jp.invalid', 'sakura-kogyo.example', 'example.net'],
    'ko': ['example.com', 'hanbit-soft.example', 'seoul-medical.example'],
    'hi': ['example.in.invalid', 'sharma-exports.example', 'example.net'],
    'th': ['example.net', 'siam-logistics.example', 'chiangmai-resort.example'],
    'tr': ['example.com', 'anadolu-tekstil.example', 'kaya-insaat.example'],
}

# Organisations that send legitimate mail (and sometimes get compromised)
ORGS = {
    'en': [('Harborline Freight', 'harborline-freight.com'), ('Westbrook Community College', 'westbrook-cc.edu'),
           ('Pinecrest Medical Group', 'pinecrestmedical.org'), ('Lumen Analytics', 'lumenanalytics.io'),
           ('Fairhaven Property Management', 'fairhavenpm.com'), ('Corvid Systems', 'corvidsys.com'),
           ('Ridgeway Builders', 'ridgewaybuilders.co.uk'), ('Marlow & Pike LLP', 'marlowpike.co.uk'),
           ('Bluestem Logistics', 'bluestem-logistics.com'), ('Kestrel Biotech', 'kestrelbio.com'),
           ('Cedar Valley School District', 'cedarvalley-sd.org'), ('Tidewater Credit Union', 'tidewatercu.org'),
           ('Northwind Packaging', 'northwind-pack.com'), ('Oakridge Dental', 'oakridgedental.com.au'),
           ('Sable & Finch Design', 'sablefinch.design'), ('Quarry Hill Accounting', 'quarryhillcpa.com')],
    'de': [('Brandt Elektrotechnik GmbH', 'brandt-elektrotechnik.de'), ('Stadtwerke Auenbach', 'sw-auenbach.de'),
           ('Kanzlei Ziegler & Partner', 'ziegler-partner.de'), ('Hartmann Maschinenbau AG', 'hartmann-mb.de'),
           ('Praxis Dr. Seidel', 'praxis-seidel.de')],
    'fr': [('Atelier Mercier', 'atelier-mercier.fr'), ('Cabinet Faure Avocats', 'faure-avocats.fr'),
           ('Transports Garnier', 'transports-garnier.fr'), ('Lycée Jean-Rostand (Villefranche)', 'lyc-rostand.fr')],
    'es': [('Transportes Navarro S.L.', 'transportesnavarro.es'), ('Clínica Dental Alameda', 'dentalalameda.es'),
           ('Grupo Ortega Consultores', 'ortegaconsultores.com.mx')],
    'it': [('Studio Greco Commercialisti', 'studiogreco.it'), ('Ferramenta Conti', 'ferramentaconti.it'),
           ('Fabbri Arredamenti', 'fabbriarredamenti.it')],
    'pt': [('Ribeiro Contabilidade', 'ribeirocontabil.com.br'), ('Araújo Engenharia', 'araujoeng.com.br'),
           ('Escola Básica da Ribeira', 'eb-ribeira.pt')],
    'nl': [('Bakkerij Mulder', 'bakkerijmulder.nl'), ('Hendriks Installatietechniek', 'hendriks-it.nl'),
           ('Kuipers Advocaten', 'kuipersadvocaten.nl')],
    'pl': [('Biuro Rachunkowe Krawczyk', 'br-krawczyk.pl'), ('Drukarnia Sikora', 'drukarnia-sikora.pl'),
           ('Zając Logistyka Sp. z o.o.', 'zajac-logistyka.pl')],
    'ru': [('ООО «Волков и партнёры»', 'volkov-partners.ru'), ('ТД «Соколов»', 'td-sokolov.ru'),
           ('НПО «Лебедев»', 'npo-lebedev.ru')],
    'el': [('Νικολάου & Συνεργάτες', 'nikolaou-law.gr'), ('Aegean Tours', 'aegeantours.gr'),
           ('Οικονόμου Α.Ε.', 'oikonomou-sa.gr')],
    'ar': [('شركة النور للتجارة', 'alnoor-trading.sa'), ('مكتب حداد للهندسة', 'haddad-eng.ae'),
           ('مجموعة منصور', 'mansourgroup.com.eg')],
    'he': [('לוי ראיית חשבון', 'levi-cpa.co.il'), ('גליל טק', 'galiltech.co.il'), ('מרפאת כהן', 'cohen-clinic.co.il')],
    'zh': [('华信制造有限公司', 'huaxin-mfg.cn'), ('东方远航物流', 'dfyh-logistics.com.cn'),
           ('杭州明德科技', 'mingde-tech.cn')],
    'tw': [('新竹半導體股份有限公司', 'hsinchu-semi.com.tw'), ('台南貿易行', 'tainantrade.com.tw'),
           ('宏遠資訊', 'hongyuan-it.com.tw')],
    'ja': [('さくら工業株式会社', 'sakura-kogyo.co.jp'), ('東和システム', 'towa-sys.co.jp'),
           ('みどり会計事務所', 'midori-kaikei.jp')],
    'ko': [('한빛소프트', 'hanbitsoft.co.kr'), ('서울메디컬', 'seoulmedical.co.kr'), ('대성물산', 'daesung-corp.kr')],
    'hi': [('Sharma Exports Pvt Ltd', 'sharmaexports.in'), ('Mehta & Associates', 'mehta-associates.co.in'),
           ('Gupta Textiles', 'guptatextiles.in')],
    'th': [('สยามโลจิสติกส์', 'siamlogistics.co.th'), ('เชียงใหม่รีสอร์ท', 'chiangmairesort.co.th'),
           ('บริษัท ทองดี เทรดดิ้ง', 'thongdee-trading.co.th')],
    'tr': [('Anadolu Tekstil A.Ş.', 'anadolutekstil.com.tr'), ('Kaya İnşaat', 'kayainsaat.com.tr'),
           ('Demir Lojistik', 'demirlojistik.com.tr')],
}


# ---------------------------------------------------------------- time zones
# tzid: (windows name, std offset min, dst offset min or None, rule, std abbr, dst abbr)
TZ = {
    'Europe/London': ('GMT Standard Time', 0, 60, 'EU', 'GMT', 'BST'),
    'Europe/Lisbon': ('GMT Standard Time', 0, 60, 'EU', 'WET', 'WEST'),
    'Europe/Berlin': ('W. Europe Standard Time', 60, 120, 'EU', 'CET', 'CEST'),
    'Europe/Vienna': ('W. Europe Standard Time', 60, 120, 'EU', 'CET', 'CEST'),
    'Europe/Zurich': ('W. Europe Standard Time', 60, 120, 'EU', 'CET', 'CEST'),
    'Europe/Rome': ('W. Europe Standard Time', 60, 120, 'EU', 'CET', 'CEST'),
    'Europe/Amsterdam': ('W. Europe Standard Time', 60, 120, 'EU', 'CET', 'CEST'),
    'Europe/Paris': ('Romance Standard Time', 60, 120, 'EU', 'CET', 'CEST'),
    'Europe/Brussels': ('Romance Standard Time', 60, 120, 'EU', 'CET', 'CEST'),
    'Europe/Madrid': ('Romance Standard Time', 60, 120, 'EU', 'CET', 'CEST'),
    'Europe/Warsaw': ('Central European Standard Time', 60, 120, 'EU', 'CET', 'CEST'),
    'Europe/Athens': ('GTB Standard Time', 120, 180, 'EU', 'EET', 'EEST'),
    'Europe/Istanbul': ('Turkey Standard Time', 180, None, None, '+03', None),
    'Europe/Moscow': ('Russian Standard Time', 180, None, None, 'MSK', None),
    'Asia/Jerusalem': ('Israel Standard Time', 120, 180, 'EU', 'IST', 'IDT'),
    'Asia/Riyadh': ('Arab Standard Time', 180, None, None, '+03', None),
    'Asia/Dubai': ('Arabian Standard Time', 240, None, None, '+04', None),
    'Africa/Cairo': ('Egypt Standard Time', 120, None, None, 'EET', None),
    'Asia/Kolkata': ('India Standard Time', 330, None, None, 'IST', None),
    'Asia/Bangkok': ('SE Asia Standard Time', 420, None, None, '+07', None),
    'Asia/Shanghai': ('China Standard Time', 480, None, None, 'CST', None),
    'Asia/Taipei': ('Taipei Standard Time', 480, None, None, 'CST', None),
    'Asia/Tokyo': ('Tokyo Standard Time', 540, None, None, 'JST', None),
    'Asia/Seoul': ('Korea Standard Time', 540, None, None, 'KST', None),
    'America/New_York': ('Eastern Standard Time', -300, -240, 'US', 'EST', 'EDT'),
    'America/Chicago': ('Central Standard Time', -360, -300, 'US', 'CST', 'CDT'),
    'America/Denver': ('Mountain Standard Time', -420, -360, 'US', 'MST', 'MDT'),
    'America/Los_Angeles': ('Pacific Standard Time', -480, -420, 'US', 'PST', 'PDT'),
    'America/Sao_Paulo': ('E. South America Standard Time', -180, None, None, '-03', None),
    'America/Mexico_City': ('Central Standard Time (Mexico)', -360, None, None, 'CST', None),
    'Australia/Sydney': ('AUS Eastern Standard Time', 600, 660, 'AU', 'AEST', 'AEDT'),
    'UTC': ('UTC', 0, None, None, 'UTC', None),
}


def _nth_sunday(y, m, n):
    d = dt.date(y, m, 1)
    d += dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + dt.timedelta(weeks=n - 1)


def _last_sunday(y, m):
    d = dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
    return d - dt.timedelta(days=(d.weekday() + 1) % 7)


def is_dst_utc(tzid, utc):
    info = TZ[tzid]
    rule = info[3]
    y = utc.year
    if rule == 'EU':
        a = dt.datetime.combine(_last_sunday(y, 3), dt.time(1))
        b = dt.datetime.combine(_last_sunday(y, 10), dt.time(1))
        return a <= utc < b
    if rule == 'US':
        a = dt.datetime.combine(_nth_sunday(y, 3, 2), dt.time(2)) - dt.timedelta(minutes=info[1])
        b = dt.datetime.combine(_nth_sunday(y, 11, 1), dt.time(2)) - dt.timedelta(minutes=info[2])
        return a <= utc < b
    if rule == 'AU':
        a = dt.datetime.combine(_nth_sunday(y, 4, 1), dt.time(3)) - dt.timedelta(minutes=info[2])
        b = dt.datetime.combine(_nth_sunday(y, 10, 1), dt.time(2)) - dt.timedelta(minutes=info[1])
        return not (a <= utc < b)
    return False


def offset_utc(tzid, utc):
    info = TZ[tzid]
    return info[2] if is_dst_utc(tzid, utc) else info[1]


def offset_local(tzid, local):
    info = TZ[tzid]
    guess = local - dt.timedelta(minutes=info[1])
    return offset_utc(tzid, guess)


def to_utc(tzid, local):
    return local - dt.timedelta(minutes=offset_local(tzid, local))


def from_utc(tzid, utc):
    return utc + dt.timedelta(minutes=offset_utc(tzid, utc))


def abbr(tzid, local):
    info = TZ[tzid]
    return info[5] if (info[2] is not None and offset_local(tzid, local) == info[2]) else info[4]


def fmt_off(minutes, colon=False):
    sign = '+' if minutes >= 0 else '-'
    m = abs(minutes)
    return '%s%02d%s%02d' % (sign, m // 60, ':' if colon else '', m % 60)


DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
LDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
LMONS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
         'November', 'December']


def rfc2822(local, off_min):
    return '%s, %d %s %d %02d:%02d:%02d %s' % (DAYS[local.weekday()], local.day, MONS[local.month - 1], local.year,
                                                local.hour, local.minute, local.second, fmt_off(off_min))


def rfc2822_utc(utc, zone='(UTC)'):
    return '%s, %d %s %d %02d:%02d:%02d +0000 %s' % (DAYS[utc.weekday()], utc.day, MONS[utc.month - 1], utc.year,
                                                     utc.hour, utc.minute, utc.second, zone)


def ical_dt(d, utc=False):
    if isinstance(d, dt.datetime):
        return d.strftime('%Y%m%dT%H%M%S') + ('Z' if utc else '')
    return d.strftime('%Y%m%d')


FALLBACK_WORD = {'el': 'galini', 'th': 'baansuan', 'ja': 'ishikawa', 'he': 'hanamal', 'ar': 'alwaha', 'ko': 'songrim',
                 'zh': 'huamei', 'tw': 'yuanshan', 'ru': 'vesna', 'hi': 'sitara'}
CCTLD = {'de': '.de', 'fr': '.fr', 'es': '.es', 'it': '.it', 'pt': '.com.br', 'nl': '.nl', 'pl': '.pl', 'ru': '.ru',
         'el': '.gr', 'ar': '.ae', 'he': '.co.il', 'zh': '.cn', 'tw': '.com.tw', 'ja': '.jp', 'ko': '.co.kr',
         'hi': '.in', 'th': '.co.th', 'tr': '.com.tr', 'en': '.com'}


def name_domain(name, lang, rng, kind=''):
    s = slug(name).replace('-', '')
    if len(s) < 4:
        s = (kind + '-' if kind else '') + FALLBACK_WORD.get(lang, 'info') + str(rng.randint(1, 99))
    s = s[:22]
    tld = CCTLD.get(lang, '.com') if rng.random() < 0.7 else rng.choice(['.com', '.net', '.eu'])
    return s + tld
