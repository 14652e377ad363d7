# Targeted cases for the hotel front desk's mailbox (gen_hotel.py), judged
# against its learned history: phish-* cases of a red team shaped on the
# campaigns against hotels of 2023-2025 (described from general knowledge:
# Booking.com's name on a "guest complaint, see the photos" with a link to a
# fresh look-alike and to a sharing page, "verify your partner account or the
# listing is suspended", a ClickFix page ("verify you are human": press
# Win+R, paste, Enter) behind a review notice, a "guest" at free mail whose
# reservation question links "photos of the room damage" on a file host, the
# channel manager's name from a new domain changing the payout bank details,
# a guest message through a look-alike of Booking.com's relay address,
# Booking.com's name at free mail: "the guest's card failed, confirm the
# reservation and your extranet account", a "guest" at free mail attaching
# a "passport scan" page that redirects, a "guest" who booked to use the
# real relay and sends "photos" of the damage on a file host, a "guest"
# answering the desk with the "photos" zipped beside a program), which should be flagged, and r01-r04, legitimate mail of the same
# shapes, which should pass or warn.
import base64
from gen_common import alt, mixed, pdf, zipped, case_writer

RCPT = "reservations@harbourlightinn.example"
w = case_writer(RCPT, "hotel")
B64 = base64.b64encode(RCPT.encode()).decode()
HOTEL_ID = 8812407

# Legitimate mail of the same shapes.
# a new guest at free mail linking her own Booking.com confirmation
w("r01-guest-booking-confirmation", "Agnieszka Wrobel <a.wrobel.krk@gmail.com>", "Re: arrival time",
  "Hello,\n\nwe booked two nights from 4 December, here is the confirmation: "
  "https://secure.booking.com/confirmation.en-gb.html?aid=304142&bn=4719920341&pincode=7716\n"
  "We arrive by bus around 20:00. Is dinner still possible then?\n\nAgnieszka Wrobel\n", "text/plain; charset=utf-8")
# a genuine Booking.com review notice (a low score)
w("r02-booking-review-genuine", "Booking.com <noreply@booking.com>", "New guest review",
  '<p>A guest who stayed with you left a review with a score of 5.8.</p>'
  '<p><a href="https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/reviews/reviews.html?hotel_id=%d">Open the extranet</a></p>'
  '<p>Booking.com B.V. | <a href="https://partner.booking.com/en-gb/help">Partner Help</a></p>' % HOTEL_ID)
# a genuine guest message through the relay with a Google Maps pin
w("r03-relay-guest-maps", "Julia Schneider <jschneider.720114@guest.booking.com>", "We received this message from Julia Schneider",
  '<p>We received this message from Julia Schneider</p><p>Booking number: 4528807716</p>'
  '<blockquote>Hi! We parked here, is that ok overnight? https://maps.app.goo.gl/Wn3xK8vQ2pR7sT4m9</blockquote>'
  '<p><a href="https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/messaging/inbox.html?hotel_id=%d&amp;res_id=4528807716">Reply</a></p>'
  '<p>You can also reply to this email. Booking.com</p>' % HOTEL_ID)
# a genuine Tripadvisor review notice (a one-bubble review)
w("r04-tripadvisor-review", "Tripadvisor <noreply@tripadvisor.com>", "You have a new review on Tripadvisor",
  '<p>"Noisy room, rude staff" - a new 1-bubble review of The Harbourlight Inn.</p>'
  '<p><a href="https://www.tripadvisor.com/ManagementCenter-d%d-Reviews">Respond to reviews</a></p>'
  '<p>Tripadvisor LLC | <a href="https://www.tripadvisor.com/Settings-cp">Email preferences</a></p>' % HOTEL_ID)

