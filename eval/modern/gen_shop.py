# Small online shop's owner: elena@mossandwick.example (Moss & Wick, hand-poured
# candles; internal domain mossandwick.example). A Shopify store of her own plus
# Etsy, eBay, Amazon and Faire; Stripe, PayPal and Square; carriers and a label
# service; suppliers, an accountant, ads and hosting bills, review apps and
# customers writing from free mail.
import datetime, random, sys
from gen_common import Box, alt

rng = random.Random(31)
from gen_common import UTC, start, split, end  # the learn and test windows
OWNER = "elena@mossandwick.example"
ELENA = "Elena Marsh <%s>" % OWNER
SIG = "\n--\nElena Marsh\nMoss & Wick | hand-poured candles\nhttps://www.mossandwick.example | https://www.instagram.com/mossandwick/\n"
STORE = "store+58123456@t.shopifyemail.com"
b = Box("shop", OWNER, start)
R = lambda: rng.randint(10000, 99999)
usd = lambda lo, hi: "$%d.%02d" % (rng.randint(lo, hi), rng.randint(0, 99))

CUSTOMERS = [("Jenna Price", "jennaprice88@gmail.com"), ("Marcus Hale", "mhale.home@yahoo.com"), ("Olivia Chen", "olivia.chen@icloud.com"),
             ("Rita Gomez", "ritagomez@hotmail.com"), ("Tom Fischer", "tomfischer@outlook.com"), ("Aisha Bello", "aisha.bello@gmail.com"),
             ("Kate Moreno", "katemoreno@aol.com"), ("Sean Walsh", "seanwalsh@comcast.net")]
SUPPLIERS = [("Northwick Wax Supply", "orders@northwickwax.example", "Marcus Webb", "marcus@northwickwax.example", "stripe"),
             ("Glass Jar Co.", "billing@glassjarco.example", "Dana Pruitt", "dana@glassjarco.example", "quickbooks"),
             ("EcoPack Supply", "ar@ecopack-supply.example", "Lily Tran", "lily.tran@ecopack-supply.example", "direct")]
SHOPS = [("Lena Ortiz", "lena@blueheron-gifts.example", "The Blue Heron"), ("Paul Sato", "paul@harborlane-home.example", "Harbor Lane Home")]
PRODUCTS = ["Fig & Cedar candle", "Lavender Fields tin", "Sea Salt & Moss jar", "Autumn Ember 3-wick", "Gift set (3 minis)"]
threads = []

def shopify(when, kind):
    n = R()
    if kind == "order":
        name, addr = rng.choice(CUSTOMERS)
        html = ('<p><b>%s</b> placed order #%d for %s.</p><p><a href="https://admin.shopify.com/store/mossandwick/orders/55%d">View order</a></p>'
                '<p>%s &times; 1</p><p>Shipping: USPS Ground Advantage</p><p>Customer: %s (<a href="mailto:%s">%s</a>)</p>') % (name, n, usd(20, 90), n, rng.choice(PRODUCTS), name, addr, addr)
        body, ct = alt("%s placed order #%d\nhttps://admin.shopify.com/store/mossandwick/orders/55%d\n" % (name, n, n), html)
        b.add(when, "Moss & Wick <%s>" % STORE, ELENA, "[Moss & Wick] Order #%d placed by %s" % (n, name), body, ct, mailfrom="bounces+58123456@t.shopifyemail.com")
    elif kind == "payout":
        html = ('<p>Hi Elena,</p><p>Your payout of <b>%s</b> was sent to your bank account ending in 0442.</p>'
                '<p><a href="https://admin.shopify.com/store/mossandwick/payments/payouts/9%d">View payout</a></p><p>Shopify Payments</p>') % (usd(200, 1800), n, )
        body, ct = alt("Your payout was sent.\n", html)
        b.add(when, "Shopify <no-reply@shopify.com>", ELENA, "Your payout has been sent", body, ct)
    elif kind == "contact":
        name, addr = rng.choice(CUSTOMERS)
        q = rng.choice(["Do you ship to Canada?", "Is the Fig & Cedar candle still made with soy wax?", "Can I add a gift note to my order?",
                        "My order hasn't moved in the tracking for 4 days, can you check?"])
        body = "You received a new message from your online store's contact form.\n\nCountry Code: US\nName: %s\nEmail: %s\nBody: %s\n" % (name, addr, q)
        b.add(when, "Moss & Wick <%s>" % STORE, ELENA, "New customer message on %s" % when.strftime("%B %d, %Y at %I:%M %p UTC"), body,
              reply_to="%s <%s>" % (name, addr), mailfrom="bounces+58123456@t.shopifyemail.com")
    elif kind == "app":
        html = ('<p>Hi Elena,</p><p>Your Shopify bill for the period is ready: <b>%s</b> (Basic plan, apps and transaction fees).</p>'
                '<p><a href="https://admin.shopify.com/store/mossandwick/settings/billing/bills/1%d">View bill</a></p><p><a href="https://help.shopify.com/en/manual/your-account/manage-billing">Learn about billing</a></p>') % (usd(39, 80), n)
        body, ct = alt("Your bill is ready.\n", html)
        b.add(when, "Shopify <billing@shopify.com>", ELENA, "Your Shopify bill is ready", body, ct)

