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
