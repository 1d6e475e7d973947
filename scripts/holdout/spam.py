"""Spam campaigns of the held-out corpus. One function per category."""
from __future__ import annotations

import datetime as dt

from common import FREEMAIL, button_html, others, randmail, throwaway
from kit import UTC, html_escape, text_to_html


def when(y, mo=None, d=None, h=None, g=None):
    mo = mo or g.rng.randint(1, 12)
    d = d or g.rng.randint(1, 28)
    h = h if h is not None else g.rng.randint(0, 23)
    t = dt.datetime(y, mo, d, h, g.rng.randint(0, 59), g.rng.randint(0, 59), tzinfo=UTC)
    return min(t, dt.datetime(2026, 6, 20, 10, 0, tzinfo=UTC))


def mk(g, cat, desc, combo, year, summary, body=None, *, lang="en", tz="UTC", frm=None, subject=None, html=None,
       text=None, ev=None, mo=None, to=None, **kw):
    """Assemble one spam spec. combo = (infra, client)."""
    infra, client = combo
    rcpt = to or g.staff()
    arrival = when(year, mo, g=g)
    e = {"summary": summary, "desc": body, "tz": tz, "days": g.pick([0, 0, 1, 1, 2]), "at": (g.rng.randint(8, 20), g.pick([0, 15, 30, 45])), "dur": g.pick([30, 60, 60, 120])}
    if ev:
        e.update(ev)
    spec = {"label": "spam", "cat": cat, "desc": desc, "arrival": arrival, "to": [rcpt], "infra": infra, "client": client,
            "lang": lang, "sender_tz": kw.pop("sender_tz", tz if tz != "UTC" else "UTC"), "ev": e}
    if frm is None:
        if infra == "gcal":
            frm = randmail(g, g.pick(["gmail.com", "gmail.com", throwaway(g)]))
        elif infra == "outlookcom":
            frm = randmail(g, g.pick(["outlook.com", "hotmail.com", "outlook.com"]))
        elif infra == "icloud":
            frm = randmail(g, "icloud.com")
        elif infra == "yahoo":
            frm = randmail(g, "yahoo.com")
        else:
            frm = ("Customer Service", f"info@{throwaway(g)}")
    if infra == "icloud":
        e.setdefault("organizer", frm)
        spec["from"] = (frm[0], "noreply@insideicloud.icloud.com" if arrival.year < 2020 else "noreply@email.apple.com")
    else:
        spec["from"] = frm
        e.setdefault("organizer", frm)
    e.setdefault("attendees", [(rcpt[0], rcpt[1])])
    if subject:
        spec["subject"] = subject
    if html:
        spec["html"] = html
    if text is not None:
        spec["text"] = text
    spec.update(kw)
    return spec


G = ("gcal", "google")
IC = ("icloud", "icloud")
OC = ("outlookcom", "outlook")
O365 = ("o365", "outlook")
KIT = ("vps", "spamkit")
BARE = ("vps", "bare")
GEN = ("vps", "generic")
YA = ("yahoo", "yahoo")


def esp(name, client="esp"):
    return (f"esp:{name}", client)


def withurl(text, url):
    return text.replace("{url}", url)


# ---------------------------------------------------------------------------
def retail(g):
    c = "retail"
    L = []
    u = f"http://www.rb-{g.lower(4)}.example.com/?sale={g.rng.randint(100, 999)}"
    L.append(mk(g, c, "sunglasses clearance via iCloud invite, 2016 Black Friday style", IC, 2016,
                "Ray-Ban & Oakley Sunglasses only $19.99 – Black Friday",
                f"Black Friday Mega Sale!\nAll Ray-Ban and Oakley sunglasses 85% OFF, only $19.99 today.\nFree shipping worldwide.\nShop now: {u}", mo=11,
                tz="America/New_York", ev={"days": 0, "at": (9, 0)}))
    u = f"https://{throwaway(g)}/fr/bijoux?utm_source=cal&id={g.hex(10)}"
    L.append(mk(g, c, "French jewellery winter sale, bulk kit", KIT, 2019, "Soldes d'hiver : bijoux charms -70 %",
                f"Derniers jours des soldes ! Bracelets et charms jusqu'à -70 %. Livraison offerte dès 29 €.\n{u}", lang="fr", tz="Europe/Paris",
                frm=("Bijoux Outlet", f"contact@{throwaway(g)}"),
                html=button_html("Soldes d'hiver : jusqu'à -70 %", ["Bracelets, charms et bagues en argent 925 à prix cassés.", "Offre valable jusqu'à minuit."], "J'EN PROFITE", u, "#b0005a", "Pour ne plus recevoir nos offres, cliquez ici.", lang="fr")))
    u = f"https://{throwaway(g)}/heizer/angebot?k={g.hex(8)}"
    L.append(mk(g, c, "German plug-in heater promotion through an abused ESP", esp("sendgrid"), 2022, "Heizkosten sparen: Mini-Heizer jetzt 70 % günstiger",
                f"Energiepreise explodieren? Dieser Steckdosen-Heizer wärmt jeden Raum in 2 Minuten.\nNur heute 70 % Rabatt: {u}", lang="de", tz="Europe/Berlin", mo=11,
                frm=("WärmePro Deutschland", f"angebote@{throwaway(g)}"), method="PUBLISH",
                html=button_html("Nie wieder frieren – und trotzdem sparen", ["Der neue Mini-Heizer wird einfach in die Steckdose gesteckt.", "<b>Nur heute: 70 % Rabatt + kostenloser Versand</b>"], "Jetzt bestellen", u, "#e4572e", "Abmelden", lang="de")))
    u = f"https://bit.ly/3{g.alnum(6)}"
    L.append(mk(g, c, "diet gummies via Google Calendar from a throwaway Workspace domain", G, 2021, "Doctors stunned: melt 23 lbs without diet",
                f"Celebrity nutritionist reveals the keto gummy trick big pharma hates.\nLimited stock - order 3 get 2 FREE: {u}\nOffer ends tonight!",
                frm=randmail(g, throwaway(g)), tz="America/Chicago"))
    u = f"https://{throwaway(g)}/es/iphone-15-pro"
    L.append(mk(g, c, "Spanish phone liquidation from a free Outlook.com account", OC, 2024, "Liquidación: iPhone 15 Pro por 49 € – últimas unidades",
                f"¡Solo hoy! Liquidación de stock: iPhone 15 Pro 256 GB por 49 €.\nQuedan 7 unidades. Resérvalo aquí: {u}", lang="es", tz="Europe/Madrid"))
    atts = others(g, 38)
    L.append(mk(g, c, "replica watches through Yahoo Calendar with a long attendee list", YA, 2017, "Swiss replica watches 1:1 – 80% off",
                "Top quality replica Rolex, Omega, Patek. 1:1 Swiss grade. Ship in 24h, discreet packing.\nOrder on WhatsApp +1 646 555 0182 or www.watch-" + g.lower(4) + ".example.org",
                frm=randmail(g, "yahoo.com"), ev={"attendees": atts, "seq": 0}, tz="America/New_York"))
    u = f"https://{throwaway(g)}/it/materassi"
    L.append(mk(g, c, "Italian mattress clearance through an appointment tool on Mailgun", esp("mailgun", "ruby"), 2023, "Svendita totale materassi memory -80%",
                f"Chiusura magazzino: materassi in memory foam a partire da 99 €.\nConsegna gratuita in 48 ore. Approfitta ora: {u}", lang="it", tz="Europe/Rome",
                frm=("Materassi Italia", f"noreply@{throwaway(g)}"), esp_dom="mg." + throwaway(g),
                html=button_html("Svendita totale", ["Materassi memory foam -80%", "Ultimi pezzi disponibili"], "Scopri l'offerta", u, "#0b6e4f", lang="it")))
    u = f"https://{throwaway(g)}/nl/dyson"
    salad = " ".join(g.pick(["kamer", "fiets", "winter", "boek", "water", "lamp", "stoel", "tuin"]) for _ in range(60))
    L.append(mk(g, c, "Dutch vacuum cleaner sell-off with hidden text salad, empty plain part", KIT, 2025, "Uitverkoop: Dyson V15 voor €39,95",
                f"Dyson V15 Detect nu €39,95 (was €749). Op = op! {u}", lang="nl", tz="Europe/Amsterdam", text="",
                frm=("Dyson Uitverkoop", f"nieuwsbrief.{g.lower(5)}@{throwaway(g)}"),
                html=button_html("Magazijn leeg – alles moet weg!", ["Dyson V15 Detect voor slechts <b>€39,95</b>", "Nog 12 stuks op voorraad"], "BESTEL NU", u, "#7b2cbf", hidden=salad, lang="nl")))
    u = f"https://{g.lower(6)}.web.app/stanley"
    L.append(mk(g, c, "tumbler restock offer from a gmail organizer via Google Calendar", G, 2024, "Stanley Quencher 40oz restock – $9.99 today only",
                f"Congrats! You qualify for our holiday restock.\nStanley Quencher H2.0 40oz just $9.99 + free shipping.\nClaim yours: {u}", mo=12,
                frm=randmail(g, "gmail.com"), tz="America/Los_Angeles"))
    u = f"http://{throwaway(g)}/jp/sale"
    L.append(mk(g, c, "Japanese brand-bag clearance from a VPS", GEN, 2020, "【本日限定】ブランドバッグ 90%OFF 在庫一掃セール",
                f"人気ブランドバッグが最大90%OFF！\n在庫限りの特別価格です。送料無料。\n今すぐチェック → {u}", lang="ja", tz="Asia/Tokyo",
                frm=("ブランド館 公式", f"shop@{throwaway(g)}")))
    u = f"https://{throwaway(g)}/pl/olej-cbd"
    L.append(mk(g, c, "Polish CBD oil miracle-cure pitch", KIT, 2023, "Olej CBD – lekarze w szoku. Ból stawów znika w 7 dni",
                f"Naturalny olej CBD 30% – zamów dziś z rabatem 50%.\nDarmowa dostawa, płatność przy odbiorze: {u}", lang="pl", tz="Europe/Warsaw",
                frm=("Zdrowie Natura", f"oferta@{throwaway(g)}")))
    return L


