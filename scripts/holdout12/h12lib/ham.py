# -*- coding: utf-8 -*-
"""Legitimate calendar mail, including messages that look like spam. All written for this corpus."""
import datetime as dt

from . import common as CM
from .content import (att, rc_att, sc_base, colleagues, strangers, tx_preset, list_unsub)
from .l10n import date_fmt, ORGS, PEOPLE, FREEMAIL, L
from .util import ralnum, rdigits, rhex, rHEX, ruuid, rlower, B64URL

CLIENT_PHRASE = {
    "google": "Google Calendar", "exchange": "Exchange/Outlook", "outlook": "Outlook desktop", "icloud": "iCloud",
    "applemail": "Apple Calendar", "thunderbird": "Thunderbird", "zoom": "Zoom", "nextcloud": "Nextcloud",
    "zimbra": "Zimbra", "yahoo": "Yahoo", "sogo": "SOGo", "transactional": "booking system/ESP",
    "handrolled": "self-hosted web app",
}
KIND_PHRASE = {"consumer": "personal account", "org": "organisation account", "esp": "service domain",
               "platform": "service notification", "lookalike": "own domain"}


def describe(ctx, sc):
    return "%s, %s" % (CLIENT_PHRASE[ctx.bclient], KIND_PHRASE.get(sc["kind"], sc["kind"]))


def S0(ctx):
    rc = ctx.rcpt
    first = ctx.first(rc[0]) if rc[0] else rc[1].split("@")[0].split(".")[0].capitalize()
    la = ctx.local_arrival()
    return dict(first=first, rname=rc[0] or first, remail=rc[1], date=date_fmt(ctx.lang, la, with_time=False),
                rcompany=(ctx.rcpt_org[0] if ctx.rcpt_org else rc[1].split("@")[1].split(".")[0].capitalize()))


def fmt(t, S):
    return t.format(**S) if t else t


def other_org(ctx, lang=None):
    lg = lang or (ctx.lang if ctx.lang in ORGS else "en")
    for _ in range(6):
        o = ctx.org(lg)
        if not ctx.rcpt_org or o[1] != ctx.rcpt_org[1]:
            return o
    return o


def pperson(ctx, lang=None):
    lg = lang or (ctx.lang if ctx.lang in PEOPLE else "en")
    for _ in range(6):
        p = ctx.person(lg)
        if p[0] != ctx.rcpt[0]:
            return p
    return p


def rdomain(ctx):
    return ctx.rcpt[1].split("@")[1]


def hfinish(ctx, ident, events, note, subject=None, body=None, method="REQUEST", html=None, conf=None, tx=None,
            extra=None, to=None):
    """ident: dict kind -> (name, local, domain); the first kind the client can carry is used."""
    r = ctx.r
    cl = ctx.bclient
    order = ident.get("order") or ["org", "consumer", "esp", "platform"]
    kind = None
    for k in order:
        if k in CM.KIND_OK[cl] and (k in ident or k == "platform"):
            kind = k
            break
    if kind is None:
        kind = CM.KIND_OK[cl][0]
    if kind == "platform":
        name = local = dom = None
    elif kind in ident:
        name, local, dom = ident[kind]
        if kind == "consumer" and r.random() < 0.35:
            local = local + r.choice([str(r.randint(1, 99)), str(r.randint(1960, 2005)), "." + str(r.randint(1, 9))])
    elif kind == "org":
        o = other_org(ctx)
        p = pperson(ctx)
        name, local, dom = p[0], p[1], o[1]
    elif kind == "consumer":
        p = pperson(ctx)
        name, local, dom = p[0], p[1], None
    elif kind == "esp":
        o = other_org(ctx)
        name, local, dom = o[0], "noreply", o[1]
    else:
        p = pperson(ctx)
        name, local, dom = p[0], p[1], other_org(ctx)[1]
    sc = sc_base(ctx, kind, name, local, dom)
    sc["events"] = events
    sc["method"] = method
    if cl == "zoom":
        host = ident.get("host") or ident.get("org") or ident.get("consumer") or (pperson(ctx)[0], pperson(ctx)[1], None)
        hd = host[2] or r.choice(FREEMAIL.get(ctx.lang, FREEMAIL["en"]))
        sc["host"] = (host[0], "%s@%s" % (host[1], hd))
        sc["conf_type"] = "zoom"
        sc["method"] = "PUBLISH" if method == "REQUEST" and not ident.get("zoom_request") else method
        sc["no_org_attendee"] = True
        if subject:
            sc["subject"] = subject
        if body is not None:
            sc["body"] = body
        if method == "REQUEST":
            for e in events:
                e.pop("attendees", None)
    elif cl in ("transactional", "handrolled"):
        if cl == "transactional":
            sc["esp"] = r.choice(["sendgrid", "ses", "mailgun", "postmark", "inhouse", "ses", "inhouse"])
        kw = dict(tx or {})
        m = kw.pop("method", method)
        tx_preset(ctx, sc, role="booking", method=m, **kw)
        if r.random() < 0.12:
            sc.setdefault("quirks", set()).add("lf-ics")
        if m == "PUBLISH" and r.random() < 0.2:
            sc["method"] = None
        if sc["method"] and r.random() < 0.1:
            sc["tx"]["ct_method"] = "REQUEST" if sc["method"] == "PUBLISH" else "PUBLISH"
        if cl == "handrolled":
            sc["org_mail"] = r.choice(["webapp", "webapp", "own", "hoster"])
        sc["subject"] = subject or events[0]["summary"]
        sc["body"] = body if body is not None else (events[0].get("description") or events[0]["summary"])
        if html:
            sc["html"] = html
    else:
        if subject:
            sc["subject"] = subject
        if body is not None:
            sc["body"] = body
    if conf and cl != "zoom":
        sc["conf_type"] = conf
    if to is not None:
        sc["to"] = to
    if extra:
        sc.update(extra)
    sc["desc"] = "%s; %s" % (note, describe(ctx, sc))
    return sc


def meeting_link(ctx, sc_conf=None):
    """pick a conferencing system that fits the client"""
    cl = ctx.bclient
    r = ctx.r
    if cl == "google":
        return "meet", ctx.meet()
    if cl == "exchange" and ctx.year >= 2018:
        return "teams", None
    if cl == "zoom":
        return "zoom", None
    u, _ = ctx.zoom_url()
    return None, r.choice([u, ctx.webex_url(r.choice(["meetings", "company", "eu"])),
                           "https://meet.jit.si/%s" % ralnum(r, 12), "https://%s/call/%s" % (r.choice(["talk.example.org", "bbb.example.net"]), ralnum(r, 8))])


# ------------------------------------------------------------------ 1 travel bookings

AIRLINES = {"en": ("SkyBridge Airways", "skybridgeairways.com", "SB"), "de": ("NordExpress Bahn", "nordexpress-bahn.de", "NX"),
            "fr": ("RailAzur", "railazur.fr", "RA"), "ja": ("ソラノ航空", "sorano-air.co.jp", "SN"),
            "th": ("Siam Skylines", "siamskylines.co.th", "SK"), "el": ("Aegean Blue Ferries", "aegeanblueferries.gr", "AB"),
            "ar": ("Falcon Gulf Airways", "falcongulf.ae", "FG"), "he": ("Galil Air", "galilair.co.il", "GL")}
TRAVEL_EN = ["flight", "hotel", "rail", "car", "agency", "change", "rental"]


