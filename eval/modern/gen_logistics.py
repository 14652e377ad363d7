# The operations mailbox of a mid-size freight forwarder and manufacturing
# supplier: maya.lindgren@hartwellfreight.example (Hartwell Freight &
# Supply, internal domain hartwellfreight.example, procurement and shipping
# coordinator). Carriers' tracking notices sent through ESPs with click
# trackers (SendGrid, Mailgun on the carrier's own subdomain, UPS), customs
# brokers' entries and duty invoices, suppliers' invoices and statements as
# PDFs and through QuickBooks and Xero, customers' purchase orders through
# SAP Ariba and Coupa, the ERP's (NetSuite) notifications, DocuSign
# envelopes, sign-in codes and password resets from the SaaS tools it uses
# (a TMS through SendGrid click tracking, a dock scheduler through Mailgun,
# the address signed in shown in text), the port terminal's notices, a
# trade association's Mailchimp newsletter, colleagues' threads with
# forwarded carrier links, calendar invitations, a few personal mails. In
# the test window first contacts: a new supplier's invoice, a new
# customer's Coupa PO, a new carrier's tracking, a broker at another port,
# a DocuSign from a new counterparty, a Teams invitation, a new SaaS tool.
import datetime, random, sys
from gen_common import Box, alt, mixed, pdf

rng = random.Random(161)
from gen_common import UTC, start, split, end  # the learn and test windows
CO = "hartwellfreight.example"
OWNER = "maya.lindgren@" + CO
ME = "Maya Lindgren <%s>" % OWNER
OCEAN = "balticcrest.example"       # ocean carrier (tracking through SendGrid)
TRUCK = "ridgewayhaulage.example"   # trucking carrier (Mailgun on its own subdomain)
BROKER = "northgatecustoms.example" # customs broker
STEEL = "kesslersteel.example"      # supplier: steel components (PDF invoices)
PACK = "orbispackaging.example"     # supplier: packaging (QuickBooks invoices)
FAST = "tristatefasteners.example"  # supplier: fasteners (Xero invoices)
PORT = "eastmereterminal.example"   # container terminal
TMS = "routelane.example"           # the TMS the company uses (SaaS)
DOCK = "dockpass.example"           # dock appointment scheduling (SaaS)
ASSOC = "ffa-westmarch.example"     # trade association
NS = "4815162"                      # NetSuite account number
SIG = "\n--\nMaya Lindgren | Procurement & Shipping\nHartwell Freight & Supply\n+1 (555) 014-3300\n"
b = Box("logistics", OWNER, start)
R = lambda: rng.randint(10000, 99999)
H = lambda n=10: "".join(rng.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(n))
usd = lambda lo, hi: "$%s.%02d" % ("{:,}".format(rng.randint(lo, hi)), rng.randint(0, 99))
cont = lambda: "BCLU%07d" % rng.randint(10 ** 6, 10 ** 7 - 1)
sg = lambda acct: "https://u%d.ct.sendgrid.net/ls/click?upn=%s" % (acct, H(80))

STAFF = [("Jonas Weber", "jonas.weber@" + CO), ("Priya Raman", "priya.raman@" + CO), ("Luis Ortega", "luis.ortega@" + CO),
         ("Hannah Cole", "hannah.cole@" + CO), ("Ben Okoye", "ben.okoye@" + CO)]
threads = []

def ocean(when, acct=7731042, name="Baltic Crest Lines", dom=OCEAN):
    c = cont()
    ev = rng.choice(["Gate in full at origin terminal", "Loaded on vessel BALTIC MERIDIAN 045E", "Vessel departed Rotterdam",
                     "Vessel arrival at Eastmere, ETA confirmed", "Discharged from vessel", "Available for pickup", "Empty container returned"])
    body, ct = alt("Container %s: %s\nTrack: %s\n" % (c, ev, sg(acct)),
                   '<p>Shipment update for Hartwell Freight &amp; Supply</p><p>Container <b>%s</b> (B/L %s%d): %s.</p>'
                   '<p><a href="%s">Track shipment</a> | <a href="%s">Manage notifications</a></p><p>%s | <a href="%s">Privacy</a></p>'
                   % (c, dom[:4].upper(), R(), ev, sg(acct), sg(acct), name, sg(acct)))
    b.add(when, "%s Tracking <tracking@notify.%s>" % (name, dom), ME, "%s - %s" % (c, ev), body, ct,
          mailfrom="bounces+%d-%s@em.notify.%s" % (acct, H(4), dom))

