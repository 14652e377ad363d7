# Targeted cases of a fifth red team (round 32) on forms of 2025-2026 the
# earlier ones left out, spread over the mailboxes they fit: a lure on
# Google Apps Script (script.google.com), a payroll "HR portal" on a form
# service (Tally), an e-signature notice with a one-time access code, a
# security alert giving both a number to call and a link, an MFA
# "approve sign-in" link, an invoice PDF whose only link opens a form
# service (Paperform), a stranger's share from another organisation's
# SharePoint tenant, a brand's name on Google AppSheet's genuine sender, a
# voicemail notice whose HTML attachment has a double extension
# (".wav.html"), and payroll diversion from a staff member's name at free
# mail that refuses a call. And legitimate look-alikes: a known client's
# change of bank that asks to be called (estate e04), a colleague's own
# direct-deposit change (clinic k05).
# Writes only cases/*/phish-pt-*.eml, estate/e04-* and clinic/k05-*
# (removing its own first): the other generators own the rest, and
# gen_cases_estate.py and gen_cases_clinic.py empty their directories, so
# run this one after them.
import base64, os
from gen_common import mixed, pdf, clear_cases, write_case

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases")
OWNERS = {"books": "nora.keane@marlowfinch.example", "clinic": "frontdesk@cedarridgedental.example",
          "law": "dana@harlowmercer.example", "company": "anna.kovac@brightwater.example",
          "itdesk": "jo.marsh@haldenanalytics.example", "logistics": "maya.lindgren@hartwellfreight.example",
          "shop": "elena@mossandwick.example", "estate": "jess.alvarado@larkspurvine.example"}
MINE = ("phish-pt-", "e04-", "k05-")
clear_cases(ROOT, OWNERS, MINE)


def w(box, name, frm, subj, body, ct="text/html; charset=utf-8", extra=""):
    write_case(ROOT, OWNERS[box], box, name, frm, subj, body, ct, extra)


def b64(box):
    return base64.b64encode(OWNERS[box].encode()).decode()


# 1. a "QuickBooks" invoice whose page is a Google Apps Script web app
w("books", "phish-pt-apps-script-invoice", "QuickBooks Payments <invoices@qb-payments-notice.com>", "Invoice 10482 from Hollis Marine Supply is due",
  '<p>Hi Nora,</p><p>Hollis Marine Supply sent you invoice 10482 for $4,860.00, due today.</p>'
  '<p><a href="https://script.google.com/macros/s/AKfycbx9QmT3rL0v7Kc2pZ8wN4yHf6uJdE1sGa/exec?inv=10482#' + b64("books") + '">Review and pay invoice</a></p>'
  '<p>Sign in with your Intuit account to view the invoice and pay by bank transfer or card.</p><p>QuickBooks Payments</p>')

# 2. payroll "HR portal" on a form service, under a benefits administrator's name
w("clinic", "phish-pt-hr-portal-tally", "Employee Payroll Services <hr-portal@payroll-staffcenter.com>", "Action required: confirm your direct deposit before Friday's payroll",
  '<p>Hello,</p><p>Our payroll provider is moving to a new HR portal. All employees must confirm their direct deposit details before Friday, '
  'or their pay will be held until the next cycle.</p>'
  '<p><a href="https://tally.so/r/w2Xk9A?email=frontdesk%40cedarridgedental.example">Open the HR portal and confirm your direct deposit</a></p>'
  '<p>You will need your work email, password and bank account details.</p><p>Employee Payroll Services</p>')

# 3. an e-signature notice with a one-time access code (the page asks for it, so scanners see nothing)
w("law", "phish-pt-esign-access-code", "Acrobat Sign <echosign@esign-agreements-center.com>", "Signature requested: Settlement Agreement - Harlow Mercer (access code inside)",
  '<p>Marcus Webb (webb@westlake-counsel.example) has sent you Settlement Agreement - Harlow Mercer.pdf to review and sign.</p>'
  '<p><b>Your one-time access code: 482 913</b></p>'
  '<p><a href="https://esign-agreements-center.com/a/sign?doc=SA-77120&amp;u=' + b64("law") + '">Review and sign</a></p>'
  '<p>Enter the access code and sign in with your email account to open the document. The code expires in 24 hours.</p>'
  '<p>Powered by Adobe Acrobat Sign</p>')

# 4. a security alert with both a number to call and a link
w("company", "phish-pt-security-alert-callback-link", "Microsoft account team <account-security@msonline-alerts.com>", "Unusual sign-in activity on your account",
  '<p>We detected something unusual about a recent sign-in to the Microsoft account anna.kovac@brightwater.example.</p>'
  '<p>Country/region: Nigeria<br>IP address: 102.89.44.17<br>Date: 26 Nov 2026 04:12 UTC</p>'
  '<p>If this wasn\'t you, your account may be compromised. Call our security team at +1 (808) 555-0177 or '
  '<a href="https://msonline-alerts.com/secure/review?u=' + b64("company") + '">review recent activity and secure your account</a>.</p>'
  '<p>Thanks,<br>The Microsoft account team</p>')

# 5. MFA fatigue with a link: "approve the sign-in" on a fresh domain, under the IdP's name
w("itdesk", "phish-pt-mfa-approve-link", "Okta Verify <no-reply@okta-verify-push.com>", "Sign-in request waiting for your approval",
  '<p>Hi Jo,</p><p>A sign-in to Halden Analytics from a new device is waiting for your approval. Your push notification could not be delivered.</p>'
  '<p>Device: Windows 11, Chrome<br>Location: Rotterdam, NL</p>'
  '<p><a href="https://okta-verify-push.com/approve?tenant=haldenanalytics&amp;u=' + b64("itdesk") + '">Approve sign-in</a> &nbsp; '
  '<a href="https://okta-verify-push.com/deny?tenant=haldenanalytics">Deny</a></p>'
  '<p>If you do not respond within 10 minutes your account will be locked for security reasons.</p>')

