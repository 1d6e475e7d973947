"""Ham categories, part 2: booking-travel, webinar-bulk, recurring-series, forwarded, service-notifications, personal."""
from __future__ import annotations

import datetime as dt

from dc_lib import (arrival_between, slot, next_weekday, to_local, to_utc, fmt_utc, fmt_loc, rfc2822_date, leaf, multipart,
                    boundary, Part, addr, hval, message)
from dc_ical import Att, Alarm, Ev, vcal
from dc_common import person, rcpt, FIRST, LAST, ascii_fold, us_phone, uk_phone, de_phone, fr_phone
from dc_clients import (google_mail, exchange_mail, icloud_mail, thunderbird_mail, generic_mail, esc_html, assemble,
                        google_uid, text_to_html)
from dc_route import route
from dc_ham1 import ORGS, TZ_OF, mev, title, work_arrival


def brand_html(brand, color, heading, rows, cta=None, footer=""):
    rws = "".join(f'<tr><td style="padding:4px 12px;color:#666">{esc_html(k)}</td><td style="padding:4px 12px"><b>{esc_html(v)}</b></td></tr>' for k, v in rows)
    btn = f'<p><a href="{esc_html(cta[1])}" style="background:{color};color:#fff;padding:12px 22px;border-radius:4px;text-decoration:none">{esc_html(cta[0])}</a></p>' if cta else ""
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head><body style="margin:0;background:#f2f2f2">'
            f'<table width="100%" cellspacing="0" cellpadding="0"><tr><td align="center"><table width="640" style="background:#fff;font-family:Arial,sans-serif">'
            f'<tr><td style="background:{color};color:#fff;font-size:20px;padding:16px">{esc_html(brand)}</td></tr>'
            f'<tr><td style="padding:20px"><h2 style="margin-top:0">{esc_html(heading)}</h2><table>{rws}</table>{btn}</td></tr>'
            f'<tr><td style="padding:16px;font-size:11px;color:#888">{esc_html(footer)}</td></tr></table></td></tr></table></body></html>')


def brand_text(heading, rows, cta=None, footer=""):
    return heading + "\n\n" + "\n".join(f"{k}: {v}" for k, v in rows) + (f"\n\n{cta[0]}: {cta[1]}" if cta else "") + (f"\n\n{footer}" if footer else "")


def brand_ev(r, *, uid, summ, desc, start, end, tz, loc=None, org=None, att=None, all_day=False, alarms=None, url=None, floating=False, extra=None, status="CONFIRMED"):
    return Ev(uid=uid, summary=summ, description=desc, start=start, end=end, tz=tz, location=loc, organizer=org,
              attendees=[Att(att[1], cn=att[0] or None)] if att else [], all_day=all_day, alarms=alarms or [], url=url, floating=floating,
              extra=extra or [], status=status, transp=None if r.random() < 0.5 else "OPAQUE", seq=None if r.random() < 0.5 else 0)


def send_brand(r, arr, *, brand, frm, to, subject, ev, method, heading, rows, cta, footer, color, prodid, layout, route_kind="esp",
               sign_domain=None, filename="booking.ics", lang="en", extra_hdrs=None, host=None, bstyle="random", cal_cte="base64",
               text_cte="quoted-printable", html_cte="quoted-printable", stamp=None, ics_style="generic", charset="utf-8", msgid=None, reply_to=None):
    ics = vcal([ev], method, ics_style, prodid=prodid, stamp=stamp or arr - dt.timedelta(seconds=r.randint(1, 60)))
    html = brand_html(brand, color, heading, rows, cta, footer)
    text = brand_text(heading, rows, cta, footer)
    rk = dict(sign_domain=sign_domain or frm[1].split("@")[1])
    if host:
        rk["host"] = host
    return generic_mail(r, arr=arr, frm=frm, to=to, subject=subject, ics=ics, method=method, layout=layout, text=text, html=html,
                        route_kind=route_kind, route_kw=rk, filename=filename, hdr_extra=extra_hdrs, bstyle=bstyle, cal_cte=cal_cte,
                        text_cte=text_cte, html_cte=html_cte, charset=charset, msgid=msgid, reply_to=reply_to)


def pnr(r):
    return r.alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")


