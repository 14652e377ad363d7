# Targeted in-context cases judged against the learned company and personal histories.
import os
def w(box, name, rcpt, frm, subj, body, html=True, extra="", date="Wed, 26 Nov 2026 10:00:00 +0000"):
    ct = "text/html; charset=utf-8" if html else "text/plain; charset=utf-8"
    addr = frm.split("<")[-1].rstrip(">")
    raw = ("Return-Path: <%s>\r\nDelivered-To: %s\r\nFrom: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: <%s@case.example>\r\n%sMIME-Version: 1.0\r\nContent-Type: %s\r\n\r\n%s\r\n"
           % (addr, rcpt, frm, rcpt, subj, date, name, extra, ct, body.replace("\n", "\r\n")))
    open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases", box, name + ".eml"), "w").write(raw)
A = "anna.kovac@brightwater.example"
w("company", "c01-supplier-switches-to-quickbooks", A, '"Fabrikam Office Supplies" <quickbooks@notification.intuit.com>', "Invoice 1044 from Fabrikam Office Supplies",
  '<p>Dear Brightwater Design,</p><p>Here is your invoice! We appreciate your prompt payment.</p><p>Invoice 1044 &middot; Balance due EUR 412.00</p><p><a href="https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-1044?cta=viewinvoicenow">Review and pay</a></p><p>Thanks for your business!<br>Fabrikam Office Supplies</p>',
  extra="Reply-To: ar@fabrikam-office.example\r\n")
w("company", "c02-customer-docusign", A, '"Maya Lund via DocuSign" <dse_na2@docusign.net>', "Please DocuSign: Brightwater_Lund_contract_2027.pdf",
  '<p>Maya Lund sent you a document to review and sign.</p><p><a href="https://na2.docusign.net/Signing/EmailStart.aspx?a=1b2c3d&acct=44&er=55">REVIEW DOCUMENT</a></p><p>Please review the contract for 2027. Thanks, Maya</p><p>Do Not Share This Email: this email contains a secure link to DocuSign.</p><p><a href="https://www.docusign.com/support">Questions about the Document?</a></p>',
  extra="Reply-To: Maya Lund <maya@lund-architects.example>\r\n")
w("company", "c03-partner-newcolleague-gcal", A, "Lucia Ferreira <lucia.ferreira@studio-nove.example>", "Invitation: Pitch rehearsal @ Tue 2 Dec 2026 14:00 - 15:00 (CET) (anna.kovac@brightwater.example)",
  '<p>Lucia Ferreira has invited you to the following event.</p><p><b>Pitch rehearsal</b><br>Tue 2 Dec 2026 14:00 – 15:00 (CET)</p><p>Join with Google Meet: <a href="https://meet.google.com/xyz-abcd-efg">meet.google.com/xyz-abcd-efg</a></p><p><a href="https://calendar.google.com/calendar/event?action=RESPOND&eid=Q1&rst=1">Yes</a> <a href="https://calendar.google.com/calendar/event?action=RESPOND&eid=Q1&rst=2">No</a></p><p>Invitation from <a href="https://calendar.google.com/calendar/">Google Calendar</a></p>')
w("company", "c04-newperson-known-customer-thread-wetransfer", A, "Felix Pfeiffer <felix.pfeiffer@alpenbrau.example>", "Re: Feedback on the draft",
  "Hi Anna,\n\nJonas asked me to send the high-res photos: https://we.tl/t-Ab12Cd34Ef\n\nBest,\nFelix\n\nOn Tue, Anna Kovac wrote:\n> thanks, will do.\n", html=False)
w("company", "c05-m365-security-alert", A, "Microsoft account team <account-security-noreply@accountprotection.microsoft.com>", "Microsoft account security alert",
  '<p>Microsoft account</p><p>Unusual sign-in activity</p><p>We detected something unusual about a recent sign-in to the Microsoft account an***@brightwater.example.</p><p>Please review your recent activity and we\'ll help you take corrective action. To review your activity, go to <a href="https://account.live.com/Activity">Review recent activity</a>.</p><p><a href="https://account.live.com/SecurityNotifications/Update">opt out</a> or change where you receive security notifications.</p><p>Thanks, The Microsoft account team</p>')
