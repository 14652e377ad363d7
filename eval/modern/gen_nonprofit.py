# The mailbox of the development (fundraising) director of a small
# nonprofit: ruth.okafor@riverbendliteracy.example (Riverbend Literacy
# Project, internal domain riverbendliteracy.example, an executive director,
# a program manager and a development associate). Donation notices from the
# online donation form (Donorbox) with Reply-To the donor, the peer-to-peer
# fundraising platform's notices (Givebutter: new fundraiser pages, team
# milestones), the donor CRM's task digests (Bloomerang), Stripe and PayPal
# payouts, Eventbrite orders for the autumn gala, SignUpGenius volunteer
# sign-ups, a community foundation's grant portal on Fluxx and a state
# humanities council's grants system, DocuSign and Adobe Acrobat Sign
# envelopes, board members writing from personal free-mail addresses (Google
# Docs and Drive links), a sector mailing list (Mailman, List-Id), two
# newsletters (Mailchimp), the bank's alerts, the auditor's requests through
# its ShareFile, the printer's QuickBooks invoices, donors replying to thank
# you notes, colleagues, her replies. In the test window first contacts: new
# donors (one from free mail with a link to her company's matching-gift page,
# one giving through a donor-advised fund's notice), a corporate sponsor with
# its sponsorship form on its own site, a new foundation's program officer
# with its own Fluxx portal, a volunteer with a LinkedIn profile, a venue's
# DocuSign contract, a local reporter with the article, a new board
# prospect's Calendly link, a new grants newsletter.
import datetime, random, sys
from gen_common import Box, alt, mixed, pdf

rng = random.Random(181)
from gen_common import UTC, start, split, end  # the learn and test windows
CO = "riverbendliteracy.example"
OWNER = "ruth.okafor@" + CO
ME = "Ruth Okafor <%s>" % OWNER
ED = ("Samuel Pierce", "sam.pierce@" + CO)            # executive director
STAFF = [ED, ("Lena Ortiz", "lena.ortiz@" + CO), ("Jared Cole", "jared.cole@" + CO)]
BOARD = [("Helen Marsh", "helenmarsh1957@gmail.com"), ("David Tran", "dtran.home@yahoo.com"),
         ("Monica Reyes", "monicareyes.board@gmail.com"), ("Phil Abernathy", "pabernathy@comcast.net")]
DONORS = [("Gloria Weiss", "gloriaweiss@gmail.com"), ("Tom and Ann Becker", "beckerfamily@outlook.com"),
          ("Raj Patel", "rajpatel.cle@gmail.com"), ("Carla Mendes", "cmendes@icloud.com"),
          ("Evan Brooks", "evanbrooks@ameritech.net"), ("Judith Kahn", "judykahn44@aol.com"),
          ("Marcus Lee", "marcus.lee@lakeshorelaw.example"), ("Nina Ferraro", "nferraro@yahoo.com")]
FOUND = "millbrookcf.example"                          # community foundation (portal on Fluxx)
FLUXX = "millbrookcf.fluxx.io"
HUMAN = "lakestatehumanities.example"                  # state humanities council
BANK = "lakeshorecommunitybank.example"
AUDIT = "kesslerroy.example"                           # the auditor
PRINTER = "brightpressprinting.example"
LIST = "lists.lakestatenonprofits.example"             # sector mailing list
SIG = "\n--\nRuth Okafor\nDirector of Development\nRiverbend Literacy Project\n(555) 014-3390\n"
b = Box("nonprofit", OWNER, start)
R = lambda: rng.randint(10000, 99999)
H = lambda n=10: "".join(rng.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(n))
amt = lambda: rng.choice([25, 35, 50, 50, 100, 100, 150, 250, 500, 1000])
threads = []

