# -*- coding: utf-8 -*-
"""Ham side of holdout29.  All text invented for this corpus."""
import lib_fake as fk
from data_util import I, C, F, slug, php, pylib, node, dotnet, bulk, esp


def hfill(rng, m, V, it):
    lang = m["lang"]
    V["rslug"] = slug(V["rdomain"])
    V["pnr"] = fk.code(rng, 6)
    V["amt"] = fk.money(rng, lang, 40, 900)
    V["amt2"] = fk.money(rng, lang, 1200, 9800)
    V["case"] = "%08d" % rng.randint(1000000, 99999999)
    V["inv"] = "INV-%05d" % rng.randint(1000, 99999)
    V["flight"] = "%s %d" % (rng.choice(["NS", "AL", "BX", "KQ", "VT"]), rng.randint(100, 2999))
    V["seat"] = "%d%s" % (rng.randint(3, 38), rng.choice("ACDF"))
    V["room"] = str(rng.randint(101, 512))
    V["tfn"] = fk.phone(rng, "tollfree")
    V["iban_tail"] = "%04d" % rng.randint(0, 9999)


def big_hook(rng, m, atts):
    """internal distribution: many colleagues at the recipient's own domain"""
    import data_common as dc
    n = m["it"].get("big", 200)
    dom = m["rcpt_domain"]
    lang = m["lang"]
    seen = set(a["email"] for a in atts)
    while len(atts) < n:
        f, l, full = dc.person(rng, lang if rng.random() < 0.8 else "en")
        e = "%s@%s" % (dc.local_part(f, l, lang, rng, "f.l"), dom)
        if e in seen:
            e = e.replace("@", "%d@" % rng.randint(2, 99))
        if e in seen:
            continue
        seen.add(e)
        atts.append(dict(name=full if m["client"] != "google" else "", email=e, partstat="NEEDS-ACTION", role="OPT-PARTICIPANT", rsvp=False))


def guests_hook(rng, m, atts):
    """community / user-group invite with many members on assorted domains"""
    import data_common as dc
    n = m["it"].get("big", 150)
    lang = m["lang"]
    doms = dc.RCPT_DOMAINS.get(lang, []) + dc.RCPT_DOMAINS["en"] + ["gmail.com", "outlook.com", "yahoo.com", "icloud.com"]
    seen = set(a["email"] for a in atts)
    while len(atts) < n:
        f, l, full = dc.person(rng, lang)
        e = "%s@%s" % (dc.local_part(f, l, lang, rng), rng.choice(doms))
        if e in seen:
            e = e.replace("@", "%d@" % rng.randint(2, 99))
        if e in seen:
            continue
        seen.add(e)
        atts.append(dict(name="" if m["client"] == "google" else full, email=e, partstat=rng.choice(["NEEDS-ACTION", "ACCEPTED", "TENTATIVE"]),
                         role="REQ-PARTICIPANT", rsvp=True))


