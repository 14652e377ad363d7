package filter

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/netip"
	"reflect"
	"slices"
	"strings"
	"time"

	"github.com/d--j/go-milter/mailfilter"
	"github.com/d--j/go-milter/mailfilter/header"
	"golang.org/x/sync/semaphore"

	"github.com/firstsight/firstsight/pkg/scoring"
)

// MilterOptions configures the milter adapter.
type MilterOptions struct {
	HeaderName     string        // verdict header; default X-Firstsight
	MaxBodyBytes   int64         // larger bodies pass unscanned; default 64 MiB
	DecisionBudget time.Duration // per-message budget; default 20s
	OnError        string        // accept (default) | tempfail
	// InflightBytes bounds the message bytes being judged at once, so memory
	// stays flat under many large messages; others wait (the MTA gets
	// progress packets meanwhile). Default 16 MiB.
	InflightBytes int64
	// SyncLearning learns before answering the MTA, so the next message of
	// a session sees this one (what replay does). By default learning runs
	// on one background worker, off the verdict path.
	SyncLearning bool
	// TrustedNetworks: mail from an SMTP client in one of these prefixes
	// counts as authenticated, like SMTP AUTH (the servers that relay mail
	// our own people wrote, as Postfix's mynetworks).
	TrustedNetworks []netip.Prefix
}

func (o MilterOptions) withDefaults() MilterOptions {
	if o.HeaderName == "" {
		o.HeaderName = "X-Firstsight"
	}
	if o.MaxBodyBytes <= 0 {
		o.MaxBodyBytes = 64 << 20
	}
	if o.DecisionBudget <= 0 {
		o.DecisionBudget = DefaultDecisionBudget
	}
	if o.OnError == "" {
		o.OnError = "accept"
	}
	if o.InflightBytes <= 0 {
		o.InflightBytes = 4 << 20
	}
	return o
}

// DefaultDecisionBudget is the per-message time budget when none is
// configured (limits.decision_budget).
const DefaultDecisionBudget = 20 * time.Second

// Observer is told about every message (metrics). May be nil.
type Observer interface {
	ObserveMessage(action string, d time.Duration)
	ObserveLinks(decision string, n int)
	Error(kind string)
}

// Milter adapts the engine to go-milter's mailfilter.
type Milter struct {
	engine   *Engine
	opt      MilterOptions
	log      *slog.Logger
	obs      Observer
	inflight *semaphore.Weighted
	learn    *learner
}

// NewMilter returns the adapter and starts its learning worker; Close stops
// it. obs may be nil.
func NewMilter(e *Engine, opt MilterOptions, log *slog.Logger, obs Observer) *Milter {
	opt = opt.withDefaults()
	m := &Milter{engine: e, opt: opt, log: log, obs: obs,
		inflight: semaphore.NewWeighted(opt.InflightBytes), learn: newLearner(e, opt.SyncLearning)}
	m.learn.onPanic = func(p any) {
		log.Error("panic while learning; message not learned", "panic", fmt.Sprint(p))
		if obs != nil {
			obs.Error("learn")
		}
	}
	return m
}

// Close finishes the queued learning. Call it after the milter server has
// stopped handing out messages.
func (m *Milter) Close() { m.learn.close() }

// Decide is a mailfilter.DecisionModificationFunc.
func (m *Milter) Decide(ctx context.Context, trx mailfilter.Trx) (d mailfilter.Decision, err error) {
	start := time.Now()
	env := envelopeOf(trx, start, m.opt.TrustedNetworks)
	log := m.log.With("queue_id", env.QueueID)
	defer func() {
		if p := recover(); p != nil {
			log.Error("panic while deciding", "panic", fmt.Sprint(p))
			d, err = m.fail(trx, log, start, fmt.Errorf("filter: panic: %v", p)), nil
		}
	}()
	if noHeader(trx.Headers()) {
		return m.fail(trx, log, start, errors.New("filter: the MTA ended a message it never sent")), nil
	}
	fields := trx.Headers().Fields().Len()
	size, err := bodySize(trx)
	if err != nil {
		return m.fail(trx, log, start, err), nil
	}
	act, note := limits(fields, size, m.opt.MaxBodyBytes, m.engine.opt.Policy.Mode == scoring.ModeMonitor)
	if act == ActionReject {
		return m.refuseFields(log, start, fields), nil
	}
	m.stripVerdictHeaders(trx) // the copies it can see, before it adds its own
	switch note {
	case noteTooManyFields:
		return m.unscannedFields(trx, log, start, fields), nil
	case noteTooBig:
		return m.unscanned(trx, log, start, size), nil
	}
	ctx, cancel := context.WithTimeout(ctx, m.opt.DecisionBudget)
	defer cancel()
	r, err := m.decide(ctx, trx, env, size)
	if err != nil {
		return m.fail(trx, log, start, err), nil
	}
	d = m.apply(trx, r)
	m.learn.finish(r)
	m.done(log, r, start)
	return d, nil
}

