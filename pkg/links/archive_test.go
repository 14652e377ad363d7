package links

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
)

// zipMail is a message with a short text part and the archive attached
// with the given part header.
func zipMail(partHeader string, archive []byte) []byte {
	return []byte("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nThe remittance is in the archive.\r\n" +
		"--b\r\n" + partHeader + "\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64.StdEncoding.EncodeToString(archive) + "\r\n--b--\r\n")
}

func TestZipAttachment(t *testing.T) {
	page := `<html><body><p>Sign in to view the remittance</p><form action="https://collect.evil.example/p"><input type="password"></form>` +
		`<a href="https://view.evil.example/r">Open</a><script>go()</script></body></html>`
	code := string(encodeImage(t, qrImage(t, "https://scan.evil.example/z", 120, 150, 150), "png"))
	const zipType = "Content-Type: application/zip; name=\"Remittance.zip\""
	for _, tc := range []struct {
		name, header string
		files        map[string]string
		hosts        []string
		kinds        []Kind
		scripted     bool
	}{
		{"an html page", zipType, map[string]string{"Remittance.html": page},
			[]string{"collect.evil.example", "view.evil.example"}, []Kind{KindArchive, KindArchive}, true},
		{"an svg, a pdf and a picture", zipType, map[string]string{
			"a/doc.svg":  `<svg><a href="https://svg.evil.example/"><text>Open</text></a></svg>`,
			"b/doc.pdf":  "%PDF-1.7\n<< /A << /S /URI /URI (https://pdf.evil.example/) >> >>\n",
			"c/scan.png": code},
			[]string{"svg.evil.example", "pdf.evil.example", "scan.evil.example"}, []Kind{KindSVG, KindPDF, KindQR}, false},
		{"sent as octet-stream", "Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"r.ZIP\"",
			map[string]string{"Remittance.htm": page}, []string{"collect.evil.example", "view.evil.example"}, []Kind{KindArchive, KindArchive}, true},
		{"a message and a shortcut", zipType, map[string]string{
			"Invoice.eml": "From: billing@x.example\r\nContent-Type: text/html\r\n\r\n<a href=\"https://eml.evil.example/\">Pay</a>\r\n",
			"Open.url":    "[InternetShortcut]\r\nURL=https://url.evil.example/\r\n"},
			[]string{"eml.evil.example", "url.evil.example"}, []Kind{KindArchive, KindArchive}, false},
		{"a broken document and a text file give nothing", zipType, map[string]string{
			"letter.docx": "PK", "notes.txt": "https://txt.example/"},
			nil, nil, false},
		{"an Office and an RTF document", zipType, map[string]string{
			"a/letter.docx": string(ooxml(map[string]string{"word/_rels/document.xml.rels": rels(rel("rId4", relHyperlink, "https://docx.evil.example/", "External"))})),
			"b/letter.rtf":  `{\rtf1 {\field{\*\fldinst HYPERLINK "https://rtf.evil.example/"}{\fldrslt Open}}}`},
			[]string{"docx.evil.example", "rtf.evil.example"}, []Kind{KindOffice, KindRTF}, false},
		// A zip in a zip in a zip is opened (one level deeper is not:
		// TestArchiveTooDeep).
		{"archives inside are opened", zipType, map[string]string{
			"inner.zip": string(ooxml(map[string]string{"Remittance.zip": string(ooxml(map[string]string{"x.html": page}))}))},
			[]string{"collect.evil.example", "view.evil.example"}, []Kind{KindArchive, KindArchive}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x, err := ExtractAll(zipMail(tc.header, ooxml(tc.files)), Options{})
			if err != nil {
				t.Fatal(err)
			}
			var hosts []string
			var kinds []Kind
			for _, l := range x.Links {
				hosts, kinds = append(hosts, l.Host), append(kinds, l.Kind)
				if l.Rewritable() || !l.InAttachment() || l.Part != "2" {
					t.Errorf("link %s: rewritable %v, part %q; want an attachment link of part 2", l.Host, l.Rewritable(), l.Part)
				}
			}
			if !slices.Equal(hosts, tc.hosts) || !slices.Equal(kinds, tc.kinds) || x.ScriptedHTML != tc.scripted {
				t.Errorf("hosts %q kinds %q scripted %v, want %q %q %v", hosts, kinds, x.ScriptedHTML, tc.hosts, tc.kinds, tc.scripted)
			}
			if len(x.Links) > 0 && x.Links[0].Host == "collect.evil.example" && !x.Links[0].Flags.Has(FlagSubmits) {
				t.Error("the form's target lacks FlagSubmits")
			}
			if len(x.Links) > 1 && x.Links[1].Host == "view.evil.example" && x.Links[1].Context == "" {
				t.Error("the page's link has no context")
			}
		})
	}
}

