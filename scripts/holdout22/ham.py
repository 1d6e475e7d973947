"""Legitimate calendar mail, including look-alikes of spam.  All organisations,
people, codes and numbers are invented for this corpus."""
import datetime as dt
from build import rotate, text_for, att, event, base_vals, place, fdate
from common import (person, local_part, phone, mobile, money, short_id, company_domain, org_name, latin, fill)
from mimekit import alnum, hexid
from tx_ham import TX
from i18n import fmt_when

CATS = {
    "travel-booking": (14, "airline, rail, hotel and car bookings", ["booking", "custom", "outlook", "google", "zimbra"]),
    "appointment": (12, "restaurant, doctor, dentist and service appointments", ["booking", "custom", "google", "outlook", "nextcloud", "apple"]),
    "vendor-webinar": (12, "vendor webinars and conferences", ["zoom", "outlook", "google", "booking", "custom", "list"]),
    "community-series": (14, "school, church and club series", ["google", "yahoo", "apple", "outlook", "nextcloud", "custom", "thunderbird", "zimbra"]),
    "it-notice": (10, "IT maintenance and password-expiry notices", ["outlook", "zimbra", "sogo", "custom", "google", "nextcloud", "thunderbird"]),
    "doc-share-colleague": (12, "colleagues sharing documents with links", ["outlook", "google", "nextcloud", "thunderbird", "zimbra", "sogo", "apple"]),
    "finance-reminder": (10, "payment reminders and bank-detail warnings", ["outlook", "google", "custom", "thunderbird", "zimbra", "sogo", "yahoo", "booking"]),
    "recruiter": (12, "recruiters and interview scheduling", ["google", "outlook", "booking", "zoom", "apple", "custom", "thunderbird"]),
    "forwarded-invite": (10, "forwarded invitations", ["outlook", "google", "thunderbird", "apple", "zimbra", "yahoo", "sogo"]),
    "list-copy": (8, "mailing-list copies with broken DKIM", ["list"]),
    "reply-cancel": (12, "replies, counter-proposals and cancellations", ["google", "outlook", "apple", "thunderbird", "yahoo", "zimbra", "sogo", "nextcloud"]),
    "personal": (14, "friends and family", ["google", "apple", "yahoo", "outlook", "thunderbird", "nextcloud"]),
    "support-callback": (10, "requested support callbacks and visits", ["booking", "custom", "outlook", "google", "zoom", "zimbra"]),
    "work-meeting": (10, "ordinary business meetings", ["outlook", "google", "zoom", "thunderbird", "zimbra", "sogo", "nextcloud", "apple"]),
}
YEARS = {}


def me(c, ps="NEEDS-ACTION"):
    return att(c.rname, c.rcpt, ps)


def colleagues(c, n, domain):
    out = []
    for _ in range(n):
        nm, fl, ll = person(c.rng, c.lang if c.rng.random() < 0.8 else "en")
        out.append(att(nm, f"{local_part(c.rng, fl, ll, 'f.l')}@{domain}"))
    return out


def meet_link(c, kind=None):
    rng = c.rng
    kind = kind or {"google": "meet", "outlook": "teams"}.get(c.base, rng.choice(["zoom", "teams", "meet", "jitsi"]))
    y = c.arrival.year
    if kind == "teams" and y < 2018:
        return f"https://meet.lync.com/{latin(org_name(c.rdomain))[:12]}/{alnum(rng, 8).lower()}/{alnum(rng, 8).upper()}"
    if kind == "meet" and y < 2018:
        return f"https://plus.google.com/hangouts/_/calendar/{alnum(rng, 40)}"
    if kind == "meet":
        return "https://meet.google.com/" + "-".join(alnum(rng, n, "abcdefghijklmnopqrstuvwxyz") for n in (3, 4, 3))
    if kind == "teams":
        return f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{alnum(rng, 48)}%40thread.v2/0?context=%7b%22Tid%22%3a%22{hexid(rng, 8)}-{hexid(rng, 4)}%22%7d"
    if kind == "zoom":
        return f"https://{rng.choice(['us02web', 'us06web', 'zoom'])}.zoom.us/j/{rng.randint(81000000000, 89999999999)}?pwd={alnum(rng, 32)}"
    return f"https://meet.jit.si/{alnum(rng, 12)}"


def add_conf(c, ev, kind=None):
    link = meet_link(c, kind)
    if c.base in ("google", "outlook") and (("meet.google" in link and c.base == "google") or ("teams" in link and c.base == "outlook")):
        ev["conference"] = link
    else:
        ev["description"] = (ev.get("description") or "") + f"\n\n{link}"
    return link


# =================================================================== travel
AIRLINES = [("Aurora Airways", "flyaurora.com", "AU"), ("Nordic Pine Air", "nordicpineair.com", "NP"),
            ("Adriatica", "adriatica-air.it", "AD"), ("Sahara Sky", "saharasky.ae", "SH"), ("Kirin Air", "kirinair.jp", "KR")]
HOTELS = [("StayFinder", "stayfinder.com"), ("Hotel Marienhof", "hotel-marienhof.de"), ("Harbourside Inn", "harbourside-inn.co.uk")]
CITIES = {"en": [("London Heathrow", "LHR"), ("New York JFK", "JFK"), ("Chicago O'Hare", "ORD"), ("San Francisco", "SFO"), ("Dublin", "DUB")],
          "de": [("Frankfurt", "FRA"), ("München", "MUC"), ("Berlin BER", "BER")], "fr": [("Paris CDG", "CDG"), ("Lyon", "LYS")],
          "it": [("Milano Malpensa", "MXP"), ("Roma Fiumicino", "FCO")], "pl": [("Warszawa", "WAW"), ("Kraków", "KRK")],
          "ar": [("الرياض", "RUH"), ("دبي", "DXB")], "ja": [("東京 羽田", "HND"), ("大阪 伊丹", "ITM")], "th": [("กรุงเทพฯ", "BKK"), ("เชียงใหม่", "CNX")],
          "tr": [("İstanbul", "IST"), ("İzmir", "ADB")]}

EN_TRAVEL = [
    dict(kind="airline"), dict(kind="airline"), dict(kind="hotel"), dict(kind="rail"), dict(kind="car"), dict(kind="airline"),
    dict(kind="hotel")]


