package baseline

import "time"

// Observation is one message to learn from. Addresses and domains are
// normalised by the store (lowercase, IDNA A-labels); callers pass them as seen.
type Observation struct {
	Time        time.Time
	Sender      string   // envelope or header From address
	SenderName  string   // From display name, may be empty
	Recipients  []string // envelope recipients
	LinkDomains []string // registrable domains of clickable links (duplicates allowed)
	LinkHosts   []string // full hosts of clickable links
	Outbound    bool     // an internal/authenticated user sent it to outside recipients
	// Vouched: the sender was established by reciprocity when the message
	// arrived (we wrote to it, or it is a known colleague). Every key the
	// message touches counts it in Stat.Vouched, so a scorer can tell
	// vouched history from repeats by unsolicited strangers (poisoning).
	Vouched bool
	// Warned: the message was delivered with a warning only (its links
	// locked at the lowest level, for novelty alone). It teaches nothing but
	// its sender->recipient sightings, kept apart from accepted mail's
	// (RecipientFacts.Warned), so a newsletter that arrives every day stays
	// a stranger everywhere else. Outbound is ignored.
	Warned bool
	// MessageID is the message's own Message-ID, so a later reply naming
	// it (Query.Thread) is known to answer mail learned here. A message
	// delivered with a warning only (Warned) does not record it.
	MessageID string
	// Lists are the To and Cc addresses of an inbound message other than
	// its recipients' and its author's (the glue also leaves out our own
	// domains): each learns that the message's author wrote to it
	// (Facts.Lists), so an address that people of many organisations
	// write to is known as a mailing list's even when its posts carry no
	// List-Id. At most MaxLists are learned; warned and outbound
	// observations ignore them.
	Lists []string
	// Author is the header From address when Sender is another (a post
	// judged as its list's): the list records count its registrable
	// domain, else Sender's.
	Author string
	// AuthorName is the display name of a post judged as its list's
	// (Sender the list, Author the post's author): learned under Author,
	// apart from the names senders carry (Facts.ListAuthorName,
	// Facts.ListAuthorNameSender), never as Sender's name. Ignored
	// without Author, and by warned and outbound observations.
	AuthorName string
	// ListSent: Sender is a mailing list's address (a post judged as the
	// list's, or its From the list's own) and the list sent the post
	// itself, from an envelope address of its own (its domain's; the
	// glue decides: filter's Message.listEnvelope): it teaches
	// Facts.ListSent. Ignored by warned and outbound observations.
	ListSent bool
}

// MaxLists bounds the To and Cc addresses one observation teaches and one
// lookup reads (Observation.Lists, Query.Lists): a caller need not
// collect more.
const MaxLists = 8

// Query asks for everything one message's scoring needs, answered in one read
// transaction (plus pending, unflushed observations).
type Query struct {
	Now         time.Time
	Sender      string
	SenderName  string
	Recipients  []string
	LinkDomains []string
	// FamilyDomains are other registrable domains whose org-wide history
	// the scorer reads for the link domains (their brand families'
	// domains, scoring.FamilyDomains); only Facts.FamilyDomains holds them.
	FamilyDomains []string
	LinkHosts     []string
	// ReplyDomains are the domain of the message's Reply-To address and,
	// when it differs, its registrable domain (Facts.ReplyDomain).
	ReplyDomains []string
	// ReplyTo is the message's Reply-To address (Facts.ReplyAddr).
	ReplyTo string
	// Thread holds the Message-IDs the message answers (its In-Reply-To
	// and References), at most MaxThreadRefs of them.
	Thread []string
	// Lists are To and Cc addresses of the message that may be a mailing
	// list's (Facts.Lists), at most MaxLists of them.
	Lists []string
	// Author is the address of a post's author when Sender is instead the
	// mailing list the post names (the glue asks it only when the list
	// did not deliver the post; Sender itself for a From at the list's
	// own address that names no author's): Facts.Author is its history,
	// and Facts.ListAuthorNameSender is asked for it, not for Sender.
	Author string
}

// Facts answers a Query. Maps are keyed by the normalised form of the queried
// key; a missing or zero entry means "never seen".
type Facts struct {
	Sender            Stat            // this sender address (Recipients = distinct recipients)
	SenderDomain      Stat            // the sender's domain
	SenderName        Stat            // the display name across all sender addresses (Senders = addresses using it)
	SenderNameOrg     Stat            // the display name from addresses in the sender's registrable domain
	Domains           map[string]Stat // link domain, org-wide
	FamilyDomains     map[string]Stat // Query.FamilyDomains, org-wide
	Hosts             map[string]Stat // link host, org-wide
	SenderLinks       map[string]Stat // link domain as sent by this sender address
	SenderDomainLinks map[string]Stat // link domain as sent by this sender domain
	Recipients        map[string]RecipientFacts
	// ReplyDomain is the history of Query.ReplyDomains as sender domains
	// (mail from them, mail we sent to them): the record of the one seen
	// most, zero when none was ever seen.
	ReplyDomain Stat
	// ReplyAddr is the history of Query.ReplyTo as a sender address:
	// mail from it, and mail we sent to it (Outbound).
	ReplyAddr Stat
	// Thread is what the history holds about the messages Query.Thread
	// names, added together (see addThread), leaving out the ones the
	// queried sender sent: Messages counts the ones delivered here,
	// Outbound the ones sent from here.
	Thread Stat
	// Lists holds the history of each of Query.Lists as an address that
	// learned inbound mail was written to (Observation.Lists): Senders
	// counts the distinct registrable domains of the mail's authors,
	// Recipients our recipients of it. Nil when nothing was asked.
	Lists map[string]Stat
	// ListAuthorName is the queried display name as the author's name on
	// list posts (Observation.AuthorName): Senders counts the distinct
	// author addresses that posted under it. ListAuthorNameSender is the
	// name on posts the queried sender address (Query.Author when set)
	// itself wrote (zero when ListAuthorName is).
	ListAuthorName       Stat
	ListAuthorNameSender Stat
	// Author is the history of Query.Author as a sender address (mail
	// from it, and mail we sent to it), zero when none was asked.
	Author Stat
	// ListSent: the learned posts the queried sender, a list, sent
	// itself (Observation.ListSent), asked only with Query.Author.
	ListSent Stat
}

// RecipientFacts is the per-recipient part of Facts.
type RecipientFacts struct {
	Recipient Stat            // messages received (Senders = distinct senders)
	Pair      Stat            // sender -> this recipient; Outbound > 0 means the recipient wrote to the sender
	Warned    Stat            // sender -> this recipient, from mail delivered with a warning only (Observation.Warned)
	Links     map[string]Stat // link domain as received by this recipient
	// FamilyLinks: Query.FamilyDomains as link domains received by this recipient
	FamilyLinks map[string]Stat
	Known       []string // this recipient's most frequent link/sender domains (bounded, for lookalike checks)
}