def prize(g):
    c = "prize"
    L = []
    u = f"https://{g.lower(7)}.pages.dev/costco?s={g.hex(6)}"
    L.append(mk(g, c, "warehouse-club anniversary survey promising a gift card", G, 2021, "Costco 40th Anniversary – complete survey, get $500 gift card",
                f"Dear Costco member,\nYou have been selected to take part in our 40th anniversary survey. It takes 30 seconds.\nAfter completing it you will receive a $500 gift card.\nStart here: {u}",
                frm=randmail(g, throwaway(g)), tz="America/Denver"))
    u = f"http://{g.lower(4)}.{throwaway(g)}/r.php?{g.hex(14)}"
    L.append(mk(g, c, "Dutch supermarket gift-card draw, bulk kit with empty plain part", KIT, 2025, "Je maakt kans op een Albert Heijn cadeaukaart van €500",
                f"Vul onze korte enquête in en maak kans op een AH cadeaukaart t.w.v. €500. Nog maar 3 kaarten beschikbaar! {u}", lang="nl", tz="Europe/Amsterdam", text="",
                frm=("AH-klantenpanel", f"panel.{g.lower(4)}@{throwaway(g)}"),
                html=f'<html><body><a href="{u}"><img src="https://i.imgur.com/{g.alnum(7)}.png" width="600" alt="Albert Heijn"></a><div style="display:none">{g.alnum(200)}</div></body></html>'))
    u = f"https://{throwaway(g)}/lidl/umfrage"
    L.append(mk(g, c, "German discounter survey with cordless-drill reward via Mailgun", esp("mailgun"), 2023, "Glückwunsch! Ihr Parkside Akkuschrauber-Set wartet",
                f"Lidl Kundenumfrage 2023: Sie wurden ausgewählt!\nBeantworten Sie 4 Fragen und erhalten Sie ein Parkside Akkuschrauber-Set für nur 1,95 € Versand.\n{u}", lang="de", tz="Europe/Berlin",
                frm=("Lidl Kundenservice", f"umfrage@{throwaway(g)}")))
    u = f"https://{throwaway(g)}/carte-cadeau"
    L.append(mk(g, c, "French supermarket gift card win", KIT, 2024, "Félicitations ! Votre carte cadeau Carrefour de 250 €",
                f"Vous êtes notre gagnant du mois. Pour recevoir votre carte cadeau Carrefour de 250 €, confirmez simplement votre adresse avant 23h59 : {u}", lang="fr", tz="Europe/Paris",
                frm=("Carrefour Fidélité", f"jeux@{throwaway(g)}")))
    u = f"https://tinyurl.com/{g.lower(8)}"
    L.append(mk(g, c, "online-retailer reward pending, pay shipping", GEN, 2022, "You have (1) reward pending – confirm shipping ($2.95)",
                f"Amazon Rewards\nYour loyalty reward (Apple AirPods Pro) is pending.\nOnly shipping of $2.95 is required.\nConfirm before the reservation expires: {u}", frm=("Amazon Rewards", f"rewards@{throwaway(g)}")))
    u = f"https://{throwaway(g)}/mercadona/opinion"
    L.append(mk(g, c, "Spanish supermarket opinion survey with 300 EUR voucher from Outlook.com", OC, 2023, "Tu opinión vale 300 € – Mercadona",
                f"Queremos conocer tu opinión. Completa la encuesta y llévate un cheque regalo de 300 €.\nSolo hoy: {u}", lang="es", tz="Europe/Madrid"))
    u = f"https://{throwaway(g)}/buono"
    L.append(mk(g, c, "Italian grocery voucher win via booking tool", esp("mailgun", "ruby"), 2024, "Ha vinto un buono Esselunga da 500 €",
                f"Gentile cliente, il suo numero è stato estratto. Riscatti il buono entro 48 ore: {u}", lang="it", tz="Europe/Rome",
                frm=("Esselunga Premi", f"premi@{throwaway(g)}")))
    u = f"https://docs.google.com/forms/d/e/1FAIpQL{g.alnum(40)}/viewform"
    L.append(mk(g, c, "Swedish grocery gift card via Google Calendar and a Google Form", G, 2022, "Grattis! Du har vunnit ett presentkort på 5 000 kr",
                f"Du är en av våra utvalda kunder. Svara på tre frågor för att hämta ditt ICA-presentkort på 5 000 kr:\n{u}", lang="sv", tz="Europe/Stockholm"))
    u = f"http://{throwaway(g)}/wm/selected"
    L.append(mk(g, c, "big-box retailer selected-winner invite via iCloud", IC, 2019, "Congrats! You've been selected – Dyson Airwrap",
                f"Walmart Shopper Appreciation\nYou have been selected to receive a Dyson Airwrap. Claim now (1 left): {u}", tz="America/Chicago"))
    u = f"https://{throwaway(g)}/points"
    L.append(mk(g, c, "fuel loyalty points expiring", GEN, 2020, "Your 14,800 Shell points expire today",
                f"Shell Go+ : 14,800 points will expire at midnight.\nRedeem them now for a Bose headset or fuel vouchers: {u}", frm=("Shell Go+", f"points@{throwaway(g)}"), tz="Europe/London"))
    u = f"https://{g.lower(6)}.web.app/premio"
    L.append(mk(g, c, "Brazilian retailer phone giveaway via Google Calendar", G, 2024, "Parabéns! Você ganhou um iPhone 15 – Magazine Luiza",
                f"Você foi sorteado(a) na promoção de aniversário. Pague apenas o frete de R$ 9,90 e receba seu iPhone 15:\n{u}", lang="pt", tz="America/Sao_Paulo"))
    return L


def crypto(g):
    c = "crypto"
    L = []
    u = f"https://pub-{g.hex(32)}.r2.dev/coinbase/verify.html"
    L.append(mk(g, c, "exchange withdrawal pending, confirm within 24h", G, 2022, "Your 0.4817 BTC withdrawal is pending",
                f"Coinbase Security\nA withdrawal of 0.4817 BTC ($19,402.11) to an external wallet is pending.\nIf you did not request this, cancel within 24 hours: {u}",
                frm=randmail(g, throwaway(g)), ev={"alarms": ["-PT5M"]}))
    L.append(mk(g, c, "AI trading-bot webinar with guaranteed daily returns", esp("sendgrid"), 2023, "Live: AI trading bot – 3.8% daily returns, guaranteed",
                "Join our free live session. Our AI bot made members $12,400 last month. Guaranteed 3.8% daily, withdraw anytime.\nReserve your seat on Telegram: https://t.me/+" + g.alnum(16),
                frm=("Quantum AI Team", f"events@{throwaway(g)}"), method="PUBLISH", ev={"days": 2, "at": (19, 0), "dur": 90}))
    u = f"https://{throwaway(g)}/de/auszahlung"
    L.append(mk(g, c, "German bitcoin profit payout release", KIT, 2021, "Ihr Bitcoin-Konto weist 12.480 € auf – Auszahlung freigeben",
                f"Guten Tag,\nIhr Konto bei Bitcoin Profit wurde aktiviert. Aktueller Stand: 12.480,00 €.\nGeben Sie die Auszahlung jetzt frei: {u}", lang="de", tz="Europe/Berlin",
                frm=("Bitcoin Profit", f"service@{throwaway(g)}")))
    u = f"https://{throwaway(g)}/ru/wallet"
    L.append(mk(g, c, "Russian wallet credited, confirm withdrawal", GEN, 2023, "Ваш криптокошелёк получил 2,5 ETH — подтвердите вывод",
                f"Здравствуйте!\nНа ваш кошелёк зачислено 2,5 ETH. Для вывода средств подтвердите личность до конца дня: {u}", lang="ru", tz="Europe/Moscow",
                frm=("Крипто Сервис", f"support@{throwaway(g)}")))
    L.append(mk(g, c, "Japanese investment chat-group invitation from Outlook.com", OC, 2023, "株式投資LINEグループ 無料招待のご案内",
                "著名アナリストが直接指導！月利30%実績の銘柄を無料で公開中。\n参加はこちら: https://line.me/ti/g2/" + g.alnum(22) + "\n定員になり次第締め切ります。", lang="ja", tz="Asia/Tokyo"))
    u = f"https://{g.lower(8)}.{throwaway(g)}/metamask-sync"
    L.append(mk(g, c, "wallet sync deadline through an appointment-booking platform", esp("mailgun", "ruby"), 2022, "MetaMask wallet sync required",
                f"Action required: all wallets must be synchronised before the network upgrade. Unsynced wallets will be suspended.\nSync now: {u}",
                frm=("MetaMask Support", f"noreply@{throwaway(g)}")))
    L.append(mk(g, c, "celebrity double-your-bitcoin live giveaway", G, 2021, "LIVE: 5,000 BTC giveaway – send 0.1, get 0.2 back",
                "Official giveaway event. Send 0.1 – 20 BTC to the address below and receive double back instantly.\nbc1q" + g.lower(38) + "\nLive stream: https://" + throwaway(g) + "/live",
                frm=randmail(g, "gmail.com"), ev={"days": 0, "minutes": 20}))
    u = f"https://{throwaway(g)}/es/registro"
    L.append(mk(g, c, "Spanish invest-250-earn-4000 platform via SES", esp("ses"), 2022, "Invierte 250 € y gana 4.000 € al mes",
                f"Plataforma autorizada. Sin experiencia. Un asesor te llamará hoy.\nRegístrate: {u}", lang="es", tz="Europe/Madrid",
                frm=("Inversión Inteligente", f"info@{throwaway(g)}")))
    u = f"https://{throwaway(g)}/tr/cekim"
    L.append(mk(g, c, "Turkish crypto balance credited", KIT, 2024, "Kripto hesabınıza 18.650 TL yatırıldı – hemen çekin",
                f"Tebrikler! Hesabınıza 18.650 TL bonus tanımlandı. 24 saat içinde çekim yapmazsanız bakiye iptal edilecektir: {u}", lang="tr", tz="Europe/Istanbul",
                frm=("Kripto Destek", f"destek@{throwaway(g)}")))
    u = f"http://{throwaway(g)}/ledger/firmware"
    L.append(mk(g, c, "hardware-wallet firmware scare with reminder alarm", GEN, 2020, "Firmware update required: your Nano X assets are at risk",
                f"Ledger Security Notice\nA vulnerability affects Ledger Nano X devices. Update the firmware and re-validate your 24-word recovery phrase: {u}",
                frm=("Ledger", f"security@{throwaway(g)}"), ev={"alarms": ["-PT15M", "-P1D"]}))
    L.append(mk(g, c, "Italian trading-advisor appointment (pig-butchering funnel)", GEN, 2023, "Il tuo consulente di trading ti aspetta – conferma l'appuntamento",
                "Gentile investitore, il suo consulente personale la chiamerà domani per attivare il conto da 250 €.\nRendimento medio 1.200 € a settimana. Confermi qui: https://" + throwaway(g) + "/it/appuntamento",
                lang="it", tz="Europe/Rome", frm=("Consulenza Trading", f"agenda@{throwaway(g)}"), ev={"days": 1, "at": (11, 0), "dur": 30}))
    return L


