"""Ham categories, part 1: ordinary meetings from Google, Outlook/Teams, Zoom/Webex, Apple/Thunderbird and others."""
from __future__ import annotations

import datetime as dt

from dc_lib import arrival_between, slot, next_weekday, to_local, fmt_utc
from dc_ical import Att, Alarm, Ev, vcal
from dc_common import person, rcpt, FIRST, LAST, ascii_fold
from dc_clients import (google_mail, exchange_mail, icloud_mail, thunderbird_mail, outlook_inline, generic_mail,
                        zoom_block, webex_block, esc_html, google_uid)

ORGS = ["contoso.example.com", "northwind.example.com", "fabrikam.example.org", "tailspin.example.com", "acme.example.org",
        "globex.example.com", "initech.example.org", "lumen-labs.example.com", "stadtwerke.example.org", "uni-nord.example.org",
        "kanzlei-berg.example.com", "atelier-roux.example.org", "grupo-sur.example.com", "hanse-logistik.example.com"]

MEET = {
    "en": [("Q3 planning", "Agenda:\n1. Review Q2 results\n2. Q3 OKRs\n3. Hiring plan"), ("1:1 {a} / {b}", ""),
           ("Design review: checkout flow", "We'll walk through the new checkout mock-ups. Figma link is in the project doc."),
           ("Sprint retrospective", ""), ("Customer call – Northwind", "Prep notes are in the shared folder. Please read before the call."),
           ("Interview: Senior Backend Engineer", "Scorecard in Greenhouse. Focus areas: system design, Go."), ("Budget sync", "Quick sync on the remaining marketing budget."),
           ("Board prep", "Slides due Thursday EOD."), ("Lunch & learn: Kubernetes basics", "Bring your lunch, we'll provide snacks."),
           ("Project kickoff – Atlas", "Kick-off for the Atlas migration.\nAgenda:\n- Scope\n- Timeline\n- Roles"), ("Contract review with legal", ""),
           ("All-hands", "Quarterly all-hands. Questions can be submitted in advance via the form on the intranet.")],
    "de": [("Abstimmung Angebot Müller GmbH", "Hallo zusammen,\nkurze Abstimmung zum Angebot, bitte die Kalkulation mitbringen."), ("Jour fixe Vertrieb", ""),
           ("Projektstatus Relaunch Website", "Agenda:\n- Stand Design\n- Inhalte\n- Termine"), ("Mitarbeitergespräch", ""),
           ("Workshop Datenschutz", "Raum 2.14, bitte Laptop mitbringen."), ("Übergabe Urlaubsvertretung", "")],
    "fr": [("Point hebdo équipe", ""), ("Revue du budget 2025", "Ordre du jour :\n1. Réalisé vs budget\n2. Prévisions T4"), ("Entretien annuel", ""),
           ("Réunion de lancement projet Orion", "Merci de lire le cahier des charges avant la réunion.")],
    "es": [("Reunión semanal de equipo", ""), ("Revisión de presupuesto", "Por favor, revisad el Excel antes de la reunión."), ("Llamada con cliente – Grupo Sur", "")],
    "nl": [("Wekelijks overleg", ""), ("Kwartaalreview Q2", "Agenda volgt."), ("Kennismaking nieuwe collega", "Even kennismaken bij de koffie.")],
    "it": [("Riunione settimanale", ""), ("Revisione progetto Delta", "Ordine del giorno nel documento condiviso.")],
    "sv": [("Veckomöte", ""), ("Planering Q4", "")],
    "ja": [("定例ミーティング", "議題：進捗確認、課題共有"), ("キックオフ", "")],
    "pl": [("Spotkanie zespołu", ""), ("Przegląd sprintu", "")],
    "fi": [("Viikkopalaveri", ""), ("Projektin aloitus", "")],
}
TZ_OF = {"en": "America/New_York", "de": "Europe/Berlin", "fr": "Europe/Paris", "es": "Europe/Madrid", "nl": "Europe/Amsterdam",
         "it": "Europe/Rome", "sv": "Europe/Stockholm", "ja": "Asia/Tokyo", "pl": "Europe/Warsaw", "fi": "Europe/Helsinki", "en-GB": "Europe/London"}


def title(r, lang):
    t, d = r.choice(MEET[lang])
    return t.format(a=r.choice(FIRST), b=r.choice(FIRST)), d


