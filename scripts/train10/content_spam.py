# -*- coding: utf-8 -*-
"""Spam specifications for the train10 corpus.  All text written for this corpus (CC0).
Slots: {site} {dom} {org} {phone} {rname} {sname} {code} {ref} {rmail} {year} {nyear}"""


def S(lang, summ, body, **kw):
    d = dict(lang=lang, summ=summ, body=body)
    d.update(kw)
    return d


REPLICA = [
    S('en', 'Private online preview – Swiss-grade timepieces from $189',
      'Dear {rname},\n\nAs one of our selected clients you are invited to our private online preview. More than 3,000 models in Swiss-grade quality '
      '(904L steel, sapphire crystal, automatic movement): Submariner, Nautilus, Royal Oak, Speedmaster and more.\n\nPrices start at $189 with free insured '
      'shipping to the US, UK and EU. Browse the catalogue: {site}/preview\nCode VIP20 gives 20% off until Friday.\n\nKind regards,\nClient Relations',
      org='Horologe Vault', dom='horologe-vault.shop', d='Replica watch catalogue preview with discount code'),
    S('en', 'Spring trunk show: designer handbags, 1:1 mirror quality',
      'Good afternoon,\n\nOur spring trunk show is now open online. Neverfull, Birkin 30, Lady Dior, Kelly 28 and Classic Flap – leather, stitching and hardware '
      'matched to the boutique pieces, delivered with dust bag, box and cards.\n\nOrders ship from our Hong Kong warehouse in 7–10 days. WhatsApp our stylist: +852 5{ref}\n'
      'Lookbook: {site}/spring-lookbook\n\nWarm regards,\nMaison Atelier team',
      org='Maison Atelier', dom='maison-atelier-bags.com', d='Mirror-quality designer handbag trunk show'),
    S('en', 'Order confirmation call – AP & RM collection',
      'Short call to confirm sizes and delivery address for the new collection.',
      org='LuxTime Partners', dom='luxtime-partners.vip', hide='location',
      payload='WhatsApp +852 6{ref} | catalogue https://{dom}/ap-rm', d='Watch order call, payload in LOCATION'),
    S('en', 'Members\' day – up to 70% off iconic pieces',
      'Members\' day is on. Iconic watches, bags, belts and sunglasses at outlet prices.',
      org='Iconic Outlet Club', dom='iconic-outlet-club.top', hide='altdesc', payload='Shop the members\' selection: https://{dom}/m/{ref}',
      d='Luxury outlet members day, link in X-ALT-DESC'),
    S('en', 'Sneaker drop: Jordan 1, Dunk, Yeezy from $59 – factory direct',
      'Hi {rname},\n\nNew batch just landed from our factory partner: Jordan 1 High, Dunk Low, Yeezy 350 and New Balance 550. Same materials as retail, '
      'sizes US 5–13, from $59 a pair, buy 2 get free express shipping.\n\nReserve your pairs before the drop sells out: {site}/drop\n\nCheers,\nKicksHub',
      org='KicksHub Factory', dom='kickshub-factory.com', d='Factory-direct sneakers (counterfeit) drop'),
    S('de', 'Exklusive Vorschau: Luxusuhren in Schweizer Qualität ab 169 €',
      'Sehr geehrte Damen und Herren,\n\nwir laden Sie zu unserer exklusiven Online-Vorschau ein. Über 2.500 Modelle in bester Qualität – Saphirglas, '
      'Automatikwerk, 904L-Stahl. Versicherter Versand innerhalb Deutschlands, Österreichs und der Schweiz ist kostenlos.\n\nZum Katalog: {site}/de/katalog\n'
      'Mit dem Code UHR15 erhalten Sie 15 % Rabatt.\n\nMit freundlichen Grüßen\nIhr Kundenservice',
      org='Uhrenkontor Premium', dom='uhrenkontor-premium.shop', d='German replica watch preview'),
    S('fr', 'Vente privée : sacs de créateurs qualité miroir',
      'Bonjour,\n\nNous avons le plaisir de vous convier à notre vente privée en ligne : sacs, ceintures et foulards de grandes maisons, qualité miroir 1:1, '
      'cuir véritable et boîte d\'origine. Livraison offerte en France et en Belgique.\n\nAccès réservé : {site}/vente-privee\n\nBien cordialement,\nService clientèle',
      org='Atelier Prestige', dom='atelier-prestige-paris.com', d='French mirror-quality bag private sale'),
    S('it', 'Borse e orologi di lusso: collezione {year} a prezzi di fabbrica',
      'Gentile cliente,\n\nla nuova collezione è arrivata: borse, orologi e occhiali delle migliori firme, qualità identica all\'originale, a prezzi di fabbrica. '
      'Spedizione gratuita in tutta Italia in 5 giorni.\n\nCatalogo riservato.',
      org='Lusso Outlet', dom='lusso-outlet-store.it', hide='url', payload='https://{dom}/catalogo?c={code}', d='Italian luxury replica catalogue, link in URL'),
    S('zh', '高端腕表新品品鉴会（一比一复刻）',
      '尊敬的客户您好：\n\n本期新品：劳力士、欧米茄、百达翡丽等一比一复刻腕表，瑞士机芯，蓝宝石镜面，支持验货后付款。\n\n添加微信客服 lux{ref} 获取完整图册与报价，'
      '本周下单送原装表盒。\n\n图册：{site}/cn',
      org='名表汇', dom='mingbiaohui.top', d='Chinese 1:1 replica watch tasting event'),
    S('ru', 'Закрытый показ: реплики швейцарских часов от 9 900 ₽',
      'Добрый день!\n\nПриглашаем вас на закрытый онлайн-показ новой коллекции: Rolex, Omega, Patek Philippe и другие модели в качестве 1:1, '
      'сапфировое стекло, автоматический механизм. Доставка по России бесплатно, оплата при получении.\n\nКаталог: {site}/ru\nТелефон: {phone}',
      org='Часовой Дом', dom='chasovoy-dom.ru', d='Russian replica watch showing'),
]

HEALTH = [
    S('en', 'Your 12-week slimming plan – kickoff call',
      'Hi {rname},\n\nThanks for your interest in the KetoSlim Pro plan. Our clients lose 8–14 kg in 12 weeks with two capsules a day, no diet and no gym. '
      'This week only: buy 3 bottles, get 2 free + free shipping.\n\nStart here: {site}/plan\n\nTo your health,\nCoach Amanda',
      org='KetoSlim Pro', dom='ketoslim-pro.com', d='Slimming capsules kickoff call'),
    S('en', 'Pharmacy order review – generic meds up to 80% cheaper',
      'Dear customer,\n\nWe reviewed your previous enquiry. Generic versions of popular medicines (ED, hair loss, weight loss, sleep) are available without '
      'prescription at up to 80% below pharmacy prices. Discreet packaging, worldwide delivery.\n\nOrder desk: {site}/rx\nSupport: {phone}',
      org='MediSave Direct', dom='medisave-direct.net', d='No-prescription generic medicines'),
    S('en', 'Consultation – joint pain relief (clinically tested formula)',
      'A 20-minute call with our health adviser about the new joint formula. Trial pack: $4.95 shipping only.',
      org='FlexiJoint Labs', dom='flexijoint-labs.com', hide='location', payload='Call {phone} or visit https://{dom}/trial',
      d='Joint supplement trial, payload in LOCATION'),
    S('en', 'Testosterone & energy check-in (men over 40)',
      'Feeling tired, low drive, belly fat? Our natural booster restored energy for 120,000 men. 60-day money-back guarantee.',
      org='AlphaVital', dom='alphavital-men.com', hide='attach', payload='https://{dom}/guide/men40.pdf',
      d='Men\'s booster, PDF link in ATTACH'),
    S('en', 'Blood sugar support – free sample reservation',
      'Dear {rname},\n\nYour free sample of GlucoBalance is reserved. Doctors are stunned: this 7-second morning ritual helps keep blood sugar in a healthy range. '
      'Claim your sample before midnight (pay only $6.95 shipping): {site}/sample\n\nBest wishes,\nGlucoBalance team',
      org='GlucoBalance', dom='glucobalance-official.com', d='Blood sugar supplement free sample'),
    S('es', 'Cita informativa: adelgaza hasta 10 kg en 30 días',
      'Hola {rname}:\n\nTe invitamos a una sesión informativa sobre nuestro método natural para adelgazar: cápsulas 100 % naturales, sin dietas ni gimnasio. '
      'Oferta de lanzamiento: 3 botes al precio de 1.\n\nReserva tu plaza: {site}/es\n\nUn saludo,\nEquipo NaturFit',
      org='NaturFit', dom='naturfit-oferta.es', d='Spanish slimming capsules info session'),
    S('pl', 'Konsultacja: tabletki na odchudzanie bez recepty',
      'Dzień dobry,\n\nzapraszamy na bezpłatną konsultację telefoniczną. Nasz suplement pomaga schudnąć do 12 kg w miesiąc bez diety. Tylko dziś: 50% rabatu '
      'i darmowa dostawa.\n\nZamówienia: {site}/pl\nTelefon: {phone}',
      org='SlimMax Polska', dom='slimmax-polska.pl', d='Polish diet pill consultation'),
    S('ar', 'استشارة مجانية: مكمل طبيعي لخسارة الوزن',
      'مرحباً {rname}،\n\nندعوك إلى استشارة مجانية حول مكملنا الطبيعي الذي يساعد على خسارة حتى 10 كيلوغرامات خلال شهر دون حمية. العرض لفترة محدودة: اشترِ عبوتين '
      'واحصل على الثالثة مجاناً مع توصيل مجاني.\n\nللطلب: {site}/ar\nواتساب: {phone}',
      org='رشاقة بلس', dom='rashaqa-plus.com', d='Arabic weight-loss supplement'),
    S('th', 'นัดรับคำปรึกษาฟรี: ผลิตภัณฑ์ลดน้ำหนักสูตรใหม่',
      'สวัสดีค่ะ คุณ{rname}\n\nขอเชิญรับคำปรึกษาฟรีเรื่องผลิตภัณฑ์ลดน้ำหนักสูตรธรรมชาติ ลดได้ 5-8 กิโลใน 1 เดือน ไม่ต้องอดอาหาร '
      'โปรโมชั่นพิเศษ ซื้อ 2 แถม 1 ส่งฟรีทั่วประเทศ\n\nสั่งซื้อ: {site}/th\nแอดไลน์: @slimfit{code}',
      org='SlimFit Thailand', dom='slimfit-th.com', d='Thai slimming product consultation'),
    S('pt', 'Avaliação gratuita: cápsulas para emagrecer com desconto de 60%',
      'Olá {rname}, tudo bem?\n\nSeparamos uma avaliação gratuita para você conhecer o Seca Fit, fórmula natural que ajuda a eliminar até 8 kg em 30 dias. '
      'Somente hoje: 60% de desconto e frete grátis para todo o Brasil.',
      org='Seca Fit', dom='secafit-oficial.com.br', hide='location', payload='WhatsApp {phone} · https://{dom}/oferta',
      d='Portuguese slimming capsules, contact in LOCATION'),
]