# =====================================================================
TRAVEL = C("travel-booking", "airline, rail, ferry and hotel bookings", fill=hfill, off=(5, 60), method="PUBLISH", dur=180, items=[
    I("en", "booking", "esp", "Flight {flight} New York (JFK) - London (LHR)",
      "Booking reference: {pnr}\nPassenger: {rfull}\nDeparture: JFK Terminal 7\nSeat: {seat}\nBaggage: 1 x 23 kg\nTotal paid: {amt2}\nManage booking: https://www.northstar-air.com/manage?pnr={pnr}\nCustomer service: {tfn}",
      dom="northstar-air.com", fa="noreply@itinerary.{sdomain}", fn="Northstar Airways", loc="John F. Kennedy International Airport, Terminal 7",
      gen=esp("Northstar Airways", "flight-{pnr}.ics"), no_rcpt_att=True, tz="America/New_York", hour=19, dur=420,
      body_html='<html><body style="font-family:Arial"><h2>Your trip is confirmed</h2><p>Booking reference <b>{pnr}</b></p><table><tr><td>{flight}</td><td>JFK &rarr; LHR</td><td>Seat {seat}</td></tr></table><p>Total paid: {amt2}</p><p><a href="https://www.northstar-air.com/manage?pnr={pnr}">Manage booking</a></p></body></html>',
      desc="airline e-ticket itinerary, PUBLISH"),
    I("en", "booking", "esp", "Coastline Rail: Seattle to Portland",
      "Reservation number {pnr}\nCoach 4, seat 12A\nFare: {amt}\nPlease arrive 30 minutes early. Questions: {tfn}", dom="coastlinerail.com",
      fa="tickets@{sdomain}", fn="Coastline Rail", loc="King Street Station, Seattle", gen=esp("Coastline Rail", "trip.ics"),
      no_rcpt_att=True, tz="America/Los_Angeles", dur=215, desc="rail ticket"),
    I("en", "booking", "esp", "Stay at Harbour Lights Hotel (2 nights)",
      "Confirmation number: {ref}\nCheck-in from 15:00, check-out until 11:00\nRoom: Deluxe King, non-refundable\nTotal: {amt2} (taxes included)\nHotel phone: {phone}",
      dom="stayfinder.com", fa="reservations@mail.{sdomain}", fn="StayFinder", loc="Harbour Lights Hotel, 22 Quay Street",
      gen=esp("StayFinder", "reservation.ics"), allday=True, days=2, no_rcpt_att=True, desc="hotel reservation, all-day two nights"),
    I("en", "icloud", "free", "Flight to Lisbon TP 1357", "Confirmation {pnr}. I'll drive us to the airport, leave at 5:30.\nOnline check-in opens 36h before.",
      loc="Heathrow Terminal 2", method="REQUEST", tz="Europe/London", hour=8, dur=165, desc="spouse shares flight details via iCloud"),
    I("en", "handrolled", "corp", "Your stay at Birchwood B&B", "Dear {rfull},\nthank you for booking 2 nights with us. Deposit received: {amt}. Balance payable on arrival.\nWe look forward to welcoming you.\nMargaret & Tom",
      dom="birchwood-bnb.co.uk", fa="bookings@{sdomain}", fn="Birchwood B&B", gen=php(order="pv", prodid="-//Birchwood//Booking 1.2//EN"),
      method=None, allday=True, days=2, no_rcpt_att=True, desc="small B&B booking script, no METHOD"),
    I("en", "outlook", "corp", "Itinerary: LHR-JFK, hotel and transfers", "Hi {rname},\nplease find your itinerary below. E-tickets are attached to the booking email. Emergency line 24/7: {tfn}",
      dom="meridian-travel.co.uk", desc="travel agent sends itinerary as meeting"),
    I("de", "booking", "esp", "Ihre Fahrkarte: Berlin Hbf → München Hbf",
      "Auftragsnummer: {pnr}\nICE 1005, Wagen 7, Platz 64\nPreis: {amt}\nBitte halten Sie Ihren Ausweis bereit.",
      dom="regiobahn-tickets.de", fa="buchung@{sdomain}", fn="RegioBahn", loc="Berlin Hbf", gen=esp("RegioBahn", "reise.ics"),
      no_rcpt_att=True, dur=240, cs="iso-8859-15", desc="German rail ticket"),
    I("fr", "booking", "esp", "Confirmation de réservation – Hôtel des Arts",
      "Numéro de confirmation : {ref}\nArrivée à partir de 14h00\nChambre double, petit-déjeuner inclus\nMontant : {amt2}\nTéléphone de l'hôtel : {phone}",
      dom="hotel-des-arts-lyon.fr", fa="reservation@{sdomain}", fn="Hôtel des Arts", allday=True, days=3,
      gen=esp("Hotel des Arts", "reservation.ics"), no_rcpt_att=True, desc="French hotel booking"),
    I("es", "booking", "esp", "Vuelo {flight} Madrid – Buenos Aires",
      "Localizador: {pnr}\nPasajero: {rfull}\nAsiento: {seat}\nImporte total: {amt2}\nFacturación online disponible 24 h antes.",
      dom="aerolineas-sur.com", fa="reservas@{sdomain}", fn="Aerolíneas del Sur", loc="Aeropuerto Adolfo Suárez Madrid-Barajas T4",
      gen=esp("Aerolineas del Sur", "vuelo.ics"), no_rcpt_att=True, dur=780, desc="Spanish airline itinerary"),
    I("ja", "booking", "esp", "【予約確認】新幹線 東京→新大阪", "予約番号：{pnr}\nのぞみ215号 7号車 12E\n料金：{amt}\nご乗車の際はQRコードをご提示ください。",
      dom="eki-yoyaku.jp", fa="info@{sdomain}", fn="えきネット予約", gen=esp("Eki Yoyaku", "reserve.ics"), no_rcpt_att=True, dur=150,
      cs="iso-2022-jp", desc="Japanese shinkansen reservation"),
    I("zh", "booking", "esp", "航班行程单 {flight} 上海浦东—北京首都", "订单号：{pnr}\n乘机人：{rfull}\n座位：{seat}\n票价：{amt}\n请提前两小时到达机场。",
      dom="yunxing-travel.cn", fa="service@{sdomain}", fn="云行旅行", gen=esp("Yunxing", "trip.ics"), no_rcpt_att=True, dur=135, cs="gb2312",
      desc="Chinese flight itinerary"),
    I("th", "handrolled", "corp", "ยืนยันการจอง – Koh Samet Bay Resort", "หมายเลขการจอง: {ref}\nเช็คอิน 14:00 น.\nห้อง Deluxe Sea View\nยอดชำระ: {amt2}\nโทร: {phone}",
      dom="sametbayresort.co.th", fa="reservation@{sdomain}", fn="Koh Samet Bay Resort", gen=php(prodid="-//Samet Bay//Booking//TH"),
      allday=True, days=2, cs="tis-620", no_rcpt_att=True, desc="Thai resort booking from a PHP script"),
    I("el", "booking", "esp", "Κράτηση πλοίου Πειραιάς – Νάξος", "Κωδικός κράτησης: {pnr}\nΑναχώρηση από Πύλη Ε7\nΕπιβάτες: 2, όχημα: 1\nΣύνολο: {amt}",
      dom="aegean-ferries.gr", fa="booking@{sdomain}", fn="Aegean Ferries", loc="Λιμάνι Πειραιά, Πύλη Ε7", gen=esp("Aegean Ferries", "ferry.ics"),
      no_rcpt_att=True, hour=7, dur=330, cs="iso-8859-7", desc="Greek ferry booking"),
])

APPT = C("appointment-booking", "restaurant, doctor, dentist and service appointments", fill=hfill, off=(2, 30), method="PUBLISH", dur=30, items=[
    I("en", "booking", "esp", "Dental check-up at Lumen Dental", "Appointment with Dr. {sname}\nPlease arrive 10 minutes early. To reschedule call {phone} at least 24 hours in advance. A $45 fee applies to missed appointments.",
      dom="lumen-dental.com", fa="appointments@{sdomain}", fn="Lumen Dental", loc="Lumen Dental, 410 Elm Street, Suite 2",
      gen=esp("Lumen Dental", "appointment.ics"), desc="dentist reminder with phone and fee"),
    I("en", "booking", "esp", "Table for 4 at Olive & Ash", "Reservation confirmed for 4 guests. We hold tables for 15 minutes. Card on file for no-shows: $25 per guest.\nModify: https://tablenow.com/r/{tok}",
      dom="tablenow.com", fa="reservations@{sdomain}", fn="TableNow", loc="Olive & Ash, 88 Market St", gen=esp("TableNow", "reservation.ics"),
      hour=19, dur=120, desc="restaurant reservation"),
    I("en", "handrolled", "corp", "Physiotherapy session", "Your appointment with {sname} is confirmed. Deposit paid: {amt}. Wear comfortable clothing.",
      dom="coreflex-physio.com", fa="noreply@{sdomain}", fn="CoreFlex Physio", gen=php(), desc="physio clinic PHP booking"),
    I("en", "google", "corp", "Haircut with Jade", "Booked through our appointment page. Cancellation free until 24h before.", loc="Studio 9 Hair, 9 Bridge Rd",
      method="REQUEST", dom="studio9hair.com", fn="Studio 9 Hair", desc="salon uses Google Calendar booking"),
    I("en", "o365", "corp", "GP appointment - Dr {sname}", "Routine review. Please bring a list of your current medication. Call reception on {phone} if you cannot attend.",
      dom="willowbank-surgery.co.uk", fn="Willowbank Surgery Bookings", method="REQUEST", desc="GP practice via Microsoft Bookings"),
    I("en", "handrolled", "corp", "Vehicle service - MOT and oil change", "Drop off your car by 8:30. Estimated cost {amt}. We'll call you when it's ready.",
      dom="ridgeway-motors.co.uk", fa="service@{sdomain}", fn="Ridgeway Motors", gen=pylib(layout="mixed", ccte="7bit"),
      hour=8, dur=480, desc="garage booking from a Python script"),
    I("it", "booking", "esp", "Prenotazione visita specialistica – Cardiologia", "Codice prenotazione: {ref}\nPresentarsi 15 minuti prima con impegnativa e tessera sanitaria.\nTicket: {amt}",
      dom="prenotasalute.it", fa="noreply@{sdomain}", fn="PrenotaSalute", gen=esp("PrenotaSalute", "visita.ics"), desc="Italian specialist visit"),
    I("pt", "booking", "esp", "Consulta agendada – Clínica Vida", "Sua consulta com Dr(a). {sname} está confirmada.\nEm caso de imprevisto, avise pelo telefone {phone}.",
      dom="clinicavida.com.br", fa="agenda@{sdomain}", fn="Clínica Vida", gen=esp("Clinica Vida", "consulta.ics"), tz="America/Sao_Paulo",
      desc="Brazilian clinic appointment"),
    I("nl", "handrolled", "corp", "Afspraak bij de huisarts", "U heeft een afspraak bij {sname}. Verhinderd? Bel {phone} minimaal 24 uur van tevoren.",
      dom="huisartsen-voorveld.nl", fa="afspraken@{sdomain}", fn="Huisartsenpraktijk Voorveld", gen=dotnet(), cs="iso-8859-1",
      desc="Dutch GP appointment via .NET script"),
    I("ko", "booking", "esp", "진료 예약 확인 – 한빛내과", "예약번호: {ref}\n진료 10분 전까지 내원해 주세요.\n문의: {phone}", dom="hanbit-clinic.co.kr",
      fa="noreply@{sdomain}", fn="한빛내과", gen=esp("Hanbit Clinic", "reservation.ics"), cs="euc-kr", desc="Korean clinic appointment"),
    I("he", "handrolled", "corp", "תור לרופא עור", "התור שלך אצל ד\"ר {sname} נקבע. לביטול יש להתקשר {phone}.", dom="briut-plus.co.il",
      fa="tor@{sdomain}", fn="בריאות פלוס", gen=node(), cs="windows-1255", desc="Hebrew dermatology appointment"),
    I("ar", "handrolled", "corp", "تأكيد حجز طاولة – مطعم الياسمين", "رقم الحجز: {ref}\nعدد الأشخاص: 6\nيرجى الحضور في الموعد، نحتفظ بالطاولة لمدة 15 دقيقة.",
      dom="yasmine-restaurant.ae", fa="booking@{sdomain}", fn="مطعم الياسمين", gen=php(prodid="-//Yasmine//Reservations//AR"), hour=20, dur=120,
      desc="Arabic restaurant booking"),
])

