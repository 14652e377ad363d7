# The shared front-desk mailbox of a small dental practice:
# frontdesk@cedarridgedental.example (Cedar Ridge Family Dental, two
# dentists, two hygienists, an office manager; internal domain
# cedarridgedental.example). Patients at free mail with photos of their
# insurance cards and teeth and filled-in forms as PDFs, the front desk's
# replies, the practice's scheduling system (Chairside, reminders and online
# bookings), the dental lab's and the imaging centre's portals, the claims
# clearinghouse and the dental benefits plans' provider portals, the
# supplier's orders, invoices and UPS shipments, the practice software
# (DentiChart) and e-prescribing (RxLink) vendors' notices, Gusto payroll,
# the IT provider's tickets, referrals by eFax, a dental association's
# Mailchimp news and a continuing-education provider's SendGrid news, staff
# writing from their own addresses. In the test window first contacts: new
# patients with photos and forms, a new specialist's referral, a previous
# dentist's records, a new plan's portal registration, a job applicant
# through Indeed, a webinar through Zoom, a new supplier's QuickBooks invoice.
import datetime, hashlib, random, sys
from gen_common import Box, alt, mixed, pdf

rng = random.Random(131)
from gen_common import UTC, start, split, end  # the learn and test windows
CO = "cedarridgedental.example"
OWNER = "frontdesk@" + CO
ME = "Cedar Ridge Front Desk <%s>" % OWNER
SCHED = "chairside.example"      # scheduling and patient reminders
LAB = "summitdentallab.example"   # the dental lab
IMG = "clearviewimaging.example"  # the imaging centre (CBCT, panoramic)
CLEAR = "claimbridge.example"     # the claims clearinghouse
PLAN = "northstarbenefits.example"  # the main dental benefits plan
SUP = "brightsmilesupply.example"   # the supply house
EHR = "dentichart.example"        # the practice software vendor
RX = "rxlink.example"             # e-prescribing (EPCS)
IT = "keystoneit.example"         # the IT provider
SIG = "\n--\nCedar Ridge Family Dental | Front Desk\n410 Ridge Road | (555) 014-2200\nhttps://www.cedarridgedental.example\n"
b = Box("clinic", OWNER, start)
R = lambda: rng.randint(10000, 99999)
H = lambda n=10: "".join(rng.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(n))
usd = lambda lo, hi: "$%s.%02d" % ("{:,}".format(rng.randint(lo, hi)), rng.randint(0, 99))

def photo(seed):
    """A phone photo's bytes: a JFIF header, invented data, the end marker."""
    h = b""
    i = 0
    while len(h) < 1200:
        h += hashlib.sha256(("%s/%d" % (seed, i)).encode()).digest()
        i += 1
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00" + h + b"\xff\xd9"

STAFF = [("Dr. Priya Nair", "priya.nair@" + CO, "DDS"), ("Dr. Owen Hartley", "owen.hartley@" + CO, "DMD"),
         ("Carla Benitez", "carla.benitez@" + CO, "Office Manager"), ("Jess Morgan", "jess.morgan@" + CO, "RDH")]
# staff writing from their own addresses
OWN = [("Jess Morgan", "jessmorgan.rdh@gmail.com"), ("Tyler Brooks", "tbrooks.rdh@yahoo.com"), ("Dr. Owen Hartley", "owen.hartley@icloud.com")]
PATIENTS = [("Maria Lopez", "marialopez82@gmail.com"), ("Kevin O'Brien", "kobrien.home@yahoo.com"), ("Aisha Rahman", "aisha.rahman@outlook.com"),
            ("Tom Becker", "tombecker55@aol.com"), ("Linda Chu", "lindachu.family@gmail.com"), ("George Adams", "gadams1961@icloud.com"),
            ("Nina Petrova", "nina.petrova@hotmail.com"), ("Sam Whitaker", "sam.whitaker@gmail.com"), ("Rosa Delgado", "rosadelgado@yahoo.com"),
            ("Brian Kim", "briankim.work@gmail.com")]