def romance(g):
    c = "romance"
    L = []
    u = f"https://{throwaway(g)}/m/{g.hex(6)}"
    L.append(mk(g, c, "dating lure: private message, meet tonight", G, 2020, "Anna (27) sent you a private message 💋",
                f"Hey, I saw your profile and I think we could have fun 😉\nI'm free tonight, are you?\nSee my photos: {u}", frm=("Anna", f"anna.{g.lower(5)}@gmail.com"), ev={"days": 0, "at": (21, 0)}))
    btc = "bc1q" + g.lower(38)
    L.append(mk(g, c, "sextortion with a payment deadline as the event", GEN, 2019, "Payment deadline – read carefully",
                f"I have access to your device and recorded you while you were watching adult videos.\nTransfer 1450 USD in Bitcoin to {btc} within 48 hours or the video goes to all your contacts.\nThe timer started when you opened this invitation.",
                frm=(None, g.staff()[1]), ev={"days": 2, "at": (23, 59), "dur": 1, "alarms": ["-PT1H", "-P1D"]}, auth={"spf": ("softfail", "example.net"), "dkim": [("none", "")], "dmarc": ("fail", "example.net")}))
    L.append(mk(g, c, "German sextortion (device hacked)", KIT, 2021, "Ich habe Ihr Gerät gehackt",
                f"Hallo, ich habe vor einigen Monaten Zugriff auf Ihr Gerät erhalten und Sie über die Kamera aufgenommen.\nÜberweisen Sie 1.200 € in Bitcoin an {btc}. Sie haben 50 Stunden.", lang="de", tz="Europe/Berlin",
                frm=("Hacker", f"{g.lower(9)}@{throwaway(g)}"), ev={"days": 2}))
    L.append(mk(g, c, "French dating lure via iCloud", IC, 2018, "Sophie, 34 ans, habite près de chez vous",
                f"Sophie vous a envoyé un clin d'œil 😘\nElle cherche une rencontre discrète ce week-end.\nVoir son profil : http://{throwaway(g)}/fr/profil", lang="fr", tz="Europe/Paris"))
    L.append(mk(g, c, "Portuguese discreet encounter via Outlook.com", OC, 2022, "Encontro discreto hoje à noite? 🔥",
                f"Oi! Vi suas fotos e adorei. Tenho fotos privadas para você.\nAcesse: https://{throwaway(g)}/pt/privado", lang="pt", tz="America/Sao_Paulo"))
    L.append(mk(g, c, "Spanish private message via Mailgun", esp("mailgun"), 2023, "Mensaje privado de Valentina ❤",
                f"Valentina (29) te ha dejado un mensaje privado. Está a 3 km de ti.\nLéelo gratis: https://{throwaway(g)}/es/msg", lang="es", tz="Europe/Madrid",
                frm=("Citas Cercanas", f"alertas@{throwaway(g)}")))
    L.append(mk(g, c, "Polish lonely-women-nearby lure", KIT, 2024, "Samotne kobiety w Twojej okolicy czekają",
                f"3 nowe wiadomości od kobiet z Twojej okolicy. Zarejestruj się za darmo: https://{throwaway(g)}/pl", lang="pl", tz="Europe/Warsaw",
                frm=("Randki24", f"info@{throwaway(g)}")))
    L.append(mk(g, c, "military romance scam asking for help with leave fees", G, 2019, "From Sgt. James Walker – I need your help",
                "Hello my dear, I am a US soldier on peacekeeping mission. I have found love in you. I need your help to pay my leave fee of $1,850 so I can come home to you.\nPlease reply to my private email jameswalker" + str(g.rng.randint(10, 99)) + "@proton.me",
                frm=("James Walker", f"sgt.jameswalker{g.rng.randint(10, 99)}@gmail.com")))
    L.append(mk(g, c, "Japanese dating message notification", GEN, 2022, "【非公開】近くの女性からメッセージが届いています",
                f"あなたの近くに住む女性から2件のメッセージが届いています。\n今すぐ確認 → https://{throwaway(g)}/jp/msg", lang="ja", tz="Asia/Tokyo",
                frm=("出会いサポート", f"info@{throwaway(g)}")))
    L.append(mk(g, c, "Italian sextortion with bitcoin demand and alarm", KIT, 2022, "Ho registrato il tuo video",
                f"Ho installato un malware sul tuo computer e ho registrato un video. Paga 900 € in Bitcoin a {btc} entro la scadenza di questo evento.", lang="it", tz="Europe/Rome",
                frm=(None, f"{g.lower(10)}@{throwaway(g)}"), ev={"days": 3, "alarms": ["-PT2H"]}))
    return L


def advance_fee(g):
    c = "advance_fee"
    L = []
    tgt = g.staff()
    sb = randmail(g, g.pick(["yahoo.com", "gmail.com", "outlook.com"]))
    L.append(mk(g, c, "Yahoo Calendar 'cancelled' compensation fund with many attendees and method mismatch", YA, 2017,
                "ATTN: Your compensation fund of $4.5M",
                "This is to inform you that the United Nations compensation committee has approved the sum of $4,500,000 in your favour. Contact our payment officer Mr. Daniel Ochieng on " + sb[1] + " with your full name and phone number.",
                method="CANCEL", method_param="REQUEST", subject="Cancelled: ATTN: Your compensation fund of $4.5M",
                ev={"attendees": [(tgt[0], tgt[1])] + others(g, 39), "seq": g.rng.randint(200, 2000), "alarms": ["-PT30M"],
                    "organizer": (sb[0], f"{g.lower(8)}@yahoo.com", sb[1])}, to=tgt))
    tgt = g.staff()
    L.append(mk(g, c, "Yahoo Calendar payment notification to 44 attendees", YA, 2018, "Payment Notification – ATM card release",
                "Your ATM Visa card worth $1.5M has been released. Contact Rev. Paul Adams (paul.adams" + str(g.rng.randint(1, 99)) + "@outlook.com) and pay the delivery fee of $195 only.",
                ev={"attendees": [(tgt[0], tgt[1])] + others(g, 43), "seq": g.rng.randint(40, 300)}, to=tgt))
    L.append(mk(g, c, "widow donation via Google Calendar", G, 2019, "Donation for charity – Mrs. Helen Carter",
                "I am Mrs. Helen Carter, a widow suffering from cancer. I want to donate $2,800,000 to you for charity work. Reply to my lawyer for details: barr.osei" + str(g.rng.randint(10, 99)) + "@gmail.com",
                frm=("Helen Carter", f"helencarter{g.rng.randint(10, 99)}@gmail.com")))
    L.append(mk(g, c, "diplomatic consignment box awaiting delivery", OC, 2020, "Consignment box awaiting delivery – diplomat at JFK",
                "Diplomat Mr. Frank Morris is at JFK airport with your consignment box containing $7.8M. Clearance fee $450. Call +1 (347) 555-0113 now.",
                tz="America/New_York"))
    L.append(mk(g, c, "Spanish unclaimed inheritance from a lawyer", KIT, 2021, "Herencia no reclamada de su familiar",
                "Estimado/a: Soy el abogado Carlos Medina. Un cliente con su mismo apellido falleció dejando 8,5 millones de euros. Necesito su colaboración confidencial. Responda a abg.cmedina@" + g.pick(["hotmail.com", "gmail.com"]),
                lang="es", tz="Europe/Madrid", frm=("Bufete Medina", f"despacho@{throwaway(g)}")))
    L.append(mk(g, c, "French private-loan offer at 2%", GEN, 2019, "Prêt entre particuliers sérieux à 2 % – réponse en 24h",
                "Vous avez besoin d'un prêt ? J'accorde des prêts de 5 000 € à 500 000 € à 2 % à toute personne sérieuse. Contact : pret.rapide" + str(g.rng.randint(10, 99)) + "@outlook.fr",
                lang="fr", tz="Europe/Paris", frm=("M. Laurent Girard", f"laurent.girard@{throwaway(g)}")))
    L.append(mk(g, c, "German lottery win notification via iCloud", IC, 2018, "Gewinnbenachrichtigung: 850.000 €",
                "Herzlichen Glückwunsch! Ihre E-Mail-Adresse wurde bei der Internationalen Lotterie gezogen. Gewinn: 850.000 €. Kontaktieren Sie unseren Notar unter notar.hoffmann@" + g.pick(["gmx.de", "web.de"]) + " mit Ihrer Referenznummer DE-" + str(g.rng.randint(1000, 9999)),
                lang="de", tz="Europe/Berlin"))
    L.append(mk(g, c, "Italian sole-beneficiary inheritance", KIT, 2022, "Eredità: lei è l'unico beneficiario",
                "Gentile signore/signora, lo studio legale la informa che è l'unico beneficiario di un fondo di 4.200.000 €. Per avviare la pratica ci invii i suoi dati e una copia del documento.",
                lang="it", tz="Europe/Rome", frm=("Studio Legale Ferri", f"segreteria@{throwaway(g)}")))
    L.append(mk(g, c, "crude-oil contract commission proposal", GEN, 2023, "Business proposal – crude oil allocation (10% commission)",
                "I am a procurement officer with an allocation of 2 million barrels. I need a foreign partner to receive the proceeds. You will receive 10% commission. Kindly reply with your direct phone number.",
                frm=("Dr. Ibrahim Musa", f"ibrahim.musa@{throwaway(g)}"), tz="Africa/Lagos"))
    L.append(mk(g, c, "Brazilian no-credit-check loan approval via Google Calendar", G, 2024, "Empréstimo aprovado sem consulta ao SPC/Serasa",
                "Seu crédito de R$ 25.000 foi aprovado! Para liberar, pague a taxa de cadastro de R$ 189 via PIX e envie o comprovante pelo WhatsApp +55 11 95555-0127.",
                lang="pt", tz="America/Sao_Paulo"))
    L.append(mk(g, c, "Chinese unclaimed estate notice", GEN, 2021, "您有一笔未领取的遗产 USD 3,200,000",
                "您好，我是伦敦的律师。您的一位远亲去世，留下3,200,000美元遗产。请尽快回复您的全名和电话以便办理手续。", lang="zh", tz="Asia/Shanghai",
                frm=("Barrister Wong", f"wong.chambers@{throwaway(g)}")))
    return L


