# SPDX-License-Identifier: CC0-1.0
# train7 corpus generator: renders one message record into RFC 5322 bytes.
import datetime as dt
import hashlib
import html as htmlmod
import random
import re
import unicodedata

import tz as TZ
from lib import *  # noqa

# ---------------------------------------------------------------- client presets
# layout: G | ALT | MIXALT | TB | PLAINCAL | BARE | HTMLATT | ATTONLY | PLAINATT | ALTATT
CLIENTS = {
    'google': dict(layout='G', fam='google', prodid='-//Google Inc//Google Calendar 70.9054//EN', tzs='iana',
                   plain_cte='base64', html_cte='quoted-printable', cal_cte='7bit', bnd='google', mid='google',
                   tpl='google', infra='google', html='google'),
    'm365': dict(layout='ALT', fam='outlook', prodid='Microsoft Exchange Server 2010', tzs='windows',
                 plain_cte='quoted-printable', html_cte='quoted-printable', cal_cte='base64', bnd='outlook',
                 mid='outlook', tpl='outlook', infra='m365', html='outlook'),
    'olk': dict(layout='ALT', fam='outlook', prodid='-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', tzs='windows',
                plain_cte='quoted-printable', html_cte='quoted-printable', cal_cte='8bit', bnd='outlook',
                mid='outlookdesk', tpl='outlook', infra='self', html='outlook', xmailer='Microsoft Outlook 16.0'),
    'olkbare': dict(layout='BARE', fam='outlook', prodid='-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
                    tzs='windows', cal_cte='8bit', mid='outlookdesk', tpl='outlook', infra='self',
                    xmailer='Microsoft Outlook 16.0'),
    'icloud': dict(layout='MIXALT', fam='apple', prodid='-//CALENDARSERVER.ORG//NONSGML Version 1//EN', tzs='iana',
                   plain_cte='quoted-printable', html_cte='quoted-printable', cal_cte='quoted-printable', bnd='apple',
                   mid='icloud', tpl='icloud', infra='icloud', html='plain', att_ct='text/calendar', att_name='invite.ics',
                   att_disp='attachment'),
    'applemail': dict(layout='PLAINCAL', fam='apple', prodid='-//Apple Inc.//macOS 14.5//EN', tzs='iana',
                      plain_cte='7bit', cal_cte='quoted-printable', bnd='apple', mid='apple', tpl='plain',
                      infra='icloud', att_ct='text/calendar', att_name='iCal-{stamp}.ics', att_disp='attachment',
                      xmailer='Apple Mail (2.3774.600.62)'),
    'tb': dict(layout='TB', fam='moz', prodid='-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN', tzs='iana',
               plain_cte='8bit', cal_cte='8bit', bnd='tb', mid='uuid', tpl='tb', infra='self',
               ua='Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.12.2'),
    'nc': dict(layout='MIXALT', fam='sabre', prodid='-//IDN nextcloud.com//Calendar app 4.7.6//EN', tzs='iana',
               plain_cte='quoted-printable', html_cte='quoted-printable', cal_cte='quoted-printable', bnd='symfony',
               mid='hex', tpl='nc', infra='self', html='plain', att_ct='text/calendar', att_name='event.ics',
               att_disp='attachment'),
    'zimbra': dict(layout='ALT', fam='zimbra', prodid='Zimbra-Calendar-Provider', tzs='iana', plain_cte='7bit',
                   html_cte='quoted-printable', cal_cte='7bit', bnd='zimbra', mid='zimbra', tpl='tb', infra='self',
                   html='plain', xmailer='Zimbra 8.8.15_GA_4581 (ZimbraWebClient - FF126 (Win)/8.8.15_GA_4581)'),
    'sogo': dict(layout='PLAINCAL', fam='sabre', prodid='-//Inverse inc./SOGo 5.10.0//EN', tzs='iana',
                 plain_cte='quoted-printable', cal_cte='quoted-printable', bnd='sogo', mid='sogo', tpl='sogo',
                 infra='self', att_ct='text/calendar', att_name=None, att_disp=None, xmailer='SOGoMail 5.10.0'),
    'fastmail': dict(layout='MIXALT', fam='sabre', prodid='-//CyrusIMAP.org/Cyrus 3.11.0-alpha0-1108//EN',
                     tzs='iana', plain_cte='quoted-printable', html_cte='quoted-printable', cal_cte='base64',
                     bnd='fm', mid='fm', tpl='tb', infra='fastmail', html='plain', att_ct='text/calendar',
                     att_name='invite.ics', att_disp='attachment', ua='Cyrus-JMAP/3.11.0-alpha0-1108'),
    'proton': dict(layout='HTMLATT', fam='generic', prodid='-//Proton AG//WebCalendar 5.0.57.4//EN', tzs='iana',
                   html_cte='base64', cal_cte='base64', bnd='proton', mid='proton', tpl='proton', infra='proton',
                   html='plain', att_ct='text/calendar', att_name='invite.ics', att_disp='attachment'),
    'yahoo': dict(layout='ALT', fam='generic', prodid='-//Yahoo! Inc.//Yahoo! Calendar//EN', tzs='iana',
                  plain_cte='quoted-printable', html_cte='quoted-printable', cal_cte='7bit', bnd='yahoo',
                  mid='yahoo', tpl='plain', infra='yahoo', html='plain'),
    'zoho': dict(layout='HTMLATT', fam='generic', prodid='-//Zoho Corporation//Zoho Calendar//EN', tzs='iana',
                 html_cte='quoted-printable', cal_cte='7bit', bnd='zoho', mid='zoho', tpl='plain', infra='zoho',
                 html='plain', att_ct='text/calendar', att_name='invite.ics', att_disp='attachment',
                 xmailer='Zoho Mail'),
    'zoom': dict(layout='MIXALT', fam='generic', prodid='-//zoom.us//iCalendar Event//EN', tzs='iana',
                 plain_cte='quoted-printable', html_cte='quoted-printable', cal_cte='base64', bnd='java',
                 mid='java', tpl='plain', infra='bulk', bulk='sendgrid', html='plain',
                 att_ct='application/octet-stream', att_name='iCalendar.ics', att_disp='attachment'),
    'calendly': dict(layout='MIXALT', fam='generic', prodid='-//Calendly//Calendly//EN', tzs='utc',
                     plain_cte='quoted-printable', html_cte='quoted-printable', cal_cte='base64', bnd='mailgun',
                     mid='hex', tpl='plain', infra='bulk', bulk='mailgun', html='plain', att_ct='text/calendar',
                     att_name='invite.ics', att_disp='attachment'),
    'eventbrite': dict(layout='HTMLATT', fam='generic', prodid='-//Eventbrite//Eventbrite ICS//EN', tzs='utc',
                       html_cte='quoted-printable', cal_cte='base64', bnd='java', mid='hex', tpl='plain',
                       infra='bulk', bulk='ses', html='plain', att_ct='application/ics', att_name='event.ics',
                       att_disp='attachment', method='PUBLISH'),
    'bulk': dict(layout='MIXALT', fam='generic', prodid='-//ical.net//EN', tzs='utc', plain_cte='quoted-printable',
                 html_cte='quoted-printable', cal_cte='base64', bnd='java', mid='hex', tpl='plain', infra='bulk',
                 bulk='sendgrid', html='plain', att_ct='text/calendar', att_name='invite.ics',
                 att_disp='attachment'),
    'lib': dict(layout='MIXALT', fam='generic', prodid='-//Spatie//iCalendar Generator//EN', tzs='utc',
                plain_cte='quoted-printable', html_cte='quoted-printable', cal_cte='7bit', bnd='phpmailer',
                mid='phpmailer', tpl='plain', infra='vps', html='plain', att_ct='text/calendar',
                att_name='invite.ics', att_disp='attachment', xmailer='PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'),
    'bare': dict(layout='BARE', fam='generic', prodid='-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
                 tzs='utc', cal_cte='7bit', mid='hex', tpl='plain', infra='vps'),
    'gmailatt': dict(layout='ALTATT', fam='generic', prodid='-//Apple Inc.//iOS 17.5.1//EN', tzs='iana',
                     plain_cte='quoted-printable', html_cte='quoted-printable', cal_cte='base64', bnd='google',
                     mid='gmail', tpl='plain', infra='gmail', html='gmail', att_ct='text/calendar',
                     att_name='invite.ics', att_disp='attachment', nomethod=True),
    'webatt': dict(layout='PLAINATT', fam='generic', prodid='-//Apple Inc.//iOS 16.6//EN', tzs='iana',
                   plain_cte='8bit', cal_cte='base64', bnd='java', mid='hex', tpl='plain', infra='freemail',
                   att_ct='application/octet-stream', att_name='invite.ics', att_disp='attachment', nomethod=True),
    'icsonly': dict(layout='ATTONLY', fam='generic', prodid='-//ical.net//EN', tzs='utc', cal_cte='base64',
                    bnd='java', mid='hex', tpl='plain', infra='vps', att_ct='application/ics', att_name='invite.ics',
                    att_disp='attachment'),
    'olcom': dict(layout='ALT', fam='outlook', prodid='Microsoft Exchange Server 2010', tzs='windows',
                  plain_cte='quoted-printable', html_cte='quoted-printable', cal_cte='base64', bnd='outlook',
                  mid='outlook', tpl='outlook', infra='outlookcom', html='outlook'),
    'yandex': dict(layout='MIXALT', fam='generic', prodid='-//Yandex LLC//Yandex Calendar//EN', tzs='iana',
                   plain_cte='base64', html_cte='base64', cal_cte='base64', bnd='yandex', mid='yandex', tpl='plain',
                   infra='freemail', html='plain', att_ct='text/calendar', att_name='event.ics',
                   att_disp='attachment'),
}

GOOGLE_L10N = {
    # prefix, updated, canceled, footer, organizer, guests, join, reply
    'en': ('Invitation', 'Updated invitation', 'Canceled event', 'Invitation from Google Calendar', 'Organizer',
           'Guests', 'Join with Google Meet', 'Reply for'),
    'de': ('Einladung', 'Aktualisierte Einladung', 'Abgesagter Termin', 'Einladung von Google Kalender',
           'Organisator', 'Gäste', 'Mit Google Meet teilnehmen', 'Antworten für'),
    'fr': ('Invitation', 'Invitation mise à jour', 'Événement annulé', 'Invitation provenant de Google Agenda',
           'Organisateur', 'Invités', 'Participer avec Google Meet', 'Répondre pour'),
    'es': ('Invitación', 'Invitación actualizada', 'Evento cancelado', 'Invitación de Google Calendar',
           'Organizador', 'Invitados', 'Unirse con Google Meet', 'Responder para'),
    'it': ('Invito', 'Invito aggiornato', 'Evento annullato', 'Invito da Google Calendar', 'Organizzatore',
           'Invitati', 'Partecipa con Google Meet', 'Rispondi per'),
    'pt': ('Convite', 'Convite atualizado', 'Evento cancelado', 'Convite do Google Agenda', 'Organizador',
           'Convidados', 'Participar com o Google Meet', 'Responder para'),
    'nl': ('Uitnodiging', 'Bijgewerkte uitnodiging', 'Geannuleerd evenement', 'Uitnodiging van Google Agenda',
           'Organisator', 'Gasten', 'Deelnemen met Google Meet', 'Antwoord voor'),
    'pl': ('Zaproszenie', 'Zaktualizowane zaproszenie', 'Odwołane wydarzenie', 'Zaproszenie z Kalendarza Google',
           'Organizator', 'Goście', 'Dołącz przez Google Meet', 'Odpowiedz jako'),
    'ru': ('Приглашение', 'Обновленное приглашение', 'Мероприятие отменено', 'Приглашение из Google Календаря',
           'Организатор', 'Гости', 'Присоединиться к Google Meet', 'Ответ для'),
    'uk': ('Запрошення', 'Оновлене запрошення', 'Подію скасовано', 'Запрошення з Google Календаря',
           'Організатор', 'Гості', 'Приєднатися через Google Meet', 'Відповідь для'),
    'ja': ('招待', '招待状の更新', 'キャンセルされた予定', 'Google カレンダーからの招待状', '主催者', 'ゲスト',
           'Google Meet に参加', '返信先:'),
    'zh': ('邀请', '更新后的邀请', '已取消的活动', '来自 Google 日历的邀请', '组织者', '邀请对象',
           '使用 Google Meet 加入', '回复：'),
    'ko': ('초대장', '업데이트된 초대장', '취소된 일정', 'Google 캘린더에서 보낸 초대장', '주최자', '참석자',
           'Google Meet으로 참여', '응답 대상'),
    'tr': ('Davet', 'Güncellenmiş davet', 'İptal edilen etkinlik', "Google Takvim'den davetiye", 'Düzenleyen',
           'Davetliler', 'Google Meet ile katılın', 'Yanıtla:'),
    'sv': ('Inbjudan', 'Uppdaterad inbjudan', 'Inställd händelse', 'Inbjudan från Google Kalender', 'Organisatör',
           'Gäster', 'Anslut med Google Meet', 'Svara för'),
    'id': ('Undangan', 'Undangan diperbarui', 'Acara dibatalkan', 'Undangan dari Google Kalender', 'Penyelenggara',
           'Tamu', 'Gabung dengan Google Meet', 'Balas untuk'),
    'vi': ('Lời mời', 'Lời mời đã cập nhật', 'Sự kiện đã hủy', 'Lời mời từ Lịch Google', 'Người tổ chức',
           'Khách', 'Tham gia bằng Google Meet', 'Trả lời cho'),
    'cs': ('Pozvánka', 'Aktualizovaná pozvánka', 'Zrušená událost', 'Pozvánka z Kalendáře Google', 'Organizátor',
           'Hosté', 'Připojit se přes Google Meet', 'Odpověď za'),
    'ro': ('Invitație', 'Invitație actualizată', 'Eveniment anulat', 'Invitație din Google Calendar',
           'Organizator', 'Invitați', 'Participă cu Google Meet', 'Răspunde pentru'),
    'ar': ('دعوة', 'دعوة معدّلة', 'حدث ملغى', 'دعوة من تقويم Google', 'المنظِّم', 'الضيوف',
           'الانضمام باستخدام Google Meet', 'الرد لـ'),
    'he': ('הזמנה', 'הזמנה מעודכנת', 'אירוע בוטל', 'הזמנה מיומן Google', 'מארגן/ת', 'אורחים',
           'הצטרפות באמצעות Google Meet', 'תשובה עבור'),
    'th': ('คำเชิญ', 'คำเชิญที่อัปเดต', 'กิจกรรมที่ยกเลิก', 'คำเชิญจาก Google ปฏิทิน', 'ผู้จัด', 'ผู้เข้าร่วม',
           'เข้าร่วมด้วย Google Meet', 'ตอบกลับสำหรับ'),
    'hi': ('आमंत्रण', 'अपडेट किया गया आमंत्रण', 'रद्द किया गया इवेंट', 'Google Calendar से आमंत्रण', 'आयोजक',
           'मेहमान', 'Google Meet से जुड़ें', 'इसके लिए जवाब दें'),
}