threads = []

def patient(when):
    name, addr = rng.choice(PATIENTS)
    first = name.split()[0]
    kind = rng.choice(["card", "tooth", "form", "resched", "bill", "question"])
    if kind == "card":
        body, ct = mixed([("text/plain; charset=utf-8", "Hi,\n\nI have new insurance through my job starting this month. Photos of the front and back of the card attached. "
                           "My appointment is next week.\n\nThanks,\n%s\n\nSent from my iPhone\n" % first),
                          ("image/jpeg", "IMG_%04d.jpeg" % rng.randint(1000, 9999), photo(H())), ("image/jpeg", "IMG_%04d.jpeg" % rng.randint(1000, 9999), photo(H()))])
        subj = rng.choice(["new insurance card", "Insurance", "my new dental insurance"])
    elif kind == "tooth":
        body, ct = mixed([("text/plain; charset=utf-8", "Hello,\n\nmy crown on the lower left feels loose since yesterday and the gum is a bit swollen, picture attached. "
                           "Should I come in before my cleaning on the %dth?\n\n%s\n" % (rng.randint(10, 28), name)),
                          ("image/jpeg", "photo_%d.jpg" % R(), photo(H()))])
        subj = rng.choice(["loose crown", "tooth pain - photo", "swollen gum"])
    elif kind == "form":
        doc = pdf(["Cedar Ridge Family Dental - Patient Health History", "Name: %s" % name, "Medications: none", "Allergies: penicillin",
                   "Signature: %s" % name])
        body, ct = mixed([("text/plain; charset=utf-8", "Hi,\n\nhere is the health history form, filled in and signed. I couldn't open the online one.\n\n%s\n" % first),
                          ("application/pdf", "health_history_%s.pdf" % name.split()[-1].lower().replace("'", ""), doc)])
        subj = "health history form"
    elif kind == "resched":
        body = "Hi,\n\nI need to move my appointment on %s, something came up at work. Anything next week in the morning works.\n\nThank you,\n%s\n" % (
            (when + datetime.timedelta(days=rng.randint(2, 6))).strftime("%A"), name)
        ct, subj = "text/plain; charset=utf-8", rng.choice(["reschedule", "need to change my appointment", "appointment"])
    elif kind == "bill":
        body = "Hello,\n\nI got a statement for %s but my insurance should have paid that. Can you check with them before I pay? "\
               "I paid my copay at the visit by card.\n\n%s\n" % (usd(40, 400), name)
        ct, subj = "text/plain; charset=utf-8", rng.choice(["question about my bill", "statement", "balance due?"])
    else:
        body = "Hi,\n\n%s\n\n%s\n" % (rng.choice([
            "Does Dr. Nair do Invisalign consultations? My daughter is 14.",
            "Can you send my x-rays to my new orthodontist? Her email is on the release form I signed.",
            "Is it OK to take ibuprofen before the extraction tomorrow?",
            "Do you have a payment plan for the implant?"]), first)
        ct, subj = "text/plain; charset=utf-8", rng.choice(["question", "quick question", "Dr. Nair"])
    mid = b.add(when, "%s <%s>" % (name, addr), ME, subj, body, ct)
    threads.append((mid, addr, name, subj))

def reply(when):
    if not threads: return
    mid, addr, name, subj = rng.choice(threads)
    b.add(when, ME, "%s <%s>" % (name, addr), "Re: " + subj, "Hi %s,\n\n%s\n%s" % (name.split()[0], rng.choice([
        "thank you, we updated your file.", "we can see you Thursday at 8:30, does that work?", "got it, Dr. Nair will review it today.",
        "we checked with your insurance, the claim is being reprocessed. Please don't pay the statement yet.",
        "you can fill in the forms online before your visit: https://www.cedarridgedental.example/forms"]), SIG), irt=mid, rcpts=[addr])

