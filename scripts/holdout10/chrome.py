"""Localized client 'chrome' strings (invitation prefixes, field labels)."""
import datetime as dt

C = {
 'en': dict(inv='Invitation', upd='Updated invitation', cxl='Canceled event', acc='Accepted', dec='Declined', tent='Tentatively Accepted', when='When', where='Where', org='Organizer', who='Guests', join='Join with Google Meet', invited='You have been invited to the following event.', desc='Description', rsvp='Going?'),
 'de': dict(inv='Einladung', upd='Aktualisierte Einladung', cxl='Abgesagter Termin', acc='Angenommen', dec='Abgelehnt', tent='Mit Vorbehalt angenommen', when='Wann', where='Wo', org='Organisator', who='Gäste', join='Mit Google Meet teilnehmen', invited='Sie wurden zu folgendem Termin eingeladen.', desc='Beschreibung', rsvp='Teilnehmen?'),
 'fr': dict(inv='Invitation', upd='Invitation mise à jour', cxl='Événement annulé', acc='Acceptée', dec='Refusée', tent='Acceptée provisoirement', when='Quand', where='Où', org='Organisateur', who='Invités', join='Participer avec Google Meet', invited='Vous avez été invité à l\'événement suivant.', desc='Description', rsvp='Participer ?'),
 'es': dict(inv='Invitación', upd='Invitación actualizada', cxl='Evento cancelado', acc='Aceptado', dec='Rechazado', tent='Aceptado provisionalmente', when='Cuándo', where='Dónde', org='Organizador', who='Invitados', join='Unirse con Google Meet', invited='Has recibido una invitación al siguiente evento.', desc='Descripción', rsvp='¿Asistirás?'),
 'pt': dict(inv='Convite', upd='Convite atualizado', cxl='Evento cancelado', acc='Aceito', dec='Recusado', tent='Aceito provisoriamente', when='Quando', where='Onde', org='Organizador', who='Convidados', join='Participar com Google Meet', invited='Você foi convidado para o seguinte evento.', desc='Descrição', rsvp='Vai participar?'),
 'it': dict(inv='Invito', upd='Invito aggiornato', cxl='Evento annullato', acc='Accettato', dec='Rifiutato', tent='Accettato provvisoriamente', when='Quando', where='Dove', org='Organizzatore', who='Invitati', join='Partecipa con Google Meet', invited='Sei stato invitato al seguente evento.', desc='Descrizione', rsvp='Parteciperai?'),
 'nl': dict(inv='Uitnodiging', upd='Bijgewerkte uitnodiging', cxl='Geannuleerde afspraak', acc='Geaccepteerd', dec='Geweigerd', tent='Voorlopig geaccepteerd', when='Wanneer', where='Waar', org='Organisator', who='Gasten', join='Deelnemen met Google Meet', invited='Je bent uitgenodigd voor de volgende afspraak.', desc='Beschrijving', rsvp='Ga je?'),
 'pl': dict(inv='Zaproszenie', upd='Zaktualizowane zaproszenie', cxl='Odwołane wydarzenie', acc='Zaakceptowano', dec='Odrzucono', tent='Wstępnie zaakceptowano', when='Kiedy', where='Gdzie', org='Organizator', who='Goście', join='Dołącz przez Google Meet', invited='Zaproszono Cię na następujące wydarzenie.', desc='Opis', rsvp='Weźmiesz udział?'),
 'tr': dict(inv='Davet', upd='Güncellenmiş davet', cxl='İptal edilen etkinlik', acc='Kabul edildi', dec='Reddedildi', tent='Belki', when='Ne zaman', where='Nerede', org='Düzenleyen', who='Davetliler', join='Google Meet ile katıl', invited='Aşağıdaki etkinliğe davet edildiniz.', desc='Açıklama', rsvp='Katılacak mısınız?'),
 'ru': dict(inv='Приглашение', upd='Обновленное приглашение', cxl='Мероприятие отменено', acc='Принято', dec='Отклонено', tent='Под вопросом', when='Когда', where='Где', org='Организатор', who='Участники', join='Присоединиться к Google Meet', invited='Вас пригласили на следующее мероприятие.', desc='Описание', rsvp='Примете участие?'),
 'el': dict(inv='Πρόσκληση', upd='Ενημερωμένη πρόσκληση', cxl='Ακυρωμένη εκδήλωση', acc='Αποδεκτή', dec='Απορρίφθηκε', tent='Ίσως', when='Πότε', where='Πού', org='Διοργανωτής', who='Προσκεκλημένοι', join='Συμμετοχή με Google Meet', invited='Έχετε προσκληθεί στην παρακάτω εκδήλωση.', desc='Περιγραφή', rsvp='Θα έρθετε;'),
 'ar': dict(inv='دعوة', upd='دعوة محدّثة', cxl='حدث ملغى', acc='مقبول', dec='مرفوض', tent='ربما', when='الموعد', where='المكان', org='المنظِّم', who='الضيوف', join='الانضمام باستخدام Google Meet', invited='تمت دعوتك إلى الحدث التالي.', desc='الوصف', rsvp='هل ستحضر؟'),
 'he': dict(inv='הזמנה', upd='הזמנה מעודכנת', cxl='אירוע שבוטל', acc='התקבל', dec='נדחה', tent='אולי', when='מתי', where='איפה', org='מארגן', who='אורחים', join='הצטרפות ל-Google Meet', invited='הוזמנת לאירוע הבא.', desc='תיאור', rsvp='תגיע/י?'),
 'zh': dict(inv='邀请', upd='更新的邀请', cxl='已取消的活动', acc='已接受', dec='已拒绝', tent='暂定', when='时间', where='地点', org='组织者', who='邀请对象', join='使用 Google Meet 加入', invited='您已受邀参加以下活动。', desc='说明', rsvp='是否参加？'),
 'zh-tw': dict(inv='邀請', upd='更新的邀請', cxl='已取消的活動', acc='已接受', dec='已拒絕', tent='未定', when='時間', where='地點', org='主辦者', who='邀請對象', join='使用 Google Meet 加入', invited='您已受邀參加以下活動。', desc='說明', rsvp='是否參加？'),
 'ja': dict(inv='招待', upd='更新された招待', cxl='キャンセルされた予定', acc='承諾', dec='辞退', tent='未定', when='日時', where='場所', org='主催者', who='ゲスト', join='Google Meet に参加', invited='次の予定に招待されました。', desc='説明', rsvp='参加しますか？'),
 'ko': dict(inv='초대', upd='업데이트된 초대', cxl='취소된 일정', acc='수락함', dec='거절함', tent='미정', when='일시', where='장소', org='주최자', who='참석자', join='Google Meet으로 참여', invited='다음 일정에 초대되었습니다.', desc='설명', rsvp='참석하시겠습니까?'),
 'hi': dict(inv='आमंत्रण', upd='अपडेट किया गया आमंत्रण', cxl='रद्द किया गया इवेंट', acc='स्वीकार किया', dec='अस्वीकार किया', tent='शायद', when='कब', where='कहाँ', org='आयोजक', who='मेहमान', join='Google Meet से जुड़ें', invited='आपको निम्नलिखित इवेंट में आमंत्रित किया गया है।', desc='विवरण', rsvp='क्या आप आएँगे?'),
 'th': dict(inv='คำเชิญ', upd='คำเชิญที่อัปเดต', cxl='กิจกรรมที่ยกเลิก', acc='ยอมรับแล้ว', dec='ปฏิเสธแล้ว', tent='อาจจะ', when='เมื่อ', where='ที่ไหน', org='ผู้จัด', who='แขก', join='เข้าร่วมด้วย Google Meet', invited='คุณได้รับเชิญเข้าร่วมกิจกรรมต่อไปนี้', desc='รายละเอียด', rsvp='จะไปไหม'),
}

