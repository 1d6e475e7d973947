"""Ham categories for the train12 corpus."""
import datetime as dt

from mk import setup, wchoice, place, custom_profile, apply_custom_quirks, ev_org
from lex import money, phone, iban, LANG_CC
from people import person, local_part, org, RCPT_DOMAINS, loc as L10N, fmt_when, ZONES
from spam import V, fill, tpl, html_wrap, mass_attendees, att_tuples, LIST_HOSTS
from common import to_local, rfc2822, tzabbr


def ham_custom(r, sp, vendor, plain, html=None, layout=None):
    sp["custom"] = custom_profile(r, "ham", vendor=vendor, layout=layout)
    import re as _re
    m = _re.search(r"https?://\S+", plain)
    if m and sp["events"] and r.random() < 0.45:
        sp["events"][0]["url"] = m.group(0)
    sp["custom"]["plain"] = plain
    sp["custom"]["html"] = html or html_wrap(plain)
    apply_custom_quirks(r, sp, "ham")
    ev = sp["events"][0] if sp["events"] else None
    if ev and sp["cs"] not in ("utf-8", "us-ascii") and r.random() < 0.4:
        from common import can_encode
        if can_encode(ev["summary"] + (ev.get("desc") or "") + (ev["organizer"][0] or ""), sp["cs"]) and \
                all(can_encode(a[0] or "", sp["cs"]) for a in ev["attendees"]):
            sp["cal_cs"] = sp["cs"]
    sp["custom"]["mid_domain"] = sp["frm"][1].split("@")[1]


def org_url(r, dom, *paths):
    return "https://%s/%s" % (r.choice(["www.", "my.", "app.", ""]) + dom, "/".join(paths))


def colleague(b, r, lang, rc, client):
    """A sender in the recipient's own organisation."""
    dom = rc["addr"].split("@")[1]
    return setup(b, r, "ham", "", "", lang, client, "given", rcpt=rc, domain=dom)


CITY = {"en": ["London", "New York", "Chicago", "Dublin", "Sydney", "Toronto", "Boston", "Denver"],
        "de": ["Berlin", "München", "Hamburg", "Köln", "Wien", "Zürich"], "fr": ["Paris", "Lyon", "Nice", "Bruxelles"],
        "es": ["Madrid", "Barcelona", "Sevilla", "Valencia"], "it": ["Milano", "Roma", "Firenze", "Napoli"],
        "ja": ["東京(羽田)", "大阪(伊丹)", "札幌(新千歳)", "福岡"], "zh": ["北京", "上海虹桥", "广州", "成都"],
        "th": ["กรุงเทพฯ (BKK)", "เชียงใหม่ (CNX)", "ภูเก็ต (HKT)"]}
AIRL = ["Kestrel Air", "Meridian Airways", "Aurora Skyways", "Bluewater Airlines", "Coastline Rail", "NordRail", "Lumen Air"]

T_TRAVEL = {
    "en": [("Flight {fno} {frm} \u2192 {to}", "Booking reference: {pnr}\nPassenger: {pname}\nFlight {fno} {frm} \u2013 {to}\nDeparture {dep} (local time), Terminal {term}\nSeat {seat}, {cls}\nTotal paid: {amt}\n\nManage your booking: {url}\nOnline check-in opens 24 hours before departure.\nCustomer service: {phone}"),
           ("Train {tno} {frm} \u2013 {to}", "Your e-ticket {pnr}\nCoach {coach}, seat {seat}\nPrice: {amt}\nShow the QR code in the app or print your ticket: {url}\nAssistance: {phone}"),
           ("Trip to {to}: flight {fno}", "Your itinerary from {agency}\nBooking {pnr} \u2013 {pname}\nOutbound {fno} {frm} \u2013 {to}, {dep}\nFare paid: {amt} (non-refundable)\nItinerary and receipts: {url}")],
    "de": [("Ihre Reise: {frm} \u2192 {to}", "Auftragsnummer: {pnr}\nZug {tno}, Wagen {coach}, Platz {seat}\nPreis: {amt}\nIhr Online-Ticket: {url}\nFragen? Service-Hotline {phone}")],
    "fr": [("Votre vol {fno} {frm} \u2013 {to}", "Référence de réservation : {pnr}\nPassager : {pname}\nDépart : {dep}\nSiège {seat}\nMontant payé : {amt}\nGérer ma réservation : {url}")],
    "es": [("Confirmación de reserva {pnr}", "Vuelo {fno} {frm} \u2013 {to}\nSalida: {dep}\nAsiento: {seat}\nImporte total: {amt}\nGestiona tu reserva: {url}\nAtención al cliente: {phone}")],
    "it": [("Biglietto treno {frm} \u2013 {to}", "Codice PNR: {pnr}\nTreno {tno}, carrozza {coach}, posto {seat}\nImporto: {amt}\nIl tuo biglietto: {url}")],
    "ja": [("【予約確認】{frm}→{to} {fno}便", "予約番号：{pnr}\n搭乗者：{pname}様\n出発：{dep}\n座席：{seat}\nお支払い金額：{amt}\n予約の確認・変更：{url}")],
    "zh": [("行程确认：{fno} {frm}—{to}", "订单号：{pnr}\n乘机人：{pname}\n起飞时间：{dep}\n座位：{seat}\n支付金额：{amt}\n管理订单：{url}\n客服电话：{phone}")],
    "th": [("ยืนยันการจอง {pnr} เที่ยวบิน {fno}", "ผู้โดยสาร: {pname}\nออกเดินทาง: {dep}\nที่นั่ง: {seat}\nยอดชำระ: {amt}\nจัดการการจอง: {url}")],
}


def gen_travel(b, r, lang, i):
    client = wchoice(r, {"custom": 6, "google": 2, "exchange": 1, "icloud": 2, "gmail": 1})
    vendor = r.choice(AIRL)
    vdom = vendor.lower().replace(" ", "") + r.choice([".com", ".example", "-mail.com"])
    if client == "custom":
        sp = setup(b, r, "ham", "travel-booking", "", lang, client, "given", domain=vdom, name=vendor,
                   localpart=r.choice(["booking", "noreply", "reservations", "itinerary"]))
    elif client == "exchange":
        sp = setup(b, r, "ham", "travel-booking", "", lang, client, "org", name=r.choice(["Travel Desk", None]))
    else:
        sp = setup(b, r, "ham", "travel-booking", "", lang, client, "free")
    s, d = tpl(T_TRAVEL, lang, i, r)
    cities = CITY.get(lang, CITY["en"])
    a, c = r.sample(cities, 2)
    pnr = r.alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    days = r.randint(5, 60)
    dep_local = to_local(sp["zone"], sp["sent"]) + dt.timedelta(days=days)
    dep_local = dep_local.replace(hour=r.randint(6, 21), minute=r.choice([5, 15, 25, 40, 55]), second=0, microsecond=0)
    v = V(fno="%s%d" % (r.choice(["KE", "MX", "AU", "BW", "LM"]), r.randint(100, 9899)), frm=a, to=c, pnr=pnr,
          pname=sp["rcpt_info"]["name"], dep=dep_local.strftime("%Y-%m-%d %H:%M"), term=r.choice(["1", "2", "3", "A", "B"]),
          seat="%d%s" % (r.randint(3, 38), r.choice("ABCDEF")), cls=r.choice(["Economy", "Economy Light", "Business"]),
          amt=money(r, lang, 89, 1450), url=org_url(r, vdom, "manage", pnr), phone=phone(r, LANG_CC[lang]),
          tno="%s %d" % (r.choice(["ICE", "IC", "FR", "EC", "RJ"]), r.randint(100, 999)), coach=r.randint(1, 14),
          agency=r.choice(["Wayfarer Travel", "Globetrot Agency", "Corporate Travel Desk"]))
    summ, desc = fill(s, v), fill(d, v)
    ev = b.event(sp, summ, desc, start=dep_local, dur=r.choice([75, 110, 145, 220, 480]), organizer=ev_org(sp),
                 loc=a, rsvp=False)
    if client == "custom":
        sp["method"] = r.choice(["PUBLISH", "PUBLISH", "REQUEST"])
        ev["attendees"] = [("", sp["rcpt"], "NEEDS-ACTION", "REQ-PARTICIPANT", False)] if r.random() < 0.5 else []
        if r.random() < 0.4:  # return leg as second VEVENT
            back = dep_local + dt.timedelta(days=r.randint(3, 12), hours=r.randint(-4, 4))
            b.event(sp, fill(s, V(v, frm=c, to=a)), desc, start=back, dur=ev["end"].minute + 120, organizer=ev_org(sp), loc=c,
                    attendees=ev["attendees"])
        ham_custom(r, sp, vendor, desc)
        sp["desc"] = "%s booking confirmation, PUBLISH with booking code and amount" % vendor
    else:
        sp["desc"] = "Traveller shares flight/train booking from own calendar"
    return sp


