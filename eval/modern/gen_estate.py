# The mailbox of an agent at a small residential real-estate brokerage:
# jess.alvarado@larkspurvine.example (Larkspur & Vine Realty, internal
# domain larkspurvine.example, six agents, a managing broker and a
# transaction coordinator who copies her on every file). The regional MLS's
# listing alerts (many links each: listing pages, photos, maps), Zillow's
# Premier Agent leads, DocuSign and dotloop envelopes from clients and
# cooperating agents, the title company's order, prelim and closing mail and
# its wire instructions through its own secure portal, the preferred lender's
# status updates and its loan system's notices, ShowingTime confirmations
# and feedback, open-house sign-ins from a sign-in app (Reply-To the
# visitor, at free mail), buyers and sellers at free mail (listing links
# they like), inspection reports as PDFs with a Spectora link, HOA resale
# documents, the REALTOR association's Mailchimp news, colleagues, her
# replies, a few personal mails. In the test window first contacts: new
# buyer leads from free mail with a listing link, a seller lead, a buyer's
# agent's offer, another lender's pre-approval, another title company's
# order with its wire portal, a relocation company's DocuSign referral
# agreement, a new inspector, a new HOA manager, a new Zillow lead.
import datetime, random, sys
from gen_common import Box, alt, mixed, pdf

rng = random.Random(171)
from gen_common import UTC, start, split, end  # the learn and test windows
CO = "larkspurvine.example"
OWNER = "jess.alvarado@" + CO
ME = "Jess Alvarado <%s>" % OWNER
TC = ("Devin Shaw", "devin.shaw@" + CO)          # transaction coordinator
MLS = "tidewatermls.example"                     # the regional MLS
TITLE = "cornerstonetitle.example"               # the title and escrow company
LENDER = "pinecrestloans.example"                # the preferred lender
INSPECT = "brightlineinspect.example"            # home inspector
HOA = "crescentcm.example"                       # HOA management company
ASSOC = "tidewaterrealtors.example"              # REALTOR association
OHAPP = "curbsignin.example"                     # open-house sign-in app
SIG = "\n--\nJess Alvarado, REALTOR(R)\nLarkspur & Vine Realty\n(555) 014-2280\n"
b = Box("estate", OWNER, start)
R = lambda: rng.randint(10000, 99999)
H = lambda n=10: "".join(rng.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(n))
usd = lambda lo, hi: "$%s" % "{:,}".format(rng.randint(lo, hi) * 1000)
STREETS = ["Marsh Hawk Ln", "Cedar Bluff Rd", "Tern Ct", "Oyster Bay Dr", "Willet Way", "Heron Point Ave", "Sandpiper Cir",
           "Old Mill Rd", "Bayberry St", "Magnolia Ave", "Juniper Ridge Dr", "Lighthouse Ln"]
TOWNS = ["Port Ellery", "Westmarch", "Brantley", "Cove Hollow"]
addr = lambda: "%d %s" % (rng.randint(10, 9999), rng.choice(STREETS))
slug = lambda a, t: ("%s-%s-VA-23%03d" % (a.replace(" ", "-"), t.replace(" ", "-"), rng.randint(100, 999)))
zlink = lambda a, t: "https://www.zillow.com/homedetails/%s/%d_zpid/" % (slug(a, t), rng.randint(10 ** 7, 10 ** 9))

STAFF = [("Ellen Marsh", "ellen.marsh@" + CO), ("Tom Becker", "tom.becker@" + CO), ("Rosa Diaz", "rosa.diaz@" + CO),
         ("Priya Nand", "priya.nand@" + CO)]
CLIENTS = [("Megan Foley", "megan.foley82@gmail.com"), ("Chris and Dana Ruiz", "druiz.family@yahoo.com"),
           ("Alan Whitcomb", "awhitcomb@outlook.com"), ("Tasha Greene", "tashagreene@icloud.com"),
           ("Victor Lam", "victor.lam.va@gmail.com"), ("Patricia Osei", "posei1960@aol.com")]
FILES = []  # (property address, town, client)
threads = []

