# -*- coding: utf-8 -*-
"""Languages: UI labels used by calendar clients, people, organisations, charsets.

All text here was written for this corpus (CC0)."""

KEYS = ("inv upd cxl acc dec ten when where org guests join more yes no maybe gfoot grecv "
        "invited desc fwd fwdmsg teams tjoin tclick mid pwd rem racc rdec rten rcxl "
        "f_from f_date f_subj f_to title start end").split()

_L = {}


def _def(code, *vals):
    assert len(vals) == len(KEYS), (code, len(vals), len(KEYS))
    _L[code] = dict(zip(KEYS, vals))


_def("en", "Invitation", "Updated invitation", "Canceled event", "Accepted", "Declined",
     "Tentatively accepted", "When", "Where", "Organizer", "Guests", "Join with Google Meet",
     "More options", "Yes", "No", "Maybe", "Invitation from Google Calendar",
     "You are receiving this email because you are an attendee on the event.",
     "{name} has invited you to {title}", "Description", "Fwd", "Forwarded message",
     "Microsoft Teams meeting", "Join on your computer, mobile app or room device",
     "Click here to join the meeting", "Meeting ID", "Passcode", "Reminder",
     "{name} has accepted this invitation.", "{name} has declined this invitation.",
     "{name} has tentatively accepted this invitation.",
     "This event has been canceled and removed from your calendar.",
     "From", "Date", "Subject", "To", "Title", "Start", "End")
_def("de", "Einladung", "Aktualisierte Einladung", "Abgesagter Termin", "Angenommen", "Abgelehnt",
     "Mit Vorbehalt angenommen", "Wann", "Wo", "Organisator", "Gäste", "Mit Google Meet teilnehmen",
     "Weitere Optionen", "Ja", "Nein", "Vielleicht", "Einladung von Google Kalender",
     "Sie erhalten diese E-Mail, weil Sie als Gast zu diesem Termin eingeladen sind.",
     "{name} hat Sie zu „{title}“ eingeladen", "Beschreibung", "WG", "Weitergeleitete Nachricht",
     "Microsoft Teams-Besprechung", "Nehmen Sie über Ihren Computer, die mobile App oder ein Raumgerät teil",
     "Klicken Sie hier, um an der Besprechung teilzunehmen", "Besprechungs-ID", "Kennung", "Erinnerung",
     "{name} hat diese Einladung angenommen.", "{name} hat diese Einladung abgelehnt.",
     "{name} hat diese Einladung mit Vorbehalt angenommen.",
     "Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.",
     "Von", "Datum", "Betreff", "An", "Titel", "Beginn", "Ende")
_def("fr", "Invitation", "Invitation mise à jour", "Événement annulé", "Accepté", "Refusé",
     "Accepté provisoirement", "Quand", "Où", "Organisateur", "Invités", "Participer avec Google Meet",
     "Plus d'options", "Oui", "Non", "Peut-être", "Invitation provenant de Google Agenda",
     "Vous recevez cet e-mail, car vous êtes invité à cet événement.",
     "{name} vous a invité à « {title} »", "Description", "TR", "Message transféré",
     "Réunion Microsoft Teams", "Rejoindre sur votre ordinateur, votre application mobile ou un appareil de salle",
     "Cliquez ici pour rejoindre la réunion", "ID de réunion", "Code secret", "Rappel",
     "{name} a accepté cette invitation.", "{name} a refusé cette invitation.",
     "{name} a accepté provisoirement cette invitation.",
     "Cet événement a été annulé et supprimé de votre agenda.",
     "De", "Date", "Objet", "À", "Titre", "Début", "Fin")
_def("es", "Invitación", "Invitación actualizada", "Evento cancelado", "Aceptado", "Rechazado",
     "Aceptado provisionalmente", "Cuándo", "Dónde", "Organizador", "Invitados", "Unirse con Google Meet",
     "Más opciones", "Sí", "No", "Quizás", "Invitación de Google Calendar",
     "Has recibido este correo electrónico porque eres un invitado de este evento.",
     "{name} te ha invitado a «{title}»", "Descripción", "RV", "Mensaje reenviado",
     "Reunión de Microsoft Teams", "Unirse desde el equipo, la aplicación móvil o un dispositivo de sala",
     "Haga clic aquí para unirse a la reunión", "Id. de reunión", "Código de acceso", "Recordatorio",
     "{name} ha aceptado esta invitación.", "{name} ha rechazado esta invitación.",
     "{name} ha aceptado provisionalmente esta invitación.",
     "Este evento se ha cancelado y se ha eliminado de tu calendario.",
     "De", "Fecha", "Asunto", "Para", "Título", "Inicio", "Fin")
_def("it", "Invito", "Invito aggiornato", "Evento annullato", "Accettato", "Rifiutato",
     "Accettato provvisoriamente", "Quando", "Dove", "Organizzatore", "Invitati", "Partecipa con Google Meet",
     "Altre opzioni", "Sì", "No", "Forse", "Invito da Google Calendar",
     "Ricevi questa email perché sei un invitato all'evento.",
     "{name} ti ha invitato a \"{title}\"", "Descrizione", "I", "Messaggio inoltrato",
     "Riunione di Microsoft Teams", "Partecipa da computer, app per dispositivi mobili o dispositivo della sala",
     "Fai clic qui per partecipare alla riunione", "ID riunione", "Passcode", "Promemoria",
     "{name} ha accettato questo invito.", "{name} ha rifiutato questo invito.",
     "{name} ha accettato provvisoriamente questo invito.",
     "Questo evento è stato annullato e rimosso dal tuo calendario.",
     "Da", "Data", "Oggetto", "A", "Titolo", "Inizio", "Fine")
