"""Legitimate calendar mail, including look-alikes of spam.  All organisations, people and codes are invented."""
import datetime as dt

from .util import pick, rstr
from .people import person, colleagues, free_person
from .model import Event

ALL = ["google", "exchange", "outlook-desktop", "icloud", "apple-mail", "thunderbird", "nextcloud", "zimbra", "yahoo",
       "sogo", "booking", "handrolled", "evolution", "emclient", "proton", "zoom"]
BOOKISH = ["booking", "handrolled"]


def svc(name, domain, esp=None, prodid=None, preset=None, infra=None, host=None):
    def f(c, V):
        d = {"name": name, "domain": domain}
        if esp:
            d["esp"] = esp
        if prodid:
            d["prodid"] = prodid
        if preset:
            d["preset"] = preset
        if infra:
            d["infra"] = infra
        if host:
            d["host"] = host
        return d
    return f


def as_reply(partstat, comment=None):
    def f(c, ev, V):
        m = c.m
        ev.organizer = dict(m.rcpt)
        ev.attendees = []
        ev.add_att(m.sender, partstat=partstat, rsvp=False)
        ev.comment = comment.format(**V) if comment else None
        ev.description = ev.comment or ""
        m.method = "REPLY"
    return f


def as_cancel(note=None):
    def f(c, ev, V):
        m = c.m
        m.method = "CANCEL"
        ev.sequence = 1 + c.rng.randint(0, 2)
        ev.status = "CANCELLED"
        if note:
            ev.description = note.format(**V)
    return f


def internal(c, V):
    """sender is a colleague at the recipient's organisation"""
    return {}


def pcode(c, n=6):
    return c.code(n, "ABCDEFGHJKLMNPQRSTUVWXYZ")


def rows_travel(c, V):
    return [("Booking reference", V["pnr"]), ("Passenger", V["rname"]), ("Total paid", V["total"])]


# =====================================================================================================================
TRAVEL = dict(name="travel-booking", title="Airline and rail bookings", clients=BOOKISH + ["exchange",
                                                                                            "outlook-desktop", "google",
                                                                                            "zimbra"], items=[
    dict(lang="en", desc="Airline e-ticket itinerary with booking code, fare and phone number", accts=["service"],
         clients=BOOKISH, service=svc("Nordvik Air", "nordvikair.com", "sparkpost", "-//Nordvik Air//Itinerary 3.2//EN"),
         dom={"service": "nordvikair.com"}, local={"service": "noreply"}, sname="Nordvik Air", method="PUBLISH",
         vars=lambda c, V: (lambda p: {"pnr": p, "flt": "NV%d" % c.rng.randint(100, 999),
                                       "total": c.fmt_amount(c.rng.randint(180, 920), "USD"),
                                       "url": "https://www.nordvikair.com/manage?pnr=%s" % p})(pcode(c)),
         summary="Flight {flt} Boston (BOS) → Reykjavik (KEF)",
         body="Booking reference: {pnr}\nPassenger: {rname}\nFlight {flt}, seat 14C, economy light\nCheck-in opens 24 "
              "hours before departure.\nTotal paid: {total}\nManage your booking: {url}\nQuestions? Call +1 (888) "
              "555-0143", loc="Boston Logan International Airport, Terminal E", url="{url}",
         brand=dict(logo="NORDVIK AIR", title="Your trip is confirmed", paras=[
             "Thank you for flying with us. Your e-ticket receipt and itinerary are below.",
             "Check-in opens 24 hours before departure. Please have your passport ready."],
                    rows=[("Booking reference", "{pnr}"), ("Flight", "{flt}"), ("Passenger", "{rname}"),
                          ("Total paid", "{total}")], button="Manage booking", url="{url}", color="#0b3d6b",
                    footer="Nordvik Air hf. · This is an automated message, please do not reply."),
         when=dict(days=(10, 60), hour=(6, 21), dur=330, weekday_only=False, tz="America/New_York")),
    dict(lang="en", desc="Low-cost carrier booking confirmation with upsell offers and a fee table",
         accts=["service"], clients=BOOKISH, service=svc("SkyLark Airways", "skylarkairways.com", "amazonses"),
         dom={"service": "skylarkairways.com"}, local={"service": "bookings"}, sname="SkyLark Airways",
         method="PUBLISH", tz="Europe/London",
         vars=lambda c, V: {"pnr": pcode(c), "total": c.fmt_amount(c.rng.randint(40, 220), "GBP")},
         summary="SkyLark SK{num3} London Gatwick - Malaga",
         pre=lambda c, V: {"num3": c.rng.randint(1000, 8999)},
         body="Confirmation {pnr}. Total paid {total} incl. £2.50 card fee.\nSPECIAL OFFER: add a 10kg cabin bag now "
              "for £14.99 (save 30%) or Priority Boarding for £6.\nOnline check-in is FREE from 48h before departure.",
         loc="London Gatwick Airport (LGW) North Terminal", when=dict(days=(14, 90), hour=(5, 20), dur=170,
                                                                     weekday_only=False),
         brand=dict(logo="SkyLark", title="Booking confirmed: {pnr}", paras=[
             "Your flight is booked. Remember: online check-in is free and opens 48 hours before departure.",
             "SPECIAL OFFER: add a 10kg cabin bag for £14.99 or Priority Boarding for £6."],
                    rows=[("Total paid", "{total}")], button="Add bags", url="https://www.skylarkairways.com/mb/{pnr}",
                    color="#f4b400")),
    dict(lang="en", desc="Travel-management agent sends flight block as an Outlook invite", accts=["corp"],
         clients=["exchange", "outlook-desktop", "google"], dom={"corp": ["corporatetravel-partners.com",
                                                                         "atlas-tmc.com"]},
         vars=lambda c, V: {"pnr": pcode(c)},
         summary="Flight: UA 917 IAD-LHR (locator {pnr})",
         body="Hi {first},\n\nAs requested, your flights are ticketed. Record locator {pnr}, e-ticket 016{num}.\nThe "
              "fare is non-refundable; changes are possible for a fee. If anything changes, call our 24/7 line at "
              "+1 (800) 555-0164 and quote your locator.\n\nSafe travels,\n{sname}\nAtlas Travel Management",
         loc="Washington Dulles (IAD) → London Heathrow (LHR)", when=dict(days=(7, 30), hour=(17, 22), dur=435)),
    dict(lang="en", desc="Rail e-ticket with seat reservation and QR code reference", accts=["service"],
         clients=BOOKISH, service=svc("RailConnect", "railconnect.eu", "postmark"), dom={"service": "railconnect.eu"},
         local={"service": "tickets"}, sname="RailConnect", method="PUBLISH",
         vars=lambda c, V: {"tkt": c.code(8), "total": c.fmt_amount(c.rng.randint(39, 189), "EUR")},
         ct_method="REQUEST", summary="Train: Brussels-Midi → Amsterdam Centraal",
         body="Ticket {tkt} · Coach 4, seat 61 (window)\nTotal {total}\nShow the QR code on your phone or print the "
              "PDF. Tickets are personal and valid only on the booked train.", loc="Bruxelles-Midi / Brussel-Zuid",
         tz="Europe/Brussels", when=dict(days=(3, 40), hour=(6, 20), dur=110, weekday_only=False),
         brand=dict(logo="RailConnect", title="Your e-ticket", paras=["Have a good trip!"],
                    rows=[("Ticket", "{tkt}"), ("Seat", "Coach 4, seat 61"), ("Total", "{total}")], color="#7a1fa2")),
    dict(lang="en", desc="Airline schedule-change notice with new times (updated PUBLISH)", accts=["service"],
         clients=BOOKISH, service=svc("Pacifica Airlines", "pacifica-air.com", "sendgrid"),
         dom={"service": "pacifica-air.com"}, local={"service": "no-reply"}, sname="Pacifica Airlines",
         method="PUBLISH", vars=lambda c, V: {"pnr": pcode(c)},
         summary="Schedule change: PF{n3} Los Angeles - Honolulu",
         pre=lambda c, V: {"n3": c.rng.randint(100, 899)},
         body="Your flight time has changed by 45 minutes. Booking {pnr}. No action is needed if the new time works "
              "for you. To change at no cost, visit pacifica-air.com/manage or call 1-800-555-0178.",
         fill=lambda c, ev, V: setattr(ev, "sequence", 2), tz="America/Los_Angeles",
         when=dict(days=(20, 80), hour=(7, 20), dur=345, weekday_only=False)),
    dict(lang="en", desc="Airport shuttle booking from a small operator's PHP script (no DKIM)", accts=["service",
                                                                                                        "corp"],
         clients=["handrolled"], infra="hosted-php", dkim=False, dom={"service": "bayshore-shuttle.com", "corp": "bayshore-shuttle.com"},
         local={"*": "bookings"}, sname="Bayshore Airport Shuttle", preset="handcal",
         vars=lambda c, V: {"ref": "BS-%s" % c.digits(5)},
         quirks=["tab-fold", "fold-bytes"], summary="Airport shuttle pickup - ref {ref}",
         body="Pickup confirmed. Ref {ref}. Driver will call you 15 min before pickup. Fare $42.00 paid by card. "
              "Dispatch: (415) 555-0119", loc="Hotel lobby", when=dict(days=(2, 20), hour=(4, 9), dur=60,
                                                                        weekday_only=False)),
    dict(lang="de", desc="German rail ticket with seat reservation", accts=["service"], clients=BOOKISH,
         service=svc("Fernbahn Reisen", "fernbahn-reisen.de", "mailgun"), dom={"service": "fernbahn-reisen.de"},
         local={"service": "buchung"}, sname="Fernbahn Reisen", method="PUBLISH",
         charset=["iso-8859-15", "utf-8"], vars=lambda c, V: {"auftrag": c.code(6, "0123456789ABCDEF"),
                                                               "total": c.fmt_amount(c.rng.randint(29, 149), "EUR")},
         summary="ICE 597 Hamburg Hbf → München Hbf",
         body="Auftragsnummer: {auftrag}\nReservierung: Wagen 7, Platz 45 (Fenster)\nPreis: {total}\n"
              "Bitte führen Sie bei der Fahrt einen amtlichen Lichtbildausweis mit.\nGute Reise!",
         loc="Hamburg Hbf, Gleis 13", when=dict(days=(3, 45), hour=(6, 19), dur=345, weekday_only=False),
         brand=dict(logo="Fernbahn Reisen", title="Ihre Fahrkarte", paras=["Vielen Dank für Ihre Buchung."],
                    rows=[("Auftragsnummer", "{auftrag}"), ("Preis", "{total}")], color="#c3002f")),
    dict(lang="fr", desc="French high-speed rail e-ticket", accts=["service"], clients=BOOKISH,
         service=svc("Rail Grande Vitesse", "rgv-voyages.fr", "brevo"), dom={"service": "rgv-voyages.fr"},
         local={"service": "confirmation"}, sname="RGV Voyages", method="PUBLISH", charset=["iso-8859-15", "utf-8"],
         vars=lambda c, V: {"ref": pcode(c)},
         summary="Paris Gare de Lyon → Lyon Part-Dieu – voiture 12, place 84",
         body="Référence de dossier : {ref}\nPassager : {rname}\nPrix : 49,00 €\nPrésentez votre e-billet "
              "(QR code) au contrôleur. Service client : 01 99 00 12 34", loc="Paris Gare de Lyon",
         when=dict(days=(3, 40), hour=(6, 20), dur=120, weekday_only=False)),
    dict(lang="ja", desc="Japanese domestic flight reservation", accts=["service"], clients=BOOKISH,
         service=svc("さくら航空", "sakura-airlines.jp", "sendgrid"), dom={"service": "sakura-airlines.jp"},
         local={"service": "reserve"}, sname="さくら航空", method="REQUEST", charset=["iso-2022-jp", "utf-8"],
         vars=lambda c, V: {"ref": c.digits(8)},
         summary="SK123便 東京(羽田) → 札幌(新千歳)",
         body="ご予約ありがとうございます。\n予約番号：{ref}\n座席：23A\n運賃：18,900円（支払済）\n出発の20分前までに"
              "保安検査場をお通りください。", loc="羽田空港 第1ターミナル",
         when=dict(days=(5, 60), hour=(7, 19), dur=95, weekday_only=False)),
    dict(lang="zh", desc="Chinese train ticket purchase notice", accts=["service"], clients=BOOKISH,
         service=svc("铁路出行", "tielu-chuxing.cn", None, infra="hosted-php"), dom={"service": "tielu-chuxing.cn"},
         local={"service": "service"}, sname="铁路出行", method="PUBLISH", charset=["gb2312", "utf-8"],
         vars=lambda c, V: {"ref": "E" + c.digits(9)},
         quirks=["no-dtstamp", "7bit-8bit"], summary="G7 北京南 → 上海虹桥 二等座",
         body="您好，您已成功购票。\n订单号：{ref}\n车次：G7，05车12F号\n票价：553.0元\n请携带购票时使用的有效身份证件"
              "乘车。", loc="北京南站", when=dict(days=(3, 30), hour=(7, 18), dur=280, weekday_only=False)),
    dict(lang="ko", desc="Korean express-train reservation", accts=["service"], clients=BOOKISH,
         service=svc("코레일톡", "rail-korea-ticket.kr", "amazonses"), dom={"service": "rail-korea-ticket.kr"},
         local={"service": "noreply"}, sname="레일코리아", method="PUBLISH", charset=["euc-kr", "utf-8"],
         vars=lambda c, V: {"ref": c.digits(10)},
         quirks=["lf-ics"], summary="KTX 101 서울 → 부산 (8호차 12A)",
         body="승차권 예매가 완료되었습니다.\n예매번호: {ref}\n운임: 59,800원\n출발 20분 전까지 승강장으로 이동해 주세요.",
         loc="서울역", when=dict(days=(2, 30), hour=(6, 20), dur=165, weekday_only=False)),
    dict(lang="it", desc="Italian high-speed train booking", accts=["service"], clients=BOOKISH,
         service=svc("Ferrovie Rapide", "ferrovierapide.it", "sparkpost"), dom={"service": "ferrovierapide.it"},
         local={"service": "biglietti"}, sname="Ferrovie Rapide", method="PUBLISH", charset=["iso-8859-1", "utf-8"],
         vars=lambda c, V: {"pnr": pcode(c)},
         summary="Frecciarossa Roma Termini → Milano Centrale",
         body="Codice biglietto (PNR): {pnr}\nCarrozza 6, posto 9B\nImporto: 59,90 €\nBuon viaggio!",
         loc="Roma Termini", when=dict(days=(3, 40), hour=(6, 20), dur=190, weekday_only=False)),
    dict(lang="es", desc="Spanish airline boarding reminder with check-in link", accts=["service"], clients=BOOKISH,
         service=svc("Solaris Air", "solarisair.es", "amazonses"), dom={"service": "solarisair.es"},
         local={"service": "reservas"}, sname="Solaris Air", method="PUBLISH", charset=["iso-8859-1", "utf-8"],
         vars=lambda c, V: {"pnr": pcode(c)},
         summary="Vuelo SL{num3} Madrid → Tenerife Norte",
         pre=lambda c, V: {"num3": c.rng.randint(1000, 8999)},
         body="Localizador: {pnr}\nYa puede hacer el check-in online GRATIS. Facturar una maleta en el aeropuerto "
              "cuesta 35 €.\nAtención al cliente: +34 91 555 0182", url="https://www.solarisair.es/checkin?loc={pnr}",
         loc="Aeropuerto Adolfo Suárez Madrid-Barajas T4", when=dict(days=(2, 30), hour=(6, 21), dur=160,
                                                                     weekday_only=False)),
])