def marketplace(when, kind):
    n = R()
    prod = rng.choice(PRODUCTS)
    if kind == "etsy-sale":
        html = ('<p>Congratulations on your sale!</p><p>%s &middot; %s</p><p>Ship by %s</p>'
                '<p><a href="https://www.etsy.com/your/orders/sold?order_id=33%d&ref=seller-platform-mcnav">View order</a></p>'
                '<p><a href="https://www.etsy.com/shop/MossAndWick?ref=email">MossAndWick</a> &middot; <a href="https://www.etsy.com/your/account/notifications">Email settings</a></p>') % (prod, usd(18, 60), (when + datetime.timedelta(days=3)).strftime("%b %d"), n)
        body, ct = alt("You made a sale on Etsy\n", html)
        b.add(when, "Etsy <transaction@etsy.com>", ELENA, "You made a sale on Etsy - Ship by %s - [%s, Order #33%d]" % ((when + datetime.timedelta(days=3)).strftime("%b %d"), prod, n), body, ct)
    elif kind == "etsy-convo":
        name, addr = rng.choice(CUSTOMERS)
        html = ('<p><b>%s</b> sent you a message</p><p>"Hi! Would you be able to do a custom scent for a wedding, around 40 small tins?"</p>'
                '<p><a href="https://www.etsy.com/messages/12%d">Reply to %s</a></p><p><a href="https://help.etsy.com/hc/en-us/articles/115015410428">Etsy Help</a></p>') % (name.split()[0], n, name.split()[0])
        body, ct = alt("New message from %s\n" % name.split()[0], html)
        b.add(when, "%s via Etsy <conversations@etsy.com>" % name.split()[0], ELENA, "Etsy Conversation with %s" % name.split()[0], body, ct)
    elif kind == "etsy-deposit":
        html = '<p>Hi Elena,</p><p>We deposited %s into your bank account.</p><p><a href="https://www.etsy.com/your/shops/me/payments/deposits">View your deposit</a></p>' % usd(90, 900)
        body, ct = alt("Deposit sent\n", html)
        b.add(when, "Etsy <payments@etsy.com>", ELENA, "Your Etsy Payments deposit is on its way", body, ct)
    elif kind == "etsy-news":
        html = ('<h1>Etsy Seller News</h1><p><a href="https://www.etsy.com/seller-handbook/article/holiday-prep/%d">Holiday prep: what to do now</a></p>'
                '<p><a href="https://www.etsy.com/seller-handbook/article/photography/%d">Photos that sell</a></p><p><a href="https://www.etsy.com/your/account/notifications">Unsubscribe</a></p>') % (n, n + 1)
        body, ct = alt("Etsy Seller News\n", html)
        b.add(when, "Etsy <etsy@mail.etsy.com>", ELENA, "Etsy Seller News: get ready for the holidays", body, ct)
    elif kind == "ebay-sold":
        html = ('<p>You made the sale for %s.</p><p>Ship by %s.</p><p><a href="https://www.ebay.com/sh/ord/details?orderid=14-%d-%d">See order details</a></p>'
                '<p><a href="https://www.ebay.com/sh/ovw">Seller Hub</a></p>') % (prod, (when + datetime.timedelta(days=2)).strftime("%b %d"), n, n * 3)
        body, ct = alt("You made the sale\n", html)
        b.add(when, "eBay <ebay@ebay.com>", ELENA, "You made the sale for %s" % prod, body, ct)
    elif kind == "ebay-msg":
        name, addr = rng.choice(CUSTOMERS)
        html = ('<p>New message from: <b>%s%d</b></p><p>"Hello, does this candle come with a lid? Thanks"</p>'
                '<p><a href="https://www.ebay.com/cnt/ReplyToMessages?M2MContact&item=2%d&requested=%s%d">Reply</a></p>') % (name.split()[0].lower(), n % 100, n, name.split()[0].lower(), n % 100)
        body, ct = alt("New message\n", html)
        b.add(when, "eBay <ebay@ebay.com>", ELENA, "Other: %s%d sent a message about %s" % (name.split()[0].lower(), n % 100, prod), body, ct)
    elif kind == "amazon":
        html = ('<p>Sold, ship now: %s</p><p>Order ID: 113-%d-%d</p><p><a href="https://sellercentral.amazon.com/orders-v3/order/113-%d-%d">View order</a></p>'
                '<p>Ship by: %s</p>') % (prod, n, n * 7, n, n * 7, (when + datetime.timedelta(days=2)).strftime("%b %d"))
        body, ct = alt("Sold, ship now\n", html)
        b.add(when, "Amazon Seller Central <seller-notification@amazon.com>", ELENA, "Sold, ship now: %s" % prod, body, ct)
    elif kind == "faire":
        shop = rng.choice(SHOPS)[2]
        html = ('<p>New order from <b>%s</b></p><p>Order total: %s</p><p><a href="https://www.faire.com/brand-portal/orders/bo_%d">Accept order</a></p>'
                '<p><a href="https://www.faire.com/brand-portal/messages">Message the retailer</a></p>') % (shop, usd(150, 600), n)
        body, ct = alt("New order from %s\n" % shop, html)
        b.add(when, "Faire <orders@faire.com>", ELENA, "New order from %s" % shop, body, ct)

