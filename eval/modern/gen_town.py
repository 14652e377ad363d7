# The mailbox of the town clerk of a small town: carol.bennett@
# townofcedarhollow.example (Town of Cedar Hollow, internal domain
# townofcedarhollow.example; the clerk's office also issues permits with the
# building department and runs utilities billing with the treasurer). The
# permit portal's notices (an invented SaaS, PermitLane, the town's tenant
# cedarhollow.permitlane.example: applications, fee payments, inspections),
# the payment processor's notices for permit fees and water and sewer bills
# (an invented CivicPay: daily settlements, payments, ACH returns), the
# utility billing software vendor's support desk, Microsoft 365 (SharePoint
# shares from colleagues on the town's own tenant, Teams meeting
# invitations, Defender's quarantine digest), DocuSign envelopes from
# vendors and the state, the state's agencies (Secretary of State's
# elections division with its voter registration system, Department of
# Revenue's local aid notices, the environmental agency's drinking water
# reminders, the state retirement board; one registrable domain
# northmark.example and the retirement board's own), their GovDelivery
# bulletins (lnks.gd links), the select board's distribution list (members
# writing from personal free mail, the administrator's agendas with Zoom
# links), the state clerks' association mailing list (Mailman, List-Id,
# [NCA] tag), the municipal association's Mailchimp newsletter and a
# Constant Contact newsletter for clerks, the town's bank (ACH batches,
# positive pay), vendors (road salt, the bill printer's proofs, the
# election equipment vendor, the IT provider's help desk), contractors
# asking about permits (company domains and free mail, PDF plans, Dropbox
# links), residents at free mail (dog licences, vital records, water bills,
# yard sales), the website's contact form (From the town, Reply-To the
# resident), colleagues, her replies. In the test window first contacts: a
# new resident's Google Maps short link, a new contractor's Dropbox plans,
# the state's grants office on a new host of its domain, a records
# software rep's Calendly link, a genealogist's blog, a surveyor's plot
# plan PDF, a neighbouring town clerk's OneDrive share from her own
# tenant, a new resident from iCloud with a Zillow listing, a wedding
# officiant's Google Doc, the municipal association's new training portal.
import datetime, random, sys
from gen_common import Box, alt, mixed, pdf

rng = random.Random(1907)
from gen_common import UTC, start, split, end  # the learn and test windows
CO = "townofcedarhollow.example"
OWNER = "carol.bennett@" + CO
ME = "Carol Bennett <%s>" % OWNER
ADMIN = ("Paul Ferreira", "paul.ferreira@" + CO)      # town administrator
STAFF = [ADMIN, ("Jenna Liu", "jenna.liu@" + CO),        # assistant clerk
         ("Mike Duarte", "mike.duarte@" + CO),            # building commissioner
         ("Rosa Alvarez", "rosa.alvarez@" + CO),          # utilities billing clerk
         ("Kevin Shaw", "kevin.shaw@" + CO),              # DPW director
         ("Amit Rao", "amit.rao@" + CO)]                  # treasurer
BOARD = [("Ellen Price", "ellenprice.sb@gmail.com"), ("Frank Delaney", "fdelaney55@comcast.net"),
         ("Marisol Vega", "marisol.vega@outlook.com"), ("George Whitcomb", "gwhitcomb@yahoo.com")]
SB = "selectboard@" + CO
STATE = "northmark.example"                              # the state's agencies
RETIRE = "nmretirement.example"                          # state retirement board
PORTAL = "cedarhollow.permitlane.example"                # permit portal tenant
PAY = "civicpay.example"                                 # payment processor
BILLSW = "aquabill.example"                              # utility billing software
BANK = "hollowvalleybank.example"
SALT = "granitesalt.example"
PRINTER = "keystonemailing.example"
ELECT = "ballotworks.example"
MSP = "northpointit.example"
ASSOC = "nmmunicipal.example"                            # municipal association
CLERKS = "lists.northmarkclerks.example"                 # clerks' association list
SHAREPOINT = "townofcedarhollow.sharepoint.com"
SIG = "\n--\nCarol Bennett\nTown Clerk\nTown of Cedar Hollow\n(555) 014-2210\n"
b = Box("town", OWNER, start)
R = lambda: rng.randint(10000, 99999)
H = lambda n=10: "".join(rng.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(n))
threads = []
RESIDENTS = [("Janet Morales", "janetmorales62@gmail.com"), ("Bill Kowalczyk", "billkowalczyk@comcast.net"),
             ("Priya Sharma", "priya.sharma.ch@gmail.com"), ("Tom Haskell", "thaskell@yahoo.com"),
             ("Denise Okoro", "deniseokoro@outlook.com"), ("Walt Jennings", "waltj1948@aol.com"),
             ("Lauren Pike", "laurenpike@icloud.com"), ("Sam Nguyen", "samnguyen.cedar@gmail.com"),
             ("Rita Costa", "ritacosta@verizon.net"), ("Ed Brannigan", "edbrannigan@hotmail.com")]
