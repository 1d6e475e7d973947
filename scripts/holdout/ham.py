"""Legitimate calendar mail of the held-out corpus, including false-positive traps."""
from __future__ import annotations

import datetime as dt

from common import FREEMAIL, button_html, others, randmail
from kit import UTC, text_to_html
from spam import when


def hm(g, cat, desc, combo, year, summary, body=None, *, lang="en", tz="Europe/Berlin", frm=None, to=None, ev=None, mo=None,
       workhours=True, **kw):
    infra, client = combo
    rcpt = to or g.staff()
    arrival = when(year, mo, h=g.rng.randint(6, 17) if workhours else None, g=g)
    if workhours and arrival.weekday() >= 5:
        arrival = arrival - dt.timedelta(days=arrival.weekday() - 4)
    e = {"summary": summary, "desc": body, "tz": tz, "days": g.pick([1, 2, 3, 6, 8, 13]), "at": (g.pick([9, 10, 11, 13, 14, 15, 16]), g.pick([0, 0, 30])), "dur": g.pick([30, 45, 60, 60, 90])}
    if ev:
        e.update(ev)
    frm = frm or g.person(g.pick(["example.org", "example.com"]))
    spec = {"label": "ham", "cat": cat, "desc": desc, "arrival": arrival, "to": [rcpt], "infra": infra, "client": client, "lang": lang,
            "sender_tz": kw.pop("sender_tz", tz), "ev": e, "from": frm}
    e.setdefault("organizer", frm)
    if "attendees" not in e and kw.get("method") == "PUBLISH":
        e["attendees"] = []
    if "attendees" not in e:
        e["attendees"] = [(frm[0], frm[1], "ACCEPTED"), (rcpt[0], rcpt[1])]
    spec.update(kw)
    return spec


GW = ("gcal", "google")
EXO = ("o365", "outlook")
OUT16 = ("o365", "outlook16")
INT = ("internal", "outlook16")


def meet(g):
    return f"https://meet.google.com/{g.lower(3)}-{g.lower(4)}-{g.lower(3)}"


def teams_block(g, lang="en", phone="+1 323-555-0100"):
    url = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{g.alnum(48)}%40thread.v2/0?context=%7b%22Tid%22%3a%22{g.uuid()}%22%2c%22Oid%22%3a%22{g.uuid()}%22%7d"
    mid = f"{g.rng.randint(100, 999)} {g.rng.randint(100, 999)} {g.rng.randint(100, 999)} {g.rng.randint(100, 999)}"
    pc = g.alnum(6)
    cid = f"{g.rng.randint(100, 999)} {g.rng.randint(100, 999)} {g.rng.randint(100, 999)}#"
    t = {"en": ("Microsoft Teams meeting", "Join on your computer, mobile app or room device", "Click here to join the meeting", "Meeting ID", "Passcode", "Or call in (audio only)", "Phone Conference ID", "Find a local number | Reset PIN", "Learn More | Meeting options"),
         "de": ("Microsoft Teams-Besprechung", "Nehmen Sie über Ihren Computer, die mobile App oder das Raumgerät teil", "Klicken Sie hier, um an der Besprechung teilzunehmen", "Besprechungs-ID", "Kennung", "Oder rufen Sie an (nur Audio)", "Konferenz-ID", "Lokale Nummer suchen | PIN zurücksetzen", "Weitere Infos | Besprechungsoptionen"),
         "fr": ("Réunion Microsoft Teams", "Rejoindre sur votre ordinateur, application mobile ou appareil de salle", "Cliquez ici pour participer à la réunion", "ID de réunion", "Code secret", "Ou appelez (audio seulement)", "ID de conférence téléphonique", "Trouver un numéro local | Réinitialiser le code PIN", "En savoir plus | Options de réunion")}[lang]
    txt = ("_" * 80 + f"\n{t[0]}\n{t[1]}\n{t[2]}<{url}>\n{t[3]}: {mid}\n{t[4]}: {pc}\n{t[5]}\n{phone},,{cid.replace(' ', '')} \n{t[6]}: {cid}\n{t[7]}<https://dialin.teams.microsoft.com/{g.uuid()}?id={cid.replace(' ', '').strip('#')}>\n{t[8]}<https://aka.ms/JoinTeamsMeeting>\n" + "_" * 80)
    return url, txt


# ---------------------------------------------------------------------------
def meetings(g):
    c = "meetings"
    L = []
    org = g.person("northbridge.example.com")
    mu = meet(g)
    L.append(hm(g, c, "Google Workspace partner meeting with Meet link and phone dial-in", GW, 2023, "Northbridge x Example – integration check-in",
                "Agenda:\n1. API rate limits\n2. Webhook retries\n3. Go-live date\n\nDeck: https://docs.google.com/presentation/d/1" + g.alnum(43) + "/edit",
                tz="America/New_York", frm=org, workspace_dkim=True,
                ev={"meet": mu, "meet_phone": f"(US) +1 470-555-01{g.rng.randint(10, 99)} PIN: {g.rng.randint(100000000, 999999999)}#",
                    "conference": [], "extra": [f"X-GOOGLE-CONFERENCE:{mu}"],
                    "attendees": [(org[0], org[1], "ACCEPTED")] + [(p[0], p[1]) for p in [g.staff(), g.person("northbridge.example.com"), g.staff()]]}))
    url, tb = teams_block(g, "de", "+49 69 555 01234")
    o = g.person("example.org")
    L.append(hm(g, c, "German Teams meeting from an Exchange Online tenant with dial-in", EXO, 2022, "Abstimmung Projektplan Q3", tb, lang="de",
                frm=o, accept_lang="de-DE, en-US", content_lang="de-DE", ev={"teams": url, "loc": "Microsoft Teams-Besprechung", "lang": "de-DE"}))
    url, tb = teams_block(g, "en", "+1 206-555-0142")
    o = g.person("contoso-partners.example.com")
    L.append(hm(g, c, "Teams quarterly business review with 25 attendees", EXO, 2024, "QBR – Q2 results and pipeline",
                "Hi all, please find the QBR invite below. Pre-read will follow by Monday.\n\n" + tb, tz="America/Chicago", frm=o,
                ev={"teams": url, "loc": "Microsoft Teams Meeting; Conf Room 4B", "attendees": [(o[0], o[1], "ACCEPTED")] + others(g, 24, ["contoso-partners.example.com", "example.net"])}))
    zid = f"{g.rng.randint(800, 999)} {g.rng.randint(1000, 9999)} {g.rng.randint(1000, 9999)}"
    zt = (f"Join Zoom Meeting\nhttps://us02web.zoom.us/j/{zid.replace(' ', '')}?pwd={g.alnum(32)}\n\nMeeting ID: {zid}\nPasscode: {g.rng.randint(100000, 999999)}\n\n---\n\nOne tap mobile\n+13017158592,,{zid.replace(' ', '')}# US (Washington DC)\n+13126266799,,{zid.replace(' ', '')}# US (Chicago)\n\n"
          f"Dial by your location\n        +1 646 555 0188 US (New York)\n        +1 669 555 0190 US (San Jose)\n        +44 20 7946 0311 United Kingdom\n        +49 30 5557 0129 Germany\nFind your local number: https://us02web.zoom.us/u/{g.alnum(9)}")
    L.append(hm(g, c, "Outlook desktop invite carrying a Zoom link and many dial-in numbers", OUT16, 2021, "Design review – mobile onboarding", zt, tz="America/Los_Angeles",
                frm=g.person("studio-kite.example.com"), ev={"loc": f"https://us02web.zoom.us/j/{zid.replace(' ', '')}"}))
    L.append(hm(g, c, "Webex meeting invitation from a supplier", ("esp:sparkpost", "webex"), 2019, "Supplier quality audit – prep call",
                f"Join meeting: https://example-supplier.webex.com/example-supplier/j.php?MTID=m{g.hex(32)}\nMeeting number: 2641 {g.rng.randint(100, 999)} {g.rng.randint(1000, 9999)}\nPassword: {g.alnum(10)}\nJoin by phone\n+1-415-555-0166 United States Toll\nAccess code: 2641 {g.rng.randint(100, 999)} {g.rng.randint(1000, 9999)}",
                frm=("Cisco Webex", "messenger@webex.com"), tz="America/New_York", esp_dom="webex.com",
                ev={"organizer": g.person("supplier.example.com"), "loc": "https://example-supplier.webex.com/meet/quality"}))
    o = randmail(g, "icloud.com")
    L.append(hm(g, c, "French iCloud weekly team invite", ("icloud", "icloud"), 2018, "Point hebdo équipe", "Ordre du jour : planning, recrutements, divers.", lang="fr", tz="Europe/Paris",
                frm=(o[0], "noreply@insideicloud.icloud.com"), ev={"organizer": o, "loc": "Salle Voltaire, 3e étage", "rrule": "FREQ=WEEKLY;BYDAY=TU", "attendees": [(o[0], o[1], "ACCEPTED"), g.staff()]}))
    o = g.person("uni.example.org")
    L.append(hm(g, c, "Thunderbird invite from a university without DKIM", ("smallorg", "thunderbird"), 2017, "Doktorandenseminar: Zwischenstand",
                "Liebe alle,\nanbei die Einladung zum nächsten Doktorandenseminar. Vortrag: Messunsicherheit in optischen Sensoren.\nViele Grüße", lang="de", frm=o, helo="mail.uni.example.org",
                ev={"loc": "Raum H 2.14", "attendees": [(o[0], o[1], "ACCEPTED")] + [g.staff() for _ in range(3)]}))
    o = g.person("vereniging.example.org")
    L.append(hm(g, c, "Dutch Nextcloud board meeting with Talk link", ("smallorg", "nextcloud"), 2023, "Bestuursvergadering juni",
                "Agenda volgt. Online deelnemen via Talk: https://cloud.vereniging.example.org/call/" + g.lower(8), lang="nl", tz="Europe/Amsterdam", frm=o, nc_host="cloud.vereniging.example.org",
                auth={"dkim": [("pass", "vereniging.example.org", "mail")], "dmarc": ("pass", "vereniging.example.org")}))
    o = g.person("ateneo.example.org")
    L.append(hm(g, c, "Italian Zimbra department meeting", ("smallorg", "zimbra"), 2020, "Riunione di reparto", "Ordine del giorno:\n- budget laboratorio\n- turni estivi\n- varie ed eventuali",
                lang="it", tz="Europe/Rome", frm=o, auth={"dkim": [("pass", "ateneo.example.org", "zimbra")], "dmarc": ("pass", "ateneo.example.org")}))
    o = g.person("verwaltung.example.org")
    L.append(hm(g, c, "German Horde/Kronolith working-group invitation (old, no DKIM)", ("smallorg", "horde"), 2016, "Arbeitskreis Datenschutz", "Themen: Löschkonzept, Auftragsverarbeitung, Schulungstermine.",
                lang="de", frm=o))
    o = g.person("fundacion.example.org")
    L.append(hm(g, c, "Spanish SOGo coordination meeting", ("smallorg", "sogo"), 2019, "Reunión de coordinación", "Revisamos el calendario de actividades del trimestre.", lang="es", tz="Europe/Madrid", frm=o,
                auth={"dkim": [("pass", "fundacion.example.org", "default")], "dmarc": ("pass", "fundacion.example.org")}))
    url, tb = teams_block(g, "en", "+49 30 555 0177")
    me = g.staff()
    L.append(hm(g, c, "internal weekly sprint planning with Teams link (ends after 12 sprints)", INT, 2024, "Sprint planning", "Backlog: https://jira.example.net/secure/RapidBoard.jspa?rapidView=42\n\n" + tb,
                frm=me, ev={"rrule": "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;COUNT=12", "loc": "Room Elbe / Teams", "attendees": [(me[0], me[1], "ACCEPTED")] + [g.staff() for _ in range(8)]}))
    o = g.person("shinwa.example.com")
    L.append(hm(g, c, "Japanese Google Calendar regular meeting with Meet", GW, 2022, "定例ミーティング（開発チーム）", "議題：\n・進捗確認\n・来週のリリース\n・その他", lang="ja", tz="Asia/Tokyo", frm=o, workspace_dkim=True,
                ev={"meet": meet(g)}))
    o = g.person("atlas-consulting.example.com")
    L.append(hm(g, c, "partner kickoff from on-prem Exchange without DKIM, GoToMeeting link", ("smallorg", "outlook"), 2016, "Vendor kickoff – Project Atlas",
                f"Please join my meeting from your computer, tablet or smartphone.\nhttps://global.gotomeeting.com/join/{g.rng.randint(100000000, 999999999)}\n\nYou can also dial in using your phone.\nUnited States: +1 (571) 555-0119\nAccess Code: {g.rng.randint(100, 999)}-{g.rng.randint(100, 999)}-{g.rng.randint(100, 999)}",
                tz="America/New_York", frm=o, helo="exch01.atlas-consulting.example.com"))
    o = randmail(g, "fastmail.com")
    L.append(hm(g, c, "open-source maintainers monthly sync with Jitsi link, endless", ("smallorg", "generic"), 2025, "Maintainers sync (monthly)",
                "Notes: https://pad.example.org/p/maintainers\nCall: https://meet.jit.si/" + g.alnum(16), tz="UTC", frm=o, prodid_style="fastmail",
                ev={"rrule": "FREQ=MONTHLY;BYDAY=1TH", "attendees": [(o[0], o[1], "ACCEPTED")] + others(g, 7)},
                auth={"dkim": [("pass", "fastmail.com", "fm3"), ("pass", "messagingengine.com", "fm3")], "dmarc": ("pass", "fastmail.com")}))
    o = g.staff()
    L.append(hm(g, c, "internal one-to-one, Outlook sending the calendar as the whole body", ("internal", "outlook_inline"), 2020, "1:1 Catch-up", "Quick catch-up on the migration plan.", tz="Europe/London", frm=o,
                ev={"loc": "My desk / Teams"}))
    return L