w("company", "c06-slack-partner-workspace", A, "Slack <feedback@slack.com>", "Rafael Costa has invited you to work with them in Slack",
  '<p>Rafael Costa (rafael.costa@studio-nove.example) has invited you to use Slack with them, in a workspace called Studio Nove.</p><p><a href="https://join.slack.com/t/studionove/invite/zt-2abc-XyZ">Join Now</a></p><p>Slack is a messaging app for teams. <a href="https://slack.com/intl/en-gb/features">Learn more</a></p>')
w("company", "c07-known-supplier-person-pricelist", A, "Karl Brenner <karl@printhaus.example>", "Price list 2027",
  "Hello Anna,\n\nour new price list is online: https://www.printhaus.example/preise-2027\nOur catalogue as PDF: https://printhaus.example/downloads/katalog-2027.pdf\nYou can also order through our shop: https://shop.printhaus.example/\n\nBest regards,\nKarl Brenner\nPrintHaus\n", html=False)
w("company", "c08-hubspot-newlead-reset", A, "HubSpot <noreply@notifications.hubspot.com>", "Reset your HubSpot password",
  '<p>Hi Anna,</p><p>We received a request to reset your password.</p><p><a href="https://app-eu1.hubspot.com/login/reset?token=AbC123&email=anna.kovac%40brightwater.example">Reset password</a></p><p>If you did not request this, ignore this email.</p>')
w("company", "c09-new-customer-website-enquiry", A, "Nora Blum <nora@blum-bakery.example>", "Website redesign enquiry",
  "Hello,\n\nwe found you via the Harbor Chamber directory. We'd like to redesign https://www.blum-bakery.example before spring; our Instagram is https://www.instagram.com/blumbakery/ .\nCould you send a quote?\n\nNora Blum\nBlum Bakery\n", html=False)
w("company", "c10-accountant-sharefile", A, "Ines Vogt <ines.vogt@vogt-tax.example>", "Year-end documents",
  '<p>Dear Anna,</p><p>please upload the year-end documents to our secure portal: <a href="https://vogttax.sharefile.com/r-r1a2b3c4">Upload documents</a></p><p>Kind regards,<br>Ines Vogt<br>Vogt Tax Advisors<br><a href="https://www.vogt-tax.example">www.vogt-tax.example</a></p>')
S = "sam.reid@reidfamily.example"
w("personal", "p01-bank-known-unusual-signin", S, "Harbour Bank <alerts@email.harbourbank.example>", "New sign-in to Online Banking",
  '<p>Dear Sam Reid,</p><p>We noticed a new sign-in to your Online Banking from Firefox on Linux.</p><p>If this was you, there is nothing to do. If not, <a href="https://online.harbourbank.example/security/review">secure your account</a> and change your password.</p>')
w("personal", "p02-airline-schedule-change", S, "Skylark Air <noreply@booking.skylark-air.example>", "Action required: your flight time has changed",
  '<p>Dear Sam Reid,</p><p>Your flight SK412 on 12 December now departs at 09:40. Please confirm the new time or choose another flight.</p><p><a href="https://www.skylark-air.example/manage-booking?pnr=QX55120&ln=REID">Manage booking</a></p><p>If the change does not suit you, you may request a refund.</p>')
w("personal", "p03-new-shopify-store", S, "Fjord Knitwear <store+61234567@t.shopifyemail.com>", "Order #1042 confirmed",
  '<p>Thank you for your purchase!</p><p>Order #1042</p><p><a href="https://fjord-knitwear.example/61234567/orders/abc123/authenticate?key=def">View your order</a> or <a href="https://fjord-knitwear.example">Visit our store</a></p><img src="https://cdn.shopify.com/s/files/1/0/products/scarf.jpg">',
  extra="Reply-To: Fjord Knitwear <hello@fjord-knitwear.example>\r\n")
