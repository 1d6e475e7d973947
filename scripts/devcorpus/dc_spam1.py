"""Spam categories, part 1: retail-sale, prize-lottery, crypto, dating-adult, advance-fee."""
from __future__ import annotations

import datetime as dt

from dc_lib import arrival_between, slot, to_local, fmt_utc
from dc_ical import Att, Alarm, Ev, vcal
from dc_common import (rcpt, person, junk_domain, junk_local, freemail_addr, short_url, phish_url, us_phone, money,
                       spam_event, html_promo, strip_tags, FIRST, LAST, ascii_fold)
from dc_send import send, forged_ar


# ----------------------------------------------------------------------------------------------- retail-sale
def retail_sale(r):
    out = []
    items = [
        # (arrival window, channel, lang, from-name, subject, summary, description/body, extra)
        (((2016, 11, 23), (2016, 11, 25)), "icloud", "en", "Liu Mei", None, "$19.99 Ray-ban&Oakley Sunglasses on sale, Only today!",
         "Ray-Ban & Oakley Sunglasses Outlet Black Friday Sale, 90% OFF, Only $19.99!\nShop now: www.rboaksale2016.top\nFree shipping worldwide.", {"many": 9}),
        (((2016, 11, 24), (2016, 11, 27)), "icloud", "zh", "张伟", None, "UGG雪地靴 黑色星期五 全场1折 仅$39.99",
         "UGG官方清仓，黑五特价，所有款式1折起！\n官网：http://www.ugg-sale-bf.shop\n全球包邮，限时24小时", {"many": 14}),
        (((2016, 11, 25), (2016, 11, 28)), "icloud", "en", "Kors Outlet", None, "Michael Kors Handbags Clearance $29.99 - Black Friday",
         "Michael Kors, Coach, Kate Spade handbags up to 85% off.\nBlack Friday & Cyber Monday only.\nVisit: mkbags-outletstore.top", {"many": 5}),
        (((2016, 11, 25), (2016, 11, 29)), "google", "en", "Pandora Charms", None, "Cyber Monday!!! Pandora Charms 80% OFF",
         "Pandora Jewelry Cyber Monday Sale\nCharms from $9.99, bracelets from $25\nUse code CYBER80 at www.pandoracharm-sale.xyz", {"gauth": "gmail"}),
        (((2016, 11, 28), (2016, 12, 4)), "icloud", "en", "Sale Team", None, "Canada Goose Jackets $99, Free Shipping",
         "Winter Sale: Canada Goose Parka & Moncler Jackets from $99!\n>> www.cgoose-winter.shop <<", {"many": 3}),
        (((2017, 3, 1), (2017, 4, 30)), "yahoo", "en", "Nike Store", "Nike Air Max 2017 only $35.99", "Nike Air Max 2017 only $35.99, buy 2 get 1 free",
         "Nike Air Max, Roshe Run, Free Run - factory price $35.99\nhttp://www.nikeairmax-cheap.top\nLimited stock!!", {}),
        (((2018, 11, 20), (2018, 11, 26)), "php", "de", "Brillen Outlet", "Ray-Ban Sonnenbrillen -85% - Nur heute!", "Ray-Ban Sonnenbrillen -85% – Nur heute im Outlet",
         "Hallo,\n\nnur heute: Original Ray-Ban und Oakley Sonnenbrillen ab 19,99 €.\nKostenloser Versand nach Deutschland.\n\nJetzt zugreifen: https://rb-brillen-outlet.top/de/?src=cal\n\nIhr Outlet-Team", {}),
        (((2024, 12, 20), (2024, 12, 28)), "swift", "es", "$0 Heating Revolution!", "Alpha Heater: Revolutionizing Winter Comfort",
         "Confirmación [#56064-491] – Samsung Qled TV🚨", "License renewal", {"swift": True}),
        (((2023, 1, 5), (2023, 1, 20)), "ses", "fr", "Maroquinerie Outlet", "Soldes d'hiver : sacs Longchamp à 29€ jusqu'à dimanche",
         "Soldes Longchamp -75%", "Les soldes continuent ! Sacs Le Pliage dès 29€, livraison offerte.\nCode promo : HIVER75\nhttps://longchamp-soldes.click/fr", {}),
        (((2022, 11, 20), (2022, 11, 30)), "sendgrid", "es", "Gafas Outlet", "Liquidación total: Ray-Ban y Oakley al 85%",
         "Liquidación Ray-Ban 85%", "¡Solo este fin de semana! Gafas de sol originales desde 19,95 €.\nEnvío gratis a toda España.\nCompra ya: https://gafas-liquidacion.shop/es", {}),
        (((2019, 11, 8), (2019, 11, 11)), "php", "zh", "名表商城", "【双十一】名牌手表 全场1折起 仅限今天",
         "双十一 名表1折", "劳力士、欧米茄、卡地亚 原单名表，全场1折起！\n双十一当天下单再送精美礼品。\n访问：http://www.mingbiao1111.top\n微信咨询：wb1111sale", {"charset": "utf-8"}),
        (((2024, 11, 25), (2024, 12, 2)), "google", "en", "ShopNova Deals", None, "Your exclusive code BF2024 – 70% off sitewide",
         "<p>Black Friday is here 🛍️</p><p>Use code <b>BF2024</b> at checkout for 70% off everything.</p><p><a href=\"https://shopnova-deals.sbs/bf\">https://shopnova-deals.sbs/bf</a></p><p>Offer ends at midnight.</p>", {"gauth": "workspace_nospf", "html": True}),
        (((2023, 12, 1), (2023, 12, 20)), "ruby_saas", "en", "Stanley Official", "Stanley Quencher 40oz – Final Clearance $19.95",
         "Stanley Quencher Clearance", "Final clearance: Stanley Quencher H2.0 40oz tumblers for $19.95.\nOnly 37 left in stock – claim yours today.", {}),
        (((2025, 2, 1), (2025, 3, 15)), "node", "de", "Dyson Lager", "Lagerräumung: Dyson Airwrap für 49 €", "Dyson Airwrap 49 € – Lagerräumung",
         "Wegen Lagerräumung geben wir die letzten Dyson Airwrap Complete für nur 49 € ab.\nSolange der Vorrat reicht: https://dyson-lager.click/de", {}),
        (((2021, 6, 1), (2021, 6, 30)), "outlookcom", "en", "Lulu Flash Sale", None, "Lululemon Leggings 75% Off Flash Sale",
         "Align leggings, Define jackets and more – 75% off for 48 hours only.\nShop: https://lulu-flashsale.store\nFree returns.", {}),
        (((2020, 4, 1), (2020, 5, 30)), "inline", "en", "Swiss Replica", "Rolex Submariner $189 – free shipping", "Replica Rolex Submariner $189",
         "Top quality Swiss replica watches. Rolex, Omega, Breitling from $189. Free DHL shipping. Order: http://swiss-replica.icu", {}),
        (((2017, 11, 22), (2017, 11, 25)), "icloud", "en", "Beats Store", None, "Black Friday: Beats by Dre $49.99 Only Today",
         "Beats Studio3, Solo3, Powerbeats – $49.99 Black Friday only\nbeatsbydre-bf.top", {"many": 6}),
        (((2022, 11, 21), (2022, 11, 26)), "python", "nl", "Sneaker Outlet", "Black Friday bij ons: alle sneakers nu €29,95",
         "Black Friday sneakers €29,95", "Alleen deze week: Nike, Adidas en New Balance sneakers voor €29,95.\nGratis verzending binnen Nederland.\nBekijk het aanbod: https://sneaker-outlet-nl.shop", {}),
        (((2021, 1, 10), (2021, 2, 20)), "php", "it", "Moncler Saldi", "Saldi Moncler -80%: piumini da 99€", "Saldi Moncler -80%",
         "Solo per pochi giorni: piumini Moncler originali da 99€.\nSpedizione gratuita in tutta Italia.\nAcquista ora: https://moncler-saldi.top/it", {}),
        (((2016, 11, 24), (2016, 11, 26)), "google", "zh", "包包清仓", None, "黑色星期五 Coach/MK 包包清仓 $29",
         "黑五大促！Coach、Michael Kors 正品包包清仓价 $29 起\n网址：www.bagsale-bf.top", {"gauth": "gmail"}),
    ]
    for i, (win, ch, lang, fname, subj, summ, desc, ex) in enumerate(items):
        arr = arrival_between(r, *win)
        to = rcpt(r)
        if ch in ("icloud",):
            frm = (fname, freemail_addr(r, "icloud.com", fname if fname.isascii() else None))
        elif ch == "google" and ex.get("gauth") == "gmail":
            frm = (fname, freemail_addr(r, "gmail.com", fname if fname.isascii() else None))
        elif ch == "yahoo":
            frm = (fname, freemail_addr(r, "yahoo.com"))
        elif ch == "outlookcom":
            frm = (fname, freemail_addr(r, r.choice(["outlook.com", "hotmail.com"])))
        else:
            frm = (fname, f"{junk_local(r)}@{junk_domain(r)}")
        tz = {"zh": "Asia/Shanghai", "de": "Europe/Berlin", "fr": "Europe/Paris", "es": "Europe/Madrid", "nl": "Europe/Amsterdam", "it": "Europe/Rome"}.get(lang, r.choice(["America/Los_Angeles", "America/New_York"]))
        if ex.get("swift"):
            loc = to_local("America/Mexico_City", arr)
            ev = Ev(uid="040000008200E00074C5B7101A82E008000000000E7DC3130401DA0100000000000000001000000033E511761BC6254BAEC4F36310F0E678" + r.letters(16, True),
                    summary=summ, description=desc, start=dt.datetime(loc.year, loc.month, loc.day) - dt.timedelta(days=3),
                    end=dt.datetime(loc.year, loc.month, loc.day) + dt.timedelta(days=30), all_day=True,
                    organizer=('"Walmart"', f"admin@{frm[1].split('@')[1]}"), attendees=[Att(to[1], cn=to[1])], cls="PUBLIC", prio=5,
                    transp="TRANSPARENT", lang="en-US", alarms=[Alarm(trigger="-PT7H", related="START", description="REMINDER")],
                    extra=["X-MICROSOFT-CDO-APPT-SEQUENCE:0", f"X-MICROSOFT-CDO-OWNERAPPTID:{r.randint(1, 2147483647)}", "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
                           "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE", "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE", "X-MICROSOFT-CDO-IMPORTANCE:2", "X-MICROSOFT-CDO-INSTTYPE:0"],
                    dtstamp=arr - dt.timedelta(days=r.randint(200, 400)))
            html = html_promo(r, "Alpha Heater", ["This winter, stop paying for expensive central heating.", "The Alpha Heater warms any room in minutes – <b>$0 upfront</b>.",
                                                  "Claim yours before stock runs out!"], "Get Alpha Heater", f"https://{junk_domain(r)}/ah/?c={r.hexs(12)}")
            b = send(r, arr, "swift", frm=(fname, f"admin@{frm[1].split('@')[1]}"), to=to, subject=subj, ev=ev, html=html, text=None,
                     layout="mixed_html_attach", cal_cte=None, msgid=f"<ecrq{r.letters(8)}_{r.digits(40)}{to[1]}{r.digits(60)}.1.{r.alnum(26, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}>",
                     sender=(fname, f"admin@{frm[1].split('@')[1]}"), env_from=f"admin@{r.letters(10)}.{frm[1].split('@')[1]}", dkims=[], spf="pass")
            out.append((b, "Exchange-2010 PRODID copied by a Swift mailer kit; product spam as a month-long all-day event, FREE/TRANSPARENT, 7h alarm (cf. phishing_pot sample-4587)"))
            continue
        ev = spam_event(r, arr, summary=summ, description=desc if not ex.get("html") else None, organizer=frm, attendee=to, tz=tz,
                        days=r.choice([0, 1, 2]), url=None)
        if ch == "icloud":
            many = ex.get("many", 0)
            others = [(None, freemail_addr(r, r.choice(["icloud.com", "me.com", "example.org", "example.com"]))) for _ in range(many)]
            from dc_clients import icloud_mail
            b = icloud_mail(r, arr=arr, org=frm, rcpt=to, ev=ev, lang=lang, others=others)
            out.append((b, f"iCloud-generated invitation from a throwaway iCloud account, {lang}; retail lure ({summ[:40]}) with {many} other invitees (2016-17 iCloud Black Friday wave)"))
            continue
        if ch == "google":
            b = send(r, arr, "google", frm=frm, to=to, ev=ev, lang=lang if lang != "zh" else "en", gauth=ex["gauth"], desc_html=desc if ex.get("html") else None)
            out.append((b, f"Google Calendar invitation ({ex['gauth']}) carrying a retail/discount-code lure, {lang}"))
            continue
        if ch == "outlookcom":
            b = send(r, arr, "outlookcom", frm=frm, to=to, ev=ev, text=desc)
            out.append((b, "Outlook.com consumer account sending a flash-sale invitation (dkim/dmarc pass for outlook.com)"))
            continue
        link = next((w for w in desc.replace("\n", " ").split() if w.startswith(("http", "www."))), None) or f"https://{junk_domain(r)}/"
        if not link.startswith("http"):
            link = "http://" + link
        paras = [x for x in desc.split("\n") if x and x != link]
        html = html_promo(r, summ, paras, {"de": "Jetzt shoppen", "fr": "J'en profite", "es": "Comprar ahora", "nl": "Shop nu", "it": "Acquista ora", "zh": "立即抢购"}.get(lang, "Shop now"), link,
                          footer={"de": "Abmelden", "fr": "Se désinscrire", "es": "Darse de baja", "nl": "Afmelden", "it": "Annulla iscrizione", "zh": "退订"}.get(lang, "Unsubscribe"))
        kw = {}
        if ch == "php" and r.random() < 0.4:
            kw["forged"] = forged_ar(r, frm[1].split("@")[1])
        b = send(r, arr, ch, frm=frm, to=to, subject=subj or summ, ev=ev, html=html, lang=lang, charset=ex.get("charset", "utf-8"),
                 reply_to=(fname, freemail_addr(r)) if r.random() < 0.4 else None, **kw)
        out.append((b, f"{ch} mailer, {lang}: retail lure '{summ[:45]}'" + ("; forged A-R below the real one" if kw.get("forged") else "")))
    return out


