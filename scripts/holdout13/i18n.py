# -*- coding: utf-8 -*-
"""Language data: UI boilerplate of calendar clients, names, time zones,
charsets, recipient domains.  Written from scratch for holdout13."""
import unicodedata

LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'pl', 'tr', 'ru', 'el', 'ar', 'he',
         'zh', 'zht', 'ja', 'ko', 'hi', 'th']

LANG_NAME = {'en': 'English', 'de': 'German', 'fr': 'French', 'es': 'Spanish', 'it': 'Italian',
             'pt': 'Portuguese', 'nl': 'Dutch', 'sv': 'Swedish', 'pl': 'Polish', 'tr': 'Turkish',
             'ru': 'Russian', 'el': 'Greek', 'ar': 'Arabic', 'he': 'Hebrew',
             'zh': 'Chinese (Simplified)', 'zht': 'Chinese (Traditional)', 'ja': 'Japanese',
             'ko': 'Korean', 'hi': 'Hindi', 'th': 'Thai'}

LANG_TAG = {'en': 'en-US', 'de': 'de-DE', 'fr': 'fr-FR', 'es': 'es-ES', 'it': 'it-IT', 'pt': 'pt-BR',
            'nl': 'nl-NL', 'sv': 'sv-SE', 'pl': 'pl-PL', 'tr': 'tr-TR', 'ru': 'ru-RU', 'el': 'el-GR',
            'ar': 'ar-SA', 'he': 'he-IL', 'zh': 'zh-CN', 'zht': 'zh-TW', 'ja': 'ja-JP', 'ko': 'ko-KR',
            'hi': 'hi-IN', 'th': 'th-TH'}

# legacy charsets a mail client of that locale might pick for text parts
LEGACY = {
    'en': ['us-ascii', 'iso-8859-1', 'windows-1252'],
    'de': ['iso-8859-1', 'iso-8859-15', 'windows-1252'],
    'fr': ['iso-8859-1', 'iso-8859-15', 'windows-1252'],
    'es': ['iso-8859-1', 'windows-1252'],
    'it': ['iso-8859-1', 'windows-1252'],
    'pt': ['iso-8859-1', 'windows-1252'],
    'nl': ['iso-8859-1', 'windows-1252'],
    'sv': ['iso-8859-1', 'windows-1252'],
    'pl': ['iso-8859-2', 'windows-1250'],
    'tr': ['iso-8859-9', 'windows-1254'],
    'ru': ['koi8-r', 'windows-1251'],
    'el': ['iso-8859-7', 'windows-1253'],
    'ar': ['windows-1256', 'iso-8859-6'],
    'he': ['windows-1255'],
    'zh': ['gb2312', 'gbk'],
    'zht': ['big5'],
    'ja': ['iso-2022-jp', 'shift_jis'],
    'ko': ['ks_c_5601-1987', 'euc-kr'],
    'hi': [],
    'th': ['tis-620'],
}

TZS = {
    'en': ['America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Europe/London', 'America/Denver',
           'Australia/Sydney', 'America/Toronto', 'Europe/Dublin', 'Asia/Singapore'],
    'de': ['Europe/Berlin', 'Europe/Berlin', 'Europe/Vienna', 'Europe/Zurich'],
    'fr': ['Europe/Paris', 'Europe/Paris', 'Europe/Brussels'],
    'es': ['Europe/Madrid', 'America/Mexico_City', 'America/Bogota', 'America/Argentina/Buenos_Aires'],
    'it': ['Europe/Rome'], 'pt': ['America/Sao_Paulo', 'America/Sao_Paulo', 'Europe/Lisbon'],
    'nl': ['Europe/Amsterdam', 'Europe/Amsterdam', 'Europe/Brussels'], 'sv': ['Europe/Stockholm'],
    'pl': ['Europe/Warsaw'], 'tr': ['Europe/Istanbul'], 'ru': ['Europe/Moscow'], 'el': ['Europe/Athens'],
    'ar': ['Asia/Riyadh', 'Asia/Dubai', 'Africa/Cairo'], 'he': ['Asia/Jerusalem'], 'zh': ['Asia/Shanghai'],
    'zht': ['Asia/Taipei', 'Asia/Hong_Kong'], 'ja': ['Asia/Tokyo'], 'ko': ['Asia/Seoul'],
    'hi': ['Asia/Kolkata'], 'th': ['Asia/Bangkok'],
}

# --------------------------------------------------------------------------- UI strings
_K = ['inv', 'upd', 'cnl', 'acc', 'dec', 'tent', 'invited', 'when', 'where', 'who', 'org', 'meet', 'going',
      'yes', 'no', 'maybe', 'more', 'gcal', 'mtg', 'has_inv', 'desc', 'fw', 'fwd_line', 'newtime',
      'r_acc', 'r_dec', 'r_tent', 'title', 'cal', 'cnl_body']

