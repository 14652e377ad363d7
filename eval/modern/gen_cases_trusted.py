# Targeted phishing cases for the company mailbox (gen_company.py) of a red
# team (round 30) playing an operator who rides trusted infrastructure so the
# link's domain looks established: open redirects of big sites, page
# builders, app platforms, object storage, IPFS gateways, file shares from a
# fresh account, an invitation and an SVG drawing, most of them carrying the
# reader's address in base64 after the "#", as adversary-in-the-middle kits
# do. None of these services is a correspondent of the company mailbox.
# Writes only cases/company/phish-rt-*.eml (removing its own first); the
# case with the service as a normal correspondent (a preview platform the
# SRE mailbox uses) is in gen_cases_devops.py.
import base64, os
from gen_common import mixed

D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases", "company")
A = "anna.kovac@brightwater.example"
B64 = base64.b64encode(A.encode()).decode()  # YW5uYS5rb3ZhY0BicmlnaHR3YXRlci5leGFtcGxl
for f in os.listdir(D):
    if f.startswith("phish-rt-"):
        os.remove(os.path.join(D, f))


def w(name, frm, subj, body, ct="text/html; charset=utf-8", extra=""):
    addr = frm.split("<")[-1].rstrip(">")
    raw = ("Return-Path: <%s>\r\nDelivered-To: %s\r\nFrom: %s\r\nTo: %s\r\nSubject: %s\r\nDate: Wed, 26 Nov 2026 10:00:00 +0000\r\n"
           "Message-ID: <%s@case.example>\r\n%sMIME-Version: 1.0\r\nContent-Type: %s\r\n\r\n%s\r\n"
           % (addr, A, frm, A, subj, name, extra, ct, body.replace("\r\n", "\n").replace("\n", "\r\n")))
    open(os.path.join(D, "phish-rt-" + name + ".eml"), "w", encoding="utf-8", newline="").write(raw)


STRANGER = "Tomas Lindqvist <tomas.lindqvist@northpier-build.example>"
PARTNER = "Rafael Costa <rafael.costa@studio-nove.example>"  # a known partner's account, taken over


def review(href, who="Tomas Lindqvist", firm="Northpier Build"):
    return ('<p>Hi Anna,</p><p>the updated drawings for the Harbour Street fit-out are ready for your review. '
            'Please sign in with your work email to view the secure documents.</p>'
            '<p><a href="%s">View documents</a></p><p>Best regards,<br>%s<br>%s</p>' % (href, who, firm))


# open redirects of big sites, each leading to a lure page new here
dest = "https://northpier-docs.example/secure/view#" + B64
w("google-url-redirect", STRANGER, "Harbour Street drawings for review",
  review("https://www.google.com/url?q=" + dest.replace("#", "%23") + "&sa=D&source=editors&ust=1764150000000000&usg=AOvVaw1x"))
w("google-amp", STRANGER, "Harbour Street drawings for review",
  review("https://www.google.com/amp/s/northpier-docs.example/secure/view%23" + B64))
ck = base64.urlsafe_b64encode(b"https://northpier-docs.example/secure/view").decode().rstrip("=")
w("bing-ck", PARTNER, "Updated drawings", review("https://www.bing.com/ck/a?!&&p=4b1c2d3e4f5a6b7cJmltdHM9MTc2NDEwMDAwMA&ptn=3&ver=2&hsh=4&fclid=1f2e&u=a1" + ck + "&ntb=1#" + B64,
  "Rafael Costa", "Studio Nove"))
w("linkedin-redir", STRANGER, "Harbour Street drawings for review",
  review("https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fnorthpier-docs.example%2Fsecure%2Fview&urlhash=Xy1z&trk=public_post-text"))
w("facebook-lphp", STRANGER, "Harbour Street drawings for review",
  review("https://l.facebook.com/l.php?u=https%3A%2F%2Fnorthpier-docs.example%2Fsecure%2Fview%3Ffbclid%3DIwAR0&h=AT0abc"))
w("youtube-redirect", STRANGER, "Harbour Street drawings for review",
  review("https://www.youtube.com/redirect?event=video_description&redir_token=QUFFLUhqbTNx&q=https%3A%2F%2Fnorthpier-docs.example%2Fsecure%2Fview&v=dQw4w9WgXcQ"))
w("doubleclick-clk", STRANGER, "Harbour Street drawings for review",
  review("https://ad.doubleclick.net/ddm/clk/512345678;298765432;x?https://northpier-docs.example/secure/view#" + B64))