# ----------------------------------------------------------------------------------------------- prize-lottery
def prize_lottery(r):
    out = []
    P = [
        ("nl", "empty", "C adeaukaart-winnen!", "--Wij verloten we meerdere AlbertHeijn cadeau-kaarten!\t.{tag}..", None, None),
        ("nl", "duringfell", "Douglas Beauty Actie", "Jouw kans op een Douglas cadeaukaart van €250\u201dHH", "Douglas cadeaukaart €250 – bevestig je deelname",
         "Beste klant,\n\nJe bent uitgekozen om deel te nemen aan onze korte enquête. Beantwoord 3 vragen en maak kans op een Douglas cadeaukaart t.w.v. €250.\n\nDeelnemen: {link}\n\nDe actie sluit vandaag om 23:59."),
        ("nl", "ses", "Postcode Prijzen", "Uw postcode is getrokken! Claim uw prijs vóór middernacht", "Uw postcode is getrokken – claim €25.000",
         "Gefeliciteerd!\nUw postcode is bij de maandelijkse trekking als winnaar aangewezen.\nBevestig uw gegevens binnen 24 uur via {link} om de prijs van €25.000 te ontvangen."),
        ("nl", "php", "Jumbo Enquête", "Gefeliciteerd! Je bent geselecteerd voor de Jumbo-enquête", "Jumbo enquête – beloning €500",
         "Hoi!\nVul onze klantenenquête in (2 minuten) en ontvang een Jumbo-tegoedbon van €500.\nStart hier: {link}"),
        ("de", "google", "Lidl Gewinnspiel", None, "Glückwunsch! Lidl-Gutschein über 500 € – bitte bestätigen",
         "Sie wurden heute als Gewinner unseres Kundengewinnspiels ausgewählt.\nUm Ihren Lidl-Gutschein im Wert von 500 € zu erhalten, bestätigen Sie bitte Ihre Adresse:\n{link}\nDie Bestätigung ist nur heute möglich."),
        ("de", "sendgrid", "dm Kundenservice", "Ihr dm-Geschenk wartet: Nur noch 24 Stunden", "dm-Geschenkbox – noch 24 Stunden",
         "Liebe Kundin, lieber Kunde,\nals Dankeschön für Ihre Treue haben wir eine Geschenkbox für Sie reserviert.\nJetzt Versandkosten von 1,95 € bezahlen und Box sichern: {link}"),
        ("de", "php_shared", "ALDI Treueprogramm", "Letzte Erinnerung: Ihr ALDI-Treuebonus verfällt heute", "ALDI Treuebonus 250 € verfällt",
         "Ihr Treuebonus in Höhe von 250,00 € wurde noch nicht eingelöst.\nLösen Sie ihn bis heute 23:59 Uhr ein: {link}"),
        ("fr", "python", "Service Gagnants", "Félicitations ! Vous avez été sélectionné pour gagner un iPhone 16 Pro", "iPhone 16 Pro – vous êtes sélectionné(e)",
         "Bonjour,\nVotre adresse e-mail a été tirée au sort. Répondez à 3 questions pour recevoir votre iPhone 16 Pro (frais de port 2 €).\n{link}"),
        ("fr", "google", "Carrefour Fidélité", None, "Votre carte cadeau Carrefour de 100€ vous attend",
         "Bonjour,\nVous avez été choisi(e) pour recevoir une carte cadeau Carrefour d'une valeur de 100€.\nValidez votre participation avant ce soir : {link}"),
        ("fr", "ses_octet", "ANCV Dossier", "Vos Chèques-Vacances expirent bientôt", "Chèques-Vacances : 350 € à utiliser",
         "Bonjour,\nVos Chèques-Vacances d'une valeur de 350 € arrivent à expiration.\nDemandez leur conversion en ligne : {link}"),
        ("es", "sendgrid", "Premios Club", "¡Enhorabuena! Has sido seleccionado para recibir un Dyson V15", "Tu Dyson V15 te espera",
         "¡Hola!\nHas sido seleccionado entre nuestros clientes para recibir una aspiradora Dyson V15 por solo 1,95 € de envío.\nReclámala aquí: {link}"),
        ("es", "php", "Encuesta Mercadona", "Encuesta Mercadona: gana una tarjeta regalo de 300€", "Tarjeta regalo Mercadona 300€",
         "Participa en nuestra encuesta de satisfacción y consigue una tarjeta regalo de 300€.\nSolo hoy: {link}"),
        ("it", "ses", "Esselunga Premi", "Congratulazioni! Hai vinto un buono Esselunga da 500€", "Buono Esselunga 500€ – ritira il premio",
         "Gentile cliente,\nil tuo indirizzo è stato estratto nel concorso settimanale. Conferma i tuoi dati per ricevere il buono da 500€:\n{link}"),
        ("en", "google", "Walmart Rewards", None, "You've won a $1,000 Walmart Gift Card – claim by Friday",
         "Congratulations! You have been selected as this week's winner of a $1,000 Walmart Gift Card.\nClaim your reward here: {link}\nOffer expires Friday 11:59 PM."),
        ("en", "node", "Costco Rewards", "Costco Membership Rewards: your prize is waiting", "Costco prize – confirm shipping",
         "Dear Costco member,\nYou have been chosen to receive a FREE Ninja Air Fryer. Just pay $4.95 shipping.\nConfirm: {link}"),
        ("en", "ruby_saas", "Amazon Survey", "Your Amazon survey reward ($100) is ready", "Amazon reward $100",
         "Thank you for being a valued customer. Complete a 30-second survey to receive your $100 reward.\n{link}"),
        ("en", "outlookcom", "UK National Lottery", None, "FINAL NOTICE: Unclaimed prize £850,000",
         "UK NATIONAL LOTTERY – INTERNATIONAL PROMOTION\nYour email address was selected in our online draw and won £850,000.00.\nBatch No: UKNL/{n1}/{n2}\nTo claim, contact our claims agent Mr. Peter Collins: claims.ukl{n2}@{fm}\nKeep this notification confidential."),
        ("en", "yahoo", "Microsoft Promotion", "Your email won $2,500,000.00", "Microsoft Anniversary Draw – You Won",
         "Dear Winner,\nYour email was selected in the Microsoft 50th Anniversary online draw. You have won $2,500,000.00 USD.\nContact the claims department: {fm_addr} with your full name, address and phone number."),
        ("pt", "php_shared", "Clube de Prêmios", "Parabéns! Você ganhou um vale-presente de R$ 1.000", "Vale-presente R$ 1.000 – resgate hoje",
         "Olá!\nVocê foi sorteado em nossa promoção de aniversário e ganhou um vale-presente de R$ 1.000 das Americanas.\nResgate em: {link}"),
        ("en", "google", "Apple Giveaway", None, "🎁 Claim your Apple Watch Ultra – 1 left",
         "Only 1 Apple Watch Ultra left for loyal customers!\nAnswer 3 quick questions and pay only $1.99 shipping: {link}"),
        ("de", "empty", "Gewinnspiel-Team", "Wir haben versucht Sie zu erreichen. Bitte antworten!     {tag}", None, None),
    ]
    for i, (lang, ch, fname, subj, summ, desc) in enumerate(P):
        arr = arrival_between(r, (2019, 1, 1), (2026, 10, 31)) if ch not in ("empty", "duringfell") else arrival_between(r, (2025, 9, 1), (2025, 11, 15))
        to = rcpt(r)
        tz = {"nl": "Europe/Amsterdam", "de": "Europe/Berlin", "fr": "Europe/Paris", "es": "Europe/Madrid", "it": "Europe/Rome", "pt": "America/Sao_Paulo"}.get(lang, "America/New_York")
        link = phish_url(r, r.choice(["prize", "reward", "win", "gift"]), r.choice(["short", "hyphen", "path", "redirect", "cloud"]))
        fm = r.choice(["gmail.com", "outlook.com", "yahoo.com"])
        tag = r.letters(5, True)
        if ch in ("empty", "duringfell"):
            dom = junk_domain(r)
            frm = (fname, f"newsletters.{r.letters(4)}@{dom}")
            snd = (r.letters(7, True), f"{r.letters(7)}@{r.letters(5, True)}.com")
            filler = " ".join(r.hexs(r.randint(2, 19)) for _ in range(120))
            html = (f'<html><head><meta charset="utf-8"></head><body><center><a href="http://{r.letters(4)}.{r.choice(["webrentals", "meterology", "lodgeinfo"])}.example.com/r{r.hexs(4)}.php?32={r.hexs(24)}">'
                    f'<img src="https://{r.letters(6)}.example.com/{r.hexs(10)}.png" alt="{esc(subj if ch == "empty" else summ)}" width="600"></a></center>'
                    f'<div style="color:#fefefe;font-size:2px">{filler}</div>' + "".join(f"<p>{k}. __Ranodm_anm[{v},s]</p>" for k, v in enumerate([10, 8, 17, 15, 20], 1)) + "</body></html>")
            text = "  SELECT YOUR LOCAL\n\n  DUNHAM'S STORE\n\n\n \n" + r.letters(r.randint(2, 90)) + "\n"
            if ch == "empty":
                b = send(r, arr, "php", frm=frm, to=to, subject=subj.format(tag=tag), ev=None, ics="", text=text, html=html, layout="mixed_alt_cal_ics",
                         route_kind="vps", sender=snd, cal_cte="base64", text_cte="quoted-printable", html_cte="8bit",
                         route_kw={"sign": [(f"{r.letters(5)}.{r.letters(8)}.example.com", "selector1")], "env_from": f"newsletter.{r.letters(5)}@{dom}"},
                         spf="pass", dmarc_policy="none", extra_hdrs=[])
                out.append((b, f"DOCUMENTED EXCEPTION (no VCALENDAR): {lang} prize lure whose text/calendar and application/ics parts are empty, image-only HTML with hidden hex filler (cf. phishing_pot sample-5918/6168)"))
                continue
            ev = spam_event(r, arr, summary=summ, description=desc.format(link=link), organizer=frm, attendee=to, tz=tz)
            b = send(r, arr, "php", frm=frm, to=to, subject=subj.format(tag=tag), ev=ev, text=text, html=html, layout="mixed_alt_cal_ics",
                     route_kind="vps", sender=snd, cal_cte="base64", route_kw={"sign": [(f"{r.letters(5)}.{r.letters(8)}.example.com", "selector1")]},
                     spf="pass", dmarc_policy="none")
            out.append((b, "nl prize lure, image-only HTML with hex filler, the only readable lure is in the .ics; DKIM pass for an unrelated domain"))
            continue
        d = desc.format(link=link, n1=r.randint(100, 999), n2=r.randint(1000, 9999), fm=fm, fm_addr=freemail_addr(r, fm))
        if ch in ("google",):
            frm = (fname, f"{junk_local(r)}@{junk_domain(r)}") if r.random() < 0.6 else (fname, freemail_addr(r, "gmail.com"))
            ev = spam_event(r, arr, summary=summ, description=d, organizer=frm, attendee=to, tz=tz)
            b = send(r, arr, "google", frm=frm, to=to, ev=ev, lang=lang if lang in ("de", "fr", "es", "en", "nl", "it", "pt") else "en",
                     gauth="gmail" if frm[1].endswith("gmail.com") else r.choice(["workspace_nospf", "workspace_gapps"]))
            out.append((b, f"Google Calendar invitation with a {lang} prize/gift-card lure and a link in DESCRIPTION"))
            continue
        if ch in ("outlookcom", "yahoo"):
            frm = (fname, freemail_addr(r, "outlook.com" if ch == "outlookcom" else "yahoo.com"))
            ev = spam_event(r, arr, summary=summ, description=d, organizer=frm, attendee=to, tz=tz)
            b = send(r, arr, ch, frm=frm, to=to, subject=subj or summ, ev=ev, text=d, reply_to=(None, freemail_addr(r, fm)))
            out.append((b, f"{ch} freemail sender, classic e-mail lottery text in an invitation (advance-fee style prize)"))
            continue
        frm = (fname, f"{junk_local(r)}@{junk_domain(r)}")
        ev = spam_event(r, arr, summary=summ, description=d, organizer=frm if r.random() < 0.7 else (fname, freemail_addr(r)), attendee=to, tz=tz,
                        alarms=[Alarm(trigger="-PT30M")] if r.random() < 0.4 else None)
        paras = [x for x in d.split("\n") if x and link not in x]
        html = html_promo(r, summ, paras, {"de": "Jetzt einlösen", "fr": "Je participe", "es": "Reclamar", "nl": "Claim nu", "it": "Ritira ora", "pt": "Resgatar"}.get(lang, "Claim now"), link,
                          hidden=" ".join(r.letters(r.randint(3, 9)) for _ in range(30)) if r.random() < 0.4 else None)
        chx = "ses" if ch == "ses_octet" else ch
        b = send(r, arr, chx, frm=frm, to=to, subject=subj, ev=ev, html=html, lang=lang,
                 layout="mixed_html_octet" if ch == "ses_octet" else None, filename="cavinc.ics" if ch == "ses_octet" else None)
        out.append((b, f"{chx} sender, {lang} prize/survey lure '{summ[:40]}'"))
    return out


