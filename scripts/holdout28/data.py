# -*- coding: utf-8 -*-
"""Names, organisations, places. All organisations and domains are invented."""

# (native first, native last, latin first, latin last)
def _lat(pairs):
    import unicodedata
    out = []
    for f, l in pairs:
        def a(s):
            s = s.replace('ß', 'ss').replace('ł', 'l').replace('Ł', 'L').replace('ı', 'i').replace('İ', 'I')
            return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))
        out.append((f, l, a(f).lower(), a(l).lower().replace(' ', '')))
    return out


NAMES = {
 'en': _lat([('James', 'Carter'), ('Emily', 'Walsh'), ('Michael', 'Brooks'), ('Sarah', 'Hughes'), ('David', 'Patel'),
            ('Laura', 'Bennett'), ('Daniel', 'Reid'), ('Olivia', 'Foster'), ('Chris', 'Murphy'), ('Hannah', 'Cole'),
            ('Robert', 'Nguyen'), ('Megan', 'Price'), ('Tom', 'Fletcher'), ('Rachel', 'Okafor'), ('Kevin', 'Lindqvist'),
            ('Amy', 'Donovan'), ('Peter', 'Shaw'), ('Grace', 'Kim'), ('Sam', 'Whitaker'), ('Nadia', 'Rahman')]),
 'de': _lat([('Lukas', 'Müller'), ('Anna', 'Schneider'), ('Jonas', 'Fischer'), ('Lea', 'Weber'), ('Felix', 'Becker'),
            ('Sophie', 'Hoffmann'), ('Matthias', 'Schäfer'), ('Katrin', 'Koch'), ('Stefan', 'Richter'), ('Julia', 'Klein'),
            ('Jürgen', 'Wolf'), ('Birgit', 'Neumann')]),
 'fr': _lat([('Julien', 'Martin'), ('Camille', 'Bernard'), ('Nicolas', 'Dubois'), ('Chloé', 'Lefèvre'), ('Thomas', 'Moreau'),
            ('Manon', 'Laurent'), ('Antoine', 'Girard'), ('Élodie', 'Roux'), ('François', 'Mercier'), ('Hélène', 'Faure')]),
 'es': _lat([('Javier', 'García'), ('Lucía', 'Fernández'), ('Carlos', 'López'), ('María', 'Martínez'), ('Pablo', 'Sánchez'),
            ('Elena', 'Romero'), ('Sergio', 'Navarro'), ('Marta', 'Torres'), ('Andrés', 'Muñoz'), ('Nuria', 'Ibáñez')]),
 'pt': _lat([('João', 'Silva'), ('Ana', 'Santos'), ('Pedro', 'Oliveira'), ('Beatriz', 'Souza'), ('Rafael', 'Pereira'),
            ('Mariana', 'Costa'), ('Lucas', 'Almeida'), ('Camila', 'Ferreira'), ('Gonçalo', 'Araújo'), ('Inês', 'Magalhães')]),
 'it': _lat([('Marco', 'Rossi'), ('Giulia', 'Russo'), ('Luca', 'Ferrari'), ('Chiara', 'Esposito'), ('Andrea', 'Bianchi'),
            ('Francesca', 'Romano'), ('Matteo', 'Colombo'), ('Sara', 'Ricci'), ('Niccolò', 'Galli'), ('Federica', 'Conti')]),
 'nl': _lat([('Daan', 'de Vries'), ('Sanne', 'Jansen'), ('Bram', 'Bakker'), ('Lotte', 'Visser'), ('Thijs', 'Smit'),
            ('Eva', 'Meijer'), ('Ruben', 'de Boer'), ('Fleur', 'Mulder'), ('Joost', 'van Dijk'), ('Femke', 'Bos')]),
 'pl': _lat([('Piotr', 'Nowak'), ('Anna', 'Kowalska'), ('Tomasz', 'Wiśniewski'), ('Katarzyna', 'Wójcik'), ('Michał', 'Kamiński'),
            ('Agnieszka', 'Lewandowska'), ('Paweł', 'Zieliński'), ('Magdalena', 'Szymańska'), ('Łukasz', 'Dąbrowski'), ('Zofia', 'Król')]),
 'tr': _lat([('Mehmet', 'Yılmaz'), ('Ayşe', 'Kaya'), ('Emre', 'Demir'), ('Zeynep', 'Şahin'), ('Burak', 'Çelik'),
            ('Elif', 'Yıldız'), ('Can', 'Aydın'), ('Selin', 'Öztürk'), ('Oğuz', 'Arslan'), ('Gül', 'Koç')]),
 'ru': [('Алексей', 'Смирнов', 'aleksey', 'smirnov'), ('Мария', 'Иванова', 'maria', 'ivanova'), ('Дмитрий', 'Кузнецов', 'dmitriy', 'kuznetsov'),
        ('Ольга', 'Попова', 'olga', 'popova'), ('Сергей', 'Васильев', 'sergey', 'vasilyev'), ('Анна', 'Соколова', 'anna', 'sokolova'),
        ('Иван', 'Морозов', 'ivan', 'morozov'), ('Екатерина', 'Волкова', 'ekaterina', 'volkova'), ('Никита', 'Лебедев', 'nikita', 'lebedev')],
 'el': [('Γιώργος', 'Παπαδόπουλος', 'giorgos', 'papadopoulos'), ('Μαρία', 'Κωνσταντίνου', 'maria', 'konstantinou'),
        ('Νίκος', 'Γεωργίου', 'nikos', 'georgiou'), ('Ελένη', 'Παππά', 'eleni', 'pappa'), ('Δημήτρης', 'Αλεξίου', 'dimitris', 'alexiou'),
        ('Κατερίνα', 'Νικολάου', 'katerina', 'nikolaou'), ('Κώστας', 'Βασιλείου', 'kostas', 'vasileiou')],
 'ar': [('محمد', 'العتيبي', 'mohammed', 'alotaibi'), ('فاطمة', 'الزهراني', 'fatimah', 'alzahrani'), ('أحمد', 'الحربي', 'ahmed', 'alharbi'),
        ('نورة', 'القحطاني', 'noura', 'alqahtani'), ('خالد', 'الشمري', 'khalid', 'alshammari'), ('سارة', 'المطيري', 'sara', 'almutairi'),
        ('عمر', 'الدوسري', 'omar', 'aldosari')],
 'he': [('יוסי', 'כהן', 'yossi', 'cohen'), ('מיכל', 'לוי', 'michal', 'levi'), ('דניאל', 'מזרחי', 'daniel', 'mizrahi'),
        ('נועה', 'פרץ', 'noa', 'peretz'), ('אבי', 'ביטון', 'avi', 'biton'), ('שירה', 'אברהם', 'shira', 'avraham'), ('רונן', 'פרידמן', 'ronen', 'friedman')],
 'zh': [('伟', '王', 'wei', 'wang'), ('娜', '李', 'na', 'li'), ('敏', '张', 'min', 'zhang'), ('洋', '刘', 'yang', 'liu'),
        ('静', '陈', 'jing', 'chen'), ('磊', '杨', 'lei', 'yang'), ('晓明', '赵', 'xiaoming', 'zhao'), ('丽华', '周', 'lihua', 'zhou')],
 'zt': [('志明', '陳', 'zhiming', 'chen'), ('怡君', '林', 'yijun', 'lin'), ('建宏', '黃', 'jianhong', 'huang'), ('雅婷', '張', 'yating', 'chang')],
 'ja': [('健', '佐藤', 'ken', 'sato'), ('美咲', '鈴木', 'misaki', 'suzuki'), ('翔', '高橋', 'sho', 'takahashi'), ('優子', '田中', 'yuko', 'tanaka'),
        ('大輔', '渡辺', 'daisuke', 'watanabe'), ('愛', '伊藤', 'ai', 'ito'), ('拓也', '山本', 'takuya', 'yamamoto'), ('真由美', '中村', 'mayumi', 'nakamura')],
 'ko': [('민준', '김', 'minjun', 'kim'), ('서연', '이', 'seoyeon', 'lee'), ('지훈', '박', 'jihoon', 'park'), ('수빈', '최', 'subin', 'choi'),
        ('우진', '정', 'woojin', 'jung'), ('하은', '강', 'haeun', 'kang'), ('도윤', '윤', 'doyoon', 'yoon')],
 'hi': [('राहुल', 'शर्मा', 'rahul', 'sharma'), ('प्रिया', 'वर्मा', 'priya', 'verma'), ('अमित', 'पटेल', 'amit', 'patel'),
        ('नेहा', 'गुप्ता', 'neha', 'gupta'), ('विकास', 'सिंह', 'vikas', 'singh'), ('पूजा', 'यादव', 'pooja', 'yadav'), ('अर्जुन', 'मेहता', 'arjun', 'mehta')],
 'th': [('สมชาย', 'ใจดี', 'somchai', 'jaidee'), ('สุภาพร', 'ศรีสุข', 'supaporn', 'srisuk'), ('ธนากร', 'วงศ์ไทย', 'thanakorn', 'wongthai'),
        ('พิมพ์ชนก', 'แสงทอง', 'pimchanok', 'saengthong'), ('อนุชา', 'บุญมา', 'anucha', 'boonma'), ('กมลชนก', 'พึ่งบุญ', 'kamonchanok', 'phuengboon')],
}