def colleague(when):
    name, addr, title = rng.choice(STAFF)
    q = rng.choice(["Please call Mrs. Delgado to confirm her crown seat on Friday, the lab case arrived.",
                    "Can you verify benefits for the three new patients tomorrow morning?",
                    "The autoclave spore test result is in the binder, please file the report.",
                    "I'll be out Thursday afternoon, please block my schedule from 1 pm.",
                    "Please re-send the claim for the Becker family, it was rejected for a missing tooth number.",
                    "The supply order is on the counter, please check it against the packing slip."])
    mid = b.add(when, "%s <%s>" % (name, addr), ME, rng.choice(["schedule", "claims", "today", "lab case", "supplies", "benefits"]),
                "Hi,\n\n%s\n\nThanks,\n%s\n--\n%s, %s\nCedar Ridge Family Dental\n" % (q, name.split()[-2] if name.startswith("Dr.") else name.split()[0], name, title))
    threads.append((mid, addr, name, "your note"))

def staff_own(when):
    name, addr = rng.choice(OWN)
    q = rng.choice(["Can you swap my Tuesday hygiene column with Tyler's Wednesday? He agreed.",
                    "I'm running 15 minutes late, car trouble. Please let my 8:00 know.",
                    "Here is the CE certificate for my file (attached).",
                    "Sick today, sorry. I'll call the office at 7:30."])
    if "certificate" in q:
        doc = pdf(["Certificate of Completion", name, "Infection Control Update 2026", "2 CE credits"])
        body, ct = mixed([("text/plain; charset=utf-8", "Hi,\n\n%s\n\n%s\n" % (q, name.split()[0])), ("application/pdf", "CE_certificate.pdf", doc)])
    else:
        body, ct = "Hi,\n\n%s\n\n%s\n\nSent from my phone\n" % (q, name.split()[0] if not name.startswith("Dr.") else "Owen"), "text/plain; charset=utf-8"
    mid = b.add(when, "%s <%s>" % (name, addr), ME, rng.choice(["schedule", "running late", "CE certificate", "today"]), body, ct)
    threads.append((mid, addr, name, "schedule"))

def sched(when):
    name = rng.choice(PATIENTS)[0]
    kind = rng.choice(["confirmed", "booking", "cancel", "form", "review"])
    t_day = (when + datetime.timedelta(days=rng.randint(1, 5))).strftime("%a %b %d")
    if kind == "confirmed":
        t, s, link = "%s confirmed the appointment on %s at %d:%s." % (name, t_day, rng.randint(8, 16), rng.choice(["00", "30"])), "Appointment confirmed: %s" % name, "https://app.%s/schedule" % SCHED
    elif kind == "booking":
        t, s, link = "New online booking request from %s (new patient, cleaning and exam) for %s. Approve or decline it in Chairside." % (name, t_day), "New online booking request", "https://app.%s/requests/%d" % (SCHED, R())
    elif kind == "cancel":
        t, s, link = "%s cancelled the appointment on %s by text message. The slot is open again." % (name, t_day), "Appointment cancelled: %s" % name, "https://app.%s/schedule" % SCHED
    elif kind == "form":
        t, s, link = "%s completed the online forms (health history, HIPAA acknowledgement, consent)." % name, "Forms completed: %s" % name, "https://app.%s/forms/%d" % (SCHED, R())
    else:
        t, s, link = "%s left a 5-star review: \"Friendly staff, no waiting.\"" % name, "New patient review", "https://app.%s/reviews" % SCHED
    body, ct = alt("%s\n" % t, '<p>Cedar Ridge Family Dental,</p><p>%s</p><p><a href="%s">Open Chairside</a></p>'
                   '<p><a href="https://help.%s/">Help center</a> | You get these notices as the practice\'s front desk.</p>' % (t, link, SCHED))
    b.add(when, "Chairside <notifications@%s>" % SCHED, ME, s, body, ct, mailfrom="bounce@mail.%s" % SCHED)

