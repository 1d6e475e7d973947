"""Legitimate calendar mail scenario writers and English text banks."""
import datetime as dt

from .common import W, F, wire, tool_cfg, slug, D, isfree
from .world import person, LANG, when_str
from .model import Msg, finalize
from . import ics as I

EN = {}
EN["travel-booking"] = [
    dict(k="air", brand="NordSky Airlines", dom="nordskyair.com", s="Flight {flt} {frm} - {to}", subj="Your booking confirmation - {pnr}",
         note="Dear {rname},\n\nThank you for booking with {brand}.\nBooking reference: {pnr}\nE-ticket number: {tkt}\nFlight {flt} {frm} - {to}\nTotal paid: EUR {amt}\n\nOnline check-in opens 30 hours before departure. For changes call {phone}.\nYour itinerary is attached as a calendar file."),
    dict(k="rail", brand="EuroLink Rail", dom="eurolinkrail.eu", s="Train {train} {frm} - {to}", subj="Your e-ticket {pnr}",
         note="Hello {rname},\nyour ticket is confirmed.\nTicket code: {pnr}\nTrain {train}, coach {coach}, seat {seat}\nPrice: EUR {amt}\nShow the QR code in the attachment or in the app. Customer service: {phone}"),
    dict(k="car", brand="DriveAway Rentals", dom="driveaway-rentals.com", s="Car rental pick-up - {city} Airport", subj="Reservation {pnr} confirmed",
         note="Your reservation {pnr} is confirmed.\nPick-up: {city} Airport, desk in Terminal 1\nVehicle: Compact (VW Golf or similar)\nPre-paid: USD {amt}\nA deposit of USD 300 will be blocked on your credit card at pick-up.\nQuestions? {phone}"),
    dict(k="air", brand="Aurora Atlantic", dom="auroraatlantic.com", s="{flt} {frm} to {to} - check-in open", subj="Check-in is now open for your flight to {to}",
         note="Check-in is now open for flight {flt} (booking {pnr}). Check in online and save your boarding pass. Baggage allowance: 1 x 23 kg. Need help? {phone}"),
    dict(k="agent", brand="Globetrotter Business Travel", dom="globetrotter-travel.com", s="{frm} - {to} itinerary ({pnr})",
         note="Hi {rfirst},\n\nplease find your itinerary for next week attached (outbound and return flights, hotel). Booking ref {pnr}, total cost charged to the company card: EUR {amt}.\nEmergency line 24/7: {phone}\n\nBest regards\n{agent}"),
]
EN["hotel-restaurant-booking"] = [
    dict(k="hotel", brand="StayWell", dom="staywell-booking.com", s="Stay at {hotel}", subj="Booking confirmed - {hotel}, {city}",
         note="Hi {rfirst},\nyour booking is confirmed!\nConfirmation number: {conf}\nPIN code: {pin}\n{hotel}, {city}\nCheck-in: {ci} from 15:00 - Check-out: {co} until 11:00\nTotal price: EUR {amt} (pay at the property)\nFree cancellation until 2 days before arrival.\nContact the property: {phone}"),
    dict(k="rest", brand="TableNow", dom="tablenow.com", s="Dinner at {rest} ({n} guests)", subj="Your reservation at {rest} is confirmed",
         note="Your table for {n} at {rest} is confirmed.\nWe hold tables for 15 minutes. To cancel or change, call the restaurant on {phone} or use the link in your account.\nPlease note: a no-show fee of EUR 20 per person applies for groups of 6 or more."),
    dict(k="hotel", brand="Hotel Alpenrose", dom="hotel-alpenrose.at", s="Your stay at {brand}", subj="Reservation {conf} - {brand}",
         note="Dear {rname},\nwe are pleased to confirm your reservation.\nArrival {ci}, departure {co}, 1 double room with breakfast, EUR {amt}.\nSpa access is included. Parking is free. Phone: {phone}\nWe look forward to welcoming you!"),
    dict(k="rest", brand="Osteria del Porto", dom="osteriadelporto.com", s="Table reservation - {brand}", subj="Reminder: your table tomorrow at {time}",
         note="Reminder: we are expecting you tomorrow at {time} ({n} guests). A deposit of EUR 20 per person was charged and will be deducted from your bill. Late cancellation forfeits the deposit. Tel. {phone}"),
    dict(k="hotel", brand="The Harbour Inn", dom="harbourinn.co.uk", s="Your stay at {brand}", subj="Pre-arrival: special offer for your stay",
         note="Dear {rname},\nwe look forward to your arrival on {ci} (booking {conf}). Special offer for our guests: upgrade to a sea-view room for only GBP 25 per night, or add dinner for two at 20% off. Reply to this email or call {phone}."),
]
EN["medical-appointment"] = [
    dict(k="sched", brand="MediPlan", dom="mediplan-online.com", s="Appointment: Dr. {doc} ({spec})", subj="Appointment confirmed - Dr. {doc}",
         note="Your appointment with Dr. {doc} ({spec}) is confirmed.\nAddress: {addr}\nPlease arrive 10 minutes early and bring your insurance card.\nIf you cannot attend, cancel at least 24 hours in advance; missed appointments may be charged EUR 40.\nPractice phone: {phone}"),
    dict(k="dent", brand="Bright Smile Dental", dom="brightsmile-dental.com", s="Dental check-up - {brand}", subj="Reminder: your dental appointment",
         note="Hi {rfirst}, this is a reminder of your check-up and cleaning. Reply C to cancel or call {phone}. A $50 fee applies to cancellations with less than 24 hours notice."),
    dict(k="hosp", brand="St. Mary's Hospital Outpatients", dom="stmarys-health.org", s="Outpatient appointment - Cardiology", subj="Outpatient appointment - Cardiology",
         note="Dear {rname},\nYou have an outpatient appointment at the Cardiology clinic, Level 2, East Wing.\nPlease bring a list of your current medication. Hospital number: {conf}.\nTo rearrange call the appointments line {phone}."),
    dict(k="vacc", brand="City Health Portal", dom="cityhealth-portal.org", s="Vaccination appointment", subj="Your vaccination appointment",
         note="Your appointment at the vaccination centre is booked. Booking code: {conf}. Bring photo ID. The vaccination is free of charge. Help line: {phone}"),
]
EN["vendor-webinar-conference"] = [
    dict(k="zoom", s="Zero-trust networking in practice", subj="Zero-trust networking in practice Confirmation",
         d="Join our engineers for a live demo and Q&A. Free for all registrants; attendees get a special offer of 30% off the annual plan."),
    dict(k="teams", s="Webinar: Modern data platforms for mid-size companies",
         d="Thank you for registering! Limited offer for attendees: free 60-day trial and 25% off the first year. More than 300 participants have registered already."),
    dict(k="ticket", brand="DevSummit", s="DevSummit {yr} - Community Pass", subj="Your ticket: DevSummit {yr} (Free Community Pass)",
         note="Hi {rfirst},\nyour free Community Pass for DevSummit {yr} is confirmed. Order {conf}. Bring the QR code on your phone. Exclusive offer: upgrade to a Full Pass for EUR 99 until Friday."),
    dict(k="meetup", s="Cloud Native User Group #{n} - talks & free pizza",
         d="Two talks (Kubernetes cost control; eBPF for observability), free pizza and drinks. Sponsored by our hosts. Please RSVP so we can plan food."),
    dict(k="mkt", brand="Customer Success Summit", s="You're registered: Customer Success Summit",
         d="Free virtual summit with 12 sessions. Early-bird offer: 2-for-1 on the in-person workshop. Add the sessions to your calendar with the attached file."),
    dict(k="fair", s="Meet us at booth B12", d="Thanks for scheduling a meeting with us at the trade fair. Hall 4, booth B12. Your free visitor ticket code: {conf}."),
]
EN["community-series"] = [
    dict(s="Homework club", d="Every Wednesday after school in the library. Snacks provided, free of charge. Pick-up at 16:30.", rr="FREQ=WEEKLY;BYDAY=WE", who="school"),
    dict(s="Choir rehearsal", d="St. Andrew's hall. Bring your folders. New singers always welcome!", rr="FREQ=WEEKLY;BYDAY=TH", who="church"),
    dict(s="U10 football training", d="Tuesday and Thursday, main pitch. Shin pads required. Contact me if your child can't make it.", rr="FREQ=WEEKLY;BYDAY=TU,TH", who="club"),
    dict(s="Book club", d="First Wednesday of each month at Maria's place. This month: 'The Remains of the Day'.", rr="FREQ=MONTHLY;BYDAY=1WE", who="club"),
    dict(s="Saturday parkrun meetup", d="Meet at the café by the lake at 8:45, coffee afterwards. All paces welcome!", rr="FREQ=WEEKLY;BYDAY=SA", who="club"),
]
EN["it-notice"] = [
    dict(s="Planned maintenance: e-mail service migration", d="Dear colleagues,\nour e-mail service will be migrated to the new platform this weekend. Between 22:00 and 02:00 mail may be delayed. No action is needed on your side. Questions: IT Service Desk, ext. {ext}.", allstaff=True),
    dict(s="Your password expires in 7 days", d="Your network password will expire on {date}. Please change it from a company device (Ctrl+Alt+Del > Change a password) or via the self-service portal at {portal}. IT will never ask you for your password by e-mail or phone.", pwd=True),
    dict(s="MFA enrolment session - mandatory", d="From next month multi-factor authentication is required for all remote access. Please join one of the 30-minute enrolment sessions and have your phone ready. IT Service Desk, ext. {ext}.", allstaff=True),
    dict(s="Network outage window", d="Core switch replacement in building B. Wired and Wi-Fi network will be unavailable. Please save your work and log off before you leave on Friday.", allstaff=True),
    dict(s="Server patching window", d="Monthly patching of production servers. Services may restart. Change ticket {chg}.", allstaff=False),
    dict(s="Phishing awareness training", d="Annual security awareness training (45 min). Completion is required by the end of the quarter. Link to the training platform: {portal}/training", allstaff=True),
]
EN["work-meeting"] = [
    dict(s="Weekly sync", d="Agenda:\n- status updates\n- blockers\n- next steps", rr="FREQ=WEEKLY;BYDAY={wd}"),
    dict(s="Project kickoff: {proj}", d="Hi all, let's kick off {proj}. Please review the scope document beforehand.", partner=True),
    dict(s="1:1 {a} / {b}", d="", rr="FREQ=WEEKLY;INTERVAL=2;BYDAY={wd}"),
    dict(s="Budget review {yr}", d="Walk through the draft budget. Numbers are in the finance folder."),
    dict(s="Offsite planning", d="Let's pick dates and a venue for the team offsite. Bring ideas!"),
]
EN["doc-share-colleague"] = [
    dict(s="Review: Q{q} board deck", d="Hi all, the draft is here: {link}\nPlease add comments before the meeting.", lk="sp"),
    dict(s="Go through the proposal draft", d="Draft proposal: {link}\nI'll share my screen, but feel free to comment in the doc.", lk="gdoc"),
    dict(s="Contract draft v3 - comments by Friday", d="Latest version uploaded to our cloud: {link} (password in Teams chat).", lk="nc"),
    dict(s="NDA signature before kickoff", d="Legal sent the NDA via DocuSign - please sign it before we meet: {link}", lk="docusign"),
    dict(s="Audit documents walkthrough", d="All requested documents are in the shared folder: {link}", lk="dropbox"),
    dict(s="Design review: onboarding flow", d="Figma file: {link}\nFocus on the first three screens.", lk="figma"),
]
EN["finance-reminder"] = [
    dict(s="Payment run - cut-off Thursday 12:00", d="Reminder: all approved invoices must be in the system by Thursday 12:00 to be included in this week's payment run.", internal=True, rr="FREQ=WEEKLY;BYDAY=TH"),
    dict(s="Month-end close", d="Month-end close checklist is on the finance drive. Accruals due by working day 2.", internal=True),
    dict(s="Reminder: invoice {inv} due", d="Dear customer,\nthis is a friendly reminder that invoice {inv} over EUR {amt} is due on {date}.\nPayment to our usual account:\nIBAN {iban}\nPlease note: our bank details have not changed and we will never notify you of new bank details by e-mail. If you receive such a message, call us on {phone} before paying.", internal=False),
    dict(s="Quarterly VAT return deadline", d="VAT return for Q{q} has to be filed by the 10th. Please send outstanding receipts to the finance team.", internal=True),
    dict(s="Statement of account - call to reconcile", d="Hello,\nlet's go through the open items on your account ({n} invoices, total EUR {amt}). Warning: fraudsters are impersonating suppliers with fake bank-change letters - our details are unchanged.", internal=False),
]
EN["recruiter"] = [
    dict(s="Interview: {role} - {company}", d="Hi {rfirst},\nthanks for your interest in the {role} role. You'll meet {a} (hiring manager) and {b} (team lead). The interview is 60 minutes and includes a short technical discussion.", conf="teams"),
    dict(s="Phone screen with {a}", d="Looking forward to our chat about the {role} opportunity. If the time doesn't work, just reply and we'll find another slot.", conf="meet"),
    dict(s="Panel interview - {role}", d="Panel: {a}, {b}. Please have your portfolio ready to share.", conf="zoom"),
    dict(s="Interview confirmed: {role}", d="Your interview has been scheduled through our careers portal. Reschedule via the link in your candidate account.", ats=True),
    dict(s="Intro call - {role} opportunity", d="Great to connect on LinkedIn. As discussed, a quick intro call about the {role} role at my client, {company}. Salary range and details on the call.", agency=True),
]
EN["forwarded-invite"] = [
    dict(s="Customer workshop - {company}", note="Hi {rfirst}, can you join this one too? Forwarding the invite from {company}."),
    dict(s="Steering committee {proj}", note="FYI - please attend in my place, I'm travelling."),
    dict(s="Supplier audit visit", note="Forwarding for your calendar. They asked for someone from quality to be there."),
    dict(s="Panel discussion: {topic}", note="Thought you might want to come along - invitation below."),
    dict(s="Training: {topic}", note="See below, the training team sent this to managers only."),
]
EN["list-copy"] = [
    dict(s="Community call #{n}", d="Monthly community call. Agenda and notes in the wiki. Everyone welcome."),
    dict(s="Research seminar: {topic}", d="Speaker: Dr. {a}. Abstract on the department website. Coffee from 15:45."),
    dict(s="User group meeting", d="Lightning talks and networking. Please add your talk to the wiki page."),
    dict(s="Release planning {ver}", d="Let's agree the feature freeze date and assign release managers."),
    dict(s="Board meeting", d="Quarterly board meeting. Minutes of the last meeting are attached in the archive."),
]
EN["reply-cancel"] = [
    dict(k="REPLY", ps="ACCEPTED", s="Quarterly planning", comment=""),
    dict(k="REPLY", ps="DECLINED", s="Design review", comment="Sorry, I'm on leave that day - {a} can cover for me."),
    dict(k="REPLY", ps="TENTATIVE", s="Team lunch", comment="Might be a bit late."),
    dict(k="REPLY", ps="ACCEPTED", s="Interview debrief", comment=""),
    dict(k="CANCEL", s="Vendor demo", d="Unfortunately we have to cancel - we'll send a new date soon."),
    dict(k="REPLY", ps="DECLINED", s="Budget review", comment="Clash with the audit meeting, can we move it?"),
]
EN["personal-invite"] = [
    dict(s="{a}'s 40th birthday \U0001F389", d="Drinks and food from 7pm at our place. Partners and kids welcome! Let us know if you can make it."),
    dict(s="BBQ at ours", d="Bring something to throw on the grill. We've got drinks covered."),
    dict(s="Hike: Ridge trail", d="Meeting at the car park at 8:30. About 14 km, bring water and lunch."),
    dict(s="Dinner at Luigi's", d="Table booked for 6 under my name."),
    dict(s="Save the date: {a} & {b}'s wedding", d="Formal invitation to follow. We can't wait to celebrate with you!", far=True),
]
EN["support-callback"] = [
    dict(k="vendor", s="Support callback: case {case}", d="As requested, one of our engineers will call you at {rphone} regarding case {case}. If the time doesn't suit, reply to this e-mail."),
    dict(k="slot", brand="MeetSlot", s="Call with {agent} ({company} support)", subj="Confirmed: Call with {agent}",
         note="Your call is confirmed.\nWe will call you at {rphone}.\nNeed to make changes? Reschedule or cancel using the links in this e-mail."),
    dict(k="zoom", s="Remote support session - ticket {case}", d="Remote session to look at the sync issue you reported. Please have admin rights on your PC."),
    dict(k="isp", brand="FibreNet", s="Technician visit", subj="Your technician appointment is confirmed",
         note="Your technician appointment (order {case}) is confirmed for the time window shown. The technician will call {rphone} 30 minutes before arrival. Support: {phone}"),
    dict(k="bank", brand="Harbor Savings Bank", s="Appointment with your advisor", subj="Your appointment with {agent}",
         note="Your appointment with {agent} at our {city} branch is confirmed. We will never ask for your PIN or passwords. To reschedule call {phone}."),
    dict(k="insure", s="Callback about your claim {case}", d="You asked us to call you back about claim {case}. {agent} will call {rphone}."),
    dict(k="vendor", s="Onboarding call - {company}", d="As requested, our onboarding specialist will walk you through the admin console. Dial-in details below."),
]