CONTRACTORS = [("Dave Ruggiero", "dave@ruggieroelectric.example", "Ruggiero Electric"),
               ("Tina Marsh", "tina@marshbuilders.example", "Marsh Builders"),
               ("Luis Pena", "lpena@penaplumbing.example", "Pena Plumbing & Heating"),
               ("Kyle Barton", "kylebartonroofing@gmail.com", "Barton Roofing"),
               ("Sharon Yee", "syee@hollowsolar.example", "Hollow Solar")]

def permit(when):
    kind = rng.choice(["new", "new", "paid", "inspection", "review", "issued"])
    rec = "%s-2026-%04d" % (rng.choice(["BP", "EP", "PP", "GP"]), rng.randint(100, 999))
    addr = "%d %s" % (rng.randint(2, 480), rng.choice(["Maple St", "Old County Rd", "Mill Pond Ln", "Hollow Rd", "Birch Hill Dr", "Main St"]))
    s, t = {"new": ("New application submitted: %s" % rec, "A new application %s was submitted for %s." % (rec, addr)),
            "paid": ("Payment received: %s" % rec, "A payment of $%d.00 was received for %s (%s)." % (rng.choice([50, 75, 120, 250, 410]), rec, addr)),
            "inspection": ("Inspection requested: %s" % rec, "A %s inspection was requested for %s (%s)." % (rng.choice(["rough electrical", "final", "footing", "insulation"]), rec, addr)),
            "review": ("Review step assigned to you: %s" % rec, "The step \"Clerk review\" on %s (%s) is assigned to you." % (rec, addr)),
            "issued": ("Permit issued: %s" % rec, "%s for %s was issued." % (rec, addr))}[kind]
    body, ct = alt(t + "\n", '<p>%s</p><p><a href="https://%s/#/record/%d">View record %s</a></p>'
                   '<p>Sign in to PermitLane to act on this record.</p><p>Town of Cedar Hollow | Powered by PermitLane | '
                   '<a href="https://%s/#/settings/notifications">Notification settings</a></p>' % (t, PORTAL, rng.randint(10 ** 5, 10 ** 6), rec, PORTAL))
    b.add(when, "Town of Cedar Hollow Permits <noreply@permitlane.example>", ME, s, body, ct, mailfrom="bounce-%s@mail.permitlane.example" % H(8))

def payments(when):
    kind = rng.choice(["settle", "settle", "settle", "payment", "return"])
    if kind == "settle":
        n, a = rng.randint(8, 90), "%d.%02d" % (rng.randint(900, 42000), rng.randint(0, 99))
        s = "Daily settlement report - Town of Cedar Hollow - %s" % when.strftime("%m/%d/%Y")
        t = "%d payments totalling $%s settled to HOLLOW VALLEY BANK ****2291." % (n, a)
    elif kind == "payment":
        acct = rng.randint(10000, 19999)
        a = "%d.%02d" % (rng.randint(40, 480), rng.randint(0, 99))
        s = "Payment received: Water/Sewer account %d" % acct
        t = "A payment of $%s was made on utility account %d." % (a, acct)
    else:
        acct = rng.randint(10000, 19999)
        s = "ACH return (R01 insufficient funds): account %d" % acct
        t = "An ACH payment on utility account %d was returned (R01). The payment has been reversed." % acct
    body, ct = alt(t + "\n", '<p>%s</p><p><a href="https://merchant.%s/reports/%s">View in the merchant portal</a></p>'
                   '<p>CivicPay, payment processing for local government | <a href="https://www.%s/support">Support</a></p>' % (t, PAY, H(12), PAY))
    b.add(when, "CivicPay <notifications@%s>" % PAY, ME, s, body, ct, mailfrom="bounces@mail.%s" % PAY)

def billing_vendor(when):
    kind = rng.choice(["ticket", "ticket", "release"])
    if kind == "ticket":
        n = rng.randint(40000, 49999)
        s = "[AquaBill Support] Re: %s (#%d)" % (rng.choice(["meter read import failed", "late fee run question", "bill print file format", "final bill for closed account"]), n)
        body, ct = alt("Ticket #%d was updated.\n" % n, '<p>Hi Carol,</p><p>%s</p><p>Marcy Lopes<br>AquaBill Support</p>'
                       '<p><a href="https://support.%s/hc/requests/%d">View your request</a></p>' % (rng.choice([
                           "the import failed on a duplicate meter ID; I fixed it and re-ran the import.", "the late fee run uses the due date plus the grace days in the rate table.",
                           "the print file is the same layout as last quarter.", "you can run the final bill from the account screen."]), BILLSW, n))
        b.add(when, "AquaBill Support <support@%s>" % BILLSW, ME, s, body, ct, mailfrom="support@%s" % BILLSW)
    else:
        body, ct = alt("AquaBill 8.4 release notes\n", '<p>AquaBill 8.4 is available for hosted customers this weekend.</p>'
                       '<p><a href="https://www.%s/release-notes/8-4">Read the release notes</a> | <a href="https://www.%s/training">Training calendar</a></p>' % (BILLSW, BILLSW))
        b.add(when, "AquaBill <news@%s>" % BILLSW, ME, "AquaBill 8.4 release notes", body, ct, extra=[("Precedence", "bulk")])