TEAMS_L10N = {
    'en': ('Microsoft Teams meeting', 'Join on your computer, mobile app or room device', 'Click here to join the meeting',
           'Meeting ID', 'Passcode', 'Download Teams', 'Join on the web', 'Learn More', 'Meeting options'),
    'de': ('Microsoft Teams-Besprechung', 'Nehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät aus teil',
           'Klicken Sie hier, um an der Besprechung teilzunehmen', 'Besprechungs-ID', 'Kennung', 'Teams herunterladen',
           'Im Web beitreten', 'Weitere Infos', 'Besprechungsoptionen'),
    'fr': ('Réunion Microsoft Teams', "Rejoindre sur votre ordinateur, application mobile ou appareil de salle",
           'Cliquez ici pour participer à la réunion', 'ID de réunion', 'Code secret', 'Télécharger Teams',
           'Rejoindre sur le web', 'En savoir plus', 'Options de réunion'),
    'es': ('Reunión de Microsoft Teams', 'Unirse desde el equipo, aplicación móvil o dispositivo de sala',
           'Haga clic aquí para unirse a la reunión', 'Id. de reunión', 'Código de acceso', 'Descargar Teams',
           'Unirse en la web', 'Más información', 'Opciones de reunión'),
    'nl': ('Microsoft Teams-vergadering', 'Deelnemen op uw computer, mobiele app of ruimteapparaat',
           'Klik hier om deel te nemen aan de vergadering', 'Vergadering-id', 'Wachtwoordcode', 'Teams downloaden',
           'Deelnemen op het web', 'Meer informatie', 'Opties voor vergadering'),
    'it': ('Riunione di Microsoft Teams', 'Partecipa da computer, app per dispositivi mobili o dispositivo della sala',
           'Fai clic qui per partecipare alla riunione', 'ID riunione', 'Passcode', 'Scarica Teams',
           'Partecipa sul Web', 'Altre informazioni', 'Opzioni riunione'),
    'pt': ('Reunião do Microsoft Teams', 'Participe pelo computador, aplicativo móvel ou dispositivo de sala',
           'Clique aqui para participar da reunião', 'ID da Reunião', 'Senha', 'Baixar o Teams',
           'Ingressar na Web', 'Saiba mais', 'Opções de reunião'),
    'pl': ('Spotkanie w aplikacji Microsoft Teams', 'Dołącz z komputera, aplikacji mobilnej lub urządzenia w sali',
           'Kliknij tutaj, aby dołączyć do spotkania', 'Identyfikator spotkania', 'Kod dostępu', 'Pobierz aplikację Teams',
           'Dołącz w przeglądarce', 'Dowiedz się więcej', 'Opcje spotkania'),
    'sv': ('Microsoft Teams-möte', 'Anslut på datorn, mobilappen eller rumsenheten', 'Klicka här för att ansluta till mötet',
           'Mötes-ID', 'Lösenord', 'Ladda ned Teams', 'Anslut på webben', 'Läs mer', 'Mötesalternativ'),
}

FREEMAIL = {
    'gmail.com': 'gmail', 'googlemail.com': 'gmail', 'outlook.com': 'outlookcom', 'hotmail.com': 'outlookcom',
    'live.com': 'outlookcom', 'hotmail.fr': 'outlookcom', 'outlook.de': 'outlookcom', 'msn.com': 'outlookcom',
    'icloud.com': 'icloud', 'me.com': 'icloud', 'mac.com': 'icloud', 'yahoo.com': 'yahoo', 'yahoo.co.jp': 'yahoo',
    'yahoo.fr': 'yahoo', 'ymail.com': 'yahoo', 'aol.com': 'yahoo', 'protonmail.com': 'proton', 'proton.me': 'proton',
    'pm.me': 'proton', 'zohomail.com': 'zoho', 'zoho.com': 'zoho', 'fastmail.com': 'fastmail',
}
FREEMAIL_OTHER = {
    'gmx.de': ('mout.gmx.net', 's1-ionos', 'gmx.net'), 'gmx.net': ('mout.gmx.net', 's1-ionos', 'gmx.net'),
    'web.de': ('mout.web.de', 's29768273', 'web.de'), 'mail.ru': ('f%d.i.mail.ru', 'mail4', 'mail.ru'),
    'yandex.ru': ('forward%da.mail.yandex.net', 'mail', 'yandex.ru'), 'naver.com': ('cvsmtppost%03d.nm.naver.com', 's20171208', 'naver.com'),
    'qq.com': ('out%d.mail.qq.com', 's201512', 'qq.com'), '163.com': ('m%d.mail.163.com', 's110527', '163.com'),
    'seznam.cz': ('mxf%d.seznam.cz', 'szn20221014', 'email.cz'), 'wp.pl': ('mx%d.wp.pl', '1024a', 'wp.pl'),
    'o2.pl': ('mx%d.wp.pl', '1024a', 'o2.pl'), 'libero.it': ('smtp-%d.libero.it', 's2021', 'libero.it'),
    'orange.fr': ('smtp-%d.smtp.orange.fr', 'ef20210406', 'orange.fr'), 'ukr.net': ('frv%d.fwdcdn.com', 'ffe', 'ukr.net'),
    'rambler.ru': ('mail%d.rambler.ru', 'mail', 'rambler.ru'), 'daum.net': ('mail%d.daum.net', 'daumdkim', 'daum.net'),
    'bol.com.br': ('smtp%d.bol.com.br', 'bol', 'bol.com.br'), 'uol.com.br': ('smtp%d.uol.com.br', 'uol', 'uol.com.br'),
    'yahoo.com.br': ('sonic%d.mail.yahoo.com', 's2048', 'yahoo.com.br'), 'rediffmail.com': ('smtp%d.rediffmail.com', 'rdf', 'rediffmail.com'),
    'walla.co.il': ('mx%d.walla.co.il', 'walla', 'walla.co.il'), 'mynet.com': ('mx%d.mynet.com', 'mynet', 'mynet.com'),
    'libero.it ': ('smtp-%d.libero.it', 's2021', 'libero.it'), 'laposte.net': ('smtp%d.laposte.net', 'lpn-wlmd', 'laposte.net'),
    'freenet.de': ('mout%d.freenet.de', 'mjail1', 'freenet.de'), 'centrum.cz': ('mx%d.centrum.cz', 'cent', 'centrum.cz'),
    'interia.pl': ('smtp%d.poczta.interia.pl', 'biztos', 'interia.pl'), 'sina.com': ('mail%d.sina.com', 'sina', 'sina.com'),
    'mail.com': ('mout.mail.com', 's1089575', 'mail.com'), 'abv.bg': ('mx%d.abv.bg', 'abv', 'abv.bg'),
}

PH = re.compile(r'\{(fn|ln|name|to|date|time|time2|org|orgmail|ref|code|y|wd|mon|d2|pin)\}')


def asciify(s):
    s = s.replace('ı', 'i').replace('ł', 'l').replace('ø', 'o').replace('ß', 'ss').replace(' ', '')
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c)).lower()


class Ctx:
    pass


def sub(c, s):
    if s is None:
        return None
    return PH.sub(lambda m: c.ph[m.group(1)], s)


# ---------------------------------------------------------------- html

def linkify(t):
    return re.sub(r'(https?://[^\s<>"]+)', r'<a href="\1">\1</a>', t)


def to_html(c, text, style):
    rtl = c.lang in ('ar', 'he')
    paras = [p for p in text.replace('\r\n', '\n').split('\n\n')]
    esc = [linkify(htmlmod.escape(p, quote=False)).replace('\n', '<br>\n') for p in paras]
    dirattr = ' dir="rtl"' if rtl else ''
    if style == 'outlook':
        lang = LANG_CONTENT.get(c.lang, 'en-US').upper()
        body = '\n'.join('<p class="MsoNormal">%s<o:p></o:p></p>' % e for e in esc)
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
                'charset=%s">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n@font-face\n\t{font-family:Aptos;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
                'a:link, span.MsoHyperlink\n\t{color:#467886;\n\ttext-decoration:underline;}\n.MsoChpDefault\n\t{mso-style-type:export-only;}\n'
                'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n<body lang="%s" link="#467886" vlink="#96607D" '
                'style="word-wrap:break-word"%s>\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
                % (c.cs, lang, dirattr, body))
    if style == 'google':
        body = '\n'.join('<p>%s</p>' % e for e in esc)
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                '<body%s><div style="width:100%%;margin:0;padding:0;"><table role="presentation" cellpadding="0" '
                'cellspacing="0" border="0" style="width:100%%"><tr><td style="padding:16px 24px;font-family:'
                'Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#3c4043">\n%s\n</td></tr></table></div>'
                '</body></html>\n' % (dirattr, body))
    if style == 'gmail':
        body = '<br>\n'.join(e + '<br>' for e in esc)
        return '<div dir="%s">%s</div>\n' % ('rtl' if rtl else 'ltr', body)
    body = '\n'.join('<p>%s</p>' % e for e in esc)
    return ('<!DOCTYPE html>\n<html><head><meta charset="%s"></head><body%s style="font-family:Arial,Helvetica,'
            'sans-serif;font-size:14px">\n%s\n</body></html>\n' % (c.cs, dirattr, body))


# ---------------------------------------------------------------- ICS

def ics_text(c):
    r = c.rec
    fam = c.fam
    tzmode = r.get('tzmode', 'utc' if c.cl.get('tzs') == 'utc' else 'tz')
    if r.get('mal') in ('floating', 'novtz'):
        tzmode = r['mal']
    method = c.method
    L = ['BEGIN:VCALENDAR']
    prodid = r.get('prodid', c.cl['prodid'])
    if fam == 'outlook':
        L += ['METHOD:' + method, 'PRODID:' + prodid, 'VERSION:2.0']
    elif fam == 'google':
        L += ['PRODID:' + prodid, 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'METHOD:' + method]
    elif fam == 'apple':
        L += ['VERSION:2.0', 'PRODID:' + prodid, 'METHOD:' + method, 'CALSCALE:GREGORIAN']
    else:
        L += ['PRODID:' + prodid, 'VERSION:2.0']
        if method:
            L.append('METHOD:' + method)
    if r.get('nomethod') or c.cl.get('nomethod'):
        L = [x for x in L if not x.startswith('METHOD:')]
    for x in r.get('calx', []):
        L.append(x)
    zone = c.etz
    tzid = zone if c.cl['tzs'] != 'windows' else TZ.ZONES[zone][0]
    if tzmode == 'tz':
        L += TZ.vtimezone(zone, 'windows' if c.cl['tzs'] == 'windows' else 'iana')
    events = [c.ev]
    if r.get('rid') == 'only':
        events = ['RID']
    elif r.get('rid'):
        events.append('RID')
    for ev in events:
        L += vevent(c, tzmode, tzid, rid=(ev == 'RID'))
    if r.get('extra_ev'):
        for e in r['extra_ev']:
            L += e
    L.append('END:VCALENDAR')
    text_lines = []
    unfold = r.get('mal') == 'unfolded'
    for line in L:
        text_lines += [line] if unfold else fold_line(line)
    if r.get('mal') == 'no_end':
        text_lines = text_lines[:-1]
    nl = '\n' if r.get('mal') == 'lf' else CRLF
    return nl.join(text_lines) + nl


def fmt_dtprop(name, local, utc, tzmode, tzid, allday=False):
    if allday:
        return '%s;VALUE=DATE:%s' % (name, local.strftime('%Y%m%d'))
    if tzmode == 'tz' or tzmode == 'novtz':
        q = '"%s"' % tzid if (' ' in tzid or '/' not in tzid) and tzid != 'UTC' else tzid
        if ' ' not in tzid:
            q = tzid
        return '%s;TZID=%s:%s' % (name, q, ics_dt(local))
    if tzmode == 'floating':
        return '%s:%s' % (name, ics_dt(local))
    return '%s:%sZ' % (name, ics_dt(utc))


