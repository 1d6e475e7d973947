# -*- coding: utf-8 -*-
"""Locale data: names, organisations (fictional), free-mail providers, phone formats,
time zones, calendar UI strings and date formatting for every corpus language."""

L = {}

# given names (native, latin), family names (native, latin)
L['en'] = dict(
    given=[('James', 'james'), ('Emily', 'emily'), ('Michael', 'michael'), ('Sarah', 'sarah'),
           ('David', 'david'), ('Laura', 'laura'), ('Daniel', 'daniel'), ('Rachel', 'rachel'),
           ('Thomas', 'thomas'), ('Olivia', 'olivia'), ('Priya', 'priya'), ('Kevin', 'kevin'),
           ('Hannah', 'hannah'), ('Marcus', 'marcus'), ('Grace', 'grace'), ('Aaron', 'aaron'),
           ('Megan', 'megan'), ('Chris', 'chris'), ('Natalie', 'natalie'), ('Ben', 'ben')],
    family=[('Walker', 'walker'), ('Bennett', 'bennett'), ('Hughes', 'hughes'), ('Carter', 'carter'),
            ('Morgan', 'morgan'), ('Fletcher', 'fletcher'), ('Patel', 'patel'), ('O\'Neill', 'oneill'),
            ('Reyes', 'reyes'), ('Sullivan', 'sullivan'), ('Kim', 'kim'), ('Foster', 'foster'),
            ('Ellis', 'ellis'), ('Shaw', 'shaw'), ('Dawson', 'dawson'), ('Harper', 'harper')],
    order='w', tz=['America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Europe/London',
                   'America/Denver', 'Australia/Sydney', 'America/Toronto', 'Asia/Singapore'],
    free=['gmail.com', 'outlook.com', 'hotmail.com', 'yahoo.com', 'icloud.com', 'aol.com'],
    charsets=['utf-8', 'us-ascii', 'windows-1252', 'iso-8859-1'],
    cities=['Chicago', 'Denver', 'Boston', 'Manchester', 'Leeds', 'Austin', 'Portland', 'Brisbane'],
    phone='us', content_lang='en-US',
)
L['de'] = dict(
    given=[('Jonas', 'jonas'), ('Katrin', 'katrin'), ('Stefan', 'stefan'), ('Julia', 'julia'),
           ('Matthias', 'matthias'), ('Anja', 'anja'), ('Tobias', 'tobias'), ('Sabine', 'sabine'),
           ('Lukas', 'lukas'), ('Jürgen', 'juergen'), ('Miriam', 'miriam'), ('Florian', 'florian')],
    family=[('Müller', 'mueller'), ('Schröder', 'schroeder'), ('Weiß', 'weiss'), ('Hoffmann', 'hoffmann'),
            ('Becker', 'becker'), ('Krüger', 'krueger'), ('Lehmann', 'lehmann'), ('Vogt', 'vogt'),
            ('Brandt', 'brandt'), ('Kühn', 'kuehn')],
    order='w', tz=['Europe/Berlin', 'Europe/Vienna', 'Europe/Zurich'],
    free=['gmx.de', 'web.de', 't-online.de', 'gmail.com', 'posteo.de', 'outlook.de'],
    charsets=['utf-8', 'iso-8859-1', 'iso-8859-15', 'windows-1252'],
    cities=['Leipzig', 'Kassel', 'Freiburg', 'Bremen', 'Graz', 'Münster'],
    phone='de', content_lang='de-DE',
)
L['fr'] = dict(
    given=[('Camille', 'camille'), ('Julien', 'julien'), ('Élodie', 'elodie'), ('Nicolas', 'nicolas'),
           ('Amélie', 'amelie'), ('Théo', 'theo'), ('Sophie', 'sophie'), ('Mathieu', 'mathieu'),
           ('Chloé', 'chloe'), ('François', 'francois')],
    family=[('Lefèvre', 'lefevre'), ('Moreau', 'moreau'), ('Girard', 'girard'), ('Rousseau', 'rousseau'),
            ('Faure', 'faure'), ('Mercier', 'mercier'), ('Blanchard', 'blanchard'), ('Chevalier', 'chevalier')],
    order='w', tz=['Europe/Paris', 'Europe/Brussels'],
    free=['orange.fr', 'free.fr', 'laposte.net', 'gmail.com', 'hotmail.fr', 'sfr.fr'],
    charsets=['utf-8', 'iso-8859-1', 'iso-8859-15', 'windows-1252'],
    cities=['Lyon', 'Nantes', 'Lille', 'Rennes', 'Montpellier', 'Liège'],
    phone='fr', content_lang='fr-FR',
)
L['es'] = dict(
    given=[('Lucía', 'lucia'), ('Javier', 'javier'), ('Marta', 'marta'), ('Alejandro', 'alejandro'),
           ('Carmen', 'carmen'), ('Diego', 'diego'), ('Paula', 'paula'), ('Sergio', 'sergio'),
           ('Valentina', 'valentina'), ('Andrés', 'andres')],
    family=[('García', 'garcia'), ('Fernández', 'fernandez'), ('Ruiz', 'ruiz'), ('Ortega', 'ortega'),
            ('Navarro', 'navarro'), ('Castillo', 'castillo'), ('Morales', 'morales'), ('Ibáñez', 'ibanez')],
    order='w', tz=['Europe/Madrid', 'America/Mexico_City'],
    free=['gmail.com', 'hotmail.es', 'yahoo.es', 'outlook.es', 'telefonica.net'],
    charsets=['utf-8', 'iso-8859-1', 'windows-1252', 'iso-8859-15'],
    cities=['Valencia', 'Zaragoza', 'Málaga', 'Bilbao', 'Puebla', 'Granada'],
    phone='es', content_lang='es-ES',
)
L['it'] = dict(
    given=[('Giulia', 'giulia'), ('Marco', 'marco'), ('Chiara', 'chiara'), ('Luca', 'luca'),
           ('Francesca', 'francesca'), ('Davide', 'davide'), ('Elena', 'elena'), ('Matteo', 'matteo'),
           ('Niccolò', 'niccolo')],
    family=[('Rossi', 'rossi'), ('Bianchi', 'bianchi'), ('Esposito', 'esposito'), ('Ferrara', 'ferrara'),
            ('Conti', 'conti'), ('Galli', 'galli'), ('Lombardi', 'lombardi'), ('Fabbri', 'fabbri')],
    order='w', tz=['Europe/Rome'],
    free=['libero.it', 'gmail.com', 'virgilio.it', 'tiscali.it', 'hotmail.it', 'alice.it'],
    charsets=['utf-8', 'iso-8859-1', 'windows-1252', 'iso-8859-15'],
    cities=['Bologna', 'Torino', 'Verona', 'Padova', 'Bari', 'Trieste'],
    phone='it', content_lang='it-IT',
)
L['pt'] = dict(
    given=[('Beatriz', 'beatriz'), ('João', 'joao'), ('Mariana', 'mariana'), ('Rafael', 'rafael'),
           ('Inês', 'ines'), ('Tiago', 'tiago'), ('Larissa', 'larissa'), ('Gonçalo', 'goncalo'),
           ('Fernanda', 'fernanda'), ('Lucas', 'lucas')],
    family=[('Silva', 'silva'), ('Santos', 'santos'), ('Oliveira', 'oliveira'), ('Pereira', 'pereira'),
            ('Costa', 'costa'), ('Rodrigues', 'rodrigues'), ('Almeida', 'almeida'), ('Conceição', 'conceicao')],
    order='w', tz=['America/Sao_Paulo', 'Europe/Lisbon'],
    free=['gmail.com', 'hotmail.com', 'uol.com.br', 'bol.com.br', 'sapo.pt', 'outlook.com'],
    charsets=['utf-8', 'iso-8859-1', 'windows-1252'],
    cities=['Curitiba', 'Recife', 'Porto', 'Campinas', 'Braga', 'Florianópolis'],
    phone='br', content_lang='pt-BR',
)
L['nl'] = dict(
    given=[('Sanne', 'sanne'), ('Daan', 'daan'), ('Lotte', 'lotte'), ('Bram', 'bram'),
           ('Femke', 'femke'), ('Joost', 'joost'), ('Ilse', 'ilse'), ('Ruben', 'ruben')],
    family=[('de Vries', 'devries'), ('Jansen', 'jansen'), ('van Dijk', 'vandijk'), ('Bakker', 'bakker'),
            ('Visser', 'visser'), ('Smit', 'smit'), ('Mulder', 'mulder'), ('van den Berg', 'vandenberg')],
    order='w', tz=['Europe/Amsterdam', 'Europe/Brussels'],
    free=['gmail.com', 'ziggo.nl', 'kpnmail.nl', 'hotmail.nl', 'telenet.be', 'outlook.com'],
    charsets=['utf-8', 'iso-8859-1', 'windows-1252'],
    cities=['Utrecht', 'Eindhoven', 'Groningen', 'Gent', 'Zwolle', 'Haarlem'],
    phone='nl', content_lang='nl-NL',
)
L['pl'] = dict(
    given=[('Agnieszka', 'agnieszka', 'f'), ('Paweł', 'pawel', 'm'), ('Katarzyna', 'katarzyna', 'f'), ('Michał', 'michal', 'm'),
           ('Magdalena', 'magdalena', 'f'), ('Łukasz', 'lukasz', 'm'), ('Zofia', 'zofia', 'f'), ('Tomasz', 'tomasz', 'm')],
    family=[('Kowalski', 'kowalski', 'Kowalska', 'kowalska'), ('Nowak', 'nowak'), ('Wiśniewski', 'wisniewski', 'Wiśniewska', 'wisniewska'),
            ('Zieliński', 'zielinski', 'Zielińska', 'zielinska'), ('Woźniak', 'wozniak'), ('Kamiński', 'kaminski', 'Kamińska', 'kaminska'),
            ('Lewandowski', 'lewandowski', 'Lewandowska', 'lewandowska'), ('Dąbrowski', 'dabrowski', 'Dąbrowska', 'dabrowska')],
    order='w', tz=['Europe/Warsaw'],
    free=['wp.pl', 'onet.pl', 'interia.pl', 'gmail.com', 'o2.pl'],
    charsets=['utf-8', 'iso-8859-2', 'windows-1250'],
    cities=['Kraków', 'Wrocław', 'Gdańsk', 'Poznań', 'Łódź', 'Lublin'],
    phone='pl', content_lang='pl-PL',
)
L['ru'] = dict(
    given=[('Алексей', 'aleksey', 'm'), ('Ольга', 'olga', 'f'), ('Дмитрий', 'dmitry', 'm'), ('Наталья', 'natalia', 'f'),
           ('Сергей', 'sergey', 'm'), ('Екатерина', 'ekaterina', 'f'), ('Игорь', 'igor', 'm'), ('Мария', 'maria', 'f')],
    family=[('Смирнов', 'smirnov', 'Смирнова', 'smirnova'), ('Кузнецов', 'kuznetsov', 'Кузнецова', 'kuznetsova'),
            ('Попов', 'popov', 'Попова', 'popova'), ('Волков', 'volkov', 'Волкова', 'volkova'),
            ('Соколов', 'sokolov', 'Соколова', 'sokolova'), ('Морозов', 'morozov', 'Морозова', 'morozova'),
            ('Лебедев', 'lebedev', 'Лебедева', 'lebedeva'), ('Новиков', 'novikov', 'Новикова', 'novikova')],
    order='w', tz=['Europe/Moscow'],
    free=['mail.ru', 'yandex.ru', 'rambler.ru', 'gmail.com', 'bk.ru', 'list.ru'],
    charsets=['utf-8', 'koi8-r', 'windows-1251'],
    cities=['Казань', 'Екатеринбург', 'Новосибирск', 'Самара', 'Пермь', 'Тула'],
    phone='ru', content_lang='ru-RU',
)
L['el'] = dict(
    given=[('Γιώργος', 'giorgos', 'm'), ('Μαρία', 'maria', 'f'), ('Νίκος', 'nikos', 'm'), ('Ελένη', 'eleni', 'f'),
           ('Κώστας', 'kostas', 'm'), ('Δήμητρα', 'dimitra', 'f'), ('Παναγιώτης', 'panagiotis', 'm'), ('Σοφία', 'sofia', 'f')],
    family=[('Παπαδόπουλος', 'papadopoulos', 'Παπαδοπούλου', 'papadopoulou'), ('Γεωργίου', 'georgiou'), ('Νικολάου', 'nikolaou'),
            ('Οικονόμου', 'oikonomou'), ('Αντωνίου', 'antoniou'), ('Καραγιάννης', 'karagiannis', 'Καραγιάννη', 'karagianni')],
    order='w', tz=['Europe/Athens'],
    free=['gmail.com', 'yahoo.gr', 'hotmail.gr', 'otenet.gr', 'windowslive.com'],
    charsets=['utf-8', 'iso-8859-7', 'windows-1253'],
    cities=['Θεσσαλονίκη', 'Πάτρα', 'Ηράκλειο', 'Λάρισα', 'Βόλος'],
    phone='gr', content_lang='el-GR',
)
L['tr'] = dict(
    given=[('Ayşe', 'ayse'), ('Mehmet', 'mehmet'), ('Elif', 'elif'), ('Emre', 'emre'),
           ('Zeynep', 'zeynep'), ('Burak', 'burak'), ('Selin', 'selin'), ('Oğuz', 'oguz')],
    family=[('Yılmaz', 'yilmaz'), ('Kaya', 'kaya'), ('Demir', 'demir'), ('Çelik', 'celik'),
            ('Şahin', 'sahin'), ('Öztürk', 'ozturk'), ('Aydın', 'aydin'), ('Arslan', 'arslan')],
    order='w', tz=['Europe/Istanbul'],
    free=['gmail.com', 'hotmail.com', 'yandex.com.tr', 'outlook.com.tr', 'mynet.com'],
    charsets=['utf-8', 'iso-8859-9', 'windows-1254'],
    cities=['İzmir', 'Bursa', 'Eskişehir', 'Antalya', 'Kayseri'],
    phone='tr', content_lang='tr-TR',
)
L['ar'] = dict(
    given=[('أحمد', 'ahmed'), ('فاطمة', 'fatima'), ('محمد', 'mohamed'), ('ليلى', 'layla'),
           ('خالد', 'khaled'), ('نور', 'nour'), ('يوسف', 'youssef'), ('سارة', 'sara')],
    family=[('العتيبي', 'alotaibi'), ('حسن', 'hassan'), ('المصري', 'elmasry'), ('الشمري', 'alshammari'),
            ('عبد الله', 'abdallah'), ('منصور', 'mansour'), ('الزهراني', 'alzahrani')],
    order='w', tz=['Asia/Riyadh', 'Asia/Dubai', 'Africa/Cairo'],
    free=['gmail.com', 'hotmail.com', 'yahoo.com', 'outlook.sa', 'live.com'],
    charsets=['utf-8', 'windows-1256', 'iso-8859-6'],
    cities=['الرياض', 'جدة', 'دبي', 'القاهرة', 'الشارقة', 'الدمام'],
    phone='sa', content_lang='ar-SA',
)
L['he'] = dict(
    given=[('נועה', 'noa'), ('יונתן', 'yonatan'), ('מיכל', 'michal'), ('אורי', 'uri'),
           ('תמר', 'tamar'), ('איתי', 'itay'), ('שירה', 'shira'), ('דניאל', 'daniel')],
    family=[('כהן', 'cohen'), ('לוי', 'levi'), ('מזרחי', 'mizrahi'), ('פרץ', 'peretz'),
            ('ביטון', 'biton'), ('אברהם', 'avraham'), ('פרידמן', 'friedman')],
    order='w', tz=['Asia/Jerusalem'],
    free=['gmail.com', 'walla.co.il', 'hotmail.com', '012.net.il', 'bezeqint.net'],
    charsets=['utf-8', 'windows-1255', 'iso-8859-8-i'],
    cities=['תל אביב', 'חיפה', 'ירושלים', 'באר שבע', 'רמת גן'],
    phone='il', content_lang='he-IL',
)
L['zh'] = dict(
    given=[('伟', 'wei'), ('静', 'jing'), ('磊', 'lei'), ('婷', 'ting'), ('浩然', 'haoran'),
           ('雪梅', 'xuemei'), ('志强', 'zhiqiang'), ('晓燕', 'xiaoyan')],
    family=[('王', 'wang'), ('李', 'li'), ('张', 'zhang'), ('刘', 'liu'), ('陈', 'chen'),
            ('杨', 'yang'), ('赵', 'zhao'), ('周', 'zhou')],
    order='e', sep='', tz=['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei', 'Asia/Singapore'],
    free=['qq.com', '163.com', '126.com', 'sina.com', 'gmail.com', 'foxmail.com'],
    charsets=['utf-8', 'gb2312', 'gbk', 'gb18030'],
    cities=['上海', '杭州', '深圳', '成都', '南京', '苏州'],
    phone='cn', content_lang='zh-CN',
)
L['ja'] = dict(
    given=[('健', 'ken'), ('由美', 'yumi'), ('大輔', 'daisuke'), ('彩', 'aya'), ('翔太', 'shota'),
           ('美咲', 'misaki'), ('拓也', 'takuya'), ('陽子', 'yoko')],
    family=[('佐藤', 'sato'), ('鈴木', 'suzuki'), ('高橋', 'takahashi'), ('田中', 'tanaka'),
            ('伊藤', 'ito'), ('渡辺', 'watanabe'), ('山本', 'yamamoto'), ('中村', 'nakamura')],
    order='e', sep=' ', tz=['Asia/Tokyo'],
    free=['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp', 'icloud.com', 'outlook.jp', 'nifty.com'],
    charsets=['iso-2022-jp', 'utf-8', 'shift_jis'],
    cities=['大阪', '名古屋', '福岡', '札幌', '横浜', '京都'],
    phone='jp', content_lang='ja-JP',
)
L['ko'] = dict(
    given=[('민준', 'minjun'), ('서연', 'seoyeon'), ('지훈', 'jihoon'), ('하은', 'haeun'),
           ('도윤', 'doyun'), ('수빈', 'subin'), ('현우', 'hyunwoo'), ('지은', 'jieun')],
    family=[('김', 'kim'), ('이', 'lee'), ('박', 'park'), ('최', 'choi'), ('정', 'jung'),
            ('강', 'kang'), ('윤', 'yoon'), ('한', 'han')],
    order='e', sep='', tz=['Asia/Seoul'],
    free=['naver.com', 'daum.net', 'gmail.com', 'hanmail.net', 'kakao.com', 'nate.com'],
    charsets=['utf-8', 'euc-kr', 'ks_c_5601-1987'],
    cities=['서울', '부산', '대구', '인천', '대전', '광주'],
    phone='kr', content_lang='ko-KR',
)
L['hi'] = dict(
    given=[('राहुल', 'rahul'), ('प्रिया', 'priya'), ('अमित', 'amit'), ('नेहा', 'neha'),
           ('विकास', 'vikas'), ('अंजलि', 'anjali'), ('संजय', 'sanjay'), ('पूजा', 'pooja')],
    family=[('शर्मा', 'sharma'), ('वर्मा', 'verma'), ('गुप्ता', 'gupta'), ('सिंह', 'singh'),
            ('मिश्रा', 'mishra'), ('यादव', 'yadav'), ('अग्रवाल', 'agarwal')],
    order='w', tz=['Asia/Kolkata'],
    free=['gmail.com', 'rediffmail.com', 'yahoo.co.in', 'outlook.com', 'hotmail.com'],
    charsets=['utf-8'],
    cities=['दिल्ली', 'लखनऊ', 'जयपुर', 'पुणे', 'भोपाल', 'इंदौर'],
    phone='in', content_lang='hi-IN',
)
L['th'] = dict(
    given=[('สมชาย', 'somchai'), ('สุดารัตน์', 'sudarat'), ('ณัฐพล', 'nattapon'), ('พิมพ์ชนก', 'pimchanok'),
           ('อนุชา', 'anucha'), ('กนกวรรณ', 'kanokwan'), ('ธนากร', 'thanakorn'), ('วรรณา', 'wanna')],
    family=[('ศรีสุข', 'srisuk'), ('วงศ์ใหญ่', 'wongyai'), ('ทองดี', 'thongdee'), ('แสงอรุณ', 'saengarun'),
            ('บุญมา', 'boonma'), ('จันทร์เพ็ญ', 'chanpen')],
    order='w', tz=['Asia/Bangkok'],
    free=['gmail.com', 'hotmail.com', 'yahoo.co.th', 'outlook.co.th'],
    charsets=['utf-8', 'tis-620', 'windows-874'],
    cities=['เชียงใหม่', 'ขอนแก่น', 'ภูเก็ต', 'หาดใหญ่', 'นครราชสีมา'],
    phone='th', content_lang='th-TH',
)

LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'el', 'tr', 'ar', 'he',
         'zh', 'ja', 'ko', 'hi', 'th']

# ---------------------------------------------------------------- organisations
# Fictional organisations. (display name, domain, lang)
ORGS = {
    'en': [('Brightwater Logistics', 'brightwater-logistics.com'), ('Harlow & Finch LLP', 'harlowfinch.co.uk'),
           ('Cedar Ridge Medical Group', 'cedarridgemed.org'), ('Northgate Analytics', 'northgate-analytics.io'),
           ('Pinecrest Property Management', 'pinecrestpm.com'), ('Redfern Architecture', 'redfern-arch.co.uk'),
           ('Tallis Engineering', 'tallis-eng.com'), ('Kestrel Software', 'kestrelsoft.io'),
           ('Mill Lane Accountants', 'millaneaccounts.co.uk'), ('Oakhurst School District', 'oakhurst-sd.org'),
           ('Lakeside Community Credit Union', 'lakesideccu.org'), ('Quarry Hill Foods', 'quarryhillfoods.com'),
           ('Silverline Media', 'silverline-media.com'), ('Ardent Health Partners', 'ardenthp.com'),
           ('Bluestem Capital', 'bluestemcap.com'), ('Marlowe Hotels', 'marlowehotels.com'),
           ('Copperleaf Design Studio', 'copperleaf.studio'), ('Thornbury Parish Council', 'thornbury-pc.org.uk'),
           ('Fenwick Biotech', 'fenwickbio.com'), ('Greyhaven University', 'greyhaven.edu')],
    'de': [('Stadtwerke Lindenau', 'stadtwerke-lindenau.de'), ('Kanzlei Berger & Roth', 'berger-roth.de'),
           ('Möbelhaus Kranich', 'moebel-kranich.de'), ('Hansen Maschinenbau GmbH', 'hansen-maschinenbau.de'),
           ('Praxis Dr. Albers', 'praxis-albers.de'), ('Alpenblick Treuhand AG', 'alpenblick-treuhand.ch'),
           ('Rheinfeld Logistik', 'rheinfeld-logistik.de'), ('Hochschule Weserbergland', 'hs-weserbergland.de')],
    'fr': [('Cabinet Delaunay', 'cabinet-delaunay.fr'), ('Atelier Saint-Roch', 'atelier-saintroch.fr'),
           ('Transports Morvan', 'transports-morvan.fr'), ('Mairie de Villeneuve-sur-Lot', 'mairie-villeneuve47.fr'),
           ('Groupe Boréal Conseil', 'boreal-conseil.fr'), ('Clinique des Tilleuls', 'clinique-tilleuls.be')],
    'es': [('Construcciones Ebro', 'construcciones-ebro.es'), ('Clínica Dental Sonrisa', 'clinicasonrisa.es'),
           ('Asesoría Valdés', 'asesoria-valdes.es'), ('Distribuciones Altamira', 'altamira-dist.com.mx'),
           ('Colegio San Telmo', 'colegiosantelmo.es')],
    'it': [('Studio Ferraris', 'studioferraris.it'), ('Officine Brenta', 'officinebrenta.it'),
           ('Cantina Colle Alto', 'cantinacollealto.it'), ('Comune di Valfonda', 'comune.valfonda.it'),
           ('Assicurazioni Lario', 'lario-assicurazioni.it')],
    'pt': [('Construtora Ipê', 'construtoraipe.com.br'), ('Clínica Vida Plena', 'vidaplena.med.br'),
           ('Contabilidade Serra Azul', 'serraazulcontabil.com.br'), ('Tecelagem Minho', 'tecelagem-minho.pt'),
           ('Escola Monte Verde', 'escolamonteverde.com.br')],
    'nl': [('Bouwbedrijf Noorderlicht', 'noorderlicht-bouw.nl'), ('Huisartsenpraktijk De Linde', 'hapdelinde.nl'),
           ('Van Dalen Advocaten', 'vandalen-advocaten.nl'), ('Gemeente Oosterwolde', 'oosterwolde-gem.nl'),
           ('Brouwerij De Kraai', 'brouwerijdekraai.be')],
    'pl': [('Kancelaria Nowicki', 'kancelaria-nowicki.pl'), ('Przychodnia Zdrowie', 'przychodnia-zdrowie.pl'),
           ('Budimex-Pomorze', 'bud-pomorze.pl'), ('Biuro Rachunkowe Sowa', 'br-sowa.pl'),
           ('Szkoła Podstawowa nr 12', 'sp12-torun.edu.pl')],
    'ru': [('ООО «Северный Ветер»', 'sever-veter.ru'), ('ТехноСфера', 'tehnosfera-nn.ru'),
           ('Клиника «Медлайн»', 'medline-kazan.ru'), ('Гимназия №5', 'gym5-perm.ru'),
           ('Стройинвест', 'stroyinvest-ekb.ru')],
    'el': [('Ναυτιλιακή Αιγαίου', 'aegean-nav.gr'), ('Λογιστικό Γραφείο Μάνου', 'manos-logistiki.gr'),
           ('Ιατρείο Δρ. Ζαχαρίου', 'iatreio-zachariou.gr'), ('Ξενοδοχείο Αλκυόνη', 'alkyoni-hotel.gr')],
    'tr': [('Ege Tekstil A.Ş.', 'egetekstil.com.tr'), ('Anadolu Lojistik', 'anadolulojistik.com.tr'),
           ('Marmara Yazılım', 'marmarayazilim.com'), ('Deniz Muhasebe', 'denizmuhasebe.com.tr')],
    'ar': [('مجموعة الواحة التجارية', 'alwaha-group.sa'), ('عيادات النخبة', 'nukhba-clinics.ae'),
           ('شركة الأفق للمقاولات', 'alofoq-contracting.com'), ('مدرسة المستقبل', 'almustaqbal-school.edu.eg')],
    'he': [('גלבוע מערכות', 'gilboa-sys.co.il'), ('מרפאת השרון', 'sharon-clinic.co.il'),
           ('משרד עו"ד ברק', 'barak-law.co.il'), ('כרמל לוגיסטיקה', 'carmel-log.co.il')],
    'zh': [('华信科技', 'huaxin-tech.cn'), ('东方物流', 'dongfang-wl.com.cn'), ('嘉禾会计师事务所', 'jiahe-cpa.cn'),
           ('明德中学', 'mingde-school.edu.cn'), ('台北晨光設計', 'chenguang-design.com.tw')],
    'ja': [('株式会社みなと精機', 'minato-seiki.co.jp'), ('さくら税理士法人', 'sakura-zeirishi.jp'),
           ('青葉クリニック', 'aoba-clinic.jp'), ('北斗システムズ', 'hokuto-sys.co.jp'), ('東和商事', 'towa-shoji.co.jp')],
    'ko': [('한빛소프트웨어', 'hanbit-sw.co.kr'), ('서울정밀', 'seoul-precision.co.kr'), ('미래회계법인', 'mirae-cpa.kr'),
           ('푸른치과', 'pureun-dental.kr'), ('대한물류', 'daehan-logis.co.kr')],
    'hi': [('सारथी इन्फोटेक', 'sarathi-infotech.in'), ('गंगा ट्रेडर्स', 'ganga-traders.co.in'),
           ('आरोग्य क्लिनिक', 'arogya-clinic.in'), ('विद्या पब्लिक स्कूल', 'vidyapublicschool.edu.in')],
    'th': [('สยามเทรดดิ้ง', 'siam-trading.co.th'), ('คลินิกรักษ์สุขภาพ', 'raksukkhaphap.co.th'),
           ('บางกอกซอฟต์', 'bangkoksoft.co.th'), ('โรงเรียนอรุณวิทยา', 'arunwittaya.ac.th')],
}

