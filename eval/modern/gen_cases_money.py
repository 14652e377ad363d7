# Targeted cases of payment diversion that refuses a call (round 35's
# call_refused helper): a known supplier's hijacked accounts-receivable
# address asking to update the vendor record with attached banking
# information (logistics), and legitimate look-alikes: the same supplier's
# "that was not us" reply under one quoted line of such a lure (logistics
# g04), and a donor asking for a duplicate charge to be
# refunded to her card who cannot take calls at work (nonprofit n16).
# Writes only cases/*/phish-pm-*.eml, logistics/g04-* and nonprofit/n16-*
# (removing its own first): the other generators own the rest, and
# gen_cases_logistics.py and gen_cases_nonprofit.py empty their
# directories, so run this one after them.
import os
from gen_common import mixed, pdf, clear_cases, write_case

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases")
OWNERS = {"logistics": "maya.lindgren@hartwellfreight.example", "nonprofit": "ruth.okafor@riverbendliteracy.example"}
MINE = ("phish-pm-", "g04-", "n16-")
clear_cases(ROOT, OWNERS, MINE)


def w(box, name, frm, subj, body, ct="text/html; charset=utf-8", extra=""):
    write_case(ROOT, OWNERS[box], box, name, frm, subj, body, ct, extra)


# the known supplier's hijacked AR address: update the vendor record with the attached banking information, email is best
doc = pdf(["Kessler Steel Components", "Vendor record update", "Bank: Harbor Point Bank", "Routing 021000089  Account 5520198834"])
body, ct = mixed([("text/plain; charset=utf-8", "Dear Maya,\n\nplease update our vendor record with the attached banking information before Friday's "
                   "payment run; open invoices 48120 and 48377 should be paid there. Our office phones are being moved this week, "
                   "so email is best.\n\nKessler Steel Components - Accounts Receivable\n"),
                  ("application/pdf", "Kessler_vendor_update.pdf", doc)])
w("logistics", "phish-pm-vendor-record", "Kessler Steel AR <ar@kesslersteel.example>", "Vendor record update - banking information", body, ct)

# the supplier's real reply: "that was not us" under the lure's one quoted line (one '>' line is no quote to
# pkg/links, so it stays in the opening read)
w("logistics", "g04-supplier-not-us", "Dieter Kessler <d.kessler@kesslersteel.example>", "Re: Change of bank details",
  "Hi Maya,\n\n> We changed our bank, pay the open invoices to the new account attached; I'm in meetings all day and can't take calls, email is best.\n\n"
  "That was not from us, our bank details are unchanged. Please ignore it and keep paying as before.\n\nDieter\n",
  "text/plain; charset=utf-8")

# a donor at free mail: a duplicate charge refunded to her card, can't take calls at work
w("nonprofit", "n16-donor-duplicate-refund", "Irene Castillo <irene.castillo@gmail.com>", "Charged twice for gala tickets",
  "Dear Ruth,\n\nmy card was charged twice for the two gala tickets I bought on your website yesterday. Could you please refund "
  "the duplicate charge to my card? I can't take calls at work, email is best.\n\nThank you,\nIrene Castillo\n",
  "text/plain; charset=utf-8")
