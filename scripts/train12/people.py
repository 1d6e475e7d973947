"""Names, organisations, domains and localised client strings."""
import datetime as dt

LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "el", "ar", "he", "zh", "zh-tw",
         "ja", "ko", "hi", "th", "tr"]

LANG_NAME = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
             "pt": "Portuguese", "nl": "Dutch", "pl": "Polish", "ru": "Russian", "el": "Greek",
             "ar": "Arabic", "he": "Hebrew", "zh": "Chinese (Simplified)",
             "zh-tw": "Chinese (Traditional)", "ja": "Japanese", "ko": "Korean", "hi": "Hindi",
             "th": "Thai", "tr": "Turkish"}

LANG_TAG = {"en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES", "it": "it-IT", "pt": "pt-BR",
            "nl": "nl-NL", "pl": "pl-PL", "ru": "ru-RU", "el": "el-GR", "ar": "ar-SA", "he": "he-IL",
            "zh": "zh-CN", "zh-tw": "zh-TW", "ja": "ja-JP", "ko": "ko-KR", "hi": "hi-IN", "th": "th-TH",
            "tr": "tr-TR"}

ZONES = {
    "en": ["America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/London",
           "Australia/Sydney", "America/Toronto", "Europe/Dublin", "Asia/Singapore", "America/Denver"],
    "de": ["Europe/Berlin", "Europe/Vienna", "Europe/Zurich"],
    "fr": ["Europe/Paris", "Europe/Brussels"],
    "es": ["Europe/Madrid", "America/Mexico_City"],
    "it": ["Europe/Rome"],
    "pt": ["Europe/Lisbon", "America/Sao_Paulo"],
    "nl": ["Europe/Amsterdam", "Europe/Brussels"],
    "pl": ["Europe/Warsaw"],
    "ru": ["Europe/Moscow"],
    "el": ["Europe/Athens"],
    "ar": ["Asia/Riyadh", "Asia/Dubai", "Africa/Cairo"],
    "he": ["Asia/Jerusalem"],
    "zh": ["Asia/Shanghai"],
    "zh-tw": ["Asia/Taipei", "Asia/Hong_Kong"],
    "ja": ["Asia/Tokyo"],
    "ko": ["Asia/Seoul"],
    "hi": ["Asia/Kolkata"],
    "th": ["Asia/Bangkok"],
    "tr": ["Europe/Istanbul"],
}

TLDS = {"en": ["com", "co.uk", "com.au", "ca", "net", "org", "io", "us"], "de": ["de", "at", "ch"],
        "fr": ["fr", "be"], "es": ["es", "com.mx"], "it": ["it"], "pt": ["pt", "com.br"],
        "nl": ["nl", "be"], "pl": ["pl", "com.pl"], "ru": ["ru"], "el": ["gr"],
        "ar": ["sa", "ae", "com.eg"], "he": ["co.il"], "zh": ["cn", "com.cn"],
        "zh-tw": ["com.tw", "hk"], "ja": ["co.jp", "jp"], "ko": ["co.kr", "kr"],
        "hi": ["in", "co.in"], "th": ["co.th"], "tr": ["com.tr"]}

