# -*- coding: utf-8 -*-
"""Non-English message texts: INTL[lang] = {'spam': [(category, entry)], 'ham': [(category, entry)]}."""

INTL = {
'de': {
 'spam': [
  ('fee-scam', dict(sum='DHL: Zustellung fehlgeschlagen - Gebühr 1,99 EUR', desc='Ihr Paket {ref} konnte nicht zugestellt werden, da die Adresse unvollständig ist. Bitte bestätigen Sie Ihre Adresse und zahlen Sie die Gebühr von 1,99 EUR: {url}', brand='dhl')),
  ('credential-phish', dict(sum='Sparkasse: Aktualisierung Ihres PushTAN-Verfahrens', desc='Sehr geehrte Kundin, sehr geehrter Kunde,\naufgrund neuer Sicherheitsrichtlinien muss Ihr pushTAN-Verfahren bis zum {date} neu registriert werden. Andernfalls wird Ihr Online-Banking eingeschränkt.\nJetzt registrieren: {url}', brand='bank')),
  ('bec', dict(sum='Dringende Überweisung - vertraulich', desc='Hallo {name},\nich brauche heute noch Ihre Unterstützung bei einer vertraulichen Überweisung an einen neuen Lieferanten. Bitte antworten Sie nur per E-Mail, ich bin im Termin.\nViele Grüße\n{sender}', brand='wire')),
  ('compromised-docshare', dict(sum='Angebot {ref} - Bitte um Prüfung', desc='Guten Tag,\nanbei erhalten Sie unser überarbeitetes Angebot. Aus Datenschutzgründen liegt das Dokument in unserem sicheren Portal:\n{url}\n\nMit freundlichen Grüßen\n{sender}\n{scompany}', brand='po')),
  ('crypto-investment', dict(sum='Ihr Beratungsgespräch: Bitcoin-Anlage mit Garantie', desc='Guten Tag {name},\nwie besprochen ruft Sie Ihr persönlicher Berater {sender} an. Bereits ab 250 EUR Einlage profitieren Sie von der KI-Handelsplattform. Registrierung: {url}', brand='ai')),
 ],
 'ham': [
  ('travel-booking', dict(sum='ICE {train} {from_city} -> {to_city}', sub='Ihre Buchungsbestätigung (Auftrag {pnr})', desc='Vielen Dank für Ihre Buchung.\nAuftragsnummer: {pnr}\nHinfahrt am {date}, Abfahrt {time}\nWagen {coach}, Platz {seat}\nGesamtpreis: {amount} EUR\nIhr Ticket finden Sie im Anhang und in der App.', kind='rail')),
  ('it-notice', dict(sum='Wartungsfenster: Umstellung der Telefonanlage', desc='Liebe Kolleginnen und Kollegen,\nin diesem Zeitraum wird die Telefonanlage umgestellt. Festnetztelefonie ist ca. 30 Minuten nicht erreichbar. Sie müssen nichts tun.\nBei Fragen: IT-Servicedesk, Durchwahl {ext}\nIhre IT', kind='maint')),
  ('finance-reminder', dict(sum='Zahlungslauf - Freigabefrist', desc='Zur Erinnerung: Rechnungen müssen bis 12:00 Uhr im System freigegeben sein, damit sie im Zahlungslauf dieser Woche berücksichtigt werden.\nBuchhaltung {company}', kind='cutoff')),
  ('community-series', dict(sum='Chorprobe', desc='Wie immer donnerstags im Gemeindehaus. Bitte Noten mitbringen. Wer nicht kann, kurz bei mir melden.\n{sfirst}', kind='weekly')),
  ('team-meeting', dict(sum='Jour fixe Vertrieb', desc='Wöchentlicher Jour fixe. Themen bitte vorab in die Agenda eintragen.', kind='weekly')),
 ]},
'fr': {
 'spam': [
  ('fee-scam', dict(sum='Colissimo : votre colis est en attente', desc='Votre colis {ref} n\'a pas pu être livré. Des frais de réexpédition de 2,99 EUR sont requis. Planifiez une nouvelle livraison : {url}', brand='laposte')),
  ('credential-phish', dict(sum='Ameli : remboursement en attente', desc='Vous avez un remboursement de {amount} EUR en attente. Pour le recevoir, veuillez mettre à jour vos informations avant le {date} : {url}', brand='gov')),
  ('callback-scam', dict(sum='Confirmation de commande n° {ref} - 489,99 EUR', desc='Merci pour votre achat : Norton 360 Premium (3 ans). Le montant de 489,99 EUR sera débité sous 24 h.\nSi vous n\'êtes pas à l\'origine de cet achat, contactez le service facturation : {phone}', brand='norton')),
  ('dating-sextortion', dict(sum='Léa (26 ans) veut te rencontrer ce soir', desc='Coucou, je suis seule ce soir... mes photos privées sont ici {url} ❤', brand='dating')),
  ('retail-sale-wave', dict(sum='Soldes Longchamp -80% - derniers jours', desc='Sacs Le Pliage à partir de 29 EUR, livraison offerte. {url}', brand='longchamp')),
 ],
 'ham': [
  ('appointment-booking', dict(sum='Consultation - {doctor}', sub='Confirmation de votre rendez-vous', desc='Bonjour {fullname},\nvotre rendez-vous avec {doctor} est confirmé le {date} à {time}.\nAdresse : {addr}\nEn cas d\'empêchement, merci d\'annuler au moins 24 h à l\'avance : {url}', kind='doctor')),
  ('vendor-webinar', dict(sum='Webinaire : la facturation électronique en 2026', sub='Inscription confirmée : webinaire facturation électronique', desc='Bonjour {name},\nvotre inscription est confirmée. Le webinaire est gratuit ; une offre spéciale sera présentée aux participants.\nLien de connexion : {zoomurl}\nCode : {code}', kind='zoom')),
  ('personal-invite', dict(sum='Apéro chez nous', desc='Salut ! On fait un petit apéro samedi, viens avec qui tu veux. Bises', kind='dinner')),
  ('reply-cancel', dict(sum='Point hebdo', kind='REPLY', partstat='ACCEPTED')),
  ('colleague-docshare', dict(sum='Relecture du rapport annuel', desc='Le document est sur le SharePoint : {url}\nMerci d\'ajouter vos commentaires avant la réunion.', kind='sharepoint')),
 ]},
'es': {
 'spam': [
  ('prize-survey-lure', dict(sum='¡Enhorabuena! Has sido seleccionado por Mercadona', desc='Responde a 4 preguntas y recibe una tarjeta regalo de 500 EUR. Solo hoy: {url}', brand='mercadona')),
  ('bec', dict(sum='Cambio de cuenta bancaria', desc='Estimado/a {name}:\nLe informamos de que, por motivos de auditoría, nuestra cuenta bancaria ha cambiado. Por favor, realice los próximos pagos a la siguiente cuenta:\nIBAN: {iban}\nUn saludo,\n{sender}\nDepartamento de Administración', brand='bankchange')),
  ('task-job-scam', dict(sum='Oferta de empleo desde casa - 150 EUR/día', desc='Hola {name}, buscamos personas para trabajo a tiempo parcial desde el móvil. Sin experiencia. Contacta con nuestra reclutadora por WhatsApp: {phone}', brand='whatsapp')),
  ('advance-fee', dict(sum='Herencia pendiente - pariente lejano', desc='Estimado/a {name}:\nSoy el abogado {sender}. Un cliente fallecido con su mismo apellido dejó 4,7 millones de euros sin herederos. Le propongo presentarle como beneficiario. Escriba a mi correo privado: {email2}', brand='inheritance')),
  ('fake-update-lure', dict(sum='Reunión trimestral', desc='Para acceder a la reunión es necesario actualizar el complemento de Teams. Descárguelo aquí antes de la reunión: {url}', brand='teams')),
 ],
 'ham': [
  ('travel-booking', dict(sum='Vuelo {flight} {from_city} - {to_city}', sub='Confirmación de reserva {pnr}', desc='Hola {name},\ngracias por volar con {airline}.\nLocalizador: {pnr}\nVuelo {flight} {from_city} ({from_iata}) - {to_city} ({to_iata})\nSalida: {date} {time}\nImporte total: {amount} EUR\nFacturación online: {url}', kind='flight')),
  ('personal-invite', dict(sum='Cumpleaños de {kid}', desc='¡Hola! Celebramos el cumple de {kid} en el parque. Habrá merienda y piñata. ¡Os esperamos!', kind='party')),
  ('community-series', dict(sum='Entrenamiento del equipo de baloncesto', desc='Entrenamiento todos los lunes y miércoles en el polideportivo. Traed agua y ropa de deporte.\n{sfirst}', kind='weekly')),
  ('support-callback', dict(sum='Llamada de soporte - caso {case}', sub='Hemos programado su llamada - caso {case}', desc='Hola {name}:\nTal como solicitó, un técnico le llamará al {phone2} en el horario indicado en relación con el caso {case}.\nSi necesita cambiar la hora, responda a este correo.', kind='vendor')),
  ('recruiter', dict(sum='Entrevista: {role} - {company2}', desc='Hola {name},\ngracias por tu interés. Te envío la invitación para la primera entrevista con {manager}. Enlace de videollamada en la invitación.\nUn saludo,\n{sender}', kind='video')),
 ]},
'pt': {
 'spam': [
  ('fee-scam', dict(sum='Correios: encomenda retida - taxa de R$ 12,90', desc='Sua encomenda {ref} foi taxada na importação. Efetue o pagamento para liberação em até 48h: {url}', brand='correios')),
  ('crypto-investment', dict(sum='Saque disponível: R$ {amount}', desc='Olá {name}, seu saldo na plataforma está liberado para saque. Confirme seus dados: {url}', brand='btc')),
  ('task-job-scam', dict(sum='Vaga home office - ganhe até R$ 500 por dia', desc='Oi {name}! Trabalho simples de avaliar produtos pelo celular, pagamento diário via Pix. Fale com a recrutadora no WhatsApp: {phone}', brand='whatsapp')),
  ('prize-survey-lure', dict(sum='Parabéns! Você ganhou um iPhone 16 - Magalu', desc='Responda uma pesquisa rápida e pague apenas o frete. {url}', brand='magalu')),
  ('nagging-payload', dict(sum='Seu celular está infectado com 4 vírus', desc='Remova agora: {url}', brand='virus')),
 ],
 'ham': [
  ('appointment-booking', dict(sum='Consulta com {doctor}', sub='Sua consulta está confirmada', desc='Olá {name},\nsua consulta com {doctor} está confirmada para {date} às {time}.\nLocal: {addr}\nCaso precise remarcar, ligue para {phone}.', kind='doctor')),
  ('vendor-webinar', dict(sum='Webinar gratuito: LGPD na prática', sub='Inscrição confirmada - Webinar LGPD na prática', desc='Olá {name}, sua inscrição foi confirmada! Participantes ganham 30% de desconto no curso completo.\nLink: {zoomurl}', kind='zoom')),
  ('forwarded-invite', dict(sum='Reunião de planejamento {proj}', note='{name}, estou encaminhando para você participar no meu lugar.', kind='fw')),
  ('personal-invite', dict(sum='Churrasco lá em casa', desc='Bora? Sábado a partir do meio-dia. Traz só a bebida!', kind='bbq')),
  ('team-meeting', dict(sum='Reunião semanal da equipe', desc='Pauta no documento compartilhado.', kind='weekly')),
 ]},
'it': {
 'spam': [
  ('credential-phish', dict(sum='Poste Italiane: verifica il tuo conto BancoPosta', desc='Gentile cliente, abbiamo rilevato un accesso anomalo. Per evitare la sospensione del conto, verifica i tuoi dati entro 24 ore: {url}', brand='bank')),
  ('bec', dict(sum='Richiesta urgente', desc='Ciao {name}, sei in ufficio? Ho bisogno che tu mi faccia una cortesia, è urgente. Rispondimi via email, sono in riunione.\n{sender}', brand='giftcard')),
  ('compromised-docshare', dict(sum='Documentazione ordine n. {ref}', desc='Buongiorno,\ncome da accordi telefonici, trovate la documentazione dell\'ordine al link seguente:\n{url}\nCordiali saluti\n{sender}\n{scompany}', brand='po')),
  ('retail-sale-wave', dict(sum='Outlet Moncler -75% fino a esaurimento', desc='Piumini uomo/donna da 89 EUR. Spedizione gratuita. {url}', brand='moncler')),
  ('callback-scam', dict(sum='Rinnovo abbonamento antivirus - 349,00 EUR', desc='Il tuo abbonamento è stato rinnovato automaticamente. Per annullare e ricevere il rimborso chiama il numero {phone}.', brand='norton')),
 ],
 'ham': [
  ('travel-booking', dict(sum='Frecciarossa {train} {from_city} - {to_city}', sub='Conferma acquisto - PNR {pnr}', desc='Gentile {fullname},\ngrazie per aver acquistato il biglietto.\nCodice PNR: {pnr}\nPartenza: {date} ore {time}\nCarrozza {coach}, posto {seat}\nImporto: {amount} EUR', kind='rail')),
  ('appointment-booking', dict(sum='Prenotazione tavolo - {restaurant}', sub='La tua prenotazione è confermata', desc='Ti aspettiamo!\nData: {date}\nOra: {time}\nPersone: {party}\nPer modifiche: {phone}', kind='restaurant')),
  ('community-series', dict(sum='Allenamento calcetto', desc='Ogni martedì sera al campo comunale. Chi non può avvisi nel gruppo.', kind='weekly')),
  ('finance-reminder', dict(sum='Scadenza note spese', desc='Promemoria: le note spese del mese vanno inserite nel gestionale entro fine giornata.\nAmministrazione', kind='cutoff')),
  ('list-copy', dict(sum='Assemblea dei soci', desc='Convocazione dell\'assemblea ordinaria dei soci. Ordine del giorno sul sito dell\'associazione.', list='assoc')),
 ]},
'nl': {
 'spam': [
  ('fee-scam', dict(sum='PostNL: uw pakket wacht op betaling', desc='Uw pakket {ref} kan niet worden bezorgd. Betaal de resterende verzendkosten van EUR 1,95 om een nieuwe bezorgdatum te kiezen: {url}', brand='postnl')),
  ('credential-phish', dict(sum='ING: uw betaalpas verloopt', desc='Beste klant, uw betaalpas verloopt binnenkort. Vraag direct een nieuwe pas aan via de beveiligde omgeving: {url}', brand='bank')),
  ('bec', dict(sum='Nieuwe bankgegevens', desc='Goedemiddag,\nper direct zijn onze bankgegevens gewijzigd. Wilt u openstaande facturen voortaan overmaken naar:\nIBAN: {iban}\nMet vriendelijke groet,\n{sender}\nCrediteurenadministratie', brand='bankchange')),
  ('fake-update-lure', dict(sum='Kwartaaloverleg', desc='Om deel te nemen aan de vergadering moet u eerst de nieuwste versie van de vergaderapp installeren: {url}', brand='meetclient')),
 ],
 'ham': [
  ('it-notice', dict(sum='Wachtwoord verloopt binnenkort', desc='Uw wachtwoord verloopt over 7 dagen. Wijzig het via {sso} of via Ctrl+Alt+Del op een bedrijfslaptop. ICT vraagt nooit om uw wachtwoord.', kind='pwd')),
  ('reply-cancel', dict(sum='Projectoverleg', kind='REPLY', partstat='DECLINED', comment='Helaas, ik ben die dag vrij.')),
  ('colleague-docshare', dict(sum='Offerte doornemen', desc='Concept staat hier: {url}\nGraag voor het overleg even bekijken.', kind='link')),
  ('support-callback', dict(sum='Terugbelafspraak storing', sub='Uw terugbelafspraak is ingepland', desc='Beste {name},\nzoals gevraagd bellen wij u terug over uw storingsmelding {case}. U hoeft niets voor te bereiden.', kind='isp')),
 ]},
'pl': {
 'spam': [
  ('credential-phish', dict(sum='mBank: wymagana weryfikacja konta', desc='Szanowny Kliencie, z powodu aktualizacji systemu prosimy o potwierdzenie danych do dnia {date}. Weryfikacja: {url}', brand='bank')),
  ('crypto-investment', dict(sum='Inwestycja w akcje Orlen - zysk od 5000 PLN miesięcznie', desc='Dzień dobry {name}, Twój doradca {sender} zadzwoni w sprawie rejestracji. Minimalna wpłata 1000 PLN. {url}', brand='ai')),
  ('compromised-docshare', dict(sum='Zamówienie {ref} - dokumenty', desc='Dzień dobry,\nprzesyłam dokumenty do zamówienia. Plik dostępny pod linkiem:\n{url}\nPozdrawiam\n{sender}', brand='po')),
  ('task-job-scam', dict(sum='Praca zdalna - 300 zł dziennie', desc='Cześć {name}! Szukamy osób do prostych zadań online. Napisz do koordynatorki na Telegramie: {tg}', brand='telegram')),
  ('mass-invite', dict(sum='Darmowe spiny w kasynie online', desc='Zarejestruj się i odbierz 200 darmowych spinów: {url}', brand='casino')),
 ],
 'ham': [
  ('it-notice', dict(sum='Prace serwisowe - poczta', desc='W tym czasie poczta może być niedostępna przez około godzinę. Nie jest wymagane żadne działanie.\nDział IT', kind='maint')),
  ('team-meeting', dict(sum='Planowanie sprintu', desc='Proszę przejrzeć backlog przed spotkaniem.', kind='biweekly')),
  ('community-series', dict(sum='Próba zespołu', desc='Próby jak zwykle w domu kultury. Kto nie może, niech da znać.', kind='weekly')),
  ('forwarded-invite', dict(sum='Spotkanie z klientem', note='Przesyłam dalej - dołącz proszę, będziesz potrzebny przy części technicznej.', kind='fw')),
  ('list-copy', dict(sum='Spotkanie koła naukowego', desc='Zapraszamy na kolejne spotkanie koła. Prelegent: {speaker}.', list='seminar')),
 ]},
'tr': {
 'spam': [
  ('prize-survey-lure', dict(sum='Tebrikler! Migros 1000 TL hediye çeki kazandınız', desc='Kısa anketi doldurun ve hediye çekinizi hemen alın: {url}', brand='migros')),
  ('crypto-investment', dict(sum='Yatırım danışmanınızla görüşme', desc='Merhaba {name}, yapay zeka destekli borsa platformumuzda günlük %3 kazanç. Danışmanınız sizi arayacak. Kayıt: {url}', brand='ai')),
  ('dating-sextortion', dict(sum='Yakınında biri seni beğendi', desc='Profiline bak: {url}', brand='dating')),
  ('mass-invite', dict(sum='Bedava iPhone çekilişi', desc='Katılım için tıklayın: {url}', brand='giveaway')),
 ],
 'ham': [
  ('appointment-booking', dict(sum='Diş hekimi randevusu', sub='Randevunuz onaylandı', desc='Sayın {fullname},\n{date} saat {time} için {doctor} ile randevunuz onaylanmıştır. İptal için {phone}.', kind='doctor')),
  ('recruiter', dict(sum='Mülakat: {role}', desc='Merhaba {name},\nbaşvurunuz için teşekkürler. İlk görüşme daveti ektedir. Görüşme bağlantısı davetin içindedir.\n{sender}', kind='video')),
  ('personal-invite', dict(sum='Doğum günü yemeği', desc='Cumartesi akşamı bizde yemek var, bekliyoruz!', kind='dinner')),
  ('vendor-webinar', dict(sum='Ücretsiz webinar: e-ticarette lojistik', sub='Kaydınız alındı', desc='Merhaba {name}, webinar kaydınız tamamlandı. Katılımcılara özel indirim teklifi sunulacaktır.\nBağlantı: {zoomurl}', kind='zoom')),
 ]},
'ru': {
 'spam': [
  ('crypto-investment', dict(sum='Ваш доход от инвестиций готов к выводу', desc='Здравствуйте, {name}! На вашем счёте {amount} USDT. Для вывода средств подтвердите данные: {url}', brand='btc')),
  ('dating-sextortion', dict(sum='Последнее предупреждение', desc='Я получил доступ к вашему устройству и записал видео. Переведите {amount} USD в биткоинах на адрес {btc} в течение 48 часов, иначе видео увидят все ваши контакты.', brand='sextortion')),
  ('advance-fee', dict(sum='Компенсация для пострадавших от мошенничества', desc='Уважаемый(ая) {name}! Вам начислена компенсация 185 000 руб. Для получения оплатите комиссию за перевод. Подробности: {url}', brand='compensation')),
  ('credential-phish', dict(sum='Госуслуги: подтвердите учётную запись', desc='Ваша учётная запись будет заблокирована. Подтвердите данные до {date}: {url}', brand='gov')),
  ('fake-update-lure', dict(sum='Созвон по проекту', desc='Для подключения к встрече установите обновлённый клиент конференций: {url}', brand='meetclient')),
 ],
 'ham': [
  ('vendor-webinar', dict(sum='Вебинар: миграция в облако', sub='Вы зарегистрированы на вебинар', desc='Здравствуйте, {name}!\nСпасибо за регистрацию. Участие бесплатное, для участников действует специальное предложение.\nСсылка для подключения: {url}', kind='esp')),
  ('it-notice', dict(sum='Плановые работы: обновление почтового сервера', desc='Коллеги, в указанное время почта будет недоступна около часа. Действий не требуется.\nИТ-отдел', kind='maint')),
  ('reply-cancel', dict(sum='Планёрка', kind='CANCEL', desc='Отменяю, обсудим в чате.')),
  ('list-copy', dict(sum='Семинар кафедры', desc='Докладчик: {speaker}. Тема: {talk}. Аудитория {room}.', list='seminar')),
  ('personal-invite', dict(sum='Новоселье', desc='Ждём вас у нас в субботу! Адрес пришлю в мессенджере.', kind='party')),
 ]},
'el': {
 'spam': [
  ('fee-scam', dict(sum='ΕΛΤΑ: Το δέμα σας είναι σε αναμονή', desc='Το δέμα {ref} δεν παραδόθηκε. Πληρώστε τα τέλη 1,99 EUR για νέα παράδοση: {url}', brand='elta')),
  ('prize-survey-lure', dict(sum='Συγχαρητήρια! Κερδίσατε δωροκάρτα 500 EUR', desc='Απαντήστε σε σύντομη έρευνα για να παραλάβετε το δώρο σας: {url}', brand='survey')),
  ('compromised-docshare', dict(sum='Παραγγελία {ref} - έγγραφα', desc='Καλησπέρα σας,\nσας στέλνουμε τα έγγραφα της παραγγελίας στον παρακάτω σύνδεσμο:\n{url}\nΜε εκτίμηση,\n{sender}', brand='po')),
  ('nagging-payload', dict(sum='Η συσκευή σας κινδυνεύει', desc='Καθαρίστε τη συσκευή σας τώρα: {url}', brand='virus')),
 ],
 'ham': [
  ('travel-booking', dict(sum='Πτήση {flight} {from_city} - {to_city}', sub='Επιβεβαίωση κράτησης {pnr}', desc='Αγαπητέ/ή {fullname},\nευχαριστούμε για την κράτηση.\nΚωδικός κράτησης: {pnr}\nΑναχώρηση: {date} {time}\nΣύνολο: {amount} EUR', kind='flight')),
  ('community-series', dict(sum='Πρόβα χορωδίας', desc='Κάθε Πέμπτη στην αίθουσα της ενορίας.', kind='weekly')),
  ('support-callback', dict(sum='Τηλεφωνική υποστήριξη - αίτημα {case}', desc='Καλησπέρα {name}, όπως ζητήσατε θα σας καλέσουμε για το αίτημα {case}.', kind='vendor')),
  ('finance-reminder', dict(sum='Προθεσμία υποβολής εξόδων', desc='Υπενθύμιση: οι αναφορές εξόδων υποβάλλονται έως το τέλος της ημέρας.\nΛογιστήριο', kind='cutoff')),
 ]},
'ar': {
 'spam': [
  ('advance-fee', dict(sum='تعويض مالي بقيمة 2.5 مليون دولار', desc='عزيزي {name}، تمت الموافقة على صرف تعويض مالي باسمك. يرجى التواصل مع مسؤول الدفع على البريد {email2} لإتمام الإجراءات.', brand='un')),
  ('crypto-investment', dict(sum='فرصة استثمارية: أرباح يومية 5%', desc='مرحبًا {name}، منصتنا للتداول بالذكاء الاصطناعي تحقق أرباحًا يومية. سجّل الآن: {url}', brand='ai')),
  ('prize-survey-lure', dict(sum='مبروك! ربحت بطاقة هدايا بقيمة 1000 ريال', desc='أكمل الاستبيان القصير للحصول على جائزتك: {url}', brand='survey')),
  ('task-job-scam', dict(sum='وظيفة عن بعد بدخل يومي', desc='مرحبًا {name}، نبحث عن موظفين لمهام بسيطة عبر الهاتف. تواصل معنا على واتساب: {phone}', brand='whatsapp')),
 ],
 'ham': [
  ('recruiter', dict(sum='مقابلة عمل: {role}', desc='مرحبًا {name}،\nشكرًا لاهتمامك بالوظيفة. نرسل لك دعوة للمقابلة الأولى عبر الفيديو.\n{sender}', kind='video')),
  ('forwarded-invite', dict(sum='اجتماع مراجعة المشروع', note='أعيد توجيه الدعوة إليك، أرجو الحضور بدلاً مني.', kind='fw')),
  ('team-meeting', dict(sum='الاجتماع الأسبوعي للفريق', desc='جدول الأعمال في الملف المشترك.', kind='weekly')),
  ('support-callback', dict(sum='مكالمة دعم فني - طلب {case}', desc='مرحبًا {name}، كما طلبت، سيتصل بك أحد المختصين بخصوص الطلب {case}.', kind='vendor')),
 ]},
'he': {
 'spam': [
  ('credential-phish', dict(sum='בנק הפועלים: נדרש אימות חשבון', desc='לקוח יקר, זוהתה פעילות חריגה בחשבונך. יש לאמת את פרטיך עד {date}: {url}', brand='bank')),
  ('bec', dict(sum='העברה דחופה', desc='היי {name}, אני בפגישה. צריך ממך לבצע העברה דחופה לספק חדש היום. תענה לי רק במייל.\n{sender}', brand='wire')),
  ('fake-update-lure', dict(sum='פגישת סטטוס', desc='כדי להצטרף לפגישה יש להתקין את העדכון האחרון של תוכנת הפגישות: {url}', brand='meetclient')),
  ('mass-invite', dict(sum='הגרלת אייפון חינם', desc='להשתתפות לחצו: {url}', brand='giveaway')),
 ],
 'ham': [
  ('reply-cancel', dict(sum='ישיבת צוות', kind='REPLY', partstat='TENTATIVE')),
  ('colleague-docshare', dict(sum='סקירת מצגת', desc='הטיוטה נמצאת כאן: {url}\nאשמח להערות לפני הפגישה.', kind='gdoc')),
  ('finance-reminder', dict(sum='תזכורת: לעולם לא נשנה פרטי בנק במייל', desc='ספקים יקרים, כל שינוי בפרטי חשבון בנק יאומת בשיחה טלפונית למספר הקיים אצלנו. לא נבקש לעולם העברה לחשבון חדש במייל.\nמחלקת כספים', kind='warning')),
  ('it-notice', dict(sum='עבודות תחזוקה מתוכננות', desc='בזמן זה ה-VPN לא יהיה זמין. אין צורך בפעולה.\nמחלקת מחשוב', kind='maint')),
 ]},
'zh': {
 'spam': [
  ('retail-sale-wave', dict(sum='双十一特惠 名牌包包1折起', desc='限时抢购，全场包邮。点击进入：{url}', brand='bags')),
  ('task-job-scam', dict(sum='兼职刷单 日结300元', desc='{name}您好，手机操作，每天1小时，日结工资。请加客服微信或Telegram：{tg}', brand='telegram')),
  ('nagging-payload', dict(sum='【重要】您的账户存在风险', desc='请立即处理：{url}', brand='virus')),
  ('mass-invite', dict(sum='免费领取iPhone 活动', desc='点击参与：{url}', brand='giveaway')),
  ('compromised-docshare', dict(sum='采购订单 {ref} - 请查收', desc='您好，\n请查收附件中的采购订单，文件已上传至云端：\n{url}\n谢谢！\n{sender}', brand='po')),
 ],
 'ham': [
  ('vendor-webinar', dict(sum='线上研讨会：企业数据安全实践', sub='报名成功：企业数据安全实践', desc='{name}您好，\n感谢报名。本次研讨会免费参加，参会者可享受专属优惠。\n会议链接：{zoomurl}', kind='zoom')),
  ('team-meeting', dict(sum='项目周会', desc='请提前更新进度表。', kind='weekly')),
  ('finance-reminder', dict(sum='报销截止提醒', desc='请于今天下班前提交本月报销单。\n财务部', kind='cutoff')),
  ('travel-booking', dict(sum='航班 {flight} {from_city} - {to_city}', sub='机票预订确认 {pnr}', desc='尊敬的{fullname}：\n您的机票已出票。\n订单号：{pnr}\n航班：{flight}\n出发：{date} {time}\n总价：{amount} 元', kind='flight')),
  ('list-copy', dict(sum='学术报告：{talk}', desc='报告人：{speaker}\n地点：{room}\n欢迎参加。', list='seminar')),
 ]},
'zt': {
 'spam': [
  ('crypto-investment', dict(sum='投資老師帶單 每日獲利5%', desc='{name}您好，加入我們的股票投資群組，老師免費帶單。LINE：{tg}', brand='line')),
 ],
 'ham': [
  ('colleague-docshare', dict(sum='季度報告審閱', desc='文件放在共用資料夾：{url}\n會前請先看一下。', kind='gdoc')),
 ]},
'ja': {
 'spam': [
  ('retail-sale-wave', dict(sum='【最大90%OFF】ブランドバッグ在庫一掃セール', desc='本日限定。送料無料。{url}', brand='bags')),
  ('credential-phish', dict(sum='【三井住友カード】ご利用確認のお願い', desc='お客様のカードに不正利用の可能性があります。{date}までに本人確認を行ってください：{url}', brand='card')),
  ('callback-scam', dict(sum='ウイルス対策ソフト自動更新のお知らせ', desc='年間ライセンスが自動更新されました（39,800円）。解約はサポートセンターへ：{phone}', brand='norton')),
  ('dating-sextortion', dict(sum='ゆいさんからメッセージが届いています', desc='今夜会えませんか？こちらで待ってます {url}', brand='dating')),
  ('nagging-payload', dict(sum='【警告】ウイルスが検出されました', desc='今すぐ駆除：{url}', brand='virus')),
  ('fake-update-lure', dict(sum='定例ミーティング', desc='会議に参加するには最新版の会議アプリが必要です。こちらからインストールしてください：{url}', brand='meetclient')),
 ],
 'ham': [
  ('travel-booking', dict(sum='新幹線 {train} {from_city}→{to_city}', sub='【予約確認】{date} {from_city}→{to_city}', desc='{fullname} 様\nご予約ありがとうございます。\n予約番号：{pnr}\n{coach}号車 {seat}番\n合計：{amount}円', kind='rail')),
  ('appointment-booking', dict(sum='歯科検診のご予約', sub='ご予約確認のお知らせ', desc='{fullname} 様\n{date} {time} のご予約を承りました。\n変更・キャンセルはお電話ください：{phone}', kind='doctor')),
  ('it-notice', dict(sum='システムメンテナンスのお知らせ', desc='メンテナンス中はVPNがご利用いただけません。作業は不要です。\n情報システム部', kind='maint')),
  ('reply-cancel', dict(sum='定例会議', kind='REPLY', partstat='ACCEPTED')),
  ('support-callback', dict(sum='サポートからの折り返しお電話', desc='{name} 様\nお問い合わせ {case} の件で、ご指定の時間にお電話いたします。', kind='vendor')),
  ('forwarded-invite', dict(sum='キックオフ会議', note='転送します。ご参加ください。', kind='fw')),
 ]},
'ko': {
 'spam': [
  ('retail-sale-wave', dict(sum='명품 가방 최대 85% 할인', desc='오늘만 특가! 무료배송 {url}', brand='bags')),
  ('prize-survey-lure', dict(sum='축하합니다! 신세계 상품권 당첨', desc='간단한 설문 후 상품권을 받으세요: {url}', brand='survey')),
  ('task-job-scam', dict(sum='재택 부업 - 일 20만원', desc='{name}님, 간단한 온라인 업무입니다. 카카오톡 또는 텔레그램으로 문의: {tg}', brand='telegram')),
  ('callback-scam', dict(sum='해외결제 승인 안내 1,290,000원', desc='본인 결제가 아닐 경우 고객센터로 연락 바랍니다: {phone}', brand='card')),
  ('mass-invite', dict(sum='무료 코인 에어드랍', desc='지금 참여하세요: {url}', brand='crypto')),
 ],
 'ham': [
  ('appointment-booking', dict(sum='미용실 예약 - {stylist}', sub='예약이 확정되었습니다', desc='{name}님, 예약이 확정되었습니다.\n일시: {date} {time}\n디자이너: {stylist}', kind='salon')),
  ('vendor-webinar', dict(sum='무료 웨비나: 클라우드 비용 최적화', sub='웨비나 등록 완료', desc='{name}님, 등록해 주셔서 감사합니다. 참가자 전원에게 특별 할인 혜택을 드립니다.\n접속 링크: {zoomurl}', kind='zoom')),
  ('personal-invite', dict(sum='집들이', desc='토요일 저녁에 우리 집에서 모여요!', kind='party')),
  ('recruiter', dict(sum='면접 안내: {role}', desc='{name}님, 1차 면접 일정을 보내드립니다. 화상 면접 링크는 초대장에 있습니다.\n{sender} 드림', kind='video')),
  ('reply-cancel', dict(sum='주간 회의', kind='REPLY', partstat='DECLINED', comment='그날은 출장입니다.')),
 ]},
'hi': {
 'spam': [
  ('task-job-scam', dict(sum='घर बैठे काम - रोज़ ₹5000 कमाएं', desc='नमस्ते {name}, आसान ऑनलाइन काम, रोज़ भुगतान। व्हाट्सऐप पर संपर्क करें: {phone}', brand='whatsapp')),
  ('callback-scam', dict(sum='आपका सब्सक्रिप्शन नवीनीकृत हुआ - ₹24,999', desc='यदि आपने यह भुगतान नहीं किया है तो तुरंत कॉल करें: {phone}', brand='norton')),
  ('advance-fee', dict(sum='लॉटरी विजेता सूचना - KBC', desc='बधाई हो! आपने 25 लाख रुपये जीते हैं। प्रोसेसिंग शुल्क जमा करने के लिए संपर्क करें: {phone}', brand='lottery')),
  ('fee-scam', dict(sum='इंडिया पोस्ट: आपका पार्सल रुका हुआ है', desc='पता अधूरा होने के कारण पार्सल {ref} डिलीवर नहीं हो सका। 48 घंटे में पता अपडेट करें: {url}', brand='indiapost')),
 ],
 'ham': [
  ('recruiter', dict(sum='इंटरव्यू: {role}', desc='नमस्ते {name},\nआपके आवेदन के लिए धन्यवाद। पहले इंटरव्यू का निमंत्रण संलग्न है।\n{sender}', kind='video')),
  ('finance-reminder', dict(sum='बिल भुगतान की अंतिम तिथि', desc='कृपया इस महीने के सभी बिल आज शाम तक सिस्टम में अनुमोदित करें।\nवित्त विभाग', kind='cutoff')),
  ('team-meeting', dict(sum='साप्ताहिक टीम मीटिंग', desc='एजेंडा साझा फ़ोल्डर में है।', kind='weekly')),
  ('community-series', dict(sum='योग कक्षा', desc='हर रविवार सुबह पार्क में। अपनी मैट साथ लाएं।', kind='weekly')),
 ]},
'th': {
 'spam': [
  ('retail-sale-wave', dict(sum='ลดล้างสต็อก กระเป๋าแบรนด์เนม 90%', desc='วันนี้เท่านั้น ส่งฟรี {url}', brand='bags')),
  ('advance-fee', dict(sum='แจ้งผลรางวัล ลุ้นโชค 2 ล้านบาท', desc='ยินดีด้วย คุณได้รับรางวัล กรุณาชำระค่าธรรมเนียมเพื่อรับเงินรางวัล ติดต่อ LINE: {tg}', brand='lottery')),
  ('dating-sextortion', dict(sum='น้องมายด์อยากคุยกับคุณ', desc='คืนนี้ว่างไหม ดูรูปได้ที่นี่ {url}', brand='dating')),
  ('nagging-payload', dict(sum='โทรศัพท์ของคุณติดไวรัส', desc='ลบไวรัสทันที: {url}', brand='virus')),
 ],
 'ham': [
  ('travel-booking', dict(sum='เที่ยวบิน {flight} {from_city} - {to_city}', sub='ยืนยันการจอง {pnr}', desc='เรียน คุณ{fullname}\nรหัสการจอง: {pnr}\nออกเดินทาง: {date} {time}\nราคารวม: {amount} บาท', kind='flight')),
  ('personal-invite', dict(sum='งานวันเกิด', desc='เสาร์นี้มากินข้าวที่บ้านนะ', kind='party')),
  ('support-callback', dict(sum='นัดหมายช่างติดตั้งอินเทอร์เน็ต', desc='เจ้าหน้าที่จะโทรหาคุณก่อนเข้าติดตั้งประมาณ 30 นาที หมายเลขคำสั่งซื้อ {ref}', kind='isp')),
  ('recruiter', dict(sum='นัดสัมภาษณ์งาน: {role}', desc='สวัสดีคุณ{name}\nขอเชิญสัมภาษณ์รอบแรกผ่านวิดีโอคอล ลิงก์อยู่ในคำเชิญ\n{sender}', kind='video')),
 ]},
}