_def("pt", "Convite", "Convite atualizado", "Evento cancelado", "Aceito", "Recusado",
     "Aceito provisoriamente", "Quando", "Onde", "Organizador", "Convidados", "Participar com Google Meet",
     "Mais opções", "Sim", "Não", "Talvez", "Convite do Google Agenda",
     "Você está recebendo este e-mail porque é um convidado do evento.",
     "{name} convidou você para \"{title}\"", "Descrição", "Enc", "Mensagem encaminhada",
     "Reunião do Microsoft Teams", "Ingressar no computador, aplicativo móvel ou dispositivo de sala",
     "Clique aqui para ingressar na reunião", "ID da reunião", "Senha", "Lembrete",
     "{name} aceitou este convite.", "{name} recusou este convite.",
     "{name} aceitou provisoriamente este convite.",
     "Este evento foi cancelado e removido da sua agenda.",
     "De", "Data", "Assunto", "Para", "Título", "Início", "Fim")
_def("nl", "Uitnodiging", "Bijgewerkte uitnodiging", "Geannuleerd evenement", "Geaccepteerd", "Geweigerd",
     "Voorlopig geaccepteerd", "Wanneer", "Waar", "Organisator", "Gasten", "Deelnemen met Google Meet",
     "Meer opties", "Ja", "Nee", "Misschien", "Uitnodiging van Google Agenda",
     "Je ontvangt deze e-mail omdat je gast bent bij dit evenement.",
     "{name} heeft je uitgenodigd voor \"{title}\"", "Beschrijving", "FW", "Doorgestuurd bericht",
     "Microsoft Teams-vergadering", "Deelnemen op je computer, mobiele app of ruimteapparaat",
     "Klik hier om deel te nemen aan de vergadering", "Vergadering-id", "Wachtwoordcode", "Herinnering",
     "{name} heeft deze uitnodiging geaccepteerd.", "{name} heeft deze uitnodiging geweigerd.",
     "{name} heeft deze uitnodiging voorlopig geaccepteerd.",
     "Dit evenement is geannuleerd en uit je agenda verwijderd.",
     "Van", "Datum", "Onderwerp", "Aan", "Titel", "Begin", "Einde")
_def("pl", "Zaproszenie", "Zaktualizowane zaproszenie", "Wydarzenie odwołane", "Zaakceptowano", "Odrzucono",
     "Wstępnie zaakceptowano", "Kiedy", "Gdzie", "Organizator", "Goście", "Dołącz przez Google Meet",
     "Więcej opcji", "Tak", "Nie", "Może", "Zaproszenie z Kalendarza Google",
     "Otrzymujesz tę wiadomość, ponieważ jesteś gościem tego wydarzenia.",
     "{name} zaprasza Cię na „{title}”", "Opis", "PD", "Wiadomość przekazana dalej",
     "Spotkanie w aplikacji Microsoft Teams", "Dołącz na komputerze, w aplikacji mobilnej lub na urządzeniu w sali",
     "Kliknij tutaj, aby dołączyć do spotkania", "Identyfikator spotkania", "Kod dostępu", "Przypomnienie",
     "{name} akceptuje to zaproszenie.", "{name} odrzuca to zaproszenie.",
     "{name} wstępnie akceptuje to zaproszenie.",
     "To wydarzenie zostało odwołane i usunięte z Twojego kalendarza.",
     "Od", "Data", "Temat", "Do", "Tytuł", "Początek", "Koniec")
_def("tr", "Davet", "Güncellenmiş davet", "İptal edilen etkinlik", "Kabul edildi", "Reddedildi",
     "Belki olarak yanıtlandı", "Ne zaman", "Nerede", "Düzenleyen", "Davetliler", "Google Meet ile katıl",
     "Diğer seçenekler", "Evet", "Hayır", "Belki", "Google Takvim davetiyesi",
     "Bu e-postayı etkinliğin davetlisi olduğunuz için alıyorsunuz.",
     "{name} sizi \"{title}\" etkinliğine davet etti", "Açıklama", "İlt", "İletilen ileti",
     "Microsoft Teams toplantısı", "Bilgisayarınızdan, mobil uygulamadan veya oda cihazından katılın",
     "Toplantıya katılmak için buraya tıklayın", "Toplantı Kimliği", "Geçiş kodu", "Anımsatıcı",
     "{name} bu daveti kabul etti.", "{name} bu daveti reddetti.",
     "{name} bu davete belki yanıtı verdi.",
     "Bu etkinlik iptal edildi ve takviminizden kaldırıldı.",
     "Kimden", "Tarih", "Konu", "Kime", "Başlık", "Başlangıç", "Bitiş")
_def("sv", "Inbjudan", "Uppdaterad inbjudan", "Inställd händelse", "Accepterat", "Avböjt",
     "Preliminärt accepterat", "När", "Var", "Organisatör", "Gäster", "Gå med i Google Meet",
     "Fler alternativ", "Ja", "Nej", "Kanske", "Inbjudan från Google Kalender",
     "Du får det här meddelandet eftersom du är gäst på händelsen.",
     "{name} har bjudit in dig till \"{title}\"", "Beskrivning", "VB", "Vidarebefordrat meddelande",
     "Microsoft Teams-möte", "Anslut på datorn, i mobilappen eller från en rumsenhet",
     "Klicka här för att ansluta till mötet", "Mötes-ID", "Lösenord", "Påminnelse",
     "{name} har accepterat inbjudan.", "{name} har avböjt inbjudan.",
     "{name} har preliminärt accepterat inbjudan.",
     "Händelsen har ställts in och tagits bort från din kalender.",
     "Från", "Datum", "Ämne", "Till", "Titel", "Start", "Slut")
