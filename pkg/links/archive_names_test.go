package links

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"runtime"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/firstsight/firstsight/internal/lineartest"
	"github.com/ulikunitz/xz/lzma"
)

// rar4Of builds a RAR 1.5-4 archive listing the named files, each with
// a few stored bytes; names outside ASCII are stored in RAR's Unicode form
// (rar4EncodeName). encrypted sets the main header's flag for encrypted
// block headers.
func rar4Of(encrypted bool, names ...string) []byte {
	block := func(typ byte, flags uint16, body []byte) []byte {
		h := []byte{typ}
		h = binary.LittleEndian.AppendUint16(h, flags)
		h = binary.LittleEndian.AppendUint16(h, uint16(7+len(body)))
		h = append(h, body...)
		crc := uint16(crc32.ChecksumIEEE(h))
		return append(binary.LittleEndian.AppendUint16(nil, crc), h...)
	}
	b := []byte("Rar!\x1a\x07\x00")
	mainFlags := uint16(0)
	if encrypted {
		mainFlags = rar4Encrypted
	}
	b = append(b, block(rar4Main, mainFlags, make([]byte, 6))...)
	for _, n := range names {
		data := []byte("data")
		name, flags := []byte(n), uint16(rar4HasAddedSize)
		if !isASCII(n) {
			name, flags = rar4EncodeName(n), flags|rar4UnicodeName
		}
		var f []byte
		f = binary.LittleEndian.AppendUint32(f, uint32(len(data))) // packed
		f = binary.LittleEndian.AppendUint32(f, uint32(len(data))) // unpacked
		f = append(f, 2)                                           // host OS: Windows
		f = binary.LittleEndian.AppendUint32(f, crc32.ChecksumIEEE(data))
		f = binary.LittleEndian.AppendUint32(f, 0x5a210000) // DOS time
		f = append(f, 29, 0x30)                             // version, method: stored
		f = binary.LittleEndian.AppendUint16(f, uint16(len(name)))
		f = binary.LittleEndian.AppendUint32(f, 0x20) // attributes
		f = append(f, name...)
		b = append(b, block(rar4File, flags, f)...)
		b = append(b, data...)
	}
	return append(b, block(rar4End, 0x4000, nil)...)
}

// rar4EncodeName writes a name in RAR 1.5-4's Unicode form: an ASCII form,
// a zero, the high byte 0x20, then per unit a byte with a zero high
// byte, a byte with the high byte 0x20, or two bytes.
func rar4EncodeName(n string) []byte {
	units := utf16.Encode([]rune(n))
	out := []byte(strings.Map(func(r rune) rune {
		if r >= 0x80 {
			return '_'
		}
		return r
	}, n))
	out = append(out, 0, 0x20)
	for i := 0; i < len(units); i += 4 {
		flagAt := len(out)
		out = append(out, 0)
		var flags byte
		for k := 0; k < 4 && i+k < len(units); k++ {
			u := units[i+k]
			mode := byte(2)
			switch {
			case u < 0x100:
				mode = 0
				out = append(out, byte(u))
			case u>>8 == 0x20:
				mode = 1
				out = append(out, byte(u))
			default:
				out = append(out, byte(u), byte(u>>8))
			}
			flags |= mode << (6 - 2*k)
		}
		out[flagAt] = flags
	}
	return out
}

// rar5Of builds a RAR 5 archive listing the named files (a name ending
// in "/" a folder); encrypted puts an archive encryption header first,
// after which nothing can be listed without the password.
func rar5Of(encrypted bool, names ...string) []byte {
	vint := func(b []byte, v uint64) []byte {
		for v >= 0x80 {
			b = append(b, byte(v)|0x80)
			v >>= 7
		}
		return append(b, byte(v))
	}
	block := func(typ, flags uint64, body []byte, data []byte) []byte {
		h := vint(nil, typ)
		h = vint(h, flags)
		if data != nil {
			h = vint(h, uint64(len(data)))
		}
		h = append(h, body...)
		sized := append(vint(nil, uint64(len(h))), h...)
		out := binary.LittleEndian.AppendUint32(nil, crc32.ChecksumIEEE(sized))
		return append(append(out, sized...), data...)
	}
	b := []byte("Rar!\x1a\x07\x01\x00")
	if encrypted {
		body := vint(nil, 0) // version: AES-256
		body = vint(body, 0) // flags
		body = append(body, 15)
		body = append(body, make([]byte, 16)...) // salt
		b = append(b, block(rar5Encryption, 0, body, nil)...)
	}
	b = append(b, block(1, 0, vint(nil, 0), nil)...) // main archive header
	for _, n := range names {
		data := []byte("data")
		fileFlags := uint64(rar5FileCRC)
		if strings.HasSuffix(n, "/") {
			n, data, fileFlags = strings.TrimSuffix(n, "/"), nil, rar5FileIsDir
		}
		f := vint(nil, fileFlags)
		f = vint(f, uint64(len(data))) // unpacked size
		f = vint(f, 0x20)              // attributes
		if fileFlags&rar5FileCRC != 0 {
			f = binary.LittleEndian.AppendUint32(f, crc32.ChecksumIEEE(data))
		}
		f = vint(f, 0) // compression: stored
		f = vint(f, 0) // host OS: Windows
		f = vint(f, uint64(len(n)))
		f = append(f, n...)
		flags := uint64(0)
		if data != nil {
			flags = rar5HasData
		}
		b = append(b, block(rar5File, flags, f, data)...)
	}
	return append(b, block(rar5End, 0, vint(nil, 0), nil)...)
}