// noHeader: go-milter has no header at all, not even an empty one (the
// MTA ended a message it never started); its nil pointer comes wrapped in
// the interface.
func noHeader(h header.Header) bool {
	if h == nil {
		return true
	}
	v := reflect.ValueOf(h)
	return v.Kind() == reflect.Pointer && v.IsNil()
}

// bodySize is the body's length; an empty body comes without any body
// chunk, and go-milter then has no body at all.
func bodySize(trx mailfilter.Trx) (int64, error) {
	b := trx.Body()
	if b == nil {
		return 0, nil
	}
	n, err := b.Seek(0, io.SeekEnd)
	if err != nil {
		return 0, fmt.Errorf("filter: body: %w", err)
	}
	return n, nil
}

// decide reads the message within the in-flight byte budget and judges it.
func (m *Milter) decide(ctx context.Context, trx mailfilter.Trx, env Envelope, size int64) (*Result, error) {
	w := min(size+64<<10, m.opt.InflightBytes)
	if err := m.inflight.Acquire(ctx, w); err != nil {
		return nil, fmt.Errorf("filter: waiting for memory budget: %w", err)
	}
	defer m.inflight.Release(w)
	msg, err := readWhole(trx, size)
	if err != nil {
		return nil, err
	}
	return m.engine.Decide(ctx, msg, env)
}

// readWhole reads the message as judged (the header with our changes,
// then the body of size bytes) into one buffer of exactly its length. A
// buffer sized by a guess at the header (16 KiB) grew to twice the
// message when a long Received chain or DKIM and ARC seals passed the
// guess, copying a 50 MB body once more.
func readWhole(trx mailfilter.Trx, size int64) ([]byte, error) {
	var head bytes.Buffer
	if _, err := head.ReadFrom(trx.Headers().Reader()); err != nil {
		return nil, fmt.Errorf("filter: read header: %w", err)
	}
	msg := make([]byte, head.Len(), int64(head.Len())+size)
	copy(msg, head.Bytes())
	if size == 0 {
		return msg, nil
	}
	n, err := io.ReadFull(trx.Body(), msg[len(msg):cap(msg)])
	if err != nil {
		return nil, fmt.Errorf("filter: read body (%d of %d bytes): %w", n, size, err)
	}
	return msg[:cap(msg)], nil
}

// apply sends the header and any new body, and maps the action.
func (m *Milter) apply(trx mailfilter.Trx, r *Result) mailfilter.Decision {
	if r.Action != ActionReject {
		m.addVerdict(trx, r.Header())
	}
	if r.Body != nil && r.Action == ActionLock {
		trx.ReplaceBody(r.Body.Reader())
	}
	return decision(r)
}

// stripVerdictHeaders deletes every copy of our header that arrived with
// the message, so no sender can forge a verdict. go-milter deletes a field
// by changing it to an empty value, so a copy that arrived empty
// ("X-Firstsight:") cannot be deleted: it is left for addVerdict.
func (m *Milter) stripVerdictHeaders(trx mailfilter.Trx) {
	f := trx.Headers().Fields()
	for f.Next() {
		if strings.EqualFold(f.Key(), m.opt.HeaderName) && len(f.Raw()) > len(f.Key())+1 {
			f.Del()
		}
	}
}

