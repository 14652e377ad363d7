package filter

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFromMalformed(t *testing.T) {
	for _, tc := range []struct {
		name   string
		values []string
		want   bool
	}{
		{"plain address", []string{"alice@example.com"}, false},
		{"name and address", []string{`"Doe, Alice" <alice@example.com>`}, false},
		{"unquoted name", []string{"Alice Doe <alice@example.com>"}, false},
		{"comment", []string{"alice@example.com (Alice Doe)"}, false},
		{"comment with a comma", []string{"Alice <alice@example.com> (a, b)"}, false},
		{"encoded name", []string{"=?UTF-8?B?QWxpY2U=?= <alice@example.com>"}, false},
		{"double dot in the local part (old software)", []string{"john..smith@corp.example"}, false},
		{"trailing dot of a fully qualified domain", []string{"alice@example.com."}, false},
		{"no From field", nil, true},
		{"two From fields", []string{"a@example.com", "b@example.com"}, true},
		{"two authors", []string{"a@example.com, b@example.org"}, true},
		{"unquoted comma in the name", []string{"Viagra|Cialis-0,36$ <shop@example.com>"}, true},
		{"quoted name then a comma", []string{`"Vinaigre@Slim.de", <service@stayfriends.example>`}, true},
		{"name only", []string{"NOEMIE Dating"}, true},
		{"empty address", []string{"=?UTF-8?B?RGVCYW5r?= <>"}, true},
		{"nested empty address", []string{`"Jacob" <<>>`}, true},
		{"no domain", []string{"root"}, true},
		{"undotted domain", []string{"pep <performance.>"}, true},
		{"group", []string{"undisclosed-recipients:;"}, true},
		{"unclosed angle", []string{"Alice <alice@example.com"}, true},
	} {
		if got := fromMalformed(tc.values); got != tc.want {
			t.Errorf("%s: fromMalformed(%q) = %v, want %v", tc.name, tc.values, got, tc.want)
		}
	}
}

func FuzzFromMalformed(f *testing.F) {
	f.Add(`"Doe, Alice" <alice@example.com> (x, y)`)
	f.Add(`a@b.example, "c\"d" <e@f.example>`)
	f.Add(`=?UTF-8?B?RGVCYW5r?= <>`)
	f.Fuzz(func(t *testing.T, v string) {
		m := fromMalformed([]string{v})
		if a := lenientFromAddr(v); a != "" && !strings.Contains(a, "@") {
			t.Fatalf("lenientFromAddr(%q) = %q, not an address", v, a)
		}
		for _, e := range fromEntries(v) {
			if e == "" {
				t.Fatalf("empty entry from %q", v)
			}
		}
		if !m && len(fromEntries(v)) != 1 {
			t.Fatalf("%q: well-formed with %d entries", v, len(fromEntries(v)))
		}
	})
}

// readMessage flags the From field as read from the header block.
func TestReadMessageFromMalformed(t *testing.T) {
	for _, tc := range []struct {
		name, header string
		want         bool
	}{
		{"one author", "From: Alice <alice@example.com>\r\n", false},
		{"two authors", "From: alice@example.com, eve@example.org\r\n", true},
		{"no From", "Subject: hi\r\n", true},
	} {
		m := readMessage([]byte(tc.header+"\r\nbody\r\n"), Envelope{MailFrom: "alice@example.com"})
		if m.FromMalformed != tc.want {
			t.Errorf("%s: FromMalformed = %v, want %v", tc.name, m.FromMalformed, tc.want)
		}
	}
}

