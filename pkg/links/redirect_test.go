package links

import (
	"archive/zip"
	"bytes"
	"encoding/base64"
	"strings"
	"testing"
)

// TestHiddenRedirect: an attached page's script that navigates to an
// address it decodes or assembles from pieces, or offers a file it builds
// from decoded data, marks the message (Extracted.HiddenRedirect), packed
// in a zip too; a page whose script reads its location, navigates to an
// address written in clear, or decodes something far from where it
// navigates does not, nor does the message's own HTML body.
func TestHiddenRedirect(t *testing.T) {
	pad := strings.Repeat("var x=1;", 80) // 640 bytes: past navWindow
	for _, tc := range []struct {
		name, page string
		hidden     bool
	}{
		{"atob into location.href", `<script>var u=atob('aHR0cHM6Ly9ldmlsLmV4YW1wbGUv');window.location.href=u;</script>`, true},
		{"atob into location =", `<script>location = atob("aHR0cHM6Ly9ldmlsLmV4YW1wbGUv")</script>`, true},
		{"fromCharCode into replace", `<script>document.location.replace(String.fromCharCode(104,116,116,112,115))</script>`, true},
		{"pieces into replace", `<script>var a='ht'+'tps:'+'//';var b='evil'+'.exa'+'mple';location.replace(a+b)</script>`, true},
		{"pieces across lines", "<script>var a=\"ht\" +\n \"tps://evil.example\";top.location.assign(a)</script>", true},
		{"unescape into window.open", `<script>window.open(unescape('%68%74%74%70%73'))</script>`, true},
		{"a blob download of decoded data", `<script>var d=atob('UEsDBA==');var b=new Blob([d]);var a=document.createElement('a');a.href=URL.createObjectURL(b);a.download='Invoice.zip';a.click()</script>`, true},
		{"in an event handler", `<body onload="location.href=atob('aHR0cHM6Ly9ldmlsLmV4YW1wbGUv')"></body>`, true},
		{"upper case", `<SCRIPT>Window.Location.Href = ATOB('aHR0cHM6Ly9ldmlsLmV4YW1wbGUv')</SCRIPT>`, true},
		{"an address in clear", `<script>window.location.href='https://shop.example/cart';</script>`, false},
		{"a comparison, not an assignment", `<script>var p=('https:'==document.location.protocol?'https://ssl':'http://www');var s=atob('eA==')</script>`, false},
		{"location compared with ==", `<script>if(location.href=='x'){} var y=atob('eA==')</script>`, false},
		{"a decoder far from the navigation", `<script>var y=decodeURIComponent(q);` + pad + `location.href='/next'</script>`, false},
		{"joined text that makes no address", `<script>var m='Hello '+'world';location.href='/next'</script>`, false},
		{"pieces outside any script", `<p>'ht'+'tps://' location.href=x</p>`, false},
		{"no navigation", `<script>var u=atob('aHR0cHM6Ly9ldmlsLmV4YW1wbGUv');console.log(u)</script>`, false},
		{"a search box going to its own site", `<script>var q=decodeURIComponent(location.search.slice(1)); if(q) window.location.href="/search?q="+q</script>`, false},
		{"a relative replace and open", `<script>var q=atob(x);location.replace('./next?'+q);window.open("?page="+q)</script>`, false},
		{"protocol-relative is another site", `<script>var q=atob(x);location.href="//evil.example/"+q</script>`, true},
		{"a decoded query for another site", `<script>var q=atob(x);location.href="https://evil.example/?"+q</script>`, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := hiddenRedirect([]byte(tc.page)); got != tc.hidden {
				t.Errorf("hiddenRedirect = %v, want %v", got, tc.hidden)
			}
		})
	}
	const page = `<html><script>var u=atob('aHR0cHM6Ly9ldmlsLmV4YW1wbGUv');window.location.href=u;</script></html>`
	var zb bytes.Buffer
	zw := zip.NewWriter(&zb)
	fw, _ := zw.Create("Remittance.htm")
	fw.Write([]byte(page))
	zw.Close()
	for _, tc := range []struct {
		name, header string
		data         []byte
		hidden       bool
	}{
		{"an attached page", "Content-Type: text/html\r\nContent-Disposition: attachment; filename=\"Remittance.shtml\"", []byte(page), true},
		{"a page in an attached zip", "Content-Type: application/zip; name=\"Remittance.zip\"", zb.Bytes(), true},
		{"the message's own HTML body", "Content-Type: text/html; charset=utf-8", []byte(page), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			msg := []byte("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n" +
				"--b\r\n" + tc.header + "\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64.StdEncoding.EncodeToString(tc.data) + "\r\n--b--\r\n")
			x, err := ExtractAll(msg, Options{})
			if err != nil || x.HiddenRedirect != tc.hidden {
				t.Errorf("HiddenRedirect = %v (%v), want %v", x.HiddenRedirect, err, tc.hidden)
			}
		})
	}
}

// TestHiddenRedirectLinear: a script of many navigations and decoders
// costs no more than a bounded number of windows.
func TestHiddenRedirectLinear(t *testing.T) {
	doc := []byte("<script>" + strings.Repeat("location.href==x;location ", 100000) + "</script>")
	if hiddenRedirect(doc) {
		t.Fatal("comparisons read as a hidden redirect")
	}
}

// FuzzHiddenRedirect: hiddenRedirect never fails, and finds a hidden
// redirect only where the document names a navigation.
func FuzzHiddenRedirect(f *testing.F) {
	f.Add([]byte(`<script>location.href=atob('aHR0cHM6')</script>`))
	f.Add([]byte(`<script>var a='ht'+'tps://';location.replace(a)</script>`))
	f.Add([]byte(`<body onload="window.open(unescape('%68'))">`))
	f.Fuzz(func(t *testing.T, doc []byte) {
		low := bytes.ToLower(doc)
		possible := bytes.Contains(low, []byte("location")) || bytes.Contains(low, []byte("window.open(")) || bytes.Contains(low, []byte("createobjecturl("))
		if hiddenRedirect(doc) && !possible {
			t.Fatalf("hidden redirect without any navigation in %q", doc)
		}
	})
}
