"""Message model construction, sending infrastructure, authentication results, list and forward wrapping."""
import datetime as dt
import hashlib

from . import core as C
from . import clients as K
from . import pools as P

# ----------------------------------------------------------------------------
# free-mail providers: domain -> (host pattern, dkim selector, dmarc policy)
PROV = {
    "gmail.com": ("mail-%s-f%d.google.com", "20230601", "NONE"),
    "outlook.com": ("EXO", "selector1", "NONE"), "hotmail.com": ("EXO", "selector1", "NONE"),
    "hotmail.es": ("EXO", "selector1", "NONE"), "hotmail.se": ("EXO", "selector1", "NONE"),
    "hotmail.co.th": ("EXO", "selector1", "NONE"),
    "yahoo.com": ("sonic%d-%d.consmr.mail.ne1.yahoo.com", "s2048", "REJECT"),
    "yahoo.es": ("sonic%d-%d.consmr.mail.ir2.yahoo.com", "s2048", "REJECT"),
    "yahoo.gr": ("sonic%d-%d.consmr.mail.ir2.yahoo.com", "s2048", "REJECT"),
    "yahoo.co.jp": ("mta%d-%d.mail.kks.yahoo.co.jp", "yj20110701", "NONE"),
    "yahoo.com.tw": ("sonic%d-%d.consmr.mail.sg3.yahoo.com", "s2048", "REJECT"),
    "aol.com": ("sonic%d-%d.consmr.mail.bf2.yahoo.com", "a2048", "REJECT"),
    "icloud.com": ("st43p00im-ztdg%08d.me.com", "1a1hai", "QUARANTINE"),
    "me.com": ("st43p00im-ztbu%08d.me.com", "1a1hai", "QUARANTINE"),
    "gmx.de": ("mout.gmx.net", "s42582890", "NONE"), "web.de": ("mout.web.de", "s29768273", "NONE"),
    "t-online.de": ("mailout%02d.t-online.de", "t-online", "NONE"),
    "orange.fr": ("smtp-%02d.smtp.orange.fr", "t20230301", "NONE"), "free.fr": ("smtp%d-g21.free.fr", "smtp-20201208", "NONE"),
    "laposte.net": ("smtp-out%02d.laposte.net", "lpn-wlmd", "NONE"),
    "libero.it": ("libero-smtp-%02d.italiaonline.it", "s2021", "NONE"),
    "virgilio.it": ("smtp%02d.virgilio.it", "s2021", "NONE"),
    "sapo.pt": ("relay%d.ptmail.sapo.pt", "s1", "NONE"), "uol.com.br": ("smtp%d.uol.com.br", "uol", "NONE"),
    "ziggo.nl": ("smtpq%d.tb.ziggo.nl", "20220712", "NONE"), "kpnmail.nl": ("ewsoutbound.kpnmail.nl", "kpnmail01", "NONE"),
    "wp.pl": ("smtpo%d.poczta.onet.pl" , "1024a", "NONE"), "onet.pl": ("smtpo%d.poczta.onet.pl", "2011", "NONE"),
    "o2.pl": ("smtpo%d.poczta.o2.pl", "1024a", "NONE"),
    "seznam.cz": ("mxf%d.seznam.cz", "szn20221014", "NONE"), "email.cz": ("mxf%d.seznam.cz", "szn20221014", "NONE"),
    "centrum.cz": ("gmmr-%d.centrum.cz", "c1", "NONE"),
    "yandex.com": ("forward%da.mail.yandex.net", "mail", "NONE"), "yandex.ru": ("forward%da.mail.yandex.net", "mail", "NONE"),
    "telia.com": ("smtp-out%d.telia.com", "telia", "NONE"),
    "mail.ru": ("smtp%d.i.mail.ru", "mail4", "REJECT"), "rambler.ru": ("mail%d.rambler.ru", "mail", "NONE"),
    "otenet.gr": ("mail%d.otenet.gr", "ote", "NONE"), "walla.co.il": ("mx%d.walla.co.il", "walla", "NONE"),
    "qq.com": ("out%d-%d.mail.qq.com", "s201512", "QUARANTINE"), "163.com": ("m%d-%d.163.com", "s110527", "NONE"),
    "126.com": ("m%d-%d.126.com", "s110527", "NONE"), "hinet.net": ("msr%d.hinet.net", "hinet", "NONE"),
    "docomo.ne.jp": ("mfsmax.docomo.ne.jp", "docomo", "NONE"),
    "naver.com": ("cvsmtppost%02d.nm.naver.com", "s20171208", "NONE"),
    "daum.net": ("smtp%d.daum.net", "20220913", "NONE"), "rediffmail.com": ("rediffmail%d.rediff.com", "rediff", "NONE"),
}


