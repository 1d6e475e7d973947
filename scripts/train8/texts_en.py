# English texts. Placeholders: {rname} {rorg} {brand} {rdom} {sname} {sorg} {amt} {ref} {phone} {n} {when}
# Each entry: s=summary/subject, b=description, l=location, c=call-to-action label for the link,
# optional: amt=(lo,hi), hint in {"past","far","todo","allday","multi","soon"}, dur=minutes.


def T(s, b, l="", c="", **kw):
    d = dict(s=s, b=b, l=l, c=c)
    d.update(kw)
    return d


SPAM = {
"brand-domain-registration": [
 T("Urgent: \"{brand}\" domain and keyword application (Ref {ref})",
   "Dear CEO,\n\n(If you are not the person in charge, please forward this to your CEO. Sorry for any inconvenience.)\n\n"
   "We are a domain registration and dispute centre in Shanghai. On {when} we received an application from "
   "\"Hengyuan Investment Co., Ltd\" to register \"{brand}\" as their internet keyword and the domains {brand}.cn, "
   "{brand}.com.cn, {brand}.net.cn and {brand}.asia.\n\nThe audit found these names may conflict with your trademark. "
   "Please confirm within 7 working days whether this company is your distributor or partner. After the deadline we "
   "will approve the application unconditionally.\n\nBest regards,\n{sname}\nSenior Auditor", "Shanghai (reply by e-mail)",
   "Confirm ownership"),
 T("{brand} brand protection review - Asia domains",
   "Hello,\n\nFollowing our audit, a third party requested {brand}.hk, {brand}.tw and {brand}.com.cn. To protect your "
   "brand we booked a 15-minute review slot with our registrar desk. The reservation hold lapses on {when}.\n\nRegards,\n{sname}",
   "Online review", "Hold my names", hint="soon"),
 T("DOMAIN SERVICE EXPIRATION NOTICE: {rdom}",
   "Attn: {rname}\n\nDomain: {rdom}\nService: search engine submission and listing\nTerm: 12 months\nAmount: {amt}\n\n"
   "Failure to complete your search engine optimisation registration by the expiration date may result in the "
   "cancellation of this offer making it difficult for your customers to locate you using search engines. "
   "This is not a bill. Secure processing is available today only.", "", "Secure payment", amt=(65, 139)),
 T("EU trademark publication: {brand} - fee due",
   "Dear applicant,\n\nYour trademark \"{brand}\" will be entered in the Central Register of Trademarks for Europe. "
   "Publication fee {amt} for 10 years, due before {when}. Registration in this register is recommended to protect "
   "your rights throughout the member states.\n\nTrademark Publication Office", "Brussels", "Order publication",
   amt=(1850, 2890)),
 T("Similar domains pending: {brand}-shop.com, {brand}online.net",
   "Hi {rname},\n\nSomeone is trying to register domains that look like yours. As the holder of {rdom} you have a "
   "priority right until {when}. Book a quick call with our brand desk or secure the names online (5 domains, {amt}/yr).",
   "Phone/online", "Secure the names", amt=(299, 499)),
 T("Keyword registration conflict - {brand}",
   "To the principal,\n\nWe received an application for the internet keyword \"{brand}\" together with 6 Asian "
   "country-code domains. Since your company holds the trademark, we would like to confirm before approval. "
   "A review appointment has been set; if no objection is received the application will pass.\n\n{sname}\nAuditing department",
   "Hong Kong office", "Object to application"),
],
"legal-summons": [
 T("Court hearing notice - Case No. {ref}",
   "NOTICE TO APPEAR\n\nYou are hereby notified that a hearing has been scheduled in the above case. Failure to appear "
   "may result in a judgement by default. The summons and the statement of claim are available in the secure "
   "e-filing portal. Please review before the hearing.\n\nClerk of the Court", "Courtroom 3, County Court", "View court documents"),
 T("Notice of intended legal proceedings - unpaid account {ref}",
   "Dear {rname},\n\nWe act for our client regarding an outstanding balance of {amt}. Unless payment or a written "
   "response is received before the date of this appointment, we are instructed to issue proceedings without further "
   "notice. The claim file is attached for your reference.\n\n{sname}\n{sorg}", "{sorg}", "Open claim file",
   amt=(1290, 8400)),
 T("Pre-trial conference: {sorg} v. {rorg}",
   "Please be advised that the pre-trial conference in the matter referenced above has been set. Counsel and parties "
   "must review the exhibit bundle before attending. Access code for the bundle: {n}{n}{n}.", "Virtual courtroom",
   "Exhibit bundle"),
 T("Subpoena to testify at a deposition",
   "{rname},\n\nYou are commanded to appear at the time, date and place set forth to testify at a deposition. "
   "Electronically stored information must be produced. Download and sign the acknowledgement of service.",
   "Conference room B", "Acknowledge service"),
 T("Final warning - enforcement officer visit",
   "An enforcement officer visit to your registered address has been scheduled regarding judgement {ref}. "
   "To stop the visit, settle the outstanding amount of {amt} or upload proof of payment before the appointment.",
   "Your registered address", "Stop enforcement", amt=(460, 3200)),
],
"copyright-complaint": [
 T("Images used on {rdom} without permission",
   "Hello,\n\nMy name is {sname} and I am a professional photographer. I found my images on your website {rdom}. "
   "These images are my intellectual property and you did not ask me for permission. I have collected the links and "
   "screenshots so you can see which images I mean. I suggest we talk before I file a DMCA complaint with your host.",
   "Call", "See the images and links"),
 T("DMCA notice - hosting suspension scheduled for {rdom}",
   "Your hosting provider has received a DMCA takedown notice concerning content on {rdom}. The account is "
   "scheduled for suspension at the time of this event unless a counter-notice is submitted.", "", "Submit counter-notice"),
 T("Copyright appeal - your page will be restricted",
   "We received a report that content on your business page infringes the intellectual property of another party. "
   "If you believe this is a mistake, you can appeal the decision before the restriction takes effect. "
   "Appeal ID: {ref}", "Meta Business Support", "Appeal the decision"),
 T("Unlicensed image use - licence fee {amt}",
   "Dear {rname},\n\nOur image monitoring found 3 photographs from our collection on {rdom}. We are prepared to settle "
   "retroactively for a licence fee of {amt}. Details, including screenshots with capture dates, are in the case file.",
   "", "Case file", amt=(780, 2400)),
 T("Music rights claim on your promotional video",
   "Hi,\n\nThe background track in your latest promotional video is registered to our label. A rights-clearance call "
   "has been booked to discuss licensing or removal. Please review the claim beforehand.", "Call", "Review claim"),
],
"voicemail-recording": [
 T("Voicemail from {phone} (0:4{n})",
   "You received a new voice message.\n\nFrom: {phone}\nDuration: 0:4{n}\nPriority: high", "", "Play voicemail"),
 T("Meeting recording available: Q{n} budget review",
   "The recording and transcript of \"Q{n} budget review\" are now available. Recordings expire after 7 days. "
   "Sign in with your work account to watch.", "", "Watch recording", hint="past"),
 T("Fax received - 3 pages from {phone}",
   "Incoming fax\nPages: 3\nStatus: Delivered to secure inbox\nSender: {phone}", "eFax Secure Inbox", "Open fax"),
 T("{n} missed calls and 1 voice message",
   "You missed {n} calls from an external number. One caller left a message. Messages are deleted after 48 hours.",
   "", "Listen now"),
 T("Transcript ready: call with {sorg}",
   "Hi {rname}, the AI notes and transcript from your call with {sorg} are ready to review. Action items: 4.",
   "Online", "Review transcript", hint="past"),
 T("New voice note from your colleague",
   "Message length 1:0{n}. This voice note was shared with {rname} through the company voicemail. "
   "Authentication is required to play protected messages.", "", "Play"),
],
"hr-benefits-lure": [
 T("Open Enrollment {year}: action required by {when}",
   "Hello {rname},\n\nOpen enrollment for {year} health, dental and vision benefits is now open. If you do not review "
   "and confirm your elections by the deadline, your coverage will default to employee-only. Log in with your "
   "company credentials to complete enrollment.\n\nHuman Resources", "Benefits portal", "Enroll now"),
 T("Updated employee handbook - acknowledgement required",
   "All staff must read and acknowledge the updated employee handbook (version {n}.2) before the date of this "
   "reminder. Non-acknowledgement will be reported to your manager.", "", "Acknowledge", hint="todo"),
 T("Confidential: salary adjustment review - {rname}",
   "Dear {rname},\n\nAs part of the annual compensation cycle your salary adjustment letter has been prepared. "
   "Please review it privately before your meeting with HR. The document is available for 72 hours.",
   "HR office", "Open your letter"),
 T("{year} bonus allocation - confirm details",
   "Your performance bonus for {year} has been approved. Please confirm your details in the HR portal so the payment "
   "can be included in the next payroll run.", "", "Confirm details"),
 T("Mandatory: updated hybrid work policy sign-off",
   "Per the recent leadership update, all employees must sign the revised hybrid work policy. The short session "
   "below explains the changes; the signature form must be completed beforehand.", "Teams", "Sign policy"),
],
"payroll-diversion": [
 T("Quick call re: direct deposit",
   "Hi,\n\nI changed banks and need to update my direct deposit before the next payroll. Can we do this on a short "
   "call? I will send the new account details during the call. Please keep it confidential, thanks.\n\n{sname}",
   "Phone", ""),
 T("Payroll portal migration - re-verify deposit account",
   "We are migrating to the new payroll provider. All employees must re-verify the bank account for salary deposit "
   "before the cut-off. Unverified accounts will receive a paper cheque.", "", "Verify account"),
 T("Change of bank details effective this pay run",
   "Dear Payroll team,\n\nPlease update my salary account as of this pay run. New details below:\nBank: Nexa Digital "
   "Bank\nAccount name: {sname}\nIBAN: DE{n}9 5001 0517 {n}4{n}2 8831 07\n\nThank you for your help.\n{sname}", "", ""),
 T("Payroll discrepancy on your last payslip",
   "A discrepancy of {amt} was detected on your last payslip. To receive the correction in the next run, review "
   "the payslip and confirm your details.", "", "View payslip", amt=(212, 960)),
 T("Employee W-2 copies needed for audit today",
   "Hi, I need the W-2s for all staff for the auditor meeting. Please send them as one PDF before the call. "
   "Thanks,\n{sname}", "My office", ""),
],
"charity-relief": [
 T("Earthquake emergency appeal - families need shelter tonight",
   "Thousands of families have lost their homes. Every {amt} provides a tent, blankets and clean water for one "
   "family. Our volunteers are on the ground; your gift today is matched 2:1 until midnight.",
   "Emergency appeal", "Donate now", amt=(25, 50)),
 T("Flood relief: matching donations end {when}",
   "Dear friend,\n\nThe floods have displaced over 40,000 people. A group of donors will match every gift until "
   "the end of this event. You can also give in USDT or BTC: wallet below.\n\nThank you for standing with us.",
   "", "Give now"),
 T("48 hours to save the children's ward",
   "The children's ward at St. Mary's Rural Hospital will close unless we raise {amt} by the end of this campaign. "
   "Please give what you can and share with friends.", "", "Support the ward", amt=(40000, 90000)),
 T("Wildfire victims fund - join the live appeal",
   "Join our live appeal and hear from families who lost everything. Donations through the link are tax-deductible.",
   "Live stream", "Watch and give"),
 T("Refugee winter aid - your pledge reminder",
   "Thank you for pledging last year. Winter has arrived early in the camps. A gift of {amt} keeps a family warm "
   "for a month.", "", "Renew my pledge", amt=(30, 75)),
],
"loan-debt-relief": [
 T("Pre-approved: business line of credit up to {amt}",
   "Hi {rname},\n\nBased on your business profile you are pre-approved for a working-capital line up to {amt}. "
   "No collateral, funding in 24 hours, soft credit check only. Your approval is reserved until the end of this "
   "appointment.", "", "Claim approval", amt=(50000, 250000)),
 T("Student loan forgiveness - eligibility call",
   "You may qualify for full forgiveness of your federal student loans under the new program. Our specialists "
   "will complete the paperwork for you. Enrollment window closes soon. Processing fee refundable.", "Phone",
   "Check eligibility"),
 T("Debt consolidation review - cut payments by 60%",
   "Struggling with credit cards? Combine everything into one low monthly payment. Your free debt review is "
   "booked; please have your statements ready.", "Phone consultation", "Start review"),
 T("Credit repair: remove negative items in 30 days",
   "Late payments, collections, charge-offs - our legal team removes them or you don't pay. Clients average a "
   "{n}0-point increase.", "", "Get my free analysis"),
 T("Funds release appointment - merchant cash advance",
   "Your merchant cash advance of {amt} is ready for release. Confirm your bank login with our secure verification "
   "partner so the funds can be deposited today.", "", "Release funds", amt=(15000, 80000)),
],
"warranty-insurance": [
 T("Final notice: vehicle service contract expiring",
   "Our records indicate your vehicle's factory warranty has expired or will soon expire. This is your final "
   "courtesy notice before we close the file. Coverage from {amt}/month.", "", "Reinstate coverage",
   amt=(39, 89)),
 T("Car insurance renewal - rate lock appointment",
   "Your policy renewal date is approaching. We locked a rate of {amt}/year for you; the lock expires at the time "
   "of this appointment. Please confirm your card to keep the rate.", "", "Keep my rate", amt=(399, 899)),
 T("Home warranty coverage lapse - {rname}",
   "Your home warranty lapsed. Appliances and systems are no longer covered. Reactivate today with no inspection "
   "and get the first month free.", "", "Reactivate"),
 T("Extended protection for your {year} vehicle",
   "Dear owner,\n\nRegistration records show your vehicle qualifies for extended powertrain protection. "
   "Engine, transmission and roadside assistance included.", "", "See plans"),
 T("Health plan review - marketplace deadline",
   "You have been pre-qualified for a health plan with premiums as low as $0. Speak with a licensed agent before "
   "the enrollment deadline.", "Phone", "Reserve my plan"),
],
"casino-betting": [
 T("VIP table reserved: 300% welcome bonus",
   "Your VIP seat is reserved. Deposit today and receive 300% up to {amt} plus 200 free spins. Wagering 35x. 18+.",
   "Online", "Claim bonus", amt=(1000, 3000)),
 T("Your 150 free spins expire tonight",
   "{rname}, your free spins on Book of Gold are waiting. No deposit required. Spins expire at the end of this "
   "reminder.", "", "Play now"),
 T("Odds boost for tonight's match",
   "Get 10.0 odds on the home team to win - new customers only, max stake {amt}. Bet through the link before "
   "kick-off.", "Live", "Place bet", amt=(10, 20)),
 T("Poker tournament - guaranteed prize pool",
   "Your seat is held for the Sunday Major with a guaranteed prize pool of {amt}. Register before late "
   "registration closes.", "Online", "Register", amt=(50000, 200000)),
 T("Cashback weekend - account credited",
   "We credited {amt} cashback to your account. Log in before Monday to activate it.", "", "Activate",
   amt=(50, 250)),
],
"pharma-supplement": [
 T("Telehealth consult: GLP-1 weight-loss program",
   "Your virtual consultation is scheduled. Semaglutide delivered to your door without an in-person visit. "
   "First month {amt}. No insurance needed.", "Video visit", "Start consultation", amt=(99, 199)),
 T("Refill ready - save 80% at our online pharmacy",
   "Your prescription refill is ready. Brand and generic medicines at up to 80% off. Discreet shipping worldwide.",
   "", "Order refill"),
 T("Your free bottle is reserved",
   "Doctors are stunned by this 10-second morning ritual. Your free bottle is reserved for 24 hours, you only pay "
   "shipping.", "", "Claim bottle"),
 T("Private men's health consultation",
   "Confidential online consultation with a licensed physician. Prescription included, discreet packaging.",
   "Online", "Book now"),
 T("Joint pain breakthrough - live presentation",
   "Join the live presentation on the breakthrough formula that ends joint pain without surgery.", "Webinar",
   "Save my seat"),
],
"qr-verify": [
 T("Action required: re-verify your WhatsApp Business account",
   "Your business account will be restricted due to a policy review. Scan the QR code in the attachment with your "
   "phone to keep messaging customers.", "", ""),
 T("MFA re-enrolment - scan to keep access",
   "Your multi-factor authentication token expires on {when}. Scan the QR code with your phone camera to "
   "re-enrol. Do not use a computer.", "IT Service Desk", ""),
 T("Secure message from HR - scan to open",
   "A secure message is waiting for you. For privacy it can only be opened on a mobile device. Scan the code "
   "below.", "", ""),
 T("New device signed in to your messenger account",
   "A new device signed in from an unknown location. If this wasn't you, scan the QR code to secure your account "
   "and sign out other sessions.", "", ""),
 T("Parking fine: pay within 14 days",
   "A penalty charge notice of {amt} was issued for your vehicle. Scan the QR code to pay and avoid an increased "
   "charge.", "City Parking Services", "", amt=(35, 90)),
],
"visa-immigration": [
 T("DV Lottery: your selection interview",
   "Congratulations! Your entry has been selected for further processing in the Diversity Visa program. "
   "To keep your interview appointment, pay the processing fee of {amt} before the interview date.",
   "Embassy consular section", "Confirm interview", amt=(330, 990)),
 T("Express visa appointment - {n} slots left",
   "Embassy appointment slots are almost full. Our agency secures a guaranteed slot within 7 days. Service fee "
   "{amt}.", "", "Reserve slot", amt=(150, 450)),
 T("Travel authorisation expiring - renew now",
   "Your travel authorisation expires soon. Renew online to avoid being denied boarding. Processing in 1 hour.",
   "", "Renew authorisation"),
 T("Work permit assessment call",
   "Dear applicant,\n\nYour profile was shortlisted for a work permit under the skilled workers stream. Attend the "
   "assessment call and prepare your passport and the assessment fee.", "Phone", "Upload documents"),
 T("Green card application review",
   "Your immigration case needs additional documents. A case officer will review your file at the time below. "
   "Upload the documents in advance to avoid delays.", "Online", "Upload now"),
],
"rental-property": [
 T("Viewing: 2-bed flat - keys sent via courier",
   "Hello,\n\nThank you for your interest. I am currently working abroad, so the viewing is arranged through a "
   "trusted courier service. After you pay the first month and deposit ({amt}) through the escrow link, the keys are "
   "delivered to you.\n\nBest,\n{sname}", "City centre", "Escrow payment", amt=(900, 1900)),
 T("Holiday villa booking - confirm your transfer",
   "Your booking request is approved. Please complete the bank transfer within 24 hours to secure the villa. "
   "Payment outside the platform gives a 10% discount.", "Villa Marea", "Booking details"),
 T("Your rental application - hold the unit",
   "Good news, your application was pre-approved. Another family is interested, so pay the holding fee of {amt} "
   "today to reserve the unit.", "", "Pay holding fee", amt=(250, 600)),
 T("Student room - move-in appointment",
   "Hi {rname}, the room is yours if you can confirm today. Pay the deposit via the link and I will arrange the "
   "move-in. I am out of the country until next month.", "", "Pay deposit"),
 T("Apartment viewing confirmation",
   "Your viewing is confirmed. To protect the owner, viewings are only arranged after a refundable deposit "
   "verification.", "", "Verify deposit"),
],
"software-licence": [
 T("Software licence compliance audit - {rorg}",
   "Dear {rname},\n\nYour organisation has been selected for a software licence compliance review. Please attend "
   "the kick-off meeting and complete the self-assessment beforehand. Non-participation may lead to legal action.",
   "Online", "Self-assessment"),
 T("Invoice {ref}: antivirus subscription renewed",
   "Thank you for your order. Your subscription was renewed automatically.\n\nProduct: Total Protection Premium "
   "(5 devices)\nAmount: {amt}\nOrder: {ref}\n\nIf you did not authorise this renewal, cancel within 24 hours.",
   "", "Cancel renewal", amt=(289, 499)),
 T("Unlicensed installations detected",
   "Our telemetry detected {n}7 installations of our software on your network without a valid licence. A call "
   "with our compliance team is scheduled.", "", "Licence report"),
 T("Your security suite expires today",
   "Your protection expires at the time of this reminder. Renew now at 70% off to stay protected.", "",
   "Renew now"),
 T("Microsoft 365 true-up notice - outstanding {amt}",
   "Our records show licence usage above your agreement. Please review the reconciliation and settle the amount "
   "before the review meeting.", "", "Reconciliation", amt=(4800, 19000)),
],
"get-rich-webinar": [
 T("Live masterclass: $10k/month with AI stores",
   "Hi {rname},\n\nYour seat for the free live masterclass is confirmed. I will show you exactly how my students "
   "make $10,000+ per month with AI-built online stores, no experience needed. Bonus for live attendees only.",
   "Live webinar", "Join"),
 T("Financial freedom summit - seat reserved",
   "3 days, 12 speakers, one goal: replace your salary. Your free seat is reserved. VIP upgrade available.",
   "Online", "Access summit"),
 T("Amazon FBA accelerator - live Q&A",
   "Your invitation to the live Q&A. Find out how a 23-year-old built a 7-figure Amazon brand in 11 months.",
   "Zoom", "Register"),
 T("Business presentation - be your own boss",
   "Hi! I'm building a team and thought of you. Join our short online presentation - it's not for everyone, but "
   "if you are open-minded this can change your life.", "Online", "Join presentation"),
 T("Private trading webinar - 8 seats",
   "Our head trader shares the strategy behind his 94% win rate. Only 8 seats for this private session.",
   "Webinar", "Take my seat"),
],
}

