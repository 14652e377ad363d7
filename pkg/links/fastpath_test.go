package links

import (
	"bytes"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// The fast paths must agree with the straightforward code they shortcut.

func FuzzB64Decode(f *testing.F) {
	for _, s := range []string{"", "QQ==", "QUJD\r\nREVG\r\n", "QQ==\r\nQg==", "QUJ", "QU JD", "QUJD=", "Q=Q=",
		"QUJDREVG\nR0g=\n", "!!QUJD", "QUJD\r\n\r\n--b--\r\n", "QUI=\r\n=", "QUJDRA"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		got, gerr := b64Decode(b)
		want, werr := b64Lenient(b)
		if !bytes.Equal(got, want) || (gerr == nil) != (werr == nil) {
			t.Fatalf("b64Decode(%q) = %q, %v; lenient %q, %v", b, got, gerr, want, werr)
		}
	})
}

func TestPlainASCIITable(t *testing.T) {
	for c := 0; c < 256; c++ {
		want := !(c <= ' ' || c >= 0x7f || strings.IndexByte("\"<>\\^`{|}", byte(c)) >= 0)
		if got := plainASCII(string([]byte{byte(c)})); got != want {
			t.Errorf("plainASCII(%#x) = %v, want %v", c, got, want)
		}
	}
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{"https://www.example.com/a?b=c#d", "http://a.example", "http://A.example/", "http://a.example./",
		"http://0x7f.1/", "http://1.2.3.4:80/", "http://xn--bcher-kva.example/", "https://a.example/%zz", "https://a.example/?q=%zz",
		"https://a.example#%zz", "https://a.example/p#f?x", "https://a.example?x#y/%", "https://a..example/", "https://-.example/x",
		"https://a.example/ x", "https://u@a.example/", "https://a.example:443/", "https://a.example\\x", "http://a.example?"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		shared := hostCache{}
		got, ok := analyzeSimple(s, shared)
		if !ok {
			return
		}
		if want := analyzeURL(s, nil); got != want {
			t.Fatalf("analyzeSimple(%q) = %+v, analyzeURL %+v", s, got, want)
		}
		if want := analyzeURL(s, shared); got != want {
			t.Fatalf("analyzeSimple(%q) = %+v, analyzeURL with its cache %+v", s, got, want)
		}
	})
}

// TestAnalyzeSimpleRandom compares the fast path with url.Parse on random
// URLs drawn from an alphabet of the characters that matter to either.
func TestAnalyzeSimpleRandom(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	const alpha = "abcxyzAZ0189.-_~/?#%:@[]!$&'()*+,;=\\ \t\"<>^`{|}\x7f\xc3\xa9"
	heads := []string{"http://", "https://", "HTTP://", "http:/", "https:///", "ftp://"}
	hosts := []string{"a.example", "www.shop-1.example", "1.2.3.4", "0x7f.1", "xn--bcher-kva.example", "xn--a.example", "a.example.", "a", "ex--a.test", "203.0.113.9"}
	fast := 0
	for i := 0; i < 300000; i++ {
		var b strings.Builder
		b.WriteString(heads[r.Intn(len(heads))])
		b.WriteString(hosts[r.Intn(len(hosts))])
		for j := r.Intn(12); j > 0; j-- {
			b.WriteByte(alpha[r.Intn(len(alpha))])
		}
		s := b.String()
		got, ok := analyzeSimple(s, nil)
		if !ok {
			continue
		}
		fast++
		if want := analyzeURL(s, nil); got != want {
			t.Fatalf("analyzeSimple(%q) = %+v, analyzeURL %+v", s, got, want)
		}
	}
	if fast < 10000 {
		t.Fatalf("only %d of the random URLs took the fast path", fast)
	}
}

// FuzzExtractSigned: ExtractSigned is Extract and Signed, whatever the limits.
func FuzzExtractSigned(f *testing.F) {
	addSeeds(f)
	f.Add([]byte("Content-Type: multipart/signed; boundary=a\r\n\r\n--a\r\nContent-Type: text/plain\r\n\r\nhttps://x.example/\r\n--a--\r\n"))
	f.Add([]byte("Content-Type: multipart/mixed; boundary=a\r\n\r\n--a\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: application/pkcs7-mime\r\n\r\nx\r\n--b--\r\n--a--\r\n"))
	f.Fuzz(func(t *testing.T, msg []byte) {
		for _, o := range []Options{fuzzOpts, {}, {MaxDepth: 20, MaxParts: 500}, {MaxDepth: 1, MaxParts: 2}} {
			ls, signed, err := ExtractSigned(msg, o)
			want, werr := Extract(msg, o)
			if signed != Signed(msg) || fmt.Sprint(err) != fmt.Sprint(werr) || !reflect.DeepEqual(ls, want) {
				t.Fatalf("ExtractSigned(%q, %+v) = %d links, %v, %v; Extract %d links, %v; Signed %v", msg, o, len(ls), signed, err, len(want), werr, Signed(msg))
			}
		}
	})
}

// TestExtractSignedDeep: past the default limits, Signed's own walk decides.
func TestExtractSignedDeep(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 9; i++ {
		fmt.Fprintf(&b, "Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n", i, i)
	}
	b.WriteString("Content-Type: multipart/signed; boundary=s\r\n\r\n--s\r\nContent-Type: text/plain\r\n\r\nhi\r\n--s--\r\n")
	msg := []byte(b.String())
	for _, o := range []Options{{}, {MaxDepth: 20}} {
		if _, signed, _ := ExtractSigned(msg, o); signed != Signed(msg) {
			t.Errorf("ExtractSigned(%+v) signed = %v, Signed = %v", o, signed, Signed(msg))
		}
	}
	if _, signed, _ := ExtractSigned(msg, Options{MaxDepth: 20}); signed {
		t.Errorf("signed beyond Signed's depth limit")
	}
}