def mev(r, arr, tz, summ, desc=None, days=None, hour=None, minute=None, dur=None, loc=None, **kw):
    days = r.randint(1, 14) if days is None else days
    hour = r.choice([9, 10, 11, 13, 14, 15, 16]) if hour is None else hour
    minute = r.choice([0, 0, 0, 30]) if minute is None else minute
    _, s = slot(arr, tz, days, hour, minute)
    while to_local(tz, s).weekday() >= 5 and not kw.pop("weekend", False):
        s += dt.timedelta(days=1)
    return Ev(summary=summ, description=desc or None, start=s, end=s + dt.timedelta(minutes=dur or r.choice([30, 30, 45, 60, 60, 90])),
              tz=tz, location=loc, **kw)


def work_arrival(r, a=(2016, 1, 1), b=(2026, 10, 31)):
    while True:
        x = arrival_between(r, a, b)
        if x.weekday() < 5 and 6 <= x.hour <= 17:
            return x


# ----------------------------------------------------------------------------------------------- meeting-google
def meeting_google(r):
    out = []
    plan = [("en", "invite", "gmail"), ("en", "invite", "workspace"), ("de", "invite", "workspace"), ("fr", "invite", "workspace_gapps"),
            ("es", "invite", "gmail"), ("nl", "invite", "workspace"), ("it", "invite", "workspace"), ("sv", "invite", "gmail"),
            ("ja", "invite", "workspace"), ("en", "update", "workspace"), ("de", "update", "gmail"), ("en", "cancel", "workspace"),
            ("fr", "cancel", "gmail"), ("en", "reply", "gmail"), ("de", "reply", "workspace"), ("es", "reply", "workspace"),
            ("en", "recurring", "workspace"), ("pl", "invite", "workspace_gapps"), ("en", "invite_big", "workspace"), ("pt", "invite", "gmail"), ("en", "imminent", "workspace")]
    for lang, kind, auth in plan:
        arr = work_arrival(r)
        tz = TZ_OF.get(lang, "America/Sao_Paulo" if lang == "pt" else "Europe/London")
        dom = r.choice(ORGS) if auth != "gmail" else "gmail.com"
        org = person(r, dom)
        me = rcpt(r)
        L = lang if lang in MEET else "en"
        summ, desc = title(r, L)
        meet = r.random() < 0.65
        ev = mev(r, arr, tz, summ, desc)
        guests = [org, me] + [person(r, r.choice([dom, "example.net", r.choice(ORGS)])) for _ in range(r.randint(0, 4))]
        if r.random() < 0.25 and kind in ("invite", "update"):
            fid = r.urlsafe(33)
            nm = r.choice(["Agenda", "Notes", "Project brief", "Budget 2025"])
            ev.attach = [f"ATTACH;FILENAME={nm};FMTTYPE=application/vnd.google-apps.document:https://docs.google.com/document/d/{fid}/edit"]
        k = kind
        if kind == "recurring":
            ev.rrule = r.choice(["FREQ=WEEKLY;BYDAY=" + ["MO", "TU", "WE", "TH", "FR"][to_local(tz, ev.start).weekday() % 5], "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH"])
            k = "invite"
        if kind == "invite_big":
            guests = [org, me] + [person(r, dom) for _ in range(85)]
            ev.summary = "Company all-hands"
            ev.description = "Quarterly all-hands. Livestream for remote folks via Meet."
            k = "invite"
        if kind == "imminent":
            ev.start = arr + dt.timedelta(minutes=r.choice([3, 5, 10]))
            ev.start = ev.start.replace(second=0)
            ev.end = ev.start + dt.timedelta(minutes=15)
            ev.summary, ev.description = "Quick sync – can you jump on now?", "Sorry for the short notice, need 10 minutes on the release blocker."
            k = "invite"
            meet = True
        if kind in ("update", "cancel"):
            ev.seq = r.randint(1, 4) if kind == "update" else r.randint(0, 3)
        responder = None
        if kind == "reply":
            org, me = (person(r, "example.net"), (person(r, "gmail.com") if auth == "gmail" else person(r, r.choice(ORGS))))
            responder = me
        b = google_mail(r, arr=arr, org=org, rcpt=me if kind != "reply" else org, ev=ev, lang=lang, kind=k if kind != "reply" else "reply",
                        auth=auth, meet=meet and kind not in ("reply",), phone=r.random() < 0.5, guests=guests if kind != "reply" else None,
                        responder=responder, partstat=r.choice(["ACCEPTED", "ACCEPTED", "DECLINED", "TENTATIVE"]))
        if kind == "reply":
            # rcpt is the organizer at example.net
            pass
        out.append((b, f"Google Calendar {kind} ({lang}, {auth})" + (" with Meet link and dial-in" if meet and kind != "reply" else "") + (", 87 guests" if kind == "invite_big" else "") + (", ad-hoc meeting starting minutes after arrival (trap)" if kind == "imminent" else "")))
    return out


