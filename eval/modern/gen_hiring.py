# In-house recruiter and HR generalist at a 200-person logistics software
# company: nadia.brooks@alderway.example (Alderway, internal
# alderway.example). The company's applicant tracking system (Greenhouse:
# new applications, interviews scheduled, scorecards due, offers approved)
# and the acquired subsidiary's (Ashby, until its migration), LinkedIn
# Recruiter (InMail replies, job applicants) and Indeed (new candidates,
# monthly invoices), candidates writing directly from free mail with CVs
# as PDF or Word attachments and links to portfolios (GitHub, Behance,
# LinkedIn, personal sites, Google Drive, Notion pages), Nadia's replies
# and reference requests and the referees' answers, background checks
# (Checkr), offer letters through DocuSign, payroll and HRIS (Rippling:
# onboarding, pay stubs, benefits; the subsidiary's Personio), hiring
# managers and colleagues (Google Calendar debriefs, Drive shares, Docs,
# Notion), Zoom
# interviews, university career services and Handshake career fairs,
# recruiting agencies sending candidates, HR newsletters (Mailchimp,
# Substack). Everything invented; real service domains only where the
# service itself is what is tested.
import datetime, random, sys
from gen_common import Box, alt, mixed, pdf, docx, DOCX

rng = random.Random(91)
from gen_common import UTC, start, split, end  # the learn and test windows
CO = "alderway.example"
OWNER = "nadia.brooks@" + CO
ME = "Nadia Brooks <%s>" % OWNER
SIG = "\n--\nNadia Brooks | Senior Recruiter, People Team\nAlderway | https://www.alderway.example/careers\n+1 (555) 017-4410\n"
b = Box("hiring", OWNER, start)
R = lambda: rng.randint(10000, 99999)
H = lambda n=10: "".join(rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))

ROLES = ["Senior Backend Engineer", "Product Designer", "Warehouse Solutions Consultant", "Data Analyst", "Customer Success Manager", "Engineering Manager, Platform"]
INTERNAL = [("Owen Mercer", "owen.mercer@" + CO, "Engineering Manager, Platform"), ("Lucia Ferraro", "lucia.ferraro@" + CO, "Head of Design"),
            ("Ben Adeyemi", "ben.adeyemi@" + CO, "VP Customer Success"), ("Hana Sato", "hana.sato@" + CO, "People Operations"),
            ("Grant Wilder", "grant.wilder@" + CO, "CFO"), ("Ivy Chen", "ivy.chen@" + CO, "Recruiting Coordinator"),
            ("People Team", "people@" + CO, "People Team")]
# candidates at free mail: (name, addr, user, kind of portfolio)
FIRST = ["Amelia", "Jonah", "Priyanka", "Mateo", "Chloe", "Darius", "Elif", "Kwame", "Sofia", "Liam", "Yuki", "Noah", "Aisha", "Pavel", "Grace",
         "Rafael", "Zoe", "Tariq", "Ingrid", "Marcus", "Leila", "Oscar", "Bianca", "Felix", "Nora", "Samir", "Tessa", "Viktor", "Maya", "Ethan"]
LAST = ["Chen", "Park", "Iyer", "Silva", "Dubois", "Rahimi", "Yilmaz", "Mensah", "Rossi", "Walsh", "Tanaka", "Fischer", "Bello", "Novak", "Kim",
        "Ortega", "Hughes", "Aziz", "Larsen", "Reid", "Haddad", "Lindqvist", "Costa", "Weber", "Quinn", "Farouk", "Moreau", "Petrov", "Singh", "Doyle"]