def vevent(c, tzmode, tzid, rid=False):
    r = c.rec
    fam = c.fam
    P = {}
    allday = r.get('allday', False)
    st_l, en_l, st_u, en_u = c.st_l, c.en_l, c.st_u, c.en_u
    if rid:
        # an override of the 2nd/3rd instance, moved by an hour
        step = dt.timedelta(days=7 if 'WEEKLY' in (r.get('rrule') or '') else 1) * r.get('rid_n', 2)
        P['RECURRENCE-ID'] = fmt_dtprop('RECURRENCE-ID', st_l + step, st_u + step, tzmode, tzid, allday)
        sh = dt.timedelta(hours=r.get('rid_shift', 1))
        st_l, en_l, st_u, en_u = st_l + step + sh, en_l + step + sh, st_u + step + sh, en_u + step + sh
    if allday:
        en_l = st_l + dt.timedelta(days=r.get('alldays', 1))
    P['DTSTART'] = fmt_dtprop('DTSTART', st_l, st_u, tzmode, tzid, allday)
    if not r.get('noend'):
        P['DTEND'] = fmt_dtprop('DTEND', en_l, en_u, tzmode, tzid, allday)
    P['DTSTAMP'] = 'DTSTAMP:' + ics_dt(c.stamp) + 'Z'
    org = c.org
    if org and not r.get('noorg'):
        params = ''
        if org[0]:
            cn = org[0]
            params = ';CN=' + ('"%s"' % cn if re.search(r'[,;:]', cn) or fam == 'outlook' else cn)
        if r.get('sentby'):
            params += ';SENT-BY="mailto:%s"' % r['sentby']
        P['ORGANIZER'] = 'ORGANIZER%s:mailto:%s' % (params, org[1])
    if not r.get('mal') == 'no_uid':
        P['UID'] = 'UID:' + c.uid
    atts = []
    for (cn, em, ps, role) in c.attendees:
        if fam == 'google':
            p = ';CUTYPE=INDIVIDUAL;ROLE=%s;PARTSTAT=%s;RSVP=TRUE;CN=%s;X-NUM-GUESTS=0' % (role, ps, cn or em)
        elif fam == 'outlook':
            p = ';ROLE=%s;PARTSTAT=%s;RSVP=TRUE%s' % (role, ps, (';CN="%s"' % cn) if cn else '')
            if c.method == 'REPLY':
                p = ';PARTSTAT=%s%s' % (ps, (';CN="%s"' % cn) if cn else '')
        elif fam == 'apple':
            p = ';CN="%s";CUTYPE=INDIVIDUAL;EMAIL="%s";PARTSTAT=%s;ROLE=%s;RSVP=TRUE' % (cn or em, em, ps, role)
        elif fam == 'moz':
            p = ';RSVP=TRUE;PARTSTAT=%s;ROLE=%s%s' % (ps, role, (';CN=%s' % cn) if cn else '')
        else:
            p = ';CUTYPE=INDIVIDUAL;ROLE=%s;PARTSTAT=%s;RSVP=TRUE%s' % (role, ps, (';CN=%s' % cn) if cn else '')
        atts.append('ATTENDEE%s:mailto:%s' % (p, em))
    P['ATTENDEE'] = atts
    if c.desc is not None:
        P['DESCRIPTION'] = 'DESCRIPTION' + (';LANGUAGE=' + LANG_CONTENT.get(c.lang, 'en-US') if fam == 'outlook' else '') + ':' + ics_escape(c.desc)
    elif fam == 'google':
        P['DESCRIPTION'] = 'DESCRIPTION:'
    if c.loc is not None:
        P['LOCATION'] = 'LOCATION' + (';LANGUAGE=' + LANG_CONTENT.get(c.lang, 'en-US') if fam == 'outlook' else '') + ':' + ics_escape(c.loc)
    elif fam == 'google':
        P['LOCATION'] = 'LOCATION:'
    P['SUMMARY'] = 'SUMMARY' + (';LANGUAGE=' + LANG_CONTENT.get(c.lang, 'en-US') if fam == 'outlook' else '') + ':' + ics_escape(c.summ)
    seq = r.get('seq', 0)
    P['SEQUENCE'] = 'SEQUENCE:%d' % seq
    st = r.get('status', 'CANCELLED' if c.method == 'CANCEL' else ('CONFIRMED' if fam in ('google', 'moz', 'sabre', 'generic', 'apple') else None))
    if st:
        P['STATUS'] = 'STATUS:' + st
    P['TRANSP'] = 'TRANSP:' + r.get('transp', 'OPAQUE')
    P['CREATED'] = 'CREATED:' + ics_dt(c.created) + 'Z'
    P['LAST-MODIFIED'] = 'LAST-MODIFIED:' + ics_dt(c.stamp) + 'Z'
    if r.get('rrule') and not rid:
        P['RRULE'] = 'RRULE:' + r['rrule']
    if r.get('exdate') and not rid:
        P['EXDATE'] = 'EXDATE:' + r['exdate']
    if r.get('url'):
        P['URL'] = 'URL' + (';VALUE=URI' if fam == 'apple' else '') + ':' + sub(c, r['url'])
    if r.get('attach'):
        P['ATTACH'] = [('ATTACH;FMTTYPE=%s:%s' % (a[0], sub(c, a[1])) if isinstance(a, tuple) else 'ATTACH:' + sub(c, a))
                       for a in r['attach']]
    if r.get('conf'):
        P['CONFERENCE'] = 'CONFERENCE;VALUE=URI;FEATURE=VIDEO,AUDIO;LABEL=%s:%s' % (r.get('conflabel', 'Join'), sub(c, r['conf']))
    if r.get('cls'):
        P['CLASS'] = 'CLASS:' + r['cls']
    elif fam == 'outlook':
        P['CLASS'] = 'CLASS:PUBLIC'
    if r.get('prio') is not None:
        P['PRIORITY'] = 'PRIORITY:%d' % r['prio']
    elif fam == 'outlook':
        P['PRIORITY'] = 'PRIORITY:5'
    if r.get('cats'):
        P['CATEGORIES'] = 'CATEGORIES:' + r['cats']
    X = []
    if fam == 'outlook':
        if c.altdesc:
            X.append('X-ALT-DESC;FMTTYPE=text/html:' + ics_escape(c.altdesc))
        X += ['X-MICROSOFT-CDO-BUSYSTATUS:' + ('FREE' if c.method == 'CANCEL' else 'TENTATIVE'),
              'X-MICROSOFT-CDO-IMPORTANCE:%d' % r.get('importance', 1),
              'X-MICROSOFT-CDO-INTENDEDSTATUS:' + ('FREE' if c.method == 'CANCEL' else 'BUSY'),
              'X-MICROSOFT-DISALLOW-COUNTER:FALSE', 'X-MS-OLK-AUTOSTARTCHECK:FALSE', 'X-MS-OLK-CONFTYPE:%d' % (
                  1 if c.teams else 0)]
        if c.method == 'REQUEST' and c.cl.get('prodid', '').startswith('Microsoft Exchange'):
            X.insert(0, 'X-MICROSOFT-CDO-APPT-SEQUENCE:%d' % seq)
            X.insert(1, 'X-MICROSOFT-CDO-OWNERAPPTID:%d' % c.rng.randint(-2100000000, 2100000000))
            X.append('X-MICROSOFT-CDO-ALLDAYEVENT:' + ('TRUE' if allday else 'FALSE'))
    else:
        if c.altdesc:
            X.append('X-ALT-DESC;FMTTYPE=text/html:' + ics_escape(c.altdesc))
    if fam == 'google' and c.meet:
        X.append('X-GOOGLE-CONFERENCE:' + c.meet)
    if fam == 'apple':
        X.append('X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC')
    if fam == 'zimbra':
        X += ['X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY', 'X-MICROSOFT-DISALLOW-COUNTER:TRUE']
    for x in r.get('x', []):
        X.append(sub(c, x))
    # ordering by family
    if fam == 'outlook':
        order = ['ATTENDEE', 'CLASS', 'CREATED', 'DESCRIPTION', 'DTEND', 'DTSTAMP', 'DTSTART', 'EXDATE',
                 'LAST-MODIFIED', 'LOCATION', 'ORGANIZER', 'PRIORITY', 'RECURRENCE-ID', 'RRULE', 'SEQUENCE',
                 'STATUS', 'SUMMARY', 'TRANSP', 'UID', 'URL', 'ATTACH', 'CONFERENCE', 'CATEGORIES']
    elif fam == 'google':
        order = ['DTSTART', 'DTEND', 'RRULE', 'EXDATE', 'DTSTAMP', 'ORGANIZER', 'UID', 'RECURRENCE-ID', 'ATTENDEE',
                 'CLASS', 'CREATED', 'DESCRIPTION', 'LAST-MODIFIED', 'LOCATION', 'SEQUENCE', 'STATUS', 'SUMMARY',
                 'TRANSP', 'URL', 'ATTACH', 'CONFERENCE', 'CATEGORIES', 'PRIORITY']
    elif fam == 'apple':
        order = ['CREATED', 'UID', 'DTEND', 'ATTENDEE', 'RRULE', 'EXDATE', 'TRANSP', 'SUMMARY', 'LAST-MODIFIED',
                 'DTSTAMP', 'DTSTART', 'RECURRENCE-ID', 'LOCATION', 'DESCRIPTION', 'SEQUENCE', 'ORGANIZER', 'STATUS',
                 'URL', 'ATTACH', 'CONFERENCE', 'CLASS', 'CATEGORIES', 'PRIORITY']
    elif fam == 'moz':
        order = ['CREATED', 'LAST-MODIFIED', 'DTSTAMP', 'UID', 'SUMMARY', 'RRULE', 'EXDATE', 'RECURRENCE-ID',
                 'ORGANIZER', 'ATTENDEE', 'DTSTART', 'DTEND', 'TRANSP', 'LOCATION', 'DESCRIPTION', 'SEQUENCE',
                 'STATUS', 'URL', 'ATTACH', 'CONFERENCE', 'CLASS', 'CATEGORIES', 'PRIORITY']
    else:
        order = ['UID', 'DTSTAMP', 'CREATED', 'LAST-MODIFIED', 'RECURRENCE-ID', 'DTSTART', 'DTEND', 'RRULE', 'EXDATE',
                 'SUMMARY', 'DESCRIPTION', 'LOCATION', 'URL', 'ORGANIZER', 'ATTENDEE', 'ATTACH', 'CONFERENCE',
                 'SEQUENCE', 'STATUS', 'TRANSP', 'CLASS', 'CATEGORIES', 'PRIORITY']
    if c.rng.random() < 0.3 and fam in ('generic', 'sabre', 'zimbra'):
        # some libraries emit in insertion order with summary first
        order = ['SUMMARY'] + [o for o in order if o != 'SUMMARY']
    out = ['BEGIN:VEVENT']
    for k in order:
        v = P.get(k)
        if v is None:
            continue
        if isinstance(v, list):
            out += v
        else:
            out.append(v)
    out += X
    for a in c.alarms:
        out += a
    out.append('END:VEVENT')
    return out


def make_alarms(c):
    r = c.rec
    spec = r.get('alarms')
    if spec is None:
        spec = {'google': ['-P0DT0H30M0S'], 'outlook': ['-PT15M'], 'apple': [], 'moz': [], 'sabre': [],
                'zimbra': ['-PT5M'], 'generic': []}.get(c.fam, [])
        if c.method in ('CANCEL', 'REPLY', 'COUNTER'):
            spec = []
    out = []
    for i, a in enumerate(spec):
        action = 'DISPLAY'
        trig = a
        rep = None
        if isinstance(a, tuple):
            trig, action = a[0], a[1]
            rep = a[2] if len(a) > 2 else None
        A = ['BEGIN:VALARM']
        if c.fam == 'apple':
            A.append('X-WR-ALARMUID:' + ruuid(c.rng).upper())
            A.append('UID:' + ruuid(c.rng).upper())
        if trig.startswith('19') or trig.startswith('20'):
            A.append('TRIGGER;VALUE=DATE-TIME:' + trig)
        else:
            A.append('TRIGGER:' + trig)
        A.append('ACTION:' + action)
        if action == 'DISPLAY':
            A.append('DESCRIPTION:' + ics_escape(sub(c, r.get('alarm_desc', 'This is an event reminder' if c.fam == 'google' else 'Reminder'))))
        elif action == 'AUDIO':
            A.append('ATTACH;VALUE=URI:Basso')
        elif action == 'EMAIL':
            A.append('SUMMARY:' + ics_escape(c.summ))
            A.append('DESCRIPTION:' + ics_escape(sub(c, r.get('alarm_desc', c.summ))))
            A.append('ATTENDEE:mailto:' + c.to_email)
        if rep:
            A.append('REPEAT:%d' % rep[0])
            A.append('DURATION:' + rep[1])
        A.append('END:VALARM')
        out.append(A)
    return out


# ---------------------------------------------------------------- body templates

