package filter

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/firstsight/firstsight/pkg/scoring"
)

// Modern mail from senders seen for the first time, on an empty history:
// ordinary service mail and newsletters are accepted or warned (the reader
// may continue), never blocked; phishing is locked at a blocking level or
// held. The messages in testdata/firstcontact were written for this test.
func TestFirstContactModernMail(t *testing.T) {
	for _, tc := range []struct {
		file   string
		action Action
		level  string // for locks
	}{
		{"password-reset.eml", ActionAccept, ""},           // a service's own site
		{"docs-share.eml", ActionAccept, ""},               // a shipped brand's own site
		{"esp-newsletter.eml", ActionLock, "warn"},         // own site shown through a click tracker
		{"hosted-invoice.eml", ActionLock, "warn"},         // new payment host, payment words
		{"m365-phish.eml", ActionQuarantine, ""},           // brand name, free hosting, credentials
		{"doc-phish.eml", ActionLock, "hard"},              // IP literal, document and payment words
		{"gmail-forward.eml", ActionAccept, ""},            // a colleague's contact forwards an article (quoted_link)
		{"fake-forward-phish.eml", ActionQuarantine, ""},   // a made-up forward asking for a password
		{"github.eml", ActionAccept, ""},                   // a shipped brand's notification
		{"zoom-invite.eml", ActionAccept, ""},              // a new contact's meeting link on zoom.us; its "Passcode:" label asks for nothing
		{"docusign.eml", ActionAccept, ""},                 // a signing request through the service's own site; its app link on docusign.com is DocuSign's (families.txt)
		{"stripe-receipt.eml", ActionLock, "warn"},         // a receipt: payment words, the processor's own site
		{"mailchimp-news.eml", ActionLock, "warn"},         // a conference newsletter behind a click tracker
		{"sharepoint-share.eml", ActionLock, "warn"},       // a partner shares a file from a new tenant
		{"okta-activate.eml", ActionLock, "warn"},          // an activation link at an Okta org named after us, which anyone can name: new, warned (TestFirstContactOwnTenant)
		{"jira-attachment.eml", ActionAccept, ""},          // an attachment link that shows its file name (export-log.zip)
		{"yahoo-recovery.eml", ActionLock, "warn"},         // a brand's own other sending domain (yahoo-inc.com), a sign-in page new here
		{"webex-invite.eml", ActionAccept, ""},             // our own Webex site (corp.webex.com) and its meeting password
		{"webex-phish.eml", ActionQuarantine, ""},          // our name under a meeting lure's own domain, asking for a password
		{"onedrive-zip-share.eml", ActionLock, "warn"},     // a partner's share link to a zip shown by its file name
		{"zip-name-phish.eml", ActionQuarantine, ""},       // a file name shown for a lure's download page (file_text), payment and threat words
		{"npm-2fa-notice.eml", ActionAccept, ""},           // "two-factor authentication (2FA)": one request, on npm's own site and GitHub's changelog (families.txt: npm is GitHub's)
		{"2fa-phish.eml", ActionLock, "lock"},              // the same notice asking to sign in with a password on the lure's site
		{"renewal-callback.eml", ActionQuarantine, ""},     // a renewal's amount, money deducted and a number to call, no payment word
		{"callback-pdf.eml", ActionQuarantine, ""},         // "see attached": the PDF tells the renewal charge and the number to call
		{"callback-html-split.eml", ActionQuarantine, ""},  // the number to call split by <span>, <br> and </div><div>
		{"callback-spelled.eml", ActionQuarantine, ""},     // the number spelled in words between an emoji and a zero-width space
		{"callback-subject.eml", ActionQuarantine, ""},     // the number in the subject only: "call ... at the number above"
		{"order-confirmation-phone.eml", ActionAccept, ""}, // a new shop's order confirmation: a split service number, no charge named
		{"callback-call-me.eml", ActionQuarantine, ""},     // a "billing agent": "your card was charged ... call me directly at"
		{"receipt-date-subject.eml", ActionAccept, ""},     // a new shop's renewal receipt, its subject's date and amount no phone number
		{"linkedin-slink.eml", ActionLock, "warn"},         // a stranger's opaque LinkedIn redirect, judged as a shortener
		{"voicemail-phish.eml", ActionLock, "lock"},        // "you have a new voicemail" from a stranger, played on a domain new here (system_notice)
		{"fax-phish.eml", ActionLock, "lock"},              // "you have received a fax", the same
		{"secure-message-phish.eml", ActionLock, "lock"},   // "read your secure message", the same
		{"ringcentral-voicemail.eml", ActionAccept, ""},    // a phone system's voicemail notice, on its own site
		{"teams-voicemail.eml", ActionAccept, ""},          // Teams voicemail, a shipped brand's own
		{"bank-secure-message.eml", ActionAccept, ""},      // a bank's secure message centre, on its own site
		{"zix-new-partner.eml", ActionLock, "warn"},        // a new partner's first Zix message: its portal is a shipped brand (brands.txt), so no system_notice
		{"clickfix-html-file.eml", ActionQuarantine, ""},   // an attached page: "press Windows + R, Ctrl + V", powershell, no link (paste_attachment)
		{"clickfix-body.eml", ActionQuarantine, ""},        // the same instructions in the message's own text, cmd /c (paste_command)
		{"clickfix-svg.eml", ActionQuarantine, ""},         // the same in an attached SVG's text, mshta
		{"powershell-howto.eml", ActionAccept, ""},         // a vendor's support desk tells how to run a PowerShell command: no Run dialog, no paste
		{"payroll-w2-phish.eml", ActionLock, "lock"},       // "Payroll" from a stranger: "your W-2 is ready", on a domain new here (staff_notice)
		{"benefits-enroll-phish.eml", ActionLock, "lock"},  // "Benefits Team": "open enrollment ends Friday", the same
		{"benefits-own-portal.eml", ActionAccept, ""},      // a benefits administrator's open enrollment on its own portal
		{"interview-file-phish.eml", ActionLock, "lock"},   // "Interview_Questions.docx" opens a sign-in page on a domain new here (file_text)
		{"report-own-site.eml", ActionAccept, ""},          // a report's file name on the sender's own site: no file_text
		{"report-tracker.eml", ActionLock, "warn"},         // the same behind a tracker that shows no file: file_text at the tracker's novelty, warned as before
		{"invoice-file-page.eml", ActionLock, "warn"},      // a new vendor's "Invoice_4471.pdf" on an invoicing host new here: file_text without a sign-in page lifts no level
		{"dms-file-page.eml", ActionLock, "warn"},          // a new law firm's draft on its document system's host new here: warned, as before
		{"share-image-phish.eml", ActionQuarantine, ""},    // a logo and a background on file shares outside our network, no link: the client sends the reader's Windows credentials on opening (share_load)
		{"share-image-internal.eml", ActionAccept, ""},     // a vendor's signature logo on its own single-label file server and a tracking pixel: no share_load
	} {
		raw, err := os.ReadFile(filepath.Join("testdata", "firstcontact", tc.file))
		if err != nil {
			t.Fatal(err)
		}
		raw = bytes.ReplaceAll(bytes.ReplaceAll(raw, []byte("\r\n"), []byte("\n")), []byte("\n"), []byte("\r\n"))
		env := HeaderEnvelope(raw, time.Now())
		r, err := testEngine(t).Decide(context.Background(), raw, env)
		if err != nil {
			t.Fatalf("%s: %v", tc.file, err)
		}
		level := ""
		if r.Action == ActionLock {
			level = string(r.Verdict.Level)
		}
		if r.Action != tc.action || level != tc.level {
			t.Errorf("%s: %s %s (score %.2f, %v), want %s %s", tc.file, r.Action, level, r.Verdict.Score, r.ReasonCodes(), tc.action, tc.level)
		}
	}
}