HOME = [
    S('en', 'Solar survey for your home – 0% financing, no upfront cost',
      'Hello {rname},\n\nHomeowners in your area are eligible for the {year} clean energy programme: solar panels with 0% financing, no upfront cost and savings of '
      'up to 70% on electricity bills.\n\nWe have reserved a free 15-minute roof assessment for you. Confirm or reschedule here: {site}/survey\n\nSunRise Energy Advisors',
      org='SunRise Energy Advisors', dom='sunrise-energy-advisors.com', d='Solar panel survey pushed to homeowners'),
    S('en', 'Switch & save: your business energy renewal window is open',
      'Good morning,\n\nYour current business electricity contract is approaching its renewal window. Our brokers can lock in a fixed rate of 18.9p/kWh before '
      'prices rise again. No obligation, we handle the switch.\n\nQuick call to compare: {phone}\n\nRegards,\nCommercial Energy Desk',
      org='Commercial Energy Desk', dom='commercial-energydesk.co.uk', d='Unsolicited business energy switching'),
    S('en', 'Home improvement grant call-back',
      'Call-back booked regarding your eligibility for the window, door and insulation grant.',
      org='Home Upgrade Grants', dom='home-upgrade-grants.org.uk', hide='location', payload='{phone} (Freephone) – ref {ref}',
      d='Home improvement grant call-back, phone in LOCATION'),
    S('en', 'Roof & gutter inspection – spring special $99',
      'Hi there,\n\nOur crews will be in your neighbourhood next week. Book a full roof and gutter inspection for $99 (normally $249) and get 15% off any repair. '
      'Limited slots.\n\nBook: {site}/spring\n\nPeak Roofing & Exteriors',
      org='Peak Roofing & Exteriors', dom='peakroofing-exteriors.com', d='Roof inspection door-to-door style offer'),
    S('en', 'Heat pump rebate appointment',
      'Your heat pump rebate appointment. Up to $8,000 back on installation this year.',
      org='GreenHome Rebates', dom='greenhome-rebates.us', hide='url', payload='https://{dom}/claim?id={ref}',
      d='Heat pump rebate, link in URL'),
    S('de', 'Kostenlose Dachanalyse: Photovoltaik ohne Anzahlung',
      'Guten Tag {rname},\n\nfür Ihr Haus wurde eine kostenlose Dachanalyse reserviert. Mit unserer Photovoltaik-Anlage ohne Anzahlung sparen Sie bis zu 80 % '
      'Stromkosten – staatliche Förderung inklusive.\n\nTermin bestätigen: {site}/termin\n\nIhr Solarteam',
      org='Solarwerk Direkt', dom='solarwerk-direkt.de', d='German PV roof analysis'),
    S('nl', 'Gratis adviesgesprek: zonnepanelen en thuisbatterij',
      'Beste {rname},\n\nU komt in aanmerking voor een gratis adviesgesprek over zonnepanelen en een thuisbatterij. Bespaar tot € 1.400 per jaar op uw '
      'energierekening. Dit aanbod geldt slechts voor 20 woningen in uw regio.\n\nBevestig uw afspraak: {site}/nl',
      org='ZonVoordeel', dom='zonvoordeel-advies.nl', d='Dutch solar panels advice'),
    S('sv', 'Energikartläggning: byt elavtal och spara 4 000 kr',
      'Hej {rname}!\n\nVi har bokat en kostnadsfri energikartläggning för ditt hushåll. Byt till vårt fastprisavtal och spara upp till 4 000 kr per år. '
      'Ingen bindningstid.',
      org='Elkraft Norden', dom='elkraftnorden.se', hide='location', payload='Ring {phone} eller boka på https://{dom}/spara',
      d='Swedish electricity contract switch'),
    S('it', 'Sopralluogo gratuito: fotovoltaico con detrazione fiscale',
      'Buongiorno,\n\nabbiamo riservato per la sua abitazione un sopralluogo gratuito per un impianto fotovoltaico con accumulo. Nessun anticipo, '
      'detrazione fiscale del 50% e risparmio fino al 70% in bolletta.\n\nConfermi l\'appuntamento: {site}/sopralluogo\nNumero verde: {phone}',
      org='Sole Casa Italia', dom='solecasa-italia.it', d='Italian PV survey'),
    S('el', 'Δωρεάν αυτοψία: φωτοβολταϊκά χωρίς προκαταβολή',
      'Καλημέρα σας,\n\nΣας έχουμε κρατήσει δωρεάν αυτοψία για φωτοβολταϊκό σύστημα στη στέγη σας. Χωρίς προκαταβολή, με επιδότηση έως 60% και εξοικονόμηση '
      'έως 75% στο ρεύμα.\n\nΕπιβεβαίωση: {site}/gr\nΤηλ.: {phone}',
      org='Ηλιακή Ενέργεια Plus', dom='iliaki-energeia.gr', d='Greek PV survey'),
]

INSURANCE = [
    S('en', 'Life insurance review – $500,000 cover from $19/month',
      'Hi {rname},\n\nWe compared 20 insurers for you. A healthy non-smoker can get $500,000 of term life cover from just $19 a month, no medical exam.\n\n'
      'Your 10-minute quote call is reserved. Confirm here: {site}/quote\n\nLicensed agents standing by: {phone}',
      org='QuoteShield', dom='quoteshield-life.com', d='Life insurance quote call'),
    S('en', 'Final expense plan – approval guaranteed',
      'Approval guaranteed for ages 50 to 85. Lock in today\'s rate.',
      org='Senior Benefit Plans', dom='seniorbenefit-plans.com', hide='location', payload='Call {phone} (TTY 711) – agent code {code}',
      d='Final expense insurance, phone in LOCATION'),
    S('en', 'Car insurance renewal – we found you a lower premium',
      'Dear driver,\n\nBefore your car insurance renews, let us check. Drivers who switched through us saved an average of £312. Call or compare online in 2 minutes.\n\n'
      '{site}/compare\n\nMotorSave Quotes',
      org='MotorSave Quotes', dom='motorsave-quotes.co.uk', d='Car insurance comparison push'),
    S('en', 'Health plan enrollment window closes Friday',
      'Open enrollment closes Friday. Plans from $0/month with subsidies. Speak to a benefits adviser.',
      org='Benefits Enrollment Center', dom='benefits-enroll-center.com', hide='url', payload='https://{dom}/enroll?zip=&src=cal',
      d='Health plan enrollment, link in URL'),
    S('en', 'Pet insurance – first month free',
      'Hello {rname},\n\nProtect your dog or cat with comprehensive cover: accidents, illness and dental from $9.99/month, first month free. '
      'Claims paid in 48 hours.\n\nGet your quote: {site}/pets?code={code}\n\nPawGuard',
      org='PawGuard', dom='pawguard-cover.com', d='Pet insurance first-month-free'),
    S('fr', 'Mutuelle santé : votre devis personnalisé',
      'Bonjour {rname},\n\nVotre devis mutuelle est prêt : jusqu\'à 40 % d\'économies pour une couverture équivalente, résiliation prise en charge par nos soins. '
      'Un conseiller vous rappelle au créneau indiqué.\n\nConsulter le devis : {site}/devis\n\nL\'équipe MutuelleMoinsChère',
      org='MutuelleMoinsChère', dom='mutuelle-moinschere.fr', d='French health insurance quote'),
    S('es', 'Seguro de hogar: tu oferta personalizada',
      'Hola {rname}, hemos preparado una oferta de seguro de hogar con un 35 % de descuento el primer año. Te llamamos a la hora indicada.',
      org='SeguroClick', dom='seguroclick-ofertas.es', hide='location', payload='Tel. {phone} · https://{dom}/hogar',
      d='Spanish home insurance offer'),
    S('pt', 'Simulação de seguro de vida – condição especial',
      'Olá {rname},\n\nPreparamos uma simulação de seguro de vida com cobertura de R$ 300.000 a partir de R$ 29,90 por mês, sem exames médicos. '
      'Condição especial válida até sexta-feira.\n\nVer simulação: {site}/vida\nAtendimento: {phone}',
      org='Protege Mais Seguros', dom='protegemais-seguros.com.br', d='Portuguese life insurance simulation'),
    S('he', 'השוואת ביטוח רכב – חיסכון של עד 1,200 ₪',
      'שלום {rname},\n\nבדקנו עבורך הצעות מ-12 חברות ביטוח. נהגים שעברו דרכנו חסכו בממוצע 1,200 ₪ בשנה. נציג יחזור אליך בשעה שנקבעה.\n\nלפרטים: {site}/car\nטלפון: {phone}',
      org='ביטוח חכם', dom='bituach-chacham.co.il', d='Hebrew car insurance comparison'),
    S('ko', '보험 리모델링 무료 상담 안내',
      '{rname}님, 안녕하세요.\n\n현재 가입하신 보험을 무료로 분석해 드립니다. 보험료는 최대 40% 줄이고 보장은 그대로! 상담만 받아도 스타벅스 쿠폰을 드립니다.\n\n'
      '상담 신청: {site}/kr\n문의: {phone}',
      org='보험다이어트', dom='bohum-diet.kr', d='Korean insurance remodeling consultation'),
]

