package links

import (
	"bytes"
	"encoding/base64"
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"
)

const libraryMS = `<?xml version="1.0" encoding="UTF-8"?>
<libraryDescription xmlns="http://schemas.microsoft.com/windows/2009/library">
  <iconReference>imageres.dll,-1003</iconReference>
  <searchConnectorDescriptionList>
    <searchConnectorDescription>
      <simpleLocation>
        <url>\\share.evil.example@SSL\DavWWWRoot\invoices</url>
      </simpleLocation>
    </searchConnectorDescription>
  </searchConnectorDescriptionList>
</libraryDescription>`

// TestShortcutTargets: the addresses a shortcut file's keys and elements
// open, a share as file://host/path, an icon only on a share (auto), and
// no local path.
func TestShortcutTargets(t *testing.T) {
	type want struct {
		url  string
		auto bool
	}
	for _, tc := range []struct {
		name string
		doc  []byte
		want []want
	}{
		{"an Internet shortcut", []byte("[InternetShortcut]\r\nURL=https://evil.example/x\r\n"), []want{{"https://evil.example/x", false}}},
		{"a share and an icon on another share", []byte("[InternetShortcut]\r\nURL=file:\\\\\\\\files.evil.example\\pub\\Invoice.exe\r\nIconIndex=3\r\nIconFile=\\\\icons.evil.example\\i\\pdf.ico\r\n"),
			[]want{{"file://files.evil.example/pub/Invoice.exe", false}, {"file://icons.evil.example/i/pdf.ico", true}}},
		{"a local icon", []byte("[InternetShortcut]\nURL=https://intranet.example/\nIconFile=C:\\Windows\\System32\\shell32.dll\n"), []want{{"https://intranet.example/", false}}},
		{"a web icon is not fetched by Explorer", []byte("[InternetShortcut]\nURL=https://a.example/\nIconFile=https://a.example/favicon.ico\n"), []want{{"https://a.example/", false}}},
		{"keys in any case, spaces around", []byte("[InternetShortcut]\n  url = \"https://b.example/p\" \n"), []want{{"https://b.example/p", false}}},
		{"an address without its scheme", []byte("[InternetShortcut]\r\nURL=host.example/page\r\n"), []want{{"http://host.example/page", false}}},
		{"Windows search on a share", []byte("[InternetShortcut]\r\nURL=search-ms:query=invoice&crumb=location:\\\\evil.example@80\\docs\r\n"),
			[]want{{"search-ms:query=invoice&crumb=location:\\\\evil.example@80\\docs", false}}},
		{"a Unicode address in UTF-7", []byte("[InternetShortcut.W]\r\nURL=https://b+APw-cher.example/\r\n"), []want{{"https://bücher.example/", false}}},
		{"a library's share", []byte(libraryMS), []want{{"file://share.evil.example/DavWWWRoot/invoices", false}}},
		{"a library in UTF-16", shortcutText(utf16LE(libraryMS)), []want{{"file://share.evil.example/DavWWWRoot/invoices", false}}},
		{"a search connector's web folder, entities decoded", []byte(`<searchConnectorDescription><simpleLocation><url>https://dav.evil.example/a?x=1&amp;y=2</url></simpleLocation><iconReference>\\evil.example\i.dll,-2</iconReference></searchConnectorDescription>`),
			[]want{{"https://dav.evil.example/a?x=1&y=2", false}, {"file://evil.example/i.dll", true}}},
		{"a namespace prefix", []byte(`<l:url>\\p.evil.example\s</l:url>`), []want{{"file://p.evil.example/s", false}}},
		{"a known folder, a local path and other elements", []byte(`<url>knownfolder:{FDD39AD0-238F-46AF-ADB4-6C85480369C7}</url><urls>\\a.example\s</urls><url>C:\Users\Public</url><url>\\localhost\c$</url>`), nil},
		{"an Excel web query", []byte("WEB\r\n1\r\nhttps://q.evil.example/data.txt\r\n"), nil}, // the text scan reads it
		{"nothing", []byte("[InternetShortcut]\r\nURL=\r\n"), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []want
			for _, s := range shortcutTargets(tc.doc) {
				got = append(got, want{s.url, s.auto})
				if s.start < 0 || s.start > s.end || s.end > len(tc.doc) {
					t.Errorf("%q at %d:%d of %d bytes", s.url, s.start, s.end, len(tc.doc))
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("targets %v, want %v", got, tc.want)
			}
		})
	}
}