def lab(when):
    n = R()
    pat = rng.choice(PATIENTS)[0].split()[-1]
    kind = rng.choice(["received", "shipped", "question"])
    if kind == "received":
        t, s = "Case %d (%s, crown #%d, zirconia) was received and is scheduled to ship on %s." % (n, pat, rng.randint(2, 31), (when + datetime.timedelta(days=6)).strftime("%b %d")), "Case %d received" % n
    elif kind == "shipped":
        t, s = "Case %d (%s) shipped today by UPS, tracking 1Z%s. Invoice %d is in the portal." % (n, pat, H(16).upper(), R()), "Case %d shipped" % n
    else:
        t, s = "Our technician has a question about case %d (%s): the shade tab in the photo differs from the prescription. Please reply in the portal." % (n, pat), "Question on case %d" % n
    body, ct = alt("%s\n" % t, '<p>Hello Cedar Ridge Family Dental,</p><p>%s</p><p><a href="https://portal.%s/cases/%d">View case</a></p>'
                   '<p>Summit Dental Lab | (555) 014-8800</p>' % (t, LAB, n))
    b.add(when, "Summit Dental Lab <cases@%s>" % LAB, ME, s, body, ct)

def imaging(when):
    pat = rng.choice(PATIENTS)[0]
    t = "The CBCT report for %s (referred by Dr. %s) is ready." % (pat, rng.choice(["Nair", "Hartley"]))
    body, ct = alt("%s\nSign in to the referring provider portal to view it.\n" % t,
                   '<p>%s</p><p><a href="https://portal.%s/referrer/studies">Sign in to the referring provider portal</a> to view the images and the report.</p>'
                   '<p>For your patients\' privacy this email contains no health information.</p><p>Clearview Imaging Center</p>' % (t.replace(pat, "your patient"), IMG))
    b.add(when, "Clearview Imaging Center <noreply@%s>" % IMG, ME, "Report ready for your patient", body, ct)

def claims(when):
    n = R()
    kind = rng.choice(["era", "rejected", "batch", "eob"])
    if kind == "era":
        t, s, frm = "An electronic remittance (ERA) of %s from Northstar Dental Benefits was received for 6 claims." % usd(400, 3000), "ERA received", "ClaimBridge <no-reply@%s>" % CLEAR
        link = "https://app.%s/era/%d" % (CLEAR, n)
    elif kind == "rejected":
        t, s, frm = "Claim %d was rejected by the payer: missing tooth number on line 2. Correct it and resubmit." % n, "Claim rejected: action required", "ClaimBridge <no-reply@%s>" % CLEAR
        link = "https://app.%s/claims/%d" % (CLEAR, n)
    elif kind == "batch":
        t, s, frm = "Batch %d: 11 claims accepted, 0 rejected." % n, "Claim batch accepted", "ClaimBridge <no-reply@%s>" % CLEAR
        link = "https://app.%s/batches/%d" % (CLEAR, n)
    else:
        t, s, frm = "A new Explanation of Benefits is available for claim %d. Sign in to the provider portal to view it; payment was issued by EFT." % n, "New EOB available", "Northstar Dental Benefits <providers@%s>" % PLAN
        link = "https://provider.%s/eob/%d" % (PLAN, n)
    host = link.split("/")[2]
    body, ct = alt("%s\n" % t, '<p>%s</p><p><a href="%s">Sign in to view</a></p><p>This mailbox is not monitored. <a href="https://%s/help">Help</a></p>' % (t, link, host))
    b.add(when, frm, ME, s, body, ct)

