# Targeted cases for the town clerk's mailbox (gen_town.py), judged against
# its learned history: phish-* cases of a red team shaped for a small
# municipal office (the permit portal's name asking to verify the town's
# deposit account, a fake state revenue office asking for EFT details, a
# known vendor's look-alike domain with a change of bank, a tax refund lure,
# a select board member's name from a new free-mail address asking for a
# wire, a fake e-signature notice, a parking fine paid through a QR code, a
# callback renewal "receipt", a colleague's name on a fake SharePoint share,
# a known contractor's hijacked account asking for a permit fee refund to a
# new account and sharing "plans" on a new host, the elections division's
# name on a fake voter registration system notice, a "resident's" double
# payment refund to another account), which should be flagged, and t01-t03,
# legitimate first contacts that look risky (the state treasurer's unclaimed
# property notice asking to sign in to claim, a new contractor's genuine
# DocuSign envelope, a resident's duplicate water bill payment with the
# processor's receipt and a number to call), which should pass or warn.
import base64
from gen_common import alt, mixed, pdf, qr_png, b64, case_writer

RCPT = "carol.bennett@townofcedarhollow.example"
w = case_writer(RCPT, "town")
B64 = base64.b64encode(RCPT.encode()).decode()

# Legitimate first contacts that look risky.
# the state treasurer's unclaimed property division (a host of the known state domain new here): sign in to claim
w("t01-state-unclaimed-property", "Unclaimed Property Division <unclaimedproperty@treasury.northmark.example>", "Unclaimed funds held for the Town of Cedar Hollow",
  '<p>Dear Town Clerk,</p><p>Our records show <b>$2,418.77</b> in unclaimed property reported in the name of the Town of Cedar Hollow '
  '(uncashed vendor checks, 2021-2023). Municipalities file claims through the claimant portal: sign in with the town\'s claimant account, '
  'or create one, and upload a W-9 signed by the treasurer.</p>'
  '<p><a href="https://findmoney.treasury.northmark.example/claims/municipal">File a municipal claim</a></p>'
  '<p>There is no fee to claim property. Unclaimed Property Division, Office of the State Treasurer</p>')
# a new paving contractor's genuine DocuSign envelope (Reply-To its own address, as DocuSign sets it)
w("t02-contractor-docusign", "Mario Testa via DocuSign <dse_na4@docusign.net>", "Please DocuSign: Pavement repair contract - Old County Rd",
  '<p>Mario Testa sent you a document to review and sign.</p><p><a href="https://na4.docusign.net/Signing/EmailStart.aspx?a=5e7c9a1b3d5f7e9a1c3b5d7f9e1a3c5b&amp;etti=24&amp;acct=3c5e7a9b1d3f5c7e9a1b3d5f7c9e1a3b">REVIEW DOCUMENTS</a></p>'
  '<p>Mario Testa<br>Testa Paving &amp; Sitework</p><p>Do Not Share This Email. <a href="https://www.docusign.com/support">Questions about the document?</a></p>',
  extra="Reply-To: Mario Testa <mtesta@testapaving.example>\r\n")
# a resident's duplicate water bill payment: the processor's receipt, a refund or a credit, a number to call
w("t03-resident-duplicate-payment", "Gail Thornton <gailthornton58@gmail.com>", "paid my water bill twice",
  "Hello,\n\nI paid my water/sewer bill (account 14412, $212.40) on November 3 through the online payment site and then again on "
  "November 5 by mistake. Here is the second receipt:\nhttps://pay.civicpay.example/receipt/R-88120417\n\n"
  "Could you refund the duplicate, or just apply it to next quarter's bill? Either is fine. My number is (555) 014-7788 if you need me.\n\n"
  "Gail Thornton\n52 Quarry Rd\n", "text/plain; charset=utf-8")

# Phishing shaped for the office.
# 1. the permit portal's name from a new domain: permit fee deposits on hold, sign in to confirm the town's bank account
w("phish-permit-fee-deposits", "PermitLane Payments <billing@permitlane-payments.example>", "Action required: permit fee deposits on hold for Town of Cedar Hollow",
  '<p>Hello Town of Cedar Hollow,</p><p>Permit fee settlements for your jurisdiction are on hold because the deposit account on file could not be verified. '
  'To release <b>$18,406.50</b> in pending deposits, sign in and confirm the town\'s merchant bank account before 5 PM today.</p>'
  '<p><a href="https://permitlane-payments.example/merchant/login?tenant=cedarhollow">Confirm deposit account</a></p><p>PermitLane Payments Team</p>')
# 2. a fake state revenue office: local aid pending, update the EFT information
w("phish-state-dor-eft", "Division of Local Services <dls@northmark-dor.example>", "Local aid distribution pending: update EFT information",
  '<p>Town of Cedar Hollow</p><p>The November local aid distribution for your municipality is pending because the EFT information on file has expired. '
  'Sign in with your DLS Gateway user ID and password to update the bank account before November 28.</p>'
  '<p><a href="https://northmark-dor.example/gateway/eft-update">Update EFT information</a></p><p>Division of Local Services, Department of Revenue</p>')
