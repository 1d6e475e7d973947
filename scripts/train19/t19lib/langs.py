# -*- coding: utf-8 -*-
"""Per-language material: charsets, names, domains, time zones, client UI words."""

UI_KEYS = ('inv', 'upd', 'can', 'acc', 'dec', 'tent', 'when', 'where', 'org', 'guests', 'join',
           'yes', 'no', 'maybe', 'gfoot')

_UI = {
 'en': 'Invitation|Updated invitation|Canceled event|Accepted|Declined|Tentatively accepted|When|Where|Organizer|Guests|Join|Yes|No|Maybe|Invitation from Google Calendar',
 'de': 'Einladung|Aktualisierte Einladung|Abgesagter Termin|Angenommen|Abgelehnt|Mit Vorbehalt angenommen|Wann|Wo|Organisator|Gäste|Teilnehmen|Ja|Nein|Vielleicht|Einladung von Google Kalender',
 'fr': "Invitation|Invitation mise à jour|Événement annulé|Accepté|Refusé|Accepté provisoirement|Quand|Où|Organisateur|Invités|Rejoindre|Oui|Non|Peut-être|Invitation de Google Agenda",
 'es': 'Invitación|Invitación actualizada|Evento cancelado|Aceptado|Rechazado|Aceptado provisionalmente|Cuándo|Dónde|Organizador|Invitados|Unirse|Sí|No|Quizás|Invitación de Google Calendar',
 'it': 'Invito|Invito aggiornato|Evento annullato|Accettato|Rifiutato|Accettato provvisoriamente|Quando|Dove|Organizzatore|Invitati|Partecipa|Sì|No|Forse|Invito da Google Calendar',
 'pt': 'Convite|Convite atualizado|Evento cancelado|Aceito|Recusado|Aceito provisoriamente|Quando|Onde|Organizador|Convidados|Participar|Sim|Não|Talvez|Convite do Google Agenda',
 'nl': 'Uitnodiging|Bijgewerkte uitnodiging|Geannuleerde afspraak|Geaccepteerd|Afgewezen|Voorlopig geaccepteerd|Wanneer|Waar|Organisator|Gasten|Deelnemen|Ja|Nee|Misschien|Uitnodiging van Google Agenda',
 'pl': 'Zaproszenie|Zaktualizowane zaproszenie|Odwołane wydarzenie|Zaakceptowano|Odrzucono|Wstępnie zaakceptowano|Kiedy|Gdzie|Organizator|Goście|Dołącz|Tak|Nie|Może|Zaproszenie z Kalendarza Google',
 'ru': 'Приглашение|Обновленное приглашение|Мероприятие отменено|Принято|Отклонено|Под вопросом|Когда|Где|Организатор|Гости|Присоединиться|Да|Нет|Возможно|Приглашение из Google Календаря',
 'el': 'Πρόσκληση|Ενημερωμένη πρόσκληση|Ακυρωμένη εκδήλωση|Αποδεκτό|Απορρίφθηκε|Προσωρινά αποδεκτό|Πότε|Πού|Διοργανωτής|Προσκεκλημένοι|Συμμετοχή|Ναι|Όχι|Ίσως|Πρόσκληση από το Ημερολόγιο Google',
 'ar': 'دعوة|دعوة محدّثة|حدث ملغى|مقبول|مرفوض|مقبول مبدئياً|متى|أين|المنظِّم|الضيوف|انضمام|نعم|لا|ربما|دعوة من تقويم Google',
 'he': 'הזמנה|הזמנה מעודכנת|אירוע בוטל|התקבל|נדחה|התקבל באופן זמני|מתי|איפה|מארגן|אורחים|הצטרפות|כן|לא|אולי|הזמנה מיומן Google',
 'zh': '邀请|更新的邀请|已取消的活动|已接受|已拒绝|暂定接受|时间|地点|组织者|邀请对象|加入|是|否|可能|来自 Google 日历的邀请',
 'ja': '招待|招待状の更新|予定のキャンセル|承諾|辞退|仮承諾|日時|場所|主催者|ゲスト|参加|はい|いいえ|未定|Google カレンダーからの招待状',
 'ko': '초대장|업데이트된 초대장|취소된 일정|수락함|거절함|미정으로 수락함|일시|장소|주최자|참석자|참여|예|아니요|미정|Google 캘린더 초대장',
 'hi': 'आमंत्रण|अपडेट किया गया आमंत्रण|रद्द किया गया इवेंट|स्वीकार किया गया|अस्वीकार किया गया|शायद|कब|कहाँ|आयोजक|मेहमान|शामिल हों|हाँ|नहीं|शायद|Google कैलेंडर से आमंत्रण',
 'th': 'คำเชิญ|คำเชิญที่อัปเดต|กิจกรรมที่ยกเลิก|ตอบรับแล้ว|ปฏิเสธแล้ว|ตอบรับแบบไม่แน่นอน|เมื่อใด|ที่ไหน|ผู้จัด|ผู้เข้าร่วม|เข้าร่วม|ใช่|ไม่|อาจจะ|คำเชิญจาก Google ปฏิทิน',
 'tr': 'Davet|Güncellenmiş davet|İptal edilen etkinlik|Kabul edildi|Reddedildi|Belki|Ne zaman|Nerede|Düzenleyen|Davetliler|Katıl|Evet|Hayır|Belki|Google Takvim daveti',
 'vi': 'Lời mời|Lời mời đã cập nhật|Sự kiện đã hủy|Đã chấp nhận|Đã từ chối|Có thể|Thời gian|Địa điểm|Người tổ chức|Khách|Tham gia|Có|Không|Có thể|Lời mời từ Lịch Google',
}
UI = {k: dict(zip(UI_KEYS, v.split('|'))) for k, v in _UI.items()}

