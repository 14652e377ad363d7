# IT and security lead of a 60-person analytics company: jo.marsh@haldenanalytics.example
# (Halden Analytics; internal domain haldenanalytics.example). Jo runs the help
# desk, receives security@ mail, pays the IT vendors and looks after the
# identity stack (Okta tenant haldenanalytics.okta.com, Microsoft 365, Duo,
# GitHub organisation). Ordinary mail (colleagues' tickets and questions,
# Jira Service Management, vendors, monitoring, lists, newsletters) and the
# legitimate mail that looks most like phishing: password resets, MFA
# enrolment and new sign-in notices, invoices and remittance advices with
# PDFs, a long-known supplier's bank change, HR benefits enrolment, PGP and
# S/MIME mail from security contacts, e-signature envelopes, shares, QR codes
# in tickets and setup sheets, invitations, the office phone system's
# voicemail, shortened newsletter links, a new supplier's quote.
import datetime, random, sys
from gen_common import Box, alt, mixed, pdf, docx, wav, qr_png, qr_pdf, armor, opaque, b64

rng = random.Random(59)
from gen_common import UTC, start, split, end  # the learn and test windows
DOM = "haldenanalytics.example"
OWNER = "jo.marsh@" + DOM
JO = "Jo Marsh <%s>" % OWNER
SECURITY = "security@" + DOM
SIG = "\n--\nJo Marsh | IT & Security\nHalden Analytics | https://www.haldenanalytics.example\n"
b = Box("itdesk", OWNER, start)
R = lambda: rng.randint(10000, 99999)
usd = lambda lo, hi: "$%d.%02d" % (rng.randint(lo, hi), rng.randint(0, 99))

COLLEAGUES = [("Priya Shah", "priya.shah@" + DOM), ("Tom Reyes", "tom.reyes@" + DOM), ("Alice Novak", "alice.novak@" + DOM),
              ("Ben Kwame", "ben.kwame@" + DOM), ("Lena Fischer", "lena.fischer@" + DOM), ("Omar Haddad", "omar.haddad@" + DOM)]
TENANT = "haldenanalytics"
threads = []

def cal(summary, org_name, org_addr, desc):
    return ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:-//Microsoft Corporation//Outlook 16.0//EN\nBEGIN:VEVENT\nSUMMARY:%s\nORGANIZER;CN=%s:mailto:%s\n"
            "DESCRIPTION:%s\nEND:VEVENT\nEND:VCALENDAR" % (summary, org_name, org_addr, desc))

# --- ordinary mail -------------------------------------------------------------
def colleague(when):
    name, addr = rng.choice(COLLEAGUES)
    q = rng.choice(["My laptop keeps asking for the BitLocker key after the update.", "Can you add Sam to the #analytics Slack channel?",
                    "The printer on 3 is out of toner again.", "Is it OK to install the Grammarly extension?",
                    "Teams crashes when I share my screen.", "Could I get a second monitor for the new desk?",
                    "The VPN drops every hour since yesterday.", "Which laptop should we order for the new analyst?",
                    "Here's the onboarding list for Monday: https://%s.sharepoint.com/sites/People/Lists/Onboarding" % TENANT,
                    "Notes from the vendor call are in Confluence: https://%s.atlassian.net/wiki/spaces/IT/pages/%d" % (TENANT, R())])
    m = b.add(when, "%s <%s>" % (name, addr), JO, rng.choice(["quick question", "laptop", "access", "printer", "VPN", "new starter"]),
              "Hi Jo,\n\n%s\n\nThanks,\n%s\n" % (q, name.split()[0]))
    threads.append((m, addr, name))

def jira(when):
    n = rng.randint(1200, 1999)
    name = rng.choice(COLLEAGUES)[0]
    issue = rng.choice(["Password expired, cannot log in to Okta", "Request: access to the finance SharePoint", "MFA phone replaced - re-enrol Okta Verify",
                        "Laptop battery swelling", "New starter: account and laptop for R. Ito", "Phishing? Got a strange DocuSign mail"])
    body, ct = alt("%s raised ITSD-%d: %s\nhttps://%s.atlassian.net/servicedesk/customer/portal/2/ITSD-%d\n" % (name, n, issue, TENANT, n),
                   '<p><b>%s</b> raised a request</p><p><a href="https://%s.atlassian.net/browse/ITSD-%d">ITSD-%d: %s</a></p>'
                   '<p><a href="https://%s.atlassian.net/servicedesk/customer/portal/2/ITSD-%d">View request</a> &middot; '
                   '<a href="https://%s.atlassian.net/jira/settings/personal/notifications">Manage notifications</a></p><p>Sent by Atlassian</p>'
                   % (name, TENANT, n, n, issue, TENANT, n, TENANT))
    b.add(when, '"%s (Jira)" <jira@%s.atlassian.net>' % (name, TENANT), JO, "[JIRA] (ITSD-%d) %s" % (n, issue), body, ct,
          mailfrom="bounces+ITSD-%d@%s.atlassian.net" % (n, TENANT))

def jo_reply(when):
    if not threads: return
    m, addr, name = rng.choice(threads)
    b.add(when, JO, "%s <%s>" % (name, addr), "Re: your message", "Hi %s,\n\nthanks, on it.\n%s" % (name.split()[0], SIG), irt=m, rcpts=[addr])

