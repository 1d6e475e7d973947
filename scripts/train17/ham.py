"""Ham (legitimate) categories."""
import datetime as dt
from common import R, pick, chance, alnum, digits, hexs, uuid4, TZS
from build import (set_rcpt, set_sender, base_event, fill, phone, org_as_attendee, default_alarm, meet_link, attendee,
                   coworker, tz_for, make_uid)
from model import person, local_part, FREEMAIL, ORG_DOMAINS, RCPT_DOMAINS, Event
from texts_intl import CITIES
import spam as S

CATS = {
    "travel-booking": (12, "Airline / rail booking confirmation", "booking custom outlook zimbra sogo"),
    "hotel-restaurant": (11, "Hotel or restaurant reservation", "booking custom outlook yahoo google apple"),
    "medical-appointment": (11, "Doctor / dentist / clinic appointment", "booking custom outlook google zimbra nextcloud sogo"),
    "webinar-conference": (12, "Vendor webinar, conference or all-hands with many attendees", "zoom outlook google booking custom list yahoo"),
    "community-series": (11, "School / church / club recurring series", "google yahoo apple thunderbird nextcloud outlook list custom"),
    "it-notice": (10, "IT maintenance or password-expiry notice", "outlook zimbra sogo nextcloud google custom thunderbird"),
    "doc-share-colleague": (10, "Colleague meeting with shared document links", "outlook google zimbra nextcloud sogo thunderbird apple"),
    "finance-reminder": (10, "Finance payment reminder / bank-detail warning", "outlook google zimbra custom sogo thunderbird yahoo apple"),
    "recruiter": (10, "Recruiter interview scheduling", "google outlook booking zoom apple yahoo custom"),
    "forwarded-invite": (9, "Invitation forwarded by a colleague", "outlook apple thunderbird zimbra yahoo google"),
    "list-copy": (10, "Mailing-list copy of an invitation (broken DKIM)", "list"),
    "reply-cancel": (12, "REPLY / CANCEL for a meeting", "google outlook apple thunderbird zimbra nextcloud sogo yahoo zoom booking"),
    "personal": (11, "Invitation between friends / family", "google apple yahoo outlook thunderbird nextcloud"),
    "support-callback": (9, "Support callback the customer requested", "booking custom outlook google zoom zimbra"),
    "work-meeting": (12, "Ordinary work meeting", "google outlook apple thunderbird zimbra yahoo nextcloud sogo zoom custom list"),
}

AIRLINES = [("Corvina Air", "fly-corvina.com", "CV"), ("Aurelia Airlines", "aurelia-air.com", "AU"), ("Nordavia", "nordavia-air.com", "NV"),
            ("Pacific Tern", "pacifictern.com", "PT"), ("Meridian Jet", "meridianjet.com", "MJ")]
RAIL = [("NorthStar Rail", "northstar-rail.com"), ("EuroLink Trains", "eurolink-trains.com"), ("Coastline Rail", "coastline-rail.co.uk")]
HOTELS = [("StayFinder", "stayfinder-mail.com"), ("Harbour View Hotel", "harbourview-hotel.com"), ("Hotel Lindenhof", "hotel-lindenhof-am-see.de"),
          ("The Wexley Inn", "wexleyinn.com")]
RESTO = [("TableNow", "tablenow-mail.com"), ("Osteria Verde", "osteriaverde.com"), ("Saffron House", "saffronhouse-dining.com")]
CLINIC = [("DocSlot", "docslot-mail.com"), ("Riverside Family Practice", "riverside-fp.com"), ("BrightSmile Dental", "brightsmile-dental.com"),
          ("Lakeshore Clinic", "lakeshore-clinic.net")]
VENDORS = [("Cloudburst Analytics", "cloudburst-analytics.com"), ("Vantage CRM", "vantagecrm.io"), ("Helix Security", "helixsec.com"),
           ("Northwind Data", "northwind-data.com"), ("Quanta HR", "quanta-hr.com")]
SUPPORT = [("Helix Security Support", "helixsec.com"), ("Vantage CRM Care", "vantagecrm.io"), ("Printwell Service", "printwell-service.com"),
           ("FiberNet Business", "fibernet-business.com")]


def city(m):
    return pick(CITIES.get(m.lang, CITIES["en"]))


def hvals(m):
    first = (m.rcpt_name or "").split(" ")[0] if m.lang not in ("zh", "zh-tw", "ja", "ko") else m.rcpt_name
    t = m.ev.start
    nm = person(m.lang)[0]
    return dict(name=first, sender=m.from_name or "", code=alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), ref=digits(R.choice([6, 7, 8])),
                date=t.strftime("%d.%m.%Y") if m.lang in ("de", "ru", "pl", "el") else t.strftime("%Y/%m/%d") if m.lang in ("ja", "zh", "zh-tw", "ko") else t.strftime("%d/%m/%Y") if m.lang != "en" else t.strftime("%A, %B %d"),
                time=t.strftime("%H:%M"), phone=phone({"en": "US", "de": "DE", "fr": "FR", "ja": "JP", "hi": "IN", "ru": "RU"}.get(m.lang, "XX")),
                doc=nm.split(" ")[-1], city=city(m), orig=nm,
                url=pick(["https://docs.google.com/document/d/%s/edit" % alnum(44), "https://%s.sharepoint.com/:w:/s/%s/%s" % (m.rcpt.split("@")[1].split(".")[0].replace("-", ""), pick(["Finance", "Projects", "Team"]), alnum(40)),
                          "https://drive.google.com/drive/folders/%s" % alnum(33)]),
                company=(m.from_email or "x@a.b").split("@")[1].split(".")[0].replace("-", " ").title())


