# -*- coding: utf-8 -*-
"""People, organisations, mail providers, charsets and client boilerplate per language."""

LANGS = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'pl', 'tr', 'ru', 'el', 'ar', 'he', 'zh', 'ja', 'ko', 'hi', 'th']

LANG_NAMES = {'en': 'English', 'fr': 'French', 'de': 'German', 'es': 'Spanish', 'it': 'Italian', 'pt': 'Portuguese',
              'nl': 'Dutch', 'pl': 'Polish', 'tr': 'Turkish', 'ru': 'Russian', 'el': 'Greek', 'ar': 'Arabic',
              'he': 'Hebrew', 'zh': 'Chinese', 'ja': 'Japanese', 'ko': 'Korean', 'hi': 'Hindi', 'th': 'Thai'}

LOCALE = {'en': 'en-US', 'fr': 'fr-FR', 'de': 'de-DE', 'es': 'es-ES', 'it': 'it-IT', 'pt': 'pt-BR', 'nl': 'nl-NL',
          'pl': 'pl-PL', 'tr': 'tr-TR', 'ru': 'ru-RU', 'el': 'el-GR', 'ar': 'ar-SA', 'he': 'he-IL', 'zh': 'zh-CN',
          'ja': 'ja-JP', 'ko': 'ko-KR', 'hi': 'hi-IN', 'th': 'th-TH'}