def donation(when):
    name, mail = rng.choice(DONORS + [("Kim Ashford", "kimashford@gmail.com"), ("Leo Brandt", "leo.brandt@hotmail.com"),
                                      ("Paula Ng", "paulang77@gmail.com"), ("Omar Said", "omarsaid@outlook.com")])
    a, did = amt(), rng.randint(10 ** 6, 10 ** 7)
    rec = rng.random() < 0.3
    body, ct = alt("New donation: $%d from %s\n" % (a, name),
                   '<p>You received a new %sdonation!</p><p><b>$%d.00</b> from %s (%s)<br>Campaign: %s<br>Designation: %s</p>'
                   '<p><a href="https://donorbox.org/org_admin/donations/%d">View donation</a> | <a href="https://donorbox.org/org_admin/donors?q=%s">Donor profile</a></p>'
                   '<p>Donorbox | <a href="https://donorbox.org/org_admin/settings/notifications">Notification settings</a></p>'
                   % ("recurring " if rec else "", a, name, mail, rng.choice(["General Fund", "Read-a-thon 2026", "Fall Appeal"]),
                      rng.choice(["Where needed most", "Adult literacy", "Family reading nights"]), did, H(12)))
    b.add(when, "Donorbox <donations@donorbox.org>", ME, "New %sdonation: $%d from %s" % ("recurring " if rec else "", a, name), body, ct,
          reply_to="%s <%s>" % (name, mail), mailfrom="bounces+%s@em.donorbox.org" % H(8))

def p2p(when):
    who = rng.choice(["Jamie Kowalski", "Priya Shah", "The Becker Family", "Riverbend Rotary", "Ms. Dunn's 4th grade", "Coach Ellis"])
    page = who.lower().replace(" ", "").replace(".", "").replace("'", "")[:14]
    kind = rng.choice(["page", "goal", "donation", "donation"])
    if kind == "page":
        s, t = "%s started a fundraiser for Read-a-thon 2026" % who, "%s created a fundraising page." % who
    elif kind == "goal":
        s, t = "%s reached 100%% of their goal!" % who, "%s reached their $%d goal." % (who, rng.choice([250, 500, 1000]))
    else:
        s, t = "New donation to %s's fundraiser" % who, "%s received $%d on their fundraising page." % (who, amt())
    body, ct = alt(t + "\n", '<p>%s</p><p><a href="https://givebutter.com/readathon2026/%s">View fundraiser</a> | '
                   '<a href="https://dashboard.givebutter.com/campaigns/%d/supporters">Open dashboard</a></p>'
                   '<p>Givebutter | <a href="https://givebutter.com/notifications/unsubscribe?t=%s">Manage emails</a></p>' % (t, page, R(), H(16)))
    b.add(when, "Givebutter <notifications@givebutter.com>", ME, s, body, ct, mailfrom="bounce-%s@mail.givebutter.com" % H(8))

def crm(when):
    n = rng.randint(3, 12)
    body, ct = alt("You have %d tasks due this week\n" % n,
                   '<p>Good morning Ruth, you have <b>%d tasks</b> due this week.</p><ul><li>Thank-you call: %s</li><li>Send impact report: %s</li></ul>'
                   '<p><a href="https://crm.bloomerang.co/Tasks/Mine?org=%d">View tasks</a> | <a href="https://crm.bloomerang.co/Constituents/%d">%s</a></p>'
                   '<p>Bloomerang | <a href="https://crm.bloomerang.co/Settings/Notifications">Email preferences</a></p>'
                   % (n, rng.choice(DONORS)[0], rng.choice(DONORS)[0], 48120, R(), rng.choice(DONORS)[0]))
    b.add(when, "Bloomerang <noreply@bloomerang.co>", ME, "Your tasks for the week", body, ct, mailfrom="bounce-%s@mail.bloomerang.co" % H(8))

def payout(when):
    a = "%d.%02d" % (rng.randint(200, 9000), rng.randint(0, 99))
    if rng.random() < 0.6:
        body, ct = alt("Your payout of $%s is on the way\n" % a,
                       '<p>A payout of <b>$%s USD</b> to LAKESHORE COMMUNITY BANK ****4471 should arrive in 2 business days.</p>'
                       '<p><a href="https://dashboard.stripe.com/payouts/po_%s">View payout</a></p><p>Stripe, 354 Oyster Point Blvd, South San Francisco, CA</p>' % (a, H(24)))
        b.add(when, "Stripe <notifications@stripe.com>", ME, "Your payout of $%s is on its way" % a, body, ct, mailfrom="bounces+%s@stripe.com" % H(8))
    else:
        body, ct = alt("You've got money: $%s\n" % a,
                       '<p>Hello, Riverbend Literacy Project</p><p>You received a payment of <b>$%s USD</b> from PayPal Giving Fund.</p>'
                       '<p><a href="https://www.paypal.com/activity/payment/%s">View transaction</a></p><p><a href="https://www.paypal.com/us/smarthelp/home">Help &amp; Contact</a></p>' % (a, H(17).upper()))
        b.add(when, "service@paypal.com", ME, "You've got money", body, ct, mailfrom="service@paypal.com")

