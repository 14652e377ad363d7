# Small company mailbox: anna.kovac@brightwater.example (Brightwater Design, internal domain brightwater.example).
import datetime, random, sys
from gen_common import Box, alt

rng = random.Random(11)
from gen_common import UTC, start, split, end  # the learn and test windows
OWNER = "anna.kovac@brightwater.example"
ANNA = "Anna Kovac <%s>" % OWNER
b = Box("company", OWNER, start)

CUSTOMERS = [("Jonas Pfeiffer", "jonas.pfeiffer@alpenbrau.example", "https://www.alpenbrau.example/"),
             ("Maya Lund", "maya@lund-architects.example", "https://lund-architects.example/projects"),
             ("Sophie Marchand", "s.marchand@cafe-rivage.example", "https://cafe-rivage.example/menu"),
             ("Daniel Okoro", "daniel.okoro@greenleaf-energy.example", "https://greenleaf-energy.example/")]
SUPPLIERS = [("PrintHaus", "billing@printhaus.example", "Karl Brenner", "karl@printhaus.example"),
             ("Northside Paper Co.", "accounts@northsidepaper.example", "Lisa Grant", "lisa.grant@northsidepaper.example"),
             ("Fabrikam Office Supplies", "ar@fabrikam-office.example", "Tim Hale", "tim.hale@fabrikam-office.example"),
             ("Pixel Cloud Hosting", "billing@pixelcloud.example", "Support", "support@pixelcloud.example")]
COLLEAGUES = [("Ben Ortiz", "ben.ortiz@brightwater.example"), ("Clara Nyberg", "clara.nyberg@brightwater.example")]
PARTNERS = [("Rafael Costa", "rafael.costa@studio-nove.example", "studionove"), ("Hannah Weiss", "hannah.weiss@weiss-media.example", "weissmedia")]

threads = []

def h(x):
    return x

def customer_mail(when):
    name, addr, site = rng.choice(CUSTOMERS)
    kind = rng.random()
    if kind < 0.5:
        m = b.add(when, "%s <%s>" % (name, addr), ANNA, rng.choice(["Feedback on the draft", "Logo files", "Next steps", "Question about the quote"]),
                  "Hi Anna,\n\nthanks for the draft, a few notes below. Our current site is %s for reference.\n\nBest regards,\n%s\n" % (site, name))
        threads.append((m, addr, name))
    else:
        m = b.add(when, "%s <%s>" % (name, addr), ANNA, "Photos for the brochure",
                  "Hi Anna,\n\nhere are the photos: https://www.dropbox.com/scl/fo/abc%d/h?rlkey=x%d&dl=0\n\nCheers,\n%s\n" % (rng.randint(1, 999), rng.randint(1, 999), name))
        threads.append((m, addr, name))

def anna_reply(when):
    if not threads: return
    m, addr, name = rng.choice(threads)
    r = b.add(when, ANNA, "%s <%s>" % (name, addr), "Re: your mail", "Hi,\n\nthanks, will do.\n\nAnna\n--\nBrightwater Design | https://www.brightwater.example\n", irt=m, rcpts=[addr])
    return r, addr, name

def supplier_orders(when):
    comp, bill, pname, paddr = rng.choice(SUPPLIERS[:3])
    dom = paddr.split("@")[1]
    n = rng.randint(10000, 99999)
    body, ct = alt("Order %d confirmed. Track: https://www.%s/account/orders/%d\n" % (n, dom, n),
                   '<p>Thank you for your order %d.</p><p><a href="https://www.%s/account/orders/%d">View your order</a></p><p><a href="https://www.%s/">%s</a></p>' % (n, dom, n, dom, comp))
    b.add(when, "%s <orders@%s>" % (comp, dom), ANNA, "Order %d confirmed" % n, body, ct)