T_HOTEL = {
    "en": [("Reservation confirmed: {hotel}", "Confirmation number: {code}\nCheck-in: {ci} from 15:00\nCheck-out: {co} until 11:00\nRoom: {room}, {n} guests\nTotal price: {amt} (pay at the property)\nFree cancellation until {cancel}.\nProperty phone: {phone}\nManage booking: {url}"),
           ("Table for {n} at {rest}", "Your reservation is confirmed.\n{rest}, {addr}\nParty size: {n}\nIf your plans change, please cancel at least 2 hours in advance: {url}\nQuestions? Call {phone}"),
           ("Your stay at {hotel}", "Dear {name},\nWe look forward to welcoming you. Breakfast is served 7:00\u201310:30. Parking is {amt} per night. Reply to this email for special requests.\n{url}")],
    "pt": [("Reserva confirmada: {hotel}", "Número da reserva: {code}\nCheck-in: {ci} a partir das 14h\nCheck-out: {co}\nValor total: {amt}\nCancelamento gratuito até {cancel}.\nTelefone: {phone}\n{url}")],
    "nl": [("Reservering bevestigd \u2013 {rest}", "Tafel voor {n} personen bij {rest}, {addr}.\nAnnuleren of wijzigen kan tot 2 uur van tevoren via {url}\nTelefoon: {phone}")],
    "el": [("Επιβεβαίωση κράτησης \u2013 {hotel}", "Αριθμός κράτησης: {code}\nΆφιξη: {ci}\nΑναχώρηση: {co}\nΣύνολο: {amt}\nΤηλέφωνο καταλύματος: {phone}\n{url}")],
    "tr": [("Rezervasyonunuz onaylandı \u2013 {rest}", "{n} kişilik masanız {rest} restoranında ayrılmıştır. Adres: {addr}\nDeğişiklik için: {url}\nTelefon: {phone}")],
    "ko": [("예약 확정 안내 \u2013 {hotel}", "예약번호: {code}\n체크인: {ci}\n체크아웃: {co}\n결제 금액: {amt}\n무료 취소 기한: {cancel}\n문의: {phone}\n{url}")],
}
HOTELS = ["Harbour View Hotel", "Hotel Lindenhof", "The Copper Kettle Inn", "Casa Marisol", "Aegean Blue Suites", "Seoul Garden Stay", "Pension Alpenblick"]
RESTS = ["Trattoria Nonna Rosa", "De Gouden Lepel", "Bistro Lumière", "Sakura Table", "Kebapçı Ali Usta", "The Oak Room"]


def gen_hotel(b, r, lang, i):
    client = wchoice(r, {"custom": 6, "gmail": 2, "google": 1, "outlook": 1, "yahoo": 1})
    s, d = tpl(T_HOTEL, lang, i, r)
    is_rest = "{rest}" in s
    venue = r.choice(RESTS if is_rest else HOTELS)
    platform = r.choice(["StayFinder", "TableHop", "RoomNest", None])
    vdom = (platform or venue).lower().replace(" ", "").replace("'", "") + r.choice([".com", ".example", ".net"])
    if client == "custom":
        sp = setup(b, r, "ham", "hotel-restaurant", "", lang, client, "given", domain=vdom, name=platform or venue,
                   localpart=r.choice(["noreply", "reservations", "confirm", "bookings"]))
    elif client in ("outlook", "yahoo", "gmail", "google"):
        sp = setup(b, r, "ham", "hotel-restaurant", "", lang, client, "free" if client != "outlook" else "org", name=venue)
    rc_lang = lang
    ci = to_local(sp["zone"], sp["sent"]) + dt.timedelta(days=r.randint(3, 50))
    ci = ci.replace(hour=15 if not is_rest else r.choice([12, 19, 20, 21]), minute=0 if not is_rest else r.choice([0, 30]), second=0, microsecond=0)
    nights = r.randint(1, 7)
    v = V(hotel=venue, rest=venue, code=r.digits(10), ci=ci.strftime("%d/%m/%Y"), co=(ci + dt.timedelta(days=nights)).strftime("%d/%m/%Y"),
          room=r.choice(["Double Room", "Superior King", "Twin Room", "Family Suite"]), n=r.randint(2, 6),
          amt=money(r, lang, 120, 1900), cancel=(ci - dt.timedelta(days=2)).strftime("%d/%m/%Y"), phone=phone(r, LANG_CC[lang]),
          url=org_url(r, vdom, "reservation", r.alnum(12)), addr=r.choice(["Kade 14", "12 High Street", "Via Roma 8", "İstiklal Cd. 41", "Rue de la Paix 3"]),
          name=sp["rcpt_info"]["first"])
    summ, desc = fill(s, v), fill(d, v)
    if is_rest:
        ev = b.event(sp, summ, desc, start=ci, dur=120, organizer=ev_org(sp), loc="%s, %s" % (venue, v["addr"]), rsvp=False)
    else:
        ev = b.event(sp, summ, desc, start=ci.replace(hour=0), allday=True, dur=nights, organizer=ev_org(sp), loc=venue, rsvp=False)
    if client == "custom":
        sp["method"] = r.choice(["PUBLISH", "REQUEST", None])
        ev["attendees"] = [] if r.random() < 0.5 else ev["attendees"]
        ham_custom(r, sp, platform or venue, desc)
    sp["desc"] = "%s confirmation (%s) with code, amount and phone" % ("Restaurant" if is_rest else "Hotel", platform or venue)
    return sp


T_MED = {
    "en": [("Appointment with Dr. {doc}", "Your appointment at {clinic} is confirmed.\n{addr}\nPlease arrive 10 minutes early and bring your insurance card.\nTo cancel or reschedule call {phone} at least 24 hours in advance; late cancellations may be charged {amt}.\nManage: {url}"),
           ("Dental check-up and cleaning", "Reminder from {clinic}: check-up with Dr. {doc}.\nReply C to confirm or call {phone}.\n{url}"),
           ("Video consultation \u2013 {clinic}", "Your telehealth visit with Dr. {doc}. Join 5 minutes before the start: {url}\nCopay due at visit: {amt}")],
    "de": [("Termin bei Dr. {doc}", "Ihr Termin in der Praxis {clinic} ist bestätigt.\n{addr}\nBitte bringen Sie Ihre Versichertenkarte mit.\nAbsage bitte mindestens 24 Stunden vorher unter {phone} oder online: {url}")],
    "nl": [("Afspraak tandarts {clinic}", "Uw afspraak bij {doc} is bevestigd.\n{addr}\nVerhinderd? Meld dit 24 uur van tevoren via {phone}; anders kunnen wij {amt} in rekening brengen.")],
    "he": [("תור לרופא: ד\"ר {doc}", "התור שלך במרפאת {clinic} אושר.\n{addr}\nלביטול או שינוי יש להתקשר ל-{phone} לפחות 24 שעות מראש.\n{url}")],
    "pl": [("Wizyta u lekarza \u2013 {clinic}", "Potwierdzamy wizytę u dr {doc}.\n{addr}\nProsimy zabrać dowód osobisty. Odwołanie wizyty: {phone} lub {url}")],
    "ar": [("تأكيد موعد \u2013 {clinic}", "تم تأكيد موعدك مع الدكتور {doc}.\n{addr}\nيرجى الحضور قبل الموعد بـ 15 دقيقة. للإلغاء أو التعديل اتصل على {phone}\n{url}")],
}


