package scoring

import "strings"

// text is the sentence for one piece of evidence, with the baseline facts.
// A subject that is missing (a message without any sender address) reads
// "(unknown)" rather than leaving a gap in the sentence.
func (e evid) text() string {
	if e.code == CodeScripted { // e.a, the program a PDF launches, is optional
		return scriptedText(e.a)
	}
	if e.code == CodePasswordForm { // e.a, the form's target, is optional
		return passwordFormText(e.a)
	}
	if e.code == CodeBankChange { // e.b, the call the message names, is optional
		return bankChangeText(e.a, e.b)
	}
	if e.a == "" {
		e.a = "(unknown)"
	}
	if e.code == CodeOrgRare && e.b != "" { // read from its family's domain (familyNovelty)
		return e.a + " is a domain of the same company as " + e.b + ", which was linked here only " + seenIn(e.n[0], e.n[1]) + " from " + plural(e.n[2], "sender", "senders")
	}
	if e.b == "" {
		e.b = "(unknown)"
	}
	switch e.code {
	case CodeOrgFirstSeen:
		return "no message to anyone here has linked to " + e.a + " before"
	case CodeOrgRare:
		return e.a + " was linked here only " + seenIn(e.n[0], e.n[1]) + " from " + plural(e.n[2], "sender", "senders")
	case CodeHostFirstSeen:
		return "the host " + e.a + " was never linked here, though " + e.b + " was"
	case CodeRcptFirstSeen:
		return e.b + " has never been sent a link to " + e.a
	case CodeRcptRare:
		return e.b + " was sent links to " + e.a + " only on " + plural(e.n[1], "day", "days")
	case CodeSenderFirstLink:
		if e.n[1] > 0 {
			return e.b + " has linked to " + e.a + " only on " + plural(e.n[1], "day", "days")
		}
		return e.b + " has never linked to " + e.a + " before"
	case CodeSharedDocument:
		if e.n[1] > 0 {
			return e.a + " is a sharing platform where anyone can publish: what counts is who sent this document, and " + e.b + " was seen here on only " + plural(e.n[1], "day", "days")
		}
		return e.a + " is a sharing platform where anyone can publish: what counts is who sent this document, and " + e.b + " writes here for the first time"
	case CodePairFirst:
		if e.n[0] > 0 {
			return e.a + " has written to " + e.b + " before only in " + plural(e.n[0], "message", "messages") + " delivered with a warning, all on one day"
		}
		return e.a + " has never written to " + e.b + " before"
	case CodeSenderFirst:
		if e.n[1] > 0 {
			return e.a + " is still new here: its mail to " + e.b + " so far (on " + plural(e.n[1], "day", "days") + ") was all delivered with a warning or just under one"
		}
		return "first message from " + e.a
	case CodeSenderRare:
		return e.a + " was seen only " + seenIn(e.n[0], e.n[1])
	case CodeSenderDomFirst:
		return "no mail from the domain " + e.a + " before"
	case CodeSenderDomRare:
		return "mail from the domain " + e.a + " was seen only on " + plural(e.n[1], "day", "days")
	case CodeUnsolicited:
		if e.b == "list" {
			return "the mail names the mailing list " + e.a + " but did not come through it, so that the list is known here says nothing about who sent this"
		}
		if e.b == "dmarc" {
			return "the mail failed the check that proves it comes from " + domainOf(e.a) + " (DMARC), so that we wrote to " + e.a + " before says nothing about who sent this"
		}
		return "nobody here has ever written to " + e.a
	case CodeFreemail:
		return e.a + " is a free mail provider: its history says nothing about this sender"
	case CodeShadowIdentity:
		if e.n[0] == partnerNameMark {
			return "the name \"" + e.a + "\" spells " + e.b + ", a domain the recipients here correspond with, but the mail does not come from it"
		}
		if e.n[0] == listBypassMark {
			return "the name \"" + e.a + "\" is known here from another address, and this mail from " + e.b + " names a mailing list that did not deliver it"
		}
		if e.n[0] == listAuthorMark {
			return "the name \"" + e.a + "\" is a mailing list member's here, who posts from another address, not from " + e.b
		}
		return "the name \"" + e.a + "\" is known here from another address, but not from " + e.b
	case CodeBrandName:
		return "the sender name mentions " + e.a + " but the mail comes from " + e.b
	case CodeOrgInName:
		return "the sender name spells the name of our own domain " + e.a + ", but the mail comes from " + e.b + ", which nobody here has written to"
	case CodeNameDomain:
		return "the sender name shows " + e.a + " but the mail comes from " + e.b
	case CodeSenderLook:
		return "the sender's domain " + e.a + " looks like " + e.b + " but is not it"
	case CodeMalformedFrom:
		return "the From field does not name exactly one sender address, so mail programs may show a sender that is not the real one"
	case CodeDisguisedText:
		switch e.b {
		case hiddenMark:
			return "the subject or sender name breaks up the word \"" + e.a + "\" with invisible characters"
		case overrideMark:
			return "the subject, sender name or sender address holds an invisible control that changes the order its letters are shown in, so it reads as something it is not"
		case linkOverrideMark:
			return "the text of a link holds an invisible control that changes the order its letters are shown in, so it reads as something it is not"
		}
		return "the subject or sender name disguises the word \"" + e.a + "\" with look-alike letters from another script"
	case CodeDisguisedFile:
		return "the name of the attached file \"" + e.a + "\" holds an invisible control that changes the order its letters are shown in, so it shows another file type than it has"
	case CodeAuthFail:
		return "the mail failed the check that shows it was sent by the sender's domain " + e.b + " (" + strings.ToUpper(e.a) + ", as this server's verifier reports): anyone can write that domain into a message"
	case CodeOwnAddress:
		return "the mail says it comes from " + e.a + ", the recipient's own address, but it did not arrive as that person's authenticated mail"
	case CodeUnauthInternal:
		return "the mail says it comes from " + e.a + ", in one of our own domains, but it did not arrive authenticated, as all our own mail does"
	case CodeReplyFree:
		return "replies would go to the free mail address " + e.a + ", not to the sender's domain " + e.b + ", which has written here before"
	case CodeNotePay:
		return "a notice of " + e.b + " asks for a payment, and replies would go to " + e.a + ", a free mail address nobody here knows"
	case CodeReplyLook:
		return "replies would go to " + e.a + ", at a domain that looks like the sender's " + e.b + " but is not it"
	case CodePartnerName:
		return e.a + ", a domain never seen here, carries the name of " + e.b + ", which this recipient corresponds with, without being it"
	case CodeReplyNew:
		return "replies would go to " + e.a + ", at a domain that has never written here and that we never wrote to, not to " + e.b + ", which we write to"
	case CodeReplyTo:
		return "replies go to " + e.a + ", not to the sender's domain " + e.b
	}
	return e.formText()
}

