# Targeted cases for the sales and marketing mailbox (gen_sales.py), judged
# against its learned history: phish-* cases shaped for a sales manager,
# each the lure the legitimate mail of its window resembles, which should
# be flagged.
from gen_common import alt, case_writer

w = case_writer("casey.nolan@lumenfield.example", "sales")

# "session expired" under Salesforce's name, on a lookalike of the tenant's host
w("phish-salesforce-session-lookalike", "Salesforce <noreply@salesforce-sessions.com>", "Your Salesforce session has expired",
  '<p>Hello Casey,</p><p>Your Salesforce session for <b>lumenfield.my.salesforce.com</b> has expired due to a security policy update. '
  'Sign in again within 24 hours to keep access to your opportunities and reports.</p>'
  '<p><a href="https://lumenfield-my-salesforce.com-login.secure-sessions.net/login?un=casey.nolan">Sign in to Salesforce</a></p><p>Salesforce Security</p>')
# a "customer" at free mail with a DocuSign-shaped button to a sign-in page on a new domain
w("phish-docusign-freemail-customer", '"Laura Kim via DocuSign" <laura.kim.northwind@gmail.com>', "Please DocuSign: Northwind Logistics - Renewal Order Form.pdf",
  '<p>Laura Kim sent you a document to review and sign.</p><p><a href="https://docusign-envelope-review.com/Signing/EmailStart.aspx?a=7f3c1e">REVIEW DOCUMENT</a></p>'
  '<p>Please sign in with your work email to view the order form.</p><p>Do Not Share This Email: this email contains a secure link to DocuSign.</p>')
# a LinkedIn InMail look-alike whose button opens a credential page on free hosting
body, ct = alt("InMail\n", '<p><b>Michael Ferris</b> sent you an InMail: "Enterprise deal - 400 seats"</p>'
               '<p>To read the message and the attached RFP, verify your LinkedIn account.</p>'
               '<p><a href="https://linkedin-inmail-secure.web.app/messaging/verify?u=casey">View InMail</a></p>'
               '<p><a href="https://www.linkedin.com/help/linkedin">Help</a></p>')
w("phish-linkedin-inmail-freehost", "Michael Ferris via LinkedIn <inmail@linkedin-messaging.com>", "Michael Ferris sent you an InMail", body, ct)
# Google Ads "account suspended for unpaid balance", to a lookalike billing page
w("phish-google-ads-suspended", "Google Ads <billing@ads-google-support.com>", "Your Google Ads account has been suspended",
  '<p>Your Google Ads account 512-331-4471 has been suspended due to an unpaid balance of $2,381.40. All campaigns have stopped.</p>'
  '<p>To reactivate your account, sign in and confirm your payment details within 48 hours:</p>'
  '<p><a href="https://ads.google.com.billing-reactivate.com/aw/billing?ocid=88311">Reactivate account</a></p>'
  '<p>Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</p>')

# Legitimate mail of the same shapes, first seen after the test window
# (a01-a10), which should pass or at most warn.
# Google's own suspension notice for suspicious payment activity, from its usual sender
w("a01-google-ads-suspended-real", "Google Ads <ads-account-noreply@google.com>", "Your Google Ads account has been suspended",
  '<p>Your Google Ads account 512-331-4471 has been suspended due to suspicious payment activity. Your ads have stopped running.</p>'
  '<p>To appeal, sign in to your account and submit an appeal: <a href="https://ads.google.com/aw/billing/summary?ocid=88311">Go to Google Ads</a></p>'
  '<p><a href="https://support.google.com/google-ads/answer/2375414">Learn about suspended accounts</a></p>'
  '<p>Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</p>')
# a small customer's owner at free mail sends a real DocuSign envelope
w("a02-docusign-freemail-customer-real", '"Marco Bellini via DocuSign" <dse_na3@docusign.net>', "Please DocuSign: Bellini Bakeries - Lumenfield Order Form.pdf",
  '<p>Marco Bellini sent you a document to review and sign.</p><p><a href="https://na3.docusign.net/Signing/EmailStart.aspx?a=4f1c8e2a9b7d&amp;etti=24&amp;acct=77aa12cd">REVIEW DOCUMENT</a></p>'
  '<p>Do Not Share This Email: this email contains a secure link to DocuSign.</p>', extra="Reply-To: Marco Bellini <marco.bellini.bakeries@gmail.com>\r\n")
