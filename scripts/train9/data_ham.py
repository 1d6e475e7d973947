# -*- coding: utf-8 -*-
"""Legitimate calendar mail scenarios, including hard look-alike traps. Written for this corpus (CC0 1.0)."""


def S(lang, d, subj, desc='', **kw):
    kw.update(lang=lang, d=d, subj=subj, desc=desc)
    return kw


CATS = {}
BOOK = dict(snd=['vendor'], cl=['saas', 'tool', 'outlook', 'google'], meth='PUBLISH', noatt='all', off=(3, 60))

# ---------------------------------------------------------------------------------------------------------------
CATS['travel-booking'] = ("Airline, rail and car-rental confirmations with booking codes, fares and phone numbers (PUBLISH)", BOOK, [
 S('en', "airline e-ticket itinerary with PNR and fare", "Flight NW482 Boston (BOS) to Lisbon (LIS)",
   "Booking reference: {code}\nPassenger: {rfull}\nFlight NW482, departs Boston Logan Terminal E at {time}, arrives Lisbon 06:55 (+1)\n"
   "Seat 23A, Economy Classic - 1 checked bag (23 kg) included\nTotal paid: $812.40 (incl. taxes and carrier-imposed fees)\n\n"
   "Online check-in opens 24 hours before departure: https://www.northwindairways.com/checkin?pnr={code}\n"
   "Need to change your trip? Call {phone}, 24/7.",
   loc="Boston Logan International Airport, Terminal E", sdom="northwindairways.com", sname="Northwind Airways", slocal="reservations",
   sorg="Northwind Airways", dur=420, mailsubj="Your trip confirmation - {code}", prodid="-//Northwind Airways//Itinerary 2.1//EN"),
 S('en', "rail e-ticket with reservation number", "Train 2153 Boston South Station → New York Penn",
   "Reservation number: {code}\nDeparts Boston South Station {time}, arrives New York Penn Station\nCoach class, car 4 - seat 12C\n"
   "Fare: $89.00 (Value)\n\nShow the QR code in the app or a printed eTicket to the conductor. Manage the trip: https://tickets.coastlinerail.com/trip/{code}",
   loc="South Station, 700 Atlantic Ave, Boston, MA", sdom="coastlinerail.com", sname="Coastline Rail", slocal="etickets", sorg="Coastline Rail", dur=215,
   mailsubj="eTicket confirmation {code}"),
 S('en', "car rental pick-up confirmation", "Car pick-up: Denver International Airport",
   "Confirmation #: {ref}\nPick-up: {date}, {time}, Denver International Airport counter\nReturn: 5 days later, same location\n"
   "Vehicle: Intermediate SUV (Toyota RAV4 or similar)\nEstimated total: $412.77, pay at counter\n\n"
   "Bring the driver's licence and the credit card used for the booking. Questions: {phone}",
   loc="Denver International Airport, Rental Car Center", sdom="mesaautorentals.com", sname="Mesa Auto Rentals", slocal="noreply", sorg="Mesa Auto Rentals",
   dur=30, mailsubj="Your reservation is confirmed - #{ref}", tz='America/Denver'),
 S('en', "airline schedule change notice (updated event)", "UPDATED: Flight BA-style 2281 new departure time",
   "We're sorry - there has been a change to your flight.\n\nBooking reference {code}\nNew departure: {date} at {time} (previously 09:40)\n"
   "Your seat has been kept. If the new time doesn't work for you, you can change for free or request a refund at https://www.albionairways.co.uk/manage "
   "or call {phone}.", loc="London Heathrow Terminal 5", sdom="albionairways.co.uk", sname="Albion Airways", slocal="flightupdates", sorg="Albion Airways",
   meth='REQUEST', seq=1, noatt='rcpt', dur=150, tz='Europe/London', mailsubj="Important: change to your flight {code}"),
 S('de', "Bahn-Fahrkarte mit Sitzplatzreservierung", "ICE 578 Hamburg Hbf → Frankfurt (Main) Hbf",
   "Auftragsnummer: {code}\nReisender: {rfull}\nHinfahrt am {date}, ab Hamburg Hbf {time}, Gleis 13\n"
   "Sitzplatzreservierung: Wagen 7, Platz 45 (Großraum, Fenster)\nPreis: 59,90 € (Sparpreis, 2. Klasse)\n\n"
   "Ihr Ticket finden Sie in der App oder unter https://www.nordbahn-reisen.de/buchung/{code}. Bei Fragen: {phone}",
   loc="Hamburg Hbf", sdom="nordbahn-reisen.de", sname="Nordbahn Fernverkehr", slocal="buchungsbestaetigung", sorg="Nordbahn Fernverkehr", dur=230,
   mailsubj="Buchungsbestätigung (Auftrag {code})"),
 S('fr', "billet de train avec référence dossier", "Train Paris Gare de Lyon → Lyon Part-Dieu",
   "Référence dossier : {code}\nAller le {date} – départ {time}, voiture 14, place 62\nTarif : 39,00 € (Seconde, échangeable)\n\n"
   "Présentez votre e-billet à bord. Pour échanger ou annuler : https://www.rails-de-france.fr/voyages/{code}",
   loc="Paris Gare de Lyon", sdom="rails-de-france.fr", sname="Rails de France", slocal="confirmation", sorg="Rails de France", dur=120,
   mailsubj="Confirmation de votre voyage – {code}"),
 S('es', "billete AVE con localizador", "Tren Madrid Puerta de Atocha → Sevilla Santa Justa",
   "Localizador: {code}\nViajero: {rfull}\nSalida: {date} a las {time}\nCoche 6, plaza 8A – Turista\nImporte: 47,30 €\n\n"
   "Recuerde llegar a la estación con antelación para el control de equipajes. Consulte su viaje en https://www.ferroiberica.es/mis-viajes",
   loc="Estación Madrid Puerta de Atocha", sdom="ferroiberica.es", sname="FerroIbérica", slocal="billetes", sorg="FerroIbérica", dur=155),
 S('it', "biglietto Frecciarossa codice PNR", "Frecciarossa 9531 Milano Centrale → Roma Termini",
   "Codice PNR: {code}\nPartenza: {date} ore {time} da Milano Centrale\nCarrozza 8, posto 4D – Standard\nImporto pagato: 54,90 €\n\n"
   "Puoi modificare il viaggio fino alla partenza dal sito https://www.trenitalica.it/pnr/{code}. Assistenza clienti: {phone}",
   loc="Milano Centrale", sdom="trenitalica.it", sname="TrenItalica", slocal="noreply", sorg="TrenItalica", dur=190),
 S('ja', "新幹線予約確認", "新幹線 のぞみ 23号 東京→新大阪",
   "ご予約ありがとうございます。\n\n予約番号：{n2}\n乗車日：{date}\n東京 {time} 発 → 新大阪 着\n7号車 12番E席（普通車指定席）\n"
   "お支払金額：14,720円\n\n乗車前にご予約内容の確認・変更ができます：https://www.shinkansen-yoyaku.jp/reserve/{code}",
   loc="東京駅", sdom="shinkansen-yoyaku.jp", sname="新幹線ネット予約", slocal="info", sorg="新幹線ネット予約", dur=150, mailsubj="【予約確認】新幹線のご予約内容"),
 S('zh', "航班行程确认", "航班 MU5137 上海虹桥 → 北京首都",
   "尊敬的{rfull}旅客：\n\n您的机票已出票成功。\n订单号：{ref}\n航班：MU5137  {date} {time} 上海虹桥T2 起飞\n舱位：经济舱  票价：¥1,280（含机建燃油）\n\n"
   "请至少提前 45 分钟办理值机手续。客服电话：{phone}",
   loc="上海虹桥国际机场 T2", sdom="dongfang-travel.com.cn", sname="东方商旅", slocal="service", sorg="东方商旅", dur=140, tz='Asia/Shanghai',
   mailsubj="出票成功通知（订单 {ref}）"),
 S('ko', "KTX 승차권 예매 확인", "KTX 101 서울 → 부산",
   "승차권 예매가 완료되었습니다.\n\n예매번호: {ref}\n출발: {date} {time} 서울역\n5호차 9A석 (일반실)\n결제금액: 59,800원\n\n"
   "승차권 확인 및 반환: https://www.rail-korea.kr/ticket/{code}",
   loc="서울역", sdom="rail-korea.kr", sname="레일코리아", slocal="ticket", sorg="레일코리아", dur=160, mailsubj="[레일코리아] 승차권 예매 안내"),
 S('ar', "تأكيد حجز طيران", "رحلة SV1022 الرياض ← جدة",
   "شكراً لاختيارك السفر معنا.\n\nرقم الحجز: {code}\nالمسافر: {rfull}\nالمغادرة: {date} الساعة {time} من مطار الملك خالد الدولي\n"
   "الدرجة: الضيافة – المقعد 31C\nالمبلغ المدفوع: 689 ر.س\n\nيمكنك إدارة حجزك عبر https://www.najd-airlines.sa/manage أو الاتصال على {phone}",
   loc="مطار الملك خالد الدولي، الصالة 5", sdom="najd-airlines.sa", sname="طيران نجد", slocal="booking", sorg="طيران نجد", dur=110, tz='Asia/Riyadh'),
])