def travel(c):
    rng = c.rng
    T = text_for(c, EN_TRAVEL, TX)
    kind = T.get("kind", "airline")
    cities = CITIES.get(c.lang, CITIES["en"])
    (c1, a1), (c2, a2) = rng.sample(cities, 2) if len(cities) > 1 else (cities[0], CITIES["en"][0])
    pnr = short_id(rng, 6)
    s, e = c.ev_time(days=(7, 120), hours=(6, 21), dur=(75, 600), minute_step=5)
    ret_s = s + dt.timedelta(days=rng.randint(3, 14), hours=rng.randint(-3, 3))
    ret_e = ret_s + (e - s)
    if kind == "airline":
        brand, dom, code = T.get("brand_t") or rng.choice(AIRLINES)
        fl1, fl2 = f"{code}{rng.randint(100, 2999)}", f"{code}{rng.randint(100, 2999)}"
    elif kind == "hotel":
        brand, dom = rng.choice(HOTELS)
        code = ""
    elif kind == "rail":
        brand, dom, code = rng.choice([("EuroRail Connect", "eurorailconnect.eu", "ERC"), ("Northern Express Rail", "nxrail.co.uk", "NX")])
    else:
        brand, dom, code = ("DriveAway Rentals", "driveaway-rentals.com", "DA")
    if T.get("brand"):
        brand = T["brand"]
    if T.get("dom"):
        dom = T["dom"]
    amount = money(rng, c.lang, 89, 1400)
    ph = phone(rng, c.lang)
    url = f"https://www.{dom}/manage-booking?pnr={pnr}&ln={latin(c.rname.split(' ')[-1])[:10].upper()}"
    v = base_vals(c, code=pnr, amount=amount, phone=ph, brand=brand, date=fdate(c, s), time=s.strftime("%H:%M"),
                  from_=c1, to=c2, place=c2, url=url, nights=str((ret_s.date() - s.date()).days))
    v["from"] = c1
    rname = c.rname
    evs = []
    if c.lang != "en":
        summ = fill(T["sum"], v)
        body = fill(T["d"], v)
    elif kind == "airline":
        summ = f"Flight {fl1} {a1} → {a2}"
        body = (f"Dear {rname},\n\nThank you for booking with {brand}. Your booking is confirmed.\n\nBooking reference: {pnr}\n"
                f"Outbound: {fl1} {c1} ({a1}) → {c2} ({a2}), {fdate(c, s)} {s:%H:%M}\nReturn: {fl2} {c2} ({a2}) → {c1} ({a1}), {fdate(c, ret_s)} {ret_s:%H:%M}\n"
                f"Passenger: {rname.upper()}\nFare: Economy Light (1 personal item)\nTotal paid: {amount}\n\n"
                f"Online check-in opens 30 hours before departure. Manage your booking: {url}\n\n"
                f"Need help? Call us at {ph} (24/7).\n\nLimited offer: add a checked bag now and save 20%!\n\n{brand} Reservations")
    elif kind == "hotel":
        summ = f"Stay at {brand if brand != 'StayFinder' else 'Hotel Lindenblick'} ({(ret_s.date() - s.date()).days} nights)"
        body = (f"Hi {c.rfirst},\n\nYour reservation is confirmed!\n\nConfirmation number: {rng.randint(1000000000, 9999999999)}\nPIN: {rng.randint(1000, 9999)}\n"
                f"Check-in: {fdate(c, s)} from 15:00\nCheck-out: {fdate(c, ret_s)} until 11:00\nRoom: Double Room with city view, breakfast included\n"
                f"Total price: {amount} (pay at the property)\n\nFree cancellation until 2 days before arrival.\nProperty phone: {ph}\n\nManage booking: {url}")
    elif kind == "rail":
        summ = f"Train {code} {rng.randint(100, 999)} {c1} → {c2}"
        body = (f"Your e-ticket\n\nOrder number: {pnr}\nJourney: {c1} → {c2}\nDate: {fdate(c, s)}, departure {s:%H:%M}\nCoach {rng.randint(1, 14)}, seat {rng.randint(11, 98)}\n"
                f"Price: {amount}\n\nPlease show the QR code in the app or the PDF attachment on board. Customer service: {ph}\nView ticket: {url}")
    else:
        summ = f"Car pick-up: {c2} airport"
        body = (f"Reservation {pnr} confirmed.\nPick-up: {c2} airport, {fdate(c, s)} {s:%H:%M}\nReturn: {fdate(c, ret_s)} {ret_s:%H:%M}\nVehicle: VW Golf or similar\n"
                f"Estimated total: {amount}\nBring your driving licence and a credit card in the driver's name.\nBranch phone: {ph}")
    if kind == "hotel":
        ev = event(c, summ, body, dt.datetime(s.year, s.month, s.day), dt.datetime(ret_s.year, ret_s.month, ret_s.day), None, [],
                   allday=True, location=T.get("loc") or f"{brand}, {c2}", transp="TRANSPARENT")
        evs = [ev]
    else:
        ev = event(c, summ, body, s, e, None, [], location=f"{c1} ({a1})" if kind == "airline" else c1)
        evs = [ev]
        if kind == "airline" and rng.random() < 0.7:
            evs.append(event(c, f"Flight {fl2} {a2} → {a1}", f"Booking reference: {pnr}", ret_s, ret_e, None, [],
                             location=f"{c2} ({a2})"))
    for x in evs:
        x["url"] = url
        x["alarms"] = rng.choice([[], [180], [1440]])
    spec = dict(frm=(f"{brand}", f"{rng.choice(['noreply', 'booking', 'reservations', 'confirmation'])}@{rng.choice(['', 'mail.', 'email.'])}{dom}"),
                events=evs, subject=T.get("s") and fill(T["s"], v) or {"airline": f"Your booking confirmation {pnr}",
                                                                       "hotel": f"Booking confirmed: {summ}", "rail": f"Your ticket {pnr}",
                                                                       "car": f"Reservation confirmed {pnr}"}[kind],
                body=body, method="PUBLISH", desc=f"{kind} booking confirmation with code, amount and phone number")
    if c.base == "booking":
        spec["sender_kind"] = "esp"
        spec["booking"] = dict(brand=brand, prodid=rng.choice([f"-//{brand}//Booking Engine 4.2//EN", f"-//{brand}//NONSGML Itinerary//EN",
                                                               "-//Amadeus//Itinerary//EN", "-//Sabre//Trip Export 1.0//EN"]),
                               host="www." + dom, uid_dom=dom, filename=rng.choice(["booking.ics", f"{pnr}.ics", "itinerary.ics", "calendar.ics"]),
                               dtstyle=rng.choice(["utc", "tzid", "float"]), color=rng.choice(["#00205b", "#c8102e", "#006341"]),
                               ics_ctype=rng.choice(["text/calendar", "application/ics"]))
    else:
        nm, ad, kind2 = c.identity(["owned"], name=brand, domain=dom, local=rng.choice(["reservations", "frontdesk", "booking"]))
        spec["frm"] = (nm, ad)
        for x in evs:
            x["organizer"] = (brand, ad)
            x["attendees"] = [att(c.rname, c.rcpt, "ACCEPTED" if rng.random() < 0.5 else "NEEDS-ACTION")]
        spec["method"] = "REQUEST" if c.base in ("outlook", "google", "zimbra") else rng.choice(["PUBLISH", None])
        if c.base == "custom":
            spec["custom"] = dict(prodid=rng.choice([f"-//{brand}//Reservation System//EN", "-//Hotel PMS//protel//EN", "-//TravelDesk//EN"]),
                                  layout=rng.choice(["mixed", "alt-html"]), dtstyle="float" if rng.random() < 0.3 else "utc",
                                  mailer=rng.choice(["PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)", None]))
            if spec["method"] is None:
                spec["quirks"] = ["no-method"]
    return spec


# =================================================================== appointments
EN_APPT = [
    dict(kind="restaurant"), dict(kind="doctor"), dict(kind="dentist"), dict(kind="hair"), dict(kind="garage"), dict(kind="vet")]


