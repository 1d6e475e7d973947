"""Localised date rendering used in message bodies."""

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "hi": "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
}
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar",
    "ru": "понедельник вторник среда четверг пятница суббота воскресенье",
    "id": "Senin Selasa Rabu Kamis Jumat Sabtu Minggu",
    "hi": "सोमवार मंगलवार बुधवार गुरुवार शुक्रवार शनिवार रविवार",
    "ar": "الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد",
    "ja": "月 火 水 木 金 土 日",
    "zh": "一 二 三 四 五 六 日",
}


def when(lang, d, end=None, style="long"):
    """Render a local date/time (and optional end time) as people write it."""
    hm = "%02d:%02d" % (d.hour, d.minute)
    eh = ("%02d:%02d" % (end.hour, end.minute)) if end else None
    if lang == "en":
        h12 = lambda x: ("%d:%02d%s" % ((x.hour - 1) % 12 + 1, x.minute, "am" if x.hour < 12 else "pm")).replace(":00", "")
        wd = WEEKDAYS["en"].split()[d.weekday()]
        mo = MONTHS["en"].split()[d.month - 1]
        if style == "short":
            return "%s %s %d, %d %s%s" % (wd[:3], mo[:3], d.day, d.year, h12(d), (" - " + h12(end)) if end else "")
        return "%s, %s %d, %d %s%s" % (wd, mo, d.day, d.year, h12(d), (" – " + h12(end)) if end else "")
    if lang == "ja":
        s = "%d年%d月%d日(%s) %s" % (d.year, d.month, d.day, WEEKDAYS["ja"].split()[d.weekday()], hm)
        return s + ("～" + eh if end else "")
    if lang == "zh":
        s = "%d年%d月%d日 星期%s %s" % (d.year, d.month, d.day, WEEKDAYS["zh"].split()[d.weekday()], hm)
        return s + ("-" + eh if end else "")
    wd = WEEKDAYS[lang].split()[d.weekday()]
    mo = MONTHS[lang].split()[d.month - 1]
    rng = (" - " + eh) if end else ""
    if lang == "de":
        return "%s, %d. %s %d, %s%s Uhr" % (wd, d.day, mo, d.year, hm, rng)
    if lang in ("fr",):
        return "%s %d %s %d à %s%s" % (wd, d.day, mo, d.year, hm.replace(":", "h"), ("–" + eh.replace(":", "h")) if end else "")
    if lang in ("es", "pt"):
        return "%s, %d de %s de %d, %s%s" % (wd, d.day, mo, d.year, hm, rng)
    if lang == "it":
        return "%s %d %s %d, ore %s%s" % (wd, d.day, mo, d.year, hm, rng)
    if lang in ("nl", "sv", "pl", "id"):
        return "%s %d %s %d %s%s" % (wd, d.day, mo, d.year, hm, rng)
    if lang == "tr":
        return "%d %s %d %s, %s%s" % (d.day, mo, d.year, wd, hm, rng)
    if lang == "ru":
        return "%s, %d %s %d г., %s%s" % (wd, d.day, mo, d.year, hm, rng)
    if lang == "hi":
        return "%s, %d %s %d, %s%s" % (wd, d.day, mo, d.year, hm, rng)
    if lang == "ar":
        return "%s %d %s %d، الساعة %s%s" % (wd, d.day, mo, d.year, hm, rng)
    return "%s %s" % (d.strftime("%Y-%m-%d"), hm)


def date_only(lang, d):
    s = when(lang, d.replace(hour=0, minute=0))
    for cut in (" 12am", " 00:00 Uhr", " à 00h00", ", 00:00", ", ore 00:00", " 00:00", ", 00:00", "، الساعة 00:00"):
        if s.endswith(cut):
            return s[: -len(cut)]
    return s