def payments(when, kind):
    n = R()
    if kind == "stripe":
        html = ('<p>Your payout of <b>%s</b> is on its way to your bank account ending 0442.</p>'
                '<p><a href="https://dashboard.stripe.com/payouts/po_1P%dAbC">View payout</a></p><p><a href="https://support.stripe.com/">Support</a></p>') % (usd(100, 1500), n)
        body, ct = alt("Your payout is on its way\n", html)
        b.add(when, "Stripe <notifications@stripe.com>", ELENA, "Your payout is on its way", body, ct)
    elif kind == "paypal":
        name, addr = rng.choice(CUSTOMERS)
        html = ('<p>Hello Elena Marsh,</p><p>%s sent you %s USD.</p><p><a href="https://www.paypal.com/activity/payment/5%dXY">View transaction details</a></p>'
                '<p><a href="https://www.paypal.com/us/smarthelp/home">Help</a></p>') % (name, usd(20, 90), n)
        body, ct = alt("You've got money\n", html)
        b.add(when, "service@paypal.com", ELENA, "Notification of payment received", body, ct)
    elif kind == "square":
        html = ('<p>A transfer of <b>%s</b> was initiated to your bank account.</p><p><a href="https://squareup.com/dashboard/balance/transfers/T%d">View transfer</a></p>'
                '<p><a href="https://squareup.com/help/us/en">Square Support Center</a></p>') % (usd(80, 700), n)
        body, ct = alt("Transfer initiated\n", html)
        b.add(when, "Square <noreply@messaging.squareup.com>", ELENA, "Your transfer has been initiated", body, ct)
    elif kind == "bank":
        html = ('<p>Dear Elena,</p><p>A deposit of %s was posted to Business Checking ending 0442.</p>'
                '<p><a href="https://online.cedarvalleycu.example/login">Sign in to Online Banking</a> to see details.</p>') % usd(100, 1500)
        body, ct = alt("Deposit posted\n", html)
        b.add(when, "Cedar Valley Credit Union <alerts@cedarvalleycu.example>", ELENA, "Deposit alert", body, ct)