def sharepoint(when):
    name, mail = rng.choice(STAFF)
    doc = rng.choice(["FY27 Budget Draft.xlsx", "Election Worker Roster.xlsx", "Dog Licence Renewals 2026.xlsx", "Town Meeting Warrant - draft.docx",
                      "Water Rate Study.pdf", "Permit Fee Schedule 2027.docx"])
    site = rng.choice(["TownClerk", "Finance", "SelectBoard", "Utilities"])
    body, ct = alt("%s shared a file with you\n" % name,
                   '<p>%s shared a file with you</p><p><b>%s</b></p><p>%s</p>'
                   '<p><a href="https://%s/:x:/s/%s/E%s?e=%s">Open</a></p>'
                   '<p>Microsoft respects your privacy. <a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a></p>'
                   % (name, doc, rng.choice(["Can you check the totals?", "Here's the latest.", "Please update your section.", ""]), SHAREPOINT, site, H(40), H(6)))
    b.add(when, "%s <no-reply@sharepointonline.com>" % name, ME, "%s shared \"%s\" with you" % (name, doc), body, ct,
          reply_to="%s <%s>" % (name, mail), mailfrom="no-reply@sharepointonline.com")

def teams(when):
    name, mail = rng.choice(STAFF)
    s = rng.choice(["Budget check-in", "Election prep", "Utilities billing cycle review", "Permit backlog", "Department heads"])
    body, ct = alt("Microsoft Teams meeting\n", '<p>%s</p><p>________________________________________________________________________________</p>'
                   '<p><b>Microsoft Teams</b> <a href="https://aka.ms/JoinTeamsMeeting">Need help?</a></p>'
                   '<p><a href="https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%7d">Join the meeting now</a></p>'
                   '<p>Meeting ID: %d %d %d<br>Passcode: %s</p>' % (s, H(44), H(36), rng.randint(200, 299), rng.randint(100, 999), rng.randint(100, 999), H(6)))
    mid = b.add(when, "%s <%s>" % (name, mail), ME, s, body, ct)
    threads.append((mid, mail, name, s))

def quarantine(when):
    n = rng.randint(1, 6)
    body, ct = alt("You have %d new messages in quarantine\n" % n,
                   '<p>You have %d new messages in quarantine</p><p>Messages that were quarantined since the last notification are listed below.</p>'
                   '<table><tr><td>Sender: %s</td><td>Subject: %s</td></tr></table>'
                   '<p><a href="https://security.microsoft.com/quarantine?viewid=Email">Review messages</a></p>'
                   '<p>This message was sent from an unmonitored mailbox.</p>' % (n, rng.choice(["promo@deals-weekly.example", "info@seo-boost.example", "noreply@webinar-alerts.example"]),
                                                                                  rng.choice(["Boost your website traffic", "Last chance: 70% off", "Webinar invitation"])))
    b.add(when, "Microsoft 365 <quarantine@messaging.microsoft.com>", ME, "Microsoft 365 security: You have messages in quarantine", body, ct)

def docusign(when):
    who, org = rng.choice([("Dana Kirk", "BallotWorks"), ("Steve Ames", "Granite Salt Supply"), ("Paul Ferreira", "Town of Cedar Hollow"),
                           ("Nora Feld", "Northmark Division of Local Services"), ("Ray Oduya", "Northpoint IT")])
    doc = rng.choice(["Service agreement renewal FY27", "Road salt contract 2026-27", "Election equipment maintenance agreement", "Community Compact grant agreement"])
    body, ct = alt("%s sent you a document to review and sign.\n" % who,
                   '<p>%s sent you a document to review and sign.</p><p><a href="https://na4.docusign.net/Signing/EmailStart.aspx?a=%s&amp;etti=24&amp;acct=%s&amp;er=%s">REVIEW DOCUMENTS</a></p>'
                   '<p>%s<br>%s</p><p>Do Not Share This Email. <a href="https://www.docusign.com/support">Questions about the document?</a></p>' % (who, H(32), H(32), H(32), who, org))
    b.add(when, "%s via DocuSign <dse_na4@docusign.net>" % who, ME, "Please DocuSign: %s" % doc, body, ct)

