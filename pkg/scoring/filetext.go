package scoring

import (
	"slices"
	"strings"

	"github.com/firstsight/firstsight/pkg/links"
)

// docExts are the extensions of the documents, spreadsheets, slides and
// archives a reader expects a link named so to download or open as a
// file (lowercase, without the dot).
var docExts = map[string]bool{
	"pdf": true, "doc": true, "docx": true, "docm": true, "dot": true, "dotx": true,
	"xls": true, "xlsx": true, "xlsm": true, "xlsb": true, "ppt": true, "pptx": true,
	"pptm": true, "pps": true, "ppsx": true, "rtf": true, "odt": true, "ods": true,
	"odp": true, "csv": true, "zip": true, "rar": true, "7z": true,
}

// maxFileText is the longest link text read as a file name (a name and
// its size): longer texts are sentences.
const maxFileText = 120

// maxFileWords is the most space-separated words a file name may hold
// ("Q3 Board Meeting Minutes - Final.pdf"); more is a sentence that ends
// in a file name.
const maxFileWords = 8

// fileText: the link's text is a document's file name ("Interview_Questions.docx",
// "INV-20931.pdf", "Scan_0042.PDF (214 KB)": docFileName), and the link
// leads to a domain new here (scaled by the domain's novelty). When the
// link's URL names no such file (namesFile) it leads to a page: the reader
// thinks a file opens and gets a page, which is how a lure presents its
// sign-in page as a document. When the URL does name one (a path ending
// in .pdf, a file name in the query), nothing offline tells a file from
// a page served at a file's address, which the lure's path can be as
// easily: the evidence is then kept only beside a sign-in page's marks
// (fileTextClass; claimedFile marks it), since nobody signs in to open a
// file a stranger's new domain serves by its name. Only for a link in
// the message's own HTML (KindHref), and not on a sharing, storage or
// collaboration platform or a shortener (hostListMatch: a OneDrive, Drive,
// Dropbox or SharePoint share links a file by its ID, "Q3_report.pdf" on
// a page of the platform's viewer), nor on another shared platform's
// file links by ID (platformFileLink); a help desk's, code host's or
// page builder's other pages are anyone's pages, judged as any other.
// Not to our own domains, a shipped brand's own domain or a brand
// family's host, and not from our own authenticated people; the caller
// leaves out the sender's own site (a vendor's "Invoice 123.pdf" on its
// own portal) and established domains (novelty 0: the portal a vendor's
// invoices have linked for months). dest is the URL the text is judged
// against: the link's own, or at a redirect's first hop its
// destination's (a click tracker's link to Report.pdf leads to the file).
func (m *message) fileText(b *linkBase, hl hostListMatch, dest string) (evid, bool) {
	l := b.l
	if l.Kind != links.KindHref || b.novel <= 0 || b.org || b.fam != "" {
		return evid{}, false
	}
	if hl.isSharing || hl.isShortener || hl.isPlatform && platformFileLink(dest) || m.t.brands.exact[l.Domain] || m.internalSender() {
		return evid{}, false
	}
	name, ext, ok := docFileName(l.Display)
	if !ok {
		return evid{}, false
	}
	e := evid{code: CodeFileText, w: m.p.Weights.FileText * b.novel, cls: classForm, a: name, b: l.Domain}
	if namesFile(dest, ext) {
		e.n[0] = claimedFile
	}
	return e, true
}

// claimedFile in file_text's first count: the link's URL names the file
// its text names (namesFile), so the evidence holds only beside a sign-in
// page's marks (fileTextClass).
const claimedFile = 1

// platformFileLink: the URL is a shared platform's link to one file by
// its ID, which names no file: Salesforce Files' public links
// (/sfc/p/..., /sfc/dist/...; Salesforce Help, "Create Public Links to
// Files"), an Experience Cloud site's file downloads (/sfsites/c/sfc/...,
// after the site's own path prefix, /s/ or /partners/) and a classic
// attachment's download (/servlet/servlet.FileDownload?file=ID) on any
// org's host of force.com, my.site.com or my.salesforce-sites.com
// (platforms.txt; my.salesforce.com is a shipped brand's domain, which
// file_text leaves out anyway).
func platformFileLink(u string) bool {
	p := urlPath(u)
	return strings.HasPrefix(p, "/sfc/") || strings.Contains(p, "/sfsites/c/sfc/") ||
		strings.EqualFold(p, "/servlet/servlet.FileDownload")
}

// fileTextClass makes file_text in a link's evidence ev strong (form)
// only beside a sign-in page's marks: words around the link that ask to
// sign in (intent_credentials) or a sign-in word in its path
// (login_path). A "document" that opens a page asking for the reader's
// password is the lure's shape, and then file_text with "sign in" (0.2)
// reaches evidence_min. Otherwise it adds its weight but lifts no lock
// above warn (classPlace): a new vendor's "Invoice_4471.pdf" on an
// invoicing service's page new here, with the invoice's own payment
// words, stays at warn, as it was; and a link whose URL names the file
// (claimedFile) loses it: a file at a new domain's address, as far as
// anything offline tells.
func fileTextClass(ev []evid) []evid {
	i := slices.IndexFunc(ev, func(e evid) bool { return e.code == CodeFileText })
	if i < 0 {
		return ev
	}
	if slices.ContainsFunc(ev, func(e evid) bool {
		return e.w > 0 && (e.code == CodeIntentCredentials || e.code == CodeLoginPath)
	}) {
		return ev
	}
	if ev[i].n[0] == claimedFile {
		return slices.Delete(ev, i, i+1)
	}
	ev[i].cls = classPlace
	return ev
}