VENDOR = C("vendor-event", "vendor webinars and conferences (large audiences, free/offer wording)", fill=hfill, off=(7, 45), dur=60, items=[
    I("en", "zoom", "corp", "Free webinar: Scaling Kubernetes without the pain", "Join our engineers for a live demo. All attendees get a free 30-day trial and a 20% launch offer.",
      method="PUBLISH", fn="Kubeforge", dom="kubeforge.io", desc="vendor webinar registration via Zoom"),
    I("en", "google", "corp", "Cloud Native Meetup #42 - free pizza!", "Talks: observability on a budget; lessons from our migration. Free entry, pizza and drinks sponsored by our hosts.",
      loc="Level 3, 120 King St", big=260, att_hook=guests_hook, meet=True, desc="user-group meetup with 260 guests"),
    I("en", "o365", "corp", "Customer briefing: renewal offer and roadmap", "Hi {rname},\nwe'd like to walk you through the roadmap and an exclusive early-renewal offer (30% off list).",
      dom="ledgerly.com", desc="vendor account manager briefing"),
    I("en", "booking", "esp", "Your ticket: DevSummit 2025", "Order {ref}\nTicket type: Early Bird (FREE community pass)\nBring your QR code. Doors open 8:00.",
      dom="tixwave.com", fa="tickets@{sdomain}", fn="DevSummit via Tixwave", loc="Convention Centre Hall B", gen=esp("Tixwave", "event.ics"),
      method="PUBLISH", allday=True, days=2, desc="conference ticket"),
    I("en", "teams", "corp", "Q3 partner roadmap webinar - limited seats", "Agenda: product updates, pricing changes, partner offers. Recording will be shared.",
      big=420, att_hook=big_hook, no_rcpt_att=False, desc="partner webinar with 420 attendees"),
    I("en", "handrolled", "esp", "Save the date: Customer Day", "Free for all customers. Keynotes, workshops and a special offer for attendees.",
      dom="brightwell-software.com", fa="events@{sdomain}", fn="Brightwell Events", gen=node(method_param=None), method="PUBLISH", no_rcpt_att=True,
      allday=True, desc="marketing-automation save-the-date"),
    I("de", "o365", "corp", "Kostenloses Webinar: E-Rechnung 2025", "Was ändert sich für Ihr Unternehmen? Teilnahme kostenlos, Aufzeichnung im Anschluss.",
      dom="steuerkanzlei-brandt.de", big=180, att_hook=guests_hook, desc="German free webinar, 180 attendees"),
    I("fr", "zoom", "corp", "Webinaire gratuit : cybersécurité pour les PME", "Inscription confirmée. Offre spéciale réservée aux participants.",
      method="PUBLISH", dom="securipme.fr", desc="French webinar via Zoom"),
    I("ja", "booking", "esp", "【参加登録完了】DXセミナー 2025", "受付番号：{ref}\n参加費：無料\n当日は名刺を2枚ご持参ください。", dom="event-navi.jp",
      fa="seminar@{sdomain}", fn="イベントナビ", gen=esp("EventNavi", "seminar.ics"), method="PUBLISH", cs="shift_jis", desc="Japanese seminar registration"),
    I("pl", "google", "corp", "Konferencja Logistyka 2025 – bezpłatna rejestracja", "Dziękujemy za rejestrację. Udział bezpłatny, obiad zapewniony.",
      loc="Expo XXI, Warszawa", big=220, att_hook=guests_hook, desc="Polish conference with 220 guests"),
    I("hi", "o365", "corp", "निःशुल्क वेबिनार: जीएसटी अपडेट", "सभी ग्राहकों के लिए निःशुल्क। प्रश्नोत्तर सत्र शामिल।", dom="mehta-ca.in",
      desc="Hindi GST webinar"),
    I("tr", "nextcloud", "corp", "Ücretsiz seminer: KVKK uyumu", "Katılım ücretsizdir. Katılımcılara özel indirim teklifi sunulacaktır.", dom="demir-hukuk.com.tr",
      desc="Turkish free seminar"),
])

