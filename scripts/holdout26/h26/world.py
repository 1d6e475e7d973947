"""People, domains, languages, localisation strings and time formats."""
import datetime as dt

# first names / last names: (native, latin)
N = {
    "en": (["James", "Sarah", "Michael", "Emily", "David", "Laura", "Daniel", "Rachel", "Chris", "Megan",
            "Tom", "Priya", "Kevin", "Olivia", "Marcus", "Hannah", "Ben", "Grace", "Aaron", "Nicole"],
           ["Carter", "Nguyen", "Patel", "Whitfield", "Brooks", "Donnelly", "Hughes", "Ramirez", "Fletcher",
            "Coleman", "Barker", "Sullivan", "Kim", "Okafor", "Lindqvist", "Moreno", "Shaw", "Price"]),
    "de": (["Jürgen", "Anja", "Stefan", "Katrin", "Matthias", "Sabine", "Jörg", "Birgit", "Lukas", "Lena", "Tobias", "Miriam"],
           ["Müller", "Schröder", "Becker", "Hoffmann", "Weiß", "Krüger", "Neumann", "Zimmermann", "Hartmann", "Vogel"]),
    "fr": (["Hélène", "François", "Camille", "Julien", "Aurélie", "Sébastien", "Élodie", "Mathieu", "Chloé", "Benoît"],
           ["Lefèvre", "Moreau", "Girard", "Dubois", "Rousseau", "Fontaine", "Chevalier", "Garnier", "Lemaître"]),
    "es": (["María", "Javier", "Lucía", "Andrés", "Carmen", "Sergio", "Begoña", "Álvaro", "Nuria", "Raúl"],
           ["García", "Fernández", "López", "Martínez", "Sánchez", "Gómez", "Ruiz", "Jiménez", "Muñoz"]),
    "it": (["Giulia", "Marco", "Chiara", "Luca", "Federica", "Alessandro", "Francesca", "Davide", "Silvia", "Niccolò"],
           ["Rossi", "Bianchi", "Esposito", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Conti"]),
    "pt": (["João", "Ana", "Gonçalo", "Beatriz", "Thiago", "Fernanda", "Luís", "Mariana", "Rafael", "Inês"],
           ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Carvalho", "Gonçalves", "Araújo", "Ribeiro"]),
    "nl": (["Sanne", "Joost", "Femke", "Bram", "Lotte", "Maarten", "Eline", "Thijs", "Marloes", "Ruben"],
           ["de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder"]),
    "pl": (["Katarzyna", "Łukasz", "Agnieszka", "Paweł", "Małgorzata", "Michał", "Joanna", "Grzegorz", "Zofia"],
           ["Kowalski", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowski", "Zieliński", "Szymańska", "Dąbrowski"]),
    "sv": (["Åsa", "Erik", "Linnéa", "Johan", "Märta", "Björn", "Sofia", "Anders", "Ingrid"],
           ["Andersson", "Lindström", "Nyström", "Öberg", "Karlsson", "Sjöberg", "Holm", "Ekström"]),
    "tr": (["Ayşe", "Mehmet", "Zeynep", "Emre", "Elif", "Burak", "Gülşen", "Oğuz", "Selin"],
           ["Yılmaz", "Kaya", "Demir", "Çelik", "Şahin", "Yıldız", "Öztürk", "Aydın", "Koç"]),
    "ru": ([("Алексей", "Aleksey"), ("Наталья", "Natalya"), ("Дмитрий", "Dmitry"), ("Ольга", "Olga"),
            ("Сергей", "Sergey"), ("Екатерина", "Ekaterina"), ("Игорь", "Igor"), ("Татьяна", "Tatiana")],
           [("Иванов", "Ivanov"), ("Смирнова", "Smirnova"), ("Кузнецов", "Kuznetsov"), ("Попова", "Popova"),
            ("Соколов", "Sokolov"), ("Лебедева", "Lebedeva"), ("Морозов", "Morozov")]),
    "uk": ([("Олена", "Olena"), ("Андрій", "Andrii"), ("Оксана", "Oksana"), ("Тарас", "Taras"),
            ("Ірина", "Iryna"), ("Богдан", "Bohdan")],
           [("Шевченко", "Shevchenko"), ("Коваленко", "Kovalenko"), ("Бондаренко", "Bondarenko"),
            ("Ткаченко", "Tkachenko"), ("Мельник", "Melnyk")]),
    "el": ([("Γιώργος", "Giorgos"), ("Μαρία", "Maria"), ("Νίκος", "Nikos"), ("Ελένη", "Eleni"),
            ("Κώστας", "Kostas"), ("Δήμητρα", "Dimitra")],
           [("Παπαδόπουλος", "Papadopoulos"), ("Οικονόμου", "Oikonomou"), ("Γεωργίου", "Georgiou"),
            ("Νικολάου", "Nikolaou"), ("Αντωνίου", "Antoniou")]),
    "ar": ([("محمد", "mohamed"), ("فاطمة", "fatima"), ("أحمد", "ahmed"), ("ليلى", "layla"),
            ("خالد", "khaled"), ("نور", "nour"), ("يوسف", "youssef")],
           [("العتيبي", "alotaibi"), ("حسن", "hassan"), ("المصري", "elmasry"), ("الحربي", "alharbi"),
            ("منصور", "mansour")]),
    "he": ([("נועה", "noa"), ("יוסי", "yossi"), ("מיכל", "michal"), ("אבי", "avi"), ("שירה", "shira"),
            ("דני", "dani")],
           [("כהן", "cohen"), ("לוי", "levi"), ("מזרחי", "mizrahi"), ("פרץ", "peretz"), ("ביטון", "biton")]),
    "zh": ([("伟", "wei"), ("芳", "fang"), ("静", "jing"), ("磊", "lei"), ("婷", "ting"), ("强", "qiang"),
            ("秀英", "xiuying")],
           [("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang")]),
    "zh-TW": ([("志明", "chihming"), ("淑芬", "shufen"), ("家豪", "chiahao"), ("怡君", "yichun")],
              [("林", "lin"), ("陳", "chen"), ("黃", "huang"), ("張", "chang"), ("吳", "wu")]),
    "ja": ([("健太", "kenta"), ("美咲", "misaki"), ("翔", "sho"), ("由美", "yumi"), ("大輔", "daisuke"),
            ("恵", "megumi")],
           [("佐藤", "sato"), ("鈴木", "suzuki"), ("高橋", "takahashi"), ("田中", "tanaka"), ("渡辺", "watanabe"),
            ("伊藤", "ito")]),
    "ko": ([("민준", "minjun"), ("서연", "seoyeon"), ("지훈", "jihun"), ("수빈", "subin"), ("현우", "hyunwoo")],
           [("김", "kim"), ("이", "lee"), ("박", "park"), ("최", "choi"), ("정", "jung")]),
    "hi": ([("राहुल", "rahul"), ("प्रिया", "priya"), ("अमित", "amit"), ("नेहा", "neha"), ("सुनील", "sunil"),
            ("अंजलि", "anjali")],
           [("शर्मा", "sharma"), ("वर्मा", "verma"), ("गुप्ता", "gupta"), ("सिंह", "singh"), ("अग्रवाल", "agarwal")]),
    "th": ([("สมชาย", "somchai"), ("สุดา", "suda"), ("วิทยา", "witthaya"), ("นภา", "napa"), ("อนุชา", "anucha")],
           [("ศรีสุข", "srisuk"), ("วงศ์ใหญ่", "wongyai"), ("ทองดี", "thongdee"), ("แก้วมณี", "kaewmanee")]),
}

FAMILY_FIRST = {"zh", "zh-TW", "ja", "ko"}

_TR = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "ê": "e", "ë": "e",
                     "à": "a", "á": "a", "â": "a", "ã": "a", "å": "a", "ç": "c", "í": "i", "ì": "i",
                     "ï": "i", "î": "i", "ó": "o", "ò": "o", "ô": "o", "õ": "o", "ú": "u", "ù": "u",
                     "û": "u", "ñ": "n", "ł": "l", "ś": "s", "ź": "z", "ż": "z", "ą": "a", "ę": "e",
                     "ć": "c", "ń": "n", "ş": "s", "ğ": "g", "ı": "i", "İ": "i", "Ö": "o", "Ü": "u",
                     "Ç": "c", "Ş": "s", "É": "e", "Å": "a", "Ä": "a", "Ł": "l", "Ż": "z", "Á": "a",
                     "Ś": "s", "'": "", " ": ""})


def latin(s):
    return s.lower().translate(_TR)


class Person:
    def __init__(self, lang, first, last, first_l, last_l):
        self.lang, self.first, self.last = lang, first, last
        self.first_l, self.last_l = first_l, last_l

    @property
    def name(self):
        if self.lang in FAMILY_FIRST:
            return self.last + ("" if self.lang != "ko" and self.lang != "ja" else " " if self.lang == "ja" else "") + self.first
        return "%s %s" % (self.first, self.last)

    @property
    def latin_name(self):
        return "%s %s" % (self.first_l.capitalize(), self.last_l.capitalize())

    def local(self, rng, style=None):
        f, l = self.first_l, self.last_l
        style = style or rng.choice(["f.l", "f.l", "fl", "f", "fl#", "f_l", "f.l#"])
        if style == "f.l":
            return "%s.%s" % (f, l)
        if style == "fl":
            return "%s%s" % (f[0], l)
        if style == "f":
            return "%s.%s" % (f, l[0])
        if style == "f_l":
            return "%s_%s" % (f, l)
        if style == "f.l#":
            return "%s.%s%d" % (f, l, rng.randint(1, 99))
        return "%s%s%d" % (f, l, rng.randint(70, 2005))


def person(rng, lang):
    fl, ll = N.get(lang, N["en"])
    f = rng.choice(fl)
    l = rng.choice(ll)
    if isinstance(f, tuple):
        return Person(lang, f[0], l[0], f[1].lower(), l[1].lower())
    return Person(lang, f, l, latin(f), latin(l))


LANG = {
    # tz list, legacy charsets, freemail, org tlds, content-language
    "en": (["America/New_York", "Europe/London", "America/Los_Angeles", "America/Chicago", "America/Toronto",
            "Australia/Sydney", "Europe/Dublin", "Asia/Singapore"],
           ["us-ascii", "iso-8859-1", "windows-1252", "utf-8"],
           ["gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "aol.com"],
           ["com", "co.uk", "io", "org", "net", "com.au"], "en-US"),
    "de": (["Europe/Berlin", "Europe/Vienna", "Europe/Zurich"], ["iso-8859-1", "iso-8859-15", "windows-1252", "utf-8"],
           ["gmx.de", "web.de", "t-online.de", "gmail.com", "outlook.de"], ["de", "at", "ch"], "de-DE"),
    "fr": (["Europe/Paris", "Europe/Brussels"], ["iso-8859-1", "iso-8859-15", "windows-1252", "utf-8"],
           ["orange.fr", "free.fr", "laposte.net", "gmail.com", "hotmail.fr"], ["fr", "be"], "fr-FR"),
    "es": (["Europe/Madrid", "America/Mexico_City", "America/Bogota"], ["iso-8859-1", "windows-1252", "iso-8859-15", "utf-8"],
           ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es"], ["es", "com.mx", "co"], "es-ES"),
    "it": (["Europe/Rome"], ["iso-8859-1", "windows-1252", "iso-8859-15", "utf-8"],
           ["libero.it", "virgilio.it", "gmail.com", "alice.it"], ["it"], "it-IT"),
    "pt": (["America/Sao_Paulo", "Europe/Lisbon"], ["iso-8859-1", "windows-1252", "utf-8"],
           ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com", "sapo.pt"], ["com.br", "pt"], "pt-BR"),
    "nl": (["Europe/Amsterdam", "Europe/Brussels"], ["iso-8859-1", "windows-1252", "iso-8859-15", "utf-8"],
           ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"], ["nl", "be"], "nl-NL"),
    "pl": (["Europe/Warsaw"], ["iso-8859-2", "windows-1250", "utf-8"],
           ["wp.pl", "o2.pl", "interia.pl", "onet.pl", "gmail.com"], ["pl", "com.pl"], "pl-PL"),
    "sv": (["Europe/Stockholm"], ["iso-8859-1", "windows-1252", "iso-8859-15", "utf-8"],
           ["telia.com", "gmail.com", "hotmail.se", "outlook.com"], ["se"], "sv-SE"),
    "tr": (["Europe/Istanbul"], ["iso-8859-9", "windows-1254", "utf-8"],
           ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com.tr"], ["com.tr"], "tr-TR"),
    "ru": (["Europe/Moscow"], ["koi8-r", "windows-1251", "utf-8"],
           ["mail.ru", "yandex.ru", "rambler.ru", "gmail.com", "bk.ru"], ["ru"], "ru-RU"),
    "uk": (["Europe/Kiev"], ["koi8-u", "windows-1251", "utf-8"],
           ["ukr.net", "i.ua", "gmail.com", "meta.ua"], ["com.ua", "ua"], "uk-UA"),
    "el": (["Europe/Athens"], ["iso-8859-7", "windows-1253", "utf-8"],
           ["gmail.com", "yahoo.gr", "otenet.gr", "hotmail.com"], ["gr", "com.gr"], "el-GR"),
    "ar": (["Asia/Riyadh", "Asia/Dubai", "Africa/Cairo"], ["windows-1256", "iso-8859-6", "utf-8"],
           ["gmail.com", "hotmail.com", "yahoo.com", "outlook.sa"], ["sa", "ae", "com.eg"], "ar-SA"),
    "he": (["Asia/Jerusalem"], ["windows-1255", "iso-8859-8", "utf-8"],
           ["gmail.com", "walla.co.il", "012.net.il", "hotmail.com"], ["co.il", "org.il"], "he-IL"),
    "zh": (["Asia/Shanghai", "Asia/Hong_Kong", "Asia/Singapore"], ["gb2312", "gbk", "gb18030", "utf-8"],
           ["qq.com", "163.com", "126.com", "sina.com", "gmail.com"], ["cn", "com.cn"], "zh-CN"),
    "zh-TW": (["Asia/Taipei"], ["big5", "utf-8"], ["yahoo.com.tw", "gmail.com", "hinet.net", "pchome.com.tw"],
              ["com.tw", "tw"], "zh-TW"),
    "ja": (["Asia/Tokyo"], ["iso-2022-jp", "iso-2022-jp", "shift_jis", "euc-jp", "utf-8"],
           ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "nifty.com", "outlook.jp"], ["co.jp", "jp"], "ja-JP"),
    "ko": (["Asia/Seoul"], ["euc-kr", "ks_c_5601-1987", "utf-8"], ["naver.com", "daum.net", "hanmail.net", "gmail.com"],
           ["co.kr", "kr"], "ko-KR"),
    "hi": (["Asia/Kolkata"], ["utf-8"], ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.in"],
           ["in", "co.in"], "hi-IN"),
    "th": (["Asia/Bangkok"], ["tis-620", "iso-8859-11", "utf-8"], ["gmail.com", "hotmail.co.th", "yahoo.co.th"],
           ["co.th", "in.th"], "th-TH"),
}

ORGW = {
    "en": ["northwind", "bluepeak", "harborline", "granitefield", "meridian", "oakridge", "silverline", "brightpath",
           "cobalt", "redfern", "lakeshore", "ironbridge", "westbrook", "fairhaven", "pinecrest", "tidewater"],
    "de": ["brandt-logistik", "hafenmeister", "kanzlei-vogt", "elbtal-bau", "stadtwerke-lindau", "mueller-partner",
           "nordlicht-it", "weber-maschinenbau", "praxis-am-see"],
    "fr": ["atelier-girard", "cabinet-moreau", "logistique-rhone", "mairie-saint-aubin", "batiplus", "transports-garnier"],
    "es": ["grupo-alameda", "construcciones-ruiz", "asesoria-lopez", "clinica-levante", "talleres-gomez"],
    "it": ["studio-rossi", "ferramenta-colombo", "officine-greco", "cooperativa-alpina", "ristorante-conti"],
    "pt": ["construtora-ipe", "grupo-serrano", "contabil-ribeiro", "clinica-vida", "transportes-araujo"],
    "nl": ["bakker-installatie", "visser-advies", "gemeente-oosterwold", "de-boer-transport"],
    "pl": ["budmax", "kancelaria-nowak", "transbud", "zielinski-serwis", "polmetal"],
    "sv": ["nordkust", "bergvik", "lindstrom-bygg", "ekbacken"],
    "tr": ["anadolu-lojistik", "ege-tekstil", "kaya-insaat", "bosphorus-yazilim"],
    "ru": ["stroytech", "severgaz-servis", "uralmet", "technoprom", "volga-trade"],
    "uk": ["dniprobud", "karpaty-soft", "agroinvest", "lviv-print"],
    "el": ["aegean-shipping", "olympos-foods", "attica-consult", "kritiko-ktima"],
    "ar": ["alnoor-trading", "gulf-engineering", "alamal-holding", "delta-logistics"],
    "he": ["galil-tech", "negev-solar", "carmel-systems", "yafo-design"],
    "zh": ["huaxin-tech", "dongfang-trade", "jinhai-logistics", "zhongke-data"],
    "zh-TW": ["tai-yang", "hsinchu-semi", "formosa-trading"],
    "ja": ["sakura-shoji", "yamato-kogyo", "fuji-systems", "minato-sekkei"],
    "ko": ["hanbit-soft", "daehan-logis", "seoul-bio", "mirae-tech"],
    "hi": ["sharma-exports", "infotrail", "ganga-textiles", "pune-analytics"],
    "th": ["siam-logistics", "chaophraya-foods", "lanna-tech", "bangkok-steel"],
}

# recipient domains: reserved / fictional
RDOM = {
    "en": ["example.net", "example.com", "example.org", "mail.example.net", "harborview.example", "corp.example.com",
           "brightwater.example", "staff.example.edu"],
    "de": ["example.net", "kanzlei-berger.example", "beispiel.example", "mueller-bau.example"],
    "fr": ["example.net", "cabinet-durand.example", "exemple.example"],
    "es": ["example.org", "ejemplo.example", "clinica-sur.example"],
    "it": ["example.net", "esempio.example", "studio-bianchi.example"],
    "pt": ["example.com", "exemplo.example", "escritorio-souza.example"],
    "nl": ["example.org", "voorbeeld.example"],
    "pl": ["example.net", "przyklad.example"],
    "sv": ["example.com", "exempel.example"],
    "tr": ["example.org", "ornek.example"],
    "ru": ["example.net", "primer.example", "zavod.example"],
    "uk": ["example.org", "pryklad.example"],
    "el": ["example.com", "paradeigma.example"],
    "ar": ["example.net", "mithal.example"],
    "he": ["example.org", "dugma.example"],
    "zh": ["example.com", "shili.example"],
    "zh-TW": ["example.net", "fanli.example"],
    "ja": ["example.jp", "rei.example"],
    "ko": ["example.org", "yesi.example"],
    "hi": ["example.in", "udaharan.example"],
    "th": ["example.net", "tuayang.example"],
}

L10N_KEYS = ["inv", "upd", "canc", "acc", "dec", "tent", "when", "where", "org", "guests", "join", "desc",
             "gcal", "invited", "fw"]
L10N = {
    "en": ["Invitation", "Updated invitation", "Canceled event", "Accepted", "Declined", "Tentatively accepted",
           "When", "Where", "Organizer", "Guests", "Join", "Description", "Invitation from Google Calendar",
           "has invited you to", "FW"],
    "de": ["Einladung", "Aktualisierte Einladung", "Abgesagter Termin", "Angenommen", "Abgelehnt",
           "Mit Vorbehalt angenommen", "Wann", "Wo", "Organisator", "Gäste", "Teilnehmen", "Beschreibung",
           "Einladung von Google Kalender", "hat Sie eingeladen zu", "WG"],
    "fr": ["Invitation", "Invitation mise à jour", "Événement annulé", "Accepté", "Refusé",
           "Accepté provisoirement", "Quand", "Où", "Organisateur", "Invités", "Rejoindre", "Description",
           "Invitation de Google Agenda", "vous a invité à", "TR"],
    "es": ["Invitación", "Invitación actualizada", "Evento cancelado", "Aceptado", "Rechazado",
           "Aceptado provisionalmente", "Cuándo", "Dónde", "Organizador", "Invitados", "Unirse", "Descripción",
           "Invitación de Google Calendar", "te ha invitado a", "RV"],
    "it": ["Invito", "Invito aggiornato", "Evento annullato", "Accettato", "Rifiutato", "Accettato provvisoriamente",
           "Quando", "Dove", "Organizzatore", "Invitati", "Partecipa", "Descrizione", "Invito da Google Calendar",
           "ti ha invitato a", "I"],
    "pt": ["Convite", "Convite atualizado", "Evento cancelado", "Aceito", "Recusado", "Aceito provisoriamente",
           "Quando", "Onde", "Organizador", "Convidados", "Participar", "Descrição", "Convite do Google Agenda",
           "convidou você para", "ENC"],
    "nl": ["Uitnodiging", "Bijgewerkte uitnodiging", "Geannuleerd evenement", "Geaccepteerd", "Afgewezen",
           "Voorlopig geaccepteerd", "Wanneer", "Waar", "Organisator", "Gasten", "Deelnemen", "Beschrijving",
           "Uitnodiging van Google Agenda", "heeft je uitgenodigd voor", "FW"],
    "pl": ["Zaproszenie", "Zaktualizowane zaproszenie", "Anulowane wydarzenie", "Zaakceptowano", "Odrzucono",
           "Wstępnie zaakceptowano", "Kiedy", "Gdzie", "Organizator", "Goście", "Dołącz", "Opis",
           "Zaproszenie z Kalendarza Google", "zaprasza Cię na", "PD"],
    "sv": ["Inbjudan", "Uppdaterad inbjudan", "Inställd händelse", "Accepterat", "Avböjt", "Preliminärt accepterat",
           "När", "Var", "Organisatör", "Gäster", "Anslut", "Beskrivning", "Inbjudan från Google Kalender",
           "har bjudit in dig till", "VB"],
    "tr": ["Davet", "Güncellenmiş davet", "İptal edilen etkinlik", "Kabul edildi", "Reddedildi", "Belki",
           "Ne zaman", "Nerede", "Düzenleyen", "Davetliler", "Katıl", "Açıklama", "Google Takvim'den davet",
           "sizi şu etkinliğe davet etti:", "İLT"],
    "ru": ["Приглашение", "Обновленное приглашение", "Мероприятие отменено", "Принято", "Отклонено",
           "Под вопросом", "Когда", "Где", "Организатор", "Гости", "Присоединиться", "Описание",
           "Приглашение из Google Календаря", "приглашает вас на мероприятие", "FW"],
    "uk": ["Запрошення", "Оновлене запрошення", "Подію скасовано", "Прийнято", "Відхилено", "Можливо",
           "Коли", "Де", "Організатор", "Гості", "Приєднатися", "Опис", "Запрошення з Google Календаря",
           "запрошує вас на подію", "FW"],
    "el": ["Πρόσκληση", "Ενημερωμένη πρόσκληση", "Ακυρωμένη εκδήλωση", "Αποδεκτό", "Απορρίφθηκε", "Ίσως",
           "Πότε", "Πού", "Διοργανωτής", "Προσκεκλημένοι", "Συμμετοχή", "Περιγραφή",
           "Πρόσκληση από το Ημερολόγιο Google", "σας προσκάλεσε σε", "ΠΡΘ"],
    "ar": ["دعوة", "دعوة محدّثة", "حدث ملغى", "مقبولة", "مرفوضة", "ربما", "متى", "أين", "المنظِّم", "الضيوف",
           "انضمام", "الوصف", "دعوة من تقويم Google", "دعاك إلى", "FW"],
    "he": ["הזמנה", "הזמנה מעודכנת", "אירוע בוטל", "התקבל", "נדחה", "אולי", "מתי", "איפה", "מארגן/ת", "אורחים",
           "הצטרפות", "תיאור", "הזמנה מיומן Google", "הזמין/ה אותך אל", "FW"],
    "zh": ["邀请", "更新的邀请", "已取消的活动", "已接受", "已拒绝", "待定", "时间", "地点", "组织者", "邀请对象",
           "加入", "说明", "来自 Google 日历的邀请", "邀请您参加", "转发"],
    "zh-TW": ["邀請", "更新的邀請", "已取消的活動", "已接受", "已拒絕", "未定", "時間", "地點", "主辦人", "邀請對象",
              "加入", "說明", "來自 Google 日曆的邀請", "邀請您參加", "轉寄"],
    "ja": ["招待", "更新された招待", "キャンセルされた予定", "承諾", "辞退", "仮承諾", "日時", "場所", "主催者",
           "ゲスト", "参加", "説明", "Google カレンダーからの招待状", "さんから招待されました", "転送"],
    "ko": ["초대", "업데이트된 초대", "취소된 일정", "수락함", "거절함", "미정", "일시", "위치", "주최자", "참석자",
           "참여", "설명", "Google 캘린더 초대장", "님이 초대했습니다", "전달"],
    "hi": ["आमंत्रण", "अपडेट किया गया आमंत्रण", "रद्द किया गया इवेंट", "स्वीकार किया", "अस्वीकार किया", "शायद",
           "कब", "कहां", "आयोजक", "मेहमान", "शामिल हों", "विवरण", "Google कैलेंडर से आमंत्रण",
           "ने आपको आमंत्रित किया है", "FW"],
    "th": ["คำเชิญ", "คำเชิญที่อัปเดต", "กิจกรรมที่ยกเลิก", "ตอบรับแล้ว", "ปฏิเสธแล้ว", "อาจจะ", "เมื่อ", "ที่ไหน",
           "ผู้จัด", "ผู้เข้าร่วม", "เข้าร่วม", "คำอธิบาย", "คำเชิญจาก Google ปฏิทิน", "ได้เชิญคุณเข้าร่วม", "FW"],
}


def l10n(lang):
    return dict(zip(L10N_KEYS, L10N.get(lang, L10N["en"])))


_ENWD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_ENWDL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_ENMO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_ENMOL = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def _h12(d, short=True):
    h = d.hour % 12 or 12
    ap = "am" if d.hour < 12 else "pm"
    if short and d.minute == 0:
        return "%d%s" % (h, ap)
    return "%d:%02d%s" % (h, d.minute, ap)


def when_str(lang, s, e, allday=False, style="google"):
    """Human readable date range."""
    if lang == "en":
        if style == "google":
            if allday:
                return "%s %s %d, %d" % (_ENWD[s.weekday()], _ENMO[s.month - 1], s.day, s.year)
            return "%s %s %d, %d %s - %s" % (_ENWD[s.weekday()], _ENMO[s.month - 1], s.day, s.year, _h12(s), _h12(e))
        if allday:
            return "%s, %s %d, %d" % (_ENWDL[s.weekday()], _ENMOL[s.month - 1], s.day, s.year)
        return "%s, %s %d, %d %s-%s" % (_ENWDL[s.weekday()], _ENMOL[s.month - 1], s.day, s.year,
                                        s.strftime("%I:%M %p").lstrip("0"), e.strftime("%I:%M %p").lstrip("0"))
    if lang in ("ja", "zh", "zh-TW"):
        d = "%d年%d月%d日" % (s.year, s.month, s.day)
    elif lang == "ko":
        d = "%d년 %d월 %d일" % (s.year, s.month, s.day)
    elif lang in ("de", "ru", "uk", "pl", "tr", "nl", "he"):
        d = s.strftime("%d.%m.%Y") if lang not in ("nl", "he") else s.strftime("%d-%m-%Y")
    elif lang in ("sv",):
        d = s.strftime("%Y-%m-%d")
    else:
        d = s.strftime("%d/%m/%Y")
    if allday:
        return d
    sep = "～" if lang == "ja" else "~" if lang == "ko" else " – "
    return "%s %s%s%s" % (d, s.strftime("%H:%M"), sep, e.strftime("%H:%M"))


DIAL = {"en": "+1", "de": "+49", "fr": "+33", "es": "+34", "it": "+39", "pt": "+55", "nl": "+31", "pl": "+48",
        "sv": "+46", "tr": "+90", "ru": "+7", "uk": "+380", "el": "+30", "ar": "+966", "he": "+972", "zh": "+86",
        "zh-TW": "+886", "ja": "+81", "ko": "+82", "hi": "+91", "th": "+66"}


def phone(rng, lang, tollfree=False):
    if lang == "en":
        if tollfree:
            return "+1 (%s) 555-01%02d" % (rng.choice(["888", "877", "866", "844", "833", "855"]), rng.randint(0, 99))
        return rng.choice(["+1 (%d) 555-01%02d" % (rng.choice([202, 312, 415, 617, 646, 713, 206]), rng.randint(0, 99)),
                           "+44 20 7946 0%03d" % rng.randint(0, 999), "+44 7700 900%03d" % rng.randint(0, 999)])
    cc = DIAL.get(lang, "+1")
    digits = "".join(str(rng.randint(0, 9)) for _ in range(8))
    return "%s %s %s %s" % (cc, rng.randint(10, 99), digits[:4], digits[4:])