# "Display|local-part" (local part romanised for non-Latin scripts)
PEOPLE = {
    'en': ['James Whitaker', 'Olivia Brennan', 'Priya Raman', 'Marcus Doyle', 'Hannah Lindqvist', 'Daniel Okafor',
           'Grace Fletcher', 'Tom Harper', 'Aisha Carter', 'Ryan Sullivan', 'Laura Chen', 'Ben Morales',
           'Chloe Nguyen', 'Ethan Reyes', 'Megan Holloway', 'Sam Patel', 'Nora Kessler', 'Victor Alvarez',
           'Rachel Goodwin', 'Kevin Ashby', 'Diane Mercer', 'Owen Pritchard', 'Fiona MacLeod', 'Greg Lawson'],
    'fr': ['Camille Lefèvre', 'Julien Moreau', 'Élodie Girard', 'Mathieu Dubois', 'Sophie Rousseau',
           'Nicolas Fontaine', 'Léa Mercier', 'Antoine Chevalier', 'Hélène Barbier', 'François Lemaire'],
    'de': ['Lukas Schneider', 'Anna Becker', 'Jürgen Hoffmann', 'Katrin Wagner', 'Felix Köhler', 'Sabine Bauer',
           'Tobias Schäfer', 'Miriam Krüger', 'Stefan Weiß', 'Ute Vogel'],
    'es': ['Lucía García', 'Javier Fernández', 'Carmen López', 'Diego Martínez', 'Marta Ruiz', 'Pablo Navarro',
           'Elena Ortega', 'Sergio Serrano', 'Nuria Castillo', 'Andrés Peña'],
    'it': ['Giulia Rossi', 'Marco Bianchi', 'Chiara Romano', 'Luca Colombo', 'Francesca Ricci', 'Matteo Marino',
           'Alessia Greco', 'Davide Conti', 'Simona Galli', 'Paolo De Luca'],
    'pt': ['Ana Silva', 'João Souza', 'Beatriz Oliveira', 'Rafael Pereira', 'Mariana Costa', 'Thiago Almeida',
           'Camila Ribeiro', 'Pedro Carvalho', 'Luísa Gonçalves', 'Rodrigo Martins'],
    'nl': ['Daan de Vries', 'Sanne Jansen', 'Joost Bakker', 'Femke Visser', 'Bram Smit', 'Lotte Meijer',
           'Pieter de Boer', 'Eva Mulder', 'Ruud van Dijk', 'Ilse Hendriks'],
    'pl': ['Katarzyna Nowak', 'Piotr Kowalski', 'Agnieszka Wiśniewska', 'Tomasz Wójcik', 'Magdalena Kamińska',
           'Paweł Lewandowski', 'Joanna Zielińska', 'Michał Szymański', 'Ewa Dąbrowska', 'Łukasz Mazur'],
    'tr': ['Ayşe Yılmaz', 'Mehmet Kaya', 'Elif Demir', 'Burak Şahin', 'Zeynep Çelik', 'Emre Aydın',
           'Selin Öztürk', 'Murat Arslan', 'Gökhan Koç', 'Deniz Polat'],
    'ru': ['Анна Смирнова|anna.smirnova', 'Дмитрий Кузнецов|d.kuznetsov', 'Ольга Попова|olga.popova',
           'Сергей Волков|s.volkov', 'Елена Соколова|e.sokolova', 'Алексей Морозов|alexey.morozov',
           'Наталья Лебедева|n.lebedeva', 'Игорь Новиков|igor.novikov', 'Марина Егорова|m.egorova',
           'Павел Орлов|pavel.orlov'],
    'el': ['Γιώργος Παπαδόπουλος|g.papadopoulos', 'Μαρία Κωνσταντίνου|maria.konstantinou',
           'Νίκος Αντωνίου|nikos.antoniou', 'Ελένη Γεωργίου|eleni.georgiou', 'Δημήτρης Βασιλείου|d.vasileiou',
           'Κατερίνα Οικονόμου|k.oikonomou', 'Σοφία Μιχαηλίδου|sofia.michailidou',
           'Ανδρέας Καραγιάννης|a.karagiannis'],
    'ar': ['محمد العتيبي|m.alotaibi', 'فاطمة الزهراني|fatima.alzahrani', 'أحمد منصور|ahmed.mansour',
           'ليلى حداد|layla.haddad', 'خالد السبيعي|khaled.alsubaie', 'نور سالم|nour.salem',
           'يوسف القحطاني|yousef.alqahtani', 'سارة الشمري|sara.alshammari'],
    'he': ['יוסי כהן|yossi.cohen', 'מיכל לוי|michal.levi', 'אבי מזרחי|avi.mizrahi', 'נועה פרידמן|noa.friedman',
           'דני אברהם|dani.avraham', 'שירה ביטון|shira.biton', 'עומר שפירא|omer.shapira', 'תמר גולן|tamar.golan'],
    'zh': ['王伟|wang.wei', '李娜|li.na', '张敏|zhang.min', '刘洋|liu.yang', '陈静|chen.jing', '杨帆|yang.fan',
           '赵磊|zhao.lei', '黄丽|huang.li', '周涛|zhou.tao', '吴霞|wu.xia'],
    'ja': ['佐藤 健|ken.sato', '鈴木 美咲|misaki.suzuki', '高橋 大輔|d.takahashi', '田中 由美|yumi.tanaka',
           '渡辺 翔|sho.watanabe', '伊藤 さくら|sakura.ito', '山本 直樹|naoki.yamamoto', '中村 彩|aya.nakamura'],
    'ko': ['김민준|minjun.kim', '이서연|seoyeon.lee', '박지훈|jihoon.park', '최수빈|subin.choi', '정우진|woojin.jung',
           '강하은|haeun.kang', '조현우|hyunwoo.cho', '윤지아|jia.yoon'],
    'hi': ['राहुल शर्मा|rahul.sharma', 'प्रिया वर्मा|priya.verma', 'अमित गुप्ता|amit.gupta', 'नेहा सिंह|neha.singh',
           'विकास यादव|vikas.yadav', 'अंजलि मेहता|anjali.mehta', 'संजय कुमार|sanjay.kumar',
           'पूजा अग्रवाल|pooja.agarwal'],
    'th': ['สมชาย ใจดี|somchai.j', 'สุภาพร ศรีสุข|supaporn.s', 'ธนพล วงศ์ไทย|thanapol.w', 'กาญจนา ทองดี|kanjana.t',
           'วิชัย บุญมา|wichai.b', 'ปิยะนุช แก้วมณี|piyanuch.k', 'อนุชา สุขสวัสดิ์|anucha.s',
           'นภัสสร รัตนพงษ์|napatsorn.r'],
}

