"""Per-language data: people's names, time zones, charsets, recipient domains and
calendar user-interface strings.  All names and domains are invented."""

LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "el", "ar", "he", "zh", "zh-tw", "ja", "ko", "hi",
         "th", "tr"]

LANG_NAME = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
             "nl": "Dutch", "pl": "Polish", "ru": "Russian", "el": "Greek", "ar": "Arabic", "he": "Hebrew",
             "zh": "Chinese (Simplified)", "zh-tw": "Chinese (Traditional)", "ja": "Japanese", "ko": "Korean",
             "hi": "Hindi", "th": "Thai", "tr": "Turkish"}

# first names, last names (romanised where the e-mail address needs it: (native, latin))
NAMES = {
    "en": (["James", "Olivia", "Priya", "Marcus", "Hannah", "Daniel", "Chloe", "Ethan", "Grace", "Liam", "Megan",
            "Tom", "Rachel", "Kevin", "Sophie", "Aaron", "Laura", "Nathan", "Emily", "Ryan", "Zoe", "Victor", "Nadia",
            "Owen", "Isabel", "Sam", "Carla", "Derek", "Fiona", "Gareth"],
           ["Whitfield", "Okafor", "Brennan", "Lindqvist", "Patel", "Morrison", "Haddad", "Castillo", "Nguyen", "Foster",
            "Delgado", "Ashworth", "Kowalczyk", "Reeves", "Tanaka", "McAllister", "Harrington", "Osei", "Fairbanks",
            "Bishop", "Calloway", "Sutherland", "Yates", "Pemberton"]),
    "de": (["Jürgen", "Katrin", "Lukas", "Anja", "Matthias", "Sabine", "Jonas", "Ulrike", "Tobias", "Miriam", "Felix", "Birgit"],
           ["Müller", "Schröder", "Weißkopf", "Hoffmann", "Brandt", "Köhler", "Vogel", "Lindner", "Krämer", "Seidel"]),
    "fr": (["Élodie", "Julien", "Céline", "Mathieu", "Aurélie", "Nicolas", "Camille", "Benoît", "Hélène", "Théo"],
           ["Lefèvre", "Dubois", "Moreau", "Girard", "Rousseau", "Fournier", "Chevalier", "Lemaître"]),
    "es": (["Javier", "Lucía", "Alejandro", "Carmen", "Sergio", "Marta", "Íñigo", "Paula", "Andrés", "Rocío"],
           ["García", "Fernández", "Muñoz", "Ortega", "Navarro", "Jiménez", "Castaño", "Ibáñez"]),
    "it": (["Giulia", "Marco", "Francesca", "Alessandro", "Chiara", "Luca", "Federica", "Davide"],
           ["Rossi", "Bianchi", "Esposito", "Colombo", "Ricci", "Marino", "Greco", "Bruno"]),
    "pt": (["João", "Ana", "Rafael", "Beatriz", "Thiago", "Mariana", "Gonçalo", "Luísa"],
           ["Silva", "Santos", "Oliveira", "Conceição", "Araújo", "Ferreira", "Gonçalves", "Ribeiro"]),
    "nl": (["Sanne", "Daan", "Femke", "Bram", "Lotte", "Joost", "Esther", "Wouter"],
           ["de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "Smit", "de Boer", "Mulder"]),
    "pl": (["Agnieszka", "Paweł", "Katarzyna", "Michał", "Małgorzata", "Tomasz", "Zofia", "Łukasz"],
           ["Nowak", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski", "Zieliński", "Dąbrowska"]),
    "ru": ([("Алексей", "aleksey"), ("Ольга", "olga"), ("Дмитрий", "dmitry"), ("Наталья", "natalia"),
            ("Сергей", "sergey"), ("Екатерина", "ekaterina"), ("Игорь", "igor"), ("Татьяна", "tatiana")],
           [("Смирнов", "smirnov"), ("Кузнецова", "kuznetsova"), ("Попов", "popov"), ("Волкова", "volkova"),
            ("Лебедев", "lebedev"), ("Морозова", "morozova")]),
    "el": ([("Γιώργος", "giorgos"), ("Μαρία", "maria"), ("Νίκος", "nikos"), ("Ελένη", "eleni"), ("Κώστας", "kostas"),
            ("Δήμητρα", "dimitra")],
           [("Παπαδόπουλος", "papadopoulos"), ("Γεωργίου", "georgiou"), ("Νικολάου", "nikolaou"),
            ("Οικονόμου", "oikonomou"), ("Καραγιάννη", "karagianni")]),
    "ar": ([("أحمد", "ahmed"), ("فاطمة", "fatima"), ("محمد", "mohammed"), ("ليلى", "layla"), ("خالد", "khaled"),
            ("نور", "nour")],
           [("الحسيني", "alhusseini"), ("منصور", "mansour"), ("العتيبي", "alotaibi"), ("حداد", "haddad"),
            ("الشمري", "alshammari")]),
    "he": ([("יוסי", "yossi"), ("מיכל", "michal"), ("אבי", "avi"), ("נועה", "noa"), ("דני", "dani"), ("רותם", "rotem")],
           [("כהן", "cohen"), ("לוי", "levi"), ("מזרחי", "mizrahi"), ("פרץ", "peretz"), ("ביטון", "biton")]),
    "zh": ([("伟", "wei"), ("静", "jing"), ("磊", "lei"), ("婷", "ting"), ("强", "qiang"), ("丽", "li")],
           [("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang")]),
    "zh-tw": ([("志明", "chihming"), ("怡君", "yichun"), ("建宏", "chienhung"), ("淑芬", "shufen")],
              [("陳", "chen"), ("林", "lin"), ("黃", "huang"), ("張", "chang")]),
    "ja": ([("翔太", "shota"), ("美咲", "misaki"), ("健一", "kenichi"), ("由美", "yumi"), ("大輔", "daisuke"), ("彩", "aya")],
           [("佐藤", "sato"), ("鈴木", "suzuki"), ("高橋", "takahashi"), ("田中", "tanaka"), ("渡辺", "watanabe"),
            ("山本", "yamamoto")]),
    "ko": ([("민준", "minjun"), ("서연", "seoyeon"), ("지훈", "jihoon"), ("수빈", "subin"), ("현우", "hyunwoo")],
           [("김", "kim"), ("이", "lee"), ("박", "park"), ("최", "choi"), ("정", "jung")]),
    "hi": ([("राहुल", "rahul"), ("प्रिया", "priya"), ("अमित", "amit"), ("नेहा", "neha"), ("विकास", "vikas"),
            ("पूजा", "pooja")],
           [("शर्मा", "sharma"), ("वर्मा", "verma"), ("गुप्ता", "gupta"), ("सिंह", "singh"), ("अग्रवाल", "agarwal")]),
    "th": ([("สมชาย", "somchai"), ("นภา", "napa"), ("ธนากร", "thanakorn"), ("สุดา", "suda"), ("วิชัย", "wichai")],
           [("ศรีสุข", "srisuk"), ("วงศ์ไทย", "wongthai"), ("แก้วมณี", "kaewmanee"), ("บุญมา", "boonma")]),
    "tr": (["Emre", "Zeynep", "Burak", "Elif", "Mehmet", "Ayşe", "Can", "Gülşen"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın"]),
}

TZ = {"en": ["America/New_York", "Europe/London", "America/Los_Angeles", "America/Chicago", "Asia/Singapore",
             "Europe/London", "America/New_York"],
      "de": ["Europe/Berlin", "Europe/Vienna", "Europe/Zurich"], "fr": ["Europe/Paris"], "es": ["Europe/Madrid", "America/Mexico_City"],
      "it": ["Europe/Rome"], "pt": ["Europe/Lisbon", "America/Sao_Paulo"], "nl": ["Europe/Amsterdam"],
      "pl": ["Europe/Warsaw"], "ru": ["Europe/Moscow"], "el": ["Europe/Athens"], "ar": ["Asia/Riyadh", "Asia/Dubai"],
      "he": ["Asia/Jerusalem"], "zh": ["Asia/Shanghai"], "zh-tw": ["Asia/Taipei", "Asia/Hong_Kong"], "ja": ["Asia/Tokyo"],
      "ko": ["Asia/Seoul"], "hi": ["Asia/Kolkata"], "th": ["Asia/Bangkok"], "tr": ["Europe/Istanbul"]}

# legacy charsets in use for each language (UTF-8 is added with a high weight by the generator)
CHARSETS = {"en": ["us-ascii", "iso-8859-1", "windows-1252"], "de": ["iso-8859-1", "iso-8859-15", "windows-1252"],
            "fr": ["iso-8859-1", "iso-8859-15", "windows-1252"], "es": ["iso-8859-1", "windows-1252"],
            "it": ["iso-8859-1", "windows-1252"], "pt": ["iso-8859-1", "windows-1252"], "nl": ["iso-8859-1", "windows-1252"],
            "pl": ["iso-8859-2", "windows-1250"], "ru": ["koi8-r", "koi8-r", "windows-1251"], "el": ["iso-8859-7", "windows-1253"],
            "ar": ["windows-1256", "iso-8859-6"], "he": ["windows-1255", "iso-8859-8"], "zh": ["gb2312", "gbk", "gb18030"],
            "zh-tw": ["big5"], "ja": ["iso-2022-jp", "shift_jis", "euc-jp"], "ko": ["euc-kr", "ks_c_5601-1987"],
            "hi": [], "th": ["tis-620", "windows-874"], "tr": ["iso-8859-9", "windows-1254"]}

RCPT_DOMAINS = {
    "en": ["example.net", "example.org", "harbourview-logistics.co.uk", "brightmoor.edu.example", "northgate-dental.com",
           "pinecrest-legal.com", "quillstone.io", "mapleleaf-foods.ca", "tidewater-eng.com", "sablecreek.org",
           "corvid-analytics.com", "greyfern.net", "kestrel-hr.com", "example.com"],
    "de": ["nordwind-logistik.de", "praxis-am-markt.de", "example.de", "stadtwerke-lindenau.de", "kanzlei-ebert.at"],
    "fr": ["atelier-lumiere.fr", "example.fr", "cabinet-rive-gauche.fr", "boulangerie-marceau.fr"],
    "es": ["construcciones-arroyo.es", "example.es", "clinica-alameda.mx"],
    "it": ["studio-fontana.it", "example.it", "officine-lario.it"],
    "pt": ["example.com.br", "contabilidade-serra.pt", "vinhos-douro.pt"],
    "nl": ["example.nl", "bouwbedrijf-kooistra.nl", "tandarts-delftweg.nl"],
    "pl": ["example.pl", "biuro-wisla.pl", "drukarnia-orzel.pl"],
    "ru": ["example.ru", "tehnopark-sever.ru", "mebel-ural.ru"],
    "el": ["example.gr", "naftiliaki-aigaiou.gr", "iatreio-kritis.gr"],
    "ar": ["example.sa", "najm-trading.ae", "alwaha-clinic.sa"],
    "he": ["example.co.il", "galil-tech.co.il", "merkaz-refua.co.il"],
    "zh": ["example.cn", "huaxin-maoyi.com.cn", "tianhe-soft.cn"],
    "zh-tw": ["example.com.tw", "yuanshan-tech.com.tw"],
    "ja": ["example.jp", "sakura-shoji.co.jp", "kita-clinic.jp"],
    "ko": ["example.kr", "hanbit-soft.co.kr", "seoul-dental.kr"],
    "hi": ["example.in", "ganga-textiles.co.in", "shree-pharma.in"],
    "th": ["example.co.th", "siam-printing.co.th", "chaopraya-hotel.co.th"],
    "tr": ["example.com.tr", "anadolu-lojistik.com.tr", "bosphorus-yazilim.com.tr"],
}

UI = {
    "en": dict(inv="Invitation", upd="Updated invitation", can="Canceled event", acc="Accepted", dec="Declined",
               ten="Tentatively accepted", when="When", where="Where", org="Organizer", guests="Guests", join="Join",
               yes="Yes", no="No", maybe="Maybe", more="More options", view="View event", invby="has invited you to",
               cal="Calendar", reply="Reply", reminder="Reminder", joinmeet="Join with Google Meet"),
    "de": dict(inv="Einladung", upd="Aktualisierte Einladung", can="Abgesagter Termin", acc="Angenommen", dec="Abgelehnt",
               ten="Mit Vorbehalt angenommen", when="Wann", where="Wo", org="Organisator", guests="Gäste",
               join="Teilnehmen", yes="Ja", no="Nein", maybe="Vielleicht", more="Weitere Optionen", view="Termin ansehen",
               invby="hat Sie eingeladen zu", cal="Kalender", reply="Antworten", reminder="Erinnerung",
               joinmeet="Mit Google Meet teilnehmen"),
    "fr": dict(inv="Invitation", upd="Invitation mise à jour", can="Événement annulé", acc="Accepté", dec="Refusé",
               ten="Accepté provisoirement", when="Quand", where="Où", org="Organisateur", guests="Invités",
               join="Participer", yes="Oui", no="Non", maybe="Peut-être", more="Plus d'options",
               view="Afficher l'événement", invby="vous a invité à", cal="Agenda", reply="Répondre", reminder="Rappel",
               joinmeet="Participer avec Google Meet"),
    "es": dict(inv="Invitación", upd="Invitación actualizada", can="Evento cancelado", acc="Aceptado", dec="Rechazado",
               ten="Aceptado provisionalmente", when="Cuándo", where="Dónde", org="Organizador", guests="Invitados",
               join="Unirse", yes="Sí", no="No", maybe="Quizás", more="Más opciones", view="Ver evento",
               invby="te ha invitado a", cal="Calendario", reply="Responder", reminder="Recordatorio",
               joinmeet="Unirse con Google Meet"),
    "it": dict(inv="Invito", upd="Invito aggiornato", can="Evento annullato", acc="Accettato", dec="Rifiutato",
               ten="Accettato provvisoriamente", when="Quando", where="Dove", org="Organizzatore", guests="Invitati",
               join="Partecipa", yes="Sì", no="No", maybe="Forse", more="Altre opzioni", view="Visualizza evento",
               invby="ti ha invitato a", cal="Calendario", reply="Rispondi", reminder="Promemoria",
               joinmeet="Partecipa con Google Meet"),
    "pt": dict(inv="Convite", upd="Convite atualizado", can="Evento cancelado", acc="Aceito", dec="Recusado",
               ten="Aceito provisoriamente", when="Quando", where="Onde", org="Organizador", guests="Convidados",
               join="Participar", yes="Sim", no="Não", maybe="Talvez", more="Mais opções", view="Ver evento",
               invby="convidou você para", cal="Agenda", reply="Responder", reminder="Lembrete",
               joinmeet="Participar com o Google Meet"),
    "nl": dict(inv="Uitnodiging", upd="Bijgewerkte uitnodiging", can="Geannuleerde afspraak", acc="Geaccepteerd",
               dec="Geweigerd", ten="Voorlopig geaccepteerd", when="Wanneer", where="Waar", org="Organisator",
               guests="Gasten", join="Deelnemen", yes="Ja", no="Nee", maybe="Misschien", more="Meer opties",
               view="Afspraak bekijken", invby="heeft je uitgenodigd voor", cal="Agenda", reply="Beantwoorden",
               reminder="Herinnering", joinmeet="Deelnemen met Google Meet"),
    "pl": dict(inv="Zaproszenie", upd="Zaktualizowane zaproszenie", can="Odwołane wydarzenie", acc="Zaakceptowano",
               dec="Odrzucono", ten="Wstępnie zaakceptowano", when="Kiedy", where="Gdzie", org="Organizator",
               guests="Goście", join="Dołącz", yes="Tak", no="Nie", maybe="Może", more="Więcej opcji",
               view="Wyświetl wydarzenie", invby="zaprasza Cię na", cal="Kalendarz", reply="Odpowiedz",
               reminder="Przypomnienie", joinmeet="Dołącz przez Google Meet"),
    "ru": dict(inv="Приглашение", upd="Обновленное приглашение", can="Отмененное мероприятие", acc="Принято",
               dec="Отклонено", ten="Под вопросом", when="Когда", where="Где", org="Организатор", guests="Гости",
               join="Присоединиться", yes="Да", no="Нет", maybe="Возможно", more="Другие варианты",
               view="Открыть мероприятие", invby="приглашает вас на", cal="Календарь", reply="Ответить",
               reminder="Напоминание", joinmeet="Присоединиться к Google Meet"),
    "el": dict(inv="Πρόσκληση", upd="Ενημερωμένη πρόσκληση", can="Ακυρωμένη εκδήλωση", acc="Αποδοχή", dec="Απόρριψη",
               ten="Προσωρινή αποδοχή", when="Πότε", where="Πού", org="Διοργανωτής", guests="Προσκεκλημένοι",
               join="Συμμετοχή", yes="Ναι", no="Όχι", maybe="Ίσως", more="Περισσότερες επιλογές",
               view="Προβολή εκδήλωσης", invby="σας προσκάλεσε στο", cal="Ημερολόγιο", reply="Απάντηση",
               reminder="Υπενθύμιση", joinmeet="Συμμετοχή με το Google Meet"),
    "ar": dict(inv="دعوة", upd="دعوة محدّثة", can="حدث ملغى", acc="مقبول", dec="مرفوض", ten="مقبول مبدئيًا",
               when="متى", where="أين", org="المنظِّم", guests="الضيوف", join="انضمام", yes="نعم", no="لا",
               maybe="ربما", more="خيارات إضافية", view="عرض الحدث", invby="دعاك إلى", cal="التقويم", reply="رد",
               reminder="تذكير", joinmeet="الانضمام باستخدام Google Meet"),
    "he": dict(inv="הזמנה", upd="הזמנה מעודכנת", can="אירוע שבוטל", acc="התקבל", dec="נדחה", ten="התקבל באופן זמני",
               when="מתי", where="איפה", org="מארגן", guests="אורחים", join="הצטרפות", yes="כן", no="לא",
               maybe="אולי", more="אפשרויות נוספות", view="הצגת האירוע", invby="הזמין/ה אותך ל", cal="יומן",
               reply="השב", reminder="תזכורת", joinmeet="הצטרפות באמצעות Google Meet"),
    "zh": dict(inv="邀请", upd="已更新邀请", can="已取消的活动", acc="已接受", dec="已拒绝", ten="暂定接受", when="时间",
               where="地点", org="组织者", guests="邀请对象", join="加入", yes="是", no="否", maybe="不确定",
               more="更多选项", view="查看活动", invby="邀请您参加", cal="日历", reply="回复", reminder="提醒",
               joinmeet="使用 Google Meet 加入"),
    "zh-tw": dict(inv="邀請", upd="已更新的邀請", can="已取消的活動", acc="已接受", dec="已拒絕", ten="暫定", when="時間",
                  where="地點", org="主辦人", guests="邀請對象", join="加入", yes="是", no="否", maybe="未定",
                  more="更多選項", view="查看活動", invby="邀請您參加", cal="日曆", reply="回覆", reminder="提醒",
                  joinmeet="使用 Google Meet 加入"),
    "ja": dict(inv="招待", upd="更新された招待", can="キャンセルされた予定", acc="承諾", dec="辞退", ten="仮承諾", when="日時",
               where="場所", org="主催者", guests="ゲスト", join="参加", yes="はい", no="いいえ", maybe="未定",
               more="その他のオプション", view="予定を表示", invby="さんから招待が届きました:", cal="カレンダー", reply="返信",
               reminder="リマインダー", joinmeet="Google Meet に参加"),
    "ko": dict(inv="초대장", upd="업데이트된 초대장", can="취소된 일정", acc="수락함", dec="거절함", ten="미정", when="일시",
               where="장소", org="주최자", guests="참석자", join="참여", yes="예", no="아니요", maybe="미정",
               more="옵션 더보기", view="일정 보기", invby="님이 다음 일정에 초대했습니다:", cal="캘린더", reply="답장",
               reminder="알림", joinmeet="Google Meet으로 참여"),
    "hi": dict(inv="आमंत्रण", upd="अपडेट किया गया आमंत्रण", can="रद्द किया गया इवेंट", acc="स्वीकार किया", dec="अस्वीकार किया",
               ten="अस्थायी रूप से स्वीकार", when="कब", where="कहाँ", org="आयोजक", guests="मेहमान", join="शामिल हों",
               yes="हाँ", no="नहीं", maybe="शायद", more="ज़्यादा विकल्प", view="इवेंट देखें", invby="ने आपको आमंत्रित किया है:",
               cal="कैलेंडर", reply="जवाब दें", reminder="रिमाइंडर", joinmeet="Google Meet से जुड़ें"),
    "th": dict(inv="คำเชิญ", upd="คำเชิญที่อัปเดต", can="กิจกรรมที่ยกเลิก", acc="ยอมรับแล้ว", dec="ปฏิเสธแล้ว", ten="อาจจะเข้าร่วม",
               when="เวลา", where="สถานที่", org="ผู้จัด", guests="ผู้เข้าร่วม", join="เข้าร่วม", yes="ใช่", no="ไม่",
               maybe="อาจจะ", more="ตัวเลือกเพิ่มเติม", view="ดูกิจกรรม", invby="ได้เชิญคุณเข้าร่วม", cal="ปฏิทิน",
               reply="ตอบกลับ", reminder="การแจ้งเตือน", joinmeet="เข้าร่วมด้วย Google Meet"),
    "tr": dict(inv="Davet", upd="Güncellenmiş davet", can="İptal edilen etkinlik", acc="Kabul edildi", dec="Reddedildi",
               ten="Belki", when="Ne zaman", where="Nerede", org="Düzenleyen", guests="Davetliler", join="Katıl",
               yes="Evet", no="Hayır", maybe="Belki", more="Diğer seçenekler", view="Etkinliği görüntüle",
               invby="sizi davet etti:", cal="Takvim", reply="Yanıtla", reminder="Hatırlatma",
               joinmeet="Google Meet ile katıl"),
}

DATEFMT = {"en": "%a %b %d, %Y", "de": "%d.%m.%Y", "fr": "%d/%m/%Y", "es": "%d/%m/%Y", "it": "%d/%m/%Y",
           "pt": "%d/%m/%Y", "nl": "%d-%m-%Y", "pl": "%d.%m.%Y", "ru": "%d.%m.%Y", "el": "%d/%m/%Y",
           "ar": "%d/%m/%Y", "he": "%d.%m.%Y", "zh": "%Y年%m月%d日", "zh-tw": "%Y年%m月%d日", "ja": "%Y年%m月%d日",
           "ko": "%Y. %m. %d.", "hi": "%d/%m/%Y", "th": "%d/%m/%Y", "tr": "%d.%m.%Y"}

LOCALE = {"en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES", "it": "it-IT", "pt": "pt-BR", "nl": "nl-NL",
          "pl": "pl-PL", "ru": "ru-RU", "el": "el-GR", "ar": "ar-SA", "he": "he-IL", "zh": "zh-CN", "zh-tw": "zh-TW",
          "ja": "ja-JP", "ko": "ko-KR", "hi": "hi-IN", "th": "th-TH", "tr": "tr-TR"}


def ui(lang):
    return UI.get(lang, UI["en"])


def fmt_date(t, lang):
    return t.strftime(DATEFMT.get(lang, DATEFMT["en"]))


def fmt_when(start, end, lang, allday=False, tzname=""):
    if allday:
        return fmt_date(start, lang)
    if lang == "en":
        def h(t):
            s = t.strftime("%I:%M%p").lstrip("0").lower().replace(":00", "")
            return s
        return f"{start.strftime('%a %b %d, %Y').replace(' 0', ' ')} {h(start)} - {h(end)}" + (f" ({tzname})" if tzname else "")
    return f"{fmt_date(start, lang)} {start:%H:%M} - {end:%H:%M}" + (f" ({tzname})" if tzname else "")
