# Reporter at a regional news outlet: rosa.quinn@valleysentinel.example
# (The Valley Sentinel, internal valleysentinel.example), covering city hall,
# courts and health in the invented city of Riverton, Marlow County. The
# mailbox with the most unsolicited first contact: PR agencies' pitches and
# embargoed press kits (Dropbox, Box, WeTransfer, Prezly newsrooms),
# releases through distribution services' trackers (PR Newswire's c212.net,
# Business Wire's cts.businesswire.com, GlobeNewswire, Cision), readers'
# tips from free mail with links to documents and social posts, sources
# sharing Google Docs, public bodies' press offices (GovDelivery with
# lnks.gd links, their own sites), court and police press notices (PDFs,
# Nixle), newsletters (Mailchimp, Substack), Muck Rack and X notifications,
# colleagues and editors, the outlet's CMS, Chartbeat and Slack, Zoom
# interview invitations, Calendly bookings, Signal and SecureDrop mentions.
import datetime, random, sys, urllib.parse
from gen_common import Box, alt, mixed, pdf

rng = random.Random(97)
from gen_common import UTC, start, split, end  # the learn and test windows
CO = "valleysentinel.example"
OWNER = "rosa.quinn@" + CO
ME = "Rosa Quinn <%s>" % OWNER
SIG = "\n--\nRosa Quinn | Reporter, city hall and courts\nThe Valley Sentinel | https://www.valleysentinel.example\nSignal: +1 555 014 7731 | SecureDrop: https://www.valleysentinel.example/securedrop\n"
b = Box("press", OWNER, start)
R = lambda: rng.randint(10000, 99999)
H = lambda n=10: "".join(rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))
q = lambda u: urllib.parse.quote(u, safe="")

INTERNAL = [("Grant Ellery", "grant.ellery@" + CO, "Metro Editor"), ("Priya Nair", "priya.nair@" + CO, "Managing Editor"),
            ("Luis Ortega", "luis.ortega@" + CO, "Photo Editor"), ("Hannah Cho", "hannah.cho@" + CO, "Health Reporter"),
            ("Ben Atwater", "ben.atwater@" + CO, "Copy Chief"), ("Newsroom", "newsroom@" + CO, "Tips desk")]
# PR people who pitch Rosa again and again: (name, addr, agency, client, client newsroom url, kit)
AGENCIES = [("Dana Whitcomb", "dana@brightlinepr.example", "Brightline PR", "Riverton Regional Hospital", "https://newsroom.rivertonregional.example/releases", "dropbox"),
            ("Marco Pell", "mpell@tallowcomms.example", "Tallow Communications", "Greenway Transit", "https://www.greenwaytransit.example/press", "box"),
            ("Sara Ng", "sara.ng@keelstrategies.example", "Keel Strategies", "Ostara Energy", "https://ostaraenergy.prezly.com/", "wetransfer"),
            ("Jordan Hale", "jhale@pitchwellmedia.example", "Pitchwell Media", "Marlow Community College", "https://www.marlowcc.example/news", "drive")]
# sources Rosa knows: (name, addr, what)
SOURCES = [("Councilmember Ada Brooks", "ada.brooks@rivertoncity.example", "city"), ("Tom Vance", "tvance.local1187@gmail.com", "union"),
           ("Maya R.", "mayar.rn@proton.me", "nurse"), ("Prof. Ian Keller", "ikeller@marlowstate.example", "expert")]
FREEMAIL = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me", "hotmail.com"]
FIRST = ["Kim", "Alex", "Jamie", "Pat", "Chris", "Robin", "Terry", "Morgan", "Lee", "Sam", "Jo", "Dale", "Casey", "Drew", "Rene", "Shawn",
         "Avery", "Blake", "Carmen", "Diego", "Erin", "Farah", "Gwen", "Hugo", "Ines", "Jonas", "Kofi", "Lena", "Mina", "Nate", "Opal", "Paige",
         "Quinn", "Rhea", "Soren", "Talia", "Uma", "Vik", "Wes", "Yara", "Zoe", "Amos", "Bea", "Cole", "Dina", "Eli"]
LAST = ["Hart", "Lopez", "Miller", "Nguyen", "Baker", "Reyes", "Olsen", "Ward", "Price", "Khan", "Doyle", "Fisher", "Grant", "Silva",
        "Abbott", "Bishop", "Castro", "Dunn", "Ebert", "Flores", "Gallo", "Hayes", "Ivers", "Jensen", "Kerr", "Lam", "Moss", "Novak",
        "Ortiz", "Pryor", "Quint", "Rowe", "Soto", "Tran", "Usher", "Vance", "Webb", "Yoon", "Zeller", "Amari", "Boyle", "Crane"]