# ============================================================================ helpers
def hv(c):
    rng = c.rng
    y = c.arrival.year
    return D(n=rng.randint(3, 60), yr=y, q=(c.arrival.month - 1) // 3 + 1, conf=c.code(rng.choice([6, 8, 10]), "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"),
             pnr=c.code(6), tkt="%d-%010d" % (rng.randint(100, 999), rng.randint(0, 10 ** 10)), pin=rng.randint(1000, 9999),
             amt="{:,.2f}".format(rng.uniform(60, 1900)), phone=c.phone(False), ext=rng.randint(2000, 7999),
             case="%s-%07d" % (rng.choice(["CS", "SR", "INC", "TCK"]), rng.randint(0, 10 ** 7)), rphone=c.phone(False),
             inv="INV-%d-%05d" % (y, rng.randint(1, 99999)), iban=c.iban(), date=(c.arrival + dt.timedelta(days=7)).strftime("%d %b %Y"),
             chg="CHG%07d" % rng.randint(0, 10 ** 7), time=rng.choice(["19:30", "20:00", "12:30", "13:00"]),
             ver="%d.%d" % (rng.randint(1, 9), rng.randint(0, 20)), topic=rng.choice(["Supply chain resilience", "Applied machine learning", "Urban mobility", "Data protection", "Lean management"]),
             proj=rng.choice(["Phoenix", "Horizon", "CRM rollout", "Warehouse 2.0", "Website relaunch"]),
             role=rng.choice(["Senior Data Engineer", "Product Manager", "Financial Controller", "UX Designer", "Site Reliability Engineer"]),
             city=rng.choice(["Lisbon", "Vienna", "Copenhagen", "Boston", "Dublin", "Prague", "Barcelona"]),
             frm=rng.choice(["FRA", "MUC", "CPH", "AMS", "LHR", "BCN", "VIE"]), to=rng.choice(["LIS", "OSL", "JFK", "DUB", "ATH", "ZRH", "WAW"]),
             flt=rng.choice(["NS", "AA", "MR"]) + str(rng.randint(100, 2999)), train=rng.choice(["ICE", "EC", "RJ", "TGV"]) + " " + str(rng.randint(100, 999)),
             coach=rng.randint(1, 14), seat=rng.randint(11, 98), wd=rng.choice(["MO", "TU", "WE", "TH", "FR"]))


