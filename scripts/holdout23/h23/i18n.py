"""Small localisation helpers for client boilerplate."""
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince".split(),
}
WD = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "ru": "понедельник вторник среда четверг пятница суббота воскресенье".split(),
    "ja": "月 火 水 木 金 土 日".split(),
    "zh": "一 二 三 四 五 六 日".split(),
    "ko": "월 화 수 목 금 토 일".split(),
}


def when(lang, s, e=None, tzlabel="", allday=False):
    """Human readable date/time range in the message language."""
    lg = lang
    hm = lambda t: "%02d:%02d" % (t.hour, t.minute)
    if lg == "en":
        def h12(t):
            h = t.hour % 12 or 12
            ap = "am" if t.hour < 12 else "pm"
            return ("%d%s" % (h, ap)) if t.minute == 0 else ("%d:%02d%s" % (h, t.minute, ap))
        d = "%s %s %d, %d" % (WD["en"][s.weekday()][:3], MONTHS["en"][s.month - 1][:3], s.day, s.year)
        if allday:
            return d
        r = "%s %s" % (d, h12(s)) + (" - %s" % h12(e) if e else "")
    elif lg in ("ja", "zh", "zh-tw"):
        w = WD["ja" if lg == "ja" else "zh"][s.weekday()]
        w = "(%s)" % w if lg == "ja" else ("（周%s）" % w if lg == "zh" else "（週%s）" % w)
        d = "%d年%d月%d日%s" % (s.year, s.month, s.day, w)
        if allday:
            return d
        r = d + " " + hm(s) + ("～" + hm(e) if e else "")
    elif lg == "ko":
        d = "%d년 %d월 %d일 (%s)" % (s.year, s.month, s.day, WD["ko"][s.weekday()])
        if allday:
            return d
        r = d + " " + hm(s) + (" ~ " + hm(e) if e else "")
    elif lg in MONTHS:
        wd = WD.get(lg, None)
        d = ("%s, " % wd[s.weekday()] if wd else "") + "%d %s %d" % (s.day, MONTHS[lg][s.month - 1], s.year)
        if lg == "de":
            d = "%s, %d. %s %d" % (WD["de"][s.weekday()], s.day, MONTHS["de"][s.month - 1], s.year)
        if allday:
            return d
        r = d + " " + hm(s) + (" – " + hm(e) if e else "")
    else:  # numeric style
        d = "%02d/%02d/%d" % (s.day, s.month, s.year)
        if lg in ("hi",):
            d = "%02d-%02d-%d" % (s.day, s.month, s.year)
        if lg == "th":
            d = "%d/%d/%d" % (s.day, s.month, s.year + 543)
        if allday:
            return d
        r = d + " " + hm(s) + (" - " + hm(e) if e else "")
    return r + (" (%s)" % tzlabel if tzlabel else "")


INVITE = {"en": "Invitation", "de": "Einladung", "fr": "Invitation", "es": "Invitación", "it": "Invito",
          "pt": "Convite", "nl": "Uitnodiging", "pl": "Zaproszenie", "cs": "Pozvánka", "tr": "Davet",
          "sv": "Inbjudan", "ru": "Приглашение", "el": "Πρόσκληση", "ar": "دعوة", "he": "הזמנה", "zh": "邀请",
          "zh-tw": "邀請", "ja": "招待", "ko": "초대", "hi": "आमंत्रण", "th": "คำเชิญ"}
UPDATED = {"en": "Updated invitation", "de": "Aktualisierte Einladung", "fr": "Invitation mise à jour",
           "es": "Invitación actualizada", "ru": "Обновленное приглашение", "ja": "更新された招待"}
ACCEPTED = {"en": "Accepted", "de": "Zugesagt", "fr": "Accepté", "es": "Aceptado", "it": "Accettato",
            "pt": "Aceito", "nl": "Geaccepteerd", "pl": "Zaakceptowane", "ru": "Принято", "zh": "已接受",
            "ar": "مقبول", "hi": "स्वीकृत", "sv": "Accepterat", "ja": "承諾"}