w("personal", "p04-family-google-form", S, "Jo Reid <jo.reid@gmail.com>", "school fair helpers",
  "Hi Sam,\n\ncan you sign up here for a slot at the school fair? https://docs.google.com/forms/d/e/1FAIpQLSd-Xyz/viewform\n\nJo\n", html=False)
w("personal", "p05-paypal-money-received", S, "PayPal <service@paypal.com>", "You've got money",
  '<p>Hello Sam Reid,</p><p>Lucy Fenn sent you EUR 30.00.</p><p><a href="https://www.paypal.com/myaccount/transactions/details/9XY">View transaction details</a></p><p><a href="https://www.paypal.com/us/smarthelp/home">Help</a></p>')
w("personal", "p06-substack-known-writer-paid", S, '"Mara Quinn from slowcities" <slowcities@substack.com>', "A special offer for subscribers",
  '<h1>slowcities</h1><p>Upgrade to a paid subscription at 20% off.</p><p><a href="https://slowcities.substack.com/subscribe?coupon=abc">Get 20% off</a></p><p><a href="https://slowcities.substack.com/action/disable_email?token=x">Unsubscribe</a></p>')
w("personal", "p07-linkedin-message", S, "Priya Shah via LinkedIn <messages-noreply@linkedin.com>", "Priya just messaged you",
  '<p>Priya Shah: Hi Sam, are you going to the data meetup?</p><a href="https://www.linkedin.com/comm/messaging/thread/2-Ab12">Reply</a> <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=x">Unsubscribe</a>')
w("personal", "p08-museum-ticket-eventbrite", S, "City Museum <noreply@order.eventbrite.com>", "Your tickets for Night at the Museum",
  '<p>Order #8812 for Night at the Museum</p><p><a href="https://www.eventbrite.com/mytickets/8812">View your tickets</a> <a href="https://www.eventbrite.com/e/night-at-the-museum-tickets-123">Event page</a></p><p>Organized by <a href="https://www.eventbrite.com/o/city-museum-456">City Museum</a></p>')
w("personal", "p09-bank-newsletter-sendgrid", S, "Harbour Bank <news@harbourbank.example>", "Your savings update",
  '<p>Rates on savings go up.</p><p><a href="https://u998877.ct.sendgrid.net/ls/click?upn=AbCd1">Open a savings account</a></p><p><a href="https://u998877.ct.sendgrid.net/ls/click?upn=AbCd2">www.harbourbank.example</a></p>')
w("personal", "p10-ferry-known-refund", S, "Ferry Lines <hello@mail.ferrylines.example>", "Your refund for the cancelled sailing",
  '<p>Your sailing on 20 November was cancelled. We have refunded EUR 48.00 to your card.</p><p><a href="https://u123456.ct.sendgrid.net/ls/click?upn=u001.Zz9">View booking</a></p>')
E = "elena@mossandwick.example"
def s(name, frm, subj, body, html=True, extra=""):
    w("shop", name, E, frm, subj, body, html, extra)
# legitimate mail a shop owner gets from services, customers and partners
s("s01-shopify-payments-verify-identity", "Shopify <no-reply@shopify.com>", "Action required: verify your identity to keep receiving payouts",
  '<p>Hi Elena,</p><p>To keep receiving payouts from Shopify Payments, we need a few more details about your business. Please verify your identity by December 10.</p><p><a href="https://admin.shopify.com/store/mossandwick/settings/payments/shopify-payments/verification">Verify your identity</a></p><p>If we do not receive this information, your payouts will be paused.</p><p>Shopify Payments</p>')
s("s02-stripe-dispute", "Stripe <notifications@stripe.com>", "A payment of $48.00 has been disputed",
  '<p>A customer has disputed a $48.00 payment to Moss &amp; Wick. The amount and a $15.00 dispute fee have been withdrawn from your balance.</p><p>Submit evidence by December 12 to challenge the dispute.</p><p><a href="https://dashboard.stripe.com/disputes/du_1QaBcD">Respond to dispute</a></p><p><a href="https://support.stripe.com/questions/disputes">Learn about disputes</a></p>')