// sevenZipOf builds a 7z archive of the named files (each stored, in one
// folder). Its header is written as method says: "plain", "lzma" or
// "lzma2" (an encoded header, as 7-Zip writes it), or "aes" (an encoded
// header encrypted, as 7-Zip -mhe writes it: not listed).
func sevenZipOf(t testing.TB, method string, names ...string) []byte {
	t.Helper()
	return sevenZipPadded(t, method, 0, names...)
}

// sevenZipPadded is sevenZipOf with pad zero bytes after its header
// (before it is compressed): a header that inflates to more.
func sevenZipPadded(t testing.TB, method string, pad int, names ...string) []byte {
	t.Helper()
	num := func(b []byte, v uint64) []byte {
		switch {
		case v < 0x80:
			return append(b, byte(v))
		case v < 0x4000:
			return append(b, 0x80|byte(v>>8), byte(v))
		}
		return binary.LittleEndian.AppendUint64(append(b, 0xff), v)
	}
	var files []string // names with data; a name ending in "/" is a folder
	empty := make([]byte, (len(names)+7)/8)
	for i, n := range names {
		if strings.HasSuffix(n, "/") {
			empty[i/8] |= 0x80 >> (i % 8)
			continue
		}
		files = append(files, n)
	}
	var packed []byte
	var h []byte
	h = append(h, szHeader, szMainStreams)
	h = append(h, szPackInfo, 0, 1, szSize)
	h = num(h, uint64(4*len(files)))
	h = append(h, szEnd)
	h = append(h, szUnpackInfo, szFolder, 1, 0, 1, 0x01, 0x00) // one folder, one coder: copy
	h = append(h, szUnpackSize)
	h = num(h, uint64(4*len(files)))
	h = append(h, szEnd)
	h = append(h, szSubStreams, szNumUnpackStream)
	h = num(h, uint64(len(files)))
	h = append(h, szSize)
	for range files[1:] {
		h = num(h, 4)
	}
	h = append(h, szCRC, 1)
	for range files {
		h = binary.LittleEndian.AppendUint32(h, crc32.ChecksumIEEE([]byte("data")))
		packed = append(packed, "data"...)
	}
	h = append(h, szEnd, szEnd)
	var utf []byte
	for _, n := range names {
		for _, u := range utf16.Encode([]rune(strings.TrimSuffix(n, "/"))) {
			utf = binary.LittleEndian.AppendUint16(utf, u)
		}
		utf = append(utf, 0, 0)
	}
	h = append(h, szFilesInfo)
	h = num(h, uint64(len(names)))
	if len(files) < len(names) {
		h = append(h, szEmptyStream)
		h = num(h, uint64(len(empty)))
		h = append(h, empty...)
	}
	h = append(h, szName)
	h = num(h, uint64(len(utf)+1))
	h = append(append(h, 0), utf...)
	h = append(h, szEnd, szEnd)
	h = append(h, make([]byte, pad)...)
	header := h
	if method != "plain" {
		var coder []byte
		var z []byte
		switch method {
		case "lzma":
			var buf bytes.Buffer
			w, err := lzma.WriterConfig{SizeInHeader: true, Size: int64(len(h)), DictCap: 1 << 16}.NewWriter(&buf)
			if err != nil {
				t.Fatal(err)
			}
			w.Write(h)
			w.Close()
			z = buf.Bytes()[13:]
			coder = append([]byte{0x23, 0x03, 0x01, 0x01, 5}, buf.Bytes()[:5]...)
		case "lzma2":
			var buf bytes.Buffer
			w, err := lzma.Writer2Config{DictCap: 1 << 20}.NewWriter2(&buf)
			if err != nil {
				t.Fatal(err)
			}
			w.Write(h)
			w.Close()
			z = buf.Bytes()
			coder = []byte{0x21, 0x21, 1, 16}
		case "aes":
			z = bytes.Repeat([]byte{0x5a}, 48)
			coder = append([]byte{0x24, 0x06, 0xf1, 0x07, 0x01, 10}, make([]byte, 10)...)
		}
		e := []byte{szEncodedHeader, szPackInfo}
		e = num(e, uint64(len(packed)))
		e = append(e, 1, szSize)
		e = num(e, uint64(len(z)))
		e = append(e, szEnd, szUnpackInfo, szFolder, 1, 0, 1)
		e = append(e, coder...)
		e = append(e, szUnpackSize)
		e = num(e, uint64(len(h)))
		e = append(e, szEnd, szEnd)
		packed = append(packed, z...)
		header = e
	}
	start := binary.LittleEndian.AppendUint64(nil, uint64(len(packed)))
	start = binary.LittleEndian.AppendUint64(start, uint64(len(header)))
	start = binary.LittleEndian.AppendUint32(start, crc32.ChecksumIEEE(header))
	b := append([]byte(sevenZipSig), 0, 4)
	b = binary.LittleEndian.AppendUint32(b, crc32.ChecksumIEEE(start))
	b = append(b, start...)
	b = append(b, packed...)
	return append(b, header...)
}