def shipping(when, kind):
    n = R()
    if kind == "pirateship":
        html = ('<p>Thanks for shipping with Pirate Ship!</p><p>You bought %d labels for %s.</p>'
                '<p><a href="https://ship.pirateship.com/reports/receipt/%d">View receipt</a> <a href="https://ship.pirateship.com/ship">Create more labels</a></p>') % (rng.randint(1, 9), usd(5, 60), n)
        body, ct = alt("Label receipt\n", html)
        b.add(when, "Pirate Ship <hello@pirateship.com>", ELENA, "Your Pirate Ship receipt", body, ct)
    elif kind == "ups":
        html = ('<p>Your package is scheduled for delivery.</p><p>Tracking number: <a href="https://www.ups.com/track?loc=en_US&tracknum=1Z999AA1%d&requester=QVD/trackdetails">1Z999AA1%d</a></p>'
                '<p>Shipper: NORTHWICK WAX SUPPLY</p><p><a href="https://www.ups.com/us/en/support/contact-us.page">Contact UPS</a></p>') % (n, n)
        body, ct = alt("UPS Update\n", html)
        b.add(when, "UPS Quantum View <pkginfo@ups.com>", ELENA, "UPS Update: Package Scheduled for Delivery Today", body, ct)
    elif kind == "usps":
        html = ('<p>Your item was delivered in or at the mailbox.</p><p>Tracking Number: <a href="https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111%d">9400111%d</a></p>'
                '<p><a href="https://www.usps.com/">USPS.com</a></p>') % (n, n)
        body, ct = alt("Delivered\n", html)
        b.add(when, "USPS <auto-reply@usps.com>", ELENA, "USPS Tracking: Delivered", body, ct)

def supplier(when, kind):
    comp, bill, pname, paddr, plat = rng.choice(SUPPLIERS)
    dom = paddr.split("@")[1]
    n = R()
    if kind == "person":
        m = b.add(when, "%s <%s>" % (pname, paddr), ELENA, rng.choice(["Re: restock", "Your order", "New fragrance oils"]),
                  "Hi Elena,\n\nyour order ships Wednesday. The new oils are on https://www.%s/new-arrivals if you want samples.\n\nThanks,\n%s\n%s\n" % (dom, pname, comp))
        threads.append((m, paddr, pname))
    elif kind == "order":
        body, ct = alt("Order %d confirmed.\n" % n, '<p>Thanks for your order #%d.</p><p><a href="https://www.%s/account/orders/%d">View your order</a></p><p><a href="https://www.%s/">%s</a></p>' % (n, dom, n, dom, comp))
        b.add(when, "%s <orders@%s>" % (comp, dom), ELENA, "Order #%d confirmed" % n, body, ct)
    else:
        invoice(when, comp, bill, plat)

def invoice(when, comp, bill, plat):
    n = rng.randint(1000, 9999)
    amt = usd(120, 1400)
    if plat == "stripe":
        html = ('<p>%s sent you an invoice for <b>%s</b>, due in 30 days.</p><p><a href="https://invoice.stripe.com/i/acct_1Nw%d/live_YWNj%d?s=em">Pay this invoice</a></p>'
                '<p><a href="https://pay.stripe.com/invoice/acct_1Nw%d/live_x%d/pdf?s=em">Download invoice</a></p><p>Powered by <a href="https://stripe.com">Stripe</a></p>') % (comp, amt, n, n, n, n)
        body, ct = alt("%s sent you an invoice for %s.\n" % (comp, amt), html)
        b.add(when, '"%s" <invoice+statements+acct_1Nw%d@stripe.com>' % (comp, n), ELENA, "Your invoice from %s #%d" % (comp, n), body, ct, reply_to=bill, mailfrom="bounces+%d@stripe.com" % n)
    elif plat == "quickbooks":
        html = ('<p>Dear Moss &amp; Wick,</p><p>Here is your invoice! We appreciate your prompt payment.</p><p>Invoice %d &middot; Balance due %s</p>'
                '<p><a href="https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-%d?locale=en_US&cta=viewinvoicenow">Review and pay</a></p><p>Thanks for your business!<br>%s</p>') % (n, amt, n, comp)
        body, ct = alt("Invoice %d, balance due %s\n" % (n, amt), html)
        b.add(when, '"%s" <quickbooks@notification.intuit.com>' % comp, ELENA, "Invoice %d from %s" % (n, comp), body, ct, reply_to=bill)
    else:
        b.add(when, "%s Accounts <%s>" % (comp, bill), ELENA, "Invoice %d" % n,
              "Hello,\n\nyour invoice %d (%s) is in your account: https://www.%s/account/invoices/%d\nPayment by ACH within 30 days please.\n\n%s\n" % (n, amt, bill.split("@")[1], n, comp))

