package links

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/firstsight/firstsight/internal/lineartest"
)

// newsletterText is a newsletter's own words, more than imageOnlyWords.
const newsletterText = `<p>This week in the shop: our autumn collection is here, with new coats, boots and scarves for the colder days ahead. Members get free delivery on every order until Sunday.</p>`

// TestImageAlt: an image's alt text is read as visible text (Lead, the
// Context of links) where it stands in for the picture of an image-only
// part, and nowhere else: not beside a newsletter's own words, not for
// hidden pictures, tracking pixels, pictures without a source, nor for
// alt texts that are file names or placeholders.
func TestImageAlt(t *testing.T) {
	for _, tc := range []struct {
		name, body, lead string
		ctx              string // the first link's Context ("-": not checked)
	}{
		{"image-only callback lure, no link",
			`<img src="https://cdn.example/notice.png" alt="Your account is suspended - call 1-800-555-0100" width="600" height="400">`,
			"Your account is suspended - call 1-800-555-0100", "Your account is suspended - call 1-800-555-0100"},
		{"image-only link lure: the alt is the link's context, not its display",
			`<a href="https://evil.example/login"><img src="cid:banner@x" alt="Verify your account"></a>`,
			"Verify your account", "Verify your account"},
		{"entities decoded, spaces collapsed",
			"<img src=\"https://cdn.example/a.png\" alt=\"Pay&nbsp;the   invoice &amp;\n today\">",
			"Pay the invoice & today", "-"},
		{"data: image",
			`<img src="data:image/png;base64,iVBORw0KGgo=" alt="Call support at 1-888-555-0199">`,
			"Call support at 1-888-555-0199", "-"},
		{"at its place among a few words",
			`<p>Dear customer,</p><img src="https://cdn.example/x.png" alt="Your subscription renewed"><p>Thank you</p>`,
			"Dear customer, Your subscription renewed Thank you", "-"},
		{"a word right before the picture stays apart",
			`Hello<img src="https://cdn.example/x.png" alt="world">again`,
			"Hello world again", "-"},
		{"several pictures in order",
			`<img src="https://cdn.example/1.png" alt="Your mailbox is full"><br><img src="https://cdn.example/2.png" alt="Upgrade storage now">`,
			"Your mailbox is full Upgrade storage now", "-"},
		{"newsletter beside its own words: not read",
			newsletterText + `<a href="https://shop.example/signin"><img src="https://shop.example/i/b1.png" alt="Sign in"></a><a href="https://shop.example/app"><img src="https://shop.example/i/b2.png" alt="Download the app"></a>`,
			strings.TrimSpace(collapseTags(newsletterText)), "-"},
		{"hidden by display:none", `<img src="https://cdn.example/x.png" alt="Verify your account" style="display:none">`, "", "-"},
		{"hidden attribute", `<img hidden src="https://cdn.example/x.png" alt="Verify your account">`, "", "-"},
		{"inside a hidden element", `<div style="display:none"><img src="https://cdn.example/x.png" alt="Verify your account"></div>`, "", "-"},
		// display:contents on a picture is display:none in browsers; Word
		// draws it, so its alt text is read unless every client hides it.
		{"display:contents on a picture, Word draws it", `<img src="https://cdn.example/x.png" alt="Verify your account" style="display:contents">`, "Verify your account", "-"},
		{"display:contents with mso-hide, Gmail may draw it", `<img src="https://cdn.example/x.png" alt="Verify your account" style="display:contents;mso-hide:all">`, "Verify your account", "-"},
		{"display:contents, mso-hide and a zero height", `<img src="https://cdn.example/x.png" alt="Verify your account" style="display:contents;mso-hide:all;max-height:0;overflow:hidden">`, "", "-"},
		{"display:contents image button, mso-hide and a zero height", `<input type=image src="https://cdn.example/x.png" alt="Verify your account" style="display:contents;mso-hide:all;max-height:0;overflow:hidden">`, "", "-"},
		{"tracking pixel by attributes", `<img src="https://t.example/o.gif" width="1" height="1" alt="Verify your account">`, "", "-"},
		{"tracking pixel by style", `<img src="https://t.example/o.gif" style="width:1px;height:1px" alt="Verify your account">`, "", "-"},
		{"zero height", `<img src="https://t.example/o.gif" height="0" alt="open tracker">`, "", "-"},
		{"no source", `<img alt="Verify your account">`, "", "-"},
		{"empty source", `<img src=" " alt="Verify your account">`, "", "-"},
		{"empty alt", `<img src="https://cdn.example/x.png" alt="">`, "", "-"},
		{"file name", `<img src="https://cdn.example/x.png" alt="Banner_Final_v2.PNG">`, "", "-"},
		{"placeholders", `<img src="https://cdn.example/x.png" alt="logo"><img src="https://cdn.example/y.png" alt="Header image 2"><img src="https://cdn.example/z.png" alt="spacer">`, "", "-"},
		{"a brand's logo is words", `<img src="https://cdn.example/x.png" alt="Contoso logo">`, "Contoso logo", "-"},
		{"quoted text: the alt there is not the lead",
			`<div>See below.</div><div class="gmail_quote"><div>On Mon, Ann wrote:</div><blockquote><img src="https://cdn.example/x.png" alt="Verify your account"></blockquote></div>`,
			"See below.", "-"},
		{"image button", `<form action="https://pay.example/p"><input type="image" src="https://cdn.example/b.png" alt="Confirm your payment details"></form>`,
			"Confirm your payment details", "-"},
		{"image map region: the alt is the link's context, not its display",
			`<img src="cid:lure@x" usemap="#m" alt=""><map name="m"><area shape="rect" coords="0,0,600,400" href="https://evil.example/login" alt="Verify your account"></map>`,
			"Verify your account", "Verify your account"},
		{"image map region without a link", `<img src="cid:lure@x" usemap="#m" alt=""><map name="m"><area shape="rect" coords="0,0,9,9" nohref alt="Verify your account"></map>`, "", "-"},
		{"text field's alt", `<input type="text" src="https://cdn.example/b.png" alt="Verify your account">`, "", "-"},
		{"hidden image button", `<input type="image" src="https://cdn.example/b.png" alt="Verify your account" style="display:none">`, "", "-"},
		{"image button as a pixel", `<input type="image" src="https://cdn.example/b.png" width="1" height="1" alt="Verify your account">`, "", "-"},
		{"hidden image map region", `<div style="display:none"><map name="m"><area href="https://evil.example/login" alt="Verify your account"></map></div>`, "", "-"},
		{"image map beside a newsletter's words: not read",
			newsletterText + `<img src="https://shop.example/i/m.png" usemap="#m" alt=""><map name="m"><area href="https://shop.example/signin" alt="Sign in"></map>`,
			strings.TrimSpace(collapseTags(newsletterText)), "-"},
		{"a large picture is read", `<img src="https://cdn.example/x.png" width="600" style="max-width:100%;height:auto" alt="Unusual sign-in activity">`, "Unusual sign-in activity", "-"},
	} {
		x := extractLead(t, tc.name, tc.body, tc.lead, false, -1)
		if x == nil || tc.ctx == "-" {
			continue
		}
		if len(x.Links) == 0 {
			t.Errorf("%s: no links", tc.name)
			continue
		}
		for _, l := range x.Links {
			if l.Context != tc.ctx {
				t.Errorf("%s: %s Context = %q, want %q", tc.name, l.Raw, l.Context, tc.ctx)
			}
			if l.Display != "" {
				t.Errorf("%s: %s Display = %q, want none", tc.name, l.Raw, l.Display)
			}
		}
	}
}

