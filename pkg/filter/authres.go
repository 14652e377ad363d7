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
func authFailure(values, trusted []string, fromDomain string) string {
	if len(trusted) == 0 || fromDomain == "" {
		return ""
	}
	var dmarc, dkimFail, dkimPass bool
	for _, v := range values {
		id, results, _ := authres.Parse(stripComments(v)) // keep what parsed before an error
		if !trustedID(id, trusted) {
			continue
		}
		for _, r := range results {
			switch r := r.(type) {
			case *authres.DMARCResult:
				if r.Value == authres.ResultFail && (r.From == "" || aligned(r.From, fromDomain)) {
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
	switch {
	case dmarc:
		return "dmarc"
	case dkimFail && !dkimPass:
		return "dkim"
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

// stripComments removes RFC 5322 comments, "(...)" with nesting, outside
// quoted strings: verifiers put free text there, even ';' and '='.
func stripComments(s string) string {
	var b strings.Builder
	depth, quoted, escaped := 0, false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case escaped:
			escaped = false
		case c == '\\' && (quoted || depth > 0):
			escaped = true
		case c == '"' && depth == 0:
			quoted = !quoted
		case c == '(' && !quoted:
			depth++
			continue
		case c == ')' && !quoted && depth > 0:
			if depth--; depth == 0 {
				b.WriteByte(' ') // a comment separates like white space
			}
			continue
		}
		if depth == 0 {
			b.WriteByte(c)
		}
	}
	return b.String()
}
