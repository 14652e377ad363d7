package scoring

import (
	"time"

	"github.com/firstsight/firstsight/pkg/links"
)

// Action is what happens to the message.
type Action string

// Actions, from mildest to strictest.
const (
	Accept     Action = "accept"
	Lock       Action = "lock"
	Quarantine Action = "quarantine"
	Reject     Action = "reject"
)

// Level is how firmly a locked link is locked.
type Level string

// Lock levels, from mildest to strictest.
const (
	LevelNone Level = ""
	LevelWarn Level = "warn" // the reader may continue after a confirmation
	LevelLock Level = "lock" // the reader may ask an admin for access
	LevelHard Level = "hard" // no way through
)

// Reason is one piece of evidence: a stable short code for headers and
// scripts, and a sentence with the baseline facts for people.
type Reason struct {
	Code   string  `json:"code"`
	Text   string  `json:"text"`
	Weight float64 `json:"weight"`
}

// Input is everything Score looks at. It is built by the glue; Score does no I/O.
type Input struct {
	Now        time.Time
	MailFrom   string   // envelope sender
	Recipients []string // envelope recipients
	FromAddr   string   // header From address
	FromName   string   // header From display name
	ReplyTo    string   // header Reply-To address, if any
	Subject    string
	// Lead is the start of the message's text (links.Extracted.Lead). It
	// is read for intent only when no link is judged, except by the
	// readers that read it with links too (password_reply, call_refused,
	// bank_change).
	Lead string
	// DocLead is the start of the first page of the first PDF the
	// message carries without a link (links.Extracted.DocLead). It is
	// read for a callback scam (callback_number), when no link is
	// judged, and for a change of bank details (bank_change), with or
	// without a judged link.
	DocLead       string
	Authenticated bool // SMTP AUTH session
	Signed        bool // S/MIME or PGP signed/encrypted: never rewrite
	// AuthFail names the check a trusted verifier says the From domain
	// failed ("dmarc" or "dkim"; see the glue's Authentication-Results
	// reading), empty when none failed or nothing was checked.
	AuthFail string
	// AuthChecked: a trusted verifier reported on the message. AuthPass:
	// it says the From domain passed DMARC, or an aligned DKIM signature
	// or SPF check passed. Read only to let a sender allowlist entry apply
	// (senderSure): with a verifier's report, a pass is what vouches for
	// the From address, not the envelope.
	AuthChecked, AuthPass bool
	// FromMalformed: the From fields do not name exactly one author with an
	// address (none, several, an empty address, an unquoted comma).
	FromMalformed bool
	// List: a mailing list delivered the message (a List-Id field, RFC
	// 2919, or a From the list rewrote to its own address), so the list
	// may have put the author in Reply-To.
	List bool
	// ListID: the message carries a List-Id field, so a subscriber's own
	// post may come back to them.
	ListID bool
	// ListAuthor is the header From address when FromAddr is instead the
	// mailing list's address, read from the message's own list marks (a
	// Subject tag with the list in To or Cc, or List-Id): anyone can write
	// those, so a sender allowlist entry never applies then (senderSure).
	ListAuthor string
	// ListBypass is the author's address of a message that names a
	// mailing list the envelope says did not deliver it: judged as the
	// list's post (ListAuthor) or showing the list's own address as its
	// From ("Anna via Dev"; then the author is the Reply-To address), it
	// came with an envelope sender outside the list's registrable domain,
	// where every list server sends its posts from (its bounce address;
	// on a shared list host such as googlegroups.com, the list's own), or
	// one trusted Authentication-Results do not pass for it.
	// A null envelope sender is no list's (a list always sends with a
	// bounce address). When the From is the list's own address and no
	// author address is known (no Reply-To, or the list's), it is the
	// list's address itself: the list vouches for none of it
	// (listOwnBypassed), though no author's history is known.
	// "" for other mail, and when no envelope sender is known.
	// History.Author is its history; listBypassShadow reads it only for a
	// list learned to send its posts itself (History.ListSent).
	ListBypass string
	// ScriptedAttachment: an SVG attachment carries a script, an event
	// handler or a javascript: URL (links.Extracted.Scripted).
	ScriptedAttachment bool
	// Launch is the file name of a program on the reader's own computer
	// that an attached PDF's Launch action runs (links.Extracted.Launch:
	// cmd.exe, powershell, a script), or "": counted as
	// scripted_attachment, as an SVG's script is.
	Launch string
	// ScriptedHTML: an attached HTML file does (links.Extracted.ScriptedHTML).
	// Saved web pages carry script legitimately, so it counts as
	// scripted_attachment only from a sender nobody here has written to,
	// or when HiddenRedirect.
	ScriptedHTML bool
	// HiddenRedirect: an attached HTML file's script sends the browser to
	// an address it hides (links.Extracted.HiddenRedirect): counted as
	// scripted_attachment from correspondents too, since no saved page
	// needs to hide where it navigates.
	HiddenRedirect bool
	// PasteCommand: the message's text tells the reader to paste and run
	// a command (links.Extracted.PasteCommand).
	PasteCommand bool
	// PasteFile: an attached HTML file or SVG, or a page in an attached
	// archive, does (links.Extracted.PasteFile).
	PasteFile bool
	// PasswordField: a page of the message that runs script holds a
	// password field that no form target carries away
	// (links.Extracted.PasswordField): counted as
	// password_form about the message.
	PasswordField bool
	// HiddenSplits counts the places where the message's HTML hides
	// letters inside a word it shows (links.Extracted.HiddenSplits).
	HiddenSplits int
	// BidiNames are the file names of attached parts that hold a Unicode
	// direction control (links.Extracted.BidiNames).
	BidiNames []string
	// ProgramNames are the file names of attached parts and of files in
	// attached archives that run or mount when opened
	// (links.Extracted.ProgramNames).
	ProgramNames []string
	// Overflow: the message has more MIME parts, deeper nesting or more
	// links than were read, or an ambiguous structure
	// (links.Extracted.Overflow); it counts as scan_limit from every sender
	// but our own authenticated people. CutBody: a body part was cut
	// (links.Extracted.CutBody); it counts only from a sender nobody here
	// has written to. Sealed: that cut is, at least in part, encrypted
	// content (links.Extracted.Sealed), which the reason names.
	Overflow, CutBody, Sealed bool
	Links                     []links.Link
	History                   History
	Allow                     []Allow
	// hopDests is set by viaInput for the pass that judges redirects at
	// their first hop: the destination URL of each link that stands for
	// its hop there ("" for the others), which its text is judged
	// against (textURL).
	hopDests []string
}

