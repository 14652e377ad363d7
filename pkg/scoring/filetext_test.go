package scoring

import (
	"strings"
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
)

func TestDocFileName(t *testing.T) {
	for _, tc := range []struct {
		text, name, ext string
	}{
		{"Interview_Questions.docx", "Interview_Questions.docx", "docx"},
		{"INV-20931.pdf", "INV-20931.pdf", "pdf"},
		{"Payment Advice.xlsx", "Payment Advice.xlsx", "xlsx"},
		{"Scan_0042.PDF (214 KB)", "Scan_0042.PDF", "pdf"},
		{"  Q3_report.pdf [1.2 MB] ", "Q3_report.pdf", "pdf"},
		{"Statement.pdf - 88 kB", "Statement.pdf", "pdf"},
		{"Q3 Board Meeting Minutes - Final.pptx", "Q3 Board Meeting Minutes - Final.pptx", "pptx"},
		{"staging-logs.zip", "staging-logs.zip", "zip"},
		{"Lohnabrechnung_März.pdf", "Lohnabrechnung_März.pdf", "pdf"},
		{"export.csv", "export.csv", "csv"},
		{"report (final).docx", "report (final).docx", "docx"},
		{"Übersicht.ods", "Übersicht.ods", "ods"},
		// not a document's file name
		{"Download the PDF", "", ""},
		{"PDF", "", ""},
		{".pdf", "", ""},
		{"report.", "", ""},
		{"index.html", "", ""},
		{"setup.exe", "", ""},
		{"photo.jpg", "", ""},
		{"https://files.example/report.pdf", "", ""},
		{"files.example/report.pdf", "", ""},
		{"C:\\Users\\ann\\report.pdf", "", ""},
		{"ann@example.com.pdf", "", ""},
		{"view?id=report.pdf", "", ""},
		{"(draft) report.pdf", "", ""},
		{"Click here to read the full annual report of our company, report.pdf", "", ""},
		{"Report.pdf (see page 4)", "", ""},
		{"", "", ""},
	} {
		name, ext, ok := docFileName(tc.text)
		if ok != (tc.name != "") || name != tc.name || ext != tc.ext {
			t.Errorf("docFileName(%q) = %q, %q, %v; want %q, %q", tc.text, name, ext, ok, tc.name, tc.ext)
		}
	}
}

func TestNamesFile(t *testing.T) {
	for _, tc := range []struct {
		url, ext string
		want     bool
	}{
		{"https://files.example/docs/Report.pdf", "pdf", true},
		{"https://files.example/docs/Report.PDF?dl=1", "pdf", true},
		{"https://files.example/docs/report.pdf", "docx", true}, // a converted copy is still a file
		{"https://portal.example/download.aspx?file=Invoice_123.pdf", "pdf", true},
		{"https://portal.example/download.aspx?file=Invoice_123%2Epdf", "pdf", true},
		{"https://portal.example/files/Invoice_123.pdf/view", "pdf", true},
		{"https://questions-docs.interview-share.com/view?doc=bbc-interview-questions", "docx", false},
		{"https://portal.example/login?next=/docs", "pdf", false},
		{"https://portal.example/view?format=pdf", "pdf", false},
		{"https://portal.example/a.pdfx", "pdf", false},
		{"https://portal.example/#/doc.pdf", "pdf", false},
		{"https://pdf.example/", "pdf", false},
		{"https://portal.example/report.html", "pdf", false},
		// a page dressed as the file
		{"https://portal.example/Invoice_2291.pdf.html", "pdf", false},
		{"https://portal.example/Invoice_2291.PDF.php?id=7", "pdf", false},
		{"https://portal.example/docs/Invoice_2291.pdf.htm/", "pdf", false},
		{"https://portal.example/view.php?f=Invoice_2291.pdf.html", "pdf", false},
		{"https://portal.example/Invoice_2291.pdf.html?copy=Invoice_2291.pdf", "pdf", true},
		{"https://portal.example/Invoice_2291.pdf.zip", "pdf", true},
		{"https://portal.example/Invoice_2291.pdf.phpx", "pdf", true},
	} {
		if got := namesFile(tc.url, tc.ext); got != tc.want {
			t.Errorf("namesFile(%q, %q) = %v, want %v", tc.url, tc.ext, got, tc.want)
		}
	}
}

// fileInput: a first-contact stranger at free mail (no history) whose
// link to a page on a domain new here has the given text and context.
func fileInput(url, host, domain, display, context string) Input {
	in := newInput()
	in.MailFrom, in.FromAddr, in.FromName = "claire.hampton.news@gmail.com", "claire.hampton.news@gmail.com", "Claire Hampton"
	in.Subject = "Interview request"
	l := web(url, host, domain)
	l.Display, l.Context = display, context
	in.Links = []links.Link{l}
	return in
}