def eventbrite(when):
    name = rng.choice(["Gloria Weiss", "Tom Becker", "Anna Kowalski", "Brian Holt", "Sara Lind", "Ken Oduya", "Mia Rossi"])
    n = rng.randint(1, 8)
    oid = rng.randint(10 ** 9, 10 ** 10)
    body, ct = alt("New order: %s bought %d tickets\n" % (name, n),
                   '<p>%s just bought <b>%d ticket%s</b> to <b>Turning the Page Gala 2026</b>.</p><p>Order #%d</p>'
                   '<p><a href="https://www.eventbrite.com/myevent?eid=%d">Manage event</a> | <a href="https://www.eventbrite.com/reports?eid=%d&amp;rt=orders">View order</a></p>'
                   '<p>Eventbrite | <a href="https://www.eventbrite.com/account-settings/email-preferences">Email preferences</a></p>' % (name, n, "s" if n > 1 else "", oid, 884120417, 884120417))
    b.add(when, "Eventbrite <noreply@order.eventbrite.com>", ME, "New order for Turning the Page Gala 2026", body, ct, mailfrom="bounce-%s@order.eventbrite.com" % H(8))

def signup(when):
    name = rng.choice(["Kara Voss", "Dylan Park", "Mei Chen", "Ruth Gold", "Andre Baptiste", "Liz Monroe", "Hugo Weber"])
    slot = rng.choice(["Gala check-in table", "Family reading night - snacks", "Book sort Saturday", "Tutor orientation"])
    body, ct = alt("%s signed up for %s\n" % (name, slot),
                   '<p><b>%s</b> signed up for <b>%s</b> on your sign up "Riverbend Volunteers - Fall 2026".</p>'
                   '<p><a href="https://www.signupgenius.com/go/10C0E4AA9A92BA4F9C61-fall2026">View sign up</a> | <a href="https://www.signupgenius.com/index.cfm?go=c.Reports">Reports</a></p>'
                   '<p>SignUpGenius</p>' % (name, slot))
    b.add(when, "SignUpGenius <notifications@signupgenius.com>", ME, "%s signed up: %s" % (name, slot), body, ct, mailfrom="bounce-%s@signupgenius.com" % H(8))

def grants(when):
    if rng.random() < 0.55:
        st = rng.choice(["Your report is due in 30 days", "Application submitted: 2027 Community Impact Grant", "A new message about your request",
                         "Payment scheduled: Request #%d" % R()])
        body, ct = alt(st + "\n", '<p>Dear Ruth Okafor,</p><p>%s.</p><p>Please sign in to the Millbrook Community Foundation grants portal to view the details.</p>'
                       '<p><a href="https://%s/user_sessions/new">Sign in to the portal</a></p><p>Millbrook Community Foundation | <a href="https://www.%s/grants">Grant guidelines</a></p>'
                       % (st, FLUXX, FOUND))
        b.add(when, "Millbrook Community Foundation <grants@%s>" % FOUND, ME, st, body, ct, mailfrom="noreply@%s" % FLUXX)
    else:
        st = rng.choice(["Interim report received", "Grant agreement ready for signature", "Reminder: final report due December 15"])
        body, ct = alt(st + "\n", '<p>Grant LSH-26-%d (Riverbend Family Reading Nights)</p><p>%s.</p>'
                       '<p><a href="https://grants.%s/Login.aspx?ReturnUrl=%%2fgrantee%%2fdashboard">Log in to the grants system</a></p><p>Lake State Humanities</p>' % (R(), st, HUMAN))
        b.add(when, "Lake State Humanities Grants <grants@%s>" % HUMAN, ME, st, body, ct)