def gen_link(c, kind, orgdom):
    rng = c.rng
    o = slug(orgdom.split(".")[0])
    if kind == "sp":
        return "https://%s.sharepoint.com/:p:/r/sites/%s/Shared%%20Documents/Board/Q_deck.pptx?d=w%s&csf=1&web=1" % (o, rng.choice(["Finance", "Management", "Board"]), c.path(32).lower())
    if kind == "gdoc":
        return "https://docs.google.com/document/d/%s/edit?usp=sharing" % c.path(44)
    if kind == "nc":
        return "https://cloud.%s/s/%s" % (orgdom, c.path(15))
    if kind == "docusign":
        return "https://na3.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s" % (c.path(36).lower(), c.path(36).lower())
    if kind == "dropbox":
        return "https://www.dropbox.com/scl/fo/%s/%s?rlkey=%s&dl=0" % (c.path(21).lower(), c.path(20), c.path(25).lower())
    return "https://www.figma.com/file/%s/Onboarding?node-id=0%%3A1" % c.path(22)


def meet_conf(c):
    from .clients import meet_code
    return {"kind": "meet", "url": "https://meet.google.com/" + meet_code(c.rng)}


def colleagues(c, dom, n, lang=None):
    out = []
    for _ in range(n):
        p = c.p(lang)
        out.append({"name": p.name, "addr": "%s@%s" % (p.local(c.rng, "f.l"), dom)})
    return out


