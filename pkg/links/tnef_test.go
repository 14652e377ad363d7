package links

import (
	"encoding/base64"
	"encoding/binary"
	"errors"
	"slices"
	"strings"
	"testing"
)

// lzfuLiterals compresses rtf as LZFu with literals only, and the end marker.
func lzfuLiterals(rtf []byte) []byte {
	var body []byte
	w := len(lzfuPrefix)
	for i := 0; i < len(rtf); i += 8 {
		chunk := rtf[i:min(len(rtf), i+8)]
		ctrl := byte(0)
		if len(chunk) < 8 {
			ctrl = 1 << len(chunk) // the end marker follows the last literal
		}
		body = append(body, ctrl)
		body = append(body, chunk...)
		w = (w + len(chunk)) % 4096
		if len(chunk) < 8 {
			body = append(body, byte(w>>4), byte(w<<4))
			break
		}
		if i+8 == len(rtf) {
			body = append(body, 1, byte(w>>4), byte(w<<4))
		}
	}
	head := make([]byte, 16)
	binary.LittleEndian.PutUint32(head, uint32(len(body)+12))
	binary.LittleEndian.PutUint32(head[4:], uint32(len(rtf)))
	binary.LittleEndian.PutUint32(head[8:], 0x75465a4c)
	return append(head, body...)
}

// tnefWith builds a TNEF stream whose attMAPIProps holds the binary
// properties given (id -> value).
func tnefWith(props [][2]any) []byte {
	var m []byte
	m = binary.LittleEndian.AppendUint32(m, uint32(len(props)))
	for _, p := range props {
		id, v := p[0].(int), p[1].([]byte)
		m = binary.LittleEndian.AppendUint16(m, 0x0102) // PT_BINARY
		m = binary.LittleEndian.AppendUint16(m, uint16(id))
		m = binary.LittleEndian.AppendUint32(m, 1)
		m = binary.LittleEndian.AppendUint32(m, uint32(len(v)))
		m = append(m, v...)
		for len(m)%4 != 0 {
			m = append(m, 0)
		}
	}
	b := binary.LittleEndian.AppendUint32(nil, tnefSignature)
	b = append(b, 0x01, 0x00) // key
	b = append(b, 0x01)       // level: message
	b = binary.LittleEndian.AppendUint32(b, attMAPIProps)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(m)))
	b = append(b, m...)
	return append(b, 0, 0) // checksum (not checked)
}