def program_officer(when):
    s = rng.choice(["site visit next month", "Re: budget question", "report template", "2027 cycle"])
    body = "Hi Ruth,\n\n%s\n\nAlicia Gomez\nProgram Officer, Millbrook Community Foundation\n" % rng.choice([
        "could we schedule the site visit for the week of the 14th?", "the revised budget looks fine, thank you.",
        "the new report template is on our website: https://www.%s/grantees/reports" % FOUND, "LOIs for the 2027 cycle open January 5."])
    mid = b.add(when, "Alicia Gomez <agomez@%s>" % FOUND, ME, s, body)
    threads.append((mid, "agomez@" + FOUND, "Alicia Gomez", s))

def esign(when):
    if rng.random() < 0.5:
        who, org = rng.choice([(ED[0], "Riverbend Literacy Project"), ("Alicia Gomez", "Millbrook Community Foundation"), ("Beth Carver", "Harborview Event Center")])
        e = H(32)
        s = "Please DocuSign: %s" % rng.choice(["Grant agreement 2026-118", "Venue contract - Turning the Page Gala", "Sponsorship agreement", "Gift acceptance form"])
        body, ct = alt("%s sent you a document to review and sign.\n" % who,
                       '<p>%s sent you a document to review and sign.</p><p><a href="https://na3.docusign.net/Signing/EmailStart.aspx?a=%s&amp;etti=24&amp;acct=%s&amp;er=%s">REVIEW DOCUMENTS</a></p>'
                       '<p>%s<br>%s</p><p>Do Not Share This Email. <a href="https://www.docusign.com/support">Questions about the document?</a></p>' % (who, e, H(32), H(32), who, org))
        b.add(when, "%s via DocuSign <dse_na3@docusign.net>" % who, ME, s, body, ct)
    else:
        doc = rng.choice(["Pledge agreement - Weiss", "Board conflict of interest statement 2026", "Printing estimate approval"])
        body, ct = alt("%s requested your signature on %s\n" % (ED[0], doc),
                       '<p>%s has requested your signature on <b>%s</b>.</p><p><a href="https://secure.na1.adobesign.com/public/esignWidget?wid=CBFCIBAA3AAABLblqZhB%s&amp;hosted=false">Review and sign</a></p>'
                       '<p>Adobe Acrobat Sign</p>' % (ED[0], doc, H(24)))
        b.add(when, "Adobe Acrobat Sign <adobesign@adobesign.com>", ME, "Signature requested on \"%s\"" % doc, body, ct, mailfrom="bounce-%s@adobesign.com" % H(8))

def board(when):
    name, mail = rng.choice(BOARD)
    kind = rng.choice(["plain", "plain", "doc", "intro"])
    if kind == "doc":
        s = rng.choice(["draft minutes", "gala sponsor list", "finance committee notes"])
        body = "Hi Ruth,\n\nhere's the %s, comments welcome:\nhttps://docs.google.com/document/d/1%s/edit?usp=sharing\n\n%s\n" % (s, H(40), name.split()[0])
    elif kind == "intro":
        s = "intro: %s" % rng.choice(["my neighbor at the credit union", "a friend who runs a family foundation", "the Rotary's service chair"])
        body = "Ruth,\n\nI'd like to introduce you to someone who may want to support the gala. I'll cc them on the next note once they say yes.\n\n%s\n" % name.split()[0]
    else:
        s = rng.choice(["Re: board meeting Thursday", "gala table", "my pledge", "Re: thank you calls", "annual appeal letter"])
        body = "Hi Ruth,\n\n%s\n\n%s\n" % (rng.choice(["I can make the calls on my list this weekend.", "count me in for a table of eight.",
                                                      "I'll send my pledge check next week.", "the appeal letter draft reads well, two small edits.",
                                                      "sorry, I'll be late Thursday."]), name.split()[0])
    mid = b.add(when, "%s <%s>" % (name, mail), ME, s, body, cc="%s <%s>" % ED if rng.random() < 0.3 else None)
    threads.append((mid, mail, name, s))