FREE = ["gmail.com", "gmail.com", "gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "hotmail.com"]
KINDS = ["github", "github", "behance", "site", "drive", "notion", "linkedin", "none"]
AGENCIES = [("Tom Hale", "tom.hale@brightpathtalent.example", "BrightPath Talent"), ("Rina Das", "rina@northstarsearch.example", "Northstar Search")]
UNIS = [("Career Services, Lakemont University", "careers@lakemont.example"), ("Engineering Career Center, Harrow Tech", "ecc@harrowtech.example")]
threads, cands = [], []
# names of the test window's people, never drawn for anyone else
used = {("Chloe", "Dubois"), ("Sofia", "Rossi"), ("Darius", "Rahimi"), ("Irene", "Vasquez"), ("Kenji", "Moriarty")}

def new_candidate():
    while True:
        f, l = rng.choice(FIRST), rng.choice(LAST)
        if (f, l) not in used:
            used.add((f, l))
            break
    user = rng.choice(["%s.%s" % (f, l), "%s%s" % (f, l), "%s.%s%d" % (f, l, rng.randint(1, 99)), "%s%s.dev" % (f[0], l)]).lower()
    addr = "%s@%s" % (user, rng.choice(FREE))
    return ("%s %s" % (f, l), addr, (f + l).lower(), rng.choice(KINDS))

def portfolio(user, kind):
    """the candidate's portfolio link for its kind, or None."""
    return {"github": "https://github.com/%s" % user, "behance": "https://www.behance.net/%s" % user,
            "site": "https://www.%s.example/" % user, "drive": "https://drive.google.com/drive/folders/1%s?usp=sharing" % H(28),
            "notion": "https://%s.notion.site/Portfolio-%s" % (user, H(32).lower()),
            "linkedin": "https://www.linkedin.com/in/%s-%s" % (user, H(6).lower())}.get(kind)

def cv(name, role, link, word):
    lines = [name, "%s | %s" % (role, rng.choice(["Chicago, IL", "Austin, TX", "Remote", "Denver, CO", "Toronto, ON"])),
             "Experience", "2021 - present  %s, %s" % (rng.choice(["Senior Engineer", "Designer", "Analyst", "Consultant"]), rng.choice(["Quillbox", "Tessellate Freight", "Ardent Labs", "Pallet & Co"])),
             "2018 - 2021  %s" % rng.choice(["Software Engineer, Corvid Systems", "UX Designer, Lumio Studio", "Operations Analyst, Brightline 3PL"]),
             "Education", rng.choice(["BSc Computer Science", "BFA Interaction Design", "BA Economics"])]
    if word:
        paras = lines[:]
        if link:
            paras.append(["Portfolio: ", (link, link)])
        return "%s_CV.docx" % name.replace(" ", "_"), DOCX, docx(paras)
    return "%s_Resume.pdf" % name.replace(" ", "_"), "application/pdf", pdf(lines + ([link] if link else []), [link] if link else [])

def candidate(when, c=None):
    c = c or new_candidate()
    name, addr, user, kind = c
    role = rng.choice(ROLES)
    link = portfolio(user, kind)
    text = "Hi Nadia,\n\n%s\n\n%s%s\n\nBest regards,\n%s\n" % (
        rng.choice(["I'm applying for the %s role I saw on your careers page. My CV is attached." % role,
                    "A friend at Alderway suggested I reach out about the %s opening. Please find my resume attached." % role,
                    "Following up on our chat at the career fair, here is my CV for the %s position." % role]),
        "You can see some of my work here: %s" % link if link else "",
        "" if not link else "\nHappy to walk you through any of it.", name)
    fn, ctype, data = cv(name, role, link if kind in ("github", "linkedin", "site") else None, rng.random() < 0.35)
    body, ct = mixed([("text/plain; charset=utf-8", text), (ctype, fn, data)])
    m = b.add(when, "%s <%s>" % (name, addr), ME, rng.choice(["Application: %s" % role, "%s - %s" % (role, name), "Resume for %s" % role]), body, ct)
    threads.append((m, addr, name))
    cands.append(c)
    return m

def internal(when):
    name, addr, title = rng.choice(INTERNAL)
    role = rng.choice(ROLES)
    q = rng.choice(["Can we move %s to onsite? Strong scorecards from both screens: https://app.greenhouse.io/people/%d?application_id=%d" % (rng.choice(cands)[0] if cands else "the last candidate", R() * 1000, R() * 10000),
                    "Here is the interview plan for the %s loop: https://docs.google.com/document/d/1%s/edit" % (role, H(40)),
                    "Updated the hiring plan for Q1 in Notion: https://www.notion.so/alderway/Hiring-plan-Q1-2027-%s" % H(32).lower(),
                    "Could you post the %s role on LinkedIn and Indeed this week?" % role,
                    "The offer approval for %s went through, can you send the DocuSign?" % role,
                    "Reminder: comp bands for 2027 are in the People drive, please don't forward outside the team.",
                    "Can you pull the agency invoices for October for me?"])
    m = b.add(when, "%s <%s>" % (name, addr), ME, rng.choice(["%s loop" % role, "hiring plan", "onsite?", "job posts", "offer approval", "comp bands", "agency invoices"]),
              "Hi Nadia,\n\n%s\n\nThanks,\n%s\n--\n%s, %s, Alderway\n" % (q, name.split()[0], name, title))
    threads.append((m, addr, name))

def reply(when):
    if not threads: return
    m, addr, name = rng.choice(threads)
    b.add(when, ME, "%s <%s>" % (name, addr), "Re: your message", "Hi %s,\n\nthanks, I'll get back to you shortly.\n%s" % (name.split()[0], SIG), irt=m, rcpts=[addr])

def greenhouse(when, kind=None):
    kind = kind or rng.choice(["application", "application", "interview", "scorecard", "stage", "offer"])
    role = rng.choice(ROLES)
    who = rng.choice(cands)[0] if cands else "Jordan Blake"
    pid, aid = R() * 1000, R() * 10000
    if kind == "application":
        subj = "New application: %s for %s" % (who, role)
        html = '<p>%s has applied for <b>%s</b> (source: %s).</p><p><a href="https://app.greenhouse.io/people/%d?application_id=%d">Review application</a></p>' % (
            who, role, rng.choice(["Company website", "LinkedIn", "Indeed", "Referral"]), pid, aid)
    elif kind == "interview":
        subj = "Interview scheduled: %s - %s" % (who, role)
        html = ('<p>You are on the interview panel for <b>%s</b> (%s).</p><p>When: %s<br>Where: <a href="https://alderway.zoom.us/j/8%d">https://alderway.zoom.us/j/8%d</a></p>'
                '<p><a href="https://app.greenhouse.io/people/%d/interviews?application_id=%d">Interview kit</a></p>' % (
                    who, role, (when + datetime.timedelta(days=2)).strftime("%a %b %d, %I:%M %p"), R() * 100000, R() * 100000, pid, aid))
    elif kind == "scorecard":
        subj = "Reminder: your scorecard for %s is due" % who
        html = '<p>Please submit your scorecard for <b>%s</b> (%s, interviewed yesterday).</p><p><a href="https://app.greenhouse.io/scorecards/%d/new?application_id=%d">Submit scorecard</a></p>' % (who, role, R() * 100, aid)
    elif kind == "stage":
        subj = "%s moved to Onsite for %s" % (who, role)
        html = '<p>%s moved <b>%s</b> to <b>Onsite</b>.</p><p><a href="https://app.greenhouse.io/people/%d?application_id=%d#activity_feed">View activity</a></p>' % (
            rng.choice(INTERNAL)[0], who, pid, aid)
    else:
        subj = "Offer approved: %s - %s" % (who, role)
        html = '<p>The offer for <b>%s</b> (%s) has been approved by all approvers.</p><p><a href="https://app.greenhouse.io/people/%d/offers?application_id=%d">View offer</a></p>' % (who, role, pid, aid)
    html += '<p><a href="https://app.greenhouse.io/users/notification_settings">Notification settings</a></p>'
    body, ct = alt(subj + "\n", html)
    b.add(when, "Greenhouse <no-reply@greenhouse.io>", ME, subj, body, ct, mailfrom="bounces+%s@em.greenhouse.io" % H(8).lower())

def ashby(when):
    role = rng.choice(["Data Engineer (Lisbon)", "Solutions Engineer (Lisbon)"])
    who = "%s %s" % (rng.choice(FIRST), rng.choice(LAST))
    kind = rng.choice(["application", "feedback"])
    if kind == "application":
        subj = "New application for %s: %s" % (role, who)
        html = '<p>%s applied to <b>%s</b>.</p><p><a href="https://app.ashbyhq.com/candidates/%s/applications">View in Ashby</a></p>' % (who, role, "%s-%s" % (H(8).lower(), H(4).lower()))
    else:
        subj = "Feedback requested: %s" % who
        html = '<p>Tiago Nunes asked you for feedback on <b>%s</b> for %s.</p><p><a href="https://app.ashbyhq.com/interview-feedback/%s">Submit feedback</a></p>' % (who, role, H(12).lower())
    body, ct = alt(subj + "\n", html + '<p>Tidepool Analytics on Ashby</p>')
    b.add(when, "Tidepool Analytics via Ashby <no-reply@ashbyhq.com>", ME, subj, body, ct, reply_to="Tiago Nunes <tiago.nunes@tidepool.example>")

def linkedin(when):
    kind = rng.choice(["inmail", "applicant", "applicant", "digest"])
    p = "%s %s" % (rng.choice(FIRST), rng.choice(LAST))
    role = rng.choice(ROLES)
    if kind == "inmail":
        body, ct = alt("InMail reply\n", '<p><b>%s</b> replied to your InMail: "Thanks Nadia, happy to chat about the %s role."</p>'
                       '<p><a href="https://www.linkedin.com/talent/inbox/0/main/id/2-%s">View in Recruiter</a></p>' % (p, role, H(20)))
        b.add(when, "%s via LinkedIn <inmail-hit-reply@linkedin.com>" % p, ME, "%s replied to your InMail" % p, body, ct)
    elif kind == "applicant":
        body, ct = alt("New applicant\n", '<p>%s applied for <b>%s</b> at Alderway.</p><p><a href="https://www.linkedin.com/talent/hire/%d/discover/applicants?jobId=%d">View applicant</a></p>'
                       '<p><a href="https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=%s">Unsubscribe</a></p>' % (p, role, R() * 100, R() * 100000, H(16)))
        b.add(when, "LinkedIn Job Postings <jobs-listings@linkedin.com>", ME, "New applicant for %s: %s" % (role, p), body, ct)
    else:
        body, ct = alt("Recruiter\n", '<p>12 new candidates match your saved search <b>%s - Chicago</b>.</p><p><a href="https://www.linkedin.com/talent/search?savedSearchId=%d">See candidates</a></p>' % (role, R()))
        b.add(when, "LinkedIn Recruiter <recruiter-noreply@linkedin.com>", ME, "New matches for %s" % role, body, ct)

def indeed(when, kind="candidates"):
    role = rng.choice(ROLES)
    if kind == "candidates":
        body, ct = alt("Indeed\n", '<p>You have 4 new candidates for <b>%s</b> in Chicago, IL.</p><p><a href="https://employers.indeed.com/candidates?id=%s&amp;from=email">Review candidates</a></p>'
                       '<p><a href="https://employers.indeed.com/settings/notifications">Email settings</a></p>' % (role, H(16).lower()))
        b.add(when, "Indeed <noreply@indeed.com>", ME, "New candidates for %s" % role, body, ct, mailfrom="bounce-%s@indeed.com" % H(8).lower())
    else:
        body, ct = alt("Invoice\n", '<p>Your Indeed invoice for %s is available. Amount: $1,240.00, charged to the card on file.</p>'
                       '<p><a href="https://employers.indeed.com/billing/invoices">View invoice</a></p><p>Indeed, Inc., 6433 Champion Grandview Way, Austin, TX 78750</p>' % when.strftime("%B %Y"))
        b.add(when, "Indeed <invoices@indeed.com>", ME, "Your Indeed invoice for %s" % when.strftime("%B %Y"), body, ct)

def checkr(when, who=None):
    who = who or (rng.choice(cands)[0] if cands else "Jordan Blake")
    kind = rng.choice(["complete", "invited"])
    if kind == "complete":
        subj = "Report complete: %s" % who
        html = '<p>The background check report for <b>%s</b> is complete. Status: Clear.</p><p><a href="https://dashboard.checkr.com/candidates/%s">View report</a></p>' % (who, H(24).lower())
    else:
        subj = "%s has been invited to a background check" % who
        html = '<p>We have sent %s an invitation to complete the Alderway background check.</p><p><a href="https://dashboard.checkr.com/invitations/%s">View invitation</a></p>' % (who, H(24).lower())
    body, ct = alt(subj + "\n", html + "<p>Checkr, Inc.</p>")
    b.add(when, "Checkr <no-reply@checkr.com>", ME, subj, body, ct)

def docusign(when, who=None):
    who = who or (rng.choice(cands)[0] if cands else "Jordan Blake")
    kind = rng.choice(["completed", "viewed"])
    if kind == "completed":
        subj = "Completed: Alderway Offer Letter - %s.pdf" % who
        html = ('<p>All parties have completed <b>Alderway Offer Letter - %s</b>.</p><p><a href="https://na3.docusign.net/Member/EmailStart.aspx?a=%s&amp;acct=%s&amp;er=%s">VIEW COMPLETED DOCUMENT</a></p>'
                '<p>Do Not Share This Email: this email contains a secure link to DocuSign.</p>' % (who, H(32).lower(), H(8).lower(), H(32).lower()))
    else:
        subj = "%s viewed Alderway Offer Letter - %s.pdf" % (who, who)
        html = '<p>%s has viewed the envelope.</p><p><a href="https://na3.docusign.net/Member/EmailStart.aspx?a=%s&amp;acct=%s">VIEW ENVELOPE</a></p>' % (who, H(32).lower(), H(8).lower())
    body, ct = alt(subj + "\n", html + '<p><a href="https://www.docusign.com/support">Questions about the Document?</a></p>')
    b.add(when, '"Alderway People Team via DocuSign" <dse_na3@docusign.net>', ME, subj, body, ct)

def rippling(when, kind):
    if kind == "paystub":
        subj, html = "Your pay stub is ready", '<p>Hi Nadia,</p><p>Your pay stub for the period ending %s is ready.</p><p><a href="https://app.rippling.com/payroll/paystubs/%d">View pay stub</a></p>' % (when.strftime("%b %d"), R())
    elif kind == "onboard":
        who = rng.choice(cands)[0] if cands else "Jordan Blake"
        subj, html = "%s completed onboarding" % who, ('<p>%s has completed their onboarding tasks (personal details, I-9 section 1, tax forms).</p>'
                                                      '<p><a href="https://app.rippling.com/onboarding/%d">Review onboarding</a></p>' % (who, R()))
    else:
        who = rng.choice(cands)[0] if cands else "Jordan Blake"
        subj, html = "Action needed: approve %s's start date" % who.split()[0], ('<p>Hana Sato requested your approval of the start date and equipment for %s.</p>'
                                                                               '<p><a href="https://app.rippling.com/approvals/%d">Review request</a></p>' % (who, R()))
    body, ct = alt(subj + "\n", html + '<p>Rippling</p>')
    b.add(when, "Rippling <no-reply@rippling.com>", ME, subj, body, ct)

def personio(when):
    who = "%s %s" % (rng.choice(FIRST), rng.choice(LAST))
    subj = rng.choice(["Neue Aufgabe: Onboarding von %s" % who, "New task: onboarding of %s" % who])
    body, ct = alt(subj + "\n", '<p>A new onboarding task was assigned to you for %s (Tidepool Analytics, Lisbon).</p><p><a href="https://tidepool.personio.de/onboarding/employees/%d">Open task</a></p>' % (who, R()))
    b.add(when, "Personio <noreply@personio.de>", ME, subj, body, ct)

def calendar(when):
    name, addr, _ = rng.choice(INTERNAL[:6])
    who = rng.choice(cands)[0] if cands else "the candidate"
    eid = H(26)
    body, ct = alt("Invitation\n", '<p>%s has invited you to <b>Debrief: %s</b>.</p><p><a href="https://meet.google.com/%s-%s-%s">Join with Google Meet</a></p>'
                   '<p><a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=%s&amp;rst=1">Yes</a> | '
                   '<a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=%s&amp;rst=2">No</a></p>'
                   % (name, who, H(3).lower(), H(4).lower(), H(3).lower(), eid, eid))
    b.add(when, "%s <%s>" % (name, addr), ME, "Invitation: Debrief: %s" % who, body, ct, extra=[("Sender", "Google Calendar <calendar-notification@google.com>")])

def driveshare(when):
    """a colleague shares a document through Google Drive's notice (Reply-To the colleague)"""
    name, addr, _ = rng.choice(INTERNAL[:6])
    doc = rng.choice(["Interview scorecard template", "Hiring plan Q1 2027", "Offer approval - %s" % rng.choice(ROLES), "Onboarding checklist"])
    body, ct = alt("Shared with you\n", '<p>%s shared a document with you.</p><p><b>%s</b></p><p><a href="https://docs.google.com/document/d/1%s/edit?usp=sharing_eil_m&amp;ts=%s">Open</a></p>'
                   '<p>Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</p>' % (name, doc, H(40), H(8).lower()))
    b.add(when, '"%s (via Google Docs)" <drive-shares-dm-noreply@google.com>' % name, ME, 'Document shared with you: "%s"' % doc, body, ct, reply_to="%s <%s>" % (name, addr))

def zoom(when):
    who = rng.choice(cands)[0] if cands else "candidate"
    body, ct = alt("Zoom\n", '<p>The cloud recording of <b>Interview: %s</b> is now available.</p><p><a href="https://alderway.zoom.us/rec/share/%s">View recording</a></p>' % (who, H(30)))
    b.add(when, "Zoom <no-reply@zoom.us>", ME, "Cloud Recording - Interview: %s is now available" % who, body, ct)

def agency(when):
    name, addr, org = rng.choice(AGENCIES)
    c = new_candidate()
    role = rng.choice(ROLES)
    doc = pdf(["%s - candidate profile" % org, "Candidate: %s" % c[0], "Role: %s" % role, "Notice period: 4 weeks", "Fee: 18%% of first-year base per our agreement"])
    text = "Hi Nadia,\n\nPlease find attached %s's profile for the %s role. Full shortlist in our portal: https://portal.%s/shortlist/%s\n\nBest,\n%s\n%s\n" % (
        c[0], role, addr.split("@")[1], H(10).lower(), name, org)
    body, ct = mixed([("text/plain; charset=utf-8", text), ("application/pdf", "%s_%s_profile.pdf" % (org.split()[0], c[0].split()[1]), doc)])
    m = b.add(when, "%s <%s>" % (name, addr), ME, "Candidate for %s: %s" % (role, c[0]), body, ct)
    threads.append((m, addr, name))

def university(when, kind):
    if kind == "handshake":
        fair = rng.choice(["Spring Engineering Career Fair", "Business & Analytics Fair", "Virtual Design Career Fair"])
        body, ct = alt("Handshake\n", '<p>%s invites Alderway to the <b>%s</b>.</p><p><a href="https://app.joinhandshake.com/career_fairs/%d/employer_registration">Register your organization</a></p>'
                       '<p><a href="https://app.joinhandshake.com/notifications/settings">Notification settings</a></p>' % (rng.choice(UNIS)[0], fair, R()))
        b.add(when, "Handshake <noreply@joinhandshake.com>", ME, "Invitation: %s" % fair, body, ct)
    else:
        name, addr = rng.choice(UNIS)
        body, ct = alt("Career services\n", '<p>Dear Nadia,</p><p>Thank you for joining our employer partners. Our on-campus interview rooms for November can be booked here: '
                       '<a href="https://careers.%s/employers/interview-rooms">interview rooms</a>.</p><p>%s</p>' % (addr.split("@")[1], name))
        m = b.add(when, '"%s" <%s>' % (name, addr), ME, "On-campus interviews", body, ct)
        threads.append((m, addr, name))

def newsletter(when, kind):
    n = H(24)
    if kind == "mailchimp":
        body, ct = alt("People Ops Weekly\n", '<h2>People Ops Weekly</h2><p><a href="https://peopleopsweekly.us21.list-manage.com/track/click?u=%s&amp;id=%s&amp;e=%s">Structured interviews that hold up</a></p>'
                       '<p><a href="https://peopleopsweekly.us21.list-manage.com/unsubscribe?u=%s&amp;id=%s">Unsubscribe</a></p>' % (n[:10], n[10:20], n[20:], n[:10], n[10:20]))
        b.add(when, "People Ops Weekly <hello@peopleopsweekly.example>", ME, "People Ops Weekly: structured interviews", body, ct,
              extra=[("List-Unsubscribe", "<https://peopleopsweekly.us21.list-manage.com/unsubscribe?u=%s>" % n[:10])], mailfrom="bounce-mc.us21_%s@mail%d.suw13.mcsv.net" % (n[:8], rng.randint(100, 300)))
    else:
        body, ct = alt("Sourcing Notes\n", '<h2>Sourcing Notes</h2><p><a href="https://sourcingnotes.substack.com/p/boolean-strings-are-back?utm_source=email">Boolean strings are back</a></p>'
                       '<p><a href="https://substack.com/redirect/%s">Read in the app</a></p>' % n)
        b.add(when, "Sourcing Notes <sourcingnotes@substack.com>", ME, "Boolean strings are back", body, ct,
              extra=[("List-Unsubscribe", "<https://sourcingnotes.substack.com/action/disable_email?token=%s>" % n)])

def reference(when):
    """Nadia asks a referee for a reference, who answers a day later."""
    c = rng.choice(cands) if cands else new_candidate()
    rf, rl = rng.choice(FIRST), rng.choice(LAST)
    while (rf, rl) in used:
        rf, rl = rng.choice(FIRST), rng.choice(LAST)
    used.add((rf, rl))
    dom = rng.choice(["corvidsystems.example", "tessellatefreight.example", "ardentlabs.example", "lumiostudio.example", "brightline3pl.example"])
    addr = "%s.%s@%s" % (rf.lower(), rl.lower(), dom)
    m = b.add(when, ME, "%s %s <%s>" % (rf, rl, addr), "Reference for %s" % c[0],
              "Hi %s,\n\n%s listed you as a reference for a role at Alderway. Would you have 15 minutes this week, or could you answer a few questions by email?\n%s" % (rf, c[0], SIG), rcpts=[addr])
    b.add(when + datetime.timedelta(days=1, hours=2), "%s %s <%s>" % (rf, rl, addr), ME, "Re: Reference for %s" % c[0],
          "Hi Nadia,\n\nHappy to help. %s reported to me for two years and was one of the strongest people on the team. I'm free Thursday afternoon.\n\n%s %s\n" % (c[0].split()[0], rf, rl), irt=m)

day = start
while day < end:
    wd = day.weekday()
    def at(): return day + datetime.timedelta(hours=rng.uniform(7, 19))
    if wd < 5:
        for _ in range(rng.randint(1, 2)): internal(at())
        for _ in range(rng.randint(0, 2)): candidate(at())
        for _ in range(rng.randint(0, 2)): reply(at())
        for _ in range(rng.randint(1, 3)): greenhouse(at())
        if rng.random() < 0.3: ashby(at())
        if rng.random() < 0.6: linkedin(at())
        if rng.random() < 0.4: indeed(at())
        if rng.random() < 0.15: checkr(at())
        if rng.random() < 0.15: docusign(at())
        if rng.random() < 0.15: rippling(at(), rng.choice(["onboard", "approve"]))
        if rng.random() < 0.1: personio(at())
        if rng.random() < 0.3: calendar(at())
        if rng.random() < 0.15: driveshare(at())
        if rng.random() < 0.15: zoom(at())
        if rng.random() < 0.12: agency(at())
        if rng.random() < 0.08: university(at(), rng.choice(["handshake", "direct"]))
        if rng.random() < 0.12: reference(at())
    if wd == 1: newsletter(at(), "mailchimp")
    if wd == 4: newsletter(at(), "substack")
    if wd == 4 and day.isocalendar()[1] % 2 == 0: rippling(at(), "paystub")
    if day.day == 3: indeed(at(), "invoice")
    day += datetime.timedelta(days=1)

# Nadia writes to the agencies and career services early on
for i, (name, addr, org) in enumerate(AGENCIES):
    b.add(start + datetime.timedelta(days=1, hours=9 + i), ME, "%s <%s>" % (name, addr), "Alderway open roles",
          "Hi %s,\n\nAs agreed, here are our open roles for the autumn.\n%s" % (name.split()[0], SIG), rcpts=[addr])

# test window: first contacts a recruiter expects
T = split + datetime.timedelta(days=1, hours=9)
def first(d, frm, subj, body, ct="text/plain; charset=utf-8", **kw):
    return b.add(T + datetime.timedelta(days=d), frm, ME, subj, body, ct, **kw)
# new candidates from free mail with each kind of portfolio and a CV attached
for k, kind in enumerate(["github", "behance", "site", "drive", "notion", "linkedin", "none"]):
    c = new_candidate()
    candidate(T + datetime.timedelta(days=k, hours=3), (c[0], c[1], c[2], kind))
# a Google Drive share of a portfolio from a new candidate, through Drive's own notice
body, ct = alt("Shared with you\n", '<p>Irene Vasquez shared a folder with you.</p><p><b>Irene Vasquez - Portfolio 2026</b></p>'
               '<p><a href="https://drive.google.com/drive/folders/1%s?usp=sharing_eil&amp;ts=%s">Open</a></p><p>Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</p>' % (H(28), H(8).lower()))
first(1.5, '"Irene Vasquez (via Google Drive)" <drive-shares-dm-noreply@google.com>', 'Folder shared with you: "Irene Vasquez - Portfolio 2026"', body, ct,
      reply_to="Irene Vasquez <irene.vasquez.design@gmail.com>")
# a new agency sending a candidate (first contact, its own portal)
body, ct = mixed([("text/plain; charset=utf-8", "Hi Nadia,\n\nWe specialise in supply-chain software hires. Attached is a candidate for your Warehouse Solutions Consultant role; "
                   "more profiles at https://clients.keystonetalent.example/alderway\n\nKind regards,\nElena Marsh\nKeystone Talent Partners\n"),
                  ("application/pdf", "Keystone_candidate_profile.pdf", pdf(["Keystone Talent Partners", "Candidate profile", "Warehouse Solutions Consultant"]))])
first(2.5, "Elena Marsh <elena.marsh@keystonetalent.example>", "Candidate: Warehouse Solutions Consultant", body, ct)
# a referee at a company never seen, answering Nadia's request
m = b.add(T + datetime.timedelta(days=3), ME, "Paul Grady <paul.grady@vantagefreight.example>", "Reference for Sofia Rossi",
          "Hi Paul,\n\nSofia listed you as a reference. Could you answer a few questions?\n%s" % SIG, rcpts=["paul.grady@vantagefreight.example"])
first(3.5, "Paul Grady <paul.grady@vantagefreight.example>", "Re: Reference for Sofia Rossi",
      "Hi Nadia,\n\nSofia was excellent. Our reference policy asks me to confirm employment through our verification service: https://www.theworknumber.example/verify\n\nPaul\n", irt=m)
# Greenhouse: a candidate withdrew (the real notice), an offer sent for approval
body, ct = alt("Withdrew\n", '<p>Darius Rahimi withdrew from <b>Senior Backend Engineer</b> (reason: accepted another offer).</p>'
               '<p><a href="https://app.greenhouse.io/people/48211000?application_id=522310000">Review application</a></p>'
               '<p><a href="https://app.greenhouse.io/users/notification_settings">Notification settings</a></p>')
first(4, "Greenhouse <no-reply@greenhouse.io>", "Darius Rahimi withdrew from Senior Backend Engineer", body, ct, mailfrom="bounces+x1@em.greenhouse.io")
# Checkr and DocuSign for a new hire, Rippling onboarding and open enrolment
checkr(T + datetime.timedelta(days=4, hours=2), "Sofia Rossi")
docusign(T + datetime.timedelta(days=5), "Sofia Rossi")
body, ct = alt("Open enrollment\n", '<p>Hi Nadia,</p><p>Open enrollment for 2027 benefits is open until November 20. Review your medical, dental and vision elections.</p>'
               '<p><a href="https://app.rippling.com/benefits/open-enrollment/%d">Start enrollment</a></p><p>Rippling</p>' % R())
first(5.5, "Rippling <no-reply@rippling.com>", "Action required: 2027 open enrollment ends November 20", body, ct)
body, ct = alt("Complete your profile\n", '<p>Hi Nadia,</p><p>Sofia Rossi starts on December 1. Complete the hiring manager section of her profile (team, manager, equipment).</p>'
               '<p><a href="https://app.rippling.com/onboarding/new-hire/%d/profile">Complete profile</a></p><p>Rippling</p>' % R())
first(6, "Rippling <no-reply@rippling.com>", "Complete Sofia Rossi's profile before her start date", body, ct)
# a Handshake invitation from a university never seen, a new university's career office
body, ct = alt("Handshake\n", '<p>Westbrook State University invites Alderway to the <b>Winter Tech Career Fair</b>.</p>'
               '<p><a href="https://app.joinhandshake.com/career_fairs/55123/employer_registration">Register your organization</a></p>')
first(7, "Handshake <noreply@joinhandshake.com>", "Invitation: Winter Tech Career Fair", body, ct)
body, ct = alt("Career fair\n", '<p>Dear Ms Brooks,</p><p>We would be glad to host Alderway at our January career fair. Details and the employer form: '
               '<a href="https://careers.westbrookstate.example/employers/winter-fair">winter fair</a>.</p><p>Dana Whitcomb<br>Career Center, Westbrook State University</p>')
first(7.3, "Dana Whitcomb <dwhitcomb@westbrookstate.example>", "Winter career fair at Westbrook State", body, ct)
# LinkedIn InMail reply from a new candidate, an Indeed candidate notice, a scorecard reminder
body, ct = alt("InMail reply\n", '<p><b>Kenji Moriarty</b> replied to your InMail: "Yes, I\'d love to learn more."</p><p><a href="https://www.linkedin.com/talent/inbox/0/main/id/2-%s">View in Recruiter</a></p>' % H(20))
first(8, "Kenji Moriarty via LinkedIn <inmail-hit-reply@linkedin.com>", "Kenji Moriarty replied to your InMail", body, ct)
# a candidate's thank-you after the interview, with a link to a case study on their new site
first(9, "Chloe Dubois <chloe.dubois.ux@gmail.com>", "Thank you for today",
      "Hi Nadia,\n\nThank you for organising today's interviews. As promised, here is the case study we discussed: https://www.chloedubois.example/work/route-planner\n\nBest,\nChloe\n")
# a colleague's Zoom interview invitation for a new candidate
body, ct = alt("Zoom\n", '<p>Owen Mercer is inviting you to a scheduled Zoom meeting.</p><p>Topic: Technical interview - Kenji Moriarty</p>'
               '<p><a href="https://alderway.zoom.us/j/84412345678?pwd=%s">Join Zoom Meeting</a><br>Passcode: 551902</p>' % H(24))
first(9.5, "Owen Mercer <owen.mercer@%s>" % CO, "Technical interview - Kenji Moriarty", body, ct)
for k, f in enumerate([greenhouse, lambda w: indeed(w), linkedin, ashby, calendar, lambda w: agency(w)]):
    f(T + datetime.timedelta(days=11 + k))
b.write(sys.argv[1], split)
print(len(b.msgs))
