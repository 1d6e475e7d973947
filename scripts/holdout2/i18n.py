"""Localised boilerplate of the sending clients (Google Calendar, Thunderbird,
iCloud, Teams, Outlook) and date formatting."""

LANG_TZ = {
    "en": "Europe/London", "en-us": "America/New_York", "de": "Europe/Berlin", "fr": "Europe/Paris",
    "es": "Europe/Madrid", "it": "Europe/Rome", "nl": "Europe/Amsterdam", "pt": "America/Sao_Paulo",
    "pl": "Europe/Warsaw", "sv": "Europe/Stockholm", "ja": "Asia/Tokyo", "ru": "Europe/Moscow",
    "tr": "Europe/Istanbul", "cs": "Europe/Prague", "zh": "Asia/Shanghai", "ar": "Asia/Dubai",
}
LANG_TAG = {"en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES", "it": "it-IT", "nl": "nl-NL",
            "pt": "pt-BR", "pl": "pl-PL", "sv": "sv-SE", "ja": "ja-JP", "ru": "ru-RU", "tr": "tr-TR",
            "cs": "cs-CZ", "zh": "zh-CN", "ar": "ar-AE"}

WD = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
    "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
    "pt": ["seg", "ter", "qua", "qui", "sex", "sáb", "dom"],
    "pl": ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."],
    "sv": ["mån", "tis", "ons", "tors", "fre", "lör", "sön"],
    "ja": ["月", "火", "水", "木", "金", "土", "日"],
    "ru": ["пн", "вт", "ср", "чт", "пт", "сб", "вс"],
    "tr": ["Pzt", "Sal", "Çar", "Per", "Cum", "Cmt", "Paz"],
    "cs": ["po", "út", "st", "čt", "pá", "so", "ne"],
    "zh": ["周一", "周二", "周三", "周四", "周五", "周六", "周日"],
}
MO = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "it": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "pt": ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"],
    "pl": ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"],
    "sv": ["jan", "feb", "mars", "apr", "maj", "juni", "juli", "aug", "sep", "okt", "nov", "dec"],
    "ru": ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."],
    "tr": ["Oca", "Şub", "Mar", "Nis", "May", "Haz", "Tem", "Ağu", "Eyl", "Eki", "Kas", "Ara"],
    "cs": ["led", "úno", "bře", "dub", "kvě", "čvn", "čvc", "srp", "zář", "říj", "lis", "pro"],
}


def _ampm(t):
    h = t.hour % 12 or 12
    suf = "am" if t.hour < 12 else "pm"
    return f"{h}{suf}" if t.minute == 0 else f"{h}:{t.minute:02d}{suf}"


def when_text(c, lang, style="google"):
    s, e = c.start_local, c.end_local
    abbr = __import__("engine").tz_abbr(c.etz, c.start)
    if c.allday:
        lang_ = lang if lang in WD else "en"
        if lang_ == "ja":
            return f"{s.year}年{s.month}月{s.day}日({WD['ja'][s.weekday()]})"
        return f"{WD[lang_][s.weekday()]} {s.day} {MO.get(lang_, MO['en'])[s.month - 1]} {s.year}"
    if lang not in WD or lang == "en":
        return (f"{WD['en'][s.weekday()]} {MO['en'][s.month - 1]} {s.day}, {s.year} "
                f"{_ampm(s)} - {_ampm(e)} ({abbr})")
    if lang == "ja":
        return f"{s.year}年{s.month}月{s.day}日({WD['ja'][s.weekday()]}) {s:%H:%M}～{e:%H:%M} ({abbr})"
    if lang == "zh":
        return f"{s.year}年{s.month}月{s.day}日{WD['zh'][s.weekday()]} {s:%H:%M} – {e:%H:%M} ({abbr})"
    return (f"{WD[lang][s.weekday()]} {s.day} {MO[lang][s.month - 1]} {s.year} "
            f"{s:%H:%M} - {e:%H:%M} ({abbr})")