COMMUNITY = C("community-series", "school, church, sports and club series (often no end date, free mail)", fill=hfill, off=(1, 14), dur=90, items=[
    I("en", "icloud", "free", "U10 soccer practice", "Bring water, shin guards and a ball. Practice is cancelled if it's thundering.", rrule="FREQ=WEEKLY;BYDAY=TU,TH",
      loc="Riverside Park field 3", hour=17, others=(8, 14), desc="weekly youth soccer, no end"),
    I("en", "icloud", "free", "Choir rehearsal", "Altos please bring the new scores.", rrule="FREQ=WEEKLY;BYDAY=WE", loc="St Andrew's Hall", hour=19,
      others=(5, 12), desc="weekly choir rehearsal"),
    I("en", "yahoo", "free", "Book club - monthly", "This month: 'The Overstory'. Snacks rota on the group chat.", rrule="FREQ=MONTHLY;BYDAY=2TH", hour=19,
      others=(4, 8), desc="monthly book club"),
    I("en", "google", "free", "Sunday service - volunteer rota", "Welcome team 9:15, coffee 10:45. Swap with someone if you can't make it.",
      rrule="FREQ=WEEKLY;BYDAY=SU", hour=9, loc="Grace Community Church", others=(10, 25), desc="church volunteer series"),
    I("en", "nextcloud", "corp", "PTA meeting", "Agenda: spring fair, playground fund, AOB.", rrule="FREQ=MONTHLY;BYDAY=1MO", hour=18,
      dom="cedarbrook-school.org", others=(6, 15), desc="school PTA monthly"),
    I("en", "yahoo", "free", "Chess club", "Beginners welcome. Boards provided.", rrule="FREQ=WEEKLY;BYDAY=FR", hour=18, others=(3, 8),
      desc="weekly chess club"),
    I("es", "google", "free", "Entrenamiento de baloncesto (infantil)", "Traer ropa deportiva y agua. Cuota trimestral: 30 €.", rrule="FREQ=WEEKLY;BYDAY=MO,WE",
      hour=18, loc="Polideportivo Municipal", others=(8, 14), desc="Spanish kids basketball"),
    I("pt", "yahoo", "free", "Ensaio do coral", "Vamos ensaiar as músicas do Natal.", rrule="FREQ=WEEKLY;BYDAY=SA", hour=16, others=(6, 12),
      desc="Portuguese choir rehearsal"),
    I("ru", "o365", "free", "Йога по средам", "Коврики есть в зале. Оплата на месте.", rrule="FREQ=WEEKLY;BYDAY=WE", hour=19, dom="outlook.com",
      others=(4, 9), desc="Russian weekly yoga"),
    I("el", "apple", "free", "Πρόβα χορωδίας", "Φέρτε τις παρτιτούρες.", rrule="FREQ=WEEKLY;BYDAY=TH", hour=20, others=(5, 10), desc="Greek choir rehearsal"),
    I("he", "google", "free", "חוג שחמט לילדים", "נא להגיע עשר דקות לפני. התשלום החודשי דרך הוועד.", rrule="FREQ=WEEKLY;BYDAY=SU", hour=16, others=(5, 10),
      desc="Hebrew kids chess club"),
    I("ko", "apple", "free", "성경 공부 모임", "이번 주는 요한복음 3장입니다.", rrule="FREQ=WEEKLY;BYDAY=WE", hour=20, dom="naver.com", others=(4, 9),
      desc="Korean Bible study"),
])

ITNOTICE = C("it-notice", "IT maintenance windows and password-expiry notices", fill=hfill, off=(1, 10), dur=120, items=[
    I("en", "o365", "corp", "Scheduled maintenance: VPN gateway upgrade", "The VPN will be unavailable during this window. Save your work and disconnect beforehand. Questions: IT Service Desk ext. 4400.",
      fn="IT Service Desk", fa="itsupport@{rdomain}", dom="{rdomain}", hour=22, big=300, att_hook=big_hook, no_rcpt_att=False,
      desc="internal VPN maintenance, 300 attendees"),
    I("en", "outlook", "corp", "Your password expires in 7 days", "Reminder: change your password before it expires. On a company laptop press Ctrl+Alt+Del and choose 'Change a password'. IT will never ask for your password.",
      fn="IT Helpdesk", fa="helpdesk@{rdomain}", dom="{rdomain}", allday=True, desc="password-expiry reminder"),
    I("en", "zimbra", "corp", "Mail server maintenance window", "Webmail and IMAP will be unavailable. Mail will be queued, not lost.", dom="mail.hollisford.edu",
      fn="ITS Operations", hour=6, desc="university mail maintenance"),
    I("en", "google", "corp", "Laptop refresh appointment", "Please bring your current laptop and charger. Allow 45 minutes.", loc="IT Bar, 2nd floor",
      fn="IT Support", fa="it-support@{rdomain}", dom="{rdomain}", dkim_sel="google", desc="laptop refresh appointment"),
    I("en", "handrolled", "corp", "Planned maintenance: database failover", "During the window the dashboard may be read-only for up to 5 minutes. Status page: https://status.{sdomain}",
      dom="trackwise.io", fa="noreply@status.{sdomain}", fn="Trackwise Status", gen=node(), hour=2, desc="SaaS status-page maintenance notice"),
    I("de", "teams", "corp", "Wartungsfenster SAP", "Am Wochenende wird das SAP-System aktualisiert. Bitte buchen Sie bis Freitag 16 Uhr alle offenen Belege.",
      fa="it-service@{rdomain}", dom="{rdomain}", fn="IT-Service", hour=18, desc="German SAP maintenance"),
    I("nl", "sogo", "corp", "Onderhoud mailserver", "De mailserver is zaterdag tussen 7.00 en 9.00 uur niet bereikbaar.", hour=7, fa="beheer@{rdomain}",
      dom="{rdomain}", desc="Dutch mail server maintenance"),
    I("zh", "zimbra", "corp", "系统维护通知", "本周六晚22:00至次日02:00进行ERP系统升级，届时系统无法登录。", fa="it@{rdomain}", dom="{rdomain}", hour=22,
      desc="Chinese ERP maintenance"),
    I("ar", "zimbra", "corp", "صيانة مجدولة للبريد الإلكتروني", "سيتوقف البريد الإلكتروني مؤقتاً أثناء أعمال الصيانة.", dom="mail.alnoor-univ.edu.sa",
      hour=23, desc="Arabic email maintenance"),
    I("ru", "thunderbird", "corp", "Плановые работы на сервере 1С", "Сервер будет недоступен с 20:00 до 23:00. Сохраните документы заранее.",
      fa="admin@{rdomain}", dom="{rdomain}", hour=20, desc="Russian server maintenance"),
    I("th", "google", "corp", "แจ้งเปลี่ยนรหัสผ่านประจำไตรมาส", "กรุณาเปลี่ยนรหัสผ่านผ่านระบบภายในก่อนวันที่กำหนด ฝ่ายไอทีจะไม่ขอรหัสผ่านทางอีเมล",
      fa="it@{rdomain}", dom="{rdomain}", allday=True, desc="Thai quarterly password change"),
])