def truck(when):
    n = R()
    ev = rng.choice(["picked up", "in transit", "out for delivery", "delivered (POD signed by R. DIAZ)", "delayed: appointment rescheduled"])
    mg = "https://email.mg.%s/c/%s" % (TRUCK, H(60))
    body, ct = alt("PRO %d %s\n" % (n, ev), '<p>Load PRO <b>%d</b> (Hartwell Freight, 14 pallets): %s.</p><p><a href="%s">View load status</a></p>'
                   '<p><a href="%s">Proof of delivery</a></p><p>Ridgeway Haulage dispatch | (555) 014-7000</p>' % (n, ev, mg, "https://email.mg.%s/c/%s" % (TRUCK, H(60))))
    b.add(when, "Ridgeway Haulage <dispatch@%s>" % TRUCK, ME, "PRO %d: %s" % (n, ev.split(":")[0]), body, ct, mailfrom="bounce+%s@mg.%s" % (H(6), TRUCK))

def ups(when):
    t = "1Z%s" % H(16).upper()
    body, ct = alt("Your package is on the way\n", '<p>Hartwell Freight &amp; Supply, your shipment %s from Tri-State Fasteners is on the way.</p>'
                   '<p><a href="https://www.ups.com/track?loc=en_US&amp;tracknum=%s&amp;requester=ST/trackdetails">Track shipment</a></p>'
                   '<p><a href="https://www.ups.com/us/en/support/contact-us.page">Contact UPS</a></p>' % (t, t))
    b.add(when, "UPS Quantum View <mcinfo@ups.com>", ME, "UPS Update: Package Scheduled for Delivery", body, ct)

def broker(when):
    n = R()
    kind = rng.choice(["entry", "invoice", "docs", "release"])
    if kind == "entry":
        doc = pdf(["Northgate Customs Brokers", "Entry Summary (CBP 7501)", "Entry No. NGC-%d" % n, "Importer: Hartwell Freight & Supply", "Duty: %s" % usd(300, 4000)])
        body, ct = mixed([("text/plain; charset=utf-8", "Hi Maya,\n\nthe entry summary for container %s is attached. Duties will be paid through ACH statement as usual.\n\n"
                           "Regards,\nTanya Brooks\nNorthgate Customs Brokers\n" % cont()), ("application/pdf", "7501_NGC-%d.pdf" % n, doc)])
        s = "Entry summary NGC-%d" % n
    elif kind == "invoice":
        doc = pdf(["Northgate Customs Brokers", "Invoice %d" % n, "Customs clearance, ISF filing, duty advance", "Total due: %s" % usd(250, 3500), "Terms: net 15"])
        body, ct = mixed([("text/plain; charset=utf-8", "Hi Maya,\n\nplease find attached our invoice %d for the clearance of %s, including the duty advance. "
                           "Payment is due in 15 days.\n\nYou can also see it in our client portal: https://portal.%s/invoices/%d\n\nTanya Brooks\nNorthgate Customs Brokers\n" % (n, cont(), BROKER, n)),
                          ("application/pdf", "NGC_invoice_%d.pdf" % n, doc)])
        s = "Invoice %d - customs clearance" % n
    elif kind == "docs":
        body = "Hi Maya,\n\nfor the entry of %s we still need the commercial invoice and the packing list. Can you send them by tomorrow so we can file before arrival?\n\nTanya\n" % cont()
        ct, s = "text/plain; charset=utf-8", "Missing documents for entry"
    else:
        body = "Hi Maya,\n\nCBP released container %s this morning. The trucker can pick it up at Eastmere.\n\nTanya Brooks\nNorthgate Customs Brokers\n" % cont()
        ct, s = "text/plain; charset=utf-8", "Customs release"
    mid = b.add(when, "Tanya Brooks <tbrooks@%s>" % BROKER, ME, s, body, ct)
    threads.append((mid, "tbrooks@" + BROKER, "Tanya Brooks", s))