def monitoring(when, kind):
    n = R()
    if kind == "uptime":
        up = rng.random() < 0.5
        body, ct = alt("Monitor is %s: status.haldenanalytics.example\n" % ("UP" if up else "DOWN"),
                       '<p>Monitor <b>Customer portal</b> is <b>%s</b> (%s).</p><p><a href="https://dashboard.uptimerobot.com/monitors/79%d">View monitor</a></p>'
                       '<p><a href="https://uptimerobot.com/">UptimeRobot</a></p>' % ("UP" if up else "DOWN", "HTTP 200" if up else "Connection timeout", n))
        b.add(when, "UptimeRobot <alert@uptimerobot.com>", JO, "Monitor is %s: Customer portal" % ("UP" if up else "DOWN"), body, ct)
    elif kind == "dependabot":
        repo = rng.choice(["portal", "etl-jobs", "infra"])
        pkg = rng.choice(["urllib3", "axios", "jinja2", "golang.org/x/net"])
        body, ct = alt("Dependabot alert: %s in %s\n" % (pkg, repo),
                       '<p>A <b>high</b> severity vulnerability in <b>%s</b> affects <b>haldenanalytics/%s</b>.</p>'
                       '<p><a href="https://github.com/haldenanalytics/%s/security/dependabot/%d">Review alert</a></p>'
                       '<p><a href="https://github.com/settings/notifications">Notification settings</a></p>' % (pkg, repo, repo, n % 90))
        b.add(when, "GitHub <noreply@github.com>", JO, "[haldenanalytics/%s] Dependabot alert: %s" % (repo, pkg), body, ct)
    elif kind == "aws":
        body, ct = alt("AWS billing\n",
                       '<p>Your AWS invoice for account 4471-0923-8812 is available. Amount due: %s.</p>'
                       '<p><a href="https://console.aws.amazon.com/billing/home#/bills">View your bill</a></p>' % usd(800, 2400))
        b.add(when, "Amazon Web Services <no-reply-aws@amazon.com>", JO, "Amazon Web Services Invoice Available", body, ct)
    elif kind == "m365":
        body, ct = alt("Message center\n",
                       '<p>Microsoft 365 admin center</p><p>MC%d: Changes to Microsoft Entra sign-in logs retention</p>'
                       '<p><a href="https://admin.microsoft.com/AdminPortal/home#/MessageCenter/:/messages/MC%d">View message</a></p>'
                       '<p><a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy statement</a></p>' % (n, n))
        b.add(when, "Microsoft 365 Message center <o365mc@microsoft.com>", JO, "Weekly digest: Microsoft service updates", body, ct)
    elif kind == "okta-signon":
        body, ct = alt("New sign-on notification\n",
                       '<p>Hi Jo,</p><p>Your Okta account was used to sign in from a new device or location.</p><p>Chrome on macOS, Harbour City, US, %s</p>'
                       '<p>If this was you, no action is needed. If not, <a href="https://%s.okta.com/enduser/settings">review your account</a> and contact your administrator.</p>'
                       '<p>This is an automatically generated message from <a href="https://www.okta.com">Okta</a>.</p>' % (when.strftime("%b %d %H:%M UTC"), TENANT))
        b.add(when, "Okta <noreply@okta.com>", JO, "New sign-on notification", body, ct)
    elif kind == "pagerduty":
        body, ct = alt("PagerDuty incident\n",
                       '<p>[#%d] Triggered: disk usage over 90%% on etl-02</p><p><a href="https://haldenanalytics.pagerduty.com/incidents/Q%d">Acknowledge</a> '
                       '<a href="https://haldenanalytics.pagerduty.com/incidents/Q%d">Resolve</a></p>' % (n % 900, n, n))
        b.add(when, "PagerDuty <no-reply@pagerduty.com>", JO, "[PagerDuty] TRIGGERED: disk usage over 90% on etl-02", body, ct)

def vendor(when, kind):
    n = R()
    if kind == "corbel-person":
        m = b.add(when, "Mark Dunn <mark.dunn@corbelsys.example>", JO, rng.choice(["Laptop order update", "Quote for docking stations", "Re: warranty claim"]),
                  "Hi Jo,\n\n%s\n\nProduct sheet: https://www.corbelsys.example/products/%d\n\nMark Dunn\nAccount Manager, Corbel Systems\n(555) 014-3300\n"
                  % (rng.choice(["The 4 laptops ship on Tuesday.", "Quote attached in the portal, valid 30 days.", "The warranty replacement is approved."]), n))
        threads.append((m, "mark.dunn@corbelsys.example", "Mark Dunn"))
    elif kind == "corbel-invoice":
        doc = pdf(["CORBEL SYSTEMS - TAX INVOICE", "Invoice CS-%d" % n, "Bill to: Halden Analytics", "Amount due: %s, net 30" % usd(900, 6000),
                   "Pay by bank transfer to: Harbour Commercial Bank, account 0041-772-190", "Questions? accounts@corbelsys.example"],
                  ["https://portal.corbelsys.example/invoices/CS-%d" % n])
        body, ct = mixed([("text/plain; charset=utf-8", "Dear customer,\n\nplease find attached invoice CS-%d.\n\nKind regards,\nAccounts Receivable\nCorbel Systems\n" % n),
                          ("application/pdf", "Invoice_CS-%d.pdf" % n, doc)])
        b.add(when, "Corbel Systems Accounts <accounts@corbelsys.example>", JO, "Invoice CS-%d from Corbel Systems" % n, body, ct)
    elif kind == "kestrel-invoice":
        doc = pdf(["Kestrel Cloud - Invoice KC-%d" % n, "Managed backup, 60 seats", "Total %s" % usd(300, 900)])
        body, ct = mixed([("text/plain; charset=utf-8", "Hello,\n\nyour monthly invoice KC-%d is attached. It will be charged to the card on file.\n\nKestrel Cloud Billing\n" % n),
                          ("application/pdf", "KC-%d.pdf" % n, doc)])
        b.add(when, "Kestrel Cloud Billing <billing@kestrelcloud.example>", JO, "Your Kestrel Cloud invoice KC-%d" % n, body, ct)
    elif kind == "av-ticket":
        t = rng.randint(7000, 7999)
        m = b.add(when, "Brightline AV Support <support@brightline-av.example>", JO, "[Case %d] Boardroom display" % t,
                  "Hello Jo,\n\ncase %d: %s\n\nYou can follow the case at https://support.brightline-av.example/cases/%d\n\nBrightline AV Support\n" % (
                      t, rng.choice(["the firmware update is scheduled for Thursday.", "the HDMI switch was replaced.", "the room is back online."]), t))
        threads.append((m, "support@brightline-av.example", "Brightline AV Support"))
    elif kind == "1password":
        body, ct = alt("1Password receipt\n",
                       '<p>Thanks for your payment for 1Password Business (60 seats): %s.</p><p><a href="https://haldenanalytics.1password.com/billing">View billing</a></p>'
                       '<p><a href="https://support.1password.com/">Support</a></p>' % usd(400, 500))
        b.add(when, "1Password <billing@1password.com>", JO, "Your 1Password Business receipt", body, ct)
    elif kind == "remittance":
        doc = pdf(["REMITTANCE ADVICE", "Northwind Retail Ltd - Accounts Payable", "Payment reference NWR-%d" % n,
                   "Invoice HA-%d  %s" % (rng.randint(1000, 1200), usd(2000, 9000)), "Paid by bank transfer to Halden Analytics"])
        body, ct = mixed([("text/plain; charset=utf-8", "Please find attached a remittance advice for payment made to your account.\n\nNorthwind Retail Accounts Payable\n"),
                          ("application/pdf", "Remittance_NWR-%d.pdf" % n, doc)])
        b.add(when, "Northwind Retail AP <ap@northwind-retail.example>", "Priya Shah <priya.shah@%s>" % DOM, "Remittance advice NWR-%d" % n, body, ct,
              cc=JO, rcpts=[OWNER])

def hr(when, kind):
    n = R()
    if kind == "payslip":
        body, ct = alt("Your pay stub is ready\n",
                       '<p>Hi Jo,</p><p>Your pay stub for the period ending %s is ready.</p><p><a href="https://app.rippling.com/payroll/paystubs/%d">View pay stub</a></p>'
                       '<p>Rippling</p>' % (when.strftime("%b %d"), n))
        b.add(when, "Rippling <no-reply@rippling.com>", JO, "Your pay stub is ready", body, ct)
    else:
        name, addr = COLLEAGUES[1]
        b.add(when, "%s <%s>" % (name, addr), JO, rng.choice(["new starter Monday", "leaver: accounts", "HR policy update"]),
              "Hi Jo,\n\n%s\n\nTom\n" % rng.choice(["R. Ito starts Monday, laptop please.", "K. Lamb leaves Friday; please disable accounts at 5pm.",
                                                    "Updated handbook is on SharePoint: https://%s.sharepoint.com/sites/People/Shared%%20Documents/Handbook.pdf" % TENANT]))

