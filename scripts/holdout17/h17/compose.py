# -*- coding: utf-8 -*-
"""Compose one message: scenario -> identities -> client rendering -> transport."""
import copy
import datetime as dt
import email
import email.header
import email.policy
import random

from . import core, world, auth, build, clients, transport
from .build import M, fill, fill_values, make_person, org_for, typo_domain, brand_domain, spam_url, meet_url, doc_url

COMPAT = {
    "google": ["free", "corp", "colleague", "compromised", "lookalike", "spoof"],
    "outlook": ["free", "corp", "colleague", "compromised", "lookalike", "spoof"],
    "icloud": ["free"], "yahoo": ["free"],
    "applemail": ["free", "corp", "colleague", "compromised", "lookalike"],
    "thunderbird": ["free", "corp", "colleague", "compromised", "lookalike", "spoof"],
    "zoom": ["service"],
    "nextcloud": ["corp", "colleague", "compromised", "lookalike", "free"],
    "zimbra": ["corp", "colleague", "compromised"],
    "sogo": ["corp", "colleague", "compromised"],
    "booking": ["service", "corp", "lookalike", "spoof", "compromised"],
    "handrolled": ["corp", "service", "colleague", "spoof", "lookalike", "compromised", "free"],
}

BRAND_NAME = {
    "microsoft": "Microsoft 365", "docusign": "DocuSign", "paypal": "PayPal", "chase": "Chase Online",
    "adobe": "Adobe Document Cloud", "dropbox": "Dropbox", "irs": "IRS Online Services", "usps": "USPS",
    "ezpass": "E-ZPass", "hmrc": "HMRC", "royalmail": "Royal Mail", "dmv": "Traffic Violations Bureau",
    "auspost": "Australia Post", "dhl": "DHL Express", "antai": "ANTAI", "dgt": "DGT Sede Electrónica",
    "postnl": "PostNL", "inpost": "InPost", "cj": "CJ대한통운", "sparkasse": "Sparkasse", "gosuslugi": "Госуслуги",
    "poalim": "בנק הפועלים", "amazon": "Amazon", "sbi": "SBI YONO", "kbank": "K PLUS", "norton": "Norton",
    "geeksquad": "Geek Squad", "mcafee": "McAfee", "coinbase": "Coinbase", "walmart": "Walmart Rewards",
    "delta": "SkyMiles Rewards", "apple": "Apple Store", "kohls": "Kohl's Rewards", "costco": "Costco Wholesale",
    "teams": "Microsoft Teams", "zoom": "Zoom", "webex": "Webex", "chrome": "Talent Team", "verify": "Document Center",
    "mercadona": "Mercadona", "livelo": "Livelo", "sklavenitis": "Σκλαβενίτης", "panda": "هايبر بنده",
    "kbc": "KBC Lucky Draw", "webmail": "Webmail Admin", "rayban": "Ray-Ban Outlet", "deals": "Deal Alerts",
    "ugg": "UGG Outlet", "watch": "Luxury Watches", "mode": "Vente Privée", "outlet": "Outlet Store",
    "loja": "Ofertas do Dia", "nike": "Nike Outlet", "brand": "ブランドアウトレット", "invest": "Investment Club",
    "recovery": "Asset Recovery Desk", "btc": "Crypto Wallet", "giveaway": "Crypto Giveaway", "usdt": "USDT",
    "dating": "Private Dating", "video": "Video Share", "x": "", "prize": "Prize Center", "av": "Antivirus Service",
}

GENERIC = {
    "en": ["Please find the calendar invitation attached.", "You have a new calendar event. Open the attachment to add it to your calendar."],
    "de": ["Im Anhang finden Sie die Kalendereinladung.", "Sie haben einen neuen Termin. Öffnen Sie den Anhang, um ihn in Ihren Kalender zu übernehmen."],
    "fr": ["Veuillez trouver l'invitation en pièce jointe.", "Vous avez un nouvel événement. Ouvrez la pièce jointe pour l'ajouter à votre agenda."],
    "es": ["Adjuntamos la invitación de calendario.", "Tiene un nuevo evento. Abra el archivo adjunto para añadirlo a su calendario."],
    "it": ["In allegato l'invito del calendario.", "Hai un nuovo evento. Apri l'allegato per aggiungerlo al calendario."],
    "pt": ["Segue em anexo o convite do calendário.", "Você tem um novo evento. Abra o anexo para adicioná-lo à sua agenda."],
    "nl": ["In de bijlage vindt u de agenda-uitnodiging.", "U heeft een nieuwe afspraak. Open de bijlage om deze aan uw agenda toe te voegen."],
    "pl": ["W załączniku przesyłamy zaproszenie do kalendarza.", "Masz nowe wydarzenie. Otwórz załącznik, aby dodać je do kalendarza."],
    "ru": ["Приглашение во вложении.", "У вас новое событие. Откройте вложение, чтобы добавить его в календарь."],
    "el": ["Επισυνάπτεται η πρόσκληση ημερολογίου.", "Έχετε μια νέα εκδήλωση. Ανοίξτε το συνημμένο για να την προσθέσετε στο ημερολόγιό σας."],
    "ar": ["تجدون الدعوة في المرفق.", "لديك حدث جديد. افتح المرفق لإضافته إلى التقويم."],
    "he": ["ההזמנה מצורפת.", "יש לך אירוע חדש. יש לפתוח את הקובץ המצורף כדי להוסיף אותו ליומן."],
    "zh": ["日历邀请请见附件。", "您有一个新的日程，请打开附件添加到日历。"],
    "ja": ["カレンダーの招待状を添付いたします。", "新しい予定があります。添付ファイルを開いてカレンダーに追加してください。"],
    "ko": ["일정 초대장을 첨부합니다.", "새 일정이 있습니다. 첨부 파일을 열어 캘린더에 추가하세요."],
    "hi": ["कैलेंडर आमंत्रण संलग्न है।", "आपके लिए एक नया इवेंट है। इसे कैलेंडर में जोड़ने के लिए अटैचमेंट खोलें।"],
    "th": ["แนบคำเชิญในปฏิทินมาพร้อมนี้", "คุณมีกิจกรรมใหม่ เปิดไฟล์แนบเพื่อเพิ่มลงในปฏิทิน"],
}

GREET = {"en": "Dear {n},", "de": "Guten Tag {n},", "fr": "Bonjour {n},", "es": "Hola {n}:", "it": "Gentile {n},",
         "pt": "Olá {n},", "nl": "Beste {n},", "pl": "Dzień dobry {n},", "ru": "Здравствуйте, {n}!",
         "el": "Αγαπητέ/ή {n},", "ar": "عزيزي {n}،", "he": "שלום {n},", "zh": "{n}，您好：", "ja": "{n} 様",
         "ko": "{n}님, 안녕하세요.", "hi": "प्रिय {n},", "th": "เรียน คุณ{n}"}

LISTS = {
    "dev": [("dev", "lists.openforge.example", "Developer discussion"), ("devel", "lists.kaiyuan.example", "开发者邮件列表"),
            ("security-wg", "lists.netproj.example", "Security working group")],
    "pug": [("pug", "lists.pyusers.example", "Python user group")],
    "seminar": [("stats-seminar", "lists.oakfield.ac.example", "Department seminars")],
    "club": [("members", "lists.greenacres-allotments.example", "Members list"),
             ("runners", "lists.bkkrunners.example", "ชมรมนักวิ่ง")],
    "lug": [("lug", "lists.lug-gdansk.example", "Gdańska Grupa Użytkowników Linuksa")],
    "wiki": [("hi-wiki", "lists.wikimeet.example", "हिंदी विकि समुदाय")],
    "spam": [("announce", "lists.makerspace.example", "Announcements"), ("alumni", "lists.alumni-assoc.example", "Alumni"),
             ("research", "lists.biolab.example", "Research group"), ("members", "lists.chamber-trade.example", "Members")],
}


