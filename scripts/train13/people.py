"""Languages, names, organisations, recipients, client boilerplate translations."""
import unicodedata

LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'el', 'ar', 'he', 'zh', 'zht', 'ja', 'ko', 'hi', 'th', 'tr']

LANG_NAME = {'en': 'English', 'de': 'German', 'fr': 'French', 'es': 'Spanish', 'it': 'Italian', 'pt': 'Portuguese',
             'nl': 'Dutch', 'pl': 'Polish', 'ru': 'Russian', 'el': 'Greek', 'ar': 'Arabic', 'he': 'Hebrew',
             'zh': 'Chinese (simplified)', 'zht': 'Chinese (traditional)', 'ja': 'Japanese', 'ko': 'Korean',
             'hi': 'Hindi', 'th': 'Thai', 'tr': 'Turkish'}

CONTENT_LANG = {'en': 'en-US', 'de': 'de-DE', 'fr': 'fr-FR', 'es': 'es-ES', 'it': 'it-IT', 'pt': 'pt-BR',
                'nl': 'nl-NL', 'pl': 'pl-PL', 'ru': 'ru-RU', 'el': 'el-GR', 'ar': 'ar-SA', 'he': 'he-IL',
                'zh': 'zh-CN', 'zht': 'zh-TW', 'ja': 'ja-JP', 'ko': 'ko-KR', 'hi': 'hi-IN', 'th': 'th-TH',
                'tr': 'tr-TR'}

TZS = {
    'en': ['America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Europe/London', 'America/Toronto',
           'Australia/Sydney', 'Europe/Dublin', 'Asia/Singapore', 'America/Denver'],
    'de': ['Europe/Berlin', 'Europe/Berlin', 'Europe/Vienna', 'Europe/Zurich'],
    'fr': ['Europe/Paris', 'Europe/Paris', 'Europe/Brussels'],
    'es': ['Europe/Madrid', 'Europe/Madrid', 'America/Mexico_City'],
    'it': ['Europe/Rome'], 'pt': ['Europe/Lisbon', 'America/Sao_Paulo', 'America/Sao_Paulo'],
    'nl': ['Europe/Amsterdam', 'Europe/Amsterdam', 'Europe/Brussels'], 'pl': ['Europe/Warsaw'],
    'ru': ['Europe/Moscow'], 'el': ['Europe/Athens'], 'ar': ['Asia/Dubai', 'Asia/Riyadh', 'Africa/Cairo'],
    'he': ['Asia/Jerusalem'], 'zh': ['Asia/Shanghai', 'Asia/Shanghai', 'Asia/Hong_Kong'], 'zht': ['Asia/Taipei'],
    'ja': ['Asia/Tokyo'], 'ko': ['Asia/Seoul'], 'hi': ['Asia/Kolkata'], 'th': ['Asia/Bangkok'],
    'tr': ['Europe/Istanbul'],
}

LEGACY_CS = {
    'en': ['us-ascii', 'iso-8859-1', 'windows-1252'], 'de': ['iso-8859-1', 'iso-8859-15', 'windows-1252'],
    'fr': ['iso-8859-1', 'iso-8859-15', 'windows-1252'], 'es': ['iso-8859-1', 'windows-1252'],
    'it': ['iso-8859-1', 'windows-1252'], 'pt': ['iso-8859-1', 'windows-1252'], 'nl': ['windows-1252', 'iso-8859-1'],
    'pl': ['iso-8859-2', 'windows-1250'], 'ru': ['koi8-r', 'windows-1251'], 'el': ['iso-8859-7', 'windows-1253'],
    'ar': ['windows-1256', 'iso-8859-6'], 'he': ['windows-1255', 'iso-8859-8'], 'zh': ['gb2312', 'gbk', 'gb18030'],
    'zht': ['big5'], 'ja': ['iso-2022-jp', 'shift_jis', 'iso-2022-jp'], 'ko': ['euc-kr', 'ks_c_5601-1987'],
    'hi': ['utf-8'], 'th': ['tis-620', 'windows-874'], 'tr': ['iso-8859-9', 'windows-1254'],
}

