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
// as HTML, its text as the message's; its links are rewritten where they
// are written in the attribute, references included, and nesting is
// bounded.
func TestSrcdoc(t *testing.T) {
	inner := `<p>Your password expires</p><a href="https&#58;//evil.example/owa">Verify</a><form action=https://post.evil.example/></form><p>or https://text.evil.example/x now</p>`
	esc := strings.NewReplacer("&", "&amp;", `"`, "&quot;", "<", "&lt;", ">", "&gt;")
	msg := msgOf("text/html", "", `<html><body><a href="https://ok.example/">Home</a><iframe srcdoc="`+esc.Replace(inner)+`"></iframe><p>Thanks</p></body></html>`)
	ls, _ := Extract(msg, Options{})
	if len(ls) != 4 || ls[0].Host != "ok.example" || !ls[0].Rewritable() {
		t.Fatalf("links %+v, want ok.example then the srcdoc's three", ls)
	}
	for i, want := range []struct {
		host string
		kind Kind
	}{{"evil.example", KindHref}, {"post.evil.example", KindForm}, {"text.evil.example", KindText}} {
		l := ls[i+1]
		if l.Host != want.host || l.Kind != want.kind || !l.Rewritable() || l.Flags.Has(FlagEncodedMessage) {
			t.Errorf("link %d: %s %s rewritable %v flags %b; want %s %s, rewritable", i+1, l.Host, l.Kind, l.Rewritable(), l.Flags, want.host, want.kind)
		}
	}
	if ls[1].Display != "Verify" || !strings.Contains(ls[1].Context, "password expires") {
		t.Errorf("display %q context %q", ls[1].Display, ls[1].Context)
	}
	repl := map[Ref]string{}
	for i, l := range ls {
		repl[l.Ref()] = "https://lock.example/l/" + string(rune('0'+i))
	}
	out, err := Rewrite(msg, repl, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := `<a href="https://lock.example/l/0">Home</a><iframe srcdoc="&lt;p&gt;Your password expires&lt;/p&gt;&lt;a href=&quot;https://lock.example/l/1&quot;&gt;Verify&lt;/a&gt;` +
		`&lt;form action=https://lock.example/l/2&gt;&lt;/form&gt;&lt;p&gt;or https://lock.example/l/3 [locked: text[.]evil[.]example] now&lt;/p&gt;"></iframe>`
	if !strings.Contains(string(out), want) {
		t.Errorf("Rewrite = %s\nwant it to hold %s", out, want)
	}
	after, _ := Extract(out, Options{})
	if len(after) != 4 || after[1].URL != "https://lock.example/l/1" || after[2].URL != "https://lock.example/l/2" || after[3].URL != "https://lock.example/l/3" {
		t.Errorf("links after the rewrite: %+v", after)
	}

	// An unquoted attribute would end at the marker's spaces: its links
	// are judged only.
	msg = msgOf("text/html", "", `<iframe srcdoc=&lt;a&#32;href=https://evil.example/x&gt;go&lt;/a&gt;></iframe>`)
	if ls, _ := Extract(msg, Options{}); len(ls) != 1 || ls[0].Host != "evil.example" || ls[0].Rewritable() || !ls[0].Flags.Has(FlagEncodedMessage) {
		t.Errorf("unquoted srcdoc: %+v, want evil.example judged only", ls)
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
	msg = msgOf("text/html", "", doc)
	ls, _ = Extract(msg, Options{})
	if len(ls) != 1 || ls[0].Host != "deep.example" || !ls[0].Rewritable() {
		t.Fatalf("three levels deep: %+v, want deep.example", ls)
	}
	out, err = Rewrite(msg, map[Ref]string{ls[0].Ref(): "https://lock.example/l/3"}, Options{})
	if after, _ := Extract(out, Options{}); err != nil || len(after) != 1 || after[0].URL != "https://lock.example/l/3" ||
		!strings.Contains(string(out), `href=&amp;amp;quot;https://lock.example/l/3&amp;amp;quot;`) {
		t.Errorf("Rewrite three levels deep = %v, %+v\n%s", err, after, out)
	}
}

// FuzzSrcdocRewrite: once every rewritable link of a message whose HTML
// holds a frame document is locked, every rewritable link it then has
// leads to the lock page: none of the frame's stays open, and the rewrite
// breaks neither the attribute nor the markup around it.
func FuzzSrcdocRewrite(f *testing.F) {
	f.Add(`<a href="https&#58;//evil.example/owa">Verify</a><p>or https://t.example/x now</p>`, true)
	f.Add(`<form action=https://post.example/></form><meta http-equiv=refresh content="0;url=https://r.example/">`, false)
	f.Add(`<iframe srcdoc="<a href='https://deep.example/'>x</a>"></iframe>`, true)
	esc := strings.NewReplacer("&", "&amp;", `"`, "&quot;", "<", "&lt;", ">", "&gt;")
	const lock = "https://lock.example/l/fuzz"
	f.Fuzz(func(t *testing.T, doc string, quoted bool) {
		v := esc.Replace(doc)
		if !quoted {
			v = strings.NewReplacer(" ", "&#32;", "'", "&#39;").Replace(v)
		}
		attr := `"` + v + `"`
		if !quoted {
			attr = v
		}
		msg := msgOf("text/html; charset=utf-8", "", `<p>Hi</p><iframe srcdoc=`+attr+`></iframe><a href="https://out.example/">out</a>`+"\r\n")
		out, n, err := lockEvery(msg, lock)
		if err != nil {
			t.Fatalf("Rewrite: %v", err)
		}
		if l, open := openLink(out, lock); open {
			t.Fatalf("after locking all %d links of %q, %s link %q (%s) is open:\n%s", n, doc, l.Kind, l.Raw, l.URL, out)
		}
	})
}

// lockEvery locks every rewritable link of msg with the lock URL lock
// and returns the rewritten message, how many links it locked and
// Rewrite's error.
func lockEvery(msg []byte, lock string) ([]byte, int, error) {
	ls, _ := Extract(msg, Options{})
	repl := map[Ref]string{}
	for _, l := range ls {
		if l.Rewritable() {
			repl[l.Ref()] = lock
		}
	}
	out, err := Rewrite(msg, repl, Options{})
	return out, len(repl), err
}

// openLink returns a rewritable link of msg that does not lead to lock.
func openLink(msg []byte, lock string) (Link, bool) {
	ls, _ := Extract(msg, Options{})
	for _, l := range ls {
		if l.Rewritable() && l.URL != lock && !strings.HasPrefix(l.Raw, lock) {
			return l, true
		}
	}
	return Link{}, false
}