_UI = {
 'en': ['Invitation', 'Updated invitation', 'Canceled event', 'Accepted', 'Declined', 'Tentative',
        'You have been invited to the following event.', 'When', 'Where', 'Who', 'organizer',
        'Join with Google Meet', 'Going?', 'Yes', 'No', 'Maybe', 'more options',
        'Invitation from Google Calendar', 'The following is a new meeting request:',
        '{n} has invited you to \u201c{t}\u201d.', 'Description', 'Fwd:', '---------- Forwarded message ---------',
        'New Time Proposed', '{n} has accepted this invitation.', '{n} has declined this invitation.',
        '{n} has tentatively accepted this invitation.', 'Title', 'Calendar',
        'This event has been canceled and removed from your calendar.'],
 'de': ['Einladung', 'Aktualisierte Einladung', 'Abgesagter Termin', 'Angenommen', 'Abgelehnt', 'Mit Vorbehalt',
        'Sie wurden zu folgendem Termin eingeladen.', 'Wann', 'Wo', 'Wer', 'Organisator',
        'Mit Google Meet teilnehmen', 'Teilnehmen?', 'Ja', 'Nein', 'Vielleicht', 'Weitere Optionen',
        'Einladung von Google Kalender', 'Es folgt eine neue Besprechungsanfrage:',
        '{n} hat Sie zu \u201e{t}\u201c eingeladen.', 'Beschreibung', 'WG:', '---------- Weitergeleitete Nachricht ---------',
        'Neue Uhrzeit vorgeschlagen', '{n} hat diese Einladung angenommen.', '{n} hat diese Einladung abgelehnt.',
        '{n} hat diese Einladung mit Vorbehalt angenommen.', 'Titel', 'Kalender',
        'Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.'],
 'fr': ['Invitation', 'Invitation mise \u00e0 jour', '\u00c9v\u00e9nement annul\u00e9', 'Accept\u00e9', 'Refus\u00e9',
        'Provisoire', "Vous avez \u00e9t\u00e9 invit\u00e9 \u00e0 l'\u00e9v\u00e9nement suivant.", 'Quand', 'O\u00f9',
        'Participants', 'organisateur', 'Participer avec Google Meet', 'Participer\u00a0?', 'Oui', 'Non',
        'Peut-\u00eatre', "plus d'options", 'Invitation envoy\u00e9e par Google Agenda',
        'Voici une nouvelle demande de r\u00e9union\u00a0:', '{n} vous a invit\u00e9 \u00e0 \u00ab\u00a0{t}\u00a0\u00bb.',
        'Description', 'TR:', '---------- Message transf\u00e9r\u00e9 ---------', 'Nouvel horaire propos\u00e9',
        '{n} a accept\u00e9 cette invitation.', '{n} a refus\u00e9 cette invitation.',
        '{n} a accept\u00e9 provisoirement cette invitation.', 'Titre', 'Agenda',
        'Cet \u00e9v\u00e9nement a \u00e9t\u00e9 annul\u00e9 et supprim\u00e9 de votre agenda.'],
 'es': ['Invitaci\u00f3n', 'Invitaci\u00f3n actualizada', 'Evento cancelado', 'Aceptado', 'Rechazado', 'Provisional',
        'Has recibido una invitaci\u00f3n para el siguiente evento.', 'Cu\u00e1ndo', 'D\u00f3nde', 'Qui\u00e9n',
        'organizador', 'Unirse con Google Meet', '\u00bfVas a asistir?', 'S\u00ed', 'No', 'Quiz\u00e1s',
        'm\u00e1s opciones', 'Invitaci\u00f3n de Google Calendar', 'La siguiente es una nueva convocatoria de reuni\u00f3n:',
        '{n} te ha invitado a \u00ab{t}\u00bb.', 'Descripci\u00f3n', 'RV:', '---------- Mensaje reenviado ---------',
        'Nueva hora propuesta', '{n} ha aceptado esta invitaci\u00f3n.', '{n} ha rechazado esta invitaci\u00f3n.',
        '{n} ha aceptado provisionalmente esta invitaci\u00f3n.', 'T\u00edtulo', 'Calendario',
        'Este evento se ha cancelado y se ha eliminado de tu calendario.'],
 'it': ['Invito', 'Invito aggiornato', 'Evento annullato', 'Accettato', 'Rifiutato', 'Provvisorio',
        'Sei stato invitato al seguente evento.', 'Quando', 'Dove', 'Chi', 'organizzatore',
        'Partecipa con Google Meet', 'Parteciperai?', 'S\u00ec', 'No', 'Forse', 'altre opzioni',
        'Invito da Google Calendar', 'Di seguito una nuova convocazione di riunione:',
        '{n} ti ha invitato a \u00ab{t}\u00bb.', 'Descrizione', 'I:', '---------- Messaggio inoltrato ---------',
        'Nuovo orario proposto', '{n} ha accettato questo invito.', '{n} ha rifiutato questo invito.',
        '{n} ha accettato provvisoriamente questo invito.', 'Titolo', 'Calendario',
        "Questo evento \u00e8 stato annullato e rimosso dal tuo calendario."],
 'pt': ['Convite', 'Convite atualizado', 'Evento cancelado', 'Aceito', 'Recusado', 'Provis\u00f3rio',
        'Voc\u00ea foi convidado para o seguinte evento.', 'Quando', 'Onde', 'Quem', 'organizador',
        'Participar com o Google Meet', 'Vai participar?', 'Sim', 'N\u00e3o', 'Talvez', 'mais op\u00e7\u00f5es',
        'Convite do Google Agenda', 'Segue uma nova solicita\u00e7\u00e3o de reuni\u00e3o:',
        '{n} convidou voc\u00ea para "{t}".', 'Descri\u00e7\u00e3o', 'Enc:', '---------- Mensagem encaminhada ---------',
        'Novo hor\u00e1rio proposto', '{n} aceitou este convite.', '{n} recusou este convite.',
        '{n} aceitou provisoriamente este convite.', 'T\u00edtulo', 'Agenda',
        'Este evento foi cancelado e removido da sua agenda.'],
 'nl': ['Uitnodiging', 'Bijgewerkte uitnodiging', 'Geannuleerd evenement', 'Geaccepteerd', 'Geweigerd', 'Voorlopig',
        'Je bent uitgenodigd voor het volgende evenement.', 'Wanneer', 'Waar', 'Wie', 'organisator',
        'Deelnemen met Google Meet', 'Ga je?', 'Ja', 'Nee', 'Misschien', 'meer opties',
        'Uitnodiging van Google Agenda', 'Hieronder volgt een nieuwe vergaderaanvraag:',
        '{n} heeft je uitgenodigd voor \u2018{t}\u2019.', 'Beschrijving', 'Fwd:',
        '---------- Doorgestuurd bericht ---------', 'Nieuwe tijd voorgesteld',
        '{n} heeft deze uitnodiging geaccepteerd.', '{n} heeft deze uitnodiging geweigerd.',
        '{n} heeft deze uitnodiging voorlopig geaccepteerd.', 'Titel', 'Agenda',
        'Dit evenement is geannuleerd en uit je agenda verwijderd.'],
 'sv': ['Inbjudan', 'Uppdaterad inbjudan', 'Inst\u00e4lld h\u00e4ndelse', 'Accepterat', 'Avb\u00f6jt',
        'Prelimin\u00e4rt', 'Du har blivit inbjuden till f\u00f6ljande h\u00e4ndelse.', 'N\u00e4r', 'Var', 'Vem',
        'organisat\u00f6r', 'Anslut med Google Meet', 'Kommer du?', 'Ja', 'Nej', 'Kanske', 'fler alternativ',
        'Inbjudan fr\u00e5n Google Kalender', 'F\u00f6ljande \u00e4r en ny m\u00f6tesf\u00f6rfr\u00e5gan:',
        '{n} har bjudit in dig till \u201d{t}\u201d.', 'Beskrivning', 'VB:',
        '---------- Vidarebefordrat meddelande ---------', 'Ny tid f\u00f6reslagen',
        '{n} har accepterat inbjudan.', '{n} har avb\u00f6jt inbjudan.', '{n} har preliminärt accepterat inbjudan.',
        'Titel', 'Kalender', 'H\u00e4ndelsen har st\u00e4llts in och tagits bort fr\u00e5n din kalender.'],
 'pl': ['Zaproszenie', 'Zaktualizowane zaproszenie', 'Odwo\u0142ane wydarzenie', 'Zaakceptowane', 'Odrzucone',
        'Wst\u0119pnie', 'Zosta\u0142e\u015b zaproszony na nast\u0119puj\u0105ce wydarzenie.', 'Kiedy', 'Gdzie', 'Kto',
        'organizator', 'Do\u0142\u0105cz przez Google Meet', 'We\u017amiesz udzia\u0142?', 'Tak', 'Nie', 'Mo\u017ce',
        'wi\u0119cej opcji', 'Zaproszenie z Kalendarza Google', 'Poni\u017cej znajduje si\u0119 nowe wezwanie na spotkanie:',
        '{n} zaprasza Ci\u0119 na \u201e{t}\u201d.', 'Opis', 'PD:', '---------- Przekazana wiadomo\u015b\u0107 ---------',
        'Zaproponowano nowy termin', '{n} zaakceptowa\u0142(a) to zaproszenie.', '{n} odrzuci\u0142(a) to zaproszenie.',
        '{n} wst\u0119pnie zaakceptowa\u0142(a) to zaproszenie.', 'Tytu\u0142', 'Kalendarz',
        'To wydarzenie zosta\u0142o odwo\u0142ane i usuni\u0119te z Twojego kalendarza.'],
 'tr': ['Davet', 'G\u00fcncellenmi\u015f davet', '\u0130ptal edilen etkinlik', 'Kabul edildi', 'Reddedildi', 'Belki',
        'A\u015fa\u011f\u0131daki etkinli\u011fe davet edildiniz.', 'Ne zaman', 'Nerede', 'Kimler', 'd\u00fczenleyen',
        'Google Meet ile kat\u0131l', 'Kat\u0131lacak m\u0131s\u0131n\u0131z?', 'Evet', 'Hay\u0131r', 'Belki',
        'di\u011fer se\u00e7enekler', 'Google Takvim davetiyesi', 'A\u015fa\u011f\u0131da yeni bir toplant\u0131 iste\u011fi bulunmaktad\u0131r:',
        '{n} sizi "{t}" etkinli\u011fine davet etti.', 'A\u00e7\u0131klama', '\u0130LT:',
        '---------- \u0130letilen ileti ---------', 'Yeni saat \u00f6nerildi', '{n} bu daveti kabul etti.',
        '{n} bu daveti reddetti.', '{n} bu davete belki yan\u0131t\u0131 verdi.', 'Ba\u015fl\u0131k', 'Takvim',
        'Bu etkinlik iptal edildi ve takviminizden kald\u0131r\u0131ld\u0131.'],
 'ru': ['Приглашение', 'Обновленное приглашение', 'Отмененное мероприятие', 'Принято', 'Отклонено', 'Под вопросом',
        'Вас пригласили на следующее мероприятие.', 'Когда', 'Где', 'Участники', 'организатор',
        'Присоединиться через Google Meet', 'Пойдете?', 'Да', 'Нет', 'Возможно', 'другие варианты',
        'Приглашение из Google Календаря', 'Ниже приведен новый запрос на собрание:',
        '{n} приглашает вас на «{t}».', 'Описание', 'Fwd:', '---------- Пересылаемое сообщение ---------',
        'Предложено новое время', '{n} принял(а) это приглашение.', '{n} отклонил(а) это приглашение.',
        '{n} ответил(а) «Возможно».', 'Название', 'Календарь', 'Мероприятие отменено и удалено из вашего календаря.'],
 'el': ['Πρόσκληση', 'Ενημερωμένη πρόσκληση', 'Ακυρωμένη εκδήλωση', 'Αποδοχή', 'Απόρριψη', 'Ίσως',
        'Έχετε προσκληθεί στην ακόλουθη εκδήλωση.', 'Πότε', 'Πού', 'Ποιοι', 'διοργανωτής',
        'Συμμετοχή μέσω Google Meet', 'Θα έρθετε;', 'Ναι', 'Όχι', 'Ίσως', 'περισσότερες επιλογές',
        'Πρόσκληση από το Ημερολόγιο Google', 'Ακολουθεί νέα πρόσκληση σε σύσκεψη:',
        'Ο/Η {n} σας προσκάλεσε στο «{t}».', 'Περιγραφή', 'ΠΡΘ:', '---------- Προωθημένο μήνυμα ---------',
        'Προτάθηκε νέα ώρα', 'Ο/Η {n} αποδέχτηκε την πρόσκληση.', 'Ο/Η {n} απέρριψε την πρόσκληση.',
        'Ο/Η {n} απάντησε «Ίσως».', 'Τίτλος', 'Ημερολόγιο', 'Η εκδήλωση ακυρώθηκε και αφαιρέθηκε από το ημερολόγιό σας.'],
 'ar': ['دعوة', 'دعوة محدّثة', 'حدث تم إلغاؤه', 'تم القبول', 'تم الرفض', 'مبدئي',
        'تمت دعوتك إلى الحدث التالي.', 'متى', 'أين', 'من', 'المنظِّم', 'الانضمام باستخدام Google Meet',
        'هل ستحضر؟', 'نعم', 'لا', 'ربما', 'خيارات أخرى', 'دعوة من تقويم Google', 'فيما يلي طلب اجتماع جديد:',
        'دعاك {n} إلى «{t}».', 'الوصف', 'إعادة توجيه:', '---------- الرسالة المعاد توجيهها ---------',
        'تم اقتراح وقت جديد', 'قبل {n} هذه الدعوة.', 'رفض {n} هذه الدعوة.', 'ردّ {n} بـ«ربما».', 'العنوان',
        'التقويم', 'تم إلغاء هذا الحدث وإزالته من تقويمك.'],
 'he': ['הזמנה', 'הזמנה מעודכנת', 'אירוע שבוטל', 'התקבל', 'נדחה', 'אולי', 'הוזמנת לאירוע הבא.', 'מתי', 'איפה',
        'מי', 'מארגן/ת', 'הצטרפות באמצעות Google Meet', 'מגיע/ה?', 'כן', 'לא', 'אולי', 'אפשרויות נוספות',
        'הזמנה מיומן Google', 'להלן בקשה חדשה לפגישה:', '{n} הזמין/ה אותך ל„{t}”.', 'תיאור', 'הועבר:',
        '---------- הודעה שהועברה ---------', 'הוצעה שעה חדשה', '{n} אישר/ה את ההזמנה.', '{n} דחה/תה את ההזמנה.',
        '{n} השיב/ה „אולי”.', 'כותרת', 'יומן', 'האירוע בוטל והוסר מהיומן שלך.'],
 'zh': ['邀请', '更新的邀请', '已取消的活动', '已接受', '已拒绝', '暂定', '您已受邀参加以下活动。', '时间', '地点',
        '参与者', '组织者', '使用 Google Meet 加入', '是否参加？', '是', '否', '可能', '更多选项', '来自 Google 日历的邀请',
        '以下是新的会议请求：', '{n} 邀请您参加“{t}”。', '说明', '转发：', '---------- 转发的邮件 ---------',
        '建议了新时间', '{n} 已接受此邀请。', '{n} 已拒绝此邀请。', '{n} 暂定参加。', '标题', '日历',
        '此活动已取消，并已从您的日历中移除。'],
 'zht': ['邀請', '更新的邀請', '已取消的活動', '已接受', '已拒絕', '暫定', '您已受邀參加以下活動。', '時間', '地點',
         '參與者', '主辦人', '使用 Google Meet 加入', '要參加嗎？', '是', '否', '可能', '更多選項', '來自 Google 日曆的邀請',
         '以下是新的會議邀請：', '{n} 邀請您參加「{t}」。', '說明', '轉寄：', '---------- 轉寄的郵件 ---------',
         '已建議新時間', '{n} 已接受這項邀請。', '{n} 已拒絕這項邀請。', '{n} 回覆「暫定」。', '標題', '日曆',
         '這個活動已取消，並已從您的日曆中移除。'],
 'ja': ['招待', '更新された招待', 'キャンセルされた予定', '承諾', '辞退', '未定', '次の予定に招待されました。', '日時',
        '場所', '参加者', '主催者', 'Google Meet に参加', '参加しますか？', 'はい', 'いいえ', '未定', 'その他のオプション',
        'Google カレンダーからの招待状', '新しい会議出席依頼は次のとおりです:', '{n} さんが「{t}」にあなたを招待しました。',
        '説明', 'Fwd:', '---------- Forwarded message ---------', '新しい日時が提案されました',
        '{n} さんがこの招待を承諾しました。', '{n} さんがこの招待を辞退しました。', '{n} さんは未定と回答しました。',
        'タイトル', 'カレンダー', 'この予定はキャンセルされ、カレンダーから削除されました。'],
 'ko': ['초대', '업데이트된 초대', '취소된 일정', '수락함', '거절함', '미정', '다음 일정에 초대되었습니다.', '일시',
        '장소', '참석자', '주최자', 'Google Meet으로 참여', '참석하시겠습니까?', '예', '아니요', '미정', '옵션 더보기',
        'Google 캘린더에서 보낸 초대장', '새 모임 요청입니다:', '{n}님이 「{t}」에 초대했습니다.', '설명', 'FW:',
        '---------- 전달된 메일 ---------', '새 시간 제안됨', '{n}님이 초대를 수락했습니다.', '{n}님이 초대를 거절했습니다.',
        '{n}님이 미정으로 응답했습니다.', '제목', '캘린더', '이 일정은 취소되어 캘린더에서 삭제되었습니다.'],
 'hi': ['आमंत्रण', 'अपडेट किया गया आमंत्रण', 'रद्द किया गया इवेंट', 'स्वीकार किया', 'अस्वीकार किया', 'शायद',
        'आपको नीचे दिए गए इवेंट में आमंत्रित किया गया है।', 'कब', 'कहां', 'कौन', 'आयोजक', 'Google Meet से जुड़ें',
        'क्या आप आ रहे हैं?', 'हां', 'नहीं', 'शायद', 'और विकल्प', 'Google Calendar से आमंत्रण',
        'नया मीटिंग अनुरोध नीचे दिया गया है:', '{n} ने आपको "{t}" में आमंत्रित किया है।', 'विवरण', 'Fwd:',
        '---------- Forwarded message ---------', 'नया समय प्रस्तावित', '{n} ने यह आमंत्रण स्वीकार कर लिया है।',
        '{n} ने यह आमंत्रण अस्वीकार कर दिया है।', '{n} ने "शायद" जवाब दिया है।', 'शीर्षक', 'कैलेंडर',
        'यह इवेंट रद्द कर दिया गया है और आपके कैलेंडर से हटा दिया गया है।'],
 'th': ['คำเชิญ', 'คำเชิญที่อัปเดต', 'กิจกรรมที่ยกเลิก', 'ยอมรับแล้ว', 'ปฏิเสธแล้ว', 'ไม่แน่ใจ',
        'คุณได้รับเชิญให้เข้าร่วมกิจกรรมต่อไปนี้', 'เมื่อไร', 'ที่ไหน', 'ผู้เข้าร่วม', 'ผู้จัด', 'เข้าร่วมด้วย Google Meet',
        'จะไปไหม', 'ใช่', 'ไม่', 'อาจจะ', 'ตัวเลือกเพิ่มเติม', 'คำเชิญจาก Google ปฏิทิน', 'ต่อไปนี้เป็นคำขอประชุมใหม่:',
        '{n} ได้เชิญคุณเข้าร่วม "{t}"', 'คำอธิบาย', 'Fwd:', '---------- ข้อความที่ส่งต่อ ---------', 'เสนอเวลาใหม่',
        '{n} ได้ตอบรับคำเชิญนี้แล้ว', '{n} ได้ปฏิเสธคำเชิญนี้แล้ว', '{n} ตอบว่าอาจจะ', 'ชื่อ', 'ปฏิทิน',
        'กิจกรรมนี้ถูกยกเลิกและนำออกจากปฏิทินของคุณแล้ว'],
}

