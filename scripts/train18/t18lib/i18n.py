# -*- coding: utf-8 -*-
"""Per-language data: names, boilerplate of calendar clients, charsets, time zones, recipient domains."""
from . import core

# first names: (native, latin, gender); last names: (native_m, native_f, latin)
def _L(s):
    out = []
    for item in s.split('|'):
        parts = item.split('/')
        if len(parts) == 1:
            out.append((parts[0], parts[0], parts[0]))
        elif len(parts) == 2:
            out.append((parts[0], parts[0], parts[1]))
        else:
            out.append((parts[0], parts[1], parts[2]))
    return out


def _F(s):
    out = []
    for item in s.split('|'):
        parts = item.split('/')
        g = parts[-1]
        if len(parts) == 2:
            out.append((parts[0], parts[0], g))
        else:
            out.append((parts[0], parts[1], g))
    return out


LANG = {}

LANG['en'] = dict(
    first=_F('James/m|Emily/f|Michael/m|Sarah/f|David/m|Olivia/f|Daniel/m|Hannah/f|Robert/m|Grace/f|Kevin/m|Laura/f|'
             'Thomas/m|Megan/f|Brian/m|Rachel/f|Priya/f|Marcus/m|Aisha/f|Owen/m|Chloe/f|Nathan/m|Fiona/f|Derek/m'),
    last=_L('Carter|Hughes|Patel|Morgan|Bennett|Foster|Reyes|Sullivan|Walsh|Nguyen|Brooks|Coleman|Fletcher|Harper|'
            'Okafor|Lindqvist|Donnelly|Kaplan|Whitaker|Ramirez'),
    tz=['America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Europe/London', 'America/Denver',
        'Australia/Sydney', 'America/Toronto', 'Europe/Dublin', 'Asia/Singapore'],
    charsets=[('utf-8', 6), ('us-ascii', 2), ('iso-8859-1', 1), ('windows-1252', 1)],
    rdomains=['harbourline-logistics.com', 'example.net', 'example.org', 'brightwater-eng.co.uk',
              'kestrelmedia.com', 'northgate-capital.com', 'tallowworks.com', 'lakeshore-hs.org',
              'mail.example.com', 'fernhill-clinic.com', 'quillon.io', 'redpine-architects.com'],
    free=['gmail.com', 'outlook.com', 'hotmail.com', 'yahoo.com', 'icloud.com', 'aol.com'],
    cur=('$', 1.0),
)
LANG['de'] = dict(
    first=_F('Lukas/m|Anna/f|Jonas/m|Katharina/f|Matthias/m|Julia/f|Stefan/m|Sabine/f|Tobias/m|Lena/f|'
             'Jürgen/Juergen/m|Birgit/f|Florian/m|Miriam/f'),
    last=_L('Müller/Mueller|Schneider|Weber|Hoffmann|Schäfer/Schaefer|Becker|Köhler/Koehler|Krüger/Krueger|Wagner|'
            'Zimmermann|Brandt|Vogel|Lindner|Hartmann'),
    tz=['Europe/Berlin', 'Europe/Berlin', 'Europe/Vienna'],
    charsets=[('utf-8', 5), ('iso-8859-1', 2), ('iso-8859-15', 1), ('windows-1252', 2)],
    rdomains=['kanzlei-wiesner.de', 'holzbau-ebner.de', 'stadtwerke-rimbach.de', 'praxis-lindenhof.de',
              'fahrner-maschinenbau.de', 'alpenblick-hotel.at'],
    free=['gmx.de', 'web.de', 't-online.de', 'gmx.net', 'posteo.de'],
    cur=('€', 0.92),
)
LANG['fr'] = dict(
    first=_F('Camille/f|Julien/m|Élodie/Elodie/f|Mathieu/m|Chloé/Chloe/f|Nicolas/m|Amélie/Amelie/f|'
             'Sébastien/Sebastien/m|Manon/f|Laurent/m'),
    last=_L('Dubois|Lefèvre/Lefevre|Moreau|Girard|Fontaine|Rousseau|Lambert|Mercier|Garnier|Chevalier'),
    tz=['Europe/Paris', 'Europe/Paris', 'Europe/Brussels'],
    charsets=[('utf-8', 5), ('iso-8859-1', 1), ('iso-8859-15', 2), ('windows-1252', 2)],
    rdomains=['cabinet-moreau.fr', 'atelier-lumiere.fr', 'mairie-saint-aubin.fr', 'transports-garnier.fr',
              'lycee-jean-rostand.fr'],
    free=['orange.fr', 'free.fr', 'laposte.net', 'sfr.fr', 'wanadoo.fr'],
    cur=('€', 0.92),
)
LANG['es'] = dict(
    first=_F('Lucía/Lucia/f|Javier/m|María/Maria/f|Alejandro/m|Carmen/f|Pablo/m|Sofía/Sofia/f|Diego/m|Elena/f|Sergio/m'),
    last=_L('García/Garcia|Fernández/Fernandez|López/Lopez|Martínez/Martinez|Sánchez/Sanchez|Romero|Navarro|'
            'Torres|Domínguez/Dominguez|Ruiz'),
    tz=['Europe/Madrid', 'Europe/Madrid', 'America/Mexico_City'],
    charsets=[('utf-8', 5), ('iso-8859-1', 2), ('windows-1252', 2), ('iso-8859-15', 1)],
    rdomains=['grupo-alcaraz.es', 'clinica-solana.es', 'colegio-mirasierra.es', 'ferreteria-ortiz.es',
              'despacho-vidal.com.mx'],
    free=['hotmail.es', 'yahoo.es', 'gmail.com', 'outlook.es'],
    cur=('€', 0.92),
)
LANG['it'] = dict(
    first=_F('Giulia/f|Marco/m|Francesca/f|Luca/m|Chiara/f|Alessandro/m|Sara/f|Davide/m|Federica/f|Matteo/m'),
    last=_L('Rossi|Bianchi|Ferrari|Esposito|Romano|Colombo|Ricci|Marino|Greco|Conti'),
    tz=['Europe/Rome'],
    charsets=[('utf-8', 5), ('iso-8859-1', 2), ('windows-1252', 2), ('iso-8859-15', 1)],
    rdomains=['studio-ferraro.it', 'cantina-bellavista.it', 'comune-valdoria.it', 'officine-galli.it'],
    free=['libero.it', 'virgilio.it', 'alice.it', 'tiscali.it'],
    cur=('€', 0.92),
)
LANG['pt'] = dict(
    first=_F('João/Joao/m|Ana/f|Pedro/m|Mariana/f|Tiago/m|Beatriz/f|Rafael/m|Inês/Ines/f|Lucas/m|Camila/f'),
    last=_L('Silva|Santos|Ferreira|Pereira|Oliveira|Costa|Rodrigues|Almeida|Carvalho|Sousa'),
    tz=['Europe/Lisbon', 'America/Sao_Paulo', 'Europe/Lisbon'],
    charsets=[('utf-8', 6), ('iso-8859-1', 2), ('windows-1252', 2)],
    rdomains=['construtora-lima.pt', 'escola-arvoredo.pt', 'agencia-farol.com.br', 'clinica-aurora.com.br'],
    free=['sapo.pt', 'uol.com.br', 'bol.com.br', 'terra.com.br'],
    cur=('€', 0.92),
)
LANG['nl'] = dict(
    first=_F('Daan/m|Sanne/f|Bram/m|Lotte/f|Thijs/m|Fleur/f|Ruben/m|Eva/f|Jeroen/m|Marieke/f'),
    last=_L('de Vries|Jansen|van Dijk|Bakker|Visser|Smit|Meijer|de Boer|Mulder|Bos'),
    tz=['Europe/Amsterdam', 'Europe/Brussels'],
    charsets=[('utf-8', 5), ('iso-8859-1', 2), ('windows-1252', 2), ('iso-8859-15', 1)],
    rdomains=['bakkerij-vandam.nl', 'tuinen-dekker.nl', 'accountancy-meijer.nl', 'sportclub-zwaluw.nl'],
    free=['ziggo.nl', 'kpnmail.nl', 'hetnet.nl', 'planet.nl'],
    cur=('€', 0.92),
)
LANG['pl'] = dict(
    first=_F('Piotr/m|Anna/f|Tomasz/m|Katarzyna/f|Michał/Michal/m|Magdalena/f|Paweł/Pawel/m|Agnieszka/f|'
             'Krzysztof/m|Joanna/f'),
    last=_L('Nowak|Wójcik/Wojcik|Kowalczyk|Woźniak/Wozniak|Mazur|Krawczyk|Zając/Zajac|Król/Krol|Wieczorek|Dudek'),
    tz=['Europe/Warsaw'],
    charsets=[('utf-8', 5), ('iso-8859-2', 3), ('windows-1250', 2)],
    rdomains=['biuro-nowak.pl', 'kowalczyk-transport.pl', 'szkola-podstawowa12.edu.pl', 'drukarnia-orzel.pl'],
    free=['wp.pl', 'o2.pl', 'onet.pl', 'interia.pl'],
    cur=('zł', 4.0),
)
LANG['ru'] = dict(
    first=_F('Алексей/Aleksey/m|Мария/Maria/f|Дмитрий/Dmitry/m|Екатерина/Ekaterina/f|Сергей/Sergey/m|'
             'Ольга/Olga/f|Андрей/Andrey/m|Наталья/Natalya/f|Иван/Ivan/m|Анна/Anna/f'),
    last=_L('Иванов/Иванова/ivanov|Смирнов/Смирнова/smirnov|Кузнецов/Кузнецова/kuznetsov|Попов/Попова/popov|'
            'Соколов/Соколова/sokolov|Лебедев/Лебедева/lebedev|Морозов/Морозова/morozov|Волков/Волкова/volkov'),
    tz=['Europe/Moscow'],
    charsets=[('utf-8', 5), ('koi8-r', 2), ('windows-1251', 3)],
    rdomains=['tehnoprom-ural.ru', 'shkola57-msk.ru', 'stroymontazh.ru', 'klinika-zdorovye.ru'],
    free=['mail.ru', 'yandex.ru', 'rambler.ru', 'bk.ru'],
    cur=('руб.', 90.0),
)
LANG['el'] = dict(
    first=_F('Γιώργος/Giorgos/m|Μαρία/Maria/f|Νίκος/Nikos/m|Ελένη/Eleni/f|Κώστας/Kostas/m|Κατερίνα/Katerina/f|'
             'Δημήτρης/Dimitris/m|Σοφία/Sofia/f'),
    last=_L('Παπαδόπουλος/Παπαδοπούλου/papadopoulos|Γεωργίου/Γεωργίου/georgiou|Νικολάου/Νικολάου/nikolaou|'
            'Οικονόμου/Οικονόμου/oikonomou|Καραγιάννης/Καραγιάννη/karagiannis|Βλάχος/Βλάχου/vlachos'),
    tz=['Europe/Athens'],
    charsets=[('utf-8', 5), ('iso-8859-7', 3), ('windows-1253', 2)],
    rdomains=['nautilia-shipping.gr', 'frontistirio-athina.gr', 'iatreio-kritis.gr', 'ktima-lefkes.gr'],
    free=['yahoo.gr', 'otenet.gr', 'hotmail.gr', 'gmail.com'],
    cur=('€', 0.92),
)
LANG['ar'] = dict(
    first=_F('محمد/Mohammed/m|أحمد/Ahmed/m|فاطمة/Fatima/f|سارة/Sara/f|خالد/Khalid/m|نورة/Noura/f|عمر/Omar/m|ليلى/Layla/f'),
    last=_L('العتيبي/alotaibi|الحربي/alharbi|الشمري/alshammari|القحطاني/alqahtani|المنصوري/almansouri|'
            'حداد/haddad|الزهراني/alzahrani'),
    tz=['Asia/Riyadh', 'Asia/Dubai', 'Africa/Cairo'],
    charsets=[('utf-8', 6), ('windows-1256', 3), ('iso-8859-6', 1)],
    rdomains=['al-noor-trading.ae', 'mada-consult.sa', 'nile-pharma.com.eg', 'rawabi-schools.sa'],
    free=['hotmail.com', 'yahoo.com', 'outlook.sa', 'gmail.com'],
    cur=('ريال', 3.75),
)
LANG['he'] = dict(
    first=_F('יוסי/Yossi/m|נועה/Noa/f|דניאל/Daniel/m|מיכל/Michal/f|אבי/Avi/m|שירה/Shira/f|איתי/Itay/m|רונית/Ronit/f'),
    last=_L('כהן/cohen|לוי/levi|מזרחי/mizrahi|פרץ/peretz|ביטון/biton|אברהם/avraham|פרידמן/friedman'),
    tz=['Asia/Jerusalem'],
    charsets=[('utf-8', 5), ('windows-1255', 3), ('iso-8859-8', 2)],
    rdomains=['hadar-tech.co.il', 'clinic-gefen.co.il', 'moked-haifa.org.il', 'shaked-law.co.il'],
    free=['walla.co.il', 'gmail.com', 'hotmail.co.il', 'bezeqint.net'],
    cur=('₪', 3.7),
)
LANG['zh'] = dict(
    first=_F('伟/wei/m|芳/fang/f|娜/na/f|敏/min/f|静/jing/f|磊/lei/m|洋/yang/m|婷/ting/f|强/qiang/m|军/jun/m'),
    last=_L('王/wang|李/li|张/zhang|刘/liu|陈/chen|杨/yang|赵/zhao|黄/huang|周/zhou|吴/wu'),
    tz=['Asia/Shanghai', 'Asia/Shanghai', 'Asia/Hong_Kong'],
    charsets=[('utf-8', 5), ('gb2312', 3), ('gbk', 1), ('gb18030', 1)],
    rdomains=['huaxin-tech.cn', 'lianhe-trade.com.cn', 'jinqiao-edu.cn', 'dongfang-logistics.com'],
    free=['qq.com', '163.com', '126.com', 'sina.com'],
    cur=('元', 7.2),
    family_first=True,
)
LANG['zh-TW'] = dict(
    first=_F('志明/chih-ming/m|淑芬/shu-fen/f|家豪/chia-hao/m|雅婷/ya-ting/f|俊傑/chun-chieh/m|怡君/yi-chun/f'),
    last=_L('陳/chen|林/lin|黃/huang|張/chang|李/lee|王/wang'),
    tz=['Asia/Taipei'],
    charsets=[('utf-8', 4), ('big5', 4)],
    rdomains=['lianhe-trade.com.tw', 'hsinchu-semi.com.tw', 'taipei-dental.tw'],
    free=['yahoo.com.tw', 'hinet.net', 'gmail.com'],
    cur=('元', 32.0),
    family_first=True,
)
LANG['ja'] = dict(
    first=_F('翔太/shota/m|美咲/misaki/f|健一/kenichi/m|由美/yumi/f|大輔/daisuke/m|陽子/yoko/f|拓也/takuya/m|恵/megumi/f'),
    last=_L('佐藤/sato|鈴木/suzuki|高橋/takahashi|田中/tanaka|伊藤/ito|渡辺/watanabe|山本/yamamoto|中村/nakamura'),
    tz=['Asia/Tokyo'],
    charsets=[('utf-8', 4), ('iso-2022-jp', 4), ('shift_jis', 2)],
    rdomains=['sakura-shoji.co.jp', 'mirai-dental.jp', 'kobayashi-kogyo.co.jp', 'hikari-gakuen.ed.jp'],
    free=['yahoo.co.jp', 'docomo.ne.jp', 'ezweb.ne.jp', 'gmail.com'],
    cur=('円', 150.0),
    family_first=True, space=True,
)
LANG['ko'] = dict(
    first=_F('민준/minjun/m|서연/seoyeon/f|지훈/jihoon/m|수빈/subin/f|현우/hyunwoo/m|지민/jimin/f|도윤/doyoon/m|하은/haeun/f'),
    last=_L('김/kim|이/lee|박/park|최/choi|정/jung|강/kang|조/cho|윤/yoon'),
    tz=['Asia/Seoul'],
    charsets=[('utf-8', 5), ('euc-kr', 3), ('ks_c_5601-1987', 2)],
    rdomains=['hanbit-soft.co.kr', 'seoul-academy.kr', 'daehan-logis.co.kr', 'miso-dental.kr'],
    free=['naver.com', 'daum.net', 'hanmail.net', 'gmail.com'],
    cur=('원', 1350.0),
    family_first=True,
)
LANG['hi'] = dict(
    first=_F('राहुल/rahul/m|प्रिया/priya/f|अमित/amit/m|नेहा/neha/f|विकास/vikas/m|पूजा/pooja/f|संजय/sanjay/m|अंजलि/anjali/f'),
    last=_L('शर्मा/sharma|वर्मा/verma|गुप्ता/gupta|सिंह/singh|पटेल/patel|जोशी/joshi|अग्रवाल/agarwal'),
    tz=['Asia/Kolkata'],
    charsets=[('utf-8', 1)],
    rdomains=['shakti-textiles.in', 'gyan-school.in', 'sahyadri-infra.co.in', 'aarogya-clinic.in'],
    free=['rediffmail.com', 'gmail.com', 'yahoo.co.in', 'outlook.com'],
    cur=('₹', 83.0),
)
LANG['th'] = dict(
    first=_F('สมชาย/somchai/m|สุดา/suda/f|วิชัย/wichai/m|นภา/napha/f|ธนพล/thanaphon/m|กาญจนา/kanchana/f'),
    last=_L('ใจดี/jaidee|ศรีสุข/srisuk|วงศ์สวัสดิ์/wongsawat|ทองคำ/thongkham|บุญมา/boonma|แสงทอง/saengthong'),
    tz=['Asia/Bangkok'],
    charsets=[('utf-8', 5), ('tis-620', 4)],
    rdomains=['siam-logistics.co.th', 'chiangmai-craft.co.th', 'bangkok-intl-school.ac.th', 'rama-dental.co.th'],
    free=['hotmail.co.th', 'gmail.com', 'yahoo.co.th', 'outlook.co.th'],
    cur=('บาท', 35.0),
)

