package filter

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/firstsight/firstsight/pkg/baseline"
	"github.com/firstsight/firstsight/pkg/links"
	"github.com/firstsight/firstsight/pkg/scoring"
)

// History is what the engine needs from the baseline; *baseline.Store has it.
type History interface {
	Lookup(q baseline.Query) (baseline.Facts, error)
	Observe(o baseline.Observation)
}

// Journal keeps what admins need later: lock records, the verdict log,
// quarantine reasons, and the allowlist. The lock adapter implements it.
type Journal interface {
	// Lock stores one record per link to lock and returns their lock IDs.
	Lock(ctx context.Context, m Message, locked []Locked) ([]string, error)
	// Record logs the final verdict (and the quarantine reason, by queue ID).
	Record(m Message, r *Result)
	// Allows returns the allowlist entries in force at now.
	Allows(now time.Time) []scoring.Allow
}

// Envelope is the SMTP envelope and what the transport knows of the session.
type Envelope struct {
	// MailFrom is the envelope sender; "" when unknown (a replay stream
	// without Return-Path) or null (NullSender).
	MailFrom string
	// NullSender: the SMTP session's MAIL FROM was the null reverse-path
	// (MAIL FROM:<>), as for a bounce or an auto-reply; the milter always
	// knows the envelope sender, a replay stream need not (listBypass).
	NullSender    bool
	Recipients    []string
	QueueID       string
	Authenticated bool
	Now           time.Time
}

// Message is the envelope plus the header facts the engine read.
type Message struct {
	Envelope
	MessageID string
	// Thread: the Message-IDs the message answers (In-Reply-To, References).
	Thread   []string
	FromAddr string
	FromName string
	ReplyTo  string
	Subject  string
	// AuthResults are the Authentication-Results field values, top first.
	AuthResults []string
	// ListMail: a mailing list delivered the message: it carries a List-Id
	// field (RFC 2919), or its From is the list's own address showing the
	// author as "Name via List" (listRewrittenFrom).
	ListMail bool
	// ListID: the message carries a List-Id field.
	ListID bool
	// List: the discussion list a post came through with its author's
	// From (listPosting), outside this organisation's domains and not
	// written by one of its people (Engine.read);
	// "" for other mail. Such a post is judged and learned as the list's
	// (Message.sender), the correspondent its reader knows.
	List string
	// FromMalformed: the From fields do not name exactly one author.
	FromMalformed bool
	// Addressed: the To, then the Cc addresses, lowercase, other than the
	// envelope recipients' and the author's (From and Sender: addressed); Engine.read
	// leaves out our own domains, then keeps at most baseline.MaxLists. Learned
	// mail teaches them as addresses it was written to (baseline/list),
	// and a message is asked about them as a mailing list's (listQuery).
	Addressed []string
	// ToOthers: the To field names someone other than the envelope
	// recipients, the author (From or Sender) and our own people: the
	// message is not written to us alone (listQuery).
	ToOthers bool
	// toOthers: the To addresses behind ToOthers, before Engine.read
	// leaves out our own (addressed).
	toOthers []string
	// replyOurs: the Reply-To address is in our own domains (Engine.read),
	// which no record keeps for a release to teach (otherReply).
	replyOurs bool
	// rewritten: the From is a mailing list's own address showing its
	// author as "Name via List" (listRewrittenFrom, or Engine.read's
	// m.List == m.FromAddr).
	rewritten bool
	// envOurs: the envelope sender's domain is one of our own (an own
	// Google Group or forwarder re-sending a list's post: listEnvelope).
	envOurs bool
	// listAuth: what trusted Authentication-Results say of the envelope
	// of the list a post names (readListAuth, Engine.read).
	listAuth listAuthResult
}

// Locked is one distinct URL to lock and every occurrence of it.
type Locked struct {
	Link     links.Link // the first occurrence
	Decision scoring.LinkDecision
	Refs     []links.Ref
}

// Options tunes the engine. The zero value works except for LockBaseURL.
type Options struct {
	Policy          scoring.Policy
	Links           links.Options
	LockBaseURL     string // lock links are LockBaseURL + "/l/" + id
	InternalDomains []string
	Learn           string // accepted (default) | all | none
	// TrustedAuthServIDs name the verifiers (RFC 8601 authserv-ids) whose
	// Authentication-Results fields are read (readAuth, and readListAuth
	// for the envelope of a list a post names); empty: none is read.
	TrustedAuthServIDs []string
}

// Engine is the transport-independent decision core.
type Engine struct {
	opt     Options
	history History
	journal Journal
}

// New returns an engine. journal may be nil (no locks can then be made and
// a lock verdict becomes a quarantine).
func New(opt Options, h History, j Journal) *Engine {
	if opt.Learn == "" {
		opt.Learn = "accepted"
	}
	opt.LockBaseURL = strings.TrimRight(opt.LockBaseURL, "/")
	return &Engine{opt: opt, history: h, journal: j}
}

