# Bookkeeper at a small accounting firm: nora.keane@marlowfinch.example
# (Marlow & Finch CPAs, six people; internal domain marlowfinch.example),
# where payment words abound legitimately. Clients at their own domains and
# at free mail sending invoices, receipts and bank statements as PDFs and
# asking how to pay, Nora's replies, colleagues (the firm's own ShareFile and
# TaxDome tenants, QuickBooks Online client files), the firm's bank
# (Harborstone Bank, harborstonebank.example: statements, ACH and wire
# notices, Positive Pay), the state tax authority (Westmarch Department of
# Revenue, revenue.westmarch.example), and the services the clients' books
# run on, from the services themselves: QuickBooks Online (Intuit), Xero,
# BILL, Gusto payroll, ShareFile and TaxDome uploads, Stripe receipts and
# PayPal invoices of the firm's own vendors, a state CPA society's Mailchimp
# news. In the test window: clients new this season sending their first
# documents (first contact, payment words and attachments), a new client's
# invitations through QuickBooks, Xero and Gusto, the previous accountant's
# handover, a known client's bank change confirmed by a phone call.
import datetime, random, sys
from gen_common import Box, alt, mixed, pdf

rng = random.Random(97)
from gen_common import UTC, start, split, end  # the learn and test windows
CO = "marlowfinch.example"
OWNER = "nora.keane@" + CO
ME = "Nora Keane <%s>" % OWNER
SF = "marlowfinch.sharefile.com"
TD = "marlowfinch.taxdome.com"
BANK = "harborstonebank.example"
DOR = "revenue.westmarch.example"
SIG = "\n--\nNora Keane | Bookkeeper\nMarlow & Finch CPAs\n22 Mill Street, Suite 4 | (555) 014-3310\nhttps://www.marlowfinch.example\n"
b = Box("books", OWNER, start)
R = lambda: rng.randint(10000, 99999)
H = lambda n=10: "".join(rng.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(n))
usd = lambda lo, hi: "$%s.%02d" % ("{:,}".format(rng.randint(lo, hi)), rng.randint(0, 99))
MONTHS = ["August", "September", "October", "November"]

STAFF = [("Martin Finch", "martin.finch@" + CO, "Partner"), ("Grace Liu", "grace.liu@" + CO, "Tax Senior"),
         ("Omar Haddad", "omar.haddad@" + CO, "Staff Accountant"), ("Ellen Marlow", "ellen.marlow@" + CO, "Partner")]
# clients: (contact, address, business, books on)
CLIENTS = [("Tess Moreau", "tess@brightoakbakery.example", "Bright Oak Bakery", "qbo"),
           ("Linda Halvorsen", "linda@halvorsenplumbing.example", "Halvorsen Plumbing", "qbo"),
           ("Ruth Ames", "ruth.ames@kesslerdental.example", "Kessler Dental", "qbo"),
           ("Mike Dunn", "mike.dunn.greenway@gmail.com", "Greenway Landscaping", "qbo"),
           ("Sofia Park", "sofia@juniperyoga.example", "Juniper Yoga Studio", "xero"),
           ("Carlos Rivera", "carlos.rivera71@yahoo.com", "Rivera household", "none")]
# Kessler Dental's outside controller, who sends the payroll journal
CONTROLLER = ("Dana Whitfield", "dana@whitfieldadvisory.example", "Whitfield Advisory")
threads = []

