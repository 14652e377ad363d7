package scoring

import (
	"errors"
	"fmt"
	"strings"

	"golang.org/x/net/idna"
	"golang.org/x/net/publicsuffix"
)

// Modes and signed-message actions accepted by Policy.
const (
	ModeEnforce = "enforce"
	ModeMonitor = "monitor"

	SignedQuarantine = "quarantine"
	SignedAccept     = "accept"

	BankChangeQuarantine  = "quarantine"
	BankChangeUnconfirmed = "unconfirmed"
	BankChangeAccept      = "accept"
)

// Policy turns evidence into actions. It lives in the config file under
// [policy]; DefaultPolicy documents every default. Scores are sums of
// evidence weights (see Weights): about 1.2 for "new sender, new sender
// domain, new link domain, nothing else".
type Policy struct {
	// Mode is "enforce" (default) or "monitor": monitor decides and reports,
	// Verdict.Monitor is set and the glue never changes mail.
	Mode string `toml:"mode"`

	// LockThreshold: a link whose score reaches it is locked. Default 1.1:
	// a first contact from a new domain linking a new domain (1.25) locks at
	// warn; a partly known sender needs more than novelty.
	LockThreshold float64 `toml:"lock_threshold"`
	// LevelLockScore: a locked link with enough non-novelty evidence is
	// locked at level "lock" from this score on. Default 1.5.
	LevelLockScore float64 `toml:"level_lock_score"`
	// LevelHardScore: ... and at level "hard" from this score on. Default 2.3.
	LevelHardScore float64 `toml:"level_hard_score"`
	// EvidenceMin: the form + lookalike + intent weight a link needs before
	// it may be locked above "warn". Novelty and sender evidence alone give at
	// most "warn"; the default 0.55 also keeps one weak form signal (an IP
	// literal, a risky file type) at "warn" unless another one joins it.
	EvidenceMin float64 `toml:"evidence_min"`

	// QuarantineThreshold: the message is quarantined when its score reaches
	// it. Default 2.6.
	QuarantineThreshold float64 `toml:"quarantine_threshold"`
	// QuarantineWhen lists combinations of reason codes; the message is
	// quarantined when every code of one combination occurs in its evidence
	// (on the message or on any link). Default: an unsolicited shadow identity
	// asking for credentials or a payment, an unsolicited lookalike (or a
	// host borrowing our own domain's name) asking for credentials, an
	// unsolicited sender whose domain failed
	// authentication asking for credentials or a payment, a known sender
	// domain asking for a payment with replies going to free mail or to a
	// near miss of its own domain, a correspondent asking for a payment
	// with replies going to a domain never seen here, and mail forged
	// from the recipient's own address asking for a payment or threatening
	// (extortion "from yourself"; its credential lures have links to lock),
	// or, with InternalAuthenticated, from a colleague's address asking for
	// credentials or a payment; a scripted attachment (scripted_attachment:
	// an SVG from anyone but our authenticated people, an HTML file from a
	// stranger), an attached file whose name hides its type behind a
	// direction override (disguised_file), a scan cut short (scan_limit), a brand's name on free
	// mail asking to sign in or pay, a first-contact stranger's callback
	// lure (callback_number), a stranger's link to a device sign-in
	// page (device_login), and a stranger's request to send a password
	// (password_reply).
	QuarantineWhen [][]string `toml:"quarantine_when"`
	// LearnBelow: accepted mail teaches the baseline only when the message
	// score is below it. A near miss (accepted, but close to the lock
	// threshold) teaches nothing, so a campaign message that slipped through
	// does not make the next ones familiar. Default 0.9.
	LearnBelow float64 `toml:"learn_below"`
	// RejectEnabled turns on rejection at RejectThreshold. Default false.
	RejectEnabled bool `toml:"reject_enabled"`
	// RejectThreshold: with RejectEnabled, reject from this score. Default 4.0.
	RejectThreshold float64 `toml:"reject_threshold"`

	// InternalDomains are the organisation's own mail domains. Default none.
	InternalDomains []string `toml:"internal_domains"`
	// OrgDomains are protected against lookalikes; empty means InternalDomains.
	OrgDomains []string `toml:"org_domains"`
	// OwnTenants are the organisation's own hosts on services where each
	// customer's host is named at sign-up, which anyone can do
	// (corp.okta.com, corp.zoom.us, corp.app.box.com,
	// corp.my.salesforce.com, corp.hs-sites.com): a link to one of them or
	// to a host under one is our own tenant, so our name in it is not
	// borrowed (org_in_host) and the service's own mail linking it keeps the
	// sender's own-site credit (customersHost). Our name in such a host
	// does not make it ours: anyone picks it. A service's whole domain,
	// a public suffix, a shared platform's parent (my.site.com,
	// app.box.com, my.salesforce.com) or the service's own host
	// (www.box.com, help.okta.com) is refused (validTenants). Default
	// none.
	OwnTenants []string `toml:"own_tenants"`
	// InternalAuthenticated says that all mail from the internal domains
	// reaches milterd authenticated (SMTP AUTH, or a client in
	// trusted_networks), so unauthenticated mail whose From is in them is
	// forged (unauthenticated_internal). Default false: many sites relay
	// their own mail without either, and services that send as the
	// site's domain from outside would count as forgeries.
	InternalAuthenticated bool `toml:"internal_mail_authenticated"`

	// SignedAction says what happens to a signed or encrypted message whose
	// links would be locked (its body must not change): "quarantine"
	// (default) or "accept".
	SignedAction string `toml:"signed_action"`
	// AttachmentQuarantine: a link inside an attachment (links.Link.InAttachment) cannot be
	// rewritten. When one would be locked at this level or above ("warn",
	// "lock" or "hard"), the message is quarantined; below it, or with
	// "never", the link stays as it is and its decision says so
	// (attachment_link). Default "lock": a link that novelty alone would
	// lock at warn does not hold the message.
	AttachmentQuarantine string `toml:"attachment_quarantine"`

	// BankChangeAction says what happens to a message that announces
	// changed payment details or asks to pay to a new account
	// (bank_change), from anyone but our own people, known correspondents
	// included, since a hijacked supplier's account writes it from the
	// real address: "quarantine" (default) holds every one, until someone
	// here has confirmed it on a number already on file, as banks and
	// payment-fraud guidance advise; "unconfirmed" holds it unless the
	// message itself asks to confirm the change by phone or tells of the
	// call already had, in a sentence that gives no number of its own
	// (phoneCheckIn: a genuine notice's "you are welcome to confirm the
	// change by phone"), which a lure can claim as well ("as discussed on
	// our call"); "accept" delivers it with the reason in its header and
	// log. quarantine_when may also name bank_change in
	// a combination of its own.
	BankChangeAction string `toml:"bank_change_action"`

	// Weights are the evidence weights; zero fields take the defaults, so a
	// config only lists what it changes. Set a weight to a negative value to
	// turn a risk signal off (it then counts as 0).
	Weights Weights `toml:"weights"`
}