def supply(when):
    n = R()
    kind = rng.choice(["order", "shipped", "invoice", "promo"])
    if kind == "order":
        t, s = "Thank you for your order %d (gloves, prophy paste, impression material), total %s." % (n, usd(200, 1400)), "Order confirmation %d" % n
        link = "https://www.%s/account/orders/%d" % (SUP, n)
    elif kind == "shipped":
        t, s = "Your order %d has shipped. UPS tracking 1Z%s." % (n, H(16).upper()), "Your order %d has shipped" % n
        link = "https://www.ups.com/track?tracknum=1Z%s" % H(16).upper()
    elif kind == "invoice":
        t, s = "Invoice %d for %s is due in 30 days. Pay online or by check to our lockbox." % (n, usd(300, 2500)), "Invoice %d" % n
        link = "https://www.%s/account/invoices/%d" % (SUP, n)
    else:
        t, s = "November specials: 20% off nitrile gloves and composite kits.", "November specials for your practice"
        link = "https://www.%s/specials?utm_source=email" % SUP
    body, ct = alt("%s\n" % t, '<p>Cedar Ridge Family Dental,</p><p>%s</p><p><a href="%s">View details</a></p><p>Brightsmile Dental Supply | Your rep: Mark Ellis, (555) 014-6611</p>' % (t, link))
    b.add(when, "Brightsmile Dental Supply <orders@%s>" % SUP, ME, s, body, ct)

def vendor(when):
    kind = rng.choice(["ehr-release", "ehr-maint", "rx", "gusto", "it"])
    if kind == "ehr-release":
        body, ct = alt("DentiChart 26.4 release notes\n", '<p>DentiChart 26.4 is available: faster perio charting, new claim attachment workflow.</p>'
                       '<p><a href="https://support.%s/release-notes/26-4">Read the release notes</a></p>' % EHR)
        b.add(when, "DentiChart <news@%s>" % EHR, ME, "DentiChart 26.4 release notes", body, ct)
    elif kind == "ehr-maint":
        body, ct = alt("Scheduled maintenance\n", '<p>Scheduled maintenance on Sunday 2:00 to 4:00 am ET: the cloud services (e-claims, patient portal sync) will be unavailable.</p>'
                       '<p><a href="https://status.%s/">Status page</a></p>' % EHR)
        b.add(when, "DentiChart Support <support@%s>" % EHR, ME, "Scheduled maintenance this Sunday", body, ct)
    elif kind == "rx":
        who = rng.choice(["Dr. Priya Nair", "Dr. Owen Hartley"])
        body, ct = alt("RxLink notice\n", '<p>The prescription for your patient sent by %s was accepted by the pharmacy (Westmarch Pharmacy #%d).</p>'
                       '<p><a href="https://app.%s/prescriptions">Open RxLink</a></p>' % (who, rng.randint(100, 999), RX))
        b.add(when, "RxLink <no-reply@%s>" % RX, ME, "Prescription delivered to pharmacy", body, ct)
    elif kind == "gusto":
        t, s = rng.choice([("Payroll for Cedar Ridge Family Dental was processed. Paydays are Friday.", "Payroll processed"),
                           ("Run payroll by 4:00 pm PT on Wednesday so your team is paid on time.", "Reminder: run payroll"),
                           ("Jess Morgan requested time off on %s." % (when + datetime.timedelta(days=10)).strftime("%b %d"), "Time off request from Jess Morgan")])
        body, ct = alt("%s\n" % t, '<p>Hi Carla,</p><p>%s</p><p><a href="https://app.gusto.com/payrolls">Go to Gusto</a></p>'
                       '<p><a href="https://support.gusto.com/">Help center</a></p>' % t)
        b.add(when, "Gusto <no-reply@gusto.com>", ME, s, body, ct)
    else:
        n = R()
        t = rng.choice(["Ticket #%d: the x-ray sensor driver on Op 3 was updated. Please restart the workstation before the first patient." % n,
                        "Ticket #%d: the front desk printer is fixed (new drum)." % n,
                        "Reminder: monthly patching tonight from 9 pm. Leave the workstations on, logged out."])
        body, ct = alt("%s\n" % t, '<p>Hi Cedar Ridge team,</p><p>%s</p><p><a href="https://help.%s/portal/tickets">Your tickets</a></p><p>Keystone IT | (555) 014-9090</p>' % (t, IT))
        b.add(when, "Keystone IT Helpdesk <help@%s>" % IT, ME, "Keystone IT: %s" % ("ticket update" if "#" in t else "patching tonight"), body, ct)

