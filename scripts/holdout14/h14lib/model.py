"""Plain data objects describing one message before it is rendered by a client."""
import datetime as dt


class Event:
    def __init__(self, **kw):
        self.component = "VEVENT"
        self.uid = None
        self.summary = ""
        self.description = ""
        self.location = ""
        self.url = None
        self.attach = []          # (uri, fmttype, filename)
        self.conference = []      # (uri, label, feature)
        self.alt_html = None      # html description (X-ALT-DESC)
        self.start = None         # naive local datetime / date when all_day
        self.end = None
        self.tz = "UTC"
        self.all_day = False
        self.rrule = None
        self.exdates = []
        self.alarms = []          # dicts: trigger, action, desc, (abs)
        self.organizer = None     # person dict
        self.sent_by = None
        self.attendees = []       # dicts: p, role, partstat, rsvp, cutype
        self.status = "CONFIRMED"
        self.transp = "OPAQUE"
        self.sequence = 0
        self.klass = None
        self.priority = None
        self.categories = None
        self.geo = None
        self.extra = []           # (name, params list, raw value)
        self.due = None
        self.recurrence_id = None
        self.comment = None
        self.created = None
        self.online = None        # ("teams"|"meet"|"zoom"|"webex"|"goto", url, extra dict)
        self.struct_loc = None    # (title, address, lat, lon) for Apple
        for k, v in kw.items():
            setattr(self, k, v)

    def add_att(self, p, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp=True, cutype="INDIVIDUAL"):
        self.attendees.append({"p": p, "role": role, "partstat": partstat, "rsvp": rsvp, "cutype": cutype})


class Msg:
    def __init__(self, **kw):
        self.label = None
        self.category = None
        self.idx = 0
        self.lang = "en"
        self.desc = ""
        self.rng = None
        self.arrival = None       # naive UTC datetime the MX received it
        self.rcpt = None          # person dict (Delivered-To)
        self.sender = None        # From person
        self.acct = "free"        # free corp lookalike spoof vps service
        self.sender_tz = "UTC"
        self.client = None
        self.allowed = None       # allowed clients (list)
        self.method = "REQUEST"
        self.ct_method = "same"   # "same" | None (omit) | other method string
        self.events = []
        self.subject = None
        self.cover = None         # free text body written by the sender (where client allows)
        self.html = None          # full html body for booking/hand-rolled senders
        self.charset = "utf-8"
        self.cal_charset = "utf-8"
        self.quirks = set()
        self.extra_headers = []
        self.wrapper = None       # None | "list" | "forward" | "autofwd"
        self.fwd = None
        self.listinfo = None
        self.reply_to = None
        self.to = None            # list of persons for To:
        self.cc = []
        self.files = []           # (filename, ctype, bytes)
        self.service = None       # dict for booking / esp senders: name, domain, esp
        self.spoof_of = None      # domain imitated in From (spoof)
        self.env_domain = None
        self.infra = None
        self.auth = None
        self.xmailer = None
        self.prodid = None
        self.online_pref = None
        self.corp_infra = None
        self.infra_override = None
        self.corp_dkim = None
        self.corp_spf = None
        self.vps_dkim = None
        self.vps_spf = None
        self.spoof_env = None
        self.spoof_spf = None
        self.dmarc_override = None
        self.force_auth = None
        self.preset = None
        self.text = None
        self.from_override = None
        self.ms_host = None
        self.sender_host = None
        self.nc_from = None
        self.zoom_host = None
        self.sent = None
        self.dtstamp = None
        self.created = None
        for k, v in kw.items():
            setattr(self, k, v)

    @property
    def ev(self):
        return self.events[0]
