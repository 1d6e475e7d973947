"""Sender infrastructure and the receiving MX trace (Postfix on mx.example.net)."""
import datetime as dt
from mimekit import (CRLF, fold_header, alnum, hexid, b64rand, stable_hash, rfc2822_date, UTC)

MULTI = {"co.uk", "org.uk", "ac.uk", "com.br", "co.jp", "ne.jp", "or.jp", "ac.jp", "com.au", "co.kr", "or.kr",
         "ac.kr", "com.cn", "com.tw", "co.il", "org.il", "ac.il", "com.tr", "co.th", "ac.th", "co.in", "com.mx",
         "com.gr", "com.pl", "com.ar", "com.sa", "com.eg", "co.za", "gov.uk", "gov.br", "org.br"}


def org_domain(d):
    d = d.lower().strip(".")
    parts = d.split(".")
    if len(parts) >= 3 and ".".join(parts[-2:]) in MULTI:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


KNOWN_DMARC = {
    "gmail.com": ("NONE", "QUARANTINE"), "googlemail.com": ("NONE", "QUARANTINE"), "google.com": ("REJECT", "REJECT"),
    "outlook.com": ("NONE", None), "hotmail.com": ("NONE", None), "live.com": ("NONE", None),
    "yahoo.com": ("REJECT", None), "yahoo.co.jp": ("NONE", None), "ymail.com": ("REJECT", None),
    "icloud.com": ("QUARANTINE", None), "me.com": ("QUARANTINE", None), "zoom.us": ("REJECT", None),
    "gmx.de": ("NONE", None), "web.de": ("NONE", None), "mail.ru": ("REJECT", None), "yandex.ru": ("NONE", None),
    "orange.fr": ("NONE", None), "libero.it": ("NONE", None), "wp.pl": ("NONE", None), "naver.com": (None, None),
    "qq.com": ("QUARANTINE", None), "163.com": (None, None), "free.fr": (None, None), "seznam.cz": ("NONE", None),
}


def dmarc_policy(domain):
    od = org_domain(domain)
    if od in KNOWN_DMARC:
        return KNOWN_DMARC[od]
    h = int(stable_hash("dmarc" + od, 4), 16) % 100
    if h < 30:
        return (None, None)
    if h < 58:
        return ("NONE", None)
    if h < 78:
        return ("QUARANTINE", None)
    return ("REJECT", None)


def evaluate_dmarc(from_domain, dkims, spf_res, mailfrom_domain, forced=None):
    p, sp = dmarc_policy(from_domain)
    fo = org_domain(from_domain)
    aligned = any(r == "pass" and org_domain(d) == fo for r, d, s in dkims) or \
        (spf_res == "pass" and org_domain(mailfrom_domain) == fo)
    if p is None:
        res = "none"
        ptxt = "(p=NONE dis=NONE)"
    else:
        res = "pass" if aligned else "fail"
        dis = "NONE"
        ptxt = f"(p={p}" + (f" sp={sp}" if sp else "") + f" dis={dis})"
    if forced:
        res = forced
    return res, ptxt