CONSUMER = [
    S('en', 'Toner reorder – HP/Brother/Canon compatibles 60% off',
      'Hello,\n\nIt is time to reorder printer supplies for your office. Our compatible toner and ink cartridges print the same page yield at up to 60% less. '
      'Free next-day delivery on orders over $49.\n\nReorder page: {site}/office\nAccount manager: {phone}\n\nBest regards,\nOffice Supply Desk',
      org='PrintSmart Supplies', dom='printsmart-supplies.com', d='Printer toner reorder push'),
    S('en', 'Vape starter kits – wholesale price list',
      'Hi {rname},\n\nNew season disposables and pod kits at wholesale prices: 10 flavours, 6000 puffs, from $3.20 per unit for 100+. Retail shops get free display stands.\n\n'
      'Price list: {site}/wholesale\n\nVapeDirect Trade',
      org='VapeDirect Trade', dom='vapedirect-trade.com', d='E-cigarette wholesale list'),
    S('en', 'Your reserved reward: cordless vacuum for $1',
      'A reward is reserved under your email address. Confirm shipping details to receive it.',
      org='Reward Center', dom='member-rewards-now.com', hide='altdesc', payload='Claim reward: https://{dom}/r/{ref}',
      d='Reward bait, link in X-ALT-DESC'),
    S('en', 'Flash sale: smart watches & earbuds – today only',
      'Flash sale today only: smart watches from $29, wireless earbuds from $15, power banks from $9. While stocks last.\n\nShop now: {site}/flash',
      org='GadgetDeals Daily', dom='gadgetdeals-daily.shop', d='Gadget flash sale'),
    S('en', 'Water filtration demo at your home',
      'Dear homeowner,\n\nIs your tap water really safe? Book a free in-home water test and see our reverse-osmosis system in action. Families save $600 a year on bottled water.\n\n'
      'Choose a slot: {site}/demo\n\nPureFlow Home',
      org='PureFlow Home', dom='pureflow-home.com', d='Water filter in-home demo'),
    S('nl', 'Uitnodiging: printertoner met 60% korting voor uw kantoor',
      'Geachte heer/mevrouw,\n\nUw kantoor kan fors besparen op printerbenodigdheden. Compatibele toners voor HP, Brother en Canon met dezelfde kwaliteit, '
      'tot 60% goedkoper. Gratis levering binnen 24 uur.\n\nBestellen: {site}/nl\n\nMet vriendelijke groet,\nTonerVoordeel',
      org='TonerVoordeel', dom='tonervoordeel.nl', d='Dutch toner offer'),
    S('tr', 'Elektronik sigara toptan fiyat listesi',
      'Merhaba,\n\nYeni sezon elektronik sigara ve likit ürünlerimizde toptan fiyatlar açıklandı. 100 adet üzeri siparişlerde %35 indirim ve ücretsiz kargo.\n\n'
      'Fiyat listesi: {site}/toptan\nWhatsApp: {phone}',
      org='VapeMarket TR', dom='vapemarket-tr.com', d='Turkish e-cig wholesale'),
    S('ja', '【本日限定】プリンタートナー最大60%オフのご案内',
      'ご担当者様\n\nいつもお世話になっております。オフィス用プリンタートナー・インクカートリッジの特別セールのご案内です。純正品と同等の印刷品質で最大60%オフ、'
      '5,000円以上で送料無料。\n\nご注文はこちら：{site}/jp\nお問い合わせ：{phone}',
      org='トナー倉庫', dom='toner-soko.jp', d='Japanese toner sale'),
    S('hi', 'विशेष ऑफर: स्मार्टवॉच सिर्फ ₹999 में',
      'नमस्ते {rname},\n\nसिर्फ आज के लिए: ब्रांडेड स्मार्टवॉच ₹999 में, वायरलेस ईयरबड्स ₹499 में। कैश ऑन डिलीवरी उपलब्ध, पूरे भारत में मुफ्त डिलीवरी।\n\n'
      'अभी ऑर्डर करें: {site}/in',
      org='DealBazaar', dom='dealbazaar-offers.in', d='Hindi gadget flash offer'),
    S('vi', 'Ưu đãi máy lọc nước – giảm 50% hôm nay',
      'Chào anh/chị {rname},\n\nChương trình tri ân khách hàng: máy lọc nước RO giảm 50%, tặng kèm bộ lõi lọc 1 năm, lắp đặt miễn phí tại nhà.',
      org='AquaViet', dom='aquaviet-khuyenmai.vn', hide='location', payload='Hotline/Zalo {phone} – https://{dom}/uu-dai',
      d='Vietnamese water purifier offer'),
]

TRAVEL = [
    S('en', 'Congratulations – 7 nights in Cancún for two, just pay taxes',
      'Dear {rname},\n\nYou have been selected for our VIP travel certificate: 7 nights for two at a 5-star all-inclusive resort in Cancún. Just pay $149 in '
      'port taxes and fees. Attend a short 90-minute holiday club presentation to activate.\n\nActivate: {site}/vip?c={code}',
      org='Paradise Vacation Club', dom='paradise-vacationclub.com', d='Holiday club / timeshare bait'),
    S('en', 'Business class for economy prices – members\' fare calendar',
      'Hi {rname},\n\nOur members fly business class to London, Dubai and Bangkok for up to 70% off using unpublished consolidator fares. '
      'Join the fare call to see this month\'s calendar.\n\n{site}/fares\n\nFlyClub Elite',
      org='FlyClub Elite', dom='flyclub-elite.com', online=True, d='Cheap business-class fares club'),
    S('en', 'Your holiday club membership presentation',
      'Your presentation slot for the holiday club membership is confirmed. Complimentary dinner voucher for attending.',
      org='SunCoast Leisure', dom='suncoast-leisure.net', hide='location', payload='Marina Hotel, Suite 4 – call {phone} to confirm', days=(5, 12),
      d='Timeshare presentation, details in LOCATION'),
    S('en', 'Flight credit expiring – rebook at 2019 prices',
      'Flight credit expiring soon. Rebook any route at our locked 2019 prices before the deadline.',
      org='FareLock Travel', dom='farelock-travel.com', hide='url', payload='https://{dom}/credit/{ref}',
      d='Flight-credit bait, link in URL'),
    S('en', 'Cruise giveaway – cabin upgrade confirmation',
      'Hello,\n\nYour balcony cabin upgrade for the Caribbean cruise giveaway is on hold. Confirm your travel dates and pay the $59 reservation fee to keep it.\n\n'
      'Confirm: {site}/upgrade\nQuestions: {phone}',
      org='OceanJoy Cruises Promotions', dom='oceanjoy-promotions.com', d='Cruise giveaway with fee'),
    S('es', 'Enhorabuena: 5 noches en Punta Cana para dos personas',
      'Hola {rname}:\n\nHas sido seleccionado para un certificado de viaje: 5 noches en un resort todo incluido en Punta Cana. Solo tienes que abonar 129 € de '
      'tasas y asistir a una presentación de 90 minutos de nuestro club vacacional.\n\nActívalo aquí: {site}/es',
      org='Club Vacaciones Doradas', dom='club-vacacionesdoradas.es', d='Spanish holiday club bait'),
    S('it', 'Presentazione esclusiva: vacanze di lusso a prezzo da soci',
      'Gentile {rname},\n\nla invitiamo alla presentazione esclusiva del nostro club vacanze: soggiorni in hotel 5 stelle a prezzo da soci, voli inclusi. '
      'A tutti i partecipanti un weekend omaggio per due persone.\n\nPrenotazione: {site}/it\nTel. {phone}',
      org='Club Vacanze Élite', dom='clubvacanze-elite.it', d='Italian holiday club presentation'),
    S('el', 'Κερδίσατε διακοπές 7 ημερών – επιβεβαίωση κράτησης',
      'Αγαπητέ/ή {rname},\n\nΕπιλεχθήκατε για διακοπές 7 ημερών για δύο άτομα σε ξενοδοχείο 5 αστέρων. Αρκεί να καταβάλετε 99 € τέλη κράτησης.',
      org='Holiday Dream Club', dom='holidaydream-club.gr', hide='location', payload='Τηλ. {phone} · https://{dom}/gr',
      d='Greek holiday prize with fee'),
    S('ru', 'Презентация клуба путешествий: отдых со скидкой до 70%',
      'Здравствуйте, {rname}!\n\nПриглашаем вас на презентацию клуба путешествий: отели 5* и перелёты со скидкой до 70% для участников клуба. '
      'Всем гостям — сертификат на 3 ночи в подарок.\n\nЗапись: {site}/ru\nТел.: {phone}',
      org='Клуб Путешествий Премьер', dom='travelclub-premier.ru', d='Russian travel club presentation'),
    S('th', 'ยืนยันสิทธิ์: แพ็กเกจพักผ่อนภูเก็ต 3 วัน 2 คืน ฟรี',
      'เรียน คุณ{rname}\n\nคุณได้รับสิทธิ์แพ็กเกจพักผ่อนภูเก็ต 3 วัน 2 คืนฟรี เพียงชำระค่าธรรมเนียม 1,490 บาท และเข้าร่วมฟังการนำเสนอคลับวันหยุด 90 นาที\n\n'
      'ยืนยันสิทธิ์: {site}/th\nโทร {phone}',
      org='Holiday Club Asia', dom='holidayclub-asia.com', d='Thai holiday package with fee'),
]