# ---------------------------------------------------------------------------------------------------------------
CATS['hotel-restaurant'] = ("Hotel and restaurant reservations with confirmation numbers, prices and PINs",
                            dict(BOOK, snd=['vendor', 'corp'], cl=['saas', 'tool', 'outlook', 'google', 'apple', 'zimbra']), [
 S('en', "hotel reservation confirmation", "Stay at The Harbourside Inn",
   "Thank you for booking directly with us.\n\nConfirmation number: {ref}\nCheck-in: {date} from 3:00 pm\nCheck-out: 3 nights later by 11:00 am\n"
   "Room: King Harbour View, breakfast included\nRate: $219.00 per night + tax, total $744.60\n\nFree parking for hotel guests. Call the front desk on {phone} if you'll arrive after 11 pm.",
   loc="The Harbourside Inn, 14 Wharf St, Portsmouth, NH", allday=True, days=3, sdom="harboursideinn.com", sname="The Harbourside Inn", slocal="reservations",
   sorg="The Harbourside Inn", mailsubj="Reservation confirmed - {ref}", tz='America/New_York'),
 S('en', "booking-platform apartment with PIN and free cancellation", "Casa Azul Apartments, Porto",
   "Your booking is confirmed.\n\nBooking number: {ref}\nPIN code: {n2}\nCheck-in: {date} (from 16:00)\nTotal price: €486 - pay at the property\n"
   "Free cancellation until 2 days before arrival.\n\nThe host will message you the key-box code on the day of arrival. Manage: https://secure.staywise.com/mybooking/{ref}",
   loc="Rua das Flores 112, Porto", allday=True, days=4, sdom="staywise.com", sname="StayWise", slocal="noreply", sorg="StayWise", tz='Europe/Lisbon',
   mailsubj="Your booking is confirmed at Casa Azul Apartments"),
 S('en', "restaurant table booking via reservation app", "Table for 4 at Ember & Oak",
   "You're all set.\n\nParty of 4 on {date} at {time}.\nConfirmation #{n2}\n\nNeed to change? Please modify or cancel at least 24 hours ahead: https://www.tablenow.com/r/{code}\n"
   "The restaurant holds tables for 15 minutes. Restaurant phone: {phone}",
   loc="Ember & Oak, 220 Main Street", sdom="tablenow.com", sname="TableNow", slocal="reservations", sorg="TableNow", dur=120, hour=(18, 20),
   mailsubj="Reservation confirmed: Ember & Oak"),
 S('de', "Hotelreservierung Gasthof", "Ihr Aufenthalt im Gasthof zur Linde",
   "Sehr geehrte/r {rfull},\n\nvielen Dank für Ihre Reservierung.\n\nReservierungsnummer: {ref}\nAnreise: {date} (ab 15 Uhr)\nZimmer: Doppelzimmer Komfort inkl. Frühstück\n"
   "Preis: 128,00 € pro Nacht, Gesamt 256,00 €\n\nKostenfreie Stornierung bis 48 Stunden vor Anreise. Telefon: {phone}\n\nWir freuen uns auf Sie!",
   loc="Gasthof zur Linde, Dorfstraße 3, 83229 Aschau", allday=True, days=2, sdom="gasthof-linde-aschau.de", sname="Gasthof zur Linde", slocal="info",
   sorg="Gasthof zur Linde", snd=['vendor', 'corp'], tz='Europe/Berlin'),
 S('fr', "réservation restaurant", "Votre réservation chez Le Petit Zinc",
   "Bonjour {rname},\n\nNous avons le plaisir de confirmer votre réservation pour 2 personnes le {date} à {time}.\n\n"
   "En cas d'empêchement, merci de nous prévenir au {phone}. Au-delà de 15 minutes de retard, la table pourra être remise à disposition.\n\nÀ très bientôt !",
   loc="Le Petit Zinc, 8 rue des Carmes, Toulouse", sdom="lepetitzinc-toulouse.fr", sname="Le Petit Zinc", slocal="reservation", sorg="Le Petit Zinc",
   dur=120, hour=(19, 21)),
 S('it', "agriturismo conferma prenotazione con caparra", "Soggiorno all'Agriturismo Il Poggio",
   "Gentile {rfull},\n\nconfermiamo la prenotazione n. {ref} per 2 adulti.\nArrivo: {date}\nTrattamento: mezza pensione\nTotale: 540,00 € (caparra di 150,00 € già ricevuta)\n\n"
   "Il saldo si paga all'arrivo. Per indicazioni stradali o orari chiamateci al {phone}.\n\nA presto!",
   loc="Agriturismo Il Poggio, Loc. Poggio 4, Montalcino (SI)", allday=True, days=3, sdom="ilpoggio-montalcino.it", sname="Agriturismo Il Poggio", sorg="Agriturismo Il Poggio"),
 S('el', "επιβεβαίωση κράτησης ξενοδοχείου", "Κράτηση στο Ξενοδοχείο Αλκυόνη",
   "Αγαπητέ/ή {rfull},\n\nΣας ευχαριστούμε για την κράτησή σας.\nΑριθμός κράτησης: {ref}\nΆφιξη: {date}\nΔωμάτιο: Δίκλινο με θέα θάλασσα, πρωινό\n"
   "Σύνολο: 420,00 €\n\nΓια μεταφορά από το λιμάνι καλέστε στο {phone}.",
   loc="Ξενοδοχείο Αλκυόνη, Φηρά, Σαντορίνη", allday=True, days=3, sdom="alkyoni-hotel.gr", sname="Ξενοδοχείο Αλκυόνη", slocal="reservations", sorg="Αλκυόνη", cs='iso-8859-7'),
 S('tr', "otel rezervasyon onayı", "Kapadokya Taş Konak – rezervasyon onayı",
   "Sayın {rfull},\n\nRezervasyonunuz onaylanmıştır.\nRezervasyon no: {ref}\nGiriş: {date}, 14:00 sonrası\nOda: Mağara Oda, kahvaltı dahil\nToplam: 7.800 TL\n\n"
   "Balon turu için resepsiyonla iletişime geçebilirsiniz: {phone}",
   loc="Taş Konak, Göreme, Nevşehir", allday=True, days=2, sdom="taskonak-goreme.com.tr", sname="Taş Konak", slocal="rezervasyon", sorg="Taş Konak"),
 S('th', "ยืนยันการจองโรงแรม", "ยืนยันการจอง – บ้านสวนเชียงใหม่ รีสอร์ท",
   "เรียน คุณ{rfull}\n\nขอบคุณที่เลือกพักกับเรา\nหมายเลขการจอง: {ref}\nวันเช็คอิน: {date} (หลัง 14.00 น.)\nห้อง: ดีลักซ์ วิวภูเขา รวมอาหารเช้า\n"
   "ราคารวม: 5,400 บาท\n\nหากต้องการรถรับส่งจากสนามบิน โทร {phone}",
   loc="บ้านสวนเชียงใหม่ รีสอร์ท, อ.แม่ริม, เชียงใหม่", allday=True, days=2, sdom="baansuan-cm.co.th", sname="Baan Suan Resort", slocal="booking", sorg="บ้านสวน"),
 S('pt', "reserva de restaurante confirmada", "Reserva confirmada – Tasca do Largo",
   "Olá {rname},\n\nA sua mesa para 6 pessoas está confirmada para {date} às {time}.\nReferência: {code}\n\n"
   "Se precisar de alterar, responda a este email ou ligue {phone}. Temos opção vegetariana – avise-nos com antecedência.",
   loc="Tasca do Largo, Largo do Carmo 5, Lisboa", sdom="tascadolargo.pt", sname="Tasca do Largo", slocal="reservas", sorg="Tasca do Largo", dur=150, hour=(19, 21)),
 S('he', "אישור הזמנת שולחן", "אישור הזמנה – מסעדת הגפן",
   "שלום {rname},\n\nההזמנה שלך אושרה: 4 סועדים ב-{date} בשעה {time}.\nמספר אישור: {n2}\n\nבמקרה של ביטול נא להודיע עד 3 שעות מראש בטלפון {phone}. נשמח לראותכם!",
   loc="מסעדת הגפן, רחוב הנביאים 12, ירושלים", sdom="hagefen-rest.co.il", sname="מסעדת הגפן", slocal="reservations", sorg="הגפן", dur=120, hour=(19, 21)),
])