# 3. the road salt supplier's look-alike domain in its invoice thread: our bank changed, new details attached
doc = pdf(["Granite Salt Supply", "Notice of change of bank details", "Effective immediately please remit all payments to:",
           "Bank: Coastline Federal  Routing 011000015  Account 4471920035", "Reference: invoice number"])
body, ct = mixed([("text/plain; charset=utf-8", "Hi Carol,\n\nbefore you pay invoice 4471, please note our bank has changed. Our updated ACH details are on the "
                   "attached letter; please use the new account for this and all future payments and let me know once it's updated.\n\nThanks,\nSteve Ames\nGranite Salt Supply\n"),
                  ("application/pdf", "GraniteSalt_new_bank_details.pdf", doc)])
w("phish-vendor-bank-lookalike", "Steve Ames <sames@granitesait.example>", "Re: Invoice 4471 - road salt delivery", body, ct,
  extra="In-Reply-To: <inv4471@granitesalt.example>\r\nReferences: <inv4471@granitesalt.example>\r\n")
# 4. a tax refund lure: overpaid withholding, submit bank details for the direct deposit
w("phish-tax-refund", "Northmark Department of Revenue <refunds@nm-revenue-refunds.example>", "Notice: overpayment refund of $3,812.40 (employer withholding)",
  '<p>Employer: TOWN OF CEDAR HOLLOW</p><p>After review of your 2025 withholding reconciliation, you are eligible for a refund of <b>$3,812.40</b>.</p>'
  '<p>To receive the refund by direct deposit, complete the refund request form with the bank account and routing number within 72 hours, '
  'or the refund will be cancelled.</p><p><a href="https://nm-revenue-refunds.example/claim?ref=NM-WH-2026-0412">Claim your refund</a></p>'
  '<p>Taxpayer Services Division</p>')
# 5. a select board member's name from a new free-mail address: an urgent confidential wire, no link
w("phish-board-member-wire", "Ellen Price <ellenprice.selectboard@gmail.com>", "urgent - before tonight's meeting",
  "Carol,\n\nI need you to process a payment today for the land deposit the board discussed in executive session (not public yet, so please "
  "keep this between us). The seller's attorney needs $48,500 by wire before 3 pm. I'll send the wire instructions as soon as you confirm.\n\n"
  "I'm in a closing all afternoon and can't take calls, just reply here.\n\nEllen\nSent from my iPhone\n", "text/plain; charset=utf-8")
# 6. a fake e-signature notice on a new domain, sign in with Microsoft 365, the reader's address after the #
w("phish-esign-counsel", "Town Counsel via eSign <notify@esign-docs-center.example>", "Town Counsel sent you: Executive Session Minutes - signature required",
  '<p>Town Counsel has sent you a document to review and sign.</p><p><b>Executive Session Minutes 11-18-2026 (confidential).pdf</b></p>'
  '<p><a href="https://esign-docs-center.example/view?doc=ES-1120#' + B64 + '">Review and sign</a></p>'
  '<p>Sign in with your Microsoft 365 account to view the document. This link expires in 24 hours.</p><p>eSign secure delivery</p>')
# 7. a parking fine paid through a QR code (no other link)
bnd = "q1"
body = ("--%s\nContent-Type: text/html; charset=utf-8\n\n"
        '<p><b>NOTICE OF UNPAID PARKING CITATION NM-88412</b></p><p>A citation issued to a vehicle registered to the Town of Cedar Hollow (plate M 41-277) on '
        'November 14 is unpaid. Scan the code with your phone to pay the $45.00 fine before November 30 to avoid a $75.00 late fee and a registration hold.</p>'
        '<p><img src="cid:qr1@citation" alt="pay citation"></p><p>Northmark Parking Authority - Citation Processing Center</p>\n'
        "--%s\nContent-Type: image/png\nContent-ID: <qr1@citation>\nContent-Disposition: inline; filename=\"citation.png\"\nContent-Transfer-Encoding: base64\n\n%s\n--%s--\n"
        % (bnd, bnd, b64(qr_png("phish-parking")), bnd))
w("phish-parking-qr", "Northmark Parking Authority <citations@nm-parkingauthority.example>", "Unpaid parking citation NM-88412 - town vehicle", body,
  'multipart/related; boundary="%s"' % bnd)
# 8. a callback renewal "receipt" from free mail, no link
w("phish-callback-m365", "Microsoft 365 Billing <m365.billing.center@gmail.com>", "Your Microsoft 365 Business Premium renewal receipt",
  "Dear Customer,\n\nThank you for renewing Microsoft 365 Business Premium (25 users) for Town of Cedar Hollow.\n\nOrder: M365-88412-NM\n"
  "Amount charged: $899.99\nPayment method: card on file\n\nIf you did not authorize this renewal, call our billing department at +1 (808) 555-0147 "
  "within 24 hours to cancel and receive a full refund.\n\nMicrosoft 365 Billing Center\n", "text/plain; charset=utf-8")
