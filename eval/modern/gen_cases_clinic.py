# Targeted cases for the dental practice's front-desk mailbox (gen_clinic.py),
# judged against its learned history: phish-* cases of a red team shaped for
# a practice (patient portal, benefits plan, e-fax, DEA and licence, supplier
# bank change, Microsoft 365, QR code, callback), which should be flagged,
# and k01-k04, legitimate mail of the same shapes, which should pass or warn.
from gen_common import alt, mixed, pdf, qr_pdf, case_writer

w = case_writer("frontdesk@cedarridgedental.example", "clinic")

# a fake patient-portal notice under the scheduling system's name from a lookalike domain
w("phish-patient-portal-lookalike", "Chairside <notifications@chairside-messaging.com>", "New secure message from a patient",
  '<p>Cedar Ridge Family Dental,</p><p>You have 1 new secure message from a patient regarding a billing dispute. '
  'For privacy the message can only be viewed after you sign in.</p>'
  '<p><a href="https://chairside-messaging.com/portal/login?practice=cedarridge">Sign in to view message</a></p>'
  '<p>Messages not read within 48 hours are escalated to the practice owner.</p>')
# the benefits plan's "claim denied" on a near miss of its domain
w("phish-claim-denied-plan", "Northstar Dental Benefits <providers@northstar-benefits-portal.com>", "Claim denied - action required within 24 hours",
  '<p>Dear Provider,</p><p>Claim 48213 for your patient has been <b>denied</b> and the payment of $1,284.00 will be recouped from your next EFT. '
  'To appeal, sign in to the provider portal and verify your account.</p>'
  '<p><a href="https://northstar-benefits-portal.com/provider/signin?claim=48213">Sign in to the provider portal</a></p>'
  '<p>Northstar Dental Benefits, Provider Services</p>')
# a fake eFax of a referral: the "fax" is an HTML page asking for the mailbox password
fax = ('<html><body><h3>eFax Secure Document Viewer</h3><p>Referral - 3 pages - from Westmarch Oral Surgery</p>'
       '<form action="https://efax-docviewer.net/auth.php" method="post"><p>Email <input name="u" value="frontdesk@cedarridgedental.example"></p>'
       '<p>Password <input type="password" name="p"></p><input type="submit" value="View fax"></form></body></html>').encode()
body, ct = mixed([("text/plain; charset=utf-8", "You have received a 3 page fax at 2026-11-26 09:41.\n\nThe fax is attached to this email. Open the attachment to view the referral.\n\n"
                   "Caller-ID: 555-014-7702\n\nThanks for using eFax!\n"), ("text/html", "Fax_Referral_3pages.html", fax)])
w("phish-efax-referral-html", "eFax <message@efax-inbound-services.com>", "eFax message from \"555-014-7702\" - 3 page(s)", body, ct)
# a DEA "registration suspended" threat from free mail with a number to call, no link
w("phish-dea-suspension-callback", '"DEA Diversion Control Division" <dea.diversion.compliance@outlook.com>', "Notice of suspension: DEA registration for Dr. Priya Nair",
  '<p>U.S. Department of Justice, Drug Enforcement Administration</p><p>Dr. Priya Nair, DDS</p>'
  '<p>Our records show prescriptions of controlled substances under your DEA registration that were filled outside your state. '
  'Your registration will be suspended and a warrant for your arrest may be issued unless you contact this office within 24 hours.</p>'
  '<p>Call Special Agent R. Miller at <b>+1 (808) 555-0174</b> to resolve this matter. Do not discuss this notice with anyone.</p>')
# a state dental board licence renewal on a new domain
w("phish-license-renewal", "Westmarch Board of Dentistry <renewals@westmarch-dentalboard.org>", "Your dental license expires in 3 days - renew now",
  '<p>Dear Licensee,</p><p>Our records show that the dental license of Dr. Owen Hartley expires on November 30, 2026. '
  'Practicing with an expired license is a violation subject to fines and suspension.</p>'
  '<p><a href="https://westmarch-dentalboard.org/renew/login">Renew your license online</a> (renewal fee $285.00, payable by card).</p>'
  '<p>Westmarch Board of Dentistry, Licensing Unit</p>')
# the known supplier's rep from a lookalike of its domain (brightsmilesupply.example): changed bank details
doc = pdf(["Brightsmile Dental Supply", "Updated remittance instructions", "Bank: Coastal Federal Bank", "Routing 021000089  Account 7731904421",
           "Effective immediately; the lockbox address is closed"])
body, ct = mixed([("text/plain; charset=utf-8", "Hello Cedar Ridge team,\n\nplease note that our bank account has changed due to an audit. Kindly update your records and pay "
                   "open invoice 48812 ($2,184.50) and future invoices by ACH to the new account in the attached letter. The old lockbox is closed.\n\n"
                   "Please confirm once updated.\n\nMark Ellis\nAccount Representative\nBrightsmile Dental Supply\n"),
                  ("application/pdf", "Brightsmile_remittance_update.pdf", doc)])
w("phish-supplier-bank-change", "Mark Ellis <mark.ellis@brightsmile-supply.example>", "Updated remittance details - invoice 48812", body, ct)
# a Microsoft 365 password expiry under the practice's name, to a lookalike sign-in page
w("phish-m365-lookalike", '"Cedar Ridge Family Dental IT" <it-support@cedarridgedental-mail.com>', "Password for frontdesk@cedarridgedental.example expires today",
  '<p>Microsoft 365</p><p>The password for <b>frontdesk@cedarridgedental.example</b> expires today. Keep your current password to avoid losing access to '
  'patient emails.</p><p><a href="https://login-microsoftonline.cedarridgedental-mail.com/common/oauth2/?email=frontdesk@cedarridgedental.example">Keep current password</a></p>'
  '<p>Microsoft respects your privacy.</p>')