// An Okta org named after us (corp-example.okta.com) is whoever named
// it at sign-up: its first activation notice is warned as any new site;
// listed as our own tenant (own_tenants) it is accepted, as our
// platform's notice on our own tenant.
func TestFirstContactOwnTenant(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "firstcontact", "okta-activate.eml"))
	if err != nil {
		t.Fatal(err)
	}
	raw = bytes.ReplaceAll(bytes.ReplaceAll(raw, []byte("\r\n"), []byte("\n")), []byte("\n"), []byte("\r\n"))
	for _, tc := range []struct {
		name   string
		own    []string
		action Action
	}{
		{"not listed", nil, ActionLock},
		{"listed", []string{"corp-example.okta.com"}, ActionAccept},
		{"another tenant listed", []string{"corp.okta.com"}, ActionLock},
	} {
		e := testEngineWith(t, func(p *scoring.Policy) { p.OwnTenants = tc.own })
		r, err := e.Decide(context.Background(), raw, HeaderEnvelope(raw, time.Now()))
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if r.Action != tc.action || r.Action == ActionLock && r.Verdict.Level != scoring.LevelWarn {
			t.Errorf("%s: %s %s (score %.2f, %v), want %s (warn)", tc.name, r.Action, r.Verdict.Level, r.Verdict.Score, r.ReasonCodes(), tc.action)
		}
	}
}

