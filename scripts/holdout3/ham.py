"""Ham categories. Each generator(i) returns message bytes for message number i."""
import datetime as dt
import html
from common import *
from lib import icsutc, uuid4, hexs, alnum, Part, utc_to_local
from ical import new_event
from platforms import teams_link

HAM = {}


def cat(name):
    def deco(f):
        HAM[name] = f
        return f
    return deco


def E(ctx, tz, start, minutes, summary, desc, org, atts=None, **kw):
    end = start + dt.timedelta(minutes=minutes) if minutes else None
    return new_event(start=start, end=end, tz=tz, summary=summary, desc=desc, org=org,
                     stamp=stamp(ctx, ctx.rng.randint(0, 3)),
                     atts=atts if atts is not None else [dict(cn=ctx.rcpt_name or None, email=ctx.rcpt)], **kw)


def me(ctx, **kw):
    d = dict(cn=ctx.rcpt_name or None, email=ctx.rcpt)
    d.update(kw)
    return d


def org_att(name, email):
    return dict(cn=name, email=email, partstat="ACCEPTED", rsvp="FALSE", role="CHAIR")


def zoom_link(rng, vanity=None):
    mid = rng.randint(10 ** 9, 10 ** 10 - 1) if rng.random() < 0.5 else rng.randint(10 ** 10, 10 ** 11 - 1)
    host = vanity or rng.choice(["us02web", "us06web", "zoom", "us04web", "eu01web"])
    return "https://%s.zoom.us/j/%d?pwd=%s" % (host, mid, alnum(rng, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")), mid


def meet_link(rng):
    a = "abcdefghijklmnopqrstuvwxyz"
    return "https://meet.google.com/%s-%s-%s" % (alnum(rng, 3, a), alnum(rng, 4, a), alnum(rng, 3, a))


def webex_link(rng, site="example"):
    return "https://%s.webex.com/%s/j.php?MTID=m%s" % (site, site, hexs(rng, 32))


def colleague(rng, lang, dom):
    pool = {"en": ["Sarah Collins", "Mark Jensen", "Priya Nair", "David Okoye", "Helen Ward", "Kevin O'Brien"],
            "de": ["Michael Wagner", "Sabine Krüger", "Thomas Schulz", "Julia Becker", "Andreas Fuchs"],
            "fr": ["Nicolas Bernard", "Sophie Laurent", "Antoine Roux", "Chloé Fontaine"],
            "es": ["Miguel Torres", "Ana Martínez", "Raúl Jiménez"], "it": ["Luca Romano", "Francesca Greco"],
            "pt": ["Rafael Costa", "Juliana Pereira"], "nl": ["Jeroen Bakker", "Femke Smit"], "pl": ["Tomasz Wójcik", "Anna Kamińska"],
            "sv": ["Johan Nilsson", "Karin Andersson"], "tr": ["Mehmet Kaya", "Zeynep Arslan"], "ru": ["Алексей Петров", "Мария Кузнецова"],
            "ja": ["山本 大輔", "鈴木 花子"], "zh": ["张敏", "刘洋"], "ar": ["خالد العتيبي", "نورة القحطاني"], "hi": ["Amit Gupta", "Neha Singh"],
            "id": ["Agus Pratama", "Dewi Lestari"]}[lang]
    n = rng.choice(pool)
    ascii_local = {"Jürgen": "juergen"}
    local = rng.choice(["first.last", "flast", "first"])
    parts = n.split(" ")
    tr = str.maketrans("äöüßéèçñãáíóúłśźżąęńıİğşÇÖÜâ", "aousee" + "cnaaiouszzzaeniIgsCOUa")
    f = parts[0].lower().translate(tr)
    l = parts[-1].lower().translate(tr).replace("'", "")
    if not f.isascii() or not l.isascii():
        f, l = {"山本 大輔": ("daisuke", "yamamoto"), "鈴木 花子": ("hanako", "suzuki"), "张敏": ("min", "zhang"), "刘洋": ("yang", "liu"),
                "خالد العتيبي": ("khalid", "alotaibi"), "نورة القحطاني": ("noura", "alqahtani"), "Алексей Петров": ("alexey", "petrov"),
                "Мария Кузнецова": ("maria", "kuznetsova")}.get(n, ("user", "x"))
    e = {"first.last": "%s.%s" % (f, l), "flast": "%s%s" % (f[0], l), "first": f}[local] + "@" + dom
    return n, e


# ------------------------------------------------------------- 1. internal team meetings
@cat("team_meeting_internal")
def _(i):
    rng = mkrng("team_meeting_internal", i)
    lang = ["en", "de", "fr", "en", "ja", "nl", "es", "pl", "sv", "zh"][i % 10]
    rn, re = recipient(rng, lang)
    ctx = Ctx(rng, arrival(rng, 2016, 2026, (6, 17)), rn, re)
    dom = "example.net"
    cn, ce = colleague(rng, lang, dom)
    tz = LANG_TZ[lang][0]
    start = at(ctx, tz, rng.randint(1, 9), rng.choice([9, 10, 11, 13, 14, 15, 16]), rng.choice([0, 0, 30]))
    first = (ctx.rcpt_name or "").split(" ")[0]
    T = {
        "en": [("Sprint %d planning" % rng.randint(12, 80), "Hi team,\n\nlet's plan the next sprint. Please update your tickets before the meeting and bring any blockers.\n\nThanks,\n%s" % cn.split(" ")[0]),
               ("1:1 %s / %s" % (first or "catch-up", cn.split(" ")[0]), ""),
               ("Budget review FY%d" % (ctx.arrival.year % 100 + 1), "Hi all,\nwe need to finalise the department budget. The spreadsheet is on the shared drive under Finance > Planning. Payroll figures included, please keep confidential.\n%s" % cn)],
        "de": [("Abstimmung Projekt Nordlicht", "Hallo zusammen,\n\nkurze Abstimmung zum aktuellen Stand. Bitte bringt eure offenen Punkte mit.\n\nViele Grüße\n%s" % cn),
               ("Jour fixe Vertrieb", "Hallo %s,\nwie besprochen der wöchentliche Jour fixe. Agenda folgt.\nGruß %s" % (first, cn.split(" ")[0]))],
        "fr": [("Point hebdo équipe produit", "Bonjour à tous,\n\nje vous propose notre point hebdomadaire. Ordre du jour : roadmap T%d, recrutements, questions diverses.\n\nBonne journée,\n%s" % (rng.randint(1, 4), cn))],
        "ja": [("定例会議（営業部）", "お疲れ様です。%sです。\n来週の定例会議のご案内です。\n議題：今期売上見込み、新規案件\nよろしくお願いいたします。" % cn.split(" ")[0])],
        "nl": [("Teamoverleg", "Hoi allemaal,\n\nhierbij de uitnodiging voor het teamoverleg. Agenda: planning Q%d, vakanties, rondvraag.\n\nGroet,\n%s" % (rng.randint(1, 4), cn))],
        "es": [("Reunión de seguimiento", "Hola equipo,\nos envío la convocatoria para revisar el estado del proyecto. Traed vuestras dudas.\nUn saludo,\n%s" % cn)],
        "pl": [("Spotkanie zespołu", "Cześć,\nzapraszam na cotygodniowe spotkanie zespołu. Omówimy postępy i plan na kolejny tydzień.\nPozdrawiam\n%s" % cn)],
        "sv": [("Veckomöte", "Hej!\nVälkomna till veckomötet. Agenda: status, planering, övrigt.\nMvh %s" % cn)],
        "zh": [("项目周会", "各位好，\n本周项目例会安排如下，请提前准备进度汇报。\n谢谢！\n%s" % cn)],
    }
    summ, desc = rng.choice(T[lang])
    room = rng.choice([None, "Room 3.14", "Besprechungsraum Elbe", "Salle Lumière", "会議室A", "Zaal 2", "Sala Madrid", "Online", "Cafeteria"])
    atts = [org_att(cn, ce), me(ctx)] + [dict(cn=None, email=colleague(rng, lang, dom)[1]) for _ in range(rng.randint(0, 6))]
    ch = rng.choice(["onprem", "o365", "google", "zimbra", "kerio", "nextcloud", "thunderbird", "sogo"])
    rr = rng.choice([None, None, "FREQ=WEEKLY;BYDAY=%s" % rng.choice(["MO", "TU", "WE", "TH", "FR"]), "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH"])
    ev = E(ctx, tz, start, rng.choice([30, 45, 60, 90]), summ, desc or None, (cn, ce), atts, location=room, rrule=rr,
           alarms=[dict(trigger="-PT15M")] if rng.random() < 0.7 else [])
    internal_auth = ("pass", "pass", "pass")
    if ch in ("onprem", "o365"):
        return deliver(ctx, ev, ch, subject=summ, text=desc, from_name=cn, from_email=ce, lang=spam_lang(lang), teams=ch == "o365" and rng.random() < 0.6,
                       org_domain="example.net", tz_sender=tz,
                       auth=AUTH(rng, "pass" if ch == "o365" else None, "pass", "pass", d="example.net", sel="selector1", mf="example.net", ip=priv_ip(rng), hfrom="example.net", policy="reject"))
    if ch == "google":
        return deliver(ctx, ev, ch, lang=lang if lang in ("en", "de", "fr", "es", "nl", "it", "pt") else "en", from_name=cn, from_email=ce,
                       workspace="example.net", meet=meet_link(rng) if rng.random() < 0.5 else None,
                       auth=AUTH(rng, "pass", "pass", "pass", d="example.net", sel="google", mf="calendar-server.bounces.google.com", ip=doc_ip(rng), hfrom="example.net", policy="reject"))
    text = desc or summ
    if ch == "zimbra":
        text = "The following is a new meeting request:\n\nSubject: %s\nOrganizer: \"%s\" <%s>\n\nLocation: %s\nTime: %s\n\nInvitees: %s\n\n*~*~*~*~*~*~*~*~*~*\n\n%s" % (
            summ, cn, ce, room or "", LD.when("en", start, ev["end"]), ctx.rcpt, desc)
    return deliver(ctx, ev, ch, subject=summ if ch != "sogo" else 'Event Invitation: "%s"' % summ, text=text, lang=lang,
                   from_name=cn, from_email=ce, prof=dict(auth=internal_auth, tz=tz, policy="reject"), date_tz=tz)


def spam_lang(lang):
    return {"en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES", "it": "it-IT", "pt": "pt-BR", "nl": "nl-NL", "pl": "pl-PL",
            "sv": "sv-SE", "tr": "tr-TR", "ru": "ru-RU", "ja": "ja-JP", "zh": "zh-CN", "ar": "ar-SA", "hi": "hi-IN", "id": "id-ID"}[lang]


GL = ("en", "de", "fr", "es", "pt", "it", "nl")


def ham_auth(rng, quality="good"):
    if quality == "good":
        return ("pass", "pass", "pass")
    return rng.choice([(None, "pass", "none"), (None, "pass", "pass"), (None, "none", "none"), ("fail", "pass", "pass"),
                       (None, "softfail", "none"), ("pass", "neutral", "pass")])


def ham_send(ctx, lang, ch, summ, desc, oname, oemail, tz, start, minutes=60, htm=None, subject=None, evkw=None, dkw=None, quality=None):
    rng = ctx.rng
    evkw = dict(evkw or {})
    dkw = dict(dkw or {})
    quality = quality or ("good" if rng.random() < 0.8 else "weak")
    ev = E(ctx, tz, start, minutes, summ, desc if ch not in ("o365", "onprem", "outlookcom") else evkw.pop("ics_desc", None), (oname, oemail), **evkw)
    if ch == "google":
        ws = None if oemail.endswith("@gmail.com") else oemail.split("@")[1]
        return deliver(ctx, ev, ch, lang=lang if lang in GL else "en", from_name=oname, from_email=oemail, workspace=ws, **dkw)
    if ch in ("o365", "onprem", "outlookcom"):
        if quality != "good" and ch == "onprem":
            dkw.setdefault("auth", AUTH(rng, None, rng.choice(["pass", "none", "softfail"]), rng.choice(["none", "pass"]), mf=oemail, ip=doc_ip(rng), hfrom=oemail.split("@")[1]))
        return deliver(ctx, ev, ch, subject=subject or summ, text=desc or "", htm=htm, from_name=oname, from_email=oemail, lang=spam_lang(lang),
                       org_domain=oemail.split("@")[1] if ch == "o365" else None, **dkw)
    p = dkw.pop("prof", {})
    p.setdefault("auth", ham_auth(rng, quality))
    return deliver(ctx, ev, ch, subject=subject or summ, text=desc, htm=htm, lang=lang, from_name=oname, from_email=oemail,
                   prof=p, date_tz=dkw.pop("date_tz", tz if tz in LD.__dict__.get("X", {}) or True else None), **dkw)


# ------------------------------------------------------------- 2. external client meetings with video links
@cat("client_meeting_video")
def _(i):
    rng = mkrng("client_meeting_video", i)
    lang = ["en", "de", "pt", "en", "it", "fr", "tr", "en", "id", "es"][i % 10]
    rn, re = recipient(rng, lang)
    ctx = Ctx(rng, arrival(rng, 2017, 2026, (6, 18)), rn, re)
    dom = company_domain(rng)
    cn, ce = colleague(rng, lang, dom)
    tz = rng.choice(LANG_TZ[lang])
    start = at(ctx, tz, rng.randint(2, 14), rng.choice([9, 10, 11, 14, 15, 16]), rng.choice([0, 30]))
    kind = rng.choice(["teams", "zoom", "meet", "webex"]) if ctx.arrival.year >= 2020 else rng.choice(["webex", "phone", "onsite"])
    if kind == "zoom":
        link, mid = zoom_link(rng)
        conf = "Join Zoom Meeting\n%s\n\nMeeting ID: %s\nPasscode: %d\n\nOne tap mobile\n+16465550142,,%d# US (New York)" % (link, "{:,}".format(mid).replace(",", " "), rng.randint(100000, 999999), mid)
    elif kind == "meet":
        link = meet_link(rng)
        conf = "Google Meet: " + link
    elif kind == "webex":
        link = webex_link(rng, dom.split(".")[0].replace("-", ""))
        conf = "Join Webex meeting: %s\nMeeting number (access code): %d %d %d\nMeeting password: %s" % (link, rng.randint(100, 999), rng.randint(100, 999), rng.randint(100, 999), alnum(rng, 10))
    elif kind == "phone":
        link, conf = None, "Dial-in: +1 (646) 555-01%02d, PIN %d#" % (rng.randint(0, 99), rng.randint(1000, 9999))
    else:
        link, conf = None, ""
    T = {"en": [("Kick-off: website relaunch", "Hi %s,\n\nas discussed, here is the invite for our kick-off. We'll walk through scope, timeline and the first invoice milestone.\n\nBest,\n%s\n\n%s" % ((ctx.rcpt_name or "all").split(" ")[0], cn, conf)),
                ("Contract renewal discussion", "Hello,\nlooking forward to discussing the renewal terms and pricing for next year.\n\n%s" % conf),
                ("Demo: reporting module", "%s\n\nAgenda\n- Demo (20 min)\n- Q&A\n- Next steps" % conf)],
         "de": [("Abstimmung Angebot Lagererweiterung", "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Anfrage. Gerne stellen wir Ihnen unser Angebot im Detail vor.\n\n%s\n\nMit freundlichen Grüßen\n%s" % (conf, cn))],
         "pt": [("Reunião de alinhamento - proposta comercial", "Olá,\n\nconforme combinado, segue o convite para nossa reunião sobre a proposta.\n\n%s\n\nAbraços,\n%s" % (conf, cn))],
         "it": [("Riunione avanzamento lavori", "Buongiorno,\nvi invio l'invito per la riunione di avanzamento.\n\n%s\n\nCordiali saluti\n%s" % (conf, cn))],
         "fr": [("Réunion de lancement", "Bonjour,\n\nsuite à notre échange, voici l'invitation pour la réunion de lancement.\n\n%s\n\nCordialement,\n%s" % (conf, cn))],
         "tr": [("Proje toplantısı", "Merhaba,\n\nkonuştuğumuz gibi proje toplantısı davetini iletiyorum.\n\n%s\n\nSaygılarımla,\n%s" % (conf, cn))],
         "id": [("Rapat koordinasi proyek", "Selamat siang,\n\nberikut undangan rapat koordinasi proyek kita.\n\n%s\n\nSalam,\n%s" % (conf, cn))],
         "es": [("Reunión de presentación", "Buenos días,\n\nos envío la invitación para la presentación del proyecto.\n\n%s\n\nSaludos,\n%s" % (conf, cn))]}
    summ, desc = rng.choice(T[lang])
    ch = {"teams": "o365", "meet": "google", "zoom": rng.choice(["o365", "google", "icloud", "fastmail", "zoho"]),
          "webex": rng.choice(["onprem", "o365"]), "phone": "onprem", "onsite": rng.choice(["onprem", "thunderbird", "zimbra"])}[kind]
    loc = link if kind in ("zoom", "webex") else ("Büro %s, Raum 2" % cn.split(" ")[-1] if kind == "onsite" else None)
    atts = [org_att(cn, ce), me(ctx)] + [dict(cn=None, email=colleague(rng, lang, dom)[1]) for _ in range(rng.randint(0, 3))]
    dkw = {}
    if ch == "o365":
        dkw = dict(teams=kind == "teams")
    if ch == "google":
        dkw = dict(meet=link if kind == "meet" else None)
    return ham_send(ctx, lang, ch, summ, desc if kind != "teams" else desc.replace(conf, "").rstrip(), cn, ce, tz, start, rng.choice([30, 45, 60]),
                    evkw=dict(atts=atts, location=loc, alarms=[dict(trigger="-PT15M")]), dkw=dkw)


# ------------------------------------------------------------- 3. updates and cancellations of real meetings
@cat("meeting_update_cancel")
def _(i):
    rng = mkrng("meeting_update_cancel", i)
    lang = ["en", "de", "fr", "en", "nl", "es", "it", "ja", "en", "pl"][i % 10]
    rn, re = recipient(rng, lang)
    ctx = Ctx(rng, arrival(rng, 2016, 2026, (6, 18)), rn, re)
    dom = rng.choice([company_domain(rng), "example.net"])
    cn, ce = colleague(rng, lang, dom)
    tz = LANG_TZ[lang][0]
    cancel = i % 2 == 1
    start = at(ctx, tz, rng.randint(1, 10), rng.choice([9, 10, 14, 15]), rng.choice([0, 30]))
    base = {"en": "Quarterly business review", "de": "Lenkungskreis Projekt Atlas", "fr": "Comité de pilotage", "nl": "Stuurgroep",
            "es": "Comité de dirección", "it": "Riunione di coordinamento", "ja": "月次報告会", "pl": "Komitet sterujący"}[lang]
    if cancel:
        desc = {"en": "Sorry, I have to cancel - we'll find a new slot next week.", "de": "Leider muss der Termin entfallen. Neuer Termin folgt.",
                "fr": "Désolé, la réunion est annulée. Je reviens vers vous avec une nouvelle date.", "nl": "Helaas gaat het overleg niet door.",
                "es": "Lo siento, cancelamos la reunión. Os propondré otra fecha.", "it": "Purtroppo la riunione è annullata.",
                "ja": "申し訳ございませんが、本会議は中止とさせていただきます。", "pl": "Niestety spotkanie zostaje odwołane."}[lang]
        prefix = {"en": "Canceled: ", "de": "Abgesagt: ", "fr": "Annulé : ", "nl": "Geannuleerd: ", "es": "Cancelado: ", "it": "Annullato: ", "ja": "キャンセル: ", "pl": "Anulowane: "}[lang]
        method, status = "CANCEL", "CANCELLED"
    else:
        desc = {"en": "Moved by one hour because of the board call. Same dial-in.", "de": "Termin um eine Stunde verschoben, Raum bleibt gleich.",
                "fr": "Décalée d'une heure, même salle.", "nl": "Een uur later, zelfde ruimte.", "es": "Se retrasa una hora, misma sala.",
                "it": "Spostata di un'ora, stessa sala.", "ja": "開始時刻を1時間後ろ倒しにしました。", "pl": "Przesunięte o godzinę, ta sama sala."}[lang]
        prefix = {"en": "Updated: ", "de": "Aktualisiert: ", "fr": "Mise à jour : ", "nl": "Bijgewerkt: ", "es": "Actualizado: ", "it": "Aggiornato: ", "ja": "更新: ", "pl": "Zaktualizowano: "}[lang]
        method, status = "REQUEST", "CONFIRMED"
        start = start + dt.timedelta(hours=1)
    seq = rng.choice([1, 1, 2, 3, 4])
    atts = [org_att(cn, ce), me(ctx)] + [dict(cn=None, email=colleague(rng, lang, dom)[1]) for _ in range(rng.randint(1, 8))]
    ch = rng.choice(["onprem", "o365", "google", "thunderbird", "icloud", "nextcloud", "zimbra"])
    ev_kw = dict(atts=atts, method=method, status=status, seq=seq, location=rng.choice([None, "Room Everest", "Konferenzraum 1", "Visio"]))
    if ch == "google":
        ev = E(ctx, tz, start, 60, base, desc, (cn, ce), **ev_kw)
        return deliver(ctx, ev, "google", lang=lang if lang in GL else "en", kind="can" if cancel else "upd", from_name=cn, from_email=ce,
                       workspace=dom if dom != "gmail.com" else None)
    if ch in ("onprem", "o365"):
        ev = E(ctx, tz, start, 60, base, None, (cn, ce), **ev_kw)
        if cancel:
            ev["priority"] = 1
        return deliver(ctx, ev, ch, subject=prefix + base, text=desc, from_name=cn, from_email=ce, lang=spam_lang(lang),
                       org_domain=dom, ics_opts=dict())
    return ham_send(ctx, lang, ch, base, desc, cn, ce, tz, start, 60, subject=prefix + base, evkw=ev_kw)


# ------------------------------------------------------------- 4. replies and counter-proposals
@cat("attendee_reply_counter")
def _(i):
    rng = mkrng("attendee_reply_counter", i)
    lang = ["en", "de", "en", "fr", "sv", "pt", "en", "ru", "tr", "en"][i % 10]
    rn, re = recipient(rng, lang)
    ctx = Ctx(rng, arrival(rng, 2016, 2026, (6, 19)), rn, re)
    dom = rng.choice([company_domain(rng), "example.net", "gmail.com"])
    an, ae = colleague(rng, lang, dom if dom != "gmail.com" else "example.org")
    if dom == "gmail.com":
        ae = ae.split("@")[0] + "@gmail.com"
    tz = LANG_TZ[lang][0]
    start = at(ctx, tz, rng.randint(1, 12), rng.choice([10, 11, 14, 16]))
    summ = rng.choice({"en": ["Design review", "Lunch & learn: accessibility", "Supplier audit prep"], "de": ["Workshop Prozessoptimierung"],
                       "fr": ["Atelier budget"], "sv": ["Planeringsmöte"], "pt": ["Reunião mensal"], "ru": ["Совещание по бюджету"], "tr": ["Bütçe toplantısı"]}[lang])
    ps = ["ACCEPTED", "DECLINED", "TENTATIVE", "COUNTER", "ACCEPTED"][i % 5]
    word = {"ACCEPTED": {"en": "Accepted", "de": "Angenommen", "fr": "Accepté", "sv": "Accepterat", "pt": "Aceito", "ru": "Принято", "tr": "Kabul edildi"},
            "DECLINED": {"en": "Declined", "de": "Abgelehnt", "fr": "Refusé", "sv": "Avböjt", "pt": "Recusado", "ru": "Отклонено", "tr": "Reddedildi"},
            "TENTATIVE": {"en": "Tentative", "de": "Mit Vorbehalt", "fr": "Provisoire", "sv": "Preliminärt", "pt": "Provisório", "ru": "Под вопросом", "tr": "Belirsiz"},
            "COUNTER": {"en": "New Time Proposed", "de": "Neue Uhrzeit vorgeschlagen", "fr": "Nouvel horaire proposé", "sv": "Ny tid föreslagen", "pt": "Novo horário proposto", "ru": "Предложено новое время", "tr": "Yeni saat önerildi"}}[ps][lang]
    note = rng.choice(["", "", "Sorry, I'm on leave that week." if ps == "DECLINED" else "See you there!", "Can we do 30 minutes later?" if ps == "COUNTER" else ""])
    method = "COUNTER" if ps == "COUNTER" else "REPLY"
    org = (ctx.rcpt_name, ctx.rcpt)
    att = dict(cn=an, email=ae, partstat="NEEDS-ACTION" if ps == "COUNTER" else ps, rsvp="FALSE")
    if ps == "COUNTER":
        start = start + dt.timedelta(minutes=30)
    ch = rng.choice(["onprem", "o365", "google", "icloud", "thunderbird", "outlookcom"])
    if dom == "gmail.com":
        ch = "google"
    ev = E(ctx, tz, start, 60, summ, None, org, [att], method=method, comment=note or None, seq=rng.choice([0, 0, 1]))
    subj = "%s: %s" % (word, summ)
    if ch == "google":
        # Google sends replies as a notification from the attendee
        ev["desc"] = note or None
        return deliver(ctx, ev, "google", lang=lang if lang in GL else "en", from_name=an, from_email=ae,
                       kind={"ACCEPTED": "acc", "DECLINED": "dec", "TENTATIVE": "tent"}.get(ps, "upd"),
                       workspace=None if dom == "gmail.com" else dom)
    if ch in ("onprem", "o365", "outlookcom"):
        if ch == "outlookcom":
            ae = ae.split("@")[0] + "@outlook.com"
            att["email"] = ae
        return deliver(ctx, ev, ch, subject=subj, text=note, from_name=an, from_email=ae, lang=spam_lang(lang), org_domain=dom,
                       ics_opts=dict())
    return ham_send(ctx, lang, ch, summ, note or None, an, ae, tz, start, 60, subject=subj,
                    evkw=dict(atts=[att], method=method, comment=note or None, org=org) if False else None) if False else \
        deliver(ctx, ev, ch, subject=subj, text=note or "%s %s" % (an, word.lower()), lang=lang, from_name=an, from_email=ae,
                prof=dict(auth=ham_auth(rng, "good" if rng.random() < 0.8 else "weak")), date_tz=tz)


# ------------------------------------------------------------- 5. webinars and conferences (many attendees)
@cat("webinar_conference")
def _(i):
    rng = mkrng("webinar_conference", i)
    lang = ["en", "de", "en", "es", "fr", "en", "ja", "pt", "en", "it"][i % 10]
    rn, re = recipient(rng, lang)
    ctx = Ctx(rng, arrival(rng, 2016, 2026), rn, re)
    org = rng.choice(["Cloud Native Forum", "Open Data Summit", "Fachverband Logistik", "Congreso de Innovación", "Journées du Numérique",
                      "DevOps Days", "Logistics Leaders Webinar Series", "データ活用セミナー", "Semana de Tecnologia", "Forum della Sostenibilità"])
    dom = rng.choice(["events.cloudforum.example", "summit.opendata.example", "verband-logistik.example", "congreso-innova.example", "numerique.example"])
    tz = rng.choice(LANG_TZ[lang])
    start = at(ctx, tz, rng.randint(7, 40), rng.choice([9, 10, 14, 16, 17]))
    link, mid = zoom_link(rng)
    regid = alnum(rng, 22)
    T = {"en": ("Thank you for registering for \"%s: Scaling observability\".\n\nPlease submit any questions to: events@%s\n\nDate & Time: %s\n\nJoin from PC, Mac, iPad, or Android: %s&tk=%s\n\nYou can cancel your registration at any time. Add to calendar using the attached invite." % (org, dom, LD.when("en", start), link, regid)),
         "de": ("Vielen Dank für Ihre Anmeldung zum Online-Seminar \"Zollabwicklung %d\".\n\nZugangslink: %s\n\nDie Teilnahme ist kostenlos. Präsentationsunterlagen erhalten Sie nach der Veranstaltung." % (ctx.arrival.year + 1, link)),
         "es": ("Gracias por inscribirte en %s. Te esperamos el %s.\nEnlace de acceso: %s\nAgenda completa en nuestra web." % (org, LD.when("es", start), link)),
         "fr": ("Merci pour votre inscription aux %s.\nRendez-vous le %s.\nLien de connexion : %s" % (org, LD.when("fr", start), link)),
         "ja": ("%sへのお申し込みありがとうございます。\n開催日時：%s\n参加URL：%s" % (org, LD.when("ja", start), link)),
         "pt": ("Obrigado por se inscrever na %s.\nData: %s\nLink de acesso: %s" % (org, LD.when("pt", start), link)),
         "it": ("Grazie per esserti registrato al %s.\nData: %s\nLink: %s" % (org, LD.when("it", start), link))}
    desc = T[lang]
    summ = org if rng.random() < 0.5 else "%s - %s" % (org, {"en": "Live webinar", "de": "Online-Seminar", "es": "Sesión en directo", "fr": "Session live",
                                                             "ja": "ウェビナー", "pt": "Webinar ao vivo", "it": "Webinar"}[lang])
    n = rng.choice([1, 1, 150, 300, 600])
    atts = [me(ctx)] + ([dict(cn=None, email="attendee%04d@%s" % (k, rng.choice(["example.com", "example.org", "mail.example"])), rsvp="FALSE",
                               role="OPT-PARTICIPANT") for k in range(n - 1)] if n > 1 else [])
    ch = rng.choice(["esp_sendgrid", "esp_ses", "esp_mailchimp", "o365", "google", "esp_sparkpost", "selfhosted"])
    oe = "events@" + dom
    htm = simple_newsletter(org, desc, link, "Join webinar")
    return ham_send(ctx, lang, ch, summ, desc, org, oe, tz, start, rng.choice([60, 90, 480]),
                    htm=htm, subject=rng.choice(["Confirmation: %s" % summ, summ, "%s - registration confirmed" % org]),
                    evkw=dict(atts=atts, location=link if rng.random() < 0.6 else rng.choice(["Online", "Messe Hamburg, Halle B6", "IFEMA Madrid"]),
                              method=rng.choice(["REQUEST", "PUBLISH"]), transp=rng.choice(["OPAQUE", "TRANSPARENT"]),
                              alarms=[dict(trigger="-P1D"), dict(trigger="-PT1H")] if rng.random() < 0.4 else []),
                    dkw=dict(struct=rng.choice(["mixed_althtml_att", "mixed_html_att", "alt_html_cal"]), list_unsub="<https://%s/unsubscribe/%s>" % (dom, regid)) if ch.startswith(("esp", "self")) else None)


def simple_newsletter(org, text, link, button):
    paras = "".join("<p style=\"margin:0 0 12px\">%s</p>" % html.escape(p).replace("\n", "<br>") for p in text.split("\n\n"))
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>'
            '<body style="margin:0;background:#f4f4f4"><table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333">'
            '<tr><td style="padding:24px;background:#1a2b4c;color:#fff;font-size:20px">%s</td></tr><tr><td style="padding:24px">%s'
            '<p><a href="%s" style="background:#2f80ed;color:#fff;padding:12px 20px;text-decoration:none;border-radius:3px">%s</a></p>'
            '</td></tr><tr><td style="padding:16px;font-size:11px;color:#999">You received this email because you registered for this event.</td></tr>'
            '</table></td></tr></table></body></html>' % (html.escape(org), paras, html.escape(link), html.escape(button)))


# ------------------------------------------------------------- 6. travel bookings
@cat("travel_booking")
def _(i):
    rng = mkrng("travel_booking", i)
    lang = ["en", "de", "fr", "es", "nl", "it", "en", "sv", "ar", "ja"][i % 10]
    rn, re = recipient(rng, lang)
    ctx = Ctx(rng, arrival(rng, 2016, 2026), rn, re)
    kind = ["flight", "rail", "hotel", "car", "flight", "rail", "hotel", "flight", "flight", "rail"][i % 10]
    tz = rng.choice(LANG_TZ[lang])
    start = at(ctx, tz, rng.randint(5, 90), rng.randint(6, 20), rng.choice([0, 5, 15, 25, 40, 50]))
    pnr = alnum(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    if kind == "flight":
        airline, dom = rng.choice([("Skyline Air", "skylineair.example"), ("Nordwind Airways", "nordwind-air.example"), ("Aerolíneas Sol", "aerosol.example")])
        fno = "%s%d" % (rng.choice(["SK", "NW", "AS"]), rng.randint(100, 2999))
        a, b = rng.choice([("FRA", "LIS"), ("AMS", "BCN"), ("ARN", "LHR"), ("CDG", "FCO"), ("DXB", "NRT"), ("JFK", "MAD")])
        summ = "Flight %s %s → %s" % (fno, a, b)
        desc = "Booking reference: %s\nFlight %s from %s to %s\nDeparture %s (local time)\nCheck-in opens 24 hours before departure: https://www.%s/manage/%s\nBaggage: 1 x 23 kg" % (pnr, fno, a, b, start.strftime("%H:%M"), dom, pnr)
        minutes = rng.randint(90, 720)
        loc = "%s Airport" % a
    elif kind == "rail":
        airline, dom = rng.choice([("RailConnect", "railconnect.example"), ("Nordbahn Reisen", "nordbahn.example"), ("TrenExpress", "trenexpress.example")])
        summ = rng.choice(["Zugfahrt Hamburg Hbf → München Hbf", "Train Paris Gare de Lyon → Lyon Part-Dieu", "Tren Madrid → Barcelona", "Train London → Manchester"])
        desc = "Auftragsnummer/Booking: %s\nWagen %d, Platz %d\nTicket: https://%s/t/%s" % (pnr, rng.randint(1, 14), rng.randint(11, 98), dom, alnum(rng, 12))
        minutes = rng.randint(60, 300)
        loc = summ.split(" → ")[0].split(" ", 1)[-1]
    elif kind == "hotel":
        airline, dom = rng.choice([("Hotel Seeblick", "hotel-seeblick.example"), ("Casa Azul Suites", "casaazul.example"), ("Grand Hôtel du Lac", "grandhotel-lac.example")])
        summ = "%s - check-in" % airline
        desc = "Confirmation number: %s\nRoom: Double, non-smoking\nCheck-in from 15:00, check-out until 11:00\nTotal: EUR %d,%02d (pay at hotel)\nCancellation free until 48h before arrival." % (pnr, rng.randint(180, 900), rng.randint(0, 99))
        minutes = None
        loc = airline
    else:
        airline, dom = rng.choice([("DriveNow Rentals", "drivenow-rentals.example"), ("AutoAlquiler", "autoalquiler.example")])
        summ = "Car rental pick-up %s" % pnr
        desc = "Pick-up: Airport terminal 1, desk B\nVehicle class: Compact (VW Golf or similar)\nPrepaid: EUR %d,%02d incl. insurance\nPlease bring your driving licence and credit card." % (rng.randint(120, 600), rng.randint(0, 99))
        minutes = 30
        loc = "Airport Terminal 1"
    local = {"en": None, "de": "Ihre Reise", "fr": "Votre voyage", "es": "Su viaje", "nl": "Uw reis", "it": "Il tuo viaggio", "sv": "Din resa", "ar": "رحلتك", "ja": "ご予約内容"}[lang]
    subject = rng.choice(["Your booking confirmation %s" % pnr, "Booking confirmed: %s" % summ, "%s - %s" % (local or "Your trip", pnr), "E-ticket receipt %s" % pnr])
    ev_kw = dict(location=loc, method="PUBLISH", atts=[], transp="OPAQUE" if kind != "hotel" else "TRANSPARENT", allday=kind == "hotel",
                 alarms=[dict(trigger="-PT3H")] if kind in ("flight", "rail") and rng.random() < 0.6 else [])
    if kind == "hotel":
        ev_kw["end"] = None
    oe = rng.choice(["noreply", "booking", "confirmation", "reservations"]) + "@" + dom
    ch = rng.choice(["esp_ses", "esp_sendgrid", "selfhosted", "esp_sparkpost", "php"])
    body = desc if rng.random() < 0.5 else "%s\n\n%s" % ({"en": "Thank you for your booking.", "de": "Vielen Dank für Ihre Buchung.", "fr": "Merci pour votre réservation.",
                                                              "es": "Gracias por su reserva.", "nl": "Bedankt voor uw boeking.", "it": "Grazie per la prenotazione.",
                                                              "sv": "Tack för din bokning.", "ar": "شكراً لحجزك.", "ja": "ご予約ありがとうございます。"}[lang], desc)
    e = E(ctx, tz, start, minutes, summ, desc, (airline, oe), **{k: v for k, v in ev_kw.items() if k != "end"})
    if kind == "hotel":
        e["end"] = start + dt.timedelta(days=rng.randint(1, 5))
        e["start"] = start.replace(hour=0, minute=0)
        e["end"] = e["end"].replace(hour=0, minute=0)
    return deliver(ctx, e, ch, subject=subject, text=body, htm=simple_newsletter(airline, body, "https://www.%s/booking/%s" % (dom, pnr), "Manage booking"),
                   lang=lang, from_name=airline, from_email=oe, struct=rng.choice(["mixed_althtml_att", "mixed_html_att", "mixed_text_att"]),
                   att_name=rng.choice(["%s.ics" % pnr, "booking.ics", "calendar.ics", "event.ics"]), att_type=rng.choice(["text/calendar", "application/ics", "application/octet-stream"]),
                   prodid=rng.choice(["-//%s//Booking Engine 4.2//EN" % airline, "-//%s//NONSGML Itinerary//EN" % dom, "-//Amadeus//e-Travel//EN"]),
                   prof=dict(auth=ham_auth(rng, "good")), list_unsub=None, date_tz=tz)


# ------------------------------------------------------------- 7. appointment reminders (doctor, dentist, salon, garage)
@cat("appointment_reminder")
def _(i):
    rng = mkrng("appointment_reminder", i)
    lang = ["en", "de", "fr", "nl", "es", "en", "pl", "pt", "it", "hi"][i % 10]
    rn, re = recipient(rng, lang)
    ctx = Ctx(rng, arrival(rng, 2016, 2026), rn, re)
    tz = LANG_TZ[lang][0]
    start = at(ctx, tz, rng.randint(2, 70), rng.choice([8, 9, 10, 11, 14, 15, 16, 17]), rng.choice([0, 15, 30, 45]))
    who = rng.choice(["dentist", "doctor", "salon", "garage", "physio", "vet"])
    P = {"en": {"dentist": ("Lakeside Dental", "Dental check-up and hygiene"), "doctor": ("Westfield Family Practice", "Appointment with Dr. Morgan"),
                "salon": ("Studio Nine Hair", "Cut & colour with Jess"), "garage": ("Vantage Auto Service", "MOT and annual service"),
                "physio": ("Core Physio", "Physiotherapy follow-up"), "vet": ("Hillside Vets", "Vaccination - Bella (dog)")},
         "de": {"dentist": ("Zahnarztpraxis Dr. Lehmann", "Kontrolluntersuchung"), "doctor": ("Hausarztpraxis am Markt", "Termin Blutabnahme (nüchtern)"),
                "salon": ("Friseur Schnittpunkt", "Waschen, Schneiden, Föhnen"), "garage": ("Autohaus Brenner", "Reifenwechsel / Inspektion"),
                "physio": ("Physiotherapie Aktiv", "Krankengymnastik"), "vet": ("Tierarztpraxis Sonnenhof", "Impfung Katze")},
         "fr": {k: ("Cabinet Dr Petit", "Consultation") for k in ["dentist", "doctor", "salon", "garage", "physio", "vet"]},
         "nl": {k: ("Tandartspraktijk De Linde", "Controle afspraak") for k in ["dentist", "doctor", "salon", "garage", "physio", "vet"]},
         "es": {k: ("Clínica Dental Sonrisa", "Revisión dental") for k in ["dentist", "doctor", "salon", "garage", "physio", "vet"]},
         "pl": {k: ("Gabinet Stomatologiczny Uśmiech", "Wizyta kontrolna") for k in ["dentist", "doctor", "salon", "garage", "physio", "vet"]},
         "pt": {k: ("Clínica Bem-Estar", "Consulta de rotina") for k in ["dentist", "doctor", "salon", "garage", "physio", "vet"]},
         "it": {k: ("Studio Dentistico Bellini", "Visita di controllo") for k in ["dentist", "doctor", "salon", "garage", "physio", "vet"]},
         "hi": {k: ("Sharma Clinic", "डॉक्टर के साथ अपॉइंटमेंट") for k in ["dentist", "doctor", "salon", "garage", "physio", "vet"]}}
    practice, summ = P[lang][who]
    phone = {"en": nanp(rng, False), "de": de_phone(rng), "fr": fr_phone(rng)}.get(lang, uk_phone(rng))
    extra = {"en": "Please arrive 10 minutes early. If you need to cancel or reschedule, call us on %s at least 24 hours in advance - missed appointments may be charged a $40 fee." % phone,
             "de": "Bitte bringen Sie Ihre Versichertenkarte mit. Absagen bitte mindestens 24 Stunden vorher unter %s, sonst müssen wir ein Ausfallhonorar berechnen." % phone,
             "fr": "Merci de prévenir au %s en cas d'empêchement." % phone, "nl": "Verhinderd? Bel %s." % phone,
             "es": "Si no puede asistir, llame al %s." % phone, "pl": "W razie rezygnacji prosimy o kontakt: %s." % phone,
             "pt": "Em caso de cancelamento, ligue %s." % phone, "it": "Per disdire chiamare il %s." % phone,
             "hi": "कृपया 10 मिनट पहले पहुँचें। रद्द करने के लिए %s पर कॉल करें।" % phone}[lang]
    dom = rng.choice(["lakeside-dental.example", "westfield-clinic.example", "praxis-lehmann.example", "studionine.example", "vantage-auto.example", "termin-online.example", "doctolab.example"])
    oe = rng.choice(["noreply", "termine", "appointments", "info", "reception"]) + "@" + dom
    alarms = [dict(trigger=rng.choice(["-P1D", "-PT2H", "-PT1H", "-PT30M"]))] + ([dict(trigger="-P2D")] if rng.random() < 0.4 else [])
    ch = rng.choice(["php", "esp_sendgrid", "selfhosted", "esp_mailgun", "esp_brevo", "selfhosted"])
    body = "%s\n\n%s\n%s\n\n%s" % (summ, practice, LD.when(lang, start) if lang in LD.MONTHS or lang == "ja" else start, extra)
    return ham_send(ctx, lang, ch, summ, "%s\n%s" % (practice, extra), practice, oe, tz, start, rng.choice([20, 30, 45, 60]),
                    htm=simple_newsletter(practice, body, "https://%s/termin/%s" % (dom, alnum(rng, 10)), {"en": "Manage appointment"}.get(lang, "OK")),
                    subject=rng.choice([summ, "Reminder: %s" % summ, "%s - %s" % (practice, LD.date_only(lang, start) if lang in LD.MONTHS else start.date())]),
                    evkw=dict(atts=[], method=rng.choice(["PUBLISH", "REQUEST", None]), alarms=alarms, location="%s, %s" % (practice, rng.choice(["Main Street 12", "Hauptstraße 5", "Rue Victor Hugo 8", "Via Roma 3"]))),
                    dkw=dict(struct=rng.choice(["mixed_althtml_att", "mixed_text_att", "alt_html_cal", "mixed_html_att"]), att_name=rng.choice(["termin.ics", "appointment.ics", "invite.ics"])),
                    quality=rng.choice(["good", "weak"]))


# ------------------------------------------------------------- 8. recurring school / club / church series
@cat("community_recurring_series")
def _(i):
    rng = mkrng("community_recurring_series", i)
    lang = ["en", "de", "sv", "pl", "en", "es", "nl", "tr", "ru", "id"][i % 10]
    rn, re = recipient(rng, lang)
    ctx = Ctx(rng, arrival(rng, 2016, 2026), rn, re)
    tz = LANG_TZ[lang][0]
    T = {"en": [("U11 football training", "Training every Tuesday. Bring shin pads and water. Subs are £5 per session, payable to the club treasurer."),
                ("Choir rehearsal - St. Mary's", "Weekly rehearsal in the parish hall. New members welcome!"),
                ("PTA meeting", "Monthly PTA meeting in the school library. Agenda and minutes on the school website.")],
         "de": [("Training E-Jugend", "Training jeden Mittwoch auf dem Kunstrasen. Mitgliedsbeitrag bitte bis Monatsende überweisen.")],
         "sv": [("Körövning", "Övning varje torsdag i församlingshemmet.")], "pl": [("Próba chóru", "Próby co tydzień w sali parafialnej.")],
         "es": [("Entrenamiento alevín", "Entrenamiento todos los lunes y miércoles.")], "nl": [("Training hockey JO12", "Training elke dinsdag. Contributie graag voor de 1e van de maand.")],
         "tr": [("Yüzme kursu", "Her cumartesi sabahı havuzda.")], "ru": [("Репетиция хора", "Репетиции каждую среду в актовом зале.")],
         "id": [("Latihan paduan suara", "Latihan setiap Kamis malam di aula gereja.")]}
    summ, desc = rng.choice(T[lang])
    wd = rng.randint(0, 6)
    start = at(ctx, tz, rng.randint(1, 14), rng.choice([9, 10, 16, 17, 18, 19]), rng.choice([0, 30]), weekday=wd)
    day = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][wd]
    rr = rng.choice(["FREQ=WEEKLY;BYDAY=%s" % day, "FREQ=WEEKLY;INTERVAL=1;BYDAY=%s" % day, "FREQ=MONTHLY;BYDAY=1%s" % day, "FREQ=WEEKLY;WKST=MO;BYDAY=%s" % day])
    exd = [start + dt.timedelta(days=7 * k) for k in rng.sample(range(3, 20), rng.randint(0, 2))] if "WEEKLY" in rr else []
    cn, ce = colleague(rng, lang, rng.choice(["fc-eintracht.example", "stmarys-parish.example", "riverside-primary.example", "hockeyclub.example"]))
    if rng.random() < 0.4:
        ce = ce.split("@")[0] + rng.choice(["@gmail.com", "@yahoo.com", "@gmx.de", "@outlook.com"])
    ch = {"gmail.com": "google", "yahoo.com": "yahoo", "gmx.de": "gmx", "outlook.com": "outlookcom"}.get(ce.split("@")[1], rng.choice(["selfhosted", "nextcloud", "thunderbird", "icloud", "php"]))
    atts = [me(ctx)] + [dict(cn=None, email="%s%d@example.%s" % (rng.choice(["parent", "member", "fam."]), k, rng.choice(["com", "org"]))) for k in range(rng.randint(0, 25))]
    return ham_send(ctx, lang, ch, summ, desc, cn, ce, tz, start, rng.choice([60, 90, 120]),
                    evkw=dict(rrule=rr, exdate=exd, atts=atts, location=rng.choice(["Sportplatz", "Parish hall", "School library", "Gym", None]),
                              alarms=[dict(trigger="-PT1H")] if rng.random() < 0.5 else []), quality=rng.choice(["good", "weak", "weak"]))


# ------------------------------------------------------------- 9. payroll / tax / bank deadlines
@cat("finance_deadline")
def _(i):
    rng = mkrng("finance_deadline", i)
    lang = ["en", "de", "fr", "en", "nl", "it", "es", "pt", "en", "ja"][i % 10]
    rn, re = recipient(rng, lang)
    ctx = Ctx(rng, arrival(rng, 2016, 2026), rn, re)
    tz = LANG_TZ[lang][0]
    start = at(ctx, tz, rng.randint(5, 45), 9)
    T = {"en": [("Payroll cut-off: submit timesheets", "Reminder: payroll for this month closes at noon. Overtime, bonuses and expense claims submitted after the cut-off will be paid next month.", "Payroll Team"),
                ("Quarterly VAT return due", "Hi,\n\nyour VAT return for the quarter is due. We have prepared the figures; amount payable £%d.%02d. Please approve in the client portal so we can file before the deadline.\n\nKind regards,\nHollis & Partners Chartered Accountants" % (rng.randint(800, 9000), rng.randint(0, 99)), "Hollis & Partners"),
                ("Estimated tax payment Q%d" % rng.randint(1, 4), "This is your reminder to make the estimated tax payment. Log in to your account to schedule the transfer. Do not reply to this email.", "Tallgrass Wealth")],
         "de": [("Frist: Umsatzsteuer-Voranmeldung", "Sehr geehrte Mandantin, sehr geehrter Mandant,\n\nbitte reichen Sie uns die Belege für %s bis zum genannten Termin ein, damit wir die Umsatzsteuer-Voranmeldung fristgerecht übermitteln können.\n\nMit freundlichen Grüßen\nKanzlei Bergmann Steuerberatung" % LD.MONTHS["de"].split()[ctx.arrival.month - 1], "Kanzlei Bergmann")],
         "fr": [("Échéance : déclaration de TVA", "Bonjour,\nnous vous rappelons l'échéance de la déclaration de TVA. Merci de nous transmettre vos factures.\nCabinet Duval Expertise Comptable", "Cabinet Duval")],
         "nl": [("Deadline aangifte omzetbelasting", "Beste klant,\nde aangifte omzetbelasting moet uiterlijk op deze datum zijn ingediend. Graag uw administratie aanleveren.\nMet vriendelijke groet,\nVan den Berg Administratie", "Van den Berg")],
         "it": [("Scadenza F24", "Gentile cliente,\nle ricordiamo la scadenza del modello F24. L'importo da versare è di %d,%02d €.\nStudio Ferrari" % (rng.randint(300, 5000), rng.randint(0, 99)), "Studio Ferrari")],
         "es": [("Vencimiento modelo 303", "Estimado cliente,\nle recordamos el plazo de presentación del modelo 303 (IVA trimestral).\nAsesoría Martín", "Asesoría Martín")],
         "pt": [("Vencimento DARF", "Prezado cliente,\no DARF referente ao mês vence nesta data. Valor: R$ %d,%02d.\nContabilidade Costa" % (rng.randint(300, 9000), rng.randint(0, 99)), "Contabilidade Costa")],
         "ja": [("源泉所得税の納付期限", "いつもお世話になっております。\n源泉所得税の納付期限のお知らせです。\n小林会計事務所", "小林会計事務所")]}
    summ, desc, oname = rng.choice(T[lang])
    dom = rng.choice(["hollis-partners.example", "kanzlei-bergmann.example", "tallgrass-wealth.example", "duval-compta.example", "studioferrari.example", "kobayashi-kaikei.example"])
    oe = rng.choice(["payroll", "noreply", "kanzlei", "info", "reminders"]) + "@" + (dom if "Payroll" not in oname else "example.net")
    ch = rng.choice(["onprem", "o365", "selfhosted", "esp_sendgrid", "php", "zoho", "google"])
    return ham_send(ctx, lang, ch, summ, desc, oname, oe, tz, start, None if rng.random() < 0.5 else 30,
                    evkw=dict(allday=rng.random() < 0.5, atts=[me(ctx)], alarms=[dict(trigger="-P3D"), dict(trigger="-P1D")][:rng.randint(0, 2)],
                              transp="TRANSPARENT", method=rng.choice(["REQUEST", "PUBLISH"])),
                    quality=rng.choice(["good", "good", "weak"]))


# ------------------------------------------------------------- 10. legitimate promotional events
@cat("promo_event_legit")
def _(i):
    rng = mkrng("promo_event_legit", i)
    lang = ["en", "de", "fr", "en", "es", "it", "pt", "nl", "en", "zh"][i % 10]
    rn, re = recipient(rng, lang)
    ctx = Ctx(rng, arrival(rng, 2016, 2026), rn, re)
    tz = LANG_TZ[lang][0]
    start = at(ctx, tz, rng.randint(7, 30), rng.choice([10, 11, 18, 19]))
    code = rng.choice(["OPENING20", "VIP15", "LAUNCH25", "WELCOME10", "SPRING30"])
    brand, dom = rng.choice([("Sunridge Outdoor", "sunridge-outdoor.example"), ("Maison Lumière", "maisonlumiere.example"), ("Kaffeerösterei Nord", "roesterei-nord.example"),
                             ("Pixelworks", "pixelworks.example"), ("Libreria Bellini", "libreria-bellini.example")])
    T = {"en": ("Grand opening: our new store on Market Street", "Join us for the grand opening! Free coffee, live music and 20%% off everything all day with code %s. Limited to the first 200 customers. Save the date - the invite is attached." % code),
         "de": ("Eröffnung unserer neuen Filiale", "Feiern Sie mit uns! Am Eröffnungstag erhalten Sie 20 %% Rabatt auf das gesamte Sortiment mit dem Code %s. Nur solange der Vorrat reicht." % code),
         "fr": ("Vente privée : -25 %% pour nos clients fidèles", "Chère cliente, cher client,\nvous êtes invité(e) à notre vente privée. Code : %s. Places limitées, inscrivez-vous vite !" % code),
         "es": ("Lanzamiento exclusivo", "Te invitamos al lanzamiento de nuestra nueva colección. Descuento del 15%% con el código %s." % code),
         "it": ("Presentazione nuova collezione", "Ti aspettiamo in negozio! Sconto del 20%% con il codice %s, solo per gli iscritti." % code),
         "pt": ("Lançamento da nova linha", "Venha conhecer! Use o cupom %s e ganhe 20%% de desconto. Vagas limitadas." % code),
         "nl": ("Opening nieuwe winkel", "Kom langs! Met code %s krijg je 20%% korting. Gratis koffie voor iedereen." % code),
         "zh": ("新店开业邀请", "诚邀您参加新店开业活动，凭优惠码 %s 全场八折，数量有限。" % code)}
    summ, desc = T[lang]
    url = "https://www.%s/events/%s?utm_source=newsletter&utm_medium=email&utm_campaign=%s" % (dom, code.lower(), code.lower())
    ch = rng.choice(["esp_mailchimp", "esp_sendgrid", "esp_brevo", "esp_ses", "esp_mailchimp"])
    return ham_send(ctx, lang, ch, summ, desc, brand, "news@" + dom, tz, start, rng.choice([180, 240, 480]),
                    htm=simple_newsletter(brand, desc, url, {"en": "RSVP", "de": "Jetzt anmelden"}.get(lang, "OK")),
                    subject=rng.choice([summ, "📅 " + summ, summ + " - you're invited", brand + ": " + summ]),
                    evkw=dict(atts=[], method="PUBLISH", location=rng.choice(["Market Street 21", "Hauptstraße 44", "12 rue des Lilas", "Via Dante 7"]), url=url, transp="TRANSPARENT"),
                    dkw=dict(struct=rng.choice(["mixed_althtml_att", "mixed_html_att"]), list_unsub="<https://%s/unsubscribe?u=%s>, <mailto:unsubscribe@%s>" % (dom, alnum(rng, 16), dom)))


# ------------------------------------------------------------- 11. recruiting interviews and scheduling tools
@cat("recruiting_interview")
def _(i):
    rng = mkrng("recruiting_interview", i)
    lang = ["en", "de", "en", "fr", "nl", "en", "es", "pl", "en", "ar"][i % 10]
    rn, re = recipient(rng, lang)
    ctx = Ctx(rng, arrival(rng, 2017, 2026), rn, re)
    tz = LANG_TZ[lang][0]
    start = at(ctx, tz, rng.randint(2, 12), rng.choice([9, 10, 11, 14, 15, 16]), rng.choice([0, 30]))
    company, dom = rng.choice([("Orbit Consulting", "orbit-consulting.example"), ("Nordlicht GmbH", "nordlicht-gmbh.example"), ("Acme Logistics", "acme-logistics.example"),
                               ("Pinecrest Realty", "pinecrest-realty.example")])
    tool = rng.choice(["calendly", "recruiter", "bookings", "google"])
    link, _ = zoom_link(rng)
    T = {"en": ("Interview: %s - Senior Data Analyst" % (ctx.rcpt_name or "Candidate"), "Hi %s,\n\nthank you for your interest in the Senior Data Analyst role. This is a 45-minute video interview with the hiring manager and a member of the team. Please have your portfolio ready.\n\nJoin: %s\n\nBest regards,\nTalent Acquisition, %s" % ((ctx.rcpt_name or "there").split(" ")[0], link, company)),
         "de": ("Vorstellungsgespräch Junior Controller (m/w/d)", "Guten Tag,\n\nwir freuen uns, Sie zu einem persönlichen Gespräch einzuladen. Bitte melden Sie sich am Empfang.\n\nMit freundlichen Grüßen\nPersonalabteilung %s" % company),
         "fr": ("Entretien - Chargé(e) de clientèle", "Bonjour,\nnous avons le plaisir de vous convier à un entretien.\n%s\nCordialement,\nService RH" % link),
         "nl": ("Sollicitatiegesprek", "Beste kandidaat,\nhierbij bevestigen wij het gesprek. Link: %s\nMet vriendelijke groet,\nHR" % link),
         "es": ("Entrevista de trabajo", "Hola,\nte confirmamos la entrevista para el puesto de analista. Enlace: %s" % link),
         "pl": ("Rozmowa rekrutacyjna", "Dzień dobry,\npotwierdzamy termin rozmowy. Link: %s\nDział HR" % link),
         "ar": ("مقابلة عمل", "مرحباً،\nيسعدنا دعوتك لإجراء مقابلة عمل عبر الإنترنت: %s\nقسم الموارد البشرية" % link)}
    summ, desc = T[lang]
    if tool == "calendly" and lang == "en":
        summ = "Intro call between %s and %s" % (ctx.rcpt_name or "You", rng.choice(["Sarah Collins", "Mark Jensen"]))
        desc = "Event Name: 30 Minute Meeting\n\nLocation: This is a Zoom web conference.\n%s\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/%s\nReschedule: https://calendly.com/reschedulings/%s\n\nPowered by Calendly.com" % (link, uuid4(rng), uuid4(rng))
        return ham_send(ctx, lang, "esp_sendgrid", summ, desc, "Calendly", "notifications@calendly.com", tz, start, 30,
                        subject="New Event: %s - %s" % (summ, LD.when("en", start, None, "short")),
                        evkw=dict(atts=[me(ctx)], location=link, uid=None),
                        dkw=dict(struct="mixed_althtml_att", prodid="-//Calendly//EN", prof=dict(auth=("pass", "pass", "pass"), esp_dom="calendly.com"),
                                 att_name="invite.ics"))
    cn, ce = colleague(rng, lang, dom)
    ch = {"recruiter": "esp_sendgrid", "bookings": "o365", "google": "google", "calendly": "o365"}[tool]
    return ham_send(ctx, lang, ch, summ, desc, cn, ce, tz, start, 45, evkw=dict(atts=[org_att(cn, ce), me(ctx)], location=link if "http" in desc else company),
                    dkw=dict(struct="mixed_althtml_att") if ch.startswith("esp") else None)


# ------------------------------------------------------------- 12. IT maintenance windows
@cat("it_maintenance_window")
def _(i):
    rng = mkrng("it_maintenance_window", i)
    lang = ["en", "de", "en", "fr", "sv", "en", "nl", "ja", "en", "ru"][i % 10]
    rn, re = recipient(rng, lang)
    ctx = Ctx(rng, arrival(rng, 2016, 2026), rn, re)
    tz = LANG_TZ[lang][0]
    start = at(ctx, tz, rng.randint(2, 14), rng.choice([20, 21, 22, 23, 6]), 0, weekday=rng.choice([4, 5, 6]))
    T = {"en": ("Planned maintenance: email and VPN", "Dear colleagues,\n\nduring this window the mail servers and VPN gateway will be patched. Expect short interruptions. Please save your work and log off from VPN.\n\nStatus page: https://status.example.net\nChange ticket: CHG%07d\n\nIT Service Desk, ext. 4400" % rng.randint(10 ** 5, 10 ** 6)),
         "de": ("Wartungsfenster: ERP-System", "Liebe Kolleginnen und Kollegen,\n\nim angegebenen Zeitraum wird das ERP-System aktualisiert und ist nicht erreichbar. Bitte melden Sie sich vorher ab.\n\nIhre IT"),
         "fr": ("Maintenance planifiée du réseau", "Bonjour,\nune maintenance du réseau est prévue. Des coupures sont possibles.\nLa DSI"),
         "sv": ("Planerat underhåll", "Hej,\nunder perioden uppdateras servrarna. Korta avbrott kan förekomma.\nIT-avdelningen"),
         "nl": ("Gepland onderhoud", "Beste collega's,\ntijdens dit onderhoudsvenster zijn de systemen niet beschikbaar.\nICT"),
         "ja": ("システムメンテナンスのお知らせ", "各位\n下記の日時にサーバーメンテナンスを実施します。作業中はシステムをご利用いただけません。\n情報システム部"),
         "ru": ("Плановые работы", "Коллеги,\nв указанное время будут проводиться плановые работы на серверах. Возможны кратковременные перерывы.\nИТ-отдел")}
    summ, desc = T[lang]
    oe = rng.choice(["it-servicedesk", "change-management", "itops", "noc"]) + "@example.net"
    ch = rng.choice(["onprem", "o365", "internal", "zimbra", "nextcloud", "esp_ses"])
    n = rng.choice([1, 40, 250])
    atts = [me(ctx)] + [dict(cn=None, email="staff%03d@example.net" % k, rsvp="FALSE") for k in range(n - 1)]
    return ham_send(ctx, lang, ch, summ, desc, "IT Service Desk", oe, tz, start, rng.choice([120, 240, 360]),
                    evkw=dict(atts=atts, transp="TRANSPARENT", location="All sites", alarms=[dict(trigger="-PT30M")] if rng.random() < 0.3 else []),
                    dkw=dict(prof=dict(auth=("pass", "pass", "pass"), policy="reject")) if ch in ("internal", "zimbra", "nextcloud") else None)


# ------------------------------------------------------------- 13. forwarded invites and mailing lists
@cat("forwarded_or_list_invite")
def _(i):
    rng = mkrng("forwarded_or_list_invite", i)
    lang = ["en", "de", "fr", "en", "it", "es", "en", "pt", "nl", "zh"][i % 10]
    rn, re = recipient(rng, lang)
    ctx = Ctx(rng, arrival(rng, 2016, 2026), rn, re)
    tz = LANG_TZ[lang][0]
    start = at(ctx, tz, rng.randint(3, 25), rng.choice([10, 14, 16, 18]))
    list_mode = i % 2 == 0
    fwdname, fwde = colleague(rng, lang, rng.choice(["example.org", "example.com", "tallgrass-law.example"]))
    oname, oe = colleague(rng, lang, rng.choice(["lists.example.org", "opensource-foundation.example", "university.example"]))
    summ = rng.choice({"en": ["Community call - release planning", "Board meeting (open session)", "Monthly contributors sync"],
                       "de": ["Mitgliederversammlung"], "fr": ["Réunion mensuelle de l'association"], "it": ["Assemblea dei soci"],
                       "es": ["Asamblea general"], "pt": ["Reunião da comunidade"], "nl": ["Ledenvergadering"], "zh": ["社区月度会议"]}[lang])
    desc = "Agenda: https://wiki.%s/Meetings/%s\nNotes will be posted to the list." % (oe.split("@")[1], ctx.arrival.strftime("%Y-%m"))
    ev = E(ctx, tz, start, 60, summ, desc, (oname, oe), [dict(cn=None, email="dev@lists.example.org" if list_mode else fwde)], location=meet_link(rng))
    if list_mode:
        lid = "dev.lists.example.org"
        extra = ["List-Id: Developer discussion <%s>" % lid, "List-Unsubscribe: <https://lists.example.org/mailman/options/dev>, <mailto:dev-request@lists.example.org?subject=unsubscribe>",
                 "List-Post: <mailto:dev@lists.example.org>", "Precedence: list", "X-BeenThere: dev@lists.example.org", "X-Mailman-Version: 2.1.%d" % rng.randint(20, 39)]
        return deliver(ctx, ev, "selfhosted", subject="[dev] Invitation: " + summ, text=desc + "\n_______________________________________________\ndev mailing list\ndev@lists.example.org\nhttps://lists.example.org/mailman/listinfo/dev\n",
                       lang=lang, from_name=oname, from_email=oe, to="dev@lists.example.org", extra=extra, struct=rng.choice(["mixed_alt_att", "alt_cal", "mixed_text_att"]),
                       dialect=rng.choice(["lightning", "generic"]), prof=dict(auth=("fail", "pass", rng.choice(["fail", "none"])), rp="dev-bounces@lists.example.org",
                                                                                 host="lists.example.org", dkim_d=oe.split("@")[1]))
    intro = {"en": "FYI - forwarding this, you might want to join.\n\n-------- Forwarded Message --------\nSubject: %s\nFrom: %s <%s>\n\n", "de": "Zur Info, vielleicht hast du Zeit.\n\n-------- Weitergeleitete Nachricht --------\nBetreff: %s\nVon: %s <%s>\n\n",
             "fr": "Pour info, je te transfère.\n\n-------- Message transféré --------\nSujet : %s\nDe : %s <%s>\n\n", "it": "Ti inoltro l'invito.\n\n-------- Messaggio inoltrato --------\nOggetto: %s\nDa: %s <%s>\n\n",
             "es": "Te reenvío la invitación.\n\n-------- Mensaje reenviado --------\nAsunto: %s\nDe: %s <%s>\n\n", "pt": "Encaminhando o convite.\n\n-------- Mensagem encaminhada --------\nAssunto: %s\nDe: %s <%s>\n\n",
             "nl": "Ter info doorgestuurd.\n\n-------- Doorgestuurd bericht --------\nOnderwerp: %s\nVan: %s <%s>\n\n", "zh": "转发给你，供参考。\n\n-------- 转发的消息 --------\n主题：%s\n发件人：%s <%s>\n\n"}[lang] % (summ, oname, oe)
    fwd_word = {"en": "Fwd: ", "de": "WG: ", "fr": "TR: ", "it": "I: ", "es": "RV: ", "pt": "Enc: ", "nl": "Doorst: ", "zh": "转发："}[lang]
    ch = rng.choice(["thunderbird", "apple_mail", "gmx", "fastmail", "o365"])
    if ch == "o365":
        return deliver(ctx, ev, "o365", subject=fwd_word + summ, text=intro + desc, from_name=fwdname, from_email=fwde, lang=spam_lang(lang), att_ics=True)
    return deliver(ctx, ev, ch, subject=fwd_word + summ, text=intro + desc, lang=lang, from_name=fwdname, from_email=fwde,
                   struct=rng.choice(["mixed_text_att", "mixed_alt_att"]), prof=dict(auth=ham_auth(rng, rng.choice(["good", "weak"]))), date_tz=tz)


# ------------------------------------------------------------- 14. .ics-only mails from booking systems
@cat("booking_ics_only")
def _(i):
    rng = mkrng("booking_ics_only", i)
    lang = ["en", "de", "fr", "es", "en", "it", "nl", "pl", "en", "tr"][i % 10]
    rn, re = recipient(rng, lang)
    ctx = Ctx(rng, arrival(rng, 2016, 2026), rn, re)
    tz = LANG_TZ[lang][0] if rng.random() < 0.8 else None
    start = at(ctx, tz or "UTC", rng.randint(1, 60), rng.choice([8, 9, 10, 12, 15, 17, 19]), rng.choice([0, 15, 30]))
    what = rng.choice({"en": ["Tennis court 3", "Meeting room booking: Aurora", "Library study room 2B", "Yoga class - Vinyasa", "Table for 4"],
                       "de": ["Tennisplatz 2", "Raumbuchung: Konferenzraum Nord", "Termin Bürgeramt"], "fr": ["Court de tennis 1", "Réservation salle Orion"],
                       "es": ["Pista de pádel 4", "Reserva sala Atlas"], "it": ["Campo da tennis 2", "Prenotazione sala"], "nl": ["Padelbaan 3", "Vergaderruimte Noord"],
                       "pl": ["Kort tenisowy 1", "Rezerwacja sali"], "tr": ["Tenis kortu 2", "Toplantı odası rezervasyonu"]}[lang])
    dom = rng.choice(["clubbooking.example", "roombooker.example", "reservas.example", "buchung-online.example", "tablefinder.example"])
    ev = E(ctx, tz, start, rng.choice([45, 60, 90, 120]), what, rng.choice([None, "Booking ID %d" % rng.randint(10 ** 5, 10 ** 7), ""]),
           (None, "noreply@" + dom), [me(ctx)] if rng.random() < 0.5 else [], method=rng.choice(["PUBLISH", "REQUEST", None]),
           location=rng.choice([None, "Court 3", "Building B, 2nd floor", "Hauptstraße 1"]))
    return deliver(ctx, ev, rng.choice(["php", "selfhosted", "esp_ses"]), subject=rng.choice([what, "Booking", "Your booking", "Reservation %s" % what, "Buchung", ""]),
                   text=rng.choice(["", "", " ", "\n"]), lang=lang, from_name=rng.choice([None, "Booking System", dom.split(".")[0].capitalize()]), from_email="noreply@" + dom,
                   struct=rng.choice(["cal_only", "att_only", "mixed_text_att", "mixed_text_cal"]), dialect="generic",
                   prodid=rng.choice(["-//%s//Booking 2.1//EN" % dom, "-//Sabre//Sabre VObject 4.1.6//EN", "-//Eluceo/ical//2.0/EN", "-//sebbo.net//ical-generator//EN",
                                      "-//hacksw/handcal//NONSGML v1.0//EN", "-//Spatie//iCalendar-generator//EN"]),
                   ics_opts=dict(no_created=rng.random() < 0.6, no_lm=rng.random() < 0.6, no_transp=True, no_end_vcal=i == 7), method_param=rng.choice([True, False]),
                   att_name=rng.choice(["booking.ics", "event.ics", "invite.ics", "%s.ics" % alnum(rng, 8)]),
                   prof=dict(auth=ham_auth(rng, rng.choice(["good", "weak"]))), ics_nofold=rng.random() < 0.3, ics_eol=rng.choice(["\r\n", "\r\n", "\n"]))


# ------------------------------------------------------------- 15. personal and social events
@cat("personal_social")
def _(i):
    rng = mkrng("personal_social", i)
    lang = ["en", "de", "it", "pt", "es", "fr", "ja", "ar", "hi", "id", "ru", "tr"][i % 12]
    rn, re = recipient(rng, lang)
    ctx = Ctx(rng, arrival(rng, 2016, 2026, (7, 22)), rn, re)
    tz = LANG_TZ[lang][0]
    start = at(ctx, tz, rng.randint(3, 40), rng.choice([12, 13, 18, 19, 20]), rng.choice([0, 30]))
    T = {"en": [("Mum's 60th birthday dinner", "Booked the table at Luigi's for 8. Don't tell her!! Bring cash for the gift, we're splitting it."), ("BBQ at ours", "Bring drinks if you can :)")],
         "de": [("Grillen bei uns", "Bringt gern was zu trinken mit!")], "it": [("Cena di compleanno", "Ho prenotato per le 20:30. Regalo: facciamo a metà.")],
         "pt": [("Churrasco de aniversário", "Traz a família! Cada um leva uma bebida.")], "es": [("Cumpleaños de Lucía", "¡Sorpresa! No le digas nada.")],
         "fr": [("Apéro chez Camille", "On compte sur toi !")], "ja": [("同窓会", "駅前の居酒屋で。会費5000円です。")],
         "ar": [("عشاء عائلي", "العشاء في بيت الوالدة، لا تتأخر")], "hi": [("दिवाली पार्टी", "सबको आमंत्रण है, मिठाई साथ लाना!")],
         "id": [("Arisan keluarga", "Di rumah Tante Rina, jam 7 malam.")], "ru": [("День рождения Саши", "Собираемся в кафе, подарок скидываемся по 1000 ₽.")],
         "tr": [("Doğum günü yemeği", "Restoranda saat 20:00'de buluşuyoruz.")]}
    summ, desc = rng.choice(T[lang])
    n, local = rng.choice(RECIPIENTS.get(lang, RECIPIENTS["en"]))
    n = n or "Alex"
    prov = rng.choice(["gmail.com", "icloud.com", "yahoo.com", "proton.me", "fastmail.com", "gmx.de", "outlook.com"])
    oe = "%s.%d@%s" % (local.split(".")[0], rng.randint(1, 99), prov)
    ch = {"gmail.com": "google", "icloud.com": "icloud", "yahoo.com": "yahoo", "proton.me": "proton", "fastmail.com": "fastmail", "gmx.de": "gmx", "outlook.com": "outlookcom"}[prov]
    atts = [org_att(n, oe), me(ctx)] + [dict(cn=None, email="%s%d@%s" % (rng.choice(["cousin", "tia", "bro", "friend"]), k, rng.choice(["gmail.com", "icloud.com", "example.org"]))) for k in range(rng.randint(0, 6))]
    if ch == "icloud":
        txt = "%s has invited you to \"%s\".\n\n%s\n" % (n, summ, desc)
        ev = E(ctx, tz, start, 180, summ, desc, (n, oe), atts, location=rng.choice([None, "Luigi's", "Home"]), alarms=[dict(trigger="-PT2H")] if rng.random() < 0.5 else [])
        return deliver(ctx, ev, "icloud", subject="Invitation: %s" % summ, text=txt, lang=lang, from_name=n, from_email=rng.choice([oe, "noreply@email.apple.com"]),
                       reply_to=oe, prof=dict(auth=("pass", "pass", "pass")))
    return ham_send(ctx, lang, ch, summ, desc, n, oe, tz, start, 180, evkw=dict(atts=atts, location=rng.choice([None, "Luigi's", "Home", "Parque"]),
                                                                                alarms=[dict(trigger="-P1D")] if rng.random() < 0.4 else []), quality="good")


# ------------------------------------------------------------- 16. tasks and deadlines (VTODO, all-day)
@cat("task_todo_deadline")
def _(i):
    rng = mkrng("task_todo_deadline", i)
    lang = ["en", "de", "fr", "en", "nl", "sv", "pl", "es", "en", "it"][i % 10]
    rn, re = recipient(rng, lang)
    ctx = Ctx(rng, arrival(rng, 2016, 2026), rn, re)
    tz = LANG_TZ[lang][0]
    due = at(ctx, tz, rng.randint(3, 30), 17)
    T = {"en": ["Submit expense report", "Review pull request #%d" % rng.randint(100, 9999), "Prepare slides for steering committee"],
         "de": ["Reisekostenabrechnung einreichen", "Angebot prüfen"], "fr": ["Relire le contrat fournisseur"], "nl": ["Offerte nakijken"],
         "sv": ["Skicka in tidrapport"], "pl": ["Przygotować raport kwartalny"], "es": ["Revisar presupuesto"], "it": ["Preparare il verbale"]}
    summ = rng.choice(T[lang])
    cn, ce = colleague(rng, lang, "example.net")
    ch = rng.choice(["thunderbird", "nextcloud", "nextcloud", "thunderbird", "evolution", "horde"])
    kind = "VTODO" if rng.random() < 0.7 else "VEVENT"
    ev = E(ctx, tz, due - dt.timedelta(days=rng.randint(0, 3)) if kind == "VTODO" else due.replace(hour=0), None if kind == "VTODO" else 24 * 60, summ,
           rng.choice([None, "See ticket in the tracker.", "Thanks!"]), (cn, ce), [org_att(cn, ce), me(ctx)], kind=kind, due=due if kind == "VTODO" else None,
           allday=kind == "VEVENT", priority=rng.choice([None, 1, 5, 9]), status="NEEDS-ACTION" if kind == "VTODO" else "CONFIRMED",
           alarms=[dict(trigger="-PT1H")] if rng.random() < 0.4 else [])
    if kind == "VTODO":
        ev["end"] = None
    return deliver(ctx, ev, ch, subject={"en": "Task assigned: ", "de": "Aufgabe: ", "fr": "Tâche : "}.get(lang, "") + summ, text=summ, lang=lang, from_name=cn, from_email=ce,
                   prof=dict(auth=("pass", "pass", "pass"), tz=tz, policy="reject"), date_tz=tz)


for _f in HAM.values():
    _f.count = 10