B = {}
B['en'] = dict(inv='Invitation', upd='Updated invitation', cxl='Canceled event', acc='Accepted', dec='Declined',
               ten='Tentatively accepted', when='When', where='Where', who='Guests', org='Organizer', title='Title',
               desc='Description', join='Join', reply='Reply for', invited='{n} has invited you to “{t}”',
               fwd='Forwarded message', gcal='Invitation from Google Calendar', cal='Calendar',
               newreq='The following is a new meeting request:', yes='Yes', no='No', maybe='Maybe',
               wd=['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
               fmt='{wd} {mn} {d}, {y} {t1} – {t2}', cxlmsg='This event has been canceled.',
               accmsg='{n} has accepted this invitation.', decmsg='{n} has declined this invitation.')
B['de'] = dict(inv='Einladung', upd='Aktualisierte Einladung', cxl='Abgesagter Termin', acc='Angenommen',
               dec='Abgelehnt', ten='Mit Vorbehalt angenommen', when='Wann', where='Wo', who='Gäste',
               org='Organisator', title='Titel', desc='Beschreibung', join='Teilnehmen', reply='Antworten für',
               invited='{n} hat Sie zu „{t}“ eingeladen', fwd='Weitergeleitete Nachricht',
               gcal='Einladung von Google Kalender', cal='Kalender',
               newreq='Folgendes ist eine neue Besprechungsanfrage:', yes='Ja', no='Nein', maybe='Vielleicht',
               wd=['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
               fmt='{wd}, {d}.{m:02d}.{y} {t1} – {t2}', cxlmsg='Dieser Termin wurde abgesagt.',
               accmsg='{n} hat diese Einladung angenommen.', decmsg='{n} hat diese Einladung abgelehnt.')
B['fr'] = dict(inv='Invitation', upd='Invitation mise à jour', cxl='Événement annulé', acc='Accepté',
               dec='Refusé', ten='Accepté provisoirement', when='Quand', where='Où', who='Invités',
               org='Organisateur', title='Titre', desc='Description', join='Participer', reply='Répondre pour',
               invited='{n} vous a invité(e) à « {t} »', fwd='Message transféré',
               gcal='Invitation envoyée par Google Agenda', cal='Agenda',
               newreq='Voici une nouvelle demande de réunion :', yes='Oui', no='Non', maybe='Peut-être',
               wd=['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
               fmt='{wd} {d}/{m:02d}/{y} {t1} – {t2}', cxlmsg='Cet événement a été annulé.',
               accmsg='{n} a accepté cette invitation.', decmsg='{n} a refusé cette invitation.')
B['es'] = dict(inv='Invitación', upd='Invitación actualizada', cxl='Evento cancelado', acc='Aceptado',
               dec='Rechazado', ten='Aceptado provisionalmente', when='Cuándo', where='Dónde', who='Invitados',
               org='Organizador', title='Título', desc='Descripción', join='Unirse', reply='Responder para',
               invited='{n} te ha invitado a «{t}»', fwd='Mensaje reenviado',
               gcal='Invitación de Google Calendar', cal='Calendario',
               newreq='Esta es una nueva convocatoria de reunión:', yes='Sí', no='No', maybe='Quizás',
               wd=['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
               fmt='{wd}, {d}/{m:02d}/{y} {t1} – {t2}', cxlmsg='Este evento se ha cancelado.',
               accmsg='{n} ha aceptado esta invitación.', decmsg='{n} ha rechazado esta invitación.')
B['it'] = dict(inv='Invito', upd='Invito aggiornato', cxl='Evento annullato', acc='Accettato', dec='Rifiutato',
               ten='Accettato con riserva', when='Quando', where='Dove', who='Invitati', org='Organizzatore',
               title='Titolo', desc='Descrizione', join='Partecipa', reply='Rispondi per',
               invited='{n} ti ha invitato a "{t}"', fwd='Messaggio inoltrato',
               gcal='Invito da Google Calendar', cal='Calendario',
               newreq='Di seguito una nuova richiesta di riunione:', yes='Sì', no='No', maybe='Forse',
               wd=['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
               fmt='{wd} {d}/{m:02d}/{y} {t1} – {t2}', cxlmsg='Questo evento è stato annullato.',
               accmsg='{n} ha accettato questo invito.', decmsg='{n} ha rifiutato questo invito.')
B['pt'] = dict(inv='Convite', upd='Convite atualizado', cxl='Evento cancelado', acc='Aceito', dec='Recusado',
               ten='Aceito provisoriamente', when='Quando', where='Onde', who='Convidados', org='Organizador',
               title='Título', desc='Descrição', join='Participar', reply='Responder para',
               invited='{n} convidou você para "{t}"', fwd='Mensagem encaminhada',
               gcal='Convite do Google Agenda', cal='Agenda',
               newreq='Segue uma nova solicitação de reunião:', yes='Sim', no='Não', maybe='Talvez',
               wd=['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado',
                   'domingo'],
               fmt='{wd}, {d}/{m:02d}/{y} {t1} – {t2}', cxlmsg='Este evento foi cancelado.',
               accmsg='{n} aceitou este convite.', decmsg='{n} recusou este convite.')
B['nl'] = dict(inv='Uitnodiging', upd='Bijgewerkte uitnodiging', cxl='Geannuleerd evenement', acc='Geaccepteerd',
               dec='Geweigerd', ten='Voorlopig geaccepteerd', when='Wanneer', where='Waar', who='Gasten',
               org='Organisator', title='Titel', desc='Beschrijving', join='Deelnemen', reply='Antwoorden voor',
               invited='{n} heeft je uitgenodigd voor "{t}"', fwd='Doorgestuurd bericht',
               gcal='Uitnodiging van Google Agenda', cal='Agenda',
               newreq='Hieronder volgt een nieuwe vergaderaanvraag:', yes='Ja', no='Nee', maybe='Misschien',
               wd=['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
               fmt='{wd} {d}-{m:02d}-{y} {t1} – {t2}', cxlmsg='Dit evenement is geannuleerd.',
               accmsg='{n} heeft deze uitnodiging geaccepteerd.', decmsg='{n} heeft deze uitnodiging geweigerd.')
B['pl'] = dict(inv='Zaproszenie', upd='Zaktualizowane zaproszenie', cxl='Wydarzenie odwołane', acc='Zaakceptowano',
               dec='Odrzucono', ten='Wstępnie zaakceptowano', when='Kiedy', where='Gdzie', who='Goście',
               org='Organizator', title='Tytuł', desc='Opis', join='Dołącz', reply='Odpowiedz dla',
               invited='{n} zaprasza Cię na wydarzenie „{t}”', fwd='Wiadomość przekazana dalej',
               gcal='Zaproszenie z Kalendarza Google', cal='Kalendarz',
               newreq='Poniżej znajduje się nowe wezwanie na spotkanie:', yes='Tak', no='Nie', maybe='Może',
               wd=['poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela'],
               fmt='{wd}, {d}.{m:02d}.{y} {t1}–{t2}', cxlmsg='To wydarzenie zostało odwołane.',
               accmsg='{n} akceptuje to zaproszenie.', decmsg='{n} odrzuca to zaproszenie.')
B['ru'] = dict(inv='Приглашение', upd='Обновленное приглашение', cxl='Мероприятие отменено', acc='Принято',
               dec='Отклонено', ten='Под вопросом', when='Когда', where='Где', who='Участники',
               org='Организатор', title='Название', desc='Описание', join='Присоединиться', reply='Ответить для',
               invited='{n} приглашает вас на мероприятие «{t}»', fwd='Пересылаемое сообщение',
               gcal='Приглашение из Google Календаря', cal='Календарь',
               newreq='Новое приглашение на собрание:', yes='Да', no='Нет', maybe='Возможно',
               wd=['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'],
               fmt='{wd}, {d}.{m:02d}.{y} {t1}–{t2}', cxlmsg='Это мероприятие отменено.',
               accmsg='{n} принимает приглашение.', decmsg='{n} отклоняет приглашение.')
B['el'] = dict(inv='Πρόσκληση', upd='Ενημερωμένη πρόσκληση', cxl='Ακυρωμένη εκδήλωση', acc='Αποδοχή',
               dec='Απόρριψη', ten='Δοκιμαστική αποδοχή', when='Πότε', where='Πού', who='Προσκεκλημένοι',
               org='Διοργανωτής', title='Τίτλος', desc='Περιγραφή', join='Συμμετοχή', reply='Απάντηση για',
               invited='{n} σας προσκάλεσε στην εκδήλωση «{t}»', fwd='Προωθημένο μήνυμα',
               gcal='Πρόσκληση από το Ημερολόγιο Google', cal='Ημερολόγιο',
               newreq='Ακολουθεί νέα πρόσκληση σύσκεψης:', yes='Ναι', no='Όχι', maybe='Ίσως',
               wd=['Δευτέρα', 'Τρίτη', 'Τετάρτη', 'Πέμπτη', 'Παρασκευή', 'Σάββατο', 'Κυριακή'],
               fmt='{wd}, {d}/{m:02d}/{y} {t1} – {t2}', cxlmsg='Αυτή η εκδήλωση ακυρώθηκε.',
               accmsg='{n} αποδέχτηκε την πρόσκληση.', decmsg='{n} απέρριψε την πρόσκληση.')
B['ar'] = dict(inv='دعوة', upd='دعوة محدثة', cxl='حدث ملغى', acc='تم القبول', dec='تم الرفض', ten='قبول مبدئي',
               when='متى', where='أين', who='الضيوف', org='المنظم', title='العنوان', desc='الوصف', join='انضمام',
               reply='الرد على', invited='دعاك {n} إلى "{t}"', fwd='رسالة معاد توجيهها',
               gcal='دعوة من تقويم Google', cal='التقويم', newreq='فيما يلي طلب اجتماع جديد:', yes='نعم',
               no='لا', maybe='ربما',
               wd=['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد'],
               fmt='{wd}، {d}/{m}/{y} {t1} – {t2}', cxlmsg='تم إلغاء هذا الحدث.',
               accmsg='قبل {n} هذه الدعوة.', decmsg='رفض {n} هذه الدعوة.')
B['he'] = dict(inv='הזמנה', upd='הזמנה מעודכנת', cxl='האירוע בוטל', acc='התקבל', dec='נדחה', ten='אולי',
               when='מתי', where='איפה', who='אורחים', org='מארגן', title='כותרת', desc='תיאור', join='הצטרפות',
               reply='תשובה עבור', invited='{n} הזמין/ה אותך ל"{t}"', fwd='הודעה שהועברה',
               gcal='הזמנה מיומן Google', cal='יומן', newreq='להלן בקשת פגישה חדשה:', yes='כן', no='לא',
               maybe='אולי',
               wd=['שני', 'שלישי', 'רביעי', 'חמישי', 'שישי', 'שבת', 'ראשון'],
               fmt='יום {wd}, {d}.{m}.{y} {t1}–{t2}', cxlmsg='האירוע הזה בוטל.',
               accmsg='{n} אישר/ה את ההזמנה.', decmsg='{n} דחה/תה את ההזמנה.')
B['zh'] = dict(inv='邀请', upd='更新的邀请', cxl='活动已取消', acc='已接受', dec='已拒绝', ten='暂定',
               when='时间', where='地点', who='邀请对象', org='组织者', title='标题', desc='说明', join='加入',
               reply='回复', invited='{n} 邀请您参加“{t}”', fwd='转发的邮件', gcal='来自 Google 日历的邀请',
               cal='日历', newreq='以下是新的会议请求：', yes='是', no='否', maybe='可能',
               wd=['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'],
               fmt='{y}年{m}月{d}日{wd} {t1} – {t2}', cxlmsg='此活动已取消。',
               accmsg='{n} 已接受此邀请。', decmsg='{n} 已拒绝此邀请。')
B['zh-TW'] = dict(inv='邀請', upd='已更新的邀請', cxl='活動已取消', acc='已接受', dec='已拒絕', ten='暫定',
                  when='時間', where='地點', who='邀請對象', org='主辦人', title='標題', desc='說明', join='加入',
                  reply='回覆', invited='{n} 邀請您參加「{t}」', fwd='轉寄的郵件', gcal='來自 Google 日曆的邀請',
                  cal='日曆', newreq='以下是新的會議邀請：', yes='是', no='否', maybe='不確定',
                  wd=['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'],
                  fmt='{y}年{m}月{d}日{wd} {t1} - {t2}', cxlmsg='此活動已取消。',
                  accmsg='{n} 已接受此邀請。', decmsg='{n} 已拒絕此邀請。')
B['ja'] = dict(inv='招待', upd='更新された招待', cxl='キャンセルされた予定', acc='承諾', dec='辞退', ten='仮承諾',
               when='日時', where='場所', who='ゲスト', org='主催者', title='タイトル', desc='説明', join='参加',
               reply='返信', invited='{n} さんから「{t}」への招待が届いています', fwd='転送されたメッセージ',
               gcal='Google カレンダーからの招待状', cal='カレンダー', newreq='新しい会議出席依頼です:',
               yes='はい', no='いいえ', maybe='未定',
               wd=['月', '火', '水', '木', '金', '土', '日'],
               fmt='{y}年{m}月{d}日({wd}) {t1}〜{t2}', cxlmsg='この予定はキャンセルされました。',
               accmsg='{n} さんが招待を承諾しました。', decmsg='{n} さんが招待を辞退しました。')
B['ko'] = dict(inv='초대', upd='업데이트된 초대', cxl='취소된 일정', acc='수락함', dec='거절함', ten='미정',
               when='일시', where='장소', who='참석자', org='주최자', title='제목', desc='설명', join='참여',
               reply='회신', invited='{n}님이 "{t}"에 초대했습니다', fwd='전달된 메시지',
               gcal='Google 캘린더 초대장', cal='캘린더', newreq='다음은 새 모임 요청입니다:', yes='예',
               no='아니요', maybe='미정',
               wd=['월', '화', '수', '목', '금', '토', '일'],
               fmt='{y}년 {m}월 {d}일 ({wd}) {t1}~{t2}', cxlmsg='이 일정이 취소되었습니다.',
               accmsg='{n}님이 초대를 수락했습니다.', decmsg='{n}님이 초대를 거절했습니다.')
B['hi'] = dict(inv='आमंत्रण', upd='अपडेट किया गया आमंत्रण', cxl='रद्द किया गया इवेंट', acc='स्वीकार किया',
               dec='अस्वीकार किया', ten='शायद', when='कब', where='कहाँ', who='मेहमान', org='आयोजक',
               title='शीर्षक', desc='विवरण', join='शामिल हों', reply='जवाब दें',
               invited='{n} ने आपको "{t}" में आमंत्रित किया है', fwd='अग्रेषित संदेश',
               gcal='Google कैलेंडर से आमंत्रण', cal='कैलेंडर', newreq='नया मीटिंग अनुरोध:', yes='हाँ',
               no='नहीं', maybe='शायद',
               wd=['सोमवार', 'मंगलवार', 'बुधवार', 'गुरुवार', 'शुक्रवार', 'शनिवार', 'रविवार'],
               fmt='{wd}, {d}/{m}/{y} {t1} – {t2}', cxlmsg='यह इवेंट रद्द कर दिया गया है।',
               accmsg='{n} ने आमंत्रण स्वीकार किया।', decmsg='{n} ने आमंत्रण अस्वीकार किया।')
B['th'] = dict(inv='คำเชิญ', upd='คำเชิญที่อัปเดต', cxl='กิจกรรมถูกยกเลิก', acc='ตอบรับ', dec='ปฏิเสธ',
               ten='อาจจะ', when='เมื่อ', where='สถานที่', who='ผู้เข้าร่วม', org='ผู้จัด', title='ชื่อเรื่อง',
               desc='รายละเอียด', join='เข้าร่วม', reply='ตอบกลับ', invited='{n} ได้เชิญคุณเข้าร่วม "{t}"',
               fwd='ข้อความที่ส่งต่อ', gcal='คำเชิญจาก Google ปฏิทิน', cal='ปฏิทิน',
               newreq='ต่อไปนี้เป็นคำขอประชุมใหม่:', yes='ใช่', no='ไม่', maybe='อาจจะ',
               wd=['จันทร์', 'อังคาร', 'พุธ', 'พฤหัสบดี', 'ศุกร์', 'เสาร์', 'อาทิตย์'],
               fmt='วัน{wd}ที่ {d}/{m}/{y} {t1} - {t2}', cxlmsg='กิจกรรมนี้ถูกยกเลิกแล้ว',
               accmsg='{n} ตอบรับคำเชิญแล้ว', decmsg='{n} ปฏิเสธคำเชิญ')

EN_MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

LOCALE = {'en': 'en-US', 'de': 'de-DE', 'fr': 'fr-FR', 'es': 'es-ES', 'it': 'it-IT', 'pt': 'pt-PT', 'nl': 'nl-NL',
          'pl': 'pl-PL', 'ru': 'ru-RU', 'el': 'el-GR', 'ar': 'ar-SA', 'he': 'he-IL', 'zh': 'zh-CN',
          'zh-TW': 'zh-TW', 'ja': 'ja-JP', 'ko': 'ko-KR', 'hi': 'hi-IN', 'th': 'th-TH'}


def b(lang):
    return B.get(lang, B['en'])


def fmt_time(lang, t):
    if lang == 'en':
        h = t.hour % 12 or 12
        return ('%d:%02d' % (h, t.minute) if t.minute else '%d' % h) + ('am' if t.hour < 12 else 'pm')
    return '%02d:%02d' % (t.hour, t.minute)


def fmt_when(lang, start, end, tzname=None, allday=False):
    bb = b(lang)
    wd = bb['wd'][start.weekday()]
    if allday:
        s = bb['fmt'].split(' {t1}')[0].format(wd=wd, d=start.day, m=start.month, y=start.year,
                                               mn=EN_MON[start.month - 1])
        return s
    s = bb['fmt'].format(wd=wd, d=start.day, m=start.month, y=start.year, mn=EN_MON[start.month - 1],
                         t1=fmt_time(lang, start), t2=fmt_time(lang, end))
    if tzname:
        s += ' (%s)' % tzname
    return s


def money(lang, usd, decimals=None):
    sym, rate = LANG[lang]['cur']
    v = usd * rate
    if rate >= 30:
        v = round(v, -1) if v > 1000 else round(v)
        decimals = 0
    if decimals is None:
        decimals = 2 if v < 10000 else 0
    s = ('{:,.%df}' % decimals).format(v)
    if lang == 'en':
        return sym + s
    if lang in ('de', 'es', 'it', 'pt', 'nl', 'el'):
        s = s.replace(',', 'X').replace('.', ',').replace('X', '.')
        return s + ' ' + sym
    if lang in ('fr', 'pl', 'ru'):
        s = s.replace(',', ' ').replace('.', ',')
        return s + ' ' + sym
    if lang in ('he', 'hi'):
        return sym + s
    if lang in ('zh', 'zh-TW'):
        return s + sym
    if lang == 'ja':
        return s + '円'
    if lang == 'ko':
        return s + '원'
    return s + ' ' + sym


def person(lang, gender=None):
    """Return dict(name=native display, first, last, latin_first, latin_last, gender)."""
    L = LANG[lang]
    f = core.pick([x for x in L['first'] if gender is None or x[2] == gender])
    l = core.pick(L['last'])
    lastn = l[0] if f[2] == 'm' else l[1]
    if L.get('family_first'):
        disp = lastn + (' ' if L.get('space') else '') + f[0]
    else:
        disp = f[0] + ' ' + lastn
    return dict(name=disp, first=f[0], last=lastn, lf=f[1].lower().replace(' ', ''),
                ll=l[2].lower().replace(' ', '').replace("'", ''), gender=f[2], lang=lang)


def local_part(p, style=None):
    style = style or core.pick(['f.l', 'fl', 'f', 'f.l', 'fl_', 'l.f', 'f.lN', 'f_l'])
    f, l = p['lf'].replace('-', ''), p['ll'].replace('-', '')
    return {'f.l': f + '.' + l, 'fl': f[0] + l, 'f': f, 'fl_': f + l, 'l.f': l + '.' + f,
            'f.lN': f + '.' + l + core.digits(2), 'f_l': f + '_' + l}[style]


def charset_for(lang):
    return core.wpick(LANG[lang]['charsets'])