def efax(when):
    n = R()
    doc = pdf(["[faxed page 1 of %d]" % rng.randint(2, 5), "REFERRAL", "Westmarch Oral Surgery", "Patient: %s" % rng.choice(PATIENTS)[0]])
    body, ct = mixed([("text/plain; charset=utf-8", "You have received a %d page fax at 2026-%s.\n\nThe fax is attached to this email.\n\nCaller-ID: 555-014-%04d\n\nThanks for using eFax!\nhttps://www.efax.com/\n"
                       % (rng.randint(2, 5), when.strftime("%m-%d %H:%M"), n % 10000)), ("application/pdf", "fax_%d.pdf" % n, doc)])
    b.add(when, "eFax <message@inbound.efax.com>", ME, "eFax message from \"555-014-%04d\" - %d page(s)" % (n % 10000, rng.randint(2, 5)), body, ct)

def newsletter(when, kind):
    n = H(10)
    if kind == "assoc":
        body, ct = alt("Westmarch Dental Association news\n",
                       '<h2>WDA Weekly</h2><p><a href="https://westmarchdental.us8.list-manage.com/track/click?u=%s&amp;id=%s&amp;e=%s">Medicaid dental fee schedule for 2027</a></p>'
                       '<p><a href="https://westmarchdental.us8.list-manage.com/track/click?u=%s&amp;id=%s">License renewal: CE requirements reminder</a></p>'
                       '<p><a href="https://westmarchdental.us8.list-manage.com/unsubscribe?u=%s&amp;id=%s">Unsubscribe</a></p>' % (n, H(10), H(10), n, H(10), n, H(10)))
        b.add(when, "Westmarch Dental Association <news@westmarchdental.example>", ME, "WDA Weekly", body, ct,
              extra=[("List-Unsubscribe", "<https://westmarchdental.us8.list-manage.com/unsubscribe?u=%s>" % n), ("Precedence", "bulk")],
              mailfrom="bounce-mc.us8_%s@mail%d.sea31.mcsv.net" % (n[:8], rng.randint(100, 300)))
    else:
        c = lambda: "https://u%d.ct.sendgrid.net/ls/click?upn=%s" % (4481920, H(60))
        body, ct = alt("Chairside CE\n", '<h2>This week in dental CE</h2><p><a href="%s">Live webinar: managing anticoagulated patients (2 CE)</a></p>'
                       '<p><a href="%s">Article: the 2027 CDT code changes</a></p><p><a href="%s">Unsubscribe</a></p>' % (c(), c(), c()))
        b.add(when, "Pinnacle Dental CE <newsletter@pinnacledentalce.example>", ME, "This week in dental CE", body, ct,
              extra=[("List-Unsubscribe", "<%s>" % c()), ("Precedence", "bulk")], mailfrom="bounces+4481920-%s@em.pinnacledentalce.example" % H(4))

day = start
while day < end:
    wd = day.weekday()
    def at(): return day + datetime.timedelta(hours=rng.uniform(7, 18))
    if wd < 5:
        if rng.random() < 0.7: patient(at())
        if rng.random() < 0.4: patient(at())
        if rng.random() < 0.45: reply(at())
        if rng.random() < 0.35: colleague(at())
        if rng.random() < 0.12: staff_own(at())
        if rng.random() < 0.6: sched(at())
        if rng.random() < 0.3: lab(at())
        if rng.random() < 0.08: imaging(at())
        if rng.random() < 0.35: claims(at())
        if rng.random() < 0.15: supply(at())
        if rng.random() < 0.15: vendor(at())
        if rng.random() < 0.12: efax(at())
    if wd == 2: newsletter(at(), "assoc")
    if wd == 4: newsletter(at(), "ce")
    day += datetime.timedelta(days=1)