def appointment(c):
    rng = c.rng
    T = text_for(c, EN_APPT, TX)
    kind = T.get("kind", "doctor")
    s, e = c.ev_time(days=(1, 30), hours=(8, 20), dur=(20, 120), minute_step=15)
    ph = phone(rng, c.lang)
    names = {"restaurant": ("Trattoria Da Nonna", "trattoria-danonna.com"), "doctor": ("Riverside Family Practice", "riversidefp.com"),
             "dentist": ("Bright Smile Dental", "brightsmile-dental.com"), "hair": ("Studio Nine Hair", "studionine-hair.com"),
             "garage": ("Westside Auto Service", "westside-auto.com"), "vet": ("Paws & Claws Veterinary", "pawsclaws-vet.com")}
    brand, dom = names.get(kind, names["doctor"])
    if T.get("brand"):
        brand = T["brand"]
    if T.get("dom"):
        dom = T["dom"]
    code = short_id(rng, 8)
    platform = rng.choice([("TableNow", "tablenow.example.com"), ("MediSlot", "medislot.example.com"), ("Bookwise", "bookwise.example")]) \
        if kind in ("restaurant",) else rng.choice([("MediSlot", "medislot.example.com"), ("Bookwise", "bookwise.example"), (brand, dom)])
    if kind == "restaurant":
        platform = ("TableNow", "tablenow.example.com")
    url = f"https://{platform[1]}/r/{alnum(rng, 10)}"
    v = base_vals(c, brand=brand, phone=ph, code=code, date=fdate(c, s), time=s.strftime("%H:%M"), url=url,
                  amount=money(rng, c.lang, 20, 120), n=str(rng.randint(2, 8)))
    if c.lang != "en":
        summ, body = fill(T["sum"], v), fill(T["d"], v)
    else:
        summ = {"restaurant": f"Table for {v['n']} at {brand}", "doctor": f"Appointment: {brand}", "dentist": "Dental check-up & cleaning",
                "hair": "Haircut & colour - Studio Nine", "garage": "Car service (annual inspection)", "vet": "Vaccination - Paws & Claws"}[kind]
        body = {"restaurant": f"Your reservation is confirmed.\n\n{brand}\n{fdate(c, s)} at {s:%H:%M}\nParty size: {v['n']}\nConfirmation code: {code}\n\n"
                              f"Please note: a no-show fee of {v['amount']} per person applies if you cancel less than 24 hours in advance.\n"
                              f"To modify or cancel: {url}\nRestaurant phone: {ph}",
                "doctor": f"Dear {c.rname},\n\nthis confirms your appointment on {fdate(c, s)} at {s:%H:%M}.\nPlease bring your insurance card and arrive 10 minutes early.\n"
                          f"If you cannot attend, cancel at least 24 hours in advance: {url} or call {ph}.\n\nBooking number: {code}",
                "dentist": f"Hi {c.rfirst}, this is a reminder of your appointment with Dr. Alvarez on {fdate(c, s)} at {s:%H:%M}.\nEstimated co-pay: {v['amount']}.\nReply C to confirm or call {ph} to reschedule.",
                "hair": f"Thanks for booking!\nService: cut & colour with Mia\nDate: {fdate(c, s)} {s:%H:%M}\nPrice from {v['amount']}\nDeposit paid. Cancellation policy: 48 hours.\nManage: {url}",
                "garage": f"Your vehicle is booked in for its annual service on {fdate(c, s)} at {s:%H:%M}. Estimated cost {v['amount']} plus parts. Courtesy car available on request - call {ph}.",
                "vet": f"Appointment for Luna (cat) - annual vaccination.\n{fdate(c, s)} {s:%H:%M}\nPlease bring her vaccination booklet. Questions: {ph}"}[kind]
    loc = T.get("loc") or f"{brand}, {rng.randint(1, 200)} {rng.choice(['Main St', 'High Street', 'Market Square', 'Elm Avenue'])}"
    ev = event(c, summ, body, s, e, None, [], location=loc)
    ev["alarms"] = rng.choice([[60], [1440], [1440, 120], []])
    spec = dict(events=[ev], body=body, desc=f"{kind} appointment confirmation")
    if c.base == "booking":
        spec["frm"] = (platform[0] if platform[0] != brand else brand, f"noreply@{platform[1]}")
        spec["sender_kind"] = "esp"
        spec["subject"] = T.get("s") and fill(T["s"], v) or f"Confirmed: {summ}"
        spec["method"] = "PUBLISH"
        spec["booking"] = dict(brand=platform[0], prodid=f"-//{platform[0]}//Appointments 2.0//EN", host=platform[1], uid_dom=platform[1],
                               filename="appointment.ics", dtstyle=rng.choice(["utc", "tzid"]))
        ev["organizer"] = (brand, f"noreply@{platform[1]}")
        ev["attendees"] = [att(c.rname, c.rcpt, "ACCEPTED")]
        spec["reply_to"] = (brand, f"info@{dom}")
    else:
        nm, ad, kind2 = c.identity(["owned", "free"], name=brand if c.base != "apple" else None, domain=dom,
                                   local=rng.choice(["info", "reception", "praxis", "booking", "termine"]))
        spec["frm"] = (nm, ad)
        ev["organizer"] = (nm, ad)
        ev["attendees"] = [att(nm, ad, "ACCEPTED"), me(c)]
        spec["subject"] = T.get("s") and fill(T["s"], v) or None
        if c.base == "custom":
            spec["custom"] = dict(prodid=rng.choice(["-//MediSoft Praxis//Terminplaner//DE", "-//Salon Manager//EN", "-//OpenTable-like//EN",
                                                     "-//ical generator//EN", "-//Shop Booking Widget//EN"]),
                                  layout=rng.choice(["mixed", "alt-html", "single"]), dtstyle=rng.choice(["utc", "tzid", "float"]),
                                  mailer=rng.choice(["PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)", "nodemailer (6.9.8; +https://nodemailer.com/)", None]))
            spec["method"] = rng.choice(["PUBLISH", "REQUEST", None])
            q = []
            if spec["method"] is None:
                q.append("no-method")
            if rng.random() < 0.25:
                q.append(rng.choice(["char-fold", "soft-escape", "no-fold"]))
            spec["quirks"] = q
    return spec


# =================================================================== vendor webinars / conferences
EN_WEBINAR = [
    dict(sum="Live webinar: Cutting cloud costs by 30% with FinOps", d="Thanks for registering! Join our product team for a free 45-minute session with live Q&A. All attendees get an exclusive offer: 3 months free on the Pro plan.", brand="Cloudlytics"),
    dict(sum="{brand} Summit {year} - Save the date", d="You're invited to {brand} Summit {year}. Two days of keynotes, hands-on labs and networking. Early-bird offer: 40% off until {date}. Free for customers with an active subscription.", brand="Datavault"),
    dict(sum="Webinar: What's new in payroll compliance for {year}", d="Free CPE-eligible webinar. Presenters: our compliance experts. Slides and recording will be shared with all registrants.", brand="PayRight"),
    dict(sum="Customer roundtable: product roadmap preview", d="Dear customer,\nyou are invited to our quarterly roadmap preview. This invitation was sent to all account owners. Limited-time offer for attendees: free upgrade to the Enterprise tier for 6 months.", brand="Taskforge"),
    dict(sum="Partner kick-off {year}", d="Welcome to our annual partner kick-off. Agenda, sessions and the partner incentive programme (up to 25% margin on new deals) will be presented.", brand="Northwind Software"),
    dict(sum="Free workshop: secure your Microsoft 365 tenant", d="Hands-on workshop for IT admins. Bring a laptop. Free of charge - lunch included. Spots are limited, please accept this invitation to confirm.", brand="SecureBridge IT"),
]