s("s03-google-ads-payment-declined", "Google Ads <payments-noreply@google.com>", "Your payment was declined",
  '<p>Google Ads</p><p>We could not charge your Visa ending 8812 for account 412-555-0193 (Moss &amp; Wick). Your ads have stopped running.</p><p>Update your payment method to restart your ads.</p><p><a href="https://ads.google.com/aw/billing/paymentmethods?ocid=55120">Update payment method</a></p><p><a href="https://support.google.com/google-ads/answer/2375432">Billing help</a></p>')
s("s04-dhl-import-duties", "DHL Express <noreply@dhl.com>", "DHL On Demand Delivery: duties and taxes due for shipment 4821907734",
  '<p>Dear Elena Marsh,</p><p>Your shipment 4821907734 from Aromatique Grasse SARL (France) is in customs clearance. Import duties and taxes of USD 38.52 are due before delivery.</p><p><a href="https://odd.dhl.com/us/en/payments?AWB=4821907734">Pay duties and taxes</a></p><p><a href="https://www.dhl.com/us-en/home/tracking.html?tracking-id=4821907734">Track your shipment</a></p>')
s("s05-customer-google-photos", "Carla Duarte <carla.duarte77@gmail.com>", "damaged candle - photos",
  "Hi,\n\nmy order #44120 arrived today but the jar was broken. Photos here: https://photos.app.goo.gl/Qm3xT9vLpK2aBc7d8\n\nCould you send a replacement?\nCarla\n", html=False)
s("s06-customer-icloud-photos", "Ben Howell <ben.howell@icloud.com>", "Custom label for my mum's birthday",
  "Hi Elena,\n\ncould you print this photo on the label? https://share.icloud.com/photos/0aBcD3fGhIjK4lMn\n\nSent from my iPhone\n", html=False)
s("s07-faire-new-retailer", "Faire <orders@faire.com>", "New order from Saltbox Mercantile",
  '<p>New order from <b>Saltbox Mercantile</b> (first order)</p><p>Order total: $312.00</p><p><a href="https://www.faire.com/brand-portal/orders/bo_8812xy">Accept order</a></p><p><a href="https://www.faire.com/brand-portal/messages">Message the retailer</a></p>')
s("s08-amazon-seller-verify", "Amazon Seller Central <seller-notification@amazon.com>", "Action required: verify your business information",
  '<p>Hello,</p><p>As part of our ongoing verification, please confirm your business address and contact information in Seller Central within 14 days.</p><p><a href="https://sellercentral.amazon.com/seller-verification/home">Go to Seller Central</a></p><p>Amazon Services</p>')
s("s09-etsy-case-opened", "Etsy <transaction@etsy.com>", "A case has been opened for order #3341290",
  '<p>Hi Elena,</p><p>Your buyer opened a case because their order has not arrived. Please respond within 48 hours.</p><p><a href="https://www.etsy.com/your/purchases/cases/3341290">View case</a></p><p><a href="https://help.etsy.com/hc/en-us/articles/360000343508">How cases work</a></p>')
s("s10-paypal-new-buyer", "PayPal <service@paypal.com>", "You've got money",
  '<p>Hello Elena Marsh,</p><p>Nadia Kerr sent you $180.00 USD.</p><p>Note: "Deposit for 60 wedding favours"</p><p><a href="https://www.paypal.com/activity/payment/7QX2">View transaction details</a></p>')
s("s11-meta-ad-payment-failed", "Meta for Business <notification@facebookmail.com>", "Your ad account has an outstanding balance",
  '<p>Hi Elena,</p><p>We could not process a payment for ad account Moss &amp; Wick. Your ads are paused until the balance of $42.10 is paid.</p><p><a href="https://business.facebook.com/billing_hub/accounts/details?asset_id=5512">Pay now</a></p><p><a href="https://www.facebook.com/business/help/">Meta Business Help Center</a></p>')
