"""Languages, names, domains and addresses."""
import unicodedata
from .util import R, pick, chance, digits, alnum

# first names / surnames as (native, latin)
L = {}


def _pairs(s):
    out = []
    for item in s.split(","):
        item = item.strip()
        if "|" in item:
            a, b = item.split("|")
            out.append((a.strip(), b.strip()))
        else:
            out.append((item, item))
    return out


LANG = {
    "en": dict(
        first=_pairs("James,Olivia,Michael,Emma,David,Sophie,Daniel,Grace,Ryan,Hannah,Chris,Megan,Tom,Laura,"
                     "Priya,Marcus,Aisha,Kevin,Rachel,Ben,Jessica,Liam,Nora,Ethan,Claire,Sam,Zoe,Patrick,Helen,Owen"),
        last=_pairs("Smith,Johnson,Brown,Taylor,Walker,Wright,Robinson,Thompson,Clarke,Hughes,Patel,Murphy,"
                    "O'Neill,Campbell,Bennett,Foster,Reed,Hayes,Morgan,Price,Carter,Ellis,Fraser,Lawson,Nguyen"),
        free=["gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "aol.com", "hotmail.co.uk",
              "btinternet.com", "comcast.net", "me.com", "proton.me"],
        tz=["America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/London", "America/Denver",
            "Australia/Sydney", "Europe/Dublin", "America/Toronto"],
        cs=["utf-8", "utf-8", "us-ascii", "windows-1252", "iso-8859-1"],
        tld=[".com", ".co.uk", ".com", ".org", ".net", ".io", ".com.au", ".ca"],
        inv="Invitation", upd="Updated invitation", can="Cancelled event", acc="Accepted", dec="Declined",
        tent="Tentatively accepted", loc="en-US"),
    "de": dict(
        first=_pairs("Lukas,Anna,Jonas,Lea,Felix,Sophie,Maximilian,Laura,Jan,Katharina,Tobias,Julia,Matthias,"
                     "Sabine,Jürgen,Ute,Stefan,Birgit,Moritz,Franziska"),
        last=_pairs("Müller|Mueller,Schmidt,Schneider,Fischer,Weber,Meyer,Wagner,Becker,Schulz,Hoffmann,Koch,"
                    "Richter,Klein,Wolf,Schröder|Schroeder,Neumann,Schwarz,Zimmermann,Krüger|Krueger,Hartmann"),
        free=["gmx.de", "web.de", "t-online.de", "gmail.com", "gmx.net", "posteo.de", "freenet.de"],
        tz=["Europe/Berlin", "Europe/Vienna", "Europe/Zurich"],
        cs=["utf-8", "utf-8", "iso-8859-1", "iso-8859-15", "windows-1252"],
        tld=[".de", ".de", ".at", ".ch", ".com"],
        inv="Einladung", upd="Aktualisierte Einladung", can="Abgesagter Termin", acc="Angenommen",
        dec="Abgelehnt", tent="Mit Vorbehalt angenommen", loc="de-DE"),
    "fr": dict(
        first=_pairs("Camille,Louis,Chloé|Chloe,Hugo,Manon,Lucas,Léa|Lea,Thomas,Inès|Ines,Julien,Mathilde,Nicolas,"
                     "Élodie|Elodie,Antoine,Céline|Celine,Guillaume,Amélie|Amelie,Pierre,Sandrine,Baptiste"),
        last=_pairs("Martin,Bernard,Dubois,Thomas,Robert,Richard,Petit,Durand,Leroy,Moreau,Simon,Laurent,"
                    "Lefèvre|Lefevre,Michel,Garcia,Fontaine,Rousseau,Girard,Bonnet,Mercier"),
        free=["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "wanadoo.fr", "hotmail.fr"],
        tz=["Europe/Paris"],
        cs=["utf-8", "utf-8", "iso-8859-1", "windows-1252", "iso-8859-15"],
        tld=[".fr", ".fr", ".be", ".com"],
        inv="Invitation", upd="Invitation mise à jour", can="Événement annulé", acc="Accepté", dec="Refusé",
        tent="Provisoire", loc="fr-FR"),
    "es": dict(
        first=_pairs("Lucía|Lucia,Hugo,Martina,Pablo,Sofía|Sofia,Alejandro,Carmen,Javier,Elena,Diego,Paula,Sergio,"
                     "Marta,Raúl|Raul,Isabel,Andrés|Andres,Beatriz,Jorge,Valentina,Mateo"),
        last=_pairs("García|Garcia,Fernández|Fernandez,González|Gonzalez,Rodríguez|Rodriguez,López|Lopez,"
                    "Martínez|Martinez,Sánchez|Sanchez,Pérez|Perez,Gómez|Gomez,Ruiz,Díaz|Diaz,Moreno,Álvarez|Alvarez,"
                    "Romero,Navarro,Torres,Ramos,Castro"),
        free=["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net", "hotmail.com"],
        tz=["Europe/Madrid", "America/Mexico_City"],
        cs=["utf-8", "utf-8", "iso-8859-1", "windows-1252"],
        tld=[".es", ".es", ".com.mx", ".com", ".com.ar"],
        inv="Invitación", upd="Invitación actualizada", can="Evento cancelado", acc="Aceptado", dec="Rechazado",
        tent="Aceptado provisionalmente", loc="es-ES"),
    "it": dict(
        first=_pairs("Giulia,Marco,Francesca,Luca,Chiara,Alessandro,Sara,Matteo,Valentina,Davide,Elisa,Andrea,"
                     "Federica,Simone,Martina,Giorgio,Paola,Stefano,Silvia,Riccardo"),
        last=_pairs("Rossi,Russo,Ferrari,Esposito,Bianchi,Romano,Colombo,Ricci,Marino,Greco,Bruno,Gallo,Conti,"
                    "De Luca|DeLuca,Costa,Giordano,Mancini,Rizzo,Lombardi,Moretti"),
        free=["libero.it", "virgilio.it", "gmail.com", "alice.it", "tiscali.it", "hotmail.it", "tin.it"],
        tz=["Europe/Rome"],
        cs=["utf-8", "utf-8", "iso-8859-1", "windows-1252", "iso-8859-15"],
        tld=[".it", ".it", ".com"],
        inv="Invito", upd="Invito aggiornato", can="Evento annullato", acc="Accettato", dec="Rifiutato",
        tent="Accettato provvisoriamente", loc="it-IT"),
    "pt": dict(
        first=_pairs("João|Joao,Maria,Pedro,Ana,Tiago,Beatriz,Rafael,Mariana,Gustavo,Camila,Rodrigo,Inês|Ines,"
                     "Lucas,Fernanda,Bruno,Larissa,Diogo,Carolina,Felipe,Juliana"),
        last=_pairs("Silva,Santos,Oliveira,Souza,Pereira,Costa,Rodrigues,Almeida,Nascimento,Ferreira,Carvalho,"
                    "Gomes,Martins,Araújo|Araujo,Ribeiro,Lopes,Barbosa,Cardoso,Teixeira,Mendes"),
        free=["gmail.com", "uol.com.br", "bol.com.br", "sapo.pt", "hotmail.com", "terra.com.br", "outlook.pt"],
        tz=["America/Sao_Paulo", "Europe/Lisbon"],
        cs=["utf-8", "utf-8", "iso-8859-1", "windows-1252"],
        tld=[".com.br", ".com.br", ".pt", ".com"],
        inv="Convite", upd="Convite atualizado", can="Evento cancelado", acc="Aceito", dec="Recusado",
        tent="Talvez", loc="pt-BR"),
    "nl": dict(
        first=_pairs("Daan,Emma,Sem,Julia,Lucas,Sanne,Bram,Lotte,Thijs,Anouk,Ruben,Femke,Jeroen,Marieke,Pieter,"
                     "Ilse,Wouter,Eva,Joost,Maartje"),
        last=_pairs("de Jong|dejong,Jansen,de Vries|devries,van den Berg|vandenberg,van Dijk|vandijk,Bakker,Visser,"
                    "Smit,Meijer,de Boer|deboer,Mulder,Bos,Vos,Peters,Hendriks,van Leeuwen|vanleeuwen,Dekker,Brouwer"),
        free=["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl", "planet.nl", "telenet.be"],
        tz=["Europe/Amsterdam"],
        cs=["utf-8", "utf-8", "iso-8859-1", "windows-1252"],
        tld=[".nl", ".nl", ".be", ".com"],
        inv="Uitnodiging", upd="Bijgewerkte uitnodiging", can="Geannuleerd", acc="Geaccepteerd",
        dec="Geweigerd", tent="Voorlopig geaccepteerd", loc="nl-NL"),
    "pl": dict(
        first=_pairs("Jakub,Zofia,Kacper,Julia,Mateusz,Maja,Piotr,Agnieszka,Tomasz,Katarzyna,Łukasz|Lukasz,"
                     "Małgorzata|Malgorzata,Paweł|Pawel,Magdalena,Michał|Michal,Joanna,Krzysztof,Ewa,Wojciech,Anna"),
        last=_pairs("Nowak,Kowalski,Wiśniewski|Wisniewski,Wójcik|Wojcik,Kowalczyk,Kamiński|Kaminski,"
                    "Lewandowski,Zieliński|Zielinski,Szymański|Szymanski,Woźniak|Wozniak,Dąbrowski|Dabrowski,"
                    "Kozłowski|Kozlowski,Jankowski,Mazur,Krawczyk"),
        free=["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com", "op.pl", "gazeta.pl"],
        tz=["Europe/Warsaw"],
        cs=["utf-8", "utf-8", "iso-8859-2", "windows-1250"],
        tld=[".pl", ".pl", ".com.pl", ".eu"],
        inv="Zaproszenie", upd="Zaktualizowane zaproszenie", can="Anulowane wydarzenie", acc="Zaakceptowano",
        dec="Odrzucono", tent="Wstępnie zaakceptowano", loc="pl-PL"),
    "ru": dict(
        first=_pairs("Александр|Aleksandr,Мария|Maria,Дмитрий|Dmitry,Анна|Anna,Сергей|Sergey,Елена|Elena,"
                     "Андрей|Andrey,Ольга|Olga,Алексей|Alexey,Наталья|Natalia,Иван|Ivan,Татьяна|Tatiana,"
                     "Михаил|Mikhail,Екатерина|Ekaterina,Николай|Nikolay,Светлана|Svetlana"),
        last=_pairs("Иванов|Ivanov,Смирнов|Smirnov,Кузнецов|Kuznetsov,Попов|Popov,Васильев|Vasiliev,"
                    "Петров|Petrov,Соколов|Sokolov,Михайлов|Mikhailov,Новиков|Novikov,Фёдоров|Fedorov,"
                    "Морозов|Morozov,Волков|Volkov,Лебедев|Lebedev,Козлов|Kozlov"),
        free=["mail.ru", "yandex.ru", "rambler.ru", "bk.ru", "list.ru", "inbox.ru", "gmail.com", "ya.ru"],
        tz=["Europe/Moscow"],
        cs=["utf-8", "utf-8", "koi8-r", "windows-1251"],
        tld=[".ru", ".ru", ".com", ".su"],
        inv="Приглашение", upd="Обновлённое приглашение", can="Мероприятие отменено", acc="Принято",
        dec="Отклонено", tent="Под вопросом", loc="ru-RU"),
    "el": dict(
        first=_pairs("Γιώργος|Giorgos,Μαρία|Maria,Νίκος|Nikos,Ελένη|Eleni,Δημήτρης|Dimitris,Κατερίνα|Katerina,"
                     "Κώστας|Kostas,Σοφία|Sofia,Γιάννης|Giannis,Αναστασία|Anastasia,Παναγιώτης|Panagiotis,"
                     "Δέσποινα|Despoina"),
        last=_pairs("Παπαδόπουλος|Papadopoulos,Γεωργίου|Georgiou,Νικολάου|Nikolaou,Οικονόμου|Oikonomou,"
                    "Παππάς|Pappas,Βασιλείου|Vasileiou,Αντωνίου|Antoniou,Μακρής|Makris,Καραγιάννης|Karagiannis,"
                    "Δημητρίου|Dimitriou"),
        free=["gmail.com", "yahoo.gr", "otenet.gr", "hotmail.gr", "hol.gr", "windowslive.com"],
        tz=["Europe/Athens"],
        cs=["utf-8", "utf-8", "iso-8859-7", "windows-1253"],
        tld=[".gr", ".gr", ".com.cy", ".com"],
        inv="Πρόσκληση", upd="Ενημερωμένη πρόσκληση", can="Ακυρωμένη εκδήλωση", acc="Αποδεκτό",
        dec="Απορρίφθηκε", tent="Προσωρινά αποδεκτό", loc="el-GR"),
    "ar": dict(
        first=_pairs("محمد|Mohammed,فاطمة|Fatima,أحمد|Ahmed,مريم|Maryam,علي|Ali,نور|Nour,خالد|Khaled,"
                     "سارة|Sara,يوسف|Youssef,ليلى|Layla,عمر|Omar,هدى|Huda,طارق|Tariq,رنا|Rana"),
        last=_pairs("العتيبي|Alotaibi,الحسن|Alhassan,المصري|Elmasry,الشمري|Alshammari,حداد|Haddad,"
                    "خوري|Khoury,منصور|Mansour,السيد|Elsayed,القحطاني|Alqahtani,عبدالله|Abdullah,ناصر|Nasser"),
        free=["gmail.com", "hotmail.com", "yahoo.com", "outlook.sa", "live.com", "windowslive.com"],
        tz=["Asia/Riyadh", "Asia/Dubai", "Africa/Cairo"],
        cs=["utf-8", "utf-8", "windows-1256", "iso-8859-6"],
        tld=[".sa", ".ae", ".com.eg", ".com", ".com.sa"],
        inv="دعوة", upd="دعوة محدثة", can="حدث ملغى", acc="مقبول", dec="مرفوض", tent="مقبول مبدئياً",
        loc="ar-SA"),
    "he": dict(
        first=_pairs("נועה|Noa,יוסי|Yossi,מיכל|Michal,אבי|Avi,תמר|Tamar,דוד|David,שירה|Shira,רון|Ron,"
                     "יעל|Yael,עומר|Omer,מאיה|Maya,איתי|Itai"),
        last=_pairs("כהן|Cohen,לוי|Levi,מזרחי|Mizrahi,פרץ|Peretz,ביטון|Biton,אברהם|Avraham,פרידמן|Friedman,"
                    "שפירא|Shapira,גולן|Golan,אזולאי|Azoulay,קפלן|Kaplan"),
        free=["gmail.com", "walla.co.il", "walla.com", "012.net.il", "bezeqint.net", "hotmail.com"],
        tz=["Asia/Jerusalem"],
        cs=["utf-8", "utf-8", "windows-1255", "iso-8859-8-i"],
        tld=[".co.il", ".co.il", ".org.il", ".com"],
        inv="הזמנה", upd="הזמנה מעודכנת", can="אירוע בוטל", acc="התקבל", dec="נדחה", tent="אולי", loc="he-IL"),
    "zh": dict(
        first=_pairs("伟|Wei,芳|Fang,娜|Na,敏|Min,静|Jing,磊|Lei,洋|Yang,艳|Yan,勇|Yong,婷|Ting,杰|Jie,"
                     "欣怡|Xinyi,浩然|Haoran,子涵|Zihan,志明|Zhiming,雅婷|Yating"),
        last=_pairs("王|Wang,李|Li,张|Zhang,刘|Liu,陈|Chen,杨|Yang,黄|Huang,赵|Zhao,吴|Wu,周|Zhou,徐|Xu,"
                    "孙|Sun,林|Lin,郭|Guo"),
        free=["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "gmail.com", "yeah.net", "hotmail.com"],
        tz=["Asia/Shanghai", "Asia/Taipei", "Asia/Hong_Kong", "Asia/Singapore"],
        cs=["utf-8", "utf-8", "gb2312", "gbk", "gb18030"],
        tld=[".cn", ".com.cn", ".com.tw", ".com.hk", ".com"],
        inv="邀请", upd="更新的邀请", can="已取消的活动", acc="已接受", dec="已拒绝", tent="暂定", loc="zh-CN",
        name_order="eastern"),
    "ja": dict(
        first=_pairs("翔|Sho,陽菜|Hina,大輝|Daiki,美咲|Misaki,健太|Kenta,さくら|Sakura,拓也|Takuya,"
                     "由美|Yumi,直樹|Naoki,愛|Ai,誠|Makoto,真由美|Mayumi"),
        last=_pairs("佐藤|Sato,鈴木|Suzuki,高橋|Takahashi,田中|Tanaka,伊藤|Ito,渡辺|Watanabe,山本|Yamamoto,"
                    "中村|Nakamura,小林|Kobayashi,加藤|Kato,吉田|Yoshida,山田|Yamada"),
        free=["yahoo.co.jp", "gmail.com", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com", "outlook.jp", "nifty.com"],
        tz=["Asia/Tokyo"],
        cs=["utf-8", "iso-2022-jp", "iso-2022-jp", "shift_jis"],
        tld=[".co.jp", ".jp", ".co.jp", ".com"],
        inv="招待", upd="更新された招待", can="キャンセルされた予定", acc="承諾", dec="辞退", tent="仮承諾",
        loc="ja-JP", name_order="eastern"),
    "ko": dict(
        first=_pairs("민준|Minjun,서연|Seoyeon,지훈|Jihoon,지민|Jimin,현우|Hyunwoo,수빈|Subin,도윤|Doyun,"
                     "하은|Haeun,성민|Sungmin,유진|Yujin,재현|Jaehyun,은지|Eunji"),
        last=_pairs("김|Kim,이|Lee,박|Park,최|Choi,정|Jung,강|Kang,조|Cho,윤|Yoon,장|Jang,임|Lim,한|Han"),
        free=["naver.com", "daum.net", "hanmail.net", "gmail.com", "nate.com", "kakao.com"],
        tz=["Asia/Seoul"],
        cs=["utf-8", "utf-8", "euc-kr", "ks_c_5601-1987"],
        tld=[".co.kr", ".kr", ".com", ".or.kr"],
        inv="초대", upd="업데이트된 초대", can="취소된 일정", acc="수락함", dec="거절함", tent="미정", loc="ko-KR",
        name_order="eastern"),
    "hi": dict(
        first=_pairs("राहुल|Rahul,प्रिया|Priya,अमित|Amit,नेहा|Neha,विकास|Vikas,पूजा|Pooja,संजय|Sanjay,"
                     "अंजलि|Anjali,रोहित|Rohit,कविता|Kavita,अर्जुन|Arjun,सुनीता|Sunita"),
        last=_pairs("शर्मा|Sharma,वर्मा|Verma,गुप्ता|Gupta,सिंह|Singh,कुमार|Kumar,अग्रवाल|Agarwal,"
                    "मिश्रा|Mishra,जोशी|Joshi,यादव|Yadav,पटेल|Patel,चौहान|Chauhan"),
        free=["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com", "hotmail.com"],
        tz=["Asia/Kolkata"],
        cs=["utf-8"],
        tld=[".in", ".co.in", ".com", ".org.in"],
        inv="आमंत्रण", upd="अपडेट किया गया आमंत्रण", can="रद्द किया गया कार्यक्रम", acc="स्वीकार किया",
        dec="अस्वीकार किया", tent="शायद", loc="hi-IN"),
    "th": dict(
        first=_pairs("สมชาย|Somchai,สุดา|Suda,ณัฐพล|Nattapon,พิมพ์ชนก|Pimchanok,ธนากร|Thanakorn,"
                     "กมลวรรณ|Kamonwan,วีรยุทธ|Weerayut,อรอุมา|Onuma,ปิยะ|Piya,ศิริพร|Siriporn"),
        last=_pairs("ศรีสุข|Srisuk,วงศ์ใหญ่|Wongyai,แสงทอง|Saengthong,สุขสวัสดิ์|Suksawat,รัตนพันธ์|Rattanapan,"
                    "บุญมา|Boonma,ทองดี|Thongdee,จันทร์เพ็ญ|Chanphen"),
        free=["gmail.com", "hotmail.com", "yahoo.co.th", "outlook.co.th", "windowslive.com"],
        tz=["Asia/Bangkok"],
        cs=["utf-8", "utf-8", "tis-620", "windows-874"],
        tld=[".co.th", ".in.th", ".com", ".or.th"],
        inv="คำเชิญ", upd="คำเชิญที่อัปเดต", can="ยกเลิกกิจกรรม", acc="ตอบรับ", dec="ปฏิเสธ", tent="อาจจะ",
        loc="th-TH", name_order="eastern"),
}

FOREIGN = ["de", "fr", "es", "it", "pt", "nl", "pl", "ru", "el", "ar", "he", "zh", "ja", "ko", "hi", "th"]

STEMS = ["nordhafen", "kelvar", "brightmoor", "talvik", "oakridge", "meridian-labs", "silverline", "arcturus",
         "bluepeak", "greywater", "fenwick", "lumora", "castellan", "brookfield-dental", "quillon", "veridia",
         "halcyon", "stonebridge", "novaterra", "pinecrest", "riverside", "altamira", "kestrel", "morrow",
         "ashgrove", "westbrook", "copperleaf", "hollis", "ironwood", "larkspur", "mistral", "orinoco",
         "sunfield", "tidewater", "umbra", "vantage", "wexley", "yarrow", "zenith-ops", "aldermoor"]


def person(lang):
    d = LANG[lang]
    f = pick(d["first"])
    l_ = pick(d["last"])
    if lang in ("zh", "ko"):
        native = l_[0] + f[0]
    elif lang == "ja":
        native = l_[0] + " " + f[0]
    else:
        native = f[0] + " " + l_[0]
    latin = (f[1], l_[1])
    return native, latin


def _asciify(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if ord(c) < 128)
    return "".join(c for c in s.lower() if c.isalnum() or c in ".-_")


def local_part(latin, style=None):
    f, l_ = _asciify(latin[0]), _asciify(latin[1])
    style = style or pick(["f.l", "fl", "f_l", "fl99", "f.l99", "finit_l", "l.f", "f"])
    if style == "f.l":
        return f + "." + l_
    if style == "fl":
        return f + l_
    if style == "f_l":
        return f + "_" + l_
    if style == "fl99":
        return f + l_ + digits(R.choice([2, 4]))
    if style == "f.l99":
        return f + "." + l_ + digits(2)
    if style == "finit_l":
        return f[0] + l_
    if style == "l.f":
        return l_ + "." + f
    return f + digits(R.choice([3, 4]))


def corp_local(latin):
    f, l_ = _asciify(latin[0]), _asciify(latin[1])
    return pick([f + "." + l_, f[0] + "." + l_, f, f + l_[0], l_ + "." + f[0], f + "." + l_])


def corp_domain(lang, stem=None):
    stem = stem or pick(STEMS)
    return stem + pick(LANG[lang]["tld"])


def free_addr(lang):
    n, lat = person(lang)
    dom = pick(LANG[lang]["free"])
    if dom in ("qq.com",) and chance(0.6):
        return n, digits(R.choice([8, 9, 10])) + "@qq.com"
    return n, local_part(lat) + "@" + dom


def corp_addr(lang, domain=None):
    n, lat = person(lang)
    return n, corp_local(lat) + "@" + (domain or corp_domain(lang))


RECIP_DOMAINS = {
    "en": ["example.net", "example.org", "hartwell-legal.example", "brightmoor.example.com", "stjudes-school.example",
           "lakeside-clinic.example", "mcdowell.example", "ironwood-eng.example", "tidewater.example.org"],
    "de": ["kanzlei-brandt.example", "stadtwerke-aubach.example", "mueller-familie.example", "example.de"],
    "fr": ["cabinet-morel.example", "mairie-saintlys.example", "dupont.example.fr"],
    "es": ["gestoria-ruiz.example", "colegio-sanroque.example", "example.es"],
    "it": ["studio-bianchi.example", "officine-conti.example", "example.it"],
    "pt": ["contabil-sul.example", "escola-aurora.example", "example.com.br"],
    "nl": ["bakker-advies.example", "gemeente-oostwold.example", "example.nl"],
    "pl": ["biuro-nowak.example", "example.pl", "szkola-slonecznik.example"],
    "ru": ["torgservis.example", "example.ru", "smirnov-family.example"],
    "el": ["logistiki-papadopoulos.example", "example.gr"],
    "ar": ["alnoor-trading.example", "example.sa", "gulfline.example"],
    "he": ["cohen-law.example", "example.co.il"],
    "zh": ["huaxin-tech.example", "example.cn", "jinhe-trade.example"],
    "ja": ["yamada-shoji.example", "example.jp", "sakura-clinic.example"],
    "ko": ["hanbit-soft.example", "example.kr"],
    "hi": ["sharma-associates.example", "example.in"],
    "th": ["siam-logistics.example", "example.co.th"],
}


def recipient(lang):
    n, lat = person(lang)
    dom = pick(RECIP_DOMAINS[lang] + RECIP_DOMAINS["en"][:3] if chance(0.25) else RECIP_DOMAINS[lang])
    return n, corp_local(lat) + "@" + dom


def personal_rcpt(lang):
    """A private mailbox hosted behind mx.example.net (vanity or small-ISP domain)."""
    n, lat = person(lang)
    sur = _asciify(lat[1]) or "home"
    dom = pick([sur + "-family.example", sur + ".example.net", "home-mail.example.org", "mailbox.example.com",
                "privat-post.example", sur + "-home.example"])
    return n, local_part(lat, pick(["f", "f.l", "fl", "finit_l"])) + "@" + dom