_def("ru", "Приглашение", "Обновленное приглашение", "Мероприятие отменено", "Принято", "Отклонено",
     "Принято под вопросом", "Когда", "Где", "Организатор", "Гости", "Присоединиться через Google Meet",
     "Другие параметры", "Да", "Нет", "Возможно", "Приглашение из Google Календаря",
     "Вы получили это письмо, так как являетесь участником мероприятия.",
     "{name} приглашает вас на мероприятие «{title}»", "Описание", "Fwd", "Пересылаемое сообщение",
     "Собрание Microsoft Teams", "Присоединиться с компьютера, мобильного приложения или устройства в комнате",
     "Щелкните здесь, чтобы присоединиться к собранию", "Идентификатор собрания", "Секретный код", "Напоминание",
     "{name} принимает приглашение.", "{name} отклоняет приглашение.",
     "{name}, возможно, примет участие.",
     "Мероприятие отменено и удалено из вашего календаря.",
     "От", "Дата", "Тема", "Кому", "Название", "Начало", "Окончание")
_def("el", "Πρόσκληση", "Ενημερωμένη πρόσκληση", "Ακυρωμένη εκδήλωση", "Αποδοχή", "Απόρριψη",
     "Προσωρινή αποδοχή", "Πότε", "Πού", "Διοργανωτής", "Προσκεκλημένοι", "Συμμετοχή με το Google Meet",
     "Περισσότερες επιλογές", "Ναι", "Όχι", "Ίσως", "Πρόσκληση από το Ημερολόγιο Google",
     "Λαμβάνετε αυτό το μήνυμα επειδή είστε προσκεκλημένος στην εκδήλωση.",
     "Ο/Η {name} σας προσκάλεσε στο «{title}»", "Περιγραφή", "ΠΡΘ", "Προωθημένο μήνυμα",
     "Σύσκεψη Microsoft Teams", "Συμμετοχή από υπολογιστή, εφαρμογή για κινητά ή συσκευή αίθουσας",
     "Κάντε κλικ εδώ για να συμμετάσχετε στη σύσκεψη", "Αναγνωριστικό σύσκεψης", "Κωδικός πρόσβασης",
     "Υπενθύμιση", "Ο/Η {name} αποδέχτηκε την πρόσκληση.", "Ο/Η {name} απέρριψε την πρόσκληση.",
     "Ο/Η {name} αποδέχτηκε προσωρινά την πρόσκληση.",
     "Η εκδήλωση ακυρώθηκε και αφαιρέθηκε από το ημερολόγιό σας.",
     "Από", "Ημερομηνία", "Θέμα", "Προς", "Τίτλος", "Έναρξη", "Λήξη")
_def("ar", "دعوة", "دعوة محدّثة", "حدث ملغى", "تم القبول", "تم الرفض",
     "قبول مبدئي", "متى", "أين", "المنظِّم", "الضيوف", "الانضمام باستخدام Google Meet",
     "خيارات إضافية", "نعم", "لا", "ربما", "دعوة من تقويم Google",
     "تتلقى هذه الرسالة لأنك مدعو إلى هذا الحدث.",
     "دعاك {name} إلى «{title}»", "الوصف", "إعادة توجيه", "رسالة معاد توجيهها",
     "اجتماع Microsoft Teams", "انضم عبر الكمبيوتر أو تطبيق الهاتف المحمول أو جهاز الغرفة",
     "انقر هنا للانضمام إلى الاجتماع", "معرف الاجتماع", "رمز المرور", "تذكير",
     "قبل {name} هذه الدعوة.", "رفض {name} هذه الدعوة.", "قبل {name} هذه الدعوة مبدئيا.",
     "تم إلغاء هذا الحدث وإزالته من تقويمك.",
     "من", "التاريخ", "الموضوع", "إلى", "العنوان", "البداية", "النهاية")
_def("he", "הזמנה", "הזמנה מעודכנת", "האירוע בוטל", "התקבל", "נדחה",
     "התקבל באופן זמני", "מתי", "איפה", "מארגן", "אורחים", "הצטרפות באמצעות Google Meet",
     "אפשרויות נוספות", "כן", "לא", "אולי", "הזמנה מיומן Google",
     "קיבלת את ההודעה הזו כי הוזמנת לאירוע.",
     "{name} הזמין/ה אותך אל \"{title}\"", "תיאור", "הועבר", "הודעה שהועברה",
     "פגישת Microsoft Teams", "הצטרף במחשב, באפליקציה לנייד או במכשיר בחדר",
     "לחץ כאן כדי להצטרף לפגישה", "מזהה פגישה", "קוד גישה", "תזכורת",
     "{name} אישר/ה את ההזמנה.", "{name} דחה/תה את ההזמנה.", "{name} אישר/ה באופן זמני.",
     "האירוע בוטל והוסר מהיומן שלך.",
     "מאת", "תאריך", "נושא", "אל", "כותרת", "התחלה", "סיום")
_def("zh", "邀请", "更新后的邀请", "已取消的活动", "已接受", "已拒绝",
     "暂定", "时间", "地点", "组织者", "邀请对象", "使用 Google Meet 加入",
     "更多选项", "是", "否", "可能", "来自 Google 日历的邀请",
     "您收到这封电子邮件是因为您是此活动的邀请对象。",
     "{name} 邀请您参加“{title}”", "说明", "转发", "转发的邮件",
     "Microsoft Teams 会议", "在计算机、移动应用或会议室设备上加入",
     "单击此处加入会议", "会议 ID", "密码", "提醒",
     "{name} 已接受此邀请。", "{name} 已拒绝此邀请。", "{name} 暂定接受此邀请。",
     "此活动已取消，并已从您的日历中删除。",
     "发件人", "日期", "主题", "收件人", "标题", "开始", "结束")
