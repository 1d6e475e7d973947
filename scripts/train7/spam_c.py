# SPDX-License-Identifier: CC0-1.0
# train7 content: spam callback, prize (incl. crypto), job, nagging. Every text written for this corpus.
from obf import zw, homo, spaced, leet


def R(lang, cl, frm, s, d=None, **kw):
    r = dict(lang=lang, cl=cl, frm=frm, s=s, **kw)
    if d is not None:
        r['d'] = d
    return r


CALLBACK = [
    R('en', 'google', ('Norton Billing', 'nortonbilling.dept.2231@gmail.com'), 'Order Confirmation #NL-{ref}',
      "Dear Customer,\n\nThank you for renewing your Norton 360 Total Protection subscription.\n\nOrder: "
      "NL-{ref}\nProduct: Norton 360 Deluxe (5 devices) - 3 Years\nAmount charged: $399.99\nPayment method: "
      "Auto-debit\n\nIf you did not authorize this renewal or wish to cancel and get a refund, call our billing "
      "department within 24 hours at +1 (555) 0199-4410.\n\nNorton Billing Team", era=(2020, 2026)),
    R('en', 'icsonly', ('Geek Squad', 'geeksquad.renewal@outlook.com'), 'Auto-renewal processed',
      "GEEK SQUAD PROTECTION - AUTO RENEWAL\nInvoice: GS{ref}\nTotal: $349.99\nThe amount will be reflected in "
      "your statement within 24 hrs. To dispute or cancel, call 1-555-0127-883.", loc='Call 1-555-0127-883',
      att=20, infra='outlookcom', auth='pass'),
    R('en', 'google', ('PayPal', 'billing.dispute.center.us@gmail.com'), 'You sent a payment of $699.00 USD',
      "You sent a payment of $699.00 USD to Coinbase Inc.\n\nTransaction ID: 8HX{ref}\nDate: {date}\n\nIt may "
      "take a few moments for this transaction to appear in your account. Not you? Call PayPal Support at "
      "+1 (555) 0153-7780 to cancel the payment.", era=(2021, 2026)),
    R('en', 'bare', ('McAfee', 'no-reply@mcafee-renewals.com'), 'McAfee Total Protection renewed',
      "Your McAfee Total Protection subscription has been renewed successfully for $289.00. This charge will "
      "appear on your statement. For cancellation and refund contact customer care: +1 555-0188-2611",
      infra='spambot', auth='softfail', noorg=False),
    R('en', 'lib', ('Windows Defender', 'alert@windows-defender-center.com'), homo('Security alert: Firewall breach detected'),
      "** Windows Defender Security Center **\n\nYour computer has been blocked due to a suspicious connection "
      "(Trojan Spyware Error #0x268d3). Your personal data, passwords and banking information may be at risk.\n\n"
      "Do not restart or shut down your computer. Call Microsoft Support immediately: +1-555-0162-3341 (toll "
      "free).", auth='pass', alarms=['-PT1M', 'PT0S']),
    R('en', 'google', ('Prime Membership', 'prime.membership.uk@gmail.com'), 'Your Prime annual plan renews today',
      "Hello,\n\nYour Amazon Prime annual membership will renew today for £79.00. If you did not request "
      "this renewal, please call our cancellation desk on 01632 960771 and quote reference {ref}.\n\nKind "
      "regards,\nPrime Membership Team", tz='Europe/London'),
    R('fr', 'google', ('Service Abonnements', 'service.abonnement.securite@gmail.com'),
      "Confirmation de renouvellement de votre abonnement",
      "Bonjour,\n\nVotre abonnement antivirus Protection Totale a été renouvelé automatiquement pour un montant de "
      "299,99 €. Le prélèvement apparaîtra sur votre relevé sous 24 heures.\n\nPour annuler et obtenir un "
      "remboursement, appelez notre service client au 01 99 00 31 58 (appel gratuit).\n\nCordialement"),
    R('de', 'lib', ('Microsoft Support', 'support@microsoft-konto-hilfe.de'), 'Ihr Microsoft-Konto wurde gesperrt',
      "Wichtiger Hinweis\n\nAuf Ihrem Microsoft-Konto wurden verdächtige Aktivitäten festgestellt. Zum Schutz "
      "Ihrer Daten wurde das Konto vorübergehend gesperrt.\n\nBitte rufen Sie umgehend den Microsoft Support unter "
      "030 555 0187 2 an (kostenlos, Mo–So 24 Std.). Halten Sie Ihre Vorgangsnummer {ref} bereit.", auth='pass',
      cs='windows-1252', hcs='windows-1252'),
    R('es', 'webatt', ('Apple Store', 'pedidos.applestore.es@hotmail.com'), 'Confirmación de pedido: iPhone 15 Pro',
      "Gracias por su compra.\n\nPedido nº W{ref}\nArtículo: iPhone 15 Pro 256 GB Titanio natural\nImporte: "
      "1.299,00 €\nEntrega estimada: {date}\n\nSi no reconoce esta compra, llame inmediatamente al +34 555 0146 220 "
      "para cancelarla.", infra='outlookcom', era=(2023, 2025)),
    R('it', 'google', ('Norton Italia', 'rinnovo.norton.it@gmail.com'), 'Rinnovo automatico completato',
      "Gentile cliente,\n\nil rinnovo automatico del suo abbonamento Norton 360 è stato completato. Importo "
      "addebitato: 289,99 €.\n\nSe desidera annullare il rinnovo e ricevere il rimborso, contatti il nostro "
      "servizio clienti al numero +39 02 5550 1439 entro 48 ore."),
    R('en', 'icloud', ('Coinbase Security', 'coinbase.withdrawal.desk@icloud.com'), 'Withdrawal request: 0.48 BTC',
      "A withdrawal of 0.48 BTC to address bc1q9x7m3k2p5r8t0v4w6y1z3a5c7e9g2h4j6l8n0 was requested from your "
      "account.\n\nIf you did not make this request, call Coinbase Security immediately at +1 555 0139 6620 to "
      "freeze the transaction.", era=(2021, 2026)),
    R('en', 'lib', ('Invoice Desk', 'invoices@quick-billing-center.com'), 'INVOICE {ref}',
      None, b=" \n", auth='pass',
      altdesc=("<html><body><table border='1' cellpadding='6'><tr><td><b>GEEK SQUAD</b> Invoice {ref}</td></tr>"
               "<tr><td>Annual Tech Support Plan ... $459.99</td></tr><tr><td>Questions? Call " +
               spaced('+1(555)0136-7721') + "</td></tr></table></body></html>"),
      clx=dict(fam='outlook', prodid='-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', tzs='windows')),
]

