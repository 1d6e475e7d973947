"""Per-language data: UI boilerplate, names, domains, charsets, time zones."""
import unicodedata

KEYS = ['inv', 'upd', 'can', 'acc', 'dec', 'when', 'where', 'org', 'guests', 'join', 'reply', 'yes', 'no',
        'maybe', 'more', 'invited', 'newreq', 'view', 'gfooter', 'cx', 'desc', 'title']

_B = {
 'en': 'Invitation|Updated invitation|Canceled event|Accepted|Declined|When|Where|Organizer|Guests|Join|Reply|Yes|No|Maybe|more options|{n} has invited you to an event|The following is a new meeting request:|View event|Invitation from Google Calendar|Canceled|Description|Title',
 'de': 'Einladung|Aktualisierte Einladung|Abgesagter Termin|Angenommen|Abgelehnt|Wann|Wo|Organisator|Gäste|Teilnehmen|Antworten|Ja|Nein|Vielleicht|weitere Optionen|{n} hat Sie zu einem Termin eingeladen|Es folgt eine neue Besprechungsanfrage:|Termin anzeigen|Einladung von Google Kalender|Abgesagt|Beschreibung|Titel',
 'fr': "Invitation|Invitation mise à jour|Événement annulé|Accepté|Refusé|Quand|Où|Organisateur|Invités|Participer|Répondre|Oui|Non|Peut-être|plus d'options|{n} vous a invité à un événement|Voici une nouvelle demande de réunion :|Afficher l'événement|Invitation de Google Agenda|Annulé|Description|Titre",
 'es': 'Invitación|Invitación actualizada|Evento cancelado|Aceptado|Rechazado|Cuándo|Dónde|Organizador|Invitados|Unirse|Responder|Sí|No|Quizás|más opciones|{n} te ha invitado a un evento|A continuación se muestra una nueva convocatoria de reunión:|Ver evento|Invitación de Google Calendar|Cancelado|Descripción|Título',
 'it': 'Invito|Invito aggiornato|Evento annullato|Accettato|Rifiutato|Quando|Dove|Organizzatore|Invitati|Partecipa|Rispondi|Sì|No|Forse|altre opzioni|{n} ti ha invitato a un evento|Di seguito è riportata una nuova richiesta di riunione:|Visualizza evento|Invito da Google Calendar|Annullato|Descrizione|Titolo',
 'pt': 'Convite|Convite atualizado|Evento cancelado|Aceito|Recusado|Quando|Onde|Organizador|Convidados|Participar|Responder|Sim|Não|Talvez|mais opções|{n} convidou você para um evento|Esta é uma nova solicitação de reunião:|Ver evento|Convite do Google Agenda|Cancelado|Descrição|Título',
 'nl': 'Uitnodiging|Bijgewerkte uitnodiging|Geannuleerde afspraak|Geaccepteerd|Afgewezen|Wanneer|Waar|Organisator|Gasten|Deelnemen|Antwoorden|Ja|Nee|Misschien|meer opties|{n} heeft je uitgenodigd voor een afspraak|Hieronder volgt een nieuwe vergaderaanvraag:|Afspraak bekijken|Uitnodiging van Google Agenda|Geannuleerd|Beschrijving|Titel',
 'pl': 'Zaproszenie|Zaktualizowane zaproszenie|Odwołane wydarzenie|Zaakceptowano|Odrzucono|Kiedy|Gdzie|Organizator|Goście|Dołącz|Odpowiedz|Tak|Nie|Może|więcej opcji|{n} zaprasza Cię na wydarzenie|Oto nowe wezwanie na spotkanie:|Wyświetl wydarzenie|Zaproszenie z Kalendarza Google|Odwołane|Opis|Tytuł',
 'ru': 'Приглашение|Обновленное приглашение|Мероприятие отменено|Принято|Отклонено|Когда|Где|Организатор|Гости|Присоединиться|Ответить|Да|Нет|Возможно|другие варианты|{n} приглашает вас на мероприятие|Ниже приведен новый запрос на собрание:|Открыть мероприятие|Приглашение из Google Календаря|Отменено|Описание|Название',
 'el': 'Πρόσκληση|Ενημερωμένη πρόσκληση|Ακυρωμένη εκδήλωση|Αποδεκτό|Απορρίφθηκε|Πότε|Πού|Διοργανωτής|Προσκεκλημένοι|Συμμετοχή|Απάντηση|Ναι|Όχι|Ίσως|περισσότερες επιλογές|{n} σας προσκάλεσε σε μια εκδήλωση|Ακολουθεί ένα νέο αίτημα σύσκεψης:|Προβολή εκδήλωσης|Πρόσκληση από το Ημερολόγιο Google|Ακυρώθηκε|Περιγραφή|Τίτλος',
 'ar': 'دعوة|دعوة محدّثة|تم إلغاء الحدث|تم القبول|تم الرفض|الموعد|المكان|المنظِّم|الضيوف|انضمام|رد|نعم|لا|ربما|خيارات أخرى|دعاك {n} إلى حدث|فيما يلي طلب اجتماع جديد:|عرض الحدث|دعوة من تقويم Google|تم الإلغاء|الوصف|العنوان',
 'he': 'הזמנה|הזמנה מעודכנת|האירוע בוטל|התקבל|נדחה|מתי|איפה|מארגן|אורחים|הצטרפות|תשובה|כן|לא|אולי|אפשרויות נוספות|{n} הזמין/ה אותך לאירוע|להלן בקשה חדשה לפגישה:|הצגת האירוע|הזמנה מיומן Google|בוטל|תיאור|כותרת',
 'zh': '邀请|更新后的邀请|活动已取消|已接受|已拒绝|时间|地点|组织者|邀请对象|加入|回复|是|否|可能|更多选项|{n} 邀请您参加活动|以下是新的会议请求：|查看活动|来自 Google 日历的邀请|已取消|说明|标题',
 'zt': '邀請|更新的邀請|活動已取消|已接受|已拒絕|時間|地點|主辦人|邀請對象|加入|回覆|是|否|不確定|更多選項|{n} 邀請您參加活動|以下是新的會議邀請：|查看活動|來自 Google 日曆的邀請|已取消|說明|標題',
 'ja': '招待|更新された招待|キャンセルされた予定|承諾|辞退|日時|場所|主催者|ゲスト|参加|返信|はい|いいえ|未定|その他のオプション|{n} さんから予定への招待が届きました|新しい会議出席依頼:|予定を表示|Google カレンダーからの招待状|キャンセル済み|説明|件名',
 'ko': '초대|업데이트된 초대|취소된 일정|수락함|거절함|일시|장소|주최자|참석자|참여|답장|예|아니요|미정|옵션 더보기|{n}님이 일정에 초대했습니다|새 모임 요청입니다:|일정 보기|Google 캘린더 초대장|취소됨|설명|제목',
 'hi': 'आमंत्रण|अपडेट किया गया आमंत्रण|रद्द किया गया इवेंट|स्वीकार किया|अस्वीकार किया|कब|कहाँ|आयोजक|मेहमान|शामिल हों|जवाब दें|हाँ|नहीं|शायद|और विकल्प|{n} ने आपको एक इवेंट में आमंत्रित किया है|नया मीटिंग अनुरोध निम्न है:|इवेंट देखें|Google Calendar से आमंत्रण|रद्द|विवरण|शीर्षक',
 'th': 'คำเชิญ|คำเชิญที่อัปเดต|กิจกรรมที่ยกเลิก|ตอบรับแล้ว|ปฏิเสธแล้ว|เมื่อ|ที่ไหน|ผู้จัด|ผู้เข้าร่วม|เข้าร่วม|ตอบกลับ|ใช่|ไม่|อาจจะ|ตัวเลือกเพิ่มเติม|{n} เชิญคุณเข้าร่วมกิจกรรม|ต่อไปนี้คือคำขอการประชุมใหม่:|ดูกิจกรรม|คำเชิญจาก Google ปฏิทิน|ยกเลิก|รายละเอียด|ชื่อ',
 'tr': "Davet|Güncellenmiş davet|İptal edilen etkinlik|Kabul edildi|Reddedildi|Ne zaman|Nerede|Düzenleyen|Davetliler|Katıl|Yanıtla|Evet|Hayır|Belki|diğer seçenekler|{n} sizi bir etkinliğe davet etti|Aşağıda yeni bir toplantı isteği var:|Etkinliği görüntüle|Google Takvim'den davet|İptal edildi|Açıklama|Başlık",
}
BOIL = {k: dict(zip(KEYS, v.split('|'))) for k, v in _B.items()}