# the company's Salesforce tenant's password-expiry reminder
w("a03-salesforce-password-expiry", "Salesforce <noreply@salesforce.com>", "Your Salesforce password will expire in 3 days",
  '<p>Hello Casey,</p><p>Your password for lumenfield.my.salesforce.com expires in 3 days. Log in and change your password to keep access.</p>'
  '<p><a href="https://lumenfield.my.salesforce.com/_ui/system/security/ChangePassword">Change password</a></p><p>Username: casey.nolan@lumenfield.example</p>')
# a recruiter's LinkedIn InMail that links their Calendly
w("a04-linkedin-inmail-calendly", "Hannah Ruiz via LinkedIn <inmail-hit-reply@linkedin.com>", "Hannah Ruiz sent you an InMail",
  '<p><b>Hannah Ruiz</b> sent you an InMail: "VP Marketing role - next step"</p><p>Happy to talk: book any slot at <a href="https://calendly.com/hannah-ruiz-talent/30min">calendly.com/hannah-ruiz-talent</a></p>'
  '<p><a href="https://www.linkedin.com/comm/messaging/thread/2-ab12cd34ef?midToken=AQH">Reply</a></p>')
# a new prospect's HubSpot meetings link
w("a05-prospect-hubspot-meetings", "Jonas Weber <jonas.weber@tidewaterlabs.example>", "Re: pricing call",
  '<p>Hi Casey,</p><p>Pick a time for the pricing call here: <a href="https://meetings.hubspot.com/jonas-weber">meetings.hubspot.com/jonas-weber</a></p><p>Jonas</p>')
# a new vendor's Marketo mail, its click tracker on its own subdomain, a Marketo landing page
w("a06-vendor-marketo-landing", "Clearbit Events <events@go.clearsignal.example>", "Invitation: Pipeline Summit roundtable",
  '<p>Hi Casey,</p><p>Join 20 sales leaders for a roundtable on pipeline quality.</p>'
  '<p><a href="https://go.clearsignal.example/MjQ0LVFZVi0yMjEAAAGQk3?mkt_tok=MjQ0LVFZVi0yMjEAAAGQk3">Save my seat</a></p>'
  '<p><a href="https://app-ab12.marketo.com/index.php/form/getForm?munchkinId=244-QYV-221&amp;formid=1812">Register</a></p>'
  '<p><a href="https://go.clearsignal.example/UnsubscribePage.html?mkt_unsubscribe=1">Unsubscribe</a></p>')
# a Zoom webinar registration from a new organiser
w("a07-zoom-webinar-new-organiser", "Pavilion <no-reply@zoom.us>", "Pavilion CRO Roundtable Confirmation",
  '<p>Hi Casey,</p><p>Thank you for registering for "Pavilion CRO Roundtable".</p><p><a href="https://us02web.zoom.us/w/85512345678?tk=Xy7Qk2">Click Here to Join</a><br>Passcode: 884213</p>',
  extra="Reply-To: events@joinpavilion.example\r\n")
# a customer's Salesforce Email-to-Case reply from their support org
w("a08-customer-salesforce-case", "Northwind Support <support@northwindlogistics.example>", "Case 00412873: Integration question [ ref:_00D5e0ABC._5005e0XYZ:ref ]",
  '<p>Hello Casey,</p><p>Your case has been updated. View it in our support portal: <a href="https://northwindlogistics.my.site.com/support/s/case/5005e0000XYZ">Case 00412873</a></p><p>Northwind Support</p>')
# a prospect on free mail sends a Google Meet invitation via Calendar
w("a09-freemail-prospect-meet", '"Tanya Brooks" <tanya.brooks.cpa@gmail.com>', "Invitation: Lumenfield follow-up @ Thu Dec 3, 2026 2pm - 2:30pm (EST)",
  '<p>Tanya Brooks has invited you to a meeting.</p><p><a href="https://meet.google.com/abc-defg-hij">Join with Google Meet</a></p>'
  '<p><a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=XYZ&amp;rst=1">Yes</a> | <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=XYZ&amp;rst=2">No</a></p>')