def invoice(g):
    c = "invoice"
    L = []
    u = f"https://pub-{g.hex(32)}.r2.dev/INV-20931.html"
    L.append(mk(g, c, "overdue invoice with link to hosted document, via Google Calendar", G, 2023, "Invoice INV-20931 past due – view secure document",
                f"Hello,\nPlease find the outstanding invoice INV-20931 (USD 8,420.00) for services rendered. Payment is 14 days overdue.\nView secure document: {u}\nAccounts Receivable",
                frm=randmail(g, throwaway(g))))
    u = f"https://{throwaway(g)}/paypal/resolution/{g.hex(8)}"
    L.append(mk(g, c, "payment-app 'you sent money' with cancel link", GEN, 2022, "You sent $749.00 USD to Kraken Digital",
                f"PayPal\nYou sent a payment of $749.00 USD to Kraken Digital Asset Exchange.\nTransaction ID: {g.alnum(17).upper()}\nDidn't authorise this? Cancel the payment: {u}",
                frm=("PayPal", f"service@{throwaway(g)}"), html=button_html("You sent $749.00 USD", ["to Kraken Digital Asset Exchange", "It may take a few moments for this transaction to appear in your account."], "Cancel payment", u, "#003087")))
    u = f"https://{g.lower(9)}.pages.dev/rechnung"
    L.append(mk(g, c, "German overdue-invoice reminder through an ESP", esp("sendgrid"), 2024, "Zahlungserinnerung: Rechnung Nr. 4471-2024 fällig",
                f"Sehr geehrte Damen und Herren,\nleider konnten wir für die Rechnung Nr. 4471-2024 über 1.287,50 € noch keinen Zahlungseingang feststellen.\nRechnung ansehen: {u}\nMit freundlichen Grüßen\nBuchhaltung",
                lang="de", tz="Europe/Berlin", frm=("Buchhaltung", f"rechnung@{throwaway(g)}"), method="REQUEST"))
    u = f"https://{throwaway(g)}/fattura/{g.rng.randint(1000, 9999)}.php"
    L.append(mk(g, c, "Italian e-invoice download", KIT, 2021, "Fattura elettronica n. 1187 – scarica il PDF",
                f"Gentile cliente, in allegato la fattura elettronica n. 1187 del mese corrente. Scarica il documento: {u}", lang="it", tz="Europe/Rome", frm=("Amministrazione", f"fatture@{throwaway(g)}")))
    u = f"https://{throwaway(g)}/tikkie/{g.alnum(10)}"
    L.append(mk(g, c, "Dutch small payment request from Outlook.com", OC, 2023, "Betaalverzoek van €1,95 – openstaand bedrag",
                f"Er staat nog een betaalverzoek van €1,95 voor je open (verzendkosten). Betaal binnen 24 uur om je bestelling te ontvangen: {u}", lang="nl", tz="Europe/Amsterdam"))
    u = f"https://{g.lower(6)}-extranet.{throwaway(g)}/reservation"
    L.append(mk(g, c, "hotel-partner guest payment failure lure", G, 2024, "Guest payment failed – reservation 4017 will be cancelled",
                f"Booking.com Partner Hub\nThe guest's card for reservation 4017 was declined. Please verify the payment details within 12 hours or the reservation will be cancelled automatically.\n{u}",
                frm=randmail(g, throwaway(g))))
    u = f"http://{throwaway(g)}/uk/refund"
    L.append(mk(g, c, "retailer refund pending, confirm bank details", GEN, 2020, "Refund of £86.40 pending – confirm your bank details",
                f"Amazon.co.uk\nWe were unable to process your refund of £86.40 for order 204-{g.rng.randint(1000000, 9999999)}.\nConfirm your bank details: {u}", tz="Europe/London",
                frm=("Amazon.co.uk", f"refunds@{throwaway(g)}")))
    u = f"https://{throwaway(g)}/connect/payouts"
    L.append(mk(g, c, "payment-processor payout failure via SES", esp("ses"), 2022, "Payout failed – update your bank account",
                f"Stripe\nYour payout of $3,912.55 failed because the bank account was rejected. Update it now to avoid account restriction: {u}", frm=("Stripe", f"notifications@{throwaway(g)}")))
    u = f"https://{throwaway(g)}/es/reembolso"
    L.append(mk(g, c, "Spanish utility refund via appointment tool", esp("mailgun", "ruby"), 2022, "Reembolso disponible: 214,90 €",
                f"Endesa: tiene un reembolso de 214,90 € por cobro duplicado. Solicítelo antes del viernes: {u}", lang="es", tz="Europe/Madrid", frm=("Endesa Clientes", f"clientes@{throwaway(g)}")))
    u = f"https://{throwaway(g)}/edf/remboursement"
    L.append(mk(g, c, "French energy refund", KIT, 2023, "Remboursement EDF : 187,42 € en attente",
                f"Suite à la régularisation de votre contrat, un remboursement de 187,42 € est en attente. Confirmez vos coordonnées bancaires : {u}", lang="fr", tz="Europe/Paris",
                frm=("EDF Service Client", f"client@{throwaway(g)}")))
    return L


def callback(g):
    c = "callback"
    L = []

    def ph():
        return f"+1 ({g.pick(['800', '833', '844', '855', '877', '888'])}) 555-01{g.rng.randint(10, 99)}"

    p = ph()
    L.append(mk(g, c, "antivirus auto-renewal receipt with phone number (HTML in DESCRIPTION)", G, 2025, f"Receipt #{g.alnum(10).upper()} – Norton 360 renewed",
                f"<p>Order date: today<br>Product: Norton 360 Deluxe (3 years)<br>Amount: $399.99</p><p>Your subscription has been renewed automatically. If you wish to cancel and get a refund, call our billing desk at {p} within 24 hours.</p>",
                frm=randmail(g, throwaway(g))))
    p = ph()
    L.append(mk(g, c, "tech-support subscription renewed, order number and phone", G, 2022, "Geek Squad: annual subscription renewed (Order GS-88213-US)",
                f"Thank you for renewing Geek Squad Total Tech Support. $549.99 has been charged to your account.\nNot you? Call {p}.", frm=randmail(g, "gmail.com")))
    p = ph()
    L.append(mk(g, c, "security-suite renewal via ESP", esp("sendgrid"), 2023, "McAfee Total Protection – renewal confirmation",
                f"Invoice: MTP-{g.rng.randint(100000, 999999)}\nTotal: $429.00\nAuto-renewal successful. For cancellation and refund call {p} (24/7).",
                frm=("McAfee Billing", f"billing@{throwaway(g)}")))
    p = ph()
    L.append(mk(g, c, "payment-app bitcoin purchase, call to dispute", G, 2024, "PayPal: purchase of Bitcoin $1,299.00",
                f"You've purchased Bitcoin for $1,299.00 USD. If you didn't make this transaction, call PayPal Support at {p}.", frm=("PayPal Billing", f"billingdept{g.rng.randint(10, 99)}@gmail.com")))
    p = ph()
    L.append(mk(g, c, "OS-vendor security alert with immediate alarm and phone", GEN, 2021, "Windows Defender: suspicious login detected",
                f"Microsoft Security Alert\nSuspicious sign-in from Lagos, Nigeria. Your computer may be infected with Trojan Spyware.\nDo not shut down your computer. Call Microsoft Support {p} immediately.",
                frm=("Microsoft Support", f"alert@{throwaway(g)}"), ev={"minutes": 5, "alarms": ["PT0S", "-PT1M"]}))
    L.append(mk(g, c, "UK shopping-subscription renewal, call to cancel, from Outlook.com", OC, 2023, "Your Prime membership renews today at £79",
                "Your Amazon Prime annual membership will renew today at £79.00. To cancel and receive a refund, call 020 7946 0" + str(g.rng.randint(100, 999)) + ".", tz="Europe/London"))
    L.append(mk(g, c, "French antivirus renewal with phone", G, 2024, "Votre abonnement antivirus a été renouvelé – 389,99 €",
                "Merci pour votre confiance. Votre abonnement a été renouvelé pour 389,99 €. Pour toute réclamation, appelez le 01 99 00 " + f"{g.rng.randint(10, 99)} {g.rng.randint(10, 99)}.",
                lang="fr", tz="Europe/Paris", frm=randmail(g, throwaway(g))))
    L.append(mk(g, c, "German phone-order confirmation with cancellation hotline via iCloud", IC, 2024, "Ihre Bestellung: iPhone 15 Pro Max – 1.649,00 €",
                "Vielen Dank für Ihre Bestellung bei Apple. Bestellnummer W" + str(g.rng.randint(100000000, 999999999)) + ".\nSie haben diese Bestellung nicht aufgegeben? Stornierung unter 0800 555 01" + str(g.rng.randint(10, 99)) + ".",
                lang="de", tz="Europe/Berlin"))
    p = ph()
    L.append(mk(g, c, "exchange withdrawal initiated, call if not you", G, 2023, "Withdrawal of 0.82 BTC initiated",
                f"A withdrawal of 0.82 BTC was initiated from your Coinbase account. If this wasn't you, call Coinbase Support immediately: {p}", frm=randmail(g, throwaway(g))))
    L.append(mk(g, c, "Spanish antivirus renewal", G, 2025, "Renovación automática de Norton 360: 349,99 €",
                "Su suscripción se ha renovado correctamente. Importe: 349,99 €. Si no reconoce este cargo, llame al +34 91 555 01" + str(g.rng.randint(10, 99)) + ".",
                lang="es", tz="Europe/Madrid", frm=randmail(g, "gmail.com")))
    return L