def supplier_person(when):
    comp, bill, pname, paddr = rng.choice(SUPPLIERS)
    m = b.add(when, "%s <%s>" % (pname, paddr), ANNA, "Order confirmation / delivery date",
              "Hello Anna,\n\nyour order ships on Thursday. Catalogue: https://www.%s/catalogue\n\n%s\n%s\n" % (paddr.split("@")[1], pname, comp))
    threads.append((m, paddr, pname))

def supplier_invoice(when, platform):
    comp, bill, pname, paddr = rng.choice(SUPPLIERS)
    n = rng.randint(1000, 9999)
    amt = "%d.%02d" % (rng.randint(80, 2400), rng.randint(0, 99))
    if platform == "stripe":
        html = ('<p>%s sent you an invoice for <b>EUR %s</b>, due November 30.</p>'
                '<p><a href="https://invoice.stripe.com/i/acct_1Abc%d/live_YWNjdF8x%d?s=em">Pay this invoice</a></p>'
                '<p>Invoice #%d &middot; <a href="https://pay.stripe.com/invoice/acct_1Abc%d/live_x%d/pdf?s=em">Download invoice</a></p>'
                '<p>Questions? Contact %s at <a href="mailto:%s">%s</a>.</p><p>Powered by <a href="https://stripe.com">Stripe</a></p>') % (comp, amt, n, n, n, n, n, comp, bill, bill)
        body, ct = alt("%s sent you an invoice for EUR %s.\nPay: https://invoice.stripe.com/i/acct_1Abc%d/live_YWNjdF8x%d?s=em\n" % (comp, amt, n, n), html)
        b.add(when, '"%s" <invoice+statements+acct_1Abc%d@stripe.com>' % (comp, n), ANNA, "Your invoice from %s #%d" % (comp, n), body, ct,
              reply_to=bill, mailfrom="bounces+%d@stripe.com" % n)
    elif platform == "quickbooks":
        html = ('<p>Dear Brightwater Design,</p><p>Here is your invoice! We appreciate your prompt payment.</p>'
                '<p>Invoice %d &middot; Balance due EUR %s</p><p><a href="https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-%d?locale=en_US&cta=viewinvoicenow">Review and pay</a></p>'
                '<p>Thanks for your business!<br>%s</p>') % (n, amt, n, comp)
        body, ct = alt("Invoice %d, balance due EUR %s\nReview and pay: https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-%d\n" % (n, amt, n), html)
        b.add(when, '"%s" <quickbooks@notification.intuit.com>' % comp, ANNA, "Invoice %d from %s" % (n, comp), body, ct, reply_to=bill,
              mailfrom="quickbooks@notification.intuit.com")
    elif platform == "xero":
        html = ('<p>Hi Anna,</p><p>Here\'s invoice INV-%d for EUR %s.</p><p>The amount outstanding of EUR %s is due on 30 Nov 2026.</p>'
                '<p><a href="https://in.xero.com/Ab%dCd%dEf?utm_source=invoiceEmailViewInvoiceButton">View and pay invoice</a></p>'
                '<p>If you have any questions, please let us know.</p><p>Thanks,<br>%s</p>') % (n, amt, amt, n, n, comp)
        body, ct = alt("Here's invoice INV-%d for EUR %s.\nView and pay: https://in.xero.com/Ab%dCd%dEf\n" % (n, amt, n, n), html)
        b.add(when, '"%s" <messaging-service@post.xero.com>' % comp, ANNA, "Invoice INV-%d from %s for Brightwater Design" % (n, comp), body, ct,
              reply_to=bill, mailfrom="messaging-service@post.xero.com")
    else:  # direct from the supplier's own billing address, PDF link on own portal
        b.add(when, "%s Billing <%s>" % (comp, bill), ANNA, "Invoice %d" % n,
              "Dear customer,\n\nyour invoice %d (EUR %s) is available in our customer portal:\nhttps://portal.%s/invoices/%d\n\nPlease pay by bank transfer within 14 days.\n\n%s\n" % (n, amt, bill.split("@")[1], n, comp))