PRIZE = [
    R('en', 'icloud', ('Sale Shop', 'rbsale20161125@icloud.com'), 'Ray-Ban&Oakley Sunglasses 90% OFF Only $19.99',
      "Black Friday Big Sale!! Ray-Ban&Oakley Sunglasses 90% OFF. Only $19.99 Today!! Free shipping world wide. "
      "Hurry up, Limited Time Only!!! Click: www.rbsale-outlet2016.com", loc='www.rbsale-outlet2016.com',
      era=(2016, 2016), m0=11, att=30, alarms=[]),
    R('en', 'icloud', ('UGG Clearance', 'ugg.christmas.sale@icloud.com'), 'UGG Boots Clearance Sale $39.99 Christmas Gift',
      "UGG Boots Christmas Clearance!!! All styles $39.99, 85% off, Free Shipping. Best gift for your family. "
      "Shop now: www.uggboots-clearance2016.com", era=(2016, 2016), m0=11, att=24, alarms=[]),
    R('zh', 'icloud', ('特卖', 'mk_tebiemai11@icloud.com'), 'Michael Kors 包包 双十一 2折特卖',
      "双十一狂欢！Michael Kors 正品包包全场2折，限时抢购，包邮到家！\n加微信：mk20161111 咨询下单，先到先得！",
      era=(2016, 2016), m0=10, att=40, alarms=[]),
    R('en', 'google', ('Costco Rewards', 'costco.member.rewards.us@gmail.com'), 'Congratulations! $500 gift card',
      zw("Congratulations {fn}! You have been selected to receive a $500 Costco gift card.") + "\n\n" +
      zw("Just answer 4 quick questions about your shopping experience (30 seconds) and claim your reward before "
         "it expires today:") + "\n\nhttps://bit.ly/costco-500-reward\n\nOnly 3 rewards left!", era=(2020, 2026)),
    R('en', 'google', ('Shopper Survey', 'wm.shopper.survey@gmail.com'), 'Your opinion = $100 reward',
      "Dear Shopper, you have been chosen to take part in our 2-minute survey. Complete it and get a $100 "
      "Walmart gift card as a thank you!\n\nhttps://walmart-survey-reward.shop/go\n\n(offer valid while "
      "supplies last)", att=50),
    R('en', 'lib', ('Binance Wallet', 'notice@binance-withdraw-portal.com'), 'Pending withdrawal: 0.8431 BTC',
      "Your account has 0.8431 BTC ($54,210.88) pending withdrawal. To release the funds, complete wallet "
      "verification before {date}:\n\nhttps://binance-withdraw-portal.com/release?id={code}\n\nUnclaimed balances "
      "are returned to the pool after 48 hours.", auth='pass', era=(2021, 2026)),
    R('en', 'google', ('Tesla Giveaway', 'tesla.btc.event2021@gmail.com'), 'Official BTC giveaway - double your crypto',
      "To celebrate our new milestone we are giving away 5,000 BTC to the community! Send from 0.1 to 20 BTC to "
      "the address below and receive 2x back instantly.\n\nbc1qgv6s2q4t8w0y3z5a7c9e1g3i5k7m9o2q4s6u8\n\nEvent page: "
      "https://tesla-event-btc.live", era=(2020, 2022), att=30),
    R('de', 'lib', ('Gewinnspiel-Team', 'gewinn@gewinnspiel-bestaetigung.de'), 'Gewinnbenachrichtigung: Ihr iPhone 15 wartet',
      "Herzlichen Glückwunsch, {fn}!\n\nSie wurden als einer von 10 Gewinnern unseres Treuegewinnspiels "
      "ausgewählt. Ihr Gewinn: ein iPhone 15 Pro. Sie zahlen nur die Versandkosten von 1,95 €.\n\nGewinn "
      "bestätigen: https://gewinnspiel-bestaetigung.de/claim/{code}\n\nDas Angebot ist 24 Stunden gültig.",
      auth='pass', cs='iso-8859-15', hcs='iso-8859-15', clx=dict(plain_cte='8bit')),
    R('fr', 'google', ('Carrefour Fidélité', 'carrefour.fidelite.cadeau@gmail.com'), 'Félicitations ! Carte cadeau de 500 €',
      "Félicitations !\n\nVous avez été sélectionné(e) pour recevoir une carte cadeau Carrefour d'une valeur de "
      "500 €. Répondez à notre court questionnaire pour la recevoir :\n\nhttps://carrefour-cadeau.click/fr\n\n"
      "Offre valable aujourd'hui uniquement."),
    R('pt', 'gmailatt', ('Robô Investidor', 'robo.investidor.lucro@gmail.com'), 'Ganhe R$ 3.000 por semana no automático',
      "Olá {fn}!\n\nNosso robô de investimento em Bitcoin lucrou 312% nos últimos 3 meses. Comece com apenas "
      "R$ 250 e receba saques diários via Pix.\n\nVagas limitadas, entre agora no grupo VIP do Telegram: "
      "https://t.me/roboinvestidorvip\n\nAbraço, equipe Robô Investidor", tz='America/Sao_Paulo'),
    R('tr', 'google', ('Çekiliş Sonuçları', 'cekilis.sonuc.bildirimi@gmail.com'), 'Tebrikler! 10.000 TL kazandınız',
      "Tebrikler {fn}!\n\nYılbaşı çekilişimizde 10.000 TL nakit ödül kazandınız. Ödülünüzü almak için aşağıdaki "
      "bağlantıdan bilgilerinizi doğrulayın:\n\nhttps://cekilis-odul-tr.top/al\n\nÖdül talebi 24 saat içinde "
      "yapılmalıdır."),
    R('vi', 'google', ('Sàn đầu tư USDT', 'dautu.usdt.loinhuan@gmail.com'), 'Lợi nhuận 3%/ngày - đầu tư USDT an toàn',
      "Chào {fn},\n\nCơ hội đầu tư USDT với lợi nhuận cố định 3% mỗi ngày, rút tiền bất cứ lúc nào. Tặng ngay "
      "50 USDT khi đăng ký hôm nay.\n\nĐăng ký: https://usdt-vn-invest.com/reg?ref={code}\nHỗ trợ qua Telegram: "
      "@hotro_usdt_vn", tz='Asia/Ho_Chi_Minh'),
]