# organisations: (name, domain)
ORGS = {
 'en': [('Northwind Logistics', 'northwind-logistics.com'), ('Brightwater Legal LLP', 'brightwaterlegal.co.uk'),
        ('Harbor Point Capital', 'harborpointcap.com'), ('Kestrel Analytics', 'kestrel-analytics.io'),
        ('Maple & Finch Design', 'maplefinch.co'), ('Riverside Community Health', 'riversidech.org'),
        ('Tallgrass Manufacturing', 'tallgrassmfg.com'), ('Bluefin Software', 'bluefinsoft.net'),
        ('Oakhurst Property Group', 'oakhurstpg.com'), ('Crestline Foods', 'crestlinefoods.com'),
        ('Pinecrest University', 'pinecrest.edu'), ('Silverline Freight', 'silverlinefreight.com')],
 'de': [('Kranich Maschinenbau GmbH', 'kranich-maschinenbau.de'), ('Elbtal Steuerberatung', 'elbtal-stb.de'),
        ('Brunnhuber Logistik', 'brunnhuber-logistik.de'), ('Stadtwerke Lindenau', 'stadtwerke-lindenau.de'),
        ('Weidner & Partner', 'weidner-partner.de'), ('Hochschule Rheinau', 'hs-rheinau.de')],
 'fr': [('Atelier Fontaine', 'atelier-fontaine.fr'), ('Groupe Valmont', 'groupe-valmont.fr'), ('Cabinet Roussel', 'cabinet-roussel.fr'),
        ('Transports Lemaire', 'transports-lemaire.fr'), ('Université de Bellerive', 'univ-bellerive.fr')],
 'es': [('Construcciones Almazán', 'almazan-construcciones.es'), ('Grupo Lumbre', 'grupolumbre.com'),
        ('Asesoría Ortega', 'asesoriaortega.es'), ('Clínica Santa Elena', 'clinicasantaelena.es'), ('Hortalizas del Sur', 'hortalizasdelsur.es')],
 'pt': [('Transportadora Rio Claro', 'rioclarotransportes.com.br'), ('Grupo Aurora Têxtil', 'auroratextil.com.br'),
        ('Contabilidade Ribeiro', 'ribeirocontabil.com.br'), ('Vinhos do Tâmega', 'vinhosdotamega.pt'), ('Clínica Bem Estar', 'clinicabemestar.com.br')],
 'it': [('Officine Brambilla', 'officinebrambilla.it'), ('Studio Legale Marchetti', 'studiomarchetti.it'),
        ('Ceramiche Vesuvio', 'ceramichevesuvio.it'), ('Logistica Padana', 'logisticapadana.it'), ('Cantina Colli Alti', 'collialti.it')],
 'nl': [('Van den Berg Installatietechniek', 'vdberg-installatie.nl'), ('Polderzicht Advies', 'polderzicht.nl'),
        ('Kuststad Logistiek', 'kuststadlogistiek.nl'), ('Gemeente Westerveld', 'westerveld-gemeente.nl')],
 'pl': [('Zakłady Mechaniczne Orzeł', 'zm-orzel.pl'), ('Biuro Rachunkowe Lipa', 'br-lipa.pl'), ('Trans-Wisła Logistyka', 'transwisla.pl'),
        ('Politechnika Nadwiślańska', 'pnad.edu.pl')],
 'tr': [('Akdeniz Tekstil A.Ş.', 'akdeniztekstil.com.tr'), ('Boğaziçi Lojistik', 'bogazicilojistik.com.tr'), ('Kaya Hukuk Bürosu', 'kayahukuk.com.tr')],
 'ru': [('ООО «СеверСталь-Проект»', 'severproekt.ru'), ('АО «Волга-Логистик»', 'volgalogistic.ru'), ('Бюро «Гранит»', 'granit-buro.ru')],
 'el': [('Αιγαίο Ναυτιλιακή', 'aigaio-naftiliaki.gr'), ('Λογιστικό Γραφείο Παππά', 'pappas-logistiki.gr'), ('Ολυμπος Τρόφιμα', 'olympos-trofima.gr')],
 'ar': [('شركة الواحة للتجارة', 'alwaha-trading.sa'), ('مجموعة النخيل', 'alnakheel-group.ae'), ('مؤسسة الرمال للمقاولات', 'alrimal-co.sa')],
 'he': [('גלבוע תוכנה', 'gilboa-soft.co.il'), ('כרמל לוגיסטיקה', 'carmel-log.co.il'), ('משרד עו"ד שחר', 'shahar-law.co.il')],
 'zh': [('华信科技有限公司', 'huaxin-tech.cn'), ('东方物流集团', 'dongfang-wuliu.com.cn'), ('长江贸易有限公司', 'changjiang-trade.cn')],
 'zt': [('宏達精密股份有限公司', 'hongda-precision.com.tw'), ('新竹創新科技', 'hsinchu-innotech.com.tw')],
 'ja': [('株式会社さくら工業', 'sakura-kogyo.co.jp'), ('みなと物流株式会社', 'minato-butsuryu.co.jp'), ('青葉システム株式会社', 'aoba-sys.co.jp')],
 'ko': [('한빛전자', 'hanbit-elec.co.kr'), ('대한물류', 'daehan-logis.co.kr'), ('미래소프트', 'mirae-soft.co.kr')],
 'hi': [('श्री गणेश ट्रेडर्स', 'shriganeshtraders.in'), ('सुप्रीम टेक सॉल्यूशंस', 'supremetech.co.in'), ('भारत फ्रेट', 'bharatfreight.in')],
 'th': [('บริษัท สยามเทค จำกัด', 'siamtech.co.th'), ('บริษัท เจริญขนส่ง จำกัด', 'charoen-logistics.co.th')],
}

