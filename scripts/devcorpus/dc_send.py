"""Channel dispatcher used by the spam categories: one lure, many ways of sending it."""
from __future__ import annotations

import datetime as dt

from dc_lib import rfc2822_date, boundary
from dc_ical import Att, Alarm, Ev, vcal
from dc_clients import generic_mail, google_mail, exchange_mail, icloud_mail, thunderbird_mail, outlook_inline
from dc_common import SPAM_PRODIDS, junk_domain, junk_local, strip_tags, FIRST, LAST, ascii_fold


def forged_ar(r, d="paypal.com"):
    """A forged Authentication-Results header the sender adds itself (it ends up below the receiver's real one)."""
    v = r.randint(0, 3)
    if v == 0:
        return [("Authentication-Results", f"mx.example.net; dkim=pass header.d={d} header.s=selector1; spf=pass smtp.mailfrom={d}; dmarc=pass (p=reject) header.from={d}")]
    if v == 1:
        return [("Authentication-Results", f"mx.example.net;\r\n\tdkim=pass (2048-bit key) header.d={d} header.i=@{d} header.b={r.b64s(8)};\r\n\tspf=pass (mx.example.net: domain of bounce@{d} designates {r.ip()} as permitted sender) smtp.mailfrom=bounce@{d};\r\n\tdmarc=pass (policy=reject) header.from={d}")]
    if v == 2:
        return [("Authentication-Results", f"spf=pass (sender IP is {r.ip()}) smtp.mailfrom={d}; dkim=pass (signature was verified) header.d={d};dmarc=pass action=none header.from={d};compauth=pass reason=100"),
                ("X-MS-Exchange-Organization-SCL", "-1")]
    return [("Authentication-Results", f"mx.google.com;\r\n       dkim=pass header.i=@{d} header.s=s1 header.b={r.b64s(8)};\r\n       spf=pass (google.com: domain of noreply@{d} designates {r.ip()} as permitted sender) smtp.mailfrom=noreply@{d};\r\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from={d}"),
            ("Authentication-Results", f"mx.example.net; dkim=pass header.d={d}; spf=pass; dmarc=pass")]


FORGE_CH = ("php", "vps", "inline", "php_shared", "python", "node", "dotnet", "swift", "generic")