def gen_med(b, r, lang, i):
    client = wchoice(r, {"custom": 5, "nextcloud": 1, "exchange": 2, "zimbra": 1, "zoom": 1})
    clinic = r.choice(["Riverside Family Practice", "Praxis am Markt", "Smile Dental Studio", "Tandartspraktijk De Linde", "Centrum Medyczne Zdrowie", "North Clinic"])
    cdom = clinic.lower().replace(" ", "-")[:18].strip("-") + r.choice([".com", ".example", ".org"])
    sched = r.choice(["MediSlot", "DocAgenda", "CareBook", None])
    if client == "custom":
        sp = setup(b, r, "ham", "medical-appointment", "", lang, client, "given",
                   domain=(sched.lower() + ".example") if sched else cdom, name=clinic,
                   localpart=r.choice(["noreply", "termine", "appointments", "reminder"]))
    elif client == "zoom":
        sp = setup(b, r, "ham", "medical-appointment", "", lang, client, "org", domain=cdom)
        sp["zm_type"] = "meeting_invite"
    else:
        sp = setup(b, r, "ham", "medical-appointment", "", lang, client, "given", domain=cdom, name=clinic if r.random() < 0.5 else None)
    s, d = tpl(T_MED, lang, i, r)
    docn = person(r, lang)[0].split()[-1]
    v = V(doc=docn, clinic=clinic, addr=r.choice(["221 Elm Street, Suite 4", "Marktplatz 7, 2. OG", "Lindelaan 12", "ul. Lipowa 5", "Ha-Rav Kook 18"]),
          phone=phone(r, LANG_CC[lang] if lang != "en" else r.choice(["us", "uk", "au"])), amt=money(r, lang, 25, 60),
          url=org_url(r, sp["frm"][1].split("@")[1], "appointments", r.alnum(10)))
    summ, desc = fill(s, v), fill(d, v)
    ev = b.event(sp, summ, desc, days=(2, 30), hour=(8, 17), dur=r.choice([15, 20, 30, 45]), organizer=ev_org(sp),
                 loc=clinic + ", " + v["addr"], rsvp=False, alarms=[{"trigger": "-P1D", "desc": "Reminder"}] if r.random() < 0.5 else None)
    if client == "custom":
        sp["method"] = r.choice(["PUBLISH", "REQUEST"])
        ham_custom(r, sp, sched or clinic, desc)
    sp["desc"] = "Appointment confirmation from %s (phone to reschedule, fee note)" % (sched or clinic)
    return sp


T_WEB = {
    "en": [("Webinar: {topic}", "Thanks for registering! Join us for a FREE live session on {topic}.\nSpeakers: {sp1}, {sp2}\nAll attendees get an exclusive 30% discount offer on annual plans (code {code}).\nJoin: {url}\nAdd it to your calendar so you don't miss it!"),
           ("{conf} {year} \u2013 your registration", "You're registered for {conf} {year} in {city}. Badges are available at check-in. Early-bird offer: bring a colleague for free with code {code}.\nAgenda: {url}"),
           ("Live demo: {product} \u2013 limited seats", "Join our product team for a live demo and Q&A. Free for customers and prospects. Limited seats \u2013 first come, first served.\n{url}")],
    "de": [("Webinar: {topic}", "Vielen Dank für Ihre Anmeldung zum kostenlosen Webinar. Alle Teilnehmer erhalten ein exklusives Angebot (Code {code}).\nTeilnehmen: {url}")],
    "fr": [("Webinaire gratuit : {topic}", "Merci pour votre inscription ! Offre spéciale pour les participants : -20 % avec le code {code}.\nRejoindre : {url}")],
    "ja": [("【無料ウェビナー】{topic}", "ご登録ありがとうございます。参加者限定の特別オファーもご用意しています（コード：{code}）。\n参加URL：{url}")],
    "ko": [("[무료 웨비나] {topic}", "등록해 주셔서 감사합니다. 참석자 전원에게 특별 할인 혜택(코드 {code})을 드립니다.\n참여 링크: {url}")],
    "hi": [("निःशुल्क वेबिनार: {topic}", "पंजीकरण के लिए धन्यवाद! सभी प्रतिभागियों को विशेष ऑफ़र (कोड {code}) मिलेगा।\nजुड़ें: {url}")],
    "es": [("Webinar gratuito: {topic}", "¡Gracias por registrarte! Oferta exclusiva para asistentes: 25% de descuento con el código {code}.\nAccede aquí: {url}")],
}
TOPICS = {"en": ["Zero-trust networking in practice", "Kubernetes cost optimisation", "AI for finance teams", "Modern data stacks"],
          "de": ["Cloud-Kosten im Griff"], "fr": ["La facturation électronique 2026"], "ja": ["クラウド移行の進め方"],
          "ko": ["데이터 분석 자동화"], "hi": ["छोटे व्यवसायों के लिए डिजिटल मार्केटिंग"], "es": ["Ciberseguridad para pymes"]}