def esc(s):
    import html
    return html.escape(s or "")


# ----------------------------------------------------------------------------------------------- crypto
def crypto(r):
    out = []
    C = [
        ("ruby_saas", "en", "TrustWallet APP", "URGENT: Security Compromised - IMMEDIATE ACTION REQUIRED", "TrustWallet APP", None,
         ["We detected an unauthorized login attempt on your Trust Wallet.", "To protect your assets, you must re-validate your recovery phrase within 12 hours.", "Failure to do so will result in permanent suspension of your wallet."], "Secure My Wallet", (2023, 10, 1), (2024, 2, 1)),
        ("ruby_saas", "en", "SUSHI", "Claim Your $SUSHI", "SUSHI", None,
         ["🚀 Jump into the $SUSHI Airdrop!", "Are you a Sushiswap user? Today's your lucky day 🍀", "If you made a trade or added liquidity, you're in!", "A signature is required to prove ownership of the wallet."], "PARTICIPATE", (2023, 11, 1), (2024, 1, 31)),
        ("ruby_saas", "en", "OpenSea", "Exciting news! 🎉", "OpenSea", None,
         ["Hello,", "Someone has just made an offer on your listed item on OpenSea.", "To view the specifics of the offer, including the amount and expiration, please visit your listing."], "View Offer", (2024, 1, 1), (2024, 3, 31)),
        ("google", "en", "MetaMask Support", None, "Wallet verification required before {date}",
         "Dear MetaMask user,\nDue to the new EU MiCA regulation, all wallets must be verified before {date}. Unverified wallets will be restricted.\nVerify now: {link}\nThank you for choosing MetaMask.", None, None, (2024, 6, 1), (2025, 6, 30)),
        ("workmail", "en", "Ledger", "Important: Ledger Live firmware update required", "Ledger security update",
         None, ["Following a security incident, all Ledger Nano devices require an urgent firmware update.", "Download Ledger Live 2.81 and confirm your 24-word recovery phrase to complete the update."], "Update now", (2021, 1, 1), (2022, 12, 31)),
        ("ses", "en", "Coinbase", "Your Coinbase account has been restricted", "Coinbase – account restricted",
         None, ["We've temporarily restricted your account due to unusual activity.", "To restore full access, please complete the identity check within 48 hours."], "Restore access", (2022, 3, 1), (2025, 12, 31)),
        ("php", "en", "Binance", "Withdrawal request from new device – not you?", "Binance: withdrawal 1.25 BTC pending",
         "A withdrawal of 1.25 BTC to bc1q{addr} was requested from a new device (IP 203.0.113.77, Lagos, NG).\nIf this wasn't you, cancel immediately: {link}", None, None, (2021, 5, 1), (2024, 12, 31)),
        ("sendgrid", "en", "Arbitrum Foundation", "Claim your $ARB airdrop – Phase 2 ends soon", "$ARB Airdrop Phase 2",
         None, ["Phase 2 of the $ARB airdrop is live.", "Eligible wallets can claim up to 4,250 ARB.", "Connect your wallet before the snapshot closes."], "Claim $ARB", (2023, 3, 20), (2023, 6, 30)),
        ("python", "en", "Tesla Crypto Event", "Elon Musk: 5,000 BTC giveaway is live 🚀", "Live now: 5,000 BTC giveaway",
         "To celebrate, we are giving away 5,000 BTC.\nSend between 0.1 and 20 BTC to the address below and receive double back instantly.\nAddress: bc1q{addr}\nLive stream: {link}", None, None, (2021, 1, 1), (2023, 12, 31)),
        ("outlookcom", "de", "Krypto Auszahlung", None, "Bitcoin-Gewinne: Ihre Auszahlung von 4.850 € steht bereit",
         "Guten Tag,\nIhr Handelskonto weist einen Gewinn von 4.850,00 € aus. Für die Auszahlung ist eine letzte Verifizierung erforderlich.\nRufen Sie Ihren Kontomanager an: +49 30 901820-55 oder öffnen Sie {link}", None, None, (2021, 9, 1), (2025, 4, 30)),
        ("google", "en", "Crypto Wealth Academy", None, "Free masterclass: turn $250 into $2,800 a day",
         "Join our FREE live masterclass and learn the AI trading bot strategy that turns $250 into $2,800 per day.\nLimited seats: {link}\nWhatsApp: +44 7700 900{n3}", None, None, (2022, 1, 1), (2026, 9, 30)),
        ("php_shared", "es", "Blockchain.com", "Tu billetera Blockchain.com será desactivada", "Blockchain.com – verificación pendiente",
         "Estimado usuario,\nsu billetera será desactivada en 24 horas si no completa la verificación KYC.\nVerificar ahora: {link}", None, None, (2022, 1, 1), (2024, 12, 31)),
        ("node", "en", "Jupiter", "Solana airdrop: claim 2,500 $JUP", "$JUP airdrop – claim window open",
         None, ["Jupiter's second airdrop is live for active Solana wallets.", "Claim 2,500 $JUP before the window closes."], "Connect Phantom", (2024, 1, 25), (2025, 1, 31)),
        ("inline", "en", "Kraken", "Pending deposit of 0.48 BTC", "Kraken: pending deposit 0.48 BTC",
         "A deposit of 0.48 BTC is awaiting confirmation on your Kraken account. Confirm within 24h or it will be returned: {link}", None, None, (2020, 6, 1), (2023, 6, 30)),
        ("exo", "en", "Mining Payouts", None, "Mining contract payout: 0.1842 BTC awaiting approval",
         "Your cloud mining contract #MC-{n3}{n3} has generated 0.1842 BTC.\nApprove the payout to your wallet: {link}\nContract support: +1 (877) 555-0142", None, None, (2022, 1, 1), (2025, 12, 31)),
        ("icloud", "en", "Exodus Wallet", None, "Exodus: sync your recovery phrase",
         "Exodus wallet sync required. Open {link} and enter your 12-word phrase to restore your balance.", None, None, (2022, 5, 1), (2024, 5, 31)),
        ("yahoo", "en", "Atlas Capital Fund", "Guaranteed 12% weekly returns", "Investment opportunity: guaranteed 12% weekly",
         "Dear investor,\nOur crypto arbitrage fund pays a guaranteed 12% weekly return. Minimum deposit $500.\nContact your personal broker on WhatsApp: +1 (855) 555-0117\n{link}", None, None, (2019, 1, 1), (2022, 12, 31)),
        ("ses", "fr", "Investir Malin", "Crypto : les Français gagnent 3 200 € par semaine", "Méthode crypto – 3 200 €/semaine",
         None, ["Une nouvelle plateforme permet aux particuliers de gagner jusqu'à 3 200 € par semaine.", "Inscription gratuite, dépôt minimum 250 €."], "Je m'inscris", (2021, 1, 1), (2025, 12, 31)),
    ]
    for ch, lang, fname, subj, summ, desc, paras, btn, a, b_ in C:
        arr = arrival_between(r, a, b_)
        to = rcpt(r)
        link = phish_url(r, fname.split()[0].lower().replace(".", ""), r.choice(["hyphen", "sub", "cloud", "short", "punycode", "path"]))
        date = (arr + dt.timedelta(days=r.randint(1, 5))).strftime("%B %d, %Y")
        addr_ = r.alnum(38, "023456789acdefghjklmnpqrstuvwxyz")
        fmt = dict(link=link, date=date, addr=addr_, n3=r.randint(100, 999))
        tz = {"de": "Europe/Berlin", "es": "Europe/Madrid", "fr": "Europe/Paris"}.get(lang, "Europe/Paris" if ch == "ruby_saas" else "America/New_York")
        if ch == "ruby_saas":
            reply = (fname, freemail_addr(r, r.choice(["gmail.com", "notedns.example.com", "newcupon.example.org"])))
            saas_local = ascii_fold(fname).replace("app", "")[:12] or "info"
            frm = (fname, f"{saas_local}@email.salonbook.example.com")
            ev = Ev(uid=r.uuid4(), summary=summ, start=slot(arr, tz, r.choice([-2, 0, 1, 9]), r.randint(9, 17), r.choice([0, 5, 15, 30]))[1],
                    tz=tz, organizer=(fname, reply[1]), location="", status=None, transp=None, seq=None)
            ev.end = ev.start + dt.timedelta(hours=1)
            html = html_promo(r, fname, paras, btn, link)
            if fname == "OpenSea":
                html = html.replace("</body>", "<p>Bonjour ssd,<br>Votre rendez-vous pour le samedi à 11:30 été annulé.<br>Cordialement, OpenSea 062928272</p></body>")
            bb = send(r, arr, "ruby_saas", frm=frm, to=to, subject=subj, ev=ev, html=html, text="Please use a HTML enabled email client to view this message.",
                      method="PUBLISH", reply_to=reply, sender=f"{saas_local}@email.salonbook.example.com", prodid="icalendar-ruby", tzstyle="apple", text_cte="7bit")
            out.append((bb, f"abused appointment-booking SaaS (icalendar-ruby PUBLISH via Mailgun/Postmark, dkim/dmarc pass for the SaaS); {fname} lure, organizer a freemail reply-to (cf. phishing_pot sample-1995/2060/2638)"))
            continue
        d = desc.format(**fmt) if desc else "\n".join(paras) + f"\n{link}"
        if ch in ("google", "icloud", "outlookcom", "exo", "yahoo"):
            frm = (fname, freemail_addr(r, {"icloud": "icloud.com", "outlookcom": "outlook.com", "yahoo": "yahoo.com"}.get(ch, "gmail.com"))) if ch != "exo" else (fname, f"{r.choice(FIRST).lower()}@{r.choice(['logistik', 'praxis', 'studio', 'autohaus'])}-{r.letters(5)}.example.com")
            if ch == "google" and r.random() < 0.5:
                frm = (fname, f"{junk_local(r)}@{junk_domain(r)}")
            ev = spam_event(r, arr, summary=summ.format(**fmt), description=d, organizer=frm, attendee=to, tz=tz)
            gauth = "gmail" if frm[1].endswith("gmail.com") else "workspace_nospf"
            bb = send(r, arr, ch, frm=frm, to=to, subject=(subj or summ).format(**fmt), ev=ev, text=d, lang=lang, gauth=gauth,
                      reply_to=(None, freemail_addr(r)) if ch == "yahoo" else None)
            out.append((bb, f"{ch}: {fname} crypto lure ({lang})" + (" from a compromised Microsoft 365 tenant (dkim/dmarc pass)" if ch == "exo" else "")))
            continue
        frm = (fname, f"{r.choice(['no-reply', 'support', 'security', 'info', 'team'])}@{junk_domain(r)}")
        ev = spam_event(r, arr, summary=summ.format(**fmt), description=d, organizer=frm if r.random() < 0.6 else (fname, freemail_addr(r)), attendee=to, tz=tz,
                        url=link if r.random() < 0.3 else None)
        html = html_promo(r, fname, paras or [x for x in d.split("\n") if x and link not in x], btn or "Continue", link,
                          footer=f"© {arr.year} {fname}. All rights reserved.")
        kw = {}
        if ch in ("php", "inline") and r.random() < 0.5:
            kw["forged"] = forged_ar(r, "coinbase.com" if "Coin" in fname else "binance.com")
        bb = send(r, arr, ch, frm=frm, to=to, subject=subj.format(**fmt), ev=ev, html=html if ch != "inline" else None, text=None if ch != "inline" else d, lang=lang, **kw)
        out.append((bb, f"{ch}: {fname} crypto lure ({lang})" + ("; forged A-R header below the real one" if kw else "")))
    return out