def auth_results(info, from_domain):
    """Build the Authentication-Results value written by the receiving MX."""
    lines = ["mx.example.net;"]
    dk = info.get("dkim", [])
    if not dk:
        lines.append("dkim=none (message not signed)")
    for (res, d, s, b) in dk:
        if res == "pass":
            lines.append(f"dkim=pass (2048-bit key; unprotected) header.d={d} header.i=@{d} header.s={s} header.b={b[:8]}")
        elif res == "fail":
            lines.append(f'dkim=fail reason="signature verification failed" (2048-bit key; unprotected) '
                         f"header.d={d} header.i=@{d} header.s={s} header.b={b[:8]}")
        else:
            lines.append(f"dkim={res} header.d={d} header.s={s} header.b={b[:8]}")
    ip, mf = info["ip"], info["envelope"] or "postmaster@" + info["helo"]
    mfd = mf.split("@")[-1]
    spf = info.get("spf", "pass")
    txt = {
        "pass": f"(mx.example.net: domain of {mf} designates {ip} as permitted sender)",
        "softfail": f"(mx.example.net: domain of transitioning {mf} does not designate {ip} as permitted sender)",
        "fail": f"(mx.example.net: domain of {mf} does not designate {ip} as permitted sender)",
        "neutral": f"(mx.example.net: {ip} is neither permitted nor denied by domain of {mf})",
        "none": f"(mx.example.net: {mfd} does not designate permitted sender hosts)",
    }[spf]
    lines.append(f"spf={spf} {txt} smtp.mailfrom={mf}")
    res, ptxt = evaluate_dmarc(from_domain, [(r, d, s) for r, d, s, b in dk], spf, mfd, info.get("dmarc_forced"))
    lines.append(f"dmarc={res} {ptxt} header.from={from_domain}")
    out = lines[0]
    for ln in lines[1:-1]:
        out += CRLF + "\t" + ln + ";"
    out += CRLF + "\t" + lines[-1]
    return out


def dkim_signature(rng, d, s, t_utc, hnames, bval):
    h = ":".join(hnames)
    bh = b64rand(rng, 32)
    v = (f"v=1; a=rsa-sha256; c=relaxed/relaxed;{CRLF}        d={d}; s={s}; t={int(t_utc.timestamp())}; "
         f"x={int(t_utc.timestamp()) + 604800};{CRLF}        h={h};{CRLF}        bh={bh};{CRLF}        b=")
    chunks = [bval[i:i + 64] for i in range(0, len(bval), 64)]
    v += (CRLF + "         ").join(chunks)
    return v