_def("zh-TW", "邀請", "更新的邀請", "已取消的活動", "已接受", "已拒絕",
     "暫定", "時間", "地點", "主辦人", "邀請對象", "使用 Google Meet 加入",
     "更多選項", "是", "否", "或許", "來自 Google 日曆的邀請",
     "您之所以收到這封電子郵件，是因為您是這項活動的邀請對象。",
     "{name} 邀請您參加「{title}」", "說明", "轉寄", "轉寄的郵件",
     "Microsoft Teams 會議", "在電腦、行動應用程式或會議室裝置上加入",
     "按一下這裡以加入會議", "會議識別碼", "密碼", "提醒",
     "{name} 已接受這項邀請。", "{name} 已拒絕這項邀請。", "{name} 暫時接受這項邀請。",
     "這項活動已取消，並已從您的日曆中移除。",
     "寄件者", "日期", "主旨", "收件者", "標題", "開始", "結束")
_def("ja", "招待状", "更新された招待状", "キャンセルされた予定", "承諾", "辞退",
     "仮承諾", "日時", "場所", "主催者", "ゲスト", "Google Meet に参加",
     "その他のオプション", "はい", "いいえ", "未定", "Google カレンダーからの招待状",
     "この予定のゲストとして登録されているため、このメールを受信しています。",
     "{name} さんから「{title}」への招待が届いています", "説明", "転送", "転送メッセージ",
     "Microsoft Teams 会議", "コンピューター、モバイル アプリ、またはルーム デバイスで参加する",
     "ここをクリックして会議に参加してください", "会議 ID", "パスコード", "リマインダー",
     "{name} さんが招待を承諾しました。", "{name} さんが招待を辞退しました。",
     "{name} さんが招待を仮承諾しました。",
     "この予定はキャンセルされ、カレンダーから削除されました。",
     "差出人", "日付", "件名", "宛先", "タイトル", "開始", "終了")
_def("ko", "초대", "업데이트된 초대", "취소된 일정", "수락함", "거절함",
     "미정", "일시", "장소", "주최자", "참석자", "Google Meet으로 참여",
     "옵션 더보기", "예", "아니요", "미정", "Google 캘린더 초대장",
     "이 일정의 참석자이므로 이 이메일을 받았습니다.",
     "{name}님이 \"{title}\" 일정에 초대했습니다", "설명", "전달", "전달된 메시지",
     "Microsoft Teams 모임", "컴퓨터, 모바일 앱 또는 회의실 장치에서 참가",
     "모임에 참가하려면 여기를 클릭하세요", "모임 ID", "암호", "알림",
     "{name}님이 초대를 수락했습니다.", "{name}님이 초대를 거절했습니다.",
     "{name}님이 미정으로 응답했습니다.",
     "이 일정은 취소되어 캘린더에서 삭제되었습니다.",
     "보낸 사람", "날짜", "제목", "받는 사람", "제목", "시작", "종료")
_def("hi", "आमंत्रण", "अपडेट किया गया आमंत्रण", "रद्द किया गया इवेंट", "स्वीकार किया", "अस्वीकार किया",
     "शायद", "कब", "कहाँ", "आयोजक", "मेहमान", "Google Meet से जुड़ें",
     "ज़्यादा विकल्प", "हाँ", "नहीं", "शायद", "Google Calendar से आमंत्रण",
     "आपको यह ईमेल इसलिए मिला है क्योंकि आप इस इवेंट में मेहमान हैं।",
     "{name} ने आपको \"{title}\" में आमंत्रित किया है", "विवरण", "Fwd", "फ़ॉरवर्ड किया गया संदेश",
     "Microsoft Teams मीटिंग", "अपने कंप्यूटर, मोबाइल ऐप या रूम डिवाइस पर जुड़ें",
     "मीटिंग में शामिल होने के लिए यहाँ क्लिक करें", "मीटिंग ID", "पासकोड", "रिमाइंडर",
     "{name} ने यह आमंत्रण स्वीकार कर लिया है।", "{name} ने यह आमंत्रण अस्वीकार कर दिया है।",
     "{name} ने शायद के रूप में जवाब दिया है।",
     "यह इवेंट रद्द कर दिया गया है और आपके कैलेंडर से हटा दिया गया है।",
     "प्रेषक", "दिनांक", "विषय", "प्रति", "शीर्षक", "प्रारंभ", "समाप्ति")
_def("th", "คำเชิญ", "คำเชิญที่อัปเดต", "กิจกรรมที่ยกเลิก", "ตอบรับแล้ว", "ปฏิเสธแล้ว",
     "ตอบรับแบบไม่แน่นอน", "เมื่อ", "ที่ไหน", "ผู้จัด", "ผู้เข้าร่วม", "เข้าร่วมด้วย Google Meet",
     "ตัวเลือกเพิ่มเติม", "ใช่", "ไม่", "อาจจะ", "คำเชิญจาก Google ปฏิทิน",
     "คุณได้รับอีเมลนี้เนื่องจากคุณเป็นผู้เข้าร่วมกิจกรรมนี้",
     "{name} เชิญคุณเข้าร่วม \"{title}\"", "คำอธิบาย", "Fwd", "ข้อความที่ส่งต่อ",
     "การประชุม Microsoft Teams", "เข้าร่วมบนคอมพิวเตอร์ แอปมือถือ หรืออุปกรณ์ห้องประชุม",
     "คลิกที่นี่เพื่อเข้าร่วมการประชุม", "ID การประชุม", "รหัสผ่าน", "การแจ้งเตือน",
     "{name} ตอบรับคำเชิญนี้แล้ว", "{name} ปฏิเสธคำเชิญนี้แล้ว", "{name} ตอบรับคำเชิญนี้แบบไม่แน่นอน",
     "กิจกรรมนี้ถูกยกเลิกและนำออกจากปฏิทินของคุณแล้ว",
     "จาก", "วันที่", "เรื่อง", "ถึง", "ชื่อเรื่อง", "เริ่ม", "สิ้นสุด")


