"""Client boilerplate strings and date formats per language."""
import datetime as dt

LABELS = {
    "en": ("When", "Where", "Organizer", "Attendees", "Description", "You have been invited to a new event", "Join"),
    "de": ("Wann", "Wo", "Organisator", "Teilnehmer", "Beschreibung", "Sie wurden zu einem neuen Termin eingeladen", "Teilnehmen"),
    "fr": ("Quand", "Où", "Organisateur", "Participants", "Description", "Vous avez été invité(e) à un nouvel événement", "Rejoindre"),
    "es": ("Cuándo", "Dónde", "Organizador", "Asistentes", "Descripción", "Ha sido invitado a un nuevo evento", "Unirse"),
    "it": ("Quando", "Dove", "Organizzatore", "Partecipanti", "Descrizione", "Sei stato invitato a un nuovo evento", "Partecipa"),
    "pt": ("Quando", "Onde", "Organizador", "Participantes", "Descrição", "Foi convidado para um novo evento", "Participar"),
    "nl": ("Wanneer", "Waar", "Organisator", "Deelnemers", "Beschrijving", "U bent uitgenodigd voor een nieuwe afspraak", "Deelnemen"),
    "pl": ("Kiedy", "Gdzie", "Organizator", "Uczestnicy", "Opis", "Zaproszono Cię na nowe wydarzenie", "Dołącz"),
    "ru": ("Когда", "Где", "Организатор", "Участники", "Описание", "Вы приглашены на новое мероприятие", "Присоединиться"),
    "el": ("Πότε", "Πού", "Διοργανωτής", "Συμμετέχοντες", "Περιγραφή", "Έχετε προσκληθεί σε μια νέα εκδήλωση", "Συμμετοχή"),
    "ar": ("متى", "أين", "المنظِّم", "الحضور", "الوصف", "تمت دعوتك إلى حدث جديد", "انضمام"),
    "he": ("מתי", "איפה", "מארגן", "משתתפים", "תיאור", "הוזמנת לאירוע חדש", "הצטרפות"),
    "zh": ("时间", "地点", "组织者", "参与者", "描述", "您已受邀参加新活动", "加入"),
    "ja": ("日時", "場所", "主催者", "出席者", "説明", "新しい予定に招待されました", "参加"),
    "ko": ("일시", "장소", "주최자", "참석자", "설명", "새 일정에 초대되었습니다", "참가"),
    "hi": ("कब", "कहाँ", "आयोजक", "उपस्थित लोग", "विवरण", "आपको एक नए कार्यक्रम में आमंत्रित किया गया है", "शामिल हों"),
    "th": ("เมื่อ", "ที่ไหน", "ผู้จัด", "ผู้เข้าร่วม", "รายละเอียด", "คุณได้รับเชิญเข้าร่วมกิจกรรมใหม่", "เข้าร่วม"),
    "tr": ("Ne zaman", "Nerede", "Düzenleyen", "Katılımcılar", "Açıklama", "Yeni bir etkinliğe davet edildiniz", "Katıl"),
}