LANG_TAG = {'en': 'en-US', 'de': 'de-DE', 'fr': 'fr-FR', 'es': 'es-ES', 'it': 'it-IT', 'pt': 'pt-BR',
            'nl': 'nl-NL', 'pl': 'pl-PL', 'ru': 'ru-RU', 'el': 'el-GR', 'ar': 'ar-SA', 'he': 'he-IL',
            'zh': 'zh-CN', 'ja': 'ja-JP', 'ko': 'ko-KR', 'hi': 'hi-IN', 'th': 'th-TH', 'tr': 'tr-TR',
            'vi': 'vi-VN'}

NAME = {'en': 'English', 'de': 'German', 'fr': 'French', 'es': 'Spanish', 'it': 'Italian',
        'pt': 'Portuguese', 'nl': 'Dutch', 'pl': 'Polish', 'ru': 'Russian', 'el': 'Greek',
        'ar': 'Arabic', 'he': 'Hebrew', 'zh': 'Chinese', 'ja': 'Japanese', 'ko': 'Korean',
        'hi': 'Hindi', 'th': 'Thai', 'tr': 'Turkish', 'vi': 'Vietnamese'}

# legacy charsets a non-Unicode client would pick
LEGACY = {
    'en': ['us-ascii', 'iso-8859-1', 'windows-1252'],
    'de': ['iso-8859-1', 'iso-8859-15', 'windows-1252'],
    'fr': ['iso-8859-1', 'iso-8859-15', 'windows-1252'],
    'es': ['iso-8859-1', 'windows-1252'],
    'it': ['iso-8859-1', 'iso-8859-15', 'windows-1252'],
    'pt': ['iso-8859-1', 'windows-1252'],
    'nl': ['iso-8859-1', 'windows-1252'],
    'pl': ['iso-8859-2', 'windows-1250'],
    'ru': ['koi8-r', 'windows-1251'],
    'el': ['iso-8859-7', 'windows-1253'],
    'ar': ['windows-1256', 'iso-8859-6'],
    'he': ['windows-1255', 'iso-8859-8-i'],
    'zh': ['gb2312', 'gbk', 'gb18030'],
    'zht': ['big5'],
    'ja': ['iso-2022-jp', 'shift_jis'],
    'ko': ['euc-kr', 'ks_c_5601-1987'],
    'hi': ['utf-8'],
    'th': ['tis-620', 'windows-874'],
    'tr': ['iso-8859-9', 'windows-1254'],
    'vi': ['utf-8'],
}

TZS = {
    'en': ['America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Europe/London',
           'America/Denver', 'Australia/Sydney', 'America/Toronto', 'Europe/Dublin', 'Asia/Singapore'],
    'de': ['Europe/Berlin', 'Europe/Berlin', 'Europe/Zurich'],
    'fr': ['Europe/Paris', 'Europe/Paris', 'Europe/Brussels'],
    'es': ['Europe/Madrid', 'America/Mexico_City', 'America/Bogota'],
    'it': ['Europe/Rome'], 'pt': ['America/Sao_Paulo', 'Europe/Lisbon'],
    'nl': ['Europe/Amsterdam', 'Europe/Brussels'], 'pl': ['Europe/Warsaw'],
    'ru': ['Europe/Moscow'], 'el': ['Europe/Athens'],
    'ar': ['Asia/Riyadh', 'Asia/Dubai', 'Africa/Cairo'], 'he': ['Asia/Jerusalem'],
    'zh': ['Asia/Shanghai', 'Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei'], 'ja': ['Asia/Tokyo'],
    'ko': ['Asia/Seoul'], 'hi': ['Asia/Kolkata'], 'th': ['Asia/Bangkok'],
    'tr': ['Europe/Istanbul'], 'vi': ['Asia/Ho_Chi_Minh'],
}