# ----------------------------------------------------------------------------------------------- booking-travel
def booking_travel(r):
    out = []
    FL = [
        ("Lufthansa", "lufthansa.com", "online@booking-lufthansa.com", "booking-lufthansa.com", "#05164d", "LH", "FRA", "JFK", "Europe/Berlin", "de",
         "Ihre Buchungsbestätigung {pnr} | Frankfurt – New York", "Buchungsbestätigung", "Gesamtpreis", "€1.234,50", "Meine Buchungen verwalten", "https://www.lufthansa.com/de/de/meine-buchungen?pnr={pnr}", "+49 69 86 799 799"),
        ("KLM", "klm.com", "noreply@klm.com", "klm.com", "#00a1de", "KL", "AMS", "BCN", "Europe/Amsterdam", "nl",
         "Check nu in voor uw vlucht naar Barcelona", "Online inchecken is geopend", "Totaalbedrag", "€ 312,40", "Nu inchecken", "https://www.klm.nl/check-in?bookingCode={pnr}", "020 649 9123"),
        ("British Airways", "ba.com", "BA@email.ba.com", "email.ba.com", "#075aaa", "BA", "LHR", "EDI", "Europe/London", "en",
         "Your booking confirmation {pnr}", "Thank you for booking with British Airways", "Total price", "£184.22", "Manage My Booking", "https://www.britishairways.com/travel/managebooking/public/en_gb?bookingRef={pnr}", "0344 493 0787"),
        ("easyJet", "easyjet.com", "noreply@easyjet.com", "easyjet.com", "#ff6600", "U2", "BER", "LGW", "Europe/Berlin", "en",
         "Your easyJet booking {pnr} – check in now", "Check-in is now open", "Total paid", "€149.98", "Check in now", "https://www.easyjet.com/en/manage-bookings?pnr={pnr}", "+44 330 551 5151"),
        ("United Airlines", "united.com", "UnitedAirlines@united.com", "united.com", "#002244", "UA", "SFO", "ORD", "America/Los_Angeles", "en",
         "eTicket Itinerary and Receipt for Confirmation {pnr}", "Thanks for choosing United", "Total", "$1,234.50 USD", "Manage reservation", "https://www.united.com/en/us/manageres/mytrips?cn={pnr}", "1-800-864-8331"),
    ]
    for brand, bdom, faddr, sdom, color, code, a, b_, tz, lang, subj, head, totl, total, ctal, ctau, phone in FL:
        arr = arrival_between(r, (2016, 1, 1), (2026, 10, 31))
        me = rcpt(r)
        p = pnr(r)
        fno = f"{code} {r.randint(100, 9999)}"
        ls, s = slot(arr, tz, r.randint(1, 60) if "check" not in subj.lower() else 1, r.randint(6, 20), r.choice([5, 15, 25, 40, 50]))
        e = s + dt.timedelta(minutes=r.randint(75, 540))
        rows = [("Buchungscode" if lang == "de" else ("Boekingscode" if lang == "nl" else "Booking reference"), p), ("Flug" if lang == "de" else "Flight", f"{fno}  {a} → {b_}"),
                ("Abflug" if lang == "de" else "Departure", ls.strftime("%d.%m.%Y %H:%M")), (totl, total), ("Service", phone)]
        ev = brand_ev(r, uid=f"{p}-{fno.replace(' ', '')}-{ls:%Y%m%d}@{bdom}", summ=f"{fno} {a}-{b_}", desc=f"{brand} {fno} {a} → {b_}\n{rows[0][0]}: {p}\n{ctau.format(pnr=p)}",
                      start=s, end=e, tz=None, loc=f"{a} Airport", alarms=[Alarm(trigger="-PT3H", description="Reminder")] if r.random() < 0.5 else None)
        b = send_brand(r, arr, brand=brand, frm=(brand, faddr), to=me, subject=subj.format(pnr=p), ev=ev, method="PUBLISH", heading=head, rows=rows,
                       cta=(ctal, ctau.format(pnr=p)), footer=f"{brand} · Customer service {phone}", color=color, prodid=f"-//{brand}//Booking//EN",
                       layout=r.choice(["mixed_alt_attach", "mixed_alt_octet", "mixed_related"]), route_kind=r.choice(["esp", "ses", "sendgrid"]),
                       sign_domain=sdom, filename=f"{p}.ics")
        out.append((b, f"{brand} flight booking/check-in with PNR, amount ({total}), phone and manage-booking link; dkim/dmarc aligned with {sdom}"))
    # rail
    for brand, faddr, tz, lang in [("Deutsche Bahn", "noreply@deutschebahn.com", "Europe/Berlin", "de"), ("SNCF Connect", "confirmation@sncf-connect.com", "Europe/Paris", "fr"),
                                   ("Eurostar", "booking@info.eurostar.com", "Europe/London", "en"), ("Trenitalia", "webmaster@trenitalia.it", "Europe/Rome", "it")]:
        arr = arrival_between(r, (2016, 1, 1), (2026, 10, 31))
        me = rcpt(r)
        ls, s = slot(arr, tz, r.randint(0, 30), r.randint(5, 20), r.choice([3, 18, 29, 44, 57]))
        e = s + dt.timedelta(minutes=r.randint(50, 330))
        a, b_ = {"Deutsche Bahn": ("Köln Hbf", "Berlin Hbf"), "SNCF Connect": ("Paris Gare de Lyon", "Lyon Part-Dieu"), "Eurostar": ("London St Pancras", "Paris Gare du Nord"),
                 "Trenitalia": ("Milano Centrale", "Roma Termini")}[brand]
        ordern = r.randint(100000000, 999999999)
        price = {"de": f"{r.randint(29, 159)},{r.choice(['90', '99', '50'])} €", "fr": f"{r.randint(19, 129)},00 €", "en": f"£{r.randint(59, 289)}.00", "it": f"{r.randint(19, 89)},90 €"}[lang]
        if brand == "Deutsche Bahn":
            ev = Ev(uid=f"bahn{ls:%Y-%m-%d%H%M%S}", summary=f"{a} -> {b_}", description="Reiseplan", start=s, end=e, tz="Europe/Berlin", cls="PUBLIC")
            ics = vcal([ev], "PUBLISH", "generic", prodid="https://www.bahn.de", extra=["X-LOTUS-CHARSET:UTF-8"], stamp=arr)
            txt = (f"Buchungsbestätigung\n\nAuftragsnummer: {ordern}\n{a} → {b_}\nHinfahrt am {ls:%d.%m.%Y} ab {ls:%H:%M}\nGesamtpreis: {price}\n\n"
                   f"Ihre Buchung verwalten: https://www.bahn.de/buchung/reiseuebersicht\nService-Nummer: 030 2970\n")
            b = generic_mail(r, arr=arr, frm=("noreply@deutschebahn.com", "noreply@deutschebahn.com"), to=me, subject=f"Buchungsbestätigung Deutsche Bahn (Auftrag: {ordern})",
                             ics=ics, layout=r.choice(["mixed_textplain_named", "mixed_octet"]), text=txt, filename=f"BAHN_{ls:%Y-%m-%d}_Hinfahrt_.ics", route_kind="esp",
                             route_kw=dict(sign_domain="deutschebahn.com"), bstyle="javamail", msgid=f"<{ordern}@bue-buchungsbestaetigung-{r.hexs(10)}-{r.alnum(5)}>",
                             subj_enc="Q", date_tz="UTC")
            out.append((b, "Deutsche Bahn booking with the .ics attached as text/plain or octet-stream (like calmailproc test-15/16), dkim deutschebahn.com"))
            continue
        rows = [("Référence" if lang == "fr" else ("Codice" if lang == "it" else "Booking reference"), pnr(r)), ("Trajet" if lang == "fr" else "Journey", f"{a} → {b_}"),
                ("Date", ls.strftime("%d/%m/%Y %H:%M")), ("Total", price)]
        ev = brand_ev(r, uid=r.uuid4(), summ=f"{a} → {b_}", desc=f"{brand}: {a} → {b_}\n{rows[0][0]}: {rows[0][1]}", start=s, end=e, tz=tz,
                      org=(brand, faddr) if brand == "Trenitalia" else None, att=me if brand == "Trenitalia" else None)
        b = send_brand(r, arr, brand=brand, frm=(brand, faddr), to=me, subject={"fr": f"Confirmation de votre voyage – {a} → {b_}", "en": f"Your Eurostar booking confirmation {rows[0][1]}",
                                                                                  "it": "Conferma di acquisto – biglietto elettronico"}[lang],
                       ev=ev, method="REQUEST" if brand == "Trenitalia" else "PUBLISH", heading={"fr": "Votre voyage est confirmé", "en": "You're all booked", "it": "Acquisto confermato"}[lang],
                       rows=rows, cta=({"fr": "Gérer ma réservation", "en": "Manage booking", "it": "Gestisci viaggio"}[lang], f"https://www.{faddr.split('@')[1].replace('info.', '')}/manage"),
                       footer=f"{brand}", color="#8c1d40", prodid=f"-//{brand}//Tickets//FR" if lang == "fr" else None, layout=r.choice(["mixed_alt_attach", "mixed_alt_octet"]),
                       route_kind=r.choice(["esp", "sendgrid"]), sign_domain=faddr.split("@")[1], filename="voyage.ics" if lang == "fr" else "ticket.ics")
        out.append((b, f"{brand} rail ticket confirmation ({lang}) with amount and manage link, brand-aligned dkim"))
    # hotels / rentals / restaurants / events
    OTH = [
        ("Booking.com", "noreply@booking.com", "mailer.booking.com", "#003580", "en", "Your booking is confirmed at Hotel Amsterdam Centrum", "Hotel Amsterdam Centrum", "Europe/Amsterdam",
         [("Confirmation number", "{n10}"), ("Check-in", "{d1} (from 15:00)"), ("Check-out", "{d2} (until 11:00)"), ("Total price", "€ 412.50"), ("Property phone", "+31 20 555 0147")],
         ("Manage your booking", "https://secure.booking.com/myreservations.html?bn={n10}"), True),
        ("Airbnb", "automated@airbnb.com", "airbnb.com", "#ff385c", "en", "Reservation confirmed for Lisbon", "Apartment in Alfama", "Europe/Lisbon",
         [("Confirmation code", "HM{pnr}"), ("Check-in", "{d1}, 4:00 PM"), ("Checkout", "{d2}, 11:00 AM"), ("Total (EUR)", "€ 687.34")],
         ("View itinerary", "https://www.airbnb.com/trips/v1/reservation-details/ro/RESERVATION2_CHECKIN/HM{pnr}"), True),
        ("Marriott Bonvoy", "marriott@email-marriott.com", "email-marriott.com", "#1c1c1c", "en", "Reservation Confirmation #{n8}", "Chicago Marriott Downtown", "America/Chicago",
         [("Confirmation Number", "{n8}"), ("Check-in", "{d1}"), ("Check-out", "{d2}"), ("Estimated total", "$1,234.50"), ("Hotel", "+1 312-555-0182")],
         ("Modify or cancel", "https://www.marriott.com/reservation/lookupReservation.mi?confirmationNumber={n8}"), True),
        ("Sixt", "reservierung@sixt.com", "sixt.com", "#ff5f00", "de", "Ihre Reservierung {n10} am {d1}, München Flughafen", "Ihr Mietwagen von Sixt", "Europe/Berlin",
         [("Reservierungsnummer", "{n10}"), ("Abholung", "{d1} 09:00, München Flughafen"), ("Rückgabe", "{d2} 09:00"), ("Gesamtpreis", "312,80 €")],
         ("Reservierung verwalten", "https://www.sixt.de/mietwagen/reservierung/?res={n10}"), True),
        ("Hertz", "hertz@emails.hertz.com", "emails.hertz.com", "#ffd100", "en", "Your Hertz reservation {pnr}", "Hertz reservation", "America/Denver",
         [("Confirmation", "{pnr}"), ("Pick-up", "{d1} 10:30, DEN"), ("Return", "{d2} 10:30"), ("Approximate total", "$487.12")], ("Manage reservation", "https://www.hertz.com/rentacar/reservation/retrieveConfirmation.do?confirmationNumber={pnr}"), True),
        ("OpenTable", "member_services@opentable.com", "opentable.com", "#da3743", "en", "Your reservation at Trattoria Roma is confirmed", "Dinner at Trattoria Roma", "America/New_York",
         [("Party size", "4 people"), ("Date", "{d1} at 7:30 PM"), ("Confirmation #", "{n5}"), ("Restaurant", "(212) 555-0162")], ("Modify reservation", "https://www.opentable.com/book/view?rid={n5}&confnumber={n5}"), False),
        ("TheFork", "noreply@thefork.fr", "thefork.fr", "#00665c", "fr", "Réservation confirmée chez Le Petit Zinc", "Le Petit Zinc", "Europe/Paris",
         [("Date", "{d1} à 20h00"), ("Personnes", "2"), ("Réservation", "{n8}")], ("Gérer ma réservation", "https://www.thefork.fr/mes-reservations/{n8}"), False),
        ("Ticketmaster", "customer_support@email.ticketmaster.com", "email.ticketmaster.com", "#026cdf", "en", "You Got Tickets To The Weeknd", "The Weeknd – After Hours til Dawn Tour", "America/Los_Angeles",
         [("Order #", "{n3}-{n5}/LA{n2}"), ("Venue", "SoFi Stadium, Inglewood"), ("Date", "{d1} 7:00 PM"), ("Total", "$412.60")], ("View My Tickets", "https://www.ticketmaster.com/user/orders"), False),
        ("Eventim", "noreply@eventim.de", "eventim.de", "#002d72", "de", "Ihre Bestellung bei EVENTIM: Auftragsnummer {n8}", "Herbert Grönemeyer – Live", "Europe/Berlin",
         [("Auftragsnummer", "{n8}"), ("Veranstaltung", "Herbert Grönemeyer – Live"), ("Datum", "{d1} 20:00"), ("Gesamtbetrag", "189,80 €")], ("Tickets anzeigen", "https://www.eventim.de/mytickets/"), False),
        ("Eventbrite", "orders@eventbrite.com", "eventbrite.com", "#f05537", "en", "Your tickets for DevOpsDays Amsterdam", "DevOpsDays Amsterdam", "Europe/Amsterdam",
         [("Order", "#{n10}"), ("Date", "{d1}"), ("Tickets", "1 x Conference pass"), ("Total", "€249.00")], ("View tickets", "https://www.eventbrite.com/mytickets"), False),
        ("FlixBus", "noreply@booking.flixbus.com", "booking.flixbus.com", "#73d700", "de", "Deine Buchungsbestätigung #{n10}", "FlixBus Hamburg → Berlin", "Europe/Berlin",
         [("Buchungsnummer", "#{n10}"), ("Abfahrt", "{d1} 08:15 Hamburg ZOB"), ("Ankunft", "{d1} 11:25 Berlin Südkreuz"), ("Gesamt", "24,98 €")], ("Buchung verwalten", "https://shop.flixbus.de/rebooking/login"), False),
        ("Ryanair", "itinerary@ryanair.com", "ryanair.com", "#073590", "en", "Your Ryanair Travel Itinerary {pnr}", "Dublin → Málaga", "Europe/Dublin",
         [("Reservation number", "{pnr}"), ("Flight", "FR 7062 DUB → AGP"), ("Departs", "{d1} 06:25"), ("Total paid", "€ 203.96"), ("Check-in", "opens 24h before departure")],
         ("Check in now", "https://www.ryanair.com/ie/en/check-in"), False),
        ("Hilton", "hiltonhonors@h1.hilton.com", "h1.hilton.com", "#104c97", "en", "Your Hilton stay is confirmed – {n8}", "Hilton London Metropole", "Europe/London",
         [("Confirmation", "{n8}"), ("Arrival", "{d1}"), ("Departure", "{d2}"), ("Total for stay", "£738.00"), ("Hotel phone", "020 7946 0128")], ("Manage stay", "https://www.hilton.com/en/book/reservation/find/"), True),
    ]
    for brand, faddr, sdom, color, lang, subj, summ, tz, rows, cta, allday in OTH:
        arr = arrival_between(r, (2016, 1, 1), (2026, 10, 31))
        me = rcpt(r)
        days = r.randint(3, 120)
        ls, s = slot(arr, tz, days, r.choice([15, 16, 19, 20]), r.choice([0, 30]))
        ls2 = ls + dt.timedelta(days=r.randint(1, 6))
        f = dict(pnr=pnr(r), n10=r.digits(10), n8=r.digits(8), n5=r.digits(5), n3=r.digits(2), n2=r.digits(2),
                 d1=ls.strftime("%d.%m.%Y" if lang in ("de", "fr") else "%a, %b %d, %Y"), d2=ls2.strftime("%d.%m.%Y" if lang in ("de", "fr") else "%a, %b %d, %Y"))
        rws = [(k, v.format(**f)) for k, v in rows]
        c = (cta[0], cta[1].format(**f))
        if allday:
            ev = Ev(uid=f"{f['n10']}@{faddr.split('@')[1]}", summary=summ, description="\n".join(f"{k}: {v}" for k, v in rws) + f"\n{c[1]}",
                    start=dt.datetime(ls.year, ls.month, ls.day), end=dt.datetime(ls2.year, ls2.month, ls2.day), all_day=True, location=summ, tz=tz)
        else:
            ev = Ev(uid=f"{f['n8']}-{r.hexs(6)}@{faddr.split('@')[1]}", summary=summ, description="\n".join(f"{k}: {v}" for k, v in rws), start=s,
                    end=s + dt.timedelta(hours=r.choice([2, 3])), tz=tz, location=summ, url=c[1],
                    alarms=[Alarm(trigger="-PT2H", description=summ)] if r.random() < 0.5 else [])
        b = send_brand(r, arr, brand=brand, frm=(brand, faddr), to=me, subject=subj.format(**f), ev=ev, method="PUBLISH" if r.random() < 0.7 else "REQUEST",
                       heading=summ, rows=rws, cta=c, footer=f"© {arr.year} {brand}", color=color, prodid=f"-//{brand}//{r.choice(['Reservations', 'Notifications', 'EN'])}//EN",
                       layout=r.choice(["mixed_alt_attach", "mixed_alt_octet", "mixed_alt_cal_ics", "mixed_related"]), route_kind=r.choice(["esp", "sendgrid", "ses", "esp"]),
                       sign_domain=sdom, filename=r.choice(["reservation.ics", "event.ics", "booking.ics", "add_to_calendar.ics"]))
        out.append((b, f"{brand} confirmation ({lang}) – booking reference, amount, phone, manage link; sender is the brand's own domain ({sdom}), dkim/dmarc pass"))
    return out