// DefaultPolicy returns the documented defaults.
func DefaultPolicy() Policy {
	p := defaultScalars()
	p.QuarantineWhen = defaultQuarantineWhen()
	p.Weights = DefaultWeights()
	return p
}

// defaultScalars is DefaultPolicy without its slices and weights, which
// cost allocations on every Score.
func defaultScalars() Policy {
	return Policy{
		Mode:                 ModeEnforce,
		LockThreshold:        1.1,
		LevelLockScore:       1.5,
		LevelHardScore:       2.3,
		EvidenceMin:          0.55,
		QuarantineThreshold:  2.6,
		LearnBelow:           0.9,
		RejectThreshold:      4.0,
		SignedAction:         SignedQuarantine,
		AttachmentQuarantine: string(LevelLock),
		BankChangeAction:     BankChangeQuarantine,
	}
}

func defaultQuarantineWhen() [][]string {
	return [][]string{
		{CodeShadowIdentity, CodeUnsolicited, CodeIntentCredentials},
		{CodeShadowIdentity, CodeUnsolicited, CodeIntentPayment},
		{CodeLookalike, CodeUnsolicited, CodeIntentCredentials},
		{CodeOrgInHost, CodeUnsolicited, CodeIntentCredentials},
		{CodeSenderLook, CodeUnsolicited, CodeIntentCredentials},
		{CodeSenderLook, CodeUnsolicited, CodeIntentPayment},
		{CodeAuthFail, CodeUnsolicited, CodeIntentCredentials},
		{CodeAuthFail, CodeUnsolicited, CodeIntentPayment},
		{CodeReplyFree, CodeIntentPayment},
		{CodeReplyLook, CodeIntentPayment},
		{CodeReplyNew, CodeIntentPayment},
		{CodeNotePay},
		{CodeOwnAddress, CodeIntentPayment},
		{CodeOwnAddress, CodeIntentExtortion},
		{CodeUnauthInternal, CodeIntentCredentials},
		{CodeUnauthInternal, CodeIntentPayment},
		{CodeScripted},
		{CodeDisguisedFile},
		{CodeScanLimit},
		{CodeBrandName, CodeFreemail, CodeIntentCredentials},
		{CodeBrandName, CodeFreemail, CodeIntentPayment},
		{CodeCallback, CodeUnsolicited, CodeSenderFirst},
		{CodeDeviceLogin, CodeUnsolicited},
		{CodeOAuthConsent, CodeUnsolicited},
		{CodePasswordReply, CodeUnsolicited},
		{CodeScanRequest, CodeUnsolicited, CodeSenderFirst},
		{CodeCallRefused},
		{CodePaste, CodeUnsolicited},
		{CodePasteFile},
		{CodeProgram, CodeUnsolicited},
		{CodeShareLoad},
		{CodePasswordForm},
		{CodeOrgInName, CodeUnsolicited, CodeIntentCredentials},
		{CodeOrgInName, CodeUnsolicited, CodeIntentPayment},
	}
}