def new_file():
    a, t = addr(), rng.choice(TOWNS)
    FILES.append((a, t, rng.choice(CLIENTS)))

def a_file():
    if not FILES or rng.random() < 0.04:
        new_file()
    return rng.choice(FILES[-5:])

def mls_alert(when):
    n = rng.randint(4, 9)
    rows, text = [], []
    base = "https://portal.%s" % MLS
    for _ in range(n):
        a, t, lid = addr(), rng.choice(TOWNS), rng.randint(10 ** 7, 10 ** 8)
        price, beds = usd(280, 1400), rng.randint(2, 5)
        tok = H(12)
        rows.append('<tr><td><a href="%s/listing/%d?s=%s"><img src="https://photos.%s/%d/1.jpg" alt="%s"></a></td>'
                    '<td><a href="%s/listing/%d?s=%s">%s, %s</a><br>%s | %d bd | %s<br>'
                    '<a href="%s/listing/%d/photos?s=%s">%d photos</a> | <a href="https://www.google.com/maps/search/?api=1&amp;query=%s">Map</a></td></tr>'
                    % (base, lid, tok, MLS, lid, a, base, lid, tok, a, t, price, beds, rng.choice(["New", "Price change", "Back on market"]),
                       base, lid, tok, rng.randint(12, 48), (a + " " + t).replace(" ", "+")))
        text.append("%s, %s %s %s/listing/%d" % (a, t, price, base, lid))
    body, ct = alt("\n".join(text) + "\n", '<p>Tidewater MLS - Saved search "%s"</p><table>%s</table><p><a href="%s/search/saved?s=%s">View all results</a> | '
                   '<a href="%s/account/notifications">Manage alerts</a></p>' % (rng.choice(["Foley - Port Ellery 3bd", "Ruiz - under 600k", "Lam - condos", "New listings Westmarch"]),
                                                                                "".join(rows), base, H(12), base))
    b.add(when, "Tidewater MLS <alerts@%s>" % MLS, ME, "%d new matches for your saved search" % n, body, ct, mailfrom="bounce-%s@mail.%s" % (H(8), MLS))

def zillow_lead(when, name=None, mail=None):
    name = name or rng.choice(["Kelly Brandt", "Omar Haddad", "Lena Fischer", "Jordan Pike", "Ruth Abernathy", "Sean Molloy", "Ana Costa"])
    a, t = addr(), rng.choice(TOWNS)
    body, ct = alt("New Premier Agent contact: %s about %s\n" % (name, a),
                   '<p>You have a new contact from Zillow.</p><p><b>%s</b> is interested in <a href="%s">%s, %s</a>.</p>'
                   '<p>"I would like to see this home this weekend if possible."</p><p><a href="https://premieragent.zillow.com/crm/contacts/%s">Respond in Premier Agent</a></p>'
                   '<p><a href="https://www.zillow.com/z/settings/notifications/">Notification settings</a></p>' % (name, zlink(a, t), a, t, H(16)))
    b.add(when, "Zillow Premier Agent <noreply@mail.zillow.com>", ME, "New contact: %s is interested in %s" % (name, a), body, ct,
          reply_to=mail, mailfrom="bounce-%s@mail.zillow.com" % H(10))

def docusign(when, sender=None, subj=None, completed=False):
    e = H(32)
    sender = sender or rng.choice([(c[0], "") for c in CLIENTS] + [(TC[0], "Larkspur & Vine Realty"), ("Lisa Park", "Cornerstone Title & Escrow")])
    if completed:
        body, ct = alt("All parties have completed %s.\n" % subj,
                       '<p>All parties have completed <b>%s</b>.</p><p><a href="https://na2.docusign.net/Member/EmailStart.aspx?a=%s&amp;acct=%s&amp;er=%s">VIEW COMPLETED DOCUMENT</a></p>'
                       '<p>Do Not Share This Email. <a href="https://www.docusign.com/support">Questions?</a></p>' % (subj, e, H(32), H(32)))
        b.add(when, "DocuSign <dse_na2@docusign.net>", ME, "Completed: " + subj, body, ct)
        return
    body, ct = alt("%s sent you a document to review and sign.\n" % sender[0],
                   '<p>%s sent you a document to review and sign.</p><p><a href="https://na2.docusign.net/Signing/EmailStart.aspx?a=%s&amp;etti=24&amp;acct=%s&amp;er=%s">REVIEW DOCUMENTS</a></p>'
                   '<p>%s<br>%s</p><p>Do Not Share This Email. <a href="https://www.docusign.com/support">Questions about the document?</a></p>' % (sender[0], e, H(32), H(32), sender[0], sender[1]))
    b.add(when, "%s via DocuSign <dse_na2@docusign.net>" % sender[0], ME, subj, body, ct)