def webinar(c):
    rng = c.rng
    T = text_for(c, EN_WEBINAR, TX)
    brand = T.get("brand") or org_name(company_domain(rng, c.lang))
    dom = T.get("dom") or (latin(brand)[:14] + rng.choice([".com", ".io", ".net"]))
    s, e = c.ev_time(days=(5, 60), hours=(9, 17), dur=(45, 90))
    v = base_vals(c, brand=brand, date=fdate(c, s - dt.timedelta(days=3)), year=str(s.year))
    summ, body = fill(T["sum"], v), fill(T["d"], v)
    hostname, fl, ll = person(rng, c.lang)
    spec = dict(desc="vendor webinar/conference invitation")
    if c.base == "zoom":
        nm, ad, kind = c.identity(["owned"], name=f"{brand} Events", domain=dom, local="events")
        ev = event(c, summ, body, s, e, (f"{brand}", f"events@{dom}"), [me(c)])
        spec.update(frm=(f"{brand} Events", "no-reply@zoom.us"), events=[ev], subject=f"{summ} Confirmation")
    elif c.base == "booking":
        plat = rng.choice([("Evently", "evently.example.com"), ("Eventure", "eventure.example.net")])
        ev = event(c, summ, body, s, e, (brand, f"no-reply@{plat[1]}"), [att(c.rname, c.rcpt, "ACCEPTED")], location=rng.choice(["Online event", f"Congress Center, Hall {rng.randint(1, 5)}"]))
        ev["url"] = f"https://{plat[1]}/e/{latin(brand)[:10]}-{rng.randint(10000, 99999)}"
        spec.update(frm=(f"{brand} via {plat[0]}", f"no-reply@{plat[1]}"), events=[ev], sender_kind="esp",
                    subject=f"Your registration: {summ}", body=body + f"\n\nEvent page: {ev['url']}\nOrder #{rng.randint(1000000, 9999999)} - Free ticket",
                    booking=dict(brand=plat[0], prodid=f"-//{plat[0]}//Event Export 2.1//EN", host=plat[1], uid_dom=plat[1], filename="event.ics"),
                    reply_to=(brand, f"events@{dom}"), method="PUBLISH")
    else:
        nm, ad, kind = c.identity(["owned"], name=hostname, domain=dom)
        n = rng.choice([0, 0, 1, 2])
        atts = [att(nm, ad, "ACCEPTED"), me(c)]
        if n == 1:
            atts += [att(None, f"{local_part(rng, *person(rng, 'en')[1:])}@{company_domain(rng, rng.choice(['en', 'de', 'fr']))}") for _ in range(rng.randint(120, 350))]
            spec["desc"] = f"vendor event invitation with {len(atts)} attendees from many companies"
        elif n == 2:
            atts += colleagues(c, rng.randint(100, 260), dom)
            spec["desc"] = f"vendor event with {len(atts)} attendees"
        ev = event(c, summ, body, s, e, (nm, ad), atts)
        add_conf(c, ev)
        spec.update(frm=(nm, ad), events=[ev])
        if c.base == "custom":
            spec["custom"] = dict(prodid=rng.choice(["-//ON24//Webcast//EN", "-//GoToWebinar//EN", "-//HubSpot//Marketing Events//EN", "-//Marketo//Event//EN"]),
                                  layout="mixed", with_html=True, mailer=None)
            spec["sender_kind"] = "esp"
            spec["method"] = rng.choice(["REQUEST", "PUBLISH"])
        if c.base == "list":
            pass
    return spec


# =================================================================== community series
EN_COMM = [
    dict(sum="Choir rehearsal", d="Weekly rehearsal in the parish hall. Please bring your folder and a pencil. New singers always welcome - free, no audition!", rr="FREQ=WEEKLY;BYDAY=TH", loc="St. Mary's Parish Hall"),
    dict(sum="U10 soccer practice", d="Hi parents, practice every Tuesday and Thursday. Shin guards and water bottle please. Snack rota to follow.", rr="FREQ=WEEKLY;BYDAY=TU,TH", loc="Riverside Park, field 3"),
    dict(sum="PTA monthly meeting", d="Monthly PTA meeting in the library. Agenda: spring fair, fundraising, free book swap. Childcare provided.", rr="FREQ=MONTHLY;BYDAY=1WE", loc="Lincoln Elementary - Library"),
    dict(sum="Book club", d="This month: 'The Remains of the Day'. Hosting rotates - check the sheet. Bring a snack to share!", rr="FREQ=MONTHLY;BYDAY=-1FR", loc=""),
    dict(sum="Sunday long run (club)", d="Easy pace 16-20 km, meet at the boathouse. Coffee afterwards. Non-members free for the first 3 runs.", rr="FREQ=WEEKLY;BYDAY=SU", loc="Boathouse, Lakeside Drive"),
    dict(sum="Bible study group", d="We're continuing with the Gospel of Luke. Everyone welcome, tea and biscuits provided.", rr="FREQ=WEEKLY;BYDAY=WE", loc="Grace Church, room 2"),
    dict(sum="Scouts - weekly meeting", d="Cub scouts meet every Monday. Uniform please. Subs are due at the start of term.", rr="FREQ=WEEKLY;BYDAY=MO", loc="Scout hut, Mill Lane"),
    dict(sum="Community garden work day", d="Second Saturday of every month. Gloves and tools provided. Free seedlings for volunteers!", rr="FREQ=MONTHLY;BYDAY=2SA", loc="Oak Street Community Garden"),
]


def community(c):
    rng = c.rng
    T = text_for(c, EN_COMM, TX)
    s, e = c.ev_time(days=(1, 10), hours=(9, 19), dur=(60, 120))
    v = base_vals(c, date=fdate(c, s))
    summ, body = fill(T["sum"], v), fill(T["d"], v)
    rr = T.get("rr", "FREQ=WEEKLY")
    nm, ad, kind = c.identity(["free", "owned"], domain=company_domain(rng, c.lang) if c.base in ("nextcloud", "custom", "zimbra") else None)
    atts = [att(nm, ad, "ACCEPTED"), me(c)]
    n = rng.randint(0, 25)
    for _ in range(n):
        pn, fl, ll = person(rng, c.lang)
        atts.append(att(pn if rng.random() < 0.5 else None, f"{local_part(rng, fl, ll)}{rng.choice(['', str(rng.randint(1, 99))])}@{rng.choice(['gmail.com', 'yahoo.com', 'icloud.com', 'hotmail.com', 'outlook.com', 'web.de', 'gmx.de'])}"))
    ev = event(c, summ, body, s, e, (nm, ad), atts, rrule=rr, location=T.get("loc", ""))
    ev["alarms"] = rng.choice([[30], [60], [1440], []])
    spec = dict(frm=(nm, ad), events=[ev], desc=f"open-ended recurring series ({rr.split(';')[0]}) from {kind} mail")
    if c.base == "custom":
        spec["custom"] = dict(prodid=rng.choice(["-//SchoolPortal//Calendar 3.1//EN", "-//ChurchSuite//EN", "-//TeamSnap-like//EN", "-//Drupal iCal API//EN", "-//WordPress - The Events Calendar//EN"]),
                              layout=rng.choice(["mixed", "alt", "single"]), dtstyle="tzid", mailer=rng.choice(["PHPMailer 5.2.27 (https://github.com/PHPMailer/PHPMailer)", None]))
        if rng.random() < 0.4:
            spec["quirks"] = [rng.choice(["no-method", "char-fold", "no-vtimezone", "soft-escape"])]
    return spec


# =================================================================== IT notices
EN_IT = [
    dict(sum="Planned maintenance: e-mail and VPN unavailable", d="Dear colleagues,\non {date} from 22:00 to 02:00 we will upgrade the mail servers and VPN gateways. During this window e-mail and remote access will be unavailable. No action is required from you.\n\nIT Operations"),
    dict(sum="Your password expires in 7 days", d="Hello {first},\nyour network password expires on {date}. Please change it before then: press Ctrl+Alt+Del and choose 'Change a password', or use the self-service portal {portal}.\nIT will never ask you for your password by e-mail or phone.\n\nService Desk"),
    dict(sum="MFA enrolment session (mandatory)", d="All staff must enrol in multi-factor authentication by {date}. Drop-in help sessions are scheduled - please bring your phone. Instructions are on the intranet: {portal}"),
    dict(sum="Laptop replacement appointment", d="Your laptop is due for replacement. Please come to the IT desk with your current device and charger. Back up any local files to OneDrive beforehand. Ticket {ref}."),
    dict(sum="Phishing awareness training - {year}", d="Annual security awareness training. 45 minutes, attendance required for all employees. You will learn to spot fake invoices, fake login pages and calendar spam."),
    dict(sum="Server room power test - short outage", d="Facilities will test the UPS on {date}. Expect a short interruption of network printers and the Wi-Fi in building B between 07:00 and 07:30."),
]


