# Sales and marketing manager at a mid-size software company:
# casey.nolan@lumenfield.example (Lumenfield, internal lumenfield.example).
# CRM notifications (the company's Salesforce tenant lumenfield.my.salesforce.com,
# HubSpot app.hubspot.com and its hubspotlinks.com click tracking), prospects'
# and vendors' tracked mail sent through sales engagement tools (Outreach,
# Salesloft, Apollo), cold vendor outreach from first-contact senders on new
# domains of their own with their own click redirects, webinar and event
# platforms (ON24, Zoom Webinars, Cvent, Bizzabo, Eventbrite, RingCentral
# Events), PandaDoc and DocuSign from customers, LinkedIn notifications and
# InMail, G2 and Capterra review requests, marketing ESPs (Marketo with
# mkt_tok links, Mailchimp, Klaviyo, Braze), Gong and Chorus call shares,
# Calendly and Chili Piper bookings by prospects at free mail, Google Ads
# and Meta ads billing, and colleagues.
import datetime, random, sys
from gen_common import Box, alt, mixed, pdf

rng = random.Random(73)
from gen_common import UTC, start, split, end  # the learn and test windows
CO = "lumenfield.example"
OWNER = "casey.nolan@" + CO
ME = "Casey Nolan <%s>" % OWNER
SF = "lumenfield.my.salesforce.com"
HUB = 21876543  # the company's HubSpot portal id
SIG = "\n--\nCasey Nolan | Director of Sales & Marketing\nLumenfield | https://www.lumenfield.example\n+1 (555) 014-2290\n"
b = Box("sales", OWNER, start)
R = lambda: rng.randint(10000, 99999)
H = lambda n=10: "".join(rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))

INTERNAL = [("Priya Shah", "priya.shah@" + CO, "Account Executive"), ("Marcus Lee", "marcus.lee@" + CO, "SDR Team Lead"),
            ("Helen Brandt", "helen.brandt@" + CO, "VP Sales"), ("Tom Okoro", "tom.okoro@" + CO, "Marketing Operations"),
            ("Nina Alvarez", "nina.alvarez@" + CO, "Content Marketing"), ("Raj Patel", "raj.patel@" + CO, "Sales Engineer"),
            ("Finance Team", "finance@" + CO, "Finance")]
# customers and prospects at their companies: (name, addr, company)
CUSTOMERS = [("Laura Kim", "laura.kim@northwindlogistics.example", "Northwind Logistics"),
             ("Derek Hughes", "dhughes@pinecrestmed.example", "Pinecrest Medical"),
             ("Amira Haddad", "amira@solvahealth.example", "Solva Health"),
             ("Greg Tanaka", "greg.tanaka@bluefinretail.example", "Bluefin Retail"),
             ("Olivia Grant", "ogrant@ridgelinebank.example", "Ridgeline Bank")]
# vendors selling to Casey through sales engagement tools: (name, addr, company, tool, tracking host)
VENDORS = [("Ben Carver", "ben.carver@datafoundry.example", "DataFoundry", "outreach", "click.outreach.io"),
           ("Sophie Lang", "sophie@intentwave.example", "IntentWave", "salesloft", "t.salesloftlinks.com"),
           ("Kyle Benson", "kyle.b@leadsmith.example", "Leadsmith", "apollo", "email.apollo.io"),
           ("Jess Moreno", "jmoreno@eventloop.example", "Eventloop", "hubspot", "d2Ei7q04.na1.hubspotlinks.com")]
# prospects booking demos from free mail (small businesses, founders)
FREEMAIL = [("Rob Delgado", "rob.delgado.consulting@gmail.com"), ("Mei Lin", "meilin.studio@outlook.com"), ("Aaron Fitch", "afitch.ops@yahoo.com")]
threads = []

def track(tool, host, url):
    """url behind a sales engagement tool's click tracker."""
    import urllib.parse
    q = urllib.parse.quote(url, safe="")
    if tool == "outreach":
        return "https://%s/api/mailings/click/PMRGSZBCHI%s?url=%s" % (host, H(20), q)
    if tool == "salesloft":
        return "https://%s/t/%s/c/%s?u=%s" % (host, R(), H(24).lower(), q)
    if tool == "apollo":
        return "https://%s/ls/click?upn=%s-2B%s" % (host, H(40), H(30))
    return "https://%s/Ctc/L2+113/d2Ei7q04/VWk%s/%s" % (host, H(12), H(30))