def when_str(c):
    if c.lang == 'en':
        t0 = c.st_l
        a = '%s %s %d, %d' % (EN_DAY[t0.weekday()][:3], EN_MON[t0.month - 1][:3], t0.day, t0.year)

        def h(t):
            hh = t.hour % 12 or 12
            return ('%d' % hh if t.minute == 0 else '%d:%02d' % (hh, t.minute)) + ('am' if t.hour < 12 else 'pm')
        if c.rec.get('allday'):
            return a
        return '%s %s - %s (%s)' % (a, h(c.st_l), h(c.en_l), TZ.abbrev(c.etz, c.st_u))
    if c.rec.get('allday'):
        return fmt_date(c.lang, c.st_l)
    return '%s %s - %s (%s)' % (fmt_date(c.lang, c.st_l), fmt_time(c.lang, c.st_l, False),
                                fmt_time(c.lang, c.en_l, False), TZ.abbrev(c.etz, c.st_u))


def google_plain(c):
    g = GOOGLE_L10N.get(c.lang, GOOGLE_L10N['en'])
    L = [c.summ, when_str(c), '']
    if c.meet:
        L += [g[6], c.meet, '']
    if c.loc:
        L += [c.loc, '']
    if c.desc:
        L += [c.desc, '']
    L += [g[4], c.org[0] or c.org[1], c.org[1], '']
    if c.attendees and len(c.attendees) <= 12:
        L.append(g[5])
        for a in c.attendees:
            L.append(a[0] or a[1])
            L.append(a[1])
        L.append('')
    elif c.attendees:
        L += [g[5], '%d' % len(c.attendees), '']
    L += ['View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=%s' % c.eid, '',
          '%s %s' % (g[7], c.to_email), '', '%s: https://calendar.google.com/calendar/' % g[3], '',
          'You are receiving this email because you are an attendee on the event. To stop receiving future updates '
          'for this event, decline this event.', '',
          'Forwarding this invitation could allow any recipient to send a response to the organizer, be added to '
          'the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more '
          'https://support.google.com/calendar/answer/37135#forwarding']
    return '\n'.join(L) + '\n'


