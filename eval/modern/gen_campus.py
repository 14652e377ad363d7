# Research administrator at a university and its hospital:
# morgan.ellis@northfield.example (Northfield University, Department of
# Medicine; internal domains northfield.example and the hospital's
# northfieldhealth.example). Colleagues at both domains and at other
# universities, the institution's own systems (eIRB, REDCap, Canvas, Zoom,
# ITS security notices, library alerts through its EZproxy), Workday and
# benefits vendors, journal and publisher mail (Editorial Manager,
# ScholarOne, Elsevier, ScienceDirect, Springer Nature, Wiley, DOIs),
# grant portals (Grants.gov, Research.gov, eRA Commons), patient-portal
# notices (MyChart on the hospital's domain, FollowMyHealth and athenahealth
# tenants on vendor domains), surveys (Qualtrics, SurveyMonkey, REDCap),
# meeting invitations (Zoom, Teams, Webex), shares from other universities
# (Box, OneDrive, Google Drive), DocuSign subawards, conference CFPs,
# alumni newsletters through an ESP's click tracker, mailing lists with
# List-Id, and first-contact mail from students at free-mail addresses.
import datetime, random, sys
from gen_common import Box, alt, mixed, pdf, docx, DOCX

rng = random.Random(61)
from gen_common import UTC, start, split, end  # the learn and test windows
UNI = "northfield.example"
HOSP = "northfieldhealth.example"
OWNER = "morgan.ellis@" + UNI
ME = "Morgan Ellis <%s>" % OWNER
SIG = ("\n--\nMorgan Ellis, MPA | Research Administrator\nDepartment of Medicine, Northfield University\n"
       "Northfield Health | 1200 College Avenue, Room 4-210 | (555) 017-3300\nhttps://medicine.northfield.example/research-office\n")
b = Box("campus", OWNER, start)
R = lambda: rng.randint(10000, 99999)
H = lambda n=10: "".join(rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))

INTERNAL = [("Alan Reyes", "areyes@" + UNI, "Professor of Medicine"), ("Simone Carter", "simone.carter@" + HOSP, "Clinical Research Manager"),
            ("Priya Nand", "pnand@" + UNI, "Grants Manager"), ("Dwayne Holt", "dholt@" + UNI, "Department Administrator"),
            ("Keiko Mori", "keiko.mori@" + HOSP, "Research Nurse Coordinator"), ("Luis Ferreira", "lferreira@" + UNI, "Postdoctoral Fellow"),
            ("Grace Obi", "gobi@" + UNI, "Sponsored Programs Officer")]
EXTERNAL = [("Hannah Whitley", "hwhitley@stateu.example", "State University", "stateu"),
            ("Rahul Menon", "rmenon@med.lakeview.example", "Lakeview School of Medicine", "lakeview"),
            ("Erin Castillo", "ecastillo@pacificrim.example", "Pacific Rim University", "pacificrim"),
            ("Tomasz Nowak", "t.nowak@baltic-med.example", "Baltic Medical University", "balticmed")]
STUDIES = ["HEART-2 trial", "Sepsis biomarker cohort", "Diabetes telehealth pilot", "CKD registry", "Long COVID follow-up"]
threads = []

def internal(when):
    name, addr, title = rng.choice(INTERNAL)
    q = rng.choice(["Can you check the budget justification for the R01 resubmission before Friday?",
                    "The subaward invoice from State is in; can you route it for approval?",
                    "Please add Dr. Chen to the IRB protocol as key personnel.",
                    "Effort certification for Q1 is open in Workday; can you remind the lab?",
                    "Here is the draft biosketch: https://northfield.box.com/s/%s" % H(24).lower(),
                    "Minutes from the research committee are on the intranet: https://medicine.northfield.example/intranet/committees/research",
                    "The sponsor's monitoring visit moved to next Tuesday; room 4-118 is booked.",
                    "Updated enrollment log is in REDCap: https://redcap.northfieldhealth.example/redcap_v14.5.2/index.php?pid=%d" % rng.randint(300, 900),
                    "Can you book Zoom for the DSMB call? https://northfield.zoom.us/j/9%d" % rng.randint(100000000, 999999999)])
    m = b.add(when, "%s <%s>" % (name, addr), ME, rng.choice(["quick question", "R01 budget", "IRB personnel", "effort", "biosketch", "DSMB", "subaward invoice"]),
              "Hi Morgan,\n\n%s\n\nThanks,\n%s\n--\n%s, %s\n" % (q, name.split()[0], name, title))
    threads.append((m, addr, name))

def external(when):
    name, addr, inst, key = rng.choice(EXTERNAL)
    q = rng.choice(["Attached is our signed subaward amendment; please countersign when you can.",
                    "Our budget for year 3 is ready; I shared the folder with you.",
                    "Could we meet next week about the data use agreement?",
                    "Our IRB approved the reliance agreement. Letter attached.",
                    "The progress report section for our site is on the shared drive."])
    if rng.random() < 0.3:
        doc = pdf(["%s - Office of Sponsored Programs" % inst, "Subaward Amendment No. %d" % rng.randint(1, 4), "Prime award: R01HL1%05d" % R()])
        body, ct = mixed([("text/plain; charset=utf-8", "Hi Morgan,\n\n%s\n\nBest,\n%s\n%s\n" % (q, name, inst)), ("application/pdf", "Subaward_Amendment_%d.pdf" % R(), doc)])
    else:
        body, ct = "Hi Morgan,\n\n%s\n\nBest,\n%s\n%s\n" % (q, name, inst), "text/plain; charset=utf-8"
    m = b.add(when, "%s <%s>" % (name, addr), ME, rng.choice(["subaward", "year 3 budget", "DUA", "reliance agreement", "progress report"]), body, ct)
    threads.append((m, addr, name))