used = set()  # a name stands for one person: two strangers rarely share one
AG1 = ["North", "Blue", "Clear", "Bold", "True", "Red", "Summit", "Harbor", "Iron", "Maple", "Cedar", "Signal", "Bright", "Story"]
AG2 = ["wave", "point", "line", "path", "bridge", "field", "stone", "gate", "lane", "works", "rock", "light", "crest", "mark"]
CL1 = ["Vela", "Nimbus", "Corra", "Lumo", "Tessa", "Quill", "Orbi", "Peak", "Fenwick", "Arlo", "Juniper", "Kestrel",
       "Alder", "Brio", "Cygnet", "Dovetail", "Ember", "Fjord", "Gallant", "Heron", "Indigo", "Jasper", "Kinto", "Lark"]
CL2 = ["Health", "Robotics", "Foods", "Analytics", "Bank", "Homes", "Energy", "Labs", "Bio", "Mobility", "Motors", "Learning"]
threads = []

def person():
    while True:
        p = "%s %s" % (rng.choice(FIRST), rng.choice(LAST))
        if p not in used:
            used.add(p)
            return p

def internal(when):
    name, addr, title = rng.choice(INTERNAL)
    n = R()
    text = rng.choice(["Can you file the council budget story by 4? Draft is in the CMS: https://cms.valleysentinel.example/wp-admin/post.php?post=%d&action=edit" % n,
                       "Nice scoop today. Chartbeat has it top of the site: https://www.valleysentinel.example/news/2026/city-hall-audit-%d" % n,
                       "Notes from the hearing, can you check the quotes? https://docs.google.com/document/d/1%s/edit" % H(30),
                       "The court docket for the Vance case is up: https://www.marlowcourts.example/docket/CV-2026-%d" % n,
                       "Photos from the protest are in the desk folder: https://valleysentinel.box.com/s/%s" % H(28).lower(),
                       "The mayor posted this, worth a follow? https://x.com/RivertonMayor/status/18%d%d" % (R(), R()),
                       "Budget meeting moved to 10:30, same room.",
                       "Legal read the records story, two small changes, see my notes in the draft.",
                       "Reminder: the SecureDrop rotation is yours this week. Instructions: https://www.valleysentinel.example/securedrop"])
    subj = rng.choice(["budget story", "today's piece", "quotes check", "docket", "protest photos", "follow?", "meeting", "legal read", "SecureDrop rotation"])
    m = b.add(when, "%s <%s>" % (name, addr), ME, subj, "Rosa,\n\n%s\n\n%s\n--\n%s, %s, The Valley Sentinel\n" % (text, name.split()[0], name, title))
    threads.append((m, addr, name))

def reply(when):
    if not threads: return
    m, addr, name = rng.choice(threads)
    b.add(when, ME, "%s <%s>" % (name, addr), "Re: your message", "Hi %s,\n\nthanks, got it. Can we talk by phone today?\n%s" % (name.split()[0].strip("."), SIG), irt=m, rcpts=[addr])

def kit_link(kind):
    if kind == "dropbox":
        return "https://www.dropbox.com/scl/fo/%s/%s?rlkey=%s&dl=0" % (H(20).lower(), H(20), H(24).lower())
    if kind == "box":
        return "https://app.box.com/s/%s" % H(32).lower()
    if kind == "wetransfer":
        return "https://we.tl/t-%s" % H(10)
    return "https://drive.google.com/drive/folders/1%s?usp=sharing" % H(32)