def apply_snip(m, snip, v):
    cat, subj, summ, body, loc = snip
    ev = m.ev
    ev.summary = fill(summ, v)
    ev.description = fill(body, v)
    ev.location = fill(loc or "", v)
    m.subject = fill(subj, v)
    m.note = ev.description


def internal(m, kind="org"):
    """Sender from the recipient's own organisation."""
    dom = m.rcpt.split("@")[1]
    if dom in sum(FREEMAIL.values(), []):
        dom = pick(ORG_DOMAINS.get(m.lang, ORG_DOMAINS["en"]))
        set_rcpt(m, domain=dom)
    nm, a, b = person(m.lang)
    set_sender(m, kind, name=nm, domain=dom, local=local_part(a, b))


def service_sender(m, brand, dom, local="noreply", esp=True, prodid=None, legacy=False):
    c = m.inner if m.client == "list" else m.client
    if c == "zoom":
        set_sender(m, "free", name=brand)
        m.from_email = "no-reply@zoom.us"
        m.setup = "esp"
        return
    if c in ("booking", "custom"):
        set_sender(m, "esp" if esp and chance(0.7) else "org", name=brand, domain=dom, local=local)
        m.brand = {"name": brand, "esp": pick(["sendgrid", "ses", "mailgun", "postmark", "sparkpost"]), "utc": chance(0.5), "legacy": legacy}
        m.prodid = prodid or pick(["-//%s//%s//EN" % (brand, pick(["Booking System", "Reservations", "Calendar Export 2.1", "iCal Generator"])),
                                    "-//%s//NONSGML v1.0//EN" % brand, "-//ical-generator//%s//EN" % brand.replace(" ", ""),
                                    "-//sebbo.net//ical-generator//EN", "-//ics.py - http://git.io/lLljaA//EN"])
    elif c == "nextcloud":
        set_sender(m, "org", name=brand, domain=dom, local=local)
        m.brand = {"name": brand, "host": "cloud." + dom}
        m.nc_from = "noreply@cloud." + dom
    else:
        nm, a, b = person(m.lang)
        set_sender(m, "org", name=nm, domain=dom, local=local_part(a, b))


# ------------------------------------------------------------------ categories
def travel(m, snip):
    set_rcpt(m, n_extra=0)
    air = chance(0.65)
    if air:
        name, dom, iata = pick(AIRLINES)
    else:
        name, dom = pick(RAIL)
    service_sender(m, name, dom, pick(["noreply", "booking", "itinerary", "confirmation"]))
    c = m.client
    tzid = pick(["Europe/London", "America/New_York", "Europe/Berlin", "Asia/Singapore", "America/Los_Angeles"]) if m.lang == "en" else None
    base_event(m, "x", method="PUBLISH" if c in ("booking", "custom") else "REQUEST", days=(7, 90), hours=(6, 21), dur=(75, 95, 130, 185, 240, 505), tzid=tzid)
    v = hvals(m)
    if snip:
        apply_snip(m, snip, v)
    else:
        code = v["code"]
        cities = pick([("London Heathrow (LHR)", "Barcelona (BCN)"), ("New York JFK", "Chicago O'Hare (ORD)"), ("Manchester (MAN)", "Dublin (DUB)"),
                       ("San Francisco (SFO)", "Seattle (SEA)"), ("Singapore (SIN)", "Sydney (SYD)")]) if air else pick([("London St Pancras", "Paris Gare du Nord"), ("Edinburgh Waverley", "London King's Cross"), ("Boston South Station", "New York Penn Station")])
        if air:
            fl = "%s %d" % (iata, R.randrange(100, 2999))
            m.ev.summary = "Flight %s %s → %s" % (fl, cities[0].split(" (")[0], cities[1].split(" (")[0])
            m.ev.description = ("Booking reference: %s\nPassenger: %s\nFlight: %s\nDeparture: %s, Terminal %d\nArrival: %s\nSeat: %d%s | Baggage: 1 x 23kg\n"
                                "Total paid: $%d.%02d\n\nManage your booking: https://www.%s/manage-booking?pnr=%s\nOnline check-in opens 24 hours before departure.\nQuestions? Call %s"
                                % (code, m.rcpt_name, fl, cities[0], R.randrange(1, 6), cities[1], R.randrange(3, 40), pick("ABCDEF"), R.randrange(89, 1400), R.randrange(100), dom, code, phone("US")))
            m.ev.location = cities[0]
            m.subject = pick(["Your booking confirmation %s" % code, "Itinerary for %s - %s" % (m.rcpt_name, code), "Booking confirmed: %s" % m.ev.summary])
        else:
            tr = R.randrange(1000, 9999)
            m.ev.summary = "Train %d %s → %s" % (tr, cities[0], cities[1])
            m.ev.description = "Ticket reference: %s\nCoach %s, Seat %d\nFare: £%d.%02d (Advance Single)\nYour e-ticket is attached to your account: https://www.%s/tickets/%s\nPlease arrive 15 minutes before departure." % (
                code, pick("ABCDEFGH"), R.randrange(1, 80), R.randrange(19, 160), R.randrange(100), dom, code)
            m.ev.location = cities[0]
            m.subject = "Your e-ticket: %s" % m.ev.summary
        m.note = "Dear %s,\n\nThank you for booking with %s.\n\n%s\n\nWe look forward to welcoming you on board." % (v["name"], name, m.ev.description)
    m.ev.transp = "OPAQUE"
    if chance(0.35) and not snip:
        ret = Event()
        ret.__dict__.update({k: getattr(m.ev, k) for k in ("tz", "organizer", "attendees", "method", "transp", "status")})
        ret.summary = "Return: " + m.ev.summary
        ret.start = m.ev.start + dt.timedelta(days=R.randrange(3, 15))
        ret.end = ret.start + (m.ev.end - m.ev.start)
        ret.uid = make_uid(m)
        ret.location = m.ev.summary.split("→")[-1].strip()
        ret.description = m.ev.description
        m.ev.extra_events = [ret]
    if chance(0.5):
        m.ev.alarms = [("-PT3H", "DISPLAY", "Departure in 3 hours")]
    m.desc = "Travel booking: " + m.ev.summary[:50]


