# Targeted cases for the university research office's mailbox (gen_campus.py),
# judged against its learned history: legitimate mail a research
# administrator gets that looks most like phishing (mailbox and password
# notices from the institution, a Workday direct-deposit confirmation, a
# publisher's real article-charge invoice, reviewer invitations, surveys,
# shares and invitations from new people at other universities, students
# at free mail), and phish-* cases shaped for a campus that should be flagged.
from gen_common import mixed, alt, pdf, case_writer

w = case_writer("morgan.ellis@northfield.example", "campus")

def attached(text, ctype, fname, data, html=False):
    return mixed([("text/%s; charset=utf-8" % ("html" if html else "plain"), text), (ctype, fname, data)])


# legitimate
w("u01-its-mailbox-almost-full", "Northfield ITS Service Desk <servicedesk@northfield.example>", "Your mailbox is almost full",
  '<p>Hello Morgan,</p><p>Your Northfield mailbox is at 96% of its 100 GB quota. Archive or delete old messages to keep receiving mail.</p>'
  '<p>How to archive: <a href="https://its.northfield.example/kb/email-archive">ITS knowledge base</a>. ITS will never ask for your password by email.</p>'
  '<p>Northfield ITS Service Desk | (555) 017-4357</p>')
w("u02-workday-direct-deposit-changed", "Workday <northfield@myworkday.com>", "Your payment elections have changed",
  '<p>Your payment elections were changed on 11/25/2026 at 8:14 PM. The change takes effect with the next pay period.</p>'
  '<p><a href="https://wd5.myworkday.com/northfield/d/task/2997$1041.htmld">Review payment elections</a></p>'
  '<p>If you did not make this change, contact Payroll Services at (555) 017-2200 immediately.</p>')
apc = pdf(["Springer Nature - Article Processing Charge Invoice", "Invoice 2026-APC-55812  |  Manuscript: Telehealth for type 2 diabetes in rural clinics",
           "Corresponding author: Alan Reyes, Northfield University", "Amount due: USD 2,890.00  |  Payment due within 30 days",
           "Pay online by card or request a bank transfer in the payment portal."], ["https://payment.springernature.com/pay/2026-APC-55812"])
w("u03-publisher-apc-invoice", "Springer Nature Author Services <apc@springernature.com>", "Article processing charge invoice 2026-APC-55812",
  *attached("Dear Ms. Ellis,\n\nas the billing contact for Dr. Reyes's accepted article in BMC Endocrine Disorders, please find the article processing charge invoice attached. "
            "You can pay online at https://payment.springernature.com/pay/2026-APC-55812\n\nSpringer Nature Author Services\n", "application/pdf", "APC_Invoice_2026-APC-55812.pdf", apc))
w("u04-era-login-gov", "eRA Commons <era-notify@mail.nih.gov>", "Action required: link your eRA account to Login.gov",
  "Dear Morgan Ellis,\n\nAll eRA Commons users must sign in with Login.gov and two-factor authentication. Your account is not yet linked.\n"
  "Sign in at https://public.era.nih.gov/commons/ and follow the prompts to link your Login.gov account.\n"
  "Instructions: https://www.era.nih.gov/register-accounts/access-era-modules-via-login-gov.htm\n\neRA Service Desk\n", "text/plain; charset=utf-8")
w("u05-new-student-freemail-drive", "Amara Nwosu <amara.nwosu.bio@gmail.com>", "Application - clinical research assistant",
  "Dear Ms. Ellis,\n\nI am applying for the clinical research assistant position (req. 44812). My CV and writing sample are in this folder: "
  "https://drive.google.com/drive/folders/1Hk9Qm2Lp0Xz7Vb4Nc8Rt6Yw3Sd5Fg?usp=sharing\n\nThank you for your time,\nAmara Nwosu\n", "text/plain; charset=utf-8")
w("u06-new-cfp-easychair", "Program Chairs SRA 2027 <sra2027-chairs@easychair.org>", "CFP: SRA International Annual Meeting 2027 - abstracts due Jan 30",
  '<p>Dear colleague,</p><p>Abstracts are invited for the SRA International Annual Meeting 2027 (research administration, compliance, clinical trials).</p>'
  '<p>Submit: <a href="https://easychair.org/conferences/?conf=sraam2027">https://easychair.org/conferences/?conf=sraam2027</a><br>Call for papers: '
  '<a href="https://easychair.org/cfp/SRAAM2027">https://easychair.org/cfp/SRAAM2027</a></p><p>You received this mail because you are listed as an author in a past program.</p>')
w("u07-new-univ-onedrive-share", "Kwame Asante <kasante@coastal-univ.example>", "Kwame Asante shared \"DUA_draft_v2.docx\" with you",
  '<p>Kwame Asante shared a file with you</p><p><b>DUA_draft_v2.docx</b></p>'
  '<p><a href="https://coastaluniv-my.sharepoint.com/:w:/g/personal/kasante_coastal-univ_example/EZx8kQw2mP?e=Rt7Yu1">Open</a></p>'
  '<p>Microsoft respects your privacy. <a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a></p>')
