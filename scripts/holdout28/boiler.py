# -*- coding: utf-8 -*-
"""Client boiler-plate strings per language and date formatting."""

K = ['invitation', 'updated', 'canceled', 'accepted', 'declined', 'tentative', 'invited', 'title', 'when',
     'where', 'who', 'organizer', 'going', 'yes', 'maybe', 'no', 'join', 'details', 'has_acc', 'has_dec',
     'has_ten', 'canceled_txt']

_B = {
 'en': ['Invitation', 'Updated invitation', 'Canceled event', 'Accepted', 'Declined', 'Tentatively Accepted',
        'You have been invited to the following event.', 'Title', 'When', 'Where', 'Who', 'organizer',
        'Going', 'Yes', 'Maybe', 'No', 'Join with Google Meet', 'Event details',
        '{0} has accepted this invitation.', '{0} has declined this invitation.',
        '{0} has tentatively accepted this invitation.', 'This event has been canceled.'],
 'de': ['Einladung', 'Aktualisierte Einladung', 'Abgesagter Termin', 'Zugesagt', 'Abgelehnt', 'Mit Vorbehalt angenommen',
        'Sie wurden zu folgendem Termin eingeladen.', 'Titel', 'Wann', 'Wo', 'Teilnehmer', 'Organisator',
        'Nehmen Sie teil', 'Ja', 'Vielleicht', 'Nein', 'Mit Google Meet teilnehmen', 'Termindetails',
        '{0} hat diese Einladung angenommen.', '{0} hat diese Einladung abgelehnt.',
        '{0} hat diese Einladung mit Vorbehalt angenommen.', 'Dieser Termin wurde abgesagt.'],
 'fr': ['Invitation', 'Invitation mise à jour', 'Événement annulé', 'Accepté', 'Refusé', 'Accepté provisoirement',
        "Vous avez été invité à l'événement suivant.", 'Titre', 'Quand', 'Où', 'Participants', 'organisateur',
        'Participerez-vous', 'Oui', 'Peut-être', 'Non', 'Participer avec Google Meet', "Détails de l'événement",
        '{0} a accepté cette invitation.', '{0} a refusé cette invitation.',
        '{0} a accepté provisoirement cette invitation.', 'Cet événement a été annulé.'],
 'es': ['Invitación', 'Invitación actualizada', 'Evento cancelado', 'Aceptado', 'Rechazado', 'Aceptado provisionalmente',
        'Has recibido una invitación para el siguiente evento.', 'Título', 'Cuándo', 'Dónde', 'Quién', 'organizador',
        '¿Asistirás', 'Sí', 'Quizás', 'No', 'Unirse con Google Meet', 'Detalles del evento',
        '{0} ha aceptado esta invitación.', '{0} ha rechazado esta invitación.',
        '{0} ha aceptado provisionalmente esta invitación.', 'Este evento se ha cancelado.'],
 'pt': ['Convite', 'Convite atualizado', 'Evento cancelado', 'Aceito', 'Recusado', 'Aceito provisoriamente',
        'Você recebeu um convite para o seguinte evento.', 'Título', 'Quando', 'Onde', 'Quem', 'organizador',
        'Você vai', 'Sim', 'Talvez', 'Não', 'Participar com Google Meet', 'Detalhes do evento',
        '{0} aceitou este convite.', '{0} recusou este convite.',
        '{0} aceitou provisoriamente este convite.', 'Este evento foi cancelado.'],
 'it': ['Invito', 'Invito aggiornato', 'Evento annullato', 'Accettato', 'Rifiutato', 'Accettato provvisoriamente',
        "Hai ricevuto un invito per l'evento seguente.", 'Titolo', 'Quando', 'Dove', 'Chi', 'organizzatore',
        'Partecipi', 'Sì', 'Forse', 'No', 'Partecipa con Google Meet', "Dettagli dell'evento",
        '{0} ha accettato questo invito.', '{0} ha rifiutato questo invito.',
        '{0} ha accettato provvisoriamente questo invito.', 'Questo evento è stato annullato.'],
 'nl': ['Uitnodiging', 'Bijgewerkte uitnodiging', 'Geannuleerd afspraak', 'Geaccepteerd', 'Geweigerd', 'Voorlopig geaccepteerd',
        'Je bent uitgenodigd voor het volgende afspraak.', 'Titel', 'Wanneer', 'Waar', 'Wie', 'organisator',
        'Ga je', 'Ja', 'Misschien', 'Nee', 'Deelnemen met Google Meet', 'Details van afspraak',
        '{0} heeft deze uitnodiging geaccepteerd.', '{0} heeft deze uitnodiging geweigerd.',
        '{0} heeft deze uitnodiging voorlopig geaccepteerd.', 'Deze afspraak is geannuleerd.'],
 'pl': ['Zaproszenie', 'Zaktualizowane zaproszenie', 'Odwołane wydarzenie', 'Zaakceptowano', 'Odrzucono', 'Wstępnie zaakceptowano',
        'Otrzymałeś zaproszenie na następujące wydarzenie.', 'Tytuł', 'Kiedy', 'Gdzie', 'Kto', 'organizator',
        'Weźmiesz udział', 'Tak', 'Może', 'Nie', 'Dołącz przez Google Meet', 'Szczegóły wydarzenia',
        '{0} zaakceptował(a) to zaproszenie.', '{0} odrzucił(a) to zaproszenie.',
        '{0} wstępnie zaakceptował(a) to zaproszenie.', 'To wydarzenie zostało odwołane.'],
 'tr': ['Davet', 'Güncellenmiş davet', 'İptal edilen etkinlik', 'Kabul edildi', 'Reddedildi', 'Belki',
        'Aşağıdaki etkinliğe davet edildiniz.', 'Başlık', 'Ne zaman', 'Nerede', 'Katılımcılar', 'düzenleyen',
        'Katılacak mısınız', 'Evet', 'Belki', 'Hayır', 'Google Meet ile katıl', 'Etkinlik ayrıntıları',
        '{0} bu daveti kabul etti.', '{0} bu daveti reddetti.',
        '{0} bu daveti belki olarak yanıtladı.', 'Bu etkinlik iptal edildi.'],
 'ru': ['Приглашение', 'Обновленное приглашение', 'Мероприятие отменено', 'Принято', 'Отклонено', 'Под вопросом',
        'Вас пригласили на следующее мероприятие.', 'Название', 'Когда', 'Где', 'Участники', 'организатор',
        'Вы придете', 'Да', 'Возможно', 'Нет', 'Присоединиться через Google Meet', 'Сведения о мероприятии',
        '{0} принял(а) это приглашение.', '{0} отклонил(а) это приглашение.',
        '{0} ответил(а) «Возможно».', 'Это мероприятие отменено.'],
 'el': ['Πρόσκληση', 'Ενημερωμένη πρόσκληση', 'Ακυρωμένη εκδήλωση', 'Αποδεκτό', 'Απορρίφθηκε', 'Αποδεκτό με επιφύλαξη',
        'Έχετε προσκληθεί στην παρακάτω εκδήλωση.', 'Τίτλος', 'Πότε', 'Πού', 'Ποιοι', 'διοργανωτής',
        'Θα έρθετε', 'Ναι', 'Ίσως', 'Όχι', 'Συμμετοχή με το Google Meet', 'Λεπτομέρειες εκδήλωσης',
        'Ο/Η {0} αποδέχτηκε την πρόσκληση.', 'Ο/Η {0} απέρριψε την πρόσκληση.',
        'Ο/Η {0} αποδέχτηκε με επιφύλαξη.', 'Η εκδήλωση ακυρώθηκε.'],
 'ar': ['دعوة', 'دعوة معدّلة', 'حدث ملغى', 'تم القبول', 'تم الرفض', 'مقبول مبدئيًا',
        'تمت دعوتك إلى الحدث التالي.', 'العنوان', 'الموعد', 'المكان', 'المدعوون', 'المنظِّم',
        'هل ستحضر', 'نعم', 'ربما', 'لا', 'الانضمام عبر Google Meet', 'تفاصيل الحدث',
        'قبل {0} هذه الدعوة.', 'رفض {0} هذه الدعوة.', 'قبل {0} هذه الدعوة مبدئيًا.', 'تم إلغاء هذا الحدث.'],
 'he': ['הזמנה', 'הזמנה מעודכנת', 'אירוע שבוטל', 'התקבל', 'נדחה', 'התקבל באופן זמני',
        'הוזמנת לאירוע הבא.', 'כותרת', 'מתי', 'איפה', 'משתתפים', 'מארגן',
        'האם תגיע', 'כן', 'אולי', 'לא', 'הצטרפות באמצעות Google Meet', 'פרטי האירוע',
        '{0} אישר/ה את ההזמנה.', '{0} דחה/תה את ההזמנה.', '{0} אישר/ה באופן זמני.', 'האירוע בוטל.'],
 'zh': ['邀请', '更新的邀请', '已取消的活动', '已接受', '已拒绝', '暂定',
        '您已受邀参加以下活动。', '标题', '时间', '地点', '参与者', '组织者',
        '是否参加', '是', '可能', '否', '使用 Google Meet 加入', '活动详情',
        '{0} 已接受此邀请。', '{0} 已拒绝此邀请。', '{0} 暂定接受此邀请。', '此活动已取消。'],
 'zt': ['邀請', '更新的邀請', '已取消的活動', '已接受', '已拒絕', '暫定',
        '您已受邀參加以下活動。', '標題', '時間', '地點', '參與者', '主辦人',
        '是否參加', '是', '可能', '否', '使用 Google Meet 加入', '活動詳細資料',
        '{0} 已接受此邀請。', '{0} 已拒絕此邀請。', '{0} 暫定接受此邀請。', '此活動已取消。'],
 'ja': ['招待', '更新された招待', 'キャンセルされた予定', '承諾', '辞退', '仮承諾',
        '次の予定に招待されました。', 'タイトル', '日時', '場所', '参加者', '主催者',
        '参加しますか', 'はい', '未定', 'いいえ', 'Google Meet に参加', '予定の詳細',
        '{0} さんがこの招待を承諾しました。', '{0} さんがこの招待を辞退しました。',
        '{0} さんがこの招待を仮承諾しました。', 'この予定はキャンセルされました。'],
 'ko': ['초대', '업데이트된 초대', '취소된 일정', '수락함', '거절함', '미정',
        '다음 일정에 초대되었습니다.', '제목', '일시', '장소', '참석자', '주최자',
        '참석하시겠습니까', '예', '미정', '아니요', 'Google Meet으로 참여', '일정 세부정보',
        '{0}님이 초대를 수락했습니다.', '{0}님이 초대를 거절했습니다.', '{0}님이 미정으로 응답했습니다.', '이 일정이 취소되었습니다.'],
 'hi': ['आमंत्रण', 'अपडेट किया गया आमंत्रण', 'रद्द किया गया इवेंट', 'स्वीकार किया', 'अस्वीकार किया', 'शायद',
        'आपको इस इवेंट के लिए आमंत्रित किया गया है।', 'शीर्षक', 'कब', 'कहां', 'कौन', 'आयोजक',
        'क्या आप आएंगे', 'हां', 'शायद', 'नहीं', 'Google Meet से जुड़ें', 'इवेंट की जानकारी',
        '{0} ने यह आमंत्रण स्वीकार किया है।', '{0} ने यह आमंत्रण अस्वीकार किया है।',
        '{0} ने शायद के रूप में जवाब दिया है।', 'यह इवेंट रद्द कर दिया गया है।'],
 'th': ['คำเชิญ', 'คำเชิญที่อัปเดต', 'กิจกรรมที่ยกเลิก', 'ตอบรับแล้ว', 'ปฏิเสธแล้ว', 'ตอบรับแบบไม่แน่นอน',
        'คุณได้รับเชิญเข้าร่วมกิจกรรมต่อไปนี้', 'ชื่อ', 'เวลา', 'สถานที่', 'ผู้เข้าร่วม', 'ผู้จัด',
        'จะเข้าร่วมหรือไม่', 'ใช่', 'อาจจะ', 'ไม่', 'เข้าร่วมด้วย Google Meet', 'รายละเอียดกิจกรรม',
        '{0} ตอบรับคำเชิญนี้แล้ว', '{0} ปฏิเสธคำเชิญนี้แล้ว', '{0} ตอบรับแบบไม่แน่นอน', 'กิจกรรมนี้ถูกยกเลิกแล้ว'],
}