STOCK = [
    S('en', 'Investment club briefing: 3 small caps before earnings',
      'Dear {rname},\n\nOur members\' briefing this week covers three small-cap names our analysts expect to move 40–60% after earnings. '
      'Last quarter\'s picks returned an average of 37% in six weeks.\n\nJoin the private briefing (seats limited to 50): {site}/briefing\n\nMaple Ridge Investor Circle',
      org='Maple Ridge Investor Circle', dom='mapleridge-investors.com', online=True, d='Stock tip investment club briefing'),
    S('en', 'URGENT alert: ticker to watch Monday morning',
      'Our research desk flagged one OTC ticker with a major announcement pending. Early members get the name before the bell.',
      org='Premium Stock Alerts', dom='premium-stockalerts.net', hide='altdesc', payload='Get the ticker now: https://{dom}/alert/{ref}',
      d='Pump-and-dump ticker alert, link in X-ALT-DESC'),
    S('en', 'WhatsApp investment study group – week 3 session',
      'Hi {rname},\n\nWelcome to week 3 of our free stock study group with Professor Daniel. Members following his signals averaged 18% this month. '
      'Tonight\'s session: AI chip stocks and the next catalyst.\n\nJoin on WhatsApp via the link in the location field.',
      org='Global Investors Academy', dom='global-investors-academy.com', hide='location', payload='https://chat.whatsapp.example/inv/{code}{ref}', hour=20,
      d='WhatsApp stock study group'),
    S('en', 'Pre-IPO allocation call – limited units remaining',
      'Good afternoon,\n\nWe still hold a small allocation of pre-IPO shares in a leading AI infrastructure company, expected listing valuation 4x the current round. '
      'Minimum ticket $25,000.\n\nSchedule your allocation call: {site}/pre-ipo\nDirect line: {phone}',
      org='Stirling Harbour Capital', dom='stirlingharbour-capital.com', d='Pre-IPO boiler-room call'),
    S('en', 'Dividend income seminar – 12% yield portfolio',
      'Learn how our members collect 12% annual dividend income with our model portfolio. Free seminar, gift for attendees.',
      org='Income Masters Club', dom='incomemasters-club.com', hide='url', payload='https://{dom}/seminar?ref=cal', online=True,
      d='Dividend seminar bait, link in URL'),
    S('zh', '【股票交流群】本周牛股内参直播',
      '尊敬的投资者：\n\n本周三晚8点，首席分析师直播解读三只潜力牛股，上期推荐平均涨幅38%。直播名额有限，请提前添加助理微信 gp{ref} 进群领取内参。\n\n报名：{site}/live',
      org='金牛投资研究院', dom='jinniu-touyan.com', hour=20, d='Chinese stock-tip group livestream'),
    S('zh-tw', '股市贏家俱樂部：飆股分析講座邀請',
      '您好：\n\n誠摯邀請您參加本週飆股分析講座，老師將公布下一檔題材股，上月會員平均獲利32%。加入LINE群組即可免費領取選股名單。',
      org='股市贏家俱樂部', dom='stockwinner-club.tw', hide='location', payload='LINE ID: @win{code} · https://{dom}/line', hour=19,
      d='Taiwanese stock club LINE group'),
    S('ko', '주식 리딩방 VIP 무료 체험 안내',
      '{rname}님 안녕하세요.\n\n이번 주 VIP 리딩방 무료 체험에 초대합니다. 지난달 추천 종목 평균 수익률 45%! 선착순 30명 한정입니다.\n\n참여하기: {site}/vip\n카톡 문의: stock{code}',
      org='한국주식연구소', dom='kstock-lab.kr', d='Korean stock leading room'),
    S('ja', '【無料】株式投資セミナー 〜月利20%の銘柄選び〜',
      '{rname}様\n\nこの度は無料株式投資セミナーにご招待いたします。講師が実践する「月利20%」の銘柄選びを特別に公開。参加者全員に推奨銘柄レポートを進呈します。\n\n'
      'お申し込み：{site}/seminar\nLINE登録でさらに限定情報をお届けします。',
      org='未来投資アカデミー', dom='mirai-toushi.jp', online=True, d='Japanese stock seminar with LINE'),
    S('he', 'מועדון משקיעים: מפגש סגור על מניות צמיחה',
      'שלום {rname},\n\nהוזמנת למפגש סגור של מועדון המשקיעים שלנו. נציג שלוש מניות צמיחה שאנליסטים צופים להן עלייה של 50%. החברים שלנו הרוויחו 29% ברבעון האחרון.\n\n'
      'הרשמה: {site}/club',
      org='מועדון המשקיעים', dom='investors-club.co.il', d='Hebrew investor club meeting'),
]

TRADING = [
    S('en', 'AI trading bot onboarding – 4% daily, withdraw anytime',
      'Hi {rname},\n\nYour onboarding call for QuantEdge AI is scheduled. Our bot trades BTC, ETH and gold 24/7 and has averaged 4% daily for 11 months. '
      'Start with $250, withdraw anytime.\n\nActivate your account before the call: {site}/start\n\nAccount manager: {phone}',
      org='QuantEdge AI', dom='quantedge-ai.io', d='AI trading bot 4% daily'),
    S('en', 'From 250 € to 10 000 € – live trading session',
      'Watch our head trader turn 250 € into 10 000 € live. Signals shared in real time.',
      org='Crypto Pulse Signals', dom='cryptopulse-signals.com', hide='location', payload='Telegram: t.me/+{code}{ref} | https://{dom}', online=True, hour=19,
      d='Crypto signals live session via Telegram'),
    S('en', 'Forex signals VIP – x10 in a month, 92% win rate',
      'Dear trader,\n\nOur VIP forex room delivered x10 on a small account last month with a 92% win rate. EUR/USD, XAU/USD and GBP/JPY signals, entry, SL and TP '
      'included. Free 7-day trial for new members.\n\nClaim your trial: {site}/vip',
      org='Pip Masters FX', dom='pipmasters-fx.com', d='Forex VIP signals x10 a month'),
    S('en', 'Account manager call – your profit is ready for withdrawal',
      'Your portfolio shows a profit of $3,842.17. A short verification call is required before withdrawal.',
      org='Apex Digital Markets', dom='apex-digitalmarkets.com', hide='url', payload='https://{dom}/withdraw?acc={ref}',
      d='Recovery/withdrawal fee setup, link in URL'),
    S('en', 'Copy-trading masterclass: 1.8% per day on autopilot',
      'Good evening,\n\nYou\'re registered for tomorrow\'s copy-trading masterclass. We show how members connect their accounts to our top strategy returning about '
      '1.8% per day – roughly 50% per month – on autopilot.\n\nPrepare your broker account: {site}/broker\n\nSee you there!',
      org='AutoWealth Copy', dom='autowealth-copy.com', online=True, hour=20, d='Copy-trading masterclass 1.8% daily'),
    S('tr', 'Yapay zeka destekli kripto botu: günlük %4 kazanç',
      'Merhaba {rname},\n\nYapay zeka destekli kripto botumuz son 6 ayda günlük ortalama %4 kazanç sağladı. 5.000 TL ile başlayın, kazancınızı istediğiniz zaman çekin. '
      'Ön görüşmeniz planlandı.\n\nHesabınızı açın: {site}/tr\nDanışman: {phone}',
      org='KriptoZeka', dom='kriptozeka-bot.com', d='Turkish AI crypto bot günlük %4'),
    S('zh', 'AI量化交易说明会：每天收益5%',
      '您好：\n\n诚邀您参加AI量化交易说明会。系统全自动交易，每天收益5%，一个月翻倍，本金随时可提。首充500 USDT即可体验，名额仅剩12位。',
      org='智汇量化', dom='zhihui-lianghua.com', hide='location', payload='Telegram @zhlh{code} · https://{dom}/cn', hour=20,
      d='Chinese AI quant 每天收益5%'),
    S('ru', 'Вебинар: как зарабатывать 3% в день на криптовалюте',
      'Добрый вечер, {rname}!\n\nВы зарегистрированы на вебинар. Наш аналитик покажет стратегию, которая приносит участникам 3% в день — около 90% в месяц. '
      'Стартовый депозит от 250 $. Всем участникам — бесплатный доступ к сигналам на 7 дней.\n\nПодключиться: {site}/webinar',
      org='Крипто Трейд Клуб', dom='kripto-trade-club.ru', online=True, hour=19, d='Russian crypto webinar 3% per day'),
    S('ar', 'جلسة تعريفية: أرباح يومية ثابتة من تداول الذهب والعملات',
      'مرحباً {rname}،\n\nتم حجز جلسة تعريفية لك مع مدير حسابك. منصتنا تحقق للمستثمرين أرباحاً يومية تصل إلى 3% من تداول الذهب والعملات الرقمية، ابدأ بـ 250 دولاراً فقط.\n\n'
      'فعّل حسابك: {site}/ar\nواتساب: {phone}',
      org='جولد تريد برو', dom='goldtrade-pro.com', d='Arabic gold/crypto daily profit'),
    S('vi', 'Hội thảo đầu tư Forex: lợi nhuận 30% mỗi tháng',
      'Chào anh/chị {rname},\n\nMời anh/chị tham dự hội thảo trực tuyến: chiến lược giao dịch Forex và vàng mang lại lợi nhuận ổn định 30% mỗi tháng. '
      'Vốn khởi đầu chỉ 5 triệu đồng, rút tiền bất cứ lúc nào.',
      org='FX Việt Invest', dom='fxviet-invest.com', hide='location', payload='Zalo {phone} · https://{dom}/hoi-thao', online=True, hour=20,
      d='Vietnamese forex 30% a month'),
]