def supplier(when):
    kind = rng.choice(["steel-inv", "steel-stmt", "steel-person", "pack", "fast"])
    n = R()
    if kind == "steel-inv":
        doc = pdf(["Kessler Steel Components", "Invoice %d" % n, "PO HFS-%d" % R(), "Total: %s" % usd(2000, 40000), "Remit to: our bank as on file"])
        body, ct = mixed([("text/plain; charset=utf-8", "Dear customer,\n\nplease find attached invoice %d.\n\nKessler Steel Components - Accounts Receivable\n" % n),
                          ("application/pdf", "INV_%d.pdf" % n, doc)])
        b.add(when, "Kessler Steel AR <ar@%s>" % STEEL, ME, "Invoice %d from Kessler Steel Components" % n, body, ct)
    elif kind == "steel-stmt":
        doc = pdf(["Kessler Steel Components", "Statement of account", "Open items: 3", "Balance: %s" % usd(5000, 60000)])
        body, ct = mixed([("text/plain; charset=utf-8", "Dear customer,\n\nyour statement of account is attached. Please let us know if any item is disputed.\n\nKessler Steel Components - Accounts Receivable\n"),
                          ("application/pdf", "Statement_%s.pdf" % when.strftime("%Y%m"), doc)])
        b.add(when, "Kessler Steel AR <ar@%s>" % STEEL, ME, "Statement of account - Hartwell Freight & Supply", body, ct)
    elif kind == "steel-person":
        s = rng.choice(["Re: PO HFS-%d delivery date" % R(), "bracket drawings rev C", "lead times for Q1"])
        mid = b.add(when, "Dieter Kessler <d.kessler@%s>" % STEEL, ME, s, "Hi Maya,\n\n%s\n\nBest regards,\nDieter Kessler\nKessler Steel Components\n" % rng.choice([
            "the brackets ship Friday, the flanges a week later.", "the revised drawings are in the shared folder as discussed.", "lead times go to six weeks from January."]))
        threads.append((mid, "d.kessler@" + STEEL, "Dieter Kessler", s))
    elif kind == "pack":
        body, ct = alt("Invoice %d from Orbis Packaging\n" % n, '<p>Dear Hartwell Freight &amp; Supply,</p><p>Here is your invoice! We appreciate your prompt payment.</p>'
                       '<p>Invoice %d &middot; Balance due %s</p><p><a href="https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-%d?locale=en_US&amp;cta=viewinvoicenow">Review and pay</a></p>'
                       '<p>Thanks for your business!<br>Orbis Packaging</p>' % (n, usd(300, 5000), rng.randint(10 ** 11, 10 ** 12)))
        b.add(when, '"Orbis Packaging" <quickbooks@notification.intuit.com>', ME, "Invoice %d from Orbis Packaging" % n, body, ct,
              reply_to="billing@" + PACK, mailfrom="quickbooks@notification.intuit.com")
    else:
        body, ct = alt("Invoice INV-%d\n" % n, '<p>Hi Maya,</p><p>Here\'s invoice INV-%d for %s.</p><p>The amount outstanding of %s is due on %s.</p>'
                       '<p><a href="https://in.xero.com/%s">View and pay your bill online</a></p><p>Thanks,<br>Tri-State Fasteners</p>'
                       % (n, usd(100, 2000), usd(100, 2000), (when + datetime.timedelta(days=30)).strftime("%d %b %Y"), H(40)))
        b.add(when, "Tri-State Fasteners <messaging-service@post.xero.com>", ME, "Invoice INV-%d from Tri-State Fasteners for Hartwell Freight & Supply" % n, body, ct,
              reply_to="accounts@" + FAST, mailfrom="messaging-service@post.xero.com")