def internal(when):
    name, addr, title = rng.choice(INTERNAL)
    q = rng.choice(["Can you review the Q4 pipeline deck before Thursday's forecast call?",
                    "Northwind wants a 3-year term; OK to go to 12%% discount? Opp: https://%s/lightning/r/Opportunity/006%s/view" % (SF, H(12)),
                    "The webinar landing page is live: https://www.lumenfield.example/webinars/data-ops-2027",
                    "Here are the MQL numbers for October: https://app.hubspot.com/reports-dashboard/%d/view/%d" % (HUB, R()),
                    "Updated battlecard is in the shared drive: https://lumenfield.sharepoint.com/sites/Sales/Shared%%20Documents/Battlecard_Q4.pptx",
                    "Can you approve the G2 sponsored placement PO?",
                    "Commission statements for October are out, let me know if yours looks off."])
    m = b.add(when, "%s <%s>" % (name, addr), ME, rng.choice(["pipeline review", "discount approval", "webinar page", "MQLs", "battlecard", "G2 PO", "quick one"]),
              "Hi Casey,\n\n%s\n\nThanks,\n%s\n--\n%s, %s, Lumenfield\n" % (q, name.split()[0], name, title))
    threads.append((m, addr, name))

def customer(when):
    name, addr, org = rng.choice(CUSTOMERS)
    q = rng.choice(["Thanks for the call today. Our procurement team needs the security questionnaire by Friday.",
                    "Could you send over the updated order form with the extra 50 seats?",
                    "We'd like to push the renewal meeting to next week, does Tuesday work?",
                    "Our legal team has comments on the MSA, redline attached."])
    if "redline" in q:
        doc = pdf(["%s - MSA redline" % org, "Section 7.2 Limitation of liability", "Section 11 Data processing"])
        body, ct = mixed([("text/plain; charset=utf-8", "Hi Casey,\n\n%s\n\nBest,\n%s\n%s\n" % (q, name, org)), ("application/pdf", "MSA_redline_%s.pdf" % org.split()[0], doc)])
    else:
        body, ct = "Hi Casey,\n\n%s\n\nBest,\n%s\n%s\n" % (q, name, org), "text/plain; charset=utf-8"
    m = b.add(when, "%s <%s>" % (name, addr), ME, rng.choice(["security questionnaire", "order form", "renewal", "MSA comments"]), body, ct)
    threads.append((m, addr, name))

def reply(when):
    if not threads: return
    m, addr, name = rng.choice(threads)
    b.add(when, ME, "%s <%s>" % (name, addr), "Re: your message", "Hi %s,\n\nthanks, will do.\n%s" % (name.split()[0], SIG), irt=m, rcpts=[addr])

def salesforce(when):
    n = H(12)
    kind = rng.choice(["task", "opp", "report", "lead"])
    if kind == "task":
        body, ct = alt("Task reminder\n", '<p>Reminder: <b>Follow up with %s</b> is due today.</p><p><a href="https://%s/lightning/r/Task/00T%s/view">View task</a></p>'
                       % (rng.choice(CUSTOMERS)[2], SF, n))
        subj = "Task reminder: follow up"
    elif kind == "opp":
        body, ct = alt("Opportunity assigned\n", '<p>Opportunity <b>%s - Platform renewal</b> has been assigned to you.</p><p><a href="https://%s/006%s">https://%s/006%s</a></p>'
                       % (rng.choice(CUSTOMERS)[2], SF, n, SF, n))
        subj = "Opportunity assigned to you"
    elif kind == "report":
        body, ct = alt("Report subscription\n", '<p>Your subscribed report <b>Pipeline by stage - weekly</b> is ready.</p><p><a href="https://%s/lightning/r/Report/00O%s/view">Open report</a></p>'
                       '<p>To unsubscribe, go to <a href="https://%s/lightning/r/Report/00O%s/view?subscribe=1">report subscriptions</a>.</p>' % (SF, n, SF, n))
        subj = "Report: Pipeline by stage - weekly"
    else:
        body, ct = alt("Lead assigned\n", '<p>Lead <b>%s</b> (web form: demo request) has been assigned to you.</p><p><a href="https://lumenfield.lightning.force.com/lightning/r/Lead/00Q%s/view">View lead</a></p>'
                       % (rng.choice(FREEMAIL)[0], n))
        subj = "New lead assigned: demo request"
    b.add(when, "Salesforce <noreply@salesforce.com>", ME, subj, body, ct, mailfrom="bounce-%s@bnc.salesforce.com" % H(8).lower())

def hubspot(when):
    kind = rng.choice(["form", "task", "digest"])
    n = R()
    if kind == "form":
        body, ct = alt("New form submission\n", '<p>New submission on <b>Demo request</b> from %s.</p><p><a href="https://app.hubspot.com/contacts/%d/record/0-1/%d">View contact</a></p>'
                       '<p><a href="https://app.hubspot.com/settings/%d/user-preferences/notifications">Notification settings</a></p>' % (rng.choice(FREEMAIL)[0], HUB, n * 1000, HUB))
        subj = "New form submission: Demo request"
    elif kind == "task":
        body, ct = alt("Task due\n", '<p>Your task <b>Send proposal to %s</b> is due today.</p><p><a href="https://app.hubspot.com/tasks/%d/view/all/task/%d">Open task</a></p>'
                       % (rng.choice(CUSTOMERS)[2], HUB, n))
        subj = "Task due today"
    else:
        body, ct = alt("Weekly summary\n", '<p>Your marketing email <b>November newsletter</b> was opened by 1,842 contacts.</p><p><a href="https://app.hubspot.com/email/%d/details/%d/performance">See details</a></p>'
                       % (HUB, n))
        subj = "Your weekly marketing summary"
    b.add(when, "HubSpot <noreply@notifications.hubspot.com>", ME, subj, body, ct, mailfrom="%s@bounce.hubspot.com" % H(10).lower())

