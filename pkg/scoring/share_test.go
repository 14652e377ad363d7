package scoring

import (
	"strings"
	"testing"

	"github.com/firstsight/firstsight/pkg/links"
)

// share is a link that opens the share \\host\s (links: FlagAppScheme,
// scheme file), read from text or an href.
func share(host, domain string, kind links.Kind, ip bool) links.Link {
	l := links.Link{Raw: `\\` + host + `\s\invoice.pdf`, URL: "file://" + host + "/s/invoice.pdf", Scheme: "file",
		Host: host, UnicodeHost: host, Domain: domain, Kind: kind, Clickable: true, Flags: links.FlagAppScheme,
		Chain: []string{"file://" + host + "/s/invoice.pdf"}}
	if ip {
		l.Flags |= links.FlagIPLiteral
	}
	return l
}

// TestShareLinks: a stranger's share on a host outside the network is
// app_scheme (form evidence: the host receives the reader's Windows
// credentials), an IP address's also ip_literal; a share on a host only
// the reader's network reaches (a private address, a single-label or
// private name) is private_address instead, not from our own domains; a
// share on our own domain is ours.
func TestShareLinks(t *testing.T) {
	internal := func(in Input) Input {
		in.FromAddr, in.MailFrom, in.FromName = "it@corp.example", "it@corp.example", "IT Desk"
		return in
	}
	for _, tc := range []struct {
		name  string
		in    func() Input
		link  links.Link
		has   []string
		hasnt []string
	}{
		{"a stranger's share at a public address", newInput, share("203.0.113.5", "203.0.113.5", links.KindText, true),
			[]string{CodeAppScheme, CodeIPLiteral}, []string{CodePrivateAddress}},
		{"a stranger's share on a new domain", newInput, share("files.evil.example", "evil.example", links.KindHref, false),
			[]string{CodeAppScheme}, nil},
		{"a stranger's share at a private address", newInput, share("10.1.2.3", "10.1.2.3", links.KindText, true),
			[]string{CodePrivateAddress}, []string{CodeAppScheme, CodeIPLiteral}},
		{"a stranger's share on a single-label server, from text", newInput, share("fs01", "fs01", links.KindText, false),
			[]string{CodePrivateAddress}, []string{CodeAppScheme}},
		{"a stranger's share under a private name", newInput, share("fs.corp.internal", "corp.internal", links.KindText, false),
			[]string{CodePrivateAddress}, []string{CodeAppScheme}},
		{"our IT desk's single-label server", func() Input { return internal(newInput()) }, share("fs01", "fs01", links.KindText, false),
			nil, []string{CodeAppScheme, CodePrivateAddress}},
		{"our IT desk's server on our domain", func() Input { return internal(newInput()) }, share("fs.corp.example", "corp.example", links.KindText, false),
			[]string{CodeOrgDomain}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := tc.in()
			in.Links = []links.Link{tc.link}
			v := Score(testPolicy(), in)
			got := map[string]bool{}
			for _, r := range v.Links[0].Reasons {
				got[r.Code] = true
			}
			for _, c := range tc.has {
				if !got[c] {
					t.Errorf("%s missing; reasons %v", c, v.Links[0].Reasons)
				}
			}
			for _, c := range tc.hasnt {
				if got[c] {
					t.Errorf("%s given; reasons %v", c, v.Links[0].Reasons)
				}
			}
			if org := tc.link.Domain == "corp.example"; org && v.Links[0].Lock {
				t.Errorf("our own share locked: %+v", v.Links[0])
			}
		})
	}
}

// TestPDFLaunchScripted: a PDF that launches a program counts as
// scripted_attachment, from a partner too, and its sentence names the
// program; from our own authenticated people it does not count.
func TestPDFLaunchScripted(t *testing.T) {
	for _, tc := range []struct {
		name   string
		in     func() Input
		want   bool
		action Action
	}{
		{"a stranger's", newInput, true, Quarantine},
		{"a partner's", knownInput, true, Quarantine},
		{"our own authenticated colleague's", func() Input {
			in := knownInput()
			in.FromAddr, in.MailFrom, in.Authenticated = "ann@corp.example", "ann@corp.example", true
			return in
		}, false, Accept},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := tc.in()
			in.Launch = "cmd.exe"
			v := Score(testPolicy(), in)
			found := mentions(v.Links[0].Reasons, CodeScripted, "cmd.exe")
			if found != tc.want || v.Action != tc.action {
				t.Errorf("Score() = %s, scripted_attachment naming cmd.exe %v; want %s, %v (reasons %v)", v.Action, found, tc.action, tc.want, v.Links[0].Reasons)
			}
		})
	}
}

// TestScriptedText: scripted_attachment's sentence names the program a
// PDF launches, and for an SVG's or HTML file's script (no program) says
// so, not "runs the program (unknown)".
func TestScriptedText(t *testing.T) {
	for _, tc := range []struct {
		name, launch string
		svg          bool
		want, not    string
	}{
		{"a PDF's Launch", "cmd.exe", false, "runs the program cmd.exe", "SVG"},
		{"an SVG's script", "", true, "an attached SVG image or HTML file carries a script", "PDF"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := newInput()
			in.Launch, in.ScriptedAttachment = tc.launch, tc.svg
			v := Score(testPolicy(), in)
			var text string
			for _, r := range v.Links[0].Reasons {
				if r.Code == CodeScripted {
					text = r.Text
				}
			}
			if !strings.Contains(text, tc.want) || strings.Contains(text, tc.not) {
				t.Errorf("scripted_attachment text %q; want %q, without %q", text, tc.want, tc.not)
			}
		})
	}
}