# =====================================================================================================================
HOTEL = dict(name="hotel-restaurant", title="Hotel, restaurant and leisure reservations",
             clients=BOOKISH + ["google", "exchange", "yahoo", "outlook-desktop", "zimbra"], items=[
    dict(lang="en", desc="Hotel reservation confirmation with confirmation number and cancellation policy",
         accts=["service"], clients=BOOKISH, service=svc("Harborline Hotels", "harborlinehotels.com", "sendgrid"),
         dom={"service": "harborlinehotels.com"}, local={"service": "reservations"}, sname="Harborline Hotels",
         method="PUBLISH", vars=lambda c, V: {"conf": c.digits(9)},
         quirks=["no-fold"], summary="Harborline Seattle Waterfront - confirmation {conf}",
         body="Confirmation number: {conf}\nCheck-in: 4:00 PM · Check-out: 11:00 AM\nDeluxe King, 2 nights, "
              "$289.00/night + tax\nFree cancellation until 48 hours before arrival.\nHotel phone: (206) 555-0131",
         loc="2201 Alaskan Way, Seattle, WA 98121", when=dict(days=(5, 60), hour=(16, 16), dur=2 * 1440 - 300,
                                                              weekday_only=False)),
    dict(lang="en", desc="Restaurant table reservation via a booking platform", accts=["service"], clients=BOOKISH,
         service=svc("TableNow", "tablenow.io", "postmark", "-//TableNow//Reservations//EN"),
         dom={"service": "tablenow.io"}, local={"service": "reservations"}, sname="TableNow",
         method="REQUEST", vars=lambda c, V: {"ref": c.code(7)},
         summary="Dinner for 4 at Olive & Ember",
         body="Your reservation is confirmed. Ref {ref}.\nPlease let the restaurant know about allergies. If you can't "
              "make it, cancel at least 24h ahead to avoid a $25 per person no-show fee.\nRestaurant: (312) 555-0188",
         loc="Olive & Ember, 455 N Wells St, Chicago", when=dict(days=(1, 14), hour=(18, 20), dur=120,
                                                                weekday_only=False)),
    dict(lang="en", desc="Spa day booking with a 'free upgrade' offer", accts=["service", "corp"],
         clients=BOOKISH + ["outlook-desktop"], service=svc("Wildwood Spa", "wildwoodspa.co.uk", None,
                                                            infra="hosted-php"),
         dom={"*": "wildwoodspa.co.uk"}, local={"*": "bookings"}, sname="Wildwood Spa", tz="Europe/London",
         summary="Spa day for two - booking WS{num4}", pre=lambda c, V: {"num4": c.rng.randint(1000, 9999)},
         body="Thank you for booking! Your spa day includes a 50-minute massage, lunch and full use of the thermal "
              "suite. As a thank-you you get a FREE upgrade to the rooftop pool. Deposit paid: £40.\n"
              "Call us on 020 7946 0321 with any questions.", method="PUBLISH",
         loc="Wildwood Spa, 12 Mill Lane, Guildford", when=dict(days=(7, 45), hour=(9, 11), dur=360,
                                                                weekday_only=False)),
    dict(lang="en", desc="Private dining booking sent from the restaurant's Google Calendar", accts=["corp", "free"],
         clients=["google", "exchange", "yahoo"], dom={"corp": "thecopperfig.com"}, sname="The Copper Fig Events",
         summary="Private dining - {rname} party of 12",
         body="Hi {first},\n\nThanks for choosing The Copper Fig! This invite holds the private room for your party "
              "of 12. Set menu at $85 pp, deposit of $300 due by {date} - pay by card over the phone at (503) "
              "555-0156.\n\nSee you soon,\nEvents team", loc="The Copper Fig, 1120 SE Division St, Portland",
         when=dict(days=(10, 40), hour=(18, 19), dur=180, weekday_only=False)),
    dict(lang="en", desc="Tour booking voucher with meeting point and operator hotline", accts=["service", "corp"],
         clients=BOOKISH + ["google", "outlook-desktop"], service=svc("Trailmark Tours", "trailmarktours.com", "brevo"),
         dom={"*": "trailmarktours.com"}, local={"service": "noreply"}, sname="Trailmark Tours",
         method="PUBLISH", summary="Grand Canyon South Rim day tour - voucher TT{n6}",
         pre=lambda c, V: {"n6": c.digits(6)},
         body="Meeting point: hotel lobby, 6:45 AM. Bring water and sun protection. Voucher TT{n6}. Operator "
              "hotline +1 (702) 555-0147.", loc="Pickup: Las Vegas Strip hotels", tz="America/Los_Angeles",
         when=dict(days=(5, 40), hour=(6, 7), dur=720, weekday_only=False)),
    dict(lang="es", desc="Spanish hotel booking confirmation", accts=["service", "corp"],
         clients=BOOKISH + ["outlook-desktop", "zimbra", "exchange"],
         service=svc("Hoteles Costa Brava", "hotelescostabrava.es", "mailgun"),
         dom={"*": "hotelescostabrava.es"}, local={"*": "reservas"}, sname="Hotel Mar Blau",
         method="PUBLISH", charset=["iso-8859-1", "utf-8"], vars=lambda c, V: {"loc_": c.digits(7)},
         summary="Reserva confirmada – Hotel Mar Blau (nº {loc_})",
         body="Estimado/a {rname}:\nLe confirmamos su reserva de habitación doble con desayuno, 3 noches.\nImporte "
              "total: 412,50 €. Pago en el hotel.\nCancelación gratuita hasta 72 h antes.\nTel. +34 972 555 014",
         loc="Passeig del Mar 23, Tossa de Mar", when=dict(days=(10, 90), hour=(15, 15), dur=3 * 1440 - 240,
                                                           weekday_only=False)),
    dict(lang="pt", desc="Portuguese restaurant reservation", accts=["service", "corp"], clients=BOOKISH + ["google"],
         service=svc("Mesa Já", "mesaja.pt", "sendgrid"), dom={"service": "mesaja.pt", "corp": "tasca-do-rio.pt"},
         local={"service": "reservas"}, sname="Mesa Já", method="PUBLISH", charset=["iso-8859-1", "utf-8"],
         summary="Reserva: Tasca do Rio, 2 pessoas",
         body="A sua reserva está confirmada.\nTasca do Rio – Rua dos Remolares 14, Lisboa\nEm caso de atraso "
              "superior a 15 minutos, contacte o restaurante: +351 21 555 0190", loc="Tasca do Rio, Lisboa",
         when=dict(days=(1, 10), hour=(19, 21), dur=120, weekday_only=False)),
    dict(lang="th", desc="Thai resort booking with transfer details", accts=["service", "corp"],
         clients=BOOKISH + ["google", "outlook-desktop"], service=svc("บ้านสวนรีสอร์ท", "baansuan-resort-booking.com",
                                                                      "amazonses"),
         dom={"*": "baansuan-resort-booking.com"}, local={"*": "booking"}, sname="บ้านสวนรีสอร์ท",
         method="PUBLISH", charset=["tis-620", "utf-8"], vars=lambda c, V: {"ref": c.digits(6)},
         summary="ยืนยันการจองห้องพัก หมายเลข {ref}",
         body="เรียนคุณ{first}\nขอบคุณที่จองห้องพักกับเรา ห้องดีลักซ์วิวสวน 2 คืน ราคารวม 4,800 บาท\n"
              "บริการรถรับส่งจากสนามบินฟรี กรุณาแจ้งเวลาเที่ยวบินล่วงหน้า โทร 02 555 0147",
         loc="บ้านสวนรีสอร์ท เชียงใหม่", when=dict(days=(10, 60), hour=(14, 14), dur=2 * 1440 - 120,
                                                   weekday_only=False)),
    dict(lang="el", desc="Greek island hotel confirmation sent from the owner's mailbox", accts=["corp", "free"],
         clients=["outlook-desktop", "thunderbird", "handrolled", "yahoo", "google", "zimbra"],
         dom={"corp": "villa-kalimera-naxos.gr"}, charset=["iso-8859-7", "utf-8"],
         summary="Επιβεβαίωση κράτησης – Villa Kalimera",
         body="Αγαπητέ/ή {rname},\nΣας ευχαριστούμε για την κράτηση. Δίκλινο με θέα θάλασσα, 4 νύχτες, σύνολο 520 €. "
              "Η προκαταβολή 150 € λήφθηκε.\nΤηλ. +30 22850 55512", loc="Villa Kalimera, Νάξος",
         when=dict(days=(20, 120), hour=(14, 14), dur=4 * 1440 - 180, weekday_only=False)),
    dict(lang="tr", desc="Turkish hotel reservation with prepayment info", accts=["service", "corp"],
         clients=BOOKISH + ["outlook-desktop", "thunderbird", "yahoo"],
         service=svc("Kapadokya Taş Otel", "kapadokyatasotel.com.tr", None, infra="hosted-php"),
         dom={"*": "kapadokyatasotel.com.tr"}, local={"*": "rezervasyon"}, sname="Kapadokya Taş Otel",
         method="PUBLISH", charset=["iso-8859-9", "utf-8"], vars=lambda c, V: {"ref": c.digits(6)},
         quirks=["fold-chars"], summary="Rezervasyon onayı – {ref}",
         body="Sayın {rname},\nMağara oda, 2 gece, kahvaltı dahil. Toplam: 7.400 TL (ön ödeme alındı).\n"
              "Balon turu rezervasyonu için resepsiyonu arayın: +90 384 555 0123", loc="Göreme, Nevşehir",
         when=dict(days=(10, 60), hour=(14, 14), dur=2 * 1440 - 180, weekday_only=False)),
    dict(lang="ar", desc="Arabic hotel booking confirmation in Dubai", accts=["service"], clients=BOOKISH,
         service=svc("فنادق الواحة", "oasis-hotels-dubai.ae", "sendgrid"), dom={"service": "oasis-hotels-dubai.ae"},
         local={"service": "reservations"}, sname="فندق الواحة", method="PUBLISH", charset=["windows-1256", "utf-8"],
         vars=lambda c, V: {"ref": c.digits(8)},
         summary="تأكيد الحجز رقم {ref}",
         body="عزيزي {rname}،\nتم تأكيد حجزك: غرفة ديلوكس، 3 ليالٍ، الإجمالي 2,850 درهم.\nتسجيل الوصول بعد الساعة 3 "
              "عصراً. للاستفسار: +971 4 555 0199", loc="فندق الواحة، دبي مارينا",
         when=dict(days=(7, 60), hour=(15, 15), dur=3 * 1440 - 240, weekday_only=False)),
])