// withDefaults fills zero fields from DefaultPolicy.
func (p Policy) withDefaults() Policy {
	d := defaultScalars()
	if p.Mode == "" {
		p.Mode = d.Mode
	}
	setF(&p.LockThreshold, d.LockThreshold)
	setF(&p.LevelLockScore, d.LevelLockScore)
	setF(&p.LevelHardScore, d.LevelHardScore)
	setF(&p.EvidenceMin, d.EvidenceMin)
	setF(&p.QuarantineThreshold, d.QuarantineThreshold)
	setF(&p.RejectThreshold, d.RejectThreshold)
	setF(&p.LearnBelow, d.LearnBelow)
	if p.QuarantineWhen == nil {
		p.QuarantineWhen = defaultQuarantineWhen()
	}
	if p.SignedAction == "" {
		p.SignedAction = d.SignedAction
	}
	if p.AttachmentQuarantine == "" {
		p.AttachmentQuarantine = d.AttachmentQuarantine
	}
	if p.BankChangeAction == "" {
		p.BankChangeAction = d.BankChangeAction
	}
	p.InternalDomains = WithALabels(p.InternalDomains)
	if len(p.OrgDomains) == 0 {
		p.OrgDomains = p.InternalDomains
	} else {
		p.OrgDomains = WithALabels(p.OrgDomains)
	}
	p.OwnTenants = WithALabels(p.OwnTenants)
	p.Weights = p.Weights.withDefaults()
	return p
}

// WithALabels returns ds with the A-label (ASCII) form of each domain
// written in Unicode added after it, so that a domain configured as
// münchen.example matches links and senders in either form. It returns ds
// itself (no copy, no conversion) when every domain is ASCII or each
// Unicode one is already followed by an A-label, so a policy expanded
// once when the configuration is read costs nothing per message.
func WithALabels(ds []string) []string {
	if expanded(ds) {
		return ds
	}
	out := make([]string, 0, 2*len(ds))
	for _, d := range ds {
		out = append(out, d)
		if a, err := idna.Lookup.ToASCII(d); err == nil && a != d {
			out = append(out, a)
		}
	}
	return out
}

// expanded reports whether every domain of ds is ASCII or followed by an
// ASCII A-label (as WithALabels leaves it).
func expanded(ds []string) bool {
	for i, d := range ds {
		if !isASCII(d) && (i+1 == len(ds) || !isASCII(ds[i+1]) || !strings.Contains(ds[i+1], "xn--")) {
			return false
		}
	}
	return true
}

func setF(f *float64, d float64) {
	if *f == 0 {
		*f = d
	}
}