w("doubleclick-adurl", STRANGER, "Harbour Street drawings for review",
  review("https://adclick.g.doubleclick.net/pcs/click?xai=AKAOjsv&sai=AMfl-YT&sig=Cg0ArKJSz&adurl=https://northpier-docs.example/secure/view"))
# share pages and site builders: the lure's page under the service's name
w("adobe-express", STRANGER, "Northpier Build shared \"Harbour_Street_Drawings.pdf\"",
  review("https://new.express.adobe.com/webpage/Rk2xQpZ7aT1bC"))
w("acrobat-share", STRANGER, "Northpier Build shared \"Harbour_Street_Drawings.pdf\"",
  review("https://acrobat.adobe.com/id/urn:aaid:sc:EU:5f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b"))
w("canva-site", STRANGER, "Harbour Street drawings for review", review("https://northpier-drawings.my.canva.site/"))
w("notion-site", STRANGER, "Harbour Street drawings for review", review("https://northpier.notion.site/Secure-Documents-8f3a2b1c9d"))
w("webflow", STRANGER, "Harbour Street drawings for review", review("https://northpier-docs.webflow.io/view#" + B64))
w("framer", STRANGER, "Harbour Street drawings for review", review("https://elated-scope-412.framer.website/"))
w("glitch", STRANGER, "Harbour Street drawings for review", review("https://northpier-secure.glitch.me/"))
# app platforms and object storage
w("pages-dev", STRANGER, "Harbour Street drawings for review", review("https://docs-7kq.pages.dev/#" + B64))
w("workers-dev", STRANGER, "Harbour Street drawings for review", review("https://view.northpier.workers.dev/?id=8812"))
w("r2-dev", STRANGER, "Harbour Street drawings for review", review("https://pub-3f9c1a2b4d5e6f708192a3b4c5d6e7f8.r2.dev/view.html#" + B64))
w("firebaseapp", STRANGER, "Harbour Street drawings for review", review("https://northpier-docs.firebaseapp.com/"))
w("web-app", STRANGER, "Harbour Street drawings for review", review("https://np-secure-docs.web.app/index.html"))
w("azure-blob-web", STRANGER, "Harbour Street drawings for review", review("https://npdocs2026.blob.core.windows.net/$web/index.html#" + B64))
w("gcs-bucket", STRANGER, "Harbour Street drawings for review", review("https://storage.googleapis.com/np-drawings-share/index.html"))
w("s3-website", STRANGER, "Harbour Street drawings for review", review("http://np-drawings.s3-website-us-east-1.amazonaws.com/"))
w("s3-website-dot", STRANGER, "Harbour Street drawings for review", review("http://np-drawings.s3-website.eu-central-1.amazonaws.com/"))
w("s3-virtual-regional", STRANGER, "Harbour Street drawings for review", review("https://np-drawings.s3.eu-west-2.amazonaws.com/view.html"))
# IPFS gateways
w("ipfs-io", STRANGER, "Harbour Street drawings for review", review("https://ipfs.io/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/view.html#" + B64))
w("dweb-link", STRANGER, "Harbour Street drawings for review", review("https://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi.ipfs.dweb.link/"))
w("cf-ipfs", STRANGER, "Harbour Street drawings for review", review("https://cf-ipfs.com/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/view.html"))
# messaging, forms, shares from a fresh account
w("telegram", STRANGER, "Harbour Street drawings for review", review("https://t.me/northpier_docs_bot?start=" + B64))
w("google-forms", STRANGER, "Harbour Street drawings for review",
  review("https://docs.google.com/forms/d/e/1FAIpQLSfK3x9Zq7Lm2Np4Rs6Tu8Vw0XyZaBcDeFgHiJkLmNoPq/viewform"))
w("google-sites", STRANGER, "Harbour Street drawings for review", review("https://sites.google.com/view/northpier-secure-docs/home"))
w("ms-forms", STRANGER, "Harbour Street drawings for review", review("https://forms.office.com/r/Xq7Lm2Np4R"))
w("dropbox-fresh", "Northpier Build <northpier.build.docs@gmail.com>", "Northpier Build shared \"Harbour Street Drawings\" with you",
  review("https://www.dropbox.com/scl/fi/a1b2c3d4e5f6g7h8i9j0k/Harbour_Street_Drawings.pdf?rlkey=zyx987wvu654&dl=0"))