UI = {l: dict(zip(_K, v)) for l, v in _UI.items()}
for _l, _v in _UI.items():
    assert len(_v) == len(_K), (_l, len(_v))

# --------------------------------------------------------------------------- dates
_WD = {
    'en': 'Mon Tue Wed Thu Fri Sat Sun', 'de': 'Mo. Di. Mi. Do. Fr. Sa. So.', 'fr': 'lun. mar. mer. jeu. ven. sam. dim.',
    'es': 'lun mar mié jue vie sáb dom', 'it': 'lun mar mer gio ven sab dom', 'pt': 'seg ter qua qui sex sáb dom',
    'nl': 'ma di wo do vr za zo', 'sv': 'mån tis ons tors fre lör sön', 'pl': 'pon. wt. śr. czw. pt. sob. niedz.',
    'tr': 'Pzt Sal Çar Per Cum Cmt Paz', 'ru': 'пн вт ср чт пт сб вс', 'el': 'Δευ Τρί Τετ Πέμ Παρ Σάβ Κυρ',
    'ar': 'الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد', 'he': 'יום_ב׳ יום_ג׳ יום_ד׳ יום_ה׳ יום_ו׳ שבת יום_א׳',
    'zh': '周一 周二 周三 周四 周五 周六 周日', 'zht': '週一 週二 週三 週四 週五 週六 週日',
    'ja': '月 火 水 木 金 土 日', 'ko': '월 화 수 목 금 토 일', 'hi': 'सोम मंगल बुध गुरु शुक्र शनि रवि',
    'th': 'จ. อ. พ. พฤ. ศ. ส. อา.',
}
_MO = {
    'en': 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec',
    'de': 'Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.',
    'fr': 'janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.',
    'es': 'ene feb mar abr may jun jul ago sept oct nov dic', 'it': 'gen feb mar apr mag giu lug ago set ott nov dic',
    'pt': 'jan fev mar abr mai jun jul ago set out nov dez', 'nl': 'jan feb mrt apr mei jun jul aug sep okt nov dec',
    'sv': 'jan. feb. mars apr. maj juni juli aug. sep. okt. nov. dec.',
    'pl': 'sty lut mar kwi maj cze lip sie wrz paź lis gru', 'tr': 'Oca Şub Mar Nis May Haz Tem Ağu Eyl Eki Kas Ara',
    'ru': 'янв. февр. мар. апр. мая июн. июл. авг. сент. окт. нояб. дек.',
    'el': 'Ιαν Φεβ Μαρ Απρ Μαΐ Ιουν Ιουλ Αυγ Σεπ Οκτ Νοε Δεκ',
    'ar': 'يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر',
    'he': 'בינו׳ בפבר׳ במרץ באפר׳ במאי ביוני ביולי באוג׳ בספט׳ באוק׳ בנוב׳ בדצמ׳',
    'hi': 'जन॰ फ़र॰ मार्च अप्रैल मई जून जुल॰ अग॰ सित॰ अक्तू॰ नव॰ दिस॰',
    'th': 'ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.',
}