# ---------------------------------------------------------------------------------------------------------------
CATS['medical-appointment'] = ("Doctor, dentist, vet and therapy appointments from practice schedulers or staff",
                               dict(snd=['vendor', 'corp', 'free'], off=(2, 30), noatt='rcpt'), [
 S('en', "dentist hygiene appointment reminder", "Dental cleaning with Dr. Patel",
   "Hi {rname},\n\nThis is a reminder of your hygiene appointment on {date} at {time} with Dr. Anika Patel.\n\n"
   "Please arrive 10 minutes early and bring your insurance card. If you need to reschedule, call us at {phone} at least 24 hours before - "
   "late cancellations may incur a $50 fee.\n\nTidewater Family Dental",
   loc="Tidewater Family Dental, 1820 Shore Dr, Suite 3", sdom="tidewaterfamilydental.com", sname="Tidewater Family Dental", slocal="appointments",
   sorg="Tidewater Family Dental", meth='PUBLISH', mailsubj="Appointment reminder for {date}"),
 S('en', "GP appointment from patient portal", "Appointment with Dr. Nguyen (Family Medicine)",
   "Your appointment is confirmed.\n\nProvider: Linh Nguyen, MD\nDate: {date} at {time}\nVisit type: Annual physical\n\n"
   "Complete your pre-visit questionnaire in the patient portal: https://portal.meridianhp.org/previsit\nParking is free in the Blue garage. Questions: {phone}",
   loc="Meridian Health Partners - Westside Clinic, 2nd floor", sdom="meridianhp.org", sname="Meridian Health Partners", slocal="noreply",
   sorg="Meridian Health Partners", meth='PUBLISH'),
 S('en', "vet vaccination booking", "Biscuit - annual vaccinations",
   "Biscuit is booked in for annual boosters (DHPP + rabies) with Dr. Hollis on {date} at {time}.\n\nEstimated cost: $145-$180. "
   "Please bring any previous vaccination records if this is your first visit. Running late? Call {phone}.",
   loc="Maple Street Veterinary Clinic", sdom="maplestreetvet.com", sname="Maple Street Vet", slocal="frontdesk", sorg="Maple Street Vet", meth='PUBLISH'),
 S('en', "physio sends Google invite from practice gmail", "Physio - knee rehab session 3",
   "Hi {rname}, booked you in for session 3. Wear shorts or loose trousers please. $95 per session, payable on the day (card or cash). "
   "If you can't make it just text me on {phone}. - Sam", loc="Active Recovery Physio, 45 King St", snd=['free'], sname="Sam Whitaker Physio",
   slocal="activerecoveryphysio", noatt=None, cl=['google', 'apple', 'yahoo', 'outlook']),
 S('en', "therapy telehealth session link", "Telehealth session with Dr. Harmon",
   "Your video session is scheduled for {date} at {time}.\n\nJoin from a quiet, private space: https://telehealth.calmharborcare.com/room/{tok}\n"
   "No download is needed. If you have trouble connecting, call the office at {phone}.\n\nCalm Harbor Counseling",
   sdom="calmharborcare.com", sname="Calm Harbor Counseling", slocal="scheduling", sorg="Calm Harbor Counseling", meth='REQUEST',
   conf="https://telehealth.calmharborcare.com/room/{tok}", dur=50),
 S('de', "Arztpraxis Terminbestätigung", "Termin bei Dr. med. Albers",
   "Guten Tag {rfull},\n\nIhr Termin wurde bestätigt:\n{date}, {time} Uhr – Vorsorgeuntersuchung\n\nBitte bringen Sie Ihre Versichertenkarte mit. "
   "Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte spätestens 24 Stunden vorher ab: {phone} oder online unter https://termine.praxis-albers.de\n\n"
   "Ihr Praxisteam Dr. Albers", loc="Praxis Dr. Albers, Hauptstraße 17, 69117 Heidelberg", sdom="praxis-albers.de", sname="Praxis Dr. Albers",
   slocal="termine", sorg="Praxis Dr. Albers", meth='PUBLISH'),
 S('fr', "rendez-vous médecin confirmé plateforme", "Rendez-vous avec le Dr Martin",
   "Votre rendez-vous est confirmé.\n\nDr Élise Martin – Médecin généraliste\nLe {date} à {time}\nMotif : consultation de suivi\n\n"
   "Pensez à vous munir de votre carte Vitale. Pour annuler : https://www.prendsrdv.fr/rdv/{code} (au plus tard 24 h avant).",
   loc="Cabinet médical, 4 place de la République, Nantes", sdom="prendsrdv.fr", sname="PrendsRDV", slocal="no-reply", sorg="PrendsRDV", meth='PUBLISH'),
 S('es', "cita con el dentista", "Cita en Clínica Dental Ribera",
   "Hola {rname}:\n\nLe recordamos su cita de revisión el {date} a las {time} con la Dra. Navarro.\n\n"
   "Si no puede asistir, avísenos llamando al {phone} o respondiendo a este correo. Gracias.",
   loc="Clínica Dental Ribera, Av. del Puerto 21, Valencia", sdom="clinicaribera-valencia.es", sname="Clínica Dental Ribera", slocal="citas",
   sorg="Clínica Dental Ribera", meth='PUBLISH'),
 S('nl', "huisarts afspraakbevestiging", "Afspraak bij huisartsenpraktijk De Linde",
   "Beste {rfull},\n\nU heeft een afspraak op {date} om {time} bij dokter Van den Berg (consult 10 minuten).\n\n"
   "Kunt u niet komen? Meld dit uiterlijk 24 uur van tevoren via {phone}. Bij niet afmelden kunnen kosten in rekening worden gebracht.",
   loc="Huisartsenpraktijk De Linde, Lindelaan 2, Utrecht", sdom="hapdelinde.nl", sname="Huisartsenpraktijk De Linde", slocal="afspraken",
   sorg="De Linde", meth='PUBLISH', dur=10),
 S('pl', "potwierdzenie wizyty lekarskiej", "Wizyta: dermatolog – lek. Kamińska",
   "Dzień dobry,\n\npotwierdzamy wizytę u lek. Anny Kamińskiej (dermatolog) w dniu {date} o godz. {time}.\nKoszt wizyty: 250 zł.\n\n"
   "Odwołanie wizyty: {phone} lub https://rejestracja.medicus-krakow.pl/{code}",
   loc="Centrum Medyczne Medicus, ul. Długa 14, Kraków", sdom="medicus-krakow.pl", sname="Centrum Medyczne Medicus", slocal="rejestracja",
   sorg="Medicus", meth='PUBLISH'),
 S('hi', "क्लिनिक अपॉइंटमेंट की पुष्टि", "डॉ. मेहरा के साथ अपॉइंटमेंट",
   "नमस्ते {rname} जी,\n\nआपका अपॉइंटमेंट {date} को {time} बजे डॉ. संजय मेहरा (हृदय रोग विशेषज्ञ) के साथ तय हुआ है।\n"
   "परामर्श शुल्क: ₹800\n\nकृपया पिछली रिपोर्ट साथ लाएं। बदलाव के लिए कॉल करें: {phone}",
   loc="आरोग्य हार्ट क्लिनिक, सेक्टर 15, नोएडा", sdom="arogyaheart.in", sname="Arogya Heart Clinic", slocal="appointments", sorg="Arogya Heart Clinic", meth='PUBLISH'),
 S('ja', "歯科予約確認", "みなと歯科クリニック ご予約",
   "{rname}\n\nご予約ありがとうございます。\n日時：{date} {time}\n内容：定期検診・クリーニング\n\n"
   "ご都合が悪くなった場合は、前日までにお電話（{phone}）にてご連絡ください。",
   loc="みなと歯科クリニック（港区芝浦3-2-1 2F）", sdom="minato-shika.jp", sname="みなと歯科クリニック", slocal="yoyaku", sorg="みなと歯科", meth='PUBLISH'),
])

# ---------------------------------------------------------------------------------------------------------------
CATS['vendor-webinar'] = ("Vendor webinars, conferences and customer events with 'free'/'offer' wording and large audiences",
                          dict(snd=['vendor', 'corp'], off=(5, 40)), [
 S('en', "SaaS webinar registration with free trial offer", "Webinar: Scaling Postgres without the 3 a.m. pages",
   "Thank you for registering!\n\nJoin us live on {date} at {time}. Our staff engineers will cover connection pooling, partitioning and what we learned running 40,000 clusters.\n\n"
   "Attendees get a free 60-day extension on any trial plan - the offer code will be shown at the end of the session.\n\n"
   "Join from PC, Mac, iPad or Android: https://us02web.zoom.us/w/8{n2}{n2}?tk={tok2}\nWebinar ID: {zid}\nPasscode: {n2}",
   sdom="elephantcloud.io", sname="ElephantCloud Events", sorg="ElephantCloud", cl=['zoom', 'saas', 'outlook'], noatt='rcpt',
   conf="https://us02web.zoom.us/w/8{n2}{n2}?tk={tok2}", mailsubj="Confirmation: Scaling Postgres webinar"),
 S('en', "tech conference registration confirmation", "DevOpsDays Northport {year}",
   "Your ticket is confirmed!\n\nOrder #{ref} - Early Bird (includes lunch and the evening social)\nPrice: $149.00\n\n"
   "Doors open at 8:00 a.m. for badge pick-up. Bring a photo ID. 600+ attendees, 2 tracks, open spaces in the afternoon.\n\n"
   "Code of conduct: https://devopsdays-northport.org/coc", loc="Northport Convention Center, Hall B", allday=True, days=2,
   sdom="devopsdays-northport.org", sname="DevOpsDays Northport", slocal="tickets", sorg="DevOpsDays Northport", meth='PUBLISH', noatt='all', cl=['saas', 'tool']),
 S('en', "customer town hall with 250 attendees (Outlook)", "Customer Town Hall - Q3 roadmap",
   "Hello everyone,\n\nYou're invited to our quarterly customer town hall. We'll walk through the Q3 roadmap, answer questions from the community forum, "
   "and announce the winners of the free Pro upgrade draw for beta testers.\n\nPlease submit questions in advance via the form in the customer portal.",
   sdom="granitepeak.dev", sname="Granite Peak Customer Success", sorg="Granite Peak Software", mass=250, cl=['outlook', 'google'],
   conf="https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tok2}%40thread.v2/0?context=%7b%22Tid%22%3a%22{hex}%22%7d"),
 S('en', "free CPE webinar from accounting firm", "Free CPE webinar: lease accounting update",
   "Join our audit partners for a 50-minute update on lease accounting changes. This session qualifies for 1 free CPE credit.\n\n"
   "Registration is complimentary for clients and guests. A recording will be sent to everyone who registers.\n\nJoin link: https://events.ashfordlowe.co.uk/live/{tok}",
   sdom="ashfordlowe.co.uk", sname="Ashford & Lowe Events", sorg="Ashford & Lowe", cl=['saas', 'outlook', 'zoom'], noatt='rcpt', tz='Europe/London'),
 S('en', "limited offer for webinar attendees", "Live demo + limited-time offer for attendees",
   "Hi {rname},\n\nThanks for signing up for the live product demo. We'll show the new reporting builder and the Slack integration.\n\n"
   "Stick around to the end: attendees receive an exclusive 40% off annual plans, valid for 7 days after the event.\n\n"
   "Add to calendar and join here: https://app.livestorm-like.example/copperline/demo-{tok}",
   sdom="copperline-analytics.io", sname="Copperline Analytics", slocal="events", sorg="Copperline Analytics", cl=['saas', 'zoom', 'google'], noatt='rcpt',
   conf="https://app.livestorm-like.example/copperline/demo-{tok}"),
 S('en', "industry summit partner invitation (Google)", "Invitation: Midwest Logistics Summit - partner breakfast",
   "Good morning,\n\nAs one of our carrier partners, we'd like to invite you and one colleague to the partner breakfast before the Midwest Logistics Summit opens. "
   "Breakfast is on us, and it's a good chance to meet the new regional team.\n\nPlease accept or decline so we can give the caterer numbers.",
   loc="Hyatt Regency Chicago, Grand Ballroom Foyer", sdom="westbrooksupply.com", sname="Danielle Ross", sorg="Westbrook Supply Co", snd=['corp'],
   cl=['google', 'outlook'], guests=3, tz='America/Chicago'),
 S('fr', "webinaire gratuit RGPD et IA", "Webinaire gratuit : RGPD et IA générative",
   "Bonjour {rname},\n\nMerci pour votre inscription à notre webinaire gratuit du {date} à {time}.\n\nAu programme : les obligations RGPD liées aux outils d'IA, "
   "les clauses à prévoir dans vos contrats, et une séance de questions-réponses.\n\nLien de connexion : https://webinaires.clairval-conseil.fr/live/{tok}",
   sdom="clairval-conseil.fr", sname="Clairval Conseil", slocal="evenements", sorg="Clairval Conseil", cl=['zoom', 'saas', 'outlook'], noatt='rcpt'),
 S('es', "jornada gratuita ciberseguridad pymes", "Jornada gratuita: ciberseguridad para pymes",
   "Estimado/a {rname}:\n\nLe confirmamos su inscripción a la jornada gratuita organizada por la Cámara de Comercio. Plazas limitadas a 300 asistentes.\n\n"
   "Programa: 9:30 acreditaciones · 10:00 ponencia · 12:00 mesa redonda · 13:30 networking con café.",
   loc="Auditorio de la Cámara de Comercio, Zaragoza", sdom="camara-aragonesa.es", sname="Cámara de Comercio", slocal="eventos", sorg="Cámara de Comercio",
   cl=['saas', 'outlook', 'tool'], noatt='rcpt', dur=240),
 S('ru', "бесплатный вебинар 1С", "Бесплатный вебинар: маркировка товаров в 1С",
   "Здравствуйте, {rname}!\n\nВы зарегистрировались на бесплатный вебинар «Маркировка товаров в 1С: что изменилось». Начало {date} в {time} по Москве.\n\n"
   "Ссылка для подключения придёт за час до начала. Запись будет доступна всем участникам.",
   sdom="tehnosfera-yug.ru", sname="Техносфера-Юг", slocal="webinar", sorg="Техносфера-Юг", cl=['saas', 'zoom', 'tool'], noatt='rcpt'),
 S('zh', "跨境电商物流免费研讨会", "免费线上研讨会：跨境电商物流新规解读",
   "尊敬的{rfull}：\n\n感谢您报名参加本次免费线上研讨会。会议将于{date} {time}开始，届时请通过以下链接入会：\nhttps://meeting.hengtong-wl.com.cn/j/{n2}\n\n会议号：{zid}",
   sdom="hengtong-wl.com.cn", sname="恒通物流", slocal="events", sorg="恒通物流", cl=['saas', 'zoom', 'tool'], noatt='rcpt', tz='Asia/Shanghai'),
 S('ja', "インボイス制度無料ウェビナー", "【無料ウェビナー】インボイス制度 実務対応のポイント",
   "{rname}\n\nこの度はウェビナーにお申し込みいただき、誠にありがとうございます。\n\n日時：{date} {time}〜\n参加費：無料\n"
   "視聴URL：https://webinar.aoba-kaikei.jp/live/{tok}\n\n当日は質疑応答の時間も設けております。",
   sdom="aoba-kaikei.jp", sname="青葉会計事務所", slocal="seminar", sorg="青葉会計事務所", cl=['saas', 'zoom', 'outlook'], noatt='rcpt'),
 S('ko', "클라우드 비용 최적화 무료 웨비나", "무료 웨비나: 클라우드 비용 30% 줄이는 방법",
   "{rname}님, 웨비나 등록이 완료되었습니다.\n\n일시: {date} {time}\n참가비: 무료 (선착순 500명)\n\n"
   "접속 링크: https://webinar.nuri-consulting.kr/room/{tok}\n참석하신 분께는 발표 자료를 보내드립니다.",
   sdom="nuri-consulting.kr", sname="누리컨설팅", slocal="event", sorg="누리컨설팅", cl=['saas', 'zoom', 'tool'], noatt='rcpt'),
])