def vendor(when):
    name, addr, org, tool, host = rng.choice(VENDORS)
    site = "https://www.%s/" % addr.split("@")[1]
    link = track(tool, host, site + rng.choice(["case-studies", "pricing", "demo", "blog/pipeline-benchmarks-2026"]))
    body, ct = alt("Hi Casey,\n\nquick follow-up on %s.\n" % org,
                   '<p>Hi Casey,</p><p>Following up on our chat: here is the <a href="%s">%s</a> I mentioned. Worth 15 minutes next week?</p><p>%s<br>%s</p>'
                   '<img src="https://%s/o/%s.gif" width="1" height="1">' % (link, rng.choice(["case study", "benchmark report", "pricing page"]), name, org, host, H(16)))
    m = b.add(when, "%s <%s>" % (name, addr), ME, rng.choice(["following up", "benchmarks", "quick question", "re: our call"]), body, ct)
    threads.append((m, addr, name))

def webinar(when, kind):
    n = R()
    if kind == "on24":
        body, ct = alt("ON24 registration\n", '<p>Thank you for registering for <b>The State of B2B Pipeline 2027</b>.</p><p><a href="https://event.on24.com/wcc/r/%d/%s">Join the webinar</a></p>'
                       '<p><a href="https://event.on24.com/eventRegistration/console/EventConsoleApollo.jsp?eventid=%d&amp;key=%s">Add to calendar</a></p>' % (4000000 + n, H(24), 4000000 + n, H(16)))
        b.add(when, "Forrest Research Events <noreply@on24event.com>", ME, "Confirmation: The State of B2B Pipeline 2027", body, ct)
    elif kind == "zoomweb":
        body, ct = alt("Zoom webinar\n", '<p>Hi Casey,</p><p>Thank you for registering for "RevOps Live: forecasting".</p><p>Join from a PC, Mac, iPad or Android: '
                       '<a href="https://us06web.zoom.us/w/8%d?tk=%s">Click Here to Join</a><br>Passcode: %d</p>' % (n * 1000, H(40), rng.randint(100000, 999999)))
        b.add(when, "RevOps Collective <no-reply@zoom.us>", ME, "RevOps Live: forecasting Confirmation", body, ct, reply_to="events@revopscollective.example")
    elif kind == "cvent":
        body, ct = alt("Cvent\n", '<p>Your registration for <b>SaaS Sales Summit 2027</b> is confirmed.</p><p><a href="https://web.cvent.com/event/%s/regProcessStep1">Modify registration</a></p>'
                       '<p><a href="https://www.cvent.com/en/privacy-policy">Privacy</a></p>' % H(36).lower())
        b.add(when, "SaaS Sales Summit <events@cvent-planner.com>", ME, "Registration confirmed: SaaS Sales Summit 2027", body, ct)
    elif kind == "bizzabo":
        body, ct = alt("Bizzabo\n", '<p>Your ticket for <b>Marketing Ops Forum</b></p><p><a href="https://events.bizzabo.com/%d/agenda">View agenda</a></p>' % n)
        b.add(when, "Marketing Ops Forum <noreply@bizzabo.com>", ME, "Your ticket for Marketing Ops Forum", body, ct)
    elif kind == "eventbrite":
        body, ct = alt("Eventbrite\n", '<p>You\'re going to <b>Boston SaaS Meetup</b></p><p><a href="https://www.eventbrite.com/e/boston-saas-meetup-tickets-%d">View event</a> | '
                       '<a href="https://www.eventbrite.com/mytickets/">My tickets</a></p>' % (n * 10000))
        b.add(when, "Eventbrite <noreply@order.eventbrite.com>", ME, "Your tickets for Boston SaaS Meetup", body, ct)
    else:
        body, ct = alt("RingCentral Events\n", '<p>You are registered for <b>Demand Gen Week</b>.</p><p><a href="https://events.ringcentral.com/events/demand-gen-week-%d/registration">Enter event</a></p>' % n)
        b.add(when, "Demand Gen Week <no-reply@events.ringcentral.com>", ME, "You're registered for Demand Gen Week", body, ct)