// tnefAttached builds a TNEF stream packing one attachment: its title
// (attAttachTitle, 8-bit) and its long file name (PR_ATTACH_LONG_FILENAME,
// PT_UNICODE) in its attAttachment properties.
func tnefAttached(title, long string) []byte {
	attr := func(b []byte, level byte, id uint32, data []byte) []byte {
		b = append(b, level)
		b = binary.LittleEndian.AppendUint32(b, id)
		b = binary.LittleEndian.AppendUint32(b, uint32(len(data)))
		return append(append(b, data...), 0, 0)
	}
	var name []byte
	for _, u := range utf16.Encode([]rune(long + "\x00")) {
		name = binary.LittleEndian.AppendUint16(name, u)
	}
	m := binary.LittleEndian.AppendUint32(nil, 1)
	m = binary.LittleEndian.AppendUint16(m, 0x001f) // PT_UNICODE
	m = binary.LittleEndian.AppendUint16(m, prAttachLongFilename)
	m = binary.LittleEndian.AppendUint32(m, 1)
	m = binary.LittleEndian.AppendUint32(m, uint32(len(name)))
	m = append(m, name...)
	for len(m)%4 != 0 {
		m = append(m, 0)
	}
	b := binary.LittleEndian.AppendUint32(nil, tnefSignature)
	b = append(b, 0x01, 0x00)
	b = attr(b, 2, attAttachRendData, make([]byte, 14))
	b = attr(b, 2, attAttachTitle, []byte(title+"\x00"))
	return attr(b, 2, attAttachment, m)
}

// zipCut is a zip of the named files (each 64 KiB of incompressible
// data, the program first) cut after its first half: its central
// directory is gone.
func zipCut(names ...string) []byte {
	b := zipStored(names...)
	return b[:len(b)/2]
}

// zipStored is a whole zip of the named files, each 64 KiB of
// incompressible data, stored in that order.
func zipStored(names ...string) []byte {
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for i, n := range names {
		f, _ := w.CreateHeader(&zip.FileHeader{Name: n, Method: zip.Store})
		data := make([]byte, 64<<10)
		for k := range data {
			data[k] = byte(k*7 + i + k>>8)
		}
		f.Write(data)
	}
	w.Close()
	return b.Bytes()
}