# ---------------------------------------------------------------------------------------------------------------
CATS['community-series'] = ("School, church, club and association series without end date, often from free mail",
                            dict(snd=['free'], off=(2, 14), weekday=False), [
 S('en', "PTA monthly meeting, no end date", "Bramblewood PTA monthly meeting",
   "Hi all - here's the standing invite for PTA meetings, first Tuesday of each month in the school library. Childcare is provided in the gym. "
   "Agenda goes out the Friday before. Everyone welcome, no need to RSVP!\n\nJen (PTA secretary)",
   loc="Bramblewood Primary School Library", rr="FREQ=MONTHLY;BYDAY=1TU", hour=19, guests=4, cl=['google', 'yahoo', 'apple']),
 S('en', "weekly Bible study from yahoo", "Wednesday Bible Study",
   "We're continuing in the Gospel of Luke this fall. Bring a Bible and a friend - coffee and cookies provided. Questions? Call Pastor Mike at {phone}.",
   loc="Grace Community Church, Room 104", rr="FREQ=WEEKLY;BYDAY=WE", hour=19, guests=6),
 S('en', "U10 soccer practice twice weekly", "U10 Tigers practice",
   "Practice every Tuesday and Thursday at the back fields. Shin guards are required, bring water. If it's storming, check the group chat by 4pm.\n"
   "Season fees ($85) can be paid at the first practice - cash or Venmo.",
   loc="Riverside Park Field 3", rr="FREQ=WEEKLY;BYDAY=TU,TH", hour=17, guests=8, sname="Coach Dave"),
 S('en', "choir rehearsal from iCloud", "Choir rehearsal",
   "Rehearsals every Monday. We're starting the Christmas repertoire this month so please pick up your folders. New singers welcome - just show up!",
   loc="St. Anne's Parish Hall", rr="FREQ=WEEKLY;BYDAY=MO", hour=20, cl=['apple', 'google'], guests=5),
 S('en', "running club long run", "Saturday long run (all paces)",
   "Meet at the boathouse at 7:00. Routes are 8/12/16 km, we regroup at the bridge. Free for members, drop-ins welcome - just sign the waiver on the first run.",
   loc="City Boathouse, East Lake Path", rr="FREQ=WEEKLY;BYDAY=SA", hour=7, guests=3),
 S('en', "Scout troop meeting series", "Troop 214 weekly meeting",
   "Weekly troop meeting. Class A uniform on the first meeting of the month. Dues of $10/month can be paid to the treasurer. "
   "Parents: pick-up is 8:30 sharp at the side door.", loc="American Legion Post 88", rr="FREQ=WEEKLY;BYDAY=TH", hour=19, guests=6),
 S('en', "neighbourhood community garden work days", "Community garden work day",
   "Second Sunday of every month we do a group work day: weeding, compost, fixing beds. Gloves and tools provided. Bring a dish for the potluck after if you like.",
   loc="Elm Street Community Garden", rr="FREQ=MONTHLY;BYDAY=2SU", hour=10, guests=4),
 S('it', "catechismo parrocchia", "Catechismo – gruppo prima comunione",
   "Cari genitori,\n\nvi ricordo gli incontri di catechismo ogni sabato mattina in oratorio. Per qualsiasi cosa scrivetemi pure qui o chiamatemi al {phone}.\n\nUn caro saluto, Suor Maria",
   loc="Oratorio San Giuseppe", rr="FREQ=WEEKLY;BYDAY=SA", hour=10, guests=5, sname="Suor Maria – Parrocchia"),
 S('pl', "zbiórka harcerska", "Zbiórka drużyny",
   "Czuwaj!\n\nZbiórki co piątek w harcówce. Mundur obowiązkowy. Składki 20 zł miesięcznie zbiera przyboczna.\n\nDruh Paweł",
   loc="Harcówka, Szkoła Podstawowa nr 7", rr="FREQ=WEEKLY;BYDAY=FR", hour=17, guests=4),
 S('ru', "шахматный кружок", "Шахматный кружок для детей",
   "Добрый день, родители!\n\nЗанятия шахматного кружка проходят каждую среду и пятницу. Оплата — 2 500 ₽ в месяц, можно переводом по номеру телефона {phone}.\n"
   "Пожалуйста, приносите сменную обувь.", loc="ДК «Юность», каб. 12", rr="FREQ=WEEKLY;BYDAY=WE,FR", hour=16, guests=5),
 S('ar', "حلقة تحفيظ القرآن الأسبوعية", "حلقة تحفيظ القرآن – المستوى الثاني",
   "السلام عليكم،\n\nنذكركم بمواعيد الحلقة الأسبوعية بعد صلاة العصر كل سبت وثلاثاء. يرجى إحضار المصحف والدفتر.\n\nجزاكم الله خيراً",
   loc="مسجد النور – قاعة التحفيظ", rr="FREQ=WEEKLY;BYDAY=SA,TU", hour=16, guests=4),
 S('pt', "grupo de caminhada", "Caminhada do grupo – domingos",
   "Bom dia, pessoal!\n\nA nossa caminhada continua todos os domingos às 8h, saída em frente à igreja matriz. Tragam água e chapéu. Quem quiser, café depois na padaria!",
   loc="Praça da Matriz", rr="FREQ=WEEKLY;BYDAY=SU", hour=8, guests=6),
])