def org_client(c, weights):
    return W(c.rng, weights)


def booking(m, c, brand, dom, cfg=None, sender_local=None):
    rng = c.rng
    b = {"name": brand, "prodid": rng.choice(["-//%s//Booking//EN" % brand, "-//%s//%s ICS 2.%d//EN" % (slug(brand), brand, rng.randint(0, 9)),
                                              "-//sebbo.net//ical-generator//EN", "-//%s//NONSGML Reservation//EN" % slug(brand)]),
         "color": rng.choice(["#003580", "#0b5c8f", "#7a1e48", "#1d6f42", "#b3541e"]), "fname": rng.choice(["booking.ics", "reservation.ics", "event.ics", "appointment.ics", "itinerary.ics", "invite.ics"]),
         "attendee": rng.choice(["none", "none", "plain"]), "organizer": rng.random() < 0.7, "tz": rng.choice(["utc", "tzid"]),
         "bfmt": rng.choice(["----=_Part_%d", "==Multipart_Boundary_x%dx"]), "cs": rng.choice(["utf-8", "utf-8", "iso-8859-1"]),
         "html_only": rng.random() < 0.25, "ics_ct": rng.choice(["text/calendar", "text/calendar", "application/ics"])}
    if c.lang != "en":
        b["cs"] = c.cs(0.5)
    if cfg:
        b.update(cfg)
    m.set(brand=b, method=b.get("method", rng.choice(["PUBLISH", "PUBLISH", "REQUEST"])))
    wire(m, c, "booking", (brand, "%s@%s" % (sender_local or rng.choice(["noreply", "no-reply", "bookings", "reservations", "info"]), dom)), "pass")
    return m


# ============================================================================ categories
def travel(c):
    rng = c.rng
    t = c.t
    v = hv(c)
    brand = t.get("brand") or "NordSky Airlines"
    dom = t.get("dom") or slug(brand) + ".com"
    v.update(brand=brand, agent=c.p().name)
    m = c.msg(offset_days=rng.choice([5, 9, 14, 21, 30, 45, 60]), dur=rng.choice([95, 130, 165, 240, 330]))
    c.text(m, v, {})
    k = t.get("k", "air")
    m.set(descr="%s booking confirmation with codes and amount (%s)" % (brand, k), loc=m.loc or "%s" % v["frm"])
    v["dep"] = ""
    if k == "agent":
        p = c.p()
        wire(m, c, rng.choice(["outlook", "outlook", "thunderbird"]), (p.name, "%s@%s" % (p.local(rng, "f.l"), dom)), "pass")
        m.set(desc=m.note, note=None, method="PUBLISH", attendees=[], dur=165)
        ret = m  # add return flight as second event
        m.set(extra_events=[{"summary": "Return %s" % m.summary, "uid": "%s-ret@%s" % (c.path(12).lower(), dom),
                             "start": None, "end": None, "loc": v["to"]}])
        m.descr = "travel agent itinerary, multi-event calendar"
    elif rng.random() < 0.65:
        booking(m, c, brand, dom)
    else:
        m.set(tool=tool_cfg(c, False, prodid="-//%s//Itinerary//EN" % brand, method="PUBLISH", attendee="none"), tool_cs=c.cs())
        wire(m, c, "tool", (brand, "noreply@" + dom), "pass", "pymime")
        m.set(smtp_infra="postfix")
    return m


def hotel(c):
    rng = c.rng
    t = c.t
    v = hv(c)
    brand = t.get("brand") or "StayWell"
    dom = t.get("dom") or slug(brand) + ".com"
    v.update(brand=brand, hotel=rng.choice(["Hotel Miramar", "Parkhotel Linden", "Casa Azul Suites", "Hotel Nordlys", "The Grand Terrace"]),
             rest=rng.choice(["La Brasserie", "Sakura Sushi Bar", "Trattoria Bella", "The Green Fig", "Bistro 21"]))
    k = t.get("k", "hotel")
    days = rng.choice([3, 6, 10, 20, 35, 60])
    ci = (c.arrival + dt.timedelta(days=days))
    v.update(ci=ci.strftime("%d %b %Y"), co=(ci + dt.timedelta(days=rng.randint(1, 5))).strftime("%d %b %Y"))
    if k == "hotel":
        m = c.msg(offset_days=days, allday=True, dur=1440 * rng.randint(1, 4))
    else:
        hh, mm = [int(x) for x in v["time"].split(":")]
        m = c.msg(offset_days=rng.choice([1, 2, 3, 5, 7]), hour=hh, minute=mm, dur=120)
    c.text(m, v, {})
    m.set(loc=m.loc or (v["hotel"] if k == "hotel" else v["rest"]) + ", " + v["city"], descr="%s reservation (%s)" % (brand, k))
    if rng.random() < 0.55:
        booking(m, c, brand, dom)
    else:
        m.set(tool=tool_cfg(c, False, method=rng.choice(["PUBLISH", "REQUEST"]), attendee="plain"), tool_cs=rng.choice(["utf-8", "iso-8859-1"]))
        wire(m, c, "tool", (brand, rng.choice(["reservations", "info", "booking"]) + "@" + dom), "pass", rng.choice(["phpmailer", "pymime", "nodemailer"]))
        m.set(smtp_infra="postfix")
    return m