// Validate reports bad values and combinations, after defaults are applied.
func (p Policy) Validate() error {
	p = p.withDefaults()
	var errs []error
	if p.Mode != ModeEnforce && p.Mode != ModeMonitor {
		errs = append(errs, fmt.Errorf("mode %q: want %q or %q", p.Mode, ModeEnforce, ModeMonitor))
	}
	if p.SignedAction != SignedQuarantine && p.SignedAction != SignedAccept {
		errs = append(errs, fmt.Errorf("signed_action %q: want %q or %q", p.SignedAction, SignedQuarantine, SignedAccept))
	}
	if p.BankChangeAction != BankChangeQuarantine && p.BankChangeAction != BankChangeUnconfirmed && p.BankChangeAction != BankChangeAccept {
		errs = append(errs, fmt.Errorf("bank_change_action %q: want %q, %q or %q", p.BankChangeAction, BankChangeUnconfirmed, BankChangeQuarantine, BankChangeAccept))
	}
	if levelRank(Level(p.AttachmentQuarantine)) == 0 && p.AttachmentQuarantine != AttachmentNever {
		errs = append(errs, fmt.Errorf("attachment_quarantine %q: want %q, %q, %q or %q", p.AttachmentQuarantine, LevelWarn, LevelLock, LevelHard, AttachmentNever))
	}
	if p.LockThreshold < 0 || p.EvidenceMin < 0 || p.LearnBelow < 0 {
		errs = append(errs, errors.New("lock_threshold, evidence_min and learn_below must not be negative"))
	}
	if p.LevelLockScore < p.LockThreshold || p.LevelHardScore < p.LevelLockScore {
		errs = append(errs, errors.New("want lock_threshold <= level_lock_score <= level_hard_score"))
	}
	if p.QuarantineThreshold < p.LockThreshold {
		errs = append(errs, errors.New("quarantine_threshold below lock_threshold"))
	}
	if p.RejectEnabled && p.RejectThreshold < p.QuarantineThreshold {
		errs = append(errs, errors.New("reject_threshold below quarantine_threshold"))
	}
	errs = append(errs, validCombos(p.QuarantineWhen)...)
	errs = append(errs, validDomains("internal_domains", p.InternalDomains)...)
	errs = append(errs, validDomains("org_domains", p.OrgDomains)...)
	errs = append(errs, validDomains("own_tenants", p.OwnTenants)...)
	errs = append(errs, validTenants(p.OwnTenants)...)
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("scoring: policy: %w", err)
	}
	return nil
}

func validCombos(cs [][]string) []error {
	var errs []error
	for i, c := range cs {
		if len(c) == 0 {
			errs = append(errs, fmt.Errorf("quarantine_when[%d] is empty", i))
		}
		for _, code := range c {
			if !knownCode(code) {
				errs = append(errs, fmt.Errorf("quarantine_when[%d]: unknown reason code %q", i, code))
			}
		}
	}
	return errs
}

// validTenants: each own_tenants entry is a host below a service's
// domain (corp.okta.com), not a public suffix (com, github.io), a
// registrable domain under an ICANN suffix (okta.com, hs-sites.com), a
// parent platforms.txt or sharing.txt names (my.site.com) or a parent
// below which each customer names a host (families.txt's tenant hosts:
// app.box.com, my.salesforce.com, lightning.force.com; tenants.txt's
// data centres: co1.qualtrics.com): own_tenants also covers the hosts
// under each entry, so such an entry would make every customer's host of
// the service ours. Nor is it a host the company runs itself or where its
// users publish (companyHost: www.box.com, help.okta.com,
// outlook.live.com, www.qualtrics.com), which no customer names. A tenant
// that is itself a registrable domain under a private suffix
// (corp.github.io) is one.
func validTenants(ds []string) []error {
	var errs []error
	for _, d := range ds {
		suffix, icann := publicsuffix.PublicSuffix(d)
		r, err := publicsuffix.EffectiveTLDPlusOne(d)
		switch {
		case d == "": // validDomains says so
		case d == suffix || err != nil:
			errs = append(errs, fmt.Errorf("own_tenants: %q is a public suffix, not one organisation's host", d))
		case r == d && icann:
			errs = append(errs, fmt.Errorf("own_tenants: %q is a whole domain, which would make every host under it ours: list our own host under it (NAME.%s)", d, d))
		case data().hostLists[d] != 0 || data().tenantParent(d):
			errs = append(errs, fmt.Errorf("own_tenants: %q is a shared platform's parent, which would make every customer's host under it ours: list our own host under it (NAME.%s)", d, d))
		case data().companyHost(d, r):
			errs = append(errs, fmt.Errorf("own_tenants: %q is the service's own host, not a customer's: list our own host under the service (NAME.%s)", d, r))
		}
	}
	return errs
}

// ValidDomains reports each entry of ds that is not a lowercase domain
// name, naming key: the rule [policy] internal_domains, org_domains and
// own_tenants follow, for a caller's own list of domains.
func ValidDomains(key string, ds []string) error {
	return errors.Join(validDomains(key, ds)...)
}

func validDomains(key string, ds []string) []error {
	var errs []error
	for _, d := range ds {
		if d == "" || d != strings.ToLower(strings.TrimSpace(d)) || strings.ContainsAny(d, "@/ ") {
			errs = append(errs, fmt.Errorf("%s: %q is not a lowercase domain", key, d))
		}
	}
	return errs
}
