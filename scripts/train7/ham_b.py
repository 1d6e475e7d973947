# SPDX-License-Identifier: CC0-1.0
# train7 content: ham personal invitations, bookings, appointments. Every text written for this corpus.


def R(lang, cl, frm, s, d=None, **kw):
    r = dict(lang=lang, cl=cl, frm=frm, s=s, **kw)
    if d is not None:
        r['d'] = d
    return r


PERSONAL = [
    R('en', 'google', ('Jess Carter', 'jess.carter.fam@gmail.com'), "Lily's 7th birthday party! 🎉",
      "Lily is turning 7 and we'd love for {fn} and the kids to come! We've booked the party room at Bounce "
      "Zone (trampolines + pizza). Grip socks are provided. Drop-off is fine for kids over 6.\n\nPlease RSVP by "
      "Wednesday so I can give them numbers. Any allergies, let me know!\n\nJess (555) 0161-2043",
      loc='Bounce Zone, 1200 Harbor Rd', hour=(13, 0), dur=120, to=('Emily', 'Carter'), tz='America/Chicago', att=16),
    R('de', 'google', ('Katrin & Uwe', 'katrin.uwe.schmitt@gmail.com'), 'Grillabend bei uns 🍖',
      "Hallo ihr Lieben,\n\nder Sommer ist endlich da – wir werfen den Grill an! Für Fleisch, Würstchen und "
      "Getränke ist gesorgt, bringt gerne einen Salat oder Nachtisch mit. Wer mag, kann auch im Garten "
      "übernachten (Zelt mitbringen).\n\nGebt bitte kurz Bescheid, ob ihr kommt.\n\nBis bald,\nKatrin & Uwe",
      loc='Am Mühlbach 7, 79098 Freiburg', hour=(18, 0), dur=300, att=12),
    R('fr', 'icloud', ('Antoine Fabre', 'antoine.fabre@icloud.com'), 'Anniversaire surprise de Claire – chut !',
      "Salut à tous,\n\nOn organise une soirée surprise pour les 40 ans de Claire. Rendez-vous à 19h30 précises "
      "au restaurant (elle arrive à 20h avec sa sœur). Participation au cadeau commun : 25 € par personne, à "
      "m'envoyer par Lydia.\n\nSurtout pas un mot à Claire !\n\nAntoine – 06 55 50 12 34",
      loc='Le Petit Zinc, 12 rue des Carmes, Lyon', hour=(19, 30), dur=240, att=14, to=('Élodie', 'Fabre')),
    R('es', 'google', ('Abuela Carmen', 'carmen.ortega.abuela@gmail.com'), 'Comida familiar del domingo',
      "Hola hijos y nietos,\n\nEste domingo hago paella en casa, como siempre a las dos. Lucía, tráete el postre "
      "que te sale tan rico. Javier, acuérdate de las sillas plegables.\n\nOs quiero,\nla abuela",
      loc='Casa de la abuela', hour=(14, 0), dur=240, to=('Lucía', 'Romero'), att=9, wrap='fwd',
      fwd=('Javier Romero', 'javier.romero.r@gmail.com'),
      fwd_note="Lucía, te reenvío la invitación de la abuela, que dice que no le llega a tu correo del trabajo. "
               "¿Llevas tú el postre?\n\nJavi"),
    R('it', 'google', ('Chiara e Luca', 'chiaraeluca.famiglia@gmail.com'), 'Battesimo di Sofia',
      "Carissimi,\n\nsiamo felici di invitarvi al battesimo della nostra piccola Sofia, che si terrà presso la "
      "Chiesa di San Michele. A seguire pranzo al ristorante Villa Gaia (prenotazione a nome Ricci, tel. "
      "02 5550 1187).\n\nVi chiediamo gentilmente di confermare entro fine mese.\n\nUn abbraccio,\nChiara e Luca",
      loc='Chiesa di San Michele, Bergamo', hour=(11, 0), dur=300, att=22, to=('Chiara', 'Ricci')),
    R('pt', 'google', ('Pedro Lima', 'pedrolima.churras@gmail.com'), 'Churrasco de aniversário do Pedro 🎂',
      "Fala galera!\n\nVou fazer 30 e quero todo mundo lá em casa pra um churrasco. Carne e cerveja por minha "
      "conta, quem quiser pode trazer um acompanhamento. Tem piscina, tragam roupa de banho!\n\nConfirma aí "
      "pelo zap: (11) 555 0137 9988\n\nAbraço!", loc='Rua das Palmeiras, 214 - Campinas', hour=(13, 0),
      dur=420, att=25, tz='America/Sao_Paulo'),
    R('nl', 'icloud', ('Marieke Jansen', 'marieke.jansen@me.com'), 'Opa wordt 80!',
      "Lieve familie,\n\nOpa wordt 80 en dat vieren we met een high tea in de orangerie. Opa weet ervan, het is "
      "dus géén verrassing :) We hebben een cadeau bedacht (nieuwe fiets), wie wil bijdragen kan € 20 overmaken "
      "naar mijn rekening.\n\nTot dan!\nMarieke", loc='Orangerie Hofpark, Zwolle', hour=(14, 30), dur=180,
      att=18, to=('Bram', 'Jansen')),
    R('pl', 'google', ('Marta Nowak', 'marta.nowak.dom@gmail.com'), 'Imieniny Mamy – zapraszam!',
      "Kochani,\n\nw sobotę świętujemy imieniny Mamy. Obiad o 15:00, potem kawa i tort. Kto może, niech "
      "przyniesie sałatkę. Prezent kupujemy wspólnie – po 50 zł od osoby, zbiera Piotrek.\n\nBuziaki,\nMarta",
      loc='u Mamy, ul. Lipowa 8, Kraków', hour=(15, 0), dur=300, att=10),
    R('ru', 'yandex', ('Саша Смирнов', 'sasha.smirnov90@yandex.ru'), 'Приглашаю на день рождения!',
      "Друзья, привет!\n\nВ субботу отмечаю день рождения. Собираемся в баре «Пятница» к восьми вечера, столик "
      "забронирован на моё имя (тел. бара 8 555 0172-44-10). Подарков не надо, главное – приходите!\n\nСаша",
      loc='Бар «Пятница», ул. Рубинштейна 15', hour=(20, 0), dur=240, att=11, to=('Olga', 'Smirnova')),
    R('uk', 'google', ('Оксана і Тарас', 'oksana.taras.wedding@gmail.com'), 'Запрошення на весілля',
      "Дорогі рідні та друзі!\n\nЗ радістю запрошуємо вас на наше весілля. Вінчання відбудеться у церкві "
      "Святого Миколая, а святкування – у ресторані «Дністер». Просимо підтвердити участь до кінця місяця.\n\n"
      "З любов'ю,\nОксана і Тарас", loc='Церква Св. Миколая, Львів', hour=(13, 0), dur=600, att=30,
      days=(40, 90), to=('Oksana', 'Melnyk')),
    R('tr', 'google', ('Zeynep & Emre', 'zeynep.emre.nisan@gmail.com'), 'Nişan törenimize davetlisiniz',
      "Sevgili dostlarımız,\n\nNişan törenimizde sizleri de aramızda görmekten mutluluk duyarız. Tören sonrası "
      "akşam yemeği verilecektir. Katılım durumunuzu bildirirseniz seviniriz.\n\nSevgiyle,\nZeynep & Emre",
      loc='Bahçe Düğün Salonu, Kadıköy', hour=(19, 0), dur=300, att=24, days=(20, 60)),
    R('ja', 'icloud', ('中村 翔太', 'shota.nakamura@icloud.com'), '高校同窓会のお知らせ',
      "皆さん、お久しぶりです。幹事の中村です。\n\n卒業20周年を記念して同窓会を開催します。\n会費：6,000円（当日受付にて）"
      "\n場所：ホテルサンルート 2階宴会場\n\n出欠は今月末までにこのメールに返信してください。\n"
      "お会いできるのを楽しみにしています！", loc='ホテルサンルート 2階', hour=(18, 30), dur=180, att=35,
      days=(30, 60), to=('Haruto', 'Ito')),
    R('zh', 'webatt', ('张伟', 'zhangwei_family@qq.com'), '春节家庭聚餐',
      "各位家人好：\n\n今年年夜饭订在老地方，时间见日历邀请。包间已经订好了，每家出800元，到时候我统一付。"
      "有事提前说一声。\n\n张伟", loc='福满楼酒家 二楼牡丹厅', hour=(18, 0), dur=180, att=12,
      to=('Wei', 'Zhang'), cs='gbk', hcs='gbk', clx=dict(plain_cte='base64')),
    R('ko', 'webatt', ('김민준', 'minjun.kim.family@naver.com'), '우리 아이 돌잔치에 초대합니다',
      "안녕하세요,\n\n저희 딸 하린이의 첫 번째 생일을 맞아 돌잔치를 열게 되었습니다. 바쁘시더라도 오셔서 축하해 "
      "주시면 감사하겠습니다.\n\n주차는 건물 지하 2시간 무료입니다.\n\n김민준·이수아 드림",
      loc='더채플 뷔페 3층', hour=(12, 0), dur=150, att=20, to=('Jiwoo', 'Park'), cs='euc-kr', hcs='euc-kr'),
    R('ar', 'google', ('عائلة الحداد', 'alhaddad.family.events@gmail.com'), 'دعوة لحضور حفل زفاف',
      "بكل الحب والسرور ندعوكم لمشاركتنا فرحة زفاف ابننا كريم على الآنسة سارة، وذلك في قاعة الياسمين. "
      "حضوركم يسعدنا ويزيد فرحتنا.\n\nللاستفسار: ٠٥٥٥٠١٢٣٤٥\n\nعائلة الحداد", loc='قاعة الياسمين، عمّان',
      hour=(20, 0), dur=300, att=40, days=(25, 60), to=('Omar', 'Haddad'), tz='Asia/Riyadh'),
    R('he', 'google', ('משפחת לוי', 'levi.family.simcha@gmail.com'), 'בר המצווה של נועם',
      "משפחה וחברים יקרים,\n\nנשמח לראותכם בעלייה לתורה של נועם בבית הכנסת ובקידוש שיתקיים לאחר מכן. "
      "בערב תתקיים מסיבה באולם \"גן ורדים\".\n\nנא לאשר הגעה עד סוף החודש.\n\nבאהבה,\nמשפחת לוי",
      loc='בית הכנסת "אהל מועד", רעננה', hour=(9, 0), dur=180, att=28, days=(20, 50), to=('Noa', 'Levi')),
    R('hi', 'google', ('शर्मा परिवार', 'sharma.family.pune@gmail.com'), 'गृह प्रवेश पूजा का निमंत्रण',
      "आदरणीय {fn} जी,\n\nहमें यह बताते हुए अत्यंत हर्ष हो रहा है कि हम अपने नए घर में प्रवेश कर रहे हैं। "
      "इस शुभ अवसर पर गृह प्रवेश पूजा एवं भोजन में आप सपरिवार सादर आमंत्रित हैं।\n\nसंपर्क: +91 555 0148 2231\n\n"
      "शर्मा परिवार", loc='फ्लैट 402, सिल्वर ओक्स, बानेर, पुणे', hour=(10, 0), dur=300, att=30,
      to=('Ananya', 'Sharma')),
    R('id', 'google', ('Keluarga Santoso', 'keluarga.santoso.jkt@gmail.com'), 'Undangan syukuran rumah baru',
      "Assalamualaikum Bapak/Ibu {fn},\n\nDengan penuh rasa syukur kami mengundang Bapak/Ibu sekeluarga untuk "
      "hadir dalam acara syukuran rumah baru kami. Acara diisi dengan pengajian dan makan siang bersama.\n\n"
      "Kehadiran Bapak/Ibu sangat berarti bagi kami.\n\nWassalam,\nBudi & Rina Santoso",
      loc='Jl. Kenanga No. 17, Depok', hour=(11, 0), dur=240, att=25, to=('Dewi', 'Lestari')),
    R('vi', 'google', ('Trần Thu Hà', 'tranthuha.family@gmail.com'), 'Mời dự tiệc thôi nôi bé Na',
      "Chào cả nhà,\n\nBé Na tròn 1 tuổi rồi! Vợ chồng mình tổ chức tiệc thôi nôi nhỏ ở nhà hàng, mong mọi người "
      "đến chung vui cùng gia đình.\n\nLiên hệ: 0555 012 789 (Hà)\n\nThương,\nHà & Minh",
      loc='Nhà hàng Sen Vàng, Quận 3', hour=(11, 0), dur=180, att=20, to=('Linh', 'Tran')),
    R('th', 'google', ('ครอบครัวศรีสุข', 'srisuk.family@gmail.com'), 'ขอเชิญร่วมงานทำบุญขึ้นบ้านใหม่',
      "เรียนญาติมิตรทุกท่าน\n\nครอบครัวศรีสุขขอเรียนเชิญร่วมงานทำบุญขึ้นบ้านใหม่ พิธีสงฆ์เริ่มเวลา 07:00 น. "
      "และเลี้ยงอาหารกลางวันหลังพิธี\n\nติดต่อสอบถาม: 0555 014 221 (นัทธยา)\n\nขอบคุณค่ะ",
      loc='หมู่บ้านพฤกษา ซอย 5 บ้านเลขที่ 88', hour=(7, 0), dur=360, att=22, to=('Nattaya', 'Srisuk')),
    R('ro', 'webatt', ('Ioana și Andrei', 'ioana.andrei.popescu@yahoo.com'), 'Botezul lui Matei',
      "Dragii noștri,\n\nVă invităm cu drag la botezul fiului nostru Matei, la Biserica Sf. Nicolae, urmat de "
      "masa festivă la Restaurant Grădina. Vă rugăm să ne confirmați prezența până la sfârșitul lunii la "
      "0755 501 234.\n\nCu drag,\nIoana și Andrei", loc='Biserica Sf. Nicolae, Brașov', hour=(12, 0), dur=420,
      att=26, infra='yahoo', to=('Ioana', 'Popescu')),
    R('en', 'olcom', ('Rachel Adler', 'rachel.adler.books@outlook.com'), 'Book club - November pick',
      "Hi book people!\n\nNovember's pick is \"The Covenant of Water\" (yes it's long, we're giving it six "
      "weeks). I'm hosting - I'll do soup, bring wine or dessert.\n\nParking is on the street, the buzzer is "
      "broken so text me at (555) 0176-3390 when you're downstairs.\n\nRachel", loc="Rachel's place",
      hour=(19, 0), dur=150, att=9, days=(30, 45), tz='America/New_York'),
]