// A link whose text is a document's file name and that leads to a page on
// a domain new here gets file_text; with a request to sign in it is locked
// above warn. A link to the file itself, a sharing platform, a shortener,
// the sender's own site, an established domain, our own domains and a
// shipped brand's domain do not get it.
func TestFileText(t *testing.T) {
	p := testPolicy()
	const signIn = "Please find my questions in the document below. You will need to sign in with your work email to view them."
	const plain = "Here are the notes from our call."
	page := func(display, context string) Input {
		return fileInput("https://questions-docs.interview-share.example/view?doc=q", "questions-docs.interview-share.example", "interview-share.example", display, context)
	}
	for _, tc := range []struct {
		name        string
		in          Input
		fires       bool
		aboveWarn   bool // locked above warn
		lockedAtAll bool
	}{
		{"a file name on a page asking to sign in", page("Interview_Questions.docx", signIn), true, true, true},
		{"with a size", page("Scan_0042.PDF (214 KB)", signIn), true, true, true},
		{"a file name on a page, no request: warned only", page("Interview_Questions.docx", plain), true, false, true},
		{"no file name, a request: warned only", page("Interview questions", signIn), false, false, true},
		{"an invoice's payment words: warned only (no sign-in page)", page("Invoice_4471.pdf", "Please find your invoice for October. Payment is due within 30 days."), true, false, true},
		{"a sign-in page's path", fileInput("https://docs-view.interview-share.example/login/view?doc=q", "docs-view.interview-share.example", "interview-share.example", "Interview_Questions.docx", plain), true, true, true},
		{"the link downloads the file", fileInput("https://files.interview-share.example/q/Interview_Questions.docx", "files.interview-share.example", "interview-share.example", "Interview_Questions.docx", plain), false, false, true},
		{"a download script naming the file", fileInput("https://files.interview-share.example/get.php?f=Interview_Questions.docx", "files.interview-share.example", "interview-share.example", "Interview_Questions.docx", plain), false, false, true},
		// a file's address that asks to sign in first is the lure's page
		{"a path ending in the file's name, asking to sign in", fileInput("https://files.interview-share.example/q/Interview_Questions.docx", "files.interview-share.example", "interview-share.example", "Interview_Questions.docx", signIn), true, true, true},
		{"the file's name in the query, asking to sign in", fileInput("https://files.interview-share.example/get.php?f=Interview_Questions.docx", "files.interview-share.example", "interview-share.example", "Interview_Questions.docx", signIn), true, true, true},
		{"the file's name in the query of a sign-in path", fileInput("https://files.interview-share.example/login?f=Interview_Questions.docx", "files.interview-share.example", "interview-share.example", "Interview_Questions.docx", plain), true, true, true},
		{"a page dressed as the file", fileInput("https://files.interview-share.example/q/Interview_Questions.docx.html", "files.interview-share.example", "interview-share.example", "Interview_Questions.docx", plain), true, false, true},
		// shared platforms' pages are anyone's; their file links by ID are not pages
		{"a help desk's page", fileInput("https://acme-docs.zendesk.com/hc/en-us/articles/360012", "acme-docs.zendesk.com", "zendesk.com", "Invoice_2291.pdf", signIn), true, true, true},
		{"a landing page builder's page", fileInput("https://acme-files-4411.hs-sites.com/invoice", "acme-files-4411.hs-sites.com", "hs-sites.com", "Invoice_2291.pdf", plain), true, false, true},
		{"a Salesforce Files public link", fileInput("https://acme.my.site.com/sfc/p/5g000000XyZ/a/8d000000AbC/Qw3rTy", "acme.my.site.com", "site.com", "Q3_report.pdf", plain), false, false, true},
		// an Experience Cloud site's file download (its path prefix, then
		// sfsites/c/sfc/servlet.shepherd) and a classic attachment
		// download (servlet.FileDownload?file=ID) are file links by ID
		{"a Salesforce site's file download", fileInput("https://acme.my.site.com/s/sfsites/c/sfc/servlet.shepherd/version/download/0685g00000AbCdE", "acme.my.site.com", "site.com", "Invoice_2291.pdf", plain), false, false, true},
		{"the same at the site's root", fileInput("https://acme.my.site.com/sfsites/c/sfc/servlet.shepherd/document/download/0695g00000XyZ", "acme.my.site.com", "site.com", "Invoice_2291.pdf", plain), false, false, true},
		{"a classic attachment download", fileInput("https://acme.file.force.com/servlet/servlet.FileDownload?file=00P5g00000AbC", "acme.file.force.com", "force.com", "Invoice_2291.pdf", plain), false, false, true},
		{"a page of such a site naming sfc elsewhere", fileInput("https://acme.my.site.com/s/article/sfc-guide", "acme.my.site.com", "site.com", "Invoice_2291.pdf", plain), true, false, true},
		{"a code host's release asset", fileInput("https://github.com/acme/tool/releases/download/v1.2/manual.pdf", "github.com", "github.com", "manual.pdf", plain), false, false, true},
		{"a Proton Drive share", fileInput("https://drive.proton.me/urls/K3Y9ABCD12#Xy7z", "drive.proton.me", "proton.me", "Contract_2291.pdf", plain), false, false, true},
		{"a Hightail share", fileInput("https://spaces.hightail.com/receive/AbCdEf1234", "spaces.hightail.com", "hightail.com", "Artwork_final.zip", plain), false, false, true},
		{"a Tresorit Send link", fileInput("https://send.tresorit.com/a#Ab12Cd34", "send.tresorit.com", "tresorit.com", "Drawings.pdf", plain), false, false, true},
		{"a Proofpoint Secure Share", fileInput("https://secureshare.proofpoint.com/share/AbC123", "secureshare.proofpoint.com", "proofpoint.com", "Statement.pdf", plain), false, false, true},
		{"a SharePoint share", fileInput("https://partner.sharepoint.com/:w:/s/Team/EbQ1?e=Ab12", "partner.sharepoint.com", "partner.sharepoint.com", "Q3_report.docx", plain), false, false, true},
		{"a Dropbox share", fileInput("https://www.dropbox.com/scl/fi/x8k2m1/Q3_report?rlkey=a1", "www.dropbox.com", "dropbox.com", "Q3_report.pdf", plain), false, false, true},
		{"a shortener", fileInput("https://bit.ly/3abcDEF", "bit.ly", "bit.ly", "Q3_report.pdf", plain), false, false, true},
		{"our own domain", fileInput("https://intranet.corp.example/docs/view?id=7", "intranet.corp.example", "corp.example", "Budget.xlsx", plain), false, false, false},
		{"a shipped brand's domain", fileInput("https://www.paypal.com/invoice/p/#INV2-ABCD", "www.paypal.com", "paypal.com", "INV-20931.pdf", plain), false, false, true},
	} {
		v := Score(p, tc.in)
		d := v.Links[0]
		if got := hasReason(d.Reasons, CodeFileText); got != tc.fires {
			t.Errorf("%s: file_text %v, want %v (%v)", tc.name, got, tc.fires, codesOf(v))
		}
		if d.Lock != tc.lockedAtAll || tc.lockedAtAll && (d.Level != LevelWarn) != tc.aboveWarn {
			t.Errorf("%s: lock %v level %s, want lock %v above warn %v (score %.2f, %v)", tc.name, d.Lock, d.Level, tc.lockedAtAll, tc.aboveWarn, d.Score, codesOf(v))
		}
	}
}

