package links

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"github.com/firstsight/firstsight/internal/lineartest"
)

func htmlMsg(body string) string {
	return "Content-Type: text/html; charset=utf-8\r\n\r\n" + body
}

// extractLead extracts the HTML part body and reports, under name, a
// Lead other than lead (one not holding lead, where within) and a
// HiddenSplits other than splits (-1: not checked); nil when the
// extraction failed.
func extractLead(t *testing.T, name, body, lead string, within bool, splits int) *Extracted {
	t.Helper()
	x, err := ExtractAll([]byte(htmlMsg(body)), Options{})
	if err != nil {
		t.Errorf("%s: %v", name, err)
		return nil
	}
	if within && !strings.Contains(x.Lead, lead) || !within && x.Lead != lead {
		t.Errorf("%s: Lead = %q, want %q", name, x.Lead, lead)
	}
	if splits >= 0 && x.HiddenSplits != splits {
		t.Errorf("%s: HiddenSplits = %d, want %d", name, x.HiddenSplits, splits)
	}
	return &x
}

// TestHiddenText: the visible text (Lead, Display, Context) leaves out
// what each hiding method hides, keeps what legitimate mail shows, and
// HiddenSplits counts hidden text inside a word only.
func TestHiddenText(t *testing.T) {
	for _, tc := range []struct {
		name, body, lead string
		splits           int
	}{
		// Salting: caught.
		{"display none span", `<p>Verify your Pass<span style="display:none">xq</span>word today</p>`, "Verify your Password today", 1},
		{"display none with spaces and important", `<p>Pass<span style="DISPLAY : none !important">zz</span>word</p>`, "Password", 1},
		{"font-size zero", `<p>Pass<span style="font-size:0">qq</span>word</p>`, "Password", 1},
		{"font-size 0px in font shorthand", `<p>Pass<span style="font:0px/0 Arial">qq</span>word</p>`, "Password", 1},
		{"font-size one pixel", `<p>Pass<font style="font-size:1px">qq</font>word</p>`, "Password", 1},
		{"color transparent", `<p>Pass<span style="color:transparent">qq</span>word</p>`, "Password", 1},
		{"rgba alpha zero", `<p>Pass<span style="color:rgba(0,0,0,0)">qq</span>word</p>`, "Password", 1},
		{"white on white", `<div style="background-color:#FFF"><p>Pass<span style="color:#ffffff">qq</span>word</p></div>`, "Password", 1},
		{"font color on bgcolor", `<table bgcolor="white"><tr><td>Pass<font color="#fff">qq</font>word</td></tr></table>`, "Password", 1},
		{"hidden attribute", `<p>Pass<span hidden>qq</span>word</p>`, "Password", 1},
		{"class rule", `<style>.x9{display:none}</style><p>Pass<span class="a x9">qq</span>word</p>`, "Password", 1},
		{"id rule", `<style>/* c */ span#k { font-size: 0 }</style><p>Pass<span id="k">qq</span>word</p>`, "Password", 1},
		{"hidden div inside a word", `<p>Pass<div style="display:none">qq</div>word</p>`, "Password", 1},
		{"nested hidden", `<p>Pass<span style="display:none"><b>q</b><i>q</i></span>word</p>`, "Password", 1},
		{"several splits", `<p>Pa<span style="display:none">x</span>ss<span style="display:none">y</span>word</p>`, "Password", 2},
		{"phone number split", `<p>Call 1-8<span style="display:none">9</span>00-555-0199</p>`, "Call 1-800-555-0199", 1},
		{"comment inside a word", `<p>Pass<!-- qq -->word</p>`, "Password", 0},
		{"hidden text between words", `<p>Your <span style="display:none">zzz</span>account</p>`, "Your account", 0},
		// Legitimate: visible text intact, nothing counted; hidden text
		// before the first visible word is the inbox's preview, kept.
		{"preheader", `<body><div style="display:none;max-height:0;overflow:hidden;mso-hide:all">Your March statement is ready &zwnj;&nbsp;&zwnj;&nbsp;</div><table><tr><td>Hello Ann</td></tr></table></body>`, "Your March statement is ready \u200c \u200c Hello Ann", 0},
		{"preheader by class", `<style>.preheader { display: none !important; }</style><span class="preheader">Big sale inside</span><p>Hello Ann</p>`, "Big sale inside Hello Ann", 0},
		{"hidden padding after the first words", `<p>Hello Ann</p><div style="display:none">Welcome! Click here to activate your account</div><p>Your parcel waits</p>`, "Hello Ann Your parcel waits", 0},
		{"preview kept to its bound", `<div style="display:none">` + strings.Repeat("pad ", 100) + `</div><p>Hi</p><span style="display:none">zz</span>`, strings.Repeat("pad ", 50) + "Hi", 0},
		// A mobile block a @media rule shows: a phone's reader sees it.
		{"mobile block read", `<style>.mob{display:none}@media only screen and (max-width:480px){.mob{display:block!important}.desk{display:none!important}}</style><div class="desk">Read online</div><div class="mob">Read on phone</div>`, "Read online Read on phone", 0},
		// Hiding some common clients do not draw: read (opacity and
		// overflow are not drawn by Outlook for Windows, visibility by
		// Gmail and Outlook for Windows; width and height do not size an
		// inline span).
		{"opacity zero read", `<p>Pass<span style="opacity:0">qq</span>word</p>`, "Passqqword", 0},
		{"visibility hidden read", `<p>Pass<span style="visibility:hidden">qq</span>word</p>`, "Passqqword", 0},
		// Gmail and Apple Mail hide it, so it splits their readers' word (TestHiddenBox).
		{"zero width with overflow hidden read", `<p>Pass<span style="width:0;overflow:hidden;display:inline-block">qq</span>word</p>`, "Passqqword", 1},
		{"tag-qualified rule on its tag", `<style>span.h{display:none}</style><p>Pass<span class="h">qq</span>word</p>`, "Password", 1},
		{"preheader by class, desktop rule", `<style>.preheader{display:none!important;color:#fff} @media (max-width:600px){.body{font-size:16px!important}}</style><span class="preheader">Sale inside</span><p class="body">Hello Ann</p><p>Pass<span class="preheader">qq</span>word</p>`, "Sale inside Hello Ann Password", 1},
		{"media rule alone hides nothing", `<style>@media (max-width:600px){.desk{display:none}}</style><div class="desk">Read online</div>`, "Read online", 0},
		{"descendant selector not read", `<style>.wrap .x{display:none}</style><p>Pass<span class="x">word</span></p>`, "Password", 0},
		{"tracking pixel", `<p>Hello Ann</p><img src="https://t.example/o.gif" width="1" height="1" style="display:none">`, "Hello Ann", 0},
		{"font-size zero container reset by its columns", `<div style="font-size:0"><div style="display:inline-block;font-size:14px">Left column</div><div style="display:inline-block;font-size:14px">Right</div></div>`, "Left column Right", 0},
		{"visibility undone", `<div style="visibility:hidden"><span style="visibility:visible">Shown</span></div>`, "Shown", 0},
		{"white on a dark cell", `<table bgcolor="#ffffff"><tr><td bgcolor="#003366"><span style="color:#ffffff">Sign in</span></td></tr></table>`, "Sign in", 0},
		{"white on a background image", `<table bgcolor="#ffffff"><tr><td background="hero.jpg" style="color:#fff">Spring sale</td></tr></table>`, "Spring sale", 0},
		{"white text, no background declared", `<p style="color:#ffffff">Dark mode text</p>`, "Dark mode text", 0},
		{"unclosed p closed by div", `<p>Hi</p><p style="display:none">gone<div>Visible text</div>`, "Hi Visible text", 0},
		{"unclosed span ends with its parent", `<div>Hi<span style="display:none">gone</div><p>Visible text</p>`, "Hi Visible text", 0},
		{"td hidden, next cell shown", `<p>Hi</p><table><tr><td style="display:none">gone<td>Shown</table>`, "Hi Shown", 0},
		{"hidden element in quoted reply is its own", `<div>Thanks</div><blockquote type="cite"><span style="display:none">x</span>y</blockquote>`, "Thanks", 0},
	} {
		x, err := ExtractAll([]byte(htmlMsg(tc.body)), Options{})
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if x.Lead != tc.lead {
			t.Errorf("%s: Lead = %q, want %q", tc.name, x.Lead, tc.lead)
		}
		if x.HiddenSplits != tc.splits {
			t.Errorf("%s: HiddenSplits = %d, want %d", tc.name, x.HiddenSplits, tc.splits)
		}
	}
}