# a PandaDoc quote from a new vendor asking for payment
w("a10-vendor-pandadoc-quote", '"Lena Fox via PandaDoc" <docs@email.pandadoc.net>', "Lena Fox has sent you Signalcraft - Quote Q-2026-118",
  '<p>Lena Fox (Signalcraft) sent you <b>Signalcraft - Quote Q-2026-118</b>. Review, sign and pay by card.</p>'
  '<p><a href="https://app.pandadoc.com/document/v2?token=8f7e6d5c4b3a29">Open the document</a></p><p>Powered by <a href="https://www.pandadoc.com/">PandaDoc</a></p>',
  extra="Reply-To: Lena Fox <lena.fox@signalcraft.example>\r\n")
# a sign-up Casey made: a sales tool's e-mail verification
w("a11-apollo-verify-email", "Apollo.io <no-reply@apollo.io>", "Verify your email for Apollo",
  '<p>Hi Casey,</p><p>Welcome to Apollo! Please verify your email address to activate your account.</p>'
  '<p><a href="https://app.apollo.io/#/verify-email?token=9f8e7d6c5b4a3f2e1d0c">Verify email</a></p><p>The Apollo team</p>')
# Google's advertiser verification deadline, from its usual sender
w("a12-google-ads-advertiser-verification", "Google Ads <ads-account-noreply@google.com>", "Action required: complete advertiser verification",
  '<p>To continue showing ads, complete advertiser verification for account 512-331-4471 within 30 days, or your ads will be paused.</p>'
  '<p><a href="https://ads.google.com/aw/advertiserverification?ocid=88311">Start verification</a></p>'
  '<p>Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</p>')
# cold outreach with a Loom video and a Vidyard video
w("a13-cold-loom-video", "Eli Novak <eli@pipelinepilot.example>", "Made you a 90-second video, Casey",
  '<p>Hi Casey,</p><p>I recorded a quick walkthrough of your pricing page: <a href="https://www.loom.com/share/4c1f9e8a2b7d46e0a1c3">watch it here</a>.</p><p>Eli Novak<br>Pipeline Pilot</p>')
w("a14-cold-vidyard-video", "Rosa Lind <rosa.lind@closewell.example>", "Quick video for the Lumenfield team",
  '<p>Hi Casey,</p><p><a href="https://share.vidyard.com/watch/Qm8xZ2vT7pLk3sNa">Here is a 2-minute video</a> on how we cut no-shows by 40%.</p><p>Rosa</p>')
# the company's own sales-enablement tenants on vendors' domains
w("a15-seismic-tenant-share", "Seismic <noreply@seismic.com>", "Raj Patel shared 3 items with you",
  '<p>Raj Patel shared 3 items with you in Lumenfield Sales Hub.</p><p>Sign in to view them: <a href="https://lumenfield.seismic.com/app#/doccenter/shared">Open in Seismic</a></p>')
w("a16-highspot-tenant-pitch", "Highspot <notifications@highspot.com>", "Priya Shah sent you a pitch",
  '<p>Priya Shah sent you a pitch: <b>Northwind renewal deck</b></p><p><a href="https://lumenfield.highspot.com/items/65a1f2e3b4c5d6">View pitch</a></p>'
  '<p><a href="https://lumenfield.highspot.com/settings/notifications">Notification settings</a></p>')
# a vendor's invoice through Bill.com, first contact
w("a17-vendor-invoice-billcom", "Signalcraft via BILL <invoices@hq.bill.com>", "Invoice INV-2207 from Signalcraft",
  '<p>Signalcraft sent you invoice INV-2207 for $4,800.00, due December 15, 2026.</p><p><a href="https://app02.us.bill.com/p/signalcraft/inv2207a1b2">View and pay invoice</a></p>',
  extra="Reply-To: ar@signalcraft.example\r\n")
# a webinar invitation whose links carry the reader's address (preference centre)
w("a18-webinar-invite-email-in-url", "Crossbeam <events@crossbeam.example>", "You're invited: Partner-led growth live",
  '<p>Hi Casey,</p><p>Join us live on December 10.</p><p><a href="https://event.on24.com/wcc/r/4718822/B1C2?email=casey.nolan@lumenfield.example">Register now</a></p>'
  '<p><a href="https://www.crossbeam.example/preferences?email=casey.nolan@lumenfield.example">Email preferences</a></p>')