G = {
    "en": dict(subj="Invitation", upd="Updated invitation", canc="Cancelled event", join_meet="Join with Google Meet",
               organizer="Organizer", guests="Guests", view_all="View all guest info",
               reply_for="Reply for {rcpt} and view more details", from_gcal="Invitation from Google Calendar",
               receiving="You are receiving this email because you are an attendee on the event.",
               forwarding=("Forwarding this invitation could allow any recipient to send a response to the "
                           "organizer, be added to the guest list, invite others regardless of their own "
                           "invitation status, or modify your RSVP."),
               learn_more="Learn more", invited_old="You have been invited to the following event.",
               title="Title", when="When", where="Where", joining="Joining info", calendar="Calendar", who="Who",
               details="more details »",
               footer_old=("You are receiving this courtesy email at the account {rcpt} because you are an "
                           "attendee of this event.\n\nTo stop receiving future updates for this event, decline "
                           "this event. Alternatively you can sign up for a Google account at "
                           "https://calendar.google.com/calendar/ and control your notification settings for your "
                           "entire calendar.")),
    "de": dict(subj="Einladung", upd="Aktualisierte Einladung", canc="Abgesagter Termin",
               join_meet="Mit Google Meet teilnehmen", organizer="Organisator", guests="Gäste",
               view_all="Alle Gästeinformationen ansehen",
               reply_for="Für {rcpt} antworten und weitere Details ansehen",
               from_gcal="Einladung von Google Kalender",
               receiving="Sie erhalten diese E-Mail, weil Sie Teilnehmer des Termins sind.",
               forwarding=("Wenn Sie diese Einladung weiterleiten, können alle Empfänger dem Organisator "
                           "antworten, in die Gästeliste aufgenommen werden, unabhängig vom eigenen "
                           "Einladungsstatus weitere Personen einladen oder Ihre Antwort ändern."),
               learn_more="Weitere Informationen", invited_old="Sie wurden zu folgendem Termin eingeladen.",
               title="Titel", when="Wann", where="Wo", joining="Informationen zur Teilnahme", calendar="Kalender",
               who="Wer", details="Weitere Details »",
               footer_old=("Sie erhalten diese E-Mail für das Konto {rcpt}, weil Sie Teilnehmer dieses Termins "
                           "sind.")),
    "fr": dict(subj="Invitation", upd="Invitation mise à jour", canc="Événement annulé",
               join_meet="Participer avec Google Meet", organizer="Organisateur", guests="Invités",
               view_all="Afficher toutes les informations sur les invités",
               reply_for="Répondre pour {rcpt} et afficher plus d'informations",
               from_gcal="Invitation de Google Agenda",
               receiving="Vous recevez cet e-mail, car vous êtes invité à l'événement.",
               forwarding=("Si vous transférez cette invitation, tout destinataire pourra répondre à "
                           "l'organisateur, être ajouté à la liste d'invités, inviter d'autres personnes ou "
                           "modifier votre réponse."),
               learn_more="En savoir plus", invited_old="Vous avez été invité à l'événement suivant.",
               title="Titre", when="Date", where="Lieu", joining="Informations de connexion", calendar="Agenda",
               who="Participants", details="plus de détails »",
               footer_old="Vous recevez cet e-mail à l'adresse {rcpt}, car vous êtes invité à cet événement."),
    "es": dict(subj="Invitación", upd="Invitación actualizada", canc="Evento cancelado",
               join_meet="Unirse con Google Meet", organizer="Organizador", guests="Invitados",
               view_all="Ver toda la información de los invitados",
               reply_for="Responder por {rcpt} y ver más detalles", from_gcal="Invitación de Google Calendar",
               receiving="Recibes este correo electrónico porque eres un invitado del evento.",
               forwarding=("Si reenvías esta invitación, cualquier destinatario podrá responder al organizador, "
                           "ser añadido a la lista de invitados, invitar a otras personas o modificar tu respuesta."),
               learn_more="Más información", invited_old="Has recibido una invitación al siguiente evento.",
               title="Título", when="Cuándo", where="Dónde", joining="Información para unirse",
               calendar="Calendario", who="Quién", details="más detalles »",
               footer_old="Recibes este correo en la cuenta {rcpt} porque eres invitado de este evento."),
    "it": dict(subj="Invito", upd="Invito aggiornato", canc="Evento annullato", join_meet="Partecipa con Google Meet",
               organizer="Organizzatore", guests="Invitati", view_all="Visualizza tutte le informazioni sugli invitati",
               reply_for="Rispondi per {rcpt} e visualizza altri dettagli", from_gcal="Invito da Google Calendar",
               receiving="Ricevi questa email perché sei un invitato all'evento.",
               forwarding=("Se inoltri questo invito, qualsiasi destinatario potrà rispondere all'organizzatore, "
                           "essere aggiunto all'elenco degli invitati o modificare la tua risposta."),
               learn_more="Ulteriori informazioni", invited_old="Sei stato invitato al seguente evento.",
               title="Titolo", when="Quando", where="Dove", joining="Informazioni per partecipare",
               calendar="Calendario", who="Chi", details="altri dettagli »",
               footer_old="Ricevi questa email all'indirizzo {rcpt} perché sei un invitato a questo evento."),
    "nl": dict(subj="Uitnodiging", upd="Bijgewerkte uitnodiging", canc="Geannuleerd evenement",
               join_meet="Deelnemen met Google Meet", organizer="Organisator", guests="Gasten",
               view_all="Alle gastinformatie bekijken", reply_for="Reageren voor {rcpt} en meer details bekijken",
               from_gcal="Uitnodiging van Google Agenda",
               receiving="Je ontvangt deze e-mail omdat je een deelnemer aan het evenement bent.",
               forwarding=("Als je deze uitnodiging doorstuurt, kan elke ontvanger reageren naar de organisator, "
                           "aan de gastenlijst worden toegevoegd of je reactie aanpassen."),
               learn_more="Meer informatie", invited_old="Je bent uitgenodigd voor het volgende evenement.",
               title="Titel", when="Wanneer", where="Waar", joining="Deelname-informatie", calendar="Agenda",
               who="Wie", details="meer details »",
               footer_old="Je ontvangt deze e-mail op het account {rcpt} omdat je deelnemer bent aan dit evenement."),
    "pt": dict(subj="Convite", upd="Convite atualizado", canc="Evento cancelado", join_meet="Participar com Google Meet",
               organizer="Organizador", guests="Convidados", view_all="Ver todas as informações dos convidados",
               reply_for="Responder por {rcpt} e ver mais detalhes", from_gcal="Convite do Google Agenda",
               receiving="Você está recebendo este e-mail porque é um participante do evento.",
               forwarding=("Encaminhar este convite pode permitir que qualquer destinatário responda ao "
                           "organizador, seja adicionado à lista de convidados ou modifique sua resposta."),
               learn_more="Saiba mais", invited_old="Você foi convidado para o seguinte evento.",
               title="Título", when="Quando", where="Onde", joining="Informações para participar",
               calendar="Agenda", who="Quem", details="mais detalhes »",
               footer_old="Você está recebendo este e-mail na conta {rcpt} porque é participante deste evento."),
    "sv": dict(subj="Inbjudan", upd="Uppdaterad inbjudan", canc="Inställd händelse", join_meet="Anslut till Google Meet",
               organizer="Organisatör", guests="Gäster", view_all="Visa all gästinformation",
               reply_for="Svara för {rcpt} och visa mer information", from_gcal="Inbjudan från Google Kalender",
               receiving="Du får det här e-postmeddelandet eftersom du är deltagare vid händelsen.",
               forwarding=("Om du vidarebefordrar den här inbjudan kan det göra det möjligt för alla mottagare "
                           "att skicka ett svar till organisatören och läggas till på gästlistan."),
               learn_more="Läs mer", invited_old="Du har blivit inbjuden till följande händelse.",
               title="Titel", when="När", where="Var", joining="Anslutningsinfo", calendar="Kalender", who="Vem",
               details="Information om händelsen »",
               footer_old="Detta e-postmeddelande har skickats till kontot {rcpt} eftersom du är deltagare vid denna händelse."),
    "ja": dict(subj="招待", upd="招待状の更新", canc="キャンセルされた予定", join_meet="Google Meet に参加する",
               organizer="主催者", guests="ゲスト", view_all="すべてのゲスト情報を表示",
               reply_for="{rcpt} として返信して詳細を表示", from_gcal="Google カレンダーからの招待",
               receiving="このメールは、予定の参加者であるため送信されています。",
               forwarding="この招待状を転送すると、受信者が主催者に返信したり、ゲストリストに追加されたりする可能性があります。",
               learn_more="詳細", invited_old="次の予定に招待されました。", title="タイトル", when="日時",
               where="場所", joining="参加情報", calendar="カレンダー", who="参加者", details="詳細 »",
               footer_old="このメールは、予定の参加者であるためアカウント {rcpt} に送信されています。"),
}