# ----------------------------------------------------------------------------------------------- dating-adult
def dating(r):
    out = []
    D = [
        ("google", "en", "Anna", "Anna (24) sent you 3 private photos 💋", "Hi handsome, I finally uploaded my new photos. They're only for you 😘\nSee them here before I delete them: {link}"),
        ("icloud", "en", "Jessica", "Can we meet tonight? I'm near you ;)", "I noticed you live close to me. I'm free tonight after 9. Text me here: {link}"),
        ("outlookcom", "en", "Emily Rose", "I saw your profile... are you still single?", "Hello dear,\nI came across your profile and something told me to write you. I am 34, kind and honest, looking for a serious man.\nWrite me back at {fm} so I can send you my pictures.\nEmily"),
        ("yahoo", "ru", "Катя", "Привет! Ты мне понравился 😘", "Привет! Я видела твою анкету и ты мне очень понравился. Давай познакомимся поближе? Мои фото здесь: {link}\nЖду ответа, Катя"),
        ("php", "de", "Lisa", "Lisa (29) möchte dich heute Abend treffen", "Hey :)\nich bin Lisa, 29, und wohne ganz in deiner Nähe. Hast du heute Abend Zeit?\nSchau dir mein Profil an: {link}"),
        ("php", "fr", "Julie", "Julie vous a envoyé un clin d'œil 😉", "Julie, 27 ans, vous a envoyé un clin d'œil et 2 messages privés.\nConnectez-vous pour les lire : {link}"),
        ("ses", "es", "Sofía", "Tienes una cita pendiente con Sofía 🌹", "Sofía ha aceptado tu invitación. Confirma la cita de esta noche aquí: {link}"),
        ("sendgrid", "en", "SingleMatch", "12 new matches near you", "Local singles in your area are waiting. You have 12 new matches and 4 unread messages.\nView matches: {link}"),
        ("google", "en", "Natalia", "Date confirmed: Dinner with Natalia ❤️", "Dinner at 8? I booked a table. Please confirm on my page so I know you are real: {link}"),
        ("inline", "en", "Vicky", "Private video chat tonight?", "Private video chat tonight? I'm online from 10pm. Join: {link}"),
        ("node", "en", "Elite Arrangements", "Generous gentleman wanted", "Successful and generous? Meet attractive partners for mutually beneficial arrangements. Free sign-up: {link}"),
        ("outlookcom", "en", "Sgt. Kate Wilson", "Hello from Kate", "Hello my dear,\nI am Sgt. Kate Wilson from Texas, currently serving on a peacekeeping mission. I am a widow and I am looking for an honest man to share my life with.\nI have some important things to discuss with you. Please write me on {fm}\nKate"),
        ("php_shared", "it", "Giulia", "Giulia ti ha scritto: vediamoci stasera?", "Ciao! Sono Giulia, 26 anni. Ho visto il tuo profilo e mi piacerebbe conoscerti. Stasera sono libera 😊 Scrivimi qui: {link}"),
        ("python", "nl", "Sanne", "Sanne (31) wil je graag ontmoeten", "Hoi! Ik ben Sanne, 31 jaar. Zin om vanavond iets te drinken? Mijn profiel: {link}"),
        ("icloud", "zh", "小雪", "寂寞美女在线陪聊 今晚见面", "你好，我是小雪，今晚一个人在家，想找人聊天见面。加我：{link}"),
        ("google", "pt", "Bia", "Oi amor, vamos nos encontrar hoje? 💕", "Oi amor! Estou sozinha hoje à noite. Veja minhas fotos e me chama: {link}"),
    ]
    for ch, lang, fname, summ, desc in D:
        arr = arrival_between(r, (2016, 3, 1), (2026, 10, 31))
        to = rcpt(r)
        link = r.choice([short_url(r), f"https://{junk_domain(r, r.choice(['top', 'online', 'live', 'site']))}/{r.choice(['p', 'profile', 'u', 'girls'])}/{r.alnum(6)}", phish_url(r, "date", "cloud")])
        fm = freemail_addr(r, r.choice(["gmail.com", "yahoo.com", "outlook.com"]), "kate.wilson" if "Kate" in fname else None)
        d = desc.format(link=link, fm=fm)
        tz = {"ru": "Europe/Moscow", "de": "Europe/Berlin", "fr": "Europe/Paris", "es": "Europe/Madrid", "it": "Europe/Rome", "nl": "Europe/Amsterdam", "zh": "Asia/Shanghai", "pt": "America/Sao_Paulo"}.get(lang, "America/Chicago")
        if ch in ("google", "icloud", "outlookcom", "yahoo"):
            frm = (fname, freemail_addr(r, {"google": "gmail.com", "icloud": "icloud.com", "outlookcom": r.choice(["outlook.com", "hotmail.com"]), "yahoo": "yahoo.com"}[ch]))
            ev = spam_event(r, arr, summary=summ, description=d, organizer=frm, attendee=to, tz=tz, days=0, hour=r.choice([20, 21, 22]))
            bb = send(r, arr, ch, frm=frm, to=to, subject=summ, ev=ev, text=d, lang=lang if lang in ("en", "de", "fr", "es", "pt", "nl", "it") else ("zh" if ch == "icloud" else "en"),
                      gauth="gmail")
            out.append((bb, f"{ch} freemail organizer, dating/romance lure in {lang}, event set for tonight"))
            continue
        frm = (fname, f"{junk_local(r)}@{junk_domain(r, r.choice(['online', 'live', 'top', None]))}")
        ev = spam_event(r, arr, summary=summ, description=d, organizer=frm, attendee=to, tz=tz, days=0, hour=r.choice([19, 20, 21, 22, 23]),
                        location=r.choice([None, "Online", link]), alarms=[Alarm(trigger="-PT5M")] if r.random() < 0.5 else None)
        html = html_promo(r, summ, [x for x in d.split("\n") if link not in x] or [summ], {"de": "Profil ansehen", "fr": "Voir le profil", "es": "Ver perfil", "it": "Guarda", "nl": "Bekijk", "ru": "Смотреть"}.get(lang, "View profile"), link,
                          img=f"https://{junk_domain(r)}/img/{r.hexs(8)}.jpg" if r.random() < 0.5 else None)
        bb = send(r, arr, ch, frm=frm, to=to, subject=summ, ev=ev, html=html if ch != "inline" else None, text=d if ch == "inline" else None, lang=lang)
        out.append((bb, f"{ch} mailer, dating lure in {lang}"))
    return out