# (display, latin) first names and last names
FIRST = {
    "en": ["Emily", "James", "Olivia", "Daniel", "Grace", "Michael", "Chloe", "Ryan", "Hannah", "Marcus",
           "Priya", "Sean", "Laura", "Tom", "Natalie", "Kevin", "Rachel", "Ben", "Megan", "Aaron"],
    "de": ["Katrin", "Jonas", "Sabine", "Matthias", "Lena", "Florian", "Anja", "Tobias", "Miriam", "Jörg",
           "Ute", "Stefan"],
    "fr": ["Camille", "Julien", "Élodie", "Mathieu", "Claire", "Nicolas", "Aurélie", "Sébastien", "Inès",
           "Thibault"],
    "es": ["Lucía", "Javier", "Marta", "Alejandro", "Carmen", "Sergio", "Paula", "Raúl", "Nuria", "Diego"],
    "it": ["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Davide", "Elena", "Stefano", "Sara", "Paolo"],
    "pt": ["Ana", "João", "Beatriz", "Rafael", "Mariana", "Tiago", "Juliana", "Pedro", "Larissa", "Gonçalo"],
    "nl": ["Sanne", "Daan", "Lotte", "Bram", "Femke", "Joost", "Eline", "Ruben", "Marieke", "Pieter"],
    "pl": ["Agnieszka", "Piotr", "Katarzyna", "Tomasz", "Magdalena", "Łukasz", "Joanna", "Michał", "Ewa",
           "Krzysztof"],
    "ru": [("Анна", "anna"), ("Дмитрий", "dmitry"), ("Екатерина", "ekaterina"), ("Сергей", "sergey"),
           ("Ольга", "olga"), ("Алексей", "alexey"), ("Наталья", "natalya"), ("Игорь", "igor"),
           ("Мария", "maria"), ("Павел", "pavel")],
    "el": [("Μαρία", "maria"), ("Γιώργος", "giorgos"), ("Ελένη", "eleni"), ("Νίκος", "nikos"),
           ("Κατερίνα", "katerina"), ("Δημήτρης", "dimitris"), ("Σοφία", "sofia"), ("Κώστας", "kostas")],
    "ar": [("محمد", "mohammed"), ("فاطمة", "fatima"), ("أحمد", "ahmed"), ("نورة", "noura"),
           ("خالد", "khaled"), ("ليلى", "layla"), ("عمر", "omar"), ("سارة", "sara"), ("يوسف", "youssef")],
    "he": [("נועה", "noa"), ("איתי", "itai"), ("מיכל", "michal"), ("יונתן", "yonatan"), ("שירה", "shira"),
           ("אורי", "ori"), ("תמר", "tamar"), ("דניאל", "daniel")],
    "zh": [("伟", "wei"), ("静", "jing"), ("磊", "lei"), ("敏", "min"), ("军", "jun"), ("丽", "li"),
           ("洋", "yang"), ("婷", "ting"), ("涛", "tao"), ("欣怡", "xinyi")],
    "zh-tw": [("志明", "chihming"), ("淑芬", "shufen"), ("冠宇", "kuanyu"), ("怡君", "yichun"),
              ("家豪", "chiahao"), ("雅婷", "yating"), ("俊傑", "chunchieh"), ("美玲", "meiling")],
    "ja": [("翔太", "shota"), ("美咲", "misaki"), ("健太", "kenta"), ("彩", "aya"), ("大輔", "daisuke"),
           ("由美", "yumi"), ("拓也", "takuya"), ("さくら", "sakura"), ("直樹", "naoki")],
    "ko": [("민준", "minjun"), ("서연", "seoyeon"), ("지훈", "jihoon"), ("하은", "haeun"),
           ("현우", "hyunwoo"), ("지민", "jimin"), ("수빈", "subin"), ("도윤", "doyoon")],
    "hi": [("राहुल", "rahul"), ("प्रिया", "priya"), ("अमित", "amit"), ("नेहा", "neha"),
           ("विकास", "vikas"), ("अंजलि", "anjali"), ("सुनील", "sunil"), ("पूजा", "pooja")],
    "th": [("สมชาย", "somchai"), ("สุดารัตน์", "sudarat"), ("ธนากร", "thanakorn"), ("พิมพ์ชนก", "pimchanok"),
           ("วิทยา", "wittaya"), ("กาญจนา", "kanchana"), ("ณัฐพล", "nattapon")],
    "tr": ["Elif", "Mehmet", "Zeynep", "Emre", "Ayşe", "Burak", "Selin", "Can", "Deniz", "Oğuz"],
}
LAST = {
    "en": ["Carter", "Walsh", "Nguyen", "Patel", "Hughes", "Brennan", "Foster", "Kim", "Reyes", "Sullivan",
           "Thompson", "Okafor", "Lindgren", "Baxter", "Moreno", "Fischer", "Doyle", "Chen"],
    "de": ["Becker", "Hoffmann", "Schäfer", "Wagner", "Krüger", "Neumann", "Zimmermann", "Hartmann",
           "Lorenz", "Vogel", "Brandt"],
    "fr": ["Lefèvre", "Moreau", "Girard", "Fontaine", "Rousseau", "Chevalier", "Garnier", "Lambert",
           "Mercier", "Dubois"],
    "es": ["García", "Martínez", "López", "Sánchez", "Romero", "Navarro", "Ortega", "Castillo", "Rubio"],
    "it": ["Rossi", "Bianchi", "Esposito", "Colombo", "Ricci", "Marino", "Greco", "Conti", "Gallo"],
    "pt": ["Silva", "Santos", "Oliveira", "Costa", "Pereira", "Ferreira", "Almeida", "Carvalho", "Rocha"],
    "nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos"],
    "pl": ["Nowak", "Kowalska", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski", "Zielińska",
           "Szymański"],
    "ru": [("Иванова", "ivanova"), ("Смирнов", "smirnov"), ("Кузнецова", "kuznetsova"),
           ("Попов", "popov"), ("Волкова", "volkova"), ("Соколов", "sokolov"), ("Лебедева", "lebedeva"),
           ("Морозов", "morozov")],
    "el": [("Παπαδοπούλου", "papadopoulou"), ("Γεωργίου", "georgiou"), ("Νικολάου", "nikolaou"),
           ("Οικονόμου", "oikonomou"), ("Καραγιάννης", "karagiannis"), ("Βασιλείου", "vasileiou")],
    "ar": [("العتيبي", "alotaibi"), ("الشمري", "alshammari"), ("حسن", "hassan"), ("المنصوري", "almansoori"),
           ("إبراهيم", "ibrahim"), ("القحطاني", "alqahtani"), ("سالم", "salem")],
    "he": [("כהן", "cohen"), ("לוי", "levi"), ("מזרחי", "mizrahi"), ("פרץ", "peretz"),
           ("ביטון", "biton"), ("אברהם", "avraham"), ("פרידמן", "friedman")],
    "zh": [("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"),
           ("赵", "zhao"), ("周", "zhou")],
    "zh-tw": [("陳", "chen"), ("林", "lin"), ("黃", "huang"), ("張", "chang"), ("李", "lee"),
              ("王", "wang"), ("吳", "wu")],
    "ja": [("佐藤", "sato"), ("鈴木", "suzuki"), ("高橋", "takahashi"), ("田中", "tanaka"),
           ("伊藤", "ito"), ("渡辺", "watanabe"), ("山本", "yamamoto"), ("中村", "nakamura")],
    "ko": [("김", "kim"), ("이", "lee"), ("박", "park"), ("최", "choi"), ("정", "jung"), ("강", "kang"),
           ("조", "cho"), ("윤", "yoon")],
    "hi": [("शर्मा", "sharma"), ("वर्मा", "verma"), ("गुप्ता", "gupta"), ("सिंह", "singh"),
           ("पटेल", "patel"), ("अग्रवाल", "agarwal"), ("मेहता", "mehta")],
    "th": [("ศรีสุข", "srisuk"), ("วงศ์ใหญ่", "wongyai"), ("ทองดี", "thongdee"), ("บุญมา", "boonma"),
           ("แก้วมณี", "kaewmanee"), ("จันทร์เพ็ญ", "chanpen")],
    "tr": ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk", "Arslan", "Doğan"],
}

