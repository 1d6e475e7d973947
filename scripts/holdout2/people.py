"""Recipients hosted behind mx.example.net (consumer mailboxes and customer organisations)."""

CONSUMER = {
    "en": ["Sam Carter <sam.carter@example.net>", "Jo Whitaker <j.whitaker@example.net>",
           "Priya Natarajan <priya.n@example.net>", "Tom Hadley <tomhadley77@example.net>",
           "Karen Lowe <karen.lowe@example.net>", "Marcus Bell <mbell@example.net>"],
    "de": ["Lukas Becker <lukas.becker@example.net>", "Sabine Vogt <s.vogt@example.net>",
           "Jens Hartmann <jens.hartmann@example.net>"],
    "fr": ["Marie Dubois <marie.dubois@example.net>", "Julien Fabre <j.fabre@example.net>"],
    "es": ["Sofía Martín <sofia.martin@example.net>", "Javier Ortega <jortega@example.net>"],
    "it": ["Giulia Ferri <giulia.ferri@example.net>", "Marco Rinaldi <m.rinaldi@example.net>"],
    "nl": ["Daan Visser <daan.visser@example.net>", "Sanne de Groot <sanne.degroot@example.net>"],
    "pt": ["Ana Souza <ana.souza@example.net>", "Rafael Lima <rafael.lima@example.net>"],
    "pl": ["Piotr Nowak <p.nowak@example.net>", "Kasia Wójcik <kasia.wojcik@example.net>"],
    "sv": ["Emma Lindqvist <emma.lindqvist@example.net>", "Olof Berg <olof.berg@example.net>"],
    "ja": ["佐藤 由紀 <yuki.sato@example.net>", "田中 健 <ken.tanaka@example.net>"],
    "ru": ["Дмитрий Иванов <d.ivanov@example.net>", "Ольга Смирнова <olga.smirnova@example.net>"],
    "tr": ["Elif Kaya <elif.kaya@example.net>"],
    "cs": ["Tomáš Novák <t.novak@example.net>"],
    "zh": ["张伟 <wei.zhang@example.net>"],
}

# organisations whose mail is filtered by mx.example.net
NORTHFIELD = "northfield-eng.example"        # engineering firm, Microsoft 365, EN/DE
BRANDT = "kanzlei-brandt.example"           # small German law firm, own Postfix
RIVOIRE = "atelier-rivoire.example"         # French design agency, Google Workspace
HOSHINO = "hoshino-trading.example"         # Japanese trading company, Microsoft 365
VANDIJK = "vandijk-logistiek.example"       # Dutch logistics, Zimbra
HARZBERG = "uni-harzberg.example"           # German university, Exchange on premises + Exim
LAKESIDE = "lakeside-school.example"        # school, Google Workspace


def c(lang, i=0):
    pool = CONSUMER[lang]
    return pool[i % len(pool)]


def nf(name, local):
    return f"{name} <{local}@{NORTHFIELD}>"