// TestArchiveNames: the names of the files of RAR (1.5-4 and 5) and 7z
// archives, of a zip cut at MaxPartBytes or broken, of a gzip stream's
// file, of attachments packed in TNEF and of uuencoded files are noted as
// an attached file's are: programs (ProgramNames) and names holding a
// direction control (BidiNames). Encrypted headers name nothing.
func TestArchiveNames(t *testing.T) {
	const rlo = "invoice\u202efdp.exe"
	att := func(name string, data []byte) []byte {
		return zipMail("Content-Type: application/octet-stream; name=\""+name+"\"", data)
	}
	uu := func(name string, data []byte) []byte {
		var b strings.Builder
		b.WriteString("Content-Type: text/plain\r\n\r\nThe invoice is below.\r\n\r\nbegin 644 " + name + "\r\n")
		for i := 0; i < len(data); i += 45 {
			line := data[i:min(len(data), i+45)]
			b.WriteByte(byte(32 + len(line)))
			for k := 0; k < len(line); k += 3 {
				var c [3]byte
				copy(c[:], line[k:])
				for _, v := range []byte{c[0] >> 2, c[0]<<4&0x30 | c[1]>>4, c[1]<<2&0x3c | c[2]>>6, c[2] & 0x3f} {
					b.WriteByte("`!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_"[v])
				}
			}
			b.WriteString("\r\n")
		}
		b.WriteString("`\r\nend\r\n")
		return []byte(b.String())
	}
	broken := ooxml(map[string]string{"Scan.pdf.lnk": "L", "readme.txt": "x"})
	broken = broken[:len(broken)-10] // the end of central directory record is cut
	for _, tc := range []struct {
		name       string
		msg        []byte
		prog, bidi []string
	}{
		{"RAR 4", att("Invoice.rar", rar4Of(false, "docs\\Invoice.pdf.exe", "readme.txt")), []string{"docs\\Invoice.pdf.exe"}, nil},
		{"RAR 4, a Unicode name", zipMail("Content-Type: application/x-rar-compressed", rar4Of(false, rlo)), []string{rlo}, []string{rlo}},
		{"RAR 4, encrypted headers", att("Invoice.rar", rar4Of(true, "Invoice.exe")), nil, nil},
		{"RAR 5", att("Invoice.RAR", rar5Of(false, "scan/", "scan/Scan.pdf.lnk")), []string{"scan/Scan.pdf.lnk"}, nil},
		{"RAR 5, a direction control", att("Invoice.rar", rar5Of(false, rlo)), []string{rlo}, []string{rlo}},
		{"RAR 5, encrypted headers", att("Invoice.rar", rar5Of(true, "Invoice.exe")), nil, nil},
		{"RAR 5 after junk", att("Invoice.rar", append([]byte("MZ junk"), rar5Of(false, "a.hta")...)), []string{"a.hta"}, nil},
		{"RAR 5 cut", att("Invoice.rar", rar5Of(false, "a.iso", "b.vhd", "c.exe")[:70]), []string{"a.iso", "b.vhd"}, nil},
		{"RAR in a zip", att("Invoice.zip", ooxml(map[string]string{"inner.rar": string(rar5Of(false, "Setup.msi"))})), []string{"Setup.msi"}, nil},
		{"a PDF named .rar is read as a PDF", zipMail("Content-Type: application/pdf; name=\"x.rar\"", rar5Of(false, "Setup.msi")), nil, nil},
		{"7z, a plain header", att("Invoice.7z", sevenZipOf(t, "plain", "Invoice.pdf.scr", "readme.txt")), []string{"Invoice.pdf.scr"}, nil},
		{"7z, an LZMA header", att("Invoice.7z", sevenZipOf(t, "lzma", "readme.txt", rlo)), []string{rlo}, []string{rlo}},
		{"7z, an LZMA2 header", zipMail("Content-Type: application/x-7z-compressed", sevenZipOf(t, "lzma2", "Open.lnk")), []string{"Open.lnk"}, nil},
		{"7z, an encrypted header", att("Invoice.7z", sevenZipOf(t, "aes", "Open.lnk")), nil, nil},
		{"a cut zip", zipMail("Content-Type: application/zip; name=\"Remittance.zip\"", zipCut("Remittance.pdf.exe", "a.pdf", "b.pdf", "c.pdf", "d.pdf")), []string{"Remittance.pdf.exe"}, nil},
		{"a broken zip", att("Remittance.zip", broken), []string{"Scan.pdf.lnk"}, nil},
		{"a gzip's file name", att("invoice.gz", gz("Invoice.pdf.exe", []byte("MZ"))), []string{"Invoice.pdf.exe"}, nil},
		{"a gzipped file's attachment name", att("Invoice.pdf.exe.gz", gz("", []byte("MZ"))), []string{"Invoice.pdf.exe.gz"}, nil},
		{"TNEF attachments", zipMail("Content-Type: application/ms-tnef; name=\"winmail.dat\"", tnefAttached("INVOIC~1.EXE", rlo)), []string{"INVOIC~1.EXE", rlo}, []string{rlo}},
		{"a uuencoded program", uu("Invoice.pdf.exe", []byte("MZ\x90\x00")), []string{"Invoice.pdf.exe"}, nil},
		{"a uuencoded script", uu("Invoice.js", []byte("WScript.Run('x')")), []string{"Invoice.js"}, nil},
		{"documents in a RAR", att("Scans.rar", rar5Of(false, "scan1.pdf", "scan2.jpg")), nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x, err := ExtractAll(tc.msg, Options{MaxPartBytes: 64 << 10})
			if errors.Is(err, errInternal) {
				t.Fatalf("internal error: %v", err)
			}
			if !slices.Equal(x.ProgramNames, tc.prog) || !slices.Equal(x.BidiNames, tc.bidi) {
				t.Errorf("ProgramNames %q, BidiNames %q; want %q, %q", x.ProgramNames, x.BidiNames, tc.prog, tc.bidi)
			}
		})
	}
}

// TestScriptNames: a script that developers also exchange (.js, .bat,
// .cmd, .ps1, .com, .jar) counts as a program where it stands alone:
// attached, or in an archive of at most maxScriptEntries files; in a
// project's archive of more files it does not.
func TestScriptNames(t *testing.T) {
	att := func(name string, data []byte) []byte {
		return zipMail("Content-Type: application/octet-stream; name=\""+name+"\"", data)
	}
	project := map[string]string{"README.md": "x", "package.json": "{}", "src/app.js": "x", "gradlew.bat": "x", "build.ps1": "x", "src/index.html": "<p>x</p>"}
	for _, tc := range []struct {
		name string
		msg  []byte
		want []string
	}{
		{"a script attached", att("Invoice_2207.js", []byte("x")), []string{"Invoice_2207.js"}},
		{"a batch file attached", att("update.BAT", []byte("x")), []string{"update.BAT"}},
		{"a lone script zipped", att("Invoice_2207.zip", ooxml(map[string]string{"Invoice_2207.js": "x"})), []string{"Invoice_2207.js"}},
		{"a script and a decoy zipped", att("Invoice.zip", ooxml(map[string]string{"Invoice.pdf": "%PDF", "Invoice.jse": "x", "run.ps1": "x"})), []string{"Invoice.jse", "run.ps1"}},
		{"a lone script in a folder, in RAR", att("Invoice.rar", rar5Of(false, "Invoice/", "Invoice/Invoice.cmd")), []string{"Invoice/Invoice.cmd"}},
		{"a lone Java archive in 7z", att("Invoice.7z", sevenZipOf(t, "lzma", "Invoice.jar")), []string{"Invoice.jar"}},
		{"a lone script in folders, in 7z", att("Invoice.7z", sevenZipOf(t, "lzma", "a/", "a/b/", "a/b/c/", "a/b/c/Invoice.js")), []string{"a/b/c/Invoice.js"}},
		{"a project in 7z", att("assignment.7z", sevenZipOf(t, "lzma", "README.md", "src/app.js", "gradlew.bat", "build.ps1")), nil},
		{"a lone script tarred", att("Invoice.tar", tarOf(map[string]string{"Invoice.com": "x"})), []string{"Invoice.com"}},
		{"a gzipped script", att("Invoice.gz", gz("Invoice.js", []byte("x"))), []string{"Invoice.js"}},
		{"a project zipped", att("assignment.zip", ooxml(project)), nil},
		{"a project tarred", att("assignment.tar", tarOf(project)), nil},
		{"a project in RAR", att("assignment.rar", rar5Of(false, "README.md", "src/app.js", "gradlew.bat", "build.ps1")), nil},
		{"a project's zip still names its program", att("assignment.zip", ooxml(map[string]string{"README.md": "x", "src/app.js": "x", "gradlew.bat": "x", "tools/setup.exe": "MZ"})), []string{"tools/setup.exe"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x, _ := ExtractAll(tc.msg, Options{})
			if !slices.Equal(x.ProgramNames, tc.want) {
				t.Errorf("ProgramNames = %q, want %q", x.ProgramNames, tc.want)
			}
		})
	}
}

