#!/usr/bin/env python3
"""Regenerate corpus/train6 (synthetic iMIP spam/ham corpus, CC0 1.0).

Run from the worktree root:  python3 scripts/train6/gen.py
Python 3.11 standard library only; every message has its own fixed seed, so
the output is identical byte for byte on every run."""
import os, sys, random, datetime as dt
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from clients import *  # noqa
from world import *  # noqa
from spam_data import S
from ham_data import H

ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "corpus", "train6")

SPAM_COUNTS = [("compromised", 20), ("fake_update", 15), ("bec", 12), ("phish", 18), ("callback", 15),
               ("invoice", 12), ("prize", 12), ("crypto", 12), ("dating", 10), ("job", 10), ("retail", 10),
               ("nagging", 8), ("cal_only", 6)]
HAM_COUNTS = [("outlook", 22), ("google", 18), ("otherclients", 16), ("updates", 14), ("webinar", 14),
              ("booking", 14), ("appointment", 14), ("finance", 10), ("vendor", 14), ("series", 10),
              ("itmaint", 8), ("forwarded", 6)]

MALFORM = {("spam", "compromised", 5): "nofold", ("spam", "phish", 7): "lf", ("spam", "retail", 2): "no_end",
           ("spam", "retail", 3): "badcharset", ("spam", "crypto", 3): "no_uid", ("spam", "callback", 12): "floating",
           ("spam", "nagging", 2): "lf", ("spam", "prize", 9): "no_vtimezone",
           ("ham", "outlook", 11): "no_vtimezone", ("ham", "otherclients", 9): "floating",
           ("ham", "series", 6): "nofold", ("ham", "booking", 4): "no_uid", ("ham", "appointment", 1): "badcharset",
           ("ham", "finance", 2): "lf", ("ham", "webinar", 9): "no_end", ("ham", "vendor", 12): "nofold"}

LANGTAG = {"en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES", "pt": "pt-BR", "it": "it-IT", "nl": "nl-NL",
           "pl": "pl-PL", "ru": "ru-RU", "ja": "ja-JP", "zh": "zh-CN", "ko": "ko-KR", "ar": "ar-SA", "tr": "tr-TR",
           "vi": "vi-VN", "id": "id-ID"}


class SafeDict(dict):
    def __missing__(self, k):
        return "{" + k + "}"


def fill(s, d):
    return s.format_map(SafeDict(d)) if s else s


# ------------------------------------------------------------------ dates
def arrival_for(rng, y0, y1, m0=1, m1=12):
    a = dt.datetime(y0, m0, 1).timestamp()
    b = dt.datetime(y1, min(m1, 10) if y1 >= 2026 else m1, 28).timestamp()
    t = dt.datetime.utcfromtimestamp(rng.uniform(a, b)).replace(microsecond=0)
    return t


def round_slot(d, minutes=30):
    d = d.replace(second=0, microsecond=0)
    return d - dt.timedelta(minutes=d.minute % minutes)


def office_start(rng, tz, arrival, days_lo=1, days_hi=14, hours=(9, 17)):
    local = to_local(tz, arrival)
    d = local + dt.timedelta(days=rng.randint(days_lo, days_hi))
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d.replace(hour=rng.randint(*hours), minute=rng.choice([0, 0, 30, 15]), second=0, microsecond=0)


def hdate(d, lang):
    if lang == "en":
        return d.strftime("%B %d, %Y").replace(" 0", " ")
    if lang in ("ja", "zh", "ko"):
        return d.strftime("%Y/%m/%d")
    if lang in ("de", "ru", "pl", "tr"):
        return d.strftime("%d.%m.%Y")
    return d.strftime("%d/%m/%Y")


def gwhen(s, e, tz):
    def h(x):
        hh = x.hour % 12 or 12
        return f"{hh}{':%02d' % x.minute if x.minute else ''}{'am' if x.hour < 12 else 'pm'}"
    ab = TZ[tz][4] if utc_offset(tz, s) != TZ[tz][1] else TZ[tz][3]
    return f"{s.strftime('%a %b')} {s.day}, {s.year} {h(s)} - {h(e)} ({ab})"


CUR = {"en": lambda r, x: f"${x:,.2f}" if r.random() < .7 else f"£{x:,.2f}", "de": lambda r, x: f"{x:,.2f} €".replace(",", "X").replace(".", ",").replace("X", "."),
       "fr": lambda r, x: f"{x:,.2f} €".replace(",", " ").replace(".", ","), "es": lambda r, x: f"{x:,.2f} €".replace(",", "X").replace(".", ",").replace("X", "."),
       "it": lambda r, x: f"€ {x:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."), "nl": lambda r, x: f"€ {x:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."),
       "pt": lambda r, x: f"R$ {x:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."), "pl": lambda r, x: f"{x:,.2f} zł".replace(",", " ").replace(".", ","),
       "ru": lambda r, x: f"{x:,.0f} ₽".replace(",", " "), "ja": lambda r, x: f"{x * 150:,.0f}円", "zh": lambda r, x: f"¥{x * 7:,.2f}",
       "ko": lambda r, x: f"{x * 1300:,.0f}원", "ar": lambda r, x: f"{x * 3.75:,.2f} ريال", "tr": lambda r, x: f"{x * 30:,.2f} TL",
       "vi": lambda r, x: f"{x * 24000:,.0f} đ", "id": lambda r, x: f"Rp {x * 15000:,.0f}".replace(",", ".")}

PREGION = {"en": ["tollfree", "us", "uk", "ukm"], "fr": ["fr"]}


def ph(rng, lang):
    return phone(rng, rng.choice(PREGION.get(lang, [lang])))


# ------------------------------------------------------------------ obfuscation
ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]
HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "i": "і", "M": "М", "P": "Р", "N": "Ν", "T": "Т"}
BRANDS = ["Microsoft", "Norton", "PayPal", "McAfee", "DocuSign", "Adobe", "Zoom", "Teams", "Webex", "Geek Squad",
          "Google", "Apple", "Office", "Outlook", "Voicemail", "Bitcoin", "Amazon"]


def obf(rng, s, how):
    if how == "zw":
        out = ""
        for ch in s:
            out += ch
            if ch.isalpha() and rng.random() < .25:
                out += rng.choice(ZW)
        return out
    if how == "homo":
        for b in BRANDS:
            if b in s:
                nb = "".join(HOMO.get(c, c) if rng.random() < .5 else c for c in b)
                s = s.replace(b, nb)
        return s
    if how == "spaced":
        for b in BRANDS:
            if b in s:
                s = s.replace(b, " ".join(b))
        return s
    return s


# ------------------------------------------------------------------ sender setups
FREEMAIL = {
    "gmail.com": dict(relay="google", dkim=("google.com", "20230601"), client="google"),
    "outlook.com": dict(relay="m365", dkim=("outlook.com", "selector1"), client="exchange"),
    "hotmail.com": dict(relay="m365", dkim=("hotmail.com", "selector1"), client="exchange"),
    "yahoo.com": dict(relay="yahoo", dkim=("yahoo.com", "s2048"), client="yahoo"),
    "icloud.com": dict(relay="icloud", dkim=("icloud.com", "1a1hai"), client="ios"),
    "gmx.de": dict(relay="postfix", dkim=("gmx.de", "s1031"), client="mozilla", mailhost="mout.gmx.net"),
    "mail.ru": dict(relay="postfix", dkim=("mail.ru", "mail4"), client="php", mailhost="smtp47.i.mail.ru"),
    "qq.com": dict(relay="postfix", dkim=("qq.com", "s201512"), client="php", mailhost="smtpbg151.qq.com"),
    "naver.com": dict(relay="postfix", dkim=("naver.com", "s20171208"), client="icalnet", mailhost="cvsmtppost05.nm.naver.com"),
    "libero.it": dict(relay="postfix", dkim=("libero.it", "s2021"), client="icalpy", mailhost="smtp-31.iol.local"),
    "wp.pl": dict(relay="postfix", dkim=("wp.pl", "1024a"), client="icalpy", mailhost="smtpo84.poczta.onet.pl"),
    "yandex.ru": dict(relay="postfix", dkim=("yandex.ru", "mail"), client="php", mailhost="forward501b.mail.yandex.net"),
    "uol.com.br": dict(relay="postfix", dkim=("uol.com.br", "uol2018"), client="php", mailhost="a7-45.smtp-out.uol.com.br"),
}
LANG_FREE = {"de": ["gmx.de"], "ru": ["mail.ru", "yandex.ru"], "zh": ["qq.com"], "ko": ["naver.com"], "it": ["libero.it"],
             "pl": ["wp.pl"], "pt": ["uol.com.br"]}


def freemail_sender(rng, lang, disp=None, domain=None):
    if domain is None:
        pool = ["gmail.com"] * 5 + ["outlook.com", "hotmail.com", "yahoo.com", "icloud.com"] + LANG_FREE.get(lang, []) * 2
        domain = rng.choice(pool)
    p = person(rng, lang)
    local = rng.choice([f"{p['fa']}{p['la']}{rng.randint(1, 999)}", f"{p['fa']}.{p['la']}{rng.randint(10, 99)}",
                        f"{rstr(rng, 6, 'abcdefghijklmnopqrstuvwxyz')}{rng.randint(100, 99999)}", f"{p['la']}.{p['fa'][0]}{rng.randint(1, 99)}"])
    f = FREEMAIL[domain]
    s = dict(name=disp if disp is not None else p["name"], email=f"{local}@{domain}")
    d = dict(sender=s, relay=f["relay"], client=f["client"], mailhost=f.get("mailhost"), dkim_sign=[f["dkim"]],
             auth=dict(dkim=[("pass",) + f["dkim"]], spf=("pass", domain), dmarc=("pass", domain)), rp=s["email"])
    if domain == "gmail.com":
        rp = f"{rstr(rng, 30, LOWER)}@calendar-server.bounces.google.com" if rng.random() < .8 else s["email"]
        d["rp"] = rp
        d["auth"]["spf"] = ("pass", rp.split("@")[1])
        d["auth"]["dkim"] = [("pass", "google.com", "20230601")] + ([("pass", "gmail.com", "20230601")] if rng.random() < .4 else [])
    return d


LOOKALIKE = {
    "fake_update": ["zoom-us-client.com", "teams-app-update.net", "webex-meeting-join.info", "zoommtg-download.live", "msteams-installer.online"],
    "phish": ["m365-voicemail-center.com", "docusign-envelope-review.net", "adobesign-docs.org", "0ffice-securemail.com", "outlook-mailadmin.net", "mailbox-quota-alert.com"],
    "callback": ["norton-billing-desk.com", "mcafee-renewal-center.net", "geeksquad-invoices.org", "paypaI-resolution.com", "secure-orderdesk.net"],
    "invoice": ["parcel-redelivery-uk.com", "customs-fee-pay.com", "zoll-paket-service.de.com", "colis-suivi-frais.com", "toll-balance-pay.net", "hmrc-refund-portal.co"],
    "prize": ["rewards-survey-center.com", "loyalty-gift-claim.net", "winner-prize-desk.com", "club-fidelite-cadeaux.fr.com"],
    "crypto": ["btc-ai-profit.com", "quantum-trade-ai.io", "usdt-airdrop-claim.net", "cripto-robo-lucro.com"],
    "dating": ["meet-singles-tonight.com", "private-dating-club.net", "flirt-nearby.club"],
    "job": ["hr-careers-remote.com", "global-claims-bureau.org", "intl-email-lottery.net"],
    "retail": ["luxury-outlet-2016.com", "rayban-sale-shop.top", "mk-bags-outlet.xyz", "pharma-rx-direct.net"],
    "nagging": ["reward-reminder.top", "acct-verify-now.xyz"],
    "cal_only": ["apple-id-unlock.help", "parcel-hold-notice.com"],
    "compromised": [], "bec": ["exarnple.net", "examp1e.net", "example-net.co", "exampie.net", "example-net-hq.com"],
}


