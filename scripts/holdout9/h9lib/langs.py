"""Per-language resources: names, domains, charsets, time zones and the
boilerplate that calendar clients localise (Google invitations, Outlook
response prefixes, Teams join blocks)."""
import unicodedata

# --------------------------------------------------------------- basics
LANGS = {
    'en': dict(name='English', tz=['America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Europe/London',
                                   'America/Toronto', 'Australia/Sydney', 'Europe/Dublin', 'America/Denver'],
               cs=['utf-8', 'utf-8', 'utf-8', 'us-ascii', 'iso-8859-1', 'windows-1252'], cl='en-US'),
    'de': dict(name='German', tz=['Europe/Berlin', 'Europe/Vienna', 'Europe/Zurich'],
               cs=['utf-8', 'utf-8', 'iso-8859-1', 'iso-8859-15', 'windows-1252'], cl='de-DE'),
    'fr': dict(name='French', tz=['Europe/Paris', 'Europe/Brussels'],
               cs=['utf-8', 'utf-8', 'iso-8859-1', 'iso-8859-15', 'windows-1252'], cl='fr-FR'),
    'es': dict(name='Spanish', tz=['Europe/Madrid', 'America/Mexico_City', 'America/Bogota'],
               cs=['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252', 'iso-8859-15'], cl='es-ES'),
    'it': dict(name='Italian', tz=['Europe/Rome'], cs=['utf-8', 'utf-8', 'iso-8859-1', 'iso-8859-15', 'windows-1252'], cl='it-IT'),
    'pt': dict(name='Portuguese', tz=['Europe/Lisbon', 'America/Sao_Paulo'],
               cs=['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252', 'iso-8859-15'], cl='pt-BR'),
    'nl': dict(name='Dutch', tz=['Europe/Amsterdam', 'Europe/Brussels'],
               cs=['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252', 'us-ascii'], cl='nl-NL'),
    'pl': dict(name='Polish', tz=['Europe/Warsaw'], cs=['utf-8', 'utf-8', 'iso-8859-2', 'windows-1250'], cl='pl-PL'),
    'ru': dict(name='Russian', tz=['Europe/Moscow'], cs=['utf-8', 'utf-8', 'koi8-r', 'windows-1251'], cl='ru-RU'),
    'el': dict(name='Greek', tz=['Europe/Athens'], cs=['utf-8', 'utf-8', 'iso-8859-7', 'windows-1253'], cl='el-GR'),
    'ar': dict(name='Arabic', tz=['Asia/Riyadh', 'Asia/Dubai', 'Africa/Cairo', 'Africa/Casablanca'],
               cs=['utf-8', 'utf-8', 'windows-1256', 'iso-8859-6'], cl='ar-SA'),
    'he': dict(name='Hebrew', tz=['Asia/Jerusalem'], cs=['utf-8', 'utf-8', 'windows-1255', 'iso-8859-8-i'], cl='he-IL'),
    'zh': dict(name='Chinese', tz=['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei'],
               cs=['utf-8', 'utf-8', 'gb2312', 'gbk', 'gb18030'], cl='zh-CN'),
    'ja': dict(name='Japanese', tz=['Asia/Tokyo'], cs=['utf-8', 'iso-2022-jp', 'iso-2022-jp', 'shift_jis'], cl='ja-JP'),
    'ko': dict(name='Korean', tz=['Asia/Seoul'], cs=['utf-8', 'utf-8', 'euc-kr', 'ks_c_5601-1987'], cl='ko-KR'),
    'hi': dict(name='Hindi', tz=['Asia/Kolkata'], cs=['utf-8'], cl='hi-IN'),
    'th': dict(name='Thai', tz=['Asia/Bangkok'], cs=['utf-8', 'utf-8', 'tis-620', 'windows-874'], cl='th-TH'),
    'tr': dict(name='Turkish', tz=['Europe/Istanbul'], cs=['utf-8', 'utf-8', 'iso-8859-9', 'windows-1254'], cl='tr-TR'),
    'cs': dict(name='Czech', tz=['Europe/Prague'], cs=['utf-8', 'utf-8', 'iso-8859-2', 'windows-1250'], cl='cs-CZ'),
}