def client_mail(when):
    name, addr, biz, books = rng.choice(CLIENTS)
    m = MONTHS[min(3, (when.month - 8))] if when.month >= 8 else "October"
    kind = rng.choice(["invoices", "receipts", "statement", "question", "payment"])
    if kind == "invoices":
        doc = pdf(["%s" % biz, "Invoice %d" % R(), "Bill to: customer", "Amount due: %s" % usd(200, 4000), "Payment terms: Net 30"])
        body, ct = mixed([("text/plain; charset=utf-8", "Hi Nora,\n\nattached are the customer invoices we sent in %s. Two are still unpaid, "
                           "can you mark them as receivable?\n\nThanks,\n%s\n%s\n" % (m, name.split()[0], biz)),
                          ("application/pdf", "invoices_%s.pdf" % m.lower(), doc)])
        subj = "%s invoices" % m
    elif kind == "receipts":
        doc = pdf(["Receipts - %s" % biz, "Hardware store %s" % usd(20, 300), "Fuel %s" % usd(40, 120), "Supplies %s" % usd(10, 200)])
        body, ct = mixed([("text/plain; charset=utf-8", "Hi Nora,\n\nhere are my receipts for %s (scanned). The card payments should match the bank statement.\n\n%s\n" % (m, name.split()[0])),
                          ("application/pdf", "receipts_%s.pdf" % m.lower(), doc)])
        subj = "receipts for %s" % m
    elif kind == "statement":
        doc = pdf(["Statement of account", biz, "Beginning balance %s" % usd(1000, 20000), "Deposits %s" % usd(1000, 20000),
                   "Withdrawals %s" % usd(1000, 20000), "Ending balance %s" % usd(1000, 20000)])
        body, ct = mixed([("text/plain; charset=utf-8", "Hi Nora,\n\nbank statement for %s attached for the reconciliation.\n\n%s\n" % (m, name.split()[0])),
                          ("application/pdf", "statement_%s.pdf" % m.lower(), doc)])
        subj = "%s bank statement" % m
    elif kind == "question":
        body = "Hi Nora,\n\n%s\n\nThanks,\n%s\n" % (rng.choice([
            "A customer paid invoice 1187 twice by mistake. Should I refund the payment or leave it as a credit?",
            "Do I need to send a 1099 to the painter we paid $2,400 this year?",
            "The sales tax payment for Q3 went out on the 20th, can you confirm it posted?",
            "Our payroll account is short this week, can we move the payment date for the estimated tax?"]), name.split()[0])
        ct, subj = "text/plain; charset=utf-8", rng.choice(["quick question", "payment question", "sales tax", "1099?"])
    else:
        body = "Hi Nora,\n\nI paid your firm's invoice for %s by bank transfer today, %s. Let me know when you see it.\n\n%s\n%s\n" % (m, usd(300, 900), name.split()[0], biz)
        ct, subj = "text/plain; charset=utf-8", "paid your invoice"
    mid = b.add(when, "%s <%s>" % (name, addr), ME, subj, body, ct)
    threads.append((mid, addr, name, subj))

def reply(when):
    if not threads: return
    mid, addr, name, subj = rng.choice(threads)
    b.add(when, ME, "%s <%s>" % (name, addr), "Re: " + subj, "Hi %s,\n\n%s\n%s" % (name.split()[0], rng.choice([
        "thanks, got it. I'll post them this week.", "received, the payment shows in the bank feed.", "thanks, all reconciled now.",
        "got it, I'll let Grace know for the return."]), SIG), irt=mid, rcpts=[addr])

def colleague(when):
    name, addr, title = rng.choice(STAFF)
    biz = rng.choice(CLIENTS)[2]
    q = rng.choice(["Can you finish the %s bank reconciliation before Friday? The client file is here: https://qbo.intuit.com/app/reconcile?companyId=%d" % (biz, 9130000000 + R()),
                    "I put the %s engagement letter in ShareFile: https://%s/d-s%s" % (biz, SF, H(12)),
                    "Please send the payment reminder to %s, their invoice is 45 days past due." % biz,
                    "%s uploaded their 1099s to TaxDome, can you check them against the ledger? https://%s/app/documents" % (biz, TD),
                    "Staff meeting moved to 10:30 on Thursday.",
                    "Can you approve the vendor payments in BILL for Kessler Dental today? Checks go out tomorrow."])
    mid = b.add(when, "%s <%s>" % (name, addr), ME, rng.choice(["bank rec", "engagement letter", "payment reminder", "1099s", "Thursday", "BILL approvals"]),
                "Hi Nora,\n\n%s\n\nThanks,\n%s\n--\n%s, %s\nMarlow & Finch CPAs\n" % (q, name.split()[0], name, title))
    threads.append((mid, addr, name, "your note"))

