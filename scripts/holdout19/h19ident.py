"""People, organisations, domains, sender set-ups and trace headers."""
import base64
import datetime as dt
import hashlib

from h19util import rfc2822, UTC, addr

LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "el", "ar", "he", "zh", "ja", "ko", "hi", "th", "tr"]

NAMES = {
    "en": [("Sarah Mitchell", "sarah.mitchell"), ("James O'Connor", "j.oconnor"), ("Priya Nair", "priya.nair"),
           ("Daniel Whitaker", "dwhitaker"), ("Emily Carter", "emily.carter"), ("Marcus Lee", "marcus.lee"),
           ("Olivia Grant", "ogrant"), ("Thomas Reilly", "tom.reilly"), ("Hannah Brooks", "hannah.brooks"),
           ("Kevin Osei", "kevin.osei"), ("Rachel Kim", "rachel.kim"), ("Andrew Fletcher", "afletcher"),
           ("Laura Jennings", "laura.jennings"), ("Chris Donovan", "cdonovan"), ("Megan Sullivan", "megan.s"),
           ("Ben Harper", "ben.harper"), ("Nadia Rahman", "nadia.rahman"), ("Peter Novak", "pnovak"),
           ("Grace Thompson", "grace.thompson"), ("Samuel Adeyemi", "s.adeyemi"), ("Jessica Moore", "jmoore"),
           ("Ryan Patel", "ryan.patel"), ("Claire Dawson", "claire.dawson"), ("Victor Alvarez", "valvarez")],
    "de": [("Julia Hoffmann", "julia.hoffmann"), ("Matthias Becker", "m.becker"), ("Sabine Krüger", "sabine.krueger"),
           ("Jonas Schmitt", "jonas.schmitt"), ("Katrin Wolf", "k.wolf"), ("Stefan Braun", "stefan.braun"),
           ("Anna Zimmermann", "anna.zimmermann"), ("Lukas Neumann", "lukas.neumann"), ("Birgit Schäfer", "b.schaefer")],
    "fr": [("Camille Durand", "camille.durand"), ("Julien Moreau", "j.moreau"), ("Sophie Lefèvre", "sophie.lefevre"),
           ("Nicolas Girard", "nicolas.girard"), ("Élodie Fontaine", "elodie.fontaine"), ("Marc Rousseau", "m.rousseau"),
           ("Claire Bonnet", "claire.bonnet"), ("Antoine Lambert", "antoine.lambert")],
    "es": [("Lucía Fernández", "lucia.fernandez"), ("Javier Ruiz", "jruiz"), ("Marta Gómez", "marta.gomez"),
           ("Carlos Navarro", "carlos.navarro"), ("Elena Torres", "elena.torres"), ("Pablo Romero", "p.romero"),
           ("Ana Morales", "ana.morales")],
    "it": [("Giulia Rossi", "giulia.rossi"), ("Marco Bianchi", "m.bianchi"), ("Francesca Romano", "f.romano"),
           ("Luca Ferrari", "luca.ferrari"), ("Chiara Esposito", "chiara.esposito"), ("Paolo Ricci", "paolo.ricci"),
           ("Valentina Greco", "v.greco")],
    "pt": [("Ana Sousa", "ana.sousa"), ("João Pereira", "joao.pereira"), ("Mariana Costa", "mariana.costa"),
           ("Rafael Oliveira", "rafael.oliveira"), ("Beatriz Santos", "bia.santos"), ("Tiago Martins", "t.martins"),
           ("Carla Ribeiro", "carla.ribeiro")],
    "nl": [("Sanne de Vries", "sanne.devries"), ("Bram Jansen", "bram.jansen"), ("Eva van Dijk", "eva.vandijk"),
           ("Joost Bakker", "j.bakker"), ("Lotte Visser", "lotte.visser"), ("Ruben Smit", "ruben.smit"),
           ("Femke Mulder", "f.mulder")],
    "pl": [("Anna Kowalska", "anna.kowalska"), ("Piotr Nowak", "p.nowak"), ("Katarzyna Wiśniewska", "k.wisniewska"),
           ("Tomasz Wójcik", "tomasz.wojcik"), ("Magdalena Lewandowska", "m.lewandowska"), ("Michał Zieliński", "michal.zielinski"),
           ("Agnieszka Kamińska", "a.kaminska")],
    "ru": [("Алексей Смирнов", "a.smirnov"), ("Елена Кузнецова", "e.kuznetsova"), ("Дмитрий Попов", "d.popov"),
           ("Ольга Васильева", "olga.vasilyeva"), ("Сергей Новиков", "s.novikov"), ("Наталья Морозова", "n.morozova"),
           ("Иван Волков", "ivan.volkov")],
    "el": [("Γιώργος Παπαδόπουλος", "g.papadopoulos"), ("Μαρία Γεωργίου", "maria.georgiou"),
           ("Νίκος Αντωνίου", "n.antoniou"), ("Ελένη Δημητρίου", "eleni.dimitriou"), ("Κώστας Ιωάννου", "k.ioannou"),
           ("Σοφία Νικολάου", "sofia.nikolaou")],
    "ar": [("محمد العتيبي", "m.alotaibi"), ("فاطمة الزهراني", "f.alzahrani"), ("أحمد حسن", "ahmed.hassan"),
           ("ليلى حداد", "layla.haddad"), ("خالد المنصوري", "k.almansoori"), ("نور الهدى سعيد", "nour.saeed"),
           ("يوسف الشمري", "y.alshammari")],
    "he": [("נועה כהן", "noa.cohen"), ("יוסי לוי", "yossi.levi"), ("מיכל אברהם", "michal.avraham"),
           ("אורי מזרחי", "uri.mizrahi"), ("תמר פרץ", "tamar.peretz"), ("דניאל ביטון", "daniel.biton")],
    "zh": [("王伟", "wangwei"), ("李娜", "lina"), ("张敏", "zhangmin"), ("刘洋", "liuyang"), ("陈静", "chenjing"),
           ("杨帆", "yangfan"), ("黄磊", "huanglei")],
    "ja": [("佐藤 健", "k.sato"), ("鈴木 美咲", "m.suzuki"), ("高橋 大輔", "d.takahashi"), ("田中 花子", "h.tanaka"),
           ("伊藤 翔", "s.ito"), ("渡辺 由美", "y.watanabe"), ("山本 直樹", "n.yamamoto")],
    "ko": [("김민준", "minjun.kim"), ("이서연", "seoyeon.lee"), ("박지훈", "jihoon.park"), ("최유진", "yujin.choi"),
           ("정하늘", "haneul.jung"), ("강도현", "dohyun.kang"), ("윤지아", "jia.yoon")],
    "hi": [("राहुल शर्मा", "rahul.sharma"), ("प्रिया वर्मा", "priya.verma"), ("अमित कुमार", "amit.kumar"),
           ("नेहा गुप्ता", "neha.gupta"), ("विकास सिंह", "vikas.singh"), ("अंजलि मेहता", "anjali.mehta")],
    "th": [("สมชาย ใจดี", "somchai.j"), ("สุภาพร วงศ์ไทย", "supaporn.w"), ("ธนากร ศรีสุข", "thanakorn.s"),
           ("กมลวรรณ แสงทอง", "kamonwan.s"), ("ณัฐพล บุญมา", "nattapon.b"), ("พิมพ์ชนก รัตนา", "pimchanok.r")],
    "tr": [("Ayşe Yılmaz", "ayse.yilmaz"), ("Mehmet Demir", "m.demir"), ("Zeynep Kaya", "zeynep.kaya"),
           ("Emre Şahin", "emre.sahin"), ("Elif Çelik", "elif.celik"), ("Burak Arslan", "b.arslan")],
}