def esign(when, kind):
    name, addr, org = rng.choice(CUSTOMERS)
    if kind == "pandadoc":
        body, ct = alt("%s sent you a document\n" % name, '<p>%s (%s) sent you <b>%s - Order Form Q4</b>.</p><p><a href="https://app.pandadoc.com/document/v2?token=%s">Open the document</a></p>'
                       '<p>Powered by <a href="https://www.pandadoc.com/">PandaDoc</a></p>' % (name, org, org, H(40)))
        b.add(when, '"%s via PandaDoc" <docs@email.pandadoc.net>' % name, ME, "%s has sent you %s - Order Form Q4" % (name, org), body, ct, reply_to="%s <%s>" % (name, addr))
    else:
        body, ct = alt("%s sent you a document to review and sign.\n" % name,
                       '<p>%s sent you a document to review and sign.</p><p><a href="https://na3.docusign.net/Signing/EmailStart.aspx?a=%s&amp;etti=24&amp;acct=%s">REVIEW DOCUMENT</a></p>'
                       '<p>Do Not Share This Email: this email contains a secure link to DocuSign.</p>' % (name, H(32).lower(), H(8).lower()))
        b.add(when, '"%s via DocuSign" <dse_na3@docusign.net>' % name, ME, "Please DocuSign: %s Mutual NDA.pdf" % org, body, ct, reply_to="%s <%s>" % (name, addr))

def linkedin(when):
    kind = rng.choice(["msg", "inmail", "view", "invite"])
    n = R()
    p = rng.choice(["Jamie Ortiz", "Sam Whitfield", "Dana Kowalski", "Leo Martins"])
    if kind == "inmail":
        body, ct = alt("InMail\n", '<p><b>%s</b> sent you an InMail: "Partnership idea for Lumenfield"</p><p><a href="https://www.linkedin.com/comm/messaging/thread/2-%s?midToken=%s">Reply</a></p>'
                       '<p><a href="https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=%s">Unsubscribe</a></p>' % (p, H(20), H(12), H(16)))
        b.add(when, "%s via LinkedIn <inmail-hit-reply@linkedin.com>" % p, ME, "%s sent you an InMail" % p, body, ct)
    elif kind == "msg":
        body, ct = alt("New message\n", '<p>%s: "Thanks for connecting, Casey!"</p><p><a href="https://www.linkedin.com/comm/messaging/thread/2-%s">View message</a></p>' % (p, H(20)))
        b.add(when, "%s via LinkedIn <messages-noreply@linkedin.com>" % p, ME, "%s sent you a new message" % p, body, ct)
    elif kind == "view":
        body, ct = alt("Profile views\n", '<p>Your profile was viewed by 14 people this week.</p><p><a href="https://www.linkedin.com/comm/me/profile-views/?lipi=%s">See all views</a></p>' % H(16))
        b.add(when, "LinkedIn <notifications-noreply@linkedin.com>", ME, "Casey, your profile was viewed 14 times", body, ct)
    else:
        body, ct = alt("Invitation\n", '<p>%s wants to connect.</p><p><a href="https://www.linkedin.com/comm/mynetwork/invite-accept/%d">Accept</a></p>' % (p, n))
        b.add(when, "%s <invitations@linkedin.com>" % p, ME, "Casey, please add me to your LinkedIn network", body, ct)

def reviews(when, kind):
    if kind == "g2":
        body, ct = alt("G2\n", '<p>Hi Casey, how is <b>Gong</b> working for your team? Share a review and get a $25 gift card.</p><p><a href="https://www.g2.com/products/gong/take_survey?utm_source=review_invite&amp;c=%s">Write a review</a></p>' % H(12))
        b.add(when, "G2 <reviews@g2.com>", ME, "Casey, review Gong on G2", body, ct)
    else:
        body, ct = alt("Capterra\n", '<p>Your peers want to know: how is <b>PandaDoc</b>?</p><p><a href="https://reviews.capterra.com/new/%d?utm_source=email">Leave a review</a></p>' % R())
        b.add(when, "Capterra <reviews@capterra.com>", ME, "Share your PandaDoc experience", body, ct)

def esp(when, kind):
    n = H(24)
    if kind == "marketo":
        body, ct = alt("Newsletter\n", '<h2>Pipeline Insider</h2><p><a href="https://info.forrestresearch.example/NDEyLVNOVC0wNTEAAAGP%s?mkt_tok=NDEyLVNOVC0wNTEAAAGP%s">Read: 2027 budget benchmarks</a></p>'
                       '<p><a href="https://info.forrestresearch.example/UnsubscribePage.html?mkt_unsubscribe=1&amp;mkt_tok=%s">Unsubscribe</a></p>' % (n, n, n))
        b.add(when, "Forrest Research <insights@info.forrestresearch.example>", ME, "Pipeline Insider: 2027 budget benchmarks", body, ct,
              extra=[("List-Unsubscribe", "<mailto:unsubscribe-%s@mktomail.com>" % n[:12])], mailfrom="412-SNT-051.0.%d.0.0.1.0.%d@mktomail.com" % (R(), R()))
    elif kind == "mailchimp":
        body, ct = alt("Newsletter\n", '<h2>The SaaS Marketer</h2><p><a href="https://saasmarketer.us7.list-manage.com/track/click?u=%s&amp;id=%s&amp;e=%s">This week\'s playbook</a></p>'
                       '<p><a href="https://saasmarketer.us7.list-manage.com/unsubscribe?u=%s&amp;id=%s">Unsubscribe</a></p>' % (n[:10], n[10:20], n[20:], n[:10], n[10:20]))
        b.add(when, "The SaaS Marketer <hello@saasmarketer.example>", ME, "This week's playbook", body, ct,
              extra=[("List-Unsubscribe", "<https://saasmarketer.us7.list-manage.com/unsubscribe?u=%s>" % n[:10])], mailfrom="bounce-mc.us7_%s@mail%d.atl31.mcsv.net" % (n[:8], rng.randint(100, 300)))
    elif kind == "klaviyo":
        body, ct = alt("Offer\n", '<h2>Swag Supply Co.</h2><p><a href="https://trk.klclick.com/ls/click?upn=%s">Shop custom hoodies for your sales kickoff</a></p>'
                       '<p><a href="https://manage.kmail-lists.com/subscriptions/unsubscribe?a=%s">Unsubscribe</a></p>' % (n, n[:6]))
        b.add(when, "Swag Supply Co. <hello@swagsupply.example>", ME, "Sales kickoff swag: 20% off", body, ct, mailfrom="bounce@send.swagsupply.example")
    else:
        body, ct = alt("Product update\n", '<h2>What\'s new in Chili Piper</h2><p><a href="https://ablink.email.chilipiper.com/ls/click?upn=%s">See the new routing rules</a></p>'
                       '<p><a href="https://ablink.email.chilipiper.com/ls/click?upn=%sU">Manage preferences</a></p>' % (n, n))
        b.add(when, "Chili Piper <news@email.chilipiper.com>", ME, "What's new in Chili Piper", body, ct)