def bank(when):
    n = R()
    kind = rng.choice(["statement", "ach", "wire", "positivepay", "deposit"])
    if kind == "statement":
        t, s = "Your business account statement ending in 4417 is now available.", "Your statement is ready"
    elif kind == "ach":
        t, s = "ACH batch %d (payroll, 6 payments, %s) was approved and will settle on the next business day." % (n, usd(8000, 20000)), "ACH batch approved"
    elif kind == "wire":
        t, s = "An incoming wire transfer of %s was credited to account ending in 4417." % usd(2000, 9000), "Incoming wire transfer received"
    elif kind == "positivepay":
        t, s = "You have 1 Positive Pay exception to review. Checks not decisioned by 2:00 PM ET will be returned.", "Positive Pay: exceptions to review"
    else:
        t, s = "A mobile deposit of %s was received and is being reviewed." % usd(200, 3000), "We received your deposit"
    body, ct = alt("%s\nSign in to Harborstone Business Online to view details.\n" % t,
                   '<p>Marlow &amp; Finch CPAs,</p><p>%s</p><p><a href="https://online.%s/business/login">Sign in to Business Online</a> to view the details.</p>'
                   '<p>Harborstone Bank will never ask for your password or one-time code by email or phone.</p>'
                   '<p><a href="https://www.%s/privacy">Privacy</a> | Member FDIC</p>' % (t, BANK, BANK))
    b.add(when, "Harborstone Bank <alerts@notify.%s>" % BANK, ME, s, body, ct, mailfrom="bounce@notify.%s" % BANK)

def dor(when):
    n = R()
    kind = rng.choice(["notice", "filed", "payment"])
    if kind == "notice":
        t, s = "A new notice has been posted to a client account you represent (letter ID L%d). Sign in to TaxConnect to read it." % (n * 10), "New notice available in TaxConnect"
    elif kind == "filed":
        t, s = "The sales and use tax return for %s was received (confirmation %d)." % (rng.choice(CLIENTS[:5])[2], n), "Return received"
    else:
        t, s = "A payment of %s was scheduled for %s (confirmation %d). Payments scheduled after 4:00 PM post on the next business day." % (usd(300, 5000), rng.choice(CLIENTS[:5])[2], n), "Payment scheduled"
    body, ct = alt("%s\n" % t, '<p>%s</p><p><a href="https://taxconnect.%s/_/">Westmarch TaxConnect</a></p>'
                   '<p>This is an automated message from the Westmarch Department of Revenue. Do not reply.</p>' % (t, DOR))
    b.add(when, "Westmarch Department of Revenue <noreply@%s>" % DOR, ME, s, body, ct)

def qbo(when):
    name, addr, biz, books = rng.choice([c for c in CLIENTS if c[3] == "qbo"])
    cid = 9130000000 + sum(map(ord, biz))
    kind = rng.choice(["bankfeed", "reconcile", "invite-done", "payment"])
    if kind == "bankfeed":
        t, s = "%s: the bank connection for Harborstone Bank needs your attention. Sign in to update it." % biz, "Action needed: reconnect your bank"
        link = "https://qbo.intuit.com/app/banking?companyId=%d" % cid
    elif kind == "reconcile":
        t, s = "%s: 38 transactions are ready to review in the bank feed." % biz, "You have transactions to review"
        link = "https://qbo.intuit.com/app/banking?companyId=%d" % cid
    elif kind == "invite-done":
        t, s = "%s changed the user permissions for %s." % (name, biz), "User permissions changed"
        link = "https://qbo.intuit.com/app/usermngmt?companyId=%d" % cid
    else:
        t, s = "%s received a payment of %s for invoice %d." % (biz, usd(100, 3000), R()), "Payment received"
        link = "https://qbo.intuit.com/app/recvpayment?companyId=%d" % cid
    body, ct = alt("%s\n" % t, '<p>Hi Nora,</p><p>%s</p><p><a href="%s">Go to QuickBooks</a></p>'
                   '<p>Intuit, QuickBooks and QuickBooks Online are registered trademarks of Intuit Inc. '
                   '<a href="https://www.intuit.com/privacy/statement/">Privacy</a></p>' % (t, link))
    b.add(when, "QuickBooks <do_not_reply@intuit.com>", ME, s, body, ct)

