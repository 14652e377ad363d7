package filter

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestAuthFailure(t *testing.T) {
	trusted := []string{"mx.corp.example"}
	for _, tc := range []struct {
		name    string
		values  []string
		trusted []string
		from    string
		want    string
	}{
		{name: "dmarc fail", from: "paypal.com",
			values: []string{"mx.corp.example; dmarc=fail (p=reject dis=none) header.from=paypal.com"}, want: "dmarc"},
		{name: "dmarc pass", from: "paypal.com",
			values: []string{"mx.corp.example; dmarc=pass header.from=paypal.com"}, want: ""},
		{name: "another verifier's field is ignored", from: "paypal.com",
			values: []string{"mx.elsewhere.example; dmarc=fail header.from=paypal.com"}, want: ""},
		{name: "nothing trusted reads nothing", from: "paypal.com", trusted: []string{},
			values: []string{"mx.corp.example; dmarc=fail header.from=paypal.com"}, want: ""},
		{name: "authserv-id case and version", from: "paypal.com",
			values: []string{"MX.Corp.Example 1; dmarc=fail header.from=paypal.com"}, want: "dmarc"},
		{name: "dmarc result for another domain", from: "paypal.com",
			values: []string{"mx.corp.example; dmarc=fail header.from=other.example"}, want: ""},
		{name: "subdomain of the From domain is aligned", from: "mail.paypal.com",
			values: []string{"mx.corp.example; dmarc=fail header.from=paypal.com"}, want: "dmarc"},
		{name: "dkim fail without dmarc", from: "bank.example",
			values: []string{"mx.corp.example; dkim=fail reason=\"signature verification failed\" header.d=bank.example header.s=s1"}, want: "dkim"},
		{name: "dkim fail and another signature of the domain passes", from: "bank.example",
			values: []string{"mx.corp.example; dkim=fail header.d=bank.example; dkim=pass header.d=bank.example"}, want: ""},
		{name: "dkim fail of a third party is not the sender's", from: "bank.example",
			values: []string{"mx.corp.example; dkim=fail header.d=esp.example"}, want: ""},
		{name: "dkim domain from header.i", from: "bank.example",
			values: []string{"mx.corp.example; dkim=fail header.i=@bank.example"}, want: "dkim"},
		{name: "spf fail alone is not spoofing (forwarding breaks spf)", from: "bank.example",
			values: []string{"mx.corp.example; spf=fail smtp.mailfrom=bank.example"}, want: ""},
		{name: "comments hold ';' and '='", from: "paypal.com",
			values: []string{"mx.corp.example; spf=pass (mx.corp.example: domain of a@b.example; see x=y) smtp.mailfrom=b.example; dmarc=fail (p=none; a=b) header.from=paypal.com"}, want: "dmarc"},
		{name: "two fields, the trusted one later", from: "paypal.com",
			values: []string{"mx.elsewhere.example; dmarc=pass header.from=paypal.com", "mx.corp.example; dmarc=fail header.from=paypal.com"}, want: "dmarc"},
		{name: "garbage", from: "paypal.com", values: []string{";;;==(", "mx.corp.example; =fail", ""}, want: ""},
		{name: "no From domain", from: "", values: []string{"mx.corp.example; dmarc=fail header.from=paypal.com"}, want: ""},
	} {
		tr := trusted
		if tc.trusted != nil {
			tr = tc.trusted
		}
		if got := authFailure(tc.values, tr, tc.from); got != tc.want {
			t.Errorf("%s: authFailure = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestStripComments(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"a (b) c", "a   c"},
		{"a (b (nested; x=y) c) d", "a   d"},
		{`a "quoted (not a comment)" b`, `a "quoted (not a comment)" b`},
		{`a (esc \) still comment) b`, "a   b"},
		{"unclosed (comment; x=y", "unclosed "},
		{"stray ) paren", "stray ) paren"},
	} {
		if got := stripComments(tc.in); got != tc.want {
			t.Errorf("stripComments(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// A trusted verifier's DMARC failure reaches the verdict as auth_fail, and
// with credential words from an unsolicited sender the message is held.
func TestAuthFailReachesVerdict(t *testing.T) {
	e := testEngine(t)
	e.opt.TrustedAuthServIDs = []string{"mx.corp.example"}
	m := msg("service@bank.example", "alice@corp.example", "Account notice", "text/plain; charset=utf-8",
		"Please sign in to verify your account password: https://www.bank-help.example/login\n")
	raw := "Authentication-Results: mx.corp.example; dmarc=fail header.from=bank.example\r\n" + m.raw
	env := Envelope{MailFrom: m.from, Recipients: []string{m.to}, Now: time.Now()}
	r, err := e.Decide(context.Background(), []byte(raw), env)
	if err != nil {
		t.Fatal(err)
	}
	var codes []string
	for _, rs := range r.Verdict.Reasons {
		codes = append(codes, rs.Code)
	}
	if !slices.Contains(codes, "auth_fail") || r.Action != ActionQuarantine {
		t.Errorf("action %s, reasons %s: want quarantine with auth_fail", r.Action, strings.Join(codes, ","))
	}
	// The same message without the field is not held for that reason.
	r, err = e.Decide(context.Background(), []byte(m.raw), env)
	if err != nil {
		t.Fatal(err)
	}
	for _, rs := range r.Verdict.Reasons {
		if rs.Code == "auth_fail" {
			t.Errorf("auth_fail without an Authentication-Results field")
		}
	}
}

func FuzzAuthFailure(f *testing.F) {
	f.Add("mx.corp.example; dmarc=fail (p=reject) header.from=paypal.com", "paypal.com")
	f.Add("mx.corp.example 1; dkim=fail header.d=bank.example; dkim=pass header.i=@bank.example", "bank.example")
	f.Add(`mx.corp.example; spf=pass ("quoted (x)" \) ; =) smtp.mailfrom=a`, "a")
	f.Fuzz(func(t *testing.T, v, from string) {
		got := authFailure([]string{v}, []string{"mx.corp.example"}, from)
		if got != "" && got != "dmarc" && got != "dkim" {
			t.Fatalf("authFailure = %q", got)
		}
		if authFailure([]string{v}, nil, from) != "" {
			t.Fatal("a field was read with no trusted verifier")
		}
		if s := stripComments(v); len(s) > len(v) {
			t.Fatalf("stripComments grew %q to %q", v, s)
		}
	})
}