# =====================================================================================================================
MEDICAL = dict(name="medical-appointment", title="Doctor, dentist and clinic appointments",
               clients=BOOKISH + ["exchange", "google", "zimbra", "nextcloud", "outlook-desktop"], items=[
    dict(lang="en", desc="Dental check-up reminder from a practice scheduler with confirmation code",
         accts=["service", "corp"], clients=BOOKISH + ["exchange", "google"], service=svc("Bright Smile Dental", "brightsmile-dental.com", "sendgrid",
                                                         "-//Dentrix Ascend//Appointments//EN"),
         dom={"*": "brightsmile-dental.com"}, local={"*": "appointments"}, sname="Bright Smile Dental",
         method="PUBLISH", summary="Dental cleaning & exam with Dr. Hollis",
         body="Confirmation code: {code}\nPlease arrive 10 minutes early and bring your insurance card. To reschedule "
              "call (617) 555-0122. Cancellations within 24 hours may incur a $50 fee.",
         loc="Bright Smile Dental, 88 Harvard Ave, Allston MA", tz="America/New_York",
         when=dict(days=(3, 30), hour=(8, 16), dur=60)),
    dict(lang="en", desc="GP appointment booked online, from the clinic's web scheduler (no DKIM)",
         accts=["service"], clients=["handrolled"], dom={"service": "harborview-medicalcentre.co.uk"},
         local={"service": "noreply"}, sname="Harborview Medical Centre", tz="Europe/London", infra="hosted-php",
         dkim=False,
         service=svc("Harborview", "harborview-medicalcentre.co.uk", infra="hosted-php"),
         quirks=["no-method"], summary="Appointment with Dr S. Patel", method="PUBLISH",
         body="Your appointment is booked. If you need to cancel, please reply to this email or call 020 7946 0877. "
              "Do not reply with medical questions.", loc="Harborview Medical Centre, Room 3",
         when=dict(days=(1, 14), hour=(8, 17), dur=10)),
    dict(lang="en", desc="Physiotherapy series booked by the clinic via Google Calendar", accts=["corp"],
         clients=["google", "exchange"], dom={"corp": "corestrength-physio.com"}, sname="CoreStrength Physio",
         summary="Physio session (knee rehab)", rrule="FREQ=WEEKLY;COUNT=6",
         body="Weekly rehab session. Wear shorts or loose clothing. 24h cancellation policy applies ($60).\n"
              "Questions: (720) 555-0109", loc="CoreStrength Physio, 1550 Platte St, Denver",
         tz="America/Denver", when=dict(days=(2, 10), hour=(7, 17), dur=45)),
    dict(lang="en", desc="Vaccination appointment from a pharmacy booking platform", accts=["service"],
         clients=BOOKISH, service=svc("CarePoint Pharmacy", "carepoint-pharmacy.com", "amazonses"),
         dom={"service": "carepoint-pharmacy.com"}, local={"service": "noreply"}, sname="CarePoint Pharmacy",
         method="PUBLISH", years=(2020, 2026), summary="Flu & COVID-19 vaccination appointment",
         body="Appointment ID {code}. Bring photo ID and your insurance card. The vaccine is FREE for most insured "
              "patients. Reschedule: carepoint-pharmacy.com/appt", loc="CarePoint Pharmacy #2214",
         url="https://www.carepoint-pharmacy.com/appt/{code}", when=dict(days=(1, 14), hour=(9, 18), dur=15)),
    dict(lang="en", desc="Hospital pre-op appointment sent by a nurse coordinator from Exchange", accts=["corp"],
         clients=["exchange", "outlook-desktop", "zimbra"], dom={"corp": ["stlukes-health.org", "mercyvale-hospital.org"]},
         summary="Pre-operative assessment",
         body="Dear {first},\n\nThis is your pre-operative assessment prior to your procedure. Please fast from "
              "midnight if you also have blood tests scheduled. Bring a list of your medications.\n\nIf you need to "
              "change the time please call the pre-op office on (216) 555-0170.\n\nKind regards,\n{sname}, RN",
         loc="Building B, Level 2, Pre-Admission Clinic", when=dict(days=(5, 30), hour=(8, 14), dur=90)),
    dict(lang="de", desc="German practice appointment from an online booking service", accts=["service"],
         clients=BOOKISH, service=svc("Praxisplaner", "praxisplaner.de", "mailgun"), dom={"service": "praxisplaner.de"},
         local={"service": "termine"}, sname="Praxisplaner", method="REQUEST", charset=["iso-8859-1", "utf-8"],
         summary="Termin: Dr. med. Weißenborn (Hausarzt)",
         body="Ihr Termin ist bestätigt. Bitte bringen Sie Ihre Versichertenkarte mit.\nAbsage bis 24 Stunden "
              "vorher kostenfrei über praxisplaner.de oder telefonisch unter 030 23125 456.",
         loc="Praxis am Lindenplatz, Lindenplatz 4, Berlin", when=dict(days=(2, 21), hour=(8, 17), dur=15)),
    dict(lang="nl", desc="Dutch GP appointment confirmation", accts=["service"], clients=BOOKISH,
         service=svc("MediSlot", "medislot.nl", "postmark"), dom={"service": "medislot.nl"},
         local={"service": "afspraken"}, sname="Huisartsenpraktijk De Linde", method="REQUEST",
         summary="Afspraak huisarts – dr. Visser",
         body="Uw afspraak is bevestigd. Verhinderd? Meld dit uiterlijk 24 uur van tevoren via 020 555 0134. "
              "Neem uw identiteitsbewijs mee.", loc="Huisartsenpraktijk De Linde, Amsterdam",
         when=dict(days=(1, 14), hour=(8, 16), dur=10)),
    dict(lang="pl", desc="Polish clinic visit confirmation", accts=["service", "corp"],
         clients=BOOKISH + ["exchange", "outlook-desktop", "thunderbird"],
         service=svc("DobryLekarz", "dobrylekarz.pl", "sendgrid"), dom={"service": "dobrylekarz.pl",
                                                                         "corp": "przychodnia-zdrowie.pl"},
         local={"*": "rejestracja"}, sname="Przychodnia Zdrowie", method="PUBLISH", charset=["iso-8859-2", "utf-8"],
         summary="Wizyta: lek. Magdalena Wójcik (internista)",
         body="Potwierdzamy wizytę. Prosimy o przybycie 10 minut wcześniej z dowodem osobistym.\nOdwołanie wizyty: "
              "+48 22 555 0171", loc="Przychodnia Zdrowie, ul. Marszałkowska 12, Warszawa",
         when=dict(days=(1, 21), hour=(8, 18), dur=20)),
    dict(lang="he", desc="Hebrew clinic appointment confirmation", accts=["service"], clients=BOOKISH,
         service=svc("מרפאות השרון", "sharon-clinics.co.il", "amazonses"), dom={"service": "sharon-clinics.co.il"},
         local={"service": "tor"}, sname="מרפאות השרון", method="PUBLISH", charset=["windows-1255", "utf-8"],
         summary="תור לרופא משפחה – ד\"ר לוי",
         body="שלום {first},\nנקבע עבורך תור. לביטול או שינוי יש להתקשר 03-5550142 עד 24 שעות לפני התור.",
         loc="מרפאת השרון, רחוב ויצמן 10, כפר סבא", when=dict(days=(1, 14), hour=(8, 18), dur=15)),
    dict(lang="fr", desc="French radiology appointment from a booking platform", accts=["service"], clients=BOOKISH,
         service=svc("RDV Santé", "rdv-sante.fr", "brevo"), dom={"service": "rdv-sante.fr"},
         local={"service": "ne-pas-repondre"}, sname="RDV Santé", method="REQUEST", charset=["iso-8859-15", "utf-8"],
         summary="Échographie – Centre d'imagerie Saint-Aubin",
         body="Votre rendez-vous est confirmé. Merci d'apporter votre carte Vitale et votre ordonnance.\nEn cas "
              "d'empêchement, annulez en ligne ou appelez le 01 99 00 45 67.",
         loc="Centre d'imagerie Saint-Aubin, 5 rue des Lilas", when=dict(days=(2, 30), hour=(8, 18), dur=30)),
])

# =====================================================================================================================
def big_internal(n):
    def f(c, ev, V):
        ev.attendees = []
        lst = colleagues(c.rng, c.lang, c.rdom, n)
        pos = c.rng.randint(0, n)
        lst.insert(pos, c.m.rcpt)
        for p in lst:
            ev.add_att(p, "OPT-PARTICIPANT" if c.rng.random() < 0.3 else "REQ-PARTICIPANT")
    return f


WEBINAR = dict(name="vendor-webinar-conference", title="Vendor webinars and conferences (large audiences, offers)",
               clients=ALL, items=[
    dict(lang="en", desc="SaaS vendor webinar registration via a real meeting service, 'free' and 'offer' wording",
         accts=["corp", "service"], clients=["zoom", "booking", "handrolled"], method="PUBLISH",
         dom={"*": "dataloom.io"}, sname="Dataloom Events", years=(2019, 2026),
         summary="Webinar: Cut your cloud bill by 30% - live demo",
         body="Thanks for registering! This FREE 45-minute session shows real customer examples. All attendees get "
              "an exclusive offer: 3 months free on the Pro plan. The recording will be sent to all registrants.",
         service=svc("Dataloom", "dataloom.io", "sendgrid", "-//ON24//Webcast//EN"),
         when=dict(days=(3, 21), hour=(9, 13), dur=45)),
    dict(lang="en", desc="Company all-hands Outlook invite with ~300 internal attendees", accts=["corp"],
         clients=["exchange", "outlook-desktop", "google"], dom={"corp": "{rdom}"}, sname="Office of the CEO",
         summary="Q{q} All-Hands: results, roadmap & Q&A", pre=lambda c, V: {"q": c.rng.randint(1, 4)},
         body="Hi all,\n\nPlease join us for the quarterly all-hands. We'll cover results, the product roadmap and open "
              "Q&A. The session will be recorded.\n\nFree lunch in the atrium afterwards!", online="teams",
         fill=big_internal(300), when=dict(days=(7, 21), hour=(15, 16), dur=60)),
    dict(lang="en", desc="Industry conference session invite from the organiser's event platform",
         accts=["service"], clients=BOOKISH, service=svc("DevSummit", "devsummit-events.com", "postmark",
                                                         "-//Cvent//Attendee Hub//EN"),
         dom={"service": "devsummit-events.com"}, local={"service": "attendee-services"}, sname="DevSummit 2025",
         method="PUBLISH", summary="Workshop: Observability at scale (Room 204)",
         body="Your seat in this workshop is reserved. Badge pick-up opens at 8:00 AM. Early-bird discount for next "
              "year: 40% off with code ALUMNI40 until Friday.", loc="Moscone West, Room 204, San Francisco",
         tz="America/Los_Angeles", when=dict(days=(14, 60), hour=(9, 15), dur=90)),
    dict(lang="en", desc="Partner webinar invitation from a vendor account manager with many external attendees",
         accts=["corp"], clients=["exchange", "google", "outlook-desktop"], dom={"corp": ["cloudvista.com",
                                                                                          "northstar-erp.com"]},
         summary="Customer webinar: what's new in v12 (limited seats)",
         body="Hello,\n\nYou're invited to our quarterly product update. We'll demo the new reporting module and share "
              "a special renewal offer for existing customers. Limited to 500 seats.\n\nBest,\n{sname}\nCustomer "
              "Success", online="teams", att=("harvest", (150, 250), ["en"]),
         when=dict(days=(5, 20), hour=(10, 16), dur=60)),
    dict(lang="en", desc="University lecture series invite to ~250 students", accts=["corp"],
         clients=["exchange", "zimbra", "sogo", "google", "nextcloud"], dom={"corp": ["cs.northfield.edu",
                                                                                      "oakhurst-academy.org"]},
         summary="Guest lecture: Responsible AI in practice", fill=big_internal(250),
         body="Dear students,\n\nOur guest speaker is Dr. Priya Nguyen. Attendance is optional but strongly "
              "recommended. Free pizza after the talk.\n\nDepartment Office", loc="Lecture Hall A",
         when=dict(days=(5, 20), hour=(16, 17), dur=90)),
    dict(lang="en", desc="Trade-show meeting slot booked by an exhibitor", accts=["service", "corp"],
         clients=BOOKISH + ["exchange", "outlook-desktop", "emclient"], service=svc("ExpoMeet", "expomeet.com", "sendgrid"), dom={"service": "expomeet.com",
                                                                  "corp": "kessler-formenbau.de"},
         local={"service": "meetings"}, summary="Booth meeting: Hall 3, Stand C41",
         body="Your 30-minute meeting at the Kessler Formenbau booth is confirmed. Show this QR code at the stand.",
         loc="Messe, Hall 3, Stand C41", tz="Europe/Berlin", method="PUBLISH",
         when=dict(days=(10, 50), hour=(9, 17), dur=30)),
    dict(lang="en", desc="Vendor webinar sent as a plain REQUEST from a marketing automation tool",
         accts=["service"], clients=BOOKISH, service=svc("SecureStack", "securestack.io", "amazonses"),
         dom={"service": "securestack.io"}, local={"service": "events"}, sname="SecureStack Events",
         summary="Live: Ransomware tabletop exercise for IT leaders",
         body="Join our incident-response team for a live tabletop exercise. Attendees receive a free readiness "
              "checklist and a 20% discount on our assessment.", conf=[("https://securestack.io/live/{code}",
                                                                       "Join webinar", "VIDEO")],
         url="https://securestack.io/live/{code}", when=dict(days=(5, 25), hour=(10, 15), dur=60)),
    dict(lang="de", desc="German trade-fair partner event invitation", accts=["corp", "service"],
         clients=["exchange", "outlook-desktop", "booking", "handrolled", "zimbra"],
         dom={"*": "industrie-forum-sued.de"}, sname="Industrieforum Süd", charset=["iso-8859-1", "utf-8"],
         service=svc("Industrieforum Süd", "industrie-forum-sued.de", "mailgun"),
         summary="Einladung: Anwenderforum Automatisierung 2025",
         body="Sehr geehrte Damen und Herren,\nwir laden Sie herzlich zu unserem kostenlosen Anwenderforum ein. "
              "Frühbucher erhalten einen Gutschein für das Abendprogramm.\nAnmeldung bis {date}.",
         loc="Messe Stuttgart, Konferenzraum C2", when=dict(days=(14, 45), hour=(9, 10), dur=480)),
    dict(lang="ja", desc="Japanese vendor webinar registration", accts=["corp", "service"],
         clients=["zoom", "booking", "handrolled"], dom={"*": "cloudnavi.co.jp"}, sname="クラウドナビ セミナー事務局",
         service=svc("クラウドナビ", "cloudnavi.co.jp", "sendgrid"), method="PUBLISH", charset=["iso-2022-jp", "utf-8"],
         summary="【無料ウェビナー】情報システム部門のためのゼロトラスト入門",
         body="この度はお申し込みいただき誠にありがとうございます。\n参加費は無料です。当日は以下のURLからご参加ください。\n"
              "ご不明な点はセミナー事務局までお問い合わせください。", years=(2019, 2026),
         when=dict(days=(3, 20), hour=(13, 16), dur=60)),
    dict(lang="zh", desc="Chinese industry conference registration", accts=["service"], clients=BOOKISH,
         service=svc("智造大会", "zhizao-summit.cn", None, infra="hosted-php"), dom={"service": "zhizao-summit.cn"},
         local={"service": "huiwu"}, sname="智能制造大会组委会", method="PUBLISH", charset=["gb2312", "utf-8"],
         summary="2025智能制造大会 参会确认",
         body="尊敬的嘉宾：\n您已成功报名参加本次大会，参会免费。请凭电子参会码入场。\n会务咨询：010-5555 0123",
         loc="上海国际会议中心", when=dict(days=(10, 45), hour=(9, 9), dur=480)),
    dict(lang="ru", desc="Russian vendor webinar invitation", accts=["corp", "service"],
         clients=["exchange", "outlook-desktop", "booking", "handrolled", "zimbra", "google"],
         dom={"*": "softline-partner.ru"}, charset=["koi8-r", "utf-8"],
         service=svc("Вебинары", "softline-partner.ru", "sendgrid"),
         summary="Вебинар: новые возможности платформы 8.5",
         body="Добрый день!\nПриглашаем вас на бесплатный вебинар. Участникам — специальное предложение на продление "
              "лицензий.\nСсылка для подключения придёт за час до начала.", online="zoom",
         when=dict(days=(3, 20), hour=(10, 15), dur=60)),
    dict(lang="hi", desc="Hindi government-scheme information session", accts=["corp", "free"],
         clients=["google", "exchange", "zoom"], dom={"corp": "msme-sahayata.in"},
         summary="वेबिनार: MSME के लिए मुफ़्त डिजिटल प्रशिक्षण",
         body="नमस्ते,\nआपको छोटे उद्यमों के लिए निःशुल्क डिजिटल प्रशिक्षण सत्र में आमंत्रित किया जाता है। "
              "पंजीकरण निःशुल्क है।", online="zoom", when=dict(days=(3, 20), hour=(11, 16), dur=90)),
    dict(lang="ko", desc="Korean developer conference session", accts=["service"], clients=BOOKISH,
         service=svc("데브콘", "devcon-seoul.kr", "amazonses"), dom={"service": "devcon-seoul.kr"},
         local={"service": "noreply"}, sname="데브콘 서울", method="PUBLISH", charset=["euc-kr", "utf-8"],
         summary="[데브콘 서울] 세션 등록 확인: 대규모 트래픽 처리",
         body="등록해 주셔서 감사합니다. 참가비는 무료이며, 현장 등록 데스크에서 QR 코드를 제시해 주세요.",
         loc="코엑스 그랜드볼룸", when=dict(days=(10, 40), hour=(10, 16), dur=50)),
])