def pitch(when, ag=None, d=0):
    name, addr, agency, client, news, kit = ag or rng.choice(AGENCIES)
    kind = rng.choice(["release", "kit", "interview", "zoom", "calendly"])
    if kind == "release":
        html = ('<p>Hi Rosa,</p><p>Sharing news from %s: today they announced a $4.2M expansion of services in Riverton. The full release is on their '
                '<a href="%s">newsroom</a>.</p><p>Happy to set up an interview with the CEO.</p><p>%s<br>%s</p>' % (client, news, name, agency))
        subj = "NEWS: %s announces Riverton expansion" % client
    elif kind == "kit":
        html = ('<p>Hi Rosa,</p><p><b>EMBARGOED until Tuesday 6 a.m. ET.</b> %s is releasing its annual community report. The press kit (release, photos, B-roll) is here: '
                '<a href="%s">press kit</a>. Please respect the embargo.</p><p>%s<br>%s</p>' % (client, kit_link(kit), name, agency))
        subj = "EMBARGOED: %s community report" % client
    elif kind == "interview":
        html = ('<p>Hi Rosa,</p><p>With flu season starting, %s\'s medical director is available for interviews this week. Background: '
                '<a href="%s">%s</a>.</p><p>%s<br>%s<br>(555) 013-%04d</p>' % (client, news, news, name, agency, rng.randint(0, 9999)))
        subj = "Expert available: %s" % client
    elif kind == "zoom":
        mid, pw = n9(), H(24)
        html = ('<p>Hi Rosa,</p><p>Confirming your interview with %s\'s director on Thursday at 2 p.m.</p><p>Join Zoom Meeting<br>'
                '<a href="https://us02web.zoom.us/j/8%d?pwd=%s">https://us02web.zoom.us/j/8%d?pwd=%s</a><br>Meeting ID: 8%d<br>Passcode: %d</p><p>%s<br>%s</p>'
                % (client, mid, pw, mid, pw, mid, rng.randint(100000, 999999), name, agency))
        subj = "Interview confirmed: %s" % client
    else:
        html = ('<p>Hi Rosa,</p><p>Would you like 20 minutes with %s\'s CEO on the expansion? Pick any slot: '
                '<a href="https://calendly.com/%s/media-interview">calendly.com/%s/media-interview</a></p><p>%s<br>%s</p>'
                % (client, addr.split("@")[0].replace(".", "-") + "-" + agency.split()[0].lower(), addr.split("@")[0].replace(".", "-") + "-" + agency.split()[0].lower(), name, agency))
        subj = "Interview with %s's CEO?" % client
    body, ct = alt("Hi Rosa,\n", html)
    m = b.add(when, "%s <%s>" % (name, addr), ME, subj, body, ct)
    threads.append((m, addr, name))

def n9():
    return rng.randint(10000000, 99999999)

def uniq(make):
    while True:
        x = make()
        if x not in used:
            used.add(x)
            return x

def cold_pitch(when):
    """A PR person never seen before pitching a client never heard of: the
    journalist's daily first contact."""
    name = person()
    agency = uniq(lambda: "%s%s" % (rng.choice(AG1), rng.choice(AG2)))
    dom = "%spr.example" % agency.lower()
    client = uniq(lambda: "%s %s" % (rng.choice(CL1), rng.choice(CL2)))
    cdom = client.replace(" ", "").lower() + ".example"
    addr = "%s@%s" % (name.split()[0].lower(), dom)
    kind = rng.choice(["site", "site", "kit", "tracked"])
    if kind == "site":
        link = "https://www.%s/newsroom/%s" % (cdom, rng.choice(["launch", "funding", "survey-2026", "local-jobs"]))
    elif kind == "kit":
        link = kit_link(rng.choice(["dropbox", "box", "wetransfer", "drive"]))
    else:
        link = "https://email.%s/c/%s/%s" % (dom, H(16), H(24))
    html = ('<p>Hi Rosa,</p><p>I loved your piece on the city budget. I thought your readers might be interested in %s, which %s. %s</p>'
            '<p><a href="%s">%s</a></p><p>Best,<br>%s<br>%s PR</p>'
            % (client, rng.choice(["is opening a new site in Marlow County", "just released a survey of 1,000 local renters", "raised $12M to hire locally", "launches a free app for seniors"]),
               rng.choice(["Would you be open to a quick chat with the founder?", "Happy to share data under embargo.", "The founder is available this week."]),
               link, rng.choice(["Read the release", "Press kit", "More details", "Download assets"]), name, agency))
    body, ct = alt("Hi Rosa,\n", html)
    b.add(when, "%s <%s>" % (name, addr), ME, rng.choice(["Story idea: %s", "Pitch: %s for your readers", "%s - local angle", "Quick idea for The Valley Sentinel: %s"]) % client, body, ct)