# (first names, last names); tuples are (native, latin) for non-Latin scripts.
# For gendered surname languages names are (first, gender) and surnames (m, f).
NAMES = {
    'en': (['James', 'Emma', 'Olivia', 'Liam', 'Noah', 'Ava', 'Sophia', 'Mason', 'Ethan', 'Grace', 'Daniel', 'Chloe',
            'Ryan', 'Megan', 'Priya', 'Marcus', 'Hannah', 'Tom', 'Rachel', 'Kevin', 'Aisha', 'Carlos', 'Wei', 'Fiona'],
           ['Walker', 'Hughes', 'Bennett', 'Carter', 'Foster', 'Reynolds', 'Mitchell', 'Brooks', 'Sullivan', 'Hayes',
            'Patel', 'Morgan', 'Coleman', 'Ward', 'Price', 'Jenkins', 'Barnes', 'Fisher', 'Porter', 'Lawson', 'Okafor',
            'Nguyen', 'Murphy', 'Kowalski']),
    'de': (['Jonas', 'Lena', 'Felix', 'Anna', 'Lukas', 'Sophie', 'Maximilian', 'Laura', 'Tobias', 'Katharina', 'Stefan',
            'Sabine', 'Jürgen', 'Ute', 'Matthias', 'Birgit'],
           ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Hoffmann', 'Schäfer', 'Koch', 'Richter',
            'Wolf', 'Krüger', 'Braun', 'Zimmermann', 'Hartmann', 'Lehmann']),
    'fr': (['Camille', 'Louis', 'Manon', 'Hugo', 'Chloé', 'Julien', 'Élodie', 'Nicolas', 'Sophie', 'Thomas', 'Aurélie',
            'Mathieu', 'Inès', 'Benoît'],
           ['Martin', 'Bernard', 'Dubois', 'Durand', 'Lefèvre', 'Moreau', 'Laurent', 'Girard', 'Roux', 'Fournier',
            'Morel', 'Mercier', 'Faure', 'Chevalier']),
    'es': (['Lucía', 'Pablo', 'María', 'Javier', 'Carmen', 'Alejandro', 'Elena', 'Diego', 'Laura', 'Sergio', 'Marta',
            'Raúl', 'Nuria', 'Andrés'],
           ['García', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Ruiz', 'Jiménez', 'Navarro',
            'Torres', 'Ortega', 'Castillo', 'Romero']),
    'it': (['Giulia', 'Marco', 'Francesca', 'Luca', 'Chiara', 'Alessandro', 'Sara', 'Matteo', 'Elena', 'Davide',
            'Paola', 'Stefano'],
           ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco',
            'Bruno', 'Gallo']),
    'pt': (['João', 'Ana', 'Pedro', 'Mariana', 'Lucas', 'Beatriz', 'Rafael', 'Camila', 'Tiago', 'Inês', 'Gabriel',
            'Juliana'],
           ['Silva', 'Santos', 'Oliveira', 'Souza', 'Ferreira', 'Pereira', 'Costa', 'Rodrigues', 'Almeida', 'Carvalho',
            'Gomes', 'Martins']),
    'nl': (['Daan', 'Emma', 'Sem', 'Julia', 'Lars', 'Sanne', 'Thijs', 'Lotte', 'Bram', 'Femke', 'Jeroen', 'Marieke'],
           ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder',
            'Bos', 'Vos']),
    'pl': ([('Jakub', 'm'), ('Piotr', 'm'), ('Tomasz', 'm'), ('Michał', 'm'), ('Paweł', 'm'), ('Krzysztof', 'm'),
            ('Anna', 'f'), ('Katarzyna', 'f'), ('Magdalena', 'f'), ('Agnieszka', 'f'), ('Joanna', 'f'), ('Ewa', 'f')],
           [('Nowak', 'Nowak'), ('Wójcik', 'Wójcik'), ('Kowalczyk', 'Kowalczyk'), ('Mazur', 'Mazur'),
            ('Kowalski', 'Kowalska'), ('Wiśniewski', 'Wiśniewska'), ('Lewandowski', 'Lewandowska'),
            ('Zieliński', 'Zielińska'), ('Krawczyk', 'Krawczyk'), ('Kaczmarek', 'Kaczmarek')]),
    'cs': ([('Jan', 'm'), ('Petr', 'm'), ('Tomáš', 'm'), ('Martin', 'm'), ('Jakub', 'm'), ('Lucie', 'f'),
            ('Tereza', 'f'), ('Petra', 'f'), ('Jana', 'f'), ('Kateřina', 'f')],
           [('Novák', 'Nováková'), ('Svoboda', 'Svobodová'), ('Dvořák', 'Dvořáková'), ('Černý', 'Černá'),
            ('Procházka', 'Procházková'), ('Kučera', 'Kučerová'), ('Veselý', 'Veselá'), ('Horák', 'Horáková')]),
    'ru': ([(('Алексей', 'aleksey'), 'm'), (('Дмитрий', 'dmitry'), 'm'), (('Сергей', 'sergey'), 'm'),
            (('Андрей', 'andrey'), 'm'), (('Иван', 'ivan'), 'm'), (('Павел', 'pavel'), 'm'), (('Михаил', 'mikhail'), 'm'),
            (('Мария', 'maria'), 'f'), (('Елена', 'elena'), 'f'), (('Ольга', 'olga'), 'f'), (('Наталья', 'natalya'), 'f'),
            (('Татьяна', 'tatiana'), 'f'), (('Ирина', 'irina'), 'f'), (('Светлана', 'svetlana'), 'f')],
           [(('Иванов', 'Иванова'), 'ivanov'), (('Смирнов', 'Смирнова'), 'smirnov'), (('Кузнецов', 'Кузнецова'), 'kuznetsov'),
            (('Попов', 'Попова'), 'popov'), (('Соколов', 'Соколова'), 'sokolov'), (('Лебедев', 'Лебедева'), 'lebedev'),
            (('Козлов', 'Козлова'), 'kozlov'), (('Новиков', 'Новикова'), 'novikov'), (('Морозов', 'Морозова'), 'morozov'),
            (('Волков', 'Волкова'), 'volkov')]),
    'el': ([('Γιώργος', 'giorgos'), ('Μαρία', 'maria'), ('Νίκος', 'nikos'), ('Ελένη', 'eleni'), ('Κώστας', 'kostas'),
            ('Κατερίνα', 'katerina'), ('Δημήτρης', 'dimitris'), ('Σοφία', 'sofia'), ('Γιάννης', 'giannis'),
            ('Αναστασία', 'anastasia')],
           [('Γεωργίου', 'georgiou'), ('Νικολάου', 'nikolaou'), ('Δημητρίου', 'dimitriou'), ('Ιωάννου', 'ioannou'),
            ('Κωνσταντίνου', 'konstantinou'), ('Αντωνίου', 'antoniou'), ('Οικονόμου', 'oikonomou'),
            ('Βασιλείου', 'vasileiou'), ('Παππά', 'pappa'), ('Αθανασίου', 'athanasiou')]),
    'ar': ([('أحمد', 'ahmed'), ('محمد', 'mohammed'), ('فاطمة', 'fatima'), ('خالد', 'khaled'), ('سارة', 'sara'),
            ('عمر', 'omar'), ('ليلى', 'layla'), ('يوسف', 'youssef'), ('نور', 'nour'), ('مريم', 'maryam'),
            ('عبدالرحمن', 'abdulrahman'), ('هند', 'hind')],
           [('الحربي', 'alharbi'), ('العتيبي', 'alotaibi'), ('منصور', 'mansour'), ('حداد', 'haddad'),
            ('الشمري', 'alshammari'), ('عبدالله', 'abdullah'), ('السيد', 'elsayed'), ('خليل', 'khalil'),
            ('القحطاني', 'alqahtani'), ('بنعلي', 'benali')]),
    'he': ([('נועה', 'noa'), ('יונתן', 'yonatan'), ('מיכל', 'michal'), ('דניאל', 'daniel'), ('תמר', 'tamar'),
            ('אורי', 'ori'), ('שירה', 'shira'), ('איתי', 'itay'), ('רונית', 'ronit'), ('אבי', 'avi')],
           [('כהן', 'cohen'), ('לוי', 'levi'), ('מזרחי', 'mizrahi'), ('פרץ', 'peretz'), ('ביטון', 'biton'),
            ('אברהם', 'avraham'), ('פרידמן', 'friedman'), ('שפירא', 'shapira'), ('אזולאי', 'azulay')]),
    'zh': ([('伟', 'wei'), ('娜', 'na'), ('敏', 'min'), ('洋', 'yang'), ('静', 'jing'), ('磊', 'lei'), ('丽', 'li'),
            ('强', 'qiang'), ('婷', 'ting'), ('刚', 'gang'), ('晓明', 'xiaoming'), ('丽华', 'lihua'), ('建国', 'jianguo')],
           [('王', 'wang'), ('李', 'li'), ('张', 'zhang'), ('刘', 'liu'), ('陈', 'chen'), ('杨', 'yang'), ('赵', 'zhao'),
            ('黄', 'huang'), ('周', 'zhou'), ('吴', 'wu'), ('徐', 'xu'), ('孙', 'sun')]),
    'ja': ([('健太', 'kenta'), ('美咲', 'misaki'), ('翔', 'sho'), ('陽子', 'yoko'), ('大輔', 'daisuke'), ('由美', 'yumi'),
            ('直樹', 'naoki'), ('恵', 'megumi'), ('拓也', 'takuya'), ('さくら', 'sakura')],
           [('佐藤', 'sato'), ('鈴木', 'suzuki'), ('高橋', 'takahashi'), ('田中', 'tanaka'), ('伊藤', 'ito'),
            ('渡辺', 'watanabe'), ('山本', 'yamamoto'), ('中村', 'nakamura'), ('小林', 'kobayashi'), ('加藤', 'kato')]),
    'ko': ([('민준', 'minjun'), ('서연', 'seoyeon'), ('지훈', 'jihoon'), ('수빈', 'subin'), ('현우', 'hyunwoo'),
            ('지은', 'jieun'), ('성민', 'sungmin'), ('하은', 'haeun'), ('동현', 'donghyun'), ('유진', 'yujin')],
           [('김', 'kim'), ('이', 'lee'), ('박', 'park'), ('최', 'choi'), ('정', 'jung'), ('강', 'kang'), ('조', 'cho'),
            ('윤', 'yoon'), ('장', 'jang'), ('임', 'lim')]),
    'hi': ([('राहुल', 'rahul'), ('प्रिया', 'priya'), ('अमित', 'amit'), ('नेहा', 'neha'), ('विकास', 'vikas'),
            ('पूजा', 'pooja'), ('संजय', 'sanjay'), ('अंजलि', 'anjali'), ('रोहित', 'rohit'), ('सुनीता', 'sunita')],
           [('शर्मा', 'sharma'), ('वर्मा', 'verma'), ('गुप्ता', 'gupta'), ('सिंह', 'singh'), ('पटेल', 'patel'),
            ('जोशी', 'joshi'), ('मेहता', 'mehta'), ('यादव', 'yadav'), ('अग्रवाल', 'agarwal'), ('कुमार', 'kumar')]),
    'th': ([('สมชาย', 'somchai'), ('สุภาพร', 'supaporn'), ('วิชัย', 'wichai'), ('นภัสสร', 'napatsorn'),
            ('ธนากร', 'thanakorn'), ('กมลชนก', 'kamonchanok'), ('ปิยะ', 'piya'), ('อรทัย', 'orathai')],
           [('ศรีสุข', 'srisuk'), ('วงศ์ทอง', 'wongthong'), ('แสงอรุณ', 'saengarun'), ('บุญมา', 'boonma'),
            ('จันทร์เพ็ญ', 'chanpen'), ('ทองดี', 'thongdee'), ('รัตนพันธ์', 'rattanaphan')]),
    'tr': (['Mehmet', 'Ayşe', 'Mustafa', 'Fatma', 'Emre', 'Zeynep', 'Burak', 'Elif', 'Murat', 'Selin', 'Oğuz', 'Gül'],
           ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Öztürk', 'Aydın', 'Arslan', 'Doğan', 'Koç', 'Kurt']),
}

