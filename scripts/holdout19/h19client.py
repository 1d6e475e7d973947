"""E-mail renderers imitating the MIME layout and headers of calendar clients."""
import html as htmlmod
import uuid

from h19util import (Part, text_part, hv, addr, fold_header, rfc2822, UTC, utc_to_local, tzinfo_for, abbr,
                     local_to_utc, can_enc)
from h19ident import alnum, hexrand, MSLANG, LEGACY_CS, b64rand
import h19ical

# ------------------------------------------------------------------ chrome strings
# inv, when, where, org, guests, yes, no, maybe, accepted, declined, tentative, canceled, updated, join
CH = {
    "en": ["Invitation", "When", "Where", "Organizer", "Guests", "Yes", "No", "Maybe", "Accepted", "Declined", "Tentative", "Canceled", "Updated invitation", "Join"],
    "de": ["Einladung", "Wann", "Wo", "Organisator", "Gäste", "Ja", "Nein", "Vielleicht", "Angenommen", "Abgelehnt", "Mit Vorbehalt", "Abgesagt", "Aktualisierte Einladung", "Teilnehmen"],
    "fr": ["Invitation", "Quand", "Où", "Organisateur", "Invités", "Oui", "Non", "Peut-être", "Accepté", "Refusé", "Provisoire", "Annulé", "Invitation mise à jour", "Rejoindre"],
    "es": ["Invitación", "Cuándo", "Dónde", "Organizador", "Invitados", "Sí", "No", "Quizás", "Aceptado", "Rechazado", "Provisional", "Cancelado", "Invitación actualizada", "Unirse"],
    "it": ["Invito", "Quando", "Dove", "Organizzatore", "Invitati", "Sì", "No", "Forse", "Accettato", "Rifiutato", "Provvisorio", "Annullato", "Invito aggiornato", "Partecipa"],
    "pt": ["Convite", "Quando", "Onde", "Organizador", "Convidados", "Sim", "Não", "Talvez", "Aceito", "Recusado", "Provisório", "Cancelado", "Convite atualizado", "Participar"],
    "nl": ["Uitnodiging", "Wanneer", "Waar", "Organisator", "Gasten", "Ja", "Nee", "Misschien", "Geaccepteerd", "Geweigerd", "Voorlopig", "Geannuleerd", "Bijgewerkte uitnodiging", "Deelnemen"],
    "pl": ["Zaproszenie", "Kiedy", "Gdzie", "Organizator", "Goście", "Tak", "Nie", "Może", "Zaakceptowane", "Odrzucone", "Wstępnie", "Anulowane", "Zaktualizowane zaproszenie", "Dołącz"],
    "ru": ["Приглашение", "Когда", "Где", "Организатор", "Гости", "Да", "Нет", "Возможно", "Принято", "Отклонено", "Под вопросом", "Отменено", "Обновленное приглашение", "Присоединиться"],
    "el": ["Πρόσκληση", "Πότε", "Πού", "Διοργανωτής", "Προσκεκλημένοι", "Ναι", "Όχι", "Ίσως", "Αποδεκτό", "Απορρίφθηκε", "Πιθανό", "Ακυρώθηκε", "Ενημερωμένη πρόσκληση", "Συμμετοχή"],
    "ar": ["دعوة", "متى", "أين", "المنظِّم", "الضيوف", "نعم", "لا", "ربما", "مقبول", "مرفوض", "مبدئي", "تم الإلغاء", "دعوة محدَّثة", "انضمام"],
    "he": ["הזמנה", "מתי", "איפה", "מארגן", "אורחים", "כן", "לא", "אולי", "התקבל", "נדחה", "אולי", "בוטל", "הזמנה מעודכנת", "הצטרפות"],
    "zh": ["邀请", "时间", "地点", "组织者", "邀请对象", "是", "否", "可能", "已接受", "已拒绝", "暂定", "已取消", "更新后的邀请", "加入"],
    "ja": ["招待", "日時", "場所", "主催者", "ゲスト", "はい", "いいえ", "未定", "承諾", "辞退", "仮承諾", "キャンセル", "更新された招待", "参加"],
    "ko": ["초대", "일시", "장소", "주최자", "참석자", "예", "아니요", "미정", "수락됨", "거절됨", "미정", "취소됨", "업데이트된 초대", "참여"],
    "hi": ["आमंत्रण", "कब", "कहाँ", "आयोजक", "अतिथि", "हाँ", "नहीं", "शायद", "स्वीकार किया", "अस्वीकार किया", "संभावित", "रद्द", "अपडेट किया गया आमंत्रण", "शामिल हों"],
    "th": ["คำเชิญ", "เมื่อใด", "ที่ไหน", "ผู้จัด", "ผู้เข้าร่วม", "ใช่", "ไม่", "อาจจะ", "ตอบรับแล้ว", "ปฏิเสธแล้ว", "ไม่แน่นอน", "ยกเลิกแล้ว", "คำเชิญที่อัปเดต", "เข้าร่วม"],
    "tr": ["Davet", "Ne zaman", "Nerede", "Düzenleyen", "Davetliler", "Evet", "Hayır", "Belki", "Kabul edildi", "Reddedildi", "Belirsiz", "İptal edildi", "Güncellenmiş davet", "Katıl"],
}
K = {k: i for i, k in enumerate(["inv", "when", "where", "org", "guests", "yes", "no", "maybe", "accepted", "declined",
                                  "tentative", "canceled", "updated", "join"])}


def ch(lang, key):
    return CH.get(lang, CH["en"])[K[key]]


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _h12(d):
    h = d.hour % 12 or 12
    ap = "am" if d.hour < 12 else "pm"
    return ("%d%s" % (h, ap)) if d.minute == 0 else ("%d:%02d%s" % (h, d.minute, ap))


def when_str(ev, lang, tzid=None, style="google"):
    s, e = ev["start"], ev["end"]
    tz = tzid or ev["tz"]
    if tzid and tzid != ev["tz"] and not ev.get("allday"):
        s = utc_to_local(tzid, local_to_utc(ev["tz"], s))
        e = utc_to_local(tzid, local_to_utc(ev["tz"], e))
    if ev.get("allday"):
        if lang == "en":
            return "%s %s %d, %d" % (DAY[s.weekday()], MON[s.month - 1], s.day, s.year)
        return s.strftime("%d.%m.%Y")
    if lang == "en":
        return "%s %s %d, %d %s – %s (%s)" % (DAY[s.weekday()], MON[s.month - 1], s.day, s.year, _h12(s), _h12(e),
                                              abbr(tz, s))
    return "%s %s – %s (%s)" % (s.strftime("%d.%m.%Y"), s.strftime("%H:%M"), e.strftime("%H:%M"), abbr(tz, s))


def when_ms(ev, lang):
    s, e = ev["start"], ev["end"]
    if lang == "en":
        return "%s, %s %d, %d %s-%s" % (["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][s.weekday()],
                                        ["January", "February", "March", "April", "May", "June", "July", "August",
                                         "September", "October", "November", "December"][s.month - 1], s.day, s.year,
                                        s.strftime("%I:%M %p").lstrip("0"), e.strftime("%I:%M %p").lstrip("0"))
    return "%s %s-%s" % (s.strftime("%d.%m.%Y"), s.strftime("%H:%M"), e.strftime("%H:%M"))


def h(t):
    return htmlmod.escape(t or "", quote=True)


def linkify(t):
    import re
    out = h(t)
    out = re.sub(r"(https?://[^\s<>&]+(?:&amp;[^\s<>&]+)*)", r'<a href="\1">\1</a>', out)
    return out.replace("\n", "<br>\n")


def simple_html(body_text, cs="utf-8", lang="en", wrap_div=True):
    d = ' dir="rtl"' if lang in ("ar", "he") else ""
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n'
            '<body%s>\n<div>%s</div>\n</body>\n</html>\n' % (cs, d, linkify(body_text)))


