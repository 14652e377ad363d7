# Targeted cases for the nonprofit development director's mailbox
# (gen_nonprofit.py), judged against its learned history: phish-* cases of a
# red team shaped for a small nonprofit (the fundraising platform's "payout
# account changed" from a new domain, a grant "award" asking to sign in, a
# board member's name from a new Gmail asking for gift cards, a fake DocuSign
# envelope, a donor's "overpayment" refund, the auditor's hijacked thread
# with a share on a new host, Stripe's name from a new domain, the
# foundation portal's notice copied onto a new domain), which should be
# flagged, and n01-n05, legitimate mail of the same shapes, which should pass
# or warn.
from gen_common import alt, mixed, pdf, case_writer

RCPT = "ruth.okafor@riverbendliteracy.example"
w = case_writer(RCPT, "nonprofit")

# the P2P platform's name from a new domain: "your payout account was changed", sign in to cancel
w("phish-payout-change", "Givebutter <payouts@givebutter-payouts.com>", "Your payout bank account was updated",
  '<p>Hi Riverbend Literacy Project,</p><p>The bank account for your payouts was changed to <b>****9920</b>. Your pending payout of <b>$4,812.50</b> will be sent to the new account.</p>'
  '<p>If you did not make this change, sign in within 24 hours to cancel it and secure your account.</p>'
  '<p><a href="https://givebutter-payouts.com/account/login?next=payouts">Review payout settings</a></p><p>Givebutter Payments Team</p>')
# a "grant award" from a foundation nobody here knows, sign in with your email to accept
w("phish-grant-award", "Harrington Charitable Trust <awards@harringtontrust-grants.com>", "Congratulations: your organization has been awarded $25,000",
  '<p>Dear Grantee,</p><p>We are pleased to inform you that Riverbend Literacy Project has been selected for a <b>$25,000</b> unrestricted operating grant.</p>'
  '<p>To accept the award and provide your banking details for the transfer, sign in with your email account and password below before Friday.</p>'
  '<p><a href="https://harringtontrust-grants.com/award/accept?id=HCT-26-0412">Accept grant award</a></p><p>Grants Committee<br>Harrington Charitable Trust</p>')
# the known foundation's name and portal notice from a new domain
w("phish-foundation-portal-fake", "Millbrook Community Foundation <grants@millbrookcf-portal.com>", "Action required: grant payment on hold",
  '<p>Dear Ruth Okafor,</p><p>Your scheduled grant payment is on hold until you verify your organization\'s banking information.</p>'
  '<p>Please sign in to the Millbrook Community Foundation grants portal to verify.</p>'
  '<p><a href="https://millbrookcf-portal.com/user_sessions/new?verify=bank">Sign in to the portal</a></p><p>Millbrook Community Foundation</p>')
# a board member's name from a new Gmail address: gift cards, no link
w("phish-board-giftcards", "Helen Marsh <helenmarsh.boardchair@gmail.com>", "Quick favor",
  "Hi Ruth,\n\nAre you available? I'm in meetings all day and can't take calls. I need you to pick up some gift cards for donor appreciation "
  "before the gala, 6 Amazon cards of $200 each. Scratch off the back and email me photos of the codes, I'll reimburse you tonight.\n\nHelen\nSent from my iPhone\n",
  "text/plain; charset=utf-8")
# a DocuSign-branded envelope from a new domain to a sign-in page
w("phish-docusign-fake", "Samuel Pierce via DocuSign <dse_na3@docusign-secure-envelope.com>", "Please DocuSign: Grant agreement 2026-118 (revised)",
  '<p>Samuel Pierce sent you a document to review and sign.</p><p><a href="https://docusign-secure-envelope.com/Signing/login?a=8f2c11e9">REVIEW DOCUMENTS</a></p>'
  '<p>Samuel Pierce<br>Riverbend Literacy Project</p><p>Do Not Share This Email.</p>')
# the auditor's hijacked account: a reply in its thread with a "share" on a new host
w("phish-auditor-share-hijack", "Janet Roy <jroy@kesslerroy.example>", "Re: FY2026 audit: PBC list",
  '<p>Hi Ruth,</p><p>we moved the audit request list to our new secure portal. Please sign in with your Microsoft 365 email and password to upload '
  'the bank statements and gift agreements today.</p><p><a href="https://kesslerroy-audit.sharedocs-portal.com/s/PBC2026">Kessler &amp; Roy secure upload</a></p><p>Janet</p>',
  extra="In-Reply-To: <pbc2026@kesslerroy.example>\r\nReferences: <pbc2026@kesslerroy.example>\r\n")
