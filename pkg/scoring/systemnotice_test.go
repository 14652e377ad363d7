package scoring

import (
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
)

// noticeInput: a first-contact stranger's message (no history) whose link
// to a domain new here has the given text and context.
func noticeInput(from, subject, display, context string) Input {
	in := newInput()
	in.MailFrom, in.FromAddr, in.FromName = from, from, ""
	in.Subject = subject
	l := web("https://listen.vmportal-play.example/msg?id=1", "listen.vmportal-play.example", "vmportal-play.example")
	l.Display, l.Context = display, context
	in.Links = []links.Link{l}
	return in
}

// A message presenting itself as a phone, fax or secure-mail system's
// notice, from a stranger, linking a domain new here, is a lure: its link
// is locked above warn. A person mentioning a voicemail, a signature's
// fax number, a correspondent, a domain linked here before, the sender's
// own site, a brand's own mail or domain and our own domains are not.
func TestSystemNotice(t *testing.T) {
	p := testPolicy()
	const vm = "You have a new voicemail (0:47) from +1 (555) 010-0142."
	for _, tc := range []struct {
		name  string
		in    Input
		fires bool
	}{
		{"a stranger's voicemail notice", noticeInput("notify@vm-alerts-portal.example", "New voicemail from +1 555 010 0142", "Listen to message", vm), true},
		{"in the subject only", noticeInput("notify@vm-alerts-portal.example", "Voicemail from +1 555 010 0142 (0:47)", "Listen", "Received Monday 9:02 AM."), true},
		{"several voicemails", noticeInput("notify@vm-alerts-portal.example", "Mailbox", "Play", "You have 2 new voicemails."), true},
		{"a fax", noticeInput("fax@fax-delivery.example", "Fax", "View fax", "You have received a fax from +1 713 555 0101, 3 pages."), true},
		{"a missed call", noticeInput("pbx@phone-notify.example", "Missed call from +1 555 010 0142", "Play", "A caller left a message."), true},
		{"a secure message", noticeInput("secure@msg-center.example", "Notice", "Read message", "Click below to read your secure message."), true},
		{"an encrypted message", noticeInput("secure@msg-center.example", "Notice", "Open", "You have received an encrypted message from Northwind Bank."), true},
		{"a person mentions a voicemail", noticeInput("sam@newco.example", "Proposal", "our proposal", "I left you a voicemail this morning; here is our proposal."), false},
		{"a signature's fax number", noticeInput("sam@newco.example", "Proposal", "www.newco.example", "Sam Lee, Sales. Tel: +1 713 555 0100 Fax: +1 713 555 0101"), false},
		{"a word that only contains a phrase", noticeInput("sam@newco.example", "Proposal", "renewed", "Our renewal faxmessage tool."), false},
		{"our own domain's phone system", noticeInput("voicemail@corp.example", "New voicemail", "Listen", vm), false},
		{"a shipped brand's own mail", noticeInput("noreply@microsoft.com", "New voicemail", "Play voicemail", vm), false},
	} {
		v := Score(p, tc.in)
		if got := hasReason(v.Links[0].Reasons, CodeSystemNotice); got != tc.fires {
			t.Errorf("%s: system_notice %v, want %v (%v)", tc.name, got, tc.fires, codesOf(v))
		}
		if tc.fires && (!v.Links[0].Lock || v.Level == LevelWarn) {
			t.Errorf("%s: lock %v level %s, want a lock above warn (score %.2f)", tc.name, v.Links[0].Lock, v.Level, v.Links[0].Score)
		}
	}
}

// Context that vouches: the notice fires on none of these.
func TestSystemNoticeContext(t *testing.T) {
	p := testPolicy()
	const vm = "You have a new voicemail (0:47) from +1 (555) 010-0142."
	base := func() Input {
		return noticeInput("notify@vm-alerts-portal.example", "New voicemail", "Listen to message", vm)
	}
	for _, tc := range []struct {
		name string
		edit func(*Input)
	}{
		{"someone here wrote to the sender", func(in *Input) { in.History.Sender = withOutbound(est()) }},
		{"someone here wrote to the sender's domain", func(in *Input) { in.History.SenderDomain = withOutbound(est()) }},
		{"the link's domain was linked here before", func(in *Input) {
			in.History.Domains = map[string]Stat{"vmportal-play.example": {FirstSeen: now.AddDate(0, 0, -3), LastSeen: now.AddDate(0, 0, -3), Messages: 1, Days: 1, Senders: 1}}
		}},
		{"the sender's own site", func(in *Input) {
			in.Links[0] = web("https://vm-alerts-portal.example/msg?id=1", "vm-alerts-portal.example", "vm-alerts-portal.example")
			in.Links[0].Display, in.Links[0].Context = "Listen to message", vm
		}},
		{"a shipped brand's domain (Purview encryption)", func(in *Input) {
			in.Links[0] = web("https://outlook.office365.com/Encryption/retrieve.ashx", "outlook.office365.com", "office365.com")
			in.Links[0].Display, in.Links[0].Context = "Read the message", "You have received an encrypted message from roi@stmaryhealth.example."
		}},
	} {
		in := base()
		tc.edit(&in)
		v := Score(p, in)
		if hasReason(v.Links[0].Reasons, CodeSystemNotice) {
			t.Errorf("%s: system_notice fired (%v)", tc.name, codesOf(v))
		}
	}
	if v := Score(p, base()); !hasReason(v.Links[0].Reasons, CodeSystemNotice) {
		t.Errorf("the stranger's notice itself: no system_notice (%v)", codesOf(v))
	}
}

// noticeScan reads texts in any case, and a text it read for the previous
// link is answered again, not carried over to a different text.
func TestNoticeScan(t *testing.T) {
	var n noticeScan
	for _, tc := range []struct {
		context    bool // read through the context's slot, not the display text's
		text, want string
	}{
		{false, "NEW VOICEMAIL from +1 555 0100", "new voicemail"},
		{true, "I left you a voicemail yesterday", ""},
		{false, "NEW VOICEMAIL from +1 555 0100", "new voicemail"},
		{true, "I left you a voicemail yesterday", ""},
		{false, "You have Received A Fax (2 pages)", "received a fax"},
		{false, "Fax: +1 713 555 0101", ""},
		{true, "Fax: +1 713 555 0101", ""},
		{true, "", ""},
		{true, "a secure messaging platform", ""},
		{true, "You have Received A Fax (2 pages)", "received a fax"},
	} {
		slot := &n.display
		if tc.context {
			slot = &n.context
		}
		got, ok := n.find(slot, tc.text)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("find(%q) = %q, %v; want %q", tc.text, got, ok, tc.want)
		}
	}
	if p, ok := n.subject("Voice Message From Reception"); !ok || p != "voice message from" {
		t.Errorf("subject = %q, %v; want voice message from", p, ok)
	}
	if p, ok := n.subject("something else"); !ok || p != "voice message from" {
		t.Errorf("subject read twice: %q, %v; the message has one subject", p, ok)
	}
}