# the front desk writes to the patients at the start of the window (recall reminders)
for i, (name, addr) in enumerate(PATIENTS):
    b.add(start + datetime.timedelta(days=1, hours=8 + i / 3), ME, "%s <%s>" % (name, addr), "Your six-month cleaning",
          "Hello %s,\n\nit's time for your six-month cleaning. Reply to this email or call us to book.\n%s" % (name.split()[0], SIG), rcpts=[addr])

# test window: first contacts
T = split + datetime.timedelta(days=1, hours=9)
def first(d, frm, subj, body, ct="text/plain; charset=utf-8", **kw):
    return b.add(T + datetime.timedelta(days=d), frm, ME, subj, body, ct, **kw)
# a new patient at free mail: insurance card photos and the intake form
doc = pdf(["Cedar Ridge Family Dental - New Patient Registration", "Name: Daniel Okafor", "Insurance: Northstar Dental Benefits", "Member ID on card"])
body, ct = mixed([("text/plain; charset=utf-8", "Hello,\n\nI booked a new patient appointment online for next Tuesday. Attached are the registration form and photos of my "
                   "insurance card. I also have a cracked filling, photo attached too.\n\nDaniel Okafor\n(555) 014-3382\n"),
                  ("application/pdf", "registration_okafor.pdf", doc), ("image/jpeg", "IMG_4410.jpeg", photo("ok1")),
                  ("image/jpeg", "IMG_4411.jpeg", photo("ok2")), ("image/jpeg", "IMG_4415.jpeg", photo("ok3"))])
first(0, "Daniel Okafor <dokafor.mail@gmail.com>", "New patient - forms and insurance card", body, ct)
# a new patient's previous dentist's x-rays through a Google Drive link, from the patient
body, ct = alt("Hi\n", '<p>Hi,</p><p>my old dentist in Portland gave me my x-rays and chart as a Google Drive folder: '
               '<a href="https://drive.google.com/drive/folders/1%s?usp=sharing">Harper dental records</a></p><p>See you on Monday,<br>Ella Harper</p>' % H(32))
first(0.4, "Ella Harper <ella.harper@icloud.com>", "my x-rays from my old dentist", body, ct)
# a specialist new here refers a patient back, with the operative report as PDF
doc = pdf(["Ridgeview Endodontics", "Referral report", "Patient: Kevin O'Brien", "Tooth #19: root canal completed", "Please restore within 30 days"])
body, ct = mixed([("text/plain; charset=utf-8", "Dear Dr. Nair,\n\nthank you for the referral. Kevin O'Brien's root canal on #19 is complete; the report and final "
                   "radiograph are attached. Please place the crown within 30 days.\n\nDr. Sara Lindqvist\nRidgeview Endodontics\n(555) 014-7120\n"),
                  ("application/pdf", "OBrien_endo_report.pdf", doc), ("image/jpeg", "PA_19_final.jpg", photo("pa19"))])
first(1, "Ridgeview Endodontics <referrals@ridgeviewendo.example>", "Referral report - Kevin O'Brien", body, ct)
# a second benefits plan's provider portal registration
body, ct = alt("Complete your provider portal registration\n",
               '<p>Cedar Ridge Family Dental,</p><p>Your practice was added to the Lakeshore Dental Plan network on November 1. '
               'Complete your provider portal registration to check eligibility and view claims.</p>'
               '<p><a href="https://providers.lakeshoredental.example/register?npi=1%d">Complete registration</a></p>'
               '<p>Lakeshore Dental Plan, Provider Relations | (555) 014-5000</p>' % rng.randint(100000000, 999999999))
first(2, "Lakeshore Dental Plan <provider.relations@lakeshoredental.example>", "Welcome to the Lakeshore Dental Plan network", body, ct)
# a job applicant through Indeed
body, ct = alt("New application\n", '<p>Dana Price applied to <b>Dental Assistant (full time)</b> at Cedar Ridge Family Dental.</p>'
               '<p><a href="https://employers.indeed.com/candidates/view?id=%s">Review application</a></p><p>Indeed</p>' % H(20))