// Context that vouches: the signal is gone or weighs less.
func TestFileTextContext(t *testing.T) {
	p := testPolicy()
	base := func() Input {
		return fileInput("https://billing.vendor-portal.example/inv/20931", "billing.vendor-portal.example", "vendor-portal.example", "INV-20931.pdf", "Your invoice is attached below.")
	}
	full := p.Weights.FileText
	if full == 0 {
		full = DefaultWeights().FileText
	}
	for _, tc := range []struct {
		name string
		edit func(*Input)
		max  float64 // the most file_text may weigh
	}{
		{"nothing vouches", func(*Input) {}, full},
		{"a correspondent's link to a new domain keeps it", func(in *Input) { in.History = knownInput().History }, full},
		{"the vendor's portal linked here for months", func(in *Input) {
			in.History.Domains = map[string]Stat{"vendor-portal.example": est()}
		}, 0},
		{"the portal linked here a few times", func(in *Input) {
			in.History.Domains = map[string]Stat{"vendor-portal.example": {FirstSeen: now.AddDate(0, 0, -9), LastSeen: now.AddDate(0, 0, -1), Messages: 5, Days: 4, Senders: 2}}
		}, full * 0.99},
		{"the sender's own site", func(in *Input) {
			in.MailFrom, in.FromAddr = "billing@vendor-portal.example", "billing@vendor-portal.example"
		}, 0},
		{"our own authenticated people", func(in *Input) {
			in.MailFrom, in.FromAddr, in.Authenticated = "ann@corp.example", "ann@corp.example", true
		}, 0},
		{"a text link (no anchor text)", func(in *Input) { in.Links[0].Kind = links.KindText }, 0},
		{"a link in a PDF attachment", func(in *Input) { in.Links[0].Kind = links.KindPDF }, 0},
	} {
		in := base()
		tc.edit(&in)
		v := Score(p, in)
		w := weightOf(v.Links[0].Reasons, CodeFileText)
		if w > tc.max+1e-9 || tc.max == full && w < full-1e-9 {
			t.Errorf("%s: file_text weighs %.3f, want at most %.3f (%v)", tc.name, w, tc.max, codesOf(v))
		}
	}
}