# ----------------------------------------------------------------------------------------------- meeting-outlook-teams
def meeting_outlook_teams(r):
    out = []
    plan = [("en", "invite", "exo", True), ("de", "invite", "exo", True), ("fr", "invite", "exo", True), ("nl", "invite", "exo", True),
            ("es", "invite", "exo", True), ("fi", "invite", "exo", True), ("it", "invite", "exo", True), ("de", "invite", "exchange_onprem", False),
            ("en-GB", "update", "exo", True), ("de", "update", "exchange_onprem", False), ("en", "cancel", "exo", True), ("de", "cancel", "exchange_onprem", False),
            ("en", "reply", "exo", False), ("de", "reply", "exo", False), ("fr", "reply", "exchange_onprem", False), ("en", "counter", "exo", False),
            ("en", "allhands", "exo", True), ("en", "skype", "exchange_onprem", False), ("de", "inline", "postfix", False), ("en", "series_seq", "exo", True),
            ("en", "outlookcom", "outlookcom", False)]
    for lang, kind, rk, teams in plan:
        arr = work_arrival(r, (2016, 1, 1) if kind == "skype" else (2019, 1, 1), (2019, 6, 30) if kind == "skype" else (2026, 10, 31))
        tz = TZ_OF.get(lang, "Europe/London")
        L = lang.split("-")[0] if lang.split("-")[0] in MEET else "en"
        internal = r.random() < 0.5 and rk == "exo"
        dom = "example.net" if internal else r.choice(ORGS)
        org = person(r, dom)
        me = rcpt(r)
        others = [person(r, r.choice([dom, "example.net"])) for _ in range(r.randint(0, 5))]
        summ, desc = title(r, L)
        if kind == "inline":
            ev = mev(r, arr, tz, summ, desc or "Bitte um kurze Rückmeldung.")
            b = outlook_inline(r, arr=arr, org=org, rcpts=[me], ev=ev, lang="de", route_kind="postfix")
            out.append((b, "Outlook 16 desktop (MIMEDIR) sending the invitation as a bare text/calendar body (cf. calmailproc test-10), dkim pass"))
            continue
        if kind == "outlookcom":
            org = person(r, r.choice(["outlook.com", "hotmail.com"]))
            ev = mev(r, arr, tz, "Coffee catch-up", "Looking forward to it!")
            b = exchange_mail(r, arr=arr, org=org, rcpts=[me], ev=ev, lang="en", route_kind="outlookcom", body_text="Looking forward to it!")
            out.append((b, "Outlook.com consumer invitation (Exchange PRODID, base64 calendar)"))
            continue
        ev = mev(r, arr, tz, summ, desc)
        body = desc
        extra = {}
        resp = None
        kk = kind
        if kind == "allhands":
            ev.summary = "Town Hall – Q" + str((to_local(tz, arr).month - 1) // 3 + 1)
            body = "Dear colleagues,\nplease join our quarterly town hall. The session will be recorded."
            others = [person(r, dom) for _ in range(120)]
            kk = "invite"
        if kind == "skype":
            kk = "invite"
            extra["skype"] = True
        if kind == "series_seq":
            ev.rrule = "FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;WKST=MO"
            ev.seq = r.randint(20, 41)
            ev.summary = "Weekly ops review"
            kk = "update"
        if kind == "update":
            ev.seq = r.randint(1, 5)
        if kind in ("reply", "counter"):
            resp = me
            org, me = (person(r, "example.net"), me)
            me = person(r, r.choice(ORGS))
            resp = me
        cs = r.random() < 0.6
        if kind in ("invite", "update") and r.random() < 0.35:
            fn = r.choice(["Agenda.pdf", "Tagesordnung.pdf", "Q3_Forecast.xlsx", "Präsentation.pptx", "Notes.docx"])
            ct = {"pdf": "application/pdf", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                  "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                  "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}[fn.rsplit(".", 1)[1]]
            head = b"%PDF-1.7\n" if fn.endswith("pdf") else b"PK\x03\x04\x14\x00\x06\x00"
            extra["attachments"] = [(ct, fn, head + bytes(r.getrandbits(8) for _ in range(r.randint(900, 2400))))]
        b = exchange_mail(r, arr=arr, org=org, rcpts=[me] + others if kind not in ("reply", "counter") else [me], ev=ev, lang=lang, kind=kk,
                          teams=teams, body_text=body, route_kind=rk, responder=resp, partstat=r.choice(["ACCEPTED", "TENTATIVE", "DECLINED"]),
                          counter_start=ev.start + dt.timedelta(days=1, hours=2) if kind == "counter" else None,
                          comment=r.choice(["Passt mir leider nicht, bin auf Dienstreise.", "Sorry, I have a clash – could we move it?", None]) if kind in ("reply", "counter") else None,
                          **extra)
        desc_ = {"invite": "invitation", "update": "update (SEQUENCE>0)", "cancel": "cancellation", "reply": "reply to the organizer",
                 "counter": "COUNTER proposal", "allhands": "town hall with 121 attendees", "skype": "Skype for Business meeting (2016-19)",
                 "series_seq": f"weekly series update with SEQUENCE {ev.seq}"}[kind]
        out.append((b, f"{'Exchange Online' if rk == 'exo' else 'Exchange on-prem'} {desc_} ({lang})" + (" with Teams join block and dial-in" if teams else "") + (", internal colleague" if internal and kind not in ("reply", "counter") else "")
                    + (", agenda attached (multipart/mixed)" if extra.get("attachments") else "")))
    return out


# ----------------------------------------------------------------------------------------------- meeting-zoom-webex
def meeting_zoom_webex(r):
    out = []
    for i in range(18):
        arr = work_arrival(r, (2017, 1, 1), (2026, 10, 31))
        me = rcpt(r)
        v = i % 9
        if v == 0:  # Zoom via Outlook
            lang = r.choice(["en", "de"])
            org = person(r, r.choice(ORGS))
            ev = mev(r, arr, TZ_OF[lang], title(r, lang)[0])
            b = exchange_mail(r, arr=arr, org=org, rcpts=[me], ev=ev, lang=lang, zoom=True, body_text="", route_kind=r.choice(["exo", "exchange_onprem"]))
            out.append((b, f"Outlook invitation with a Zoom join block and one-tap dial-ins ({lang})"))
        elif v == 1:  # Zoom for Google Workspace add-on
            org = person(r, r.choice(ORGS))
            zt, zurl = zoom_block(r, "en", org[0])
            ev = mev(r, arr, "America/Los_Angeles", r.choice(["Partner sync", "Pipeline review", "Onboarding call", "Research interview"]), zt, loc=zurl)
            b = google_mail(r, arr=arr, org=org, rcpt=me, ev=ev, lang="en", auth="workspace", meet=False)
            out.append((b, "Google Calendar invitation created with the Zoom add-on (Zoom URL in LOCATION, dial-ins in DESCRIPTION)"))
        elif v == 2:  # Webex site invite
            site = r.choice(["acme", "globex", "fabrikam", "uni-nord"])
            org = person(r, f"{site}.example.com")
            wt, wurl = webex_block(r, site)
            ev = mev(r, arr, "Europe/Berlin", r.choice(["Steering committee", "Vendor briefing", "Security review"]), f"{org[0]} invites you to join this Webex meeting.\n\n" + wt, loc=wurl)
            ev.organizer = org
            ev.attendees = [Att(me[1], cn=me[0] or None)]
            ev.uid = r.hexs(32)
            ics = vcal([ev], "REQUEST", "generic", prodid="-//Cisco Systems Inc.//Webex Meetings//EN", stamp=arr)
            txt = ev.description
            html = "<html><body>" + esc_html(txt).replace("\n", "<br>") + "</body></html>"
            b = generic_mail(r, arr=arr, frm=("Webex", "messenger@webex.com"), to=me, subject=f"Webex meeting invitation: {ev.summary}", ics=ics, layout="mixed_alt_cal_ics",
                             text=txt, html=html, reply_to=org, route_kind="esp", route_kw=dict(sign_domain="webex.com", host=f"rtp{r.randint(10, 99)}-mx.webex.com"),
                             bstyle="javamail", filename="WebexMeeting.ics")
            out.append((b, "Webex-generated meeting invitation from messenger@webex.com (reply-to organizer), dkim webex.com"))
        elif v == 3:  # Zoom-native meeting invitation email
            host = person(r, r.choice(ORGS))
            zt, zurl = zoom_block(r, "en", host[0])
            ev = mev(r, arr, "America/New_York", r.choice(["Office hours", "Weekly check-in", "Candidate debrief"]), zt, loc=zurl)
            ev.organizer = ("Zoom", "no-reply@zoom.us")
            ev.uid = f"ZOOM{r.randint(80000000000, 89999999999)}@zoom.us"
            ev.attendees = [Att(me[1])]
            ics = vcal([ev], "REQUEST", "generic", prodid="-//zoom.us//iCalendar Event//EN", stamp=arr)
            b = generic_mail(r, arr=arr, frm=(f"{host[0]} (via Zoom)", "no-reply@zoom.us"), to=me, subject=f"Invitation: {ev.summary}", ics=ics, layout="mixed_alt_attach",
                             text=zt, html="<html><body>" + esc_html(zt).replace("\n", "<br>") + "</body></html>", reply_to=host, route_kind="sendgrid",
                             route_kw=dict(sign_domain="zoom.us", esp_domain="zoom.us"), filename="zoom.ics", attach_ct='text/calendar; charset=utf-8; method=REQUEST; name="zoom.ics"')
            out.append((b, "invitation e-mailed by Zoom itself (PRODID zoom.us) via SendGrid, dkim zoom.us"))
        elif v == 4:  # GoToMeeting via Outlook
            org = person(r, r.choice(ORGS))
            code = r.randint(100000000, 999999999)
            txt = f"Please join my meeting from your computer, tablet or smartphone.\nhttps://meet.goto.com/{code}\n\nYou can also dial in using your phone.\nUnited States: +1 (571) 317-3122\nGermany: +49 721 6059 6510\n\nAccess Code: {str(code)[:3]}-{str(code)[3:6]}-{str(code)[6:]}\n\nNew to GoToMeeting? Get the app now and be ready when your first meeting starts: https://meet.goto.com/install"
            ev = mev(r, arr, "America/Chicago", r.choice(["Demo for Fabrikam", "Implementation call", "QBR"]))
            b = exchange_mail(r, arr=arr, org=org, rcpts=[me], ev=ev, lang="en", body_text=txt, route_kind="exo")
            out.append((b, "Outlook invitation with a GoToMeeting block and dial-in access code"))
        elif v == 5:  # Jitsi via Thunderbird
            org = person(r, r.choice(["mailbox.example.org", "verein-nord.example.org", "mailbox.org"]))
            room = f"https://meet.jit.si/{r.choice(['Vorstand', 'Orga', 'Redaktion'])}{r.alnum(10, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789')}"
            ev = mev(r, arr, "Europe/Berlin", r.choice(["Vorstandssitzung", "Redaktionstreffen", "Orga-Call Sommerfest"]), f"Einwahl per Browser: {room}\nEinwahl per Telefon: +49 89 380 38719 PIN: {r.digits(9)}#", loc=room, hour=19)
            b = thunderbird_mail(r, arr=arr, org=org, rcpts=[me], ev=ev, lang="de", route_kind="postfix" if org[1].split("@")[1] != "mailbox.org" else "freemail")
            out.append((b, "Thunderbird invitation with a Jitsi Meet room and phone PIN (de)"))
        elif v == 6:  # BlueJeans / Whereby via Google (older)
            org = person(r, r.choice(ORGS))
            num = r.digits(9)
            txt = r.choice([f"Join with BlueJeans: https://bluejeans.com/{num}\nPhone: +1.408.419.1715 (US), Meeting ID: {num}#",
                            f"Join the video room: https://whereby.com/{r.letters(8)}-team"])
            ev = mev(r, arr, "America/Los_Angeles", r.choice(["Standup", "Product sync", "Investor update"]), txt)
            b = google_mail(r, arr=arr, org=org, rcpt=me, ev=ev, lang="en", auth="workspace")
            out.append((b, "Google invitation with BlueJeans/Whereby link and phone meeting ID"))
        elif v == 7:  # Nextcloud Talk / BigBlueButton via Nextcloud
            org = person(r, "uni-nord.example.org")
            link = f"https://cloud.uni-nord.example.org/call/{r.alnum(8)}"
            ev = mev(r, arr, "Europe/Berlin", r.choice(["Doktorandenkolloquium", "AG-Treffen", "Prüfungsausschuss"]), f"Talk-Raum: {link}", loc=link)
            ev.organizer = org
            ev.attendees = [Att(me[1], cn=me[0] or None)]
            ev.uid = r.uuid4()
            ev.created = arr
            ics = vcal([ev], "REQUEST", "sabre", prodid="-//IDN nextcloud.com//Calendar app 4.7.16//EN", stamp=arr)
            txt = f"{org[0]} hat Sie zu »{ev.summary}« eingeladen\n\nTitel: {ev.summary}\nWann: {to_local('Europe/Berlin', ev.start):%d.%m.%Y %H:%M}\nOrt: {link}\nOrganisator: {org[0]}\n"
            b = generic_mail(r, arr=arr, frm=(f"{org[0]} (über Nextcloud)", "noreply@cloud.uni-nord.example.org"), to=me, subject=f"Einladung: {ev.summary}",
                             ics=ics, layout="alt_cal", text=txt, html="<html><body>" + esc_html(txt).replace("\n", "<br>") + "</body></html>", reply_to=org,
                             route_kind="postfix", route_kw=dict(host="mail.uni-nord.example.org", sign=[("uni-nord.example.org", "nc2024")]), bstyle="random")
            out.append((b, "Nextcloud Calendar invitation with a Talk room, sent by the system address with Reply-To organizer"))
        else:  # Teams webinar/meeting sent from Outlook for Mac
            org = person(r, r.choice(ORGS))
            ev = mev(r, arr, "Europe/London", r.choice(["Quarterly supplier review", "Architecture board"]))
            b = exchange_mail(r, arr=arr, org=org, rcpts=[me], ev=ev, lang="en-GB", teams=True, webex=None, body_text="Hi all,\nagenda to follow.", route_kind="exo")
            out.append((b, "Outlook (en-GB) Teams meeting with dial-in"))
    return out


# ----------------------------------------------------------------------------------------------- meeting-apple-thunderbird (and other clients)
def meeting_apple_thunderbird(r):
    out = []
    for i in range(20):
        arr = arrival_between(r, (2016, 1, 1), (2026, 10, 31))
        me = rcpt(r)
        v = i % 10
        if v in (0, 1):  # iCloud
            lang = ["en", "de", "fr", "es", "nl"][i % 5]
            org = person(r, r.choice(["icloud.com", "me.com"]))
            tz = TZ_OF.get(lang, "Europe/Paris")
            s, d = title(r, lang if lang in MEET else "en")
            ev = mev(r, arr, tz, s, d)
            kind = "cancel" if i == 11 else "invite"
            b = icloud_mail(r, arr=arr, org=org, rcpt=me, ev=ev, lang=lang, kind=kind)
            out.append((b, f"iCloud Calendar {kind} ({lang}), organizer is an @imip.me.com token with EMAIL= parameter"))
        elif v in (2, 3, 4):  # Thunderbird
            lang = ["de", "en", "fr", "pl", "it", "nl"][i % 6]
            dom = r.choice(["mailbox.example.org", "mailbox.org", "uni-nord.example.org", "example.org", "ingenieurbuero.example.com"])
            org = person(r, dom)
            s, d = title(r, lang if lang in MEET else "en")
            ev = mev(r, arr, TZ_OF.get(lang, "Europe/Berlin"), s, d, loc=r.choice([None, "Raum 1.07", "Café Central", "Besprechungsraum A"]))
            kind = ["invite", "invite", "reply", "counter", "update", "cancel"][i % 6]
            resp = None
            if kind in ("reply", "counter"):
                org, me2 = person(r, "example.net"), person(r, dom)
                resp = me2
            rk = "freemail" if dom == "mailbox.org" else "postfix"
            if kind in ("update",):
                ev.seq = 1
            b = thunderbird_mail(r, arr=arr, org=org, rcpts=[me] if kind not in ("reply", "counter") else [resp], ev=ev, lang=lang, kind=kind, route_kind=rk,
                                 responder=resp, partstat=r.choice(["ACCEPTED", "DECLINED", "TENTATIVE"]),
                                 counter_start=ev.start + dt.timedelta(hours=24) if kind == "counter" else None,
                                 comment="Geht es auch einen Tag später?" if kind == "counter" else None, legacy_subject=arr.year < 2021)
            out.append((b, f"Thunderbird/Lightning {kind} ({lang})"))
        elif v == 5:  # macOS Calendar sending iMIP through Mail (non-iCloud CalDAV account)
            org = person(r, r.choice(ORGS))
            s, d = title(r, "en")
            ev = mev(r, arr, "Europe/London", s, d)
            ev.organizer = org
            ev.attendees = [Att(org[1], cn=org[0], partstat="ACCEPTED", role="CHAIR", rsvp=False), Att(me[1], cn=me[0] or None)]
            ev.uid = r.uuid4().upper()
            ev.created = arr - dt.timedelta(minutes=3)
            ev.extra = ["X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC"]
            ev.alarms = [Alarm(trigger="-PT15M", action="AUDIO", attach="ATTACH;VALUE=URI:Chord", description=None,
                               extra=[f"X-WR-ALARMUID:{r.uuid4().upper()}", f"UID:{r.uuid4().upper()}", "X-APPLE-DEFAULT-ALARM:TRUE"])]
            ver = r.choice(["13.5", "14.6.1", "15.1"]) if arr.year >= 2022 else r.choice(["10.14.6", "10.15.7", "11.6"])
            ics = vcal([ev], "REQUEST", "macos", prodid=f"-//Apple Inc.//{'macOS' if arr.year >= 2022 else 'Mac OS X'} {ver}//EN", stamp=arr)
            txt = f"{org[0]} has invited you to {ev.summary}.\n"
            b = generic_mail(r, arr=arr, frm=org, to=me, subject=ev.summary, ics=ics, layout="mixed_plain_attach", text=txt, bstyle="apple",
                             attach_ct=f'text/calendar; charset=utf-8; method=REQUEST; name="iCal-{arr:%Y%m%d-%H%M%S}.ics"', filename=f"iCal-{arr:%Y%m%d-%H%M%S}.ics",
                             cal_cte="quoted-printable", text_cte="7bit", msgid=f"<{r.uuid4().upper()}@{org[1].split('@')[1]}>", route_kind="postfix",
                             hdr_extra=[("X-Mailer", "Apple Mail (2.3776.700.51)"), ("X-Mail-Calendar-Part", "Yes")], date_tz="Europe/London")
            out.append((b, "macOS Calendar invitation sent through Apple Mail (CalDAV account without server scheduling)"))
        elif v == 6:  # Evolution / KOrganizer
            which = r.choice(["evolution", "korganizer"])
            org = person(r, r.choice(["example.org", "kde-verein.example.org", "linux-ug.example.org"]))
            ev = mev(r, arr, "Europe/Berlin", r.choice(["LUG Stammtisch", "Release planning", "Sprint review"]), "Wie immer im Hinterzimmer." if which == "korganizer" else "Agenda on the wiki.", hour=19)
            ev.organizer = org
            ev.attendees = [Att(me[1], cn=me[0] or None, rsvp=True)]
            ev.uid = r.uuid4() if which == "korganizer" else f"{r.hexs(40)}"
            ev.created = arr - dt.timedelta(minutes=5)
            ev.last_modified = arr
            pid = "-//Ximian//NONSGML Evolution Calendar//EN" if which == "evolution" else f"-//K Desktop Environment//NONSGML KOrganizer {r.choice(['5.24.4 (23.08.4)', '6.2.2 (24.08.2)'])}//EN"
            ics = vcal([ev], "REQUEST", "generic", prodid=pid, stamp=arr)
            b = generic_mail(r, arr=arr, frm=org, to=me, subject=ev.summary if which == "evolution" else f"Invitation: {ev.summary}", ics=ics,
                             layout="mixed_plain_attach" if which == "evolution" else "alt_plain_cal", text="An invitation." if which == "evolution" else f"{org[0]} has invited you to {ev.summary}.",
                             route_kind="postfix", route_kw=dict(no_dkim=True), attach_ct="text/calendar; charset=UTF-8; method=REQUEST; name=meeting.ics", filename="meeting.ics",
                             hdr_extra=[("User-Agent", "Evolution 3.50.2-1" if which == "evolution" else "KMail/5.24.4 (Linux/6.5.0; KDE/5.113.0)")])
            out.append((b, f"{which} invitation from a self-hosted domain"))
        elif v == 7:  # Horde / SOGo / Roundcube (webmail)
            pid, ua, st = r.choice([("-//The Horde Project//Horde iCalendar Library//EN", "Horde Application Framework 5", "generic"),
                                    ("-//Inverse inc./SOGo 5.11.2//EN", "SOGoMail 5.11.2", "generic"),
                                    ("-//Roundcube 1.6.9//Sabre VObject 4.5.5//EN", "Roundcube Webmail/1.6.9", "sabre")])
            dom = r.choice(["uni-nord.example.org", "stadtwerke.example.org", "hochschule.example.org"])
            org = person(r, dom)
            ev = mev(r, arr, "Europe/Berlin", r.choice(["Berufungskommission", "Teamrunde", "Abstimmung Haushalt", "Sprechstunde"]), "Bitte Unterlagen vorab lesen.")
            ev.organizer = org
            ev.attendees = [Att(org[1], cn=org[0], partstat="ACCEPTED", role="CHAIR", rsvp=False), Att(me[1], cn=me[0] or None)]
            ev.uid = f"{arr:%Y%m%d%H%M%S}.{r.alnum(8)}@{dom}"
            ics = vcal([ev], "REQUEST", st, prodid=pid, stamp=arr)
            txt = f"Sie wurden von {org[0]} zu folgendem Termin eingeladen:\n\n{ev.summary}\nDatum: {to_local('Europe/Berlin', ev.start):%d.%m.%Y}\nUhrzeit: {to_local('Europe/Berlin', ev.start):%H:%M} - {to_local('Europe/Berlin', ev.end):%H:%M}\n"
            b = generic_mail(r, arr=arr, frm=org, to=me, subject=f"Einladung: {ev.summary}", ics=ics, layout=r.choice(["mixed_alt_cal_ics", "mixed_related", "alt_cal"]), text=txt,
                             html="<html><body><p>" + esc_html(txt).replace("\n", "<br>") + "</p></body></html>", route_kind="postfix",
                             route_kw=dict(webmail=f"webmail.{dom}", user=org[1]), bstyle=r.choice(["horde", "sabre"]), filename="event-invitation.ics",
                             hdr_extra=[("User-Agent", ua)], charset="utf-8")
            out.append((b, f"webmail calendar invitation ({pid.split('//')[1]})"))
        elif v == 8:  # Fastmail / Proton / mailbox.org (OX)
            which = r.choice(["fastmail", "proton", "ox"])
            dom = {"fastmail": "fastmail.com", "proton": "proton.me", "ox": "mailbox.org"}[which]
            org = person(r, dom)
            ev = mev(r, arr, "Europe/Amsterdam", r.choice(["Call with accountant", "Vereinsvorstand", "Bandprobe", "Planning session"]), "")
            ev.organizer = org
            ev.attendees = [Att(org[1], cn=org[0], partstat="ACCEPTED", rsvp=False), Att(me[1], cn=me[0] or None)]
            ev.uid = r.uuid4()
            pid = {"fastmail": "-//CyrusIMAP.org/Cyrus 3.11.0-alpha0-1108-g3a8d6f0a1-fm-20241016.001-g3a8d6f0a//EN",
                   "proton": "-//Proton AG//WebCalendar 5.0.52.6//EN", "ox": "-//Open-Xchange//8.30.0//EN"}[which]
            ics = vcal([ev], "REQUEST", "generic", prodid=pid, stamp=arr)
            b = generic_mail(r, arr=arr, frm=org, to=me, subject=f"Invitation: {ev.summary}", ics=ics, layout="mixed_alt_cal_ics" if which != "proton" else "mixed_plain_attach",
                             text=f"You have been invited to {ev.summary}.", html=f"<p>You have been invited to <b>{esc_html(ev.summary)}</b>.</p>",
                             route_kind="freemail", filename="invite.ics")
            out.append((b, f"{which} web calendar invitation (dkim {dom})"))
        else:  # Zimbra
            dom = r.choice(["stadtwerke.example.org", "grupo-sur.example.com"])
            org = person(r, dom)
            ev = mev(r, arr, "Europe/Madrid", r.choice(["Comité de dirección", "Reunión de seguimiento"]), "Orden del día en el documento compartido.")
            ev.organizer = org
            ev.attendees = [Att(me[1], cn=me[0] or None)]
            ev.uid = r.uuid4()
            ev.extra = ["X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:-" + r.digits(9), "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY"]
            ics = vcal([ev], "REQUEST", "generic", prodid="Zimbra-Calendar-Provider", stamp=arr)
            txt = f"Se le ha invitado a una nueva reunión.\n\nAsunto: {ev.summary}\nOrganizador: \"{org[0]}\" <{org[1]}>\n\nHora: {to_local('Europe/Madrid', ev.start):%A, %d de %B de %Y, %H:%M}\n*~*~*~*~*~*~*~*~*~*\n\n{ev.description}"
            b = generic_mail(r, arr=arr, frm=org, to=me, subject=ev.summary, ics=ics, layout="alt_cal", text=txt, html="<html><body>" + esc_html(txt).replace("\n", "<br>") + "</body></html>",
                             route_kind="postfix", bstyle="zimbra", hdr_extra=[("X-Mailer", "Zimbra 10.0.8_GA_4649 (ZimbraWebClient - FF128 (Linux)/10.0.8_GA_4649)"), ("Thread-Topic", ev.summary)])
            out.append((b, "Zimbra invitation (es)"))
    return out