def envelope(when):
    a, t, c = a_file()
    kind = rng.choice(["sign", "sign", "done", "done", "loop", "loop"])
    if kind == "sign":
        docusign(when, sender=rng.choice([(TC[0], "Larkspur & Vine Realty"), ("Lisa Park", "Cornerstone Title & Escrow")]),
                 subj="Please DocuSign: %s" % rng.choice(["Commission disbursement authorization - %s" % a, "Closing instructions - %s" % a, "Agency disclosure - %s" % a]))
    elif kind == "done":
        docusign(when, subj=rng.choice(["Listing agreement - %s" % a, "Purchase agreement - %s" % a, "Addendum 2 - %s" % a, "Buyer representation agreement - %s" % c[0]]), completed=True)
    else:
        who = rng.choice([c[0], TC[0]])
        loop = rng.randint(10 ** 8, 10 ** 9)
        act = rng.choice(["signed", "shared a document with you in", "requested your signature in", "commented in"])
        body, ct = alt("%s %s loop %s\n" % (who, act, a),
                       '<p><b>%s</b> %s the loop <b>%s, %s</b>.</p><p><a href="https://my.dotloop.com/loop/%d/documents?utm_source=email">Open loop</a></p>'
                       '<p><a href="https://www.dotloop.com/help">Help</a> | <a href="https://my.dotloop.com/settings/notifications">Notification settings</a></p>' % (who, act, a, t, loop))
        b.add(when, "dotloop <no-reply@dotloop.com>", ME, "%s %s %s" % (who, act, a), body, ct, mailfrom="bounce-%s@mail.dotloop.com" % H(8))

def title(when, wire=False):
    a, t, c = a_file()
    n = "CTE-26-%05d" % R()
    if wire:
        body, ct = alt("Secure wire instructions for %s (file %s) are in your portal.\n" % (a, n),
                       '<p>Cornerstone Title &amp; Escrow - Secure Portal</p><p>The wiring instructions for <b>%s, %s</b> (file %s) have been posted to your secure portal. '
                       'Share the portal invitation with your buyer; do not forward instructions by email.</p>'
                       '<p><a href="https://secure.%s/files/%s/wire?inv=%s">View wire instructions</a></p>'
                       '<p>Cornerstone will never change its wiring instructions by email. Always call our office at the number on our website, (555) 014-6100, before wiring funds.</p>' % (a, t, n, TITLE, n, H(20)))
        b.add(when, "Cornerstone Title Secure Portal <no-reply@secure.%s>" % TITLE, ME, "Wire instructions posted: %s" % a, body, ct)
        return
    kind = rng.choice(["opened", "prelim", "cd", "closed", "person"])
    if kind == "opened":
        s = "Order opened: %s (%s)" % (a, n)
        body, ct = "Hi Jess,\n\nwe have opened title order %s for %s, %s. Your escrow officer is Lisa Park. Earnest money may be delivered to our office or wired using the instructions in our secure portal.\n\nCornerstone Title & Escrow\n" % (n, a, t), "text/plain; charset=utf-8"
    elif kind == "prelim":
        s = "Preliminary title report - %s" % a
        doc = pdf(["Cornerstone Title & Escrow", "Preliminary Title Report", "File %s" % n, "Property: %s, %s" % (a, t), "Exceptions: 1. Deed of trust; 2. HOA declaration"])
        body, ct = mixed([("text/plain; charset=utf-8", "Hi Jess,\n\nattached is the preliminary title report for %s. Please note the open deed of trust to be paid at closing.\n\nLisa Park\nEscrow Officer, Cornerstone Title & Escrow\n" % a),
                          ("application/pdf", "Prelim_%s.pdf" % n, doc)])
    elif kind == "cd":
        s = "Closing disclosure / settlement statement - %s" % a
        doc = pdf(["Cornerstone Title & Escrow", "Estimated Settlement Statement", "File %s" % n, "Sale price: %s" % usd(300, 900), "Commission: see page 2"])
        body, ct = mixed([("text/plain; charset=utf-8", "Hi Jess and Devin,\n\nthe estimated settlement statement is attached for your review. Closing is set for %s at our Port Ellery office.\n\nLisa\n" % (when + datetime.timedelta(days=6)).strftime("%A %b %d")),
                          ("application/pdf", "Settlement_%s.pdf" % n, doc)])
    elif kind == "closed":
        s = "Recorded and funded: %s" % a
        body, ct = "Hi Jess,\n\n%s recorded this morning and funds have been disbursed. Your commission was wired to Larkspur & Vine's operating account.\n\nLisa Park\nCornerstone Title & Escrow\n" % a, "text/plain; charset=utf-8"
    else:
        s = rng.choice(["Re: payoff for %s" % a, "HOA estoppel for %s" % a, "closing time for %s" % a])
        body, ct = "Hi Jess,\n\n%s\n\nLisa\n" % rng.choice(["we have the payoff, all good.", "still waiting on the HOA estoppel, I'll chase them.", "can we move closing to 2pm?"]), "text/plain; charset=utf-8"
    mid = b.add(when, "Lisa Park <lpark@%s>" % TITLE, ME, s, body, ct, cc="%s <%s>" % TC)
    threads.append((mid, "lpark@" + TITLE, "Lisa Park", s))