# =====================================================================================================================
def free_series(c, V):
    return {}


COMMUNITY = dict(name="community-series", title="School, church and club series with no end date (often free mail)",
                 clients=["google", "yahoo", "icloud", "apple-mail", "exchange", "thunderbird", "proton",
                          "outlook-desktop", "nextcloud", "zoom", "handrolled", "sogo", "evolution", "emclient"],
                 items=[
    dict(lang="en", desc="Weekly church choir rehearsal with no end date from a free-mail coordinator",
         accts=["free"], autofwd={"domains": ["alumni.northfield.edu", "pobox-forward.net", "members.lakeside-rotary.org"]}, summary="Choir rehearsal", rrule="FREQ=WEEKLY;BYDAY=TH",
         body="Weekly rehearsal for the Sunday service choir. New voices always welcome - it's free, no audition "
              "needed! Questions: call or text {sfirst} at {phone}.", loc="St. Mark's Parish Hall",
         vars=lambda c, V: {"phone": c.phone("us")}, when=dict(days=(1, 7), hour=(19, 19), dur=90)),
    dict(lang="en", desc="Kids' soccer practice series from a club volunteer", accts=["free"],
         summary="U10 soccer practice", rrule="FREQ=WEEKLY;BYDAY=TU,TH",
         body="Practice on field 3. Bring shin guards and water. If practice is cancelled due to weather we'll send "
              "an update here. Snack rota is in the team app.", loc="Riverside Park, Field 3",
         when=dict(days=(1, 7), hour=(17, 17), dur=75, weekday_only=True)),
    dict(lang="en", desc="Monthly book club with Zoom link, recurring indefinitely", accts=["free", "corp"],
         clients=["zoom", "google", "yahoo", "icloud", "exchange"], dom={"corp": "maplelane-library.org"},
         summary="Book club (first Wednesday)", rrule="FREQ=MONTHLY;BYDAY=1WE", online="zoom",
         body="Our monthly book club meets online. This month: discuss the first half of the book. Everyone welcome, "
              "no sign-up required.", when=dict(days=(3, 25), hour=(19, 19), dur=60)),
    dict(lang="en", desc="PTA meeting series from a school parent's account", accts=["free"],
         summary="PTA meeting", rrule="FREQ=MONTHLY;BYMONTHDAY=15",
         body="Monthly PTA meeting. Agenda: fall fundraiser, free book fair, volunteers for the winter concert. "
              "Childcare provided in the library.", loc="Oakhurst Elementary - Library",
         when=dict(days=(3, 30), hour=(18, 18), dur=60)),
    dict(lang="en", desc="Running club weekly group run from a Nextcloud community server", accts=["corp"],
         clients=["nextcloud", "thunderbird", "sogo", "evolution"], dom={"corp": "harbourside-runners.org"},
         summary="Saturday group run (5k/10k)", rrule="FREQ=WEEKLY;BYDAY=SA",
         body="Meet at the boathouse. Two pace groups. Free for members and first-timers.",
         loc="Boathouse, Harbour Rd", when=dict(days=(1, 7), hour=(8, 8), dur=75, weekday_only=False)),
    dict(lang="es", desc="Spanish school parents' WhatsApp-style series from Gmail", accts=["free"],
         summary="Reunión de padres – 3.º B", rrule="FREQ=MONTHLY;BYDAY=2TU",
         body="Reunión mensual de madres y padres. Temas: excursión, cuota del AMPA (gratis para familias "
              "numerosas) y festival de fin de curso.", loc="Colegio Santa Brígida, aula 3B",
         when=dict(days=(3, 25), hour=(17, 18), dur=60)),
    dict(lang="pt", desc="Portuguese parish weekly prayer group", accts=["free"], charset=["iso-8859-1", "utf-8"],
         summary="Grupo de oração", rrule="FREQ=WEEKLY;BYDAY=WE",
         body="Encontro semanal aberto a todos. Entrada livre.", loc="Salão paroquial",
         when=dict(days=(1, 7), hour=(20, 20), dur=60)),
    dict(lang="pl", desc="Polish choir rehearsals series", accts=["free"], charset=["iso-8859-2", "utf-8"],
         summary="Próba chóru", rrule="FREQ=WEEKLY;BYDAY=MO",
         body="Cotygodniowa próba chóru parafialnego. Zapraszamy nowe osoby – udział bezpłatny.",
         loc="Sala parafialna, ul. Kościelna 3", when=dict(days=(1, 7), hour=(18, 19), dur=90)),
    dict(lang="it", desc="Italian sports club training series", accts=["free"], charset=["iso-8859-1", "utf-8"],
         summary="Allenamento pallavolo Under 14", rrule="FREQ=WEEKLY;BYDAY=MO,WE",
         body="Allenamento settimanale. Portare scarpe da palestra e borraccia. Per assenze avvisare il mister.",
         loc="Palestra comunale, via Roma 12", when=dict(days=(1, 7), hour=(17, 18), dur=90)),
    dict(lang="el", desc="Greek dance club weekly lessons", accts=["free"], charset=["iso-8859-7", "utf-8"],
         summary="Μαθήματα παραδοσιακών χορών", rrule="FREQ=WEEKLY;BYDAY=TU",
         body="Εβδομαδιαία μαθήματα για αρχάριους. Η πρώτη δοκιμαστική συμμετοχή είναι δωρεάν.",
         loc="Πολιτιστικός Σύλλογος, αίθουσα 2", when=dict(days=(1, 7), hour=(19, 20), dur=90)),
    dict(lang="ko", desc="Korean church small-group meeting series", accts=["free"], charset=["euc-kr", "utf-8"],
         summary="목요 셀 모임", rrule="FREQ=WEEKLY;BYDAY=TH",
         body="매주 목요일 셀 모임입니다. 간단한 다과가 준비됩니다. 누구나 환영합니다.", loc="교회 교육관 3층",
         when=dict(days=(1, 7), hour=(19, 20), dur=90)),
])

# =====================================================================================================================
ITNOTE = dict(name="it-notice", title="IT maintenance and password-expiry notices",
              clients=["exchange", "outlook-desktop", "zimbra", "sogo", "nextcloud", "google", "thunderbird",
                       "handrolled", "booking", "evolution", "emclient"], items=[
    dict(lang="en", desc="Scheduled e-mail migration maintenance window from internal IT", accts=["corp"],
         dom={"corp": "{rdom}"}, sname="IT Service Desk",
         summary="Planned maintenance: email migration (Saturday)", transp="TRANSPARENT",
         body="Dear colleagues,\n\nOn Saturday we will migrate mailboxes to the new platform. Email may be unavailable "
              "for up to 4 hours. No action is required from you. Do not share your password with anyone - IT will "
              "never ask for it.\n\nIT Service Desk, ext. 4400", att=("colleagues", (40, 90)),
         when=dict(days=(3, 12), hour=(8, 8), dur=240, weekday_only=False)),
    dict(lang="en", desc="Password-expiry reminder from an internal script (hand-rolled iCalendar)", accts=["corp"],
         clients=["handrolled"], dom={"corp": "{rdom}"}, local={"corp": "it-noreply"}, sname="IT Notifications",
         summary="Your password expires in 7 days",
         body="The password for {remail} expires in 7 days. Change it from any company PC (Ctrl+Alt+Del > Change a "
              "password) or at https://passwordreset.microsoftonline.com. IT will never email you a link asking for "
              "your current password.", transp="TRANSPARENT", when=dict(days=(7, 7), hour=(9, 9), dur=15)),
    dict(lang="en", desc="Managed-service provider maintenance notice with ticket number", accts=["corp"],
         clients=["exchange", "outlook-desktop", "google", "thunderbird"], dom={"corp": ["ironclad-it.com",
                                                                                         "bluepeak-msp.com"]},
         sname="Service Desk", summary="Change CHG00{n5}: firewall firmware upgrade",
         pre=lambda c, V: {"n5": c.digits(5)},
         body="Hello,\n\nWe will upgrade the firewall firmware at your site. Expect two short interruptions of VPN and "
              "internet access (<5 min each).\nRollback plan in place. For urgent issues call our NOC: "
              "+1 (866) 555-0111.\n\nRegards,\nService Desk", loc="Remote", transp="TRANSPARENT",
         when=dict(days=(2, 10), hour=(21, 22), dur=120)),
    dict(lang="en", desc="University IT notice: VPN certificate renewal session", accts=["corp"],
         clients=["zimbra", "sogo", "nextcloud", "exchange"], dom={"corp": ["it.northfield.edu",
                                                                             "helpdesk.oakhurst-academy.org"]},
         summary="Drop-in: renew your VPN certificate",
         body="Certificates issued last year expire on {date}. Bring your laptop to the drop-in session or follow "
              "the self-service guide on the IT portal. We will never ask for your password.",
         loc="Library, Room 1.12", when=dict(days=(5, 20), hour=(10, 14), dur=120)),
    dict(lang="en", desc="Data-centre power maintenance notice from facilities to many staff", accts=["corp"],
         dom={"corp": "{rdom}"}, sname="Facilities & IT",
         summary="URGENT: power shutdown in server room - save your work",
         body="Urgent notice: the building's power will be shut down for electrical safety testing. Please save your "
              "work and shut down desktops before leaving on Friday. Servers will be restarted by IT.",
         att=("colleagues", (30, 60)), transp="TRANSPARENT", when=dict(days=(1, 5), hour=(18, 18), dur=600)),
    dict(lang="de", desc="German IT maintenance window notice", accts=["corp"], dom={"corp": "{rdom}"},
         sname="IT-Abteilung", charset=["iso-8859-1", "utf-8"],
         summary="Wartungsfenster: Update der Telefonanlage",
         body="Liebe Kolleginnen und Kollegen,\nam Samstag wird die Telefonanlage aktualisiert. Zwischen 8 und 12 Uhr "
              "ist keine Telefonie möglich. Ihr Passwort müssen Sie danach nicht ändern.\nIhre IT",
         att=("colleagues", (15, 40)), transp="TRANSPARENT", when=dict(days=(3, 12), hour=(8, 8), dur=240,
                                                                        weekday_only=False)),
    dict(lang="ru", desc="Russian password-change reminder from IT", accts=["corp"], dom={"corp": "{rdom}"},
         sname="Служба ИТ", charset=["koi8-r", "utf-8"],
         summary="Напоминание: срок действия пароля истекает",
         body="Коллеги, срок действия вашего пароля истекает через 5 дней. Смените его с рабочего компьютера "
              "(Ctrl+Alt+Del). Сотрудники ИТ никогда не просят сообщить пароль.", transp="TRANSPARENT",
         when=dict(days=(5, 5), hour=(9, 10), dur=15)),
    dict(lang="ja", desc="Japanese system maintenance notice", accts=["corp"], dom={"corp": "{rdom}"},
         sname="情報システム部", charset=["iso-2022-jp", "utf-8"],
         summary="【メンテナンス】社内ファイルサーバー停止のお知らせ",
         body="各位\n下記日程でファイルサーバーのメンテナンスを実施します。作業中はファイルサーバーにアクセスできません。\n"
              "ご迷惑をおかけしますが、ご協力をお願いいたします。", att=("colleagues", (20, 50)), transp="TRANSPARENT",
         when=dict(days=(3, 14), hour=(20, 21), dur=180)),
    dict(lang="nl", desc="Dutch notice: MFA roll-out session", accts=["corp"], dom={"corp": "{rdom}"},
         sname="ICT Servicedesk", summary="Uitrol tweestapsverificatie (MFA) – inloopspreekuur",
         body="Beste collega's,\nVanaf volgende maand is tweestapsverificatie verplicht. Tijdens het inloopspreekuur "
              "helpen we je de app in te stellen. De servicedesk vraagt nooit om je wachtwoord of codes.",
         loc="Vergaderruimte 2.04", when=dict(days=(3, 14), hour=(10, 14), dur=120)),
])