def reply(when):
    if not threads: return
    m, addr, name = rng.choice(threads)
    b.add(when, ME, "%s <%s>" % (name, addr), "Re: your message", "Hi %s,\n\nthanks, I'll take care of it today.\n%s" % (name.split()[0], SIG), irt=m, rcpts=[addr])

def share(when, kind):
    name, addr, inst, key = rng.choice(EXTERNAL)
    n = H(20)
    if kind == "box":
        body, ct = alt("%s shared a folder with you.\n" % name,
                       '<p>%s invited you to collaborate on the folder <b>%s - Site Budget</b>.</p><p><a href="https://%s.app.box.com/s/%s">Open</a></p>'
                       '<p><a href="https://app.box.com/notifications">Notification settings</a></p>' % (name, rng.choice(STUDIES), key, n.lower()))
        b.add(when, "%s (via Box) <noreply@box.com>" % name, ME, "%s invited you to collaborate" % name, body, ct)
    elif kind == "onedrive":
        body, ct = alt("%s shared a file with you\n" % name,
                       '<p>%s shared a file with you</p><p><b>Progress_Report_Site2.docx</b></p>'
                       '<p><a href="https://%s-my.sharepoint.com/:w:/g/personal/%s_%s_example/E%s?e=%s">Open</a></p>'
                       '<p>Microsoft respects your privacy. <a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a></p>'
                       % (name, key, addr.split("@")[0].replace(".", "_"), key, n, H(6)))
        b.add(when, "%s <%s>" % (name, addr), ME, "%s shared \"Progress_Report_Site2.docx\" with you" % name, body, ct)
    else:
        body, ct = alt("%s shared a document\n" % name,
                       '<p>%s (%s) has invited you to <b>edit</b> the following document:</p><p><b>%s data dictionary</b></p>'
                       '<p><a href="https://docs.google.com/spreadsheets/d/1%s/edit?usp=sharing_eil_m&amp;ts=%d">Open</a></p>'
                       '<p>Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</p>' % (name, addr, rng.choice(STUDIES), n, R()))
        b.add(when, "%s (via Google Sheets) <drive-shares-dm-noreply@google.com>" % name, ME, "Spreadsheet shared with you: \"Data dictionary\"", body, ct,
              reply_to="%s <%s>" % (name, addr))

def meeting(when, kind):
    n = rng.randint(100000000, 999999999)
    if kind == "zoom":
        name, addr, _ = rng.choice(INTERNAL)
        body, ct = alt("Zoom meeting\n",
                       '<p>%s is inviting you to a scheduled Zoom meeting.</p><p>Topic: %s study team</p>'
                       '<p>Join Zoom Meeting<br><a href="https://northfield.zoom.us/j/9%d?pwd=%s">https://northfield.zoom.us/j/9%d</a></p><p>Meeting ID: 9%d<br>Passcode: %d</p>'
                       % (name, rng.choice(STUDIES), n, H(20), n, n, rng.randint(100000, 999999)))
        b.add(when, "%s <%s>" % (name, addr), ME, "Zoom: %s study team" % rng.choice(STUDIES), body, ct)
    elif kind == "teams":
        name, addr, _ = rng.choice(INTERNAL[1:2] + INTERNAL[4:5])
        body, ct = alt("Microsoft Teams meeting\n",
                       '<p>________________________________________________________________________________</p><p><b>Microsoft Teams</b> <a href="https://aka.ms/JoinTeamsMeeting?omkt=en-US">Need help?</a></p>'
                       '<p><a href="https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%7d">Join the meeting now</a></p>'
                       '<p>Meeting ID: 2%d<br>Passcode: %s</p><p><a href="https://www.microsoft.com/microsoft-teams/join-a-meeting">Join on the web</a> | '
                       '<a href="https://teams.microsoft.com/meetingOptions/?organizerId=%s">Meeting options</a></p>' % (H(40), H(8), n, H(6), H(12)))
        b.add(when, "%s <%s>" % (name, addr), ME, "Coordinator huddle", body, ct)
    else:
        name, addr, inst, key = rng.choice(EXTERNAL)
        body, ct = alt("Webex meeting invitation\n",
                       '<p>%s invites you to join this Webex meeting.</p><p><a href="https://%s.webex.com/%s/j.php?MTID=m%s">Join meeting</a></p>'
                       '<p>Meeting number: 2%d<br>Meeting password: %s</p><p><a href="https://help.webex.com/">Webex help</a></p>' % (name, key, key, H(32).lower(), n, H(8)))
        b.add(when, "%s <messenger@webex.com>" % name, ME, "Webex meeting invitation: multi-site call", body, ct, reply_to="%s <%s>" % (name, addr))