def L(lang):
    return _L.get(lang, _L["en"])


LANG_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "pl": "Polish", "tr": "Turkish", "sv": "Swedish",
    "ru": "Russian", "el": "Greek", "ar": "Arabic", "he": "Hebrew", "zh": "Chinese (Simplified)",
    "zh-TW": "Chinese (Traditional)", "ja": "Japanese", "ko": "Korean", "hi": "Hindi", "th": "Thai",
}

# BCP-47 tag used by Outlook (LANGUAGE= parameter, Content-Language)
LANG_TAG = {
    "en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES", "it": "it-IT", "pt": "pt-BR",
    "nl": "nl-NL", "pl": "pl-PL", "tr": "tr-TR", "sv": "sv-SE", "ru": "ru-RU", "el": "el-GR",
    "ar": "ar-SA", "he": "he-IL", "zh": "zh-CN", "zh-TW": "zh-TW", "ja": "ja-JP", "ko": "ko-KR",
    "hi": "hi-IN", "th": "th-TH",
}

# time zones a sender writing in that language plausibly uses
LANG_TZ = {
    "en": ["America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/London",
           "Australia/Sydney", "America/Toronto", "Asia/Singapore", "America/Denver"],
    "de": ["Europe/Berlin", "Europe/Berlin", "Europe/Vienna", "Europe/Zurich"],
    "fr": ["Europe/Paris", "Europe/Paris", "Europe/Brussels"],
    "es": ["Europe/Madrid", "Europe/Madrid", "America/Mexico_City", "America/Bogota"],
    "it": ["Europe/Rome"],
    "pt": ["America/Sao_Paulo", "America/Sao_Paulo", "Europe/Lisbon"],
    "nl": ["Europe/Amsterdam", "Europe/Brussels"],
    "pl": ["Europe/Warsaw"],
    "tr": ["Europe/Istanbul"],
    "sv": ["Europe/Stockholm"],
    "ru": ["Europe/Moscow", "Europe/Moscow", "Asia/Yekaterinburg"],
    "el": ["Europe/Athens"],
    "ar": ["Asia/Dubai", "Asia/Riyadh", "Africa/Cairo"],
    "he": ["Asia/Jerusalem"],
    "zh": ["Asia/Shanghai"],
    "zh-TW": ["Asia/Taipei"],
    "ja": ["Asia/Tokyo"],
    "ko": ["Asia/Seoul"],
    "hi": ["Asia/Kolkata"],
    "th": ["Asia/Bangkok"],
}

# legacy charsets a client might pick for body text in that language
LEGACY_CHARSETS = {
    "en": ["us-ascii", "iso-8859-1", "windows-1252"],
    "de": ["iso-8859-1", "iso-8859-15", "windows-1252"],
    "fr": ["iso-8859-1", "iso-8859-15", "windows-1252"],
    "es": ["iso-8859-1", "windows-1252"],
    "it": ["iso-8859-1", "windows-1252"],
    "pt": ["iso-8859-1", "windows-1252"],
    "nl": ["iso-8859-1", "windows-1252"],
    "sv": ["iso-8859-1", "windows-1252"],
    "pl": ["iso-8859-2", "windows-1250"],
    "tr": ["iso-8859-9", "windows-1254"],
    "ru": ["koi8-r", "windows-1251"],
    "el": ["iso-8859-7", "windows-1253"],
    "ar": ["windows-1256", "iso-8859-6"],
    "he": ["windows-1255", "iso-8859-8"],
    "zh": ["gb2312", "gbk", "gb18030"],
    "zh-TW": ["big5"],
    "ja": ["iso-2022-jp", "shift_jis"],
    "ko": ["ks_c_5601-1987", "euc-kr"],
    "hi": [],
    "th": ["tis-620", "windows-874"],
}

# MIME label -> python codec
PYCODEC = {"windows-874": "cp874", "iso-8859-8-i": "iso8859-8", "us-ascii": "ascii",
           "ks_c_5601-1987": "cp949"}


def pycodec(cs):
    return PYCODEC.get(cs.lower(), cs.lower())