def hotelrest(m, snip):
    set_rcpt(m)
    hotel = chance(0.55)
    name, dom = pick(HOTELS if hotel else RESTO)
    service_sender(m, name, dom, pick(["reservations", "noreply", "booking"]))
    if m.client in ("google", "apple", "yahoo", "outlook"):
        # small owner-run business sending from its own calendar
        set_sender(m, "free" if m.client in ("yahoo",) or chance(0.4) else "org", name=name if chance(0.5) else None, domain=dom)
    base_event(m, "x", method="PUBLISH" if m.client in ("booking", "custom") else "REQUEST", days=(3, 60), hours=(12, 20) if not hotel else (14, 15), dur=(90, 120, 150))
    if hotel:
        m.ev.end = m.ev.start + dt.timedelta(days=R.randrange(1, 6))
    v = hvals(m)
    if snip:
        apply_snip(m, snip, v)
    else:
        if hotel:
            m.ev.summary = "%s - %s (Confirmation %s)" % (pick(["Stay at", "Reservation:", "Check-in"]), name if name != "StayFinder" else pick(["Seaview Apartments", "Hotel Aurora", "Cedar Lodge"]), v["code"])
            m.ev.description = "Confirmation number: %s\nPIN: %s\nGuest: %s\nRoom: %s, %d nights\nTotal price: $%d.%02d (includes taxes and fees)\nFree cancellation until %s.\nProperty phone: %s\nManage reservation: https://www.%s/mybooking/%s" % (
                v["code"], digits(4), m.rcpt_name, pick(["Deluxe Double", "Twin Room", "King Suite", "Studio"]), (m.ev.end - m.ev.start).days, R.randrange(150, 2200), R.randrange(100), (m.ev.start - dt.timedelta(days=2)).strftime("%b %d"), phone("US"), dom, alnum(10))
            m.ev.location = "%d %s, %s" % (R.randrange(1, 400), pick(["Harbour Road", "Main Street", "Lakeside Drive", "Queen's Parade"]), city(m))
        else:
            m.ev.summary = "Table for %d at %s" % (R.randrange(2, 9), name if name != "TableNow" else pick(["Bistro Lumière", "The Copper Pot", "Nonna's Kitchen"]))
            m.ev.description = "Your reservation is confirmed.\nParty size: %s\nReservation code: %s\nSpecial offer: free dessert for birthday guests - just let your server know!\nNeed to change plans? Call us at %s or modify online: https://www.%s/r/%s" % (
                m.ev.summary.split(" ")[2], v["code"], phone("US"), dom, alnum(8))
            m.ev.location = "%d %s, %s" % (R.randrange(1, 300), pick(["Market Street", "High St", "Elm Avenue"]), city(m))
        m.subject = pick(["Reservation confirmed", "Your booking is confirmed", "Booking confirmation " + v["code"]])
        m.note = "Hi %s,\n\n%s\n\nSee you soon!" % (v["name"], m.ev.description)
    if hotel:
        m.ev.allday = chance(0.4)
        if m.ev.allday:
            m.ev.start = dt.datetime(m.ev.start.year, m.ev.start.month, m.ev.start.day)
            m.ev.end = dt.datetime(m.ev.end.year, m.ev.end.month, m.ev.end.day)
    org_as_attendee(m)
    m.desc = "Hotel/restaurant booking"


def medical(m, snip):
    set_rcpt(m)
    name, dom = pick(CLINIC)
    service_sender(m, name, dom, pick(["appointments", "noreply", "termine", "reception"]), legacy=True)
    base_event(m, "x", method=pick(["PUBLISH", "REQUEST"]) if m.client in ("booking", "custom") else "REQUEST", days=(1, 45), hours=(8, 17), dur=(15, 20, 30, 45))
    v = hvals(m)
    if snip:
        apply_snip(m, snip, v)
    else:
        kind = pick(["Dental cleaning", "Annual physical", "Follow-up visit", "Dermatology consultation", "Eye exam", "Physiotherapy session", "Flu vaccination"])
        doc = "Dr. " + v["doc"]
        m.ev.summary = pick(["%s with %s" % (kind, doc), "Appointment: %s" % kind, "%s - %s" % (name, kind)])
        m.ev.description = "Hello %s,\n\nThis confirms your appointment (%s) with %s.\nPlease arrive 10 minutes early and bring your insurance card and photo ID. Co-pay may be due at the visit.\nTo cancel or reschedule, call %s at least 24 hours in advance%s.\n\nPatient portal: https://portal.%s/login" % (
            v["name"], kind, doc, v["phone"], pick(["", " or reply to this email", " or use the link below"]), dom)
        m.ev.location = "%s, %d %s, %s" % (name, R.randrange(1, 900), pick(["Oak Street", "Medical Plaza Suite 210", "Riverside Blvd"]), city(m))
        m.subject = pick(["Appointment confirmation", "Your appointment on %s" % v["date"], "Reminder: upcoming appointment"])
        m.note = m.ev.description
    if chance(0.5):
        m.ev.alarms = [("-P1D", "DISPLAY", "Appointment tomorrow")]
    m.desc = "Medical appointment"