def teams_block(c):
    t = TEAMS_L10N.get(c.lang, TEAMS_L10N['en'])
    rng = c.rng
    mid = ' '.join(str(rng.randint(100, 999)) for _ in range(4))
    pc = alnum(rng, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789')
    thread = '19%3ameeting_' + alnum(rng, 48) + '%40thread.v2'
    link = 'https://teams.microsoft.com/l/meetup-join/%s/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d' % (
        thread, ruuid(rng), ruuid(rng))
    bar = '_' * 80
    return '\n'.join([bar, t[0], t[1], '%s<%s>' % (t[2], link), '%s: %s' % (t[3], mid), '%s: %s' % (t[4], pc),
                      '%s<https://www.microsoft.com/microsoft-teams/download-app> | %s<https://www.microsoft.com/microsoft-teams/join-a-meeting>' % (t[5], t[6]),
                      '%s<https://aka.ms/JoinTeamsMeeting> | %s<https://teams.microsoft.com/meetingOptions/?organizerId=%s>' % (t[7], t[8], ruuid(rng)),
                      bar])


LABELS = {
    'en': ('When', 'Where', 'Organizer', 'Attendees', 'Description', 'invited you to', 'Accept', 'Decline', 'Tentative'),
    'de': ('Wann', 'Wo', 'Organisator', 'Teilnehmer', 'Beschreibung', 'hat Sie eingeladen zu', 'Annehmen', 'Ablehnen', 'Vorläufig'),
    'fr': ('Quand', 'Où', 'Organisateur', 'Participants', 'Description', 'vous a invité à', 'Accepter', 'Refuser', 'Provisoire'),
    'es': ('Cuándo', 'Dónde', 'Organizador', 'Asistentes', 'Descripción', 'te ha invitado a', 'Aceptar', 'Rechazar', 'Provisional'),
    'it': ('Quando', 'Dove', 'Organizzatore', 'Partecipanti', 'Descrizione', 'ti ha invitato a', 'Accetta', 'Rifiuta', 'Provvisorio'),
    'nl': ('Wanneer', 'Waar', 'Organisator', 'Deelnemers', 'Beschrijving', 'heeft je uitgenodigd voor', 'Accepteren', 'Weigeren', 'Voorlopig'),
    'pl': ('Kiedy', 'Gdzie', 'Organizator', 'Uczestnicy', 'Opis', 'zaprasza Cię na', 'Akceptuj', 'Odrzuć', 'Wstępnie'),
    'cs': ('Kdy', 'Kde', 'Organizátor', 'Účastníci', 'Popis', 'vás zve na', 'Přijmout', 'Odmítnout', 'Nezávazně'),
    'sv': ('När', 'Var', 'Organisatör', 'Deltagare', 'Beskrivning', 'har bjudit in dig till', 'Acceptera', 'Avböj', 'Preliminärt'),
    'ru': ('Когда', 'Где', 'Организатор', 'Участники', 'Описание', 'приглашает вас на', 'Принять', 'Отклонить', 'Под вопросом'),
    'pt': ('Quando', 'Onde', 'Organizador', 'Participantes', 'Descrição', 'convidou você para', 'Aceitar', 'Recusar', 'Talvez'),
}


def detail_block(c, style):
    lb = LABELS.get(c.lang, LABELS['en'])
    when = '%s %s - %s' % (fmt_date(c.lang, c.st_l), fmt_time(c.lang, c.st_l), fmt_time(c.lang, c.en_l))
    if c.rec.get('allday'):
        when = fmt_date(c.lang, c.st_l)
    tzname = c.etz if c.cl['tzs'] != 'windows' else TZ.ZONES[c.etz][0]
    L = []
    if style == 'nc':
        L += ['%s %s „%s“.' % (c.org[0] or c.org[1], lb[5], c.summ) if c.lang == 'de' else
              '%s %s "%s".' % (c.org[0] or c.org[1], lb[5], c.summ), '']
    elif style == 'sogo':
        L += ['%s %s %s.' % (c.org[0] or c.org[1], lb[5], c.summ), '']
    elif style == 'icloud':
        L += ['%s %s "%s" %s.' % (c.org[0] or c.org[1], lb[5], c.summ, fmt_date(c.lang, c.st_l)), '']
    L.append('%s: %s (%s)' % (lb[0], when, tzname))
    if c.loc:
        L.append('%s: %s' % (lb[1], c.loc))
    L.append('%s: %s <%s>' % (lb[2], c.org[0] or c.org[1], c.org[1]))
    if c.attendees and len(c.attendees) < 8:
        L.append('%s:' % lb[3])
        for a in c.attendees:
            L.append('  - %s <%s>' % (a[0] or a[1], a[1]))
    if c.desc:
        L += ['', '%s:' % lb[4], c.desc]
    if style == 'nc':
        tok = hexid(c.rng, 32)
        L += ['', '%s: https://%s/index.php/apps/dav/invitation/accept/%s' % (lb[6], c.nchost, tok),
              '%s: https://%s/index.php/apps/dav/invitation/decline/%s' % (lb[7], c.nchost, hexid(c.rng, 32))]
    if style == 'icloud':
        L += ['', 'To accept or decline this invitation, click the link below.',
              'https://www.icloud.com/calendar/?invite=%s' % alnum(c.rng, 40)]
    return '\n'.join(L) + '\n'


def plain_body(c):
    r = c.rec
    if 'b' in r:
        return sub(c, r['b'])
    tpl = c.cl.get('tpl', 'plain')
    if tpl == 'google':
        return google_plain(c)
    if tpl == 'outlook':
        t = c.desc or ''
        if c.teams:
            t = (t + '\n\n' if t else '') + teams_block(c)
        return t + '\n'
    if tpl in ('tb', 'nc', 'sogo', 'icloud'):
        return detail_block(c, tpl)
    if tpl == 'proton':
        return detail_block(c, 'tb')
    return (c.desc or '') + '\n'


# ---------------------------------------------------------------- identifiers

def boundary(c, kind):
    rng = c.rng
    if kind == 'google':
        return '000000000000' + hexid(rng, 12)
    if kind == 'outlook':
        return '_000_%s%s_' % (alnum(rng, 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), alnum(rng, 24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'))
    if kind == 'apple':
        return 'Apple-Mail=_' + ruuid(rng).upper()
    if kind == 'tb':
        return '------------' + alnum(rng, 24)
    if kind == 'symfony':
        return alnum(rng, 8)
    if kind == 'zimbra':
        return '=_' + ruuid(rng)
    if kind == 'sogo':
        return '----=_=-_OpenGroupware_org_NGMime-%d-%d.%d-1' % (rng.randint(1000, 99999), rng.randint(1400000000, 1790000000), rng.randint(0, 99))
    if kind == 'fm':
        return hexid(rng, 32)
    if kind == 'proton':
        return 'b1=_' + alnum(rng, 43)
    if kind == 'yahoo':
        return '----=_Part_%d_%d.%d' % (rng.randint(100000, 9999999), rng.randint(100000000, 999999999), rng.randint(10 ** 12, 10 ** 13))
    if kind == 'zoho':
        return '----=_Part_%d_%d.%d' % (rng.randint(1000, 99999), rng.randint(100000000, 999999999), rng.randint(10 ** 12, 10 ** 13))
    if kind == 'java':
        return '----=_Part_%d_%d.%d' % (rng.randint(1, 99999), rng.randint(100000000, 999999999), rng.randint(10 ** 12, 10 ** 13))
    if kind == 'mailgun':
        return hexid(rng, 32)
    if kind == 'phpmailer':
        return 'b1_' + alnum(rng, 43)
    if kind == 'yandex':
        return '----==%s----' % alnum(rng, 24)
    if kind == 'python':
        return '===============%019d==' % rng.randint(10 ** 17, 10 ** 18)
    return '=_' + hexid(rng, 28)


def msgid(c, kind, dom):
    rng = c.rng
    if kind == 'google':
        return '<calendar-%s@google.com>' % ruuid(rng)
    if kind == 'gmail':
        return '<CA%s@mail.gmail.com>' % alnum(rng, 50, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_=-')
    if kind == 'outlook':
        reg = rng.choice(['AM9PR07MB', 'DB9PR02MB', 'PAXPR08MB', 'SN6PR11MB', 'BN8PR12MB', 'CH3PR04MB', 'DU0PR03MB', 'LO4P265MB', 'SY4PR01MB', 'TYCPR01MB'])
        host = '%s%d' % (reg, rng.randint(1000, 9999))
        suf = {'AM': 'eurprd07', 'DB': 'eurprd02', 'PA': 'eurprd08', 'SN': 'namprd11', 'BN': 'namprd12', 'CH': 'namprd04', 'DU': 'eurprd03', 'LO': 'GBRP265', 'SY': 'ausprd01', 'TY': 'jpnprd01'}[reg[:2]]
        c.exhost = '%s.%s.prod.outlook.com' % (host, suf)
        return '<%s%s@%s>' % (host, alnum(rng, 16, 'ABCDEF0123456789'), c.exhost)
    if kind == 'outlookdesk':
        return '<%s$%s$%s@%s>' % ('00' + hexid(rng, 10), hexid(rng, 8), hexid(rng, 8), dom)
    if kind == 'icloud':
        return '<%s@icloud.com>' % ruuid(rng).upper()
    if kind == 'apple':
        return '<%s@%s>' % (ruuid(rng).upper(), dom)
    if kind == 'uuid':
        return '<%s@%s>' % (ruuid(rng), dom)
    if kind == 'zimbra':
        return '<%d.%d.%d.JavaMail.zimbra@%s>' % (rng.randint(100000000, 999999999), rng.randint(1000, 99999), rng.randint(10 ** 12, 10 ** 13), dom)
    if kind == 'sogo':
        return '<%s-%s-1-%s@%s>' % (hexid(rng, 4).upper(), hexid(rng, 8).upper(), hexid(rng, 8), dom)
    if kind == 'fm':
        return '<%s@app.fastmail.com>' % ruuid(rng)
    if kind == 'proton':
        return '<%s@proton.me>' % alnum(rng, 86, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789=_-')[:60]
    if kind == 'yahoo':
        return '<%d.%d.%d@mail.yahoo.com>' % (rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 6, 10 ** 7), rng.randint(10 ** 12, 10 ** 13))
    if kind == 'zoho':
        return '<%s.%s@zoho.com>' % (hexid(rng, 16), hexid(rng, 16))
    if kind == 'java':
        return '<%d.%d.%d@%s>' % (rng.randint(10 ** 8, 10 ** 9), rng.randint(10, 9999), rng.randint(10 ** 12, 10 ** 13), dom)
    if kind == 'phpmailer':
        return '<%s@%s>' % (alnum(rng, 43), dom)
    if kind == 'yandex':
        return '<%d%s@%s>' % (rng.randint(100000, 999999), hexid(rng, 10), 'mail.yandex.ru')
    return '<%s@%s>' % (hexid(rng, 32), dom)


def mkuid(c):
    rng = c.rng
    if 'uid' in c.rec:
        return c.rec['uid']
    fam = c.fam
    if fam == 'google':
        return alnum(rng, 26, 'abcdefghijklmnopqrstuvwxyz0123456789') + '@google.com'
    if fam == 'outlook':
        return '040000008200E00074C5B7101A82E00800000000' + hexid(rng, 16).upper() + '00000000000000001000000' + hexid(rng, 33).upper()
    if fam == 'apple':
        return ruuid(rng).upper()
    if fam == 'zimbra':
        return ruuid(rng)
    if fam == 'moz' or fam == 'sabre':
        return ruuid(rng)
    kind = rng.randint(0, 3)
    if kind == 0:
        return ruuid(rng)
    if kind == 1:
        return '%s@%s' % (hexid(rng, 20), c.from_dom)
    if kind == 2:
        return '%d-%s@%s' % (rng.randint(10 ** 9, 10 ** 10), alnum(rng, 8), c.from_dom)
    return hexid(rng, 32).upper()


# ---------------------------------------------------------------- trace and authentication

AUTH = {
    'pass': ('pass', 'pass', 'pass'), 'self': ('none', 'pass', 'none'), 'selfdkim': ('pass', 'pass', 'none'),
    'softfail': ('none', 'softfail', 'none'), 'spoof': ('none', 'fail', 'fail'), 'spoofsoft': ('none', 'softfail', 'fail'),
    'list': ('fail', 'pass', 'fail'), 'listnone': ('fail', 'pass', 'none'), 'none': ('none', 'none', 'none'),
    'neutral': ('none', 'neutral', 'none'), 'dkimfail': ('fail', 'pass', 'pass'), 'fwdfail': ('fail', 'softfail', 'fail'),
    'spfonly': ('none', 'pass', 'pass'), 'noalign': ('pass', 'pass', 'fail'),
}

DMARC_P = {'gmail.com': 'none', 'google.com': 'reject', 'yahoo.com': 'reject', 'outlook.com': 'none',
           'hotmail.com': 'none', 'icloud.com': 'quarantine', 'aol.com': 'reject', 'proton.me': 'quarantine'}


def dom_of(e):
    return e.rsplit('@', 1)[1].lower()


def infra_info(c, infra, from_email, rng):
    """Returns dict: helo, rdns, ip, hops(list of header lines), dkim [(d,s)], env, extra(list), tls."""
    fd = dom_of(from_email)
    t_send = c.arrival - dt.timedelta(seconds=rng.randint(1, 6))
    sd = rfcdate(t_send, 0)
    I = dict(tls=True, extra=[], hops=[], dkim=[], env=from_email)
    if infra == 'google':
        n = rng.randint(1, 250)
        host = 'mail-%s-f%d.google.com' % (rng.choice(['qk1', 'yw1', 'pl1', 'oi1', 'vs1', 'ua1', 'io1', 'qt1', 'ot1']), n)
        I.update(helo=host, rdns=host, ip=ip(rng))
        I['env'] = '%s@calendar-server.bounces.google.com' % alnum(rng, 20, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')
        I['hops'] = ['Received: by %s with SMTP id %s%d.%d\r\n        for <%s>; %s' % (
            host, alnum(rng, 18, 'abcdefghijklmnopqrstuvwxyz0123456789'), rng.randint(100000, 9999999), rng.randint(1, 99),
            c.to_email, rfcdate(t_send, -420 if t_send.month in range(4, 11) else -480))]
        sel = '20230601' if c.arrival.year >= 2023 else ('20210112' if c.arrival.year >= 2021 else '20161025')
        I['dkim'] = [(fd if fd not in ('google.com',) else 'google.com', sel if fd == 'gmail.com' else 'google'), ('google.com', sel)]
        I['extra'] = ['X-Google-Smtp-Source: AGHT+I%s' % alnum(rng, 60, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+'),
                      'X-Received: by 10.%d.%d.%d with SMTP id %s; %s' % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(0, 255), alnum(rng, 12, 'abcdefghijklmnopqrstuvwxyz0123456789'), sd)]
    elif infra == 'gmail':
        n = rng.randint(1, 250)
        host = 'mail-%s-f%d.google.com' % (rng.choice(['wm1', 'wr1', 'ej1', 'lf1', 'pj1', 'qv1', 'ed1']), n)
        I.update(helo=host, rdns=host, ip=ip(rng))
        I['hops'] = ['Received: by %s with SMTP id %s-%s.%d\r\n        for <%s>; %s' % (
            host, alnum(rng, 10, 'abcdefghijklmnopqrstuvwxyz0123456789'), alnum(rng, 6, 'abcdef0123456789'), rng.randint(1, 9), c.to_email, sd)]
        sel = '20230601' if c.arrival.year >= 2023 else ('20210112' if c.arrival.year >= 2021 else '20161025')
        I['dkim'] = [(fd, sel)]
        I['extra'] = ['X-Gm-Message-State: AOJu0Y%s' % alnum(rng, 50, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+'),
                      'X-Google-Smtp-Source: AGHT+I%s' % alnum(rng, 60, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+')]
    elif infra in ('m365', 'outlookcom'):
        region = rng.choice(['eur05', 'eur02', 'eur03', 'nam10', 'nam12', 'nam11', 'gbr01', 'apc01'])
        host = 'mail-%s%son2%03d.outbound.protection.outlook.com' % (region[:3], region[3:] + rng.choice(['am6', 'db8', 'vi1', 'he1', 'bn8', 'dm6']), rng.randint(1, 250))
        I.update(helo=region.upper()[:3] + region[3:] + '-' + rng.choice(['AM6', 'DB8', 'VI1', 'HE1', 'BN8', 'DM6']) + '-obe.outbound.protection.outlook.com',
                 rdns=host, ip=ip(rng))
        if not hasattr(c, 'exhost'):
            c.exhost = 'AM9PR07MB%d.eurprd07.prod.outlook.com' % rng.randint(1000, 9999)
        h2 = '%sMB%d.%s.prod.outlook.com' % (rng.choice(['DB9PR02', 'PAXPR08', 'SN6PR11', 'BN8PR12', 'DU0PR03']), rng.randint(1000, 9999), rng.choice(['eurprd02', 'eurprd08', 'namprd11']))
        I['hops'] = [
            'Received: from %s (%s) by\r\n %s (%s) with Microsoft SMTP Server\r\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
                c.exhost, priv(rng), h2, priv(rng), rng.randint(7000, 9400), rng.randint(10, 40), rfcdate(t_send, 0)),
            'Received: from %s\r\n ([fe80::%s:%s:%s:%s]) by %s\r\n ([fe80::%s:%s:%s:%s%%%d]) with mapi id 15.20.%d.%d; %s' % (
                c.exhost, hexid(rng, 4), hexid(rng, 4), hexid(rng, 4), hexid(rng, 4), c.exhost, hexid(rng, 4), hexid(rng, 4),
                hexid(rng, 4), hexid(rng, 4), rng.randint(3, 9), rng.randint(7000, 9400), rng.randint(10, 40), rfcdate(t_send - dt.timedelta(seconds=1), 0))]
        I['dkim'] = [(fd, 'selector%d' % rng.randint(1, 2))]
        ar = 'i=1; mx.microsoft.com 1; spf=pass\r\n smtp.mailfrom=%s; dmarc=pass action=none header.from=%s;\r\n dkim=pass header.d=%s; arc=none' % (fd, fd, fd)
        I['extra'] = ['ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\r\n b=%s' % b64sig(rng, 340),
                      'ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\r\n s=arcselector10001;\r\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\r\n bh=%s;\r\n b=%s' % (b64sig(rng, 44), b64sig(rng, 340)),
                      'ARC-Authentication-Results: ' + ar]
    elif infra == 'icloud':
        host = '%sp00im-%s.me.com' % (rng.choice(['st43', 'mr85', 'qs51', 'ms11', 'pv50']), rng.choice(['ztdg10063201', 'ztfb10071701', 'ztbu10021601', 'hyfv10011601']))
        I.update(helo=host, rdns=host, ip=ip(rng))
        I['hops'] = ['Received: from smtpclient.apple (%s [%s])\r\n\tby %s (Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s' % (
            'unknown', ip(rng), host, alnum(rng, 11, 'ABCDEF0123456789'), c.to_email, rfcdate(t_send, 0))]
        I['dkim'] = [(fd if fd in ('icloud.com', 'me.com', 'mac.com') else fd, '1a1hai')]
    elif infra == 'yahoo':
        host = 'sonic%d-%d.consmr.mail.%s.yahoo.com' % (rng.randint(301, 330), rng.randint(1, 40), rng.choice(['gq1', 'bf2', 'ne1', 'ir2']))
        I.update(helo=host, rdns=host, ip=ip(rng))
        I['hops'] = ['Received: from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s' % (host, rfcdate(t_send, 0))]
        I['dkim'] = [(fd if 'yahoo' in fd or fd == 'aol.com' else 'yahoo.com', 's2048')]
        if c.cl.get('layout') and c.rec.get('cl') == 'yahoo' and fd.startswith('yahoo'):
            I['env'] = 'do-not-reply@' + fd
    elif infra == 'zoho':
        host = 'sender4-op-o%d.zoho.com' % rng.randint(10, 19)
        I.update(helo=host, rdns=host, ip=ip(rng))
        I['hops'] = ['Received: from mail.zoho.com by mx.zohomail.com\r\n\twith SMTP id %d%d.%d; %s' % (rng.randint(10 ** 9, 10 ** 10), rng.randint(100, 999), rng.randint(10 ** 9, 10 ** 10), rfcdate(t_send, 0))]
        I['dkim'] = [(fd, 'zmail')]
    elif infra == 'proton':
        host = 'mail-%d.protonmail.ch' % rng.randint(1000, 9999)
        I.update(helo=host, rdns=host, ip=ip(rng))
        I['dkim'] = [(fd, 'protonmail3')]
        I['extra'] = ['X-Pm-Origin: internal', 'X-Pm-Content-Encryption: end-to-end']
    elif infra == 'fastmail':
        host = 'fout-%s%d-smtp.messagingengine.com' % (rng.choice(['a', 'b']), rng.randint(1, 8))
        I.update(helo=host, rdns=host, ip=ip(rng))
        I['hops'] = ['Received: from phl-compute-%02d.internal (phl-compute-%02d.phl.internal [%s])\r\n\tby mailfout.phl.internal (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s' % (
            rng.randint(1, 12), rng.randint(1, 12), priv(rng), alnum(rng, 11, 'ABCDEF0123456789'), c.to_email, rfcdate(t_send, -240))]
        I['dkim'] = [(fd, 'fm3'), ('messagingengine.com', 'fm3')]
    elif infra == 'freemail':
        spec = FREEMAIL_OTHER.get(fd, ('smtp%d.' + fd, 'mail', fd))
        host = spec[0] % rng.randint(1, 60) if '%' in spec[0] else spec[0]
        I.update(helo=host, rdns=host, ip=ip(rng))
        I['hops'] = ['Received: from [%s] ([%s]) by %s (%s)\r\n with ESMTPSA id %s; %s' % (
            priv(rng), ip(rng), host, fd, alnum(rng, 16), rfcdate(t_send, c.soff))]
        I['dkim'] = [(spec[2], spec[1])]
    elif infra == 'bulk':
        kind = c.cl.get('bulk', 'sendgrid') if 'bulk' not in c.rec else c.rec['bulk']
        I['tls'] = True
        if kind == 'sendgrid':
            host = 'o%d.ptr%d.%s' % (rng.randint(1, 30), rng.randint(1000, 9999), c.bulkdom)
            I.update(helo=host, rdns=host, ip=ip(rng))
            num = rng.randint(1000000, 99999999)
            I['env'] = 'bounces+%d-%s-%s=%s@em%d.%s' % (num, hexid(rng, 4), c.to_email.split('@')[0], c.to_email.split('@')[1], rng.randint(100, 9999), c.bulkdom)
            I['dkim'] = [(c.bulkdom, 's1'), ('sendgrid.info', 'smtpapi')]
            I['hops'] = ['Received: by filterdrecv-%s-%s with SMTP id filterdrecv-%s.%d.%s\r\n        %s' % (
                hexid(rng, 10), alnum(rng, 5, 'abcdefghijklmnopqrstuvwxyz0123456789'), hexid(rng, 10), rng.randint(1, 99), hexid(rng, 8), rfcdate(t_send, 0))]
            I['extra'] = ['X-SG-EID: %s' % alnum(rng, 64, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'),
                          'X-SG-ID: %s' % alnum(rng, 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')]
        elif kind == 'ses':
            host = 'a%d-%d.smtp-out.%s.amazonses.com' % (rng.randint(7, 80), rng.randint(1, 250), rng.choice(['eu-west-1', 'us-west-2', 'us-east-1', 'eu-central-1']))
            I.update(helo=host, rdns=host, ip=ip(rng))
            I['env'] = '0102%s-%s-%s-%s-%s-000000@%s.amazonses.com' % (hexid(rng, 12), hexid(rng, 8), hexid(rng, 4), hexid(rng, 4), hexid(rng, 4), host.split('.')[2])
            I['dkim'] = [(c.bulkdom, alnum(rng, 32, 'abcdefghijklmnopqrstuvwxyz0123456789')), ('amazonses.com', alnum(rng, 32, 'abcdefghijklmnopqrstuvwxyz0123456789'))]
            I['extra'] = ['Feedback-ID: ::1.%s.%s=:AmazonSES' % (host.split('.')[2], alnum(rng, 44))]
        elif kind == 'mailgun':
            host = 'm%d-%d.mailgun.net' % (rng.randint(200, 250), rng.randint(1, 20))
            I.update(helo=host, rdns=host, ip=ip(rng))
            I['env'] = 'bounce+%s.%s-%s=%s@mg.%s' % (hexid(rng, 6), hexid(rng, 6), c.to_email.split('@')[0], c.to_email.split('@')[1], c.bulkdom)
            I['dkim'] = [('mg.' + c.bulkdom, 'k1')]
            I['extra'] = ['X-Mailgun-Sid: %s' % alnum(rng, 60), 'X-Mailgun-Sending-Ip: %s' % I['ip']]
        else:  # mandrill / mailchimp
            host = 'mail%d.suw%02d.mandrillapp.com' % (rng.randint(1, 250), rng.randint(10, 99))
            I.update(helo=host, rdns=host, ip=ip(rng))
            I['env'] = 'bounce-md_%d.%s.v1-%s@mandrillapp.com' % (rng.randint(10 ** 7, 10 ** 8), hexid(rng, 8), hexid(rng, 32))
            I['dkim'] = [(c.bulkdom, 'mte1'), ('mandrillapp.com', 'mandrill')]
            I['extra'] = ['X-Mandrill-User: md_%d' % rng.randint(10 ** 7, 10 ** 8)]
    elif infra == 'vps':
        vname = rng.choice(['vps-%s.contaboserver.example' % hexid(rng, 6), 'srv%d.hostpoint.example' % rng.randint(10, 999),
                            'ip-%d-%d.cloud-vps.test' % (rng.randint(1, 250), rng.randint(1, 250)), 'mail.' + fd])
        I.update(helo='mail.' + fd, rdns=vname, ip=ip(rng))
        I['hops'] = ['Received: from localhost (localhost [127.0.0.1])\r\n\tby mail.%s (Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s' % (
            fd, alnum(rng, 10, 'ABCDEF0123456789'), c.to_email, rfcdate(t_send, c.soff))]
        I['dkim'] = [(fd, rng.choice(['default', 'mail', 'dkim', 's1', 'x']))]
    elif infra == 'spambot':
        I['tls'] = rng.random() < 0.5
        I.update(helo=rng.choice([alnum(rng, 8, 'abcdefghijklmnopqrstuvwxyz'), 'User', 'localhost', '[%s]' % priv(rng), 'WIN-%s' % alnum(rng, 11, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')]),
                 rdns=rng.choice(['unknown', 'host-%s.dynamic.isp.test' % ip(rng).replace('.', '-'), 'dsl-%d.pool.example' % rng.randint(1000, 99999)]), ip=ip(rng))
        I['dkim'] = []
    elif infra == 'list':
        pass
    else:  # self-hosted
        host = c.rec.get('mailhost', 'mail.' + fd)
        I.update(helo=host, rdns=host, ip=ip(rng))
        client = rng.choice(['[%s]' % priv(rng), 'localhost (localhost [127.0.0.1])', '%s (%s [%s])' % (
            rng.choice(['laptop', 'ws-%d' % rng.randint(10, 99), 'DESKTOP-' + alnum(rng, 7, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')]), 'unknown', priv(rng))])
        I['hops'] = ['Received: from %s\r\n\tby %s (Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s' % (
            client, host, alnum(rng, 10, 'ABCDEF0123456789'), c.to_email, rfcdate(t_send, c.soff))]
        I['dkim'] = [(fd, rng.choice(['mail', 'default', '2019', 'dkim', 'smtp']))]
        I['tls'] = rng.random() < 0.85
    return I


def b64sig(rng, n, fold=False):
    s = alnum(rng, n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')
    s = s[:-1] + '='
    if n > 80:
        s = '\r\n\t'.join(s[i:i + 72] for i in range(0, len(s), 72))
    return s


def dkim_sig(c, d, s, rng, hdrs='from:to:subject:date:message-id:mime-version:content-type'):
    b = alnum(rng, 343, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') + '='
    bl = '\r\n\t '.join(b[i:i + 70] for i in range(0, len(b), 70))
    return ('DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s; t=%d;\r\n\th=%s;\r\n\tbh=%s;\r\n\tb=%s' % (
        d, s, int((c.arrival - dt.datetime(1970, 1, 1)).total_seconds()) - 3, hdrs, b64sig(rng, 44), bl))


def auth_results(c, I, res, from_dom):
    dk, sp, dm = res
    rng = c.rng
    env_dom = dom_of(I['env']) if '@' in I['env'] else I['env']
    parts = []
    if dk == 'none' or not I['dkim']:
        parts.append('dkim=none')
        dk = 'none'
    else:
        for i, (d, s) in enumerate(I['dkim']):
            tag = 'header.b="%s"' % alnum(rng, 8) if rng.random() < 0.5 else 'header.b=%s' % alnum(rng, 8)
            if dk == 'pass':
                parts.append('dkim=pass (2048-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 header.s=%s %s' % (d, d, s, tag))
            else:
                if i == 0:
                    parts.append('dkim=fail reason="signature verification failed" (2048-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 header.s=%s %s' % (d, d, s, tag))
                else:
                    parts.append('dkim=pass (2048-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 header.s=%s %s' % (d, d, s, tag))
    ipaddr = I['ip']
    if sp == 'pass':
        parts.append('spf=pass (mx.example.net: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (I['env'], ipaddr, I['env']))
    elif sp == 'softfail':
        parts.append('spf=softfail (mx.example.net: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (I['env'], ipaddr, I['env']))
    elif sp == 'fail':
        parts.append('spf=fail (mx.example.net: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (I['env'], ipaddr, I['env']))
    elif sp == 'neutral':
        parts.append('spf=neutral (mx.example.net: %s is neither permitted nor denied by domain of %s) smtp.mailfrom=%s' % (ipaddr, I['env'], I['env']))
    else:
        parts.append('spf=none (mx.example.net: domain of %s does not provide an SPF record) smtp.mailfrom=%s' % (I['env'], I['env']))
    pol = DMARC_P.get(from_dom) or c.rec.get('dmarcp') or rng.choice(['none', 'quarantine', 'reject', 'none'])
    if dm == 'pass':
        parts.append('dmarc=pass (p=%s dis=none) header.from=%s' % (pol, from_dom))
    elif dm == 'fail':
        if pol == 'none':
            pol = 'quarantine'
        parts.append('dmarc=fail (p=%s dis=%s) header.from=%s' % (pol, pol, from_dom))
    else:
        parts.append('dmarc=none (p=none dis=none) header.from=%s' % from_dom)
    return 'Authentication-Results: mx.example.net;\r\n\t' + ';\r\n\t'.join(parts)


def mx_received(c, I):
    rng = c.rng
    qid = alnum(rng, 10, 'ABCDEF0123456789') if c.arrival.year < 2019 else '4' + alnum(rng, 13, 'BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789')
    frm = '%s (%s [%s])' % (I['helo'], I['rdns'], I['ip'])
    if I['tls']:
        if c.arrival.year >= 2020:
            tls = ('\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n'
                   '\t(No client certificate requested)\r\n')
        else:
            tls = '\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\r\n\t(No client certificate requested)\r\n'
        w = 'ESMTPS'
    else:
        tls = ''
        w = 'ESMTP'
    return 'Received: from %s\r\n%s\tby mx.example.net (Postfix) with %s id %s\r\n\tfor <%s>; %s (UTC)' % (
        frm, tls, w, qid, c.delivered_to, rfcdate(c.arrival, 0))


# ---------------------------------------------------------------- assembly

SUBJ_PREFIX = {
    'CANCEL': {'en': 'Canceled: ', 'de': 'Abgesagt: ', 'fr': 'Annulé : ', 'es': 'Cancelado: ', 'nl': 'Geannuleerd: ', 'it': 'Annullato: ', 'pt': 'Cancelado: ', 'pl': 'Odwołane: ', 'sv': 'Inställt: '},
    'ACCEPTED': {'en': 'Accepted: ', 'de': 'Angenommen: ', 'fr': 'Accepté : ', 'es': 'Aceptado: ', 'nl': 'Geaccepteerd: ', 'it': 'Accettato: ', 'pt': 'Aceito: ', 'pl': 'Zaakceptowane: ', 'sv': 'Accepterat: '},
    'DECLINED': {'en': 'Declined: ', 'de': 'Abgelehnt: ', 'fr': 'Refusé : ', 'es': 'Rechazado: ', 'nl': 'Geweigerd: ', 'it': 'Rifiutato: ', 'pt': 'Recusado: ', 'pl': 'Odrzucone: ', 'sv': 'Avböjt: '},
    'TENTATIVE': {'en': 'Tentative: ', 'de': 'Mit Vorbehalt angenommen: ', 'fr': 'Provisoire : ', 'es': 'Provisional: ', 'nl': 'Voorlopig: ', 'it': 'Provvisorio: ', 'pt': 'Provisório: ', 'pl': 'Wstępnie: ', 'sv': 'Preliminärt: '},
    'COUNTER': {'en': 'New Time Proposed: ', 'de': 'Neuer Zeitvorschlag: ', 'fr': 'Nouvelle heure proposée : ', 'es': 'Nueva hora propuesta: ', 'nl': 'Nieuwe tijd voorgesteld: '},
}
FWD_PREFIX = {'en': 'Fwd: ', 'de': 'WG: ', 'fr': 'TR : ', 'es': 'RV: ', 'it': 'I: ', 'pt': 'Enc: ', 'nl': 'Doorst: ', 'pl': 'PD: ', 'sv': 'VB: ', 'cs': 'Fwd: ', 'ru': 'Fwd: ', 'tr': 'Fwd: ', 'ja': 'Fwd: ', 'zh': '转发：', 'ko': 'Fwd: '}


def cs_param(c, cs):
    st = c.cl['fam']
    if st == 'google':
        return 'charset="%s"' % cs.upper()
    if st == 'outlook':
        return 'charset="%s"' % cs.lower()
    if st == 'apple':
        return 'charset=%s' % cs.lower()
    return 'charset="%s"' % cs


def text_leaf(c, sub_t, text, cte, extra=None, disp=None):
    cs = c.cs
    data = encode_text(text, cs)
    decl = cs
    if c.rec.get('mal') == '8bit_ascii' and sub_t == 'plain':
        data = text.encode('utf-8')
        decl = 'us-ascii'
        cte = '8bit'
    else:
        hi = any(b > 127 for b in data)
        if cte == '7bit' and hi:
            cte = 'quoted-printable'
        if cte == '8bit' and not hi:
            cte = '7bit'
    ct = 'text/%s; %s' % (sub_t, cs_param(c, decl))
    if sub_t == 'plain' and c.cl['fam'] == 'google' and 'b' not in c.rec:
        ct += '; format=flowed; delsp=yes'
    hdrs = list(extra or [])
    if disp:
        hdrs.append(disp)
    return leaf(ct, data, cte, hdrs)


def cal_leaf(c, ctype, cte, name=None, disp=None, method=True):
    data = c.ics.encode(PYCS.get(c.ics_cs, c.ics_cs))
    if c.rec.get('mal') == 'lf':
        cte = 'base64'
    hi = any(b > 127 for b in data)
    if cte == '7bit' and hi:
        cte = 'base64' if c.cl['fam'] == 'google' else '8bit'
    ct = ctype
    if ctype == 'text/calendar':
        ct += '; %s' % cs_param(c, c.ics_cs.upper() if c.cl['fam'] != 'apple' else c.ics_cs)
        if method and c.ctmethod:
            ct += '; method=%s' % c.ctmethod
    if name:
        ct += '; name="%s"' % name
    hdrs = []
    if disp:
        hdrs.append('Content-Disposition: %s%s' % (disp, ('; filename="%s"' % name) if name else ''))
    return leaf(ct, data, cte, hdrs)


def assemble(c):
    cl = c.cl
    lay = c.rec.get('layout', cl['layout'])
    plain, html = c.plain, c.html
    if c.footer:
        plain = plain.rstrip('\n') + '\n' + c.footer
        html = html.replace('</body>', '<pre>%s</pre></body>' % htmlmod.escape(c.footer)) if '</body>' in html else html + htmlmod.escape(c.footer)
    pc = c.rec.get('cte', cl.get('plain_cte', 'quoted-printable'))
    hc = c.rec.get('html_cte', cl.get('html_cte', 'quoted-printable'))
    cc = c.rec.get('cal_cte', cl.get('cal_cte', '7bit'))
    attname = sub(c, c.rec.get('att_name', cl.get('att_name', 'invite.ics'))) if cl.get('att_name', 'x') or c.rec.get('att_name') else None
    attct = c.rec.get('att_ct', cl.get('att_ct', 'application/ics'))
    attdisp = c.rec.get('att_disp', cl.get('att_disp', 'attachment'))
    bk = cl.get('bnd', 'java')
    nom = bool(c.rec.get('nomethod') or cl.get('nomethod'))

    def B():
        return boundary(c, bk)

    def att(default_cte='base64'):
        return cal_leaf(c, attct, c.rec.get('att_cte', default_cte if attct != 'text/calendar' else cc), attname, attdisp,
                        method=not nom)
    if lay == 'G':
        alt = Part('multipart/alternative', parts=[text_leaf(c, 'plain', plain, pc), text_leaf(c, 'html', html, hc),
                                                   cal_leaf(c, 'text/calendar', cc)], boundary=B())
        return Part('multipart/mixed', parts=[alt, cal_leaf(c, 'application/ics', 'base64', 'invite.ics', 'attachment')], boundary=B())
    if lay == 'ALT':
        return Part('multipart/alternative', parts=[text_leaf(c, 'plain', plain, pc), text_leaf(c, 'html', html, hc),
                                                    cal_leaf(c, 'text/calendar', cc, method=not nom)], boundary=B())
    if lay in ('MIXALT', 'ALTATT'):
        alt = Part('multipart/alternative', parts=[text_leaf(c, 'plain', plain, pc), text_leaf(c, 'html', html, hc)], boundary=B())
        return Part('multipart/mixed', parts=[alt, att()], boundary=B())
    if lay == 'TB':
        alt = Part('multipart/alternative', parts=[text_leaf(c, 'plain', plain, pc), cal_leaf(c, 'text/calendar', cc)], boundary=B())
        return Part('multipart/mixed', parts=[alt, cal_leaf(c, 'application/ics', 'base64', 'invite.ics', 'attachment')], boundary=B())
    if lay == 'PLAINCAL':
        return Part('multipart/mixed', parts=[text_leaf(c, 'plain', plain, pc), att()], boundary=B())
    if lay == 'BARE':
        return cal_leaf(c, c.rec.get('bare_ct', 'text/calendar'), cc, method=not nom)
    if lay == 'HTMLATT':
        return Part('multipart/mixed', parts=[text_leaf(c, 'html', html, hc), att()], boundary=B())
    if lay == 'ATTONLY':
        return Part('multipart/mixed', parts=[att()], boundary=B())
    if lay == 'PLAINATT':
        return Part('multipart/mixed', parts=[text_leaf(c, 'plain', plain, pc), att()], boundary=B())
    if lay == 'ALTCAL_ATT':  # alternative incl. calendar plus an attachment copy
        alt = Part('multipart/alternative', parts=[text_leaf(c, 'plain', plain, pc), text_leaf(c, 'html', html, hc),
                                                   cal_leaf(c, 'text/calendar', cc)], boundary=B())
        return Part('multipart/mixed', parts=[alt, att()], boundary=B())
    if lay == 'RELATED':  # html with inline image + calendar
        img = leaf('image/png; name="logo.png"', bytes(range(0, 256))[:180], 'base64',
                   ['Content-ID: <logo_%s>' % hexid(c.rng, 8), 'Content-Disposition: inline; filename="logo.png"'])
        rel = Part('multipart/related', parts=[text_leaf(c, 'html', html, hc), img], boundary=B())
        alt = Part('multipart/alternative', parts=[text_leaf(c, 'plain', plain, pc), rel], boundary=B())
        return Part('multipart/mixed', parts=[alt, att()], boundary=B())
    raise ValueError(lay)


def orig_headers(c):
    r = c.rec
    cl = c.cl
    H = []
    hm = r.get('hmode', 'Q' if c.hcs.lower().startswith('iso-8859') or c.hcs.lower().startswith('windows') else 'B')
    frm = addr(c.from_name, c.from_email, c.hcs, hm)
    to = addr(c.to_disp, c.to_email, c.hcs, hm) if c.to_disp else c.to_email
    if r.get('to_hdr'):
        to = r['to_hdr']
    subj = hdr_text(c.subject, c.hcs, hm)
    date = rfcdate(c.arrival - dt.timedelta(seconds=c.rng.randint(3, 40)), c.soff)
    mid = msgid(c, r.get('mid', cl.get('mid', 'hex')), c.from_dom)
    cli = r['cl']
    extra = [sub(c, h) for h in r.get('hdr', [])]
    cc = r.get('cc')
    if cli == 'google':
        H = ['MIME-Version: 1.0', 'Date: ' + date]
        if c.from_email != 'calendar-notification@google.com':
            H.append(fold_header('Reply-To', addr(c.from_name, c.from_email, c.hcs, hm)))
        H += ['Sender: Google Calendar <calendar-notification@google.com>', 'Auto-Submitted: auto-generated',
              'Message-ID: ' + mid, fold_header('Subject', subj), fold_header('From', frm), fold_header('To', to)]
    elif c.fam == 'outlook' and cli in ('m365', 'olcom'):
        ti = base64.b64encode(bytes(c.rng.getrandbits(8) for _ in range(22))).decode()
        H = [fold_header('From', frm), fold_header('To', to)]
        if cc:
            H.append(fold_header('Cc', cc))
        H += [fold_header('Subject', subj), fold_header('Thread-Topic', hdr_text(c.summ, c.hcs, hm)),
              'Thread-Index: ' + ti, 'Date: ' + date, 'Message-ID: ' + mid,
              'Accept-Language: ' + LANG_CONTENT.get(c.lang, 'en-US') + (', en-US' if c.lang != 'en' else ''),
              'Content-Language: ' + LANG_CONTENT.get(c.lang, 'en-US'), 'X-MS-Has-Attach:', 'X-MS-TNEF-Correlator:',
              'x-ms-publictraffictype: Email',
              'x-ms-exchange-calendar-series-instance-id: BAAAAIIA4AB0xbcQGoLgCAAAAAA' + alnum(c.rng, 30, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') + '==',
              'x-ms-traffictypediagnostic: %s:EE_|%s:EE_MeetingMessage' % (c.exhost.split('.')[0], c.exhost.split('.')[0][:4] + 'PR0' + str(c.rng.randint(1, 9)) + 'MB' + str(c.rng.randint(1000, 9999)))]
        H += extra
        extra = []
        H += ['MIME-Version: 1.0', 'X-OriginatorOrg: ' + c.from_dom,
              'X-MS-Exchange-CrossTenant-AuthAs: Internal',
              'X-MS-Exchange-CrossTenant-id: ' + ruuid(c.rng),
              'X-MS-Exchange-Transport-CrossTenantHeadersStamped: ' + c.exhost.split('.')[0]]
    else:
        H = []
        if cli in ('tb', 'fastmail'):
            H += ['Message-ID: ' + mid, 'Date: ' + date, 'MIME-Version: 1.0', 'User-Agent: ' + cl['ua']]
            H += ['Content-Language: ' + LANG_CONTENT.get(c.lang, 'en-US').split('-')[0] + ('-' + LANG_CONTENT.get(c.lang, 'en-US').split('-')[1] if c.lang in ('en', 'pt') else '')]
            H += [fold_header('To', to), fold_header('From', frm), fold_header('Subject', subj)]
        else:
            H += [fold_header('From', frm), fold_header('To', to)]
            if cc:
                H.append(fold_header('Cc', cc))
            H += [fold_header('Subject', subj), 'Date: ' + date, 'Message-ID: ' + mid]
            if cl.get('xmailer') and not r.get('noxm'):
                H.append('X-Mailer: ' + r.get('xmailer', cl['xmailer']))
            elif r.get('xmailer'):
                H.append('X-Mailer: ' + r['xmailer'])
            if cli in ('olk', 'olkbare'):
                H.append('Thread-Index: ' + base64.b64encode(bytes(c.rng.getrandbits(8) for _ in range(22))).decode())
                H.append('Content-Language: ' + LANG_CONTENT.get(c.lang, 'en-US').lower())
            H.append('MIME-Version: 1.0')
        if c.reply_to:
            H.append(fold_header('Reply-To', c.reply_to))
        if cli in ('bulk', 'zoom', 'calendly', 'eventbrite') and not r.get('nolist'):
            H.append('List-Unsubscribe: <https://%s/unsubscribe/%s>, <mailto:unsubscribe@%s?subject=unsubscribe>' % (
                c.bulkdom if 'bulkdom' in c.__dict__ else c.from_dom, alnum(c.rng, 24), c.from_dom))
            H.append('List-Unsubscribe-Post: List-Unsubscribe=One-Click')
    H += extra
    return H


def setup(c, rec, label, cat, idx):
    rng = c.rng
    lang = c.lang
    era = rec.get('era', (2016, 2026))
    a = dt.datetime(era[0], rec.get('m0', 1), 1)
    b = min(dt.datetime(era[1], 12, 31, 23, 0), dt.datetime(2026, 10, 28, 22, 0))
    c.arrival = a + dt.timedelta(seconds=rng.randint(0, int((b - a).total_seconds())))
    to = rec.get('to')
    if isinstance(to, str) and '@' in to:
        c.to_email = to
        c.to_first = rec.get('toname', to.split('@')[0].split('.')[0].capitalize())
        c.to_last = ''
    else:
        if isinstance(to, tuple):
            fn, ln = to
        else:
            pool = RCPT.get(lang) if (lang in RCPT and rng.random() < 0.75) else RCPT['en']
            fn, ln = rng.choice(pool)
        c.to_first, c.to_last = fn, ln
        dom = 'example.net' if to != 'other' else rng.choice(OTHER_DOMAINS)
        c.to_email = '%s.%s@%s' % (asciify(fn), asciify(ln), dom)
    c.to_name = (c.to_first + ' ' + c.to_last).strip()
    nat = NATIVE.get((c.to_first, c.to_last))
    if nat and (c.to_first, c.to_last) in RCPT.get(lang, []):
        c.to_first, c.to_last, c.to_name = nat
    c.to_disp = rec.get('to_disp', c.to_name if rng.random() < 0.7 else '')
    c.delivered_to = rec.get('delivered_to', c.to_email)
    c.stz = rec.get('tz') or rng.choice(LANG_TZ[lang])
    c.soff = TZ.offset_at(c.stz, c.arrival)
    c.etz = rec.get('etz', c.stz)
    loc_arr = TZ.utc_to_local(c.etz, c.arrival)
    days = rec.get('days', (1, 20))
    dd = days if isinstance(days, int) else rng.randint(days[0], days[1])
    hr = rec.get('hour')
    if hr is None:
        h, m = rng.choice([8, 9, 9, 10, 10, 11, 13, 14, 14, 15, 16, 17]), rng.choice([0, 0, 0, 30, 30, 15])
    elif isinstance(hr, tuple):
        h, m = hr
    else:
        h, m = hr, 0
    c.st_l = dt.datetime.combine(loc_arr.date() + dt.timedelta(days=dd), dt.time(h, m))
    dur = rec.get('dur') or rng.choice([30, 30, 45, 60, 60, 60, 90])
    c.en_l = c.st_l + dt.timedelta(minutes=dur)
    c.st_u = TZ.local_to_utc(c.etz, c.st_l)
    c.en_u = TZ.local_to_utc(c.etz, c.en_l)
    c.stamp = c.arrival - dt.timedelta(seconds=rng.randint(20, 400))
    c.created = c.stamp - dt.timedelta(seconds=rng.randint(60, 3 * 86400) if rec.get('seq') else rng.randint(5, 90))
    us = c.etz.startswith('America/') and lang == 'en'
    c.ph = dict(fn=c.to_first, ln=c.to_last, name=c.to_name, to=c.to_email,
                date=fmt_date(lang, c.st_l, us), time=fmt_time(lang, c.st_l, us), time2=fmt_time(lang, c.en_l, us),
                ref=str(rng.randint(10 ** 7, 10 ** 8 - 1)), code=alnum(rng, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'),
                y=str(c.arrival.year), wd=EN_DAY[c.st_l.weekday()], mon=EN_MON[c.st_l.month - 1],
                d2=fmt_date(lang, c.st_l + dt.timedelta(days=7), us), pin=str(rng.randint(1000, 9999)))
    fn_, fe = rec['frm']
    if fe == '{to}':
        fe = c.to_email
    c.from_name, c.from_email = sub(c, fn_), fe
    c.from_dom = dom_of(fe)
    c.ph['org'] = c.from_name or fe
    c.ph['orgmail'] = fe


def render_core(rec, label, cat, idx, rng):
    c = Ctx()
    c.rng = rng
    c.rec = rec
    c.lang = rec['lang']
    c.cl = dict(CLIENTS[rec['cl']])
    c.cl.update(rec.get('clx', {}))
    c.fam = rec.get('fam', c.cl['fam'])
    c.cl['fam'] = c.fam
    setup(c, rec, label, cat, idx)
    c.method = rec.get('method', c.cl.get('method', 'REQUEST'))
    c.ctmethod = rec.get('ctmethod', c.method)
    c.bulkdom = rec.get('bulkdom', c.from_dom)
    c.nchost = rec.get('nchost', 'cloud.' + c.from_dom)
    org = rec.get('org')
    if org is None:
        if c.method in ('REPLY', 'COUNTER'):
            org = (c.to_name, c.to_email)
        else:
            org = (c.from_name, c.from_email)
    c.org = (sub(c, org[0]), org[1]) if org else None
    c.ph['org'] = c.org[0] if c.org and c.org[0] else c.ph['org']
    att = rec.get('att')
    A = []
    if c.method in ('REPLY', 'COUNTER') and att is None:
        A = [(c.from_name, c.from_email, rec.get('partstat', 'ACCEPTED'), 'REQ-PARTICIPANT')]
    elif att is None:
        if c.fam == 'google' and c.org and rng.random() < 0.7:
            A.append((c.org[0] or c.org[1], c.org[1], 'ACCEPTED', 'REQ-PARTICIPANT'))
        A.append((c.to_name, c.to_email, 'NEEDS-ACTION', 'REQ-PARTICIPANT'))
    elif isinstance(att, int):
        doms = ['example.net'] * 4 + ['gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'icloud.com', 'aol.com',
                                      'gmx.de', 'mail.ru', 'web.de', 'comcast.net', 'orange.fr', 'libero.it']
        A.append((c.to_name if rng.random() < 0.5 else '', c.to_email, 'NEEDS-ACTION', 'REQ-PARTICIPANT'))
        seen = {c.to_email}
        while len(A) < att:
            fn, ln = rng.choice(sum(RCPT.values(), []))
            d = rng.choice(doms)
            sep = rng.choice(['.', '', '_', '.'])
            em = '%s%s%s%s@%s' % (asciify(fn), sep, asciify(ln), '' if d == 'example.net' else str(rng.randint(1, 99)) if rng.random() < 0.5 else '', d)
            if em in seen:
                continue
            seen.add(em)
            A.append(('', em, 'NEEDS-ACTION', 'REQ-PARTICIPANT'))
        rng.shuffle(A)
    else:
        for a in att:
            if a == 'TO':
                A.append((c.to_name, c.to_email, 'NEEDS-ACTION', 'REQ-PARTICIPANT'))
            else:
                A.append((sub(c, a[0]), a[1], a[2] if len(a) > 2 else 'NEEDS-ACTION', a[3] if len(a) > 3 else 'REQ-PARTICIPANT'))
    c.attendees = A
    c.summ = sub(c, rec['s'])
    c.desc = sub(c, rec.get('d'))
    c.loc = sub(c, rec.get('loc'))
    c.meet = None
    if rec.get('meet'):
        c.meet = 'https://meet.google.com/%s-%s-%s' % (alnum(rng, 3, 'abcdefghijklmnopqrstuvwxyz'), alnum(rng, 4, 'abcdefghijklmnopqrstuvwxyz'), alnum(rng, 3, 'abcdefghijklmnopqrstuvwxyz'))
        line = '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-'
        c.desc = (c.desc + '\n\n' if c.desc else '') + '%s\n%s: %s\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\nPlease do not edit this section.\n%s' % (
            line, GOOGLE_L10N.get(c.lang, GOOGLE_L10N['en'])[6], c.meet, line)
    c.teams = bool(rec.get('teams')) and c.fam == 'outlook'
    if c.teams:
        c.desc = (c.desc + '\n\n' if c.desc else '') + teams_block(c)
        if c.loc is None:
            c.loc = 'Microsoft Teams Meeting' if c.lang not in ('de',) else 'Microsoft Teams-Besprechung'
    c.eid = alnum(rng, 60, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
    c.uid = mkuid(c)
    c.ev = 'MAIN'
    c.alarms = make_alarms(c)
    ad = rec.get('altdesc')
    c.altdesc = None
    c.cs = rec.get('cs', 'utf-8')
    c.hcs = rec.get('hcs', c.cs if c.cs not in ('us-ascii',) else 'utf-8')
    c.ics_cs = rec.get('ics_cs', 'utf-8')
    if ad is True:
        c.altdesc = to_html(c, c.desc or '', 'outlook')
    elif ad:
        c.altdesc = sub(c, ad)
    # subject
    if 'subj' in rec:
        c.subject = sub(c, rec['subj'])
    elif c.fam == 'google' and rec['cl'] == 'google' and c.method == 'REPLY':
        ps = rec.get('partstat', 'ACCEPTED')
        pre = {'es': {'ACCEPTED': 'Aceptada', 'TENTATIVE': 'Quizás', 'DECLINED': 'Rechazada'},
               'de': {'ACCEPTED': 'Angenommen', 'TENTATIVE': 'Vielleicht', 'DECLINED': 'Abgelehnt'}}.get(
            c.lang, {'ACCEPTED': 'Accepted', 'TENTATIVE': 'Tentatively Accepted', 'DECLINED': 'Declined'})[ps]
        c.subject = '%s: %s @ %s (%s)' % (pre, c.summ, when_str(c), c.org[1])
    elif c.fam == 'google' and rec['cl'] == 'google':
        g = GOOGLE_L10N.get(c.lang, GOOGLE_L10N['en'])
        pre = g[2] if c.method == 'CANCEL' else (g[1] if rec.get('seq') else g[0])
        c.subject = '%s: %s @ %s (%s)' % (pre, c.summ, when_str(c), c.to_email)
    elif c.method == 'CANCEL':
        c.subject = SUBJ_PREFIX['CANCEL'].get(c.lang, 'Canceled: ') + c.summ
    elif c.method == 'REPLY':
        ps = rec.get('partstat', 'ACCEPTED')
        c.subject = SUBJ_PREFIX[ps].get(c.lang, SUBJ_PREFIX[ps]['en']) + c.summ
    elif c.method == 'COUNTER':
        c.subject = SUBJ_PREFIX['COUNTER'].get(c.lang, SUBJ_PREFIX['COUNTER']['en']) + c.summ
    else:
        c.subject = c.summ
    c.reply_to = None
    if rec.get('reply_to'):
        c.reply_to = addr(sub(c, rec['reply_to'][0]), rec['reply_to'][1], c.hcs)
    if rec['cl'] == 'nc':
        c.reply_to = addr(c.from_name, c.from_email, c.hcs)
        c.from_name = '%s via %s' % (c.from_name, rec.get('ncname', 'Nextcloud'))
        c.from_email = 'invitations-noreply@' + c.nchost
        c.from_dom = c.nchost
    c.ics = ics_text(c)
    c.plain = plain_body(c)
    if 'html' in rec:
        c.html = sub(c, rec['html'])
    else:
        c.html = to_html(c, c.plain, c.cl.get('html', 'plain'))
    c.footer = None
    return c


def default_infra(c, cli, email):
    d = dom_of(email)
    if c.rec.get('infra'):
        return c.rec['infra']
    if cli == 'google':
        return 'google'
    if d in FREEMAIL:
        return FREEMAIL[d]
    if d in FREEMAIL_OTHER:
        return 'freemail'
    return c.cl.get('infra', 'self')


def trace(c, env_email, from_email, infra, authspec, hops_prefix=None):
    rng = c.rng
    I = infra_info(c, infra, from_email, rng)
    if c.rec.get('env'):
        I['env'] = sub(c, c.rec['env'])
    if c.rec.get('dkimd'):
        I['dkim'] = [(c.rec['dkimd'], c.rec.get('dkims', 'default'))] + I['dkim'][1:]
    res = AUTH[authspec] if isinstance(authspec, str) else authspec
    if res[0] == 'none':
        I['dkim'] = []
    ar = auth_results(c, I, res, dom_of(from_email))
    H = ['Return-Path: <%s>' % I['env'], 'Delivered-To: ' + c.delivered_to, ar, mx_received(c, I)]
    if hops_prefix:
        H += hops_prefix
    H += I['hops']
    for (d, s) in I['dkim']:
        H.append(dkim_sig(c, d, s, rng))
    H += I['extra']
    return H, I


def default_auth(infra):
    return {'self': 'self', 'spambot': 'softfail'}.get(infra, 'pass')


def outlook_sent(t):
    h = t.hour % 12 or 12
    return '%s, %s %d, %d %d:%02d %s' % (EN_DAY[t.weekday()], EN_MON[t.month - 1], t.day, t.year, h, t.minute,
                                          'AM' if t.hour < 12 else 'PM')


def render(rec, label, cat, idx):
    rng = random.Random('train7/%s/%s/%d' % (label, cat, idx))
    c = render_core(rec, label, cat, idx, rng)
    wrap = rec.get('wrap')
    if wrap == 'list':
        L = rec['list']  # (list name, list address, list host)
        c.footer = '_______________________________________________\n%s mailing list -- %s\nTo unsubscribe send an email to %s\n' % (
            L[0], L[1], L[1].replace('@', '-leave@'))
    root = assemble(c)
    for (ct, fname, data, cte) in rec.get('extra_parts', []):
        fname = sub(c, fname)
        p = leaf('%s; name="%s"' % (ct, fname), data, cte, ['Content-Disposition: attachment; filename="%s"' % fname])
        if root.parts is None or root.ctype != 'multipart/mixed':
            root = Part('multipart/mixed', parts=[root], boundary=boundary(c, c.cl.get('bnd', 'java')))
        root.parts.append(p)
    H = orig_headers(c)
    cli = rec['cl']
    if wrap in (None, 'list'):
        infra = default_infra(c, cli, c.from_email)
        if wrap == 'list':
            L = rec['list']
            lhost = dom_of(L[1])
            I0 = infra_info(c, infra, c.from_email, rng)
            t = c.arrival - dt.timedelta(seconds=rng.randint(5, 60))
            hops = ['Received: from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s;\r\n\t%s' % (
                lhost, lhost, alnum(rng, 10, 'ABCDEF0123456789'), rfcdate(t, 0)),
                'Received: from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s' % (
                    I0['helo'], I0['rdns'], I0['ip'], lhost, alnum(rng, 10, 'ABCDEF0123456789'), L[1], rfcdate(t - dt.timedelta(seconds=2), 0))]
            hops += I0['hops']
            for (d, s) in I0['dkim']:
                hops.append(dkim_sig(c, d, s, rng))
            I = dict(tls=True, extra=[], hops=hops, dkim=[(I0['dkim'][0] if I0['dkim'] else (c.from_dom, 'mail'))],
                     env='%s-bounces@%s' % (L[1].split('@')[0], lhost), helo=lhost, rdns=lhost, ip=ip(rng))
            res = AUTH[rec.get('auth', 'list')]
            if res[0] == 'none' or not I0['dkim']:
                I['dkim'] = []
            ar = auth_results(c, I, res, c.from_dom)
            T = ['Return-Path: <%s>' % I['env'], 'Delivered-To: ' + c.delivered_to, ar, mx_received(c, I)] + hops
            lid = L[1].replace('@', '.')
            H += ['List-Id: %s <%s>' % (L[0], lid), 'List-Archive: <https://%s/hyperkitty/list/%s/>' % (lhost, L[1]),
                  'List-Help: <mailto:%s?subject=help>' % L[1].replace('@', '-request@'),
                  'List-Owner: <mailto:%s>' % L[1].replace('@', '-owner@'), 'List-Post: <mailto:%s>' % L[1],
                  'List-Subscribe: <mailto:%s>' % L[1].replace('@', '-join@'),
                  'List-Unsubscribe: <mailto:%s>' % L[1].replace('@', '-leave@'), 'Precedence: list',
                  'X-BeenThere: ' + L[1], 'Message-ID-Hash: ' + alnum(rng, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'),
                  'X-Mailman-Version: 3.3.9']
        else:
            T, I = trace(c, c.from_email, c.from_email, infra, rec.get('auth', default_auth(infra)))
        return serialize(T + H, root)
    # forwards: the invitation is wrapped by a forwarder
    fname, femail = rec['fwd']
    fname = sub(c, fname)
    inner = serialize(H, root).decode('latin-1')
    pre = FWD_PREFIX.get(c.lang, 'Fwd: ')
    note = sub(c, rec.get('fwd_note', ''))
    fcl = rec.get('fwd_cl', 'gmailatt')
    c2 = c
    if wrap == 'fwd':
        subject = pre + c.subject
        txt = note + '\n'
        parts = [text_leaf(c, 'plain', txt, 'quoted-printable' if not is_ascii(txt) else '7bit'),
                 Part('message/rfc822', inner if inner.endswith(CRLF) else inner + CRLF, None,
                      ['Content-Disposition: attachment; filename="%s.eml"' % re.sub(r'[^A-Za-z0-9 _-]', '', c.summ)[:40].strip() or 'invitation'])]
        root2 = Part('multipart/mixed', parts=parts, boundary=boundary(c, 'google' if fcl == 'gmailatt' else 'outlook'))
    else:  # olfw: Outlook "FW:" with the original text quoted and an .ics attachment
        subject = 'FW: ' + c.subject
        quoted = '%s\n\n________________________________\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\n\n%s' % (
            note, c.from_name, c.from_email, outlook_sent(c.arrival - dt.timedelta(days=rng.randint(0, 3), hours=rng.randint(1, 9)) + dt.timedelta(minutes=c.soff)),
            c.to_name, c.subject, c.desc or '')
        parts = [text_leaf(c, 'plain', quoted + '\n', 'quoted-printable'),
                 cal_leaf(c, rec.get('fw_att_ct', 'text/calendar'), 'base64', rec.get('fw_att_name', 'meeting.ics'), 'attachment')]
        root2 = Part('multipart/mixed', parts=parts, boundary=boundary(c, 'outlook'))
    hm = 'B'
    d2 = rfcdate(c.arrival - dt.timedelta(seconds=rng.randint(3, 30)), c.soff)
    fdom = dom_of(femail)
    H2 = [fold_header('From', addr(fname, femail, c.hcs, hm)), fold_header('To', addr(c.to_disp, c.to_email, c.hcs, hm) if c.to_disp else c.to_email),
          fold_header('Subject', hdr_text(subject, c.hcs, hm)), 'Date: ' + d2,
          'Message-ID: ' + msgid(c, 'gmail' if fdom == 'gmail.com' else ('outlook' if wrap == 'olfw' and rec.get('fwd_infra') in ('m365', 'outlookcom') else 'hex'), fdom),
          'MIME-Version: 1.0']
    if wrap == 'olfw':
        H2.insert(3, fold_header('Thread-Topic', hdr_text(c.subject, c.hcs, hm)))
        H2.append('X-Mailer: Microsoft Outlook 16.0' if rec.get('fwd_infra') not in ('m365', 'outlookcom') else 'Content-Language: ' + LANG_CONTENT.get(c.lang, 'en-US'))
    finfra = rec.get('fwd_infra') or (FREEMAIL.get(fdom) or ('freemail' if fdom in FREEMAIL_OTHER else 'self'))
    c.cl = dict(c.cl)
    T, I = trace(c, femail, femail, finfra, rec.get('auth', default_auth(finfra)))
    return serialize(T + H2, root2)