NAME_ORDER_EAST = {"zh", "zh-tw", "ja", "ko"}

ASCIIFY = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "ê": "e",
                         "á": "a", "à": "a", "â": "a", "í": "i", "ó": "o", "ô": "o", "ú": "u",
                         "ñ": "n", "ç": "c", "ã": "a", "õ": "o", "ł": "l", "ś": "s", "ń": "n",
                         "ż": "z", "ź": "z", "ą": "a", "ę": "e", "ć": "c", "ı": "i", "ş": "s",
                         "ğ": "g", "É": "e", "Ł": "l", " ": "", "'": "", "Ö": "o", "Ç": "c",
                         "Ş": "s", "Ü": "u", "ï": "i", "ë": "e"})


def _dn(x):
    return x if isinstance(x, str) else x[0]


def _lat(x):
    if isinstance(x, str):
        return x.lower().translate(ASCIIFY)
    return x[1]


def person(rng, lang):
    """Return (display name, first_latin, last_latin)."""
    f = rng.choice(FIRST[lang])
    l = rng.choice(LAST[lang])
    if lang in NAME_ORDER_EAST:
        disp = _dn(l) + ("" if lang in ("zh", "zh-tw", "ko") else " ") + _dn(f)
        if lang == "ko":
            disp = _dn(l) + _dn(f)
    else:
        disp = _dn(f) + " " + _dn(l)
    return disp, _lat(f), _lat(l)


