# Targeted cases for the real-estate agent's mailbox (gen_estate.py), judged
# against its learned history: phish-* cases of a red team shaped for a
# residential brokerage (wire fraud from a lookalike of the title company and
# from free mail, a fake title portal notice, fake DocuSign, dotloop,
# ShowingTime and Zillow mail, a "buyer" with a pre-approval on free hosting,
# the lender's hijacked thread, a client's hijacked account changing where
# the proceeds go, an MLS re-verification QR code, an offer as an HTML
# page, a OneDrive "offer" from free mail, an HOA fee payment link, a
# callback "renewal"), which should be flagged, and e01-e03, legitimate mail
# of the same shapes, which should pass or warn.
from gen_common import alt, mixed, pdf, qr_pdf, case_writer

RCPT = "jess.alvarado@larkspurvine.example"
w = case_writer(RCPT, "estate")

# a lookalike of the known title company (cornerstonetitle.example): changed wire instructions, PDF, no link
doc = pdf(["Cornerstone Title & Escrow", "UPDATED Wiring Instructions - Escrow Account", "Beneficiary: Cornerstone Title & Escrow LLC",
           "Bank: Meridian Coast Bank  ABA 021000089  Acct 7730148812", "Reference: buyer name and property address"])
body, ct = mixed([("text/plain; charset=utf-8", "Hi Jess,\n\nplease be advised that our escrow account has changed due to an ongoing audit with our old bank. "
                   "The updated wiring instructions for your buyers' closing funds on 212 Willet Way are attached. Kindly forward them to your buyers today so "
                   "funds arrive before Friday's closing. Please disregard any instructions you received earlier.\n\nOur phone lines are being upgraded this "
                   "week, so email is the best way to reach me.\n\nThank you,\nLisa Park\nEscrow Officer, Cornerstone Title & Escrow\n"),
                  ("application/pdf", "Updated_Wire_Instructions_212_Willet.pdf", doc)])
w("phish-title-wire-lookalike", "Lisa Park <lpark@cornerstonetittle.example>", "RE: 212 Willet Way - updated wiring instructions", body, ct,
  extra="Cc: Devin Shaw <devin.shaw@larkspurvine.example>\r\n")
# the title company's name from free mail: final closing wire for the buyer, PDF, no link
doc = pdf(["Cornerstone Title & Escrow", "Final Closing Funds - Wire Instructions", "Amount due from buyer: $148,612.40",
           "Bank: Harbor Point Bank  ABA 026009593  Acct 4410092217", "Wire must be received 24 hours before settlement"])
body, ct = mixed([("text/plain; charset=utf-8", "Good morning,\n\nattached are the final closing figures and wire instructions for your buyer. Please have them send the "
                   "funds today, a wire received after 2pm tomorrow will delay closing.\n\nCornerstone Title & Escrow\nClosing Department\n"),
                  ("application/pdf", "Final_Closing_Wire.pdf", doc)])
w("phish-escrow-freemail-wire", "Cornerstone Title & Escrow <cornerstone.closingdept@gmail.com>", "Final closing figures and wire instructions", body, ct)
# the title portal's own notice copied onto a new domain
w("phish-title-portal-fake", "Cornerstone Title Secure Portal <no-reply@cornerstonetitle-secure.com>", "Wire instructions posted: 212 Willet Way",
  '<p>Cornerstone Title &amp; Escrow - Secure Portal</p><p>The wiring instructions for <b>212 Willet Way, Port Ellery</b> (file CTE-26-48120) have been '
  'updated in your secure portal. Sign in to review and share them with your buyer.</p>'
  '<p><a href="https://cornerstonetitle-secure.com/files/CTE-26-48120/wire?inv=a8f3k2">View wire instructions</a></p>'
  '<p>Cornerstone will never change its wiring instructions by email.</p>')
# a DocuSign-branded envelope from a new domain to a non-DocuSign sign-in page
w("phish-docusign-fake", "Lisa Park via DocuSign <dse_na2@docusign-envelope-notice.com>", "Please DocuSign: Closing disclosure - 212 Willet Way",
  '<p>Lisa Park sent you a document to review and sign.</p><p><a href="https://docsign-secure-review.com/Signing/EmailStart.aspx?a=4f1c88e2">REVIEW DOCUMENTS</a></p>'
  '<p>Lisa Park<br>Cornerstone Title &amp; Escrow</p><p>Do Not Share This Email.</p>')
# a dotloop-branded notice from a new domain to a sign-in page
w("phish-dotloop-fake", "dotloop <no-reply@dotloop-docs.com>", "Kevin Marsh shared a document with you in 212 Willet Way",
  '<p><b>Kevin Marsh</b> shared a document with you in the loop <b>212 Willet Way, Port Ellery</b>.</p>'
  '<p><a href="https://dotloop-docs.com/my/loop/739120448/login?redirect=documents">Open loop</a></p><p>dotloop, a Zillow company</p>')
