package scoring

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
)

// inPDF moves link i of in into a PDF attachment.
func inPDF(in Input, i int) Input {
	in.Links[i].Kind, in.Links[i].Part = links.KindPDF, "2"
	return in
}

// bodyAndPDF: a first contact with a novelty-only body link and a PDF
// link made risky by edit.
func bodyAndPDF(edit func(*links.Link)) Input {
	in := newInput()
	l := web("https://doc-view.example/open", "doc-view.example", "doc-view.example")
	if edit != nil {
		edit(&l)
	}
	in.Links = append(in.Links, l)
	return inPDF(in, 1)
}

func withDisplayTrick(l *links.Link) {
	l.Display, l.DisplayHost = "www.corp.example", "www.corp.example"
}

func TestAttachmentLinks(t *testing.T) {
	for _, tc := range []struct {
		name     string
		in       Input
		p        func(*Policy)
		action   Action
		bodyLock bool // the body link's decision
		pdfKept  bool // the PDF link left open with attachment_link
		rule     bool // the message reasons start with attachment_link holding it
	}{
		{name: "novelty alone in a PDF stays open, the body link is locked",
			in: bodyAndPDF(nil), action: Lock, bodyLock: true, pdfKept: true},
		{name: "strong evidence in a PDF holds the message",
			in: bodyAndPDF(withDisplayTrick), action: Quarantine, bodyLock: true, rule: true},
		{name: "only a PDF link, novelty alone: accepted, and the header says why",
			in: inPDF(newInput(), 0), action: Accept, pdfKept: true},
		{name: "held from warn when configured",
			in: bodyAndPDF(nil), p: func(p *Policy) { p.AttachmentQuarantine = string(LevelWarn) },
			action: Quarantine, bodyLock: true, rule: true},
		{name: "never held when configured",
			in: bodyAndPDF(withDisplayTrick), p: func(p *Policy) { p.AttachmentQuarantine = AttachmentNever },
			action: Lock, bodyLock: true, pdfKept: true},
		{name: "hard only: a lock-level PDF link stays open",
			in: bodyAndPDF(withDisplayTrick), p: func(p *Policy) { p.AttachmentQuarantine = string(LevelHard) },
			action: Lock, bodyLock: true, pdfKept: true},
		{name: "a known sender's ordinary PDF link is no matter",
			in: inPDF(knownInput(), 0), action: Accept},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := testPolicy()
			if tc.p != nil {
				tc.p(&p)
			}
			v := Score(p, tc.in)
			pdf := v.Links[len(v.Links)-1]
			kept := !pdf.Lock && slices.ContainsFunc(pdf.Reasons, func(r Reason) bool { return r.Code == CodeAttachmentLink })
			body := len(v.Links) > 1 && v.Links[0].Lock
			rule := len(v.Reasons) > 0 && v.Reasons[0].Code == CodeAttachmentLink && strings.HasSuffix(v.Reasons[0].Text, "so the message is held")
			if v.Action != tc.action || body != tc.bodyLock || kept != tc.pdfKept || rule != tc.rule {
				t.Errorf("Score() = %s, body lock %v, pdf kept %v, rule %v; want %s, %v, %v, %v\nreasons %v\npdf %v",
					v.Action, body, kept, rule, tc.action, tc.bodyLock, tc.pdfKept, tc.rule, v.Reasons, pdf)
			}
			if tc.pdfKept && tc.action == Accept && !slices.ContainsFunc(v.Reasons, func(r Reason) bool { return r.Code == CodeAttachmentLink }) {
				t.Errorf("accepted with an open PDF link, but the message reasons %v do not say so", v.Reasons)
			}
		})
	}
}

func TestAttachmentQuarantineValidated(t *testing.T) {
	p := DefaultPolicy()
	p.AttachmentQuarantine = "always"
	if err := p.Validate(); err == nil {
		t.Error(`attachment_quarantine = "always" accepted`)
	}
	for _, ok := range []string{"warn", "lock", "hard", "never", ""} {
		p.AttachmentQuarantine = ok
		if err := p.Validate(); err != nil {
			t.Errorf("attachment_quarantine = %q: %v", ok, err)
		}
	}
}

// A link inside a PDF attachment cannot be rewritten: with strong evidence
// the message is held, and the first reason says why.
func ExampleScore_attachmentLink() {
	in := newInput()
	in.Links[0].Kind = links.KindPDF
	in.Links[0].Display, in.Links[0].DisplayHost = "www.corp.example", "www.corp.example"
	v := Score(DefaultPolicy(), in)
	fmt.Println(v.Action)
	fmt.Println(v.Reasons[0].Text)
	// Output:
	// quarantine
	// a link inside an attachment or a QR code would be locked at level lock, and the mail system never rewrites either, so the message is held
}