// TestZipUnreadable: an entry stored with an unknown method, a broken
// archive and a zip bomb's huge entry are skipped; nothing is rewritten.
func TestZipUnreadable(t *testing.T) {
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	w, _ := z.CreateRaw(&zip.FileHeader{Name: "locked.html", Method: 99, CompressedSize64: 5, UncompressedSize64: 5})
	w.Write([]byte("xxxxx"))
	z.Close()
	for name, archive := range map[string][]byte{"unreadable entries": b.Bytes(), "not an archive": []byte("PK\x03\x04 broken")} {
		msg := zipMail("Content-Type: application/zip", archive)
		ls, err := Extract(msg, Options{})
		if err != nil || len(ls) != 0 {
			t.Errorf("%s: Extract = %d links, %v; want none", name, len(ls), err)
		}
	}
	// A page that says it is larger than an attachment may be is read as
	// far as one is, and the scan is partial: its end was not read.
	var h bytes.Buffer
	z = zip.NewWriter(&h)
	w, _ = z.CreateRaw(&zip.FileHeader{Name: "huge.html", Method: zip.Deflate, CompressedSize64: 5, UncompressedSize64: 1 << 40})
	w.Write([]byte("xxxxx"))
	z.Close()
	if x, err := ExtractAll(zipMail("Content-Type: application/zip", h.Bytes()), Options{}); !errors.Is(err, ErrPartial) || !x.CutBody || len(x.Links) != 0 {
		t.Errorf("huge entry: %d links, cut %v, %v; want none, cut, ErrPartial", len(x.Links), x.CutBody, err)
	}
	msg := zipMail("Content-Type: application/zip", ooxml(map[string]string{"a.html": `<a href="https://z.example/">x</a>`}))
	ls, _ := Extract(msg, Options{})
	if len(ls) != 1 {
		t.Fatalf("Extract = %d links, want 1", len(ls))
	}
	if out, err := Rewrite(msg, map[Ref]string{ls[0].Ref(): "https://lock.example/l/1"}, Options{}); !errors.Is(err, ErrNotRewritable) || !bytes.Equal(out, msg) {
		t.Errorf("Rewrite of a link in a zip: %v; want ErrNotRewritable and no change", err)
	}
}

// FuzzZip: any archive bytes, attached, give only attachment links of
// their part, within the link limit, and never an internal error.
func FuzzZip(f *testing.F) {
	f.Add(ooxml(map[string]string{"a.html": `<form action="https://a.example/"></form><script>x</script>`, "b.svg": `<svg><a href="//b.example/"/></svg>`}))
	f.Add(ooxml(map[string]string{"c.pdf": "%PDF-1.4 << /URI (https://c.example/) >>"}))
	f.Fuzz(func(t *testing.T, archive []byte) {
		x, err := ExtractAll(zipMail("Content-Type: application/zip", archive), fuzzOpts)
		if errors.Is(err, errInternal) || len(x.Links) > fuzzOpts.MaxLinks {
			t.Fatalf("internal error %v or %d links", err, len(x.Links))
		}
		for _, l := range x.Links {
			if l.Part == "2" && l.Clickable && !l.InAttachment() {
				t.Fatalf("link %q of kind %s in the archive is rewritable", l.Raw, l.Kind)
			}
		}
	})
}