# ----------------------------------------------------------------------------------------------- webinar-bulk
def webinar_bulk(r):
    out = []
    W = [
        ("hubspot", "Lumen Labs", "events@lumen-labs.example.com", "en", "Live webinar: Scaling Postgres to 1B rows", "Scaling Postgres to 1B rows", "America/New_York"),
        ("hubspot", "Atelier Roux", "webinaires@atelier-roux.example.org", "fr", "Webinaire : réussir sa migration vers le cloud", "Réussir sa migration vers le cloud", "Europe/Paris"),
        ("marketo", "Globex", "globex@info.globex.example.com", "en", "You're registered: Globex Cloud Summit 2025", "Globex Cloud Summit", "America/Los_Angeles"),
        ("marketo", "Fabrikam", "events@go.fabrikam.example.org", "de", "Ihre Anmeldung: Fabrikam Digital Day", "Fabrikam Digital Day", "Europe/Berlin"),
        ("on24", "Initech", "noreply@on24event.com", "en", "Initech Webinar Confirmation: Zero-trust in 30 minutes", "Zero-trust in 30 minutes", "America/Chicago"),
        ("gotowebinar", "Tailspin Toys", "customercare@gotowebinar.com", "en", "Registration confirmed: Product roadmap Q&A", "Product roadmap Q&A", "America/New_York"),
        ("zoomwebinar", "Contoso Academy", "no-reply@zoom.us", "en", "Contoso Academy: Data literacy 101 Confirmation", "Data literacy 101", "Europe/London"),
        ("mailchimp", "Verein Nord", "info@verein-nord.example.org", "de", "Einladung: Online-Infoabend Ehrenamt", "Online-Infoabend Ehrenamt", "Europe/Berlin"),
        ("sendgrid", "Acme Analytics", "webinars@acme.example.org", "en", "Reminder: Dashboards that people actually use – starts in 1 hour", "Dashboards that people actually use", "America/Denver"),
        ("ses", "Grupo Sur", "eventos@grupo-sur.example.com", "es", "Confirmación: Jornada de innovación 2025", "Jornada de innovación", "Europe/Madrid"),
        ("hubspot", "Hanse Logistik", "webinar@hanse-logistik.example.com", "de", "Webinar-Erinnerung: Zollabwicklung nach 2025", "Zollabwicklung nach 2025", "Europe/Berlin"),
        ("cvent", "Northwind", "northwind@cvent-planner.net", "en", "Northwind Partner Conference – Registration Confirmation", "Northwind Partner Conference", "America/New_York"),
        ("meetup", "Meetup", "info@meetup.com", "en", "You're going to Rust Berlin: Async deep dive", "Rust Berlin: Async deep dive", "Europe/Berlin"),
        ("eventbrite", "Eventbrite", "noreply@order.eventbrite.com", "en", "Your tickets for: Product Camp London", "Product Camp London", "Europe/London"),
        ("msevents", "Microsoft Events", "msevents@microsoft.com", "en", "Registration confirmation: Microsoft AI Tour", "Microsoft AI Tour", "Europe/Amsterdam"),
        ("marketo", "Stadtwerke", "newsletter@stadtwerke.example.org", "de", "Ihre Einladung zum Energie-Webinar", "Energie sparen im Haushalt", "Europe/Berlin"),
        ("hubspot", "Kanzlei Berg", "seminare@kanzlei-berg.example.com", "de", "Anmeldebestätigung: Arbeitsrecht-Update", "Arbeitsrecht-Update 2025", "Europe/Berlin"),
        ("ses", "Tokyo DevConf", "info@devconf.example.com", "ja", "【登録完了】Tokyo DevConf オンライン参加のご案内", "Tokyo DevConf", "Asia/Tokyo"),
    ]
    for esp, org, faddr, lang, subj, summ, tz in W:
        arr = arrival_between(r, (2016, 1, 1), (2026, 10, 31))
        me = rcpt(r)
        dom = faddr.split("@")[1]
        _, s = slot(arr, tz, r.choice([0, 1, 3, 7, 14, 21]), r.choice([10, 11, 14, 16, 17, 18]), 0)
        e = s + dt.timedelta(minutes=r.choice([30, 45, 60, 90, 480]))
        track = {"hubspot": f"https://d{r.alnum(7)}04.na1.hubspotlinks.com/Ctc/{r.alnum(2, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}+113/d{r.alnum(7)}04/VW{r.urlsafe(40)}",
                 "marketo": f"https://{dom}/NjA0LUVURS04MzcAAAG{r.urlsafe(60)}", "on24": f"https://event.on24.com/wcc/r/{r.randint(4000000, 4999999)}/{r.hexs(32, True)}",
                 "gotowebinar": f"https://attendee.gotowebinar.com/join/{r.digits(19)}/{r.digits(9)}", "zoomwebinar": f"https://us06web.zoom.us/w/8{r.digits(10)}?tk={r.urlsafe(43)}",
                 "mailchimp": f"https://{org.lower().replace(' ', '')}.us{r.randint(1, 21)}.list-manage.com/track/click?u={r.hexs(25)}&id={r.hexs(10)}&e={r.hexs(10)}",
                 "sendgrid": f"https://u{r.digits(7)}.ct.sendgrid.net/ls/click?upn={r.urlsafe(80)}", "ses": f"https://{r.alnum(8)}.r.us-east-1.awstrack.me/L0/https:%2F%2F{dom}%2Fevent/1/{r.hexs(16)}",
                 "cvent": f"https://cvent.me/{r.alnum(6, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')}", "meetup": f"https://www.meetup.com/rust-berlin/events/{r.digits(9)}/",
                 "eventbrite": f"https://www.eventbrite.co.uk/e/product-camp-london-tickets-{r.digits(12)}", "msevents": f"https://msevents.microsoft.com/event?id={r.digits(10)}"}[esp]
        unsub = {"hubspot": f"https://hs-{r.digits(7)}.s.hubspotemail.net/hs/manage-preferences/unsubscribe?d={r.urlsafe(30)}", "marketo": f"https://{dom}/UnsubscribePage.html?mkt_unsubscribe=1&mkt_tok={r.urlsafe(40)}",
                 "mailchimp": f"https://{org.lower().replace(' ', '')}.us5.list-manage.com/unsubscribe?u={r.hexs(25)}&id={r.hexs(10)}"}.get(esp, f"https://{dom}/unsubscribe?u={r.hexs(16)}")
        n_att = r.choice([0, 0, 0, 1, 250, 480])
        atts = [Att(me[1], cn=me[0] or None)] if n_att == 1 else ([Att(person(r, r.choice(["example.com", "example.org", "example.net", "mail.example.com"]))[1], rsvp=False, partstat="NEEDS-ACTION") for _ in range(n_att)] if n_att > 1 else [])
        ev = Ev(uid=f"{r.hexs(32)}@{dom}", summary=summ, description=f"{summ}\n\nJoin: {track}\n\nAdd to calendar and join 5 minutes early." if lang == "en" else f"{summ}\n\n{track}",
                start=s, end=e, tz=tz, location=track if esp in ("on24", "gotowebinar", "zoomwebinar") else "Online", organizer=(org, faddr) if r.random() < 0.6 else None, attendees=atts,
                alarms=[Alarm(trigger="-PT15M")] if r.random() < 0.5 else [], url=track if r.random() < 0.4 else None)
        pid = {"on24": "-//ON24//Webcast//EN", "gotowebinar": "-//GoTo//GoTo Webinar//EN", "zoomwebinar": "-//zoom.us//iCalendar Event//EN", "cvent": "-//Cvent//Attendee Hub//EN",
               "meetup": "-//Meetup//RemoteApi//EN", "eventbrite": "-//Eventbrite//NONSGML Eventbrite Calendar//EN", "msevents": "-//Microsoft Corporation//Events//EN"}.get(esp, r.choice(["-//HubSpot//Meetings//EN", f"-//{org}//Events//EN", "-//Marketo//Event//EN"]))
        ics = vcal([ev], "PUBLISH" if not atts or n_att > 1 else "REQUEST", "generic", prodid=pid, stamp=arr)
        rows = [("Date", to_local(tz, s).strftime("%A, %d %B %Y, %H:%M") + f" ({tz})"), ("Where", "Online")]
        html = brand_html(org, r.choice(["#ff7a59", "#5c4ee5", "#0b5394", "#16a34a"]), summ, rows, ({"de": "Jetzt teilnehmen", "fr": "Rejoindre", "es": "Unirse", "ja": "参加する"}.get(lang, "Join webinar"), track),
                          footer=f"You are receiving this email because you registered. Unsubscribe: {unsub}")
        html = html.replace("</body>", f'<img src="https://{dom}/o/{r.hexs(16)}.gif" width="1" height="1" alt=""></body>')
        hdr = [("List-Unsubscribe", f"<{unsub}>, <mailto:unsubscribe-{r.hexs(12)}@{dom}>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]
        rk = {"hubspot": "hubspot", "marketo": "marketo", "mailchimp": "mailchimp", "sendgrid": "sendgrid", "ses": "ses", "zoomwebinar": "sendgrid",
              "gotowebinar": "esp", "on24": "esp", "cvent": "esp", "meetup": "sendgrid", "eventbrite": "esp", "msevents": "esp"}[esp]
        sd = {"zoomwebinar": "zoom.us", "gotowebinar": "gotowebinar.com", "on24": "on24event.com", "cvent": "cvent-planner.net", "meetup": "meetup.com",
              "eventbrite": "order.eventbrite.com", "msevents": "microsoft.com"}.get(esp, dom)
        b = generic_mail(r, arr=arr, frm=(org if esp not in ("zoomwebinar", "gotowebinar") else f"{org} via {'Zoom' if esp == 'zoomwebinar' else 'GoTo Webinar'}", faddr), to=me, subject=subj, ics=ics,
                         method="PUBLISH" if not atts or n_att > 1 else "REQUEST", layout=r.choice(["mixed_alt_attach", "mixed_alt_cal_ics", "mixed_alt_octet"]),
                         text=brand_text(summ, rows, ("Join", track), f"Unsubscribe: {unsub}"), html=html, route_kind=rk,
                         route_kw=dict(sign_domain=sd, esp_domain=sd), hdr_extra=hdr, filename=r.choice(["event.ics", "webinar.ics", "calendar.ics", "addtocalendar.ics"]),
                         bstyle=r.choice(["random", "sendgrid", "javamail"]))
        out.append((b, f"bulk webinar/event mail via {esp} ({lang}), tracking links through the ESP, List-Unsubscribe, {n_att} attendees in the .ics"))
    return out


# ----------------------------------------------------------------------------------------------- recurring-series
def recurring_series(r):
    out = []

    def google_series(summ, rrule, lang="en", tz="Europe/Berlin", all_day=False, desc="", gmail=True, alarms=None, weekend=False):
        arr = arrival_between(r, (2016, 1, 1), (2026, 10, 31))
        org = person(r, "gmail.com" if gmail else r.choice(ORGS))
        me = rcpt(r)
        ev = mev(r, arr, tz, summ, desc, hour=r.choice([7, 8, 17, 18, 19]), weekend=weekend)
        if all_day:
            l = to_local(tz, ev.start)
            ev.start, ev.end, ev.all_day = dt.datetime(l.year, l.month, l.day), dt.datetime(l.year, l.month, l.day) + dt.timedelta(days=1), True
            ev.transp = "TRANSPARENT"
        ev.rrule = rrule
        if alarms:
            ev.alarms = alarms
        return google_mail(r, arr=arr, org=org, rcpt=me, ev=ev, lang=lang, auth="gmail" if gmail else "workspace", alarm=not alarms)

    out.append((google_series("Yoga 🧘", "FREQ=WEEKLY;BYDAY=TU", "en"), "Google: weekly yoga class, no end date"))
    out.append((google_series("Geburtstag Oma Hilde 🎂", "FREQ=YEARLY", "de", all_day=True), "Google: yearly birthday, all-day, no end"))
    out.append((google_series("Fußballtraining D-Jugend", "FREQ=WEEKLY;BYDAY=MO,TH", "de", desc="Bitte Schienbeinschoner mitbringen. Bei Regen in der Halle.",
                              alarms=[Alarm(trigger="-PT2H", description="This is an event reminder"), Alarm(trigger="-PT30M", description="This is an event reminder")]),
                "Google: sports club training twice a week forever, two alarms"))
    out.append((google_series("Monthly board meeting", "FREQ=MONTHLY;BYDAY=2TU", "en", tz="America/New_York", gmail=False), "Google Workspace: monthly board meeting, 2nd Tuesday"))
    out.append((google_series("Church choir rehearsal", "FREQ=WEEKLY;BYDAY=WE", "en", tz="Europe/London"), "Google: weekly choir rehearsal, unbounded"))
    out.append((google_series("Every Monday: Team standup", "FREQ=WEEKLY;BYDAY=MO", "en", gmail=False), "Google Workspace: 'every Monday forever' standup"))
    # Exchange daily standup / biweekly sprint / quarterly
    for summ, rrule, note in [("Daily stand-up", "FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR;WKST=MO", "Outlook/Teams daily stand-up Mon-Fri without end"),
                              ("Sprint review", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR;WKST=MO", "Outlook bi-weekly sprint review"),
                              ("Quartalsgespräch Geschäftsführung", "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15", "Exchange quarterly meeting (MONTHLY;INTERVAL=3)"),
                              ("On-call handover", "FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;WKST=MO", "Exchange weekly on-call handover with three reminders")]:
        arr = work_arrival(r)
        org = person(r, r.choice(["example.net"] + ORGS))
        ev = mev(r, arr, "Europe/Berlin", summ, "", hour=9, minute=r.choice([0, 15, 30]), dur=15 if "stand" in summ else 60)
        ev.rrule = rrule
        if "handover" in summ:
            ev.alarms = [Alarm(trigger="-P1D", related="START", description="REMINDER"), Alarm(trigger="-PT1H", related="START", description="REMINDER"),
                         Alarm(trigger="-PT5M", related="START", description="REMINDER")]
        if "Sprint" in summ:
            ev.exdates = [ev.start + dt.timedelta(days=14 * 3)]
        b = exchange_mail(r, arr=arr, org=org, rcpts=[rcpt(r)] + [person(r, org[1].split("@")[1]) for _ in range(r.randint(2, 8))], ev=ev,
                          lang="de" if "Quartal" in summ else "en", teams="stand" in summ or "Sprint" in summ, body_text="", route_kind="exo")
        out.append((b, note))
    # school timetable: one PUBLISH with several weekly events until end of term
    arr = arrival_between(r, (2016, 8, 20), (2026, 9, 10))
    while arr.month not in (8, 9):
        arr = arrival_between(r, (2016, 8, 20), (2026, 9, 10))
    me = rcpt(r)
    evs = []
    term_end = dt.datetime(arr.year + 1 if arr.month >= 8 else arr.year, 1, 31, 23, 0)
    for k, (subj, day, hour) in enumerate([("Mathematik", 0, 8), ("Deutsch", 0, 9), ("Englisch", 1, 8), ("Biologie", 1, 10), ("Sport", 2, 11), ("Physik", 3, 8), ("Kunst", 4, 12)]):
        ls, s = next_weekday(arr, "Europe/Berlin", day, hour, 0)
        evs.append(Ev(uid=f"untis-{r.hexs(12)}@schule.example.org", summary=subj, location=f"Raum {r.randint(101, 240)}", start=s, end=s + dt.timedelta(minutes=45),
                      tz="Europe/Berlin", rrule=f"FREQ=WEEKLY;UNTIL={fmt_utc(term_end)}", categories="Stundenplan 7b", transp="OPAQUE", seq=None, status=None))
    ics = vcal(evs, "PUBLISH", "generic", prodid="-//Untis//WebUntis Export//DE", stamp=arr, extra=["X-WR-CALNAME:Stundenplan 7b", "X-WR-TIMEZONE:Europe/Berlin"])
    b = generic_mail(r, arr=arr, frm=("Sekretariat Gesamtschule Nord", "sekretariat@schule.example.org"), to=me, subject="Stundenplan Klasse 7b – 1. Halbjahr", ics=ics,
                     method="PUBLISH", layout="mixed_plain_attach", text="Liebe Eltern,\n\nanbei der Stundenplan der Klasse 7b als Kalenderdatei.\n\nMit freundlichen Grüßen\nSekretariat",
                     route_kind="postfix", route_kw=dict(no_dkim=True), filename="stundenplan_7b.ics", attach_ct='text/calendar; charset=UTF-8; name="stundenplan_7b.ics"')
    out.append((b, "school timetable: seven weekly VEVENTs with UNTIL end of term in one PUBLISH"))
    # garbage collection calendar: many VEVENTs with alarms the evening before
    y = r.randint(2016, 2025)
    arr = arrival_between(r, (y, 12, 1), (y, 12, 28))
    me = rcpt(r)
    evs = []
    d0 = dt.date(y + 1, 1, 3)
    kinds = ["Restmüll", "Biotonne", "Papiertonne", "Gelber Sack"]
    for k in range(48):
        d = d0 + dt.timedelta(days=7 * k + (k % 4))
        evs.append(Ev(uid=f"abfall-{d:%Y%m%d}-{k}@musterstadt.example.org", summary=kinds[k % 4], start=dt.datetime(d.year, d.month, d.day), end=dt.datetime(d.year, d.month, d.day) + dt.timedelta(days=1),
                      all_day=True, transp="TRANSPARENT", alarms=[Alarm(trigger="-PT6H", description=f"Morgen: {kinds[k % 4]}")], seq=None, status=None, location="Musterstraße 12"))
    ics = vcal(evs, "PUBLISH", "generic", prodid="-//Abfallwirtschaft Musterstadt//Abfuhrkalender//DE", stamp=arr, extra=["X-WR-CALNAME:Abfuhrtermine Musterstraße 12"])
    b = generic_mail(r, arr=arr, frm=("Abfallwirtschaft Musterstadt", "abfuhrkalender@musterstadt.example.org"), to=me, subject=f"Ihr Abfuhrkalender {d0.year}", ics=ics, method="PUBLISH",
                     layout="mixed_alt_attach", text="Guten Tag,\n\nanbei Ihr persönlicher Abfuhrkalender.\n\nIhre Abfallwirtschaft", html="<p>Guten Tag,</p><p>anbei Ihr persönlicher Abfuhrkalender.</p>",
                     route_kind="esp", route_kw=dict(sign_domain="musterstadt.example.org"), filename=f"abfuhrkalender_{d0.year}.ics")
    out.append((b, "municipal waste-collection calendar: 48 all-day VEVENTs each with an alarm (many alarms, but legitimate)"))
    # Thunderbird/Nextcloud recurring with EXDATE and override
    arr = arrival_between(r, (2016, 1, 1), (2026, 10, 31))
    org = person(r, "verein-nord.example.org")
    me = rcpt(r)
    ev = mev(r, arr, "Europe/Berlin", "Probe Posaunenchor", "Gemeindehaus, großer Saal", hour=19, minute=30, dur=90)
    ev.rrule = "FREQ=WEEKLY;BYDAY=" + ["MO", "TU", "WE", "TH", "FR"][to_local("Europe/Berlin", ev.start).weekday() % 5]
    ev.exdates = [ev.start + dt.timedelta(days=7 * 4), ev.start + dt.timedelta(days=7 * 5)]
    b = thunderbird_mail(r, arr=arr, org=org, rcpts=[me], ev=ev, lang="de", route_kind="postfix")
    out.append((b, "Thunderbird weekly rehearsal with EXDATEs (holiday break), no end"))
    # iCloud family recurring
    arr = arrival_between(r, (2016, 1, 1), (2026, 10, 31))
    org = person(r, "icloud.com")
    ev = mev(r, arr, "America/Chicago", "Piano lesson – Emma", "", hour=16, dur=45)
    ev.rrule = "FREQ=WEEKLY;BYDAY=" + ["MO", "TU", "WE", "TH", "FR"][to_local("America/Chicago", ev.start).weekday() % 5]
    b = icloud_mail(r, arr=arr, org=org, rcpt=rcpt(r), ev=ev, lang="en")
    out.append((b, "iCloud weekly piano lesson, unbounded"))
    # gym / Eversports recurring class membership
    arr = arrival_between(r, (2018, 1, 1), (2026, 10, 31))
    me = rcpt(r)
    ev = mev(r, arr, "Europe/Vienna", "Spinning – Kurs (Abo)", "Studio 2 · Trainerin: Katrin", hour=18, dur=50)
    ev.rrule = "FREQ=WEEKLY;COUNT=12"
    ev.organizer = ("Eversports", "noreply@eversports.com")
    ev.uid = f"eversports-{r.hexs(16)}"
    ics = vcal([ev], "PUBLISH", "generic", prodid="-//Eversports//Eversports Calendar//EN", stamp=arr)
    b = generic_mail(r, arr=arr, frm=("Eversports", "noreply@eversports.com"), to=me, subject="Buchungsbestätigung: Spinning – Kurs (Abo, 12 Einheiten)", ics=ics,
                     method="PUBLISH", layout="mixed_alt_attach", text="Deine Buchung ist bestätigt.", html="<p>Deine Buchung ist bestätigt.</p>", route_kind="sendgrid",
                     route_kw=dict(sign_domain="eversports.com"), filename="kurs.ics")
    out.append((b, "gym class series (COUNT=12) from a booking platform"))
    # daily medication / sobriety? -> daily reminder created by a friend: 'Feed the cat' while away, DAILY with UNTIL
    arr = arrival_between(r, (2016, 1, 1), (2026, 10, 31))
    org = person(r, "gmail.com")
    ev = mev(r, arr, "Europe/Amsterdam", "Katten voeren 🐈", "Sleutel ligt onder de bloempot. Bedankt!!", hour=8, dur=15, weekend=True)
    ev.rrule = f"FREQ=DAILY;UNTIL={fmt_utc(ev.start + dt.timedelta(days=13))}"
    b = google_mail(r, arr=arr, org=org, rcpt=rcpt(r), ev=ev, lang="nl", auth="gmail")
    out.append((b, "Google daily reminder for two weeks (cat sitting), nl"))
    # Outlook series with RECURRENCE-ID exception update
    arr = work_arrival(r)
    org = person(r, r.choice(ORGS))
    ev = mev(r, arr, "Europe/Paris", "Comité de pilotage", "Point mensuel.", hour=10)
    ev.recurrence_id = ev.start + dt.timedelta(days=28)
    ev.start = ev.recurrence_id + dt.timedelta(hours=4)
    ev.end = ev.start + dt.timedelta(hours=1)
    ev.seq = 3
    b = exchange_mail(r, arr=arr, org=org, rcpts=[rcpt(r)], ev=ev, lang="fr", kind="update", body_text="Séance déplacée à 14h.", route_kind="exo")
    out.append((b, "Exchange update of one occurrence (RECURRENCE-ID) of a monthly series"))
    # medication reminder from a pharmacy app: daily forever with a repeating alarm (legitimate nagging)
    arr = arrival_between(r, (2018, 1, 1), (2026, 10, 31))
    me = rcpt(r)
    ev = mev(r, arr, "Europe/Berlin", "Tablette nehmen: Ramipril 5 mg", "Einnahme morgens mit Wasser.", hour=8, minute=0, dur=5, weekend=True)
    ev.rrule = "FREQ=DAILY"
    ev.alarms = [Alarm(trigger="PT0M", description="Tablette nehmen", repeat=3, duration="PT10M")]
    ev.uid = f"med-{r.hexs(16)}@apotheke.example.org"
    ev.organizer = ("Rosen-Apotheke", "erinnerung@apotheke.example.org")
    ev.transp = "TRANSPARENT"
    ics = vcal([ev], "PUBLISH", "generic", prodid="-//Rosen-Apotheke//Medikationsplan//DE", stamp=arr)
    b = generic_mail(r, arr=arr, frm=("Rosen-Apotheke", "erinnerung@apotheke.example.org"), to=me, subject="Ihre Einnahme-Erinnerung für Ramipril", ics=ics, method="PUBLISH",
                     layout="mixed_alt_attach", text="Guten Tag,\n\nwie besprochen erhalten Sie hier die Erinnerung für Ihren Medikationsplan.\n\nIhre Rosen-Apotheke",
                     html="<p>Guten Tag,</p><p>wie besprochen erhalten Sie hier die Erinnerung für Ihren Medikationsplan.</p><p>Ihre Rosen-Apotheke</p>",
                     route_kind="esp", route_kw=dict(sign_domain="apotheke.example.org"), filename="erinnerung.ics")
    out.append((b, "pharmacy medication reminder: FREQ=DAILY without end and an alarm repeating three times (legitimate nagging, trap)"))
    return out


# ----------------------------------------------------------------------------------------------- forwarded
def forwarded(r):
    out = []

    def orig_exchange(arr, org, me, lang="en", teams=True):
        s, d = title(r, lang if lang in ("en", "de", "fr") else "en")
        ev = mev(r, arr, TZ_OF.get(lang, "Europe/London"), s, d)
        return exchange_mail(r, arr=arr, org=org, rcpts=[me], ev=ev, lang=lang, teams=teams, body_text=d, route_kind="exo"), ev

    for i in range(18):
        v = i % 9
        arr = work_arrival(r)
        me = rcpt(r)
        if v == 0:  # Outlook FW: with the calendar re-attached
            fw = person(r, "example.net")
            org = person(r, r.choice(ORGS))
            s, d = title(r, "en")
            ev = mev(r, arr, "Europe/London", s, d)
            ev.organizer, ev.attendees = org, [Att(fw[1], cn=fw[0])]
            ev.uid = "040000008200E00074C5B7101A82E00800000000" + r.hexs(56, True)
            ics = vcal([ev], "REQUEST", "exchange", stamp=arr - dt.timedelta(days=1))
            txt = (f"FYI – can you join this one instead of me?\n\n-----Original Appointment-----\nFrom: {org[0]} <{org[1]}>\nSent: {rfc2822_date(arr - dt.timedelta(days=1))}\n"
                   f"To: {fw[0]}\nSubject: {s}\nWhen: {to_local('Europe/London', ev.start):%A, %d %B %Y %H:%M}\nWhere: Microsoft Teams Meeting\n\n{d}")
            b = generic_mail(r, arr=arr, frm=fw, to=me, subject=f"FW: {s}", ics=ics, layout="alt_cal", text=txt, html="<html><body>" + text_to_html(txt) + "</body></html>",
                             route_kind="internal", route_kw=dict(user=fw[1]), bstyle="random", cal_cte="base64",
                             hdr_extra=[("Thread-Topic", s), ("Thread-Index", "AdsK" + r.b64s(28) + "=="), ("X-MS-Has-Attach", ""), ("Content-Language", "en-US")])
            out.append((b, "Outlook forward of an invitation ('FW:'); From is a colleague, ORGANIZER is the external original organizer"))
        elif v == 1:  # Gmail forward with invite.ics re-attached
            fw = person(r, "gmail.com")
            org = person(r, r.choice(ORGS))
            s, d = title(r, "en")
            ev = mev(r, arr, "America/New_York", s, d)
            ev.organizer, ev.attendees, ev.uid = org, [Att(fw[1], cn=fw[1])], google_uid(r)
            ics = vcal([ev], "REQUEST", "google", stamp=arr - dt.timedelta(hours=5))
            txt = (f"Forwarding this – are you free?\n\n---------- Forwarded message ---------\nFrom: {org[0]} <{org[1]}>\nDate: {to_local('America/New_York', arr - dt.timedelta(hours=5)):%a, %b %d, %Y at %I:%M %p}\n"
                   f"Subject: Invitation: {s}\nTo: <{fw[1]}>\n\n\nYou have been invited to the following event.\n\nTitle: {s}\n")
            b = generic_mail(r, arr=arr, frm=fw, to=me, subject=f"Fwd: Invitation: {s}", ics=ics, layout="mixed_alt_cal_ics", text=txt,
                             html='<div dir="ltr">' + text_to_html(txt) + "</div>", route_kind="freemail" if False else "postfix", route_kw=dict(host=f"mail-{r.letters(3)}{r.randint(1, 9)}-f{r.randint(40, 240)}.google.com", sign=[("gmail.com", "20230601")]),
                             bstyle="google", msgid=f"<CA+{r.urlsafe(40)}@mail.gmail.com>", filename="invite.ics")
            out.append((b, "Gmail 'Fwd:' of a Google invitation with invite.ics re-attached; From (forwarder) is not the ORGANIZER"))
        elif v == 2:  # forwarded as message/rfc822 attachment (Thunderbird)
            org = person(r, r.choice(ORGS))
            fw = person(r, "example.net")
            inner, ev = orig_exchange(arr - dt.timedelta(hours=3), org, fw, "de", teams=r.random() < 0.5)
            # strip receiving-side trace of the inner message? keep as delivered (realistic)
            b1 = boundary(r, "thunderbird")
            txt = leaf("text/plain; charset=UTF-8; format=flowed", "Hallo,\n\nanbei die Einladung, vielleicht ist das auch für dich interessant.\n\nViele Grüße\n" + fw[0].split()[0] + "\n", "8bit")
            att = Part([("Content-Type", 'message/rfc822; name="Einladung.eml"'), ("Content-Disposition", 'attachment; filename="Einladung.eml"')], inner.decode("utf-8", "surrogateescape").rstrip("\r\n"))
            body = multipart("mixed", [txt, att], b1)
            hdrs = [("Message-ID", f"<{r.uuid4()}@example.net>"), ("Date", rfc2822_date(arr - dt.timedelta(seconds=9), "Europe/Berlin")), ("MIME-Version", "1.0"),
                    ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "de-DE"), ("To", me[1]), ("From", addr(fw[0], fw[1])), ("Subject", f"Fwd: {ev.summary}")]
            rt = route(r, "internal", arr=arr, rcpt=me[1], from_addr=fw[1], user=fw[1])
            b = assemble(r, arr=arr, rcpt=me[1], rt=rt, from_addr=fw[1], client_headers=hdrs, body=body, mime_version=False)
            out.append((b, "invitation forwarded as a message/rfc822 attachment (Thunderbird 'forward as attachment'), calendar only inside the nested message"))
        elif v == 3:  # delegate: boss organizer, secretary sends (SENT-BY)
            boss = person(r, r.choice(ORGS))
            sec = person(r, boss[1].split("@")[1])
            s, d = title(r, r.choice(["en", "de"]))
            ev = mev(r, arr, "Europe/Berlin", s, d)
            b = exchange_mail(r, arr=arr, org=boss, rcpts=[me], ev=ev, lang="de", delegate=sec, teams=r.random() < 0.5, body_text=d, route_kind=r.choice(["exo", "exchange_onprem"]))
            out.append((b, "Exchange delegate invitation: From the manager, Sender the assistant, ORGANIZER;SENT-BY the assistant"))
        elif v == 4:  # Google invite where organizer's domain is not on Google mail -> dmarc fail but legitimate
            org = person(r, r.choice(["uni-nord.example.org", "stadtwerke.example.org", "kanzlei-berg.example.com"]))
            s, d = title(r, "en")
            ev = mev(r, arr, "Europe/Berlin", s, d)
            b = google_mail(r, arr=arr, org=org, rcpt=me, ev=ev, lang="en", auth="workspace_nospf", meet=True)
            out.append((b, "legitimate Google Calendar invite from a personal Google account using a work address: From organizer via calendar-notification, dmarc fails (trap)"))
        elif v == 5:  # Nextcloud system sender
            org = person(r, "verein-nord.example.org")
            ev = mev(r, arr, "Europe/Berlin", r.choice(["Mitgliederversammlung", "Kassenprüfung", "Sommerfest-Orga"]), "Tagesordnung im Anhang der Vereinsmail.", hour=19)
            ev.organizer, ev.attendees, ev.uid = org, [Att(me[1], cn=me[0] or None)], r.uuid4()
            ics = vcal([ev], "REQUEST", "sabre", prodid="-//IDN nextcloud.com//Calendar app 4.7.16//EN", stamp=arr)
            txt = f"{org[0]} hat Sie zu »{ev.summary}« eingeladen\n\nWann: {to_local('Europe/Berlin', ev.start):%d.%m.%Y %H:%M}\nOrganisator: {org[0]} <{org[1]}>\n\nAnnehmen / Ablehnen: https://cloud.verein-nord.example.org/apps/calendar/invitation/{r.hexs(32)}"
            b = generic_mail(r, arr=arr, frm=(f"{org[0]} über Nextcloud", "nextcloud@cloud.verein-nord.example.org"), to=me, subject=f"Einladung: {ev.summary}", ics=ics,
                             layout="alt_cal", text=txt, html="<html><body>" + text_to_html(txt) + "</body></html>", reply_to=org, route_kind="postfix",
                             route_kw=dict(host="mail.verein-nord.example.org", sign=[("verein-nord.example.org", "2024")]))
            out.append((b, "Nextcloud invitation from the system sender (From ≠ ORGANIZER, Reply-To organizer)"))
        elif v == 6:  # mailing-list DMARC munging
            org = person(r, r.choice(["fastmail.com", "mailbox.example.org", r.choice(ORGS)]))
            lst = r.choice(["dev", "board", "meetup-orga"])
            ev = mev(r, arr, "Europe/Amsterdam", r.choice(["Community call", "Release sync", "Board call"]), "Notes: https://pad.example.org/p/call")
            ev.organizer, ev.attendees, ev.uid = org, [Att(f"{lst}@lists.example.org", cutype="GROUP")], r.uuid4()
            ics = vcal([ev], "REQUEST", "generic", prodid="-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", stamp=arr)
            b = generic_mail(r, arr=arr, frm=(f"{org[0]} via {lst}", f"{lst}@lists.example.org"), to=(None, f"{lst}@lists.example.org"), subject=f"[{lst}] Invitation: {ev.summary}",
                             ics=ics, layout="mixed_alt_cal_ics", text=f"Hi all,\nsee invite.\n\n--\n{lst} mailing list\nhttps://lists.example.org/mailman/listinfo/{lst}",
                             html=None, reply_to=org, route_kind="postfix", route_kw=dict(host="lists.example.org", sign=[("lists.example.org", "mlist")], env_from=f"{lst}-bounces+{me[1].replace('@', '=')}@lists.example.org"),
                             hdr_extra=[("List-Id", f"<{lst}.lists.example.org>"), ("List-Post", f"<mailto:{lst}@lists.example.org>"), ("Precedence", "list"), ("X-Original-From", addr(org[0], org[1]))],
                             rcpt=me[1])
            out.append((b, "mailing-list copy of an invitation with DMARC From-munging ('X via list'); ORGANIZER is the original sender"))
        elif v == 7:  # alias forwarding with SRS: spf fails/softfails, dkim of origin still passes, arc pass
            org = person(r, r.choice(ORGS))
            s, d = title(r, "en")
            ev = mev(r, arr, "America/New_York", s, d)
            inner_ics = vcal([Ev(**{**ev.__dict__, "organizer": org, "attendees": [Att(f"alumni.{me[1].split('@')[0]}@alumni.example.edu")], "uid": google_uid(r)})], "REQUEST", "google", stamp=arr)
            b = generic_mail(r, arr=arr, frm=org, to=(None, f"alumni.{me[1].split('@')[0]}@alumni.example.edu"), subject=f"Invitation: {s}", ics=inner_ics, layout="mixed_alt_cal_ics",
                             text=f"You have been invited to {s}.", html=f"<p>You have been invited to <b>{esc_html(s)}</b>.</p>", route_kind="postfix",
                             route_kw=dict(host="relay.alumni.example.edu", sign=[(org[1].split('@')[1], "s1")], env_from=f"SRS0=h{r.alnum(3)}={r.alnum(2, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}={org[1].split('@')[1]}={org[1].split('@')[0]}@alumni.example.edu"),
                             rcpt=me[1], arc="pass", spf="softfail",
                             hdr_extra=[("ARC-Seal", f"i=1; a=rsa-sha256; d=alumni.example.edu; s=arc-2024; t={int(arr.timestamp())}; cv=none; b={r.b64s(60)}"),
                                        ("ARC-Authentication-Results", f"i=1; relay.alumni.example.edu; dkim=pass header.d={org[1].split('@')[1]}; spf=pass smtp.mailfrom={org[1].split('@')[1]}")])
            out.append((b, "invitation forwarded by an alumni alias with SRS: SPF softfails at mx.example.net, original DKIM and ARC pass (trap)"))
        else:  # Samsung email forward with text/x-vCalendar attachment
            fw = person(r, "gmail.com")
            org = person(r, r.choice(ORGS))
            ev = mev(r, arr, "Europe/Berlin", r.choice(["Elternabend 3b", "Teamevent Kartbahn", "Abschiedsfeier Petra"]), "")
            ev.organizer, ev.attendees, ev.uid = org, [Att(fw[1])], r.uuid4()
            ics = vcal([ev], "REQUEST", "generic", prodid="-//The Horde Project//Horde iCalendar Library//EN", stamp=arr - dt.timedelta(hours=2))
            bnd = "--_com.samsung.android.email_" + r.digits(16)
            b = generic_mail(r, arr=arr, frm=fw, to=me, subject=f"FW: {ev.summary}", ics=ics, layout="mixed_alt_attach", text="Schau mal\n\nGesendet von meinem Galaxy", html='<html><head></head><body><div dir="auto">Schau mal</div><div dir="auto"><br></div><div dir="auto">Gesendet von meinem Galaxy</div></body></html>',
                             attach_ct='text/x-vCalendar; name="event-invitation.ics"', filename="event-invitation.ics", route_kind="postfix",
                             route_kw=dict(host=f"mail-{r.letters(3)}{r.randint(1, 9)}-f{r.randint(40, 240)}.google.com", sign=[("gmail.com", "20230601")]),
                             text_cte="base64", html_cte="base64", hdr_extra=[("Importance", "normal"), ("SavedFromEmail", fw[1])])
            out.append((b, "Samsung Email forward (Android) with the invitation as text/x-vCalendar attachment (cf. calmailproc test-09)"))
    return out


# ----------------------------------------------------------------------------------------------- service-notifications
def service_notifications(r):
    out = []
    S = [
        ("Doctolib", "no-reply@doctolib.fr", "doctolib.fr", "fr", "Europe/Paris", "Votre rendez-vous avec Dr Claire Martin est confirmé", "Rendez-vous Dr Claire Martin – Médecin généraliste",
         "12 rue de la Paix, 75002 Paris", [("Date", "{d} à {t}"), ("Praticien", "Dr Claire Martin"), ("Adresse", "12 rue de la Paix, 75002 Paris"), ("Téléphone du cabinet", "01 99 00 31 42")],
         ("Gérer mon rendez-vous", "https://www.doctolib.fr/account/appointments"), "#107aca"),
        ("Doctolib", "no-reply@doctolib.de", "doctolib.de", "de", "Europe/Berlin", "Ihr Termin bei Zahnarztpraxis Dr. Weber ist bestätigt", "Termin Zahnarztpraxis Dr. Weber – Kontrolle",
         "Hauptstraße 5, 10115 Berlin", [("Datum", "{d} um {t}"), ("Praxis", "Zahnarztpraxis Dr. Weber"), ("Telefon", "030 555 0173")], ("Termin verwalten", "https://www.doctolib.de/account/appointments"), "#107aca"),
        ("Salonized", "noreply@email.salonized.com", "email.salonized.com", "nl", "Europe/Amsterdam", "Bevestiging van je afspraak bij Kapsalon Knip", "Knippen & föhnen – Kapsalon Knip",
         "Kerkstraat 14, Utrecht", [("Datum", "{d} om {t}"), ("Behandeling", "Knippen & föhnen"), ("Prijs", "€ 42,50")], ("Afspraak wijzigen", "https://salonized.com/widget_bookings/knip"), "#ff6b6b"),
        ("Calendly", "notifications@calendly.com", "calendly.com", "en", "America/New_York", "New Event: {name} - 30 Minute Meeting", "30 Minute Meeting between Dana Lee and {name}",
         None, [("Event Type", "30 Minute Meeting"), ("Invitee", "{name}"), ("Event Date/Time", "{t} - {d} (Eastern Time)")], ("View event in Calendly", "https://calendly.com/app/scheduled_events/user/me"), "#006bff"),
        ("DHL Paket", "noreply@dhl.de", "dhl.de", "de", "Europe/Berlin", "Ihre Sendung kommt heute zwischen 10:00 und 14:00 Uhr", "DHL Zustellung 10:00 – 14:00",
         None, [("Sendungsnummer", "00340434{n8}"), ("Zustellfenster", "{d}, 10:00 – 14:00 Uhr"), ("Absender", "Onlineshop")], ("Sendung verfolgen", "https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434{n8}"), "#ffcc00"),
        ("UPS My Choice", "mcinfo@ups.com", "ups.com", "en", "America/Chicago", "UPS Update: Package Scheduled for Delivery Tomorrow", "UPS delivery 1:30 PM – 5:30 PM",
         None, [("Tracking Number", "1Z{n8}03{n8}"), ("Scheduled Delivery", "{d}, 1:30 PM - 5:30 PM"), ("Shipped From", "ACME Online")], ("Track package", "https://www.ups.com/track?tracknum=1Z{n8}"), "#351c15"),
        ("PostNL", "noreply@postnl.nl", "postnl.nl", "nl", "Europe/Amsterdam", "Je pakket wordt morgen bezorgd", "PostNL bezorging 17:45 – 20:15",
         None, [("Track & Trace", "3SABCD{n8}"), ("Bezorgmoment", "{d} tussen 17:45 en 20:15")], ("Bekijk je pakket", "https://jouw.postnl.nl/track-and-trace/3SABCD{n8}"), "#ff6200"),
        ("IKEA", "noreply@ikea.de", "ikea.de", "de", "Europe/Berlin", "Lieferbestätigung Ihrer IKEA Bestellung {n8}", "IKEA Lieferung",
         None, [("Bestellnummer", "{n8}"), ("Liefertermin", "{d}, 07:00 – 12:00"), ("Gesamtbetrag", "1.234,50 €"), ("Kundenservice", "06192 9399 9999")], ("Bestellung ansehen", "https://order.ikea.com/de/de/purchases/{n8}"), "#0058a3"),
        ("Kreissparkasse Musterstadt", "beratung@ksk-musterstadt.example.org", "ksk-musterstadt.example.org", "de", "Europe/Berlin", "Bestätigung Ihres Beratungstermins", "Beratungstermin Baufinanzierung",
         "Filiale Marktplatz 1", [("Termin", "{d}, {t} Uhr"), ("Berater", "Herr Lehmann"), ("Filiale", "Marktplatz 1"), ("Telefon", "07151 555-0190")], None, "#ff0000"),
        ("Bürgeramt Berlin", "noreply@berlin.de", "berlin.de", "de", "Europe/Berlin", "Terminbestätigung – Bürgeramt Rathaus Schöneberg", "Bürgeramt: Personalausweis beantragen",
         "Rathaus Schöneberg, John-F.-Kennedy-Platz, 10825 Berlin", [("Vorgangsnummer", "{n8}"), ("Termin", "{d}, {t} Uhr"), ("Dienstleistung", "Personalausweis beantragen")],
         ("Termin absagen", "https://service.berlin.de/terminvereinbarung/termin/manage/"), "#e40422"),
        ("GOV.UK", "noreply@notifications.service.gov.uk", "notifications.service.gov.uk", "en", "Europe/London", "Your driving test is booked", "Practical driving test",
         "Test centre: Wood Green (London)", [("Booking reference", "{n8}"), ("Date and time", "{d} at {t}"), ("Test centre", "Wood Green (London)")],
         ("Change your driving test", "https://www.gov.uk/change-driving-test"), "#0b0c0c"),
        ("Impfterminservice", "noreply@impfterminservice.de", "impfterminservice.de", "de", "Europe/Berlin", "Terminbestätigung Impfzentrum", "Impftermin (1. Impfung) – Impfzentrum Messe",
         "Impfzentrum Messe, Halle 3", [("Buchungscode", "{pnr}"), ("1. Termin", "{d}, {t} Uhr"), ("Impfzentrum", "Impfzentrum Messe, Halle 3")], None, "#004b87"),
        ("Vetstoria", "noreply@vetstoria.com", "vetstoria.com", "en", "Europe/London", "Appointment confirmed at Greenfield Vets", "Bella – annual vaccination",
         "Greenfield Vets, 4 High St", [("Pet", "Bella"), ("When", "{d} {t}"), ("Practice phone", "0113 496 0550")], ("Reschedule", "https://booking.vetstoria.com/manage"), "#0c8b6c"),
        ("Eversports", "noreply@eversports.com", "eversports.com", "de", "Europe/Vienna", "Buchungsbestätigung: Hatha Yoga", "Hatha Yoga – Studio Om",
         "Studio Om, Neubaugasse 7", [("Kurs", "Hatha Yoga"), ("Datum", "{d}, {t}"), ("Preis", "18,00 €")], ("Buchung stornieren", "https://www.eversports.at/profile/bookings"), "#1d2b4f"),
        ("Microsoft Bookings", "bookings@contoso.example.com", "contoso.example.com", "en", "America/Los_Angeles", "Your appointment with Contoso IT Help Desk is confirmed", "IT Help Desk – laptop setup",
         "Building 4, Room 210", [("Service", "Laptop setup"), ("Date", "{d} {t}"), ("Staff", "Jordan Reyes")], ("Manage booking", "https://outlook.office365.com/owa/calendar/ContosoITHelpDesk@contoso.example.com/bookings/"), "#0078d4"),
        ("Ayuntamiento de Madrid", "citaprevia@madrid.es", "madrid.es", "es", "Europe/Madrid", "Confirmación de cita previa – Empadronamiento", "Cita previa: empadronamiento",
         "OAC Centro, C/ Mayor 72", [("Localizador", "{pnr}"), ("Fecha", "{d} a las {t}"), ("Oficina", "OAC Centro")], ("Anular cita", "https://servpub.madrid.es/GNSIS_WBCIUDADANO/"), "#cc0000"),
        ("Bosch Car Service", "termine@autohaus-krause.example.com", "autohaus-krause.example.com", "de", "Europe/Berlin", "Ihr Werkstatttermin am {d}", "Inspektion + Reifenwechsel",
         "Autohaus Krause, Industriestr. 9", [("Termin", "{d}, {t} Uhr"), ("Leistung", "Inspektion + Reifenwechsel"), ("Telefon", "0711 555 01 88")], None, "#e20015"),
        ("Universität Nord – HISinOne", "noreply@uni-nord.example.org", "uni-nord.example.org", "de", "Europe/Berlin", "Prüfungsanmeldung bestätigt: Lineare Algebra I", "Klausur Lineare Algebra I",
         "Audimax", [("Prüfung", "Lineare Algebra I"), ("Datum", "{d}, {t} Uhr"), ("Raum", "Audimax")], ("Zum Prüfungsplan", "https://his.uni-nord.example.org/qisserver/pages/cs/sys/portal/hisinoneStartPage.faces"), "#003366"),
    ]
    for brand, faddr, sdom, lang, tz, subj, summ, loc, rows, cta, color in S:
        arr = arrival_between(r, (2021, 1, 10) if "Impf" in brand else (2016, 1, 1), (2021, 12, 31) if "Impf" in brand else (2026, 10, 31))
        me = rcpt(r)
        days = 0 if brand in ("DHL Paket",) else (1 if brand in ("UPS My Choice", "PostNL") else r.randint(1, 30))
        hour = {"DHL Paket": 10, "UPS My Choice": 13, "PostNL": 17, "IKEA": 7}.get(brand, r.choice([8, 9, 10, 11, 14, 15, 16]))
        minute = {"UPS My Choice": 30, "PostNL": 45}.get(brand, r.choice([0, 15, 30, 45]))
        ls, s = slot(arr, tz, days, hour, minute)
        if brand == "DHL Paket" and to_local(tz, arr).hour >= 10:
            ls, s = slot(arr, tz, 1, hour, minute)
        dur = {"DHL Paket": 240, "UPS My Choice": 240, "PostNL": 150, "IKEA": 300}.get(brand, r.choice([15, 20, 30, 45, 60]))
        f = dict(d=ls.strftime("%d.%m.%Y" if lang in ("de", "fr", "nl", "es") else "%A, %B %d, %Y"), t=ls.strftime("%H:%M"), n8=r.digits(8), pnr=r.alnum(8, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
                 name=(me[0] or me[1].split("@")[0]))
        rws = [(k, v.format(**f)) for k, v in rows]
        c = (cta[0], cta[1].format(**f)) if cta else None
        alarms = [Alarm(trigger="-P1D", description=summ.format(**f)), Alarm(trigger="-PT2H", description=summ.format(**f))] if brand in ("Doctolib", "Vetstoria", "Kreissparkasse Musterstadt") else (
            [Alarm(trigger="-PT30M")] if r.random() < 0.4 else [])
        ev = brand_ev(r, uid=f"{r.uuid4()}@{sdom}", summ=summ.format(**f), desc="\n".join(f"{k}: {v}" for k, v in rws) + (f"\n{c[1]}" if c else ""), start=s, end=s + dt.timedelta(minutes=dur),
                      tz=tz, loc=loc, org=(brand, faddr) if r.random() < 0.5 else None, att=me if r.random() < 0.4 else None, alarms=alarms)
        method = "REQUEST" if ev.organizer and ev.attendees else "PUBLISH"
        pid = {"Salonized": "icalendar-ruby", "Calendly": "-//Calendly//Calendly Event//EN", "Microsoft Bookings": "Microsoft Exchange Server 2010"}.get(brand, f"-//{brand}//Termine//{lang.upper()}")
        rk = {"Salonized": "mailgun", "Calendly": "sendgrid", "Microsoft Bookings": "exo", "Doctolib": "esp", "GOV.UK": "ses", "Eversports": "sendgrid"}.get(brand, r.choice(["esp", "esp", "sendgrid", "ses", "postfix"]))
        if rk == "exo":
            ev2 = Ev(summary=summ.format(**f), description="\n".join(f"{k}: {v}" for k, v in rws), start=s, end=s + dt.timedelta(minutes=dur), tz=tz, location=loc)
            b = exchange_mail(r, arr=arr, org=(brand.replace("Microsoft Bookings", "Contoso IT Help Desk"), faddr), rcpts=[me], ev=ev2, lang="en", body_text=brand_text(summ, rws, c), route_kind="exo")
        else:
            b = send_brand(r, arr, brand=brand, frm=(brand, faddr), to=me, subject=subj.format(**f), ev=ev, method=method, heading=summ.format(**f), rows=rws, cta=c,
                           footer=f"{brand}", color=color, prodid=pid, layout=r.choice(["mixed_alt_attach", "mixed_alt_octet", "mixed_alt_cal_ics"]), route_kind=rk,
                           sign_domain=sdom, filename=r.choice(["termin.ics", "appointment.ics", "rendez-vous.ics", "event.ics"]) if lang != "en" else "appointment.ics",
                           ics_style="ruby" if brand == "Salonized" else "generic")
        out.append((b, f"{brand} appointment/delivery notification ({lang}) from its own domain {sdom}, dkim/dmarc pass"))
    return out


# ----------------------------------------------------------------------------------------------- personal
def personal(r):
    out = []
    P = [
        ("google", "gmail.com", "de", "Grillabend bei uns 🍖🔥", "Wir werfen den Grill an! Bringt gerne Salat oder Getränke mit 🥗🍻", "Gartenstraße 4", 18),
        ("icloud", "icloud.com", "en", "Grandma's 80th birthday 🎂", "Surprise party – please don't tell her!! 🤫", "Riverside Restaurant", 13),
        ("outlookcom", "outlook.com", "en", "Game night 🎲", "Catan + pizza. Bring snacks!", "Our place", 19),
        ("thunderbird_gmx", "gmx.de", "de", "Kindergeburtstag Lena 🎈", "Lena wird 6! Abholung um 17:30 Uhr. Bitte Bescheid geben wegen Allergien.", "Indoorspielplatz Kletterwald", 14),
        ("thunderbird_webde", "web.de", "de", "Umzug – wer kann helfen? 📦", "Wir ziehen um! Jede helfende Hand ist willkommen, für Pizza und Getränke ist gesorgt.", "Lindenallee 23", 9),
        ("yahoo", "yahoo.com", "en", "Thanksgiving dinner 🦃", "Dinner at 4, come anytime after 2. We've got the turkey covered!", "Mom & Dad's", 16),
        ("proton", "proton.me", "en", "Hiking weekend ⛰️", "Meet at the trailhead parking. Bring layers, it gets cold at the top.", "Trailhead parking lot", 8),
        ("orange", "orange.fr", "fr", "Anniversaire de Papa 🎉", "On fête les 60 ans de Papa ! Chacun apporte un plat 😊", "Chez Mamie", 12),
        ("libero", "libero.it", "it", "Cena da noi sabato 🍝", "Facciamo la pasta fatta in casa! Portate il vino 🍷", "Via Roma 15", 20),
        ("google", "gmail.com", "es", "Cumpleaños de Lucía 🎈", "¡Lucía cumple 7! Merienda y piñata en el parque.", "Parque del Retiro", 17),
        ("google", "gmail.com", "ja", "お花見 🌸", "みんなでお花見しましょう！飲み物は各自持参でお願いします。", "上野公園", 11),
        ("google", "gmail.com", "pl", "Imieniny Basi 💐", "Zapraszamy na kawę i ciasto!", "u Basi", 16),
        ("google", "gmail.com", "en", "Bayram yemeği / Eid dinner 🌙", "Herkesi bekliyoruz! Everyone welcome 😊", "Teyzemin evi", 19),
        ("icloud", "icloud.com", "nl", "Verjaardag Sanne 🎉", "Gezellig taart eten, iedereen welkom!", "Bij ons thuis", 15),
        ("outlookcom", "hotmail.com", "en", "Book club: The Night Circus 📚", "Finished it? Let's discuss over wine 🍷", "Café Luna", 19),
        ("samsung", "gmail.com", "en", "Football at the pub ⚽", "Derby day! Table booked for 6.", "The Crown", 17),
        ("google_reply", "gmail.com", "en", "BBQ at Sam's", "", "", 18),
        ("google_save", "gmail.com", "en", "Save the date: Anna & Ben's wedding 💍", "Formal invitation to follow. We can't wait to celebrate with you!", "Villa Rosa, Tuscany", 15),
        ("icloud_multi", "icloud.com", "en", "Ski trip ⛷️", "Chalet booked! Split cost ~€320 pp.", "Chalet Edelweiss, Ischgl", 0),
    ]
    for ch, dom, lang, summ, desc, loc, hour in P:
        arr = arrival_between(r, (2016, 1, 1), (2026, 10, 31))
        me = rcpt(r)
        org = person(r, dom)
        tz = {"de": "Europe/Berlin", "fr": "Europe/Paris", "it": "Europe/Rome", "es": "Europe/Madrid", "ja": "Asia/Tokyo", "pl": "Europe/Warsaw", "nl": "Europe/Amsterdam"}.get(lang, r.choice(["America/New_York", "Europe/London", "America/Chicago"]))
        ev = mev(r, arr, tz, summ, desc or None, days=r.randint(2, 30), hour=hour or 9, minute=0, dur=r.choice([120, 180, 240]), loc=loc or None, weekend=True)
        if ch == "google_save":
            l = to_local(tz, ev.start) + dt.timedelta(days=r.randint(300, 400))
            ev.start, ev.end, ev.all_day = dt.datetime(l.year, l.month, l.day), dt.datetime(l.year, l.month, l.day) + dt.timedelta(days=1), True
        if ch == "icloud_multi":
            l = to_local(tz, ev.start) + dt.timedelta(days=40)
            ev.start, ev.end, ev.all_day = dt.datetime(l.year, l.month, l.day), dt.datetime(l.year, l.month, l.day) + dt.timedelta(days=5), True
        if ch.startswith("google"):
            if ch == "google_reply":
                friend = person(r, "gmail.com")
                b = google_mail(r, arr=arr, org=person(r, "example.net"), rcpt=person(r, "example.net"), ev=ev, lang="en", kind="reply", auth="gmail", responder=friend, partstat="ACCEPTED")
                # rcpt of reply must be the organizer: google_mail sends to `rcpt` for replies via org
            else:
                b = google_mail(r, arr=arr, org=org, rcpt=me, ev=ev, lang=lang if lang in ("en", "de", "fr", "es", "nl", "it", "pt", "pl", "ja") else "en", auth="gmail", meet=False,
                                guests=[org, me] + [person(r, r.choice(["gmail.com", "example.net", "example.org"])) for _ in range(r.randint(1, 6))])
            out.append((b, f"Google Calendar from a gmail.com friend ({lang}), emoji in title" + (", save-the-date about a year ahead (far future but legitimate)" if ch == "google_save" else "") + (" – reply ACCEPTED" if ch == "google_reply" else "")))
        elif ch.startswith("icloud"):
            b = icloud_mail(r, arr=arr, org=org, rcpt=me, ev=ev, lang=lang if lang in ("en", "de", "fr", "es", "nl") else "en")
            out.append((b, f"iCloud invitation from a friend ({lang})" + (", multi-day all-day trip" if ch == "icloud_multi" else "")))
        elif ch == "outlookcom":
            b = exchange_mail(r, arr=arr, org=org, rcpts=[me], ev=ev, lang="en", body_text=desc, route_kind="outlookcom", html=True)
            out.append((b, "Outlook.com personal invitation with emoji"))
        elif ch == "yahoo":
            ev.organizer, ev.attendees, ev.uid = org, [Att(me[1], role="REQ_PARTICIPANT")], r.uuid4()
            ics = vcal([ev], "REQUEST", "generic", prodid="//Yahoo//Calendar//EN", stamp=arr, tail_tz=True)
            b = generic_mail(r, arr=arr, frm=org, to=me, subject=f"Invitation: {summ}", ics=ics, layout="alt_cal", text=f"{org[0]} invited you to {summ}\n\n{desc}",
                             html=f"<div>{esc_html(org[0])} invited you to <b>{esc_html(summ)}</b></div><div>{esc_html(desc)}</div>", route_kind="yahoo", route_kw=dict(env_from=org[1]), bstyle="javamail")
            out.append((b, "Yahoo Calendar family invitation (Yahoo ROLE=REQ_PARTICIPANT quirk)"))
        elif ch.startswith("thunderbird"):
            b = thunderbird_mail(r, arr=arr, org=org, rcpts=[me], ev=ev, lang=lang, route_kind="freemail")
            out.append((b, f"Thunderbird invitation from a {dom} freemail account ({lang})"))
        elif ch == "samsung":
            ev.organizer, ev.attendees, ev.uid = org, [Att(me[1])], r.uuid4()
            ics = vcal([ev], "REQUEST", "generic", prodid="-//Samsung Electronics//Calendar//EN" if r.random() < 0.5 else "-//Android//Calendar//EN", stamp=arr)
            b = generic_mail(r, arr=arr, frm=org, to=me, subject=summ, ics=ics, layout="mixed_alt_attach", text=f"{desc}\n\nSent from my Galaxy", html=f'<div dir="auto">{esc_html(desc)}</div><div dir="auto">Sent from my Galaxy</div>',
                             attach_ct='text/x-vCalendar; name="event.vcs.ics"', filename="event.ics", route_kind="postfix",
                             route_kw=dict(host=f"mail-{r.letters(3)}1-f{r.randint(40, 240)}.google.com", sign=[("gmail.com", "20230601")]), text_cte="base64", html_cte="base64")
            out.append((b, "Samsung Calendar share from Android mail app (text/x-vCalendar)"))
        else:  # proton / orange / libero (web calendar of the provider)
            ev.organizer, ev.attendees, ev.uid = org, [Att(org[1], cn=org[0], partstat="ACCEPTED", rsvp=False), Att(me[1], cn=me[0] or None)], r.uuid4()
            pid = {"proton": "-//Proton AG//WebCalendar 5.0.52.6//EN", "orange": "-//Orange//Agenda//FR", "libero": "-//Italiaonline//Libero Calendario//IT"}[ch]
            ics = vcal([ev], "REQUEST", "generic", prodid=pid, stamp=arr)
            intro = {"proton": f"You have been invited to {summ}", "orange": f"{org[0]} vous invite à {summ}", "libero": f"{org[0]} ti ha invitato a {summ}"}[ch]
            b = generic_mail(r, arr=arr, frm=org, to=me, subject=intro, ics=ics, layout="mixed_alt_cal_ics" if ch != "proton" else "mixed_plain_attach", text=f"{intro}\n\n{desc}",
                             html=f"<p>{esc_html(intro)}</p><p>{esc_html(desc)}</p>", route_kind="freemail", filename="invite.ics")
            out.append((b, f"{dom} web calendar invitation between friends ({lang})"))
    return out