// collapseTags is the text of simple markup without its tags.
func collapseTags(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '<':
			in = true
		case r == '>':
			in = false
		case !in:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// TestImageAltContextPlace: in an image-only part the words around each
// link are its own picture's alt text and its neighbours', the link's
// place moved past the alt texts spliced before it.
func TestImageAltContextPlace(t *testing.T) {
	body := `<a href="https://a.example/1"><img src="https://cdn.example/1.png" alt="Account suspended"></a>` +
		`<p>Help</p>` + `<a href="https://b.example/2"><img src="https://cdn.example/2.png" alt="Restore access"></a>`
	x, err := ExtractAll([]byte(htmlMsg(body)), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if x.Lead != "Account suspended Help Restore access" {
		t.Errorf("Lead = %q", x.Lead)
	}
	var n int
	for _, l := range x.Links {
		if l.Kind != KindHref {
			continue
		}
		n++
		if l.Context != "Account suspended Help Restore access" {
			t.Errorf("%s: Context %q", l.Raw, l.Context)
		}
	}
	if n != 2 {
		t.Errorf("%d anchors", n)
	}
}

func TestPlaceholderAlt(t *testing.T) {
	for _, tc := range []struct {
		alt  string
		want bool
	}{
		{"logo", true}, {"LOGO", true}, {"image001.png", true}, {"hero-banner.jpeg", true}, {"Header image 2", true},
		{"img_01", true}, {"- -", true}, {"x", true},
		{"Acme logo", false}, {"Verify your account", false}, {"Facebook", false}, {"Shop now", false},
		{"My holiday photo.png", false}, {"Call 1-800-555-0100", false}, {"Konto gesperrt", false},
	} {
		if got := placeholderAlt(tc.alt); got != tc.want {
			t.Errorf("placeholderAlt(%q) = %v", tc.alt, got)
		}
	}
}

func TestFewWords(t *testing.T) {
	for _, tc := range []struct {
		text string
		n    int
		want bool
	}{
		{"", 1, true}, {"a b c", 3, false}, {"a b c", 4, true}, {"- | - a", 2, true}, {"ü é", 2, false},
	} {
		if got := fewWords([]byte(tc.text), tc.n); got != tc.want {
			t.Errorf("fewWords(%q, %d) = %v", tc.text, tc.n, got)
		}
	}
}

// TestImageAltBounds: a part's alt texts are cut (maxAltBytes each,
// maxAltTotal in all), the lead stays valid UTF-8, and many pictures cost
// linear time.
func TestImageAltBounds(t *testing.T) {
	long := `<img src="https://cdn.example/x.png" alt="` + strings.Repeat("verify ü ", 400) + `">`
	x, _ := ExtractAll([]byte(htmlMsg(strings.Repeat(long, 20))), Options{})
	if len(x.Lead) > LeadBytes || !utf8.ValidString(x.Lead) || !strings.HasPrefix(x.Lead, "verify ü") {
		t.Errorf("Lead %q", x.Lead)
	}
	img := func(n int) []byte {
		return []byte(htmlMsg(strings.Repeat(`<a href="https://a.example/"><img src="https://cdn.example/x.png" alt="Pay the invoice now"></a>`, n)))
	}
	small, big := img(2000), img(8000)
	lineartest.Check(t, "many alt texts", func() { _, _ = ExtractAll(small, Options{}) }, func() { _, _ = ExtractAll(big, Options{}) })
	alts := func(n int) []byte {
		return []byte(htmlMsg(`<img src="https://cdn.example/x.png" alt="` + strings.Repeat("&amp;ab ", n) + `">`))
	}
	small, big = alts(50000), alts(200000)
	lineartest.Check(t, "one long alt text", func() { _, _ = ExtractAll(small, Options{}) }, func() { _, _ = ExtractAll(big, Options{}) })
}

// FuzzImageAlt: any HTML with pictures reads without panic; the lead
// stays within LeadBytes and valid UTF-8 where the document is, each
// link's Context within its window, and placeholderAlt and fewWords
// read any text.
func FuzzImageAlt(f *testing.F) {
	f.Add([]byte(`<a href="https://a.example/"><img src="cid:x" alt="Verify your account"></a>`))
	f.Add([]byte(`<p>Hi</p><img src=x alt="call 1-800-555-0100" width=1><img src="y" alt='logo.png' style="display:none"><img src=z alt=&amp;ab>`))
	f.Add([]byte(`<span style="display:none">pre</span><img src=a alt="x y"><div class="gmail_quote"><img src=b alt="quoted words"></div>`))
	f.Add([]byte(`<input type=image src=b alt="Pay now"><img src="cid:m" usemap=#m><map name=m><area href=https://c.example/ alt="Verify now"><area nohref alt=x></map><input type=IMAGE alt=y>`))
	f.Add([]byte(`<iframe srcdoc="<img src=a alt='framed words'>"></iframe><a href=https://b.example/>t</a><img src=c alt="ü">`))
	f.Fuzz(func(t *testing.T, doc []byte) {
		if len(doc) > 1<<16 {
			return
		}
		_ = placeholderAlt(string(doc))
		_ = fewWords(doc, imageOnlyWords)
		x, err := ExtractAll([]byte(htmlMsg(string(doc))), Options{})
		if err != nil {
			return
		}
		if len(x.Lead) > LeadBytes || utf8.Valid(doc) && !utf8.ValidString(x.Lead) {
			t.Fatalf("Lead %q", x.Lead)
		}
		for _, l := range x.Links {
			if len(l.Context) > 2*contextRadius+len(l.Raw)+8 && !l.Flags.Has(FlagEncodedMessage) && l.Kind == KindHref {
				t.Fatalf("%s: Context of %d bytes", l.Raw, len(l.Context))
			}
		}
	})
}