# (organisation display name, domain)
ORGS = {
    'en': [('Harlow Group', 'harlowgroup.com'), ('Brightline Logistics', 'brightlinelogistics.com'),
           ('Cedarfield Health', 'cedarfieldhealth.org'), ('Northpeak Analytics', 'northpeak-analytics.com'),
           ('Quill & Compass', 'quillandcompass.co.uk'), ('Tallowmere', 'tallowmere.io'),
           ('Redfern Labs', 'redfernlabs.com'), ('Ashgrove Consulting', 'ashgrove-consulting.com'),
           ('Lakeshore Credit Union', 'lakeshorecu.org'), ('Stonebridge Legal', 'stonebridge-legal.co.uk'),
           ('Veridian Freight', 'veridian-freight.com'), ('Marlow & Finch', 'marlowfinch.com'),
           ('Oakhurst County Council', 'oakhurst.gov.example'), ('Penrose University', 'penrose.ac.example'),
           ('Kestrel Dynamics', 'kestreldynamics.com'), ('Bluewater Dental Partners', 'bluewaterdental.net')],
    'fr': [('Atelier Mirabeau', 'atelier-mirabeau.fr'), ('Groupe Valcourt', 'groupe-valcourt.fr'),
           ('Cabinet Lenoir', 'cabinet-lenoir.fr'), ('Transports Garonne', 'transports-garonne.fr'),
           ('Mairie de Saint-Aubin', 'mairie-saint-aubin.fr')],
    'de': [('Stadtwerke Lindau', 'stadtwerke-lindau.de'), ('Müller Kunststofftechnik', 'mueller-kunststofftechnik.de'),
           ('Kanzlei Brandt', 'kanzlei-brandt.de'), ('Nordholz Logistik', 'nordholz-logistik.de'),
           ('Hochschule Rheintal', 'hs-rheintal.de')],
    'es': [('Construcciones Iberia', 'construcciones-iberia.es'), ('Grupo Alcora', 'grupo-alcora.es'),
           ('Talleres Méndez', 'talleres-mendez.es'), ('Universidad del Turia', 'uturia.es')],
    'it': [('Studio Bonetti', 'studio-bonetti.it'), ('Ferramenta Lombarda', 'ferramenta-lombarda.it'),
           ('Consorzio Vallebruna', 'consorzio-vallebruna.it'), ('Ottica Moretti', 'ottica-moretti.it')],
    'pt': [('AgroVerde', 'agroverde.com.br'), ('Construtora Atlântico', 'construtora-atlantico.com.br'),
           ('Escritório Ramos', 'escritorio-ramos.pt'), ('Grupo Paineira', 'grupopaineira.com.br')],
    'nl': [('Van der Berg Installatie', 'vanderberg-installatie.nl'), ('Groenhof Advies', 'groenhof-advies.nl'),
           ('Gemeente Ooststad', 'ooststad.nl'), ('Dijkstra Logistiek', 'dijkstra-logistiek.nl')],
    'pl': [('Kowalczyk Transport', 'kowalczyk-transport.pl'), ('Biuro Rachunkowe Lipa', 'br-lipa.pl'),
           ('Wisła Software', 'wisla-software.pl'), ('Politechnika Nadodrzańska', 'pnad.edu.pl')],
    'tr': [('Anadolu Lojistik', 'anadolu-lojistik.com.tr'), ('Ege Tekstil', 'egetekstil.com.tr'),
           ('Boğaziçi Yazılım', 'bogazici-yazilim.com.tr')],
    'ru': [('Волга Трейд', 'volga-trade.ru'), ('СеверСтройГрупп', 'severstroy-group.ru'),
           ('Уралкомплекс', 'uralkompleks.ru')],
    'el': [('Aegean Shipping', 'aegean-shipping.gr'), ('Κρητικά Φαρμακεία', 'kritiki-farmakeia.gr'),
           ('Thessaloniki Tech', 'thessaloniki-tech.gr')],
    'ar': [('Gulf Horizon', 'gulf-horizon.ae'), ('Najd Contracting', 'najd-contracting.sa'),
           ('Nile Medical', 'nile-medical.com.eg')],
    'he': [('Galil Systems', 'galil-systems.co.il'), ('Carmel Legal', 'carmel-legal.co.il'),
           ('Negev Solar', 'negev-solar.co.il')],
    'zh': [('华信科技', 'huaxin-tech.cn'), ('金龙贸易', 'jinlong-trading.com.cn'), ('珠江制造', 'pearlriver-mfg.com')],
    'ja': [('神戸精機', 'kobe-seiki.co.jp'), ('朝日商事', 'asahi-shoji.co.jp'), ('中村デザイン', 'nakamura-design.jp')],
    'ko': [('한빛소프트', 'hanbit-soft.co.kr'), ('대양로지스', 'daeyang-logis.co.kr'), ('서울메디', 'seoul-medi.kr')],
    'hi': [('Sharma Textiles', 'sharma-textiles.in'), ('Gangotri Infotech', 'gangotri-infotech.co.in'),
           ('Pune Precision', 'pune-precision.in')],
    'th': [('Siam Packaging', 'siam-packaging.co.th'), ('Chao Phraya Trading', 'chaophraya-trading.co.th'),
           ('Lanna Resort', 'lanna-resort.co.th')],
}