// TestScriptedAttachment: an SVG that runs script is held from anyone but
// our own authenticated people (an image needs no code, and a
// correspondent sending one has been compromised); an HTML file only from
// a stranger (saved web pages carry script).
func TestScriptedAttachment(t *testing.T) {
	weightOf := func(v Verdict) (float64, bool) {
		for _, l := range v.Links {
			for _, r := range l.Reasons {
				if r.Code == CodeScripted {
					return r.Weight, true
				}
			}
		}
		return 0, false
	}
	for _, tc := range []struct {
		name      string
		in        func() Input
		svg, html bool // the input's ScriptedAttachment, ScriptedHTML
		hidden    bool // the input's HiddenRedirect
		scripted  bool // scripted_attachment reported
		action    Action
	}{
		{"a stranger's scripted SVG is held", newInput, true, false, false, true, Quarantine},
		{"the stranger's mail without it is warned", newInput, false, false, false, false, Lock},
		{"a known partner's scripted SVG is held too", knownInput, true, false, false, true, Quarantine},
		{"our own authenticated colleague's is not", func() Input {
			in := knownInput()
			in.FromAddr, in.MailFrom, in.Authenticated = "ann@corp.example", "ann@corp.example", true
			return in
		}, true, false, false, false, Accept},
		{"a stranger's scripted HTML file is held", newInput, false, true, false, true, Quarantine},
		{"a partner we write to may send a saved web page", knownInput, false, true, false, false, Accept},
		{"but not a page that hides where it sends the browser", knownInput, false, true, true, true, Quarantine},
		{"our own authenticated colleague's hidden redirect is not", func() Input {
			in := knownInput()
			in.FromAddr, in.MailFrom, in.Authenticated = "ann@corp.example", "ann@corp.example", true
			return in
		}, false, true, true, false, Accept},
	} {
		t.Run(tc.name, func(t *testing.T) {
			plain := Score(testPolicy(), tc.in())
			in := tc.in()
			in.ScriptedAttachment, in.ScriptedHTML, in.HiddenRedirect = tc.svg, tc.html, tc.hidden
			v := Score(testPolicy(), in)
			w, found := weightOf(v)
			if v.Action != tc.action || found != tc.scripted {
				t.Fatalf("Score() = %s, scripted_attachment reported %v; want %s, %v (reasons %v)", v.Action, found, tc.action, tc.scripted, v.Reasons)
			}
			// The whole weight is added: no credit for the sender's history grows to offset it.
			if added := v.Links[0].Score - plain.Links[0].Score; found && (w != DefaultWeights().Scripted || !near(added, w)) {
				t.Errorf("scripted_attachment weighs %v and adds %v to the link, want the full %v", w, added, DefaultWeights().Scripted)
			}
		})
	}
}

// withLink replaces in's links with one link.
func withLink(in Input, raw, host, domain string) Input {
	in.Links = []links.Link{web(raw, host, domain)}
	return in
}

// inQR moves link i of in into a QR code in an image.
func inQR(in Input, i int) Input {
	in.Links[i].Kind, in.Links[i].Part = links.KindQR, "2"
	return in
}

// TestQRLink: a QR code leading to a domain new here, not the sender's own
// site, is form evidence, so a stranger's code holds the message; the
// sender's own site, a known domain and a PDF link get no qr_link.
// Documents on brands' sharing platforms (sharing.txt), where anyone
// publishes a form or a page.
const (
	gform      = "https://docs.google.com/forms/d/e/1FAIpQL/viewform"
	msform     = "https://forms.office.com/r/Ab12Cd34Ef"
	tenantPage = "https://acme-payroll.sharepoint.com/:b:/g/remittance"
)

// knownPlatform gives in's first link's domain an established history here,
// as a platform the organisation uses every day has.
func knownPlatform(in Input) Input {
	d := in.Links[0].Domain
	if in.History.Domains == nil {
		in.History.Domains = map[string]Stat{}
	}
	in.History.Domains[d] = est()
	for r, rh := range in.History.Recipients {
		rh.Links = maps.Clone(rh.Links)
		rh.Links[d] = est()
		in.History.Recipients[r] = rh
	}
	return in
}