# Stripe's name from a new domain: account restricted, verify
w("phish-stripe-verify", "Stripe <support@stripe-accounts-verify.com>", "Payouts paused: verify your account",
  '<p>Payouts to your bank account have been paused because we could not verify your business details.</p>'
  '<p><a href="https://stripe-accounts-verify.com/login?acct=acct_1Q8x">Verify your account</a></p><p>The Stripe team</p>')
# a "donor" from free mail: accidental overpayment, refund by wire, no link
doc = pdf(["Refund request", "Donation of $5,000.00 made in error (intended $500.00)", "Please refund $4,500.00 to:",
           "Bank: Pinnacle Trust  Routing 011000015  Account 5520019948"])
body, ct = mixed([("text/plain; charset=utf-8", "Dear Ruth,\n\nI made a donation on your website this morning and by mistake typed $5,000 instead of $500. "
                   "My card company says a chargeback takes 60 days, so could you please wire the difference of $4,500 back to me today? "
                   "My bank details are attached. I am travelling and cannot take calls.\n\nGod bless,\nRobert Allen\n"),
                  ("application/pdf", "Refund_Details.pdf", doc)])
w("phish-donation-refund", "Robert Allen <robertallen.giving@gmail.com>", "Urgent: donation made in error", body, ct)

# Legitimate mail of the same shapes, first seen after the test window
# (n01-n05), which should pass or at most warn.
# the known foundation's portal notice, as learned
w("n01-foundation-portal", "Millbrook Community Foundation <grants@millbrookcf.example>", "Payment scheduled: Request #51207",
  '<p>Dear Ruth Okafor,</p><p>Payment scheduled: Request #51207.</p><p>Please sign in to the Millbrook Community Foundation grants portal to view the details.</p>'
  '<p><a href="https://millbrookcf.fluxx.io/user_sessions/new">Sign in to the portal</a></p><p>Millbrook Community Foundation | <a href="https://www.millbrookcf.example/grants">Grant guidelines</a></p>')
# a known board member's Google Drive share of the budget
w("n02-board-drive", "David Tran <dtran.home@yahoo.com>", "finance committee: FY27 budget draft",
  "Hi Ruth,\n\nthe FY27 budget draft is in the finance folder, please add the gala projections:\n"
  "https://drive.google.com/drive/folders/1Bx8kQ2fT4mZ7pL9wR3vN6yH0cJ5sD1eA?usp=sharing\n\nDavid\n", "text/plain; charset=utf-8")
# a new sponsor's genuine DocuSign envelope
w("n03-sponsor-docusign", "Devon Ames via DocuSign <dse_na3@docusign.net>", "Please DocuSign: Sponsorship agreement - North Coast Credit Union",
  '<p>Devon Ames sent you a document to review and sign.</p><p><a href="https://na3.docusign.net/Signing/EmailStart.aspx?a=2c4e6a8b0d1f3e5a7c9b1d3f5a7c9e1b&amp;etti=24&amp;acct=7a9c1e3b5d7f9a1c3e5b7d9f1a3c5e7b">REVIEW DOCUMENTS</a></p>'
  '<p>Devon Ames<br>North Coast Credit Union</p><p>Do Not Share This Email. <a href="https://www.docusign.com/support">Questions about the document?</a></p>')
# a new donor from free mail: a check scan and the gift's tribute page on the P2P platform
w("n04-donor-tribute", "Irene Castillo <irene.castillo@gmail.com>", "Gift in memory of my husband",
  "Dear Ruth,\n\nI'd like to make a gift in memory of my husband Frank, who volunteered with you for years. Our family set up a page for it:\n"
  "https://givebutter.com/readathon2026/frankcastillo\n\nPlease let me know where to send a check as well.\n\nIrene Castillo\n", "text/plain; charset=utf-8")
