package filter

import (
	"strings"

	"github.com/emersion/go-msgauth/authres"
	"golang.org/x/net/publicsuffix"
)

// authFailure reads the Authentication-Results fields (RFC 8601) that one
// of the trusted verifiers (authserv-ids) added, and says which check the
// From domain failed: "dmarc" when DMARC failed, "dkim" when, without a
// DMARC result, a signature of the From domain failed and none passed; ""
// otherwise. Fields of other verifiers are ignored.
//
// Only failure is read, never success: a forged field can then only make
// its own message look riskier, so a sender gains nothing by forging one.
// Two failures are not the sender's doing and are not counted: a DMARC
// failure of a domain that publishes "p=none" (its owner says its mail may
// fail, as mail through lists and forwarders does), and, on mailing-list
// mail (list is true: Message.ListMail), a bare DKIM failure, since list
// servers alter what the author's domain signed.
func authFailure(values, trusted []string, fromDomain string, list bool) string {
	if len(trusted) == 0 || fromDomain == "" {
		return ""
	}
	var dmarc, dkimFail, dkimPass bool
	for _, v := range values {
		parts, comments := splitField(v)
		if len(parts) == 0 || !trustedID(authservID(parts[0]), trusted) {
			continue
		}
		for i := 1; i < len(parts); i++ {
			_, results, _ := authres.Parse(parts[0] + ";" + parts[i])
			for _, r := range results {
				switch r := r.(type) {
				case *authres.DMARCResult:
					if r.Value == authres.ResultFail && (r.From == "" || aligned(r.From, fromDomain)) &&
						dmarcPolicy(parts[i], comments[i]) != "none" {
						dmarc = true
					}
				case *authres.DKIMResult:
					if !aligned(dkimDomain(r), fromDomain) {
						continue
					}
					dkimPass = dkimPass || r.Value == authres.ResultPass
					dkimFail = dkimFail || r.Value == authres.ResultFail
				}
			}
		}
	}
	switch {
	case dmarc:
		return "dmarc"
	case dkimFail && !dkimPass && !list:
		return "dkim"
	}
	return ""
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

// aligned: relaxed alignment, the same registrable domain.
func aligned(a, b string) bool {
	a, b = strings.ToLower(strings.TrimSpace(a)), strings.ToLower(strings.TrimSpace(b))
	if a == "" || b == "" {
		return false
	}
	return registrable(a) == registrable(b)
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