DECLINED = {"en": "Declined", "de": "Abgelehnt", "fr": "Refusé", "es": "Rechazado", "zh": "已拒绝",
            "ar": "مرفوض", "nl": "Geweigerd", "pl": "Odrzucone", "sv": "Avböjt", "hi": "अस्वीकृत"}
TENTATIVE = {"en": "Tentative", "de": "Mit Vorbehalt", "fr": "Provisoire", "zh": "暂定", "nl": "Voorlopig"}
CANCELED = {"en": "Canceled", "de": "Abgesagt", "fr": "Annulé", "es": "Cancelado", "it": "Annullato",
            "ru": "Отменено", "zh": "已取消", "ar": "تم الإلغاء", "nl": "Geannuleerd", "pl": "Anulowano",
            "sv": "Inställt", "hi": "रद्द"}
NEWTIME = {"en": "New Time Proposed", "de": "Neue Zeit vorgeschlagen", "zh": "建议新时间"}

GOOGLE = {
    "en": ("You have been invited to the following event.", "Title", "When", "Where", "Calendar", "Who",
           "organizer", "Event details", "Joining info", "Join with Google Meet"),
    "de": ("Sie wurden zu folgendem Termin eingeladen.", "Titel", "Wann", "Wo", "Kalender", "Wer",
           "Organisator", "Termindetails", "Teilnahmeinformationen", "Mit Google Meet teilnehmen"),
    "fr": ("Vous avez été invité à l'événement suivant.", "Titre", "Quand", "Où", "Agenda", "Participants",
           "organisateur", "Détails de l'événement", "Informations de connexion", "Participer avec Google Meet"),
    "es": ("Has recibido una invitación para el siguiente evento.", "Título", "Cuándo", "Dónde", "Calendario",
           "Quién", "organizador", "Detalles del evento", "Información para unirse", "Unirse con Google Meet"),
    "ru": ("Вы приглашены на следующее мероприятие.", "Название", "Когда", "Где", "Календарь", "Участники",
           "организатор", "Сведения о мероприятии", "Как присоединиться", "Присоединиться через Google Meet"),
    "ja": ("次の予定に招待されました。", "タイトル", "日時", "場所", "カレンダー", "参加者", "主催者", "予定の詳細",
           "参加情報", "Google Meet に参加"),
    "zh": ("您已受邀参加以下活动。", "标题", "时间", "地点", "日历", "参与者", "组织者", "活动详情", "加入信息",
           "使用 Google Meet 加入"),
    "pt": ("Você recebeu um convite para o seguinte evento.", "Título", "Quando", "Onde", "Agenda", "Quem",
           "organizador", "Detalhes do evento", "Informações para participar", "Participar com o Google Meet"),
    "it": ("Sei stato invitato al seguente evento.", "Titolo", "Quando", "Dove", "Calendario", "Chi",
           "organizzatore", "Dettagli evento", "Informazioni per partecipare", "Partecipa con Google Meet"),
    "ko": ("다음 일정에 초대되었습니다.", "제목", "일시", "장소", "캘린더", "참석자", "주최자", "일정 세부정보",
           "참여 정보", "Google Meet으로 참여"),
}

TB = {  # Thunderbird invitation labels
    "en": ("Title", "When", "Where", "Organizer", "Attendees", "Description", "You have been invited to an event."),
    "de": ("Titel", "Wann", "Wo", "Organisator", "Teilnehmer", "Beschreibung", "Sie wurden zu einem Termin eingeladen."),
    "fr": ("Titre", "Quand", "Où", "Organisateur", "Participants", "Description", "Vous avez été invité à un événement."),
    "ru": ("Название", "Когда", "Где", "Организатор", "Участники", "Описание", "Вас пригласили на мероприятие."),
    "pl": ("Tytuł", "Kiedy", "Gdzie", "Organizator", "Uczestnicy", "Opis", "Zaproszono cię na wydarzenie."),
    "cs": ("Název", "Kdy", "Kde", "Organizátor", "Účastníci", "Popis", "Byli jste pozváni na událost."),
    "es": ("Título", "Cuándo", "Dónde", "Organizador", "Asistentes", "Descripción", "Le han invitado a un evento."),
}
