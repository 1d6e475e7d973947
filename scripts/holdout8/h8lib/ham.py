"""Ham category builders."""
import datetime as dt
from .util import (R, pick, chance, hexid, alnum, digits, ruuid, tz, UTC, html_escape, rfc2822, Part, leaf, CRLF,
                   fold_header, encode_body)
from .people import LANG, person, free_addr, corp_addr, corp_domain, local_part, corp_local, recipient, STEMS, personal_rcpt
from .transport import route_for, free_kind, doc_ip, dkim_sig, MX
from .common import (Fill, fmt, mk_event, att, phone, money, pnr, slug, start_time, uid_for, spam_link)
from .clients import CLIENTS, when_str, att_part, addr as haddr
from .spam import base, nm_first
from .ham_packs import HP

CITIES = {"en": [("LHR", "London"), ("JFK", "New York"), ("ORD", "Chicago"), ("SFO", "San Francisco"), ("EDI", "Edinburgh"),
                 ("SYD", "Sydney"), ("YYZ", "Toronto"), ("BOS", "Boston"), ("MAN", "Manchester"), ("DUB", "Dublin")],
          "de": [("FRA", "Frankfurt"), ("MUC", "München"), ("BER", "Berlin"), ("HAM", "Hamburg"), ("CGN", "Köln")],
          "fr": [("CDG", "Paris"), ("LYS", "Lyon"), ("MRS", "Marseille"), ("BOD", "Bordeaux")],
          "es": [("MAD", "Madrid"), ("BCN", "Barcelona"), ("SVQ", "Sevilla"), ("VLC", "Valencia")],
          "it": [("FCO", "Roma"), ("MXP", "Milano"), ("NAP", "Napoli"), ("FLR", "Firenze")],
          "pt": [("GRU", "São Paulo"), ("GIG", "Rio de Janeiro"), ("LIS", "Lisboa"), ("OPO", "Porto")],
          "nl": [("AMS", "Amsterdam"), ("RTM", "Rotterdam"), ("EIN", "Eindhoven")],
          "pl": [("WAW", "Warszawa"), ("KRK", "Kraków"), ("GDN", "Gdańsk")]}
ROLES = ["Senior Backend Engineer", "Product Manager", "Data Analyst", "Account Executive", "UX Designer",
         "Finance Business Partner", "DevOps Engineer", "Marketing Manager"]
TOPICS = ["Zero-trust networking in practice", "What's new in our analytics platform", "Cloud cost optimisation",
          "Automating AP invoices", "Hybrid work security", "Kubernetes upgrades without downtime",
          "GDPR for marketing teams", "Scaling customer support with AI"]


def own_org(lang):
    stem = pick(STEMS)
    return stem, stem + pick(LANG[lang]["tld"])


def hbase(lang, arrival, client, frm, rc, **kw):
    m = base(lang, arrival, client, frm, rc, **kw)
    m["host_dom"] = frm[1].split("@")[1]
    return m


def fill(lang, rc, frm, **kw):
    F = Fill(first=nm_first(rc), name=rc[0], email=rc[1], sender=frm[0] or frm[1].split("@")[0],
             org=pick(STEMS).replace("-", " ").title(), amt=money(lang, 40, 2400), phone=phone(lang),
             code=pick([pnr(), digits(7), "%s-%s" % (alnum(2).upper(), digits(6))]), link="", link2="",
             q=str(R.randint(1, 4)), dom=frm[1].split("@")[1], ref="", brand="")
    F.update(kw)
    return F


def done(m, ev, rk, rkw, desc, events=None):
    m["events"] = events or [ev]
    route = route_for(rk, m["frm"][1], m["arrival"], m["rcpt"][1], **rkw)
    return m, route, desc


def std_sender(client, lang, corp=None):
    """Legit sender for a client; corp = domain for company senders."""
    nm, lat = person(lang)
    if corp:
        f = (nm, corp_local(lat) + "@" + corp)
        if client in ("outlook", "outlook-desktop"):
            return f, "m365" if client == "outlook" or chance(0.5) else "own", {}
        if client == "google":
            return f, "google-cal", {}
        return f, "own", {}
    if client == "google":
        return (nm, local_part(lat) + "@gmail.com"), "google-cal", {}
    if client == "icloud" or client == "apple-mail":
        return (nm, local_part(lat) + "@" + pick(["icloud.com", "me.com", "icloud.com"])), "icloud", {}
    if client == "yahoo":
        return (nm, local_part(lat) + "@yahoo.com"), "yahoo", {}
    if client == "outlook":
        return (nm, local_part(lat) + "@" + pick(["outlook.com", "hotmail.com"])), "outlookcom", {}
    f = free_addr(lang)
    k = free_kind(f[1])
    return f, (k if k != "free" else "own"), {}


# ------------------------------------------------------------------------------- bookings
def booking_sys(kind, lang, brand, dom, m):
    prodid = pick(["-//%s//%s//EN" % (brand, pick(["Booking Engine 4.2", "Itinerary Export", "ICS Generator 2.0",
                                                     "Reservations", "Calendar Export v3"])),
                   "-//%s//NONSGML %s//EN" % (brand, kind), "-//Sabre//Sabre VObject 4.5.4//EN",
                   "-//Spatie//iCalendar-generator//EN", "-//Ical.Net//iCal.Net 4.0//EN"])
    sysd = dict(prodid=prodid, timestyle=pick(["utc", "tzid", "utc"]), mime=pick(["mixed", "mixed", "alt3", "htmlcal"]),
                cal_ct=pick(["text/calendar", "text/calendar", "application/ics", "application/octet-stream"]),
                ics_name=pick(["invite.ics", "%s.ics" % kind, "booking.ics", "add-to-calendar.ics", "event.ics"]),
                cte=pick(["quoted-printable", "base64", "quoted-printable"]))
    if chance(0.4):
        sysd["xh"] = [("List-Unsubscribe", "<https://%s/unsubscribe?u=%s>, <mailto:unsubscribe@%s>" % (dom, alnum(20), dom))]
    if chance(0.5):
        sysd["xh"] = sysd.get("xh", []) + [("Feedback-ID", "%s:%s:%s" % (digits(6), kind, alnum(6)))]
    return sysd