# ----------------------------------------------------------------------------------------------- advance-fee
YAHOO_419 = [
    ("ATTENTION BENEFICIARY: Your ATM Card Worth $2.5 Million USD", "Attention Beneficiary,\nThis is to inform you that your ATM card worth $2,500,000.00 USD has been approved for delivery by the International Monetary Fund (IMF) in conjunction with the World Bank.\nContact the courier director Dr. James Udo with your full name, address and phone number.\nEmail: {fm}\nRegards, Mrs. Linda Clark"),
    ("Compensation payment from the United Nations", "Dear Friend,\nThe United Nations Compensation Commission has approved the sum of $1,800,000.00 USD as compensation to scam victims. Your email was listed among the beneficiaries.\nReconfirm your details to Mr. Kofi Mensah: {fm}"),
    ("Dear Friend, I need your assistance", "Dear Friend,\nI am Mrs. Aisha Al-Rashid, a widow and mother of three. I have a business proposal worth $27.5 million and I need a trustworthy partner in your country.\nPlease reply to my private email {fm} for more details.\nGod bless you."),
    ("Donation of $1,500,000.00 to you", "Hello,\nMy wife and I won the Powerball jackpot of $758.7 million and we are donating $1,500,000.00 to 5 random individuals. Your email was picked.\nContact us at {fm} to claim your donation."),
    ("Inheritance fund of late Engr. Robert {last}", "Dear {last},\nI am Barrister Samuel Okoye, personal attorney to late Engr. Robert {last}, who died with his family in a car accident. He left a deposit of $8.6 million with a bank here and I need you to stand as next of kin since you share the same surname.\nReply to {fm}"),
    ("Urgent business proposal", "Good day,\nI am Mr. Ibrahim Traoré, manager of the audit department of a bank in Ouagadougou, Burkina Faso. I discovered an abandoned sum of $15.5 million (Fifteen Million Five Hundred Thousand US Dollars) in an account belonging to a foreign customer.\nI need your assistance to transfer it. You will receive 40%.\nContact: {fm}"),
    ("FBI Notification: fund release", "FEDERAL BUREAU OF INVESTIGATION\nAnti-Terrorist and Monetary Crimes Division\nWe have confirmed your payment of $4.5M is legitimate and was held because of missing documents. Pay the clearance fee of $195 to release your funds.\nDirector: Christopher Wray\nContact agent: {fm}"),
    ("(No subject)", "Greetings,\nI have an important business transaction of mutual benefit. I will give you full details when you reply.\nThanks,\nMr. Chen Wang\n{fm}"),
]


