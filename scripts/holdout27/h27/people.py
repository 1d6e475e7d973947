"""Fictional people, organisations and domains per language."""

# (first names, last names, ascii transliteration function applied for local parts)
NAMES = {
    'en': (['James', 'Olivia', 'Priya', 'Daniel', 'Megan', 'Tom', 'Rachel', 'Marcus', 'Hannah', 'Kevin', 'Laura',
            'Samuel', 'Chloe', 'Nathan', 'Grace', 'Owen', 'Aisha', 'Brian', 'Emily', 'Victor'],
           ['Whitfield', 'Carter', 'Nolan', 'Brooks', 'Hughes', 'Patel', 'Reyes', 'Fletcher', 'Doyle', 'Hart',
            'Sanders', 'Lin', 'Okafor', 'Mason', 'Ellis', 'Barrett', 'Quinn', 'Foster', 'Kerr', 'Lowe']),
    'de': (['Jürgen', 'Katrin', 'Stefan', 'Sabine', 'Lukas', 'Anja', 'Matthias', 'Julia', 'Björn', 'Petra'],
           ['Müller', 'Schröder', 'Becker', 'Hoffmann', 'Weiß', 'Krüger', 'Vogel', 'Lange', 'Brandt', 'Köhler']),
    'fr': (['Amélie', 'Julien', 'Céline', 'François', 'Hélène', 'Mathieu', 'Élodie', 'Benoît', 'Claire', 'Loïc'],
           ['Lefèvre', 'Moreau', 'Girard', 'Dubois', 'Rousseau', 'Mercier', 'Fontaine', 'Chevalier', 'Garnier', 'Bérard']),
    'es': (['Lucía', 'Javier', 'Marta', 'Álvaro', 'Carmen', 'Sergio', 'Begoña', 'Íñigo', 'Rocío', 'Pablo'],
           ['García', 'Muñoz', 'Fernández', 'Ibáñez', 'Ortega', 'Sánchez', 'Navarro', 'Peña', 'Domínguez', 'Ruiz']),
    'it': (['Giulia', 'Marco', 'Francesca', 'Niccolò', 'Chiara', 'Lorenzo', 'Elena', 'Davide', 'Silvia', 'Matteo'],
           ['Rossi', 'Bianchi', 'Esposito', 'Ferrara', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Conti', 'Gallo']),
    'pt': (['João', 'Ana', 'Gonçalo', 'Mariana', 'Luís', 'Beatriz', 'Thiago', 'Fernanda', 'Caio', 'Letícia'],
           ['Silva', 'Conceição', 'Araújo', 'Gonçalves', 'Pereira', 'Magalhães', 'Ribeiro', 'Lopes', 'Barbosa', 'Simões']),
    'nl': (['Sanne', 'Daan', 'Lotte', 'Bram', 'Femke', 'Joost', 'Eline', 'Ruben', 'Marloes', 'Thijs'],
           ['de Vries', 'Jansen', 'van Dijk', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'Bos']),
    'pl': (['Katarzyna', 'Łukasz', 'Agnieszka', 'Paweł', 'Małgorzata', 'Michał', 'Zofia', 'Krzysztof', 'Joanna', 'Tomasz'],
           ['Nowak', 'Kowalczyk', 'Wiśniewska', 'Wójcik', 'Zieliński', 'Krawczyk', 'Dąbrowski', 'Lewandowska', 'Kamiński', 'Szymańska']),
    'sv': (['Åsa', 'Erik', 'Linnéa', 'Johan', 'Märta', 'Oskar', 'Ingrid', 'Björn', 'Sofia', 'Gustav'],
           ['Lindqvist', 'Andersson', 'Sjöberg', 'Nyström', 'Bergström', 'Håkansson', 'Ekström', 'Lundgren', 'Ström', 'Öberg']),
    'tr': (['Ayşe', 'Mehmet', 'Zeynep', 'Emre', 'Elif', 'Burak', 'Gökçe', 'Oğuz', 'Selin', 'Çağrı'],
           ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk', 'Aydın', 'Arslan', 'Doğan', 'Kılıç']),
    'cs': (['Jiří', 'Tereza', 'Petr', 'Lucie', 'Tomáš', 'Kateřina', 'Ondřej', 'Veronika', 'Jakub', 'Markéta'],
           ['Novák', 'Dvořáková', 'Svoboda', 'Černá', 'Procházka', 'Kučerová', 'Veselý', 'Horáková', 'Marek', 'Růžičková']),
    'ru': (['Алексей', 'Екатерина', 'Дмитрий', 'Ольга', 'Сергей', 'Наталья', 'Игорь', 'Марина', 'Павел', 'Юлия'],
           ['Смирнов', 'Кузнецова', 'Волков', 'Соколова', 'Морозов', 'Лебедева', 'Новиков', 'Козлова', 'Попов', 'Орлова']),
    'el': (['Γιώργος', 'Μαρία', 'Νίκος', 'Ελένη', 'Κώστας', 'Κατερίνα', 'Δημήτρης', 'Σοφία', 'Παναγιώτης', 'Αθηνά'],
           ['Παπαδόπουλος', 'Γεωργίου', 'Νικολάου', 'Οικονόμου', 'Καραγιάννη', 'Βασιλείου', 'Μακρή', 'Αντωνίου', 'Λαμπράκης', 'Σταύρου']),
    'ar': (['محمد', 'فاطمة', 'أحمد', 'مريم', 'خالد', 'نور', 'يوسف', 'سارة', 'عمر', 'ليلى'],
           ['العلي', 'الحسن', 'منصور', 'الشامي', 'القحطاني', 'عبدالله', 'حداد', 'الزهراني', 'سليمان', 'النجار']),
    'he': (['יוסי', 'מיכל', 'אבי', 'נועה', 'דני', 'שירה', 'איתי', 'רונית', 'עומר', 'תמר'],
           ['כהן', 'לוי', 'מזרחי', 'פרץ', 'ביטון', 'אברהם', 'פרידמן', 'שפירא', 'גולן', 'אזולאי']),
    'zh': (['伟', '芳', '磊', '静', '强', '丽', '军', '敏', '杰', '婷'],
           ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴']),
    'zh-TW': (['志明', '淑芬', '建宏', '雅婷', '家豪', '怡君', '俊傑', '佳穎', '冠廷', '美玲'],
              ['陳', '林', '黃', '張', '李', '王', '吳', '劉', '蔡', '楊']),
    'ja': (['翔太', '美咲', '健一', '陽子', '大輔', '由美', '拓也', '恵', '直樹', '彩'],
           ['佐藤', '鈴木', '高橋', '田中', '渡辺', '伊藤', '山本', '中村', '小林', '加藤']),
    'ko': (['민준', '서연', '지훈', '수빈', '현우', '지은', '성민', '유진', '동현', '하은'],
           ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임']),
    'hi': (['राहुल', 'प्रिया', 'अमित', 'नेहा', 'विकास', 'सुनीता', 'अर्जुन', 'कविता', 'संजय', 'पूजा'],
           ['शर्मा', 'वर्मा', 'गुप्ता', 'सिंह', 'मेहता', 'जोशी', 'अग्रवाल', 'पटेल', 'यादव', 'कुमार']),
    'th': (['สมชาย', 'สุดา', 'ธนากร', 'วรรณา', 'ประเสริฐ', 'นภา', 'กิตติ', 'อรุณี', 'ชัยวัฒน์', 'พิมพ์ชนก'],
           ['ศรีสุข', 'วงศ์ทอง', 'แก้วมณี', 'บุญมา', 'จันทร์เพ็ญ', 'สุวรรณ', 'ทองดี', 'พรหมมา', 'ศักดิ์ดี', 'อินทร์แก้ว']),
}

# ASCII forms used for mailbox local parts (parallel to NAMES order)
ASCII = {
    'ru': (['aleksey', 'ekaterina', 'dmitry', 'olga', 'sergey', 'natalya', 'igor', 'marina', 'pavel', 'yulia'],
           ['smirnov', 'kuznetsova', 'volkov', 'sokolova', 'morozov', 'lebedeva', 'novikov', 'kozlova', 'popov', 'orlova']),
    'el': (['giorgos', 'maria', 'nikos', 'eleni', 'kostas', 'katerina', 'dimitris', 'sofia', 'panagiotis', 'athina'],
           ['papadopoulos', 'georgiou', 'nikolaou', 'oikonomou', 'karagianni', 'vasileiou', 'makri', 'antoniou', 'lamprakis', 'stavrou']),
    'ar': (['mohammed', 'fatima', 'ahmed', 'mariam', 'khalid', 'nour', 'youssef', 'sara', 'omar', 'layla'],
           ['alali', 'alhassan', 'mansour', 'alshami', 'alqahtani', 'abdullah', 'haddad', 'alzahrani', 'suleiman', 'alnajjar']),
    'he': (['yossi', 'michal', 'avi', 'noa', 'dani', 'shira', 'itay', 'ronit', 'omer', 'tamar'],
           ['cohen', 'levi', 'mizrahi', 'peretz', 'biton', 'avraham', 'friedman', 'shapira', 'golan', 'azulay']),
    'zh': (['wei', 'fang', 'lei', 'jing', 'qiang', 'li', 'jun', 'min', 'jie', 'ting'],
           ['wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'zhou', 'wu']),
    'zh-TW': (['chihming', 'shufen', 'chienhung', 'yating', 'chiahao', 'yichun', 'chunchieh', 'chiaying', 'kuanting', 'meiling'],
              ['chen', 'lin', 'huang', 'chang', 'lee', 'wang', 'wu', 'liu', 'tsai', 'yang']),
    'ja': (['shota', 'misaki', 'kenichi', 'yoko', 'daisuke', 'yumi', 'takuya', 'megumi', 'naoki', 'aya'],
           ['sato', 'suzuki', 'takahashi', 'tanaka', 'watanabe', 'ito', 'yamamoto', 'nakamura', 'kobayashi', 'kato']),
    'ko': (['minjun', 'seoyeon', 'jihoon', 'subin', 'hyunwoo', 'jieun', 'sungmin', 'yujin', 'donghyun', 'haeun'],
           ['kim', 'lee', 'park', 'choi', 'jung', 'kang', 'cho', 'yoon', 'jang', 'lim']),
    'hi': (['rahul', 'priya', 'amit', 'neha', 'vikas', 'sunita', 'arjun', 'kavita', 'sanjay', 'pooja'],
           ['sharma', 'verma', 'gupta', 'singh', 'mehta', 'joshi', 'agarwal', 'patel', 'yadav', 'kumar']),
    'th': (['somchai', 'suda', 'thanakorn', 'wanna', 'prasert', 'napa', 'kitti', 'arunee', 'chaiwat', 'pimchanok'],
           ['srisuk', 'wongthong', 'kaewmanee', 'boonma', 'janpen', 'suwan', 'thongdee', 'promma', 'sakdee', 'inkaew']),
}

TR = str.maketrans({'ä': 'ae', 'ö': 'oe', 'ü': 'ue', 'ß': 'ss', 'é': 'e', 'è': 'e', 'ê': 'e', 'ë': 'e', 'á': 'a',
                    'à': 'a', 'â': 'a', 'ã': 'a', 'å': 'a', 'í': 'i', 'ï': 'i', 'î': 'i', 'ó': 'o', 'ô': 'o',
                    'õ': 'o', 'ú': 'u', 'ñ': 'n', 'ç': 'c', 'ł': 'l', 'ś': 's', 'ą': 'a', 'ę': 'e', 'ż': 'z',
                    'ź': 'z', 'ć': 'c', 'ń': 'n', 'ş': 's', 'ğ': 'g', 'ı': 'i', 'č': 'c', 'ř': 'r', 'ž': 'z',
                    'š': 's', 'ý': 'y', 'ů': 'u', 'ě': 'e', 'ď': 'd', 'ť': 't', 'ň': 'n', 'Å': 'A', 'Ö': 'O',
                    'Ü': 'U', 'Ä': 'A', 'É': 'E', 'Á': 'A', 'Í': 'I', 'Ł': 'L', 'Ş': 'S', 'Ç': 'C', 'Č': 'C',
                    'Ř': 'R', 'Ž': 'Z', 'Š': 'S', 'İ': 'I', 'Ó': 'O', 'Ú': 'U', 'Ż': 'Z', 'Ś': 'S', ' ': ''})


def ascii_name(s):
    return s.translate(TR).lower().replace("'", '')


# ISP / freemail per language
FREEMAIL = {
    'en': ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.com', 'icloud.com', 'aol.com', 'btinternet.com', 'comcast.net'],
    'de': ['web.de', 'gmx.de', 't-online.de', 'gmx.net', 'gmail.com', 'posteo.de'],
    'fr': ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com', 'sfr.fr', 'wanadoo.fr'],
    'es': ['gmail.com', 'hotmail.es', 'telefonica.net', 'yahoo.es'],
    'it': ['libero.it', 'virgilio.it', 'gmail.com', 'alice.it', 'tiscali.it'],
    'pt': ['uol.com.br', 'bol.com.br', 'gmail.com', 'sapo.pt', 'terra.com.br'],
    'nl': ['ziggo.nl', 'kpnmail.nl', 'gmail.com', 'xs4all.nl', 'hotmail.nl'],
    'pl': ['wp.pl', 'o2.pl', 'interia.pl', 'onet.pl', 'gmail.com'],
    'sv': ['telia.com', 'gmail.com', 'bredband.net', 'hotmail.se'],
    'tr': ['gmail.com', 'hotmail.com.tr', 'yandex.com.tr', 'mynet.com'],
    'cs': ['seznam.cz', 'centrum.cz', 'email.cz', 'gmail.com'],
    'ru': ['mail.ru', 'yandex.ru', 'rambler.ru', 'bk.ru', 'list.ru'],
    'el': ['otenet.gr', 'yahoo.gr', 'gmail.com', 'hol.gr'],
    'ar': ['gmail.com', 'hotmail.com', 'yahoo.com', 'outlook.sa'],
    'he': ['walla.co.il', 'gmail.com', 'bezeqint.net', '012.net.il'],
    'zh': ['163.com', 'qq.com', '126.com', 'sina.com', 'gmail.com'],
    'zh-TW': ['gmail.com', 'yahoo.com.tw', 'hinet.net', 'ms1.hinet.net'],
    'ja': ['yahoo.co.jp', 'docomo.ne.jp', 'gmail.com', 'nifty.com', 'ezweb.ne.jp'],
    'ko': ['naver.com', 'daum.net', 'hanmail.net', 'gmail.com', 'nate.com'],
    'hi': ['gmail.com', 'rediffmail.com', 'yahoo.co.in', 'outlook.com'],
    'th': ['hotmail.com', 'gmail.com', 'yahoo.co.th', 'outlook.co.th'],
}

ZONE = {
    'en': ['America/New_York', 'Europe/London', 'America/Los_Angeles', 'America/Chicago', 'Australia/Sydney',
           'America/Toronto', 'Asia/Singapore'],
    'de': ['Europe/Berlin'], 'fr': ['Europe/Paris'], 'es': ['Europe/Madrid'], 'it': ['Europe/Rome'],
    'pt': ['America/Sao_Paulo', 'Europe/Lisbon'], 'nl': ['Europe/Amsterdam'], 'pl': ['Europe/Warsaw'],
    'sv': ['Europe/Stockholm'], 'tr': ['Europe/Istanbul'], 'cs': ['Europe/Prague'], 'ru': ['Europe/Moscow'],
    'el': ['Europe/Athens'], 'ar': ['Asia/Riyadh', 'Asia/Dubai', 'Africa/Cairo'], 'he': ['Asia/Jerusalem'],
    'zh': ['Asia/Shanghai'], 'zh-TW': ['Asia/Taipei'], 'ja': ['Asia/Tokyo'], 'ko': ['Asia/Seoul'],
    'hi': ['Asia/Kolkata'], 'th': ['Asia/Bangkok'],
}

TLD = {
    'en': ['com', 'co.uk', 'org', 'net', 'com.au', 'ca', 'io', 'us'], 'de': ['de', 'de', 'eu', 'at'],
    'fr': ['fr', 'fr', 'eu', 'be'], 'es': ['es', 'es', 'com.mx'], 'it': ['it'], 'pt': ['com.br', 'com.br', 'pt'],
    'nl': ['nl', 'nl', 'be'], 'pl': ['pl', 'com.pl'], 'sv': ['se'], 'tr': ['com.tr', 'com.tr'],
    'cs': ['cz'], 'ru': ['ru', 'ru', 'su'], 'el': ['gr'], 'ar': ['ae', 'sa', 'com.eg', 'ma'], 'he': ['co.il'],
    'zh': ['cn', 'com.cn'], 'zh-TW': ['com.tw', 'tw'], 'ja': ['co.jp', 'jp'], 'ko': ['co.kr', 'kr'],
    'hi': ['in', 'co.in'], 'th': ['co.th', 'in.th'],
}

# word stems for fictional company domains (ascii)
ORGSTEM = {
    'en': ['harborview', 'northgate', 'bluefernlabs', 'kestrel-analytics', 'greyline', 'oakridge-legal',
           'tidewater', 'pinecrest', 'lumenforge', 'brightwell', 'stonebridge-cpa', 'riverbend', 'coppermill',
           'fairhaven', 'quillstone', 'wrenfield', 'haddock-logistics', 'maplehurst', 'silverpine', 'eastbrook'],
    'de': ['kessler-maschinenbau', 'hanse-logistik', 'brunnen-apotheke', 'stadtwerke-auenberg', 'lindner-partner',
           'fichtelbau', 'rheinblick-steuer', 'moosach-it'],
    'fr': ['atelier-lumen', 'cabinet-roussel', 'groupe-vauclair', 'lavande-conseil', 'transports-bercy',
           'mairie-sainte-aure'],
    'es': ['grupo-alcazar', 'asesoria-peral', 'construcciones-brena', 'clinica-santelmo', 'colegio-alameda'],
    'it': ['studio-ferrante', 'officine-lario', 'gruppo-vespucci', 'trattoria-al-ponte', 'comune-valmora'],
    'pt': ['construtora-ipe', 'grupo-aurora', 'contabilidade-serra', 'escola-girassol', 'clinica-boavista'],
    'nl': ['vandermeer-advies', 'polderbouw', 'huisartsen-dijkzicht', 'gemeente-lindewoude', 'zeilstra'],
    'pl': ['budimex-wschod', 'kancelaria-orlik', 'przychodnia-zielna', 'stalbud', 'szkola-sosnowa'],
    'sv': ['fjallbacka-bygg', 'vardcentral-ekhagen', 'lindstroms', 'norrsken-it', 'kommun-sjovik'],
    'tr': ['anadolu-lojistik', 'marmara-yapi', 'ege-tekstil', 'bogazici-danismanlik'],
    'cs': ['stavby-vltava', 'ucetni-novak', 'pivovar-brezno', 'firma-krkonose'],
    'ru': ['volga-stroy', 'severtrans', 'uralmet', 'neva-konsalt', 'tehnopark-orion'],
    'el': ['aigaio-shipping', 'olympos-logistics', 'kritiki-trofima', 'dimos-filothei'],
    'ar': ['alnoor-trading', 'gulfline', 'dar-alhandasa', 'nile-pharma', 'alwaha-group'],
    'he': ['golan-tech', 'carmel-systems', 'negev-logistics', 'hadar-law'],
    'zh': ['huaxin-tech', 'jinlong-trading', 'dongfang-machinery', 'chenguang-edu'],
    'zh-TW': ['yushan-tech', 'taihe-precision', 'lianfa-trading'],
    'ja': ['sakura-shoji', 'yamato-seiki', 'kawasemi-soft', 'hoshino-clinic', 'minato-kensetsu'],
    'ko': ['hanbit-soft', 'daehan-logis', 'seoul-medi', 'mirae-edu', 'haneul-tech'],
    'hi': ['sharma-exports', 'infobridge', 'ganga-textiles', 'sahyadri-software', 'vedanta-edu'],
    'th': ['siam-logistics', 'chaophraya-trading', 'lanna-resort', 'bangkok-medicare'],
}

ORGNAME = {
    'kessler-maschinenbau': 'Kessler Maschinenbau GmbH', 'hanse-logistik': 'Hanse Logistik AG',
}


def org_display(stem):
    if stem in ORGNAME:
        return ORGNAME[stem]
    return ' '.join(w.capitalize() if len(w) > 3 else w.upper() for w in stem.split('-'))


class People:
    def __init__(self, rng):
        self.rng = rng
        self.used = set()

    def person(self, lang):
        r = self.rng
        base = lang if lang in NAMES else 'en'
        firsts, lasts = NAMES[base]
        i, j = r.randrange(len(firsts)), r.randrange(len(lasts))
        first, last = firsts[i], lasts[j]
        if base in ASCII:
            af, al = ASCII[base][0][i], ASCII[base][1][j]
        else:
            af, al = ascii_name(first), ascii_name(last)
        if base in ('zh', 'zh-TW', 'ja', 'ko'):
            full = last + first if base != 'ko' else last + first
        elif base == 'hu':
            full = last + ' ' + first
        else:
            full = first + ' ' + last
        return {'first': first, 'last': last, 'full': full, 'af': af, 'al': al.replace(' ', ''), 'lang': lang}

    def local(self, p, style=None):
        r = self.rng
        style = style or r.choice(['f.l', 'fl', 'f_l', 'fl99', 'f', 'l.f', 'fI.l'])
        f, l = p['af'], p['al']
        if style == 'f.l':
            s = f + '.' + l
        elif style == 'fl':
            s = f[0] + l
        elif style == 'f_l':
            s = f + '_' + l
        elif style == 'fl99':
            s = f + l + str(r.randint(1, 99))
        elif style == 'f':
            s = f
        elif style == 'l.f':
            s = l + '.' + f
        else:
            s = f[0] + '.' + l
        s = s.replace(' ', '').replace('-', '')
        return s

    def free_addr(self, p, domain=None):
        r = self.rng
        domain = domain or r.choice(FREEMAIL.get(p['lang'], FREEMAIL['en']))
        loc = self.local(p, r.choice(['f.l', 'fl99', 'f_l', 'fl99', 'l.f']))
        if r.random() < 0.3:
            loc += str(r.randint(1960, 2005))
        return loc + '@' + domain

    def org(self, lang):
        r = self.rng
        stems = ORGSTEM.get(lang, ORGSTEM['en'] if lang not in ('zh-TW',) else ORGSTEM['zh-TW'])
        stem = r.choice(stems)
        tld = r.choice(TLD.get(lang, TLD['en']))
        return {'stem': stem, 'domain': stem + '.' + tld, 'name': org_display(stem)}

    def zone(self, lang):
        return self.rng.choice(ZONE.get(lang, ZONE['en']))