def procurement(when, buyer=None):
    n = R()
    if rng.random() < 0.5 and buyer is None:
        body, ct = alt("Purchase order %d from Dunmore Automotive\n" % n,
                       '<p>Dunmore Automotive sent you a new purchase order (PO %d, 4 line items, %s) through SAP Business Network.</p>'
                       '<p><a href="https://service.ariba.com/Supplier.aw/ad/po?key=%s&amp;anp=Ariba">Process order</a></p>'
                       '<p>If you have not registered, <a href="https://supplier.ariba.com/register">create an account</a>. '
                       '<a href="https://service.ariba.com/Supplier.aw/ad/help">Help</a></p>' % (n, usd(3000, 90000), H(24)))
        b.add(when, "Dunmore Automotive <ordersender-prod@ansmtp.ariba.com>", ME, "Dunmore Automotive sent a new Purchase Order %d" % n, body, ct)
    else:
        cust, sub = buyer or ("Pell Agricultural Machinery", "pellag")
        body, ct = alt("PO %d from %s\n" % (n, cust), '<p>Hello Hartwell Freight &amp; Supply,</p><p>%s has issued purchase order #%d (%s).</p>'
                       '<p><a href="https://supplier.coupahost.com/orders/%d">View in the Coupa Supplier Portal</a></p>'
                       '<p><a href="https://%s.coupahost.com/order_headers/%d">View order</a></p><p>Powered by Coupa</p>' % (cust, n, usd(1000, 40000), n, sub, n))
        b.add(when, "%s <do_not_reply@%s.coupahost.com>" % (cust, sub), ME, "Purchase Order #%d from %s" % (n, cust), body, ct)

def erp(when):
    kind = rng.choice(["approve", "receipt", "report"])
    n = R()
    t = {"approve": "Purchase order HFS-%d (%s) is awaiting your approval." % (n, usd(500, 20000)),
         "receipt": "Item receipt for HFS-%d was recorded by Luis Ortega; 2 lines short-shipped." % n,
         "report": "Your scheduled saved search \"Open POs by vendor\" has results."}[kind]
    body, ct = alt("%s\n" % t, '<p>%s</p><p><a href="https://%s.app.netsuite.com/app/accounting/transactions/purchord.nl?id=%d">View record</a></p>'
                   '<p>This is an automated message from NetSuite.</p>' % (t, NS, n))
    b.add(when, "Hartwell Freight NetSuite <system@sent-via.netsuite.com>", ME, {"approve": "Approval required: PO HFS-%d" % n, "receipt": "Item receipt HFS-%d" % n,
                                                                               "report": "Saved search results"}[kind], body, ct)

def docusign(when, sender=("Rachel Imhof", "Dunmore Automotive"), subj=None):
    e = H(32)
    body, ct = alt("%s sent you a document to review and sign.\n" % sender[0],
                   '<p>%s sent you a document to review and sign.</p><p><a href="https://na3.docusign.net/Signing/EmailStart.aspx?a=%s&amp;etti=24&amp;acct=%s&amp;er=%s">REVIEW DOCUMENTS</a></p>'
                   '<p>%s<br>%s</p><p>Do Not Share This Email. <a href="https://www.docusign.com/support">Questions about the document?</a></p>' % (sender[0], e, H(32), H(32), sender[0], sender[1]))
    b.add(when, "%s via DocuSign <dse_na3@docusign.net>" % sender[0], ME, subj or rng.choice(["Please DocuSign: Supplier Quality Agreement 2027", "Please DocuSign: Freight rate agreement Q1",
                                                                                              "Please DocuSign: NDA Hartwell Freight"]), body, ct)