NAMES_LANG = {
 'en': 'English', 'de': 'German', 'fr': 'French', 'es': 'Spanish', 'it': 'Italian', 'pt': 'Portuguese',
 'nl': 'Dutch', 'pl': 'Polish', 'ru': 'Russian', 'el': 'Greek', 'ar': 'Arabic', 'he': 'Hebrew',
 'zh': 'Chinese (simplified)', 'zt': 'Chinese (traditional)', 'ja': 'Japanese', 'ko': 'Korean', 'hi': 'Hindi',
 'th': 'Thai', 'tr': 'Turkish'}

LOCALE = {'en': 'en-US', 'de': 'de-DE', 'fr': 'fr-FR', 'es': 'es-ES', 'it': 'it-IT', 'pt': 'pt-BR', 'nl': 'nl-NL',
          'pl': 'pl-PL', 'ru': 'ru-RU', 'el': 'el-GR', 'ar': 'ar-SA', 'he': 'he-IL', 'zh': 'zh-CN', 'zt': 'zh-TW',
          'ja': 'ja-JP', 'ko': 'ko-KR', 'hi': 'hi-IN', 'th': 'th-TH', 'tr': 'tr-TR'}

TZS = {
 'en': ['America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Europe/London', 'America/Denver',
        'Australia/Sydney', 'Europe/Dublin', 'America/Toronto', 'Asia/Singapore'],
 'de': ['Europe/Berlin', 'Europe/Vienna', 'Europe/Zurich'], 'fr': ['Europe/Paris', 'Europe/Brussels'],
 'es': ['Europe/Madrid', 'America/Mexico_City', 'America/Bogota'], 'it': ['Europe/Rome'],
 'pt': ['America/Sao_Paulo', 'Europe/Lisbon'], 'nl': ['Europe/Amsterdam', 'Europe/Brussels'],
 'pl': ['Europe/Warsaw'], 'ru': ['Europe/Moscow'], 'el': ['Europe/Athens'],
 'ar': ['Asia/Riyadh', 'Asia/Dubai', 'Africa/Casablanca'], 'he': ['Asia/Jerusalem'], 'zh': ['Asia/Shanghai'],
 'zt': ['Asia/Taipei', 'Asia/Hong_Kong'], 'ja': ['Asia/Tokyo'], 'ko': ['Asia/Seoul'], 'hi': ['Asia/Kolkata'],
 'th': ['Asia/Bangkok'], 'tr': ['Europe/Istanbul'],
}