def state(when):
    kind = rng.choice(["sos", "sos", "dor", "dep", "retire"])
    if kind == "sos":
        s = rng.choice(["Early voting reporting due", "VRS maintenance Saturday 6am-10am", "Reminder: certify election workers", "Annual list of inactive voters"])
        body, ct = alt(s + "\n", '<p>To all city and town clerks:</p><p>%s. Details are in the voter registration system.</p>'
                       '<p><a href="https://vrs.%s/login">Log in to VRS</a> | <a href="https://www.%s/sos/elections/clerks">Clerks\' resources</a></p>'
                       '<p>Elections Division, Office of the Secretary of State</p>' % (s, STATE, STATE))
        b.add(when, "Elections Division <elections@sos.%s>" % STATE, ME, s, body, ct)
    elif kind == "dor":
        s = rng.choice(["Local aid distribution: October", "Tax rate recap: reminder", "Free cash certification"])
        body, ct = alt(s + "\n", '<p>Town of Cedar Hollow</p><p>%s. Details are in DLS Gateway.</p>'
                       '<p><a href="https://gateway.dls.%s/">Sign in to DLS Gateway</a></p><p>Division of Local Services, Department of Revenue</p>' % (s, STATE))
        b.add(when, "Division of Local Services <dlsalerts@dor.%s>" % STATE, ME, s, body, ct)
    elif kind == "dep":
        s = "Drinking water: quarterly sampling reminder"
        body, ct = alt(s + "\n", '<p>Public water system NM-2214000 (Cedar Hollow Water Dept.)</p><p>Quarterly samples are due by the end of the month.</p>'
                       '<p><a href="https://www.%s/dep/drinking-water/reporting">Reporting guidance</a></p><p>Drinking Water Program</p>' % STATE)
        b.add(when, "Drinking Water Program <dwp@dep.%s>" % STATE, ME, s, body, ct)
    else:
        s = "Monthly remittance report received"
        body, ct = alt(s + "\n", '<p>The monthly remittance for employer 0412 (Town of Cedar Hollow) was received.</p>'
                       '<p><a href="https://employer.%s/">Employer portal</a></p><p>Northmark State Retirement Board</p>' % RETIRE)
        b.add(when, "Northmark State Retirement Board <employers@%s>" % RETIRE, ME, s, body, ct)

def govdelivery(when):
    s = rng.choice(["City & Town: November issue", "Bulletin: new election law guidance", "Local Finance Update", "Grant round open: Community Compact"])
    lk = lambda: "https://lnks.gd/l/eyJhbGciOiJIUzI1NiJ9.%s.%s/s/%d/br/%d" % (H(60), H(40), rng.randint(10 ** 9, 10 ** 10), rng.randint(10 ** 11, 10 ** 12))
    body, ct = alt(s + "\n", '<p>%s</p><p><a href="%s">Read more</a></p><p><a href="%s">Related guidance</a></p>'
                   '<p><a href="https://public.govdelivery.com/accounts/NMDOR/subscriber/edit?preferences=true">Manage subscriptions</a> | '
                   '<a href="https://subscriberhelp.granicus.com/">Help</a></p><p>This service is provided to you at no charge by the State of Northmark.</p>' % (s, lk(), lk()))
    b.add(when, "State of Northmark <northmark@public.govdelivery.com>", ME, s, body, ct,
          extra=[("List-Unsubscribe", "<https://public.govdelivery.com/accounts/NMDOR/subscriber/one_click_unsubscribe?verification=%s>" % H(20)), ("Precedence", "bulk")],
          mailfrom="northmark@public.govdelivery.com")

def board(when):
    name, mail = rng.choice(BOARD)
    s = rng.choice(["Re: agenda for Tuesday", "Re: town meeting warrant", "question about the dog park article", "Re: budget hearing", "absent next week"])
    body = "%s,\n\n%s\n\n%s\n" % (rng.choice(["All", "Paul, Carol", "Hi everyone"]), rng.choice([
        "I'd like the dog park article moved up.", "I'll be 15 minutes late Tuesday.", "can we post the budget hearing notice by Friday?",
        "the warrant draft looks good to me.", "residents on Mill Pond asked about the water main work."]), name.split()[0])
    mid = b.add(when, "%s <%s>" % (name, mail), "Select Board <%s>" % SB, s, body, cc="%s <%s>" % ADMIN if rng.random() < 0.4 else None)
    threads.append((mid, mail, name, s))

def agenda(when):
    d = (when + datetime.timedelta(days=rng.randint(3, 6))).strftime("%B %d")
    mid_zoom = rng.randint(10 ** 10, 10 ** 11)
    body = ("Select Board members,\n\nthe agenda and packet for the %s meeting are posted:\nhttps://www.%s/AgendaCenter/ViewFile/Agenda/_%s\n\n"
            "Remote participation: https://us06web.zoom.us/j/%d?pwd=%s\n\nPaul\n\nPaul Ferreira\nTown Administrator\n" % (d, CO, when.strftime("%m%d%Y") + "-%d" % rng.randint(100, 999), mid_zoom, H(24)))
    mid = b.add(when, "%s <%s>" % ADMIN, "Select Board <%s>" % SB, "Agenda and packet: Select Board %s" % d, body)
    threads.append((mid, ADMIN[1], ADMIN[0], "Agenda and packet: Select Board %s" % d))