def saas(when, kind):
    n = rng.randint(10000, 99999)
    if kind == "slack":
        html = '<p>You have 3 unread messages in <b>Brightwater</b></p><a href="https://brightwater.slack.com/messages/C0%d">Open Slack</a> <a href="https://slack.com/account/notifications">Notification settings</a>' % n
        body, ct = alt("You have unread messages: https://brightwater.slack.com/messages/C0%d\n" % n, html)
        b.add(when, "Slack <feedback@slack.com>", ANNA, "[Slack] Notifications from the Brightwater workspace", body, ct)
    elif kind == "asana":
        html = '<p>Ben Ortiz assigned a task to you: <b>Alpenbrau labels v2</b></p><a href="https://app.asana.com/0/%d/%d">View task</a> <a href="https://app.asana.com/-/account_settings">Unsubscribe</a>' % (n, n * 3)
        body, ct = alt("Ben assigned you a task: https://app.asana.com/0/%d/%d\n" % (n, n * 3), html)
        b.add(when, "Ben Ortiz (Asana) <no-reply@asana.com>", ANNA, "Ben Ortiz assigned you a task", body, ct)
    elif kind == "figma":
        html = '<p>Clara Nyberg commented on <b>Cafe Rivage menu</b></p><a href="https://www.figma.com/file/Ab%d/Cafe-Rivage-menu?node-id=1-2">Open in Figma</a>' % n
        body, ct = alt("Clara commented: https://www.figma.com/file/Ab%d/Cafe-Rivage-menu\n" % n, html)
        b.add(when, "Figma <no-reply@figma.com>", ANNA, "Clara Nyberg commented on Cafe Rivage menu", body, ct)
    elif kind == "m365":
        html = '<p>Your Microsoft 365 Business Standard subscription renews on 1 December.</p><a href="https://admin.microsoft.com/Adminportal/Home#/subscriptions">Manage subscription</a> <a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy</a>'
        body, ct = alt("Your subscription renews on 1 December. https://admin.microsoft.com/\n", html)
        b.add(when, "Microsoft <microsoft-noreply@microsoft.com>", ANNA, "Your subscription will renew soon", body, ct)
    elif kind == "gws":
        html = '<p>Google Workspace: your invoice for October is available.</p><a href="https://admin.google.com/ac/billing/invoices">View invoice</a> <a href="https://support.google.com/a/answer/1247360">Help</a>'
        body, ct = alt("Your invoice is available: https://admin.google.com/ac/billing/invoices\n", html)
        b.add(when, "Google Workspace <payments-noreply@google.com>", ANNA, "Your Google Workspace invoice is available", body, ct)
    elif kind == "hubspot":
        html = '<p>New form submission on <b>Contact us</b></p><a href="https://app-eu1.hubspot.com/contacts/%d/record/0-1/%d">View contact</a>' % (n, n * 7)
        body, ct = alt("New form submission: https://app-eu1.hubspot.com/contacts/%d/record/0-1/%d\n" % (n, n * 7), html)
        b.add(when, "HubSpot <noreply@notifications.hubspot.com>", ANNA, "New form submission on Contact us", body, ct)

def colleague(when):
    name, addr = rng.choice(COLLEAGUES)
    link = rng.choice(["https://docs.google.com/presentation/d/1Xy%d/edit" % rng.randint(1, 99), "https://www.figma.com/file/Qw%d/Brochure" % rng.randint(1, 99),
                       "https://brightwater.slack.com/archives/C012/p1699%d" % rng.randint(1, 999), "https://www.canva.com/design/DAF%d/edit" % rng.randint(1, 999),
                       "https://drive.google.com/drive/folders/1Ab%d" % rng.randint(1, 99), "https://intranet.brightwater.example/holidays"])
    b.add(when, "%s <%s>" % (name, addr), ANNA, rng.choice(["brochure", "files", "client call", "fyi"]), "Hi Anna,\n\n%s\n\n%s\n" % (link, name.split()[0]))

