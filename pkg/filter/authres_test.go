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
		list    bool
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
			values: []string{"mx.corp.example; spf=pass (mx.corp.example: domain of a@b.example; see x=y) smtp.mailfrom=b.example; dmarc=fail (p=reject; a=b) header.from=paypal.com"}, want: "dmarc"},
		{name: "two fields, the trusted one later", from: "paypal.com",
			values: []string{"mx.elsewhere.example; dmarc=pass header.from=paypal.com", "mx.corp.example; dmarc=fail header.from=paypal.com"}, want: "dmarc"},
		{name: "garbage", from: "paypal.com", values: []string{";;;==(", "mx.corp.example; =fail", ""}, want: ""},
		{name: "no From domain", from: "", values: []string{"mx.corp.example; dmarc=fail header.from=paypal.com"}, want: ""},
		{name: "p=none in OpenDMARC's comment: the owner accepts failures", from: "gmail.com",
			values: []string{"mx.corp.example; dmarc=fail (p=none dis=none) header.from=gmail.com"}, want: ""},
		{name: "p=quarantine counts", from: "bank.example",
			values: []string{"mx.corp.example; dmarc=fail (p=quarantine dis=quarantine) header.from=bank.example"}, want: "dmarc"},
		{name: "sp= is not p=", from: "bank.example",
			values: []string{"mx.corp.example; dmarc=fail (p=reject sp=none dis=reject) header.from=bank.example"}, want: "dmarc"},
		{name: "rspamd's policy comment", from: "gmail.com",
			values: []string{`mx.corp.example; dmarc=fail reason="No valid SPF, No valid DKIM" header.from=gmail.com (policy=none)`}, want: ""},
		{name: "policy property", from: "gmail.com",
			values: []string{"mx.corp.example; dmarc=fail policy.published-domain-policy=none header.from=gmail.com"}, want: ""},
		{name: "another result's p=none is not the dmarc policy", from: "bank.example",
			values: []string{"mx.corp.example; spf=none (p=none) smtp.mailfrom=x.example; dmarc=fail (p=reject) header.from=bank.example"}, want: "dmarc"},
		{name: "p=none inside a quoted reason is not a comment", from: "bank.example",
			values: []string{`mx.corp.example; dmarc=fail reason="(p=none)" header.from=bank.example`}, want: "dmarc"},
		{name: "list mail: a bare dkim failure is the list's doing", from: "bank.example", list: true,
			values: []string{"mx.corp.example; dkim=fail header.d=bank.example"}, want: ""},
		{name: "list mail: dmarc failure under p=reject still counts", from: "bank.example", list: true,
			values: []string{"mx.corp.example; dkim=fail header.d=bank.example; dmarc=fail (p=reject) header.from=bank.example"}, want: "dmarc"},
	} {
		tr := trusted
		if tc.trusted != nil {
			tr = tc.trusted
		}
		if got := readAuth(tc.values, tr, tc.from, tc.list).Fail; got != tc.want {
			t.Errorf("%s: authFailure = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestAuthPass: what counts as the trusted verifier vouching for the From
// domain (a sender allowlist entry may then apply).
func TestAuthPass(t *testing.T) {
	for _, tc := range []struct {
		name          string
		value         string
		checked, pass bool
	}{
		{"dmarc pass", "mx.corp.example; dmarc=pass header.from=partner.example", true, true},
		{"aligned dkim pass without dmarc", "mx.corp.example; dkim=pass header.d=mail.partner.example", true, true},
		{"aligned spf pass, address form", "mx.corp.example; spf=pass smtp.mailfrom=bounce@partner.example", true, true},
		{"aligned spf pass, domain form", "mx.corp.example; spf=pass smtp.mailfrom=partner.example", true, true},
		{"a mailing service's dkim is not the partner's", "mx.corp.example; dkim=pass header.d=esp.example", true, false},
		{"a mailing service's spf is not the partner's", "mx.corp.example; spf=pass smtp.mailfrom=esp.example", true, false},
		{"spf fail (a forged aligned envelope)", "mx.corp.example; spf=fail smtp.mailfrom=partner.example", true, false},
		{"nothing to check", "mx.corp.example; none", true, false},
		{"dmarc fail outweighs a dkim pass", "mx.corp.example; dkim=pass header.d=partner.example; dmarc=fail (p=reject) header.from=partner.example", true, false},
		{"dmarc fail under p=none is still no pass", "mx.corp.example; spf=pass smtp.mailfrom=partner.example; dmarc=fail (p=none) header.from=partner.example", true, false},
		{"dmarc pass for another domain", "mx.corp.example; dmarc=pass header.from=other.example", true, false},
		{"an untrusted verifier's pass", "mx.elsewhere.example; dmarc=pass header.from=partner.example", false, false},
	} {
		got := readAuth([]string{tc.value}, []string{"mx.corp.example"}, "partner.example", false)
		if got.Checked != tc.checked || got.Pass != tc.pass {
			t.Errorf("%s: checked %v pass %v, want %v %v", tc.name, got.Checked, got.Pass, tc.checked, tc.pass)
		}
	}
}

func TestSplitField(t *testing.T) {
	for _, tc := range []struct {
		in              string
		parts, comments []string
	}{
		{"a (b) c", []string{"a   c"}, []string{" b"}},
		{"id; x=1 (b (nested; x=y) c) d; y=2", []string{"id", " x=1   d", " y=2"}, []string{"", " b  nested; x=y c", ""}},
		{`a "quoted (not; a comment)" b`, []string{`a "quoted (not; a comment)" b`}, []string{""}},
		{`a (esc \) still; comment) b`, []string{"a   b"}, []string{` esc \) still; comment`}},
		{"unclosed (comment; x=y", []string{"unclosed "}, []string{" comment; x=y"}},
		{"stray ) paren;", []string{"stray ) paren", ""}, []string{"", ""}},
	} {
		parts, comments := splitField(tc.in)
		if !slices.Equal(parts, tc.parts) || !slices.Equal(comments, tc.comments) {
			t.Errorf("splitField(%q) = %q, %q; want %q, %q", tc.in, parts, comments, tc.parts, tc.comments)
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

// A bare DKIM failure counts, unless the message carries a List-Id: the
// engine reads the field and passes it on.
func TestListMailDKIMFailure(t *testing.T) {
	e := testEngine(t)
	e.opt.TrustedAuthServIDs = []string{"mx.corp.example"}
	m := msg("someone@bank.example", "alice@corp.example", "Meeting notes", "text/plain; charset=utf-8",
		"Notes are at https://notes.bank.example/2026/11\n")
	env := Envelope{MailFrom: m.from, Recipients: []string{m.to}, Now: time.Now()}
	ar := "Authentication-Results: mx.corp.example; dkim=fail header.d=bank.example\r\n"
	for _, tc := range []struct {
		name, head string
		want       bool
	}{
		{"direct mail", ar, true},
		{"list mail", ar + "List-Id: Notes <notes.lists.example>\r\n", false},
	} {
		r, err := e.Decide(context.Background(), []byte(tc.head+m.raw), env)
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, rs := range r.Verdict.Reasons {
			got = got || rs.Code == "auth_fail"
		}
		if got != tc.want {
			t.Errorf("%s: auth_fail %v, want %v", tc.name, got, tc.want)
		}
	}
}

func FuzzReadAuth(f *testing.F) {
	f.Add("mx.corp.example; dmarc=fail (p=reject) header.from=paypal.com", "paypal.com")
	f.Add("mx.corp.example 1; dkim=fail header.d=bank.example; dkim=pass header.i=@bank.example", "bank.example")
	f.Add(`mx.corp.example; spf=pass ("quoted (x)" \) ; =) smtp.mailfrom=a`, "a")
	f.Fuzz(func(t *testing.T, v, from string) {
		got := readAuth([]string{v}, []string{"mx.corp.example"}, from, false)
		if got.Fail != "" && got.Fail != "dmarc" && got.Fail != "dkim" {
			t.Fatalf("readAuth fail = %q", got.Fail)
		}
		if got.Pass && (got.Fail != "" || !got.Checked) {
			t.Fatalf("readAuth = %+v: a pass with a failure, or unchecked", got)
		}
		if readAuth([]string{v}, nil, from, false) != (authRead{}) {
			t.Fatal("a field was read with no trusted verifier")
		}
		if got.Fail == "dkim" && readAuth([]string{v}, []string{"mx.corp.example"}, from, true).Fail != "" {
			t.Fatal("a bare dkim failure counted on list mail")
		}
		list := readListAuth([]string{v}, []string{"mx.corp.example"}, "bounces@"+from, "dev@"+from)
		if from != "" && (list == listAuthNone && got.Checked || list != listAuthNone && !got.Checked) {
			t.Fatalf("readListAuth = %d, readAuth checked %v", list, got.Checked)
		}
		if readListAuth([]string{v}, nil, "bounces@"+from, "dev@"+from) != listAuthNone {
			t.Fatal("a list's envelope was read with no trusted verifier")
		}
		parts, comments := splitField(v)
		n := len(parts) - 1
		for i := range parts {
			n += len(parts[i]) + len(comments[i])
		}
		if len(parts) != len(comments) || n > len(v) {
			t.Fatalf("splitField(%q) = %q, %q: more text than it was given", v, parts, comments)
		}
	})
}

// TestReadAuthLongFromDomain: the From domain's registrable domain is
// found once per message, not once per result: 4,000 DMARC results and a
// From domain of 30 KB took 10 s.
func TestReadAuthLongFromDomain(t *testing.T) {
	v := "mx.corp.example" + strings.Repeat(";dmarc=fail header.from=x.example", 4000)
	from := strings.Repeat("\xbf", 30000)
	start := time.Now()
	if got := readAuth([]string{v}, []string{"mx.corp.example"}, from, false); got != (authRead{Checked: true}) {
		t.Errorf("readAuth = %+v, want checked, no failure of the From domain", got)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("readAuth of %d results and a %d-byte From domain took %v", 4000, len(from), d)
	}
}