// TestRar4Unicode: the Unicode form of a RAR 1.5-4 name, with each of its
// four ways of writing a unit, a run of the ASCII form with a correction
// among them.
func TestRar4Unicode(t *testing.T) {
	for _, tc := range []struct {
		ascii string
		enc   []byte
		want  string
	}{
		// high 0x20; flags 00 01 10 11: 'a', 0x202e, 0x0444, a run of 2 from ascii[3:]
		{"a__de", []byte{0x20, 0b00_01_10_11, 'a', 0x2e, 0x44, 0x04, 0x00}, "a\u202e\u0444de"},
		// a run with a correction: ascii bytes + 1 with the high byte 0x04
		{"\x0f\x1f", []byte{0x04, 0b11_000000, 0x80, 0x01}, "\u0410\u0420"},
		{"plain", nil, "plain"},
		{"cut", []byte{0x20, 0b10_000000, 0x41}, ""},
	} {
		if got := rar4Unicode([]byte(tc.ascii), tc.enc); got != tc.want {
			t.Errorf("rar4Unicode(%q, % x) = %q, want %q", tc.ascii, tc.enc, got, tc.want)
		}
	}
	ascii, enc, _ := bytes.Cut(rar4EncodeName(rloName), []byte{0})
	if got := rar4Unicode(ascii, enc); got != rloName {
		t.Errorf("round trip = %q", got)
	}
}

const rloName = "invoice\u202efdp.exe"

// TestSevenZipHeaderBounds: an encoded header that says it inflates past
// maxSevenZipHeader, or past the message's archive budget, is not read
// (the scan is partial), and counts that a header declares past what it
// holds are refused before anything is allocated for them.
func TestSevenZipHeaderBounds(t *testing.T) {
	b := sevenZipOf(t, "lzma", "Open.lnk")
	sc := &scan{zipLeft: 1 << 30}
	if names, _, _ := sevenZipNames(b, sc, nil); !slices.Equal(names, []string{"Open.lnk"}) || sc.zipLeft >= 1<<30 {
		t.Fatalf("names %q, budget left %d", names, sc.zipLeft)
	}
	sc = &scan{zipLeft: 8}
	if names, _, _ := sevenZipNames(b, sc, nil); names != nil || !sc.partial {
		t.Errorf("past the budget: names %q, partial %v", names, sc.partial)
	}
	// Headers padded to inflate to maxSevenZipHeader each: a message of
	// 64 reads 16 of them whole (its budget), and the scan is partial.
	att := "--b\r\nContent-Type: application/x-7z-compressed\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
		base64.StdEncoding.EncodeToString(sevenZipPadded(t, "lzma", maxSevenZipHeader-200, "Open.lnk")) + "\r\n"
	msg := "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nsee\r\n" + strings.Repeat(att, 64) + "--b--\r\n"
	sc = scanMessage([]byte(msg), Options{}.withDefaults(), nil, false)
	if sc.zipLeft < 0 || sc.zipLeft >= maxSevenZipHeader || !sc.partial || !slices.Equal(sc.programNames, []string{"Open.lnk", "Open.lnk", "Open.lnk", "Open.lnk"}) {
		t.Errorf("64 padded headers: budget left %d, partial %v, names %q", sc.zipLeft, sc.partial, sc.programNames)
	}
	// A plain header declaring 2^32 folders in a few bytes.
	r := szReader{b: []byte{szUnpackInfo, szFolder, 0x8f, 0xff, 0xff, 0xff, 0xff, 0}}
	r.byte()
	if si := r.streams(); !r.bad || si.folders != 0 {
		t.Errorf("2^32 folders: bad %v, folders %d", r.bad, si.folders)
	}
}

