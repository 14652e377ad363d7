# Targeted cases for the IT help desk mailbox (gen_itdesk.py), judged against
# its learned history: phish-* cases shaped for an IT and security lead, each
# the lure the legitimate mail of its window resembles, which should be
# flagged.
from gen_common import mixed, alt, pdf, qr_pdf, case_writer

w = case_writer("jo.marsh@haldenanalytics.example", "itdesk")


# an Okta password-expiry notice under Okta's name, leading to a lure's domain
w("phish-okta-password-expiry", "Okta <noreply@okta.com>", "Your password expires today",
  '<p>Hi Jo,</p><p>Your Okta password for haldenanalytics expires today. Verify your account to keep your current password.</p>'
  '<p><a href="https://haldenanalytics-okta.session-verify.top/signin?u=jo.marsh">Keep current password</a></p>'
  '<p>This is an automatically generated message from Okta.</p>')
# device-code phishing: a stranger's "Teams meeting" asks to enter a code on Microsoft's device page
w("phish-device-code-teams", "Service Desk <servicedesk@m365-helpcentre.example>", "Teams meeting: quarterly security review",
  "Hi Jo,\n\nto join the quarterly security review in Teams, open https://microsoft.com/devicelogin and enter the code QX7-F2KD.\n\nService Desk\n",
  ct="text/plain; charset=utf-8")
# the long-known supplier's bank change, with replies going to a domain new here
doc = pdf(["CORBEL SYSTEMS", "Notice of change of bank details", "With immediate effect please pay all open invoices to:",
           "Coastline Savings, account 8812-004-771", "Reply to this email to confirm the change today."])
w("phish-supplier-bank-change", "Corbel Systems Accounts <accounts@corbelsys.example>", "Urgent: updated bank details for open invoices",
  *mixed([("text/plain; charset=utf-8", "Dear customer,\n\nour bank details have changed. Please update your records and pay the open invoices to the new account in the attached letter today.\n\n"
           "Accounts Receivable\nCorbel Systems\n"), ("application/pdf", "Corbel_bank_details.pdf", doc)]),
  extra="Reply-To: Corbel Accounts <accounts@corbelsys-payments.example>\r\n")
# an MFA re-enrolment sheet from a stranger whose QR code, drawn as vector graphics, leads to a lure
doc = qr_pdf(["Halden Analytics - mandatory MFA re-enrolment", "Your authenticator registration expires today.", "Scan the code with your phone and sign in to re-enrol:"], "phish-mfa")
w("phish-mfa-qr-pdf", "IT Security <it-security@halden-secure.example>", "Action required: re-enrol your authenticator",
  *mixed([("text/plain; charset=utf-8", "Hello,\n\nplease see the attached instructions to re-enrol multi-factor authentication before your access is suspended.\n\nIT Security\n"),
          ("application/pdf", "MFA_reenrolment.pdf", doc)]))
# a "help desk" asking for the password by reply
w("phish-helpdesk-password-reply", "Help Desk <helpdesk@haldenanalytics-it.example>", "Mailbox migration",
  "Hello,\n\nwe are migrating mailboxes tonight. Reply to this email with your username and password so that your mailbox is not deleted.\n\nHelp Desk\n",
  ct="text/plain; charset=utf-8")
# a callback scam: a renewal nobody bought, and a number to call
w("phish-renewal-callback", "Kestrel Cloud Billing <kestrel.billing.dept@gmail.com>", "Receipt: annual plan renewed",
  "Hello,\n\nyour annual backup plan has been renewed. $1,899.00 was charged to your account today.\n\n"
  "If you did not authorize this charge, call our billing team at +1 (555) 014-9930 within 24 hours to cancel and receive a refund.\n\nBilling Department\n",
  ct="text/plain; charset=utf-8")
# a first-contact "partner" sharing a file through a SharePoint tenant that asks to sign in
w("phish-partner-sharepoint-signin", '"Daniel Reyes" <no-reply@sharepointonline.com>', "Daniel Reyes shared \"Q4 payment schedule.pdf\" with you",
  '<p>Daniel Reyes shared a file with you</p><p><b>Q4 payment schedule.pdf</b></p>'
  '<p><a href="https://quilldata-payments.web.app/sharepoint/login?email=jo.marsh@haldenanalytics.example">Open</a></p>'
  '<p>Sign in with your Microsoft 365 password to view the invoice.</p>',
  extra="Reply-To: Daniel Reyes <daniel.reyes@quilldata-finance.example>\r\n")