BOOKINGS = [
    R('en', 'bulk', ('Skyward Air', 'itinerary@skyward-air.example'), 'Your booking confirmation K7QX2P',
      "Thank you for booking with Skyward Air.\n\nBooking reference: K7QX2P\nFlight SW 418, London Heathrow "
      "(LHR) Terminal 5 to Barcelona (BCN) Terminal 1\nDeparture {date} {time}\nPassenger: {name}, seat 14C\n"
      "Fare paid: GBP 186.40 (incl. taxes GBP 52.18)\nBaggage: 1 x 23kg\n\nOnline check-in opens 24 hours "
      "before departure. Manage booking: https://www.skyward-air.example/manage?ref=K7QX2P\nCustomer service: "
      "+44 1632 960512", loc='London Heathrow (LHR) Terminal 5', method='PUBLISH', tz='Europe/London',
      bulkdom='skyward-air.example', days=(10, 60), dur=125, alarms=['-PT3H']),
    R('de', 'bulk', ('NordRail Tickets', 'tickets@nordrail.example'), 'Ihre Buchung: Hamburg Hbf → München Hbf',
      "Vielen Dank für Ihre Buchung.\n\nAuftragsnummer: 7X4K2M\nICE 583, Hamburg Hbf → München Hbf\nAbfahrt: "
      "{date} {time} Uhr, Gleis 13\nWagen 24, Platz 61 (Fenster, Ruhebereich)\nPreis: 79,90 € (Sparpreis, "
      "BahnCard 25)\n\nIhr Ticket ist in der App gespeichert. Bei Fragen: Service-Nummer 030 5550 1900.",
      loc='Hamburg Hbf, Gleis 13', method='PUBLISH', bulkdom='nordrail.example', dur=370, days=(3, 40),
      clx=dict(bulk='mailgun')),
    R('en', 'bulk', ('The Harbour Hotel', 'reservations@harbourhotel.example'), 'Reservation confirmed - {fn} {ln}',
      "Dear {fn},\n\nWe look forward to welcoming you.\n\nConfirmation number: HH-{ref}\nCheck-in: {date} from 3:00 "
      "PM\nCheck-out: {d2} by 11:00 AM\nRoom: Deluxe King, harbour view\nRate: $219.00 per night + tax, total "
      "$1,642.50\nCancellation: free until 48 hours before arrival\n\nFor changes please call (555) 0123-8800 or "
      "reply to this email.\n\nThe Harbour Hotel", loc='The Harbour Hotel, 1 Pier Street', method='PUBLISH',
      bulkdom='harbourhotel.example', hour=(15, 0), allday=False, dur=60, tz='America/Los_Angeles'),
    R('fr', 'google', ('Restaurant Le Jardin', 'restaurant.lejardin.annecy@gmail.com'), 'Réservation confirmée – Le Jardin',
      "Bonjour,\n\nNous avons le plaisir de confirmer votre réservation pour 4 personnes. Merci de nous prévenir "
      "en cas de retard de plus de 15 minutes ou d'annulation au 04 99 00 25 61.\n\nMenu dégustation à 68 € par "
      "personne (hors boissons) si vous le souhaitez.\n\nÀ bientôt,\nL'équipe du Jardin",
      loc='Le Jardin, 3 quai de l’Évêché, Annecy', hour=(20, 0), dur=150, to=('Nicolas', 'Lefèvre')),
    R('es', 'bulk', ('Ferris del Sur', 'reservas@ferrisdelsur.example'), 'Confirmación de reserva: Algeciras - Tánger Med',
      "Localizador: FDS{ref}\nTrayecto: Algeciras → Tánger Med\nSalida: {date} {time}\nPasajeros: 2 adultos, 1 "
      "vehículo (turismo)\nImporte total: 214,60 €\n\nPreséntese en el puerto 90 minutos antes de la salida. "
      "Atención al cliente: +34 555 0102 300.", loc='Puerto de Algeciras, Terminal de pasajeros',
      method='PUBLISH', bulkdom='ferrisdelsur.example', dur=90, tz='Europe/Madrid', clx=dict(bulk='sendgrid')),
    R('it', 'bulk', ('ViaggiaTreno Italia', 'biglietti@viaggiatreno.example'), 'Biglietto acquistato: Roma Termini - Firenze S.M.N.',
      "Grazie per aver acquistato con noi.\n\nCodice biglietto (PNR): R8TQ4V\nTreno FR 9528 Roma Termini → "
      "Firenze S.M.N.\nPartenza {date} ore {time}\nCarrozza 6, posto 9A\nImporto: 45,90 €\n\nAssistenza: 06 5550 "
      "1122", loc='Roma Termini', method='PUBLISH', bulkdom='viaggiatreno.example', dur=95),
    R('en', 'eventbrite', ('Eventbrite', 'noreply@order.eventbrite.com'), 'Your tickets for Riverside Jazz Night',
      "Order #{ref}\n\n2 x General Admission - $45.00 each\nFees: $7.84\nTotal: $97.84\n\nRiverside Jazz Night\n"
      "{date}, doors {time}\nThe Foundry, 77 Mill Street\n\nShow your mobile tickets at the door. Questions "
      "about this event? Contact the organizer: riversidejazz@foundryvenue.example", bulkdom='eventbrite.com',
      loc='The Foundry, 77 Mill Street', hour=(19, 30), dur=180, tz='America/Chicago'),
    R('ja', 'bulk', ('さくら航空', 'booking@sakura-air.example'), 'ご予約の確認（予約番号：5QK8TZ）',
      "{ln} 様\n\nこの度はさくら航空をご利用いただき、誠にありがとうございます。\n\n予約番号：5QK8TZ\n便名：SK 123 "
      "東京（羽田）→ 札幌（新千歳）\n出発：{date} {time}\n座席：23A\n運賃合計：24,580円\n\nお問い合わせ：0555-01-2345"
      "（予約センター）", loc='羽田空港 第1ターミナル', method='PUBLISH', bulkdom='sakura-air.example', dur=95,
      cs='iso-2022-jp', hcs='iso-2022-jp', clx=dict(plain_cte='7bit', html_cte='base64')),
    R('nl', 'google', ('Restaurant De Vier Seizoenen', 'devierseizoenen.reserveringen@gmail.com'), 'Uw reservering bij De Vier Seizoenen',
      "Beste {fn},\n\nBedankt voor uw reservering voor 2 personen. Wij houden de tafel 15 minuten vast. Voor "
      "annuleren of wijzigen kunt u bellen naar 020 555 0143.\n\nHet 4-gangen seizoensmenu kost € 54,50 p.p.\n\n"
      "Tot ziens!", loc='Prinsengracht 412, Amsterdam', hour=(19, 0), dur=150, to=('Sanne', 'de Vries')),
    R('pt', 'bulk', ('Hotel Maré Alta', 'reservas@hotelmarealta.example'), 'Confirmação de reserva nº {ref}',
      "Olá {fn},\n\nSua reserva está confirmada.\n\nCheck-in: {date} a partir das 14h\nCheck-out: {d2} até 12h\n"
      "Quarto: Standard Casal vista mar\nValor total: R$ 2.380,00 (7 diárias, café da manhã incluso)\n\n"
      "Dúvidas: (81) 555 0160-440 ou WhatsApp da recepção.\n\nHotel Maré Alta", loc='Hotel Maré Alta, Porto de Galinhas',
      method='PUBLISH', hour=(14, 0), dur=60, bulkdom='hotelmarealta.example', tz='America/Sao_Paulo'),
    R('zh', 'bulk', ('华旅出行', 'service@huali-travel.example'), '您的高铁票预订成功',
      "尊敬的{ln}{fn}，您好：\n\n订单号：E{ref}\n车次：G102 北京南 → 上海虹桥\n发车时间：{date} {time}\n座位：二等座 "
      "06车 12F\n票价：553.0元\n\n请携带有效身份证件提前30分钟进站。客服电话：555-0100-8888", loc='北京南站',
      method='PUBLISH', bulkdom='huali-travel.example', dur=290, to=('Wei', 'Zhang'), cs='gb2312', hcs='gb2312',
      clx=dict(plain_cte='base64', html_cte='base64')),
    R('en', 'google', ('Bella Napoli Pizzeria', 'bellanapoli.bookings@gmail.com'), 'Table for 8 - confirmed',
      "Hi {fn},\n\nYour table for 8 is booked for the birthday. We'll have the back room ready. A deposit of "
      "$80 was taken and will come off the bill. Please call us on (555) 0155-9021 if numbers change.\n\nCiao!\n"
      "Bella Napoli", loc='Bella Napoli, 210 Elm Ave', hour=(18, 30), dur=150, tz='America/New_York',
      to=('Chris', 'Dempsey')),
    R('sv', 'bulk', ('Skärgårdsfärjan', 'bokning@skargardsfarjan.example'), 'Bokningsbekräftelse Stockholm – Sandhamn',
      "Tack för din bokning!\n\nBokningsnummer: SF{ref}\nAvgång: Strandvägen kaj 16, {date} kl. {time}\n"
      "Resenärer: 2 vuxna, 1 barn\nTotalt: 690 kr\n\nFrågor? Ring 08 555 012 40.", loc='Strandvägen kaj 16',
      method='PUBLISH', bulkdom='skargardsfarjan.example', dur=120),
    R('tr', 'bulk', ('Anadolu Otobüs', 'bilet@anadolu-otobus.example'), 'Biletiniz hazır: İstanbul – Ankara',
      "Sayın {fn} {ln},\n\nPNR: AO{ref}\nSefer: İstanbul (Esenler) → Ankara (AŞTİ)\nKalkış: {date} {time}\nKoltuk: "
      "17\nÜcret: 650,00 TL\n\nLütfen kalkıştan 30 dakika önce peronda hazır olunuz. Çağrı merkezi: 0850 555 01 44",
      loc='Esenler Otogarı, Peron 112', method='PUBLISH', bulkdom='anadolu-otobus.example', dur=360,
      to=('Mehmet', 'Kaya')),
    R('en', 'calendly', ('Calendly', 'notifications@calendly.com'), 'New Event: {fn} {ln} - 30 Minute Consultation',
      "Hi {fn},\n\nYour consultation with Lakeside Physio is confirmed.\n\nEvent type: 30 Minute Consultation\n"
      "Date/time: {date} {time}\nLocation: 14 Lakeside Drive, Suite 3\nFee: $85 (payable at the clinic)\n\n"
      "Need to make changes? Cancel or reschedule: https://calendly.com/cancellations/{code}\n\nQuestions? Call "
      "the clinic on (555) 0114-6620.", bulkdom='calendly.com', loc='14 Lakeside Drive, Suite 3', dur=30,
      tz='America/Denver', org=('Lakeside Physio', 'frontdesk@lakesidephysio.example')),
    R('en', 'bulk', ('CityCar Rentals', 'reservations@citycar-rentals.example'), 'Car rental confirmation RSV-{ref}',
      "Reservation: RSV-{ref}\nPick-up: Dublin Airport T1, {date} {time}\nReturn: {d2} {time}\nVehicle: "
      "Compact (VW Golf or similar), manual\nEstimated total: EUR 312.47 incl. CDW\nDeposit: EUR 300 held on "
      "credit card\n\nDesk phone: +353 1 555 0199", loc='Dublin Airport T1 arrivals', method='PUBLISH',
      bulkdom='citycar-rentals.example', dur=30, tz='Europe/Dublin'),
    R('de', 'google', ('Ferienwohnung Seeblick', 'fewo.seeblick.bodensee@gmail.com'), 'Buchungsbestätigung Ferienwohnung Seeblick',
      "Liebe Familie Becker,\n\nvielen Dank für Ihre Buchung vom {date} bis {d2}. Gesamtpreis: 875,00 € inkl. "
      "Endreinigung, Anzahlung 30 % (262,50 €) bitte innerhalb von 7 Tagen überweisen, Rest bei Anreise.\n\n"
      "Schlüsselübergabe ab 15 Uhr, bitte kurz vorher anrufen: 07531 555 0129.\n\nHerzliche Grüße\nFamilie Maier",
      loc='Seestraße 21, Konstanz', hour=(15, 0), dur=60, to=('Jonas', 'Becker'), days=(30, 120)),
    R('en', 'bulk', ('Skyward Air', 'itinerary@skyward-air.example'), 'Schedule change: SW 203 now departs later',
      "Important: your flight time has changed.\n\nBooking reference: M2RT8L\nFlight SW 203 Manchester (MAN) → "
      "Dublin (DUB)\nNew departure: {date} {time}\n\nIf the new time doesn't work for you, you can change to "
      "another flight free of charge or request a refund at https://www.skyward-air.example/manage?ref=M2RT8L "
      "or call +44 1632 960512.", loc='Manchester Airport (MAN) Terminal 2', method='PUBLISH', seq=1,
      bulkdom='skyward-air.example', dur=65, tz='Europe/London'),
]

