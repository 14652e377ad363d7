# Targeted cases for the bookkeeper's mailbox (gen_books.py), judged against
# its learned history: phish-* cases shaped for an accounting firm, each the
# lure its legitimate payment mail resembles, which should be flagged.
from gen_common import alt, mixed, pdf, case_writer

w = case_writer("nora.keane@marlowfinch.example", "books")

# a fake invoice from a lookalike of a client's domain (brightoakbakery.example), its link on a new domain
w("phish-invoice-client-lookalike", "Tess Moreau <tess@brightoak-bakery.example>", "Overdue invoice 2291 - please process today",
  '<p>Hi Nora,</p><p>Our supplier says invoice 2291 ($6,480.00) is now 30 days overdue and they will stop deliveries on Monday. '
  'Can you pay it today from our account? The invoice is here: <a href="https://invoice-view.brightoak-billing.com/inv/2291">View invoice 2291</a></p>'
  '<p>Thanks,<br>Tess<br>Bright Oak Bakery</p>')
# bank-change fraud from a free-mail lookalike of Kessler Dental's outside controller
doc = pdf(["Whitfield Advisory", "Updated remittance details", "Beneficiary: Whitfield Advisory LLC", "Bank: First Coastal Bank",
           "Routing 021000089  Account 5520194471", "Effective immediately"])
body, ct = mixed([("text/plain; charset=utf-8", "Hi Nora,\n\nplease note that our bank account has changed. Kindly update our remittance details for "
                   "Kessler Dental's payroll service fees before this week's payment run; the new account is on the attached letter. "
                   "I'm in meetings all day, so email is best. Please confirm once updated.\n\nDana Whitfield, CPA\nWhitfield Advisory\n"),
                  ("application/pdf", "Whitfield_remittance_update.pdf", doc)])
w("phish-bankchange-controller-freemail", "Dana Whitfield <dana.whitfield.cpa@gmail.com>", "Updated remittance details", body, ct)
# a QuickBooks-branded invoice whose link leads to a domain new here
w("phish-quickbooks-invoice-newdomain", '"Castlegate Properties" <quickbooks@intuit-invoicing.net>', "Invoice 88412 from Castlegate Properties",
  '<p>Dear Marlow &amp; Finch CPAs,</p><p>Here is your invoice! We appreciate your prompt payment.</p><p>Invoice 88412 &middot; Balance due $3,850.00</p>'
  '<p><a href="https://qbo-invoice-portal.com/pay/scs-v1-88412?cta=viewinvoicenow">Review and pay</a></p>'
  '<p>Thanks for your business!<br>Castlegate Properties</p><p>Intuit, QuickBooks and QuickBooks Online are registered trademarks of Intuit Inc.</p>')
# an "IRS" notice with a number to call and no link
w("phish-irs-callback", '"Internal Revenue Service" <irs.notice.department@outlook.com>', "Final notice: balance due for Marlow & Finch CPAs",
  '<p>Internal Revenue Service<br>Notice CP504</p><p>Our records show an unpaid balance of $14,218.55 on your business account. '
  'If this amount is not paid, we will levy your bank account and business assets within 48 hours.</p>'
  '<p>To resolve this matter or arrange a payment, call our collections department immediately at <b>+1 (808) 555-0142</b>.</p>'
  '<p>Department of the Treasury, Internal Revenue Service</p>')
# a "court" notice: a warrant issued in the reader's name, a number to call and no link
w("phish-warrant-callback", '"County Court Enforcement" <court.enforcement.office@outlook.com>', "Outstanding balance - Marlow & Finch CPAs",
  '<p>Our records show an unpaid balance of $3,480.00 on your firm\'s account.</p>'
  '<p>A warrant has been issued in your name. To settle the payment and have the warrant withdrawn, call 1-808-555-0199 immediately.</p>'
  '<p>Enforcement Office</p>')