def pick_kind(rng, sc, client, label):
    want = sc.get("kinds") or (["corp"] if label == "ham" else ["free"])
    if label == "ham":
        want = [("corp" if (k == "service" and client not in ("booking", "zoom", "handrolled")) else k) for k in want]
    ok = [k for k in want if k in COMPAT[client]]
    if label == "spam" and client == "nextcloud":
        ok = [k for k in ok if k != "free"] or ["compromised", "lookalike"]
    if ok:
        return rng.choice(ok)
    if client in ("icloud", "yahoo"):
        return "free"
    if client == "zoom":
        return "service"
    if client == "booking":
        return "service" if label == "ham" or rng.random() < 0.6 else "lookalike"
    if label == "spam":
        for k in ["compromised", "lookalike", "free", "corp"]:
            if k in COMPAT[client]:
                return k
    for k in ["corp", "colleague", "free", "service"]:
        if k in COMPAT[client]:
            return k
    return COMPAT[client][0]


def free_domain(rng, client, lang):
    if client == "google":
        return "gmail.com"
    if client == "outlook":
        return rng.choice(["outlook.com", "hotmail.com", "outlook.com", "live.com"])
    if client in ("icloud",):
        return rng.choice(["icloud.com", "icloud.com", "me.com"])
    if client == "yahoo":
        return world.YAHOO_DOMAIN.get(lang, "yahoo.com") if rng.random() < 0.7 else "yahoo.com"
    if client == "applemail":
        return "icloud.com" if rng.random() < 0.6 else rng.choice(world.LOCAL_FREEMAIL[lang])
    if client == "handrolled":
        return "gmail.com"
    if client == "nextcloud":
        return None
    doms = [d for d in world.LOCAL_FREEMAIL[lang] if "outlook" not in d and "hotmail" not in d]
    return rng.choice(doms or ["gmx.net"])


def spammy_local(rng, p):
    k = rng.random()
    if k < 0.45:
        return world.localpart(rng, p["latin_first"], p["latin_last"], "fl99")
    if k < 0.7:
        return core.alnum(rng, rng.randint(6, 11), "abcdefghijklmnopqrstuvwxyz0123456789")
    return world.localpart(rng, p["latin_first"], p["latin_last"])


def vps_domain(rng):
    return "%s.%s" % (rng.choice(["cloudvps", "fastserv", "hostnode", "vpsline", "serverhub", "nethost24", "kvmcloud",
                                  "rackbox", "dedinet", "hostup"]), rng.choice(["net", "com", "io", "example", "eu"]))


# ----------------------------------------------------------------------------- platforms / tools
def _b_mime(rng):
    return "----=_Part_%d_%d.%d" % (rng.randint(10000, 999999), rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 12, 10 ** 13))


def _b_hex(rng):
    return core.hexid(rng, 32)


def _b_php(rng):
    return "b1_" + core.alnum(rng, 43)


def _b_py(rng):
    return "===============%019d==" % rng.randint(10 ** 18, 10 ** 19 - 1)


def _b_swift(rng):
    return "_=_swift_%d_%s_=_" % (rng.randint(1500000000, 1790000000), core.hexid(rng, 32))


def _b_olx(rng):
    return "----=_NextPart_000_%04X_01D%s.%s" % (rng.randint(0, 65535), core.hexid(rng, 5, True), core.hexid(rng, 8, True))


def platform_for(rng, m, sc):
    cat, lang, label = m.cat, m.lang, m.label
    org = sc.get("org")
    if label == "ham" and cat == "TR" or (label == "spam" and cat in ("PZ",)):
        flav = "own"
    elif cat in ("HR",):
        flav = rng.choice(["hotel", "restaurant"]) if not org else ("hotel" if any(w in (org or "") for w in ("Hotel", "Cabin", "Ξενοδοχείο")) else "restaurant")
    elif cat in ("MD",):
        flav = "medical"
    elif cat in ("WB", "MI", "PC"):
        flav = "events"
    elif cat == "FN":
        flav = "billing"
    elif label == "spam":
        flav = rng.choice(["scheduler", "events"])
    else:
        flav = "scheduler"
    P = {
        "hotel": ("Reservia", "reservia.example", "-//Reservia//Reservation Calendar 2.4//EN", "ses"),
        "restaurant": ("TableNow", "tablenow.example", "-//TableNow//Reservation 1.0//EN", "sendgrid"),
        "medical": ("MedSlot", "medslot.example", "-//MedSlot//Appointments 3.1//%s" % lang.upper(), "mailgun"),
        "events": ("Eventpass", "eventpass.example", "-//Eventpass//Event Calendar//EN", "sendgrid"),
        "scheduler": ("Slotwise", "slotwise.example", "-//Slotwise//Scheduling 2.0//EN", "ses"),
        "billing": ("PayDue", "paydue.example", "-//PayDue//Invoice Reminders 1.4//EN", "mailgun"),
    }
    if flav == "own":
        name = org or BRAND_NAME.get(sc.get("brand", ""), "Travel")
        nm, dom = org_for(rng, lang, name)
        if m.kind == "lookalike":
            dom = brand_domain(rng, sc.get("brand", "air"), lang)
        plat = dict(name=name, domain=dom, prodid="-//%s//Itinerary %d.%d//EN" % (build.slug(name).replace("-", " ").title() or "Booking", rng.randint(1, 5), rng.randint(0, 9)),
                    esp=rng.choice(["ses", "mailgun", "sendgrid"]), flavour="own")
    else:
        name, dom, prodid, esp = P[flav]
        plat = dict(name=name, domain=dom, prodid=prodid, esp=esp, flavour=flav)
        if m.kind == "lookalike":
            plat["domain"] = brand_domain(rng, name.lower(), lang)
    plat["boundary"] = rng.choice([_b_mime, _b_hex, _b_swift])
    plat["msgid"] = lambda r, mm, d=plat["domain"]: "<%s@%s>" % (core.alnum(r, 24, "abcdefghijklmnopqrstuvwxyz0123456789"), d if r.random() < 0.5 else "email.amazonses.com")
    plat["footer"] = "%s \u00b7 %s" % (plat["name"], rng.choice(["You received this email because you made a booking.",
                                                               "This is an automated message, please do not reply.",
                                                               "Privacy policy \u00b7 Terms"]))
    plat["fname"] = rng.choice(["invite.ics", "booking.ics", "event.ics", "appointment.ics", "calendar.ics", "reservation.ics"])
    plat["ctype"] = rng.choice(["text/calendar", "text/calendar", "application/ics", "application/octet-stream"])
    plat["dtstyle"] = rng.choice(["utc", "tzid", "floating"] if label == "ham" else ["utc", "tzid", "floating"])
    plat["xalt"] = rng.random() < 0.4
    plat["attendee_in_publish"] = rng.random() < 0.5
    plat["no_seq"] = rng.random() < 0.5
    return plat