MON_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
DAY_EN = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']


def c(lang, key):
    return C.get(lang, C['en']).get(key, C['en'][key])


def _ampm(t):
    h = t.hour % 12 or 12
    s = '%d' % h if t.minute == 0 else '%d:%02d' % (h, t.minute)
    return s + ('am' if t.hour < 12 else 'pm')


def when(lang, start, end, tzabbr, allday=False):
    if lang == 'en':
        d = '%s %s %d, %d' % (DAY_EN[start.weekday()], MON_EN[start.month - 1], start.day, start.year)
        if allday:
            return d
        return '%s %s - %s (%s)' % (d, _ampm(start), _ampm(end), tzabbr)
    if lang in ('zh', 'zh-tw', 'ja'):
        d = '%d年%d月%d日' % (start.year, start.month, start.day)
    elif lang == 'ko':
        d = '%d년 %d월 %d일' % (start.year, start.month, start.day)
    elif lang in ('de', 'ru', 'pl', 'tr', 'nl'):
        d = '%02d.%02d.%d' % (start.day, start.month, start.year) if lang != 'nl' else '%d-%d-%d' % (start.day, start.month, start.year)
    elif lang in ('he', 'ar', 'hi', 'th', 'el', 'fr', 'es', 'pt', 'it'):
        d = '%02d/%02d/%d' % (start.day, start.month, start.year)
    else:
        d = start.strftime('%Y-%m-%d')
    if allday:
        return d
    return '%s %02d:%02d – %02d:%02d (%s)' % (d, start.hour, start.minute, end.hour, end.minute, tzabbr)


LANGTAG = {'en': 'en-US', 'de': 'de-DE', 'fr': 'fr-FR', 'es': 'es-ES', 'pt': 'pt-BR', 'it': 'it-IT',
           'nl': 'nl-NL', 'pl': 'pl-PL', 'tr': 'tr-TR', 'ru': 'ru-RU', 'el': 'el-GR', 'ar': 'ar-SA',
           'he': 'he-IL', 'zh': 'zh-CN', 'zh-tw': 'zh-TW', 'ja': 'ja-JP', 'ko': 'ko-KR', 'hi': 'hi-IN',
           'th': 'th-TH'}
