# Personal mailbox: sam.reid@reidfamily.example (own vanity domain, internal reidfamily.example).
import datetime, random, sys
from gen_common import Box, alt

rng = random.Random(23)
from gen_common import UTC, start, split, end  # the learn and test windows
OWNER = "sam.reid@reidfamily.example"
SAM = "Sam Reid <%s>" % OWNER
b = Box("personal", OWNER, start)
R = lambda: rng.randint(10000, 99999)

def nl_mailchimp(when, brand, dom, sub):
    u = "https://%s.us%d.list-manage.com/track/click?u=9f%d&id=%%d&e=3c" % (dom.split(".")[0], 7, 42)
    html = '<p><a href="%s">View this email in your browser</a></p><h1>%s</h1><p>%s <a href="%s">Read more</a></p><p><a href="%s">Shop the sale</a></p><p><a href="%s">www.%s</a></p><p><a href="https://%s.us7.list-manage.com/unsubscribe?u=9f42&id=1">Unsubscribe</a></p>' % (u % R(), brand, sub, u % R(), u % R(), u % R(), dom, dom.split(".")[0])
    body, ct = alt("%s\n%s\n" % (brand, sub), html)
    b.add(when, "%s <news@%s>" % (brand, dom), SAM, sub, body, ct, extra=[("List-Unsubscribe", "<https://%s.us7.list-manage.com/unsubscribe?u=9f42&id=1>" % dom.split(".")[0])], mailfrom="bounce-mc.us7_42.%d-sam.reid=reidfamily.example@mail%d.atl31.mcsv.net" % (R(), 7))

def nl_sendgrid(when, brand, dom, sub):
    u = "https://u%d.ct.sendgrid.net/ls/click?upn=u001.Ab%%dXy-2BCd" % 123456
    html = '<h1>%s</h1><p>%s</p><p><a href="%s">See the details</a> | <a href="%s">Book now</a></p><p><a href="%s">Manage preferences</a></p>' % (brand, sub, u % R(), u % R(), u % R())
    body, ct = alt(sub, html)
    b.add(when, "%s <hello@mail.%s>" % (brand, dom), SAM, sub, body, ct, mailfrom="bounces+123456-ab-sam.reid=reidfamily.example@em123.%s" % dom)

def nl_hubspot(when, brand, dom, sub):
    u = "https://d2v8tf04.na1.hubspotlinks.com/Ctc/L1+113/d2v8tf04/VW%dX"
    html = '<p>%s</p><p><a href="%s">Read the report</a></p><p><a href="%s">Register for the webinar</a></p><p><a href="https://hs-%d.s.hubspotemail.net/hs/manage-preferences/unsubscribe?d=abc">Unsubscribe</a></p>' % (sub, u % R(), u % R(), R())
    body, ct = alt(sub, html)
    b.add(when, "%s <marketing@%s>" % (brand, dom), SAM, sub, body, ct)

def nl_substack(when, writer, pub):
    n = R()
    html = ('<h1>%s</h1><p>by %s</p><p><a href="https://substack.com/redirect/2/eyJlIjoiaHR0cHM6Ly8%d?j=eyJ1Ijo">Read in app</a></p>'
            '<p>Some thoughts this week. See <a href="https://substack.com/redirect/%d-abc?j=eyJ1">this paper</a>.</p>'
            '<p><a href="https://%s.substack.com/p/week-%d?utm_source=substack&utm_medium=email">Share</a></p>'
            '<p><a href="https://%s.substack.com/action/disable_email?token=x">Unsubscribe</a></p>') % (pub, writer, n, n, pub, n, pub)
    body, ct = alt("%s by %s\n" % (pub, writer), html)
    b.add(when, '"%s from %s" <%s@substack.com>' % (writer, pub, pub), SAM, "Week notes %d" % (n % 50), body, ct,
          extra=[("List-Unsubscribe", "<https://%s.substack.com/action/disable_email?token=x>" % pub)], mailfrom="bounce-%d@mg1.substack.com" % n)

def nl_klaviyo(when, brand, dom):
    u = "https://trk.klclick.com/ls/click?upn=u001.%d-2F"
    html = '<p>%s</p><p><a href="%s">New arrivals</a> <a href="%s">Sign in to see your points</a></p><p><a href="https://manage.kmail-lists.com/subscriptions/unsubscribe?a=Ab&c=1">Unsubscribe</a></p>' % (brand, u % R(), u % R())
    body, ct = alt(brand, html)
    b.add(when, "%s <hello@%s>" % (brand, dom), SAM, "New arrivals at %s" % brand, body, ct)