def lender(when):
    a, t, c = a_file()
    kind = rng.choice(["status", "status", "preapp", "person"])
    ln = rng.randint(10 ** 9, 10 ** 10)
    if kind == "status":
        st = rng.choice(["Appraisal ordered", "Appraisal received", "Conditionally approved", "Clear to close", "Closing documents sent to title"])
        body, ct = alt("Loan update for %s: %s\n" % (c[0], st),
                       '<p>Loan status update for <b>%s</b> (%s).</p><p>Milestone: <b>%s</b></p><p><a href="https://apply.%s/partner/loans/%d">View loan milestones</a></p>'
                       '<p>Pinecrest Home Loans, NMLS #40118 | <a href="https://www.%s/privacy">Privacy</a></p>' % (c[0], a, st, LENDER, ln, LENDER))
        b.add(when, "Pinecrest Loan Status <updates@notify.%s>" % LENDER, ME, "%s - %s" % (st, c[0]), body, ct)
        return
    if kind == "preapp":
        s = "Pre-approval letter - %s" % c[0]
        doc = pdf(["Pinecrest Home Loans", "Pre-Approval Letter", "Borrower: %s" % c[0], "Purchase price up to %s" % usd(300, 900), "Conventional 30-year fixed"])
        body, ct = mixed([("text/plain; charset=utf-8", "Hi Jess,\n\nupdated pre-approval letter for %s attached, good for the offer on %s.\n\nMark Delgado\nLoan Officer, NMLS #881204\nPinecrest Home Loans\n" % (c[0], a)),
                          ("application/pdf", "PreApproval_%s.pdf" % c[0].split()[-1], doc)])
    else:
        s = rng.choice(["Re: %s appraisal" % a, "rate lock for %s" % c[0], "Re: %s closing date" % a])
        body, ct = "Hi Jess,\n\n%s\n\nMark\n" % rng.choice(["appraisal came in at value.", "we locked at 6.125 today.", "we're on track for the 20th, CD goes out Monday."]), "text/plain; charset=utf-8"
    mid = b.add(when, "Mark Delgado <mdelgado@%s>" % LENDER, ME, s, body, ct)
    threads.append((mid, "mdelgado@" + LENDER, "Mark Delgado", s))

