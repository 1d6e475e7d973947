# SPDX-License-Identifier: CC0-1.0
# holdout5: per-language data (names, time zones, charsets, date formats, client UI strings).
import unicodedata

# tz: IANA zones people of that language typically write from; win: matching Windows names
LANG = {
    "en": dict(tz=["America/New_York", "Europe/London", "America/Los_Angeles", "America/Chicago", "Australia/Sydney",
                   "Europe/Dublin", "America/Toronto"], cs=["us-ascii", "iso-8859-1", "windows-1252"], tag="en-US"),
    "de": dict(tz=["Europe/Berlin", "Europe/Vienna", "Europe/Zurich"], cs=["iso-8859-1", "iso-8859-15", "windows-1252"], tag="de-DE"),
    "fr": dict(tz=["Europe/Paris", "Europe/Brussels", "America/Montreal"], cs=["iso-8859-1", "iso-8859-15", "windows-1252"], tag="fr-FR"),
    "es": dict(tz=["Europe/Madrid", "America/Mexico_City", "America/Bogota"], cs=["iso-8859-1", "windows-1252"], tag="es-ES"),
    "it": dict(tz=["Europe/Rome"], cs=["iso-8859-1", "iso-8859-15", "windows-1252"], tag="it-IT"),
    "nl": dict(tz=["Europe/Amsterdam", "Europe/Brussels"], cs=["iso-8859-1", "windows-1252"], tag="nl-NL"),
    "pt": dict(tz=["America/Sao_Paulo"], cs=["iso-8859-1", "windows-1252"], tag="pt-BR"),
    "pl": dict(tz=["Europe/Warsaw"], cs=["iso-8859-2", "windows-1250"], tag="pl-PL"),
    "ru": dict(tz=["Europe/Moscow"], cs=["koi8-r", "windows-1251", "iso-8859-5"], tag="ru-RU"),
    "tr": dict(tz=["Europe/Istanbul"], cs=["iso-8859-9", "windows-1254"], tag="tr-TR"),
    "ja": dict(tz=["Asia/Tokyo"], cs=["iso-2022-jp", "shift_jis", "euc-jp"], tag="ja-JP"),
    "zh": dict(tz=["Asia/Shanghai"], cs=["gb2312", "gbk", "gb18030"], tag="zh-CN"),
    "ko": dict(tz=["Asia/Seoul"], cs=["euc-kr", "ks_c_5601-1987"], tag="ko-KR"),
    "ar": dict(tz=["Asia/Riyadh", "Asia/Dubai", "Africa/Cairo"], cs=["windows-1256", "iso-8859-6"], tag="ar-SA"),
    "id": dict(tz=["Asia/Jakarta"], cs=["iso-8859-1", "us-ascii"], tag="id-ID"),
    "vi": dict(tz=["Asia/Ho_Chi_Minh"], cs=["utf-8"], tag="vi-VN"),
    "sv": dict(tz=["Europe/Stockholm"], cs=["iso-8859-1", "windows-1252"], tag="sv-SE"),
    "cs": dict(tz=["Europe/Prague"], cs=["iso-8859-2", "windows-1250"], tag="cs-CZ"),
    "ro": dict(tz=["Europe/Bucharest"], cs=["iso-8859-2", "iso-8859-16"], tag="ro-RO"),
    "uk": dict(tz=["Europe/Kiev"], cs=["koi8-u", "windows-1251"], tag="uk-UA"),
    "hi": dict(tz=["Asia/Kolkata"], cs=["utf-8"], tag="hi-IN"),
    "th": dict(tz=["Asia/Bangkok"], cs=["tis-620", "windows-874"], tag="th-TH"),
    "he": dict(tz=["Asia/Jerusalem"], cs=["windows-1255", "iso-8859-8"], tag="he-IL"),
}