DOCS = C("colleague-doc-share", "colleagues sharing documents with links", fill=hfill, off=(1, 7), dur=45, items=[
    I("en", "o365", "corp", "Review: Q3 budget draft", "Hi all,\nthe draft is here: https://{sslug}.sharepoint.com/:x:/s/Finance/E{tok2}?e={tok}\nPlease add comments before the meeting.",
      dom="{rdomain}", desc="budget review with SharePoint link"),
    I("en", "google", "corp", "Design review - onboarding flow", "Figma and the spec are attached. Focus on the empty states.",
      att=[("https://drive.google.com/open?id=1{tok2}", "application/vnd.google-apps.document", "Onboarding spec v3")], meet=True,
      desc="design review with Drive attachment"),
    I("en", "teams", "corp", "Contract redline walkthrough", "I've uploaded the redline to our shared channel: https://{sslug}.sharepoint.com/:w:/t/Legal/E{tok2}",
      desc="contract redline via Teams"),
    I("en", "thunderbird", "corp", "Paper draft discussion", "Draft is on the group cloud: https://cloud.{sdomain}/s/{tok}\nSections 3 and 4 need the most work.",
      dom="physics.ardent-university.edu", desc="academic paper draft with Nextcloud link"),
    I("en", "zimbra", "corp", "Thesis committee meeting", "Please read chapters 2-4 beforehand. Link: https://files.{sdomain}/share/{tok}", dom="cresthaven.edu",
      desc="thesis committee"),
    I("en", "nextcloud", "corp", "Board pack review", "The board pack is in the Board folder: https://cloud.rowan-trust.org/f/{n6}", dom="rowan-trust.org",
      nc_host="cloud.rowan-trust.org", desc="board pack via Nextcloud"),
    I("fr", "o365", "corp", "Relecture du rapport annuel", "Bonjour,\nle document est disponible ici : https://{sslug}.sharepoint.com/:w:/s/Direction/E{tok2}",
      desc="French annual report review"),
    I("it", "google", "corp", "Revisione preventivo cliente", "Ho condiviso il file su Drive, aggiungete commenti entro giovedì.",
      att=[("https://drive.google.com/open?id=1{tok2}", "application/vnd.google-apps.spreadsheet", "Preventivo_2025")], desc="Italian quote review"),
    I("ja", "teams", "corp", "提案資料レビュー", "資料はこちらに格納しました：https://{sslug}.sharepoint.com/:p:/s/Sales/E{tok2}\n事前に目を通しておいてください。",
      desc="Japanese proposal review"),
    I("pl", "sogo", "corp", "Przegląd umowy najmu", "Projekt umowy: https://pliki.{sdomain}/s/{tok}", desc="Polish lease review"),
    I("tr", "outlook", "corp", "Sunum taslağı", "Taslak sunum ortak klasörde: \\\\fs01\\Pazarlama\\2025\\sunum_v2.pptx", desc="Turkish draft presentation"),
])

FINANCE = C("finance-notice", "finance payment reminders and bank-detail warnings", fill=hfill, off=(1, 14), dur=30, items=[
    I("en", "o365", "corp", "Month-end close: supplier invoices due", "Reminder: all approved supplier invoices must be in the payment run by Thursday noon. Any change of supplier bank details must be verified by phone using the number on file - never the one in the email.",
      fa="finance@{rdomain}", dom="{rdomain}", fn="Finance Team", desc="AP month-end reminder with bank-change warning"),
    I("en", "google", "corp", "Quarterly VAT payment due", "VAT return submitted. Payment of {amt2} due by the deadline. Reference in the shared sheet.", dom="{rdomain}",
      allday=True, desc="VAT payment reminder"),
    I("en", "handrolled", "esp", "Loan payment due", "Your monthly payment of {amt} is due. We will never ask you to confirm your PIN or password by email or phone.",
      dom="firstharbor-bank.com", fa="notifications@{sdomain}", fn="First Harbor Bank", gen=dotnet(esp_like=True), method="PUBLISH", allday=True,
      desc="bank payment reminder with safety note"),
    I("en", "outlook", "corp", "Policy reminder: supplier bank-detail changes", "Fraudsters impersonate suppliers to change bank details. Always call back on a known number before updating any account. Briefing for AP staff.",
      fa="controller@{rdomain}", dom="{rdomain}", fn="Financial Controller", desc="internal bank-detail fraud warning briefing"),
    I("en", "handrolled", "corp", "Invoice {inv} due in 7 days", "Invoice {inv} for {amt2} is due. Pay by bank transfer to the account on the invoice. Our bank details have not changed.",
      dom="ledgerbook-app.com", fa="invoices@{sdomain}", fn="Ledgerbook", gen=node(), allday=True, desc="accounting SaaS invoice reminder"),
    I("de", "teams", "corp", "Zahlungslauf – Freigabe", "Bitte die Zahlungsvorschläge bis 14 Uhr freigeben. Bankdatenänderungen nur nach telefonischer Rückbestätigung!",
      dom="{rdomain}", desc="German payment-run approval"),
    I("es", "o365", "corp", "Aviso: cambios de datos bancarios de proveedores", "Recordatorio: ningún cambio de cuenta bancaria se aplica sin verificación telefónica al número registrado.",
      dom="{rdomain}", desc="Spanish bank-detail warning"),
    I("pt", "zimbra", "corp", "Fechamento mensal – pagamentos", "Enviar notas fiscais pendentes até sexta-feira.", dom="{rdomain}", desc="Portuguese monthly close"),
    I("nl", "google", "corp", "Betalingsherinnering huur", "De huur van {amt2} wordt op de 1e automatisch afgeschreven.", dom="{rdomain}", allday=True,
      desc="Dutch rent payment reminder"),
    I("el", "outlook", "corp", "Υπενθύμιση πληρωμής ΦΠΑ", "Η δήλωση ΦΠΑ λήγει την Παρασκευή. Το ποσό είναι {amt2}.", dom="{rdomain}", desc="Greek VAT reminder"),
    I("hi", "booking", "esp", "ईएमआई देय अनुस्मारक", "आपकी ईएमआई {amt} देय है। हम कभी भी ओटीपी या पिन नहीं पूछते।", dom="sahyog-finance.in",
      fa="alerts@{sdomain}", fn="सहयोग फाइनेंस", gen=esp("Sahyog Finance", "emi.ics"), allday=True, desc="Hindi EMI reminder"),
])

