package scoring

import (
	"strings"
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
)

func TestProseOnly(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Please sign in to your account", "Please sign in to your account"},
		{"Agenda: https://events.example/login/agenda see you there", "Agenda: see you there"},
		{"WWW.Login-Check.example is our partner", "is our partner"},
		{"(http://a.example/verify) and <https://b.example/x>", "and"},
		{"Verify your account at https://x.example now", "Verify your account at now"},
		{"mail me at login@corp.example", "mail me at login@corp.example"},
		{"", ""},
		{"> see https://lock.corp.example/l/AbC [locked: login-check[.]example] today", "> see today"},
		{"> old link [locked] below", "> old link below"},
		{"at https://lock.corp.example/l/x [locked: evil[.]example]. Thanks", "at Thanks"},
		{"Your account is locked, sign in", "Your account is locked, sign in"},
		{"Account [locked] [locked: x[.]example]", "Account"},
		{"Your [locked: password] expires", "Your password] expires"},
		// Only the note's one host token goes: "[locked:" hides no words.
		{"[locked: verify your password now", "verify your password now"},
	} {
		if got := proseOnly(tc.in); got != tc.want {
			t.Errorf("proseOnly(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestProseOnlyNoAllocWithoutURL(t *testing.T) {
	s := "Please sign in to your account before Friday"
	if n := testing.AllocsPerRun(100, func() { proseOnly(s) }); n != 0 {
		t.Errorf("%v allocations for text without a URL", n)
	}
}

// The words of a URL are not the text asking for anything: a link whose
// path says "login" gets login_path (the URL's own signal) but no
// intent_credentials, and neither does a neighbouring link whose context
// holds that URL. Prose around the link still counts.
func TestIntentIgnoresURLWords(t *testing.T) {
	p := testPolicy()
	for _, tc := range []struct {
		name, ctx string
		want      bool
	}{
		{"login in the URL only", "Agenda for Tuesday: https://events.example/login/agenda", false},
		{"a neighbour's URL", "our partner https://partner.example and https://events.example/login/agenda", false},
		{"our note in a quoted reply", "> Agenda: https://lock.corp.example/l/AbC [locked: agenda[.]example] see you", false},
		{"asked in words", "Please sign in to confirm your account: https://events.example/agenda", true},
	} {
		in := newInput()
		in.Links[0].Context = tc.ctx
		in.Links[0].Kind = links.KindText
		v := Score(p, in)
		if got := hasReason(allReasons(v), CodeIntentCredentials); got != tc.want {
			t.Errorf("%s: intent_credentials %v, want %v (%v)", tc.name, got, tc.want, allReasons(v))
		}
	}
}

// FuzzProseOnly: the result holds no URL token, and taking URLs out again
// changes nothing.
func FuzzProseOnly(f *testing.F) {
	for _, s := range []string{"Sign in at https://x.example/login now", "www.a.example and WWW.B.example", "no url here", "a://b", "x [locked: a[.]b] [locked] y", "[locked: [locked: z]"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p := proseOnly(s)
		if strings.Contains(p, "://") {
			t.Fatalf("proseOnly(%q) = %q still holds a URL", s, p)
		}
		if again := proseOnly(p); again != p {
			t.Fatalf("proseOnly not idempotent: %q then %q", p, again)
		}
	})
}

// TestUnmasked: disguised words read as the reader reads them; other
// scripts' own words, accents and plain text stay as they are.
func TestUnmasked(t *testing.T) {
	d := data()
	for _, tc := range []struct{ in, want string }{
		{"plain ascii text", "plain ascii text"},
		{"your p\u0430ssw\u043erd", "your password"},                                     // Cyrillic а, о
		{"PASSW\u041eRD now", "PASSWoRD now"},                                            // capital Cyrillic О
		{"pass\u200bword and si\u00adgn in", "password and sign in"},                     // ZWSP, soft hyphen
		{"\uff50\uff41\uff53\uff53\uff57\uff4f\uff52\uff44", "password"},                 // full-width
		{"\U0001d429\U0001d41a\U0001d42c\U0001d42c", "pass"},                             // mathematical bold
		{"\u043f\u0430\u0440\u043e\u043b\u044c", "\u043f\u0430\u0440\u043e\u043b\u044c"}, // Russian word stays
		{"caf\u00e9 cr\u00e8me", "caf\u00e9 cr\u00e8me"},                                 // accents stay
		{"\u200b", "\u200b"},
	} {
		if got := d.unmasked(tc.in); got != tc.want {
			t.Errorf("unmasked(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