def shop(when, kind):
    n = R()
    if kind == "shopify":
        html = ('<p>Thank you for your purchase!</p><p>Order #%d</p><p><a href="https://tidewater-ceramics.example/6173/orders/ab%d/authenticate?key=cd">View your order</a> or <a href="https://tidewater-ceramics.example">Visit our store</a></p>'
                '<img src="https://cdn.shopify.com/s/files/1/0/products/mug.jpg">') % (n, n)
        body, ct = alt("Order #%d\n" % n, html)
        b.add(when, "Tidewater Ceramics <orders@tidewater-ceramics.example>", SAM, "Order #%d confirmed" % n, body, ct)
    elif kind == "ship":
        html = ('<p>Your order from Tidewater Ceramics is on its way.</p><p><a href="https://tidewater-ceramics.example/6173/orders/ab%d/authenticate?key=cd">View your order</a></p>'
                '<p>UPS tracking number: <a href="https://www.ups.com/track?loc=en_US&tracknum=1Z%d&requester=ST/">1Z%d</a></p>') % (n, n, n)
        body, ct = alt("Shipped\n", html)
        b.add(when, "Tidewater Ceramics <orders@tidewater-ceramics.example>", SAM, "A shipment from order #%d is on the way" % n, body, ct)
    elif kind == "amazon":
        html = '<p>Your order has shipped.</p><a href="https://www.amazon.com/gp/your-account/order-details?orderID=113-%d">Order details</a> <a href="https://www.amazon.com/progress-tracker/package?orderId=113-%d">Track package</a>' % (n, n)
        body, ct = alt("Shipped\n", html)
        b.add(when, "Amazon.com <shipment-tracking@amazon.com>", SAM, "Your Amazon.com order has shipped", body, ct)

def travel(when, kind):
    n = R()
    if kind == "airline":
        html = ('<p>Your booking is confirmed. Booking reference: QX%d</p><p><a href="https://www.skylark-air.example/manage-booking?pnr=QX%d&ln=REID">Manage booking</a></p>'
                '<p><a href="https://www.skylark-air.example/check-in">Check in online</a> from 30 hours before departure.</p>') % (n, n)
        body, ct = alt("Booking confirmed\n", html)
        b.add(when, "Skylark Air <noreply@booking.skylark-air.example>", SAM, "Booking confirmation QX%d" % n, body, ct)
    elif kind == "boarding":
        html = ('<p>Your boarding pass for SK%d, seat 14C.</p><p><a href="https://mobile.skylark-air.example/boardingpass/%d">Open boarding pass</a></p><p><a href="https://wallet.skylark-air.example/pkpass/%d">Add to Apple Wallet</a></p>') % (n % 900, n, n)
        body, ct = alt("Boarding pass\n", html)
        b.add(when, "Skylark Air <checkin@skylark-air.example>", SAM, "Your boarding pass", body, ct)
    elif kind == "booking":
        html = '<p>Your booking at Hotel Marina is confirmed.</p><a href="https://secure.booking.com/confirmation.html?aid=304142&bn=%d">Manage your booking</a> <a href="https://www.booking.com/hotel/pt/marina.html">Hotel Marina</a>' % n
        body, ct = alt("Confirmed\n", html)
        b.add(when, "Booking.com <noreply@booking.com>", SAM, "Your booking is confirmed at Hotel Marina", body, ct)
    elif kind == "airbnb":
        html = '<p>Reservation confirmed for Porto.</p><a href="https://www.airbnb.com/trips/v1/%d">View itinerary</a> <a href="https://www.airbnb.com/messaging/thread/%d">Message your host</a>' % (n, n)
        body, ct = alt("Reservation confirmed\n", html)
        b.add(when, "Airbnb <automated@airbnb.com>", SAM, "Reservation confirmed for Porto", body, ct)

def bank(when, kind):
    n = R()
    if kind == "statement":
        html = ('<p>Dear Sam Reid,</p><p>Your statement for account ending 4821 is ready.</p><p><a href="https://online.harbourbank.example/login?redirect=statements">Log in to Online Banking</a> to view it.</p>'
                '<p>We will never ask for your password by email. <a href="https://www.harbourbank.example/security">Security centre</a></p>')
        body, ct = alt("Your statement is ready. Log in: https://online.harbourbank.example/login\n", html)
        b.add(when, "Harbour Bank <alerts@email.harbourbank.example>", SAM, "Your e-statement is ready", body, ct)
    elif kind == "card":
        html = '<p>A payment of EUR %d.%02d was made with your card ending 4821 at GROCER.</p><p>Not you? <a href="https://online.harbourbank.example/cards/freeze">Freeze your card</a> or call us.</p>' % (rng.randint(5, 300), rng.randint(0, 99))
        body, ct = alt("Card payment\n", html)
        b.add(when, "Harbour Bank <alerts@email.harbourbank.example>", SAM, "Card payment alert", body, ct)
    elif kind == "paypal":
        html = '<p>You sent a payment of EUR 24.00 to Tidewater Ceramics.</p><a href="https://www.paypal.com/myaccount/transactions/details/%d">View transaction</a> <a href="https://www.paypal.com/us/smarthelp/home">Help</a>' % n
        body, ct = alt("Payment sent\n", html)
        b.add(when, "service@paypal.com", SAM, "Receipt for your payment to Tidewater Ceramics", body, ct)

