package links

import (
	"strings"
	"testing"
)

// TestFrames: a page a frame or an embedded object loads into the message
// (Apple Mail renders <iframe src>) is a link of its own kind, rewritten
// like an attribute's link: the frame then shows the lock page.
func TestFrames(t *testing.T) {
	for _, tag := range []string{
		`<iframe src="https://evil.example/owa" width="600"></iframe>`,
		`<IFRAME SRC=https://evil.example/owa>fallback</IFRAME>`,
		`<frameset><frame src="https://evil.example/owa"></frameset>`,
		`<embed src="https://evil.example/owa" type="text/html">`,
		`<object data="https://evil.example/owa" type="text/html"></object>`,
	} {
		t.Run(tag, func(t *testing.T) {
			msg := msgOf("text/html", "", "<html><body><p>Sign in</p>"+tag+"</body></html>")
			ls, _ := Extract(msg, Options{})
			if len(ls) != 1 || ls[0].URL != "https://evil.example/owa" || ls[0].Kind != KindFrame || !ls[0].Rewritable() {
				t.Fatalf("links %+v, want one rewritable frame link to evil.example", ls)
			}
			out, err := Rewrite(msg, map[Ref]string{ls[0].Ref(): "https://lock.example/l/1"}, Options{})
			after, _ := Extract(out, Options{})
			if err != nil || len(after) != 1 || after[0].URL != "https://lock.example/l/1" || after[0].Kind != KindFrame {
				t.Errorf("Rewrite = %v, %+v; want the lock URL in the frame", err, after)
			}
		})
	}
}

// TestSrcdoc: the document of an <iframe srcdoc>, entities decoded, is read
// as HTML, its text as the message's; its links are judged, never
// rewritten (they cannot be spliced into the attribute), and nesting is
// bounded.
func TestSrcdoc(t *testing.T) {
	inner := `<p>Your password expires</p><a href="https&#58;//evil.example/owa">Verify</a><form action="https://post.evil.example/"></form>`
	esc := strings.NewReplacer("&", "&amp;", `"`, "&quot;", "<", "&lt;", ">", "&gt;")
	msg := msgOf("text/html", "", `<html><body><a href="https://ok.example/">Home</a><iframe srcdoc="`+esc.Replace(inner)+`"></iframe><p>Thanks</p></body></html>`)
	ls, _ := Extract(msg, Options{})
	if len(ls) != 3 || ls[0].Host != "ok.example" || !ls[0].Rewritable() {
		t.Fatalf("links %+v, want ok.example then the srcdoc's two", ls)
	}
	for i, want := range []struct {
		host string
		kind Kind
	}{{"evil.example", KindHref}, {"post.evil.example", KindForm}} {
		l := ls[i+1]
		if l.Host != want.host || l.Kind != want.kind || l.Rewritable() || !l.Flags.Has(FlagEncodedMessage) {
			t.Errorf("link %d: %s %s rewritable %v flags %b; want %s %s, judged only", i+1, l.Host, l.Kind, l.Rewritable(), l.Flags, want.host, want.kind)
		}
	}
	if ls[1].Display != "Verify" || !strings.Contains(ls[1].Context, "password expires") {
		t.Errorf("display %q context %q", ls[1].Display, ls[1].Context)
	}
	out, err := Rewrite(msg, map[Ref]string{ls[0].Ref(): "https://lock.example/l/1"}, Options{})
	if after, _ := Extract(out, Options{}); err != nil || len(after) != 3 || after[0].URL != "https://lock.example/l/1" {
		t.Errorf("Rewrite of the outer link = %v, %+v", err, after)
	}

	// An anchor open around the frame is still rewritten.
	msg = msgOf("text/html", "", `<a href="https://out.evil.example/">www.out.evil.example <iframe srcdoc="<a href='https://in.example/'>www.in.example</a>"></iframe> here</a>`)
	ls, _ = Extract(msg, Options{})
	if len(ls) != 2 || ls[0].Host != "out.evil.example" || ls[1].Host != "in.example" {
		t.Fatalf("anchor around a frame: %+v", ls)
	}
	out, err = Rewrite(msg, map[Ref]string{ls[0].Ref(): "https://lock.example/l/2"}, Options{})
	if err != nil || !strings.Contains(string(out), `href="https://lock.example/l/2">www[.]out[.]evil[.]example <iframe`) {
		t.Errorf("Rewrite around a frame = %v, %s", err, out)
	}

	// An anchor around a frame goes on after it: the text it shows after
	// the frame is still its display (display_mismatch), not a link of
	// its own.
	msg = msgOf("text/html", "", `<a href="https://evil.example/x"><iframe srcdoc="Hi"></iframe>www.paypal.com</a>`)
	if ls, _ := Extract(msg, Options{}); len(ls) != 1 || ls[0].Host != "evil.example" || !ls[0].Flags.Has(FlagDisplayMismatch) {
		t.Errorf("text after a frame inside an anchor: %+v, want one evil.example link showing paypal", ls)
	}
	// A <base> inside the frame's document is the frame's, not the
	// message's: a relative link of the message still leads nowhere.
	msg = msgOf("text/html", "", `<iframe srcdoc="<base href='https://base.example/'>"></iframe><a href="/login">x</a>`)
	if ls, _ := Extract(msg, Options{}); len(ls) != 0 {
		t.Errorf("base inside a frame applied to the message: %+v", ls)
	}

	// Each level escapes the one inside; past the bound, nothing is read.
	doc := `<a href="https://deep.example/">x</a>`
	for range 6 {
		doc = `<iframe srcdoc="` + esc.Replace(doc) + `"></iframe>`
	}
	if ls, _ := Extract(msgOf("text/html", "", doc), Options{}); len(ls) != 0 {
		t.Errorf("six levels deep: %+v, want none", ls)
	}
	doc = `<a href="https://deep.example/">x</a>`
	for range 3 {
		doc = `<iframe srcdoc="` + esc.Replace(doc) + `"></iframe>`
	}
	if ls, _ := Extract(msgOf("text/html", "", doc), Options{}); len(ls) != 1 || ls[0].Host != "deep.example" {
		t.Errorf("three levels deep: %+v, want deep.example", ls)
	}
}