def local_part(rng, fl, ll, style=None):
    style = style or rng.choice(["f.l", "fl", "f", "fl_init", "l.f", "f_l", "fdigits"])
    if style == "f.l":
        return "%s.%s" % (fl, ll)
    if style == "fl":
        return fl + ll
    if style == "f":
        return fl
    if style == "fl_init":
        return fl[0] + ll
    if style == "l.f":
        return "%s.%s" % (ll, fl)
    if style == "f_l":
        return "%s_%s" % (fl, ll)
    return "%s.%s%s" % (fl, ll, rng.randint(1, 99) if rng.random() < 0.5 else rng.randint(1960, 2004))


ORG_STEMS = {
    "en": ["Ashgrove", "Brightwell", "Copperline", "Dunmore", "Elmstead", "Fairhaven", "Glenrock",
           "Harlow", "Ironbridge", "Kestrel", "Larkspur", "Millbrook", "Northgate", "Oakfield",
           "Pinecrest", "Redfern", "Silverbirch", "Thornbury", "Westbrook", "Yarrowdale", "Bramblecote",
           "Calderwood", "Foxhollow", "Hazelmere", "Quillon", "Stonemoor", "Tidewater", "Wexcombe"],
    "de": ["Seewald", "Hallberg", "Lindenhof", "Brückner", "Auenthal", "Rheinfels", "Tannhöhe",
           "Birkenau", "Steinmetz", "Falkenrath", "Kranich"],
    "fr": ["Beaulieu", "Clairval", "Montferrand", "Vallorbe", "Roseraie", "Charmont", "Belrive", "Lunel"],
    "es": ["Altamira", "Vistalegre", "Robledo", "Marbella", "Olivar", "Sierranova", "Fuentesol"],
    "it": ["Collina", "Valfiorita", "Monteverde", "Arcobaleno", "Pietralta", "Serravalle"],
    "pt": ["Serra Azul", "Ribeirinha", "Boa Vista", "Pedra Alta", "Maresia", "Cedro"],
    "nl": ["Duinzicht", "Waterland", "Lindeboom", "Molenaar", "Eikenhorst", "Zeewolde"],
    "pl": ["Wierzbowa", "Zielony Dąb", "Bursztyn", "Sokolnik", "Jaskółka"],
    "ru": [("Северный Ветер", "severveter"), ("Альтаир", "altair-group"), ("Верста", "versta-tech"),
           ("Горизонт Плюс", "gorizontplus"), ("Кедр", "kedr-soft")],
    "el": [("Αιγαίο", "aigaio"), ("Ολυμπία", "olympia-tech"), ("Δελφίνι", "delfini"),
           ("Ακρόπολη", "akro-logistics")],
    "ar": [("الواحة", "alwaha"), ("النخيل", "alnakheel-group"), ("الأفق", "alofoq"),
           ("الرمال الذهبية", "goldensands-co")],
    "he": [("אופק", "ofek-tech"), ("גלים", "galim"), ("ארז", "erez-systems"), ("כרמל", "carmel-ent")],
    "zh": [("华信", "huaxin-tech"), ("远航", "yuanhang"), ("金桥", "jinqiao"), ("星河", "xinghe-data")],
    "zh-tw": [("宏達", "hongda"), ("聯晟", "liansheng"), ("昱泰", "yutai-tech"), ("永豐", "yongfeng")],
    "ja": [("青葉商事", "aoba-shoji"), ("東雲システム", "shinonome-sys"), ("桜井工業", "sakurai-kogyo"),
           ("ひかり総研", "hikari-soken")],
    "ko": [("한빛", "hanbit-tech"), ("새솔", "saesol"), ("다온", "daon-corp"), ("누리", "nuri-soft")],
    "hi": [("सूर्या", "suryatech"), ("गंगा", "ganga-infra"), ("नवरत्न", "navratna"), ("अरुण", "arun-solutions")],
    "th": [("ศรีสยาม", "srisiam"), ("เจ้าพระยา", "chaophraya-group"), ("ดาวเหนือ", "daonuea")],
    "tr": ["Yıldız", "Boğaziçi", "Anadolu Kartal", "Marmara Deniz", "Çınar"],
}
ORG_SUFFIX = {
    "en": ["Consulting", "Logistics", "Partners", "Health", "Legal", "Systems", "Foods", "Engineering",
           "Capital", "Labs", "Media", "Builders", "Analytics", "Dental", "Architects", "Freight"],
    "de": ["GmbH", "Logistik GmbH", "Maschinenbau AG", "Steuerberatung", "Immobilien KG", "IT GmbH"],
    "fr": ["SARL", "Conseil", "Transports", "Immobilier", "SAS"],
    "es": ["S.L.", "Asesores", "Logística S.A.", "Ingeniería"],
    "it": ["S.r.l.", "Consulenze", "Trasporti", "Studio Associato"],
    "pt": ["Ltda.", "Consultoria", "Engenharia", "Lda."],
    "nl": ["B.V.", "Advies", "Techniek", "Logistiek"],
    "pl": ["Sp. z o.o.", "S.A.", "Logistyka"],
    "tr": ["A.Ş.", "Lojistik", "Danışmanlık", "Yazılım"],
}