// TestHiddenDisplayAndContext: a link's display and context are the
// visible text too.
func TestHiddenDisplayAndContext(t *testing.T) {
	body := `<p>Your mail<span style="font-size:0">zq</span>box is full. Call 1-888-5<span style="display:none">7</span>55-0100 or <a href="https://x.example/login">Up<span style="display:none">qq</span>grade now</a></p>`
	x, err := ExtractAll([]byte(htmlMsg(body)), Options{})
	if err != nil || len(x.Links) != 1 {
		t.Fatalf("links %v, err %v", x.Links, err)
	}
	l := x.Links[0]
	if l.Display != "Upgrade now" {
		t.Errorf("Display = %q", l.Display)
	}
	if want := "Your mailbox is full. Call 1-888-555-0100 or Upgrade now"; l.Context != want {
		t.Errorf("Context = %q, want %q", l.Context, want)
	}
	if x.HiddenSplits != 3 {
		t.Errorf("HiddenSplits = %d, want 3", x.HiddenSplits)
	}
}

// TestHiddenLinksStillRead: a link inside a hidden element is still found.
func TestHiddenLinksStillRead(t *testing.T) {
	x, _ := ExtractAll([]byte(htmlMsg(`<div style="display:none"><a href="https://h.example/">x</a> https://t.example/y</div><p>Hi</p>`)), Options{})
	if len(x.Links) != 2 {
		t.Errorf("links = %d, want 2", len(x.Links))
	}
}