def callshare(when, kind):
    name, addr, title = rng.choice(INTERNAL[:3] + INTERNAL[5:6])
    if kind == "gong":
        body, ct = alt("%s shared a call\n" % name, '<p>%s shared a call with you: <b>%s - discovery</b></p><p><a href="https://us-%d.app.gong.io/call?id=%d">Listen to the call</a></p>'
                       % (name, rng.choice(CUSTOMERS)[2], rng.randint(10000, 99999), R() * 100000))
        b.add(when, "%s (via Gong) <noreply@gong.io>" % name, ME, "%s shared a call with you" % name, body, ct, reply_to="%s <%s>" % (name, addr))
    else:
        body, ct = alt("Chorus recording\n", '<p>%s shared a meeting recording: <b>%s - demo</b></p><p><a href="https://chorus.ai/meeting/%s?tab=summary">Open in Chorus</a></p>'
                       % (name, rng.choice(CUSTOMERS)[2], H(20)))
        b.add(when, "Chorus <noreply@chorus.ai>", ME, "%s shared a recording" % name, body, ct)

def booking(when, kind, who=None):
    name, addr = who or rng.choice(FREEMAIL)
    t = when + datetime.timedelta(days=2)
    if kind == "calendly":
        body, ct = alt("New Event\n", '<p>Hi Casey,</p><p>A new event has been scheduled.</p><p><b>Event Type:</b> Lumenfield demo (30 min)<br><b>Invitee:</b> %s<br>'
                       '<b>Invitee Email:</b> %s<br><b>Event Date/Time:</b> %s</p><p><a href="https://calendly.com/events/%s/google_meet">View event in Calendly</a></p>'
                       '<p><a href="https://calendly.com/cancellations/%s">Cancel</a> | <a href="https://calendly.com/reschedulings/%s">Reschedule</a></p>'
                       % (name, addr, t.strftime("%I:%M%p - %A, %B %d, %Y"), H(24).lower(), H(24).lower(), H(24).lower()))
        b.add(when, "Calendly <notifications@calendly.com>", ME, "New Event: %s - %s - Lumenfield demo" % (name, t.strftime("%I:%M%p %a, %b %d, %Y")), body, ct,
              reply_to="%s <%s>" % (name, addr))
    else:
        body, ct = alt("Meeting booked\n", '<p>%s (%s) booked <b>Lumenfield intro call</b> with you on %s.</p><p><a href="https://lumenfield.chilipiper.com/meeting/%s">Meeting details</a> | '
                       '<a href="https://app.chilipiper.com/app/meetings">Your meetings</a></p>' % (name, addr, t.strftime("%b %d at %I:%M %p"), H(20).lower()))
        b.add(when, "Chili Piper <no-reply@chilipiper.com>", ME, "Meeting booked with %s" % name, body, ct)

def ads(when, kind):
    n = rng.randint(100, 999)
    if kind == "google":
        body, ct = alt("Google Ads\n", '<p>Your Google Ads account 512-%d-4471 was charged $1,500.00.</p><p><a href="https://ads.google.com/aw/billing/summary?ocid=%d">View billing summary</a></p>'
                       '<p>Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</p>' % (n, R()))
        b.add(when, "Google Ads <ads-account-noreply@google.com>", ME, "Your Google Ads receipt", body, ct)
    else:
        body, ct = alt("Meta ads receipt\n", '<p>Your receipt from Meta ads: $820.00 for ad account Lumenfield Ads.</p><p><a href="https://www.facebook.com/ads/manager/billing/transactions/?act=%d">See details</a></p>' % (R() * 1000))
        b.add(when, "Meta for Business <advertise-noreply@support.facebook.com>", ME, "Your Meta ads receipt (Account ID: %d)" % (R() * 1000), body, ct)

