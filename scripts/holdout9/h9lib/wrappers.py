"""Forwarded invitations and mailing-list copies."""
import copy
import datetime as dt

from . import clients, transport
from .langs import Person, OL, LANGS
from .mime import Part, leaf, multipart, addr, hval, fold_ascii, html_escape
from .model import Att
from .transport import Sender, _dkim_sig, _ts
from .util import rfc2822, utc_to_local, MONTHS_EN, DAYS_EN


def _find_cal_part(part):
    if part.parts:
        for p in part.parts:
            r = _find_cal_part(p)
            if r is not None:
                return r
        return None
    for k, v in part.headers:
        if k == 'Content-Type' and ('application/ics' in v or 'text/calendar' in v):
            return part
    return None


def _gmail_date(d, tz):
    loc = utc_to_local(tz, d)
    h = loc.hour % 12 or 12
    return '%s, %s %d, %d at %d:%02d %s' % (DAYS_EN[loc.weekday()][:3], MONTHS_EN[loc.month - 1][:3], loc.day, loc.year,
                                             h, loc.minute, 'AM' if loc.hour < 12 else 'PM')


def render_wrapped(m, sc, wrapper, F, sp):
    kind, var = wrapper
    rng = m.rng
    if kind == 'fwd':
        return _forward(m, sc, var, F)
    return _list(m, sc, var, F)


def _inner_msg(m, orig_person, new_rcpt):
    im = copy.copy(m)
    im.sender = Sender()
    im.sender.from_name = orig_person.name
    im.sender.from_addr = orig_person.email
    im.rcpt = new_rcpt
    im.to = [new_rcpt]
    im.subject = None
    im.tokens = dict(m.tokens)
    im.events = [copy.copy(e) for e in m.events]
    return im