# Phishing.
# 1. Booking.com's name from a new domain: a guest complaint, "see the photos", link to a fresh look-alike
w("phish-booking-complaint-lookalike", "Booking.com Partner Support <noreply@booking-partnerhelp.com>", "Guest complaint about your property - response required",
  '<p>Dear Partner,</p><p>A guest who stayed at The Harbourlight Inn has filed a serious complaint (reservation 4711028835) about the cleanliness of the room '
  'and has attached photos. If we do not receive your response within 24 hours the complaint will be published as a review and your property may be '
  'penalised in search results.</p><p><a href="https://admin-booking.reservation-id4711028835.com/hotel/complaint?id=4711028835">View the complaint and photos</a></p>'
  '<p>Booking.com Partner Support</p>')
# 2. the same lure with the "photos" on a sharing page (a Google Drive folder from a fresh account)
w("phish-booking-complaint-share", "Booking.com <booking.guestrelations.eu@gmail.com>", "Negative review reported for The Harbourlight Inn",
  '<p>Hello,</p><p>A guest reported a negative experience at your property and sent the attached photos as evidence. Please review them and respond in the extranet, '
  'otherwise we will have to suspend new reservations.</p><p><a href="https://drive.google.com/drive/folders/1Zx8Qp3Lm9Rt2Vw7Ky4Bn6Hc0Jd5Fs1Ga?usp=sharing">See the photos</a></p>'
  '<p>Booking.com Customer Service</p>')
# 3. "verify your partner account or the listing is suspended": credentials on a look-alike
w("phish-booking-verify-account", "Booking.com <security@extranet-booking-partners.com>", "Action required: verify your account to avoid suspension",
  '<p>Dear Partner,</p><p>We detected unusual activity on your Booking.com extranet account. To protect your guests, your property listing will be suspended '
  'within 48 hours unless you verify your account.</p><p>Please sign in with your extranet login name and password to confirm your details.</p>'
  '<p><a href="https://admin.booking.com.extranet-verify-partner.com/sign-in?hotel_id=%d">Verify your account</a></p><p>Booking.com Partner Services</p>' % HOTEL_ID)
# 4. ClickFix: a "review" behind a captcha page whose instructions the mail repeats: Win+R, paste, Enter
w("phish-clickfix-review", "Booking.com Reviews <reviews@booking-reviewcenter.com>", "A guest left a 1-star review: respond now",
  '<p>Dear Partner,</p><p>A guest has left a 1-star review mentioning a safety issue. Before you can read and respond to it, please complete the security check:</p>'
  '<p><a href="https://review-check.booking-reviewcenter.com/captcha?r=88213">I\'m not a robot - verify you are human</a></p>'
  '<p>If the check asks you to, press <b>Windows + R</b>, paste the verification code with <b>Ctrl + V</b> and press <b>Enter</b>.</p><p>Booking.com Partner Reviews</p>')
# 5. a "guest" at free mail: a reservation question, then "photos of the room damage" on a file host
w("phish-guest-damage-photos", "Laura Bennett <laura.bennett.travel88@gmail.com>", "Question about my reservation",
  "Hello,\n\nI stayed in your hotel last week (booking 4610339027) and I was charged for damage that was already in the room when we arrived. "
  "I took photos when we checked in, please look at them here:\n"
  "https://gofile.io/d/Rk7Qm2\n\nI expect the charge to be refunded, otherwise I will report it to Booking.com.\n\nLaura Bennett\n", "text/plain; charset=utf-8")
# 6. the channel manager's name from a new domain: payout bank details changed, sign in to confirm
w("phish-channel-manager-payout", "Channelwave Billing <billing@channelwave-payments.com>", "Important: payout bank details updated",
  '<p>Dear Harbourlight Inn,</p><p>As part of our move to a new payment provider, OTA payouts collected through Channelwave will be sent from a new account, '
  'and we need to re-verify your bank details. Pending payouts of <b>&euro; 6,240.00</b> are on hold until you confirm your IBAN.</p>'
  '<p><a href="https://channelwave-payments.com/payouts/verify?property=%d">Confirm bank details</a></p><p>Channelwave Billing Team</p>' % HOTEL_ID)