def f_travel(ctx):
    r = ctx.r
    S = S0(ctx)
    lg = ctx.lang
    pnr = ralnum(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    cl = ctx.bclient
    if cl in ("transactional", "handrolled"):
        pool = ["flight", "hotel", "rail", "car", "change"]
    elif cl in ("icloud", "yahoo", "google"):
        pool = ["rental", "agency"]
    else:
        pool = ["agency", "hotel"]
    kind = pool[ctx.i % len(pool)]
    la = ctx.local_arrival()
    d1 = ctx.at(days=(7, 60), hour=(6, 20), dur=r.choice([75, 95, 130, 185, 240]))
    phone = ctx.phone("uk" if r.random() < 0.5 else "us") if lg == "en" else ctx.phone(lg)
    if kind == "flight":
        brand, dom, code = AIRLINES["en"]
        fr_, to_ = r.choice([("LHR", "LIS", "London Heathrow", "Lisbon"), ("MAN", "DUB", "Manchester", "Dublin"),
                             ("JFK", "ORD", "New York JFK", "Chicago O'Hare"), ("SYD", "MEL", "Sydney", "Melbourne")])[:2], None
        a, b = fr_
        fl1, fl2 = "%s%d" % (code, r.randint(100, 999)), "%s%d" % (code, r.randint(100, 999))
        d2s = d1[0] + dt.timedelta(days=r.randint(3, 10), hours=r.randint(-3, 3))
        d2 = (d2s, d2s + (d1[1] - d1[0]))
        amt = "%d.%02d" % (r.randint(89, 780), r.randint(0, 99))
        evs = [ctx.ev("Flight %s %s → %s" % (fl1, a, b), "Booking reference %s\nSeat %d%s\nCheck-in closes 45 minutes before departure.\nBaggage: 1 x 23 kg" % (pnr, r.randint(3, 38), r.choice("ACDF")),
                      "%s Terminal %d" % (a, r.randint(1, 5)), d1, attendees=[]),
               ctx.ev("Flight %s %s → %s" % (fl2, b, a), "Booking reference %s\nSeat %d%s" % (pnr, r.randint(3, 38), r.choice("ACDF")),
                      "%s" % b, d2, attendees=[])]
        for e in evs:
            if r.random() < 0.6:
                e["url"] = "https://www.%s/manage?pnr=%s" % (dom, pnr)
        subj = "Your booking is confirmed – %s" % pnr
        body = ("Dear %s,\n\nThank you for booking with %s.\nBooking reference: %s\n\n%s  %s → %s  %s dep %s\n%s  %s → %s  %s dep %s\n\n"
                "Total paid: £%s (incl. taxes and fees)\nManage booking: https://www.%s/manage?pnr=%s\nCustomer service: %s\n\n"
                "Add your flights to your calendar with the attached file.\n\nSpecial offer: 20%% off airport parking with code PARK20."
                % (S["rname"], brand, pnr, fl1, a, b, date_fmt("en", d1[0], False), d1[0].strftime("%H:%M"), fl2, b, a,
                   date_fmt("en", d2[0], False), d2[0].strftime("%H:%M"), amt, dom, pnr, phone))
        ident = {"esp": (brand, r.choice(["noreply", "bookings", "confirmation"]), dom), "org": (brand, "bookings", dom),
                 "consumer": (brand + " Bookings", "skybridge.bookings", None), "order": ["esp", "org"]}
        return hfinish(ctx, ident, evs, "airline e-ticket with booking code, amount, phone and two flights",
                       subject=subj, body=body, method="PUBLISH", tx=dict(method="PUBLISH"))
    if kind == "hotel":
        hotel = r.choice(["Harbourside Hotel Lisbon", "The Linden Court Hotel", "Hotel Marisol Valencia", "Kingsgate Suites Edinburgh"])
        hdom = "stayfinder.com" if r.random() < 0.5 else hotel.lower().replace(" ", "")[:18] + ".com"
        n = r.randint(1, 5)
        ci = d1[0].replace(hour=15, minute=0)
        co = (ci + dt.timedelta(days=n)).replace(hour=11)
        conf = rdigits(r, 10)
        amt = "%d.%02d" % (r.randint(120, 1400), r.randint(0, 99))
        ev = ctx.ev("Stay at %s" % hotel, "Confirmation number: %s\nPIN: %s\nCheck-in from 15:00, check-out until 11:00\nTotal price: €%s\nFree cancellation until %s\nProperty phone: %s"
                    % (conf, rdigits(r, 4), amt, date_fmt("en", ci - dt.timedelta(days=2), False), phone),
                    hotel, (ci, co), attendees=[], url="https://secure.%s/mybooking?c=%s" % (hdom, conf) if r.random() < 0.5 else None)
        body = ("Hi %s,\n\nYour booking at %s is confirmed.\n\nConfirmation number: %s\nPIN code: %s\nCheck-in: %s (from 15:00)\nCheck-out: %s (until 11:00)\n"
                "%d night(s), 1 room\nTotal price: €%s – pay at the property\n\nFree cancellation until %s.\nNeed to contact the property? Call %s\n\n"
                "Manage your booking: https://secure.%s/mybooking?c=%s&pin=xxxx"
                % (S["first"], hotel, conf, rdigits(r, 4), date_fmt("en", ci, False), date_fmt("en", co, False), n, amt,
                   date_fmt("en", ci - dt.timedelta(days=2), False), phone, hdom, conf))
        ident = {"esp": ("StayFinder" if "stayfinder" in hdom else hotel, "noreply", hdom), "org": (hotel, "reservations", hdom),
                 "consumer": (hotel, "reservations." + hotel.split()[0].lower(), None), "order": ["esp", "org", "consumer"]}
        return hfinish(ctx, ident, [ev], "hotel booking with confirmation number, PIN, price and phone",
                       subject="Booking confirmation – %s (%d night%s)" % (hotel, n, "s" if n > 1 else ""), body=body,
                       method="PUBLISH", tx=dict(method="PUBLISH"))
    if kind == "rail":
        brand, dom = "Northline Rail", "northlinerail.co.uk"
        a, b = r.choice([("London Kings Cross", "Edinburgh"), ("York", "London Kings Cross"), ("Newcastle", "Leeds")])
        tkt = rdigits(r, 12)
        ev = ctx.ev("Train: %s → %s" % (a, b), "Ticket reference %s\nCoach %s, seat %d\nCollect from ticket machine or use your e-ticket QR code.\nAdvance Single, £%d.%02d"
                    % (tkt, r.choice("ABCDEFGHJ"), r.randint(1, 80), r.randint(18, 140), r.randint(0, 99)), a, d1, attendees=[])
        body = "Your e-tickets are attached.\n\nBooking reference: %s\n%s → %s, %s\n\nMy account: https://www.%s/account\nQuestions? %s" % (
            tkt, a, b, date_fmt("en", d1[0]), dom, phone)
        ident = {"esp": (brand, "etickets", dom), "org": (brand, "tickets", dom), "order": ["esp", "org"]}
        return hfinish(ctx, ident, [ev], "rail e-ticket confirmation with ticket reference", subject="Your e-tickets: %s → %s" % (a, b),
                       body=body, method="PUBLISH")
    if kind == "car":
        brand, dom = "Roadway Rentals", "roadwayrentals.com"
        ref = "RR" + rdigits(r, 8)
        ev = ctx.ev("Car pick-up – %s" % brand, "Reservation %s\nVehicle: VW Golf or similar\nTotal: $%d.%02d\nBring your driving licence and the credit card used for booking."
                    % (ref, r.randint(90, 650), r.randint(0, 99)), r.choice(["Airport Terminal 1, Level 0", "Downtown branch, 41 Harbor St"]), d1, attendees=[])
        return hfinish(ctx, {"esp": (brand, "reservations", dom), "org": (brand, "reservations", dom), "order": ["esp", "org"]},
                       [ev], "car-rental reservation with amount", subject="Reservation confirmed – %s" % ref, method="PUBLISH")
    if kind == "agency":
        ag = ("GlobeTrek Corporate Travel", "globetrek-corporate.com")
        agent = pperson(ctx)
        city = r.choice(["Berlin", "Singapore", "Toronto", "Madrid", "Chicago"])
        tid = rdigits(r, 7)
        ev = ctx.ev("Trip to %s – client visit (Trip ID %s)" % (city, tid),
                    "Dear %s,\n\nplease find your itinerary below. Flight and hotel are booked and invoiced to your cost centre.\n\nTrip ID: %s\nFlight: %s%d, departs %s\nHotel: Novera %s Centre, 3 nights\n\nIn case of changes call our 24/7 desk: %s\n\nKind regards,\n%s\n%s"
                    % (S["first"], tid, r.choice(["LH", "BA", "UA", "SQ"]), r.randint(100, 999), d1[0].strftime("%H:%M"), city, phone, agent[0], ag[0]),
                    "Airport", d1, attendees=[rc_att(ctx)])
        return hfinish(ctx, {"org": (agent[0], agent[1], ag[1]), "consumer": (agent[0], agent[1] + ".travel", None),
                             "order": ["org", "consumer"]}, [ev],
                       "travel agent itinerary hold with trip ID and 24/7 phone")
    if kind == "change":
        brand, dom, code = AIRLINES["en"]
        fl = "%s%d" % (code, r.randint(100, 999))
        ev = ctx.ev("Flight %s – NEW TIME" % fl, "Booking reference %s\nYour flight has been rescheduled. New departure %s.\nIf the new time does not suit you, you can rebook free of charge or request a refund: https://www.%s/manage"
                    % (pnr, d1[0].strftime("%H:%M"), dom), "Departure airport", d1, attendees=[], sequence=1)
        return hfinish(ctx, {"esp": (brand, "notifications", dom), "org": (brand, "notifications", dom), "order": ["esp", "org"]},
                       [ev], "airline schedule-change notice (updated event, refund wording)",
                       subject="Important: schedule change for booking %s" % pnr, method="PUBLISH")
    # rental host with door code via personal calendar
    host = pperson(ctx)
    prop = r.choice(["Seaview Cottage", "Maple Loft", "The Old Bakery", "Lakeside Cabin"])
    ci = d1[0].replace(hour=16, minute=0)
    ev = ctx.ev("Check-in: %s 🏡" % prop, "Hi %s! Looking forward to hosting you.\n\nDoor code: %s#\nWi-Fi: %s / %s\nParking: space 4 behind the house\nIf anything comes up call or text me: %s\n\n%s"
                % (S["first"], rdigits(r, 4), prop.replace(" ", "") + "-guest", ralnum(r, 10), ctx.mobile("us" if r.random() < 0.5 else "uk"), host[0].split()[0]),
                "%d %s" % (r.randint(2, 180), r.choice(["Harbour Road", "Birch Lane", "Mill Street", "Shore Drive"])),
                (ci, ci + dt.timedelta(hours=1)), attendees=[rc_att(ctx)])
    return hfinish(ctx, {"consumer": (host[0], host[1], None), "org": (host[0], host[1], "example.com"),
                         "order": ["consumer", "org"]}, [ev], "holiday-rental host sending door code and Wi-Fi password")


TRAVEL_L = {
    "de": ("Ihre Reservierung: {code} {num} Hamburg Hbf → München Hbf", "Auftragsnummer: {pnr}\nWagen {car}, Platz {seat}\nFahrpreis: {amt} €\nIhr Ticket ist personalisiert – bitte Ausweis mitführen.", "Hamburg Hbf, Gleis {gl}",
           "Guten Tag {rname},\n\nvielen Dank für Ihre Buchung bei {brand}.\n\nAuftragsnummer: {pnr}\nHinfahrt: {when}\nGesamtpreis: {amt} €\n\nIhr Online-Ticket finden Sie im Anhang. Die Termindatei können Sie in Ihren Kalender übernehmen.\n\nService-Hotline: {phone}\n\nIhr {brand}-Team",
           "Ihre Buchungsbestätigung – Auftrag {pnr}"),
    "fr": ("Votre voyage : Paris Gare de Lyon → Lyon Part-Dieu", "Référence dossier : {pnr}\nVoiture {car}, place {seat}\nPrix : {amt} €", "Paris Gare de Lyon",
           "Bonjour {rname},\n\nmerci d'avoir voyagé avec {brand}.\nRéférence : {pnr}\nAller : {when}\nMontant payé : {amt} €\n\nVos e-billets sont disponibles dans votre espace client. Service client : {phone}",
           "Confirmation de votre réservation – {pnr}"),
    "ja": ("{code}{num}便 羽田 → 新千歳", "予約番号：{pnr}\n座席：{seat}{seatl}\n運賃：{amtjp}円\n保安検査場は出発の20分前までにお通りください。", "羽田空港 第1ターミナル",
           "{rname} 様\n\nこの度は{brand}をご利用いただき、誠にありがとうございます。\nご予約内容をお知らせいたします。\n\n予約番号：{pnr}\n便名：{code}{num}\n日時：{when}\nお支払い金額：{amtjp}円\n\nお問い合わせ：{phone}",
           "【ご予約確認】{code}{num}便 羽田→新千歳"),
    "th": ("เที่ยวบิน {code}{num} กรุงเทพฯ – เชียงใหม่", "รหัสการจอง: {pnr}\nที่นั่ง {seat}{seatl}\nราคารวม {amtth} บาท", "ท่าอากาศยานดอนเมือง",
           "เรียน คุณ{rname}\n\nขอบคุณที่เลือกใช้บริการ {brand}\nรหัสการจอง: {pnr}\nเที่ยวบิน: {code}{num}\nวันเวลา: {when}\nยอดชำระ: {amtth} บาท\n\nติดต่อศูนย์บริการลูกค้า: {phone}",
           "ยืนยันการจอง: เที่ยวบิน {code}{num} กรุงเทพฯ – เชียงใหม่"),
    "el": ("Πειραιάς → Νάξος ({brand})", "Κωδικός κράτησης: {pnr}\nΘέση: {seat}\nΣύνολο: {amt} €\nΗ επιβίβαση κλείνει 30 λεπτά πριν την αναχώρηση.", "Λιμάνι Πειραιά, Πύλη Ε7",
           "Αγαπητέ/ή {rname},\n\nευχαριστούμε για την κράτησή σας στην {brand}.\nΚωδικός κράτησης: {pnr}\nΑναχώρηση: {when}\nΣύνολο: {amt} €\n\nΤηλέφωνο εξυπηρέτησης: {phone}",
           "Επιβεβαίωση κράτησης: Πειραιάς → Νάξος"),
    "ar": ("رحلة {code}{num} دبي – القاهرة", "رقم الحجز: {pnr}\nالمقعد: {seat}{seatl}\nالمبلغ المدفوع: {amt} درهم", "مطار دبي الدولي - المبنى 1",
           "عزيزي {rname}،\n\nشكرا لاختيارك {brand}.\nرقم الحجز: {pnr}\nالرحلة: {code}{num}\nالموعد: {when}\nالمبلغ المدفوع: {amt} درهم\n\nلخدمة العملاء: {phone}",
           "تأكيد الحجز: رحلة دبي – القاهرة {code}{num}"),
    "he": ("טיסה {code}{num} תל אביב – אתונה", "מספר הזמנה: {pnr}\nמושב: {seat}{seatl}\nסה\"כ שולם: {amt} ₪", "נמל התעופה בן גוריון, טרמינל 3",
           "שלום {rname},\n\nתודה שבחרת ב{brand}.\nמספר הזמנה: {pnr}\nטיסה: {code}{num}\nמועד: {when}\nסה\"כ שולם: {amt} ₪\n\nמוקד שירות: {phone}",
           "אישור הזמנה: טיסה תל אביב – אתונה {code}{num}"),
}


def f_travel_dispatch(ctx):
    if ctx.lang == "en":
        return f_travel(ctx)
    r = ctx.r
    S = S0(ctx)
    brand, dom, code = AIRLINES[ctx.lang]
    T = TRAVEL_L[ctx.lang]
    d1 = ctx.at(days=(5, 50), hour=(6, 20), dur=r.choice([75, 95, 130, 185, 280]))
    S.update(brand=brand, code=code, num=r.randint(100, 999), pnr=ralnum(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
             car=r.randint(1, 14), seat=r.randint(1, 40), seatl=r.choice("ABCDEF"), gl=r.randint(1, 14),
             amt="%d,%02d" % (r.randint(19, 390), r.randint(0, 99)) if ctx.lang in ("de", "fr", "el") else "%d" % r.randint(300, 4200),
             amtjp="{:,}".format(r.randint(9000, 48000)), amtth="{:,}".format(r.randint(900, 6500)),
             phone=ctx.phone(ctx.lang), when=date_fmt(ctx.lang, d1[0]))
    ev = ctx.ev(fmt(T[0], S), fmt(T[1], S), fmt(T[2], S), d1, attendees=[])
    if r.random() < 0.5:
        ev["url"] = "https://www.%s/%s/%s" % (dom, r.choice(["booking", "manage", "mytrip"]), S["pnr"])
    ident = {"esp": (brand, r.choice(["noreply", "booking", "service"]), dom), "org": (brand, "booking", dom),
             "order": ["esp", "org"]}
    return hfinish(ctx, ident, [ev], "travel booking confirmation (%s) with booking code, price and phone" % brand,
                   subject=fmt(T[4], S), body=fmt(T[3], S), method="PUBLISH", tx=dict(method="PUBLISH"))


# ------------------------------------------------------------------ 2 restaurants, doctors, salons

APPT_EN = ["restaurant", "dentist", "salon", "garage", "vet", "telehealth"]
APPT_L = {
    "de": ("Termin: Dr. med. {doc}", "Ihr Termin in der {practice}\nBitte bringen Sie Ihre Versichertenkarte mit.\nAbsage bitte mindestens 24 Stunden vorher unter {phone}.",
           "{practice}, {street}", "Terminbestätigung: Dr. med. {doc}, {when}",
           "Guten Tag {rname},\n\nhiermit bestätigen wir Ihren Termin am {when} bei Dr. med. {doc}.\n\nFalls Sie den Termin nicht wahrnehmen können, sagen Sie bitte rechtzeitig ab: {phone} oder online unter https://www.{dom}/termin/{ref}\n\nMit freundlichen Grüßen\nIhr Praxisteam"),
    "fr": ("RDV Dr {doc}", "Motif : consultation\nMerci d'apporter votre carte Vitale.\nEn cas d'empêchement, annulez au moins 24 h à l'avance.", "{practice}, {street}",
           "Confirmation de votre rendez-vous avec Dr {doc}",
           "Bonjour {rname},\n\nvotre rendez-vous du {when} avec Dr {doc} est confirmé.\nPour modifier ou annuler : https://www.{dom}/rdv/{ref}\nTéléphone du cabinet : {phone}\n\nÀ bientôt."),
    "es": ("Reserva en {rest} – {n} personas", "Reserva n.º {ref}\nMesa para {n}\nSe ruega puntualidad; mantenemos la mesa 15 minutos.", "{rest}, {street}",
           "Reserva confirmada en {rest} – {when}, {n} personas",
           "Hola {rname}:\n\n¡Tu reserva está confirmada!\n\n{rest}\n{when}\n{n} personas\nReserva n.º {ref}\n\nSi necesitas cancelar, llama al {phone}.\n¡Te esperamos!"),
    "it": ("Appuntamento – Salone {salon}", "Taglio e piega con {stylist}\nPrezzo indicativo: {amt} €\nIn caso di disdetta avvisare almeno un giorno prima.", "Salone {salon}, {street}",
           "Appuntamento confermato – Salone {salon}",
           "Ciao {rname},\n\nti confermiamo l'appuntamento del {when} con {stylist}.\nPer spostarlo chiamaci al {phone}.\n\nA presto!\nSalone {salon}"),
    "nl": ("Afspraak tandarts – {practice}", "Periodieke controle\nNeem uw zorgpas mee.\nAfzeggen kan tot 24 uur van tevoren via {phone}.", "{practice}, {street}",
           "Afspraakbevestiging {practice}",
           "Beste {rname},\n\nHierbij bevestigen wij uw afspraak op {when}.\nKunt u niet komen? Bel ons op {phone}. Bij niet tijdig afzeggen kunnen wij kosten in rekening brengen (€ 35).\n\nMet vriendelijke groet,\n{practice}"),
    "ko": ("서울미래병원 진료 예약", "진료과: 내과\n담당의: {doc}\n예약번호: {ref}\n진료 10분 전까지 원무과에 접수해 주세요.", "서울미래병원 본관 2층",
           "[예약 확인] 서울미래병원 진료 예약 안내",
           "{rname}님, 안녕하세요.\n\n서울미래병원 진료 예약이 확정되었습니다.\n일시: {when}\n담당의: {doc}\n예약번호: {ref}\n\n예약 변경 및 취소: {phone}"),
}


def f_appt(ctx):
    r = ctx.r
    S = S0(ctx)
    lg = ctx.lang
    when = ctx.at(days=(0, 30), hour=(8, 18), dur=r.choice([20, 30, 45, 60, 90]))
    phone = ctx.phone(lg if lg != "en" else r.choice(["us", "uk"]))
    if lg != "en":
        T = APPT_L[lg]
        o = ctx.org(lg if lg in ORGS else "en")
        doc = pperson(ctx)[0]
        P = {"de": ("Gemeinschaftspraxis Lindenau", "Lindenstraße 12, 04177 Leipzig", "praxis-lindenau.de", "praxis"),
             "fr": ("Cabinet médical des Tilleuls", "12 rue des Tilleuls, 69003 Lyon", "rdvsante.fr", "rdv"),
             "es": ("La Bodega de Pablo", "Calle Mayor 8, Madrid", "reservamesa.es", "reservas"),
             "it": ("Salone Aurora", "Via Roma 21, Torino", "salone-aurora.it", "salone"),
             "nl": ("Tandartspraktijk Zuidwal", "Zuidwal 40, Den Haag", "tandarts-zuidwal.nl", "info"),
             "ko": ("서울미래병원", "서울 강남구 역삼로 15", "seoulmirae-hosp.kr", "reservation")}[lg]
        S.update(doc=doc.split()[-1] if lg not in ("ko",) else doc, practice=P[0], street=P[1], rest=P[0], salon=P[0].split()[-1],
                 n=r.randint(2, 8), ref=rdigits(r, 7), stylist=pperson(ctx)[0].split()[0], amt=r.randint(25, 90),
                 phone=phone, when=date_fmt(lg, when[0]), dom=P[2], rname=S["rname"])
        ev = ctx.ev(fmt(T[0], S), fmt(T[1], S), fmt(T[2], S), when, attendees=[rc_att(ctx)])
        ident = {"esp": (P[0], "noreply", P[2]), "org": (P[0], P[3], P[2]), "consumer": (P[0], P[3] + "." + P[2].split(".")[0], None),
                 "host": (doc, "dr." + ralnum(r, 5).lower(), P[2]), "order": ["esp", "org", "consumer"]}
        return hfinish(ctx, ident, [ev], "appointment/reservation confirmation with phone number", subject=fmt(T[3], S),
                       body=fmt(T[4], S), method=r.choice(["PUBLISH", "REQUEST"]))
    k = APPT_EN[ctx.i % len(APPT_EN)]
    if k == "restaurant":
        rest = r.choice(["The Copper Pot", "Nonna Rosa Trattoria", "Blue Heron Kitchen", "Saffron & Sage"])
        n = r.randint(2, 10)
        ref = ralnum(r, 8, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        ev = ctx.ev("Dinner at %s (%d guests)" % (rest, n), "Reservation %s\nA deposit of $20 per guest has been charged and will be deducted from your bill.\nCancellations less than 24 hours before are non-refundable.\nRestaurant phone: %s" % (ref, phone),
                    "%s, %d Market Street" % (rest, r.randint(10, 400)), (when[0].replace(hour=r.choice([18, 19, 20])), when[0].replace(hour=r.choice([18, 19, 20])) + dt.timedelta(hours=2)),
                    attendees=[rc_att(ctx)])
        body = "Hi %s,\n\nYou're all set! %s, %s, party of %d.\n\nConfirmation: %s\nModify or cancel: https://www.tablenow.com/r/%s\n\nSee you soon!" % (
            S["first"], rest, date_fmt("en", ev["start"]), n, ref, ref.lower())
        ident = {"esp": ("TableNow", "reservations", "tablenow.com"), "org": (rest, "bookings", rest.lower().replace(" ", "").replace("&", "and")[:16] + ".com"),
                 "consumer": (rest, rest.split()[1].lower() + ".reservations", None), "order": ["esp", "org", "consumer"]}
        return hfinish(ctx, ident, [ev], "restaurant reservation with deposit and phone", subject="Reservation confirmed: %s" % rest,
                       body=body, method="REQUEST")
    if k == "dentist":
        pr = ("Marlow Street Dental", "marlowstreetdental.co.uk")
        ev = ctx.ev("Dental check-up – Marlow Street Dental", "Appointment with Dr %s\nPlease arrive 10 minutes early.\nPayment due at visit: £%d.%02d (NHS band 1)\nTo reschedule call %s."
                    % (pperson(ctx, "en")[0].split()[-1], r.choice([26, 27, 75]), r.choice([0, 80, 50]), ctx.phone("uk")),
                    "Marlow Street Dental, 14 Marlow Street", when, attendees=[rc_att(ctx)])
        rec = pperson(ctx, "en")
        return hfinish(ctx, {"org": ("Marlow Street Dental", "reception", pr[1]), "esp": ("Marlow Street Dental", "noreply", pr[1]),
                             "consumer": ("Marlow Street Dental", "marlowstreetdental", None), "order": ["org", "esp", "consumer"]},
                       [ev], "dentist appointment reminder with fee and phone",
                       subject="Appointment reminder – %s" % date_fmt("en", when[0]))
    if k == "salon":
        sty = pperson(ctx, "en")[0].split()[0]
        ev = ctx.ev("Cut & colour with %s ✂️" % sty, "Balayage + cut: $%d\n$25 deposit paid. Late cancellation (<24h) forfeits the deposit.\nText me on %s if you're running late!" % (r.randint(140, 320), ctx.mobile("us")),
                    "Studio 9 Hair, %d Elm Ave" % r.randint(10, 300), (when[0], when[0] + dt.timedelta(hours=2, minutes=30)), attendees=[rc_att(ctx)])
        return hfinish(ctx, {"consumer": ("Studio 9 Hair", "studio9hair", None), "org": ("Studio 9 Hair", "book", "studio9hair.com"),
                             "esp": ("Studio 9 Hair", "noreply", "studio9hair.com"), "order": ["consumer", "org", "esp"]}, [ev],
                       "hair salon appointment from the salon's own calendar with deposit terms")
    if k == "garage":
        ref = rdigits(r, 6)
        ev = ctx.ev("Car service – booking #%s" % ref, "Annual service + MOT\nEstimated cost: £%d.00\nCourtesy car: not requested\nQuestions: %s" % (r.randint(180, 420), ctx.phone("uk")),
                    "Ashgrove Motors, Unit 4 Ashgrove Ind. Est.", when, attendees=[rc_att(ctx)])
        return hfinish(ctx, {"esp": ("Ashgrove Motors", "bookings", "ashgrovemotors.co.uk"), "org": ("Ashgrove Motors", "service", "ashgrovemotors.co.uk"),
                             "order": ["esp", "org"]}, [ev], "garage service booking with estimate",
                       subject="Service appointment confirmed – #%s" % ref)
    if k == "vet":
        pet = r.choice(["Bella", "Max", "Luna", "Charlie", "Milo"])
        ev = ctx.ev("Vaccination appointment for %s 🐶" % pet, "Annual booster for %s.\nPlease bring the vaccination card.\nCost: $%d\nIf you need to cancel, call %s." % (pet, r.randint(60, 140), phone),
                    "Pinecrest Veterinary Clinic", when, attendees=[rc_att(ctx)])
        return hfinish(ctx, {"org": ("Pinecrest Veterinary Clinic", "frontdesk", "pinecrestvet.com"), "esp": ("Pinecrest Vet", "noreply", "pinecrestvet.com"),
                             "consumer": ("Pinecrest Vet", "pinecrest.vet.clinic", None), "order": ["org", "esp", "consumer"]},
                       [ev], "vet appointment with cost and phone")
    doc = pperson(ctx, "en")[0]
    ev = ctx.ev("Telehealth visit with Dr. %s" % doc.split()[-1], "Please join 5 minutes early from a quiet place.\nCopay: $%d, charged to the card on file.\nIf you have technical problems call %s." % (r.choice([20, 25, 30, 40]), phone),
                None, when, attendees=[rc_att(ctx)])
    if ctx.bclient in ("transactional", "handrolled", "nextcloud"):
        u, _ = ctx.zoom_url()
        ev["conference"] = [(u, {"FEATURE": "AUDIO,VIDEO", "LABEL": "Join telehealth visit"})]
        ev["location"] = u
    return hfinish(ctx, {"host": ("Dr. " + doc, doc.split()[-1].lower() + ".md", "tidewellhealth.org"),
                         "org": ("Tidewell Health Scheduling", "scheduling", "tidewellhealth.org"),
                         "esp": ("Tidewell Health", "noreply", "tidewellhealth.org"), "order": ["org", "esp"]},
                   [ev], "telehealth appointment with copay and phone", conf="zoom" if ctx.bclient == "zoom" else None,
                   subject=None)


# ------------------------------------------------------------------ 3 vendor webinars and conferences

WEB_EN = [
    ("Cloud Cost Optimization: save up to 40% – free live webinar", "Join our cloud architects for a free 45-minute session. All attendees get a 30-day free trial and an exclusive 20% discount offer."),
    ("You're registered: {v} Summit {y} (free virtual pass)", "Your free virtual pass is confirmed. Upgrade to an in-person ticket with code EARLY50 for 50% off – offer ends soon!"),
    ("Workshop on Calendar Interoperability – session 3", "Dear participants,\n\nthe third session will cover scheduling extensions and free/busy. Slides will be shared after the session.\n\nOrganising committee"),
    ("Lunch & Learn: Zero-trust networking (free lunch provided)", "Hi all,\n\nwe're bringing lunch and a short demo of our new platform. No sales pitch, promise – but we do have a special partner offer for teams signing up this quarter."),
    ("Starting soon: live demo + Q&A – limited-time offer inside", "Reminder: the live product demo starts in 1 hour. Attendees receive a limited-time offer (3 months free)."),
    ("Partner webinar: what's new in {y} – register now", "Free for all partners. Limited seats – please register your team today."),
]
WEB_L = {
    "de": ("Kostenloses Webinar: E-Rechnung {y} – jetzt Platz sichern", "Erfahren Sie in 60 Minuten, was die E-Rechnungspflicht für Ihr Unternehmen bedeutet. Teilnahme kostenlos, begrenzte Plätze. Alle Teilnehmenden erhalten ein exklusives Angebot."),
    "ja": ("【無料ウェビナー】生成AI活用セミナー", "本セミナーは無料でご参加いただけます。ご参加の皆様には特別割引クーポンをプレゼントいたします。当日は開始5分前までにご入室ください。"),
    "pt": ("Webinar gratuito: gestão financeira para PMEs", "Participação gratuita. Os participantes ao vivo recebem uma oferta exclusiva de 3 meses grátis. Vagas limitadas!"),
    "zh": ("免费线上研讨会：制造业数字化转型", "本次研讨会免费参加，名额有限。参会者可获得专属优惠及白皮书下载。"),
    "es": ("Webinar gratuito: ciberseguridad para pymes", "Sesión gratuita de 45 minutos. Los asistentes recibirán una oferta especial del 30 % de descuento. ¡Plazas limitadas!"),
    "ru": ("Бесплатный вебинар: маркировка товаров в {y} году", "Регистрация подтверждена. Участие бесплатное. Всем участникам — специальное предложение и запись вебинара."),
}
VENDORS = {"en": ("Cloudvista", "cloudvista.io"), "de": ("Finlytics GmbH", "finlytics.de"), "ja": ("株式会社ミライデータ", "miraidata.co.jp"),
           "pt": ("ContaFácil", "contafacil.com.br"), "zh": ("云帆智能", "yunfan-ai.cn"), "es": ("SeguraNet", "seguranet.es"),
           "ru": ("ООО «Учёт-Софт»", "uchet-soft.ru")}


def f_webinar(ctx):
    r = ctx.r
    lg = ctx.lang
    y = ctx.year
    if lg == "en":
        T = WEB_EN[ctx.i % len(WEB_EN)]
    else:
        T = WEB_L[lg]
    vn, vd = VENDORS[lg] if lg in VENDORS else VENDORS["en"]
    if lg == "en":
        vn, vd = r.choice([("Cloudvista", "cloudvista.io"), ("DataHarbor", "dataharbor.com"), ("Sentry Shield Networks", "sentryshield.net"),
                           ("Quillmark Analytics", "quillmark.io")])
    summ = T[0].format(y=y, v=vn)
    if ctx.bclient == "zoom":
        summ = summ.replace("You're registered: ", "")
    desc = T[1]
    reg = "https://events.%s/register/%s" % (vd, ralnum(r, 10))
    when = ctx.at(days=(3, 35), hour=(9, 17), dur=r.choice([45, 60, 90]))
    big = ("Workshop" in summ or r.random() < 0.2) and ctx.bclient != "zoom"
    atts = [rc_att(ctx)]
    if big:
        atts = strangers(ctx, r.randint(150, 320), [lg, "en", "de", "fr", "ja", "zh"])
        atts.insert(r.randint(0, len(atts)), rc_att(ctx))
    rep = pperson(ctx)
    ev = ctx.ev(summ, desc + "\n\nAgenda & materials: %s" % reg, None, when, attendees=atts)
    if r.random() < 0.4:
        ev["url"] = reg
    evs = [ev]
    if ctx.bclient in ("transactional", "handrolled") and not big:
        # conference schedule with several sessions in one calendar
        for k, title in enumerate(["Keynote", "Breakout: customer stories", "Hands-on lab"][:r.randint(1, 3)]):
            s2 = when[0] + dt.timedelta(hours=k + 1, minutes=30)
            evs.append(ctx.ev("%s – %s" % (vn, title), "Session %d of your personal agenda." % (k + 2), ev.get("location"),
                              (s2, s2 + dt.timedelta(minutes=45)), attendees=[rc_att(ctx)]))
    headers = list_unsub(ctx, vd)
    tx = dict(headers=headers, method="REQUEST")
    ident = {"org": (rep[0], rep[1], vd), "esp": (vn + " Events", "events", vd), "consumer": (rep[0], rep[1], None),
             "host": (vn + " Webinars", "webinars", vd), "order": ["org", "esp", "consumer"]}
    if "Workshop" in summ:
        ident = {"consumer": (rep[0], rep[1], None), "org": (rep[0], rep[1], "cs.oakhurst.ac.uk"), "order": ["consumer", "org"]}
    conf, url = meeting_link(ctx)
    if url and not conf:
        ev["location"] = url
    sc = hfinish(ctx, ident, evs, "vendor webinar/conference invite with ‘free’/‘offer’ wording%s%s" % (
        " and %d attendees" % len(atts) if big else "", ", %d sessions" % len(evs) if len(evs) > 1 else ""), conf=conf, tx=tx)
    if ctx.bclient in ("exchange", "outlook", "thunderbird") and big:
        sc["to"] = [(None, sc["from"][1] if sc.get("from") else "events@" + vd)] if False else [(vn + " Events", "events@" + vd)]
    return sc


# ------------------------------------------------------------------ 4 school / church / club series (no end)

COMM_EN = [
    ("PTA monthly meeting", "Library, Oakhurst Primary", "FREQ=MONTHLY;BYDAY=2TU",
     "Hi all! Our PTA meets every second Tuesday in the school library. Everyone welcome – coffee and cake provided. Agenda will be shared a few days before."),
    ("Choir rehearsal 🎶", "St. Mark's Church hall", "FREQ=WEEKLY;BYDAY=TH",
     "Weekly rehearsal for the Sunday choir. Please bring your music folder. New singers always welcome!"),
    ("U10 soccer practice", "Riverside Park, field 3", "FREQ=WEEKLY;BYDAY=TU,TH",
     "Practice every Tue & Thu. Bring water, shin guards and a ball. Season fee $40 – you can pay by Venmo/PayPal to me or cash at practice."),
    ("Book club", "Rotating – see thread", "FREQ=MONTHLY;BYDAY=-1WE",
     "Last Wednesday of every month. This month's book is on the shared list. Bring snacks if you like!"),
    ("Neighbourhood association meeting", "Community centre, room 2", "FREQ=MONTHLY;BYMONTHDAY=1",
     "Monthly meeting of the Birch Lane residents' association. Topics: street lighting, summer fair, membership fees (£10/year)."),
    ("Saturday morning run 🏃", "Park gates, Shore Drive", "FREQ=WEEKLY;BYDAY=SA",
     "Easy 5-8 km group run every Saturday at 7:00. All paces welcome. Free, no sign-up needed."),
]
COMM_L = {
    "es": ("Catequesis", "Parroquia San José, salón parroquial", "FREQ=WEEKLY;BYDAY=SA", "Catequesis de primera comunión todos los sábados a las 11:00. Traed el cuaderno y el libro."),
    "pl": ("Próba chóru parafialnego", "Salka przy kościele św. Anny", "FREQ=WEEKLY;BYDAY=TH", "Próby chóru w każdy czwartek o 19:00. Zapraszamy nowych członków!"),
    "pt": ("Culto de jovens", "Igreja Batista Central – salão 2", "FREQ=WEEKLY;BYDAY=FR", "Toda sexta às 19h30. Traga um amigo! Lanche depois do culto."),
    "he": ("חוג שחמט לילדים", "המתנ\"ס השכונתי, חדר 4", "FREQ=WEEKLY;BYDAY=TU", "מפגש שבועי בכל יום שלישי בשעה 17:00. להביא לוח שחמט אם יש. עלות 120 ₪ לחודש."),
    "hi": ("साप्ताहिक योग कक्षा", "सामुदायिक भवन, सेक्टर 12", "FREQ=WEEKLY;BYDAY=SU", "हर रविवार सुबह 6:30 बजे। अपनी योग मैट साथ लाएँ। सभी का स्वागत है, शुल्क नहीं।"),
    "tr": ("Futbol antrenmanı", "Mahalle halı sahası", "FREQ=WEEKLY;BYDAY=WE", "Her çarşamba 20:00'de antrenman. Aylık saha ücreti kişi başı 200 TL."),
}


def f_community(ctx):
    r = ctx.r
    lg = ctx.lang
    T = COMM_EN[ctx.i % len(COMM_EN)] if lg == "en" else COMM_L[lg]
    hour = {"FREQ=WEEKLY;BYDAY=SA": 7}.get(T[2], r.choice([9, 11, 17, 18, 19]))
    when = ctx.at(days=(1, 14), hour=(hour, hour), dur=r.choice([60, 90, 120]), minute=r.choice([0, 30]))
    org = pperson(ctx)
    parents = strangers(ctx, r.randint(4, 28), [lg, lg, "en"])
    parents.insert(r.randint(0, len(parents)), rc_att(ctx))
    ev = ctx.ev(T[0], T[3], T[1], when, attendees=parents, rrule=T[2])
    urls = {"PTA monthly meeting": "https://oakhurst-pta.org/calendar", "U10 soccer practice": "https://riverside-fc.club/teams/u10",
            "Choir rehearsal 🎶": "https://stmarks-parish.org/music", "Saturday morning run 🏃": "https://www.meetup.example.org/shore-runners/"}
    if T[0] in urls and r.random() < 0.5:
        ev["url"] = urls[T[0]]
    ident = {"consumer": (org[0], org[1], None), "org": (org[0], org[1], r.choice(["stmarks-parish.org", "riverside-fc.club", "oakhurst-pta.org",
                                                                                   "birchlane-residents.org"])), "order": ["consumer", "org"]}
    return hfinish(ctx, ident, [ev], "community series (school/church/club) recurring with no end date")


# ------------------------------------------------------------------ 5 IT maintenance / password expiry

IT_EN = [
    ("Scheduled maintenance: e-mail service unavailable {d} 22:00–02:00",
     "Dear colleagues,\n\ndue to a server upgrade, e-mail and calendar will be unavailable during the maintenance window. Mobile devices may ask you to sign in again afterwards.\n\nNo action is required.\n\nIT Service Desk\nExt. 4400", "maint"),
    ("Action required: your password expires in 5 days",
     "Your network password will expire soon. Please change it before it expires to avoid being locked out.\n\nChange it at https://passwordreset.microsoftonline.com/ or press Ctrl+Alt+Del on a company PC.\n\nIT will never ask you for your password by e-mail or phone.\n\nIT Service Desk", "pwd"),
    ("MFA enrolment session – Microsoft Authenticator",
     "As announced, multi-factor authentication becomes mandatory for all accounts on {d}.\nJoin this 30-minute drop-in session if you need help setting up the Authenticator app. Bring your phone.\n\nGuide: https://{intranet}/it/mfa", "mfa"),
    ("VPN client migration – please install before {d}",
     "We are replacing the old VPN client. Please install the new client from the Software Center (Start menu → Software Center → 'Secure Access Client') before {d}.\nThe old client stops working after that date.\n\nQuestions: servicedesk@{dom} / ext. 4400", "vpn"),
    ("Planned network maintenance – data centre FRA2",
     "Dear customer,\n\nwe will carry out planned maintenance on core routers in our FRA2 data centre. Short interruptions (< 5 minutes) of connectivity are possible.\n\nTicket: CHG-{ref}\nStatus page: https://status.{dom}\n\nYour NOC team", "hosting"),
]
IT_L = {
    "de": ("Wartungsfenster: Umstellung des Mailservers am {d}", "Liebe Kolleginnen und Kollegen,\n\nam {d} wird der Mailserver zwischen 18:00 und 22:00 Uhr umgestellt. In dieser Zeit sind E-Mail und Kalender nicht erreichbar.\nBitte melden Sie sich danach ggf. neu an.\n\nIhre IT"),
    "nl": ("Gepland onderhoud: ERP-systeem niet beschikbaar", "Beste collega's,\n\nop {d} is het ERP-systeem van 17:00 tot 21:00 niet beschikbaar wegens een update. Sla je werk op tijd op.\n\nGroet,\nICT-servicedesk"),
    "sv": ("Planerat underhåll: byte av lösenord krävs", "Hej!\n\nI samband med uppgraderingen av inloggningstjänsten den {d} måste alla byta lösenord. Byt via https://{intranet}/losenord. IT frågar aldrig efter ditt lösenord via e-post.\n\nIT-supporten"),
    "ru": ("Плановые работы: недоступность 1С и почты", "Коллеги, добрый день!\n\n{d} с 20:00 до 23:00 будут проводиться плановые работы на серверах. 1С и почта будут недоступны.\n\nОтдел ИТ, вн. 4400"),
    "ja": ("【情報システム部】パスワード有効期限のお知らせ", "各位\n\n社内システムのパスワード有効期限が近づいています。{d}までに社内ポータル（https://{intranet}/password）から変更してください。\n情報システム部がメールや電話でパスワードを尋ねることはありません。\n\n情報システム部"),
    "ar": ("صيانة مجدولة لنظام البريد الإلكتروني", "الزملاء الأعزاء،\n\nسيتم إجراء صيانة مجدولة لنظام البريد الإلكتروني يوم {d} من الساعة 10 مساء حتى 2 صباحا. لا يلزم أي إجراء من جانبكم.\n\nقسم تقنية المعلومات"),
}


def f_it(ctx):
    r = ctx.r
    lg = ctx.lang
    dom = rdomain(ctx)
    when = ctx.at(days=(2, 14), hour=(9, 16), dur=r.choice([30, 60]))
    S = dict(d=date_fmt(lg, when[0], with_time=False), dom=dom, intranet=r.choice(["intranet.", "portal.", "it."]) + CM.orgdom(dom),
             ref=rdigits(r, 6))
    if lg == "en":
        T = IT_EN[ctx.i % len(IT_EN)]
        key = T[2]
    else:
        T = IT_L[lg]
        key = "maint"
    summ, desc = fmt(T[0], S), fmt(T[1], S)
    ev = ctx.ev(summ, desc, r.choice(["", "Online", None]), when, attendees=[rc_att(ctx)], transp="TRANSPARENT")
    itp = r.choice([("IT Service Desk", "servicedesk"), ("IT Support", "it-support"), ("ICT", "ict"), ("Helpdesk", "helpdesk")])
    if key == "hosting":
        hd = r.choice(["nordhost.net", "kestrel-cloud.de", "bluefen-hosting.com"])
        ident = {"esp": ("NOC " + hd.split(".")[0].capitalize(), "noc", hd), "org": ("Network Operations", "noc", hd), "order": ["esp", "org"]}
    elif r.random() < 0.3 and ctx.bclient not in ("transactional",):
        msp = r.choice([("Bright IT Managed Services", "brightit-ms.com"), ("Norvane Systems", "norvane.com")])
        ident = {"org": (itp[0] + " (" + msp[0] + ")", "servicedesk", msp[1]), "esp": (msp[0], "noreply", msp[1]), "order": ["org", "esp"]}
    else:
        ident = {"org": (itp[0], itp[1], CM.orgdom(dom)), "esp": (itp[0], "noreply", CM.orgdom(dom)),
                 "consumer": (itp[0], itp[1], None), "order": ["org", "esp"]}
    win = {"en": (22, 4), "de": (18, 4), "nl": (17, 4), "ru": (20, 3), "ar": (22, 4)}.get(lg)
    if key == "hosting":
        win = (1, 4)
    if key in ("maint", "hosting") and win:
        s0 = when[0].replace(hour=win[0], minute=0)
        ev["start"], ev["end"] = s0, s0 + dt.timedelta(hours=win[1])
    if key in ("maint", "hosting"):
        ev["attendees"] = [rc_att(ctx)] + colleagues(ctx, r.randint(0, 3), CM.orgdom(dom), lg if lg in PEOPLE else "en")
    return hfinish(ctx, ident, [ev], "IT notice (%s) that resembles phishing/fake-update lures" % key, tx=dict(method="REQUEST"))


# ------------------------------------------------------------------ 6 colleagues sharing documents

DOC_EN = [
    ("Q3 budget review", "Hi all,\n\ndraft budget is here: {gdoc}\nPlease add comments before the meeting.\n\nThanks!"),
    ("Contract review – redlines", "Redlined version is in SharePoint: {sp}\nLegal has flagged clauses 7 and 12."),
    ("Design critique – onboarding flow", "Figma file: {figma}\nWe'll go through screens 4-11."),
    ("Board pack – please read before Thursday", "The board pack is on Box: {box}\nPassword sent separately by SMS."),
    ("Proposal walkthrough", "I'll walk you through the proposal. If you're happy with it, I'll send the contract for signature via DocuSign afterwards.\nDeck: {gdoc}"),
    ("Sprint demo", "Slides: {gdoc}\nRecording of last demo: {drive}"),
]
DOC_L = {
    "fr": ("Point sur la proposition commerciale", "Bonjour,\n\nle document est partagé ici : {sp}\nMerci d'y jeter un œil avant la réunion.\n\nBonne journée"),
    "it": ("Revisione del capitolato", "Ciao,\nil documento condiviso è qui: {gdoc}\nAggiungete pure commenti.\n\nGrazie"),
    "pl": ("Przegląd umowy", "Cześć,\nlink do dokumentu: {sp}\nProszę o uwagi przed spotkaniem.\n\nPozdrawiam"),
    "zh-TW": ("週會：季度數據檢討", "各位好，\n共用文件連結：{gdoc}\n請於會議前先看過並補充意見。\n謝謝"),
    "ko": ("[회의] 3분기 실적 검토", "안녕하세요,\n공유 문서 링크 드립니다: {sp}\n회의 전에 확인 부탁드립니다.\n감사합니다"),
    "sv": ("Genomgång av offert", "Hej!\nOfferten ligger i Teams: {sp}\nKika gärna innan mötet.\n\nMvh"),
}


def f_docshare(ctx):
    r = ctx.r
    lg = ctx.lang
    o = other_org(ctx)
    p = pperson(ctx)
    spdom = o[1].split(".")[0].replace("-", "")
    S = dict(gdoc="https://docs.google.com/%s/d/1%s/edit?usp=sharing" % (r.choice(["document", "spreadsheets", "presentation"]), ralnum(r, 43, B64URL)),
             sp="https://%s.sharepoint.com/:w:/s/%s/E%s?e=%s" % (spdom, r.choice(["Projects", "Sales", "Legal", "Team"]), ralnum(r, 45, B64URL), ralnum(r, 6)),
             figma="https://www.figma.com/file/%s/Onboarding-v3" % ralnum(r, 22),
             box="https://%s.app.box.com/s/%s" % (spdom, rlower(r, 32)),
             drive="https://drive.google.com/file/d/1%s/view" % ralnum(r, 32, B64URL))
    T = DOC_EN[ctx.i % len(DOC_EN)] if lg == "en" else DOC_L[lg]
    when = ctx.at(days=(0, 10), hour=(9, 17), dur=r.choice([30, 45, 60]))
    atts = [rc_att(ctx)] + colleagues(ctx, r.randint(1, 5), o[1], lg if lg in PEOPLE else "en", exclude=(p[1],))
    ev = ctx.ev(T[0], fmt(T[1], S), None, when, attendees=atts)
    conf, url = meeting_link(ctx)
    if url and not conf:
        ev["location"] = url
    ident = {"org": (p[0], p[1], o[1]), "consumer": (p[0], p[1], None), "order": ["org", "consumer"]}
    return hfinish(ctx, ident, [ev], "colleague/partner meeting with a link to a shared document", conf=conf)


# ------------------------------------------------------------------ 7 finance reminders and bank-detail warnings

FIN_EN = [
    ("Reminder: invoice {inv} due {d}", "Hello,\n\nfriendly reminder that invoice {inv} ({amt}) is due on {d}.\nPayment details are unchanged and as stated on the invoice. We will never notify bank-detail changes by e-mail; if you receive such a message, please call us on {phone}.\n\nThank you,\nAccounts Receivable"),
    ("Month-end close – deadlines", "All,\n\nplease submit expense claims and accruals by {d} 12:00. Late submissions move to next month.\n\nFinance"),
    ("Fraud awareness: we never change bank details by e-mail", "Finance team session (20 min).\n\nRecent attempts: fake supplier e-mails asking us to update IBANs, and 'CEO' requests for gift cards. Rule: any bank-detail change is verified by phone using the number in our ERP, never the number in the e-mail."),
    ("Quarterly VAT payment due", "Hi {first},\n\nyour VAT return for the quarter is ready for approval. Amount payable: {amt}, due {d}. Please approve in the portal and pay from your business account as usual.\n\nBest,\n{sname}\nHanse Accounting"),
    ("Payroll cut-off reminder", "Reminder: payroll changes (new starters, leavers, bank account changes) must reach HR by {d}. Bank account changes require the signed form – we do not accept changes by e-mail."),
]
FIN_L = {
    "de": ("Zahlungserinnerung: Rechnung {inv} fällig am {d}", "Sehr geehrte Damen und Herren,\n\nwir erinnern freundlich an die Zahlung der Rechnung {inv} über {amt}, fällig am {d}. Unsere Bankverbindung bleibt unverändert. Änderungen teilen wir niemals per E-Mail mit.\n\nMit freundlichen Grüßen\nBuchhaltung"),
    "fr": ("Rappel : échéance de paiement – facture {inv}", "Bonjour,\n\nla facture {inv} d'un montant de {amt} arrive à échéance le {d}. Nos coordonnées bancaires restent inchangées.\n\nCordialement,\nService comptabilité"),
    "es": ("Aviso importante: nunca cambiaremos nuestros datos bancarios por correo", "Sesión informativa (15 min) para proveedores.\nSi recibe un correo pidiendo actualizar nuestro IBAN, no lo haga y llámenos al {phone}."),
    "nl": ("Herinnering: btw-aangifte Q2 indienen vóór {d}", "Beste {first},\n\nde btw-aangifte over het tweede kwartaal staat klaar. Te betalen: {amt}. Graag akkoord geven vóór {d}.\n\nMet vriendelijke groet,\n{sname}"),
    "el": ("Υπενθύμιση πληρωμής ΦΠΑ – προθεσμία {d}", "Καλησπέρα σας,\n\nη δήλωση ΦΠΑ του τριμήνου είναι έτοιμη. Ποσό πληρωμής: {amt}. Προθεσμία: {d}.\n\nΜε εκτίμηση,\n{sname}"),
    "tr": ("Hatırlatma: KDV beyannamesi son gün {d}", "Merhaba {first},\n\nbu ayki KDV beyannamesi hazır. Ödenecek tutar: {amt}. Son gün: {d}.\n\nSaygılarımla,\n{sname}"),
}


def f_finance(ctx):
    r = ctx.r
    lg = ctx.lang
    S = S0(ctx)
    when = ctx.at(days=(2, 20), hour=(9, 16), dur=r.choice([15, 30]))
    cur = {"en": "£", "tr": "TL ", "pl": "zł "}.get(lg, "€")
    sp = pperson(ctx)
    S.update(inv=r.choice(["INV-", "RE-", "F-", "FA"]) + rdigits(r, 5), d=date_fmt(lg, when[0], with_time=False),
             amt="%s%s" % (cur, "{:,}".format(r.randint(300, 48000))), phone=ctx.phone(lg if lg != "en" else "uk"), sname=sp[0])
    T = FIN_EN[ctx.i % len(FIN_EN)] if lg == "en" else FIN_L[lg]
    ev = ctx.ev(fmt(T[0], S), fmt(T[1], S), None, when, attendees=[rc_att(ctx)], transp="TRANSPARENT")
    o = other_org(ctx)
    ident = {"org": (sp[0], sp[1], o[1]), "consumer": (sp[0], sp[1], None), "esp": (o[0] + " Accounts", "accounts", o[1]),
             "order": ["org", "esp", "consumer"]}
    return hfinish(ctx, ident, [ev], "finance reminder or bank-detail fraud warning (mentions IBAN/payment)", tx=dict(method="REQUEST"))


# ------------------------------------------------------------------ 8 recruiters

REC_EN = [
    ("Interview: {position} at {company}", "Hi {first},\n\nthanks for your time on the phone. As discussed, here is the first-round interview with the hiring manager.\nSalary band for the role: {sal}.\n\nBest of luck!\n{sname}\n{agency}"),
    ("Technical interview – {company}", "Hi {first},\n\nlooking forward to speaking with you. The interview is 60 minutes: 10 min intro, 40 min system design, 10 min your questions.\n\n{sname}, Talent Acquisition"),
    ("Interview confirmed: {position}", "Your interview has been scheduled. If you need to reschedule, use the link in the confirmation e-mail.\n\n{company} Recruiting"),
    ("Coffee chat with the hiring manager", "Informal 30-minute chat, no preparation needed.\n\n{sname}"),
    ("Offer discussion – {position}", "Hi {first},\n\ngreat news – the team would like to make you an offer. Let's talk through the package (base {sal}, bonus and benefits) on a quick call. I'll call you on the number you gave us.\n\n{sname}"),
]
REC_L = {
    "de": ("Vorstellungsgespräch – {position} bei {company}", "Hallo {first},\n\nvielen Dank für Ihre Bewerbung. Wir freuen uns auf das Gespräch mit Ihnen und dem Fachbereich.\n\nViele Grüße\n{sname}\nRecruiting"),
    "pt": ("Entrevista – vaga de {position}", "Olá {first},\n\nobrigado pelo interesse na vaga. Confirmamos sua entrevista com a equipe.\n\nAbraço,\n{sname}\nRecrutamento"),
    "hi": ("इंटरव्यू आमंत्रण: {position} – {company}", "नमस्ते {first},\n\nआपके आवेदन के लिए धन्यवाद। आपका पहला राउंड इंटरव्यू तय किया गया है।\n\nशुभकामनाएँ,\n{sname}\nHR टीम"),
    "zh": ("面试邀请：{position}（线上）", "{first}您好：\n\n感谢您投递简历。现邀请您参加线上面试，时长约45分钟。\n\n{sname}\n人力资源部"),
    "ar": ("دعوة لمقابلة عمل – {position}", "مرحبا {first}،\n\nشكرا لاهتمامك بالوظيفة. يسعدنا دعوتك لإجراء مقابلة مع فريق التوظيف.\n\nمع التحية،\n{sname}\nالموارد البشرية"),
    "th": ("นัดสัมภาษณ์งาน ตำแหน่ง {position}", "เรียน คุณ{first}\n\nขอบคุณที่สนใจร่วมงานกับเรา ขอเชิญสัมภาษณ์ออนไลน์ตามวันและเวลาข้างต้น\n\nขอแสดงความนับถือ\n{sname}\nฝ่ายทรัพยากรบุคคล"),
}
POS = {"en": ["Senior Data Engineer", "Product Manager", "Backend Developer", "Financial Analyst"], "de": ["Projektleiter (m/w/d)", "Data Analyst"],
       "pt": ["Analista de Dados", "Engenheiro de Software"], "hi": ["सॉफ़्टवेयर इंजीनियर", "Business Analyst"],
       "zh": ["高级软件工程师", "产品经理"], "ar": ["محاسب أول", "مهندس شبكات"], "th": ["นักวิเคราะห์ข้อมูล", "วิศวกรซอฟต์แวร์"]}


def f_recruit(ctx):
    r = ctx.r
    lg = ctx.lang
    S = S0(ctx)
    sp = pperson(ctx)
    co = other_org(ctx)
    S.update(position=r.choice(POS.get(lg, POS["en"])), company=co[0], sname=sp[0],
             agency=r.choice(["Bluewater Talent", "Northgate Search", "Apex Tech Recruiting"]),
             sal=r.choice(["£70–85k", "$140–165k", "€65–75k", "$95–110k"]))
    T = REC_EN[ctx.i % len(REC_EN)] if lg == "en" else REC_L[lg]
    when = ctx.at(days=(1, 12), hour=(9, 17), dur=r.choice([30, 45, 60]))
    ev = ctx.ev(fmt(T[0], S), fmt(T[1], S), None, when, attendees=[rc_att(ctx)] + colleagues(ctx, r.randint(0, 2), co[1], lg if lg in PEOPLE else "en"))
    conf, url = meeting_link(ctx)
    if url and not conf:
        ev["location"] = url
    if "Offer" in ev["summary"]:
        ev["location"] = "Phone"
    ag_dom = r.choice(["bluewatertalent.com", "northgatesearch.co.uk"])
    ident = {"org": (sp[0], sp[1], co[1] if "agency" not in T[1] else ag_dom), "consumer": (sp[0], sp[1], None),
             "esp": (co[0] + " Recruiting", "no-reply", "jobs." + co[1]), "host": (sp[0], sp[1], co[1]),
             "order": ["org", "consumer", "esp"]}
    if ctx.i % 3 == 0:
        ident["order"] = ["consumer", "org", "esp"]
    return hfinish(ctx, ident, [ev], "recruiter/interview invitation (salary, phone, video link)", conf=conf,
                   tx=dict(method="REQUEST"))


# ------------------------------------------------------------------ 9 forwarded invitations

FWD_EN = ["Steering committee – quarterly", "Vendor demo: ERP replacement", "Audit kickoff", "Customer advisory board",
          "Facilities walkthrough – new office"]
FWD_L = {"ru": ("Совещание по проекту «Север»", "Коллеги, пересылаю приглашение — будет полезно поучаствовать."),
         "it": ("Riunione di coordinamento cantiere", "Ti inoltro l'invito, serve anche la tua presenza."),
         "ja": ("【ご案内】キックオフミーティング", "ご参考までに転送します。ご都合がよろしければご参加ください。"),
         "ko": ("[초대] 분기 워크숍", "참고로 전달드립니다. 가능하시면 참석 부탁드립니다."),
         "pl": ("Spotkanie zarządu", "Przesyłam dalej zaproszenie – proszę dołącz, jeśli możesz.")}


def f_forward(ctx):
    r = ctx.r
    lg = ctx.lang
    lab = L(lg)
    o_org = other_org(ctx)
    organizer = pperson(ctx)
    fwd = pperson(ctx)
    while fwd[0] == organizer[0]:
        fwd = pperson(ctx)
    fdom = CM.orgdom(rdomain(ctx)) if ctx.rcpt_org else other_org(ctx)[1]
    if lg == "en":
        summ = FWD_EN[ctx.i % len(FWD_EN)]
        note = r.choice(["FYI – can you join this one instead of me?", "Forwarding as discussed, please attend if you can.",
                         "Adding you – the agenda touches your area.", "See below. I'll be travelling, please cover."])
    else:
        summ, note = FWD_L[lg]
    when = ctx.at(days=(2, 20), hour=(9, 16), dur=60)
    desc = {"en": "Agenda:\n1. Status\n2. Budget\n3. AOB"}.get(lg, "Agenda: 1) status 2) budget 3) AOB")
    orgp = (organizer[0], "%s@%s" % (organizer[1], o_org[1]))
    fwdp = (fwd[0], "%s@%s" % (fwd[1], fdom))
    ev = ctx.ev(summ, desc, r.choice(["Room 3.14", "Boardroom", "HQ, floor 5"]), when, organizer=orgp,
                attendees=[att(fwdp[0], fwdp[1]), att(organizer[0], orgp[1], partstat="ACCEPTED", rsvp=False)] +
                colleagues(ctx, r.randint(1, 4), o_org[1], lg if lg in PEOPLE else "en", exclude=(organizer[1],)) + [rc_att(ctx)])
    cl = ctx.bclient
    fdate = CM.TZ.aware(ctx.tz, ctx.local_arrival() - dt.timedelta(hours=r.randint(2, 60)))
    prefix = {"en": "FW", "de": "WG", "fr": "TR", "it": "I", "pl": "PD", "ja": "転送", "ko": "전달", "ru": "Fwd"}.get(lg, "Fwd")
    ident = {"org": (fwd[0], fwd[1], fdom), "consumer": (fwd[0], fwd[1], None), "order": ["org", "consumer"]}
    if cl == "exchange" or cl == "outlook" or cl == "zimbra":
        body = "%s\n\n%s\n-----Original Appointment-----\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\nWhen: %s\nWhere: %s\n\n%s" % (
            note, fwd[0], orgp[0], orgp[1], CM.rfcdate(fdate), fwdp[0], summ, date_fmt(lg, when[0]), ev["location"], desc)
        return hfinish(ctx, ident, [ev], "meeting request forwarded by a colleague (organizer differs from sender)",
                       subject="%s: %s" % (prefix, summ), body=body)
    if cl == "google":
        # Gmail web forward of a Google Calendar invitation, with the original invite.ics attached
        sc = hfinish(ctx, {"consumer": (fwd[0], fwd[1], None), "org": (fwd[0], fwd[1], fdom), "order": ["org", "consumer"]},
                     [ev], "Gmail forward of an invitation with invite.ics attached",
                     subject="Fwd: %s: %s @ %s (%s)" % (lab["inv"], summ, date_fmt(lg, when[0]), fwdp[1]))
        sc["variant"] = "gmail-fwd"
        sc["fwd_ref"] = "calendar-%s@google.com" % ruuid(r)
        sc["body"] = "%s\n\n---------- %s ---------\n%s: Google Calendar <calendar-notification@google.com>\n%s: %s\n%s: %s: %s\n%s: <%s>\n\n%s\n%s: %s\n%s: %s\n\n%s" % (
            note, lab["fwdmsg"], lab["f_from"], lab["f_date"], CM.rfcdate(fdate), lab["f_subj"], lab["inv"], summ, lab["f_to"],
            fwdp[1], summ, lab["when"], date_fmt(lg, when[0]), lab["org"], orgp[1], desc)
        return sc
    if cl in ("thunderbird", "applemail") and r.random() < 0.6:
        # forwarded as attachment: the original invitation as received by the colleague, incl. its headers
        sub = CM.Ctx(r, "ham", ctx.cat, ctx.i, lg, "exchange", r.choice(["exchange", "google"]), ctx.arrival - dt.timedelta(hours=r.randint(3, 50)))
        sub.rcpt, sub.rcpt_org = fwdp, None
        sub.tz = ctx.tz
        ev2 = dict(ev)
        ev2["attendees"] = [dict(a) for a in ev["attendees"] if a["email"] != ctx.rcpt[1]]
        inner_sc = sc_base(sub, "org", organizer[0], organizer[1], o_org[1])
        inner_sc.update(events=[ev2], method="REQUEST", client=sub.bclient, desc="")
        inner_sc["to"] = [(a.get("name"), a["email"]) for a in ev2["attendees"] if a["email"] != orgp[1]]
        inner = CM.finalize(inner_sc, sub)
        sc = hfinish(ctx, ident, [], "invitation forwarded as message/rfc822 attachment (original headers inside)",
                     subject="Fwd: %s" % summ, body=note + "\n\n-- \n" + fwd[0])
        sc.update(fwd_rfc822=True, fwd_inner=inner, fwd_name=summ[:40].replace("/", "-"), to=[ctx.rcpt])
        return sc
    body = "%s\n\n%s\n\n" % (note, "-------- Forwarded Message --------" if cl == "thunderbird" else "Begin forwarded message:")
    body += "%s: %s\n%s: %s\n%s: %s <%s>\n%s: %s\n" % (lab["f_subj"], summ, lab["f_date"], CM.rfcdate(fdate), lab["f_from"],
                                                       orgp[0], orgp[1], lab["f_to"], fwdp[1])
    return hfinish(ctx, ident, [ev], "invitation forwarded inline by a colleague", subject="Fwd: %s" % summ, body=body)


# ------------------------------------------------------------------ 10 mailing-list copies

LIST_EN = [
    ("Calendar Interop WG – interim meeting", "Agenda:\n- scheduling extensions draft, open issues\n- VTODO sharing\n- AOB\n\nMinutes will be posted to the list.",
     ("calinterop", "lists.opencal.example.org", "Calendar Interop WG", "mailman3")),
    ("Community call – Harbor Linux project", "Monthly community call. Everyone welcome, notes in the wiki.",
     ("harbor-dev", "googlegroups.com", "Harbor Linux developers", "googlegroups")),
    ("Department seminar: Learning with noisy labels", "Speaker: Dr. Amira Haddad. Coffee at 15:45.",
     ("cs-seminars", "lists.oakhurst.ac.uk", "CS seminars", "sympa")),
    ("Street BBQ – Birch Lane 🍔", "Bring a dish to share! Kids' games from 4pm. £5 per family towards the bouncy castle.",
     ("birchlane", "googlegroups.com", "Birch Lane residents", "googlegroups")),
    ("Reading group: distributed consensus papers", "This week: Raft and Viewstamped Replication revisited.",
     ("readinggroup", "lists.veridialabs.com", "Reading group", "mailman2")),
    ("User group meetup #%d", "Talks: migrating to PostgreSQL 16; lightning talks. Pizza sponsored by Granite Peak Software.",
     ("pgusers-north", "lists.pgusers-north.org", "PostgreSQL users (north)", "mailman2")),
]
LIST_L = {
    "fr": ("Séminaire du laboratoire – jeudi", "Exposé de Camille Dubois sur l'apprentissage frugal. Café à partir de 13 h 45.",
           ("seminaire-lab", "listes.solvane.fr", "Séminaire du laboratoire", "sympa")),
    "it": ("Riunione mensile del LUG", "Ordine del giorno: install party, nuovo sito, varie ed eventuali.",
           ("lug-brenta", "lists.officinebrenta.it", "Linux User Group Brenta", "mailman2")),
    "es": ("Reunión de la asociación de vecinos", "Orden del día: fiestas del barrio, cuotas y obras de la calle Mayor.",
           ("vecinos-mirador", "googlegroups.com", "Vecinos del Mirador", "googlegroups")),
    "el": ("Σεμινάριο τμήματος: Μηχανική μάθηση", "Ομιλητής: Νίκος Αντωνίου. Καφές από τις 13:45.",
           ("seminaria", "lists.olympia-logistiki.gr", "Σεμινάρια τμήματος", "mailman3")),
    "zh": ("开源社区月度例会", "议程：版本发布计划、文档翻译、自由讨论。欢迎大家参加。",
           ("kaiyuan-dev", "googlegroups.com", "开源社区开发者", "googlegroups")),
}


def f_listcopy(ctx):
    r = ctx.r
    lg = ctx.lang
    if lg == "en":
        T = LIST_EN[ctx.i % len(LIST_EN)]
    else:
        T = LIST_L[lg]
    summ = T[0] % r.randint(12, 60) if "%d" in T[0] else T[0]
    lname, ldom, title, flavor = T[2]
    sp = pperson(ctx)
    when = ctx.at(days=(3, 25), hour=(10, 19), dur=r.choice([60, 90, 120]))
    locs = {"BBQ": "Birch Lane (street closed 3–9pm)", "seminar": "Room 2.07, Computer Science building",
            "Séminaire": "Salle 104, bâtiment B", "Reunión": "Local de la asociación, Calle Mayor 3",
            "Σεμινάριο": "Αίθουσα 2, κτίριο Β", "LUG": "Sala civica, Via Roma 21", "meetup": "Granite Peak Software office, 3rd floor"}
    loc = next((v for k, v in locs.items() if k in summ), r.choice(["Online", None]))
    ev = ctx.ev(summ, T[1], loc, when, attendees=[rc_att(ctx)])
    conf, url = meeting_link(ctx)
    if url and ev["location"] == "Online":
        ev["location"] = url
    o = other_org(ctx)
    ident = {"org": (sp[0], sp[1], o[1]), "consumer": (sp[0], sp[1], None), "order": ["consumer", "org"] if r.random() < 0.5 else ["org", "consumer"]}
    sc = hfinish(ctx, ident, [ev], "invitation sent to a mailing list; list copy with modified subject/footer", conf=conf)
    sc["list_hint"] = (lname, ldom, title, flavor)
    return sc


def listify(sc, ctx):
    r = ctx.r
    lname, ldom, title, flavor = sc.get("list_hint") or ("members", "lists.example.org", "Members", "mailman2")
    sc["list"] = dict(flavor=flavor, name=lname, domain=ldom, title=title, prefix=(flavor != "googlegroups" or r.random() < 0.5))
    laddr = "%s@%s" % (lname, ldom)
    sc["to"] = [(title if r.random() < 0.4 else None, laddr)]
    sc["invitee"] = (None, laddr)
    for e in sc["events"]:
        for a in e.get("attendees") or []:
            if a["email"] == ctx.rcpt[1]:
                a["email"], a["name"] = laddr, title if r.random() < 0.3 else None
    sc["desc"] += " (%s)" % flavor


# ------------------------------------------------------------------ 11 replies, counters, cancellations

RC_EN = [("REPLY", "ACCEPTED", "Project sync"), ("REPLY", "DECLINED", "Budget review"), ("REPLY", "TENTATIVE", "Quarterly planning"),
         ("COUNTER", None, "Design review"), ("CANCEL", None, "Team lunch"), ("CANCEL", "delegate", "Client call")]
RC_L = {"ru": ("REPLY", "ACCEPTED", "Совещание по бюджету"), "ar": ("REPLY", "DECLINED", "اجتماع التخطيط"),
        "he": ("CANCEL", None, "פגישת צוות"), "tr": ("REPLY", "TENTATIVE", "Proje toplantısı"),
        "th": ("CANCEL", None, "ประชุมทีมประจำสัปดาห์"), "sv": ("REPLY", "ACCEPTED", "Styrgruppsmöte")}


def f_replycancel(ctx):
    r = ctx.r
    lg = ctx.lang
    m, ps, summ = RC_EN[ctx.i % len(RC_EN)] if lg == "en" else RC_L[lg]
    cl = ctx.bclient
    if cl == "zoom":
        m, ps = "CANCEL", None
    if m == "COUNTER" and cl not in ("exchange", "outlook"):
        m, ps = "REPLY", "TENTATIVE"
    if cl == "transactional" or cl == "handrolled":
        m, ps = "CANCEL", None
    p = pperson(ctx)
    o = other_org(ctx)
    when = ctx.at(days=(1, 14), hour=(9, 17), dur=r.choice([30, 60]))
    if m == "REPLY" and ps == "DECLINED" and lg == "en":
        # a late answer to a meeting that already took place
        when = ctx.at(days=(-6, -2), hour=(9, 17), dur=30)
    me = (p[0], p[1], o[1])
    if m in ("REPLY", "COUNTER"):
        # the recipient organised the meeting; an attendee answers
        ev = ctx.ev(summ, None, None, when, organizer=ctx.rcpt,
                    attendees=[att(p[0], "%s@%s" % (p[1], o[1]) if cl not in ("google", "yahoo", "icloud") else None,
                                   partstat=ps or "NEEDS-ACTION", rsvp=False)], sequence=0)
        if m == "COUNTER":
            ns = when[0] + dt.timedelta(days=1, hours=r.choice([-2, 1, 2]))
            ev["start"], ev["end"] = ns, ns + (when[1] - when[0])
            ev["comment"] = "Would this time work instead? I'm travelling on the original date."
        ident = {"org": me, "consumer": (p[0], p[1], None), "order": ["org", "consumer"]}
        cm = {"ACCEPTED": ["Thanks, see you there.", "Works for me.", "Looking forward to it."],
              "DECLINED": ["Sorry, I'm out that day.", "Clashes with another meeting, sorry.", "On leave that week."],
              "TENTATIVE": ["Might be a few minutes late.", "Will confirm once I know my travel plans."]}.get(ps or "TENTATIVE")
        body = "" if (r.random() < 0.6 or lg != "en") else r.choice(cm)
        if m == "COUNTER":
            body = ev["comment"]
        sc = hfinish(ctx, ident, [ev], "%s%s for a meeting the recipient organised" % (m, (" " + ps) if ps else ""), method=m,
                     body=body)
        sc["reply_partstat"] = ps or "ACCEPTED"
        sc["fix_attendee"] = True
        sc["to"] = [ctx.rcpt]
        return sc
    # cancellations
    if ps == "delegate":
        # an assistant cancels a meeting on behalf of the recipient (who is the organizer)
        ev = ctx.ev(summ, "Cancelled on behalf of %s." % (ctx.rcpt[0] or ctx.rcpt[1]), None, when, organizer=ctx.rcpt,
                    attendees=[rc_att(ctx, partstat="ACCEPTED")] + colleagues(ctx, 2, o[1], "en"), sequence=2)
        ident = {"org": me, "order": ["org"]}
        sc = hfinish(ctx, ident, [ev], "cancellation sent by a delegate for the recipient's own meeting", method="CANCEL")
        return sc
    lab = L(lg)
    ev = ctx.ev(summ, lab["rcxl"], None, when, attendees=[rc_att(ctx)] + colleagues(ctx, r.randint(0, 3), o[1], lg if lg in PEOPLE else "en"),
                sequence=1)
    ident = {"org": me, "consumer": (p[0], p[1], None), "esp": (o[0], "noreply", o[1]), "host": (p[0], p[1], o[1]),
             "order": ["org", "consumer", "esp"]}
    sc = hfinish(ctx, ident, [ev], "cancellation of a meeting the recipient was invited to", method="CANCEL",
                 tx=dict(method="CANCEL"),
                 subject=("%s: %s" % (lab["cxl"], summ)) if cl in ("transactional", "handrolled") else None)
    if cl == "zoom":
        sc["subject"] = "Meeting canceled: %s" % summ
        sc["body"] = "Hi,\n\n%s has canceled the meeting \"%s\" scheduled for %s.\n" % (p[0], summ, date_fmt(lg, when[0]))
    return sc


# ------------------------------------------------------------------ 12 friends and family

PERS_EN = [
    ("Emma's 7th birthday party 🎈", "Bouncy castle, pizza and cake! Drop-off 2pm, pick-up 5pm. No presents needed (but if you insist, we're collecting for a bike – chip in via PayPal if you like 😊).", "Our place, 22 Birch Lane"),
    ("BBQ at ours!", "Bring drinks and a chair. Burgers on from 5. RSVP so I know how many sausages to buy 🌭", "Backyard"),
    ("Save the date – Sarah & Tom's wedding 💍", "Formal invitation to follow. Hotel block code: SARAHTOM (discount until June).", "Greenwood Manor, Kent"),
    ("Family dinner at Mum's", "Mum's 70th! I'm collecting $30 each for the present – Venmo or cash.", "Mum's house"),
    ("Lily's piano recital", "Starts at 6:30, come a bit early to get seats. Free entry.", "Oakhurst Community Hall"),
    ("Hiking trip – Lake District", "Car share from the station at 8:00. Bring boots and rain gear! Cabin costs £45 each, pay me back whenever.", "Keswick"),
]
PERS_L = {
    "ru": ("День рождения Маши 🎂", "Ждём вас в субботу! Скидываемся на подарок по 1000 ₽, переводите мне на карту.", "У нас дома"),
    "ar": ("عشاء عائلي بمناسبة العيد", "ننتظركم جميعا على العشاء في بيت العائلة. لا تنسوا الحلويات!", "بيت العائلة"),
    "hi": ("दिवाली पूजा और डिनर", "सभी को सपरिवार आमंत्रण। पूजा शाम 7 बजे, उसके बाद डिनर।", "हमारा घर"),
    "th": ("งานเลี้ยงวันเกิดคุณแม่", "มาฉลองวันเกิดคุณแม่กันนะ เริ่มหกโมงเย็น ช่วยกันออกค่าเค้กคนละ 200 บาท", "บ้านคุณแม่"),
    "pt": ("Churrasco no sábado!", "Cada um leva uma bebida. Rateio da carne: R$ 40 por pessoa, pode mandar no Pix.", "Casa do João"),
    "zh": ("周末家庭聚餐", "周六晚上六点在老地方吃饭，大家尽量都来！", "海底捞（人民广场店）"),
}


def f_personal(ctx):
    r = ctx.r
    lg = ctx.lang
    T = PERS_EN[ctx.i % len(PERS_EN)] if lg == "en" else PERS_L[lg]
    p = pperson(ctx)
    when = ctx.at(days=(2, 40), hour=(11, 19), dur=r.choice([120, 180, 240]))
    allday = "Save the date" in T[0]
    ev = ctx.ev(T[0], T[1], T[2], when, attendees=[rc_att(ctx)] + strangers(ctx, r.randint(2, 14), [lg, lg]))
    if allday:
        ev["allday"] = True
        ev["start"] = when[0].replace(hour=0, minute=0) + dt.timedelta(days=r.randint(90, 300))
        ev["end"] = ev["start"] + dt.timedelta(days=1)
        ev["start"], ev["end"] = ev["start"].date(), ev["end"].date()
        ev["transp"] = "TRANSPARENT"
    ident = {"consumer": (p[0], p[1], None), "org": (p[0], p[1], other_org(ctx)[1]), "order": ["consumer", "org"]}
    return hfinish(ctx, ident, [ev], "personal invitation between friends/family (money/PayPal mentions)")


# ------------------------------------------------------------------ 13 requested support callbacks

SUP_EN = [
    ("Callback scheduled – case #{case}", "As requested, a support engineer will call you at {phone} during this slot.\nCase: #{case} – {issue}\nIf the time no longer suits you, reply to this e-mail or call us on {sphone}.", "Phone"),
    ("Technician appointment – {date}", "Your broadband technician visit is booked between 08:00 and 12:00.\nOrder reference: {case}\nThe technician will call you about 30 minutes before arrival.", "Your address"),
    ("Mortgage advice appointment", "Your appointment with your mortgage adviser is confirmed. We will call you on {phone}.\nPlease have your last 3 payslips ready.\nReference: {case}", "Telephone appointment"),
    ("Remote support session – ticket {case}", "Our engineer will connect to your workstation using the remote support tool. Please be at your computer 5 minutes early.\nTicket: {case}", None),
    ("Claim {case}: call with your claims handler", "Your claims handler will call you on {phone} to go through the damage report. No action needed beforehand.", "Phone call"),
]
SUP_L = {
    "tr": ("Destek talebiniz: geri arama randevusu", "Talebiniz üzerine uzmanımız sizi {phone} numarasından arayacaktır.\nTalep no: {case}", "Telefon"),
    "pl": ("Umówiona rozmowa z doradcą – sprawa nr {case}", "Zgodnie z Państwa prośbą doradca zadzwoni pod numer {phone}.\nNumer sprawy: {case}", "Rozmowa telefoniczna"),
    "ko": ("[고객센터] 상담 예약 확인", "요청하신 전화 상담이 예약되었습니다. 상담사가 {phone}(으)로 연락드립니다.\n접수번호: {case}", "전화 상담"),
    "ja": ("【サポート】折り返しお電話のご予約", "ご依頼いただいた折り返しのお電話を承りました。担当者より {phone} へお電話いたします。\n受付番号：{case}", "お電話"),
    "nl": ("Terugbelafspraak klantenservice – dossier {case}", "Zoals afgesproken bellen wij u terug op {phone}.\nDossiernummer: {case}", "Telefonisch"),
}


def f_support(ctx):
    r = ctx.r
    lg = ctx.lang
    S = S0(ctx)
    cc = {"en": "uk" if r.random() < 0.5 else "us"}.get(lg, lg)
    S.update(phone=ctx.mobile({"uk": "uk", "us": "us", "tr": "tr", "ko": "kr", "ja": "jp"}.get(cc, "uk")) if lg in ("en", "tr", "ko", "ja") else ctx.phone(lg),
             sphone=ctx.phone(cc), case=rdigits(r, r.choice([6, 7, 8])),
             issue=r.choice(["licence activation fails", "sync errors after update", "invoice discrepancy"]))
    T = SUP_EN[ctx.i % len(SUP_EN)] if lg == "en" else SUP_L[lg]
    when = ctx.at(days=(0, 7), hour=(8, 17), dur=r.choice([30, 60, 240]))
    S["date"] = date_fmt(lg, when[0], with_time=False)
    ev = ctx.ev(fmt(T[0], S), fmt(T[1], S), T[2], when, attendees=[rc_att(ctx)])
    if T[2] is None and ctx.bclient in ("transactional", "handrolled", "nextcloud"):
        u = "https://support.%s/session/%s" % ("granitepeak.dev", ralnum(r, 10))
        ev["conference"] = [(u, {"FEATURE": "SCREEN", "LABEL": "Remote session"})]
        ev["url"] = u
    vend = r.choice([("Granite Peak Software", "granitepeak.dev"), ("Larkspur Insurance", "larkspur-ins.com.au"),
                     ("Kestrel Broadband", "kestrel-broadband.co.uk"), ("Ashgrove Bank", "ashgrovebank.co.uk")])
    if lg != "en":
        o = ctx.org(lg if lg in ORGS else "en")
        vend = (o[0], o[1])
    agent = pperson(ctx)
    ident = {"esp": (vend[0] + " Support", "support", vend[1]), "org": (agent[0], agent[1], vend[1]),
             "host": (vend[0] + " Support", "support", vend[1]), "order": ["esp", "org"]}
    if ctx.i % 2:
        ident["order"] = ["org", "esp"]
    return hfinish(ctx, ident, [ev], "support callback the recipient asked for (case number and phone)",
                   tx=dict(method="REQUEST"))


# ------------------------------------------------------------------ 14 ordinary project meetings

TEAM_EN = [
    ("Weekly project sync", "Standing weekly sync. Agenda in the project notes.", "weekly"),
    ("Kickoff: website relaunch", "Introductions, scope, timeline, next steps.", "once"),
    ("1:1", "", "biweekly"),
    ("Prepare slides for Q3 review", "Please prepare 3-4 slides on your workstream.", "todo"),
    ("Sprint planning", "Backlog refinement and sprint goal.", "once"),
    ("Offsite – strategy days", "Two days offsite. Travel details to follow.", "allday"),
]
TEAM_L = {"fr": ("Comité de pilotage projet", "Ordre du jour : avancement, risques, budget.", "once"),
          "ru": ("Планёрка по проекту", "Еженедельная планёрка. Повестка в общем документе.", "weekly"),
          "zh": ("项目启动会", "议程：项目背景、分工、时间计划。", "once"),
          "hi": ("परियोजना समीक्षा बैठक", "एजेंडा: प्रगति, जोखिम, अगले कदम।", "once")}


def f_team(ctx):
    r = ctx.r
    lg = ctx.lang
    summ, desc, mode = TEAM_EN[ctx.i % len(TEAM_EN)] if lg == "en" else TEAM_L[lg]
    if ctx.bclient in ("thunderbird", "nextcloud"):
        if lg == "en":
            summ, desc, mode = TEAM_EN[3]
        else:
            summ, desc = {"fr": ("Préparer les slides du comité de pilotage", "Merci de préparer 3 ou 4 slides sur votre lot."),
                          "ru": ("Подготовить отчёт к планёрке", "Краткий отчёт по своему направлению, 3–4 слайда."),
                          "zh": ("准备项目启动会材料", "请准备各自负责部分的3到4页材料。"),
                          "hi": ("समीक्षा बैठक के लिए रिपोर्ट तैयार करें", "कृपया अपने हिस्से की 3-4 स्लाइड तैयार करें।")}[lg]
            mode = "todo"
    o = other_org(ctx)
    p = pperson(ctx)
    when = ctx.at(days=(0, 14), hour=(9, 16), dur=r.choice([30, 45, 60]))
    atts = [rc_att(ctx)] + colleagues(ctx, r.randint(1, 6), o[1], lg if lg in PEOPLE else "en", exclude=(p[1],))
    ev = ctx.ev(summ, desc or None, None, when, attendees=atts)
    if mode == "weekly":
        until = when[0] + dt.timedelta(weeks=r.randint(8, 26))
        ev["rrule"] = "FREQ=WEEKLY;UNTIL=%s;BYDAY=%s" % (until.strftime("%Y%m%dT235959Z"), ["MO", "TU", "WE", "TH", "FR"][when[0].weekday() % 5])
    elif mode == "biweekly":
        ev["rrule"] = "FREQ=WEEKLY;INTERVAL=2;COUNT=%d" % r.randint(6, 20)
    elif mode == "todo":
        if ctx.bclient in ("thunderbird", "nextcloud"):
            ev["kind"] = "VTODO"
            ev["due"] = when[0] + dt.timedelta(days=3)
            ev["priority"] = 5
        else:
            ev["summary"] = "Q3 review – slides due"
    elif mode == "allday":
        s = (when[0] + dt.timedelta(days=r.randint(10, 40))).date()
        ev["allday"] = True
        ev["start"], ev["end"] = s, s + dt.timedelta(days=2)
        ev["transp"] = "TRANSPARENT"
    conf, url = meeting_link(ctx)
    if url and not conf and mode not in ("allday", "todo"):
        ev["location"] = url
    ident = {"org": (p[0], p[1], o[1]), "consumer": (p[0], p[1], None), "order": ["org", "consumer"]}
    return hfinish(ctx, ident, [ev], "ordinary project meeting (%s)" % mode, conf=conf if mode not in ("allday", "todo") else None)


# ------------------------------------------------------------------ registry

def L_(en, *others):
    return ["en"] * en + list(others)


AFF_HAM = dict(google=2, exchange=2, outlook=1, icloud=1, applemail=1, thunderbird=1, zoom=0, nextcloud=1, zimbra=1,
               yahoo=1, sogo=1, transactional=0, listmgr=0, handrolled=0)


def aff(**kw):
    d = dict(AFF_HAM)
    d.update(kw)
    return d


CATEGORIES = [
    dict(name="travel-booking", n=14, fn=f_travel_dispatch, langs=L_(7, "de", "fr", "ja", "th", "el", "ar", "he"),
         aff=aff(transactional=8, handrolled=4, exchange=2, google=2, outlook=2, yahoo=1, zimbra=1, icloud=0.5, applemail=0.5,
                 thunderbird=0.5, nextcloud=0, sogo=0),
         about="airline, rail, ferry, hotel, car-rental and holiday-rental bookings (codes, amounts, phones, PUBLISH)"),
    dict(name="dining-appointment", n=12, fn=f_appt, langs=L_(6, "de", "fr", "es", "it", "nl", "ko"),
         aff=aff(transactional=5, handrolled=4, google=3, zoom=2, outlook=2, icloud=1, nextcloud=1, sogo=0),
         about="restaurant reservations, doctor/dentist/vet/salon/garage appointments, telehealth"),
    dict(name="vendor-webinar", n=12, fn=f_webinar, langs=L_(6, "de", "ja", "pt", "zh", "es", "ru"),
         aff=aff(zoom=5, exchange=5, google=3, transactional=4, outlook=1, handrolled=1, icloud=0, yahoo=0),
         about="vendor webinars, conferences and workshops with ‘free’/‘offer’ wording, some with hundreds of attendees"),
    dict(name="community-series", n=12, fn=f_community, langs=L_(6, "es", "pl", "pt", "he", "hi", "tr"),
         aff=aff(google=4, yahoo=4, icloud=4, applemail=2, thunderbird=2, nextcloud=2, sogo=1, zimbra=1, exchange=1),
         about="school, church, sports-club and neighbourhood series from free-mail accounts, recurring without end"),
    dict(name="it-notice", n=11, fn=f_it, langs=L_(5, "de", "nl", "sv", "ru", "ja", "ar"),
         aff=aff(exchange=6, zimbra=4, sogo=3, nextcloud=2, google=2, handrolled=2, thunderbird=1, transactional=1, yahoo=0, icloud=0),
         about="IT maintenance windows, password-expiry and MFA notices, VPN client roll-outs, hosting NOC notices"),
    dict(name="doc-share-meeting", n=12, fn=f_docshare, langs=L_(6, "fr", "it", "pl", "zh-TW", "ko", "sv"),
         aff=aff(exchange=6, google=5, thunderbird=2, nextcloud=2, applemail=2, sogo=1, zimbra=2, yahoo=0, icloud=0),
         about="colleagues and partners sharing Google Docs/SharePoint/Figma/Box links for a meeting"),
    dict(name="finance-reminder", n=11, fn=f_finance, langs=L_(5, "de", "fr", "es", "nl", "el", "tr"),
         aff=aff(exchange=5, outlook=3, google=2, zimbra=2, thunderbird=1, handrolled=2, transactional=1, sogo=1, icloud=0),
         about="invoice and VAT reminders, month-end and payroll cut-offs, bank-detail-change fraud warnings"),
    dict(name="recruiting", n=11, fn=f_recruit, langs=L_(5, "de", "pt", "hi", "zh", "ar", "th"),
         aff=aff(google=4, exchange=4, zoom=2, outlook=1, transactional=2, applemail=1, yahoo=1, thunderbird=1, icloud=0),
         about="recruiter and hiring-team interview invitations (salary, phone, video links)"),
    dict(name="forwarded-invite", n=10, fn=f_forward, langs=L_(5, "ru", "it", "ja", "ko", "pl"),
         aff=aff(exchange=4, google=3, thunderbird=3, applemail=2, outlook=2, zimbra=1, yahoo=0, icloud=0, sogo=0, nextcloud=0),
         about="invitations forwarded by colleagues: Outlook FW, Gmail forward with invite.ics, inline, and message/rfc822"),
    dict(name="list-copy", n=11, fn=f_listcopy, langs=L_(6, "fr", "it", "es", "el", "zh"),
         aff={"listmgr": 1},
         list_bases=["google", "thunderbird", "exchange", "zimbra", "applemail", "sogo", "google", "thunderbird"],
         about="invitations to mailing lists as delivered to a member (Mailman 2/3, Sympa, Google Groups; broken DKIM)"),
    dict(name="reply-cancel", n=12, fn=f_replycancel, langs=L_(6, "ru", "ar", "he", "tr", "th", "sv"),
         aff=aff(google=4, exchange=4, applemail=2, thunderbird=2, zimbra=2, icloud=1, outlook=1, zoom=1, sogo=1, nextcloud=1,
                 yahoo=1, transactional=1),
         about="METHOD:REPLY/COUNTER for meetings the recipient organised, and CANCELs (incl. by a delegate)"),
    dict(name="personal", n=12, fn=f_personal, langs=L_(6, "ru", "ar", "hi", "th", "pt", "zh"),
         aff=aff(icloud=5, google=4, yahoo=3, applemail=3, outlook=1, thunderbird=1, exchange=1, zimbra=0, sogo=0, nextcloud=0),
         about="birthdays, BBQs, weddings, family dinners and trips between friends and family"),
    dict(name="support-callback", n=10, fn=f_support, langs=L_(5, "tr", "pl", "ko", "ja", "nl"),
         aff=aff(transactional=3, exchange=3, zoom=2, handrolled=2, outlook=1, google=1, zimbra=1, icloud=0, yahoo=0, applemail=0),
         about="support callbacks, technician visits and adviser calls the recipient asked for (phone numbers, case IDs)"),
    dict(name="team-meeting", n=10, fn=f_team, langs=L_(6, "fr", "ru", "zh", "hi"),
         aff=aff(exchange=4, google=3, thunderbird=2, nextcloud=2, zimbra=2, sogo=1, applemail=1, yahoo=0, icloud=0),
         about="ordinary cross-company project meetings: recurring syncs, kickoffs, 1:1s, VTODO tasks, all-day offsites"),
]
