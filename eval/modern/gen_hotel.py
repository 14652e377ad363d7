# The front desk mailbox of a small independent hotel: reservations@
# harbourlightinn.example (The Harbourlight Inn, 18 rooms in a harbour town;
# internal domain harbourlightinn.example; the desk is shared by the manager,
# the front office team and the night porter). Booking.com's notices (new
# bookings, modifications and cancellations from noreply@booking.com with
# links to the extranet on admin.booking.com, guests' messages relayed from
# a new address at guest.booking.com for every guest, reviews, monthly
# invoices and payouts), Expedia Partner Central (reservations, virtual card
# notices, guest messages relayed from m.expediapartnercentral.com), Airbnb
# (confirmed reservations, guests' messages through express@airbnb.com,
# payouts), the channel manager (an invented Channelwave: sync errors, rate
# pushes, its monthly invoice) and the property management system vendor (an
# invented Innkeep Cloud: the hotel's tenant on harbourlight.innkeepcloud.
# example, night audit reports, support tickets, release notes), the direct
# booking engine's notices (From the hotel's name at the engine, Reply-To the
# guest), the card processor (an invented Tillnova: settlements, chargeback
# notices), guests writing first from free mail (questions, late arrival,
# dietary needs, a Google Maps pin, their flight), the desk's replies, tour
# operators (rooming lists as PDF, their agent portal), the regional tourism
# board's Mailchimp newsletter, suppliers (the laundry's invoices on its
# portal, the food wholesaler's on its web shop, the bakery's through Xero),
# Tripadvisor's review notices, the chamber of commerce's local events,
# colleagues (shift notes, Google Sheets rota). In the test window first
# contacts: guests at free mail with a Google Maps pin, a FlightAware link, a
# Booking.com confirmation link, a wedding planner's Google Sheet, a new tour
# operator's rooming list, a travel writer's article, a festival organiser's
# Eventbrite page, a new guest relay address asking about parking.
import datetime, random, sys
from gen_common import Box, alt, mixed, pdf

rng = random.Random(2211)
from gen_common import UTC, start, split, end  # the learn and test windows
CO = "harbourlightinn.example"
OWNER = "reservations@" + CO
ME = "The Harbourlight Inn - Reservations <%s>" % OWNER
STAFF = [("Maeve Doyle", "maeve@" + CO),            # general manager
         ("Tomas Reyes", "tomas@" + CO),            # front office
         ("Aoife Kinsella", "aoife@" + CO),         # front office
         ("Lena Fischer", "housekeeping@" + CO),    # head housekeeper
         ("Ruairi Byrne", "kitchen@" + CO),         # chef
         ("Colm Walsh", "colm@" + CO)]              # owner
HOTEL_ID = 8812407
CM = "channelwave.example"                            # channel manager
PMS = "innkeepcloud.example"                          # PMS vendor
TENANT = "harbourlight." + PMS
ENGINE = "bookwise.example"                           # direct booking engine
PAY = "tillnova.example"                              # card processor
LAUNDRY = "brightwashlinen.example"
FOOD = "atlanticfoodservice.example"
CHAMBER = "kilbarrachamber.example"
BOARD = "visitwestcoast.example"                      # regional tourism board
OPS = [("Wild Atlantic Tours", "Siobhan Hart", "groups@wildatlantictours.example"),
       ("Celtic Coach Holidays", "Derek Moss", "derek.moss@celticcoach.example"),
       ("Nordlys Reiser", "Ingrid Solberg", "ingrid@nordlysreiser.example")]
SIG = "\n--\nFront Desk\nThe Harbourlight Inn\nQuay Street, Kilbarra\n+353 55 014 2210\n"
b = Box("hotel", OWNER, start)
R = lambda: rng.randint(10000, 99999)
H = lambda n=10: "".join(rng.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(n))
threads = []
FIRST = ["Sophie", "Lukas", "Emma", "Daniel", "Chiara", "Pieter", "Hannah", "Marco", "Julie", "Oliver", "Ana", "Ben", "Claire", "Mateo",
         "Ingrid", "James", "Nora", "Felix", "Grace", "Tom", "Elena", "Ruth", "Kenji", "Sara"]