s("s12-accountant-1099k", "Ruth Alvarez <ruth@alvarezcpa.example>", "1099-K forms from Etsy and PayPal",
  "Hi Elena,\n\nplease download your 1099-K forms from Etsy and PayPal when they are out and upload them to the portal: https://portal.alvarezcpa.example/clients/mossandwick/upload\n\nThanks,\nRuth\n", html=False)
s("s13-wholesale-shop-new-contact", "Jo Park <jo@harborlane-home.example>", "Re: Reorder for Harbor Lane Home",
  "Hi Elena,\n\nI'm taking over buying from Paul. Here is our line sheet request form: https://forms.gle/Xk2pQ9LmN3rT\n\nThanks,\nJo Park\nHarbor Lane Home\n", html=False)
s("s14-square-invoice-paid", "Square <noreply@messaging.squareup.com>", "Invoice #000031 was paid",
  '<p>Saltbox Mercantile paid invoice #000031 ($312.00).</p><p><a href="https://squareup.com/dashboard/invoices/inv_0031">View invoice</a></p>')
s("s15-shopify-new-login", "Shopify <no-reply@shopify.com>", "New login to Moss & Wick",
  '<p>Hi Elena,</p><p>We noticed a new login to your Shopify account from Chrome on Windows in Portland, OR.</p><p>If this was you, you can ignore this email. If not, <a href="https://accounts.shopify.com/security">secure your account</a> and change your password.</p>')
s("s16-usps-package-held", "USPS <auto-reply@usps.com>", "USPS Tracking: Available for Pickup",
  '<p>Your item is available for pickup at the Post Office.</p><p>Tracking Number: <a href="https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111899223">9400111899223</a></p><p><a href="https://tools.usps.com/redelivery.htm">Schedule a redelivery</a></p>')
s("s20-square-invoice-merchant-site", '"Wickline Supply via Square" <invoicing@messaging.squareup.com>', "Invoice #0013 from Wickline Supply",
  '<p>Wickline Supply sent you an invoice.</p><p>Invoice #0013 &middot; Amount due $96.00</p><p><a href="https://squareup.com/pay-invoice/inv_0013Cd">Pay invoice</a></p><p>Wickline Supply &middot; <a href="https://www.wicklinesupply.example">www.wicklinesupply.example</a> &middot; invoice and payment questions welcome</p>',
  extra="Reply-To: Wickline Supply <wicklinesupply@gmail.com>\r\n")
# phishing shaped for this mailbox: each should be flagged (the summary counts these apart)
s("phish-etsy-suspended", "Etsy Seller Support <support@etsy-sellerteam.example>", "Your Etsy shop has been suspended",
  '<p>Dear Seller,</p><p>Your shop MossAndWick has been suspended for violating our policies. To restore selling privileges, verify your account within 24 hours or your listings and funds will be removed.</p><p><a href="https://etsy-sellerteam.example/shop/verify?login">Verify account</a></p><p>Etsy Trust &amp; Safety</p>')
s("phish-carrier-fee", "USPS <notice@usps-redelivery-fee.example>", "Your package could not be delivered",
  '<p>USPS</p><p>Your package 9400111899223 could not be delivered due to an incomplete address. Pay the $1.99 redelivery fee to schedule delivery.</p><p><a href="https://usps.redelivery-fee.example/pay?id=9400111899223">Pay now</a></p>')
s("phish-stripe-payouts-paused", "Stripe <support@stripe-payouts.example>", "Your payouts are paused",
  '<p>Hi Elena,</p><p>Your payouts are paused because we could not verify your bank account. Sign in to your dashboard to confirm your details and resume payouts.</p><p><a href="https://dashboard.stripe-payouts.example/login">Sign in to Stripe</a></p>')