def sec(when, kind):
    n = R()
    if kind == "oss-security":
        b.add(when, "Jane Researcher <jane@openwall-poster.example>", "oss-security@lists.openwall.com", "[oss-security] CVE-2026-%d: heap overflow in libexample" % n,
              "Hello,\n\na heap overflow in libexample <= 2.4.1 was fixed in 2.4.2.\nAdvisory: https://github.com/libexample/libexample/security/advisories/GHSA-%d\n"
              "Patch: https://github.com/libexample/libexample/commit/%x\n\n-- \nJane\n" % (n, n * 977),
              extra=[("List-Id", "<oss-security.lists.openwall.com>"), ("List-Post", "<mailto:oss-security@lists.openwall.com>"),
                     ("Precedence", "list")], mailfrom="oss-security-return-%d@lists.openwall.com" % n)
    elif kind == "meetup":
        b.add(when, "Harbour Security Meetup <harbour-secmeet@googlegroups.com>", "harbour-secmeet@googlegroups.com", "[harbour-secmeet] Talk night: %s" % rng.choice(["passkeys", "EDR bypasses", "SBOMs in practice"]),
              "Hi all,\n\nnext talk night is on the 3rd Thursday. RSVP: https://www.meetup.com/harbour-security/events/%d/\nSlides from last time: https://speakerdeck.com/harboursec/talk-%d\n\n-- \nYou received this message because you are subscribed to the Google Groups \"Harbour Security Meetup\" group.\n"
              "To unsubscribe from this group, visit https://groups.google.com/d/optout\n" % (n, n % 100),
              extra=[("List-Id", "<harbour-secmeet.googlegroups.com>"), ("Precedence", "list")], mailfrom="harbour-secmeet+bncBD%d@googlegroups.com" % n)
    elif kind == "cert":
        # the national CERT's PGP-clearsigned notification (known sender)
        text = ("-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\nDear colleagues,\n\nCERT-Harbour advisory CH-2026-%d: actively exploited vulnerability in a VPN appliance.\n"
                "Details and indicators: https://www.cert-harbour.example/advisories/CH-2026-%d\n\nCERT-Harbour\n%s\n" % (n % 900, n % 900, armor("SIGNATURE", "cert%d" % n, 3)))
        b.add(when, "CERT-Harbour <advisories@cert-harbour.example>", SECURITY, "CH-2026-%d: exploited VPN vulnerability" % (n % 900), text, rcpts=[OWNER])
    elif kind == "hackerone":
        body, ct = alt("New report\n",
                       '<p>A new report was submitted to <b>Halden Analytics</b>: #%d Stored XSS in report titles.</p>'
                       '<p><a href="https://hackerone.com/reports/%d">View report</a></p><p><a href="https://hackerone.com/settings/email">Email preferences</a></p>' % (n * 10, n * 10))
        b.add(when, "HackerOne <no-reply@hackerone.com>", SECURITY, "New report #%d for Halden Analytics" % (n * 10), body, ct, rcpts=[OWNER])
    elif kind == "sans":
        body, ct = alt("NewsBites\n",
                       '<h2>SANS NewsBites Vol. XXVIII, Issue %d</h2><p><a href="https://www.sans.org/newsletters/newsbites/xxviii-%d/">Read online</a></p>'
                       '<p><a href="https://www.sans.org/newsletters/newsbites/">Archive</a> <a href="https://www.sans.org/account/newsletters">Manage subscriptions</a></p>' % (n % 90, n % 90))
        b.add(when, "SANS NewsBites <newsbites@sans.org>", JO, "SANS NewsBites Vol. XXVIII Issue %d" % (n % 90), body, ct,
              extra=[("List-Unsubscribe", "<https://www.sans.org/account/newsletters>")])
    elif kind == "bulletin":
        # a weekly security newsletter whose links are bit.ly short links
        items = ["https://bit.ly/3%s" % "".join(rng.choice("abcdefghjkmnpqrstuvwxyzABCDEFGH23456789") for _ in range(6)) for _ in range(4)]
        html = "<h2>Tidewater Security Weekly</h2>" + "".join('<p><a href="%s">%s</a></p>' % (u, t) for u, t in zip(items, ["Browser zero-day patched", "New phishing kit targets Okta", "Passkeys one year on", "CISA adds three KEVs"]))
        html += '<p><a href="https://tidewatersec.example/unsubscribe?u=%d">Unsubscribe</a> | <a href="https://tidewatersec.example/">tidewatersec.example</a></p>' % n
        body, ct = alt("Tidewater Security Weekly\n" + "\n".join(items) + "\n", html)
        b.add(when, "Tidewater Security Weekly <weekly@tidewatersec.example>", JO, "Tidewater Security Weekly: browser zero-day, Okta kit, passkeys", body, ct,
              extra=[("List-Unsubscribe", "<https://tidewatersec.example/unsubscribe?u=%d>" % n)])

def share(when, kind):
    n = R()
    name, addr = rng.choice(COLLEAGUES)
    if kind == "sharepoint":
        body, ct = alt("%s shared a file with you\n" % name,
                       '<p>%s shared a file with you</p><p><a href="https://%s.sharepoint.com/:x:/s/IT/Eb%dQz?e=Ab12">Asset register.xlsx</a></p>'
                       '<p><a href="https://%s.sharepoint.com/:x:/s/IT/Eb%dQz?e=Ab12">Open</a></p><p><a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a></p>' % (name, TENANT, n, TENANT, n))
        b.add(when, '"%s" <no-reply@sharepointonline.com>' % name, JO, "%s shared \"Asset register.xlsx\" with you" % name, body, ct, reply_to=addr)
    elif kind == "onedrive":
        body, ct = alt("%s shared a file with you\n" % name,
                       '<p>%s shared a file with you</p><p><a href="https://%s-my.sharepoint.com/:w:/g/personal/%s/Ec%dXy?e=Zz">Vendor review notes.docx</a></p>'
                       '<p><a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a></p>' % (name, TENANT, addr.split("@")[0].replace(".", "_") + "_haldenanalytics_example", n))
        b.add(when, '"%s" <no-reply@sharepointonline.com>' % name, JO, "%s shared \"Vendor review notes.docx\" with you" % name, body, ct, reply_to=addr)
    elif kind == "teams":
        html = ('<p>%s invited you.</p><hr><p><b>Microsoft Teams meeting</b></p>'
                '<p><a href="https://teams.microsoft.com/l/meetup-join/19%%3ameeting_Hd%d%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22h1%%22%%7d">Join the meeting now</a></p>'
                '<p>Meeting ID: 391 220 %d<br>Passcode: Qe%d</p><p><a href="https://aka.ms/JoinTeamsMeeting?omkt=en-US">Need help?</a></p><hr>') % (name, n, n % 1000, n % 100)
        body = ('--t1\nContent-Type: text/html; charset=utf-8\n\n%s\n--t1\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\n\n%s\n--t1--\n'
                % (html, cal("IT sync", name, addr, "Microsoft Teams meeting")))
        b.add(when, "%s <%s>" % (name, addr), JO, rng.choice(["IT sync", "Laptop refresh planning", "Budget review"]), body, 'multipart/alternative; boundary="t1"')
    else:  # voicemail from the office's own phone system
        caller = rng.choice(["+1 555 014 %04d" % rng.randint(1000, 9999), name])
        body, ct = mixed([("text/html; charset=utf-8", '<p>New voicemail for extension 214 (Jo Marsh) from <b>%s</b>, 0:%02d.</p>'
                           '<p><a href="https://pbx.haldenanalytics.example/webclient/#/voicemail">Open in the web client</a></p>' % (caller, rng.randint(6, 58))),
                          ("audio/wav", "vm-%d.wav" % n, wav())])
        b.add(when, "3CX Phone System <pbx@%s>" % DOM, JO, "New voicemail from %s" % caller, body, ct)