func TestQRLink(t *testing.T) {
	ownSite := newInput()
	ownSite.Links[0] = web("https://www.shop-new.example/ticket", "www.shop-new.example", "shop-new.example")
	for _, tc := range []struct {
		name   string
		in     Input
		qr     bool
		action Action
	}{
		{"a stranger's code to a new domain is held", inQR(newInput(), 0), true, Quarantine},
		{"a code to the sender's own site", inQR(ownSite, 0), false, Accept},
		{"a stranger's code to its own new site, the text asking to scan it", inQR(lead(ownSite, "Your access will be suspended on Friday. Scan the code with your phone to renew your badge."), 0), true, Quarantine},
		{"the same asked in the subject", inQR(subject(ownSite, "Action required: scan the QR code to renew"), 0), true, Quarantine},
		{"a ticket's code to the sender's own site, for the gate to scan", inQR(lead(ownSite, "Show this code at the entrance."), 0), false, Accept},
		{"a ticket's code the staff will scan", inQR(lead(ownSite, "Our staff will scan your QR code at the entrance."), 0), false, Accept},
		{"the staff scan the code to confirm a registration", inQR(lead(ownSite, "Our staff will scan your QR code at the door to confirm your registration."), 0), false, Accept},
		{"the cashier scans the code for the payment", inQR(lead(ownSite, "The cashier will scan this code when you pay the outstanding invoice."), 0), false, Accept},
		{"please scan, to renew", inQR(lead(ownSite, "Please scan the QR code to renew your badge."), 0), true, Quarantine},
		{"the reader can scan, to renew", inQR(lead(ownSite, "You can scan the code with your phone to renew your badge."), 0), true, Quarantine},
		{"the reader's phone scans, to renew", inQR(lead(ownSite, "Use your phone to scan the code and renew your badge."), 0), true, Quarantine},
		{"the reader's camera on the code, to renew", inQR(lead(ownSite, "Point your phone's camera at the QR code to renew your badge."), 0), true, Quarantine},
		{"a duty laid on all staff, to renew", inQR(lead(ownSite, "All employees must scan the QR code to renew their badge."), 0), true, Quarantine},
		{"the gate staff must scan the reader's ticket", inQR(lead(ownSite, "The gate staff must scan your QR code to confirm your registration."), 0), false, Accept},
		{"a clause's imperative, to renew", inQR(lead(ownSite, "To keep your badge, scan the QR code to renew."), 0), true, Quarantine},
		{"a menu's code to scan, asking nothing", inQR(lead(ownSite, "Scan the code to see our new menu."), 0), false, Accept},
		{"a renewal asked with no sign-in, payment or threat cue", inQR(lead(ownSite, "Your port access badges expire, scan the code to renew."), 0), true, Quarantine},
		{"a document to sign", inQR(lead(ownSite, "Scan the QR code to review and sign the shared document."), 0), true, Quarantine},
		{"an enrollment to confirm", inQR(lead(ownSite, "Scan the QR code to confirm your benefits enrollment."), 0), true, Quarantine},
		{"a review asked of a customer", inQR(lead(ownSite, "Thanks for dining with us! Scan the code to leave us a review."), 0), false, Accept},
		{"a newsletter's sign-up", inQR(lead(ownSite, "Scan the code to sign up for our newsletter."), 0), false, Accept},
		{"a word that starts like an action", inQR(lead(ownSite, "Scan the code to see our signature dishes."), 0), false, Accept},
		{"a code to scan with a payment asked", inQR(lead(ownSite, "Scan the QR code to pay the outstanding invoice."), 0), true, Quarantine},
		{"a code to the own site of a sender we wrote to", inQR(lead(solicitedInput(ownSite), "Scan the code with your phone to renew your badge today."), 0), false, Accept},
		{"a code to the own site of a sender domain with history", inQR(lead(knownDomain(ownSite), "Scan the code with your phone to renew your badge today."), 0), false, Accept},
		{"a known sender's code to a known domain", inQR(knownInput(), 0), false, Accept},
		{"a PDF link to a new domain is not a code", inPDF(newInput(), 0), false, Accept},
		{"a stranger's code to a carrier's own site", inQR(withLink(newInput(), "https://www.ups.com/track?n=1Z999", "www.ups.com", "ups.com"), 0), false, Accept},
		{"a stranger's code to anyone's form on a brand's sharing platform", inQR(withLink(newInput(), gform, "docs.google.com", "google.com"), 0), true, Quarantine},
		{"a stranger's code to a form on a platform known here", inQR(knownPlatform(withLink(newInput(), msform, "forms.office.com", "office.com")), 0), true, Quarantine},
		{"a stranger's code to a tenant's page on a platform known here", inQR(knownPlatform(withLink(newInput(), tenantPage, "acme-payroll.sharepoint.com", "sharepoint.com")), 0), true, Quarantine},
		{"a known sender's code to a form on a platform known here", inQR(knownPlatform(withLink(knownInput(), gform, "docs.google.com", "google.com")), 0), false, Accept},
		{"a stranger's code to a form on a platform we link ourselves", func() Input {
			in := knownPlatform(withLink(newInput(), gform, "docs.google.com", "google.com"))
			in.History.Domains["google.com"] = withOutbound(est())
			return inQR(in, 0)
		}(), true, Quarantine},
		{"the platform's own share notification", func() Input {
			in := knownPlatform(withLink(newInput(), gform, "docs.google.com", "google.com"))
			in.FromAddr, in.MailFrom = "drive-shares-noreply@google.com", "drive-shares-noreply@google.com"
			return inQR(in, 0)
		}(), false, Accept},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := Score(testPolicy(), tc.in)
			got := hasReason(v.Links[0].Reasons, CodeQRLink)
			if got != tc.qr || v.Action != tc.action {
				t.Errorf("qr_link %v, action %s; want %v, %s\n%v\n%v", got, v.Action, tc.qr, tc.action, v.Reasons, v.Links[0].Reasons)
			}
		})
	}
}