# free-mail providers people in each language use with SMTP clients (Thunderbird, Apple Mail, scripts)
FREEMAIL = {
    'en': ['gmail.com', 'outlook.com', 'hotmail.com', 'yahoo.com', 'icloud.com', 'aol.com', 'proton.me', 'fastmail.com'],
    'fr': ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com', 'sfr.fr'],
    'de': ['gmx.de', 'web.de', 't-online.de', 'posteo.de', 'gmail.com'],
    'es': ['gmail.com', 'hotmail.es', 'yahoo.es', 'telefonica.net'],
    'it': ['libero.it', 'virgilio.it', 'tiscali.it', 'gmail.com'],
    'pt': ['uol.com.br', 'bol.com.br', 'sapo.pt', 'gmail.com'],
    'nl': ['ziggo.nl', 'kpnmail.nl', 'hotmail.nl', 'gmail.com'],
    'pl': ['wp.pl', 'onet.pl', 'interia.pl', 'o2.pl'],
    'tr': ['gmail.com', 'hotmail.com', 'yandex.com'],
    'ru': ['mail.ru', 'yandex.ru', 'rambler.ru', 'bk.ru'],
    'el': ['yahoo.gr', 'otenet.gr', 'gmail.com'],
    'ar': ['gmail.com', 'hotmail.com', 'yahoo.com'],
    'he': ['walla.co.il', 'gmail.com', 'bezeqint.net'],
    'zh': ['qq.com', '163.com', '126.com', 'sina.com'],
    'ja': ['yahoo.co.jp', 'nifty.com', 'gmail.com', 'ocn.ne.jp'],
    'ko': ['naver.com', 'daum.net', 'hanmail.net'],
    'hi': ['rediffmail.com', 'gmail.com', 'yahoo.co.in'],
    'th': ['hotmail.com', 'gmail.com', 'yahoo.com'],
}