def social(when, kind):
    n = R()
    if kind == "linkedin":
        html = '<p>Priya Shah has sent you an invitation to connect.</p><a href="https://www.linkedin.com/comm/mynetwork/invite-accept/%d?midToken=Ab">Accept</a> <a href="https://www.linkedin.com/comm/in/priya-shah-%d">View profile</a>' % (n, n)
        body, ct = alt("Invitation\n", html)
        b.add(when, "Priya Shah via LinkedIn <invitations@linkedin.com>", SAM, "Sam, please add me to your LinkedIn network", body, ct)
    elif kind == "facebook":
        html = '<p>Jo Reid commented on your photo.</p><a href="https://www.facebook.com/n/?permalink.php&story_fbid=%d">See comment</a>' % n
        body, ct = alt("Comment\n", html)
        b.add(when, "Facebook <notification@facebookmail.com>", SAM, "Jo Reid commented on your photo", body, ct)
    elif kind == "strava":
        html = '<p>Alex gave you kudos.</p><a href="https://www.strava.com/activities/%d">View activity</a> <a href="https://www.strava.com/settings/email_unsubscribe">Unsubscribe</a>' % n
        body, ct = alt("Kudos\n", html)
        b.add(when, "Strava <no-reply@strava.com>", SAM, "Alex gave you kudos", body, ct)
    elif kind == "nextdoor":
        html = '<p>Trending near you: Lost cat on Elm Street</p><a href="https://nextdoor.com/p/%d?utm_source=email">Read post</a> <a href="https://nextdoor.com/news_feed/">More posts</a>' % n
        body, ct = alt("Trending\n", html)
        b.add(when, "Nextdoor <reply@rs.email.nextdoor.com>", SAM, "Lost cat on Elm Street", body, ct)

FAMILY = [("Jo Reid", "jo.reid@gmail.com"), ("Martin Reid", "martin.reid67@outlook.com"), ("Lucy Fenn", "lucyfenn@gmail.com")]
NEWS = ["https://www.bbc.co.uk/news/science-environment-%d", "https://www.theguardian.com/world/2026/nov/0%d/article", "https://apnews.com/article/%d",
        "https://www.nytimes.com/2026/11/0%d/travel/porto.html", "https://www.youtube.com/watch?v=ab%d", "https://www.reuters.com/world/%d/",
        "https://www.lemonde.fr/en/article/%d", "https://www.npr.org/2026/11/%d/story", "https://www.allrecipes.com/recipe/%d/"]

def family(when, fwd):
    name, addr = rng.choice(FAMILY)
    url = rng.choice(NEWS) % rng.randint(1, 9)
    if fwd:
        body = "Thought you'd like this.\n\n---------- Forwarded message ---------\nFrom: Newsroom <news@dailyherald.example>\nDate: Mon, 3 Nov 2026\nSubject: Top stories\n\n%s\n" % url
    else:
        body = "Hi Sam,\n\nhave you seen this? %s\n\nLove,\n%s\n" % (url, name.split()[0])
    m = b.add(when, "%s <%s>" % (name, addr), SAM, "Fwd: Top stories" if fwd else "look at this", body)
    if rng.random() < 0.5:
        b.add(when + datetime.timedelta(hours=3), SAM, "%s <%s>" % (name, addr), "Re: look at this", "Thanks!\n", irt=m, rcpts=[addr])

NLS = [("Porto Coffee Roasters", "portoroasters.example", "mailchimp"), ("City Museum", "citymuseum.example", "mailchimp"),
       ("TrailMix Outdoor", "trailmix-outdoor.example", "klaviyo"), ("Ferry Lines", "ferrylines.example", "sendgrid"),
       ("DataWeek", "dataweek.example", "hubspot")]