def _ampm(t):
    h = t.hour % 12 or 12
    s = '%d' % h if t.minute == 0 else '%d:%02d' % (h, t.minute)
    return s + ('am' if t.hour < 12 else 'pm')


def fmt_day(lang, d):
    wd = _WD[lang].split(' ')[d.weekday()].replace('_', ' ')
    if lang in ('zh', 'zht', 'ja'):
        return '%d年%d月%d日 (%s)' % (d.year, d.month, d.day, wd)
    if lang == 'ko':
        return '%d년 %d월 %d일 (%s)' % (d.year, d.month, d.day, wd)
    mo = _MO[lang].split(' ')[d.month - 1]
    if lang == 'en':
        return '%s %s %d, %d' % (wd, mo, d.day, d.year)
    if lang == 'tr':
        return '%d %s %d %s' % (d.day, mo, d.year, wd)
    if lang == 'pt':
        return '%s %d de %s de %d' % (wd, d.day, mo, d.year)
    if lang == 'de':
        return '%s %d. %s %d' % (wd, d.day, mo, d.year)
    if lang == 'ru':
        return '%s %d %s %d г.' % (wd, d.day, mo, d.year)
    return '%s %d %s %d' % (wd, d.day, mo, d.year)


def fmt_when(lang, start, end, tzlabel=None, allday=False):
    if allday:
        s = fmt_day(lang, start)
    elif lang == 'en':
        s = '%s %s \u2013 %s' % (fmt_day(lang, start), _ampm(start), _ampm(end))
    else:
        s = '%s %s \u2013 %s' % (fmt_day(lang, start), start.strftime('%H:%M'), end.strftime('%H:%M'))
    if tzlabel:
        s += ' (%s)' % tzlabel
    return s