def vendor_invoice(when, kind):
    n = R()
    if kind == "quickbooks":  # the landlord
        amt = "$3,850.00"
        body, ct = alt("Invoice %d, balance due %s\n" % (n, amt),
                       '<p>Dear Marlow &amp; Finch CPAs,</p><p>Here is your invoice! We appreciate your prompt payment.</p><p>Invoice %d &middot; Balance due %s</p>'
                       '<p><a href="https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-%d?locale=en_US&amp;cta=viewinvoicenow">Review and pay</a></p>'
                       '<p>Thanks for your business!<br>Castlegate Properties</p>' % (n, amt, n * 7))
        b.add(when, '"Castlegate Properties" <quickbooks@notification.intuit.com>', ME, "Invoice %d from Castlegate Properties" % n, body, ct,
              reply_to="ar@castlegateprop.example", mailfrom="quickbooks@notification.intuit.com")
    elif kind == "xero":  # the IT provider
        amt = usd(400, 900)
        body, ct = alt("Here's invoice INV-%d for %s.\n" % (n, amt),
                       '<p>Hi Nora,</p><p>Here\'s invoice INV-%d for %s.</p><p>The amount outstanding of %s is due on the 30th.</p>'
                       '<p><a href="https://in.xero.com/%s?utm_source=invoiceEmailViewInvoiceButton">View and pay invoice</a></p>'
                       '<p>If you have any questions, please let us know.</p><p>Thanks,<br>Brightline IT</p>' % (n, amt, amt, H(30)))
        b.add(when, '"Brightline IT" <messaging-service@post.xero.com>', ME, "Invoice INV-%d from Brightline IT for Marlow & Finch CPAs" % n, body, ct,
              reply_to="accounts@brightlineit.example", mailfrom="messaging-service@post.xero.com")
    elif kind == "stripe":  # the document-scanning software
        body, ct = alt("Receipt from Ledgerscan\n",
                       '<p>Receipt from Ledgerscan</p><p>Amount paid $79.00 &middot; Date paid %s &middot; Payment method Visa - 2291</p>'
                       '<p>Receipt #%d-%d</p><p><a href="https://pay.stripe.com/receipts/payment/CAcaFwoVYWNjdF8x%s">View receipt</a></p>'
                       '<p>Questions? Contact Ledgerscan at <a href="mailto:billing@ledgerscan.example">billing@ledgerscan.example</a>.</p>'
                       % (when.strftime("%b %d, %Y"), rng.randint(1000, 9999), rng.randint(1000, 9999), H(40)))
        b.add(when, '"Ledgerscan" <receipts+acct_1Lx7Qm2eZvKYlo2C@stripe.com>', ME, "Your Ledgerscan receipt #%d-%d" % (rng.randint(1000, 9999), rng.randint(1000, 9999)),
              body, ct, mailfrom="bounces+%d@stripe.com" % n)
    else:  # the office cleaner, through PayPal
        amt = "$260.00"
        body, ct = alt("Cleanline Office Services sent you an invoice\n",
                       '<p>Hello Marlow &amp; Finch CPAs,</p><p>Cleanline Office Services sent you an invoice for %s USD.</p><p>Due on receipt. Invoice number %d.</p>'
                       '<p><a href="https://www.paypal.com/invoice/p/#INV2-%s-%s-%s-%s">View and Pay Invoice</a></p>'
                       '<p><a href="https://www.paypal.com/us/smarthelp/home">Help &amp; Contact</a></p>' % (amt, n, H(4).upper(), H(4).upper(), H(4).upper(), H(4).upper()))
        b.add(when, "Cleanline Office Services via PayPal <service@paypal.com>", ME, "Invoice from Cleanline Office Services (%d)" % n, body, ct)

def gusto(when):
    name, addr, biz, books = rng.choice(CLIENTS[:3])
    kind = rng.choice(["processed", "remind", "tax"])
    if kind == "processed":
        t, s = "Payroll for %s was processed. %s will be debited from the company's bank account." % (biz, usd(5000, 18000)), "Payroll processed for %s" % biz
    elif kind == "remind":
        t, s = "Run payroll for %s by 4:00 pm PT on %s so your team is paid on time." % (biz, (when + datetime.timedelta(days=2)).strftime("%A")), "Reminder: run payroll for %s" % biz
    else:
        t, s = "Gusto filed and paid %s's quarterly payroll taxes." % biz, "Taxes filed for %s" % biz
    body, ct = alt("%s\n" % t, '<p>Hi Nora,</p><p>%s</p><p><a href="https://app.gusto.com/payrolls">Go to Gusto</a></p>'
                   '<p><a href="https://support.gusto.com/">Help center</a></p>' % t)
    b.add(when, "Gusto <no-reply@gusto.com>", ME, s, body, ct)

def billcom(when):
    n = rng.randint(2, 7)
    body, ct = alt("%d bills are waiting for your approval\n" % n,
                   '<p>Hi Nora,</p><p>%d bills for <b>Kessler Dental</b> are waiting for your approval (total %s).</p>'
                   '<p><a href="https://app02.us.bill.com/neo/frame/approvals">Review and approve</a></p><p>BILL</p>' % (n, usd(1500, 9000)))
    b.add(when, "BILL <no-reply@hq.bill.com>", ME, "%d bills are waiting for your approval" % n, body, ct)