def org(rng, lang):
    """Return (display name, domain)."""
    stem = rng.choice(ORG_STEMS[lang])
    tld = rng.choice(TLDS[lang])
    if isinstance(stem, tuple):
        return stem[0], "%s.%s" % (stem[1], tld)
    suf = rng.choice(ORG_SUFFIX[lang])
    name = "%s %s" % (stem, suf)
    base = stem.lower().translate(ASCIIFY).replace(" ", "")
    s2 = suf.lower().split()[0].translate(ASCIIFY).strip(".").replace(".", "")
    style = rng.random()
    if style < 0.45:
        dom = base
    elif style < 0.8 and s2 not in ("gmbh", "sarl", "sas", "s", "ltda", "lda", "bv", "sp", "ag", "a"):
        dom = "%s-%s" % (base, s2)
    else:
        dom = base + s2[:3] if s2.isalpha() else base + "group"
    return name, "%s.%s" % (dom, tld)


# recipient domains: companies, universities, households, hosted mailboxes
RCPT_DOMAINS = {
    "en": ["example.net", "example.com", "example.org", "harlowlogistics.com", "kestrel-labs.io",
           "stonemoor.co.uk", "pinecrest-dental.com", "uni-north.example.edu", "thornbury.org",
           "calderwood-legal.com", "brightwellhealth.org", "foxhollow.net", "tidewater-freight.com.au",
           "quillon.ca", "the-okafors.net", "wexcombe.us"],
    "de": ["seewald-it.de", "lindenhof.at", "hallberg.de", "birkenau-immobilien.de", "tu-mittelstadt.example",
           "familie-krueger.de", "steinmetz-steuer.de"],
    "fr": ["clairval.fr", "montferrand-conseil.fr", "belrive.be", "univ-lunel.example.fr"],
    "es": ["altamira-asesores.es", "robledo.com.mx", "sierranova.es"],
    "it": ["valfiorita.it", "studio-conti.it", "monteverde.it"],
    "pt": ["serraazul.com.br", "ribeirinha.pt", "maresia.com.br"],
    "nl": ["duinzicht.nl", "waterland-advies.nl", "eikenhorst.be"],
    "pl": ["wierzbowa.pl", "bursztyn-logistyka.pl", "sokolnik.com.pl"],
    "ru": ["severveter.ru", "versta-tech.ru", "kedr-soft.ru"],
    "el": ["aigaio.gr", "olympia-tech.gr"],
    "ar": ["alwaha.sa", "alnakheel-group.ae", "alofoq.com.eg"],
    "he": ["ofek-tech.co.il", "galim.co.il"],
    "zh": ["huaxin-tech.cn", "jinqiao.com.cn"],
    "zh-tw": ["hongda.com.tw", "yutai-tech.com.tw"],
    "ja": ["aoba-shoji.co.jp", "shinonome-sys.jp"],
    "ko": ["hanbit-tech.co.kr", "daon-corp.kr"],
    "hi": ["suryatech.in", "navratna.co.in"],
    "th": ["srisiam.co.th", "daonuea.co.th"],
    "tr": ["yildiz-lojistik.com.tr", "cinar-yazilim.com.tr"],
}