def partner_share(when, platform):
    name, addr, ten = rng.choice(PARTNERS)
    n = rng.randint(100, 9999)
    if platform == "gdocs":
        html = ('<p>%s shared a document</p><p>%s (%s) has invited you to <b>edit</b> the following document:</p>'
                '<p><a href="https://docs.google.com/document/d/1Qr%dxYz/edit?usp=sharing_eil_m&ts=6541">Campaign brief Q1</a></p>'
                '<p><a href="https://docs.google.com/document/d/1Qr%dxYz/edit?usp=sharing_eip_m&ts=6541">Open</a></p>'
                '<p>Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</p>') % (name, name, addr, n, n)
        body, ct = alt("%s shared a document: https://docs.google.com/document/d/1Qr%dxYz/edit\n" % (name, n), html)
        b.add(when, '"%s (via Google Docs)" <drive-shares-dm-noreply@google.com>' % name, ANNA, "Document shared with you: \"Campaign brief Q1\"", body, ct, reply_to="%s <%s>" % (name, addr))
    elif platform == "sharepoint":
        html = ('<p>%s shared a file with you</p><p><a href="https://%s.sharepoint.com/:b:/s/Marketing/EaBc%d?e=Xy12">Moodboard.pdf</a></p>'
                '<p><a href="https://%s.sharepoint.com/:b:/s/Marketing/EaBc%d?e=Xy12">Open</a></p><p>This link will work for anyone.</p>'
                '<p><a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a></p>') % (name, ten, n, ten, n)
        body, ct = alt("%s shared Moodboard.pdf: https://%s.sharepoint.com/:b:/s/Marketing/EaBc%d\n" % (name, ten, n), html)
        b.add(when, '"%s" <no-reply@sharepointonline.com>' % name, ANNA, "%s shared \"Moodboard.pdf\" with you" % name, body, ct, reply_to=addr)
    elif platform == "wetransfer":
        html = ('<p>%s sent you files</p><p>3 files, 412 MB. Expires in 7 days.</p><p><a href="https://wetransfer.com/downloads/ab%d/cd%d?t_exp=17&utm_source=sendgrid">Get your files</a></p>') % (addr, n, n)
        body, ct = alt("%s sent you files: https://wetransfer.com/downloads/ab%d/cd%d\n" % (addr, n, n), html)
        b.add(when, "WeTransfer <noreply@wetransfer.com>", ANNA, "%s sent you files via WeTransfer" % addr, body, ct)
    else:  # direct mail from the partner with a drive link
        b.add(when, "%s <%s>" % (name, addr), ANNA, "files for the joint pitch",
              "Hi Anna,\n\nI put the files here: https://drive.google.com/drive/folders/1Pq%dAbC?usp=sharing\n\nRafael\n" % n)

def reset_and_2fa(when, kind):
    n = rng.randint(100000, 999999)
    if kind == "reset-figma":
        body, ct = alt("Reset your password: https://www.figma.com/reset_password?token=Ab%d\n" % n,
                       '<p>Someone requested a password reset for your Figma account.</p><a href="https://www.figma.com/reset_password?token=Ab%d">Reset password</a><p>If you did not request this, ignore this email.</p>' % n)
        b.add(when, "Figma <no-reply@figma.com>", ANNA, "Reset your Figma password", body, ct)
    elif kind == "reset-timetrack":
        body, ct = alt("Reset your password: https://app.timetrack.example/password/reset/%d\n" % n,
                       '<p>Hi Anna,</p><p>We received a request to reset the password for your TimeTrack account.</p><a href="https://app.timetrack.example/password/reset/%d?email=anna.kovac%%40brightwater.example">Reset your password</a><p>This link expires in 60 minutes. If you did not ask, you can ignore this email.</p><p><a href="https://timetrack.example/help">Help center</a></p>' % n)
        b.add(when, "TimeTrack <no-reply@timetrack.example>", ANNA, "Reset your TimeTrack password", body, ct)
    elif kind == "2fa-timetrack":
        b.add(when, "TimeTrack <no-reply@timetrack.example>", ANNA, "Your verification code",
              "Your TimeTrack verification code is %d. It expires in 10 minutes.\n\nNot you? Secure your account: https://app.timetrack.example/security\n" % n)
    elif kind == "2fa-bank":
        body, ct = alt("Your one-time code is %d.\n" % n, '<p>Your one-time code for signing in to Online Banking is <b>%d</b>.</p><p>Never share this code. <a href="https://www.nordbank.example/security">Security tips</a></p>' % n)
        b.add(when, "Nordbank <noreply@notify.nordbank.example>", ANNA, "Your sign-in code", body, ct)