# "Native|roman" first names and last names
_NAMES = {
 'en': ('James|Mary|Robert|Linda|Michael|Karen|David|Susan|Daniel|Emily|Olivia|Ethan|Grace|Liam|Hannah|Marcus|Priya|Kevin|Rachel|Tom',
        'Smith|Johnson|Walker|Bennett|Carter|Hughes|Morgan|Reed|Foster|Patel|Nguyen|Collins|Price|Fletcher|Dawson|Harper|Sullivan|Brooks|Kim|Ortega'),
 'de': ('Jürgen|juergen,Sabine|Thomas|Katrin|Stefan|Anja|Matthias|Julia|Lukas|Birgit|Jörg|joerg,Monika',
        'Müller|mueller,Schneider|Fischer|Weber|Becker|Hoffmann|Schäfer|schaefer,Koch|Wagner|Krüger|krueger,Lehmann|Vogel'),
 'fr': ('Élodie|elodie,Nicolas|Camille|Julien|Céline|celine,Mathieu|Sophie|Antoine|Margaux|François|francois',
        'Martin|Bernard|Dubois|Lefèvre|lefevre,Moreau|Laurent|Girard|Roux|Fontaine|Chevalier'),
 'es': ('Lucía|lucia,Javier|Carmen|Alejandro|Marta|Sergio|Isabel|Pablo|Nuria|Andrés|andres',
        'García|garcia,Fernández|fernandez,López|lopez,Martínez|martinez,Sánchez|sanchez,Romero|Navarro|Ortiz|Ruiz|Delgado'),
 'it': ('Giulia|Marco|Francesca|Luca|Chiara|Alessandro|Paola|Davide|Elena|Matteo',
        'Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco'),
 'pt': ('João|joao,Ana|Pedro|Beatriz|Rafael|Mariana|Tiago|Fernanda|Lucas|Camila',
        'Silva|Santos|Oliveira|Souza|Pereira|Costa|Rodrigues|Almeida|Carvalho|Ferreira'),
 'nl': ('Sanne|Daan|Femke|Bram|Lotte|Joost|Marieke|Pieter|Eva|Ruben',
        'de Vries|devries,Jansen|van Dijk|vandijk,Bakker|Visser|Smit|Meijer|de Boer|deboer,Mulder|Bos'),
 'pl': ('Katarzyna|Piotr|Agnieszka|Tomasz|Magdalena|Paweł|pawel,Joanna|Krzysztof|Ewa|Łukasz|lukasz',
        'Nowak|Kowalski|Wiśniewski|wisniewski,Wójcik|wojcik,Kamiński|kaminski,Lewandowski|Zieliński|zielinski,Szymański|szymanski,Dąbrowski|dabrowski,Kozłowski|kozlowski'),
 'ru': ('Алексей|aleksey,Ольга|olga,Дмитрий|dmitry,Наталья|natalya,Сергей|sergey,Екатерина|ekaterina,Андрей|andrey,Татьяна|tatiana,Игорь|igor,Марина|marina',
        'Иванов|ivanov,Смирнов|smirnov,Кузнецов|kuznetsov,Попов|popov,Волков|volkov,Соколов|sokolov,Лебедев|lebedev,Козлов|kozlov,Новиков|novikov,Морозов|morozov'),
 'el': ('Γιώργος|giorgos,Μαρία|maria,Νίκος|nikos,Ελένη|eleni,Κώστας|kostas,Κατερίνα|katerina,Δημήτρης|dimitris,Σοφία|sofia',
        'Παπαδόπουλος|papadopoulos,Οικονόμου|oikonomou,Γεωργίου|georgiou,Νικολάου|nikolaou,Αντωνίου|antoniou,Καραγιάννης|karagiannis,Βασιλείου|vasileiou'),
 'ar': ('محمد|mohammed,فاطمة|fatima,أحمد|ahmed,نورة|noura,خالد|khaled,ليلى|layla,عمر|omar,سارة|sara,يوسف|youssef,ريم|reem',
        'العتيبي|alotaibi,الحربي|alharbi,حسن|hassan,المصري|elmasry,الشمري|alshammari,القحطاني|alqahtani,منصور|mansour,الزهراني|alzahrani'),
 'he': ('יוסי|yossi,מיכל|michal,אבי|avi,נועה|noa,דני|dani,שירה|shira,איתי|itai,רותם|rotem',
        'כהן|cohen,לוי|levi,מזרחי|mizrahi,פרץ|peretz,ביטון|biton,אברהם|avraham,פרידמן|friedman,שפירא|shapira'),
 'zh': ('伟|wei,芳|fang,强|qiang,丽|li,军|jun,敏|min,磊|lei,静|jing,涛|tao,婷|ting',
        '王|wang,李|li,张|zhang,刘|liu,陈|chen,杨|yang,赵|zhao,黄|huang,周|zhou,吴|wu'),
 'ja': ('翔太|shota,美咲|misaki,大輔|daisuke,由美|yumi,健一|kenichi,彩|aya,拓也|takuya,恵|megumi',
        '佐藤|sato,鈴木|suzuki,高橋|takahashi,田中|tanaka,伊藤|ito,渡辺|watanabe,山本|yamamoto,中村|nakamura'),
 'ko': ('민준|minjun,서연|seoyeon,지훈|jihoon,수빈|subin,현우|hyunwoo,지은|jieun,동현|donghyun,하은|haeun',
        '김|kim,이|lee,박|park,최|choi,정|jung,강|kang,조|cho,윤|yoon'),
 'hi': ('राहुल|rahul,प्रिया|priya,अमित|amit,नेहा|neha,विकास|vikas,पूजा|pooja,संजय|sanjay,अंजलि|anjali',
        'शर्मा|sharma,वर्मा|verma,गुप्ता|gupta,सिंह|singh,पटेल|patel,अग्रवाल|agarwal,मेहता|mehta,जोशी|joshi'),
 'th': ('สมชาย|somchai,สุดา|suda,ประยุทธ์|prayut,วรรณา|wanna,ธนพล|thanapon,กมลวรรณ|kamonwan,อนุชา|anucha,ศิริพร|siriporn',
        'สุขสวัสดิ์|suksawat,ศรีสุข|srisuk,วงศ์ใหญ่|wongyai,แก้วมณี|kaewmanee,ทองดี|thongdee,บุญมา|boonma,จันทร์เพ็ญ|chanpen'),
 'tr': ('Mehmet|Ayşe|ayse,Mustafa|Fatma|Emre|Zeynep|Burak|Elif|Murat|Selin',
        'Yılmaz|yilmaz,Kaya|Demir|Şahin|sahin,Çelik|celik,Öztürk|ozturk,Aydın|aydin,Arslan|Doğan|dogan,Koç|koc'),
 'vi': ('Minh|Lan|Hùng|hung,Thảo|thao,Tuấn|tuan,Hương|huong,Dũng|dung,Linh|Quang|Trang',
        'Nguyễn|nguyen,Trần|tran,Lê|le,Phạm|pham,Hoàng|hoang,Vũ|vu,Đặng|dang,Bùi|bui'),
}