// addVerdict adds our header, once stripVerdictHeaders has run. Copies
// that arrived empty, which it could not delete, are overwritten with it
// instead, so every copy the reader's mail program sees carries our
// verdict.
func (m *Milter) addVerdict(trx mailfilter.Trx, value string) {
	overwritten := false
	f := trx.Headers().Fields()
	for f.Next() {
		if strings.EqualFold(f.Key(), m.opt.HeaderName) && !f.IsDeleted() {
			f.Replace(m.opt.HeaderName, value)
			overwritten = true
		}
	}
	if !overwritten {
		trx.Headers().Add(m.opt.HeaderName, value)
	}
}

// MaxHeaderFields is the most header fields a message may have. The
// milter server keeps one more; past that it drops fields unseen, so a
// forged verdict header or a Content-Type there could not be read or
// removed. No real message comes near it.
const MaxHeaderFields = 2048

// Notes of the answers given before any verdict (limits).
const (
	noteTooManyFields = "too_many_fields"
	noteTooBig        = "too_big"
)

// limits is what the milter answers before any verdict, from a message's
// header field count and body size: over MaxHeaderFields it is refused
// (in monitor mode, which never changes mail, passed unscanned), a body
// over maxBody passes unscanned; "" judges it. Milter.Decide and Precheck
// (replay) both ask it.
func limits(fields int, body, maxBody int64, monitor bool) (Action, string) {
	switch {
	case fields > MaxHeaderFields && monitor:
		return ActionUnscanned, noteTooManyFields
	case fields > MaxHeaderFields:
		return ActionReject, noteTooManyFields
	case body > maxBody:
		return ActionUnscanned, noteTooBig
	}
	return "", ""
}

// refuseFields refuses a message whose header fields the milter could not
// all see: the sender's MTA returns it to the sender, nothing is lost.
func (m *Milter) refuseFields(log *slog.Logger, start time.Time, n int) mailfilter.Decision {
	log.Warn("message refused: too many header fields", "action", ActionReject, "fields", n, "limit", MaxHeaderFields)
	m.observe(string(ActionReject), start)
	return mailfilter.CustomErrorResponse(552, fmt.Sprintf("5.3.4 Message header has more than %d fields", MaxHeaderFields))
}

// unscannedFields passes, in monitor mode, a message refuseFields would
// refuse, with a header saying so.
func (m *Milter) unscannedFields(trx mailfilter.Trx, log *slog.Logger, start time.Time, n int) mailfilter.Decision {
	m.addVerdict(trx, fmt.Sprintf("action=unscanned reason=too_many_fields limit=%d would=reject", MaxHeaderFields))
	log.Warn("message not scanned: too many header fields; monitor mode, so not refused", "action", ActionUnscanned, "fields", n, "limit", MaxHeaderFields)
	m.observe(string(ActionUnscanned), start)
	return mailfilter.Accept
}

// unscanned passes an oversized message untouched, with a header saying so.
func (m *Milter) unscanned(trx mailfilter.Trx, log *slog.Logger, start time.Time, size int64) mailfilter.Decision {
	m.addVerdict(trx, fmt.Sprintf("action=unscanned reason=too_big size=%d limit=%d", size, m.opt.MaxBodyBytes))
	log.Warn("message not scanned: body over limit", "action", ActionUnscanned, "size", size, "limit", m.opt.MaxBodyBytes)
	m.observe(string(ActionUnscanned), start)
	return mailfilter.Accept
}

// fail applies the on_error policy: the one place where errors become
// an MTA answer. With accept, the message passes with a header saying so.
func (m *Milter) fail(trx mailfilter.Trx, log *slog.Logger, start time.Time, err error) mailfilter.Decision {
	if m.obs != nil {
		m.obs.Error("decide")
	}
	if m.opt.OnError == "tempfail" {
		log.Error("message deferred: decision failed", "action", ActionTempFail, "err", err)
		m.observe(string(ActionTempFail), start)
		return mailfilter.TempFail
	}
	if !noHeader(trx.Headers()) {
		m.stripVerdictHeaders(trx) // fail may come before Decide strips them
		m.addVerdict(trx, "action=unscanned reason=error")
	}
	log.Error("message passed unscanned: decision failed", "action", ActionUnscanned, "err", err)
	m.observe(string(ActionUnscanned), start)
	return mailfilter.Accept
}