def account(when, kind):
    """Notices of Jo's own accounts, most of which Jo asked for."""
    n = rng.randint(100000, 999999)
    if kind == "okta-reset":
        body, ct = alt("Okta password reset requested\n",
                       '<p>Hi Jo,</p><p>A password reset request was made for your Okta account. If you did not make this request, contact your system administrator immediately.</p>'
                       '<p><a href="https://%s.okta.com/signin/reset-password/%dAbQ">Reset Password</a></p><p>This link expires in 1 hour.</p>'
                       '<p>This is an automatically generated message from <a href="https://www.okta.com">Okta</a>. Replies are not monitored or answered.</p>' % (TENANT, n))
        b.add(when, "Okta <noreply@okta.com>", JO, "Account password reset", body, ct)
    elif kind == "okta-admin-reset":
        body, ct = alt("Your password was reset\n",
                       '<p>Hi Jo,</p><p>Your Okta password has been reset by your administrator. Click the following link to set a new password and sign in:</p>'
                       '<p><a href="https://%s.okta.com/welcome/%dXk">Set password</a></p><p>If you experience difficulties accessing your account, contact your administrator.</p>' % (TENANT, n))
        b.add(when, "Okta <noreply@okta.com>", JO, "Your password has been reset", body, ct)
    elif kind == "okta-verify":
        body, ct = alt("Okta Verify enrolled\n",
                       '<p>Hi Jo,</p><p>Okta Verify was enrolled as a factor for your account on iPhone.</p>'
                       '<p>If you did not set up this factor, <a href="https://%s.okta.com/enduser/settings">review your security methods</a> and contact your administrator.</p>' % TENANT)
        b.add(when, "Okta <noreply@okta.com>", JO, "Security method enrolled", body, ct)
    elif kind == "github-reset":
        body, ct = alt("GitHub password reset\n",
                       '<p>We heard that you lost your GitHub password. Sorry about that!</p><p>But don\'t worry! You can use the following button to reset your password:</p>'
                       '<p><a href="https://github.com/password_reset/Ab%dXy">Reset your password</a></p><p>If you don\'t use this link within 3 hours, it will expire. '
                       'To get a new password reset link, visit: <a href="https://github.com/password_reset">https://github.com/password_reset</a></p>' % n)
        b.add(when, "GitHub <noreply@github.com>", JO, "[GitHub] Please reset your password", body, ct)
    elif kind == "github-sudo":
        b.add(when, "GitHub <noreply@github.com>", JO, "[GitHub] Sudo email verification code",
              "Hey jomarsh!\n\nHere is your GitHub sudo authentication code: %d\n\nThis code is valid for 15 minutes and can only be used once.\n\n"
              "If you didn't attempt to verify your identity, please change your password: https://github.com/settings/security\n\nThanks,\nThe GitHub Team\n" % n)
    elif kind == "github-device":
        # after Jo signed the GitHub CLI in by the device flow
        b.add(when, "GitHub <noreply@github.com>", JO, "[GitHub] A first-party GitHub OAuth application has been added to your account",
              "Hey jomarsh!\n\nA first-party GitHub OAuth application (GitHub CLI) with gist, read:org, repo, and workflow scopes was recently authorized to access your account.\n"
              "Visit https://github.com/settings/connections/applications/178c6fc778ccc68e1d6a for more information.\n\n"
              "To see this and other security events for your account, visit https://github.com/settings/security-log\n\n"
              "If you run into problems, please contact support by visiting https://github.com/contact\n\nThanks,\nThe GitHub Team\n")
    elif kind == "ms-code":
        body, ct = alt("Microsoft account security code\n",
                       '<p>Microsoft account</p><h2>Security code</h2><p>Please use the following security code for the Microsoft account jo*****@haldenanalytics.example.</p>'
                       '<p>Security code: <b>%d</b></p><p>If you don\'t recognize the Microsoft account jo*****@haldenanalytics.example, you can '
                       '<a href="https://account.live.com/dp?ft=%d">click here</a> to remove your email address from that account.</p><p>Thanks,<br>The Microsoft account team</p>' % (n, n))
        b.add(when, "Microsoft account team <account-security-noreply@accountprotection.microsoft.com>", JO, "Microsoft account security code", body, ct)
    elif kind == "ms-mfa":
        body, ct = alt("Set up multi-factor authentication\n",
                       '<p>Halden Analytics</p><p>Your organisation requires you to set up additional security verification for your account jo.marsh@haldenanalytics.example.</p>'
                       '<p>Set up Microsoft Authenticator now: <a href="https://aka.ms/mfasetup">https://aka.ms/mfasetup</a></p>'
                       '<p>Manage your security info: <a href="https://mysignins.microsoft.com/security-info">https://mysignins.microsoft.com/security-info</a></p>'
                       '<p><a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy statement</a> Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>')
        b.add(when, "Microsoft on behalf of Halden Analytics <msonlineservicesteam@microsoftonline.com>", JO, "Action required: set up multi-factor authentication", body, ct)
    elif kind == "ms-unusual":
        body, ct = alt("Unusual sign-in activity\n",
                       '<p>Microsoft account</p><h2>Unusual sign-in activity</h2><p>We detected something unusual about a recent sign-in to the Microsoft account jo*****@haldenanalytics.example.</p>'
                       '<p>Country/region: Netherlands<br>IP address: 203.0.113.%d<br>Platform: Windows<br>Browser: Edge</p>'
                       '<p>Please go to your recent activity page to let us know whether or not this was you.</p><p><a href="https://account.live.com/activity">Review recent activity</a></p>'
                       '<p>To opt out or change where you receive security notifications, <a href="https://account.live.com/SecurityNotifications/Update">click here</a>.</p>' % (n % 250))
        b.add(when, "Microsoft account team <account-security-noreply@accountprotection.microsoft.com>", JO, "Microsoft account unusual sign-in activity", body, ct)
    elif kind == "google-signin":
        body, ct = alt("New sign-in\n",
                       '<p>A new sign-in on Windows</p><p>jo.marsh@haldenanalytics.example</p><p>We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don\'t need to do anything. If not, we\'ll help you secure your account.</p>'
                       '<p><a href="https://accounts.google.com/AccountChooser?Email=jo.marsh@haldenanalytics.example&continue=https://myaccount.google.com/alert/nt/%d?rfn%%3D31">Check activity</a></p>'
                       '<p>You can also see security activity at <a href="https://myaccount.google.com/notifications">https://myaccount.google.com/notifications</a></p>' % n)
        b.add(when, "Google <no-reply@accounts.google.com>", JO, "Security alert", body, ct)
    elif kind == "google-recovery":
        body, ct = alt("Verify recovery email\n",
                       '<p>jo.marsh@haldenanalytics.example was added as the recovery email for jo.marsh.halden@gmail.com.</p>'
                       '<p><a href="https://accounts.google.com/b/0/VerifyRecoveryEmail?token=Zq%d">Verify your recovery email</a></p>'
                       '<p>If you did not add this address, <a href="https://accounts.google.com/RecoveryEmailRemove?token=Zq%d">remove it</a>.</p>' % (n, n))
        b.add(when, "Google <no-reply@accounts.google.com>", JO, "Verify your recovery email", body, ct)
    elif kind == "duo":
        body, ct = alt("Duo enrollment\n",
                       '<p>Hello Jo,</p><p>Halden Analytics is rolling out Duo two-factor authentication for the VPN. Enroll your phone before November 20:</p>'
                       '<p><a href="https://api-3f8a2c1d.duosecurity.com/portal?code=%d7b2e&akey=DAKQ%d">Start enrollment</a></p>'
                       '<p>Questions? Contact your IT help desk.</p><p>Duo Security, <a href="https://duo.com/">duo.com</a></p>' % (n, n))
        b.add(when, "Duo Security <no-reply@duosecurity.com>", JO, "Enroll in Duo two-factor authentication", body, ct)
    elif kind == "slack-login":
        body, ct = alt("New login to Slack\n",
                       '<p>New login to Halden Analytics from Chrome on Windows.</p><p>If this was you, you can ignore this message. If not, '
                       '<a href="https://%s.slack.com/account/sessions">sign out of all other sessions</a> and <a href="https://%s.slack.com/account/settings#password">change your password</a>.</p>' % (TENANT, TENANT))
        b.add(when, "Slack <feedback@slack.com>", JO, "Slack account sign in from a new device", body, ct)
    elif kind == "1password-device":
        body, ct = alt("New device\n",
                       '<p>A new device signed in to your 1Password account.</p><p>1Password for Mac, Harbour City, US.</p>'
                       '<p>If this wasn\'t you, <a href="https://%s.1password.com/profile">review your account</a> and change your account password.</p>' % TENANT)
        b.add(when, "1Password <hello@1password.com>", JO, "New 1Password sign-in from 1Password for Mac", body, ct)