def _parse(s):
    """Tokens separated by ',' or '|'; a lower-case ASCII token after a name is its romanisation."""
    toks = [t for part in s.split(',') for t in part.split('|')]
    res, i = [], 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and nxt.isascii() and nxt == nxt.lower():
            res.append((t, nxt))
            i += 2
        else:
            res.append((t, t.lower().replace(' ', '')))
            i += 1
    return res


NAMES = {k: (_parse(f), _parse(l)) for k, (f, l) in _NAMES.items()}

# family name first in display
FAMILY_FIRST = {'zh', 'ja', 'ko'}

FREEMAIL = {
    'en': ['gmail.com', 'outlook.com', 'hotmail.com', 'yahoo.com', 'icloud.com', 'aol.com', 'proton.me'],
    'de': ['gmx.de', 'web.de', 't-online.de', 'gmail.com', 'posteo.de'],
    'fr': ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com', 'sfr.fr'],
    'es': ['gmail.com', 'hotmail.es', 'yahoo.es', 'outlook.es'],
    'it': ['libero.it', 'virgilio.it', 'gmail.com', 'alice.it'],
    'pt': ['gmail.com', 'sapo.pt', 'uol.com.br', 'bol.com.br'],
    'nl': ['ziggo.nl', 'kpnmail.nl', 'gmail.com', 'hotmail.nl'],
    'pl': ['wp.pl', 'onet.pl', 'o2.pl', 'interia.pl', 'gmail.com'],
    'ru': ['mail.ru', 'yandex.ru', 'rambler.ru', 'bk.ru', 'gmail.com'],
    'el': ['gmail.com', 'yahoo.gr', 'otenet.gr', 'hotmail.gr'],
    'ar': ['gmail.com', 'hotmail.com', 'yahoo.com', 'outlook.sa'],
    'he': ['gmail.com', 'walla.co.il', 'hotmail.co.il'],
    'zh': ['qq.com', '163.com', '126.com', 'sina.com', 'gmail.com'],
    'ja': ['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp', 'icloud.com'],
    'ko': ['naver.com', 'daum.net', 'hanmail.net', 'gmail.com'],
    'hi': ['gmail.com', 'rediffmail.com', 'yahoo.co.in'],
    'th': ['gmail.com', 'hotmail.com', 'yahoo.co.th'],
    'tr': ['gmail.com', 'hotmail.com', 'yandex.com.tr'],
    'vi': ['gmail.com', 'yahoo.com.vn'],
}