# 7. a guest message through a look-alike of Booking.com's relay address, linking "my booking" on a look-alike
w("phish-relay-lookalike", "Martin Keller <mkeller.611208@guest-booking.com>", "We received this message from Martin Keller",
  '<p>We received this message from Martin Keller</p><p>Booking number: 4611208734</p>'
  '<blockquote>Hello, my card was charged twice for this booking. Please check the details and the bank statement I uploaded here: '
  '<a href="https://booking-guest-messages.com/res/4611208734?hid=%d">reservation and statement</a> and refund the duplicate.</blockquote>'
  '<p><a href="https://booking-guest-messages.com/hotel/messaging/inbox?hotel_id=%d">Reply</a></p><p>You can also reply to this email. Booking.com</p>' % (HOTEL_ID, HOTEL_ID))
# 8. Booking.com's name at free mail: the guest's card failed, confirm the reservation and the extranet account on a new domain
w("phish-guest-card-declined", "Booking.com Reservations <reservations.bookingcom@outlook.com>", "Your reservation 4713390122: card verification failed",
  '<p>Dear Partner,</p><p>The guest\'s card for reservation 4713390122 could not be verified. To keep the reservation, confirm the payment and your '
  'extranet account details within 12 hours.</p><p><a href="https://secure-booking-payments.com/verify?res=4713390122#%s">Confirm reservation</a></p>'
  '<p>Booking.com</p>' % B64)
# 9. a "guest" at free mail attaching a "passport scan" web page that redirects to a new domain
html = ('<html><head><meta http-equiv="refresh" content="0;url=https://passport-docs-view.com/v/88213"></head>'
        '<body>Loading document...</body></html>')
body, ct = mixed([("text/plain; charset=utf-8", "Hello,\n\nas you asked, here is the scan of my passport and the card for the pre-authorisation. "
                   "Please confirm the booking.\n\nRegards,\nAhmed Saleh\n"), ("text/html", "Passport_scan.html", html.encode())])
w("phish-guest-passport-html", "Ahmed Saleh <ahmedsaleh.bookings@gmail.com>", "documents for my booking", body, ct)
# 10. a "guest" who booked to get the relay: a message through Booking.com's real relay address with "photos" on a file host
w("phish-relay-genuine-photos", "Daniel Weber <dweber.448812@guest.booking.com>", "We received this message from Daniel Weber",
  '<p>We received this message from Daniel Weber</p><p>Booking number: 4488120937</p>'
  '<blockquote>Hello, I was charged for a broken lamp that was already damaged when we arrived. I took photos at check-in, you can see them here: '
  'https://www.mediafire.com/file/q8m2x7kz3v1n4p0/room_photos.zip/file - please refund the charge today, otherwise I will leave a review and contact Booking.com.</blockquote>'
  '<p><a href="https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/messaging/inbox.html?hotel_id=%d&amp;res_id=4488120937">Reply</a></p>'
  '<p>You can also reply to this email. Booking.com</p>' % HOTEL_ID)
# 11. a "guest" at free mail answering the desk's reply with the "photos" zipped: a picture and a screensaver program named as one
z = zipped([("IMG_2041.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 64), ("IMG_2042.jpg.scr", b"MZ" + b"\x00" * 200)])
body, ct = mixed([("text/plain; charset=utf-8", "Hello,\n\nthank you for your answer. As I said, the stains on the carpet were there before we arrived, here are "
                   "the photos I took, please check them and cancel the charge.\n\nSophie Laurent\n"), ("application/zip", "Room_photos.zip", z)])
w("phish-guest-photos-zip", "Sophie Laurent <sophie.laurent.paris@gmail.com>", "Re: Question about my reservation", body, ct,
  extra="In-Reply-To: <desk-reply-7731@harbourlightinn.example>\r\nReferences: <desk-reply-7731@harbourlightinn.example>\r\n")
