# -*- coding: utf-8 -*-
"""Client user-interface strings in the recipient's language.  CC0 1.0."""

# keys: inv, upd, canc, acc, dec, tent, when, where, org, guests, join, yes, no, maybe, more, footer
UI = {
 'en': dict(inv='Invitation', upd='Updated invitation', canc='Cancelled event', acc='Accepted', dec='Declined',
            tent='Tentatively accepted', when='When', where='Where', org='Organiser', guests='Guests',
            join='Join', yes='Yes', no='No', maybe='Maybe', more='More options',
            footer='Invitation from Google Calendar', invited='has invited you to'),
 'de': dict(inv='Einladung', upd='Aktualisierte Einladung', canc='Abgesagter Termin', acc='Angenommen',
            dec='Abgelehnt', tent='Vorläufig angenommen', when='Wann', where='Wo', org='Organisator',
            guests='Gäste', join='Teilnehmen', yes='Ja', no='Nein', maybe='Vielleicht', more='Weitere Optionen',
            footer='Einladung von Google Kalender', invited='hat Sie eingeladen zu'),
 'fr': dict(inv='Invitation', upd='Invitation mise à jour', canc='Événement annulé', acc='Accepté',
            dec='Refusé', tent='Accepté provisoirement', when='Quand', where='Où', org='Organisateur',
            guests='Invités', join='Rejoindre', yes='Oui', no='Non', maybe='Peut-être',
            more="Plus d'options", footer='Invitation de Google Agenda', invited='vous a invité à'),
 'es': dict(inv='Invitación', upd='Invitación actualizada', canc='Evento cancelado', acc='Aceptado',
            dec='Rechazado', tent='Aceptado provisionalmente', when='Cuándo', where='Dónde',
            org='Organizador', guests='Invitados', join='Unirse', yes='Sí', no='No', maybe='Quizás',
            more='Más opciones', footer='Invitación de Google Calendar', invited='te ha invitado a'),
 'it': dict(inv='Invito', upd='Invito aggiornato', canc='Evento annullato', acc='Accettato',
            dec='Rifiutato', tent='Accettato con riserva', when='Quando', where='Dove', org='Organizzatore',
            guests='Invitati', join='Partecipa', yes='Sì', no='No', maybe='Forse', more='Altre opzioni',
            footer='Invito da Google Calendar', invited='ti ha invitato a'),
 'pt': dict(inv='Convite', upd='Convite atualizado', canc='Evento cancelado', acc='Aceito', dec='Recusado',
            tent='Aceito provisoriamente', when='Quando', where='Onde', org='Organizador',
            guests='Convidados', join='Participar', yes='Sim', no='Não', maybe='Talvez', more='Mais opções',
            footer='Convite do Google Agenda', invited='convidou você para'),
 'nl': dict(inv='Uitnodiging', upd='Bijgewerkte uitnodiging', canc='Geannuleerd evenement',
            acc='Geaccepteerd', dec='Geweigerd', tent='Voorlopig geaccepteerd', when='Wanneer',
            where='Waar', org='Organisator', guests='Gasten', join='Deelnemen', yes='Ja', no='Nee',
            maybe='Misschien', more='Meer opties', footer='Uitnodiging van Google Agenda',
            invited='heeft je uitgenodigd voor'),
 'pl': dict(inv='Zaproszenie', upd='Zaktualizowane zaproszenie', canc='Odwołane wydarzenie',
            acc='Zaakceptowano', dec='Odrzucono', tent='Wstępnie zaakceptowano', when='Kiedy', where='Gdzie',
            org='Organizator', guests='Goście', join='Dołącz', yes='Tak', no='Nie', maybe='Może',
            more='Więcej opcji', footer='Zaproszenie z Kalendarza Google', invited='zaprasza Cię na'),
 'ru': dict(inv='Приглашение', upd='Обновленное приглашение', canc='Мероприятие отменено', acc='Принято',
            dec='Отклонено', tent='Под вопросом', when='Когда', where='Где', org='Организатор',
            guests='Участники', join='Присоединиться', yes='Да', no='Нет', maybe='Возможно',
            more='Другие варианты', footer='Приглашение из Google Календаря', invited='приглашает вас на'),
 'uk': dict(inv='Запрошення', upd='Оновлене запрошення', canc='Подію скасовано', acc='Прийнято',
            dec='Відхилено', tent='Можливо', when='Коли', where='Де', org='Організатор', guests='Гості',
            join='Приєднатися', yes='Так', no='Ні', maybe='Можливо', more='Інші варіанти',
            footer='Запрошення з Google Календаря', invited='запрошує вас на'),
 'el': dict(inv='Πρόσκληση', upd='Ενημερωμένη πρόσκληση', canc='Ακυρωμένη εκδήλωση', acc='Αποδεκτή',
            dec='Απορρίφθηκε', tent='Δοκιμαστική αποδοχή', when='Πότε', where='Πού', org='Διοργανωτής',
            guests='Καλεσμένοι', join='Συμμετοχή', yes='Ναι', no='Όχι', maybe='Ίσως', more='Περισσότερες επιλογές',
            footer='Πρόσκληση από το Ημερολόγιο Google', invited='σας προσκαλεί στο'),
 'ar': dict(inv='دعوة', upd='دعوة محدّثة', canc='حدث ملغى', acc='تم القبول', dec='تم الرفض',
            tent='قبول مبدئي', when='متى', where='أين', org='المنظِّم', guests='الضيوف', join='انضمام',
            yes='نعم', no='لا', maybe='ربما', more='خيارات أخرى', footer='دعوة من تقويم Google',
            invited='دعاك إلى'),
 'he': dict(inv='הזמנה', upd='הזמנה מעודכנת', canc='האירוע בוטל', acc='התקבל', dec='נדחה',
            tent='התקבל באופן זמני', when='מתי', where='איפה', org='מארגן', guests='אורחים', join='הצטרפות',
            yes='כן', no='לא', maybe='אולי', more='אפשרויות נוספות', footer='הזמנה מיומן Google',
            invited='הזמין/ה אותך ל'),
 'zh': dict(inv='邀请', upd='更新的邀请', canc='已取消的活动', acc='已接受', dec='已拒绝', tent='暂定',
            when='时间', where='地点', org='组织者', guests='邀请对象', join='加入', yes='是', no='否',
            maybe='可能', more='更多选项', footer='来自 Google 日历的邀请', invited='邀请您参加'),
 'ja': dict(inv='招待', upd='更新された招待', canc='キャンセルされた予定', acc='承諾', dec='辞退',
            tent='仮承諾', when='日時', where='場所', org='主催者', guests='ゲスト', join='参加',
            yes='はい', no='いいえ', maybe='未定', more='その他のオプション',
            footer='Google カレンダーからの招待状', invited='さんから招待が届いています:'),
 'ko': dict(inv='초대장', upd='업데이트된 초대장', canc='취소된 일정', acc='수락함', dec='거절함',
            tent='미정', when='일시', where='장소', org='주최자', guests='참석자', join='참여', yes='예',
            no='아니요', maybe='미정', more='추가 옵션', footer='Google 캘린더에서 보낸 초대장',
            invited='님이 초대했습니다:'),
 'hi': dict(inv='आमंत्रण', upd='अपडेट किया गया आमंत्रण', canc='रद्द किया गया इवेंट', acc='स्वीकार किया',
            dec='अस्वीकार किया', tent='शायद', when='कब', where='कहां', org='आयोजक', guests='मेहमान',
            join='शामिल हों', yes='हां', no='नहीं', maybe='शायद', more='और विकल्प',
            footer='Google कैलेंडर से आमंत्रण', invited='ने आपको आमंत्रित किया है'),
 'th': dict(inv='คำเชิญ', upd='คำเชิญที่อัปเดต', canc='กิจกรรมที่ยกเลิก', acc='ตอบรับแล้ว', dec='ปฏิเสธแล้ว',
            tent='อาจจะ', when='เวลา', where='สถานที่', org='ผู้จัด', guests='ผู้เข้าร่วม', join='เข้าร่วม',
            yes='ใช่', no='ไม่', maybe='อาจจะ', more='ตัวเลือกเพิ่มเติม', footer='คำเชิญจาก Google ปฏิทิน',
            invited='ได้เชิญคุณเข้าร่วม'),
 'tr': dict(inv='Davetiye', upd='Güncellenmiş davetiye', canc='İptal edilen etkinlik', acc='Kabul edildi',
            dec='Reddedildi', tent='Belki', when='Zaman', where='Yer', org='Düzenleyen', guests='Davetliler',
            join='Katıl', yes='Evet', no='Hayır', maybe='Belki', more='Diğer seçenekler',
            footer="Google Takvim'den davetiye", invited='sizi davet etti:'),
 'vi': dict(inv='Lời mời', upd='Lời mời đã cập nhật', canc='Sự kiện đã hủy', acc='Đã chấp nhận',
            dec='Đã từ chối', tent='Có thể', when='Thời gian', where='Địa điểm', org='Người tổ chức',
            guests='Khách', join='Tham gia', yes='Có', no='Không', maybe='Có thể', more='Tùy chọn khác',
            footer='Lời mời từ Lịch Google', invited='đã mời bạn tham gia'),
}