def saas(when, tool=None):
    tool = tool or rng.choice(["tms-code", "tms-reset", "dock-code", "dock-reset"])
    code = rng.randint(100000, 999999)
    if tool.startswith("tms"):
        if tool == "tms-code":
            t, s = "Your RouteLane sign-in code is %d. It expires in 10 minutes." % code, "Your RouteLane sign-in code"
        else:
            t, s = "We received a request to reset the password for your RouteLane account.", "Reset your RouteLane password"
        body, ct = alt("%s\nSigned in as %s\n" % (t, OWNER), '<p>%s</p>%s<p>This request was made for <b>%s</b>. If it wasn\'t you, you can ignore this email.</p>'
                       '<p><a href="%s">RouteLane Help</a></p>' % (t, '<p><a href="%s">Reset password</a></p>' % sg(5540211) if "reset" in tool else "", OWNER, sg(5540211)))
        b.add(when, "RouteLane <no-reply@%s>" % TMS, ME, s, body, ct, mailfrom="bounces+5540211-%s@em.%s" % (H(4), TMS))
    else:
        mg = lambda: "https://email.mg.%s/c/%s" % (DOCK, H(60))
        if tool == "dock-code":
            t, s = "Your Dockpass verification code: %d" % code, "Dockpass verification code"
        else:
            t, s = "Click below to choose a new password for %s." % OWNER, "Dockpass password reset"
        body, ct = alt("%s\nAccount: %s\n" % (t, OWNER), '<p>%s</p><p>Account: %s</p>%s<p><a href="%s">Dockpass support</a></p>'
                       % (t, OWNER, '<p><a href="%s">Choose a new password</a></p>' % mg() if "reset" in tool else "", mg()))
        b.add(when, "Dockpass <accounts@%s>" % DOCK, ME, s, body, ct, mailfrom="bounce+%s@mg.%s" % (H(6), DOCK))

def port(when):
    t, s = rng.choice([("Vessel BALTIC MERIDIAN 045E: berthing moved to %s 06:00." % (when + datetime.timedelta(days=2)).strftime("%b %d"), "Berth schedule change"),
                       ("Gate 3 closed Saturday for maintenance; use Gate 1 for import pickups.", "Gate closure notice"),
                       ("Reminder: import free time is 4 days; storage charges apply from day 5.", "Free time and storage reminder"),
                       ("The terminal appointment system will be unavailable Sunday 01:00-03:00.", "Appointment system maintenance")])
    body, ct = alt("%s\n" % t, '<p>Eastmere Container Terminal - Customer Advisory</p><p>%s</p><p><a href="https://portal.%s/advisories">All advisories</a> | '
                   '<a href="https://portal.%s/appointments">Book a truck appointment</a></p>' % (t, PORT, PORT))
    b.add(when, "Eastmere Container Terminal <advisories@%s>" % PORT, ME, "Customer advisory: %s" % s, body, ct)

def assoc(when):
    n = H(10)
    lm = lambda: "https://ffawestmarch.us12.list-manage.com/track/click?u=%s&amp;id=%s&amp;e=%s" % (n, H(10), H(10))
    body, ct = alt("FFA Weekly\n", '<h2>FFA Weekly</h2><p><a href="%s">Ocean rates outlook for Q1</a></p><p><a href="%s">New CBP ACE release: what brokers must change</a></p>'
                   '<p><a href="%s">Members\' breakfast, December 9</a></p><p><a href="https://ffawestmarch.us12.list-manage.com/unsubscribe?u=%s&amp;id=%s">Unsubscribe</a></p>'
                   % (lm(), lm(), lm(), n, H(10)))
    b.add(when, "Freight Forwarders Association of Westmarch <news@%s>" % ASSOC, ME, "FFA Weekly", body, ct,
          extra=[("List-Unsubscribe", "<https://ffawestmarch.us12.list-manage.com/unsubscribe?u=%s>" % n), ("Precedence", "bulk")],
          mailfrom="bounce-mc.us12_%s@mail%d.atl21.mcsv.net" % (n[:8], rng.randint(100, 300)))