func (e evid) formText() string {
	switch e.code {
	case CodeDisplayMismatch:
		return "the link shows " + e.a + " but leads to " + e.b
	case CodeIPLiteral:
		return "the link goes to the bare IP address " + e.a + ", a number instead of a site's name, which companies' own mail rarely uses"
	case CodePrivateAddress:
		if e.b == privateNameMark {
			return "the link goes to " + e.a + ", a name that only the reader's own network or computer resolves"
		}
		return "the link goes to the private or local IP address " + e.a + ", which no server outside the reader's own network or computer answers"
	case CodeObfuscatedIP:
		return "the link hides an IP address in an unusual notation (" + e.a + ")"
	case CodeUserinfo:
		return "the link puts text before an @ to disguise its real host " + e.a
	case CodeScriptLink:
		return "the link runs code (" + e.a + ": URL)"
	case CodePunycode:
		return "the site name " + e.a + " uses letters other than the usual Latin ones and shows as " + e.b + ", which can imitate a name the reader knows"
	case CodeMixedScript:
		if e.b == fakeSeparatorMark {
			return "the host " + e.a + " holds a character that looks like a dot or a slash and is none, so it reads as another address"
		}
		return "the site name " + e.a + " mixes letters from different alphabets, as names made to imitate another do"
	case CodeRcptAddrFragment:
		return "the link carries the recipient's address " + e.a + " after its #, which only the page's own script reads: fake sign-in pages fill in the reader's address so"
	case CodeRcptAddrInURL:
		if e.b == encodedMark {
			return "the link carries the recipient's address " + e.a + " in base64"
		}
		return "the link carries the recipient's address " + e.a
	case CodeRcptDomInURL:
		return "the link mentions the recipient's domain " + e.a + " on a foreign site " + e.b
	case CodeAppScheme:
		return "the link opens another program (an Office application, Windows search or a file share) on " + e.a + " instead of the browser, past its warnings"
	case CodeRedirectChain:
		if e.b == openRedirectMark {
			return "the link reaches " + e.a + " through a big site's public open redirect (a search engine's or a social network's), which shows a trusted host in its place"
		}
		return "the link passes through " + plural(e.n[0], "redirector", "redirectors") + " before " + e.a
	case CodeTruncatedChain:
		return "the link is wrapped in too many redirect layers to follow"
	case CodeShortener:
		if strings.Contains(e.a, "/") { // a site's redirect (hostListMatch.opaqueRedirect)
			return e.a + " redirects to a destination the link does not show"
		}
		return e.a + " is a link shortener that hides the destination"
	case CodeFreeHosting:
		return e.a + " is free hosting or a site builder anyone can publish on"
	case CodeSuspiciousTLD:
		return "the domain " + e.a + " is in ." + e.b + ", a top-level domain much used for abuse"
	case CodeFormLink:
		return "the message contains a form that submits to " + e.a
	case CodeRefreshLink:
		return "the message redirects itself to " + e.a
	case CodeRiskyFile:
		return "the link downloads a " + e.b + " file from " + e.a
	case CodeDeepSubdomain:
		return "the site name " + e.a + " has " + itoa(e.n[0]) + " levels of subdomains, which can put a familiar name in front of the real one"
	case CodeLoginPath:
		return "the link to " + e.a + ", new here, leads to a \"" + e.b + "\" page"
	case CodeFileText:
		if e.n[0] == claimedFile {
			return "the link's text names a file (\"" + e.a + "\"), and so does its address on " + e.b + ", new here, but the link asks to sign in first: no file needs that"
		}
		return "the link's text names a file (\"" + e.a + "\"), but the link leads to a page on " + e.b + ", new here, not to such a file"
	case CodeHyphenatedHost:
		return "the host " + e.a + ", new here, strings " + itoa(e.n[0]) + " words together with hyphens"
	case CodeCallback:
		if e.b == noteMark {
			return "the platform's notice carries its customer's note, which asks about a payment and gives a number to call (" + e.a + ")"
		}
		if e.b == docMark {
			return "the message has no link, and the PDF it carries asks about a payment and gives a number to call (" + e.a + ")"
		}
		return "the message has no link but asks about a payment and gives a number to call (" + e.a + ")"
	case CodeSystemNotice:
		return "the message presents itself as a phone, fax or secure-mail system's notice (\"" + e.a + "\") from a sender nobody here has written to, and the link leads to " + e.b + ", new here"
	case CodeStaffNotice:
		return "a sender nobody here has written to signs only as an HR, payroll or benefits office and writes about the reader's pay (\"" + e.a + "\"), and the link leads to " + e.b + ", new here"
	case CodeEvidenceLink:
		return "a sender nobody here has written to complains (\"" + e.a + "\") and offers the proof behind the link, which leads to " + e.b + ", new here"
	case CodeScanRequest:
		return "the message has no link and no code that could be read, but asks to scan a code (\"" + e.a + "\") to sign in or keep an account: scanned, it opens on a phone, out of reach of every check here"
	case CodeCallRefused:
		return "the message asks to send money to a changed account (\"" + e.a + "\") and refuses a call to confirm it (\"" + e.b + "\")"
	case CodePasswordReply:
		return "the message has no link but asks the reader to send a password (\"" + e.a + "\")"
	case CodeDeviceLogin:
		return "the link opens " + e.a + "'s device sign-in page, where a code typed in signs in whoever started the sign-in, not the reader"
	case CodeOAuthConsent:
		return "the link opens " + e.a + "'s page where the reader grants an application access to the account: whoever registered the application, not the reader, receives that access"
	case CodeAutoLoad:
		return "an attached document loads a template or object from " + e.a + ", new here, by itself when it is opened"
	case CodePageLink:
		return "a link in an attached SVG drawing, a packed web page or an attached shortcut leads to " + e.a + ", new here: opened in a browser it is a button no lock reaches"
	case CodeQRLink:
		return "a QR code in an image leads to " + e.a + ", new here: scanned, it opens on a phone, out of reach of every check on this computer"
	}
	return e.otherText()
}

