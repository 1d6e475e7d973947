# -*- coding: utf-8 -*-
"""Fictional people, organisations and domains."""

PEOPLE = {
 'en': [("Emily Carter", "emily.carter"), ("James O'Neill", "jim.oneill"), ("Priya Natarajan", "priya.n"), ("Daniel Brooks", "dbrooks"),
        ("Megan Walsh", "megan.walsh"), ("Marcus Reid", "marcus"), ("Hannah Liu", "hliu"), ("Tom Fletcher", "tom.fletcher"),
        ("Grace Okafor", "grace.okafor"), ("Ben Harrington", "bharrington"), ("Sofia Alvarez", "salvarez"), ("Kevin Doyle", "kdoyle"),
        ("Rachel Stein", "rachel.stein"), ("Owen Price", "owen.price"), ("Laura Kim", "laurak"), ("Nathan Cole", "ncole")],
 'de': [("Julia Becker", "j.becker"), ("Matthias Wolf", "m.wolf"), ("Katrin Schulze", "katrin.schulze"), ("Stefan Hoffmann", "s.hoffmann"),
        ("Anna Lehmann", "anna.lehmann"), ("Jörg Krüger", "joerg.krueger")],
 'fr': [("Camille Dubois", "camille.dubois"), ("Julien Moreau", "j.moreau"), ("Élodie Laurent", "elodie.laurent"), ("Nicolas Girard", "ngirard"),
        ("Sophie Lefèvre", "sophie.lefevre")],
 'es': [("Lucía Fernández", "lucia.fernandez"), ("Javier Ruiz", "jruiz"), ("Marta Gómez", "marta.gomez"), ("Carlos Navarro", "cnavarro"),
        ("Ana Torres", "ana.torres")],
 'pt': [("Beatriz Almeida", "beatriz.almeida"), ("Rafael Souza", "rafael.souza"), ("Inês Carvalho", "ines.carvalho"), ("Tiago Costa", "tcosta")],
 'it': [("Giulia Romano", "giulia.romano"), ("Marco Colombo", "m.colombo"), ("Francesca Ricci", "f.ricci"), ("Luca Marino", "luca.marino")],
 'nl': [("Sanne de Vries", "sanne.devries"), ("Pieter Jansen", "p.jansen"), ("Eva Bakker", "eva.bakker"), ("Thijs van Dijk", "thijs.vandijk")],
 'pl': [("Katarzyna Nowak", "k.nowak"), ("Piotr Wiśniewski", "piotr.wisniewski"), ("Agnieszka Zielińska", "a.zielinska"), ("Tomasz Lewandowski", "tlewandowski")],
 'tr': [("Elif Yılmaz", "elif.yilmaz"), ("Mehmet Demir", "mdemir"), ("Zeynep Kaya", "zeynep.kaya"), ("Emre Şahin", "emre.sahin")],
 'ru': [("Анна Смирнова", "a.smirnova"), ("Дмитрий Соколов", "d.sokolov"), ("Ольга Кузнецова", "olga.k"), ("Сергей Попов", "s.popov"),
        ("Наталья Волкова", "n.volkova")],
 'el': [("Μαρία Παπαδοπούλου", "m.papadopoulou"), ("Γιώργος Νικολάου", "g.nikolaou"), ("Ελένη Γεωργίου", "eleni.georgiou"), ("Κώστας Δημητρίου", "kdimitriou")],
 'ar': [("محمد العتيبي", "m.alotaibi"), ("فاطمة الزهراني", "f.alzahrani"), ("أحمد الحربي", "ahmed.harbi"), ("نورة القحطاني", "noura.q")],
 'he': [("נועה כהן", "noa.cohen"), ("יוסי לוי", "yossi.levi"), ("מיכל מזרחי", "michal.m"), ("אבי פרץ", "avi.peretz")],
 'zh': [("王芳", "wang.fang"), ("李强", "liqiang"), ("张伟", "zhang.wei"), ("刘洋", "liu.yang")],
 'zh-tw': [("陳怡君", "yijun.chen"), ("林志明", "zm.lin")],
 'ja': [("佐藤 美咲", "m.sato"), ("鈴木 健太", "k.suzuki"), ("高橋 由美", "y.takahashi"), ("田中 大輔", "d.tanaka")],
 'ko': [("김민지", "minji.kim"), ("이준호", "junho.lee"), ("박서연", "seoyeon.park"), ("최동현", "dh.choi")],
 'hi': [("प्रिया शर्मा", "priya.sharma"), ("राहुल वर्मा", "rahul.verma"), ("अनीता गुप्ता", "anita.gupta"), ("विकास सिंह", "vikas.singh")],
 'th': [("สมชาย ใจดี", "somchai.j"), ("ศิริพร แก้วมณี", "siriporn.k"), ("ณัฐพล วงศ์ไทย", "nattapon.w"), ("พิมพ์ชนก ศรีสุข", "pimchanok.s")],
}

