package scoring

import (
	"strings"

	"github.com/firstsight/firstsight/pkg/links"
)

// Links inside a PDF, SVG, Office or zip attachment, or in a QR code in an
// image, are judged like any other, but milterd never rewrites an
// attachment, so it cannot lock them. What happens
// instead is policy (Policy.AttachmentQuarantine).

// Values of Policy.AttachmentQuarantine besides the lock levels.
const AttachmentNever = "never"

// attachmentLinks: a link that would be locked but cannot be rewritten
// holds the whole message when its level reaches the policy's
// attachment_quarantine; below it, the link stays open and its decision
// says so (CodeAttachmentLink), and the message keeps the locks of its
// other links.
func (m *message) attachmentLinks(r *rcptEval) {
	hold := levelRank(Level(m.p.AttachmentQuarantine)) // 0 for "never"
	opened := false
	for i := range r.links {
		le := &r.links[i]
		if !le.lock || !m.links[i].l.InAttachment() {
			continue
		}
		if hold > 0 && levelRank(le.level) >= hold {
			r.action, r.rule = Quarantine, CodeAttachmentLink
			return
		}
		le.lock, le.level, le.unlockable = false, LevelNone, true
		opened = true
	}
	if opened {
		r.lockAction()
	}
}

// attachmentKept is the reason of a link left open in an attachment.
func attachmentKept(l *links.Link) Reason {
	kind := strings.ToUpper(string(l.Kind)) // PDF, SVG, QR
	switch {
	case l.Flags.Has(links.FlagEncodedMessage):
		kind = "message"
	case l.Kind == links.KindOffice:
		kind = "Office"
	case l.Kind == links.KindArchive:
		kind = "archive" // zip, gzip, tar
	case l.Kind == links.KindShortcut:
		kind = "shortcut" // .url, .library-ms, ...
	}
	return evid{code: CodeAttachmentLink, a: l.Domain, b: kind}.reason()
}

// qrLink: a QR code in an image leads to a domain new here that is not
// the sender's own site (the caller checks both) nor a shipped brand's own
// domain (a carrier's label, an app store), where no lure can be hosted; a
// brand's shared platform, where anyone publishes a form or a page
// (forms.office.com, docs.google.com, a sharepoint.com tenant: hl.shared),
// is no brand's own. A
// code moves the click to a phone, past the mail client and every filter
// on the reader's computer, which is why lures print their link so; a
// sender's tickets and invitations lead to its own site.
func qrLink(w *Weights, t *tables, l *links.Link, hl hostListMatch, novel float64) (evid, bool) {
	if l.Kind != links.KindQR || t.brands.exact[l.Domain] && !hl.shared() {
		return evid{}, false
	}
	return evid{code: CodeQRLink, w: w.QRLink * novel, cls: classForm, a: l.Domain}, true
}

// scannedOwnSite: a QR code the reader is asked to scan (scanAskedOf, in
// the subject or the start of the text: "scan the code with your phone
// to renew", "you can scan the code", "use your phone's camera on the
// code"; the reader the one scanning, or a group of readers bearing the
// duty, "all employees must scan the code", or the code bearing it in the
// passive, "the QR code below must be scanned", not "our staff will scan your code
// at the door to confirm your registration") leads to the sender's own domain, new here as a sender's
// (no mail from it, or on too few days), from a sender nobody here has
// written to. Such a code gets none of the own-site treatment, as a
// drawn button does not (opensByItself), so qr_link weighs it as a
// stranger's: a lure registers one domain for its address and its page
// ("your access will be suspended on Friday, scan to renew"). A ticket or a
// boarding pass carries its code for the gate to scan, not the reader,
// and a known sender's or our own people's codes keep the credit. The
// subject or opening must also ask to sign in or pay, or threaten
// (asksOrThreatens): "scan the code to see our new menu" and "our staff
// will scan your code at the entrance" name a scan and ask nothing. An
// account action (accountAction: renew, confirm, sign, an expiry or a
// deadline) counts as a request here ("your port access badges expire,
// scan the code to renew").
func (m *message) scannedOwnSite(l *links.Link) bool {
	if l.Kind != links.KindQR || m.internalSender() || !m.unsolicited() || estSenderDomain(&m.sdomHist) >= 1 {
		return false
	}
	text := strings.ToLower(subjectRead(m.in.Subject) + "\n" + m.in.Lead)
	if _, ok := scanAskedOf(text, true); !ok {
		return false
	}
	if asksOrThreatens(&m.subj) || accountAction(text) {
		return true
	}
	var lead intentScan // rare: a stranger's code with a scan named
	m.scanLead(&lead)
	return asksOrThreatens(&lead)
}

// accountActions are what a lure's code is for, beside sign-in and
// payment cues: keeping a badge, a permit, a benefit or a document ("scan
// to renew your badge", "scan to review and sign", "confirm your
// enrollment before the deadline"); a ticket's or a menu's code, a
// review asked or a newsletter's sign-up ask none of them.
var accountActions = []string{"renew", "renewal", "expire", "expires", "expired", "expiring", "deadline", "confirm", "verify",
	"validate", "reactivate", "activate", "enroll", "enrollment", "enrolment", "update", "restore", "unlock"}