def itnotice(c):
    rng = c.rng
    T = text_for(c, EN_IT, TX)
    dom = c.rdomain
    portal = f"https://{rng.choice(['passwordreset', 'mysignins', 'selfservice', 'sspr', 'intranet'])}.{dom}/"
    s, e = c.ev_time(days=(2, 14), hours=(7, 22), dur=(30, 240))
    v = base_vals(c, date=fdate(c, s), portal=portal)
    summ, body = fill(T["sum"], v), fill(T["d"], v)
    nm, ad, kind = c.identity(["owned"], name=rng.choice(["IT Service Desk", "IT Operations", "Helpdesk", None]), domain=dom,
                              local=rng.choice(["it-servicedesk", "helpdesk", "it", "noreply-it"]))
    atts = [me(c)] + (colleagues(c, rng.randint(30, 200), dom) if rng.random() < 0.4 else [])
    ev = event(c, summ, body, s, e, (nm, ad), atts, transp="TRANSPARENT" if rng.random() < 0.5 else "OPAQUE")
    spec = dict(frm=(nm, ad), events=[ev], desc="internal IT notice from the recipient's own domain")
    if c.base == "custom":
        spec["custom"] = dict(prodid=rng.choice(["-//ServiceNow//Change Calendar//EN", "-//Atlassian Confluence//Calendar//EN", "-//OTRS//EN"]),
                              layout=rng.choice(["mixed", "alt-html"]), dtstyle="utc", mailer=None)
    return spec


# =================================================================== doc-share between colleagues
EN_DOC = [
    dict(sum="Review: Q{q} budget draft", d="Hi {first},\ncan we go through the budget draft together? I've shared it here: {link}\nComments welcome before the meeting.\n\nThanks,\n{sender}"),
    dict(sum="Contract review with legal", d="Latest version of the supplier contract is in the shared folder: {link}\nPlease check clauses 7 and 12 before we meet."),
    dict(sum="Design review - onboarding flow", d="Figma file and the research notes: {link}\nWe'll walk through the new onboarding screens."),
    dict(sum="Proposal for {company} - final check", d="Hi both, final check of the proposal before it goes out on Friday. Doc: {link}"),
    dict(sum="Board pack walkthrough", d="Board pack v3 uploaded: {link}\nPlease read the finance section in advance."),
]


def docshare_ham(c):
    rng = c.rng
    T = text_for(c, EN_DOC, TX)
    dom = c.rdomain if rng.random() < 0.7 else company_domain(rng, c.lang)
    sname, fl, ll = person(rng, c.lang)
    tenant = latin(dom.split(".")[0])[:14]
    r = rng.random()
    if c.base == "google" or r < 0.3:
        link = f"https://docs.google.com/{rng.choice(['document', 'spreadsheets', 'presentation'])}/d/{alnum(rng, 44)}/edit?usp=sharing"
    elif c.base == "nextcloud" or r < 0.45:
        link = f"https://cloud.{dom}/s/{alnum(rng, 15)}"
    else:
        link = f"https://{tenant}.sharepoint.com/:{rng.choice(['w', 'x', 'p', 'f'])}:/s/{rng.choice(['Finance', 'Legal', 'Projects', 'Sales'])}/{alnum(rng, 46)}?e={alnum(rng, 6)}"
    s, e = c.ev_time(days=(1, 10), hours=(9, 17), dur=(30, 60))
    v = base_vals(c, link=link, sender=sname, q=str(rng.randint(1, 4)))
    summ, body = fill(T["sum"], v), fill(T["d"], v)
    nm, ad, kind = c.identity(["owned"], name=sname, domain=dom)
    atts = [att(nm, ad, "ACCEPTED"), me(c)] + colleagues(c, rng.randint(0, 4), dom)
    ev = event(c, summ, body, s, e, (nm, ad), atts)
    if rng.random() < 0.5:
        add_conf(c, ev)
    else:
        ev["location"] = rng.choice(["Room 3.14", "Meeting room Atlas", "Besprechungsraum 2", "Board room"])
    if c.base in ("google", "thunderbird", "nextcloud") and rng.random() < 0.6:
        ev["attach"] = [(link, "application/vnd.google-apps.document" if "docs.google" in link else
                         rng.choice(["application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"]),
                         rng.choice(["Budget_draft.xlsx", "Contract_v7.docx", "Proposal_final.pdf", "Board_pack_v3.pdf"]))]
    return dict(frm=(nm, ad), events=[ev], desc="colleague meeting with shared-document link")


# =================================================================== finance reminders
EN_FIN = [
    dict(sum="Payment reminder: invoice {inv} due {date}", d="Dear {first},\nthis is a friendly reminder that invoice {inv} over {amount} is due on {date}. If you have already paid, please disregard this message.\nOur bank details have NOT changed. If you ever receive a message claiming they have, please call us on {phone} to verify.\n\nAccounts Receivable"),
    dict(sum="Month-end close: submit accruals", d="Reminder: all accruals and open POs must be submitted by {date} 17:00. Late submissions roll into next month."),
    dict(sum="Expense reports due", d="Please submit all expense reports for this quarter through the expense tool by {date}. Receipts over {amount} need an itemised invoice."),
    dict(sum="Important: beware of bank-detail change requests", d="Team, we have seen fraudulent e-mails asking to change supplier bank details. Never change payment details based on an e-mail. Always call the supplier on a number from our vendor master file. Short briefing in this slot."),
    dict(sum="Payroll cut-off", d="Payroll cut-off for this month is {date}. Changes to bank accounts must be made by the employee in the HR portal and will be confirmed by phone. We will never ask you to send bank details by e-mail."),
    dict(sum="Quarterly VAT return - review with accountant", d="Hi {first}, we need to review the VAT return before filing. Estimated payable: {amount}. Please have the Q{q} sales ledger ready."),
]


def finance(c):
    rng = c.rng
    T = text_for(c, EN_FIN, TX)
    dom = c.rdomain if rng.random() < 0.5 else company_domain(rng, c.lang)
    s, e = c.ev_time(days=(2, 20), hours=(9, 16), dur=(15, 60))
    v = base_vals(c, inv=f"{s.year}-{rng.randint(100, 9999):04d}", amount=money(rng, c.lang, 300, 48000), date=fdate(c, s),
                  q=str(rng.randint(1, 4)))
    summ, body = fill(T["sum"], v), fill(T["d"], v)
    nm, ad, kind = c.identity(["owned", "free"], domain=dom, name=rng.choice([None, "Accounts Receivable", "Finance Team"]))
    ev = event(c, summ, body, s, e, (nm, ad), [att(nm, ad, "ACCEPTED"), me(c)] + colleagues(c, rng.randint(0, 12), dom))
    spec = dict(frm=(nm, ad), events=[ev], desc="finance reminder / bank-detail warning")
    if c.base == "custom":
        spec["custom"] = dict(prodid=rng.choice(["-//Xero-like Accounting//Reminders//EN", "-//Odoo//Odoo 16.0//EN", "-//SAP Concur-like//EN"]),
                              layout="mixed", dtstyle="utc", mailer=None)
    if c.base == "booking":
        spec["booking"] = dict(brand="Ledgerly", prodid="-//Ledgerly//Invoice Reminders//EN", host="ledgerly.example.com",
                               uid_dom="ledgerly.example.com", filename="due-date.ics", dtstyle="utc")
        spec["subject"] = summ
        spec["body"] = body
        spec["sender_kind"] = "esp"
        spec["method"] = "PUBLISH"
        ev["allday"] = True
        ev["start"] = dt.datetime(s.year, s.month, s.day)
        ev["end"] = ev["start"] + dt.timedelta(days=1)
    return spec