// lead sets the start of in's text; subject its subject.
func lead(in Input, s string) Input    { in.Lead = s; return in }
func subject(in Input, s string) Input { in.Subject = s; return in }

// solicitedInput: we have written to in's sender.
func solicitedInput(in Input) Input { in.History.Sender = withOutbound(in.History.Sender); return in }

// knownDomain: in's sender domain has sent mail here on many days.
func knownDomain(in Input) Input { in.History.SenderDomain = est(); return in }

// inSVG moves link i of in into an SVG attachment's drawing.
func inSVG(in Input, i int) Input {
	in.Links[i].Kind, in.Links[i].Part = links.KindSVG, "2"
	return in
}

// TestPageLink: a link drawn in an SVG attachment, packed in an
// archive's page or opened by an attached shortcut, to a domain new here
// (the sender's own too) that is no brand's is form evidence, so a
// stranger's drawn button holds the message where it was left open at
// warn; a known domain's is not.
func TestPageLink(t *testing.T) {
	ownSite := newInput()
	ownSite.Links[0] = web("https://www.shop-new.example/ticket", "www.shop-new.example", "shop-new.example")
	for _, tc := range []struct {
		name   string
		in     Input
		svg    bool
		action Action
	}{
		{"a stranger's drawn link to a new domain is held", inSVG(newInput(), 0), true, Quarantine},
		{"a drawn link to the sender's own new site", inSVG(ownSite, 0), true, Quarantine},
		{"a known sender's drawn link to a known domain", inSVG(knownInput(), 0), false, Accept},
		{"a PDF link to a new domain is no drawing", inPDF(newInput(), 0), false, Accept},
		{"a zipped page's link to a new domain is held", func() Input {
			in := newInput()
			in.Links[0].Kind, in.Links[0].Part = links.KindArchive, "2"
			return in
		}(), true, Quarantine},
		{"a stranger's attached shortcut to a new domain is held", func() Input {
			in := newInput()
			in.Links[0].Kind, in.Links[0].Part = links.KindShortcut, "2"
			return in
		}(), true, Quarantine},
		{"a known sender's shortcut to a known domain", func() Input {
			in := knownInput()
			in.Links[0].Kind, in.Links[0].Part = links.KindShortcut, "2"
			return in
		}(), false, Accept},
		{"a drawn link to a brand's own site", inSVG(withLink(newInput(), "https://www.ups.com/track?n=1Z999", "www.ups.com", "ups.com"), 0), false, Accept},
		{"a drawn link to anyone's form on a brand's sharing platform", inSVG(withLink(newInput(), "https://docs.google.com/forms/d/e/1FAIpQL/viewform", "docs.google.com", "google.com"), 0), true, Quarantine},
		{"a stranger's drawn link to a form on a platform known here", inSVG(knownPlatform(withLink(newInput(), gform, "docs.google.com", "google.com")), 0), true, Quarantine},
		{"a zipped page's link to anyone's page on a brand's platform", func() Input {
			in := withLink(newInput(), "https://acme-payroll.sharepoint.com/:b:/g/remittance", "acme-payroll.sharepoint.com", "sharepoint.com")
			in.Links[0].Kind, in.Links[0].Part = links.KindArchive, "2"
			return in
		}(), true, Quarantine},
		{"a stranger's web page attached as a file, its link locked above warn", htmlFile(newInput()), true, Lock},
		{"the page's button to the sender's own new site", htmlFile(withLink(newInput(), "https://www.shop-new.example/ticket", "www.shop-new.example", "shop-new.example")), true, Lock},
		{"a correspondent's saved page", func() Input {
			in := htmlFile(newInput())
			in.History.Sender = withOutbound(Stat{})
			return in
		}(), false, Accept},
		{"the same link in the message's body", withLink(newInput(), "https://www.shop-new.example/ticket", "www.shop-new.example", "shop-new.example"), false, Accept},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := Score(testPolicy(), tc.in)
			got := hasReason(v.Links[0].Reasons, CodePageLink)
			if got != tc.svg || v.Action != tc.action {
				t.Errorf("page_link %v, action %s; want %v, %s\n%v\n%v", got, v.Action, tc.svg, tc.action, v.Reasons, v.Links[0].Reasons)
			}
		})
	}
}