# plausible-fictional organisations per language: (display name, domain)
ORGS = {
 'en': [('Harbourline Logistics', 'harbourline-logistics.example'), ('Cobalt Ridge Software', 'cobaltridge.io'),
        ('Marlow & Finch LLP', 'marlowfinch-law.example'), ('Tallgrass Health Partners', 'tallgrasshealth.org'),
        ('Northgate Dental Group', 'northgatedental.example'), ('Quillon Analytics', 'quillon-analytics.com'),
        ('Brightwater Engineering', 'brightwater-eng.example'), ('Pemberton Foods', 'pembertonfoods.test'),
        ('Redfern Capital', 'redferncap.example'), ('Oakhurst School District', 'oakhurst-sd.example.org'),
        ('Silverpine Media', 'silverpinemedia.example'), ('Kestrel Aerostructures', 'kestrel-aero.test')],
 'de': [('Nordhafen Logistik GmbH', 'nordhafen-logistik.example'), ('Bergmann & Söhne KG', 'bergmann-soehne.test'),
        ('Praxis Dr. Albrecht', 'praxis-albrecht.example'), ('Stadtwerke Lindenau', 'sw-lindenau.example'),
        ('Kessler Maschinenbau AG', 'kessler-mb.example'), ('Hanse Treuhand', 'hanse-treuhand.test')],
 'fr': [('Cabinet Moreau & Associés', 'cabinet-moreau.example'), ('Transports Vidal', 'transports-vidal.test'),
        ('Atelier Lumière', 'atelier-lumiere.example'), ('Mairie de Saint-Aubin', 'saint-aubin-mairie.example'),
        ('Groupe Clairval', 'clairval.example')],
 'es': [('Construcciones Rivas', 'construcciones-rivas.example'), ('Clínica Santa Lucía', 'clinicasantalucia.test'),
        ('Grupo Almendro', 'grupoalmendro.example'), ('Ayuntamiento de Villanueva', 'villanueva-ayto.example')],
 'it': [('Studio Bianchi Commercialisti', 'studiobianchi.example'), ('Officine Lombarde', 'officine-lombarde.test'),
        ('Farmacia Centrale', 'farmaciacentrale.example'), ('Cantina Valfosca', 'valfosca.example')],
 'pt': [('Transportadora Serra Azul', 'serraazul-log.example'), ('Clínica Vida Plena', 'vidaplena.test'),
        ('Grupo Atlântico', 'grupoatlantico.example'), ('Escola Nova Aurora', 'novaaurora.example')],
 'nl': [('Van der Berg Installatietechniek', 'vdberg-installatie.example'), ('Huisartsenpraktijk De Linde', 'hadelinde.test'),
        ('Gemeente Oosterveld', 'oosterveld.example'), ('Kanaal Logistiek', 'kanaallogistiek.example')],
 'pl': [('Przychodnia Zdrowie Plus', 'zdrowieplus.example'), ('Budomex Sp. z o.o.', 'budomex.test'),
        ('Kancelaria Nowak', 'kancelaria-nowak.example'), ('Polmet Logistyka', 'polmet.example')],
 'ru': [('ООО «Северный Альянс»', 'sevalliance.example'), ('ТехноСфера', 'technosfera.test'),
        ('Клиника «Здоровье»', 'zdorovie-clinic.example'), ('Гимназия №14', 'gym14.example')],
 'el': [('Αιγαίο Ναυτιλιακή', 'aegeo-shipping.example'), ('Ιατρείο Παπαδόπουλου', 'iatreio-pap.test'),
        ('Ελληνικές Κατασκευές', 'ellkat.example')],
 'ar': [('شركة الأفق للتجارة', 'alufuq-trading.example'), ('مستشفى النخيل', 'alnakheel-hosp.test'),
        ('مجموعة الريان', 'alrayyan-group.example')],
 'he': [('מרכז רפואי השרון', 'hasharon-med.example'), ('טכנולוגיות גליל', 'galil-tech.test'),
        ('עיריית רמת אלון', 'ramat-alon.example')],
 'zh': [('华信科技有限公司', 'huaxin-tech.example'), ('东方物流', 'dongfang-wl.test'), ('明德学校', 'mingde-school.example'),
        ('瑞和贸易', 'ruihe-trade.example')],
 'ja': [('株式会社さくらシステム', 'sakura-sys.example'), ('みなと物流', 'minato-butsuryu.test'),
        ('青葉クリニック', 'aoba-clinic.example'), ('東都商事', 'toto-shoji.example')],
 'ko': [('한빛소프트', 'hanbit-soft.example'), ('서울메디컬센터', 'seoulmed.test'), ('대한물류', 'daehan-logis.example')],
 'hi': [('श्री गणेश ट्रेडर्स', 'ganeshtraders.example'), ('नवभारत सॉफ्टवेयर', 'navbharat-soft.test'),
        ('आरोग्य क्लिनिक', 'arogya-clinic.example')],
 'th': [('บริษัท สยามเทค จำกัด', 'siamtech.example'), ('โรงพยาบาลสุขใจ', 'sukjai-hospital.test'),
        ('โรงแรมริมน้ำ', 'rimnam-hotel.example')],
 'tr': [('Anadolu Lojistik A.Ş.', 'anadolu-lojistik.example'), ('Ege Yazılım', 'egeyazilim.test'),
        ('Özel Sağlık Polikliniği', 'saglikpoliklinik.example')],
 'vi': [('Công ty TNHH Sao Việt', 'saoviet.example'), ('Phòng khám An Bình', 'anbinh-clinic.test'),
        ('Trường Tiểu học Hoa Sen', 'hoasen-school.example')],
}