# display name, latin local-part stem
NAMES = {
    'en': ['James Carter', 'Emily Hughes', 'Michael Bennett', 'Sarah Foster', 'David Walsh', 'Laura Patel',
           'Daniel Morgan', 'Rachel Reed', 'Chris Coleman', 'Megan Price', 'Tom Sullivan', 'Priya Natarajan',
           'Kevin Brooks', 'Olivia Hayes', 'Mark Fletcher', 'Hannah Grant', 'Brian Lawson', 'Jessica Doyle',
           'Sam Murphy', 'Natalie Okafor', 'Greg Whitman', 'Aisha Bello', 'Ryan Kowalczyk', 'Lauren Tate',
           'Peter Lindqvist', 'Julia Ferreira', 'Owen Griffiths', 'Chloe Martin', 'Marcus Webb', 'Nina Shah'],
    'de': ['Jana Becker', 'Lukas Hoffmann', 'Katrin Schreiber', 'Markus Wagner', 'Sabine Krüger', 'Jonas Neumann',
           'Anja Vogel', 'Tobias Brandt', 'Claudia Lehmann', 'Felix Köhler', 'Miriam Schäfer', 'Stefan Fuchs',
           'Ute Weißgerber', 'Jürgen Maaß'],
    'fr': ['Camille Lefèvre', 'Julien Moreau', 'Élodie Girard', 'Nicolas Dubois', 'Sophie Lambert',
           'Mathieu Fontaine', 'Chloé Rousseau', 'Thomas Mercier', 'Aurélie Chevalier', 'Benoît Garnier',
           'Léa Faure', 'Hugo Bonnet'],
    'es': ['Lucía García', 'Javier Martínez', 'Marta López', 'Alejandro Sánchez', 'Carmen Romero', 'Diego Navarro',
           'Elena Torres', 'Pablo Domínguez', 'Sofía Vázquez', 'Andrés Ruiz', 'Nuria Iglesias', 'Raúl Molina'],
    'it': ['Giulia Rossi', 'Marco Bianchi', 'Francesca Romano', 'Luca Colombo', 'Chiara Ricci', 'Alessandro Marino',
           'Valentina Greco', 'Matteo Bruno', 'Sara Gallo', 'Davide Conti', 'Elisa Esposito', 'Lorenzo Fontana'],
    'pt': ['Ana Silva', 'João Santos', 'Mariana Oliveira', 'Pedro Souza', 'Beatriz Ferreira', 'Rafael Costa',
           'Inês Almeida', 'Tiago Carvalho', 'Camila Ribeiro', 'Lucas Pereira', 'Fernanda Rodrigues', 'Gustavo Gomes'],
    'nl': ['Sanne de Vries', 'Daan Jansen', 'Eva van Dijk', 'Bram Bakker', 'Lotte Visser', 'Joris Smit',
           'Femke Meijer', 'Thijs de Boer', 'Anouk Mulder', 'Ruben Bos', 'Noor Vos', 'Sem Peters'],
    'pl': ['Agnieszka Nowak', 'Piotr Wójcik', 'Katarzyna Mazur', 'Tomasz Krawczyk', 'Magdalena Zając', 'Paweł Król',
           'Joanna Kaczmarek', 'Krzysztof Wieczorek', 'Ewa Dudek', 'Michał Pawlak', 'Zofia Walczak', 'Łukasz Sikora'],
    'tr': ['Ayşe Yılmaz', 'Mehmet Kaya', 'Zeynep Demir', 'Emre Şahin', 'Elif Çelik', 'Burak Yıldız', 'Selin Aydın',
           'Can Öztürk', 'Deniz Arslan', 'Murat Doğan'],
    'ru': [('Анна Смирнова', 'anna.smirnova'), ('Дмитрий Кузнецов', 'dmitry.kuznetsov'),
           ('Екатерина Попова', 'ekaterina.popova'), ('Алексей Соколов', 'alexey.sokolov'),
           ('Ольга Лебедева', 'olga.lebedeva'), ('Сергей Новиков', 'sergey.novikov'),
           ('Наталья Морозова', 'natalya.morozova'), ('Иван Волков', 'ivan.volkov'),
           ('Мария Фёдорова', 'maria.fedorova'), ('Андрей Павлов', 'andrey.pavlov'),
           ('Татьяна Орлова', 'tatiana.orlova'), ('Михаил Зайцев', 'mikhail.zaytsev')],
    'el': [('Γιώργος Παπαδόπουλος', 'giorgos.papadopoulos'), ('Μαρία Γεωργίου', 'maria.georgiou'),
           ('Νίκος Αντωνίου', 'nikos.antoniou'), ('Ελένη Καραγιάννη', 'eleni.karagianni'),
           ('Κώστας Δημητρίου', 'kostas.dimitriou'), ('Σοφία Νικολάου', 'sofia.nikolaou'),
           ('Δημήτρης Βλάχος', 'dimitris.vlachos'), ('Κατερίνα Οικονόμου', 'katerina.oikonomou'),
           ('Αλέξανδρος Μαυρίδης', 'alexandros.mavridis'), ('Ιωάννα Παππά', 'ioanna.pappa')],
    'ar': [('أحمد الحربي', 'ahmed.alharbi'), ('فاطمة الزهراني', 'fatima.alzahrani'),
           ('محمد العتيبي', 'mohammed.alotaibi'), ('نورة القحطاني', 'noura.alqahtani'),
           ('خالد المصري', 'khaled.elmasry'), ('سارة حداد', 'sara.haddad'), ('يوسف منصور', 'youssef.mansour'),
           ('ليلى عبد الله', 'layla.abdullah'), ('عمر الشمري', 'omar.alshammari'), ('هدى سالم', 'huda.salem')],
    'he': [('נועה כהן', 'noa.cohen'), ('יונתן לוי', 'yonatan.levi'), ('מיכל מזרחי', 'michal.mizrahi'),
           ('אורי פרץ', 'uri.peretz'), ('תמר ביטון', 'tamar.biton'), ('דניאל אברהם', 'daniel.avraham'),
           ('שירה פרידמן', 'shira.friedman'), ('איתי שפירא', 'itay.shapira'), ('רונית גולן', 'ronit.golan'),
           ('אבי דהן', 'avi.dahan')],
    'zh': [('王伟', 'wang.wei'), ('李娜', 'li.na'), ('张敏', 'zhang.min'), ('刘洋', 'liu.yang'), ('陈静', 'chen.jing'),
           ('杨磊', 'yang.lei'), ('赵丽', 'zhao.li'), ('黄涛', 'huang.tao'), ('周婷', 'zhou.ting'), ('吴刚', 'wu.gang')],
    'zht': [('林志明', 'lin.chihming'), ('陳怡君', 'chen.yichun'), ('張家豪', 'chang.chiahao'),
            ('黃淑芬', 'huang.shufen'), ('李建宏', 'lee.chienhung'), ('吳佳穎', 'wu.chiaying')],
    'ja': [('佐藤 健太', 'kenta.sato'), ('鈴木 美咲', 'misaki.suzuki'), ('高橋 翔', 'sho.takahashi'),
           ('田中 由美', 'yumi.tanaka'), ('伊藤 大輔', 'daisuke.ito'), ('渡辺 彩', 'aya.watanabe'),
           ('山本 拓也', 'takuya.yamamoto'), ('中村 恵', 'megumi.nakamura'), ('小林 直樹', 'naoki.kobayashi'),
           ('加藤 優子', 'yuko.kato')],
    'ko': [('김민준', 'minjun.kim'), ('이서연', 'seoyeon.lee'), ('박지훈', 'jihoon.park'), ('최수빈', 'subin.choi'),
           ('정현우', 'hyunwoo.jung'), ('강지은', 'jieun.kang'), ('조성민', 'sungmin.cho'), ('윤하은', 'haeun.yoon'),
           ('장동현', 'donghyun.jang'), ('임유진', 'yujin.lim')],
    'hi': [('राहुल शर्मा', 'rahul.sharma'), ('प्रिया वर्मा', 'priya.verma'), ('अमित कुमार', 'amit.kumar'),
           ('नेहा गुप्ता', 'neha.gupta'), ('विकास सिंह', 'vikas.singh'), ('पूजा अग्रवाल', 'pooja.agarwal'),
           ('संजय मेहता', 'sanjay.mehta'), ('अंजलि जोशी', 'anjali.joshi'), ('Rohit Yadav', 'rohit.yadav'),
           ('Kavita Mishra', 'kavita.mishra')],
    'th': [('สมชาย ใจดี', 'somchai.jaidee'), ('สุดารัตน์ วงศ์ใหญ่', 'sudarat.wongyai'),
           ('ธนพล ศรีสุข', 'thanapol.srisuk'), ('พิมพ์ชนก แก้วมณี', 'pimchanok.kaewmanee'),
           ('อนุชา บุญมา', 'anucha.boonma'), ('กาญจนา ทองดี', 'kanjana.thongdee'),
           ('วีระ สายทอง', 'weera.saithong'), ('นภัสสร จันทร์เพ็ญ', 'napatsorn.chanpen')],
}