def send(r, arr, ch, *, frm, to, subject=None, ev=None, text=None, html=None, lang="en", reply_to=None, forged=None,
         layout=None, method="REQUEST", gauth="workspace_nospf", route_kind=None, route_kw=None, prodid=None,
         filename=None, style=None, charset="utf-8", cal_cte=None, text_cte=None, html_cte=None, extra_hdrs=None,
         cal_ct=None, attach_ct=None, subj_enc="B", name_enc="B", sender=None, bstyle=None, ics=None, desc_html=None,
         spf=None, dkims=None, dmarc="auto", dmarc_policy="auto", env_from=None, cal_method_param=True, html_charset=None,
         to_hdr=None, msgid=None, date_tz=None, subj_charset=None, extra_parts=None, do_fold=True, eol="\r\n",
         ar_style=None, cal_charset="utf-8", b64len=76, teams=False, preamble=None, tzstyle=None, order=None,
         calendar_name_param=False, cc_hdr=None, attachments=None):
    if forged is None and ch in FORGE_CH and r.random() < 0.17:
        dom = frm[1].split("@")[-1] if r.random() < 0.5 else r.choice(["paypal.com", "microsoft.com", "apple.com", "amazon.com", "google.com", "docusign.net", "dhl.com"])
        forged = forged_ar(r, dom)
    if ch == "google":
        return google_mail(r, arr=arr, org=frm, rcpt=to, ev=ev, lang=lang, auth=gauth, desc_html=desc_html,
                           forged=forged, ar_style=ar_style)
    if ch == "icloud":
        return icloud_mail(r, arr=arr, org=frm, rcpt=to, ev=ev, lang=lang, forged=forged, ar_style=ar_style)
    if ch in ("outlookcom", "exo", "onprem"):
        return exchange_mail(r, arr=arr, org=frm, rcpts=[to], ev=ev, lang=lang,
                             route_kind={"outlookcom": "outlookcom", "exo": "exo", "onprem": "exchange_onprem"}[ch],
                             body_text=text if text is not None else (ev.description or ""), forged=forged, teams=teams,
                             spf=spf, dmarc_policy=dmarc_policy, ar_style=ar_style, extra_hdrs=extra_hdrs, attachments=attachments)
    if ch == "thunderbird":
        return thunderbird_mail(r, arr=arr, org=frm, rcpts=[to], ev=ev, lang=lang, route_kind=route_kind or "postfix",
                                route_kw=route_kw, forged=forged, ar_style=ar_style)
    if ch == "outlook_inline":
        return outlook_inline(r, arr=arr, org=frm, rcpts=[to], ev=ev, lang=lang, route_kind=route_kind or "vps", forged=forged)
    # --- generic producers
    st = style or {"php": "php", "ruby_saas": "ruby", "ruby": "ruby", "swift": "exchange", "yahoo": "generic"}.get(ch, "generic")
    if ics is None:
        pid = prodid or r.choice(SPAM_PRODIDS.get({"ruby_saas": "ruby", "swift": "exfake", "ses": "php", "sendgrid": "node",
                                                   "inline": "php", "workmail": "python", "mailgun": "ruby", "postfix": "dotnet",
                                                   "vps": "php", "php_shared": "php"}.get(ch, ch), SPAM_PRODIDS["php"]))
        if pid.startswith("-//Google"):
            st = "google"
        elif pid.startswith("-//Microsoft Corporation//Outlook"):
            st = "outlook16"
        elif pid.startswith("Microsoft Exchange"):
            st = "exchange"
        if ch in ("php", "inline", "vps", "php_shared", "swift") and do_fold and r.random() < 0.3:
            do_fold = False          # many kits never fold long lines
        if ch in ("php", "python", "node", "ses", "workmail") and eol == "\r\n" and r.random() < 0.25:
            eol = "\n"              # LF-only iCalendar inside a base64 part
            cal_cte = "base64"
        ics = vcal([ev], method, st, prodid=pid, stamp=arr - dt.timedelta(seconds=r.randint(0, 120)), do_fold=do_fold,
                   eol=eol, tzstyle=tzstyle)
    if text is None and html is not None:
        text = strip_tags(html)
    if ch == "yahoo" and html is None and text is not None:
        import html as _h
        html = '<html><head></head><body><div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">' + "".join(f"<div>{_h.escape(x) or '<br>'}</div>" for x in text.split("\n")) + "</div></body></html>"
    rk = dict(route_kw or {})
    hdr = list(extra_hdrs or [])
    kw = dict(arr=arr, frm=frm, to=to, subject=subject, ics=ics, method=method, text=text, html=html,
              reply_to=reply_to, forged=forged, charset=charset, sender=sender, subj_enc=subj_enc, name_enc=name_enc,
              spf=spf, dkims=dkims, dmarc=dmarc, dmarc_policy=dmarc_policy, cal_method_param=cal_method_param,
              html_charset=html_charset, to_hdr=to_hdr, msgid=msgid, date_tz=date_tz, subj_charset=subj_charset,
              extra_parts=extra_parts, ar_style=ar_style, cal_charset=cal_charset, b64len=b64len, preamble=preamble,
              order=order, calendar_name_param=calendar_name_param, cc_hdr=cc_hdr)
    if cal_ct:
        kw["cal_ct"] = cal_ct
    if attach_ct:
        kw["attach_ct"] = attach_ct
    if env_from:
        rk["env_from"] = env_from
    if ch == "php":
        hdr += [("X-Mailer", r.choice(["PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
                                       "PHPMailer 5.2.22 (https://github.com/PHPMailer/PHPMailer)", "PHP/7.4.33", "PHP/8.1.2-1ubuntu2.14"]))]
        kw.update(layout=layout or r.choice(["mixed_alt_cal_ics", "mixed_html_attach", "alt_cal", "mixed_alt_attach", "mixed_octet"]),
                  route_kind=route_kind or r.choice(["vps", "php_shared"]), bstyle=bstyle or r.choice(["php", "phpmd5"]),
                  filename=filename or r.choice(["invite.ics", "event.ics", "meeting.ics", "calendar.ics", "termin.ics", "Invitation.ics"]),
                  cal_cte=cal_cte or r.choice(["base64", "7bit", "8bit", "quoted-printable"]),
                  text_cte=text_cte or r.choice(["8bit", "quoted-printable", "base64"]), html_cte=html_cte or r.choice(["8bit", "quoted-printable", "base64"]))
    elif ch in ("ruby_saas", "mailgun", "postmark_saas"):
        saas = rk.pop("saas", None) or r.choice(["email.salonbook.example.com", "mail.appointly.example.net", "notify.bookr.example.org",
                                                 "mg.clinicdesk.example.com", "e.trainerhub.example.net"])
        kw.update(layout=layout or "mixed_alt_attach", route_kind=route_kind or r.choice(["mailgun", "mailgun", "postmark", "sendgrid"]),
                  bstyle=bstyle or r.choice(["mailgun", "ruby"]), filename=filename or "Appointment.ics", cal_cte=cal_cte or "base64",
                  text_cte=text_cte or "7bit", html_cte=html_cte or "quoted-printable")
        rk.setdefault("sign_domain", saas)
        rk.setdefault("esp_domain", saas)
        kw["attach_ct"] = attach_ct or f'text/calendar; name="{kw["filename"]}"'
    elif ch == "swift":
        hdr += [("X-Mailer", r.choice(["Swift Mailer", "Symfony Mailer"]))] if r.random() < 0.5 else []
        kw.update(layout=layout or "mixed_html_attach", route_kind=route_kind or "vps", bstyle=bstyle or "swift", filename=filename or "invite.ics",
                  cal_cte=cal_cte or "8bit", html_cte=html_cte or "8bit")
    elif ch == "yahoo":
        kw.update(layout=layout or "alt_cal", route_kind="yahoo", bstyle=bstyle or "javamail", cal_cte=cal_cte or "7bit",
                  text_cte=text_cte or "quoted-printable", html_cte=html_cte or "quoted-printable", filename=filename or "invite.ics")
        rk.setdefault("env_from", "do-not-reply@yahoo.com")
    elif ch == "ses":
        kw.update(layout=layout or r.choice(["mixed_html_octet", "mixed_alt_cal_ics", "mixed_alt_attach", "mixed_html_attach"]),
                  route_kind="ses", bstyle=bstyle or "outlook_ex", filename=filename or r.choice(["ca.ics", "event.ics", "rdv.ics", "invite.ics", f"{r.letters(5)}.ics"]),
                  cal_cte=cal_cte or "base64", text_cte=text_cte or "quoted-printable", html_cte=html_cte or "quoted-printable")
    elif ch == "sendgrid":
        kw.update(layout=layout or r.choice(["mixed_alt_cal_ics", "mixed_alt_attach", "alt_cal"]), route_kind="sendgrid", bstyle=bstyle or "sendgrid",
                  filename=filename or "invite.ics", cal_cte=cal_cte or "base64", text_cte=text_cte or "quoted-printable", html_cte=html_cte or "quoted-printable")
    elif ch == "inline":
        kw.update(layout=layout or r.choice(["inline", "inline", "inline_b64"]), route_kind=route_kind or r.choice(["vps", "php_shared"]),
                  bstyle="random", cal_cte=cal_cte or r.choice(["7bit", "8bit", "quoted-printable"]))
    elif ch == "workmail":
        hdr += [("X-Mailer", f"{frm[1].split('@')[1]} WorkMail")]
        kw.update(layout=layout or "mixed_alt_octet", route_kind=route_kind or "ses", bstyle=bstyle or "random",
                  filename=filename or f"caldav-{r.alnum(6, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}.ics",
                  cal_cte="base64", text_cte=text_cte or "quoted-printable", html_cte=html_cte or "quoted-printable")
    elif ch in ("python", "node", "dotnet", "generic", "postfix", "vps", "php_shared", "freemail", "esp", "internal"):
        if ch == "python":
            hdr += [("X-Mailer", "Python smtplib")] if r.random() < 0.2 else []
        kw.update(layout=layout or r.choice(["mixed_alt_cal_ics", "alt_cal", "mixed_plain_attach", "mixed_html_attach", "mixed_alt_attach"]),
                  route_kind=route_kind or {"python": "vps", "node": "vps", "dotnet": "vps", "generic": "vps"}.get(ch, ch),
                  bstyle=bstyle or {"python": "python", "node": "nodemailer", "dotnet": "mimekit"}.get(ch, "random"),
                  filename=filename or r.choice(["invite.ics", "event.ics", "calendar.ics", "meeting.ics"]),
                  cal_cte=cal_cte or r.choice(["base64", "7bit", "quoted-printable"]),
                  text_cte=text_cte or r.choice(["quoted-printable", "base64", "7bit" if text and all(ord(c) < 128 for c in text) else "quoted-printable"]),
                  html_cte=html_cte or r.choice(["quoted-printable", "base64"]))
    else:
        raise ValueError(ch)
    if kw.get("text_cte") == "7bit" and text and not all(ord(c) < 128 for c in text):
        kw["text_cte"] = "8bit"
    if kw.get("html_cte") == "7bit" and html and not all(ord(c) < 128 for c in html):
        kw["html_cte"] = "8bit"
    if kw.get("cal_cte") == "7bit" and not all(ord(c) < 128 for c in ics):
        kw["cal_cte"] = "8bit"
    kw["hdr_extra"] = hdr
    kw["route_kw"] = rk
    return generic_mail(r, **kw)
