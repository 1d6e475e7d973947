# -*- coding: utf-8 -*-
"""Non-English spam wording (one block per message)."""

B = [
# ---------------------------------------------------------------- German
dict(lang='de', cat='bec', supplier=True, subj='Änderung unserer Bankverbindung', body='Sehr geehrte Damen und Herren,\n\naufgrund einer internen Umstellung hat sich unsere Bankverbindung geändert. Bitte überweisen Sie alle offenen Rechnungen ab sofort ausschließlich auf das folgende Konto:\n\nKontoinhaber: {payee}\nIBAN: {iban}\nBIC: {bic}\n\nBitte bestätigen Sie kurz die Änderung. Die alte Verbindung wird nicht mehr genutzt.\n\nMit freundlichen Grüßen\n{sender}\nBuchhaltung'),
dict(lang='de', cat='fee-scam', brand=('DHL Paket', 'dhl'), subj='DHL: Ihre Sendung wartet auf Zollgebühren', body='Ihre Sendung {ref} befindet sich im Zollzentrum. Für die Zustellung fallen Einfuhrabgaben in Höhe von {amt} an.\nBitte begleichen Sie den Betrag innerhalb von 48 Stunden, sonst wird das Paket an den Absender zurückgeschickt:\n{url}'),
dict(lang='de', cat='credential-phish', brand=('Sparkasse', 'sparkasse'), subj='Wichtig: Aktualisierung Ihres S-pushTAN-Verfahrens', body='Sehr geehrte Kundin, sehr geehrter Kunde,\n\naufgrund neuer gesetzlicher Vorgaben (PSD2) muss Ihr pushTAN-Verfahren bis zum {date} neu registriert werden. Andernfalls wird Ihr Online-Banking vorübergehend eingeschränkt.\n\nJetzt aktualisieren: {url}\n\nIhre Sparkasse'),
dict(lang='de', cat='callback-scam', subj='Ihre Bestellung {inv} wurde bestätigt', body='Vielen Dank für Ihren Einkauf.\n\nProdukt: {product}\nLaufzeit: 12 Monate, automatische Verlängerung\nBetrag: {amt}\n\nSie haben diesen Kauf nicht getätigt? Rufen Sie innerhalb von 24 Stunden unseren Kundenservice an, um die Abbuchung zu stornieren: {phone}\n\n{co} Kundendienst'),
dict(lang='de', cat='doc-share-compromised', subj='Dokument zur Freigabe – {co}', body='Hallo,\n\nanbei wie besprochen die aktualisierten Unterlagen zur Freigabe. Das Dokument liegt in unserem geschützten Bereich.\n\nDokument öffnen: {url}\n\nViele Grüße\n{sender}\n{co}'),
# ---------------------------------------------------------------- French
dict(lang='fr', cat='fee-scam', brand=('ANTAI', 'antai'), subj='Avis de contravention – paiement en attente', body='Madame, Monsieur,\n\nun avis de contravention a été établi à votre encontre. Montant de l\'amende : {amt}.\nSans règlement avant le {date}, l\'amende sera majorée à 135 €.\n\nRégler en ligne : {url}\nRéférence : {ref}'),
dict(lang='fr', cat='credential-phish', brand=('impots.gouv', 'impots-gouv'), subj='Remboursement d\'impôt en attente', body='Après vérification de votre déclaration, vous pouvez bénéficier d\'un remboursement de 482,60 €.\nPour recevoir ce montant, veuillez confirmer vos coordonnées bancaires sur votre espace sécurisé :\n{url}\n\nDirection générale des Finances publiques'),
dict(lang='fr', cat='prize-survey', subj='Félicitations {name} ! Votre cadeau {brand} vous attend', body='Vous avez été sélectionné(e) pour participer à notre enquête de satisfaction.\nRépondez à 5 questions et recevez un {product} – seuls les frais de port (1,95 €) sont à votre charge.\n{url}\nOffre valable 24 heures.'),
dict(lang='fr', cat='crypto-investment', subj='Webinaire privé : investir avec {platform}', body='Places limitées : découvrez comment nos membres génèrent jusqu\'à 1 200 € par semaine grâce au trading automatisé.\nDépôt minimum 250 €. Un conseiller personnel vous rappellera.\nInscription : {url}'),
dict(lang='fr', cat='bec', subj='Dossier confidentiel', body='Bonjour {name},\n\nj\'ai besoin de votre aide sur une opération confidentielle qui doit être traitée aujourd\'hui. Êtes-vous disponible ? Merci de ne pas en parler pour le moment, je vous explique par e-mail.\n\nCordialement,\n{sender}\nPrésident'),
# ---------------------------------------------------------------- Spanish
dict(lang='es', cat='prize-survey', subj='{name}, ha sido seleccionado para un premio de {brand}', body='Estimado cliente:\n\nHa sido elegido al azar para participar en nuestra encuesta anual. Al completarla podrá recibir un {product}.\nSolo tiene que pagar los gastos de envío.\n\nParticipar ahora: {url}'),
dict(lang='es', cat='fee-scam', brand=('DGT', 'dgt'), subj='DGT: Notificación de multa pendiente', body='Le informamos que tiene una sanción de tráfico pendiente de pago por importe de {amt}.\nSi abona la multa antes del {date} se beneficiará de una reducción del 50 %.\n\nConsultar y pagar: {url}\nExpediente: {ref}'),
dict(lang='es', cat='task-job-scam', subj='Oferta de empleo desde casa', body='Hola, soy {sender}, del departamento de Recursos Humanos.\nBuscamos personas para trabajo online a tiempo parcial: 1-2 horas al día, de 150 a 400 € diarios.\nSi le interesa, escríbame por WhatsApp: {wa}'),
dict(lang='es', cat='bec', subj='Cambio de cuenta para la nómina', body='Hola,\n\nhe cambiado de banco y necesito que la nómina de este mes se ingrese en mi nueva cuenta. ¿Me puede indicar qué datos necesita? Sería importante hacerlo antes del cierre.\n\nGracias,\n{sender}'),
dict(lang='es', cat='dating-sextortion', subj='{girl} quiere conocerte esta noche 😘', body='Hola guapo, vi tu perfil y me encantaría conocerte. Estoy sola este fin de semana...\nMis fotos privadas están aquí: {url}'),
# ---------------------------------------------------------------- Italian
dict(lang='it', cat='retail-sale', subj='{brand} Outlet – sconti fino al {pct}% solo oggi', body='Svendita totale dal magazzino ufficiale.\nSpedizione gratuita in tutta Italia, pagamento alla consegna.\n\nAcquista ora: {url}'),
dict(lang='it', cat='crypto-investment', subj='Il tuo conto {platform} è stato attivato', body='Gentile {name},\nla tua registrazione è stata approvata. Un nostro consulente ti contatterà per attivare il primo deposito (minimo 250 €).\nRendimento medio dei nostri clienti: +37% al mese.\nAccedi: {url}'),
dict(lang='it', cat='credential-phish', brand=('Poste Italiane', 'poste'), subj='Poste: verifica obbligatoria del conto BancoPosta', body='Gentile cliente,\nabbiamo rilevato un accesso anomalo al tuo conto. Per motivi di sicurezza il conto è stato sospeso temporaneamente.\nEsegui la verifica entro 24 ore: {url}\n\nPoste Italiane'),
dict(lang='it', cat='advance-fee', subj='Eredità non reclamata – riservato', body='Egregio Sig./Sig.ra,\nsono l\'avvocato {sender}. Un mio defunto cliente, con il suo stesso cognome, ha lasciato un deposito di 7.300.000 € senza eredi. Le propongo di presentarla come beneficiario; divideremo la somma. Mi risponda con nome completo e numero di telefono.'),
dict(lang='it', cat='task-job-scam', subj='Lavoro da casa – 50-300 € al giorno', body='Ciao, sono {sender} di un\'agenzia di recruiting.\nCerchiamo collaboratori per semplici attività online (recensioni di prodotti). Pagamento giornaliero.\nContattami su WhatsApp: https://wa.me/{wan}'),
# ---------------------------------------------------------------- Portuguese
dict(lang='pt', cat='task-job-scam', subj='Vaga home office – renda extra diária', body='Olá {name}! Sou {sender}, recrutadora.\nTemos vagas para tarefas simples pelo celular: curtir vídeos e avaliar produtos. Ganhos de R$ 150 a R$ 800 por dia.\nChama no WhatsApp: {wa}'),
dict(lang='pt', cat='fee-scam', brand=('Correios', 'correios'), subj='Correios: sua encomenda está aguardando pagamento', body='Sua encomenda {ref} foi tributada e está retida. Para liberar a entrega, pague a taxa de despacho de {amt} até {date}.\nPagamento via Pix: {url}'),
dict(lang='pt', cat='crypto-investment', subj='Saque pendente: 0,{btcd} BTC', body='Sua conta {brand} possui 0,{btcd} BTC disponíveis para saque.\nConfirme a transferência para a sua carteira em até 48 horas: {url}\nID da transação: {ref}'),
dict(lang='pt', cat='prize-survey', subj='Parabéns! Você ganhou um {product}', body='Você foi selecionado(a) na promoção de aniversário {brand}.\nResponda à pesquisa rápida e resgate seu prêmio – pague apenas o frete.\n{url}'),
dict(lang='pt', cat='mass-invite', subj='Cassino online – bônus de 500% no primeiro depósito', body='Cadastre-se hoje e receba 300 rodadas grátis.\nSaque rápido via Pix.\n{url}'),
# ---------------------------------------------------------------- Dutch
dict(lang='nl', cat='credential-phish', brand=('DigiD', 'digid'), subj='Uw DigiD verloopt binnenkort', body='Geachte heer/mevrouw,\n\nuw DigiD-account verloopt op {date}. Om gebruik te blijven maken van online overheidsdiensten moet u uw gegevens verifiëren.\n\nVerlengen: {url}\n\nLogius – DigiD'),
dict(lang='nl', cat='fee-scam', brand=('CJIB', 'cjib'), subj='CJIB: openstaande boete – laatste herinnering', body='U heeft een openstaande verkeersboete van {amt}.\nBetaalt u niet vóór {date}, dan wordt het bedrag verhoogd met administratiekosten.\nBetaal direct via iDEAL: {url}\nKenmerk: {ref}'),
dict(lang='nl', cat='callback-scam', subj='Bevestiging van uw abonnement {inv}', body='Beste klant,\n\nuw abonnement op {product} is verlengd. Er wordt {amt} van uw rekening afgeschreven.\nNiet akkoord? Bel binnen 24 uur onze klantenservice: {phone}'),
dict(lang='nl', cat='doc-share-compromised', subj='Offerte ter ondertekening', body='Goedemiddag,\n\nzoals afgesproken stuur ik u de offerte ter ondertekening. U kunt het document hieronder inzien.\n\n{url}\n\nMet vriendelijke groet,\n{sender}\n{co}'),
dict(lang='nl', cat='bec', supplier=True, subj='Nieuw rekeningnummer', body='Beste {name},\n\nwij zijn overgestapt naar een andere bank. Wilt u de openstaande facturen voortaan overmaken naar:\n\nTen name van: {payee}\nIBAN: {iban}\n\nGraag een korte bevestiging.\n\nMet vriendelijke groet,\n{sender}'),
# ---------------------------------------------------------------- Polish
dict(lang='pl', cat='fee-scam', brand=('InPost', 'inpost'), subj='InPost: Twoja paczka czeka na dopłatę', body='Twoja przesyłka {ref} została wstrzymana z powodu niepełnego adresu.\nAby ją odebrać, uiść dopłatę {amt} w ciągu 24 godzin:\n{url}'),
dict(lang='pl', cat='crypto-investment', subj='Zaproszenie: inwestycje z {platform}', body='Dzień dobry,\nnasz doradca przedstawi Panu/Pani program inwestycyjny z gwarantowanym zyskiem od 4000 zł miesięcznie.\nWpłata startowa: 1000 zł.\nRejestracja: {url}'),
dict(lang='pl', cat='credential-phish', brand=('mBank', 'mbank'), subj='Wymagana weryfikacja konta', body='Szanowny Kliencie,\n\nze względów bezpieczeństwa Twoje konto zostało czasowo zablokowane. Aby przywrócić dostęp, potwierdź swoje dane logowania:\n{url}\n\nZespół bezpieczeństwa'),
dict(lang='pl', cat='prize-survey', subj='Gratulacje! Wygrałeś {product}', body='Zostałeś wylosowany w naszej loterii klientów {brand}.\nOdbierz nagrodę – pokryj tylko koszt wysyłki 4,99 zł.\n{url}'),
dict(lang='pl', cat='nagging-payload', subj='Twój telefon jest zainfekowany!', body='Wykryto 4 wirusy. Twoje zdjęcia i kontakty są zagrożone.\nUsuń je teraz: {url}'),
# ---------------------------------------------------------------- Russian
dict(lang='ru', cat='advance-fee', client='webapp', charset='koi8-r', subj='Компенсация за утечку персональных данных', body='Уважаемый(ая) {name}!\n\nПо решению суда вам положена компенсация в размере 187 400 руб. за утечку персональных данных. Для получения выплаты необходимо оплатить госпошлину и заполнить заявку до {date}.\n\nОформить выплату: {url}'),
dict(lang='ru', cat='crypto-investment', subj='Ваш вывод средств ожидает подтверждения', body='На вашем счёте {brand} находится 0,{btcd} BTC.\nДля вывода средств подтвердите операцию в течение 48 часов: {url}\nНомер транзакции: {ref}'),
dict(lang='ru', cat='dating-sextortion', subj='{girl} хочет познакомиться 😘', body='Привет! Я видела твою анкету, ты мне понравился. Сегодня вечером свободна...\nМои фото здесь: {url}'),
dict(lang='ru', cat='callback-scam', subj='Служба безопасности банка: подозрительная операция', body='Зафиксирована попытка перевода {amt} с вашей карты.\nЕсли вы не совершали эту операцию, срочно позвоните в службу безопасности: {phone}\nНе сообщайте никому код из СМС.'),
dict(lang='ru', cat='fake-update', subj='Обновите клиент для участия в видеоконференции', body='Ваша версия приложения устарела и не поддерживает защищённое подключение к встрече.\nСкачайте обновление: {url}'),
# ---------------------------------------------------------------- Greek
dict(lang='el', cat='fee-scam', brand=('ΕΛΤΑ Courier', 'elta'), subj='ΕΛΤΑ: Το δέμα σας δεν παραδόθηκε', body='Η παράδοση του δέματός σας {ref} απέτυχε λόγω ελλιπούς διεύθυνσης.\nΓια νέα προσπάθεια παράδοσης απαιτείται τέλος {amt}.\nΕπιβεβαιώστε τα στοιχεία σας: {url}'),
dict(lang='el', cat='prize-survey', subj='Συγχαρητήρια {name}! Κερδίσατε δωροκάρτα {brand}', body='Επιλεχθήκατε για τη σύντομη έρευνα ικανοποίησης πελατών.\nΟλοκληρώστε την και παραλάβετε το δώρο σας: {product}.\n{url}'),
dict(lang='el', cat='credential-phish', brand=('Εθνική Τράπεζα', 'nbg'), subj='Απαιτείται επιβεβαίωση στοιχείων', body='Αγαπητέ πελάτη,\nο λογαριασμός σας στο e-banking έχει περιοριστεί προσωρινά για λόγους ασφαλείας.\nΕπιβεβαιώστε τα στοιχεία σας εντός 24 ωρών: {url}'),
dict(lang='el', cat='dating-sextortion', subj='Πληρωμή σε εκκρεμότητα', body='Έχω πρόσβαση στη συσκευή σου εδώ και μήνες και έχω βίντεο από την κάμερά σου.\nΣτείλε {amt} σε Bitcoin στο πορτοφόλι:\n{btc}\nΈχεις 48 ώρες. Μετά το βίντεο θα σταλεί σε όλες τις επαφές σου.'),
dict(lang='el', cat='mass-invite', subj='Online φαρμακείο – έκπτωση έως {pct}%', body='Φάρμακα χωρίς συνταγή, διακριτική αποστολή σε όλη την Ελλάδα.\n{url}'),
# ---------------------------------------------------------------- Arabic
dict(lang='ar', cat='advance-fee', subj='إشعار بتعويض مالي باسمكم', body='السيد/السيدة المحترم(ة)،\n\nتم اختيار بريدكم الإلكتروني لاستلام تعويض مالي بقيمة 850,000 دولار أمريكي. لاستلام المبلغ يرجى التواصل مع المحامي {sender} وإرسال رسوم التحويل.\nواتساب: {wa}'),
dict(lang='ar', cat='prize-survey', subj='مبروك {name}! لقد ربحت {product}', body='تم اختيارك ضمن الفائزين في سحب عملاء {brand}.\nأجب عن استبيان قصير واستلم جائزتك، فقط ادفع رسوم الشحن.\n{url}'),
dict(lang='ar', cat='crypto-investment', subj='دعوة: جلسة استثمار مع {platform}', body='انضم إلى جلستنا الخاصة وتعرّف على منصة التداول الآلي التي تحقق أرباحاً يومية.\nالحد الأدنى للإيداع 250 دولار.\nسجّل الآن: {url}'),
dict(lang='ar', cat='retail-sale', subj='تخفيضات {brand} تصل إلى {pct}% لفترة محدودة', body='تصفية المخزون الرسمي، شحن مجاني والدفع عند الاستلام.\nتسوّق الآن: {url}'),
dict(lang='ar', cat='task-job-scam', subj='وظيفة عن بعد براتب يومي', body='مرحباً، أنا {sender} من قسم التوظيف.\nنبحث عن موظفين لمهام بسيطة عبر الهاتف ساعة إلى ساعتين يومياً، مع دفع يومي.\nللتواصل عبر تيليجرام: {tg}'),
# ---------------------------------------------------------------- Hebrew
dict(lang='he', cat='fee-scam', brand=('דואר ישראל', 'israelpost'), subj='דואר ישראל: החבילה שלך ממתינה לתשלום', body='החבילה שלך {ref} מעוכבת במרכז המיון.\nלשחרור המשלוח יש לשלם דמי טיפול בסך {amt} עד {date}.\n{url}'),
dict(lang='he', cat='crypto-investment', subj='הזמנה לוובינר השקעות סגור', body='מספר המקומות מוגבל. למדו איך חברי הקבוצה שלנו מרוויחים אלפי שקלים בשבוע עם {platform}.\nהפקדה מינימלית 1,000 ₪.\nהרשמה: {url}'),
dict(lang='he', cat='retail-sale', subj='מבצע {brand} – עד {pct}% הנחה', body='חיסול מלאי מהמחסן הרשמי. משלוח חינם עד הבית.\nלרכישה: {url}'),
dict(lang='he', cat='doc-share-compromised', subj='מסמך לעיון – {co}', body='שלום,\n\nמצורף המסמך שדיברנו עליו, נא לעיין ולאשר.\n\nלצפייה במסמך: {url}\n\nבברכה,\n{sender}'),
dict(lang='he', cat='fake-update', subj='נדרש עדכון לפני הפגישה', body='גרסת התוכנה שלך אינה נתמכת עוד בפגישות מאובטחות.\nלהתקנת העדכון: {url}'),
# ---------------------------------------------------------------- Chinese (simplified / traditional)
dict(lang='zh', cat='retail-sale', subj='{brand}官方清仓 全场{pct}%折扣', body='限时特卖，全场包邮，货到付款。\n立即抢购：{url}'),
dict(lang='zh', cat='task-job-scam', subj='兼职招聘：日结200-800元', body='您好，我是{sender}。\n现招聘网络兼职，手机即可操作，点赞、刷单、做任务，当天结算。\n加微信或Telegram了解详情：{tg}'),
dict(lang='zt', cat='crypto-investment', subj='誠邀加入{platform}投資群', body='專業老師每日帶單，月收益30%以上，穩賺不賠。\n名額有限，立即加入LINE群組：{url}'),
dict(lang='zh', cat='nagging-payload', client='webapp', charset='gb2312', subj='澳门首存送100% 每日提醒', body='注册即送彩金，存款秒到账，24小时客服在线。\n官网：{url}'),
dict(lang='zt', cat='mass-invite', subj='代開發票 專業可靠', body='各類增值稅發票代開，點數優惠，可驗證。\n聯繫：{url}'),
# ---------------------------------------------------------------- Japanese
dict(lang='ja', cat='retail-sale', subj='【{brand}】アウトレット 最大{pct}%OFF 本日限り', body='公式アウトレットの在庫一掃セール開催中。\n送料無料・代金引換OK。\nご購入はこちら：{url}'),
dict(lang='ja', cat='dating-sextortion', client='thunderbird', charset='iso-2022-jp', subj='{girl}さんからメッセージが届いています', body='はじめまして！プロフィールを見て気になりました。\n今夜会えませんか？写真はこちらに載せています：{url}'),
dict(lang='ja', cat='credential-phish', brand=('Amazon', 'amazon'), subj='【重要】Amazonアカウントの利用を一時停止しました', body='お客様のアカウントで異常なログインが検出されたため、ご利用を一時停止しております。\n24時間以内に以下よりお客様情報をご確認ください。\n{url}\n\nAmazon カスタマーサービス'),
dict(lang='ja', cat='nagging-payload', subj='【警告】ウイルスが検出されました', body='お使いのiPhoneが3つのウイルスに感染しています。\n今すぐ削除してください：{url}'),
dict(lang='ja', cat='mass-invite', subj='副業で月収100万円！無料セミナー', body='スマホだけで簡単に稼げる方法を無料で公開中。\n参加登録：{url}'),
# ---------------------------------------------------------------- Korean
dict(lang='ko', cat='task-job-scam', subj='재택 부업 모집 – 일당 10~30만원', body='안녕하세요, {sender}입니다.\n하루 1~2시간 휴대폰으로 가능한 간단한 업무입니다. 당일 정산.\n카카오톡 오픈채팅으로 문의주세요: {url}'),
dict(lang='ko', cat='fee-scam', brand=('CJ대한통운', 'cjlogistics'), subj='[CJ대한통운] 주소 불일치로 배송 보류', body='고객님의 택배({ref})가 주소 불일치로 보류되었습니다.\n주소 확인 및 재배송 수수료 {amt} 결제: {url}'),
dict(lang='ko', cat='dating-sextortion', subj='{girl}님이 대화를 요청했습니다', body='안녕하세요~ 프로필 보고 연락드려요.\n오늘 저녁 시간 되세요? 제 사진은 여기 있어요: {url}'),
dict(lang='ko', cat='fake-update', subj='회의 참여 전 보안 프로그램 설치 필요', body='원활한 화상회의 참여를 위해 최신 보안 모듈 설치가 필요합니다.\n설치하기: {url}'),
dict(lang='ko', cat='crypto-investment', subj='리딩방 초대 – 월 수익 300% 보장', body='전문가가 직접 매수/매도 타이밍을 알려드립니다.\n선착순 50명 무료 입장: {url}'),
# ---------------------------------------------------------------- Hindi
dict(lang='hi', cat='prize-survey', subj='बधाई हो {name}! आपने {product} जीता है', body='आपका नंबर {brand} लकी ड्रा में चुना गया है।\nइनाम पाने के लिए छोटा सा सर्वे पूरा करें और केवल डिलीवरी शुल्क दें।\n{url}'),
dict(lang='hi', cat='task-job-scam', subj='घर बैठे कमाई – रोज़ ₹3000 तक', body='नमस्ते, मैं {sender} हूँ।\nसिर्फ YouTube वीडियो लाइक करें और रोज़ पैसे कमाएँ। कोई अनुभव ज़रूरी नहीं।\nWhatsApp पर संपर्क करें: {wa}'),
dict(lang='hi', cat='credential-phish', brand=('SBI', 'sbi'), subj='आपका KYC अपडेट लंबित है', body='प्रिय ग्राहक,\nआपका KYC अपडेट न होने के कारण आपका खाता आज ब्लॉक कर दिया जाएगा।\nतुरंत अपडेट करें: {url}'),
dict(lang='hi', cat='advance-fee', subj='केबीसी लॉटरी विजेता सूचना', body='आपका मोबाइल नंबर ₹25,00,000 की लॉटरी में चुना गया है।\nराशि प्राप्त करने के लिए प्रोसेसिंग शुल्क जमा करें और {sender} से संपर्क करें: {wa}'),
dict(lang='hi', cat='callback-scam', subj='आपके खाते से {amt} का भुगतान', body='आपके खाते से {product} के लिए {amt} का भुगतान किया गया है।\nयदि यह आपने नहीं किया है, तो तुरंत हमारे हेल्पलाइन नंबर पर कॉल करें: {phone}'),
# ---------------------------------------------------------------- Thai
dict(lang='th', cat='fee-scam', brand=('การไฟฟ้า', 'pea'), subj='แจ้งค้างชำระค่าไฟฟ้า', body='ท่านมียอดค้างชำระค่าไฟฟ้า {amt} หากไม่ชำระภายใน {date} จะถูกระงับการจ่ายไฟ\nชำระเงินที่นี่: {url}'),
dict(lang='th', cat='retail-sale', subj='{brand} ลดล้างสต็อก สูงสุด {pct}%', body='สินค้าแท้จากโกดัง ส่งฟรีทั่วประเทศ เก็บเงินปลายทาง\nช้อปเลย: {url}'),
dict(lang='th', cat='task-job-scam', subj='งานออนไลน์ รายได้วันละ 500-3000 บาท', body='สวัสดีค่ะ {sender} ฝ่ายบุคคล\nรับสมัครคนทำงานผ่านมือถือ กดไลก์ รีวิวสินค้า ได้เงินทุกวัน\nแอดไลน์: {tg}'),
dict(lang='th', cat='prize-survey', subj='ยินดีด้วย! คุณได้รับรางวัล {product}', body='หมายเลขของคุณได้รับรางวัลจาก {brand}\nตอบแบบสอบถามสั้นๆ แล้วรับรางวัลได้เลย\n{url}'),
dict(lang='th', cat='nagging-payload', subj='คาสิโนออนไลน์ เครดิตฟรี 500', body='สมัครวันนี้ รับเครดิตฟรีทันที ฝาก-ถอนออโต้ 24 ชม.\n{url}'),
]