# organisations per language: (display name, domain)
ORGS = {
    'en': [('Northwind Logistics', 'northwind-logistics.com'), ('Bluecrest Analytics', 'bluecrest-analytics.io'),
           ('Harbor & Finch LLP', 'harborfinch.law'), ('Ridgeway Health', 'ridgewayhealth.org'),
           ('Silverline Engineering', 'silverline-eng.co.uk'), ('Oakmont Capital', 'oakmontcap.com'),
           ('Kestrel Media Group', 'kestrelmedia.example'), ('Larkspur Foods', 'larkspurfoods.com'),
           ('Westbrook University', 'westbrook.edu.example'), ('Copperleaf Software', 'copperleaf.dev'),
           ('Meridian Property Partners', 'meridianpp.com.au'), ('Tidewater Marine Supply', 'tidewatermarine.ca'),
           ('Granite Peak Outfitters', 'granitepeak.example.com'), ('Foxglove Design Studio', 'foxglove.studio')],
    'de': [('Nordhafen Logistik GmbH', 'nordhafen-logistik.de'), ('Lindenberg Steuerberatung', 'stb-lindenberg.de'),
           ('Alpenblick Maschinenbau AG', 'alpenblick-mb.at'), ('Rheintal Immobilien', 'rheintal-immo.de'),
           ('Eichwald Software GmbH', 'eichwald-software.de'), ('Sonnenfeld Elektrotechnik', 'sonnenfeld-et.ch')],
    'fr': [('Atelier Vermeil', 'atelier-vermeil.fr'), ('Cabinet Delorme & Associés', 'cabinet-delorme.fr'),
           ('Transports Rivière', 'transports-riviere.fr'), ('Groupe Lumen Conseil', 'lumen-conseil.be'),
           ('Clinique des Tilleuls', 'clinique-tilleuls.fr')],
    'es': [('Construcciones Albar', 'albar-construcciones.es'), ('Grupo Mirador', 'grupomirador.com.mx'),
           ('Bodegas Sierra Alta', 'sierraalta-bodegas.es'), ('Asesoría Levante', 'asesorialevante.es')],
    'it': [('Studio Ferraresi', 'studioferraresi.it'), ('Officine Brambilla', 'officinebrambilla.it'),
           ('Cantina Valpietra', 'valpietra.it'), ('Logistica Adriatica', 'logisticaadriatica.it')],
    'pt': [('Construtora Horizonte', 'construtorahorizonte.com.br'), ('Farmácia Atlântico', 'farmaciaatlantico.pt'),
           ('Grupo Ipê Tecnologia', 'ipetec.com.br'), ('Contabilidade Douro', 'contabdouro.pt')],
    'nl': [('Van Leeuwen Installatietechniek', 'vanleeuwen-installatie.nl'), ('Polderwind Energie', 'polderwind.nl'),
           ('Studio Grachtzicht', 'grachtzicht.nl'), ('De Brug Advocaten', 'debrug-advocaten.be')],
    'pl': [('Wisła Logistyka Sp. z o.o.', 'wisla-logistyka.pl'), ('Kancelaria Zielińscy', 'kancelaria-zielinscy.pl'),
           ('Bursztyn Software', 'bursztynsoft.pl'), ('Tatry Budownictwo', 'tatrybud.pl')],
    'ru': [('ООО «Северный ветер»', 'sevveter.ru'), ('ТехноСфера', 'technosfera-msk.ru'),
           ('Гранит Строй', 'granitstroy.ru'), ('Волга Логистик', 'volga-logistic.ru')],
    'el': [('Αιγαίο Ναυτιλιακή', 'aigaio-shipping.gr'), ('Ολυμπος Πληροφορική', 'olympos-it.gr'),
           ('Φάρος Συμβουλευτική', 'faros-consulting.gr')],
    'ar': [('شركة الواحة للتجارة', 'alwaha-trading.ae'), ('مجموعة النخيل', 'nakheel-group.sa'),
           ('مكتب الرواد للمحاماة', 'alrowad-law.com.eg')],
    'he': [('כרמל מערכות', 'carmel-systems.co.il'), ('גליל הנדסה', 'galil-eng.co.il'), ('מרכז רפואי שקד', 'shaked-med.co.il')],
    'zh': [('上海星河贸易有限公司', 'xinghe-trade.cn'), ('深圳博远科技', 'boyuan-tech.com.cn'),
           ('杭州青禾咨询', 'qinghe-consult.cn'), ('北京华拓物流', 'huatuo-logistics.cn')],
    'zht': [('台北宏昇科技', 'hongsheng-tech.com.tw'), ('新竹晶華電子', 'jinghua-elec.com.tw')],
    'ja': [('株式会社 山田精工', 'yamada-seiko.co.jp'), ('あおば会計事務所', 'aoba-kaikei.jp'),
           ('東和ロジスティクス', 'towa-logi.co.jp'), ('みなと総合法律事務所', 'minato-law.jp')],
    'ko': [('한빛소프트웨어', 'hanbit-sw.co.kr'), ('서울파트너스', 'seoulpartners.kr'), ('대성물류', 'daesung-logis.co.kr')],
    'hi': [('Sharma Textiles Pvt Ltd', 'sharmatextiles.co.in'), ('Nirmal Infotech', 'nirmalinfotech.in'),
           ('Ganga Logistics', 'gangalogistics.in')],
    'th': [('บริษัท สยามพัฒนา จำกัด', 'siampattana.co.th'), ('เชียงใหม่ ทราเวล', 'cm-travel.co.th'),
           ('กรุงเทพ ดิจิทัล', 'bkkdigital.co.th')],
    'tr': [('Boğaziçi Lojistik', 'bogazici-lojistik.com.tr'), ('Anadolu Yazılım', 'anadoluyazilim.com.tr'),
           ('Ege Tekstil', 'egetekstil.com.tr')],
}