# --- learn window ----------------------------------------------------------
day = start
while day < end:
    wd = day.weekday()
    def at(): return day + datetime.timedelta(hours=rng.uniform(7, 19))
    if wd < 5:
        for _ in range(rng.randint(0, 2)): colleague(at())
        for _ in range(rng.randint(0, 2)): jira(at())
        if rng.random() < 0.8: jo_reply(at())
        if rng.random() < 0.5: monitoring(at(), rng.choice(["uptime", "dependabot", "pagerduty", "uptime"]))
        if rng.random() < 0.2: vendor(at(), "corbel-person")
        if rng.random() < 0.15: vendor(at(), "av-ticket")
        if rng.random() < 0.25: share(at(), rng.choice(["sharepoint", "onedrive", "teams", "voicemail", "voicemail"]))
        if rng.random() < 0.15: hr(at(), "tom")
        if rng.random() < 0.5: sec(at(), "oss-security")
        if rng.random() < 0.08: sec(at(), "hackerone")
        if rng.random() < 0.1: account(at(), rng.choice(["okta-reset", "github-sudo", "ms-code", "slack-login", "1password-device"]))
        if rng.random() < 0.1: monitoring(at(), "okta-signon")
    if wd == 0: monitoring(at(), "m365")
    if wd == 2: sec(at(), "sans")
    if wd == 4: sec(at(), "bulletin")
    if wd == 3 and rng.random() < 0.5: sec(at(), "meetup")
    if wd == 1 and rng.random() < 0.4: sec(at(), "cert")
    if day.day in (1, 16): vendor(at(), "corbel-invoice")
    if day.day == 5: vendor(at(), "kestrel-invoice"); vendor(at(), "1password")
    if day.day == 3: monitoring(at(), "aws")
    if day.day in (10, 24) and wd < 5: vendor(at(), "remittance")
    if day.day in (15, 30): hr(at(), "payslip")
    day += datetime.timedelta(days=1)

# Jo writes to the vendors early on, and to CERT-Harbour once
for i, (name, addr) in enumerate([("Mark Dunn", "mark.dunn@corbelsys.example"), ("Corbel Accounts", "accounts@corbelsys.example"),
                                  ("Brightline AV Support", "support@brightline-av.example"), ("Kestrel Cloud Billing", "billing@kestrelcloud.example"),
                                  ("CERT-Harbour", "advisories@cert-harbour.example")]):
    b.add(start + datetime.timedelta(days=1, hours=8 + i), JO, "%s <%s>" % (name, addr), "Halden Analytics - IT contact",
          "Hello,\n\nI'm the IT & security lead at Halden Analytics; please send IT matters to me.\n%s" % SIG, rcpts=[addr])
# the learn window also saw a DocuSign from the reseller and a ticket PDF from last year's conference
body, ct = alt("Mark Dunn sent you a document to review and sign.\n",
               '<p>Mark Dunn sent you a document to review and sign.</p><p><a href="https://na4.docusign.net/Signing/EmailStart.aspx?a=5512-%d&etti=24&acct=7781&er=%d">REVIEW DOCUMENT</a></p>'
               '<p>Please sign the renewal quote. Mark</p><p><a href="https://www.docusign.com/support">Questions about the Document?</a></p>' % (R(), R()))
b.add(start + datetime.timedelta(days=20, hours=10), '"Mark Dunn via DocuSign" <dse_na4@docusign.net>', JO, "Please DocuSign: Corbel renewal quote Q-3381.pdf", body, ct,
      reply_to="Mark Dunn <mark.dunn@corbelsys.example>")

# --- test window: the mail that looks most like phishing ---------------------
T = split + datetime.timedelta(days=1, hours=9)
def at_t(d, h=0): return T + datetime.timedelta(days=d, hours=h)
def msg(d, frm, subj, body, ct="text/plain; charset=utf-8", h=0, **kw):
    kw.setdefault("to", JO)
    to = kw.pop("to")
    return b.add(at_t(d, h), frm, to, subj, body, ct, **kw)

# password resets and MFA enrolment Jo asked for, and some Jo did not
for d, k in [(0, "okta-reset"), (0.1, "okta-verify"), (1, "github-reset"), (1.1, "github-sudo"), (2, "ms-code"), (2.2, "ms-mfa"),
             (3, "duo"), (4, "google-recovery"), (5, "github-device"), (6, "okta-admin-reset"), (7, "ms-unusual"), (8, "google-signin"),
             (9, "slack-login"), (10, "1password-device")]:
    account(at_t(d, 2), k)
monitoring(at_t(11, 3), "okta-signon")

# a colleague's new-starter pack from HR: a PDF whose code opens the Okta tenant's enrolment page
doc = qr_pdf(["Welcome to Halden Analytics - IT setup sheet", "1. Sign in to Okta with the temporary password from your manager.",
              "2. Scan this code with your phone to enrol Okta Verify:"], "okta")