def h_transport_booking(i, lang, arrival):
    P = HP["transport-booking"][lang][i % len(HP["transport-booking"][lang])]
    rc = recipient(lang) if chance(0.5) else personal_rcpt(lang)
    stem = pick(STEMS).split("-")[0]
    brand = stem.title() + (" Air" if P["kind"] == "air" else pick([" Rail", " Trains", " Express"]))
    dom = stem + ("air" if P["kind"] == "air" else "rail") + pick(LANG[lang]["tld"])
    frm = (brand, pick(["noreply", "no-reply", "bookings", "confirmation", "reservations"]) + "@" + pick(["", "mail.", "info."]) + dom)
    m = hbase(lang, arrival, "booking", frm, rc)
    cities = CITIES.get(lang, CITIES["en"])
    o, d_ = R.sample(cities, 2)
    dur = R.randint(55, 600) if P["kind"] == "air" else R.randint(50, 300)
    s = start_time(arrival, m["tzid"], (5, 80), (6, 7, 9, 11, 13, 15, 17, 19))
    F = fill(lang, rc, frm, flt=("%s%d" % (alnum(2).upper(), R.randint(100, 9999))), o=o[1] if P["kind"] == "rail" else o[0],
             dst=d_[1] if P["kind"] == "rail" else d_[0], pnr=pnr(), dep=s.strftime("%d.%m.%Y %H:%M"),
             depd=s.strftime("%d.%m.%Y"), dept=s.strftime("%H:%M"), seat="%d%s" % (R.randint(1, 40), pick("ABCDEF")),
             cls=pick(["Economy", "Economy Light", "Business", "Premium Economy"]), coach=str(R.randint(1, 14)),
             tkt=digits(10), link="https://www.%s/manage?ref=%s" % (dom, pnr()), amt=money(lang, 49, 1400),
             phone=phone(lang), brand=brand)
    ev = mk_event("booking", arrival, m["tzid"], None, [], fmt(P["s"], F), fmt(P["d"], F),
                  ("%s (%s)" % (o[1], o[0])) if P["kind"] == "air" else o[1] + pick([" Hbf", " Central", ""]), start=s,
                  dur=dur, transp="OPAQUE")
    ev["uid"] = "%s-%s@%s" % (F["pnr"], digits(6), dom)
    if chance(0.5):
        ev["alarms"] = [dict(trigger="-PT%dH" % pick([2, 3, 24]), desc=ev["summary"])]
    m["subject"] = fmt(P["subj"], F)
    m["body"] = "%s\n\n%s\n\n%s\n" % ({"en": "Dear %s," % rc[0], "de": "Guten Tag %s," % rc[0]}.get(lang, rc[0] + ","),
                                     ev["desc"], "© %d %s. This is an automated message." % (arrival.year, brand))
    m["sys"] = booking_sys("flight" if P["kind"] == "air" else "train", lang, brand, dom, m)
    m["method"] = pick(["PUBLISH", "PUBLISH", None])
    rk = pick(["esp", "own"])
    return done(m, ev, rk, {} if rk == "esp" else dict(signed=True), "%s %s confirmation (PUBLISH)" % (brand, P["kind"]))


def h_hotel_booking(i, lang, arrival):
    P = HP["hotel-booking"][lang][i % len(HP["hotel-booking"][lang])]
    rc = recipient(lang) if chance(0.4) else personal_rcpt(lang)
    stem = pick(STEMS).split("-")[0]
    platform = chance(0.5)
    hotel = pick(["Hotel ", "Grand Hotel ", "", "The "]) + stem.title() + pick([" Suites", " Inn", "", " Palace", " Lodge"])
    brand = pick(["Staywise", "Roomora", "Hotelia"]) if platform else hotel
    dom = slug(brand) + pick([".com", LANG[lang]["tld"][0]])
    frm = (brand, pick(["noreply", "reservations", "customer.service", "booking"]) + "@" + dom)
    m = hbase(lang, arrival, "booking", frm, rc)
    s = start_time(arrival, m["tzid"], (3, 90), (15,), (0,))
    n = R.randint(1, 5)
    F = fill(lang, rc, frm, hotel=hotel, city=pick(CITIES.get(lang, CITIES["en"]))[1], pnr=digits(10), pin=digits(4),
             depd=s.strftime("%d.%m.%Y"), outd=(s + dt.timedelta(days=n)).strftime("%d.%m.%Y"),
             canc=(s - dt.timedelta(days=2)).strftime("%d.%m.%Y"), amt=money(lang, 80, 1900), last4=digits(4),
             host=person(lang)[0].split(" ")[0], link="https://secure.%s/myreservations/%s" % (dom, alnum(16)),
             phone=phone(lang))
    ev = mk_event("booking", arrival, m["tzid"], None, [], fmt(P["s"], F), fmt(P["d"], F), F["city"], start=s, dur=60 * 24 * n,
                  allday=chance(0.6), transp="TRANSPARENT")
    if ev["allday"]:
        ev["start"] = dt.datetime(s.year, s.month, s.day, tzinfo=UTC)
        ev["end"] = ev["start"] + dt.timedelta(days=n)
    m["subject"] = fmt(P["subj"], F)
    m["body"] = ev["desc"] + "\n"
    m["sys"] = booking_sys("hotel", lang, brand, dom, m)
    m["method"] = pick(["PUBLISH", "PUBLISH", "REQUEST"])
    if m["method"] == "REQUEST":
        ev["organizer"] = (brand, frm[1])
        ev["attendees"] = [att(rc)]
    return done(m, ev, pick(["esp", "own"]), {}, "hotel reservation from %s" % ("platform" if platform else "hotel"))