WINTZ = {
    "America/New_York": "Eastern Standard Time", "Europe/London": "GMT Standard Time",
    "America/Los_Angeles": "Pacific Standard Time", "America/Chicago": "Central Standard Time",
    "Australia/Sydney": "AUS Eastern Standard Time", "Europe/Dublin": "GMT Standard Time",
    "America/Toronto": "Eastern Standard Time", "Europe/Berlin": "W. Europe Standard Time",
    "Europe/Vienna": "W. Europe Standard Time", "Europe/Zurich": "W. Europe Standard Time",
    "Europe/Paris": "Romance Standard Time", "Europe/Brussels": "Romance Standard Time",
    "America/Montreal": "Eastern Standard Time", "Europe/Madrid": "Romance Standard Time",
    "America/Mexico_City": "Central Standard Time (Mexico)", "America/Bogota": "SA Pacific Standard Time",
    "Europe/Rome": "W. Europe Standard Time", "Europe/Amsterdam": "W. Europe Standard Time",
    "America/Sao_Paulo": "E. South America Standard Time", "Europe/Warsaw": "Central European Standard Time",
    "Europe/Moscow": "Russian Standard Time", "Europe/Istanbul": "Turkey Standard Time",
    "Asia/Tokyo": "Tokyo Standard Time", "Asia/Shanghai": "China Standard Time",
    "Asia/Seoul": "Korea Standard Time", "Asia/Riyadh": "Arab Standard Time", "Asia/Dubai": "Arabian Standard Time",
    "Africa/Cairo": "Egypt Standard Time", "Asia/Jakarta": "SE Asia Standard Time",
    "Asia/Ho_Chi_Minh": "SE Asia Standard Time", "Europe/Stockholm": "W. Europe Standard Time",
    "Europe/Prague": "Central Europe Standard Time", "Europe/Bucharest": "GTB Standard Time",
    "Europe/Kiev": "FLE Standard Time", "Asia/Kolkata": "India Standard Time",
    "Asia/Bangkok": "SE Asia Standard Time", "Asia/Jerusalem": "Israel Standard Time", "UTC": "UTC",
}

# VTIMEZONE rule data: std offset, dst offset, std abbr, dst abbr, rule family
TZRULES = {
    "America/New_York": ("-0500", "-0400", "EST", "EDT", "us"),
    "America/Toronto": ("-0500", "-0400", "EST", "EDT", "us"),
    "America/Montreal": ("-0500", "-0400", "EST", "EDT", "us"),
    "America/Chicago": ("-0600", "-0500", "CST", "CDT", "us"),
    "America/Los_Angeles": ("-0800", "-0700", "PST", "PDT", "us"),
    "Europe/London": ("+0000", "+0100", "GMT", "BST", "eu"),
    "Europe/Dublin": ("+0000", "+0100", "GMT", "IST", "eu"),
    "Australia/Sydney": ("+1000", "+1100", "AEST", "AEDT", "au"),
    "Europe/Berlin": ("+0100", "+0200", "CET", "CEST", "eu"), "Europe/Vienna": ("+0100", "+0200", "CET", "CEST", "eu"),
    "Europe/Zurich": ("+0100", "+0200", "CET", "CEST", "eu"), "Europe/Paris": ("+0100", "+0200", "CET", "CEST", "eu"),
    "Europe/Brussels": ("+0100", "+0200", "CET", "CEST", "eu"), "Europe/Madrid": ("+0100", "+0200", "CET", "CEST", "eu"),
    "Europe/Rome": ("+0100", "+0200", "CET", "CEST", "eu"), "Europe/Amsterdam": ("+0100", "+0200", "CET", "CEST", "eu"),
    "Europe/Warsaw": ("+0100", "+0200", "CET", "CEST", "eu"), "Europe/Stockholm": ("+0100", "+0200", "CET", "CEST", "eu"),
    "Europe/Prague": ("+0100", "+0200", "CET", "CEST", "eu"),
    "Europe/Bucharest": ("+0200", "+0300", "EET", "EEST", "eu"), "Europe/Kiev": ("+0200", "+0300", "EET", "EEST", "eu"),
    "Asia/Jerusalem": ("+0200", "+0300", "IST", "IDT", "il"),
    "America/Mexico_City": ("-0600", None, "CST", None, None), "America/Bogota": ("-0500", None, "-05", None, None),
    "America/Sao_Paulo": ("-0300", None, "-03", None, None), "Europe/Moscow": ("+0300", None, "MSK", None, None),
    "Europe/Istanbul": ("+0300", None, "+03", None, None), "Asia/Tokyo": ("+0900", None, "JST", None, None),
    "Asia/Shanghai": ("+0800", None, "CST", None, None), "Asia/Seoul": ("+0900", None, "KST", None, None),
    "Asia/Riyadh": ("+0300", None, "+03", None, None), "Asia/Dubai": ("+0400", None, "+04", None, None),
    "Africa/Cairo": ("+0200", None, "EET", None, None), "Asia/Jakarta": ("+0700", None, "WIB", None, None),
    "Asia/Ho_Chi_Minh": ("+0700", None, "+07", None, None), "Asia/Kolkata": ("+0530", None, "IST", None, None),
    "Asia/Bangkok": ("+0700", None, "+07", None, None), "UTC": ("+0000", None, "UTC", None, None),
}