def journal(when, kind):
    n = R()
    doi = "10.%d/%s.%d.%d" % (rng.choice([1016, 1007, 1002, 1038]), rng.choice(["j.jcin", "s41591", "jim", "ajt"]), 2026, n)
    if kind == "em":
        body, ct = alt("Journal of Clinical Investigation in Medicine\n",
                       '<p>Ref.: Ms. No. JCIM-D-26-0%d<br>%s: outcomes at 12 months</p><p>Dear Ms. Ellis,</p>'
                       '<p>Dr. Reyes has submitted a revised manuscript on which you are listed as the corresponding administrator. Please log in as an Author to track its progress.</p>'
                       '<p><a href="https://www.editorialmanager.com/jcim/l.asp?i=%d&amp;l=%s">https://www.editorialmanager.com/jcim/</a></p>'
                       '<p>In compliance with data protection regulations, you may request that we remove your personal registration details at any time. '
                       '(<a href="https://www.editorialmanager.com/jcim/login.asp?a=r">Remove my information/details</a>).</p>' % (n % 1000, rng.choice(STUDIES), n, H(8)))
        b.add(when, "JCIM Editorial Office <em@editorialmanager.com>", ME, "JCIM-D-26-0%d - Revision received" % (n % 1000), body, ct,
              mailfrom="em.jcim.0.%x.%s@editorialmanager.com" % (n, H(8).lower()))
    elif kind == "s1":
        body, ct = alt("ScholarOne Manuscripts\n",
                       '<p>%s</p><p>Dear Ms. Ellis:</p><p>A manuscript titled "%s" (JIM-2026-%d) has been submitted by Dr. Alan Reyes to Journal of Internal Medicine Research.</p>'
                       '<p>The manuscript is now under review. You can view the status of the manuscript at any time by checking your Author Center after logging in to '
                       '<a href="https://mc.manuscriptcentral.com/jimr">https://mc.manuscriptcentral.com/jimr</a>.</p>' % (when.strftime("%d-%b-%Y"), rng.choice(STUDIES), n))
        b.add(when, "onbehalfof@manuscriptcentral.com", ME, "Journal of Internal Medicine Research - Manuscript ID JIM-2026-%d" % n, body, ct,
              reply_to="jimr-editorial@wiley.com")
    elif kind == "sd":
        items = "".join('<p><a href="https://www.sciencedirect.com/science/article/pii/S0%d?dgcid=raven_sd_search_email">%s</a><br>'
                        '<a href="https://doi.org/%s">https://doi.org/%s</a></p>' % (R() * 100000, t, doi + str(i), doi + str(i))
                        for i, t in enumerate(["Procalcitonin-guided therapy in sepsis", "Remote monitoring after heart failure discharge", "Registry design for CKD"]))
        body, ct = alt("ScienceDirect search alert\n",
                       '<p>New results for your search alert: <b>sepsis biomarker</b></p>%s'
                       '<p><a href="https://www.sciencedirect.com/user/alerts?dgcid=raven_sd_search_email">Manage alerts</a> | '
                       '<a href="https://www.elsevier.com/legal/privacy-policy?dgcid=raven_sd_search_email">Privacy Policy</a></p>' % items)
        b.add(when, "ScienceDirect Message Center <sciencedirect@notification.elsevier.com>", ME, "New results for your search alert: sepsis biomarker", body, ct,
              extra=[("List-Unsubscribe", "<https://www.sciencedirect.com/user/alerts/unsubscribe?key=%s>" % H(16))])
    elif kind == "elsevier":
        body, ct = alt("Track your article\n",
                       '<p>Dear Morgan Ellis,</p><p>Your article [JCIN_%d] is now in production. Track its status at any time.</p>'
                       '<p><a href="https://authors.elsevier.com/tracking/article/details.do?aid=%d&amp;jid=JCIN&amp;surname=Reyes">Track your article</a></p>'
                       '<p>Share your article once it is online: <a href="https://doi.org/%s">https://doi.org/%s</a></p>'
                       '<p><a href="https://service.elsevier.com/app/home/supporthub/publishing/">Elsevier Researcher Support</a></p>' % (n, n, doi, doi))
        b.add(when, "Elsevier - Article Status <Article_Status@elsevier.com>", ME, "Track your accepted article [JCIN_%d]" % n, body, ct)
    elif kind == "nature":
        body, ct = alt("Nature Medicine table of contents\n",
                       '<p><b>Nature Medicine</b> - Volume 32 Issue %d</p>'
                       '<p><a href="https://links.springernature.com/f/a/%s~~/AABE5gA~/RgRn%s/W2?url=https%%3A%%2F%%2Fwww.nature.com%%2Farticles%%2Fs41591-026-0%d-x">Semaglutide and kidney outcomes</a></p>'
                       '<p><a href="https://links.springernature.com/f/a/%s~~/AABE5gA~/RgRn%s/W3">Wearables in heart failure care</a></p>'
                       '<p><a href="https://www.nature.com/nm/">Nature Medicine</a> | <a href="https://www.springernature.com/gp/legal/privacy-statement">Privacy</a> | '
                       '<a href="https://www.nature.com/my-account/alerts/unsubscribe?token=%s">Unsubscribe</a></p>' % (rng.randint(1, 12), H(16), H(10), n, H(16), H(10), H(20)))
        b.add(when, "Nature Medicine <alerts@nature.com>", ME, "Nature Medicine contents: Volume 32 Issue %d" % rng.randint(1, 12), body, ct,
              extra=[("List-Unsubscribe", "<https://www.nature.com/my-account/alerts/unsubscribe>")])
    else:
        body, ct = alt("Wiley Online Library table of contents alert\n",
                       '<p>American Journal of Transplantation - Table of Contents Alert</p>'
                       '<p><a href="https://onlinelibrary.wiley.com/doi/%s?af=R">Kidney allograft outcomes in older recipients</a></p>'
                       '<p><a href="https://onlinelibrary.wiley.com/toc/16006143/current">View this issue</a> | <a href="https://onlinelibrary.wiley.com/action/showPreferences?menuTab=Alerts">Manage alerts</a></p>' % doi)
        b.add(when, "Wiley Online Library <WileyOnlineLibrary@wiley.com>", ME, "American Journal of Transplantation: new issue alert", body, ct)

