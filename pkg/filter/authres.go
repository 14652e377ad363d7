package filter

import (
	"strings"

	"github.com/emersion/go-msgauth/authres"
	"golang.org/x/net/publicsuffix"
)

// authRead is what the trusted verifiers say of the From domain.
type authRead struct {
	// Fail names the check the From domain failed: "dmarc" when DMARC
	// failed, "dkim" when, without a DMARC result, a signature of the From
	// domain failed and none passed; "" otherwise.
	Fail string
	// Checked: a trusted verifier reported on the message.
	Checked bool
	// Pass: the From domain passed DMARC, or an aligned DKIM signature or
	// SPF check passed (DMARC's own test, for domains that publish no
	// record).
	Pass bool
}

// readAuth reads the Authentication-Results fields (RFC 8601) that one of
// the trusted verifiers (authserv-ids) added. Fields of other verifiers are
// ignored.
//
// A failure only ever makes a message look riskier, so a sender gains
// nothing by forging one. A pass only lets a sender allowlist entry apply
// (scoring.Input.AuthPass); that is why trusted_authserv_ids may name only
// verifiers that remove forged fields carrying their id. Two failures are
// not the sender's doing and are not counted: a DMARC failure of a domain
// that publishes "p=none" (its owner says its mail may fail, as mail
// through lists and forwarders does), and, on mailing-list mail (list is
// true: Message.ListMail), a bare DKIM failure, since list servers alter
// what the author's domain signed.
func readAuth(values, trusted []string, fromDomain string, list bool) authRead {
	var a authRead
	if len(trusted) == 0 || fromDomain == "" {
		return a
	}
	var dmarc, dmarcFailed, dkimFail, dkimPass bool
	aligned := alignedWith(fromDomain)
	for _, v := range values {
		parts, comments := splitField(v)
		if len(parts) == 0 || !trustedID(authservID(parts[0]), trusted) {
			continue
		}
		a.Checked = true
		for i := 1; i < len(parts); i++ {
			_, results, _ := authres.Parse(parts[0] + ";" + parts[i])
			for _, r := range results {
				switch r := r.(type) {
				case *authres.DMARCResult:
					mine := r.From == "" || aligned(r.From)
					a.Pass = a.Pass || mine && r.Value == authres.ResultPass
					if mine && r.Value == authres.ResultFail {
						dmarcFailed = true
						dmarc = dmarc || dmarcPolicy(parts[i], comments[i]) != "none"
					}
				case *authres.DKIMResult:
					if !aligned(dkimDomain(r)) {
						continue
					}
					dkimPass = dkimPass || r.Value == authres.ResultPass
					dkimFail = dkimFail || r.Value == authres.ResultFail
				case *authres.SPFResult:
					a.Pass = a.Pass || r.Value == authres.ResultPass && aligned(spfDomain(r.From))
				}
			}
		}
	}
	a.Pass = !dmarcFailed && (a.Pass || dkimPass)
	switch {
	case dmarc:
		a.Fail = "dmarc"
	case dkimFail && !dkimPass && !list:
		a.Fail = "dkim"
	}
	return a
}

// spfDomain is the domain of smtp.mailfrom, written as an address or as a
// bare domain.
func spfDomain(mailfrom string) string {
	if strings.Contains(mailfrom, "@") {
		return domainOf(mailfrom)
	}
	return mailfrom
}

// authservID is the authserv-id of a field's first part, without its version.
func authservID(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return ""
}

// dmarcPolicy is the policy the From domain publishes, as the verifier
// reports it beside a DMARC result: as a property
// (policy.published-domain-policy=none, policy.dmarc=none) or in the
// result's comment (OpenDMARC and Gmail write "(p=reject dis=none)", rspamd
// "(policy=reject)"); "" when not stated.
func dmarcPolicy(part, comment string) string {
	for _, f := range strings.Fields(strings.ToLower(part)) {
		for _, k := range []string{"policy.published-domain-policy=", "policy.dmarc="} {
			if v, ok := strings.CutPrefix(f, k); ok {
				return strings.Trim(v, `"`)
			}
		}
	}
	sep := func(r rune) bool { return r == ' ' || r == '\t' || r == ';' || r == ',' || r == '(' || r == ')' }
	for _, f := range strings.FieldsFunc(strings.ToLower(comment), sep) {
		for _, k := range []string{"p=", "policy="} {
			if v, ok := strings.CutPrefix(f, k); ok {
				return v
			}
		}
	}
	return ""
}