def sharefile(when):
    name, addr, biz, books = rng.choice(CLIENTS)
    n = rng.randint(1, 6)
    body, ct = alt("%s uploaded %d files\n" % (name, n),
                   '<p>%s uploaded %d files to <b>Clients / %s</b>.</p><p><a href="https://%s/d-s%s">View files</a></p><p>ShareFile</p>' % (name, n, biz, SF, H(14)))
    b.add(when, "ShareFile <mail@sf-notifications.com>", ME, "%s uploaded files to Clients / %s" % (name, biz), body, ct)

def taxdome(when):
    name, addr, biz, books = rng.choice(CLIENTS)
    kind = rng.choice(["docs", "invoice-paid", "message"])
    if kind == "docs":
        t, s = "%s uploaded 3 new documents to %s." % (name, biz), "New documents from %s" % name
    elif kind == "invoice-paid":
        t, s = "%s paid invoice #%d (%s) by card." % (name, rng.randint(100, 999), usd(250, 1200)), "Invoice paid by %s" % name
    else:
        t, s = "%s sent you a new message in the client portal." % name, "New message from %s" % name
    body, ct = alt("%s\n" % t, '<p>%s</p><p><a href="https://%s/app/inbox">Open TaxDome</a></p><p>Marlow &amp; Finch CPAs, powered by TaxDome</p>' % (t, TD))
    b.add(when, "Marlow & Finch CPAs <notifications@taxdome.com>", ME, s, body, ct)

def xero(when):
    body, ct = alt("Juniper Yoga Studio\n",
                   '<p>Hi Nora,</p><p>Juniper Yoga Studio has 24 bank statement lines to reconcile.</p>'
                   '<p><a href="https://go.xero.com/Bank/BankAccounts.aspx">Reconcile now</a></p><p>Xero</p>')
    b.add(when, "Xero <noreply@post.xero.com>", ME, "Juniper Yoga Studio: statement lines to reconcile", body, ct)

def controller(when):
    doc = pdf(["Kessler Dental - payroll journal", "Wages %s" % usd(20000, 40000), "Employer taxes %s" % usd(2000, 4000), "Net pay %s" % usd(15000, 30000)])
    body, ct = mixed([("text/plain; charset=utf-8", "Hi Nora,\n\npayroll journal for the period attached; the 401(k) remittance went out separately.\n\nDana\n--\nDana Whitfield, CPA\nWhitfield Advisory\n"),
                      ("application/pdf", "Kessler_payroll_JE.pdf", doc)])
    mid = b.add(when, "%s <%s>" % CONTROLLER[:2], ME, "Kessler payroll journal", body, ct)
    threads.append((mid, CONTROLLER[1], CONTROLLER[0], "Kessler payroll journal"))

def newsletter(when):
    n = H(10)
    body, ct = alt("Westmarch CPA Weekly\n",
                   '<h2>Westmarch CPA Weekly</h2><p><a href="https://westmarchcpa.us14.list-manage.com/track/click?u=%s&amp;id=%s&amp;e=%s">Sales tax rate changes for 2027</a></p>'
                   '<p><a href="https://westmarchcpa.us14.list-manage.com/track/click?u=%s&amp;id=%s">CPE: payroll year-end webinar</a></p>'
                   '<p><a href="https://westmarchcpa.us14.list-manage.com/unsubscribe?u=%s&amp;id=%s">Unsubscribe</a></p>' % (n, H(10), H(10), n, H(10), n, H(10)))
    b.add(when, "Westmarch Society of CPAs <news@westmarchcpa.example>", ME, "Westmarch CPA Weekly", body, ct,
          extra=[("List-Unsubscribe", "<https://westmarchcpa.us14.list-manage.com/unsubscribe?u=%s>" % n), ("Precedence", "bulk")],
          mailfrom="bounce-mc.us14_%s@mail%d.atl41.mcsv.net" % (n[:8], rng.randint(100, 300)))