# the known grants system's agreement notice (the council's own login page)
w("n05-humanities-agreement", "Lake State Humanities Grants <grants@lakestatehumanities.example>", "Grant agreement ready for signature",
  '<p>Grant LSH-26-60412 (Riverbend Family Reading Nights)</p><p>Grant agreement ready for signature.</p>'
  '<p><a href="https://grants.lakestatehumanities.example/Login.aspx?ReturnUrl=%2fgrantee%2fdashboard">Log in to the grants system</a></p><p>Lake State Humanities</p>')
# Stripe's genuine notice that the payout account changed (the known sender, its own dashboard)
w("n06-stripe-bank-updated", "Stripe <notifications@stripe.com>", "The bank account for your payouts was updated",
  '<p>The bank account that receives payouts for Riverbend Literacy Project was changed to LAKESHORE COMMUNITY BANK ****5102 by ruth.okafor@riverbendliteracy.example.</p>'
  '<p>If you did not make this change, contact us immediately and review your account.</p>'
  '<p><a href="https://dashboard.stripe.com/settings/payouts">Review payout settings</a></p><p>Stripe, 354 Oyster Point Blvd, South San Francisco, CA</p>')
# Givebutter's genuine payout notice (the known sender, its own dashboard)
w("n07-givebutter-payout", "Givebutter <notifications@givebutter.com>", "Your payout of $4,812.50 is on its way",
  '<p>Your payout of <b>$4,812.50</b> for Read-a-thon 2026 was initiated and should arrive in 3-5 business days.</p>'
  '<p><a href="https://dashboard.givebutter.com/payouts">View payouts</a></p><p>Givebutter</p>')
# the matching-gift platform's first notice: funds waiting, sign in to confirm the bank details
w("n08-benevity-funds", "Benevity Causes <no-reply@benevity.org>", "You have donations waiting on Benevity",
  '<p>Hello Riverbend Literacy Project,</p><p>Employees of participating companies have donated to your organization through Benevity. '
  'To receive the funds by direct deposit, sign in to the Benevity Causes Portal and confirm your banking information.</p>'
  '<p><a href="https://causes.benevity.org/user/login">Sign in to the Causes Portal</a></p><p>Benevity, Inc.</p>')
# the known program officer: the award, sign in to the foundation's portal to sign the agreement and confirm payment details
w("n09-program-officer-award", "Alicia Gomez <agomez@millbrookcf.example>", "Good news: 2027 Community Impact Grant",
  "Hi Ruth,\n\ncongratulations, the board approved your request for $20,000! The grant agreement is in the portal; please sign in, sign the agreement "
  "and confirm the bank information for payment by December 12:\nhttps://millbrookcf.fluxx.io/user_sessions/new\n\nAlicia Gomez\nProgram Officer, Millbrook Community Foundation\n",
  "text/plain; charset=utf-8")
# a known board member from Gmail: a partner event on Eventbrite and a Zoom link for the committee
w("n10-board-links", "Monica Reyes <monicareyes.board@gmail.com>", "events committee + library fundraiser",
  "Hi Ruth,\n\nthe library's fundraiser is worth a table: https://www.eventbrite.com/e/books-and-bubbly-2026-tickets-884120999\n"
  "Events committee call Thursday: https://us02web.zoom.us/j/84120417731?pwd=Rk9aT2xXbmQ\n\nMonica\n", "text/plain; charset=utf-8")
# a sponsor's payment through BILL: remittance advice, first contact
w("n11-sponsor-remittance", "North Coast Credit Union via BILL <no-reply@hq.bill.com>", "Payment from North Coast Credit Union: $2,500.00",
  '<p>North Coast Credit Union sent you a payment of <b>$2,500.00</b> for invoice GALA-2026-SPONSOR.</p><p>Expected deposit: 2-3 business days.</p>'
  '<p><a href="https://app.bill.com/p/remittance?id=rmt01ABCDEF">View remittance details</a></p><p>BILL</p>')
# the volunteer form's response notice (Google Forms, first contact)
w("n12-google-form-response", "Google Forms <forms-receipts-noreply@google.com>", "Volunteer interest form - new response",
  '<p>Your form <b>Riverbend volunteer interest</b> has a new response.</p>'
  '<p><a href="https://docs.google.com/forms/d/1FAIpQLSe8k2m9volunteerform/edit#responses">View response</a></p><p>Google Forms</p>')