# a "collections" letter: legal action against the reader, the number in Arabic-Indic digits
w("phish-legal-action-callback", '"Collections Department" <collections.dept4471@gmail.com>', "Final notice before legal action",
  '<p>Your outstanding balance of $2,150.00 remains unpaid despite our reminders.</p>'
  '<p>Legal action will be taken against you within 24 hours. To settle the payment, call our collections desk at '
  '<b>\u0661-\u0668\u0660\u0668-\u0665\u0665\u0665-\u0660\u0661\u0664\u0662</b>.</p><p>Collections Department</p>')
# a renewal "receipt" with a vanity number to call
w("phish-renewal-vanity-callback", '"Billing Support" <billing.center5530@gmail.com>', "Your order receipt",
  '<p>Hello,</p><p>Your Total Protection subscription has been renewed and $449.99 was charged to your card.</p>'
  '<p>If you did not authorize this payment, call 1-888-REFUNDS within 24 hours to cancel and receive a refund.</p><p>Billing Support</p>')
# a DocuSign-branded lure from a domain new here, to a sign-in page
w("phish-docusign-newdomain", '"DocuSign Electronic Signature" <dse@docusign-securemail.net>', "Completed: Engagement Letter 2027 - Marlow & Finch CPAs.pdf",
  '<p>Your document has been completed.</p><p>All parties have completed <b>Engagement Letter 2027 - Marlow &amp; Finch CPAs.pdf</b>.</p>'
  '<p><a href="https://docusign-review-docs.com/Signing/view?env=7c1f&amp;u=nora.keane@marlowfinch.example">VIEW COMPLETED DOCUMENT</a></p>'
  '<p>Sign in with your email account to view the document.</p><p>Do Not Share This Email: this email contains a secure link to DocuSign.</p>')
# a "TaxDome" notice from free hosting asking to sign in to see a client's documents
w("phish-taxdome-freehost", "TaxDome <notifications@taxdome-portal.com>", "Carlos Rivera shared 4 tax documents with you",
  '<p>Carlos Rivera shared 4 tax documents with you (W-2, 1099-INT, 1098, IRS letter).</p>'
  '<p>Your session has expired. Sign in to your TaxDome account to view and download the documents.</p>'
  '<p><a href="https://taxdome-secure-docs.web.app/login?client=rivera">Sign in to view documents</a></p>')

# Legitimate mail of the same shapes, first seen after the test window
# (b01-b03), which should pass or at most warn.
# a known client's genuine overdue reminder from a supplier, forwarded, with the supplier's QuickBooks link
w("b01-client-forwards-quickbooks-invoice", "Tess Moreau <tess@brightoakbakery.example>", "Fwd: Invoice 1193 from Mill Valley Flour",
  '<p>Hi Nora, can you check whether we paid this one? It says overdue.</p><p>Tess</p><p>---------- Forwarded message ---------<br>'
  'From: Mill Valley Flour &lt;quickbooks@notification.intuit.com&gt;<br>Subject: Invoice 1193 from Mill Valley Flour</p>'
  '<p>Invoice 1193 &middot; Balance due $1,212.00 &middot; Overdue</p>'
  '<p><a href="https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-1193?cta=viewinvoicenow">Review and pay</a></p>')
# the state tax authority's genuine notice of a balance due, linking its own portal
w("b02-dor-balance-due", "Westmarch Department of Revenue <noreply@revenue.westmarch.example>", "New notice available in TaxConnect",
  '<p>A new notice has been posted to a client account you represent (letter ID L448120). The notice concerns a balance due; '
  'interest accrues until it is paid.</p><p><a href="https://taxconnect.revenue.westmarch.example/_/">Westmarch TaxConnect</a></p>'
  '<p>This is an automated message from the Westmarch Department of Revenue. Do not reply.</p>')
# the known controller's genuine note that her firm's remittance address moved, pointing to a phone call
w("b03-controller-new-address-call", "Dana Whitfield <dana@whitfieldadvisory.example>", "New mailing address",
  '<p>Hi Nora,</p><p>we moved offices; our new mailing address is 18 Harbor Road, Suite 2. Our bank details have not changed. '
  'If anyone ever emails you new bank details in my name, call me at the number you have before changing anything.</p><p>Dana</p>')