def wire(when, svc=None):
    svc = svc or rng.choice(["prn", "bw", "gnw", "cision"])
    client = uniq(lambda: "%s %s" % (rng.choice(CL1), rng.choice(CL2)))
    site = "https://www.%s/" % (client.replace(" ", "").lower() + ".example")
    title = rng.choice(["Reports Third Quarter Results", "Opens Regional Center in Riverton", "Names New Chief Executive", "Announces Acquisition"])
    slug = (client + " " + title).lower().replace(" ", "-")
    if svc == "prn":
        rel = "https://www.prnewswire.com/news-releases/%s-30%d.html" % (slug, R() * 10)
        tr = lambda u: "https://c212.net/c/link/?t=0&amp;l=en&amp;o=4%d-1&amp;h=%d&amp;u=%s&amp;a=%s" % (R(), R() * 1000, q(u), q(client))
        html = ('<p>PR Newswire for Journalists: your custom feed</p><h3><a href="%s">%s %s</a></h3><p>RIVERTON, Nov. /PRNewswire/ -- %s today announced ... '
                '<a href="%s">%s</a></p><p><a href="https://www.prnewswire.com/account/subscriptions/">Manage your feed</a></p>' % (tr(rel), client, title, client, tr(site), site))
        b.add(when, "PR Newswire for Journalists <pnjalerts@prnewswire.com>", ME, "%s %s" % (client, title), *alt("PR Newswire\n", html))
    elif svc == "bw":
        tr = lambda u, i: ("https://cts.businesswire.com/ct/CT?id=smartlink&amp;url=%s&amp;esheet=5%d&amp;newsitemid=2026110%d&amp;lan=en-US&amp;anchor=%s&amp;index=%d&amp;md5=%s"
                           % (q(u), R(), R(), q(client), i, H(32).lower()))
        html = ('<p>Business Wire news alert</p><h3>%s %s</h3><p>RIVERTON--(BUSINESS WIRE)--%s (<a href="%s">%s</a>) today announced ...</p>'
                '<p><a href="https://www.businesswire.com/news/home/2026110%d/en/">View the release</a></p>' % (client, title, client, tr(site, 1), site, R()))
        b.add(when, "Business Wire <alerts@businesswire.com>", ME, "Business Wire: %s %s" % (client, title), *alt("Business Wire\n", html))
    elif svc == "gnw":
        html = ('<p>GlobeNewswire alert</p><h3><a href="https://www.globenewswire.com/Tracker?data=%s">%s %s</a></h3><p>RIVERTON, Nov. (GLOBE NEWSWIRE) -- %s today announced ...</p>'
                % (H(60), client, title, client))
        b.add(when, "GlobeNewswire <noreply@globenewswire.com>", ME, "%s %s" % (client, title), *alt("GlobeNewswire\n", html))
    else:
        html = ('<p>News from Cision</p><h3><a href="https://news.cision.com/%s/r/%s,c%d">%s %s</a></h3><p><a href="https://mb.cision.com/Main/%d/%d/%d.pdf">Release (PDF)</a></p>'
                % (client.replace(" ", "-").lower(), slug, R() * 10, client, title, R(), R(), R()))
        b.add(when, "Cision News <noreply@cision.com>", ME, "%s: %s" % (client, title), *alt("Cision\n", html))

def tip(when, who=None):
    """A reader's tip from free mail, with links to a document or a post."""
    name, addr = who or (lambda p: (p, "%s.%s%d@%s" % (p.split()[0].lower(), p.split()[1].lower(), rng.randint(1, 99), rng.choice(FREEMAIL))))(person())
    link = rng.choice(["https://x.com/%s/status/18%d%d" % (H(8), R(), R()), "https://www.facebook.com/groups/rivertonneighbors/posts/%d%d/" % (R(), R()),
                       "https://www.instagram.com/p/%s/" % H(11), "https://www.youtube.com/watch?v=%s" % H(11), "https://www.tiktok.com/@%s/video/73%d%d" % (H(8).lower(), R(), R()),
                       "https://drive.google.com/file/d/1%s/view?usp=sharing" % H(32), "https://www.rivertoncity.example/agendas/2026/council-%d.pdf" % R(),
                       "https://www.reddit.com/r/riverton/comments/%s/" % H(6).lower()])
    text = rng.choice(["The city paved the mayor's street twice this year while ours has potholes for 3 years. See: %s",
                       "Something is going on at the water plant, trucks at night. Video: %s",
                       "I work at the county jail and staff are being told not to talk about the inspection. %s If you want more, I can talk on Signal.",
                       "Have you seen this? %s Nobody is covering it.",
                       "The school board changed the agenda after it was posted, compare with %s"]) % link
    m = b.add(when, "%s <%s>" % (name, addr), ME, rng.choice(["story tip", "Tip for your reporter", "you should look into this", "News tip", "potholes", "water plant"]),
              "Hi Ms. Quinn,\n\n%s\n\n%s\n" % (text, name.split()[0]))
    threads.append((m, addr, name))