def clerks_list(when):
    frm = rng.choice([("Joan Pelletier", "jpelletier@townofashby.example"), ("Mark Lindqvist", "clerk@westbrookvt.example"),
                      ("Alma Reyes", "areyes@cityofharlan.example"), ("Bev Tucker", "btucker@northmarkclerks.example"),
                      ("Hal Osgood", "townclerk@greenfieldtwp.example"), ("Nadia Brooks", "nbrooks@townofpembry.example")])
    s = rng.choice(["dog licence late fees?", "early voting staffing", "raffle permit forms", "records retention for old ballots",
                    "marriage intentions from out of state", "Spring conference registration open", "poll pad batteries"])
    link = rng.choice(["", "", "\nOurs is here: https://www.%s/clerk/forms\n" % frm[1].split("@")[1],
                       "\nRegister: https://northmarkclerks.example/conference/%d\n" % R(),
                       "\nThe state's guidance: https://www.%s/sos/elections/clerks/retention\n" % STATE])
    body = "%s\n%s\n%s\n%s\n\n_______________________________________________\nNCA-L mailing list\nnca-l@%s\nhttps://%s/mailman/listinfo/nca-l\n" % (
        rng.choice(["Hi all,", "Hello fellow clerks,", "Good morning,"]),
        rng.choice(["How does everyone handle this?", "Sharing what we do in case it helps.", "Quick question for the group.", "Reminder from the board."]), link, frm[0], CLERKS, CLERKS)
    b.add(when, "%s <%s>" % frm, "NCA-L <nca-l@%s>" % CLERKS, "[NCA] " + s, body,
          extra=[("List-Id", "Northmark Clerks Association <nca-l.%s>" % CLERKS), ("List-Unsubscribe", "<https://%s/mailman/options/nca-l>" % CLERKS),
                 ("List-Archive", "<https://%s/pipermail/nca-l/>" % CLERKS), ("Precedence", "list"), ("Sender", "nca-l-bounces@%s" % CLERKS)],
          mailfrom="nca-l-bounces@%s" % CLERKS)

def newsletter(when):
    if rng.random() < 0.5:
        n = H(10)
        lm = lambda: "https://nmmunicipal.us8.list-manage.com/track/click?u=%s&amp;id=%s&amp;e=%s" % (n, H(10), H(10))
        body, ct = alt("Municipal Weekly\n", '<h2>Municipal Weekly</h2><p><a href="%s">Legislature passes local option meals tax</a></p><p><a href="%s">Cybersecurity grants for towns</a></p>'
                       '<p><a href="%s">Register: Annual Meeting</a></p><p><a href="https://nmmunicipal.us8.list-manage.com/unsubscribe?u=%s&amp;id=%s">Unsubscribe</a></p>' % (lm(), lm(), lm(), n, H(10)))
        b.add(when, "Northmark Municipal Association <news@%s>" % ASSOC, ME, "Municipal Weekly", body, ct,
              extra=[("List-Unsubscribe", "<https://nmmunicipal.us8.list-manage.com/unsubscribe?u=%s>" % n), ("Precedence", "bulk")],
              mailfrom="bounce-mc.us8_%s@mail%d.atl11.mcsv.net" % (n[:8], rng.randint(100, 300)))
    else:
        cc = lambda: "https://r20.rs6.net/tn.jsp?f=001%s&amp;c=%s&amp;ch=%s" % (H(48), H(40), H(40))
        body, ct = alt("The Clerk's Desk\n", '<h2>The Clerk\'s Desk</h2><p><a href="%s">Five ways to speed up vital records requests</a></p>'
                       '<p><a href="%s">Webinar: records retention basics</a></p><p><a href="https://visitor.constantcontact.com/do?p=un&amp;m=%s">Unsubscribe</a></p>' % (cc(), cc(), H(20)))
        b.add(when, "The Clerk's Desk <editor@clerksdesk.example>", ME, "The Clerk's Desk: this week", body, ct,
              extra=[("List-Unsubscribe", "<https://visitor.constantcontact.com/do?p=un&m=%s>" % H(20)), ("Precedence", "bulk")],
              mailfrom="bounce-%s@in.constantcontact.com" % H(12))

def bank(when):
    kind = rng.choice(["ach", "statement", "positive"])
    s = {"ach": "ACH batch received", "statement": "Your statement is ready", "positive": "Positive Pay: exceptions to review"}[kind]
    body, ct = alt(s + "\n", '<p>%s for Town of Cedar Hollow, account ending 2291.</p><p><a href="https://treasury.%s/login">Sign in to Treasury Online</a> to view details.</p>'
                   '<p>Hollow Valley Bank, Member FDIC. We will never ask for your password by email.</p>' % (s, BANK))
    b.add(when, "Hollow Valley Bank <alerts@%s>" % BANK, ME, s, body, ct)