_N = {
 'en': 'James Carter|Emily Rhodes|Priya Natarajan|Daniel Okafor|Sarah Whitfield|Mark Delaney|Hannah Brooks|Tom Ellison|Laura Mendez|Kevin Marsh|Olivia Grant|Ryan Fitzgerald|Grace Liu|Marcus Bell|Chloe Adams|Owen Harper|Megan Doyle|Samuel Price|Aisha Khan|Ben Thornton',
 'de': 'Jonas Becker|Katrin Vogel|Matthias Huber|Anna Lindner|Stefan Krüger|Julia Brandt|Florian Weiß|Sabine Hartmann|Lukas Schäfer|Miriam Roth',
 'fr': 'Camille Durand|Julien Moreau|Élodie Lefèvre|Nicolas Garnier|Sophie Bernard|Mathieu Roux|Claire Fontaine|Antoine Mercier',
 'es': 'Lucía Fernández|Javier Ortega|Carmen Ruiz|Alejandro Navarro|Marta Gil|Pablo Herrera|Elena Castillo|Sergio Domínguez',
 'it': 'Giulia Ferri|Marco Conti|Francesca Russo|Luca Bianchi|Chiara Esposito|Alessandro Greco|Valentina Marino',
 'pt': 'Ana Souza|Rafael Oliveira|Beatriz Lima|Thiago Carvalho|Juliana Rocha|Pedro Alves|Larissa Mendes',
 'nl': 'Sanne de Vries|Bram Jansen|Lotte Visser|Daan Bakker|Eva Mulder|Joris van Dijk|Fleur Smit',
 'pl': 'Agnieszka Nowak|Piotr Wiśniewski|Katarzyna Zielińska|Tomasz Lewandowski|Magdalena Wójcik|Paweł Kamiński',
 'ru': 'Анна Смирнова:anna smirnova|Дмитрий Кузнецов:dmitry kuznetsov|Елена Попова:elena popova|Сергей Волков:sergey volkov|Ольга Морозова:olga morozova|Алексей Лебедев:alexey lebedev|Ирина Соколова:irina sokolova',
 'el': 'Μαρία Παπαδοπούλου:maria papadopoulou|Γιώργος Νικολάου:giorgos nikolaou|Ελένη Γεωργίου:eleni georgiou|Κώστας Δημητρίου:kostas dimitriou|Σοφία Αντωνίου:sofia antoniou',
 'ar': 'أحمد الحربي:ahmed alharbi|فاطمة الزهراني:fatima alzahrani|محمد العتيبي:mohammed alotaibi|نورة القحطاني:noura alqahtani|خالد المصري:khaled almasri|ليلى حداد:layla haddad',
 'he': 'יעל כהן:yael cohen|אבי לוי:avi levi|נועה מזרחי:noa mizrahi|דוד פרץ:david peretz|מיכל ביטון:michal biton|רונן אברהם:ronen avraham',
 'zh': '王伟:wei wang|李娜:na li|张磊:lei zhang|刘洋:yang liu|陈静:jing chen|杨帆:fan yang|赵敏:min zhao',
 'zt': '林志明:zhiming lin|陳怡君:yijun chen|黃建宏:jianhong huang|張雅婷:yating chang',
 'ja': '佐藤 健一:kenichi sato|鈴木 美咲:misaki suzuki|高橋 大輔:daisuke takahashi|田中 由美:yumi tanaka|伊藤 翔:sho ito|渡辺 真由美:mayumi watanabe',
 'ko': '김민준:minjun kim|이서연:seoyeon lee|박지훈:jihoon park|최수빈:subin choi|정하늘:haneul jung',
 'hi': 'राहुल शर्मा:rahul sharma|प्रिया वर्मा:priya verma|अमित पटेल:amit patel|नेहा गुप्ता:neha gupta|संजय सिंह:sanjay singh',
 'th': 'สมชาย ใจดี:somchai jaidee|สุดารัตน์ วงศ์ไทย:sudarat wongthai|ณัฐพล ศรีสุข:nattapon srisuk|พิมพ์ชนก แก้วมณี:pimchanok kaewmanee',
 'tr': 'Ayşe Yılmaz|Mehmet Demir|Elif Kaya|Burak Şahin|Zeynep Çelik|Emre Aydın',
}