day = start
while day < end:
    wd = day.weekday()
    def at(): return day + datetime.timedelta(hours=rng.uniform(7, 18))
    if wd < 5:
        if rng.random() < 0.45: colleague(at())
        if rng.random() < 0.5: client_mail(at())
        if rng.random() < 0.25: reply(at())
        if rng.random() < 0.2: bank(at())
        if rng.random() < 0.2: qbo(at())
        if rng.random() < 0.1: gusto(at())
        if rng.random() < 0.1: billcom(at())
        if rng.random() < 0.15: sharefile(at())
        if rng.random() < 0.1: taxdome(at())
        if rng.random() < 0.06: xero(at())
        if rng.random() < 0.05: controller(at())
    if wd == 1: newsletter(at())
    if day.day in (10, 25): dor(at())
    if day.day == 1: vendor_invoice(at(), "quickbooks")
    if day.day == 12: vendor_invoice(at(), "xero")
    if day.day == 3: vendor_invoice(at(), "stripe")
    if day.day == 20: vendor_invoice(at(), "paypal")
    day += datetime.timedelta(days=1)

# Nora writes to the clients and the controller at the start of the season
for i, (name, addr, biz, books) in enumerate(CLIENTS + [CONTROLLER + ("none",)]):
    b.add(start + datetime.timedelta(days=1, hours=8 + i / 2), ME, "%s <%s>" % (name, addr), "%s - month-end documents" % biz,
          "Hello %s,\n\na reminder to send the month-end bank statements and receipts by the 5th.\n%s" % (name.split()[0], SIG), rcpts=[addr])

# test window: clients new this season and the services their books come with
T = split + datetime.timedelta(days=1, hours=9)
def first(d, frm, subj, body, ct="text/plain; charset=utf-8", **kw):
    return b.add(T + datetime.timedelta(days=d), frm, ME, subj, body, ct, **kw)
# a new client at free mail, referred by a client, her first documents and "how do I pay"
doc1 = pdf(["Form 1099-NEC 2026", "Payer: Studio Collective LLC", "Recipient: Janelle Ortiz", "Nonemployee compensation $18,400.00"])
doc2 = pdf(["Ortiz Design - invoices 2026", "Invoice 031 $2,400.00 paid", "Invoice 032 $1,150.00 paid", "Invoice 033 $3,000.00 unpaid"])
body, ct = mixed([("text/plain; charset=utf-8", "Hi Nora,\n\nSofia Park from Juniper Yoga gave me your name. I'm a freelance designer and I need help with "
                   "my bookkeeping and quarterly estimated payments. Attached are my 1099s so far and the invoices I sent this year.\n\n"
                   "What's your fee, and how do I pay the retainer? Card or bank transfer is fine.\n\nThanks,\nJanelle Ortiz\n"),
                  ("application/pdf", "1099-NEC_StudioCollective.pdf", doc1), ("application/pdf", "Ortiz_invoices_2026.pdf", doc2)])
first(0, "Janelle Ortiz <janelle.ortiz.design@gmail.com>", "New client - bookkeeping and estimated taxes", body, ct)
# a new business client at its own domain with Q3 invoices and bank statements
doc1 = pdf(["Vance Carpentry LLC", "Q3 sales invoices", "Total invoiced $84,210.00", "Outstanding $12,400.00"])
doc2 = pdf(["Statement of account", "Vance Carpentry LLC", "Account ending 0932", "Ending balance $23,118.52"])
body, ct = mixed([("text/plain; charset=utf-8", "Hello Ms. Keane,\n\nthank you for the call yesterday. As discussed, here are our Q3 invoices and the bank statements "
                   "for July to September so you can catch up the books. Our previous accountant will send the prior year files.\n\n"
                   "Please send your engagement letter and invoice and we'll pay by ACH.\n\nPeter Vance\nVance Carpentry LLC\n(555) 014-7781\n"),
                  ("application/pdf", "VanceCarpentry_Q3_invoices.pdf", doc1), ("application/pdf", "VanceCarpentry_statements_Q3.pdf", doc2)])
first(0.3, "Peter Vance <peter@vancecarpentry.example>", "Q3 invoices and bank statements", body, ct)
# Vance's previous accountant hands over the prior year files through her own firm's ShareFile
doc = pdf(["Grant & Hollis CPA", "Vance Carpentry LLC", "2025 trial balance", "Depreciation schedule"])
body, ct = mixed([("text/plain; charset=utf-8", "Dear Nora,\n\nPeter Vance asked us to pass on his files. The 2025 trial balance is attached; the workpapers and "
                   "the depreciation schedule are in our portal: https://grantcpa.sharefile.com/d-s4b7c1e9a2f0\n\n"
                   "Our final invoice has been settled, so nothing is owed to us.\n\nBest regards,\nHollis Grant, CPA\nGrant & Hollis CPA\n"),
                  ("application/pdf", "Vance_2025_TB.pdf", doc)])