def colleague(when):
    name, addr = rng.choice(STAFF)
    kind = rng.choice(["fwd-ocean", "fwd-ups", "plain", "plain", "invite"])
    if kind == "fwd-ocean":
        c = cont()
        s = "Fwd: %s - Available for pickup" % c
        body = ("Maya, can you book the dray for this one? Customer wants it Thursday.\n\n%s\n\n---------- Forwarded message ---------\nFrom: Baltic Crest Lines Tracking <tracking@notify.%s>\n"
                "Subject: %s - Available for pickup\n\nContainer %s: Available for pickup\nTrack: %s\n" % (name.split()[0], OCEAN, c, c, sg(7731042)))
    elif kind == "fwd-ups":
        t = "1Z%s" % H(16).upper()
        s = "Fwd: UPS Update"
        body = "FYI the sample parts from Tri-State: https://www.ups.com/track?loc=en_US&tracknum=%s\n\n%s\n" % (t, name.split()[0])
    elif kind == "invite":
        n = rng.randint(100, 999)
        html = ('<p>%s has invited you to <b>Weekly shipping review</b></p><p><a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=Hf%d&amp;rst=1">Yes</a> '
                '<a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=Hf%d&amp;rst=2">No</a></p><p>Join with Google Meet: '
                '<a href="https://meet.google.com/hfs-ship-%03d">meet.google.com/hfs-ship-%03d</a></p>' % (name, n, n, n, n))
        body = ('--c1\nContent-Type: text/plain; charset=utf-8\n\nJoin: https://meet.google.com/hfs-ship-%03d\n--c1\nContent-Type: text/html; charset=utf-8\n\n%s\n'
                '--c1\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\n\nBEGIN:VCALENDAR\nMETHOD:REQUEST\nBEGIN:VEVENT\nSUMMARY:Weekly shipping review\nORGANIZER;CN=%s:mailto:%s\n'
                'DESCRIPTION:Join with Google Meet: https://meet.google.com/hfs-ship-%03d\nEND:VEVENT\nEND:VCALENDAR\n--c1--\n') % (n, html, name, addr, n)
        b.add(when, "%s <%s>" % (name, addr), ME, "Invitation: Weekly shipping review @ Mon 9am - 9:30am (maya.lindgren@hartwellfreight.example)", body,
              'multipart/alternative; boundary="c1"', extra=[("Sender", "Google Calendar <calendar-notification@google.com>")], mailfrom="calendar-notification@google.com")
        return
    else:
        s = rng.choice(["PO approvals", "short shipment from Kessler", "warehouse count", "customs docs", "Q1 forecast"])
        body = "Hi Maya,\n\n%s\n\n%s\n" % (rng.choice(["can you approve the two POs in NetSuite before noon?", "Kessler shorted us 40 brackets again, can you chase them?",
                                                       "cycle count moved to Friday.", "the broker needs the packing list for the Rotterdam box.",
                                                       "please send me the Q1 forecast for packaging by Wednesday."]), name.split()[0])
    mid = b.add(when, "%s <%s>" % (name, addr), ME, s, body)
    threads.append((mid, addr, name, s))

def reply(when):
    if not threads: return
    mid, addr, name, subj = rng.choice(threads)
    b.add(when, ME, "%s <%s>" % (name, addr), "Re: " + subj, "Hi %s,\n\n%s\n%s" % (name.split()[0], rng.choice([
        "thanks, done.", "I'll follow up today.", "booked for Thursday.", "approved.", "attached the packing list in the other mail."]), SIG), irt=mid, rcpts=[addr])

def personal(when):
    name, addr = rng.choice([("Erik Lindgren", "erik.lindgren@gmail.com"), ("Sofie Hansen", "sofie.hansen77@yahoo.com")])
    b.add(when, "%s <%s>" % (name, addr), ME, rng.choice(["dinner Sunday?", "photos from the lake", "mom's birthday"]),
          "Hi Maya,\n\n%s\n\n%s\n" % (rng.choice(["are you free Sunday for dinner?", "I put the lake photos on the family album, have a look when you can.",
                                                  "what should we get mom? I was thinking a garden voucher."]), name.split()[0]))