# strings used by calendar clients in their notification texts
LOC = {
 "en": "Invitation|Updated invitation|Canceled event|Accepted|Declined|Tentatively accepted|When|Where|Who|organizer|{n} has invited you to {t}|Join|Event details|Reply|Yes|No|Maybe|Guests|Title|Description",
 "de": "Einladung|Aktualisierte Einladung|Abgesagter Termin|Angenommen|Abgelehnt|Mit Vorbehalt angenommen|Wann|Wo|Teilnehmer|Organisator|{n} hat Sie zu {t} eingeladen|Teilnehmen|Termindetails|Antworten|Ja|Nein|Vielleicht|Gäste|Titel|Beschreibung",
 "fr": "Invitation|Invitation mise à jour|Événement annulé|Accepté|Refusé|Accepté provisoirement|Quand|Où|Participants|organisateur|{n} vous a invité à {t}|Rejoindre|Détails de l'événement|Répondre|Oui|Non|Peut-être|Invités|Titre|Description",
 "es": "Invitación|Invitación actualizada|Evento cancelado|Aceptado|Rechazado|Aceptado provisionalmente|Cuándo|Dónde|Quién|organizador|{n} te ha invitado a {t}|Unirse|Detalles del evento|Responder|Sí|No|Quizás|Invitados|Título|Descripción",
 "it": "Invito|Invito aggiornato|Evento annullato|Accettato|Rifiutato|Accettato con riserva|Quando|Dove|Chi|organizzatore|{n} ti ha invitato a {t}|Partecipa|Dettagli evento|Rispondi|Sì|No|Forse|Invitati|Titolo|Descrizione",
 "pt": "Convite|Convite atualizado|Evento cancelado|Aceito|Recusado|Aceito provisoriamente|Quando|Onde|Quem|organizador|{n} convidou você para {t}|Participar|Detalhes do evento|Responder|Sim|Não|Talvez|Convidados|Título|Descrição",
 "nl": "Uitnodiging|Bijgewerkte uitnodiging|Geannuleerde afspraak|Geaccepteerd|Geweigerd|Voorlopig geaccepteerd|Wanneer|Waar|Wie|organisator|{n} heeft je uitgenodigd voor {t}|Deelnemen|Afspraakdetails|Antwoorden|Ja|Nee|Misschien|Gasten|Titel|Beschrijving",
 "pl": "Zaproszenie|Zaktualizowane zaproszenie|Odwołane wydarzenie|Zaakceptowano|Odrzucono|Wstępnie zaakceptowano|Kiedy|Gdzie|Kto|organizator|{n} zaprasza Cię na: {t}|Dołącz|Szczegóły wydarzenia|Odpowiedz|Tak|Nie|Może|Goście|Tytuł|Opis",
 "ru": "Приглашение|Обновленное приглашение|Мероприятие отменено|Принято|Отклонено|Под вопросом|Когда|Где|Участники|организатор|{n} приглашает вас на мероприятие «{t}»|Присоединиться|Подробнее о мероприятии|Ответить|Да|Нет|Возможно|Гости|Название|Описание",
 "el": "Πρόσκληση|Ενημερωμένη πρόσκληση|Ακυρωμένη εκδήλωση|Αποδεκτό|Απορρίφθηκε|Προσωρινά αποδεκτό|Πότε|Πού|Ποιοι|διοργανωτής|Ο/Η {n} σας προσκάλεσε στο {t}|Συμμετοχή|Λεπτομέρειες εκδήλωσης|Απάντηση|Ναι|Όχι|Ίσως|Προσκεκλημένοι|Τίτλος|Περιγραφή",
 "ar": "دعوة|دعوة محدّثة|تم إلغاء الحدث|مقبول|مرفوض|مقبول مبدئيًا|متى|أين|من|المنظِّم|دعاك {n} إلى {t}|انضمام|تفاصيل الحدث|رد|نعم|لا|ربما|الضيوف|العنوان|الوصف",
 "he": "הזמנה|הזמנה מעודכנת|האירוע בוטל|התקבל|נדחה|התקבל באופן זמני|מתי|איפה|מי|מארגן|{n} הזמין/ה אותך אל {t}|הצטרפות|פרטי האירוע|תשובה|כן|לא|אולי|אורחים|כותרת|תיאור",
 "zh": "邀请|更新的邀请|已取消的活动|已接受|已拒绝|暂定接受|时间|地点|参与者|组织者|{n} 邀请您参加“{t}”|加入|活动详情|回复|是|否|可能|邀请对象|标题|说明",
 "zh-tw": "邀請|更新的邀請|已取消的活動|已接受|已拒絕|暫定|時間|地點|參加者|主辦人|{n} 邀請您參加「{t}」|加入|活動詳細資料|回覆|是|否|或許|邀請對象|標題|說明",
 "ja": "招待|招待状の更新|キャンセルされた予定|承諾|辞退|仮承諾|日時|場所|参加者|主催者|{n}さんが「{t}」にあなたを招待しました|参加|予定の詳細|返信|はい|いいえ|未定|ゲスト|タイトル|説明",
 "ko": "초대장|업데이트된 초대장|취소된 일정|수락함|거절함|미정|일시|장소|참석자|주최자|{n}님이 {t}에 초대했습니다|참여|일정 세부정보|답장|예|아니요|미정|참석자|제목|설명",
 "hi": "आमंत्रण|अपडेट किया गया आमंत्रण|रद्द किया गया इवेंट|स्वीकार किया|अस्वीकार किया|शायद|कब|कहां|कौन|आयोजक|{n} ने आपको {t} के लिए आमंत्रित किया है|शामिल हों|इवेंट का विवरण|जवाब दें|हां|नहीं|शायद|मेहमान|शीर्षक|विवरण",
 "th": "คำเชิญ|คำเชิญที่อัปเดต|กิจกรรมที่ยกเลิก|ยอมรับแล้ว|ปฏิเสธแล้ว|ยอมรับแบบไม่แน่นอน|เมื่อ|ที่ไหน|ผู้เข้าร่วม|ผู้จัด|{n} ได้เชิญคุณเข้าร่วม {t}|เข้าร่วม|รายละเอียดกิจกรรม|ตอบกลับ|ใช่|ไม่|อาจจะ|ผู้เข้าร่วม|ชื่อ|คำอธิบาย",
 "tr": "Davet|Güncellenmiş davet|İptal edilen etkinlik|Kabul edildi|Reddedildi|Belki|Ne zaman|Nerede|Katılımcılar|düzenleyen|{n} sizi {t} etkinliğine davet etti|Katıl|Etkinlik ayrıntıları|Yanıtla|Evet|Hayır|Belki|Davetliler|Başlık|Açıklama",
}
LOC_KEYS = ["inv", "upd", "can", "acc", "dec", "ten", "when", "where", "who", "org", "invited", "join",
            "details", "reply", "yes", "no", "maybe", "guests", "title", "desc"]