# recipient mailboxes hosted at mx.example.net (tenants of the receiving MX)
RCPT_DOMAINS = {
 'en': ['example.net', 'harborview-dental.com', 'quillfeather.co.uk', 'oakridge-hoa.org', 'pinecrest-consulting.com', 'bluefinch.io',
        'marlowandsons.com', 'fernleaf-studio.com', 'tallgrass-farm.us', 'kestrel-robotics.com.au'],
 'de': ['schreinerei-albrecht.de', 'kanzlei-voss.de', 'mueller-familie.de'], 'fr': ['cabinet-marchand.fr', 'boulangerie-lefevre.fr'],
 'es': ['estudio-garrido.es', 'ferreteria-olmos.com.mx'], 'pt': ['contabil-rocha.com.br', 'quinta-do-vale.pt'], 'it': ['studio-bellini.it'],
 'nl': ['bakkerij-devries.nl'], 'pl': ['biuro-nowak.pl'], 'tr': ['yildiz-muhendislik.com.tr'], 'ru': ['stroy-alliance.ru', 'semya-orlovy.ru'],
 'el': ['papadakis-law.gr'], 'ar': ['alnoor-trading.sa', 'gulfline.ae'], 'he': ['levi-arch.co.il'], 'zh': ['hengda-trade.cn'],
 'zh-tw': ['lianhua-design.com.tw'], 'ja': ['tanaka-sekkei.co.jp'], 'ko': ['hanbit-soft.co.kr'], 'hi': ['sharma-associates.in'],
 'th': ['siam-orchid.co.th'],
}

# sender-side organisations (legitimate; also used as 'compromised' partners)
ORGS = {
 'en': [("Lindqvist Consulting", "lindqvist-consulting.com"), ("Brightwater Analytics", "brightwater-analytics.com"),
        ("Redfern Supply Co.", "redfernsupply.com"), ("Calder & Finch LLP", "calderfinch.co.uk"), ("Northgate Logistics", "northgate-logistics.net"),
        ("Summit Ridge Builders", "summitridgebuilders.com"), ("Ashby Medical Group", "ashbymedical.org"), ("Vantage Freight", "vantagefreight.com"),
        ("Copperleaf Software", "copperleaf.io"), ("Hollis & Grant Accountants", "hollisgrant.com"), ("Meadowbrook School District", "meadowbrook-sd.org"),
        ("Larkspur University", "larkspur.edu"), ("Tidewater Packaging", "tidewaterpack.com"), ("Granite Peak Partners", "granitepeak.partners")],
 'de': [("Hansen Maschinenbau GmbH", "hansen-maschinenbau.de"), ("Steuerbüro Kessler", "steuer-kessler.de"), ("Elbtal Logistik", "elbtal-logistik.de")],
 'fr': [("Atelier Rousseau", "atelier-rousseau.fr"), ("Groupe Vallon", "groupe-vallon.fr")],
 'es': [("Construcciones Ibarra", "construcciones-ibarra.es"), ("Distribuciones Levante", "dislevante.com")],
 'pt': [("Transportes Ribeiro", "transportes-ribeiro.pt"), ("Agro Vale Verde", "agrovaleverde.com.br")],
 'it': [("Ferrari Impianti Srl", "ferrari-impianti.it"), ("Studio Conti", "studioconti.it")],
 'nl': [("Van den Berg Installatie", "vandenberg-installatie.nl")], 'pl': [("Kowalski Transport", "kowalski-transport.pl")],
 'tr': [("Ege Tekstil A.Ş.", "egetekstil.com.tr")], 'ru': [("ООО «СеверСтройТорг»", "severstroytorg.ru")], 'el': [("Αφοί Αντωνίου ΑΕ", "antoniou-bros.gr")],
 'ar': [("شركة الرواد للتجارة", "alrowad-trading.com.sa")], 'he': [("גליל הנדסה", "galil-eng.co.il")], 'zh': [("华信电子有限公司", "huaxin-elec.com.cn")],
 'zh-tw': [("宏達精密", "hongda-precision.com.tw")], 'ja': [("山田商事株式会社", "yamada-shoji.co.jp")], 'ko': [("대성산업", "daesung-ind.co.kr")],
 'hi': [("मेहता ट्रेडर्स", "mehta-traders.co.in")], 'th': [("บริษัท สยามพัฒนา จำกัด", "siampattana.co.th")],
}