def vtimezone(tzid, style="olson", windows_name=None):
    """Return VTIMEZONE lines. style: olson (Google/Apple/Thunderbird), outlook (1601 dtstart)."""
    std, dst, sa, da, fam = TZRULES.get(tzid, TZRULES["UTC"])
    name = windows_name or tzid
    L = ["BEGIN:VTIMEZONE", "TZID:" + name]
    if style == "olson":
        L.append("X-LIC-LOCATION:" + tzid)
    if dst is None:
        L += ["BEGIN:STANDARD", "DTSTART:16010101T000000" if style == "outlook" else "DTSTART:19700101T000000",
              "TZOFFSETFROM:" + std, "TZOFFSETTO:" + std]
        if style != "outlook":
            L.append("TZNAME:" + sa)
        L.append("END:STANDARD")
    else:
        if fam == "eu":
            d_rule, s_rule = "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"
            utc_based = std == "+0000"
            d_t, s_t = ("19700329T010000", "19701025T020000") if utc_based else (("19700329T020000", "19701025T030000") if std == "+0100" else ("19700329T030000", "19701025T040000"))
        elif fam == "us":
            d_rule, s_rule = "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"
            d_t, s_t = "19700308T020000", "19701101T020000"
        elif fam == "au":
            d_rule, s_rule = "FREQ=YEARLY;BYMONTH=10;BYDAY=1SU", "FREQ=YEARLY;BYMONTH=4;BYDAY=1SU"
            d_t, s_t = "19701004T020000", "19700405T030000"
        else:  # il
            d_rule, s_rule = "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=23,24,25,26,27,28,29;BYDAY=FR", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"
            d_t, s_t = "19700327T020000", "19701025T020000"
        if style == "outlook":
            d_t = "1601" + d_t[4:]
            s_t = "1601" + s_t[4:]
            wk = {"-1SU": "-1SU", "2SU": "2SU", "1SU": "1SU"}
            d_rule = d_rule.replace("FREQ=YEARLY;", "FREQ=YEARLY;INTERVAL=1;")
            s_rule = s_rule.replace("FREQ=YEARLY;", "FREQ=YEARLY;INTERVAL=1;")
        L += ["BEGIN:DAYLIGHT", "TZOFFSETFROM:" + std, "TZOFFSETTO:" + dst]
        if style != "outlook":
            L.append("TZNAME:" + da)
        L += ["DTSTART:" + d_t, "RRULE:" + d_rule, "END:DAYLIGHT",
              "BEGIN:STANDARD", "TZOFFSETFROM:" + dst, "TZOFFSETTO:" + std]
        if style != "outlook":
            L.append("TZNAME:" + sa)
        L += ["DTSTART:" + s_t, "RRULE:" + s_rule, "END:STANDARD"]
    L.append("END:VTIMEZONE")
    return L