def org_sender(rng, lang, via=None):
    oname, odom = org(rng, lang)
    p = person(rng, lang)
    s = dict(name=p["name"], email=f"{p['fa']}.{p['la']}@{odom}", org=oname, person=p)
    via = via or rng.choice(["m365", "m365", "google", "zimbra"])
    if via == "m365":
        sel = rng.choice(["selector1", "selector2"])
        d = dict(relay="m365", client="exchange", dkim_sign=[(odom, sel)],
                 auth=dict(dkim=[("pass", odom, sel)], spf=("pass", odom), dmarc=("pass", odom)))
    elif via == "google":
        d = dict(relay="google", client="google", dkim_sign=[(odom, "google")],
                 auth=dict(dkim=[("pass", odom, "google")], spf=("pass", odom), dmarc=("pass", odom)))
    else:
        d = dict(relay="zimbra", client="zimbra", dkim_sign=[(odom, "default")], mailhost=f"mail.{odom}",
                 auth=dict(dkim=[("pass", odom, "default")], spf=("pass", odom), dmarc=("pass", odom)))
    d.update(sender=s, rp=s["email"])
    return d


def lookalike_sender(rng, cat, lang, disp, local=None):
    dom = rng.choice(LOOKALIKE.get(cat) or ["secure-notice-center.com"])
    local = local or rng.choice(["noreply", "no-reply", "support", "billing", "info", "service", "notification", "admin"])
    s = dict(name=disp, email=f"{local}@{dom}")
    relay = rng.choice(["exim", "postfix", "direct", "sendgrid", "ses", "mailgun"])
    r = rng.random()
    if relay in ("sendgrid", "ses", "mailgun"):
        plat = {"sendgrid": ("sendgrid.net", "smtpapi"), "ses": ("amazonses.com", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug"),
                "mailgun": ("mailgun.org", "mg")}[relay]
        bounce = {"sendgrid": f"em{rng.randint(100, 9999)}.{dom}", "ses": "amazonses.com", "mailgun": f"mg.{dom}"}[relay]
        dk = [plat] + ([(dom, "s1")] if r < .5 else [])
        auth = dict(dkim=[("pass",) + x for x in dk], spf=("pass", bounce), dmarc=("pass" if r < .5 else "none", dom))
        rp = f"bounces+{rng.randint(10**6, 10**7)}-{rhex(rng, 4)}@{bounce}"
        return dict(sender=s, relay=relay, dkim_sign=dk, auth=auth, rp=rp, mailhost=None)
    if r < .55:
        dk = [(dom, rng.choice(["default", "mail", "dkim", "x"]))]
        auth = dict(dkim=[("pass",) + dk[0]], spf=("pass", dom), dmarc=("pass", dom))
    elif r < .8:
        dk = []
        auth = dict(dkim=[], spf=("pass", dom), dmarc=("none", dom))
    else:
        dk = []
        auth = dict(dkim=[], spf=(rng.choice(["softfail", "neutral", "temperror"]), dom), dmarc=("fail", dom))
    return dict(sender=s, relay=relay, dkim_sign=dk, auth=auth, rp=s["email"], mailhost=None)


# ------------------------------------------------------------------ bodies
GL = {
    "en": ("Invitation", "You have been invited to the following event.", "When", "Joining info", "Join with Google Meet", "Calendar", "Who", "organiser", "Invitation from Google Calendar", "View all guest info", "Reply for", "Yes", "No", "Maybe", "More options", "Updated invitation", "Canceled event"),
    "de": ("Einladung", "Sie wurden zu folgendem Termin eingeladen.", "Wann", "Informationen zur Teilnahme", "Mit Google Meet teilnehmen", "Kalender", "Teilnehmer", "Organisator", "Einladung von Google Kalender", "Alle Gastinformationen ansehen", "Antworten für", "Ja", "Nein", "Vielleicht", "Weitere Optionen", "Aktualisierte Einladung", "Abgesagter Termin"),
    "fr": ("Invitation", "Vous avez été invité à l'événement suivant.", "Quand", "Informations de connexion", "Participer avec Google Meet", "Agenda", "Participants", "organisateur", "Invitation envoyée par Google Agenda", "Afficher toutes les informations sur les invités", "Répondre pour", "Oui", "Non", "Peut-être", "Plus d'options", "Invitation mise à jour", "Événement annulé"),
    "es": ("Invitación", "Has recibido una invitación para el siguiente evento.", "Cuándo", "Información para unirse", "Unirse con Google Meet", "Calendario", "Quién", "organizador", "Invitación de Google Calendar", "Ver toda la información de los invitados", "Responder como", "Sí", "No", "Quizás", "Más opciones", "Invitación actualizada", "Evento cancelado"),
    "pt": ("Convite", "Você recebeu um convite para o seguinte evento.", "Quando", "Informações para participar", "Participar com o Google Meet", "Agenda", "Quem", "organizador", "Convite do Google Agenda", "Ver todas as informações dos convidados", "Responder como", "Sim", "Não", "Talvez", "Mais opções", "Convite atualizado", "Evento cancelado"),
    "it": ("Invito", "Sei stato invitato al seguente evento.", "Quando", "Informazioni per partecipare", "Partecipa con Google Meet", "Calendario", "Partecipanti", "organizzatore", "Invito da Google Calendar", "Visualizza tutte le informazioni sugli invitati", "Rispondi per", "Sì", "No", "Forse", "Altre opzioni", "Invito aggiornato", "Evento annullato"),
    "nl": ("Uitnodiging", "Je bent uitgenodigd voor het volgende evenement.", "Wanneer", "Deelnamegegevens", "Deelnemen met Google Meet", "Agenda", "Wie", "organisator", "Uitnodiging van Google Agenda", "Alle gastgegevens bekijken", "Reageren voor", "Ja", "Nee", "Misschien", "Meer opties", "Bijgewerkte uitnodiging", "Geannuleerd evenement"),
    "ja": ("招待状", "次の予定に招待されました。", "日時", "参加情報", "Google Meet に参加する", "カレンダー", "参加者", "主催者", "Google カレンダーからの招待状", "すべてのゲスト情報を表示", "返信", "はい", "いいえ", "未定", "その他のオプション", "更新された招待状", "キャンセルされた予定"),
    "ru": ("Приглашение", "Вы приглашены на следующее мероприятие.", "Когда", "Как присоединиться", "Присоединиться к Google Meet", "Календарь", "Участники", "организатор", "Приглашение из Google Календаря", "Просмотреть информацию о гостях", "Ответ для", "Да", "Нет", "Возможно", "Другие варианты", "Обновленное приглашение", "Мероприятие отменено"),
    "zh": ("邀请", "您已受邀参加以下活动。", "时间", "加入信息", "使用 Google Meet 加入", "日历", "参与者", "组织者", "来自 Google 日历的邀请", "查看所有邀请对象信息", "回复", "是", "否", "可能", "更多选项", "更新的邀请", "已取消的活动"),
}


def meet_code(rng):
    a = "abcdefghijklmnopqrstuvwxyz"
    return f"{rstr(rng, 3, a)}-{rstr(rng, 4, a)}-{rstr(rng, 3, a)}"


def google_body(rng, lang, title, when, desc, org, guests, rcpt_email, meet=None, loc=None, kind=0):
    g = GL.get(lang, GL["en"])
    eid = rb64(rng, 40).replace("=", "").replace("+", "").replace("/", "")
    lines = [g[1] if kind == 0 else (g[15] if kind == 1 else g[16]), ""]
    lines.append(title)
    lines += ["", f"{g[2]}", when, ""]
    if loc:
        lines += [loc, ""]
    if meet:
        lines += [g[3], g[4], f"https://meet.google.com/{meet}", ""]
        if rng.random() < .5:
            lines += [f"Join by phone", f"(US) {phone(rng, 'us')} PIN: {rng.randint(10**8, 10**9)}#", ""]
    lines += [g[5], rcpt_email, "", g[6]]
    lines.append(f"* {org[0]} - {g[7]}")
    for n, e in guests[:25]:
        lines.append(f"* {n or e}")
    if len(guests) > 25:
        lines.append(f"* ... +{len(guests) - 25}")
    lines.append("")
    if desc:
        lines += [desc, ""]
    lines += [f"{g[9]} https://calendar.google.com/calendar/event?action=VIEW&eid={eid}&tok={rstr(rng, 40)}&ctz=Europe%2FLondon&hl=en&es=0", "",
              f"{g[10]} {rcpt_email}", ""]
    lines += [f"{g[11]} https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=1",
              f"{g[12]} https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=2",
              f"{g[13]} https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=3",
              f"{g[14]} https://calendar.google.com/calendar/event?action=VIEW&eid={eid}", "",
              f"{g[8]}: https://calendar.google.com/calendar/", "",
              "You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.",
              "", "Forwarding this invitation could allow any recipient to send a response to the organiser, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding"]
    return "\n".join(lines)


TEAMS_HDR = {"en": ("Microsoft Teams meeting", "Join on your computer, mobile app or room device", "Click here to join the meeting", "Meeting ID", "Passcode", "Download Teams", "Join on the web", "Learn More", "Meeting options"),
             "de": ("Microsoft Teams-Besprechung", "Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil", "Klicken Sie hier, um an der Besprechung teilzunehmen", "Besprechungs-ID", "Kennung", "Teams herunterladen", "Im Web beitreten", "Weitere Infos", "Besprechungsoptionen"),
             "fr": ("Réunion Microsoft Teams", "Rejoindre sur votre ordinateur, application mobile ou appareil de salle", "Cliquez ici pour rejoindre la réunion", "ID de la réunion", "Code secret", "Télécharger Teams", "Rejoindre sur le web", "En savoir plus", "Options de réunion"),
             "nl": ("Microsoft Teams-vergadering", "Deelnemen op uw computer, mobiele app of ruimteapparaat", "Klik hier om deel te nemen aan de vergadering", "Vergadering-id", "Wachtwoordcode", "Teams downloaden", "Deelnemen op het web", "Meer informatie", "Vergaderopties")}


def teams_block(rng, lang):
    t = TEAMS_HDR.get(lang, TEAMS_HDR["en"])
    mid = " ".join(str(rng.randint(100, 999)) for _ in range(4))
    link = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{rstr(rng, 48)}%40thread.v2/0?context=%7b%22Tid%22%3a%22{ruuid(rng)}%22%2c%22Oid%22%3a%22{ruuid(rng)}%22%7d"
    bar = "_" * 80
    txt = (f"{bar}\n{t[0]}\n{t[1]}\n{t[2]}<{link}>\n{t[3]}: {mid}\n{t[4]}: {rstr(rng, 6)}\n"
           f"{t[5]}<https://www.microsoft.com/en-us/microsoft-teams/download-app> | {t[6]}<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
           f"{t[7]}<https://aka.ms/JoinTeamsMeeting> | {t[8]}<https://teams.microsoft.com/meetingOptions/?organizerId={ruuid(rng)}>\n{bar}")
    return txt, link


def uid_for(rng, client, dom="example.com"):
    if client in ("exchange", "outlook"):
        return "040000008200E00074C5B7101A82E00800000000" + rhex(rng, 16, True) + "01000000000000000010000000" + rhex(rng, 32, True)
    if client == "google":
        return f"{rstr(rng, 26, LOWER)}@google.com"
    if client in ("apple", "ios"):
        return ruuid(rng, True)
    if client == "zoom":
        return f"ZOOM{rng.randint(10**10, 10**11)}"
    if client == "zimbra":
        return ruuid(rng)
    if client == "php":
        return f"{rhex(rng, 13)}@{dom}"
    return ruuid(rng)


def many_attendees(rng, n, langs=("en",)):
    doms = ["example.net", "example.org", "example.com", "webpost.example", "correo.example", "mailbox.example",
            "harborline.example", "kestrel-analytics.test", "brenner-bau.example", "groupe-vallon.example",
            "polderdata.example", "albaran.example", "minato-seiki.example", "hanbit-tech.example", "posteo.test"]
    out, seen = [], set()
    while len(out) < n:
        p = person(rng, rng.choice(langs))
        e = f"{p['fa']}.{p['la']}{rng.choice(['', str(rng.randint(1, 99))])}@{rng.choice(doms)}"
        if e in seen:
            continue
        seen.add(e)
        out.append((p["name"] if rng.random() < .5 else "", e))
    return out


def compose(rng, ctx, trace_on=True):
    ctx.setdefault("off", utc_offset(ctx["stz"], ctx["arrival"]))
    ctx.setdefault("langtag", LANGTAG[ctx["lang"]])
    if ctx.get("malform") == "badcharset":
        ctx["charset"] = "utf-8"
        ctx["charset_label"] = "us-ascii" if ctx["lang"] != "en" else "utf8"
        ctx["pcte"] = "8bit"
    tr = trace(rng, ctx) if trace_on else []
    hs, body = render(rng, ctx)
    return message(tr + hs, body)


def pick_charset(rng, lang, legacy_p=0.3):
    if lang not in ("en", "id", "vi"):
        legacy_p = max(legacy_p, 0.4)
    if rng.random() < legacy_p:
        return rng.choice(LEGACY_CHARSET[lang])
    return "utf-8"


def pick_cte(rng, charset, text):
    if charset == "iso-2022-jp":
        return "7bit"
    if text.isascii():
        return rng.choice(["7bit", "7bit", "quoted-printable"])
    return rng.choice(["quoted-printable", "base64", "8bit"])


# ------------------------------------------------------------------ spam
FILLER = ("the garden committee agreed that rainfall this spring was unusual and the river walk will reopen after repairs "
          "minutes of the previous meeting were approved without changes bicycles library orchard harvest kettle lantern "
          "weather report for the coast mild with scattered showers tomorrow morning").split()
SPAM_MODES = {
    "compromised": ["org"], "fake_update": ["free", "look", "look", "free", "org"], "bec": ["free", "free", "look"],
    "phish": ["free", "look", "look", "org", "spoof"], "callback": ["free", "free", "look", "spoof"],
    "invoice": ["look", "free", "look", "spoof"], "prize": ["free", "look", "icloud"],
    "crypto": ["free", "look", "icloud"], "dating": ["free", "icloud", "look"], "job": ["free", "free", "look"],
    "retail": ["icloud", "icloud", "icloud", "look"], "nagging": ["free", "look"], "cal_only": ["free", "look", "icloud"],
}
SPAM_YEARS = {"retail": (2016, 2017), "fake_update": (2020, 2026), "crypto": (2018, 2026), "compromised": (2019, 2026),
              "phish": (2017, 2026)}
DISP = {
    "fake_update": ["Zoom", "Zoom Video Communications", "Microsoft Teams", "Webex", "Skype Meetings", None],
    "phish": ["Microsoft 365", "Voicemail Service", "DocuSign", "Adobe Acrobat Sign", "IT Service Desk", "Google Drive", "Mail Administrator", None],
    "callback": ["Norton Billing", "McAfee", "Geek Squad", "PayPal", "Billing Department", "Windows Defender", None],
    "invoice": ["Royal Mail", "DHL Express", "Paketdienst", "La Poste Colissimo", "Correos", "Correios", "InPost", "HMRC", "E-ZPass", None],
    "prize": ["Customer Rewards", "Loyalty Program", "Congratulations", None],
    "crypto": ["Crypto Wallet", "AI Trade Pro", None],
}


BRAND_DISP = [("oicemail", ["Voicemail Service", "Microsoft 365 Voicemail", "Voice Mail"]), ("vocal", ["Messagerie vocale"]),
              ("vocale", ["Servizio Voicemail"]), ("DocuSign", ["DocuSign", "DocuSign via Adobe"]), ("Adobe", ["Adobe Acrobat Sign"]),
              ("Google Drive", ["Google Drive", "Google Workspace"]), ("Kennwort", ["Microsoft 365"]), ("senha", ["Equipe de TI"]),
              ("парол", ["Служба поддержки"]), ("パスワード", ["システム管理者"]), ("邮箱", ["系统管理员"]), ("mailbox", ["IT-afdeling"]),
              ("Mailbox", ["Mail Administrator"]), ("Password", ["IT Service Desk"]), ("MFA", ["Microsoft Security"]), ("HR", ["HR Secure Portal"]),
              ("Fax", ["eFax"]), ("Norton", ["Norton Billing", "NortonLifeLock"]), ("N o r t o n", ["Billing Dept"]), ("McAfee", ["McAfee", "McAfee Billing"]),
              ("Geek Squad", ["Geek Squad", "Geek Squad Support"]), ("PayPal", ["PayPal", "service@paypal"]), ("Defender", ["Windows Defender", "Microsoft Support"]),
              ("Prime", ["Prime Membership"]), ("C0inbase", ["Security Desk"]), ("Abonnement", ["Kundenservice"]), ("antivirus", ["Service client"]),
              ("Rinnovo", ["Servizio clienti"]), ("Order confirmation", ["Order Desk"]), ("Receipt", ["Billing Department"]),
              ("Royal Mail", ["Royal Mail"]), ("Delivery attempt", ["Parcel Delivery", "DHL Express"]), ("INV-", ["Accounts Receivable"]),
              ("Tax refund", ["HMRC"]), ("toll", ["E-ZPass", "Toll Services"]), ("Paket konnte", ["Paketdienst"]), ("Colis", ["La Poste Colissimo"]),
              ("aduanas", ["Correos"]), ("encomenda", ["Correios"]), ("Przesyłka", ["InPost"]), ("Paket Anda", ["Kurir Ekspres"]),
              ("Kargonuz", ["Kargo Takip"]), ("vehicle registration", ["DMV Services"]),
              ("Zoom", ["Zoom", "Zoom Video Communications", "Zoom Workplace"]), ("Teams", ["Microsoft Teams"]), ("Webex", ["Webex", "Cisco Webex"]),
              ("Skype", ["Skype Meetings"])]


def spam_sender(rng, cat, lang, i, scen=None):
    modes = SPAM_MODES[cat]
    mode = modes[i % len(modes)]
    disp = None
    if cat in DISP:
        disp = rng.choice(DISP[cat])
        if scen is not None:
            for kw, names in BRAND_DISP:
                if kw in scen["s"] or kw in scen["d"][:120]:
                    disp = rng.choice(names + [None] if cat != "callback" else names)
                    break
    if mode == "org":
        return org_sender(rng, lang)
    if mode == "icloud":
        d = freemail_sender(rng, lang, domain="icloud.com")
        d["client"] = rng.choice(["ios", "apple"])
        if disp:
            d["sender"]["name"] = disp
        return d
    if mode == "free":
        d = freemail_sender(rng, lang, disp)
        return d
    if mode == "spoof":
        d = lookalike_sender(rng, cat, lang, disp or "Support")
        d["relay"] = "direct"; d["dkim_sign"] = []
        d["auth"] = dict(dkim=[], spf=(rng.choice(["softfail", "fail", "none"]), d["sender"]["email"].split("@")[1]),
                         dmarc=(rng.choice(["fail", "none"]), d["sender"]["email"].split("@")[1]))
        return d
    return lookalike_sender(rng, cat, lang, disp or person(rng, lang)["name"])


LINKKINDS = {
    "compromised": ["sharepoint", "onedrive", "dropbox", "docsend", "notion", "sharepoint", "gredirect", "azure"],
    "fake_update": ["look", "pages", "webapp", "r2", "dropbox", "look", "bitly"],
    "phish": ["look", "webapp", "pages", "ipfs", "azure", "sites", "forms", "gdocs", "r2", "firebase", "gredirect"],
    "callback": ["look", "bitly"], "invoice": ["look", "tly", "bitly", "isgd", "pages"],
    "prize": ["look", "sites", "forms", "tinyurl", "bitly", "webapp"], "crypto": ["look", "sites", "tly", "notion"],
    "dating": ["look", "tinyurl", "bitly", "sites"], "job": ["forms", "look"], "retail": ["look", "tinyurl"],
    "nagging": ["look", "bitly"], "cal_only": ["look", "tly", "pages"], "bec": ["look"],
}


def spam_url(rng, cat, ld):
    k = rng.choice(LINKKINDS[cat])
    if k == "look":
        paths = {"fake_update": ["download/ZoomInstaller.exe", "update/TeamsSetup_x64.msi", "join/" + rstr(rng, 10), "client/update.html", "webex/WebexMeetingAssistant.msi"],
                 "invoice": ["track", "pay", "redelivery/" + rstr(rng, 8), "fee/" + rstr(rng, 6)],
                 "prize": ["claim", "survey/" + rstr(rng, 6), "reward?id=" + rstr(rng, 8)],
                 "crypto": ["register", "wallet/verify", "signup?ref=" + rstr(rng, 6)],
                 "dating": ["profile/" + rstr(rng, 6), "chat", "p/" + rstr(rng, 5)],
                 "retail": ["", "sale", "shop/" + rstr(rng, 5), "index.html"]}.get(cat, ["login", "verify", "account/secure", "session",
                 "wp-content/uploads/2024/" + rstr(rng, 6) + "/", "index.php?id=" + rstr(rng, 8), "r/" + rstr(rng, 6), "auth/o365"])
        path = rng.choice(paths)
        return f"https://{rng.choice(['', 'www.', 'secure.', 'app.', 'portal.'])}{ld}/{path}"
    return spam_link(rng, k)


def spam_msg(cat, i, scen, key):
    rng = random.Random(f"train6/spam/{cat}/{i}")
    lang = scen["l"]
    y0, y1 = SPAM_YEARS.get(cat, (2016, 2026))
    if cat == "retail":
        arrival = arrival_for(rng, 2016, 2016, 9, 12) if i < 7 else arrival_for(rng, 2017, 2024)
    else:
        arrival = arrival_for(rng, y0, y1)
    rc = recipient(rng, lang, force="corp" if cat in ("bec", "compromised") else None)
    sd = spam_sender(rng, cat, lang, i, scen)
    if cat == "bec":
        # executive display name, free-mail or look-alike of recipient's own company
        ex = person(rng, lang)
        sd["sender"]["name"] = ex["name"]
        if sd["sender"]["email"].split("@")[1] in LOOKALIKE["bec"]:
            sd["sender"]["email"] = f"{ex['fa']}.{ex['la']}@{sd['sender']['email'].split('@')[1]}"
            if sd["rp"].split("@")[0] in ("noreply", "no-reply", "support", "billing", "info", "service", "notification", "admin"):
                sd["rp"] = sd["sender"]["email"]
    client = sd.get("client") or rng.choice(["php", "icalnet", "outlook", "mozilla", "spatie", "ical4j", "evolution", "icalpy"])
    if sd.get("relay") in ("exim", "postfix", "direct", "sendgrid", "ses", "mailgun") and sd.get("client") is None:
        client = rng.choice(["php", "icalnet", "outlook", "mozilla", "spatie", "ical4j", "icalpy", "php"])
    ld = rng.choice(LOOKALIKE.get(cat) or LOOKALIKE["phish"]) if LOOKALIKE.get(cat) else rng.choice(LOOKALIKE["phish"])
    url = spam_url(rng, cat, ld)
    tz = rng.choice(LANG_TZ[lang])
    stz = tz
    amt = CUR[lang](rng, rng.choice([299.99, 349.99, 399.00, 449.95, 499.99, 1249.00, 2875.50, 8420.00, 18650.00, 12.99]))
    s_org = sd["sender"].get("org") or (org(rng, lang)[0])
    sname = sd["sender"]["name"] or person(rng, lang)["name"]
    start = office_start(rng, tz, arrival, 0, 5)
    vals = dict(rfirst=rc["first"], rlast=rc["last"], remail=rc["email"], sname=sname, sorg=s_org, url=url,
                phone=ph(rng, lang), amt=amt, ref=f"{rng.randint(10**5, 10**9)}", date=hdate(start, lang),
                rorg="Example Net", title=rng.choice(["Weekly sync", "Budget review", "Client call", "All hands"]),
                v=f"{rng.randint(10, 19)}.{rng.randint(1, 12)}", mid=f"{rng.randint(100, 999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
                pc=str(rng.randint(100000, 999999)), year=str(arrival.year), tg=tg(rng, rng.choice(["vip_signals", "ai_trade", "profit_club", "hr_desk"])),
                wa=wa(rng), ld=ld)
    subject = fill(scen["s"], vals)
    summary = fill(scen.get("sm", scen["s"]), vals)
    desc = fill(scen["d"], vals)
    mal = MALFORM.get(("spam", cat, i))
    # obfuscation
    ob = None
    if cat in ("phish", "callback", "fake_update", "prize", "invoice") and rng.random() < .35:
        ob = rng.choice(["zw", "homo", "spaced", "homo"])
        subject = obf(rng, subject, ob)
        summary = obf(rng, summary, ob)
        if ob != "spaced":
            desc = obf(rng, desc, ob)
    dur = rng.choice([15, 30, 30, 45, 60, 60, 90])
    end = start + dt.timedelta(minutes=dur)
    org_p = (sname, sd["sender"]["email"])
    sentby = None
    if cat in ("phish", "callback") and rng.random() < .3:
        org_p = (rng.choice({"phish": ["Microsoft 365", "Security Team", "Mail Administrator", "Voice Mail"], "callback": ["Norton LifeLock", "PayPal Billing", "Billing Support"]}[cat]), f"no-reply@{ld}")
    att = [(rc["name"] if rng.random() < .6 else "", rc["email"])]
    to = None
    undisclosed = False
    if cat in ("prize", "crypto", "retail", "dating") and rng.random() < .5:
        extra = many_attendees(rng, rng.randint(4, 30), (lang, "en"))
        att += extra
        if rng.random() < .5:
            to = [(n, e) for n, e in att[:12]]
        else:
            undisclosed = True
    ev = dict(uid=uid_for(rng, client, sd["sender"]["email"].split("@")[1]), start=start, end=end, tz=tz,
              stamp=arrival - dt.timedelta(seconds=rng.randint(30, 600)), summary=summary, desc=desc,
              org=org_p, att=[a + ("REQ-PARTICIPANT", "NEEDS-ACTION", True) for a in att], seq=0)
    if client == "google":
        ev["created"] = ev["stamp"]
        ev["alarms"] = [("-P0DT0H30M0S",)] if rng.random() < .5 else []
    # where spammers put links
    r = rng.random()
    if r < .35:
        ev["loc"] = url if cat not in ("callback",) else vals["phone"]
    elif r < .55:
        ev["loc"] = rng.choice(["Online", "Microsoft Teams Meeting", "Zoom", "Google Meet", vals["phone"], "Online meeting"])
    if cat == "callback":
        ev["loc"] = rng.choice([f"Call {vals['phone']}", vals["phone"], f"Billing Support: {vals['phone']}", ""])
    if rng.random() < .35:
        ev["url"] = url
    if rng.random() < .25 or cat in ("fake_update",) and rng.random() < .5:
        ev["xalt"] = f'<html><body><p>{desc.splitlines()[0]}</p><p><a href="{url}" style="background:#0b5cff;color:#fff;padding:10px 20px;text-decoration:none">{rng.choice(["Open", "Join", "View", "Review", "Claim", "Update now"])}</a></p><div style="display:none">{rstr(rng, 40, LOWER)}</div></body></html>'
    if cat == "compromised" and rng.random() < .3:
        ev["attach"] = [("", url)]
    if cat == "fake_update" and rng.random() < .5:
        ev["conf"] = [(url, "Join")]
    if cat == "bec":
        for k in ("loc", "url", "xalt", "attach"):
            ev.pop(k, None)
        if rng.random() < .5:
            ev["loc"] = rng.choice(["Phone", "My office", "TBD"])
    alarms_extra = []
    if cat == "nagging":
        kind = i % 4
        far = start.replace(year=start.year + rng.choice([0, 3, 5, 8, 12]))
        ev["start"], ev["end"] = far, far + dt.timedelta(minutes=30)
        if kind == 0:
            ev["rrule"] = "FREQ=MINUTELY;INTERVAL=5"
        elif kind == 1:
            ev["rrule"] = "FREQ=HOURLY;COUNT=9999"
        elif kind == 2:
            ev["rrule"] = "FREQ=DAILY"
        else:
            ev["rrule"] = "FREQ=HOURLY;INTERVAL=1;UNTIL=20991231T235959Z"
        ev["alarms"] = [(f"-PT{m}M", "DISPLAY", summary) for m in (0, 1, 2, 5, 10, 15, 30, 45, 60, 120)[: rng.randint(6, 10)]]
        if rng.random() < .5:
            ev["alarms"].append(("-PT1M", "DISPLAY", summary, 99, "PT1M"))
        if scen.get("mass") or i >= 5:
            att2 = many_attendees(rng, rng.randint(60, 260), ("en", "de", "fr", "es", "ja", "zh", "pt"))
            ev["att"] = [a + ("REQ-PARTICIPANT", "NEEDS-ACTION", True) for a in att2] + ev["att"]
            undisclosed = rng.random() < .5
            if not undisclosed:
                to = att2[:40]
    if cat in ("prize", "crypto") and rng.random() < .3:
        ev["start"] = ev["start"] - dt.timedelta(days=rng.randint(400, 1500))
        ev["end"] = ev["start"] + dt.timedelta(minutes=30)
    if mal == "no_uid":
        ev["no_uid"] = True
    if mal == "floating":
        ev["tz"] = "floating"
    if cat == "retail":
        ev["desc"] = desc
        ev["loc"] = url if rng.random() < .6 else rng.choice(["", "online shop"])
        ev["allday"] = rng.random() < .5
        if ev["allday"]:
            ev["end"] = ev["start"] + dt.timedelta(days=1)
    method = "REQUEST"
    if client in ("php", "spatie", "icalpy") and rng.random() < .3:
        method = "PUBLISH"
    ics = make_ics(client if client in PRODID else "php", method, [ev], lang, malform=mal if mal in ("lf", "no_end", "nofold", "no_vtimezone") else None)
    # body text
    charset = pick_charset(rng, lang, 0.25)
    when = gwhen(ev["start"], ev["end"], tz) if ev.get("tz") not in (None, "floating") else ev["start"].strftime("%Y-%m-%d %H:%M")
    if client == "google":
        g = GL.get(lang, GL["en"])
        subject_line = f"{g[0]}: {summary} @ {when} ({rc['email']})"
        plain = google_body(rng, lang, summary, when, desc, org_p, att, rc["email"],
                            meet=meet_code(rng) if rng.random() < .3 else None, loc=ev.get("loc"))
        html = to_html(plain, "google", lang)
    else:
        subject_line = subject
        plain = desc if scen.get("body") is None else scen["body"]
        html = None
        if rng.random() < .3:
            # HTML-only cues / hidden filler
            html = to_html(plain, "plain", lang, charset, head_extra="") .replace("</body>", f'<div style="font-size:1px;color:#ffffff">{" ".join(rng.choice(FILLER) for _ in range(rng.randint(12, 30)))}</div></body>')
    struct = None
    if cat == "cal_only":
        struct = rng.choice(["ics_only", "cal_only", "mixed_plain_att", "ics_only"]) if scen.get("body") is not None else "ics_only"
        if client == "google":
            client = "icalpy"
            sd["relay"] = "google"
        plain = scen.get("body") or ""
        html = to_html(plain or " ", "plain", lang)
    elif client in ("php", "icalpy", "spatie", "icalnet", "ical4j", "evolution") and rng.random() < .3:
        struct = rng.choice(["cal_only", "html_cal", "mixed_html_att", "alt2"])
    ctx = dict(label="spam", cat=cat, lang=lang, arrival=arrival, rcpt=rc, rp=sd["rp"], relay=sd["relay"],
               auth=sd["auth"], dkim_sign=sd["dkim_sign"], sender=sd["sender"], client=client, subject=subject_line,
               plain=plain, html=html, ics=ics, method=method, stz=stz, charset=charset,
               pcte=pick_cte(rng, charset, plain), mailhost=sd.get("mailhost"), struct=struct, malform=mal,
               att_kind=rng.choice(["application/ics", "text/calendar", "octet", "text/calendar"]),
               att_name=rng.choice(["invite.ics", "invite.ics", "meeting.ics", "event.ics", f"{rstr(rng, 8)}.ics", "calendar.ics"]),
               to=to, undisclosed=undisclosed, hmode=rng.choice(["B", "B", "Q"]))
    if client == "google" and struct is None:
        ctx["charset"] = "utf-8"; ctx["pcte"] = rng.choice(["quoted-printable", "base64"]) if not plain.isascii() else "7bit"
        ctx["cal_cte"] = "7bit" if ics.isascii() else "base64"
    if sd["relay"] == "google" and (cat == "bec" or (cat == "cal_only" and client == "icalpy")):
        # free-mail user sending an .ics from Gmail web, not through Google Calendar
        ctx["client"] = "icalpy"; ctx["msgid"] = f"<CA{rstr(rng, 40)}@mail.gmail.com>"; ctx["bstyle"] = "google"
        ev["uid"] = ruuid(rng)
        ctx["subject"] = subject
        ctx["rp"] = sd["sender"]["email"]; ctx["auth"]["spf"] = ("pass", "gmail.com")
        ctx["auth"]["dkim"] = [("pass", "gmail.com", "20230601")]; ctx["dkim_sign"] = [("gmail.com", "20230601")]
        if cat == "bec":
            ctx["struct"] = "mixed_plain_att"; ctx["plain"] = desc
        ctx["ics"] = make_ics("icalpy", "REQUEST", [dict(ev, desc=desc)], lang)
    return compose(rng, ctx)


# ------------------------------------------------------------------ ham
def internal_sender(rng, lang, name=None, local=None):
    p = person(rng, lang)
    s = dict(name=name or p["name"], email=f"{local or p['fa'] + '.' + p['la']}@example.net", person=p)
    sel = rng.choice(["selector1", "selector2"])
    return dict(sender=s, relay="m365", client="exchange", dkim_sign=[("example.net", sel)], rp=s["email"],
                auth=dict(dkim=[("pass", "example.net", sel)], spf=("pass", "example.net"), dmarc=("pass", "example.net")))


def small_firm_sender(rng, lang):
    oname, odom = org(rng, lang)
    p = person(rng, lang)
    s = dict(name=p["name"], email=f"{p['fa'][0]}.{p['la']}@{odom}", org=oname, person=p)
    r = rng.random()
    if r < .4:
        auth = dict(dkim=[], spf=("softfail", odom), dmarc=("none", odom))
    elif r < .7:
        auth = dict(dkim=[], spf=("none", odom), dmarc=("none", odom))
    else:
        auth = dict(dkim=[("fail", odom, "default")], spf=("pass", odom), dmarc=("fail", odom))
    return dict(sender=s, relay=rng.choice(["postfix", "exim"]), client="outlook", dkim_sign=[(odom, "default")] if r >= .7 else [],
                auth=auth, rp=s["email"], mailhost=f"mail.{odom}" if rng.random() < .5 else None)


PLATFORM = {
    "zoom": ("Zoom", "no-reply@zoom.us", "ses", "zoom", "zoom.us"),
    "gotowebinar": ("GoTo Webinar", "customercare@gotowebinar.com", "sendgrid", "icalnet", "gotowebinar.com"),
    "on24": ("ON24 Events", "noreply@on24event.com", "ses", "ical4j", "on24event.com"),
    "eventbrite": ("Eventbrite", "orders@order.eventbrite.com", "sendgrid", "eventbrite", "order.eventbrite.com"),
    "meetup": ("Meetup", "info@email.meetup.com", "sendgrid", "ical4j", "email.meetup.com"),
    "luma": ("Luma", "calendar@user.luma-mail.com", "ses", "spatie", "user.luma-mail.com"),
    "teams": ("Microsoft Teams", "noreply@email.teams.microsoft.com", "m365", "exchange", "email.teams.microsoft.com"),
    "webex": ("Webex", "messenger@webex.com", "postfix", "webex", "webex.com"),
    "calendly": ("Calendly", "notifications@calendly.com", "sendgrid", "calendly", "calendly.com"),
}


def platform_sender(rng, p, disp=None, dom_override=None):
    name, email, relay, client, dom = PLATFORM[p]
    dom = dom_override or dom
    email = email.split("@")[0] + "@" + dom
    sel = {"ses": "224i4yxa5dv7c2xz3womw6peuasteono", "sendgrid": "s1", "m365": "selector1", "postfix": "default"}[relay]
    dk = [(dom, sel)] + ([("amazonses.com", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug")] if relay == "ses" else [("sendgrid.info", "smtpapi")] if relay == "sendgrid" else [])
    rp = f"{rhex(rng, 40)}-000000@amazonses.com" if relay == "ses" else (f"bounces+{rng.randint(10**6, 10**7)}-{rhex(rng, 4)}@em{rng.randint(10, 9999)}.{dom}" if relay == "sendgrid" else email)
    return dict(sender=dict(name=disp or name, email=email), relay=relay, client=client, dkim_sign=dk, rp=rp,
                auth=dict(dkim=[("pass",) + x for x in dk], spf=("pass", rp.split("@")[1]), dmarc=("pass", dom)),
                mailhost=f"mail.{dom}" if relay == "postfix" else None)


BIZ = {  # (display, local, domain, languages)
    "airline": [("Northwind Air", "bookings", "northwind-air.example", "en"), ("Gralha Linhas Aéreas", "noreply", "gralha-air.example", "pt"), ("Sora Airways", "reservation", "sora-air.example", "ja")],
    "rail": [("Bahnreisen Nord", "buchung", "bahnreisen-nord.example", "de"), ("Spoorlijn Reizen", "tickets", "spoorlijn.example", "nl"), ("Hanrail", "ticket", "hanrail.example", "ko")],
    "hotel": [("Hôtel des Tilleuls", "reservation", "hotel-tilleuls.example", "fr"), ("Hotel Belvedere", "booking", "belvedere-lago.example", "it"), ("外滩江景酒店", "booking", "bund-riverview.example", "zh")],
    "carrental": [("Swiftway Car Rental", "noreply", "swiftway-rental.example", "en"), ("الصقر لتأجير السيارات", "booking", "alsaqr-rental.example", "ar")],
    "restaurant": [("MesaYa Reservas", "noreply", "mesaya.example", "es"), ("Deniz Restoran", "rezervasyon", "denizrestoran.example", "tr")],
    "cinema": [("Riverside Cinema", "tickets", "riverside-cinema.example", "en")],
    "doctor": [("MediRDV", "rdv", "medirdv.example", "fr"), ("Prenota Salute", "noreply", "prenotasalute.example", "it"), ("Клиника Здоровье", "zapis", "klinika-zdorovie.example", "ru")],
    "dentist": [("Bright Smile Dental", "appointments", "brightsmile-dental.example", "en"), ("عيادة الابتسامة", "noreply", "smile-clinic.example", "ar")],
    "salon": [("Salon Haarwerk", "termine", "haarwerk-salon.example", "de"), ("Studio Paznokci Róża", "rezerwacje", "studio-roza.example", "pl")],
    "carservice": [("Garage Vermeulen", "afspraken", "garage-vermeulen.example", "nl"), ("Bengkel Maju", "booking", "bengkelmaju.example", "id")],
    "bank": [("Banco Meridiano", "citas", "bancomeridiano.example", "es")],
    "gov": [("Bürgeramt Lindenau", "terminvergabe", "buergeramt-lindenau.example", "de"), ("Cổng dịch vụ công", "noreply", "dichvucong.example", "vi")],
}
BIZ_PHONE = {"airline": "us", "cinema": "uk", "dentist": "uk"}


def biz_sender(rng, p, lang):
    opts = BIZ[p]
    match = [o for o in opts if lang in o[3]]
    disp, local, dom, _ = match[0] if match else opts[0]
    relay = rng.choice(["ses", "sendgrid", "mailgun", "postfix"])
    email = f"{local}@{dom}"
    if relay == "postfix":
        dk = [(dom, "mail")]; rp = email
    elif relay == "ses":
        dk = [(dom, "ses1"), ("amazonses.com", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug")]; rp = f"{rhex(rng, 40)}-000000@amazonses.com"
    elif relay == "sendgrid":
        dk = [(dom, "s1"), ("sendgrid.info", "smtpapi")]; rp = f"bounces+{rng.randint(10**6, 10**7)}@em{rng.randint(10, 9999)}.{dom}"
    else:
        dk = [(dom, "k1"), ("mailgun.org", "mg")]; rp = f"bounce+{rhex(rng, 6)}.{rhex(rng, 8)}@mg.{dom}"
    auth = dict(dkim=[("pass",) + x for x in dk], spf=("pass", rp.split("@")[1]), dmarc=("pass", dom))
    if rng.random() < .12:
        auth["dkim"] = [("temperror", dom, dk[0][1])]
        auth["dmarc"] = ("pass", dom)
    return dict(sender=dict(name=disp, email=email), relay=relay, dkim_sign=dk, rp=rp, auth=auth,
                mailhost=f"mail.{dom}" if relay == "postfix" else None,
                client=rng.choice(["php", "spatie", "icalnet", "ical4j", "icalpy"]))


HAM_YEARS = {"outlook": (2016, 2026), "webinar": (2017, 2026)}

INV = {"en": "Invitation", "de": "Einladung", "fr": "Invitation", "es": "Invitación", "pt": "Convite", "it": "Invito",
       "nl": "Uitnodiging", "pl": "Zaproszenie", "ru": "Приглашение", "ja": "招待", "zh": "邀请", "ko": "초대",
       "ar": "دعوة", "tr": "Davet", "vi": "Lời mời", "id": "Undangan"}
UPD = {"en": ("Updated", "Canceled", "Accepted", "Declined", "Tentative", "New Time Proposed"),
       "de": ("Aktualisiert", "Abgesagt", "Angenommen", "Abgelehnt", "Mit Vorbehalt", "Neuer Zeitvorschlag"),
       "fr": ("Mis à jour", "Annulé", "Accepté", "Refusé", "Provisoire", "Nouvelle heure proposée"),
       "es": ("Actualizado", "Cancelado", "Aceptado", "Rechazado", "Provisional", "Nueva hora propuesta"),
       "pt": ("Atualizado", "Cancelado", "Aceito", "Recusado", "Provisório", "Novo horário proposto"),
       "it": ("Aggiornato", "Annullato", "Accettato", "Rifiutato", "Provvisorio", "Nuovo orario proposto"),
       "nl": ("Bijgewerkt", "Geannuleerd", "Geaccepteerd", "Geweigerd", "Voorlopig", "Nieuwe tijd voorgesteld"),
       "ja": ("更新", "キャンセル", "承諾", "辞退", "仮承諾", "新しい時間の提案"),
       "zh": ("已更新", "已取消", "已接受", "已拒绝", "暂定", "建议新时间"),
       "ko": ("업데이트됨", "취소됨", "수락", "거절", "미정", "새 시간 제안"),
       "ar": ("محدث", "ملغى", "مقبول", "مرفوض", "مبدئي", "وقت جديد مقترح")}


def ham_msg(cat, i, scen, key):
    rng = random.Random(f"train6/ham/{cat}/{i}")
    lang = scen["l"]
    y0, y1 = HAM_YEARS.get(cat, (2016, 2026))
    arrival = arrival_for(rng, y0, y1)
    rc = recipient(rng, lang, force="corp" if cat in ("outlook", "itmaint", "updates") else None)
    tz = rng.choice(LANG_TZ[lang])
    mal = MALFORM.get(("ham", cat, i))
    charset = pick_charset(rng, lang, 0.1 if cat in ("webinar", "booking", "appointment") else 0.3)
    method = "REQUEST"
    extra_headers = []
    struct = None
    ev_extra = {}
    att_kind = rng.choice(["application/ics", "text/calendar", "octet"])
    att_name = "invite.ics"
    to = None
    cc = None
    # sender
    if cat in ("outlook", "itmaint", "updates", "vendor", "finance", "forwarded"):
        r = rng.random()
        if cat == "itmaint":
            sd = internal_sender(rng, lang, name=rng.choice(["IT Service Desk", "IT Operations", "Information Security"]) if lang == "en" else None,
                                 local=rng.choice(["it-servicedesk", "itops", "infosec", None]))
        elif cat == "finance":
            sd = org_sender(rng, lang, via=rng.choice(["m365", "google", "zimbra"]))
            if rng.random() < .3:
                sd = small_firm_sender(rng, lang)
        elif r < .35 and cat in ("outlook", "updates"):
            sd = internal_sender(rng, lang)
        elif r < .5 and cat == "outlook":
            sd = small_firm_sender(rng, lang)
        else:
            sd = org_sender(rng, lang, via="m365" if cat in ("outlook",) else rng.choice(["m365", "google", "zimbra"]))
        if cat == "outlook" and sd["client"] not in ("exchange", "outlook"):
            sd["client"] = "exchange"
    elif cat == "google":
        if rng.random() < .5:
            sd = org_sender(rng, lang, via="google")
        else:
            sd = freemail_sender(rng, lang, domain="gmail.com")
    elif cat == "otherclients":
        c = scen["c"]
        if c in ("apple", "ios"):
            sd = freemail_sender(rng, lang, domain="icloud.com"); sd["client"] = c
        elif c == "yahoo":
            sd = freemail_sender(rng, lang, domain="yahoo.com")
        elif c == "fastmail":
            p = person(rng, lang); e = f"{p['fa']}@{rng.choice(['fastmail.com', 'fastmail.fm', p['la'] + '.test'])}"
            dom = e.split("@")[1]
            sd = dict(sender=dict(name=p["name"], email=e), relay="fastmail", client="fastmail", rp=e,
                      dkim_sign=[(dom, "fm2"), ("messagingengine.com", "fm2")],
                      auth=dict(dkim=[("pass", dom, "fm2"), ("pass", "messagingengine.com", "fm2")], spf=("pass", dom), dmarc=("pass", dom)))
        elif c == "proton":
            p = person(rng, lang); e = f"{p['fa']}.{p['la']}@{rng.choice(['proton.me', 'protonmail.com', 'pm.me'])}"
            dom = e.split("@")[1]
            sd = dict(sender=dict(name=p["name"], email=e), relay="proton", client="proton", rp=e,
                      dkim_sign=[(dom, "protonmail3")], auth=dict(dkim=[("pass", dom, "protonmail3")], spf=("pass", dom), dmarc=("pass", dom)))
        elif c == "zoho":
            p = person(rng, lang); oname, odom = org(rng, lang); e = f"{p['fa']}@{odom}"
            sd = dict(sender=dict(name=p["name"], email=e, org=oname), relay="zoho", client="zoho", rp=e,
                      dkim_sign=[(odom, "zmail")], auth=dict(dkim=[("pass", odom, "zmail")], spf=("pass", odom), dmarc=("pass", odom)))
        else:
            oname, odom = org(rng, lang); p = person(rng, lang)
            e = f"{p['fa']}.{p['la']}@{odom}"
            host = f"{'cloud' if c == 'nextcloud' else 'mail'}.{odom}"
            ok = rng.random() < .5
            sd = dict(sender=dict(name=p["name"], email=e, org=oname), relay="zimbra" if c == "zimbra" else "postfix",
                      client=c, rp=e, mailhost=host, dkim_sign=[(odom, "mail")] if ok else [],
                      auth=dict(dkim=[("pass", odom, "mail")] if ok else [], spf=("pass" if ok else rng.choice(["none", "softfail", "pass"]), odom),
                                dmarc=("pass" if ok else "none", odom)))
            if c == "nextcloud":
                sd["sender"] = dict(name=f"{p['name']} via Nextcloud", email=f"noreply@{host}")
                sd["rp"] = f"noreply@{host}"
                extra_headers.append(("Reply-To", addr(p["name"], e)))
                sd["org_email"] = e
    elif cat == "webinar":
        sd = platform_sender(rng, scen["p"])
        if scen["p"] == "webex":
            sd["sender"]["email"] = "messenger@webex.com"
    elif cat == "booking":
        sd = biz_sender(rng, scen["p"], lang)
    elif cat == "appointment":
        if scen["p"] == "calendly":
            sd = platform_sender(rng, "calendly")
        else:
            sd = biz_sender(rng, scen["p"], lang)
    elif cat == "series":
        r = rng.random()
        if r < .4:
            sd = freemail_sender(rng, lang, domain=rng.choice(["gmail.com", "icloud.com", "gmail.com"]))
        elif r < .7:
            club = rng.choice([("ClubHub", "noreply", "clubhub.example"), ("TeamRoster", "notifications", "teamroster.example")])
            sd = dict(sender=dict(name=club[0], email=f"{club[1]}@{club[2]}"), relay="mailgun", client=rng.choice(["ical4j", "spatie"]),
                      rp=f"bounce+{rhex(rng, 8)}@mg.{club[2]}", dkim_sign=[(club[2], "k1"), ("mailgun.org", "mg")],
                      auth=dict(dkim=[("pass", club[2], "k1")], spf=("pass", f"mg.{club[2]}"), dmarc=("pass", club[2])))
        else:
            p = person(rng, lang); oname, odom = org(rng, lang)
            sd = dict(sender=dict(name=p["name"], email=f"{p['fa']}@{odom}"), relay="postfix", client=rng.choice(["mozilla", "evolution", "nextcloud"]),
                      rp=f"{p['fa']}@{odom}", dkim_sign=[], auth=dict(dkim=[], spf=("pass", odom), dmarc=("none", odom)))
    else:
        raise ValueError(cat)
    client = sd["client"]
    sender = sd["sender"]
    sp = sender.get("person") or person(rng, lang)
    sname = sp["name"] if (cat == "appointment" and scen.get("p") == "calendly") else sender["name"]
    sorg = sender.get("org") or org(rng, lang)[0]
    start = office_start(rng, tz, arrival, 1, 21)
    vals = dict(rfirst=rc["first"], rlast=rc["last"], rname=rc["name"], sname=sname, sfirst=sp["first"], slast=sp["last"],
                sorg=sorg, rorg="Example Net", kw=str(start.isocalendar()[1]), ref=str(rng.randint(1000, 99999)),
                phone=ph(rng, lang), pnr=rstr(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), tk=rstr(rng, 40),
                mid=str(rng.randint(10**10, 10**11)), pc=str(rng.randint(100000, 999999)), num=str(rng.randint(10**8, 10**9)),
                num2=str(rng.randint(10**8, 10**9)), n=str(rng.randint(10, 120)), pdom=rng.choice(["kestrel-analytics.test", "copperleaf.test"]),
                pdomsub=rng.choice(["frotaconnect", "telemetria"]), plate=rng.choice(["GX-482-K", "B 1234 KJT", "34-TR-7"]))
    title = fill(scen["t"], vals)
    desc = fill(scen.get("d", ""), vals)
    loc = fill(scen.get("loc", ""), vals)
    dur = rng.choice([30, 30, 45, 60, 60, 90])
    org_email = sd.get("org_email") or sender["email"]
    org_p = (sname.replace(" via Nextcloud", ""), org_email)
    att = [(rc["name"], rc["email"])]
    if cat in ("outlook", "google", "otherclients", "updates", "vendor", "itmaint"):
        k = rng.randint(0, 5)
        dom = "example.net" if org_email.endswith("example.net") else org_email.split("@")[1]
        for _ in range(k):
            p2 = person(rng, lang)
            att.append((p2["name"], f"{p2['fa']}.{p2['la']}@{rng.choice([dom, 'example.net'])}"))
    ev = dict(uid=uid_for(rng, client), start=start, end=start + dt.timedelta(minutes=dur), tz=tz,
              stamp=arrival - dt.timedelta(seconds=rng.randint(10, 300)), summary=title, desc=desc, loc=loc,
              org=org_p, att=[a + ("REQ-PARTICIPANT", "NEEDS-ACTION", True) for a in att], seq=0, langtag=LANGTAG[lang])
    if client == "google" or rng.random() < .3:
        ev["created"] = ev["stamp"] - dt.timedelta(minutes=rng.randint(1, 3000))
    if client in ("exchange", "outlook"):
        ev["alarms"] = [("-PT15M",)]
    elif rng.random() < .5:
        ev["alarms"] = [(rng.choice(["-PT10M", "-PT15M", "-PT30M", "-P1D", "-PT1H"]),)]
    subject = title
    plain = desc
    kind = 0
    # ---- category specifics
    if cat in ("outlook", "itmaint", "vendor") and client in ("exchange", "outlook"):
        if "Teams" in loc or "Teams" in (scen.get("loc") or "") or (cat in ("vendor", "itmaint") and rng.random() < .6) or (cat == "outlook" and rng.random() < .4):
            block, link = teams_block(rng, lang)
            plain = (desc + "\n\n" if desc else "") + block
            ev["desc"] = plain
            ev["x"] = [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{link}", "X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://scheduler.teams.microsoft.com/uri/api/meetings/ThirdPartyProvider",
                       "X-MICROSOFT-SKYPETEAMSPROPERTIES:{\"cid\":\"19:meeting_" + rstr(rng, 40) + "@thread.v2\"}", "X-MICROSOFT-ONLINEMEETINGINFORMATION:{\"OnlineMeetingChannelId\":null,\"OnlineMeetingProvider\":3}"]
            if not loc:
                ev["loc"] = TEAMS_HDR.get(lang, TEAMS_HDR["en"])[0]
        if cat == "outlook" and i % 5 == 1:
            ev["rrule"] = rng.choice(["FREQ=WEEKLY;BYDAY=" + ["MO", "TU", "WE", "TH", "FR"][start.weekday()], f"FREQ=WEEKLY;INTERVAL=2;BYDAY={['MO', 'TU', 'WE', 'TH', 'FR'][start.weekday()]};COUNT=12"])
        if rng.random() < .3:
            cc = [(p2[0], p2[1]) for p2 in att[1:3]]
        to = att[:1] + (att[3:] if cc else att[1:])
    if cat == "itmaint":
        ev["start"] = start.replace(hour=rng.choice([18, 20, 22]), minute=0)
        ev["end"] = ev["start"] + dt.timedelta(hours=rng.choice([2, 3, 4]))
        if rng.random() < .5:
            att2 = many_attendees(rng, rng.randint(15, 50), (lang,))
            att2 = [(n, e.split("@")[0] + "@example.net") for n, e in att2]
            ev["att"] = [a + ("OPT-PARTICIPANT", "NEEDS-ACTION", False) for a in att2]
            to = [("All staff", "allstaff@example.net")]
        ev["busy"] = "FREE"; ev["transp"] = "TRANSPARENT"
    if cat == "google" or client == "google":
        meet = meet_code(rng) if rng.random() < .7 else None
        if meet:
            ev["conf"] = [(f"https://meet.google.com/{meet}", "meet.google.com/" + meet)] if rng.random() < .3 else []
            ev["x"] = [f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}"]
            gdesc = (desc + "\n\n" if desc else "") + f"-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/{meet}\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\nPlease do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
            ev["desc"] = gdesc
        when = gwhen(start, ev["end"], tz)
        g = GL.get(lang, GL["en"])
        subject = f"{g[0]}: {title} @ {when} ({rc['email']})"
        plain = google_body(rng, lang, title, when, desc, org_p, att[1:] + att[:1], rc["email"], meet=meet, loc=loc or None)
    if cat == "otherclients" and client == "nextcloud":
        subject = f"{INV.get(lang, 'Invitation')}: {title}"
        plain = f"{org_p[0]} {'hat Sie zu' if lang == 'de' else 'invited you to'} »{title}«\n\n{desc}\n\n{loc}"
    if cat == "otherclients" and client in ("apple", "ios", "proton", "fastmail", "zimbra", "sogo") and rng.random() < .5:
        subject = f"{INV.get(lang, 'Invitation')}: {title}"
    if cat == "otherclients" and i == 0:
        ev["x"] = ["X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS=22 Harbour Road;X-APPLE-RADIUS=70;X-TITLE=The Olive Tree:geo:51.501,-0.142"]
    if cat == "updates":
        k = scen["k"]
        u = UPD.get(lang, UPD["en"])
        if rng.random() < .5 and k != "reply":
            client = sd["client"] = "exchange"
        if k == "update":
            ev["seq"] = rng.randint(1, 4)
            subject = f"{u[0]}: {title}" if client != "google" else f"{GL.get(lang, GL['en'])[15]}: {title}"
            plain = desc
        elif k == "cancel":
            method = "CANCEL"; ev["seq"] = rng.randint(1, 3); ev["status"] = "CANCELLED"; ev["alarms"] = []
            ev["prio"] = 1; ev["importance"] = 2
            subject = f"{u[1]}: {title}"
            plain = desc
            if i % 2 == 0:
                ev["rrule"] = None; ev["recid"] = start
        elif k in ("reply", "counter"):
            # the attendee (sender) answers the organizer (recipient)
            ps = scen.get("ps", "ACCEPTED")
            method = "REPLY" if k == "reply" else "COUNTER"
            ev["org"] = (rc["name"], rc["email"])
            ev["att"] = [(sname, sender["email"], "REQ-PARTICIPANT", ps if k == "reply" else "NEEDS-ACTION", False)]
            ev["desc"] = desc if k == "counter" else (scen.get("note") or "")
            ev["alarms"] = []
            ev["seq"] = rng.randint(0, 2)
            idx = {"ACCEPTED": 2, "DECLINED": 3, "TENTATIVE": 4}.get(ps, 2)
            subject = f"{u[idx]}: {title}" if k == "reply" else f"{u[5]}: {title}"
            if k == "counter":
                ev["start"] = ev["start"] + dt.timedelta(hours=rng.choice([-2, 2, 3, 24]))
                ev["end"] = ev["start"] + dt.timedelta(minutes=dur)
            plain = (scen.get("note") or "") if k == "reply" else desc
            if client == "google":
                g_acc = {"ACCEPTED": "has accepted this invitation.", "DECLINED": "has declined this invitation.", "TENTATIVE": "has replied \"Maybe\" to this invitation."}[ps]
                plain = f"{sname} {g_acc}\n\n{title}\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/"
                subject = f"{'Accepted' if ps == 'ACCEPTED' else 'Declined' if ps == 'DECLINED' else 'Tentatively Accepted'}: {title} @ {gwhen(start, ev['end'], tz)} ({rc['email']})"
            att_for_to = None
    if cat == "webinar":
        p = scen["p"]
        ev["org"] = (sorg if p not in ("zoom", "gotowebinar", "on24") else rng.choice(["Kestrel Analytics", "Copperleaf Software", "Redmont Engineering"]), f"events@{vals['pdom']}")
        ev["loc"] = loc or {"zoom": "https://us06web.zoom.us/w/" + vals["mid"], "gotowebinar": "GoTo Webinar", "on24": "Online", "teams": "Microsoft Teams", "webex": "Webex"}.get(p, "")
        ev["url"] = rng.choice(["", f"https://www.{vals['pdom']}/events/{rstr(rng, 8, LOWER)}"])
        if p in ("eventbrite", "meetup", "luma"):
            method = "PUBLISH" if rng.random() < .6 else "REQUEST"
            ev["start"] = start.replace(hour=rng.choice([8, 18, 19]))
            ev["end"] = ev["start"] + dt.timedelta(hours=2)
        if p == "teams" or (p == "zoom" and i % 3 == 0):
            big = many_attendees(rng, rng.randint(40, 120), (lang, "en"))
            ev["att"] = [a + ("OPT-PARTICIPANT", "NEEDS-ACTION", False) for a in big] + ev["att"]
        else:
            ev["att"] = [(rc["name"], rc["email"], "REQ-PARTICIPANT", "ACCEPTED", False)]
        subject = {"zoom": f"{title} Confirmation", "gotowebinar": f"Registration confirmed: {title}", "on24": f"Registration Confirmation: {title}",
                   "eventbrite": f"Your tickets for {title}", "meetup": f"You're going to {title}", "luma": f"Registration confirmed for {title}",
                   "teams": title, "webex": f"{title} – confirmação de inscrição"}[p]
        if lang == "de" and p == "zoom":
            subject = f"{title} – Bestätigung"
        if lang == "fr":
            subject = f"Vos billets pour {title}"
        if lang == "ja":
            subject = f"{title} 登録完了のお知らせ"
        if lang == "pl":
            subject = f"Bierzesz udział: {title}"
        if lang == "ru":
            subject = f"Подтверждение регистрации: {title}"
        if lang == "id":
            subject = f"Pendaftaran dikonfirmasi: {title}"
        if lang == "es":
            subject = f"Confirmación de registro: {title}"
        plain = desc
        ev["desc"] = desc
    if cat in ("booking", "appointment"):
        method = rng.choice(["PUBLISH", "PUBLISH", "REQUEST", None])
        ev["org"] = (sender["name"], sender["email"])
        ev["att"] = [(rc["name"], rc["email"], "REQ-PARTICIPANT", "ACCEPTED", False)] if rng.random() < .6 else []
        p = scen["p"]
        if p == "hotel":
            ev["allday"] = True; ev["end"] = start + dt.timedelta(days=2 if "2" in title else 3)
        elif p in ("airline", "rail"):
            ev["start"] = start.replace(hour=rng.choice([6, 7, 8, 9, 10]), minute=rng.choice([10, 24, 30, 45]))
            ev["end"] = ev["start"] + dt.timedelta(minutes=rng.choice([95, 150, 353]))
        elif p == "carrental":
            ev["end"] = ev["start"] + dt.timedelta(days=4)
        elif p in ("restaurant", "cinema"):
            ev["start"] = start.replace(hour=rng.choice([19, 20, 21]), minute=rng.choice([0, 30]))
            ev["end"] = ev["start"] + dt.timedelta(hours=2)
        if not loc:
            ev["loc"] = {"airline": "Terminal", "rail": "Bahnsteig", "doctor": "Cabinet médical", "dentist": sorg, "salon": sorg,
                         "carservice": sorg, "bank": "Oficina principal", "gov": "Bürgeramt, Zimmer 1.04", "calendly": "",
                         "hotel": sender["name"], "carrental": "Airport desk"}.get(p, "")
        ev["alarms"] = [("-P1D",), ("-PT2H",)] if cat == "appointment" else ([("-PT3H",)] if rng.random() < .5 else [])
        if cat == "appointment" and p == "calendly":
            ev["org"] = (sname, f"{sp['fa']}@{rng.choice(['kestrel-analytics.test', 'maplefinch.example'])}")
            ev["att"] = [(rc["name"], rc["email"], "REQ-PARTICIPANT", "ACCEPTED", False)]
            ev["loc"] = f"https://us02web.zoom.us/j/{vals['mid']}" if rng.random() < .5 else vals["phone"]
            method = "REQUEST"
            subject = f"New Event: {rc['name']} - {ev['start'].strftime('%I:%M%p').lstrip('0').lower()} {ev['start'].strftime('%a, %b %d, %Y')} - 30 Minute Meeting" if lang == "en" else title
        else:
            subject = {"booking": title, "appointment": title}[cat]
            pre = {"en": "Booking confirmation", "de": "Terminbestätigung", "fr": "Confirmation", "es": "Confirmación", "pt": "Confirmação",
                   "it": "Conferma", "nl": "Bevestiging", "pl": "Potwierdzenie", "ja": "予約確認", "zh": "预订确认", "tr": "Onay",
                   "ar": "تأكيد", "ko": "예매 확인", "ru": "Подтверждение записи", "vi": "Xác nhận", "id": "Konfirmasi"}.get(lang, "Confirmation")
            subject = f"{pre}: {title}" if rng.random() < .7 else title
        plain = desc
        if p in ("airline", "hotel", "rail") or rng.random() < .4:
            struct = rng.choice(["alt_att", "mixed_html_att"])
            att_name = rng.choice(["booking.ics", f"{vals['pnr']}.ics", "add_to_calendar.ics", "event.ics"])
    if cat == "finance":
        ev["allday"] = True; ev["end"] = start + dt.timedelta(days=1)
        ev["alarms"] = [("-P3D",), ("-P1D",)]
        ev["transp"] = "TRANSPARENT"
        ev["att"] = [(rc["name"], rc["email"], "REQ-PARTICIPANT", "NEEDS-ACTION", False)]
        method = rng.choice(["PUBLISH", "REQUEST"])
        if client not in ("exchange", "outlook", "google"):
            struct = rng.choice(["alt_att", "mixed_plain_att"])
    if cat == "series":
        ev["rrule"] = scen["rr"]
        ev["start"] = start.replace(hour=rng.choice([10, 17, 18, 19]), minute=rng.choice([0, 30]))
        ev["end"] = ev["start"] + dt.timedelta(minutes=rng.choice([60, 90]))
        if client == "google":
            subject = f"{GL.get(lang, GL['en'])[0]}: {title} @ {'Weekly' if 'WEEKLY' in scen['rr'] else 'Monthly'} from {ev['start'].hour}:{ev['start'].minute:02d} ({rc['email']})"
        else:
            subject = f"{INV.get(lang, 'Invitation')}: {title}" if rng.random() < .6 else title
            plain = (desc or title) + "\n\n" + loc
        if rng.random() < .5:
            big = many_attendees(rng, rng.randint(8, 25), (lang,))
            ev["att"] = ev["att"] + [b + ("REQ-PARTICIPANT", "NEEDS-ACTION", True) for b in big]
        if mal == "nofold":
            ev["desc"] = (desc or title) + " " + "Bitte pünktlich sein; bei Verhinderung bitte rechtzeitig abmelden über die Gruppe oder per Telefon beim Trainer, danke! " * 2
    if cat == "forwarded":
        return forwarded(rng, scen, i, lang, rc, sd, vals, arrival, tz, charset)
    if mal == "no_uid":
        ev["no_uid"] = True
    if mal == "floating":
        ev["tz"] = "floating"
    if cat == "vendor" and mal == "nofold":
        ev["desc"] = plain + "\n" + "Agenda: product overview, integration options with your existing systems, pricing tiers and the free trial, Q&A."
    prod = client if client in PRODID else "php"
    if client == "webex":
        prod = "webex"
    if client == "teams":
        prod = "exchange"
    ics = make_ics(prod, method, [ev], lang, malform=mal if mal in ("lf", "no_end", "nofold", "no_vtimezone") else None)
    ctx = dict(label="ham", cat=cat, lang=lang, arrival=arrival, rcpt=rc, rp=sd["rp"], relay=sd["relay"], auth=sd["auth"],
               dkim_sign=sd["dkim_sign"], sender=sender, client=client, subject=subject, plain=plain, html=None,
               ics=ics, method=method, stz=tz, charset=charset if client not in ("google",) else "utf-8",
               mailhost=sd.get("mailhost"), struct=struct, malform=mal, att_kind=att_kind, att_name=att_name,
               to=to, cc=cc, extra_headers=extra_headers, hmode=rng.choice(["B", "Q"]) if not lang == "en" else "B")
    ctx["pcte"] = pick_cte(rng, ctx["charset"], plain)
    if client == "exchange":
        ctx["pcte"] = "quoted-printable" if rng.random() < .7 else "base64"
        ctx["cal_cte"] = "base64" if rng.random() < .6 else ("quoted-printable" if not ics.isascii() else "7bit")
    if cat == "updates" and scen["k"] in ("reply", "counter"):
        ctx["to"] = [(rc["name"], rc["email"])]
    if cat == "webinar" and scen["p"] == "teams":
        ctx["undisclosed"] = rng.random() < .5
    return compose(rng, ctx)


def forwarded(rng, scen, i, lang, rc, sd, vals, arrival, tz, charset):
    k = scen["k"]
    title = fill(scen["t"], vals)
    # original invitation from an external partner
    osd = org_sender(rng, lang, via=rng.choice(["m365", "google"]))
    oc = osd["client"]
    start = office_start(rng, tz, arrival, 2, 20)
    fwd_by = person(rng, lang)
    orig_rcpt = (fwd_by["name"], f"{fwd_by['fa']}.{fwd_by['la']}@example.net")
    ev = dict(uid=uid_for(rng, oc), start=start, end=start + dt.timedelta(hours=1), tz=tz,
              stamp=arrival - dt.timedelta(days=1), summary=title,
              desc={"en": "Please find the agenda below. Safety shoes and ID required on site.", "de": "Tagesordnung folgt separat.",
                    "fr": "Ordre du jour : bilan, cotisations, questions diverses.", "es": "Orden del día: cuentas, obras del portal, ruegos y preguntas."}.get(lang, ""),
              loc={"en": "Plant 2, Gate B", "de": "Kantine", "fr": "Salle des fêtes", "es": "Portal, planta baja"}.get(lang, ""),
              org=(osd["sender"]["name"], osd["sender"]["email"]),
              att=[(orig_rcpt[0], orig_rcpt[1], "REQ-PARTICIPANT", "NEEDS-ACTION", True)], seq=0)
    if k == "icsonly":
        p = dict(sender=dict(name="Roster", email="roster@shiftplan.example"), relay="ses", client="ical4j",
                 rp=f"{rhex(rng, 40)}-000000@amazonses.com", dkim_sign=[("shiftplan.example", "ses1")],
                 auth=dict(dkim=[("pass", "shiftplan.example", "ses1")], spf=("pass", "amazonses.com"), dmarc=("pass", "shiftplan.example")))
        evs = []
        base = start.replace(hour=7, minute=0)
        for d in range(5):
            s = base + dt.timedelta(days=d)
            evs.append(dict(uid=ruuid(rng), start=s, end=s + dt.timedelta(hours=8), tz=tz, stamp=arrival,
                            summary=f"Early shift – Warehouse {rng.choice('ABC')}", desc="", loc="Distribution centre"))
        ics = make_ics("ical4j", "PUBLISH", evs, lang, calname=title)
        ctx = dict(label="ham", cat="forwarded", lang=lang, arrival=arrival, rcpt=rc, rp=p["rp"], relay=p["relay"], auth=p["auth"],
                   dkim_sign=p["dkim_sign"], sender=p["sender"], client="ical4j", subject=title, plain="", ics=ics,
                   method="PUBLISH", stz=tz, struct="ics_only", att_kind="text/calendar", att_name="roster.ics", empty_text=rng.random() < .5)
        return compose(rng, ctx)
    ics = make_ics(oc, "REQUEST", [ev], lang)
    inner_ctx = dict(label="ham", cat="forwarded", lang=lang, arrival=arrival - dt.timedelta(hours=5), rcpt=dict(name=orig_rcpt[0], email=orig_rcpt[1]),
                     sender=osd["sender"], client=oc, subject=title if oc != "google" else f"{GL.get(lang, GL['en'])[0]}: {title}",
                     plain=ev["desc"] or title, ics=ics, method="REQUEST", stz=tz, charset="utf-8", relay=osd["relay"])
    if k == "list":
        # mailing list resend: original google/exchange message with list footer; DKIM breaks
        inner_ctx["rcpt"] = rc
        lid = "owasp-chapter" if lang == "en" else "bureau-asso"
        ldom = "lists.example.org"
        inner_ctx["subject"] = f"[{lid}] {inner_ctx['subject']}"
        inner_ctx["plain"] = inner_ctx["plain"] + f"\n\n_______________________________________________\n{lid} mailing list\n{lid}@{ldom}\nhttps://{ldom}/mailman/listinfo/{lid}"
        inner_ctx["to"] = [("", f"{lid}@{ldom}")]
        inner_ctx["extra_headers"] = [("List-Id", f"<{lid}.{ldom}>"), ("List-Unsubscribe", f"<https://{ldom}/mailman/options/{lid}>, <mailto:{lid}-request@{ldom}?subject=unsubscribe>"),
                                      ("List-Post", f"<mailto:{lid}@{ldom}>"), ("Precedence", "list"), ("Sender", f'"{lid}" <{lid}-bounces@{ldom}>'),
                                      ("Errors-To", f"{lid}-bounces@{ldom}")]
        if oc == "google":
            inner_ctx["client"] = "mozilla"
            inner_ctx["ics"] = make_ics("google", "REQUEST", [ev], lang)
        odom = osd["sender"]["email"].split("@")[1]
        inner_ctx.update(rp=f"{lid}-bounces+{rc['email'].replace('@', '=')}@{ldom}", relay="list", mailhost=ldom,
                         dkim_sign=[(odom, "selector1")],
                         auth=dict(dkim=[("fail", odom, "selector1")], spf=("pass", ldom), dmarc=("fail", odom), arc="none"))
        return compose(rng, inner_ctx)
    inner = compose(rng, dict(inner_ctx, rp=osd["rp"], auth=osd["auth"], dkim_sign=[]), trace_on=False)
    fsd = internal_sender(rng, lang)
    fsd["sender"] = dict(name=fwd_by["name"], email=orig_rcpt[1])
    fsd["rp"] = orig_rcpt[1]
    if k == "fw_outlook":
        hdr = (f"From: {osd['sender']['name']} <{osd['sender']['email']}>\nSent: {(arrival - dt.timedelta(hours=5)).strftime('%A, %B %d, %Y %I:%M %p')}\n"
               f"To: {orig_rcpt[0]} <{orig_rcpt[1]}>\nSubject: {title}\nWhen: {start.strftime('%A, %B %d, %Y %H:%M')}\nWhere: {ev['loc']}")
        plain = f"Hi {rc['first']},\n\nFYI – can you cover this one for me?\n\nThanks\n{fwd_by['first']}\n\n________________________________\n{hdr}\n\n{ev['desc']}"
        ev2 = dict(ev, att=ev["att"] + [(rc["name"], rc["email"], "REQ-PARTICIPANT", "NEEDS-ACTION", True)])
        ctx = dict(label="ham", cat="forwarded", lang=lang, arrival=arrival, rcpt=rc, rp=fsd["rp"], relay="m365", auth=fsd["auth"],
                   dkim_sign=fsd["dkim_sign"], sender=fsd["sender"], client="exchange", subject=f"FW: {title}", plain=plain,
                   ics=make_ics("exchange", "REQUEST", [ev2], lang), method="REQUEST", stz=tz, charset="utf-8", struct="fwd_alt",
                   att_name=f"{title}.ics".replace(" ", "_").replace("–", "-"), topic=title)
        return compose(rng, ctx)
    # message/rfc822 forward from a private account via a forwarding service (SPF breaks)
    note = {"de": f"Hallo {rc['first']},\n\nanbei die Einladung zur Betriebsversammlung, falls du sie nicht bekommen hast.\n\nGruß\n{fwd_by['first']}",
            "es": f"Hola {rc['first']}:\n\nTe reenvío la convocatoria de la junta de vecinos.\n\nUn abrazo,\n{fwd_by['first']}"}.get(lang, "FYI")
    fdom = "webpost.example"
    sender = dict(name=fwd_by["name"], email=f"{fwd_by['fa']}{fwd_by['la']}@{fdom}")
    ctx = dict(label="ham", cat="forwarded", lang=lang, arrival=arrival, rcpt=rc, rp=sender["email"], relay="forward",
               mailhost="relay.forwarding.example", orig_host=f"smtp.{fdom}", orig_rcpt=sender["email"],
               auth=dict(dkim=[("pass", fdom, "mail")], spf=("softfail", fdom), dmarc=("pass", fdom), arc="pass"),
               dkim_sign=[(fdom, "mail")], sender=sender, client="mozilla", subject=f"WG: {title}" if lang == "de" else f"RV: {title}",
               plain=note, ics="", method=None, stz=tz, charset=charset, struct="fwd", inner_msg=inner)
    return compose(rng, ctx)


# ------------------------------------------------------------------ plan
def plan(side):
    counts, data, fn = (SPAM_COUNTS, S, spam_msg) if side == "spam" else (HAM_COUNTS, H, ham_msg)
    out = []
    for cat, n in counts:
        sc = data[cat]
        order = list(sc)
        extra = [x for x in sc if x["l"] == "en"] or sc
        k = 0
        while len(order) < n:
            order.append(extra[k % len(extra)]); k += 1
        for drop_lang in (["es", "fr", "de"][len(out) % 3], ["fr", "de", "es"][len(out) % 3], "it", "pt", "en"):
            while len(order) > n and any(x["l"] == drop_lang for x in order):
                if side == "ham" and drop_lang != "en":
                    break
                idx = [j for j, x in enumerate(order) if x["l"] == drop_lang]
                order.pop(idx[-1])
        for i in range(n):
            out.append((side, cat, i, order[i], fn))
    return out


def build_all():
    res = []
    for side in ("spam", "ham"):
        for side_, cat, i, scen, fn in plan(side):
            data = fn(cat, i, scen, (side, cat, i))
            path = f"{side}/{cat}/{i + 1:03d}.eml"
            res.append((path, side, cat, scen["l"], data))
    return res


def main():
    items = build_all()
    for path, side, cat, lang, data in items:
        full = os.path.join(OUT, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as f:
            f.write(data)
    with open(os.path.join(OUT, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("path\tlabel\tcategory\tdescription\n")
        for path, side, cat, lang, data in items:
            f.write(f"{path}\t{side}\t{cat}\t\n")
    print(f"wrote {len(items)} messages to {OUT}")


if __name__ == "__main__":
    main()