# ---------------------------------------------------------------------------------------------------------------
CATS['it-notice'] = ("Internal IT maintenance windows, password-expiry and upgrade notices", dict(snd=['corp'], sdom='{rdom}', off=(1, 10), guests=0,
                                                                                                      cl=['outlook', 'google', 'zimbra', 'nextcloud', 'sogo', 'tool', 'thunderbird']), [
 S('en', "email migration maintenance window", "Scheduled maintenance: email migration",
   "Hi all,\n\nOn {date} from 22:00 to 02:00 we will migrate mailboxes to the new platform. During this window e-mail may be delayed and Outlook may ask you to sign in again - "
   "this is expected. You don't need to do anything beforehand.\n\nQuestions: ext. 4400 or the IT channel.\n\nIT Operations",
   mass=140, sname="IT Operations", slocal="itops", hour=22, dur=240, noatt=None),
 S('en', "password expiry notice, internal", "Reminder: your network password expires in 7 days",
   "Your network password expires in 7 days. To change it, press Ctrl+Alt+Del on your company laptop and choose \"Change a password\", "
   "or use the self-service portal from the office network.\n\nIT will never ask for your password by e-mail or phone. If you are unsure whether a message is genuine, forward it to security@{rdom}.",
   sname="IT Service Desk", slocal="servicedesk", noatt='rcpt', allday=True, meth='PUBLISH', cl=['outlook', 'tool', 'zimbra', 'sogo', 'nextcloud']),
 S('en', "VPN client upgrade via software center", "VPN client upgrade - install from Software Center",
   "The VPN client will be upgraded to version 10.2 on {date}. Please install it from Software Center (Start > Software Center > VPN Client 10.2) before that date. "
   "The old version will stop connecting afterwards. Do not download VPN software from any website.\n\nDrop-in help desk session in the calendar slot if you need a hand.",
   sname="Infrastructure Team", slocal="infra", mass=90, dur=60),
 S('en', "mandatory security awareness training", "Mandatory: security awareness training (30 min)",
   "As part of our annual compliance requirements, all staff must complete the security awareness module by the end of the month. "
   "This calendar slot is a suggestion - you can complete it any time in the learning portal under 'My assignments'.",
   sname="Information Security", slocal="infosec", noatt='rcpt', dur=30),
 S('de', "Wartungsarbeiten ERP-System", "Wartungsarbeiten am ERP-System",
   "Liebe Kolleginnen und Kollegen,\n\nam {date} ab 18:00 Uhr führen wir ein Update des ERP-Systems durch. Bitte speichert eure Arbeit und meldet euch bis 17:45 Uhr ab. "
   "Voraussichtlich ist das System ab 21:00 Uhr wieder verfügbar.\n\nEure IT", sname="IT-Abteilung", slocal="it", mass=60, hour=18, dur=180),
 S('nl', "gepland onderhoud netwerk", "Gepland onderhoud netwerk en wifi",
   "Beste collega's,\n\nOp {date} tussen 07:00 en 08:30 vervangen we de netwerkswitches op de tweede verdieping. Wifi en vaste aansluitingen zijn dan tijdelijk niet beschikbaar.\n\n"
   "Groet,\nICT", sname="ICT Servicedesk", slocal="ict", mass=45, hour=7, dur=90),
 S('ja', "システムメンテナンスのお知らせ", "【お知らせ】基幹システム定期メンテナンス",
   "各位\n\n下記日程にて基幹システムの定期メンテナンスを実施いたします。メンテナンス中はシステムをご利用いただけません。\n\n日時：{date} 20:00〜23:00\n\n"
   "ご不便をおかけしますが、ご協力のほどよろしくお願いいたします。\n情報システム部", sname="情報システム部", slocal="joho", mass=80, hour=20, dur=180),
 S('he', "עבודות תחזוקה בשרתים", "עבודות תחזוקה מתוכננות בשרתי הקבצים",
   "שלום לכולם,\n\nב-{date} בין השעות 19:00 ל-22:00 יתבצעו עבודות תחזוקה בשרתי הקבצים. בזמן זה לא תהיה גישה לכוננים המשותפים.\n\nתודה על ההבנה,\nצוות מערכות מידע",
   sname="מערכות מידע", slocal="it", mass=50, hour=19, dur=180),
 S('zh', "系统升级通知", "OA 系统升级通知",
   "各位同事：\n\nOA 系统将于{date} 20:00–22:00 进行版本升级，期间无法登录。请提前保存好正在编辑的审批单据。\n\n信息技术部",
   sname="信息技术部", slocal="it", mass=70, hour=20, dur=120),
 S('el', "προγραμματισμένη συντήρηση", "Προγραμματισμένη συντήρηση συστήματος email",
   "Αγαπητοί συνάδελφοι,\n\nΤην {date} από 21:00 έως 23:00 θα πραγματοποιηθεί συντήρηση στον διακομιστή email. Ενδέχεται να υπάρξουν καθυστερήσεις στην παράδοση μηνυμάτων.\n\nΤμήμα Πληροφορικής",
   sname="Τμήμα Πληροφορικής", slocal="it", mass=40, hour=21, dur=120),
])

# ---------------------------------------------------------------------------------------------------------------
CATS['doc-share-colleague'] = ("Colleagues and partners sharing documents with links inside meeting invitations",
                               dict(snd=['corp', 'free'], off=(1, 10), guests=2), [
 S('en', "board deck review with Drive link", "Review: Q3 board deck",
   "Let's walk through the board deck before it goes out Friday. Draft is here - comment directly in the doc:\n"
   "https://docs.google.com/presentation/d/1{tok2}{tok}/edit?usp=sharing\n\nFocus on slides 8-14 (pipeline and hiring).",
   snd=['corp'], cl=['google'], conf="https://meet.google.com/{uid8}"),
 S('en', "contract redlines SharePoint link (Outlook)", "Contract redlines - Larkspur MSA",
   "Hi both,\n\nLegal's redlines are in the SharePoint folder: https://larkspurfm.sharepoint.com/:w:/s/Legal/E{tok2}?e={tok}\n"
   "Main open points are the liability cap (clause 12) and the auto-renewal. Let's agree positions before we go back to them.\n\nThanks,\n{ofirst}",
   snd=['corp'], cl=['outlook'], sdom="larkspurfm.co.uk", sorg="Larkspur Facilities", conf="https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tok2}%40thread.v2/0", tz='Europe/London'),
 S('en', "design review with Figma link", "Design review: onboarding flow v3",
   "Figma file: https://www.figma.com/design/{tok2}/Onboarding-v3?node-id=12-408\nPlease look at the empty states before the meeting - that's where I need the most feedback.",
   snd=['corp'], cl=['google', 'outlook', 'apple'], conf="https://meet.google.com/{uid8}"),
 S('en', "budget worksheet via Nextcloud share", "Budget 2025 - Abteilungsrunde",
   "Hi team, the budget worksheet is on our cloud: https://cloud.{odom}/s/{tok}\nPlease fill in your cost centre lines before Thursday so we can discuss the totals.",
   snd=['corp'], cl=['nextcloud', 'sogo', 'zimbra', 'thunderbird']),
 S('en', "German team meeting with doc link", "Offer draft alignment",
   "Hi {rname},\n\nI've put the offer draft for the Heinemann tender in our shared folder: https://heinemann-logistik.de/share/{tok}\n"
   "Could you check the transport rates in section 3? Then we can finalise in this call.\n\nBest, {ofirst}",
   snd=['corp'], sdom="heinemann-logistik.de", sorg="Heinemann Logistik GmbH", slang='de', cl=['outlook', 'thunderbird', 'zimbra', 'nextcloud']),
 S('en', "annual report proofreading session", "Annual report - proofreading session",
   "Final PDF is in Dropbox: https://www.dropbox.com/scl/fi/{tok}/Annual-Report-draft-v7.pdf?rlkey={tok2}&dl=0\n"
   "We'll split it by chapters in the meeting. Print copies will be on the table too.",
   snd=['corp', 'free'], cl=['google', 'apple', 'thunderbird', 'outlook']),
 S('es', "revisión contrato proveedor", "Revisión del contrato con el proveedor",
   "Hola {rname}:\n\nTe dejo el contrato en la carpeta compartida para que lo leas antes de la reunión: https://asesoriavalverde.es/nube/s/{tok}\n"
   "Lo más importante está en las cláusulas de penalización.\n\nUn saludo,\n{ofirst}", snd=['corp'], sdom="asesoriavalverde.es", sorg="Asesoría Valverde", slang='es'),
 S('it', "revisione bilancio cartella condivisa", "Revisione bilancio – cartella condivisa",
   "Ciao a tutti,\n\nho caricato la bozza di bilancio nella cartella condivisa: https://drive.studiocaputo.it/index.php/s/{tok}\nCi vediamo giovedì per discuterla.\n\n{ofirst}",
   snd=['corp'], sdom="studiocaputo.it", sorg="Studio Legale Caputo", slang='it'),
 S('ru', "обсуждение договора со ссылкой", "Обсуждение договора поставки",
   "Коллеги, добрый день!\n\nПроект договора лежит на общем диске: https://disk.tehnosfera-yug.ru/d/{tok}\nПрошу ознакомиться до встречи, особенно с разделом 5 (ответственность сторон).\n\n{oname}",
   snd=['corp'], sdom="tehnosfera-yug.ru", sorg="Техносфера-Юг", slang='ru'),
 S('ko', "기획안 검토 회의 공유 문서", "기획안 검토 회의",
   "안녕하세요, {rname}님.\n\n하반기 기획안 초안을 공유 드립니다: https://docs.google.com/document/d/1{tok2}/edit\n회의 전에 한 번 검토 부탁드립니다.\n\n감사합니다.",
   snd=['corp', 'free'], cl=['google', 'outlook']),
 S('hi', "प्रोजेक्ट रिपोर्ट समीक्षा", "प्रोजेक्ट रिपोर्ट की समीक्षा",
   "नमस्ते टीम,\n\nतिमाही प्रोजेक्ट रिपोर्ट का ड्राफ्ट यहाँ है: https://docs.google.com/spreadsheets/d/1{tok2}/edit\nमीटिंग से पहले अपने सेक्शन ज़रूर देख लें।\n\nधन्यवाद,\n{ofirst}",
   snd=['corp', 'free'], cl=['google', 'outlook', 'zimbra']),
])