func (e evid) otherText() string {
	switch e.code {
	case CodeLookalike:
		return e.a + " looks like " + e.b + " but is a different site"
	case CodeOrgInHost:
		return "the host " + e.a + " borrows the name " + e.b
	case CodeBrandInDomain:
		return "the domain " + e.a + " uses the brand name " + e.b + " but is not " + e.b + "'s"
	case CodeBrandSubject:
		return "the subject names " + e.b + ", but this link goes to " + e.a + ", a new place of the kind lures use"
	case CodeBrandSender:
		return "the message says it is from " + e.b + ", but asks to sign in or pay at " + e.a + ", which is no brand's own site and new here"
	case CodeIntentCredentials:
		return "the text asks to sign in or confirm an account (\"" + e.a + "\")"
	case CodeIntentPayment:
		return "the text is about a payment (\"" + e.a + "\")"
	case CodeIntentExtortion:
		return "the text threatens or pressures (\"" + e.a + "\")"
	case CodeIntentLure:
		return "the text dangles a prize, reward or windfall (\"" + e.a + "\")"
	case CodeIntentDownload:
		return "the text asks to open or download a file (\"" + e.a + "\")"
	case CodeInternalKnown:
		return e.a + " is an established address in our own domain"
	case CodeInternalSender:
		return "authenticated sender in our own domain " + e.a
	case CodeSolicited:
		return "we have written to " + e.a + " before"
	case CodeEstablishedPair:
		return e.a + " has written to " + e.b + " on " + plural(e.n[1], "day", "days")
	case CodeRecurringPair:
		return e.a + " has written to " + e.b + " on " + plural(e.n[1], "day", "days") + " before, each time delivered with a warning or just under one"
	case CodeThreadReply:
		if e.n[0] == 1 {
			return "the message answers mail sent from here (last on " + e.a + ")"
		}
		return "the message answers mail delivered here (last on " + e.a + ")"
	case CodeKnownList:
		return "the message is written to " + e.a + ", a mailing list's address: mail from " +
			plural(e.n[0], "organisation", "organisations") + " learned here was written to it on " + plural(e.n[1], "day", "days")
	case CodeSenderOwnDomain:
		if e.n[0] == 1 { // a domain of the sender's brand family (contextEvidence)
			return "the link goes to " + e.a + ", a domain of the same company as the sender's " + e.b
		}
		return "the link goes to the sender's own domain " + e.a
	case CodeSitePages:
		return "the message links " + itoa(e.n[0]) + " different pages of " + e.a + ", as a site's own newsletter does"
	case CodeNamedSite:
		return "the message's own words name " + e.b + ", the site of " + e.a + ", as a company's mail names itself"
	case CodeQuotedLink:
		return "the link to " + e.a + " is in the quoted or forwarded part of the message, not in what the sender wrote now"
	case CodeOrgOutbound:
		return "people here send links to " + e.a + " themselves"
	case CodeOrgDomain:
		return e.a + " is one of our own domains"
	case CodeAllowlisted:
		return e.a + " is allowlisted"
	case CodeNotClickable:
		return "an image or style sheet, not a link anyone clicks"
	case CodeUnregistrable:
		return e.a + " cannot exist (domain names hold only letters, digits and hyphens), so the link leads nowhere"
	case CodeSigned:
		return "the message is signed or encrypted, so its links cannot be rewritten"
	case CodeVia:
		return "the link opens " + e.a + " first, which sends the reader on to " + e.b + ": " + e.a + " decides where the reader lands, so it was judged too, and this is its verdict"
	case CodeAttachmentLink:
		if e.a == "held" {
			return "a link inside an attachment or a QR code would be locked at level " + e.b + ", and the mail system never rewrites either, so the message is held"
		}
		switch e.b {
		case "QR":
			return "the link to " + e.a + " is in a QR code in an image, which the mail system cannot rewrite: it was left as it is"
		case "message":
			return "the link to " + e.a + " is inside an attached message sent encoded, which the mail system never rewrites: it was left as it is"
		}
		return "the link to " + e.a + " is inside an attached " + e.b + " file, which the mail system never rewrites: it was left as it is"
	case CodeScanLimit:
		return scanLimitText(e.a)
	case CodePasteFile:
		return "an attached page or drawing tells the reader to paste a command into the Run dialog or a fake human check (powershell, mshta, cmd): whoever does runs the sender's program"
	case CodeProgram:
		return "the attached file " + e.a + " is a program, shortcut or disk image: opened, it runs the sender's code, and mail services refuse such files, so only someone who means the reader to run it sends one"
	case CodeShareLoad:
		return "the message loads a picture or style sheet from the file share \\\\" + e.a + " by itself: a mail program that shows it connects to that host at once, no click needed, and hands it the reader's Windows credentials"
	case CodeHiddenText:
		return hiddenTextText(e.a)
	case CodePaste:
		return "the message tells the reader to paste a command into the Run dialog or a fake human check (powershell, mshta, cmd): whoever does runs the sender's program"
	case CodeQuarantine:
		return "the evidence matches the quarantine rule " + e.a
	case CodeScore:
		return "message score " + e.a + " reaches the " + e.b + " threshold"
	}
	return e.code
}