def source(when):
    name, addr, what = rng.choice(SOURCES)
    kind = rng.choice(["doc", "mail", "mail"])
    if kind == "doc":
        n = H(30)
        html = ('<p>%s shared a document</p><p>%s (%s) has invited you to <b>view</b> the following document:</p><p><a href="https://docs.google.com/document/d/1%s/edit?usp=sharing_eil_m&amp;ts=%d">Timeline notes</a></p>'
                '<p><a href="https://docs.google.com/document/d/1%s/edit?usp=sharing_eip_m">Open</a></p><p>Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</p>' % (name, name, addr, n, R(), n))
        b.add(when, '"%s (via Google Docs)" <drive-shares-dm-noreply@google.com>' % name, ME, 'Document shared with you: "Timeline notes"', *alt("shared\n", html), reply_to="%s <%s>" % (name, addr))
    else:
        link = {"city": "https://www.rivertoncity.example/council/meetings/2026-%d" % R(), "union": "https://www.local1187.example/news/contract-update",
                "nurse": "https://drive.proton.me/urls/%s#%s" % (H(10), H(12)), "expert": "https://www.marlowstate.example/people/ikeller/papers/housing-2026.pdf"}[what]
        m = b.add(when, "%s <%s>" % (name, addr), ME, rng.choice(["the thing we talked about", "background", "for your story", "document"]),
                  "Rosa,\n\nas promised: %s\n\nNot for attribution.\n%s\n" % (link, name.split()[-1]))
        threads.append((m, addr, name))

def pressoffice(when):
    kind = rng.choice(["gov", "county", "school", "state"])
    n = R()
    if kind == "gov":
        html = ('<p>City of Riverton - Office of Communications</p><h3>Mayor announces road repair plan</h3><p><a href="https://lnks.gd/l/eyJhbGciOiJIUzI1NiJ9.%s/s/%d/br/%d-l">Read the release</a></p>'
                '<p><a href="https://public.govdelivery.com/accounts/RIVERTON/subscriber/edit?preferences=true">Manage preferences</a></p>' % (H(60), n * 10, n * 100))
        b.add(when, "City of Riverton <rivertoncity@public.govdelivery.com>", ME, "Mayor announces road repair plan", *alt("City of Riverton\n", html), mailfrom="rivertoncity@public.govdelivery.com")
    elif kind == "county":
        html = '<p>MEDIA ADVISORY</p><p>Marlow County Board of Supervisors will hold a press availability on the jail audit. Details: <a href="https://www.marlowcounty.example/news/advisory-%d">advisory</a></p>' % n
        b.add(when, "Marlow County Public Information <pio@marlowcounty.example>", ME, "MEDIA ADVISORY: jail audit press availability", *alt("Media advisory\n", html))
    elif kind == "school":
        html = '<p>Riverton Unified School District - News Release</p><p>Board adopts 2027 calendar. <a href="https://www.rivertonusd.example/news/%d">Full release</a></p>' % n
        b.add(when, "RUSD Communications <communications@rivertonusd.example>", ME, "News release: Board adopts 2027 calendar", *alt("RUSD\n", html))
    else:
        html = '<p>Department of Health - Press Release</p><p>State reports flu activity rising. <a href="https://health.state.example/news/press-releases/2026/%d">Read more</a></p>' % n
        b.add(when, "State Department of Health Press Office <press@health.state.example>", ME, "Press release: flu activity rising", *alt("DOH\n", html))

def court(when):
    kind = rng.choice(["court", "police", "nixle"])
    n = R()
    if kind == "court":
        doc = pdf(["MARLOW COUNTY SUPERIOR COURT - PUBLIC INFORMATION OFFICE", "Media notice: sentencing hearing, State v. Harmon, Case CR-2026-%d" % n,
                   "Courtroom 4B, 9:00 a.m. Cameras require a media request form.", "Media request forms: https://www.marlowcourts.example/media"], ["https://www.marlowcourts.example/media"])
        body, ct = mixed([("text/plain; charset=utf-8", "Attached is a media notice from the Marlow County Superior Court.\n\nPublic Information Office\nhttps://www.marlowcourts.example/media\n"),
                          ("application/pdf", "media-notice-CR-2026-%d.pdf" % n, doc)])
        b.add(when, "Marlow County Superior Court PIO <pio@marlowcourts.example>", ME, "Media notice: State v. Harmon", body, ct)
    elif kind == "police":
        html = ('<p>RIVERTON POLICE DEPARTMENT - PRESS RELEASE</p><p>Arrest made in Elm Street burglaries. Booking photo and release: '
                '<a href="https://www.rivertonpd.example/press/2026-%d">rivertonpd.example/press</a></p><p>Media line: (555) 013-4400</p>' % n)
        b.add(when, "Riverton Police Media Relations <media@rivertonpd.example>", ME, "Press release: arrest in Elm Street burglaries", *alt("RPD\n", html))
    else:
        html = ('<p>Riverton Police Department</p><p>Advisory: road closure on Route 9 for a crash investigation.</p><p><a href="https://local.nixle.com/alert/10%d/">More info</a></p>'
                '<p><a href="https://local.nixle.com/settings/">Manage alerts</a></p>' % n)
        b.add(when, "Riverton Police Department <alerts@nixle.com>", ME, "Advisory: Route 9 closure", *alt("Nixle\n", html))