// A click tracker's link (Via) whose text names the file it leads to is
// no page at the hop: the text is judged against the destination there.
// One that leads to a page is judged so at both ends.
func TestFileTextVia(t *testing.T) {
	p := testPolicy()
	tracker := &links.Hop{URL: "https://click.mailer-new.example/ls/click?upn=abc", Host: "click.mailer-new.example", UnicodeHost: "click.mailer-new.example", Domain: "mailer-new.example"}
	for _, tc := range []struct {
		name, url, host, domain string
		fires                   bool
	}{
		{"to the file", "https://files.landing-new.example/Annual_Report.pdf", "files.landing-new.example", "landing-new.example", false},
		{"to a page", "https://www.landing-new.example/report", "www.landing-new.example", "landing-new.example", true},
	} {
		in := newInput()
		l := web(tc.url, tc.host, tc.domain)
		l.Display, l.Via = "Annual_Report.pdf", tracker
		in.Links = []links.Link{l}
		hops, ok := viaInput(in, Policy{})
		if !ok {
			t.Fatal("no hop")
		}
		for _, pass := range []struct {
			what string
			v    Verdict
		}{{"destination", scoreOnce(p, in)}, {"hop", scoreOnce(p, hops)}} {
			if got := hasReason(pass.v.Links[0].Reasons, CodeFileText); got != tc.fires {
				t.Errorf("%s, at the %s: file_text %v, want %v (%v)", tc.name, pass.what, got, tc.fires, codesOf(pass.v))
			}
		}
	}
}

// weightOf is the weight of the reason code in rs, 0 when absent.
func weightOf(rs []Reason, code string) float64 {
	for _, r := range rs {
		if r.Code == code {
			return r.Weight
		}
	}
	return 0
}

// FuzzDocFileName: any text and URL are read without a panic; a name
// found is a trimmed part of the text, its extension a document's, and
// its base starts with a letter, digit or a byte of another alphabet.
func FuzzDocFileName(f *testing.F) {
	for _, s := range []string{"Interview_Questions.docx", "Scan_0042.PDF (214 KB)", "Report.pdf - 1,2 MB", "a.", ".pdf", "x.pdf (", "(1 KB)", "Ü.zip [3 MB]", " - 1 MB"} {
		f.Add(s, "https://files.example/get.php?f=Report%2Epdf#x")
	}
	f.Fuzz(func(t *testing.T, s, u string) {
		name, ext, ok := docFileName(s)
		if ok {
			if !strings.Contains(s, name) || name != strings.TrimSpace(name) || !docExts[ext] || !nameByte(name[0]) {
				t.Fatalf("docFileName(%q) = %q, %q", s, name, ext)
			}
			if !strings.HasSuffix(strings.ToLower(name), "."+ext) {
				t.Fatalf("docFileName(%q): name %q does not end in .%s", s, name, ext)
			}
		}
		namesFile(u, ext)
		namesFile(u, "pdf")
	})
}

// A correspondent's file name on a page new here keeps file_text, but
// with the link's novelty it stays below lock_threshold (0.85 without
// words, 1.05 with "sign in"): a correspondent is not locked on it. Words
// that ask for credentials in earnest ("verify your account and
// password") lock it (1.60, at lock: with file_text they reach
// evidence_min; without it the link was locked at warn, 1.25). A sign-in
// "with your work email" at the new domain is asksAtNewPlace's (locked at
// warn: mailboxSignIn), not this test's.
func TestFileTextCorrespondent(t *testing.T) {
	p := testPolicy()
	for _, tc := range []struct {
		context string
		lock    bool
	}{
		{"Here are the notes from our call.", false},
		{"The notes are in the document below; sign in to view them.", false},
		{"Your access expires today: sign in to verify your account and password to view the document.", true},
	} {
		in := fileInput("https://notes.newdocs-portal.example/view?d=7", "notes.newdocs-portal.example", "newdocs-portal.example", "Call_notes.docx", tc.context)
		k := knownInput()
		in.MailFrom, in.FromAddr, in.FromName, in.History = k.MailFrom, k.FromAddr, k.FromName, k.History
		d := Score(p, in).Links[0]
		if !hasReason(d.Reasons, CodeFileText) || d.Lock != tc.lock {
			t.Errorf("%q: lock %v level %s score %.2f, want file_text, lock %v (%v)", tc.context, d.Lock, d.Level, d.Score, tc.lock, d.Reasons)
		}
	}
}