# =====================================================================================================================
def sp_link(c, V, kind="b"):
    tenant = V["sdom"].split(".")[0].replace("-", "")
    return "https://%s.sharepoint.com/:%s:/s/%s/E%s?e=%s" % (tenant, kind, pick(c.rng, ["Projects", "Finance",
                                                                                       "Sales", "Engineering"]),
                                                          c.token(40), c.code(6, "abcdefghijkmnpqrstuvwxyz23456789"))


DOCS = dict(name="document-share", title="Colleagues and partners sharing documents with links", clients=ALL, items=[
    dict(lang="en", desc="Colleague shares a SharePoint deck ahead of a review meeting", accts=["corp"],
         clients=["exchange", "outlook-desktop"], dom={"corp": ["ridgeline-freight.com", "brightwell-partners.com",
                                                               "fenwick-lowe.com.au"]},
         vars=lambda c, V: {"url": sp_link(c, V, "p")}, summary="Review: Q3 board deck",
         body="Hi all,\n\nPlease review the draft board deck before we meet - comments directly in the file are "
              "easiest:\n{url}\n\nThanks,\n{sfirst}", online="teams", att=("colleagues", (2, 5), "{sdom}"),
         when=dict(days=(1, 6), hour=(9, 16), dur=45)),
    dict(lang="en", desc="Google Drive doc attached to a planning invite", accts=["corp", "free"],
         clients=["google"], dom={"corp": ["sparrowgate.io", "lumenfield-labs.com"]},
         vars=lambda c, V: {"url": c.drive()}, summary="Sprint planning - please read the spec",
         body="Spec is attached - please skim before the meeting.", attach=[("{url}", "application/vnd.google-apps.document",
                                                                             "Checkout redesign - spec")],
         online="meet", when=dict(days=(1, 7), hour=(9, 16), dur=60)),
    dict(lang="en", desc="Client shares contract redlines via Dropbox link, ATTACH in the invite", accts=["corp"],
         clients=["apple-mail", "thunderbird", "sogo", "nextcloud", "evolution", "icloud"],
         dom={"corp": ["cabot-legal.com", "porter-kline.com"]},
         vars=lambda c, V: {"url": "https://www.dropbox.com/scl/fi/%s/MSA_redline_v3.docx?rlkey=%s&dl=0" % (
             c.slug(15), c.slug(25))},
         summary="Contract redlines call", body="Redlines (v3) for discussion on the call.",
         attach=[("{url}", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  "MSA_redline_v3.docx")], when=dict(days=(1, 5), hour=(9, 17), dur=30)),
    dict(lang="en", desc="Nextcloud-shared spreadsheet in a team invite", accts=["corp"],
         clients=["nextcloud", "thunderbird", "zimbra", "sogo"], dom={"corp": ["verdant-coop.org", "cs.northfield.edu"]},
         vars=lambda c, V: {"url": "https://cloud.%s/s/%s" % (V["sdom"], c.token(15))},
         summary="Budget workshop", body="Budget sheet: {url} (password sent separately by Signal).",
         when=dict(days=(2, 10), hour=(9, 15), dur=90)),
    dict(lang="en", desc="Partner shares a short-link to a deck (bit.ly) in the meeting body", accts=["corp", "free"],
         clients=["google", "exchange", "yahoo", "outlook-desktop", "emclient"],
         dom={"corp": ["brightpath-marketing.com", "hollis-creative.com"]},
         vars=lambda c, V: {"url": c.short()},
         summary="Campaign kickoff - creative concepts",
         body="Hi {first}, looking forward to it. The concepts deck is here: {url} (view-only). Let me know if you "
              "can't open it.", when=dict(days=(1, 8), hour=(9, 16), dur=60)),
    dict(lang="fr", desc="French colleague shares a OneDrive document", accts=["corp"],
         clients=["exchange", "outlook-desktop"], dom={"corp": ["atelier-berenger.fr", "groupe-fontaine.fr"]},
         charset=["iso-8859-15", "utf-8"], vars=lambda c, V: {"url": sp_link(c, V, "w")},
         summary="Point budget – relecture du document",
         body="Bonjour,\nMerci de relire le document avant la réunion :\n{url}\nBonne journée,\n{sfirst}",
         online="teams", when=dict(days=(1, 7), hour=(9, 16), dur=30)),
    dict(lang="it", desc="Italian studio shares a drawings folder", accts=["corp"],
         clients=["zimbra", "thunderbird", "outlook-desktop", "google"], dom={"corp": "studio-galli-associati.it"},
         charset=["iso-8859-1", "utf-8"], vars=lambda c, V: {"url": "https://www.wetransfer.com/downloads/%s" %
                                                                     c.slug(40)},
         summary="Revisione tavole progetto", body="Buongiorno,\nle tavole aggiornate sono qui: {url}\nA presto",
         when=dict(days=(1, 7), hour=(9, 16), dur=60)),
    dict(lang="he", desc="Hebrew colleague shares a Google Sheet", accts=["corp"], clients=["google"],
         dom={"corp": "galil-software.co.il"}, vars=lambda c, V: {"url": "https://docs.google.com/spreadsheets/d/1%s/"
                                                                          "edit?usp=sharing" % c.token(40)},
         summary="סקירת תוכנית עבודה", body="היי, מצרפת את הגיליון לקראת הפגישה: {url}", online="meet",
         when=dict(days=(1, 7), hour=(9, 16), dur=45)),
    dict(lang="zh", desc="Chinese colleague shares a Tencent Docs link", accts=["corp"],
         clients=["exchange", "outlook-desktop", "thunderbird", "zimbra"], dom={"corp": "huaxin-dianzi.cn"},
         charset=["gb2312", "utf-8"], vars=lambda c, V: {"url": "https://docs.qq.com/sheet/D%s" % c.token(20)},
         summary="项目进度评审", body="各位好，\n会前请查看项目进度表：{url}\n谢谢",
         when=dict(days=(1, 7), hour=(9, 16), dur=60)),
    dict(lang="tr", desc="Turkish colleague shares a document folder", accts=["corp"],
         clients=["exchange", "google", "outlook-desktop", "yahoo"], dom={"corp": "kaya-muhendislik.com.tr"},
         charset=["iso-8859-9", "utf-8"], vars=lambda c, V: {"url": c.drive()},
         summary="Teklif dosyası – değerlendirme toplantısı",
         body="Merhaba,\nToplantı öncesi teklif dosyasına göz atabilir misiniz? {url}\nTeşekkürler",
         when=dict(days=(1, 7), hour=(9, 16), dur=45)),
])

# =====================================================================================================================
FINANCE = dict(name="finance-reminder", title="Payment reminders and bank-detail warnings from real finance teams",
               clients=ALL, items=[
    dict(lang="en", desc="Supplier invoice due-date reminder from an invoicing system, with IBAN",
         accts=["service"], clients=BOOKISH, service=svc("Ledgerly", "ledgerly.app", "postmark",
                                                         "-//Ledgerly//Invoices//EN"),
         dom={"service": "ledgerly.app"}, local={"service": "invoices"}, sname="Tallowmere Studio via Ledgerly",
         vars=lambda c, V: {"iban": c.iban("GB"), "amt": c.fmt_amount(c.rng.randint(400, 9000), "GBP")},
         summary="Invoice INV-{year}-{n4} due", pre=lambda c, V: {"n4": c.digits(4)},
         body="Invoice INV-{year}-{n4} for {amt} is due on {date}.\nPay by bank transfer to: IBAN {iban}\n"
              "Our bank details have not changed. If you ever receive a message saying they have, call us on "
              "020 7946 0554 before paying.", method="PUBLISH", tz="Europe/London", transp="TRANSPARENT",
         when=dict(days=(5, 20), allday=True, dur=1440)),
    dict(lang="en", desc="Finance team warns customers about fake bank-detail change emails", accts=["corp"],
         clients=["exchange", "outlook-desktop", "google", "zimbra"], dom={"corp": ["ridgeline-freight.com",
                                                                                    "oakmont-fasteners.com"]},
         sname="Accounts Receivable",
         summary="Payment run call - reminder: our bank details are NOT changing",
         body="Hello,\n\nAhead of the month-end payment run, a reminder: we are aware of fraudulent emails claiming our "
              "bank details have changed. They have not. Never update payment details based on an email - call your "
              "account manager on a known number.\n\nWe'll go through the open items on the call.\n\nAccounts "
              "Receivable", online="teams", when=dict(days=(2, 10), hour=(10, 15), dur=30)),
    dict(lang="en", desc="Accountant's tax-deadline reminder with amount due", accts=["corp"],
         clients=["outlook-desktop", "exchange", "thunderbird", "emclient", "google"],
         dom={"corp": ["greenfield-cpa.com", "whitaker-advisory.com"]},
         summary="Quarterly estimated tax payment due",
         body="Hi {first},\n\nReminder that your Q{q} estimated tax payment of {amt} is due on {date}. Pay directly "
              "via the IRS Direct Pay site - we will never ask you to send tax payments to us.\n\nBest,\n{sname}",
         pre=lambda c, V: {"q": c.rng.randint(1, 4)},
         vars=lambda c, V: {"amt": c.fmt_amount(c.rng.randint(1200, 9800), "USD")}, transp="TRANSPARENT",
         when=dict(days=(5, 15), allday=True, dur=1440)),
    dict(lang="en", desc="Payroll cut-off reminder series from internal HR/payroll", accts=["corp"],
         dom={"corp": "{rdom}"}, sname="Payroll Team", summary="Payroll cut-off: submit timesheets & expense claims",
         rrule="FREQ=MONTHLY;BYMONTHDAY=20",
         body="Monthly reminder: timesheets and expenses must be approved by 5pm today. Changes to your bank details "
              "can only be made in the HR portal with MFA - never by email.", transp="TRANSPARENT",
         att=("colleagues", (20, 60)), when=dict(days=(3, 25), hour=(9, 9), dur=30)),
    dict(lang="en", desc="Customer payment-plan call with outstanding balance", accts=["corp", "service"],
         clients=["exchange", "google", "booking", "handrolled"], dom={"*": ["harborview-utilities.com"]},
         service=svc("Harborview Utilities", "harborview-utilities.com", "amazonses"), sname="Customer Accounts",
         summary="Payment plan call - account {n8}", pre=lambda c, V: {"n8": c.digits(8)},
         body="As requested, we've scheduled a call to set up a payment plan for your outstanding balance of $412.60. "
              "We will call you on the number on your account. We will never ask for your online banking password.",
         when=dict(days=(1, 7), hour=(9, 16), dur=20)),
    dict(lang="de", desc="German accounts-payable reminder with IBAN warning", accts=["corp"],
         clients=["exchange", "outlook-desktop", "thunderbird", "zimbra"], dom={"corp": ["brandt-steuer.de",
                                                                                         "kessler-formenbau.de"]},
         charset=["iso-8859-1", "utf-8"], vars=lambda c, V: {"iban": c.iban("DE")},
         summary="Zahlungserinnerung Rechnung RE-{n5}", pre=lambda c, V: {"n5": c.digits(5)},
         body="Guten Tag,\nbitte denken Sie an die Zahlung der Rechnung RE-{n5} bis {date}.\nUnsere Bankverbindung "
              "bleibt unverändert: {iban}.\nAchtung: Aktuell kursieren gefälschte E-Mails mit angeblich neuen "
              "Kontodaten. Bitte rufen Sie uns im Zweifel an.", transp="TRANSPARENT",
         when=dict(days=(5, 20), allday=True, dur=1440)),
    dict(lang="ar", desc="Arabic finance department payment-schedule meeting", accts=["corp"],
         clients=["exchange", "outlook-desktop", "google"], dom={"corp": "haddad-engineering.com.sa"},
         charset=["windows-1256", "utf-8"], summary="اجتماع جدولة الدفعات الشهرية",
         body="الزملاء الكرام،\nنرجو حضور اجتماع مراجعة الدفعات المستحقة لهذا الشهر. تذكير: لا يتم تغيير بيانات الحسابات "
              "البنكية للموردين إلا بعد التحقق هاتفياً.", online="teams", when=dict(days=(1, 7), hour=(9, 14), dur=45)),
    dict(lang="nl", desc="Dutch invoice reminder from a bookkeeping platform", accts=["service"], clients=BOOKISH,
         service=svc("Boekhoudhulp", "boekhoudhulp.nl", "sendgrid"), dom={"service": "boekhoudhulp.nl"},
         local={"service": "facturen"}, sname="Vandijk Advocaten via Boekhoudhulp",
         vars=lambda c, V: {"iban": c.iban("NL")}, method="PUBLISH",
         summary="Herinnering: factuur {n6} vervalt op {date}", pre=lambda c, V: {"n6": c.digits(6)},
         body="Beste klant,\nFactuur {n6} (€ 1.250,00) vervalt binnenkort. Betaal op {iban} o.v.v. het "
              "factuurnummer. Wij wijzigen onze bankgegevens nooit per e-mail.", transp="TRANSPARENT",
         when=dict(days=(5, 20), allday=True, dur=1440)),
    dict(lang="hi", desc="Hindi GST filing deadline reminder from an accountant", accts=["corp", "free"],
         clients=["google", "outlook-desktop", "yahoo", "exchange"], dom={"corp": "agarwal-ca-associates.in"},
         summary="GST रिटर्न की अंतिम तिथि – अनुस्मारक",
         body="नमस्ते {first} जी,\nइस महीने का GST रिटर्न {date} तक दाखिल करना है। कृपया बिक्री और खरीद के बिल भेज दें। "
              "भुगतान केवल GST पोर्टल पर ही करें।", transp="TRANSPARENT", when=dict(days=(3, 12), allday=True, dur=1440)),
])