def grant(when, kind):
    n = R()
    if kind == "era":
        body, ct = "Grant: R01HL1%05d\nPI: REYES, ALAN\nTitle: %s\n\nThe Notice of Award has been issued. Log in to eRA Commons to view it: https://public.era.nih.gov/commons/\n\nPlease do not reply to this automated message. eRA Service Desk: https://www.era.nih.gov/need-help\n" % (n, rng.choice(STUDIES)), "text/plain; charset=utf-8"
        b.add(when, "eRA Commons <era-notify@mail.nih.gov>", ME, "Notice of Award issued - R01HL1%05d" % n, body, ct)
    elif kind == "grantsgov":
        body, ct = ("Your application has been received by Grants.gov and is now being validated.\n\nGrants.gov Tracking Number: GRANT1%07d\nOpportunity Number: PAR-26-0%d\n\n"
                    "You can check the status of your application at https://www.grants.gov/applicants/track-my-application\n\nGrants.gov Support Center\n" % (n * 7, n % 1000)), "text/plain; charset=utf-8"
        b.add(when, "Grants.gov <support@grants.gov>", ME, "Grants.gov Submission Receipt for GRANT1%07d" % (n * 7), body, ct)
    elif kind == "nsf":
        body, ct = alt("Research.gov notification\n",
                       '<p>The annual project report for award %d is due within 90 days.</p><p>Log in to <a href="https://www.research.gov/research-web/">Research.gov</a> to submit the report.</p>'
                       '<p>Policy: <a href="https://new.nsf.gov/policies/pappg">PAPPG</a></p>' % (2400000 + n))
        b.add(when, "Research.gov <rgov@nsf.gov>", ME, "Annual project report due: award %d" % (2400000 + n), body, ct)
    else:
        body, ct = alt("NIH Guide notices\n",
                       '<p>NIH Guide for Grants and Contracts - weekly index</p><p><a href="https://grants.nih.gov/grants/guide/notice-files/NOT-OD-26-0%d.html">NOT-OD-26-0%d: Updated salary cap</a></p>'
                       '<p><a href="https://grants.nih.gov/grants/guide/pa-files/PAR-26-%d.html">PAR-26-%d: Clinical trial planning grants</a></p>' % (n % 900, n % 900, n % 400, n % 400))
        b.add(when, "NIH Guide <NIH-GUIDE@LIST.NIH.GOV>", ME, "NIH Guide weekly index", body, ct,
              extra=[("List-Id", "NIH Guide <NIH-GUIDE.LIST.NIH.GOV>"), ("Precedence", "list")], mailfrom="owner-nih-guide@list.nih.gov")

def campus(when, kind):
    n = R()
    if kind == "eirb":
        body, ct = alt("eIRB notification\n",
                       '<p>IRB Study STUDY2026%05d: %s</p><p>The modification MOD%d has been <b>approved</b>.</p>'
                       '<p><a href="https://eirb.northfield.example/IRB/Rooms/DisplayPages/LayoutInitial?Container=com.webridge.entity.Entity%%5BOID%%5B%s%%5D%%5D">Go to the study workspace</a></p>'
                       % (n, rng.choice(STUDIES), n, H(16)))
        b.add(when, "Northfield eIRB <eirb-noreply@northfield.example>", ME, "Approved: MOD%d" % n, body, ct)
    elif kind == "redcap":
        body, ct = alt("REDCap\n",
                       '<p>Dear study team,</p><p>A new record (ID %d) was added to project "%s" by kmori.</p>'
                       '<p><a href="https://redcap.northfieldhealth.example/redcap_v14.5.2/DataEntry/record_home.php?pid=%d&amp;id=%d">Open record</a></p>' % (n % 500, rng.choice(STUDIES), n % 900, n % 500))
        b.add(when, "REDCap <redcap-noreply@northfieldhealth.example>", ME, "[REDCap] New record added", body, ct)
    elif kind == "canvas":
        body, ct = alt("Canvas announcement\n",
                       '<p>MED 701: Responsible Conduct of Research</p><p>New announcement: <b>Session %d materials posted</b></p>'
                       '<p><a href="https://northfield.instructure.com/courses/1%d/discussion_topics/%d">View announcement</a></p>'
                       '<p><a href="https://northfield.instructure.com/profile/communication">Update your notification settings</a></p>' % (rng.randint(1, 12), n % 9000, n))
        b.add(when, "Canvas <notifications@instructure.com>", ME, "Session materials posted: MED 701", body, ct)
    elif kind == "security":
        body, ct = alt("ITS security notice\n",
                       '<p><b>Northfield ITS Security Bulletin</b></p><p>%s</p>'
                       '<p>Report suspicious mail with the Report Phishing button or to <a href="mailto:phish@northfield.example">phish@northfield.example</a>. '
                       'ITS will never ask for your password by email.</p><p><a href="https://its.northfield.example/security/bulletins/%d">Read the bulletin</a> | '
                       '<a href="https://its.northfield.example/security">Information Security Office</a></p>'
                       % (rng.choice(["Phishing campaign impersonating payroll is targeting faculty and staff.", "Duo Mobile update required for iOS 20.",
                                      "Scheduled maintenance for NetID login on Saturday 6-8 am.", "Tax-season scams: what to look for."]), n))
        b.add(when, "Northfield ITS Information Security <infosec@northfield.example>", ME, "ITS Security Bulletin", body, ct)
    elif kind == "library":
        body, ct = alt("Library alert\n",
                       '<p>Northfield University Libraries</p><p>New e-resources this month: <a href="https://login.ezproxy.northfield.example/login?url=https://www.uptodate.com/contents/search">UpToDate</a>, '
                       '<a href="https://login.ezproxy.northfield.example/login?url=https://www.sciencedirect.com/journal/kidney-international">Kidney International</a>.</p>'
                       '<p><a href="https://library.northfield.example/news/%d">Library news</a> | <a href="https://northfield.libguides.com/systematic-reviews">Systematic review guide</a></p>' % n)
        b.add(when, "Northfield Libraries <library@northfield.example>", ME, "Library news: new e-resources", body, ct)
    elif kind == "ill":
        body, ct = "Dear Morgan Ellis,\n\nThe article you requested (TN: %d) is now available electronically. Log in to view it:\nhttps://northfield.hosts.atlas-sys.com/illiad/illiad.dll?Action=10&Form=75&Value=%d\n\nThe PDF will be removed after 30 days.\n\nInterlibrary Loan, Northfield University Libraries\n" % (n, n), "text/plain; charset=utf-8"
        b.add(when, "Northfield ILL <ill@northfield.example>", ME, "Interlibrary Loan article available (TN %d)" % n, body, ct)
    elif kind == "pubmed":
        body, ct = alt("My NCBI\n",
                       '<p>This message contains My NCBI what\'s new results from the National Center for Biotechnology Information (NCBI).</p>'
                       '<p>Search: sepsis biomarker procalcitonin</p><p><a href="https://pubmed.ncbi.nlm.nih.gov/4%d/?utm_source=gquery&amp;utm_medium=referral">1. Procalcitonin kinetics in septic shock.</a></p>'
                       '<p><a href="https://www.ncbi.nlm.nih.gov/account/settings/">Edit saved search settings</a></p>' % n)
        b.add(when, "My NCBI <efback@ncbi.nlm.nih.gov>", ME, "What's new for 'sepsis biomarker' in PubMed", body, ct)
    elif kind == "citi":
        body, ct = "Dear Morgan Ellis,\n\nYour CITI Program course Biomedical Research - Refresher 1 expires in 60 days.\nLog in to complete it: https://www.citiprogram.org/members/index.cfm?pageID=50\n\nCITI Program\nhttps://about.citiprogram.org/\n", "text/plain; charset=utf-8"
        b.add(when, "CITI Program <support@citiprogram.org>", ME, "CITI Program course expiring", body, ct)
    elif kind == "concur":
        body, ct = alt("Concur\n",
                       '<p>Expense report "%s site visit" has been approved by Dwayne Holt.</p><p><a href="https://www.concursolutions.com/nui/expense/report/%s">View report</a></p>' % (rng.choice(["Lakeview", "State U", "ASCO"]), H(16)))
        b.add(when, "SAP Concur <AutoNotification@concursolutions.com>", ME, "Expense report approved", body, ct)