FREEMAIL = {
 'en': ['gmail.com'], 'de': ['web.de', 'gmx.de'], 'fr': ['orange.fr'], 'ru': ['mail.ru', 'yandex.ru'], 'it': ['libero.it'],
 'ko': ['naver.com'], 'zh': ['qq.com', '163.com'], 'zh-tw': ['gmail.com'],
}

# spam-side throwaway / look-alike domain building blocks
SPAM_TLDS = ['shop', 'top', 'xyz', 'online', 'site', 'click', 'store', 'icu', 'live', 'info', 'com', 'net', 'cfd', 'sbs', 'buzz']
SPAM_WORDS = ['secure', 'verify', 'account', 'portal', 'support', 'service', 'help', 'update', 'online', 'center', 'login', 'auth',
              'review', 'access', 'notice', 'billing', 'client', 'docs', 'cloud', 'mail']

# abused legitimate hosting (random paths; common in real lures) and ham document hosts
ABUSED_HOSTS = ['docs.google.com/forms/d/e/{r}/viewform', 'storage.googleapis.com/{r}/index.html', 'sites.google.com/view/{r}',
                '{r}.web.app', '{r}.pages.dev', 'pub-{r}.r2.dev/index.html', 'ipfs.io/ipfs/{R}', 'forms.office.com/r/{r}',
                '{r}.notion.site/Document', 'www.canva.com/design/{R}/view', 'bit.ly/{r}', 'tinyurl.com/{r}', 'onedrive.live.com/view?id={R}',
                'dropbox.com/scl/fi/{r}/Document.pdf', '{r}.blob.core.windows.net/$web/index.html']

# extra English names (combined first x last) so that senders repeat less often
EN_FIRST = ['Emily', 'James', 'Priya', 'Daniel', 'Megan', 'Marcus', 'Hannah', 'Tom', 'Grace', 'Ben', 'Sofia', 'Kevin', 'Rachel', 'Owen',
            'Laura', 'Nathan', 'Chloe', 'Aaron', 'Maya', 'Victor', 'Jasmine', 'Ryan', 'Olivia', 'Sam', 'Nora', 'Isaac', 'Tanya', 'Leo',
            'Fiona', 'Derek', 'Amara', 'Connor', 'Yusuf', 'Harriet', 'Mateo', 'Lucy']
EN_LAST = ['Carter', "O'Neill", 'Natarajan', 'Brooks', 'Walsh', 'Reid', 'Liu', 'Fletcher', 'Okafor', 'Harrington', 'Alvarez', 'Doyle',
           'Stein', 'Price', 'Kim', 'Cole', 'Bennett', 'Patel', 'Morrison', 'Nguyen', 'Hughes', 'Ferreira', 'Lindgren', 'Abbott', 'Yates',
           'Mendoza', 'Sullivan', 'Park', 'Whitaker', 'Osei', 'Gallagher', 'Rossi', 'Chandler', 'Haddad', 'Baxter', 'Quinn']
UNIVERSITIES = ['larkspur.edu', 'northfield-university.edu', 'uni-halden.de', 'univ-corbieres.fr', 'universidad-sierra.es',
                'uni-tessaloniki-tech.gr', 'pamukkale-tech.edu.tr', 'tech-university-lodz.pl', 'hokuriku-u.ac.jp']
COMMUNITY_DOMAINS = {'en': ['stmarks-parish.org', 'riverside-fc.org', 'oakridge-scouts.org', 'maplewood-pta.org'],
                     'de': ['tsv-lindenau.de', 'kirchenchor-st-paul.de'], 'es': ['parroquia-sanjose.es'], 'pt': ['futsal-colegio.com.br'],
                     'it': ['oratorio-sanluca.it'], 'el': ['syllogos-xorou.gr'], 'ar': ['masjid-alnoor.org'], 'he': ['matnas-hasharon.org.il'],
                     'ru': ['dk-raduga.ru'], 'fr': ['chorale-saint-michel.fr'], 'nl': ['vv-de-meeuwen.nl'], 'pl': ['parafia-sw-anny.pl'],
                     'ja': ['sakura-kodomokai.jp'], 'ko': ['hanul-church.or.kr'], 'zh': ['xingguang-club.cn'], 'tr': ['kultur-dernegi.org.tr'],
                     'hi': ['sanskriti-samiti.org.in'], 'th': ['wat-community.or.th']}
