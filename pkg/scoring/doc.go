// Package scoring judges each link of one message on first sight and turns the
// evidence into a Verdict: an action for the message, a lock decision and a
// level per link, a continuous risk score, and reasons people can read.
//
// Score is pure. It does no I/O, never logs and never reads the clock: the
// time, the envelope, the extracted links (pkg/links) and the baseline facts
// (a History) all come in the Input, and the Policy says how evidence becomes
// action. The only package state is immutable data shipped in data/*.txt
// (shorteners, free hosting, suspicious TLDs, free mail, brand domains,
// confusable characters), parsed once, and a pool of working storage
// (scratch.go) that each message gets zeroed and gives back cleared, so
// nothing passes from one message to the next.
//
// Signals are small functions, each returning zero or more pieces of evidence
// with a stable code, a weight and a class:
//
//   - novelty: the link domain or host new to the organisation, to this
//     recipient, from this sender; a sender or sender domain never seen;
//   - sender: first contact, unsolicited (no reciprocal contact), shadow
//     identity (a known name on a new address, or a name spelling a
//     correspondent's domain from free mail, one glyph misread only
//     when the name is no correspondent's own: partnerInName, or a
//     list member's name from an address she never posted from:
//     listAuthorShadow, or a known name on a post its list did not
//     deliver that asks something: listBypassShadow), a brand in the
//     display name from elsewhere, a display name
//     showing another domain or address, or spelling one of our own
//     domains' names from a stranger's address (org_in_name), free mail;
//     mail from the recipient's own address that did not arrive as their
//     authenticated mail (from_own_address, which no history of that
//     address offsets); a link text reversed by a direction override
//     counts with a disguised subject or name (disguised_text);
//   - form: display text pointing elsewhere, IP literals, userinfo, script
//     schemes, punycode and mixed scripts, recipient address in the URL
//     (or starting its fragment, which only the page's script reads),
//     redirect chains, shorteners, free hosting (listed hosts, IPFS
//     content on any gateway, regional storage buckets), suspicious TLDs, forms,
//     a provider's device sign-in page (device_login, devicelogin.go);
//     an identity provider's page granting an application access
//     (oauth_consent, oauthconsent.go);
//     a form of the message or an attachment that asks for a password,
//     or such a field a script posts (password_form, pwform.go);
//     HTML that hides letters inside the words it shows, from a
//     stranger (hidden_text, hiddentext.go);
//     and the URL shape of a new domain that is not the sender's own site:
//     a sign-in or account word in the path, a host of three or more
//     hyphenated words (urlshape.go), a QR code in a picture (qr_link,
//     attachment.go), a link drawn in an SVG attachment or packed in an archive's page, or in
//     an HTML file a stranger attached (page_link), a
//     template or object an attached document loads by itself (auto_load);
//     an SVG or, from a stranger, an attached HTML file that runs script,
//     or a PDF that launches a program (scripted_attachment); an attached program, shortcut or disk image
//     (program_file, attachment.go); a link that opens another program
//     or a file share (app_scheme), and a picture or style sheet the
//     message loads from a share outside our network, with no click
//     (share_load, form.go); a document's file name as the text
//     of a link to a new domain's page (file_text, filetext.go); a link to
//     a private address weighs less than a public one, and a name only a
//     private network resolves (localhost, .local, .internal, a
//     single-label name such as http://wiki/, not in mail from our own
//     domains) weighs as much outside list mail (private_address);
//   - lookalike: confusable skeleton (UTS #39 subset) or small edit distance
//     (not a dissimilar first letter) to the organisation's domains; for
//     shipped brand domains and domains in the recipient's own history only
//     the skeleton or one confusable edit of the registrable label
//     (labelEdit: confusableGlyphs' 1, i and l, 0 and o, and a digit
//     drawn like its letter, 5 for s, under any public suffix; a
//     transposition or doubled letter under the same one); an
//     edit in the suffix is another country's site, never a lookalike;
//     the sentence names the brand's domain under the lookalike's own
//     suffix when brands.txt lists it there (arnazon.de: amazon.de), as
//     brand_name_mismatch and brand_in_domain name the brand's domain
//     under the sender's or the domain's suffix ("Amazon" at
//     amazon-konto.de: amazon.de).
//     A link domain with history of its own here, or the
//     sender's own domain with history, is no lookalike of a known domain;
//     nor is a name nobody can register (junk characters, one-letter TLD);
//     a brand's name inside a foreign domain, or named in the subject of a
//     message linking a bare address, free hosting or an abused TLD;
//     replies diverted from a correspondent to free mail or a near miss
//     (reply_to_freemail, reply_to_lookalike), and a PayPal or DocuSign
//     notice asking for a payment whose replies go to a free-mail address
//     nobody here knows (note_payment_reply, sender.go: the Reply-To
//     address's own history, History.ReplyAddr); a never-seen domain
//     wearing a correspondent's one-word name as a hyphenated word
//     (balticcrest-customs.com to readers of balticcrest.example), or a
//     correspondent's name in a label below a never-seen domain
//     (pinecrest-loans.securedocs-share.com: partnerSubName), in mail
//     asking to pay or sign in (partner_name_domain, recipient.go);
//   - intent: weighted cue lists (English, plus common German, French,
//     Spanish, Portuguese, Italian and Dutch words; Latin-1 letters read
//     as their base letters, "Gebühr" as "gebuhr") for credentials, payment,
//     extortion, downloads and lures (prizes, rewards, windfalls) in the
//     text around the link and the subject, and for a message without a
//     judged link in the start of its text (Input.Lead), where a number to
//     call about a charge disowned (a refund only when the reader is told
//     to act for it, not a refund policy), a debt threatened with a levy,
//     an arrest, a warrant or legal action aimed at the reader (not where a
//     collector's "may" governs the threat, nor a charge told with nothing
//     to undo, unless the sender writes from free mail), or an amount owed
//     with a deadline and a threat to suspend the reader's vehicle
//     registration or licence (from free mail, or from a domain whose
//     text names no site of its own), or, with no amount, a deadline and
//     an arrest or warrant aimed at the reader told as certain (from free
//     mail also hedged, or a suspended registration or licence), or a
//     renewal receipt naming no card and no way but the phone, from a
//     domain of its own, is a callback lure (callback_number,
//     callback.go; the number read through words, emoji, invisible
//     characters and other scripts' digits put between or for its digits,
//     phonetext.go, a vanity number's capitals, or in the subject
//     alone; also in a platform's notice carrying a customer's note,
//     such as a PayPal invoice, whose links all lead to the platform) and a
//     request to send a password one answered by
//     mail (password_reply, passwordreply.go), and a request to scan a
//     code to sign in, when no code was read, a QR lure whose code is
//     drawn where it is not read (scan_request, scanrequest.go), and a
//     request to send money to a changed account, or back to the
//     writer's own, that refuses a call to confirm it, as the writer's
//     own words, not a quotation or a warning (call_refused,
//     callrefused.go), and a message saying where money is to go has
//     changed, from anyone but our own people (bank_change,
//     bankchange.go; held by Policy.BankChangeAction);
//   - context (negative weights): authenticated internal senders, reciprocal
//     and long-established relationships, an answer in a thread held here
//     (thread_reply), mail written to a mailing list's address the
//     organisation receives (known_list: learned mail from three
//     organisations reached it on five days over two weeks or more, so a
//     short campaign of harmless mail makes no list; only against the
//     sender's own novelty), established colleagues in our own
//     domains, links to the sender's own domain, domains the organisation
//     itself sends out, and a new domain of which the message links several
//     different pages (a site's newsletter; a lure has one landing page),
//     which offsets at most that link's own novelty (sitepages.go). What
//     vouches for the sender offsets the sender's own risk, never more,
//     and never evidence doubting who the sender is (capCredits): a
//     trusted correspondent's link to a domain nobody here has seen keeps
//     its novelty.
//
// A link to the sender's own (non-free) registrable domain carries no link
// novelty of its own: the site is exactly as new as the sender's domain,
// which the sender evidence already counts (not a host there that one of
// a platform's customers named: an Okta org, a Zoom vanity host, a Box
// enterprise or a Salesforce org, families.txt "tenant", one named after
// us included unless Policy.OwnTenants lists it: anyone picks those
// names). So a first-contact newsletter
// linking its own site stays below the lock threshold unless form,
// lookalike or intent evidence joins, while the same sender linking an
// unrelated new domain is locked at warn. The same holds for a sister
// domain of a sender domain with history (a shared name token of 5+
// letters), unless its link asks for credentials or a payment or the
// domain is a name anyone picks at sign-up (a tenant under a private
// suffix, a shared or free host) or a near miss of the sender's domain,
// and for a
// link domain the sender's domain linked before, but not for a never-seen
// sender domain whose own site holds out a prize.
//
// Familiarity resists poisoning: history counts fully only when vouched
// (Stat.Vouched: it came from a sender we wrote to, or a colleague) or
// outbound. Repeats by unsolicited strangers establish a link domain only
// when broad (several days AND several senders), and a sender only over
// six days or more, so a campaign's harmless first message does not make
// the next one familiar. Links into our own domains are never locked.
//
// A link is locked when its score reaches Policy.LockThreshold, or at warn
// when it asks to sign in or pay at a domain nobody here knows
// (asksAtNewPlace), whoever sends it but our own authenticated people.
// Its level is warn unless form, lookalike or intent evidence adds at
// least Policy.EvidenceMin (message-level spoofing evidence such as a
// shadow identity counts too): novelty alone never locks harder than warn.
//
// Adding a signal: write a small function returning (evid, bool) next to its
// kind (novelty.go, sender.go, form.go, lookalike_signals.go), add its code in
// reasons.go and its sentence in texts.go, a weight in Weights with a default,
// call it from linkBase (per link), evalLink (per recipient) or, for
// evidence about the sender or the message itself, senderEvidence, and give it a
// table test. Risk signals that depend on history must never grow with it
// (TestPropertyHistoryNeverRaisesRisk checks this).
//
// Cost: Score answers per-domain questions (lookalikes, history
// lookalikes) once per message, scans each link's Context with the record
// of the previous one (intent_window.go), and keeps evidence in shared
// buffers. Every shortcut must give exactly the plain computation's
// verdict; fastpath_test.go keeps the plain code and compares (fuzz
// targets FuzzIntentScan*, FuzzCtxScan, FuzzFormSignals, FuzzRcptForms,
// FuzzHostWords, FuzzDotSuffix), and bench's TestDigest compares whole
// verdicts before and after a change.
//
// The package refuses to fetch, resolve or learn anything: learning is the
// baseline's job, acting on the verdict is the filter's.
package scoring