def travel(g):
    c = "travel"
    L = []
    ref = g.alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    u = f"https://www.nordlys-air.example.com/manage?pnr={ref}&ln=Okafor"
    L.append(hm(g, c, "airline e-ticket receipt with manage-booking link, price and phone", ("esp:ses", "esp"), 2023, f"Flight NL 482 Oslo – Berlin",
                f"Booking reference: {ref}\nFlight NL 482, Oslo (OSL) 07:35 – Berlin (BER) 09:40\nFare total: NOK 1 849\nCheck-in opens 24 hours before departure.\nManage your booking: {u}\nCustomer service: +47 21 55 50 10",
                tz="Europe/Berlin", frm=("Nordlys Air", "no-reply@nordlys-air.example.com"), subject=f"Your e-ticket receipt – booking {ref}",
                html=button_html("Your trip to Berlin", [f"Booking reference <b>{ref}</b>", "Flight NL 482 · Oslo 07:35 → Berlin 09:40", "Total paid: NOK 1 849"], "Manage booking", u, "#00205b"),
                ev={"days": 21, "at": (7, 35), "dur": 125, "loc": "Oslo Airport (OSL)"}, method="PUBLISH", ics_name="flight.ics"))
    ref = str(g.rng.randint(100000000000, 999999999999))
    L.append(hm(g, c, "rail ticket with calendar attached as text/plain .ics (as real rail operators do)", ("esp:other", "esp"), 2024, "Köln Hbf → München Hbf",
                f"Buchungsbestätigung\nAuftragsnummer: {ref}\nICE 527, Abfahrt 08:54 Köln Hbf, Gleis 5 – Ankunft 13:27 München Hbf\nPreis: 59,90 €\nIhr Ticket finden Sie im Kundenkonto.",
                lang="de", frm=("Rheinschiene Fernverkehr", "buchung@rheinschiene.example.com"),
                subject=f"Buchungsbestätigung (Auftrag: {ref})", ics_ctype="text/plain; charset=UTF-8; name=TICKET_Hinfahrt.ics", ics_name="TICKET_Hinfahrt.ics", ics_cte="quoted-printable",
                method="PUBLISH", ev={"days": 9, "at": (8, 54), "dur": 273, "loc": "Köln Hbf", "organizer": None}))
    ref = str(g.rng.randint(1000000000, 9999999999))
    u = f"https://secure.stayhub.example.com/confirmation/{ref}?pin={g.rng.randint(1000, 9999)}"
    L.append(hm(g, c, "hotel confirmation with free-cancellation deadline urgency", ("esp:sendgrid", "esp"), 2022, "Hotel Am Stadtpark – 2 nights",
                f"Your booking is confirmed.\nConfirmation number: {ref}\nPIN: {g.rng.randint(1000, 9999)}\nCheck-in: from 15:00 · Check-out: until 11:00\nTotal price: € 312.00 (pay at the property)\nFree cancellation until 23:59 the day before arrival – after that you'll be charged the full amount.\nManage your booking: {u}\nProperty phone: +49 40 5550 1234",
                tz="Europe/Berlin", frm=("StayHub", "noreply@stayhub.example.com"), subject=f"Booking confirmation: Hotel Am Stadtpark ({ref})", method="PUBLISH",
                ev={"allday": True, "days": 30, "ndays": 2, "loc": "Hotel Am Stadtpark, Parkallee 12, Hamburg", "organizer": None}))
    ref = "R" + str(g.rng.randint(10 ** 8, 10 ** 9))
    L.append(hm(g, c, "car rental pick-up with deposit and phone", ("esp:mandrill", "esp"), 2021, f"Car pick-up – Lisbon Airport ({ref})",
                f"Reservation {ref}\nPick-up: Lisbon Airport desk, 14:30\nVehicle: VW Golf or similar, automatic\nEstimated total: € 246,80 · Deposit: € 900 (credit card in the driver's name required)\nDesk: +351 21 555 0134\nChange or cancel: https://rent.tejocars.example.com/r/{ref}",
                tz="Europe/Lisbon", frm=("Tejo Car Rental", "reservations@tejocars.example.com"), method="PUBLISH", ev={"days": 12, "at": (14, 30), "dur": 30}))
    ref = g.alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ")
    L.append(hm(g, c, "online check-in reminder that closes soon", ("esp:ses", "esp"), 2025, "Online check-in is open",
                f"Check in now for flight AX 1207 to Madrid. Online check-in closes 2 hours before departure.\nBooking reference: {ref}\nCheck in: https://www.aeroiberica.example.com/checkin?pnr={ref}\nBaggage allowance: 1 × 23 kg",
                tz="Europe/Madrid", frm=("AeroIbérica", "checkin@aeroiberica.example.com"), method="PUBLISH", ev={"days": 1, "at": (6, 50), "dur": 150, "loc": "Frankfurt (FRA) Terminal 1"}))
    ref = g.alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ")
    L.append(hm(g, c, "flight schedule change as an updated calendar (SEQUENCE 2)", ("esp:ses", "esp"), 2019, "Schedule change: AX 3310",
                f"Important: the departure time of your flight has changed.\nBooking {ref}: AX 3310 Madrid – Lisbon, new departure 16:05 (was 14:40).\nAccept the change or request a refund: https://www.aeroiberica.example.com/manage?pnr={ref}",
                tz="Europe/Madrid", frm=("AeroIbérica", "notifications@aeroiberica.example.com"), method="REQUEST", ev={"days": 40, "at": (16, 5), "dur": 75, "seq": 2}))
    ref = str(g.rng.randint(100000, 999999))
    L.append(hm(g, c, "ferry booking with vehicle and cabin", ("esp:other", "esp"), 2018, "Ferry Kiel – Oslo, cabin booked",
                f"Booking number {ref}\nDeparture Kiel 14:00, arrival Oslo 10:00 next day\nCabin: 2-berth inside · Vehicle: car up to 1.85 m\nTotal: 389,00 €\nCheck-in closes 60 minutes before departure.",
                frm=("Baltic Line Ferries", "booking@balticline.example.com"), method="PUBLISH", ev={"days": 50, "at": (14, 0), "dur": 1200, "loc": "Kiel Norwegenkai"}))
    ref = g.alnum(8, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    L.append(hm(g, c, "long-distance bus ticket with QR code note", ("esp:sendgrid", "esp"), 2023, "Bus Prague → Vienna",
                f"Booking {ref}\nDeparture 09:15 Praha ÚAN Florenc, platform 7\nArrival 13:20 Wien Erdberg\nPrice: 19,99 €\nShow the QR code in the app when boarding.",
                tz="Europe/Prague", frm=("GreenCoach", "tickets@greencoach.example.com"), method="PUBLISH", ev={"days": 5, "at": (9, 15), "dur": 245}))
    L.append(hm(g, c, "travel-agency itinerary with three legs in one calendar", ("esp:other", "esp"), 2024, "Itinerary: Singapore trip",
                "Your itinerary (3 segments). Please check passport validity (6 months).\nAgency 24h line: +44 20 7946 0888", tz="Asia/Singapore",
                frm=("Wayfarer Travel", "itinerary@wayfarer.example.com"), method="PUBLISH",
                ev={"days": 60, "at": (11, 40), "dur": 780, "multi": [{"summary": "Flight FRA → SIN"}, {"summary": "Hotel check-in Marina", "shift": 900}, {"summary": "Flight SIN → FRA", "shift": 8 * 1440}]}))
    ref = "PNR " + g.alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ")
    L.append(hm(g, c, "Italian train ticket", ("esp:other", "esp"), 2022, "Frecciarossa 9531 Milano C.le → Roma Termini",
                f"Codice biglietto {ref}\nPartenza 10:00 Milano Centrale – Arrivo 13:10 Roma Termini\nCarrozza 7, posto 12A\nImporto: 59,90 €", lang="it", tz="Europe/Rome",
                frm=("Ferrovie Veloci", "noreply@ferrovieveloci.example.com"), method="PUBLISH", ev={"days": 4, "at": (10, 0), "dur": 190}))
    ref = g.alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ")
    L.append(hm(g, c, "Spanish flight with seat and payment confirmation", ("esp:ses", "esp"), 2020, "Vuelo Madrid – Tenerife Norte",
                f"Localizador: {ref}\nSalida 07:10 – Llegada 08:55 (hora local)\nAsiento 14C · Tarifa: 87,40 €\nGestiona tu reserva: https://www.aeroiberica.example.com/es/reserva?loc={ref}", lang="es", tz="Europe/Madrid",
                frm=("AeroIbérica", "reservas@aeroiberica.example.com"), method="PUBLISH", ev={"days": 18, "at": (7, 10), "dur": 165}))
    L.append(hm(g, c, "Japanese hotel reservation", ("esp:other", "esp"), 2019, "ホテル予約確認：京都駅前ホテル",
                f"ご予約ありがとうございます。\n予約番号：{g.rng.randint(10 ** 7, 10 ** 8)}\nチェックイン：15:00～\n料金：24,800円（税込）\nキャンセルは前日18時まで無料です。\nお問い合わせ：075-555-0123", lang="ja", tz="Asia/Tokyo",
                frm=("京都駅前ホテル", "reserve@kyoto-ekimae.example.com"), method="PUBLISH", ev={"allday": True, "days": 25, "ndays": 2}))
    return L


def tickets(g):
    c = "tickets_dining"
    L = []
    ref = g.alnum(8, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    L.append(hm(g, c, "restaurant reservation with cancellation link and phone", ("esp:sendgrid", "esp"), 2023, "Table for 4 at Trattoria Sole",
                f"Your reservation is confirmed.\nFriday, 19:30 · 4 guests\nConfirmation #{ref}\nPlease let us know if you're running late: +49 30 5550 1987\nModify or cancel: https://tablenow.example.com/r/{ref}\nA no-show fee of €20 per person applies.",
                frm=("TableNow", "reservations@tablenow.example.com"), method="REQUEST", ev={"days": 3, "at": (19, 30), "dur": 120, "loc": "Trattoria Sole, Kastanienallee 8, Berlin"}, workhours=False))
    ref = str(g.rng.randint(10 ** 9, 10 ** 10))
    L.append(hm(g, c, "concert e-tickets with doors-open time, price and resale link", ("esp:mandrill", "esp"), 2022, "The Lanterns – live",
                f"Order {ref}\n2 × Standing, € 54.50 each (incl. fees)\nDoors 19:00 · Show 20:00\nYour mobile tickets are in the app. Can't go? Resell safely: https://tix.example.com/resale/{ref}",
                frm=("TixHall", "orders@tix.example.com"), subject=f"Your tickets for The Lanterns – order {ref}", method="PUBLISH",
                ev={"days": 45, "at": (19, 0), "dur": 240, "loc": "Columbiahalle, Berlin"}))
    L.append(hm(g, c, "football match ticket with turnstile info", ("esp:other", "esp"), 2024, "FC Hafenstadt vs. SV Bergland",
                f"Ticket for Block 23, Row 14, Seat 7 – € 38,00\nKick-off 15:30, gates open 13:30\nOrder number {g.rng.randint(10 ** 6, 10 ** 7)}\nPublic transport included on match day.", lang="en",
                frm=("FC Hafenstadt Ticketing", "tickets@fc-hafenstadt.example.com"), method="PUBLISH", ev={"days": 10, "at": (15, 30), "dur": 120, "loc": "Hafenstadion"}))
    L.append(hm(g, c, "theatre booking in French", ("esp:sendgrid", "esp"), 2018, "Le Misanthrope – Théâtre du Quai",
                f"Réservation n° {g.rng.randint(100000, 999999)}\n2 places, orchestre, rang F – 2 × 32 €\nRetrait des billets au guichet jusqu'à 30 minutes avant la représentation.\nTél. : 01 99 00 45 12",
                lang="fr", tz="Europe/Paris", frm=("Théâtre du Quai", "billetterie@theatre-du-quai.example.com"), method="PUBLISH", ev={"days": 14, "at": (20, 30), "dur": 150}))
    L.append(hm(g, c, "cinema seats", ("esp:other", "esp"), 2021, "Dune: Part Two – Screen 3",
                f"Booking ID {g.alnum(9).upper()}\nSeats G11, G12 · £25.90\nPlease arrive 15 minutes early.", tz="Europe/London", frm=("Picturehouse Riverside", "bookings@riverside-cinema.example.com"),
                method="PUBLISH", ev={"days": 0, "at": (20, 15), "dur": 170}))
    L.append(hm(g, c, "museum timed-entry ticket", ("esp:ses", "esp"), 2019, "Timed entry – Rijksmuseum-style Gallery",
                f"Your timed entry ticket\nEntry slot 11:00–11:15 · 2 adults · €45,00\nTicket number {g.rng.randint(10 ** 9, 10 ** 10)}\nBags larger than A4 must be stored in the lockers.", tz="Europe/Amsterdam",
                frm=("Stadsgalerij", "tickets@stadsgalerij.example.org"), method="PUBLISH", ev={"days": 7, "at": (11, 0), "dur": 15}))
    L.append(hm(g, c, "escape room booking with waiver reminder", ("esp:sendgrid", "esp"), 2023, "Escape room: The Vault (6 players)",
                "Booking confirmed for 6 players, €150 paid.\nPlease arrive 10 minutes early and sign the waiver.\nQuestions? Call 0151 5550 2233",
                frm=("LockedIn Escape", "booking@lockedin.example.com"), method="REQUEST", ev={"days": 9, "at": (18, 0), "dur": 75}))
    L.append(hm(g, c, "cooking class in Italian", ("esp:mailgun", "ruby"), 2024, "Corso di cucina: pasta fresca",
                "Prenotazione confermata per 2 persone. Quota: 90 €. Grembiule incluso.\nPer disdette scrivere almeno 48 ore prima.", lang="it", tz="Europe/Rome",
                frm=("Scuola di Cucina Aurora", "info@cucina-aurora.example.com"), esp_dom="mg.cucina-aurora.example.com", ev={"days": 16, "at": (18, 30), "dur": 180}))
    L.append(hm(g, c, "city marathon registration with bib pickup", ("esp:ses", "esp"), 2022, "Bib pick-up – City Marathon",
                f"Registration number {g.rng.randint(10000, 99999)} · Entry fee €89 paid\nPick up your bib at the Expo (bring ID). Start wave C at 09:10.\nEvent hotline: +49 89 5550 4411",
                frm=("City Marathon", "registration@citymarathon.example.org"), method="PUBLISH", ev={"days": 30, "at": (9, 10), "dur": 300}))
    L.append(hm(g, c, "comedy show tickets from a ticketing platform with tracking links", ("esp:hubspot", "esp"), 2025, "Stand-up Night: Mira Patel",
                f"Thanks for your order! Tickets: 2 × $35.00\nDoors 7:00pm. 21+ with valid ID.\nView tickets: https://t.ticketly.example.com/ls/click?upn={g.alnum(60)}",
                tz="America/New_York", frm=("Ticketly", "orders@ticketly.example.com"), method="PUBLISH", ev={"days": 11, "at": (19, 30), "dur": 120}))
    L.append(hm(g, c, "three-day festival pass (all-day, multi-day)", ("esp:sendgrid", "esp"), 2018, "Sommerklang Festival – 3-day pass",
                "Your wristband will be sent by post 2 weeks before the festival. Price: 189,00 €. Camping opens Thursday 12:00.", lang="de",
                frm=("Sommerklang", "tickets@sommerklang.example.com"), method="PUBLISH", ev={"allday": True, "days": 70, "ndays": 3}))
    return L


def webinars(g):
    c = "webinars"
    L = []
    trk = lambda d: f"https://{d}/ls/click?upn={g.alnum(90)}"
    L.append(hm(g, c, "vendor webinar registration via marketing automation, tracking links", ("esp:hubspot", "esp"), 2023, "Webinar: Zero-downtime Postgres upgrades",
                f"You're registered! Add the webinar to your calendar using the attachment.\nJoin link (unique to you): {trk('go.dbvendor.example.com')}\nCan't make it? We'll send the recording.\nUnsubscribe: https://go.dbvendor.example.com/unsub?e={g.hex(16)}",
                tz="America/New_York", frm=("DBVendor Events", "events@dbvendor.example.com"), method="REQUEST", ev={"days": 8, "at": (11, 0), "dur": 60, "organizer": ("DBVendor Events", "events@dbvendor.example.com"), "attendees": []}))
    L.append(hm(g, c, "Zoom webinar registration confirmation with passcode", ("esp:sendgrid", "zoom"), 2021, "Cloud Cost Clinic – Live Q&A",
                f"Hi,\nThank you for registering for Cloud Cost Clinic – Live Q&A.\nPlease submit any questions to: events@finops.example.com\nJoin from PC, Mac, iPad, or Android: https://us06web.zoom.us/w/{g.rng.randint(10 ** 10, 10 ** 11)}?tk={g.alnum(40)}\nPasscode: {g.rng.randint(100000, 999999)}\nOr join by phone: +1 646 555 0156\nWebinar ID: {g.rng.randint(800, 899)} {g.rng.randint(1000, 9999)} {g.rng.randint(1000, 9999)}\nYou can cancel your registration at any time.",
                tz="America/Los_Angeles", frm=("FinOps Collective", "no-reply@zoom.us"), esp_dom="zoom.us", ev={"organizer": ("FinOps Collective", "events@finops.example.com"), "attendees": []}))
    L.append(hm(g, c, "conference with hundreds of attendees on the invite", ("o365", "outlook"), 2024, "DevCon Berlin – Day 1 keynote",
                "Welcome to DevCon! Badge pick-up from 08:00. Keynote livestream: https://devcon.example.com/live\nVenue: Halle 4, Messe Berlin",
                frm=g.person("devcon.example.com"), ev={"at": (9, 0), "dur": 90, "attendees": others(g, 260, ["example.net", "example.org", "example.com", "gmail.com"])}))
    L.append(hm(g, c, "GoTo-style webinar reminder 'starting in 1 hour'", ("esp:other", "esp"), 2020, "Reminder: Security Compliance 101 starts in 1 hour",
                f"Security Compliance 101 starts in 1 hour.\nJoin webinar: https://attendee.gotowebinar.com/join/{g.rng.randint(10 ** 17, 10 ** 18)}/{g.rng.randint(10 ** 8, 10 ** 9)}\nDial-in: +44 20 7946 0255, access code 123-456-789",
                tz="Europe/London", frm=("Compliance Academy", "customercare@gotowebinar.com"), method="PUBLISH", esp_dom="gotowebinar.com", ev={"minutes": 60, "dur": 60}))
    L.append(hm(g, c, "German software vendor webinar with 'last chance' urgency", ("esp:other", "esp"), 2022, "Letzte Chance: Webinar ERP-Migration",
                f"Nur noch wenige Plätze frei! Melden Sie sich jetzt an oder fügen Sie den Termin Ihrem Kalender hinzu.\n{trk('info.erpsoft.example.com')}\nAbmelden: https://info.erpsoft.example.com/abmelden",
                lang="de", frm=("ERPsoft Akademie", "akademie@erpsoft.example.com"), method="PUBLISH", ev={"days": 5, "at": (10, 0), "dur": 60}))
    L.append(hm(g, c, "French webinar via marketing platform", ("esp:mandrill", "esp"), 2023, "Webinaire : RGPD et IA générative",
                f"Merci pour votre inscription. Lien de connexion personnel : {trk('email.juristech.example.com')}", lang="fr", tz="Europe/Paris",
                frm=("JurisTech", "webinaires@juristech.example.com"), method="REQUEST", ev={"days": 6, "at": (11, 0), "dur": 45, "attendees": []}))
    L.append(hm(g, c, "ON24-style summit with multiple sessions in one calendar", ("esp:other", "esp"), 2019, "Data Summit 2019",
                "Your personal agenda is attached (4 sessions).", tz="America/Chicago", frm=("Data Summit", "summit@datasummit.example.com"), method="PUBLISH",
                ev={"days": 20, "at": (9, 0), "dur": 45, "multi": [{"summary": "Opening keynote"}, {"summary": "Streaming ETL deep dive", "shift": 60}, {"summary": "Lunch & expo", "shift": 120}, {"summary": "Closing panel", "shift": 300}]}))
    L.append(hm(g, c, "Spanish product launch livestream", ("esp:sendgrid", "esp"), 2024, "Lanzamiento en directo: Serie X",
                f"Conéctate al directo: https://live.tecnoplus.example.com/serie-x?utm_source=email&utm_campaign=launch\n¡Habrá sorteos para los asistentes!", lang="es", tz="Europe/Madrid",
                frm=("TecnoPlus", "eventos@tecnoplus.example.com"), method="PUBLISH", ev={"days": 3, "at": (18, 0), "dur": 60}))
    L.append(hm(g, c, "university open lecture with shortened link", ("smallorg", "generic"), 2018, "Public lecture: The physics of music",
                "Free admission, registration required: https://bit.ly/" + g.alnum(7) + "\nLecture Hall A, Main Building", tz="Europe/Dublin", frm=g.person("physics.example.org"),
                ev={"attendees": []}))
    L.append(hm(g, c, "industry association annual meeting, Dutch", ("esp:other", "esp"), 2025, "Jaarcongres Logistiek 2025",
                f"Uw registratie is bevestigd. Toegangsbewijs met QR-code volgt per e-mail.\nProgramma: https://congres.logistiek.example.org/programma\nParkeren: € 12,50 per dag", lang="nl", tz="Europe/Amsterdam",
                frm=("Vereniging Logistiek", "congres@logistiek.example.org"), method="PUBLISH", ev={"allday": True, "days": 35, "ndays": 2}))
    L.append(hm(g, c, "cloud provider training session from Teams webinar, no attendees listed", EXO, 2022, "Azure-style Fundamentals: exam prep session",
                "Register to receive the voucher code after attending.\n" + teams_block(g)[1], tz="America/Los_Angeles", frm=("Cloud Skills Events", "cloudevents@skills.example.com"),
                ev={"attendees": []}))
    L.append(hm(g, c, "Polish webinar from an HR software vendor", ("esp:sendgrid", "esp"), 2023, "Webinar: Nowe przepisy o pracy zdalnej",
                f"Dziękujemy za rejestrację! Link do webinaru: {trk('mail.kadrysoft.example.com')}", lang="pl", tz="Europe/Warsaw",
                frm=("KadrySoft", "webinary@kadrysoft.example.com"), method="PUBLISH", ev={"days": 4, "at": (12, 0), "dur": 60}))
    return L


def recurring(g):
    c = "recurring_groups"
    L = []
    o = randmail(g, "gmail.com")
    L.append(hm(g, c, "kids' football training every Tuesday, no end date", GW, 2023, "U11 Training ⚽",
                "Training on the artificial pitch. Bring water, shin pads and boots. If your child can't come, please tell me by Monday evening.\nCoach Sam: +44 7700 900123",
                tz="Europe/London", frm=o, ev={"rrule": "FREQ=WEEKLY;BYDAY=TU", "at": (17, 30), "dur": 75, "loc": "Riverside Sports Ground, Pitch 3", "attendees": [(o[0], o[1], "ACCEPTED")] + others(g, 14, ["gmail.com", "outlook.com", "icloud.com"])}))
    L.append(hm(g, c, "choir rehearsal weekly forever from Nextcloud", ("smallorg", "nextcloud"), 2022, "Chorprobe",
                "Wir proben weiter am Requiem. Bitte Noten mitbringen!\nNotenarchiv: https://cloud.chor.example.org/s/" + g.alnum(15), lang="de", frm=g.person("chor.example.org"), nc_host="cloud.chor.example.org",
                ev={"rrule": "FREQ=WEEKLY;BYDAY=TH", "at": (19, 30), "dur": 120, "loc": "Gemeindesaal St. Markus"}))
    L.append(hm(g, c, "school timetable: several weekly lessons until end of term", ("esp:other", "esp"), 2024, "Timetable – Year 8",
                "Your child's timetable for the spring term. Changes are published in the parent portal.", tz="Europe/London", frm=("Hillside Academy", "office@hillside-academy.example.org"), method="PUBLISH",
                ev={"at": (8, 45), "dur": 50, "days": 3, "rrule": "FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=36",
                    "multi": [{"summary": "Maths"}, {"summary": "English", "shift": 55}, {"summary": "Science", "shift": 110}, {"summary": "PE", "shift": 220}]}))
    L.append(hm(g, c, "Friday prayers weekly from a mosque association", ("smallorg", "generic"), 2021, "Jumu'ah – Friday prayer",
                "Khutbah begins 13:15. Parking is limited; please use the tram.", frm=g.person("moschee-verein.example.org"),
                ev={"rrule": "FREQ=WEEKLY;BYDAY=FR", "at": (13, 15), "dur": 60, "attendees": []}, prodid_style="generic"))
    L.append(hm(g, c, "church service rota with monthly recurrence", GW, 2019, "Sunday service – reading rota",
                "You are on the reading rota on the first Sunday of each month. Thank you!", tz="America/Chicago", frm=randmail(g, "gmail.com"),
                ev={"rrule": "FREQ=MONTHLY;BYDAY=1SU", "at": (10, 30), "dur": 75, "loc": "St. Paul's Church"}))
    L.append(hm(g, c, "yoga class every weekday morning, via booking platform", ("esp:mailgun", "ruby"), 2023, "Morning Yoga (10-class pass)",
                "Your 10-class pass is active. Cancel a class at least 12 hours ahead or it will be counted.", frm=("Studio Lotus", "hello@studio-lotus.example.com"), esp_dom="mg.studio-lotus.example.com",
                ev={"rrule": "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "at": (7, 0), "dur": 60}))
    L.append(hm(g, c, "running club daily 6am series, endless, with reminder", ("icloud", "icloud"), 2020, "Sunrise run 🏃", "Meet at the fountain.", tz="Europe/Madrid",
                frm=("Lucia Delgado", "noreply@email.apple.com"), lang="es",
                ev={"organizer": ("Lucia Delgado", "lucia.delgado@icloud.com"), "rrule": "FREQ=DAILY", "at": (6, 0), "dur": 45, "alarms": ["-PT30M"]}))
    L.append(hm(g, c, "volunteer fire brigade monthly drill, forever", ("smallorg", "thunderbird"), 2018, "Übungsdienst Freiwillige Feuerwehr",
                "Übungsdienst jeden zweiten Mittwoch im Monat. Persönliche Schutzausrüstung mitbringen.", lang="de", frm=g.person("ff-ortsteil.example.org"),
                ev={"rrule": "FREQ=MONTHLY;BYDAY=2WE", "at": (19, 0), "dur": 120, "loc": "Gerätehaus"}))
    L.append(hm(g, c, "chess club biweekly via club management platform", ("esp:sendgrid", "esp"), 2025, "Club night",
                "Rapid tournament round 3. Boards and clocks provided.", frm=("Knights Chess Club", "noreply@clubdesk.example.com"), method="PUBLISH", tz="Europe/Dublin",
                ev={"rrule": "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", "at": (19, 30), "dur": 180}))
    L.append(hm(g, c, "Bible study group weekly from Outlook.com", ("outlookcom", "outlook"), 2017, "Bible study – Gospel of John", "We'll continue with chapter 4. Tea and biscuits provided!",
                tz="America/Toronto", frm=randmail(g, "outlook.com"), ev={"rrule": "FREQ=WEEKLY;BYDAY=WE", "at": (19, 0), "dur": 90}))
    L.append(hm(g, c, "scout group weekly meeting with term exceptions", GW, 2024, "Scouts – weekly meeting",
                "Uniform required. Subs: £3 per week or £30 per term.", tz="Europe/London", frm=randmail(g, "gmail.com"),
                ev={"rrule": "FREQ=WEEKLY;BYDAY=TH", "exdate_weeks": [3, 7], "at": (18, 30), "dur": 90}))
    L.append(hm(g, c, "synagogue Shabbat services weekly, Hebrew/English", ("smallorg", "generic"), 2022, "Kabbalat Shabbat", "שבת שלום! Services followed by kiddush.",
                tz="Europe/London", frm=g.person("synagogue.example.org"), ev={"rrule": "FREQ=WEEKLY;BYDAY=FR", "at": (18, 0), "dur": 90, "attendees": []}))
    return L


def appointments(g):
    c = "appointments"
    L = []
    L.append(hm(g, c, "GP appointment via online booking platform, French", ("esp:ses", "esp"), 2023, "Rendez-vous : Dr Claire Moreau (médecin généraliste)",
                f"Votre rendez-vous est confirmé.\nMotif : consultation de suivi\nAdresse : 12 rue des Lilas, 69003 Lyon\nEmpêché ? Annulez au moins 24 h avant : https://medibook.example.com/rdv/{g.hex(10)}\nCabinet : 04 99 00 12 34",
                lang="fr", tz="Europe/Paris", frm=("MediBook", "no-reply@medibook.example.com"), method="REQUEST", ev={"days": 6, "at": (9, 20), "dur": 20}))
    L.append(hm(g, c, "dentist reminder: reply to confirm, fee for missed appointments", ("smallorg", "generic"), 2019, "Dental check-up reminder",
                "This is a reminder of your check-up and hygienist appointment. Please reply YES to confirm. Missed appointments without 24 hours' notice are charged at £35.\nSmile Dental Care · 0161 496 0123",
                tz="Europe/London", frm=("Smile Dental Care", "reception@smiledental.example.com"), ev={"days": 2, "at": (8, 40), "dur": 40}))
    L.append(hm(g, c, "garage vehicle inspection booking", ("esp:sendgrid", "esp"), 2022, "Hauptuntersuchung (HU/AU) – Termin bestätigt",
                f"Fahrzeug: B-XY 1234\nPreis: 134,50 €\nBitte bringen Sie Fahrzeugschein und ggf. den letzten Prüfbericht mit.\nRückfragen: 030 5550 3344", lang="de",
                frm=("Autohaus Brandt", "werkstatt@autohaus-brandt.example.com"), method="PUBLISH", ev={"days": 9, "at": (7, 30), "dur": 90}))
    L.append(hm(g, c, "city office appointment for a passport, bring documents", ("smallorg", "generic"), 2024, "Termin Bürgeramt: Reisepass beantragen",
                f"Vorgangsnummer: {g.rng.randint(10 ** 7, 10 ** 8)}\nBitte mitbringen: Personalausweis, biometrisches Passfoto, Gebühr 70,00 € (EC-Karte).\nTermin absagen: https://service.stadt.example.org/termin/absagen?id={g.hex(12)}",
                lang="de", frm=("Bürgeramt Mitte", "noreply@service.stadt.example.org"), auth={"dkim": [("pass", "service.stadt.example.org", "s1")], "dmarc": ("pass", "service.stadt.example.org")},
                ev={"days": 20, "at": (10, 15), "dur": 15}))
    L.append(hm(g, c, "vet vaccination reminder", ("esp:mailgun", "ruby"), 2021, "Vaccination: Luna (cat)", "Annual vaccination and check-up for Luna. Price approx. €65.",
                frm=("Tierarztpraxis Am Park", "praxis@tierarzt-ampark.example.com"), esp_dom="mg.tierarzt-ampark.example.com", ev={"days": 12, "at": (16, 0), "dur": 20}))
    L.append(hm(g, c, "physiotherapy series of six sessions", ("smallorg", "generic"), 2020, "Physiotherapie (6 Termine)", "Rezept bitte zum ersten Termin mitbringen. Zuzahlung 10 % + 10 € pro Verordnung.",
                lang="de", frm=g.person("physio-nord.example.com"), ev={"rrule": "FREQ=WEEKLY;COUNT=6", "at": (17, 0), "dur": 30}))
    L.append(hm(g, c, "hairdresser booking via salon software (icalendar-ruby on Mailgun, like abused tools)", ("esp:mailgun", "ruby"), 2023, "Afspraak: knippen & föhnen",
                "Bedankt voor je afspraak bij Salon Kapsalon Noord. Annuleren kan tot 24 uur van tevoren.\nPrijs: €42,50", lang="nl", tz="Europe/Amsterdam",
                frm=("Kapsalon Noord", "kapsalon-noord@email.salonbook.example.com"), esp_dom="email.salonbook.example.com", ev={"days": 5, "at": (11, 0), "dur": 45}))
    L.append(hm(g, c, "optician eye test reminder with phone", ("esp:other", "esp"), 2018, "Eye test reminder",
                "Your eye test is booked. Please bring your current glasses and a list of medication. NHS-funded tests are free if eligible.\nCall 020 7946 0773 to rearrange.",
                tz="Europe/London", frm=("ClearView Opticians", "appointments@clearview.example.com"), method="PUBLISH", ev={"days": 7, "at": (14, 20), "dur": 30}))
    L.append(hm(g, c, "blood donation appointment", ("esp:sendgrid", "esp"), 2025, "Blutspende-Termin",
                "Vielen Dank, dass Sie Leben retten! Bitte ausreichend trinken und Ihren Spenderausweis mitbringen.", lang="de",
                frm=("Blutspendedienst", "termine@blutspende.example.org"), method="PUBLISH", ev={"days": 14, "at": (16, 30), "dur": 60}))
    L.append(hm(g, c, "hospital outpatient appointment, Swedish", ("smallorg", "generic"), 2022, "Besökstid: Hudmottagningen",
                "Välkommen till Hudmottagningen. Avgift: 300 kr. Av- och ombokning senast 24 timmar innan, annars debiteras avgiften.\nTelefon: 08-555 012 34", lang="sv", tz="Europe/Stockholm",
                frm=("Region Exempel", "noreply@region.example.org"), auth={"dkim": [("pass", "region.example.org", "s1")], "dmarc": ("pass", "region.example.org")},
                ev={"days": 30, "at": (9, 40), "dur": 30}))
    L.append(hm(g, c, "lawyer consultation via Calendly-like scheduler", ("esp:sendgrid", "esp"), 2024, "Initial consultation – tenancy matter",
                "A 30-minute video consultation has been scheduled. Fee: €120 (invoice after the call).\nJoin: https://meet.lawdesk.example.com/r/" + g.alnum(10) + "\nNeed to make changes? Reschedule or cancel: https://schedule.example.com/c/" + g.alnum(12),
                frm=("Kanzlei Weber via Schedule", "notifications@schedule.example.com"), method="REQUEST", ev={"days": 4, "at": (15, 0), "dur": 30}))
    L.append(hm(g, c, "COVID vaccination slot from a health authority (2021)", ("esp:ses", "esp"), 2021, "Your vaccination appointment",
                f"Booking reference: {g.alnum(8).upper()}\nPlease bring photo ID and your vaccination record. Arrive no earlier than 10 minutes before your appointment.\nTo cancel, call 0300 555 0199.",
                tz="Europe/London", frm=("Health Service Bookings", "bookings@health.example.org"), method="PUBLISH", ev={"days": 3, "at": (11, 45), "dur": 15}))
    return L


def forwarded(g):
    c = "forwarded_delegated"
    L = []
    orig = g.person("partner.example.com")
    fw = g.staff()
    L.append(hm(g, c, "colleague forwards a partner's meeting (Outlook FW:)", ("internal", "forward_inline"), 2023, "Roadmap review with Partner",
                "Agenda attached in the original invite.", frm=fw, note="Hi, forwarding this – can you join for the integration part?",
                ev={"organizer": orig, "attendees": [(orig[0], orig[1], "ACCEPTED"), (fw[0], fw[1], "ACCEPTED"), g.staff()]}))
    inner_org = g.person("gmail.com")
    inner = {"from": inner_org, "to": [g.person("gmail.com")], "client": "google", "lang": "en", "sender_tz": "Europe/London",
             "ev": {"summary": "Alumni reunion planning call", "desc": "Let's sort out the venue and the budget.", "tz": "Europe/London", "days": 5, "at": (19, 0), "dur": 60,
                    "organizer": inner_org, "attendees": [(inner_org[0], inner_org[1], "ACCEPTED")], "meet": meet(g)}}
    L.append(hm(g, c, "Gmail forward-as-attachment of a Google invitation", ("gmail", "forward_rfc822"), 2022, "Alumni reunion planning call", None,
                frm=randmail(g, "gmail.com"), inner=inner, text="See below – are you in? 🙂\n", subject="Fwd: Invitation: Alumni reunion planning call",
                ev={"organizer": inner_org}))
    boss, asst = g.person("example.org"), g.person("example.org")
    L.append(hm(g, c, "delegate sends on behalf of manager (Sender header and SENT-BY)", EXO, 2021, "Budget alignment – FY22",
                "Sent on behalf of " + boss[0] + ".", frm=boss, sender=asst, ev={"organizer": (boss[0], boss[1], asst[1])}))
    L.append(hm(g, c, "mailing-list distributed invitation with broken DKIM and ARC", ("list", "thunderbird"), 2020, "Community call #37",
                "Monthly community call. Notes: https://pad.example.org/p/call-37", frm=g.person("devs.example.org"), list_host="lists.example.org",
                extra_headers=["List-Id: <developers.lists.example.org>", "List-Unsubscribe: <mailto:developers-leave@lists.example.org>", "Precedence: list"],
                ev={"attendees": [("developers@lists.example.org", "developers@lists.example.org")]}))
    o = g.person("consulting.example.com")
    L.append(hm(g, c, "invitation reaching us via an external alumni forwarder (SRS, ARC)", ("forwarder", "outlook"), 2024, "Panel prep – career day",
                "Thanks for volunteering for the alumni career day panel!", frm=o, fwd_host="mx.alumni.example.org", to=(g.staff()[0], "k.jansen@alumni.example.org"), rcpt="k.jansen@example.net"))
    o = randmail(g, "gmail.com")
    L.append(hm(g, c, "personal Gmail auto-forwarded to the work address (Google invitation)", ("forwarder", "google"), 2019, "Parents' evening slots",
                "Book a slot with each teacher.", tz="Europe/London", frm=o, fwd_host="mail.home.example.org", fwd_dkim="pass"))
    o = g.staff()
    L.append(hm(g, c, "room-booking system sends the invitation for the organizer", ("internal", "generic"), 2022, "Workshop: Accessibility basics",
                "Room: Alster (capacity 20). Catering ordered.", frm=("Room Booking", "rooms@example.net"), ev={"organizer": (o[0], o[1], "rooms@example.net")}, prodid_style="ical-net"))
    o = g.person("example.org")
    L.append(hm(g, c, "executive assistant forwards an updated invite with a note (German)", ("o365", "forward_inline"), 2023, "Strategieklausur 2024", "Hotel Seeblick, Seminarraum 2",
                lang="de", frm=g.person("example.org"), note="Zur Info – der Termin wurde um eine Stunde verschoben.", ev={"organizer": o, "seq": 3}))
    o = g.person("agency.example.com")
    L.append(hm(g, c, "shared-mailbox forward of a client meeting", ("internal", "forward_inline"), 2021, "Client call – campaign results",
                "Results deck will be shared in the meeting.", frm=("Sales Team", "sales@example.net"), note="Forwarding from the sales mailbox.", ev={"organizer": o}))
    o = g.person("research.example.org")
    L.append(hm(g, c, "Thunderbird forward-as-attachment of a Zimbra invite", ("smallorg", "forward_rfc822"), 2017, "Seminar invitation", None, frm=g.person("research.example.org"),
                inner={"from": o, "to": [g.person("research.example.org")], "client": "zimbra", "ev": {"summary": "Research seminar: graph neural networks", "desc": "Speaker: Dr. Ines Ferreira", "tz": "Europe/Lisbon", "days": 7, "at": (14, 0), "dur": 60, "organizer": o, "attendees": []}},
                text="Might be interesting for your team.\n", user_agent="User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:52.0) Gecko/20100101 Thunderbird/52.5.0", ev={"organizer": o}))
    boss = g.staff()
    L.append(hm(g, c, "internal delegate acceptance on behalf of a manager (REPLY with SENT-BY)", ("internal", "outlook16"), 2025, "Board prep", None,
                method="REPLY", reply_partstat="ACCEPTED", frm=boss, sender=g.staff(), ev={"organizer": g.staff(), "attendees": [(boss[0], boss[1], "ACCEPTED", None, ";SENT-BY=\"mailto:assistant@example.net\"")]}))
    return L


def itip(g):
    c = "itip_responses"
    L = []

    def rep(desc, combo, year, summ, ps, **kw):
        me = g.staff()
        att = kw.pop("att", None) or g.person(g.pick(["example.org", "example.com", "gmail.com"]))
        return hm(g, c, desc, combo, year, summ, None, method="REPLY", reply_partstat=ps, frm=att, to=me,
                  ev={"organizer": me, "attendees": [(att[0], att[1], ps)], **kw.pop("ev", {})}, **kw)

    L.append(rep("Outlook accepted reply", EXO, 2023, "Architecture review", "ACCEPTED", text="", att=g.person("example.org")))
    L.append(rep("Outlook declined reply with comment", EXO, 2021, "Team offsite planning", "DECLINED", text="Sorry, I'm on leave that week.\n", att=g.person("example.org"),
                 ev={"extra": ["COMMENT:Sorry\\, I'm on leave that week."]}))
    L.append(rep("Google Calendar accepted reply from gmail", GW, 2022, "Book club", "ACCEPTED", att=randmail(g, "gmail.com"), text="Book club\n\nAccepted by the guest.\n"))
    L.append(rep("Apple Calendar tentative reply from iCloud mail", ("icloud", "reply_generic"), 2019, "Dinner with the Rossis", "TENTATIVE", att=(g.person("icloud.com")[0], "m.rossi@icloud.com")))
    L.append(rep("Thunderbird declined reply (German)", ("smallorg", "thunderbird"), 2017, "Jahresplanung", "DECLINED", lang="de", att=g.person("verein.example.org")))
    me = g.staff()
    att = g.person("example.org")
    L.append(hm(g, c, "Outlook counter-proposal (new time proposed)", EXO, 2024, "Contract negotiation", None, method="COUNTER", frm=att, to=me, text="I'm travelling in the morning – could we do the afternoon instead?\n",
                ev={"organizer": me, "attendees": [(att[0], att[1], "TENTATIVE")], "at": (15, 0)}))
    me = g.staff()
    att = g.person("example.com")
    L.append(hm(g, c, "decline-counter from the organizer", ("smallorg", "generic"), 2020, "Quarterly planning", "The original time stays, sorry!", method="DECLINECOUNTER", frm=att, to=me,
                ev={"organizer": att, "attendees": [(me[0], me[1])]}, prodid_style="sabre"))
    L.append(hm(g, c, "Outlook cancellation of a weekly series", EXO, 2022, "Weekly status", "This meeting series is no longer needed – we'll use the Teams channel.", method="CANCEL",
                frm=g.person("example.org"), ev={"status": "CANCELLED", "rrule": "FREQ=WEEKLY;BYDAY=WE", "seq": 4, "priority": 1}))
    o = randmail(g, "gmail.com")
    L.append(hm(g, c, "Google cancellation of one occurrence (RECURRENCE-ID)", GW, 2023, "Piano lesson", "Cancelled this week – I'm ill. See you next week!", method="CANCEL", frm=o, tz="Europe/Vienna",
                ev={"status": "CANCELLED", "seq": 1, "rid_auto": True, "rrule_hint": True}))
    L.append(hm(g, c, "Google updated invitation (time changed, sequence 2)", GW, 2024, "Hackathon demo day", "We moved the demos to the afternoon. Pizza at 17:00!", frm=g.person("startup.example.com"), workspace_dkim=True,
                tz="Europe/Amsterdam", ev={"seq": 2, "meet": meet(g)}))
    L.append(hm(g, c, "Zimbra meeting update with new room", ("smallorg", "zimbra"), 2018, "Comitato scientifico (aggiornato)", "Nuova aula: Sala Galilei.", lang="it", tz="Europe/Rome",
                frm=g.person("ateneo.example.org"), ev={"seq": 1}, subject="Aggiornato: Comitato scientifico"))
    L.append(rep("Nextcloud accepted reply (Sabre)", ("smallorg", "reply_generic"), 2025, "Elternabend 3b", "ACCEPTED", lang="de", prodid_style="sabre", att=g.person("eltern.example.org")))
    L.append(hm(g, c, "Thunderbird cancellation of a single event", ("smallorg", "thunderbird"), 2016, "Arbeitsgruppe Website", "Fällt aus.", method="CANCEL", lang="de",
                frm=g.person("verein.example.org"), ev={"status": "CANCELLED", "seq": 2}))
    return L


def personal(g):
    c = "personal"
    L = []
    o = randmail(g, "gmail.com")
    L.append(hm(g, c, "birthday party from gmail with emojis", GW, 2023, "Lena turns 30 🎉🎂", "Drinks, snacks and karaoke 🎤 Bring good vibes! Gifts not necessary 🙏",
                frm=o, workhours=False, ev={"days": 10, "at": (19, 0), "dur": 300, "loc": "Bar Zur Linde, Hinterhof"}))
    o = randmail(g, "icloud.com")
    L.append(hm(g, c, "dinner invite from iCloud", ("icloud", "icloud"), 2021, "Dinner at ours 🍝", "Tom is cooking lasagne. 7pm, bring wine if you like!", tz="Europe/London",
                frm=(o[0], "noreply@email.apple.com"), ev={"organizer": o, "at": (19, 0), "dur": 180}))
    o = randmail(g, "outlook.com")
    L.append(hm(g, c, "trip planning, all-day multi-day from Outlook.com", ("outlookcom", "outlook"), 2019, "Lisbon trip ✈️🇵🇹", "Flights booked, Airbnb near Alfama. Budget ~€400 each. Let's split via the app.",
                frm=o, ev={"allday": True, "days": 40, "ndays": 4}))
    L.append(hm(g, c, "wedding save-the-date from an invitation platform", ("esp:sendgrid", "esp"), 2024, "Save the date: Priya & Jonas 💍",
                "We're getting married! Formal invitation to follow. RSVP and hotel block: https://invites.example.com/priya-jonas", frm=("Priya & Jonas via Invites", "hello@invites.example.com"),
                method="PUBLISH", ev={"allday": True, "days": 200}))
    o = randmail(g, "gmail.com")
    L.append(hm(g, c, "BBQ with RSVP to many friends", GW, 2022, "BBQ in the garden 🍔🔥", "Veggie options available. Kids welcome!", frm=o, tz="America/Denver",
                ev={"at": (16, 0), "dur": 240, "attendees": [(o[0], o[1], "ACCEPTED")] + others(g, 22, ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"])}))
    o = randmail(g, "yahoo.com")
    L.append(hm(g, c, "baby shower from Yahoo Mail with .ics attachment", ("yahoo", "esp"), 2018, "Baby shower for Maya 👶", "Registry: https://registry.example.com/maya-baby\nRSVP by Friday please!",
                frm=o, envfrom=o[1], tz="America/New_York", method="REQUEST", ev={"days": 21, "at": (13, 0), "dur": 180}, prodid_style="yahoo"))
    o = randmail(g, "gmx.de")
    L.append(hm(g, c, "housewarming in German from GMX", ("vps", "generic"), 2020, "Einweihungsparty 🏡", "Wir sind umgezogen! Kommt vorbei, für Essen ist gesorgt.", lang="de", frm=o,
                helo="mout.gmx.net", rdns="mout.gmx.net", auth={"dkim": [("pass", "gmx.de", "badeba3b8450")], "spf": ("pass", "gmx.de"), "dmarc": ("pass", "gmx.de")},
                ev={"at": (18, 0), "dur": 360}))
    o = randmail(g, "gmail.com")
    L.append(hm(g, c, "game night recurring monthly among friends", GW, 2025, "Board game night 🎲", "Catan + Wingspan. Snacks potluck.", frm=o, ev={"rrule": "FREQ=MONTHLY;BYDAY=-1FR", "at": (19, 30), "dur": 240}))
    o = randmail(g, "outlook.com")
    L.append(hm(g, c, "hiking trip with packing list and meeting point", ("outlookcom", "outlook"), 2023, "Hike: Zugspitze via Reintal ⛰️", "Meet 5:30 at the station. Packing list: 2 l water, rain jacket, headlamp.",
                frm=o, ev={"at": (5, 30), "dur": 900}))
    L.append(hm(g, c, "Secret Santa draw from a gift-exchange site", ("esp:mailgun", "esp"), 2022, "Secret Santa 🎅 gift exchange", "Budget: £20. Your match is revealed in the app: https://santa.example.com/g/" + g.alnum(10),
                tz="Europe/London", frm=("Secret Santa Organizer", "noreply@santa.example.com"), method="PUBLISH", ev={"days": 20, "at": (18, 0), "dur": 120}))
    o = randmail(g, "yahoo.co.jp")
    L.append(hm(g, c, "Japanese cherry-blossom picnic", ("yahoo", "generic"), 2019, "お花見🌸", "上野公園で集合！お弁当は各自でお願いします。", lang="ja", tz="Asia/Tokyo", frm=o, envfrom=o[1],
                auth={"dkim": [("pass", "yahoo.co.jp", "yj20110701")], "spf": ("pass", "yahoo.co.jp"), "dmarc": ("pass", "yahoo.co.jp")}, ev={"days": 6, "at": (11, 0), "dur": 240}))
    o = randmail(g, "wp.pl")
    L.append(hm(g, c, "Polish name-day celebration", ("vps", "generic"), 2021, "Imieniny Zofii 💐", "Zapraszam na kawę i ciasto!", lang="pl", tz="Europe/Warsaw", frm=o, helo="mx.wp.pl", rdns="mx.wp.pl",
                auth={"dkim": [("pass", "wp.pl", "1024a")], "spf": ("pass", "wp.pl"), "dmarc": ("pass", "wp.pl")}, ev={"at": (16, 0), "dur": 180}))
    return L


def newsletters(g):
    c = "newsletters_ics"
    L = []

    def nl(desc, year, summ, body, frm, **kw):
        return hm(g, c, desc, kw.pop("combo", ("esp:mandrill", "esp")), year, summ, body, frm=frm, method=kw.pop("method", "PUBLISH"),
                  extra_headers=[f"List-Unsubscribe: <https://{frm[1].split('@')[1]}/unsubscribe?u={g.hex(16)}>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click"] + kw.pop("xh", []), **kw)

    L.append(nl("city events newsletter with an 'add to calendar' attachment", 2023, "Open-air cinema night", "This month in the city: open-air cinema, farmers' market, and the harbour festival. Add the cinema night to your calendar with the attached file!\nAll events: https://events.city.example.org/?utm_source=newsletter",
                ("City Events", "newsletter@events.city.example.org"), ev={"at": (21, 0), "dur": 150, "days": 12}))
    L.append(nl("sports club newsletter with season opener", 2022, "Season opener vs. Eagles", "Season tickets still available from €99! Members get 10% in the fan shop.\nAdd the season opener to your calendar.",
                ("Harbour Hawks", "news@harbourhawks.example.com"), ev={"at": (18, 0), "dur": 150, "days": 20}))
    L.append(nl("library monthly programme", 2019, "Author reading: Nora Lindqvist", "Free entry, registration recommended. Children's story hour every Saturday.", ("City Library", "programme@library.example.org"),
                combo=("esp:other", "esp"), lang="en", ev={"at": (19, 0), "dur": 90, "days": 15}))
    L.append(nl("product launch livestream newsletter", 2024, "Launch event: Aurora 2", "Watch the keynote live and get 15% off pre-orders for 48 hours after the stream!\nhttps://brand.example.com/live?utm_campaign=aurora2",
                ("Aurora Audio", "news@aurora-audio.example.com"), combo=("esp:sendgrid", "esp"), tz="America/Los_Angeles", ev={"at": (10, 0), "dur": 60, "days": 7}))
    L.append(nl("farmers' market newsletter in French", 2021, "Marché des producteurs", "Ce samedi : fraises, asperges et fromages de chèvre. Pensez à vos sacs !", ("Marché Bio", "infos@marche-bio.example.org"),
                lang="fr", tz="Europe/Paris", ev={"at": (8, 0), "dur": 300, "days": 3}))
    L.append(nl("theatre season newsletter with several premieres in one calendar", 2018, "Season premieres", "Our new season: three premieres. Subscribers save 25%.", ("Stadttheater", "spielplan@stadttheater.example.org"),
                lang="en", ev={"at": (19, 30), "dur": 150, "days": 30, "multi": [{"summary": "Premiere: Faust"}, {"summary": "Premiere: Die Physiker", "shift": 20160}, {"summary": "Premiere: Woyzeck", "shift": 40320}]}))
    L.append(nl("museum members' preview invitation", 2025, "Members' preview: Light & Shadow", "As a member you're invited to the exclusive preview evening. Bring a guest for free.",
                ("Modern Art Museum", "members@mam.example.org"), combo=("esp:hubspot", "esp"), ev={"at": (18, 30), "dur": 180, "days": 9}))
    L.append(nl("open-source project release-party announcement", 2020, "Release party 4.0 (online)", "We're shipping 4.0! Join the stream, meet the contributors. Swag giveaway for the first 100.",
                ("Project Newsletter", "announce@project.example.org"), combo=("list", "esp"), list_host="lists.project.example.org", list_rewrites_from=True, tz="UTC", ev={"at": (17, 0), "dur": 120, "days": 14}))
    L.append(nl("astronomy society meteor-shower night, Dutch", 2022, "Perseïdenavond", "Neem een stoel en warme kleding mee. Bij bewolking gaat het niet door.", ("Sterrenwacht Noord", "nieuws@sterrenwacht.example.org"),
                lang="nl", tz="Europe/Amsterdam", mo=8, ev={"at": (22, 0), "dur": 180, "days": 4}))
    L.append(nl("school newsletter with term dates as all-day events", 2024, "Term dates", "Please note the INSET days and half-term dates below.", ("Hillside Academy", "office@hillside-academy.example.org"),
                combo=("esp:other", "esp"), tz="Europe/London", ev={"allday": True, "days": 10, "multi": [{"summary": "INSET day"}, {"summary": "Half term (1 week)", "shift_days": 40}, {"summary": "Sports day", "shift_days": 75}]}))
    L.append(nl("retailer newsletter with in-store event and discount code", 2023, "VIP shopping evening", "Exclusive VIP evening: 20% off everything with code VIP20, bubbles & live music. Limited places – RSVP now!",
                ("Nordic Home", "news@nordichome.example.com"), combo=("esp:sendgrid", "esp"), tz="Europe/Stockholm", method="REQUEST",
                html=button_html("You're invited: VIP shopping evening", ["20% off everything with code <b>VIP20</b>", "Bubbles, live music and goodie bags for the first 50 guests."], "RSVP now", "https://nordichome.example.com/vip?utm_source=email", "#1d3557"),
                ev={"at": (18, 0), "dur": 180, "days": 8, "attendees": []}))
    return L


def it_ann(g):
    c = "it_announcements"
    L = []

    def it(desc, year, summ, body, **kw):
        frm = kw.pop("frm", ("IT Service Desk", "servicedesk@example.net"))
        atts = [("All staff", "all-staff@example.net")]
        return hm(g, c, desc, kw.pop("combo", INT), year, summ, body, frm=frm, ev={"attendees": atts, "transp": "TRANSPARENT", **kw.pop("ev", {})}, **kw)

    L.append(it("planned e-mail maintenance window at night", 2023, "Planned maintenance: e-mail service (Sat 22:00–02:00)",
                "Dear colleagues,\nDuring this window webmail and mobile sync will be unavailable. Messages sent to you will be queued and delivered afterwards. No action is required.\nIT Operations",
                ev={"days": 5, "at": (22, 0), "dur": 240}))
    L.append(it("password policy change: you will be asked to change your password", 2022, "Password policy change – new rules from Monday",
                "From Monday, passwords must be at least 14 characters. You will be prompted to change your password at your next sign-in. IT will NEVER ask for your password by e-mail or phone.\nGuide: https://intranet.example.net/it/password",
                ev={"allday": True, "days": 4}))
    L.append(it("MFA rollout drop-in sessions", 2021, "MFA rollout – drop-in help session", "Bring your phone. We'll help you set up the authenticator app and verify your account. Deadline for enrolment: end of month.",
                ev={"rrule": "FREQ=DAILY;COUNT=5", "at": (12, 0), "dur": 60, "loc": "IT Lounge, ground floor"}))
    L.append(it("VPN certificate renewal deadline", 2020, "Action required: renew VPN certificate by Friday", "Your VPN certificate expires soon. Renew it in the Self-Service Portal (https://selfservice.example.net) before Friday to avoid losing remote access.",
                ev={"allday": True, "days": 3}))
    L.append(it("mandatory phishing-awareness training announcement", 2024, "Mandatory: security awareness training", "All staff must complete the 20-minute course on the learning platform by the end of the quarter: https://learning.example.net/course/phishing\nReport suspicious e-mails with the 'Report' button.",
                ev={"allday": True, "days": 30}))
    L.append(it("datacenter migration, systems offline", 2019, "Datacenter migration – systems offline", "ERP, file shares and the intranet will be offline during the migration. Please save your work and log off before 18:00.",
                ev={"days": 9, "at": (18, 0), "dur": 720}))
    L.append(it("laptop replacement appointment with account sign-in", 2023, "Your new laptop – handover appointment",
                "Please bring your old laptop and charger. You will sign in with your account and set a new PIN. Back up local files to OneDrive beforehand.", ev={"days": 6, "at": (10, 30), "dur": 45, "loc": "IT Service Point, Room 0.12"},
                frm=g.staff()))
    L.append(it("German maintenance window announcement", 2018, "Wartungsfenster: Telefonanlage", "Am Samstag wird die Telefonanlage aktualisiert. Zwischen 06:00 und 10:00 Uhr sind keine externen Anrufe möglich.", lang="de",
                ev={"days": 4, "at": (6, 0), "dur": 240}))
    L.append(it("French planned maintenance", 2022, "Maintenance planifiée : messagerie", "La messagerie sera indisponible dimanche de 7h à 9h. Aucune action n'est requise de votre part. Le service informatique ne vous demandera jamais votre mot de passe.",
                lang="fr", tz="Europe/Paris", ev={"days": 6, "at": (7, 0), "dur": 120}))
    L.append(it("monthly patch reboot window, recurring forever", 2025, "Patch day – automatic restart window", "Workstations restart automatically between 19:00 and 21:00 on patch day. Save your work.",
                ev={"rrule": "FREQ=MONTHLY;BYDAY=2TU", "at": (19, 0), "dur": 120}))
    L.append(it("inactive account cleanup notice via ticket system", 2021, "Account cleanup: inactive accounts will be disabled", "Accounts without sign-in for 90 days will be disabled on the date of this entry. To keep an account (e.g. for a project), open a ticket: https://servicedesk.example.net/ticket/new",
                combo=("internal", "generic"), frm=("Service Desk (do not reply)", "noreply-servicedesk@example.net"), ev={"allday": True, "days": 14}))
    return L


def finance_hr(g):
    c = "finance_hr"
    L = []
    L.append(hm(g, c, "payroll cutoff reminder from HR", INT, 2023, "Payroll cut-off: submit overtime and expenses", "All overtime and expense claims must be submitted by 12:00 for this month's payroll. Late claims go into next month.",
                frm=("HR & Payroll", "payroll@example.net"), ev={"allday": True, "days": 2, "attendees": [("All staff", "all-staff@example.net")]}))
    L.append(hm(g, c, "benefits open-enrollment deadline from benefits provider", ("esp:sendgrid", "esp"), 2022, "Open enrollment closes Friday",
                "Review your health, dental and 401(k) elections before the deadline. Log in to the benefits portal: https://benefits.example.com/login\nQuestions? Call 1-800-555-0135.",
                tz="America/New_York", frm=("BenefitsHub", "no-reply@benefits.example.com"), method="PUBLISH", ev={"allday": True, "days": 3}))
    L.append(hm(g, c, "tax advisor meeting about the annual return (small firm, no DKIM)", ("smallorg", "outlook"), 2021, "Besprechung Einkommensteuererklärung 2020",
                "Bitte bringen Sie Lohnsteuerbescheinigung, Spendenquittungen und Belege für Handwerkerleistungen mit. Honorar laut Vereinbarung.", lang="de", frm=g.person("steuerkanzlei.example.com")))
    L.append(hm(g, c, "bank advisor appointment with video link", ("esp:other", "esp"), 2024, "Beratungstermin Baufinanzierung",
                "Ihr Termin mit Ihrer Beraterin findet per Video statt: https://video.hansebank.example.com/join/" + g.alnum(10) + "\nBitte halten Sie Gehaltsnachweise bereit. Wir fragen Sie niemals nach PIN oder TAN.",
                lang="de", frm=("Hanse Sparbank", "termine@hansebank.example.com"), method="REQUEST", ev={"days": 7, "at": (16, 0), "dur": 60}))
    L.append(hm(g, c, "accounting software: invoice due reminder with pay-now link (legitimate)", ("esp:ses", "esp"), 2023, "Invoice INV-0042 due in 3 days",
                f"Hi,\nThis is a friendly reminder that invoice INV-0042 for €1,250.00 from Studio Kite is due in 3 days.\nView and pay online: https://in.ledgerly.example.com/i/{g.alnum(20)}\nThank you for your business!",
                frm=("Studio Kite via Ledgerly", "messaging-service@post.ledgerly.example.com"), method="PUBLISH", ev={"allday": True, "days": 3}))
    L.append(hm(g, c, "expense report deadline, recurring monthly", INT, 2020, "Expense report deadline", "Submit your travel expenses in the finance portal by the 5th of each month.", frm=("Finance", "finance@example.net"),
                ev={"allday": True, "rrule": "FREQ=MONTHLY;BYMONTHDAY=5", "days": 1, "attendees": [("All staff", "all-staff@example.net")]}))
    L.append(hm(g, c, "year-end closing meeting for the finance team", INT, 2024, "Year-end closing – kickoff", "Timeline, accruals, audit requests. Please review the checklist in SharePoint beforehand.", frm=g.staff(), mo=11))
    L.append(hm(g, c, "retirement-plan webinar from plan provider", ("esp:hubspot", "esp"), 2019, "Webinar: Make the most of your retirement plan",
                "Learn about employer matching and how to change your contribution. Registration link: https://go.retireplan.example.com/ls/click?upn=" + g.alnum(70),
                tz="America/Chicago", frm=("RetirePlan", "events@retireplan.example.com"), method="PUBLISH", ev={"days": 10, "at": (12, 0), "dur": 45}))
    L.append(hm(g, c, "annual performance review scheduled by manager", EXO, 2022, "Annual review", "Please complete your self-assessment in the HR system beforehand.", frm=g.person("example.org")))
    L.append(hm(g, c, "shareholder AGM notice with proxy voting link", ("esp:sendgrid", "esp"), 2025, "Annual General Meeting 2025",
                f"Notice of AGM. You may vote online before the meeting using your control number {g.rng.randint(10 ** 11, 10 ** 12)}: https://vote.registrar.example.com/agm2025\nRecord date: 14 days before the meeting.",
                tz="Europe/London", frm=("Registrar Services", "agm@registrar.example.com"), method="PUBLISH", ev={"days": 28, "at": (11, 0), "dur": 120}))
    L.append(hm(g, c, "insurance renewal consultation, Italian", ("smallorg", "generic"), 2023, "Rinnovo polizza auto – appuntamento", "Porti con sé libretto di circolazione e attestato di rischio. Premio annuo indicativo: 512 €.",
                lang="it", tz="Europe/Rome", frm=g.person("assicurazioni-rossi.example.com")))
    return L


def service(g):
    c = "service_visits"
    L = []
    L.append(hm(g, c, "furniture delivery window with two-person team", ("esp:ses", "esp"), 2023, "Delivery: Sofa 'Malmö' (2-person delivery)",
                f"Order {g.rng.randint(10 ** 8, 10 ** 9)}\nDelivery window: 08:00–12:00. The driver will call 30 minutes before arrival.\nPlease make sure there is access and clear space. Reschedule: https://www.homeworld.example.com/delivery?o={g.hex(10)}\nCustomer service: 0800 555 0177",
                frm=("HomeWorld", "delivery@homeworld.example.com"), method="PUBLISH", ev={"days": 5, "at": (8, 0), "dur": 240}))
    L.append(hm(g, c, "broadband engineer visit", ("esp:sendgrid", "esp"), 2022, "Engineer appointment – fibre installation",
                "An engineer will visit between 13:00 and 18:00 to install your fibre connection. Someone over 18 must be at home. Ref: FTTP-" + str(g.rng.randint(100000, 999999)) + ".\nTrack your engineer on the day: https://track.fibrenet.example.com",
                tz="Europe/London", frm=("FibreNet", "appointments@fibrenet.example.com"), method="PUBLISH", ev={"days": 8, "at": (13, 0), "dur": 300}))
    L.append(hm(g, c, "annual boiler service", ("smallorg", "generic"), 2019, "Annual boiler service", "Our engineer will service your boiler. Cost £85 incl. VAT, payable on the day by card. Call 0113 496 0456 to rearrange.",
                tz="Europe/London", frm=g.person("heatcare.example.com")))
    L.append(hm(g, c, "moving company booking with deposit", ("esp:other", "esp"), 2021, "Umzugstermin bestätigt",
                "Ihr Umzug ist bestätigt. Team: 3 Personen + 7,5-t-LKW. Anzahlung 250 € erhalten, Restbetrag 890 € nach Umzug. Halteverbotszone ist beantragt.", lang="de",
                frm=("Umzüge Schnell & Sicher", "dispo@umzug-schnell.example.com"), method="PUBLISH", ev={"allday": True, "days": 21}))
    L.append(hm(g, c, "chimney sweep inspection notice (German, old mail)", ("smallorg", "generic"), 2016, "Feuerstättenschau", "Der bevollmächtigte Bezirksschornsteinfeger kommt zur Feuerstättenschau. Bitte Zugang zu Heizraum und Dachboden ermöglichen.",
                lang="de", frm=g.person("schornsteinfeger-meister.example.com")))
    L.append(hm(g, c, "water-meter reading appointment", ("esp:other", "esp"), 2024, "Ablesetermin Wasserzähler", "Unser Ableser kommt im angegebenen Zeitfenster. Kein Zugang? Zählerstand online melden: https://stadtwerke.example.org/zaehlerstand",
                lang="de", frm=("Stadtwerke", "ablesung@stadtwerke.example.org"), method="PUBLISH", ev={"days": 10, "at": (8, 0), "dur": 360}))
    L.append(hm(g, c, "courier delivery-slot confirmation with tracking (legitimate carrier, invented)", ("esp:ses", "esp"), 2025, "Your parcel arrives tomorrow 10:12–11:12",
                f"Tracking number: SP{g.rng.randint(10 ** 11, 10 ** 12)}\nYour 1-hour delivery window: 10:12–11:12.\nNot home? Choose a safe place or a pickup point: https://swiftpost.example.com/t/{g.alnum(12)}",
                frm=("Swiftpost", "notifications@swiftpost.example.com"), method="PUBLISH", ev={"days": 1, "at": (10, 12), "dur": 60}))
    L.append(hm(g, c, "grocery delivery slot with substitution note", ("esp:sendgrid", "esp"), 2020, "Grocery delivery slot booked",
                "Slot: 18:00–19:00. Order total £72.45. You can amend your order until 23:45 the day before.", tz="Europe/London", frm=("FreshCart", "orders@freshcart.example.com"), method="PUBLISH",
                ev={"days": 2, "at": (18, 0), "dur": 60}))
    L.append(hm(g, c, "pest-control visit for the building (property manager)", ("o365", "outlook"), 2023, "Pest control – all apartments", "Please make the kitchen accessible. Pets should be kept away for 2 hours after treatment.",
                frm=g.person("property-mgmt.example.com"), ev={"allday": True, "days": 7, "transp": "TRANSPARENT"}))
    L.append(hm(g, c, "solar installer site survey, Spanish", ("esp:mailgun", "ruby"), 2024, "Visita técnica: instalación fotovoltaica", "Un técnico visitará su vivienda para revisar el tejado. Duración aprox. 1 hora. Presupuesto sin compromiso.",
                lang="es", tz="Europe/Madrid", frm=("SolarSur", "citas@solarsur.example.com"), esp_dom="mg.solarsur.example.com", ev={"days": 6, "at": (10, 0), "dur": 60}))
    L.append(hm(g, c, "window cleaner recurring every four weeks", ("smallorg", "generic"), 2018, "Window cleaning", "Every 4 weeks, £18 per visit, payable online. Text 07700 900456 if you need to skip.",
                tz="Europe/London", frm=g.person("sparkle-windows.example.com"), ev={"rrule": "FREQ=WEEKLY;INTERVAL=4", "at": (9, 0), "dur": 60}))
    return L


CATEGORIES = [meetings, travel, tickets, webinars, recurring, appointments, forwarded, itip, personal, newsletters, it_ann, finance_hr, service]