// htmlFile puts in's first link in an HTML file attached to the message.
func htmlFile(in Input) Input {
	in.Links = slices.Clone(in.Links)
	in.Links[0].Flags |= links.FlagHTMLFile
	in.Links[0].Part = "2"
	return in
}

// TestAutoLoad: an attached document's remote template at a domain new
// here holds a stranger's message; its hyperlink, or the template at a
// known domain, does not.
func TestAutoLoad(t *testing.T) {
	template := func(in Input) Input {
		in.Links[0].Kind, in.Links[0].Part = links.KindOffice, "2"
		in.Links[0].Flags |= links.FlagAutoLoad
		return in
	}
	hyperlink := newInput()
	hyperlink.Links[0].Kind, hyperlink.Links[0].Part = links.KindOffice, "2"
	for _, tc := range []struct {
		name   string
		in     Input
		auto   bool
		action Action
	}{
		{"a stranger's remote template at a new domain", template(newInput()), true, Quarantine},
		{"the document's hyperlink there", hyperlink, false, Accept},
		{"a known sender's template at a known domain", template(knownInput()), false, Accept},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := Score(testPolicy(), tc.in)
			if got := hasReason(v.Links[0].Reasons, CodeAutoLoad); got != tc.auto || v.Action != tc.action {
				t.Errorf("auto_load %v, action %s; want %v, %s\n%v", got, v.Action, tc.auto, tc.action, v.Links[0].Reasons)
			}
		})
	}
}

// The sentence of a link left open in an attachment names what holds it.
func TestAttachmentKeptNamesTheContainer(t *testing.T) {
	for _, tt := range []struct {
		l    links.Link
		want string
	}{
		{links.Link{Kind: links.KindPDF, Domain: "evil.example"}, "inside an attached PDF file"},
		{links.Link{Kind: links.KindOffice, Domain: "evil.example"}, "inside an attached Office file"},
		{links.Link{Kind: links.KindArchive, Domain: "evil.example"}, "inside an attached archive file"},
		{links.Link{Kind: links.KindShortcut, Domain: "evil.example"}, "inside an attached shortcut file"},
		{links.Link{Kind: links.KindTNEF, Domain: "evil.example"}, "inside an attached TNEF file"},
		{links.Link{Kind: links.KindQR, Domain: "evil.example"}, "in a QR code"},
		{links.Link{Kind: links.KindHref, Domain: "evil.example", Flags: links.FlagEncodedMessage}, "inside an attached message"},
	} {
		if got := attachmentKept(&tt.l).Text; !strings.Contains(got, tt.want) || !strings.Contains(got, "evil.example") {
			t.Errorf("%s: %q, want it to say %q", tt.l.Kind, got, tt.want)
		}
	}
}