def webinar(m, snip):
    set_rcpt(m)
    vname, vdom = pick(VENDORS)
    c = m.client
    allhands = chance(0.3) and c in ("outlook", "google") and not snip
    if allhands:
        internal(m)
    else:
        service_sender(m, vname, vdom, pick(["events", "webinars", "marketing", "noreply"]))
    base_event(m, "x", days=(3, 40), hours=(9, 17), dur=(45, 60, 90))
    v = hvals(m)
    if c in ("zoom", "outlook", "google"):
        m.ev.meet = meet_link(m, "zoom" if c == "zoom" else None)
    if snip:
        apply_snip(m, snip, v)
        v["url"] = m.ev.meet or "https://events.%s/live/%s" % (vdom, alnum(8))
        apply_snip(m, snip, v)
    elif allhands:
        m.ev.summary = pick(["Company All-Hands Q%d" % R.randrange(1, 5), "Town Hall with the CEO", "Global Kick-off %d" % (m.arrival.year + 1)])
        m.ev.description = "Hi all,\n\nPlease join us for our %s. We will cover results, the roadmap, and there will be a live Q&A. Free lunch will be served in the atrium for those on site.\n\nSubmit questions in advance: https://forms.office.com/r/%s" % (m.ev.summary, alnum(10))
        m.ev.location = "Main auditorium / online"
        dom = m.rcpt.split("@")[1]
        for _ in range(R.randrange(150, 420)):
            nm, a, b = person("en")
            m.ev.attendees.append(attendee(nm, "%s@%s" % (local_part(a, b, "f.l"), dom), role=pick(["REQ-PARTICIPANT", "OPT-PARTICIPANT"])))
    else:
        topic = pick(["Zero Trust in 30 Minutes", "What's New in Vantage CRM %d" % (m.arrival.year % 100), "Scaling Analytics Without the Cost", "HR Compliance Update", "Ransomware Readiness Workshop"])
        m.ev.summary = "%s%s" % (pick(["Webinar: ", "Live: ", "", "[Free Webinar] "]), topic)
        join = m.ev.meet or "https://events.%s/live/%s" % (vdom, alnum(8))
        m.ev.description = "Hi %s,\n\nThanks for registering for \"%s\".\n\nJoin: %s\nPasscode: %s\n\nSpecial offer for attendees: 30-day free trial plus 20%% off the first year. Over %d people have already registered - the session will be recorded.\n\nCan't make it? Watch on demand later.\n\n%s Events Team\nUnsubscribe: https://www.%s/preferences" % (
            v["name"], topic, join, digits(6), R.randrange(300, 2500), vname, vdom)
        m.ev.location = join if chance(0.6) else "Online"
        m.subject = pick(["You're registered: %s" % topic, "Confirmation: %s" % topic, "%s - your join link" % topic])
    m.note = m.ev.description if c != "zoom" else m.ev.description
    if c == "zoom":
        m.ev.method = "PUBLISH" if chance(0.6) else "REQUEST"
        m.subject = m.subject or "%s Confirmation" % m.ev.summary
    org_as_attendee(m)
    default_alarm(m)
    m.desc = "Webinar/conference/all-hands"


def community(m, snip):
    set_rcpt(m, domain=pick(FREEMAIL.get(m.lang, FREEMAIL["en"])) if chance(0.6) else None)
    c = m.inner if m.client == "list" else m.client
    set_sender(m, "free" if c in ("google", "yahoo", "apple", "outlook", "thunderbird") or chance(0.6) else "org",
               domain=pick(["stmarys-parish.org", "riverside-youthfc.org", "pinebrook-pta.org", "oakhill-chess.club"]))
    base_event(m, "x", days=(1, 14), hours=(9, 19), dur=(60, 90, 120))
    m.ev.rrule = pick(["FREQ=WEEKLY", "FREQ=WEEKLY;BYDAY=%s" % pick(["MO", "TU", "WE", "TH", "SA", "SU"]), "FREQ=MONTHLY;BYDAY=1%s" % pick(["MO", "TU", "SU"]), "FREQ=WEEKLY;INTERVAL=2"])
    if chance(0.3):
        m.ev.rrule = "FREQ=WEEKLY;WKST=SU;BYDAY=%s" % pick(["SU", "TH"])
    v = hvals(m)
    if snip:
        apply_snip(m, snip, v)
    else:
        what = pick([("Youth soccer practice (U10)", "Please bring water, shin guards and a ball. Parents: sign up for snack duty here: https://forms.gle/%s" % alnum(17)),
                     ("Choir rehearsal", "Rehearsals every week in the parish hall. New voices welcome - free, no audition! Coffee afterwards."),
                     ("PTA monthly meeting", "Agenda: spring fair, fundraising update, teacher appreciation week. Free childcare in the library."),
                     ("Chess club", "All levels welcome. Bring a board if you have one. Free for members, $2 for guests."),
                     ("Sunday service - volunteers", "Volunteer rota for welcome desk. Reply if you can't make your date. Offering envelopes are at the door."),
                     ("Book club", "This month: discuss chapters 1-12. Potluck snacks, bring a friend!"),
                     ("Running group - Saturday long run", "Meet at the fountain. 8-12 km, all paces. Join the WhatsApp group for updates: https://chat.whatsapp.com/%s" % alnum(22))])
        m.ev.summary = what[0]
        m.ev.description = "Hi everyone,\n\n%s\n\nThanks,\n%s" % (what[1], m.from_name.split(" ")[0])
        m.ev.location = pick(["Riverside Park field 3", "St Mary's parish hall", "Pinebrook Elementary library", "Community center room B", "Main Street fountain"])
        m.note = m.ev.description
    m.ev.x_wr_calname = pick([None, None, "Club calendar", "Team schedule"])
    org_as_attendee(m)
    if m.client != "list" and chance(0.5):
        m.to += [(None, "%s@%s" % (local_part(*person(m.lang)[1:]), pick(FREEMAIL.get(m.lang, FREEMAIL["en"])))) for _ in range(R.randrange(3, 25))]
        m.ev.attendees += [attendee(n, e) for (n, e) in m.to[1:]]
    m.desc = "Recurring community series (no end)"


