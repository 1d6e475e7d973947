"""Localised client boilerplate (subject prefixes, labels)."""
import datetime as dt

B = {
    "en": dict(inv="Invitation", upd="Updated invitation", canc="Canceled event", acc="Accepted", dec="Declined",
               tent="Tentatively accepted", invited="You have been invited to the following event.", when="When",
               where="Location", who="Who", organizer="organizer", join_meet="Join with Google Meet",
               calendar="Calendar", reply_for="Reply for", yes="Yes", no="No", maybe="Maybe",
               more="More options", inv_from="Invitation from Google Calendar", accept="Accept", decline="Decline",
               has_invited="{name} has invited you to", title="Title", desc="Description", time="Time",
               ol_acc="Accepted", ol_dec="Declined", ol_tent="Tentative", ol_canc="Canceled", fw="FW", fwd="Fwd",
               has_acc="{name} has accepted this invitation.", has_dec="{name} has declined this invitation.",
               has_tent="{name} has tentatively accepted this invitation."),
    "de": dict(inv="Einladung", upd="Aktualisierte Einladung", canc="Abgesagter Termin", acc="Angenommen",
               dec="Abgelehnt", tent="Mit Vorbehalt angenommen", invited="Sie wurden zu folgendem Termin eingeladen.",
               when="Wann", where="Ort", who="Teilnehmer", organizer="Organisator", join_meet="Mit Google Meet teilnehmen",
               calendar="Kalender", reply_for="Antwort für", yes="Ja", no="Nein", maybe="Vielleicht",
               more="Weitere Optionen", inv_from="Einladung von Google Kalender", accept="Annehmen", decline="Ablehnen",
               has_invited="{name} hat Sie eingeladen zu", title="Titel", desc="Beschreibung", time="Zeit",
               ol_acc="Angenommen", ol_dec="Abgelehnt", ol_tent="Mit Vorbehalt angenommen", ol_canc="Abgesagt",
               fw="WG", fwd="Fwd", has_acc="{name} hat diese Einladung angenommen.",
               has_dec="{name} hat diese Einladung abgelehnt.", has_tent="{name} hat diese Einladung mit Vorbehalt angenommen."),
    "fr": dict(inv="Invitation", upd="Invitation mise à jour", canc="Événement annulé", acc="Accepté", dec="Refusé",
               tent="Accepté provisoirement", invited="Vous avez été invité à l'événement suivant.", when="Quand",
               where="Lieu", who="Participants", organizer="organisateur", join_meet="Participer avec Google Meet",
               calendar="Agenda", reply_for="Répondre pour", yes="Oui", no="Non", maybe="Peut-être",
               more="Plus d'options", inv_from="Invitation de Google Agenda", accept="Accepter", decline="Refuser",
               has_invited="{name} vous a invité à", title="Titre", desc="Description", time="Heure",
               ol_acc="Accepté", ol_dec="Refusé", ol_tent="Provisoire", ol_canc="Annulé", fw="TR", fwd="Fwd",
               has_acc="{name} a accepté cette invitation.", has_dec="{name} a refusé cette invitation.",
               has_tent="{name} a accepté provisoirement cette invitation."),
    "es": dict(inv="Invitación", upd="Invitación actualizada", canc="Evento cancelado", acc="Aceptado", dec="Rechazado",
               tent="Aceptado provisionalmente", invited="Se te ha invitado al siguiente evento.", when="Cuándo",
               where="Ubicación", who="Invitados", organizer="organizador", join_meet="Unirse con Google Meet",
               calendar="Calendario", reply_for="Responder para", yes="Sí", no="No", maybe="Quizás",
               more="Más opciones", inv_from="Invitación de Google Calendar", accept="Aceptar", decline="Rechazar",
               has_invited="{name} te ha invitado a", title="Título", desc="Descripción", time="Hora",
               ol_acc="Aceptado", ol_dec="Rechazado", ol_tent="Provisional", ol_canc="Cancelado", fw="RV", fwd="Fwd",
               has_acc="{name} ha aceptado esta invitación.", has_dec="{name} ha rechazado esta invitación.",
               has_tent="{name} ha aceptado provisionalmente esta invitación."),
    "it": dict(inv="Invito", upd="Invito aggiornato", canc="Evento annullato", acc="Accettato", dec="Rifiutato",
               tent="Accettato provvisoriamente", invited="Sei stato invitato al seguente evento.", when="Quando",
               where="Luogo", who="Partecipanti", organizer="organizzatore", join_meet="Partecipa con Google Meet",
               calendar="Calendario", reply_for="Rispondi per", yes="Sì", no="No", maybe="Forse",
               more="Altre opzioni", inv_from="Invito da Google Calendar", accept="Accetta", decline="Rifiuta",
               has_invited="{name} ti ha invitato a", title="Titolo", desc="Descrizione", time="Ora",
               ol_acc="Accettato", ol_dec="Rifiutato", ol_tent="Provvisorio", ol_canc="Annullato", fw="I", fwd="Fwd",
               has_acc="{name} ha accettato questo invito.", has_dec="{name} ha rifiutato questo invito.",
               has_tent="{name} ha accettato provvisoriamente questo invito."),
    "pt": dict(inv="Convite", upd="Convite atualizado", canc="Evento cancelado", acc="Aceito", dec="Recusado",
               tent="Aceito provisoriamente", invited="Você foi convidado para o seguinte evento.", when="Quando",
               where="Local", who="Participantes", organizer="organizador", join_meet="Participar com o Google Meet",
               calendar="Agenda", reply_for="Responder por", yes="Sim", no="Não", maybe="Talvez",
               more="Mais opções", inv_from="Convite do Google Agenda", accept="Aceitar", decline="Recusar",
               has_invited="{name} convidou você para", title="Título", desc="Descrição", time="Hora",
               ol_acc="Aceito", ol_dec="Recusado", ol_tent="Provisório", ol_canc="Cancelado", fw="ENC", fwd="Fwd",
               has_acc="{name} aceitou este convite.", has_dec="{name} recusou este convite.",
               has_tent="{name} aceitou provisoriamente este convite."),
    "nl": dict(inv="Uitnodiging", upd="Bijgewerkte uitnodiging", canc="Geannuleerd evenement", acc="Geaccepteerd",
               dec="Geweigerd", tent="Voorlopig geaccepteerd", invited="Je bent uitgenodigd voor het volgende evenement.",
               when="Wanneer", where="Locatie", who="Wie", organizer="organisator", join_meet="Deelnemen met Google Meet",
               calendar="Agenda", reply_for="Antwoord voor", yes="Ja", no="Nee", maybe="Misschien",
               more="Meer opties", inv_from="Uitnodiging van Google Agenda", accept="Accepteren", decline="Weigeren",
               has_invited="{name} heeft je uitgenodigd voor", title="Titel", desc="Beschrijving", time="Tijd",
               ol_acc="Geaccepteerd", ol_dec="Geweigerd", ol_tent="Voorlopig", ol_canc="Geannuleerd", fw="FW", fwd="Fwd",
               has_acc="{name} heeft deze uitnodiging geaccepteerd.", has_dec="{name} heeft deze uitnodiging geweigerd.",
               has_tent="{name} heeft deze uitnodiging voorlopig geaccepteerd."),
    "pl": dict(inv="Zaproszenie", upd="Zaktualizowane zaproszenie", canc="Odwołane wydarzenie", acc="Zaakceptowano",
               dec="Odrzucono", tent="Wstępnie zaakceptowano", invited="Zaproszono Cię na następujące wydarzenie.",
               when="Kiedy", where="Miejsce", who="Uczestnicy", organizer="organizator",
               join_meet="Dołącz przez Google Meet", calendar="Kalendarz", reply_for="Odpowiedź dla", yes="Tak",
               no="Nie", maybe="Może", more="Więcej opcji", inv_from="Zaproszenie z Kalendarza Google",
               accept="Akceptuj", decline="Odrzuć", has_invited="{name} zaprasza Cię na", title="Tytuł",
               desc="Opis", time="Czas", ol_acc="Zaakceptowano", ol_dec="Odrzucono", ol_tent="Wstępnie",
               ol_canc="Anulowano", fw="PD", fwd="Fwd", has_acc="{name} akceptuje to zaproszenie.",
               has_dec="{name} odrzuca to zaproszenie.", has_tent="{name} wstępnie akceptuje to zaproszenie."),
    "cs": dict(inv="Pozvánka", upd="Aktualizovaná pozvánka", canc="Zrušená událost", acc="Přijato", dec="Odmítnuto",
               tent="Přijato nezávazně", invited="Byli jste pozváni na následující událost.", when="Kdy",
               where="Místo", who="Kdo", organizer="organizátor", join_meet="Připojit se přes Google Meet",
               calendar="Kalendář", reply_for="Odpověď za", yes="Ano", no="Ne", maybe="Možná",
               more="Další možnosti", inv_from="Pozvánka z Kalendáře Google", accept="Přijmout", decline="Odmítnout",
               has_invited="{name} vás zve na", title="Název", desc="Popis", time="Čas",
               ol_acc="Přijato", ol_dec="Odmítnuto", ol_tent="Nezávazně", ol_canc="Zrušeno", fw="PŘ", fwd="Fwd",
               has_acc="{name} přijal(a) tuto pozvánku.", has_dec="{name} odmítl(a) tuto pozvánku.",
               has_tent="{name} nezávazně přijal(a) tuto pozvánku."),
    "ru": dict(inv="Приглашение", upd="Обновленное приглашение", canc="Мероприятие отменено", acc="Принято",
               dec="Отклонено", tent="Под вопросом", invited="Вы приглашены на следующее мероприятие.",
               when="Когда", where="Место", who="Участники", organizer="организатор",
               join_meet="Присоединиться через Google Meet", calendar="Календарь", reply_for="Ответ от имени",
               yes="Да", no="Нет", maybe="Возможно", more="Другие параметры",
               inv_from="Приглашение из Google Календаря", accept="Принять", decline="Отклонить",
               has_invited="{name} приглашает вас на", title="Название", desc="Описание", time="Время",
               ol_acc="Принято", ol_dec="Отклонено", ol_tent="Под вопросом", ol_canc="Отменено", fw="ПЕРЕСЛ",
               fwd="Fwd", has_acc="{name} принял(а) это приглашение.", has_dec="{name} отклонил(а) это приглашение.",
               has_tent="{name} ответил(а) «Возможно»."),
    "el": dict(inv="Πρόσκληση", upd="Ενημερωμένη πρόσκληση", canc="Ακυρωμένη εκδήλωση", acc="Αποδεκτή",
               dec="Απορρίφθηκε", tent="Αποδεκτή με επιφύλαξη", invited="Έχετε προσκληθεί στην παρακάτω εκδήλωση.",
               when="Πότε", where="Τοποθεσία", who="Συμμετέχοντες", organizer="διοργανωτής",
               join_meet="Συμμετοχή μέσω Google Meet", calendar="Ημερολόγιο", reply_for="Απάντηση για",
               yes="Ναι", no="Όχι", maybe="Ίσως", more="Περισσότερες επιλογές",
               inv_from="Πρόσκληση από το Ημερολόγιο Google", accept="Αποδοχή", decline="Απόρριψη",
               has_invited="Ο/Η {name} σας προσκάλεσε στο", title="Τίτλος", desc="Περιγραφή", time="Ώρα",
               ol_acc="Αποδεκτό", ol_dec="Απορρίφθηκε", ol_tent="Με επιφύλαξη", ol_canc="Ακυρώθηκε", fw="ΠΡΘ",
               fwd="Fwd", has_acc="Ο/Η {name} αποδέχτηκε την πρόσκληση.", has_dec="Ο/Η {name} απέρριψε την πρόσκληση.",
               has_tent="Ο/Η {name} αποδέχτηκε με επιφύλαξη."),
    "tr": dict(inv="Davet", upd="Güncellenmiş davet", canc="İptal edilen etkinlik", acc="Kabul edildi",
               dec="Reddedildi", tent="Belki", invited="Aşağıdaki etkinliğe davet edildiniz.", when="Ne zaman",
               where="Konum", who="Katılımcılar", organizer="düzenleyen", join_meet="Google Meet ile katıl",
               calendar="Takvim", reply_for="Yanıtlayan", yes="Evet", no="Hayır", maybe="Belki",
               more="Diğer seçenekler", inv_from="Google Takvim daveti", accept="Kabul et", decline="Reddet",
               has_invited="{name} sizi davet etti:", title="Başlık", desc="Açıklama", time="Saat",
               ol_acc="Kabul Edildi", ol_dec="Reddedildi", ol_tent="Kesin Değil", ol_canc="İptal Edildi", fw="İLT",
               fwd="Fwd", has_acc="{name} bu daveti kabul etti.", has_dec="{name} bu daveti reddetti.",
               has_tent="{name} bu davete belki yanıtını verdi."),
    "ar": dict(inv="دعوة", upd="دعوة محدَّثة", canc="حدث ملغى", acc="مقبول", dec="مرفوض", tent="مقبول مبدئيًا",
               invited="تمت دعوتك إلى الحدث التالي.", when="الوقت", where="المكان", who="المدعوون",
               organizer="المنظِّم", join_meet="الانضمام باستخدام Google Meet", calendar="التقويم",
               reply_for="الرد عن", yes="نعم", no="لا", maybe="ربما", more="خيارات إضافية",
               inv_from="دعوة من تقويم Google", accept="قبول", decline="رفض", has_invited="دعاك {name} إلى",
               title="العنوان", desc="الوصف", time="الوقت", ol_acc="مقبول", ol_dec="مرفوض", ol_tent="مبدئي",
               ol_canc="ملغى", fw="إعادة توجيه", fwd="Fwd", has_acc="قبل {name} هذه الدعوة.",
               has_dec="رفض {name} هذه الدعوة.", has_tent="قبل {name} هذه الدعوة مبدئيًا."),
    "he": dict(inv="הזמנה", upd="הזמנה מעודכנת", canc="אירוע שבוטל", acc="התקבל", dec="נדחה", tent="אולי",
               invited="הוזמנת לאירוע הבא.", when="מתי", where="מיקום", who="משתתפים", organizer="מארגן",
               join_meet="הצטרפות באמצעות Google Meet", calendar="יומן", reply_for="תשובה עבור", yes="כן",
               no="לא", maybe="אולי", more="אפשרויות נוספות", inv_from="הזמנה מיומן Google", accept="אישור",
               decline="דחייה", has_invited="{name} הזמין/ה אותך אל", title="כותרת", desc="תיאור", time="שעה",
               ol_acc="התקבל", ol_dec="נדחה", ol_tent="טנטטיבי", ol_canc="בוטל", fw="הועבר", fwd="Fwd",
               has_acc="{name} אישר/ה את ההזמנה.", has_dec="{name} דחה/תה את ההזמנה.", has_tent="{name} השיב/ה אולי."),
    "zh": dict(inv="邀请", upd="更新后的邀请", canc="已取消的活动", acc="已接受", dec="已拒绝", tent="暂定",
               invited="您已受邀参加以下活动。", when="时间", where="地点", who="参与者", organizer="组织者",
               join_meet="使用 Google Meet 加入", calendar="日历", reply_for="回复身份", yes="是", no="否",
               maybe="可能", more="更多选项", inv_from="来自 Google 日历的邀请", accept="接受", decline="拒绝",
               has_invited="{name} 邀请您参加", title="标题", desc="说明", time="时间", ol_acc="已接受",
               ol_dec="已拒绝", ol_tent="暂定", ol_canc="已取消", fw="转发", fwd="Fwd",
               has_acc="{name} 已接受此邀请。", has_dec="{name} 已拒绝此邀请。", has_tent="{name} 暂定接受此邀请。"),
    "zh-tw": dict(inv="邀請", upd="更新後的邀請", canc="已取消的活動", acc="已接受", dec="已拒絕", tent="未定",
                  invited="您已受邀參加以下活動。", when="時間", where="地點", who="參與者", organizer="主辦人",
                  join_meet="使用 Google Meet 加入", calendar="日曆", reply_for="回覆身分", yes="是", no="否",
                  maybe="不確定", more="更多選項", inv_from="來自 Google 日曆的邀請", accept="接受", decline="拒絕",
                  has_invited="{name} 邀請您參加", title="標題", desc="說明", time="時間", ol_acc="已接受",
                  ol_dec="已拒絕", ol_tent="暫訂", ol_canc="已取消", fw="轉寄", fwd="Fwd",
                  has_acc="{name} 已接受此邀請。", has_dec="{name} 已拒絕此邀請。", has_tent="{name} 暫定接受此邀請。"),
    "ja": dict(inv="招待", upd="招待状の更新", canc="キャンセルされた予定", acc="承諾", dec="辞退", tent="未定",
               invited="次の予定に招待されました。", when="日時", where="場所", who="参加者", organizer="主催者",
               join_meet="Google Meet に参加", calendar="カレンダー", reply_for="返信先", yes="はい", no="いいえ",
               maybe="未定", more="その他のオプション", inv_from="Google カレンダーからの招待状", accept="承諾",
               decline="辞退", has_invited="{name} さんから招待されました:", title="タイトル", desc="説明", time="時間",
               ol_acc="承諾", ol_dec="辞退", ol_tent="仮承諾", ol_canc="キャンセル", fw="FW", fwd="Fwd",
               has_acc="{name} さんがこの招待を承諾しました。", has_dec="{name} さんがこの招待を辞退しました。",
               has_tent="{name} さんがこの招待に「未定」と回答しました。"),
    "ko": dict(inv="초대", upd="업데이트된 초대", canc="취소된 일정", acc="수락함", dec="거절함", tent="미정",
               invited="다음 일정에 초대되었습니다.", when="일시", where="장소", who="참석자", organizer="주최자",
               join_meet="Google Meet으로 참여", calendar="캘린더", reply_for="응답자", yes="예", no="아니요",
               maybe="미정", more="옵션 더보기", inv_from="Google 캘린더 초대장", accept="수락", decline="거절",
               has_invited="{name}님이 초대했습니다:", title="제목", desc="설명", time="시간", ol_acc="수락",
               ol_dec="거절", ol_tent="미정", ol_canc="취소됨", fw="FW", fwd="Fwd",
               has_acc="{name}님이 초대를 수락했습니다.", has_dec="{name}님이 초대를 거절했습니다.",
               has_tent="{name}님이 미정으로 응답했습니다."),
    "hi": dict(inv="आमंत्रण", upd="अपडेट किया गया आमंत्रण", canc="रद्द किया गया इवेंट", acc="स्वीकार किया",
               dec="अस्वीकार किया", tent="शायद", invited="आपको नीचे दिए गए इवेंट में आमंत्रित किया गया है।",
               when="कब", where="जगह", who="कौन", organizer="आयोजक", join_meet="Google Meet से जुड़ें",
               calendar="कैलेंडर", reply_for="इनके लिए जवाब", yes="हां", no="नहीं", maybe="शायद",
               more="ज़्यादा विकल्प", inv_from="Google Calendar से आमंत्रण", accept="स्वीकार करें",
               decline="अस्वीकार करें", has_invited="{name} ने आपको आमंत्रित किया है:", title="शीर्षक",
               desc="विवरण", time="समय", ol_acc="स्वीकृत", ol_dec="अस्वीकृत", ol_tent="संभावित", ol_canc="रद्द",
               fw="FW", fwd="Fwd", has_acc="{name} ने यह आमंत्रण स्वीकार कर लिया है।",
               has_dec="{name} ने यह आमंत्रण अस्वीकार कर दिया है।", has_tent="{name} ने शायद का जवाब दिया है।"),
    "th": dict(inv="คำเชิญ", upd="คำเชิญที่อัปเดต", canc="กิจกรรมที่ยกเลิก", acc="ตอบรับแล้ว", dec="ปฏิเสธแล้ว",
               tent="อาจจะ", invited="คุณได้รับเชิญเข้าร่วมกิจกรรมต่อไปนี้", when="เมื่อใด", where="สถานที่",
               who="ผู้เข้าร่วม", organizer="ผู้จัด", join_meet="เข้าร่วมด้วย Google Meet", calendar="ปฏิทิน",
               reply_for="ตอบกลับในนาม", yes="ใช่", no="ไม่", maybe="อาจจะ", more="ตัวเลือกเพิ่มเติม",
               inv_from="คำเชิญจาก Google ปฏิทิน", accept="ตอบรับ", decline="ปฏิเสธ",
               has_invited="{name} เชิญคุณเข้าร่วม", title="ชื่อ", desc="รายละเอียด", time="เวลา",
               ol_acc="ตอบรับ", ol_dec="ปฏิเสธ", ol_tent="ไม่แน่นอน", ol_canc="ยกเลิก", fw="FW", fwd="Fwd",
               has_acc="{name} ตอบรับคำเชิญนี้แล้ว", has_dec="{name} ปฏิเสธคำเชิญนี้แล้ว",
               has_tent="{name} ตอบว่าอาจจะ"),
}