def ascii_fold(s):
    s = s.replace('ß', 'ss').replace('ł', 'l').replace('Ł', 'L').replace('ı', 'i').replace('ø', 'o')
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if ord(c) < 128)


def _parse_names(lang):
    out = []
    for item in _N[lang].split('|'):
        if ':' in item:
            disp, rom = item.split(':')
        else:
            disp, rom = item, ascii_fold(item).lower()
        parts = rom.replace(' de ', ' de').replace(' van ', ' van').split()
        out.append((disp, parts[0], parts[-1]))
    return out


NAMES = {k: _parse_names(k) for k in _N}

FREEMAIL = {
 'en': ['gmail.com', 'outlook.com', 'hotmail.com', 'yahoo.com', 'icloud.com', 'aol.com'],
 'de': ['gmx.de', 'web.de', 't-online.de', 'gmail.com'], 'fr': ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com'],
 'es': ['gmail.com', 'hotmail.es', 'yahoo.es'], 'it': ['libero.it', 'gmail.com', 'virgilio.it'],
 'pt': ['gmail.com', 'uol.com.br', 'bol.com.br', 'hotmail.com'], 'nl': ['ziggo.nl', 'kpnmail.nl', 'gmail.com'],
 'pl': ['wp.pl', 'o2.pl', 'onet.pl', 'gmail.com'], 'ru': ['mail.ru', 'yandex.ru', 'rambler.ru', 'gmail.com'],
 'el': ['gmail.com', 'otenet.gr', 'yahoo.gr'], 'ar': ['gmail.com', 'hotmail.com', 'yahoo.com'],
 'he': ['gmail.com', 'walla.co.il'], 'zh': ['qq.com', '163.com', '126.com', 'sina.com'],
 'zt': ['gmail.com', 'yahoo.com.tw'], 'ja': ['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp'],
 'ko': ['naver.com', 'daum.net', 'gmail.com'], 'hi': ['gmail.com', 'rediffmail.com', 'yahoo.co.in'],
 'th': ['gmail.com', 'hotmail.com'], 'tr': ['gmail.com', 'hotmail.com', 'yandex.com.tr'],
}