def medical(c):
    rng = c.rng
    t = c.t
    v = hv(c)
    brand = t.get("brand") or "MediPlan"
    dom = t.get("dom") or slug(brand) + ".com"
    v.update(brand=brand, doc=c.p().last, spec=rng.choice(["General practice", "Dermatology", "Orthopaedics", "Ophthalmology", "Paediatrics"]),
             addr=rng.choice(["12 Station Road", "Hauptstr. 45", "Via Roma 8", "Market Square 3"]))
    k = t.get("k", "sched")
    m = c.msg(offset_days=rng.choice([2, 4, 7, 10, 16, 28]), dur=rng.choice([15, 20, 30, 45]))
    c.text(m, v, {})
    m.set(descr="medical appointment (%s) with phone and fee wording" % k, loc=m.loc or v["addr"])
    if k == "hosp":
        p = c.p()
        wire(m, c, "outlook", ("%s Appointments" % brand, "appointments@" + dom), "pass", rng.choice(["exchange", "m365"]))
        m.set(desc=m.note, note=None, attendees=[{"name": c.rcpt.name, "addr": c.rcpt.addr}])
    elif k == "dent" or rng.random() < 0.45:
        m.set(tool=tool_cfg(c, False, method=rng.choice(["REQUEST", "PUBLISH"]), prodid=rng.choice(["-//Dentrix Ascend//Reminders//EN", "-//%s//Practice Manager 7.1//EN" % slug(brand), "-//PracticeSoft//NONSGML//EN"])),
              tool_cs=c.cs())
        wire(m, c, "tool", (brand, rng.choice(["reminders", "frontdesk", "info"]) + "@" + dom), "pass", rng.choice(["pymime", "mixedhtml", "bare", "phpmailer"]))
        m.set(smtp_infra=rng.choice(["postfix", "esp"]))
        if m.variant == "bare":
            m.set(desc=m.note, note=None)
    else:
        booking(m, c, brand, dom)
    return m


def vendor(c):
    rng = c.rng
    t = c.t
    v = hv(c)
    vend = c.orgdom("en") if c.lang == "en" else c.orgdom()
    v.update(company=c.orgname(vend))
    k = t.get("k") or rng.choice(["zoom", "teams", "ticket", "meetup", "mkt"])
    m = c.msg(offset_days=rng.choice([5, 8, 12, 15, 21, 30]), dur=rng.choice([45, 60, 90]))
    c.text(m, v, {})
    m.set(descr="vendor webinar/conference (%s) with free/offer wording" % k)
    host = c.p()
    if k == "zoom":
        m.set(webinar=True, zoom_sender=v["company"] if rng.random() < 0.5 else None)
        wire(m, c, "zoom", ("Zoom", "no-reply@zoom.us"), "pass", org=(host.name, "%s@%s" % (host.local(rng, "f.l"), vend)))
        m.set(descr=m.descr + ", %d registrants" % rng.randint(150, 900))
    elif k == "teams":
        wire(m, c, "outlook", (v["company"] + " Events", "events@" + vend), "pass", "teams")
        m.set(extra_attendees=c.many(rng.randint(150, 350)) if rng.random() < 0.4 else None)
    elif k in ("ticket", "mkt"):
        if rng.random() < 0.4:
            booking(m, c, t.get("brand") or v["company"], vend, {"attendee": "none", "tz": "tzid"})
            if not m.note:
                m.set(note=m.desc)
        else:
            m.set(tool=tool_cfg(c, False, method="REQUEST"), tool_cs=c.cs())
            wire(m, c, "tool", (t.get("brand") or v["company"], "events@" + vend), "pass", rng.choice(["nodemailer", "phpmailer", "mixedhtml"]))
            m.set(smtp_infra="esp")
    elif k == "meetup":
        dom = "gmail.com" if rng.random() < 0.6 else vend
        wire(m, c, "google", (host.name, "%s@%s" % (host.local(rng), dom)), "pass")
        m.set(extra_attendees=c.many(rng.randint(120, 260)), dur=150, hour=18, minute=30)
    else:
        wire(m, c, rng.choice(["outlook", "google"]), (host.name, "%s@%s" % (host.local(rng, "f.l"), vend)), "pass")
    return m


def community(c):
    rng = c.rng
    t = c.t
    v = hv(c)
    who = t.get("who", "club")
    p = c.p()
    client = W(rng, [("google", 4), ("apple", 3), ("yahoo", 2), ("tool", 2), ("thunderbird", 1), ("nextcloud", 1)])
    m = c.msg(offset_days=rng.choice([2, 4, 6]), hour=rng.choice([16, 17, 18, 19, 10]), dur=rng.choice([60, 90, 120]))
    c.text(m, v, {})
    rr = t.get("rr") or "FREQ=WEEKLY;BYDAY=%s" % rng.choice(["MO", "TU", "WE", "TH"])
    m.set(rrule=rr, descr="%s series with no end date from %s" % (who, client))
    if client == "tool":
        sch = c.orgdom() if c.lang != "en" else rng.choice(["oakridge-primary.org", "stpauls-parish.org", "riverside-fc.club"])
        m.set(tool=tool_cfg(c, False, method=rng.choice(["REQUEST", "PUBLISH"]), prodid=rng.choice(["-//%s - ECPv6.2.8//NONSGML v1.0//EN" % c.orgname(sch), "-//SchoolPortal//Termine 2.0//EN", "-//ClubManager//NONSGML//EN"])),
              tool_cs=rng.choice(LANG.get(c.lang, LANG["en"])[1]))
        wire(m, c, "tool", (c.orgname(sch), rng.choice(["info", "office", "noreply"]) + "@" + sch), "pass", "phpmailer")
        m.set(smtp_infra="postfix")
    elif client == "nextcloud":
        dom = c.orgdom()
        wire(m, c, client, (p.name, "%s@%s" % (p.local(rng), dom)), "pass")
    else:
        dom = {"google": "gmail.com", "apple": "icloud.com", "yahoo": rng.choice(["yahoo.com", "yahoo.co.uk"]) if c.lang == "en" else "yahoo.com"}.get(client)
        if client == "google" and c.lang != "en" and rng.random() < 0.3:
            dom = "gmail.com"
        if dom is None:
            dom = rng.choice(LANG.get(c.lang, LANG["en"])[2])
        wire(m, c, client, (p.name, "%s@%s" % (p.local(rng), dom)), "pass")
    if rng.random() < 0.6:
        m.set(extra_attendees=[{"name": x.name, "addr": "%s@%s" % (x.local(rng), rng.choice(LANG.get(c.lang, LANG["en"])[2]))} for x in [c.p() for _ in range(rng.randint(3, 25))]])
    return m