B2B = [
    S('en', 'Quick call: page-1 Google rankings for {dom_r}',
      'Hi {rname},\n\nI was looking at your website and noticed it is missing from page 1 for several high-intent keywords. We have helped 300+ businesses '
      'triple their organic traffic in 90 days, with guaranteed results.\n\nI booked 15 minutes to walk you through a free audit – feel free to move it.\n\nBest,\n{sname}\nGrowth Consultant',
      org='RankRise Digital', dom='rankrise-digital.com', person=True, d='Unsolicited SEO audit call'),
    S('en', 'Website redesign proposal – 15 min',
      'Hello,\n\nYour site looks outdated on mobile and is likely losing leads. We build modern, fast websites from $499 and apps from $2,999 with a dedicated '
      'team in Bangalore. Portfolio: {site}/work\n\nDoes this time work for a quick chat?\n\nRegards,\n{sname}',
      org='PixelForge Solutions', dom='pixelforge-solutions.in', person=True, d='Offshore web design pitch'),
    S('en', 'Verified attendee list – 18,400 contacts',
      'Hi,\n\nWould you be interested in the verified attendee list of the upcoming industry expo? 18,400 contacts with name, title, company, phone and email. '
      'Pricing and a sample file on the call.\n\nThanks,\n{sname}\nData Specialist',
      org='LeadNest Data', dom='leadnest-data.com', person=True, d='Attendee/email list sale'),
    S('en', 'Offshore staffing – virtual assistants from $6/hour',
      'Scale your team with dedicated virtual assistants, bookkeepers and developers from $6/hour. No contracts.',
      org='StaffBridge Global', dom='staffbridge-global.com', hide='attach', payload='https://{dom}/rates/{year}-rate-card.pdf', person=True,
      d='Offshore staffing, rate card in ATTACH'),
    S('en', 'Merchant services review – cut card fees to 0.9%',
      'Hi {rname},\n\nWe help businesses like yours cut card processing fees to 0.9% flat with next-day funding and a free terminal. I put a short review in '
      'your calendar; I just need a recent statement.\n\nBest regards,\n{sname}\nMerchant Solutions',
      org='ClearPay Merchant Solutions', dom='clearpay-merchant.com', person=True, d='Merchant account switch'),
    S('de', 'Kurzes Gespräch: mehr Anfragen über Google für Ihr Unternehmen',
      'Hallo {rname},\n\nich habe mir Ihre Website angesehen: Sie verschenken viele Anfragen, weil Sie bei Google nicht auf Seite 1 stehen. Wir haben über 200 '
      'Mittelständler in 90 Tagen nach vorne gebracht – mit Garantie.\n\nIch habe uns 15 Minuten eingetragen, gern verschieben.\n\nBeste Grüße\n{sname}',
      org='Sichtbar Online Marketing', dom='sichtbar-online.de', person=True, d='German SEO pitch'),
    S('hi', 'आपके व्यवसाय के लिए वेबसाइट और ऐप – मुफ्त परामर्श',
      'नमस्ते {rname} जी,\n\nहम ₹9,999 में प्रोफेशनल वेबसाइट और ₹49,999 में मोबाइल ऐप बनाते हैं। 500+ ग्राहक, 30 दिन में डिलीवरी। आपके लिए 15 मिनट का मुफ्त परामर्श तय किया है।\n\n'
      'पोर्टफोलियो: {site}/portfolio\nफोन: {phone}',
      org='WebKraft India', dom='webkraft-india.com', person=True, d='Hindi web/app dev pitch'),
    S('pl', 'Windykacja należności – bezpłatna analiza',
      'Dzień dobry,\n\nskutecznie odzyskujemy należności od nierzetelnych kontrahentów – 87% skuteczności, wynagrodzenie tylko za sukces. Zarezerwowaliśmy '
      '15 minut na bezpłatną analizę Państwa portfela.\n\nSzczegóły: {site}/analiza\nTel. {phone}',
      org='Kredyt Odzysk', dom='kredytodzysk.pl', d='Polish debt collection pitch'),
    S('vi', 'Dịch vụ SEO lên top Google trong 30 ngày',
      'Chào anh/chị,\n\nChúng tôi cam kết đưa website của anh/chị lên top 10 Google trong 30 ngày, hoàn tiền nếu không đạt. Xin phép đặt lịch 15 phút để tư vấn miễn phí.',
      org='TopSEO Việt', dom='topseo-viet.vn', hide='location', payload='Zalo {phone} – https://{dom}/bao-gia', person=True,
      d='Vietnamese SEO pitch'),
    S('zh-tw', '外包開發團隊：網站與App開發優惠方案',
      '您好：\n\n我們提供專業外包開發團隊，網站開發 NT$15,000 起，App 開發 NT$80,000 起，30 天交件。已為您預約 15 分鐘免費諮詢，如需更改請回覆。\n\n'
      '作品集：{site}/works\n聯絡電話：{phone}',
      org='雲端碼工作室', dom='cloudcode-studio.tw', person=True, d='Taiwanese outsourcing dev pitch'),
]

AWARD = [
    S('en', 'Nomination confirmed: {year} Business Excellence Awards',
      'Dear {rname},\n\nWe are delighted to inform you that your company has been shortlisted for the {year} Business Excellence Award in your sector. '
      'To confirm your place at the gala dinner and secure your winner\'s package (trophy, certificate and digital badge), please complete registration – '
      'packages start at £1,495.\n\nRegister: {site}/winners\n\nCongratulations again,\nAwards Committee',
      org='Global Business Excellence Awards', dom='gbe-awards.org', days=(30, 80), d='Vanity award with paid winner package'),
    S('en', 'Interview & feature: Top 10 CEOs to Watch',
      'Hi {rname},\n\nOur editorial team selected you for the "Top 10 CEOs to Watch" issue. Let\'s schedule the interview. A publishing and media kit fee of '
      '$2,900 applies for the feature, cover options available.\n\nEditorial calendar: {site}/feature\n\nWarm regards,\n{sname}, Editor',
      org='Leaders Insight Magazine', dom='leadersinsight-mag.com', person=True, d='Paid magazine feature vanity'),
    S('en', 'Winner announcement – Most Trusted Company {year}',
      'Your organisation is among this year\'s winners. Details of the ceremony and winner\'s kit attached.',
      org='Trusted Company Awards', dom='trustedcompany-awards.com', hide='attach', payload='https://{dom}/kit/winner-kit-{year}.pdf', days=(20, 60),
      d='Vanity award winner kit in ATTACH'),
    S('en', 'International Quality Summit – award ceremony seat',
      'Dear Sir/Madam,\n\nYour company has been chosen to receive the International Star for Quality at our summit in Geneva. Award fee including trophy, '
      'two nights\' accommodation and gala: €3,950.\n\nConfirm: {site}/geneva',
      org='Quality Summit International', dom='qualitysummit-intl.org', days=(40, 120), d='Paid international quality award'),
    S('en', 'You\'ve been selected: Who\'s Who of Professionals',
      'Congratulations {rname}! You have been selected for inclusion in this year\'s Who\'s Who of Professionals. Confirm your profile on the call.',
      org='Prestige Who\'s Who', dom='prestige-whoswho.com', hide='url', payload='https://{dom}/profile/{ref}',
      d='Who\'s who vanity listing, link in URL'),
    S('fr', 'Votre entreprise est lauréate des Trophées de l\'Excellence {year}',
      'Madame, Monsieur,\n\nNous avons le plaisir de vous annoncer que votre entreprise a été désignée lauréate des Trophées de l\'Excellence {year}. '
      'Pour recevoir votre trophée lors de la soirée de gala, merci de valider votre pack lauréat (à partir de 1 290 € HT).\n\nValidation : {site}/laureat',
      org='Trophées de l\'Excellence', dom='trophees-excellence.fr', days=(30, 70), d='French vanity award'),
    S('ar', 'تهانينا: ترشيحكم لجائزة التميز المؤسسي',
      'السادة الكرام،\n\nيسعدنا إبلاغكم بترشيح مؤسستكم لجائزة التميز المؤسسي لهذا العام. لتأكيد حضوركم حفل التكريم واستلام الدرع والشهادة، يرجى إتمام التسجيل ودفع رسوم '
      'المشاركة البالغة 12,500 درهم.\n\nالتسجيل: {site}/ar',
      org='جوائز التميز الخليجية', dom='gulf-excellence-awards.com', days=(30, 60), d='Arabic vanity award'),
    S('he', 'זכייה בפרס העסק המצטיין – אישור השתתפות',
      'שלום {rname},\n\nשמחים לבשר שהעסק שלך נבחר לפרס העסק המצטיין לשנת {year}. לאישור ההשתתפות בטקס וקבלת חבילת הזוכה (פסל, תעודה וכתבה) יש להשלים רישום. '
      'עלות החבילה: 3,900 ₪.\n\nלהרשמה: {site}/win',
      org='פרס העסק המצטיין', dom='business-award.co.il', days=(25, 60), d='Hebrew vanity award'),
    S('el', 'Διάκριση: Βραβεία Επιχειρηματικής Αριστείας {year}',
      'Αγαπητέ/ή {rname},\n\nΗ εταιρεία σας επιλέχθηκε για τα Βραβεία Επιχειρηματικής Αριστείας {year}. Για τη συμμετοχή στην τελετή απαιτείται πακέτο βραβευθέντος.',
      org='Βραβεία Αριστείας', dom='vraveia-aristeias.gr', hide='location', payload='Πληροφορίες: {phone} · https://{dom}/paketo', days=(30, 60),
      d='Greek vanity award'),
    S('sv', 'Grattis! Ert företag är nominerat till Årets Företagare',
      'Hej {rname},\n\nVi har glädjen att meddela att ert företag är nominerat till utmärkelsen Årets Företagare {year}. Bekräfta er plats på galan och '
      'beställ vinnarpaketet (från 14 900 kr) senast fredag.\n\nBekräfta: {site}/gala',
      org='Sveriges Företagsgala', dom='foretagsgalan-se.com', days=(30, 60), d='Swedish vanity award'),
]