# 9. a colleague's name on a fake SharePoint share, the reader's address after the #
w("phish-sharepoint-colleague", "Paul Ferreira <no-reply@docshare-notify.example>", "Paul Ferreira shared \"FY27 Salaries - CONFIDENTIAL.xlsx\" with you",
  '<p>Paul Ferreira shared a file with you</p><p><b>FY27 Salaries - CONFIDENTIAL.xlsx</b></p><p>Please review before Tuesday.</p>'
  '<p><a href="https://docview-secure.example/sp/FY27-salaries#' + B64 + '">Open</a></p>'
  '<p>Microsoft respects your privacy. Privacy Statement</p>')
# 10. a known contractor's hijacked account: refund an overpaid permit fee to a new bank account, no link
doc = pdf(["Marsh Builders LLC", "Refund request - permit BP-2026-0553", "Fee paid twice through the portal: $1,250.00",
           "Please refund to our new account:", "Bank: Summit Federal  Routing 021000021  Account 88120044913"])
body, ct = mixed([("text/plain; charset=utf-8", "Hi Carol,\n\nwe paid the permit fee for BP-2026-0553 twice through the portal ($1,250.00). "
                   "Could you refund the duplicate by ACH? Please note we changed banks last month, so use the new account on the attached form, "
                   "not the one on file.\n\nThanks,\nTina Marsh\nMarsh Builders\n"),
                  ("application/pdf", "Refund_request_BP-2026-0553.pdf", doc)])
w("phish-contractor-refund-hijack", "Tina Marsh <tina@marshbuilders.example>", "Re: question about fees for BP-2026-0553", body, ct,
  extra="In-Reply-To: <bp0553@marshbuilders.example>\r\nReferences: <bp0553@marshbuilders.example>\r\n")
# 11. the same hijacked account: revised plans on a new host, sign in with your email
w("phish-contractor-plans-hijack", "Tina Marsh <tina@marshbuilders.example>", "revised plans - permit EP-2026-0698",
  '<p>Hi Carol,</p><p>the revised plans and our updated certificate of insurance are on our secure file share. Sign in with your email to view them.</p>'
  '<p><a href="https://plans-review-share.example/d/EP-2026-0698">View documents</a></p><p>Tina Marsh<br>Marsh Builders</p>')
# 12. the elections division's name from a new domain: the voter registration system password expires today
w("phish-election-vrs", "Elections Division <vrs-support@vrs-accountcenter.example>", "VRS password expires today",
  '<p>To all city and town clerks:</p><p>Your password for the statewide voter registration system expires today. To keep access for the recount, '
  'verify your account now with your VRS user ID and current password.</p>'
  '<p><a href="https://vrs-accountcenter.example/login?clerk=cedarhollow">Verify VRS account</a></p><p>Elections Division, Office of the Secretary of State</p>')
# 13. a "resident" from free mail: a double payment refunded to another account by Zelle, no link
w("phish-resident-refund-other-account", "Mark Halvorsen <markhalvorsen.home@gmail.com>", "refund for double payment",
  "Hello,\n\nI paid my water bill twice this month by mistake ($486.20 each). My old bank account is closed, so please send the refund "
  "by Zelle to my new account, mhalvorsen.pay@gmail.com, today if possible. I'm travelling and can't take calls, email only please.\n\nMark Halvorsen\n",
  "text/plain; charset=utf-8")
# 14. (round 36) a list's post the list did not deliver: a clerk who posts to the clerks' association list (NCA-L,
# Mailman at lists.northmarkclerks.example, envelope and Sender nca-l-bounces@) in her name from a new Gmail
# address, To the list with its List-Id and tag, sent from her own mailbox: sign in at a new site to download
import os
CL = "lists.northmarkclerks.example"
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases", "town", "phish-clerks-list-impostor.eml"), "w", newline="").write((
    "Return-Path: <joan.pelletier.clerk@gmail.com>\nDelivered-To: %s\nFrom: Joan Pelletier <joan.pelletier.clerk@gmail.com>\n"
    "To: NCA-L <nca-l@%s>\nSubject: [NCA] poll worker training slides 2026\nList-Id: Northmark Clerks Association <nca-l.%s>\n"
    "Date: Wed, 26 Nov 2026 10:00:00 +0000\nMessage-ID: <phish-clerks-list-impostor@case.example>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
    "Hi all,\n\nthe poll worker training slides I mentioned are ready. Sign in with your town email and password to download them before the recount:\n"
    "https://clerk-docs-share.example/login?f=pollworker2026\n\nJoan\n\n_______________________________________________\nNCA-L mailing list\nnca-l@%s\n"
    "https://%s/mailman/listinfo/nca-l\n" % (RCPT, CL, CL, CL, CL)))
