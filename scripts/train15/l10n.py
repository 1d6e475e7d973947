# -*- coding: utf-8 -*-
"""Client boilerplate strings and date formatting in several UI languages.  CC0 1.0."""

UI = {
    'en': dict(invitation='Invitation', updated='Updated invitation', canceled='Canceled event',
               canceled_o='Canceled', accepted='Accepted', declined='Declined', tentative='Tentatively Accepted',
               organizer='Organizer', guests='Guests', when='When', where='Where', description='Description',
               join_meet='Join with Google Meet', reply_for='Reply for', yes='Yes', no='No', maybe='Maybe',
               more='More options', from_gcal='Invitation from Google Calendar', tz='Time zone',
               view_all='View all guest info', teams='Microsoft Teams meeting',
               join_teams='Join on your computer, mobile app or room device', click_join='Click here to join the meeting',
               meeting_id='Meeting ID', passcode='Passcode', title='Title', attendees='Attendees',
               invited_you='has invited you to', accept='Accept', decline='Decline', location='Location',
               start='Start', end='End', new_req='The following is a new meeting request:',
               invitees='Invitees', subject='Subject', time='Time', receiving='You are receiving this email because you are an attendee on the event.'),
    'de': dict(invitation='Einladung', updated='Aktualisierte Einladung', canceled='Abgesagter Termin',
               canceled_o='Abgesagt', accepted='Angenommen', declined='Abgelehnt', tentative='Mit Vorbehalt angenommen',
               organizer='Organisator', guests='Gäste', when='Wann', where='Wo', description='Beschreibung',
               join_meet='Mit Google Meet teilnehmen', reply_for='Antworten für', yes='Ja', no='Nein', maybe='Vielleicht',
               more='Weitere Optionen', from_gcal='Einladung von Google Kalender', tz='Zeitzone',
               view_all='Alle Gastinformationen anzeigen', teams='Microsoft Teams-Besprechung',
               join_teams='Auf Ihrem Computer, in der mobilen App oder auf einem Raumgerät teilnehmen',
               click_join='Klicken Sie hier, um an der Besprechung teilzunehmen', meeting_id='Besprechungs-ID',
               passcode='Kennung', title='Titel', attendees='Teilnehmer', invited_you='hat Sie eingeladen zu',
               accept='Annehmen', decline='Ablehnen', location='Ort', start='Beginn', end='Ende',
               new_req='Folgendes ist eine neue Besprechungsanfrage:', invitees='Eingeladene', subject='Betreff',
               time='Zeit', receiving='Sie erhalten diese E-Mail, weil Sie Teilnehmer dieses Termins sind.'),
    'fr': dict(invitation='Invitation', updated='Invitation mise à jour', canceled='Événement annulé',
               canceled_o='Annulé', accepted='Accepté', declined='Refusé', tentative='Provisoire',
               organizer='Organisateur', guests='Invités', when='Quand', where='Où', description='Description',
               join_meet='Participer avec Google Meet', reply_for='Répondre pour', yes='Oui', no='Non',
               maybe='Peut-être', more="Plus d'options", from_gcal='Invitation de Google Agenda', tz='Fuseau horaire',
               view_all='Afficher toutes les informations sur les invités', teams='Réunion Microsoft Teams',
               join_teams="Participer sur votre ordinateur, votre application mobile ou l'appareil de la salle",
               click_join='Cliquez ici pour participer à la réunion', meeting_id='ID de réunion',
               passcode='Code secret', title='Titre', attendees='Participants', invited_you='vous a invité à',
               accept='Accepter', decline='Refuser', location='Lieu', start='Début', end='Fin',
               new_req='Voici une nouvelle demande de réunion :', invitees='Invités', subject='Objet',
               time='Heure', receiving="Vous recevez cet e-mail, car vous participez à l'événement."),
    'es': dict(invitation='Invitación', updated='Invitación actualizada', canceled='Evento cancelado',
               canceled_o='Cancelado', accepted='Aceptado', declined='Rechazado', tentative='Aceptado provisionalmente',
               organizer='Organizador', guests='Invitados', when='Cuándo', where='Dónde', description='Descripción',
               join_meet='Unirse con Google Meet', reply_for='Responder para', yes='Sí', no='No', maybe='Quizás',
               more='Más opciones', from_gcal='Invitación de Google Calendar', tz='Zona horaria',
               view_all='Ver toda la información de los invitados', teams='Reunión de Microsoft Teams',
               join_teams='Unirse desde el equipo, la aplicación móvil o el dispositivo de la sala',
               click_join='Haga clic aquí para unirse a la reunión', meeting_id='Id. de reunión',
               passcode='Código de acceso', title='Título', attendees='Asistentes', invited_you='te ha invitado a',
               accept='Aceptar', decline='Rechazar', location='Ubicación', start='Inicio', end='Fin',
               new_req='La siguiente es una nueva convocatoria de reunión:', invitees='Invitados', subject='Asunto',
               time='Hora', receiving='Has recibido este correo electrónico porque eres un invitado del evento.'),
    'it': dict(invitation='Invito', updated='Invito aggiornato', canceled='Evento annullato', canceled_o='Annullato',
               accepted='Accettato', declined='Rifiutato', tentative='Accettato con riserva', organizer='Organizzatore',
               guests='Invitati', when='Quando', where='Dove', description='Descrizione',
               join_meet='Partecipa con Google Meet', reply_for='Rispondi per', yes='Sì', no='No', maybe='Forse',
               more='Altre opzioni', from_gcal='Invito da Google Calendar', tz='Fuso orario',
               view_all='Visualizza tutte le informazioni sugli invitati', teams='Riunione di Microsoft Teams',
               join_teams='Partecipa dal computer, dall\'app per dispositivi mobili o dal dispositivo della stanza',
               click_join='Fai clic qui per partecipare alla riunione', meeting_id='ID riunione',
               passcode='Passcode', title='Titolo', attendees='Partecipanti', invited_you='ti ha invitato a',
               accept='Accetta', decline='Rifiuta', location='Luogo', start='Inizio', end='Fine',
               new_req='Quella che segue è una nuova richiesta di riunione:', invitees='Invitati', subject='Oggetto',
               time='Ora', receiving="Ricevi questa email perché sei un invitato all'evento."),
    'pt': dict(invitation='Convite', updated='Convite atualizado', canceled='Evento cancelado', canceled_o='Cancelado',
               accepted='Aceito', declined='Recusado', tentative='Aceito provisoriamente', organizer='Organizador',
               guests='Convidados', when='Quando', where='Onde', description='Descrição',
               join_meet='Participar com o Google Meet', reply_for='Responder para', yes='Sim', no='Não',
               maybe='Talvez', more='Mais opções', from_gcal='Convite do Google Agenda', tz='Fuso horário',
               view_all='Ver todas as informações dos convidados', teams='Reunião do Microsoft Teams',
               join_teams='Ingressar no seu computador, aplicativo móvel ou dispositivo de sala',
               click_join='Clique aqui para ingressar na reunião', meeting_id='ID da Reunião',
               passcode='Senha', title='Título', attendees='Participantes', invited_you='convidou você para',
               accept='Aceitar', decline='Recusar', location='Local', start='Início', end='Término',
               new_req='A seguir está uma nova solicitação de reunião:', invitees='Convidados', subject='Assunto',
               time='Horário', receiving='Você está recebendo este e-mail porque é convidado do evento.'),
    'nl': dict(invitation='Uitnodiging', updated='Bijgewerkte uitnodiging', canceled='Geannuleerd evenement',
               canceled_o='Geannuleerd', accepted='Geaccepteerd', declined='Geweigerd', tentative='Voorlopig geaccepteerd',
               organizer='Organisator', guests='Gasten', when='Wanneer', where='Waar', description='Beschrijving',
               join_meet='Deelnemen met Google Meet', reply_for='Reageren voor', yes='Ja', no='Nee', maybe='Misschien',
               more='Meer opties', from_gcal='Uitnodiging van Google Agenda', tz='Tijdzone',
               view_all='Alle gastgegevens bekijken', teams='Microsoft Teams-vergadering',
               join_teams='Deelnemen op uw computer, mobiele app of ruimteapparaat',
               click_join='Klik hier om deel te nemen aan de vergadering', meeting_id='Vergadering-id',
               passcode='Wachtwoordcode', title='Titel', attendees='Deelnemers', invited_you='heeft je uitgenodigd voor',
               accept='Accepteren', decline='Weigeren', location='Locatie', start='Begin', end='Einde',
               new_req='Het volgende is een nieuwe vergaderaanvraag:', invitees='Genodigden', subject='Onderwerp',
               time='Tijd', receiving='Je ontvangt deze e-mail omdat je gast bent bij dit evenement.'),
    'ru': dict(invitation='Приглашение', updated='Обновленное приглашение', canceled='Отмененное мероприятие',
               canceled_o='Отменено', accepted='Принято', declined='Отклонено', tentative='Под вопросом',
               organizer='Организатор', guests='Гости', when='Когда', where='Где', description='Описание',
               join_meet='Присоединиться через Google Meet', reply_for='Ответ для', yes='Да', no='Нет',
               maybe='Возможно', more='Другие варианты', from_gcal='Приглашение из Google Календаря',
               tz='Часовой пояс', view_all='Посмотреть информацию о гостях', teams='Собрание Microsoft Teams',
               join_teams='Присоединяйтесь на компьютере, в мобильном приложении или на устройстве для комнаты',
               click_join='Щелкните здесь, чтобы присоединиться к собранию', meeting_id='Идентификатор собрания',
               passcode='Секретный код', title='Название', attendees='Участники', invited_you='приглашает вас на',
               accept='Принять', decline='Отклонить', location='Место', start='Начало', end='Окончание',
               new_req='Новое приглашение на собрание:', invitees='Приглашенные', subject='Тема', time='Время',
               receiving='Вы получили это письмо, так как являетесь участником мероприятия.'),
    'ja': dict(invitation='招待状', updated='更新された招待状', canceled='キャンセルされた予定', canceled_o='キャンセル済み',
               accepted='承諾', declined='辞退', tentative='仮承諾', organizer='主催者', guests='ゲスト', when='日時',
               where='場所', description='説明', join_meet='Google Meet に参加', reply_for='返信先', yes='はい',
               no='いいえ', maybe='未定', more='その他のオプション', from_gcal='Google カレンダーからの招待状',
               tz='タイムゾーン', view_all='すべてのゲスト情報を表示', teams='Microsoft Teams 会議',
               join_teams='コンピュータ、モバイル アプリケーション、またはルーム デバイスで参加する',
               click_join='ここをクリックして会議に参加してください', meeting_id='会議 ID', passcode='パスコード',
               title='タイトル', attendees='出席者', invited_you='さんから招待されました:', accept='承諾',
               decline='辞退', location='場所', start='開始', end='終了', new_req='新しい会議出席依頼:',
               invitees='出席依頼先', subject='件名', time='時間',
               receiving='このメールは、予定のゲストであるため送信されています。'),
    'zh': dict(invitation='邀请', updated='更新后的邀请', canceled='已取消的活动', canceled_o='已取消', accepted='已接受',
               declined='已拒绝', tentative='暂定', organizer='组织者', guests='邀请对象', when='时间', where='地点',
               description='说明', join_meet='使用 Google Meet 加入', reply_for='回复', yes='是', no='否',
               maybe='也许', more='更多选项', from_gcal='来自 Google 日历的邀请', tz='时区',
               view_all='查看所有邀请对象信息', teams='Microsoft Teams 会议',
               join_teams='在计算机、移动应用或会议室设备上加入', click_join='单击此处加入会议', meeting_id='会议 ID',
               passcode='密码', title='标题', attendees='参与者', invited_you='邀请您参加', accept='接受',
               decline='拒绝', location='地点', start='开始', end='结束', new_req='以下是新的会议请求:',
               invitees='受邀者', subject='主题', time='时间', receiving='您之所以收到此电子邮件，是因为您是该活动的邀请对象。'),
    'tw': dict(invitation='邀請', updated='更新的邀請', canceled='已取消的活動', canceled_o='已取消', accepted='已接受',
               declined='已拒絕', tentative='暫定', organizer='主辦人', guests='邀請對象', when='時間', where='地點',
               description='說明', join_meet='使用 Google Meet 加入', reply_for='回覆', yes='是', no='否',
               maybe='不確定', more='更多選項', from_gcal='來自 Google 日曆的邀請', tz='時區',
               view_all='查看所有邀請對象資訊', teams='Microsoft Teams 會議',
               join_teams='在您的電腦、行動裝置應用程式或會議室裝置上加入', click_join='按一下這裡以加入會議',
               meeting_id='會議 ID', passcode='密碼', title='標題', attendees='出席者', invited_you='邀請您參加',
               accept='接受', decline='拒絕', location='地點', start='開始', end='結束', new_req='以下是新的會議邀請:',
               invitees='受邀者', subject='主旨', time='時間', receiving='您收到這封電子郵件，是因為您是活動的邀請對象。'),
    'ko': dict(invitation='초대', updated='업데이트된 초대', canceled='취소된 일정', canceled_o='취소됨', accepted='수락',
               declined='거절', tentative='미정', organizer='주최자', guests='참석자', when='일시', where='장소',
               description='설명', join_meet='Google Meet으로 참여', reply_for='다음 사용자로 답장',
               yes='예', no='아니요', maybe='미정', more='옵션 더보기', from_gcal='Google 캘린더 초대장',
               tz='시간대', view_all='모든 참석자 정보 보기', teams='Microsoft Teams 모임',
               join_teams='컴퓨터, 모바일 앱 또는 회의실 장치에서 참가', click_join='모임에 참가하려면 여기를 클릭하세요',
               meeting_id='모임 ID', passcode='암호', title='제목', attendees='참석자', invited_you='님이 초대했습니다:',
               accept='수락', decline='거절', location='위치', start='시작', end='종료', new_req='새 모임 요청:',
               invitees='초대 대상', subject='제목', time='시간', receiving='일정 참석자이므로 이 이메일을 받았습니다.'),
}