# =====================================================================================================================
RECRUIT = dict(name="recruiter-interview", title="Recruiters and interviews", clients=ALL, items=[
    dict(lang="en", desc="Agency recruiter books a Teams interview with salary range", accts=["corp"],
         clients=["exchange", "outlook-desktop"], dom={"corp": ["harbourline-talent.com", "apexsearch-partners.com"]},
         summary="Interview: Senior Data Engineer - Kestrel Dynamics",
         body="Hi {first},\n\nGreat news - Kestrel Dynamics would like to meet you. First-round interview with the "
              "Head of Data (45 min). The role is fully remote, $165k-$185k + equity.\n\nGood luck!\n{sname}\n"
              "Harbourline Talent", online="teams", when=dict(days=(2, 8), hour=(9, 16), dur=45)),
    dict(lang="en", desc="Company hiring team schedules a Zoom interview", accts=["corp", "free"],
         clients=["zoom", "google", "icloud", "apple-mail"], dom={"corp": ["sparrowgate.io", "lumenfield-labs.com"]},
         summary="Interview with Sparrowgate - Product Designer", online="zoom",
         body="Hi {first}, thanks for your time! This is a portfolio review with two designers. No preparation needed "
              "beyond walking us through one project.", years=(2019, 2026), when=dict(days=(2, 10), hour=(9, 16),
                                                                                      dur=60)),
    dict(lang="en", desc="Scheduling-tool interview confirmation (Calendly-style)", accts=["service"],
         clients=BOOKISH, service=svc("SlotPicker", "slotpicker.com", "sendgrid", "-//SlotPicker//Scheduler 2.0//EN"),
         dom={"service": "slotpicker.com"}, local={"service": "notifications"}, sname="SlotPicker",
         summary="Confirmed: Phone screen with Grace Kendrick (30 min)",
         body="Grace Kendrick (Talent, Corvid Analytics) will call you at the number you provided. Need to "
              "reschedule? https://slotpicker.com/reschedule/{token}", when=dict(days=(1, 6), hour=(9, 16), dur=30)),
    dict(lang="en", desc="Recruiter from a personal iPhone sends a coffee chat invite", accts=["free"],
         clients=["apple-mail", "icloud", "yahoo", "proton"], autofwd={"domains": ["alumni.northfield.edu", "pobox-forward.net", "members.lakeside-rotary.org"]}, summary="Coffee chat re: Head of Ops role",
         body="Hi {first} - as discussed on LinkedIn, let's grab a coffee. I'll be at the window table.",
         loc="Blue Bottle Coffee, 66 Mint St", when=dict(days=(2, 7), hour=(8, 10), dur=45)),
    dict(lang="en", desc="Final-round onsite interview with many interviewers", accts=["corp"],
         clients=["google", "exchange"], dom={"corp": ["corvid-analytics.com", "tallowmere.net"]},
         summary="Onsite interview loop - {rname}",
         body="Agenda: 9:30 hiring manager, 10:30 system design, 11:30 lunch with the team, 1:00 culture. Please bring "
              "a photo ID for the front desk. Parking is free in the visitor lot.",
         att=("plus", lambda c: colleagues(c.rng, "en", c.m.sender["addr"].split("@")[1], 5)),
         loc="HQ, 4th floor reception", when=dict(days=(4, 14), hour=(9, 9), dur=270)),
    dict(lang="fr", desc="French recruiter interview invitation", accts=["corp"],
         clients=["exchange", "outlook-desktop", "google", "zimbra"], dom={"corp": ["talents-conseil.fr"]},
         charset=["iso-8859-15", "utf-8"], summary="Entretien – Chef de projet digital",
         body="Bonjour {first},\nSuite à notre échange, je vous confirme l'entretien avec notre client. Rémunération "
              "45-52 k€ selon profil.\nBien cordialement,\n{sname}", online="teams",
         when=dict(days=(2, 10), hour=(9, 17), dur=45)),
    dict(lang="pl", desc="Polish HR interview invitation", accts=["corp"],
         clients=["exchange", "google", "outlook-desktop", "thunderbird"], dom={"corp": ["kowalczyk-transport.pl",
                                                                                          "techsoft-krakow.pl"]},
         charset=["iso-8859-2", "utf-8"], summary="Rozmowa rekrutacyjna – specjalista ds. logistyki",
         body="Dzień dobry,\nzapraszamy na rozmowę rekrutacyjną. Prosimy zabrać CV i dokument tożsamości.\n"
              "Pozdrawiamy, Dział HR", loc="ul. Przemysłowa 8, Poznań", when=dict(days=(2, 10), hour=(9, 15), dur=60)),
    dict(lang="hi", desc="Hindi campus-placement interview invitation", accts=["corp", "free"],
         clients=["google", "exchange", "zoom"], dom={"corp": "shanti-pharma.co.in"},
         summary="साक्षात्कार: जूनियर केमिस्ट पद", online="zoom",
         body="प्रिय {first},\nआपका चयन अगले चरण के लिए हुआ है। कृपया अपने प्रमाणपत्र साथ रखें। यह प्रक्रिया पूरी तरह "
              "निःशुल्क है — हम कभी कोई शुल्क नहीं माँगते।", when=dict(days=(2, 10), hour=(10, 16), dur=45)),
    dict(lang="ru", desc="Russian recruiter video interview", accts=["corp", "free"],
         clients=["exchange", "google", "outlook-desktop", "thunderbird", "zoom"], dom={"corp": "volna-media.ru"},
         charset=["koi8-r", "utf-8"], summary="Собеседование: frontend-разработчик",
         body="Здравствуйте, {first}!\nПриглашаем вас на техническое собеседование. Длительность около часа.\n"
              "С уважением, {sname}", online="zoom", when=dict(days=(2, 10), hour=(10, 17), dur=60)),
])

# =====================================================================================================================
def fw_by_colleague(acct="corp"):
    def f(m):
        rng = m.rng
        dom = m.rcpt["addr"].split("@")[1]
        if acct == "free":
            from .core import free_domain
            p = person(rng, m.lang, "gmail.com", style="fl_num")
            return {"p": p, "acct": "free"}
        p = person(rng, m.lang, dom, style="f.l")
        return {"p": p, "acct": "corp"}
    return f


def fw_note(text):
    def f(m):
        return text.format(first=m.rcpt["first"])
    return f


def outlook_fw(orig_lang="en"):
    """Outlook/Exchange forward of a meeting: From is the forwarder, ORGANIZER stays the original organiser."""
    def f(c, ev, V):
        m = c.m
        orig = person(c.rng, orig_lang, pick(c.rng, ["meridian-coatings.com", "pinecrest-supply.com",
                                                     "northwind-packaging.com", "ironclad-it.com"]), style="f.l")
        ev.organizer = orig
        ev.attendees = []
        ev.add_att(orig, partstat="ACCEPTED")
        ev.add_att(m.sender, partstat="ACCEPTED")
        c.invite_rcpt(ev)
        hdr = "-----Original Appointment-----\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\nWhen: %s\nWhere: %s\n\n" % (
            orig["name"], orig["addr"], (m.sent - dt.timedelta(days=2)).strftime("%A, %B %d, %Y %I:%M %p"),
            m.sender["name"], ev.summary, V["when"], ev.location or "Microsoft Teams Meeting")
        ev.description = V.get("fwnote", "") + "\n\n" + hdr + (ev.description or "")
        m.subject = "FW: " + ev.summary
    return f


FORWARD = dict(name="forwarded-invite", title="Forwarded invitations",
               clients=["exchange", "outlook-desktop", "thunderbird", "apple-mail", "gmail-web", "yahoo"], items=[
    dict(lang="en", desc="Colleague forwards a vendor meeting via Outlook (FW:, original organiser kept)",
         accts=["corp"], clients=["exchange", "outlook-desktop"], dom={"corp": "{rdom}"},
         pre=lambda c, V: {"fwnote": "Adding you - can you cover the pricing questions?"},
         summary="Pricing review with supplier", body="Agenda: 2025 price list, freight surcharges.",
         online="teams", att="none", fill=outlook_fw(), when=dict(days=(2, 10), hour=(9, 16), dur=45)),
    dict(lang="en", desc="Google invite forwarded inline from Gmail with the .ics attached", accts=["corp", "free"],
         clients=["gmail-web"], dom={"corp": "lumenfield-labs.com"},
         fwd=dict(orig_clients=["google"], orig_accts=["corp", "free"], by=fw_by_colleague("free"), style="inline",
                  note="FYI - Sam asked me to pass this on, you should be on it. See below."),
         summary="Design crit - onboarding flow", body="Bring sketches, not slides.", online="meet",
         when=dict(days=(2, 8), hour=(10, 16), dur=60)),
    dict(lang="en", desc="Invitation forwarded as an attached message from Thunderbird", accts=["corp"],
         clients=["thunderbird"], dom={"corp": "verdant-coop.org"},
         fwd=dict(orig_clients=["zimbra", "sogo", "nextcloud"], orig_accts=["corp"], by=fw_by_colleague("corp"),
                  style="attach", note="Hi, forwarding the board invite as requested. Cheers"),
         summary="Board meeting - annual accounts", body="Papers will be circulated a week before.",
         loc="Community centre, room 2", when=dict(days=(7, 30), hour=(18, 19), dur=120)),
    dict(lang="en", desc="Partner invite forwarded from an iPhone to a personal-assistant address",
         accts=["free", "corp"], clients=["apple-mail"], dom={"corp": "brightpath-marketing.com"},
         fwd=dict(orig_clients=["exchange", "google"], orig_accts=["corp"], by=fw_by_colleague("corp"),
                  style="inline", note="Please put this in my calendar and book a car.\n\nSent from my iPhone"),
         summary="Quarterly business review", body="QBR with the regional team.", online="teams",
         when=dict(days=(3, 15), hour=(9, 15), dur=90)),
    dict(lang="es", desc="Spanish forwarded meeting via Outlook", accts=["corp"], clients=["exchange", "outlook-desktop"],
         dom={"corp": "{rdom}"}, charset=["iso-8859-1", "utf-8"],
         pre=lambda c, V: {"fwnote": "Te reenvío la convocatoria, creo que deberías estar."},
         summary="Revisión de contrato con proveedor", body="Orden del día: condiciones de pago y plazos.",
         att="none", fill=outlook_fw("es"), when=dict(days=(2, 10), hour=(9, 16), dur=60)),
    dict(lang="ja", desc="Japanese forwarded invitation (inline, .ics attached)", accts=["corp", "free"],
         clients=["gmail-web", "thunderbird", "outlook-desktop"], dom={"corp": "{rdom}"},
         fwd=dict(orig_clients=["exchange", "google", "outlook-desktop"], orig_accts=["corp"],
                  by=fw_by_colleague("corp"), style="inline", note="お疲れ様です。下記の会議招待を転送します。ご参加ください。"),
         summary="定例会議（営業部）", body="議題：今月の売上進捗", when=dict(days=(2, 10), hour=(9, 17), dur=60)),
    dict(lang="el", desc="Greek invite forwarded from Yahoo", accts=["free"], clients=["yahoo", "thunderbird"],
         fwd=dict(orig_clients=["google", "exchange"], orig_accts=["free", "corp"], by=fw_by_colleague("free"),
                  style="inline", note="Σου προωθώ την πρόσκληση για το Σάββατο."),
         summary="Συνάντηση συλλόγου γονέων", body="Θέματα: εκδρομή και γιορτή λήξης.",
         loc="Σχολείο, αίθουσα εκδηλώσεων", when=dict(days=(2, 12), hour=(18, 19), dur=60, weekday_only=False)),
    dict(lang="th", desc="Thai forwarded seminar invitation", accts=["corp", "free"],
         clients=["outlook-desktop", "gmail-web", "apple-mail"], dom={"corp": "{rdom}"},
         fwd=dict(orig_clients=["exchange", "google"], orig_accts=["corp"], by=fw_by_colleague("corp"),
                  style="inline", note="ส่งต่อคำเชิญสัมมนาค่ะ ฝากพิจารณาด้วยนะคะ"),
         summary="สัมมนาผู้แทนจำหน่าย ประจำไตรมาส", body="กำหนดการและเอกสารจะส่งให้ภายหลัง",
         loc="โรงแรมในกรุงเทพฯ ห้องประชุมใหญ่", when=dict(days=(5, 20), hour=(9, 13), dur=180)),
    dict(lang="zh", desc="Chinese forwarded meeting as attached message", accts=["corp"],
         clients=["thunderbird", "outlook-desktop"], dom={"corp": "{rdom}"},
         fwd=dict(orig_clients=["exchange", "outlook-desktop"], orig_accts=["corp"], by=fw_by_colleague("corp"),
                  style="attach", note="转发会议邀请，请参加。"),
         summary="供应商季度评审会", body="议程：质量问题回顾、交期改进", when=dict(days=(2, 10), hour=(9, 16), dur=90)),
])

# =====================================================================================================================
def mailman(name, domain, title=None, kind="mailman2", munge=False, footer=True, prefix=True, resign=True):
    def f(c, V):
        return {"kind": kind, "name": name, "domain": domain, "title": title or name, "munge": munge,
                "footer": footer, "prefix": prefix, "resign": resign}
    return f


def to_list(addr):
    def f(c, V):
        return [{"name": "", "addr": addr}]
    return f


def list_att(addr):
    def f(c, ev, V):
        ev.attendees = []
        ev.add_att({"name": "", "addr": addr}, cutype="GROUP")
    return f