def itnotice(c):
    rng = c.rng
    t = c.t
    v = hv(c)
    dom = c.orgdom()
    c.move_rcpt(dom)
    v.update(portal="https://passwordreset.%s" % dom if t.get("pwd") else "https://intranet.%s" % dom)
    client = W(rng, [("outlook", 4), ("zimbra", 3), ("sogo", 1), ("nextcloud", 1), ("google", 2), ("tool", 2)])
    m = c.msg(offset_days=rng.choice([2, 3, 5, 7]), hour=rng.choice([22, 20, 9, 10]), dur=rng.choice([30, 60, 240]))
    c.text(m, v, {})
    frm = ("IT Service Desk", "it-servicedesk@" + dom) if rng.random() < 0.6 else c.addr(c.p(), dom)
    m.set(descr="internal IT notice (%s)" % m.summary[:40], transp="TRANSPARENT" if rng.random() < 0.5 else "OPAQUE")
    if t.get("allstaff", True) and rng.random() < 0.6:
        m.set(attendees=[{"name": "All Staff", "addr": "allstaff@" + dom}], to_list=[("All Staff", "allstaff@" + dom)])
    if client == "tool":
        m.set(tool=tool_cfg(c, False, method="REQUEST", prodid=rng.choice(["-//PasswordNotifier//EN", "-//ManageEngine//ADSelfService Plus//EN", "-//python-icalendar//EN"])), tool_cs=c.cs())
        wire(m, c, "tool", frm, "pass", "pymime")
        m.set(smtp_infra=rng.choice(["exchange", "postfix"]))
    else:
        wire(m, c, client, frm, "pass", "exchange" if client == "outlook" and rng.random() < 0.4 else None)
    return m


def work(c):
    rng = c.rng
    t = c.t
    v = hv(c)
    dom = c.orgdom()
    c.move_rcpt(dom)
    p = c.p()
    v.update(a=p.first, b=c.rcpt.first)
    client = W(rng, [("google", 3), ("outlook", 3), ("thunderbird", 1), ("zimbra", 2), ("sogo", 1), ("nextcloud", 1), ("apple", 2)])
    m = c.msg(dur=rng.choice([30, 45, 60, 90]))
    c.text(m, v, {})
    if t.get("partner"):
        pdom = c.orgdom()
        frm = c.addr(p, pdom)
        m.set(extra_attendees=colleagues(c, dom, rng.randint(1, 4)) + colleagues(c, pdom, rng.randint(1, 3)))
    else:
        frm = c.addr(p, dom)
        m.set(extra_attendees=colleagues(c, dom, rng.randint(0, 6)))
    if t.get("rr"):
        m.set(rrule=F(t["rr"], v))
    conf = None
    if client == "google" and rng.random() < 0.7:
        conf = meet_conf(c)
    wire(m, c, client, frm, "pass", "mailapp" if client == "apple" else None)
    m.set(conf=conf, descr="work meeting from colleague (%s)" % client)
    return m


def docshare(c):
    rng = c.rng
    t = c.t
    v = hv(c)
    dom = c.orgdom()
    c.move_rcpt(dom)
    lk = t.get("lk") or rng.choice(["sp", "gdoc", "nc"])
    client = {"sp": "outlook", "gdoc": "google", "nc": rng.choice(["nextcloud", "sogo", "thunderbird"]), "docusign": rng.choice(["outlook", "google"]),
              "dropbox": rng.choice(["outlook", "thunderbird", "zimbra"]), "figma": rng.choice(["google", "outlook"])}[lk]
    v["link"] = gen_link(c, lk, dom)
    p = c.p()
    m = c.msg(dur=rng.choice([30, 45, 60]))
    c.text(m, v, {})
    wire(m, c, client, c.addr(p, dom), "pass")
    m.set(extra_attendees=colleagues(c, dom, rng.randint(1, 5)), descr="colleague shares document link (%s)" % lk)
    if client == "google" and rng.random() < 0.6:
        m.set(conf=meet_conf(c), attach=[{"url": v["link"], "name": "Draft", "fmttype": "application/vnd.google-apps.document"}] if lk == "gdoc" else [])
    return m


def finance(c):
    rng = c.rng
    t = c.t
    v = hv(c)
    dom = c.orgdom()
    internal = t.get("internal", True)
    c.move_rcpt(dom)
    if internal:
        frm = c.addr(c.p(), dom) if rng.random() < 0.6 else ("Finance Team", "finance@" + dom)
    else:
        sdom = c.orgdom()
        frm = ("Accounts Receivable - %s" % c.orgname(sdom), rng.choice(["ar", "accounts", "billing"]) + "@" + sdom)
    client = W(rng, [("outlook", 4), ("google", 2), ("zimbra", 2), ("tool", 2), ("thunderbird", 1)])
    m = c.msg(dur=rng.choice([15, 30, 60]), hour=rng.choice([9, 10, 11, 14]))
    c.text(m, v, {})
    if t.get("rr"):
        m.set(rrule=t["rr"])
    m.set(descr="finance %s (%s)" % ("internal reminder" if internal else "supplier payment reminder with bank-detail warning", client))
    if client == "tool":
        m.set(tool=tool_cfg(c, False, method=rng.choice(["REQUEST", "PUBLISH"]), prodid=rng.choice(["-//SAP SE//Business One//EN", "-//Odoo//Odoo//EN", "-//Xero//Reminders//EN", "-//Sage//Calendar//EN"])), tool_cs=c.cs())
        wire(m, c, "tool", frm, "pass", rng.choice(["pymime", "mixedhtml", "nodemailer"]))
        m.set(smtp_infra=rng.choice(["postfix", "m365", "esp"]))
        if internal and rng.random() < 0.6:
            m.set(comp="VTODO", descr=m.descr + ", VTODO task")
    else:
        wire(m, c, client, frm, "pass")
    if internal:
        m.set(extra_attendees=colleagues(c, dom, rng.randint(2, 10)))
    return m


def recruiter(c):
    rng = c.rng
    t = c.t
    v = hv(c)
    cdom = c.orgdom()
    a, b = c.p(), c.p()
    v.update(company=c.orgname(cdom), a=a.name, b=b.name)
    m = c.msg(dur=rng.choice([30, 45, 60]))
    c.text(m, v, {})
    conf = t.get("conf")
    r = c.p()
    if t.get("ats"):
        m.set(tool=tool_cfg(c, False, method="REQUEST", prodid=rng.choice(["-//HireTrack//Interview Scheduler//EN", "-//Greenhouse//Scheduler//EN", "-//Workable//EN"])), tool_cs=c.cs())
        wire(m, c, "tool", ("%s Recruiting" % v["company"], "no-reply@%s" % rng.choice(["hiretrack.io", cdom])), "pass", rng.choice(["nodemailer", "mixedhtml"]))
        m.set(smtp_infra="esp", reply_to=(r.name, "%s@%s" % (r.local(rng, "f.l"), cdom)))
    elif conf == "zoom":
        m.set(zoom_sender=r.name)
        wire(m, c, "zoom", (r.name, "no-reply@zoom.us"), "pass", org=(r.name, "%s@%s" % (r.local(rng, "f.l"), cdom)))
    elif conf == "meet":
        wire(m, c, "google", c.addr(r, cdom), "pass")
        m.set(conf=meet_conf(c))
    elif t.get("agency"):
        adom = c.orgdom()
        wire(m, c, rng.choice(["outlook", "google", "yahoo"]) if rng.random() < 0.8 else "outlook", c.addr(r, adom), "pass")
        if m.client == "yahoo":
            m.frm = (r.name, "%s@yahoo.com" % r.local(rng))
    else:
        wire(m, c, "outlook", c.addr(r, cdom), "pass", "teams")
    m.set(descr="recruiter interview invitation (%s)" % (m.client))
    return m


