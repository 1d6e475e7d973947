# -*- coding: utf-8 -*-
"""Non-English spam texts (written for this corpus)."""

_TX = {
    "de": {
        "retail": dict(sum="Birkenstock Sommer-Sale: bis zu 80 % Rabatt – nur heute", d="Original Birkenstock Sandalen ab 24,99 €. Kostenloser Versand, 30 Tage Rückgaberecht. Aktion endet am {date}.", cta="Jetzt shoppen:", brand="Birkenstock"),
        "fee": dict(sum="DHL: Zollgebühr für Sendung {code} offen", d="Ihre Sendung {code} liegt im Zollzentrum. Bitte begleichen Sie die Einfuhrabgabe von {amount}, damit die Zustellung erfolgen kann. Nicht bezahlte Sendungen werden nach 3 Tagen zurückgeschickt.", cta="Gebühr bezahlen:", brand="DHL"),
        "phish": dict(sum="Sparkasse: Aktualisierung Ihres pushTAN-Verfahrens erforderlich", d="Sehr geehrte Kundin, sehr geehrter Kunde,\naufgrund der neuen EU-Richtlinie (PSD2) muss Ihr pushTAN-Verfahren bis zum {date} neu registriert werden. Andernfalls wird Ihr Online-Banking-Zugang eingeschränkt.", cta="Jetzt registrieren:", brand="Sparkasse"),
        "bec": dict(sum="Kurze Rückfrage – vertraulich", d="Hallo {first},\nbist du gerade im Büro? Ich brauche heute noch kurzfristig deine Unterstützung bei einer vertraulichen Überweisung ({amount}). Ich sitze in Terminen, bitte nur per Mail antworten.\n\nGruß\n{sender}\nVon meinem iPhone gesendet", kind="ceo"),
        "docshare": dict(sum="{org} – Dokument zur Freigabe", d="Guten Tag,\nanbei erhalten Sie die überarbeitete Auftragsbestätigung zur Prüfung. Bitte geben Sie diese bis {date} frei.\n\nMit freundlichen Grüßen\n{sender}\n{org}", cta="Dokument öffnen"),
    },
    "fr": {
        "prize": dict(sum="Carrefour : votre carte cadeau de {amount} vous attend", d="Félicitations {first} ! Vous avez été sélectionné(e) pour notre enquête de satisfaction. Répondez à 4 questions et recevez une carte cadeau Carrefour. Offre valable jusqu'au {date}.", cta="Je participe :", brand="Carrefour"),
        "fee": dict(sum="ANTAI – Avis de contravention n° {code}", d="Un avis de contravention a été établi pour votre véhicule. Réglez l'amende forfaitaire de {amount} sous 45 jours pour éviter une majoration à 375 €.", cta="Payer l'amende :", brand="ANTAI"),
        "phish": dict(sum="Ameli : remboursement de {amount} en attente", d="Après vérification de votre dossier, vous êtes éligible à un remboursement de {amount}. Merci de mettre à jour vos coordonnées bancaires sur votre compte ameli avant le {date}.", cta="Accéder à mon compte :", brand="Ameli"),
        "update": dict(sum="Réunion {org} – vérification avant connexion", d="Bonjour {first},\nPour rejoindre la réunion, merci d'effectuer la vérification de sécurité :\n1. Appuyez sur Windows + R\n2. Collez la commande suivante (Ctrl + V)\n3. Appuyez sur Entrée\n\n{cmd}", cta=""),
        "dating": dict(sum="Julie (31 ans) aimerait vous rencontrer", d="Coucou {first} :) je viens d'arriver dans ta ville et je ne connais personne. On se voit ce soir ? Mes photos sont sur mon profil privé.", cta="Voir le profil :"),
    },
    "es": {
        "fee": dict(sum="Correos: su envío {code} está retenido", d="Su paquete no pudo ser entregado por falta de pago de los gastos de aduana ({amount}). Realice el pago en las próximas 24 horas para programar una nueva entrega.", cta="Pagar ahora:", brand="Correos"),
        "phish": dict(sum="BBVA: hemos bloqueado temporalmente su tarjeta", d="Estimado cliente: detectamos un acceso no autorizado desde un dispositivo desconocido. Para desbloquear su tarjeta verifique su identidad antes del {date}.", cta="Verificar:", brand="BBVA"),
        "job": dict(sum="Oferta de empleo desde casa – 150 €/día", d="Hola {first}, soy {sender} de recursos humanos de {brand}. Buscamos personas para tareas sencillas desde el móvil, 1 hora al día, pago diario. Escríbeme por WhatsApp al {wa}.", brand="Grupo Mercadia"),
        "advfee": dict(sum="Premio El Gordo – notificación oficial {code}", d="Le informamos que su dirección de correo ha resultado ganadora de 950.000,00 € en el sorteo internacional. Para tramitar el pago contacte con nuestro agente y envíe una copia de su documento de identidad."),
        "retail": dict(sum="Zara outlet: liquidación total hasta -85%", d="Últimas unidades de la temporada. Envío gratis a partir de 1 artículo. Solo este fin de semana.", cta="Ver ofertas:", brand="Zara"),
    },
    "it": {
        "crypto": dict(sum="Investi solo 250 € e guadagna fino a 1.500 € a settimana", d="Ciao {first}, il tuo consulente personale ti chiamerà per attivare il conto. Piattaforma approvata, rendimenti garantiti fino al 30%. Saldo attuale: {amount}.", cta="Accedi al conto:", brand="Bitpanda"),
        "fee": dict(sum="Poste Italiane: pacco in giacenza – tassa di {amount}", d="Gentile cliente, il pacco {code} è in giacenza presso il centro di smistamento. Paga la tassa di sdoganamento di {amount} per ricevere la consegna.", cta="Paga ora:", brand="Poste Italiane"),
        "bec": dict(sum="Variazione coordinate bancarie – fattura {inv}", d="Buongiorno {first},\nvi comunichiamo che, a seguito di verifica contabile, il nostro conto corrente è cambiato. Vi preghiamo di effettuare il pagamento della fattura {inv} ({amount}) sul nuovo IBAN: {iban}.\n\nCordiali saluti,\n{sender}\nUfficio Amministrazione", kind="supplier"),
        "docshare": dict(sum="{org} – documenti condivisi", d="Buongiorno,\nvi inviamo la documentazione richiesta per l'ordine in oggetto. Il link resta attivo per 7 giorni.\n\nCordiali saluti,\n{sender}", cta="Visualizza documenti"),
    },
    "pt": {
        "phish": dict(sum="gov.br: valores a receber em seu CPF", d="Identificamos valores esquecidos vinculados ao seu CPF no total de {amount}. Confirme seus dados até {date} para solicitar o resgate.", cta="Consultar valores:", brand="gov.br"),
        "crypto": dict(sum="Renda extra com Bitcoin – 2% ao dia", d="Olá {first}! Nosso robô de arbitragem rende 2% ao dia. Comece com apenas R$ 200. Vagas limitadas para o grupo VIP.", cta="Entrar no grupo:", brand="Mercado Bitcoin"),
        "job": dict(sum="Vaga home office – R$ 400 por dia", d="Olá {first}, sou {sender}, recrutadora. Temos uma vaga para avaliar produtos pelo celular, pagamento no mesmo dia via Pix. Me chama no WhatsApp {wa}."),
        "dating": dict(sum="Camila te mandou uma mensagem privada", d="Oi {first}, vi seu perfil e achei você interessante 😊 Tô sozinha hoje à noite… vem conversar comigo.", cta="Ver fotos:"),
    },
    "nl": {
        "fee": dict(sum="CJIB: openstaande boete {code}", d="U heeft een openstaande verkeersboete van {amount}. Betaal vóór {date} om een verhoging en incassokosten te voorkomen.", cta="Nu betalen:", brand="CJIB"),
        "phish": dict(sum="DigiD: uw account wordt gedeactiveerd", d="Uw DigiD is langer dan 12 maanden niet gebruikt en wordt op {date} gedeactiveerd. Verifieer uw gegevens om dit te voorkomen.", cta="Verifiëren:", brand="DigiD"),
        "callback": dict(sum="Bevestiging verlenging Norton 360 – {amount}", d="Uw abonnement op Norton 360 Deluxe is verlengd. Het bedrag van {amount} wordt binnen 24 uur afgeschreven. Niet akkoord? Bel onze klantenservice: {phone}", brand="Norton"),
        "bec": dict(sum="Wijziging betaalgegevens", d="Beste {first},\nGraag willen wij u informeren dat ons rekeningnummer is gewijzigd. Wilt u openstaande facturen voortaan overmaken naar {iban}? Bevestig a.u.b. de wijziging per mail.\n\nMet vriendelijke groet,\n{sender}\nFinanciële administratie", kind="supplier"),
    },
    "pl": {
        "fee": dict(sum="InPost: dopłata {amount} do przesyłki {code}", d="Twoja paczka oczekuje na dopłatę {amount} z powodu niepełnego adresu. Opłać w ciągu 24 godzin, w przeciwnym razie przesyłka wróci do nadawcy.", cta="Opłać:", brand="InPost"),
        "prize": dict(sum="Biedronka: karta podarunkowa {amount} dla Ciebie", d="Gratulacje {first}! Zostałeś wybrany do ankiety klienta. Odpowiedz na 3 pytania i odbierz kartę podarunkową do {date}.", cta="Odbierz:", brand="Biedronka"),
        "update": dict(sum="Spotkanie {org} – wymagana aktualizacja Teams", d="Twoja wersja Microsoft Teams jest nieaktualna. Zainstaluj aktualizację przed spotkaniem, aby uniknąć problemów z dźwiękiem.", cta="Pobierz aktualizację:", file="TeamsUpdate.msi"),
        "docshare": dict(sum="{org} – udostępniony plik: Faktura korygująca", d="Dzień dobry,\nprzesyłam fakturę korygującą do weryfikacji. Proszę o potwierdzenie.\n\nPozdrawiam,\n{sender}", cta="Otwórz plik"),
    },
    "ru": {
        "crypto": dict(sum="Ваш личный менеджер: доход от 50 000 ₽ в неделю", d="Здравствуйте, {first}! Ваша заявка на инвестиционную платформу одобрена. Менеджер свяжется с вами для активации счёта. Текущий баланс: {amount}.", cta="Личный кабинет:", brand="Garantex"),
        "dating": dict(sum="Оплата", d="Я взломал ваше устройство и записал видео с вашей камеры. Переведите 1200 USD в биткоинах на кошелёк {btc} в течение 48 часов, иначе видео получат все ваши контакты."),
        "advfee": dict(sum="Компенсация от Международного фонда {code}", d="Уважаемый(ая) {first}! Вам одобрена компенсационная выплата в размере 1 850 000 ₽. Для получения средств необходимо оплатить комиссию за перевод. Ответьте на это письмо."),
        "nag": dict(sum="🎰 Казино: 300 фриспинов без депозита", d="Ваш бонус активирован! 300 бесплатных вращений ждут вас. Только 18+.", cta="Играть:"),
    },
    "el": {
        "phish": dict(sum="gov.gr: Επιστροφή φόρου {amount} σε εκκρεμότητα", d="Αγαπητέ/ή φορολογούμενε, δικαιούστε επιστροφή φόρου ύψους {amount}. Επιβεβαιώστε τα τραπεζικά σας στοιχεία έως {date}.", cta="Επιβεβαίωση:", brand="gov.gr"),
        "prize": dict(sum="Lidl: Κερδίσατε δωροκάρτα {amount}", d="Συγχαρητήρια {first}! Επιλεγήκατε για την έρευνα ικανοποίησης πελατών. Απαντήστε σε 5 ερωτήσεις για να παραλάβετε το δώρο σας.", cta="Συμμετοχή:", brand="Lidl"),
        "bec": dict(sum="Επείγον – πληρωμή σήμερα", d="{first}, είσαι στο γραφείο; Χρειάζομαι να γίνει σήμερα μια εμπιστευτική πληρωμή {amount}. Είμαι σε σύσκεψη, απάντησε μόνο με email.\n{sender}", kind="ceo"),
        "mass": dict(sum="Δάνεια χωρίς εγγυητή – έγκριση σε 24 ώρες", d="Προσωπικά δάνεια έως 50.000 € με επιτόκιο 2%. Χωρίς έλεγχο Τειρεσία. Απαντήστε για προσφορά.", cta="Αίτηση:"),
    },
    "ar": {
        "advfee": dict(sum="عرض عمل سري ومربح", d="عزيزي {first}، أنا المحامي {sender}. توفي أحد عملائي دون ورثة وترك مبلغ 7.5 مليون دولار. أود تقديمك كمستفيد. يرجى الرد باسمك الكامل ورقم هاتفك."),
        "crypto": dict(sum="استثمر 250 دولارًا واربح 3000 دولار شهريًا", d="مرحبًا {first}، منصتنا للتداول الآلي حققت أرباحًا بنسبة 30٪ شهريًا. سيتصل بك مستشارك الشخصي لتفعيل حسابك.", cta="سجّل الآن:", brand="Rain"),
        "job": dict(sum="وظيفة من المنزل – دخل يومي", d="مرحبًا، نبحث عن موظفين بدوام جزئي لمهام بسيطة عبر الهاتف. الراتب يصل إلى 500 ريال يوميًا. تواصل معنا عبر واتساب {wa}."),
        "prize": dict(sum="نون: مبروك! ربحت بطاقة هدية بقيمة {amount}", d="عزيزي العميل، تم اختيارك في سحب العملاء الأوفياء. أكمل الاستبيان القصير لاستلام جائزتك قبل {date}.", cta="استلم جائزتك:", brand="Noon"),
    },
    "he": {
        "phish": dict(sum="בנק הפועלים: נדרש עדכון פרטים", d="לקוח/ה יקר/ה, זיהינו ניסיון כניסה חריג לחשבונך. לצורך הגנה על החשבון יש לאמת את פרטיך עד {date}.", cta="לאימות:", brand="Bank Hapoalim"),
        "callback": dict(sum="אישור חידוש מנוי – חשבונית {ref}", d="המנוי שלך לאנטי-וירוס חודש בסך {amount}. החיוב יבוצע תוך 24 שעות. לביטול החיוב התקשר/י: {phone}", brand="Norton"),
        "crypto": dict(sum="הזדמנות השקעה: תשואה של 25% בחודש", d="שלום {first}, מנהל התיק האישי שלך יחזור אליך להפעלת החשבון. הפקדה מינימלית {amount}.", cta="לכניסה:", brand="Bits of Gold"),
        "bec": dict(sum="שינוי פרטי חשבון בנק", d="שלום {first},\nעקב מעבר בנק, נבקש להעביר את התשלום עבור חשבונית {inv} ({amount}) לחשבון החדש: {iban}.\nתודה,\n{sender}\nהנהלת חשבונות", kind="supplier"),
    },
    "zh": {
        "mass": dict(sum="代开各类正规发票 增值税专用发票", d="本公司长期代开各地增值税发票、普通发票，点数优惠，可先验票后付款。联系电话/微信：{wa}", cta=""),
        "retail": dict(sum="Coach 奥特莱斯清仓 全场1折起", d="正品保证，全国包邮，限时三天。新款手袋、钱包低至199元。", cta="立即抢购：", brand="Coach"),
        "job": dict(sum="招聘兼职刷单 日结300-800元", d="{first}您好，我们招聘网络兼职，手机操作，每天1-2小时，当天结算。请加微信或Telegram {tg} 了解详情。"),
        "nag": dict(sum="【重要】您的账户有一笔奖金待领取", d="恭喜您获得888元体验金，今日有效，立即领取！", cta="领取："),
    },
    "zh-tw": {
        "retail": dict(sum="LV 名牌包 週年慶 1折出清", d="全館正品，免運費，貨到付款。限量優惠只到 {date}。", cta="立即選購：", brand="LV"),
        "crypto": dict(sum="投資老師帶你穩賺 每月報酬30%", d="{first}您好，加入我們的投資群組，專業老師一對一指導，保證獲利。請加 LINE 好友了解更多。", cta="加入群組：", brand="MAX"),
        "callback": dict(sum="訂單確認：iPhone 15 Pro 已付款 {amount}", d="您的訂單已完成付款，金額 {amount}。如非本人操作，請立即撥打客服專線 {phone} 取消分期付款設定。", brand="購物網"),
        "docshare": dict(sum="{org} 報價單與合約檔案", d="您好，\n附上本季報價單與合約檔案，請於 {date} 前確認。\n\n{sender} 敬上", cta="開啟檔案"),
    },
    "ja": {
        "phish": dict(sum="【三井住友銀行】お客様情報の確認のお願い", d="いつも三井住友銀行をご利用いただきありがとうございます。第三者による不正アクセスを検知したため、お取引を一時的に制限しております。{date}までにお客様情報をご確認ください。", cta="確認はこちら：", brand="SMBC"),
        "retail": dict(sum="ブランドバッグ 最大90%OFF 本日限り", d="シャネル・グッチ・プラダの正規品を激安価格で。送料無料、代引き可能。", cta="今すぐチェック：", brand="Chanel"),
        "dating": dict(sum="ゆい(24)さんからメッセージが届いています", d="はじめまして♪ 近くに住んでいるので、よかったら今夜お茶しませんか？写真はプロフィールにあります。", cta="プロフィールを見る："),
        "update": dict(sum="【{org}】Web会議参加前のセキュリティ確認", d="{first}様\n会議に参加する前に、以下の手順で認証を完了してください。\n1. Windowsキー + R を押す\n2. 以下のコードを貼り付ける\n3. Enterキーを押す\n\n{cmd}", cta=""),
        "callback": dict(sum="【Amazon】ご注文の確認 iPhone 15 Pro ({amount})", d="ご注文ありがとうございます。ご注文金額：{amount}\nこのご注文にお心当たりがない場合は、至急カスタマーサポート（{phone}）までお電話ください。", brand="Amazon"),
    },
    "ko": {
        "job": dict(sum="재택 부업 모집 – 하루 1시간 일당 10만원", d="{first}님 안녕하세요. 간단한 상품 리뷰 작업입니다. 경험 무관, 당일 지급. 텔레그램 {tg} 으로 연락 주세요."),
        "prize": dict(sum="쿠팡 고객 감사 이벤트 당첨 안내", d="축하합니다! {amount} 상당의 상품권에 당첨되셨습니다. {date}까지 간단한 설문을 완료하고 수령하세요.", cta="수령하기:", brand="Coupang"),
        "nag": dict(sum="💰 신규 가입 보너스 100% 지급", d="지금 가입하면 첫 충전 100% 보너스! 24시간 고객센터 운영.", cta="바로가기:"),
        "mass": dict(sum="[광고] 대출 한도 조회 – 최저 금리 3.9%", d="직장인·자영업자 누구나 가능. 당일 승인, 무방문 대출. 상담 신청은 아래 링크에서.", cta="상담 신청:"),
    },
    "hi": {
        "prize": dict(sum="Flipkart: बधाई हो! आपने {amount} का गिफ्ट कार्ड जीता", d="प्रिय ग्राहक, आपको हमारे लकी ड्रॉ में चुना गया है। {date} तक छोटा सा सर्वे पूरा करें और अपना इनाम पाएं।", cta="इनाम पाएं:", brand="Flipkart"),
        "callback": dict(sum="आपका सब्सक्रिप्शन नवीनीकृत हुआ – {amount}", d="आपके एंटीवायरस सब्सक्रिप्शन का नवीनीकरण {amount} में हो गया है। यदि आपने यह अनुरोध नहीं किया है तो तुरंत {phone} पर कॉल करें।", brand="McAfee"),
        "advfee": dict(sum="KBC लॉटरी विजेता सूचना {code}", d="बधाई हो {first}! आपका नंबर KBC लकी ड्रॉ में 25 लाख रुपये के लिए चुना गया है। राशि प्राप्त करने के लिए प्रोसेसिंग शुल्क जमा करें और हमें उत्तर दें।"),
        "bec": dict(sum="तत्काल भुगतान – गोपनीय", d="{first}, क्या आप ऑफिस में हैं? मुझे आज एक गोपनीय भुगतान ({amount}) करवाना है। मैं मीटिंग में हूँ, कृपया केवल ईमेल से जवाब दें।\n{sender}", kind="ceo"),
    },
    "th": {
        "retail": dict(sum="ลดล้างสต็อก กระเป๋าแบรนด์เนม สูงสุด 90%", d="ของแท้ 100% ส่งฟรีทั่วประเทศ เก็บเงินปลายทาง วันนี้วันเดียวเท่านั้น", cta="ช้อปเลย:", brand="Pandora"),
        "dating": dict(sum="น้องมายด์ส่งข้อความถึงคุณ", d="สวัสดีค่ะ {first} เห็นโปรไฟล์แล้วอยากรู้จักค่ะ คืนนี้ว่างไหมคะ ดูรูปน้องได้ที่ลิงก์นี้นะ", cta="ดูรูป:"),
        "job": dict(sum="รับสมัครงานออนไลน์ รายได้วันละ 500-3,000 บาท", d="งานง่าย ทำผ่านมือถือ ไม่ต้องมีประสบการณ์ ได้เงินทุกวัน สนใจแอดไลน์หรือ WhatsApp {wa}"),
        "mass": dict(sum="สินเชื่อด่วน อนุมัติใน 5 นาที", d="กู้เงินออนไลน์ ไม่เช็คเครดิตบูโร วงเงินสูงสุด 100,000 บาท ดอกเบี้ยต่ำ", cta="สมัคร:"),
    },
    "tr": {
        "update": dict(sum="{org} toplantısı – Zoom güncellemesi gerekli", d="Zoom istemcinizin sürümü artık desteklenmiyor. Toplantıya katılmadan önce lütfen güncellemeyi yükleyin.", cta="Güncellemeyi indir:", file="ZoomUpdate.exe"),
        "advfee": dict(sum="Gizli iş teklifi", d="Sayın {first}, ben Avukat {sender}. Vefat eden bir müvekkilimin 6,2 milyon dolarlık mirası için sizinle ortaklık kurmak istiyorum. Lütfen tam adınız ve telefon numaranızla cevap verin."),
        "docshare": dict(sum="{org} – sipariş dokümanları paylaşıldı", d="Merhaba,\nsipariş ile ilgili teknik şartname ve fiyat teklifini paylaşıyorum. İncelemenizi rica ederim.\n\nSaygılarımla,\n{sender}", cta="Dokümanları görüntüle"),
        "nag": dict(sum="🎁 Deneme bonusu: 500 TL hesabınızda", d="Yatırımsız deneme bonusunuz tanımlandı! Hemen kullanın, bugün geçerli.", cta="Hemen oyna:"),
    },
}

_FULL = {"retail": "retail-sale", "prize": "prize-survey", "crypto": "crypto-investment", "dating": "dating-sextortion",
         "fee": "fee-scam", "phish": "credential-phish", "callback": "callback-scam", "update": "fake-update",
         "bec": "bec", "advfee": "advance-fee", "job": "task-job-scam", "docshare": "doc-share-compromised",
         "nag": "nagging-payload", "mass": "mass-invite"}

TX = {lang: {_FULL[k]: v for k, v in d.items()} for lang, d in _TX.items()}