CORP = {
 'en': ['lumenfield.com', 'harrowgate-partners.co.uk', 'brightmoor.io', 'cobaltline-logistics.com', 'ferncastle.org',
        'quillstone-legal.com', 'northbeam-analytics.com', 'ashgrove-health.org', 'tidewell.net', 'marlowe-systems.com',
        'pellbridge.co.uk', 'cedarvane.com', 'oakhollow-school.org', 'stonecroft-capital.com', 'wrenfield.ac.uk',
        'kestrel-dynamics.com', 'bluehaven-realty.com', 'halvorsen-foods.com'],
 'de': ['nordwerk-gmbh.de', 'elbtal-logistik.de', 'kesselbach.de', 'brunnhof-technik.de', 'isarplan.de',
        'hanseatik-consult.de', 'alpenrot.at', 'seeblick-treuhand.ch'],
 'fr': ['atelier-garance.fr', 'lumiere-conseil.fr', 'groupe-bastide.fr', 'vauclair-industrie.fr', 'rivemont.be'],
 'es': ['grupo-alcazar.es', 'ibertecnia.es', 'solmar-consultores.com', 'riberaverde.com.mx'],
 'it': ['studio-ferraris.it', 'tecnoalpi.it', 'officine-brera.it', 'lagunare.it'],
 'pt': ['vitoria-engenharia.com.br', 'solnascente.com.br', 'ipe-digital.com.br', 'mar-aberto.pt'],
 'nl': ['polderwerk.nl', 'dijkstra-advies.nl', 'grachtenhuis.nl', 'zeewind-techniek.nl'],
 'pl': ['wislapol.pl', 'kasztan-soft.pl', 'bursztyn-logistyka.pl'],
 'ru': ['severstroy.ru', 'volga-trade.ru', 'bereza-soft.ru', 'tayga-tech.ru'],
 'el': ['aigaio-shipping.gr', 'olympia-consult.gr', 'kyklades-travel.gr'],
 'ar': ['sahara-trading.sa', 'alnakheel-group.ae', 'rimal-tech.com'],
 'he': ['galil-tech.co.il', 'carmel-systems.co.il', 'negev-solar.co.il'],
 'zh': ['huaxin-tech.cn', 'jinhai-trade.com.cn', 'longmen-group.cn'],
 'zt': ['yushan-tech.com.tw', 'formosa-design.com.tw'],
 'ja': ['sakura-shoji.co.jp', 'hokuto-denki.co.jp', 'kawase-sangyo.co.jp'],
 'ko': ['hanbit-soft.co.kr', 'mirae-trading.co.kr', 'baekdu-systems.co.kr'],
 'hi': ['vistara-infotech.in', 'ganga-logistics.co.in', 'sahyadri-consulting.in'],
 'th': ['siam-logistic.co.th', 'chaophraya-tech.co.th'],
 'tr': ['anadolu-yazilim.com.tr', 'bogazici-lojistik.com.tr'],
}