FREEMAIL = {
    'en': ['gmail.com', 'outlook.com', 'yahoo.com', 'aol.com', 'protonmail.com', 'comcast.net'],
    'de': ['gmx.de', 'web.de', 't-online.de', 'posteo.de'], 'fr': ['orange.fr', 'free.fr', 'laposte.net', 'sfr.fr'],
    'es': ['gmail.com', 'hotmail.es', 'telefonica.net'], 'it': ['libero.it', 'tiscali.it', 'virgilio.it'],
    'pt': ['sapo.pt', 'uol.com.br', 'bol.com.br'], 'nl': ['ziggo.nl', 'kpnmail.nl', 'xs4all.nl'],
    'pl': ['wp.pl', 'onet.pl', 'o2.pl', 'interia.pl'], 'ru': ['mail.ru', 'yandex.ru', 'rambler.ru'],
    'el': ['otenet.gr', 'yahoo.gr', 'gmail.com'], 'ar': ['gmail.com', 'hotmail.com', 'yahoo.com'],
    'he': ['walla.co.il', 'gmail.com', 'bezeqint.net'], 'zh': ['qq.com', '163.com', '126.com', 'sina.com'],
    'zht': ['yahoo.com.tw', 'gmail.com', 'ms1.hinet.net'], 'ja': ['nifty.com', 'ybb.ne.jp', 'gmail.com'],
    'ko': ['naver.com', 'daum.net', 'hanmail.net'], 'hi': ['rediffmail.com', 'gmail.com', 'yahoo.co.in'],
    'th': ['hotmail.co.th', 'gmail.com'], 'tr': ['yandex.com.tr', 'hotmail.com', 'gmail.com'],
}