APPOINTMENTS = [
    R('en', 'bulk', ('Maple Grove Family Dental', 'appointments@maplegrovedental.example'), 'Appointment reminder: {date} at {time}',
      "Hi {fn},\n\nThis is a reminder of your appointment with Dr. Patel (hygiene cleaning + check-up) on "
      "{date} at {time}.\n\nEstimated patient portion after insurance: $38.00\n\nPlease arrive 10 minutes early. "
      "To reschedule call (555) 0147-2200. Cancellations with less than 24 hours notice incur a $50 fee.\n\n"
      "Maple Grove Family Dental", loc='Maple Grove Family Dental, 450 Maple Ave', method='PUBLISH',
      bulkdom='maplegrovedental.example', dur=60, tz='America/New_York', clx=dict(bulk='sendgrid')),
    R('de', 'lib', ('Bürgeramt Online-Terminvergabe', 'noreply@termine.stadt-musterhausen.example'), 'Terminbestätigung Bürgeramt',
      "Sehr geehrte/r {fn} {ln},\n\nhiermit bestätigen wir Ihren Termin:\n\nDienstleistung: Personalausweis "
      "beantragen\nStandort: Bürgeramt Mitte, Raum 0.14\nVorgangsnummer: {ref}\n\nBitte bringen Sie Ihren alten "
      "Ausweis, ein biometrisches Passfoto und 37,00 € Gebühr (EC-Karte) mit. Falls Sie den Termin nicht "
      "wahrnehmen können, sagen Sie ihn bitte ab, damit er neu vergeben werden kann.\n\nIhre Stadtverwaltung",
      loc='Bürgeramt Mitte, Rathausplatz 1', auth='pass', method='PUBLISH', dur=15,
      prodid='-//Stadt Musterhausen//Terminvergabe 3.2//DE', to=('Stefan', 'Wagner')),
    R('fr', 'bulk', ('Cabinet médical des Tilleuls', 'rdv@cabinet-tilleuls.example'), 'Confirmation de votre rendez-vous',
      "Bonjour {fn} {ln},\n\nVotre rendez-vous avec le Dr Martin (médecine générale) est confirmé le {date} à "
      "{time}.\n\nTarif : 30 € (secteur 1), pensez à votre carte Vitale. En cas d'empêchement, merci d'annuler au "
      "moins 24 h à l'avance au 01 99 00 18 42.", loc='Cabinet médical des Tilleuls, 5 av. des Tilleuls, Nantes',
      method='REQUEST', bulkdom='cabinet-tilleuls.example', dur=20, to=('Camille', 'Durand')),
    R('en', 'm365', ('Northbridge Bank', 'advisor.appointments@northbridgebank.example'), 'Your mortgage review appointment',
      "Dear {fn},\n\nThank you for booking a mortgage review with your adviser, Helen Price. We'll discuss your "
      "current fixed rate (ending soon), remortgage options and any changes to your circumstances.\n\nPlease "
      "have your latest payslips to hand. We will never ask for your online banking password or passcodes.\n\n"
      "To reschedule call 0300 555 0188 or reply to this invitation.", teams=True, tz='Europe/London',
      to=('Tom', 'Hargreaves')),
    R('es', 'lib', ('Cita Previa - Agencia Tributaria', 'citaprevia@sede.hacienda-example.es'), 'Confirmación de cita previa',
      "Se ha registrado su cita previa.\n\nServicio: Declaración de la Renta - atención presencial\nOficina: "
      "Delegación de Valencia\nLocalizador: {code}\nFecha: {date} {time}\n\nAcuda con DNI/NIE y la documentación "
      "necesaria. Puede anular la cita en la sede electrónica o en el teléfono 901 555 012.",
      loc='Delegación de Valencia, C/ Guillem de Castro 4', auth='pass', dur=15, method='PUBLISH',
      prodid='-//AEAT//Cita Previa 1.0//ES', to=('Carmen', 'Ortega')),
    R('it', 'bulk', ('Poliambulatorio San Luca', 'prenotazioni@poliambulatorio-sanluca.example'), 'Promemoria visita specialistica',
      "Gentile {fn} {ln},\n\nle ricordiamo la visita cardiologica prenotata per il {date} alle ore {time}. "
      "Ticket da pagare in accettazione: 36,15 €.\n\nPer disdire: 02 5550 1873 (lun-ven 8-18) almeno 48 ore "
      "prima.", loc='Poliambulatorio San Luca, Via Roma 18, Milano', method='PUBLISH',
      bulkdom='poliambulatorio-sanluca.example', dur=30, to=('Giulia', 'Ferrari')),
    R('en', 'bulk', ('Paws & Claws Vet Clinic', 'noreply@pawsclawsvet.example'), "Reminder: Biscuit's annual vaccination",
      "Hi {fn},\n\nBiscuit is due for the annual booster. We've booked the slot below. Estimated cost: $96 "
      "(exam + DHPP + rabies). Reply C to confirm or call (555) 0193-7744 to change.\n\nPaws & Claws",
      loc='Paws & Claws, 88 Station Rd', method='PUBLISH', bulkdom='pawsclawsvet.example', dur=30,
      tz='Australia/Sydney', clx=dict(bulk='mailgun')),
    R('nl', 'lib', ('Gemeente Rivierstad', 'afspraken@rivierstad.example'), 'Bevestiging afspraak paspoort',
      "Beste {fn},\n\nU heeft een afspraak gemaakt voor het aanvragen van een paspoort.\n\nLocatie: Stadskantoor, "
      "balie 4\nKosten: € 84,45 (pinnen)\nMeenemen: huidig paspoort en een recente pasfoto\n\nAfzeggen kan via "
      "https://www.rivierstad.example/afspraak of via 14 0555.", loc='Stadskantoor, Markt 1', auth='pass',
      method='PUBLISH', dur=15, to=('Bram', 'Jansen')),
    R('pt', 'bulk', ('Clínica Vida', 'agendamento@clinicavida.example'), 'Consulta agendada: Dermatologia',
      "Olá {fn},\n\nSua consulta com a Dra. Fernanda Alves (Dermatologia) está agendada para {date} às {time}.\n"
      "Valor particular: R$ 350,00 (Pix ou cartão).\n\nPara remarcar: (11) 555 0120-330. Chegue com 15 minutos de "
      "antecedência.", loc='Clínica Vida - Av. Paulista, 1500, cj. 82', method='REQUEST',
      bulkdom='clinicavida.example', dur=30, tz='America/Sao_Paulo', to=('Rafael', 'Lima')),
    R('en', 'google', ('Dr. Amy Chen - Riverside Pediatrics', 'riversidepeds.frontdesk@gmail.com'), "Mia's 4-year check-up",
      "Hi {fn}, this confirms Mia's well-child visit with Dr. Chen. She is due for two vaccines at this visit. "
      "Copay is $25. Please bring her vaccination card. If you need to reschedule, call (555) 0158-3300.\n\n"
      "Riverside Pediatrics front desk", loc='Riverside Pediatrics, 301 River Rd, Suite 120', dur=30,
      tz='America/Los_Angeles', to=('Rachel', 'Adler')),
]