RECRUIT = C("recruiter", "recruiter and hiring interviews", fill=hfill, off=(2, 12), dur=45, items=[
    I("en", "google", "corp", "Interview: Senior Data Engineer - {rfull}", "Hi {rname}, looking forward to speaking with you. This is a 45-minute technical conversation with two engineers.",
      meet=True, fn="{sname} (Recruiting)", desc="recruiter interview with Meet"),
    I("en", "teams", "corp", "Final round interview - Product Manager", "Panel: Head of Product, Engineering Lead. Please prepare a 10-minute case presentation.",
      desc="final round via Teams"),
    I("en", "zoom", "corp", "{sname} is inviting you to a scheduled Zoom meeting", "Recruiter screen for the Account Executive role.", method="REQUEST",
      desc="recruiter Zoom invite"),
    I("en", "handrolled", "corp", "Interview scheduled: Backend Engineer", "Your interview is confirmed. Reschedule: https://careers.{sdomain}/i/{tok}",
      dom="mosaiclabs.io", fa="no-reply@careers.{sdomain}", fn="Mosaic Labs Careers", gen=pylib(), desc="ATS interview confirmation"),
    I("en", "apple", "free", "Quick intro call re: Finance Manager roles", "Hi {rname}, as discussed on LinkedIn, a quick 20 minute call to understand what you're looking for.",
      dom="icloud.com", desc="independent recruiter using Calendar.app"),
    I("en", "handrolled", "esp", "Phone screen confirmed", "Your phone screen with {sname} is confirmed. We'll call you at the number you provided.",
      dom="hirepath.com", fa="scheduling@{sdomain}", fn="HirePath Scheduling", gen=node(),
      method="REQUEST", desc="ATS scheduling link confirmation"),
    I("fr", "o365", "corp", "Entretien – Chargé(e) de projet", "Bonjour {rname},\nje vous confirme notre entretien. Merci de vous présenter à l'accueil.", loc="12 rue des Lilas, Lyon",
      desc="French interview"),
    I("ko", "google", "corp", "면접 일정 안내", "{rname}님, 면접 일정을 안내드립니다. 신분증을 지참해 주세요.", loc="본사 5층 회의실", desc="Korean interview"),
    I("ar", "o365", "corp", "مقابلة عمل – محاسب", "نؤكد موعد المقابلة عبر Teams. مدة المقابلة 30 دقيقة.", desc="Arabic interview via Teams"),
    I("he", "google", "corp", "ראיון עבודה – מפתח/ת Full Stack", "היי {rname}, מצפים לפגוש אותך. הראיון יכלול שאלות טכניות.", meet=True, desc="Hebrew interview"),
    I("zh", "handrolled", "corp", "面试邀请 – 产品经理", "您好，诚邀您参加我司面试。请携带简历。", dom="huaxin-tech.com.cn", fa="hr@{sdomain}", fn="华信科技人力资源部",
      gen=php(prodid="-//Huaxin HR//CN"), cs="gbk", desc="Chinese interview invite"),
])

FWD = C("forwarded-invite", "invitations forwarded by colleagues, family or assistants", fill=hfill, off=(2, 20), dur=60, items=[
    I("en", "google", "corp", "Partner sync - {scompany}", "Agenda: pilot results, next steps.", wrap="fwd-gmail", fwd_note="Can you cover this one for me? I'm out that day.",
      fwd_by=dict(dom="gmail.com", same_dom=False), desc="colleague forwards Google invite"),
    I("en", "o365", "corp", "Steering committee", "Monthly steering committee.", wrap="fwd-outlook", fwd_note="Adding you as you'll own the workstream from now on.",
      desc="Outlook forward of a meeting"),
    I("en", "zoom", "corp", "Webinar: Benefits open enrolment Q&A", "Open enrolment Q&A.", method="PUBLISH", wrap="fwd-gmail",
      fwd_note="FYI in case you want to join.", fwd_by=dict(dom="gmail.com", same_dom=False), desc="forwarded Zoom registration"),
    I("en", "thunderbird", "corp", "Lab safety induction", "Mandatory for new starters.", wrap="fwd-822", fwd_note="Forwarding as requested.",
      dom="chem.ardent-university.edu", desc="forward as attachment"),
    I("en", "booking", "esp", "Flight {flight} Boston - Denver", "Booking reference {pnr}\nSeat {seat}", dom="northstar-air.com",
      fa="noreply@itinerary.{sdomain}", fn="Northstar Airways", gen=esp("Northstar Airways", "flight.ics"), method="PUBLISH", wrap="fwd-gmail",
      fwd_note="Here's my flight so you know when to pick me up", fwd_by=dict(dom="gmail.com", same_dom=False), no_rcpt_att=True, dur=270,
      desc="spouse forwards flight itinerary"),
    I("es", "o365", "corp", "Revisión trimestral", "Revisión de resultados del trimestre.", wrap="fwd-outlook", fwd_note="Te reenvío la convocatoria.",
      desc="Spanish Outlook forward"),
    I("ja", "teams", "corp", "定例会議", "週次の進捗確認です。", wrap="fwd-outlook", fwd_note="代理出席をお願いします。", desc="Japanese Teams meeting forwarded"),
    I("ru", "yahoo", "free", "Встреча выпускников", "Собираемся в кафе.", wrap="fwd-822", fwd_note="Пересылаю приглашение.", fwd_by=dict(dom="mail.ru", same_dom=False),
      desc="Russian reunion forwarded as attachment"),
    I("it", "google", "corp", "Riunione di condominio", "Ordine del giorno: bilancio, lavori facciata.", wrap="fwd-gmail", fwd_note="Ti giro l'invito.",
      fwd_by=dict(dom="gmail.com", same_dom=False), desc="Italian condo meeting forwarded"),
    I("th", "icloud", "free", "งานเลี้ยงรุ่น", "พบกันที่ร้านอาหารริมน้ำ", wrap="fwd-gmail", fwd_note="ส่งต่อคำเชิญนะ", fwd_by=dict(dom="gmail.com", same_dom=False),
      desc="Thai class reunion forwarded"),
])

L_MM = lambda d, n, tag, munge=False, soft="mailman3": dict(domain=d, name=n, tag=tag, munge=munge, software=soft)