# =================================================================== recruiters
EN_REC = [
    dict(sum="Interview: Senior Data Engineer - {brand}", d="Hi {first},\nthanks for your interest in the Senior Data Engineer role at {brand}. This first call (45 min) is with the hiring manager. Salary range for the role: {amount}, remote-friendly.\n\nBest,\n{sender}\nTalent Acquisition"),
    dict(sum="Intro call with {sender} (recruiter)", d="Looking forward to our chat about the Product Manager opening. No preparation needed."),
    dict(sum="Technical interview (pair programming)", d="You'll pair with two engineers for 60 minutes. Use any language you like. Link below. If you need accommodations, reply to this e-mail."),
    dict(sum="Final interview - on site", d="Please report to reception at 9:45. Bring a photo ID. Travel expenses will be reimbursed - keep your receipts."),
    dict(sum="Career info session: graduate programme {year}", d="Free online info session about our graduate programme. Meet current trainees and ask anything."),
]


def recruiter(c):
    rng = c.rng
    T = text_for(c, EN_REC, TX)
    dom = company_domain(rng, c.lang)
    brand = org_name(dom)
    sname, fl, ll = person(rng, c.lang)
    s, e = c.ev_time(days=(2, 14), hours=(9, 17), dur=(30, 60))
    v = base_vals(c, brand=brand, sender=sname, amount=money(rng, c.lang, 70000, 140000, False) + " - " + money(rng, c.lang, 140000, 190000, False))
    summ, body = fill(T["sum"], v), fill(T["d"], v)
    spec = dict(desc="recruiter interview scheduling")
    if c.base == "booking":
        ev = event(c, summ, body, s, e, (sname, f"{fl}.{ll}@{dom}"), [att(c.rname, c.rcpt, "ACCEPTED")])
        link = meet_link(c, rng.choice(["zoom", "teams", "meet"]))
        ev["location"] = link
        spec.update(frm=("Calendry", "notifications@calendry.example.com"), sender_kind="esp", events=[ev],
                    subject=f"Invitation: {summ}", method="REQUEST",
                    body=f"Hi {c.rfirst},\n\nA new event has been scheduled.\n\nEvent type: {summ}\nHost: {sname} ({brand})\nWhen: {fdate(c, s)} {s:%H:%M}\nLocation: {link}\n\n{body}\n\nNeed to make changes? Reschedule or cancel: https://calendry.example.com/reschedulings/{uuidish(c)}",
                    booking=dict(brand="Calendry", prodid="-//Calendry//Scheduling//EN", host="calendry.example.com",
                                 uid_dom="calendry.example.com", filename="invite.ics", inline_cal=True),
                    reply_to=(sname, f"{fl}.{ll}@{dom}"))
    elif c.base == "zoom":
        ev = event(c, summ, body, s, e, (brand, f"careers@{dom}"), [me(c)])
        spec.update(frm=(f"{brand} Careers", "no-reply@zoom.us"), events=[ev])
    else:
        nm, ad, kind = c.identity(["owned", "free"], name=sname, domain=dom)
        ev = event(c, summ, body, s, e, (nm, ad), [att(nm, ad, "ACCEPTED"), me(c)] + colleagues(c, rng.randint(0, 2), dom))
        if rng.random() < 0.7:
            add_conf(c, ev)
        else:
            ev["location"] = f"{brand} HQ, {rng.randint(1, 99)} {rng.choice(['Harbour Road', 'King Street', 'Innovation Way'])}"
        spec.update(frm=(nm, ad), events=[ev])
        if c.base == "custom":
            spec["custom"] = dict(prodid=rng.choice(["-//HireFlow ATS//Interview Scheduler//EN", "-//Greenhouse-like//EN", "-//Workable-like//EN"]),
                                  layout="mixed", with_html=True, dtstyle="utc", mailer=None)
            spec["sender_kind"] = "esp"
    return spec


def uuidish(c):
    return alnum(c.rng, 8).lower() + "-" + alnum(c.rng, 4).lower()


# =================================================================== forwarded invitations
EN_FWD = [
    dict(note="FYI - can you join this instead of me? I'm travelling that day.", sum="Steering committee", d="Agenda: status, risks, budget. Please send updates in advance."),
    dict(note="Forwarding as discussed. Please accept so the organiser sees you on the list.", sum="Vendor demo - ticketing platform", d="Demo of the new ticketing platform followed by Q&A."),
    dict(note="See below - we should both be there.", sum="Customer workshop", d="Full-day workshop with the customer's IT team. Lunch provided."),
    dict(note="Adding you - this covers the new travel policy.", sum="Town hall: travel policy", d="Short town hall about the updated travel and expense policy."),
]


def forwarded(c):
    rng = c.rng
    T = text_for(c, EN_FWD, TX)
    dom = c.rdomain
    fname, fl, ll = person(rng, c.lang)
    oname, ofl, oll = person(rng, c.lang)
    odom = rng.choice([dom, company_domain(rng, c.lang)])
    s, e = c.ev_time(days=(2, 20), hours=(9, 17), dur=(30, 120))
    v = base_vals(c)
    summ, body, note = fill(T["sum"], v), fill(T["d"], v), fill(T["note"], v)
    nm, ad, kind = c.identity(["owned"], name=fname, domain=dom)
    org = (oname, f"{local_part(rng, ofl, oll, 'f.l')}@{odom}")
    ev = event(c, summ, body, s, e, org, [att(oname, org[1], "ACCEPTED"), att(fname, ad, rng.choice(["ACCEPTED", "NEEDS-ACTION"])), me(c)])
    if rng.random() < 0.6:
        add_conf(c, ev)
    ev["sequence"] = rng.choice([0, 0, 1])
    if c.base == "outlook":
        pre = (f"{note}\n\n-----Original Appointment-----\nFrom: {oname} <{org[1]}>\nSent: {fdate(c, c.arrival)} \nTo: {fname}\nSubject: {summ}\n"
               f"When: {fmt_when(s, e, c.lang)}\nWhere: {ev.get('location') or 'Microsoft Teams Meeting'}\n\n")
        subj = f"FW: {summ}"
    else:
        pre = (f"{note}\n\n---------- Forwarded message ---------\nFrom: {oname} <{org[1]}>\nDate: {fdate(c, c.arrival)}\nSubject: Invitation: {summ}\nTo: {fname} <{ad}>\n\n")
        subj = f"Fwd: Invitation: {summ}"
    if c.lang != "en" and T.get("fw"):
        subj = T["fw"] + summ
    spec = dict(frm=(nm, ad), events=[ev], body_prefix=pre, subject=subj, desc="invitation forwarded by a colleague")
    if c.base in ("thunderbird", "apple", "custom"):
        spec["mail_note"] = pre + body
    return spec