FREEMAIL = {
 'en': ['gmail.com', 'outlook.com', 'hotmail.com', 'yahoo.com', 'icloud.com', 'aol.com', 'proton.me'],
 'de': ['gmx.de', 'web.de', 't-online.de', 'gmail.com', 'outlook.de'],
 'fr': ['orange.fr', 'free.fr', 'gmail.com', 'hotmail.fr', 'yahoo.fr'],
 'es': ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com'],
 'pt': ['uol.com.br', 'bol.com.br', 'terra.com.br', 'gmail.com', 'hotmail.com'],
 'it': ['libero.it', 'gmail.com', 'hotmail.com'],
 'nl': ['ziggo.nl', 'kpnmail.nl', 'gmail.com', 'hotmail.com'],
 'pl': ['wp.pl', 'o2.pl', 'gmail.com'],
 'tr': ['gmail.com', 'hotmail.com', 'outlook.com'],
 'ru': ['yandex.ru', 'mail.ru', 'gmail.com'],
 'el': ['otenet.gr', 'gmail.com', 'yahoo.com'],
 'ar': ['gmail.com', 'hotmail.com', 'yahoo.com'],
 'he': ['walla.co.il', 'gmail.com'],
 'zh': ['qq.com', '163.com', 'sina.com'],
 'zt': ['gmail.com', 'yahoo.com.tw'],
 'ja': ['yahoo.co.jp', 'gmail.com', 'nifty.com', 'icloud.com'],
 'ko': ['naver.com', 'daum.net', 'hanmail.net', 'gmail.com'],
 'hi': ['gmail.com', 'rediffmail.com', 'yahoo.com'],
 'th': ['gmail.com', 'hotmail.com'],
}

