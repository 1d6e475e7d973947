# -*- coding: utf-8 -*-
"""Turn a message specification into RFC 5322 bytes."""
import copy
import datetime as dt

import clients
import transport
from core import Part, leaf, enc_word, addr, rhex, ralnum, rfc2822, UTC, doc_ip, postfix_qid
from clients import BUILDERS, finalize, tpart


def _list_decorate(m, r, hdrs, root):
    L = m['list']
    soft = L.get('software', 'mailman3')
    lname, ldom, laddr = L['name'], L['domain'], L['addr']
    if soft == 'googlegroups':
        footer = ('\n-- \nYou received this message because you are subscribed to the Google Groups "%s" group.\n'
                  'To unsubscribe from this group and stop receiving emails from it, send an email to '
                  '%s+unsubscribe@googlegroups.com.\nTo view this discussion visit '
                  'https://groups.google.com/d/msgid/%s/%s.\n' % (L.get('title', lname), lname, lname,
                                                                   m['msgid'].strip('<>').replace('@', '%40')))
        lh = [('X-Original-Sender', m.get('orig_sender', m['sender'])['email']),
              ('Precedence', 'list'), ('Mailing-list', 'list %s@googlegroups.com; contact %s+owners@googlegroups.com'
                                       % (lname, lname)),
              ('List-ID', '<%s.googlegroups.com>' % lname), ('X-Spam-Checked-In-Group', '%s@googlegroups.com' % lname),
              ('X-Google-Group-Id', str(r.randint(10 ** 11, 10 ** 12))),
              ('List-Post', '<https://groups.google.com/group/%s/post>, <mailto:%s@googlegroups.com>' % (lname, lname)),
              ('List-Help', '<https://groups.google.com/support/>, <mailto:%s+help@googlegroups.com>' % lname),
              ('List-Archive', '<https://groups.google.com/group/%s/>' % lname),
              ('List-Subscribe', '<https://groups.google.com/group/%s/subscribe>, <mailto:%s+subscribe@googlegroups.com>'
               % (lname, lname)),
              ('List-Unsubscribe', '<mailto:googlegroups-manage+%d+unsubscribe@googlegroups.com>,\r\n <https://groups.google.com/group/%s/subscribe>'
               % (r.randint(10 ** 11, 10 ** 12), lname))]
    else:
        footer = ('\n_______________________________________________\n%s mailing list -- %s\nTo unsubscribe send an '
                  'email to %s-leave@%s\n' % (L.get('title', lname), laddr, lname, ldom)) if soft == 'mailman3' else (
            '\n_______________________________________________\n%s mailing list\n%s\nhttps://%s/mailman/listinfo/%s\n'
            % (L.get('title', lname), laddr, ldom, lname))
        lh = [('X-Mailman-Version', '3.3.%d' % r.randint(3, 9) if soft == 'mailman3' else '2.1.%d' % r.randint(23, 39)),
              ('Precedence', 'list'), ('List-Id', '%s <%s.%s>' % (enc_word(L.get('title', lname), 'utf-8', 'Q', 'List-Id'),
                                                                 lname, ldom)),
              ('List-Archive', '<https://%s/archives/list/%s/>' % (ldom, laddr) if soft == 'mailman3' else
               '<https://%s/pipermail/%s/>' % (ldom, lname)),
              ('List-Help', '<mailto:%s-request@%s?subject=help>' % (lname, ldom)),
              ('List-Owner', '<mailto:%s-owner@%s>' % (lname, ldom)),
              ('List-Post', '<mailto:%s>' % laddr),
              ('List-Subscribe', '<mailto:%s-join@%s>' % (lname, ldom)),
              ('List-Unsubscribe', '<mailto:%s-leave@%s>' % (lname, ldom))]
        if soft == 'mailman3':
            h = ralnum(r, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')
            lh = [('Message-ID-Hash', h), ('X-Message-ID-Hash', h),
                  ('X-MailFrom', m.get('orig_sender', m['sender'])['email']),
                  ('X-Mailman-Rule-Misses', 'dmarc-mitigation; no-senders; approved; emergency; loop; banned-address; '
                   'member-moderation; header-match-%s.%s-0; nonmember-moderation; administrivia; implicit-dest; '
                   'max-recipients; max-size; news-moderation; no-subject; digests; suspicious-header'
                   % (lname, ldom))] + lh
        else:
            lh.append(('Errors-To', '%s-bounces@%s' % (lname, ldom)))
            lh.append(('Sender', '"%s" <%s-bounces@%s>' % (lname, lname, ldom)))
    # append footer as an extra MIME part (Mailman style) or wrap
    fpart = tpart(r, 'text/plain', footer, 'utf-8', ['7bit', 'base64'], quote_cs=True)
    fpart.headers.append(('Content-Disposition', 'inline'))
    ct = root.headers[0][1] if root.headers else ''
    if root.parts is not None and ct.startswith('multipart/mixed'):
        root.parts.append(fpart)
    else:
        b = '===============%019d==' % r.randint(10 ** 17, 10 ** 19 - 1)
        inner = Part(root.headers, root.body, root.parts, root.boundary, root.preamble)
        inner.headers = [h for h in inner.headers if h[0].lower().startswith('content-')]
        root = Part([('Content-Type', 'multipart/mixed; boundary="%s"' % b)], parts=[inner, fpart], boundary=b)
    # replace the client's Content-* headers placeholder handling: we re-insert at __CT__ later
    hdrs = [h for h in hdrs if not (h[0].lower().startswith('content-') and h[0] != '__CT__')]
    hdrs += lh
    return hdrs, root


def nested_message(m, r):
    """Render an original message as it sat in the forwarder's mailbox (for message/rfc822)."""
    hdrs, root = BUILDERS[m['client']](m, r)
    root = finalize(hdrs, root)
    names = [k for k, v in root.headers]
    top, mid = transport.build(m, r, names)
    fwd_mx = m['fwd_mx']
    rec = ('Received', 'from %s (%s [%s])\r\n\tby %s with ESMTPS id %s\r\n\tfor <%s>; %s'
           % (m['_hop']['helo'], m['_hop']['rdns'], m['_hop']['ip'], fwd_mx, postfix_qid(r), m['rcpt']['email'],
              rfc2822(m['arrive'].astimezone(UTC))))
    root.headers = [('Return-Path', top[0][1]), rec] + mid + root.headers
    return root.ser()


def build_tb_fwd(m, r):
    """Thunderbird 'Forward as attachment'."""
    b = '------------' + ralnum(r, 24)
    text = tpart(r, 'text/plain', (m.get('body') or '') + '\n', 'UTF-8', ['8bit', '7bit'], quote_cs=False)
    name = m['nested_name']
    rp = Part([('Content-Type', 'message/rfc822; name="%s.eml"' % name),
               ('Content-Disposition', 'attachment; filename="%s.eml"' % name)], body=m['nested_bytes'])
    root = Part([('Content-Type', 'multipart/mixed; boundary="%s"' % b)], parts=[text, rp], boundary=b,
                preamble='This is a multi-part message in MIME format.')
    m['msgid'] = '<%s@%s>' % (clients.ruuid(r), m['sender']['email'].split('@')[1])
    hdrs = [('Message-ID', m['msgid']), ('Date', rfc2822(clients.aware_local(m['sent'], m['send_tz']))),
            ('MIME-Version', '1.0'), ('User-Agent', clients._tb_ua(m))]
    hdrs += clients._base_hdrs(m, ['From', 'To', 'Subject'])
    hdrs += [('Content-Language', clients.LANG_TAG[m['lang']]), ('__CT__', None)]
    return hdrs, root


def render(m, r):
    client = m['client']
    real = m['opts'].get('inner', client) if client == 'list' else client
    if client == 'list':
        L = m['list']
        if L.get('prefix'):
            m['subject'] = '[%s] %s' % (L['prefix'], m['subject'])
        if L.get('munge'):
            m['orig_sender'] = m['sender']
            m['reply_to'] = (m['sender']['name'], m['sender']['email'])
            via = '%s via %s' % (m['sender']['name'] or m['sender']['email'], L.get('title', L['name']))
            if L.get('software') == 'googlegroups':
                via = "'%s' via %s" % (m['sender']['name'] or m['sender']['email'], L.get('title', L['name']))
            m['sender'] = dict(m['sender'], name=via, email=L['addr'])
    if m.get('forward_nested'):
        m['nested_bytes'] = nested_message(m['forward_nested'], r)
        hdrs, root = build_tb_fwd(m, r)
    else:
        hdrs, root = BUILDERS[real](m, r)
    if client == 'list':
        # put the root content headers into root (finalize merges them)
        hdrs, root = _list_decorate(m, r, hdrs, root)
    root = finalize(hdrs, root)
    names = [k for k, v in root.headers]
    if client == 'list':
        top, mid = transport.build_list(m, r, names)
    else:
        top, mid = transport.build(m, r, names)
    root.headers = top + mid + root.headers
    return root.ser()