first(3, "Indeed <noreply@indeed.com>", "New application: Dental Assistant - Dana Price", body, ct)
# a CE webinar registration through Zoom
body, ct = alt("Registration confirmed\n", '<p>Hi Carla,</p><p>Thank you for registering for "OSHA and infection control update 2027".</p>'
               '<p>Date: Dec 4, 2026 12:00 PM Eastern</p><p><a href="https://us06web.zoom.us/w/8%d?tk=%s">Click here to join</a></p>' % (rng.randint(100000000, 999999999), H(40)))
first(4, "Pinnacle Dental CE <no-reply@zoom.us>", "OSHA and infection control update 2027 Confirmation", body, ct)
# a new supplier's first invoice through QuickBooks (the new water-line testing service)
body, ct = alt("Invoice 1042 from AquaTest Dental Waterlines\n",
               '<p>Dear Cedar Ridge Family Dental,</p><p>Here is your invoice! We appreciate your prompt payment.</p><p>Invoice 1042 &middot; Balance due $189.00</p>'
               '<p><a href="https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-%d?locale=en_US&amp;cta=viewinvoicenow">Review and pay</a></p>'
               '<p>Thanks for your business!<br>AquaTest Dental Waterlines</p>' % rng.randint(10 ** 11, 10 ** 12))
first(5, '"AquaTest Dental Waterlines" <quickbooks@notification.intuit.com>', "Invoice 1042 from AquaTest Dental Waterlines", body, ct,
      reply_to="billing@aquatestdental.example", mailfrom="quickbooks@notification.intuit.com")
# a new patient's parent with the school dental form to fill in
doc = pdf(["Westmarch Public Schools", "Dental Examination Form", "Student: Leo Grant", "To be completed by the dentist"])
body, ct = mixed([("text/plain; charset=utf-8", "Hi,\n\nLeo has his first visit with you on Thursday. Could the dentist fill in the school's dental form? "
                   "It's attached.\n\nThanks!\nMegan Grant\n"), ("application/pdf", "school_dental_form.pdf", doc)])
first(6, "Megan Grant <megangrant.home@yahoo.com>", "school dental form for Leo", body, ct)
# a patient's new employer plan: the HR person sends the plan's claim form link
body, ct = alt("Hi\n", '<p>Hello,</p><p>our employee George Adams asked me to send you the claim form of our self-funded dental plan. '
               'Out-of-network claims go to the administrator: <a href="https://www.tpa-benefitpartners.example/forms/dental-claim.pdf">Dental claim form (PDF)</a></p>'
               '<p>Regards,<br>Nadia Cruz<br>HR, Westmarch Tool &amp; Die</p>')
first(7, "Nadia Cruz <ncruz@westmarchtool.example>", "Dental claim form for George Adams", body, ct)
# a patient replies from a different address than the one on file
body, ct = mixed([("text/plain; charset=utf-8", "Hi, it's Maria Lopez, writing from my work email. My son's referral from the pediatrician is attached.\n\nMaria\n"),
                  ("application/pdf", "referral_lopez.pdf", pdf(["Westmarch Pediatrics", "Referral to dentist", "Patient: Mateo Lopez, age 6"]))])
first(8, "Maria Lopez <mlopez@westmarchschools.example>", "referral for Mateo", body, ct)
# an oral surgeon's secure message notice through a HIPAA email service (first contact)
body, ct = alt("You have a secure message\n", '<p>Dr. Alan Reyes (Westmarch Oral Surgery) sent you a secure message.</p>'
               '<p><a href="https://secure.westmarchoms.example/message/view?id=%s">View secure message</a></p>'
               '<p>This message was sent securely to protect patient health information.</p>' % H(24))
first(9, "Westmarch Oral Surgery <securemail@westmarchoms.example>", "Secure message from Dr. Alan Reyes", body, ct)
b.write(sys.argv[1], split)
print(len(b.msgs))