WEEKDAYS_EN = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def ui(lang, key):
    return UI.get(lang, UI['en'])[key]


def fmt_day(lang, d):
    if lang == 'en':
        return '%s %d %s %d' % (WEEKDAYS_EN[d.weekday()], d.day, MONTHS_EN[d.month - 1], d.year)
    if lang in ('zh', 'ja'):
        return '%d年%d月%d日' % (d.year, d.month, d.day)
    if lang == 'ko':
        return '%d년 %d월 %d일' % (d.year, d.month, d.day)
    if lang in ('de', 'ru', 'uk', 'pl', 'tr', 'nl'):
        return '%02d.%02d.%d' % (d.day, d.month, d.year)
    return '%02d/%02d/%d' % (d.day, d.month, d.year)


def fmt_time(lang, d):
    if lang == 'en':
        h = d.hour % 12 or 12
        return '%d:%02d%s' % (h, d.minute, 'am' if d.hour < 12 else 'pm')
    return '%02d:%02d' % (d.hour, d.minute)


def fmt_range(lang, start, end, allday=False, tzabbr=''):
    if allday:
        return fmt_day(lang, start)
    s = '%s %s – %s' % (fmt_day(lang, start), fmt_time(lang, start), fmt_time(lang, end))
    if tzabbr:
        s += ' (%s)' % tzabbr
    return s