def account(g):
    c = "account"
    L = []
    u = f"https://login-{g.lower(5)}.{throwaway(g)}/owa/?email={{rcpt}}"
    rc = g.staff()
    L.append(mk(g, c, "password-expiry notice from a compromised Microsoft 365 tenant", O365, 2023, "Password expires today – keep current password",
                "Microsoft 365\nThe password for " + rc[1] + " expires today.\nKeep current password: " + u.replace("{rcpt}", rc[1]) + "\nIT Service Desk",
                frm=("IT Service Desk", f"it.helpdesk@{throwaway(g)}"), to=rc, tenant_dkim=False))
    u = f"https://example-net-webmail.web.app/quota?u={g.hex(8)}"
    L.append(mk(g, c, "mailbox-quota warning imitating our own webmail", GEN, 2019, "Mailbox almost full (98%) – messages will be deleted",
                f"Your mailbox has exceeded 98% of its quota. Incoming messages will be rejected and older messages deleted within 24 hours.\nIncrease quota: {u}\nexample.net Webmail Team",
                frm=("example.net Webmail", f"postmaster@{throwaway(g)}")))
    u = f"https://{throwaway(g)}/appleid/unlock"
    L.append(mk(g, c, "Apple ID locked", KIT, 2018, "Your Apple ID has been locked for security reasons",
                f"Dear Customer,\nYour Apple ID was used to sign in to iCloud on an unknown device. For your security it has been locked.\nUnlock now: {u}\nApple Support",
                frm=("Apple", f"no_reply@{throwaway(g)}")))
    u = f"https://{throwaway(g)}/nflx/billing"
    L.append(mk(g, c, "streaming payment declined, update within 48h", esp("sendgrid"), 2022, "Payment declined – update your payment method",
                f"Netflix\nWe couldn't process your last payment. Update your payment details within 48 hours to keep watching: {u}", frm=("Netflix", f"info@{throwaway(g)}"),
                html=button_html("Please update your payment details", ["We're having some trouble with your current billing information.", "We'll try again, but in the meantime you may want to update your details."], "UPDATE ACCOUNT", u, "#e50914")))
    u = f"https://{throwaway(g)}/sparkasse/pushtan"
    L.append(mk(g, c, "German savings-bank pushTAN update", GEN, 2023, "pushTAN-Verfahren: Aktualisierung erforderlich",
                f"Sehr geehrte Kundin, sehr geehrter Kunde,\naufgrund neuer EU-Richtlinien müssen Sie Ihr pushTAN-Verfahren bis zum Ende des Termins aktualisieren, andernfalls wird Ihr Online-Banking gesperrt.\n{u}",
                lang="de", tz="Europe/Berlin", frm=("Sparkasse", f"service@{throwaway(g)}")))
    L.append(mk(g, c, "Spanish bank account suspended, from Outlook.com", OC, 2021, "Su cuenta ha sido suspendida temporalmente",
                f"BBVA: hemos detectado un acceso inusual. Su cuenta ha sido suspendida temporalmente. Verifique su identidad: https://{throwaway(g)}/bbva", lang="es", tz="Europe/Madrid"))
    u = f"https://sites.google.com/view/{g.lower(10)}-appeal"
    L.append(mk(g, c, "social-network copyright strike, appeal in 24h", G, 2022, "Copyright infringement – your account will be deleted in 24h",
                f"Instagram\nWe received a copyright complaint about one of your posts. If you believe this is a mistake, submit an appeal within 24 hours: {u}", frm=randmail(g, "gmail.com")))
    L.append(mk(g, c, "French ISP mailbox deactivation", GEN, 2020, "Votre messagerie sera désactivée",
                f"Orange : votre boîte de messagerie sera désactivée suite à une inactivité. Pour conserver vos e-mails, confirmez votre compte : https://{throwaway(g)}/orange/", lang="fr", tz="Europe/Paris",
                frm=("Orange Messagerie", f"service@{throwaway(g)}")))
    u = f"https://{g.lower(6)}.{throwaway(g)}/meta/support"
    L.append(mk(g, c, "business-page deletion warning via Google Calendar", G, 2024, "Your page has been scheduled for deletion",
                f"Meta for Business\nYour page violated our community standards. It will be permanently deleted at the time of this event unless you verify ownership: {u}", frm=randmail(g, throwaway(g))))
    L.append(mk(g, c, "Italian postal-bank account limited, booking tool", esp("mailgun", "ruby"), 2023, "Il tuo conto BancoPosta è stato limitato",
                f"Gentile cliente, abbiamo limitato il tuo conto per motivi di sicurezza. Riattivalo qui: https://{throwaway(g)}/bp", lang="it", tz="Europe/Rome", frm=("Poste Italiane", f"avvisi@{throwaway(g)}")))
    L.append(mk(g, c, "Japanese card-company usage confirmation", GEN, 2021, "【重要】ご利用確認のお願い（三井住友カード）",
                f"お客様のカードに不正利用の可能性がある取引を検知しました。ご本人確認をお願いします。\nhttps://{throwaway(g)}/smbc/", lang="ja", tz="Asia/Tokyo",
                frm=("三井住友カード", f"info@{throwaway(g)}")))
    return L


def docshare(g):
    c = "docshare"
    L = []
    u = f"https://{g.lower(8)}.{throwaway(g)}/docusign/{g.hex(16)}"
    L.append(mk(g, c, "e-signature envelope lure via Google Calendar", G, 2023, "Please DocuSign: Q4 Compensation Adjustment.pdf",
                f"DocuSign\nHR sent you a document to review and sign.\nQ4 Compensation Adjustment.pdf\nREVIEW DOCUMENT: {u}\nDo not share this email.", frm=randmail(g, throwaway(g))))
    rc = g.staff()
    u = f"https://{g.lower(6)}-my.sharepoint.com/:b:/g/personal/{g.lower(8)}/E{g.alnum(40)}"
    L.append(mk(g, c, "file-share notice from a compromised partner tenant", O365, 2022, "Ana Petrova shared \"Remittance Advice 0423.xlsx\" with you",
                f"Ana Petrova shared a file with you\nRemittance Advice 0423.xlsx\nThis link only works for the direct recipients of this message.\nOpen: {u}",
                frm=("Ana Petrova", f"a.petrova@{throwaway(g)}"), to=rc))
    u = f"https://1drv.ms/b/s!{g.alnum(30)}"
    L.append(mk(g, c, "cloud-drive proposal shared from Outlook.com", OC, 2021, "Proposal_Final.pdf shared with you",
                f"I have shared a file with you via OneDrive. Please review before our call.\n{u}"))
    u = f"http://{throwaway(g)}/dropbox/view.php"
    L.append(mk(g, c, "cloud-storage new document", GEN, 2019, "You have 1 new document: Contract_signed.pdf",
                f"Dropbox\nA file was shared with you: Contract_signed.pdf (2.3 MB)\nView file: {u}", frm=("Dropbox", f"no-reply@{throwaway(g)}")))
    u = f"https://{g.lower(7)}.{throwaway(g)}/sign/{g.hex(10)}"
    L.append(mk(g, c, "e-sign NDA through an ESP", esp("ses"), 2024, "Review and sign: Mutual NDA",
                f"Adobe Acrobat Sign\nYou have been asked to sign \"Mutual NDA – Project Aurora\".\nReview and sign: {u}", frm=("Adobe Sign", f"echosign@{throwaway(g)}")))
    u = f"https://{throwaway(g)}/vm/{g.hex(12)}.html"
    L.append(mk(g, c, "voicemail received with the player linked from the calendar ATTACH", KIT, 2023, "Voice message received (00:42)",
                f"You have a new voice message (00:42) from +1 (617) 555-01{g.rng.randint(10, 99)}.\nListen: {u}", frm=("Voicemail Service", f"voicemail@{throwaway(g)}"),
                ev={"attach": [f"ATTACH;FMTTYPE=text/html:{u}"]}))
    u = f"http://{throwaway(g)}/efax/{g.hex(8)}"
    L.append(mk(g, c, "fax received notification", GEN, 2020, "eFax: 3 pages received",
                f"You have received a 3 page fax from +1 (415) 555-0139.\nReference: {g.rng.randint(10 ** 7, 10 ** 8)}\nView fax: {u}", frm=("eFax", f"message@{throwaway(g)}")))
    u = f"https://{g.lower(8)}.ipfs.dweb.link/transfer.html"
    L.append(mk(g, c, "German file-transfer lure via Google Calendar", G, 2022, "Sie haben 3 Dateien erhalten",
                f"WeTransfer\nSie haben 3 Dateien (14,2 MB) erhalten: Angebot.pdf, Lageplan.pdf, Vertrag.docx\nDownload verfügbar bis morgen: {u}", lang="de", tz="Europe/Berlin", frm=randmail(g, throwaway(g))))
    u = f"https://docs.google.com/drawings/d/1{g.alnum(43)}/preview"
    L.append(mk(g, c, "bonus spreadsheet 'shared' through a Google Drawing preview", G, 2024, "Q3 bonus allocation.xlsx – shared with you",
                f"Finance shared 'Q3 bonus allocation.xlsx' with you.\nOpen in Sheets: {u}", frm=randmail(g, throwaway(g))))
    u = f"https://{throwaway(g)}/partage/{g.hex(8)}"
    L.append(mk(g, c, "French shared invoice document", OC, 2023, "Document partagé : Facture_Devis_2023.pdf",
                f"Bonjour,\nJe vous ai partagé le document Facture_Devis_2023.pdf. Merci de le consulter avant vendredi.\n{u}", lang="fr", tz="Europe/Paris"))
    return L