# a "buyer" from free mail with a pre-approval letter behind a sign-in page on free hosting
w("phish-buyer-free-host", "Brian Sutter <briansutter.homes@gmail.com>", "Pre-approval letter - interested in your listing",
  '<p>Hi Jess,</p><p>My wife and I are very interested in your listing on Willet Way and would like to make an offer this week. Our lender sent the '
  'pre-approval letter through their secure document system; you will need to sign in with your email to open it.</p>'
  '<p><a href="https://secure-preapproval-docs.netlify.app/view?doc=PA-20418">View pre-approval letter</a></p><p>Thanks,<br>Brian Sutter</p>')
# the known lender's hijacked account: a reply in its thread with a link to a host new here
w("phish-lender-thread-hijack", "Mark Delgado <mdelgado@pinecrestloans.example>", "Re: 212 Willet Way closing date",
  '<p>Hi Jess,</p><p>the final closing package and the updated cash-to-close figures are ready. I uploaded them to our secure file share, '
  'please review and sign in with your email to download before tomorrow.</p>'
  '<p><a href="https://pinecrest-loans.securedocs-share.com/d/CL-88120">Closing package - 212 Willet Way</a></p><p>Mark</p>',
  extra="In-Reply-To: <willetclosing@pinecrestloans.example>\r\nReferences: <willetclosing@pinecrestloans.example>\r\n")
# a known client's hijacked account: "send my sale proceeds to my new account", PDF, no link
doc = pdf(["Direct deposit authorization", "Account holder: Megan Foley", "Bank: Coastline Credit Union", "Routing 256074974  Account 88120447190"])
body, ct = mixed([("text/plain; charset=utf-8", "Hi Jess,\n\nquick change before closing: I closed my old bank account last week, so please have the title company wire my "
                   "proceeds to my new account instead. The details are in the attached form. I'm traveling and can't take calls, email is best.\n\nThanks so much!\nMegan\n"),
                  ("application/pdf", "Proceeds_Deposit_Form.pdf", doc)])
w("phish-client-proceeds-change", "Megan Foley <megan.foley82@gmail.com>", "change of bank for my proceeds", body, ct)
# the MLS's name from a new domain: credential re-verification, the link only a QR code in a PDF
doc = qr_pdf(["Tidewater MLS - Member Compliance", "Annual credential re-verification", "Members who do not re-verify by December 1 lose MLS and lockbox access.",
              "Scan the code with your phone and sign in with your MLS login:"], "phish-mlsverify")
body, ct = mixed([("text/plain; charset=utf-8", "Dear Member,\n\nYour annual MLS credential re-verification is due. Access to the MLS and to your electronic lockbox key "
                   "will be suspended on December 1 if it is not completed. Instructions are attached; scan the code to complete it in two minutes.\n\nTidewater MLS Member Services\n"),
                  ("application/pdf", "MLS_Reverification_2027.pdf", doc)])
w("phish-qr-mls-reverify", "Tidewater MLS Member Services <compliance@tidewatermls-support.com>", "Action required: MLS access suspended December 1", body, ct)
# an "offer" from an agent new here, as an HTML page with a password form
page = ('<html><body><h3>Secure Offer Package</h3><p>Purchase agreement, pre-approval and EMD check - 212 Willet Way</p>'
        '<form method="post" action="https://offer-docs-portal.com/auth/verify.php"><p>Email <input type="email" name="e" value="%s"></p>'
        '<p>Password <input type="password" name="p"></p><input type="submit" value="View offer"></form></body></html>' % RCPT).encode()
body, ct = mixed([("text/plain; charset=utf-8", "Hi Jess,\n\nplease see our offer on 212 Willet Way attached. Full price, 21 day close, pre-approval included. "
                   "Open the attachment and confirm your email to view the documents.\n\nBrandon Teller\nCoastal Key Realty\n"),
                  ("text/html", "Offer_Package_212_Willet.html", page)])
w("phish-html-offer", "Brandon Teller <brandon@coastalkeyrealty.example>", "Offer - 212 Willet Way", body, ct)
# a stranger from free mail: "offer documents shared with you" on free hosting, the address in base64 after the #
w("phish-onedrive-offer", "Alicia Moreno <aliciamoreno.realtor@outlook.com>", "Offer documents shared with you",
  '<p>Hello,</p><p>I have shared the signed offer and the buyers\' proof of funds with you via OneDrive.</p>'
  '<p><a href="https://offer-docs-4471.pages.dev/onedrive/#amVzcy5hbHZhcmFkb0BsYXJrc3B1cnZpbmUuZXhhbXBsZQ==">Open shared documents</a></p>'
  '<p>Alicia Moreno<br>Realtor</p>')