def forwarded(c):
    rng = c.rng
    t = c.t
    v = hv(c)
    dom = c.orgdom()
    c.move_rcpt(dom)
    edom = c.orgdom()
    v.update(company=c.orgname(edom))
    fwdp = c.p()
    orgp = c.p()
    m = c.msg(dur=rng.choice([60, 90, 120]))
    c.text(m, v, {})
    variant = W(rng, [("outlook", 3), ("gmail", 2), ("tb", 1), ("apple", 1), ("olkmail", 1)])
    # the original invitation as the external organiser sent it
    om = Msg(label="ham", cat=c.cat, lang=c.lang, rng=rng, arrival=c.arrival - dt.timedelta(days=rng.randint(1, 6), hours=rng.randint(0, 8)),
             rcpt=c.rcpt, rcpt_addr="x@" + dom, client=rng.choice(["google", "outlook"]), frm=c.addr(orgp, edom), summary=m.summary,
             desc=rng.choice(["Agenda to follow.", "Looking forward to seeing you.", "Please confirm attendance.", ""]), loc=rng.choice(["Room 2.14", "Online", c.orgname(edom) + " HQ"]))
    fp_addr = "%s@%s" % (fwdp.local(rng, "f.l"), dom if variant != "gmail" else "gmail.com")
    om.set(attendees=[{"name": fwdp.name, "addr": fp_addr}] + colleagues(c, edom, rng.randint(1, 4)), variant="m365")
    om.set(offset_days=rng.choice([5, 8, 12]))
    finalize(om)
    om.tenant_guid = om.user_guid = "00000000-0000-0000-0000-000000000000"
    om.ms_lang = "en-US"
    oics = I.ics_google(om) if om.client == "google" else I.ics_ms(om)
    m.set(start=om.start, end=om.end, tz=om.tz, loc=om.loc, desc=om.desc)
    m.set(fwd={"org": om.frm, "sent": om.date_utc, "subject": ("Invitation: " if om.client == "google" else "") + om.summary,
               "body": om.desc or om.summary, "ics": oics, "msgid": "<%s@%s>" % (c.path(20), edom), "att": om.attendees})
    if variant == "outlook":
        wire(m, c, "outlook", (fwdp.name, fp_addr), "pass", rng.choice(["m365", "olk", "exchange"]))
        m.set(org=om.frm, attendees=om.attendees + [{"name": c.rcpt.name, "addr": c.rcpt.addr}], uid=om.uid if om.client == "outlook" else None)
    else:
        wire(m, c, "mailfwd", (fwdp.name, fp_addr), "pass", variant)
    m.set(descr="colleague forwards external invitation (%s)" % variant)
    return m


def listcopy(c):
    rng = c.rng
    t = c.t
    v = hv(c)
    a = c.p()
    v.update(a=a.name)
    proj = rng.choice(["openpipeline", "geoforge", "libmesh", "pyrrha", "dataverse", "civicstack"])
    host = rng.choice(["lists.%s.org" % proj, "lists.%s" % c.orgdom(), "listserv.%s" % c.orgdom(), "groups.%s.org" % proj])
    lname = rng.choice(["dev", "community", "announce", "seminar", "members", "board", "users"])
    ladr = "%s@%s" % (lname, host)
    kind = W(rng, [("mailman", 3), ("mailman3", 3), ("sympa", 2)])
    client = W(rng, [("google", 3), ("outlook", 2), ("thunderbird", 2), ("nextcloud", 1), ("zimbra", 1), ("sogo", 1)])
    m = c.msg(dur=rng.choice([60, 90]))
    c.text(m, v, {})
    p = c.p()
    sdom = "gmail.com" if client == "google" and rng.random() < 0.5 else c.orgdom()
    wire(m, c, client, c.addr(p, sdom), "pass")
    m.set(to_list=[(lname, ladr)], attendees=[{"name": lname, "addr": ladr}],
          list={"name": "%s%s" % (lname.capitalize(), rng.choice([" list", "", " mailing list"])), "addr": ladr, "host": host, "kind": kind,
                "munge": rng.random() < 0.35, "sign": rng.random() < 0.6, "orig_sel": rng.choice(["selector1", "google", "20230601", "mail", "default"])},
          footer=rng.choice(["_______________________________________________\n%s mailing list\n%s\nhttps://%s/mailman/listinfo/%s" % (lname, ladr, host, lname),
                             "-- \nTo unsubscribe send an email to %s-leave@%s" % (lname, host),
                             "---\nYou received this message because you are subscribed to %s." % ladr]))
    if rng.random() < 0.4:
        m.set(rrule="FREQ=MONTHLY;BYDAY=%d%s" % (rng.randint(1, 3), rng.choice(["TU", "WE", "TH"])))
    m.set(descr="list copy of invitation via %s, DKIM broken by footer" % kind)
    return m


def replycancel(c):
    rng = c.rng
    t = c.t
    v = hv(c)
    dom = c.orgdom()
    c.move_rcpt(dom)
    p = c.p()
    v.update(a=c.p().first)
    k = t.get("k", "REPLY")
    client = W(rng, [("google", 3), ("outlook", 3), ("apple", 2), ("thunderbird", 1), ("zimbra", 2), ("sogo", 1), ("nextcloud", 1), ("yahoo", 1)])
    m = c.msg(dur=rng.choice([30, 60]), seq=rng.choice([0, 0, 1]))
    c.text(m, v, {})
    adom = dom if rng.random() < 0.6 else c.orgdom()
    if client == "yahoo":
        adom = "yahoo.com"
    elif client == "apple" and rng.random() < 0.6:
        adom = "icloud.com"
    frm = c.addr(p, adom)
    if k == "REPLY":
        ps = t.get("ps", "ACCEPTED")
        m.set(method="REPLY", org=(c.rcpt.name, c.rcpt.addr), attendees=[{"name": p.name, "addr": frm[1], "partstat": ps, "rsvp": False}])
        wire(m, c, client, frm, "pass", "server" if client == "apple" and adom == "icloud.com" else ("mailapp" if client == "apple" else None))
        m.set(org=(c.rcpt.name, c.rcpt.addr), alarms=[])
        m.set(descr="attendee %s reply to meeting organised by recipient (%s)" % (ps.lower(), client))
    else:
        m.set(method="CANCEL", status="CANCELLED", seq=rng.randint(1, 3), alarms=[])
        wire(m, c, client, frm, "pass", "server" if client == "apple" and adom == "icloud.com" else ("mailapp" if client == "apple" else None))
        m.set(extra_attendees=colleagues(c, dom, rng.randint(0, 3)), descr="organiser cancels meeting (%s)" % client)
    return m