def parcel(g):
    c = "parcel"
    L = []
    L.append(mk(g, c, "German courier customs fee", KIT, 2021, "Ihre Sendung: Zollgebühr von 2,99 € ausstehend",
                f"DHL Paket\nIhre Sendung JJD00{g.rng.randint(10 ** 10, 10 ** 11)} wird im Zollamt zurückgehalten. Bitte zahlen Sie die Gebühr von 2,99 €: https://{throwaway(g)}/dhl/zoll",
                lang="de", tz="Europe/Berlin", frm=("DHL Express", f"noreply@{throwaway(g)}")))
    L.append(mk(g, c, "Dutch parcel could not be delivered", KIT, 2024, "Je pakket kon niet worden bezorgd",
                f"PostNL: we hebben geprobeerd je pakket te bezorgen. Plan een nieuwe bezorging in (€1,50 kosten): https://{throwaway(g)}/postnl", lang="nl", tz="Europe/Amsterdam",
                frm=("PostNL", f"bezorging@{throwaway(g)}"), text=""))
    L.append(mk(g, c, "US postal redelivery with incomplete address via Google Calendar", G, 2023, "USPS: redelivery request – address incomplete",
                f"Your package could not be delivered due to an incomplete address. Update within 12 hours: https://{g.lower(8)}.{throwaway(g)}/usps", frm=randmail(g, throwaway(g))))
    L.append(mk(g, c, "UK postal missed-delivery fee", GEN, 2022, "We've missed you – £1.45 redelivery fee",
                f"Royal Mail: we tried to deliver your parcel today. To rearrange delivery, pay the £1.45 fee: https://{throwaway(g)}/royalmail", tz="Europe/London",
                frm=("Royal Mail", f"redelivery@{throwaway(g)}")))
    L.append(mk(g, c, "French parcel waiting, fee", esp("mailgun", "ruby"), 2023, "Votre colis est en attente – frais de 1,99 €",
                f"Colissimo : votre colis est en attente de livraison. Des frais de 1,99 € sont à régler : https://{throwaway(g)}/colis", lang="fr", tz="Europe/Paris", frm=("La Poste", f"suivi@{throwaway(g)}")))
    L.append(mk(g, c, "Spanish customs hold from Outlook.com", OC, 2022, "Su paquete está retenido en aduanas – 2,99 €",
                f"Correos: su envío está retenido. Pague las tasas de aduana (2,99 €) para liberarlo: https://{throwaway(g)}/correos", lang="es", tz="Europe/Madrid"))
    L.append(mk(g, c, "Italian parcel in storage via Google Calendar", G, 2024, "Il tuo pacco è in giacenza",
                f"Poste Italiane: il pacco n. {g.alnum(13).upper()} è in giacenza. Conferma i dati di consegna entro 48 ore: https://{throwaway(g)}/giacenza", lang="it", tz="Europe/Rome", frm=randmail(g, throwaway(g))))
    L.append(mk(g, c, "Polish parcel locker surcharge", GEN, 2023, "Twoja paczka czeka – dopłata 1,99 zł",
                f"InPost: Twoja paczka czeka w paczkomacie. Aby ją odebrać, uiść dopłatę 1,99 zł: https://{throwaway(g)}/inpost", lang="pl", tz="Europe/Warsaw", frm=("InPost", f"powiadomienia@{throwaway(g)}")))
    L.append(mk(g, c, "Japanese post absence notice", GEN, 2021, "【日本郵便】ご不在のためお荷物を持ち帰りました",
                f"お客様宛にお荷物のお届けにあがりましたが不在のため持ち帰りました。再配達のご依頼はこちら\nhttps://{throwaway(g)}/jp-post", lang="ja", tz="Asia/Tokyo", frm=("日本郵便", f"info@{throwaway(g)}")))
    L.append(mk(g, c, "delivery time-slot confirmation via Google Calendar (estimate wording)", G, 2025, "Delivery arranged for your estimate – confirm time slot",
                f"FedEx: your delivery is arranged for tomorrow. Confirm the time slot and pay the $3.10 handling fee: https://{throwaway(g)}/fedex/slot", frm=randmail(g, throwaway(g))))
    L.append(mk(g, c, "Swedish parcel awaiting customs fee", KIT, 2022, "Ditt paket väntar på tullavgift",
                f"PostNord: ditt paket väntar på betalning av tullavgift (29 kr). Betala här: https://{throwaway(g)}/postnord", lang="sv", tz="Europe/Stockholm", frm=("PostNord", f"info@{throwaway(g)}")))
    return L


def government(g):
    c = "government"
    L = []
    L.append(mk(g, c, "US tax refund request", GEN, 2019, "IRS: tax refund of $1,184.62 – submit request",
                f"Internal Revenue Service\nAfter the last annual calculation of your fiscal activity we have determined that you are eligible to receive a tax refund of $1,184.62.\nSubmit the refund request: http://{throwaway(g)}/irs/refund",
                frm=("IRS", f"refunds@{throwaway(g)}"), tz="America/New_York"))
    L.append(mk(g, c, "UK tax refund eligibility", KIT, 2021, "You are eligible for a tax refund of £482.10",
                f"HM Revenue & Customs\nYou are eligible to receive a tax refund of £482.10. Please complete the form: https://{throwaway(g)}/hmrc", tz="Europe/London", frm=("HMRC", f"no-reply@{throwaway(g)}")))
    L.append(mk(g, c, "Australian government portal pending refund via Google Calendar", G, 2022, "myGov: you have a pending refund",
                f"Your myGov account has a pending ATO refund of $389.00. Verify your details to receive it: https://{throwaway(g)}/mygov", tz="Australia/Sydney", frm=randmail(g, throwaway(g))))
    L.append(mk(g, c, "Canadian revenue agency e-transfer from Outlook.com", OC, 2020, "Interac e-Transfer: Canada Revenue Agency sent you $612.50",
                f"The Canada Revenue Agency has sent you $612.50 (CAD). Deposit your funds: https://{throwaway(g)}/cra/deposit", tz="America/Toronto"))
    L.append(mk(g, c, "German tax office refund through an ESP", esp("sendgrid"), 2024, "Steuerrückerstattung 2023: 1.276,40 €",
                f"ELSTER – Ihr Online-Finanzamt\nIhre Steuerrückerstattung in Höhe von 1.276,40 € wurde bewilligt. Bestätigen Sie Ihre Bankverbindung bis zum Termin: https://{throwaway(g)}/elster",
                lang="de", tz="Europe/Berlin", frm=("ELSTER", f"benachrichtigung@{throwaway(g)}")))
    L.append(mk(g, c, "French tax refund via booking tool", esp("mailgun", "ruby"), 2022, "Remboursement d'impôt de 319,00 €",
                f"impots.gouv.fr : après calcul, vous pouvez bénéficier d'un remboursement de 319,00 €. Formulaire : https://{throwaway(g)}/impots", lang="fr", tz="Europe/Paris", frm=("DGFiP", f"ne-pas-repondre@{throwaway(g)}")))
    L.append(mk(g, c, "Italian revenue agency refund", KIT, 2023, "Rimborso fiscale di 627 €",
                f"Agenzia delle Entrate: risulta a suo favore un rimborso di 627,00 €. Compili il modulo per l'accredito: https://{throwaway(g)}/entrate", lang="it", tz="Europe/Rome", frm=("Agenzia Entrate", f"rimborsi@{throwaway(g)}")))
    L.append(mk(g, c, "Dutch tax office refund ready", GEN, 2023, "Uw teruggave van €412 staat klaar",
                f"Belastingdienst: u heeft recht op een teruggave van €412,00. Bevestig uw IBAN: https://{throwaway(g)}/teruggave", lang="nl", tz="Europe/Amsterdam", frm=("Belastingdienst", f"info@{throwaway(g)}")))
    L.append(mk(g, c, "unpaid toll balance via Google Calendar", G, 2024, "Unpaid toll balance $6.99 – avoid penalty",
                f"E-ZPass: you have an outstanding toll balance of $6.99. Pay now to avoid a $50 late fee: https://{throwaway(g)}/ezpass", tz="America/New_York", frm=randmail(g, throwaway(g))))
    L.append(mk(g, c, "missed jury duty, call the clerk", G, 2022, "Failure to appear for jury duty – call the clerk today",
                "Superior Court Notice\nYou failed to appear for jury service. A warrant may be issued. Call the Clerk's Office at +1 (213) 555-0176 before the time of this appointment to resolve.",
                frm=randmail(g, "gmail.com"), tz="America/Los_Angeles"))
    L.append(mk(g, c, "Spanish traffic fine pending via Outlook.com", OC, 2024, "DGT: multa pendiente de pago – 100 €",
                f"Tiene una sanción de tráfico pendiente (100 €). Si paga en 48 horas obtendrá un 50% de descuento: https://{throwaway(g)}/dgt", lang="es", tz="Europe/Madrid"))
    return L


def bec(g):
    c = "bec"
    L = []
    ceo = ("Martin Keller", f"ceo.mkeller{g.rng.randint(1, 99)}@gmail.com")
    L.append(mk(g, c, "CEO asks for gift cards (freemail, Google Calendar)", G, 2020, "Quick task – are you at your desk?",
                "I'm in a meeting and can't talk. I need you to purchase 5 Apple gift cards ($200 each) for a client today. Scratch the back and send me pictures of the codes. I will reimburse you. Martin",
                frm=ceo, ev={"minutes": 10, "dur": 15}))
    L.append(mk(g, c, "urgent confidential wire from a lookalike domain", O365, 2022, "Urgent: wire before 3 PM – confidential acquisition",
                "Hi,\nWe are closing a confidential acquisition today. I need you to process a wire of EUR 48,600 to the escrow account I'll send after this call. Do not discuss with anyone until the announcement.\nRegards,\nCFO",
                frm=("Claire Dubois", f"c.dubois@examp1e-net.test"), ev={"minutes": 40, "dur": 15}))
    L.append(mk(g, c, "payroll direct-deposit change request", OC, 2023, "Direct deposit update – effective next payroll",
                "Hello, I changed banks and would like my salary paid into my new account from the next payroll. Can we do a quick call to confirm? I will send the new details.",
                frm=(g.staff()[0], f"{g.lower(8)}@outlook.com")))
    L.append(mk(g, c, "German CEO fraud confidential transaction", GEN, 2019, "Vertrauliche Transaktion – bitte heute erledigen",
                "Guten Tag,\nich benötige heute Ihre Unterstützung bei einer vertraulichen Transaktion. Bitte sprechen Sie mit niemandem darüber. Unser Anwalt Dr. Krämer wird Sie kontaktieren.\nGeschäftsführung",
                lang="de", tz="Europe/Berlin", frm=("Geschäftsführung", f"gf.{g.lower(5)}@gmx.de"), infra="vps", auth={"spf": ("pass", "gmx.de"), "dkim": [("pass", "gmx.de", "badeba3b8450")], "dmarc": ("pass", "gmx.de")}))
    L.append(mk(g, c, "French president fraud callback", GEN, 2021, "Opération confidentielle – rappel urgent",
                "Bonjour,\nJe vous contacte pour une opération financière strictement confidentielle. Merci de me rappeler au 06 39 98 " + f"{g.rng.randint(10, 99)} {g.rng.randint(10, 99)}" + " dès réception. Le Président",
                lang="fr", tz="Europe/Paris", frm=("Direction Générale", f"dg.{g.lower(4)}@orange.fr"), auth={"spf": ("pass", "orange.fr"), "dkim": [("pass", "orange.fr", "t20230301")], "dmarc": ("pass", "orange.fr")}))
    L.append(mk(g, c, "supplier bank-details change from a cousin domain that passes DMARC", GEN, 2024, "Updated remittance details for open invoices",
                "Dear Accounts Payable,\nPlease note our bank has changed. All open invoices (INV-7731, INV-7745, INV-7760, total EUR 112,480.00) should be paid to the new account. Let's confirm on a short call.\nNordlicht Logistics – Finance",
                frm=("Nordlicht Logistics Finance", "finance@nordlicht-logistlcs.example"), ev={"days": 0, "minutes": 90}))
    L.append(mk(g, c, "attorney call about confidential matter", G, 2021, "Attorney call re: confidential matter – do not discuss",
                "This is a privileged and confidential matter. Our CEO has authorised me to coordinate an urgent payment related to a settlement. Please keep this between us until it is finalised.",
                frm=("Robert Hayes, Esq.", f"r.hayes.counsel{g.rng.randint(1, 99)}@gmail.com")))
    L.append(mk(g, c, "Spanish are-you-available favour (gift cards)", OC, 2022, "¿Estás disponible? Necesito un favor",
                "Hola, ¿estás en la oficina? Necesito que me hagas un favor urgente: comprar tarjetas regalo de Google Play para un cliente. Te lo explico en la llamada.",
                lang="es", tz="Europe/Madrid", frm=("Javier Ortega", f"javier.ortega.dir@outlook.com")))
    L.append(mk(g, c, "vendor payment approval, asks for mobile number", G, 2024, "Q3 vendor payment approval – reply with your mobile",
                "I need your help with a pending vendor payment before end of day. Reply with your mobile number so I can text you the details. Thanks, Martin",
                frm=("Martin Keller", f"m.keller.office{g.rng.randint(1, 99)}@gmail.com")))
    L.append(mk(g, c, "Italian urgent foreign supplier transfer", GEN, 2023, "Bonifico urgente fornitore estero",
                "Buongiorno, abbiamo un bonifico urgente da effettuare oggi a un fornitore estero (38.900 €). È una questione riservata, le spiego tutto al telefono. L'Amministratore Delegato",
                lang="it", tz="Europe/Rome", frm=("Amministratore Delegato", f"ad.{g.lower(5)}@libero.it"), auth={"spf": ("pass", "libero.it"), "dkim": [("pass", "libero.it", "s2021")], "dmarc": ("pass", "libero.it")}))
    return L