TLD = {'en': ['com', 'net', 'org', 'co.uk', 'us'], 'de': ['de'], 'fr': ['fr'], 'es': ['es'], 'pt': ['com.br', 'pt'],
       'it': ['it'], 'nl': ['nl'], 'pl': ['pl'], 'tr': ['com.tr'], 'ru': ['ru'], 'el': ['gr'], 'ar': ['sa', 'ae'],
       'he': ['co.il'], 'zh': ['cn'], 'zt': ['tw'], 'ja': ['jp'], 'ko': ['kr'], 'hi': ['in'], 'th': ['co.th', 'in.th']}

LANG_TZ = {'en': ['America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Europe/London', 'Australia/Sydney',
                  'America/Toronto', 'Europe/Dublin', 'America/Denver', 'Asia/Singapore'],
           'de': ['Europe/Berlin', 'Europe/Vienna', 'Europe/Zurich'], 'fr': ['Europe/Paris', 'Europe/Brussels'],
           'es': ['Europe/Madrid', 'America/Mexico_City', 'America/Bogota'], 'pt': ['America/Sao_Paulo', 'Europe/Lisbon'],
           'it': ['Europe/Rome'], 'nl': ['Europe/Amsterdam', 'Europe/Brussels'], 'pl': ['Europe/Warsaw'],
           'tr': ['Europe/Istanbul'], 'ru': ['Europe/Moscow'], 'el': ['Europe/Athens'], 'ar': ['Asia/Riyadh', 'Asia/Dubai'],
           'he': ['Asia/Jerusalem'], 'zh': ['Asia/Shanghai', 'Asia/Hong_Kong'], 'zt': ['Asia/Taipei'], 'ja': ['Asia/Tokyo'],
           'ko': ['Asia/Seoul'], 'hi': ['Asia/Kolkata'], 'th': ['Asia/Bangkok']}