def _h(s):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest(), 16)


def ip_for(domain, rng, v6=False):
    h = _h(domain)
    if v6 and rng.random() < 0.5:
        return "2001:db8:%x:%x::%x" % (h % 65535, (h >> 16) % 65535, rng.randint(1, 4000))
    block = ["192.0.2", "198.51.100", "203.0.113"][h % 3]
    return "%s.%d" % (block, (h >> 8) % 200 + rng.randint(1, 50))


def dmarc_policy(domain):
    if domain in PROV:
        return PROV[domain][2]
    return ["NONE", "NONE", "QUARANTINE", "REJECT", None][_h(domain) % 5]


def provider_host(domain, rng):
    if domain in PROV:
        pat = PROV[domain][0]
        if pat == "EXO":
            return "%s.outbound.protection.outlook.com" % rng.choice(
                ["EUR03-AM7-obe", "EUR05-DB8-obe", "NAM12-MW2-obe", "NAM10-BN7-obe", "APC01-SG2-obe"])
        n = pat.count("%")
        args = []
        for i in range(n):
            args.append(rng.randint(1, 99) if "%s" not in pat or i else rng.choice(["wr1", "ej1", "pj1", "lj1"]))
        try:
            return pat % tuple(args)
        except TypeError:
            return pat.replace("%s", "wr1") % tuple(a for a in args if isinstance(a, int))[:pat.count("%d")]
    return rng.choice(["mail", "smtp", "mx1", "out", "mail2", "relay"]) + "." + domain


def dkim_sig(rng, d, s, t):
    b = K.b64s(rng, 342) + "=="
    bh = K.b64s(rng, 43) + "="
    hdrs = rng.choice(["from:to:subject:date:message-id:mime-version:content-type",
                       "mime-version:from:date:message-id:subject:to:content-type",
                       "From:Reply-To:Subject:Date:To:MIME-Version:Content-Type:Message-ID",
                       "date:from:to:subject:message-id:reply-to:content-type"])
    head = "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s; t=%d;" % (d, s, t)
    lines = [head, "\th=%s;" % hdrs, "\tbh=%s;" % bh]
    bl = ["\tb=" + b[:70]] + ["\t " + b[i:i + 72] for i in range(70, len(b), 72)]
    return C.CRLF.join(lines + bl), b[:8]