def business(when, kind):
    n = R()
    if kind == "gads":
        html = ('<p>Google Ads</p><p>Your receipt for account 412-555-%04d (Moss &amp; Wick): %s charged to Visa ending 8812.</p>'
                '<p><a href="https://ads.google.com/aw/billing/transactions?ocid=%d">View transactions</a></p><p><a href="https://support.google.com/google-ads/answer/2375432">Billing help</a></p>') % (n % 10000, usd(20, 150), n)
        body, ct = alt("Your Google Ads receipt\n", html)
        b.add(when, "Google Ads <payments-noreply@google.com>", ELENA, "Your Google Ads receipt", body, ct)
    elif kind == "meta":
        html = ('<p>Meta ads receipt</p><p>Account: Moss &amp; Wick (act_%d)</p><p>Amount billed: %s</p>'
                '<p><a href="https://business.facebook.com/billing_hub/payment_activity?asset_id=%d">See payment activity</a></p>'
                '<p><a href="https://www.facebook.com/business/help">Meta Business Help Center</a></p>') % (n, usd(15, 120), n)
        body, ct = alt("Your Meta ads receipt\n", html)
        b.add(when, "Meta ads <advertise-noreply@support.facebook.com>", ELENA, "Your Meta ads receipt (Account ID: %d)" % n, body, ct)
    elif kind == "namecheap":
        html = ('<p>Hi Elena,</p><p>Your domain mossandwick.example will auto-renew in 30 days for $15.98.</p>'
                '<p><a href="https://ap.www.namecheap.com/domains/domaincontrolpanel/mossandwick.example/domain">Manage domain</a></p><p><a href="https://www.namecheap.com/support/">Support</a></p>')
        body, ct = alt("Auto-renewal notice\n", html)
        b.add(when, "Namecheap <support@namecheap.com>", ELENA, "Auto-Renewal Notice for mossandwick.example", body, ct)
    elif kind == "workspace":
        html = '<p>Google Workspace: your invoice for mossandwick.example is available.</p><a href="https://admin.google.com/ac/billing/invoices">View invoice</a> <a href="https://support.google.com/a/answer/1247360">Help</a>'
        body, ct = alt("Invoice available\n", html)
        b.add(when, "Google Workspace <payments-noreply@google.com>", ELENA, "Your Google Workspace invoice is available", body, ct)
    elif kind == "judgeme":
        name = rng.choice(CUSTOMERS)[0]
        html = ('<p>%s left a %d-star review on %s.</p><p>"Smells amazing and burns evenly."</p>'
                '<p><a href="https://judge.me/reviews/moss-and-wick/%d">View review</a> <a href="https://judge.me/reviews/moss-and-wick/%d/reply">Reply publicly</a></p>') % (name, rng.choice([4, 5, 5]), rng.choice(PRODUCTS), n, n)
        body, ct = alt("New review\n", html)
        b.add(when, "Judge.me <reviews@judge.me>", ELENA, "New %d-star review from %s" % (5, name), body, ct)
    elif kind == "gbp":
        html = ('<p>Moss &amp; Wick has a new review</p><p>%s rated you 5 stars.</p><p><a href="https://business.google.com/reviews/l/0%d">Reply to review</a></p>') % (rng.choice(CUSTOMERS)[0], n)
        body, ct = alt("New review\n", html)
        b.add(when, "Google Business Profile <businessprofile-noreply@google.com>", ELENA, "You have a new review", body, ct)
    elif kind == "klaviyo":
        html = ('<p>Your campaign <b>Autumn scents are back</b> was sent to 1,842 profiles.</p><p><a href="https://www.klaviyo.com/campaign/Ab%d/reports/overview">View report</a></p>') % n
        body, ct = alt("Campaign sent\n", html)
        b.add(when, "Klaviyo <noreply@klaviyo.com>", ELENA, "Your campaign was sent", body, ct)
    elif kind == "instagram":
        html = ('<p>mossandwick, you have 3 new notifications.</p><p><a href="https://www.instagram.com/direct/inbox/">See messages</a> <a href="https://www.instagram.com/accounts/emailsignup/">Unsubscribe</a></p>')
        body, ct = alt("New notifications\n", html)
        b.add(when, "Instagram <no-reply@mail.instagram.com>", ELENA, "mossandwick, see what you've missed", body, ct)
    elif kind == "market":
        html = ('<p>Maple Street Makers Market news</p><p><a href="https://maplestreetmakers.us21.list-manage.com/track/click?u=ab9&id=%d&e=1">Vendor load-in times</a></p>'
                '<p><a href="https://maplestreetmakers.us21.list-manage.com/track/click?u=ab9&id=%d&e=1">www.maplestreetmakers.example</a></p><p><a href="https://maplestreetmakers.us21.list-manage.com/unsubscribe?u=ab9&id=2">Unsubscribe</a></p>') % (n, n + 1)
        body, ct = alt("Market news\n", html)
        b.add(when, "Maple Street Makers Market <hello@maplestreetmakers.example>", ELENA, "Vendor news: the winter market", body, ct,
              extra=[("List-Unsubscribe", "<https://maplestreetmakers.us21.list-manage.com/unsubscribe?u=ab9&id=2>")])