// docFileName reads s as a document's file name (docExts), maybe
// followed by its size in brackets or after a dash ("Scan_0042.PDF (214
// KB)", "Report.pdf - 1.2 MB"), and returns the name (without the size)
// and its extension in lowercase. A name starts with a letter or digit,
// holds at most maxFileWords words and none of the characters no file
// name or only a URL holds (/ \ : @ ? = < > " | *).
func docFileName(s string) (name, ext string, ok bool) {
	s = strings.TrimSpace(s)
	if len(s) > maxFileText || strings.IndexByte(s, '.') < 0 { // no dot, no extension: most link texts
		return "", "", false
	}
	s = trimFileSize(s)
	dot := strings.LastIndexByte(s, '.')
	if dot <= 0 || dot == len(s)-1 {
		return "", "", false
	}
	ext = strings.ToLower(s[dot+1:])
	if !docExts[ext] {
		return "", "", false
	}
	if !fileNameChars(s[:dot]) {
		return "", "", false
	}
	return s, ext, true
}

// fileNameChars: base is the part of a file name before its extension.
func fileNameChars(base string) bool {
	if base == "" || !nameByte(base[0]) || strings.ContainsAny(base, "/\\:@?=<>\"|*\t\n\r") {
		return false
	}
	return fileWords(base) <= maxFileWords && base[len(base)-1] != ' '
}

// fileWords counts the runs of s between spaces.
func fileWords(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' && (i == 0 || s[i-1] == ' ') {
			n++
		}
	}
	return n
}

// nameByte: an ASCII letter or digit, or a byte of a UTF-8 sequence (a
// name in another alphabet).
func nameByte(c byte) bool { return isWordByte(c) || c >= 0x80 }

// trimFileSize removes a file size after a name: "(214 KB)", "[1.2 MB]",
// "- 1,2 MB", "· 88 kB".
func trimFileSize(s string) string {
	rest := s
	if n := len(rest); n > 0 && (rest[n-1] == ')' || rest[n-1] == ']') {
		open := strings.LastIndexAny(rest, "([")
		if open < 0 || !fileSize(rest[open+1:n-1]) {
			return s
		}
		return strings.TrimSpace(rest[:open])
	}
	for _, sep := range [...]string{" - ", " – ", " · ", ", "} {
		if i := strings.LastIndex(rest, sep); i > 0 && fileSize(rest[i+len(sep):]) {
			return strings.TrimSpace(rest[:i])
		}
	}
	return s
}

// fileSize: s is a number and a unit of bytes ("214 KB", "1.2MB", "3,4 Mo").
func fileSize(s string) bool {
	s = strings.TrimSpace(s)
	i := 0
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || i > 0 && (s[i] == '.' || s[i] == ',')) {
		i++
	}
	if i == 0 {
		return false
	}
	switch strings.ToLower(strings.TrimSpace(s[i:])) {
	case "b", "bytes", "kb", "mb", "gb", "kib", "mib", "gib", "k", "m", "ko", "mo", "go":
		return true
	}
	return false
}

// namesFile: the URL u leads to a file of the type the text names: its
// path ends in a document's extension (docExts: a "Report.docx" served
// as report.pdf is still a file), or its path or query names a file of
// the text's type ext (download.aspx?file=Invoice_123.pdf,
// /files/Invoice_123.pdf/view), as a document system's download links
// do. A name followed by a page's own extension (Invoice_2291.pdf.html,
// Invoice_2291.pdf.php?id=7: pageAfter) names a page dressed as the file.
func namesFile(u, ext string) bool {
	if e := urlExt(u); e != "" && docExts[strings.ToLower(e[1:])] {
		return true
	}
	lu := strings.ToLower(u)
	if i := strings.IndexByte(lu, '#'); i >= 0 {
		lu = lu[:i]
	}
	if i := strings.Index(lu, "://"); i >= 0 {
		lu = lu[i+3:]
	}
	if i := strings.IndexByte(lu, '/'); i >= 0 {
		lu = lu[i:]
	} else {
		return false
	}
	for _, dot := range [...]string{".", "%2e"} {
		p := dot + ext
		for off := 0; ; {
			k := strings.Index(lu[off:], p)
			if k < 0 {
				break
			}
			end := off + k + len(p)
			if end == len(lu) || !isWordByte(lu[end]) && !pageAfter(lu[end:]) {
				return true
			}
			off = end
		}
	}
	return false
}

// pageExts are the extensions of web pages and server scripts, lowercase
// without the dot.
var pageExts = map[string]bool{
	"htm": true, "html": true, "shtml": true, "xhtml": true, "php": true, "asp": true,
	"aspx": true, "jsp": true, "cgi": true, "pl": true, "cfm": true,
}

// pageAfter: rest, what follows a file name's extension in a lowercase
// URL, is a page's extension ending that name: ".html", ".php?id=7",
// ".htm/", ".aspx#top".
func pageAfter(rest string) bool {
	if len(rest) < 2 || rest[0] != '.' {
		return false
	}
	rest = rest[1:]
	n := 0
	for n < len(rest) && isWordByte(rest[n]) {
		n++
	}
	return n > 0 && pageExts[rest[:n]] && (n == len(rest) || strings.IndexByte("/?#&;", rest[n]) >= 0)
}