# ----------------------------------------------------------------------------
def trace_headers(m, infra, rng):
    """Build the receiving-MX block plus the sender side's Received and DKIM headers."""
    auth = m["auth"]
    s = m["sender"]
    from_dom = infra.get("from_domain") or m.get("from_domain") or s["addr"].split("@")[1]
    rcpt = m["rcpt"][1]
    arrival = m["arrival"]
    sent = m["sent"]
    env = infra.get("env") or m.get("env") or s["addr"]
    prov = infra.get("prov")
    dkim = list(infra.get("dkim") or [])
    host = infra.get("host")
    if prov in ("smtp", "esp", None) or auth in ("spoof", "vps"):
        # determine host from sender domain or explicit
        sd = env.split("@")[1]
        if auth in ("spoof", "vps"):
            host = m.get("vps_host") or rng.choice(["vps%d.%s" % (rng.randint(100, 99999), rng.choice(
                ["hostcloud.example", "fastvps.example", "cheapserver.example", "bulk-mta.example"])),
                "mail.%s" % sd, "srv%d.%s" % (rng.randint(1, 900), sd), "ip-203-0-113-%d.example" % rng.randint(2, 250)])
            dkim = [(sd, rng.choice(["default", "mail", "dkim", "x"]))] if (auth == "vps" and rng.random() < 0.5) else []
        else:
            host = m.get("send_host") or host or provider_host(sd, rng)
            if not dkim:
                sel = PROV[sd][1] if sd in PROV else rng.choice(["default", "s1", "mail", "dkim", "k1", "mx",
                                                                  "sel%d" % rng.randint(1, 9), "google", "scph0123"])
                dkim = [(from_dom if prov != "esp" else from_dom, sel)]
                if prov == "esp":
                    dkim.append((rng.choice(["sendgrid.net", "mailgun.org", "amazonses.com", "mcsv.net",
                                             "sparkpostmail.com"]), rng.choice(["smtpapi", "mx", "s1", "k1"])))
    ip = m.get("ip") or ip_for(host.split(".", 1)[-1] if "." in host else host, rng, v6=prov in ("google", "exo"))
    env_dom = env.split("@")[1]
    ts = int(sent.timestamp())
    sigs = []
    res = []
    # DKIM
    if auth == "nodkim":
        dkim = []
    if auth in ("spoof",):
        dkim = [] if rng.random() < 0.7 else [(env_dom, "default")]
    for d, sel in dkim:
        sig, bstub = dkim_sig(rng, d, sel, ts)
        sigs.append(sig)
        state = "pass"
        if auth == "list" and d == m.get("list_orig_d", d) and d != m.get("list_domain"):
            state = "fail"
        if auth == "dkimfail":
            state = "fail"
        if auth == "spoof" and d == env_dom and rng.random() < 0.5:
            state = "fail"
        if state == "fail":
            res.append('dkim=fail reason="signature verification failed" (2048-bit key; unprotected) header.d=%s '
                       'header.s=%s header.b=%s' % (d, sel, bstub))
        else:
            res.append("dkim=pass (2048-bit key; unprotected) header.d=%s header.s=%s header.b=%s" % (d, sel, bstub))
    if not dkim:
        res.append("dkim=none (message not signed)")
    # SPF
    if auth in ("spoof",):
        spf = m.get("spf") or rng.choice(["fail", "softfail", "softfail", "none"])
    elif auth == "vps":
        spf = m.get("spf") or rng.choice(["pass", "pass", "neutral", "none"])
    elif auth == "fwd":
        spf = rng.choice(["softfail", "fail"])
    else:
        spf = m.get("spf") or "pass"
    spf_txt = {"pass": "domain of %s designates %s as permitted sender" % (env, ip),
               "fail": "domain of %s does not designate %s as permitted sender" % (env, ip),
               "softfail": "domain of transitioning %s does not designate %s as permitted sender" % (env, ip),
               "neutral": "%s is neither permitted nor denied by domain of %s" % (ip, env),
               "none": "domain of %s does not designate permitted sender hosts" % env}[spf]
    res.append("spf=%s (mx.example.net: %s) smtp.mailfrom=%s" % (spf, spf_txt, env))
    # DMARC
    pol = m.get("dmarc_policy", "unset") if from_dom == s["addr"].split("@")[1] else "unset"
    if pol == "unset":
        pol = dmarc_policy(from_dom)
    if auth in ("spoof", "vps", "nodmarc") or (auth == "list" and pol is None):
        pol = pol if auth == "spoof" else None
    aligned_dkim = any((d == from_dom or d.endswith("." + from_dom) or from_dom.endswith("." + d)) and
                       ("fail" not in r) for (d, _), r in zip(dkim, res))
    aligned_spf = spf == "pass" and (env_dom == from_dom or env_dom.endswith("." + from_dom))
    if pol is None:
        res.append("dmarc=none (p=NONE dis=NONE) header.from=%s" % from_dom if rng.random() < 0.3 else
                   "dmarc=none header.from=%s" % from_dom)
    else:
        ok = aligned_dkim or aligned_spf
        if ok:
            res.append("dmarc=pass (p=%s sp=%s dis=NONE) header.from=%s" % (pol, pol, from_dom))
        else:
            res.append("dmarc=fail (p=%s sp=%s dis=%s) header.from=%s" % (pol, pol, pol, from_dom))
    m["_auth_summary"] = ";".join(r.split(" ")[0] for r in res)
    qid = "".join(rng.choice("0123456789ABCDEF") for _ in range(10))
    helo = host
    rdns = host if auth not in ("spoof", "vps") or rng.random() < 0.5 else "unknown"
    top = ["Return-Path: <%s>" % env, "Delivered-To: " + rcpt,
           "Authentication-Results: mx.example.net;\r\n\t" + ";\r\n\t".join(res),
           "Received: from %s (%s [%s])\r\n\tby mx.example.net (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s" % (
               helo, rdns, ip, qid, rcpt, C.rfc2822(arrival, 0) + " (UTC)")]
    side = list(m.get("pre_received", []))
    side += list(infra.get("received") or [])
    if prov == "google":
        side.append("Received: by %s with SMTP id %s-%s.%d\r\n\tfor <%s>\r\n\t"
                    "(Google Transport Security);\r\n\t%s" % (host, K.alnum(rng, 13, "0123456789abcdef"),
                                                               K.alnum(rng, 12), rng.randint(0, 9), rcpt,
                                                               C.rfc2822(sent + dt.timedelta(seconds=1), -420 if
                                                                         rng.random() < 0.5 else -480)))
        side.append("X-Google-Smtp-Source: AGHT+IE" + K.b64s(rng, 60))
        side.append("X-Received: by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s.%d.%d;\r\n\t%s" % (
            rng.randint(4096, 65535), rng.randint(1, 9999), rng.randint(256, 4095), rng.randint(256, 4095),
            rng.randint(256, 4095), K.alnum(rng, 14), rng.randint(1, 99), int(sent.timestamp()),
            C.rfc2822(sent + dt.timedelta(seconds=1), -480)))
    elif prov in ("apple", "zoom") and auth not in ("spoof", "vps"):
        inner = {"apple": "p%02d-caldav.icloud.com" % rng.randint(20, 70),
                 "zoom": "zoom-notify-%s.zoom.us" % K.alnum(rng, 5)}[prov]
        side.append("Received: from %s (unknown [198.51.100.%d])\r\n\tby %s (Postfix) with ESMTP id %s;\r\n\t%s" % (
            inner, rng.randint(2, 250), host, K.alnum(rng, 12, "0123456789ABCDEF"),
            C.rfc2822(sent + dt.timedelta(seconds=1), 0)))
    elif prov in ("smtp", "esp", "yahoo", "own") or auth in ("spoof", "vps"):
        if auth in ("spoof", "vps"):
            side.append("Received: from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s\r\n\t"
                        "for <%s>; %s" % (rng.choice(["localhost", "[127.0.0.1]", "ubuntu", "win-%s" % K.alnum(rng, 8)]),
                                          host, K.alnum(rng, 10, "0123456789ABCDEF"), rcpt,
                                          C.rfc2822(sent + dt.timedelta(seconds=rng.randint(0, 5)), 0)))
        elif prov != "yahoo":
            side.append("Received: from [%s] (%s [198.51.100.%d])\r\n\t(Authenticated sender: %s)\r\n\tby %s with "
                        "ESMTPSA id %s;\r\n\t%s" % (
                            rng.choice(["10.0.%d.%d" % (rng.randint(0, 9), rng.randint(2, 250)),
                                        "192.168.%d.%d" % (rng.randint(0, 9), rng.randint(2, 250)),
                                        "IPV6:2001:db8::%x" % rng.randint(1, 9999)]),
                            rng.choice(["unknown", "dynamic-%d.example.net" % rng.randint(1000, 9999)]),
                            rng.randint(2, 250), env if prov != "esp" else "api", host,
                            K.alnum(rng, 12, "0123456789ABCDEF"),
                            C.rfc2822(sent + dt.timedelta(seconds=1), m.get("tzoff", 0))))
    return top + side + sigs