w("u08-new-univ-docusign-subaward", '"Coastal University OSP via DocuSign" <dse_na2@docusign.net>', "Please DocuSign: Subaward_CU-2026-118.pdf",
  '<p>Coastal University OSP sent you a document to review and sign.</p><p><a href="https://na2.docusign.net/Signing/EmailStart.aspx?a=9d2f41&amp;acct=7c&amp;er=3b">REVIEW DOCUMENT</a></p>'
  '<p>Please sign the incoming subaward for Dr. Reyes. Thank you.</p><p>Do Not Share This Email: this email contains a secure link to DocuSign.</p>',
  extra="Reply-To: Coastal University OSP <osp@coastal-univ.example>\r\n")
w("u09-redcap-survey-hospital", "REDCap <redcap-noreply@northfieldhealth.example>", "Study staff training attestation",
  '<p>Dear Morgan Ellis,</p><p>Please complete the annual study staff training attestation for the HEART-2 trial.</p>'
  '<p><a href="https://redcap.northfieldhealth.example/surveys/?s=K8WRNJ4XPD">Open the survey</a></p>'
  '<p>If the link does not work, copy this address into your browser: https://redcap.northfieldhealth.example/surveys/?s=K8WRNJ4XPD</p>')
w("u10-library-ill-ready", "Northfield ILL <ill@northfield.example>", "Interlibrary Loan article available (TN 771204)",
  "Dear Morgan Ellis,\n\nThe article you requested (TN: 771204) is now available electronically. Log in to view it:\n"
  "https://northfield.hosts.atlas-sys.com/illiad/illiad.dll?Action=10&Form=75&Value=771204\n\nInterlibrary Loan, Northfield University Libraries\n", "text/plain; charset=utf-8")
w("u11-mychart-new-result", "MyChart <mychart-noreply@northfieldhealth.example>", "New test result in MyChart",
  '<p>Dear Morgan,</p><p>A new test result is available. Log in to MyChart to view it.</p>'
  '<p><a href="https://mychart.northfieldhealth.example/MyChart/Authentication/Login?postloginurl=testresults">Log in to MyChart</a></p>')
w("u12-new-practice-athena-portal", "Harbor Orthopedics <patientportal@athenahealth.com>", "Your patient portal account is ready",
  '<p>Welcome to the Harbor Orthopedics patient portal.</p><p>Create your password to finish setting up your account: '
  '<a href="https://17742.portal.athenahealth.com/">Set up your account</a></p><p>Powered by athenahealth</p>')
w("u13-grantsgov-validated", "Grants.gov <support@grants.gov>", "Grants.gov Submission Validation Receipt for GRANT14471120",
  "Your application has been validated by Grants.gov and is being prepared for agency retrieval.\n\nGrants.gov Tracking Number: GRANT14471120\n"
  "Check the status at https://www.grants.gov/applicants/track-my-application\n\nGrants.gov Support Center\n", "text/plain; charset=utf-8")
w("u14-its-password-expiry", "Northfield ITS <its-noreply@northfield.example>", "Your NetID password expires in 7 days",
  '<p>Your NetID password expires on 12/03/2026. Change it at <a href="https://netid.northfield.example/password">netid.northfield.example</a> '
  '(or call the Service Desk at (555) 017-4357).</p><p>ITS will never ask for your password by email.</p>')
w("u15-new-univ-canvas-course", "Canvas <notifications@instructure.com>", "Course invitation: CTSA Research Coordinator Certificate",
  '<p>You have been invited to join the course CTSA Research Coordinator Certificate at Coastal University as a Student.</p>'
  '<p><a href="https://coastaluniv.instructure.com/courses/4471?invitation=Qm8x2Kd">Get started</a></p>'
  '<p><a href="https://coastaluniv.instructure.com/profile/communication">Update your notification settings</a></p>')
w("u16-conference-registration-cvent", "AAMC Research Meeting <aamcmeetings@cvent-planner.net>", "Registration confirmation: Research Leadership Forum",
  '<p>Dear Morgan Ellis,</p><p>Thank you for registering for the Research Leadership Forum, March 4-6, 2027.</p>'
  '<p>Confirmation number: Y7KQ2M9W4LP</p><p><a href="https://web.cvent.com/event/4c1e7f6a-2b0d-4c55-9f1e-0a8d7e6c5b4a/regProcessStep1">Modify registration</a></p>'
  '<p><a href="https://www.aamc.example/meetings">Meeting website</a></p>')
w("u17-new-contact-dropbox-share", "Sofia Lindqvist (via Dropbox) <no-reply@dropbox.com>", "Sofia Lindqvist shared \"HEART-2 DCC templates\" with you",
  '<p>Sofia Lindqvist shared a folder with you.</p><p><b>HEART-2 DCC templates</b></p>'
  '<p>"Morgan, the data management plan and CRF templates, as promised on our call."</p>'
  '<p><a href="https://www.dropbox.com/scl/fo/8k2m4q7x1z/AHs3Ld9Qp?rlkey=w7t2v9&amp;dl=0">Go to folder</a></p>'
  '<p>Enjoy! The Dropbox team</p>',
  extra="Reply-To: Sofia Lindqvist <sofia.lindqvist@pacificrim.example>\r\n")
