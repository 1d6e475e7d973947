# -*- coding: utf-8 -*-
"""Client boilerplate words per language, date formatting, charsets."""

KEYS = ['inv', 'upd', 'can', 'when', 'where', 'who', 'org', 'join', 'going', 'yes', 'no', 'maybe', 'more',
        'view', 'acc', 'dec', 'ten', 'desc']

_BP = {
    'en': 'Invitation|Updated invitation|Canceled event|When|Where|Guests|Organizer|Join meeting|Going?|Yes|No|Maybe|More options|View event|Accepted|Declined|Tentatively accepted|Description',
    'de': 'Einladung|Aktualisierte Einladung|Abgesagter Termin|Wann|Wo|Gäste|Organisator|An Besprechung teilnehmen|Teilnehmen?|Ja|Nein|Vielleicht|Weitere Optionen|Termin ansehen|Angenommen|Abgelehnt|Mit Vorbehalt angenommen|Beschreibung',
    'fr': 'Invitation|Invitation mise à jour|Événement annulé|Quand|Où|Invités|Organisateur|Rejoindre la réunion|Participer ?|Oui|Non|Peut-être|Plus d\'options|Afficher l\'événement|Accepté|Refusé|Accepté provisoirement|Description',
    'es': 'Invitación|Invitación actualizada|Evento cancelado|Cuándo|Dónde|Invitados|Organizador|Unirse a la reunión|¿Vas a asistir?|Sí|No|Quizás|Más opciones|Ver evento|Aceptado|Rechazado|Aceptado provisionalmente|Descripción',
    'it': 'Invito|Invito aggiornato|Evento annullato|Quando|Dove|Invitati|Organizzatore|Partecipa alla riunione|Parteciperai?|Sì|No|Forse|Altre opzioni|Visualizza evento|Accettato|Rifiutato|Accettato provvisoriamente|Descrizione',
    'pt': 'Convite|Convite atualizado|Evento cancelado|Quando|Onde|Convidados|Organizador|Participar da reunião|Vai participar?|Sim|Não|Talvez|Mais opções|Ver evento|Aceito|Recusado|Aceito provisoriamente|Descrição',
    'nl': 'Uitnodiging|Bijgewerkte uitnodiging|Geannuleerde afspraak|Wanneer|Waar|Gasten|Organisator|Deelnemen aan vergadering|Ga je?|Ja|Nee|Misschien|Meer opties|Afspraak bekijken|Geaccepteerd|Afgewezen|Voorlopig geaccepteerd|Beschrijving',
    'pl': 'Zaproszenie|Zaktualizowane zaproszenie|Odwołane wydarzenie|Kiedy|Gdzie|Goście|Organizator|Dołącz do spotkania|Weźmiesz udział?|Tak|Nie|Może|Więcej opcji|Wyświetl wydarzenie|Zaakceptowano|Odrzucono|Wstępnie zaakceptowano|Opis',
    'ru': 'Приглашение|Обновленное приглашение|Мероприятие отменено|Когда|Где|Гости|Организатор|Присоединиться к встрече|Пойдете?|Да|Нет|Возможно|Другие варианты|Открыть мероприятие|Принято|Отклонено|Под вопросом|Описание',
    'el': 'Πρόσκληση|Ενημερωμένη πρόσκληση|Ακυρωμένη εκδήλωση|Πότε|Πού|Προσκεκλημένοι|Διοργανωτής|Συμμετοχή στη σύσκεψη|Θα πάτε;|Ναι|Όχι|Ίσως|Περισσότερες επιλογές|Προβολή εκδήλωσης|Αποδεκτή|Απορρίφθηκε|Προσωρινά αποδεκτή|Περιγραφή',
    'ar': 'دعوة|دعوة محدّثة|حدث ملغى|متى|أين|الضيوف|المنظِّم|الانضمام إلى الاجتماع|هل ستحضر؟|نعم|لا|ربما|مزيد من الخيارات|عرض الحدث|تم القبول|تم الرفض|قبول مبدئي|الوصف',
    'he': 'הזמנה|הזמנה מעודכנת|האירוע בוטל|מתי|איפה|אורחים|מארגן|הצטרפות לפגישה|מגיע/ה?|כן|לא|אולי|אפשרויות נוספות|הצגת האירוע|התקבל|נדחה|התקבל באופן זמני|תיאור',
    'zh': '邀请|更新后的邀请|已取消的活动|时间|地点|邀请对象|组织者|加入会议|是否参加？|是|否|可能|更多选项|查看活动|已接受|已拒绝|暂定|说明',
    'zt': '邀請|已更新的邀請|已取消的活動|時間|地點|邀請對象|主辦人|加入會議|要參加嗎？|是|否|不確定|更多選項|查看活動|已接受|已拒絕|暫定|說明',
    'ja': '招待状|更新された招待状|キャンセルされた予定|日時|場所|ゲスト|主催者|会議に参加|参加しますか？|はい|いいえ|未定|その他のオプション|予定を表示|承諾|辞退|仮承諾|説明',
    'ko': '초대장|업데이트된 초대장|취소된 일정|일시|장소|참석자|주최자|회의 참여|참석하시겠습니까?|예|아니요|미정|옵션 더보기|일정 보기|수락함|거절함|미정으로 수락함|설명',
    'hi': 'आमंत्रण|अपडेट किया गया आमंत्रण|रद्द किया गया इवेंट|कब|कहाँ|मेहमान|आयोजक|मीटिंग में शामिल हों|क्या आप आ रहे हैं?|हाँ|नहीं|शायद|और विकल्प|इवेंट देखें|स्वीकार किया|अस्वीकार किया|अस्थायी रूप से स्वीकार किया|विवरण',
    'th': 'คำเชิญ|คำเชิญที่อัปเดต|กิจกรรมที่ยกเลิก|เมื่อใด|ที่ไหน|ผู้เข้าร่วม|ผู้จัด|เข้าร่วมการประชุม|จะไปไหม|ใช่|ไม่|อาจจะ|ตัวเลือกเพิ่มเติม|ดูกิจกรรม|ตอบรับแล้ว|ปฏิเสธแล้ว|ตอบรับเบื้องต้น|รายละเอียด',
    'tr': 'Davet|Güncellenmiş davet|İptal edilen etkinlik|Ne zaman|Nerede|Davetliler|Düzenleyen|Toplantıya katıl|Katılacak mısınız?|Evet|Hayır|Belki|Diğer seçenekler|Etkinliği görüntüle|Kabul edildi|Reddedildi|Belki katılacak|Açıklama',
}