CHARSETS = {
 'en': [('utf-8', 5), ('us-ascii', 2), ('iso-8859-1', 2), ('windows-1252', 2)],
 'de': [('utf-8', 4), ('iso-8859-1', 2), ('iso-8859-15', 1), ('windows-1252', 1)],
 'fr': [('utf-8', 4), ('iso-8859-1', 2), ('windows-1252', 2)],
 'es': [('utf-8', 4), ('iso-8859-1', 2), ('windows-1252', 1)],
 'pt': [('utf-8', 4), ('iso-8859-1', 2), ('windows-1252', 1)],
 'it': [('utf-8', 4), ('iso-8859-15', 1), ('windows-1252', 2)],
 'nl': [('utf-8', 4), ('iso-8859-1', 1), ('windows-1252', 2)],
 'pl': [('utf-8', 3), ('iso-8859-2', 2), ('windows-1250', 2)],
 'tr': [('utf-8', 3), ('iso-8859-9', 2), ('windows-1254', 2)],
 'ru': [('utf-8', 3), ('koi8-r', 2), ('windows-1251', 2)],
 'el': [('utf-8', 3), ('iso-8859-7', 2), ('windows-1253', 2)],
 'ar': [('utf-8', 3), ('windows-1256', 2), ('iso-8859-6', 1)],
 'he': [('utf-8', 3), ('windows-1255', 2), ('iso-8859-8', 1)],
 'zh': [('utf-8', 3), ('gb2312', 2), ('gbk', 1), ('gb18030', 1)],
 'zt': [('utf-8', 2), ('big5', 3)],
 'ja': [('utf-8', 3), ('iso-2022-jp', 3), ('shift_jis', 1)],
 'ko': [('utf-8', 3), ('euc-kr', 2), ('ks_c_5601-1987', 1)],
 'hi': [('utf-8', 1)],
 'th': [('utf-8', 3), ('tis-620', 2), ('windows-874', 1)],
}