body, ct = mixed([("text/plain; charset=utf-8", "Hi Jo,\n\nhere's the updated new-starter setup sheet for R. Ito; can you check the Okta Verify step before I print it?\n\nTom\n"),
                  ("application/pdf", "IT_setup_sheet.pdf", doc)])
msg(1, "Tom Reyes <tom.reyes@%s>" % DOM, "new starter setup sheet", body, ct, h=5)
# the VPN vendor's TOTP sheet (otpauth: code) from a known colleague
doc = qr_pdf(["Halden VPN - authenticator setup", "Scan with your authenticator app; keep this sheet private."], "totp")
body, ct = mixed([("text/plain; charset=utf-8", "Jo,\n\nthe VPN's TOTP sheet for the break-glass account, as discussed. Please put it in the safe.\n\nAlice\n"),
                  ("application/pdf", "vpn_totp.pdf", doc)])
msg(3, "Alice Novak <alice.novak@%s>" % DOM, "VPN break-glass TOTP", body, ct, h=6)

# HR platform: benefits enrolment and a direct deposit change Jo made
body, ct = alt("Open enrollment is open\n",
               '<p>Hi Jo,</p><p>Open enrollment for 2027 benefits is open until <b>November 21</b>. Review your medical, dental and vision elections and add dependents.</p>'
               '<p><a href="https://app.rippling.com/benefits/open-enrollment/%d">Start enrollment</a></p><p>If you do not make elections, your current coverage will continue, except FSA, which requires a new election.</p>'
               '<p>Questions? Contact Tom Reyes in HR.</p><p>Rippling, <a href="https://www.rippling.com/">rippling.com</a></p>' % R())
msg(2, "Rippling <no-reply@rippling.com>", "Action required: 2027 open enrollment ends November 21", body, ct, h=1)
body, ct = alt("Direct deposit updated\n",
               '<p>Hi Jo,</p><p>Your direct deposit account was changed to an account ending in 4471. The change applies from the next pay run.</p>'
               '<p>If you did not make this change, contact your HR administrator immediately.</p><p><a href="https://app.rippling.com/profile/payroll">Review payroll settings</a></p>')
msg(4, "Rippling <no-reply@rippling.com>", "Your direct deposit information was updated", body, ct, h=1)
hr(at_t(12, 4), "payslip")
body, ct = alt("W-4\n", '<p>Hi Jo,</p><p>Please review your 2027 tax withholding (Form W-4) before December 31.</p><p><a href="https://app.rippling.com/taxes/w4">Review W-4</a></p>')
msg(14, "Rippling <no-reply@rippling.com>", "Review your tax withholding for 2027", body, ct, h=2)

# vendors: invoices with PDFs, a remittance, the long-known supplier's bank change, a renewal with a phone number
vendor(at_t(0, 5), "corbel-invoice")
vendor(at_t(13, 5), "corbel-invoice")
vendor(at_t(3, 3), "remittance")
vendor(at_t(16, 3), "remittance")
doc = pdf(["CORBEL SYSTEMS", "Notice of change of bank details", "From 1 December 2026 please pay all Corbel Systems invoices to:",
           "Harbour Commercial Bank, account 0057-330-812, routing 055014330", "Invoices already issued may be paid to either account until 31 December.",
           "To confirm this change, call your account manager on the number you have on file. We will never ask for this by email only."])
body, ct = mixed([("text/plain; charset=utf-8", "Dear customer,\n\nplease see the attached letter: our bank details change on 1 December. Please update your supplier records.\n"
                   "You are welcome to confirm the change by phone with your account manager, Mark Dunn.\n\nKind regards,\nAccounts Receivable\nCorbel Systems\n"),
                  ("application/pdf", "Corbel_change_of_bank_details.pdf", doc)])
msg(6, "Corbel Systems Accounts <accounts@corbelsys.example>", "Important: change of bank details from 1 December", body, ct, h=4)
msg(5, "Kestrel Cloud Billing <billing@kestrelcloud.example>", "Receipt: Kestrel Cloud annual plan renewed",
    "Hello,\n\nyour Kestrel Cloud annual backup plan (60 seats) has been renewed. $4,812.00 was charged to the card ending 4421.\n\n"
    "Questions about this charge? Call our billing team at +1 (555) 014-7788, Monday to Friday 8am-6pm.\n\nKestrel Cloud Billing\n", h=3)
vendor(at_t(5, 6), "1password")
monitoring(at_t(1, 7), "aws")
# the AV vendor (known) explains how to sign the new Teams Room in by device code
msg(8, "Brightline AV Support <support@brightline-av.example>", "[Case 7712] Boardroom Teams Room sign-in",
    "Hello Jo,\n\nthe new Teams Room console in the boardroom is installed. To sign it in to your tenant with the room account:\n"
    "1. On the console, choose Sign in; it shows a code.\n2. On your laptop, open https://microsoft.com/devicelogin and enter the code.\n"
    "3. Sign in as boardroom@haldenanalytics.example.\n\nCase: https://support.brightline-av.example/cases/7712\n\nBrightline AV Support\n", h=3)

# a first contact from a new supplier with a quote (PDF) and its site
doc = pdf(["RIDGELINE NETWORKS - QUOTATION Q-2026-118", "Prepared for: Halden Analytics, attn. Jo Marsh", "2x firewall appliance with 3-year support: $9,480.00",
           "Installation and configuration: $1,200.00", "Valid for 30 days. Payment terms net 30 from invoice."], ["https://www.ridgelinenet.example/quotes/Q-2026-118"])
body, ct = mixed([("text/plain; charset=utf-8", "Hi Jo,\n\nthanks for the call today. As promised, our quotation for the firewall replacement is attached.\n"
                   "Datasheets: https://www.ridgelinenet.example/products/firewalls\n\nBest regards,\nNina Alvarez\nRidgeline Networks | (555) 014-8120\n"),
                  ("application/pdf", "Ridgeline_Quote_Q-2026-118.pdf", doc)])
msg(2, "Nina Alvarez <nina.alvarez@ridgelinenet.example>", "Quotation Q-2026-118 - firewall replacement", body, ct, h=7)
# a new customer's accounts payable sends a remittance advice (no link)
doc = pdf(["REMITTANCE ADVICE", "Oakfield Group - Accounts Payable", "Payment OG-55120 to Halden Analytics", "Invoice HA-1187  $6,300.00"])
body, ct = mixed([("text/plain; charset=utf-8", "Dear supplier,\n\nthe attached remittance advice details a payment made to your bank account today.\n\nOakfield Group Accounts Payable\n"),
                  ("application/pdf", "Remittance_OG-55120.pdf", doc)])
msg(9, "Oakfield Group AP <ap@oakfield-group.example>", "Remittance advice OG-55120", body, ct, h=2, to="Priya Shah <priya.shah@%s>" % DOM, cc=JO)

# security contacts: PGP and S/MIME
# a researcher nobody here knows sends an encrypted report to security@ (key from security.txt)
msg(3, "Maya Lindqvist <maya@lindqvist-research.example>", "Vulnerability report: portal.haldenanalytics.example",
    "%s\n" % armor("MESSAGE", "report1", 10), to=SECURITY, rcpts=[OWNER], h=8)