// TestMarkupNames: namespace names and the DOCTYPE turn to spaces, in
// place; a namespace prefix's too; other attributes stay.
func TestMarkupNames(t *testing.T) {
	for in, want := range map[string]string{
		`<a xmlns="http://n.example/" href="http://h.example/">`:        `<a xmlns="                 " href="http://h.example/">`,
		`<a xmlns:l='http://n.example/'>`:                               `<a xmlns:l='                 '>`,
		`<!DOCTYPE p "http://d.example/x.dtd"><u>http://u.example/</u>`: `                                    ><u>http://u.example/</u>`,
		`xmlns="unclosed http://u.example/`:                             `xmlns="unclosed http://u.example/`,
		`URL=http://u.example/`:                                         `URL=http://u.example/`,
	} {
		if got := string(markupNames([]byte(in))); got != want {
			t.Errorf("markupNames(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestShortcutTargetsBound: one file gives at most maxShortcutTargets.
func TestShortcutTargetsBound(t *testing.T) {
	doc := strings.Repeat("URL=https://a.example/\n", 3*maxShortcutTargets) + strings.Repeat("<url>\\\\b.example\\s</url>", 3*maxShortcutTargets)
	if n := len(shortcutTargets([]byte(doc))); n != maxShortcutTargets {
		t.Errorf("%d targets, want %d", n, maxShortcutTargets)
	}
}

// TestShortcutTargetsShellFirst: keys in other sections, however many,
// leave room for the address the file opens, its [InternetShortcut]
// section's (read first), wherever that section stands.
func TestShortcutTargetsShellFirst(t *testing.T) {
	decoys := strings.Repeat("[Decoy]\r\nURL=https://www.microsoft.com/en-us/\r\n", maxShortcutTargets)
	for _, shell := range []string{"[InternetShortcut]", "[internetshortcut]", "[InternetShortcut.W]"} {
		doc := []byte(decoys + shell + "\r\nURL=portal.evil.example/login\r\nIconFile=\\\\icons.evil.example\\i.ico\r\n")
		ts := shortcutTargets(doc)
		if len(ts) < 2 || ts[0].url != "http://portal.evil.example/login" || ts[1].url != "file://icons.evil.example/i.ico" || !ts[1].auto {
			t.Errorf("%s after %d decoy sections: targets %+v, want the shortcut's own address and icon first", shell, maxShortcutTargets, ts)
		}
		ls, err := Extract(zipMail("Content-Type: application/octet-stream; name=\"Invoice.url\"", doc), Options{})
		if err != nil || !slices.ContainsFunc(ls, func(l Link) bool { return l.Host == "portal.evil.example" && l.Kind == KindShortcut }) {
			t.Errorf("%s after decoys: links %v (%v), want portal.evil.example's", shell, ls, err)
		}
	}
}

// TestShortcutAttachment: the address an attached shortcut opens is an
// attachment's link (KindShortcut, never rewritten; KindArchive in a
// zip), a share included, its XML's namespace and DTD not, whatever type
// the part declares: a shortcut sent as text/plain (or any text type,
// shown as plain text) is still the file the reader saves and opens.
func TestShortcutAttachment(t *testing.T) {
	attached := func(ctype, name string, data []byte) []byte {
		return []byte("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nThe invoices are in the folder.\r\n" +
			"--b\r\nContent-Type: " + ctype + "; name=\"" + name + "\"\r\nContent-Disposition: attachment; filename=\"" + name + "\"\r\n" +
			"Content-Transfer-Encoding: base64\r\n\r\n" + base64.StdEncoding.EncodeToString(data) + "\r\n--b--\r\n")
	}
	type link struct {
		kind     Kind
		host     string
		rewrites bool
		flags    Flag
	}
	url := []byte("[InternetShortcut]\r\nURL=https://view.evil.example/doc\r\nIconFile=\\\\icons.evil.example\\x.ico\r\n")
	for _, tc := range []struct {
		name string
		msg  []byte
		want []link
	}{
		{"an Internet shortcut", attached("application/octet-stream", "Invoice.url", url),
			[]link{{KindShortcut, "view.evil.example", false, 0}, {KindShortcut, "icons.evil.example", false, FlagAppScheme | FlagAutoLoad}}},
		{"an Internet shortcut declared as text", attached("text/plain", "Invoice.url", url),
			[]link{{KindShortcut, "view.evil.example", false, 0}, {KindShortcut, "icons.evil.example", false, FlagAppScheme | FlagAutoLoad}}},
		{"an Internet shortcut declared as a page", attached("text/html", "Invoice.url", url),
			[]link{{KindShortcut, "view.evil.example", false, 0}, {KindShortcut, "icons.evil.example", false, FlagAppScheme | FlagAutoLoad}}},
		{"an address without its scheme in a shortcut declared as a page", attached("text/html", "Invoice.url", []byte("[InternetShortcut]\r\nURL=portal.evil.example/login\r\n")),
			[]link{{KindShortcut, "portal.evil.example", false, 0}}},
		{"a library declared as a calendar", attached("text/calendar", "Invoices.library-ms", []byte(libraryMS)),
			[]link{{KindShortcut, "share.evil.example", false, FlagAppScheme}}},
		{"a pinned site declared as another text type", attached("text/x-url", "Portal.website", []byte("[InternetShortcut]\nURL=https://portal.evil.example/login\n")),
			[]link{{KindShortcut, "portal.evil.example", false, 0}}},
		{"a Mac shortcut declared as text", attached("text/plain", "Statement.webloc", []byte(`<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict><key>URL</key><string>https://statement.evil.example/s</string></dict></plist>`)),
			[]link{{KindShortcut, "statement.evil.example", false, 0}}}, // not its DTD
		{"a page named as a shortcut, sent as text", attached("text/plain", "Open.url", []byte(`<html><a href="&#104;ttps://hidden.evil.example/x">Open</a></html>`)),
			[]link{{KindShortcut, "hidden.evil.example", false, 0}}}, // read as a sniffing client shows it too
		{"a library in UTF-16", attached("application/octet-stream", "Invoices.library-ms", utf16LE(libraryMS)),
			[]link{{KindShortcut, "share.evil.example", false, FlagAppScheme}}}, // not its XML namespace
		{"a Mac shortcut", attached("application/octet-stream", "Statement.webloc", []byte(`<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict><key>URL</key><string>https://statement.evil.example/s</string></dict></plist>`)),
			[]link{{KindShortcut, "statement.evil.example", false, 0}}}, // not its DTD
		{"a search connector in a zip", zipMail("Content-Type: application/zip; name=\"Docs.zip\"", ooxml(map[string]string{"Docs.searchConnector-ms": `<searchConnectorDescription><simpleLocation><url>\\dav.evil.example\s</url></simpleLocation></searchConnectorDescription>`})),
			[]link{{KindArchive, "dav.evil.example", false, FlagAppScheme}}},
		{"a pinned site", attached("application/octet-stream", "Portal.website", []byte("[InternetShortcut]\nURL=portal.evil.example/login\n")),
			[]link{{KindShortcut, "portal.evil.example", false, 0}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ls, err := Extract(tc.msg, Options{})
			var got []link
			for _, l := range ls {
				got = append(got, link{l.Kind, l.Host, l.Rewritable(), l.Flags & (FlagAppScheme | FlagAutoLoad)})
				if l.Part != "2" {
					t.Errorf("%s in part %q, want 2", l.Host, l.Part)
				}
			}
			if err != nil || !slices.Equal(got, tc.want) {
				t.Errorf("links %v (%v), want %v", got, err, tc.want)
			}
		})
	}
}

// TestShortcutNeverRewritten: Rewrite refuses the link of an attached
// shortcut, declared as a file or as text, and leaves the message as it
// is: "URL=https://lock/l/ID [locked: host]" opens nothing, and the
// attachment's bytes would change.
func TestShortcutNeverRewritten(t *testing.T) {
	for _, ctype := range []string{"application/octet-stream", "text/plain", "text/plain; charset=us-ascii", "text/html"} {
		t.Run(ctype, func(t *testing.T) {
			msg := []byte("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nThe invoice is attached.\r\n" +
				"--b\r\nContent-Type: " + ctype + "; name=\"Invoice.url\"\r\nContent-Disposition: attachment; filename=\"Invoice.url\"\r\n\r\n" +
				"[InternetShortcut]\r\nURL=https://view.evil.example/doc\r\n--b--\r\n")
			ls, err := Extract(msg, Options{})
			if err != nil || len(ls) != 1 || ls[0].Rewritable() || ls[0].Kind != KindShortcut {
				t.Fatalf("Extract = %+v, %v; want one shortcut link, not rewritable", ls, err)
			}
			out, err := Rewrite(msg, map[Ref]string{ls[0].Ref(): "https://lock.example/l/1"}, Options{})
			if !errors.Is(err, ErrNotRewritable) || !bytes.Equal(out, msg) {
				t.Errorf("Rewrite of a shortcut's link: err %v, changed %v; want ErrNotRewritable and no change", err, !bytes.Equal(out, msg))
			}
		})
	}
}

// FuzzShortcutTargets: any file gives at most maxShortcutTargets
// addresses, each placed inside the text, and an attached shortcut,
// declared as a file or as text, never faults a reader, and as text
// gives no rewritable link.
func FuzzShortcutTargets(f *testing.F) {
	f.Add([]byte("[InternetShortcut]\r\nURL=file:\\\\\\\\a.example\\s\r\nIconFile=\\\\b.example\\i.ico\r\n"))
	f.Add([]byte(libraryMS))
	f.Add(utf16LE(libraryMS))
	f.Add(encodeUTF16("[InternetShortcut]\r\nURL=https://a.example/\r\n", false, false))
	f.Add(encodeUTF16("[InternetShortcut]\r\nURL=\\\\b.example\\s\r\n", true, false))
	f.Add([]byte("[InternetShortcut.W]\r\nURL=https://b+APw-cher.example/\r\n<url>a.example/&amp;</url>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc := shortcutText(data)
		ts := shortcutTargets(doc)
		if len(ts) > maxShortcutTargets {
			t.Fatalf("%d targets", len(ts))
		}
		for _, s := range ts {
			if s.url == "" || s.start < 0 || s.start > s.end || s.end > len(doc) {
				t.Fatalf("target %q at %d:%d of %d bytes", s.url, s.start, s.end, len(doc))
			}
		}
		msg := zipMail("Content-Type: application/octet-stream; name=\"a.url\"", data)
		if _, err := ExtractAll(msg, fuzzOpts); errors.Is(err, errInternal) {
			t.Fatal("internal error reading a shortcut")
		}
		for _, ctype := range []string{"text/plain", "text/html"} {
			ls, err := Extract(zipMail("Content-Type: "+ctype+"; name=\"a.url\"", data), fuzzOpts)
			if errors.Is(err, errInternal) {
				t.Fatalf("internal error reading a shortcut sent as %s", ctype)
			}
			for _, l := range ls {
				if l.Part == "2" && l.Rewritable() {
					t.Fatalf("a rewritable %s link in a shortcut sent as %s", l.Kind, ctype)
				}
			}
		}
	})
}

// encodeUTF16 is s in UTF-16, little- or big-endian, with a byte order mark
// or not.
func encodeUTF16(s string, big, bom bool) []byte {
	var out []byte
	if bom {
		s = "\ufeff" + s
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if big {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

// TestShortcutUTF16: a shortcut file in UTF-16, with its byte order mark
// or without (little- or big-endian, by its NULs), sent as text/plain
// without a charset, as a text of ASCII or as a file, is read for its
// address (and a share icon); a file whose text is no UTF-16 is read as
// it is.
func TestShortcutUTF16(t *testing.T) {
	const url = "[InternetShortcut]\r\nURL=https://view.evil.example/doc\r\nIconFile=\\\\icons.evil.example\\i\\pdf.ico\r\n"
	send := func(ctype string, data []byte) []byte {
		return []byte("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nThe invoice is attached.\r\n" +
			"--b\r\nContent-Type: " + ctype + "; name=\"Invoice.url\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
			base64.StdEncoding.EncodeToString(data) + "\r\n--b--\r\n")
	}
	want := []string{"view.evil.example", "icons.evil.example"}
	for _, tc := range []struct {
		name     string
		data     []byte
		want     []string
		wantText bool // shortcutUTF16 names a charset
	}{
		{"little-endian with its mark", encodeUTF16(url, false, true), want, false},
		{"big-endian with its mark", encodeUTF16(url, true, true), want, false},
		{"little-endian without a mark", encodeUTF16(url, false, false), want, true},
		{"big-endian without a mark", encodeUTF16(url, true, false), want, true},
		{"little-endian without a mark, a pinned site without a scheme", encodeUTF16("[InternetShortcut]\r\nURL=portal.evil.example/login\r\n", false, false), []string{"portal.evil.example"}, true},
		{"short", encodeUTF16("a.b", false, false), nil, false},
		{"ASCII", []byte(url), want, false},
		{"NULs not in every other byte", []byte("[Int\x00rnetShortcut]\r\nURL=https://view.evil.example/doc\r\n"), []string{"view.evil.example"}, false},
		{"binary", append(encodeUTF16("[InternetShortcut]\r\n", false, false)[:20], 0x01, 0, 0x02, 0, 0x03, 0), nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := shortcutUTF16(tc.data) != ""; got != tc.wantText {
				t.Errorf("shortcutUTF16 = %v, want %v", got, tc.wantText)
			}
			for _, ctype := range []string{"text/plain", "text/plain; charset=us-ascii", "application/octet-stream"} {
				ls, err := Extract(send(ctype, tc.data), Options{})
				var got []string
				for _, l := range ls {
					if l.Part == "2" && l.Kind == KindShortcut {
						got = append(got, l.Host)
					}
				}
				if err != nil || !slices.Equal(got, tc.want) {
					t.Errorf("as %s: shortcut hosts %q (%v), want %q", ctype, got, err, tc.want)
				}
			}
		})
	}
}