LISTS = dict(name="mailing-list-copy", title="Invitations received through mailing lists (DKIM broken by the list)",
             clients=["google", "thunderbird", "exchange", "outlook-desktop", "apple-mail", "zimbra", "sogo",
                      "evolution", "nextcloud", "yahoo", "proton", "emclient"], items=[
    dict(lang="en", desc="Open-source project community call posted to a Mailman 2 list (footer added)",
         accts=["free", "corp"], dom={"corp": "kestrel-labs.dev"}, list=mailman("dev", "lists.openhive.org",
                                                                                "OpenHive developers"),
         to=to_list("dev@lists.openhive.org"), fill=list_att("dev@lists.openhive.org"),
         summary="OpenHive community call", body="Agenda in the wiki. Everyone welcome - free to join.",
         online="meet", tz="UTC", when=dict(days=(3, 12), hour=(15, 16), dur=60)),
    dict(lang="en", desc="Google Groups club list copy with From rewritten", accts=["free"],
         clients=["google", "apple-mail", "yahoo", "thunderbird"],
         list=lambda c, V: {"kind": "googlegroups", "name": "lakeside-cycling", "domain": "googlegroups.com",
                            "munge": True, "footer": True, "prefix": False, "title": "Lakeside Cycling Club",
                            "footer_text": "-- \nYou received this message because you are subscribed to the Google "
                                           "Groups \"Lakeside Cycling Club\" group.\n"},
         to=to_list("lakeside-cycling@googlegroups.com"), fill=list_att("lakeside-cycling@googlegroups.com"),
         summary="Sunday club ride - 60 km", body="Coffee stop at the marina. Lights mandatory.",
         loc="Town square fountain", when=dict(days=(2, 9), hour=(8, 9), dur=180, weekday_only=False)),
    dict(lang="en", desc="University seminar announcement via Sympa list", accts=["corp"],
         clients=["zimbra", "sogo", "thunderbird", "exchange"], dom={"corp": "physics.northfield.edu"},
         list=mailman("seminars", "lists.northfield.edu", kind="sympa", prefix=True),
         to=to_list("seminars@lists.northfield.edu"), fill=list_att("seminars@lists.northfield.edu"),
         summary="Colloquium: Quantum sensing with NV centres", body="Refreshments at 15:45. Open to the public.",
         loc="Physics Building, Room 101", when=dict(days=(3, 14), hour=(16, 16), dur=60)),
    dict(lang="en", desc="Neighbourhood association meeting via Mailman 3 with From munged (DMARC)",
         accts=["free"], clients=["yahoo", "google", "apple-mail", "proton", "exchange"],
         list=mailman("residents", "lists.maplegrove-assoc.org", "Maple Grove Residents", kind="mailman3",
                      munge=True), to=to_list("residents@lists.maplegrove-assoc.org"),
         fill=list_att("residents@lists.maplegrove-assoc.org"),
         summary="Residents' association AGM", body="Elections for the committee. Free coffee and cake!",
         loc="Maple Grove Community Hall", when=dict(days=(7, 25), hour=(19, 19), dur=90)),
    dict(lang="en", desc="Standards working-group interim meeting via Mailman 2 with subject tag", accts=["corp",
                                                                                                       "free"],
         dom={"corp": ["netcraft-labs.com", "fjordware.no"]}, list=mailman("calext", "lists.interopforum.org",
                                                                           "Calendar extensions WG"),
         to=to_list("calext@lists.interopforum.org"), fill=list_att("calext@lists.interopforum.org"),
         summary="CALEXT interim meeting", body="Agenda: VALARM extensions, JSCalendar mapping. Minutes will be "
                                                "posted to the list.", online="zoom", tz="UTC",
         when=dict(days=(5, 20), hour=(14, 15), dur=90)),
    dict(lang="de", desc="German association list copy (Mailman)", accts=["free", "corp"],
         dom={"corp": "tsv-gruenwald.de"}, charset=["iso-8859-1", "utf-8"],
         list=mailman("mitglieder", "lists.tsv-gruenwald.de", "TSV Grünwald Mitglieder"),
         to=to_list("mitglieder@lists.tsv-gruenwald.de"), fill=list_att("mitglieder@lists.tsv-gruenwald.de"),
         summary="Mitgliederversammlung TSV", body="Tagesordnung folgt. Anträge bitte bis eine Woche vorher.",
         loc="Vereinsheim", when=dict(days=(10, 30), hour=(19, 19), dur=120)),
    dict(lang="fr", desc="French university Sympa list seminar announcement", accts=["corp"],
         clients=["zimbra", "sogo", "thunderbird", "evolution"], dom={"corp": "math.univ-valdeloire.fr"},
         charset=["iso-8859-15", "utf-8"], list=mailman("seminaire-algebre", "listes.univ-valdeloire.fr",
                                                        kind="sympa"),
         to=to_list("seminaire-algebre@listes.univ-valdeloire.fr"),
         fill=list_att("seminaire-algebre@listes.univ-valdeloire.fr"),
         summary="Séminaire d'algèbre – exposé de M. Girard", body="Entrée libre. Café à 14 h 30.",
         loc="Bâtiment E, salle 204", when=dict(days=(3, 14), hour=(14, 15), dur=60)),
    dict(lang="ru", desc="Russian open-source meetup via Mailman 3", accts=["free", "corp"],
         dom={"corp": "sibtekhmontazh.ru"}, charset=["koi8-r", "utf-8"],
         list=mailman("meetup", "lists.linux-nsk.org", "Linux NSK", kind="mailman3"),
         to=to_list("meetup@lists.linux-nsk.org"), fill=list_att("meetup@lists.linux-nsk.org"),
         summary="Встреча сообщества Linux NSK", body="Доклады: systemd и контейнеры. Вход свободный.",
         loc="Технопарк, конференц-зал", when=dict(days=(5, 20), hour=(18, 19), dur=120)),
    dict(lang="pt", desc="Portuguese association general assembly via list", accts=["free"],
         charset=["iso-8859-1", "utf-8"], list=mailman("associados", "listas.apcultura.pt", "AP Cultura"),
         to=to_list("associados@listas.apcultura.pt"), fill=list_att("associados@listas.apcultura.pt"),
         summary="Assembleia geral da associação", body="Ordem de trabalhos: relatório e contas, eleição dos órgãos "
                                                        "sociais.", loc="Sede da associação",
         when=dict(days=(10, 30), hour=(18, 20), dur=120)),
])

# =====================================================================================================================
REPLY_CLIENTS = ["google", "exchange", "outlook-desktop", "thunderbird", "zimbra", "sogo", "nextcloud", "yahoo",
                 "emclient", "apple-mail", "proton", "evolution"]
REPLIES = dict(name="reply-cancel", title="Replies and cancellations for meetings the recipient organised or attends",
               clients=REPLY_CLIENTS, items=[
    dict(lang="en", desc="Partner accepts the recipient's meeting (METHOD:REPLY)", accts=["corp"],
         dom={"corp": ["pinecrest-supply.com", "meridian-coatings.com"]}, att="none",
         summary="Supply agreement renewal", fill=as_reply("ACCEPTED"), when=dict(days=(2, 10), hour=(9, 16),
                                                                                  dur=45)),
    dict(lang="en", desc="Colleague declines with a comment", accts=["corp"], dom={"corp": "{rdom}"}, att="none",
         summary="Weekly ops sync", fill=as_reply("DECLINED", "Sorry, I'm at the customer site all day - I'll read "
                                                              "the notes."),
         when=dict(days=(1, 6), hour=(9, 16), dur=30)),
    dict(lang="en", desc="Tentative reply from a free-mail guest", accts=["free"], att="none",
         summary="Neighbourhood clean-up planning", fill=as_reply("TENTATIVE", "Might be a bit late, kids' swim "
                                                                               "lesson."),
         when=dict(days=(2, 10), hour=(18, 19), dur=60, weekday_only=False)),
    dict(lang="en", desc="Organiser cancels a workshop the recipient was invited to (METHOD:CANCEL)",
         accts=["corp"], dom={"corp": ["northstar-erp.com", "cloudvista.com"]},
         summary="Implementation workshop - day 2",
         fill=as_cancel("Hi all, we're cancelling day 2 - the trainer is ill. We'll send new dates."),
         when=dict(days=(2, 14), hour=(9, 10), dur=360)),
    dict(lang="en", desc="Assistant accepts on behalf of an executive (delegated reply)", accts=["corp"],
         clients=["exchange", "outlook-desktop", "google"], dom={"corp": ["brightpath-marketing.com",
                                                                          "hollis-creative.com"]}, att="none",
         summary="Partnership dinner", loc="Nobu, 105 Hudson St",
         fill=as_reply("ACCEPTED", "Accepted on behalf of Daniel - he's looking forward to it."),
         when=dict(days=(5, 20), hour=(19, 19), dur=150, weekday_only=False)),
    dict(lang="en", desc="Room-booking cancellation sent by the organiser's calendar", accts=["corp"],
         dom={"corp": "{rdom}"}, summary="Interview panel prep", fill=as_cancel(),
         when=dict(days=(1, 7), hour=(9, 16), dur=30)),
    dict(lang="ja", desc="Japanese acceptance reply", accts=["corp"], dom={"corp": "tanaka-shoji.jp"}, att="none",
         charset=["iso-2022-jp", "utf-8"], summary="新製品の打ち合わせ", fill=as_reply("ACCEPTED", "承知いたしました。当日よろしくお願いいたします。"),
         when=dict(days=(2, 10), hour=(10, 17), dur=60)),
    dict(lang="ko", desc="Korean decline reply", accts=["corp", "free"], dom={"corp": "daehan-precision.kr"},
         att="none", charset=["euc-kr", "utf-8"], summary="분기 실적 검토 회의",
         fill=as_reply("DECLINED", "출장 일정으로 참석이 어렵습니다. 자료는 메일로 부탁드립니다."),
         when=dict(days=(2, 10), hour=(9, 17), dur=60)),
    dict(lang="tr", desc="Turkish cancellation of a supplier visit", accts=["corp"],
         dom={"corp": "anadolu-tekstil.com.tr"}, charset=["iso-8859-9", "utf-8"], summary="Tedarikçi ziyareti",
         fill=as_cancel("Merhaba, ziyaret ileri bir tarihe ertelenmiştir. Yeni tarihi ayrıca bildireceğiz."),
         when=dict(days=(2, 14), hour=(10, 15), dur=120)),
    dict(lang="ar", desc="Arabic acceptance reply", accts=["corp"], dom={"corp": "alnoor-trading.ae"}, att="none",
         charset=["windows-1256", "utf-8"], summary="مراجعة عقد التوريد",
         fill=as_reply("ACCEPTED", "شكراً، سأحضر في الموعد."), when=dict(days=(2, 10), hour=(9, 15), dur=60)),
    dict(lang="he", desc="Hebrew tentative reply", accts=["corp", "free"], dom={"corp": "cohen-levi-law.co.il"},
         att="none", charset=["windows-1255", "utf-8"], summary="ישיבת צוות שבועית",
         fill=as_reply("TENTATIVE", "אשתדל להגיע, ייתכן שאאחר."), when=dict(days=(1, 7), hour=(9, 16), dur=45)),
    dict(lang="es", desc="Spanish cancellation of a training session", accts=["corp"],
         dom={"corp": "grupo-arandela.com.mx"}, charset=["iso-8859-1", "utf-8"], summary="Capacitación de ventas",
         fill=as_cancel("Se cancela la sesión por cambio de agenda del instructor."),
         when=dict(days=(2, 14), hour=(9, 12), dur=120)),
    dict(lang="ru", desc="Russian acceptance reply from a contractor", accts=["corp", "free"],
         dom={"corp": "sibtekhmontazh.ru"}, att="none", charset=["koi8-r", "utf-8"],
         summary="Приёмка работ на объекте", fill=as_reply("ACCEPTED", "Буду, возьму с собой акты."),
         when=dict(days=(2, 10), hour=(9, 15), dur=90)),
])

# =====================================================================================================================
PERSONAL = dict(name="personal-invite", title="Personal invitations between friends and family",
                clients=["google", "icloud", "apple-mail", "yahoo", "exchange", "proton", "thunderbird", "zoom",
                         "outlook-desktop", "emclient", "evolution"], items=[
    dict(lang="en", desc="Friend's birthday dinner from iCloud", accts=["free"], summary="Maya's 40th 🎉",
         body="Dinner at ours, then drinks. Bring nothing but yourselves! Parking on the street is free after 6.",
         loc="14 Linden Ave", when=dict(days=(5, 25), hour=(19, 19), dur=240, weekday_only=False)),
    dict(lang="en", desc="Family video call every Sunday with no end date", accts=["free"],
         clients=["zoom", "google", "icloud", "yahoo"], summary="Family call with Grandma", rrule="FREQ=WEEKLY;BYDAY=SU",
         online="zoom", body="Same link every week. Love, Mum", when=dict(days=(1, 7), hour=(17, 18), dur=60,
                                                                         weekday_only=False)),
    dict(lang="en", desc="Wedding save-the-date as an all-day event", accts=["free"],
         autofwd={"domains": ["alumni.northfield.edu", "pobox-forward.net", "members.lakeside-rotary.org"]}, summary="Save the date: Hannah & Tom's wedding", body="Formal invitation to follow. Accommodation info will "
                                                               "be on our website.",
         loc="Larkspur Barn, Somerset", when=dict(days=(120, 300), allday=True, dur=1440, weekday_only=False)),
    dict(lang="en", desc="Kids' playdate invite from another parent", accts=["free"], summary="Playdate - Leo & Sam",
         body="Leo would love to have Sam over. I'll pick them both up from school. Any allergies?",
         loc="Our place", when=dict(days=(1, 7), hour=(15, 15), dur=150)),
    dict(lang="en", desc="Friends' weekend hiking trip with a shared cost note", accts=["free"],
         summary="Lake District hike 🥾", body="Split cost for the cottage is £85 each - send it whenever, no rush. "
                                                 "Bank details in the group chat.", loc="Keswick",
         tz="Europe/London", when=dict(days=(14, 60), hour=(9, 9), dur=2 * 1440, weekday_only=False)),
    dict(lang="ru", desc="Russian family birthday invite", accts=["free"], charset=["koi8-r", "utf-8"],
         summary="День рождения мамы", body="Собираемся у нас, начало в 18:00. Подарок скидываемся вместе.",
         loc="у нас дома", when=dict(days=(5, 25), hour=(18, 18), dur=240, weekday_only=False)),
    dict(lang="el", desc="Greek name-day gathering", accts=["free"], charset=["iso-8859-7", "utf-8"],
         summary="Γιορτή του Γιώργου", body="Σας περιμένουμε για φαγητό και κρασί!", loc="Στο σπίτι μας",
         when=dict(days=(3, 20), hour=(20, 20), dur=240, weekday_only=False)),
    dict(lang="th", desc="Thai family merit-making event", accts=["free"], charset=["tis-620", "utf-8"],
         summary="ทำบุญบ้าน", body="ขอเชิญญาติพี่น้องร่วมทำบุญบ้าน เริ่มพิธีเวลา 07:00 น.", loc="บ้านคุณแม่",
         when=dict(days=(5, 30), hour=(7, 7), dur=240, weekday_only=False)),
    dict(lang="hi", desc="Hindi Diwali get-together", accts=["free"], summary="दिवाली मिलन समारोह",
         body="सभी परिवारों को सादर आमंत्रण। मिठाई और दीये हम लाएँगे।", loc="शर्मा निवास",
         months=(10, 11), when=dict(days=(3, 20), hour=(18, 19), dur=240, weekday_only=False)),
    dict(lang="ar", desc="Arabic family Eid lunch", accts=["free"], charset=["windows-1256", "utf-8"],
         summary="غداء العيد", body="ندعوكم لغداء العيد في بيت العائلة. أهلاً وسهلاً بالجميع.", loc="بيت العائلة",
         when=dict(days=(3, 20), hour=(13, 13), dur=180, weekday_only=False)),
    dict(lang="it", desc="Italian dinner with friends", accts=["free"], charset=["iso-8859-1", "utf-8"],
         summary="Cena da Giulia 🍝", body="Porto io il dolce! Ci vediamo alle 20.", loc="Casa di Giulia",
         when=dict(days=(2, 14), hour=(20, 20), dur=180, weekday_only=False)),
    dict(lang="fr", desc="French picnic with friends", accts=["free"], charset=["iso-8859-15", "utf-8"],
         summary="Pique-nique au parc", body="Chacun apporte quelque chose. S'il pleut, repli chez Amélie.",
         loc="Parc de la Tête d'Or, près du lac", when=dict(days=(3, 20), hour=(12, 12), dur=180,
                                                            weekday_only=False)),
])