def fmt_date_short(lang, d):
    if lang == 'en':
        return d.strftime('%m/%d/%Y')
    if lang in ('zh', 'zht', 'ja'):
        return '%d/%d/%d' % (d.year, d.month, d.day)
    if lang == 'ko':
        return '%d. %d. %d.' % (d.year, d.month, d.day)
    if lang in ('sv',):
        return d.strftime('%Y-%m-%d')
    if lang in ('nl',):
        return d.strftime('%d-%m-%Y')
    if lang in ('de', 'ru', 'pl', 'tr', 'el', 'he'):
        return d.strftime('%d.%m.%Y')
    return d.strftime('%d/%m/%Y')

# --------------------------------------------------------------------------- names
# Latin-script names are romanised automatically; others as "native|roman".
FIRST = {
    'en': 'James Mary Robert Linda Michael Sarah David Emily Daniel Laura Kevin Rachel Brian Megan Jason Olivia '
          'Eric Hannah Mark Grace Tom Chloe Nathan Priya Omar Aisha Connor Fiona Derek Tanya Greg Holly',
    'de': 'Jan Katrin Stefan Anja Matthias Sabine Tobias Julia Markus Claudia Felix Lena Jürgen Birgit Lukas Sophie',
    'fr': 'Julien Camille Nicolas Élodie Thomas Céline Mathieu Aurélie Pierre Sophie Hugo Manon Benoît Chloé',
    'es': 'Javier Lucía Alejandro María Pablo Carmen Diego Laura Sergio Marta Andrés Paula Raúl Elena',
    'it': 'Marco Giulia Luca Francesca Andrea Chiara Matteo Sara Davide Elena Stefano Valentina',
    'pt': 'João Ana Pedro Mariana Lucas Beatriz Gabriel Juliana Rafael Camila Thiago Larissa',
    'nl': 'Jeroen Sanne Daan Lotte Bram Femke Thijs Anouk Ruben Eva Pieter Marieke',
    'sv': 'Erik Anna Johan Sara Lars Emma Anders Karin Oskar Maja Henrik Elin',
    'pl': 'Piotr Anna Krzysztof Katarzyna Tomasz Magdalena Paweł Agnieszka Michał Joanna Łukasz Ewa',
    'tr': 'Mehmet Ayşe Emre Zeynep Burak Elif Murat Selin Can Deniz Oğuz Gül',
    'ru': 'Алексей|Aleksey Ольга|Olga Дмитрий|Dmitry Наталья|Natalya Сергей|Sergey Елена|Elena Андрей|Andrey '
          'Ирина|Irina Павел|Pavel Татьяна|Tatyana Михаил|Mikhail Анна|Anna',
    'el': 'Γιώργος|Giorgos Μαρία|Maria Νίκος|Nikos Ελένη|Eleni Κώστας|Kostas Κατερίνα|Katerina Δημήτρης|Dimitris '
          'Σοφία|Sofia Γιάννης|Giannis Αγγελική|Angeliki',
    'ar': 'محمد|Mohammed أحمد|Ahmed فاطمة|Fatima خالد|Khaled سارة|Sara عمر|Omar نورة|Noura يوسف|Youssef '
          'ليلى|Layla علي|Ali مريم|Mariam حسن|Hassan',
    'he': 'יוסי|Yossi מיכל|Michal אבי|Avi נועה|Noa דני|Dani שירה|Shira איתי|Itai רונית|Ronit עומר|Omer תמר|Tamar',
    'zh': '伟|Wei 芳|Fang 磊|Lei 静|Jing 强|Qiang 丽|Li 军|Jun 敏|Min 杰|Jie 婷|Ting 涛|Tao 雪|Xue',
    'zht': '志明|Chih-ming 淑芬|Shu-fen 家豪|Chia-hao 怡君|Yi-chun 俊傑|Chun-chieh 雅婷|Ya-ting 建宏|Chien-hung 美玲|Mei-ling',
    'ja': '翔太|Shota 美咲|Misaki 大輔|Daisuke 陽子|Yoko 健|Ken 彩|Aya 拓也|Takuya 真由美|Mayumi 直樹|Naoki 恵|Megumi',
    'ko': '민준|Minjun 서연|Seoyeon 지훈|Jihoon 수빈|Subin 현우|Hyunwoo 지은|Jieun 성민|Sungmin 은지|Eunji 동현|Donghyun 하은|Haeun',
    'hi': 'राहुल|Rahul प्रिया|Priya अमित|Amit पूजा|Pooja विकास|Vikas नेहा|Neha सुनील|Sunil अंजलि|Anjali रोहित|Rohit कविता|Kavita',
    'th': 'สมชาย|Somchai สุดา|Suda ณัฐพล|Nattapon พิมพ์ชนก|Pimchanok ธนากร|Thanakorn วรรณา|Wanna กิตติ|Kitti อรทัย|Orathai',
}
LAST = {
    'en': 'Smith Johnson Williams Brown Miller Davis Wilson Anderson Taylor Thomas Moore Martin Clark Lewis Walker Hall '
          'Young King Wright Scott Green Baker Adams Nelson Hill Campbell Mitchell Roberts Carter Patel Nguyen Khan',
    'de': 'Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Hoffmann Schäfer Koch Richter Wolf Krüger Neumann',
    'fr': 'Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Lefèvre Girard Bonnet Fournier',
    'es': 'García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Ruiz Díaz Moreno Álvarez',
    'it': 'Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti',
    'pt': 'Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro',
    'nl': 'de Jong Jansen de Vries van den Berg van Dijk Bakker Visser Smit Meijer de Boer Mulder Bos',
    'sv': 'Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson',
    'pl': 'Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak',
    'tr': 'Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan',
    'ru': 'Иванов|Ivanov Смирнов|Smirnov Кузнецов|Kuznetsov Попов|Popov Волков|Volkov Соколов|Sokolov '
          'Морозов|Morozov Новиков|Novikov Фёдоров|Fedorov Лебедев|Lebedev',
    'el': 'Παπαδόπουλος|Papadopoulos Γεωργίου|Georgiou Οικονόμου|Oikonomou Νικολάου|Nikolaou Δημητρίου|Dimitriou '
          'Ιωάννου|Ioannou Βασιλείου|Vasileiou Αντωνίου|Antoniou',
    'ar': 'العتيبي|Alotaibi الحربي|Alharbi المصري|Elmasry حداد|Haddad الشمري|Alshammari منصور|Mansour '
          'القحطاني|Alqahtani إبراهيم|Ibrahim',
    'he': 'כהן|Cohen לוי|Levi מזרחי|Mizrahi פרץ|Peretz ביטון|Biton אברהם|Avraham פרידמן|Friedman שפירא|Shapira',
    'zh': '王|Wang 李|Li 张|Zhang 刘|Liu 陈|Chen 杨|Yang 黄|Huang 赵|Zhao 吴|Wu 周|Zhou',
    'zht': '陳|Chen 林|Lin 黃|Huang 張|Chang 李|Lee 王|Wang 吳|Wu 劉|Liu 蔡|Tsai',
    'ja': '佐藤|Sato 鈴木|Suzuki 高橋|Takahashi 田中|Tanaka 伊藤|Ito 渡辺|Watanabe 山本|Yamamoto 中村|Nakamura 小林|Kobayashi',
    'ko': '김|Kim 이|Lee 박|Park 최|Choi 정|Jung 강|Kang 조|Cho 윤|Yoon 장|Jang 임|Lim',
    'hi': 'शर्मा|Sharma वर्मा|Verma गुप्ता|Gupta सिंह|Singh कुमार|Kumar पटेल|Patel जोशी|Joshi मेहता|Mehta',
    'th': 'สุขใจ|Sukjai วงศ์สวัสดิ์|Wongsawat ศรีสุข|Srisuk แก้วมณี|Kaewmanee ทองดี|Thongdee บุญมา|Boonma',
}
# 'nl' last names may contain spaces: split on double-space semantics
LAST['nl'] = 'de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Visser|Smit|Meijer|de Boer|Mulder|Bos'


