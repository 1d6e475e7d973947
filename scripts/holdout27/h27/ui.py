"""Localised user-interface strings that calendar clients put around an invitation."""

K = ['inv', 'upd', 'canc', 'acc', 'dec', 'tent', 'invited', 'when', 'where', 'who', 'org', 'join_meet',
     'teams', 'teams_join', 'yes', 'no', 'maybe', 'fwd', 'acc_txt', 'dec_txt', 'view', 'meeting_id', 'passcode']

T = {
    'en': ['Invitation', 'Updated invitation', 'Canceled event', 'Accepted', 'Declined', 'Tentative',
           'You have been invited to the following event.', 'When', 'Where', 'Guests', 'Organizer',
           'Join with Google Meet', 'Microsoft Teams meeting', 'Click here to join the meeting', 'Yes', 'No',
           'Maybe', 'Forwarded message', '{n} has accepted this invitation.', '{n} has declined this invitation.',
           'View event', 'Meeting ID', 'Passcode'],
    'de': ['Einladung', 'Aktualisierte Einladung', 'Abgesagter Termin', 'Angenommen', 'Abgelehnt', 'Mit Vorbehalt',
           'Sie wurden zu folgendem Termin eingeladen.', 'Wann', 'Wo', 'Gäste', 'Organisator',
           'Mit Google Meet teilnehmen', 'Microsoft Teams-Besprechung', 'Klicken Sie hier, um an der Besprechung teilzunehmen',
           'Ja', 'Nein', 'Vielleicht', 'Weitergeleitete Nachricht', '{n} hat diese Einladung angenommen.',
           '{n} hat diese Einladung abgelehnt.', 'Termin ansehen', 'Besprechungs-ID', 'Kennung'],
    'fr': ['Invitation', 'Invitation mise à jour', 'Événement annulé', 'Accepté', 'Refusé', 'Provisoire',
           "Vous avez été invité à l'événement suivant.", 'Quand', 'Où', 'Invités', 'Organisateur',
           'Participer avec Google Meet', 'Réunion Microsoft Teams', 'Cliquez ici pour rejoindre la réunion', 'Oui',
           'Non', 'Peut-être', 'Message transféré', '{n} a accepté cette invitation.', '{n} a refusé cette invitation.',
           "Afficher l'événement", 'ID de réunion', 'Code secret'],
    'es': ['Invitación', 'Invitación actualizada', 'Evento cancelado', 'Aceptado', 'Rechazado', 'Provisional',
           'Has recibido una invitación al siguiente evento.', 'Cuándo', 'Dónde', 'Invitados', 'Organizador',
           'Unirse con Google Meet', 'Reunión de Microsoft Teams', 'Haga clic aquí para unirse a la reunión', 'Sí',
           'No', 'Quizás', 'Mensaje reenviado', '{n} ha aceptado esta invitación.', '{n} ha rechazado esta invitación.',
           'Ver evento', 'Id. de reunión', 'Código de acceso'],
    'it': ['Invito', 'Invito aggiornato', 'Evento annullato', 'Accettato', 'Rifiutato', 'Provvisorio',
           "Hai ricevuto un invito per il seguente evento.", 'Quando', 'Dove', 'Invitati', 'Organizzatore',
           'Partecipa con Google Meet', 'Riunione di Microsoft Teams', 'Fai clic qui per partecipare alla riunione',
           'Sì', 'No', 'Forse', 'Messaggio inoltrato', "{n} ha accettato l'invito.", "{n} ha rifiutato l'invito.",
           'Visualizza evento', 'ID riunione', 'Passcode'],
    'pt': ['Convite', 'Convite atualizado', 'Evento cancelado', 'Aceito', 'Recusado', 'Provisório',
           'Você foi convidado para o seguinte evento.', 'Quando', 'Onde', 'Convidados', 'Organizador',
           'Participar com o Google Meet', 'Reunião do Microsoft Teams', 'Clique aqui para ingressar na reunião',
           'Sim', 'Não', 'Talvez', 'Mensagem encaminhada', '{n} aceitou este convite.', '{n} recusou este convite.',
           'Ver evento', 'ID da Reunião', 'Senha'],
    'nl': ['Uitnodiging', 'Bijgewerkte uitnodiging', 'Geannuleerd evenement', 'Geaccepteerd', 'Geweigerd',
           'Voorlopig', 'Je bent uitgenodigd voor het volgende evenement.', 'Wanneer', 'Waar', 'Gasten',
           'Organisator', 'Deelnemen met Google Meet', 'Microsoft Teams-vergadering',
           'Klik hier om deel te nemen aan de vergadering', 'Ja', 'Nee', 'Misschien', 'Doorgestuurd bericht',
           '{n} heeft deze uitnodiging geaccepteerd.', '{n} heeft deze uitnodiging geweigerd.', 'Afspraak bekijken',
           'Vergadering-id', 'Wachtwoordcode'],
    'pl': ['Zaproszenie', 'Zaktualizowane zaproszenie', 'Odwołane wydarzenie', 'Zaakceptowano', 'Odrzucono',
           'Wstępnie', 'Zaproszono Cię na to wydarzenie.', 'Kiedy', 'Gdzie', 'Goście', 'Organizator',
           'Dołącz przez Google Meet', 'Spotkanie w aplikacji Microsoft Teams', 'Kliknij tutaj, aby dołączyć do spotkania',
           'Tak', 'Nie', 'Może', 'Wiadomość przekazana dalej', '{n} akceptuje to zaproszenie.',
           '{n} odrzuca to zaproszenie.', 'Wyświetl wydarzenie', 'Identyfikator spotkania', 'Kod dostępu'],
    'sv': ['Inbjudan', 'Uppdaterad inbjudan', 'Inställd händelse', 'Accepterat', 'Avböjt', 'Preliminärt',
           'Du har bjudits in till följande händelse.', 'När', 'Var', 'Gäster', 'Organisatör',
           'Anslut med Google Meet', 'Microsoft Teams-möte', 'Klicka här för att ansluta till mötet', 'Ja', 'Nej',
           'Kanske', 'Vidarebefordrat meddelande', '{n} har accepterat inbjudan.', '{n} har avböjt inbjudan.',
           'Visa händelse', 'Mötes-ID', 'Lösenord'],
    'tr': ['Davet', 'Güncellenmiş davet', 'İptal edilen etkinlik', 'Kabul edildi', 'Reddedildi', 'Belki',
           'Aşağıdaki etkinliğe davet edildiniz.', 'Ne zaman', 'Nerede', 'Davetliler', 'Düzenleyen',
           'Google Meet ile katıl', 'Microsoft Teams toplantısı', 'Toplantıya katılmak için buraya tıklayın',
           'Evet', 'Hayır', 'Belki', 'İletilen mesaj', '{n} bu daveti kabul etti.', '{n} bu daveti reddetti.',
           'Etkinliği görüntüle', 'Toplantı Kimliği', 'Geçiş kodu'],
    'cs': ['Pozvánka', 'Aktualizovaná pozvánka', 'Zrušená událost', 'Přijato', 'Odmítnuto', 'Předběžně',
           'Byli jste pozváni na následující událost.', 'Kdy', 'Kde', 'Hosté', 'Organizátor',
           'Připojit se přes Google Meet', 'Schůzka v Microsoft Teams', 'Kliknutím sem se připojíte ke schůzce',
           'Ano', 'Ne', 'Možná', 'Přeposlaná zpráva', '{n} přijal(a) tuto pozvánku.', '{n} odmítl(a) tuto pozvánku.',
           'Zobrazit událost', 'ID schůzky', 'Heslo'],
    'ru': ['Приглашение', 'Обновленное приглашение', 'Мероприятие отменено', 'Принято', 'Отклонено',
           'Под вопросом', 'Вас пригласили на следующее мероприятие.', 'Когда', 'Где', 'Гости', 'Организатор',
           'Присоединиться через Google Meet', 'Собрание Microsoft Teams',
           'Щелкните здесь, чтобы присоединиться к собранию', 'Да', 'Нет', 'Возможно', 'Пересылаемое сообщение',
           '{n} принимает приглашение.', '{n} отклоняет приглашение.', 'Открыть мероприятие',
           'Идентификатор собрания', 'Секретный код'],
    'el': ['Πρόσκληση', 'Ενημερωμένη πρόσκληση', 'Ακυρωμένη εκδήλωση', 'Αποδεκτό', 'Απορρίφθηκε', 'Ίσως',
           'Έχετε προσκληθεί στην παρακάτω εκδήλωση.', 'Πότε', 'Πού', 'Προσκεκλημένοι', 'Διοργανωτής',
           'Συμμετοχή μέσω Google Meet', 'Σύσκεψη Microsoft Teams', 'Κάντε κλικ εδώ για να συμμετάσχετε στη σύσκεψη',
           'Ναι', 'Όχι', 'Ίσως', 'Προωθημένο μήνυμα', 'Ο χρήστης {n} αποδέχθηκε την πρόσκληση.',
           'Ο χρήστης {n} απέρριψε την πρόσκληση.', 'Προβολή εκδήλωσης', 'Αναγνωριστικό σύσκεψης', 'Κωδικός πρόσβασης'],
    'ar': ['دعوة', 'دعوة محدّثة', 'حدث ملغى', 'مقبول', 'مرفوض', 'مبدئي', 'تمت دعوتك إلى الحدث التالي.',
           'الموعد', 'المكان', 'الضيوف', 'المنظِّم', 'الانضمام باستخدام Google Meet', 'اجتماع Microsoft Teams',
           'انقر هنا للانضمام إلى الاجتماع', 'نعم', 'لا', 'ربما', 'رسالة مُعاد توجيهها', 'قبل {n} هذه الدعوة.',
           'رفض {n} هذه الدعوة.', 'عرض الحدث', 'معرّف الاجتماع', 'رمز المرور'],
    'he': ['הזמנה', 'הזמנה מעודכנת', 'אירוע בוטל', 'התקבל', 'נדחה', 'אולי', 'הוזמנת לאירוע הבא.', 'מתי',
           'איפה', 'אורחים', 'מארגן', 'הצטרפות באמצעות Google Meet', 'פגישת Microsoft Teams',
           'לחץ כאן כדי להצטרף לפגישה', 'כן', 'לא', 'אולי', 'הודעה שהועברה', '{n} אישר/ה את ההזמנה.',
           '{n} דחה/תה את ההזמנה.', 'הצגת האירוע', 'מזהה פגישה', 'קוד גישה'],
    'zh': ['邀请', '更新的邀请', '已取消的活动', '已接受', '已拒绝', '暂定', '您已受邀参加以下活动。', '时间', '地点',
           '邀请对象', '组织者', '使用 Google Meet 加入', 'Microsoft Teams 会议', '单击此处加入会议', '是', '否', '也许',
           '转发的邮件', '{n} 已接受此邀请。', '{n} 已拒绝此邀请。', '查看活动', '会议 ID', '密码'],
    'zh-TW': ['邀請', '更新的邀請', '已取消的活動', '已接受', '已拒絕', '暫定', '您已獲邀參加以下活動。', '時間', '地點',
              '邀請對象', '主辦人', '使用 Google Meet 加入', 'Microsoft Teams 會議', '按一下這裡以加入會議', '是', '否',
              '不確定', '轉寄的郵件', '{n} 已接受這項邀請。', '{n} 已拒絕這項邀請。', '查看活動', '會議 ID', '密碼'],
    'ja': ['招待状', '更新された招待状', 'キャンセルされた予定', '承諾', '辞退', '仮承諾', '次の予定に招待されました。',
           '日時', '場所', 'ゲスト', '主催者', 'Google Meet に参加', 'Microsoft Teams 会議',
           '会議に参加するにはここをクリックしてください', 'はい', 'いいえ', '未定', '転送されたメッセージ',
           '{n} さんが招待を承諾しました。', '{n} さんが招待を辞退しました。', '予定を表示', '会議 ID', 'パスコード'],
    'ko': ['초대', '업데이트된 초대', '취소된 일정', '수락됨', '거절됨', '미정', '다음 일정에 초대되었습니다.', '일시',
           '장소', '참석자', '주최자', 'Google Meet으로 참여', 'Microsoft Teams 모임', '모임에 참가하려면 여기를 클릭하세요',
           '예', '아니요', '미정', '전달된 메시지', '{n}님이 초대를 수락했습니다.', '{n}님이 초대를 거절했습니다.',
           '일정 보기', '모임 ID', '암호'],
    'hi': ['आमंत्रण', 'अपडेट किया गया आमंत्रण', 'रद्द किया गया इवेंट', 'स्वीकार किया', 'अस्वीकार किया', 'शायद',
           'आपको नीचे दिए गए इवेंट में आमंत्रित किया गया है।', 'कब', 'कहाँ', 'मेहमान', 'आयोजक',
           'Google Meet से जुड़ें', 'Microsoft Teams मीटिंग', 'मीटिंग में शामिल होने के लिए यहाँ क्लिक करें', 'हाँ',
           'नहीं', 'शायद', 'अग्रेषित संदेश', '{n} ने यह आमंत्रण स्वीकार किया है।', '{n} ने यह आमंत्रण अस्वीकार किया है।',
           'इवेंट देखें', 'मीटिंग ID', 'पासकोड'],
    'th': ['คำเชิญ', 'คำเชิญที่อัปเดต', 'กิจกรรมที่ยกเลิก', 'ตอบรับ', 'ปฏิเสธ', 'ไม่แน่ใจ',
           'คุณได้รับเชิญเข้าร่วมกิจกรรมต่อไปนี้', 'เมื่อ', 'ที่ไหน', 'ผู้เข้าร่วม', 'ผู้จัด', 'เข้าร่วมด้วย Google Meet',
           'การประชุม Microsoft Teams', 'คลิกที่นี่เพื่อเข้าร่วมการประชุม', 'ใช่', 'ไม่', 'อาจจะ', 'ข้อความที่ส่งต่อ',
           '{n} ตอบรับคำเชิญนี้แล้ว', '{n} ปฏิเสธคำเชิญนี้แล้ว', 'ดูกิจกรรม', 'ID การประชุม', 'รหัสผ่าน'],
}