# recipient-side domains handled by mx.example.net (a hosting provider's MX)
RCPT_DOMAINS = {
    'en': ['example.net', 'example.org', 'example.com', 'hollowayfamily.example', 'brightlane-consulting.com',
           'ashgrove-school.org.uk', 'mapleridge-dental.com', 'quillandink.co', 'stmarks-parish.org'],
    'de': ['example.net', 'kanzlei-brandt.de', 'praxis-am-markt.de', 'familie-weber.example', 'werkstatt-kurz.de'],
    'fr': ['example.org', 'famille-roux.fr', 'boulangerie-lemaire.fr', 'asso-lesamisdulac.fr'],
    'es': ['example.net', 'talleres-ortega.es', 'clinicasanroque.es'], 'it': ['example.org', 'studio-pellegrini.it', 'agriturismo-colle.it'],
    'pt': ['example.net', 'padaria-estrela.com.br', 'escritorio-lima.pt'], 'nl': ['example.net', 'bakkerij-dekker.nl', 'huisartsen-oost.nl'],
    'pl': ['example.org', 'biuro-rachunkowe-lis.pl'], 'ru': ['example.net', 'masterskaya-lis.ru'],
    'el': ['example.org', 'taverna-thalassa.gr'], 'ar': ['example.net', 'alnoor-clinic.ae'],
    'he': ['example.org', 'cohen-adv.co.il'], 'zh': ['example.net', 'lanting-studio.cn'], 'zht': ['example.org', 'yuanfang.com.tw'],
    'ja': ['example.net', 'sakura-clinic.jp'], 'ko': ['example.org', 'bom-design.kr'], 'hi': ['example.net', 'kaveri-exports.in'],
    'th': ['example.org', 'baan-suan.co.th'], 'tr': ['example.net', 'marmara-eczane.com.tr'],
}