CORP = {
    'en': ['brackenridge-dental.com', 'halvorsen-marine.com', 'quillfield.co.uk', 'meadowlark-credit.org',
           'northgate-logistics.com', 'pinecrest-academy.org', 'saltmarsh-studio.co.uk', 'tillman-associates.com',
           'riverbend-health.org', 'ashford-components.com', 'lumenbridge.io', 'cobaltfern.com',
           'kestrel-analytics.com', 'greyhaven-legal.com', 'ironbark-engineering.com.au', 'maplewood-cpa.com',
           'harborview-realty.com', 'silverline-freight.com', 'westbrook-hs.org', 'example.com', 'example.org'],
    'de': ['hartmann-logistik.de', 'stadtwerke-oberau.de', 'kanzlei-brandt.de', 'mueller-maschinenbau.de',
           'praxis-am-markt.de', 'elbtal-software.de', 'bergmann-elektro.de', 'weinhaus-kessler.de', 'alpenblick-hotel.at'],
    'fr': ['cabinet-morel.fr', 'atelier-durand.fr', 'transports-lefevre.fr', 'groupe-verdier.fr',
           'pharmacie-des-halles.fr', 'fiduciaire-roux.be'],
    'es': ['construcciones-ibarra.es', 'gestoria-navarro.es', 'clinica-solmar.es', 'distribuciones-vega.com',
           'colegio-santa-ana.es', 'agencia-tulum.com.mx'],
    'it': ['studio-rinaldi.it', 'ferramenta-colombo.it', 'officine-bassi.it', 'cantina-marchetti.it', 'tessuti-galli.it'],
    'pt': ['contabilidade-ferreira.com.br', 'grupo-tavares.pt', 'clinica-boavista.pt', 'construtora-almeida.com.br',
           'escola-sao-jose.pt'],
    'nl': ['vandijk-installatie.nl', 'bakkerij-jansen.nl', 'advocaten-smit.nl', 'de-linde-zorg.nl', 'hoogveld-ict.nl'],
    'pl': ['kowalczyk-transport.pl', 'biuro-rachunkowe-mazur.pl', 'przychodnia-zdrowie.pl', 'drukarnia-wisla.pl'],
    'ru': ['stroymontazh-invest.ru', 'tehnoservis-plus.ru', 'uralprom-snab.ru', 'agentstvo-vektor.ru'],
    'el': ['aegean-trading.gr', 'iatreio-kentro.gr', 'nikolaou-law.gr', 'thessaloniki-freight.gr'],
    'ar': ['alnoor-trading.sa', 'dar-alhandasa-eng.com', 'gulf-horizon.ae', 'masr-logistics.com.eg'],
    'he': ['levi-law.co.il', 'tachles-tech.co.il', 'mizrahi-accounting.co.il', 'oranim-school.org.il'],
    'zh': ['huaxin-tech.cn', 'dongfang-trading.com.cn', 'tianyu-logistics.com', 'xinghe-edu.cn'],
    'ja': ['yamada-shoji.co.jp', 'sakura-kogyo.co.jp', 'tokai-unyu.co.jp', 'minato-clinic.jp'],
    'ko': ['hanbit-soft.co.kr', 'daesung-trading.co.kr', 'seoul-medipark.kr', 'mirae-edu.kr'],
    'hi': ['sharma-exports.in', 'patel-infotech.co.in', 'shreeganesh-traders.in', 'saraswati-vidyalaya.in'],
    'th': ['siam-logistics.co.th', 'chaiyo-trading.co.th', 'bangkok-smile-dental.co.th', 'rattana-school.ac.th'],
    'tr': ['yilmaz-insaat.com.tr', 'anadolu-lojistik.com.tr', 'ege-tekstil.com.tr'],
    'cs': ['novak-stavby.cz', 'ucetni-dvorak.cz', 'praha-logistika.cz'],
}