def newsletter(when):
    kind = rng.choice(["mailchimp", "substack", "muckrack", "x", "chartbeat", "slack", "cms"])
    n = H(20)
    if kind == "mailchimp":
        html = ('<h2>Local News Lab weekly</h2><p><a href="https://localnewslab.us12.list-manage.com/track/click?u=%s&amp;id=%s">How newsrooms cover elections</a></p>'
                '<p><a href="https://localnewslab.us12.list-manage.com/unsubscribe?u=%s">Unsubscribe</a></p>' % (n[:10], n[10:], n[:10]))
        b.add(when, "Local News Lab <hello@localnewslab.example>", ME, "Local News Lab weekly", *alt("newsletter\n", html),
              extra=[("List-Unsubscribe", "<https://localnewslab.us12.list-manage.com/unsubscribe?u=%s>" % n[:10])], mailfrom="bounce-mc.us12_%s@mail%d.suw11.mcsv.net" % (n[:8], rng.randint(100, 300)))
    elif kind == "substack":
        html = ('<h1>Statehouse Notes</h1><p><a href="https://substack.com/redirect/2/eyJlIjoiaHR0cHM6%s">Read in app</a></p><p><a href="https://statehousenotes.substack.com/p/week-%d">Read online</a></p>'
                '<p><a href="https://statehousenotes.substack.com/action/disable_email?token=%s">Unsubscribe</a></p>' % (n, R(), n[:8]))
        b.add(when, '"Statehouse Notes" <statehousenotes@substack.com>', ME, "Statehouse Notes: the week in the capitol", *alt("Statehouse\n", html),
              extra=[("List-Unsubscribe", "<https://statehousenotes.substack.com/action/disable_email?token=x>")], mailfrom="bounce-%d@mg1.substack.com" % R())
    elif kind == "muckrack":
        html = ('<p>Hi Rosa, here is your weekly Muck Rack summary: your articles were shared 214 times.</p><p><a href="https://muckrack.com/rosa-quinn">View your profile</a> | '
                '<a href="https://muckrack.com/account/alerts">Alerts</a></p>')
        b.add(when, "Muck Rack <noreply@muckrack.com>", ME, "Your weekly Muck Rack summary", *alt("Muck Rack\n", html))
    elif kind == "x":
        html = ('<p>@RivertonMayor posted: "Road repairs start Monday."</p><p><a href="https://x.com/RivertonMayor/status/18%d%d">View post</a></p>'
                '<p><a href="https://x.com/settings/notifications">Settings</a></p>' % (R(), R()))
        b.add(when, "X <notify@x.com>", ME, "@RivertonMayor posted", *alt("X\n", html))
    elif kind == "chartbeat":
        html = ('<p>Your daily Chartbeat report for valleysentinel.example</p><p><a href="https://chartbeat.com/publishing/dashboard/valleysentinel.example/">Open dashboard</a></p>')
        b.add(when, "Chartbeat <reports@chartbeat.com>", ME, "Daily report: valleysentinel.example", *alt("Chartbeat\n", html))
    elif kind == "slack":
        html = ('<p>Grant Ellery mentioned you in #metro: "@rosa can you take the 5pm council meeting?"</p><p><a href="https://valleysentinel.slack.com/archives/C0%s/p17%d">View in Slack</a></p>' % (H(8).upper(), R() * 10000))
        b.add(when, "Slack <notification@slack.com>", ME, "[Slack] New mention in #metro", *alt("Slack\n", html))
    else:
        p = R()
        html = ('<p>Your story "Council weighs budget cuts" was published by Ben Atwater.</p><p><a href="https://www.valleysentinel.example/news/2026/council-budget-%d">View story</a> | '
                '<a href="https://cms.valleysentinel.example/wp-admin/post.php?post=%d&amp;action=edit">Edit</a></p>' % (p, p))
        b.add(when, "Sentinel CMS <cms-noreply@valleysentinel.example>", ME, "Published: Council weighs budget cuts", *alt("CMS\n", html))

