"""Real legitimate iMIP mails from the shared corpus, listed in labels.tsv by path relative to the repository root.

Each file was opened and looked at.  Left out on purpose (see corpus/dev/README.md):
  imip/calmailproc/test-0.eml            no calendar at all (not an iMIP message)
  imip/calmailproc/test-18-*.eml         synthetic messages (PRODID "Synthetic Test")
  imip/ccs-calendarserver/reply_missing_attachment.eml   reply whose calendar part was removed
  imip/libical/**                        RFC 2446-era examples and mboxes, not output of a real client
  imip/rspamd/alt-html-calendar.eml      hand-written rspamd unit-test message
  imip/mimekit-tnef/*.tnef               raw TNEF, not an RFC 5322 message
  imip/stalwart-itip-scenarios/*.txt     iTIP scenario scripts, not e-mails
"""

S = "../shared/corpus/imip/"

REAL_HAM = [
    (S + "calmailproc/test-01-1.eml", "meeting-outlook-teams", "real Exchange 2010 on-prem REQUEST (German university, Exim/IronPort hops)"),
    (S + "calmailproc/test-01-2.eml", "meeting-outlook-teams", "real Exchange CANCEL 'Abgesagt:' with increased SEQUENCE"),
    (S + "calmailproc/test-02-1.eml", "meeting-outlook-teams", "real Exchange REQUEST"),
    (S + "calmailproc/test-02-2.eml", "meeting-outlook-teams", "real Exchange update moving the event (SEQUENCE>0)"),
    (S + "calmailproc/test-03-1.eml", "recurring-series", "real Exchange weekly series REQUEST"),
    (S + "calmailproc/test-03-2.eml", "recurring-series", "real Exchange CANCEL of one occurrence (RECURRENCE-ID)"),
    (S + "calmailproc/test-03-3.eml", "recurring-series", "real Exchange update of one occurrence (RECURRENCE-ID)"),
    (S + "calmailproc/test-04-1.eml", "meeting-apple-thunderbird", "real Horde webmail REQUEST (text/calendar + application/ics, inline PNG)"),
    (S + "calmailproc/test-04-2.eml", "meeting-apple-thunderbird", "real Horde webmail REQUEST, same event to a second recipient"),
    (S + "calmailproc/test-05-1.eml", "meeting-apple-thunderbird", "real Thunderbird REQUEST 'Einladung:' (8bit calendar, long VTIMEZONE history)"),
    (S + "calmailproc/test-05-2.eml", "meeting-outlook-teams", "real Exchange REPLY 'Akzeptiert:'"),
    (S + "calmailproc/test-06-1.eml", "meeting-apple-thunderbird", "real Thunderbird REQUEST"),
    (S + "calmailproc/test-06-2.eml", "meeting-outlook-teams", "real Exchange REPLY 'Abgelehnt:' with a comment"),
    (S + "calmailproc/test-07-1.eml", "meeting-outlook-teams", "real Exchange REQUEST, first of five sequential updates"),
    (S + "calmailproc/test-07-2.eml", "meeting-outlook-teams", "real Exchange update (SEQUENCE 1)"),
    (S + "calmailproc/test-07-3.eml", "meeting-outlook-teams", "real Exchange update (SEQUENCE 2)"),
    (S + "calmailproc/test-07-4.eml", "meeting-outlook-teams", "real Exchange update (SEQUENCE 3)"),
    (S + "calmailproc/test-07-5.eml", "meeting-outlook-teams", "real Exchange update (SEQUENCE 4)"),
    (S + "calmailproc/test-08.eml", "meeting-apple-thunderbird", "real Horde REQUEST sent as application/ics only"),
    (S + "calmailproc/test-09.eml", "forwarded", "real forward from Samsung Email with text/x-vCalendar attachments (From ≠ ORGANIZER)"),
    (S + "calmailproc/test-10.eml", "meeting-zoom-webex", "real Outlook 16 invitation as a bare text/calendar body with a Zoom URL in LOCATION"),
    (S + "calmailproc/test-11-1.eml", "meeting-outlook-teams", "real Exchange Online CANCEL that did not increase SEQUENCE"),
    (S + "calmailproc/test-11-2.eml", "meeting-outlook-teams", "real Exchange Online REQUEST with SEQUENCE 0 after the cancel"),
    (S + "calmailproc/test-12.eml", "booking-travel", "real Sixt car-rental reservation (PUBLISH with VFREEBUSY + VEVENT, LF line ends, alarm)"),
    (S + "calmailproc/test-13.eml", "booking-travel", "real tito.io conference ticket via Amazon SES (icalendar-ruby, odd DATE values)"),
    (S + "calmailproc/test-14.eml", "booking-travel", "real Trenitalia ticket (.ics as octet-stream, invalid ORGANIZER line)"),
    (S + "calmailproc/test-15.eml", "booking-travel", "real Deutsche Bahn booking (.ics as text/plain, QP-encoded)"),
    (S + "calmailproc/test-16-1.eml", "booking-travel", "real Deutsche Bahn booking (.ics as octet-stream, ISO-8601 dashes in DTSTART)"),
    (S + "calmailproc/test-17-0.eml", "recurring-series", "real Exchange recurring series, parent event"),
    (S + "calmailproc/test-17-1.eml", "recurring-series", "real Exchange recurring series, instance update"),
    (S + "calmailproc/test-17-2.eml", "recurring-series", "real Exchange recurring series, instance update"),
    (S + "calmailproc/test-17-3.eml", "recurring-series", "real Exchange recurring series, instance update"),
    (S + "calmailproc/test-17-4.eml", "recurring-series", "real Exchange recurring series, instance cancel"),
    (S + "calmailproc/test-17-5.eml", "recurring-series", "real Exchange recurring series, instance cancel"),
    (S + "calmailproc/test-17-6.eml", "recurring-series", "real Exchange recurring series, parent update with higher SEQUENCE"),
    (S + "calmailproc/test-17-7.eml", "recurring-series", "real Exchange recurring series, later update"),
    (S + "ccs-calendarserver/dsn_failure_no_ics.eml", "delivery-status", "real DSN bounce of an iMIP message, original without the .ics (no calendar part: DOCUMENTED EXCEPTION)"),
    (S + "ccs-calendarserver/dsn_failure_no_original.eml", "delivery-status", "real DSN bounce without the original message (no calendar part: DOCUMENTED EXCEPTION)"),
    (S + "ccs-calendarserver/dsn_failure_with_ics.eml", "delivery-status", "real DSN bounce carrying the original iMIP REQUEST as message/rfc822"),
    (S + "ccs-calendarserver/good_reply.eml", "meeting-apple-thunderbird", "real iCal (Apple) REPLY 'Event accepted:'"),
    (S + "ccs-calendarserver/good_reply_future.eml", "meeting-apple-thunderbird", "real iCal (Apple) REPLY for a future event"),
    (S + "ccs-calendarserver/reply_missing_attendee.eml", "meeting-apple-thunderbird", "Apple REPLY with the ATTENDEE property removed (malformed but not spam)"),
    (S + "ccs-calendarserver/reply_missing_organizer.eml", "meeting-apple-thunderbird", "Apple REPLY with the ORGANIZER property removed (malformed but not spam)"),
    (S + "nextcloud-mail/request_google.eml", "meeting-google", "Google Calendar REQUEST (Nextcloud Mail fixture)"),
    (S + "nextcloud-mail/request_outlook_com.eml", "meeting-outlook-teams", "Outlook.com REQUEST, W. Europe Standard Time, base64"),
    (S + "nylas-sync-engine/raw_message_with_ical_invite.eml", "meeting-apple-thunderbird", "real iCloud invitation (French) with full Received/DKIM, @imip.me.com organizer"),
    (S + "rspamd/ics.eml", "meeting-apple-thunderbird", "macOS Calendar PUBLISH whose SUMMARY is a URL (rspamd URL-extraction test, benign)"),
    (S + "thunderbird/cancel-repeat-event.eml", "recurring-series", "Thunderbird test data: CANCEL of a daily series"),
    (S + "thunderbird/cancel-single-event.eml", "meeting-apple-thunderbird", "Thunderbird test data: CANCEL"),
    (S + "thunderbird/event-with-file-attachment.eml", "meeting-apple-thunderbird", "Thunderbird test data: REQUEST with ATTACH"),
    (S + "thunderbird/exception-major.eml", "recurring-series", "Thunderbird test data: major change to one occurrence"),
    (S + "thunderbird/exception-minor.eml", "recurring-series", "Thunderbird test data: minor change to one occurrence"),
    (S + "thunderbird/extensions-invite.eml", "meeting-apple-thunderbird", "Thunderbird test data: invitation inside multipart/related"),
    (S + "thunderbird/meet-meeting-invite.eml", "meeting-google", "real Google Calendar invitation with Meet (Swedish UI)"),
    (S + "thunderbird/message-containing-event.eml", "service-notifications", "shop booking confirmation with a PUBLISH .ics"),
    (S + "thunderbird/message-non-invite.eml", "personal", "PUBLISH party event that is explicitly not an invitation"),
    (S + "thunderbird/outlook-test-invite.eml", "meeting-outlook-teams", "real Outlook/Exchange invitation (Finnish)"),
    (S + "thunderbird/repeat-event.eml", "recurring-series", "Thunderbird test data: daily series REQUEST"),
    (S + "thunderbird/repeat-update-major.eml", "recurring-series", "Thunderbird test data: major series update"),
    (S + "thunderbird/repeat-update-minor.eml", "recurring-series", "Thunderbird test data: minor series update"),
    (S + "thunderbird/single-event.eml", "meeting-apple-thunderbird", "Thunderbird test data: REQUEST (binary CTE, QP calendar)"),
    (S + "thunderbird/teams-meeting-invite.eml", "meeting-outlook-teams", "real Microsoft Teams invitation from Outlook (iso-8859-1 QP, Finnish)"),
    (S + "thunderbird/update-major.eml", "meeting-apple-thunderbird", "Thunderbird test data: major update"),
    (S + "thunderbird/update-minor.eml", "meeting-apple-thunderbird", "Thunderbird test data: minor update"),
    (S + "tmail-backend/emailWithAliceCancelEventIcsAttachment.eml", "meeting-apple-thunderbird", "OBM/LINAGORA CANCEL with text/calendar + application/ics"),
    (S + "tmail-backend/emailWithAliceInviteBobIcsAttachment.eml", "meeting-apple-thunderbird", "OBM/LINAGORA REQUEST with text/calendar + application/ics"),
    (S + "tmail-backend/emailWithAndreInviteBobIcsAttachment.eml", "forwarded", "OBM REQUEST sent by Andre while the ORGANIZER is Alice (From ≠ ORGANIZER)"),
]