def _split(lang, table):
    raw = table[lang]
    items = raw.split('|') if lang == 'nl' and table is LAST else raw.split(' ')
    out = []
    for it in items:
        if '|' in it and not (lang == 'nl' and table is LAST):
            n, r = it.split('|')
        else:
            n, r = it, ascii_fold(it)
        out.append((n, r))
    return out


def ascii_fold(s):
    s = s.replace('ß', 'ss').replace('ł', 'l').replace('Ł', 'L').replace('ı', 'i').replace('ø', 'o')
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if ord(c) < 128)


def person(r, lang):
    """Return dict(first, last, full, rfirst, rlast) for a language."""
    f, rf = r.choice(_split(lang, FIRST))
    l, rl = r.choice(_split(lang, LAST))
    if lang in ('zh', 'zht', 'ja', 'ko'):
        full = l + f if lang != 'zht' else l + f
        if lang == 'ko':
            full = l + f
    elif lang == 'hu':
        full = l + ' ' + f
    else:
        full = f + ' ' + l
    return dict(first=f, last=l, full=full, rfirst=rf, rlast=rl.replace(' ', ''), lang=lang)


def localpart(r, p, style=None):
    f, l = p['rfirst'].lower().replace('-', ''), p['rlast'].lower().replace("'", '')
    style = style or r.choice(['f.l', 'fl', 'f_l', 'fl99', 'l.f', 'f', 'fl9999', 'f.l99', 'x.l'])
    num = str(r.randint(1, 99))
    return {'f.l': f + '.' + l, 'fl': f + l, 'f_l': f + '_' + l, 'fl99': f + l + num, 'l.f': l + '.' + f,
            'f': f, 'fl9999': f + l + str(r.randint(1960, 2004)), 'f.l99': f + '.' + l + num,
            'x.l': f[0] + '.' + l, 'xl': f[0] + l}[style]