def invite(when, kind, who):
    name, addr = who
    dom = addr.split("@")[1]
    n = rng.randint(100, 999)
    if kind == "gcal":
        html = ('<p>%s has invited you to the following event.</p><p><b>Intro call: Brightwater x %s</b><br>Thursday 13 Nov 2026 10:00 – 10:30 (CET)</p>'
                '<p>Join with Google Meet: <a href="https://meet.google.com/abc-defg-%03d">meet.google.com/abc-defg-%03d</a></p>'
                '<p><a href="https://calendar.google.com/calendar/event?action=RESPOND&eid=Xyz%d&rst=1">Yes</a> <a href="https://calendar.google.com/calendar/event?action=RESPOND&eid=Xyz%d&rst=2">No</a></p>'
                '<p>Invitation from <a href="https://calendar.google.com/calendar/">Google Calendar</a></p>') % (name, dom.split(".")[0], n, n, n, n)
        body = ('--c1\nContent-Type: text/plain; charset=utf-8\n\nJoin: https://meet.google.com/abc-defg-%03d\n--c1\nContent-Type: text/html; charset=utf-8\n\n%s\n'
                '--c1\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\n\nBEGIN:VCALENDAR\nMETHOD:REQUEST\nBEGIN:VEVENT\nSUMMARY:Intro call\nORGANIZER;CN=%s:mailto:%s\n'
                'DESCRIPTION:Join with Google Meet: https://meet.google.com/abc-defg-%03d\nEND:VEVENT\nEND:VCALENDAR\n--c1--\n') % (n, html, name, addr, n)
        b.add(when, "%s <%s>" % (name, addr), ANNA, "Invitation: Intro call: Brightwater x %s @ Thu 13 Nov 2026 10am - 10:30am (CET) (anna.kovac@brightwater.example)" % dom.split(".")[0],
              body, 'multipart/alternative; boundary="c1"', extra=[("Sender", "Google Calendar <calendar-notification@google.com>")], mailfrom="calendar-notification@google.com")
    elif kind == "teams":
        html = ('<p>Hi Anna, looking forward to discussing the rebrand.</p><hr><p><b>Microsoft Teams meeting</b></p>'
                '<p><a href="https://teams.microsoft.com/l/meetup-join/19%%3ameeting_Nz%d%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22abc%%22%%7d">Join the meeting now</a></p>'
                '<p>Meeting ID: 345 123 %d<br>Passcode: kT7%d</p><p><a href="https://aka.ms/JoinTeamsMeeting?omkt=en-US">Need help?</a> | <a href="https://teams.microsoft.com/meetingOptions/?organizerId=abc">Meeting options</a></p><hr>') % (n, n, n)
        body = ('--c2\nContent-Type: text/html; charset=utf-8\n\n%s\n--c2\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\n\nBEGIN:VCALENDAR\nMETHOD:REQUEST\nBEGIN:VEVENT\nSUMMARY:Rebrand kickoff\nORGANIZER;CN=%s:mailto:%s\nEND:VEVENT\nEND:VCALENDAR\n--c2--\n') % (html, name, addr)
        b.add(when, "%s <%s>" % (name, addr), ANNA, "Rebrand kickoff", body, 'multipart/alternative; boundary="c2"')
    elif kind == "zoom":
        b.add(when, "%s <%s>" % (name, addr), ANNA, "Zoom call about the trade fair booth",
              "Hi Anna,\n\n%s is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\nhttps://us06web.zoom.us/j/8%d?pwd=Ab%dXy.1\n\nMeeting ID: 8%d\nPasscode: 55%d\n\nBest,\n%s\n%s\n" % (name, n * 1000, n, n * 1000, n, name, "https://www.%s" % dom))
    elif kind == "calendly":
        html = ('<p>Hi Anna,</p><p>A new event has been scheduled.</p><p><b>Event type:</b> 30 Minute Meeting<br><b>Invitee:</b> %s<br><b>Invitee email:</b> %s</p>'
                '<p><a href="https://calendly.com/events/Ab%d/google_meet">Join</a> <a href="https://calendly.com/cancellations/Ab%d">Cancel</a> <a href="https://calendly.com/reschedulings/Ab%d">Reschedule</a></p>') % (name, addr, n, n, n)
        body, ct = alt("New event: %s\n" % name, html)
        b.add(when, "Calendly <notifications@calendly.com>", ANNA, "New Event: %s - 10:00am Thu, Nov 13, 2026 - 30 Minute Meeting" % name, body, ct)