// Decide judges one message and acts on the verdict: lock records are
// stored and the replacement body is built. msg is the whole message
// (headers and body, CRLF). It never learns; call Finish with the result
// once the transport has applied it.
func (e *Engine) Decide(ctx context.Context, msg []byte, env Envelope) (*Result, error) {
	r, signed, err := e.judge(ctx, msg, env)
	if err != nil || r.Outbound {
		return r, err
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("filter: after scoring: %w", err)
	}
	e.act(ctx, msg, signed, r)
	return r, nil
}

// Judge scores a message with no side effect at all: no lock records, no
// rewrite, no learning. It is what explain shows.
func (e *Engine) Judge(ctx context.Context, msg []byte, env Envelope) (*Result, error) {
	r, _, err := e.judge(ctx, msg, env)
	return r, err
}

// Import learns from a message without judging it (history warm-up).
func (e *Engine) Import(msg []byte, env Envelope) {
	m := e.read(msg, env)
	ls, _ := links.Extract(msg, e.opt.Links)
	e.Teach(&Result{Message: m, Links: ls, Outbound: e.outbound(m)})
}

// read reads a message's header facts. A post that came through a
// discussion list (listPosting) is judged as the list's, as it is when the
// list rewrites the From to its own address: the list is the
// correspondent its reader knows and its history the relationship, the
// author one of its many members. Not for a list at this organisation's
// own domains, nor for a post by one of our own people (authenticated, or
// From an internal address): they have their own history, and their post
// going out to the list teaches that we wrote to it.
func (e *Engine) read(msg []byte, env Envelope) Message {
	m := readMessage(msg, env)
	if e.internal(domainOf(m.List)) || m.Authenticated || e.internal(domainOf(m.FromAddr)) {
		m.List = ""
	}
	ours := func(a string) bool { return e.internal(domainOf(a)) }
	m.Addressed = ourOwnDropped(m.Addressed, ours)
	m.ToOthers = slices.ContainsFunc(m.toOthers, func(a string) bool { return !ours(a) })
	m.replyOurs = ours(normAddr(m.ReplyTo))
	switch {
	case m.List == "":
	case m.List == m.FromAddr:
		// The list rewrote the From to its own address under a display
		// name listRewrittenFrom does not read ("Jane via Radio Users
		// Group"): list mail from the list, the author before " via ".
		m.ListMail, m.FromName, m.List, m.rewritten = true, listAuthor(beforeVia(m.FromName), m.ReplyTo), "", true
	default:
		m.ListMail = true
	}
	m.envOurs = e.internal(domainOf(m.MailFrom))
	if list, _ := m.listNamed(); list != "" && m.MailFrom != "" {
		m.listAuth = readListAuth(m.AuthResults, e.opt.TrustedAuthServIDs, m.MailFrom, list)
	}
	return m
}

func (e *Engine) judge(ctx context.Context, msg []byte, env Envelope) (*Result, bool, error) {
	m := e.read(msg, env)
	r := &Result{Message: m, Action: ActionAccept}
	if m.List != "" {
		r.Notes = append(r.Notes, "list")
	}
	x, err := e.extract(ctx, msg)
	if err != nil {
		r.Notes = append(r.Notes, noteFor(err))
	}
	if x.Stopped {
		r.Notes = append(r.Notes, NoteDeadline)
	}
	r.Links = x.Links
	if e.outbound(m) {
		r.Outbound = true
		r.Notes = append(r.Notes, "outbound")
		return r, false, nil
	}
	if err := ctx.Err(); err != nil {
		return nil, false, fmt.Errorf("filter: before lookup: %w", err)
	}
	in, facts, err := e.input(m, x)
	if err != nil {
		return nil, false, err
	}
	r.facts = &facts
	r.Verdict = scoring.Score(e.opt.Policy, in)
	r.Action = Action(r.Verdict.Action)
	if r.Verdict.RecipientsCut {
		if !slices.Contains(r.Notes, "partial") {
			r.Notes = append(r.Notes, "partial")
		}
		r.Notes = append(r.Notes, NoteRecipients)
	}
	return r, in.Signed, nil
}

// NoteRecipients marks a message with more distinct recipients than
// scoring judges with its links (scoring.Verdict.RecipientsCut): it is
// judged on the first ones, as a partial scan (scan_limit).
const NoteRecipients = "recipients"

// NoteDeadline marks a message whose links were not all read within the
// decision budget: it is judged on the links found by then, as a partial
// scan (scan_limit), and Milter logs a warning for it.
const NoteDeadline = "deadline"

// extractShare is the part of the time left before ctx's deadline that
// reading the links may use; the rest is kept for the history lookup,
// scoring, the lock records and the rewrite, which take milliseconds, so
// that a message too slow to read still gets a verdict within the budget.
const extractShare = 0.75