# =================================================================== list copies
EN_LIST = [
    dict(sum="Community call - {proj}", d="Monthly community call for contributors. Agenda in the wiki; everyone welcome. Notes will be posted to the list.", lst=("{proj}-dev", "Developer discussion")),
    dict(sum="Seminar: Sparse methods in inverse problems", d="Speaker: Dr. {sender}. Abstract: We discuss recent progress on sparsity-promoting regularisation. Coffee from 15:45.", lst=("math-seminar", "Mathematics seminar announcements")),
    dict(sum="Neighbourhood association meeting", d="Topics: street party, parking, recycling. Free pizza. All residents welcome.", lst=("elmstreet-neighbours", "Elm Street Neighbours")),
    dict(sum="Reading group: chapter 4", d="We continue with chapter 4. Volunteers to lead the discussion welcome.", lst=("ml-reading", "ML reading group")),
    dict(sum="Release planning {proj} 3.2", d="Let's agree the scope for 3.2. Please add items to the planning doc before the call.", lst=("{proj}-release", "Release coordination")),
]


def listcopy(c):
    rng = c.rng
    T = text_for(c, EN_LIST, TX)
    proj = rng.choice(["openfoam-lite", "pyturbine", "libquark", "gridkit", "tessera"])
    sname, fl, ll = person(rng, c.lang)
    v = base_vals(c, proj=proj, sender=sname)
    summ, body = fill(T["sum"], v), fill(T["d"], v)
    lname, ldesc = T.get("lst", ("community", "Community list"))
    lname = lname.format(proj=proj)
    base = rng.choice(["google", "thunderbird", "outlook", "apple", "zimbra", "sogo", "nextcloud", "custom"])
    c.base = base
    mgr = rng.choice(["mailman2", "mailman3", "googlegroups", "sympa"])
    if mgr == "googlegroups":
        ldom = "googlegroups.com"
    else:
        ldom = rng.choice(["lists.", "lists.", "list."]) + rng.choice([proj.replace("-", "") + ".org", company_domain(rng, c.lang)])
    laddr = f"{lname}@{ldom}"
    nm, ad, kind = c.identity(["owned", "free"], name=sname)
    s, e = c.ev_time(days=(3, 25), hours=(8, 18), dur=(60, 90))
    ev = event(c, summ, body, s, e, (nm, ad), [att(nm, ad, "ACCEPTED"), att(ldesc, laddr, role="REQ-PARTICIPANT", cutype="GROUP")])
    if rng.random() < 0.6:
        add_conf(c, ev, rng.choice(["jitsi", "zoom", "meet"]))
    if rng.random() < 0.4:
        ev["rrule"] = rng.choice(["FREQ=MONTHLY;BYDAY=2TH", "FREQ=WEEKLY;BYDAY=WE", "FREQ=MONTHLY;BYDAY=1TU"])
    spec = dict(frm=(nm, ad), events=[ev], to=[(ldesc, laddr)], base_client=base,
                list=dict(name=ldesc, addr=laddr, domain=ldom, manager=mgr, tag=lname if rng.random() < 0.5 else None),
                desc=f"copy via {mgr} list, original DKIM broken")
    if base == "nextcloud":
        spec["nc_host"] = "cloud." + ad.split("@")[1]
    if base == "custom":
        spec["custom"] = dict(prodid=rng.choice(["-//Indico//EN", "-//Meetup-like//EN", "-//Discourse Calendar//EN"]), layout="mixed")
    return spec


# =================================================================== replies / cancellations
EN_REPLY = [
    dict(kind="REPLY", ps="ACCEPTED", sum="Project sync", comment=""),
    dict(kind="REPLY", ps="DECLINED", sum="Quarterly review", comment="Sorry, I'm on leave that week - Priya will cover."),
    dict(kind="REPLY", ps="TENTATIVE", sum="Team lunch", comment="Might be a bit late."),
    dict(kind="CANCEL", sum="Weekly stand-up", comment="Cancelled this week due to the offsite."),
    dict(kind="REPLY", ps="ACCEPTED", sum="Interview debrief", comment="See you there."),
    dict(kind="CANCEL", sum="Client visit", comment="The client postponed; I'll send a new date."),
]


def replycancel(c):
    rng = c.rng
    T = text_for(c, EN_REPLY, TX)
    kind = T.get("kind", "REPLY")
    dom = c.rdomain
    s, e = c.ev_time(days=(1, 14), hours=(9, 17), dur=(30, 60))
    v = base_vals(c)
    summ = fill(T["sum"], v)
    comment = fill(T.get("comment", ""), v)
    if kind == "REPLY":
        rn, fl, ll = person(rng, c.lang)
        nm, ad, k = c.identity(["owned", "free"], name=rn, domain=rng.choice([dom, company_domain(rng, c.lang)]))
        ev = event(c, summ, "", s, e, (c.rname, c.rcpt), [att(nm, ad, T.get("ps", "ACCEPTED"))], sequence=0)
        spec = dict(frm=(nm, ad), events=[ev], method="REPLY", reply_comment=comment,
                    desc=f"METHOD:REPLY ({T.get('ps', 'ACCEPTED').lower()}) for a meeting the recipient organised")
        if c.base in ("thunderbird", "apple", "custom", "zimbra", "sogo", "nextcloud", "yahoo"):
            spec["mail_note"] = comment or ""
        if c.base in ("zimbra", "sogo", "nextcloud", "yahoo"):
            spec["subject"] = f"{T.get('subj_pfx') or {'ACCEPTED': 'Accepted', 'DECLINED': 'Declined', 'TENTATIVE': 'Tentative'}[T.get('ps', 'ACCEPTED')]}: {summ}"
    else:
        on, fl, ll = person(rng, c.lang)
        nm, ad, k = c.identity(["owned", "free"], name=on, domain=rng.choice([dom, company_domain(rng, c.lang)]))
        ev = event(c, summ, comment, s, e, (nm, ad), [att(nm, ad, "ACCEPTED"), me(c)] + colleagues(c, rng.randint(0, 5), dom),
                   sequence=rng.randint(1, 3), rrule=rng.choice([None, "FREQ=WEEKLY;BYDAY=MO"]), status="CANCELLED")
        if ev["rrule"] is None:
            del ev["rrule"]
        spec = dict(frm=(nm, ad), events=[ev], method="CANCEL", desc="METHOD:CANCEL from the organiser")
        if c.base in ("zimbra", "sogo", "yahoo", "thunderbird", "apple"):
            spec["subject"] = (T.get("subj_pfx") or "Cancelled") + f": {summ}"
    return spec


# =================================================================== personal
EN_PERS = [
    dict(sum="Emma's 7th birthday party 🎈", d="Hi all! Emma is turning 7 - bouncy castle, pizza and cake. Drop-off is fine. Let me know about allergies!", loc="12 Willow Close"),
    dict(sum="Dinner at ours", d="Finally! Come round for dinner, we'll cook. Bring nothing but yourselves (ok, maybe wine 🍷)."),
    dict(sum="BBQ Saturday", d="Weather looks good - BBQ in the garden from 4pm. Kids welcome."),
    dict(sum="Save the date: Sarah & Tom's wedding", d="We're getting married! Formal invitation to follow. Accommodation tips on our website: {site}", far=True),
    dict(sum="Game night", d="Bringing Catan and Codenames. Snacks welcome."),
    dict(sum="Help with the move 📦", d="Van booked 9-13h. Pizza and beer for all helpers afterwards, promised!"),
    dict(sum="Hiking trip - Lake District", d="Meeting at the car park at 8. Packed lunch, proper shoes. Rain plan: pub."),
    dict(sum="Family reunion {year}", d="The whole family at grandma's! Please tell us by the end of the month how many of you are coming.", far=True),
]