ORGS = {
    "en": [("Northbeam Logistics", "northbeam-logistics.com"), ("Harlow & Finch LLP", "harlowfinch.co.uk"),
           ("Tidewater Analytics", "tidewater-analytics.com"), ("Kestrel Engineering", "kestrel-eng.com"),
           ("Pinecrest Medical Group", "pinecrestmedical.org"), ("Bluefield Capital", "bluefieldcap.com"),
           ("Meridian Foods", "meridian-foods.net"), ("Corvell Software", "corvell.io"),
           ("Ashgrove Housing Trust", "ashgrove-housing.org.uk"), ("Lumen Print Works", "lumenprintworks.com"),
           ("Redstone Civil", "redstone-civil.com"), ("Halcyon Biotech", "halcyonbio.com"),
           ("Stonebridge University", "stonebridge.ac.uk"), ("Quayside Architects", "quayside-arch.co.uk"),
           ("Veritas Freight", "veritasfreight.com"), ("Orchard Valley Schools", "ovsd.k12.example.us")],
    "de": [("Müller Haustechnik GmbH", "mueller-haustechnik.de"), ("Kanzlei Brandt & Partner", "kanzlei-brandt.de"),
           ("Stadtwerke Lindenau", "stadtwerke-lindenau.de"), ("Schäfer Logistik AG", "schaefer-logistik.de"),
           ("Hochschule Rheinau", "hs-rheinau.de"), ("Vogel Maschinenbau", "vogel-maschinenbau.de")],
    "fr": [("Atelier Durand SARL", "atelier-durand.fr"), ("Groupe Vallée Conseil", "vallee-conseil.fr"),
           ("Université de Belcourt", "univ-belcourt.fr"), ("Transports Marchal", "transports-marchal.fr")],
    "es": [("Construcciones Levante", "construcciones-levante.es"), ("Grupo Albero", "grupoalbero.es"),
           ("Universidad del Norte de Castilla", "unc-castilla.es"), ("Clínica Sonrisa", "clinicasonrisa.es")],
    "it": [("Ferri Arredamenti", "ferri-arredamenti.it"), ("Studio Legale Conti", "studiolegaleconti.it"),
           ("Università di Valdora", "unival.it"), ("Lombardi Trasporti", "lombarditrasporti.it")],
    "pt": [("Construtora Vitória", "construtoravitoria.com.br"), ("Souza & Lima Advogados", "souzalima.adv.br"),
           ("Universidade do Minho Norte", "umn.pt"), ("Tecnomar Lda", "tecnomar.pt")],
    "nl": [("Van Leeuwen Installatietechniek", "vanleeuwen-installatie.nl"), ("Gemeente Westerkamp", "westerkamp.nl"),
           ("Hogeschool Amstelland", "hs-amstelland.nl"), ("De Groot Transport", "degroot-transport.nl")],
    "pl": [("Budimex-Tech Sp. z o.o.", "budtech.pl"), ("Kancelaria Nowicki", "kancelaria-nowicki.pl"),
           ("Politechnika Nadwiślańska", "pnadw.edu.pl"), ("Agro-Pol S.A.", "agropol.com.pl")],
    "ru": [("ООО «СеверТрансСтрой»", "stransstroy.ru"), ("АО «Ладога Софт»", "ladogasoft.ru"),
           ("Университет Приволжья", "privolzhe-univ.ru"), ("ООО «Альфа-Снаб»", "alfasnab.ru")],
    "el": [("Παπαδόπουλος Α.Ε.", "papadopoulos-ae.gr"), ("Αιγαίο Logistics", "aigaio-logistics.gr"),
           ("Πανεπιστήμιο Θεσσαλίας Βορρά", "ptv.edu.gr")],
    "ar": [("شركة الخليج للتجارة", "gulftrading.ae"), ("مجموعة النخبة", "elitegroup.com.sa"),
           ("جامعة الرواد", "alrowad.edu.jo")],
    "he": [("טכנולוגיות אלפא בע\"מ", "alpha-tech.co.il"), ("כהן ושות' עורכי דין", "cohen-law.co.il"),
           ("מכללת הגליל", "galil-college.ac.il")],
    "zh": [("华信科技有限公司", "huaxin-tech.com.cn"), ("东方物流集团", "dongfang-wl.cn"),
           ("江南大学信息学院", "jnu-info.edu.cn"), ("台北軟體協會", "tpsa.org.tw")],
    "ja": [("株式会社ミライテック", "miraitec.co.jp"), ("山田商事株式会社", "yamada-shoji.co.jp"),
           ("北陸情報大学", "hokuriku-iu.ac.jp")],
    "ko": [("한빛소프트웨어", "hanbitsw.co.kr"), ("대성물산", "daesung-trade.co.kr"), ("서울미래대학교", "smu-future.ac.kr")],
    "hi": [("शर्मा इंडस्ट्रीज़", "sharma-industries.in"), ("नवभारत टेक", "navbharat-tech.co.in"),
           ("इंद्रप्रस्थ प्रबंधन संस्थान", "iim-indraprastha.ac.in")],
    "th": [("บริษัท สยามเทรดดิ้ง จำกัด", "siamtrading.co.th"), ("มหาวิทยาลัยราชพฤกษ์", "rpu.ac.th")],
    "tr": [("Yıldız Lojistik A.Ş.", "yildizlojistik.com.tr"), ("Anadolu Yazılım", "anadoluyazilim.com.tr"),
           ("Ege Teknik Üniversitesi", "egeteknik.edu.tr")],
}