func TestLenientFromAddr(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`"Support", <Help@Wallet-Help.example>`, "help@wallet-help.example"},
		{`Brand, x <a@b.example>`, "a@b.example"},
		{`john..smith@corp.example`, "john..smith@corp.example"},
		{`"Doe, Jane" <jane@x.example>, eve@y.example`, "jane@x.example"},
		{`NOEMIE Dating`, ""},
		{`=?UTF-8?B?RGVCYW5r?= <>`, ""},
	} {
		if got := lenientFromAddr(tc.in); got != tc.want {
			t.Errorf("lenientFromAddr(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestListRewrittenFrom(t *testing.T) {
	for _, tc := range []struct {
		name, display, addr string
		author              string
		want                bool
	}{
		{"Mailman", "Jane Roe via Radio-users", "radio-users@lists.sdr.example", "Jane Roe", true},
		{"Google Groups", "'Jane Roe' via Radio Users", "radio-users@googlegroups.example", "Jane Roe", true},
		{"any letter case", "Jane Roe VIA radio-USERS", "Radio-Users@lists.sdr.example", "Jane Roe", true},
		{"an author without a name", "ann@partner.example via Radio-users", "radio-users@lists.sdr.example", "ann@partner.example", true},
		{"a service of another name", "help@care-wallet.example via SurveyMonkey", "member@surveymonkeyuser.example", "", false},
		{"no via", "Radio-users", "radio-users@lists.sdr.example", "", false},
		{"via inside a word", "Olivia Radio-users", "radio-users@lists.sdr.example", "", false},
		{"nothing after via", "Jane via ", "jane@x.example", "", false},
		{"no address", "Jane via List", "", "", false},
		{"no local part", "Jane via List", "@list.example", "", false},
	} {
		author, ok := listRewrittenFrom(tc.display, tc.addr)
		if ok != tc.want || author != tc.author {
			t.Errorf("%s: listRewrittenFrom(%q, %q) = %q, %v, want %q, %v", tc.name, tc.display, tc.addr, author, ok, tc.author, tc.want)
		}
	}
}

func FuzzListRewrittenFrom(f *testing.F) {
	f.Add("Jane via Radio-users", "radio-users@lists.example")
	f.Add("x VIA ", "@")
	f.Fuzz(func(t *testing.T, name, addr string) {
		author, ok := listRewrittenFrom(name, addr)
		if ok && (lastVia(name) < 0 || !strings.Contains(addr, "@") || len(author) > lastVia(name)) {
			t.Fatalf("listRewrittenFrom(%q, %q) = %q without \" via \", an address, or an author before it", name, addr, author)
		}
		if !ok && author != "" {
			t.Fatalf("listRewrittenFrom(%q, %q) gave author %q for no list", name, addr, author)
		}
	})
}

// TestReadMessageQuotedWords: encoded words inside a quoted display name
// are decoded, as mail programs show them; names without them, plain
// encoded words and words that do not decode are read as before.
func TestReadMessageQuotedWords(t *testing.T) {
	for _, tc := range []struct{ from, want string }{
		{`"=?utf-8?b?UGF5UGFs?=" <service@pp-notice.example>`, "PayPal"},
		{`"=?UTF-8?Q?Brightwater_Payroll?=" <payroll@pay.example>`, "Brightwater Payroll"},
		{`"=?iso-8859-1?q?Jos=E9_Garc=EDa?=" <jose@x.example>`, "José García"},
		{`"=?utf-8?b?UGF5UGFs?= Support" <service@pp-notice.example>`, "PayPal Support"},
		{`=?utf-8?b?UGF5UGFs?= <service@pp-notice.example>`, "PayPal"},
		{`"Alice Doe" <alice@x.example>`, "Alice Doe"},
		{`"a =? b ?= c" <alice@x.example>`, "a =? b ?= c"},
		{`"=?x-unknown?b?UGF5UGFs?=" <alice@x.example>`, "=?x-unknown?b?UGF5UGFs?="},
	} {
		m := readMessage([]byte("From: "+tc.from+"\r\n\r\nbody\r\n"), Envelope{})
		if m.FromName != tc.want {
			t.Errorf("%s: name %q, want %q", tc.from, m.FromName, tc.want)
		}
	}
}

// FuzzQuotedWords: any display name is read without a panic; a name
// without "=?" is kept as it is, and a decoded one is valid UTF-8 when the
// name was.
func FuzzQuotedWords(f *testing.F) {
	for _, s := range []string{"=?utf-8?b?UGF5UGFs?=", "=?UTF-8?Q?a_b?= c", "Alice", "=?x?q?=?=", "=?utf-8?b?8J2Q?="} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		got := quotedWords(name)
		if !strings.Contains(name, "=?") && got != name {
			t.Fatalf("%q changed to %q", name, got)
		}
		if utf8.ValidString(name) && !utf8.ValidString(got) && got != name {
			t.Fatalf("%q decoded to invalid UTF-8 %q", name, got)
		}
	})
}