day = start
while day < end:
    wd = day.weekday()
    def at(): return day + datetime.timedelta(hours=rng.uniform(6, 23))
    for brand, dom, esp in NLS:
        if rng.random() < 0.2:
            if esp == "mailchimp": nl_mailchimp(at(), brand, dom, "News from %s" % brand)
            elif esp == "klaviyo": nl_klaviyo(at(), brand, dom)
            elif esp == "sendgrid": nl_sendgrid(at(), brand, dom, "Winter timetable")
            else: nl_hubspot(at(), brand, dom, "The state of data 2026")
    if wd in (0, 3): nl_substack(at(), "Mara Quinn", "slowcities")
    if wd == 5: nl_substack(at(), "Theo Park", "pixelnotes")
    if rng.random() < 0.35: family(at(), rng.random() < 0.4)
    if rng.random() < 0.25: social(at(), rng.choice(["facebook", "strava", "nextdoor", "linkedin"]))
    if rng.random() < 0.1: shop(at(), rng.choice(["shopify", "ship", "amazon"]))
    if rng.random() < 0.1: bank(at(), rng.choice(["card", "card", "paypal"]))
    if day.day == 5: bank(at(), "statement")
    if rng.random() < 0.05: travel(at(), rng.choice(["booking", "airbnb"]))
    day += datetime.timedelta(days=1)
T = split + datetime.timedelta(days=2, hours=10)
travel(T, "airline"); travel(T + datetime.timedelta(days=12), "boarding")
# new newsletters the user subscribed to in the test window
nl_mailchimp(T + datetime.timedelta(days=3), "Harbour Choir", "harbourchoir.example", "Concert season tickets")
nl_sendgrid(T + datetime.timedelta(days=4), "Eventful Tickets", "eventful-tickets.example", "Your tickets for Saturday")
nl_substack(T + datetime.timedelta(days=5), "Ines Moro", "longreads-weekly")
nl_hubspot(T + datetime.timedelta(days=6), "GreenGrid Solar", "greengrid-solar.example", "Your solar quote is ready")
# a first contact's receipt without a link: its box office number written with
# non-breaking hyphens and a middle dot, as phoneText reads a disguised number;
# a payment received and no charge disowned, so no callback_number
b.add(T + datetime.timedelta(days=3, hours=2), "Harbour Choir Box Office <boxoffice@harbourchoir.example>", SAM,
      "Your tickets: Winter Concert, 12 December",
      "Dear Sam Reid,\n\nthank you for your order 2026-1203 of 2 tickets for the Winter Concert on 12 December, 7.30 pm, "
      "St Mary's Hall. Your payment of $48.00 was received; the tickets are waiting at the door.\n\n"
      "Questions about your order? Call the box office at (206) 555\u20110143 \u00b7 Mon\u2013Fri 10\u20134.\n\n"
      "Harbour Choir Box Office\n")
# first contacts' link-free letters naming a charge or a debt with a number
# to call, which are no callback lures: a gym's welcome telling its first
# charge (nothing to undo), a debt collector's first letter and a debt
# charity's reply telling what a creditor or bailiff may do (hedged)
b.add(T + datetime.timedelta(days=7, hours=1), "Ironside Gym <frontdesk@ironsidegym.example>", SAM, "Welcome to Ironside Gym",
      "Hi Sam,\n\nwelcome to Ironside Gym! Your membership renews monthly and your first payment of $49.00 has been charged "
      "to your card. Your key fob is waiting at reception.\n\nQuestions about classes or your plan? Call the front desk at "
      "(206) 555-0188.\n\nSee you soon,\nIronside Gym\n")
b.add(T + datetime.timedelta(days=8, hours=3), "Northgate Recovery <letters@northgaterecovery.example>", SAM,
      "Your account with Lakeside Energy - reference NR-448120",
      "Dear Sam Reid,\n\nwe write on behalf of Lakeside Energy about your closed account, reference NR-448120, and its balance of "
      "$612.40. If the balance is not paid or a plan agreed, our client may apply to the court to garnish your wages.\n\n"
      "You can dispute this debt within 30 days. To discuss a payment plan, call us at (206) 555-0177, Monday to Friday.\n\n"
      "Northgate Recovery Ltd\n")
b.add(T + datetime.timedelta(days=9, hours=2), "Clearpath Debt Advice <advice@clearpathdebt.example>", SAM, "Your question about a bailiff's letter",
      "Dear Sam,\n\nthank you for contacting Clearpath. Bailiffs can seize your goods only after a court order, and a payment plan "
      "usually stops them. Our advice is free and confidential: call our helpline at (206) 555-0166 and an adviser will go "
      "through your letters with you.\n\nClearpath Debt Advice\n")
b.write(sys.argv[1], split)
print(len(b.msgs))