FREE = {
    'en': ['gmail.com', 'gmail.com', 'outlook.com', 'hotmail.com', 'yahoo.com', 'icloud.com', 'aol.com',
           'hotmail.co.uk', 'btinternet.com', 'comcast.net'],
    'de': ['gmx.de', 'web.de', 't-online.de', 'gmail.com', 'outlook.de', 'freenet.de'],
    'fr': ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com', 'hotmail.fr', 'sfr.fr', 'yahoo.fr'],
    'es': ['gmail.com', 'hotmail.com', 'yahoo.es', 'outlook.es', 'telefonica.net'],
    'it': ['libero.it', 'gmail.com', 'virgilio.it', 'hotmail.it', 'tiscali.it'],
    'pt': ['gmail.com', 'sapo.pt', 'uol.com.br', 'bol.com.br', 'hotmail.com', 'yahoo.com.br'],
    'nl': ['gmail.com', 'ziggo.nl', 'kpnmail.nl', 'live.nl', 'hotmail.com'],
    'pl': ['wp.pl', 'o2.pl', 'onet.pl', 'interia.pl', 'gmail.com'],
    'ru': ['mail.ru', 'yandex.ru', 'bk.ru', 'gmail.com', 'inbox.ru'],
    'el': ['gmail.com', 'yahoo.gr', 'hotmail.gr', 'otenet.gr'],
    'ar': ['gmail.com', 'hotmail.com', 'outlook.sa', 'yahoo.com'],
    'he': ['gmail.com', 'walla.co.il', 'hotmail.com'],
    'zh': ['qq.com', '163.com', '126.com', 'gmail.com', 'sina.com', 'foxmail.com'],
    'ja': ['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp', 'icloud.com', 'outlook.jp'],
    'ko': ['naver.com', 'daum.net', 'hanmail.net', 'gmail.com', 'nate.com'],
    'hi': ['gmail.com', 'rediffmail.com', 'yahoo.co.in', 'outlook.in'],
    'th': ['gmail.com', 'hotmail.com', 'hotmail.co.th', 'outlook.co.th'],
    'tr': ['gmail.com', 'hotmail.com', 'yandex.com.tr'],
    'cs': ['seznam.cz', 'email.cz', 'centrum.cz', 'gmail.com'],
}

_SPECIAL = {'ł': 'l', 'Ł': 'L', 'ß': 'ss', 'ø': 'o', 'ı': 'i', 'đ': 'd', 'æ': 'ae', 'œ': 'oe'}


def ascii_fold(s, german=False):
    if german:
        for a, b in (('ä', 'ae'), ('ö', 'oe'), ('ü', 'ue'), ('Ä', 'Ae'), ('Ö', 'Oe'), ('Ü', 'Ue')):
            s = s.replace(a, b)
    s = ''.join(_SPECIAL.get(c, c) for c in s)
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c)).lower().replace(' ', '')


class Person:
    def __init__(self, display, first_latin, last_latin, first=None, last=None, email=None, lang='en'):
        self.name = display
        self.fl = first_latin
        self.ll = last_latin
        self.first = first or display.split(' ')[0]
        self.last = last or ''
        self.email = email
        self.lang = lang

    def __repr__(self):
        return '%s <%s>' % (self.name, self.email)


def make_person(rng, lang, latin_display=False):
    firsts, lasts = NAMES[lang]
    if lang in ('pl', 'cs'):
        f, g = rng.pick(firsts)
        lm, lf = rng.pick(lasts)
        last = lm if g == 'm' else lf
        return Person('%s %s' % (f, last), ascii_fold(f), ascii_fold(last), f, last, lang=lang)
    if lang == 'ru':
        (fn, fl), g = rng.pick(firsts)
        (lm, lf), ll = rng.pick(lasts)
        last = lm if g == 'm' else lf
        ll2 = ll if g == 'm' else ll + 'a'
        disp = '%s %s' % (fn, last) if not latin_display else '%s %s' % (fl.capitalize(), ll2.capitalize())
        return Person(disp, fl, ll2, fn, last, lang=lang)
    if lang in ('el', 'ar', 'he', 'hi', 'th'):
        fn, fl = rng.pick(firsts)
        ln, ll = rng.pick(lasts)
        disp = '%s %s' % (fn, ln) if not latin_display else '%s %s' % (fl.capitalize(), ll.capitalize())
        return Person(disp, fl, ll, fn, ln, lang=lang)
    if lang in ('zh', 'ja', 'ko'):
        fn, fl = rng.pick(firsts)
        ln, ll = rng.pick(lasts)
        if latin_display:
            disp = '%s %s' % (fl.capitalize(), ll.capitalize()) if lang != 'zh' else '%s %s' % (ll.capitalize(), fl.capitalize())
        else:
            disp = ('%s%s' % (ln, fn)) if lang in ('zh', 'ko') else ('%s %s' % (ln, fn))
        return Person(disp, fl, ll, fn, ln, lang=lang)
    f = rng.pick(firsts)
    ln = rng.pick(lasts)
    return Person('%s %s' % (f, ln), ascii_fold(f, lang == 'de'), ascii_fold(ln, lang == 'de'), f, ln, lang=lang)


def local_part(rng, p, style=None):
    style = style or rng.pick(['first.last', 'first.last', 'flast', 'first', 'firstlast', 'first_last', 'lastf', 'first.l'])
    f, l = p.fl, p.ll
    if style == 'first.last':
        return '%s.%s' % (f, l)
    if style == 'flast':
        return f[0] + l
    if style == 'first':
        return f
    if style == 'firstlast':
        return f + l
    if style == 'first_last':
        return '%s_%s' % (f, l)
    if style == 'lastf':
        return l + f[0]
    return '%s.%s' % (f, l[0])


def free_local(rng, p):
    f, l = p.fl, p.ll
    return rng.pick(['%s.%s%d' % (f, l, rng.randint(1, 99)), '%s%s%d' % (f, l[:3], rng.randint(70, 2005)),
                     '%s.%s' % (f, l), '%s_%s%d' % (f[0], l, rng.randint(1, 999)), '%s%d' % (f + l, rng.randint(1, 9)),
                     '%s.%s' % (l, f)])