day = start
while day < end:
    wd = day.weekday()
    def at(): return day + datetime.timedelta(hours=rng.uniform(7, 18))
    if wd < 5:
        for _ in range(2):
            if rng.random() < 0.6: ocean(at())
        if rng.random() < 0.5: truck(at())
        if rng.random() < 0.15: ups(at())
        if rng.random() < 0.35: broker(at())
        if rng.random() < 0.45: supplier(at())
        if rng.random() < 0.3: procurement(at())
        if rng.random() < 0.3: erp(at())
        if rng.random() < 0.07: docusign(at())
        if rng.random() < 0.2: saas(at())
        if rng.random() < 0.15: port(at())
        if rng.random() < 0.6: colleague(at())
        if rng.random() < 0.45: reply(at())
    elif rng.random() < 0.3:
        personal(at())
    if wd == 3: assoc(at())
    day += datetime.timedelta(days=1)

# test window: first contacts
T = split + datetime.timedelta(days=1, hours=9)
def first(d, frm, subj, body, ct="text/plain; charset=utf-8", **kw):
    return b.add(T + datetime.timedelta(days=d), frm, ME, subj, body, ct, **kw)
# a new supplier's first invoice as a PDF
doc = pdf(["Calder Hydraulics Ltd", "Invoice CH-20418", "PO HFS-55120", "Total: $7,912.40", "Bank details on our letterhead; payment terms net 30"])
body, ct = mixed([("text/plain; charset=utf-8", "Dear Maya,\n\nthank you for the first order. Our invoice CH-20418 for PO HFS-55120 is attached; payment terms are net 30.\n\n"
                   "Kind regards,\nFiona Calder\nCalder Hydraulics Ltd\n"), ("application/pdf", "CH-20418.pdf", doc)])
first(0, "Fiona Calder <accounts@calderhydraulics.example>", "Invoice CH-20418 - PO HFS-55120", body, ct)
# a new customer's first PO through its own Coupa instance
procurement(T + datetime.timedelta(days=1), buyer=("Arden Rail Systems", "ardenrail"))
# a new ocean carrier's tracking notice through SendGrid
ocean(T + datetime.timedelta(days=2), acct=9902214, name="Meridian Star Shipping", dom="meridianstar.example")
# a customs broker at another port (a colleague's introduction arrived by phone)
body = ("Hi Maya,\n\nJonas asked us to clear the Savannah container for you. We need a customs power of attorney before we can file; "
        "the form is attached, please sign and return it.\n\nBest,\nCarlos Mena\nGulfway Customs Brokerage\n")
body, ct = mixed([("text/plain; charset=utf-8", body), ("application/pdf", "POA_Gulfway.pdf", pdf(["Gulfway Customs Brokerage", "Customs Power of Attorney (CBP 5291)", "Importer: Hartwell Freight & Supply"]))])
first(3, "Carlos Mena <cmena@gulfwaycustoms.example>", "Customs POA for Savannah entry", body, ct)
# a DocuSign envelope from a new counterparty
docusign(T + datetime.timedelta(days=4), sender=("Marta Kowalczyk", "Arden Rail Systems"), subj="Please DocuSign: Arden Rail supplier onboarding")
# a Teams invitation from a new external contact
n = rng.randint(10 ** 11, 10 ** 12)
body, ct = alt("Microsoft Teams meeting\n", '<p>Hi Maya, as discussed, kick-off for the Arden Rail account.</p><hr><p><b>Microsoft Teams meeting</b></p>'
               '<p><a href="https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%7d">Click here to join the meeting</a></p>'
               '<p>Meeting ID: %d</p>' % (H(40), H(20), n))
first(5, "Marta Kowalczyk <marta.kowalczyk@ardenrail.example>", "Supplier kick-off: Arden Rail / Hartwell", body, ct)
# a new SaaS tool's sign-in code (the company's new freight audit tool), through SendGrid click tracking
body, ct = alt("Your FreightAudit sign-in code is 482913.\nSigned in as %s\n" % OWNER,
               '<p>Your FreightAudit sign-in code is <b>482913</b>.</p><p>Requested for %s. If you did not request it, '
               '<a href="%s">secure your account</a>.</p>' % (OWNER, sg(6620913)))
first(6, "FreightAudit <no-reply@freightaudit.example>", "Your sign-in code", body, ct, mailfrom="bounces+6620913-a1b2@em.freightaudit.example")
b.write(sys.argv[1], split)
print(len(b.msgs))