HAM = {
"trademark-domain-counsel": [
 T("Trademark renewal: {brand} (class 9, 42) - call with counsel",
   "Hi {rname},\n\nThe renewal window for the {brand} word mark opens next month. Let's go through the classes and "
   "the official fee ({amt}) so you can decide whether to keep class 42.\n\nBest regards,\n{sname}\n{sorg}",
   "Phone / Teams", "", amt=(850, 1500)),
 T("Domain portfolio review with your account manager",
   "Agenda: expiring domains in the next 90 days, auto-renew settings, registry lock for {rdom}, new gTLD "
   "sunrise notices. Log in to your registrar account beforehand to check the list.", "Google Meet",
   "Registrar login"),
 T("Opposition deadline - {brand} vs. similar mark",
   "We need your instructions before the opposition period ends. I will walk you through the likelihood of "
   "confusion and the expected costs.", "{sorg}, meeting room 2", ""),
 T("UDRP complaint strategy: {brand}-login domains",
   "Discussion of the evidence for the UDRP complaint against the look-alike domains. Please bring any customer "
   "reports you received.", "Video call", ""),
 T("Signing: trademark assignment agreement",
   "Signing of the assignment agreement for the {brand} marks. Please bring ID. Notary fee {amt} is included in our "
   "quote.", "{sorg}", "", amt=(180, 420)),
],
"court-hearing": [
 T("Hearing: {rorg} v. Kessler Logistics - Courtroom 4B",
   "Hearing on the motion to dismiss. Please arrive 30 minutes early so we can meet outside the courtroom. "
   "Documents are in the shared client folder.", "County Courthouse, Courtroom 4B", ""),
 T("Deposition preparation - {rname}",
   "Preparation session for your deposition next week. We will review the exhibits and typical questions. "
   "Allow two hours.", "{sorg}, 12th floor", ""),
 T("Mediation session - case {ref}",
   "The mediator has confirmed the date. Parking is available in the building; lunch will be provided.",
   "Mediation Centre, Suite 300", ""),
 T("Small claims hearing (video) - claim {ref}",
   "Your hearing will be held by video. Join 10 minutes early. If you have evidence you have not yet filed, upload "
   "it through the court's online service.", "Video hearing", "Court online service"),
 T("Case management conference",
   "Case management conference before the judge. Counsel only; client attendance not required.", "Virtual", ""),
],
"copyright-licensing": [
 T("Photo licensing - website usage",
   "Hi {rname},\n\nThanks for getting back to us. Let's agree the licence terms for the 3 photographs used on "
   "{rdom}; our standard web licence is {amt} per image per year. Contract draft attached.\n\n{sname}",
   "Phone", "", amt=(120, 350)),
 T("Content review with platform trust & safety",
   "Follow-up on the takedown notices you filed for the copied product photos. We will go through the status of "
   "each report.", "Video call", ""),
 T("Music licence for the corporate video",
   "Call to finalise the sync licence for the track in the new brand video. Budget {amt} as discussed.",
   "Teams", "", amt=(1500, 4000)),
 T("Rights clearance meeting - anthology",
   "Review of the permissions list for the anthology: 14 cleared, 3 pending, 2 need replacement.",
   "Editorial office, room 2.14", ""),
 T("DMCA designated agent registration renewal",
   "Reminder: the designated agent registration for {rdom} expires in 30 days. The fee is {amt}.", "", "",
   amt=(6, 6), hint="todo"),
],
"voicemail-recording": [
 T("Updated: Quarterly planning - recording and transcript added",
   "Hi all,\n\nI've added the link to the recording and transcript of last week's session to this invite. "
   "Follow-up is at the same time.\n\n{sname}", "Conference room Orion / Teams", "Recording"),
 T("Call back re: your voicemail",
   "Hi {rname}, thanks for your voicemail yesterday. I've booked 20 minutes so we can talk it through. If the "
   "time doesn't work, call me on {phone}.\n\n{sname}", "Phone", ""),
 T("All-hands recording & transcript available",
   "For those who missed it: the all-hands recording and transcript are in the intranet video library for 30 days. "
   "The Q&A follow-up is scheduled here.", "Auditorium", "Video library"),
 T("We tried to reach you - appointment confirmed",
   "We left you a voicemail. Your appointment is confirmed for the time below. Please call {phone} if you need to "
   "reschedule.", "{sorg}", ""),
 T("Callback scheduled - support case {ref}",
   "Our engineer will call you at the scheduled time regarding case {ref}. Call recording may be used for "
   "quality purposes.", "Phone", "View case"),
],
"hr-open-enrolment": [
 T("Open Enrollment {year} information session",
   "Open enrollment runs until {when}. Join the info session to hear about the new dental plan and the HSA "
   "contribution change. Elections are made in Workday as usual.", "Training room 1 / Zoom", "Workday"),
 T("Benefits fair {year}",
   "Meet our providers in person: health, vision, pension and the employee assistance programme. Free flu shots "
   "at the fair.", "Cafeteria", ""),
 T("Policy update briefing: travel & expenses",
   "Short briefing on the updated travel and expense policy effective next quarter. Slides will be shared after.",
   "Teams", ""),
 T("Annual compensation review - {rname}",
   "Your annual compensation review with your manager and HR business partner.", "Meeting room 3", ""),
 T("Submit your benefit elections",
   "Reminder to submit your benefit elections before the window closes.", "", "", hint="todo"),
],
"payroll-meeting": [
 T("Payroll cut-off reminder - {month}",
   "All timesheets and overtime approvals must be in by the cut-off. Late approvals roll to next month.",
   "", "", hint="todo"),
 T("Payroll team weekly",
   "Agenda: variance report, open tickets, bank file test for the new account.", "Finance corner / Teams", ""),
 T("New hire payroll & direct deposit Q&A",
   "For new starters: how payslips work, where to update your bank details in the HR portal, tax forms.",
   "Onboarding room", "HR portal"),
 T("Year-end payroll close",
   "Year-end close checklist review with the external accountants.", "Boardroom", ""),
 T("Payroll system migration training",
   "Hands-on training on the new payroll system. Bring your laptop; test logins will be handed out.",
   "Training room 2", ""),
],
"charity-gala": [
 T("Annual Gala Dinner {year}",
   "We are delighted to invite you to our annual gala dinner in support of the children's hospice. Tickets {amt}; "
   "black tie. Silent auction in the lobby.", "Grand Hotel Ballroom", "Tickets", amt=(120, 250)),
 T("Charity 10k run - runners' briefing",
   "Thank you for fundraising! Collect your bib at the briefing. Your fundraising page is still open.",
   "Riverside Park pavilion", "My fundraising page"),
 T("Fundraising auction evening",
   "Bid on donated lots; all proceeds go to the food bank. Free entry, registration appreciated.",
   "Community Hall", ""),
 T("Volunteer briefing - winter appeal",
   "Briefing for volunteers of the winter appeal street collection. Please bring ID.", "Charity office", ""),
 T("Donor thank-you evening",
   "As a thank you for your support this year we would like to invite you to an evening with our project team.",
   "Museum of Science, East Wing", ""),
],
"bank-loan-appointment": [
 T("Mortgage consultation - {rname}",
   "Your appointment with our mortgage adviser is confirmed. Please bring your last 3 payslips and ID. Loan amount "
   "discussed: {amt}.", "Branch, High Street", "", amt=(180000, 450000)),
 T("Business loan review",
   "Annual review of your business credit facility. We'll look at the last accounts and the renewal terms.",
   "Video call", ""),
 T("Loan signing appointment",
   "Signing of your loan agreement. Loan amount {amt}, first instalment due next month.", "Branch", "",
   amt=(8000, 30000)),
 T("Financial review with your adviser",
   "Your yearly financial review. You can also join via online banking video chat.", "Branch / video",
   "Online banking"),
 T("Student loan exit counselling",
   "Exit counselling session for graduating students with federal loans.", "Student Services Centre", ""),
],
"insurance-car-service": [
 T("Car service booked - estimate {amt}",
   "Your vehicle is booked for its annual service. Estimate {amt} including oil and filters. Courtesy car "
   "available.", "Service centre", "", amt=(180, 420)),
 T("Insurance renewal review",
   "Your home insurance renews next month (premium {amt}). Let's check your cover before renewal.",
   "Phone", "", amt=(320, 980)),
 T("Vehicle inspection appointment",
   "Annual inspection. Fee {amt}. Please arrive 10 minutes early.", "Test centre", "", amt=(45, 60)),
 T("Claim adjuster visit - claim {ref}",
   "Our adjuster will visit to assess the water damage. Please have photos and receipts ready.", "Your home", ""),
 T("Tyre change appointment",
   "Seasonal tyre change. Storage fee {amt} per season.", "Tyre shop", "", amt=(30, 60)),
],
"club-casino-event": [
 T("Members' poker night",
   "Monthly members' poker night. Buy-in {amt}, all proceeds to the junior section.", "Clubhouse", "",
   amt=(20, 50)),
 T("Casino Royale fundraiser night",
   "Fun-money casino tables, live band, 3-course dinner. Tickets {amt}.", "Country club", "", amt=(60, 120)),
 T("Club championship - tee times",
   "Your tee time for the club championship first round.", "Golf club", ""),
 T("Annual general meeting",
   "AGM of the supporters' club. Agenda and accounts attached.", "Stadium lounge", ""),
 T("Members' raceday",
   "Members' raceday with free entry for you and one guest.", "Racecourse, Members' Enclosure", ""),
],
"pharmacy-vaccination": [
 T("Flu vaccination appointment",
   "Your flu vaccination is booked. Free for over-65s; otherwise {amt}.", "Pharmacy", "", amt=(15, 25)),
 T("Booster appointment",
   "Please bring your vaccination card and ID.", "Vaccination centre, Hall B", ""),
 T("Prescription ready for collection",
   "Your prescription is ready. Please collect within 7 days.", "Pharmacy", ""),
 T("Travel vaccination clinic",
   "Hepatitis A and typhoid. Total {amt}.", "Travel clinic", "", amt=(90, 180)),
 T("Medication review with the pharmacist",
   "Free NHS New Medicine Service consultation about your new medicine.", "Pharmacy consultation room", ""),
],
"qr-entry-event": [
 T("Your tickets: {band} live",
   "Thanks for your order {ref}.\n\n2 x Standing, {amt} each\n\nYour tickets are in the app and attached to this "
   "invitation as a QR code. Show the QR code at the entrance - screenshots are accepted. Doors open one hour "
   "before the show. Free cloakroom.", "Arena, North Entrance", "My tickets", amt=(45, 95)),
 T("Conference badge - {conf}",
   "Dear {rname},\n\nYour registration is complete. Please show the attached QR code at the registration desk "
   "to collect your badge. Registration opens at 8:00; free coffee until 9:00.\n\nThe {conf} team",
   "Convention Centre, Hall 2", "Manage registration"),
 T("Match ticket - home game, block {n}",
   "Your e-ticket for the home game. Scan the QR code at turnstile {n}. Season ticket holders: this is your "
   "cup-match ticket, price {amt}.", "Stadium, Gate {n}", "", amt=(25, 60)),
 T("Timed entry: exhibition",
   "Your timed entry ticket (2 adults). Please arrive within 15 minutes of your slot and scan the QR code at the "
   "entrance. Members enter free.", "Museum, main entrance", "Booking"),
 T("Visitor pass - {sorg}",
   "Hi {rname},\n\nLooking forward to our meeting. Your visitor pass QR code is attached; please scan it at the "
   "reception kiosk and wait in the lobby. Free parking in the visitor area.\n\n{sname}", "Reception, Building A", ""),
],
"visa-consulate": [
 T("Visa application centre appointment - {ref}",
   "Your appointment is confirmed.\nReference: {ref}\nPlease bring your passport, the printed application "
   "form, two photos and this confirmation. Service fee {amt} payable at the centre. Arrive no earlier than 15 "
   "minutes before your slot.", "Visa Application Centre, 3rd floor", "Manage appointment", amt=(35, 60)),
 T("Passport renewal appointment - Consulate General",
   "Passport renewal. Fee {amt}, card payment only. Children must attend in person.", "Consulate General, "
   "Consular Section", "", amt=(80, 140)),
 T("Biometrics appointment (ASC)",
   "Biometrics enrolment. Bring the appointment notice and photo ID. No fee is collected at the appointment.",
   "Application Support Center", ""),
 T("Immigration consultation - work permit options",
   "Initial consultation with {sname} about your work permit options. Fee {amt}, credited against a later "
   "engagement. Please send your CV beforehand.", "{sorg}", "", amt=(150, 300)),
 T("Citizenship ceremony",
   "Congratulations! You are invited to your citizenship ceremony. Guests welcome (max. 2). Please bring the "
   "invitation letter and photo ID.", "Town Hall, Council Chamber", ""),
],
"property-viewing": [
 T("Viewing: 3-bed semi, {street}",
   "Hi {rname},\n\nViewing confirmed with {sname} from {sorg}. Asking price {amt}. The vendors will be out; "
   "please call {phone} if you are running late.", "{street}", "", amt=(285000, 540000)),
 T("Open house - {street}",
   "Open house this weekend, no appointment needed. Floor plan and EPC on our website.", "{street}", "Listing"),
 T("Periodic inspection - your flat",
   "Routine inspection by your letting agent. If you are not home we will use the office keys, as per your "
   "tenancy agreement.", "{street}", ""),
 T("Key handover and meter readings",
   "Key handover for your new flat. First month's rent and deposit ({amt}) have been received, thank you.",
   "{street}", "", amt=(1800, 3600)),
 T("Free valuation appointment",
   "Free, no-obligation market valuation of your property by our valuer {sname}.", "{street}", ""),
],
"licence-renewal-vendor": [
 T("Subscription renewal call - {rorg}",
   "Hi {rname},\n\nYour subscription renews on {when}. Renewal quote {amt} (excl. VAT). Let's go over seat "
   "counts and whether you need the premium support tier.\n\n{sname}\nAccount Executive", "Teams", "",
   amt=(2400, 18000)),
 T("Licence true-up review {year}",
   "Annual true-up review. Please export the usage report from the admin centre before the call.", "Video call",
   "Admin centre"),
 T("Support contract renewal - quote {ref}",
   "Your support contract expires in 30 days. Renewal quote {ref} ({amt}) is attached; PO needed by the date below.",
   "", "", amt=(900, 6500), hint="todo"),
 T("Your antivirus licence expires soon",
   "Your licence for 10 devices expires on {when}. Renew in your account to keep protection; no action is needed "
   "if auto-renew is on.", "", "My account", hint="todo"),
 T("Software asset management - quarterly review",
   "Quarterly SAM review with the vendor's licensing specialist: deployment report, unused seats, renewal dates.",
   "Room 5.02", ""),
],
"seminar-webinar": [
 T("Security awareness training {year}",
   "Mandatory annual security awareness training (45 min): phishing, QR-code scams, MFA fatigue. Attendance is "
   "recorded automatically.", "Training room / Teams", ""),
 T("Thesis defence - {sname}",
   "Public defence of the doctoral thesis \"Robust scheduling under uncertainty\". Committee: Prof. Lindqvist "
   "(chair), Dr. Okafor, Prof. Varga. Everyone welcome; reception afterwards.", "Main building, Aula", ""),
 T("{conf}: your session",
   "Your talk is scheduled in Session 4B. Please upload slides to the conference system by the day before. "
   "Speaker ready room: 1.11.", "Hall C", "Conference system"),
 T("Webinar: what's new in the {year} release",
   "Thanks for registering. In 45 minutes our product team demos the new release, with live Q&A. The recording "
   "will be sent to all registrants.", "Online", "Join webinar"),
 T("Retirement planning seminar",
   "Free seminar for employees over 50: pension options, tax and when to claim. Hosted by the pension fund; no "
   "products will be sold.", "Public Library, Room 2", ""),
],
}