FREE_BY_LANG = {
    'en': ['gmail.com', 'gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'hotmail.com', 'aol.com', 'proton.me'],
    'de': ['gmx.de', 'web.de', 't-online.de', 'gmail.com', 'posteo.de', 'gmx.net'],
    'fr': ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com', 'hotmail.fr', 'sfr.fr'],
    'es': ['gmail.com', 'hotmail.es', 'yahoo.es', 'outlook.es', 'telefonica.net'],
    'it': ['libero.it', 'virgilio.it', 'gmail.com', 'tiscali.it', 'alice.it'],
    'pt': ['gmail.com', 'uol.com.br', 'bol.com.br', 'terra.com.br', 'hotmail.com', 'sapo.pt'],
    'nl': ['ziggo.nl', 'kpnmail.nl', 'gmail.com', 'hotmail.nl', 'xs4all.nl'],
    'sv': ['telia.com', 'gmail.com', 'hotmail.se', 'bredband.net'],
    'pl': ['wp.pl', 'o2.pl', 'interia.pl', 'onet.pl', 'gmail.com'],
    'tr': ['gmail.com', 'hotmail.com', 'yandex.com.tr', 'outlook.com.tr'],
    'ru': ['mail.ru', 'yandex.ru', 'rambler.ru', 'bk.ru', 'gmail.com', 'inbox.ru'],
    'el': ['gmail.com', 'yahoo.gr', 'otenet.gr', 'hotmail.gr'],
    'ar': ['gmail.com', 'hotmail.com', 'yahoo.com', 'outlook.sa'],
    'he': ['gmail.com', 'walla.co.il', 'bezeqint.net', 'gmail.com'],
    'zh': ['qq.com', '163.com', '126.com', 'sina.com', 'gmail.com'],
    'zht': ['gmail.com', 'yahoo.com.tw', 'msa.hinet.net', 'hotmail.com.tw'],
    'ja': ['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp', 'nifty.com', 'icloud.com', 'ezweb.ne.jp'],
    'ko': ['naver.com', 'daum.net', 'hanmail.net', 'gmail.com', 'kakao.com'],
    'hi': ['gmail.com', 'rediffmail.com', 'yahoo.co.in', 'outlook.in'],
    'th': ['gmail.com', 'hotmail.com', 'yahoo.co.th'],
}

# fictional organisations per language: (domain, display name)
ORGS = {
    'en': [('quillbridge.example', 'Quillbridge Partners'), ('northfield-dental.example', 'Northfield Dental Care'),
           ('harborlight.org', 'Harborlight Community Trust'), ('kestrel-analytics.com', 'Kestrel Analytics'),
           ('bramblewood.co.uk', 'Bramblewood Consulting'), ('tallowcreek.edu', 'Tallow Creek College'),
           ('ironpine-logistics.com', 'Ironpine Logistics'), ('lanternworks.io', 'Lanternworks'),
           ('meridianhvac.example', 'Meridian HVAC Services'), ('oakhollow-school.org', 'Oak Hollow Elementary'),
           ('saltmarsh-legal.com', 'Saltmarsh & Reyes LLP'), ('copperleaf-health.org', 'Copperleaf Health'),
           ('bluegate-software.com', 'Bluegate Software'), ('fernhill-council.gov.example', 'Fernhill Borough Council'),
           ('pinecrest-realty.example', 'Pinecrest Realty Group'), ('alderstone.net', 'Alderstone Manufacturing')],
    'de': [('brenner-partner.de', 'Brenner & Partner Steuerberatung'), ('lumenfabrik.de', 'Lumenfabrik GmbH'),
           ('stadtwerke-auenfeld.de', 'Stadtwerke Auenfeld'), ('hausarzt-lindenhof.de', 'Hausarztpraxis Lindenhof'),
           ('kieferholz-maschinenbau.de', 'Kieferholz Maschinenbau AG'), ('tsv-wiesental.de', 'TSV Wiesental 1911 e.V.'),
           ('gymnasium-am-moor.de', 'Gymnasium am Moor'), ('uni-hellerau.example', 'Universität Hellerau')],
    'fr': [('atelier-verlaine.fr', 'Atelier Verlaine'), ('cabinet-moreau-avocats.fr', 'Cabinet Moreau Avocats'),
           ('mairie-saint-aubrac.fr', 'Mairie de Saint-Aubrac'), ('transports-garonne.fr', 'Transports Garonne'),
           ('lycee-jean-rostand-exemple.fr', 'Lycée Jean Rostand'), ('cliniquedesiris.fr', 'Clinique des Iris')],
    'es': [('grupo-alcantara.es', 'Grupo Alcántara'), ('clinica-santa-rita.es', 'Clínica Santa Rita'),
           ('colegio-los-almendros.es', 'Colegio Los Almendros'), ('ferreteria-guzman.mx', 'Ferretería Guzmán'),
           ('univ-del-pacifico.example', 'Universidad del Pacífico')],
    'it': [('studio-bianchi-commercialisti.it', 'Studio Bianchi Commercialisti'), ('ceramiche-lago.it', 'Ceramiche del Lago'),
           ('comune-valfonda.it', 'Comune di Valfonda'), ('liceo-galvani-exemplo.it', 'Liceo Galvani')],
    'pt': [('construtora-ipe.com.br', 'Construtora Ipê'), ('clinica-bem-estar.com.br', 'Clínica Bem-Estar'),
           ('agencia-maresia.com.br', 'Agência Maresia'), ('escola-aurora.pt', 'Escola Aurora')],
    'nl': [('vandermeer-advies.nl', 'Van der Meer Advies'), ('gemeente-lindewaard.nl', 'Gemeente Lindewaard'),
           ('tandartspraktijk-deberk.nl', 'Tandartspraktijk De Berk'), ('hockeyclub-de-vlieger.nl', 'HC De Vlieger')],
    'sv': [('nordkust-bygg.se', 'Nordkust Bygg AB'), ('vardcentral-ekbacken.se', 'Vårdcentralen Ekbacken'),
           ('lindgren-revision.se', 'Lindgren Revision AB')],
    'pl': [('biuro-rachunkowe-lipa.pl', 'Biuro Rachunkowe Lipa'), ('przychodnia-zdrowie-plus.pl', 'Przychodnia Zdrowie Plus'),
           ('kowalski-transport.pl', 'Kowalski Transport sp. z o.o.')],
    'tr': [('anadolu-tekstil.com.tr', 'Anadolu Tekstil A.Ş.'), ('ozel-deniz-klinik.com.tr', 'Özel Deniz Kliniği'),
           ('bosphorus-yazilim.com.tr', 'Bosphorus Yazılım')],
    'ru': [('severstroi-group.ru', 'ГК «Северстрой»'), ('poliklinika-zarechye.ru', 'Поликлиника «Заречье»'),
           ('volga-logistika.ru', 'Волга Логистика')],
    'el': [('aigaio-shipping.gr', 'Aigaio Shipping'), ('iatreio-papadaki.gr', 'Ιατρείο Παπαδάκη'),
           ('dimos-kalliopis.gr', 'Δήμος Καλλιόπης')],
    'ar': [('alnakheel-trading.sa', 'شركة النخيل للتجارة'), ('medcare-clinic.ae', 'عيادة ميدكير'),
           ('nile-engineering.com.eg', 'النيل للهندسة')],
    'he': [('galil-tech.co.il', 'גליל טכנולוגיות'), ('mirpaat-hashaked.co.il', 'מרפאת השקד'),
           ('cohen-accounting.co.il', 'כהן ושות׳ רואי חשבון')],
    'zh': [('hengtai-trade.cn', '恒泰贸易有限公司'), ('xinghe-tech.com.cn', '星河科技'), ('changjiang-logistics.cn', '长江物流')],
    'zht': [('yuanshan-design.com.tw', '圓山設計'), ('taihe-clinic.com.tw', '泰和診所'), ('harbourview-hk.com.hk', '海景貿易')],
    'ja': [('sakura-boeki.co.jp', '桜貿易株式会社'), ('aoba-clinic.jp', 'あおばクリニック'), ('kitakaze-soft.co.jp', '北風ソフト')],
    'ko': [('hanbit-tech.co.kr', '한빛테크'), ('seoul-dental.kr', '서울밝은치과'), ('daeyang-shipping.co.kr', '대양해운')],
    'hi': [('sharma-associates.in', 'Sharma & Associates'), ('ganga-infotech.in', 'Ganga Infotech'),
           ('arogya-clinic.in', 'आरोग्य क्लिनिक')],
    'th': [('siam-ceramic-exemplo.co.th', 'สยามเซรามิก'), ('bangna-dental.co.th', 'คลินิกทันตกรรมบางนา'),
           ('chaophraya-travel.co.th', 'เจ้าพระยาทราเวล')],
}

RCPT_DOMAINS_GENERIC = ['example.net', 'example.org', 'example.com', 'mail.example.net', 'corp.example.com',
                        'staff.example.edu']