FREE_SMTP = {
    "en": ["aol.com", "gmx.com", "fastmail.com", "zoho.com", "comcast.net", "btinternet.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "posteo.de"], "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr"],
    "es": ["telefonica.net", "gmx.es"], "it": ["libero.it", "virgilio.it", "tiscali.it"],
    "pt": ["sapo.pt", "uol.com.br", "bol.com.br"], "nl": ["ziggo.nl", "kpnmail.nl", "xs4all.nl"],
    "pl": ["wp.pl", "onet.pl", "interia.pl", "o2.pl"], "ru": ["mail.ru", "yandex.ru", "rambler.ru"],
    "el": ["otenet.gr", "hol.gr"], "ar": ["gmx.com", "aol.com"], "he": ["walla.co.il", "012.net.il"],
    "zh": ["163.com", "126.com", "qq.com", "sina.com"], "ja": ["nifty.com", "biglobe.ne.jp", "ocn.ne.jp"],
    "ko": ["naver.com", "daum.net", "hanmail.net"], "hi": ["rediffmail.com"], "th": ["gmx.com"],
    "tr": ["yandex.com.tr", "mynet.com"],
}
OUTLOOK_FREE = {"de": ["outlook.de", "hotmail.de"], "fr": ["outlook.fr", "hotmail.fr"], "es": ["hotmail.es", "outlook.es"],
                "it": ["hotmail.it", "outlook.it"], "pt": ["hotmail.com", "outlook.com.br"], "ja": ["outlook.jp"],
                "th": ["hotmail.co.th"], "tr": ["hotmail.com.tr"]}
YAHOO_FREE = {"ja": ["yahoo.co.jp"], "fr": ["yahoo.fr"], "de": ["yahoo.de"], "es": ["yahoo.es"],
              "it": ["yahoo.it"], "el": ["yahoo.gr"], "pt": ["yahoo.com.br"], "hi": ["yahoo.co.in"]}

LANG_TZ = {
    "en": ["America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/London", "America/Denver",
           "Europe/London", "America/New_York"],
    "de": ["Europe/Berlin", "Europe/Zurich"], "fr": ["Europe/Paris", "Europe/Brussels"], "es": ["Europe/Madrid", "America/Mexico_City"],
    "it": ["Europe/Rome"], "pt": ["Europe/Lisbon", "America/Sao_Paulo"], "nl": ["Europe/Amsterdam", "Europe/Brussels"],
    "pl": ["Europe/Warsaw"], "ru": ["Europe/Moscow"], "el": ["Europe/Athens"], "ar": ["Asia/Dubai", "Asia/Riyadh"],
    "he": ["Asia/Jerusalem"], "zh": ["Asia/Shanghai"], "ja": ["Asia/Tokyo"], "ko": ["Asia/Seoul"],
    "hi": ["Asia/Kolkata"], "th": ["Asia/Bangkok"], "tr": ["Europe/Istanbul"],
}

MSLANG = {"en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES", "it": "it-IT", "pt": "pt-BR", "nl": "nl-NL",
          "pl": "pl-PL", "ru": "ru-RU", "el": "el-GR", "ar": "ar-SA", "he": "he-IL", "zh": "zh-CN", "ja": "ja-JP",
          "ko": "ko-KR", "hi": "hi-IN", "th": "th-TH", "tr": "tr-TR"}

# legacy charsets typical for each language (used by some clients)
LEGACY_CS = {"en": ["us-ascii", "iso-8859-1"], "de": ["iso-8859-15", "windows-1252", "iso-8859-1"],
             "fr": ["iso-8859-15", "windows-1252"], "es": ["iso-8859-1", "windows-1252"],
             "it": ["iso-8859-15", "windows-1252"], "pt": ["iso-8859-1", "windows-1252"],
             "nl": ["iso-8859-15", "windows-1252"], "pl": ["iso-8859-2", "windows-1250"],
             "ru": ["koi8-r", "windows-1251"], "el": ["iso-8859-7", "windows-1253"], "ar": ["windows-1256"],
             "he": ["windows-1255", "iso-8859-8"], "zh": ["gb2312", "gbk", "gb18030"], "ja": ["iso-2022-jp", "shift_jis"],
             "ko": ["ks_c_5601-1987", "euc-kr"], "hi": ["utf-8"], "th": ["tis-620", "iso-8859-11"],
             "tr": ["iso-8859-9", "windows-1254"]}


def b64rand(rng, n):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()


def hexrand(rng, n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(rng, n, chars="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(chars) for _ in range(n))


def ip4(rng, net=None):
    net = net or rng.choice(["192.0.2", "198.51.100", "203.0.113"])
    return "%s.%d" % (net, rng.randint(2, 250))


def ip6(rng):
    return "2001:db8:%x:%x::%x" % (rng.randint(1, 0xffff), rng.randint(1, 0xffff), rng.randint(1, 0xfff))


def person(rng, lang, exclude=()):
    pool = [p for p in NAMES[lang] if p[0] not in exclude]
    if not pool:
        pool = [p for p in NAMES["en"] if p[0] not in exclude] or NAMES["en"]
    return rng.choice(pool)


def first_name(lang, display):
    if lang in ("zh", "ko"):
        return display[1:] if lang == "zh" else display[1:]
    if lang == "ja":
        return display.split()[0] if " " in display else display
    if lang == "hu":
        return display.split()[-1]
    return display.split()[0]


# ---------------------------------------------------------------- transport / auth
DMARC_POL = {"gmail.com": ("NONE", "QUARANTINE"), "google.com": ("REJECT", "REJECT"), "outlook.com": ("NONE", "NONE"),
             "hotmail.com": ("NONE", "NONE"), "icloud.com": ("QUARANTINE", "QUARANTINE"), "me.com": ("QUARANTINE", "QUARANTINE"),
             "yahoo.com": ("REJECT", "REJECT"), "zoom.us": ("REJECT", "REJECT")}


def dmarc_pol(rng, domain):
    if domain in DMARC_POL:
        return DMARC_POL[domain]
    h = int(hashlib.md5(domain.encode()).hexdigest()[:4], 16) % 10
    if h < 3:
        return ("NONE", "NONE")
    if h < 6:
        return ("QUARANTINE", "QUARANTINE")
    return ("REJECT", "REJECT")


def dkim_sig(rng, d, s, t, hdrs="from:to:subject:date:message-id:mime-version:content-type", style="std", extra=""):
    b = b64rand(rng, 256)
    bh = b64rand(rng, 32)
    if style == "google":
        lines = ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;",
                 "        d=%s; s=%s; t=%d; x=%d; darn=%s;" % (d, s, t, t + 604800, extra or "example.net"),
                 "        h=%s;" % hdrs, "        bh=%s;" % bh]
        bb = [b[i:i + 70] for i in range(0, len(b), 70)]
        lines.append("        b=" + bb[0])
        lines += ["         " + x for x in bb[1:]]
        lines[-1] += ""
    elif style == "ms":
        lines = ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;" % d,
                 " s=%s;" % s, " h=%s;" % hdrs, " bh=%s;" % bh]
        bb = [b[i:i + 76] for i in range(0, len(b), 76)]
        lines.append(" b=" + bb[0])
        lines += [" " + x for x in bb[1:]]
    else:
        lines = ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;" % d,
                 "\ts=%s; t=%d;" % (s, t), "\tbh=%s;" % bh, "\th=%s;" % hdrs]
        bb = [b[i:i + 72] for i in range(0, len(b), 72)]
        lines.append("\tb=" + bb[0])
        lines += ["\t " + x for x in bb[1:]]
    return "\r\n".join(lines), b[:8]