# the known program officer: the foundation moved to a new grants portal on a domain new here (log in with your email)
w("n13-program-officer-new-portal", "Alicia Gomez <agomez@millbrookcf.example>", "our new grants portal",
  "Hi Ruth,\n\nwe've moved to a new grants system for the 2027 cycle. Log in with your email address to start your LOI:\n"
  "https://millbrookcf.smartsimple.com/s_Login.jsp\n\nAlicia Gomez\nProgram Officer, Millbrook Community Foundation\n", "text/plain; charset=utf-8")
# a sector list post warning about a fake grant award, with the lure's address written out, as
# the list delivers it (envelope the list's bounce address, To the list)
import os
LISTD = "lists.lakestatenonprofits.example"
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases", "nonprofit", "n14-list-scam-warning.eml"), "w", newline="").write((
    "Return-Path: <fundraisers-bounces@%s>\nDelivered-To: %s\nFrom: Pat Nguyen <pnguyen@lakestatenonprofits.example>\n"
    "To: Fundraisers <fundraisers@%s>\nSubject: [Fundraisers] PSA: fake grant award emails\nDate: Wed, 26 Nov 2026 10:00:00 +0000\n"
    "Message-ID: <n14-list-scam-warning@case.example>\nSender: fundraisers-bounces@%s\n"
    "List-Id: Fundraisers for Lake State nonprofits <fundraisers.%s>\nList-Unsubscribe: <https://%s/mailman/options/fundraisers>\n"
    "List-Archive: <https://%s/pipermail/fundraisers/>\nPrecedence: list\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
    "Hi all,\n\nseveral members got a fake \"Harrington Charitable Trust\" award this week asking you to sign in at\n"
    "https://harringtontrust-grants.com/award/accept to accept $25,000. It is a phishing site, do not sign in. Report it to your IT provider.\n\nPat\n\n"
    "_______________________________________________\nFundraisers mailing list\nfundraisers@%s\nhttps://%s/mailman/listinfo/fundraisers\n"
    % (LISTD, RCPT, LISTD, LISTD, LISTD, LISTD, LISTD, LISTD, LISTD)).replace("\n", "\r\n"))

# a list member's first off-list reply from her own address (known here only by name, from her list posts):
# the template in her association's member library, sign in to download it
w("n15-list-member-offlist", "Pat Nguyen <pnguyen@lakestatenonprofits.example>", "Re: [Fundraisers] gift acceptance policy template",
  "Hi Ruth,\n\nreplying off-list: the gift acceptance policy template is in our member library. Sign in with your member account to download it:\n"
  "https://lakestatenonprofits.example/members/library/gift-acceptance\n\nPat\n", "text/plain; charset=utf-8")

# More phish-* cases (a second pass of the red team).
# the executive director's name from the organisation's name under another suffix: a gift card request, no link
w("phish-ed-other-suffix", "Samuel Pierce <sam.pierce@riverbendliteracy.org>", "Are you at your desk?",
  "Ruth,\n\nI need a favor before the board dinner tonight. Can you purchase five $200 Apple gift cards for the volunteer awards? "
  "I'm in back-to-back meetings and can't talk. Send me pictures of the cards once you have them and I'll sort out the reimbursement.\n\nSam\n",
  "text/plain; charset=utf-8")
# the printer's hijacked account: "we changed banks", updated invoice as PDF, no link
doc = pdf(["BrightPress Printing", "INVOICE 8841 (updated remittance details)", "Gala invitations, 2,500 pcs: $2,340.00",
           "New bank: Summit Federal  Routing 021000021  Account 77120044913"])
body, ct = mixed([("text/plain; charset=utf-8", "Hi Ruth,\n\nplease note we have changed banks. Attached is the updated invoice for the gala invitations with our new "
                   "account details; kindly update your records and pay the open balance to the new account this week. Please do not use the old account.\n\nGreg Lowell\nBrightPress Printing\n"),
                  ("application/pdf", "Invoice_8841_updated.pdf", doc)])
w("phish-printer-bank-change", "Greg Lowell <greg@brightpressprinting.example>", "updated invoice - new bank details", body, ct)
# a known board member's hijacked Gmail: "board packet" on a new domain, sign in with your email
w("phish-board-packet-hijack", "David Tran <dtran.home@yahoo.com>", "Board packet for Thursday",
  '<p>Hi Ruth,</p><p>I have shared the board packet for Thursday with you. Please sign in with your email to view it.</p>'
  '<p><a href="https://board-packet-share.com/view?f=RLP-board-1203">View shared file</a></p><p>David</p>')