JOB = [
    R('en', 'google', ('Talent Acquisition', 'hr.remote.recruit.team@gmail.com'), 'Part-time remote position - interview',
      "Hello {fn},\n\nYour resume was recommended to us by an online recruitment platform. We are offering a "
      "flexible part-time position, 60-90 minutes a day, daily pay of $300-$900. No experience required, "
      "training provided.\n\nPlease contact our HR manager on WhatsApp for details: +1 555 0119 3342 (Ms. "
      "Sarah).\n\nBest regards,\nRecruitment Team"),
    R('en', 'google', ('Jessica - HR', 'jessica.hr.tasks@gmail.com'), 'Earn daily rewards reviewing products',
      "Hi! We're hiring online assistants to help boost product ratings for online stores. Simple tasks on your "
      "phone, paid daily in USDT or bank transfer. Get started with a $10 bonus.\n\nTelegram: @HR_Jessica_Remote",
      att=30),
    R('es', 'google', ('Recursos Humanos', 'rrhh.empleo.casa@gmail.com'), 'Trabajo desde casa - 50€ a 200€ al día',
      "Hola {fn}, estamos buscando personas para trabajar desde casa a tiempo parcial. Solo necesitas un móvil "
      "y 1 hora al día. Pago diario de 50€ a 200€.\n\nEscríbenos por WhatsApp: +34 555 0175 318 y te explicamos. "
      "Plazas limitadas."),
    R('id', 'google', ('Rekrutmen Online', 'rekrutmen.kerja.online@gmail.com'), 'Lowongan kerja paruh waktu - gaji harian',
      "Halo {fn},\n\nKami membuka lowongan kerja paruh waktu dari rumah. Tugas sederhana: menyukai video dan "
      "memberi ulasan produk. Penghasilan Rp 500.000 - Rp 2.000.000 per hari, dibayar langsung.\n\nHubungi admin "
      "kami di Telegram: @admin_kerja_id\n\nSalam,\nTim Rekrutmen", tz='Asia/Jakarta'),
    R('hi', 'gmailatt', ('HR टीम', 'ghar.baithe.job@gmail.com'), 'घर बैठे कमाएं ₹3000-₹8000 रोज़',
      "नमस्ते {fn},\n\nहमारी कंपनी को पार्ट-टाइम ऑनलाइन काम के लिए लोगों की ज़रूरत है। सिर्फ़ मोबाइल से "
      "YouTube वीडियो लाइक करें और रोज़ ₹3000 से ₹8000 तक कमाएं। कोई अनुभव ज़रूरी नहीं।\n\nअभी WhatsApp करें: "
      "+91 555 0123 4477\n\nधन्यवाद,\nHR टीम", tz='Asia/Kolkata'),
    R('pt', 'webatt', ('Vagas Home Office', 'vagas.homeoffice.br@bol.com.br'), 'Vaga home office: avaliar produtos',
      "Oi {fn}, tudo bem?\n\nEstamos selecionando pessoas para avaliar produtos de lojas online. Trabalho 100% "
      "pelo celular, ganhos de R$ 150 a R$ 600 por dia, pagamento via Pix.\n\nChama no WhatsApp (11) 555 0191 "
      "2204 e fale com a Juliana.", tz='America/Sao_Paulo'),
    R('en', 'google', ('Olivia Bennett - Talent', 'olivia.bennett.talentteam@gmail.com'), 'Interview: Remote Data Entry Clerk',
      "Dear {fn},\n\nThank you for your application. Your interview for the Remote Data Entry Clerk position "
      "($38/hr) will be conducted via text chat on Signal. Please add our hiring manager Mr. Daniel Foster: "
      "+1 555 0184 5562 and send \"Ready for interview\" at the scheduled time.\n\nAfter hiring you will "
      "receive a check to purchase your home-office equipment from our approved vendor.\n\nKind regards,\n"
      "Olivia Bennett\nTalent Team", loc='Signal chat'),
    R('ar', 'google', ('قسم التوظيف', 'tawdif.online.jobs@gmail.com'), 'فرصة عمل عن بعد براتب يومي',
      "مرحباً {fn}،\n\nنبحث عن موظفين للعمل عن بعد لمدة ساعة يومياً من الهاتف فقط. الراتب من ١٠٠ إلى ٤٠٠ دولار "
      "يومياً ويتم الدفع فوراً.\n\nللتسجيل تواصل معنا عبر تيليجرام: @tawdif_remote\n\nمع التحية", tz='Asia/Riyadh'),
]

