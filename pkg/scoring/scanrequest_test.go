package scoring

import (
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
)

// TestScanRequest: a first-contact stranger's message without a link or a
// code read from it, asking to scan a code to keep access to an account,
// is held; a ticket asking to scan at the door, a known correspondent's
// request, a colleague's, one whose code was read and a message that
// names a code without asking to scan are not.
func TestScanRequest(t *testing.T) {
	mfa := "Your multi-factor authentication registration expires today. Scan the QR code below with your phone camera to keep access to your mailbox."
	withQR := func() Input {
		in := newInput()
		in.Lead = mfa
		in.Links = []links.Link{web("https://mfa.evil.example/x", "mfa.evil.example", "evil.example")}
		in.Links[0].Kind = links.KindQR
		return in
	}
	for _, tc := range []struct {
		name   string
		in     Input
		fires  bool
		action Action
	}{
		{"a stranger's MFA lure with no code read", noLink(newInput(), mfa), true, Quarantine},
		{"scan the attached code to sign in", noLink(newInput(), "Document shared with you. Scan the attached code with your phone and sign in to view it."), true, Quarantine},
		{"in Spanish", noLink(newInput(), "Su contraseña caduca hoy. Escanee el código QR para verificar su cuenta."), true, Quarantine},
		{"a ticket", noLink(newInput(), "Your ticket for Saturday. Scan the code at the entrance."), false, Accept},
		{"a code named, nothing to scan", noLink(newInput(), "Sign in to your account with the code 442913 to verify it."), false, Accept},
		{"scanner is not scan", noLink(newInput(), "Sign in to the scanner portal to verify the code."), false, Accept},
		{"a known correspondent", noLink(knownInput(), mfa), true, Accept},
		{"a colleague", func() Input {
			in := noLink(newInput(), mfa)
			in.FromAddr, in.MailFrom = "it@corp.example", "it@corp.example"
			return in
		}(), false, Accept},
		{"the code was read: qr_link judges it", withQR(), false, Quarantine},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := Score(testPolicy(), tc.in)
			got := hasReason(v.Reasons, CodeScanRequest)
			if got != tc.fires || v.Action != tc.action {
				t.Errorf("scan_request %v, action %s; want %v, %s\n%v", got, v.Action, tc.fires, tc.action, v.Reasons)
			}
		})
	}
}