# preferred body charsets (first is most common); utf-8 is always a fallback
CHARSETS = {
    'en': ['utf-8', 'utf-8', 'us-ascii', 'iso-8859-1', 'windows-1252'],
    'fr': ['utf-8', 'iso-8859-1', 'iso-8859-15', 'windows-1252'],
    'de': ['utf-8', 'iso-8859-1', 'iso-8859-15', 'windows-1252'],
    'es': ['utf-8', 'iso-8859-1', 'windows-1252'],
    'it': ['utf-8', 'iso-8859-1', 'iso-8859-15', 'windows-1252'],
    'pt': ['utf-8', 'iso-8859-1', 'windows-1252'],
    'nl': ['utf-8', 'iso-8859-1', 'windows-1252'],
    'pl': ['utf-8', 'iso-8859-2', 'windows-1250'],
    'tr': ['utf-8', 'iso-8859-9', 'windows-1254'],
    'ru': ['koi8-r', 'windows-1251', 'utf-8'],
    'el': ['utf-8', 'iso-8859-7', 'windows-1253'],
    'ar': ['utf-8', 'windows-1256', 'iso-8859-6'],
    'he': ['utf-8', 'windows-1255', 'iso-8859-8'],
    'zh': ['utf-8', 'gb2312', 'gbk', 'big5'],
    'ja': ['iso-2022-jp', 'utf-8', 'shift_jis'],
    'ko': ['utf-8', 'euc-kr', 'ks_c_5601-1987'],
    'hi': ['utf-8'],
    'th': ['utf-8', 'tis-620', 'windows-874'],
}