def showing(when):
    a, t = addr(), rng.choice(TOWNS)
    kind = rng.choice(["confirmed", "confirmed", "request", "feedback"])
    sid = H(14)
    s = {"confirmed": "Showing confirmed: %s" % a, "request": "Showing request: %s" % a, "feedback": "Showing feedback received: %s" % a}[kind]
    body, ct = alt("%s, %s %s\n" % (s, t, (when + datetime.timedelta(days=1)).strftime("%a %b %d 4:00 PM")),
                   '<p>%s, %s</p><p>%s</p><p><a href="https://schedulingsite.showingtime.com/Appointment/Details/%s">View appointment</a> | '
                   '<a href="https://schedulingsite.showingtime.com/Feedback/%s">Feedback</a></p><p>ShowingTime | <a href="https://www.showingtime.com/unsubscribe?e=%s">Unsubscribe</a></p>'
                   % (s, t, (when + datetime.timedelta(days=1)).strftime("%a %b %d 4:00 PM"), sid, sid, H(10)))
    b.add(when, "ShowingTime <noreply@showingtime.com>", ME, s, body, ct, mailfrom="bounce-%s@email.showingtime.com" % H(8))

def openhouse(when, name=None, mail=None):
    name, mail = (name, mail) if name else rng.choice([("Gail Porter", "gail.porter@gmail.com"), ("Nick Yuen", "nyuen88@yahoo.com"), ("Bree Coleman", "breecoleman@outlook.com"),
                                                       ("Sam Wexler", "samwexler@icloud.com"), ("Ivy Tran", "ivytran.home@gmail.com"), ("Luke Marino", "lmarino@hotmail.com")])
    a = FILES[-1][0] if FILES else "14 Tern Ct"
    body, ct = alt("New open house sign-in: %s <%s>\n" % (name, mail),
                   '<p>New sign-in at your open house at <b>%s</b></p><p>%s &middot; %s &middot; Working with an agent: No &middot; Pre-approved: %s</p>'
                   '<p><a href="https://app.%s/visitors/%s">View visitor</a> | <a href="https://app.%s/events">All open houses</a></p>' % (a, name, mail, rng.choice(["Yes", "No"]), OHAPP, H(12), OHAPP))
    b.add(when, "Curb Open House <visitors@%s>" % OHAPP, ME, "New sign-in: %s at %s" % (name, a), body, ct, reply_to="%s <%s>" % (name, mail))

def client(when):
    a, t, c = a_file()
    kind = rng.choice(["plain", "plain", "listing", "photos"])
    if kind == "listing":
        la, lt = addr(), rng.choice(TOWNS)
        s = rng.choice(["what about this one?", "saw this on Zillow", "can we see this Saturday?"])
        lnk = rng.choice([zlink(la, lt), "https://www.realtor.com/realestateandhomes-detail/%s_M%d-%d" % (slug(la, lt).replace("-VA-", "_VA_"), R(), R()),
                          "https://www.redfin.com/VA/%s/%s/home/%d" % (lt.replace(" ", "-"), la.replace(" ", "-"), rng.randint(10 ** 7, 10 ** 8))])
        body = "Hi Jess,\n\n%s\n\n%s\n\n%s\n" % (rng.choice(["this one just came up, thoughts?", "love the kitchen on this one.", "is this in our budget if we offer under?"]), lnk, c[0].split()[0])
    elif kind == "photos":
        s = "photos of the crack in the garage"
        body, ct = mixed([("text/plain; charset=utf-8", "Hi Jess,\n\nhere are the photos the inspector asked about.\n\n%s\n" % c[0].split()[0]),
                          ("image/jpeg", "IMG_%d.jpg" % rng.randint(1000, 9999), b"\xff\xd8\xff\xe0" + bytes(rng.randrange(256) for _ in range(600)) + b"\xff\xd9")])
        mid = b.add(when, "%s <%s>" % c, ME, s, body, ct)
        threads.append((mid, c[1], c[0], s))
        return
    else:
        s = rng.choice(["Re: %s" % a, "question about closing", "final walkthrough", "utilities transfer", "counter offer?"])
        body = "Hi Jess,\n\n%s\n\n%s\n" % (rng.choice(["did the sellers respond yet?", "what time is the walkthrough?", "do we need to bring anything to closing?",
                                                       "who do we call about the water bill?", "we're fine with the counter, let's sign."]), c[0].split()[0])
    mid = b.add(when, "%s <%s>" % c, ME, s, body)
    threads.append((mid, c[1], c[0], s))