func trustedID(id string, trusted []string) bool {
	for _, t := range trusted {
		if id != "" && strings.EqualFold(id, t) {
			return true
		}
	}
	return false
}

// dkimDomain is the signing domain: header.d, else the domain of header.i.
func dkimDomain(r *authres.DKIMResult) string {
	if r.Domain != "" {
		return r.Domain
	}
	return domainOf(r.Identifier)
}

// alignedWith returns the test of relaxed alignment with domain (the same
// registrable domain), whose registrable domain it finds once: every
// result of every field names a domain to compare with it, and finding it
// costs as much as the domain is long (a From domain of 30 KB and 1,000
// results took 3.5 s when found for each).
func alignedWith(domain string) func(d string) bool {
	domain = strings.ToLower(strings.TrimSpace(domain))
	want := ""
	if domain != "" {
		want = registrable(domain)
	}
	return func(d string) bool {
		d = strings.ToLower(strings.TrimSpace(d))
		return d != "" && want != "" && registrable(d) == want
	}
}

func registrable(d string) string {
	if r, err := publicsuffix.EffectiveTLDPlusOne(d); err == nil {
		return r
	}
	return d
}

// splitField splits an Authentication-Results value at the ';' that
// separate its parts (the authserv-id, then one result each); comments[i]
// holds part i's comment text: verifiers put free text there, even ';' and
// '='.
func splitField(s string) (parts, comments []string) {
	return splitOutside(s, ';', false, true)
}

// listAuthResult is what trusted Authentication-Results say of the
// envelope of the list a post names (readListAuth).
type listAuthResult int8

const (
	listAuthNone   listAuthResult = iota // no trusted results (or none configured)
	listAuthPass                         // SPF passed for the envelope, or DKIM for the list's domain
	listAuthFailed                       // trusted results, and neither passed
)

// readListAuth reads the trusted Authentication-Results for the
// envelope sender env of a post naming list (Message.listEnvelope): a list's
// server passes SPF for its own envelope domain and signs its posts with
// its domain's DKIM key (Mailman, Google Groups, groups.io and vger all
// do), and a forwarder keeps the DKIM signature. SPF counts only for an
// envelope that is no forwarder's SRS address (whose SPF is the
// forwarder's, who forwards whatever reached it: there the list's DKIM
// must pass). listAuthNone when no trusted verifier reported.
func readListAuth(values, trusted []string, env, list string) listAuthResult {
	if len(trusted) == 0 {
		return listAuthNone
	}
	at := strings.LastIndexByte(env, '@')
	envDomain := ""
	if at >= 0 {
		if _, _, srs := srsOrigin(env[:at]); !srs {
			envDomain = env[at+1:]
		}
	}
	spfOK := func(d string) bool {
		return envDomain != "" && strings.EqualFold(strings.TrimSpace(d), envDomain)
	}
	listAligned := alignedWith(domainOf(list))
	checked := false
	for _, v := range values {
		parts, _ := splitField(v)
		if len(parts) == 0 || !trustedID(authservID(parts[0]), trusted) {
			continue
		}
		checked = true
		for i := 1; i < len(parts); i++ {
			_, results, _ := authres.Parse(parts[0] + ";" + parts[i])
			for _, r := range results {
				switch r := r.(type) {
				case *authres.DKIMResult:
					if r.Value == authres.ResultPass && listAligned(dkimDomain(r)) {
						return listAuthPass
					}
				case *authres.SPFResult:
					if r.Value == authres.ResultPass && spfOK(spfDomain(r.From)) {
						return listAuthPass
					}
				}
			}
		}
	}
	if checked {
		return listAuthFailed
	}
	return listAuthNone
}