TOOLS = [
    dict(name="phpmailer", mailer=lambda rng, y: "PHPMailer %s (https://github.com/PHPMailer/PHPMailer)" % (
        "5.2.%d" % rng.randint(14, 28) if y < 2019 else "6.%d.%d" % (rng.randint(1, 9), rng.randint(0, 5))),
         prodids=[0, 4, 5, 7, 8, 9], boundary=_b_php, layouts=["alt", "mixed"],
         msgid=lambda rng, m: "<%s@%s>" % (core.alnum(rng, 43), m.sender.get("mta") or m.sender["domain"])),
    dict(name="python", mailer=lambda rng, y: None, prodids=[1, 10, 9], boundary=_b_py, layouts=["mixed", "single"],
         msgid=lambda rng, m: "<%d.%d.%d@%s>" % (rng.randint(10 ** 17, 10 ** 18), rng.randint(1000, 99999),
                                                rng.randint(10 ** 18, 10 ** 19), m.sender.get("mta") or "localhost")),
    dict(name="java", mailer=lambda rng, y: rng.choice(["JavaMail", None]), prodids=[2], boundary=_b_mime,
         layouts=["mixed", "alt"],
         msgid=lambda rng, m: "<%d.%d.%d.JavaMail.%s@%s>" % (rng.randint(10 ** 8, 10 ** 9), rng.randint(1, 999),
                                                           rng.randint(10 ** 12, 10 ** 13), rng.choice(["root", "app", "tomcat"]),
                                                           m.sender.get("mta") or m.sender["domain"])),
    dict(name="nodemailer", mailer=lambda rng, y: "nodemailer (6.%d.%d; +https://nodemailer.com/; SMTP/%d.%d.%d[client:6.%d.%d])" % (
        rng.randint(4, 9), rng.randint(0, 15), rng.randint(2, 3), rng.randint(0, 9), rng.randint(0, 9), rng.randint(4, 9), rng.randint(0, 15)),
         prodids=[3], boundary=lambda rng: "--_NmP-%s-Part_1" % core.hexid(rng, 16), layouts=["mixed", "alt"],
         msgid=lambda rng, m: "<%s@%s>" % (core.uuid4(rng), m.sender["domain"])),
    dict(name="swift", mailer=lambda rng, y: None, prodids=[5, 9, 0], boundary=_b_swift, layouts=["mixed", "alt"],
         msgid=lambda rng, m: "<%s@swift.generated>" % core.hexid(rng, 32)),
    dict(name="olxfake", mailer=lambda rng, y: rng.choice(["Microsoft Outlook Express 6.00.2900.5931",
                                                           "Microsoft Office Outlook 12.0", "Microsoft Outlook 15.0"]),
         prodids=[6, 11], boundary=_b_olx, layouts=["alt", "mixed"],
         msgid=lambda rng, m: "<%s$%s$%s@%s>" % (core.hexid(rng, 12), core.hexid(rng, 8), core.hexid(rng, 8), m.sender["domain"])),
]


def tool_for(rng, m):
    t = dict(rng.choice(TOOLS))
    t["prodid"] = clients.HAND_PRODIDS[rng.choice(t["prodids"])]
    if rng.random() < (0.1 if m.label == "spam" else 0.04):
        t["prodid"] = None
    t["mailer"] = t["mailer"](rng, m.year)
    t["layout"] = rng.choice(t["layouts"])
    t["astyle"] = rng.choice(["generic", "bare", "upper", "apple"])
    t["ostyle"] = rng.choice(["generic", "upper"])
    t["dtstyle"] = rng.choice(["utc", "tzid", "floating"])
    t["fname"] = rng.choice(["invite.ics", "event.ics", "meeting.ics", "calendar.ics", "cal.ics", "appointment.ics",
                             "%s.ics" % core.alnum(rng, 6, "abcdefghijklmnopqrstuvwxyz0123456789")])
    t["html"] = rng.random() < 0.5
    t["calcte"] = rng.choice(["base64", "7bit", "quoted-printable", "8bit"])
    t["textcte"] = rng.choice(["quoted-printable", "base64", "8bit", "7bit"])
    t["sparse"] = rng.random() < 0.5
    t["shuffle"] = rng.random() < 0.15
    t["alarm"] = rng.choice(["plain", "abs", "plain"])
    t["to_all"] = rng.random() < 0.3
    t["undisclosed"] = m.label == "spam" and rng.random() < 0.25
    t["datezone"] = rng.choice(["local", "utc"])
    t["priority_hdr"] = m.label == "spam" and rng.random() < 0.2 or (m.label == "ham" and rng.random() < 0.05)
    return t


# ----------------------------------------------------------------------------- helpers
def pick_rcpt(rng, lang):
    doms = [d for d in world.RCPT_DOMAINS if d[2] == lang]
    if not doms or rng.random() < 0.2:
        doms = world.RCPT_DOMAINS
    dom, org, dlang = rng.choice(doms)
    p = make_person(rng, dlang if dlang == lang else lang, dom)
    p["org"] = org
    return p


def mass_attendees(rng, n, mode, rcpt, lang, domain=None):
    out = []
    seen = {rcpt["email"]}
    while len(out) < n:
        l2 = lang if mode == "same" or rng.random() < 0.5 else rng.choice(world.LANGS)
        if mode == "same":
            dom = domain
        elif mode == "customers":
            dom = rng.choice(world.ORG_DOMAINS[rng.choice(world.LANGS)] + [d for d, _, _ in world.RCPT_DOMAINS])
        else:
            dom = rng.choice(list(world.FREEMAIL) + [d for d, _, _ in world.RCPT_DOMAINS] +
                             world.ORG_DOMAINS[rng.choice(world.LANGS)])
        p = make_person(rng, l2, dom)
        if p["email"] in seen:
            continue
        seen.add(p["email"])
        named = mode != "random" or rng.random() < 0.3
        out.append(dict(name=p["name"] if named else "", email=p["email"], partstat="NEEDS-ACTION",
                        role="REQ-PARTICIPANT", rsvp="TRUE"))
    pos = rng.randint(0, len(out))
    out.insert(pos, dict(name=rcpt["name"] if mode != "random" else "", email=rcpt["email"], partstat="NEEDS-ACTION",
                         role="REQ-PARTICIPANT", rsvp="TRUE"))
    if mode == "random" and rng.random() < 0.6:
        out.sort(key=lambda a: a["email"])
    return out


def meeting_flavour(rng, m):
    c = m.client
    if c == "outlook":
        return "teams" if m.year >= 2018 and rng.random() < 0.8 else rng.choice(["webex", "zoom"])
    if c == "google":
        return "meet"
    if c == "zoom":
        return "zoom"
    if c == "nextcloud":
        return "cloud." + m.sender["domain"].replace("cloud.", "")
    return rng.choice(["zoom", "webex", "jitsi", "teams", "meet"])


def event_uid(rng, m):
    c = m.client
    if c == "google":
        return core.alnum(rng, 26, "abcdefghijklmnopqrstuv0123456789") + "@google.com"
    if c == "outlook":
        return clients.exch_uid(rng, m.created)
    if c in ("icloud", "applemail"):
        return core.uuid4(rng, True)
    if c == "zoom":
        return "ZOOM" + m.zoom_id
    if c == "sogo":
        return "%s-%s-%d-%s" % (core.hexid(rng, 4, True), core.hexid(rng, 8, True), rng.randint(1, 9), core.hexid(rng, 8, True))
    if c == "yahoo":
        return "y" + core.hexid(rng, 24) + "@yahoo.com"
    if c == "booking":
        return "%s%d@%s" % (rng.choice(["BK", "RES", "APT", "EV", ""]), rng.randint(10 ** 6, 10 ** 9), m.platform["domain"])
    if c == "handrolled":
        return rng.choice([lambda: core.uuid4(rng), lambda: core.hexid(rng, 32),
                           lambda: "%d@%s" % (rng.randint(1500000000, 1790000000), m.sender["domain"]),
                           lambda: "event-%d@%s" % (rng.randint(1, 99999), m.sender.get("mta") or m.sender["domain"])])()
    return core.uuid4(rng)