// TestZipLocalNames: a zip's local headers name its files when the
// central directory is lost; a data descriptor's unknown size makes the
// walk search on, and a name cut at the end is not listed.
func TestZipLocalNames(t *testing.T) {
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for _, n := range []string{"a.exe", "b/c.lnk"} {
		f, _ := w.Create(n) // deflated, with a data descriptor
		f.Write([]byte(strings.Repeat("PK\x03\x04", 3)))
	}
	w.Close()
	if got, _, complete := zipLocalNames(b.Bytes(), nil); !slices.Equal(got, []string{"a.exe", "b/c.lnk"}) || !complete {
		t.Errorf("names %q, complete %v", got, complete)
	}
	cut := zipCut("one.exe")
	if got, _, complete := zipLocalNames(cut[:33], nil); got != nil || complete {
		t.Errorf("a name cut at the end: %q, complete %v", got, complete)
	}
	if got, _, complete := zipLocalNames(cut, nil); !slices.Equal(got, []string{"one.exe"}) || complete {
		t.Errorf("a zip cut before its central directory: %q, complete %v", got, complete)
	}
}

// TestScriptListingCut: a script among the first files of an archive
// whose listing was cut (a zip cut at MaxPartBytes, listed from its local
// headers; a RAR cut or past MaxPartBytes; a tar cut, in a header or at
// one's boundary) does not count as standing alone, however few files
// were listed: a large project lists its build script first. The same
// archives whole, and a zip whose central directory alone is broken, do.
func TestScriptListingCut(t *testing.T) {
	att := func(name string, data []byte) []byte {
		return zipMail("Content-Type: application/octet-stream; name=\""+name+"\"", data)
	}
	const part = 160 << 10 // zipStored's files are 64 KiB
	project := []string{"build.ps1", "a.bin", "b.bin", "c.bin", "d.bin", "e.bin"}
	brokenCD := ooxml(map[string]string{"Invoice.js": "x"})
	brokenCD = brokenCD[:len(brokenCD)-10] // the end record is cut; the central directory is there
	rar5 := rar5Of(false, "build.cmd", "a.txt", "b.txt", "c.txt", "d.txt")
	rar4 := rar4Of(false, "build.cmd", "a.txt", "b.txt", "c.txt", "d.txt")
	lone := rar5Of(false, "Invoice.cmd")
	const rar5EndBlock = 8 // CRC (4), size, type, flags, archive flags
	if _, _, complete := rarNames(lone[:len(lone)-rar5EndBlock], nil); !complete {
		t.Fatalf("a RAR cut at its end block should read as whole to its walk")
	}
	tarCut := tarSeq(t, "run.bat", "a.txt", "b.txt", "c.txt", "d.txt")
	for _, tc := range []struct {
		name string
		msg  []byte
		max  int64
		want []string
	}{
		{"a zip cut at MaxPartBytes", att("project.zip", zipStored(project...)), part, nil},
		{"a zip cut before it was mailed", att("project.zip", zipCut(project[:5]...)), 0, nil},
		{"the zip whole", att("project.zip", zipStored("build.ps1", "a.bin")), part, []string{"build.ps1"}},
		{"a zip whose end record alone is broken", att("Invoice.zip", brokenCD), 0, []string{"Invoice.js"}},
		{"RAR 5 cut after two headers", att("project.rar", rar5[:75]), 0, nil},
		{"RAR 4 cut after two headers", att("project.rar", rar4[:len(rar4)/2]), 0, nil},
		{"a RAR cut at MaxPartBytes on a block's boundary", att("Invoice.rar", lone), int64(len(lone) - rar5EndBlock), nil},
		{"the RAR whole", att("Invoice.rar", lone), 0, []string{"Invoice.cmd"}},
		{"a tar cut in a file", att("project.tar", tarCut), 2048 + 100, nil},
		{"a tar cut at a header's boundary", att("project.tar", tarCut), 2048, nil},
		{"the tar whole", att("project.tar", tarSeq(t, "run.bat", "a.txt")), 0, []string{"run.bat"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x, _ := ExtractAll(tc.msg, Options{MaxPartBytes: tc.max})
			if !slices.Equal(x.ProgramNames, tc.want) {
				t.Errorf("ProgramNames = %q, want %q", x.ProgramNames, tc.want)
			}
		})
	}
}

// tarSeq is a tar of the named files in that order, each 512 bytes of
// text (one block: a file and its header take 1 KiB).
func tarSeq(t *testing.T, names ...string) []byte {
	t.Helper()
	var b bytes.Buffer
	w := tar.NewWriter(&b)
	for _, n := range names {
		data := bytes.Repeat([]byte(n[:1]), 512)
		if err := w.WriteHeader(&tar.Header{Name: n, Mode: 0o644, Size: int64(len(data)), Typeflag: tar.TypeReg}); err != nil {
			t.Fatal(err)
		}
		w.Write(data)
	}
	w.Close()
	return b.Bytes()
}

// allocated is the bytes f allocates.
func allocated(f func()) uint64 {
	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	f()
	runtime.ReadMemStats(&m1)
	return m1.TotalAlloc - m0.TotalAlloc
}