def itnotice(m, snip):
    set_rcpt(m)
    internal(m)
    dom = m.rcpt.split("@")[1]
    m.from_name = pick(["IT Service Desk", "IT Operations", "Helpdesk", m.from_name])
    m.from_email = pick(["itsupport", "servicedesk", "it-ops", "helpdesk", m.from_email.split("@")[0]]) + "@" + dom
    base_event(m, "x", days=(1, 14), hours=(18, 22), dur=(60, 120, 180, 240), method=pick(["REQUEST", "PUBLISH"]) if m.client in ("custom",) else "REQUEST")
    v = hvals(m)
    if snip:
        apply_snip(m, snip, v)
    else:
        k = R.randrange(4)
        if k == 0:
            m.ev.summary = "Planned maintenance: %s" % pick(["VPN gateway upgrade", "Email server patching", "Network switch replacement", "ERP downtime"])
            m.ev.description = "Dear colleagues,\n\nDuring this window the service will be unavailable. No action is needed from you. Please save your work and log off before the start.\n\nStatus updates: https://status.%s\nQuestions: IT Service Desk, ext. %s\n\nIT Operations" % (dom, digits(4))
        elif k == 1:
            m.ev.summary = "Reminder: your network password expires in %d days" % R.randrange(3, 14)
            m.ev.description = "Your password will expire soon. Change it on any office PC (Ctrl+Alt+Del > Change a password) or via the self-service portal on the intranet.\nIT will never ask you for your password by email or phone.\n\nService Desk"
            m.ev.allday = True
            m.ev.start = dt.datetime(m.ev.start.year, m.ev.start.month, m.ev.start.day)
            m.ev.end = m.ev.start + dt.timedelta(days=1)
            m.ev.transp = "TRANSPARENT"
        elif k == 2:
            m.ev.summary = "MFA enrollment drop-in session"
            m.ev.description = "Bring your phone. We will help you set up the authenticator app for the new sign-in policy that takes effect next month. No registration required.\n\nIT Security"
            m.ev.start = m.ev.start.replace(hour=R.randrange(10, 15))
            m.ev.end = m.ev.start + dt.timedelta(hours=1)
        else:
            m.ev.summary = "Laptop replacement appointment"
            m.ev.description = "Your new laptop is ready. Please bring your old device and charger to the IT desk. Allow 45 minutes for data migration.\nTicket INC%s" % digits(7)
            m.ev.start = m.ev.start.replace(hour=R.randrange(9, 16))
            m.ev.end = m.ev.start + dt.timedelta(minutes=45)
        m.ev.location = pick(["", "IT desk, 2nd floor", "All sites", "Online"])
        m.note = m.ev.description
    m.ev.transp = "TRANSPARENT" if chance(0.5) else m.ev.transp
    m.desc = "IT notice: " + m.ev.summary[:50]


def docshare(m, snip):
    set_rcpt(m, n_extra=R.randrange(0, 3))
    internal(m)
    base_event(m, "x", days=(1, 10), hours=(9, 16), dur=(30, 45, 60))
    v = hvals(m)
    m.ev.meet = meet_link(m)
    if snip:
        apply_snip(m, snip, v)
    else:
        topic = pick(["Budget review", "Contract redlines", "Q%d board deck" % R.randrange(1, 5), "Campaign brief", "Hiring plan", "Vendor comparison"])
        m.ev.summary = topic
        links = [v["url"]] + (["https://%s.sharepoint.com/:x:/r/sites/%s/Shared%%20Documents/%s.xlsx?d=w%s" % (m.rcpt.split("@")[1].split(".")[0].replace("-", ""), pick(["Finance", "Ops", "Sales"]), topic.replace(" ", "%20"), hexs(32))] if chance(0.5) else [])
        m.ev.description = "Hi %s,\n\nLet's go through the %s. I've put the draft here - please add comments before we meet:\n%s\n\nThanks!\n%s" % (
            v["name"] if len(m.to) == 1 else "all", topic.lower(), "\n".join(links), m.from_name.split(" ")[0])
        m.ev.location = pick(["", "Room 4.02", "Conference room B"])
        if chance(0.3):
            m.ev.attach = [(links[0], None, None)]
        m.note = None
    org_as_attendee(m)
    default_alarm(m)
    m.desc = "Colleague shares document links"