def inspection(when, frm="Brightline Home Inspections <reports@%s>" % INSPECT, co="Brightline Home Inspections"):
    a, t, c = a_file()
    doc = pdf([co, "Home Inspection Report", "%s, %s" % (a, t), "Client: %s" % c[0], "Summary: 3 safety items, 7 maintenance items"])
    body, ct = mixed([("text/plain; charset=utf-8", "Hello,\n\nthe inspection report for %s is attached and available online: https://app.spectora.com/inspection/%s/report?token=%s\n"
                       "The summary lists the items we recommend repairing before closing.\n\n%s\n" % (a, H(24), H(20), co)),
                      ("application/pdf", "Inspection_%s.pdf" % a.replace(" ", "_"), doc)])
    b.add(when, frm, ME, "Inspection report: %s" % a, body, ct, cc="%s <%s>" % (c[0], c[1]))

def hoa(when):
    a, t, c = a_file()
    doc = pdf(["Crescent Community Management", "Resale Certificate", "Property: %s, %s" % (a, t), "Dues: $%d/quarter" % rng.randint(150, 900), "No violations on record"])
    body, ct = mixed([("text/plain; charset=utf-8", "Hi Jess,\n\nthe resale certificate and governing documents for %s are attached. The full package (bylaws, budget, minutes) is in the resale portal: "
                       "https://resale.%s/orders/%d\n\nResale Department\nCrescent Community Management\n" % (a, HOA, R())), ("application/pdf", "Resale_Cert_%d.pdf" % R(), doc)])
    b.add(when, "Crescent CM Resale <resale@%s>" % HOA, ME, "Resale package ready: %s" % a, body, ct)

def assoc(when):
    n = H(10)
    lm = lambda: "https://tidewaterrealtors.us8.list-manage.com/track/click?u=%s&amp;id=%s&amp;e=%s" % (n, H(10), H(10))
    body, ct = alt("TAR Weekly\n", '<h2>TAR Weekly</h2><p><a href="%s">Market report: October inventory up 6%%</a></p><p><a href="%s">New state disclosure form in effect January 1</a></p>'
                   '<p><a href="%s">Wire fraud: protect your clients (CE class)</a></p><p><a href="https://tidewaterrealtors.us8.list-manage.com/unsubscribe?u=%s&amp;id=%s">Unsubscribe</a></p>'
                   % (lm(), lm(), lm(), n, H(10)))
    b.add(when, "Tidewater Association of REALTORS <news@%s>" % ASSOC, ME, "TAR Weekly", body, ct,
          extra=[("List-Unsubscribe", "<https://tidewaterrealtors.us8.list-manage.com/unsubscribe?u=%s>" % n), ("Precedence", "bulk")],
          mailfrom="bounce-mc.us8_%s@mail%d.atl31.mcsv.net" % (n[:8], rng.randint(100, 300)))

def colleague(when):
    a, t, c = a_file()
    if rng.random() < 0.5:
        name, mail = TC
        s = rng.choice(["%s: missing signatures" % a, "%s: timeline" % a, "%s: earnest money receipt" % a, "compliance checklist %s" % a])
        body = "Hi Jess,\n\n%s\n\nDevin\nTransaction Coordinator\n" % rng.choice([
            "the lead paint disclosure still needs the buyers' initials, I sent it in dotloop.", "inspection contingency ends Friday, appraisal due the 18th.",
            "EMD receipt from Cornerstone is in the loop.", "broker review is done, two items left on the checklist."])
    else:
        name, mail = rng.choice(STAFF)
        s = rng.choice(["office meeting Tuesday", "lockbox codes", "broker review", "Re: open house this weekend", "signs for %s" % a])
        body = "Hi Jess,\n\n%s\n\n%s\n" % (rng.choice(["sales meeting moved to 9:30.", "new lockbox code for the office listing is in the shared drive.",
                                                       "please upload the signed disclosures before Friday.", "I can cover your open house Sunday 1-3.",
                                                       "sign rider order goes out Thursday."]), name.split()[0])
    mid = b.add(when, "%s <%s>" % (name, mail), ME, s, body)
    threads.append((mid, mail, name, s))