// sevenZipFolders builds a 7z archive whose plain header declares
// folders folders of one copy coder (with their CRCs when crcs), then
// tail in its main StreamsInfo, and one file named "a".
func sevenZipFolders(folders int, crcs bool, tail []byte) []byte {
	h := []byte{szHeader, szMainStreams, szUnpackInfo, szFolder, 0x80 | byte(folders>>8), byte(folders), 0}
	for range folders {
		h = append(h, 1, 0x01, 0x00) // one coder, copy
	}
	h = append(h, szUnpackSize)
	h = append(h, make([]byte, folders)...)
	if crcs {
		h = append(h, szCRC, 1)
		h = append(h, make([]byte, 4*folders)...)
	}
	h = append(h, szEnd)
	h = append(h, tail...)
	h = append(h, szEnd, szFilesInfo, 1, szName, 5, 0, 'a', 0, 0, 0, szEnd, szEnd)
	start := binary.LittleEndian.AppendUint64(nil, 0)
	start = binary.LittleEndian.AppendUint64(start, uint64(len(h)))
	start = binary.LittleEndian.AppendUint32(start, crc32.ChecksumIEEE(h))
	b := append([]byte(sevenZipSig), 0, 4)
	b = binary.LittleEndian.AppendUint32(b, crc32.ChecksumIEEE(start))
	return append(append(b, start...), h...)
}

// TestSevenZipRepeatedSections: a StreamsInfo lists its PackInfo,
// UnpackInfo and SubStreamsInfo once each, in that order, and a
// SubStreamsInfo's digests are counted once. A header that declares 4096
// folders and then repeats an empty SubStreamsInfo, or a SubStreamsInfo's
// empty CRC list (two bytes each), must not cost a walk over the folders
// for each repeat: a compressed header of a few hundred bytes inflating to
// 1 MiB of them made gigabytes to allocate, or seconds to walk.
func TestSevenZipRepeatedSections(t *testing.T) {
	b := sevenZipFolders(4096, false, bytes.Repeat([]byte{szSubStreams, szEnd}, 8192))
	var names []string
	if n := allocated(func() { names, _, _ = sevenZipNames(b, &scan{zipLeft: 1 << 30}, nil) }); n > 64*uint64(len(b)) {
		t.Errorf("a %d-byte header allocated %d bytes (names %q)", len(b), n, names)
	}
	// Once, the section is read and the file named.
	if names, _, _ = sevenZipNames(sevenZipFolders(4096, true, []byte{szSubStreams, szCRC, 0, szEnd}), &scan{}, nil); !slices.Equal(names, []string{"a"}) {
		t.Errorf("names %q", names)
	}
	crcs := func(folders, repeats int) []byte {
		tail := append([]byte{szSubStreams}, bytes.Repeat([]byte{szCRC, 0}, repeats)...)
		return sevenZipFolders(folders, true, append(tail, szEnd))
	}
	small, big := crcs(1024, 1<<14), crcs(4096, 1<<16)
	lineartest.Check(t, "repeated SubStreamsInfo CRCs",
		func() { sevenZipNames(small, &scan{zipLeft: 1 << 30}, nil) },
		func() { sevenZipNames(big, &scan{zipLeft: 1 << 30}, nil) })
}

// TestSevenZipLiteralBits: LZMA's literal coder takes 0x300<<(lc+lp)
// probabilities; a header's properties asking lc=8, lp=4 (6 MiB of them
// for a header of any size) are not read (7-Zip writes lc=3, lp=0, and
// LZMA2 allows lc+lp <= 4), and the scan is partial.
func TestSevenZipLiteralBits(t *testing.T) {
	b := sevenZipOf(t, "lzma", "Open.lnk")
	i := bytes.Index(b, []byte{0x23, 0x03, 0x01, 0x01, 5})
	if i < 0 {
		t.Fatal("no LZMA coder")
	}
	b[i+5] = (2*5+4)*9 + 8 // pb=2, lp=4, lc=8
	sc := &scan{zipLeft: 1 << 30}
	if n := allocated(func() { sevenZipNames(b, sc, nil) }); n > 1<<20 {
		t.Errorf("a %d-byte archive allocated %d bytes", len(b), n)
	}
	if !sc.partial {
		t.Errorf("not partial")
	}
}

// sevenZipEncoded builds a 7z archive whose header is encoded by one
// coder (its bytes as a 7z folder writes them) into z, unpacking to
// unpack bytes.
func sevenZipEncoded(coder, z []byte, unpack int) []byte {
	e := []byte{szEncodedHeader, szPackInfo, 0, 1, szSize, 0xff}
	e = binary.LittleEndian.AppendUint64(e, uint64(len(z)))
	e = append(e, szEnd, szUnpackInfo, szFolder, 1, 0, 1)
	e = append(e, coder...)
	e = append(e, szUnpackSize, 0xff)
	e = binary.LittleEndian.AppendUint64(e, uint64(unpack))
	e = append(e, szEnd, szEnd)
	start := binary.LittleEndian.AppendUint64(nil, uint64(len(z)))
	start = binary.LittleEndian.AppendUint64(start, uint64(len(e)))
	start = binary.LittleEndian.AppendUint32(start, crc32.ChecksumIEEE(e))
	b := append([]byte(sevenZipSig), 0, 4)
	b = binary.LittleEndian.AppendUint32(b, crc32.ChecksumIEEE(start))
	return append(append(append(b, start...), z...), e...)
}