def ics_only(g):
    c = "ics_only"
    L = []
    u = f"https://{throwaway(g)}/acct/{g.hex(10)}"
    L.append(mk(g, c, "calendar is the whole message; the lure is only in DESCRIPTION", BARE, 2023, "Account notice",
                f"Your account access will be restricted. Review the recent activity before the deadline: {u}", frm=("Notice", f"notice@{throwaway(g)}")))
    L.append(mk(g, c, "body says 'see attached'; calendar sent as application/octet-stream .ics", ("vps", "esp"), 2022, "Payment confirmation",
                f"Your payment of $1,740.00 has been processed. To dispute, call +1 (866) 555-0192 or visit https://{throwaway(g)}/dispute",
                text="See attached.\n", html_only=False, text_only=True, ics_ctype='application/octet-stream; name="confirmation.ics"', ics_name="confirmation.ics",
                frm=("Billing", f"billing@{throwaway(g)}")))
    u = f"https://{g.lower(7)}.{throwaway(g)}/agenda.html"
    L.append(mk(g, c, "payload in URL and ATTACH properties, body just 'Meeting'", GEN, 2024, "Meeting",
                None, text="Meeting\n", frm=randmail(g, throwaway(g)), ev={"url": u, "attach": [f"ATTACH;FMTTYPE=text/html;X-FILENAME=Agenda.html:{u}"]}))
    u = f"https://{throwaway(g)}/secure/{g.hex(8)}"
    L.append(mk(g, c, "benign DESCRIPTION, the link lives in X-ALT-DESC HTML", KIT, 2021, "Agenda",
                "Agenda for the call.", text="", frm=("Agenda", f"calendar@{throwaway(g)}"),
                ev={"alt_desc": f'<html><body><p>Agenda for the call.</p><p><a href="{u}">Open the secure agenda</a> – access expires today.</p></body></html>'}))
    L.append(mk(g, c, "LOCATION carries a link and a phone number, description empty", G, 2020, "Support appointment",
                "", frm=randmail(g, throwaway(g)), ev={"loc": f"https://{throwaway(g)}/help  |  Call +1 (888) 555-0148"}, text=None))
    p = f"+1 (877) 555-01{g.rng.randint(10, 99)}"
    L.append(mk(g, c, "organizer display name spells out the callback message", G, 2023, "Hold",
                "", frm=(f"PayPal balance on hold – call {p}", f"{g.lower(9)}@gmail.com")))
    rc = g.staff()
    words = ["YOUR", "ACCOUNT", "IS", "SUSPENDED", "VISIT", f"{throwaway(g).upper()}", "TO", "RESTORE"]
    L.append(mk(g, c, "attendee common names spell out the pitch", GEN, 2019, "Notification",
                None, text=" \n", to=rc, frm=("Notification", f"n@{throwaway(g)}"),
                ev={"attendees": [(rc[0], rc[1])] + [(w, f"{g.lower(6)}@{throwaway(g)}") for w in words]}))
    L.append(mk(g, c, "harmless-looking body, loan pitch only in the calendar", GEN, 2022, "Schedule",
                "Instant personal loans up to $50,000 – no credit check, approval in 10 minutes. Apply: https://" + throwaway(g) + "/loan  WhatsApp +1 305 555 0163",
                text="Hi, please see the schedule for next week.\n\nThanks\n", frm=randmail(g, throwaway(g))))
    L.append(mk(g, c, "method REQUEST in Content-Type but PUBLISH inside; link in COMMENT", BARE, 2025, "Reservation",
                None, method="PUBLISH", method_param="REQUEST", frm=("Reservations", f"booking@{throwaway(g)}"),
                ev={"extra": [f"COMMENT:Your reservation is on hold. Confirm your card: https://{throwaway(g)}/confirm"]}))
    L.append(mk(g, c, "image-only body; calendar attached as application/pdf named .ics (type/name mismatch)", ("vps", "esp"), 2024, "Claim now",
                f"You have an unclaimed reward worth €750. Claim before midnight: https://{throwaway(g)}/claim", text="", html_only=True,
                html=f'<html><body><a href="https://{throwaway(g)}/c"><img src="https://i.imgur.com/{g.alnum(7)}.png"></a></body></html>',
                ics_ctype='application/pdf; name="G0.ics"', ics_name="G0.ics", lang="en", frm=("Rewards", f"r@{throwaway(g)}")))
    L.append(mk(g, c, "calendar inside multipart/related with an image-only HTML part", KIT, 2021, "Update",
                f"Mandatory update of your banking app. Install before the deadline: https://{throwaway(g)}/app.apk", text="", outer_ctype="multipart/related",
                html=f'<html><body><img src="https://{throwaway(g)}/banner.png" width="640"></body></html>', frm=("Bank", f"bank@{throwaway(g)}")))
    return L


def nagging(g):
    c = "nagging"
    L = []
    u = f"https://{throwaway(g)}/claim"
    L.append(mk(g, c, "every 30 minutes forever with an alarm", GEN, 2021, "Claim your reward",
                f"Your reward is still waiting: {u}", frm=("Rewards", f"r@{throwaway(g)}"), ev={"rrule": "FREQ=MINUTELY;INTERVAL=30", "dur": 5, "alarms": ["PT0S"]}))
    L.append(mk(g, c, "hourly endless series with three alarms", G, 2022, "URGENT: account will be closed",
                f"Final warning. Verify now: https://{throwaway(g)}/verify", frm=randmail(g, throwaway(g)), ev={"rrule": "FREQ=HOURLY", "dur": 10, "alarms": ["-PT1M", "PT0S", "PT5M"]}))
    L.append(mk(g, c, "daily forever, starting two years in the past, alarm repeated 50 times", KIT, 2023, "Pending payment",
                f"Pay the pending amount: https://{throwaway(g)}/pay", frm=("Billing", f"b@{throwaway(g)}"),
                ev={"days": -730, "rrule": "FREQ=DAILY", "alarms": [{"trigger": "-PT10M", "repeat": 50, "duration": "PT1M"}]}))
    L.append(mk(g, c, "all-day event in 2099", GEN, 2020, "Congratulations – you won",
                f"Collect your prize: https://{throwaway(g)}/prize", frm=("Lottery", f"l@{throwaway(g)}"), ev={"allday": True, "abs": (2099, 12, 31, 0, 0)}))
    L.append(mk(g, c, "event dated 1999", GEN, 2019, "Security notice",
                f"Unusual activity. Call +1 (844) 555-0109", frm=("Security", f"s@{throwaway(g)}"), ev={"abs": (1999, 3, 14, 9, 0), "tz": "UTC"}))
    L.append(mk(g, c, "30 overlapping events in one calendar object, each with an alarm", KIT, 2024, "Limited offer",
                f"Limited offer: https://{throwaway(g)}/deal", frm=("Deals", f"d@{throwaway(g)}"),
                ev={"multi": [{"shift": 15 * i} for i in range(30)], "alarms": ["PT0S"], "dur": 15}))
    rd = ",".join((dt.datetime(2021, 1, 1) + dt.timedelta(days=3 * i, hours=9)).strftime("%Y%m%dT%H%M%SZ") for i in range(200))
    L.append(mk(g, c, "200 RDATE instances", GEN, 2021, "Reminder: unpaid invoice",
                f"Pay here: https://{throwaway(g)}/inv", frm=("Accounts", f"a@{throwaway(g)}"), ev={"rdate": [f"RDATE:{rd}"], "tz": "UTC"}))
    rc = g.staff()
    L.append(mk(g, c, "EMAIL alarms addressed to third parties plus an audio alarm", GEN, 2022, "Webinar: earn from home",
                f"Earn $500/day from home: https://{throwaway(g)}/join", to=rc, frm=("Home Income", f"h@{throwaway(g)}"),
                ev={"alarms": [{"trigger": "-PT1H", "action": "EMAIL", "to": [a[1] for a in others(g, 6)], "desc": f"Join now: https://{throwaway(g)}/join"},
                               {"trigger": "-PT5M", "action": "AUDIO", "attach": f"https://{throwaway(g)}/ding.wav"}]}))
    L.append(mk(g, c, "starts two minutes after arrival, alarm already due, absolute trigger at arrival", G, 2025, "Action required now",
                f"Call support immediately: +1 (855) 555-0172", frm=randmail(g, throwaway(g)), ev={"minutes": 2, "round": False, "alarms": ["-PT1H", "PT0S"]}))
    L.append(mk(g, c, "every day of the week, 5000 occurrences", GEN, 2018, "Daily bonus",
                f"Daily casino bonus 200%: https://{throwaway(g)}/casino", frm=("Casino", f"c@{throwaway(g)}"), ev={"rrule": "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;COUNT=5000", "alarms": ["-PT15M"]}))
    L.append(mk(g, c, "busy all-day block lasting ten years", GEN, 2023, "Subscription active",
                f"Manage subscription: https://{throwaway(g)}/sub", frm=("Subscriptions", f"s@{throwaway(g)}"), ev={"allday": True, "days": 0, "ndays": 3652, "transp": "OPAQUE"}))
    return L