func TestZipFileType(t *testing.T) {
	for name, want := range map[string]string{
		"a/Invoice.HTML": "text/html", "doc.svg": attSVG, "scan.pdf": attPDF, "word/media/x.png": attImage,
		"inner.zip": attZip, "letter.docx": attOffice, "notes.txt": "", "folder.html/": "",
		"Invoice.eml": "message/rfc822", "Open.url": attShortcut, "Report.IQY": attShortcut,
		"Docs.library-ms": attShortcut, "Share.searchConnector-ms": attShortcut, "Pinned.website": attShortcut,
	} {
		if got := zipFileType(name); got != want {
			t.Errorf("zipFileType(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestZipPDFForm: a PDF form inside a zip marks where it sends what the
// reader types, as the same PDF attached directly does.
func TestZipPDFForm(t *testing.T) {
	pdf := "%PDF-1.7\n<< /S /SubmitForm /F << /FS /URL /F (https://collect.evil.example/p) >> >>\n"
	ls, err := Extract(zipMail("Content-Type: application/zip", ooxml(map[string]string{"form.pdf": pdf})), Options{})
	if err != nil || len(ls) != 1 || ls[0].Kind != KindPDF || !ls[0].Flags.Has(FlagSubmits) {
		t.Fatalf("Extract = %+v, %v; want one pdf link with FlagSubmits", ls, err)
	}
}

// TestZipLargeFile: a file in an archive is read as far as an attachment
// is, whatever its size: a page padded past 1 MiB (a 2 KiB archive) hid its
// form. Past the bound the scan is partial, and a cut page, like a cut
// body, hides its end (CutBody); a cut picture or PDF does not.
func TestZipLargeFile(t *testing.T) {
	form := `<form action="https://collect.evil.example/p"><input type="password"></form>`
	padded := "<html><body><!-- " + strings.Repeat("x", 1100<<10) + " -->" + form + "</body></html>"
	x, err := ExtractAll(zipMail("Content-Type: application/zip", ooxml(map[string]string{"Remittance.html": padded})), Options{})
	if err != nil || len(x.Links) != 1 || x.Links[0].URL != "https://collect.evil.example/p" || x.CutBody {
		t.Errorf("padded page: %+v, cut %v, %v; want the form, whole", x.Links, x.CutBody, err)
	}
	opts := Options{MaxPartBytes: 512 << 10}
	x, err = ExtractAll(zipMail("Content-Type: application/zip", ooxml(map[string]string{"Remittance.html": padded})), opts)
	if !errors.Is(err, ErrPartial) || !x.CutBody {
		t.Errorf("page past MaxPartBytes: cut %v, %v; want cut, ErrPartial", x.CutBody, err)
	}
	x, err = ExtractAll(zipMail("Content-Type: application/zip", ooxml(map[string]string{"scan.pdf": "%PDF-1.4 " + strings.Repeat("x", 600<<10)})), opts)
	if !errors.Is(err, ErrPartial) || x.CutBody {
		t.Errorf("PDF past MaxPartBytes: cut %v, %v; want partial, not cut", x.CutBody, err)
	}
}

// gz compresses data, recording name in the header when it is not "".
func gz(name string, data []byte) []byte {
	var b bytes.Buffer
	z := gzip.NewWriter(&b)
	z.Name = name
	z.Write(data)
	z.Close()
	return b.Bytes()
}

// tarOf builds a tar archive of the given files.
func tarOf(files map[string]string) []byte {
	var b bytes.Buffer
	w := tar.NewWriter(&b)
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		w.WriteHeader(&tar.Header{Name: n, Mode: 0o644, Size: int64(len(files[n])), Typeflag: tar.TypeReg})
		w.Write([]byte(files[n]))
	}
	w.Close()
	return b.Bytes()
}

// TestPackedAttachments: gzip and tar attachments (.gz, .tgz, .tar), which
// Windows opens as folders, are read as zip attachments are: a gzip's one
// file by the name its header records, else by what it holds; a tar's
// files by their names; and such archives inside a zip.
func TestPackedAttachments(t *testing.T) {
	page := `<html><body><form action="https://collect.evil.example/p"><input type="password"></form></body></html>`
	for _, tc := range []struct {
		name, header string
		archive      []byte
		want         int
	}{
		{"html.gz with its name", "Content-Type: application/gzip; name=\"Remittance.html.gz\"", gz("Remittance.html", []byte(page)), 1},
		{"html.gz without a name", "Content-Type: application/octet-stream; name=\"Remittance.html.gz\"", gz("", []byte(page)), 1},
		{"tgz", "Content-Type: application/x-compressed-tar; name=\"r.tgz\"", gz("", tarOf(map[string]string{"docs/Remittance.html": page, "readme.bin": "x"})), 1},
		{"tar by name", "Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"r.tar\"", tarOf(map[string]string{"Remittance.htm": page}), 1},
		{"gz in a zip", "Content-Type: application/zip; name=\"r.zip\"", ooxml(map[string]string{"Remittance.html.gz": string(gz("Remittance.html", []byte(page)))}), 1},
		{"not gzip", "Content-Type: application/gzip; name=\"r.gz\"", []byte("not a gzip stream"), 0},
		{"binary in gzip", "Content-Type: application/gzip; name=\"r.gz\"", gz("", []byte{0, 1, 2, 3}), 0},
	} {
		x, _ := ExtractAll(zipMail(tc.header, tc.archive), Options{})
		if len(x.Links) != tc.want {
			t.Errorf("%s: %d links %+v, want %d", tc.name, len(x.Links), x.Links, tc.want)
			continue
		}
		for _, l := range x.Links {
			if l.URL != "https://collect.evil.example/p" || !l.InAttachment() || !l.Flags.Has(FlagSubmits) {
				t.Errorf("%s: link %+v, want the form's target as an archive link", tc.name, l)
			}
		}
	}
}

// FuzzPacked: any bytes attached as a gzip or tar file give only
// attachment links, within the link limit, and never an internal error.
func FuzzPacked(f *testing.F) {
	f.Add(gz("a.html", []byte(`<form action="https://a.example/"></form>`)))
	f.Add(tarOf(map[string]string{"b.svg": `<svg><a href="//b.example/"/></svg>`}))
	f.Fuzz(func(t *testing.T, archive []byte) {
		for _, h := range []string{"Content-Type: application/gzip", "Content-Type: application/x-tar"} {
			x, err := ExtractAll(zipMail(h, archive), fuzzOpts)
			if errors.Is(err, errInternal) || len(x.Links) > fuzzOpts.MaxLinks {
				t.Fatalf("internal error %v or %d links", err, len(x.Links))
			}
			for _, l := range x.Links {
				if l.Part == "2" && l.Clickable && !l.InAttachment() {
					t.Fatalf("link %q of kind %s in the archive is rewritable", l.Raw, l.Kind)
				}
			}
		}
	})
}

// TestArchiveTooDeep: an archive nested past maxZipDepth is not opened,
// and the scan says so (CutBody, ErrPartial): one more level of zipping
// is all a lure needs to hide its page, as padding past MaxPartBytes is.
// Archives within the depth leave the scan whole.
func TestArchiveTooDeep(t *testing.T) {
	page := `<a href="https://deep.evil.example/">Open</a>`
	nestZip := func(levels int) []byte {
		b := ooxml(map[string]string{"Remittance.html": page})
		for i := 1; i < levels; i++ {
			b = ooxml(map[string]string{"Remittance.zip": string(b)})
		}
		return b
	}
	nestGz := func(levels int) []byte {
		b, name := []byte(page), "Remittance.html"
		for i := 0; i < levels; i++ {
			b, name = gz(name, b), name+".gz"
		}
		return b
	}
	for _, tc := range []struct {
		name, header string
		archive      []byte
		links        int
		cut          bool
	}{
		{"zip, three deep", "Content-Type: application/zip", nestZip(3), 1, false},
		{"zip, four deep", "Content-Type: application/zip", nestZip(4), 0, true},
		{"gzip, three deep", "Content-Type: application/gzip", nestGz(3), 1, false},
		{"gzip, four deep", "Content-Type: application/gzip", nestGz(4), 0, true},
		{"tar in gzip in zip in zip", "Content-Type: application/zip",
			ooxml(map[string]string{"a.zip": string(ooxml(map[string]string{"b.gz": string(gz("", tarOf(map[string]string{"c.html": page})))}))}), 0, true},
	} {
		x, err := ExtractAll(zipMail(tc.header, tc.archive), Options{})
		if len(x.Links) != tc.links || x.CutBody != tc.cut || errors.Is(err, ErrPartial) != tc.cut {
			t.Errorf("%s: %d links, cut %v, %v; want %d links, cut %v", tc.name, len(x.Links), x.CutBody, err, tc.links, tc.cut)
		}
	}
}

// TestArchiveBoundsPartial: an archive whose files the bounds leave
// unread (past maxZipFiles or maxZipEntries) makes the scan partial; a
// lure put its page after 16 files and was judged as fully read. (An
// archive deeper than maxZipDepth: TestArchiveTooDeep.)
func TestArchiveBoundsPartial(t *testing.T) {
	lure := `<a href="https://lure.evil.example/">Open</a>`
	many := func(n int, name string) map[string]string {
		files := map[string]string{"z-last.html": lure}
		for i := range n {
			files[fmt.Sprintf("a%03d.%s", i, name)] = "nothing here"
		}
		return files
	}
	const zipType = "Content-Type: application/zip; name=\"Remittance.zip\""
	tarOf := func(files map[string]string) []byte {
		var b bytes.Buffer
		w := tar.NewWriter(&b)
		names := slices.Sorted(maps.Keys(files))
		for _, n := range names {
			w.WriteHeader(&tar.Header{Name: n, Mode: 0o644, Size: int64(len(files[n])), Typeflag: tar.TypeReg})
			w.Write([]byte(files[n]))
		}
		w.Close()
		return b.Bytes()
	}
	for _, tc := range []struct {
		name, header string
		archive      []byte
		partial      bool
	}{
		{"16 files and the page", zipType, ooxml(many(maxZipFiles, "html")), true},
		{"15 files and the page", zipType, ooxml(many(maxZipFiles-1, "html")), false},
		{"entries not read, then the page", zipType, ooxml(many(maxZipEntries, "bin")), true},
		{"a tar of 16 files and the page", "Content-Type: application/x-tar; name=\"r.tar\"", tarOf(many(maxZipFiles, "html")), true},
		{"a tar of entries not read, then the page", "Content-Type: application/x-tar; name=\"r.tar\"", tarOf(many(maxZipEntries, "bin")), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x, err := ExtractAll(zipMail(tc.header, tc.archive), Options{})
			read := slices.ContainsFunc(x.Links, func(l Link) bool { return l.Host == "lure.evil.example" })
			if errors.Is(err, ErrPartial) != tc.partial || read == tc.partial {
				t.Errorf("err %v, page read %v; want partial %v", err, read, tc.partial)
			}
		})
	}
}

// TestPackedBoundsAgree: a file longer than MaxPartBytes is read as far as
// MaxPartBytes, and counts as cut, whether a zip, a tar or a gzip holds
// it, also when the message's archive budget left is exactly
// MaxPartBytes; a gzip, whose length is known only once inflated, read
// nothing there (entryBounds now bounds all three).
func TestPackedBoundsAgree(t *testing.T) {
	const name, limit = "Remittance.html", 64 << 10
	page := `<a href="https://collect.evil.example/p">open</a>` + strings.Repeat("<p>padding</p>\n", limit/15+100)
	opts := Options{MaxPartBytes: limit}.withDefaults()
	for _, tc := range []struct {
		kind string
		read func(*scan, *collector, *int) bool
	}{
		{"zip", func(sc *scan, c *collector, n *int) bool {
			return sc.readZip(ooxml(map[string]string{name: page}), c, opts, 0, n)
		}},
		{"tar", func(sc *scan, c *collector, n *int) bool {
			return sc.readTar(tarOf(map[string]string{name: page}), c, opts, 0, n)
		}},
		{"gzip", func(sc *scan, c *collector, n *int) bool { return sc.readGzip(gz(name, []byte(page)), c, opts, 0, n) }},
	} {
		sc, c, read := &scan{zipLeft: limit}, &collector{max: 10, hosts: hostCache{}}, 0
		tc.read(sc, c, &read)
		if len(c.links) != 1 || read != 1 || !sc.cutBody || !sc.partial || sc.zipLeft != 0 {
			t.Errorf("%s of a page past MaxPartBytes = the budget left: %d links, %d files read, cut %v, partial %v, budget left %d; want its link, 1, cut, partial, 0",
				tc.kind, len(c.links), read, sc.cutBody, sc.partial, sc.zipLeft)
		}
	}
}

// TestArchiveBidiNames: the name of a file in a zip or tar archive that
// holds a direction control is reported as an attached file's is
// (Extracted.BidiNames), even when the file is not read for links. (A
// gzip header's name is Latin-1, where the controls cannot be written.)
func TestArchiveBidiNames(t *testing.T) {
	const exe = "invoice\u202efdp.exe"
	for _, tc := range []struct {
		name, header string
		archive      []byte
		want         string
	}{
		{"zip", "Content-Type: application/zip; name=\"Invoice.zip\"", ooxml(map[string]string{exe: "MZ", "readme.txt": "x"}), exe},
		{"zip in a zip", "Content-Type: application/zip; name=\"Invoice.zip\"", ooxml(map[string]string{"inner.zip": string(ooxml(map[string]string{"scan\u202egpj.scr": "MZ"}))}), "scan\u202egpj.scr"},
		{"tar", "Content-Type: application/x-tar; name=\"invoice.tar\"", tarOf(map[string]string{exe: "MZ"}), exe},
		{"ordinary names", "Content-Type: application/zip; name=\"Invoice.zip\"", ooxml(map[string]string{"invoice.pdf": "%PDF"}), ""},
	} {
		x, err := ExtractAll(zipMail(tc.header, tc.archive), Options{})
		if got := strings.Join(x.BidiNames, ","); err != nil || got != tc.want {
			t.Errorf("ExtractAll(%s).BidiNames = %q, %v; want %q", tc.name, got, err, tc.want)
		}
	}
}