def newsletter(when, who):
    if who == "design":
        html = ('<p>Design Digest #%d</p><p><a href="https://designdigest.us14.list-manage.com/track/click?u=ab12&id=%d&e=cd">Ten type trends</a></p>'
                '<p><a href="https://designdigest.us14.list-manage.com/track/click?u=ab12&id=%d&e=cd">Read online</a></p><p><a href="https://designdigest.us14.list-manage.com/unsubscribe?u=ab12&id=ef">Unsubscribe</a></p>') % (rng.randint(1, 99), rng.randint(1, 9999), rng.randint(1, 9999))
        body, ct = alt("Design Digest\n", html)
        b.add(when, "Design Digest <hello@designdigest.example>", ANNA, "Design Digest: type trends", body, ct, extra=[("List-Unsubscribe", "<https://designdigest.us14.list-manage.com/unsubscribe?u=ab12&id=ef>")])
    else:
        html = ('<p>Chamber of Commerce news</p><p><a href="https://u3456.ct.sendgrid.net/ls/click?upn=Ab%dCd-2B">Register for the networking evening</a></p>'
                '<p><a href="https://u3456.ct.sendgrid.net/ls/click?upn=Xy%dZ">www.harborchamber.example</a></p>') % (rng.randint(1, 9999), rng.randint(1, 9999))
        body, ct = alt("Chamber news\n", html)
        b.add(when, "Harbor Chamber of Commerce <news@harborchamber.example>", ANNA, "Chamber news: networking evening", body, ct)

day = start
while day < end:
    wd = day.weekday()
    def at(): return day + datetime.timedelta(hours=rng.uniform(7, 19))
    if wd < 5:
        for _ in range(rng.randint(0, 2)): customer_mail(at())
        if rng.random() < 0.7:
            r = anna_reply(at())
        if rng.random() < 0.3: supplier_person(at())
        if rng.random() < 0.15: supplier_orders(at())
        if rng.random() < 0.7: colleague(at())
        for _ in range(rng.randint(0, 2)): saas(at(), rng.choice(["slack", "asana", "figma", "hubspot", "slack", "asana"]))
        if rng.random() < 0.12: partner_share(at(), rng.choice(["gdocs", "sharepoint", "wetransfer", "direct"]))
        if rng.random() < 0.08: reset_and_2fa(at(), rng.choice(["reset-figma", "reset-timetrack", "2fa-timetrack", "2fa-bank"]))
        if rng.random() < 0.25 and day.day < 28:
            i = rng.randrange(len(SUPPLIERS))
            SUP = SUPPLIERS[:]
            SUPPLIERS[:] = [SUP[i]]
            supplier_invoice(at(), ["stripe", "quickbooks", "xero", "direct"][i])
            SUPPLIERS[:] = SUP
        if rng.random() < 0.08:
            # anna writes to a supplier
            comp, bill, pname, paddr = rng.choice(SUPPLIERS)
            b.add(at(), ANNA, "%s <%s>" % (pname, paddr), "order", "Hello,\n\nplease send 500 more.\n\nAnna\n", rcpts=[paddr])
    if day.day == 3:
        saas(at(), "m365"); saas(at(), "gws")
    if wd == 1: newsletter(at(), "design")
    if wd == 4 and rng.random() < 0.5: newsletter(at(), "chamber")
    day += datetime.timedelta(days=1)