w("u18-correspondent-zoom-invitation", "Rahul Menon <no-reply@zoom.us>", "Rahul Menon is inviting you to a scheduled Zoom meeting",
  '<p>Rahul Menon is inviting you to a scheduled Zoom meeting.</p><p>Topic: Subaward year 3 budget<br>Time: Dec 9, 2026 02:00 PM Eastern Time</p>'
  '<p>Join Zoom Meeting<br><a href="https://lakeview.zoom.us/j/93381205514?pwd=bXk3QmZ2cEtW">https://lakeview.zoom.us/j/93381205514?pwd=bXk3QmZ2cEtW</a></p>'
  '<p>Meeting ID: 933 8120 5514<br>Passcode: 481902</p>',
  extra="Reply-To: Rahul Menon <rmenon@med.lakeview.example>\r\n")

# phishing a university research office should see flagged
w("phish-mailbox-quota-lookalike", "Northfield ITS Helpdesk <helpdesk@northfeild.example>", "Mailbox quota exceeded - action required",
  '<p>Dear user,</p><p>Your mailbox has exceeded its storage quota (99.8%). Incoming messages will be rejected within 24 hours.</p>'
  '<p>To increase your quota, verify your account: <a href="https://mail.northfeild.example/owa/quota/verify?u=morgan.ellis">Verify account</a></p>'
  '<p>Northfield ITS Helpdesk</p>')
w("phish-o365-relogin", "Microsoft 365 <no-reply@pacificrim.example>", "Action required: re-authenticate your Office 365 account",
  '<p>Your Office 365 session for morgan.ellis@northfield.example has expired due to a security update.</p>'
  '<p>Please sign in again to continue receiving email: <a href="https://o365-secure-relogin.web.app/?login=morgan.ellis@northfield.example">Sign in</a></p>'
  '<p>Failure to re-authenticate will result in suspension of your account.</p>')
w("phish-workday-direct-deposit", "Northfield Payroll <payroll@northfield-myworkday.example>", "Confirm your direct deposit before the next payroll",
  '<p>Dear employee,</p><p>Due to a payroll system upgrade, all staff must confirm their direct deposit information before November 28.</p>'
  '<p><a href="https://northfield-myworkday.example/d/login.htmld?redirect=payment-elections">Sign in to Workday</a> with your NetID and password.</p>'
  '<p>Failure to confirm will delay your salary payment.</p>')
inv = pdf(["INTERNATIONAL JOURNAL OF MEDICAL SCIENCE AND RESEARCH", "INVOICE IJMSR-2026-8841  -  PUBLICATION FEE",
           "Manuscript: Telehealth for type 2 diabetes in rural clinics", "Amount: USD 1,450.00. Pay within 48 hours to avoid withdrawal of your paper.",
           "Pay by card at our payment page or by wire transfer."], ["https://ijmsr-payments.example/invoice/8841"])
w("phish-journal-publication-fee", "IJMSR Editorial Office <editor.ijmsr@gmail.com>", "Invoice: publication fee for your accepted manuscript",
  *attached("Dear Author,\n\nCongratulations, your manuscript has been accepted for publication. Kindly pay the publication fee attached within 48 hours to avoid withdrawal of your paper: "
            "https://ijmsr-payments.example/invoice/8841\n\nEditorial Office, IJMSR\n", "application/pdf", "IJMSR_Invoice_8841.pdf", inv))
w("phish-docusign-fake", "DocuSign via Office of Research <dse@docusign-research-notice.example>", "Completed: Subaward agreement - please review",
  '<p>Office of Research sent you a completed document.</p><p><a href="https://docsign-view.pages.dev/envelope?id=88x1">REVIEW DOCUMENT</a></p>'
  '<p>Sign in with your university email account to view and download the subaward agreement.</p>')
w("phish-qualtrics-credentials-freehost", "Northfield HR Survey <survey@qualtrics-mailer.example>", "Annual employee satisfaction survey - $25 gift card",
  '<p>Dear Northfield employee,</p><p>Complete the 2026 employee satisfaction survey and receive a $25 gift card.</p>'
  '<p>Log in with your NetID and password to start: <a href="https://northfield-staff-survey.weebly.com/login">Start survey</a></p>'
  '<p>Powered by Qualtrics</p>')
w("phish-library-ezproxy-expire", "Northfield Libraries <library-access@northfieid-library.example>", "Your library access will expire",
  '<p>Your off-campus library access (EZproxy) expires today.</p><p>Renew your access by signing in with your NetID: '
  '<a href="https://login.northfieid-library.example/ezproxy/renew">Renew access</a></p>')