# =====================================================================================================================
SUPPORT = dict(name="support-callback", title="Support callbacks the recipient actually requested", clients=ALL,
               items=[
    dict(lang="en", desc="Software vendor support callback for an open case, with case number and phone",
         accts=["service"], clients=BOOKISH, service=svc("Northstar Support", "northstar-erp.com", "amazonses",
                                                         "-//Salesforce.com//Calendar//EN"),
         dom={"service": "northstar-erp.com"}, local={"service": "support"}, sname="Northstar Support",
         summary="Callback: Case #0{n7} - invoice export error", pre=lambda c, V: {"n7": c.digits(7)},
         body="As requested, an engineer will call you at the number on the case. If the time no longer suits, reply "
              "to this email or call +1 (888) 555-0190 and quote case #0{n7}.",
         when=dict(days=(1, 3), hour=(9, 16), dur=30)),
    dict(lang="en", desc="ISP technician visit window", accts=["service"], clients=BOOKISH,
         service=svc("Fibrelink", "fibrelink.co.uk", "sparkpost"), dom={"service": "fibrelink.co.uk"},
         local={"service": "appointments"}, sname="Fibrelink", method="PUBLISH", tz="Europe/London",
         summary="Engineer visit: full-fibre installation",
         body="Your engineer will arrive between 8am and 1pm. Someone over 18 must be home. Reference FL-{num}. "
              "Questions: 0800 555 0162 (free from landlines).", loc="Your home address",
         when=dict(days=(3, 14), hour=(8, 8), dur=300)),
    dict(lang="en", desc="Bank adviser appointment the customer booked (phone, reference)", accts=["service"],
         clients=BOOKISH, service=svc("Oakridge Bank", "oakridgebank.com", "sendgrid"),
         dom={"service": "oakridgebank.com"}, local={"service": "appointments"}, sname="Oakridge Bank",
         method="REQUEST", summary="Your mortgage appointment (phone)",
         body="We'll call you on the number ending 41. For your security, we will never ask for your PIN, full "
              "password or one-time codes. Reference {code}.", when=dict(days=(2, 10), hour=(9, 17), dur=45)),
    dict(lang="en", desc="Support engineer schedules a remote session over Teams for a ticket", accts=["corp"],
         clients=["exchange", "outlook-desktop", "zoom", "google"], dom={"corp": ["ironclad-it.com",
                                                                                  "bluepeak-msp.com"]},
         summary="Remote session - ticket #{n6} printer deployment", pre=lambda c, V: {"n6": c.digits(6)},
         body="Hi {first},\n\nAs agreed on the phone, I'll connect remotely to finish the printer deployment. "
              "Please be at your PC; you'll need to approve the screen-share prompt.\n\n{sname}", online="teams",
         when=dict(days=(1, 4), hour=(9, 16), dur=30)),
    dict(lang="en", desc="Appliance repair visit from a small firm's booking script", accts=["service", "corp"],
         clients=["handrolled"], dom={"*": "quickfix-appliance.com"}, local={"*": "booking"}, sname="QuickFix Appliance",
         infra="hosted-php", summary="Repair visit - dishwasher (job {n5})", pre=lambda c, V: {"n5": c.digits(5)},
         body="Technician arrival window 12-2pm. Call-out fee $79 (waived if you go ahead with the repair). "
              "Questions: (404) 555-0135", loc="Your address", when=dict(days=(1, 6), hour=(12, 12), dur=120)),
    dict(lang="es", desc="Spanish telecom technician appointment", accts=["service"], clients=BOOKISH,
         service=svc("Movilnet", "movilnet-fibra.es", "amazonses"), dom={"service": "movilnet-fibra.es"},
         local={"service": "citas"}, sname="Movilnet", method="REQUEST", charset=["iso-8859-1", "utf-8"],
         summary="Cita con el técnico – instalación de fibra",
         body="El técnico llegará entre las 9:00 y las 13:00. Si no puede estar, llame al 1550 (gratuito). "
              "Nunca le pediremos datos bancarios por teléfono.", when=dict(days=(2, 10), hour=(9, 9), dur=240)),
    dict(lang="tr", desc="Turkish service-centre callback", accts=["service", "corp"], clients=BOOKISH + ["exchange"],
         service=svc("Teknoservis", "teknoservis.com.tr", "sendgrid"), dom={"*": "teknoservis.com.tr"},
         local={"*": "destek"}, sname="Teknoservis", charset=["iso-8859-9", "utf-8"],
         summary="Geri arama randevusu – servis kaydı {n6}", pre=lambda c, V: {"n6": c.digits(6)},
         body="Talebiniz üzerine teknik ekibimiz sizi arayacaktır. Kayıt no: {n6}.", when=dict(days=(1, 4),
                                                                                               hour=(9, 17), dur=20)),
    dict(lang="th", desc="Thai bank branch appointment the customer booked", accts=["service"], clients=BOOKISH,
         service=svc("ธนาคารสยามเกษตร", "siamkaset-bank-appointment.co.th", "amazonses"),
         dom={"service": "siamkaset-bank-appointment.co.th"}, local={"service": "noreply"}, sname="ธนาคารสยามเกษตร",
         method="PUBLISH", charset=["tis-620", "utf-8"], summary="นัดหมายที่สาขา: เปิดบัญชีเงินฝาก",
         body="กรุณานำบัตรประชาชนมาด้วย ธนาคารจะไม่ขอรหัส OTP หรือรหัสผ่านของท่านทางโทรศัพท์", loc="สาขาสีลม",
         when=dict(days=(1, 10), hour=(9, 15), dur=30)),
    dict(lang="pt", desc="Portuguese energy supplier callback", accts=["service"], clients=BOOKISH,
         service=svc("Luzverde Energia", "luzverde.pt", "mailgun"), dom={"service": "luzverde.pt"},
         local={"service": "apoio"}, sname="Luzverde Energia", charset=["iso-8859-1", "utf-8"], method="REQUEST",
         summary="Chamada agendada – alteração de tarifa",
         body="Conforme pedido, vamos ligar-lhe para rever o seu tarifário. Referência {code}.",
         when=dict(days=(1, 5), hour=(9, 18), dur=15)),
])

# =====================================================================================================================
TEAM = dict(name="team-meeting", title="Ordinary meetings with colleagues and business partners", clients=ALL,
            items=[
    dict(lang="en", desc="Weekly team sync with Teams link, recurring", accts=["corp"],
         clients=["exchange", "outlook-desktop"], dom={"corp": ["meridian-coatings.com", "pinecrest-supply.com"]},
         summary="Weekly project sync", rrule="FREQ=WEEKLY;BYDAY=MO", online="teams",
         body="Standing agenda: blockers, next steps, AOB.", att=("colleagues", (3, 8), "{sdom}"),
         when=dict(days=(1, 7), hour=(9, 11), dur=30)),
    dict(lang="en", desc="Customer call from a partner on Google Workspace with Meet", accts=["corp"],
         clients=["google"], dom={"corp": ["lumenfield-labs.com", "kestrel-labs.dev"]},
         summary="{company} <> Lumenfield: integration kickoff", online="meet",
         body="Agenda:\n1. Intros\n2. Scope & timeline\n3. Access and next steps", when=dict(days=(2, 10),
                                                                                       hour=(9, 16), dur=45)),
    dict(lang="en", desc="1:1 from a manager via Thunderbird on the company mail server", accts=["corp"],
         clients=["thunderbird", "evolution", "emclient", "sogo", "zimbra", "nextcloud"], dom={"corp": "{rdom}"},
         summary="1:1", rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", body="Our regular catch-up.", loc="My office",
         when=dict(days=(1, 10), hour=(10, 16), dur=30)),
    dict(lang="en", desc="Site visit with a supplier, from Apple Calendar", accts=["corp", "free"],
         clients=["apple-mail", "icloud"], dom={"corp": "hollis-creative.com"}, summary="Studio visit",
         body="Parking behind the building. Call me when you arrive.", loc="Hollis Creative, 22 Dock St",
         when=dict(days=(2, 14), hour=(10, 15), dur=90)),
    dict(lang="en", desc="Board meeting invite from a small non-profit on Yahoo", accts=["free"],
         clients=["yahoo", "proton", "google"], summary="Board meeting - spring", body="Minutes from last meeting "
                                                                                        "attached to the email thread.",
         loc="Community Centre, Room B", when=dict(days=(7, 30), hour=(18, 19), dur=90)),
    dict(lang="en", desc="Engineering design review from Zimbra with many internal attendees", accts=["corp"],
         clients=["zimbra", "sogo", "exchange"], dom={"corp": "{rdom}"}, summary="Design review: storage v2",
         body="Please read the RFC beforehand. Decisions will be recorded in the doc.", att=("colleagues", (8, 20)),
         loc="Conf room Everest", when=dict(days=(2, 10), hour=(10, 15), dur=60)),
    dict(lang="en", desc="Proton Calendar invite between consultants", accts=["free"], clients=["proton", "icloud"],
         summary="Proposal review", body="Let's go through the draft together.", online="zoom",
         when=dict(days=(1, 7), hour=(9, 16), dur=45)),
    dict(lang="zh", desc="Chinese weekly department meeting", accts=["corp"],
         clients=["exchange", "outlook-desktop", "zimbra", "thunderbird"], dom={"corp": "{rdom}"},
         charset=["gb2312", "utf-8"], summary="部门周例会", rrule="FREQ=WEEKLY;BYDAY=MO",
         body="议程：上周工作总结、本周计划。", loc="3楼大会议室", att=("colleagues", (5, 12)),
         when=dict(days=(1, 7), hour=(9, 10), dur=60)),
    dict(lang="ko", desc="Korean project kickoff with a partner", accts=["corp"],
         clients=["exchange", "google", "outlook-desktop", "nextcloud"], dom={"corp": "hanbit-edu.co.kr"},
         charset=["euc-kr", "utf-8"], summary="프로젝트 착수 회의", body="안건: 일정, 역할 분담, 산출물 확인",
         loc="본사 5층 회의실", when=dict(days=(2, 10), hour=(10, 16), dur=90)),
    dict(lang="he", desc="Hebrew sprint planning", accts=["corp"], clients=["google", "exchange"],
         dom={"corp": "{rdom}"}, charset=["windows-1255", "utf-8"], summary="תכנון ספרינט",
         body="נעבור על הבקלוג ונקבע יעדים לשבועיים הקרובים.", online="meet", att=("colleagues", (4, 9)),
         when=dict(days=(1, 7), hour=(9, 12), dur=60)),
    dict(lang="pl", desc="Polish meeting with a logistics partner", accts=["corp"],
         clients=["exchange", "outlook-desktop", "thunderbird", "google"], dom={"corp": "kowalczyk-transport.pl"},
         charset=["iso-8859-2", "utf-8"], summary="Spotkanie: harmonogram dostaw Q3",
         body="Proszę o przygotowanie prognozy wolumenów.", online="teams", when=dict(days=(2, 10), hour=(9, 15),
                                                                                     dur=60)),
    dict(lang="nl", desc="Dutch project meeting from an engineering firm", accts=["corp"],
         clients=["exchange", "outlook-desktop", "zimbra", "emclient"], dom={"corp": "bakker-installatietechniek.nl"},
         summary="Bouwoverleg fase 2", body="Agenda: planning, meerwerk, veiligheid.", loc="Bouwkeet, Zuidas",
         when=dict(days=(2, 10), hour=(8, 15), dur=90)),
    dict(lang="fr", desc="French steering committee meeting", accts=["corp"],
         clients=["exchange", "outlook-desktop", "zimbra", "sogo", "google"], dom={"corp": "{rdom}"},
         charset=["iso-8859-15", "utf-8"], summary="Comité de pilotage – projet ERP",
         body="Ordre du jour : avancement, risques, arbitrages budgétaires.", online="teams",
         att=("colleagues", (4, 10)), when=dict(days=(3, 14), hour=(9, 16), dur=90)),
])

CATEGORIES = [TRAVEL, HOTEL, MEDICAL, WEBINAR, COMMUNITY, ITNOTE, DOCS, FINANCE, RECRUIT, FORWARD, LISTS, REPLIES,
              PERSONAL, SUPPORT, TEAM]