# Recipient organisations are hosted at mx.example.net; a handful also use the example.* names.
RECIPIENT_EXTRA = ['example.net', 'example.org', 'example.com', 'mail.example.org', 'staff.example.edu']

# ---------------------------------------------------------------- phone numbers
def phone(rng, kind):
    d = lambda n: ''.join(str(rng.randint(0, 9)) for _ in range(n))
    if kind == 'us':
        return '+1 (%s) 555-01%s' % (rng.choice(['212', '312', '415', '646', '720', '617', '503']), d(2))
    if kind == 'tollfree':
        return '+1 (8%s) %s-%s' % (rng.choice(['00', '33', '44', '55', '66', '77', '88']), d(3), d(4))
    if kind == 'uk':
        return '+44 20 7946 0%s' % d(3)
    if kind == 'de':
        return '+49 %s %s' % (rng.choice(['30', '341', '561', '761', '421', '251']), d(7))
    if kind == 'fr':
        return '+33 %s %s %s %s %s' % (rng.choice(['1', '4', '2', '3']), d(2), d(2), d(2), d(2))
    if kind == 'es':
        return '+34 9%s %s %s' % (d(2), d(3), d(3))
    if kind == 'it':
        return '+39 0%s %s' % (d(2), d(7))
    if kind == 'br':
        return '+55 (%s) 9%s-%s' % (rng.choice(['11', '21', '41', '81']), d(4), d(4))
    if kind == 'nl':
        return '+31 (0)%s %s' % (d(2), d(7))
    if kind == 'pl':
        return '+48 %s %s %s' % (d(3), d(3), d(3))
    if kind == 'ru':
        return '+7 (%s) %s-%s-%s' % (rng.choice(['495', '812', '843', '343']), d(3), d(2), d(2))
    if kind == 'gr':
        return '+30 210 %s' % d(7)
    if kind == 'tr':
        return '+90 (%s) %s %s %s' % (rng.choice(['212', '232', '224']), d(3), d(2), d(2))
    if kind == 'sa':
        return '+966 1%s %s %s' % (d(1), d(3), d(4))
    if kind == 'il':
        return '+972-%s-%s' % (rng.choice(['3', '4', '2', '8']), d(7))
    if kind == 'cn':
        return '+86 %s %s' % (rng.choice(['21', '571', '755', '28']), d(8))
    if kind == 'jp':
        return '0%s-%s-%s' % (rng.choice(['3', '6', '52', '92']), d(4), d(4))
    if kind == 'kr':
        return '02-%s-%s' % (d(4), d(4))
    if kind == 'in':
        return '+91 %s%s %s' % (rng.choice(['98', '97', '88', '70']), d(3), d(5))
    if kind == 'th':
        return '+66 2 %s %s' % (d(3), d(4))
    if kind == 'mobile-int':
        return '+%s %s %s %s' % (rng.choice(['44 7', '1 347', '234 80', '63 917', '84 9', '27 71']), d(3), d(3), d(3))
    return '+1 555 01%s' % d(2)