def reply(when):
    if not threads: return
    mid, mail, name, subj = rng.choice(threads)
    b.add(when, ME, "%s <%s>" % (name, mail), subj if subj.startswith("Re: ") else "Re: " + subj, "Hi %s,\n\n%s\n%s" % (name.split()[0], rng.choice([
        "thanks, got it.", "sounds good, I'll let the buyers know.", "perfect, see you at closing.", "signed.", "I'll call you this afternoon."]), SIG), irt=mid, rcpts=[mail])

def personal(when):
    name, mail = rng.choice([("Marco Alvarado", "marco.alvarado@gmail.com"), ("Lucy Alvarado", "lucy.alv@yahoo.com")])
    b.add(when, "%s <%s>" % (name, mail), ME, rng.choice(["pickup Friday", "soccer schedule", "Thanksgiving plans"]),
          "Hi,\n\n%s\n\n%s\n" % (rng.choice(["can you get the kids Friday? I have a late meeting.", "the new soccer schedule is on the team app.",
                                             "mom wants to host Thanksgiving, ok with you?"]), name.split()[0]))

day = start
while day < end:
    wd = day.weekday()
    def at(): return day + datetime.timedelta(hours=rng.uniform(7, 20))
    if rng.random() < 0.75: mls_alert(at())
    if rng.random() < 0.25: zillow_lead(at())
    if wd < 5:
        if rng.random() < 0.5: envelope(at())
        if rng.random() < 0.3: title(at())
        if rng.random() < 0.06: title(at(), wire=True)
        if rng.random() < 0.3: lender(at())
        if rng.random() < 0.15: inspection(at())
        if rng.random() < 0.06: hoa(at())
        if rng.random() < 0.5: colleague(at())
        if rng.random() < 0.5: reply(at())
    if rng.random() < 0.4: showing(at())
    if rng.random() < 0.45: client(at())
    if wd >= 5 and rng.random() < 0.5:
        for _ in range(rng.randint(1, 3)): openhouse(at())
    if wd >= 5 and rng.random() < 0.25: personal(at())
    if wd == 2: assoc(at())
    day += datetime.timedelta(days=1)

# test window: first contacts
T = split + datetime.timedelta(days=1, hours=10)
def first(d, frm, subj, body, ct="text/plain; charset=utf-8", **kw):
    return b.add(T + datetime.timedelta(days=d), frm, ME, subj, body, ct, **kw)
# a new buyer lead from free mail with a Zillow listing link
first(0, "Rachel Kemp <rkemp.homes@gmail.com>", "Interested in 212 Willet Way",
      "Hi Jess,\n\nI found your name on the listing for 212 Willet Way:\n%s\n\nWe're relocating from Ohio in January and pre-approved. "
      "Could we see it this Saturday?\n\nThanks,\nRachel Kemp\n" % zlink("212 Willet Way", "Port Ellery"))
# a new buyer from free mail with a realtor.com and a Redfin link
first(1, "Dmitri Volkov <dvolkov77@outlook.com>", "Two houses in Brantley",
      "Hello,\n\nmy wife and I would like to look at these two:\nhttps://www.realtor.com/realestateandhomes-detail/88-Oyster-Bay-Dr_Brantley_VA_23412_M61234-55120\n"
      "https://www.redfin.com/VA/Brantley/88-Oyster-Bay-Dr/home/48120377\n\nAre you available next week?\nDmitri\n")
# a seller lead: "what's my home worth", linking her own house on Zillow
first(2, "Carol Jennings <caroljennings52@yahoo.com>", "Selling our house in the spring",
      "Hi Jess,\n\nmy neighbor recommended you. We're thinking of selling in the spring. Zillow says this, but I don't trust it:\n%s\n\n"
      "Could you come by for a market analysis?\n\nCarol\n" % zlink("45 Bayberry St", "Westmarch"))