TB = {
    "en": dict(invited="You have been invited to an event.", title="Title", when="When", where="Where",
               organizer="Organizer", attendees="Attendees", description="Description", subj="Invitation"),
    "de": dict(invited="Sie wurden zu einem Termin eingeladen.", title="Titel", when="Wann", where="Ort",
               organizer="Organisator", attendees="Teilnehmer", description="Beschreibung", subj="Einladung"),
    "fr": dict(invited="Vous avez été invité à un événement.", title="Titre", when="Quand", where="Lieu",
               organizer="Organisateur", attendees="Participants", description="Description", subj="Invitation"),
    "nl": dict(invited="U bent uitgenodigd voor een evenement.", title="Titel", when="Wanneer", where="Waar",
               organizer="Organisator", attendees="Deelnemers", description="Beschrijving", subj="Uitnodiging"),
    "it": dict(invited="Sei stato invitato a un evento.", title="Titolo", when="Quando", where="Luogo",
               organizer="Organizzatore", attendees="Partecipanti", description="Descrizione", subj="Invito"),
    "es": dict(invited="Se le ha invitado a un evento.", title="Título", when="Cuándo", where="Dónde",
               organizer="Organizador", attendees="Asistentes", description="Descripción", subj="Invitación"),
    "pl": dict(invited="Otrzymano zaproszenie na wydarzenie.", title="Tytuł", when="Kiedy", where="Gdzie",
               organizer="Organizator", attendees="Uczestnicy", description="Opis", subj="Zaproszenie"),
}