UNI = {'en': ['westbrook.edu', 'wrenfield.ac.uk'], 'de': ['uni-hohenstein.de'], 'fr': ['univ-garonne.fr'],
       'es': ['uniriberas.es'], 'it': ['unilaguna.it'], 'pt': ['ufpiratini.edu.br'], 'nl': ['uvenlo.nl'],
       'pl': ['uwarta.edu.pl'], 'ru': ['sibgu.ru'], 'el': ['uaigaio.gr'], 'ar': ['kfu-almadina.edu.sa'],
       'he': ['hagalil.ac.il'], 'zh': ['xjtu-lab.edu.cn'], 'zt': ['nthsu.edu.tw'], 'ja': ['kita-u.ac.jp'],
       'ko': ['hanbat-u.ac.kr'], 'hi': ['iit-sahyadri.ac.in'], 'th': ['mahasiam.ac.th'], 'tr': ['egeakademi.edu.tr']}

LEGACY = {
 'en': ['us-ascii', 'iso-8859-1', 'windows-1252'], 'de': ['iso-8859-1', 'iso-8859-15', 'windows-1252'],
 'fr': ['iso-8859-1', 'iso-8859-15', 'windows-1252'], 'es': ['iso-8859-1', 'windows-1252'],
 'it': ['iso-8859-1', 'windows-1252'], 'pt': ['iso-8859-1', 'windows-1252'], 'nl': ['iso-8859-1', 'windows-1252'],
 'pl': ['iso-8859-2', 'windows-1250'], 'ru': ['koi8-r', 'windows-1251'], 'el': ['iso-8859-7', 'windows-1253'],
 'ar': ['windows-1256', 'iso-8859-6'], 'he': ['windows-1255', 'iso-8859-8-i'], 'zh': ['gb2312', 'gbk', 'gb18030'],
 'zt': ['big5'], 'ja': ['iso-2022-jp', 'shift_jis'], 'ko': ['euc-kr', 'ks_c_5601-1987'], 'hi': ['utf-8'],
 'th': ['tis-620', 'windows-874'], 'tr': ['iso-8859-9', 'windows-1254'],
}

DATEFMT = {
 'de': '%d.%m.%Y %H:%M', 'fr': '%d/%m/%Y %H:%M', 'es': '%d/%m/%Y %H:%M', 'it': '%d/%m/%Y %H:%M',
 'pt': '%d/%m/%Y %H:%M', 'nl': '%d-%m-%Y %H:%M', 'pl': '%d.%m.%Y %H:%M', 'ru': '%d.%m.%Y %H:%M',
 'el': '%d/%m/%Y %H:%M', 'ar': '%d/%m/%Y %H:%M', 'he': '%d.%m.%Y %H:%M', 'zh': '%Y年%m月%d日 %H:%M',
 'zt': '%Y年%m月%d日 %H:%M', 'ja': '%Y年%m月%d日 %H:%M', 'ko': '%Y년 %m월 %d일 %H:%M', 'hi': '%d/%m/%Y %H:%M',
 'th': '%d/%m/%Y %H:%M', 'tr': '%d.%m.%Y %H:%M',
}
_WD = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MO = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def fmt_time_en(d):
    h = d.hour % 12 or 12
    ap = 'am' if d.hour < 12 else 'pm'
    return ('%d%s' % (h, ap)) if d.minute == 0 else ('%d:%02d%s' % (h, d.minute, ap))


def fmt_when(lang, start, end, tzlabel, allday=False):
    if lang == 'en':
        if allday:
            return '%s %s %d, %d' % (_WD[start.weekday()], _MO[start.month - 1], start.day, start.year)
        return '%s %s %d, %d %s - %s (%s)' % (_WD[start.weekday()], _MO[start.month - 1], start.day, start.year,
                                               fmt_time_en(start), fmt_time_en(end), tzlabel)
    f = DATEFMT[lang]
    if allday:
        return start.strftime(f.split(' %H')[0])
    return '%s - %s (%s)' % (start.strftime(f), end.strftime('%H:%M'), tzlabel)
