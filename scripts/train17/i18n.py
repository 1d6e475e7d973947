"""Client boilerplate labels per language, charset choices, date formats."""
from common import R, pick

LANG_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
    "nl": "Dutch", "pl": "Polish", "ru": "Russian", "el": "Greek", "ar": "Arabic", "he": "Hebrew",
    "zh": "Chinese (Simplified)", "zh-tw": "Chinese (Traditional)", "ja": "Japanese", "ko": "Korean",
    "hi": "Hindi", "th": "Thai", "tr": "Turkish",
}

# legacy charsets a non-UTF-8 client may use for the text parts
LEGACY = {
    "en": ["us-ascii", "iso-8859-1", "windows-1252"],
    "de": ["iso-8859-1", "iso-8859-15", "windows-1252"],
    "fr": ["iso-8859-15", "windows-1252", "iso-8859-1"],
    "es": ["iso-8859-1", "windows-1252"],
    "it": ["iso-8859-1", "windows-1252"],
    "pt": ["iso-8859-1", "windows-1252"],
    "nl": ["iso-8859-1", "windows-1252"],
    "pl": ["iso-8859-2", "windows-1250"],
    "ru": ["koi8-r", "windows-1251"],
    "el": ["iso-8859-7", "windows-1253"],
    "ar": ["windows-1256", "iso-8859-6"],
    "he": ["windows-1255", "iso-8859-8"],
    "zh": ["gb2312", "gbk", "gb18030"],
    "zh-tw": ["big5"],
    "ja": ["iso-2022-jp", "shift_jis"],
    "ko": ["euc-kr", "ks_c_5601-1987"],
    "hi": ["utf-8"],
    "th": ["tis-620", "windows-874"],
    "tr": ["iso-8859-9", "windows-1254"],
}

LANG_TAG = {"en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES", "it": "it-IT", "pt": "pt-BR", "nl": "nl-NL",
            "pl": "pl-PL", "ru": "ru-RU", "el": "el-GR", "ar": "ar-SA", "he": "he-IL", "zh": "zh-CN",
            "zh-tw": "zh-TW", "ja": "ja-JP", "ko": "ko-KR", "hi": "hi-IN", "th": "th-TH", "tr": "tr-TR"}