def h_restaurant_booking(i, lang, arrival):
    P = HP["restaurant-booking"][lang][i % len(HP["restaurant-booking"][lang])]
    rc = personal_rcpt(lang) if chance(0.6) else recipient(lang)
    rest = pick(["Trattoria ", "Bistro ", "", "Café ", "Brasserie "]) + pick(STEMS).split("-")[0].title() + pick(["", " Kitchen", " & Co"])
    plat = pick(["TableNow", "Resyo", "EatSeat", None])
    brand = plat or rest
    dom = slug(brand) + pick([".com", LANG[lang]["tld"][0]])
    frm = (brand if plat else rest, pick(["noreply", "reservations", "hello", "bookings"]) + "@" + dom)
    m = hbase(lang, arrival, "booking", frm, rc)
    s = start_time(arrival, m["tzid"], (1, 30), (12, 13, 18, 19, 20, 21), (0, 15, 30, 45))
    F = fill(lang, rc, frm, rest=rest, n=str(R.randint(2, 10)), depd=s.strftime("%d/%m/%Y"), dept=s.strftime("%H:%M"),
             addr="%d %s" % (R.randint(1, 200), pick(["High Street", "Market Square", "Via Roma", "Hauptstraße", "Rua Augusta",
                                                      "Calle Mayor", "Kerkstraat", "ul. Długa"])),
             link="https://%s/r/%s" % (dom, alnum(12)), amt=money(lang, 20, 400), phone=phone(lang))
    ev = mk_event("booking", arrival, m["tzid"], (rest, frm[1]) if chance(0.5) else None, [att(rc)] if chance(0.5) else [],
                  fmt(P["s"], F), fmt(P["d"], F), F["addr"], start=s, dur=pick([90, 120, 150]))
    m["subject"] = fmt(P["subj"], F)
    m["body"] = ev["desc"] + "\n"
    m["sys"] = booking_sys("reservation", lang, brand, dom, m)
    m["method"] = "REQUEST" if ev["attendees"] else "PUBLISH"
    return done(m, ev, pick(["esp", "own"]), {}, "restaurant table reservation (%s)" % (plat or "direct"))


def h_medical_appointment(i, lang, arrival):
    P = HP["medical-appointment"][lang][i % len(HP["medical-appointment"][lang])]
    rc = personal_rcpt(lang) if chance(0.6) else recipient(lang)
    doc = person(lang)[0]
    clinic = pick(["%s Medical Centre", "%s Dental", "Praxis %s", "Clinica %s", "%s Health"]) % pick(STEMS).split("-")[0].title()
    plat = pick(["MediSlot", "Doctoria", "ClinicBook", None])
    dom = slug(plat or clinic) + pick([".com", LANG[lang]["tld"][0]])
    frm = (plat or clinic, pick(["noreply", "appointments", "info", "termine"]) + "@" + dom)
    m = hbase(lang, arrival, "booking", frm, rc)
    s = start_time(arrival, m["tzid"], (1, 40), (8, 9, 10, 11, 14, 15, 16, 17), (0, 10, 20, 30, 40, 50))
    F = fill(lang, rc, frm, doc=doc.split(" ")[-1] if lang not in ("zh", "ja", "ko") else doc, clinic=clinic,
             dep=s.strftime("%d.%m.%Y %H:%M"), depd=s.strftime("%d.%m.%Y"), dept=s.strftime("%H:%M"),
             addr="%d %s" % (R.randint(1, 99), pick(["Station Road", "Lindenstraße", "Via Verdi", "Ulitsa Lenina", "Rua Direita"])),
             link="https://%s/c/%s" % (dom, alnum(14)), phone=phone(lang))
    ev = mk_event("booking", arrival, m["tzid"], (clinic, frm[1]), [att(rc)], fmt(P["s"], F), fmt(P["d"], F),
                  "%s, %s" % (clinic, F["addr"]), start=s, dur=pick([15, 20, 30, 45]))
    ev["alarms"] = [dict(trigger=pick(["-P1D", "-PT2H", "-PT1H"]), desc="Reminder")]
    m["subject"] = fmt(P["subj"], F)
    m["body"] = ev["desc"] + "\n"
    m["sys"] = booking_sys("appointment", lang, plat or clinic, dom, m)
    m["method"] = pick(["REQUEST", "PUBLISH", None])
    return done(m, ev, pick(["esp", "own"]), {}, "medical/dental appointment confirmation")