// TestHiddenTextMail: a stranger's callback lure salted with hidden HTML
// (words and the number to call split by hidden spans, a class rule, a
// white one-pixel decoy paragraph) is read as the reader sees it: the
// number is read (callback_number), the salting counts (hidden_text), and
// it is quarantined; a stranger's newsletter with a hidden preheader,
// mobile-only and desktop-only blocks, a font-size:0 column wrapper,
// white text on a dark cell and a hidden tracking pixel gets no
// hidden_text and is accepted (its links are its own site). The visible
// text an image-only message shows is its picture's alt text: a callback
// lure that is one picture is held by callback_number, while a
// newsletter's buttons beside its own words add no intent cue.
func TestHiddenTextMail(t *testing.T) {
	for _, tc := range []struct {
		file      string
		action    Action
		want, not []string
	}{
		{"callback-hidden-salt.eml", ActionQuarantine, []string{"callback_number", "hidden_text"}, nil},
		{"newsletter-preheader.eml", ActionAccept, nil, []string{"hidden_text"}},
		// an image-only callback lure: the picture's alt text, which Outlook
		// draws where it blocks the picture, is its lead (pkg/links/html_alt.go)
		{"callback-image-alt.eml", ActionQuarantine, []string{"callback_number"}, nil},
		// an empty plain alternative first leaves the lead to the HTML one
		// (pkg/links setLead), as a reader's client shows the HTML
		{"callback-empty-plain.eml", ActionQuarantine, []string{"callback_number"}, nil},
		// a newsletter beside its own words: its buttons' alt texts ("Sign in
		// to your account", "Verify your email") are not read, nor a pixel's
		{"newsletter-image-alt.eml", ActionLock, nil, []string{"intent_credentials"}},
	} {
		raw, err := os.ReadFile(filepath.Join("testdata", "firstcontact", tc.file))
		if err != nil {
			t.Fatal(err)
		}
		raw = bytes.ReplaceAll(bytes.ReplaceAll(raw, []byte("\r\n"), []byte("\n")), []byte("\n"), []byte("\r\n"))
		r, err := testEngine(t).Decide(context.Background(), raw, HeaderEnvelope(raw, time.Now()))
		if err != nil {
			t.Fatalf("%s: %v", tc.file, err)
		}
		codes := r.ReasonCodes()
		if r.Action != tc.action {
			t.Errorf("%s: %s (score %.2f, %v), want %s", tc.file, r.Action, r.Verdict.Score, codes, tc.action)
		}
		for _, c := range tc.want {
			if !slices.Contains(codes, c) {
				t.Errorf("%s: no %s in %v", tc.file, c, codes)
			}
		}
		for _, c := range tc.not {
			if slices.Contains(codes, c) {
				t.Errorf("%s: %s in %v", tc.file, c, codes)
			}
		}
	}
}