first(2, "Hollis Grant <hgrant@grantcpa.example>", "Vance Carpentry - prior year files", body, ct)
# a new client's QuickBooks Online, Xero and Gusto invitations, from the services
body, ct = alt("Ravi Menon invited you to be the accountant for Menon Imports\n",
               '<p>Hi Nora,</p><p>Ravi Menon invited you to be the accountant for <b>Menon Imports</b> in QuickBooks Online.</p>'
               '<p><a href="https://accounts.intuit.com/app/sign-in?app_group=QBO&amp;asset_alias=Intuit.accounting.core.qbowebapp&amp;redirect_url=https%%3A%%2F%%2Fqbo.intuit.com%%2Fapp%%2Finvitation%%3Ftoken%%3D%s">Accept invitation</a></p>'
               '<p>Intuit, QuickBooks and QuickBooks Online are registered trademarks of Intuit Inc.</p>' % H(24))
first(3, "QuickBooks <do_not_reply@intuit.com>", "Ravi Menon invited you to be their accountant", body, ct)
body, ct = alt("Ravi Menon has invited you to Menon Imports in Xero\n",
               '<p>Hi Nora,</p><p>Ravi Menon has invited you to access <b>Menon Imports Payroll</b> in Xero as an adviser.</p>'
               '<p><a href="https://login.xero.com/identity/user/invitation?token=%s">Accept invitation</a></p><p>Xero</p>' % H(30))
first(3.2, "Xero <noreply@post.xero.com>", "Ravi Menon has invited you to Menon Imports Payroll in Xero", body, ct)
body, ct = alt("You've been added as an accountant\n",
               '<p>Hi Nora,</p><p>Peter Vance added you as an accountant for <b>Vance Carpentry LLC</b> on Gusto.</p>'
               '<p><a href="https://app.gusto.com/accountant/invitations">Accept invitation</a></p><p><a href="https://support.gusto.com/">Help center</a></p>')
first(4, "Gusto <no-reply@gusto.com>", "You've been added as an accountant for Vance Carpentry LLC", body, ct)
# a new client's first upload to the firm's TaxDome portal and its retainer paid there
body, ct = alt("Janelle Ortiz uploaded documents\n", '<p>Janelle Ortiz uploaded 5 new documents to Ortiz Design.</p><p><a href="https://%s/app/inbox">Open TaxDome</a></p>'
               '<p>Marlow &amp; Finch CPAs, powered by TaxDome</p>' % TD)
first(5, "Marlow & Finch CPAs <notifications@taxdome.com>", "New documents from Janelle Ortiz", body, ct)
# a new client at his own domain sending his receipts by a Dropbox link
body, ct = alt("Hi Nora\n", '<p>Hi Nora,</p><p>Ravi Menon here, Menon Imports. The supplier invoices and customs receipts for September and October '
               'are too big to attach, they are in this folder: <a href="https://www.dropbox.com/scl/fo/%s/%s?rlkey=%s&amp;dl=0">Menon Imports - Sep-Oct invoices</a></p>'
               '<p>The import duty payments are the ones marked "CBP". Let me know your bank details for the retainer.</p><p>Ravi</p>' % (H(21), H(12), H(25)))
first(6, "Ravi Menon <ravi@menonimports.example>", "Sep-Oct supplier invoices and receipts", body, ct)
# a new individual client at free mail: her W-2 and a question about the payment plan
doc = pdf(["Form W-2 2026 (employee copy)", "Employer: Lakeside Hospital", "Employee: Hannah Cole", "Wages $61,240.00"])
body, ct = mixed([("text/plain; charset=utf-8", "Hello,\n\nI got your email from the Westmarch CPA society directory. I owe state tax from last year and "
                   "got a notice about a payment plan. Can your firm help? My W-2 is attached.\n\nHannah Cole\n(555) 014-9043\n"),
                  ("application/pdf", "W2_2026.pdf", doc)])