# ---------------------------------------------------------------- UI strings
UI = {
 'en': dict(inv='Invitation', upd='Updated invitation', acc='Accepted', dec='Declined', ten='Tentatively accepted',
            can='Canceled', when='When', where='Where', who='Who', org='organizer', desc='Description', join='Join',
            going='Going?', yes='Yes', no='No', maybe='Maybe', view='View event', invited='{n} has invited you to {t}',
            cal='Calendar', rem='Reminder', att='Attachments', fwd='FW:', title='Title', guests='Guests'),
 'de': dict(inv='Einladung', upd='Aktualisierte Einladung', acc='Zugesagt', dec='Abgesagt', ten='Mit Vorbehalt angenommen',
            can='Abgesagt', when='Wann', where='Wo', who='Teilnehmer', org='Organisator', desc='Beschreibung', join='Teilnehmen',
            going='Nehmen Sie teil?', yes='Ja', no='Nein', maybe='Vielleicht', view='Termin anzeigen',
            invited='{n} hat Sie zu {t} eingeladen', cal='Kalender', rem='Erinnerung', att='Anhänge', fwd='WG:',
            title='Titel', guests='Gäste'),
 'fr': dict(inv='Invitation', upd='Invitation mise à jour', acc='Accepté', dec='Refusé', ten='Provisoire',
            can='Annulé', when='Quand', where='Où', who='Participants', org='organisateur', desc='Description',
            join='Rejoindre', going='Participer ?', yes='Oui', no='Non', maybe='Peut-être', view="Afficher l'événement",
            invited='{n} vous a invité à {t}', cal='Agenda', rem='Rappel', att='Pièces jointes', fwd='TR :',
            title='Titre', guests='Invités'),
 'es': dict(inv='Invitación', upd='Invitación actualizada', acc='Aceptado', dec='Rechazado', ten='Provisional',
            can='Cancelado', when='Cuándo', where='Dónde', who='Quién', org='organizador', desc='Descripción',
            join='Unirse', going='¿Asistirás?', yes='Sí', no='No', maybe='Quizás', view='Ver evento',
            invited='{n} te ha invitado a {t}', cal='Calendario', rem='Recordatorio', att='Archivos adjuntos', fwd='RV:',
            title='Título', guests='Invitados'),
 'it': dict(inv='Invito', upd='Invito aggiornato', acc='Accettato', dec='Rifiutato', ten='Provvisorio',
            can='Annullato', when='Quando', where='Dove', who='Chi', org='organizzatore', desc='Descrizione',
            join='Partecipa', going='Parteciperai?', yes='Sì', no='No', maybe='Forse', view='Visualizza evento',
            invited='{n} ti ha invitato a {t}', cal='Calendario', rem='Promemoria', att='Allegati', fwd='I:',
            title='Titolo', guests='Invitati'),
 'pt': dict(inv='Convite', upd='Convite atualizado', acc='Aceito', dec='Recusado', ten='Provisório',
            can='Cancelado', when='Quando', where='Onde', who='Quem', org='organizador', desc='Descrição',
            join='Participar', going='Você vai?', yes='Sim', no='Não', maybe='Talvez', view='Ver evento',
            invited='{n} convidou você para {t}', cal='Agenda', rem='Lembrete', att='Anexos', fwd='ENC:',
            title='Título', guests='Convidados'),
 'nl': dict(inv='Uitnodiging', upd='Bijgewerkte uitnodiging', acc='Geaccepteerd', dec='Geweigerd', ten='Voorlopig',
            can='Geannuleerd', when='Wanneer', where='Waar', who='Wie', org='organisator', desc='Beschrijving',
            join='Deelnemen', going='Ga je?', yes='Ja', no='Nee', maybe='Misschien', view='Afspraak bekijken',
            invited='{n} heeft je uitgenodigd voor {t}', cal='Agenda', rem='Herinnering', att='Bijlagen', fwd='FW:',
            title='Titel', guests='Gasten'),
 'pl': dict(inv='Zaproszenie', upd='Zaktualizowane zaproszenie', acc='Zaakceptowano', dec='Odrzucono', ten='Wstępnie zaakceptowano',
            can='Anulowano', when='Kiedy', where='Gdzie', who='Kto', org='organizator', desc='Opis',
            join='Dołącz', going='Weźmiesz udział?', yes='Tak', no='Nie', maybe='Może', view='Wyświetl wydarzenie',
            invited='{n} zaprasza Cię na: {t}', cal='Kalendarz', rem='Przypomnienie', att='Załączniki', fwd='PD:',
            title='Tytuł', guests='Goście'),
 'ru': dict(inv='Приглашение', upd='Обновленное приглашение', acc='Принято', dec='Отклонено', ten='Под вопросом',
            can='Отменено', when='Когда', where='Где', who='Участники', org='организатор', desc='Описание',
            join='Присоединиться', going='Пойдете?', yes='Да', no='Нет', maybe='Возможно', view='Открыть мероприятие',
            invited='{n} приглашает вас на мероприятие «{t}»', cal='Календарь', rem='Напоминание', att='Вложения',
            fwd='Fwd:', title='Название', guests='Гости'),
 'el': dict(inv='Πρόσκληση', upd='Ενημερωμένη πρόσκληση', acc='Αποδοχή', dec='Απόρριψη', ten='Προσωρινή αποδοχή',
            can='Ακυρώθηκε', when='Πότε', where='Πού', who='Ποιοι', org='διοργανωτής', desc='Περιγραφή',
            join='Συμμετοχή', going='Θα έρθετε;', yes='Ναι', no='Όχι', maybe='Ίσως', view='Προβολή συμβάντος',
            invited='Ο/Η {n} σας προσκάλεσε στο {t}', cal='Ημερολόγιο', rem='Υπενθύμιση', att='Συνημμένα',
            fwd='ΠΡΘ:', title='Τίτλος', guests='Προσκεκλημένοι'),
 'tr': dict(inv='Davet', upd='Güncellenmiş davet', acc='Kabul edildi', dec='Reddedildi', ten='Belki',
            can='İptal edildi', when='Ne zaman', where='Nerede', who='Katılımcılar', org='düzenleyen', desc='Açıklama',
            join='Katıl', going='Katılacak mısınız?', yes='Evet', no='Hayır', maybe='Belki', view='Etkinliği görüntüle',
            invited='{n} sizi {t} etkinliğine davet etti', cal='Takvim', rem='Hatırlatıcı', att='Ekler', fwd='İLT:',
            title='Başlık', guests='Davetliler'),
 'ar': dict(inv='دعوة', upd='دعوة محدَّثة', acc='تم القبول', dec='تم الرفض', ten='قبول مبدئي',
            can='تم الإلغاء', when='متى', where='أين', who='مَن', org='المنظِّم', desc='الوصف',
            join='انضمام', going='هل ستحضر؟', yes='نعم', no='لا', maybe='ربما', view='عرض الحدث',
            invited='دعاك {n} إلى {t}', cal='التقويم', rem='تذكير', att='المرفقات', fwd='إعادة توجيه:',
            title='العنوان', guests='الضيوف'),
 'he': dict(inv='הזמנה', upd='הזמנה מעודכנת', acc='התקבל', dec='נדחה', ten='אולי',
            can='בוטל', when='מתי', where='איפה', who='משתתפים', org='מארגן', desc='תיאור',
            join='הצטרפות', going='האם תגיע/י?', yes='כן', no='לא', maybe='אולי', view='הצגת האירוע',
            invited='{n} הזמין/ה אותך אל {t}', cal='יומן', rem='תזכורת', att='קבצים מצורפים', fwd='הועבר:',
            title='כותרת', guests='אורחים'),
 'zh': dict(inv='邀请', upd='已更新邀请', acc='已接受', dec='已拒绝', ten='暂定',
            can='已取消', when='时间', where='地点', who='参与者', org='组织者', desc='说明',
            join='加入', going='是否参加？', yes='是', no='否', maybe='可能', view='查看活动',
            invited='{n} 邀请您参加 {t}', cal='日历', rem='提醒', att='附件', fwd='转发:', title='标题', guests='邀请对象'),
 'ja': dict(inv='招待状', upd='更新された招待状', acc='承諾', dec='辞退', ten='仮承諾',
            can='キャンセル', when='日時', where='場所', who='参加者', org='主催者', desc='説明',
            join='参加', going='出席しますか？', yes='はい', no='いいえ', maybe='未定', view='予定を表示',
            invited='{n} さんから「{t}」への招待が届きました', cal='カレンダー', rem='リマインダー', att='添付ファイル',
            fwd='FW:', title='タイトル', guests='ゲスト'),
 'ko': dict(inv='초대', upd='업데이트된 초대', acc='수락함', dec='거절함', ten='미정',
            can='취소됨', when='일시', where='장소', who='참석자', org='주최자', desc='설명',
            join='참가', going='참석하시겠습니까?', yes='예', no='아니요', maybe='미정', view='일정 보기',
            invited='{n}님이 {t}에 초대했습니다', cal='캘린더', rem='알림', att='첨부파일', fwd='FW:', title='제목',
            guests='참석자'),
 'hi': dict(inv='आमंत्रण', upd='अपडेट किया गया आमंत्रण', acc='स्वीकार किया', dec='अस्वीकार किया', ten='शायद',
            can='रद्द किया गया', when='कब', where='कहाँ', who='कौन', org='आयोजक', desc='विवरण',
            join='शामिल हों', going='क्या आप आएंगे?', yes='हाँ', no='नहीं', maybe='शायद', view='इवेंट देखें',
            invited='{n} ने आपको {t} के लिए आमंत्रित किया है', cal='कैलेंडर', rem='रिमाइंडर', att='अटैचमेंट',
            fwd='Fwd:', title='शीर्षक', guests='मेहमान'),
 'th': dict(inv='คำเชิญ', upd='คำเชิญที่อัปเดต', acc='ยอมรับแล้ว', dec='ปฏิเสธแล้ว', ten='ไม่แน่ใจ',
            can='ยกเลิกแล้ว', when='เมื่อ', where='ที่ไหน', who='ผู้เข้าร่วม', org='ผู้จัด', desc='รายละเอียด',
            join='เข้าร่วม', going='จะไปไหม', yes='ใช่', no='ไม่', maybe='อาจจะ', view='ดูกิจกรรม',
            invited='{n} เชิญคุณเข้าร่วม {t}', cal='ปฏิทิน', rem='การแจ้งเตือน', att='ไฟล์แนบ', fwd='FW:',
            title='ชื่อ', guests='แขก'),
}