def L(lang, key, tw=False):
    if lang == "zh" and tw:
        return B["zh-tw"].get(key, B["en"][key])
    return B.get(lang, B["en"]).get(key, B["en"][key])


WD_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MO_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WD = {
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."], "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"], "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
    "pt": ["seg", "ter", "qua", "qui", "sex", "sáb", "dom"], "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
    "pl": ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."], "cs": ["po", "út", "st", "čt", "pá", "so", "ne"],
    "ru": ["пн", "вт", "ср", "чт", "пт", "сб", "вс"], "el": ["Δευ", "Τρί", "Τετ", "Πέμ", "Παρ", "Σάβ", "Κυρ"],
    "tr": ["Pzt", "Sal", "Çar", "Per", "Cum", "Cmt", "Paz"], "ar": ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
    "he": ["יום ב׳", "יום ג׳", "יום ד׳", "יום ה׳", "יום ו׳", "שבת", "יום א׳"], "zh": ["周一", "周二", "周三", "周四", "周五", "周六", "周日"],
    "ja": ["月", "火", "水", "木", "金", "土", "日"], "ko": ["월", "화", "수", "목", "금", "토", "일"],
    "hi": ["सोम", "मंगल", "बुध", "गुरु", "शुक्र", "शनि", "रवि"], "th": ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."],
}