def vendor(when):
    kind = rng.choice(["salt", "salt", "printer", "elect", "msp", "msp"])
    if kind == "salt":
        n = rng.randint(4000, 4999)
        s = rng.choice(["Invoice %d - road salt delivery" % n, "Re: delivery schedule", "Re: salt shed fill"])
        doc = pdf(["Granite Salt Supply", "INVOICE %d" % n, "Treated road salt, %d tons" % rng.randint(40, 220), "Remit to: Granite Salt Supply, on file"])
        body, ct = mixed([("text/plain; charset=utf-8", "Hi Carol,\n\n%s\n\nSteve Ames\nGranite Salt Supply\n" % rng.choice([
            "invoice for this week's delivery attached.", "we can fill the shed Thursday if Kevin is around.", "attached, thanks as always."])),
            ("application/pdf", "Invoice_%d.pdf" % n, doc)])
        mid = b.add(when, "Steve Ames <sames@%s>" % SALT, ME, s, body, ct, cc="%s <%s>" % STAFF[4])
        threads.append((mid, "sames@" + SALT, "Steve Ames", s))
    elif kind == "printer":
        s = rng.choice(["proof: Q4 water/sewer bills", "proof: excise tax bills", "mail drop confirmation"])
        doc = pdf(["Keystone Mailing Services", "PROOF - please approve", s, "Qty 2,840, #10 window envelopes"])
        body, ct = mixed([("text/plain; charset=utf-8", "Hi Carol,\n\nproof attached, please approve by tomorrow noon to keep the mail date.\n\nRenee Castle\nKeystone Mailing Services\n"),
                          ("application/pdf", "Proof_%d.pdf" % R(), doc)])
        mid = b.add(when, "Renee Castle <rcastle@%s>" % PRINTER, ME, s, body, ct)
        threads.append((mid, "rcastle@" + PRINTER, "Renee Castle", s))
    elif kind == "elect":
        s = rng.choice(["ballot proofs for review", "Re: tabulator testing date", "memory device shipment"])
        body = "Hi Carol,\n\n%s\n\nDana Kirk\nBallotWorks Election Services\n" % rng.choice([
            "the ballot proofs are ready in our customer portal: https://portal.%s/customers/cedarhollow/proofs" % ELECT,
            "we can do logic and accuracy testing on the 28th.", "memory devices ship Monday by UPS."])
        mid = b.add(when, "Dana Kirk <dkirk@%s>" % ELECT, ME, s, body)
        threads.append((mid, "dkirk@" + ELECT, "Dana Kirk", s))
    else:
        n = rng.randint(70000, 79999)
        s = rng.choice(["[Ticket #%d] Printer in clerk's office offline" % n, "[Ticket #%d] New laptop for assistant clerk" % n,
                        "Scheduled maintenance: Saturday patching", "[Ticket #%d] Scanner to email not working" % n])
        body, ct = alt(s + "\n", '<p>Hello Carol,</p><p>%s</p><p><a href="https://help.%s/portal/tickets/%d">View ticket</a></p><p>Northpoint IT Service Desk</p>'
                       % (rng.choice(["A technician has been assigned.", "This ticket was resolved.", "Servers will be patched Saturday 8pm-midnight."]), MSP, n))
        b.add(when, "Northpoint IT Service Desk <servicedesk@%s>" % MSP, ME, s, body, ct)

def contractor(when):
    name, mail, co = rng.choice(CONTRACTORS)
    kind = rng.choice(["plain", "plain", "plans", "dropbox"])
    rec = "%s-2026-%04d" % (rng.choice(["BP", "EP", "PP"]), rng.randint(100, 999))
    s = rng.choice(["permit %s status" % rec, "Re: inspection for %s" % rec, "question about fees for %s" % rec, "certificate of insurance"])
    if kind == "plans":
        doc = pdf([co, "Plan set for %s" % rec, "Sheet A1 - site plan", "Sheet E1 - electrical"])
        body, ct = mixed([("text/plain; charset=utf-8", "Hi Carol,\n\nrevised plans attached for %s.\n\n%s\n%s\n" % (rec, name, co)), ("application/pdf", "%s_plans.pdf" % rec, doc)])
    elif kind == "dropbox":
        body, ct = "Hi Carol,\n\nthe full plan set is too big to email, here it is:\nhttps://www.dropbox.com/scl/fo/%s/%s?rlkey=%s&dl=0\n\n%s\n%s\n" % (H(20), H(20), H(25), name, co), "text/plain; charset=utf-8"
    else:
        body, ct = "Hi Carol,\n\n%s\n\n%s\n%s\n" % (rng.choice(["any update on this one? The homeowner is asking.", "can we get the final inspection this week?",
                                                                "I paid the fee online yesterday.", "our COI is attached to the application in the portal."]), name, co), "text/plain; charset=utf-8"
    mid = b.add(when, "%s <%s>" % (name, mail), ME, s, body, ct)
    threads.append((mid, mail, name, s))