// accountAction: text (lower case) holds one of accountActions, or "sign"
// not before "up", as a whole word (anyWordStart, nextWholeWord).
func accountAction(text string) bool {
	if anyWordStart(text, accountActions) {
		return true
	}
	for off := 0; ; {
		a, b := nextWholeWord(text, "sign", off)
		if a < 0 {
			return false
		}
		if !strings.HasPrefix(text[b:], " up") {
			return true
		}
		off = b
	}
}

// asksOrThreatens: s read a request to sign in or pay, or a threat.
func asksOrThreatens(s *intentScan) bool {
	return s.w[intentCredentials] > 0 || s.w[intentPayment] > 0 || s.w[intentExtortion] > 0
}

// opensNewPlace, page_link: a link drawn in an SVG attachment (an <a>
// around a button or a "play voicemail" picture), or in a web page,
// shortcut or text file packed in an archive or an invitation
// (links.KindArchive), or the address a shortcut file attached as it is
// opens (links.KindShortcut: Open.url, a .library-ms), or in an HTML file a sender nobody here has
// written to attached as it is (filePage: strangersFile), leads to a
// domain new here (the caller checks it),
// even the sender's own (a lure's fresh domain draws its own button),
// that is no shipped brand's own domain (a brand's shared platform, where
// anyone publishes a form or a page, is no brand's own: hl.shared). Both
// open in the browser, where
// the link is clickable and no rewrite reaches it (the same page attached
// as it is has its links rewritten, but a stranger's web page sent as a
// file, an "invoice.html" or a "remittance.htm" with one button, is the
// same lure, which warn alone let the reader open). A logo or a chart
// needs no link. Scaled by the domain's novelty, as
// qr_link is: at full weight it reaches lock and the message is held
// (attachment_quarantine). PDF and Office documents, whose links are
// business as usual (a CV's portfolio, a brochure's site), do not count.
//
// autoLoad, in the same way: an attached document loads a page from a
// domain new here by itself when it opens (an Office document's remote
// template, OLE object or frame: links.FlagAutoLoad), with no click to
// warn about; lures fetch their macros or an exploit so ("template
// injection") while the document itself holds none. A template on a
// brand's platform (a company's own SharePoint) is spared, as ordinary.
func opensNewPlace(w *Weights, t *tables, l *links.Link, hl hostListMatch, novel float64, filePage bool) (evid, bool) {
	page := placeKind(l.Kind) || filePage
	if t.brands.exact[l.Domain] && !(page && hl.shared()) {
		return evid{}, false
	}
	switch {
	case page:
		return evid{code: CodePageLink, w: w.PageLink * novel, cls: classForm, a: l.Domain}, true
	case l.Flags.Has(links.FlagAutoLoad):
		return evid{code: CodeAutoLoad, w: w.AutoLoad * novel, cls: classForm, a: l.Domain}, true
	}
	return evid{}, false
}

// strangersFile: the link is in an HTML file attached to the message
// (links.FlagHTMLFile) by a sender nobody here has written to, as for
// scripted_attachment: saved pages and reports from correspondents are
// ordinary. Such a page gets page_link and none of the own-site
// treatment, as a packed page does.
func (m *message) strangersFile(l *links.Link) bool {
	return l.Flags.Has(links.FlagHTMLFile) && m.in.History.Sender.Outbound == 0 && !m.internalSender()
}

// opensByItself: a link drawn in an SVG picture, packed in an archive's
// page or loaded by an attached document when it opens, which gets none
// of the own-site treatment (its novelty counted once with the sender's,
// the own-domain credit): a company's documents link its site, its
// pictures, packed pages and templates do not.
func opensByItself(l *links.Link) bool {
	return placeKind(l.Kind) || l.Flags.Has(links.FlagAutoLoad)
}

// placeKind: a link of that kind opens in the browser or Explorer from a
// file, where no rewrite reaches it: drawn in an SVG, packed in an
// archive, or an attached shortcut's address.
func placeKind(k links.Kind) bool {
	return k == links.KindSVG || k == links.KindArchive || k == links.KindShortcut
}

// scriptedAttachment: an SVG attachment carries script, an attached PDF
// launches a program on the reader's computer (launch names it), or an
// attached HTML file from a sender nobody here wrote to carries script
// (the caller decides). An image has no need of code; lures use it to
// send the reader's browser to a login page the moment the file is
// opened, or to build the page inside it, often with the URL hidden. A
// document has no need to start cmd.exe or PowerShell either. It is
// evidence about the message, which no history offsets (capCredits).
func scriptedAttachment(w *Weights, scripted bool, launch string) (evid, bool) {
	if !scripted {
		return evid{}, false
	}
	return evid{code: CodeScripted, w: w.Scripted, cls: classForm, a: launch}, true
}