# ------------------------------------------------- Google localisation
G = {
    'en': dict(inv='Invitation', upd='Updated invitation', can='Canceled event', acc='Accepted', dec='Declined',
               invited='You have been invited to the following event.', title='Title', when='When', where='Location',
               joining='Joining info', calendar='Calendar', who='Who', organizer='organizer',
               details='View all guest info', reply='Reply for {email}', yes='Yes', no='No', maybe='Maybe',
               more='More options', frm='Invitation from Google Calendar',
               courtesy='You are receiving this courtesy email at the account {email} because you are an attendee of this event.',
               meet='Join with Google Meet', accepted='{name} has accepted this invitation.',
               declined='{name} has declined this invitation.',
               canceled='This event has been canceled and removed from your calendar.'),
    'de': dict(inv='Einladung', upd='Aktualisierte Einladung', can='Abgesagter Termin', acc='Angenommen', dec='Abgelehnt',
               invited='Sie wurden zu folgendem Termin eingeladen.', title='Titel', when='Wann', where='Ort',
               joining='Informationen zur Teilnahme', calendar='Kalender', who='Wer', organizer='Organisator',
               details='Alle Gastinformationen ansehen', reply='Antworten für {email}', yes='Ja', no='Nein',
               maybe='Vielleicht', more='Weitere Optionen', frm='Einladung von Google Kalender',
               courtesy='Sie erhalten diese E-Mail an das Konto {email}, weil Sie Gast dieses Termins sind.',
               meet='Mit Google Meet teilnehmen', accepted='{name} hat diese Einladung angenommen.',
               declined='{name} hat diese Einladung abgelehnt.',
               canceled='Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.'),
    'fr': dict(inv='Invitation', upd='Invitation mise à jour', can='Événement annulé', acc='Accepté', dec='Refusé',
               invited="Vous avez été invité à l'événement suivant.", title='Titre', when='Quand', where='Lieu',
               joining='Informations de connexion', calendar='Agenda', who='Participants', organizer='organisateur',
               details='Afficher toutes les informations sur les invités', reply='Répondre pour {email}', yes='Oui',
               no='Non', maybe='Peut-être', more="Plus d'options", frm='Invitation de Google Agenda',
               courtesy='Vous recevez cet e-mail sur le compte {email}, car vous êtes invité à cet événement.',
               meet='Participer avec Google Meet', accepted='{name} a accepté cette invitation.',
               declined='{name} a refusé cette invitation.',
               canceled='Cet événement a été annulé et supprimé de votre agenda.'),
    'es': dict(inv='Invitación', upd='Invitación actualizada', can='Evento cancelado', acc='Aceptado', dec='Rechazado',
               invited='Has recibido una invitación para el siguiente evento.', title='Título', when='Cuándo',
               where='Dónde', joining='Información para unirse', calendar='Calendario', who='Invitados',
               organizer='organizador', details='Ver toda la información de los invitados',
               reply='Responder por {email}', yes='Sí', no='No', maybe='Quizás', more='Más opciones',
               frm='Invitación de Google Calendar',
               courtesy='Has recibido este correo electrónico en la cuenta {email} porque eres invitado de este evento.',
               meet='Unirse con Google Meet', accepted='{name} ha aceptado esta invitación.',
               declined='{name} ha rechazado esta invitación.',
               canceled='Este evento se ha cancelado y se ha eliminado de tu calendario.'),
    'it': dict(inv='Invito', upd='Invito aggiornato', can='Evento annullato', acc='Accettato', dec='Rifiutato',
               invited='Sei stato invitato al seguente evento.', title='Titolo', when='Quando', where='Dove',
               joining='Informazioni per partecipare', calendar='Calendario', who='Partecipanti',
               organizer='organizzatore', details='Visualizza tutte le informazioni sugli invitati',
               reply='Rispondi per {email}', yes='Sì', no='No', maybe='Forse', more='Altre opzioni',
               frm='Invito da Google Calendar',
               courtesy="Ricevi questa email all'account {email} perché sei un invitato di questo evento.",
               meet='Partecipa con Google Meet', accepted='{name} ha accettato questo invito.',
               declined='{name} ha rifiutato questo invito.',
               canceled='Questo evento è stato annullato e rimosso dal tuo calendario.'),
    'pt': dict(inv='Convite', upd='Convite atualizado', can='Evento cancelado', acc='Aceito', dec='Recusado',
               invited='Você foi convidado para o seguinte evento.', title='Título', when='Quando', where='Onde',
               joining='Informações de participação', calendar='Agenda', who='Convidados', organizer='organizador',
               details='Ver todas as informações dos convidados', reply='Responder para {email}', yes='Sim', no='Não',
               maybe='Talvez', more='Mais opções', frm='Convite do Google Agenda',
               courtesy='Você está recebendo este e-mail na conta {email} porque é convidado deste evento.',
               meet='Participar com o Google Meet', accepted='{name} aceitou este convite.',
               declined='{name} recusou este convite.',
               canceled='Este evento foi cancelado e removido da sua agenda.'),
    'nl': dict(inv='Uitnodiging', upd='Bijgewerkte uitnodiging', can='Geannuleerd evenement', acc='Geaccepteerd',
               dec='Geweigerd', invited='Je bent uitgenodigd voor het volgende evenement.', title='Titel',
               when='Wanneer', where='Waar', joining='Deelnamegegevens', calendar='Agenda', who='Wie',
               organizer='organisator', details='Alle gastgegevens bekijken', reply='Antwoorden voor {email}',
               yes='Ja', no='Nee', maybe='Misschien', more='Meer opties', frm='Uitnodiging van Google Agenda',
               courtesy='Je ontvangt deze e-mail op het account {email} omdat je gast bent bij dit evenement.',
               meet='Deelnemen met Google Meet', accepted='{name} heeft deze uitnodiging geaccepteerd.',
               declined='{name} heeft deze uitnodiging geweigerd.',
               canceled='Dit evenement is geannuleerd en uit je agenda verwijderd.'),
    'pl': dict(inv='Zaproszenie', upd='Zaktualizowane zaproszenie', can='Odwołane wydarzenie', acc='Zaakceptowano',
               dec='Odrzucono', invited='Otrzymujesz zaproszenie na następujące wydarzenie.', title='Tytuł',
               when='Kiedy', where='Gdzie', joining='Informacje o dołączaniu', calendar='Kalendarz', who='Kto',
               organizer='organizator', details='Wyświetl wszystkie informacje o gościach',
               reply='Odpowiedz jako {email}', yes='Tak', no='Nie', maybe='Może', more='Więcej opcji',
               frm='Zaproszenie z Kalendarza Google',
               courtesy='Otrzymujesz tę wiadomość na konto {email}, ponieważ jesteś gościem tego wydarzenia.',
               meet='Dołącz przez Google Meet', accepted='{name} akceptuje to zaproszenie.',
               declined='{name} odrzuca to zaproszenie.',
               canceled='To wydarzenie zostało odwołane i usunięte z Twojego kalendarza.'),
    'ru': dict(inv='Приглашение', upd='Обновленное приглашение', can='Мероприятие отменено', acc='Принято',
               dec='Отклонено', invited='Вас пригласили на следующее мероприятие.', title='Название', when='Когда',
               where='Где', joining='Как присоединиться', calendar='Календарь', who='Участники',
               organizer='организатор', details='Посмотреть сведения обо всех гостях', reply='Ответ для {email}',
               yes='Да', no='Нет', maybe='Возможно', more='Другие варианты', frm='Приглашение из Google Календаря',
               courtesy='Вы получили это письмо на адрес {email}, так как являетесь участником этого мероприятия.',
               meet='Присоединиться к Google Meet', accepted='{name} принимает это приглашение.',
               declined='{name} отклоняет это приглашение.',
               canceled='Мероприятие отменено и удалено из вашего календаря.'),
    'el': dict(inv='Πρόσκληση', upd='Ενημερωμένη πρόσκληση', can='Ακυρωμένη εκδήλωση', acc='Αποδεκτή',
               dec='Απορρίφθηκε', invited='Έχετε προσκληθεί στην παρακάτω εκδήλωση.', title='Τίτλος', when='Πότε',
               where='Πού', joining='Πληροφορίες συμμετοχής', calendar='Ημερολόγιο', who='Ποιοι',
               organizer='διοργανωτής', details='Προβολή όλων των πληροφοριών επισκεπτών',
               reply='Απάντηση για {email}', yes='Ναι', no='Όχι', maybe='Ίσως', more='Περισσότερες επιλογές',
               frm='Πρόσκληση από το Ημερολόγιο Google',
               courtesy='Λαμβάνετε αυτό το μήνυμα στον λογαριασμό {email} επειδή είστε προσκεκλημένος σε αυτή την εκδήλωση.',
               meet='Συμμετοχή με το Google Meet', accepted='Ο χρήστης {name} αποδέχτηκε αυτή την πρόσκληση.',
               declined='Ο χρήστης {name} απέρριψε αυτή την πρόσκληση.',
               canceled='Αυτή η εκδήλωση ακυρώθηκε και καταργήθηκε από το ημερολόγιό σας.'),
    'ar': dict(inv='دعوة', upd='دعوة معدّلة', can='حدث ملغى', acc='تم القبول', dec='تم الرفض',
               invited='تمت دعوتك إلى الحدث التالي.', title='العنوان', when='الموعد', where='المكان',
               joining='معلومات الانضمام', calendar='التقويم', who='المدعوون', organizer='المنظِّم',
               details='عرض جميع معلومات الضيوف', reply='الرد بالنيابة عن {email}', yes='نعم', no='لا', maybe='ربما',
               more='مزيد من الخيارات', frm='دعوة من تقويم Google',
               courtesy='تتلقى هذه الرسالة على الحساب {email} لأنك من المدعوين إلى هذا الحدث.',
               meet='الانضمام باستخدام Google Meet', accepted='قبل {name} هذه الدعوة.',
               declined='رفض {name} هذه الدعوة.', canceled='تم إلغاء هذا الحدث وإزالته من تقويمك.'),
    'he': dict(inv='הזמנה', upd='הזמנה מעודכנת', can='האירוע בוטל', acc='אושר', dec='נדחה',
               invited='הוזמנת לאירוע הבא.', title='כותרת', when='מתי', where='מיקום', joining='פרטי הצטרפות',
               calendar='יומן', who='משתתפים', organizer='מארגן/ת', details='הצגת כל פרטי האורחים',
               reply='תשובה עבור {email}', yes='כן', no='לא', maybe='אולי', more='אפשרויות נוספות',
               frm='הזמנה מיומן Google', courtesy='קיבלת את האימייל הזה בחשבון {email} כי הוזמנת לאירוע הזה.',
               meet='הצטרפות באמצעות Google Meet', accepted='{name} אישר/ה את ההזמנה.',
               declined='{name} דחה/תה את ההזמנה.', canceled='האירוע בוטל והוסר מהיומן שלך.'),
    'zh': dict(inv='邀请', upd='更新后的邀请', can='已取消的活动', acc='已接受', dec='已拒绝',
               invited='您已受邀参加以下活动。', title='标题', when='时间', where='地点', joining='加入信息',
               calendar='日历', who='参与者', organizer='组织者', details='查看所有邀请对象信息',
               reply='以 {email} 的身份回复', yes='是', no='否', maybe='可能', more='更多选项',
               frm='来自 Google 日历的邀请', courtesy='您之所以在 {email} 帐号中收到此电子邮件，是因为您是此活动的邀请对象。',
               meet='使用 Google Meet 加入', accepted='{name} 已接受此邀请。', declined='{name} 已拒绝此邀请。',
               canceled='此活动已取消，并已从您的日历中移除。'),
    'ja': dict(inv='招待', upd='更新された招待', can='キャンセルされた予定', acc='承諾', dec='辞退',
               invited='次の予定に招待されました。', title='タイトル', when='日時', where='場所', joining='参加情報',
               calendar='カレンダー', who='参加者', organizer='主催者', details='ゲスト情報をすべて表示',
               reply='{email} として返信', yes='はい', no='いいえ', maybe='未定', more='その他のオプション',
               frm='Google カレンダーからの招待', courtesy='このメールは、予定のゲストであるため、アカウント {email} に送信されています。',
               meet='Google Meet に参加', accepted='{name} さんが招待を承諾しました。',
               declined='{name} さんが招待を辞退しました。', canceled='この予定はキャンセルされ、カレンダーから削除されました。'),
    'ko': dict(inv='초대', upd='업데이트된 초대', can='취소된 일정', acc='수락함', dec='거절함',
               invited='다음 일정에 초대되었습니다.', title='제목', when='일시', where='장소', joining='참여 정보',
               calendar='캘린더', who='참석자', organizer='주최자', details='모든 참석자 정보 보기',
               reply='{email}(으)로 응답', yes='예', no='아니요', maybe='미정', more='옵션 더보기',
               frm='Google 캘린더에서 보낸 초대장', courtesy='이 일정의 참석자이므로 {email} 계정으로 이 이메일을 받았습니다.',
               meet='Google Meet으로 참여', accepted='{name}님이 초대를 수락했습니다.',
               declined='{name}님이 초대를 거절했습니다.', canceled='이 일정이 취소되어 캘린더에서 삭제되었습니다.'),
    'hi': dict(inv='न्योता', upd='अपडेट किया गया न्योता', can='रद्द किया गया इवेंट', acc='स्वीकार किया गया',
               dec='अस्वीकार किया गया', invited='आपको इस इवेंट के लिए न्योता भेजा गया है।', title='शीर्षक', when='कब',
               where='कहां', joining='शामिल होने की जानकारी', calendar='कैलेंडर', who='कौन', organizer='आयोजक',
               details='मेहमानों की पूरी जानकारी देखें', reply='{email} के लिए जवाब दें', yes='हां', no='नहीं',
               maybe='शायद', more='ज़्यादा विकल्प', frm='Google Calendar से न्योता',
               courtesy='आपको यह ईमेल {email} खाते पर इसलिए मिला है, क्योंकि आप इस इवेंट में मेहमान हैं।',
               meet='Google Meet से जुड़ें', accepted='{name} ने यह न्योता स्वीकार कर लिया है।',
               declined='{name} ने यह न्योता अस्वीकार कर दिया है।',
               canceled='यह इवेंट रद्द कर दिया गया है और आपके कैलेंडर से हटा दिया गया है।'),
    'th': dict(inv='คำเชิญ', upd='คำเชิญที่อัปเดต', can='กิจกรรมที่ยกเลิก', acc='ยอมรับแล้ว', dec='ปฏิเสธแล้ว',
               invited='คุณได้รับเชิญให้เข้าร่วมกิจกรรมต่อไปนี้', title='ชื่อ', when='เวลา', where='สถานที่',
               joining='ข้อมูลการเข้าร่วม', calendar='ปฏิทิน', who='ผู้เข้าร่วม', organizer='ผู้จัด',
               details='ดูข้อมูลผู้เข้าร่วมทั้งหมด', reply='ตอบกลับในนามของ {email}', yes='ใช่', no='ไม่',
               maybe='อาจจะ', more='ตัวเลือกเพิ่มเติม', frm='คำเชิญจาก Google ปฏิทิน',
               courtesy='คุณได้รับอีเมลนี้ที่บัญชี {email} เนื่องจากคุณเป็นผู้ได้รับเชิญในกิจกรรมนี้',
               meet='เข้าร่วมด้วย Google Meet', accepted='{name} ยอมรับคำเชิญนี้แล้ว',
               declined='{name} ปฏิเสธคำเชิญนี้แล้ว', canceled='กิจกรรมนี้ถูกยกเลิกและนำออกจากปฏิทินของคุณแล้ว'),
    'tr': dict(inv='Davet', upd='Güncellenmiş davet', can='İptal edilen etkinlik', acc='Kabul edildi',
               dec='Reddedildi', invited='Aşağıdaki etkinliğe davet edildiniz.', title='Başlık', when='Ne zaman',
               where='Nerede', joining='Katılım bilgileri', calendar='Takvim', who='Katılımcılar',
               organizer='düzenleyen', details='Tüm davetli bilgilerini görüntüle', reply='{email} için yanıtla',
               yes='Evet', no='Hayır', maybe='Belki', more='Diğer seçenekler', frm="Google Takvim'den davet",
               courtesy='Bu etkinliğin davetlisi olduğunuz için bu e-postayı {email} hesabında alıyorsunuz.',
               meet='Google Meet ile katıl', accepted='{name} bu daveti kabul etti.',
               declined='{name} bu daveti reddetti.', canceled='Bu etkinlik iptal edildi ve takviminizden kaldırıldı.'),
    'cs': dict(inv='Pozvánka', upd='Aktualizovaná pozvánka', can='Zrušená událost', acc='Přijato', dec='Odmítnuto',
               invited='Byli jste pozváni na následující událost.', title='Název', when='Kdy', where='Kde',
               joining='Informace o připojení', calendar='Kalendář', who='Kdo', organizer='organizátor',
               details='Zobrazit všechny informace o hostech', reply='Odpovědět za {email}', yes='Ano', no='Ne',
               maybe='Možná', more='Další možnosti', frm='Pozvánka z Kalendáře Google',
               courtesy='Tento e-mail dostáváte na účet {email}, protože jste hostem této události.',
               meet='Připojit se přes Google Meet', accepted='{name} přijal(a) tuto pozvánku.',
               declined='{name} odmítl(a) tuto pozvánku.', canceled='Tato událost byla zrušena a odstraněna z vašeho kalendáře.'),
}