def donor_mail(when):
    name, mail = rng.choice(DONORS)
    s = rng.choice(["Re: Thank you!", "my gift this year", "change of address", "gala tickets", "matching gift"])
    body = "Dear Ruth,\n\n%s\n\n%s\n" % (rng.choice(["thank you for the lovely note and the photos from reading night.", "I'd like to make my annual gift by check again this year.",
                                                    "we moved, please update our address for the newsletter.", "can we add two more guests to our table?",
                                                    "my employer matches gifts, I'll submit it this week."]), name.split()[0])
    mid = b.add(when, "%s <%s>" % (name, mail), ME, s, body)
    threads.append((mid, mail, name, s))

def mlist(when):
    frm = rng.choice([("Jo Whitfield", "jwhitfield@eastsidefoodbank.example"), ("Ray Costa", "rcosta@harborarts.example"),
                      ("Denise Hall", "dhall@youthmentors.example"), ("Pat Nguyen", "pnguyen@lakestatenonprofits.example"),
                      ("Omar Farouk", "ofarouk@greenwayconservancy.example"), ("Tess Lin", "tlin@clevelandzoosociety.example")])
    s = rng.choice(["donor database recommendations?", "year-end appeal timing", "gift acceptance policy template", "grant writer referral",
                    "anyone using Givebutter for P2P?", "board giving expectations", "Webinar: planned giving basics"])
    link = rng.choice(["", "", "\nHere's ours: https://www.%s/about/policies\n" % frm[1].split("@")[1],
                       "\nSlides: https://docs.google.com/presentation/d/1%s/view\n" % H(40),
                       "\nRegister: https://lakestatenonprofits.example/events/%d\n" % R()])
    body = "%s\n%s\n%s\n%s\n\n_______________________________________________\nFundraisers mailing list\nfundraisers@%s\nhttps://%s/mailman/listinfo/fundraisers\n" % (
        rng.choice(["Hi all,", "Hello colleagues,", "Good morning,"]),
        rng.choice(["We're reviewing our options and would love to hear what others use.", "Sharing in case it helps anyone.",
                    "Quick question for the group.", "We just went through this and happy to share."]), link, frm[0], LIST, LIST)
    b.add(when, "%s <%s>" % frm, "Fundraisers <fundraisers@%s>" % LIST, "[Fundraisers] " + s, body,
          extra=[("List-Id", "Fundraisers for Lake State nonprofits <fundraisers.%s>" % LIST), ("List-Unsubscribe", "<https://%s/mailman/options/fundraisers>" % LIST),
                 ("List-Archive", "<https://%s/pipermail/fundraisers/>" % LIST), ("Precedence", "list"), ("Sender", "fundraisers-bounces@%s" % LIST)],
          mailfrom="fundraisers-bounces@%s" % LIST)

def newsletter(when):
    if rng.random() < 0.5:
        n = H(10)
        lm = lambda: "https://givingledger.us12.list-manage.com/track/click?u=%s&amp;id=%s&amp;e=%s" % (n, H(10), H(10))
        body, ct = alt("The Giving Ledger\n", '<h2>The Giving Ledger</h2><p><a href="%s">Year-end giving: five emails that work</a></p><p><a href="%s">DAF grants rose 9%% last year</a></p>'
                       '<p><a href="%s">Free webinar: stewardship calls</a></p><p><a href="https://givingledger.us12.list-manage.com/unsubscribe?u=%s&amp;id=%s">Unsubscribe</a></p>' % (lm(), lm(), lm(), n, H(10)))
        b.add(when, "The Giving Ledger <news@givingledger.example>", ME, "The Giving Ledger: this week", body, ct,
              extra=[("List-Unsubscribe", "<https://givingledger.us12.list-manage.com/unsubscribe?u=%s>" % n), ("Precedence", "bulk")],
              mailfrom="bounce-mc.us12_%s@mail%d.suw11.mcsv.net" % (n[:8], rng.randint(100, 300)))
    else:
        body, ct = alt("Grant deadlines this month\n", '<p>Lake State Nonprofit Association - Grant Alert</p><p><a href="https://lakestatenonprofits.example/grants/%d">%s</a></p>'
                       '<p><a href="https://lakestatenonprofits.example/grants/%d">%s</a></p><p><a href="https://lakestatenonprofits.example/account/email">Update preferences</a></p>'
                       % (R(), rng.choice(["Arts Access Fund - due Dec 1", "Library Partners Grant - due Jan 15"]), R(), rng.choice(["Youth Literacy Fund - rolling", "Capacity Building Grants - due Feb 1"])))
        b.add(when, "Lake State Nonprofit Association <alerts@lakestatenonprofits.example>", ME, "Grant alert: deadlines this month", body, ct, extra=[("Precedence", "bulk")])