func TestCSSColor(t *testing.T) {
	for in, want := range map[string]string{
		"#fff": "#ffffff", "#FFFFFF": "", "#ffffff": "#ffffff", "white": "#ffffff", "rgb(255, 255, 255)": "#ffffff",
		"rgba(1,2,3,0)": "transparent", "#0000": "transparent", "#11223300": "transparent", "#zzz": "", "rgb(300,0,0)": "", "papayawhip": "",
	} {
		if got := cssColor(in); got != want { // callers lower-case first
			t.Errorf("cssColor(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestHiddenLinear: deep nesting, many unclosed elements, end tags of
// nothing and many style rules are read in linear time.
func TestHiddenLinear(t *testing.T) {
	for _, gen := range []struct {
		what string
		f    func(n int) []byte
	}{
		{"unclosed spans then stray end tags", func(n int) []byte {
			return []byte(htmlMsg(strings.Repeat(`<span style="display:none">a`, 300) + strings.Repeat("</b>x", n)))
		}},
		{"nested divs", func(n int) []byte {
			return []byte(htmlMsg(strings.Repeat(`<div class="h"><p>a`, n)))
		}},
		{"style rules", func(n int) []byte {
			return []byte(htmlMsg("<style>" + strings.Repeat(".a,.b{display:none;color:#fff} @media x{.c{font-size:0}} ", n) + "</style><p class=a>x</p>"))
		}},
		{"nested at-rules and show rules", func(n int) []byte {
			return []byte(htmlMsg("<style>" + strings.Repeat("@media a{@media b{@media c{.q,body .r,[hidden]{display:block!important;color:#000}}}} ", n) + "</style>" + strings.Repeat(`<div class="q r s" id="t" style="display:none;font-size:0">a</div>`, n)))
		}},
		{"deep at-rules", func(n int) []byte {
			return []byte(htmlMsg("<style>" + strings.Repeat("@media a{", n) + ".x{display:block}" + strings.Repeat("}", n) + "</style><p class=x>x</p>"))
		}},
		{"box hiding in and around words", func(n int) []byte {
			return []byte(htmlMsg("<style>.s{position:absolute;clip:rect(0 0 0 0)} .m{mso-hide:all}</style>" + strings.Repeat(`a<span class="s">b<i class="m">c</i></span>d<span style="transform:translate(translate(translatex(-1px)`+strings.Repeat("translate", 50)+`);margin:0 0 0 -9999px;position:relative;max-height:0;overflow:hidden;display:inline-block">e</span>f `, n)))
		}},
		{"unclosed style blocks", func(n int) []byte {
			return []byte(htmlMsg(strings.Repeat("<style>.a{", n)))
		}},
	} {
		small, big := gen.f(5000), gen.f(20000)
		lineartest.Check(t, gen.what, func() { _, _ = ExtractAll(small, Options{}) }, func() { _, _ = ExtractAll(big, Options{}) })
	}
}

// FuzzHiddenText: any HTML reads without panic; the visible text with
// hidden elements left out is never longer than the text read as it
// was before (every text token shown), rules stay within maxHideRules,
// a style's colours normalise to #rrggbb, "transparent" or "", and a box
// property's value reads the same uncopied (boxValue), and a length
// (calc() too) reads as a finite number of pixels or none.
func FuzzHiddenText(f *testing.F) {
	f.Add([]byte(`<style>.h{display:none} #i{font-size:0} @media x{.m{display:block}}</style><p>Pass<span class="h">x</span>word <font color=#fff>q</font></p>`))
	f.Add([]byte(`<table bgcolor="white"><tr><td style="color:rgba(255,255,255,1)">a<td hidden>b</table><p style="opacity:0">c<div>d`))
	f.Add([]byte(`<style>/* x */ span.k , .j { background: #fff url(a.png); color: #FFF }</style><style>.a{`))
	f.Add([]byte(`<p>Pa<span style="font-size:calc(2px - (5px * 2))">x</span>ss<i style="display:contents;max-height:0;overflow:hidden">y</i><b style="display:inline-block;text-indent:calc(-100em / 1)">z</b>w<u style="margin-left:-9999px;padding:calc(0px)">q</u>ord</p>`))
	f.Add([]byte(`calc( ( 2 * -500px ) / 0.5 - (1e3px) + calc(1px*3)`))
	f.Add([]byte(`<p>Pa<span style="font-size:calc(9px-9px)">x</span>ss<b style="height:calc(5px +-5px);overflow:hidden">y</b>word</p>`))
	f.Add([]byte(`<style>.c{display:contents;mso-hide:all} .t{text-indent:-9999px}</style><div class="c t" style="height:calc(((((((((1px))))))))">a</div>`))
	f.Add([]byte(`<style>.sr{position:absolute;clip:rect(0,0,0,0)} *{margin:0}</style><p>Pa<span class=sr>x</span>ss<span style="mso-hide:all;max-height:0;overflow:hidden;display:inline-block">y</span>w<i style="transform:translate3d(0,-99em,0);clip-path:inset(50%)">z</i>ord</p>`))
	f.Add([]byte(`<div style="text-indent:-1e4px">Hi<br>Pa<span style="display:inline-block">x</span>ss<section style="text-indent:-9999px;font:700 calc(1px - 1px)/1 a">y</section>w<img style="display:contents" alt=z src=a>ord<span style="font:0">q</span></div>`))
	f.Fuzz(func(t *testing.T, doc []byte) {
		if len(doc) > 1<<16 {
			return
		}
		r := readHideRules(doc)
		if r != nil && len(r.classes)+len(r.ids) > maxHideRules {
			t.Fatalf("%d rules kept", len(r.classes)+len(r.ids))
		}
		var d hideDecl
		parseStyle(doc, &d)
		for _, c := range []string{d.color, d.bg, cssColor(string(doc))} {
			if c != "" && c != "transparent" && (len(c) != 7 || c[0] != '#' || !isHex(c[1:])) {
				t.Fatalf("colour %q", c)
			}
		}
		if px, ok := cssPx(string(lowerBytes(doc))); ok && (math.IsNaN(px) || math.IsInf(px, 0)) {
			t.Fatalf("length %v", px)
		}
		if v := lowerBytes(bytes.TrimSpace(doc)); len(v) < 256 {
			for _, p := range styleProps {
				var a, b boxDecl
				if a.declare(p, boxValue(p, v)) != b.declare(p, string(v)) || a != b {
					t.Fatalf("%s: %q read as %+v, uncopied as %+v", p, v, b, a)
				}
			}
		}
		x, err := ExtractAll([]byte(htmlMsg(string(doc))), Options{})
		if err == nil && x.HiddenSplits < 0 {
			t.Fatalf("HiddenSplits %d", x.HiddenSplits)
		}
	})
}

// TestConditionalCommentText: an Outlook conditional comment's condition
// ("[if mso]>") is not visible text; its content is read as before.
func TestConditionalCommentText(t *testing.T) {
	x, err := ExtractAll([]byte(htmlMsg(`<p>Hello</p><!--[if mso]><v:roundrect href="https://x.example/a"><center>READ MORE</center></v:roundrect><![endif]--><!--[if (mso)|(IE)]></td><![endif]--><p>Bye</p>`)), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if x.Lead != "Hello READ MORE Bye" {
		t.Errorf("Lead = %q", x.Lead)
	}
	if len(x.Links) != 1 || x.Links[0].Raw != "https://x.example/a" {
		t.Errorf("links %v", x.Links)
	}
}

// TestDisplayHostInvisible: a host shown with invisible characters (or
// hidden markup) inside it reads as the host the reader sees.
func TestDisplayHostInvisible(t *testing.T) {
	for _, body := range []string{
		`<a href="https://evil.example/x">www.pay&#8203;pal.com</a>`,
		`<a href="https://evil.example/x">www.pay&shy;pal.com</a>`,
		`<a href="https://evil.example/x">www.pay<span style="display:none">zz</span>pal.com</a>`,
	} {
		x, _ := ExtractAll([]byte(htmlMsg(body)), Options{})
		if len(x.Links) != 1 || x.Links[0].DisplayHost != "www.paypal.com" || !x.Links[0].Flags.Has(FlagDisplayMismatch) {
			t.Errorf("%s: %+v", body, x.Links)
		}
	}
}