def hr(when, kind):
    n = R()
    if kind == "workday":
        body, ct = alt("Workday\n",
                       '<p>You have a new task in Workday: <b>%s</b></p><p><a href="https://wd5.myworkday.com/northfield/d/inbox/%d$%d.htmld">Go to My Tasks</a></p>'
                       '<p>This is a system-generated message from Workday for Northfield University.</p>'
                       % (rng.choice(["Effort Certification: Q1 FY27", "Approve Time Off: K. Mori", "Review Supplier Invoice: State University", "Complete Annual Conflict of Interest Disclosure"]), n, n * 3))
        b.add(when, "Workday <northfield@myworkday.com>", ME, "Workday: new task in your inbox", body, ct)
    elif kind == "payslip":
        body, ct = alt("Payslip available\n",
                       '<p>Your payslip for the period ending %s is available in Workday.</p><p><a href="https://wd5.myworkday.com/northfield/d/task/2997$%d.htmld">View payslip</a></p>'
                       '<p>Questions? <a href="https://hr.northfield.example/payroll">Payroll Services</a></p>' % (when.strftime("%m/%d/%Y"), n))
        b.add(when, "Workday <northfield@myworkday.com>", ME, "Your payslip is available", body, ct)
    elif kind == "benefits":
        body, ct = alt("Benefits\n",
                       '<p>Northfield University Benefits</p><p>%s</p><p><a href="https://www.benefitfocus.com/northfield/enroll">Go to the benefits portal</a></p>'
                       '<p><a href="https://hr.northfield.example/benefits">Benefits at Northfield</a></p>'
                       % rng.choice(["Open enrollment runs November 3-21.", "Your dependent verification documents were received.", "Your FSA claim has been processed."]))
        b.add(when, "Northfield Benefits <northfield.benefits@benefitfocus.com>", ME, "Benefits update", body, ct)
    elif kind == "tiaa":
        body, ct = alt("TIAA\n",
                       '<p>Your quarterly statement is ready.</p><p><a href="https://click.email.tiaa.org/?qs=%s">View your statement</a></p>'
                       '<p><a href="https://click.email.tiaa.org/?qs=%s">Plan a retirement review</a></p><p>TIAA, 730 Third Avenue, New York, NY</p>' % (H(40).lower(), H(40).lower()))
        b.add(when, "TIAA <tiaa@email.tiaa.org>", ME, "Your quarterly retirement statement is ready", body, ct)
    else:
        body, ct = alt("HR news\n",
                       '<p>Northfield HR News</p><p><a href="https://hr.northfield.example/news/%d">Holiday schedule</a> | <a href="https://hr.northfield.example/wellness">Flu shot clinics</a></p>' % n)
        b.add(when, "Northfield Human Resources <hr-news@northfield.example>", ME, "HR News", body, ct)

