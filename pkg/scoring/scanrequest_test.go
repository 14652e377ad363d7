package scoring

import (
	"strings"
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
		{"a code that must be scanned to keep access", noLink(newInput(), "Your password expires today. The QR code below must be scanned with your phone to keep access to your mailbox."), true, Quarantine},
		{"a code that will be scanned", noLink(newInput(), "Sign in to print your ticket. Its QR code will be scanned at the door."), false, Accept},
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

// TestScanAskedOfReader: a scan asked of the reader, not one a third
// party does.
func TestScanAskedOfReader(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"scan the qr code to renew", true},
		{"your badge expires. scan the code to renew", true},
		{"to keep access, scan the qr code", true},
		{"please scan the code", true},
		{"you can scan the code with your phone", true},
		{"you'll need to scan the code", true},
		{"open your camera and scan the code", true},
		{"use your phone to scan the code", true},
		{"point your phone's camera at the qr code", true},
		{"point your phone\u2019s camera at the qr code", true},
		{"bitte scannen sie den code", true},
		{"all employees must scan the qr code to renew access", true},
		{"users are required to scan the code to keep access", true},
		{"each user should scan the code", true},
		{"your team needs to scan the qr code", true},
		{"our staff need to scan the code at the door", false},
		{"the gate staff must scan your ticket's code", false},
		{"staff are asked to scan your qr code at the entrance", false},
		{"we have to scan the code at the door", false},
		{"our staff will scan your qr code at the door", false},
		{"the cashier will scan this code", false},
		{"we scan the code at the entrance", false},
		{"staff use a device to scan your code", false},
		{"the gate's camera reads the qr code", false},
		{"show this code at the entrance", false},
		// a duty laid on the code in the passive
		{"the qr code below must be scanned to keep access", true},
		{"this code needs to be scanned with your phone before friday", true},
		{"the attached qr code should be scanned by you within 24 hours", true},
		{"the code has to be scanned to renew your badge", true},
		{"your qr code must be scanned with your phone to keep access", true},
		{"your qr code must be scanned at the entrance", false},
		{"your ticket's qr code will be scanned at the door", false},
		{"the code must be scanned by our staff at check-in", false},
		{"the qr code needs to be scanned by the driver on delivery", false},
		{"the code can be scanned with any phone", false},
		{"we need the code to be scanned at the gate", false},
		{"the form must be scanned and returned", false},
		{"the qr code must be scanned", true},
		{"the qr code must be scanned upon arrival", false},
		{"the qr code needs to be scanned on entry to the venue", false},
		{"the code must be scanned when you arrive", false},
		{"the code must be scanned on your phone to keep access", true},
		{"scanned copies must be sent by friday", false},
		{"the qr code must be scanned upon receipt to keep access", true},
		{"this code must be scanned on receipt of this notice", true},
		{"the qr code below, issued by it, must be scanned to keep access", true},
		{"the code, which expires today, needs to be scanned with your phone", true},
		{"your ticket, with its qr code, must be scanned at the door", false},
		{"the qr code, we ask, must be scanned by our staff", false},
		{"the code must be scanned upon arrival, on receipt of your badge", false},
		{"bring the form, it must be scanned and returned", false},
		{"your qr code, on your ticket, must be scanned upon receipt", false},
	} {
		if _, got := scanAskedOf(tc.text, true); got != tc.want {
			t.Errorf("scanAskedOf(%q, true) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// FuzzScanAskedOf: scanAskedOf never panics, returns words of text, and
// finds for the reader only what scanAsked finds or a camera ask.
func FuzzScanAskedOf(f *testing.F) {
	f.Add("our staff will scan your qr code")
	f.Add("you'll need to scan the code")
	f.Add("point your phone\u2019s camera at the qr code")
	f.Add("\xff scan \xffcode")
	f.Add("your qr code must be scanned with your phone")
	f.Add("the code needs to be scanned by you")
	f.Fuzz(func(t *testing.T, text string) {
		ask, ok := scanAskedOf(text, true)
		if ok && !strings.Contains(text, ask) {
			t.Errorf("scanAskedOf(%q) = %q, not in the text", text, ask)
		}
		if _, any := scanAsked(text); ok && !any {
			if _, cam := cameraAsked(text); !cam {
				t.Errorf("scanAskedOf(%q, true) without a scan or a camera asked", text)
			}
		}
	})
}