def finance(m, snip):
    set_rcpt(m)
    internal(m)
    base_event(m, "x", days=(1, 10), hours=(9, 15), dur=(15, 30, 60))
    v = hvals(m)
    if snip:
        apply_snip(m, snip, v)
    else:
        k = R.randrange(4)
        if k == 0:
            m.ev.summary = "Payment run - approvals due"
            m.ev.description = "Reminder: please approve all supplier invoices in the AP workflow before noon. Anything not approved moves to next week's run.\n\nReminder: we never change supplier bank details based on an email. Any request to change bank details must be verified by calling the supplier on the number we already have on file.\n\nThanks,\n%s\nAccounts Payable" % m.from_name
        elif k == 1:
            m.ev.summary = "Month-end close checkpoint"
            m.ev.description = "Quick checkpoint on accruals, open POs and intercompany. Tracker: %s" % v["url"]
        elif k == 2:
            m.ev.summary = "Fraud awareness: fake invoices and bank-detail change requests"
            m.ev.description = "15-minute briefing after two attempted payment-diversion frauds this quarter. Urgent wire requests from 'executives' or 'suppliers' must always be verified by phone. Do not buy gift cards on request.\n\nFinance & Security"
        else:
            m.ev.summary = "Expense reports due"
            m.ev.description = "Please submit outstanding expense reports by end of day. Late reports will be paid in the next payroll cycle."
            m.ev.allday = True
            m.ev.start = dt.datetime(m.ev.start.year, m.ev.start.month, m.ev.start.day)
            m.ev.end = m.ev.start + dt.timedelta(days=1)
        m.ev.location = pick(["", "Finance meeting room", "Teams"])
        m.note = m.ev.description
    org_as_attendee(m)
    m.desc = "Finance reminder / fraud warning"


def recruiter(m, snip):
    set_rcpt(m)
    if m.rcpt.split("@")[1] not in sum(FREEMAIL.values(), []) and chance(0.6):
        set_rcpt(m, domain=pick(FREEMAIL.get(m.lang, FREEMAIL["en"])))
    c = m.client
    comp, cdom = pick(VENDORS + [("Ashgrove University", "ashgrove-university.edu"), ("Timberlane Foods", "timberlane-foods.com")])
    if c in ("booking", "custom", "zoom"):
        service_sender(m, pick(["Interview Scheduler", comp + " Careers", "Hiring Team"]), cdom if c != "booking" else "interviews.example.com", pick(["no-reply", "careers", "talent"]))
    elif c in ("google", "outlook", "apple") and chance(0.75):
        nm, a, b = person(m.lang)
        set_sender(m, "org", name=nm, domain=cdom, local=local_part(a, b))
    else:
        set_sender(m, "free")
    base_event(m, "x", days=(1, 12), hours=(9, 17), dur=(30, 45, 60))
    m.ev.meet = meet_link(m)
    v = hvals(m)
    if snip:
        apply_snip(m, snip, v)
    else:
        role = pick(["Senior Data Engineer", "Product Designer", "Accounts Payable Specialist", "Customer Success Manager", "Backend Developer", "Lab Technician"])
        m.ev.summary = pick(["Interview: %s - %s" % (m.rcpt_name, role), "%s | %s phone screen" % (comp, role), "Intro call - %s role" % role])
        m.ev.description = "Hi %s,\n\nThanks for your interest in the %s position at %s. This is a %s with %s from the hiring team.\n%s\nIf the time doesn't work, just reply and I'll find another slot.\n\nBest,\n%s\nTalent Acquisition" % (
            v["name"], role, comp, pick(["30-minute intro call", "45-minute technical interview", "video interview"]), person(m.lang)[0],
            ("Join: %s\n" % m.ev.meet) if m.ev.meet and c == "booking" else "", m.from_name)
        m.ev.location = pick(["", "Phone - we'll call you at the number on your resume", "Video call"])
        m.note = m.ev.description
    org_as_attendee(m)
    m.desc = "Recruiter interview invitation"


def forwarded(m, snip):
    set_rcpt(m)
    internal(m)
    orig_nm, orig_e = org_person(m, pick(ORG_DOMAINS.get(m.lang, ORG_DOMAINS["en"]) + [m.rcpt.split("@")[1]]))
    base_event(m, "x", days=(2, 20), hours=(9, 16), dur=(60, 90), organizer=(orig_nm, orig_e))
    v = hvals(m)
    v["orig"] = "%s <%s>" % (orig_nm, orig_e)
    if snip:
        apply_snip(m, snip, v)
    else:
        topic = pick(["Customer advisory board", "Data protection training", "Industry roundtable: supply chain", "Partner onboarding session", "Lunch & learn: negotiation skills"])
        m.ev.summary = topic
        c = m.client
        pre = "FW: " if c in ("outlook", "zimbra") else "Fwd: "
        m.subject = pre + topic
        m.ev.description = "%s\n\n-----Original Appointment-----\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\nWhen: %s\nWhere: %s\n\n%s" % (
            pick(["FYI - thought you'd want to join this one.", "Forwarding as discussed. You can register with the link inside.", "Can you cover this for our team?", "Sharing in case useful."]),
            orig_nm, orig_e, (m.arrival - dt.timedelta(days=R.randrange(1, 5))).strftime("%A, %B %d, %Y %I:%M %p"), m.from_name, topic,
            m.ev.start.strftime("%A, %B %d, %Y %I:%M %p"), pick(["Auditorium", "Online", "Conference Center, Hall 2"]),
            "Agenda and materials: https://www.%s/events/%s" % (orig_e.split("@")[1], alnum(8)))
        m.ev.location = pick(["Auditorium", "Online", "Conference Center, Hall 2"])
        m.note = m.ev.description
    m.ev.attendees = [attendee(m.from_name, m.from_email, partstat="ACCEPTED")] + m.ev.attendees
    m.desc = "Forwarded invitation from colleague"


def org_person(m, dom):
    nm, a, b = person(m.lang)
    return nm, "%s@%s" % (local_part(a, b), dom)