# ---------------------------------------------------------------------------------------------------------------
CATS['finance-reminder'] = ("Finance teams' payment reminders, close deadlines and genuine bank-detail fraud warnings",
                            dict(snd=['corp', 'vendor'], off=(1, 14)), [
 S('en', "quarter-end close invoice deadline", "Q3 close: invoice submission deadline",
   "Friendly reminder that all supplier invoices and expense claims for Q3 must be in the AP system by 5 pm on {date}. "
   "Anything received later will be booked in October.\n\nThanks, Finance", snd=['corp'], sdom='{rdom}', sname="Finance Team", slocal="finance",
   mass=120, allday=True, meth='REQUEST'),
 S('en', "supplier warns it will never change bank details by email", "Important: how we will (and won't) contact you about payments",
   "Dear customer,\n\nWe've seen an increase in fraud attempts where criminals pose as suppliers and ask for bank details to be changed. "
   "Please note: Westbrook Supply Co will never change its bank details by e-mail. If you receive such a request, call your account manager on a number you already have "
   "before making any payment.\n\nOur bank details have not changed. This session is an optional Q&A for AP teams.",
   snd=['corp'], sdom="westbrooksupply.com", sorg="Westbrook Supply Co", sname="Westbrook Credit Control", slocal="creditcontrol", guests=0, noatt='rcpt', dur=30),
 S('en', "payment run approval reminder", "Payment run Thursday - approvals needed",
   "Hi approvers,\n\nThe weekly payment run goes out Thursday at noon. There are 23 invoices ({amt} total) waiting for approval in the workflow. "
   "Please approve or reject by Wednesday EOD.\n\nNo changes to vendor bank details will be processed without the call-back check.",
   snd=['corp'], sdom='{rdom}', sname="Accounts Payable", slocal="ap", guests=4),
 S('en', "tax filing appointment with accountant", "Tax return review meeting",
   "Hi {rname},\n\nLet's meet to go through your return before filing. Estimated refund is around $1,840 based on what you sent. "
   "Please bring the 1099-INT from your bank and your property tax statement.\n\nBest,\n{oname}, CPA",
   snd=['corp'], sdom="pinecrestadvisory.com", sorg="Pinecrest Advisory", loc="Pinecrest Advisory, 300 Oak Ave, Suite 210", dur=60),
 S('de', "Zahlungserinnerung Steuerbüro", "Zahlungserinnerung: Rechnung {ref}",
   "Sehr geehrte/r {rfull},\n\nsicher ist es Ihrer Aufmerksamkeit entgangen: Unsere Rechnung Nr. {ref} vom {mdate} über 1.284,50 € ist noch offen. "
   "Bitte überweisen Sie den Betrag bis zum Fälligkeitstermin auf das Ihnen bekannte Konto (IBAN unverändert, siehe Rechnung).\n\n"
   "Sollten Sie bereits gezahlt haben, betrachten Sie dieses Schreiben als gegenstandslos.\n\nMit freundlichen Grüßen\nSteuerbüro Lindqvist",
   snd=['corp'], sdom="stb-lindqvist.de", sorg="Steuerbüro Lindqvist", sname="Steuerbüro Lindqvist", slocal="buchhaltung", allday=True, meth='PUBLISH', noatt='all'),
 S('en', "French VAT deadline reminder", "Reminder: VAT return due",
   "Hello,\n\nJust a reminder that the quarterly VAT return is due on {date}. We have everything we need except the March purchase invoices - "
   "could you upload them to the portal by Monday?\n\nKind regards,\n{oname}",
   snd=['corp'], sdom="ashfordlowe.co.uk", sorg="Ashford & Lowe", allday=True, tz='Europe/London'),
 S('nl', "betalingsherinnering leverancier", "Betalingsherinnering factuur {ref}",
   "Geachte heer/mevrouw,\n\nVolgens onze administratie staat factuur {ref} van € 642,30 nog open. Wij verzoeken u vriendelijk het bedrag binnen 14 dagen over te maken "
   "op het rekeningnummer dat op de factuur staat.\n\nHeeft u al betaald? Dan kunt u deze herinnering als niet verzonden beschouwen.\n\nMet vriendelijke groet,\nInstallatiebedrijf Mulder",
   snd=['corp'], sdom="mulder-installatie.nl", sorg="Installatiebedrijf Mulder", sname="Mulder Administratie", slocal="administratie", allday=True, meth='PUBLISH', noatt='all'),
 S('pt', "lembrete vencimento fatura", "Lembrete: vencimento da fatura {ref}",
   "Olá {rname},\n\nLembramos que a fatura {ref}, no valor de R$ 2.450,00, vence em {date}. O boleto está disponível na área do cliente.\n\n"
   "Atenção: nunca enviamos boletos com dados bancários diferentes. Em caso de dúvida, ligue {phone}.\n\nContabilidade Duarte",
   snd=['corp'], sdom="duartecontab.com.br", sorg="Contabilidade Duarte", sname="Contabilidade Duarte", allday=True, meth='PUBLISH', noatt='all', tz='America/Sao_Paulo'),
 S('ar', "تذكير بموعد سداد", "تذكير بموعد سداد الفاتورة",
   "السادة الكرام،\n\nنود تذكيركم بأن الفاتورة رقم {ref} بقيمة 14,500 ر.س تستحق السداد بتاريخ {date}. يرجى التحويل إلى الحساب المعتمد لدينا والمذكور في العقد.\n\n"
   "تنبيه: لن نقوم بتغيير بيانات حسابنا البنكي عبر البريد الإلكتروني.\n\nمع التحية،\nالإدارة المالية",
   snd=['corp'], sdom="almadar-trading.sa", sorg="شركة المدار للتجارة", sname="الإدارة المالية", slocal="finance", allday=True, tz='Asia/Riyadh'),
 S('zh', "月末对账提醒", "月末对账提醒",
   "各位供应商联系人：\n\n请于{date}前将本月对账单发送至财务部，逾期将顺延至下月结算。\n特别提醒：我司银行账户信息无任何变更，如收到变更通知请电话核实。\n\n华信会计师事务所 财务部",
   snd=['corp'], sdom="huaxin-cpa.cn", sorg="华信会计师事务所", sname="华信财务部", slocal="caiwu", allday=True, mass=60, tz='Asia/Shanghai'),
])

# ---------------------------------------------------------------------------------------------------------------
CATS['recruiter'] = ("Recruiters and hiring teams scheduling interviews and intro calls", dict(snd=['corp', 'free', 'vendor'], off=(1, 10), guests=1), [
 S('en', "interview with Teams link from hiring company", "Interview: Backend Engineer - Granite Peak Software",
   "Hi {rname},\n\nThanks for making time to speak with us. You'll meet Priya (Engineering Manager) and Tom (Staff Engineer) for a 60-minute technical conversation - "
   "no live coding, we'll talk through a system you've built.\n\nIf the time doesn't work, just reply and I'll find another slot.\n\nBest,\n{oname}\nTalent Acquisition",
   snd=['corp'], sdom="granitepeak.dev", sorg="Granite Peak Software", cl=['outlook', 'google'],
   conf="https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tok2}%40thread.v2/0?context=%7b%22Tid%22%3a%22{hex}%22%7d"),
 S('en', "agency recruiter intro call via scheduling link", "Intro call: {rfull} and Megan (Harbor Talent)",
   "Event type: 20 Minute Intro Call\nInvitee: {rfull}\nEvent date/time: {date} {time}\nLocation: phone - Megan will call you on the number you provided.\n\n"
   "Need to make changes? Cancel or reschedule: https://schedule.harbortalent.com/cancellations/{tok}",
   snd=['vendor'], sdom="harbortalent.com", sname="Megan Doyle (Harbor Talent)", sorg="Harbor Talent", cl=['saas', 'google'], dur=20, mailsubj="New Event: {rfull} - 20 Minute Intro Call"),
 S('en', "onsite interview loop, multiple events", "Onsite interview - welcome & schedule",
   "Hi {rname},\n\nLooking forward to having you in the office. Please check in at reception on the 4th floor and ask for me. "
   "Your schedule has three conversations with short breaks; lunch with the team is included.\n\n{oname}, Recruiting Coordinator",
   snd=['corp'], sdom="copperline-analytics.io", sorg="Copperline Analytics", loc="Copperline Analytics, 88 Market St, 4th floor", cl=['google', 'outlook'],
   more=[dict(plus=0, hplus=1, subj="Onsite interview - system design"), dict(plus=0, hplus=2, subj="Onsite interview - hiring manager")]),
 S('en', "phone screen with recruiter (Google Meet)", "Phone screen - Product Designer role",
   "Hi {rname}, great to connect! This is a casual 30-minute chat about your background and what you're looking for. "
   "Salary range for the role is $120-140k + equity - happy to discuss. Talk soon!", snd=['corp', 'free'], cl=['google'],
   conf="https://meet.google.com/{uid8}", dur=30),
 S('en', "German interview invite", "Interview: Logistics Planner (m/f/d)",
   "Dear {rfull},\n\nthank you for your application. We would like to invite you to a personal interview at our Hamburg site. "
   "Please bring your certificates. Travel costs will be reimbursed on request.\n\nKind regards\n{oname}\nHuman Resources",
   snd=['corp'], sdom="heinemann-logistik.de", sorg="Heinemann Logistik GmbH", slang='de', loc="Heinemann Logistik, Am Kaiserkai 10, Hamburg", tz='Europe/Berlin'),
 S('fr', "entretien d'embauche", "Entretien – poste de chargé(e) de clientèle",
   "Bonjour {rname},\n\nSuite à votre candidature, nous avons le plaisir de vous proposer un entretien le {date} à {time} dans nos locaux. "
   "L'entretien durera environ 45 minutes avec la responsable d'agence.\n\nMerci de confirmer votre présence.\n\nCordialement,\n{oname}",
   snd=['corp'], sdom="clairval-immo.fr", sorg="Agence Clairval", loc="Agence Clairval, 12 cours Mirabeau, Aix-en-Provence", dur=45),
 S('en', "Spanish company video interview", "Video interview - Site Engineer",
   "Hello {rname},\n\nAs agreed by phone, here is the invitation for the video interview with our technical director. "
   "Please have your portfolio ready to share on screen.\n\nBest regards,\n{oname}\nConstrucciones Arganda - HR",
   snd=['corp'], sdom="c-arganda.es", sorg="Construcciones Arganda", slang='es', conf="https://meet.google.com/{uid8}", tz='Europe/Madrid'),
 S('ja', "面接日程のご案内", "一次面接のご案内",
   "{rname}\n\nこの度は弊社求人にご応募いただき、誠にありがとうございます。\n一次面接を下記の通りご案内いたします。\n\n日時：{date} {time}〜\n形式：オンライン（URLは本招待に記載）\n"
   "所要時間：約45分\n\nご都合が悪い場合はご連絡ください。\n株式会社ひかり商事 人事部 {oname}",
   snd=['corp'], sdom="hikari-shoji.co.jp", sorg="株式会社ひかり商事", conf="https://hikari-shoji.zoom.us/j/8{n2}{n2}", dur=45),
 S('el', "πρόσκληση σε συνέντευξη", "Συνέντευξη για τη θέση Λογιστή",
   "Καλησπέρα σας {rname},\n\nΣας ευχαριστούμε για το ενδιαφέρον σας. Θα θέλαμε να σας προσκαλέσουμε σε συνέντευξη στο γραφείο μας. "
   "Παρακαλούμε επιβεβαιώστε τη συμμετοχή σας.\n\nΜε εκτίμηση,\n{oname}",
   snd=['corp'], sdom="zachariou-accounting.gr", sorg="Λογιστικό Γραφείο Ζαχαρίου", loc="Λεωφ. Συγγρού 120, Αθήνα"),
 S('tr', "mülakat daveti", "Mülakat daveti – Satın Alma Uzmanı",
   "Merhaba {rname},\n\nBaşvurunuz için teşekkür ederiz. Sizinle {date} tarihinde saat {time}'da ofisimizde görüşmek isteriz. "
   "Lütfen katılımınızı onaylayınız.\n\nSaygılarımızla,\n{oname}\nİnsan Kaynakları",
   snd=['corp'], sdom="atlasdisticaret.com.tr", sorg="Atlas Dış Ticaret", loc="Atlas Dış Ticaret, Maslak, İstanbul"),
])