// scanLimitText says why part of the message was not judged (scanLimit).
func scanLimitText(cause string) string {
	switch cause {
	case "sealed":
		return "part of the message is encrypted, which the mail system cannot read, from a sender nobody here has written to: a link inside it, shown once the reader's program decrypts it, was not judged"
	case "recipients":
		return "the message has more recipients than the mail system judges with this many links: those past that limit were not judged"
	case "cut":
		return "a part of the message is longer than the mail system reads, from a sender nobody here has written to: a link past that point was not judged"
	}
	return "the message has more parts, nesting or links than the mail system reads, or a structure mail programs read in two ways: what lies past that limit or in the other reading, where a link can hide, was not judged"
}

// scriptedText is scripted_attachment's sentence: for the program an
// attached PDF launches, or ("") for an SVG's or HTML file's script.
func scriptedText(program string) string {
	if program != "" {
		return "an attached PDF runs the program " + program + " on the reader's computer when its action is followed: no document needs to start a program, and lures use it to run their code"
	}
	return "an attached SVG image or HTML file carries a script: opened, it runs code in the browser, where lures build or send the reader to a login page"
}

// bankChangeText is bank_change's sentence: the change read (phrase) and,
// when the message itself names a call (call), that call.
func bankChangeText(phrase, call string) string {
	s := "the message says where money is to go has changed (\"" + phrase + "\"), and nothing here can tell a correspondent's own notice from one sent by whoever took its mailbox: before paying, confirm the new details by phone on a number already on file, never one given in the message or its attachment"
	if call != "" {
		s += " (the message itself speaks of such a call: \"" + call + "\")"
	}
	return s
}