DIRECTORY = [
    S('en', 'Listing renewal – {nyear} Industry Trade Directory',
      'Dear {rname},\n\nThis is a reminder to verify your company entry for the {nyear} edition of the Industry Trade Directory. Corrections can be made '
      'on the call. By confirming you accept the annual listing fee of €1,271 as per our terms.\n\nCheck your entry: {site}/entry/{ref}',
      org='Industry Trade Directory', dom='industry-tradedirectory.com', d='Fake directory listing with hidden fee'),
    S('en', 'Exhibitor catalogue – confirm your company data',
      'Please confirm your company details for the official exhibitor catalogue. Free basic entry; see form for terms.',
      org='Expo Guide Publishing', dom='expoguide-publishing.com', hide='attach', payload='https://{dom}/forms/update-{ref}.pdf',
      d='Trade-fair catalogue form scam, in ATTACH'),
    S('en', 'Google Business profile verification call',
      'Hi, this is a courtesy call to verify your business listing is accurate and showing on maps. Please keep this slot.',
      org='Local Listing Services', dom='local-listingservices.com', hide='location', payload='We will call you from {phone}',
      d='Business listing verification call scam'),
    S('en', 'Your stand at the International Manufacturing Expo',
      'Hello,\n\nWe still have premium booths available at the International Manufacturing Expo. Exhibitors from your sector already confirmed. '
      'Booth packages from $2,800 including listing in the Global Buyers Guide.\n\nFloor plan and packages: {site}/booths\n\nExhibitor Sales',
      org='IME Exhibitor Services', dom='ime-exhibitorservices.com', d='Unaffiliated trade-fair booth sale'),
    S('en', 'Domain & trademark registration conflict – {dom_r}',
      'Dear CEO,\n\nWe received an application from a third party to register your brand name as domains in Asia (.cn, .asia, .hk). As a registrar we need '
      'to confirm with you before approving. Please keep this call or reply within 7 working days.\n\nBest regards,\n{sname}\nAudit Department',
      org='Asia Domain Registration Center', dom='asia-domainregcenter.com', person=True, d='Asian domain registration scam'),
    S('de', 'Aktualisierung Ihres Firmeneintrags – Branchenverzeichnis {nyear}',
      'Sehr geehrte Damen und Herren,\n\nbitte prüfen Sie Ihren Eintrag für die Ausgabe {nyear} unseres Branchenverzeichnisses. Die Korrektur erfolgt im '
      'Termin. Mit der Bestätigung beauftragen Sie den Eintrag zum Jahrespreis von 1.098 € zzgl. MwSt. für drei Jahre.\n\nZum Formular: {site}/eintrag',
      org='Gewerbe-Register Online', dom='gewerbe-register-online.de', d='German directory fee trap'),
    S('it', 'Catalogo espositori: verifica dati aziendali',
      'Gentile azienda,\n\nvi chiediamo di verificare i dati pubblicati nel catalogo espositori della fiera. L\'inserimento base è gratuito; con la conferma '
      'si accetta l\'inserimento premium per tre anni (995 € annui).\n\nModulo: {site}/modulo',
      org='Expo Guide Italia', dom='expoguide-italia.com', d='Italian exhibitor catalogue fee trap'),
    S('nl', 'Bevestiging bedrijfsvermelding Zakelijke Gids',
      'Geachte ondernemer,\n\nUw bedrijfsvermelding in de Zakelijke Gids moet worden bevestigd. Controleer uw gegevens tijdens de afspraak.',
      org='Zakelijke Gids Benelux', dom='zakelijkegids-benelux.com', hide='url', payload='https://{dom}/bevestig/{ref}',
      d='Dutch business directory, link in URL'),
    S('ja', '【重要】展示会出展者名簿 掲載内容の確認',
      'ご担当者様\n\n展示会出展者名簿への掲載内容をご確認ください。内容確認後、同封の申込書にご署名のうえご返送ください（年間掲載料 168,000円）。\n\n確認フォーム：{site}/form',
      org='国際展示会ガイド', dom='expo-guide-intl.jp', d='Japanese exhibitor directory fee'),
    S('pt', 'Atualização cadastral – Guia Nacional de Empresas',
      'Prezado(a),\n\nSolicitamos a atualização do cadastro da sua empresa no Guia Nacional de Empresas. A confirmação implica a publicação anual '
      'no valor de R$ 1.890,00.',
      org='Guia Nacional de Empresas', dom='guianacional-empresas.com.br', hide='location', payload='Formulário: https://{dom}/cadastro · {phone}',
      d='Brazilian company guide fee trap'),
]

CONSULT = [
    S('en', 'Your free 30-minute strategy session',
      'Hi {rname},\n\nI\'ve held a free 30-minute strategy session for you. We\'ll look at how to add $10k–$30k a month to your business with our proven '
      'client-acquisition system. No pressure, just value.\n\nPlease fill in the short application before we talk: {site}/apply\n\nTalk soon,\n{sname}',
      org='Scale Partners', dom='scalepartners-coaching.com', person=True, online=True, d='Free strategy session grab (coaching funnel)'),
    S('en', 'Free tax relief consultation – IRS debt',
      'You may qualify to settle your tax debt for a fraction of what you owe. Free consultation with a tax resolution specialist.',
      org='TaxRelief Advocates', dom='taxrelief-advocates.com', hide='location', payload='Call {phone} – case {ref}', d='Tax relief consult grab'),
    S('en', 'Complimentary wealth review – retirement gap',
      'Dear {rname},\n\nMost people in their 50s have a retirement gap of over $400,000. Our advisers will run a complimentary wealth review and show you three '
      'ways to close it. Your slot has been reserved.\n\nPrepare: {site}/review\n\nHarborview Retirement Planning',
      org='Harborview Retirement Planning', dom='harborview-retirement.com', d='Unsolicited retirement review'),
    S('en', 'Free legal consultation: accident compensation',
      'Were you injured in an accident in the last 3 years? You could be owed up to £25,000. No win, no fee.',
      org='Claims Assist UK', dom='claimsassist-uk.co.uk', hide='altdesc', payload='Start your claim: https://{dom}/claim', d='Injury claims consult grab'),
    S('en', 'Discovery call – credit repair',
      'Hi {rname},\n\nThanks for reaching out (or being referred). On this discovery call we\'ll pull your report and show how we remove negative items and '
      'raise your score by 100+ points in 60 days.\n\nBook details: {site}/discovery\n{phone}',
      org='Prime Credit Fix', dom='primecredit-fix.com', d='Credit repair discovery call'),
    S('es', 'Consulta gratuita: cancela tus deudas con la Ley de Segunda Oportunidad',
      'Hola {rname}:\n\nTe hemos reservado una consulta gratuita con un abogado especialista. Miles de personas ya han cancelado hasta el 100 % de sus deudas. '
      'Sin compromiso.\n\nPrepara tu caso: {site}/caso\nTeléfono: {phone}',
      org='Libre de Deudas Abogados', dom='libre-dedeudas.es', d='Spanish debt-relief consult'),
    S('ko', '무료 재무 상담 예약 확인',
      '{rname}님, 무료 재무 상담이 예약되었습니다. 대출 이자 절감과 신용점수 상승 방법을 알려드립니다.',
      org='머니플랜 컨설팅', dom='moneyplan-consult.kr', hide='location', payload='상담 전화 {phone} · https://{dom}/kr', d='Korean financial consult'),
    S('th', 'นัดปรึกษาฟรี: ปลดหนี้บัตรเครดิตภายใน 6 เดือน',
      'สวัสดีค่ะ คุณ{rname}\n\nเราได้จองเวลาปรึกษาฟรีให้คุณแล้ว ผู้เชี่ยวชาญจะแนะนำวิธีปลดหนี้บัตรเครดิตภายใน 6 เดือน ลดดอกเบี้ยสูงสุด 80%\n\nเตรียมข้อมูล: {site}/th\nโทร {phone}',
      org='ปลดหนี้ง่าย', dom='plodnee-easy.com', d='Thai debt consult'),
    S('sv', 'Kostnadsfri rådgivning: sänk dina lån med 40 %',
      'Hej {rname},\n\nVi har bokat en kostnadsfri rådgivning där vi går igenom dina lån och krediter. Våra kunder sänker sina månadskostnader med i snitt 40 %.\n\n'
      'Förbered: {site}/rad',
      org='Lånekoll Rådgivning', dom='lanekoll-radgivning.se', d='Swedish loan consolidation consult'),
    S('tr', 'Ücretsiz danışmanlık: yurt dışında gayrimenkul ile oturum izni',
      'Merhaba {rname},\n\nSizin için ücretsiz bir danışmanlık görüşmesi ayırdık. 250.000 € yatırımla oturum izni ve yıllık %8 garantili kira getirisi.',
      org='Global Oturum Danışmanlık', dom='global-oturum.com', hide='location', payload='WhatsApp {phone} · https://{dom}/tr', d='Turkish residency investment consult'),
]