WD = {
    'en': ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    'de': ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
    'fr': ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    'es': ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
    'it': ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
    'pt': ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo'],
    'nl': ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
    'ru': ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'],
    'ja': ['月曜日', '火曜日', '水曜日', '木曜日', '金曜日', '土曜日', '日曜日'],
    'zh': ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'],
    'tw': ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'],
    'ko': ['월요일', '화요일', '수요일', '목요일', '금요일', '토요일', '일요일'],
}
MO = {
    'en': ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
           'November', 'December'],
    'de': ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober',
           'November', 'Dezember'],
    'fr': ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
           'novembre', 'décembre'],
    'es': ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre',
           'noviembre', 'diciembre'],
    'it': ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre',
           'novembre', 'dicembre'],
    'pt': ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro',
           'novembro', 'dezembro'],
    'nl': ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober',
           'november', 'december'],
    'ru': ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября',
           'ноября', 'декабря'],
}


def ui(lang):
    return UI.get(lang, UI['en'])


def fmt_day(lang, d):
    """Long date in the UI language."""
    if lang in ('ja', 'zh', 'tw'):
        return '%d年%d月%d日 (%s)' % (d.year, d.month, d.day, WD[lang][d.weekday()])
    if lang == 'ko':
        return '%d년 %d월 %d일 (%s)' % (d.year, d.month, d.day, WD['ko'][d.weekday()])
    if lang in MO:
        w, m = WD[lang][d.weekday()], MO[lang][d.month - 1]
        if lang == 'en':
            return '%s %d %s %d' % (w, d.day, m, d.year)
        if lang == 'de':
            return '%s, %d. %s %d' % (w, d.day, m, d.year)
        if lang in ('es', 'pt'):
            return '%s, %d de %s de %d' % (w, d.day, m, d.year)
        if lang == 'ru':
            return '%s, %d %s %d г.' % (w, d.day, m, d.year)
        return '%s %d %s %d' % (w, d.day, m, d.year)
    return '%04d-%02d-%02d' % (d.year, d.month, d.day)


def fmt_span(lang, s, e):
    if hasattr(s, 'hour'):
        t = '%02d:%02d' % (s.hour, s.minute)
        t2 = '%02d:%02d' % (e.hour, e.minute) if e is not None else ''
        if e is not None and e.date() != s.date():
            return '%s %s – %s %s' % (fmt_day(lang, s), t, fmt_day(lang, e), t2)
        return '%s ⋅ %s – %s' % (fmt_day(lang, s), t, t2) if t2 else '%s ⋅ %s' % (fmt_day(lang, s), t)
    return fmt_day(lang, s)


def fmt_short(s):
    """Google subject style: Tue 12 Mar 2024 10:00 - 11:00"""
    from common import DAYS, MONS
    if hasattr(s, 'hour'):
        return '%s %d %s %d %02d:%02d' % (DAYS[s.weekday()], s.day, MONS[s.month - 1], s.year, s.hour, s.minute)
    return '%s %d %s %d' % (DAYS[s.weekday()], s.day, MONS[s.month - 1], s.year)