def resident(when):
    name, mail = rng.choice(RESIDENTS)
    s = rng.choice(["dog license renewal", "copy of birth certificate", "water bill question", "yard sale permit", "absentee ballot", "trash stickers"])
    body = "Hello,\n\n%s\n\nThank you,\n%s\n" % (rng.choice([
        "can I renew my dog's license by mail? Rabies certificate is current.", "I need a certified copy of my son's birth certificate, how do I request it?",
        "my water bill seems high this quarter, could someone check the meter read?", "do I need a permit for a yard sale on Saturday?",
        "please send me an absentee ballot application.", "where can I buy trash stickers besides town hall?"]), name)
    mid = b.add(when, "%s <%s>" % (name, mail), ME, s, body)
    threads.append((mid, mail, name, s))

def webform(when):
    name, mail = rng.choice(RESIDENTS + [("Kate Olsen", "kateolsen@gmail.com"), ("Ray Dube", "raydube@comcast.net")])
    topic = rng.choice(["Town Clerk", "Water & Sewer Billing", "Building Department"])
    body, ct = alt("A new submission from the Contact Us form\n",
                   '<p>A new submission from the Contact Us form (%s):</p><p>Name: %s<br>Email: %s<br>Message: %s</p>'
                   '<p><a href="https://www.%s/Admin/FormCenter/Submissions/%d">View submission</a></p>' % (topic, name, mail, rng.choice([
                       "When is the transfer station open on holidays?", "I'd like to set up autopay for my water bill.", "Do I need a permit for a fence?"]), CO, R()))
    b.add(when, "Town of Cedar Hollow <noreply@%s>" % CO, ME, "Form submission: Contact Us - %s" % topic, body, ct,
          reply_to="%s <%s>" % (name, mail), mailfrom="bounce@forms.%s" % CO)

def colleague(when):
    name, mail = rng.choice(STAFF)
    s = rng.choice(["Re: counter coverage Friday", "permit fee deposit", "water shutoff list", "town report deadline", "Re: election workers", "staff meeting"])
    body = "Hi Carol,\n\n%s\n\n%s\n" % (rng.choice(["I can cover the counter Friday afternoon.", "deposit for yesterday's permit fees is in the safe.",
                                                    "shutoff list for Thursday is on the Utilities site.", "town report sections are due December 15.",
                                                    "we still need two wardens for the recount.", "staff meeting moved to 9:30."]), name.split()[0])
    mid = b.add(when, "%s <%s>" % (name, mail), ME, s, body)
    threads.append((mid, mail, name, s))

def reply(when):
    if not threads: return
    mid, mail, name, subj = rng.choice(threads)
    b.add(when, ME, "%s <%s>" % (name, mail), subj if subj.startswith("Re: ") else "Re: " + subj, "Hi %s,\n\n%s\n%s" % (name.split()[0], rng.choice([
        "thank you, all set.", "got it, thanks.", "I'll take care of it today.", "signed and returned.", "yes, that works."]), SIG), irt=mid, rcpts=[mail])

day = start
while day < end:
    wd = day.weekday()
    def at(): return day + datetime.timedelta(hours=rng.uniform(7, 18))
    if wd < 5:
        for _ in range(rng.choice([0, 1, 1, 2])): permit(at())
        payments(at())
        if rng.random() < 0.12: billing_vendor(at())
        if rng.random() < 0.15: sharepoint(at())
        if rng.random() < 0.1: teams(at())
        if rng.random() < 0.2: quarantine(at())
        if rng.random() < 0.08: docusign(at())
        if rng.random() < 0.2: state(at())
        if rng.random() < 0.2: board(at())
        if wd == 3: agenda(at())
        if rng.random() < 0.35: clerks_list(at())
        if rng.random() < 0.1: bank(at())
        if rng.random() < 0.2: vendor(at())
        if rng.random() < 0.3: contractor(at())
        if rng.random() < 0.45: resident(at())
        if rng.random() < 0.2: webform(at())
        if rng.random() < 0.45: colleague(at())
        if rng.random() < 0.7: reply(at())
    if wd == 2: govdelivery(at())
    if wd in (0, 3): newsletter(at())
    day += datetime.timedelta(days=1)

# test window: first contacts
T = split + datetime.timedelta(days=1, hours=10)
def first(d, frm, subj, body, ct="text/plain; charset=utf-8", **kw):
    return b.add(T + datetime.timedelta(days=d), frm, ME, subj, body, ct, **kw)
# a new resident's shed question with a Google Maps short link to the lot
first(0, "Owen Castellano <owencastellano@gmail.com>", "Do I need a permit for a shed?",
      "Hi,\n\nwe just moved to 14 Quarry Rd and want to put a 10x12 shed behind the garage. Here's the spot: https://maps.app.goo.gl/Xq7bN2kR9vT4mLp86\n"
      "Do I need a building permit for that size?\n\nOwen Castellano\n")
# a new contractor's plan set on Dropbox
first(1, "Andrea Silva <asilva@silvahomebuilders.example>", "plans for 22 Birch Hill Dr addition",
      "Hi Carol,\n\nwe're the new GC on the Hartley addition at 22 Birch Hill Dr. The plan set is here for the building department:\n"
      "https://www.dropbox.com/scl/fo/k3m9q2x7w1z8p4r6t0v5/AHn4Qe2LxT8yW1bZ?rlkey=h8d2k5m7q9w3e6r1t4y0u2i5o&dl=0\n"
      "We'll submit the application in PermitLane this week.\n\nAndrea Silva\nSilva Home Builders\n")