def rand_boundary(style, rng):
    if style == "google":
        return "000000000000" + hexrand(rng, 16)
    if style == "ms":
        return "_000_%s_" % ("%sPR%02dMB%04d%s" % (alnum(rng, 3, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"), rng.randint(1, 9), rng.randint(1000, 9999), alnum(rng, 14, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")))
    if style == "olk":
        return "----=_NextPart_000_%04X_01DA%04X.%08X" % (rng.randint(0, 0xffff), rng.randint(0, 0xffff), rng.getrandbits(32))
    if style == "apple":
        return "Apple-Mail=_" + str(uuid.UUID(int=rng.getrandbits(128))).upper()
    if style == "moz":
        return "------------" + alnum(rng, 24, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    if style == "zimbra":
        return "=_" + str(uuid.UUID(int=rng.getrandbits(128)))
    if style == "sym":
        return alnum(rng, 8, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    if style == "php":
        return "b1_" + alnum(rng, 40, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    if style == "py":
        return "===============%019d==" % rng.randint(10 ** 17, 10 ** 19 - 1)
    if style == "yahoo":
        return "----=_Part_%d_%d.%d" % (rng.randint(100000, 9999999), rng.randint(100000000, 999999999), rng.randint(10 ** 12, 10 ** 13))
    return "=_" + alnum(rng, 28)


def sent_local(m):
    t = m["t_sent"]
    tz = m["sender_tz"]
    l = utc_to_local(tz, t)
    return l.replace(tzinfo=tzinfo_for(tz, l))


def base_headers(m, from_h, to_h, subj, msgid, cs="UTF-8", mode="B", extra_before=(), extra_after=(), cc=None,
                 order=("from", "to", "cc", "subject", "date", "msgid")):
    H = list(extra_before)
    for o in order:
        if o == "from":
            H.append(fold_header("From", from_h))
        elif o == "to" and to_h:
            H.append(fold_header("To", to_h))
        elif o == "cc" and cc:
            H.append(fold_header("CC", cc))
        elif o == "subject":
            H.append(fold_header("Subject", hv(subj, cs, mode)))
        elif o == "date":
            H.append("Date: " + rfc2822(sent_local(m)))
        elif o == "msgid":
            H.append("Message-ID: " + msgid)
        elif o == "mime":
            H.append("MIME-Version: 1.0")
    H += list(extra_after)
    return H


def to_line(m, cs="UTF-8", mode="B", quote="auto"):
    if m.get("to_override") is not None:
        return m["to_override"]
    r = m["rcpt"]
    others = m.get("to_others", [])
    items = [addr(r["name"], r["email"], cs, mode, quote)] + [addr(n, e, cs, mode, quote) for n, e in others]
    return ", ".join(items)


def subj_prefix(m, kind):
    return ch(m["chrome"], kind)


def cal_subject(m, style):
    ev = m["ev"]
    meth = ev.get("method")
    lang = m["chrome"]
    s = ev["summary"]
    if m.get("fwd"):
        return m["subject"]
    if meth == "REPLY":
        ps = ev["att"][0]["ps"]
        word = ch(lang, {"ACCEPTED": "accepted", "DECLINED": "declined", "TENTATIVE": "tentative"}[ps])
        if style == "google":
            return "%s: %s @ %s (%s)" % (word, s, when_str(ev, lang, m["rcpt_tz"]), m.get("addr_for") or m["rcpt"]["email"])
        return "%s: %s" % (word, s)
    if meth == "CANCEL":
        if style == "google":
            return "%s: %s @ %s (%s)" % (ch(lang, "canceled"), s, when_str(ev, lang, m["rcpt_tz"]), m.get("addr_for") or m["rcpt"]["email"])
        return "%s: %s" % (ch(lang, "canceled"), s)
    if style == "google":
        pre = ch(lang, "updated") if ev.get("seq", 0) > 0 else ch(lang, "inv")
        return "%s: %s @ %s (%s)" % (pre, s, when_str(ev, lang, m["rcpt_tz"]), m.get("addr_for") or m["rcpt"]["email"])
    if style in ("ms", "zimbra", "olk"):
        return m.get("subject") or s
    if style == "sogo":
        return '%s: "%s"' % (ch(lang, "inv"), s)
    return "%s: %s" % (ch(lang, "inv"), s)


def ev_text_block(m, style="plain"):
    ev = m["ev"]
    lang = m["chrome"]
    L = []
    L.append(ev["summary"])
    L.append("")
    L.append("%s: %s" % (ch(lang, "when"), when_str(ev, lang, m["rcpt_tz"])))
    if ev.get("loc"):
        L.append("%s: %s" % (ch(lang, "where"), ev["loc"]))
    L.append("%s: %s <%s>" % (ch(lang, "org"), ev["org"][0] or ev["org"][1], ev["org"][1]))
    return "\n".join(L)


def calpart(m, ics, cs="UTF-8", cte="7bit", ctfmt='text/calendar; charset="{cs}"; method={meth}', headers=None,
            order=("ct", "cte", "h")):
    meth = m["ev"].get("ct_method") or m["ev"].get("method") or "PUBLISH"
    ct = ctfmt.replace("{meth}", meth)
    if cte == "7bit" and any(ord(c) > 127 for c in ics):
        cte = "base64"
    return text_part(ics, cs, cte, ct, headers, keep_eol=True, order=order)


def intro_line(m, nm, default):
    ev, lang = m["ev"], m["chrome"]
    meth = ev.get("method")
    if meth == "REPLY" and ev.get("att"):
        a = ev["att"][0]
        if lang == "en":
            return "%s has %s the invitation: %s" % (a.get("cn") or a["email"], {"ACCEPTED": "accepted", "DECLINED": "declined", "TENTATIVE": "tentatively accepted"}.get(a.get("ps"), "answered"), ev["summary"])
        return "%s – %s: %s" % (a.get("cn") or a["email"], ch(lang, {"ACCEPTED": "accepted", "DECLINED": "declined", "TENTATIVE": "tentative"}.get(a.get("ps"), "accepted")), ev["summary"])
    if meth == "CANCEL":
        return ("%s has canceled: %s" % (nm, ev["summary"])) if lang == "en" else "%s: %s" % (ch(lang, "canceled"), ev["summary"])
    return default


# ------------------------------------------------------------------ Google Calendar
def r_google(m):
    rng, ev, I, lang = m["rng"], m["ev"], m["I"], m["chrome"]
    ics = h19ical.build("google", ev)
    subj = cal_subject(m, "google")
    eid = b64rand(rng, 30).replace("=", "").replace("+", "").replace("/", "")
    tok = b64rand(rng, 30).replace("=", "").replace("+", "").replace("/", "")
    ctz = m["rcpt_tz"].replace("/", "%2F")
    link = "https://calendar.google.com/calendar/event?action=VIEW&eid=%s&tok=%s&ctz=%s&hl=%s&es=0" % (eid, tok, ctz, lang)
    rsvp = lambda n: "https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=%d&tok=%s&ctz=%s&hl=%s&es=0" % (eid, n, tok, ctz, lang)
    meth = ev.get("method")
    P = []
    if meth == "REPLY":
        a = ev["att"][0]
        P.append("%s %s" % (a.get("cn") or a["email"], {"ACCEPTED": "has accepted this invitation.",
                                                       "DECLINED": "has declined this invitation.",
                                                       "TENTATIVE": "has tentatively accepted this invitation."}[a["ps"]]))
        if ev.get("comment"):
            P.append("")
            P.append(ev["comment"])
        P.append("")
    elif meth == "CANCEL":
        P.append("This event has been canceled." if lang == "en" else ch(lang, "canceled"))
        P.append("")
    elif ev.get("seq", 0) > 0:
        P.append("This event has been updated" if lang == "en" else ch(lang, "updated"))
    if m.get("fwd_note"):
        P = [m["fwd_note"], ""] + P
    P.append(ev["summary"])
    P.append(when_str(ev, lang, m["rcpt_tz"]))
    if ev.get("loc"):
        P.append(ev["loc"])
    if ev.get("meet"):
        P += ["", ch(lang, "join") + " Google Meet", ev["meet"]]
    if ev.get("desc") and meth != "REPLY":
        P += ["", ev["desc"]]
    P += ["", ch(lang, "org"), ev["org"][0] or ev["org"][1], ev["org"][1], "", ch(lang, "guests")]
    for a in ev.get("att", [])[:12]:
        P.append("%s" % (a.get("cn") or a["email"]) + (" - %s" % ch(lang, "org").lower() if a["email"] == ev["org"][1] else ""))
    if len(ev.get("att", [])) > 12:
        P.append("View all guest info %s" % link.replace("VIEW", "VIEW") if lang == "en" else link)
    if meth == "REQUEST":
        P += ["", "Reply for %s and view more details %s" % (m.get("addr_for") or m["rcpt"]["email"], link) if lang == "en" else
              "%s / %s / %s  %s" % (ch(lang, "yes"), ch(lang, "no"), ch(lang, "maybe"), link),
              "Your attendance is optional." if lang == "en" and ev.get("optional") else ""]
    P += ["", "~~//~~", "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
          "You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.",
          "", "Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP.",
          "", "Learn more https://support.google.com/calendar/answer/37135#forwarding"]
    plain = "\n".join(P)
    hbody = ['<span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="Invitation from %s"/></span></span>' % h(ev["org"][0] or ev["org"][1]),
             '<div style=""><table cellspacing="0" cellpadding="8" border="0" summary="" style="width:100%;font-family:Arial,Sans-serif;border:1px Solid #ccc;border-width:1px 2px 2px 1px;background-color:#fff;"><tr><td>']
    if ev.get("html_google"):
        hbody.append('<div style="padding:2px"><span itemprop="description">%s</span></div>' % ev["html_google"])
    hbody.append('<h3 style="padding:0 0 6px 0;margin:0;font-family:Arial,Sans-serif;font-size:16px;font-weight:bold;color:#222"><span itemprop="name">%s</span></h3>' % h(ev["summary"]))
    hbody.append('<table cellpadding="0" cellspacing="0" border="0"><tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap" valign="top"><div><i style="font-style:normal">%s</i></div></td><td style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top">%s</td></tr>' % (h(ch(lang, "when")), h(when_str(ev, lang, m["rcpt_tz"]))))
    if ev.get("loc"):
        hbody.append('<tr><td style="padding:0 1em 10px 0;font-family:Arial,Sans-serif;font-size:13px;color:#888;white-space:nowrap" valign="top"><div><i style="font-style:normal">%s</i></div></td><td style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222" valign="top"><span itemprop="location">%s</span> <span dir="ltr">(<a href="https://www.google.com/maps/search/%s?hl=%s" style="color:#20c;white-space:nowrap" target="_blank">map</a>)</span></td></tr>' % (h(ch(lang, "where")), h(ev["loc"]), h(ev["loc"][:60]).replace(" ", "+"), lang))
    hbody.append('</table>')
    if ev.get("desc") and meth != "REPLY":
        hbody.append('<div style="padding-bottom:10px;font-family:Arial,Sans-serif;font-size:13px;color:#222">%s</div>' % (ev.get("desc_html") or linkify(ev["desc"])))
    if meth == "REQUEST":
        hbody.append('<div style="padding-top:10px">%s: <a href="%s">%s</a> - <a href="%s">%s</a> - <a href="%s">%s</a> - <a href="%s">more options &raquo;</a></div>' % (h("Going (%s)?" % (m.get("addr_for") or m["rcpt"]["email"]) if lang == "en" else ch(lang, "inv")), rsvp(1), ch(lang, "yes"), rsvp(3), ch(lang, "maybe"), rsvp(2), ch(lang, "no"), link))
    hbody.append('</td></tr><tr><td style="background-color:#f6f6f6;color:#888;border-top:1px Solid #ccc;font-family:Arial,Sans-serif;font-size:11px"><p>Invitation from <a href="https://calendar.google.com/calendar/" target="_blank" style="">Google Calendar</a></p><p>You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.</p><p>Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. <a href="https://support.google.com/calendar/answer/37135#forwarding">Learn more</a></p></td></tr></table></div>')
    htmlb = "\n".join(hbody)
    cte_plain = "quoted-printable" if any(ord(c) > 127 for c in plain) or max(len(x) for x in plain.split("\n")) > 76 else "7bit"
    alt = Part('multipart/alternative; boundary="%s"' % (bA := rand_boundary("google", rng)), parts=[
        text_part(plain, "UTF-8", cte_plain, 'text/plain; charset="{cs}"; format=flowed; delsp=yes'),
        text_part(htmlb, "UTF-8", "quoted-printable", 'text/html; charset="{cs}"'),
        calpart(m, ics, "UTF-8", "7bit" if not any(ord(c) > 127 for c in ics) else "base64"),
    ], boundary=bA)
    fname = "invite.ics"
    att = Part('application/ics; name="%s"' % fname, body=None, cte="base64",
               headers=['Content-Disposition: attachment; filename="%s"' % fname], order=("ct", "h", "cte"))
    from h19util import enc_body
    att.body = enc_body(ics, "utf-8", "base64", keep_eol=True)
    root = Part('multipart/mixed; boundary="%s"' % (bM := rand_boundary("google", rng)), parts=[alt, att], boundary=bM)
    org = I
    from_h = addr(I["name"], I["email"], "UTF-8", "B")
    H = ["Reply-To: " + addr(I["name"], I["email"], "UTF-8", "B"),
         "Sender: Google Calendar <calendar-notification@google.com>",
         "Auto-Submitted: auto-generated" if meth != "REPLY" else "Auto-Submitted: auto-generated",
         "Message-ID: <calendar-%s@google.com>" % uuid.UUID(int=rng.getrandbits(128)),
         "Date: " + rfc2822(m["t_sent"].astimezone(UTC)).replace("+0000", "+0000"),
         fold_header("Subject", hv(subj, "UTF-8", "Q")),
         fold_header("From", from_h),
         fold_header("To", addr(None, m.get("addr_for") or m["rcpt"]["email"]) if not m.get("to_override") else m["to_override"]),
         ]
    if m.get("cc"):
        H.append(fold_header("Cc", m["cc"]))
    H = ["MIME-Version: 1.0"] + H
    return H, root


# ------------------------------------------------------------------ Exchange / Microsoft 365 (and Teams)
TEAMS_BLOCK = {
    "en": ("Microsoft Teams meeting", "Join on your computer, mobile app or room device", "Click here to join the meeting", "Meeting ID", "Passcode", "Download Teams", "Join on the web", "Learn More", "Meeting options"),
}


def teams_text(ev, lang):
    t = TEAMS_BLOCK["en"]
    line = "_" * 80
    return ("%s\n%s\n%s\n%s<%s>\n%s: %s\n%s: %s\n%s<https://www.microsoft.com/en-us/microsoft-teams/download-app> | %s<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n%s<https://aka.ms/JoinTeamsMeeting> | %s<https://teams.microsoft.com/meetingOptions/?organizerId=%s&tenantId=%s&threadId=19_meeting_%s@thread.v2&messageId=0&language=%s>\n%s"
            % (line, t[0], t[1], t[2], ev["teams"], t[3], ev["teams_mid"], t[4], ev["teams_pc"], t[5], t[6], t[7], t[8],
               ev["teams_oid"], ev["teams_ten"], ev["teams_tid"], MSLANG.get(lang, "en-US"), line))


def r_exchange(m, desktop=False):
    rng, ev, I, lang = m["rng"], m["ev"], m["I"], m["chrome"]
    ev["mslang"] = MSLANG.get(m["lang"], "en-US")
    plain = ev.get("desc", "") or ""
    if m.get("fwd_note"):
        plain = m["fwd_note"] + "\n\n" + plain
    if ev.get("teams"):
        plain = (plain + "\n\n" if plain else "") + teams_text(ev, lang)
    if ev.get("method") == "REPLY":
        plain = ev.get("comment", "")
    ev["desc_full"] = plain
    if ev.get("method") == "REQUEST" and (desktop or ev.get("html_alt")):
        ev["html_ics"] = ev.get("html_alt") or simple_html(plain)
    ics = h19ical.build("outlook" if desktop else "exchange", ev)
    cs = "utf-8"
    if desktop and rng.random() < (0.85 if m["lang"] != "en" else 0.3):
        cs = rng.choice(LEGACY_CS[m["lang"]])
        if cs == "us-ascii":
            cs = "iso-8859-1"
    html_body = ev.get("html_alt") or simple_html(plain, cs, m["lang"])
    if desktop:
        b = rand_boundary("olk", rng)
        parts = [text_part(plain or " ", cs, "quoted-printable" if cs != "iso-2022-jp" else "7bit", 'text/plain;\r\n\tcharset="{cs}"'),
                 text_part(html_body, cs, "quoted-printable" if cs != "iso-2022-jp" else "7bit", 'text/html;\r\n\tcharset="{cs}"'),
                 calpart(m, ics, "utf-8", "8bit" if any(ord(c) > 127 for c in ics) else "7bit",
                         'text/calendar;\r\n\tmethod={meth};\r\n\tcharset="{cs}"')]
        root = Part('multipart/alternative;\r\n\tboundary="%s"' % b, parts=parts, boundary=b,
                    preamble="This is a multipart message in MIME format.")
    else:
        b = rand_boundary("ms", rng)
        parts = [text_part(plain or "", "utf-8", "base64" if lang != "en" or rng.random() < 0.3 else "quoted-printable", 'text/plain; charset="{cs}"'),
                 text_part(html_body, "utf-8", "base64" if lang != "en" or rng.random() < 0.3 else "quoted-printable", 'text/html; charset="{cs}"'),
                 calpart(m, ics, "utf-8", "base64", 'text/calendar; charset="{cs}"; method={meth}')]
        root = Part('multipart/alternative;\r\n\tboundary="%s"' % b, parts=parts, boundary=b)
    subj = cal_subject(m, "olk" if desktop else "ms")
    hcs, hmode = ("utf-8", "B") if not desktop else (cs if cs != "utf-8" else "utf-8", "B" if m["lang"] not in ("de", "fr", "es", "it", "pt", "nl", "pl", "tr", "en") else "Q")
    from_h = addr(I["name"], I["email"], hcs, hmode)
    ti = b64rand(rng, 22).rstrip("=")
    if desktop:
        mid = "<%s$%s$%s$@%s>" % (hexrand(rng, 12), hexrand(rng, 8), hexrand(rng, 8), I["domain"])
        H = ["From: " + from_h, fold_header("To", to_line(m, hcs, hmode, "always"))]
        if m.get("cc"):
            H.append(fold_header("Cc", m["cc"]))
        H += [fold_header("Subject", hv(subj, hcs, hmode)), "Date: " + rfc2822(sent_local(m)), "Message-ID: " + mid,
              "MIME-Version: 1.0", "X-Mailer: Microsoft Outlook 16.0", "Thread-Index: " + ti,
              "Content-Language: " + MSLANG.get(m["lang"], "en-us").lower()]
        return H, root
    srv = "%sPR%02dMB%04d" % (rng.choice(["AM6", "DB9", "BN8", "SG2", "PA4", "CH3"]), rng.randint(1, 9), rng.randint(1000, 9999))
    mid = "<%s%s@%s.%s.prod.outlook.com>" % (srv, alnum(rng, 16, "0123456789ABCDEF"), srv,
                                             rng.choice(["eurprd05", "namprd10", "eurprd03", "apcprd01"]))
    H = [fold_header("From", from_h), fold_header("To", to_line(m, "utf-8", "B", "always"))]
    if m.get("cc"):
        H.append(fold_header("CC", m["cc"]))
    H += [fold_header("Subject", hv(subj, "utf-8", "B")), "Thread-Topic: " + hv(ev["summary"], "utf-8", "B"),
          "Thread-Index: " + ti, "Date: " + rfc2822(sent_local(m).astimezone(UTC)), "Message-ID: " + mid,
          "Accept-Language: " + MSLANG.get(m["lang"], "en-US") + (", en-US" if m["lang"] != "en" else ""),
          "Content-Language: " + MSLANG.get(m["lang"], "en-US"), "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:",
          "x-ms-exchange-calendar-series-instance-id: " + b64rand(rng, 40),
          "x-ms-publictraffictype: Email",
          "x-ms-office365-filtering-correlation-id: %s" % uuid.UUID(int=rng.getrandbits(128)),
          "x-ms-exchange-senderadcheck: 1",
          "x-microsoft-antispam: BCL:0;",
          "Content-Type: PLACEHOLDER", "MIME-Version: 1.0",
          "X-OriginatorOrg: " + I["domain"],
          "X-MS-Exchange-CrossTenant-Network-Message-Id: %s" % uuid.UUID(int=rng.getrandbits(128)),
          "X-MS-Exchange-CrossTenant-originalarrivaltime: " + rfc2822(m["t_sent"].astimezone(UTC)).split(", ")[1].replace(" +0000", ".%04dZ" % rng.randint(0, 9999)).replace(" ", " "),
          "X-MS-Exchange-CrossTenant-fromentityheader: Hosted",
          "X-MS-Exchange-CrossTenant-id: %s" % uuid.UUID(int=rng.getrandbits(128)),
          "X-MS-Exchange-Transport-CrossTenantHeadersStamped: " + srv]
    return H, root


def r_outlook(m):
    return r_exchange(m, desktop=True)


# ------------------------------------------------------------------ Apple iCloud / Calendar
def r_icloud(m):
    rng, ev, I, lang = m["rng"], m["ev"], m["I"], m["chrome"]
    yr = m["t_sent"].year
    ios = {2016: "10.1", 2017: "11.1", 2018: "12.1", 2019: "13.2", 2020: "14.2", 2021: "15.1", 2022: "16.1",
           2023: "17.1", 2024: "18.1", 2025: "26.1", 2026: "26.3"}[yr]
    mac = {2016: "Mac OS X 10.12.1", 2017: "Mac OS X 10.13.1", 2018: "Mac OS X 10.14.1", 2019: "Mac OS X 10.15.1",
           2020: "macOS 11.0.1", 2021: "macOS 12.0.1", 2022: "macOS 13.0", 2023: "macOS 14.1", 2024: "macOS 15.1",
           2025: "macOS 26.1", 2026: "macOS 26.3"}[yr]
    ev.setdefault("prodid", rng.choice(["-//Apple Inc.//iPhone OS %s//EN" % ios, "-//Apple Inc.//%s//EN" % mac]))
    ev["_alarm_uids"] = [str(uuid.UUID(int=rng.getrandbits(128))).upper() for _ in range(max(1, len(ev.get("alarms", []))))]
    style = "calserver" if m.get("calserver") else "apple"
    ics = h19ical.build(style, ev)
    subj = cal_subject(m, "apple")
    meth = ev.get("method")
    nm = ev["org"][0] or ev["org"][1]
    if meth == "REPLY":
        a = ev["att"][0]
        intro = "%s %s: %s" % (a.get("cn") or a["email"], ch(lang, {"ACCEPTED": "accepted", "DECLINED": "declined", "TENTATIVE": "tentative"}[a["ps"]]).lower(), ev["summary"])
    elif lang == "en":
        intro = "%s has invited you to %s." % (nm, ev["summary"])
    else:
        intro = "%s – %s: %s" % (nm, ch(lang, "inv"), ev["summary"])
    plain = intro + "\n\n" + ev_text_block(m) + ("\n\n" + ev["desc"] if ev.get("desc") and meth != "REPLY" else "")
    htmlb = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;">'
             '<table width="100%%" style="max-width:600px"><tr><td><p style="font-size:15px">%s</p>'
             '<h2 style="font-size:20px;margin:8px 0">%s</h2><p>%s</p>%s%s'
             '<p><a href="https://www.icloud.com/calendar/" style="color:#0071e3">%s</a></p></td></tr></table></body></html>'
             % (h(intro), h(ev["summary"]), h(when_str(ev, lang, m["rcpt_tz"])),
                "<p>%s</p>" % h(ev["loc"]) if ev.get("loc") else "",
                "<p>%s</p>" % linkify(ev["desc"]) if ev.get("desc") and meth != "REPLY" else "",
                ch(lang, "yes") + " / " + ch(lang, "maybe") + " / " + ch(lang, "no")))
    bA = rand_boundary("apple", rng)
    alt = Part('multipart/alternative;\r\n\tboundary="%s"' % bA, boundary=bA, parts=[
        text_part(plain, "utf-8", "quoted-printable", "text/plain;\r\n\tcharset={cs}"),
        text_part(htmlb, "utf-8", "quoted-printable", "text/html;\r\n\tcharset={cs}")])
    fname = "iCal-%s-%s.ics" % (m["t_sent"].strftime("%Y%m%d"), m["t_sent"].strftime("%H%M%S"))
    cp = calpart(m, ics, "utf-8", "quoted-printable", 'text/calendar;\r\n\tcharset=utf-8;\r\n\tmethod={meth};\r\n\tname="%s"' % fname,
                 headers=['Content-Disposition: attachment;\r\n\tfilename="%s"' % fname], order=("ct", "h", "cte"))
    cp.ctype = cp.ctype.replace('charset="utf-8"', "charset=utf-8")
    bM = rand_boundary("apple", rng)
    root = Part('multipart/mixed;\r\n\tboundary="%s"' % bM, boundary=bM, parts=[alt, cp])
    mid = "<%s@%s>" % (str(uuid.UUID(int=rng.getrandbits(128))).upper(), I["domain"])
    H = [fold_header("From", addr(I["name"], I["email"], "utf-8", "Q")), "Content-Type: PLACEHOLDER",
         "Mime-Version: 1.0 (1.0)", fold_header("Subject", hv(subj, "utf-8", "Q")),
         "Date: " + rfc2822(sent_local(m)), "Message-Id: " + mid,
         fold_header("To", to_line(m, "utf-8", "Q", "always")),
         "X-Mailer: iPhone Mail (%s)" % rng.choice(["21D61", "22B83", "20G75", "19H12", "18D70", "23B85"]) if "iPhone" in ev["prodid"] else "X-Mailer: Apple Mail (2.%d)" % rng.randint(3600, 3826)]
    if m.get("calserver"):
        H[-1] = "X-Apple-Action: INVITE"
    return H, root


# ------------------------------------------------------------------ Thunderbird / Lightning
def r_thunderbird(m):
    rng, ev, I, lang = m["rng"], m["ev"], m["I"], m["chrome"]
    ics = h19ical.build("moz", ev)
    yr = m["t_sent"].year
    tb = {2016: "45.5.1", 2017: "52.5.0", 2018: "60.3.1", 2019: "68.2.2", 2020: "78.5.0", 2021: "91.3.2",
          2022: "102.5.0", 2023: "115.5.0", 2024: "128.4.3", 2025: "140.5.0", 2026: "146.0"}[yr]
    gecko = tb.split(".")[0]
    meth = ev.get("method")
    if meth == "REPLY":
        a = ev["att"][0]
        plain = "%s %s: %s" % (a.get("cn") or a["email"], ch(lang, {"ACCEPTED": "accepted", "DECLINED": "declined", "TENTATIVE": "tentative"}[a["ps"]]).lower(), ev["summary"])
    else:
        att = ", ".join((a.get("cn") or a["email"]) for a in ev.get("att", [])[:20])
        plain = ev_text_block(m) + "\n%s: %s\n" % (ch(lang, "guests"), att)
        if ev.get("desc"):
            plain += "\n" + ev["desc"] + "\n"
    if m.get("fwd_note"):
        plain = m["fwd_note"] + "\n\n" + plain
    cs = "UTF-8"
    if m["lang"] == "ja" and rng.random() < 0.7:
        cs = "ISO-2022-JP"
    elif m["lang"] in ("zh", "th", "ru") and m.get("mail_cs"):
        cs = m["mail_cs"]
    b1 = rand_boundary("moz", rng)
    alt = Part('multipart/alternative;\r\n boundary="%s"' % b1, boundary=b1, parts=[
        text_part(plain, cs, "7bit" if cs == "ISO-2022-JP" else ("8bit" if any(ord(c) > 127 for c in plain) else "7bit"), "text/plain; charset={cs}"),
        calpart(m, ics, "UTF-8", "8bit" if any(ord(c) > 127 for c in ics) else "7bit",
                "text/calendar; method={meth}; charset={cs}")])
    from h19util import enc_body
    att = Part('application/ics; name="invite.ics"', enc_body(ics, "utf-8", "base64", True), "base64",
               headers=['Content-Disposition: attachment; filename="invite.ics"'], order=("ct", "h", "cte"))
    b2 = rand_boundary("moz", rng)
    root = Part('multipart/mixed; boundary="%s"' % b2, boundary=b2, parts=[alt, att],
                preamble="This is a multi-part message in MIME format.")
    subj = cal_subject(m, "moz")
    mid = "<%s@%s>" % (uuid.UUID(int=rng.getrandbits(128)), I["domain"])
    plat = rng.choice(["Windows NT 10.0; Win64; x64", "X11; Linux x86_64", "Macintosh; Intel Mac OS X 10.15"])
    H = ["Message-ID: " + mid, "Date: " + rfc2822(sent_local(m)), "MIME-Version: 1.0",
         "User-Agent: Mozilla/5.0 (%s; rv:%s.0) Gecko/20100101 Thunderbird/%s" % (plat, gecko, tb)
         if yr < 2022 else "User-Agent: Mozilla Thunderbird",
         "Content-Language: " + MSLANG.get(m["lang"], "en-US"),
         fold_header("To", to_line(m, "UTF-8", "B"))]
    if m.get("cc"):
        H.append(fold_header("Cc", m["cc"]))
    H += [fold_header("From", addr(I["name"], I["email"], "UTF-8", "B")), fold_header("Subject", hv(subj, "UTF-8", "B"))]
    return H, root


# ------------------------------------------------------------------ Nextcloud (Symfony mailer, Sabre iMIP)
def r_nextcloud(m):
    rng, ev, I, lang = m["rng"], m["ev"], m["I"], m["chrome"]
    ev["lang2"] = m["lang"]
    ics = h19ical.build("sabre", ev)
    meth = ev.get("method")
    nm = I["name"] or I["email"]
    subj = ("%s: %s" % (ch(lang, "inv"), ev["summary"])) if meth == "REQUEST" else (
        "%s: %s" % (ch(lang, "canceled"), ev["summary"]) if meth == "CANCEL" else ev["summary"])
    intro = intro_line(m, nm, ("%s has invited you to »%s«" % (nm, ev["summary"])) if lang == "en" else "%s – %s »%s«" % (nm, ch(lang, "inv"), ev["summary"]))
    plain = intro + "\n\n" + ev_text_block(m) + ("\n\n" + ev["desc"] if ev.get("desc") else "")
    plain += "\n\n--\nNextcloud – a safe home for all your data\nThis is an automatically sent email, please do not reply."
    htmlb = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
             '<html xmlns="http://www.w3.org/1999/xhtml" lang="%s" xml:lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title></title></head>'
             '<body><table class="wrapper" style="width:100%%"><tr><td><h1 style="font-size:20px">%s</h1><table>'
             '<tr><td style="color:#767676">%s</td><td>%s</td></tr>%s%s</table>%s'
             '<p style="color:#767676;font-size:12px">Nextcloud – a safe home for all your data<br>This is an automatically sent email, please do not reply.</p></td></tr></table></body></html>'
             % (m["lang"], m["lang"], h(intro), h(ch(lang, "when")), h(when_str(ev, lang, m["rcpt_tz"])),
                '<tr><td style="color:#767676">%s</td><td>%s</td></tr>' % (h(ch(lang, "where")), h(ev["loc"])) if ev.get("loc") else "",
                '<tr><td style="color:#767676">%s</td><td>%s</td></tr>' % (h(ch(lang, "org")), h(nm)),
                "<p>%s</p>" % linkify(ev["desc"]) if ev.get("desc") else ""))
    b = rand_boundary("sym", rng)
    root = Part("multipart/alternative; boundary=%s" % b, boundary=b, parts=[
        text_part(plain, "utf-8", "quoted-printable", "text/plain; charset={cs}"),
        text_part(htmlb, "utf-8", "quoted-printable", "text/html; charset={cs}"),
        calpart(m, ics, "utf-8", "quoted-printable", "text/calendar; method={meth}; charset={cs}")])
    host = "cloud." + I["domain"] if not I["domain"].startswith(("cloud", "nc")) else I["domain"]
    sysaddr = "noreply@" + I["domain"]
    H = ["Message-ID: <%s@%s>" % (hexrand(rng, 32), host), "Date: " + rfc2822(sent_local(m)),
         fold_header("Subject", hv(subj, "utf-8", "Q")),
         fold_header("From", addr("%s via Nextcloud" % nm if lang == "en" or rng.random() < 0.5 else nm, sysaddr, "utf-8", "Q")),
         fold_header("Reply-To", addr(I["name"], I["email"], "utf-8", "Q")),
         fold_header("To", to_line(m, "utf-8", "Q")), "MIME-Version: 1.0"]
    I["email_hdr"] = sysaddr
    return H, root


# ------------------------------------------------------------------ Zimbra
def r_zimbra(m):
    rng, ev, I, lang = m["rng"], m["ev"], m["I"], m["chrome"]
    nm = I["name"] or I["email"]
    meth = ev.get("method")
    head = {"REQUEST": "The following is a new meeting request:", "CANCEL": "The following meeting has been cancelled:",
            "REPLY": "%s has %s your invitation:" % (nm, {"ACCEPTED": "accepted", "DECLINED": "declined", "TENTATIVE": "tentatively accepted"}.get(ev["att"][0].get("ps", "") if ev.get("att") else "", "answered"))}.get(meth, "The following is a new meeting request:")
    att = "; ".join('"%s" <%s>' % (a.get("cn") or "", a["email"]) for a in ev.get("att", [])[:30])
    plain = "%s\n\nSubject: %s \nOrganizer: \"%s\" <%s> \n\n%s%s: %s\n \nInvitees: %s \n\n\n*~*~*~*~*~*~*~*~*~*\n\n%s" % (
        head, ev["summary"], ev["org"][0], ev["org"][1],
        ("Location: %s \n" % ev["loc"]) if ev.get("loc") else "", "Time", when_ms(ev, "en"), att, ev.get("desc", ""))
    ev["desc_full"] = plain
    htmlb = "<html><body id='htmlmode'><h3>%s</h3><p><table border='0'><tr><th align=left>Subject:</th><td>%s </td></tr><tr><th align=left>Organizer:</th><td>\"%s\" &lt;%s&gt; </td></tr></table><p><table border='0'>%s<tr><th align=left>Time:</th><td>%s </td></tr></table><p><table border='0'><tr><th align=left>Invitees:</th><td>%s </td></tr></table><div>*~*~*~*~*~*~*~*~*~*</div><br><div>%s</div></body></html>" % (
        h(head), h(ev["summary"]), h(ev["org"][0]), h(ev["org"][1]),
        "<tr><th align=left>Location:</th><td>%s </td></tr>" % h(ev["loc"]) if ev.get("loc") else "",
        h(when_ms(ev, "en")), h(att), ev.get("html_alt_inner") or linkify(ev.get("desc", "")))
    ev["html_ics"] = htmlb
    ev["calname"] = "Calendar"
    ics = h19ical.build("zimbra", ev)
    b = rand_boundary("zimbra", rng)
    root = Part('multipart/alternative; \r\n boundary="%s"' % b, boundary=b, parts=[
        text_part(plain, "utf-8", "quoted-printable", "text/plain; charset={cs}"),
        text_part(htmlb, "utf-8", "quoted-printable", "text/html; charset={cs}"),
        calpart(m, ics, "utf-8", "7bit", "text/calendar; charset={cs}; method={meth}; name=meeting.ics")])
    subj = cal_subject(m, "zimbra")
    zv = rng.choice(["8.8.15_GA_4508", "9.0.0_P38", "10.0.6_GA_4630", "8.8.12_GA_3794"])
    H = ["Date: " + rfc2822(sent_local(m)), fold_header("From", addr(I["name"], I["email"], "utf-8", "Q")),
         fold_header("To", to_line(m, "utf-8", "Q")),
         "Message-ID: <%d.%d.%d.JavaMail.zimbra@%s>" % (rng.randint(100000000, 2000000000), rng.randint(1000000, 99999999),
                                                      int(m["t_sent"].timestamp() * 1000), I["domain"]),
         fold_header("Subject", hv(subj, "utf-8", "Q")), "MIME-Version: 1.0",
         "X-Mailer: Zimbra %s (ZimbraWebClient - %s)" % (zv, rng.choice(["FF120 (Win)", "GC119 (Mac)", "GC120 (Linux)"])),
         "Thread-Topic: " + hv(ev["summary"], "utf-8", "Q"), "Thread-Index: " + alnum(rng, 20)]
    return H, root


# ------------------------------------------------------------------ Yahoo
def r_yahoo(m):
    rng, ev, I, lang = m["rng"], m["ev"], m["I"], m["chrome"]
    ev["yid"] = I["email"].split("@")[0]
    ev["uid"] = ev["uid"]
    ics = h19ical.build("yahoo", ev)
    subj = cal_subject(m, "yahoo")
    plain = "%s\n\n%s\n\n%s" % (intro_line(m, I["name"] or I["email"], (I["name"] or "") + " " + ("has invited you to an event." if lang == "en" else "– " + ch(lang, "inv"))),
                                 ev_text_block(m), ev.get("desc", ""))
    htmlb = '<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr" data-setdir="false">%s</div></div></body></html>' % linkify(plain)
    b = rand_boundary("yahoo", rng)
    root = Part('multipart/alternative; \r\n\tboundary="%s"' % b, boundary=b, parts=[
        text_part(plain, "UTF-8", "quoted-printable", "text/plain; charset={cs}"),
        text_part(htmlb, "UTF-8", "quoted-printable", "text/html; charset={cs}"),
        calpart(m, ics, "UTF-8", "7bit", "text/calendar; charset={cs}; method={meth}")])
    H = ["Date: " + rfc2822(sent_local(m)).replace(" +", " (UTC) +") if False else "Date: " + rfc2822(sent_local(m).astimezone(UTC)).replace("+0000", "+0000 (UTC)"),
         fold_header("From", addr(I["name"], I["email"], "UTF-8", "B")),
         "Reply-To: " + addr(I["name"], I["email"], "UTF-8", "B"),
         fold_header("To", to_line(m, "UTF-8", "B")),
         "Message-ID: <%d.%d.%d@mail.yahoo.com>" % (rng.randint(10 ** 9, 2 * 10 ** 9), rng.randint(10 ** 6, 10 ** 7),
                                                   int(m["t_sent"].timestamp() * 1000)),
         fold_header("Subject", hv(subj, "UTF-8", "B")), "MIME-Version: 1.0",
         "X-Mailer: WebService/1.1.%d YMailNorrin" % rng.randint(20000, 23500)]
    return H, root


# ------------------------------------------------------------------ SOGo
def r_sogo(m):
    rng, ev, I, lang = m["rng"], m["ev"], m["I"], m["chrome"]
    ev["uid"] = ev.get("uid")
    ics = h19ical.build("sogo", ev)
    subj = cal_subject(m, "sogo")
    nm = I["name"] or I["email"]
    htmlb = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
             '<p>%s</p><table><tr><td><b>%s</b></td><td>%s</td></tr><tr><td><b>%s</b></td><td>%s</td></tr>%s</table>%s</body></html>'
             % (h(intro_line(m, nm, "%s has invited you to %s." % (nm, ev["summary"]) if lang == "en" else "%s: %s" % (ch(lang, "inv"), ev["summary"]))),
                h(ch(lang, "when")), h(when_str(ev, lang, m["rcpt_tz"])), h(ch(lang, "org")), h(nm),
                "<tr><td><b>%s</b></td><td>%s</td></tr>" % (h(ch(lang, "where")), h(ev["loc"])) if ev.get("loc") else "",
                "<p>%s</p>" % linkify(ev["desc"]) if ev.get("desc") else ""))
    b = "----=_=-_OpenGroupware_org_NGMime-%d-%d.%d" % (rng.randint(1000, 99999), int(m["t_sent"].timestamp()), rng.randint(0, 9))
    root = Part('multipart/alternative;\r\n boundary="%s"' % b, boundary=b, parts=[
        text_part(htmlb, "utf-8", "quoted-printable", "text/html; charset={cs}"),
        calpart(m, ics, "utf-8", "quoted-printable", "text/calendar; method={meth}; charset={cs}")])
    H = [fold_header("From", addr(I["name"], I["email"], "utf-8", "Q")), fold_header("To", to_line(m, "utf-8", "Q")),
         fold_header("Subject", hv(subj, "utf-8", "Q")), "Date: " + rfc2822(sent_local(m)),
         "Message-ID: <%s-%s-%x-%s@%s>" % (hexrand(rng, 4, True), hexrand(rng, 8, True), rng.randint(1, 15), hexrand(rng, 8, True), I["domain"]),
         "MIME-Version: 1.0", "X-Forward: %s" % "127.0.0.1"]
    return H, root


