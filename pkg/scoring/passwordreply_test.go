package scoring

import "testing"

// TestPasswordReply: a stranger's message without a link asking the reader
// to send a password is held; a known correspondent's, one with a link to
// judge, a bank's "we will never ask for your password" and a vendor
// sending a password of its own are not.
func TestPasswordReply(t *testing.T) {
	quota := "Your mailbox has exceeded its quota and will be disabled today. To keep your account active reply to this email with your username and current password."
	for _, tc := range []struct {
		name   string
		in     Input
		fires  bool
		action Action
	}{
		{"a stranger's quota lure", noLink(newInput(), quota), true, Quarantine},
		{"provide your login details", noLink(newInput(), "We are upgrading all staff mailboxes. Kindly provide your email address and login details to complete the validation."), true, Quarantine},
		{"a threat with a condition", noLink(newInput(), "If you do not reply with your password within 24 hours, your account will be closed."), true, Quarantine},
		{"a bank that never asks", noLink(newInput(), "Your statement is ready. We will never ask you to send your password or PIN by email."), false, Accept},
		{"advice not to", noLink(newInput(), "Reminder: do not reply to any message with your password."), false, Accept},
		{"a vendor sending its own", noLink(newInput(), "Your account is set up. We will send your password in a separate email."), false, Accept},
		{"a file's password", noLink(newInput(), "Please send the password for the zip file you shared yesterday."), false, Accept},
		{"a known correspondent", noLink(knownInput(), quota), true, Accept},
		{"a colleague", func() Input {
			in := noLink(newInput(), quota)
			in.FromAddr, in.MailFrom = "it@corp.example", "it@corp.example"
			return in
		}(), false, Accept},
		{"a link does not hide the request", func() Input { in := newInput(); in.Lead = quota; return in }(), true, Quarantine},
		{"a credential pair without your", noLink(newInput(), "Mailbox over quota. Reply with username and password to avoid deactivation."), true, Quarantine},
		{"the word spelt with a digit", noLink(newInput(), "Mailbox over quota. Reply with your username and passw0rd today."), true, Quarantine},
		{"your credentials", noLink(newInput(), "Kindly send your credentials to avoid deactivation."), true, Quarantine},
		{"a bank's footer beside a link", func() Input {
			in := knownInput()
			in.Lead = "Your statement is ready. We will never ask you to reply with your password."
			return in
		}(), false, Accept},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := Score(testPolicy(), tc.in)
			got := hasReason(v.Reasons, CodePasswordReply)
			if got != tc.fires || v.Action != tc.action {
				t.Errorf("password_reply %v, action %s; want %v, %s\n%v", got, v.Action, tc.fires, tc.action, v.Reasons)
			}
		})
	}
}