RENEWAL = [
    S('en', 'Subscription renewed – Total Security 3-Device Plan',
      'Your annual subscription has been renewed and $399.99 was charged to your account. If you did not authorise this renewal, call our billing '
      'department within 24 hours to cancel and receive a full refund.',
      org='Billing Department', dom='secure-renewal-center.com', hide='location', payload='Billing support: {phone}', person=False,
      d='Fake antivirus renewal, phone in LOCATION'),
    S('en', 'Invoice #INV-{ref} – Premium Tech Support renewal',
      'Hello,\n\nThank you for renewing Premium Tech Support for 3 years. Amount charged: $549.00\nOrder ID: {ref}\n\nIf you wish to cancel and request a refund, '
      'contact us at {phone}. Refunds are only processed by phone.\n\nCustomer Care',
      org='Customer Care Team', d='Fake tech-support renewal invoice'),
    S('en', 'Refund call – duplicate charge $289.95',
      'We detected a duplicate charge of $289.95 on your last order. A refund agent will call you at the time of this appointment; keep your bank app ready.',
      org='Order Refunds', hide='url', payload='https://refund-portal.example.com/case/{ref}', d='Refund callback scam'),
    S('en', 'Auto-renewal notice: Cloud Storage 2TB',
      'Your Cloud Storage 2TB plan auto-renews today for $189.00. To stop the renewal, speak to an agent.',
      org='Account Services', hide='location', payload='Toll free {phone}', d='Cloud storage renewal callback'),
    S('en', 'Payment confirmation – Annual Membership',
      'Dear Customer,\n\nYour payment of $468.00 for the Annual Membership was successful.\n\nTransaction ID: {ref}\nPayment method: Auto-debit\n\n'
      'Not you? Call {phone} to dispute.',
      org='Membership Billing', d='Membership payment dispute callback'),
    S('fr', 'Confirmation de renouvellement – Antivirus Premium',
      'Bonjour,\n\nVotre abonnement Antivirus Premium a été renouvelé pour 3 ans. Montant débité : 349,99 €. Si vous n\'êtes pas à l\'origine de ce '
      'renouvellement, appelez notre service facturation au {phone} pour obtenir un remboursement.',
      org='Service Facturation', d='French fake antivirus renewal'),
    S('pl', 'Potwierdzenie płatności – odnowienie subskrypcji',
      'Twoja roczna subskrypcja została odnowiona. Pobrano 1 299,00 zł. Aby anulować i otrzymać zwrot, zadzwoń do działu rozliczeń.',
      org='Dział Rozliczeń', hide='location', payload='Infolinia: {phone}', d='Polish renewal callback'),
    S('nl', 'Verlenging abonnement – factuur {ref}',
      'Beste klant,\n\nUw abonnement is automatisch verlengd. Er is € 299,95 afgeschreven. Niet akkoord? Bel binnen 24 uur {phone} voor terugbetaling.',
      org='Klantenservice Facturatie', d='Dutch renewal callback'),
    S('hi', 'सदस्यता नवीनीकरण की पुष्टि – ₹24,999 कटे',
      'प्रिय ग्राहक,\n\nआपकी वार्षिक सदस्यता का नवीनीकरण हो गया है और आपके खाते से ₹24,999 काटे गए हैं। यदि आपने यह नवीनीकरण नहीं किया है, तो रिफंड के लिए तुरंत '
      '{phone} पर कॉल करें।',
      org='Billing Support', d='Hindi renewal callback'),
    S('ja', '【お支払い完了】年間プラン自動更新のお知らせ',
      'お客様の年間プランが自動更新され、39,800円が決済されました。ご不明な場合はサポートセンターまでお電話ください。',
      org='カスタマーサポート', hide='location', payload='サポートセンター {phone}（24時間受付）', d='Japanese renewal callback'),
]

CASINO = [
    S('en', 'VIP night: 300% welcome bonus + 150 free spins',
      'Hi {rname},\n\nYou\'re on the list for VIP night. Deposit any amount tonight and we\'ll triple it – 300% up to $3,000 plus 150 free spins on Book of Gold. '
      'Instant withdrawals, no KYC under $2,000.\n\nClaim: {site}/vip?code={code}',
      org='RoyalSpin Casino', dom='royalspin-casino.io', hour=21, d='Casino 300% bonus'),
    S('en', 'Champions League night – enhanced odds for members',
      'Boosted odds on tonight\'s fixtures plus a £50 risk-free bet for members. Bonus expires at kick-off.',
      org='BetPrime', dom='betprime-sports.com', hide='url', payload='https://{dom}/boost/{code}', hour=19, d='Sports betting boosted odds'),
    S('en', 'Your $25 no-deposit bonus expires tonight',
      'Your $25 no-deposit bonus is still waiting. Play any slot and keep what you win.',
      org='Lucky Lantern', dom='luckylantern-play.com', hide='location', payload='https://{dom}/bonus', hour=22, d='No-deposit bonus, link in LOCATION'),
    S('en', 'Private poker table invitation – $100 freeroll',
      'Good evening,\n\nYou\'re invited to our private $100 freeroll table this Friday. Top 3 win cash, everyone gets 50 free spins. Register: {site}/freeroll',
      org='AceHigh Poker Room', dom='acehigh-poker.net', hour=20, d='Online poker freeroll'),
    S('en', 'Crypto casino launch – 5 BTC prize pool',
      'Join the launch of our crypto casino: 5 BTC prize pool, 200% bonus on first deposit in USDT, BTC or ETH. Provably fair, anonymous play.\n\n{site}/launch',
      org='BitJackpot', dom='bitjackpot.games', hour=21, d='Crypto casino launch'),
    S('ru', 'Турнир выходного дня: фриспины и бонус 200%',
      'Привет, {rname}!\n\nВ эти выходные — турнир с призовым фондом 1 000 000 ₽. Бонус 200% на первый депозит и 100 фриспинов. Вывод за 15 минут.\n\n'
      'Зеркало: {site}/ru',
      org='Вулкан Удачи', dom='vulkan-udachi.bet', hour=21, d='Russian casino tournament'),
    S('el', 'Αποκλειστικό μπόνους 200% για απόψε',
      'Καλησπέρα {rname},\n\nΜόνο για απόψε: μπόνους 200% στην κατάθεσή σας και 100 δωρεάν περιστροφές. Γρήγορες αναλήψεις.',
      org='Olympus Casino', dom='olympus-casino.bet', hide='location', payload='https://{dom}/gr', hour=21, d='Greek casino bonus'),
    S('tr', 'Bu akşama özel: %250 hoş geldin bonusu',
      'Merhaba {rname},\n\nBu akşama özel %250 hoş geldin bonusu ve 100 bedava dönüş seni bekliyor. Papara ve kripto ile anında çekim.\n\nGüncel giriş adresi: {site}/tr',
      org='Bahis Kral', dom='bahiskral-giris.com', hour=21, d='Turkish betting bonus'),
    S('th', 'โปรพิเศษคืนนี้: ฝากแรกรับโบนัส 100%',
      'สวัสดีค่ะ คุณ{rname}\n\nคืนนี้เท่านั้น ฝากครั้งแรกรับโบนัส 100% สูงสุด 5,000 บาท สล็อต บาคาร่า ถอนได้ไม่อั้น 24 ชม.\n\nสมัคร: {site}/th\nไลน์: @win{code}',
      org='Siam Win Club', dom='siamwin-club.com', hour=20, d='Thai casino bonus'),
    S('pt', 'Rodada VIP: bônus de 300% e giros grátis',
      'Olá {rname}!\n\nHoje tem rodada VIP: bônus de 300% no primeiro depósito via PIX e 100 giros grátis no Fortune Tiger. Saque na hora.',
      org='Cassino Estrela', dom='cassino-estrela.bet', hide='url', payload='https://{dom}/pix?c={code}', hour=21, d='Brazilian casino PIX bonus'),
]