# ---------------------------------------------------------------------------
# people: (display name, ascii local part)
PEOPLE = {
    "en": [("James Carter", "james.carter"), ("Emily Watson", "emily.watson"), ("Michael Chen", "mchen"),
           ("Sarah Johnson", "sarah.johnson"), ("David Miller", "dmiller"), ("Jessica Brown", "jess.brown"),
           ("Robert Taylor", "rtaylor"), ("Laura Wilson", "laura.wilson"), ("Daniel Harris", "dan.harris"),
           ("Olivia Martin", "olivia.martin"), ("Thomas Reed", "treed"), ("Hannah Lee", "hannah.lee"),
           ("Kevin O'Brien", "kobrien"), ("Priya Patel", "priya.patel"), ("Mark Evans", "mark.evans"),
           ("Grace Kim", "grace.kim"), ("Ben Adams", "ben.adams"), ("Natalie Ross", "nross"),
           ("Peter Walsh", "peter.walsh"), ("Amanda Clarke", "amanda.clarke"), ("Ryan Foster", "rfoster"),
           ("Megan Hughes", "megan.hughes"), ("Luis Ortega", "luis.ortega"), ("Aisha Bello", "aisha.bello"),
           ("Claire Dawson", "cdawson"), ("Jonathan Price", "jon.price"), ("Rebecca Stone", "rebecca.stone"),
           ("Victor Alvarez", "valvarez"), ("Samantha Greene", "sam.greene"), ("Andrew Bishop", "abishop"),
           ("Nina Kowalczyk", "nina.k"), ("Gareth Lloyd", "gareth.lloyd"), ("Fiona MacLeod", "fiona.macleod"),
           ("Ethan Brooks", "ethan.brooks"), ("Chloe Bennett", "chloe.bennett"), ("Marcus Webb", "mwebb")],
    "de": [("Jonas Becker", "jonas.becker"), ("Lena Hoffmann", "l.hoffmann"), ("Markus Weber", "markus.weber"),
           ("Anna Schulz", "anna.schulz"), ("Tobias Wagner", "t.wagner"), ("Sabine Krüger", "sabine.krueger"),
           ("Felix Braun", "felix.braun"), ("Katrin Zimmermann", "k.zimmermann"), ("Stefan Vogel", "stefan.vogel"),
           ("Julia Neumann", "julia.neumann"), ("Uwe Hartmann", "uwe.hartmann"), ("Birgit Lorenz", "b.lorenz")],
    "fr": [("Julien Moreau", "julien.moreau"), ("Camille Dubois", "camille.dubois"),
           ("Nicolas Lefèvre", "nicolas.lefevre"), ("Sophie Laurent", "s.laurent"), ("Thomas Girard", "thomas.girard"),
           ("Claire Rousseau", "claire.rousseau"), ("Antoine Bernard", "a.bernard"), ("Manon Petit", "manon.petit"),
           ("Hélène Faure", "helene.faure"), ("Mathieu Roux", "mathieu.roux")],
    "es": [("Carlos Martínez", "carlos.martinez"), ("Lucía Fernández", "lucia.fernandez"),
           ("Javier Ruiz", "javier.ruiz"), ("Marta Gómez", "marta.gomez"), ("Pablo Sánchez", "psanchez"),
           ("Elena Torres", "elena.torres"), ("Diego Navarro", "diego.navarro"), ("Ana Morales", "ana.morales"),
           ("Raúl Ibáñez", "raul.ibanez"), ("Carmen Vidal", "cvidal")],
    "it": [("Marco Rossi", "marco.rossi"), ("Giulia Bianchi", "giulia.bianchi"), ("Luca Romano", "l.romano"),
           ("Francesca Ricci", "francesca.ricci"), ("Andrea Colombo", "andrea.colombo"),
           ("Chiara Esposito", "chiara.esposito"), ("Paolo Greco", "paolo.greco"), ("Sara Conti", "sara.conti")],
    "pt": [("João Silva", "joao.silva"), ("Mariana Costa", "mariana.costa"), ("Pedro Almeida", "pedro.almeida"),
           ("Beatriz Santos", "bia.santos"), ("Rafael Oliveira", "rafael.oliveira"),
           ("Inês Rodrigues", "ines.rodrigues"), ("Tiago Ferreira", "tiago.ferreira"), ("Camila Souza", "camila.souza")],
    "nl": [("Daan de Vries", "daan.devries"), ("Sanne Jansen", "sanne.jansen"), ("Bram Visser", "bram.visser"),
           ("Lotte Bakker", "lotte.bakker"), ("Ruben Smit", "r.smit"), ("Eva van Dijk", "eva.vandijk"),
           ("Thijs Mulder", "thijs.mulder"), ("Femke de Boer", "femke.deboer")],
    "pl": [("Piotr Kowalski", "piotr.kowalski"), ("Anna Nowak", "anna.nowak"),
           ("Tomasz Wiśniewski", "tomasz.wisniewski"), ("Katarzyna Wójcik", "k.wojcik"),
           ("Michał Kamiński", "michal.kaminski"), ("Agnieszka Lewandowska", "a.lewandowska"),
           ("Paweł Zieliński", "pawel.zielinski"), ("Magdalena Szymańska", "magda.szymanska")],
    "tr": [("Mehmet Yılmaz", "mehmet.yilmaz"), ("Ayşe Kaya", "ayse.kaya"), ("Emre Demir", "emre.demir"),
           ("Zeynep Çelik", "zeynep.celik"), ("Burak Şahin", "burak.sahin"), ("Elif Öztürk", "elif.ozturk"),
           ("Can Aydın", "can.aydin"), ("Selin Arslan", "selin.arslan")],
    "sv": [("Erik Lindqvist", "erik.lindqvist"), ("Anna Johansson", "anna.johansson"), ("Johan Berg", "johan.berg"),
           ("Karin Nilsson", "karin.nilsson"), ("Lars Ekström", "lars.ekstrom"), ("Sara Holm", "sara.holm"),
           ("Oskar Sandberg", "oskar.sandberg"), ("Maja Lund", "maja.lund")],
    "ru": [("Алексей Смирнов", "aleksey.smirnov"), ("Ольга Иванова", "olga.ivanova"),
           ("Дмитрий Кузнецов", "d.kuznetsov"), ("Наталья Попова", "natalya.popova"),
           ("Сергей Волков", "sergey.volkov"), ("Екатерина Соколова", "e.sokolova"),
           ("Андрей Морозов", "andrey.morozov"), ("Ирина Лебедева", "irina.lebedeva")],
    "el": [("Γιώργος Παπαδόπουλος", "g.papadopoulos"), ("Μαρία Οικονόμου", "maria.oikonomou"),
           ("Νίκος Αντωνίου", "nikos.antoniou"), ("Ελένη Γεωργίου", "eleni.georgiou"),
           ("Κώστας Δημητρίου", "kostas.dimitriou"), ("Σοφία Καραγιάννη", "sofia.karagianni")],
    "ar": [("أحمد الحربي", "ahmed.alharbi"), ("فاطمة الزهراني", "fatima.alzahrani"),
           ("محمد العتيبي", "m.alotaibi"), ("سارة المنصوري", "sara.almansouri"),
           ("خالد النعيمي", "khalid.alnuaimi"), ("ليلى حسن", "layla.hassan"),
           ("عمر الشمري", "omar.alshammari"), ("يوسف بن علي", "youssef.benali")],
    "he": [("יוסי כהן", "yossi.cohen"), ("מיכל לוי", "michal.levi"), ("אבי מזרחי", "avi.mizrahi"),
           ("נועה פרץ", "noa.peretz"), ("דני ביטון", "dani.biton"), ("שירה אברהם", "shira.avraham")],
    "zh": [("王伟", "wang.wei"), ("李娜", "li.na"), ("张磊", "zhang.lei"), ("刘洋", "liu.yang"),
           ("陈静", "chen.jing"), ("杨帆", "yang.fan"), ("赵敏", "zhao.min"), ("黄强", "huang.qiang")],
    "zh-TW": [("陳志明", "chen.chiming"), ("林怡君", "lin.yichun"), ("黃建宏", "huang.chienhung"),
              ("張雅婷", "chang.yating")],
    "ja": [("佐藤 健", "ken.sato"), ("鈴木 花子", "hanako.suzuki"), ("高橋 大輔", "d.takahashi"),
           ("田中 美咲", "misaki.tanaka"), ("伊藤 翔", "sho.ito"), ("渡辺 愛", "ai.watanabe"),
           ("山本 拓也", "takuya.yamamoto"), ("中村 由美", "yumi.nakamura")],
    "ko": [("김민준", "minjun.kim"), ("이서연", "seoyeon.lee"), ("박지훈", "jihoon.park"), ("최수빈", "subin.choi"),
           ("정우진", "woojin.jung"), ("강하은", "haeun.kang"), ("조현우", "hyunwoo.cho"), ("윤지아", "jia.yoon")],
    "hi": [("राहुल शर्मा", "rahul.sharma"), ("प्रिया वर्मा", "priya.verma"), ("अमित कुमार", "amit.kumar"),
           ("नेहा गुप्ता", "neha.gupta"), ("विकास सिंह", "vikas.singh"), ("अंजलि मेहता", "anjali.mehta"),
           ("संजय पटेल", "sanjay.patel"), ("पूजा यादव", "pooja.yadav")],
    "th": [("สมชาย ใจดี", "somchai.j"), ("สุภาพร แสงทอง", "supaporn.s"), ("ธนากร วงศ์สวัสดิ์", "thanakorn.w"),
           ("พิมพ์ชนก ศรีสุข", "pimchanok.s"), ("อนุชา บุญมา", "anucha.b"), ("กมลวรรณ ทองดี", "kamonwan.t")],
}