def personal(c):
    rng = c.rng
    t = c.t
    v = hv(c)
    p = c.p()
    v.update(a=p.first, b=c.p().first)
    client = W(rng, [("google", 4), ("apple", 3), ("yahoo", 2), ("outlook", 1), ("thunderbird", 1)])
    far = t.get("far")
    m = c.msg(offset_days=rng.choice([200, 300, 400]) if far else rng.choice([3, 6, 9, 13, 20]), hour=rng.choice([12, 13, 18, 19, 19, 20]),
              dur=rng.choice([180, 240]), allday=bool(far))
    c.text(m, v, {})
    dom = {"google": "gmail.com", "apple": "icloud.com", "yahoo": "yahoo.com", "outlook": rng.choice(["outlook.com", "hotmail.com"])}.get(client)
    if dom is None or (c.lang != "en" and rng.random() < 0.3 and client not in ("apple", "yahoo", "outlook")):
        dom = rng.choice(LANG.get(c.lang, LANG["en"])[2])
        if dom == "gmail.com":
            client = "google"
        elif client == "google":
            client = "thunderbird"
    if client == "outlook" and not (dom.startswith("outlook") or dom.startswith("hotmail")):
        dom = "outlook.com"
    if client == "yahoo" and not dom.startswith("yahoo"):
        dom = "yahoo.com"
    wire(m, c, client, (p.name, "%s@%s" % (p.local(rng), dom)), "pass")
    m.set(extra_attendees=[{"name": x.name, "addr": "%s@%s" % (x.local(rng), rng.choice(LANG.get(c.lang, LANG["en"])[2]))} for x in [c.p() for _ in range(rng.randint(1, 12))]],
          descr="personal invitation from friend/family (%s)%s" % (client, ", far-future save-the-date" if far else ""))
    return m


def support(c):
    rng = c.rng
    t = c.t
    v = hv(c)
    vend = c.orgdom("en") if rng.random() < 0.6 else c.orgdom()
    v.update(company=c.orgname(vend), agent=c.p().name, brand=t.get("brand") or c.orgname(vend))
    k = t.get("k", "vendor")
    m = c.msg(offset_days=rng.choice([0, 1, 1, 2, 3]), dur=rng.choice([15, 30, 45, 120]))
    c.text(m, v, {})
    m.set(descr="requested support callback / appointment (%s) with phone number" % k)
    if k in ("slot", "isp", "bank"):
        bdom = {"slot": "meetslot.io", "isp": "fibrenet-broadband.com", "bank": "harborsavings.com"}[k] if c.lang == "en" else slug(v["brand"]) + "." + LANG[c.lang][3][0]
        booking(m, c, v["brand"], bdom, {"method": "REQUEST", "attendee": "plain"})
    elif k == "zoom":
        a = c.p()
        m.set(zoom_sender=a.name)
        wire(m, c, "zoom", (a.name, "no-reply@zoom.us"), "pass", org=(a.name, "%s@%s" % (a.local(rng, "f.l"), vend)))
    elif k == "insure":
        m.set(tool=tool_cfg(c, False, method="REQUEST", prodid="-//Guidewire//ClaimCenter//EN"), tool_cs=c.cs())
        wire(m, c, "tool", ("%s Claims" % v["company"], "claims@" + vend), "pass", rng.choice(["pymime", "mixedhtml"]))
        m.set(smtp_infra=rng.choice(["postfix", "m365", "exchange"]))
    else:
        a = c.p()
        wire(m, c, W(rng, [("outlook", 3), ("google", 2), ("zimbra", 1), ("sogo", 1)]), ("%s (%s Support)" % (a.name, v["company"]), "support@" + vend), "pass")
    return m


CATS = {"travel-booking": travel, "hotel-restaurant-booking": hotel, "medical-appointment": medical,
        "vendor-webinar-conference": vendor, "community-series": community, "it-notice": itnotice, "work-meeting": work,
        "doc-share-colleague": docshare, "finance-reminder": finance, "recruiter": recruiter, "forwarded-invite": forwarded,
        "list-copy": listcopy, "reply-cancel": replycancel, "personal-invite": personal, "support-callback": support}
COUNTS = {"travel-booking": 11, "hotel-restaurant-booking": 11, "medical-appointment": 10, "vendor-webinar-conference": 11,
          "community-series": 11, "it-notice": 11, "work-meeting": 11, "doc-share-colleague": 11, "finance-reminder": 10,
          "recruiter": 10, "forwarded-invite": 10, "list-copy": 10, "reply-cancel": 11, "personal-invite": 11,
          "support-callback": 11}

DESCR = {
    "travel-booking": "airline, rail, car-rental and travel-agency itineraries (PUBLISH, codes, amounts, phone numbers)",
    "hotel-restaurant-booking": "hotel and restaurant reservations, deposits, no-show fees, upgrade offers",
    "medical-appointment": "doctor, dentist, hospital and vaccination appointments",
    "vendor-webinar-conference": "vendor webinars, conferences and meetups with many attendees and 'free'/'offer' wording",
    "community-series": "school, church, club series without end date, often from free mail",
    "it-notice": "internal IT maintenance windows, password-expiry and security-training notices",
    "work-meeting": "ordinary meetings between colleagues and partners",
    "doc-share-colleague": "colleagues sharing SharePoint/Google/Nextcloud/DocuSign/Dropbox links for a meeting",
    "finance-reminder": "payment runs, month-end close, supplier reminders with bank-detail fraud warnings",
    "recruiter": "interview invitations from recruiters, hiring managers and applicant-tracking systems",
    "forwarded-invite": "invitations forwarded by colleagues (Outlook FW and mail-client forwards)",
    "list-copy": "invitations received through mailing lists (Mailman 2/3, Sympa) with broken DKIM",
    "reply-cancel": "METHOD:REPLY for meetings the recipient organised, and organiser cancellations",
    "personal-invite": "invitations between friends and family, incl. far-future save-the-dates",
    "support-callback": "support callbacks, technician visits and advisor appointments the recipient asked for",
}