# city, IATA
CITIES = {
 'en': [('London', 'LHR'), ('New York', 'JFK'), ('Chicago', 'ORD'), ('Dublin', 'DUB'), ('Toronto', 'YYZ'), ('Boston', 'BOS'),
        ('Edinburgh', 'EDI'), ('San Francisco', 'SFO'), ('Denver', 'DEN'), ('Manchester', 'MAN')],
 'de': [('Frankfurt', 'FRA'), ('München', 'MUC'), ('Berlin', 'BER'), ('Hamburg', 'HAM'), ('Köln', 'CGN'), ('Wien', 'VIE')],
 'fr': [('Paris', 'CDG'), ('Lyon', 'LYS'), ('Nice', 'NCE'), ('Marseille', 'MRS'), ('Bordeaux', 'BOD')],
 'es': [('Madrid', 'MAD'), ('Barcelona', 'BCN'), ('Sevilla', 'SVQ'), ('Valencia', 'VLC'), ('Málaga', 'AGP')],
 'pt': [('São Paulo', 'GRU'), ('Rio de Janeiro', 'GIG'), ('Lisboa', 'LIS'), ('Porto', 'OPO'), ('Brasília', 'BSB')],
 'it': [('Roma', 'FCO'), ('Milano', 'MXP'), ('Napoli', 'NAP'), ('Torino', 'TRN'), ('Bologna', 'BLQ'), ('Firenze', 'FLR')],
 'nl': [('Amsterdam', 'AMS'), ('Rotterdam', 'RTM'), ('Eindhoven', 'EIN')],
 'pl': [('Warszawa', 'WAW'), ('Kraków', 'KRK'), ('Gdańsk', 'GDN'), ('Wrocław', 'WRO')],
 'tr': [('İstanbul', 'IST'), ('Ankara', 'ESB'), ('İzmir', 'ADB'), ('Antalya', 'AYT')],
 'ru': [('Москва', 'SVO'), ('Санкт-Петербург', 'LED'), ('Казань', 'KZN'), ('Сочи', 'AER')],
 'el': [('Αθήνα', 'ATH'), ('Θεσσαλονίκη', 'SKG'), ('Ηράκλειο', 'HER'), ('Ρόδος', 'RHO')],
 'ar': [('الرياض', 'RUH'), ('جدة', 'JED'), ('دبي', 'DXB'), ('الدمام', 'DMM')],
 'he': [('תל אביב', 'TLV'), ('אילת', 'ETM')],
 'zh': [('北京', 'PEK'), ('上海', 'PVG'), ('广州', 'CAN'), ('深圳', 'SZX'), ('成都', 'CTU')],
 'zt': [('台北', 'TPE'), ('高雄', 'KHH')],
 'ja': [('東京', 'HND'), ('新大阪', 'ITM'), ('名古屋', 'NGO'), ('京都', 'UKY'), ('博多', 'FUK')],
 'ko': [('서울', 'ICN'), ('부산', 'PUS'), ('제주', 'CJU')],
 'hi': [('दिल्ली', 'DEL'), ('मुंबई', 'BOM'), ('बेंगलुरु', 'BLR')],
 'th': [('กรุงเทพฯ', 'BKK'), ('เชียงใหม่', 'CNX'), ('ภูเก็ต', 'HKT')],
}

AIRLINES = [('Skyline Airways', 'skyline-airways.com', 'SK'), ('NordicWing', 'nordicwing.com', 'NW'),
            ('Aerolínea Solara', 'flysolara.com', 'SL'), ('Pacific Crest Airlines', 'pacificcrestair.com', 'PC'),
            ('EuroJet Express', 'eurojet-express.com', 'EJ'), ('Gulf Meridian', 'gulfmeridian.com', 'GM'),
            ('Sakura Pacific Air', 'sakurapacific-air.com', 'SP'), ('Lotus Asia Airlines', 'lotusasia-air.com', 'LA')]
RAIL = [('FernRail', 'fernrail.de'), ('RailConnect', 'railconnect.eu'), ('たびレール予約', 'tabirail.jp'), ('Treno Veloce', 'trenoveloce.it'),
        ('Northern Line Trains', 'nltrains.co.uk')]
HOTELS = [('Hotel Bellavista', 'hotelbellavista.example'), ('Harbour View Inn', 'harbourviewinn.example'),
          ('Stadthotel am Markt', 'stadthotel-am-markt.example'), ('Riad Zahra', 'riadzahra.example'),
          ('The Linden Suites', 'lindensuites.example')]
BOOKING = [('StayFinder', 'stayfinder.com'), ('RoomNest', 'roomnest.com')]
SCHEDULERS = [('MedTermin', 'medtermin.de'), ('DocPlanner Pro', 'docplannerpro.com'), ('TableNow', 'tablenow.com'),
              ('SalonBook', 'salonbook.io'), ('ClinicTime', 'clinictime.net'), ('ReservaYa', 'reservaya.es')]
VENDORS = [('CloudMetric', 'cloudmetric.io'), ('Datawise', 'datawise.com'), ('SecureLayer', 'securelayer.com'),
           ('Flowbase', 'flowbase.app'), ('InvoiceHub', 'invoicehub.com'), ('Lumen CRM', 'lumencrm.com')]
ATS = [('HireTrack', 'hiretrack.io'), ('TalentLoop', 'talentloop.com'), ('Recruitee-like ATS', 'jobsflow.net')]
LISTHOSTS = ['lists.opencal-project.org', 'lists.riverside-hoa.org', 'lists.pinecrest.edu', 'groups.neighbours-net.org',
             'lists.interop-wg.org', 'lists.univ-bellerive.fr', 'lists.pnad.edu.pl', 'lists.severproekt.ru',
             'lists.opensource-zh.cn', 'lists.alumni-2005.net', 'lists.associazione-colli.it']