# fictional organisations: (name, domain)
ORGS = {
    "en": [("Brightfen Logistics", "brightfen-logistics.com"), ("Quillmark Analytics", "quillmark.io"),
           ("Harrow & Pike LLP", "harrowpike.co.uk"), ("Norvane Systems", "norvane.com"),
           ("Tidewell Health", "tidewellhealth.org"), ("Copperleaf Studio", "copperleafstudio.com"),
           ("Ashgrove Capital", "ashgrovecap.com"), ("Kestrel Ridge Engineering", "kestrelridge-eng.com"),
           ("Bluestem Foods", "bluestemfoods.com"), ("Marlow Street Dental", "marlowstreetdental.co.uk"),
           ("Oakhurst Community College", "oakhurst.ac.uk"), ("Pinecrest Property Group", "pinecrestpg.com"),
           ("Veridia Labs", "veridialabs.com"), ("Saltmarsh Media", "saltmarsh-media.com"),
           ("Larkspur Insurance", "larkspur-ins.com.au"), ("Granite Peak Software", "granitepeak.dev"),
           ("Foxglove Architects", "foxglovearchitects.ca"), ("Ironbridge Manufacturing", "ironbridge-mfg.com")],
    "de": [("Kranich Logistik GmbH", "kranich-logistik.de"), ("Eichenhof Consulting", "eichenhof-consulting.de"),
           ("Mühlbach Maschinenbau AG", "muehlbach-mb.de"), ("Nordlicht Medien", "nordlicht-medien.de"),
           ("Stadtwerke Lindenau", "sw-lindenau.de"), ("Praxis am Rosengarten", "praxis-rosengarten.de"),
           ("Hanse Steuerberatung", "hanse-stb.de")],
    "fr": [("Atelier Vernier", "atelier-vernier.fr"), ("Groupe Solvane", "solvane.fr"),
           ("Cabinet Delmas Avocats", "delmas-avocats.fr"), ("Transports Lacroix", "transports-lacroix.fr"),
           ("Mairie de Saint-Aubin-les-Prés", "saintaubin-lespres.fr")],
    "es": [("Grupo Alcázar Servicios", "alcazarservicios.es"), ("Talleres Mirador", "talleresmirador.es"),
           ("Clínica Dental Sorolla", "dentalsorolla.es"), ("Distribuciones Navarra Sur", "navarrasur.es")],
    "it": [("Officine Brenta", "officinebrenta.it"), ("Studio Legale Ferretti", "studioferretti.it"),
           ("Tessiture Valsesia", "tessiturevalsesia.it"), ("Cooperativa Aurora", "coop-aurora.it")],
    "pt": [("Construtora Ipê Amarelo", "ipeamarelo.com.br"), ("Grupo Maré Alta", "marealta.com.br"),
           ("Atlântico Seguros", "atlanticoseguros.pt"), ("Clínica Bem-Estar Jardins", "bemestarjardins.com.br")],
    "nl": [("Veldkamp Installatietechniek", "veldkamp-it.nl"), ("De Groene Linde", "degroenelinde.nl"),
           ("Havenstad Advies", "havenstad-advies.nl"), ("Tandartspraktijk Zuidwal", "tandarts-zuidwal.nl")],
    "pl": [("Wisłotrans Sp. z o.o.", "wislotrans.pl"), ("Biuro Rachunkowe Bursztyn", "br-bursztyn.pl"),
           ("Politechnika Nadwiślańska", "pnadw.edu.pl"), ("Zakład Mechaniki Orzeł", "zm-orzel.pl")],
    "tr": [("Boğaziçi Lojistik", "bogazicilojistik.com.tr"), ("Ege Tekstil A.Ş.", "egetekstil.com.tr"),
           ("Kapadokya Yazılım", "kapadokyayazilim.com.tr")],
    "sv": [("Fjällvind Konsult AB", "fjallvind.se"), ("Norrbro Fastigheter", "norrbro.se"),
           ("Kvarnbäcken Bygg AB", "kvarnbacken.se")],
    "ru": [("ООО «СеверТрансЛогистик»", "severtl.ru"), ("АО «Волжские системы»", "volsys.ru"),
           ("Медцентр «Берёзка»", "medberezka.ru"), ("Уральский политехнический колледж", "upk-ural.ru")],
    "el": [("Αιγαίον Ναυτιλιακή", "aigaion-naft.gr"), ("Ολυμπία Λογιστική", "olympia-logistiki.gr"),
           ("Ιατρικό Κέντρο Αγία Σοφία", "iatriko-agsofia.gr")],
    "ar": [("شركة الواحة للتجارة", "alwaha-trading.ae"), ("مجموعة النخيل القابضة", "nakheelholding.sa"),
           ("مكتب الرواد للمحاسبة", "alrowad-acc.com.eg")],
    "he": [("גלבוע מערכות בע\"מ", "gilboa-sys.co.il"), ("כרמל ייעוץ", "carmel-consult.co.il"),
           ("מרפאת שקד", "shaked-clinic.co.il")],
    "zh": [("上海青岚科技有限公司", "qinglan-tech.cn"), ("杭州云舟物流", "yunzhou56.cn"),
           ("深圳瑞丰电子", "ruifeng-elec.com.cn")],
    "zh-TW": [("台北宏昇資訊股份有限公司", "hongsheng-info.com.tw"), ("新竹永泰精密", "yongtai-prec.com.tw")],
    "ja": [("株式会社ミナト精機", "minato-seiki.co.jp"), ("さくら商事株式会社", "sakura-shoji.co.jp"),
           ("東和システム開発", "towa-sysdev.co.jp"), ("北斗会計事務所", "hokuto-kaikei.jp")],
    "ko": [("한빛솔루션", "hanbit-sol.co.kr"), ("누리물산", "nurimulsan.co.kr"), ("서울미래병원", "seoulmirae-hosp.kr")],
    "hi": [("Sahyadri Infotech Pvt Ltd", "sahyadri-infotech.in"), ("Ganga Textiles", "gangatextiles.co.in"),
           ("Nilgiri Health Services", "nilgirihealth.in")],
    "th": [("บริษัท เจ้าพระยา เทรดดิ้ง จำกัด", "chaophraya-trading.co.th"),
           ("สยามดิจิทัล โซลูชั่น", "siamdigisol.co.th")],
}