_TR = str.maketrans({'ł': 'l', 'Ł': 'L', 'ı': 'i', 'ß': 'ss', 'ø': 'o', 'æ': 'ae', 'đ': 'd'})


def latin(s):
    s = s.translate(_TR)
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))


def person(rng, lang):
    """(display name, latin first, latin last)"""
    n = rng.choice(NAMES[lang])
    if isinstance(n, tuple):
        disp, stem = n
        first, last = stem.split('.')
        return disp, first, last
    parts = latin(n).lower().replace(' de ', ' de').replace(' van ', ' van').split()
    return n, parts[0], parts[-1]


def first_name(disp, lang):
    if lang in ('zh', 'zht', 'ko'):
        return disp
    if lang == 'ja':
        return disp.split()[0] + ' 様' if ' ' in disp else disp
    return disp.split()[0]


# ---------------------------------------------------------------- client boilerplate
_KEYS = ['inv', 'upd', 'canc', 'acc', 'dec', 'tent', 'when', 'where', 'who', 'org', 'meet', 'join', 'view',
         'yes', 'no', 'maybe', 'invited', 'fromgcal', 'fwd', 'cancs', 'desc']
_L = {
    'en': ['Invitation', 'Updated invitation', 'Canceled event', 'Accepted', 'Declined', 'Tentatively Accepted',
           'When', 'Where', 'Guests', 'Organizer', 'Join with Google Meet', 'Join', 'View event', 'Yes', 'No',
           'Maybe', '{n} has invited you to an event', 'Invitation from Google Calendar', 'Fwd:', 'Canceled',
           'Description'],
    'de': ['Einladung', 'Aktualisierte Einladung', 'Abgesagter Termin', 'Angenommen', 'Abgelehnt',
           'Mit Vorbehalt angenommen', 'Wann', 'Wo', 'Gäste', 'Organisator', 'Mit Google Meet teilnehmen',
           'Teilnehmen', 'Termin ansehen', 'Ja', 'Nein', 'Vielleicht', '{n} hat Sie zu einem Termin eingeladen',
           'Einladung von Google Kalender', 'WG:', 'Abgesagt', 'Beschreibung'],
    'fr': ['Invitation', 'Invitation mise à jour', 'Événement annulé', 'Accepté', 'Refusé', 'Provisoire', 'Quand',
           'Où', 'Invités', 'Organisateur', 'Participer avec Google Meet', 'Rejoindre', "Afficher l'événement",
           'Oui', 'Non', 'Peut-être', '{n} vous a invité(e) à un événement', 'Invitation de Google Agenda', 'TR :',
           'Annulé', 'Description'],
    'es': ['Invitación', 'Invitación actualizada', 'Evento cancelado', 'Aceptado', 'Rechazado', 'Provisional',
           'Cuándo', 'Dónde', 'Invitados', 'Organizador', 'Unirse con Google Meet', 'Unirse', 'Ver evento', 'Sí',
           'No', 'Quizás', '{n} te ha invitado a un evento', 'Invitación de Google Calendar', 'RV:', 'Cancelado',
           'Descripción'],
    'it': ['Invito', 'Invito aggiornato', 'Evento annullato', 'Accettato', 'Rifiutato', 'Provvisorio', 'Quando',
           'Dove', 'Invitati', 'Organizzatore', 'Partecipa con Google Meet', 'Partecipa', 'Visualizza evento', 'Sì',
           'No', 'Forse', '{n} ti ha invitato a un evento', 'Invito da Google Calendar', 'I:', 'Annullato',
           'Descrizione'],
    'pt': ['Convite', 'Convite atualizado', 'Evento cancelado', 'Aceito', 'Recusado', 'Provisório', 'Quando',
           'Onde', 'Convidados', 'Organizador', 'Participar com o Google Meet', 'Participar', 'Ver evento', 'Sim',
           'Não', 'Talvez', '{n} convidou você para um evento', 'Convite do Google Agenda', 'ENC:', 'Cancelado',
           'Descrição'],
    'nl': ['Uitnodiging', 'Bijgewerkte uitnodiging', 'Geannuleerde afspraak', 'Geaccepteerd', 'Geweigerd',
           'Voorlopig', 'Wanneer', 'Waar', 'Gasten', 'Organisator', 'Deelnemen met Google Meet', 'Deelnemen',
           'Afspraak bekijken', 'Ja', 'Nee', 'Misschien', '{n} heeft je uitgenodigd voor een afspraak',
           'Uitnodiging van Google Agenda', 'Doorst:', 'Geannuleerd', 'Beschrijving'],
    'pl': ['Zaproszenie', 'Zaktualizowane zaproszenie', 'Odwołane wydarzenie', 'Zaakceptowano', 'Odrzucono',
           'Wstępnie zaakceptowano', 'Kiedy', 'Gdzie', 'Goście', 'Organizator', 'Dołącz przez Google Meet', 'Dołącz',
           'Wyświetl wydarzenie', 'Tak', 'Nie', 'Może', '{n} zaprasza Cię na wydarzenie',
           'Zaproszenie z Kalendarza Google', 'PD:', 'Anulowano', 'Opis'],
    'ru': ['Приглашение', 'Обновленное приглашение', 'Мероприятие отменено', 'Принято', 'Отклонено',
           'Под вопросом', 'Когда', 'Где', 'Гости', 'Организатор', 'Присоединиться через Google Meet',
           'Присоединиться', 'Открыть мероприятие', 'Да', 'Нет', 'Возможно', '{n} приглашает вас на мероприятие',
           'Приглашение из Google Календаря', 'Fwd:', 'Отменено', 'Описание'],
    'el': ['Πρόσκληση', 'Ενημερωμένη πρόσκληση', 'Ακυρωμένη εκδήλωση', 'Αποδεκτό', 'Απορρίφθηκε', 'Προσωρινό',
           'Πότε', 'Πού', 'Επισκέπτες', 'Διοργανωτής', 'Συμμετοχή με το Google Meet', 'Συμμετοχή',
           'Προβολή εκδήλωσης', 'Ναι', 'Όχι', 'Ίσως', 'Ο/Η {n} σάς προσκάλεσε σε μια εκδήλωση',
           'Πρόσκληση από το Ημερολόγιο Google', 'ΠΡΘ:', 'Ακυρώθηκε', 'Περιγραφή'],
    'ar': ['دعوة', 'دعوة محدَّثة', 'حدث ملغى', 'تم القبول', 'تم الرفض', 'مبدئي', 'متى', 'أين', 'الضيوف',
           'المنظِّم', 'الانضمام باستخدام Google Meet', 'انضمام', 'عرض الحدث', 'نعم', 'لا', 'ربما',
           'دعاك {n} إلى حدث', 'دعوة من تقويم Google', 'Fwd:', 'ملغى', 'الوصف'],
    'he': ['הזמנה', 'הזמנה מעודכנת', 'האירוע בוטל', 'התקבל', 'נדחה', 'אולי', 'מתי', 'איפה', 'אורחים', 'מארגן',
           'הצטרפות באמצעות Google Meet', 'הצטרפות', 'הצגת האירוע', 'כן', 'לא', 'אולי', '{n} הזמין/ה אותך לאירוע',
           'הזמנה מיומן Google', 'הועבר:', 'בוטל', 'תיאור'],
    'zh': ['邀请', '更新后的邀请', '已取消的活动', '已接受', '已拒绝', '暂定', '时间', '地点', '邀请对象', '组织者',
           '使用 Google Meet 加入', '加入', '查看活动', '是', '否', '可能', '{n} 邀请您参加活动', '来自 Google 日历的邀请',
           '转发：', '已取消', '说明'],
    'zht': ['邀請', '更新的邀請', '已取消的活動', '已接受', '已拒絕', '暫定', '時間', '地點', '邀請對象', '主辦人',
            '使用 Google Meet 加入', '加入', '查看活動', '是', '否', '也許', '{n} 邀請您參加活動', '來自 Google 日曆的邀請',
            '轉寄：', '已取消', '說明'],
    'ja': ['招待状', '更新された招待状', 'キャンセルされた予定', '承諾', '辞退', '仮承諾', '日時', '場所', 'ゲスト',
           '主催者', 'Google Meet に参加', '参加', '予定を表示', 'はい', 'いいえ', '未定', '{n} さんから予定に招待されました',
           'Google カレンダーからの招待状', '転送:', 'キャンセル済み', '説明'],
    'ko': ['초대장', '업데이트된 초대장', '취소된 일정', '수락함', '거절함', '미정', '일시', '장소', '참석자', '주최자',
           'Google Meet으로 참여', '참여', '일정 보기', '예', '아니요', '미정', '{n}님이 일정에 초대했습니다',
           'Google 캘린더 초대장', '전달:', '취소됨', '설명'],
    'hi': ['आमंत्रण', 'अपडेट किया गया आमंत्रण', 'रद्द किया गया इवेंट', 'स्वीकार किया', 'अस्वीकार किया', 'शायद', 'कब',
           'कहाँ', 'मेहमान', 'आयोजक', 'Google Meet से जुड़ें', 'जुड़ें', 'इवेंट देखें', 'हाँ', 'नहीं', 'शायद',
           '{n} ने आपको एक इवेंट में आमंत्रित किया है', 'Google Calendar से आमंत्रण', 'Fwd:', 'रद्द', 'विवरण'],
    'th': ['คำเชิญ', 'คำเชิญที่อัปเดต', 'กิจกรรมที่ยกเลิก', 'ตอบรับแล้ว', 'ปฏิเสธแล้ว', 'อาจจะ', 'เมื่อ', 'ที่ไหน',
           'ผู้เข้าร่วม', 'ผู้จัด', 'เข้าร่วมด้วย Google Meet', 'เข้าร่วม', 'ดูกิจกรรม', 'ใช่', 'ไม่', 'อาจจะ',
           '{n} ได้เชิญคุณเข้าร่วมกิจกรรม', 'คำเชิญจาก Google ปฏิทิน', 'Fwd:', 'ยกเลิก', 'รายละเอียด'],
    'tr': ['Davet', 'Güncellenmiş davet', 'İptal edilen etkinlik', 'Kabul edildi', 'Reddedildi', 'Belki',
           'Ne zaman', 'Nerede', 'Davetliler', 'Düzenleyen', 'Google Meet ile katılın', 'Katıl',
           'Etkinliği görüntüle', 'Evet', 'Hayır', 'Belki', '{n} sizi bir etkinliğe davet etti',
           'Google Takvim daveti', 'İlt:', 'İptal edildi', 'Açıklama'],
}
L10N = {k: dict(zip(_KEYS, v)) for k, v in _L.items()}