// scanLimit: the message has more MIME parts, deeper nesting or more links
// than were read, or an ambiguous structure (from every sender but our own
// authenticated people), or a body part longer than was read or encrypted
// (only from a sender nobody here has written to, who rarely holds the
// reader's key). Such a message is cheap to build and hides whatever lies
// past the limit, where a link locked before it stays live; real mail does
// not come near the default limits. It is evidence about the message,
// which no history offsets, and on its own holds the message
// (quarantine_when). e.a names the cause for the reason's text: "" (the
// limits), "cut" or "sealed".
func (m *message) scanLimit(w *Weights) (evid, bool) {
	if m.internalSender() {
		return evid{}, false
	}
	e := evid{code: CodeScanLimit, w: w.ScanLimit, cls: classForm}
	switch {
	case m.in.Overflow:
		return e, true
	case !m.in.CutBody || !m.unsolicited():
		return evid{}, false
	case m.in.Sealed:
		e.a = "sealed"
	default:
		e.a = "cut"
	}
	return e, true
}

// recipientLimit adds scan_limit ("recipients") to the sender evidence of
// a message whose recipients were not all judged (rcptClasses), from
// anyone but our own authenticated people, as scanLimit does: judged on
// the first recipients only, it is held, not passed.
func (m *message) recipientLimit() {
	w := m.p.Weights.ScanLimit
	if m.internalSender() || w == 0 || hasCode(m.sendEv, CodeScanLimit) {
		return
	}
	m.sendEv = append(m.sendEv, evid{code: CodeScanLimit, w: w, cls: classForm, a: "recipients"})
}

// attachmentReason is the message reason when attachmentLinks held it:
// the highest level among the attachment's links.
func (m *message) attachmentReason(r *rcptEval) evid {
	var worst Level
	for i := range r.links {
		if le := &r.links[i]; le.lock && m.links[i].l.InAttachment() {
			worst = maxLevel(worst, le.level)
		}
	}
	return evid{code: CodeAttachmentLink, a: "held", b: string(worst), cls: classInfo}
}

// placeNovelty is the novelty qr_link and page_link weigh: the link's
// domain's, or, for a document's code or drawn link (placeDoc), the
// document's, as shared_document reads it: the platform's history says
// nothing about a page its sender made, so the novelty the domain lost
// comes back in the measure the sender is new. A stranger's code leading
// to a Google Form is as new as one leading to a domain of its own.
func (m *message) placeNovelty(l *links.Link, hl hostListMatch, novel float64) float64 {
	if !m.placeDoc(l, hl) {
		return novel
	}
	return novel + (1-novel)*m.senderNovel()
}

// placeDoc: a QR code, or a link drawn in an SVG or packed in an archive,
// leads to a document on a sharing platform (sharing.txt), not from the
// platform's own brand (its share notification) nor from a sender whose
// domain has linked the platform before (a company whose people share
// documents with us), as for shared_document. Such a link gets no
// org_outbound_domain credit either: our own documents on the platform
// vouch for nobody else's form there.
func (m *message) placeDoc(l *links.Link, hl hostListMatch) bool {
	place := l.Kind == links.KindQR || placeKind(l.Kind)
	return place && hl.isSharing && !m.brandSender() && !m.senderDomainsLink(l.Domain)
}

// programFile: an attached file, or a file in an attached archive, is a
// program, shortcut or disk image (links.ProgramFile: "Resume.pdf.lnk"
// zipped, "Invoice.iso"), or a script standing alone (links.ScriptFile:
// "Invoice_2207.js" attached, or zipped alone), which runs the sender's
// code when the reader opens it. Mail services refuse such files, in archives too, so mail
// carrying one comes from someone who means the reader to run it.
// Evidence about the message, counted for every link and never offset by
// the sender's history; not from our own authenticated people (an IT
// department's installer). From a sender nobody here has written to it
// quarantines (quarantine_when), with a link or without; a
// correspondent's is judged by it, not held.
func (m *message) programFile(w *Weights) (evid, bool) {
	if len(m.in.ProgramNames) == 0 || m.internalSender() {
		return evid{}, false
	}
	return evid{code: CodeProgram, w: w.Program, cls: classForm, a: m.in.ProgramNames[0]}, true
}

// pasteCommand: an attached page or drawing (paste_attachment) or the
// message's text (paste_command) tells the reader to open the Run dialog
// (Win+R) or paste into a fake human check and names a launcher
// (powershell, mshta, cmd /c), or without one names the check itself
// beside the Run dialog's keys: a paste-and-run lure ("ClickFix"), which
// runs the sender's code by the reader's own hand, link or not. Evidence
// about the message, counted once for every link and never offset by the
// sender's history; not from our own authenticated people (an IT
// department's instructions). In an attached file it quarantines from
// anyone, list mail included, as a scripted SVG does (a correspondent's
// account sending one has been compromised, and anyone can write a
// List-Id); in the message's text only from a sender nobody here has
// written to (a vendor's support desk may spell out a command), and not in
// list mail (a technical list's posts explain commands).
func (m *message) pasteCommand(w *Weights) (evid, bool) {
	if m.internalSender() {
		return evid{}, false
	}
	switch {
	case m.in.PasteFile:
		return evid{code: CodePasteFile, w: w.Paste, cls: classForm}, true
	case m.in.PasteCommand && !m.in.List:
		return evid{code: CodePaste, w: w.Paste, cls: classForm}, true
	}
	return evid{}, false
}