# consumer / free mail domains used by people writing in a language (hosted on generic IMAP/SMTP)
FREEMAIL = {
    "en": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.com", "aol.com", "protonmail.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmx.net", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
    "it": ["libero.it", "virgilio.it", "tiscali.it", "alice.it"],
    "pt": ["uol.com.br", "bol.com.br", "sapo.pt", "terra.com.br"],
    "nl": ["ziggo.nl", "kpnmail.nl", "hetnet.nl", "planet.nl"],
    "pl": ["wp.pl", "onet.pl", "interia.pl", "o2.pl"],
    "tr": ["yandex.com.tr", "gmail.com", "hotmail.com.tr", "mynet.com"],
    "sv": ["telia.com", "bredband.net", "spray.se"],
    "ru": ["mail.ru", "yandex.ru", "rambler.ru", "bk.ru", "list.ru", "inbox.ru"],
    "el": ["otenet.gr", "yahoo.gr", "hol.gr"],
    "ar": ["gmail.com", "hotmail.com", "yahoo.com", "outlook.sa"],
    "he": ["walla.co.il", "012.net.il", "bezeqint.net"],
    "zh": ["qq.com", "163.com", "126.com", "sina.com", "sohu.com"],
    "zh-TW": ["hinet.net", "ms1.hinet.net", "yahoo.com.tw"],
    "ja": ["yahoo.co.jp", "nifty.com", "biglobe.ne.jp", "ezweb.ne.jp", "docomo.ne.jp"],
    "ko": ["naver.com", "daum.net", "hanmail.net", "nate.com"],
    "hi": ["rediffmail.com", "gmail.com", "yahoo.co.in"],
    "th": ["hotmail.co.th", "gmail.com", "yahoo.co.th"],
}


def date_fmt(lang, d, with_time=True):
    """Short local date string as a person writing in that language would."""
    t = d.strftime("%H:%M")
    if lang == "en":
        s = d.strftime("%a %b ") + str(d.day) + d.strftime(", %Y")
        if with_time:
            h = d.hour % 12 or 12
            s += " %d:%02d %s" % (h, d.minute, "am" if d.hour < 12 else "pm")
        return s
    if lang in ("de", "ru", "pl", "tr", "cs"):
        s = d.strftime("%d.%m.%Y")
    elif lang in ("fr", "es", "it", "pt", "el", "ar", "he", "hi", "th"):
        s = d.strftime("%d/%m/%Y")
    elif lang == "nl":
        s = d.strftime("%d-%m-%Y")
    elif lang == "sv":
        s = d.strftime("%Y-%m-%d")
    elif lang in ("zh", "zh-TW", "ja"):
        s = "%d年%d月%d日" % (d.year, d.month, d.day)
    elif lang == "ko":
        s = "%d. %d. %d." % (d.year, d.month, d.day)
    else:
        s = d.strftime("%Y-%m-%d")
    return s + (" " + t if with_time else "")