def zoom_invite(when, who, org):
    mid = n9()
    html = ('<p>%s is inviting you to a scheduled Zoom meeting.</p><p>Topic: Interview with The Valley Sentinel</p><p>Join Zoom Meeting<br>'
            '<a href="https://us06web.zoom.us/j/8%d?pwd=%s">https://us06web.zoom.us/j/8%d</a></p><p>Passcode: %d</p>' % (who[0], mid, H(24), mid, rng.randint(100000, 999999)))
    b.add(when, "%s <%s>" % who, ME, "Zoom interview: %s" % org, *alt("Zoom\n", html))

def calendly(when, who):
    t = when + datetime.timedelta(days=2)
    html = ('<p>Hi Rosa,</p><p>A new event has been scheduled.</p><p><b>Event Type:</b> Press interview (20 min)<br><b>Invitee:</b> %s<br><b>Invitee Email:</b> %s<br>'
            '<b>Event Date/Time:</b> %s</p><p><a href="https://calendly.com/events/%s/zoom">View event in Calendly</a></p><p><a href="https://calendly.com/cancellations/%s">Cancel</a></p>'
            % (who[0], who[1], t.strftime("%I:%M%p - %A, %B %d, %Y"), H(24).lower(), H(24).lower()))
    b.add(when, "Calendly <notifications@calendly.com>", ME, "New Event: %s - Press interview" % who[0], *alt("New Event\n", html), reply_to="%s <%s>" % who)

day = start
while day < end:
    wd = day.weekday()
    def at(): return day + datetime.timedelta(hours=rng.uniform(7, 21))
    if wd < 5:
        for _ in range(rng.randint(1, 3)): internal(at())
        for _ in range(rng.randint(0, 2)): reply(at())
        for _ in range(rng.randint(1, 2)): pitch(at())
        for _ in range(rng.randint(1, 2)): cold_pitch(at())
        for _ in range(rng.randint(0, 2)): wire(at())
        if rng.random() < 0.4: tip(at())
        if rng.random() < 0.35: source(at())
        if rng.random() < 0.5: pressoffice(at())
        if rng.random() < 0.4: court(at())
        if rng.random() < 0.2: calendly(at(), (person(), "%s@%s" % (H(6).lower(), rng.choice(["gmail.com", "outlook.com"]))))
    for _ in range(rng.randint(1, 2)): newsletter(at())
    day += datetime.timedelta(days=1)

# Rosa writes to the agencies and sources she works with, early on
for i, (name, addr, *_) in enumerate(AGENCIES + SOURCES):
    b.add(start + datetime.timedelta(days=1, hours=8 + i / 2), ME, "%s <%s>" % (name, addr), "Re: following up", "Hi,\n\nthanks, let's stay in touch.\n%s" % SIG, rcpts=[addr])

# test window: first contacts a reporter gets every week
T = split + datetime.timedelta(days=1, hours=9)
def first(d, frm, subj, body, ct="text/plain; charset=utf-8", **kw):
    return b.add(T + datetime.timedelta(days=d), frm, ME, subj, body, ct, **kw)
# a new agency's embargoed press kit on Box and one on WeTransfer
first(0, "Nora Feld <nora@quaycomms.example>", "EMBARGOED: Riverton Children's Museum expansion",
      *alt("Hi Rosa\n", '<p>Hi Rosa,</p><p><b>Under embargo until Thursday 6 a.m.</b> The museum is announcing a new wing. Press kit: <a href="https://app.box.com/s/%s">Box folder</a></p><p>Nora Feld<br>Quay Communications</p>' % H(32).lower()))
first(0.3, "Ravi Menon <ravi@lanternpr.example>", "Photos and release: Harvest Food Bank record drive",
      *alt("Hi Rosa\n", '<p>Hi Rosa,</p><p>High-res photos and the release are on WeTransfer: <a href="https://we.tl/t-%s">we.tl</a> (expires in 7 days).</p><p>Ravi Menon<br>Lantern PR</p>' % H(10)))