def ui(lang, key):
    row = T.get(lang) or T['en']
    return row[K.index(key)]


MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
DAYS_EN = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']


def _ampm(d):
    h = d.hour % 12 or 12
    s = '%d' % h if d.minute == 0 else '%d:%02d' % (h, d.minute)
    return s + ('am' if d.hour < 12 else 'pm')


def when(lang, start, end, zlabel, allday=False):
    """Human readable date range roughly as clients print it."""
    if lang == 'en':
        base = '%s %s %d, %d' % (DAYS_EN[start.weekday()], MONTHS_EN[start.month - 1], start.day, start.year)
        if allday:
            return base
        return '%s %s – %s (%s)' % (base, _ampm(start), _ampm(end), zlabel)
    if lang in ('ja', 'zh', 'zh-TW'):
        base = '%d年%d月%d日' % (start.year, start.month, start.day)
    elif lang == 'ko':
        base = '%d년 %d월 %d일' % (start.year, start.month, start.day)
    elif lang in ('de', 'ru', 'pl', 'cs', 'tr', 'sv', 'nl', 'el', 'he'):
        base = '%02d.%02d.%d' % (start.day, start.month, start.year)
        if lang in ('sv',):
            base = '%d-%02d-%02d' % (start.year, start.month, start.day)
        if lang == 'nl':
            base = '%d-%d-%d' % (start.day, start.month, start.year)
    else:
        base = '%02d/%02d/%d' % (start.day, start.month, start.year)
    if allday:
        return base
    return '%s %02d:%02d – %02d:%02d (%s)' % (base, start.hour, start.minute, end.hour, end.minute, zlabel)