# ---------------------------------------------------------------------------------------------------------------
CATS['forwarded'] = ("Invitations forwarded by colleagues, partners or family (inline, as attachment, Outlook FW:)",
                     dict(snd=['corp', 'free'], off=(2, 20), cl=['google', 'thunderbird', 'outlook', 'apple']), [
 S('en', "colleague forwards vendor webinar inline", "Webinar: Zero-trust networking for mid-size teams",
   "Speakers from our networking partners walk through zero-trust rollouts at three customers. Free for partners.",
   fwd='inline', body="Thought this might be useful for the firewall project - it's free and they record it.\n\n{ofirst}",
   oname="Partner Events Team", snd=['corp']),
 S('en', "manager forwards meeting via Outlook FW", "Steering committee - vendor selection",
   "Final vendor presentations. Each vendor has 30 minutes plus 15 for questions.",
   fwd='outlook', oname="Laura Bennett", snd=['corp'], cl=['outlook']),
 S('en', "forward as attachment of conference invite", "Regional Water Utilities Forum - speaker briefing",
   "Speaker briefing for all panellists. Please review the run sheet beforehand.",
   fwd='attach', body="Hi {rname}, forwarding this as you'll be covering my panel slot. Original invite attached.\n\nCheers,\n{ofirst}",
   oname="Forum Secretariat", snd=['corp'], cl=['thunderbird']),
 S('en', "spouse forwards dentist appointment", "Dental appointment - kids",
   "Reminder: Emma and Noah, check-ups back to back.", fwd='inline',
   body="Can you take them? I have the client call that afternoon. Love you x", oname="Tidewater Family Dental", snd=['free'], inner='saas'),
 S('en', "German colleague forwards customer meeting", "Customer meeting Hallenbach public utility",
   "Project status and next steps for the smart-meter rollout.", fwd='inline',
   body="FYI - I can't make it, could you go for me? The notes from last time are in the project folder.", oname="Anja Schröder", snd=['corp']),
 S('en', "French partner forwards workshop invite", "Workshop: packaging redesign",
   "Half-day workshop with the design agency.", fwd='attach', body="Forwarding the invitation from the agency - let me know if you can join.\n\n{ofirst}",
   oname="Atelier Brunel", snd=['corp'], cl=['thunderbird']),
 S('es', "reenvío de invitación de reunión", "Reunión de coordinación de obra",
   "Coordinación semanal con la dirección facultativa.", fwd='inline',
   body="Te reenvío la convocatoria, a partir de ahora vas tú en mi lugar. Gracias!", oname="Javier Morales", snd=['corp', 'free']),
 S('ru', "пересылка приглашения на совещание", "Совещание по бюджету на следующий год",
   "Обсуждение проекта бюджета отделов.", fwd='outlook', oname="Дмитрий Кузнецов", snd=['corp'], cl=['outlook']),
 S('he', "העברת הזמנה לפגישה", "פגישת תיאום עם הספק",
   "סקירת לוחות זמנים להתקנה.", fwd='inline', body="מעביר אליך, תוכל להחליף אותי בפגישה? תודה!", oname="אבי מזרחי", snd=['corp', 'free']),
 S('zh', "转发会议邀请", "供应商季度评审会",
   "季度供应商绩效评审。", fwd='inline', body="转发给你，这次评审请你代我参加，资料在共享盘里。", oname="张敏", snd=['corp', 'free']),
])

# ---------------------------------------------------------------------------------------------------------------
CATS['mailing-list'] = ("Invitations redistributed by mailing lists (Mailman, Google Groups, Sympa) with broken DKIM",
                        dict(snd=['corp', 'free', 'vendor'], off=(3, 25), cl=['google', 'outlook', 'thunderbird', 'apple', 'zimbra', 'sogo', 'nextcloud', 'tool', 'yahoo']), [
 S('en', "project dev list release planning", "Release planning call for 4.2",
   "Hi all,\n\nLet's do the 4.2 release planning call. Agenda and notes: https://wiki.example-project.org/Meetings/4.2-planning\n"
   "Anyone is welcome; we'll record for folks in other time zones.", list=("dev-announce", "lists.example-project.org", 'mailman'),
   conf="https://meet.jit.si/example-project-{uid8}", guests=0),
 S('en', "neighbourhood Google Group meeting", "Neighbourhood association meeting",
   "Agenda: street tree planting, the summer block party, and the traffic calming petition. Snacks provided. All residents welcome.",
   list=("oakhill-neighbors", "googlegroups.com", 'ggroups'), loc="Oak Hill Library, Community Room", snd=['free'], hour=19),
 S('en', "university seminar list Sympa", "Colloquium: Sparse methods in inverse problems",
   "Speaker: Dr. Helena Varga (Institute for Applied Mathematics)\nAbstract: We survey recent sparse regularization techniques and their convergence guarantees.\n"
   "Coffee and biscuits from 15:45.", list=("math-seminar", "lists.uni-example.edu", 'sympa'), loc="Building C, Room 2.14", snd=['corp'],
   cl=['sogo', 'zimbra', 'thunderbird', 'outlook']),
 S('en', "open-source community call monthly", "Monthly community call",
   "Our monthly community call: roadmap updates, demos from contributors, and open Q&A. Notes doc: https://notes.example-project.org/community-call",
   list=("community", "lists.example-project.org", 'mailman'), rr="FREQ=MONTHLY;BYDAY=3WE", conf="https://meet.jit.si/community-{uid8}", guests=0),
 S('de', "Vereinsvorstand Liste", "Vorstandssitzung Förderverein",
   "Hallo zusammen,\n\nanbei die Einladung zur nächsten Vorstandssitzung. Tagesordnung: Kassenbericht, Sommerfest, Anschaffung neuer Trikots.\n\nViele Grüße\n{ofirst}",
   list=("vorstand", "lists.vereinsring-talheim.de", 'mailman'), loc="Vereinsheim", snd=['corp', 'free'], hour=20),
 S('en', "parents' list school council", "School council meeting",
   "Dear parents,\n\nThe next school council meets on {date}. Parent representatives, please send agenda items by Monday.",
   list=("parents", "lists.saint-vallier.example", 'sympa'), loc="École Jean Moulin, salle polyvalente", snd=['free'], hour=18),
 S('it', "assemblea soci lista", "Assemblea ordinaria dei soci",
   "Cari soci,\n\nè convocata l'assemblea ordinaria per l'approvazione del bilancio. In caso di impedimento è possibile delegare un altro socio.\n\nIl Presidente",
   list=("soci", "lists.circolo-vela-garda.it", 'mailman'), loc="Sede del Circolo", snd=['corp', 'free']),
 S('nl', "buurtoverleg lijst", "Buurtoverleg",
   "Beste buren,\n\nHet volgende buurtoverleg gaat over de herinrichting van het speelveld en de parkeerdruk. Koffie staat klaar!",
   list=("buurt", "googlegroups.com", 'ggroups'), loc="Buurthuis De Wieken", snd=['free'], hour=20),
 S('pl', "koło naukowe lista", "Spotkanie koła naukowego",
   "Cześć,\n\nzapraszamy na spotkanie koła – prezentacja projektu łazika i podział zadań na semestr. Pizza zapewniona!",
   list=("kolo-robotyki", "lists.politechnika-example.edu.pl", 'sympa'), loc="Sala 118, budynek B", snd=['free', 'corp']),
 S('el', "σύλλογος γονέων λίστα", "Γενική Συνέλευση Συλλόγου Γονέων",
   "Αγαπητοί γονείς,\n\nΣας προσκαλούμε στη γενική συνέλευση του συλλόγου. Θέματα: οικονομικός απολογισμός, εκδρομή, εκλογή νέου ΔΣ.",
   list=("syllogos-goneon", "googlegroups.com", 'ggroups'), loc="Αίθουσα εκδηλώσεων σχολείου", snd=['free'], hour=19),
])

# ---------------------------------------------------------------------------------------------------------------
CATS['reply-cancel'] = ("METHOD:REPLY for meetings the recipient organised, and cancellations", dict(snd=['corp', 'free'], off=(1, 14), guests=0), [
 S('en', "accepted reply via Google", "Project sync", meth='REPLY', reply='ACCEPTED', cl=['google']),
 S('en', "declined reply with comment via Outlook", "Budget review", meth='REPLY', reply='DECLINED',
   comment="Sorry, I'm out that day - Marcus can cover for finance.", cl=['outlook']),
 S('en', "tentative reply from Apple Calendar", "Coffee catch-up", meth='REPLY', reply='TENTATIVE', cl=['apple', 'thunderbird']),
 S('en', "organizer cancels weekly sync (Outlook)", "Weekly sync", "", meth='CANCEL', rr="FREQ=WEEKLY;BYDAY=MO", cl=['outlook', 'zimbra']),
 S('en', "organizer cancels one-off (Google)", "Quarterly vendor check-in", "Cancelled - we'll reschedule once the new contract is signed.",
   meth='CANCEL', cl=['google']),
 S('en', "assistant cancels on behalf of recipient (SENT-BY)", "Interview panel debrief", "Cancelled on behalf of {rfull}.",
   meth='CANCEL', rcpt_org=True, snd=['corp'], sdom='{rdom}', cl=['outlook', 'google']),
 S('en', "accepted reply from Thunderbird", "Kick-off: website relaunch", meth='REPLY', reply='ACCEPTED', cl=['thunderbird', 'sogo', 'nextcloud']),
 S('fr', "refus avec commentaire", "Comité de pilotage", meth='REPLY', reply='DECLINED', comment="Je serai en déplacement, je vous envoie mes remarques par écrit.",
   cl=['outlook', 'google', 'zimbra']),
 S('ja', "承諾の返信", "定例ミーティング", meth='REPLY', reply='ACCEPTED', cl=['outlook', 'google']),
 S('ko', "회의 취소", "주간 업무 회의", "이번 주 회의는 취소합니다. 다음 주에 뵙겠습니다.", meth='CANCEL', cl=['google', 'outlook']),
 S('ru', "отмена встречи", "Планёрка отдела продаж", "Встреча отменяется, перенесём на следующую неделю.", meth='CANCEL',
   cl=['outlook', 'zimbra', 'tool']),
 S('tr', "toplantı kabul yanıtı", "Bütçe toplantısı", meth='REPLY', reply='ACCEPTED', cl=['outlook', 'google']),
])