# the donation form's name from a new domain: a large gift waiting, sign in to accept
w("phish-donorbox-fake", "Donorbox <donations@donorbox-alerts.com>", "New donation: $2,500 from Gloria Weiss (pending)",
  '<p>You received a new donation!</p><p><b>$2,500.00</b> from Gloria Weiss (pending verification)</p>'
  '<p>To release the funds to your account, sign in and verify your payout details within 48 hours.</p>'
  '<p><a href="https://donorbox-alerts.com/org_admin/login?next=donations">Verify and accept donation</a></p><p>Donorbox</p>')

# Display names (round 35).
# a stranger at free mail in a list member's exact name (Ray Costa posts to the sector list from
# rcosta@harborarts.example; his name is known here only from those posts), writing privately: gift cards
w("phish-list-member-impostor", "Ray Costa <raycosta.arts@gmail.com>", "off-list: quick favor",
  "Hi Ruth,\n\nwriting off-list. I'm stuck at the conference and can't take calls. Could you pick up four $200 Amazon gift cards "
  "for our volunteer raffle today? Send me photos of the codes and I'll pay you back by Friday.\n\nRay\n", "text/plain; charset=utf-8")
# the board chair's name written with a middle initial and a gateway's tag, from a new Gmail address: a wire
w("phish-board-name-variant", "\"[EXT] Marsh, Helen J.\" <hj.marsh.chair@gmail.com>", "Vendor payment today",
  "Ruth,\n\nplease wire $3,850 to the catering vendor for the gala today, they changed their bank and the old account is closed. "
  "I'm in meetings and can't talk, just confirm by email once it's sent.\n\nHelen\n", "text/plain; charset=utf-8")

# Lists' posts the list did not deliver (round 36): a stranger copying the sector list, Fundraisers
# (Mailman at lists.lakestatenonprofits.example, [Fundraisers] tag, List-Id, envelope and Sender
# fundraisers-bounces@), into mail sent from her own mailbox, in a member's name. listcase writes
# one with its own envelope sender (Return-Path) and header fields.
def listcase(name, mailfrom, fields, body):
    open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases", "nonprofit", name + ".eml"), "w", newline="").write((
        "Return-Path: <%s>\nDelivered-To: %s\n%s\nDate: Wed, 26 Nov 2026 10:00:00 +0000\nMessage-ID: <%s@case.example>\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n%s" % (mailfrom, RCPT, fields, name, body)).replace("\n", "\r\n"))
LISTA = "fundraisers@" + LISTD
LISTF = ("Sender: fundraisers-bounces@%s\nList-Id: Fundraisers for Lake State nonprofits <fundraisers.%s>\n"
         "List-Unsubscribe: <https://%s/mailman/options/fundraisers>\nPrecedence: list" % (LISTD, LISTD, LISTD))
FOOT = "\n_______________________________________________\nFundraisers mailing list\n%s\nhttps://%s/mailman/listinfo/fundraisers\n" % (LISTA, LISTD)
# a member's name (Ray Costa) from a new Gmail address, the list in Cc and its tag in the subject: gift cards
listcase("phish-list-cc-giftcards", "raycosta.arts@gmail.com",
         "From: Ray Costa <raycosta.arts@gmail.com>\nTo: Ruth Okafor <%s>\nCc: Fundraisers <%s>\nSubject: [Fundraisers] quick favor for the raffle" % (RCPT, LISTA),
         "Hi Ruth,\n\nI'm stuck at the conference and can't take calls. Could you pick up four $200 Amazon gift cards for our volunteer raffle today? "
         "Send me photos of the codes and I'll pay you back by Friday.\n\nRay\n")