// extract reads the message's links, stopping at extractShare of the time
// ctx leaves (links.ExtractAllContext): a message built to be slow to read
// (an 8 MB document of crafted attachments) must not hold its memory
// budget and its goroutine to the end of its scan. Without a deadline it
// stops only when ctx is cancelled.
func (e *Engine) extract(ctx context.Context, msg []byte) (links.Extracted, error) {
	if d, ok := ctx.Deadline(); ok {
		// A timer of our own rather than context.WithTimeout, which defers
		// to ctx's own deadline and would not end a share already spent
		// while ctx is still live.
		xctx, cancel := context.WithCancelCause(ctx)
		defer cancel(nil)
		if share := time.Duration(float64(time.Until(d)) * extractShare); share > 0 {
			t := time.AfterFunc(share, func() { cancel(context.DeadlineExceeded) })
			defer t.Stop()
		} else {
			cancel(context.DeadlineExceeded)
		}
		ctx = xctx
	}
	return links.ExtractAllContext(ctx, msg, e.opt.Links)
}

// input builds the scorer's input, with one history lookup; the facts
// are kept for learning.
func (e *Engine) input(m Message, x links.Extracted) (scoring.Input, baseline.Facts, error) {
	bypass := m.listBypass()
	q := baseline.Query{Now: m.Now, Sender: m.sender(), SenderName: m.FromName, Recipients: m.Recipients, Thread: m.Thread, Lists: m.listQuery(), Author: bypass}
	q.LinkDomains, q.LinkHosts = clickableHosts(x.Links)
	q.FamilyDomains = scoring.FamilyDomains(q.LinkDomains)
	q.LinkDomains = withPreviewSites(q.LinkDomains)
	if d := strings.ToLower(domainOf(normAddr(m.ReplyTo))); d != "" {
		q.ReplyDomains = []string{d, registrable(d)}
		q.ReplyTo = normAddr(m.ReplyTo)
	}
	facts, err := e.history.Lookup(q)
	if err != nil {
		return scoring.Input{}, facts, fmt.Errorf("filter: history lookup: %w", err)
	}
	in := scoring.Input{
		Now: m.Now, MailFrom: m.MailFrom, Recipients: m.Recipients,
		FromAddr: m.sender(), FromName: m.FromName, ReplyTo: m.ReplyTo, Subject: m.Subject, Lead: x.Lead, DocLead: x.DocLead,
		Authenticated: m.Authenticated, Signed: x.Signed, Links: x.Links, History: toHistory(facts),
		FromMalformed: m.FromMalformed, List: m.ListMail, ListID: m.ListID, ListBypass: bypass, ScriptedAttachment: x.Scripted, Launch: x.Launch, ScriptedHTML: x.ScriptedHTML, HiddenRedirect: x.HiddenRedirect, PasteCommand: x.PasteCommand, PasteFile: x.PasteFile, PasswordField: x.PasswordField, HiddenSplits: x.HiddenSplits, BidiNames: x.BidiNames, ProgramNames: x.ProgramNames, Overflow: x.Overflow, CutBody: x.CutBody, Sealed: x.Sealed,
	}
	auth := readAuth(m.AuthResults, e.opt.TrustedAuthServIDs, domainOf(m.FromAddr), m.ListMail)
	in.AuthFail, in.AuthChecked, in.AuthPass = auth.Fail, auth.Checked, auth.Pass
	if m.List != "" && !strings.EqualFold(m.List, m.author()) {
		in.ListAuthor = m.author()
	}
	if e.journal != nil {
		in.Allow = e.journal.Allows(m.Now)
	}
	return in, facts, nil
}

// outbound reports mail from an internal (or authenticated) sender to outside
// recipients only: it is learned from, never judged.
func (e *Engine) outbound(m Message) bool {
	if !(m.Authenticated || e.internal(domainOf(m.sender()))) || len(m.Recipients) == 0 {
		return false
	}
	for _, rc := range m.Recipients {
		if e.internal(domainOf(rc)) {
			return false
		}
	}
	return true
}

func (e *Engine) internal(domain string) bool {
	for _, d := range e.opt.InternalDomains {
		if domain == d || strings.HasSuffix(domain, "."+d) {
			return true
		}
	}
	return false
}

func clickableHosts(ls []links.Link) (domains, hosts []string) {
	for _, l := range ls {
		if l.Clickable && l.Domain != "" {
			domains = append(domains, l.Domain)
			hosts = append(hosts, l.Host)
		}
		if l.Clickable && l.Via != nil { // judged too (scoring, via.go)
			domains = append(domains, l.Via.Domain)
			hosts = append(hosts, l.Via.Host)
		}
	}
	return domains, hosts
}

// withPreviewSites adds to link domains the keys of the sites those that
// are preview deployments belong to (scoring.PreviewSites: a Netlify
// site's, a Vercel project's), looked up and taught as link domains are,
// so a new deployment of a site linked here for weeks is read as known
// to the organisation, the recipient and the sender. The baseline keeps
// them as any other link domain's.
func withPreviewSites(domains []string) []string {
	return append(domains, scoring.PreviewSites(domains)...)
}

func noteFor(err error) string {
	if errors.Is(err, links.ErrPartial) {
		return "partial"
	}
	return "malformed"
}