def auth_results(dkims, spf, dmarc):
    """dkims: list of (res, d, s, b8);  spf: (res, mailfrom, ip);  dmarc: (res, p, sp, from_domain) or None"""
    parts = []
    if not dkims:
        parts.append("dkim=none (message not signed)")
    for res, d, s, b in dkims:
        if res == "pass":
            parts.append("dkim=pass (2048-bit key; unprotected) header.d=%s header.s=%s header.b=%s" % (d, s, b)
                         if False else "dkim=pass header.d=%s header.s=%s header.b=%s" % (d, s, b))
        elif res == "fail":
            parts.append('dkim=fail reason="signature verification failed" header.d=%s header.s=%s header.b=%s' % (d, s, b))
        else:
            parts.append("dkim=%s header.d=%s header.s=%s header.b=%s" % (res, d, s, b))
    res, mf, ip = spf
    dom = mf.split("@")[-1]
    if res == "pass":
        parts.append("spf=pass (mx.example.net: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf))
    elif res == "softfail":
        parts.append("spf=softfail (mx.example.net: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf))
    elif res == "fail":
        parts.append("spf=fail (mx.example.net: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf))
    elif res == "neutral":
        parts.append("spf=neutral (mx.example.net: %s is neither permitted nor denied by domain of %s) smtp.mailfrom=%s" % (ip, mf, mf))
    else:
        parts.append("spf=none (mx.example.net: domain of %s does not designate permitted sender hosts) smtp.mailfrom=%s" % (mf, mf))
    if dmarc:
        r, p, sp, fd = dmarc
        if r == "none":
            parts.append("dmarc=none (p=none dis=none) header.from=%s" % fd)
        else:
            dis = "NONE" if r == "pass" or p == "NONE" else p
            parts.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (r, p, sp, dis, fd))
    return "Authentication-Results: mx.example.net;\r\n\t" + ";\r\n\t".join(parts)


def postfix_qid(rng):
    return "4" + "".join(rng.choice("BCDFGHJKLMNPQRSTVWXYZ0123456789") for _ in range(rng.choice([10, 11])))


def mx_received(rng, helo, rdns, ip, rcpt, when):
    ipf = ("IPv6:" + ip) if ":" in ip else ip
    return ("Received: from %s (%s [%s])\r\n\tby mx.example.net (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s (UTC)"
            % (helo, rdns, ipf, postfix_qid(rng), rcpt, rfc2822(when.astimezone(UTC))))