L = {
 "en": dict(inv="Invitation", upd="Updated invitation", can="Canceled event", acc="Accepted", dec="Declined",
            ten="Tentatively accepted", when="When", where="Where", who="Guests", org="organizer", join="Join meeting",
            desc="Description", yes="Yes", no="No", maybe="Maybe", more="More options", cal="Calendar",
            invited="{n} has invited you to an event", reply="Reply for", going="Going?", title="Title"),
 "de": dict(inv="Einladung", upd="Aktualisierte Einladung", can="Abgesagter Termin", acc="Angenommen", dec="Abgelehnt",
            ten="Mit Vorbehalt angenommen", when="Wann", where="Wo", who="Gäste", org="Organisator", join="An Besprechung teilnehmen",
            desc="Beschreibung", yes="Ja", no="Nein", maybe="Vielleicht", more="Weitere Optionen", cal="Kalender",
            invited="{n} hat Sie zu einem Termin eingeladen", reply="Antwort für", going="Nehmen Sie teil?", title="Titel"),
 "fr": dict(inv="Invitation", upd="Invitation mise à jour", can="Événement annulé", acc="Accepté", dec="Refusé",
            ten="Accepté provisoirement", when="Quand", where="Où", who="Invités", org="organisateur", join="Rejoindre la réunion",
            desc="Description", yes="Oui", no="Non", maybe="Peut-être", more="Plus d'options", cal="Agenda",
            invited="{n} vous a invité à un événement", reply="Répondre pour", going="Participer ?", title="Titre"),
 "es": dict(inv="Invitación", upd="Invitación actualizada", can="Evento cancelado", acc="Aceptado", dec="Rechazado",
            ten="Aceptado provisionalmente", when="Cuándo", where="Dónde", who="Invitados", org="organizador", join="Unirse a la reunión",
            desc="Descripción", yes="Sí", no="No", maybe="Quizás", more="Más opciones", cal="Calendario",
            invited="{n} te ha invitado a un evento", reply="Responder para", going="¿Vas a asistir?", title="Título"),
 "it": dict(inv="Invito", upd="Invito aggiornato", can="Evento annullato", acc="Accettato", dec="Rifiutato",
            ten="Accettato con riserva", when="Quando", where="Dove", who="Invitati", org="organizzatore", join="Partecipa alla riunione",
            desc="Descrizione", yes="Sì", no="No", maybe="Forse", more="Altre opzioni", cal="Calendario",
            invited="{n} ti ha invitato a un evento", reply="Rispondi per", going="Parteciperai?", title="Titolo"),
 "pt": dict(inv="Convite", upd="Convite atualizado", can="Evento cancelado", acc="Aceito", dec="Recusado",
            ten="Aceito provisoriamente", when="Quando", where="Onde", who="Convidados", org="organizador", join="Participar da reunião",
            desc="Descrição", yes="Sim", no="Não", maybe="Talvez", more="Mais opções", cal="Agenda",
            invited="{n} convidou você para um evento", reply="Responder para", going="Vai participar?", title="Título"),
 "nl": dict(inv="Uitnodiging", upd="Bijgewerkte uitnodiging", can="Geannuleerd evenement", acc="Geaccepteerd", dec="Afgewezen",
            ten="Voorlopig geaccepteerd", when="Wanneer", where="Waar", who="Gasten", org="organisator", join="Deelnemen aan vergadering",
            desc="Beschrijving", yes="Ja", no="Nee", maybe="Misschien", more="Meer opties", cal="Agenda",
            invited="{n} heeft je uitgenodigd voor een afspraak", reply="Antwoord voor", going="Ga je?", title="Titel"),
 "pl": dict(inv="Zaproszenie", upd="Zaktualizowane zaproszenie", can="Wydarzenie odwołane", acc="Zaakceptowano", dec="Odrzucono",
            ten="Wstępnie zaakceptowano", when="Kiedy", where="Gdzie", who="Goście", org="organizator", join="Dołącz do spotkania",
            desc="Opis", yes="Tak", no="Nie", maybe="Może", more="Więcej opcji", cal="Kalendarz",
            invited="{n} zaprasza Cię na wydarzenie", reply="Odpowiedź dla", going="Weźmiesz udział?", title="Tytuł"),
 "ru": dict(inv="Приглашение", upd="Обновленное приглашение", can="Мероприятие отменено", acc="Принято", dec="Отклонено",
            ten="Под вопросом", when="Когда", where="Где", who="Гости", org="организатор", join="Присоединиться к встрече",
            desc="Описание", yes="Да", no="Нет", maybe="Возможно", more="Другие параметры", cal="Календарь",
            invited="{n} приглашает вас на мероприятие", reply="Ответ для", going="Пойдете?", title="Название"),
 "el": dict(inv="Πρόσκληση", upd="Ενημερωμένη πρόσκληση", can="Ακυρωμένη εκδήλωση", acc="Αποδεκτή", dec="Απορρίφθηκε",
            ten="Αποδεκτή με επιφύλαξη", when="Πότε", where="Πού", who="Προσκεκλημένοι", org="διοργανωτής", join="Συμμετοχή στη σύσκεψη",
            desc="Περιγραφή", yes="Ναι", no="Όχι", maybe="Ίσως", more="Περισσότερες επιλογές", cal="Ημερολόγιο",
            invited="{n} σας προσκάλεσε σε μια εκδήλωση", reply="Απάντηση για", going="Θα έρθετε;", title="Τίτλος"),
 "ar": dict(inv="دعوة", upd="دعوة محدّثة", can="تم إلغاء الحدث", acc="مقبول", dec="مرفوض",
            ten="مقبول مبدئيًا", when="متى", where="أين", who="الضيوف", org="المنظِّم", join="الانضمام إلى الاجتماع",
            desc="الوصف", yes="نعم", no="لا", maybe="ربما", more="خيارات إضافية", cal="التقويم",
            invited="دعاك {n} إلى حدث", reply="الرد على", going="هل ستحضر؟", title="العنوان"),
 "he": dict(inv="הזמנה", upd="הזמנה מעודכנת", can="האירוע בוטל", acc="התקבל", dec="נדחה",
            ten="התקבל באופן זמני", when="מתי", where="איפה", who="אורחים", org="מארגן", join="הצטרפות לפגישה",
            desc="תיאור", yes="כן", no="לא", maybe="אולי", more="אפשרויות נוספות", cal="יומן",
            invited="{n} הזמין/ה אותך לאירוע", reply="תשובה עבור", going="מגיע/ה?", title="כותרת"),
 "zh": dict(inv="邀请", upd="更新的邀请", can="活动已取消", acc="已接受", dec="已拒绝",
            ten="暂定接受", when="时间", where="地点", who="邀请对象", org="组织者", join="加入会议",
            desc="说明", yes="是", no="否", maybe="可能", more="更多选项", cal="日历",
            invited="{n} 邀请您参加活动", reply="回复", going="是否参加？", title="标题"),
 "zh-tw": dict(inv="邀請", upd="更新的邀請", can="活動已取消", acc="已接受", dec="已拒絕",
            ten="暫訂接受", when="時間", where="地點", who="邀請對象", org="主辦人", join="加入會議",
            desc="說明", yes="是", no="否", maybe="或許", more="更多選項", cal="日曆",
            invited="{n} 邀請您參加活動", reply="回覆", going="是否參加？", title="標題"),
 "ja": dict(inv="招待", upd="更新された招待", can="キャンセルされた予定", acc="承諾", dec="辞退",
            ten="仮承諾", when="日時", where="場所", who="ゲスト", org="主催者", join="会議に参加",
            desc="説明", yes="はい", no="いいえ", maybe="未定", more="その他のオプション", cal="カレンダー",
            invited="{n} さんから予定への招待が届きました", reply="返信先", going="参加しますか？", title="タイトル"),
 "ko": dict(inv="초대", upd="업데이트된 초대", can="취소된 일정", acc="수락함", dec="거절함",
            ten="미정으로 수락함", when="일시", where="장소", who="참석자", org="주최자", join="회의 참가",
            desc="설명", yes="예", no="아니요", maybe="미정", more="추가 옵션", cal="캘린더",
            invited="{n}님이 일정에 초대했습니다", reply="회신 대상", going="참석하시겠습니까?", title="제목"),
 "hi": dict(inv="आमंत्रण", upd="अपडेट किया गया आमंत्रण", can="इवेंट रद्द किया गया", acc="स्वीकार किया", dec="अस्वीकार किया",
            ten="संभावित रूप से स्वीकार किया", when="कब", where="कहां", who="मेहमान", org="आयोजक", join="मीटिंग में शामिल हों",
            desc="विवरण", yes="हां", no="नहीं", maybe="शायद", more="और विकल्प", cal="कैलेंडर",
            invited="{n} ने आपको एक इवेंट में आमंत्रित किया है", reply="इसके लिए जवाब दें", going="क्या आप आ रहे हैं?", title="शीर्षक"),
 "th": dict(inv="คำเชิญ", upd="คำเชิญที่อัปเดต", can="กิจกรรมถูกยกเลิก", acc="ตอบรับแล้ว", dec="ปฏิเสธแล้ว",
            ten="ตอบรับแบบไม่แน่นอน", when="เมื่อไร", where="ที่ไหน", who="แขกรับเชิญ", org="ผู้จัด", join="เข้าร่วมการประชุม",
            desc="รายละเอียด", yes="ใช่", no="ไม่", maybe="อาจจะ", more="ตัวเลือกเพิ่มเติม", cal="ปฏิทิน",
            invited="{n} เชิญคุณเข้าร่วมกิจกรรม", reply="ตอบกลับสำหรับ", going="จะไปไหม", title="ชื่อ"),
}

DAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def lab(lang):
    return L.get(lang, L["en"])


def _h12(d):
    h = d.hour % 12 or 12
    ap = "am" if d.hour < 12 else "pm"
    return ("%d%s" % (h, ap)) if d.minute == 0 else ("%d:%02d%s" % (h, d.minute, ap))


def when_str(start, end, tzname, lang="en", allday=False):
    if lang == "en":
        s = "%s %s %d, %d" % (DAYS_EN[start.weekday()], MONS_EN[start.month - 1], start.day, start.year)
        if allday:
            return s
        return "%s %s – %s (%s)" % (s, _h12(start), _h12(end), tzname)
    if lang in ("de", "pl", "ru", "el", "nl", "tr"):
        ds = start.strftime("%d.%m.%Y") if lang != "nl" else start.strftime("%d-%m-%Y")
    elif lang in ("fr", "es", "it", "pt", "ar", "he", "hi", "th"):
        ds = start.strftime("%d/%m/%Y")
    else:   # zh ja ko
        ds = start.strftime("%Y/%m/%d")
    if allday:
        return ds
    return "%s %s–%s (%s)" % (ds, start.strftime("%H:%M"), end.strftime("%H:%M"), tzname)