# Outlook / Exchange response prefixes: accepted, declined, tentative, canceled, forward, reply, invitation(Lightning)
OL = {
    'en': ('Accepted', 'Declined', 'Tentative', 'Canceled', 'FW', 'RE', 'Invitation'),
    'de': ('Angenommen', 'Abgelehnt', 'Mit Vorbehalt angenommen', 'Abgesagt', 'WG', 'AW', 'Einladung'),
    'fr': ('Accepté', 'Refusé', 'Provisoire', 'Annulé', 'TR', 'RE', 'Invitation'),
    'es': ('Aceptado', 'Rechazado', 'Provisional', 'Cancelado', 'RV', 'RE', 'Invitación'),
    'it': ('Accettato', 'Rifiutato', 'Provvisorio', 'Annullato', 'I', 'R', 'Invito'),
    'pt': ('Aceito', 'Recusado', 'Provisório', 'Cancelado', 'ENC', 'RES', 'Convite'),
    'nl': ('Geaccepteerd', 'Geweigerd', 'Voorlopig', 'Geannuleerd', 'FW', 'RE', 'Uitnodiging'),
    'pl': ('Zaakceptowano', 'Odrzucono', 'Wstępnie zaakceptowano', 'Anulowano', 'PD', 'ODP', 'Zaproszenie'),
    'ru': ('Принято', 'Отклонено', 'Под вопросом', 'Отменено', 'FW', 'RE', 'Приглашение'),
    'el': ('Αποδεκτό', 'Απορρίφθηκε', 'Προσωρινό', 'Ακυρώθηκε', 'ΠΡΘ', 'ΑΠ', 'Πρόσκληση'),
    'ar': ('مقبول', 'مرفوض', 'مبدئي', 'ملغى', 'إعادة توجيه', 'رد', 'دعوة'),
    'he': ('התקבל', 'נדחה', 'טנטטיבי', 'בוטל', 'הועבר', 'השב', 'הזמנה'),
    'zh': ('已接受', '已拒绝', '暂定', '已取消', '转发', '答复', '邀请'),
    'ja': ('承諾', '辞退', '仮承諾', '取り消し', 'FW', 'RE', '招待'),
    'ko': ('수락', '거절', '미정', '취소됨', 'FW', 'RE', '초대'),
    'hi': ('स्वीकृत', 'अस्वीकृत', 'संभावित', 'रद्द', 'FW', 'RE', 'आमंत्रण'),
    'th': ('ยอมรับแล้ว', 'ปฏิเสธแล้ว', 'ไม่แน่นอน', 'ยกเลิกแล้ว', 'FW', 'RE', 'คำเชิญ'),
    'tr': ('Kabul Edildi', 'Reddedildi', 'Kesin Değil', 'İptal Edildi', 'İLT', 'YNT', 'Davet'),
    'cs': ('Přijato', 'Odmítnuto', 'Nezávazně', 'Zrušeno', 'FW', 'RE', 'Pozvánka'),
}