BP = {lang: dict(zip(KEYS, v.split('|'))) for lang, v in _BP.items()}

CONTENT_LANG = {'en': 'en-US', 'de': 'de-DE', 'fr': 'fr-FR', 'es': 'es-ES', 'it': 'it-IT', 'pt': 'pt-BR', 'nl': 'nl-NL',
                'pl': 'pl-PL', 'ru': 'ru-RU', 'el': 'el-GR', 'ar': 'ar-SA', 'he': 'he-IL', 'zh': 'zh-CN', 'zt': 'zh-TW',
                'ja': 'ja-JP', 'ko': 'ko-KR', 'hi': 'hi-IN', 'th': 'th-TH', 'tr': 'tr-TR'}

# legacy charsets a client might choose for the text parts
LEGACY = {
    'en': ['us-ascii', 'iso-8859-1', 'windows-1252'],
    'de': ['iso-8859-1', 'iso-8859-15', 'windows-1252'],
    'fr': ['iso-8859-1', 'iso-8859-15', 'windows-1252'],
    'es': ['iso-8859-1', 'windows-1252'],
    'it': ['iso-8859-1', 'iso-8859-15', 'windows-1252'],
    'pt': ['iso-8859-1', 'windows-1252'],
    'nl': ['iso-8859-1', 'windows-1252'],
    'pl': ['iso-8859-2', 'windows-1250'],
    'ru': ['koi8-r', 'windows-1251', 'iso-8859-5'],
    'el': ['iso-8859-7', 'windows-1253'],
    'ar': ['windows-1256', 'iso-8859-6'],
    'he': ['windows-1255', 'iso-8859-8'],
    'zh': ['gb2312', 'gbk', 'gb18030'],
    'zt': ['big5'],
    'ja': ['iso-2022-jp', 'shift_jis', 'euc-jp'],
    'ko': ['ks_c_5601-1987', 'euc-kr'],
    'hi': ['utf-8'],
    'th': ['tis-620', 'windows-874'],
    'tr': ['iso-8859-9', 'windows-1254'],
}

TZ_FOR = {'en': ['America/New_York', 'America/Los_Angeles', 'Europe/London', 'America/Chicago', 'America/New_York'],
          'de': ['Europe/Berlin'], 'fr': ['Europe/Paris'], 'es': ['Europe/Madrid', 'America/Mexico_City'],
          'it': ['Europe/Rome'], 'pt': ['America/Sao_Paulo', 'Europe/Lisbon'], 'nl': ['Europe/Amsterdam'],
          'pl': ['Europe/Warsaw'], 'ru': ['Europe/Moscow'], 'el': ['Europe/Athens'],
          'ar': ['Asia/Riyadh', 'Asia/Dubai', 'Africa/Cairo'], 'he': ['Asia/Jerusalem'], 'zh': ['Asia/Shanghai'],
          'zt': ['Asia/Taipei'], 'ja': ['Asia/Tokyo'], 'ko': ['Asia/Seoul'], 'hi': ['Asia/Kolkata'],
          'th': ['Asia/Bangkok'], 'tr': ['Europe/Moscow']}

_MON_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
_DOW_EN = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']


def _ampm(d):
    h = d.hour % 12 or 12
    s = '%d' % h if d.minute == 0 else '%d:%02d' % (h, d.minute)
    return s + ('am' if d.hour < 12 else 'pm')


def fmt_when(lang, start, end, tzname, allday=False, style='google'):
    if lang == 'en':
        if allday:
            return '%s %s %d, %d' % (_DOW_EN[start.weekday()], _MON_EN[start.month - 1], start.day, start.year)
        if style == 'google':
            return '%s %s %d, %d %s - %s (%s)' % (_DOW_EN[start.weekday()], _MON_EN[start.month - 1], start.day,
                                                 start.year, _ampm(start), _ampm(end), tzname)
        return '%s, %s %d, %d %s-%s %s' % (_DOW_EN[start.weekday()], _MON_EN[start.month - 1], start.day,
                                           start.year, start.strftime('%I:%M %p').lstrip('0'),
                                           end.strftime('%I:%M %p').lstrip('0'), tzname)
    hm = '' if allday else ' %s-%s' % (start.strftime('%H:%M'), end.strftime('%H:%M'))
    tzs = '' if allday else ' (%s)' % tzname
    if lang in ('ja', 'zh', 'zt'):
        return '%d年%d月%d日%s%s' % (start.year, start.month, start.day, hm, tzs)
    if lang == 'ko':
        return '%d년 %d월 %d일%s%s' % (start.year, start.month, start.day, hm, tzs)
    if lang in ('de', 'ru', 'pl', 'tr', 'he', 'nl'):
        sep = '-' if lang == 'nl' else '.'
        return '%02d%s%02d%s%d%s%s' % (start.day, sep, start.month, sep, start.year, hm, tzs)
    return '%02d/%02d/%d%s%s' % (start.day, start.month, start.year, hm, tzs)