SURVEY = [
    S('en', 'Paid product tester onboarding – keep the products + $150',
      'Hi {rname},\n\nCongratulations, your application to our product tester panel was approved. Testers receive new phones, headphones and beauty products '
      'to keep, plus $150 per completed review. Complete onboarding (small verification fee of $2.95) before the call.\n\nOnboarding: {site}/onboard',
      org='TestPanel Rewards', dom='testpanel-rewards.com', d='Product tester scam with fee'),
    S('en', 'Survey panel: earn $50–$500 per survey',
      'Paid survey panel orientation. Members earn $50 to $500 per survey from home. Limited places.',
      org='Opinion Cash Club', dom='opinioncash-club.com', hide='location', payload='https://{dom}/join?ref={ref}', d='Paid survey panel bait'),
    S('en', 'Mystery shopper assignment – training session',
      'Dear {rname},\n\nYou have been selected for a mystery shopper assignment in your area. You will evaluate a money transfer service and receive $400 '
      'for the assignment. Training details and your first cheque will follow after this session.\n\nAssignment coordinator: {phone}',
      org='Quality Shopper Services', d='Mystery shopper cheque scam'),
    S('en', 'Work-from-home task orientation – $300/day',
      'Orientation for our online task program: like videos and rate products, earn up to $300 per day. Training by your mentor on Telegram.',
      org='TaskPro Remote', dom='taskpro-remote.com', hide='url', payload='https://{dom}/mentor?c={code}', d='Task scam orientation'),
    S('en', 'Brand ambassador call – free skincare + commission',
      'Hey {rname}!\n\nWe loved your profile and would like you as a brand ambassador. Get 50% off your starter kit, free products every month and 25% commission '
      'on sales. Quick call to get you set up!\n\n{site}/ambassador',
      org='GlowUp Skincare', dom='glowup-skincare.co', person=True, d='Ambassador/MLM recruitment'),
    S('ar', 'مهمة مدفوعة: اختبار منتجات جديدة من المنزل',
      'مرحباً {rname}،\n\nتم قبولك في برنامج اختبار المنتجات. ستحصل على هاتف جديد للاحتفاظ به و150 دولاراً عن كل تقييم. أكمل التسجيل بدفع رسوم تحقق بسيطة قبل الموعد.\n\n'
      'التسجيل: {site}/ar',
      org='برنامج مختبري المنتجات', dom='product-testers-me.com', d='Arabic product tester scam'),
    S('vi', 'Tuyển cộng tác viên online – thu nhập 500.000đ/ngày',
      'Chào bạn {rname},\n\nBạn đã được chọn làm cộng tác viên đánh giá sản phẩm online, thu nhập 300.000–500.000đ mỗi ngày, làm tại nhà. Buổi hướng dẫn sẽ diễn ra qua Zalo.',
      org='Viec Lam Online', dom='vieclam-online24.vn', hide='location', payload='Zalo {phone}', d='Vietnamese task scam'),
    S('sv', 'Betald produkttestare – introduktion',
      'Hej {rname}!\n\nDu har valts ut som produkttestare. Du får behålla produkterna och får 1 200 kr per recension. Slutför registreringen (verifieringsavgift 29 kr) före mötet.\n\n'
      'Registrera: {site}/sv',
      org='Testarpanelen', dom='testarpanelen.se', d='Swedish product tester fee'),
    S('ko', '유료 설문 패널 가입 안내 – 설문당 최대 5만원',
      '{rname}님, 유료 설문 패널에 선정되셨습니다. 설문 1건당 최대 5만원 적립, 스마트폰 체험단 우선 선정!',
      org='서베이머니', dom='surveymoney-kr.com', hide='url', payload='https://{dom}/join/{code}', d='Korean paid survey panel'),
    S('zh-tw', '產品體驗官招募：免費試用新品並領取獎金',
      '您好 {rname}：\n\n恭喜您入選本季產品體驗官！免費試用最新手機與家電，每完成一份心得可領取 NT$3,000。請於說明會前完成註冊並支付 NT$99 保證金。\n\n註冊：{site}/tw',
      org='新品體驗中心', dom='newproduct-trial.tw', d='Taiwanese product tester fee'),
]

WEBINAR = [
    S('en', 'FREE masterclass: how I make $27,000/month with faceless YouTube',
      'Hey {rname},\n\nYou\'re in! Tomorrow I\'ll show you the exact 3-step system I use to make $27,000 a month with faceless YouTube channels – no camera, '
      'no experience. Stay until the end for a special bonus (only 100 spots).\n\nSave your seat: {site}/live\n\nSee you there,\n{sname}',
      org='Faceless Empire', dom='faceless-empire.com', person=True, online=True, hour=20, d='Get-rich masterclass funnel'),
    S('en', 'Live training: Amazon FBA – $10k months in 90 days',
      'Your seat is reserved for the live FBA training. Replay will NOT be available.',
      org='Seller Freedom Academy', dom='sellerfreedom-academy.com', hide='location', payload='https://{dom}/webinar/room?id={ref}', online=True, hour=19,
      d='Amazon FBA course funnel'),
    S('en', 'Real estate wealth workshop – no money down',
      'Dear {rname},\n\nJoin our free Real Estate Wealth Workshop and learn how ordinary people build passive income with no money down. '
      'Attendees receive a free property investor toolkit (worth $997).\n\nRegister: {site}/workshop',
      org='Wealth Builders Institute', dom='wealthbuilders-institute.com', online=True, hour=18, d='Real-estate seminar funnel'),
    S('en', 'Reminder: Dropshipping Blueprint webinar starts in 1 hour',
      'Starts in 1 hour! Learn how students launch a dropshipping store in 7 days and hit their first $1,000 day.',
      org='Blueprint Ecom', dom='blueprint-ecom.com', hide='url', payload='https://{dom}/join?src=calendar', online=True, days=0,
      d='Dropshipping webinar reminder'),
    S('en', 'Passive income challenge – day 1 live',
      'Welcome to the 5-day Passive Income Challenge! Day 1 goes live tonight. Bring a notebook – we\'ll map your first digital product.\n\n'
      'Live link and bonuses: {site}/challenge\n\nPS: The VIP upgrade is 80% off for challengers only.',
      org='Digital Freedom Lab', dom='digitalfreedom-lab.com', online=True, hour=20, d='Passive-income challenge funnel'),
    S('he', 'וובינר חינמי: איך להרוויח 20,000 ₪ בחודש מהבית',
      'היי {rname},\n\nנרשמת לוובינר! מחר בערב אחשוף את השיטה שבעזרתה מאות אנשים מרוויחים 20,000 ₪ בחודש מהבית, בלי ניסיון. הישארו עד הסוף לבונוס מיוחד.\n\n'
      'קישור לשידור: {site}/live',
      org='חופש כלכלי', dom='chofesh-kalkali.co.il', online=True, hour=20, d='Hebrew get-rich webinar'),
    S('hi', 'फ्री वेबिनार: घर बैठे हर महीने ₹1 लाख कैसे कमाएं',
      'नमस्ते {rname},\n\nआपकी सीट बुक हो गई है! इस लाइव वेबिनार में जानिए कैसे बिना किसी अनुभव के घर बैठे हर महीने ₹1 लाख कमाएं। सिर्फ 100 सीटें।',
      org='Digital Kamai Academy', dom='digitalkamai-academy.in', hide='location', payload='https://{dom}/live · WhatsApp {phone}', online=True, hour=20,
      d='Hindi earn-from-home webinar'),
    S('zh', '免费直播课：零基础做跨境电商月入5万',
      '{rname}您好：\n\n您已成功预约直播课！老师将手把手教您零基础开店，学员最快7天出单，月入5万不是梦。直播结束前报名训练营立减3000元。\n\n直播间：{site}/live',
      org='跨境赢家学院', dom='kuajing-yingjia.com', online=True, hour=20, d='Chinese e-commerce course funnel'),
    S('zh-tw', '免費講座：被動收入 30 天實戰營',
      '{rname} 您好：\n\n感謝報名！明晚的免費講座將公開如何在 30 天內建立每月 NT$60,000 的被動收入，講座最後有限量優惠名額。',
      org='財富自由學院', dom='wealthfree-academy.tw', hide='url', payload='https://{dom}/live?ref={ref}', online=True, hour=20,
      d='Taiwanese passive income webinar'),
    S('id', 'Webinar gratis: cuan jutaan dari affiliate tanpa modal',
      'Halo {rname},\n\nKursimu sudah terdaftar! Besok malam kami bongkar cara dapat penghasilan Rp 30 juta per bulan dari affiliate marketing tanpa modal. '
      'Bonus ebook untuk 50 pendaftar pertama.\n\nLink webinar: {site}/live',
      org='Akademi Cuan Digital', dom='akademicuan.id', online=True, hour=19, d='Indonesian affiliate webinar'),
]

CATEGORIES = [
    ('replica-goods', REPLICA), ('health-pharma', HEALTH), ('home-energy', HOME), ('insurance-quotes', INSURANCE),
    ('consumer-deals', CONSUMER), ('travel-club', TRAVEL), ('stock-tips', STOCK), ('trading-signals', TRADING),
    ('b2b-services', B2B), ('vanity-award', AWARD), ('directory-listing', DIRECTORY), ('free-consultation', CONSULT),
    ('renewal-callback', RENEWAL), ('casino-betting', CASINO), ('paid-survey', SURVEY), ('webinar-funnel', WEBINAR),
]

DESCRIPTIONS = {
    'replica-goods': 'counterfeit / "1:1 replica" watches, handbags, sneakers',
    'health-pharma': 'slimming pills, supplements, no-prescription medicines',
    'home-energy': 'solar surveys, energy switching, home-improvement grants',
    'insurance-quotes': 'unsolicited life, car, health, pet insurance quotes',
    'consumer-deals': 'printer toner, e-cigarettes, gadgets, reward bait',
    'travel-club': 'holiday clubs, "free" trips with fees, cheap-fare clubs',
    'stock-tips': 'stock-tip groups, investment clubs, pre-IPO boiler rooms',
    'trading-signals': 'forex / crypto / AI trading with promised returns',
    'b2b-services': 'cold B2B: SEO, web/app dev, lists, staffing, collections, merchant',
    'vanity-award': 'paid awards, "who\'s who", paid magazine features',
    'directory-listing': 'fake directories, exhibitor catalogues, domain-registration scare',
    'free-consultation': '"free consultation" slots pushed into the calendar',
    'renewal-callback': 'fake renewal / refund notices with a phone number only',
    'casino-betting': 'casino and betting bonuses',
    'paid-survey': 'paid surveys, product testers, task and mystery-shopper scams',
    'webinar-funnel': 'get-rich course and webinar funnels',
}