CATS = {('ham', 'personal_invites'): PERSONAL, ('ham', 'bookings'): BOOKINGS, ('ham', 'appointments'): APPOINTMENTS}

# event titles differ from the mail subjects for bookings and appointments (as the real senders do it)
_TITLES = {
    ('B', 0): 'Flight SW 418 London (LHR) → Barcelona (BCN)', ('B', 1): 'ICE 583 Hamburg Hbf → München Hbf',
    ('B', 2): 'The Harbour Hotel - stay (HH-{ref})', ('B', 4): 'Ferry Algeciras → Tánger Med (FDS{ref})',
    ('B', 5): 'FR 9528 Roma Termini → Firenze S.M.N.', ('B', 6): 'Riverside Jazz Night',
    ('B', 7): 'SK 123 羽田 → 新千歳', ('B', 9): 'Hotel Maré Alta - hospedagem',
    ('B', 10): 'G102 北京南 → 上海虹桥', ('B', 12): 'Färja Strandvägen → Sandhamn',
    ('B', 13): 'Otobüs İstanbul → Ankara (PNR AO{ref})', ('B', 15): 'Car pick-up: Dublin Airport T1 (RSV-{ref})',
    ('B', 17): 'Flight SW 203 Manchester (MAN) → Dublin (DUB)',
    ('A', 0): 'Dental appointment - Dr. Patel', ('A', 2): 'RDV Dr Martin',
    ('A', 5): 'Visita cardiologica', ('A', 6): 'Biscuit - annual vaccination',
}
for (_k, _i), _t in _TITLES.items():
    _lst = BOOKINGS if _k == 'B' else APPOINTMENTS
    _lst[_i] = dict(_lst[_i], subj=_lst[_i]['s'], s=_t)