# a buyer's agent at another brokerage: offer PDF and pre-approval, dotloop loop
doc = pdf(["Purchase Agreement", "Property: %s" % (FILES[-1][0] if FILES else "14 Tern Ct"), "Price offered: $612,000", "Earnest money: $10,000 within 3 days", "Settlement: December 19, 2026"])
body, ct = mixed([("text/plain; charset=utf-8", "Hi Jess,\n\nplease find attached our offer on your listing, with the buyers' pre-approval. The loop is also shared with you in dotloop: "
                   "https://my.dotloop.com/loop/739120448/documents\n\nResponse by Sunday 6pm, please.\n\nKevin Marsh\nHarborline Properties\n(555) 014-8812\n"),
                  ("application/pdf", "Offer_Marsh_buyers.pdf", doc)])
first(3, "Kevin Marsh <kevin@harborlineproperties.example>", "Offer on your listing", body, ct)
# another lender's pre-approval letter for the buyer's offer
doc = pdf(["Summit Ridge Mortgage", "Pre-Approval Letter", "Borrower: Erin and Paul Gatz", "Purchase price up to $650,000", "FHA 30-year fixed"])
body, ct = mixed([("text/plain; charset=utf-8", "Hi Jess,\n\nI'm the lender for Kevin Marsh's buyers. Pre-approval attached; happy to talk through their file. "
                   "Loan status: https://portal.summitridgemortgage.example/partner/status/88120\n\nHannah Kim\nNMLS #1120448\nSummit Ridge Mortgage\n"),
                  ("application/pdf", "Gatz_preapproval.pdf", doc)])
first(3.2, "Hannah Kim <hkim@summitridgemortgage.example>", "Pre-approval - Gatz offer", body, ct)
# another title company (the buyer's choice): order opened, earnest money wire instructions in its portal
body, ct = alt("Order opened, wire instructions in our secure portal\n",
               '<p>Dear Jess,</p><p>Bayline Settlement Services has opened order BSS-2611-0482 for %s. The buyer\'s agent selected us as settlement agent.</p>'
               '<p>Earnest money wiring instructions are available to the buyer through our secure portal: '
               '<a href="https://secure.baylinesettlement.example/order/BSS-2611-0482/wire">View wire instructions</a>. '
               'Always verify by calling (555) 014-4471 before wiring.</p><p>Anita Roy<br>Bayline Settlement Services</p>' % (FILES[-1][0] if FILES else "14 Tern Ct"))
first(5, "Anita Roy <aroy@baylinesettlement.example>", "New order BSS-2611-0482 - earnest money instructions", body, ct)
# a relocation company's referral agreement through DocuSign
docusign(T + datetime.timedelta(days=6), sender=("Greg Amato", "Northway Relocation"), subj="Please DocuSign: Referral agreement - transferee Olsen")
# a new inspector's report with a Spectora link
inspection(T + datetime.timedelta(days=7), frm="Ridgeback Inspections <office@ridgebackinspect.example>", co="Ridgeback Inspections")
# a new HOA manager's resale portal invitation
body, ct = alt("Your resale document order is ready\n",
               '<p>Your resale disclosure order #RD-40812 for <b>%s</b> is complete.</p><p><a href="https://docs.harbourhoa.example/orders/RD-40812?key=%s">Download documents</a></p>'
               '<p>Harbour Association Management</p>' % (FILES[-2][0] if len(FILES) > 1 else "14 Tern Ct", H(16)))
first(8, "Harbour Association Management <orders@harbourhoa.example>", "Resale documents ready - RD-40812", body, ct)
# a Zillow lead from a buyer new here (the Reply-To the buyer)
zillow_lead(T + datetime.timedelta(days=9), name="Tamsin Hale", mail="tamsin.hale@gmail.com")
# an open house visitor new here
openhouse(T + datetime.timedelta(days=12), name="Felix Ward", mail="felixward@gmail.com")
b.write(sys.argv[1], split)
print(len(b.msgs))
