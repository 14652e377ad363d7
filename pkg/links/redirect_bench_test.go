package links

import (
	"strings"
	"testing"
)

// benchScriptPage is an HTML page with an inline script of about n bytes
// shaped like a minified library: short names, many assignments, string
// literals, base64 image data decoded and drawn, no navigation.
func benchScriptPage(n int) []byte {
	var b strings.Builder
	b.WriteString("<html><head><script>\n")
	for i := 0; b.Len() < n; i++ {
		b.WriteString(`var a=function(e,t){var n=e.length,r=t||{};for(var o=0;o<n;o++){r[e[o]]=o}return r};`)
		b.WriteString(`var img=atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk");c.src="data:image/png;base64,"+btoa(img);`)
		b.WriteString(`el.innerHTML="<span class='x'>"+s+"</span>";if(x==='y'){z=q.replace(/'/g,"\"")}`)
		b.WriteString("\n")
	}
	b.WriteString("</script></head><body><p>Report</p></body></html>")
	return []byte(b.String())
}

// BenchmarkHiddenRedirect1MBScript: the smuggling reader on a page with a
// 1 MB library-like script that navigates nowhere (the common, benign case).
func BenchmarkHiddenRedirect1MBScript(b *testing.B) {
	page := benchScriptPage(1 << 20)
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if hiddenRedirect(page) {
			b.Fatal("a benign library page read as a hidden redirect")
		}
	}
}

// benchDecoderPage is an HTML page with an inline script of about n bytes
// shaped like a bundled report: many short assignments, and a decoder
// call in nearly every statement (atob of image data drawn, a serialized
// state decoded and parsed), no navigation.
func benchDecoderPage(n int) []byte {
	var b strings.Builder
	b.WriteString("<html><head><script>\n")
	for i := 0; b.Len() < n; i++ {
		b.WriteString(`a=1;b=2;c=a+b;d=c*2;e=d-1;`)
		b.WriteString(`var im=atob("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");p.src="data:image/gif;base64,"+btoa(im);`)
		b.WriteString(`var st=JSON.parse(decodeURIComponent("%7B%22row%22%3A1%2C%22n%22%3A%22x%22%7D"));t=unescape(q);`)
		b.WriteString("\n")
	}
	b.WriteString("</script></head><body><p>Report</p></body></html>")
	return []byte(b.String())
}

// BenchmarkHiddenRedirect1MBDecoders: the smuggling reader on a page with
// a 1 MB report-like script that decodes at nearly every statement and
// navigates nowhere.
func BenchmarkHiddenRedirect1MBDecoders(b *testing.B) {
	page := benchDecoderPage(1 << 20)
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if hiddenRedirect(page) {
			b.Fatal("a benign report page read as a hidden redirect")
		}
	}
}
