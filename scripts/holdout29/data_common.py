# -*- coding: utf-8 -*-
"""Names, domains and per-language odds and ends (all invented)."""

NAMES = {
    "en": (["James", "Olivia", "Michael", "Emma", "Daniel", "Sophie", "Ryan", "Hannah", "Marcus", "Chloe",
            "Aaron", "Megan", "Priya", "Tom", "Rachel", "Kevin", "Laura", "Nathan", "Grace", "Ben"],
           ["Walker", "Bennett", "Hughes", "Carter", "Palmer", "Reid", "Foster", "Morgan", "Ellis", "Shaw",
            "Patel", "Brooks", "Gallagher", "Turner", "Lawson", "Fitzgerald", "Holt", "Nguyen", "Price", "Doyle"]),
    "de": (["Jonas", "Lea", "Matthias", "Katrin", "Felix", "Anja", "Tobias", "Miriam", "Stefan", "Julia", "Lukas", "Sabine"],
           ["Brandt", "Köhler", "Wagner", "Hoffmann", "Schäfer", "Vogel", "Lehmann", "Krüger", "Neumann", "Seidel"]),
    "fr": (["Camille", "Julien", "Élodie", "Thomas", "Inès", "Mathieu", "Chloé", "Antoine", "Manon", "Rémi"],
           ["Morel", "Lefèvre", "Girard", "Fontaine", "Chevalier", "Rousseau", "Gauthier", "Mercier", "Blanc"]),
    "es": (["Lucía", "Javier", "Carmen", "Diego", "Marta", "Alejandro", "Paula", "Sergio", "Elena", "Andrés"],
           ["García", "Martínez", "Romero", "Navarro", "Ortega", "Delgado", "Castillo", "Moreno", "Vidal"]),
    "it": (["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Davide", "Sara", "Alessandro", "Elisa"],
           ["Rossi", "Bianchi", "Colombo", "Ricci", "Marino", "Greco", "Conti", "De Luca", "Galli"]),
    "pt": (["João", "Mariana", "Pedro", "Beatriz", "Rafael", "Ana", "Tiago", "Carolina", "Gustavo", "Inês"],
           ["Silva", "Santos", "Oliveira", "Costa", "Pereira", "Almeida", "Ferreira", "Rodrigues", "Carvalho"]),
    "nl": (["Sanne", "Daan", "Lotte", "Bram", "Eva", "Ruben", "Femke", "Joost", "Anouk"],
           ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Dekker"]),
    "pl": (["Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Magdalena", "Paweł", "Joanna", "Michał", "Ewa"],
           ["Nowak", "Kowalski", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowski", "Zieliński", "Szymańska"]),
    "tr": (["Elif", "Mehmet", "Zeynep", "Emre", "Ayşe", "Burak", "Selin", "Can", "Deniz"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Arslan", "Doğan", "Aydın"]),
    "ru": (["Алексей", "Мария", "Дмитрий", "Елена", "Сергей", "Ольга", "Андрей", "Наталья", "Игорь", "Анна"],
           ["Иванов", "Смирнова", "Кузнецов", "Попова", "Соколов", "Лебедева", "Морозов", "Волкова", "Новиков"]),
    "el": (["Γιώργος", "Μαρία", "Νίκος", "Ελένη", "Κώστας", "Κατερίνα", "Δημήτρης", "Σοφία"],
           ["Παπαδόπουλος", "Οικονόμου", "Γεωργίου", "Νικολάου", "Καραγιάννη", "Βασιλείου", "Αθανασίου"]),
    "ar": (["محمد", "فاطمة", "أحمد", "نور", "خالد", "ليلى", "عمر", "سارة", "يوسف"],
           ["الحربي", "العتيبي", "منصور", "الشمري", "حداد", "السيد", "القحطاني", "عبد الله"]),
    "he": (["נועה", "איתי", "מיכל", "יונתן", "שירה", "אורי", "תמר", "דניאל"],
           ["כהן", "לוי", "מזרחי", "פרץ", "ביטון", "אברהם", "פרידמן", "שפירא"]),
    "zh": (["伟", "芳", "娜", "敏", "静", "磊", "洋", "婷", "强", "丽"],
           ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"]),
    "zh-tw": (["志明", "淑芬", "家豪", "怡君", "俊傑", "雅婷", "冠宇"],
              ["陳", "林", "黃", "張", "李", "王", "吳"]),
    "ja": (["翔太", "美咲", "大輔", "陽子", "健一", "さくら", "拓也", "由美", "直樹"],
           ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林"]),
    "ko": (["민준", "서연", "지훈", "수빈", "현우", "지은", "도윤", "예린"],
           ["김", "이", "박", "최", "정", "강", "조", "윤"]),
    "hi": (["राहुल", "प्रिया", "अमित", "नेहा", "विकास", "पूजा", "सुनील", "अंजलि"],
           ["शर्मा", "वर्मा", "गुप्ता", "सिंह", "मेहता", "जोशी", "अग्रवाल"]),
    "th": (["สมชาย", "สุภาพร", "ธนพล", "กมลวรรณ", "อนุชา", "ปิยะนุช", "วีระ"],
           ["ศรีสุข", "วงศ์ไทย", "แก้วมณี", "จันทร์เพ็ญ", "บุญมา", "ทองดี"]),
}

# latin transliterations used for mailbox local parts
TRANSLIT = {
    "ru": (["alexey", "maria", "dmitry", "elena", "sergey", "olga", "andrey", "natalia", "igor", "anna"],
           ["ivanov", "smirnova", "kuznetsov", "popova", "sokolov", "lebedeva", "morozov", "volkova", "novikov"]),
    "el": (["giorgos", "maria", "nikos", "eleni", "kostas", "katerina", "dimitris", "sofia"],
           ["papadopoulos", "oikonomou", "georgiou", "nikolaou", "karagianni", "vasileiou", "athanasiou"]),
    "ar": (["mohammed", "fatima", "ahmed", "nour", "khaled", "layla", "omar", "sara", "yousef"],
           ["alharbi", "alotaibi", "mansour", "alshammari", "haddad", "elsayed", "alqahtani", "abdullah"]),
    "he": (["noa", "itai", "michal", "yonatan", "shira", "ori", "tamar", "daniel"],
           ["cohen", "levi", "mizrahi", "peretz", "biton", "avraham", "friedman", "shapira"]),
    "zh": (["wei", "fang", "na", "min", "jing", "lei", "yang", "ting", "qiang", "li"],
           ["wang", "li", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu"]),
    "zh-tw": (["chihming", "shufen", "chiahao", "yichun", "chunchieh", "yating", "kuanyu"],
              ["chen", "lin", "huang", "chang", "lee", "wang", "wu"]),
    "ja": (["shota", "misaki", "daisuke", "yoko", "kenichi", "sakura", "takuya", "yumi", "naoki"],
           ["sato", "suzuki", "takahashi", "tanaka", "ito", "watanabe", "yamamoto", "nakamura", "kobayashi"]),
    "ko": (["minjun", "seoyeon", "jihoon", "subin", "hyunwoo", "jieun", "doyoon", "yerin"],
           ["kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon"]),
    "hi": (["rahul", "priya", "amit", "neha", "vikas", "pooja", "sunil", "anjali"],
           ["sharma", "verma", "gupta", "singh", "mehta", "joshi", "agarwal"]),
    "th": (["somchai", "supaporn", "thanapol", "kamonwan", "anucha", "piyanuch", "weera"],
           ["srisuk", "wongthai", "kaewmanee", "chanpen", "boonma", "thongdee"]),
}

ASCII_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "ê": "e", "É": "E",
                            "à": "a", "á": "a", "â": "a", "ã": "a", "ç": "c", "í": "i", "ó": "o", "ô": "o",
                            "õ": "o", "ú": "u", "ñ": "n", "ł": "l", "ń": "n", "ś": "s", "ż": "z", "ź": "z",
                            "ą": "a", "ę": "e", "ć": "c", "ı": "i", "ş": "s", "ğ": "g", "Ş": "S", "Ç": "C",
                            "Ö": "O", "Ü": "U", "Ä": "A", "Ł": "L", "Ż": "Z", "Ś": "S", "Ê": "E",
                            "Ý": "Y", "ý": "y", "Ø": "O", "ø": "o", "Å": "A", "å": "a"})


def local_part(first, last, lang, rng, style=None):
    if lang in TRANSLIT:
        fl, ll = TRANSLIT[lang]
        f = fl[NAMES[lang][0].index(first) % len(fl)] if first in NAMES[lang][0] else rng.choice(fl)
        l = ll[NAMES[lang][1].index(last) % len(ll)] if last in NAMES[lang][1] else rng.choice(ll)
    else:
        f = first.translate(ASCII_FOLD).lower().replace(" ", "")
        l = last.translate(ASCII_FOLD).lower().replace(" ", "").replace("'", "")
    style = style or rng.choice(["f.l", "fl", "f_l", "fl99", "f.l", "f", "fil"])
    if style == "f.l":
        return "%s.%s" % (f, l)
    if style == "fl":
        return f + l
    if style == "f_l":
        return "%s_%s" % (f, l)
    if style == "fl99":
        return "%s%s%d" % (f, l[:4], rng.randint(7, 99))
    if style == "fil":
        return f[0] + l
    if style == "f":
        return f
    if style == "l.f":
        return "%s.%s" % (l, f)
    return f + "." + l


def person(rng, lang):
    firsts, lasts = NAMES.get(lang, NAMES["en"])
    f, l = rng.choice(firsts), rng.choice(lasts)
    if lang in ("zh", "zh-tw", "ko"):
        full = l + f
    elif lang == "ja":
        full = l + " " + f
    else:
        full = f + " " + l
    return f, l, full


# recipient domains hosted behind mx.example.net (reserved or fictional)
RCPT_DOMAINS = {
    "en": ["example.com", "example.org", "northwind-traders.example", "harbourview.example",
           "bluefin-analytics.test", "cedarbrook-school.example", "millbank-partners.example",
           "ridgeway-home.example", "lumen-dental.example", "oakhurst.example", "corp.example.com",
           "thefosters.example", "quillon-press.test", "sable-robotics.example"],
    "de": ["lindenau-stadtwerke.example", "hoffmann-partner.example", "brandt-familie.example", "mail.example.de",
           "kraeuterhof.test", "auenland-it.example"],
    "fr": ["ateliers-morel.example", "cabinet-girard.test", "mairie-saint-clement.example", "lefevre.example"],
    "es": ["grupo-navarro.example", "despacho-vidal.test", "colegio-santa-ana.example", "ortega.example"],
    "it": ["studio-ricci.example", "ferramenta-galli.test", "conti-famiglia.example"],
    "pt": ["construtora-silva.example", "ferreira-advogados.test", "casa-carvalho.example"],
    "nl": ["bakker-installatie.example", "gemeente-voorveld.test", "devries-thuis.example"],
    "pl": ["nowak-transport.example", "biuro-zielinski.test", "kaminscy.example"],
    "tr": ["aydin-tekstil.example", "demir-hukuk.test", "ozturk-ev.example"],
    "ru": ["severstroy.example", "mail.example.ru", "volkova-studio.test"],
    "el": ["oikonomou-logistics.example", "papadopoulos-family.test"],
    "ar": ["alnoor-trading.example", "haddad-clinic.test", "mansour-group.example"],
    "he": ["levi-tech.example", "mizrahi-home.test"],
    "zh": ["huaxin-tech.example", "mail.example.cn", "zhou-family.test"],
    "zh-tw": ["ruixin-design.example", "lin-home.test"],
    "ja": ["sakura-shoji.example", "tanaka-home.test", "mail.example.jp"],
    "ko": ["hanbit-soft.example", "park-home.test"],
    "hi": ["mehta-exports.example", "sharma-home.test"],
    "th": ["siam-logistics.example", "boonma-home.test"],
}

FREEMAIL = {
    "google": ["gmail.com"],
    "outlook": ["outlook.com", "hotmail.com", "live.com"],
    "apple": ["icloud.com", "me.com", "icloud.com"],
    "yahoo": ["yahoo.com", "yahoo.com", "ymail.com"],
}
FREEMAIL_BY_LANG = {
    "de": ["gmx.de", "web.de", "t-online.de", "posteo.de"], "fr": ["orange.fr", "laposte.net", "free.fr"],
    "it": ["libero.it", "virgilio.it"], "ru": ["mail.ru", "yandex.ru", "rambler.ru"], "pl": ["wp.pl", "o2.pl", "onet.pl"],
    "cs": ["seznam.cz"], "ko": ["naver.com", "daum.net"], "zh": ["qq.com", "163.com", "126.com"],
    "zh-tw": ["yahoo.com.tw"], "ja": ["yahoo.co.jp", "docomo.ne.jp"], "tr": ["yandex.com.tr"],
    "pt": ["uol.com.br", "sapo.pt"], "es": ["telefonica.net", "yahoo.es"], "nl": ["ziggo.nl", "kpnmail.nl"],
    "el": ["otenet.gr"], "he": ["walla.co.il"], "hi": ["rediffmail.com"], "th": ["hotmail.co.th"],
    "ar": ["yahoo.com"], "en": ["aol.com", "mail.com", "proton.me", "gmx.com"],
}

LANG_TAG = {"en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES", "it": "it-IT", "pt": "pt-BR",
            "nl": "nl-NL", "pl": "pl-PL", "tr": "tr-TR", "ru": "ru-RU", "el": "el-GR", "ar": "ar-SA",
            "he": "he-IL", "zh": "zh-CN", "zh-tw": "zh-TW", "ja": "ja-JP", "ko": "ko-KR", "hi": "hi-IN",
            "th": "th-TH"}

LANG_NAME = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
             "pt": "Portuguese", "nl": "Dutch", "pl": "Polish", "tr": "Turkish", "ru": "Russian",
             "el": "Greek", "ar": "Arabic", "he": "Hebrew", "zh": "Chinese (Simplified)",
             "zh-tw": "Chinese (Traditional)", "ja": "Japanese", "ko": "Korean", "hi": "Hindi", "th": "Thai"}

# legacy charsets that a client might pick for text parts
LEGACY_CS = {
    "en": ["us-ascii", "iso-8859-1", "windows-1252"], "de": ["iso-8859-1", "iso-8859-15", "windows-1252"],
    "fr": ["iso-8859-1", "iso-8859-15", "windows-1252"], "es": ["iso-8859-1", "windows-1252"],
    "it": ["iso-8859-1", "windows-1252"], "pt": ["iso-8859-1", "windows-1252"], "nl": ["iso-8859-1", "windows-1252"],
    "pl": ["iso-8859-2", "windows-1250"], "tr": ["iso-8859-9", "windows-1254"], "ru": ["koi8-r", "windows-1251"],
    "el": ["iso-8859-7", "windows-1253"], "ar": ["windows-1256", "iso-8859-6"], "he": ["windows-1255", "iso-8859-8"],
    "zh": ["gb2312", "gbk"], "zh-tw": ["big5"], "ja": ["iso-2022-jp", "shift_jis"], "ko": ["euc-kr", "ks_c_5601-1987"],
    "hi": ["utf-8"], "th": ["tis-620", "windows-874"],
}

# short localized client chrome (Google / Outlook style wrappers)
CHROME = {
    "en": dict(inv="Invitation", upd="Updated invitation", canc="Canceled event", acc="Accepted", dec="Declined",
               invited="You have been invited to the following event.", when="When", where="Where",
               who="Who", org="organizer", join="Join", going="Going?", yes="Yes", no="No", maybe="Maybe",
               more="more options", cal="Calendar", invtxt="has invited you to", desc="Description"),
    "de": dict(inv="Einladung", upd="Aktualisierte Einladung", canc="Abgesagter Termin", acc="Angenommen",
               dec="Abgelehnt", invited="Sie wurden zu folgendem Termin eingeladen.", when="Wann", where="Wo",
               who="Teilnehmer", org="Organisator", join="Teilnehmen", going="Nehmen Sie teil?", yes="Ja",
               no="Nein", maybe="Vielleicht", more="weitere Optionen", cal="Kalender", invtxt="hat Sie eingeladen zu",
               desc="Beschreibung"),
    "fr": dict(inv="Invitation", upd="Invitation mise à jour", canc="Événement annulé", acc="Accepté", dec="Refusé",
               invited="Vous avez été invité à l'événement suivant.", when="Quand", where="Où", who="Participants",
               org="organisateur", join="Rejoindre", going="Participerez-vous ?", yes="Oui", no="Non",
               maybe="Peut-être", more="plus d'options", cal="Agenda", invtxt="vous a invité à", desc="Description"),
    "es": dict(inv="Invitación", upd="Invitación actualizada", canc="Evento cancelado", acc="Aceptado",
               dec="Rechazado", invited="Has recibido una invitación para el siguiente evento.", when="Cuándo",
               where="Dónde", who="Invitados", org="organizador", join="Unirse", going="¿Vas a asistir?", yes="Sí",
               no="No", maybe="Quizás", more="más opciones", cal="Calendario", invtxt="te ha invitado a",
               desc="Descripción"),
    "it": dict(inv="Invito", upd="Invito aggiornato", canc="Evento annullato", acc="Accettato", dec="Rifiutato",
               invited="Hai ricevuto un invito al seguente evento.", when="Quando", where="Dove", who="Invitati",
               org="organizzatore", join="Partecipa", going="Parteciperai?", yes="Sì", no="No", maybe="Forse",
               more="altre opzioni", cal="Calendario", invtxt="ti ha invitato a", desc="Descrizione"),
    "pt": dict(inv="Convite", upd="Convite atualizado", canc="Evento cancelado", acc="Aceito", dec="Recusado",
               invited="Você foi convidado para o seguinte evento.", when="Quando", where="Onde", who="Convidados",
               org="organizador", join="Participar", going="Você vai?", yes="Sim", no="Não", maybe="Talvez",
               more="mais opções", cal="Agenda", invtxt="convidou você para", desc="Descrição"),
    "nl": dict(inv="Uitnodiging", upd="Bijgewerkte uitnodiging", canc="Geannuleerd evenement", acc="Geaccepteerd",
               dec="Geweigerd", invited="Je bent uitgenodigd voor het volgende evenement.", when="Wanneer",
               where="Waar", who="Wie", org="organisator", join="Deelnemen", going="Ga je?", yes="Ja", no="Nee",
               maybe="Misschien", more="meer opties", cal="Agenda", invtxt="heeft je uitgenodigd voor",
               desc="Beschrijving"),
    "pl": dict(inv="Zaproszenie", upd="Zaktualizowane zaproszenie", canc="Odwołane wydarzenie", acc="Zaakceptowano",
               dec="Odrzucono", invited="Zaproszono Cię na następujące wydarzenie.", when="Kiedy", where="Gdzie",
               who="Uczestnicy", org="organizator", join="Dołącz", going="Weźmiesz udział?", yes="Tak", no="Nie",
               maybe="Może", more="więcej opcji", cal="Kalendarz", invtxt="zaprasza Cię na", desc="Opis"),
    "ru": dict(inv="Приглашение", upd="Обновленное приглашение", canc="Мероприятие отменено", acc="Принято",
               dec="Отклонено", invited="Вы приглашены на следующее мероприятие.", when="Когда", where="Где",
               who="Участники", org="организатор", join="Присоединиться", going="Примете участие?", yes="Да",
               no="Нет", maybe="Возможно", more="другие варианты", cal="Календарь", invtxt="приглашает вас на",
               desc="Описание"),
    "ja": dict(inv="招待", upd="更新された招待", canc="キャンセルされた予定", acc="承諾", dec="辞退",
               invited="次の予定に招待されました。", when="日時", where="場所", who="参加者", org="主催者",
               join="参加", going="出欠", yes="はい", no="いいえ", maybe="未定", more="その他のオプション",
               cal="カレンダー", invtxt="さんから招待されました:", desc="説明"),
    "zh": dict(inv="邀请", upd="更新的邀请", canc="已取消的活动", acc="已接受", dec="已拒绝",
               invited="您已受邀参加以下活动。", when="时间", where="地点", who="参加者", org="组织者",
               join="加入", going="是否参加？", yes="是", no="否", maybe="可能", more="更多选项",
               cal="日历", invtxt="邀请您参加", desc="说明"),
    "ko": dict(inv="초대", upd="업데이트된 초대", canc="취소된 일정", acc="수락함", dec="거절함",
               invited="다음 일정에 초대되었습니다.", when="일시", where="장소", who="참석자", org="주최자",
               join="참여", going="참석하시겠습니까?", yes="예", no="아니요", maybe="미정", more="옵션 더보기",
               cal="캘린더", invtxt="님이 다음 일정에 초대했습니다:", desc="설명"),
}

SUBJ_PREFIX_FW = {"en": "FW:", "de": "WG:", "fr": "TR:", "es": "RV:", "it": "I:", "pt": "ENC:", "nl": "FW:",
                  "pl": "PD:", "tr": "İLT:", "ru": "FW:", "el": "ΠΡΘ:", "ar": "إعادة توجيه:", "he": "הועבר:",
                  "zh": "转发:", "zh-tw": "轉寄:", "ja": "FW:", "ko": "전달:", "hi": "FW:", "th": "FW:"}
SUBJ_PREFIX_FWD_G = {"en": "Fwd:", "de": "Fwd:", "fr": "Fwd:", "es": "Fwd:", "it": "Fwd:", "pt": "Fwd:",
                     "ja": "Fwd:", "ru": "Fwd:", "th": "Fwd:"}