def _forward(m, sc, var, F):
    rng = m.rng
    ev = m.events[0]
    org = ev.organizer
    fwd_p = Person(m.sender.from_name, 'x', 'y', email=m.sender.from_addr)
    note = m.text or ''
    if var == 'outlook':
        # Outlook forwards the meeting itself: same UID/ORGANIZER, recipient added as attendee
        when = clients.when_loc(m, ev)
        block = ('\n\n-----Original Appointment-----\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\nWhen: %s\nWhere: %s\n\n%s' % (
            org.name, org.email, rfc2822(m.date - dt.timedelta(days=rng.randint(1, 6)), m.tz),
            '; '.join(a.p.name or a.p.email for a in ev.attendees if a.p.email != m.rcpt.email) or fwd_p.name,
            ev.summary, when, ev.loc or '', sc.get('orig_body') and F(sc['orig_body']) or ev.desc or ''))
        m.text = note + block
        ev.desc = m.text
        m.subject = '%s: %s' % (OL[m.lang][4], ev.summary)
        hdrs, root = clients.r_ms(m)
        trace = transport.mx_headers(rng, m.sender, m.rcpt.email, m.arrival)
        return hdrs, root, trace
    # inner original invitation as the forwarder received it
    icl = sc['inner'].split(':')[0]
    im = _inner_msg(m, org, fwd_p)
    im.client = icl
    im.date = m.date - dt.timedelta(days=rng.randint(1, 10), minutes=rng.randint(1, 600))
    for e in im.events:
        e.dtstamp = im.date - dt.timedelta(seconds=rng.randint(0, 4))
        e.lastmod = e.dtstamp
        e.created = e.dtstamp - dt.timedelta(minutes=rng.randint(2, 300))
    for e in im.events:
        e.attendees = [Att(fwd_p) if a.p.email == m.rcpt.email else a for a in e.attendees]
    im.text = sc.get('orig_body') and F(sc['orig_body']) or ev.desc or ''
    if sc.get('orig_subj'):
        im.subject = F(sc['orig_subj'])
    ihdrs, iroot = clients.RENDERERS[icl](im)
    isubj = im.subject
    if var == 'gmail':
        calp = _find_cal_part(iroot)
        for i, (k, v) in enumerate(calp.headers):
            if k == 'Content-Type' and 'text/calendar' in v:
                calp.headers[i] = ('Content-Type', 'application/ics; name="invite.ics"')
        if not any(k == 'Content-Disposition' for k, v in calp.headers):
            calp.headers.append(('Content-Disposition', 'attachment; filename="invite.ics"'))
        fwd_block = '---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: <%s>\n\n\n%s\n' % (
            org.name, org.email, _gmail_date(im.date, m.tz), isubj, fwd_p.email, im.text)
        text = (note + '\n\n' if note else '') + fwd_block
        html = '<div dir="ltr">%s<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s</div><br><br>%s</div></div>\n' % (
            html_escape(note).replace('\n', '<br>'), html_escape(fwd_block.split('\n\n\n')[0]).replace('\n', '<br>'),
            clients.linkify(html_escape(im.text)).replace('\n', '<br>'))
        cs = 'UTF-8'
        base = rng.hexs(12)
        alt = multipart('alternative', '000000000000' + base + rng.hexs(4),
                        [leaf('text/plain', text, cs, 'quoted-printable' if not all(ord(c) < 128 for c in text) else '7bit'),
                         leaf('text/html', html, cs, 'quoted-printable')])
        root = multipart('mixed', '000000000000' + base[:-1] + 'f' + rng.hexs(4), [alt, calp])
        pre = {'en': 'Fwd', 'de': 'Fwd', 'fr': 'Fwd', 'es': 'Fwd', 'it': 'Fwd', 'ru': 'Fwd', 'el': 'Fwd', 'tr': 'Fwd'}.get(m.lang, 'Fwd')
        subj = '%s: %s' % (pre, isubj)
        hdrs = [('MIME-Version', '1.0'), ('References', '<calendar-%s@google.com>' % rng.uuid()),
                ('In-Reply-To', '<calendar-%s@google.com>' % rng.uuid()), ('From', clients.from_hdr(m, cs)),
                ('Date', rfc2822(m.date, m.tz)), ('Message-ID', '<CA%s@mail.gmail.com>' % rng.b64url(60).replace('-', '+')),
                ('Subject', clients.subj_hdr(m, subj, cs)), ('To', clients.to_hdr(m, cs)),
                ('Content-Type', root.headers[0][1])]
        root.headers = root.headers[1:]
        trace = transport.mx_headers(rng, m.sender, m.rcpt.email, m.arrival)
        return hdrs, root, trace
    # forward as attachment (Thunderbird)
    inner_bytes = Part(ihdrs + iroot.headers, body=None, parts=iroot.parts, boundary=iroot.boundary) if iroot.parts else None
    if inner_bytes is None:
        iroot.headers = ihdrs + iroot.headers
        data = iroot.render()
    else:
        data = inner_bytes.render()
    fname = (isubj[:60] + '.eml').replace('"', '')
    textp = leaf('text/plain', note + '\n', 'UTF-8', '8bit' if not all(ord(c) < 128 for c in note) else '7bit',
                 ct_style=lambda c, s, p: 'text/plain; charset=UTF-8; format=flowed')
    msgp = Part([('Content-Type', 'message/rfc822; name="%s"' % hval(fname, 'UTF-8').replace('\r\n ', ' ')),
                 ('Content-Disposition', 'attachment; filename="%s"' % hval(fname, 'UTF-8').replace('\r\n ', ' '))], body=data)
    bnd = '------------' + rng.alnum(24)
    root = multipart('mixed', bnd, [textp, msgp])
    subj = 'Fwd: %s' % isubj
    hdrs = [('Message-ID', '<%s@%s>' % (rng.uuid(), m.sender.from_addr.split('@')[1])), ('Date', rfc2822(m.date, m.tz)),
            ('MIME-Version', '1.0'), ('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', LANGS[m.lang]['cl']),
            ('To', clients.to_hdr(m, 'UTF-8')), ('From', clients.from_hdr(m, 'UTF-8')),
            ('Subject', clients.subj_hdr(m, subj, 'UTF-8')), ('Content-Type', root.headers[0][1])]
    root.headers = root.headers[1:]
    trace = transport.mx_headers(rng, m.sender, m.rcpt.email, m.arrival)
    return hdrs, root, trace


