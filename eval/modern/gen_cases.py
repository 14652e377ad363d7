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