day = start
while day < end:
    wd = day.weekday()
    def at(): return day + datetime.timedelta(hours=rng.uniform(7, 19))
    if wd < 5:
        for _ in range(rng.randint(1, 3)): internal(at())
        if rng.random() < 0.5: customer(at())
        for _ in range(rng.randint(0, 2)): reply(at())
        for _ in range(rng.randint(1, 2)): salesforce(at())
        if rng.random() < 0.6: hubspot(at())
        if rng.random() < 0.4: vendor(at())
        if rng.random() < 0.25: webinar(at(), rng.choice(["on24", "zoomweb", "cvent", "eventbrite", "ringcentral", "bizzabo"]))
        if rng.random() < 0.15: esign(at(), rng.choice(["pandadoc", "docusign"]))
        if rng.random() < 0.5: linkedin(at())
        if rng.random() < 0.3: callshare(at(), rng.choice(["gong", "gong", "chorus"]))
        if rng.random() < 0.3: booking(at(), rng.choice(["calendly", "chilipiper"]))
        if rng.random() < 0.3: esp(at(), rng.choice(["marketo", "mailchimp", "klaviyo", "braze"]))
    if wd == 2: reviews(at(), rng.choice(["g2", "capterra"]))
    if day.day in (1, 15): ads(at(), "google")
    if day.day == 5: ads(at(), "meta")
    day += datetime.timedelta(days=1)

# Casey writes to customers and vendors early on
for i, (name, addr, org) in enumerate(CUSTOMERS):
    b.add(start + datetime.timedelta(days=1, hours=8 + i / 2), ME, "%s <%s>" % (name, addr), "Lumenfield - your account team",
          "Hello %s,\n\nI'm your new contact for the %s account.\n%s" % (name.split()[0], org, SIG), rcpts=[addr])

# test window: first contacts a sales manager expects
T = split + datetime.timedelta(days=1, hours=9)
def first(d, frm, subj, body, ct="text/plain; charset=utf-8", **kw):
    return b.add(T + datetime.timedelta(days=d), frm, ME, subj, body, ct, **kw)
# cold vendor outreach from its own new domain through its own click redirect
body, ct = alt("Hi Casey\n", '<p>Hi Casey,</p><p>Saw Lumenfield is hiring SDRs. We help teams like yours book 30%% more meetings with verified mobile numbers. '
               '<a href="https://track.getprospectly.example/c/%s">See how Bluefin did it</a>.</p><p>Worth a chat? <a href="https://calendly.com/ryan-prospectly/15min">Grab 15 minutes</a></p>'
               '<p>Ryan Cho<br>Prospectly</p><p><a href="https://track.getprospectly.example/u/%s">Not interested?</a></p>' % (H(20), H(20)))
first(0, "Ryan Cho <ryan@getprospectly.example>", "Lumenfield + Prospectly", body, ct)
# a new prospect's colleague shares a security review through PandaDoc
body, ct = alt("Vanessa Ruiz sent you a document\n", '<p>Vanessa Ruiz (Harborline Freight) sent you <b>Harborline - Vendor Security Addendum</b>.</p>'
               '<p><a href="https://app.pandadoc.com/document/v2?token=%s">Open the document</a></p><p>Powered by <a href="https://www.pandadoc.com/">PandaDoc</a></p>' % H(40))
first(1, '"Vanessa Ruiz via PandaDoc" <docs@email.pandadoc.net>', "Vanessa Ruiz has sent you Harborline - Vendor Security Addendum", body, ct,
      reply_to="Vanessa Ruiz <vruiz@harborlinefreight.example>")
# a new customer's DocuSign order form
body, ct = alt("Paul Meyer sent you a document to review and sign.\n",
               '<p>Paul Meyer sent you a document to review and sign.</p><p><a href="https://na3.docusign.net/Signing/EmailStart.aspx?a=%s&amp;etti=24&amp;acct=%s">REVIEW DOCUMENT</a></p>'
               '<p>Please countersign the order form. Thanks, Paul</p><p>Do Not Share This Email: this email contains a secure link to DocuSign.</p>' % (H(32).lower(), H(8).lower()))
first(2, '"Paul Meyer via DocuSign" <dse_na3@docusign.net>', "Please DocuSign: Lumenfield Order Form - Quarry Analytics.pdf", body, ct, reply_to="Paul Meyer <pmeyer@quarryanalytics.example>")
# a new prospect at free mail books a demo through Calendly
booking(T + datetime.timedelta(days=3), "calendly", ("Tanya Brooks", "tanya.brooks.cpa@gmail.com"))
booking(T + datetime.timedelta(days=3, hours=2), "chilipiper", ("Omar Said", "omar.said.ventures@outlook.com"))
# a vendor Casey never heard of, via Outreach
body, ct = alt("Hi Casey\n", '<p>Hi Casey,</p><p>Congrats on the Series C! <a href="%s">Here is a 2-minute video</a> on how we cut ramp time for new AEs.</p><p>Maya Greene<br>Rampwise</p>'
               % track("outreach", "click.outreach.io", "https://www.rampwise.example/video/lumenfield"))
