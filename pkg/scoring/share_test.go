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

// shareSource is a picture (links.KindImage) or style sheet (KindCSS)
// the message loads from the share \\host\s: never clickable.
func shareSource(host, domain string, kind links.Kind, ip bool) links.Link {
	l := share(host, domain, kind, ip)
	l.Clickable = false
	return l
}

// TestShareLoad: a picture or style sheet loaded from a share on a host
// outside our network is share_load, evidence about the message that
// quarantines it from anyone but our own authenticated people (no click,
// so no lock could stop the credentials leaving); not a share only our
// network reaches or one on our own domains, not a web picture (a
// tracking pixel), not a drive path, not a share the reader clicks
// (app_scheme's).
func TestShareLoad(t *testing.T) {
	colleague := func() Input {
		in := knownInput()
		in.FromAddr, in.MailFrom, in.Authenticated = "ann@corp.example", "ann@corp.example", true
		return in
	}
	pixel := links.Link{Raw: "https://t.evil.example/p.gif", URL: "https://t.evil.example/p.gif", Scheme: "https",
		Host: "t.evil.example", UnicodeHost: "t.evil.example", Domain: "evil.example", Kind: links.KindImage}
	drive := links.Link{Raw: "file:///C:/Users/bob/image001.png", URL: "file:///C:/Users/bob/image001.png", Scheme: "file", Kind: links.KindImage}
	for _, tc := range []struct {
		name   string
		in     func() Input
		src    links.Link
		alone  bool // the source is the message's only link
		want   bool // share_load reported, naming the host
		action Action
	}{
		{"a stranger's picture on a share", newInput, shareSource("files.evil.example", "evil.example", links.KindImage, false), false, true, Quarantine},
		{"a stranger's picture alone", newInput, shareSource("files.evil.example", "evil.example", links.KindImage, false), true, true, Quarantine},
		{"a stranger's style sheet at a public address", newInput, shareSource("203.0.113.5", "203.0.113.5", links.KindCSS, true), true, true, Quarantine},
		{"a known partner's", knownInput, shareSource("files.evil.example", "evil.example", links.KindImage, false), false, true, Quarantine},
		{"our own authenticated colleague's", colleague, shareSource("files.evil.example", "evil.example", links.KindImage, false), false, false, Accept},
		{"a partner's at a private address", knownInput, shareSource("10.1.2.3", "10.1.2.3", links.KindImage, true), false, false, Accept},
		{"a partner's on a single-label server", knownInput, shareSource("fs01", "fs01", links.KindImage, false), false, false, Accept},
		{"a partner's under a private name", knownInput, shareSource("fs.corp.internal", "corp.internal", links.KindCSS, false), false, false, Accept},
		{"a partner's on our own domain", knownInput, shareSource("fs.corp.example", "corp.example", links.KindImage, false), false, false, Accept},
		{"a partner's on a domain of org_domains", knownInput, shareSource("fs.corp-group.example", "corp-group.example", links.KindImage, false), false, false, Accept},
		{"a partner's tracking pixel", knownInput, pixel, false, false, Accept},
		{"a partner's picture on a drive", knownInput, drive, false, false, Accept},
		{"a partner's share to click", knownInput, share("files.evil.example", "evil.example", links.KindHref, false), true, false, Lock},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := testPolicy()
			p.OrgDomains = []string{"corp.example", "corp-group.example"}
			in := tc.in()
			plain := Score(p, in)
			if tc.alone {
				in.Links = nil
			}
			in.Links = append(in.Links, tc.src)
			v := Score(p, in)
			got := shareLoadText(v)
			if (got != "") != tc.want || v.Action != tc.action {
				t.Fatalf("Score() = %s, share_load %q; want %s, %v (reasons %v)", v.Action, got, tc.action, tc.want, v.Reasons)
			}
			if tc.want && !strings.Contains(got, `\\`+tc.src.Host) {
				t.Errorf("share_load says %q, want it to name the host %s", got, tc.src.Host)
			}
			// The whole weight is added to the message's other links.
			if tc.want && !tc.alone {
				if added := v.Links[0].Score - plain.Links[0].Score; !near(added, DefaultWeights().AppScheme) {
					t.Errorf("share_load adds %v to the link, want app_scheme's %v", added, DefaultWeights().AppScheme)
				}
			}
		})
	}
}

// shareLoadText is the sentence of share_load among the verdict's reasons
// (the message's or a link's), or "".
func shareLoadText(v Verdict) string {
	for _, r := range v.Reasons {
		if r.Code == CodeShareLoad {
			return r.Text
		}
	}
	for _, l := range v.Links {
		for _, r := range l.Reasons {
			if r.Code == CodeShareLoad {
				return r.Text
			}
		}
	}
	return ""
}