# Teams join block (location label, heading, join-on line, click-here, meeting id, passcode, download, web, options)
TEAMS = {
    'en': ('Microsoft Teams Meeting', 'Microsoft Teams meeting', 'Join on your computer, mobile app or room device',
           'Click here to join the meeting', 'Meeting ID', 'Passcode', 'Download Teams', 'Join on the web',
           'Meeting options'),
    'de': ('Microsoft Teams-Besprechung', 'Microsoft Teams-Besprechung',
           'Nehmen Sie über Ihren Computer, Ihre mobile App oder Ihr Raumgerät teil',
           'Klicken Sie hier, um an der Besprechung teilzunehmen', 'Besprechungs-ID', 'Passcode',
           'Teams herunterladen', 'Im Web beitreten', 'Besprechungsoptionen'),
    'fr': ('Réunion Microsoft Teams', 'Réunion Microsoft Teams',
           "Rejoindre sur votre ordinateur, application mobile ou appareil de salle",
           'Cliquez ici pour participer à la réunion', 'ID de la réunion', 'Code secret', 'Télécharger Teams',
           'Rejoindre sur le web', 'Options de réunion'),
    'es': ('Reunión de Microsoft Teams', 'Reunión de Microsoft Teams',
           'Unirse desde el equipo, la aplicación móvil o el dispositivo de la sala',
           'Haga clic aquí para unirse a la reunión', 'Id. de reunión', 'Código de acceso', 'Descargar Teams',
           'Unirse en la web', 'Opciones de reunión'),
    'it': ('Riunione di Microsoft Teams', 'Riunione di Microsoft Teams',
           'Partecipa da computer, app per dispositivi mobili o dispositivo della sala',
           'Fai clic qui per partecipare alla riunione', 'ID riunione', 'Passcode', 'Scarica Teams',
           'Partecipa sul Web', 'Opzioni riunione'),
    'nl': ('Microsoft Teams-vergadering', 'Microsoft Teams-vergadering',
           'Deelnemen op uw computer, mobiele app of ruimteapparaat', 'Klik hier om deel te nemen aan de vergadering',
           'Vergadering-id', 'Wachtwoordcode', 'Teams downloaden', 'Deelnemen op het web', 'Vergaderopties'),
    'pt': ('Reunião do Microsoft Teams', 'Reunião do Microsoft Teams',
           'Ingresse em seu computador, aplicativo móvel ou dispositivo de sala', 'Clique aqui para ingressar na reunião',
           'ID da reunião', 'Senha', 'Baixar o Teams', 'Ingressar na Web', 'Opções de reunião'),
    'pl': ('Spotkanie w aplikacji Microsoft Teams', 'Spotkanie w aplikacji Microsoft Teams',
           'Dołącz na komputerze, w aplikacji mobilnej lub na urządzeniu w sali',
           'Kliknij tutaj, aby dołączyć do spotkania', 'Identyfikator spotkania', 'Kod dostępu', 'Pobierz aplikację Teams',
           'Dołącz w przeglądarce', 'Opcje spotkania'),
    'ru': ('Собрание Microsoft Teams', 'Собрание Microsoft Teams',
           'Присоединиться с компьютера, мобильного приложения или устройства комнаты',
           'Щелкните здесь, чтобы присоединиться к собранию', 'Идентификатор собрания', 'Секретный код',
           'Скачать Teams', 'Присоединиться в Интернете', 'Параметры собрания'),
    'ja': ('Microsoft Teams 会議', 'Microsoft Teams 会議', 'コンピューター、モバイル アプリ、またはルーム デバイスで参加する',
           'ここをクリックして会議に参加してください', '会議 ID', 'パスコード', 'Teams をダウンロード', 'Web に参加',
           '会議のオプション'),
    'zh': ('Microsoft Teams 会议', 'Microsoft Teams 会议', '在计算机、移动应用或会议室设备上加入', '单击此处加入会议',
           '会议 ID', '密码', '下载 Teams', '在 Web 上加入', '会议选项'),
    'ko': ('Microsoft Teams 모임', 'Microsoft Teams 모임', '컴퓨터, 모바일 앱 또는 회의실 디바이스에서 참가',
           '여기를 클릭하여 모임에 참가', '모임 ID', '암호', 'Teams 다운로드', '웹에서 참가', '모임 옵션'),
    'he': ('פגישת Microsoft Teams', 'פגישת Microsoft Teams', 'הצטרף במחשב, באפליקציה לנייד או בהתקן החדר',
           'לחץ כאן כדי להצטרף לפגישה', 'מזהה פגישה', 'קוד גישה', 'הורד את Teams', 'הצטרף באינטרנט',
           'אפשרויות פגישה'),
}