def health(when, kind):
    n = R()
    if kind == "mychart":
        body, ct = alt("MyChart\n",
                       '<p>Dear Morgan,</p><p>%s Log in to MyChart to view it.</p><p><a href="https://mychart.northfieldhealth.example/MyChart/Authentication/Login?postloginurl=inbox">Log in to MyChart</a></p>'
                       '<p>Please do not reply to this message.</p>' % rng.choice(["You have a new test result.", "You have a new message from Dr. Patel.", "Your appointment is coming up on " + (when + datetime.timedelta(days=5)).strftime("%b %d") + "."]))
        b.add(when, "MyChart <mychart-noreply@northfieldhealth.example>", ME, "You have a new message in MyChart", body, ct)
    elif kind == "fmh":
        body, ct = alt("FollowMyHealth\n",
                       '<p>You have a new secure message from Riverbend Pediatrics.</p><p><a href="https://riverbendpeds.followmyhealth.com/">Log in to FollowMyHealth</a> to read it.</p>')
        b.add(when, "Riverbend Pediatrics <noreply@followmyhealth.com>", ME, "New message from Riverbend Pediatrics", body, ct)
    else:
        body, ct = alt("Patient portal\n",
                       '<p>Lakeside Dermatology has sent you a message.</p><p><a href="https://1%d.portal.athenahealth.com/">Log in to your patient portal</a></p>'
                       '<p>Powered by athenahealth</p>' % (n % 9000))
        b.add(when, "Lakeside Dermatology <patientportal@athenahealth.com>", ME, "New message from Lakeside Dermatology", body, ct)

def survey(when, kind):
    if kind == "qualtrics":
        body, ct = alt("Survey\n",
                       '<p>Dear colleague,</p><p>The Office of Research invites you to the 2026 research administration satisfaction survey (5 minutes).</p>'
                       '<p><a href="https://northfield.co1.qualtrics.com/jfe/form/SV_%s?Q_CHL=email&amp;Q_DL=%s">Take the survey</a></p>'
                       '<p><a href="https://northfield.co1.qualtrics.com/CP/Register.php?OptOut=true&amp;RID=%s">Opt out</a></p>' % (H(15), H(30), H(15)))
        b.add(when, "Northfield Office of Research <noreply@qemailserver.com>", ME, "Research administration survey", body, ct, reply_to="research-office@northfield.example")
    else:
        name, addr, inst, key = rng.choice(EXTERNAL)
        body, ct = alt("Survey\n",
                       '<p>Hi Morgan,</p><p>%s is collecting site readiness information for the multi-site study. Please fill in this short survey:</p>'
                       '<p><a href="https://www.surveymonkey.com/r/%s">Begin survey</a></p><p>Please do not forward this message, as its survey link is unique to you.</p>'
                       '<p><a href="https://www.surveymonkey.com/optout.aspx?sm=%s">Unsubscribe</a></p>' % (inst, H(7), H(30)))
        b.add(when, "%s <member@surveymonkeyuser.com>" % name, ME, "Site readiness survey", body, ct, reply_to="%s <%s>" % (name, addr))

def docusign(when):
    name, addr, inst, key = rng.choice(EXTERNAL)
    n = R()
    body, ct = alt("%s sent you a document to review and sign.\n" % name,
                   '<p>%s sent you a document to review and sign.</p><p><a href="https://na4.docusign.net/Signing/EmailStart.aspx?a=%s&amp;etti=24&amp;acct=%s&amp;er=%s">REVIEW DOCUMENT</a></p>'
                   '<p>Please review the subaward amendment. Thanks, %s</p><p>Do Not Share This Email: this email contains a secure link to DocuSign.</p>'
                   '<p><a href="https://www.docusign.com/support">Questions about the Document?</a></p>' % (name, H(32).lower(), H(8).lower(), H(32).lower(), name.split()[0]))
    b.add(when, '"%s via DocuSign" <dse_na4@docusign.net>' % name, ME, "Please DocuSign: Subaward_Amendment_%d.pdf" % n, body, ct, reply_to="%s <%s>" % (name, addr))

LISTS = [("RESADM-L", "<resadm-l.lists.stateu.example>", "RESADM-L@lists.stateu.example", "https://lists.stateu.example/cgi-bin/wa?A0=RESADM-L"),
         ("crc-network", "<crc-network.googlegroups.com>", "crc-network@googlegroups.com", "https://groups.google.com/g/crc-network")]
POSTERS = [("Jill Tran", "jtran@gulfcoast.example"), ("Mark Oyelaran", "moyelaran@stateu.example"), ("Beth Sandoval", "bsandoval@mountainview-med.example"),
           ("Chris Lund", "chris.lund@riverside-u.example"), ("Ana Pereira", "apereira@lakeview.example")]

def listpost(when):
    L = rng.choice(LISTS)
    name, addr = rng.choice(POSTERS)
    topic, link = rng.choice([("NIH salary cap for FY27", "https://grants.nih.gov/grants/guide/notice-files/NOT-OD-26-0%d.html" % rng.randint(10, 99)),
                              ("Uniform Guidance revisions", "https://www.ecfr.gov/current/title-2/subtitle-A/chapter-II/part-200"),
                              ("Single IRB exceptions", "https://www.federalregister.gov/documents/2026/%02d/%02d/2026-%05d" % (rng.randint(1, 10), rng.randint(1, 28), R())),
                              ("Subrecipient monitoring templates", "https://thefdp.org/default/expanded-clearinghouse/"),
                              ("Effort reporting tools", None), ("Clinical trial billing coverage analysis", None)])
    text = "Hi all,\n\n%s\n\n%s\n%s\n" % ("How is everyone handling %s at your institution?" % topic.lower(), "See: %s\n" % link if link else "",
                                        "%s\n%s" % (name, addr.split("@")[1]))
    text += "\n--\nTo unsubscribe from this list: %s\n" % L[3] if "lists." in L[2] else "\n--\nYou received this message because you are subscribed to the Google Groups \"%s\" group.\nTo view this discussion visit %s\n" % (L[0], L[3])
    b.add(when, "%s <%s>" % (name, addr), "%s <%s>" % (L[0], L[2]), "[%s] %s" % (L[0], topic), text,
          extra=[("List-Id", L[1]), ("List-Unsubscribe", "<mailto:%s?subject=unsubscribe>" % L[2]), ("List-Archive", "<%s>" % L[3]), ("Precedence", "list"), ("Sender", L[2])],
          mailfrom="owner-%s" % L[2])