def bank(when):
    kind = rng.choice(["deposit", "statement", "wire"])
    s = {"deposit": "Mobile deposit received", "statement": "Your statement is ready", "wire": "Incoming wire received"}[kind]
    body, ct = alt(s + "\n", '<p>%s for account ending 4471.</p><p><a href="https://online.%s/login">Sign in to online banking</a> to view details.</p>'
                   '<p>Lakeshore Community Bank, Member FDIC. We will never ask for your password by email.</p>' % (s, BANK))
    b.add(when, "Lakeshore Community Bank <alerts@%s>" % BANK, ME, s, body, ct)

def auditor(when):
    s = rng.choice(["FY2026 audit: PBC list", "Re: audit fieldwork dates", "documents uploaded - thank you", "Form 990 draft for review"])
    link = rng.choice(["The request list is in our portal: https://kesslerroy.sharefile.com/r-r%s\n" % H(16), "", ""])
    body = "Hi Ruth,\n\n%s\n%s\nJanet Roy, CPA\nKessler & Roy CPAs\n" % (rng.choice(["please upload the gift agreements for restricted grants over $10,000.",
                                                                                   "fieldwork is set for the week of December 7.", "we received the pledge schedule, thanks.",
                                                                                   "the draft 990 is ready for your review."]), link)
    mid = b.add(when, "Janet Roy <jroy@%s>" % AUDIT, ME, s, body, cc="%s <%s>" % ED)
    threads.append((mid, "jroy@" + AUDIT, "Janet Roy", s))

def printer(when):
    n = rng.randint(2000, 9000)
    if rng.random() < 0.6:
        body, ct = alt("Invoice %d from BrightPress Printing\n" % n,
                       '<p>BrightPress Printing sent you an invoice for <b>$%d.00</b>, due %s.</p>'
                       '<p><a href="https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-%d?locale=en_US&amp;cta=viewinvoicenow">Review and pay</a></p>'
                       '<p>Powered by QuickBooks</p>' % (rng.randint(180, 2400), (when + datetime.timedelta(days=30)).strftime("%b %d"), rng.randint(10 ** 12, 10 ** 13)))
        b.add(when, '"BrightPress Printing" <quickbooks@notification.intuit.com>', ME, "Invoice %d from BrightPress Printing" % n, body, ct)
    else:
        s = rng.choice(["proof: gala invitation", "Re: appeal letter print run", "mailing house drop date"])
        doc = pdf(["BrightPress Printing", "PROOF - please approve", s, "Qty 2,500, 4/4, 100# gloss text"])
        body, ct = mixed([("text/plain; charset=utf-8", "Hi Ruth,\n\nproof attached, please approve by Thursday so we keep the mail date.\n\nGreg Lowell\nBrightPress Printing\n"),
                          ("application/pdf", "Proof_%d.pdf" % n, doc)])
        mid = b.add(when, "Greg Lowell <greg@%s>" % PRINTER, ME, s, body, ct)
        threads.append((mid, "greg@" + PRINTER, "Greg Lowell", s))

def colleague(when):
    name, mail = rng.choice(STAFF)
    s = rng.choice(["gala seating chart", "Re: donor thank-you list", "grant report numbers", "volunteer hours for the report", "staff meeting"])
    body = "Hi Ruth,\n\n%s\n\n%s\n" % (rng.choice(["the seating chart is in the shared drive.", "attendance numbers for the report: 412 adults, 188 families.",
                                                   "can you sign the thank-you letters by Friday?", "volunteer hours are 1,240 for the year so far.",
                                                   "staff meeting moved to 10."]), name.split()[0])
    mid = b.add(when, "%s <%s>" % (name, mail), ME, s, body)
    threads.append((mid, mail, name, s))