first(4, "Maya Greene <maya@rampwise.example>", "Cutting AE ramp time at Lumenfield", body, ct)
# a webinar invitation through ON24 from a new organiser
body, ct = alt("ON24 registration\n", '<p>Thank you for registering for <b>Partner-led growth in 2027</b>.</p><p><a href="https://event.on24.com/wcc/r/4718822/%s">Join the webinar</a></p>' % H(24))
first(5, "Crossbeam Events <noreply@on24event.com>", "Confirmation: Partner-led growth in 2027", body, ct)
# Bizzabo badge for a conference first met here
body, ct = alt("Bizzabo\n", '<p>Your badge for <b>Pavilion CMO Summit</b> is ready.</p><p><a href="https://events.bizzabo.com/cmosummit2027/page/badge?t=%s">View your badge</a></p>' % H(20))
first(6, "Pavilion CMO Summit <noreply@bizzabo.com>", "Your badge for Pavilion CMO Summit", body, ct)
# Google Ads payment declined (legitimate notice, no history of that subject)
body, ct = alt("Google Ads\n", '<p>We couldn\'t process your payment for Google Ads account 512-331-4471. Your ads will stop running unless you update your payment method.</p>'
               '<p><a href="https://ads.google.com/aw/billing/paymentmethods?ocid=88311">Fix payment</a></p><p>Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</p>')
first(7, "Google Ads <ads-account-noreply@google.com>", "Action needed: your Google Ads payment was declined", body, ct)
# LinkedIn InMail from a recruiter, Gong share from a new colleague
body, ct = alt("InMail\n", '<p><b>Hannah Ruiz</b> sent you an InMail: "VP Marketing role"</p><p><a href="https://www.linkedin.com/comm/messaging/thread/2-%s?midToken=%s">Reply</a></p>' % (H(20), H(12)))
first(8, "Hannah Ruiz via LinkedIn <inmail-hit-reply@linkedin.com>", "Hannah Ruiz sent you an InMail", body, ct)
body, ct = alt("Zane shared a call\n", '<p>Zane Ito shared a call with you: <b>Harborline - negotiation</b></p><p><a href="https://us-41231.app.gong.io/call?id=%d">Listen to the call</a></p>' % (R() * 100000))
first(9, "Zane Ito (via Gong) <noreply@gong.io>", "Zane Ito shared a call with you", body, ct, reply_to="Zane Ito <zane.ito@%s>" % CO)
# Salesforce: password reset requested by the admin for the tenant
body, ct = alt("Salesforce\n", '<p>Your Salesforce password has been reset by your administrator.</p><p>Click the link to set a new password: '
               '<a href="https://%s/secur/forgotpassword.jsp?r=%s&amp;fpLink=1">https://%s/secur/forgotpassword.jsp</a></p><p>Username: %s</p>' % (SF, H(40), SF, OWNER))
first(10, "Salesforce <noreply@salesforce.com>", "Your new Salesforce password", body, ct, mailfrom="bounce-%s@bnc.salesforce.com" % H(8).lower())
# Capterra review request for a tool never reviewed before, a Cvent invitation from a new customer event
body, ct = alt("Cvent\n", '<p>You are invited to <b>Northwind Customer Advisory Board 2027</b>.</p><p><a href="https://web.cvent.com/event/%s/summary">Register now</a></p>' % H(36).lower())
first(11, "Northwind Logistics Events <events@cvent-planner.com>", "You're invited: Northwind Customer Advisory Board 2027", body, ct, reply_to="Laura Kim <laura.kim@northwindlogistics.example>")
# the look-alikes of phishing a sales manager gets for real: Salesforce's
# identity check with a code, a HubSpot new-login alert, LinkedIn's sign-in notice
body, ct = alt("Verify your identity\n", '<p>You recently logged in to Salesforce from a new browser or app. To finish logging in, enter this verification code:</p>'
               '<p><b>Verification Code: %d</b></p><p>If you didn\'t try to log in, reset your password: <a href="https://%s/secur/forgotpassword.jsp">https://%s/secur/forgotpassword.jsp</a></p>'
               '<p>Username: %s</p><p>Thanks,<br>Your Salesforce Administrator</p>' % (rng.randint(10000, 99999), SF, SF, OWNER))
first(13, "Salesforce <noreply@salesforce.com>", "Verify your identity in Salesforce", body, ct, mailfrom="bounce-%s@bnc.salesforce.com" % H(8).lower())
body, ct = alt("New login\n", '<p>Hi Casey,</p><p>We noticed a new login to your HubSpot account from Chrome on Windows (Boston, US).</p>'
               '<p>If this wasn\'t you, <a href="https://app.hubspot.com/login/reset-password">reset your password</a> and review '
               '<a href="https://app.hubspot.com/settings/%d/user-preferences/security">your security settings</a>.</p>' % HUB)