s("phish-shopify-store-closure", "Shopify <billing@shopify-storebilling.example>", "Final notice: your store will be closed",
  '<p>Hi Elena,</p><p>Your last payment for Moss &amp; Wick failed. Update your billing information today or your store will be closed and your domain released.</p><p><a href="https://shopify-storebilling.example/admin/billing/update">Update billing information</a></p>')
s("phish-meta-copyright-appeal", "Meta Business Support <meta.support.policy2026@gmail.com>", "Your page mossandwick will be deleted",
  '<p>Your Instagram and Facebook page mossandwick has been reported for copyright infringement and will be permanently deleted within 24 hours.</p><p>If you believe this is a mistake, submit an appeal and confirm your login.</p><p><a href="https://meta-appeal-center.vercel.app/review?page=mossandwick">Submit appeal</a></p>')
s("phish-domain-slamming", "Domain Registry Services <renewals@domain-registry-notices.example>", "Domain expiration notice: mossandwick.example",
  '<p>DOMAIN NAME EXPIRATION NOTICE</p><p>Domain: mossandwick.example</p><p>Your domain registration expires soon. Failure to renew may result in the loss of your online presence. Payment of $89.00 is required.</p><p><a href="https://domain-registry-notices.example/renew?d=mossandwick.example">Secure payment</a></p>')
s("phish-customer-order-file", "Megan Holt <meganholt1990@gmail.com>", "Bulk order request - please see details",
  '<p>Hello,</p><p>We would like to place a bulk order of 200 candles for our corporate event. Please review the order details and quantities in the document below and send a quote.</p><p><a href="https://onedrive-docs-viewer.example/file/PO-88123.pdf">PO-88123.pdf</a></p><p>Regards,<br>Megan Holt</p>')
s("phish-amazon-lookalike", "Amazon Seller Central <seller-notification@arnazon-sellers.example>", "Your listings have been deactivated",
  '<p>Hello,</p><p>We have deactivated your listings because your account information could not be verified. Sign in to Seller Central to verify your identity and reactivate your account.</p><p><a href="https://sellercentral.arnazon-sellers.example/signin">Sign in to Seller Central</a></p>')
s("s17-square-invoice-gmail-supplier", '"Wickline Supply via Square" <invoicing@messaging.squareup.com>', "Invoice #0012 from Wickline Supply",
  '<p>Wickline Supply sent you an invoice.</p><p>Invoice #0012 &middot; Amount due $264.00 &middot; Due Dec 5, 2026</p><p><a href="https://squareup.com/pay-invoice/inv_0012Ab">Pay invoice</a></p><p>Message from Wickline Supply: "Thanks for the first order! Cotton wicks ship once paid."</p>',
  extra="Reply-To: Wickline Supply <wicklinesupply@gmail.com>\r\n")
s("s18-shopify-contact-refund", "Moss & Wick <store+58123456@t.shopifyemail.com>", "New customer message on November 26, 2026 at 09:12 AM UTC",
  "You received a new message from your online store's contact form.\n\nCountry Code: US\nName: Greg Tanner\nEmail: gtanner55@yahoo.com\nBody: I was charged twice for order #44187. Can you refund the duplicate payment please?\n",
  html=False, extra="Reply-To: Greg Tanner <gtanner55@yahoo.com>\r\n")
s("s19-stripe-invoice-gmail-maker", '"Hazel Pottery" <invoice+statements+acct_1Qz88@stripe.com>', "Your invoice from Hazel Pottery #2041",
  '<p>Hazel Pottery sent you an invoice for <b>$420.00</b>, due in 14 days.</p><p><a href="https://invoice.stripe.com/i/acct_1Qz88/live_YWNjQz?s=em">Pay this invoice</a></p><p><a href="https://pay.stripe.com/invoice/acct_1Qz88/live_xQz/pdf?s=em">Download invoice</a></p><p>Questions? Contact Hazel Pottery at hazelpottery.studio@gmail.com.</p><p>Powered by <a href="https://stripe.com">Stripe</a></p>',
  extra="Reply-To: hazelpottery.studio@gmail.com\r\n")