ICLOUD = {
    "en": dict(invited="{name} has invited you to “{summary}”", when="Date and time", where="Location",
               invitees="Invitees", you="You", reply="Reply", accept="Accept", decline="Decline", maybe="Maybe",
               loc="en-us", cc="US", footer="iCloud is a service provided by Apple.\nMy Apple ID:  https://appleid.apple.com/choose-your-country/\nSupport:  https://www.apple.com/support/icloud/"),
    "fr": dict(invited="{name} vous a invité à « {summary} »", when="date et heure", where="lieu",
               invitees="invités", you="Vous", reply="réponse", accept="Accepter", decline="Refuser",
               maybe="Peut-être", loc="fr-fr", cc="FR",
               footer="iCloud est un service fourni par Apple.\nMon identifiant Apple :  https://appleid.apple.com/choose-your-country/"),
    "de": dict(invited="{name} hat dich zu „{summary}“ eingeladen", when="Datum und Uhrzeit", where="Ort",
               invitees="Eingeladene", you="Du", reply="Antworten", accept="Annehmen", decline="Ablehnen",
               maybe="Vielleicht", loc="de-de", cc="DE",
               footer="iCloud ist ein Dienst von Apple.\nMein Apple Account:  https://appleid.apple.com/choose-your-country/"),
    "ja": dict(invited="{name}さんから「{summary}」に招待されました", when="日時", where="場所",
               invitees="出席者", you="あなた", reply="返信", accept="参加", decline="不参加", maybe="未定",
               loc="ja-jp", cc="JP", footer="iCloud は Apple が提供するサービスです。"),
    "zh": dict(invited="{name} 邀请你参加“{summary}”", when="日期和时间", where="位置",
               invitees="受邀人", you="你", reply="回复", accept="接受", decline="拒绝", maybe="可能",
               loc="zh-cn", cc="CN", footer="iCloud 是 Apple 提供的服务。"),
}