def loc(lang, key):
    return LOC.get(lang, LOC["en"]).split("|")[LOC_KEYS.index(key)]


EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _h12(d):
    h = d.hour % 12 or 12
    s = "%d" % h if d.minute == 0 else "%d:%02d" % (h, d.minute)
    return s + ("am" if d.hour < 12 else "pm")


def fmt_when(lang, start, end, abbr, allday=False):
    """Human readable date range in a client-ish style."""
    if lang == "en":
        day = "%s %s %d, %d" % (EN_DAYS[start.weekday()], EN_MONS[start.month - 1], start.day, start.year)
        if allday:
            return day
        return "%s %s \u2013 %s (%s)" % (day, _h12(start), _h12(end), abbr)
    if lang in ("zh", "zh-tw", "ja"):
        d = "%d年%d月%d日" % (start.year, start.month, start.day)
    elif lang == "ko":
        d = "%d년 %d월 %d일" % (start.year, start.month, start.day)
    elif lang in ("de", "ru", "pl", "tr", "nl"):
        d = "%02d.%02d.%d" % (start.day, start.month, start.year)
    elif lang in ("hu",):
        d = "%d.%02d.%02d" % (start.year, start.month, start.day)
    else:
        d = "%02d/%02d/%d" % (start.day, start.month, start.year)
    if allday:
        return d
    return "%s %02d:%02d\u2013%02d:%02d (%s)" % (d, start.hour, start.minute, end.hour, end.minute, abbr)