def _ampm(d):
    h = d.hour % 12 or 12
    s = "%d" % h if d.minute == 0 else "%d:%02d" % (h, d.minute)
    return s + ("am" if d.hour < 12 else "pm")


def when_google(lang, start, end, allday, tzabbr, rrule=None):
    """Google-style date/time range string."""
    if lang == "en":
        if allday:
            s = "%s %s %d, %d" % (WD_EN[start.weekday()], MO_EN[start.month - 1], start.day, start.year)
            if (end - start).days > 1:
                e2 = end - dt.timedelta(days=1)
                s += " - %s %s %d, %d" % (WD_EN[e2.weekday()], MO_EN[e2.month - 1], e2.day, e2.year)
            return s
        if rrule:
            return "Weekly from %s to %s on %s (%s)" % (_ampm(start), _ampm(end), WD_EN[start.weekday()], tzabbr) if "WEEKLY" in rrule else \
                "%s from %s to %s (%s)" % ("Daily" if "DAILY" in rrule else "Monthly", _ampm(start), _ampm(end), tzabbr)
        return "%s %s %d, %d %s - %s (%s)" % (WD_EN[start.weekday()], MO_EN[start.month - 1], start.day, start.year,
                                              _ampm(start), _ampm(end), tzabbr)
    return when_local(lang, start, end, allday, tzabbr)


def when_local(lang, start, end, allday, tzabbr=""):
    wd = WD.get(lang, WD_EN)[start.weekday()] if lang in WD else WD_EN[start.weekday()]
    y, mo, d = start.year, start.month, start.day
    if lang in ("ja", "zh"):
        s = "%d年%d月%d日(%s)" % (y, mo, d, wd)
    elif lang == "ko":
        s = "%d. %d. %d. (%s)" % (y, mo, d, wd)
    elif lang in ("de", "ru", "pl", "cs", "tr"):
        s = "%s %02d.%02d.%d" % (wd, d, mo, y)
    elif lang == "nl":
        s = "%s %d-%d-%d" % (wd, d, mo, y)
    elif lang == "en":
        s = "%s %s %d, %d" % (WD_EN[start.weekday()], MO_EN[mo - 1], d, y)
    else:
        s = "%s %02d/%02d/%d" % (wd, d, mo, y)
    if allday:
        return s
    sep = "～" if lang == "ja" else "–"
    t = "%02d:%02d%s%02d:%02d" % (start.hour, start.minute, sep, end.hour, end.minute)
    return "%s %s%s" % (s, t, (" (%s)" % tzabbr) if tzabbr else "")