// lzma2Tiny is an LZMA2 stream of n chunks, each resetting the state
// with new properties (props) and unpacking to one byte.
func lzma2Tiny(n int, props byte) []byte {
	var z []byte
	for i := range n {
		control := byte(0xc0) // state reset, new properties
		if i == 0 {
			control = 0xe0 // and a dictionary reset
		}
		z = append(z, control, 0, 0, 0, 5, props, 0, 0, 0, 0, 0, 0)
	}
	return append(z, 0)
}

// TestSevenZipLZMA2Chunks: each LZMA2 chunk that resets the state makes
// the decoder allocate its literal coder afresh (0x300<<(lc+lp)
// probabilities), so a header of tiny chunks must not be read chunk by
// chunk (each of 12 bytes here): chunks with more than 4 literal bits (which LZMA2 forbids) or
// more chunks than a real encoder writes for the packed size leave the
// header unread, and the scan is partial. Before, 64 chunks
// at lc=8, lp=4 allocated 400 MiB, and 4096 at lc+lp=4 100 MiB.
func TestSevenZipLZMA2Chunks(t *testing.T) {
	coder := []byte{0x21, 0x21, 1, 16}
	for _, tc := range []struct {
		n     int
		props byte
	}{{64, (0*5+4)*9 + 8}, {4096, (2*5+0)*9 + 4}} {
		z := lzma2Tiny(tc.n, tc.props)
		b := sevenZipEncoded(coder, z, tc.n)
		sc := &scan{zipLeft: 1 << 30}
		if n := allocated(func() { sevenZipNames(b, sc, nil) }); n > 2<<20 {
			t.Errorf("%d chunks, properties %d: %d bytes allocated", tc.n, tc.props, n)
		}
		if !sc.partial {
			t.Errorf("%d chunks, properties %d: not partial", tc.n, tc.props)
		}
	}
	// A few such chunks are read.
	b := sevenZipEncoded(coder, lzma2Tiny(3, (2*5+0)*9+3), 3)
	sc := &scan{zipLeft: 1 << 30}
	sevenZipNames(b, sc, nil)
	if sc.partial || sc.zipLeft != 1<<30-3 {
		t.Errorf("3 chunks: partial %v, budget used %d", sc.partial, 1<<30-sc.zipLeft)
	}
}

// TestTNEFForwardedMessage: an Outlook item attached to a TNEF message (a
// forwarded mail, a meeting) has no file name: its PR_DISPLAY_NAME is its
// subject, which names no file the reader opens. "Your order from
// Amazon.com" is no DOS program, nor "Re: deploy.ps1" a script.
func TestTNEFForwardedMessage(t *testing.T) {
	for _, subject := range []string{"Your order from Amazon.com", "Re: deploy.ps1", "Fw: Setup.exe"} {
		s := []byte(subject + "\x00")
		m := binary.LittleEndian.AppendUint32(nil, 1)
		m = binary.LittleEndian.AppendUint16(m, 0x001e) // PT_STRING8
		m = binary.LittleEndian.AppendUint16(m, 0x3001) // PR_DISPLAY_NAME
		m = binary.LittleEndian.AppendUint32(m, 1)
		m = binary.LittleEndian.AppendUint32(m, uint32(len(s)))
		m = append(m, s...)
		for len(m)%4 != 0 {
			m = append(m, 0)
		}
		attr := func(b []byte, id uint32, data []byte) []byte {
			b = append(b, 2)
			b = binary.LittleEndian.AppendUint32(b, id)
			b = binary.LittleEndian.AppendUint32(b, uint32(len(data)))
			return append(append(b, data...), 0, 0)
		}
		b := binary.LittleEndian.AppendUint32(nil, tnefSignature)
		b = append(b, 0x01, 0x00)
		b = attr(b, attAttachRendData, make([]byte, 14))
		b = attr(b, attAttachment, m)
		x, _ := ExtractAll(zipMail("Content-Type: application/ms-tnef; name=\"winmail.dat\"", b), Options{})
		if x.ProgramNames != nil {
			t.Errorf("%q: ProgramNames = %q", subject, x.ProgramNames)
		}
	}
}

// TestRar4DataWithoutFlag: unrar skips a RAR 1.5-4 file header's data by
// its packed size whether or not the header's flags say a data size
// follows (LONG_BLOCK); a first file header without the flag must not
// hide the names after it.
func TestRar4DataWithoutFlag(t *testing.T) {
	b := rar4Of(false, "readme.txt", "Invoice.pdf.exe")
	at := len("Rar!\x1a\x07\x00") + 7 + 6 // the first file header
	if b[at+2] != rar4File {
		t.Fatalf("no file header at %d", at)
	}
	flags := binary.LittleEndian.Uint16(b[at+3:]) &^ rar4HasAddedSize
	binary.LittleEndian.PutUint16(b[at+3:], flags)
	size := int(binary.LittleEndian.Uint16(b[at+5:]))
	binary.LittleEndian.PutUint16(b[at:], uint16(crc32.ChecksumIEEE(b[at+2:at+size])))
	if names, _, complete := rarNames(b, nil); !slices.Equal(names, []string{"readme.txt", "Invoice.pdf.exe"}) || !complete {
		t.Errorf("names %q, complete %v", names, complete)
	}
}