MONTHS = {
 'en': 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(),
 'de': 'Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.'.split(),
 'fr': 'janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.'.split(),
 'es': 'ene feb mar abr may jun jul ago sept oct nov dic'.split(),
 'it': 'gen feb mar apr mag giu lug ago set ott nov dic'.split(),
 'pt': 'jan fev mar abr mai jun jul ago set out nov dez'.split(),
 'nl': 'jan feb mrt apr mei jun jul aug sep okt nov dec'.split(),
 'pl': 'sty lut mar kwi maj cze lip sie wrz paź lis gru'.split(),
 'ru': 'янв. февр. мар. апр. мая июн. июл. авг. сент. окт. нояб. дек.'.split(),
 'el': 'Ιαν Φεβ Μαρ Απρ Μαΐ Ιουν Ιουλ Αυγ Σεπ Οκτ Νοε Δεκ'.split(),
 'tr': 'Oca Şub Mar Nis May Haz Tem Ağu Eyl Eki Kas Ara'.split(),
 'ar': ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
 'he': ['בינו׳', 'בפבר׳', 'במרץ', 'באפר׳', 'במאי', 'ביוני', 'ביולי', 'באוג׳', 'בספט׳', 'באוק׳', 'בנוב׳', 'בדצמ׳'],
 'hi': ['जन॰', 'फ़र॰', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुल॰', 'अग॰', 'सित॰', 'अक्तू॰', 'नव॰', 'दिस॰'],
 'th': ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'],
}
WDAYS = {
 'en': 'Mon Tue Wed Thu Fri Sat Sun'.split(),
 'de': 'Mo. Di. Mi. Do. Fr. Sa. So.'.split(),
 'fr': 'lun. mar. mer. jeu. ven. sam. dim.'.split(),
 'es': 'lun mar mié jue vie sáb dom'.split(),
 'it': 'lun mar mer gio ven sab dom'.split(),
 'pt': 'seg ter qua qui sex sáb dom'.split(),
 'nl': 'ma di wo do vr za zo'.split(),
 'pl': 'pon. wt. śr. czw. pt. sob. niedz.'.split(),
 'ru': 'пн вт ср чт пт сб вс'.split(),
 'el': 'Δευ Τρί Τετ Πέμ Παρ Σάβ Κυρ'.split(),
 'tr': 'Pzt Sal Çar Per Cum Cmt Paz'.split(),
 'ar': ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد'],
 'he': ['יום ב׳', 'יום ג׳', 'יום ד׳', 'יום ה׳', 'יום ו׳', 'שבת', 'יום א׳'],
 'zh': '周一 周二 周三 周四 周五 周六 周日'.split(),
 'ja': '月 火 水 木 金 土 日'.split(),
 'ko': '월 화 수 목 금 토 일'.split(),
 'hi': 'सोम मंगल बुध गुरु शुक्र शनि रवि'.split(),
 'th': 'จ. อ. พ. พฤ. ศ. ส. อา.'.split(),
}


def fmt_date(lang, dt, year=True):
    wd, d, m, y = dt.weekday(), dt.day, dt.month, dt.year
    if lang in ('zh',):
        return '%d年%d月%d日%s' % (y, m, d, WDAYS['zh'][wd]) if year else '%d月%d日%s' % (m, d, WDAYS['zh'][wd])
    if lang == 'ja':
        return '%d年%d月%d日(%s)' % (y, m, d, WDAYS['ja'][wd]) if year else '%d月%d日(%s)' % (m, d, WDAYS['ja'][wd])
    if lang == 'ko':
        return '%d년 %d월 %d일 (%s)' % (y, m, d, WDAYS['ko'][wd]) if year else '%d월 %d일 (%s)' % (m, d, WDAYS['ko'][wd])
    mon = MONTHS[lang][m - 1]
    w = WDAYS[lang][wd]
    ys = (' %d' % y) if year else ''
    if lang == 'en':
        return '%s %d %s%s' % (w, d, mon, ys)
    if lang == 'de':
        return '%s %d. %s%s' % (w, d, mon, ys)
    if lang == 'ru':
        return '%s, %d %s%s' % (w, d, mon, (ys + ' г.') if year else '')
    if lang == 'tr':
        return '%d %s%s %s' % (d, mon, ys, w)
    if lang == 'he':
        return '%s, %d %s%s' % (w, d, mon, ys)
    return '%s %d %s%s' % (w, d, mon, ys)


def fmt_time(lang, dt, style='24'):
    if lang == 'en' and style == '12':
        h = dt.hour % 12 or 12
        ap = 'am' if dt.hour < 12 else 'pm'
        return ('%d%s' % (h, ap)) if dt.minute == 0 else ('%d:%02d%s' % (h, dt.minute, ap))
    if lang == 'ko' and style == '12':
        return '%s %d:%02d' % ('오전' if dt.hour < 12 else '오후', dt.hour % 12 or 12, dt.minute)
    return '%02d:%02d' % (dt.hour, dt.minute) if lang not in ('en',) else '%d:%02d' % (dt.hour, dt.minute)


def person(rng, lang, gender_any=True):
    loc = L[lang]
    gv = rng.choice(loc['given'])
    g, gl = gv[0], gv[1]
    fm = rng.choice(loc['family'])
    f, fl = fm[0], fm[1]
    if len(fm) == 4 and len(gv) == 3 and gv[2] == 'f':
        f, fl = fm[2], fm[3]
    if loc['order'] == 'e':
        disp = f + loc.get('sep', ' ') + g
    else:
        disp = g + ' ' + f
    return dict(name=disp, first=g, last=f, lfirst=gl, llast=fl, lang=lang)


def local_part(rng, p, style=None):
    style = style or rng.choice(['f.l', 'fl', 'f_l', 'fl99', 'f', 'l.f', 'fil'])
    f, l = p['lfirst'], p['llast']
    if style == 'f.l':
        return '%s.%s' % (f, l)
    if style == 'fl':
        return f + l
    if style == 'f_l':
        return '%s_%s' % (f, l)
    if style == 'fl99':
        return '%s%s%d' % (f, l, rng.randint(1, 99))
    if style == 'f':
        return f
    if style == 'l.f':
        return '%s.%s' % (l, f)
    return f[0] + l


STREETS = {
    'en': ['Elm Street', 'Park Road', 'Mill Lane', 'Maple Avenue', 'Station Road'], 'de': ['Lindenstraße', 'Bahnhofstraße', 'Gartenweg'],
    'fr': ['rue des Lilas', 'avenue Jean-Jaurès', 'rue Victor-Hugo'], 'es': ['calle Mayor', 'avenida de la Constitución', 'calle del Sol'],
    'it': ['via Roma', 'corso Garibaldi', 'via Mazzini'], 'pt': ['Rua das Flores', 'Avenida Brasil', 'Rua Augusta'],
    'nl': ['Kerkstraat', 'Dorpsstraat', 'Stationsweg'], 'pl': ['ul. Długa', 'ul. Polna', 'ul. Mickiewicza'],
    'ru': ['ул. Садовая', 'ул. Лесная', 'пр. Мира'], 'el': ['οδός Ερμού', 'οδός Αθηνάς', 'Λεωφόρος Κηφισίας'],
    'tr': ['Atatürk Cad.', 'Cumhuriyet Cad.', 'İnönü Sok.'], 'ar': ['شارع الملك فهد', 'شارع التحرير', 'شارع الجامعة'],
    'he': ['רחוב הרצל', 'שדרות רוטשילד', 'רחוב ויצמן'], 'zh': ['人民路', '南京路', '建设路'], 'ja': ['中央', '桜町', '本町'],
    'ko': ['테헤란로', '중앙로', '세종대로'], 'hi': ['एमजी रोड', 'स्टेशन रोड', 'सिविल लाइंस'], 'th': ['ถนนสุขุมวิท', 'ถนนพหลโยธิน', 'ถนนนิมมานเหมินท์'],
}


def address(rng, lang):
    n = rng.randint(1, 120)
    st = rng.choice(STREETS[lang])
    city = rng.choice(L[lang]['cities'])
    if lang in ('en', 'fr'):
        return '%d %s, %s' % (n, st, city) if lang == 'en' else '%d %s, %s' % (n, st, city)
    if lang in ('de', 'nl', 'pl', 'it', 'es', 'pt', 'el', 'he'):
        return '%s %d, %s' % (st, n, city)
    if lang == 'ru':
        return '%s, %s, д. %d' % (city, st, n)
    if lang == 'tr':
        return '%s No:%d, %s' % (st, n, city)
    if lang == 'ar':
        return '%s %d، %s' % (st, n, city)
    if lang == 'zh':
        return '%s%s%d号' % (city, st, n)
    if lang == 'ja':
        return '%s%s%d-%d-%d' % (city, st, rng.randint(1, 5), rng.randint(1, 20), rng.randint(1, 15))
    if lang == 'ko':
        return '%s %s %d' % (city, st, n)
    if lang == 'hi':
        return '%d, %s, %s' % (n, st, city)
    return '%d %s %s' % (n, st, city)