def h_vendor_webinar(i, lang, arrival):
    P = HP["vendor-webinar"][lang][i % len(HP["vendor-webinar"][lang])]
    rc = recipient(lang)
    vendor = pick(STEMS).split("-")[0].title() + pick(["", " Software", " Cloud", " Systems"])
    vdom = slug(vendor) + pick([".com", ".io"])
    topic = pick(TOPICS)
    conf = vendor + pick([" Summit", " World", " Connect", " Live"])
    F0 = dict(topic=topic, conf=conf, year=str(arrival.year if arrival.month < 9 else arrival.year + 1))
    client = pick(["zoom", "booking", "outlook", "google"])
    if client == "zoom":
        frm = ("%s Webinars" % vendor, "no-reply@zoom.us")
        rk, rkw = "zoom", {}
    elif client == "booking":
        frm = (vendor + " Events", "events@" + pick(["", "mail.", "go."]) + vdom)
        rk, rkw = "esp", {}
    else:
        frm, rk, rkw = std_sender(client, "en" if chance(0.5) else lang, vdom)
    m = hbase(lang, arrival, client, frm, rc)
    jl = "https://%s/j/%s?pwd=%s" % (pick(["us02web.zoom.us", "zoom.us", "events." + vdom]), digits(11), alnum(32)) \
        if client == "zoom" else "https://events.%s/live/%s" % (vdom, alnum(10))
    F = fill(lang, rc, frm, link=jl, link2="https://%s/preferences?u=%s" % (vdom, alnum(16)), code=digits(9),
             addr=pick(["ExCeL London", "Messe Berlin", "Moscone Center", "RAI Amsterdam", "Centro Congressi"]), **F0)
    crowdn = R.randint(150, 600) if client in ("outlook", "google") and chance(0.7) else 0
    atts = [att(rc)]
    for _ in range(crowdn):
        lg = pick([lang, "en"])
        atts.append(att(corp_addr(lg), name=chance(0.5)))
    ev = mk_event(client, arrival, m["tzid"], (vendor, frm[1]) if client != "zoom" else (vendor, "no-reply@zoom.us"), atts,
                  fmt(P["s"], F), fmt(P["d"], F), jl if client != "booking" or chance(0.5) else F["addr"],
                  days=(3, 30), dur=pick([45, 60, 90]))
    m["subject"] = fmt(P.get("subj") or P["s"], F) if client in ("zoom", "booking") else None
    if client == "booking":
        m["body"] = ev["desc"] + "\n"
        m["sys"] = booking_sys("webinar", lang, vendor, vdom, m)
        m["sys"]["xh"] = m["sys"].get("xh", []) + [("List-Unsubscribe", "<https://%s/u/%s>" % (vdom, alnum(20))),
                                                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
        m["method"] = pick(["PUBLISH", "REQUEST"])
    if client == "zoom":
        m["method"] = "PUBLISH"
        m["reply_to"] = "events@" + vdom
        m["body"] = ev["desc"]
    if client == "outlook":
        m["teams"] = chance(0.5)
    if crowdn:
        m["to"] = [(a.get("cn") or "", a["addr"]) for a in atts[:R.randint(30, 120)]]
    return done(m, ev, rk, rkw, "vendor webinar/conference invitation%s" % (" (%d attendees)" % crowdn if crowdn else ""))


def h_community_series(i, lang, arrival):
    P = HP["community-series"][lang][i % len(HP["community-series"][lang])]
    client = pick(["google", "icloud", "yahoo", "google", "apple-mail", "thunderbird"])
    frm, rk, rkw = std_sender(client, lang)
    rc = personal_rcpt(lang) if chance(0.6) else recipient(lang)
    m = hbase(lang, arrival, client, frm, rc)
    F = fill(lang, rc, frm)
    n = R.randint(3, 30)
    atts = [att(rc)] + [att(free_addr(lang), name=chance(0.6)) for _ in range(n)]
    if client == "google":
        atts.append(att(frm, "ACCEPTED"))
    ev = mk_event(client, arrival, m["tzid"], frm, atts, fmt(P["s"], F), fmt(P["d"], F), fmt(P.get("loc"), F),
                  days=(1, 10), dur=pick([60, 90, 120]), hours=(9, 10, 17, 18, 19, 20))
    ev["rrule"] = pick(["FREQ=WEEKLY", "FREQ=WEEKLY;BYDAY=%s" % pick(["TU", "WE", "TH", "SA"]), "FREQ=MONTHLY;BYDAY=1%s" % pick(["MO", "TH"]),
                        "FREQ=WEEKLY;INTERVAL=2", "FREQ=MONTHLY"])
    if client == "apple-mail":
        m["body"] = ""
    return done(m, ev, rk, rkw, "open-ended recurring %s from free mail" % ("club/school/church" if True else ""))


def h_it_notice(i, lang, arrival):
    P = HP["it-notice"][lang][i % len(HP["it-notice"][lang])]
    rc = recipient(lang)
    dom = rc[1].split("@")[1]
    client = pick(["outlook", "outlook", "zimbra", "google", "outlook-desktop", "nextcloud"])
    nm, lat = person(lang)
    frm = (pick(["IT Service Desk", "IT Operations", nm]), pick(["servicedesk", "it-ops", "helpdesk", corp_local(lat)]) + "@" + dom)
    rk = {"outlook": "m365", "google": "google-cal"}.get(client, "own")
    m = hbase(lang, arrival, client, frm, rc)
    s = start_time(arrival, m["tzid"], (2, 14), (17, 18, 19, 20))
    F = fill(lang, rc, frm, depd=s.strftime("%d.%m.%Y"), dept=s.strftime("%H:%M"), dom=dom, code="CHG%s" % digits(7))
    n = R.randint(40, 400)
    atts = [att(rc)] + [att(corp_addr(lang, dom), name=chance(0.6)) for _ in range(R.choice([0, n]))]
    ev = mk_event(client, arrival, m["tzid"], frm, atts, fmt(P["s"], F), fmt(P["d"], F), None, start=s, dur=pick([60, 180, 240]),
                  transp="TRANSPARENT", status="CONFIRMED")
    if client == "outlook" and "Teams" in P["d"]:
        m["teams"] = True
    if len(atts) > 1 and chance(0.6):
        m["to"] = [(pick(["All Staff", "Everyone", "staff"]), "allstaff@" + dom)]
    return done(m, ev, rk, {}, "internal IT notice (%s)" % P["s"][:40])


def doc_link(dom, kind=None):
    kind = kind or pick(["sp", "gdoc", "figma", "box", "sp"])
    t = dom.split(".")[0].replace("-", "")
    if kind == "sp":
        return "https://%s.sharepoint.com/:%s:/r/sites/%s/Shared%%20Documents/%s?d=w%s&csf=1&web=1&e=%s" % (
            t, pick(["w", "x", "p", "b"]), pick(["Finance", "Projects", "Sales", "Team"]), pick(["Draft.docx", "Plan.xlsx",
                                                                                                   "Deck.pptx", "Report.pdf"]),
            hexid(32), alnum(6))
    if kind == "gdoc":
        return "https://docs.google.com/%s/d/%s/edit?usp=sharing" % (pick(["document", "spreadsheets", "presentation"]), alnum(44))
    if kind == "figma":
        return "https://www.figma.com/file/%s/%s" % (alnum(22), pick(["Onboarding-v3", "Checkout", "Design-System"]))
    return "https://app.box.com/s/%s" % alnum(32).lower()


def h_colleague_doc_share(i, lang, arrival):
    P = HP["colleague-doc-share"][lang][i % len(HP["colleague-doc-share"][lang])]
    rc = recipient(lang)
    same = chance(0.6)
    dom = rc[1].split("@")[1] if same else corp_domain(lang)
    client = pick(["outlook", "google", "outlook", "thunderbird", "outlook-desktop"])
    frm, rk, rkw = std_sender(client, lang, dom)
    m = hbase(lang, arrival, client, frm, rc)
    F = fill(lang, rc, frm, link=doc_link(dom), ref=pick(["Q%d report" % R.randint(1, 4), "RFC-%d" % R.randint(10, 400),
                                                          "Proposal v%d" % R.randint(2, 6)]))
    atts = [att(rc)] + [att(corp_addr(lang, dom)) for _ in range(R.randint(1, 8))]
    if client == "google":
        atts.append(att(frm, "ACCEPTED"))
    ev = mk_event(client, arrival, m["tzid"], frm, atts, fmt(P["s"], F), fmt(P["d"], F), pick(["", "Room 2.%02d" % R.randint(1, 30), None]),
                  days=(1, 10), dur=pick([30, 45, 60]))
    if client in ("outlook", "outlook-desktop"):
        m["teams"] = chance(0.6)
    if client == "google" and chance(0.6):
        m["meet"] = "https://meet.google.com/%s-%s-%s" % (alnum(3).lower(), alnum(4).lower(), alnum(3).lower())
        ev["x"] = ["X-GOOGLE-CONFERENCE:" + m["meet"]]
    return done(m, ev, rk, rkw, "colleague meeting with shared document link (%s)" % ("same org" if same else "partner"))


def h_finance_reminder(i, lang, arrival):
    P = HP["finance-reminder"][lang][i % len(HP["finance-reminder"][lang])]
    rc = recipient(lang)
    same = chance(0.5)
    dom = rc[1].split("@")[1] if same else corp_domain(lang)
    client = pick(["outlook", "outlook", "google", "zimbra", "sogo"])
    frm, rk, rkw = std_sender(client, lang, dom)
    m = hbase(lang, arrival, client, frm, rc)
    s = start_time(arrival, m["tzid"], (2, 20))
    F = fill(lang, rc, frm, code="INV-%s" % digits(6), amt=money(lang, 400, 48000), depd=s.strftime("%d.%m.%Y"),
             org=dom.split(".")[0].title())
    ev = mk_event(client, arrival, m["tzid"], frm, [att(rc)] + [att(corp_addr(lang, dom)) for _ in range(R.randint(0, 12))],
                  fmt(P["s"], F), fmt(P["d"], F), None, start=s, dur=pick([15, 30, 60]), transp=pick(["OPAQUE", "TRANSPARENT"]))
    if chance(0.3):
        ev["rrule"] = "FREQ=MONTHLY;BYMONTHDAY=%d" % R.randint(1, 28)
    return done(m, ev, rk, rkw, "finance reminder/warning (%s)" % ("internal" if same else "supplier"))


def h_recruiter(i, lang, arrival):
    P = HP["recruiter"][lang][i % len(HP["recruiter"][lang])]
    rc = personal_rcpt(lang)
    org = pick(STEMS).split("-")[0].title() + pick(["", " Technologies", " Group", " Partners"])
    dom = slug(org) + pick(LANG[lang]["tld"])
    client = pick(["google", "outlook", "booking", "google"])
    if client == "booking":
        nm, lat = person(lang)
        frm = (nm, "no-reply@" + pick(["hire.", "jobs.", "careers."]) + dom)
        rk, rkw = "esp", {}
    else:
        frm, rk, rkw = std_sender(client, lang, dom)
    m = hbase(lang, arrival, client, frm, rc)
    F = fill(lang, rc, frm, role=pick(ROLES), org=org, rec=frm[0])
    atts = [att(rc)] + [att(corp_addr(lang, dom)) for _ in range(R.randint(0, 3))]
    ev = mk_event(client, arrival, m["tzid"], frm, atts, fmt(P["s"], F), fmt(P["d"], F), None, days=(2, 12), dur=pick([30, 45, 60]))
    if client == "google":
        atts.append(att(frm, "ACCEPTED"))
        m["meet"] = "https://meet.google.com/%s-%s-%s" % (alnum(3).lower(), alnum(4).lower(), alnum(3).lower())
    elif client == "outlook":
        m["teams"] = chance(0.7)
    else:
        ev["location"] = "https://%s.zoom.us/j/%s" % (pick(["us02web", "us06web", slug(org)]), digits(11))
        m["body"] = ev["desc"] + "\n\n" + ev["location"] + "\n"
        m["subject"] = fmt(P["s"], F)
        m["sys"] = booking_sys("interview", lang, org, dom, m)
        m["method"] = "REQUEST"
    return done(m, ev, rk, rkw, "recruiter interview invitation")


def h_support_callback(i, lang, arrival):
    P = HP["support-callback"][lang][i % len(HP["support-callback"][lang])]
    rc = personal_rcpt(lang) if chance(0.5) else recipient(lang)
    org = pick(STEMS).split("-")[0].title() + pick(["", " Broadband", " Energy", " Software", " Telecom"])
    dom = slug(org) + pick(LANG[lang]["tld"])
    client = pick(["booking", "outlook", "booking", "google"])
    if client == "booking":
        frm = (org + " Support", pick(["support", "noreply", "service"]) + "@" + dom)
        rk, rkw = pick(["esp", "own"]), {}
    else:
        frm, rk, rkw = std_sender(client, lang, dom)
    m = hbase(lang, arrival, client, frm, rc)
    s = start_time(arrival, m["tzid"], (1, 10), (8, 9, 10, 13, 14, 15))
    F = fill(lang, rc, frm, org=org, code=pick(["CS-%s" % digits(7), "%s" % digits(8), "SR%s" % digits(9)]),
             phone=phone(lang), dept=s.strftime("%H:%M"), dept2=(s + dt.timedelta(hours=4)).strftime("%H:%M"),
             link="https://support.%s/hc/requests/%s" % (dom, digits(7)))
    ev = mk_event(client, arrival, m["tzid"], frm, [att(rc)], fmt(P["s"], F), fmt(P["d"], F), None, start=s,
                  dur=pick([30, 60, 240]))
    if client == "booking":
        m["subject"] = fmt(P["s"], F)
        m["body"] = ev["desc"] + "\n"
        m["sys"] = booking_sys("support", lang, org, dom, m)
        m["sys"]["xh"] = [("X-Mailer", pick(["Zendesk Mailer", "Freshdesk", "ServiceNow"]))]
        m["method"] = "REQUEST"
    return done(m, ev, rk, rkw, "requested support callback / technician visit")


def h_work_meeting(i, lang, arrival):
    P = HP["work-meeting"][lang][i % len(HP["work-meeting"][lang])]
    rc = recipient(lang)
    dom = rc[1].split("@")[1] if chance(0.6) else corp_domain(lang)
    client = pick(["outlook", "google", "zimbra", "nextcloud", "sogo", "thunderbird", "outlook-desktop", "apple-mail"])
    frm, rk, rkw = std_sender(client, lang, dom)
    m = hbase(lang, arrival, client, frm, rc)
    F = fill(lang, rc, frm, org=corp_domain(lang).split(".")[0].title())
    atts = [att(rc)] + [att(corp_addr(lang, dom)) for _ in range(R.randint(0, 9))]
    if client == "google":
        atts.append(att(frm, "ACCEPTED"))
    ev = mk_event(client, arrival, m["tzid"], frm, atts, fmt(P["s"], F), fmt(P["d"], F),
                  pick([None, "Room %s" % digits(3), "Konferenzraum 2", "Zoom"]), days=(1, 14), dur=pick([30, 45, 60, 90]))
    if chance(0.4):
        ev["rrule"] = pick(["FREQ=WEEKLY;BYDAY=%s" % pick(["MO", "TU", "WE", "TH", "FR"]),
                            "FREQ=WEEKLY;COUNT=10", "FREQ=WEEKLY;INTERVAL=2;UNTIL=%s" % (arrival + dt.timedelta(days=180)).strftime("%Y%m%dT000000Z")])
    if client in ("outlook", "outlook-desktop"):
        m["teams"] = chance(0.6)
    if client == "apple-mail":
        m["body"] = ""
    return done(m, ev, rk, rkw, "ordinary work meeting (%s)" % client)


def h_personal_invite(i, lang, arrival):
    P = HP["personal-invite"][lang][i % len(HP["personal-invite"][lang])]
    client = pick(["google", "icloud", "apple-mail", "yahoo", "thunderbird", "google"])
    frm, rk, rkw = std_sender(client, lang)
    rc = personal_rcpt(lang) if chance(0.7) else recipient(lang)
    m = hbase(lang, arrival, client, frm, rc)
    F = fill(lang, rc, frm, host=frm[0].split(" ")[0], addr="%d %s" % (R.randint(1, 120), pick(["Elm Road", "Gartenweg", "Rue des Lilas"])),
             rest=pick(["Luigi's", "Golden Dragon", "Zum Hirschen", "Le Petit Zinc"]))
    atts = [att(rc)] + [att(free_addr(lang)) for _ in range(R.randint(0, 15))]
    if client == "google":
        atts.append(att(frm, "ACCEPTED"))
    ev = mk_event(client, arrival, m["tzid"], frm, atts, fmt(P["s"], F), fmt(P["d"], F), fmt(P.get("loc"), F),
                  days=(3, 40), dur=pick([120, 180, 240]), hours=(12, 13, 17, 18, 19))
    if client == "apple-mail":
        m["body"] = ""
    return done(m, ev, rk, rkw, "personal invitation between friends/family")


# ------------------------------------------------------------------------------- replies / cancellations
def h_reply_cancel(i, lang, arrival):
    P = HP["reply-cancel"][lang][i % len(HP["reply-cancel"][lang])]
    rc = recipient(lang)
    dom = rc[1].split("@")[1]
    mode = pick(["REPLY", "REPLY", "REPLY", "CANCEL"])
    client = pick(["google", "outlook", "apple-mail", "thunderbird", "outlook"])
    if mode == "CANCEL":
        client = "outlook"
    frm, rk, rkw = std_sender(client, lang, corp_domain(lang) if chance(0.5) and client != "apple-mail" else None)
    if mode == "CANCEL":
        nm, lat = person(lang)
        frm = (nm, corp_local(lat) + "@" + dom)
        rk = "m365"
    m = hbase(lang, arrival, client, frm, rc, method=mode)
    F = fill(lang, rc, frm, sender=frm[0])
    ps = pick(["ACCEPTED", "ACCEPTED", "DECLINED", "TENTATIVE"])
    if mode == "REPLY":
        ev = mk_event(client, arrival, m["tzid"], rc, [att(frm, ps)], fmt(P["s"], F), None, None, days=(1, 14))
        ev["seq"] = R.randint(0, 2)
        if client == "outlook":
            ev["desc"] = pick(["", "", "Sorry, I'm on leave that day.", "Will join a few minutes late."]) if ps != "ACCEPTED" else ""
            m["body"] = ev["desc"]
            ev["status"] = None
        if ps == "DECLINED" and chance(0.5):
            ev["comment"] = pick(["Clash with another meeting, can we move it?", "Out of office."])
        desc = "%s reply (%s) to a meeting the recipient organised" % (mode, ps.lower())
    else:
        ev = mk_event(client, arrival, m["tzid"], rc, [att(corp_addr(lang, dom)) for _ in range(R.randint(1, 6))],
                      fmt(P["s"], F), "", None, days=(1, 14), status="CANCELLED", sent_by=frm[1])
        ev["seq"] = R.randint(1, 3)
        m["frm"] = rc
        m["sender"] = frm
        m["body"] = ""
        m["to"] = [(a["cn"], a["addr"]) for a in ev["attendees"]]
        m["cc"] = [rc]
        desc = "cancellation sent by delegate on behalf of the recipient (organiser)"
    return done(m, ev, rk, rkw, desc)


# ------------------------------------------------------------------------------- forwards and list copies
def h_forwarded_invite(i, lang, arrival):
    P = HP["forwarded-invite"][lang][i % len(HP["forwarded-invite"][lang])]
    rc = recipient(lang)
    dom = rc[1].split("@")[1]
    nm, lat = person(lang)
    fwd = (nm, corp_local(lat) + "@" + dom)
    orig_org = corp_addr(lang)
    mode = pick(["outlook", "gmail-inline", "attached"])
    F = fill(lang, rc, fwd)
    if mode == "outlook":
        m = hbase(lang, arrival, "outlook", fwd, rc)
        ev = mk_event("outlook", arrival, m["tzid"], orig_org, [att(fwd, "ACCEPTED"), att(rc)] + [att(corp_addr(lang)) for _ in range(3)],
                      fmt(P["s"], F), None, pick(["Teams", "Room 401", None]), days=(1, 14))
        s = ev["start"].astimezone(ev["start"].tzinfo)
        m["body"] = "%s\n\n-----Original Appointment-----\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\nWhen: %s\nWhere: %s\n\n%s\n" % (
            fmt(P["fw"], F), orig_org[0], orig_org[1], rfc2822(m["date"] - dt.timedelta(days=2)), fwd[0], fmt(P["s"], F),
            when_str(ev, "en", "long"), ev.get("location") or "", fmt(P["d"], F))
        m["subject"] = "FW: " + fmt(P["s"], F)
        return done(m, ev, "m365", {}, "Outlook forwarded meeting (organiser is a third party)")
    # build the original invitation from the organiser to the forwarder
    oc = pick(["google", "outlook", "zimbra"])
    om = hbase(lang, arrival - dt.timedelta(days=R.randint(1, 5)), oc, orig_org, fwd)
    ev = mk_event(oc, om["arrival"], om["tzid"], orig_org, [att(fwd)] + ([att(orig_org, "ACCEPTED")] if oc == "google" else []),
                  fmt(P["s"], F), fmt(P["d"], F), None, days=(3, 14))
    om["events"] = [ev]
    inner = CLIENTS[oc](om)
    m = hbase(lang, arrival, "custom", fwd, rc)
    m["events"] = [ev]
    note = fmt(P["fw"], F)
    if mode == "attached":
        body_msg = inner.render()
        b = "------------" + alnum(24)
        kids = [leaf("text/plain", note + "\n", "UTF-8", "8bit" if any(ord(c) > 127 for c in note) else "7bit",
                     ctype_params="; format=flowed"),
                Part([("Content-Type", 'message/rfc822; name="%s.eml"' % ev["summary"][:20].replace('"', "")),
                      ("Content-Disposition", 'attachment; filename="invite.eml"'), ("Content-Transfer-Encoding", "8bit")],
                     __import__("h8lib.util", fromlist=["x"]).to_bytes(body_msg).decode("latin-1"))]
        H = [("Message-ID", "<%s@%s>" % (ruuid(), dom)), ("Date", rfc2822(m["date"])), ("MIME-Version", "1.0"),
             ("User-Agent", "Mozilla Thunderbird"), ("From", haddr(m, fwd)), ("To", haddr(m, rc)),
             ("Subject", __import__("h8lib.util", fromlist=["x"]).hdr_text("Fwd: " + ev["summary"])),
             ("Content-Type", 'multipart/mixed; boundary="%s"' % b)]
        m["custom_root"] = Part(H, children=kids, boundary=b)
        rk = "own"
        desc = "invitation forwarded as message/rfc822 attachment"
    else:
        ics_part = [c for c in inner.children if "application/ics" in c.headers[0][1]] if oc == "google" else []
        from .ical import render_calendar
        ics = render_calendar("google", "-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", [ev], timestyle="utc")
        plain = "%s\n\n---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: <%s>\n\n%s\n%s\n" % (
            note, orig_org[0], orig_org[1], rfc2822(om["date"]), ev["summary"], fwd[1], ev["summary"], ev.get("desc") or "")
        b1, b2 = "0000000000" + hexid(18), "0000000000" + hexid(18)
        alt = Part([("Content-Type", 'multipart/alternative; boundary="%s"' % b2)], children=[
            leaf("text/plain", plain, "UTF-8", "quoted-printable"),
            leaf("text/html", "<div dir=\"ltr\">%s</div>" % html_escape(plain).replace("\n", "<br>"), "UTF-8", "quoted-printable")],
            boundary=b2)
        att_ = att_part("application/ics", "invite.ics", ics)
        H = [("MIME-Version", "1.0"), ("From", haddr(m, fwd)), ("Date", rfc2822(m["date"])),
             ("Message-ID", "<CA%s@mail.gmail.com>" % alnum(40)),
             ("Subject", __import__("h8lib.util", fromlist=["x"]).hdr_text("Fwd: " + ev["summary"])), ("To", haddr(m, rc)),
             ("Content-Type", 'multipart/mixed; boundary="%s"' % b1)]
        m["custom_root"] = Part(H, children=[alt, att_], boundary=b1)
        rk = "gmail"
        desc = "Gmail inline forward with invite.ics"
    return done(m, ev, rk, {}, desc)


LISTS = ["dev", "users", "announce", "community", "seminars", "wg-interop", "local-meetup", "staff", "board"]


def h_list_copy(i, lang, arrival):
    P = HP["list-copy"][lang][i % len(HP["list-copy"][lang])]
    rc = recipient(lang) if chance(0.5) else personal_rcpt(lang)
    lname = pick(LISTS)
    ldom = "lists." + pick(STEMS).split("-")[0] + pick([".org", ".net", LANG[lang]["tld"][0]])
    laddr = "%s@%s" % (lname, ldom)
    client = pick(["google", "thunderbird", "outlook", "zimbra"])
    frm, rk0, _ = std_sender(client, lang, corp_domain(lang) if client != "google" or chance(0.5) else None)
    m = hbase(lang, arrival, client, frm, (lname, laddr))
    m["rcpt"] = rc
    F = fill(lang, rc, frm, link="https://%s/wiki/%s" % (ldom.replace("lists.", "www."), alnum(8)))
    atts = [att((lname, laddr), cutype="GROUP")]
    if client == "google":
        atts.append(att(frm, "ACCEPTED"))
    ev = mk_event(client, arrival, m["tzid"], frm, atts, fmt(P["s"], F), fmt(P["d"], F), None, days=(3, 20))
    if chance(0.5):
        ev["rrule"] = "FREQ=MONTHLY;BYDAY=%s%s" % (pick(["1", "2", "3", "-1"]), pick(["TU", "WE", "TH"]))
    m["events"] = [ev]
    m["to"] = [(lname, laddr)]
    root = CLIENTS[client](m)
    munge = chance(0.5)
    # mailman-style modifications
    H = root.headers
    ct = [h for h in H if h[0] == "Content-Type"][0]
    H2 = []
    for n, v in H:
        if n == "Subject":
            v = "[%s] " % lname + v
        if n == "From" and munge:
            v = haddr(m, ("%s via %s" % (frm[0], lname), laddr))
            H2.append(("From", v))
            H2.append(("Reply-To", frm[1] if chance(0.5) else laddr))
            continue
        if n in ("Content-Type", "Reply-To"):
            continue
        H2.append((n, v))
    H2 += [("X-BeenThere", laddr), ("X-Mailman-Version", pick(["2.1.39", "3.3.8", "2.1.29"])), ("Precedence", "list"),
           ("List-Id", "%s <%s>" % (pick(["Discussion list", "Announcements", lname]), laddr.replace("@", "."))),
           ("List-Unsubscribe", "<https://%s/mailman/options/%s>,\r\n <mailto:%s-request@%s?subject=unsubscribe>" % (ldom, lname, lname, ldom)),
           ("List-Archive", "<https://%s/pipermail/%s/>" % (ldom, lname)), ("List-Post", "<mailto:%s>" % laddr),
           ("List-Help", "<mailto:%s-request@%s?subject=help>" % (lname, ldom)),
           ("Errors-To", "%s-bounces@%s" % (lname, ldom)), ("Sender", '"%s" <%s-bounces@%s>' % (lname, lname, ldom))]
    footer = "_______________________________________________\n%s mailing list\n%s\nhttps://%s/mailman/listinfo/%s\n" % (
        lname, laddr, ldom, lname)
    fpart = leaf("text/plain", footer, "us-ascii", "7bit")
    fpart.headers.append(("Content-Disposition", "inline"))
    if "multipart/mixed" in ct[1]:
        root.headers = H2 + [ct]
        root.children.append(fpart)
    else:
        inner = Part([ct], children=root.children, boundary=root.boundary)
        b = "===============%019d==" % R.randint(10 ** 17, 10 ** 19 - 1)
        root = Part(H2 + [("Content-Type", 'multipart/mixed; boundary="%s"' % b)], children=[inner, fpart], boundary=b)
    m["custom_root"] = root
    m["client"] = "custom"
    # route: list server relays; original DKIM broken
    odom = frm[1].split("@")[1]
    ip = doc_ip()
    inner_rcv = ["from %s (%s [%s])%s\tby %s (Postfix) with ESMTPS id %s%s\tfor <%s>; %s" % (
        "mail." + odom, "mail." + odom, doc_ip(), CRLF, "mail." + ldom, hexid(10, True), CRLF, laddr,
        rfc2822(arrival - dt.timedelta(seconds=R.randint(5, 120))))]
    dk = [(odom if odom not in ("gmail.com",) else "gmail.com", "google" if client == "google" else "selector1", "fail", "std",
           "from:to:subject:date:message-id:mime-version:content-type")]
    if chance(0.4):
        dk.append((ldom, "list", "pass", "std", "from:to:subject:date:list-id:list-unsubscribe"))
    hfrom = ldom if munge else odom
    route = dict(env_from="%s-bounces+%s=%s@%s" % (lname, rc[1].split("@")[0], rc[1].split("@")[1], ldom), host="mail." + ldom,
                 ip=ip, dkim=dk, spf="pass", dmarc=("pass" if munge and len(dk) > 1 else ("none" if munge else "fail"),
                                                    "NONE" if not munge else "NONE", "NONE", hfrom),
                 inner=inner_rcv, arc=[], pre_sig=[], rdns=True, tls=True, helo="mail." + ldom)
    return m, route, "mailing-list copy of %s invitation (From %s, DKIM broken)" % (client, "munged" if munge else "kept")


CATS = ["transport-booking", "hotel-booking", "restaurant-booking", "medical-appointment", "vendor-webinar",
        "community-series", "it-notice", "colleague-doc-share", "finance-reminder", "recruiter", "forwarded-invite",
        "list-copy", "reply-cancel", "personal-invite", "support-callback", "work-meeting"]


def build(cat, i, lang, arrival):
    return globals()["h_" + cat.replace("-", "_")](i, lang, arrival)
