package scoring

import (
	"strings"
	"testing"
)

// FuzzFileName: docFileName, namesFile and pageAfter never panic; a file
// name read from a text is part of it and ends in its lowercase document
// extension; a fragment never makes a URL name a file; a plain name
// served by its own path is a file, and the same name followed by a
// page's extension is not.
func FuzzFileName(f *testing.F) {
	for _, s := range []string{"Invoice_2291.pdf", "Scan_0042.PDF (214 KB)", "Report.pdf - 1.2 MB", "a.pdf.html", "x.docx.php?id=1", "Übersicht.ods", ".pdf", "report.", "a%2epdf"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		name, ext, ok := docFileName(s)
		if ok && (!docExts[ext] || !strings.Contains(s, name) || !strings.HasSuffix(strings.ToLower(name), "."+ext)) {
			t.Fatalf("docFileName(%q) = %q, %q", s, name, ext)
		}
		pageAfter(s)
		platformFileLink(s)
		u := "https://files.example/d/" + s
		for _, e := range []string{"pdf", "docx", ext} {
			if e == "" {
				continue
			}
			got := namesFile(u, e)
			if !strings.ContainsAny(u, "#") && namesFile(u+"#/x."+e, e) != got {
				t.Fatalf("namesFile(%q, %q): a fragment changed it", u, e)
			}
		}
		if !ok || strings.ContainsAny(name, " ?#%/.&;") && strings.Count(name, ".") != 1 || strings.ContainsAny(name, " ?#%/&;") {
			return
		}
		if !namesFile("https://files.example/d/"+name, ext) {
			t.Fatalf("namesFile does not see %q served by name", name)
		}
		if namesFile("https://files.example/d/"+name+".html", ext) {
			t.Fatalf("namesFile sees a page %q.html as the file", name)
		}
	})
}

// FuzzNoticeName: NoticeName never panics, never calls a name that
// spells the sender's registrable domain someone else's, and never calls
// an empty name or an address without "@" a notice's.
func FuzzNoticeName(f *testing.F) {
	f.Add("Ines Moreau", "notifications@github.com")
	f.Add("GitHub", "<Notifications@GitHub.com>")
	f.Add("PrintHaus", "invoice+statements+acct_1qz@stripe.com")
	f.Add("x", "@")
	f.Fuzz(func(t *testing.T, name, sender string) {
		got := NoticeName(name, sender)
		_, dom, ok := strings.Cut(normAddr(sender), "@")
		if got && (!ok || strings.TrimSpace(name) == "" || nameSpellsDomain(name, registrable(dom))) {
			t.Fatalf("NoticeName(%q, %q) = true", name, sender)
		}
	})
}