# domains hosted on the receiving MX (mx.example.net)
RCPT_DOMAINS = {
 'en': ['example.net', 'example.org', 'example.com', 'larkspur-design.example', 'greenfieldcpa.example',
        'ashworth-eng.test', 'mapleton.example.net', 'riverbend-clinic.example', 'halcyonlabs.test',
        'tidewater-law.example', 'corbett-family.example', 'stoneleigh.example.org'],
 'de': ['example.net', 'weidenhof-gmbh.example', 'familie-brandt.example', 'kanzlei-roth.test'],
 'fr': ['example.net', 'domaine-lacroix.example', 'cabinet-perrin.test'],
 'es': ['example.org', 'talleres-ibarra.example', 'estudio-mora.test'],
 'it': ['example.net', 'bottega-rinaldi.example', 'studio-conti.test'],
 'pt': ['example.org', 'ferraz-advogados.example', 'padaria-lima.test'],
 'nl': ['example.net', 'bakkerij-hendriks.example', 'vos-advies.test'],
 'pl': ['example.net', 'pracownia-wolski.example', 'biuro-krawczyk.test'],
 'ru': ['example.net', 'stroy-kompleks.example', 'mir-knig.test'],
 'el': ['example.org', 'kafeneio-dimos.example', 'logistiki-ellas.test'],
 'ar': ['example.net', 'alwaha-est.example', 'noor-consult.test'],
 'he': ['example.org', 'sadna-tech.example', 'misrad-golan.test'],
 'zh': ['example.net', 'jinhua-tech.example', 'lanting.test'],
 'ja': ['example.jp', 'kobayashi-seisakusho.example', 'hikari-design.test'],
 'ko': ['example.net', 'nuri-design.example', 'bada-trading.test'],
 'hi': ['example.in', 'sharma-associates.example', 'kaveri-exports.test'],
 'th': ['example.net', 'baan-suan.example', 'chiangmai-craft.test'],
 'tr': ['example.net', 'yildiz-tekstil.example', 'bosphorus-cafe.test'],
 'vi': ['example.net', 'hanoi-coffee.example', 'mekong-export.test'],
}