LAST = ["Martin", "Weber", "Rossi", "de Vries", "Murphy", "Dubois", "Schmidt", "Walsh", "Novak", "Larsen", "Garcia", "Brennan", "Kelly",
        "Fischer", "Moreau", "Jansen", "Costa", "Ryan", "Tanaka", "Berg"]
FREE = ["gmail.com", "gmail.com", "gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "web.de", "gmx.de", "orange.fr", "libero.it"]
ROOMS = ["Double Room with Sea View", "Superior King Room", "Standard Double Room", "Twin Room", "Family Room", "Single Room"]

def guest():
    f, l = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s%s%d" % (f, l, rng.randint(1, 99))]).lower().replace(" ", "")
    return "%s %s" % (f, l), "%s@%s" % (local, rng.choice(FREE))

def stay(when):
    a = when + datetime.timedelta(days=rng.randint(3, 60))
    return a, a + datetime.timedelta(days=rng.randint(1, 5))

def booking(when):
    kind = rng.choice(["new", "new", "new", "modified", "cancelled"])
    res = rng.randint(4000000000, 4999999999)
    a, d = stay(when)
    name = guest()[0]
    s = {"new": "Booking.com - New booking! (%d, %s)" % (res, a.strftime("%A, %d %B %Y")),
         "modified": "Booking.com - Modified booking! (%d, %s)" % (res, a.strftime("%A, %d %B %Y")),
         "cancelled": "Booking.com - Cancelled booking (%d, %s)" % (res, a.strftime("%A, %d %B %Y"))}[kind]
    body, ct = alt(s + "\n", '<p>The Harbourlight Inn</p><p>%s</p><p>Guest: %s<br>Check-in: %s<br>Check-out: %s<br>Room: %s<br>Total price: &euro; %d</p>'
                   '<p><a href="https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/booking.html?res_id=%d&amp;hotel_id=%d&amp;lang=en">View booking details</a></p>'
                   '<p>Booking.com B.V., Oosterdokskade 163, Amsterdam | <a href="https://partner.booking.com/en-gb/help">Partner Help</a></p>'
                   % (s, name, a.strftime("%d %b %Y"), d.strftime("%d %b %Y"), rng.choice(ROOMS), rng.randint(120, 900), res, HOTEL_ID))
    b.add(when, "Booking.com <noreply@booking.com>", ME, s, body, ct, mailfrom="noreply@mailer.booking.com")

def booking_guest(when):
    """A guest's message through Booking.com's relay: a new address for every guest."""
    name, _ = guest()
    relay = "%s.%d@guest.booking.com" % (name.split()[0].lower()[:1] + name.split()[-1].lower().replace(" ", ""), rng.randint(100000, 999999))
    res = rng.randint(4000000000, 4999999999)
    msg = rng.choice(["We will arrive around 11pm, is that ok?", "Is there parking near the hotel?", "Could we have a cot in the room for our baby?",
                      "My wife is coeliac, do you have gluten free options at breakfast?", "Can we leave our bags after check-out?",
                      "Is it possible to check in early, around noon?", "Our ferry lands at 21:30, here is the timetable: https://www.aranislandferries.example/timetable"])
    body, ct = alt("%s wrote: %s\n" % (name, msg), '<p>We received this message from %s</p><p>Booking number: %d</p><blockquote>%s</blockquote>'
                   '<p><a href="https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/messaging/inbox.html?hotel_id=%d&amp;res_id=%d">Reply</a></p>'
                   '<p>You can also reply to this email. Booking.com</p>' % (name, res, msg, HOTEL_ID, res))
    mid = b.add(when, "%s <%s>" % (name, relay), ME, "We received this message from %s" % name, body, ct, mailfrom="noreply@mailer.booking.com")
    if rng.random() < 0.7:
        threads.append((mid, relay, name, "We received this message from %s" % name))

def booking_admin(when):
    kind = rng.choice(["review", "invoice", "payout", "news", "review"])
    if kind == "review":
        s, t, p = "New guest review", "A guest who stayed with you left a review with a score of %.1f." % rng.choice([7.5, 8.3, 9.0, 9.6, 10.0, 6.7]), "reviews/reviews.html"
    elif kind == "invoice":
        s, t, p = "Your Booking.com invoice is available", "Your commission invoice for %s is available in the extranet." % (when - datetime.timedelta(days=25)).strftime("%B"), "finance/invoices.html"
    elif kind == "payout":
        s, t, p = "Booking.com payout", "We have sent a payout of &euro; %d.%02d to your bank account ending 4471." % (rng.randint(900, 9000), rng.randint(0, 99)), "finance/payouts.html"
    else:
        s, t, p = "Partner Hub: " + rng.choice(["get ready for the winter season", "new visibility tools", "guest reviews explained"]), "Tips and news for partners.", ""
    url = "https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/%s?hotel_id=%d" % (p, HOTEL_ID) if p else "https://partner.booking.com/en-gb/click-magazine/%s" % H(12)
    body, ct = alt(t + "\n", '<p>%s</p><p><a href="%s">%s</a></p><p>Booking.com B.V. | <a href="https://partner.booking.com/en-gb/help">Partner Help</a></p>' % (t, url, "Open the extranet" if p else "Read more"))
    b.add(when, "Booking.com <noreply@booking.com>", ME, s, body, ct, mailfrom="noreply@mailer.booking.com")

def expedia(when):
    kind = rng.choice(["res", "res", "vcc", "guest"])
    itin = rng.randint(72000000000000, 72999999999999)
    a, d = stay(when)
    if kind == "guest":
        name, _ = guest()
        body, ct = alt("Message from %s\n" % name, '<p>You have a new message from %s about reservation %d.</p><blockquote>%s</blockquote>'
                       '<p><a href="https://apps.expediapartnercentral.com/lodging/conversations/?htid=%d&amp;itin=%d">Reply in Partner Central</a></p>'
                       % (name, itin, rng.choice(["Do you have a fridge in the room?", "We may arrive after midnight.", "Is breakfast included?"]), HOTEL_ID, itin))
        b.add(when, "%s <guest-%s@m.expediapartnercentral.com>" % (name, H(12)), ME, "Message from your guest, %s" % name, body, ct,
              mailfrom="bounce@m.expediapartnercentral.com")
        return
    s = {"res": "Expedia reservation %d - %s" % (itin, a.strftime("%d %b %Y")), "vcc": "Virtual card available: reservation %d" % itin}[kind]
    body, ct = alt(s + "\n", '<p>The Harbourlight Inn (ID %d)</p><p>%s. Check-in %s, check-out %s.</p>'
                   '<p><a href="https://apps.expediapartnercentral.com/lodging/reservations/reservationDetails.html?htid=%d&amp;reservationIds=%d">View in Partner Central</a></p>'
                   '<p>Expedia Group | <a href="https://help.expediapartnercentral.com/">Help</a></p>' % (HOTEL_ID, s, a.strftime("%d %b"), d.strftime("%d %b"), HOTEL_ID, itin))
    b.add(when, "Expedia Partner Central <noreply@expediapartnercentral.com>", ME, s, body, ct, mailfrom="bounce@eg.expediapartnercentral.com")

def airbnb(when):
    kind = rng.choice(["res", "msg", "payout"])
    name, _ = guest()
    code = "HM" + H(8).upper()
    if kind == "res":
        s = "Reservation confirmed - %s arrives %s" % (name.split()[0], stay(when)[0].strftime("%b %d"))
        body, ct = alt(s + "\n", '<p>New booking confirmed! %s arrives %s.</p><p><a href="https://www.airbnb.com/hosting/reservations/details/%s">View reservation</a></p>'
                       '<p>Airbnb, Inc. | <a href="https://www.airbnb.com/help">Help Centre</a></p>' % (name, stay(when)[0].strftime("%b %d"), code))
        b.add(when, "Airbnb <automated@airbnb.com>", ME, s, body, ct, mailfrom="bounce@email.airbnb.com")
    elif kind == "msg":
        s = "RE: Reservation at Harbour View Room for %s" % stay(when)[0].strftime("%b %d - %b %d")
        body, ct = alt("%s: hi!\n" % name, '<p><b>%s</b></p><p>%s</p><p><a href="https://www.airbnb.com/hosting/thread/%d?thread_type=home_booking">Reply</a></p>'
                       % (name, rng.choice(["Hi! What's the code for the side door?", "Thanks, we're looking forward to it!", "Can we check in at 2pm?"]), rng.randint(10 ** 9, 10 ** 10)))
        b.add(when, "%s <express@airbnb.com>" % name, ME, s, body, ct, mailfrom="bounce@email.airbnb.com")
    else:
        s = "We sent a payout of EUR %d.%02d" % (rng.randint(150, 1900), rng.randint(0, 99))
        body, ct = alt(s + "\n", '<p>%s to your bank account ending 4471. It should arrive in 3-5 business days.</p>'
                       '<p><a href="https://www.airbnb.com/users/transaction_history">View transaction history</a></p>' % s)
        b.add(when, "Airbnb <automated@airbnb.com>", ME, s, body, ct, mailfrom="bounce@email.airbnb.com")

def channel(when):
    kind = rng.choice(["sync", "sync", "rates", "invoice", "ticket"])
    if kind == "sync":
        s = "Sync warning: %s" % rng.choice(["Expedia rates not updated", "Booking.com availability mismatch", "Airbnb calendar connection"])
        t = "We could not push your latest changes to one channel. We will retry automatically every 15 minutes."
    elif kind == "rates":
        s, t = "Rate update completed", "Your rate plan changes were delivered to %d channels." % rng.randint(3, 5)
    elif kind == "invoice":
        n = rng.randint(20000, 29999)
        s, t = "Channelwave invoice CW-%d" % n, "Your invoice CW-%d for &euro; 79.00 is available. It will be charged to the card on file." % n
    else:
        n = rng.randint(50000, 59999)
        s, t = "[Channelwave Support] Re: %s (#%d)" % (rng.choice(["mapping for the family room", "Airbnb listing not syncing", "min stay rule"]), n), "Hi, I've updated the mapping; it should sync within the hour. Niamh, Channelwave Support"
    body, ct = alt(t + "\n", '<p>%s</p><p><a href="https://app.%s/properties/%d/%s">Open Channelwave</a></p><p>Channelwave Ltd | <a href="https://help.%s/">Help centre</a></p>'
                   % (t, CM, HOTEL_ID, rng.choice(["sync-log", "rates", "billing", "support"]), CM))
    b.add(when, "Channelwave <notifications@%s>" % CM, ME, s, body, ct, mailfrom="bounces@mail.%s" % CM)

def pms(when):
    kind = rng.choice(["audit", "audit", "audit", "ticket", "release"])
    if kind == "audit":
        s = "Night audit report - %s" % when.strftime("%d/%m/%Y")
        body, ct = alt(s + "\n", '<p>Night audit completed for The Harbourlight Inn.</p><p>Occupancy %d%%, ADR &euro; %d, arrivals %d, departures %d.</p>'
                       '<p><a href="https://%s/reports/night-audit/%s">Open the report</a></p>' % (rng.randint(35, 100), rng.randint(95, 180), rng.randint(0, 12), rng.randint(0, 12), TENANT, when.strftime("%Y-%m-%d")))
        b.add(when, "Innkeep Cloud <reports@%s>" % PMS, ME, s, body, ct)
    elif kind == "ticket":
        n = rng.randint(80000, 89999)
        s = "[Innkeep Support] #%d %s" % (n, rng.choice(["registration card printing", "folio split", "housekeeping report blank"]))
        body, ct = alt(s + "\n", '<p>Hello,</p><p>%s</p><p><a href="https://support.%s/hc/requests/%d">View your request</a></p><p>Innkeep Cloud Support</p>'
                       % (rng.choice(["We found the issue and released a fix.", "Could you send a screenshot?", "This is solved, closing the ticket."]), PMS, n))
        b.add(when, "Innkeep Cloud Support <support@%s>" % PMS, ME, s, body, ct)
    else:
        body, ct = alt("What's new in Innkeep\n", '<p>New this month: group blocks, online check-in forms.</p><p><a href="https://www.%s/release-notes">Release notes</a> | '
                       '<a href="https://%s/settings">Settings</a></p>' % (PMS, TENANT))
        b.add(when, "Innkeep Cloud <news@%s>" % PMS, ME, "What's new in Innkeep Cloud", body, ct, extra=[("Precedence", "bulk")])

def engine(when):
    name, mail = guest()
    a, d = stay(when)
    n = rng.randint(100000, 199999)
    body, ct = alt("New direct booking %d\n" % n, '<p>New booking %d from %s (%s)</p><p>%s to %s, %s</p>'
                   '<p><a href="https://extranet.%s/bookings/%d">View booking</a></p>' % (n, name, mail, a.strftime("%d %b"), d.strftime("%d %b"), rng.choice(ROOMS), ENGINE, n))
    b.add(when, "The Harbourlight Inn <bookings@%s>" % ENGINE, ME, "New booking %d - %s" % (n, name), body, ct,
          reply_to="%s <%s>" % (name, mail), mailfrom="bounce@mail.%s" % ENGINE)

def processor(when):
    kind = rng.choice(["settle", "settle", "settle", "chargeback"])
    if kind == "settle":
        s = "Daily settlement %s" % when.strftime("%d/%m/%Y")
        t = "%d card payments totalling &euro; %d.%02d were settled to your account ending 4471." % (rng.randint(3, 30), rng.randint(300, 6000), rng.randint(0, 99))
    else:
        s = "Chargeback notice: case %d" % R()
        t = "A cardholder disputed a payment of &euro; %d.00. Upload your evidence within 14 days." % rng.randint(90, 600)
    body, ct = alt(t + "\n", '<p>%s</p><p><a href="https://dashboard.%s/merchant/%s">View in your dashboard</a></p><p>Tillnova Payments</p>' % (t, PAY, H(10)))
    b.add(when, "Tillnova <notifications@%s>" % PAY, ME, s, body, ct, mailfrom="bounce@mail.%s" % PAY)

def guest_direct(when):
    name, mail = guest()
    s = rng.choice(["Room availability", "Booking enquiry", "question about my stay", "late arrival", "dietary requirements", "parking"])
    extra = rng.choice(["", "", "", "\nWe'll be coming from here: https://maps.app.goo.gl/%s\n" % H(17),
                        "\nOur flight: https://www.flightaware.com/live/flight/EIN%d\n" % rng.randint(100, 999)])
    body = "Hello,\n\n%s\n%s\nThanks,\n%s\n" % (rng.choice([
        "do you have a double room for 2 nights from the 14th?", "we will arrive after 10pm, is someone at the desk?",
        "I'm vegan, is breakfast possible?", "is there a car park at the hotel?", "can you recommend a restaurant for Saturday evening?",
        "we booked on Booking.com, can we pay at the hotel in cash?"]), extra, name.split()[0])
    mid = b.add(when, "%s <%s>" % (name, mail), ME, s, body)
    threads.append((mid, mail, name, s))

def tour_operator(when):
    op, who, mail = rng.choice(OPS)
    kind = rng.choice(["rooming", "plain", "portal"])
    s = rng.choice(["Rooming list: group %s%d" % (op[:2].upper(), rng.randint(100, 999)), "Re: allotment 2027", "Re: group arrival times"])
    if kind == "rooming":
        doc = pdf([op, "ROOMING LIST", s, "12 twin, 4 double, 2 single", "Dinner on arrival"])
        body, ct = mixed([("text/plain; charset=utf-8", "Hello,\n\nplease find the rooming list attached.\n\nKind regards,\n%s\n%s\n" % (who, op)),
                          ("application/pdf", "RoomingList_%d.pdf" % R(), doc)])
    elif kind == "portal":
        dom = mail.split("@")[1]
        body, ct = "Hello,\n\nthe 2027 allotment contract is ready in our supplier portal: https://partners.%s/contracts/%d\n\n%s\n%s\n" % (dom, R(), who, op), "text/plain; charset=utf-8"
    else:
        body, ct = "Hello,\n\n%s\n\n%s\n%s\n" % (rng.choice(["the coach should arrive about 17:30.", "two guests in the group need ground floor rooms.",
                                                          "could you confirm the dinner menu?"]), who, op), "text/plain; charset=utf-8"
    mid = b.add(when, "%s <%s>" % (who, mail), ME, s, body, ct)
    threads.append((mid, mail, who, s))

def tourism(when):
    n = H(10)
    lm = lambda: "https://visitwestcoast.us12.list-manage.com/track/click?u=%s&amp;id=%s&amp;e=%s" % (n, H(10), H(10))
    body, ct = alt("Industry update\n", '<h2>Visit West Coast: Industry Update</h2><p><a href="%s">Winter marketing campaign: how to take part</a></p>'
                   '<p><a href="%s">Trade fair in Dublin: register</a></p><p><a href="https://visitwestcoast.us12.list-manage.com/unsubscribe?u=%s&amp;id=%s">Unsubscribe</a></p>' % (lm(), lm(), n, H(10)))
    b.add(when, "Visit West Coast <industry@%s>" % BOARD, ME, "Industry Update: %s" % rng.choice(["winter campaign", "new visitor figures", "trade fair"]), body, ct,
          extra=[("List-Unsubscribe", "<https://visitwestcoast.us12.list-manage.com/unsubscribe?u=%s>" % n), ("Precedence", "bulk")],
          mailfrom="bounce-mc.us12_%s@mail%d.suw11.mcsv.net" % (n[:8], rng.randint(100, 300)))

def supplier(when):
    kind = rng.choice(["laundry", "laundry", "food", "food", "bakery"])
    if kind == "laundry":
        n = rng.randint(30000, 39999)
        body, ct = alt("Invoice %d\n" % n, '<p>Dear customer,</p><p>Your invoice %d for linen services (%d kg) is available.</p>'
                       '<p><a href="https://portal.%s/invoices/%d">View and pay invoice</a></p><p>Brightwash Linen Services</p>' % (n, rng.randint(80, 260), LAUNDRY, n))
        b.add(when, "Brightwash Linen Services <accounts@%s>" % LAUNDRY, ME, "Invoice %d from Brightwash Linen Services" % n, body, ct)
    elif kind == "food":
        n = rng.randint(600000, 699999)
        body, ct = alt("Order %d\n" % n, '<p>Thank you for your order %d. Delivery %s.</p><p><a href="https://shop.%s/account/orders/%d">Order and invoice</a></p><p>Atlantic Foodservice</p>'
                       % (n, (when + datetime.timedelta(days=1)).strftime("%A"), FOOD, n))
        b.add(when, "Atlantic Foodservice <orders@%s>" % FOOD, ME, "Your order %d / invoice" % n, body, ct)
    else:
        n = rng.randint(1000, 1999)
        body, ct = alt("Invoice INV-%d\n" % n, '<p>Hi Harbourlight Inn,</p><p>Here\'s invoice INV-%d for &euro; %d.%02d.</p>'
                       '<p><a href="https://in.xero.com/%s">View invoice</a></p><p>Thanks, Quay Bakery</p>' % (n, rng.randint(60, 300), rng.randint(0, 99), H(40)))
        b.add(when, "Quay Bakery <messaging-service@post.xero.com>", ME, "Invoice INV-%d from Quay Bakery" % n, body, ct,
              reply_to="Quay Bakery <hello@quaybakery.example>", mailfrom="messaging-service@post.xero.com")

def tripadvisor(when):
    kind = rng.choice(["review", "review", "monthly"])
    if kind == "review":
        s = "You have a new review on Tripadvisor"
        t = "\"%s\" - a new %d-bubble review of The Harbourlight Inn." % (rng.choice(["Lovely stay by the harbour", "Great breakfast", "Friendly staff", "Room a bit small"]), rng.randint(3, 5))
        u = "https://www.tripadvisor.com/ManagementCenter-d%d-Reviews" % HOTEL_ID
    else:
        s, t, u = "Your monthly Tripadvisor performance", "Page views and reviews for last month.", "https://www.tripadvisor.com/Owners-d%d" % HOTEL_ID
    body, ct = alt(t + "\n", '<p>%s</p><p><a href="%s">Respond to reviews</a></p><p>Tripadvisor LLC | <a href="https://www.tripadvisor.com/Settings-cp">Email preferences</a></p>' % (t, u))
    b.add(when, "Tripadvisor <noreply@tripadvisor.com>", ME, s, body, ct, mailfrom="bounce@mp1.tripadvisor.com")

def chamber(when):
    ev = rng.choice(["Kilbarra Seafood Festival", "Christmas Market", "Harbour Regatta", "Trad Music Weekend", "Business breakfast"])
    body, ct = alt(ev + "\n", '<p>Dear members,</p><p>%s: details and the programme for businesses are on our website.</p>'
                   '<p><a href="https://www.%s/events/%s">Event details</a></p><p>Kilbarra Chamber of Commerce</p>' % (ev, CHAMBER, ev.lower().replace(" ", "-")))
    b.add(when, "Kilbarra Chamber <events@%s>" % CHAMBER, ME, "Members: %s" % ev, body, ct, extra=[("Precedence", "bulk")])

def colleague(when):
    name, mail = rng.choice(STAFF)
    kind = rng.choice(["plain", "plain", "plain", "sheet"])
    s = rng.choice(["handover notes", "room 7 maintenance", "Re: rota next week", "group arrival Friday", "breakfast numbers", "lost property"])
    if kind == "sheet":
        body = "Hi all,\n\nupdated rota is here: https://docs.google.com/spreadsheets/d/1%s/edit#gid=0\n\n%s\n" % (H(40), name.split()[0])
    else:
        body = "Hi,\n\n%s\n\n%s\n" % (rng.choice(["room 7 shower is fixed.", "the Walsh group arrives at 17:00, keys are ready.", "22 for breakfast tomorrow.",
                                                  "a guest left a phone charger in room 12.", "can someone cover the desk Sunday morning?"]), name.split()[0])
    mid = b.add(when, "%s <%s>" % (name, mail), ME, s, body)
    threads.append((mid, mail, name, s))

def reply(when):
    if not threads: return
    mid, mail, name, subj = rng.choice(threads)
    b.add(when, ME, "%s <%s>" % (name, mail), subj if subj.startswith("Re: ") else "Re: " + subj, "Dear %s,\n\n%s\n%s" % (name.split()[0], rng.choice([
        "thank you, that's no problem at all.", "we look forward to welcoming you.", "noted, thank you.", "yes, the desk is open until midnight, and the night porter after that.",
        "we have a public car park 50 metres away."]), SIG), irt=mid, rcpts=[mail])

day = start
while day < end:
    wd = day.weekday()
    def at(): return day + datetime.timedelta(hours=rng.uniform(6, 23))
    for _ in range(rng.choice([0, 1, 1, 2])): booking(at())
    if rng.random() < 0.35: booking_guest(at())
    if rng.random() < 0.15: booking_admin(at())
    if rng.random() < 0.25: expedia(at())
    if rng.random() < 0.2: airbnb(at())
    if rng.random() < 0.15: channel(at())
    if rng.random() < 0.45: pms(at())
    if rng.random() < 0.15: engine(at())
    if rng.random() < 0.4: processor(at())
    if rng.random() < 0.3: guest_direct(at())
    if wd < 5 and rng.random() < 0.15: tour_operator(at())
    if wd < 5 and rng.random() < 0.2: supplier(at())
    if rng.random() < 0.1: tripadvisor(at())
    if rng.random() < 0.3: colleague(at())
    if rng.random() < 0.6: reply(at())
    if wd == 1: tourism(at())
    if wd == 3 and rng.random() < 0.5: chamber(at())
    day += datetime.timedelta(days=1)

# test window: first contacts
T = split + datetime.timedelta(days=1, hours=10)
def first(d, frm, subj, body, ct="text/plain; charset=utf-8", **kw):
    return b.add(T + datetime.timedelta(days=d), frm, ME, subj, body, ct, **kw)
# a new guest's late arrival with a Google Maps pin of where they will park
first(0, "Katrin Vogel <katrin.vogel82@gmx.de>", "late arrival Friday",
      "Hello,\n\nwe have a reservation for Friday and will arrive around 23:30. Is this the car park you mean? https://maps.app.goo.gl/pR4nV8sK2wQ7tZx93\n\nBest regards,\nKatrin Vogel\n")
# a new guest's flight for the airport transfer
first(1, "Declan Murray <declanmurray@hotmail.com>", "airport transfer",
      "Hi,\n\ncould you book us a taxi from the airport? Our flight: https://www.flightaware.com/live/flight/RYR2417 lands 14:05 on the 12th.\n\nDeclan Murray\n")
# a new guest's link to her Booking.com confirmation, asking for a quiet room
first(2, "Isabelle Laurent <isabelle.laurent@orange.fr>", "My reservation - quiet room please",
      "Bonjour,\n\nI booked through Booking.com, here is my confirmation: https://secure.booking.com/confirmation.en-gb.html?aid=304142&bn=4871203366&pincode=2291\n"
      "Could we please have a quiet room away from the street?\n\nMerci,\nIsabelle Laurent\n")
# a wedding planner's guest list in a Google Sheet
first(3, "Orla Keane <orla@keaneweddings.example>", "Byrne-Costa wedding: room block guest list",
      "Hi,\n\nI'm the planner for the Byrne-Costa wedding on 19 December. The guest list for the room block is here:\n"
      "https://docs.google.com/spreadsheets/d/1Tq8xZ3vN7mK2wR9yL4bH6jF0cD5sA1eZgU/edit?usp=sharing\nCould you confirm the rate?\n\nOrla Keane\nKeane Weddings\n")
# a new tour operator's rooming list
doc = pdf(["Emerald Trails Walking Holidays", "ROOMING LIST - group ET-2611", "6 double, 2 single", "Packed lunches x 14"])
first(4, "Pat Flynn <pat@emeraldtrails.example>", "Rooming list ET-2611 (28 Nov)",
      *mixed([("text/plain; charset=utf-8", "Hello,\n\nfirst group with you, rooming list attached. Looking forward to working together.\n\nPat Flynn\nEmerald Trails\n"),
              ("application/pdf", "RoomingList_ET-2611.pdf", doc)]))
# a travel writer's article about the town
first(5, "Lucy Adebayo <lucy.adebayo.travel@gmail.com>", "your inn in my article",
      "Hi,\n\nI stayed with you in October and mentioned the inn in my piece on the west coast: https://wanderingcoast.example/2026/11/kilbarra-harbour-weekend/\n"
      "Thanks again for the lovely breakfast!\n\nLucy\n")
# a festival organiser's Eventbrite page
first(6, "Kilbarra Trad Festival <info@kilbarratrad.example>", "Trad festival 2027: accommodation partner?",
      "Hello,\n\nwe're planning the 2027 festival (tickets: https://www.eventbrite.ie/e/kilbarra-trad-festival-2027-tickets-812233445566) and looking for "
      "accommodation partners for the musicians. Would you be interested?\n\nSean\n")
# a new Booking.com guest asking about parking, through the relay
body, ct = alt("Emil Novak wrote: is there parking?\n", '<p>We received this message from Emil Novak</p><p>Booking number: 4420771893</p>'
               '<blockquote>Hi, is there parking at the hotel or nearby? We have a camper van.</blockquote>'
               '<p><a href="https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/messaging/inbox.html?hotel_id=%d&amp;res_id=4420771893">Reply</a></p>'
               '<p>You can also reply to this email. Booking.com</p>' % HOTEL_ID)
first(7, "Emil Novak <enovak.551902@guest.booking.com>", "We received this message from Emil Novak", body, ct, mailfrom="noreply@mailer.booking.com")
# a guest's coeliac note from iCloud with the menu she found
first(8, "Megan Price <meganprice@icloud.com>", "coeliac - breakfast",
      "Hi there,\n\nI'm coeliac; I saw your breakfast menu here https://www.harbourlightinn.example/breakfast and wanted to check the bread is separate. "
      "Arriving on the 20th.\n\nThanks,\nMegan\n")
b.write(sys.argv[1], split)
print(len(b.msgs))
