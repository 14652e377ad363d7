# Targeted cases for the freight forwarder's operations mailbox
# (gen_logistics.py), judged against its learned history: phish-* cases of a
# red team shaped for a forwarder and manufacturing supplier (supplier bank
# change, customs fee payment links, Ariba and Coupa sign-in, DocuSign, a
# bill of lading on free hosting, a QR code, a freight invoice callback, a
# hijacked supplier thread), which should be flagged, and g01-g03,
# legitimate mail of the same shapes, which should pass or warn.
from gen_common import alt, mixed, pdf, qr_pdf, case_writer

w = case_writer("maya.lindgren@hartwellfreight.example", "logistics")

# a lookalike of the known steel supplier (kesslersteel.example): changed bank details, PDF, no link
doc = pdf(["Kessler Steel Components", "Notice of change of bank details", "Bank: Harbor Point Bank", "Routing 021000089  Account 5520198834",
           "Effective immediately for all open and future invoices"])
body, ct = mixed([("text/plain; charset=utf-8", "Dear customer,\n\nplease note that our bank account has changed following our annual audit. Kindly update your vendor "
                   "master and remit open invoices 48120 and 48377 ($38,412.60) to the new account in the attached letter. Payments to the old account "
                   "will be returned.\n\nPlease confirm once updated.\n\nKessler Steel Components - Accounts Receivable\n"),
                  ("application/pdf", "Kessler_bank_details_update.pdf", doc)])
w("phish-supplier-bank-change", "Kessler Steel AR <ar@kesslersteels.example>", "Change of bank details - open invoices", body, ct)
# a carrier-branded "customs fee" payment link from a new domain
w("phish-customs-fee-carrier", "Baltic Crest Lines <tracking@balticcrest-customs.com>", "Container BCLU4471920 held: customs fee unpaid",
  '<p>Shipment update for Hartwell Freight &amp; Supply</p><p>Container <b>BCLU4471920</b> is held at Eastmere pending an unpaid customs '
  'clearance fee of <b>$86.40</b>. Storage charges apply from tomorrow.</p>'
  '<p><a href="https://balticcrest-customs.com/pay?ref=BCLU4471920">Pay customs fee</a></p><p>Baltic Crest Lines</p>')
# a UPS-branded duty payment lure on a new domain
w("phish-customs-fee-ups", "UPS <noreply@ups-importduty.com>", "UPS: import duties due for your shipment",
  '<p>Your shipment 1Z9X41E20493821177 is waiting for import duties and taxes of $4.95.</p>'
  '<p>If the payment is not received within 48 hours, the package will be returned to the sender.</p>'
  '<p><a href="https://ups-importduty.com/track/pay?id=1Z9X41E20493821177">Pay now</a></p><p>UPS</p>')
# a fake SAP Ariba "action required" with a sign-in page on a lookalike host
w("phish-ariba-signin", "SAP Business Network <ordersender-prod@ariba-network-supplier.com>", "Dunmore Automotive: purchase order on hold - action required",
  '<p>Dunmore Automotive\'s purchase order 77412 ($48,900.00) is on hold because your supplier account needs to be verified.</p>'
  '<p><a href="https://supplier.ariba.com.account-verify.ariba-network-supplier.com/login">Sign in to SAP Business Network</a> to verify your account and release the order.</p>'
  '<p>SAP Ariba</p>')
# a fake Coupa sign-in from a new domain
w("phish-coupa-signin", "Coupa Supplier Portal <do_not_reply@coupa-supplierportal.net>", "Pell Agricultural Machinery: remittance advice awaiting confirmation",
  '<p>Hello Hartwell Freight &amp; Supply,</p><p>Pell Agricultural Machinery has issued a remittance of $22,180.00. Confirm your remit-to details in the Coupa '
  'Supplier Portal to receive payment.</p><p><a href="https://coupa-supplierportal.net/sessions/new?supplier=hartwell">Sign in to confirm</a></p><p>Powered by Coupa</p>')
# a DocuSign-branded lure from a new domain to a non-DocuSign page
w("phish-docusign-fake", "Dunmore Automotive via DocuSign <dse@docusign-envelopes.net>", "Please DocuSign: Amended payment terms 2027",
  '<p>Rachel Imhof sent you a document to review and sign.</p><p><a href="https://docs-envelope-review.com/Signing/EmailStart.aspx?a=7f3e2c">REVIEW DOCUMENTS</a></p>'
  '<p>Rachel Imhof<br>Dunmore Automotive</p><p>Do Not Share This Email.</p>')
# a bill of lading "document" on free hosting from a stranger
w("phish-bol-free-host", "Meridian Export Docs <docs.meridianexport@gmail.com>", "Original Bill of Lading - shipment MSX-88120",
  '<p>Dear consignee,</p><p>Please find the original bill of lading and the commercial invoice for shipment MSX-88120. Sign in with your company email to view and '
  'download the documents.</p><p><a href="https://bl-document-view.web.app/?doc=MSX-88120">View Bill of Lading (PDF)</a></p><p>Export Documentation</p>')
# a QR-code lure: "terminal access badge renewal", the code only in a PDF
doc = qr_pdf(["Eastmere Container Terminal", "Port access badge renewal 2027", "All badges for Hartwell Freight & Supply expire on November 30.",
              "Scan the code with your phone and sign in with your work email to renew:"], "phish-portpass")
