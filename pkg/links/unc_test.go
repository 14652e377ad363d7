package links

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// TestSharePaths: a Windows share path (\\host\share) in text, in an HTML
// part's text and in an href, which Outlook opens as a share, is a link to
// file://host/share, opened as a share (FlagAppScheme), its host judged as
// any link's; drive paths, escaped strings, escape sequences and regular
// expressions are not.
func TestSharePaths(t *testing.T) {
	const text, html = "Content-Type: text/plain\r\n\r\n", "Content-Type: text/html\r\n\r\n"
	for _, tc := range []struct {
		name, msg string
		want      []string
	}{
		{"IP address in text", text + `Open \\203.0.113.5\docs\invoice.pdf today.`, []string{"file://203.0.113.5/docs/invoice.pdf"}},
		{"name in brackets", text + `(see \\files.evil.example\share\Q3.xlsx).`, []string{"file://files.evil.example/share/Q3.xlsx"}},
		{"WebDAV over TLS", text + `\\evil.example@SSL\DavWWWRoot\invoice.lnk`, []string{"file://evil.example/DavWWWRoot/invoice.lnk"}},
		{"file: before a share", text + `at file:\\evil.example\docs\x.pdf`, []string{"file://evil.example/docs/x.pdf"}},
		{"single-label server", text + "Files are on \\\\fs01\\public\\team now.", []string{"file://fs01/public/team"}},
		{"HTML text", html + `<p>Open \\files.evil.example\s\a.pdf</p>`, []string{"file://files.evil.example/s/a.pdf"}},
		{"href", html + `<a href="\\203.0.113.5\docs\x.pdf">invoice</a>`, []string{"file://203.0.113.5/docs/x.pdf"}},
		{"href with a base", html + `<base href="https://site.example/"><a href="\\h.example\s\x">x</a>`, []string{"file://h.example/s/x"}},
		{"drive path", text + `C:\\Users\\bob\\file.txt and C:\Windows\x`, nil},
		{"escaped string", text + `path = "\\\\server\\share\\x"`, nil},
		{"escape sequence", text + `printf("\\n\t");`, nil},
		{"regular expression", text + `grep -P "\\d+\\s" and \\w+\s`, nil},
		{"server without a share", text + `the server \\fileserver is down`, nil},
		{"device paths", text + `\\?\C:\x \\.\pipe\x \\?\UNC\x \\?\UNCh\s\x`, nil},
		{"share as a device path", text + `Open \\?\UNC\203.0.113.5\docs\invoice.pdf today.`, []string{"file://203.0.113.5/docs/invoice.pdf"}},
		{"share as a device path, lower case, dot", text + `see \\.\unc\files.evil.example@SSL\dav\x.pdf`, []string{"file://files.evil.example/dav/x.pdf"}},
		{"href to a share as a device path", html + `<a href="\\?\UNC\h.example\s\x.pdf">x</a>`, []string{"file://h.example/s/x.pdf"}},
		{"file: before a device path", html + `<a href="file:\\?\UNC\h.example\s\x">x</a>`, []string{"file://h.example/s/x"}},
		{"device path to a local drive in an href", html + `<a href="\\?\C:\x\y.pdf">x</a>`, nil},
		{"this machine", text + `\\localhost\c$\x`, nil},
		{"after a word", text + `abc\\host\share`, nil},
		{"after a field's colon", text + `Location:\\evil.example\s\x.pdf`, []string{"file://evil.example/s/x.pdf"}},
		{"after Markdown's emphasis", text + `Open *\\evil.example\s\x.pdf* now`, []string{"file://evil.example/s/x.pdf"}},
		{"after Markdown's underscore emphasis", text + `Open _\\evil.example\s\x.pdf_.`, []string{"file://evil.example/s/x.pdf"}},
		{"after Markdown's strong emphasis", text + "**\\\\evil.example\\s\\x_y**\r\n(__\\\\h.example\\s__)", []string{"file://evil.example/s/x_y", "file://h.example/s"}},
		{"emphasis around a file: share", text + `_file:\\evil.example\s\x_`, []string{"file://evil.example/s/x"}},
		{"underscore emphasis, name ends in one", text + `_\\evil.example\s\x_ and \\h.example\s\y_`, []string{"file://evil.example/s/x", "file://h.example/s/y_"}},
		{"regular expression's star", text + `grep '.*\\server\share' or (a)*\\h.example\s or x_\\h.example\s ****\\h.example\s`, nil},
		{"quoted path with spaces", text + `Open "\\srv.example\My Share\Q3 report.xlsx" today`, []string{"file://srv.example/My%20Share/Q3%20report.xlsx"}},
		{"bracketed path with spaces", text + `at <\\srv.example\My Share\a b.docx>.`, []string{"file://srv.example/My%20Share/a%20b.docx"}},
		{"bracketed file: path with spaces", text + `at <file:\\srv.example\My Share\a b.docx>`, []string{"file://srv.example/My%20Share/a%20b.docx"}},
		{"quoted path with spaces in HTML text", html + `<p>Open "\\srv.example\My Share\a b.pdf" or &quot;\\h.example\s t\x&quot; or &lt;\\g.example\u v&gt;</p>`,
			[]string{"file://srv.example/My%20Share/a%20b.pdf", "file://h.example/s%20t/x", "file://g.example/u%20v"}},
		{"href with spaces", html + `<a href="\\srv.example\My Share\a b.pdf">x</a>`, []string{"file://srv.example/My%20Share/a%20b.pdf"}},
		{"path with spaces not delimited", text + `Open \\srv.example\My Share\a b.pdf today`, []string{"file://srv.example/My"}},
		{"quote not closed on the line", text + "\"\\\\srv.example\\My Share\\a b.pdf\r\nsaid \"he\"", []string{"file://srv.example/My"}},
		{"quoted path without spaces", text + `"\\srv.example\s\a.pdf." and "x y"`, []string{"file://srv.example/s/a.pdf"}},
		{"a bracket inside", text + `<\\srv.example\My Share\<a b>`, []string{"file://srv.example/My"}},
		{"drive after a word", text + `see D:\\Users\\x and copy:C:\\y`, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ls, _ := Extract([]byte(tc.msg), Options{})
			var got []string
			for _, l := range ls {
				got = append(got, l.URL)
				if !l.Flags.Has(FlagAppScheme) || l.Scheme != "file" {
					t.Errorf("%s: scheme %q, flags %v; want a file share", l.URL, l.Scheme, l.Flags)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("links = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestSharePathRewrite: a share path in text is rewritten whole, its host
// named in the marker, defanged.
// A quoted or bracketed path with spaces is rewritten whole, its marker
// after the closing delimiter.
func TestSharePathRewrite(t *testing.T) {
	for _, tc := range []struct{ body, want string }{
		{`Open \\203.0.113.5\docs\invoice.pdf today.`, "Open https://lock.example/l/1 [locked: 203[.]0[.]113[.]5] today."},
		{`Open "\\203.0.113.5\My Docs\a b.pdf" today.`, `Open "https://lock.example/l/1" [locked: 203[.]0[.]113[.]5] today.`},
		{`Open <\\203.0.113.5\My Docs\a b.pdf>.`, `Open <https://lock.example/l/1> [locked: 203[.]0[.]113[.]5].`},
		{`<p>Open <\\203.0.113.5\My Docs\a b.pdf>.`, `<p>Open &lt;https://lock.example/l/1> [locked: 203[.]0[.]113[.]5].`},
		{`<p>Open <\\203.0.113.5\docs\a.pdf`, `<p>Open &lt;https://lock.example/l/1 [locked: 203[.]0[.]113[.]5]`},
	} {
		ctype := "text/plain"
		if strings.HasPrefix(tc.body, "<p>") {
			ctype = "text/html"
		}
		msg := []byte("Content-Type: " + ctype + "\r\n\r\n" + tc.body + "\r\n")
		ls, _ := Extract(msg, Options{})
		if len(ls) != 1 {
			t.Fatalf("%s: %d links, want 1", tc.body, len(ls))
		}
		out, err := Rewrite(msg, map[Ref]string{ls[0].Ref(): "https://lock.example/l/1"}, Options{})
		if want := tc.want + "\r\n"; err != nil || !bytes.Equal(Body(out), []byte(want)) {
			t.Errorf("Rewrite = %q, %v; want %q", Body(out), err, want)
		}
	}
}

// TestSharePathDisplayDefanged: an HTML link whose text shows a share
// path keeps the path, its host defanged, when the link is locked.
func TestSharePathDisplayDefanged(t *testing.T) {
	msg := []byte("Content-Type: text/html\r\n\r\n<a href=\"\\\\files.evil.example\\s\\a.pdf\">\\\\files.evil.example\\s\\a.pdf</a>")
	ls, _ := Extract(msg, Options{})
	if len(ls) != 1 {
		t.Fatalf("%d links, want 1", len(ls))
	}
	out, err := Rewrite(msg, map[Ref]string{ls[0].Ref(): "https://lock.example/l/1"}, Options{})
	if want := `\\files[.]evil[.]example\s\a.pdf</a>`; err != nil || !bytes.Contains(Body(out), []byte(want)) {
		t.Errorf("Rewrite = %q, %v; want the text %q", Body(out), err, want)
	}
}

// TestShortcutShares: a Windows shortcut (.url) whose address or icon is
// on a share (Windows fetches the icon when it shows the file, sending the
// reader's credentials) gives links to those shares; a library file's
// share location too.
func TestShortcutShares(t *testing.T) {
	att := func(name, body string) []byte {
		return []byte("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n" +
			"--b\r\nContent-Type: application/octet-stream; name=\"" + name + "\"\r\n\r\n" + body + "\r\n--b--\r\n")
	}
	for _, tc := range []struct {
		name, body string
		want       []string
	}{
		{"Invoice.url", "[InternetShortcut]\r\nURL=file:\\\\198.51.100.9\\pub\\inv.exe\r\nIconFile=\\\\icons.evil.example\\i\\pdf.ico\r\nIconIndex=1\r\n",
			[]string{"file://198.51.100.9/pub/inv.exe", "file://icons.evil.example/i/pdf.ico"}},
		{"Docs.library-ms", "<libraryDescription><searchConnectorDescriptionList><searchConnectorDescription><simpleLocation><url>\\\\dav.evil.example@SSL\\DavWWWRoot</url></simpleLocation></searchConnectorDescription></searchConnectorDescriptionList></libraryDescription>",
			[]string{"file://dav.evil.example/DavWWWRoot"}},
	} {
		ls, _ := Extract(att(tc.name, tc.body), Options{})
		var got []string
		for _, l := range ls {
			got = append(got, l.URL)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: links %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestShareSources: a picture or style sheet an HTML part loads from a
// share (an image source, a background, srcset, CSS url(), a style sheet's
// href, a VML picture Outlook draws) is read as a file share on its host
// (scheme file, FlagAppScheme), not clickable, so scoring weighs it as
// share_load; a web picture and a drive path are no share.
func TestShareSources(t *testing.T) {
	const html = "Content-Type: text/html\r\n\r\n"
	for _, tc := range []struct {
		name, body string
		kind       Kind
		host       string // "" for no share
	}{
		{"img src share path", `<img src="\\evil.example\s\x.png">`, KindImage, "evil.example"},
		{"img src file URL at an address", `<img src="file://203.0.113.5/s/x.png">`, KindImage, "203.0.113.5"},
		{"img src file URL with backslashes", `<img src="file:///\\evil.example\s\x.png">`, KindImage, "evil.example"},
		{"srcset", `<img srcset="\\evil.example\s\x.png 2x">`, KindImage, "evil.example"},
		{"input image", `<input type=image src="\\evil.example\s\x.png">`, KindImage, "evil.example"},
		{"background attribute", `<td background="\\h.example\s\x">x</td>`, KindImage, "h.example"},
		{"style attribute url()", `<div style="background:url(\\evil.example\s\x)">x</div>`, KindCSS, "evil.example"},
		{"style element url() with a file URL", `<style>p{background:url('file://evil.example/s/x')}</style>`, KindCSS, "evil.example"},
		{"style sheet link", `<link rel=stylesheet href="\\evil.example\s\x.css">`, KindCSS, "evil.example"},
		{"base to a share", `<base href="file://evil.example/s/"><img src="x.png">`, KindImage, "evil.example"},
		{"VML fill in a conditional comment", `<!--[if gte mso 9]><v:fill type="tile" src="\\evil.example\s\x.png"/><![endif]-->`, KindImage, "evil.example"},
		{"VML imagedata", `<v:imagedata src="file://evil.example/s/x.png"/>`, KindImage, "evil.example"},
		{"video poster", `<video poster="\\evil.example\s\x.png" controls></video>`, KindImage, "evil.example"},
		{"web picture", `<img src="https://t.example/p.gif">`, KindImage, ""},
		{"VML web picture", `<v:fill src="https://cdn.example/bg.png"/>`, KindImage, ""},
		{"drive path", `<img src="file:///C:/Users/bob/image001.png">`, KindImage, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ls, _ := Extract([]byte(html+tc.body), Options{})
			if len(ls) != 1 {
				t.Fatalf("%d links, want 1: %+v", len(ls), ls)
			}
			l := ls[0]
			share := l.Scheme == "file" && l.Flags.Has(FlagAppScheme) && l.Host != ""
			if l.Kind != tc.kind || l.Clickable || share != (tc.host != "") || share && l.Host != tc.host {
				t.Errorf("%s: kind %s, clickable %v, scheme %q, host %q, flags %v; want kind %s, not clickable, share on %q",
					l.URL, l.Kind, l.Clickable, l.Scheme, l.Host, l.Flags, tc.kind, tc.host)
			}
		})
	}
}

// TestShareIPv6Hosts: a share at an IPv6 address, written as Windows
// takes it (its ipv6-literal.net name: '-' for ':', 's' before a zone
// index), is a share at that address (an IP literal, as an IPv4 share
// host is), in text, an href, a picture's source and a shortcut alike; a
// name under ipv6-literal.net that is no address stays a name, and a
// bracketed address in text (Windows takes no colon in a share path) is
// no share.
func TestShareIPv6Hosts(t *testing.T) {
	const text, html = "Content-Type: text/plain\r\n\r\n", "Content-Type: text/html\r\n\r\n"
	for _, tc := range []struct {
		name, msg string
		url, host string // "" for no link
		ip        bool
	}{
		{"text", text + `Open \\2001-db8--5.ipv6-literal.net\docs\invoice.pdf now`, "file://[2001:db8::5]/docs/invoice.pdf", "2001:db8::5", true},
		{"upper case, zone index", text + `\\FE80--1S4.IPV6-LITERAL.NET\c$\x`, "file://[fe80::1]/c$/x", "fe80::1", true},
		{"href", html + `<a href="\\2001-db8-0-0-0-0-0-7.ipv6-literal.net\s\x.pdf">x</a>`, "file://[2001:db8::7]/s/x.pdf", "2001:db8::7", true},
		{"picture", html + `<img src="\\2001-db8--9.ipv6-literal.net@SSL\s\x.png">`, "file://[2001:db8::9]/s/x.png", "2001:db8::9", true},
		{"device path", text + `\\?\UNC\2001-db8--5.ipv6-literal.net\s\x`, "file://[2001:db8::5]/s/x", "2001:db8::5", true},
		{"file URL", html + `<a href="file://2001-db8--5.ipv6-literal.net/s/x">x</a>`, "file://[2001:db8::5]/s/x", "2001:db8::5", true},
		{"no address", text + `\\files.ipv6-literal.net\s\x`, "file://files.ipv6-literal.net/s/x", "files.ipv6-literal.net", false},
		{"zone without digits", text + `\\fe80--1sx.ipv6-literal.net\s\x`, "file://fe80--1sx.ipv6-literal.net/s/x", "fe80--1sx.ipv6-literal.net", false},
		{"IPv4 address", text + `\\192-0-2-1.ipv6-literal.net\s\x`, "file://192-0-2-1.ipv6-literal.net/s/x", "192-0-2-1.ipv6-literal.net", false},
		{"bracketed in text", text + `\\[2001:db8::5]\s\x`, "", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ls, _ := Extract([]byte(tc.msg), Options{})
			if tc.url == "" {
				if len(ls) != 0 {
					t.Fatalf("links %+v, want none", ls)
				}
				return
			}
			if len(ls) != 1 {
				t.Fatalf("%d links, want 1: %+v", len(ls), ls)
			}
			l := ls[0]
			if l.URL != tc.url || l.Host != tc.host || l.Flags.Has(FlagIPLiteral) != tc.ip || !l.Flags.Has(FlagAppScheme) {
				t.Errorf("link %s host %q flags %v; want %s host %q, IP literal %v, a share", l.URL, l.Host, l.Flags, tc.url, tc.host, tc.ip)
			}
		})
	}
}

// TestMediaSources: what a <video> or <audio> element loads when shown,
// no click needed, is read as a picture's source (KindImage, not
// clickable): a video's poster always; its src, its <source> elements'
// src and a default track's src unless preload="none"; a track that is
// not the default is loaded only when chosen, and a <source> outside a
// media element (a <picture>'s) loads only its srcset.
func TestMediaSources(t *testing.T) {
	const html = "Content-Type: text/html\r\n\r\n"
	for _, tc := range []struct {
		name, body string
		want       []string // the loaded sources' URLs, in order
	}{
		{"poster", `<video poster="\\203.0.113.5\s\p.png"></video>`, []string{"file://203.0.113.5/s/p.png"}},
		{"poster and src", `<video src="\\a.example\s\v.mp4" poster="https://cdn.example/p.jpg" controls></video>`,
			[]string{"https://cdn.example/p.jpg", "file://a.example/s/v.mp4"}},
		{"sources and tracks", `<video controls><source src="\\a.example\s\v.webm" type="video/webm"><source src="file://b.example/s/v.mp4">` +
			`<track default kind="captions" src="\\c.example\s\en.vtt"><track kind="captions" src="\\d.example\s\fr.vtt"></video>`,
			[]string{"file://a.example/s/v.webm", "file://b.example/s/v.mp4", "file://c.example/s/en.vtt"}},
		{"audio", `<AUDIO SRC="\\a.example\s\x.mp3"></AUDIO><audio><source src="\\b.example\s\y.ogg"></audio>`,
			[]string{"file://a.example/s/x.mp3", "file://b.example/s/y.ogg"}},
		{"preload none", `<video preload=" None " poster="\\p.example\s\p.png" src="\\a.example\s\v.mp4"><source src="\\b.example\s\v.mp4">` +
			`<track default src="\\c.example\s\en.vtt"></video>`, []string{"file://p.example/s/p.png"}},
		{"source after the video ends", `<video></video><source src="\\a.example\s\v.mp4"><track default src="\\c.example\s\t.vtt">`, nil},
		{"picture's source", `<picture><source src="\\a.example\s\x.png" srcset="https://cdn.example/x.webp"><img src="https://cdn.example/x.png"></picture>`,
			[]string{"https://cdn.example/x.webp", "https://cdn.example/x.png"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ls, _ := Extract([]byte(html+tc.body), Options{})
			var got []string
			for _, l := range ls {
				got = append(got, l.URL)
				if l.Kind != KindImage || l.Clickable {
					t.Errorf("%s: kind %s, clickable %v; want a loaded picture's source", l.URL, l.Kind, l.Clickable)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("sources %q, want %q", got, tc.want)
			}
		})
	}
}