# ------------------------------------------------------------------ Zoom webinar / meeting
def r_zoom(m):
    rng, ev, I, lang = m["rng"], m["ev"], m["I"], m["chrome"]
    ics = h19ical.build("zoom", ev)
    body = m.get("mail_text") or ev.get("desc_full") or ev.get("desc", "")
    htmlb = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
             '<body style="font-family:Lato,Helvetica,Arial,sans-serif"><table width="600" align="center"><tr><td>'
             '<img src="https://st1.zoom.us/static/6.3.xxxx/image/new/ZoomLogo.png" alt="Zoom" width="90"><h2>%s</h2><p>%s</p>'
             '<p>%s</p><p><a href="%s" style="background:#0e72ed;color:#fff;padding:10px 20px;border-radius:8px;text-decoration:none">%s</a></p>'
             '<p style="font-size:12px;color:#747487">Copyright ©%d Zoom Video Communications, Inc. All rights reserved.</p></td></tr></table></body></html>'
             % (h(ev["summary"]), h(when_str(ev, lang, m["rcpt_tz"])), linkify(body), h(ev.get("loc", "")),
                h(ch(lang, "join")), m["t_sent"].year))
    b = rand_boundary("sym", rng) + alnum(rng, 20)
    from h19util import enc_body
    cal = Part('text/calendar; charset=UTF-8; method=%s; name="iCalendar.ics"' % ev.get("method", "PUBLISH"),
               enc_body(ics, "utf-8", "base64", True), "base64",
               headers=['Content-Disposition: attachment; filename="iCalendar.ics"'], order=("ct", "cte", "h"))
    b2 = rand_boundary("sym", rng) + alnum(rng, 20)
    alt = Part('multipart/alternative; boundary="%s"' % b2, boundary=b2, parts=[
        text_part(body, "UTF-8", "quoted-printable", "text/plain; charset={cs}"),
        text_part(htmlb, "UTF-8", "quoted-printable", "text/html; charset={cs}")])
    root = Part('multipart/mixed; boundary="%s"' % b, boundary=b, parts=[alt, cal])
    subj = m.get("subject") or ev["summary"]
    H = ["From: " + addr(m.get("zoom_from") or "Zoom", I["email"], "UTF-8", "B"),
         fold_header("To", addr(None, m["rcpt"]["email"])), fold_header("Subject", hv(subj, "UTF-8", "B")),
         "Date: " + rfc2822(m["t_sent"].astimezone(UTC)), "Message-ID: <%s@zoom.us>" % alnum(rng, 22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
         "MIME-Version: 1.0", "X-SG-EID: " + b64rand(rng, 48)]
    if m.get("reply_to"):
        H.append("Reply-To: " + m["reply_to"])
    return H, root


# ------------------------------------------------------------------ booking systems (transactional mail + .ics)
def r_booking(m):
    rng, ev, I, lang = m["rng"], m["ev"], m["I"], m["chrome"]
    ics = h19ical.build("booking", ev)
    plain = m.get("mail_text") or ev.get("desc", "")
    brand = m.get("brand_name") or I["name"] or ""
    cs = m.get("mail_cs", "UTF-8")
    htmlb = ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="%s"><meta name="viewport" content="width=device-width"><title>%s</title></head>\n'
             '<body style="margin:0;background:#f2f4f7"><table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">'
             '<table width="600" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#1a1a1a"><tr><td style="padding:20px;background:%s;color:#fff;font-size:20px;font-weight:bold">%s</td></tr>'
             '<tr><td style="padding:20px">%s</td></tr><tr><td style="padding:12px 20px;font-size:11px;color:#777">%s</td></tr></table></td></tr></table></body></html>\n'
             % (m["lang"], cs.lower(), h(m.get("subject", "")), rng.choice(["#003580", "#0a3d62", "#1b5e20", "#6a1b9a", "#b71c1c", "#00695c"]),
                h(brand), linkify(plain), h(m.get("footer", ""))))
    bA = rand_boundary("php" if m.get("esp_style") == "php" else "sym", rng)
    cte = "quoted-printable" if cs.lower() != "iso-2022-jp" else "7bit"
    alt = Part('multipart/alternative; boundary="%s"' % bA, boundary=bA, parts=[
        text_part(plain + ("\n\n" + m["footer"] if m.get("footer") else ""), cs, cte, "text/plain; charset={cs}"),
        text_part(htmlb, cs, cte, "text/html; charset={cs}")])
    fname = m.get("ics_name", "booking.ics")
    from h19util import enc_body
    ctype = m.get("ics_ctype", "text/calendar")
    extra = "; method=%s" % ev.get("method") if ctype == "text/calendar" and ev.get("method") else ""
    cal = Part('%s; charset=UTF-8%s; name="%s"' % (ctype, extra, fname), enc_body(ics, "utf-8", "base64", True), "base64",
               headers=['Content-Disposition: attachment; filename="%s"' % fname])
    bM = rand_boundary("sym", rng)
    root = Part('multipart/mixed; boundary="%s"' % bM, boundary=bM, parts=[alt, cal])
    H = [fold_header("From", addr(brand, I["email"], "UTF-8", "B")), fold_header("To", addr(m["rcpt"]["name"], m["rcpt"]["email"], "UTF-8", "B")),
         fold_header("Subject", hv(m.get("subject") or ev["summary"], "UTF-8", "B")),
         "Date: " + rfc2822(sent_local(m)), "Message-ID: <%s@%s>" % (hexrand(rng, 24) + "." + hexrand(rng, 8), I["domain"]),
         "MIME-Version: 1.0"]
    if m.get("reply_to"):
        H.append("Reply-To: " + m["reply_to"])
    if I.get("feedback"):
        H.append("Feedback-ID: " + I["feedback"])
    if m.get("unsub"):
        H.append("List-Unsubscribe: <%s>" % m["unsub"])
        H.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
    return H, root