def advance_fee(r):
    out = []
    domains = ["example.com", "example.org", "mail.example.com", "example.org", "home.example.net", "isp.example.com", "uni.example.edu".replace(".edu", ".org"),
               "example.com", "post.example.org", "gmail.com", "yahoo.com", "hotmail.com"]
    for i, (subj, body) in enumerate(YAHOO_419):
        arr = arrival_between(r, (2016, 9, 1), (2018, 12, 31))
        to = rcpt(r)
        last = r.choice(LAST)
        sb = freemail_addr(r, r.choice(["gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "mail.com"]))
        d = body.format(fm=freemail_addr(r, r.choice(["gmail.com", "outlook.com", "yahoo.com"])), last=last)
        frm = (r.choice(["Mrs. Linda Clark", "Dr. James Udo", "Kofi Mensah", "Aisha", "Barrister Samuel", "Ibrahim T.", "Fbi Office", "Chen Wang"]), freemail_addr(r, "yahoo.com"))
        atts = [Att(to[1], cn=None, role="REQ_PARTICIPANT" if r.random() < 0.5 else "REQ-PARTICIPANT")]
        n_att = r.choice([38, 40, 40, 40, 45]) if i != 7 else 25
        for _ in range(n_att - 1):
            atts.append(Att(freemail_addr(r, r.choice(domains)), cn=None, role="REQ-PARTICIPANT", rsvp=True))
        r.shuffle(atts)
        seq = r.choice([45, 112, 388, 907, 1543, 2296, r.randint(45, 2296)])
        ev = Ev(uid=r.uuid4(), summary=subj, description=d, start=slot(arr, "America/Los_Angeles", r.randint(0, 2), r.randint(8, 18))[1],
                tz="America/Los_Angeles", organizer=(frm[0], frm[1]), sent_by=sb, attendees=atts, seq=seq, status="CANCELLED" if r.random() < 0.5 else "CONFIRMED",
                alarms=[Alarm(trigger="-PT30M", description="Reminder")], prio=0, cls="PUBLIC")
        ev.end = ev.start + dt.timedelta(minutes=r.choice([30, 60]))
        ics = vcal([ev], "CANCEL", "generic", prodid=r.choice(["//Yahoo//Calendar//EN", "-//Yahoo! Inc.//Yahoo Calendar//EN"]),
                   stamp=arr - dt.timedelta(seconds=20), tail_tz=True)
        html = "<html><body><div>" + "<br>".join(esc(x) for x in d.split("\n")) + "</div></body></html>"
        bb = send(r, arr, "yahoo", frm=frm, to=to, subject=f"Cancelled: {subj}" if subj != "(No subject)" else "Cancelled: (No subject)",
                  ev=None, ics=ics, text=d, html=html, layout="alt_cal", method="REQUEST",
                  to_hdr=", ".join(a.email for a in atts[:n_att]) if r.random() < 0.5 else None)
        out.append((bb, f"Yahoo Calendar 419 sample: text/calendar method=REQUEST but METHOD:CANCEL, {n_att} unrelated attendees, SEQUENCE {seq}, SENT-BY freemail, VALARM -PT30M (practices §5.3)"))
    O = [
        ("google", "en", "Business proposal – oil & gas contract (confidential)", "Dear Sir/Madam,\nI am Engr. Musa Bello, a director at the Nigerian National Petroleum Company. We have an over-invoiced contract sum of $32 million that we want to transfer to a foreign partner. You will receive 30% for your assistance.\nKindly reply with your direct phone number.\n{fm}"),
        ("outlookcom", "fr", "Don de 850 000 € – veuillez me répondre", "Bonjour,\nJe suis Mme Brigitte Lefèvre, atteinte d'un cancer en phase terminale. Je souhaite faire don de mes biens d'une valeur de 850 000 € à une personne honnête. Contactez mon notaire Maître Girard : {fm}\nQue Dieu vous bénisse."),
        ("php", "de", "Spende von 950.000,00 € für Sie", "Hallo,\nich bin Frau Gabriele Schuster. Ich habe im EuroJackpot gewonnen und möchte Ihnen 950.000,00 € spenden. Bitte kontaktieren Sie mich für die Auszahlung: {fm}"),
        ("google", "es", "Herencia sin reclamar – ¿comparte usted el apellido?", "Estimado/a:\nSoy el abogado Carlos Méndez. Un cliente mío falleció sin herederos y dejó 6,4 millones de euros. Como usted comparte el apellido, puede presentarse como beneficiario. Escríbame a {fm}"),
        ("onprem", "en", "Diplomatic consignment box at JFK – delivery fee", "Attention,\nA diplomatic consignment box containing $4,100,000.00 registered in your name has arrived at JFK International Airport. The diplomat Mr. Jerry Smith requires a delivery fee of $420 to release it.\nCall +1 (347) 555-0139 or email {fm}"),
        ("icloud", "en", "Next of kin claim – urgent", "Good day,\nI am Barrister John Williams. I wish to present you as next of kin to my late client's estate valued at $9.2M. This is 100% risk-free.\nReply: {fm}"),
        ("php_shared", "pt", "Proposta de negócio confidencial", "Prezado(a),\nSou o Sr. António Pereira, gerente bancário em Luanda. Tenho uma proposta de negócio confidencial no valor de 12 milhões de dólares. Responda para {fm}"),
        ("ses", "it", "Eredità di 4,2 milioni di euro", "Gentile signore/signora,\nsono l'avvocato Marco Ferri. Un mio cliente è deceduto lasciando un'eredità di 4,2 milioni di euro senza eredi. Mi contatti in via riservata: {fm}"),
        ("yahoo_req", "en", "WESTERN UNION payment $5,000 daily", "Dear Beneficiary,\nWestern Union has been mandated to pay you $5,000 daily until your total fund of $1.5M is completed. Send your name and address and the transfer fee of $98 to {fm}.\nMTCN will be issued after payment."),
        ("thunderbird", "en", "Partnership Request – Investment in Your Country", "Dear Partner,\nI represent a group of investors from the Gulf region seeking to invest $50 million in your country in real estate or any profitable business. You will earn 10% commission.\nPlease send your proposal to {fm}"),
    ]
    for ch, lang, summ, body in O:
        arr = arrival_between(r, (2016, 1, 1), (2026, 10, 31))
        to = rcpt(r)
        d = body.format(fm=freemail_addr(r, r.choice(["gmail.com", "outlook.com", "yahoo.com", "aol.com"])))
        tz = r.choice(["Africa/Lagos", "Europe/London", "America/New_York", "Europe/Paris"])
        if ch in ("google", "outlookcom", "icloud"):
            frm = (summ.split()[0] if False else r.choice(["Engr. Musa Bello", "Mme Brigitte", "Carlos Méndez", "John Williams"]), freemail_addr(r, {"google": "gmail.com", "outlookcom": "outlook.fr" if lang == "fr" else "outlook.com", "icloud": "icloud.com"}[ch]))
            ev = spam_event(r, arr, summary=summ, description=d, organizer=frm, attendee=to, tz=tz)
            bb = send(r, arr, ch, frm=frm, to=to, subject=summ, ev=ev, text=d, lang=lang, gauth="gmail")
            out.append((bb, f"{ch} freemail organizer, 419/inheritance text ({lang})"))
        elif ch == "onprem":
            dom = f"{r.choice(['uni', 'fh', 'college'])}-{r.letters(5)}.example.edu"
            frm = ("Dip. Services", f"{r.letters(1)}.{r.choice(LAST).lower().replace(' ', '')}@{dom}")
            ev = spam_event(r, arr, summary=summ, description=d, organizer=frm, attendee=to, tz=tz)
            bb = send(r, arr, "onprem", frm=frm, to=to, ev=ev, text=d, reply_to=None)
            out.append((bb, "compromised university Exchange account (dkim/dmarc pass) relaying a 419 'consignment box' lure with phone callback"))
        elif ch == "yahoo_req":
            frm = ("Western Union", freemail_addr(r, "yahoo.com"))
            ev = spam_event(r, arr, summary=summ, description=d, organizer=frm, attendee=to, tz=tz, seq=r.randint(3, 60))
            bb = send(r, arr, "yahoo", frm=frm, to=to, subject=summ, ev=ev, text=d, prodid="//Yahoo//Calendar//EN")
            out.append((bb, "Yahoo Calendar REQUEST (not cancel) with 419 payment text"))
        elif ch == "thunderbird":
            dom = f"{r.letters(6)}-consult.example.org"
            frm = ("Dr. Faisal Al-Mansouri", f"info@{dom}")
            ev = spam_event(r, arr, summary=summ, description=d, organizer=frm, attendee=to, tz="Asia/Dubai")
            bb = send(r, arr, "thunderbird", frm=frm, to=to, ev=ev, lang="en", route_kind="postfix")
            out.append((bb, "Thunderbird-built invitation from a small self-hosted domain (dkim pass), investor/partnership 419 text"))
        else:
            frm = (r.choice(["Frau Schuster", "Sr. Pereira", "Avv. Marco Ferri"]), f"{junk_local(r)}@{junk_domain(r)}")
            ev = spam_event(r, arr, summary=summ, description=d, organizer=frm, attendee=to, tz=tz)
            bb = send(r, arr, ch, frm=frm, to=to, subject=summ, ev=ev, text=d, html=None, lang=lang, layout=r.choice(["mixed_plain_attach", "alt_plain_cal", "inline"]),
                      reply_to=(None, freemail_addr(r)))
            out.append((bb, f"{ch} mailer, 419 text in {lang}, plain-text only"))
    return out