def accountant(when):
    m = b.add(when, "Ruth Alvarez <ruth@alvarezcpa.example>", ELENA, rng.choice(["October bookkeeping", "Quarterly estimate", "Receipts for September"]),
              "Hi Elena,\n\nI reconciled the Shopify and Etsy deposits. Could you upload the supplier receipts to the portal? https://portal.alvarezcpa.example/clients/mossandwick\n\nThanks,\nRuth Alvarez, CPA\nAlvarez CPA | https://www.alvarezcpa.example\n")
    threads.append((m, "ruth@alvarezcpa.example", "Ruth Alvarez"))

def customer(when):
    name, addr = rng.choice(CUSTOMERS)
    link = rng.choice(["", "", "https://www.pinterest.com/pin/7%d/" % R(), "https://www.instagram.com/p/C%dxY/" % R()])
    body = "Hi,\n\n%s%s\n\nThanks!\n%s\n" % (rng.choice(["I ordered the Fig & Cedar candle last week, when will it ship?", "Could you make something like this in a larger jar?",
                                                          "Do you do wholesale for small cafes?", "The lid on my candle arrived cracked, is a replacement possible?"]),
                                            (" Like this one: " + link) if link else "", name.split()[0])
    m = b.add(when, "%s <%s>" % (name, addr), ELENA, rng.choice(["Question about my order", "custom candle", "Hello!", "lid cracked"]), body)
    threads.append((m, addr, name))

def elena_reply(when):
    if not threads: return
    m, addr, name = rng.choice(threads)
    b.add(when, ELENA, "%s <%s>" % (name, addr), "Re: your message", "Hi %s,\n\nthanks for writing, I'll sort it out today.\n%s" % (name.split()[0], SIG), irt=m, rcpts=[addr])

def wholesale(when):
    pname, paddr, shop = rng.choice(SHOPS)
    m = b.add(when, "%s <%s>" % (pname, paddr), ELENA, "Reorder for %s" % shop,
              "Hi Elena,\n\nthe Fig & Cedar sold out again. I'll place a reorder on Faire this week. Our holiday window: https://www.%s/holiday\n\nBest,\n%s\n%s\n" % (paddr.split("@")[1], pname, shop))
    threads.append((m, paddr, pname))

day = start
while day < end:
    wd = day.weekday()
    def at(): return day + datetime.timedelta(hours=rng.uniform(6, 22))
    for _ in range(rng.randint(0, 3)): shopify(at(), "order")
    if rng.random() < 0.6: marketplace(at(), rng.choice(["etsy-sale", "etsy-sale", "ebay-sold", "amazon", "etsy-convo", "ebay-msg"]))
    if rng.random() < 0.25: shopify(at(), "contact")
    if wd in (1, 4): shopify(at(), "payout"); payments(at(), "stripe")
    if wd == 2: marketplace(at(), "etsy-deposit")
    if rng.random() < 0.25: payments(at(), rng.choice(["paypal", "square", "bank"]))
    if rng.random() < 0.3: shipping(at(), rng.choice(["pirateship", "ups", "usps"]))
    if wd < 5 and rng.random() < 0.25: supplier(at(), rng.choice(["person", "order", "invoice"]))
    if rng.random() < 0.3: customer(at())
    if rng.random() < 0.6: elena_reply(at())
    if rng.random() < 0.2: business(at(), rng.choice(["judgeme", "gbp", "klaviyo", "instagram"]))
    if wd == 3 and rng.random() < 0.4: marketplace(at(), "faire")
    if wd == 0 and rng.random() < 0.5: wholesale(at())
    if wd == 0: business(at(), "gads")
    if day.day in (1, 15): business(at(), "meta")
    if day.day == 2: business(at(), "workspace"); shopify(at(), "app")
    if day.day == 20 and rng.random() < 0.5: accountant(at())
    if wd == 4 and rng.random() < 0.4: business(at(), "market")
    if day.day == 10: marketplace(at(), "etsy-news")
    day += datetime.timedelta(days=1)