# the same researcher's PGP/MIME follow-up after Jo answered
irt = msg(4, JO, "Re: Vulnerability report: portal.haldenanalytics.example", "Hi Maya,\n\nthanks, we received your report and are looking at it.\n%s" % SIG,
          to="Maya Lindqvist <maya@lindqvist-research.example>", rcpts=["maya@lindqvist-research.example"])
bnd = "pgpmime1"
body = ("This is an OpenPGP/MIME encrypted message (RFC 4880 and 3156)\n--%s\nContent-Type: application/pgp-encrypted\nContent-Description: PGP/MIME version identification\n\nVersion: 1\n\n"
        "--%s\nContent-Type: application/octet-stream; name=\"encrypted.asc\"\nContent-Description: OpenPGP encrypted message\nContent-Disposition: inline; filename=\"encrypted.asc\"\n\n%s\n--%s--\n"
        % (bnd, bnd, armor("MESSAGE", "report2", 8), bnd))
msg(7, "Maya Lindqvist <maya@lindqvist-research.example>", "Re: Vulnerability report: portal.haldenanalytics.example", body,
    'multipart/encrypted; protocol="application/pgp-encrypted"; boundary="%s"' % bnd, to=SECURITY, rcpts=[OWNER], irt=irt, h=2)
# a vendor's PSIRT, new here, sends a PGP-clearsigned advisory with links
msg(5, "Vantor PSIRT <psirt@vantor-networks.example>", "Vantor Security Advisory VSA-2026-014 (customer notification)",
    "-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n\nDear customer,\n\nVantor Networks has published security advisory VSA-2026-014 for the VX-200 VPN gateway (CVSS 9.1).\n"
    "Fixed firmware: https://support.vantor-networks.example/downloads/vx200/fw-4.2.7\nAdvisory: https://www.vantor-networks.example/security/VSA-2026-014\n\n"
    "Our PGP key: https://www.vantor-networks.example/security/psirt.asc\n\nVantor PSIRT\n%s\n" % armor("SIGNATURE", "vantor", 4), to=SECURITY, rcpts=[OWNER], h=5)
# a partner's security contact, first contact, S/MIME-signed with links
inner = ("Content-Type: text/plain; charset=utf-8\n\nHello Halden security team,\n\nwe are notifying the partners of Quill Data of a credential-stuffing campaign against our customer portal. "
         "No Halden data is affected. If your users reuse passwords, please ask them to reset them in our portal:\nhttps://portal.quilldata.example/account/password\n"
         "Our incident summary: https://www.quilldata.example/security/notice-2026-11\n\nDaniel Reyes\nSecurity Officer, Quill Data\n")
body = ("This is a cryptographically signed message in MIME format.\n\n--sm1\n%s\n--sm1\nContent-Type: application/pkcs7-signature; name=\"smime.p7s\"\nContent-Transfer-Encoding: base64\n"
        "Content-Disposition: attachment; filename=\"smime.p7s\"\n\n%s\n--sm1--\n" % (inner, b64(opaque("quill-sig", 1200))))
msg(10, "Daniel Reyes <daniel.reyes@quilldata.example>", "Security notice: credential stuffing against Quill Data portal", body,
    'multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256; boundary="sm1"', to=SECURITY, rcpts=[OWNER], h=3)
# a researcher nobody here knows reports a bug in PGP/MIME-signed mail, with a proof-of-concept video on Proton Drive
inner = ("Content-Type: text/plain; charset=utf-8\n\nHello,\n\nI found an IDOR in the customer portal: changing the report id in "
         "https://portal.haldenanalytics.example/reports/1041 shows other customers' reports.\n"
         "Proof-of-concept video: https://drive.proton.me/urls/7KQ2ZC9XAW#pLq0v2Hk\n\nI have not kept any data. Happy to help verify the fix.\n\nLeo Marchetti\n")
body = ("This is an OpenPGP/MIME signed message (RFC 4880 and 3156)\n--pgps1\n%s\n--pgps1\nContent-Type: application/pgp-signature; name=\"signature.asc\"\n"
        "Content-Description: OpenPGP digital signature\nContent-Disposition: attachment; filename=\"signature.asc\"\n\n%s\n--pgps1--\n" % (inner, armor("SIGNATURE", "leo", 3)))
msg(8, "Leo Marchetti <leo.marchetti@posteo.example>", "Security issue: IDOR in customer portal reports", body,
    'multipart/signed; micalg=pgp-sha256; protocol="application/pgp-signature"; boundary="pgps1"', to=SECURITY, rcpts=[OWNER], h=4)
# the national cyber centre, first contact, S/MIME-signed, linking its alert and the vendor's fix
inner = ("Content-Type: text/plain; charset=utf-8\n\nDear Halden Analytics security contact,\n\nour scans show a VX-200 VPN gateway in your network (203.0.113.77) "
         "that is still vulnerable to VSA-2026-014, which is being exploited.\nAlert: https://www.ncc-harbour.example/alerts/2026-118\n"
         "Vendor fix: https://support.vantor-networks.example/downloads/vx200/fw-4.2.7\n\nNational Cyber Centre Harbour - Incident Response\n")
body = ("This is a cryptographically signed message in MIME format.\n\n--sm2\n%s\n--sm2\nContent-Type: application/pkcs7-signature; name=\"smime.p7s\"\nContent-Transfer-Encoding: base64\n"
        "Content-Disposition: attachment; filename=\"smime.p7s\"\n\n%s\n--sm2--\n" % (inner, b64(opaque("ncc-sig", 1400))))
msg(9, "NCC Harbour Incident Response <incident@ncc-harbour.example>", "[NCC-H] Vulnerable VPN gateway in your network", body,
    'multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256; boundary="sm2"', to=SECURITY, rcpts=[OWNER], h=1)
sec(at_t(6, 2), "hackerone")
sec(at_t(13, 2), "cert")
sec(at_t(19, 2), "cert")

# e-signature envelopes: the known reseller's DocuSign, a new partner's NDA, Adobe Sign from a known vendor
body, ct = alt("Mark Dunn sent you a document to review and sign.\n",
               '<p>Mark Dunn sent you a document to review and sign.</p><p><a href="https://na4.docusign.net/Signing/EmailStart.aspx?a=7720-%d&etti=24&acct=7781&er=%d">REVIEW DOCUMENT</a></p>'
               '<p>Please sign the firewall support renewal. Mark</p><p>Do Not Share This Email: this email contains a secure link to DocuSign.</p>'
               '<p><a href="https://www.docusign.com/support">Questions about the Document?</a></p>' % (R(), R()))
msg(7, '"Mark Dunn via DocuSign" <dse_na4@docusign.net>', "Please DocuSign: Corbel support renewal Q-3512.pdf", body, ct, h=5,
    reply_to="Mark Dunn <mark.dunn@corbelsys.example>")
body, ct = alt("Daniel Reyes sent you a document to review and sign.\n",
               '<p>Daniel Reyes sent you a document to review and sign.</p><p><a href="https://na2.docusign.net/Signing/EmailStart.aspx?a=9913-%d&etti=24&acct=2210&er=%d">REVIEW DOCUMENT</a></p>'
               '<p>Hi Jo, our mutual NDA for the data-sharing pilot. Daniel</p><p>Do Not Share This Email: this email contains a secure link to DocuSign.</p>'
               '<p><a href="https://www.docusign.com/support">Questions about the Document?</a></p>' % (R(), R()))
