"""Scenario tables.  Every scenario is a dict; see h9lib/build.py for the keys."""


def S(lang, client, sender, d, **kw):
    if 'frm' in kw:
        kw['from'] = kw.pop('frm')
    kw.update(lang=lang, client=client, sender=sender, d=d)
    return kw