# ------------------------------------------------------------------ names
# Latin-script languages: plain strings. Others: (native, romanised).
NAMES = {
    "en": (["James", "Olivia", "Priya", "Marcus", "Hannah", "Tom", "Grace", "Daniel", "Aisha", "Ryan", "Chloe", "Ben",
            "Megan", "Luke", "Sophie", "Kevin", "Rachel", "Owen", "Nina", "Patrick"],
           ["Walker", "Bennett", "Hughes", "Patel", "Murphy", "Collins", "Foster", "Reid", "Okafor", "Barnes",
            "Sullivan", "Price", "Morgan", "Hayes", "Lawson", "Fletcher", "Doyle", "Kim", "Nguyen", "Russo"]),
    "de": (["Jürgen", "Katrin", "Lukas", "Sabine", "Felix", "Anja", "Matthias", "Lea", "Stefan", "Ute", "Jonas", "Birgit"],
           ["Müller", "Schröder", "Becker", "Hoffmann", "Wagner", "Krüger", "Weiß", "Lehmann", "Brandt", "Vogel", "Köhler", "Scholz"]),
    "fr": (["Élodie", "Thomas", "Camille", "Benoît", "Léa", "Julien", "Margaux", "Hugo", "Céline", "Nicolas", "Inès", "François"],
           ["Lefèvre", "Moreau", "Girard", "Dubois", "Laurent", "Rousseau", "Fontaine", "Mercier", "Garnier", "Chevalier", "Perrin", "Blanc"]),
    "es": (["Lucía", "Javier", "Marta", "Andrés", "Paula", "Sergio", "Carmen", "Álvaro", "Nuria", "Diego", "Irene", "Raúl"],
           ["García", "Fernández", "López", "Martínez", "Sánchez", "Romero", "Navarro", "Ortega", "Castillo", "Muñoz", "Ibáñez", "Herrera"]),
    "it": (["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Davide", "Elena", "Matteo", "Sara", "Alessandro", "Federica", "Paolo"],
           ["Rossi", "Bianchi", "Esposito", "Ferrari", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca"]),
    "nl": (["Sanne", "Daan", "Femke", "Joris", "Lotte", "Bram", "Ilse", "Thijs", "Marloes", "Wouter", "Anouk", "Pieter"],
           ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos", "Dekker"]),
    "pt": (["João", "Ana", "Rafael", "Beatriz", "Lucas", "Camila", "Thiago", "Larissa", "Gustavo", "Fernanda", "Bruno", "Juliana"],
           ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Rodrigues", "Almeida", "Nascimento", "Lima", "Araújo", "Carvalho"]),
    "pl": (["Agnieszka", "Piotr", "Katarzyna", "Tomasz", "Magdalena", "Paweł", "Joanna", "Michał", "Ewa", "Krzysztof", "Zofia", "Łukasz"],
           ["Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Dąbrowski", "Kozłowski", "Mazur", "Krawczyk"]),
    "sv": (["Anna", "Erik", "Maja", "Johan", "Elin", "Oskar", "Karin", "Gustav", "Linnea", "Fredrik"],
           ["Andersson", "Johansson", "Lindqvist", "Nilsson", "Berg", "Sjöberg", "Holm", "Lundgren", "Ekström", "Åberg"]),
    "cs": (["Jana", "Petr", "Lucie", "Jakub", "Tereza", "Martin", "Veronika", "Ondřej", "Kateřina", "Jiří"],
           ["Novák", "Svoboda", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý", "Horák", "Němec", "Marek"]),
    "ro": (["Andreea", "Mihai", "Ioana", "Alexandru", "Elena", "Cristian", "Raluca", "Bogdan", "Diana", "Radu"],
           ["Popescu", "Ionescu", "Dumitrescu", "Stan", "Constantin", "Stoica", "Marinescu", "Georgescu", "Radu", "Munteanu"]),
    "tr": (["Elif", "Mehmet", "Zeynep", "Emre", "Ayşe", "Burak", "Selin", "Can", "Merve", "Oğuz"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Arslan", "Doğan"]),
    "id": (["Rina", "Agus", "Dewi", "Budi", "Siti", "Andi", "Putri", "Hendra", "Wulan", "Fajar"],
           ["Santoso", "Wijaya", "Kusuma", "Saputra", "Hidayat", "Pratama", "Nugroho", "Lestari", "Siregar", "Halim"]),
    "vi": (["Lan", "Minh", "Hương", "Tuấn", "Thảo", "Dũng", "Ngọc", "Quang", "Hà", "Phương"],
           ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Võ"]),
    "ru": ([("Анна", "anna"), ("Дмитрий", "dmitry"), ("Екатерина", "ekaterina"), ("Сергей", "sergey"), ("Ольга", "olga"),
            ("Алексей", "alexey"), ("Мария", "maria"), ("Игорь", "igor"), ("Наталья", "natalia"), ("Павел", "pavel")],
           [("Иванов", "ivanov"), ("Смирнов", "smirnov"), ("Кузнецов", "kuznetsov"), ("Попов", "popov"), ("Соколов", "sokolov"),
            ("Волков", "volkov"), ("Морозов", "morozov"), ("Лебедев", "lebedev"), ("Новиков", "novikov"), ("Козлов", "kozlov")]),
    "uk": ([("Оксана", "oksana"), ("Андрій", "andrii"), ("Ірина", "iryna"), ("Тарас", "taras"), ("Наталія", "nataliia"),
            ("Богдан", "bohdan"), ("Юлія", "yuliia"), ("Олег", "oleh")],
           [("Шевченко", "shevchenko"), ("Коваленко", "kovalenko"), ("Бондаренко", "bondarenko"), ("Ткаченко", "tkachenko"),
            ("Мельник", "melnyk"), ("Кравчук", "kravchuk"), ("Олійник", "oliinyk"), ("Лисенко", "lysenko")]),
    "ja": ([("陽子", "yoko"), ("健太", "kenta"), ("美咲", "misaki"), ("拓也", "takuya"), ("由美", "yumi"), ("大輔", "daisuke"),
            ("さくら", "sakura"), ("翔", "sho")],
           [("佐藤", "sato"), ("鈴木", "suzuki"), ("高橋", "takahashi"), ("田中", "tanaka"), ("渡辺", "watanabe"), ("伊藤", "ito"),
            ("山本", "yamamoto"), ("中村", "nakamura")]),
    "zh": ([("伟", "wei"), ("静", "jing"), ("磊", "lei"), ("芳", "fang"), ("洋", "yang"), ("敏", "min"), ("晨", "chen"), ("丽娜", "lina")],
           [("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"), ("赵", "zhao"), ("周", "zhou")]),
    "ko": ([("민준", "minjun"), ("서연", "seoyeon"), ("지훈", "jihoon"), ("수빈", "subin"), ("현우", "hyunwoo"), ("지은", "jieun"),
            ("도윤", "doyoon"), ("하은", "haeun")],
           [("김", "kim"), ("이", "lee"), ("박", "park"), ("최", "choi"), ("정", "jung"), ("강", "kang"), ("조", "cho"), ("윤", "yoon")]),
    "ar": ([("محمد", "mohamed"), ("فاطمة", "fatima"), ("أحمد", "ahmed"), ("نور", "nour"), ("خالد", "khaled"), ("سارة", "sara"),
            ("يوسف", "youssef"), ("ليلى", "layla")],
           [("العتيبي", "alotaibi"), ("حسن", "hassan"), ("الشمري", "alshammari"), ("منصور", "mansour"), ("السيد", "elsayed"),
            ("الزهراني", "alzahrani"), ("عبدالله", "abdullah"), ("القحطاني", "alqahtani")]),
    "he": ([("נועה", "noa"), ("יונתן", "yonatan"), ("מיכל", "michal"), ("איתי", "itai"), ("שירה", "shira"), ("עומר", "omer")],
           [("כהן", "cohen"), ("לוי", "levi"), ("מזרחי", "mizrahi"), ("פרץ", "peretz"), ("ביטון", "biton"), ("אברהם", "avraham")]),
    "hi": ([("राहुल", "rahul"), ("प्रिया", "priya"), ("अमित", "amit"), ("नेहा", "neha"), ("विकास", "vikas"), ("अंजलि", "anjali"),
            ("सुनील", "sunil"), ("पूजा", "pooja")],
           [("शर्मा", "sharma"), ("वर्मा", "verma"), ("गुप्ता", "gupta"), ("सिंह", "singh"), ("मेहता", "mehta"), ("अग्रवाल", "agarwal"),
            ("यादव", "yadav"), ("जोशी", "joshi")]),
    "th": ([("สมชาย", "somchai"), ("สุดา", "suda"), ("ณัฐพล", "nattapon"), ("พิมพ์ชนก", "pimchanok"), ("วิชัย", "wichai"),
            ("กมลวรรณ", "kamonwan")],
           [("ศรีสุข", "srisuk"), ("วงศ์ใหญ่", "wongyai"), ("แก้วมณี", "kaewmanee"), ("ทองดี", "thongdee"), ("สุขสวัสดิ์", "suksawat"),
            ("บุญมา", "boonma")]),
}

TRANSLIT = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ł": "l", "Ł": "L", "đ": "d",
            "Đ": "D", "ı": "i", "ø": "o", "æ": "ae", "ş": "s", "ğ": "g", "ç": "c"}


def ascii_fold(s, lang=None):
    if lang == "de":
        s = "".join(TRANSLIT.get(c, c) for c in s)
    else:
        s = "".join(TRANSLIT.get(c, c) if c in "łŁđĐıøæşğ" else c for c in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s


def local_part(s, lang=None):
    s = ascii_fold(s, lang).lower()
    return "".join(c for c in s.replace(" ", "") if c.isalnum() or c in "-")


class Person:
    def __init__(self, lang, first, last, first_lat, last_lat):
        self.lang, self.first, self.last, self.first_lat, self.last_lat = lang, first, last, first_lat, last_lat

    @property
    def display(self):
        if self.lang in ("ja", "zh", "ko"):
            return self.last + ("" if self.lang != "ko" else "") + self.first if self.lang != "ko" else self.last + self.first
        if self.lang == "hu":
            return self.last + " " + self.first
        return self.first + " " + self.last

    @property
    def latin(self):
        return (self.first_lat.capitalize() + " " + self.last_lat.capitalize())


CS_FEM = {"Novák": "Nováková", "Svoboda": "Svobodová", "Dvořák": "Dvořáková", "Černý": "Černá", "Procházka": "Procházková",
          "Kučera": "Kučerová", "Veselý": "Veselá", "Horák": "Horáková", "Němec": "Němcová", "Marek": "Marková"}


def _feminine(lang, last):
    """Surname agreement for languages whose surnames inflect for gender."""
    if lang == "ru":
        n, r = last
        if n.endswith(("ов", "ев", "ин")):
            return (n + "а", r + "a")
        return last
    if lang == "pl":
        if last.endswith("ski"):
            return last[:-1] + "a"
        if last.endswith("cki"):
            return last[:-1] + "a"
        return last
    if lang == "cs":
        return CS_FEM.get(last, last)
    return last


def person(rng, lang):
    firsts, lasts = NAMES.get(lang, NAMES["en"])
    f = rng.choice(firsts)
    l = rng.choice(lasts)
    first_native = f[0] if isinstance(f, tuple) else f
    if lang in ("ru", "pl", "cs") and first_native[-1] in "аяae":
        l = _feminine(lang, l)
    if isinstance(f, tuple):
        return Person(lang, f[0], l[0], f[1], l[1])
    return Person(lang, f, l, local_part(f, lang), local_part(l, lang))


# ------------------------------------------------------------------ dates in text
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "he": "ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר",
    "hi": "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्तूबर नवंबर दिसंबर",
    "th": "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม",
}
WDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    "ru": "понедельник вторник среда четверг пятница суббота воскресенье",
    "uk": "понеділок вівторок середа четвер п'ятниця субота неділя",
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar",
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
    "cs": "pondělí úterý středa čtvrtek pátek sobota neděle",
    "ro": "luni marți miercuri joi vineri sâmbătă duminică",
    "id": "Senin Selasa Rabu Kamis Jumat Sabtu Minggu",
    "vi": "Thứ Hai|Thứ Ba|Thứ Tư|Thứ Năm|Thứ Sáu|Thứ Bảy|Chủ Nhật",
    "ar": "الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد",
    "he": "שני שלישי רביעי חמישי שישי שבת ראשון",
    "hi": "सोमवार मंगलवार बुधवार गुरुवार शुक्रवार शनिवार रविवार",
    "th": "จันทร์ อังคาร พุธ พฤหัสบดี ศุกร์ เสาร์ อาทิตย์",
    "ja": "月 火 水 木 金 土 日",
    "zh": "周一 周二 周三 周四 周五 周六 周日",
    "ko": "월 화 수 목 금 토 일",
}


def _wd(lang, d):
    s = WDAYS.get(lang, WDAYS["en"])
    parts = s.split("|") if "|" in s else s.split(" ")
    return parts[d.weekday()]


def _mon(lang, d):
    return MONTHS.get(lang, MONTHS["en"]).split(" ")[d.month - 1]


def hm(d, lang):
    if lang == "en":
        h = d.hour % 12 or 12
        ap = "am" if d.hour < 12 else "pm"
        return ("%d:%02d%s" % (h, d.minute, ap)) if d.minute else ("%d%s" % (h, ap))
    if lang == "ko":
        return ("오전 " if d.hour < 12 else "오후 ") + "%d:%02d" % (d.hour % 12 or 12, d.minute)
    return "%d:%02d" % (d.hour, d.minute) if lang in ("hi",) else "%02d:%02d" % (d.hour, d.minute)


def day_text(lang, d):
    y, m, day = d.year, d.month, d.day
    wd, mon = _wd(lang, d), _mon(lang, d)
    f = {
        "en": "%s, %s %d, %d" % (wd, mon, day, y), "de": "%s, %d. %s %d" % (wd, day, mon, y),
        "fr": "%s %d %s %d" % (wd, day, mon, y), "es": "%s, %d de %s de %d" % (wd, day, mon, y),
        "it": "%s %d %s %d" % (wd, day, mon, y), "nl": "%s %d %s %d" % (wd, day, mon, y),
        "pt": "%s, %d de %s de %d" % (wd, day, mon, y), "pl": "%s, %d %s %d" % (wd, day, mon, y),
        "ru": "%s, %d %s %d г." % (wd, day, mon, y), "uk": "%s, %d %s %d р." % (wd, day, mon, y),
        "tr": "%d %s %d %s" % (day, mon, y, wd), "sv": "%s %d %s %d" % (wd, day, mon, y),
        "cs": "%s %d. %s %d" % (wd, day, mon, y), "ro": "%s, %d %s %d" % (wd, day, mon, y),
        "id": "%s, %d %s %d" % (wd, day, mon, y), "vi": "%s, ngày %d tháng %d năm %d" % (wd, day, m, y),
        "ar": "%s، %d %s %d" % (wd, day, mon, y), "he": "יום %s, %d ב%s %d" % (wd, day, mon, y),
        "hi": "%s, %d %s %d" % (wd, day, mon, y), "th": "วัน%sที่ %d %s %d" % (wd, day, mon, y + 543),
        "ja": "%d年%d月%d日(%s)" % (y, m, day, wd), "zh": "%d年%d月%d日 %s" % (y, m, day, wd),
        "ko": "%d년 %d월 %d일 (%s)" % (y, m, day, wd),
    }
    return f.get(lang, f["en"])


def when_text(lang, start, end=None, tzlabel=None):
    s = day_text(lang, start)
    sep = " ⋅ " if lang == "en" else " "
    t = hm(start, lang)
    if end is not None:
        t += ("～" if lang == "ja" else " – ") + hm(end, lang)
    s += sep + t
    if tzlabel:
        s += " (%s)" % tzlabel
    return s


# ------------------------------------------------------------------ client UI strings
# inv, upd, canc, acc, dec, tent, when, where, guests, join, reply, gfoot
UI = {
    "en": ["Invitation", "Updated invitation", "Canceled event", "Accepted", "Declined", "Tentatively accepted", "When",
           "Where", "Guests", "Join with Google Meet", "Reply for", "Invitation from Google Calendar",
           "You are receiving this email because you are an attendee on the event."],
    "de": ["Einladung", "Aktualisierte Einladung", "Abgesagter Termin", "Angenommen", "Abgelehnt", "Mit Vorbehalt angenommen",
           "Wann", "Wo", "Gäste", "Mit Google Meet teilnehmen", "Antworten für", "Einladung von Google Kalender",
           "Sie erhalten diese E-Mail, weil Sie Gast dieses Termins sind."],
    "fr": ["Invitation", "Invitation mise à jour", "Événement annulé", "Accepté", "Refusé", "Accepté provisoirement", "Quand",
           "Où", "Invités", "Participer avec Google Meet", "Répondre pour", "Invitation de Google Agenda",
           "Vous recevez cet e-mail, car vous êtes invité à cet événement."],
    "es": ["Invitación", "Invitación actualizada", "Evento cancelado", "Aceptado", "Rechazado", "Aceptado provisionalmente",
           "Cuándo", "Dónde", "Invitados", "Unirse con Google Meet", "Responder para", "Invitación de Google Calendar",
           "Has recibido este correo electrónico porque eres un invitado del evento."],
    "it": ["Invito", "Invito aggiornato", "Evento annullato", "Accettato", "Rifiutato", "Accettato provvisoriamente", "Quando",
           "Dove", "Invitati", "Partecipa con Google Meet", "Rispondi per", "Invito da Google Calendar",
           "Ricevi questa email perché sei un invitato all'evento."],
    "nl": ["Uitnodiging", "Bijgewerkte uitnodiging", "Geannuleerd afspraak", "Geaccepteerd", "Afgewezen", "Voorlopig geaccepteerd",
           "Wanneer", "Waar", "Gasten", "Deelnemen met Google Meet", "Antwoorden voor", "Uitnodiging van Google Agenda",
           "Je ontvangt deze e-mail omdat je gast bent bij dit evenement."],
    "pt": ["Convite", "Convite atualizado", "Evento cancelado", "Aceito", "Recusado", "Aceito como provisório", "Quando",
           "Onde", "Convidados", "Participar com o Google Meet", "Responder para", "Convite do Google Agenda",
           "Você está recebendo este e-mail porque é um convidado do evento."],
    "pl": ["Zaproszenie", "Zaktualizowane zaproszenie", "Odwołane wydarzenie", "Zaakceptowano", "Odrzucono", "Wstępnie zaakceptowano",
           "Kiedy", "Gdzie", "Goście", "Dołącz przez Google Meet", "Odpowiedz jako", "Zaproszenie z Kalendarza Google",
           "Otrzymujesz tę wiadomość, ponieważ jesteś gościem tego wydarzenia."],
    "ru": ["Приглашение", "Обновленное приглашение", "Мероприятие отменено", "Принято", "Отклонено", "Возможно",
           "Когда", "Где", "Гости", "Присоединиться к Google Meet", "Ответить для", "Приглашение из Google Календаря",
           "Вы получили это письмо, потому что приглашены на мероприятие."],
    "uk": ["Запрошення", "Оновлене запрошення", "Подію скасовано", "Прийнято", "Відхилено", "Можливо",
           "Коли", "Де", "Гості", "Приєднатися через Google Meet", "Відповісти для", "Запрошення з Google Календаря",
           "Ви отримали цей електронний лист, оскільки вас запрошено на подію."],
    "tr": ["Davetiye", "Güncellenmiş davetiye", "İptal edilen etkinlik", "Kabul edildi", "Reddedildi", "Belki",
           "Ne zaman", "Nerede", "Davetliler", "Google Meet ile katıl", "Şu kişi için yanıtla", "Google Takvim'den davetiye",
           "Bu etkinliğe davetli olduğunuz için bu e-postayı alıyorsunuz."],
    "sv": ["Inbjudan", "Uppdaterad inbjudan", "Inställd händelse", "Accepterad", "Avböjd", "Preliminärt accepterad",
           "När", "Var", "Gäster", "Gå med i Google Meet", "Svara för", "Inbjudan från Google Kalender",
           "Du får det här e-postmeddelandet eftersom du är gäst i händelsen."],
    "cs": ["Pozvánka", "Aktualizovaná pozvánka", "Zrušená událost", "Přijato", "Odmítnuto", "Předběžně přijato",
           "Kdy", "Kde", "Hosté", "Připojit se přes Google Meet", "Odpovědět za", "Pozvánka z Kalendáře Google",
           "Tento e-mail dostáváte, protože jste hostem této události."],
    "ro": ["Invitație", "Invitație actualizată", "Eveniment anulat", "Acceptat", "Refuzat", "Acceptat provizoriu",
           "Când", "Unde", "Invitați", "Participă cu Google Meet", "Răspunde pentru", "Invitație din Google Calendar",
           "Primești acest e-mail pentru că ești invitat la eveniment."],
    "id": ["Undangan", "Undangan yang diperbarui", "Acara dibatalkan", "Diterima", "Ditolak", "Mungkin",
           "Kapan", "Di mana", "Tamu", "Gabung dengan Google Meet", "Balas untuk", "Undangan dari Google Kalender",
           "Anda menerima email ini karena Anda adalah tamu di acara ini."],
    "vi": ["Lời mời", "Lời mời đã cập nhật", "Sự kiện đã hủy", "Đã chấp nhận", "Đã từ chối", "Có thể",
           "Thời gian", "Địa điểm", "Khách", "Tham gia bằng Google Meet", "Trả lời cho", "Lời mời từ Lịch Google",
           "Bạn nhận được email này vì bạn là khách mời của sự kiện."],
    "ar": ["دعوة", "دعوة محدّثة", "حدث ملغى", "مقبول", "مرفوض", "ربما", "متى", "أين", "الضيوف", "الانضمام باستخدام Google Meet",
           "الرد لـ", "دعوة من تقويم Google", "تتلقى هذه الرسالة لأنك ضيف في هذا الحدث."],
    "he": ["הזמנה", "הזמנה מעודכנת", "האירוע בוטל", "אושר", "נדחה", "אולי", "מתי", "איפה", "אורחים", "הצטרפות ל-Google Meet",
           "תשובה עבור", "הזמנה מיומן Google", "קיבלת את האימייל הזה כי הוזמנת לאירוע."],
    "hi": ["आमंत्रण", "अपडेट किया गया आमंत्रण", "रद्द किया गया इवेंट", "स्वीकार किया गया", "अस्वीकार किया गया", "शायद",
           "कब", "कहां", "मेहमान", "Google Meet से जुड़ें", "इसके लिए जवाब दें", "Google Calendar से आमंत्रण",
           "आपको यह ईमेल इसलिए मिल रहा है, क्योंकि आप इस इवेंट में मेहमान हैं।"],
    "th": ["คำเชิญ", "คำเชิญที่อัปเดต", "กิจกรรมที่ยกเลิก", "ยอมรับแล้ว", "ปฏิเสธแล้ว", "ไม่แน่ใจ", "เมื่อ", "ที่ไหน", "ผู้เข้าร่วม",
           "เข้าร่วมด้วย Google Meet", "ตอบกลับสำหรับ", "คำเชิญจาก Google ปฏิทิน", "คุณได้รับอีเมลนี้เนื่องจากคุณเป็นผู้เข้าร่วมกิจกรรมนี้"],
    "ja": ["招待", "更新された招待", "キャンセルされた予定", "承諾", "辞退", "未定", "日時", "場所", "ゲスト", "Google Meet に参加",
           "返信先:", "Google カレンダーからの招待状", "このメールは、予定のゲストに送信されています。"],
    "zh": ["邀请", "已更新的邀请", "已取消的活动", "已接受", "已拒绝", "待定", "时间", "地点", "邀请对象", "使用 Google Meet 加入",
           "回复", "来自 Google 日历的邀请", "您之所以收到这封电子邮件，是因为您是该活动的邀请对象。"],
    "ko": ["초대", "업데이트된 초대", "취소된 일정", "수락함", "거절함", "미정", "일시", "장소", "참석자", "Google Meet으로 참여",
           "회신 대상", "Google 캘린더에서 보낸 초대장", "일정에 참석자로 초대되어 이 이메일을 받으셨습니다."],
}


def ui(lang, key):
    keys = ["inv", "upd", "canc", "acc", "dec", "tent", "when", "where", "guests", "join", "reply", "gfoot", "gfoot2"]
    return UI.get(lang, UI["en"])[keys.index(key)]


# Outlook forward / reply prefixes
FW = {"en": "FW:", "de": "WG:", "fr": "TR :", "es": "RV:", "it": "I:", "nl": "FW:", "pt": "ENC:", "pl": "PD:", "ru": "ПЕРЕСЛ:",
      "uk": "FW:", "tr": "İLT:", "sv": "VB:", "cs": "FW:", "ro": "FW:", "id": "FW:", "vi": "FW:", "ar": "إعادة توجيه:",
      "he": "העבר:", "hi": "FW:", "th": "FW:", "ja": "FW:", "zh": "转发:", "ko": "FW:"}