TEAMS = {
    "en": dict(title="Microsoft Teams meeting", join="Join on your computer, mobile app or room device",
               click="Click here to join the meeting", id="Meeting ID", pass_="", learn="Learn More",
               options="Meeting options", **{"pass": "Passcode"}),
    "de": dict(title="Microsoft Teams-Besprechung", join="Nehmen Sie auf Ihrem Computer, in der mobilen App oder auf einem Raumgerät teil",
               click="Klicken Sie hier, um an der Besprechung teilzunehmen", id="Besprechungs-ID",
               learn="Weitere Informationen", options="Besprechungsoptionen", **{"pass": "Kennung"}),
    "fr": dict(title="Réunion Microsoft Teams", join="Participer à partir de votre ordinateur, de l’application mobile ou d’un appareil de salle",
               click="Cliquez ici pour participer à la réunion", id="ID de la réunion",
               learn="En savoir plus", options="Options de réunion", **{"pass": "Code secret"}),
    "nl": dict(title="Microsoft Teams-vergadering", join="Deelnemen op uw computer, mobiele app of ruimteapparaat",
               click="Klik hier om deel te nemen aan de vergadering", id="Vergader-id",
               learn="Meer informatie", options="Vergaderopties", **{"pass": "Wachtwoordcode"}),
    "ja": dict(title="Microsoft Teams 会議", join="コンピューター、モバイル アプリ、またはルーム デバイスで参加する",
               click="ここをクリックして会議に参加してください", id="会議 ID", learn="詳細情報",
               options="会議のオプション", **{"pass": "パスコード"}),
    "it": dict(title="Riunione di Microsoft Teams", join="Partecipa da computer, app per dispositivi mobili o dispositivo della sala",
               click="Fai clic qui per partecipare alla riunione", id="ID riunione",
               learn="Altre informazioni", options="Opzioni riunione", **{"pass": "Passcode"}),
    "es": dict(title="Reunión de Microsoft Teams", join="Unirse desde el equipo, la aplicación móvil o un dispositivo de sala",
               click="Haga clic aquí para unirse a la reunión", id="Id. de reunión",
               learn="Más información", options="Opciones de reunión", **{"pass": "Código de acceso"}),
}

OUTLOOK_PFX = {
    "en": dict(upd="Updated", canc="Canceled", fw="FW", acc="Accepted", dec="Declined", tent="Tentative",
               newtime="New Time Proposed"),
    "de": dict(upd="Aktualisiert", canc="Abgesagt", fw="WG", acc="Angenommen", dec="Abgelehnt",
               tent="Mit Vorbehalt angenommen", newtime="Neuer Zeitpunkt vorgeschlagen"),
    "fr": dict(upd="Mis à jour", canc="Annulé", fw="TR", acc="Accepté", dec="Refusé", tent="Provisoire",
               newtime="Nouvelle heure proposée"),
    "nl": dict(upd="Bijgewerkt", canc="Geannuleerd", fw="FW", acc="Geaccepteerd", dec="Geweigerd",
               tent="Voorlopig", newtime="Nieuwe tijd voorgesteld"),
    "es": dict(upd="Actualizado", canc="Cancelado", fw="RV", acc="Aceptado", dec="Rechazado", tent="Provisional",
               newtime="Nueva hora propuesta"),
    "it": dict(upd="Aggiornato", canc="Annullato", fw="I", acc="Accettato", dec="Rifiutato", tent="Provvisorio",
               newtime="Nuovo orario proposto"),
    "ja": dict(upd="更新", canc="キャンセル", fw="FW", acc="承諾", dec="辞退", tent="仮承諾",
               newtime="新しい日時の提案"),
}