def obfuscation(g):
    c = "obfuscation"
    L = []
    puny = "xn--pple-43d.example.com"  # 'аpple' with Cyrillic a
    L.append(mk(g, c, "Cyrillic homoglyphs in the brand and a punycode link", GEN, 2022, "Your Аррlе ID has been disabled",
                f"Dear customer,\nYour Аррlе ID was disabled because of suspicious activity.\nRestore access: https://{puny}/restore", frm=("Аррlе Support", f"support@{throwaway(g)}"),
                html=button_html("Your Аррlе ID has been disabled", ["We noticed suspicious activity on your account."], "Restore access", f"https://{puny}/restore", "#000")))
    zw = "\u200b"
    L.append(mk(g, c, "zero-width characters inside brand names", KIT, 2023, f"Pay{zw}Pal: your account is lim{zw}ited",
                f"Pay{zw}Pal – we've lim{zw}ited your account. Con{zw}firm your identity: https://{throwaway(g)}/pp", frm=(f"Pay{zw}Pal", f"service@{throwaway(g)}")))
    L.append(mk(g, c, "stacked URL shorteners", G, 2021, "Your package is on hold",
                f"Confirm delivery: https://bit.ly/{g.alnum(7)} (backup: https://tinyurl.com/{g.lower(8)} or https://is.gd/{g.alnum(6)})", frm=randmail(g, "gmail.com")))
    ipnum = 203 * 2 ** 24 + 0 * 2 ** 16 + 113 * 256 + 45
    L.append(mk(g, c, "raw IP links, one with a port and one in decimal form", GEN, 2020, "Invoice available",
                f"Download your invoice: http://203.0.113.45:8080/inv/{g.hex(6)}.php\nMirror: http://{ipnum}/inv", frm=("Billing", f"billing@{throwaway(g)}")))
    page = "PGh0bWw+PGJvZHk+PGZvcm0gYWN0aW9uPSJodHRwczovL2NvbGxlY3QuZXhhbXBsZS5jb20vcCI+PGlucHV0IG5hbWU9InB3Ij48L2Zvcm0+PC9ib2R5PjwvaHRtbD4="
    L.append(mk(g, c, "data: URIs in the HTML link and in the calendar ATTACH", KIT, 2024, "Secure message",
                "Open the secure message attached to this invitation.", frm=("Secure Mail", f"secure@{throwaway(g)}"),
                html=f'<html><body><p>You have a secure message.</p><a href="data:text/html;base64,{page}">Open secure message</a></body></html>',
                ev={"attach": [f"ATTACH;FMTTYPE=text/html;ENCODING=BASE64;VALUE=BINARY:{page}"]}))
    bad = f"https://{throwaway(g)}/ms/login"
    L.append(mk(g, c, "link text shows the real brand URL, href goes elsewhere (HTML and X-ALT-DESC)", GEN, 2023, "Unusual sign-in activity",
                "We detected something unusual about a recent sign-in. Review it at https://account.microsoft.com/security",
                frm=("Microsoft account team", f"account-security-noreply@{throwaway(g)}"),
                html=f'<html><body><p>We detected something unusual about a recent sign-in.</p><p>Review: <a href="{bad}">https://account.microsoft.com/security</a></p></body></html>',
                ev={"alt_desc": f'<p>Review: <a href="{bad}">https://account.microsoft.com/security</a></p>'}))
    ent = "".join(f"&#{ord(ch)};" for ch in "Coinbase")
    L.append(mk(g, c, "HTML numeric entities spell the brand in body and DESCRIPTION", G, 2022, "Wallet verification",
                f"<p>{ent} &#8211; your wallet has not been verified.</p><p>Verify now: https://{throwaway(g)}/cb</p>", frm=randmail(g, throwaway(g)),
                html=f"<html><body><p>{ent} &#8211; your wallet has not been verified.</p><a href='https://{throwaway(g)}/cb'>&#86;&#101;&#114;&#105;&#102;&#121;</a></body></html>"))
    vs = "\U000E0100"
    tagged = vs.join("Coinbase")
    L.append(mk(g, c, "invisible variation selectors inside the brand (as in the honeypot sample)", KIT, 2024, f"Your {tagged} wallet has not been verified",
                f"{tagged}: complete verification to avoid suspension: https://{throwaway(g)}/verify", frm=(tagged, f"no-reply@{throwaway(g)}")))
    L.append(mk(g, c, "userinfo trick and percent-encoded host in URLs", GEN, 2019, "Payment on hold",
                "Your payment is on hold. Sign in: https://www.paypal.com@203.0.113.9/signin\nAlternate: https://%77%77%77.{}/pp".format(throwaway(g)),
                frm=("PayPal", f"service@{throwaway(g)}")))
    L.append(mk(g, c, "split encoded words, hidden CSS salad and a forged internal Authentication-Results below the mx hop", KIT, 2021, "Äccount verificatión required",
                f"Verify your mailbox to continue receiving messages: https://{throwaway(g)}/v", frm=("Mail Admin", f"admin@{throwaway(g)}"),
                subject="Äccount verificatión required – ticket #" + str(g.rng.randint(1000, 9999)), hdr_mode="Q",
                html=button_html("Verify your mailbox", ["To continue receiving messages, verify your mailbox today."], "Verify", f"https://{throwaway(g)}/v",
                                 hidden=" ".join(g.pick(["meeting", "lunch", "report", "garden", "holiday", "project"]) for _ in range(80))),
                forged_hops=["Authentication-Results: mx.example.net; dkim=pass header.d=example.net; spf=pass smtp.mailfrom=example.net; dmarc=pass header.from=example.net"]))
    return L


def internal(g):
    c = "compromised_internal"
    L = []

    def me():
        return g.staff()

    def mki(desc, year, summary, body, n_att=0, lang="en", tz="Europe/Berlin", client="outlook16", **kw):
        s = me()
        rc = g.staff()
        atts = [(rc[0], rc[1])] + [(x[0], x[1]) for x in [g.staff() for _ in range(n_att)]]
        if g.rng.random() < .7:  # the thief submits from outside, with the stolen password
            kw.setdefault("client_ip", g.ip())
        spec = mk(g, c, desc, ("internal", client), year, summary, body.replace("{rcpt}", rc[1]), lang=lang, tz=tz, frm=s, to=rc, ev={"attendees": atts, **kw.pop("ev", {})}, **kw)
        return spec

    L.append(mki("staff account shares a salary-review 'document' with 120 colleagues", 2024, "2024 salary review – shared document",
                 f"Please review the attached salary review before our meeting.\nOpen document: https://storage.googleapis.com/{g.lower(12)}/review.html#" + "{rcpt}", n_att=120))
    L.append(mki("mandatory training with a lookalike SSO login", 2022, "Mandatory security training – sign in before Friday",
                 f"All staff must complete the security awareness training by Friday. Sign in with your example.net credentials: https://example-net-sso.web.app/login", n_att=45))
    L.append(mki("HR policy acknowledgement link", 2023, "Updated HR policy – acknowledgement required",
                 f"HR has updated the remote-work policy. Please acknowledge by signing in: https://{g.lower(6)}.{throwaway(g)}/hr/ack", n_att=30))
    L.append(mki("supplier invoice approval via lookalike document site", 2021, "Invoice from supplier – please approve",
                 f"Hi, the supplier invoice needs your approval today. View on OneDrive: https://onedrive-{g.lower(5)}.{throwaway(g)}/inv", n_att=3))
    L.append(mki("German payroll bank-details harvesting", 2023, "Dringend: Bankverbindung für Gehaltszahlung bestätigen",
                 f"Liebe Kolleginnen und Kollegen,\nwegen einer Umstellung im Lohnbüro müssen alle Mitarbeitenden ihre Bankverbindung bis Freitag bestätigen: https://{throwaway(g)}/lohn", n_att=60, lang="de"))
    L.append(mki("payslip available lure sent to many colleagues", 2020, "Your March payslip is available",
                 f"Your payslip is available in the payroll portal: https://payroll-{g.lower(4)}.{throwaway(g)}/slip", n_att=80, client="thunderbird"))
    L.append(mki("voicemail lure from a colleague's mailbox", 2024, "Voicemail from extension 4412",
                 f"You have a new voicemail (0:37). Listen: https://{throwaway(g)}/vm?id={g.hex(8)}", n_att=15))
    L.append(mki("reply-chain style budget file share with ATTACH link", 2025, "Re: project budget – file shared",
                 "As discussed, here is the updated budget file.", n_att=6, ev={"attach": [f"ATTACH;FMTTYPE=application/pdf:https://{throwaway(g)}/budget.pdf.html"]}))
    L.append(mki("work-from-home job spam blasted to 300 internal attendees", 2019, "Earn $500/day – remote job opportunity",
                 f"Looking for part-time helpers. Earn $500 a day from home, no experience needed. Text +1 (646) 555-0128 on WhatsApp.", n_att=300, client="generic"))
    L.append(mki("French mailbox validation from a compromised colleague", 2022, "Mise à jour de votre boîte de messagerie – validez",
                 f"Bonjour à tous,\nSuite à la migration, chaque utilisateur doit valider sa boîte de messagerie : https://{throwaway(g)}/webmail/valider", n_att=40, lang="fr", tz="Europe/Paris"))
    return L


CATEGORIES = [retail, prize, crypto, romance, advance_fee, invoice, callback, account, docshare, parcel, government, bec, ics_only, nagging, obfuscation, internal]