BOIL = {lang: dict(zip(K, v)) for lang, v in _B.items()}
for _l, _d in BOIL.items():
    assert len(_d) == len(K), _l


def b(lang, key):
    return BOIL.get(lang, BOIL['en'])[key]


EN_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
EN_MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def _h12(t):
    h = t.hour % 12 or 12
    ap = 'am' if t.hour < 12 else 'pm'
    if t.minute:
        return '%d:%02d%s' % (h, t.minute, ap)
    return '%d%s' % (h, ap)


def fmt_when(lang, start, end=None, tzabbr='', allday=False):
    """Human readable date range as the clients print it (roughly)."""
    if allday:
        if lang == 'en':
            return '%s %s %d, %d' % (EN_DAYS[start.weekday()], EN_MON[start.month - 1], start.day, start.year)
        if lang in ('zh', 'zt', 'ja'):
            return '%d年%d月%d日' % (start.year, start.month, start.day)
        if lang == 'ko':
            return '%d년 %d월 %d일' % (start.year, start.month, start.day)
        return start.strftime('%d.%m.%Y' if lang in ('de', 'ru', 'pl', 'tr') else '%d/%m/%Y')
    if lang == 'en':
        s = '%s %s %d, %d %s' % (EN_DAYS[start.weekday()], EN_MON[start.month - 1], start.day, start.year, _h12(start))
        if end:
            s += ' - ' + _h12(end)
    else:
        if lang in ('zh', 'zt', 'ja'):
            s = '%d年%d月%d日 %02d:%02d' % (start.year, start.month, start.day, start.hour, start.minute)
        elif lang == 'ko':
            s = '%d년 %d월 %d일 %02d:%02d' % (start.year, start.month, start.day, start.hour, start.minute)
        elif lang in ('de', 'ru', 'pl', 'tr'):
            s = start.strftime('%d.%m.%Y %H:%M')
        elif lang == 'nl':
            s = start.strftime('%d-%m-%Y %H:%M')
        else:
            s = start.strftime('%d/%m/%Y %H:%M')
        if end:
            s += ' - %02d:%02d' % (end.hour, end.minute)
    if tzabbr:
        s += ' (%s)' % tzabbr
    return s