def reply(when):
    if not threads: return
    mid, mail, name, subj = rng.choice(threads)
    b.add(when, ME, "%s <%s>" % (name, mail), subj if subj.startswith("Re: ") else "Re: " + subj, "Hi %s,\n\n%s\n%s" % (name.split()[0], rng.choice([
        "thank you so much!", "got it, thanks.", "perfect, I'll take care of it today.", "signed and returned.", "let's talk Monday."]), SIG), irt=mid, rcpts=[mail])

day = start
while day < end:
    wd = day.weekday()
    def at(): return day + datetime.timedelta(hours=rng.uniform(7, 21))
    for _ in range(rng.choice([0, 1, 1, 2, 3])): donation(at())
    if rng.random() < 0.4: p2p(at())
    if wd < 5:
        if wd == 0: crm(at())
        if rng.random() < 0.3: payout(at())
        if rng.random() < 0.12: grants(at())
        if rng.random() < 0.06: program_officer(at())
        if rng.random() < 0.2: esign(at())
        if rng.random() < 0.3: board(at())
        if rng.random() < 0.25: donor_mail(at())
        if rng.random() < 0.45: mlist(at())
        if rng.random() < 0.1: bank(at())
        if rng.random() < 0.07: auditor(at())
        if rng.random() < 0.07: printer(at())
        if rng.random() < 0.5: colleague(at())
        if rng.random() < 0.6: reply(at())
    if day.month >= 10 and rng.random() < 0.5: eventbrite(at())
    if rng.random() < 0.2: signup(at())
    if wd in (1, 4): newsletter(at())
    day += datetime.timedelta(days=1)

# test window: first contacts
T = split + datetime.timedelta(days=1, hours=10)
def first(d, frm, subj, body, ct="text/plain; charset=utf-8", **kw):
    return b.add(T + datetime.timedelta(days=d), frm, ME, subj, body, ct, **kw)
# a new donor from free mail: her employer's matching-gift page
first(0, "Beth Harlan <bethharlan.oh@gmail.com>", "Matching gift for my donation",
      "Hi Ruth,\n\nI donated $250 online last week. My employer matches gifts through Benevity; I submitted the match here:\n"
      "https://causes.benevity.org/causes/840-824120417\n\nYou should get an email from them to confirm. Thanks for the work you do!\nBeth Harlan\n")
# a donor-advised fund's grant notice for a donor new here
body, ct = alt("A grant is on its way\n", '<p>Dear Riverbend Literacy Project,</p><p>We are pleased to let you know that a grant of <b>$1,000.00</b> has been recommended '
               'by the <b>Harlow Family Giving Account</b> and approved by Fidelity Charitable.</p><p>Payment will be sent by check or electronic transfer. '
               '<a href="https://www.fidelitycharitable.org/giving-account/charities/grant-status.html">Learn about grant payments</a></p><p>Fidelity Charitable</p>')
first(1, "Fidelity Charitable <grants@fidelitycharitable.org>", "Grant notification: Harlow Family Giving Account", body, ct)
# a corporate sponsor's first contact with its sponsorship form on its own site
first(2, "Devon Ames <dames@northcoastcu.example>", "Gala sponsorship - North Coast Credit Union",
      "Hi Ruth,\n\nHelen Marsh mentioned your gala. We'd like to be a Chapter sponsor ($2,500). Our community giving team needs the request in our form:\n"
      "https://www.northcoastcu.example/community/sponsorship-request\n\nOnce submitted, I can have a check cut within two weeks.\n\nDevon Ames\nCommunity Relations, North Coast Credit Union\n")