// done writes the one log line per message.
func (m *Milter) done(log *slog.Logger, r *Result, start time.Time) {
	if slices.Contains(r.Notes, NoteDeadline) {
		log.Warn("scan stopped at the decision budget: judged on the links found before it as a partial scan (scan_limit)",
			"action", r.Action, "links", len(r.Links), "budget", m.opt.DecisionBudget, "ms", time.Since(start).Milliseconds())
	}
	if r.Err != nil {
		log.Error("degraded verdict", "action", r.Action, "err", r.Err)
		if m.obs != nil {
			m.obs.Error("lock_store")
		}
	}
	args := []any{"action", r.Action, "score", round2(r.Verdict.Score), "level", r.Verdict.Level,
		"links", len(r.Links), "locked", r.LockedCount(), "reasons", strings.Join(r.ReasonCodes(), ","),
		"from", r.Message.author(), "mail_from", r.Message.MailFrom, "rcpts", len(r.Message.Recipients), "notes", strings.Join(r.Notes, ","),
		"ms", time.Since(start).Milliseconds(), "hosts", strings.Join(r.Hosts(true), ",")}
	if w := r.Would(); w != "" {
		args = append(args, "would", w)
	}
	if r.Message.List != "" {
		args = append(args, "list", r.Message.List)
	}
	if len(r.Message.Recipients) > 1 && r.Verdict.Recipient != "" {
		args = append(args, "strictest", r.Verdict.Recipient)
	}
	log.Info("verdict", args...)
	m.observe(string(r.Action), start)
	if m.obs != nil {
		open, locked, would := r.OpenInAttachments(), r.LockedCount(), r.WouldLockCount()
		m.obs.ObserveLinks("keep", len(r.Links)-locked-would-open)
		m.obs.ObserveLinks("lock", locked)
		m.obs.ObserveLinks("open_in_attachment", open)
		m.obs.ObserveLinks("would_lock", would)
	}
}

func (m *Milter) observe(action string, start time.Time) {
	if m.obs != nil {
		m.obs.ObserveMessage(action, time.Since(start))
	}
}

// envelopeOf reads the envelope. The sender is authenticated by SMTP AUTH
// or by a TCP client address in a trusted network. An empty MAIL FROM is
// the null sender (Envelope.NullSender).
func envelopeOf(trx mailfilter.Trx, now time.Time, trusted []netip.Prefix) Envelope {
	env := Envelope{QueueID: trx.QueueId(), Now: now}
	if mf := trx.MailFrom(); mf != nil {
		env.MailFrom = mf.Addr
		env.Authenticated = mf.AuthenticatedUser() != ""
		// a session always has a MAIL FROM: an empty one is the null
		// reverse-path (MAIL FROM:<>), not an unknown sender
		env.NullSender = normAddr(mf.Addr) == ""
	}
	if c := trx.Connect(); !env.Authenticated && c != nil {
		env.Authenticated = trustedClient(c.Family, c.Addr, trusted)
	}
	for _, rc := range trx.RcptTos() {
		env.Recipients = append(env.Recipients, rc.Addr)
	}
	return env
}

// trustedClient: a TCP client whose address lies in a trusted prefix.
// IPv4-mapped IPv6 addresses match IPv4 prefixes.
func trustedClient(family, address string, trusted []netip.Prefix) bool {
	if len(trusted) == 0 || family != "tcp4" && family != "tcp6" {
		return false
	}
	a, err := netip.ParseAddr(strings.Trim(address, "[]"))
	if err != nil {
		return false
	}
	a = a.Unmap().WithZone("")
	for _, p := range trusted {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

func round2(f float64) float64 { return float64(int64(f*100+0.5)) / 100 }

// Precheck is limits for a whole message (CRLF, as replay feeds it), so
// that replay measures what the milter does.
func Precheck(msg []byte, maxBody int64, monitor bool) (action Action, note string) {
	head, body, _ := bytes.Cut(msg, []byte("\r\n\r\n"))
	fields := 0
	for line := range bytes.SplitSeq(head, []byte("\r\n")) {
		if len(line) > 0 && line[0] != ' ' && line[0] != '\t' {
			fields++
		}
	}
	return limits(fields, int64(len(body)), maxBody, monitor)
}