NAGGING = [
    R('en', 'google', ('Rewards Center', 'rewards.center.claim@gmail.com'), 'CLAIM YOUR REWARD NOW!!!',
      "Your reward is still waiting. Claim it before it expires: https://claim-reward-now.top/r/{code}",
      rrule='FREQ=DAILY', alarms=[('-PT5M', 'DISPLAY', (10, 'PT1M')), '-PT1H', 'PT0S'], dur=15,
      alarm_desc='Claim your reward: https://claim-reward-now.top/r/{code}'),
    R('en', 'icsonly', ('iCloud', 'noreply@icloud-storage-notice.com'), 'Your iCloud storage is full',
      "Your iCloud storage is full. Photos and files will be deleted. Upgrade free now: https://icloud-storage-"
      "upgrade.com/free", days=(26000, 27000), alarms=['-P26000D', '-PT10M'], auth='pass', noorg=True),
    R('en', 'webatt', ('Support', 'calendar.reminder.team@yahoo.com'), ' ',
      "URGENT: Your account will be deactivated. Verify within 24 hours at https://acc-verify-now.com/u={to} or "
      "lose access permanently.", b="\n", infra='yahoo', auth='pass', att=12,
      clx=dict(nomethod=False), att_ct='text/calendar'),
    R('en', 'google', ('Weekly Bonus', 'weekly.bonus.casino777@gmail.com'), 'Your weekly casino bonus: 200 free spins',
      "200 FREE SPINS + 500% deposit bonus waiting in your account! Play now: https://lucky777-casino.bet/bonus",
      rrule='FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=500', att=60, alarms=['-PT15M']),
    R('de', 'lib', ('Paketdienst', 'info@paket-zustellung-info.de'), 'Ihr Paket wartet noch auf Sie',
      "Ihr Paket konnte nicht zugestellt werden. Bestätigen Sie jetzt Ihre Adresse: https://paket-zustellung-"
      "info.de/track/{code}", rrule='FREQ=HOURLY;INTERVAL=4', alarms=['PT0S'], dur=10, auth='pass'),
    R('ru', 'yandex', ('Выигрыш', 'vyigrysh.uvedomlenie@yandex.ru'), 'Вы выиграли 250 000 рублей!',
      "Поздравляем! Ваш номер выиграл 250 000 рублей. Для получения выплаты оплатите комиссию 490 руб.: "
      "https://vyplata-prize.ru/get/{code}", allday=True, alldays=30, alarms=['-PT0M', 'PT12H', 'P1D', 'P2D'],
      auth='pass'),
    R('ja', 'lib', ('お知らせ', 'info@point-kigen-oshirase.jp'), 'ポイント失効のお知らせ',
      None, b="\n", altdesc=("<html><body><p>" + zw("保有ポイント 12,800pt が本日失効します。") + "</p><p><a href="
                            "'https://point-kigen-oshirase.jp/get'>今すぐ交換する</a></p></body></html>"),
      rrule='FREQ=MONTHLY;BYMONTHDAY=1', alarms=['-PT30M'], auth='pass'),
    R('es', 'gmailatt', ('Aviso de pago', 'aviso.pago.pendiente@gmail.com'), 'Pago pendiente - último aviso',
      "Tiene un pago pendiente de 49,90 €. Evite recargos abonando hoy: https://pago-pendiente-es.com/pagar",
      rrule='FREQ=DAILY;COUNT=365', alarms=['-PT10M', ('-PT1M', 'AUDIO'), ('-PT30M', 'EMAIL')],
      b="Adjunto recordatorio.\n"),
]

CATS = {('spam', 'callback'): CALLBACK, ('spam', 'prize'): PRIZE, ('spam', 'job'): JOB, ('spam', 'nagging'): NAGGING}