def listcopy(m, snip):
    set_rcpt(m, domain=pick(FREEMAIL.get(m.lang, FREEMAIL["en"]) + RCPT_DOMAINS.get(m.lang, RCPT_DOMAINS["en"])[:3]))
    lname, laddr, soft = pick([("Python User Group", "pug@lists.tallowcreek.org", "mailman"), ("OpenStack Docs", "docs-team@lists.corvalis-labs.io", "mailman"),
                               ("Parents Year 4", "year4-parents@googlegroups.com", "groups"), ("Astro Society", "members@lists.kestrel-astro.org", "sympa"),
                               ("Neighbourhood Watch", "nw-elmstead@groups.example.org", "mailman"), ("Rust Meetup", "meetup@lists.ferrous-meetup.org", "groups")])
    m.list_info = {"name": lname, "addr": laddr, "soft": soft, "tag": "[%s]" % lname.split(" ")[0] if chance(0.6) else None, "munge": chance(0.35), "sign": chance(0.3)}
    m.inner = m.inner or pick(["google", "thunderbird", "outlook", "apple", "nextcloud", "zimbra"])
    set_sender(m, pick(["free", "org"]))
    base_event(m, "x", days=(2, 30), hours=(17, 20), dur=(60, 90, 120))
    m.to = [(lname, laddr)]
    m.ev.attendees = [attendee(lname, laddr, cutype="GROUP")]
    v = hvals(m)
    m.ev.meet = meet_link(m)
    if snip:
        apply_snip(m, snip, v)
    else:
        t = pick(["Monthly meetup: %s" % pick(["async Python", "type hints in practice", "testing legacy code"]), "Doc sprint planning", "Observing night (weather permitting)",
                  "Community call", "Year 4 class party planning", "Release retrospective"])
        m.ev.summary = t
        m.ev.description = "Hi all,\n\n%s. Everyone welcome, free entry. %s\n\nCheers,\n%s" % (
            pick(["Next session is in the calendar invite", "Join us for our regular get-together", "Agenda in the wiki"]),
            pick(["Pizza sponsored by our hosts.", "Bring your laptop.", "Dial-in details below.", "RSVP on the list so we can plan seats."]), m.from_name.split(" ")[0])
        m.ev.location = pick(["Library room 2", "Hackspace, Unit 4", "Online", "Observatory car park"])
        m.note = m.ev.description
    org_as_attendee(m)
    m.desc = "Mailing-list copy of an invitation"


def replycancel(m, snip):
    set_rcpt(m)
    c = m.inner if m.client == "list" else m.client
    kind = "CANCEL" if c in ("zoom", "booking") else pick(["REPLY", "REPLY", "REPLY", "CANCEL"])
    v = None
    if kind == "REPLY":
        # recipient organised the meeting; attendee answers
        if c in ("yahoo",) or (c in ("google", "apple") and chance(0.4)):
            set_sender(m, "free")
        else:
            nm, a, b = person(m.lang)
            set_sender(m, "org", name=nm, domain=pick(ORG_DOMAINS.get(m.lang, ORG_DOMAINS["en"]) + [m.rcpt.split("@")[1]]), local=local_part(a, b))
        base_event(m, "x", method="REPLY", days=(1, 14), hours=(9, 16), organizer=(m.rcpt_name, m.rcpt),
                   attendees=[attendee(m.from_name, m.from_email, partstat=pick(["ACCEPTED", "ACCEPTED", "DECLINED", "TENTATIVE"]))])
        m.ev.attendees[0]["rsvp"] = "FALSE"
        m.ev.sequence = R.choice([0, 0, 1])
        m.ev.uid = make_uid(m) if c != "google" else m.ev.uid
        summ = snip[2] if snip else pick(["Project kickoff", "1:1 %s / %s" % (m.rcpt_name.split(" ")[0], m.from_name.split(" ")[0]), "Design review", "Supplier QBR", "Coffee catch-up", "Sprint planning"])
        m.ev.summary = summ
        m.ev.description = None if chance(0.5) else ""
        part = m.ev.attendees[0]["partstat"]
        if c == "outlook":
            word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentative"}[part]
            if m.lang != "en":
                from i18n import lab
                word = {"ACCEPTED": lab(m.lang)["acc"], "DECLINED": lab(m.lang)["dec"], "TENTATIVE": lab(m.lang)["ten"]}[part]
            m.subject = "%s: %s" % (word, summ)
            m.note = pick(["", "", "See you there.", "Sorry, I'm travelling that week - can we move it?"] if part != "ACCEPTED" else ["", "Thanks!"])
        m.ev.location = pick(["", "Room 3.14", "Teams"])
        m.to = [(m.rcpt_name, m.rcpt)]
        m.desc = "METHOD:REPLY (%s) to recipient's meeting" % part.lower()
    else:
        internal(m) if chance(0.6) else set_sender(m, "org")
        base_event(m, "x", method="CANCEL", days=(0, 7), hours=(9, 16))
        m.ev.status = "CANCELLED"
        m.ev.sequence = R.randrange(1, 4)
        summ = snip[2] if snip else pick(["Weekly sync", "Vendor demo", "Training: Excel advanced", "Quarterly planning", "Team lunch"])
        m.ev.summary = summ
        m.ev.description = pick(["Cancelling this week - nothing urgent on the agenda.", "Sorry, need to cancel. Will reschedule.", "The trainer is ill; new date to follow.", ""])
        m.note = m.ev.description
        if c in ("booking", "zoom"):
            service_sender(m, pick(["DocSlot", "Interview Scheduler", "TableNow"]), pick(["docslot-mail.com", "tablenow-mail.com"]), "noreply")
            m.ev.organizer = (m.from_name, m.from_email)
            m.subject = "Cancelled: " + summ
        m.desc = "METHOD:CANCEL for a meeting"
    if snip and m.lang in ("fr", "it", "he", "zh-tw"):
        pass