def gen_webinar(b, r, lang, i):
    client = wchoice(r, {"zoom": 3, "exchange": 2, "google": 2, "custom": 3, "outlook": 1})
    vendor_n, vdom = org(r, "en" if lang in ("hi",) else lang)
    vendor_n = vendor_n.split()[0] + r.choice([" Software", " Cloud", " Analytics", ""])
    sp = setup(b, r, "ham", "vendor-webinar", "", lang, client, "given" if client != "zoom" else "org", domain=vdom,
               name=r.choice([vendor_n + " Events", vendor_n, None]), localpart=r.choice(["events", "webinars", "marketing", None]))
    s, d = tpl(T_WEB, lang, i, r)
    url = {"zoom": None, "exchange": None, "google": None}.get(client) or org_url(r, vdom, "live", r.alnum(8))
    v = V(topic=r.choice(TOPICS[lang]), sp1=person(r, lang)[0], sp2=person(r, "en")[0], code=r.alnum(8, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
          url=url, conf=vendor_n.split()[0] + r.choice(["Con", " Summit", " World"]), year=sp["sent"].year + (1 if sp["sent"].month > 9 else 0),
          city=r.choice(["Lisbon", "Austin", "Amsterdam", "Berlin", "Singapore"]), product=vendor_n)
    if client == "zoom":
        v["url"] = "https://%s/w/%s?tk=%s" % (sp.setdefault("zoom_host", "us06web.zoom.us"), sp.setdefault("zoom_id", r.digits(11)), r.alnum(40))
    summ, desc = fill(s, v), fill(d, v)
    big = client in ("exchange", "google", "outlook") and r.random() < 0.7
    att = None
    if big:
        addrs = mass_attendees(r, sp["rcpt_info"], r.randint(120, 480), same_domain=False)
        att = att_tuples(ev_org(sp), addrs)
    ev = b.event(sp, summ, desc, days=(5, 40), hour=(9, 17), dur=r.choice([45, 60, 90]), organizer=ev_org(sp), attendees=att)
    if client == "exchange" and r.random() < 0.6:
        sp["teams"] = True
    if client == "google":
        ev["meet"] = "%s-%s-%s" % (r.lower(3), r.lower(4), r.lower(3))
    if client == "zoom":
        sp["subject"] = summ + " Confirmation"
        sp["html_body"] = "Hi %s,<br><br>Thank you for registering for &quot;%s&quot;.<br><br>%s" % (sp["rcpt_info"]["first"], summ, desc.replace("\n", "<br>"))
        sp["method"] = "PUBLISH"
    if client == "custom":
        sp["method"] = r.choice(["REQUEST", "PUBLISH"])
        sp["snd"]["esp"] = r.choice(["sendgrid", "ses", "mailgun", "sparkpost"])
        if r.random() < 0.5:
            ev["conference"] = [(url, L10N(lang, "join"))]
        ham_custom(r, sp, r.choice(["GoToWebinar-like", "EventHive", vendor_n]), desc, html_wrap(desc, url, L10N(lang, "join")))
        sp["xhdrs"] = [("List-Unsubscribe", "<%s>" % org_url(r, vdom, "unsubscribe", r.alnum(16))), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
    sp["desc"] = "Vendor webinar/conference registration%s, 'free'/'offer' wording" % (" with %d attendees visible" % len(att) if att else "")
    return sp


T_COMM = {
    "en": [("Choir rehearsal", "Weekly rehearsal in the parish hall. Bring your folder! Parking behind the church.", "FREQ=WEEKLY;BYDAY=TH"),
           ("U10 soccer practice", "Practice every Tuesday and Thursday at Millbrook Park, field 3. Bring water and shin guards. Coach {coach}: {phone}", "FREQ=WEEKLY;BYDAY=TU,TH"),
           ("Book club", "Monthly book club at the library. This month: {book}. New members always welcome.", "FREQ=MONTHLY;BYDAY=2WE"),
           ("PTA meeting", "Monthly PTA meeting in the school library. Everyone welcome, free childcare in room 4.", "FREQ=MONTHLY;BYDAY=1TH"),
           ("Coffee rota \u2013 Sunday service", "Volunteer rota for coffee after the Sunday service. Thank you all!", "FREQ=WEEKLY;BYDAY=SU")],
    "es": [("Ensayo del coro", "Ensayo semanal en la parroquia. ¡No olvidéis las partituras!", "FREQ=WEEKLY;BYDAY=WE")],
    "it": [("Allenamento pallavolo", "Allenamento ogni martedì in palestra comunale. Portate acqua e scarpe da ginnastica.", "FREQ=WEEKLY;BYDAY=TU")],
    "pt": [("Reunião do grupo de oração", "Encontro semanal no salão paroquial. Todos são bem-vindos!", "FREQ=WEEKLY;BYDAY=FR")],
    "pl": [("Próba chóru", "Cotygodniowa próba w salce parafialnej. Prosimy o punktualność.", "FREQ=WEEKLY;BYDAY=MO")],
    "el": [("Πρόβα χορωδίας", "Εβδομαδιαία πρόβα στην αίθουσα της ενορίας. Φέρτε τις παρτιτούρες σας.", "FREQ=WEEKLY;BYDAY=WE")],
    "tr": [("Mahalle futbol antrenmanı", "Her cumartesi sabahı okul bahçesinde antrenman. Su ve krampon getirmeyi unutmayın.", "FREQ=WEEKLY;BYDAY=SA")],
}


def gen_comm(b, r, lang, i):
    client = wchoice(r, {"google": 4, "yahoo": 3, "icloud": 3, "exchange": 1, "thunderbird": 1, "applemail": 2})
    sp = setup(b, r, "ham", "community-series", "", lang, client, "free")
    s, d, rr = tpl(T_COMM, lang, i, r)
    v = V(coach=person(r, lang)[0], phone=phone(r, LANG_CC[lang] if lang != "en" else "us"),
          book=r.choice(["The Salt Path", "Klara and the Sun", "Lessons in Chemistry"]))
    summ, desc = fill(s, v), fill(d, v)
    addrs = mass_attendees(r, sp["rcpt_info"], r.randint(6, 40), same_domain=False)
    ev = b.event(sp, summ, desc, days=(1, 10), hour=(9, 19), dur=r.choice([60, 90, 120]), organizer=ev_org(sp),
                 attendees=att_tuples(ev_org(sp), addrs), loc=r.choice(["Parish hall", "Millbrook Park", "Public library", "School gym", ""]), workday=False)
    ev["rrule"] = rr
    if r.random() < 0.3 and client in ("google", "icloud", "thunderbird", "yahoo", "applemail"):
        # schedule sent as several events (season fixtures)
        for k in range(r.randint(2, 4)):
            b.event(sp, summ + " (%d)" % (k + 2), desc, start=ev["start"] + dt.timedelta(days=7 * (k + 1)), dur=90, organizer=ev_org(sp),
                    attendees=ev["attendees"], loc=ev["loc"])
        ev["rrule"] = None
        sp["desc"] = "Club/school schedule with several events from a free-mail organiser"
    else:
        sp["desc"] = "Open-ended recurring %s series (no end date) from a free-mail organiser" % rr.split(";")[0].split("=")[1].lower()
    return sp


T_IT = {
    "en": [("Planned maintenance: {system}", "The IT department will perform scheduled maintenance on {system}. The service will be unavailable during this window. No action is required from you.\nStatus page: {url}\nService desk: {phone}"),
           ("Your password expires in 7 days", "Reminder from IT: your network password expires on {date}. Change it on a company device (Ctrl+Alt+Del > Change a password) or on the self-service portal {url}.\nIT will never ask for your password by email or phone."),
           ("Mandatory: annual security awareness training", "All staff must complete the annual security training by {date}. Session in the main conference room or online: {url}"),
           ("Laptop refresh appointment", "Please bring your laptop and charger to the IT service point. Back up local files beforehand. Ticket {code}.")],
    "de": [("Geplante Wartung: {system}", "Die IT führt Wartungsarbeiten an {system} durch. Während dieses Zeitraums ist der Dienst nicht verfügbar. Es ist keine Aktion erforderlich.\nStatus: {url}")],
    "ru": [("Плановые работы: {system}", "ИТ-отдел проведёт плановое обслуживание {system}. Сервис будет недоступен. Действий не требуется.\nСтатус: {url}")],
    "zh": [("系统维护通知：{system}", "信息部将对{system}进行例行维护，期间服务暂停。无需任何操作。\n状态页面：{url}")],
    "ja": [("【定期メンテナンス】{system}", "情報システム部より：{system}の定期メンテナンスを実施します。作業中はサービスをご利用いただけません。\n詳細：{url}")],
    "he": [("תחזוקה מתוכננת: {system}", "מחלקת מערכות מידע תבצע עבודות תחזוקה ב-{system}. השירות לא יהיה זמין בזמן זה. אין צורך בפעולה.\n{url}")],
}


def gen_it(b, r, lang, i):
    client = wchoice(r, {"exchange": 3, "outlook": 1, "zimbra": 1, "sogo": 1, "nextcloud": 1, "thunderbird": 2, "google": 1})
    if lang == "en" and i in (1, 2):
        client = "thunderbird"
    rc = b.recipient(lang)
    dom = rc["addr"].split("@")[1]
    sp = setup(b, r, "ham", "it-notice", "", lang, client, "given", rcpt=rc, domain=dom,
               name=r.choice(["IT Service Desk", "IT Operations", "Helpdesk", None]), localpart=r.choice(["it-servicedesk", "helpdesk", "it", "sysadmin", None]))
    s, d = tpl(T_IT, lang, i, r)
    v = V(system=r.choice(["VPN gateway", "e-mail server", "ERP (SAP)", "file server", "Wi-Fi network", "Exchange"]),
          url="https://%s.%s/%s" % (r.choice(["status", "it", "intranet", "selfservice"]), dom, r.choice(["", "maintenance", "password"])),
          phone=phone(r, LANG_CC[lang]) if lang != "en" else "ext. %d" % r.randint(2000, 4999),
          date=(sp["sent"] + dt.timedelta(days=7)).strftime("%Y-%m-%d"), code="INC%07d" % r.randint(10**5, 10**7))
    summ, desc = fill(s, v), fill(d, v)
    todo = client == "thunderbird" and r.random() < 0.7
    ev = b.event(sp, summ, desc, days=(2, 14), hour=(18, 22) if "maint" in s.lower() or lang != "en" else (9, 16),
                 dur=r.choice([60, 120, 240]), organizer=ev_org(sp), others=r.randint(0, 25), todo=todo, workday=False)
    ev["transp"] = "TRANSPARENT"
    sp["desc"] = "Internal IT %s from own organisation" % ("task (VTODO)" if todo else "notice")
    return sp


T_DOCS = {
    "en": [("Review: {doc}", "Hi {name},\nI've put the draft in our shared folder \u2013 can we go through it on Thursday? Comments welcome before then.\n{url}\nThanks,\n{sender}"),
           ("Budget walkthrough Q{q}", "Let's go through the Q{q} numbers together. Spreadsheet: {url}"),
           ("Design review \u2013 slides", "Slides are here: {url}\nPlease add your feedback as comments before the meeting.")],
    "fr": [("Relecture : {doc}", "Bonjour {name},\nle brouillon est dans le dossier partagé, on en parle jeudi ?\n{url}\nMerci,\n{sender}")],
    "it": [("Revisione documento: {doc}", "Ciao {name},\nho caricato la bozza nella cartella condivisa. Ne parliamo in riunione?\n{url}\n{sender}")],
    "ru": [("Обсуждение: {doc}", "Коллеги, черновик лежит в общей папке, посмотрите до встречи.\n{url}\n{sender}")],
    "ar": [("مراجعة المستند: {doc}", "مرحبًا {name}،\nوضعت المسودة في المجلد المشترك، لنراجعها معًا في الاجتماع.\n{url}\n{sender}")],
    "zh-tw": [("文件審閱：{doc}", "{name} 您好，\n草稿已放在共用資料夾，會議時一起討論。\n{url}\n{sender}")],
    "th": [("ทบทวนเอกสาร: {doc}", "สวัสดีครับ คุณ{name}\nผมอัปโหลดร่างไว้ในโฟลเดอร์ที่แชร์แล้ว คุยกันในประชุมนะครับ\n{url}\n{sender}")],
}


def gen_docs(b, r, lang, i):
    client = wchoice(r, {"exchange": 4, "google": 3, "nextcloud": 1, "outlook": 1, "zimbra": 1, "sogo": 1})
    rc = b.recipient(lang)
    dom = rc["addr"].split("@")[1]
    sp = setup(b, r, "ham", "doc-share-colleague", "", lang, client, "given", rcpt=rc, domain=dom)
    s, d = tpl(T_DOCS, lang, i, r)
    tenant = dom.split(".")[0].replace("-", "")
    doc = r.choice(["Project charter v3.docx", "Q3 forecast.xlsx", "Vendor contract draft.docx", "Roadmap 2025.pptx", "Policy update.docx"])
    if client == "google":
        url = "https://docs.google.com/%s/d/%s/edit?usp=sharing" % (r.choice(["document", "spreadsheets", "presentation"]), r.alnum(44))
    elif client == "nextcloud":
        url = "https://%s/s/%s" % (sp["nc_host"], r.alnum(15))
    else:
        url = "https://%s.sharepoint.com/:w:/r/sites/%s/Shared%%20Documents/%s?d=w%s&csf=1&web=1" % (tenant, r.choice(["Finance", "Projects", "Team", "Marketing"]), doc.replace(" ", "%20"), r.hex(32))
    v = V(name=rc["first"], doc=doc, url=url, sender=sp["snd"]["name"], q=r.randint(1, 4))
    summ, desc = fill(s, v), fill(d, v)
    ev = b.event(sp, summ, desc, days=(1, 9), hour=(9, 16), dur=r.choice([30, 45, 60]), organizer=ev_org(sp), others=r.randint(0, 6))
    if client == "google" and r.random() < 0.8:
        ev["attach"] = [(url, "application/vnd.google-apps.document", doc)]
        ev["meet"] = "%s-%s-%s" % (r.lower(3), r.lower(4), r.lower(3))
    if client == "exchange" and r.random() < 0.5:
        sp["teams"] = True
    sp["desc"] = "Colleague shares a document link for a review meeting"
    return sp


T_FIN = {
    "en": [("Payment run \u2013 invoice approvals due", "Reminder: approve open supplier invoices in {system} before the weekly payment run.\nNote: we never change supplier bank details based on an email. Any change request must be verified by phone using the number on file.", None),
           ("Invoice {code} due {date}", "Dear {name},\nThis is a friendly reminder that invoice {code} for {amt} is due on {date}. Our bank details are unchanged: {iban}.\nIf you have already paid, please ignore this reminder.\nAccounts Receivable, {co}", None),
           ("Month-end close", "Month-end close meeting. Please submit accruals by noon.", "FREQ=MONTHLY;BYMONTHDAY=28"),
           ("Fraud warning: fake bank-detail change requests", "Short briefing for finance staff: we've seen emails impersonating suppliers asking to update IBANs. Always call back on the known number before changing any payment details.", None)],
    "de": [("Zahlungserinnerung Rechnung {code}", "Sehr geehrte/r {name},\nwir erinnern freundlich an die Rechnung {code} über {amt}, fällig am {date}. Unsere Bankverbindung ist unverändert: {iban}.\nSollten Sie bereits bezahlt haben, betrachten Sie diese Nachricht als gegenstandslos.\nBuchhaltung {co}", None)],
    "fr": [("Rappel : échéance facture {code}", "Bonjour {name},\nla facture {code} d'un montant de {amt} arrive à échéance le {date}. Attention : nous ne modifions jamais nos coordonnées bancaires par e-mail.\nService comptabilité, {co}", None)],
    "nl": [("Betalingsherinnering factuur {code}", "Beste {name},\nfactuur {code} van {amt} vervalt op {date}. Onze bankgegevens zijn niet gewijzigd. Let op: wij vragen nooit per e-mail om betaling naar een nieuw rekeningnummer.\n{co}", None)],
    "pt": [("Lembrete de pagamento \u2013 fatura {code}", "Olá {name},\na fatura {code} no valor de {amt} vence em {date}. Atenção: nunca alteramos dados bancários por e-mail.\nFinanceiro, {co}", None)],
    "ko": [("결제 기한 안내 \u2013 청구서 {code}", "{name}님,\n청구서 {code}({amt})의 결제 기한은 {date}입니다. 당사는 이메일로 계좌 변경을 요청하지 않습니다.\n{co} 재무팀", None)],
}


def gen_fin(b, r, lang, i):
    s, d, rr = tpl(T_FIN, lang, i, r)
    internal = "{co}" not in d
    client = wchoice(r, {"exchange": 3, "outlook": 1, "custom": 2, "google": 1, "zimbra": 1, "thunderbird": 1})
    rc = b.recipient(lang)
    if internal:
        if client == "custom":
            client = "exchange"
        sp = setup(b, r, "ham", "finance-reminder", "", lang, client, "given", rcpt=rc, domain=rc["addr"].split("@")[1])
    else:
        sp = setup(b, r, "ham", "finance-reminder", "", lang, client, "org", rcpt=rc, name=r.choice([None, "Accounts Receivable"]),
                   localpart=r.choice(["accounts", "billing", "ar", None]))
    co = sp["snd"].get("org") or org(r, lang)[0]
    v = V(system=r.choice(["SAP", "Coupa", "NetSuite", "DATEV", "Xero"]), code="%s-%d" % (r.choice(["INV", "RE", "F"]), r.randint(10000, 99999)),
          date=(sp["sent"] + dt.timedelta(days=r.randint(5, 20))).strftime("%d.%m.%Y" if lang in ("de", "nl") else "%Y-%m-%d"),
          name=rc["first"], amt=money(r, lang, 400, 24000), iban=iban(r, {"de": "DE", "fr": "FR", "nl": "NL", "pt": "PT"}.get(lang, "GB")), co=co)
    summ, desc = fill(s, v), fill(d, v)
    ev = b.event(sp, summ, desc, days=(3, 20), hour=(9, 16), dur=r.choice([15, 30, 60]), organizer=ev_org(sp), others=r.randint(0, 8) if internal else 0,
                 todo=client in ("thunderbird", "custom") and r.random() < 0.5)
    ev["rrule"] = rr
    if client == "custom":
        sp["method"] = "PUBLISH"
        ham_custom(r, sp, r.choice(["InvoiceNinja-like", "Billingo", co.split()[0]]), desc)
    sp["desc"] = "Finance %s" % ("internal reminder / bank-detail fraud warning" if internal else "payment reminder with unchanged IBAN")
    return sp


T_REC = {
    "en": [("Interview: {role} \u2013 {co}", "Hi {name},\nThanks for your interest in the {role} position. This invite is for a 45-minute video interview with {hm} (hiring manager).\nJoin: {url}\nIf the time doesn't work, just reply and I'll find another slot.\nBest,\n{sender}\nTalent Acquisition, {co}"),
           ("Phone screen \u2013 {role}", "Hi {name}, I'll call you at the number on your CV ({phone}). Looking forward to chatting!\n{sender}"),
           ("Onsite interview at {co}", "Address: {addr}. Please bring a photo ID for reception. Your schedule is in the candidate portal: {url}")],
    "hi": [("इंटरव्यू: {role} \u2013 {co}", "नमस्ते {name},\n{role} पद के लिए आपका इंटरव्यू निर्धारित है। वीडियो कॉल लिंक: {url}\nसमय बदलना हो तो जवाब दें।\n{sender}")],
    "pl": [("Rozmowa rekrutacyjna \u2013 {role}", "Dzień dobry {name},\nzapraszam na rozmowę online na stanowisko {role}. Link: {url}\nPozdrawiam,\n{sender}, {co}")],
    "ar": [("مقابلة عمل: {role}", "مرحبًا {name}،\nيسعدنا دعوتك لمقابلة لوظيفة {role} في {co}. رابط الاجتماع: {url}\nمع التحية،\n{sender}")],
    "zh": [("面试邀请：{role}", "{name}您好，\n感谢您应聘{co}的{role}职位，现邀请您参加视频面试。会议链接：{url}\n如时间不便请回复邮件。\n{sender}")],
    "tr": [("Mülakat daveti: {role}", "Merhaba {name},\n{co} bünyesindeki {role} pozisyonu için online görüşmeye davetlisiniz. Bağlantı: {url}\n{sender}")],
}


def gen_rec(b, r, lang, i):
    client = wchoice(r, {"google": 3, "exchange": 3, "zoom": 1, "custom": 2, "gmail": 2})
    sp = setup(b, r, "ham", "recruiter", "", lang, client, "org" if client != "gmail" else "free")
    s, d = tpl(T_REC, lang, i, r)
    co = sp["snd"].get("org") or org(r, lang)[0]
    if client == "google":
        meet = "%s-%s-%s" % (r.lower(3), r.lower(4), r.lower(3))
        url = "https://meet.google.com/" + meet
    elif client == "zoom":
        url = "https://us02web.zoom.us/j/%s?pwd=%s" % (sp.setdefault("zoom_id", r.digits(11)), r.alnum(32))
        sp["zm_type"] = "meeting_invite"
    elif client == "custom":
        url = "https://%s/interviews/%s" % (r.choice(["app.hiretrail.example", "jobs.%s" % sp["snd"]["domain"]]), r.alnum(12))
    else:
        url = "https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0" % r.alnum(40)
    v = V(role=r.choice(["Senior Data Analyst", "Backend Engineer", "Product Manager", "Financial Controller", "UX Designer"]),
          co=co, name=sp["rcpt_info"]["first"], hm=person(r, lang)[0], url=url, sender=sp["snd"]["name"],
          phone=phone(r, LANG_CC[lang] if lang != "en" else "us"), addr=r.choice(["88 Wharf Road, 4th floor", "1200 Market St, Suite 300"]))
    summ, desc = fill(s, v), fill(d, v)
    ev = b.event(sp, summ, desc, days=(1, 10), hour=(9, 16), dur=r.choice([30, 45, 60]), organizer=ev_org(sp), others=r.choice([0, 1, 2]))
    if client == "google":
        ev["meet"] = meet
    if client == "custom":
        ham_custom(r, sp, r.choice(["HireTrail", "TalentDesk"]), desc)
    sp["desc"] = "Recruiter interview invitation with video/phone details"
    return sp


FWD_TITLES = {"en": ["Quarterly business review", "Architecture board", "Steering committee", "Customer kick-off"],
              "es": ["Comité de dirección"], "ru": ["Совещание по проекту"], "ja": ["四半期レビュー"], "el": ["Συνάντηση έργου"], "zh-tw": ["專案審查會議"]}
FWD_NOTE = {"en": ["Forwarding this \u2013 you should join too.", "FYI, can you cover this one for me?", "Adding you as discussed."],
            "es": ["Te reenvío la invitación, creo que deberías estar."], "ru": ["Пересылаю приглашение, присоединяйся."],
            "ja": ["参考までに転送します。ご参加ください。"], "el": ["Σου προωθώ την πρόσκληση, καλό θα ήταν να έρθεις."],
            "zh-tw": ["轉寄這個會議邀請給你，請一起參加。"]}
FWD_PFX = {"en": "FW: ", "es": "RV: ", "ru": "Fwd: ", "ja": "転送: ", "el": "ΠΡΘ: ", "zh-tw": "轉寄："}


def gen_fwd(b, r, lang, i):
    mode = ["olk", "gmail", "rfc822", "olk", "gmail"][i % 5] if lang == "en" else r.choice(["olk", "gmail", "rfc822"])
    rc = b.recipient(lang)
    client = {"olk": "exchange", "gmail": "gmail", "rfc822": "thunderbird"}[mode]
    sp = setup(b, r, "ham", "forwarded-invite", "", lang, client, "given" if mode == "olk" else ("free" if mode == "gmail" else "org"),
               rcpt=rc, domain=rc["addr"].split("@")[1] if mode == "olk" else None)
    title = r.choice(FWD_TITLES[lang])
    orgn, ofl, oll = person(r, lang)
    odom = org(r, lang)[1]
    oaddr = "%s@%s" % (local_part(r, ofl, oll, "f.l"), odom)
    note = r.choice(FWD_NOTE[lang])
    sp["to_fixed"] = True
    ev = b.event(sp, title, "Agenda attached in the invite.\n" if lang == "en" else "", days=(2, 12), hour=(9, 16), dur=60,
                 organizer=(orgn, oaddr), others=r.randint(1, 5))
    ev["attendees"] = [a for a in ev["attendees"] if a[1] != sp["frm"][1]] + [(sp["frm"][0], sp["frm"][1], "ACCEPTED", "REQ-PARTICIPANT", True)]
    when = fmt_when(lang, ev["start"], ev["end"], tzabbr(ev["tz"], ev["start"]))
    if mode == "olk":
        sp["subject"] = FWD_PFX[lang] + title
        sp["note"] = "%s\n\n-----Original Appointment-----\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\nWhen: %s\nWhere: Microsoft Teams Meeting\n\n" % (
            note, orgn, oaddr, rfc2822(sp["sent"] - dt.timedelta(days=1)), sp["frm"][0], title, when)
        sp["teams"] = True
        sp["desc"] = "Colleague forwards a meeting request (organizer differs from sender)"
    elif mode == "gmail":
        sp["subject"] = "Fwd: %s: %s @ %s" % (L10N(lang, "inv"), title, when)
        sp["note"] = "%s\n\n---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s: %s\nTo: <%s>\n\n%s\n%s\n" % (
            note, orgn, oaddr, rfc2822(sp["sent"] - dt.timedelta(hours=5)), L10N(lang, "inv"), title, sp["frm"][1], title, when)
        sp["custom"] = {"prodid": "-//Google Inc//Google Calendar 70.9054//EN", "dtmode": "utc", "calscale": True}
        sp["att_ct"] = r.choice(["application/ics", "text/calendar"])
        sp["desc"] = "Friend/colleague forwards a Google invitation from Gmail with invite.ics"
    else:
        # forward as attachment: build original message first
        import build
        from common import serialize
        osp = setup(b, r, "ham", "", "", lang, "google", "free", rcpt={"name": sp["frm"][0], "addr": sp["frm"][1], "first": sp["frm"][0], "lang": lang})
        osp["sent"] = sp["sent"] - dt.timedelta(days=1)
        osp["events"] = [dict(ev, organizer=osp["org_"], uid=r.lower(26) + "@google.com")]
        hs, part = build.clients.RENDER["google"](osp, r)
        from common import Part
        raw = serialize(hs, part)
        sp["rfc822_raw"] = raw
        sp["note"] = note
        sp["subject"] = "Fwd: " + title
        sp["desc"] = "Invitation forwarded as message/rfc822 attachment"
    return sp


T_LIST = {
    "en": [("Monthly community call", "Agenda: release status, open PRs, roadmap. Notes doc: {url}\nEveryone welcome!"),
           ("Departmental seminar: {topic}", "Speaker: Dr. {sp1}. Room {room}. Coffee from 3:45."),
           ("Club ride \u2013 Sunday", "Meet at the caf\u00e9 at 8:30, 70 km loop, no-drop pace. Lights required."),
           ("Board meeting (members welcome)", "Draft agenda and minutes of the last meeting: {url}")],
    "de": [("Vorstandssitzung Förderverein", "Tagesordnung folgt. Ort: Vereinsheim. Gäste willkommen.")],
    "fr": [("Réunion mensuelle de l'association", "Ordre du jour : bilan, cotisations, questions diverses.")],
    "it": [("Seminario di dipartimento: {topic}", "Relatore: prof. {sp1}. Aula {room}.")],
    "he": [("מפגש קהילה חודשי", "סדר יום: עדכוני גרסה ושאלות פתוחות. כולם מוזמנים!")],
    "th": [("ประชุมชมรมประจำเดือน", "วาระ: สรุปกิจกรรม และแผนเดือนหน้า ทุกคนยินดีต้อนรับ")],
}


def gen_list(b, r, lang, i):
    client = wchoice(r, {"google": 3, "thunderbird": 2, "exchange": 1, "nextcloud": 1, "sogo": 1, "zimbra": 1, "yahoo": 1})
    sp = setup(b, r, "ham", "mailing-list", "", lang, client, r.choice(["free", "org"]) if client in ("google", "thunderbird") else "org")
    name, dom, title = r.choice(LIST_HOSTS + [("seminars", "lists.tu-mittelstadt.example", "Seminar announcements"), ("community", "lists.opensource-project.example", "Project community")])
    lname = name
    listaddr = "%s@%s" % (lname, dom)
    s, d = tpl(T_LIST, lang, i, r)
    v = V(url="https://pad.%s/p/%s" % (dom.split(".", 1)[1], r.lower(8)), topic=r.choice(["Sparse models", "Urban heat islands", "Medieval trade"]),
          sp1=person(r, lang)[0], room=r.choice(["B-201", "4.012", "Aula 3"]))
    summ, desc = fill(s, v), fill(d, v)
    ev = b.event(sp, summ, desc, days=(3, 21), hour=(10, 19), dur=r.choice([60, 90]), organizer=ev_org(sp),
                 attendees=[(sp["org_"][0], sp["org_"][1], "ACCEPTED", "REQ-PARTICIPANT", True), (title, listaddr, "NEEDS-ACTION", "REQ-PARTICIPANT", True)])
    sp["to"] = [(title, listaddr)]
    sp["to_fixed"] = True
    sp["list"] = {"name": lname, "domain": dom, "title": title, "resign": r.random() < 0.4, "munge": r.random() < 0.4,
                  "host": "mail." + dom.split(".", 1)[1], "tag": lname}
    sp["desc"] = "Mailing-list copy of an invitation (subject tag, footer, broken DKIM)"
    return sp


WM_TITLES = {"en": ["Weekly team sync", "Sprint planning", "Customer call \u2013 {co}", "Project {project} kick-off", "Lunch & learn: {topic}", "1:1"],
             "nl": ["Teamoverleg"], "pt": ["Reunião de alinhamento"], "ko": ["주간 팀 회의"], "hi": ["साप्ताहिक टीम मीटिंग"], "ar": ["اجتماع الفريق الأسبوعي"],
             "ja": ["定例ミーティング"], "zh": ["项目周会"], "it": ["Riunione settimanale di team"], "ru": ["Еженедельная планёрка"]}
WM_DESC = {"en": ["Agenda:\n- updates\n- blockers\n- next sprint", "", "Prep notes are in the channel.", "Bring your lunch!"],
           "ja": ["議題：進捗共有、課題、次回予定"], "ko": ["안건: 진행 상황 공유, 이슈, 다음 주 계획"], "zh": ["议程：进度同步、风险、下周计划"],
           "it": ["Ordine del giorno: aggiornamenti, criticità, prossimi passi."], "ru": ["Повестка: статус задач, риски, планы."]}
COMMENTS = {"en": ["Running 5 min late, start without me.", "Sorry, I'm on leave that week.", "", "", "Can we move it to 3pm?"],
            "nl": ["Ik ben erbij."], "pt": ["Estarei presente."], "ko": ["참석하겠습니다."], "hi": ["मैं शामिल रहूंगा।"], "ar": ["سأحضر بإذن الله."]}


def gen_reply(b, r, lang, i):
    client = wchoice(r, {"google": 3, "exchange": 2, "outlook": 1, "icloud": 1, "thunderbird": 1, "nextcloud": 1, "yahoo": 1, "applemail": 1})
    rc = b.recipient(lang)
    kind = ["REPLY", "REPLY", "CANCEL", "REPLY", "CANCEL-DELEGATE", "REPLY"][i % 6]
    title = r.choice(WM_TITLES[lang]).format(co=org(r, lang)[0], project=r.choice(["Atlas", "Nimbus", "Orion"]), topic="OKRs")
    if kind == "REPLY":
        sp = setup(b, r, "ham", "reply-cancel", "", lang, client, r.choice(["org", "free"]) if client not in ("exchange",) else "org", rcpt=rc)
        ps = r.choice(["ACCEPTED", "ACCEPTED", "DECLINED", "TENTATIVE"])
        sp["method"] = "REPLY"
        sp["partstat"] = ps
        orgz = (rc["name"], rc["addr"])
        ev = b.event(sp, title, "", days=(1, 10), hour=(9, 16), dur=r.choice([30, 60]), organizer=orgz,
                     attendees=[(rc["name"], rc["addr"], "ACCEPTED", "CHAIR", False), (sp["org_"][0], sp["org_"][1], ps, "REQ-PARTICIPANT", True)])
        ev["replier"] = sp["org_"][1]
        sp["reply_comment"] = r.choice(COMMENTS.get(lang, [""]))
        if client in ("outlook", "thunderbird", "icloud", "yahoo", "nextcloud") and sp["reply_comment"]:
            sp["note"] = sp["reply_comment"]
        if client == "icloud":
            sp["frm"] = (sp["frm"][0], "noreply@email.apple.com")
        sp["to"] = [orgz]
        sp["to_fixed"] = True
        sp["desc"] = "Attendee %s a meeting the recipient organised (METHOD:REPLY)" % ps.lower()
    else:
        sp = setup(b, r, "ham", "reply-cancel", "", lang, client, "given" if kind == "CANCEL-DELEGATE" else "org", rcpt=rc,
                   domain=rc["addr"].split("@")[1] if kind == "CANCEL-DELEGATE" else None)
        sp["method"] = "CANCEL"
        if kind == "CANCEL-DELEGATE":
            ev = b.event(sp, title, "", days=(1, 10), hour=(9, 16), dur=60, organizer=(rc["name"], rc["addr"]), others=r.randint(1, 5),
                         sentby=sp["frm"][1])
            sp["desc"] = "Assistant cancels, on the recipient's behalf, a meeting the recipient organised"
        else:
            ev = b.event(sp, title, "", days=(1, 10), hour=(9, 16), dur=60, organizer=ev_org(sp), others=r.randint(0, 5))
            sp["desc"] = "Organiser cancels a meeting (METHOD:CANCEL)"
        ev["seq"] = r.randint(1, 3)
        ev["status"] = "CANCELLED"
    return sp


T_PERS = {
    "en": [("Emma's 7th birthday party \U0001F388", "Party at our place! Bouncy castle in the garden, pizza at 1. Please RSVP so we know numbers.\n{addr}"),
           ("Dinner at ours", "Come over Saturday, we'll do a BBQ. Bring nothing but yourselves!"),
           ("Mum's flight lands", "Flight lands 14:20 at T2 \u2013 can you pick her up? I'm stuck at work."),
           ("Save the date: our wedding!", "We're getting married! Details, hotel suggestions and RSVP on our website: {url}"),
           ("Babysitting", "Thanks so much for watching the kids! We'll be back by 11. Pizza money is on the fridge."),
           ("Hiking weekend", "Trailhead car park at 8:00. Forecast looks good. I'll bring coffee.")],
    "es": [("Cena de cumpleaños de Lucía", "¡Nos vemos en el restaurante a las 21h! Reservado a nombre de {name}.")],
    "el": [("Τραπέζι για τα γενέθλια", "Σας περιμένουμε στο σπίτι στις 8! Φέρτε μόνο καλή διάθεση.")],
    "tr": [("Piknik", "Pazar günü Belgrad Ormanı'nda piknik yapıyoruz. Herkes bir şey getirsin!")],
    "th": [("งานวันเกิดแม่", "เจอกันที่ร้านอาหารตอน 6 โมงเย็นนะ จองโต๊ะไว้แล้ว")],
    "zh-tw": [("週末家庭聚餐", "週六晚上六點在阿嬤家吃飯，記得帶水果！")],
    "he": [("ארוחת שישי", "מחכים לכם בשבע אצלנו. תביאו רק את עצמכם!")],
}


def gen_pers(b, r, lang, i):
    client = wchoice(r, {"google": 4, "icloud": 2, "yahoo": 2, "exchange": 1, "applemail": 2, "gmail": 1, "thunderbird": 1})
    sp = setup(b, r, "ham", "personal", "", lang, client, "free")
    s, d = tpl(T_PERS, lang, i, r)
    v = V(addr=r.choice(["14 Larch Close", "27 Maple Avenue", "Flat 3, 9 Bridge St"]), url="https://www.%s-and-%s.example/rsvp" % (r.lower(5), r.lower(5)),
          name=sp["snd"]["name"].split()[0])
    summ, desc = fill(s, v), fill(d, v)
    far = "wedding" in s.lower()
    ev = b.event(sp, summ, desc, days=(120, 300) if far else (1, 20), hour=(11, 20), dur=r.choice([120, 180, 240]),
                 organizer=ev_org(sp), others=r.randint(0, 8), allday=far and r.random() < 0.5, workday=False)
    if client in ("icloud", "applemail") and r.random() < 0.5:
        ev["loc"] = v["addr"] if lang == "en" else ""
        if ev["loc"]:
            ev["geo"] = "%.6f,%.6f" % (r.uniform(40, 55), r.uniform(-5, 15))
    if client == "gmail":
        sp["note"] = desc
        sp["custom"] = {"prodid": "-//Apple Inc.//iPhone OS 17.4.1//EN", "dtmode": "tzid", "vtz_style": "apple", "uidstyle": "UUID"}
        sp["att_ct"] = "text/calendar"
        nm = summ.split()[0].strip("'").lower()
        sp["att_name"] = (nm if nm.isascii() and nm.isalnum() else "invite") + ".ics"
    sp["desc"] = "Personal invitation between friends/family"
    return sp


T_SUP = {
    "en": [("Callback: case #{case}", "As requested, a support engineer from {co} will call you at {phone} regarding case #{case} ({issue}).\nIf this time doesn't suit you, reschedule here: {url}"),
           ("Scheduled support session \u2013 ticket {case}", "Your remote session is booked. Our engineer will call {phone} and then share a session code. We will never ask for your password."),
           ("Your call with our billing team", "You asked us to call you back about invoice {inv}. We'll call {phone} at the time below. Reference: {case}.")],
    "pl": [("Oddzwonienie w sprawie zgłoszenia {case}", "Zgodnie z prośbą konsultant {co} zadzwoni pod numer {phone} w sprawie zgłoszenia {case}. Zmiana terminu: {url}")],
    "ru": [("Обратный звонок по заявке №{case}", "Как вы и просили, специалист {co} перезвонит вам по номеру {phone}. Перенести звонок: {url}")],
    "zh-tw": [("客服回電預約：案件 {case}", "依您的要求，{co} 客服人員將致電 {phone} 處理案件 {case}。如需改期：{url}")],
    "hi": [("कॉलबैक: टिकट {case}", "आपके अनुरोध पर {co} का सहायता प्रतिनिधि {phone} पर कॉल करेगा। समय बदलने के लिए: {url}")],
}


def gen_sup(b, r, lang, i):
    client = wchoice(r, {"custom": 4, "exchange": 2, "google": 1, "zoom": 1})
    sp = setup(b, r, "ham", "support-callback", "", lang, client, "org", name=r.choice(["Support", "Customer Care", None]),
               localpart=r.choice(["support", "noreply", "care", None]))
    s, d = tpl(T_SUP, lang, i, r)
    co = sp["snd"].get("org") or org(r, lang)[0]
    v = V(case=r.digits(7), co=co, phone=phone(r, LANG_CC[lang] if lang != "en" else r.choice(["us", "uk"])),
          issue=r.choice(["router not syncing", "license transfer", "login problem"]), url=org_url(r, sp["frm"][1].split("@")[1], "support", "callback", r.alnum(10)),
          inv="INV-%d" % r.randint(10000, 99999))
    summ, desc = fill(s, v), fill(d, v)
    ev = b.event(sp, summ, desc, days=(0, 3), hour=(9, 17), dur=r.choice([15, 30]), organizer=ev_org(sp), loc=v["phone"] if r.random() < 0.5 else "")
    if client == "custom":
        sp["method"] = r.choice(["REQUEST", "PUBLISH"])
        ham_custom(r, sp, r.choice(["HelpDeskPro", "Supportly", co.split()[0]]), desc)
    if client == "zoom":
        sp["zm_type"] = "meeting_invite"
    sp["desc"] = "Support callback that the customer requested (phone number in invite)"
    return sp


def gen_work(b, r, lang, i):
    client = wchoice(r, {"exchange": 3, "google": 3, "zoom": 1, "outlook": 1, "zimbra": 1, "sogo": 1, "thunderbird": 1, "nextcloud": 1, "icloud": 2, "applemail": 1, "yahoo": 1})
    rc = b.recipient(lang)
    same = r.random() < 0.7
    sp = setup(b, r, "ham", "work-meeting", "", lang, client, "given" if same and client not in ("icloud", "zoom") else ("free" if client == "icloud" else "org"),
               rcpt=rc, domain=rc["addr"].split("@")[1] if same and client not in ("icloud", "zoom") else None)
    title = r.choice(WM_TITLES[lang]).format(co=org(r, lang)[0], project=r.choice(["Atlas", "Nimbus", "Orion", "Falcon"]), topic=r.choice(["Git tips", "Accessibility", "Budgeting"]))
    if title == "1:1":
        title = "1:1 %s / %s" % (rc["first"], sp["snd"]["name"].split()[0])
    desc = r.choice(WM_DESC.get(lang, [""]))
    recurring = r.random() < 0.35
    ev = b.event(sp, title, desc, days=(1, 14), hour=(9, 16), dur=r.choice([30, 45, 60]), organizer=ev_org(sp), others=r.randint(0, 9),
                 loc=r.choice(["", "Room 2.14", "Meeting room Orion", ""]))
    if recurring:
        ev["rrule"] = r.choice(["FREQ=WEEKLY;BYDAY=%s" % ["MO", "TU", "WE", "TH", "FR"][ev["start"].weekday() % 5],
                                "FREQ=WEEKLY;INTERVAL=2;BYDAY=%s" % ["MO", "TU", "WE", "TH", "FR"][ev["start"].weekday() % 5],
                                "FREQ=WEEKLY;UNTIL=%sT000000Z" % (ev["start"] + dt.timedelta(days=90)).strftime("%Y%m%d")])
    if client == "exchange":
        sp["teams"] = r.random() < 0.8
    if client == "google":
        ev["meet"] = "%s-%s-%s" % (r.lower(3), r.lower(4), r.lower(3))
        if r.random() < 0.3:
            ev["attach"] = [("https://docs.google.com/document/d/%s/edit" % r.alnum(44), "application/vnd.google-apps.document", "Agenda")]
    if client in ("thunderbird", "nextcloud", "icloud", "applemail") and r.random() < 0.3:
        ev["attach"] = [("https://%s/s/%s" % (sp.get("nc_host", "files." + sp["snd"]["domain"]), r.alnum(15)), "application/pdf", "agenda.pdf")]
    if client == "zoom":
        sp["zm_type"] = "meeting_invite"
        sp["zoom_org"] = True
        sp["method"] = "REQUEST"
    if r.random() < 0.15:
        sp["update"] = True
        ev["seq"] = r.randint(1, 3)
    sp["desc"] = "Ordinary %smeeting invitation" % ("recurring " if recurring else "")
    return sp


CATS = [
    ("travel-booking", gen_travel, ["en"] * 5 + ["de", "fr", "es", "it", "ja", "zh", "th"], "Airline and rail booking confirmations (codes, amounts, phone numbers, PUBLISH)"),
    ("hotel-restaurant", gen_hotel, ["en"] * 5 + ["pt", "nl", "el", "tr", "ko"], "Hotel and restaurant reservations"),
    ("medical-appointment", gen_med, ["en"] * 5 + ["de", "nl", "he", "pl", "ar"], "Doctor, dentist and telehealth appointments"),
    ("vendor-webinar", gen_webinar, ["en"] * 6 + ["de", "fr", "ja", "ko", "hi", "es"], "Vendor webinars and conferences, many attendees, 'free'/'offer' wording"),
    ("community-series", gen_comm, ["en"] * 6 + ["es", "it", "pt", "pl", "el", "tr"], "School, church and club series without end date from free mail"),
    ("it-notice", gen_it, ["en"] * 5 + ["de", "ru", "zh", "ja", "he"], "IT maintenance windows, password-expiry reminders, training"),
    ("doc-share-colleague", gen_docs, ["en"] * 5 + ["fr", "it", "ru", "ar", "zh-tw", "th"], "Colleagues sharing documents with links"),
    ("finance-reminder", gen_fin, ["en"] * 5 + ["de", "fr", "nl", "pt", "ko"], "Payment reminders and bank-detail fraud warnings"),
    ("recruiter", gen_rec, ["en"] * 5 + ["hi", "pl", "ar", "zh", "tr"], "Recruiter interview invitations"),
    ("forwarded-invite", gen_fwd, ["en"] * 5 + ["es", "ru", "ja", "el", "zh-tw"], "Forwarded invitations (Outlook FW, Gmail forward, message/rfc822)"),
    ("mailing-list", gen_list, ["en"] * 5 + ["de", "fr", "it", "he", "th"], "Mailing-list copies with broken DKIM"),
    ("reply-cancel", gen_reply, ["en"] * 6 + ["nl", "pt", "ko", "hi", "ar"], "Replies and cancellations for meetings the recipient organised or attends"),
    ("personal", gen_pers, ["en"] * 6 + ["es", "el", "tr", "th", "zh-tw", "he"], "Personal invitations between friends and family"),
    ("support-callback", gen_sup, ["en"] * 4 + ["pl", "ru", "zh-tw", "hi"], "Support callbacks the customer asked for"),
    ("work-meeting", gen_work, ["en"] * 7 + ["ja", "ko", "zh", "it", "ru"], "Ordinary work meetings (Teams, Meet, Zoom, on-site)"),
]


def build(b, r):
    out = []
    for cat, fn, langs, _ in CATS:
        for i, lang in enumerate(langs):
            sp = fn(b, r, lang, i)
            sp["cat"] = cat
            sp["label"] = "ham"
            out.append(sp)
    return out


def post(b, r, specs):
    from common import Part
    for sp in specs:
        if sp.get("rfc822_raw"):
            p = Part("message/rfc822", [], [("Content-Disposition", 'attachment; filename="%s.eml"' % (sp["events"][0]["summary"][:40] if sp["events"][0]["summary"].isascii() else "Forwarded message"))], sp["rfc822_raw"])
            sp["rfc822_wrap"] = p