# Client boilerplate.  Keys: inv upd can acc dec tent when where who org join yes no maybe invited footer desc
I18N = {
    'en': 'Invitation|Updated invitation|Canceled event|Accepted|Declined|Tentatively Accepted|When|Where|Guests|'
          'Organizer|Join meeting|Yes|No|Maybe|{name} has invited you to {title}|Invitation from Google Calendar|'
          'Description',
    'fr': 'Invitation|Invitation mise à jour|Événement annulé|Accepté|Refusé|Accepté provisoirement|Quand|Où|'
          'Invités|Organisateur|Rejoindre la réunion|Oui|Non|Peut-être|{name} vous a invité(e) à {title}|'
          'Invitation de Google Agenda|Description',
    'de': 'Einladung|Aktualisierte Einladung|Abgesagter Termin|Angenommen|Abgelehnt|Mit Vorbehalt angenommen|Wann|'
          'Wo|Gäste|Organisator|An Besprechung teilnehmen|Ja|Nein|Vielleicht|{name} hat Sie zu {title} eingeladen|'
          'Einladung von Google Kalender|Beschreibung',
    'es': 'Invitación|Invitación actualizada|Evento cancelado|Aceptado|Rechazado|Aceptado provisionalmente|Cuándo|'
          'Dónde|Invitados|Organizador|Unirse a la reunión|Sí|No|Quizás|{name} te ha invitado a {title}|'
          'Invitación de Google Calendar|Descripción',
    'it': 'Invito|Invito aggiornato|Evento annullato|Accettato|Rifiutato|Accettato provvisoriamente|Quando|Dove|'
          'Invitati|Organizzatore|Partecipa alla riunione|Sì|No|Forse|{name} ti ha invitato a {title}|'
          'Invito da Google Calendar|Descrizione',
    'pt': 'Convite|Convite atualizado|Evento cancelado|Aceito|Recusado|Aceito provisoriamente|Quando|Onde|'
          'Convidados|Organizador|Participar da reunião|Sim|Não|Talvez|{name} convidou você para {title}|'
          'Convite do Google Agenda|Descrição',
    'nl': 'Uitnodiging|Bijgewerkte uitnodiging|Geannuleerd evenement|Geaccepteerd|Afgewezen|Voorlopig geaccepteerd|'
          'Wanneer|Waar|Gasten|Organisator|Deelnemen aan vergadering|Ja|Nee|Misschien|'
          '{name} heeft je uitgenodigd voor {title}|Uitnodiging van Google Agenda|Beschrijving',
    'pl': 'Zaproszenie|Zaktualizowane zaproszenie|Wydarzenie odwołane|Zaakceptowano|Odrzucono|'
          'Wstępnie zaakceptowano|Kiedy|Gdzie|Goście|Organizator|Dołącz do spotkania|Tak|Nie|Może|'
          '{name} zaprasza Cię na wydarzenie: {title}|Zaproszenie z Kalendarza Google|Opis',
    'tr': 'Davet|Güncellenmiş davet|İptal edilen etkinlik|Kabul edildi|Reddedildi|Geçici olarak kabul edildi|'
          'Ne zaman|Nerede|Davetliler|Düzenleyen|Toplantıya katıl|Evet|Hayır|Belki|'
          '{name} sizi {title} etkinliğine davet etti|Google Takvim davetiyesi|Açıklama',
    'ru': 'Приглашение|Обновленное приглашение|Мероприятие отменено|Принято|Отклонено|Под вопросом|Когда|Где|'
          'Гости|Организатор|Присоединиться к встрече|Да|Нет|Возможно|'
          '{name} приглашает вас на мероприятие «{title}»|Приглашение из Google Календаря|Описание',
    'el': 'Πρόσκληση|Ενημερωμένη πρόσκληση|Ακυρωμένη εκδήλωση|Αποδεκτό|Απορρίφθηκε|Προσωρινά αποδεκτό|Πότε|Πού|'
          'Προσκεκλημένοι|Διοργανωτής|Συμμετοχή στη σύσκεψη|Ναι|Όχι|Ίσως|'
          'Ο/Η {name} σας προσκάλεσε στην εκδήλωση «{title}»|Πρόσκληση από το Ημερολόγιο Google|Περιγραφή',
    'ar': 'دعوة|دعوة محدّثة|تم إلغاء الحدث|مقبول|مرفوض|مقبول مبدئيًا|متى|أين|الضيوف|المنظِّم|الانضمام إلى الاجتماع|'
          'نعم|لا|ربما|دعاك {name} إلى {title}|دعوة من تقويم Google|الوصف',
    'he': 'הזמנה|הזמנה מעודכנת|האירוע בוטל|התקבל|נדחה|התקבל באופן זמני|מתי|איפה|אורחים|מארגן|הצטרפות לפגישה|כן|'
          'לא|אולי|{name} הזמין/ה אותך לאירוע {title}|הזמנה מיומן Google|תיאור',
    'zh': '邀请|更新的邀请|已取消的活动|已接受|已拒绝|暂定|时间|地点|邀请对象|组织者|加入会议|是|否|可能|'
          '{name} 邀请您参加“{title}”|来自 Google 日历的邀请|说明',
    'ja': '招待状|更新された招待状|キャンセルされた予定|承諾|辞退|仮承諾|日時|場所|ゲスト|主催者|会議に参加|はい|'
          'いいえ|未定|{name} さんから「{title}」への招待が届いています|Google カレンダーからの招待状|説明',
    'ko': '초대|업데이트된 초대|취소된 일정|수락함|거절함|미정|일시|장소|참석자|주최자|회의 참가|예|아니요|미정|'
          '{name}님이 {title}에 초대했습니다|Google 캘린더 초대장|설명',
    'hi': 'आमंत्रण|अपडेट किया गया आमंत्रण|रद्द किया गया इवेंट|स्वीकार किया|अस्वीकार किया|शायद|कब|कहाँ|मेहमान|आयोजक|'
          'मीटिंग में शामिल हों|हाँ|नहीं|शायद|{name} ने आपको {title} में आमंत्रित किया है|Google Calendar से आमंत्रण|'
          'विवरण',
    'th': 'คำเชิญ|คำเชิญที่อัปเดต|กิจกรรมที่ยกเลิก|ตอบรับแล้ว|ปฏิเสธแล้ว|อาจจะ|เมื่อ|ที่ไหน|ผู้เข้าร่วม|ผู้จัด|'
          'เข้าร่วมการประชุม|ใช่|ไม่|อาจจะ|{name} ได้เชิญคุณเข้าร่วม {title}|คำเชิญจาก Google ปฏิทิน|รายละเอียด',
}
_KEYS = 'inv upd can acc dec tent when where who org join yes no maybe invited footer desc'.split()