msg(11, '"Daniel Reyes via DocuSign" <dse_na2@docusign.net>', "Please DocuSign: Quill-Halden mutual NDA.pdf", body, ct, h=2,
    reply_to="Daniel Reyes <daniel.reyes@quilldata.example>")
body, ct = alt("Kestrel Cloud has sent you an agreement to sign.\n",
               '<p>Kestrel Cloud Billing (Kestrel Cloud) has requested your signature on <b>Data Processing Addendum 2027</b>.</p>'
               '<p><a href="https://secure.na1.adobesign.com/public/apiesign?pid=CBFCIBAA3AAABLblqZhC%d&client_id=%d">Review and sign</a></p>'
               '<p>Powered by Adobe Acrobat Sign. <a href="https://www.adobe.com/go/adobesign-privacy">Privacy</a></p>' % (R(), R()))
msg(12, '"Kestrel Cloud Billing via Adobe Acrobat Sign" <adobesign@adobesign.com>', "Signature requested on \"Data Processing Addendum 2027\"", body, ct, h=4,
    reply_to="billing@kestrelcloud.example")

# shares: colleagues' SharePoint and OneDrive, a new external partner's SharePoint, a consultant's Google Drive
share(at_t(2, 4), "sharepoint")
share(at_t(9, 4), "onedrive")
body, ct = alt("Daniel Reyes shared a file with you\n",
               '<p>Daniel Reyes shared a file with you</p><p><b>Pilot data-flow diagram.pdf</b></p><p><a href="https://quilldata-my.sharepoint.com/:b:/g/personal/daniel_reyes_quilldata_example/EaQd%dXp?e=Lm34">Open</a></p>'
               '<p>This link will only work for direct recipients of this message.</p><p>Microsoft respects your privacy. <a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a></p>' % R())
msg(13, '"Daniel Reyes" <no-reply@sharepointonline.com>', "Daniel Reyes shared \"Pilot data-flow diagram.pdf\" with you", body, ct, h=3,
    reply_to="Daniel Reyes <daniel.reyes@quilldata.example>")
body, ct = alt("Sofia Brandt shared a folder with you\n",
               '<p>Sofia Brandt (sofia@brandt-consulting.example) has invited you to <b>view</b> the following folder:</p>'
               '<p><a href="https://drive.google.com/drive/folders/1Rf%dKq?usp=sharing_eil_m&ts=6741">ISO 27001 audit evidence</a></p>'
               '<p>Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</p>' % R())
msg(15, '"Sofia Brandt (via Google Drive)" <drive-shares-dm-noreply@google.com>', "Folder shared with you: \"ISO 27001 audit evidence\"", body, ct, h=2,
    reply_to="Sofia Brandt <sofia@brandt-consulting.example>")

# events: a conference ticket with a QR code (inline image) and an Eventbrite ticket whose code is a number
def inline_qr(html, name, bnd):
    return ("--%s\nContent-Type: text/html; charset=utf-8\n\n%s\n--%s\nContent-Type: image/png\nContent-ID: <qr1@ticket>\nContent-Disposition: inline; filename=\"ticket.png\"\n"
            "Content-Transfer-Encoding: base64\n\n%s\n--%s--\n" % (bnd, html, bnd, b64(qr_png(name)), bnd)), 'multipart/related; boundary="%s"' % bnd
body, ct = inline_qr('<p>Hi Jo,</p><p>Your ticket for <b>BSides Harbour 2026</b> (December 5, Harbour Convention Centre).</p><p>Show this code at registration:</p>'
                     '<p><img src="cid:qr1@ticket" alt="ticket code"></p><p><a href="https://www.bsidesharbour.example/schedule">Schedule</a> &middot; '
                     '<a href="https://www.bsidesharbour.example/code-of-conduct">Code of conduct</a></p><p>BSides Harbour volunteers</p>', "ticket", "r1")
msg(4, "BSides Harbour <tickets@bsidesharbour.example>", "Your ticket: BSides Harbour 2026", body, ct, h=5)
body, ct = inline_qr('<p>You\'re going to <b>Cloud Security Breakfast</b></p><p>Thu, Nov 20, 8:00 AM, Harbour Hotel</p><p><img src="cid:qr1@ticket" alt="barcode"></p>'
                     '<p><a href="https://www.eventbrite.com/e/cloud-security-breakfast-tickets-%d">View event</a> <a href="https://www.eventbrite.com/mytickets/">My tickets</a></p>' % R(), "barcode", "r2")
msg(6, "Eventbrite <noreply@order.eventbrite.com>", "Your tickets for Cloud Security Breakfast", body, ct, h=7)
# the building manager's visitor parking permit (a code leading to the parking operator's site)
body, ct = inline_qr('<p>Dear tenant,</p><p>Here is the visitor parking permit for your auditors on November 18-19 (lot B). Scan the code at the barrier or to extend the stay.</p>'
                     '<p><img src="cid:qr1@ticket" alt="permit"></p><p>Harbourview Properties - building management</p>', "parking", "r3")
msg(9, "Harbourview Building Management <management@harbourview-properties.example>", "Visitor parking permit Nov 18-19", body, ct, h=6)

# invitations: colleagues' Teams, a vendor's Zoom, a new partner's Teams from its tenant
share(at_t(3, 5), "teams")
share(at_t(10, 5), "teams")
msg(5, "Nina Alvarez <nina.alvarez@ridgelinenet.example>", "Firewall sizing call",
    "Hi Jo,\n\nas agreed, a short sizing call on Tuesday.\n\nJoin Zoom Meeting\nhttps://ridgelinenet.zoom.us/j/84412093311?pwd=Rl55Xk.1\n\nMeeting ID: 844 1209 3311\nPasscode: 551204\n\nNina\n", h=2)
html = ('<p>Hi Jo, kickoff for the data-sharing pilot.</p><hr><p><b>Microsoft Teams meeting</b></p>'
        '<p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_Qd8812%40thread.v2/0?context=%7b%22Tid%22%3a%22q1%22%7d">Join the meeting now</a></p>'
        '<p>Meeting ID: 288 114 902<br>Passcode: Wq7</p><p><a href="https://aka.ms/JoinTeamsMeeting?omkt=en-US">Need help?</a></p><hr>')
body = ('--t9\nContent-Type: text/html; charset=utf-8\n\n%s\n--t9\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\n\n%s\n--t9--\n'
        % (html, cal("Quill-Halden pilot kickoff", "Daniel Reyes", "daniel.reyes@quilldata.example", "Microsoft Teams meeting")))
msg(12, "Daniel Reyes <daniel.reyes@quilldata.example>", "Quill-Halden pilot kickoff", body, 'multipart/alternative; boundary="t9"', h=6)

# voicemail from the office's own phone system
for d in (1, 6, 11, 17):
    share(at_t(d, 1), "voicemail")
b.write(sys.argv[1], split)
print(len(b.msgs))