first(7, "Hannah Cole <hannah.cole.rn@outlook.com>", "Help with a state tax payment plan", body, ct)
# a new vendor's PayPal invoice (shredding service the firm booked)
body, ct = alt("ShredRight Document Destruction sent you an invoice\n",
               '<p>Hello Marlow &amp; Finch CPAs,</p><p>ShredRight Document Destruction sent you an invoice for $145.00 USD.</p><p>Due on receipt. Invoice number 0412.</p>'
               '<p>Note from seller: Year-end shred day, 4 bins. Thank you!</p>'
               '<p><a href="https://www.paypal.com/invoice/p/#INV2-K7QX-3MRT-8VHD-2LPE">View and Pay Invoice</a></p>'
               '<p><a href="https://www.paypal.com/us/smarthelp/home">Help &amp; Contact</a></p>')
first(8, "ShredRight Document Destruction via PayPal <service@paypal.com>", "Invoice from ShredRight Document Destruction (0412)", body, ct)
# a known client's bank change, confirmed on the phone
doc = pdf(["Halvorsen Plumbing LLC", "New operating account", "Bank: Tri-County Credit Union", "Routing: on file with Nora Keane (by phone)",
           "Effective: November 15, 2026"])
body, ct = mixed([("text/plain; charset=utf-8", "Hi Nora,\n\nas I told you on the phone this morning, we moved our operating account to Tri-County Credit Union. "
                   "The bank letter is attached; you have the routing and account number from our call. Please update the payroll debit "
                   "in Gusto and the bank feed in QuickBooks before the next payroll on the 20th.\n\nThanks,\nLinda\nHalvorsen Plumbing\n"),
                  ("application/pdf", "TriCounty_account_letter.pdf", doc)])
first(9, "Linda Halvorsen <linda@halvorsenplumbing.example>", "New bank account - as discussed", body, ct)
# a new client's first Stripe-paid retainer on the firm's own billing page
body, ct = alt("Payment received\n", '<p>You received a payment of <b>$750.00</b> from Peter Vance (Vance Carpentry LLC).</p>'
               '<p><a href="https://dashboard.stripe.com/payments/py_3Q%s">View payment</a></p><p>Stripe</p>' % H(20))
first(10, "Stripe <notifications@stripe.com>", "Payment of $750.00 from Vance Carpentry LLC", body, ct)
# the customs broker of a new client, its first invoice with wire instructions in the PDF, and a new client's husband
doc = pdf(["Atlas Customs Brokerage", "Invoice AC-55102", "Client: Menon Imports", "Entry 7731-0042: duty $1,284.00, brokerage fee $175.00",
           "Total due $1,459.00 within 10 days", "Remit by wire: see our bank details on file with Menon Imports"])
body, ct = mixed([("text/plain; charset=utf-8", "Hello,\n\nRavi Menon asked us to copy his accountant on our invoices from now on. Invoice AC-55102 "
                   "for the October entries is attached; payment is due within 10 days.\n\nAtlas Customs Brokerage - Billing\n"),
                  ("application/pdf", "AC-55102.pdf", doc)])
first(11, "Atlas Customs Brokerage <billing@atlascustoms.example>", "Invoice AC-55102 - Menon Imports", body, ct, cc="Ravi Menon <ravi@menonimports.example>")
doc = pdf(["Form 1098 Mortgage Interest Statement 2026", "Lender: Westmarch Home Loans", "Mortgage interest received $9,812.40"])
body, ct = mixed([("text/plain; charset=utf-8", "Hi Nora,\n\nHannah asked me to send our mortgage interest statement and the property tax receipt. "
                   "We paid the second installment online last week.\n\nDavid Cole\n"),
                  ("application/pdf", "1098_2026.pdf", doc)])
first(12, "David Cole <dcole.home@gmail.com>", "1098 and property tax receipt", body, ct)
# a law firm's link-free first letter about the office rent: legal action
# told as what may follow (hedged), a number to call; no callback lure
first(13, "Harwood & Pryce LLP <accounts@harwoodpryce.example>", "Unpaid rent - Suite 4, 220 Main Street - our ref HP/CP/5521",
      "Dear Marlow & Finch CPAs,\n\nwe act for Castlegate Properties about the unpaid rent of $3,850.00 for Suite 4, 220 Main "
      "Street (invoice 88412). If payment is not received within 14 days, our client may take legal action against you.\n\n"
      "Please call our office at (555) 014-2280 to arrange the payment or to tell us if it has been made.\n\n"
      "Harwood & Pryce LLP\n")
b.write(sys.argv[1], split)
print(len(b.msgs))