def personal(c):
    rng = c.rng
    T = text_for(c, EN_PERS, TX)
    far = T.get("far")
    if far:
        s, e = c.ev_time(days=(200, 520), hours=(12, 15), dur=(480, 600), allday=rng.random() < 0.5)
    else:
        s, e = c.ev_time(days=(2, 30), hours=(11, 20), dur=(120, 240))
    v = base_vals(c, site=f"https://www.{latin(c.rname.split(' ')[0])}-and-{rng.choice(['tom', 'sam', 'alex'])}.wedding/", year=str(s.year))
    summ, body = fill(T["sum"], v), fill(T["d"], v)
    nm, ad, kind = c.identity(["free", "owned"])
    atts = [att(nm, ad, "ACCEPTED"), me(c)]
    for _ in range(rng.randint(0, 12)):
        pn, fl, ll = person(rng, c.lang)
        atts.append(att(pn if rng.random() < 0.6 else None, f"{local_part(rng, fl, ll)}@{rng.choice(['gmail.com', 'icloud.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'gmx.de', 'orange.fr', 'naver.com'])}"))
    ev = event(c, summ, body, s, e, (nm, ad), atts, location=fill(T.get("loc", ""), v), allday=(far and (e - s).days >= 1))
    ev["alarms"] = rng.choice([[], [60], [1440], [10080], [10080, 1440, 120, 30], [2880, 1440, 180, 60, 15]])
    return dict(frm=(nm, ad), events=[ev], desc="personal invitation between friends/family" + (" (far-future date)" if far else ""))


# =================================================================== support callbacks
EN_SUPPORT = [
    dict(sum="Callback from {brand} Support - case #{ref}", d="Hello {first},\nas requested, a support engineer will call you on {phone2} at the time below regarding case #{ref} ('Sync errors after update').\nIf the time doesn't suit, reply to this e-mail or call us on {phone}.", brand="Taskforge"),
    dict(sum="Technician visit - fibre installation", d="Your appointment is confirmed. Our technician will call you 30 minutes before arrival. Order number {ref}. Questions: {phone}", brand="CityFibre Net"),
    dict(sum="Remote support session (requested)", d="Thank you for contacting us. Your remote session is booked. Join via the link below; our agent will never ask for your passwords or payment details.", brand="PrintWorks"),
    dict(sum="Call with your mortgage adviser", d="As agreed, {sender} will call you on {phone2} to discuss your fixed-rate renewal options. Reference {ref}.", brand="Harbour Building Society"),
    dict(sum="Warranty repair pick-up", d="Courier pick-up for your laptop repair (RMA {ref}) is scheduled. Please pack the device securely. Service hotline: {phone}", brand="Lumen Electronics"),
]


def support(c):
    rng = c.rng
    T = text_for(c, EN_SUPPORT, TX)
    brand = T.get("brand") or org_name(company_domain(rng, c.lang))
    dom = T.get("dom") or latin(brand)[:16] + rng.choice([".com", ".net", ".co.uk", ".de"])
    sname, fl, ll = person(rng, c.lang)
    s, e = c.ev_time(days=(0, 7), hours=(8, 18), dur=(30, 60), minute_step=15)
    v = base_vals(c, brand=brand, sender=sname, phone=phone(rng, c.lang), phone2=mobile(rng, c.lang), ref=str(rng.randint(10**6, 10**7)))
    summ, body = fill(T["sum"], v), fill(T["d"], v)
    spec = dict(desc="support callback/visit the customer requested")
    if c.base == "booking":
        ev = event(c, summ, body, s, e, (brand, f"support@{dom}"), [att(c.rname, c.rcpt, "ACCEPTED")])
        spec.update(frm=(f"{brand} Support", f"noreply@support.{dom}"), sender_kind="esp", events=[ev], body=body, subject=summ, method="PUBLISH",
                    booking=dict(brand=brand, prodid=rng.choice(["-//Zendesk-like//Callbacks//EN", "-//Freshdesk-like//EN", f"-//{brand}//Scheduler//EN"]),
                                 host=f"support.{dom}", uid_dom=dom, filename="appointment.ics"))
    elif c.base == "zoom":
        ev = event(c, summ, body, s, e, (brand, f"support@{dom}"), [me(c)])
        spec.update(frm=(f"{brand} Customer Success", "no-reply@zoom.us"), events=[ev])
    else:
        nm, ad, kind = c.identity(["owned"], name=f"{sname} ({brand})" if rng.random() < 0.5 else sname, domain=dom)
        ev = event(c, summ, body, s, e, (nm, ad), [att(nm, ad, "ACCEPTED"), me(c)], location=v["phone2"] if rng.random() < 0.4 else None)
        if ev.get("location") is None:
            del ev["location"]
        if rng.random() < 0.4:
            add_conf(c, ev)
        spec.update(frm=(nm, ad), events=[ev])
        if c.base == "custom":
            spec["custom"] = dict(prodid=rng.choice(["-//Zendesk-like//Callbacks//EN", "-//Salesforce-like Service Cloud//EN", "-//Freshdesk-like//EN"]),
                                  layout=rng.choice(["mixed", "alt-html"]), dtstyle="utc", mailer=None)
    return spec


# =================================================================== ordinary meetings
EN_WORK = [
    dict(sum="Weekly project sync", d="Standing agenda:\n1. Status per workstream\n2. Risks & blockers\n3. AOB", rr="FREQ=WEEKLY;BYDAY=TU;UNTIL={until}"),
    dict(sum="1:1 {first} / {sender}", d="", rr="FREQ=WEEKLY;INTERVAL=2;BYDAY=TH"),
    dict(sum="Kick-off: website relaunch", d="Kick-off with the agency. Goals, timeline, responsibilities."),
    dict(sum="Q{q} business review with {company}", d="Agenda: KPIs, open tickets, renewal. Slides will follow."),
    dict(sum="Sprint retrospective", d="What went well, what didn't, what we'll try next sprint."),
    dict(sum="Budget planning {year}", d="First round of budget planning. Please bring headcount and tooling estimates."),
]


def work(c):
    rng = c.rng
    T = text_for(c, EN_WORK, TX)
    dom = c.rdomain if rng.random() < 0.6 else company_domain(rng, c.lang)
    sname, fl, ll = person(rng, c.lang)
    s, e = c.ev_time(days=(1, 14), hours=(8, 17), dur=(30, 90))
    until = (s + dt.timedelta(days=rng.randint(60, 200))).strftime("%Y%m%dT235959Z")
    v = base_vals(c, sender=sname, q=str(rng.randint(1, 4)), year=str(s.year + (1 if s.month > 9 else 0)), until=until)
    summ, body = fill(T["sum"], v), fill(T["d"], v)
    nm, ad, kind = c.identity(["owned"], name=sname, domain=dom)
    ev = event(c, summ, body, s, e, (nm, ad), [att(nm, ad, "ACCEPTED"), me(c)] + colleagues(c, rng.randint(0, 8), dom))
    if T.get("rr"):
        ev["rrule"] = fill(T["rr"], v)
    if rng.random() < 0.7:
        add_conf(c, ev)
    else:
        ev["location"] = rng.choice(["Room 4.02", "Conference room B", "Cafeteria", "Sala Roma"])
    ev["alarms"] = [rng.choice([10, 15, 30])]
    spec = dict(frm=(nm, ad), events=[ev], desc="ordinary business meeting")
    if c.base == "zoom":
        spec["frm"] = (f"{org_name(dom)}", "no-reply@zoom.us")
        spec["desc"] = "internal webinar registration"
    return spec


BUILDERS = {"travel-booking": travel, "appointment": appointment, "vendor-webinar": webinar, "community-series": community,
            "it-notice": itnotice, "doc-share-colleague": docshare_ham, "finance-reminder": finance, "recruiter": recruiter,
            "forwarded-invite": forwarded, "list-copy": listcopy, "reply-cancel": replycancel, "personal": personal,
            "support-callback": support, "work-meeting": work}