# a ShowingTime-branded "feedback" notice from a new domain to a sign-in page
w("phish-showingtime-fake", "ShowingTime <noreply@showingtime-feedback.com>", "3 showing feedback responses waiting: 212 Willet Way",
  '<p>You have 3 new feedback responses for <b>212 Willet Way</b>.</p><p>Sign in to view feedback and share it with your seller.</p>'
  '<p><a href="https://showingtime-feedback.com/Account/Login?ReturnUrl=%2FFeedback">View feedback</a></p><p>ShowingTime</p>')
# a Zillow-branded lead from a new domain: "view contact details", sign-in page
w("phish-zillow-lead-fake", "Zillow Premier Agent <leads@zillow-premieragent.net>", "New contact: Daniel Price is ready to buy in Port Ellery",
  '<p>You have a new contact from Zillow.</p><p><b>Daniel Price</b> (pre-approved, $850,000) wants to tour homes this weekend.</p>'
  '<p><a href="https://zillow-premieragent.net/crm/login?lead=DP88120">Sign in to view contact details</a></p><p>Zillow Group</p>')
# the HOA manager's name from a new domain: resale fee unpaid, payment link
w("phish-hoa-fee", "Crescent CM Resale <resale@crescentcm-payments.com>", "Resale certificate fee unpaid - closing may be delayed",
  '<p>Hi Jess,</p><p>The resale certificate for <b>212 Willet Way</b> cannot be released to the settlement agent until the rush fee of <b>$385.00</b> is paid. '
  'Please pay today to avoid delaying closing.</p><p><a href="https://crescentcm-payments.com/pay?order=RC-40812">Pay resale fee</a></p><p>Resale Department</p>')
# a callback lure: "your Premier Agent subscription renewed", number to call, no link, from free mail
w("phish-callback-renewal", '"Zillow Premier Agent Billing" <premieragent.billing@outlook.com>', "Receipt: Premier Agent annual plan $2,480.00",
  '<p>Thank you for renewing.</p><p>Your Premier Agent annual plan (Port Ellery zip codes) of <b>$2,480.00</b> was charged to your card on file today.</p>'
  '<p>If you did not authorize this renewal, call our billing team within 24 hours at <b>+1 (808) 555-0177</b> to cancel and receive a full refund.</p>')

# Legitimate mail of the same shapes, first seen after the test window
# (e01-e03), which should pass or at most warn.
# the known title company's portal notice of wire instructions, as learned
w("e01-title-portal-wire", "Cornerstone Title Secure Portal <no-reply@secure.cornerstonetitle.example>", "Wire instructions posted: 31 Tern Ct",
  '<p>Cornerstone Title &amp; Escrow - Secure Portal</p><p>The wiring instructions for <b>31 Tern Ct, Brantley</b> (file CTE-26-51207) have been posted to your secure portal. '
  'Share the portal invitation with your buyer; do not forward instructions by email.</p>'
  '<p><a href="https://secure.cornerstonetitle.example/files/CTE-26-51207/wire?inv=k3m9x2q8w4e7r5t1y6u2">View wire instructions</a></p>'
  '<p>Cornerstone will never change its wiring instructions by email. Always call our office at the number on our website, (555) 014-6100, before wiring funds.</p>')
# a seller's attorney new here: a genuine DocuSign envelope (power of attorney for closing)
w("e02-attorney-docusign", "Paul Hendricks via DocuSign <dse_na2@docusign.net>", "Please DocuSign: Limited power of attorney - 31 Tern Ct",
  '<p>Paul Hendricks sent you a document to review and sign.</p><p><a href="https://na2.docusign.net/Signing/EmailStart.aspx?a=9c2e4f7a1b3d5e6f8a0b2c4d6e8f0a1b&amp;etti=24&amp;acct=5d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a">REVIEW DOCUMENTS</a></p>'
  '<p>Paul Hendricks<br>Hendricks Law PLLC</p><p>Do Not Share This Email. <a href="https://www.docusign.com/support">Questions about the document?</a></p>')
# a new buyer from free mail: a Zillow link and the pre-approval as a PDF
doc = pdf(["Pinecrest Home Loans", "Pre-Approval Letter", "Borrower: Nadia Sorensen", "Purchase price up to $540,000"])
body, ct = mixed([("text/plain; charset=utf-8", "Hi Jess,\n\nwe'd love to see this one before the weekend:\n"
                   "https://www.zillow.com/homedetails/31-Tern-Ct-Brantley-VA-23412/88120417_zpid/\n\nOur pre-approval letter is attached. We are not working with an agent yet.\n\nNadia Sorensen\n"),
                  ("application/pdf", "Sorensen_PreApproval.pdf", doc)])
w("e03-buyer-zillow-preapproval", "Nadia Sorensen <nadia.sorensen@gmail.com>", "31 Tern Ct showing?", body, ct)
