#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""holdout25 generator: writes a labelled corpus of calendar-invitation e-mails (spam and ham).

usage: python3 gen.py [OUTDIR]     (default: out/ beside this file)
Deterministic: a fixed seed; Python 3 standard library only."""
import datetime as dt
import os
import random
import re
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import transport as T                      # noqa: E402
from h25util import to_local, alnum, hexs, UTC, body_part, TZ, utc_offset   # noqa: E402
from bp import fmt_when, TZ_FOR            # noqa: E402
from common import person, arrival, std_fills, tz_for, FREEMAIL   # noqa: E402
from clients import RENDER                 # noqa: E402
import spam                                # noqa: E402
import ham                                 # noqa: E402
import i18n_spam                           # noqa: E402
import i18n_ham                            # noqa: E402

SEED = 25_2026
CLIENTS = ['google', 'outlook', 'apple', 'thunderbird', 'zoom', 'nextcloud', 'zimbra', 'yahoo', 'sogo', 'webapp']
TARGET = dict(google=.19, outlook=.22, apple=.11, thunderbird=.07, zoom=.04, nextcloud=.04, zimbra=.05, yahoo=.05,
              sogo=.03, webapp=.20)
LANG_NAMES = {'en': 'English', 'de': 'German', 'fr': 'French', 'es': 'Spanish', 'it': 'Italian', 'pt': 'Portuguese',
              'nl': 'Dutch', 'pl': 'Polish', 'ru': 'Russian', 'el': 'Greek', 'ar': 'Arabic', 'he': 'Hebrew',
              'zh': 'Chinese (simplified)', 'zt': 'Chinese (traditional)', 'ja': 'Japanese', 'ko': 'Korean',
              'hi': 'Hindi', 'th': 'Thai'}
FREE_RCPT = {'spam': 0.45, 'ham': 0.2}
FREE_RCPT_CAT = {'personal': 0.8, 'community-series': 0.8, 'medical-appointment': 0.6, 'hotel-restaurant': 0.6,
                 'travel-booking': 0.5, 'support-callback': 0.5, 'bec': 0.05, 'doc-share-compromised': 0.2,
                 'it-notice': 0.0, 'doc-share': 0.05, 'finance-reminder': 0.2, 'organizer-replies': 0.15,
                 'business-meeting': 0.1, 'forwarded-invite': 0.1, 'credential-phish': 0.3, 'recruiter': 0.6}


def plan():
    items = []
    for label, mod, i18n in (('spam', spam, i18n_spam), ('ham', ham, i18n_ham)):
        for cat, count, desc in mod.CATS:
            blocks = [b for b in i18n.B if b['cat'] == cat]
            n_en = count - len(blocks)
            assert n_en >= 1, (label, cat, n_en)
            en = mod.EN[cat]
            for i in range(n_en):
                b = dict(en[i % len(en)])
                b['lang'] = 'en'
                b['cat'] = cat
                items.append((label, cat, b))
            for b in blocks:
                items.append((label, cat, b))
    return items


def assign_clients(items, rng):
    out = {}
    for label, mod in (('spam', spam), ('ham', ham)):
        idx = [i for i, it in enumerate(items) if it[0] == label]
        n = len(idx)
        counts = {c: 0 for c in CLIENTS}
        # most constrained first, then random
        order = sorted(idx, key=lambda i: (len(mod.ALLOWED[items[i][1]]), rng.random()))
        for i in order:
            if items[i][2].get('client'):
                out[i] = items[i][2]['client']
                counts[out[i]] += 1
                continue
            allowed = mod.ALLOWED[items[i][1]]
            best = max(allowed, key=lambda c: (TARGET[c] * n - counts[c]) + rng.random() * 0.8)
            counts[best] += 1
            out[i] = best
    return out


def footer_text(listinfo):
    return '_______________________________________________\n%s mailing list\n%s\nhttps://%s/mailman/listinfo/%s\n' % (
        listinfo['title'], listinfo['addr'], listinfo['addr'].split('@')[1], listinfo['name'])


def wrap_list(H, body, spec, rng, m):
    L = spec['list']
    lname, ldom = L['addr'].split('@')
    out = []
    for h in H:
        if h.startswith('Subject: '):
            h = 'Subject: [%s] %s' % (lname, h[len('Subject: '):])
        if h.startswith('From: ') and L['rewrite']:
            fn = m['frm'][0]
            h = 'From: "%s via %s" <%s>' % (fn if all(ord(ch) < 128 for ch in fn) else m['frm'][1].split('@')[0], L['title'], L['addr'])
            out.append('Reply-To: %s' % m['frm'][1])
        out.append(h)
    gg = L['mailman'] == 'googlegroups'
    if gg:
        out += ['X-Original-Sender: %s' % m['frm'][1],
                'Precedence: list', 'Mailing-list: list %s; contact %s+owners@%s' % (L['addr'], lname, ldom),
                'List-ID: <%s.%s>' % (lname, ldom),
                'List-Post: <https://%s/group/%s/post>, <mailto:%s>' % (ldom, lname, L['addr']),
                'List-Help: <https://support.google.com/a/%s/bin/topic.py?topic=25838>, <mailto:%s+help@%s>' % (ldom, lname, ldom),
                'List-Archive: <https://%s/group/%s/>' % (ldom, lname),
                'List-Unsubscribe: <mailto:googlegroups-manage+%d+unsubscribe@googlegroups.com>,' % rng.randint(10 ** 11, 10 ** 12),
                ' <https://%s/group/%s/subscribe>' % (ldom, lname)]
    else:
        mm3 = L['mailman'].startswith('3')
        out += ['X-BeenThere: %s' % L['addr']]
        if L['mailman'] == 'sympa':
            out += ['X-Loop: %s' % L['addr'], 'X-Sequence: %d' % rng.randint(100, 9000)]
        else:
            out += ['X-Mailman-Version: %s' % ('2.1.39' if not mm3 else '3.3.8')]
        out += ['Precedence: list',
                'List-Id: %s <%s.%s>' % (L['title'], lname, ldom),
                'List-Unsubscribe: <https://%s/mailman/options/%s>,' % (ldom, lname),
                ' <mailto:%s-request@%s?subject=unsubscribe>' % (lname, ldom),
                'List-Archive: <https://%s/pipermail/%s/>' % (ldom, lname),
                'List-Post: <mailto:%s>' % L['addr'],
                'List-Help: <mailto:%s-request@%s?subject=help>' % (lname, ldom),
                'List-Subscribe: <https://%s/mailman/listinfo/%s>,' % (ldom, lname),
                ' <mailto:%s-request@%s?subject=subscribe>' % (lname, ldom),
                'Errors-To: %s-bounces+{RCPTEQ}@%s' % (lname, ldom),
                'Sender: "%s" <%s-bounces+{RCPTEQ}@%s>' % (L['title'], lname, ldom)]
        if mm3:
            out += ['Message-ID-Hash: %s' % alnum(rng, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'),
                    'X-Message-ID-Hash: %s' % alnum(rng, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')]
    # remove a Sender header set by the original client if the list sets its own
    if not gg:
        seen = False
        out2 = []
        for h in out:
            if h.startswith('Sender: '):
                if seen:
                    continue
                if 'bounces' not in h:
                    continue
                seen = True
            out2.append(h)
        out = out2
    # footer
    foot = body_part(['Content-Type: text/plain; charset="us-ascii"', 'MIME-Version: 1.0',
                      'Content-Disposition: inline'], footer_text(L), 'us-ascii', '7bit')
    joined = '\r\n'.join(out)
    mct = re.search(r'Content-Type: multipart/mixed;\s*boundary="?([^"\r\n;]+)"?', joined)
    if mct:
        b = mct.group(1).encode()
        endm = b'--' + b + b'--'
        k = body.rfind(endm)
        body = body[:k] + b'--' + b + b'\r\n' + foot + endm + body[k + len(endm):]
        return out, body
    # wrap single part / alternative into a new multipart/mixed
    inner_h, rest = [], []
    i = 0
    while i < len(out):
        h = out[i]
        block = [h]
        while i + 1 < len(out) and out[i + 1][:1] in (' ', '\t'):
            i += 1
            block.append(out[i])
        if h.lower().startswith(('content-type:', 'content-transfer-encoding:')):
            inner_h += block
        else:
            rest += block
        i += 1
    nb = '===============%019d==' % rng.randint(10 ** 17, 10 ** 19 - 1)
    inner = ('\r\n'.join(inner_h) + '\r\n\r\n').encode() + body
    newbody = b'--' + nb.encode() + b'\r\n' + inner + (b'' if inner.endswith(b'\r\n') else b'\r\n') + \
        b'--' + nb.encode() + b'\r\n' + foot + b'--' + nb.encode() + b'--\r\n'
    rest.append('Content-Type: multipart/mixed; boundary="%s"' % nb)
    return rest, newbody


def make_message(label, cat, blk, client, seed_str):
    rng = random.Random(seed_str)
    mod = spam if label == 'spam' else ham
    lang = blk['lang']
    arr = arrival(rng)
    pfree = FREE_RCPT_CAT.get(cat, FREE_RCPT[label])
    rlang = lang
    rcpt = person(rng, rlang, free=rng.random() < pfree, rcpt=True)
    tz = tz_for(rng, lang)
    evd = to_local(tz, arr) + dt.timedelta(days=rng.randint(2, 6))
    ctx = dict(rng=rng, lang=lang, arr=arr, rcpt=rcpt, client=client, tz=tz, fills=std_fills(rng, lang, arr),
               event_date_str=fmt_when(lang, evd, evd, '', allday=True), opts={})
    spec = mod.build(cat, rng, ctx, blk)
    rcpt = ctx['rcpt']
    m = dict(spec)
    m.update(lang=lang, client=client, tz=tz)
    m.update({k: v for k, v in ctx['opts'].items() if v is not None})
    m['date'] = arr - dt.timedelta(seconds=rng.randint(3, 140))
    if blk.get('charset'):
        m['charset'] = blk['charset']
    if client == 'outlook' and 'outlook_variant' not in m:
        m['outlook_variant'] = 'exo'
    if client == 'apple' and 'apple_variant' not in m:
        m['apple_variant'] = 'mac'
    if m.get('method') in ('REPLY', 'CANCEL'):
        for e in m['events']:
            e['alarms'] = []
    if lang == 'en':
        win, std, rule, a, b = TZ[tz]
        m['tzlabel'] = b if utc_offset(tz, arr).total_seconds() / 3600 != std else a
    else:
        off = utc_offset(tz, arr).total_seconds() / 3600
        m['tzlabel'] = 'GMT%+d' % off if off == int(off) else 'GMT+5:30'
    if client == 'nextcloud':
        m['cloud_host'] = 'cloud.' + T.org_domain(m['frm'][1].split('@')[1])
    if client == 'zimbra':
        m['client_ip'] = T.rip(rng)
    H, body = RENDER[client](m, rng)
    infra = ctx['infra']
    if spec.get('list'):
        H, body = wrap_list(H, body, spec, rng, m)
        infra = T.infra_list(rng, infra, spec['list']['addr'], tz, rewrite_from=spec['list']['rewrite'],
                             list_signs=spec['list']['signs'])
    elif rng.random() < 0.04 and infra.kind not in ('vps',):
        # delivered through a plain forwarding alias: SPF breaks at our MX, DKIM survives
        alias = '%s@%s' % (rcpt['addr'].split('@')[0], rng.choice(['alumni.uni-altheim.example', 'members.example.org', 'fwd.example.com']))
        infra = T.infra_forwarder(rng, infra, alias.split('@')[1], tz)
        infra.alias = alias
    top = T.build_top(rng, infra, rcpt['addr'], arr, 'from:to:subject:date:message-id:mime-version:content-type')
    text = '\r\n'.join(top + H)
    rl, rd = rcpt['addr'].split('@')
    text = text.replace('{RCPT}', rcpt['addr']).replace('{RCPTEQ}', '%s=%s' % (rl, rd))
    text = text.replace('{ALIAS}', getattr(infra, 'alias', rcpt['addr']))
    data = text.encode('ascii') + b'\r\n\r\n' + body
    ev = m['events'][0]
    info = dict(lang=lang, client=client, variant=m.get('outlook_variant') if client == 'outlook' else (m.get('apple_variant') if client == 'apple' else (m.get('lib') if client == 'webapp' else '')),
                year=arr.year, summary=(ev.get('summary') or '')[:70], infra=infra.kind, method=m.get('method') or '-',
                charset=m.get('charset', 'utf-8'))
    return data, info


def describe_line(label, cat, info):
    s = info['summary'].replace('\t', ' ').replace('\n', ' ')
    return '%s via %s%s (%s, %d): %s' % (LANG_NAMES[info['lang']], info['client'],
                                         ('/' + info['variant']) if info['variant'] else '', info['infra'], info['year'], s)


def main():
    t0 = time.time()
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'out')
    rng = random.Random(SEED)
    items = plan()
    clients = assign_clients(items, rng)
    if os.path.isdir(out):
        for sub in ('spam', 'ham'):
            shutil.rmtree(os.path.join(out, sub), ignore_errors=True)
    os.makedirs(out, exist_ok=True)
    counters = {}
    rows = []
    stats = []
    for i, (label, cat, blk) in enumerate(items):
        k = (label, cat)
        counters[k] = counters.get(k, 0) + 1
        n = counters[k]
        rel = '%s/%s/%03d.eml' % (label, cat, n)
        data, info = make_message(label, cat, blk, clients[i], '%d/%s' % (SEED, rel))
        path = os.path.join(out, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'wb') as fh:
            fh.write(data)
        rows.append((rel, label, cat, describe_line(label, cat, info)))
        stats.append((label, cat, info))
    with open(os.path.join(out, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('path\tlabel\tcategory\tdescription\n')
        for r in rows:
            fh.write('\t'.join(r) + '\n')
    write_readme(out, stats)
    print('wrote %d messages to %s in %.2fs' % (len(rows), out, time.time() - t0))


def write_readme(out, stats):
    L = []
    L.append('# holdout25 – sealed exam corpus of calendar invitations\n')
    L.append('A labelled test corpus for a calendar anti-spam filter: %d e-mail messages (RFC 5322 `.eml`, CRLF line ends), '
             '%d spam and %d ham, each carrying at least one iCalendar object (RFC 5545/5546/6047). It was written '
             'independently of the filter, from general knowledge of how real invitations and real calendar spam look, '
             'and is meant to be run once as an exam.\n' % (len(stats), sum(1 for s in stats if s[0] == 'spam'),
                                                            sum(1 for s in stats if s[0] == 'ham')))
    L.append('Generated by `gen.py` (deterministic, fixed seed, Python 3 standard library only): '
             '`python3 gen.py [OUTDIR]`. `check.py [CORPUSDIR]` verifies structure. '
             '`labels.tsv` lists every file once: `path  label  category  description`.\n')
    L.append('Every message starts with the trace block that the receiving MX `mx.example.net` (Postfix) writes: '
             'Return-Path, Delivered-To, Authentication-Results (dkim/spf/dmarc as they would come out for the sender set-up: '
             'real free-mail accounts, compromised mailboxes, freshly registered look-alike domains with valid '
             'DKIM/SPF/DMARC, spoofs from VPS hosts, mailing-list copies with broken DKIM, forwarding aliases), and the '
             'MX Received line, followed by the sender side\'s own Received lines, DKIM-Signature(s) and the client\'s headers. '
             'Only documentation IP ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32) are used. '
             'Domains are reserved (example.*, .example) or invented; the big mail/calendar services (google.com, gmail.com, '
             'outlook.com, icloud.com, yahoo.com, zoom.us …) appear under their real names because the clients they '
             'imitate send from there. Arrival dates run from 2016 to November 2026.\n')
    for label, mod in (('spam', spam), ('ham', ham)):
        L.append('## %s categories\n' % label.capitalize())
        L.append('| category | count | description |')
        L.append('|---|---:|---|')
        for cat, count, desc in mod.CATS:
            n = sum(1 for s in stats if s[0] == label and s[1] == cat)
            L.append('| %s | %d | %s |' % (cat, n, desc))
        L.append('| **total** | **%d** | |\n' % sum(1 for s in stats if s[0] == label))
    L.append('## Languages\n')
    L.append('| language | spam | ham |')
    L.append('|---|---:|---:|')
    langs = sorted({s[2]['lang'] for s in stats}, key=lambda x: (x != 'en', LANG_NAMES[x]))
    for lg in langs:
        L.append('| %s | %d | %d |' % (LANG_NAMES[lg], sum(1 for s in stats if s[0] == 'spam' and s[2]['lang'] == lg),
                                       sum(1 for s in stats if s[0] == 'ham' and s[2]['lang'] == lg)))
    L.append('')
    import email as _email
    import glob as _glob
    css, ctes = set(), set()
    for f in _glob.glob(os.path.join(out, '*', '*', '*.eml')):
        msg = _email.message_from_bytes(open(f, 'rb').read())
        for p in msg.walk():
            if not p.is_multipart():
                if p.get_content_charset():
                    css.add(p.get_content_charset())
                ctes.add((p['Content-Transfer-Encoding'] or '7bit').lower())
    L.append('Charsets used in MIME parts: %s. Transfer encodings: %s.\n' % (', '.join(sorted(css)), ', '.join(sorted(ctes))))
    L.append('## Clients and sending software\n')
    L.append('Both labels are spread over the same clients in similar proportions (the client alone says nothing about the label):\n')
    L.append('| client family | spam | ham |')
    L.append('|---|---:|---:|')
    for c in CLIENTS:
        L.append('| %s | %d | %d |' % (c, sum(1 for s in stats if s[0] == 'spam' and s[2]['client'] == c),
                                       sum(1 for s in stats if s[0] == 'ham' and s[2]['client'] == c)))
    L.append('')
    L.append('Families: Google Calendar (multipart/mixed → alternative with text/plain, text/html, text/calendar, plus '
             'invite.ics; Sender calendar-notification@google.com); Microsoft Exchange Online/Teams, Outlook desktop '
             '(X-MS-OLK-*, X-ALT-DESC), Outlook.com and on-premises Exchange (X-MICROSOFT-CDO-*, Windows time-zone '
             'names, no TNEF); Apple iCloud server mail and Calendar/Mail.app/iOS; Thunderbird/Lightning; Zoom '
             'registration mail; Nextcloud (Sabre); Zimbra; Yahoo; SOGo; and "webapp": booking engines, schedulers, '
             'service desks and hand-rolled bulk tools built on PHP/.NET/Python/Java/Node iCalendar libraries (some '
             'with missing METHOD, method parameter disagreeing with METHOD, unfolded or character-folded lines, '
             'bare LF inside base64 calendar parts, no VTIMEZONE for a TZID, unescaped commas). Such sloppiness occurs '
             'on both sides, as it does in real mail. Mailing-list copies (Mailman 2/3, Sympa, Google Groups style) '
             'carry list headers, a footer part and failing original DKIM.\n')
    L.append('## Licence\n')
    L.append('CC0 1.0 Universal (public domain dedication). Everything in this corpus was written or generated by the '
             'author of gen.py; no message was copied from anywhere. Brand names appear only as the subject of '
             'fictional messages; all people, addresses, phone numbers, IBANs, wallets and URLs are invented.\n')
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(L))


if __name__ == '__main__':
    main()