# a new foundation's program officer: LOI invitation through its own Fluxx portal
body, ct = alt("Invitation to submit a full proposal\n",
               '<p>Dear Ms. Okafor,</p><p>Thank you for your letter of inquiry. The Alder Family Foundation invites Riverbend Literacy Project to submit a full proposal '
               'for up to $15,000. Please create an account in our grants portal and complete the application by January 10.</p>'
               '<p><a href="https://alderfamilyfdn.fluxx.io/user_sessions/new">Alder Family Foundation grants portal</a></p><p>Warm regards,<br>Nadine Price<br>Program Director</p>')
first(3, "Nadine Price <nprice@alderfamilyfdn.example>", "Alder Family Foundation - invitation to apply", body, ct)
# a volunteer from free mail with a LinkedIn profile
first(4, "Marcus Hill <marcushill.ohio@gmail.com>", "Volunteering as a tutor",
      "Hello,\n\nI'm a retired teacher and would love to tutor adults. My background: https://www.linkedin.com/in/marcus-hill-teacher\n\nHow do I get started?\nMarcus\n")
# a new venue's contract through DocuSign
b.add(T + datetime.timedelta(days=5), "Carl Benning via DocuSign <dse_na3@docusign.net>", ME, "Please DocuSign: Spring luncheon venue contract - Lakeview Hall",
      *alt("Carl Benning sent you a document to review and sign.\n",
           '<p>Carl Benning sent you a document to review and sign.</p><p><a href="https://na3.docusign.net/Signing/EmailStart.aspx?a=%s&amp;etti=24&amp;acct=%s&amp;er=%s">REVIEW DOCUMENTS</a></p>'
           '<p>Carl Benning<br>Lakeview Hall Events</p><p>Do Not Share This Email. <a href="https://www.docusign.com/support">Questions about the document?</a></p>' % (H(32), H(32), H(32))))
# a local reporter with the published article
first(6, "Tasha Monroe <tmonroe@riverbendgazette.example>", "Your read-a-thon in today's paper",
      "Hi Ruth,\n\nthe story on the read-a-thon ran today: https://www.riverbendgazette.example/news/2026/11/readathon-raises-record-total\n"
      "Thanks again for the photos.\n\nTasha Monroe\nRiverbend Gazette\n")
# a board prospect's scheduling link
first(7, "Gordon Ellis <gordon.ellis@ellisadvisors.example>", "Coffee about the board?",
      "Hi Ruth,\n\nDavid Tran suggested we talk about the open board seat. Grab any time that works: https://calendly.com/gordon-ellis/30min\n\nGordon\n")
# a new grants newsletter (Mailchimp)
body, ct = alt("Funding Roundup\n", '<h2>Funding Roundup - November</h2><p><a href="https://fundingroundup.us5.list-manage.com/track/click?u=a8f3&amp;id=k2m9">12 literacy funders open now</a></p>'
               '<p><a href="https://fundingroundup.us5.list-manage.com/unsubscribe?u=a8f3&amp;id=k2m9">Unsubscribe</a></p>')
first(8, "Funding Roundup <hello@fundingroundup.example>", "Funding Roundup: November", body, ct,
      extra=[("List-Unsubscribe", "<https://fundingroundup.us5.list-manage.com/unsubscribe?u=a8f3>"), ("Precedence", "bulk")], mailfrom="bounce-mc.us5_a8f3@mail188.suw11.mcsv.net")
# a new P2P fundraiser by a first-time supporter (known platform)
b.add(T + datetime.timedelta(days=9), "Givebutter <notifications@givebutter.com>", ME, "Ana Ruiz started a fundraiser for Read-a-thon 2026",
      *alt("Ana Ruiz created a fundraising page.\n", '<p>Ana Ruiz created a fundraising page.</p><p><a href="https://givebutter.com/readathon2026/anaruiz">View fundraiser</a></p>'),
      mailfrom="bounce-x81k@mail.givebutter.com")
# a new donor from free mail replying to the appeal with a question and the appeal's own page
first(10, "Walter Dunn <wdunn1949@aol.com>", "Question about the appeal",
      "Dear Ms. Okafor,\n\nI received your letter. Is a gift by check to the address on https://www.riverbendliteracy.example/give still the best way?\n\nWalter Dunn\n")
b.write(sys.argv[1], split)
print(len(b.msgs))