body, ct = mixed([("text/plain; charset=utf-8", "Hello,\n\nYour company's port access badges expire this month. Drivers without a valid badge will be refused "
                   "at the gate. The renewal instructions are attached; scan the code with your phone to renew today.\n\nTerminal Security Office\n"),
                  ("application/pdf", "Badge_Renewal_2027.pdf", doc)])
w("phish-qr-badge-renewal", "Eastmere Terminal Security <security@eastmere-portpass.com>", "Action required: port access badges expire November 30", body, ct)
# a callback lure about a freight invoice charge, no link, from free mail
w("phish-freight-invoice-callback", '"Freight Billing Department" <freightbilling.dept@outlook.com>', "Freight invoice FB-448120 charged: $3,480.00",
  '<p>Thank you for your business.</p><p>Freight invoice FB-448120 (LTL, 6 pallets, Chicago to Eastmere) of <b>$3,480.00</b> was charged to the card on file.</p>'
  '<p>If you did not authorize this charge, call our billing department within 24 hours at <b>+1 (808) 555-0163</b> to cancel and receive a refund.</p>')
# the known supplier's hijacked account: a reply in its thread with a link to a host new here
w("phish-supplier-thread-hijack", "Dieter Kessler <d.kessler@kesslersteel.example>", "Re: lead times for Q1",
  '<p>Hi Maya,</p><p>following up on the lead times: the updated price list and the open invoices are in the document below. '
  'Please review it today, the new prices apply from the next order.</p>'
  '<p><a href="https://kessler-pricing.sharedfiles-secure.com/view?f=Q1-2027">Q1 2027 price list and invoices</a></p><p>Best regards,<br>Dieter Kessler</p>',
  extra="In-Reply-To: <q1leadtimes@kesslersteel.example>\r\nReferences: <q1leadtimes@kesslersteel.example>\r\n")
# the ERP's name from a lookalike: "password expires", to a sign-in page
w("phish-netsuite-password", "NetSuite <system@netsuite-notifications.com>", "Your NetSuite password expires today",
  '<p>The password for <b>maya.lindgren@hartwellfreight.example</b> (account 4815162) expires today. Keep your current password to avoid losing access.</p>'
  '<p><a href="https://netsuite-notifications.com/app/login/secure/keep.nl?email=maya.lindgren@hartwellfreight.example">Keep current password</a></p>')
# the terminal's name from a lookalike: demurrage payment link
w("phish-terminal-demurrage", "Eastmere Container Terminal <billing@eastmere-terminal.com>", "Demurrage invoice overdue - container hold",
  '<p>Eastmere Container Terminal - Billing</p><p>Demurrage charges of <b>$1,940.00</b> on container BCLU4471920 are overdue. The container is on hold '
  'and will not be released until payment is received.</p><p><a href="https://eastmere-terminal.com/billing/pay?c=BCLU4471920">Pay online</a></p>')
# the TMS's name from a new domain: "unusual sign-in, verify your account"
w("phish-tms-unusual-signin", "RouteLane Security <security@routelane-secure.com>", "Unusual sign-in to your RouteLane account",
  '<p>We detected an unusual sign-in to your RouteLane account <b>maya.lindgren@hartwellfreight.example</b> from Lagos, Nigeria.</p>'
  '<p>If this wasn\'t you, verify your account now or it will be suspended.</p><p><a href="https://routelane-secure.com/verify?u=maya.lindgren">Verify account</a></p>')

# Legitimate mail of the same shapes, first seen after the test window
# (g01-g03), which should pass or at most warn.
# the known customs broker's duty and fees invoice: "pay by Friday to release the container", its own portal
doc = pdf(["Northgate Customs Brokers", "Invoice 77120", "Duty advance and exam fee", "Total due: $2,418.00", "Due on receipt"])
body, ct = mixed([("text/plain; charset=utf-8", "Hi Maya,\n\nCBP selected container BCLU4471920 for an exam. The exam fee and the duty advance are on the attached "
                   "invoice 77120; please pay by Friday so we can release the container before storage starts. It is also in the portal: "
                   "https://portal.northgatecustoms.example/invoices/77120\n\nTanya Brooks\nNorthgate Customs Brokers\n"),
                  ("application/pdf", "NGC_invoice_77120.pdf", doc)])
w("g01-broker-exam-fee", "Tanya Brooks <tbrooks@northgatecustoms.example>", "Exam fee - container BCLU4471920", body, ct)
# a genuine Ariba PO from a customer new here
w("g02-ariba-new-buyer", "Corvane Industrial <ordersender-prod@ansmtp.ariba.com>", "Corvane Industrial sent a new Purchase Order 4500812",
  '<p>Corvane Industrial sent you a new purchase order (PO 4500812, 2 line items, $12,400.00) through SAP Business Network.</p>'
  '<p><a href="https://service.ariba.com/Supplier.aw/ad/po?key=c4v9x2m7k3q8&amp;anp=Ariba">Process order</a></p>'
  '<p>If you have not registered, <a href="https://supplier.ariba.com/register">create an account</a>.</p>')
# the known trucking carrier's accessorial charge notice, through its own Mailgun tracker
w("g03-carrier-accessorial", "Ridgeway Haulage <dispatch@ridgewayhaulage.example>", "PRO 58120: detention charge added",
  '<p>Load PRO <b>58120</b> (Hartwell Freight, 14 pallets): the driver waited 3 hours at the consignee. A detention charge of $225.00 was added to the freight invoice.</p>'
  '<p><a href="https://email.mg.ridgewayhaulage.example/c/detention58120x">View load and charges</a></p><p>Ridgeway Haulage dispatch | (555) 014-7000</p>')