# make sure every supplier has invoiced through its platform in the learn window and appears in the test window
for i, (comp, bill, pname, paddr) in enumerate(SUPPLIERS):
    plat = ["stripe", "quickbooks", "xero", "direct"][i]
    for when in (start + datetime.timedelta(days=3 + i), start + datetime.timedelta(days=33 + i), split + datetime.timedelta(days=4 + i, hours=10)):
        state = rng.getstate()
        SUP = SUPPLIERS[:]
        SUPPLIERS[:] = [SUPPLIERS[i]]
        supplier_invoice(when, plat)
        SUPPLIERS[:] = SUP
# Anna writes to each supplier once in the learn window
for i, (comp, bill, pname, paddr) in enumerate(SUPPLIERS):
    b.add(start + datetime.timedelta(days=2, hours=i), ANNA, "%s <%s>" % (pname, paddr), "account", "Hello,\n\nplease bill Brightwater Design from now on.\n\nAnna\n", rcpts=[paddr])

# test window specials: first contacts the user expects
T = split + datetime.timedelta(days=1, hours=9)
newpeople = [("Lars Holt", "lars.holt@nordic-events.example"), ("Amelie Dubois", "amelie.dubois@maison-lumiere.example"),
             ("Kenji Mori", "k.mori@harborfoods.example"), ("Tess Warren", "tess@warren-consulting.example")]
invite(T, "gcal", newpeople[0])
invite(T + datetime.timedelta(days=1), "teams", newpeople[1])
invite(T + datetime.timedelta(days=2), "zoom", newpeople[2])
invite(T + datetime.timedelta(days=3), "calendly", newpeople[3])
invite(T + datetime.timedelta(days=8), "gcal", ("Omar Saleh", "omar.saleh@gmail.com"))
invite(T + datetime.timedelta(days=9), "teams", ("Greta Lind", "greta.lind@lind-legal.example"))
reset_and_2fa(T + datetime.timedelta(days=2, hours=3), "reset-timetrack")
reset_and_2fa(T + datetime.timedelta(days=5, hours=3), "reset-figma")
reset_and_2fa(T + datetime.timedelta(days=6, hours=3), "2fa-timetrack")
reset_and_2fa(T + datetime.timedelta(days=6, hours=4), "2fa-bank")
# a new SaaS the user signs up for: welcome + verify
b.add(T + datetime.timedelta(days=7), "Invoicely <hello@invoicely.example>", ANNA, "Confirm your email address",
      "Welcome to Invoicely!\n\nPlease confirm your email address to activate your account:\nhttps://app.invoicely.example/confirm?token=Zx81bq\n\nThe Invoicely team\nhttps://invoicely.example\n")
for k, p in enumerate(["gdocs", "sharepoint", "wetransfer", "direct"]):
    partner_share(T + datetime.timedelta(days=10 + k, hours=2), p)
# a new customer's first mail with a brief on their own site and a Drive link
b.add(T + datetime.timedelta(days=11), "Kenji Mori <k.mori@harborfoods.example>", ANNA, "Brief for the packaging redesign",
      "Dear Anna,\n\nas discussed, the brief is attached as a link: https://drive.google.com/file/d/1Kx%dq/view?usp=sharing\nOur current products: https://www.harborfoods.example/products\n\nKind regards,\nKenji Mori\nHarbor Foods\n" % 77)
b.write(sys.argv[1], split)
print(len(b.msgs))