def teams(lang):
    return TEAMS.get(lang, TEAMS['en'])


DATEFMT = {
    'de': 'dmy.', 'ru': 'dmy.', 'pl': 'dmy.', 'cs': 'dmy.', 'tr': 'dmy.', 'nl': 'dmy-',
    'fr': 'dmy/', 'es': 'dmy/', 'it': 'dmy/', 'pt': 'dmy/', 'el': 'dmy/', 'ar': 'dmy/', 'he': 'dmy.',
    'hi': 'dmy/', 'th': 'dmy/', 'zh': 'cjk', 'ja': 'cjk', 'ko': 'ko',
}


def fmt_date(lang, d):
    f = DATEFMT.get(lang)
    if f is None:
        return '%s %s %d, %d' % (['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][d.weekday()],
                                 ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.month - 1],
                                 d.day, d.year)
    if f == 'cjk':
        return '%d年%d月%d日' % (d.year, d.month, d.day)
    if f == 'ko':
        return '%d년 %d월 %d일' % (d.year, d.month, d.day)
    sep = f[3]
    return '%02d%s%02d%s%d' % (d.day, sep, d.month, sep, d.year)


def fmt_time(lang, d):
    if lang == 'en':
        h = d.hour % 12 or 12
        suf = 'am' if d.hour < 12 else 'pm'
        return ('%d%s' % (h, suf)) if d.minute == 0 else ('%d:%02d%s' % (h, d.minute, suf))
    return '%02d:%02d' % (d.hour, d.minute)