# ----------------------------------------------------------------------------
def list_wrap(m, part, infra, rng):
    """Mailing-list manager relaying a message: adds List-* headers, subject tag, footer, breaks DKIM."""
    li = m["listinfo"]
    name, ldom, mgr = li["name"], li["domain"], li["mgr"]
    laddr = "%s@%s" % (name, ldom)
    hdrs = list(part.headers)
    newh = []
    for h in hdrs:
        if h.startswith("Subject: ") and li.get("tag", True):
            h = "Subject: [%s] %s" % (li.get("tagname", name), h[9:])
        if h.startswith("From: ") and li.get("munge"):
            s = m["sender"]
            h = "From: " + C.addr("%s via %s" % (s["name"], name), laddr)
            newh.append("Reply-To: " + C.addr(s["name"], s["addr"]))
        if h.startswith("To: ") and not m.get("to_list_kept"):
            pass
        newh.append(h)
    if mgr == "mailman2":
        newh += ["X-BeenThere: " + laddr, "X-Mailman-Version: 2.1.%d" % rng.randint(29, 39), "Precedence: list",
                 "List-Id: %s <%s.%s>" % (li.get("desc", name), name, ldom),
                 "List-Unsubscribe: <https://%s/mailman/options/%s>,\r\n <mailto:%s-request@%s?subject=unsubscribe>" % (
                     ldom, name, name, ldom),
                 "List-Archive: <https://%s/pipermail/%s/>" % (ldom, name),
                 "List-Post: <mailto:%s>" % laddr,
                 "List-Help: <mailto:%s-request@%s?subject=help>" % (name, ldom),
                 "List-Subscribe: <https://%s/mailman/listinfo/%s>,\r\n <mailto:%s-request@%s?subject=subscribe>" % (
                     ldom, name, name, ldom),
                 "Errors-To: %s-bounces@%s" % (name, ldom), "Sender: \"%s\" <%s-bounces@%s>" % (name, name, ldom)]
        env = "%s-bounces+%s=%s@%s" % (name, m["rcpt"][1].split("@")[0], m["rcpt"][1].split("@")[1], ldom)
    elif mgr == "mailman3":
        newh += ["Message-ID-Hash: " + K.alnum(rng, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
                 "X-Message-ID-Hash: " + K.alnum(rng, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
                 "X-MailFrom: " + m["sender"]["addr"], "X-Mailman-Rule-Misses: dmarc-mitigation; no-senders; approved; "
                 "emergency; loop; banned-address; member-moderation; header-match-%s.%s-0; nonmember-moderation; "
                 "administrivia; implicit-dest; max-recipients; max-size; news-moderation; no-subject; digests; "
                 "suspicious-header" % (name, ldom), "X-Mailman-Version: 3.3.%d" % rng.randint(4, 9),
                 "Precedence: list", "List-Id: <%s.%s>" % (name, ldom),
                 "Archived-At: <https://%s/hyperkitty/list/%s/message/%s/>" % (ldom, laddr, K.alnum(rng, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
                 "List-Archive: <https://%s/hyperkitty/list/%s/>" % (ldom, laddr),
                 "List-Help: <mailto:%s-request@%s?subject=help>" % (name, ldom), "List-Owner: <mailto:%s-owner@%s>" % (name, ldom),
                 "List-Post: <mailto:%s>" % laddr, "List-Subscribe: <mailto:%s-join@%s>" % (name, ldom),
                 "List-Unsubscribe: <mailto:%s-leave@%s>" % (name, ldom)]
        env = "%s-bounces@%s" % (name, ldom)
    elif mgr == "sympa":
        newh += ["X-Loop: " + laddr, "X-Sequence: %d" % rng.randint(100, 9000), "Errors-To: %s-owner@%s" % (name, ldom),
                 "Precedence: list", "Precedence: bulk", "Sender: %s-request@%s" % (name, ldom),
                 "X-no-archive: yes", "List-Id: <%s.%s>" % (name, ldom), "List-Help: <mailto:sympa@%s?subject=help>" % ldom,
                 "List-Subscribe: <mailto:sympa@%s?subject=subscribe%%20%s>" % (ldom, name),
                 "List-Unsubscribe: <mailto:sympa@%s?subject=unsubscribe%%20%s>" % (ldom, name),
                 "List-Post: <mailto:%s>" % laddr, "List-Owner: <mailto:%s-request@%s>" % (name, ldom)]
        env = "%s-owner@%s" % (name, ldom)
    else:  # google groups
        gid = name
        newh += ["X-Original-Sender: " + m["sender"]["addr"],
                 "X-Original-Authentication-Results: gmr-mx.google.com;\r\n       dkim=pass header.i=@%s;\r\n       "
                 "spf=pass smtp.mailfrom=%s" % (m["sender"]["addr"].split("@")[1], m["sender"]["addr"]),
                 "Precedence: list", "Mailing-list: list %s; contact %s+owners@%s" % (laddr, gid, ldom),
                 "List-ID: <%s.%s>" % (gid, ldom), "X-Spam-Checked-In-Group: %s" % laddr,
                 "X-Google-Group-Id: %d" % rng.randint(10 ** 11, 10 ** 12),
                 "List-Post: <https://groups.google.com/a/%s/group/%s/post>, <mailto:%s>" % (ldom, gid, laddr),
                 "List-Help: <https://support.google.com/a/%s/bin/topic.py?topic=25838>, <mailto:%s+help@%s>" % (ldom, gid, ldom),
                 "List-Archive: <https://groups.google.com/a/%s/group/%s/>" % (ldom, gid),
                 "List-Unsubscribe: <mailto:googlegroups-manage+%d+unsubscribe@googlegroups.com>,\r\n "
                 "<https://groups.google.com/a/%s/group/%s/subscribe>" % (rng.randint(10 ** 11, 10 ** 12), ldom, gid)]
        env = "%s+bncBC%s@%s" % (gid, K.alnum(rng, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), ldom)
    # footer: wrap the original body in multipart/mixed with a footer part
    footer = li.get("footer") or ("_______________________________________________\n%s mailing list\n%s\n"
                                  "https://%s/mailman/listinfo/%s" % (name, laddr, ldom, name))
    if mgr == "googlegroups":
        footer = ("-- \nYou received this message because you are subscribed to the Google Groups \"%s\" group.\n"
                  "To unsubscribe from this group and stop receiving emails from it, send an email to "
                  "%s+unsubscribe@%s.\nTo view this discussion visit https://groups.google.com/a/%s/d/msgid/%s/%s.\n"
                  % (li.get("desc", name), name, ldom, ldom, name, K.hexs(rng, 20)))
    ct_idx = [i for i, h in enumerate(newh) if h.lower().startswith("content-type:")]
    cte_idx = [i for i, h in enumerate(newh) if h.lower().startswith("content-transfer-encoding:")]
    inner_hdrs = [newh[i] for i in ct_idx + cte_idx]
    outer = [h for i, h in enumerate(newh) if i not in ct_idx + cte_idx]
    inner = C.Part(inner_hdrs, body=part.body, parts=part.parts, boundary=part.boundary, preamble=part.preamble)
    b = "===============%d==" % rng.randint(10 ** 17, 10 ** 18)
    foot = C.text_part(footer, label="us-ascii" if C.is_ascii(footer) else "utf-8", cte="7bit",
                       extra_headers=["Content-Disposition: inline"])
    wrapped = C.Part(outer + ['Content-Type: multipart/mixed; boundary="%s"' % b], parts=[inner, foot], boundary=b)
    lhost = li.get("host") or (ldom if ldom.startswith("lists.") else "mail." + ldom)
    odom = m["sender"]["addr"].split("@")[1]
    ohost = PROV.get(odom, ("",))[0] and provider_host(odom, rng) or "mail." + odom
    recv = ["Received: from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s" % (
        ohost, ohost, ip_for(odom, rng), lhost if mgr != "googlegroups" else "gmr-mx.google.com",
        K.alnum(rng, 10, "0123456789ABCDEF"), laddr, C.rfc2822(m["sent"] + dt.timedelta(seconds=rng.randint(2, 30))))]
    infra2 = dict(env=env, host=lhost if mgr != "googlegroups" else
                  "mail-%s.google.com" % K.alnum(rng, 8), prov="list", received=recv,
                  from_domain=(ldom if li.get("munge") else m["sender"]["addr"].split("@")[1]),
                  dkim=[(odom, PROV.get(odom, ("", "s1"))[1] or "s1")] + ([(ldom, "20230601" if mgr == "googlegroups"
                                                                         else "list")] if li.get("resign") else []))
    if mgr == "googlegroups":
        infra2["host"] = "mail-yb1-f%d.google.com" % rng.randint(180, 199)
    m["list_orig_d"] = m["sender"]["addr"].split("@")[1]
    m["list_domain"] = ldom
    return wrapped, infra2


# ----------------------------------------------------------------------------
def forward_wrap(m, inner_bytes, inner_subject, rng, style):
    """Wrap an already rendered message as an attachment/inline forward from a colleague/friend."""
    f = m["fwd"]
    lang = m["lang"]
    note = f["note"]
    b = {"thunderbird": "------------" + K.alnum(rng, 24, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij"),
         "apple": "Apple-Mail=_" + K.uuid(rng, True), "google": "000000000000" + K.hexs(rng, 16)}.get(style)
    pre = {"thunderbird": "Fwd: ", "apple": "Fwd: ", "google": "Fwd: "}[style]
    if lang == "de":
        pre = "WG: " if style != "google" else "Fwd: "
    if lang == "es":
        pre = "RV: " if style == "google" else "Fwd: "
    subj = pre + inner_subject
    txt = C.text_part(note, label="utf-8", cte="quoted-printable" if style != "apple" else "quoted-printable",
                      quote_charset=style == "google", extra_params="; format=flowed" if style == "thunderbird" else "")
    att = C.Part(['Content-Type: message/rfc822; name="%s.eml"' % "forwarded",
                  'Content-Disposition: attachment; filename="%s.eml"' % "forwarded"], inner_bytes)
    s = m["sender"]
    hdrs = std_headers_fwd(m, rng, subj, style)
    hdrs.append('Content-Type: multipart/mixed; boundary="%s"' % b)
    return C.Part(hdrs, parts=[txt, att], boundary=b)


def std_headers_fwd(m, rng, subj, style):
    s = m["sender"]
    dom = s["addr"].split("@")[1]
    out = K.std_headers(m, rng, subj, order="fts", msgid="<%s@%s>" % (K.uuid(rng), dom),
                        date_off=m.get("tzoff", 60))
    out += ["Date: " + C.rfc2822(m["sent"], m.get("tzoff", 60)), "MIME-Version: 1.0"]
    if style == "thunderbird":
        out.append("User-Agent: Mozilla Thunderbird")
    elif style == "apple":
        out.append("X-Mailer: Apple Mail (2.3774.500.171.1.1)")
    seen = set()
    res = []
    for h in out:
        k = h.split(":")[0]
        if k in ("Date", "Message-ID") and k in seen:
            continue
        seen.add(k)
        res.append(h)
    return res