DAYS_AHEAD = {
    "spam": {"RS": (0, 7), "PZ": (0, 4), "CR": (0, 14), "DS": (0, 3), "FE": (0, 3), "CP": (0, 3), "CB": (0, 2),
             "FU": (0, 7), "BEC": (0, 3), "AF": (0, 10), "TJ": (0, 7), "DC": (0, 6), "NG": (0, 4), "MI": (1, 30),
             "PC": (60, 300)},
    "ham": {"TR": (3, 60), "HR": (1, 30), "MD": (1, 45), "WB": (3, 30), "CS": (1, 10), "IT": (1, 14), "DH": (0, 7),
            "FN": (0, 14), "RC": (1, 10), "FW": (0, 14), "ML": (3, 30), "RR": (0, 20), "PS": (3, 60), "SC": (0, 5),
            "WM": (0, 14)},
}

EVENING = {"PS", "CS", "HR", "ML"}


def event_time(rng, m, sc):
    lo, hi = DAYS_AHEAD[m.label][m.cat]
    days = rng.randint(lo, hi)
    if sc.get("far"):
        days = sc["far"] + rng.randint(-20, 20)
    local_now = core.to_local(m.sender_tz, m.arrival)
    d = (local_now + dt.timedelta(days=days)).date()
    if m.label == "ham" and m.cat in ("WM", "IT", "DH", "FN", "RC", "FW", "SC", "RR", "WB") and d.weekday() >= 5:
        d += dt.timedelta(days=7 - d.weekday())
    if m.cat in EVENING and m.label == "ham":
        hour = rng.choice([10, 11, 12, 17, 18, 19, 19, 20])
    elif m.label == "spam" and rng.random() < 0.35:
        hour = rng.randint(0, 23)
    else:
        hour = rng.choice([8, 9, 9, 10, 10, 11, 13, 14, 14, 15, 16, 17])
    minute = rng.choice([0, 0, 0, 30, 30, 15, 45]) if (m.label == "ham" or rng.random() < 0.6) else rng.randint(0, 59)
    start = dt.datetime.combine(d, dt.time(hour, minute))
    if days == 0 and start <= local_now:
        start = (local_now + dt.timedelta(minutes=rng.randint(20, 180))).replace(second=0, microsecond=0)
        start = start.replace(minute=(start.minute // 5) * 5)
    return start


WD = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}


def align_rrule(start, rr):
    """Move DTSTART onto the first occurrence of the rule (as real clients do)."""
    if not rr:
        return start
    parts = dict(p.split("=", 1) for p in rr.split(";"))
    freq = parts.get("FREQ")
    if "BYDAY" in parts and freq == "WEEKLY":
        targets = {WD[d[-2:]] for d in parts["BYDAY"].split(",")}
        while start.weekday() not in targets:
            start += dt.timedelta(days=1)
    elif "BYDAY" in parts and freq == "MONTHLY":
        code = parts["BYDAY"]
        n, wd = int(code[:-2]), WD[code[-2:]]
        y, mo = start.year, start.month
        for _ in range(3):
            d = core._nth_weekday(y, mo, wd, n)
            cand = dt.datetime.combine(d, start.time())
            if cand >= start:
                return cand
            y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    elif "BYMONTHDAY" in parts and freq == "MONTHLY":
        day = int(parts["BYMONTHDAY"])
        cand = start.replace(day=day)
        if cand < start:
            cand = (start.replace(day=1) + dt.timedelta(days=32)).replace(day=day)
        return cand
    return start


def alarms_for(rng, m, sc):
    n = sc.get("alarms")
    if isinstance(n, int) and n > 0:
        if n >= 6:
            base = [0, 1, 2, 3, 5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240, 360, 480, 720, 1440, 2880, 4320,
                    10080, 20160, 30, 5, 2, 1, 0, 15, 60]
            if rng.random() < 0.4:
                step = rng.choice([1, 2, 5])
                out = [i * step for i in range(n)]
            else:
                out = base[:n]
        else:
            out = sorted(rng.sample([5, 10, 15, 30, 60, 120, 1440, 2880, 10080], n))
        cap = {"outlook": 1, "icloud": 2, "applemail": 2, "yahoo": 1, "zimbra": 1, "sogo": 3, "google": 5,
               "zoom": 1, "thunderbird": 10, "nextcloud": 10}.get(m.client)
        return out[:cap] if cap else out
    if m.client == "outlook":
        return [15] if rng.random() < 0.85 else [rng.choice([5, 30, 60, 1080])]
    if m.client == "google":
        return [rng.choice([10, 30, 30])] if rng.random() < 0.7 else []
    if m.client in ("icloud", "applemail"):
        return [rng.choice([15, 30, 60, 1440])] if rng.random() < 0.5 else []
    if m.client in ("thunderbird", "zimbra", "sogo"):
        return [rng.choice([5, 15, 15, 30])] if rng.random() < 0.6 else []
    if m.client == "zoom":
        return [10]
    return [rng.choice([15, 30, 60, 1440])] if rng.random() < 0.35 else []


# ----------------------------------------------------------------------------- main entry
def compose(sc, label, client, arrival, key, forced_tricks=None):
    rng = random.Random(key)
    lang, cat = sc["l"], sc["c"]
    m = M(rng=rng, label=label, cat=cat, lang=lang, client=client, arrival=arrival, year=arrival.year,
          tricks=set(), subject=None, body_note=None, body_text="", fwd_note=None, fwd_orig=None,
          sent_by_delegate=False, reply_to=None, reply_name=None, lst=None, meet=None, doc=None, portal=None,
          cmd_host="", payload_url="", reply_email="", variant=None)
    m.locale = rng.choice(world.LOCALE[lang])
    if lang == "zh":
        m.locale = "zh-TW" if sc.get("tw") else "zh-CN"
    m.rcpt = pick_rcpt(rng, lang)
    m.show_rcpt_name = rng.random() < 0.5
    m.kind = pick_kind(rng, sc, client, label)
    m.sent = arrival - dt.timedelta(seconds=rng.randint(1, 40) if rng.random() < 0.9 else rng.randint(60, 900))
    tzs = world.TZS[lang]
    if m.locale == "zh-TW":
        tzs = ["Asia/Taipei"]
    m.sender_tz = rng.choice(tzs)
    # ---------------------------------------------------------------- sender identity
    kind = m.kind
    brand = sc.get("brand")
    role = sc.get("role")
    sender = None
    org_name = None
    if kind == "free":
        fd = free_domain(rng, client, lang)
        if fd is None:  # self-hosted family Nextcloud
            fam = make_person(rng, lang, "x")
            fd = "%s-family.example" % fam["latin_last"]
        p = make_person(rng, lang if (label == "ham" or rng.random() < 0.9) else
                        rng.choice(["en", "en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "ar"]), fd)
        if label == "spam":
            p["email"] = "%s@%s" % (spammy_local(rng, p), fd)
            if brand and brand in BRAND_NAME and BRAND_NAME[brand] and rng.random() < 0.45 and cat not in ("BEC", "DC"):
                p["name"] = BRAND_NAME[brand]
            if role == "ceo":
                ceo = make_person(rng, m.rcpt.get("lang", lang), fd)
                p["name"] = ceo["name"]
                p["email"] = "%s.%s%s@%s" % (ceo["latin_first"], ceo["latin_last"], rng.choice(["", ".office", "01", ".ceo", "mobile"]), fd)
        sender = p
    elif kind == "colleague":
        sender = make_person(rng, lang, m.rcpt["domain"])
        org_name = m.rcpt.get("org")
        if client == "handrolled" and sc.get("org"):   # internal system mail
            sender["name"] = sc["org"]
            sender["email"] = "%s@%s" % (rng.choice(["it-security", "noreply", "servicedesk", "itsupport", "no-reply"]), m.rcpt["domain"])
    elif kind in ("corp", "service"):
        org_name, dom = org_for(rng, lang, sc.get("org"))
        if client == "nextcloud" or client == "zimbra" or client == "sogo":
            pass
        sender = make_person(rng, lang, dom)
        b2c = cat in ("TR", "HR", "MD", "SC", "WB")
        if sc.get("org") and rng.random() < (0.8 if b2c else 0.5) and client in ("handrolled", "booking", "outlook", "google"):
            sender["name"] = sc["org"]
            sender["email"] = "%s@%s" % (rng.choice(["info", "noreply", "service", "team", "office", "hello", "bookings", "no-reply"]), dom)
    elif kind == "compromised":
        l2 = lang if rng.random() < 0.7 else rng.choice(world.LANGS)
        org_name, dom = org_for(rng, l2)
        sender = make_person(rng, l2, dom)
    elif kind == "lookalike":
        if role in ("ceo", "employee"):
            dom = typo_domain(rng, m.rcpt["domain"])
            sender = make_person(rng, lang, dom)
            org_name = m.rcpt.get("org")
        elif role == "supplier" or cat in ("DC",):
            o, d0 = org_for(rng, lang)
            dom = typo_domain(rng, d0)
            sender = make_person(rng, lang, dom)
            org_name = o
        else:
            dom = brand_domain(rng, brand or rng.choice(["secure", "account", "service"]), lang)
            sender = make_person(rng, lang, dom)
            nm = BRAND_NAME.get(brand or "", "") or sender["name"]
            sender["name"] = nm if rng.random() < 0.75 else sender["name"]
            sender["email"] = "%s@%s" % (rng.choice(["noreply", "no-reply", "support", "service", "notice", "info",
                                                     "security", "billing", "team", "alerts"]), dom)
        auth.set_policy(dom, rng.choice([("NONE", "NONE"), ("NONE", "NONE"), ("QUARANTINE", "QUARANTINE"),
                                         ("REJECT", "REJECT"), None]))
    elif kind == "spoof":
        rp = auth.dmarc_policy(m.rcpt["domain"])
        own_ok = rp is None or rp[0] == "NONE"
        if (cat in ("CP", "FU", "BEC", "DC") or (cat == "DS" and brand == "x")) and own_ok and rng.random() < 0.7:
            dom = m.rcpt["domain"]
            if role == "ceo" or cat == "BEC":
                sender = make_person(rng, lang, dom)
            elif cat == "DS" and brand == "x":   # sextortion "sent from your own account"
                sender = dict(m.rcpt)
            else:
                sender = make_person(rng, lang, dom)
                sender["name"] = rng.choice(["IT Service Desk", "Helpdesk", "Mail Administrator", "IT Support",
                                             "Microsoft 365 Admin", "Document Center"])
                sender["email"] = "%s@%s" % (rng.choice(["it-support", "helpdesk", "admin", "noreply", "postmaster", "scanner"]), dom)
            m.spoof_spf = "fail" if rp else rng.choice(["softfail", "fail", "none"])
        else:
            dom = rng.choice([brand_domain(rng, brand or "notice", lang),
                              "%s.%s" % (core.alnum(rng, rng.randint(6, 12), "abcdefghijklmnopqrstuvwxyz"), rng.choice(["com", "net", "info", "xyz", "top"]))])
            auth.set_policy(dom, None)
            sender = make_person(rng, lang, dom)
            sender["name"] = BRAND_NAME.get(brand or "", "") or sender["name"]
            sender["email"] = "%s@%s" % (rng.choice(["noreply", "info", "service", "notification", "support", core.alnum(rng, 7, "abcdefghijklmnopqrstuvwxyz")]), dom)
            m.spoof_spf = rng.choice(["none", "none", "neutral", "softfail"])
        m.vps_domain = vps_domain(rng)
        m.spoof_env = rng.choice(["from", "vps", "vps", "random"]) if m.spoof_spf != "none" else rng.choice(["vps", "random"])
        m.spoof_vps_dkim = rng.random() < 0.3
    else:  # pragma: no cover
        raise ValueError(kind)
    sender.setdefault("org", org_name)
    sender["org"] = sender.get("org") or org_name
    sender["kind"] = kind
    sender["kind_domain"] = "free" if sender["domain"] in world.FREEMAIL else "own"
    m.sender = sender
    m.own_dkim = rng.random() < (0.75 if kind in ("corp", "colleague", "compromised", "service") else 1.0)
    m.own_selector = rng.choice(["default", "mail", "dkim", "s1", "selector1", "k1", "202305", "mx", "key1", "s2048"])
    pol = auth.dmarc_policy(sender["domain"])
    m.gapps_nodkim = client == "google" and kind in ("corp", "colleague", "compromised") and pol is None and rng.random() < 0.5
    m.o365_nodkim = client == "outlook" and kind in ("corp", "compromised") and pol is None and rng.random() < 0.4
    m.onprem_dkim = rng.random() < 0.6 or pol is not None
    # client variants
    if client == "outlook":
        if kind == "free":
            m.variant = "outlookcom"
        elif kind == "spoof":
            m.variant = rng.choice(["o365", "desktop"])
        elif kind == "lookalike":
            m.variant = "o365" if rng.random() < 0.7 else "desktop"
        else:
            r = rng.random()
            m.variant = "o365" if r < (0.35 if m.year < 2018 else 0.6) else ("onprem" if r < 0.85 else "desktop")
        m.exch_host = clients.exch_host(rng)
        m.exch_host2 = clients.exch_host(rng)
        m.onprem_host = "%s.%s" % (rng.choice(["EXCH01", "EX2019-01", "MBX02", "SRV-EXCH"]), sender["domain"])
    if client == "outlook" and m.variant == "outlookcom" and sender["domain"] not in world.FREEMAIL:
        m.variant = "o365"
    m.apple_device = rng.choice(["mac", "iphone"])
    if client == "nextcloud":
        m.nc_host = "cloud." + sender["domain"]
        org_person = dict(sender)
        sender = dict(sender)
        sender["domain"] = m.nc_host
        sender["email"] = "invitations-noreply@" + m.nc_host
        m.sender = sender
    else:
        org_person = dict(sender)
    # zoom
    m.zoom_id = str(rng.randint(81000000000, 89999999999))
    m.zoom_url = "https://%szoom.us/%s/%s?pwd=%s" % (rng.choice(["us02web.", "us06web.", "us04web.", ""]),
                                                    "w" if cat in ("WB", "MI", "PC", "CR") else "j", m.zoom_id, core.alnum(rng, 32))
    m.zoom_kind = "webinar" if cat in ("WB", "MI", "PC", "CR") else "meeting"
    m.zoom_pass = core.alnum(rng, 6, "0123456789")
    if client == "zoom":
        if label == "spam":   # throw-away host accounts
            hp = make_person(rng, lang, rng.choice(["gmail.com", "outlook.com", "yahoo.com", "hotmail.com"]))
            hp["email"] = "%s@%s" % (spammy_local(rng, hp), hp["domain"])
            if brand and BRAND_NAME.get(brand) and rng.random() < 0.5:
                hp["name"] = BRAND_NAME[brand]
            org_person = hp
        m.sender = dict(name="Zoom", email="no-reply@zoom.us", domain="zoom.us", kind="service", org="Zoom")
    # ---------------------------------------------------------------- organizer / attendees
    m.organizer = dict(name=org_person["name"], email=org_person["email"])
    meth = sc.get("meth") or ("REQUEST" if label == "ham" or rng.random() < 0.85 else "PUBLISH")
    if client in ("booking", "handrolled") and label == "spam" and not sc.get("meth") and rng.random() < 0.3:
        meth = "PUBLISH"
    # interactive calendar clients send iTIP requests, not PUBLISH; Zoom registration mail is PUBLISH
    publish_ok = client in ("booking", "handrolled") or (client == "outlook" and m.variant == "desktop")
    if meth in ("REPLY", "CANCEL") and client in ("zoom", "booking"):
        meth = "REQUEST"
    if meth == "PUBLISH" and not publish_ok:
        meth = "REQUEST"
    if client == "zoom":
        meth = "PUBLISH"
    m.attendees = []
    rc = m.rcpt
    mass = sc.get("mass")
    if meth == "REPLY":
        m.organizer = dict(name=rc["name"], email=rc["email"])
        m.attendees = [dict(name=org_person["name"], email=org_person["email"], partstat=sc["partstat"],
                            role="REQ-PARTICIPANT", rsvp="FALSE")]
    elif mass:
        mode = "random" if label == "spam" else ("same" if m.kind == "colleague" else "customers")
        m.attendees = mass_attendees(rng, mass + rng.randint(-20, 20), mode, rc, lang, rc["domain"])
    else:
        m.attendees = [dict(name=rc["name"], email=rc["email"], partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp="TRUE")]
        extra = 0
        if label == "ham" and cat in ("WM", "DH", "FN", "IT", "FW", "RC", "PS", "CS", "RR"):
            extra = rng.choice([0, 1, 1, 2, 3, 4, 6])
        elif label == "spam" and rng.random() < 0.3:
            extra = rng.randint(1, 6)
        for _ in range(extra):
            if label == "ham":
                dom = rc["domain"] if (m.kind == "colleague" or rng.random() < 0.5) else org_person["email"].split("@")[1]
                if m.kind == "free" or cat in ("PS", "CS"):
                    dom = rng.choice(world.LOCAL_FREEMAIL[lang])
                p = make_person(rng, lang, dom)
            else:
                p = make_person(rng, rng.choice([lang, "en"]), rc["domain"] if rng.random() < 0.6 else rng.choice(list(world.FREEMAIL)))
            m.attendees.append(dict(name=p["name"] if label == "ham" or rng.random() < 0.3 else "", email=p["email"],
                                    partstat="NEEDS-ACTION", role=rng.choice(["REQ-PARTICIPANT", "REQ-PARTICIPANT", "OPT-PARTICIPANT"]),
                                    rsvp="TRUE"))
    if client == "google" and meth != "REPLY":
        m.attendees.insert(0, dict(name=org_person["name"], email=org_person["email"], partstat="ACCEPTED",
                                   role="REQ-PARTICIPANT", rsvp="TRUE"))
    # mailing lists
    lst_key = sc.get("lst")
    if label == "spam" and not lst_key and cat in ("MI", "PC", "TJ", "CR", "AF") and client not in ("booking", "zoom") \
            and rng.random() < {"MI": 0.35, "PC": 0.45, "TJ": 0.2, "CR": 0.12, "AF": 0.15}[cat]:
        lst_key = "spam"
    if lst_key:
        name, ldom, ldesc = rng.choice(LISTS[lst_key])
        m.lst = dict(name=name, domain=ldom, desc=ldesc, mm3=rng.random() < 0.4, dkim=rng.random() < 0.7,
                     sel=rng.choice(["mail", "default", "lists"]))
    # ---------------------------------------------------------------- timing
    m.created = m.sent - dt.timedelta(minutes=rng.randint(0, 4000) if rng.random() < 0.6 else rng.randint(0, 10))
    m.lastmod = m.sent - dt.timedelta(seconds=rng.randint(1, 30))
    m.dtstamp = m.sent - dt.timedelta(seconds=rng.randint(0, 2))
    start = align_rrule(event_time(rng, m, sc), sc.get("rr"))
    m.ev_start_local = start
    allday = sc.get("allday") or 0
    if allday:
        start = dt.datetime.combine(start.date(), dt.time(0, 0))
    dur = sc.get("dur") or rng.choice([30, 45, 60, 60, 90])
    end = start + dt.timedelta(minutes=dur)
    # ---------------------------------------------------------------- links
    if label == "spam":
        if sc.get("pay") == "cmd":
            m.cmd_host = brand_domain(rng, rng.choice(["captcha", "verify", "cdn", "check"]), lang)
        if sc.get("uk"):
            m.payload_url = spam_url(rng, sc["uk"], brand, lang, rc["email"], m.year)
        if sc.get("pay") == "email":
            fake = make_person(rng, rng.choice(["en", "en", lang]), rng.choice(["gmail.com", "outlook.com", "proton.me", "yahoo.com", "aol.com"]))
            m.reply_email = fake["email"]
            m.reply_to = fake["email"]
            m.reply_name = sender["name"]
    m.meet = meet_url(rng, meeting_flavour(rng, m)) if client != "zoom" else m.zoom_url
    m.doc = doc_url(rng, org_person["email"].split("@")[1], client)
    pdom = org_person["email"].split("@")[1]
    m.portal = "https://%s%s/%s" % (rng.choice(["www.", "my.", "portal.", ""]), pdom,
                                    rng.choice(["manage?ref=" + core.alnum(rng, 8), "booking/" + core.alnum(rng, 10),
                                                "account", "selfservice", "b/" + core.alnum(rng, 12)]))
    # ---------------------------------------------------------------- event
    m.ev = dict(tz=m.sender_tz, start=start, end=end, allday=allday, method=meth, comp="VEVENT", seq=sc.get("seq", 0),
                status="CONFIRMED", rrule=sc.get("rr"), extra=[], conf=[], attach=[], url=None, xhtml=None, loc=None,
                comment=None, esc_commas=True)
    vals = fill_values(m)
    ev = m.ev
    ev["summary"] = fill(sc["s"], vals)
    ev["desc"] = fill(sc["d"], vals)
    if sc.get("loc"):
        ev["loc"] = fill(sc["loc"], vals)
    pay = sc.get("pay", "desc")
    if label == "spam":
        parts = pay.split("+")
        if "xalt" in parts:
            ev["xhtml"] = fill(sc["xhtml"], vals)
        if "loc" in parts:
            ev["loc"] = m.payload_url
            ev["loc_is_url"] = True
        if "url" in parts:
            ev["url"] = m.payload_url
        if "attach" in parts:
            fn = rng.choice(["Document.pdf.html", "Invoice_%s.pdf" % vals["ref"], "Agreement.htm", "Secure_Doc.svg",
                             "Scan_%s.pdf" % core.alnum(rng, 5, "0123456789"), "Setup_update.msi"])
            ev["attach"] = [(m.payload_url, fn, rng.choice(["application/pdf", "text/html", "application/octet-stream"]))]
        if "conf" in parts:
            uri = m.payload_url if sc.get("uk") and sc["uk"] != "crypto" and sc["uk"] != "ad" and sc["uk"] != "event" else m.meet
            ev["conf"] = [(uri, {"en": "Join meeting"}.get(lang, clients.BP[lang]["join"]))]
    else:
        if pay in ("conf",) or ("{meet}" in sc["d"] and client in ("google", "outlook")):
            ev["conf"] = [(m.meet, clients.BP[lang]["join"])]
        elif client in ("google", "outlook") and cat in ("WM", "RC", "DH", "FN", "WB", "SC", "RR", "FW") and \
                not ev["loc"] and rng.random() < 0.55 and meth == "REQUEST":
            ev["conf"] = [(m.meet, clients.BP[lang]["join"])]
        if "attach" in pay:
            ev["attach"] = [(m.doc, "Design notes", "application/vnd.google-apps.document")]
    if label == "spam" and client in ("google", "outlook") and not ev["conf"] and rng.random() < 0.15 and \
            meth == "REQUEST" and kind != "spoof":
        ev["conf"] = [(m.meet, clients.BP[lang]["join"])]
    if sc.get("todo") and client in ("thunderbird", "nextcloud", "handrolled", "booking", "sogo", "applemail"):
        ev["comp"] = "VTODO"
    if ev["method"] == "CANCEL":
        ev["status"] = "CANCELLED"
        ev["seq"] = max(ev["seq"], rng.randint(1, 3))
    if meth == "REPLY" and ev["desc"]:
        ev["comment"] = ev["desc"]
        ev["desc"] = ""
    if sc.get("multi"):
        n = sc["multi"]
        for i in range(1, n):
            s2 = start + dt.timedelta(days=i if cat != "CS" else rng.randint(20, 60) * i)
            ev["extra"].append(dict(summary="%s (%d/%d)" % (ev["summary"], i + 1, n) if cat != "CS" else
                                    {1: "Half term", 2: "Staff training day (no pupils)", 3: "Term ends"}.get(i, "Term"),
                                    start=s2))
        if client in ("google", "outlook", "thunderbird", "zimbra", "sogo", "yahoo", "nextcloud", "zoom", "icloud"):
            ev["extra"] = []  # these clients send one event per invitation
    ev["alarms"] = alarms_for(rng, m, sc)
    # ---------------------------------------------------------------- format choices
    m.cal_cs = "utf-8"
    if rng.random() < 0.55 or lang == "hi":
        m.text_cs = "utf-8"
    else:
        key_cs = "zh-TW" if m.locale == "zh-TW" else lang
        m.text_cs = rng.choice(world.CHARSETS[key_cs])
    # charset actually used for text/plain + text/html, per client habit
    key_cs = "zh-TW" if m.locale == "zh-TW" else lang
    cjk_legacy = {"ja": "iso-2022-jp", "ko": "ks_c_5601-1987", "ru": "koi8-r",
                  "zh": "big5" if m.locale == "zh-TW" else "gb2312"}
    win_legacy = {"el": "windows-1253", "ar": "windows-1256", "he": "windows-1255", "th": "windows-874",
                  "pl": "iso-8859-2", "de": "iso-8859-1", "fr": "iso-8859-1", "es": "iso-8859-1", "it": "iso-8859-1",
                  "pt": "iso-8859-1", "nl": "iso-8859-1", "en": "us-ascii"}
    if client in ("handrolled", "booking"):
        m.body_cs = rng.choice(world.CHARSETS[key_cs]) if rng.random() < (0.8 if lang != "en" else 0.5) else "utf-8"
    elif client == "outlook" and m.variant == "desktop":
        m.body_cs = rng.choice(world.CHARSETS[key_cs]) if rng.random() < 0.8 else "utf-8"
    elif client == "outlook":
        if lang in cjk_legacy and rng.random() < 0.85:
            m.body_cs = cjk_legacy[lang]
        elif lang in win_legacy and rng.random() < (0.45 if m.variant == "onprem" else 0.3):
            m.body_cs = win_legacy[lang]
        else:
            m.body_cs = "utf-8"
    elif client == "applemail":
        if lang == "ja":
            m.body_cs = "iso-2022-jp"
        elif lang in ("zh", "ko") and rng.random() < 0.7:
            m.body_cs = {"zh": "big5" if m.locale == "zh-TW" else "gb2312", "ko": "euc-kr"}[lang]
        elif lang in ("en", "de", "fr", "es", "it", "pt", "nl") and rng.random() < 0.4:
            m.body_cs = rng.choice(["iso-8859-1", "windows-1252"])
        else:
            m.body_cs = "utf-8"
    elif client == "thunderbird" and m.year < 2019:
        m.body_cs = rng.choice(world.CHARSETS[key_cs]) if rng.random() < 0.85 else "utf-8"
    else:
        m.body_cs = "utf-8"
    if sc.get("cs") and client in ("outlook", "handrolled", "booking", "thunderbird", "applemail"):
        m.body_cs = sc["cs"]
    m.text_cs = m.body_cs
    legacy_hdr = client in ("handrolled", "thunderbird", "applemail") or (client == "outlook")
    m.text_cs_hdr = m.text_cs if (legacy_hdr and m.text_cs != "us-ascii") else "utf-8"
    m.fold = "std"
    if client in ("handrolled", "booking"):
        if rng.random() < 0.35:
            m.fold = rng.choice(["none", "none", "tab", "chars74"])
        # format defects are handed out by quota in gen.py (see TRICK_QUOTA)
        for t in sorted(forced_tricks or ()):
            if t == "sloppy":
                m.fold = "sloppy"
            else:
                m.tricks.add(t)
        if client == "handrolled" and rng.random() < 0.15:
            m.cal_cs = m.text_cs if m.text_cs not in ("us-ascii",) and core.can_encode(ev["summary"] + ev["desc"], m.text_cs) else "utf-8"
        if rng.random() < 0.2:
            ev["esc_commas"] = False
    if client == "handrolled":
        m.tool = tool_for(rng, m)
        if m.tool["layout"] == "single" and "lf_b64" in m.tricks:
            pass
    if client == "booking":
        if kind == "compromised":
            kind = m.kind = "service"   # abused platform account
        m.platform = platform_for(rng, m, sc)
        if sc.get("org") and kind in ("service", "corp") and m.platform["flavour"] != "own":
            bn, bd = org_for(rng, lang, sc["org"])
            m.organizer = dict(name=sc["org"], email="%s@%s" % (rng.choice(["info", "reservations", "bookings", "office", "contact"]), bd))
        biz = dict(m.organizer)
        if kind in ("service",) or (kind in ("corp", "compromised") and m.platform["flavour"] != "own"):
            m.sender = dict(name="%s via %s" % (biz["name"], m.platform["name"]) if m.platform["flavour"] != "own" else m.platform["name"],
                            email="%s@%s" % (rng.choice(["noreply", "no-reply", "notifications", "mailer"]), m.platform["domain"]),
                            domain=m.platform["domain"], kind=kind, org=m.platform["name"], kind_domain="own")
            m.reply_to, m.reply_name = biz["email"], biz["name"]
        elif m.platform["flavour"] == "own" and kind in ("corp", "service"):
            m.sender = dict(name=m.platform["name"], email="%s@%s" % (rng.choice(["noreply", "booking", "confirmation"]), m.platform["domain"]),
                            domain=m.platform["domain"], kind=kind, org=m.platform["name"], kind_domain="own")
            m.organizer = dict(name=m.platform["name"], email=m.sender["email"])
        elif kind == "lookalike":
            m.sender = dict(m.sender)
            m.sender["domain"] = m.platform["domain"]
            m.sender["email"] = "%s@%s" % (rng.choice(["noreply", "reservations", "service"]), m.platform["domain"])
            m.organizer = dict(name=m.sender["name"], email=m.sender["email"])
            auth.set_policy(m.platform["domain"], rng.choice([("NONE", "NONE"), None, ("QUARANTINE", "QUARANTINE")]))
    ev["uid"] = event_uid(rng, m)
    # body text for custom-body clients
    if client in ("booking", "handrolled"):
        generic = rng.random() < (0.35 if label == "spam" else 0.2)
        greet = world.person(rng, lang)[0]
        if generic:
            m.body_text = rng.choice(GENERIC[lang])
        else:
            g = GREET[lang].format(n=m.rcpt["first"]) if rng.random() < 0.7 else ""
            m.body_text = (g + "\n\n" if g else "") + ev["summary"] + "\n" + clients.when_str(m) + "\n\n" + \
                clients.eff_desc(m, supports_url=False) + "\n"
            if ev.get("loc"):
                m.body_text += "\n" + ev["loc"] + "\n"
        if ev["extra"] and client == "handrolled":
            pass
    # forwarding (ham category FW)
    if sc.get("fwd"):
        return compose_forward(m, sc)
    return finish(m)


def finish(m):
    rng = m.rng
    real_rcpt = m.rcpt
    if m.lst:
        laddr = "%s@%s" % (m.lst["name"], m.lst["domain"])
        m.rcpt = dict(name=m.lst["desc"] if m.rng.random() < 0.3 else "", email=laddr, domain=m.lst["domain"],
                      first=m.lst["name"], org=None)
        for a in m.attendees:
            if a["email"] == real_rcpt["email"]:
                a["email"] = laddr
                a["name"] = ""
                a["role"] = rng.choice(["REQ-PARTICIPANT", "OPT-PARTICIPANT"])
                a["cutype"] = "GROUP"
    headers, root = clients.RENDER[m.client](m)
    R = transport.infra(m)
    m.rcpt = real_rcpt
    if m.lst:
        headers, root, R = transport.list_wrap(m, headers, root, R)
    return transport.assemble(m, headers, root, R), m


def compose_forward(m, sc):
    """Colleague forwards an invitation they received."""
    rng = m.rng
    lang = m.lang
    orig_org_name, orig_dom = org_for(rng, lang) if rng.random() < 0.6 else (m.rcpt.get("org"), m.rcpt["domain"])
    orig = make_person(rng, lang, orig_dom)
    fwd_person = dict(m.sender)
    # original organizer is someone else; forwarder (sender) was an attendee
    m.organizer = dict(name=orig["name"], email=orig["email"])
    m.attendees = [dict(name=fwd_person["name"], email=fwd_person["email"], partstat="ACCEPTED", role="REQ-PARTICIPANT", rsvp="TRUE")] + \
        [dict(name=make_person(rng, lang, orig_dom)["name"], email=make_person(rng, lang, orig_dom)["email"],
              partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp="TRUE") for _ in range(rng.randint(0, 3))]
    sent_orig = m.sent - dt.timedelta(days=rng.randint(0, 5), minutes=rng.randint(5, 600))
    loc = core.to_local(m.sender_tz, sent_orig)
    sent_text = loc.strftime("%A, %B %d, %Y %I:%M %p") if lang == "en" else loc.strftime("%d.%m.%Y %H:%M")
    m.fwd_note = fill(sc["d"], fill_values(m)) or "FYI"
    m.ev["desc"] = rng.choice(["Agenda to follow.", "Please come prepared with your updates.", "", "Dial-in details below."]) \
        if lang == "en" else ""
    if m.ev["conf"] == [] and m.client in ("outlook", "google") and rng.random() < 0.6:
        m.ev["conf"] = [(m.meet, clients.BP[lang]["join"])]
    m.fwd_orig = dict(name=orig["name"], email=orig["email"], sent_text=sent_text,
                      to_text="; ".join(a["email"] for a in m.attendees), subject=m.ev["summary"])
    if m.client in ("outlook", "zimbra", "applemail"):
        if m.client == "outlook":
            m.attendees.append(dict(name=m.rcpt["name"], email=m.rcpt["email"], partstat="NEEDS-ACTION",
                                    role="REQ-PARTICIPANT", rsvp="TRUE"))
        return finish(m)
    # google (gmail forward) and thunderbird (forward as attachment) need the original invitation
    inner = copy.copy(m)
    inner.rng = random.Random(rng.random())
    inner.fwd_note = None
    inner.sender = dict(name=orig["name"], email=orig["email"], domain=orig_dom, kind="corp", org=orig_org_name,
                        kind_domain="own")
    inner.rcpt = dict(name=fwd_person["name"], email=fwd_person["email"], domain=fwd_person["domain"],
                      first=fwd_person.get("first", fwd_person["name"]), org=None)
    inner.sent = sent_orig
    inner.dtstamp = sent_orig - dt.timedelta(seconds=1)
    inner.lastmod = sent_orig - dt.timedelta(seconds=rng.randint(2, 20))
    inner.created = sent_orig - dt.timedelta(minutes=rng.randint(1, 300))
    inner_client = "google" if m.client == "google" else rng.choice(["google", "outlook"])
    inner.client = inner_client
    inner.variant = "o365"
    inner.exch_host = clients.exch_host(inner.rng)
    inner.ev = dict(m.ev)
    inner.ev["uid"] = event_uid(inner.rng, inner)
    if inner_client == "google":
        inner.attendees = [dict(name=orig["name"], email=orig["email"], partstat="ACCEPTED", role="REQ-PARTICIPANT",
                                rsvp="TRUE")] + m.attendees
    H2, root2 = clients.RENDER[inner_client](inner)
    raw = b"".join(("%s: %s\r\n" % (k, v)).encode() for k, v in H2) + root2.to_bytes()
    if m.client == "thunderbird":
        subj = inner.ev["summary"]
        m.fwd_orig["subject"] = subj
        headers, root = clients.render_thunderbird_forward(m, raw, subj)
    else:
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
        text, ics = "", b""
        for part in msg.walk():
            ct = part.get_content_type()
            if ct == "text/plain" and not text:
                text = part.get_payload(decode=True).decode("utf-8", "replace")
            if ct == "application/ics":
                ics = part.get_payload(decode=True)
        m.fwd_orig["subject"] = str(email.header.make_header(email.header.decode_header(msg["Subject"])))
        headers, root = transport.render_gmail_forward(m, text.replace("\r\n", "\n"), ics)
        m.gmail_web = True
    R = transport.infra(m)
    return transport.assemble(m, headers, root, R), m