def t(lang, key):
    parts = I18N[lang].split('|')
    return parts[_KEYS.index(key)]


MONTHS = {
    'en': 'January February March April May June July August September October November December'.split(),
    'fr': 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(),
    'de': 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(),
    'es': 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(),
    'it': 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split(),
    'pt': 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'.split(),
    'nl': 'januari februari maart april mei juni juli augustus september oktober november december'.split(),
    'pl': 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia'.split(),
    'tr': 'Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık'.split(),
    'ru': 'января февраля марта апреля мая июня июля августа сентября октября ноября декабря'.split(),
    'el': 'Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου '
          'Νοεμβρίου Δεκεμβρίου'.split(),
    'ar': 'يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر'.split(),
    'he': 'בינואר בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר'.split(),
    'hi': 'जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर'.split(),
    'th': 'มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม'.split(),
}
WEEKDAYS = {
    'en': 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(),
    'fr': 'lundi mardi mercredi jeudi vendredi samedi dimanche'.split(),
    'de': 'Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag'.split(),
    'es': 'lunes martes miércoles jueves viernes sábado domingo'.split(),
    'it': 'lunedì martedì mercoledì giovedì venerdì sabato domenica'.split(),
    'pt': 'segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo'.split(),
    'nl': 'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag'.split(),
    'pl': 'poniedziałek wtorek środa czwartek piątek sobota niedziela'.split(),
    'tr': 'Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar'.split(),
    'ru': 'понедельник вторник среда четверг пятница суббота воскресенье'.split(),
    'el': 'Δευτέρα Τρίτη Τετάρτη Πέμπτη Παρασκευή Σάββατο Κυριακή'.split(),
    'ar': 'الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد'.split(),
    'he': "יום_שני יום_שלישי יום_רביעי יום_חמישי יום_שישי שבת יום_ראשון".replace('_', ' ').split(' ')
}


def fmt_when(lang, d, with_time=True):
    """Human date (and time) in the language's usual style."""
    hm = '%02d:%02d' % (d.hour, d.minute)
    if lang == 'en':
        h = d.hour % 12 or 12
        ap = 'am' if d.hour < 12 else 'pm'
        tm = ('%d%s' % (h, ap)) if d.minute == 0 else ('%d:%02d%s' % (h, d.minute, ap))
        s = '%s %d %s %d' % (WEEKDAYS['en'][d.weekday()][:3], d.day, MONTHS['en'][d.month - 1][:3], d.year)
        return s + (' ' + tm if with_time else '')
    if lang in ('zh', 'ja'):
        s = '%d年%d月%d日' % (d.year, d.month, d.day)
        return s + (' ' + hm if with_time else '')
    if lang == 'ko':
        s = '%d년 %d월 %d일' % (d.year, d.month, d.day)
        return s + (' ' + hm if with_time else '')
    if lang == 'de':
        s = '%s, %d. %s %d' % (WEEKDAYS['de'][d.weekday()], d.day, MONTHS['de'][d.month - 1], d.year)
        return s + (' um ' + hm if with_time else '')
    if lang == 'th':
        s = '%d %s %d' % (d.day, MONTHS['th'][d.month - 1], d.year + 543)
        return s + (' ' + hm + ' น.' if with_time else '')
    if lang == 'he':
        s = '%d %s %d' % (d.day, MONTHS['he'][d.month - 1], d.year)
        return s + (' ' + hm if with_time else '')
    if lang in MONTHS:
        wd = WEEKDAYS.get(lang)
        s = '%d %s %d' % (d.day, MONTHS[lang][d.month - 1], d.year)
        if wd and lang not in ('ar',):
            s = wd[d.weekday()] + ', ' + s
        return s + (' ' + hm if with_time else '')
    return d.strftime('%Y-%m-%d') + (' ' + hm if with_time else '')