# ---------------------------------------------------------------------------------------------------------------
CATS['personal'] = ("Personal invitations between friends and family", dict(snd=['free'], off=(3, 30), weekday=False, guests=3), [
 S('en', "mom's 60th birthday dinner", "Mom's 60th 🎉",
   "Booked the back room at Luigi's. Don't tell her!! We're splitting the bill - about $45 each. Bring a card, I'll get flowers.",
   loc="Luigi's Trattoria, 18 Bridge St", hour=19),
 S('en', "camping weekend with friends", "Camping - Lake Tahoe 🏕️",
   "Site is reserved (#42). I'll bring the big tent and the stove. Someone please bring a cooler and firewood. Venmo me $30 for the site fee.",
   loc="D.L. Bliss State Park, Campsite 42", allday=True, days=3, tz='America/Los_Angeles'),
 S('en', "book club monthly", "Book club - 'The Remains of the Day'",
   "My place this time! I'll make soup. Finish the book or at least pretend to 😄", loc="Rachel's", hour=19, rr="FREQ=MONTHLY;BYDAY=-1TH"),
 S('en', "poker night", "Poker night",
   "Usual $20 buy-in. Bring your own beer. Doors at 8.", loc="Tom's garage", hour=20),
 S('en', "wedding save the date", "Save the date: Grace & Owen's wedding",
   "We're getting married! Formal invitation with all the details to follow. Hotel block info: https://www.gracetowen-wedding.com",
   loc="Willow Creek Vineyard, Napa", allday=True, off=(120, 220), snd=['free'], cl=['google', 'apple']),
 S('de', "Grillabend bei uns", "Grillabend bei uns 🔥",
   "Hallo ihr Lieben,\n\nwir werfen den Grill an! Bringt gern einen Salat oder was zu trinken mit. Kinder sind natürlich willkommen.\n\nLG Sabine & Jürgen",
   loc="Bei uns im Garten", hour=18),
 S('es', "cumpleaños de Lucía", "Cumple de Lucía 🎂",
   "¡Hola a todos! Celebramos el cumple de Lucía en el parque. Habrá merienda y piñata. Confirmad si venís para calcular la tarta 😊",
   loc="Parque del Retiro, zona de la Chopera", hour=17),
 S('pt', "churrasco de sábado", "Churrasco no sábado",
   "E aí, galera! Churrasco lá em casa no sábado. Carne por minha conta, cada um traz a bebida. Piscina liberada!", loc="Casa do Tiago", hour=13),
 S('hi', "दिवाली पूजा निमंत्रण", "दिवाली पूजा और डिनर",
   "सभी को नमस्ते!\n\nइस दिवाली हमारे घर पूजा और डिनर पर आइए। शाम 7 बजे पूजा, उसके बाद खाना। बच्चों के लिए फुलझड़ियाँ रहेंगी।\n\nप्रिया और अमित",
   loc="बी-204, ग्रीन पार्क", hour=19),
 S('th', "งานบวช", "งานบวชหลานชาย",
   "เรียนญาติๆ ทุกคน\n\nขอเชิญร่วมงานบวชหลานชายที่วัดบ้านสวน ช่วงเช้าพิธีปลงผม ช่วงบ่ายแห่นาค เลี้ยงอาหารกลางวันค่ะ", loc="วัดบ้านสวน", hour=8, allday=False),
 S('ar', "عشاء عائلي", "عشاء عائلي يوم الجمعة",
   "أهلاً بالجميع،\n\nندعوكم لعشاء عائلي عندنا يوم الجمعة بعد صلاة المغرب. نورونا!", loc="منزل أبو خالد", hour=19),
])

# ---------------------------------------------------------------------------------------------------------------
CATS['support-callback'] = ("Support callbacks and technician visits that the customer actually requested",
                            dict(snd=['vendor', 'corp'], off=(0, 5), noatt='rcpt'), [
 S('en', "ISP support callback requested", "Callback scheduled - case {ref}",
   "Hi {rname},\n\nAs requested, a member of our technical support team will call you on the number ending in {n1} between {time} and {etime}. "
   "Your case number is {ref}.\n\nIf you need to change the time, reply to this e-mail or visit https://help.brightwave-broadband.com/cases/{ref}. "
   "Our agents will never ask you for your account password.",
   sdom="brightwave-broadband.com", sname="BrightWave Support", slocal="support", sorg="BrightWave Broadband", dur=60, cl=['saas', 'outlook', 'tool']),
 S('en', "device maker support call scheduled", "Your support call is scheduled",
   "Case ID: {ref}\nTopic: Laptop battery not charging\n\nA support advisor will call you at the scheduled time. Have your device and serial number nearby.\n"
   "To reschedule: https://support.halvorsen-devices.com/call/{code}",
   sdom="halvorsen-devices.com", sname="Halvorsen Support", slocal="noreply", sorg="Halvorsen", dur=30, meth='PUBLISH', cl=['saas', 'tool']),
 S('en', "bank mortgage appointment", "Your mortgage appointment",
   "Thank you for booking a mortgage appointment.\n\nAdvisor: Owen Hughes\nType: phone call\n\nOwen will call you from a withheld number. "
   "He will never ask for your online banking passcodes. Please have recent payslips to hand.",
   sdom="oakridge-cu.com", sname="Oak Ridge Credit Union", slocal="appointments", sorg="Oak Ridge Credit Union", dur=45, cl=['saas', 'outlook', 'tool']),
 S('en', "SaaS support screen-share session", "Screen-share session for ticket #{n2}",
   "Hi {rname},\n\nThanks for the details on the SSO issue. I've booked the session we discussed so we can look at your IdP configuration together.\n\n"
   "Join: https://copperline-analytics.zoom.us/j/8{n2}{n2}\n\nCheers,\nChris Alvarez, Support Engineer",
   sdom="copperline-analytics.io", sname="Chris Alvarez", slocal="chris.alvarez", sorg="Copperline Analytics", snd=['corp'], noatt=None, cl=['google', 'outlook', 'zoom'],
   conf="https://copperline-analytics.zoom.us/j/8{n2}{n2}"),
 S('en', "appliance repair technician visit", "Technician visit: washing machine",
   "Your appointment for the repair of your washing machine is confirmed. The technician will arrive between {time} and {etime}. "
   "Call-out fee: €79 (deducted from the repair costs if you proceed).", sdom="hausgeraete-service-nord.de", sname="Hausgeräte Service Nord", sorg="HGS Nord",
   dur=180, tz='Europe/Berlin', cl=['saas', 'tool', 'outlook']),
 S('en', "French insurer callback", "Phone appointment with your advisor",
   "As requested, your advisor will call you regarding your home insurance claim no. {ref}. Please have photos of the damage available.",
   sdom="assurances-clairval.fr", sname="Clairval Assurances", sorg="Clairval Assurances", dur=30, tz='Europe/Paris', cl=['saas', 'outlook', 'tool']),
 S('it', "appuntamento tecnico caldaia", "Appuntamento con il tecnico – manutenzione caldaia",
   "Gentile cliente,\n\nconfermiamo l'intervento di manutenzione annuale della caldaia. Il tecnico arriverà nella fascia {time}–{etime}. "
   "Costo dell'intervento: 90,00 € IVA inclusa.\n\nPer modifiche: {phone}", sdom="termoservice-brescia.it", sname="TermoService", sorg="TermoService", dur=120),
 S('hi', "कॉल बैक शेड्यूल", "कॉल बैक शेड्यूल – शिकायत {ref}",
   "प्रिय ग्राहक,\n\nआपके अनुरोध पर हमारे प्रतिनिधि आपको निर्धारित समय पर कॉल करेंगे। शिकायत संख्या: {ref}\n\nहम कभी भी आपसे OTP या पिन नहीं मांगते।",
   sdom="kaveri-infotech.in", sname="Kaveri Infotech Support", sorg="Kaveri Infotech", dur=30),
 S('ko', "A/S 방문 예약", "A/S 방문 예약 확정 안내",
   "고객님, 요청하신 에어컨 A/S 방문 일정이 확정되었습니다.\n방문 시간: {date} {time}~{etime}\n접수번호: {ref}\n\n변경이 필요하시면 {phone}로 연락 주세요.",
   sdom="daehan-precision.co.kr", sname="대한정밀 서비스센터", sorg="대한정밀", dur=120),
])

# ---------------------------------------------------------------------------------------------------------------
CATS['work-meeting'] = ("Ordinary internal and client meetings", dict(snd=['corp'], off=(1, 14), guests=3), [
 S('en', "weekly 1:1 Teams", "1:1 {ofirst} / {rname}", "Standing weekly 1:1. Agenda in our shared OneNote page.", rr="FREQ=WEEKLY;BYDAY=WE", cl=['outlook'],
   conf="https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tok2}%40thread.v2/0", guests=0, dur=30),
 S('en', "project kickoff Google Meet", "Kickoff: CRM migration",
   "Goals, scope, roles and timeline for the CRM migration. Please skim the project charter beforehand.", cl=['google'], conf="https://meet.google.com/{uid8}", guests=5),
 S('en', "quarterly planning offsite", "Q4 planning offsite",
   "Two days of planning. Arrive by 9:30 on day one; dinner together on the first evening.", loc="Lakeside Lodge, Salon A", allday=True, days=2, guests=8),
 S('en', "university department meeting (Zimbra)", "Department meeting",
   "Agenda: teaching allocation, PhD admissions, any other business.", loc="Room 3.12", cl=['zimbra', 'sogo', 'thunderbird'], guests=10, sdom="uni-example.edu"),
 S('he', "פגישת צוות", "פגישת צוות שבועית", "עדכוני סטטוס ותכנון השבוע.", rr="FREQ=WEEKLY;BYDAY=SU", guests=4),
 S('en', "client status call from Arabic-speaking firm", "Monthly status call - Alrowad",
   "Monthly status review of the ERP implementation. Minutes will be circulated after the call.", sdom="alrowad-consult.ae", sorg="Alrowad Consulting",
   slang='ar', tz='Asia/Dubai', conf="https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tok2}%40thread.v2/0"),
 S('ja', "定例会議", "営業部 定例会議", "今週の案件状況の共有と来週の予定確認を行います。", loc="本社 5F 第2会議室", rr="FREQ=WEEKLY;BYDAY=MO", guests=6),
 S('zh', "項目週會（繁體）", "專案週會", "同步各模組進度，討論風險與下週計畫。", loc="3樓大會議室", rr="FREQ=WEEKLY;BYDAY=TH", guests=6,
   tz='Asia/Taipei', cs='big5', sdom="daya-design.com.tw", sorg="大雅設計", cl=['outlook', 'tool', 'thunderbird', 'zimbra']),
])