def postfix_queue_id(rng):
    if rng.random() < 0.5:
        return "".join(rng.choice("0123456789ABCDEF") for _ in range(10))
    return rng.choice("456") + alnum(rng, 13, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789")


def mx_received(rng, info, rcpt, arrival):
    rd = info.get("rdns") or "unknown"
    ip = info["ip"]
    ipl = f"IPv6:{ip}" if ":" in ip else ip
    qid = postfix_queue_id(rng)
    date = arrival.strftime("%a, %d %b %Y %H:%M:%S +0000 (UTC)")
    v = f"from {info['helo']} ({rd} [{ipl}])"
    if info.get("tls", True):
        tls = info.get("tlsver") or rng.choice(["TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)",
                                                 "TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)",
                                                 "TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)"])
        v += f"{CRLF}\t(using {tls}){CRLF}\t(No client certificate requested)"
        v += f"{CRLF}\tby mx.example.net (Postfix) with ESMTPS id {qid}"
    else:
        v += f"{CRLF}\tby mx.example.net (Postfix) with ESMTP id {qid}"
    v += f"{CRLF}\tfor <{rcpt}>; {date}"
    return v


def build_message(rng, spec, client_headers, body_bytes, info):
    """Assemble the final message bytes."""
    arrival = spec["arrival"]
    rcpt = spec["rcpt"]
    from_domain = spec["from"][1].split("@")[-1].lower()
    if info.get("header_from_domain"):
        from_domain = info["header_from_domain"]
    # sign
    dk = []
    sigs = []
    hnames = [n.lower() for n, v in client_headers if n.lower() in (
        "from", "to", "cc", "subject", "date", "message-id", "mime-version", "content-type", "reply-to", "sender")]
    for (res, d, s) in info.get("sign", []):
        bval = b64rand(rng, 256)
        dk.append((res, d, s, bval))
        sigs.append(("DKIM-Signature", dkim_signature(rng, d, s, arrival - dt.timedelta(seconds=rng.randint(1, 9)),
                                                        hnames, bval)))
    info = dict(info)
    info["dkim"] = dk
    top = [("Return-Path", f"<{info['envelope']}>" if info["envelope"] else "<>"),
           ("Delivered-To", rcpt),
           ("Authentication-Results", auth_results(info, from_domain)),
           ("Received", mx_received(rng, info, rcpt, arrival))]
    for r in info.get("received", []):
        top.append(("Received", r))
    pre = info.get("pre_sig", [])
    post = info.get("post_sig", [])
    allh = top + pre + sigs + post + client_headers
    out = []
    for n, v in allh:
        if v is None:
            continue
        if "\r\n" in v:
            out.append(f"{n}: {v}")
        else:
            out.append(fold_header(n, v))
    head = CRLF.join(out) + CRLF + CRLF
    return head.encode("ascii") + body_bytes


# ------------------------------------------------------------ infra helpers
def ip4(rng, pool):
    base = {"a": "192.0.2.", "b": "198.51.100.", "c": "203.0.113."}[pool]
    return base + str(rng.randint(2, 254))


def ip6(rng):
    return "2001:db8:%x:%x::%x" % (rng.randint(1, 0xffff), rng.randint(1, 0xffff), rng.randint(1, 0xfff))


def t_before(arrival, rng, lo=1, hi=40):
    return arrival - dt.timedelta(seconds=rng.randint(lo, hi))


def generic_infra(rng, spec, kind, domain, local_tz="UTC", mailer="postfix"):
    """Infrastructure for mail leaving an organisation's own server, a VPS,
    or an e-mail service provider.  kind: owned|lookalike|vps|spoof|esp"""
    arr = spec["arrival"]
    fa = spec["from"][1]
    info = {"tls": True}
    if kind in ("owned", "lookalike"):
        host = rng.choice(["mail", "smtp", "mx1", "mail2", "out", "smtp-out"]) + "." + domain
        info.update(ip=ip4(rng, rng.choice("abc")) if rng.random() < 0.85 else ip6(rng), helo=host, rdns=host,
                    envelope=fa, spf="pass", sign=[("pass", domain, rng.choice(
                        ["default", "mail", "dkim", "s1", "selector1", "k1", time_sel(arr)]))])
        if kind == "owned" and rng.random() < 0.2:
            info["sign"] = []  # many small organisations still do not sign
        if mailer == "postfix":
            info["received"] = [f"from [{'10.%d.%d.%d' % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254))}] "
                                f"(unknown [{ip4(rng, 'a')}]){CRLF}\tby {host} (Postfix) with ESMTPSA id {hexid(rng, 10).upper()}"
                                f"{CRLF}\tfor <{spec['rcpt']}>; {rfc2822_date(t_before(arr, rng), local_tz)}"]
        elif mailer == "exim":
            info["received"] = [f"from [{ip4(rng, 'b')}] (helo=[192.168.1.{rng.randint(2, 99)}]){CRLF}\tby {host} with esmtpsa "
                                f"(TLS1.3) tls TLS_AES_256_GCM_SHA384{CRLF}\t(Exim 4.9{rng.randint(4, 7)}.{rng.randint(0, 2)})"
                                f"{CRLF}\t(envelope-from <{fa}>){CRLF}\tid 1r{alnum(rng, 5)}-00{alnum(rng, 4)}-{alnum(rng, 2)}"
                                f"{CRLF}\tfor {spec['rcpt']}; {rfc2822_date(t_before(arr, rng), local_tz)}"]
        else:
            info["received"] = []
    elif kind == "vps":
        host = rng.choice(["vps", "srv", "server", "mail", "node", "vmi", "ns"]) + str(rng.randint(1, 99999)) + "." + \
            rng.choice(["hostsailor.example", "contaboserver.example", "vultrusercontent.example", "your-server.example",
                        "ip-vds.example", "hosted-by-dc.example"])
        info.update(ip=ip4(rng, rng.choice("abc")), helo=rng.choice([host, domain, "localhost", "[" + ip4(rng, 'a') + "]"]),
                    rdns=host if rng.random() < 0.7 else None, envelope=fa if rng.random() < 0.7 else
                    f"{alnum(rng, 8, 'abcdefghijklmnopqrstuvwxyz')}@{domain}",
                    spf=rng.choice(["pass", "pass", "neutral", "none"]), sign=[], tls=rng.random() < 0.6)
        if rng.random() < 0.3:
            info["sign"] = [("pass", domain, "default")]
        info["received"] = [] if rng.random() < 0.5 else [
            f"from localhost (localhost [127.0.0.1]){CRLF}\tby {host} (Postfix) with ESMTP id {hexid(rng, 10).upper()}"
            f"{CRLF}\tfor <{spec['rcpt']}>; {rfc2822_date(t_before(arr, rng), 'UTC')}"]
    elif kind == "spoof":
        host = "unassigned-" + str(rng.randint(10, 250)) + ".hosting.example"
        info.update(ip=ip4(rng, rng.choice("abc")), helo=rng.choice([domain, "mail." + domain, "WIN-" + alnum(rng, 11).upper()]),
                    rdns=host if rng.random() < 0.6 else None,
                    envelope=rng.choice([fa, f"bounce-{alnum(rng, 6).lower()}@{rng.choice(['mx-relay.example.org', 'sendq.example.com', domain])}"]),
                    sign=[], tls=rng.random() < 0.5)
        info["spf"] = "pass" if not info["envelope"].endswith(domain) else rng.choice(["softfail", "fail", "softfail", "neutral"])
        info["received"] = []
    elif kind == "esp":
        esp = rng.choice(["amazonses", "sendgrid", "mailgun", "sparkpost", "mandrill"])
        if esp == "amazonses":
            host = f"a{rng.randint(8, 48)}-{rng.randint(10, 250)}.smtp-out.{rng.choice(['eu-west-1', 'us-west-2', 'us-east-1'])}.amazonses.com"
            env = f"0102018{hexid(rng, 9)}-{uuid_short(rng)}-000000@{rng.choice(['eu-west-1', 'us-west-2'])}.amazonses.com"
            sign = [("pass", domain, alnum(rng, 32, 'abcdefghijklmnopqrstuvwxyz234567')), ("pass", "amazonses.com", alnum(rng, 32, 'abcdefghijklmnopqrstuvwxyz234567'))]
            if rng.random() < 0.6:
                env = f"bounce+{alnum(rng, 10).lower()}@mail.{domain}"
        elif esp == "sendgrid":
            host = f"o{rng.randint(1, 9)}.ptr{rng.randint(1000, 9999)}.{domain}"
            env = f"bounces+{rng.randint(1000000, 9999999)}-{hexid(rng, 4)}-{spec['rcpt'].replace('@', '=')}@em{rng.randint(100, 9999)}.{domain}"
            sign = [("pass", domain, "s1"), ("pass", "sendgrid.info", "smtpapi")]
        elif esp == "mailgun":
            host = f"m{rng.randint(40, 230)}-{rng.randint(10, 250)}.mailgun.net"
            env = f"bounce+{hexid(rng, 6)}.{hexid(rng, 6)}-{spec['rcpt'].replace('@', '=')}@mg.{domain}"
            sign = [("pass", domain, "krs"), ("pass", "mailgun.org", "mg")]
        elif esp == "sparkpost":
            host = f"mta-{rng.randint(10, 99)}-{rng.randint(10, 250)}.sparkpostmail.com"
            env = f"msprvs1=1{alnum(rng, 16)}=bounces-{rng.randint(100000, 999999)}@spmail.{domain}"
            sign = [("pass", domain, "scph0322")]
        else:
            host = f"mail{rng.randint(100, 199)}-{rng.randint(1, 99)}.mcdlv.net"
            env = f"bounce-md_{rng.randint(10000000, 99999999)}.{hexid(rng, 8)}.v1-{hexid(rng, 32)}@mandrillapp.com"
            sign = [("pass", domain, "mte1"), ("pass", "mandrillapp.com", "mandrill")]
        info.update(ip=ip4(rng, rng.choice("bc")), helo=host, rdns=host, envelope=env, spf="pass", sign=sign, received=[])
        info["esp"] = esp
    return info


def uuid_short(rng):
    return f"{hexid(rng, 8)}-{hexid(rng, 4)}-{hexid(rng, 4)}-{hexid(rng, 4)}-{hexid(rng, 12)}"


def time_sel(t):
    return t.strftime("%Y%m")