# a member's name (Jo Whitfield) from a new Gmail address, To the list with a List-Id and the tag: pay the shared booth fee on a new site
listcase("phish-list-listid-booth-fee", "jo.whitfield.foodbank@gmail.com",
         "From: Jo Whitfield <jo.whitfield.foodbank@gmail.com>\nTo: Fundraisers <%s>\nSubject: [Fundraisers] shared booth at the spring expo\n"
         "List-Id: Fundraisers for Lake State nonprofits <fundraisers.%s>" % (LISTA, LISTD),
         "Hi all,\n\nwe reserved the shared booth for member organizations at the spring expo. Please make your $350 payment by credit card "
         "on the booth's page before Friday to hold your spot:\nhttps://spring-expo-booths.com/pay?booth=LSN-14\n\nJo\n" + FOOT)
# the munged From Mailman writes for a DMARC-strict member ("Denise Hall via Fundraisers" at the list's own address),
# forged from a bulk mailer, Reply-To a new Gmail address: sign in at a new site to download the shared donor templates
listcase("phish-list-via-signin", "bounce-8812@mailer-relay-hub.com",
         "From: \"Denise Hall via Fundraisers\" <%s>\nReply-To: Denise Hall <denise.hall.mentors@gmail.com>\nTo: Fundraisers <%s>\n"
         "Subject: [Fundraisers] donor stewardship templates\nList-Id: <fundraisers.%s>" % (LISTA, LISTA, LISTD),
         "Hi all,\n\nas promised at the meeting, our donor stewardship templates are in a shared folder. Sign in with your email and password "
         "to download them:\nhttps://shared-docs-viewer.com/login?f=stewardship\n\nDenise\n" + FOOT)
# Legitimate mail of the same shapes (n17-n20), which should pass:
# a member's second address posting through the real list (its envelope and Sender), her association's member site
listcase("n17-list-member-second-address", "fundraisers-bounces@" + LISTD,
         "From: Ray Costa <ray.costa.home@gmail.com>\nTo: Fundraisers <%s>\nSubject: [Fundraisers] planned giving webinar slides\n%s" % (LISTA, LISTF),
         "Hi all,\n\nsending from home today. The planned giving webinar slides are in the member library, sign in with your member account to download them:\n"
         "https://lakestatenonprofits.example/members/library/planned-giving\n\nRay\n" + FOOT)
# the list's own munged copy of a member's post (Mailman's DMARC mitigation), Reply-To her own address
listcase("n18-list-munged-member", "fundraisers-bounces@" + LISTD,
         "From: \"Denise Hall via Fundraisers\" <%s>\nReply-To: Denise Hall <dhall@youthmentors.example>\nTo: Fundraisers <%s>\n"
         "Subject: [Fundraisers] donor stewardship templates\n%s" % (LISTA, LISTA, LISTF),
         "Hi all,\n\nas promised, our donor stewardship templates:\nhttps://www.youthmentors.example/about/policies\n\nDenise\n" + FOOT)
# the list's digest
listcase("n19-list-digest", "fundraisers-bounces@" + LISTD,
         "From: fundraisers-request@%s\nTo: Fundraisers <%s>\nSubject: Fundraisers Digest, Vol 9, Issue 21\n%s" % (LISTD, LISTA, LISTF),
         "Send Fundraisers mailing list submissions to\n\t%s\n\nToday's Topics:\n\n   1. year-end appeal timing (Jo Whitfield)\n   2. gift acceptance policy template (Pat Nguyen)\n\n"
         "----------------------------------------------------------------------\n\nMessage: 1\nFrom: Jo Whitfield <jwhitfield@eastsidefoodbank.example>\n\n"
         "We mail ours the first week of December.\n\nMessage: 2\nFrom: Pat Nguyen <pnguyen@lakestatenonprofits.example>\n\n"
         "The template is in the member library: https://lakestatenonprofits.example/members/library/gift-acceptance\n" % LISTA + FOOT)
# a member's own copy of her reply, sent straight to the reader (the list in Cc) from the address she posts from
listcase("n20-list-reply-direct-copy", "jwhitfield@eastsidefoodbank.example",
         "From: Jo Whitfield <jwhitfield@eastsidefoodbank.example>\nTo: Ruth Okafor <%s>\nCc: Fundraisers <%s>\nSubject: Re: [Fundraisers] year-end appeal timing" % (RCPT, LISTA),
         "Hi Ruth,\n\nwe mail ours the first week of December; our calendar and the sign-up form for the shared mailing house discount:\n"
         "https://www.eastsidefoodbank.example/about/appeal-calendar\n\nJo\n")