LISTCOPY = C("list-copy", "mailing-list copies of invitations (original DKIM broken)", fill=hfill, off=(3, 30), dur=60, items=[
    I("en", "google", "free", "Community call - May", "Agenda in the wiki. Everyone welcome.", meet=True, wrap="list",
      list=L_MM("lists.openfleet.org", "dev", "openfleet-dev", True), desc="open-source community call via Mailman 3"),
    I("en", "o365", "corp", "Department seminar: Dr {sname}", "Title: Sparse models for coastal flooding. Coffee from 3:45.", wrap="list",
      list=L_MM("lists.hollisford.edu", "geo-seminars", "geo-sem", False, "mailman2"), dom="hollisford.edu", desc="department seminar via Mailman 2"),
    I("en", "thunderbird", "corp", "Working group telco", "Minutes from last time are on the wiki.", wrap="list",
      list=L_MM("listes.reseau-recherche.example", "wg-data", "wg-data", False, "sympa"), desc="research working group via Sympa"),
    I("en", "zoom", "corp", "Hiking club: trip planning", "Planning the autumn trips.", method="REQUEST", wrap="list",
      list=dict(domain="googlegroups.com", name="peak-hikers", tag="peak-hikers", munge=True, software="googlegroups"), desc="club Zoom invite via Google Groups"),
    I("en", "nextcloud", "corp", "Allotment committee", "Water rota and shed repairs.", wrap="list", list=L_MM("lists.greenlane-allotments.org", "committee", "committee", False, "mailman2"),
      desc="allotment committee via Mailman"),
    I("en", "icloud", "free", "Neighbourhood clean-up", "Gloves and bags provided.", wrap="list",
      list=dict(domain="googlegroups.com", name="elm-street-neighbours", tag=None, munge=True, software="googlegroups"), desc="neighbourhood group via Google Groups"),
    I("de", "thunderbird", "free", "LUG-Treffen", "Thema: Wayland im Alltag. Gäste willkommen.", wrap="list", dom="posteo.de",
      list=L_MM("lists.lug-lindenau.de", "lug", "LUG", True), desc="German Linux user group"),
    I("fr", "zimbra", "corp", "Réunion du laboratoire", "Ordre du jour : budget, séminaires.", wrap="list",
      list=L_MM("listes.univ-sainte-marthe.fr", "labo-info", "labo-info", False, "sympa"), dom="univ-sainte-marthe.fr", desc="French lab meeting via Sympa"),
    I("pl", "google", "free", "Spotkanie koła naukowego", "Prezentacja projektów.", wrap="list",
      list=dict(domain="googlegroups.com", name="kolo-robotyki", tag="kolo-robotyki", munge=True, software="googlegroups"), desc="Polish student club via Google Groups"),
    I("el", "sogo", "corp", "Συνάντηση συλλόγου", "Θέματα: προϋπολογισμός, εκδηλώσεις.", wrap="list",
      list=L_MM("lists.syllogos-athinas.gr", "meli", "Μέλη", False, "mailman3"), desc="Greek association via Mailman"),
    I("hi", "yahoo", "free", "सोसाइटी की वार्षिक बैठक", "सभी सदस्य उपस्थित रहें।", wrap="list",
      list=dict(domain="googlegroups.com", name="green-park-society", tag="GPS", munge=True, software="googlegroups"), desc="Hindi housing society via Google Groups"),
])

REPLY = C("reply-cancel", "replies and cancellations for meetings the recipient organised or attends", fill=hfill, off=(1, 14), dur=30, items=[
    I("en", "google", "corp", "Project kickoff", "", method="REPLY", reply_status="ACCEPTED", desc="Google accept reply"),
    I("en", "o365", "corp", "Budget review", "", method="REPLY", reply_status="DECLINED", reply_note="Sorry, I'm travelling that week - can we move it?",
      desc="Exchange decline reply with note"),
    I("en", "thunderbird", "corp", "Reading group", "", method="REPLY", reply_status="ACCEPTED", desc="Thunderbird accept reply"),
    I("en", "teams", "corp", "Vendor demo", "The demo is cancelled; we'll reschedule once the contract is signed.", method="CANCEL", desc="Teams meeting cancellation"),
    I("en", "google", "corp", "Coffee catch-up", "", method="CANCEL", desc="Google cancellation"),
    I("en", "zimbra", "corp", "Faculty meeting", "", method="REPLY", reply_status="ACCEPTED", subj="Accept: Faculty meeting", desc="Zimbra accept reply"),
    I("de", "o365", "corp", "Jour fixe Vertrieb", "", method="REPLY", reply_status="ACCEPTED", desc="German accept"),
    I("es", "google", "corp", "Reunión de equipo", "", method="REPLY", reply_status="DECLINED", desc="Spanish decline"),
    I("ja", "o365", "corp", "四半期レビュー", "日程再調整のため、一旦キャンセルいたします。", method="CANCEL", desc="Japanese cancellation"),
    I("ko", "google", "corp", "주간 회의", "", method="REPLY", reply_status="ACCEPTED", desc="Korean accept"),
    I("tr", "o365", "corp", "Proje toplantısı", "", method="REPLY", reply_status="ACCEPTED", desc="Turkish accept"),
    I("pt", "nextcloud", "corp", "Reunião de planejamento", "Reunião cancelada.", method="CANCEL", desc="Portuguese Nextcloud cancellation"),
])

PERSONAL = C("personal-invite", "personal invitations between friends and family", fill=hfill, off=(3, 40), dur=180, items=[
    I("en", "icloud", "free", "Mia's 7th birthday party 🎈", "Bouncy castle in the garden, pizza at 1. No presents needed!", loc="12 Rowan Close", hour=12,
      others=(6, 14), desc="kid's birthday party"),
    I("en", "icloud", "free", "BBQ at ours", "Bring a chair and whatever you like to drink. Kids welcome.", hour=16, others=(4, 10), desc="BBQ invite"),
    I("en", "apple", "free", "Dinner with the Hendersons", "Table booked at 7:30.", hour=19, desc="dinner plans"),
    I("en", "yahoo", "free", "Family reunion", "Cabins are booked. Share costs later: about $120 per family.", allday=True, days=3, others=(8, 20), desc="family reunion weekend"),
    I("en", "apple", "free", "Rehearsal dinner", "Dress code: smart casual.", loc="The Boathouse", hour=18, others=(10, 20), desc="wedding rehearsal dinner"),
    I("ru", "google", "free", "День рождения Саши", "Собираемся у нас, начало в 18:00. Подарки не обязательны!", hour=18, others=(4, 9), desc="Russian birthday party"),
    I("ar", "icloud", "free", "عشاء عائلي", "نلتقي في بيت الجدة بعد صلاة المغرب.", hour=19, others=(4, 10), desc="Arabic family dinner"),
    I("he", "apple", "free", "ארוחת שישי אצלנו", "מביאים קינוח? תעדכנו בקבוצה.", hour=19, dom="walla.co.il", others=(3, 7), desc="Hebrew Friday dinner"),
    I("zh", "google", "free", "周末家庭聚餐", "订好了包间，六点见。", hour=18, others=(4, 9), desc="Chinese family dinner"),
    I("th", "icloud", "free", "ทำบุญขึ้นบ้านใหม่", "เริ่มพิธีเก้าโมงเช้า เชิญร่วมรับประทานอาหารกลางวัน", hour=9, others=(5, 12), desc="Thai housewarming merit-making"),
    I("hi", "icloud", "free", "दिवाली पूजा और रात्रिभोज", "सब लोग शाम सात बजे तक पहुँच जाना।", hour=19, others=(5, 12), desc="Hindi Diwali dinner"),
    I("it", "apple", "free", "Cena di classe – 20 anni dopo", "Quota a testa 40€, pagamento in loco.", hour=20, dom="libero.it", others=(8, 20), desc="Italian class reunion"),
])