# every supplier invoices through its platform in both windows; Elena writes to each once early on
for i, (comp, bill, pname, paddr, plat) in enumerate(SUPPLIERS):
    b.add(start + datetime.timedelta(days=1, hours=9 + i), ELENA, "%s <%s>" % (pname, paddr), "account for Moss & Wick",
          "Hi %s,\n\nplease set up an account for Moss & Wick.\n%s" % (pname.split()[0], SIG), rcpts=[paddr])
    for when in (start + datetime.timedelta(days=4 + i), start + datetime.timedelta(days=35 + i), split + datetime.timedelta(days=5 + i, hours=10)):
        invoice(when, comp, bill, plat)
accountant(start + datetime.timedelta(days=6, hours=10))
business(start + datetime.timedelta(days=40), "namecheap")

# test window specials: first contacts a shop owner expects
T = split + datetime.timedelta(days=1, hours=9)
def first(days, frm, subj, body, ct="text/plain; charset=utf-8", **kw):
    return b.add(T + datetime.timedelta(days=days), frm, ELENA, subj, body, ct, **kw)
first(0, "Lena Ortiz <lena@blueheron-gifts.example>", "Holiday pop-up at The Blue Heron",
      "Hi Elena,\n\nwe're hosting a makers' pop-up on Dec 6 and would love to have you. Details: https://www.blueheron-gifts.example/events/makers-popup\nOur Instagram: https://www.instagram.com/blueherongifts/\n\nLena\n")  # known shop, new link
first(1, "Nadia Kerr <nadia.kerr@gmail.com>", "Wedding favours - 60 mini candles?",
      "Hi!\n\nI found you on Etsy. I'm getting married in May and want 60 mini candles as favours. Here's the inspiration board: https://www.pinterest.com/nadiakerr/wedding-favours/\n\nWould that be possible?\nNadia\n")
first(2, "Bea Lindqvist <bea@lindqvist-studio.example>", "Product photography for Moss & Wick",
      "Hi Elena,\n\nI'm a product photographer in Portland and love your jars. Portfolio: https://www.lindqvist-studio.example/work\nBook a 15-minute call: https://calendly.com/bea-lindqvist/intro\n\nBea Lindqvist\n")
first(3, "Printful <noreply@printful.com>", "Confirm your email address",
      "Welcome to Printful!\n\nPlease confirm your email address to finish setting up your account:\nhttps://www.printful.com/auth/verify-email?token=Yx81Qp\n\nThe Printful team\n")
first(4, "Hollis Grant <hollis.grant@gmail.com>", "Application: part-time packing assistant",
      "Hi Elena,\n\nI saw your post about a part-time packing assistant for the holidays. My resume: https://drive.google.com/file/d/1HgR%dq/view?usp=sharing\n\nThanks,\nHollis Grant\n" % 55)
first(5, "Ava Brooks <ava@brooksandbloom.example>", "Collab idea: candle x flower subscription box",
      "Hi Elena,\n\nI run Brooks & Bloom, a flower subscription in town (https://www.brooksandbloom.example). Would you like to put a mini candle in our December box?\n\nAva\n")
body, ct = alt("Thanks for applying\n", '<p>Hi Elena,</p><p>Thanks for applying to the Riverside Holiday Market. Please pay the booth fee to confirm your spot.</p>'
               '<p><a href="https://www.eventbrite.com/e/riverside-holiday-market-vendor-fee-tickets-8812">Pay booth fee</a></p><p>Riverside Arts Council</p>')
first(6, "Riverside Arts Council <markets@riversidearts.example>", "Your booth at the Riverside Holiday Market", body, ct)
for k, kind in enumerate(["judgeme", "namecheap", "gbp"]):
    business(T + datetime.timedelta(days=8 + k), kind)
b.write(sys.argv[1], split)
print(len(b.msgs))