def newsletter(when, kind):
    n = H(24).lower()
    if kind == "alumni":
        body, ct = alt("Lakeshore College alumni news\n",
                       '<p><img src="https://view.e.lakeshore.example/open.aspx?ffcb10-%s" width="1" height="1"></p><h2>Lakeshore Today</h2>'
                       '<p><a href="https://click.e.lakeshore.example/?qs=%s1">Homecoming recap</a></p><p><a href="https://click.e.lakeshore.example/?qs=%s2">Give to the annual fund</a></p>'
                       '<p><a href="https://view.e.lakeshore.example/?qs=%s">View as a web page</a> | <a href="https://click.e.lakeshore.example/?qs=%s3">Update your alumni profile</a> | '
                       '<a href="https://cloud.e.lakeshore.example/unsubscribe?qs=%s">Unsubscribe</a></p>' % (n, n, n, n, n, n))
        b.add(when, "Lakeshore College Alumni <alumni@e.lakeshore.example>", ME, "Lakeshore Today: homecoming recap", body, ct,
              extra=[("List-Unsubscribe", "<https://cloud.e.lakeshore.example/unsubscribe?qs=%s>" % n)], mailfrom="bounce-%s@bounce.e.lakeshore.example" % n[:8])
    elif kind == "ncura":
        body, ct = alt("NCURA\n",
                       '<h2>Research Management Review - weekly</h2><p><a href="https://ncura.us3.list-manage.com/track/click?u=4a%s&amp;id=%s&amp;e=%s">Webinar: closing out federal awards</a></p>'
                       '<p><a href="https://ncura.us3.list-manage.com/track/click?u=4a%s&amp;id=%s2&amp;e=%s">Regional meeting registration</a></p>'
                       '<p><a href="https://ncura.us3.list-manage.com/unsubscribe?u=4a%s&amp;id=%s">Unsubscribe</a></p>' % (n[:8], n[8:16], n[16:22], n[:8], n[8:16], n[16:22], n[:8], n[8:16]))
        b.add(when, "Research Management Weekly <news@ncura.example>", ME, "This week in research administration", body, ct,
              extra=[("List-Unsubscribe", "<https://ncura.us3.list-manage.com/unsubscribe?u=4a%s>" % n[:8])], mailfrom="bounce-mc.us3_%s@mail%s.suw11.mcsv.net" % (n[:6], n[6:9]))
    else:
        body, ct = alt("Northfield Today\n",
                       '<h2>Northfield Today</h2><p><a href="https://news.northfield.example/2026/%s">New cancer center opens</a></p>'
                       '<p><a href="https://news.northfield.example/events">Events this week</a> | <a href="https://www.northfieldhealth.example/news">Northfield Health news</a></p>' % n[:10])
        b.add(when, "Northfield Today <today@northfield.example>", ME, "Northfield Today", body, ct)

def student(when):
    name, addr = rng.choice([("Jasmine Kaur", "jasminek2004@gmail.com"), ("Ethan Brooks", "ethan.brooks.nfu@outlook.com"), ("Maria Gomez", "mgomez.premed@yahoo.com")])
    text = rng.choice(["Hello Ms. Ellis,\n\nI'm a junior in biology and I would love to volunteer as a research assistant in Dr. Reyes's lab. My CV is here: https://docs.google.com/document/d/1%s/edit?usp=sharing\n\nThank you,\n%s\n" % (H(30), name),
                       "Hi,\n\nI submitted my timesheet for the study but it still shows pending. Could you check?\n\nThanks,\n%s\n" % name])
    m = b.add(when, "%s <%s>" % (name, addr), ME, rng.choice(["Research assistant position", "timesheet question"]), text)
    threads.append((m, addr, name))

day = start
while day < end:
    wd = day.weekday()
    def at(): return day + datetime.timedelta(hours=rng.uniform(7, 19))
    if wd < 5:
        for _ in range(rng.randint(1, 3)): internal(at())
        if rng.random() < 0.5: external(at())
        for _ in range(rng.randint(0, 2)): reply(at())
        if rng.random() < 0.3: share(at(), rng.choice(["box", "onedrive", "gsheets"]))
        if rng.random() < 0.35: meeting(at(), rng.choice(["zoom", "zoom", "teams", "webex"]))
        if rng.random() < 0.4: journal(at(), rng.choice(["em", "s1", "elsevier"]))
        if rng.random() < 0.2: grant(at(), rng.choice(["era", "grantsgov", "nsf"]))
        if rng.random() < 0.45: campus(at(), rng.choice(["eirb", "redcap", "redcap", "canvas", "ill", "concur", "citi"]))
        if rng.random() < 0.25: hr(at(), "workday")
        if rng.random() < 0.15: docusign(at())
        if rng.random() < 0.1: survey(at(), rng.choice(["qualtrics", "surveymonkey"]))
        for _ in range(rng.randint(0, 2)): listpost(at())
        if rng.random() < 0.1: health(at(), rng.choice(["mychart", "fmh", "athena"]))
        if rng.random() < 0.08: student(at())
    if wd == 0: journal(at(), "sd"); grant(at(), "guide")
    if wd == 1: newsletter(at(), "today"); campus(at(), "pubmed")
    if wd == 2: journal(at(), rng.choice(["nature", "wiley"])); newsletter(at(), "ncura")
    if wd == 3: campus(at(), rng.choice(["security", "library"]))
    if wd == 4 and day.day <= 7: newsletter(at(), "alumni")
    if day.day in (15, 30): hr(at(), "payslip")
    if day.day in (3, 17): hr(at(), rng.choice(["benefits", "hrnews"]))
    if day.day == 10: hr(at(), "tiaa")
    day += datetime.timedelta(days=1)