SUPPORT = C("support-callback", "support callbacks the recipient really requested", fill=hfill, off=(0, 5), dur=30, items=[
    I("en", "booking", "esp", "Your callback is scheduled - case {case}", "As requested, a technician will call you on the number ending in {n4}. If you miss us, call {tfn} and quote case {case}.",
      dom="fibrewave.net", fa="support@notify.{sdomain}", fn="Fibrewave Support", gen=esp("Fibrewave", "callback.ics"), desc="ISP support callback"),
    I("en", "o365", "corp", "Case {case} - remote troubleshooting session", "Per your request, our engineer will join via Teams to review the logs.", dom="datavault-systems.com",
      desc="vendor support engineer session"),
    I("en", "zoom", "corp", "Support session: account migration", "As requested in ticket #{n6}.", method="REQUEST", desc="support via Zoom"),
    I("en", "handrolled", "corp", "Callback scheduled: ticket #{n6}", "You asked us to call you back. An agent will call {mobile}.", dom="helpnest.com",
      fa="support@{sdomain}", fn="HelpNest Support", gen=php(), desc="helpdesk callback"),
    I("en", "google", "corp", "Call with your relationship manager", "Following your request in online banking, {sname} will call you. We will never ask for your PIN or passwords.",
      dom="greystone-private.com", desc="bank RM callback"),
    I("fr", "booking", "esp", "Rappel planifié – votre conseiller", "Votre conseiller vous rappellera au numéro indiqué. Référence : {case}.", dom="assur-mutuelle.fr",
      fa="ne-pas-repondre@{sdomain}", fn="Mutuelle Assur", gen=esp("Mutuelle", "rappel.ics"), desc="French advisor callback"),
    I("nl", "teams", "corp", "Terugbelafspraak storing", "Zoals afgesproken bellen wij u terug over de storingsmelding {case}.", desc="Dutch outage callback"),
    I("tr", "handrolled", "corp", "Geri arama talebiniz", "Müşteri temsilcimiz sizi arayacaktır. Talep no: {case}", dom="aydin-tekstil.com.tr", fa="destek@{sdomain}",
      fn="Aydın Tekstil Destek", gen=dotnet(), cs="windows-1254", desc="Turkish callback"),
    I("ko", "handrolled", "esp", "상담 예약 확인", "요청하신 전화 상담이 예약되었습니다. 상담번호: {case}", dom="hanbit-telecom.co.kr", fa="noreply@{sdomain}",
      fn="한빛텔레콤 고객센터", gen=node(), method="PUBLISH", cs="euc-kr", desc="Korean support consultation"),
    I("es", "nextcloud", "corp", "Llamada de soporte", "Le llamaremos para revisar la incidencia {case}.", dom="grupo-navarro.es", desc="Spanish support call"),
])

WORK = C("work-meeting", "ordinary work meetings, tasks and multi-event schedules", fill=hfill, off=(1, 14), dur=60, items=[
    I("en", "o365", "corp", "1:1 {rname} / {sfirst}", "", rrule="FREQ=WEEKLY;BYDAY=MO", dom="{rdomain}", dur=30, desc="weekly 1:1"),
    I("en", "google", "corp", "Sprint planning", "Bring estimates for the top 10 tickets.", meet=True, others=(4, 8), desc="sprint planning with Meet"),
    I("en", "teams", "corp", "Client kickoff - {rcompany}", "Introductions, scope, timeline.", others=(3, 6), desc="client kickoff"),
    I("en", "zimbra", "corp", "Faculty meeting", "Curriculum review.", dom="cresthaven.edu", others=(8, 20), desc="faculty meeting"),
    I("en", "handrolled", "corp", "Task: submit expense report", "Due end of month.", vtodo=True, dom="{rdomain}", fa="noreply@{sdomain}",
      fn="Workflow", gen=pylib(), desc="VTODO task assignment"),
    I("en", "thunderbird", "corp", "Prepare grant budget", "Draft budget tables for the proposal.", vtodo=True, desc="Thunderbird VTODO"),
    I("de", "outlook", "corp", "Projektbesprechung Neubau", "Themen: Zeitplan, Kosten, Genehmigungen.", loc="Besprechungsraum 2", desc="German project meeting"),
    I("pt", "teams", "corp", "Reunião de alinhamento", "Alinhamento semanal do projeto.", desc="Portuguese alignment meeting"),
    I("pl", "o365", "corp", "Spotkanie zespołu", "Omówienie planu na kwartał.", desc="Polish team meeting"),
    I("el", "google", "corp", "Συνάντηση έργου", "Ενημέρωση προόδου.", meet=True, desc="Greek project meeting"),
    I("zh-tw", "outlook", "corp", "專案週會", "各組報告進度，請準備本週的工作摘要。", cs="big5", desc="Traditional Chinese weekly meeting"),
    I("ru", "nextcloud", "corp", "График совещаний на месяц", "Первое совещание месяца.",
      more=[dict(s="Совещание по бюджету", d=7), dict(s="Совещание по закупкам", d=14), dict(s="Итоги месяца", d=21)], desc="Russian multi-event schedule"),
])

CATS = [TRAVEL, APPT, VENDOR, COMMUNITY, ITNOTICE, DOCS, FINANCE, RECRUIT, FWD, LISTCOPY, REPLY, PERSONAL, SUPPORT, WORK]