# 6. an invoice PDF whose only link opens a form service page; the body says only "see attached"
doc = pdf(["Brennan Pallet & Crate Co.", "INVOICE 2026-1184", "Amount due: $12,460.00  Due: upon receipt",
           "This invoice is protected. Click VIEW INVOICE and sign in with your email to open it.", "VIEW INVOICE"],
          links=["https://paperform.co/brennan-invoice-2026-1184?ref=" + b64("logistics")])
body, ct = mixed([("text/plain; charset=utf-8", "Hello,\n\nplease see attached invoice.\n\nRegards,\nAccounts Receivable\nBrennan Pallet & Crate Co.\n"),
                  ("application/pdf", "INV-2026-1184.pdf", doc)])
w("logistics", "phish-pt-invoice-pdf-formlink", "Accounts Receivable <ar@brennanpallet-crate.com>", "Invoice 2026-1184", body, ct)

# 7. a stranger's share from another organisation's (compromised) SharePoint tenant
w("clinic", "phish-pt-sharepoint-other-tenant", "Rachel Ng <rachel.ng@lakeviewortho.example>", "Rachel Ng shared \"Patient Referrals - November.pdf\" with you",
  '<p>Rachel Ng shared a file with you.</p><p>Here are the November referrals, please review before Monday.</p>'
  '<p><a href="https://lakeviewortho-my.sharepoint.com/:b:/g/personal/rachel_ng_lakeviewortho_example/EaX2kQ9?e=Rk4mZp">Patient Referrals - November.pdf</a></p>'
  '<p>Sign in with your Microsoft 365 account to open the document.</p>'
  '<p>Microsoft respects your privacy. To learn more, please read our Privacy Statement.</p>')

# 8. a brand's name on Google AppSheet's genuine sender (abused in 2025 to pass authentication)
w("shop", "phish-pt-appsheet-meta", "Meta Business Support <noreply@appsheet.com>", "Your Instagram shop will be disabled in 24 hours",
  '<p>Your account Moss &amp; Wick has been reported for copyright infringement. Your shop and ads will be disabled in 24 hours '
  'unless you submit an appeal.</p>'
  '<p><a href="https://meta-appeal-center.vercel.app/case/4471920">Submit an appeal</a></p>'
  '<p>You will be asked to confirm your login details. Meta Business Support</p>')

# 9. a voicemail notice whose HTML attachment hides behind a double extension
page = ('<html><head><title>Voicemail</title></head><body><p>Loading audio player...</p><script>'
        'var d="larkspur-vm.workers-audio.com",u="' + b64("estate") + '";'
        'window.location.replace("https://"+d+"/play/vm?id=0047&u="+u);</script></body></html>')
body, ct = mixed([("text/html; charset=utf-8", '<p>You have a new voice message from (555) 014-3382.</p><p>Duration: 0:47<br>'
                   'Received: 26 Nov 2026 09:41</p><p>Open the attached file to play the message.</p>'),
                  ("text/html", "VM_0m47s_5550143382.wav.html", page.encode())])
w("estate", "phish-pt-voicemail-wav-html", "Voicemail Service <voicemail@vm-deliverynotice.com>", "New voicemail from (555) 014-3382 - 0:47", body, ct)

# 10. payroll diversion under a staff member's name from free mail, refusing a call
w("clinic", "phish-pt-payroll-diversion-freemail", "Owen Hartley <owen.hartley.dmd@gmail.com>", "direct deposit change",
  "Hi Carla,\n\nI changed my bank this week. Can you update my direct deposit to my new account before this Friday's payroll? "
  "Routing 021000089, account 7712049931 (checking).\n\nI'm in meetings all day and can't take calls, email is best.\n\nThanks,\nOwen\n",
  "text/plain; charset=utf-8")

# legitimate look-alikes
# e04: a known client's change of bank that asks to be called to confirm (PDF, no link)
doc = pdf(["Direct deposit authorization", "Account holder: Megan Foley", "Bank: Coastline Credit Union", "Routing 256074974  Account 88120447190"])
body, ct = mixed([("text/plain; charset=utf-8", "Hi Jess,\n\nI switched banks last month, so the proceeds should go to my new account at Coastline Credit Union. "
                   "The deposit form is attached. Please call me on my cell before you pass it to the title company so we can go over the numbers "
                   "together, I know they will want to confirm by phone too.\n\nThanks!\nMegan\n"),
                  ("application/pdf", "Direct_Deposit_Form.pdf", doc)])
w("estate", "e04-client-bank-change-call", "Megan Foley <megan.foley82@gmail.com>", "new bank for my proceeds", body, ct)
# k05: a colleague's own direct-deposit change, busy all day (our own domain: not call_refused's)
w("clinic", "k05-staff-direct-deposit", "Dr. Owen Hartley <owen.hartley@cedarridgedental.example>", "direct deposit",
  "Hi Carla,\n\nI updated my direct deposit in Gusto to my new account at the credit union, can you check it went through before Friday's payroll? "
  "I'm in a meeting all day, email is best.\n\nThanks,\nOwen\n", "text/plain; charset=utf-8")