first(13.2, "HubSpot <noreply@hubspot.com>", "New login to your HubSpot account", body, ct)
body, ct = alt("LinkedIn\n", '<p>Hi Casey, there was a new sign-in to your account from a Mac in Boston.</p>'
               '<p>If this wasn\'t you, <a href="https://www.linkedin.com/comm/psettings/change-password?lipi=%s">change your password</a>.</p>' % H(16))
first(13.4, "LinkedIn <security-noreply@linkedin.com>", "Casey, here's your new sign-in", body, ct)
# a new prospect's reply sent through HubSpot Sales, its links on the prospect's portal's tracker
body, ct = alt("Hi Casey\n", '<p>Hi Casey,</p><p>Thanks for the demo. Here is our <a href="https://d3Hk8x04.na1.hubspotlinks.com/Ctc/L2+113/d3Hk8x04/VWk%s/%s">requirements doc</a> '
               'and our <a href="https://d3Hk8x04.na1.hubspotlinks.com/Ctc/L2+113/d3Hk8x04/VWk%s/%s">security page</a>.</p><p>Jonas Weber<br>Head of RevOps, Tidewater Labs</p>'
               % (H(12), H(30), H(12), H(30)))
first(14, "Jonas Weber <jonas.weber@tidewaterlabs.example>", "Re: Lumenfield demo follow-up", body, ct)
# a new vendor's Salesloft cadence with a DocSend deck, and one via Apollo on its own tracking subdomain
body, ct = alt("Hi Casey\n", '<p>Hi Casey,</p><p>Sharing our deck on intent data for mid-market SaaS: <a href="%s">view the deck</a>.</p><p>Lena Fox<br>Signalcraft</p>'
               % track("salesloft", "t.salesloftlinks.com", "https://docsend.com/view/%s" % H(10).lower()))
first(14.3, "Lena Fox <lena.fox@signalcraft.example>", "Intent data for Lumenfield", body, ct)
body, ct = alt("Hi Casey\n", '<p>Hi Casey,</p><p>We built a list of 1,200 RevOps leaders in your ICP. <a href="https://links.outboundlift.example/ls/click?upn=%s">Preview 50 contacts free</a>.</p>'
               '<p>Victor Hale<br>OutboundLift</p><p><a href="https://links.outboundlift.example/unsub/%s">Unsubscribe</a></p>' % (H(40), H(16)))
first(14.6, "Victor Hale <victor@tryoutboundlift.example>", "1,200 RevOps leaders for Lumenfield", body, ct)
# RingCentral Events (formerly Hopin) from a new organiser, a Braze newsletter from a new SaaS
body, ct = alt("Hopin\n", '<p>You\'re registered for <b>Sales Enablement Summit</b>.</p><p><a href="https://app.hopin.com/events/sales-enablement-summit-2027/registration">Enter event</a></p>')
first(15, "Sales Enablement Society <no-reply@hopin.com>", "You're registered for Sales Enablement Summit", body, ct)
body, ct = alt("Newsletter\n", '<h2>Product news from Notion</h2><p><a href="https://ablink.mail.notion.so/ls/click?upn=%s">See what\'s new</a></p>' % H(40))
first(15.2, "Notion Team <team@mail.notion.so>", "What's new in Notion", body, ct)
# Meta: an ad rejected (legitimate policy notice), a vendor's Gong share to a prospect
body, ct = alt("Meta\n", '<p>Your ad "Lumenfield - Q4 demo" was rejected because it doesn\'t comply with our Advertising Standards. You can request another review.</p>'
               '<p><a href="https://www.facebook.com/business/help/2081544145435232">Learn more</a> | <a href="https://business.facebook.com/business-support-home/?source=mobile_lr">Request review</a></p>')
first(15.5, "Meta for Business <advertise-noreply@support.facebook.com>", "Your ad was rejected", body, ct)
body, ct = alt("Ben shared a call\n", '<p>Ben Carver shared a call with you: <b>Lumenfield / DataFoundry - intro</b></p><p><a href="https://us-55210.app.gong.io/e/c-share/?tkn=%s">Watch the recording</a></p>' % H(30))
first(16, "Ben Carver (via Gong) <noreply@gong.io>", "Ben Carver shared a call with you", body, ct, reply_to="Ben Carver <ben.carver@datafoundry.example>")
# a G2 "your profile got a new review" for the company's own listing
body, ct = alt("G2\n", '<p>Lumenfield received a new 5-star review on G2.</p><p><a href="https://sell.g2.com/lumenfield/reviews?utm_source=notification">Respond to the review</a></p>')
first(16.3, "G2 <notifications@g2.com>", "New review for Lumenfield", body, ct)
for k, f in enumerate([lambda w: webinar(w, "zoomweb"), lambda w: esign(w, "docusign"), lambda w: esp(w, "marketo"), lambda w: callshare(w, "chorus"), lambda w: reviews(w, "g2")]):
    f(T + datetime.timedelta(days=12 + k))
b.write(sys.argv[1], split)
print(len(b.msgs))