# Morgan writes to each external colleague and posts to the lists early on
for i, (name, addr, inst, key) in enumerate(EXTERNAL):
    b.add(start + datetime.timedelta(days=1, hours=8 + i / 2), ME, "%s <%s>" % (name, addr), "Northfield - subaward contacts",
          "Hello %s,\n\nI'm the research administrator for Dr. Reyes's studies; please copy me on subaward and budget mail.\n%s" % (name.split()[0], SIG), rcpts=[addr])
for i, L in enumerate(LISTS):
    b.add(start + datetime.timedelta(days=3, hours=10 + i), ME, "%s <%s>" % (L[0], L[2]), "Effort certification timelines",
          "Hi all,\n\nhow often do your departments certify effort on clinical trials?\n%s" % SIG, rcpts=[L[2]])

# test window: first contacts a university research office expects
T = split + datetime.timedelta(days=1, hours=9)
def first(d, frm, subj, body, ct="text/plain; charset=utf-8", **kw):
    return b.add(T + datetime.timedelta(days=d), frm, ME, subj, body, ct, **kw)
first(0, "Noah Fischer <noah.fischer@uni-rheinland.example>", "Call for papers: Clinical Research Operations Symposium 2027",
      "Dear colleague,\n\nwe invite abstracts for the Clinical Research Operations Symposium (CROS 2027), Cologne, 14-16 April 2027.\n"
      "Submission via EasyChair: https://easychair.org/conferences/?conf=cros2027\nConference website: https://cros2027.uni-rheinland.example/\n\nDeadline: 15 January 2027.\n\nNoah Fischer, on behalf of the programme committee\n")
body, ct = alt("Reviewer invitation\n",
               '<p>Dear Ms. Ellis,</p><p>In view of your expertise, I would be very grateful if you could review the manuscript "Research administration workload in academic medical centres" for Journal of Research Administration Studies.</p>'
               '<p>To ACCEPT, please click: <a href="https://www.editorialmanager.com/jras/l.asp?i=8812&amp;l=AGREE%s">Agree to Review</a><br>'
               'To DECLINE: <a href="https://www.editorialmanager.com/jras/l.asp?i=8813&amp;l=DECLINE%s">Decline to Review</a></p>'
               '<p>Kind regards,<br>Dr. Ines Baptista, Editor</p>' % (H(6), H(6)))
first(1, "Journal of Research Administration Studies <em@editorialmanager.com>", "Invitation to review JRAS-D-26-00412", body, ct)
first(2, "Sofia Lindqvist <sofia.lindqvist@pacificrim.example>", "Intro - data coordinating center for HEART-2",
      "Hi Morgan,\n\nErin Castillo suggested I reach out; I coordinate the data center for HEART-2 at Pacific Rim. Our site SOP folder is here: "
      "https://pacificrim.app.box.com/s/q2w8e7r6t5y4u3i2o1p0\n\nHappy to set up a call.\nSofia Lindqvist\nData Coordinating Center, Pacific Rim University\n")
body, ct = alt("Webex meeting invitation\n",
               '<p>Sofia Lindqvist invites you to join this Webex meeting.</p><p><a href="https://pacificrim.webex.com/pacificrim/j.php?MTID=m%s">Join meeting</a></p>'
               '<p>Meeting number: 2634 118 9921<br>Meeting password: %s</p>' % (H(32).lower(), H(8)))
first(3, "Sofia Lindqvist <messenger@webex.com>", "Webex meeting invitation: HEART-2 DCC intro", body, ct, reply_to="Sofia Lindqvist <sofia.lindqvist@pacificrim.example>")
first(4, "Daniel Okafor <daniel.okafor22@gmail.com>", "Summer research program question",
      "Dear Ms. Ellis,\n\nI am a second-year medical student and was referred to you by Dr. Reyes about the summer research program. "
      "The program page (https://medicine.northfield.example/education/summer-research) says to apply through Slate; is the deadline still January 15?\n\nBest regards,\nDaniel Okafor\n")
body, ct = alt("Qualtrics survey\n",
               '<p>Dear research administrator,</p><p>The Lakeview School of Medicine is surveying research offices about subaward processing times (IRB 2026-118, exempt). The survey takes 10 minutes.</p>'
               '<p><a href="https://lakeview.az1.qualtrics.com/jfe/form/SV_%s?Q_CHL=email&amp;Q_DL=%s">Take the Survey</a></p>'
               '<p>Or copy and paste the URL below into your internet browser:<br>https://lakeview.az1.qualtrics.com/jfe/form/SV_%s</p>'
               '<p><a href="https://lakeview.az1.qualtrics.com/CP/Register.php?OptOut=true&amp;RID=%s">Click here to unsubscribe</a></p>' % (H(15), H(30), H(15), H(15)))
first(5, "Rahul Menon <noreply@qemailserver.com>", "Survey: subaward processing times", body, ct, reply_to="rmenon@med.lakeview.example")
for k, f in enumerate([lambda w: share(w, "onedrive"), lambda w: meeting(w, "webex"), docusign, lambda w: survey(w, "surveymonkey"), lambda w: journal(w, "elsevier")]):
    f(T + datetime.timedelta(days=7 + k))
b.write(sys.argv[1], split)
print(len(b.msgs))