def _list(m, sc, var, F):
    rng = m.rng
    L = sc['list']
    laddr = F(L['addr'])
    lname = F(L.get('name', laddr.split('@')[0]))
    ldom = laddr.split('@')[1]
    tag = F(L.get('tag', laddr.split('@')[0]))
    real_rcpt = m.rcpt
    list_p = Person(lname, 'x', 'y', email=laddr)
    for ev in m.events:
        ev.attendees = [Att(list_p) if a.p.email == real_rcpt.email else a for a in ev.attendees]
    m.rcpt = list_p
    m.to = [list_p]
    hdrs, root = clients.RENDERERS[m.client](m)
    m.rcpt = real_rcpt
    orig = m.sender
    # ---- list server as the relaying sender
    ls = Sender()
    ls.from_name, ls.from_addr = orig.from_name, orig.from_addr
    if var == 'groups':
        ls.out_host = 'mail-%s%d-f%d.google.com' % (rng.pick(['oa', 'qk', 'yb', 'ot', 'il']), 1, rng.randint(56, 199))
        ls.envelope = '%s+bncB%s@googlegroups.com' % (laddr.split('@')[0], rng.alnum(40))
        ldkim = ('googlegroups.com', transport.gsel(m.arrival.year, m.arrival.month))
    elif var == 'groupsio':
        ls.out_host = 'mail%02d.groups.io' % rng.randint(1, 9)
        ls.envelope = 'bounce+%s+%d+%d+%d@groups.io' % (rng.hexs(6), rng.randint(1000, 99999), rng.randint(100000, 9999999), rng.randint(100000, 9999999))
        ldkim = ('groups.io', 'ducky')
    else:
        ls.out_host = rng.pick(['mail', 'lists', 'mx', 'mailman']) + '.' + ldom.split('.', 1)[-1] if ldom.startswith('lists.') else 'mail.' + ldom
        ls.envelope = '%s-bounces+%s=%s@%s' % (laddr.split('@')[0], real_rcpt.email.split('@')[0], real_rcpt.email.split('@')[1], ldom) \
            if var == 'mailman' else '%s-owner@%s' % (laddr.split('@')[0], ldom)
        ldkim = (ldom, rng.pick(['mail', 'default', 'lists', 'dkim']))
    ls.out_ip = rng.ip4()
    t = m.arrival - dt.timedelta(seconds=rng.randint(1, 20))
    if var == 'groups':
        hop = ('Received', 'from %s (%s. [%s])\r\n        by gmr-mx.google.com with ESMTPS id %s.%d.%d\r\n        for <%s>\r\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\r\n        %s' % (
            orig.out_host, orig.out_host, orig.out_ip, rng.alnum(20, lower=True), rng.randint(1, 9), rng.randint(10 ** 11, 10 ** 12),
            laddr, rfc2822(t - dt.timedelta(seconds=rng.randint(30, 39)), 'America/Los_Angeles', comment='PDT' if 3 < t.month < 11 else 'PST')))
    elif var == 'groupsio':
        hop = ('Received', 'from %s ([%s]) by mx.groups.io with SMTP id %s.%d;\r\n        %s' % (
            orig.out_host, orig.out_ip, rng.alnum(24, lower=True), rng.randint(100000, 999999),
            rfc2822(t - dt.timedelta(seconds=rng.randint(30, 39)), 'America/Los_Angeles')))
    else:
        hop = ('Received', 'from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s' % (
            orig.out_host, orig.out_host, orig.out_ip, ls.out_host, rng.hexs(10, upper=True), laddr,
            rfc2822(t - dt.timedelta(seconds=rng.randint(30, 39)), 'UTC')))
    ls.trace = [hop] + orig.trace
    sig, b8 = _dkim_sig(rng, ldkim[0], ldkim[1], _ts(t), 'Subject:From:To:Date:Message-ID:List-Id:List-Unsubscribe:List-Post:Content-Type:MIME-Version', m.arrival)
    ls.sigs = [sig] + orig.sigs
    ls.dkim = [('fail', d, s, b) for (_, d, s, b) in orig.dkim] + [('pass', ldkim[0], ldkim[1], b8)]
    ls.spf = ('pass', ls.envelope)
    munge = L.get('munge', False)
    odom = orig.from_addr.split('@')[1]
    if munge:
        ls.dmarc = ('pass', 'NONE', ldom if var != 'groups' else 'googlegroups.com')
        from_dom = ldom if var != 'groups' else 'googlegroups.com'
    else:
        pol = L.get('pol', rng.pick(['NONE', 'NONE', 'QUARANTINE']))
        ls.dmarc = ('fail', pol, odom) if pol else ('none', None, odom)
        from_dom = odom
    ls.extra_after = orig.extra_after
    # ---- modify headers: subject prefix, list headers, From munging
    new = []
    for k, v in hdrs:
        if k == 'Subject':
            v = '[%s] %s' % (tag, v)
        if k == 'From' and munge:
            if var == 'groups':
                v = addr("'%s' via %s" % (orig.from_name, lname), laddr, 'utf-8')
            else:
                v = addr('%s via %s' % (orig.from_name, lname), laddr, 'utf-8')
        if k == 'Reply-To' and munge:
            continue
        new.append((k, v))
    if munge:
        new.append(('Reply-To', addr(orig.from_name, orig.from_addr, 'utf-8')))
    lid = '%s.%s' % (laddr.split('@')[0], ldom)
    if var == 'groups':
        new += [('X-Original-Sender', orig.from_addr),
                ('X-Original-Authentication-Results', 'mx.google.com;       dkim=pass header.i=@%s header.s=%s header.b=%s;\r\n       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\r\n       dmarc=pass (p=%s sp=%s dis=NONE) header.from=%s' % (
                    odom, orig.dkim[0][2] if orig.dkim else 'none', orig.dkim[0][3] if orig.dkim else '', orig.envelope, orig.out_ip, orig.envelope,
                    'REJECT', 'REJECT', odom)),
                ('Precedence', 'list'), ('Mailing-list', 'list %s; contact %s+owners@googlegroups.com' % (laddr, laddr.split('@')[0])),
                ('List-ID', '<%s>' % lid.replace(ldom, 'googlegroups.com') if ldom == 'googlegroups.com' else '<%s>' % lid),
                ('X-Spam-Checked-In-Group', '%s' % laddr), ('X-Google-Group-Id', rng.digits(12)),
                ('List-Post', '<https://groups.google.com/group/%s/post>, <mailto:%s>' % (laddr.split('@')[0], laddr)),
                ('List-Help', '<https://groups.google.com/support/>, <mailto:%s+help@googlegroups.com>' % laddr.split('@')[0]),
                ('List-Archive', '<https://groups.google.com/group/%s/>' % laddr.split('@')[0]),
                ('List-Unsubscribe', '<mailto:googlegroups-manage+%s+unsubscribe@googlegroups.com>,\r\n <https://groups.google.com/group/%s/subscribe>' % (
                    rng.digits(12), laddr.split('@')[0]))]
        footer = '\n-- \nYou received this message because you are subscribed to the Google Groups "%s" group.\nTo unsubscribe from this group and stop receiving emails from it, send an email to %s+unsubscribe@googlegroups.com.\nTo view this discussion visit https://groups.google.com/d/msgid/%s/%s.\n' % (
            lname, laddr.split('@')[0], laddr.split('@')[0], 'calendar-' + rng.uuid() + '%40google.com')
    elif var == 'groupsio':
        new += [('Sender', '%s@groups.io' % laddr.split('@')[0]), ('List-Id', '<%s>' % lid),
                ('Mailing-List', 'list %s; contact %s+owner@groups.io' % (laddr, laddr.split('@')[0])),
                ('List-Post', '<mailto:%s>' % laddr), ('List-Help', '<mailto:%s+help@groups.io>' % laddr.split('@')[0]),
                ('List-Unsubscribe', '<https://groups.io/g/%s/leave/%s>,<mailto:%s+unsubscribe@groups.io>' % (
                    laddr.split('@')[0], rng.digits(8), laddr.split('@')[0])), ('Precedence', 'Bulk')]
        footer = '\n-=-=-=-=-=-=-=-=-=-=-=-\nGroups.io Links: You receive all messages sent to this group.\nView/Reply Online (#%d): https://groups.io/g/%s/message/%d\nMute This Topic: https://groups.io/mt/%d/%d\nGroup Owner: %s+owner@groups.io\nUnsubscribe: https://groups.io/g/%s/unsub [%s]\n-=-=-=-=-=-=-=-=-=-=-=-\n' % (
            rng.randint(100, 9999), laddr.split('@')[0], rng.randint(100, 9999), rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 6, 10 ** 7),
            laddr.split('@')[0], laddr.split('@')[0], real_rcpt.email)
    elif var == 'sympa':
        new += [('List-Id', '<%s>' % lid), ('X-Loop', laddr), ('X-Sequence', str(rng.randint(100, 9999))),
                ('Errors-to', '%s-owner@%s' % (laddr.split('@')[0], ldom)), ('Precedence', 'list'),
                ('X-no-archive', 'yes'), ('List-Help', '<mailto:sympa@%s?subject=help>' % ldom),
                ('List-Subscribe', '<mailto:sympa@%s?subject=subscribe%%20%s>' % (ldom, laddr.split('@')[0])),
                ('List-Unsubscribe', '<mailto:sympa@%s?subject=unsubscribe%%20%s>' % (ldom, laddr.split('@')[0])),
                ('List-Post', '<mailto:%s>' % laddr), ('List-Owner', '<mailto:%s-request@%s>' % (laddr.split('@')[0], ldom)),
                ('List-Archive', '<https://%s/sympa/arc/%s>' % (ldom, laddr.split('@')[0]))]
        footer = F(L.get('footer', '\n-- \n%s\n' % laddr))
    else:  # mailman 3
        new += [('Message-ID-Hash', rng.alnum(32, upper=True)), ('X-Message-ID-Hash', rng.alnum(32, upper=True)),
                ('X-MailFrom', orig.from_addr), ('X-Mailman-Rule-Misses', fold_ascii('dmarc-mitigation; no-senders; approved; loop; banned-address; emergency; member-moderation; nonmember-moderation; administrivia; implicit-dest; max-recipients; max-size; news-moderation; no-subject; digests; suspicious-header')),
                ('X-Mailman-Version', '3.3.%d' % rng.randint(4, 9)), ('Precedence', 'list'), ('List-Id', '%s <%s>' % (hval(lname, 'utf-8'), lid)),
                ('Archived-At', '<https://%s/hyperkitty/list/%s/message/%s/>' % (ldom, laddr, rng.alnum(32, upper=True))),
                ('List-Archive', '<https://%s/hyperkitty/list/%s/>' % (ldom, laddr)), ('List-Help', '<mailto:%s-request@%s?subject=help>' % (laddr.split('@')[0], ldom)),
                ('List-Owner', '<mailto:%s-owner@%s>' % (laddr.split('@')[0], ldom)), ('List-Post', '<mailto:%s>' % laddr),
                ('List-Subscribe', '<mailto:%s-join@%s>' % (laddr.split('@')[0], ldom)),
                ('List-Unsubscribe', '<mailto:%s-leave@%s>' % (laddr.split('@')[0], ldom))]
        footer = F(L.get('footer', '_______________________________________________\n%s mailing list -- %s\nTo unsubscribe send an email to %s\n' % (
            lname, laddr, laddr.replace('@', '-leave@'))))
    # wrap body with footer part
    ct = [v for k, v in new if k == 'Content-Type'][0]
    new = [(k, v) for k, v in new if k != 'Content-Type']
    inner = Part([('Content-Type', ct)] + root.headers, body=root.body, parts=root.parts, boundary=root.boundary)
    foot = leaf('text/plain', footer, 'utf-8' if not all(ord(c) < 128 for c in footer) else 'us-ascii', '7bit' if all(ord(c) < 128 for c in footer) else 'base64',
                extra=[('Content-Disposition', 'inline')])
    b = ('===============%019d==' % rng.randint(10 ** 18, 10 ** 19 - 1)) if var in ('mailman', 'sympa') else rng.hexs(28)
    outer = multipart('mixed', b, [inner, foot])
    new.append(('Content-Type', outer.headers[0][1]))
    outer.headers = outer.headers[1:]
    if var == 'groups':
        ls.trace.insert(0, ('ARC-Authentication-Results', 'i=1; gmr-mx.google.com;\r\n       dkim=pass header.i=@%s header.s=%s header.b=%s;\r\n       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (
            odom, orig.dkim[0][2] if orig.dkim else 'x', orig.dkim[0][3] if orig.dkim else 'x', orig.envelope, orig.out_ip, orig.envelope)))
        ls.trace.insert(0, ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20160816;\r\n        h=list-unsubscribe:list-archive:list-help:list-post:list-id\r\n         :mailing-list:precedence:to:from:subject:date:message-id:reply-to\r\n         :sender:mime-version:dkim-signature;\r\n        bh=%s;\r\n        b=%s' % (rng.b64(32), rng.b64(120))))
        ls.trace.insert(0, ('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\r\n        d=google.com; s=arc-20160816;\r\n        b=%s' % (_ts(t), rng.b64(120))))
    trace = transport.mx_headers(rng, ls, real_rcpt.email, m.arrival, from_domain=from_dom)
    return new, outer, trace
