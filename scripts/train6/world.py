"""People, organisations, hosts, links and phone numbers for train6.
All invented; IPs from documentation ranges, phones from fictional ranges."""
from mailkit import rstr, rhex, ascii_fold, LOWER

LANGS = ["en", "de", "fr", "es", "pt", "it", "nl", "pl", "ru", "ja", "zh", "ko", "ar", "tr", "vi", "id"]

NAMES = {
    "en": (["James", "Emily", "Michael", "Sarah", "David", "Laura", "Daniel", "Rachel", "Thomas", "Olivia", "Kevin", "Hannah", "Marcus", "Priya"],
           ["Carter", "Mitchell", "Hughes", "Bennett", "Foster", "Reynolds", "Palmer", "Griffin", "Walsh", "Turner", "Okafor", "Lindqvist"]),
    "de": (["Lukas", "Anna", "Jonas", "Katrin", "Matthias", "Sabine", "Felix", "Julia", "Jürgen", "Ines"],
           ["Becker", "Hoffmann", "Schulz", "Wagner", "Krüger", "Neumann", "Schröder", "Lehmann", "Weiß"]),
    "fr": (["Julien", "Camille", "Nicolas", "Élodie", "Antoine", "Sophie", "Mathieu", "Claire", "Hélène"],
           ["Lefèvre", "Moreau", "Girard", "Dubois", "Fontaine", "Rousseau", "Garnier", "Chevalier"]),
    "es": (["Javier", "Lucía", "Alejandro", "Marta", "Pablo", "Carmen", "Sergio", "Elena", "Íñigo"],
           ["García", "Martínez", "López", "Sánchez", "Romero", "Navarro", "Ortega", "Molina"]),
    "pt": (["João", "Ana", "Rafael", "Juliana", "Lucas", "Fernanda", "Bruno", "Camila"],
           ["Silva", "Souza", "Oliveira", "Pereira", "Costa", "Almeida", "Ribeiro", "Carvalho"]),
    "it": (["Marco", "Giulia", "Luca", "Francesca", "Andrea", "Chiara", "Davide", "Sara"],
           ["Rossi", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Esposito"]),
    "nl": (["Daan", "Sanne", "Bram", "Lotte", "Thijs", "Anouk", "Joris", "Femke"],
           ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder"]),
    "pl": (["Piotr", "Katarzyna", "Tomasz", "Agnieszka", "Michał", "Magdalena", "Paweł", "Joanna"],
           ["Nowak", "Kowalczyk", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Dąbrowski"]),
    "tr": (["Emre", "Zeynep", "Burak", "Elif", "Mehmet", "Ayşe", "Can", "Selin"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın"]),
    "id": (["Budi", "Siti", "Agus", "Dewi", "Rizky", "Putri", "Andi", "Ratna"],
           ["Santoso", "Wijaya", "Pratama", "Lestari", "Hidayat", "Saputra", "Nugroho"]),
}
# non-Latin: (native, latin)
NAMES_NL = {
    "ru": ([("Алексей", "aleksey"), ("Ольга", "olga"), ("Дмитрий", "dmitry"), ("Екатерина", "ekaterina"), ("Сергей", "sergey"), ("Наталья", "natalya")],
           [("Иванов", "ivanov"), ("Смирнова", "smirnova"), ("Кузнецов", "kuznetsov"), ("Попова", "popova"), ("Волков", "volkov"), ("Морозова", "morozova")], "fl"),
    "ja": ([("健太", "kenta"), ("由美", "yumi"), ("翔", "sho"), ("美咲", "misaki"), ("大輔", "daisuke"), ("彩", "aya")],
           [("佐藤", "sato"), ("鈴木", "suzuki"), ("高橋", "takahashi"), ("田中", "tanaka"), ("伊藤", "ito"), ("渡辺", "watanabe")], "lf "),
    "zh": ([("伟", "wei"), ("芳", "fang"), ("静", "jing"), ("磊", "lei"), ("婷", "ting"), ("志强", "zhiqiang")],
           [("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang")], "lf"),
    "ko": ([("민준", "minjun"), ("서연", "seoyeon"), ("지훈", "jihoon"), ("수빈", "subin"), ("현우", "hyunwoo")],
           [("김", "kim"), ("이", "lee"), ("박", "park"), ("최", "choi"), ("정", "jung")], "lf"),
    "ar": ([("محمد", "mohammed"), ("فاطمة", "fatima"), ("أحمد", "ahmed"), ("نورة", "noura"), ("خالد", "khalid"), ("ليلى", "layla")],
           [("العتيبي", "alotaibi"), ("الحربي", "alharbi"), ("منصور", "mansour"), ("حداد", "haddad"), ("الزهراني", "alzahrani")], "fl"),
    "vi": ([("Minh", "minh"), ("Lan", "lan"), ("Văn Hùng", "hung"), ("Thị Thảo", "thao"), ("Anh Tuấn", "tuan"), ("Thu Hương", "huong")],
           [("Nguyễn", "nguyen"), ("Trần", "tran"), ("Lê", "le"), ("Phạm", "pham"), ("Hoàng", "hoang")], "lf "),
}


def person(rng, lang):
    if lang in NAMES:
        f = rng.choice(NAMES[lang][0]); l = rng.choice(NAMES[lang][1])
        return dict(name=f"{f} {l}", first=f, last=l, fa=ascii_fold(f), la=ascii_fold(l))
    firsts, lasts, order = NAMES_NL[lang]
    f = rng.choice(firsts); l = rng.choice(lasts)
    if order == "fl":
        name = f"{f[0]} {l[0]}"
    elif order == "lf":
        name = f"{l[0]}{f[0]}"
    else:
        name = f"{l[0]} {f[0]}"
    return dict(name=name, first=f[0], last=l[0], fa=f[1], la=l[1])


CONSUMER = ["webpost.example", "correo.example", "mailbox.example", "posteo.test"]


def recipient(rng, lang, force=None):
    p = person(rng, lang)
    r = rng.random()
    kind = force or ("corp" if r < 0.8 else "org" if r < 0.9 else "consumer")
    if kind == "corp":
        p["email"] = f"{p['fa']}.{p['la']}@example.net"
    elif kind == "org":
        p["email"] = f"{p['fa'][0]}.{p['la']}@example.org"
    else:
        p["email"] = f"{p['fa']}{p['la'][:3]}{rng.randint(70, 99)}@{rng.choice(CONSUMER)}"
    return p


ORGS = {
    "en": [("Harborline Logistics", "harborline.example"), ("Brightwater Legal LLP", "brightwater-legal.example"),
           ("Kestrel Analytics", "kestrel-analytics.test"), ("Maple & Finch Architects", "maplefinch.example"),
           ("Northgate Health Partners", "northgate-health.example"), ("Copperleaf Software", "copperleaf.test"),
           ("Redmont Engineering", "redmont-eng.example"), ("Ashby Wholesale Foods", "ashby-foods.example")],
    "de": [("Halvorsen Logistik GmbH", "halvorsen-logistik.example"), ("Brenner Bau AG", "brenner-bau.example"),
           ("Stadtwerke Lindenau", "stadtwerke-lindenau.example"), ("Kanzlei Vogt & Partner", "vogt-partner.test")],
    "fr": [("Atelier Garance SARL", "atelier-garance.example"), ("Groupe Vallon", "groupe-vallon.example"),
           ("Cabinet Morel Avocats", "morel-avocats.test")],
    "es": [("Construcciones Albarán S.L.", "albaran.example"), ("Grupo Tarraco", "grupotarraco.example")],
    "pt": [("Transportadora Ipê Ltda.", "ipe-transportes.example"), ("Cerrado Agro", "cerradoagro.example")],
    "it": [("Officine Valtellina S.r.l.", "officine-valtellina.example"), ("Studio Bellandi", "studiobellandi.test")],
    "nl": [("Van Dijk Installatietechniek", "vandijk-installatie.example"), ("Polder Data B.V.", "polderdata.example")],
    "pl": [("Wisłomet Sp. z o.o.", "wislomet.example"), ("Kancelaria Nowicki", "nowicki-kancelaria.test")],
    "ru": [("ООО «Северный ветер»", "severveter.example"), ("Уралтехснаб", "uraltechsnab.example")],
    "ja": [("株式会社ミナト精機", "minato-seiki.example"), ("さくら設計事務所", "sakura-sekkei.test")],
    "zh": [("华东联合物流有限公司", "huadong-logistics.example"), ("深蓝科技", "shenlan-tech.example")],
    "ko": [("한빛테크 주식회사", "hanbit-tech.example"), ("서해물산", "seohae.example")],
    "ar": [("مجموعة الندى التجارية", "alnada-group.example"), ("شركة الواحة للمقاولات", "alwaha-contracting.example")],
    "tr": [("Anadolu Lojistik A.Ş.", "anadolu-lojistik.example"), ("Kuzey Yazılım", "kuzeyyazilim.test")],
    "vi": [("Công ty TNHH Sông Hồng", "songhong.example"), ("Minh Phát Logistics", "minhphat.example")],
    "id": [("PT Nusantara Prima", "nusantaraprima.example"), ("CV Sinar Jaya", "sinarjaya.test")],
}


def org(rng, lang):
    return rng.choice(ORGS[lang])


LANG_TZ = {
    "en": ["Europe/London", "America/New_York", "America/Los_Angeles", "America/Chicago"],
    "de": ["Europe/Berlin"], "fr": ["Europe/Paris"], "es": ["Europe/Madrid"], "pt": ["America/Sao_Paulo"],
    "it": ["Europe/Rome"], "nl": ["Europe/Amsterdam"], "pl": ["Europe/Warsaw"], "ru": ["Europe/Moscow"],
    "ja": ["Asia/Tokyo"], "zh": ["Asia/Shanghai"], "ko": ["Asia/Seoul"], "ar": ["Asia/Riyadh", "Asia/Dubai"],
    "tr": ["Europe/Istanbul"], "vi": ["Asia/Ho_Chi_Minh"], "id": ["Asia/Jakarta"],
}

LEGACY_CHARSET = {
    "de": ["iso-8859-1", "windows-1252", "iso-8859-15"], "fr": ["iso-8859-1", "windows-1252"],
    "es": ["iso-8859-1", "windows-1252"], "pt": ["iso-8859-1", "windows-1252"], "it": ["iso-8859-1"],
    "nl": ["iso-8859-1", "windows-1252"], "pl": ["iso-8859-2", "windows-1250"], "ru": ["koi8-r", "windows-1251"],
    "ja": ["iso-2022-jp", "shift_jis"], "zh": ["gb2312", "gbk"], "ko": ["euc-kr", "ks_c_5601-1987"],
    "ar": ["windows-1256", "iso-8859-6"], "tr": ["iso-8859-9", "windows-1254"], "en": ["us-ascii", "iso-8859-1"],
    "vi": ["utf-8"], "id": ["us-ascii", "iso-8859-1"],
}


def ip_pub(rng):
    return f"{rng.choice(['192.0.2', '198.51.100', '203.0.113'])}.{rng.randint(2, 254)}"


def ip_priv(rng):
    k = rng.randint(0, 2)
    if k == 0:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    if k == 1:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"


def phone(rng, region="us"):
    n = rng.randint(0, 99)
    if region == "us":
        area = rng.choice(["202", "312", "415", "617", "646", "702", "808"])
        return f"+1 ({area}) 555-01{n:02d}"
    if region == "tollfree":
        area = rng.choice(["800", "833", "844", "855", "866", "877", "888"])
        return f"+1 ({area}) 555-01{n:02d}"
    if region == "uk":
        return f"01632 960{rng.randint(0, 999):03d}"
    if region == "ukm":
        return f"07700 900{rng.randint(0, 999):03d}"
    if region == "fr":
        return f"+33 1 99 00 {rng.randint(10, 99)} {rng.randint(10, 99)}"
    cc = {"de": "+49 30", "es": "+34 91", "pt": "+55 11", "it": "+39 02", "nl": "+31 20", "pl": "+48 22",
          "ru": "+7 495", "ja": "+81 3", "zh": "+86 21", "ko": "+82 2", "ar": "+966 11", "tr": "+90 212",
          "vi": "+84 28", "id": "+62 21"}.get(region, "+1 555")
    return f"{cc} 555 01{n:02d}"


WORDS = ["secure", "docs", "share", "portal", "review", "file", "view", "access", "office", "cloud", "verify",
         "account", "sign", "online", "mail", "team", "support", "update", "client", "invoice"]


def spam_link(rng, kind=None, file="Document.pdf"):
    w = rng.choice(WORDS); w2 = rng.choice(WORDS)
    kinds = ["sites", "forms", "bitly", "tly", "gdocs", "onedrive", "sharepoint", "dropbox", "wetransfer", "notion",
             "webapp", "pages", "azure", "ipfs", "docsend", "gredirect", "isgd", "tinyurl", "firebase", "r2"]
    k = kind or rng.choice(kinds)
    if k == "sites":
        return f"https://sites.google.com/view/{w}-{w2}{rng.randint(10, 999)}/home"
    if k == "forms":
        return f"https://forms.gle/{rstr(rng, 17)}"
    if k == "bitly":
        return f"https://bit.ly/{rstr(rng, 7)}"
    if k == "tly":
        return f"https://t.ly/{rstr(rng, 5)}"
    if k == "isgd":
        return f"https://is.gd/{rstr(rng, 6)}"
    if k == "tinyurl":
        return f"https://tinyurl.com/{rstr(rng, 8, LOWER)}"
    if k == "gdocs":
        return f"https://docs.google.com/presentation/d/e/2PACX-1v{rstr(rng, 80)}/pub?start=false"
    if k == "onedrive":
        return f"https://1drv.ms/b/s!{rstr(rng, 8)}-{rstr(rng, 12)}?e={rstr(rng, 6)}"
    if k == "sharepoint":
        t = rng.choice(["brennerbau", "harborlinelogistics", "atelierg", "kestrelanalytic", "vallongroupe", "ipetransp",
                        "tarracogrp", "wislomet1", "nusantaraprm"])
        return f"https://{t}-my.sharepoint.com/:b:/g/personal/{rstr(rng, 6, LOWER)}_{t}_onmicrosoft_com/E{rstr(rng, 45)}?e={rstr(rng, 6)}"
    if k == "dropbox":
        return f"https://www.dropbox.com/scl/fi/{rstr(rng, 21, LOWER)}/{file.replace(' ', '_')}?rlkey={rstr(rng, 25, LOWER)}&dl=0"
    if k == "wetransfer":
        return f"https://we.tl/t-{rstr(rng, 10)}"
    if k == "notion":
        return f"https://{w}-{rstr(rng, 5, LOWER)}.notion.site/{w.title()}-{rhex(rng, 32)}"
    if k == "webapp":
        return f"https://{w}-{w2}-{rng.randint(1000, 9999)}.web.app/"
    if k == "firebase":
        return f"https://{w}{rng.randint(100, 999)}.firebaseapp.com/index.html#{rstr(rng, 10)}"
    if k == "pages":
        return f"https://{w}-{rstr(rng, 6, LOWER)}.pages.dev/"
    if k == "r2":
        return f"https://pub-{rhex(rng, 32)}.r2.dev/{w}.html"
    if k == "azure":
        return f"https://{w}{w2}{rng.randint(10, 99)}.azurewebsites.net/?id={rstr(rng, 12)}"
    if k == "ipfs":
        return f"https://ipfs.io/ipfs/bafybei{rstr(rng, 52, 'abcdefghijklmnopqrstuvwxyz234567')}?filename={w}.html"
    if k == "docsend":
        return f"https://docsend.com/view/{rstr(rng, 16, LOWER)}"
    if k == "gredirect":
        return f"https://www.google.com/url?q=https://{w}-{w2}.pages.dev/{rstr(rng, 8)}&sa=D&source=calendar&usg=AOvVaw{rstr(rng, 22)}"
    raise ValueError(k)


def wa(rng):
    return f"https://wa.me/4477009{rng.randint(0, 99999):05d}"


def tg(rng, name="support"):
    return f"https://t.me/{name}_{rstr(rng, 5, LOWER)}"