// TestPasteCommandSignal: a message telling the reader to paste and run a
// command (links.Extracted.PasteCommand) is held from a stranger, with or
// without a link; a correspondent's gets the whole weight on its links but
// is not held, unless the instructions come in an attached page
// (PasteFile: paste_attachment), in list mail too; our own authenticated
// people get nothing, nor list mail's text.
func TestPasteCommandSignal(t *testing.T) {
	found := func(v Verdict, code string) bool {
		for _, r := range v.Reasons {
			if r.Code == code {
				return true
			}
		}
		for _, l := range v.Links {
			for _, r := range l.Reasons {
				if r.Code == code {
					return true
				}
			}
		}
		return false
	}
	for _, tc := range []struct {
		name   string
		in     func() Input
		file   bool // PasteFile, not PasteCommand
		paste  bool // paste_command (paste_attachment with file) reported
		action Action
	}{
		{"a stranger's lure is held", newInput, false, true, Quarantine},
		{"a stranger's lure without a link is held", func() Input {
			in := newInput()
			in.Links = nil
			return in
		}, false, true, Quarantine},
		{"a known partner's is weighed, not held", knownInput, false, true, Accept},
		{"a known partner's attached page is held", knownInput, true, true, Quarantine},
		{"a known partner's attached page without a link is held", func() Input {
			in := knownInput()
			in.Links = nil
			return in
		}, true, true, Quarantine},
		{"our own authenticated colleague's is not weighed", func() Input {
			in := knownInput()
			in.FromAddr, in.MailFrom, in.Authenticated = "ann@corp.example", "ann@corp.example", true
			return in
		}, true, false, Accept},
		{"a list post is not weighed", func() Input {
			in := newInput()
			in.List = true
			return in
		}, false, false, Lock},
		{"a list post's attached page is held (anyone writes a List-Id)", func() Input {
			in := knownInput()
			in.List = true
			return in
		}, true, true, Quarantine},
		{"a stranger's list post's attached page without a link is held", func() Input {
			in := newInput()
			in.List, in.Links = true, nil
			return in
		}, true, true, Quarantine},
	} {
		t.Run(tc.name, func(t *testing.T) {
			plain := Score(testPolicy(), tc.in())
			in := tc.in()
			code := CodePaste
			if tc.file {
				in.PasteFile, code = true, CodePasteFile
			} else {
				in.PasteCommand = true
			}
			v := Score(testPolicy(), in)
			if v.Action != tc.action || found(v, code) != tc.paste {
				t.Fatalf("Score() = %s, %s reported %v; want %s, %v (reasons %v)", v.Action, code, found(v, code), tc.action, tc.paste, v.Reasons)
			}
			// The whole weight is added: no credit for the sender's history offsets it.
			if len(v.Links) > 0 && tc.paste {
				if added := v.Links[0].Score - plain.Links[0].Score; !near(added, DefaultWeights().Paste) {
					t.Errorf("paste_command adds %v to the link, want the full %v", added, DefaultWeights().Paste)
				}
			}
		})
	}
}

// TestProgramFileSignal: an attached program, shortcut or disk image
// (Input.ProgramNames) holds a stranger's message, with a link or
// without; a correspondent's is weighed in full, not held; our own
// authenticated colleague's is not weighed.
func TestProgramFileSignal(t *testing.T) {
	found := func(v Verdict) bool {
		for _, r := range v.Reasons {
			if r.Code == CodeProgram {
				return true
			}
		}
		for _, l := range v.Links {
			for _, r := range l.Reasons {
				if r.Code == CodeProgram {
					return true
				}
			}
		}
		return false
	}
	for _, tc := range []struct {
		name     string
		in       func() Input
		reported bool
		action   Action
	}{
		{"a stranger's zipped shortcut is held", newInput, true, Quarantine},
		{"a stranger's without a link is held", func() Input { return noLink(newInput(), "My resume is attached.") }, true, Quarantine},
		{"a known partner's is weighed, not held", knownInput, true, Accept},
		{"our own authenticated colleague's is not weighed", func() Input {
			in := knownInput()
			in.FromAddr, in.MailFrom, in.Authenticated = "ann@corp.example", "ann@corp.example", true
			return in
		}, false, Accept},
	} {
		t.Run(tc.name, func(t *testing.T) {
			plain := Score(testPolicy(), tc.in())
			in := tc.in()
			in.ProgramNames = []string{"Resume.pdf.lnk"}
			v := Score(testPolicy(), in)
			if v.Action != tc.action || found(v) != tc.reported {
				t.Fatalf("Score() = %s, program_file reported %v; want %s, %v (reasons %v)", v.Action, found(v), tc.action, tc.reported, v.Reasons)
			}
			if len(v.Links) > 0 && tc.reported {
				if added := v.Links[0].Score - plain.Links[0].Score; !near(added, DefaultWeights().Program) {
					t.Errorf("program_file adds %v to the link, want the full %v", added, DefaultWeights().Program)
				}
			}
		})
	}
}