# ------------------------------------------------------------------ hand-rolled senders (PHP, scripts, bulk tools)
def r_tool(m):
    rng, ev, I, lang = m["rng"], m["ev"], m["I"], m["chrome"]
    q = ev.setdefault("quirks", set())
    ev["ics_method"] = ev.get("method")
    ics = h19ical.build("tool", ev)
    ctm = ev.get("ct_method") or ev.get("method") or "REQUEST"
    layout = m.get("tool_layout") or rng.choice(["single", "mixed", "alt", "alt"])
    mailer = m.get("mailer") or rng.choice(["PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)",
                                            "PHPMailer 5.2.22 (https://github.com/PHPMailer/PHPMailer)", None,
                                            "Microsoft Outlook Express 6.00.2900.5512", "Python smtplib", None])
    cs = m.get("mail_cs") or "UTF-8"
    plain = m.get("mail_text")
    if plain is None:
        plain = ev.get("desc", "") or ev["summary"]
    lf = "lf" in q
    ics_cte = "base64" if lf or "nofold" in q or rng.random() < 0.4 else ("8bit" if any(ord(c) > 127 for c in ics) else "7bit")
    from h19util import enc_body
    ics_cs = m.get("ics_cs", "utf-8")
    if not ics_cs.lower().startswith("utf") and not (lambda t: __import__("h19util").can_enc(t, ics_cs))(ics):
        ics_cs = "utf-8"
    calct = m.get("cal_ctfmt", 'text/calendar; charset="{cs}"; method=' + ctm)
    if layout == "single":
        root = Part(calct.format(cs=ics_cs), enc_body(ics, ics_cs, ics_cte, True), ics_cte)
    elif layout == "mixed":
        bM = rand_boundary("php", rng)
        htmlb = m.get("mail_html") or simple_html(plain, cs, m["lang"])
        fname = m.get("ics_name") or rng.choice(["invite.ics", "event.ics", "meeting.ics", "calendar.ics", "Einladung.ics"])
        act = rng.choice(['application/octet-stream; name="%s"', 'text/calendar; name="%s"; method=' + ctm,
                          'application/ics; name="%s"'])
        root = Part('multipart/mixed;\r\n boundary="%s"' % bM, boundary=bM, parts=[
            text_part(htmlb, cs, "quoted-printable" if cs.lower() != "iso-2022-jp" else "7bit", "text/html; charset={cs}"),
            Part(act % fname, enc_body(ics, "utf-8", "base64", True), "base64",
                 headers=['Content-Disposition: attachment; filename="%s"' % fname])],
            preamble="This is a multi-part message in MIME format.")
    else:
        bA = rand_boundary(rng.choice(["php", "py"]), rng)
        root = Part('multipart/alternative; boundary="%s"' % bA, boundary=bA, parts=[
            text_part(plain, cs, rng.choice(["quoted-printable", "base64", "8bit"]) if cs.lower() != "iso-2022-jp" else "7bit",
                      "text/plain; charset={cs}"),
            Part(calct.format(cs=ics_cs), enc_body(ics, ics_cs, ics_cte, True), ics_cte)])
    subj = m.get("subject") or ev["summary"]
    hcs = cs if cs.lower() not in ("us-ascii",) else "UTF-8"
    mode = rng.choice(["B", "Q"])
    H = ["Date: " + rfc2822(sent_local(m)), fold_header("To", to_line(m, hcs, mode) if not m.get("to_override") else m["to_override"]),
         fold_header("From", addr(I["name"], I["email_hdr"] if I.get("email_hdr") else I["email"], hcs, mode)),
         fold_header("Subject", hv(subj, hcs, mode))]
    if m.get("reply_to"):
        H.append("Reply-To: " + m["reply_to"])
    H.append("Message-ID: <%s@%s>" % (alnum(rng, 32, "0123456789abcdefABCDEF") if mailer and "PHP" in mailer else
                                     "%d.%d.%d" % (rng.randint(10 ** 8, 10 ** 9), rng.randint(1000, 99999), rng.randint(100, 999)),
                                     I.get("msgid_host") or I["domain"]))
    if mailer:
        H.append("X-Mailer: " + mailer)
    H.append("MIME-Version: 1.0")
    return H, root


RENDER = {"google": r_google, "exchange": r_exchange, "outlook": r_outlook, "icloud": r_icloud,
          "thunderbird": r_thunderbird, "nextcloud": r_nextcloud, "zimbra": r_zimbra, "yahoo": r_yahoo,
          "sogo": r_sogo, "zoom": r_zoom, "booking": r_booking, "tool": r_tool}