func FuzzMIMEFields(f *testing.F) {
	for _, s := range []string{"Content-Type: text/html\r\n\r\n", "content-type : text/plain;\r\n charset=x\r\n\r\n", " x: y\r\n",
		"A: b\r\nContent-Type: a/b\r\nContent-Type: c/d\r\nContent-Transfer-Encoding:\tbase64 \r\n\r\nbody",
		"Bad line\r\nContent-Type: a/b\r\n", "X: y\nContent-Type: a/b\r\r\n\t\r\n  c\n\n", "Content-Type: a/b", "Content-Type: a/b\r",
		": empty key\r\nContent-Type: a/b\r\n", "K\x7fey: v\r\nContent-Type: a/b\r\n", "CONTENT-TRANSFER-ENCODING: QP\r\n\r\n",
		"Content-Type\r\n : a/b\r\n\r\n", "X: " + strings.Repeat("x", 3000) + "\r\nContent-Type: " + strings.Repeat("y", 1500) + "\r\n\r\n",
		"Content-TYpe:" + strings.Repeat("0", 1011), "X: y\r\nContent-Type: a\r\n " + strings.Repeat("0", 1022) + "\r"} {
		f.Add([]byte(s))
	}
	f.Fuzz(checkQuickMIMEFields)
}

// checkQuickMIMEFields: where quickMIMEFields answers, textproto agrees.
func checkQuickMIMEFields(t *testing.T, b []byte) {
	t.Helper()
	ct, cte, ok := quickMIMEFields(b)
	if !ok {
		return
	}
	h := parseHeader(b)
	if wct, wcte := h.Get("Content-Type"), h.Get("Content-Transfer-Encoding"); ct != wct || cte != wcte {
		t.Fatalf("quickMIMEFields(%q) = %q, %q; textproto %q, %q", b, ct, cte, wct, wcte)
	}
}

func TestQuickMIMEFieldsTakesOrdinaryHeaders(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.eml")
	if len(files) == 0 {
		t.Fatal("no testdata")
	}
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if _, _, ok := quickMIMEFields(b[:headerEnd(b)]); !ok {
			t.Errorf("%s: header not taken by the quick path", p)
		}
	}
}

// blankLineEndLoop is blankLineEnd line by line (the former code, the reference).
func blankLineEndLoop(b []byte) int {
	for i := 0; i < len(b); {
		j := bytes.IndexByte(b[i:], '\n')
		if j < 0 {
			return len(b)
		}
		line := b[i : i+j]
		if len(line) == 0 || (len(line) == 1 && line[0] == '\r') {
			return i + j + 1
		}
		i += j + 1
	}
	return len(b)
}

func FuzzBlankLineEnd(f *testing.F) {
	for _, s := range []string{"", "\n", "\r\n", "a: b\r\n\r\nbody", "a\n\nb", "a\n\r\nb\n\n", "a\n\r", "a\r\n\rx\n", "\r\r\n", "a\n\r\r\n\n"} {
		f.Add([]byte(s))
	}
	for _, n := range []int{4092, 4093, 4094, 4095, 4096, 8188, 8189, 8190} {
		f.Add([]byte(strings.Repeat("x", n) + "\n\r\n" + strings.Repeat("y", 5000)))
		f.Add([]byte(strings.Repeat("x", n) + "\n\n"))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if got, want := blankLineEnd(b), blankLineEndLoop(b); got != want {
			t.Fatalf("blankLineEnd(%q) = %d, want %d", b, got, want)
		}
	})
}

func FuzzQPDecode(f *testing.F) {
	for _, s := range []string{"", "=", "a=3Db", "=\r\n", "a= \t\r\nb", "=4", "=4g", "abc=", "=3d=3D==41"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if got, want := qpDecode(b), qpDecodeBytewise(b); !bytes.Equal(got, want) {
			t.Fatalf("qpDecode(%q) = %q, want %q", b, got, want)
		}
	})
}

// qpDecodeBytewise is the former qpDecode, the reference.
func qpDecodeBytewise(b []byte) []byte {
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c != '=' {
			out = append(out, c)
			continue
		}
		if i+2 < len(b) {
			if h, ok := unhex(b[i+1]); ok {
				if l, ok := unhex(b[i+2]); ok {
					out = append(out, h<<4|l)
					i += 2
					continue
				}
			}
		}
		if j, ok := softBreak(b, i+1); ok {
			i = j - 1
			continue
		}
		out = append(out, c)
	}
	return out
}

// TestQuickMIMEFieldsBufferEdges: lines around the 1 KiB edges of
// ReadHeader's buffer, with every kind of line end, agree with textproto.
func TestQuickMIMEFieldsBufferEdges(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	ends := []string{"\r\n", "\n", "\r", "", "\r\r\n", " \r\n"}
	keys := []string{"Content-Type:", "content-transfer-encoding :", "X-A:", " ", "\t"}
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for j := r.Intn(4) + 1; j > 0; j-- {
			b.WriteString(keys[r.Intn(len(keys))])
			n := r.Intn(12)
			if r.Intn(2) == 0 {
				n = 1024*(1+r.Intn(2)) - 20 + r.Intn(40)
			}
			for k := 0; k < n; k++ {
				b.WriteByte("ab \r"[r.Intn(4)])
			}
			b.WriteString(ends[r.Intn(len(ends))])
		}
		checkQuickMIMEFields(t, []byte(b.String()))
	}
}