// History is the baseline evidence, mirroring baseline.Facts.
type History struct {
	Sender       Stat
	SenderDomain Stat
	SenderName   Stat
	// SenderNameOrg: the display name from addresses in the sender's
	// registrable domain (the address itself included).
	SenderNameOrg Stat
	// ListAuthorName: the display name as the author's name on learned
	// mailing-list posts (Senders = the authors' addresses);
	// ListAuthorNameSender: on posts the sender address itself wrote
	// (listAuthorShadow).
	// ListAuthorNameSender is asked for Input.ListBypass when it is set.
	ListAuthorName       Stat
	ListAuthorNameSender Stat
	// Author: the history of Input.ListBypass as a sender address (mail
	// from it, and mail we sent to it); zero for other mail.
	Author Stat
	// ListSent: the learned posts the sender, a list, sent itself from
	// an envelope address of its own (read with Input.ListBypass).
	ListSent Stat
	Domains  map[string]Stat
	// FamilyDomains: the org-wide history of the other domains of the
	// link domains' brand families (FamilyDomains), which a family host
	// new here is as established as (familyHistory).
	FamilyDomains     map[string]Stat
	Hosts             map[string]Stat
	SenderLinks       map[string]Stat
	SenderDomainLinks map[string]Stat
	Recipients        map[string]RecipientHistory
	// ReplyDomain: the Reply-To address's domain (or its registrable
	// domain, whichever was seen more) as a sender domain here: mail from
	// it, and mail we sent to it.
	ReplyDomain Stat
	// ReplyAddr: the Reply-To address as a sender here: mail from it, and
	// mail we sent to it (Outbound).
	ReplyAddr Stat
	// Thread: the messages this one answers (In-Reply-To, References) as
	// far as they were learned here, added together: Messages delivered
	// here, Outbound sent from here.
	Thread Stat
	// Lists: the To and Cc addresses the glue asked about as a mailing
	// list's (not ours, not the sender's or the recipients', and only
	// where To names someone besides the recipients, our own people and
	// the author: the message is not written to us alone), each with
	// the history of learned inbound mail written to it: Senders counts
	// the distinct registrable domains of that mail's authors.
	Lists map[string]Stat
}

// RecipientHistory mirrors baseline.RecipientFacts.
type RecipientHistory struct {
	Recipient Stat
	Pair      Stat
	Warned    Stat // sender -> this recipient, from mail delivered with a warning only
	Links     map[string]Stat
	// FamilyLinks: History.FamilyDomains as link domains sent to this
	// recipient, which a family host new to it is as known as.
	FamilyLinks map[string]Stat
	Known       []string
}

// Allow is an allowlist entry: a link domain or a sender (address or domain),
// org-wide when Recipient is empty. Expired entries are dropped by the caller.
type Allow struct {
	Domain    string // link registrable domain or host
	Sender    string // sender address or sender domain
	Recipient string // empty: org-wide
}

// Verdict is Score's answer.
type Verdict struct {
	Action    Action         `json:"action"`
	Score     float64        `json:"score"` // message risk, comparable across messages
	Level     Level          `json:"level,omitempty"`
	Reasons   []Reason       `json:"reasons"`
	Links     []LinkDecision `json:"links"`               // one per Input.Links entry, same order
	Recipient string         `json:"recipient,omitempty"` // the strictest recipient, when several
	Monitor   bool           `json:"monitor,omitempty"`   // decided in monitor mode: report only
	// Rule is the quarantine combination that held ("a+b+c"), if any: its
	// codes say why, so a shortened list of reasons must keep them.
	Rule string `json:"-"`
	// Teaches: the message is accepted with a score below the policy's
	// learn_below and no evidence doubts who the sender is (a shadow
	// identity, a malformed From, ...), so it may teach the baseline.
	Teaches bool `json:"-"`
	// TeachesPair: the message is locked at warn only (novelty alone), or
	// accepted as a near miss (it does not teach: at or above learn_below),
	// and no evidence doubts who the sender is, so it may record its
	// sender->recipient sighting (RecipientHistory.Warned, recurring_pair)
	// and nothing else.
	TeachesPair bool `json:"-"`
	// RecipientsCut: the message has more distinct recipients than Score
	// judges with its links (maxRcptWork); it was judged on the first
	// ones, as a partial scan (scan_limit, from anyone but our own
	// authenticated people).
	RecipientsCut bool `json:"-"`
}

// LinkDecision is the verdict on one link.
type LinkDecision struct {
	Lock    bool     `json:"lock"`
	Level   Level    `json:"level,omitempty"`
	Score   float64  `json:"score"`
	Reasons []Reason `json:"reasons"`
}