w("box-fresh", "Northpier Build <northpier.build.docs@gmail.com>", "Northpier Build shared \"Harbour Street Drawings\" with you",
  review("https://app.box.com/s/k3x9zq7lm2np4rs6tu8vw0xyzabcdefg"))
w("wetransfer-fresh", "Northpier Build <northpier.build.docs@gmail.com>", "Harbour Street Drawings",
  review("https://we.tl/t-Xq7Lm2Np4R"))
# a Google Calendar invitation whose note carries the lure
ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
       "DTSTART:20261127T140000Z\nDTEND:20261127T143000Z\nDTSTAMP:20261126T100000Z\nORGANIZER;CN=Tomas Lindqvist:mailto:northpier.build.docs@gmail.com\n"
       "UID:7k2m9q@google.com\nATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=" + A + ":mailto:" + A + "\n"
       "DESCRIPTION:Please review the signed drawings before the call. Sign in with your work email to view: https://northpier-docs.example/secure/view#" + B64 + "\n"
       "SUMMARY:Harbour Street - drawings sign-off\nSTATUS:CONFIRMED\nEND:VEVENT\nEND:VCALENDAR\n")
w("gcal-invite", "Google Calendar <calendar-notification@google.com>", "Invitation: Harbour Street - drawings sign-off @ Thu 27 Nov 2026 14:00 - 14:30 (GMT) (" + A + ")",
  *mixed([("text/html; charset=utf-8", '<p>Tomas Lindqvist has invited you to the following event.</p><p><b>Harbour Street - drawings sign-off</b></p>'
           '<p>Please review the signed drawings before the call. Sign in with your work email to view: '
           '<a href="https://northpier-docs.example/secure/view#' + B64 + '">https://northpier-docs.example/secure/view</a></p>'
           '<p><a href="https://calendar.google.com/calendar/event?action=RESPOND&eid=N2sybTlx&rst=1">Yes</a></p>'
           '<p>Invitation from <a href="https://calendar.google.com/calendar/">Google Calendar</a></p>'),
          ("text/calendar; method=REQUEST", "invite.ics", ics.encode())]),
  extra="Reply-To: northpier.build.docs@gmail.com\r\n")
# an SVG drawing whose link opens the lure
svg = ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="600" height="200">'
       '<text x="20" y="40">Harbour Street - secure drawings</text><a xlink:href="https://northpier-docs.example/secure/view#' + B64 + '">'
       '<rect x="20" y="80" width="200" height="40" fill="#0a66c2"/><text x="40" y="105" fill="#fff">View documents</text></a></svg>')
w("svg-attachment", STRANGER, "Harbour Street drawings for review",
  *mixed([("text/plain; charset=utf-8", "Hi Anna,\n\nplease find the drawings viewer attached. Sign in with your work email to view the secure documents.\n\nTomas Lindqvist\nNorthpier Build\n"),
          ("image/svg+xml", "Harbour_Street_Drawings.svg", svg.encode())]))
# the address alone after the "#", on a domain new here, no sign-in words
w("fragment-only", PARTNER, "Updated drawings",
  '<p>Hi Anna,</p><p>the updated drawings are ready for your review.</p><p><a href="https://studio-nove-files.example/d/8812#' + B64 + '">Open</a></p><p>Rafael</p>')
# a known customer's account taken over: Bing's redirect with the reader's
# address after its "#", which the browser carries to the page it reaches,
# and no word asking to sign in (the kit's page asks)
CUSTOMER = "Maya Lund <maya@lund-architects.example>"
w("bing-ck-customer-fragment", CUSTOMER, "Updated drawings",
  '<p>Hi Anna,</p><p>the updated drawings are ready for your review.</p><p><a href="https://www.bing.com/ck/a?!&&p=4b1c2d3e4f5a6b7cJmltdHM9MTc2NDEwMDAwMA&ptn=3&ver=2&hsh=4&fclid=1f2e&u=a1'
  + ck + '&ntb=1#' + B64 + '">Open drawings</a></p><p>Maya</p>')
w("doubleclick-customer-fragment", CUSTOMER, "Updated drawings",
  '<p>Hi Anna,</p><p>the updated drawings are ready for your review.</p><p><a href="https://ad.doubleclick.net/ddm/clk/512345678;298765432;x?https://lund-drawings-share.example/d/8812#'
  + B64 + '">Open drawings</a></p><p>Maya</p>')