# a HIPAA training "attestation" with the link only in a QR code in a PDF
doc = qr_pdf(["HIPAA Annual Compliance Attestation 2026", "Cedar Ridge Family Dental", "All staff must complete the attestation by Friday.",
              "Scan the code with your phone and sign in with your work email:"], "phish-hipaa")
body, ct = mixed([("text/plain; charset=utf-8", "Hello,\n\nYour HIPAA annual attestation is overdue. Practices without attestations on file face penalties "
                   "in an audit. The instructions are in the attached document; scan the code with your phone to complete it today.\n\nCompliance Department\n"),
                  ("application/pdf", "HIPAA_Attestation_2026.pdf", doc)])
w("phish-hipaa-qr-pdf", "HIPAA Compliance Office <compliance@hipaa-attest-center.com>", "Action required: HIPAA attestation overdue", body, ct)
# a callback "order" for supplies the practice never bought, from free mail
w("phish-supply-order-callback", '"Dental Supply Order Desk" <orderdesk.dentalsupply@gmail.com>', "Order #DS-774120 confirmed - $1,489.00",
  '<p>Thank you for your order.</p><p>Order #DS-774120: 40 cases nitrile gloves, 12 units composite kit. Total charged to your card on file: <b>$1,489.00</b>.</p>'
  '<p>If you did not authorize this order, call our billing department within 24 hours at <b>+1 (808) 555-0129</b> to cancel and receive a refund.</p>')
# a Gusto "direct deposit" lure from a lookalike domain, to a sign-in page
w("phish-gusto-lookalike", "Gusto <no-reply@gusto-payroll-notices.com>", "Action required: confirm your bank account before Friday's payroll",
  '<p>Hi Carla,</p><p>We couldn\'t verify the bank account for Cedar Ridge Family Dental. Payroll for Friday will be on hold until you confirm it.</p>'
  '<p><a href="https://gusto-payroll-notices.com/login?next=/bank">Sign in to confirm bank account</a></p><p>The Gusto team</p>')
# the practice software vendor's name from a new domain: "mandatory security update, re-validate your credentials"
w("phish-ehr-revalidate", "DentiChart Security <security@dentichart-support.com>", "Mandatory: re-validate your DentiChart credentials",
  '<p>Dear DentiChart customer,</p><p>Following a security incident at a third-party vendor, all practice accounts must re-validate their credentials '
  'by November 28. Accounts not validated will be suspended and patient data access will be disabled.</p>'
  '<p><a href="https://dentichart-support.com/validate?practice=cedarridge">Validate your account</a></p><p>DentiChart Security Team</p>')
# a known patient's hijacked account: "my x-rays" on a sign-in page on free hosting
w("phish-patient-hijacked-share", "Maria Lopez <marialopez82@gmail.com>", "my x-rays and insurance documents",
  '<p>Hi,</p><p>I have shared my x-rays and insurance documents with you. Please sign in with your email to view them.</p>'
  '<p><a href="https://secure-docs-view.weebly.com/">View shared documents</a></p><p>Maria</p>')
# an e-prescribing "EPCS token" re-verification on a new domain
w("phish-epcs-token", "RxLink EPCS <epcs@rxlink-verify.com>", "Your EPCS two-factor token expires today",
  '<p>Dr. Nair,</p><p>Your EPCS two-factor token expires today. Prescribing controlled substances will be blocked until you re-verify your identity.</p>'
  '<p><a href="https://rxlink-verify.com/epcs/reverify?prescriber=nair">Re-verify now</a></p><p>RxLink Compliance</p>')

# Legitimate mail of the same shapes, first seen after the test window
# (k01-k04), which should pass or at most warn.
# the genuine plan's notice of a denied claim, linking its own portal
w("k01-plan-claim-denied", "Northstar Dental Benefits <providers@northstarbenefits.example>", "New EOB available",
  '<p>A new Explanation of Benefits is available for claim 48213. The claim was denied: frequency limitation (one prophylaxis per six months). '
  'Sign in to the provider portal to view it or submit an appeal.</p>'
  '<p><a href="https://provider.northstarbenefits.example/eob/48213">Sign in to view</a></p><p>This mailbox is not monitored. <a href="https://provider.northstarbenefits.example/help">Help</a></p>')
# the genuine e-prescribing vendor's token renewal notice
w("k02-rxlink-token-renewal", "RxLink <no-reply@rxlink.example>", "Your EPCS token renews in 30 days",
  '<p>Dr. Priya Nair\'s EPCS credential renews in 30 days. Open RxLink and follow the prompt to re-enrol your authenticator app.</p>'
  '<p><a href="https://app.rxlink.example/settings/epcs">Open RxLink</a></p>')
# the known supplier's genuine new-rep introduction
w("k03-supplier-new-rep", "Brightsmile Dental Supply <orders@brightsmilesupply.example>", "Your new Brightsmile representative",
  '<p>Cedar Ridge Family Dental,</p><p>Mark Ellis has retired; your new representative is Tanya Shaw, (555) 014-6620. Your account, pricing and '
  'payment details do not change.</p><p><a href="https://www.brightsmilesupply.example/account/orders">Your orders</a></p>')
# a known patient's new insurance card photo
body, ct = mixed([("text/plain; charset=utf-8", "Hi, new card attached, the old one ended in October.\n\nAisha\n\nSent from my iPhone\n"),
                  ("image/jpeg", "IMG_5120.jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00" + bytes(range(256)) * 4 + b"\xff\xd9")])
w("k04-patient-card-photo", "Aisha Rahman <aisha.rahman@outlook.com>", "new insurance card", body, ct)