# the state's grants office on a host of the state domain new here
body, ct = alt("Community Compact grant: application portal open\n",
               '<p>Dear Town Clerk,</p><p>The FY27 Community Compact IT grant round is open. Applications are submitted in the state\'s grants portal; '
               'your chief executive or a designee must register an account.</p><p><a href="https://grants.%s/s/login/">State grants portal</a> | '
               '<a href="https://www.%s/community-compact/it-grants">Program guidelines</a></p><p>Office of Municipal Grants</p>' % (STATE, STATE))
first(2, "Office of Municipal Grants <municipalgrants@anf.%s>" % STATE, "FY27 Community Compact IT grants: applications open", body, ct)
# a records software sales rep's Calendly link
first(3, "Jordan Blake <jblake@recordsvault.example>", "Digitizing vital records in Cedar Hollow",
      "Hi Carol,\n\nJoan Pelletier in Ashby suggested I reach out; we scanned and indexed their vital records last year. "
      "If you'd like a 20-minute demo: https://calendly.com/jordan-blake-recordsvault/20min\n\nJordan Blake\nRecordsVault\n")
# a genealogist asking for records, with her research blog
first(4, "Maureen Doyle <maureen.doyle.genealogy@gmail.com>", "1890s death records - Whitcomb family",
      "Dear Town Clerk,\n\nI'm researching the Whitcomb family of Cedar Hollow (1880-1900); my notes so far are here: "
      "https://hollowroots.example/whitcomb-family/\nCould you tell me the fee for a search of death records 1890-1899?\n\nMaureen Doyle\n")
# a surveyor's plot plan
doc = pdf(["Lindgren Land Surveying", "Plot plan - 9 Mill Pond Ln", "Proposed deck, setbacks shown", "Scale 1\" = 20'"])
first(5, "Erik Lindgren <erik@lindgrensurvey.example>", "plot plan for 9 Mill Pond Ln (deck permit)",
      *mixed([("text/plain; charset=utf-8", "Hello,\n\nattached is the certified plot plan for the deck permit at 9 Mill Pond Ln, as the homeowner asked.\n\nErik Lindgren, PLS\n"),
              ("application/pdf", "PlotPlan_9MillPond.pdf", doc)]))
# a neighbouring town clerk shares a file from her own town's OneDrive
body, ct = alt("Joan Pelletier shared a file with you\n",
               '<p>Joan Pelletier shared a file with you</p><p><b>Poll worker training slides 2026.pptx</b></p><p>Here are the slides I mentioned on the list.</p>'
               '<p><a href="https://townofashby-my.sharepoint.com/:p:/g/personal/jpelletier_townofashby_example/E%s?e=Qm4k2L">Open</a></p>'
               '<p>Microsoft respects your privacy. <a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a></p>' % H(40))
first(6, "Joan Pelletier <no-reply@sharepointonline.com>", "Joan Pelletier shared \"Poll worker training slides 2026\" with you", body, ct,
      reply_to="Joan Pelletier <jpelletier@townofashby.example>", mailfrom="no-reply@sharepointonline.com")
# a new resident from iCloud asking about the tax bill of a house she is buying
first(7, "Hannah Reese <hannahreese@icloud.com>", "tax and water bills for 31 Hollow Rd",
      "Hello,\n\nwe're buying 31 Hollow Rd (https://www.zillow.com/homedetails/31-Hollow-Rd-Cedar-Hollow/90412377_zpid/) and our lawyer asked for a "
      "municipal lien certificate. How do we request one and what's the fee?\n\nHannah Reese\n")
# a wedding officiant's ceremony details in a Google Doc
first(8, "Rev. Alan Moss <alanmoss.officiant@gmail.com>", "one-day solemnization designation",
      "Dear Ms. Bennett,\n\nthe couple (Garcia/Fitch) asked me to officiate on December 12. The details are in this doc: "
      "https://docs.google.com/document/d/1Kp8vN3xQ7mT2wR9yL4bH6jF0cD5sA1eZ/edit?usp=sharing\nWhat do I need to file with your office?\n\nAlan Moss\n")
# the municipal association's new training portal (a known sender, a host new here)
body, ct = alt("New: online training for clerks\n", '<p>Our new online training center is open to all member towns.</p>'
               '<p><a href="https://learn.%s/courses/clerk-certification">Clerk certification courses</a> | <a href="https://www.%s/training">About the program</a></p>'
               '<p>Northmark Municipal Association</p>' % (ASSOC, ASSOC))
first(9, "Northmark Municipal Association <training@%s>" % ASSOC, "New: online training for clerks", body, ct)
b.write(sys.argv[1], split)
print(len(b.msgs))