def personal(m, snip):
    set_rcpt(m, domain=pick(FREEMAIL.get(m.lang, FREEMAIL["en"])) if chance(0.7) else None)
    set_sender(m, "free")
    base_event(m, "x", days=(2, 30), hours=(11, 20), dur=(120, 180, 240))
    v = hvals(m)
    if snip:
        apply_snip(m, snip, v)
    else:
        ev = pick([("%s's birthday party 🎈" % m.from_name.split(" ")[0], "Come celebrate! Food and drinks provided, BYO chair if you have one. Kids welcome."),
                   ("Dinner at ours", "Finally doing that dinner! We'll cook, you bring dessert? Text me if you have allergies."),
                   ("Family BBQ", "Uncle Pete is bringing the smoker. Venmo me $15 for the meat if you can: @%s" % m.from_name.replace(" ", "-")),
                   ("Game night", "Board games + pizza. I'll send the address on WhatsApp."),
                   ("Hike: %s trail" % pick(["Eagle Ridge", "Mill Creek", "Summit Loop"]), "Meet at the trailhead parking. ~10 km, bring water and snacks. Free parking before 9."),
                   ("Baby shower for %s" % person("en")[0].split(" ")[0], "Registry: https://www.example.com/registry/%s - no pressure, just come!" % alnum(8))])
        m.ev.summary = ev[0]
        m.ev.description = ev[1]
        m.ev.location = "%d %s, %s" % (R.randrange(1, 300), pick(["Maple Ave", "Birch Lane", "Ocean View Rd"]), city(m))
        m.note = pick(["", "Hope you can make it!", ev[1]])
    if chance(0.4):
        m.ev.allday = False
    org_as_attendee(m)
    m.desc = "Personal invitation between friends/family"


def supportcb(m, snip):
    set_rcpt(m)
    name, dom = pick(SUPPORT)
    c = m.client
    if c in ("booking", "custom", "zoom"):
        service_sender(m, name, dom, pick(["support", "noreply", "callbacks"]))
    else:
        nm, a, b = person(m.lang)
        set_sender(m, "org", name=nm, domain=dom, local=local_part(a, b))
    base_event(m, "x", days=(0, 5), hours=(9, 17), dur=(15, 30))
    m.ev.meet = meet_link(m) if chance(0.4) else None
    v = hvals(m)
    if snip:
        apply_snip(m, snip, v)
    else:
        m.ev.summary = pick(["Callback: case #%s" % v["ref"], "Support call - ticket %s" % v["ref"], "Scheduled callback from %s" % name])
        m.ev.description = "Hello %s,\n\nAs requested in case #%s, one of our engineers will call you at the number you provided (ending %s) at the time below.\nIf you need to reach us earlier, our support line is %s (Mon-Fri 8am-6pm).\nWe will never ask for your password or remote access without an open case.\n\n%s" % (
            v["name"], v["ref"], digits(4), phone("US"), name)
        m.ev.location = pick(["Phone call", "We will call you", m.ev.meet or "Phone"])
        m.note = m.ev.description
        m.subject = pick([None, "Your callback is scheduled - case %s" % v["ref"]])
    m.desc = "Requested support callback"


def workmeeting(m, snip):
    set_rcpt(m, n_extra=R.randrange(0, 4))
    c = m.inner if m.client == "list" else m.client
    if chance(0.7) or c in ("zimbra", "sogo", "nextcloud"):
        internal(m)
    else:
        nm, a, b = person(m.lang)
        set_sender(m, "org" if c != "yahoo" else "free", name=nm, domain=pick(ORG_DOMAINS.get(m.lang, ORG_DOMAINS["en"])), local=local_part(a, b))
    base_event(m, "x", days=(0, 14), hours=(8, 17), dur=(30, 45, 60, 90))
    m.ev.meet = meet_link(m)
    v = hvals(m)
    if snip:
        apply_snip(m, snip, v)
    else:
        t = pick(["Weekly team sync", "Project Phoenix status", "Quarterly business review", "1:1", "Customer onboarding call", "Architecture review", "Roadmap planning",
                  "Budget check-in", "Interview debrief", "Offsite planning"])
        m.ev.summary = t
        m.ev.description = pick(["", "Agenda:\n1. Updates\n2. Risks\n3. Next steps", "Let's use this slot to align on next steps.", "Moving our usual slot because of the holiday.",
                                 "Please review the notes from last time beforehand."])
        m.ev.location = pick(["", "Room %d.%02d" % (R.randrange(1, 6), R.randrange(1, 30)), "Main office", "Cafeteria"])
        if chance(0.3):
            m.ev.rrule = pick(["FREQ=WEEKLY;BYDAY=%s" % pick(["MO", "TU", "WE", "TH", "FR"]), "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", "FREQ=WEEKLY;UNTIL=%d1231T230000Z" % m.arrival.year])
        m.note = None
    if c == "list":
        m.list_info = {"name": "Team", "addr": "team@lists." + m.rcpt.split("@")[1], "soft": "mailman", "tag": None, "munge": False}
    org_as_attendee(m)
    default_alarm(m)
    m.desc = "Work meeting"


GEN = {"travel-booking": travel, "hotel-restaurant": hotelrest, "medical-appointment": medical, "webinar-conference": webinar,
       "community-series": community, "it-notice": itnotice, "doc-share-colleague": docshare, "finance-reminder": finance,
       "recruiter": recruiter, "forwarded-invite": forwarded, "list-copy": listcopy, "reply-cancel": replycancel,
       "personal": personal, "support-callback": supportcb, "work-meeting": workmeeting}


def make(m, snip):
    GEN[m.category](m, snip)