// TestTNEFBodies: the body a TNEF attachment (winmail.dat) holds, which
// Outlook shows in place of the MIME text when Exchange unpacks it, is
// read: compressed RTF (a HYPERLINK field, and the <a href> of HTML
// encapsulated in it) and PR_HTML, by type or by the name winmail.dat.
func TestTNEFBodies(t *testing.T) {
	rtf := []byte(`{\rtf1\ansi\fromhtml1 {\*\htmltag84 <a href="https://encapsulated.evil.example/login">}Sign in{\*\htmltag92 </a>}` +
		` {\field{\*\fldinst HYPERLINK "https://field.evil.example/"}{\fldrslt Open}}}`)
	if got, cut := lzfu(lzfuLiterals(rtf), maxTNEFBody); string(got) != string(rtf) || cut {
		t.Fatalf("lzfu = %q, cut %v; want %q", got, cut, rtf)
	}
	// A reference into the preset dictionary ("{\rtf1" at offset 0), a
	// literal, then the end marker at the write position (207+7).
	ref := append(make([]byte, 16), 5, 0x00, 0x04, 'X', 0x0d, 0x60)
	binary.LittleEndian.PutUint32(ref[8:], 0x75465a4c)
	if got, _ := lzfu(ref, maxTNEFBody); string(got) != `{\rtf1X` {
		t.Errorf("lzfu with a reference = %q", got)
	}
	tnef := tnefWith([][2]any{{prRTFCompressed, lzfuLiterals(rtf)}, {prHTML, []byte(`<p><a href="https://html.evil.example/pay">Pay</a></p>`)}})
	want := []string{"https://encapsulated.evil.example/login", "https://field.evil.example/", "https://html.evil.example/pay"}
	for _, header := range []string{
		"Content-Type: application/ms-tnef; name=\"winmail.dat\"",
		"Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"WINMAIL.DAT\"",
	} {
		msg := []byte("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nSee the message.\r\n" +
			"--b\r\n" + header + "\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64.StdEncoding.EncodeToString(tnef) + "\r\n--b--\r\n")
		ls, _ := Extract(msg, Options{})
		var got []string
		for _, l := range ls {
			got = append(got, l.URL)
			if l.Kind != KindTNEF || l.Rewritable() || !l.InAttachment() {
				t.Errorf("%s: link %+v, want a TNEF attachment link", header, l)
			}
			if l.URL == "https://encapsulated.evil.example/login" && !strings.Contains(l.Context, "Sign in") {
				t.Errorf("%s: context %q, want the body's words around the link", header, l.Context)
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("%s: links %q, want %q", header, got, want)
		}
	}
	for _, junk := range [][]byte{nil, []byte("not tnef"), tnef[:len(tnef)/2], tnefWith([][2]any{{prRTFCompressed, []byte("short")}})} {
		left := int64(maxTNEFBody)
		_, _ = tnefBodies(junk, &left) // no panic, no endless loop
	}
}

// TestTNEFReferences: an HTML body in a TNEF attachment that spells a
// URL with character references, in an href or in its text, is read as
// Outlook shows it; a URL written out plainly is not found twice.
func TestTNEFReferences(t *testing.T) {
	html := `<p>Pay at https&#58;//text.evil.example/pay or <a href="&#104;ttps://href.evil.example/x?a=1&amp;b=2">here</a>` +
		` or <a href="https://plain.example/x?a=1&amp;b=2">there</a> &#8217;</p>`
	tnef := tnefWith([][2]any{{prHTML, []byte(html)}})
	msg := []byte("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nSee the message.\r\n" +
		"--b\r\nContent-Type: application/ms-tnef; name=\"winmail.dat\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64.StdEncoding.EncodeToString(tnef) + "\r\n--b--\r\n")
	ls, _ := Extract(msg, Options{})
	var got []string
	for _, l := range ls {
		if l.Kind != KindTNEF || l.Rewritable() {
			t.Errorf("link %+v, want a TNEF attachment link", l)
		}
		got = append(got, l.Host)
	}
	slices.Sort(got)
	want := []string{"href.evil.example", "plain.example", "text.evil.example"}
	if !slices.Equal(got, want) {
		t.Errorf("links %q, want %q", got, want)
	}
}

// TestTNEFCut: a TNEF body a bound leaves partly or wholly unread (RTF
// inflating past the budget, junk attributes or properties ahead of the
// body) makes the scan partial with a cut body (scan_limit from
// strangers), as a cut text part does; one read whole does not.
func TestTNEFCut(t *testing.T) {
	rtf := []byte(`{\rtf1 {\field{\*\fldinst HYPERLINK "https://field.evil.example/"}{\fldrslt Open}}}`)
	packed := lzfuLiterals(rtf)
	if got, cut := lzfu(packed, len(rtf)); string(got) != string(rtf) || cut {
		t.Errorf("lzfu at exactly its size = %q, cut %v; want it whole", got, cut)
	}
	if got, cut := lzfu(packed, len(rtf)-1); len(got) != len(rtf)-1 || !cut {
		t.Errorf("lzfu one byte short = %d bytes, cut %v; want %d, cut", len(got), cut, len(rtf)-1)
	}
	mela := append([]byte(nil), packed[:16]...)
	binary.LittleEndian.PutUint32(mela[8:], 0x414c454d)
	mela = append(mela, rtf...)
	if got, cut := lzfu(mela, len(rtf)-1); len(got) != len(rtf)-1 || !cut {
		t.Errorf("MELA one byte short = %d bytes, cut %v; want %d, cut", len(got), cut, len(rtf)-1)
	}
	whole := tnefWith([][2]any{{prRTFCompressed, packed}})
	junkAttrs := append([]byte(nil), whole[:6]...)
	for range maxTNEFAttrs {
		junkAttrs = append(junkAttrs, 0x01, 0x99, 0x99, 0x06, 0x00, 0, 0, 0, 0, 0, 0)
	}
	junkAttrs = append(junkAttrs, whole[6:]...)
	var props [][2]any
	for range maxTNEFProps {
		props = append(props, [2]any{0x3001, []byte("x")})
	}
	junkProps := tnefWith(append(props, [2]any{prRTFCompressed, packed}))
	// A property count past the bound with nothing after the properties
	// there are (a broken count) hides nothing.
	junkCount := append([]byte(nil), whole...)
	binary.LittleEndian.PutUint32(junkCount[15:], 0xffffffff)
	for _, tc := range []struct {
		name string
		tnef []byte
		cut  bool
	}{
		{"read whole", whole, false},
		{"junk attributes ahead", junkAttrs, true},
		{"junk properties ahead", junkProps, true},
		{"a junk property count", junkCount, false},
	} {
		x, err := ExtractAll(zipMail("Content-Type: application/ms-tnef", tc.tnef), Options{})
		if x.CutBody != tc.cut || errors.Is(err, ErrPartial) != tc.cut || len(x.Links) != map[bool]int{false: 1, true: 0}[tc.cut] {
			t.Errorf("%s: %d links, cut %v, %v; want cut %v", tc.name, len(x.Links), x.CutBody, err, tc.cut)
		}
	}
}

// FuzzTNEF: any bytes attached as TNEF give only attachment links, within
// the link limit, and never an internal error.
func FuzzTNEF(f *testing.F) {
	f.Add(tnefWith([][2]any{{prRTFCompressed, lzfuLiterals([]byte(`{\rtf1 https://a.example/}`))}}))
	f.Add(tnefWith([][2]any{{prHTML, []byte(`<a href="https://b.example/">x</a>`)}}))
	f.Fuzz(func(t *testing.T, tnef []byte) {
		x, err := ExtractAll(zipMail("Content-Type: application/ms-tnef", tnef), fuzzOpts)
		if errors.Is(err, errInternal) || len(x.Links) > fuzzOpts.MaxLinks {
			t.Fatalf("internal error %v or %d links", err, len(x.Links))
		}
		for _, l := range x.Links {
			if l.Part == "2" && l.Clickable && !l.InAttachment() {
				t.Fatalf("link %q of kind %s in the TNEF is rewritable", l.Raw, l.Kind)
			}
		}
	})
}

// TestTNEFMessageBudget: the compressed RTF of a message's TNEF
// attachments decompresses within the message's archive budget
// (zipBudget), as archives inflate, and an RTF body cut or left unread
// for it makes the scan partial, and is a cut body (the message Outlook
// shows). LZFu writes 17 bytes for 2, and each attachment had 8 MiB of
// its own. Nothing is timed.
func TestTNEFMessageBudget(t *testing.T) {
	rtf, comp := lzfuRepeated(6 << 20)
	att := base64.StdEncoding.EncodeToString(tnefWith([][2]any{{prRTFCompressed, comp}}))
	var atts strings.Builder
	const n = 8
	for range n {
		atts.WriteString("--b\r\nContent-Type: application/ms-tnef; name=\"winmail.dat\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + att + "\r\n")
	}
	msg := "From: a@sender.example\r\nTo: b@rcpt.example\r\nSubject: t\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n" +
		"--b\r\nContent-Type: text/plain\r\n\r\nthe message\r\n" + atts.String() + "--b--\r\n"
	if n*len(rtf) <= int(zipBudget(len(msg))) {
		t.Fatal("the attachments must decompress past the budget")
	}
	sc := scanMessage([]byte(msg), Options{}, nil, false)
	if used := zipBudget(len(msg)) - sc.zipLeft; used < int64(len(rtf)) || used > zipBudget(len(msg)) || !sc.partial || !sc.cutBody {
		t.Errorf("decompressed %d of a budget of %d, partial %v, cut body %v; want within it, partial, a cut body", used, zipBudget(len(msg)), sc.partial, sc.cutBody)
	}
	// One attachment alone is read whole.
	left := int64(maxTNEFBody)
	bodies, cut := tnefBodies(tnefWith([][2]any{{prRTFCompressed, comp}}), &left)
	if len(bodies) != 1 || string(bodies[0].data) != string(rtf) || cut || left != int64(maxTNEFBody-len(rtf)) {
		t.Errorf("one body of %d bytes: %d bodies, cut %v, left %d", len(rtf), len(bodies), cut, left)
	}
}

// lzfuRepeated is an RTF document of about n bytes, a run of paragraphs,
// and its LZFu compression: literals, then back-references of 17 bytes
// (2 bytes each, 8 to a control byte) to the paragraph before.
func lzfuRepeated(n int) (rtf, comp []byte) {
	unit := `\par xxxxxxxxxxx ` // 17 bytes
	lit := `{\rtf1 ` + unit     // 24 bytes: three control groups of literals
	var body []byte
	for i := 0; i < len(lit); i += 8 {
		body = append(append(body, 0), lit[i:i+8]...)
	}
	rtf = []byte(lit)
	w := (len(lzfuPrefix) + len(lit)) % 4096
	for len(rtf) < n {
		body = append(body, 0xff)
		for range 8 {
			ref := (w-17+4096)%4096<<4 | 15
			body = append(body, byte(ref>>8), byte(ref))
			w = (w + 17) % 4096
			rtf = append(rtf, unit...)
		}
	}
	head := binary.LittleEndian.AppendUint32(nil, uint32(len(body)+12))
	head = binary.LittleEndian.AppendUint32(head, uint32(len(rtf)))
	head = binary.LittleEndian.AppendUint32(head, 0x75465a4c)
	head = binary.LittleEndian.AppendUint32(head, 0)
	return rtf, append(head, body...)
}