PREFIX = {  # invitation, accepted, declined, tentative, cancelled, updated
    "en": ("Invitation", "Accepted", "Declined", "Tentative", "Canceled", "Updated invitation"),
    "de": ("Einladung", "Zugesagt", "Abgelehnt", "Mit Vorbehalt", "Abgesagt", "Aktualisierte Einladung"),
    "fr": ("Invitation", "Accepté", "Refusé", "Provisoire", "Annulé", "Invitation mise à jour"),
    "es": ("Invitación", "Aceptado", "Rechazado", "Provisional", "Cancelado", "Invitación actualizada"),
    "it": ("Invito", "Accettato", "Rifiutato", "Provvisorio", "Annullato", "Invito aggiornato"),
    "pt": ("Convite", "Aceite", "Recusado", "Provisório", "Cancelado", "Convite atualizado"),
    "nl": ("Uitnodiging", "Geaccepteerd", "Geweigerd", "Voorlopig", "Geannuleerd", "Bijgewerkte uitnodiging"),
    "pl": ("Zaproszenie", "Zaakceptowano", "Odrzucono", "Wstępnie zaakceptowano", "Anulowano", "Zaktualizowane zaproszenie"),
    "ru": ("Приглашение", "Принято", "Отклонено", "Под вопросом", "Отменено", "Обновленное приглашение"),
    "el": ("Πρόσκληση", "Αποδεκτό", "Απορρίφθηκε", "Με επιφύλαξη", "Ακυρώθηκε", "Ενημερωμένη πρόσκληση"),
    "ar": ("دعوة", "مقبول", "مرفوض", "مبدئي", "ملغى", "دعوة محدَّثة"),
    "he": ("הזמנה", "התקבל", "נדחה", "אולי", "בוטל", "הזמנה מעודכנת"),
    "zh": ("邀请", "已接受", "已拒绝", "暂定", "已取消", "更新的邀请"),
    "ja": ("招待", "承諾", "辞退", "仮承諾", "キャンセル", "更新された招待"),
    "ko": ("초대", "수락됨", "거절됨", "미정", "취소됨", "업데이트된 초대"),
    "hi": ("आमंत्रण", "स्वीकृत", "अस्वीकृत", "संभावित", "रद्द", "अपडेट किया गया आमंत्रण"),
    "th": ("คำเชิญ", "ยอมรับแล้ว", "ปฏิเสธแล้ว", "ไม่แน่นอน", "ยกเลิกแล้ว", "คำเชิญที่อัปเดต"),
    "tr": ("Davet", "Kabul edildi", "Reddedildi", "Belki", "İptal edildi", "Güncellenmiş davet"),
}

EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def ampm(t, compact=True):
    h = t.hour % 12 or 12
    suf = "am" if t.hour < 12 else "pm"
    if compact:
        return ("%d%s" % (h, suf)) if t.minute == 0 else ("%d:%02d%s" % (h, t.minute, suf))
    return "%d:%02d %s" % (h, t.minute, suf.upper())


def date_num(d, lang):
    if lang in ("de", "ru", "pl", "tr", "nl", "el"):
        return d.strftime("%d.%m.%Y") if lang != "nl" else d.strftime("%d-%m-%Y")
    if lang in ("fr", "es", "it", "pt", "ar", "he", "hi", "th"):
        return d.strftime("%d/%m/%Y")
    if lang in ("ja", "zh"):
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    if lang == "ko":
        return "%d년 %d월 %d일" % (d.year, d.month, d.day)
    return "%s, %s %d, %d" % (EN_DAYS[d.weekday()], EN_MON[d.month - 1], d.day, d.year)


def when_line(ev, lang, tzlabel=None):
    s, e = ev.start, ev.end
    if ev.all_day:
        return date_num(s, lang)
    if lang == "en":
        r = "%s %s - %s" % (date_num(s, lang), ampm(s, False), ampm(e, False))
    else:
        r = "%s %02d:%02d - %02d:%02d" % (date_num(s, lang), s.hour, s.minute, e.hour, e.minute)
    if tzlabel:
        r += " " + tzlabel
    return r


def google_when(ev, us_style):
    s, e = ev.start, ev.end
    d3 = EN_DAYS[s.weekday()][:3]
    m3 = EN_MON[s.month - 1][:3]
    if ev.all_day:
        return "%s %s %d, %d" % (d3, m3, s.day, s.year) if us_style else "%s %d %s %d" % (d3, s.day, m3, s.year)
    if us_style:
        return "%s %s %d, %d %s - %s" % (d3, m3, s.day, s.year, ampm(s), ampm(e))
    return "%s %d %s %d %02d:%02d - %02d:%02d" % (d3, s.day, m3, s.year, s.hour, s.minute, e.hour, e.minute)