# a known agency's client news on a Prezly newsroom, a known source's Google Doc
pitch(T + datetime.timedelta(days=1), AGENCIES[2])
source(T + datetime.timedelta(days=1.2))
# a new source's Google Doc share from free mail
first(2, '"Ellen Park (via Google Docs)" <drive-shares-dm-noreply@google.com>', 'Document shared with you: "Contract timeline 2024-2026"',
      *alt("shared\n", '<p>Ellen Park (ellenpark.rvt@gmail.com) has invited you to <b>view</b> the following document:</p><p><a href="https://docs.google.com/document/d/1%s/edit?usp=sharing_eil_m">Contract timeline 2024-2026</a></p>'
           '<p>Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</p>' % H(30)), reply_to="Ellen Park <ellenpark.rvt@gmail.com>")
# readers' tips from free mail with a post, a Drive file and a council PDF
tip(T + datetime.timedelta(days=2.5))
tip(T + datetime.timedelta(days=3.5))
first(4, "Gary Tull <garytull1961@yahoo.com>", "zoning board",
      "Ms. Quinn,\n\nThe zoning board approved the Elm Street variance without the hearing. The minutes say otherwise: https://www.rivertoncity.example/agendas/2026/zoning-1104.pdf\n\nI can talk on Signal: https://signal.me/#eu/%s\n\nGary\n" % H(40))
# a new court's press office, a new police agency through Nixle, a new state agency
first(5, "State Court of Appeals Public Information <pio@appeals.courts.state.example>", "Media advisory: oral argument in Riverton Water v. Marlow County",
      *alt("advisory\n", '<p>The Court of Appeals will hear oral argument on Nov. 19. Livestream and briefs: <a href="https://appeals.courts.state.example/media/oral-argument-1119">case page</a></p>'))
first(5.5, "Marlow County Sheriff's Office <alerts@nixle.com>", "Advisory: missing person located",
      *alt("Nixle\n", '<p>Marlow County Sheriff\'s Office</p><p>The missing hiker has been located safely.</p><p><a href="https://local.nixle.com/alert/1099%d/">More info</a></p>' % R()))
first(6, "Office of the Attorney General Press Office <press@ag.state.example>", "AG announces settlement with landlord",
      *alt("AG\n", '<p>PRESS RELEASE</p><p>The Attorney General today announced a settlement. <a href="https://ag.state.example/news/2026/landlord-settlement">Read the release</a></p>'))
# new companies' releases through the wires (known services)
for k, s in enumerate(["prn", "bw", "gnw", "cision"]):
    wire(T + datetime.timedelta(days=7 + k * 0.3), s)
# a new PR person books an interview through Calendly, a new interviewee's Zoom
calendly(T + datetime.timedelta(days=8), ("Leah Sandoval", "leah@ridgecrestpr.example"))
zoom_invite(T + datetime.timedelta(days=8.5), ("Dr. Omar Haddad", "ohaddad@rivertonregional.example"), "Riverton Regional Hospital")
# a colleague forwards a SecureDrop note, the editor's Google Doc
first(9, "Newsroom <newsroom@%s>" % CO, "SecureDrop: new submission",
      "Rosa,\n\nA new SecureDrop submission mentions the jail inspection. Log in to the journalist interface from the SecureDrop workstation as usual; do not open it on your laptop.\nGuide: https://www.valleysentinel.example/securedrop\n\nTips desk\n")
# a new cold pitch with its own click tracker, a new Prezly newsroom, a Muck Rack pitch
for k in range(4): cold_pitch(T + datetime.timedelta(days=10 + k))
first(14, "Isla Brandt <isla@tidepoolpr.example>", "Local startup hires 40 in Riverton",
      *alt("Hi Rosa\n", '<p>Hi Rosa,</p><p>Kelpie Robotics is hiring 40 people at its new Riverton plant. Release and photos: <a href="https://kelpierobotics.prezly.com/local-hiring">newsroom</a></p><p>Isla Brandt<br>Tidepool PR</p>'))
first(15, "Owen Tate via Muck Rack <pitches@muckrack.com>", "Pitch: new survey of county renters",
      *alt("Muck Rack\n", '<p>Owen Tate (Harborlight Research) sent you a pitch via Muck Rack:</p><p>"Rosa, our survey of 1,000 Marlow County renters finds rents up 9%%."</p>'
           '<p><a href="https://muckrack.com/pitch/%s">Read the pitch</a></p>' % H(16)), reply_to="Owen Tate <otate@harborlightresearch.example>")
# the city's GovDelivery, the court's PDF notice, the usual mail
for k in range(3):
    pressoffice(T + datetime.timedelta(days=16 + k * 0.4))
    court(T + datetime.timedelta(days=16.2 + k * 0.4))
b.write(sys.argv[1], split)
print(len(b.msgs))