# ZoomInfo asks the listed contact to verify her profile
w("a19-zoominfo-profile-verify", "ZoomInfo <no-reply@zoominfo.com>", "Casey, verify your ZoomInfo profile",
  '<p>Hi Casey,</p><p>Your professional profile at Lumenfield is listed on ZoomInfo. Verify or update your profile:</p>'
  '<p><a href="https://www.zoominfo.com/update/profile?token=5e4d3c2b1a">Verify my profile</a></p><p><a href="https://www.zoominfo.com/about-zoominfo/privacy-center">Privacy center</a></p>')
# Dropbox Sign (HelloSign) request from a new customer
w("a20-dropbox-sign-new-customer", '"Kira Osei via Dropbox Sign" <noreply@mail.hellosign.com>', "Kira Osei has requested your signature on Lumenfield DPA",
  '<p>Kira Osei (Maple Grove Clinics) has requested your signature on <b>Lumenfield DPA</b>.</p>'
  '<p><a href="https://app.hellosign.com/sign/7a6b5c4d3e2f1a0b">Review &amp; sign</a></p>', extra="Reply-To: kira.osei@maplegroveclinics.example\r\n")
# HubSpot's own failed-payment notice, its usual domain
w("a21-hubspot-payment-failed", "HubSpot Billing <billing@hubspot.com>", "Action required: your HubSpot payment failed",
  '<p>Hi Casey,</p><p>We were unable to charge your card for the Lumenfield HubSpot subscription. To avoid interruption, update your payment method within 7 days.</p>'
  '<p><a href="https://app.hubspot.com/account-and-billing/%d/overview">Update payment method</a></p>' % 21876543)
# LinkedIn Sales Navigator's failed-payment notice
w("a22-linkedin-salesnav-payment", "LinkedIn <billing-noreply@linkedin.com>", "Your Sales Navigator payment didn't go through",
  '<p>Hi Casey, we couldn\'t process your payment for Sales Navigator Advanced. Update your payment method to keep access.</p>'
  '<p><a href="https://www.linkedin.com/comm/premium/manage/payment?lipi=Zx8Q">Update payment method</a></p>')
# a prospect's own Chili Piper page
w("a23-prospect-chilipiper-tenant", "Jonas Weber <jonas.weber@tidewaterlabs.example>", "Re: next steps",
  '<p>Hi Casey,</p><p>Book the technical review with our team here: <a href="https://tidewaterlabs.chilipiper.com/book/tech-review">tidewaterlabs.chilipiper.com</a></p><p>Jonas</p>')
# HubSpot: the company's own landing page on its HubSpot site host was published
w("a24-hubspot-own-site-published", "HubSpot <noreply@notifications.hubspot.com>", "Your landing page was published",
  '<p>Your landing page <b>Data Ops webinar 2027</b> was published by Tom Okoro.</p>'
  '<p><a href="https://lumenfield-21876543.hs-sites.com/data-ops-webinar-2027">View page</a> | <a href="https://app.hubspot.com/pages/21876543/editor/99123/content">Log in to edit</a></p>')
# the company's own Salesforce Site (public web form) in the tenant's notice
w("a25-salesforce-own-site", "Salesforce <noreply@salesforce.com>", "Sandbox refresh complete: lumenfield--uat",
  '<p>Your sandbox <b>uat</b> is ready. Log in to the sandbox: <a href="https://lumenfield--uat.sandbox.my.salesforce.com">https://lumenfield--uat.sandbox.my.salesforce.com</a></p>'
  '<p>Username: casey.nolan@lumenfield.example.uat</p>')
# a "PandaDoc" from a stranger whose only link is a QR code in an attached
# PNG, to a credential page on free hosting (qr/phish-pandadoc.txt)
from gen_common import mixed, qr_png
body, ct = mixed([("text/html; charset=utf-8", '<p>Hi Casey,</p><p>Please review and sign the attached renewal order form. '
                   'For security, scan the QR code in the attachment with your phone and sign in with your Lumenfield email to open the document.</p>'
                   '<p>Thanks,<br>Order Desk, via PandaDoc</p>'),
                  ("image/png", "Order_Form_QR.png", qr_png("phish-pandadoc"))])
w("phish-pandadoc-qr-png", '"Order Desk via PandaDoc" <orderdesk@pandadoc-docs.net>', "Renewal order form awaiting your signature", body, ct)
