package scoring

import (
	"slices"
	"strings"
	"testing"
)

// TestPartnerInName: a display name spelling a correspondent's domain
// ("Cornerstone Title & Escrow" for cornerstonetitle.example) on free
// mail or a domain never seen here is a shadow identity; with a payment
// request and nobody here having written to it, it is held. Not from the
// correspondent's own domain, not for a short or ordinary one-word name,
// a correspondent at free mail, a name that is the sender's own domain's,
// an address we wrote to or an established one, nor list mail.
func TestPartnerInName(t *testing.T) {
	const pay = "Attached are the final closing figures and wire instructions. Please wire the funds today."
	mk := func(name, from string, known []string, f func(*Input)) Input {
		in := noLink(newInput(), pay)
		in.FromName, in.FromAddr, in.MailFrom = name, from, from
		in.Subject = "Final closing figures and wire instructions"
		in.History.Recipients = map[string]RecipientHistory{"bob@corp.example": {Recipient: est(), Known: known}}
		if f != nil {
			f(&in)
		}
		return in
	}
	title := []string{"partner.example", "cornerstonetitle.example"}
	for _, tc := range []struct {
		name       string
		in         Input
		want, held bool
	}{
		{"the title company's name at free mail", mk("Cornerstone Title & Escrow", "cornerstone.closing@gmail.com", title, nil), true, true},
		{"the name at a domain never seen: another company may share it", mk("Cornerstone Title", "closing@ct-escrow-files.example", title, nil), false, false},
		{"one long word of the name", mk("Pinecrestloans", "pinecrest.loans@gmail.com", []string{"pinecrestloans.example"}, nil), true, true},
		{"the known host of a correspondent", mk("Cornerstone Title", "closing@gmail.com", []string{"mail.cornerstonetitle.example"}, nil), true, true},
		{"the name, asking nothing", mk("Cornerstone Title", "closing@gmail.com", title, func(in *Input) {
			in.Subject, in.Lead = "Happy holidays", "Best wishes for the season from all of us."
		}), true, false},
		{"from the correspondent's own domain", mk("Cornerstone Title & Escrow", "closing@cornerstonetitle.example", title, nil), false, false},
		{"from a host of its own domain", mk("Cornerstone Title", "closing@mail.cornerstonetitle.example", title, nil), false, false},
		{"one short word", mk("Acme", "acme.billing@gmail.com", []string{"acme.example"}, nil), false, false},
		{"one ordinary long word", mk("Security", "security.team@gmail.com", []string{"security.example"}, nil), false, false},
		{"a role word", mk("Treasury", "treasury.dept@gmail.com", []string{"treasury.example"}, nil), false, false},
		{"one word of fewer than 8 letters", mk("Kessler", "kessler.b@gmail.com", []string{"kessler.example"}, nil), false, false},
		{"a correspondent at free mail", mk("Gmail Team", "team.notice@outlook.com", []string{"gmail.com"}, nil), false, false},
		{"the name is the sender's own domain's", mk("Cornerstone Title Group", "info@cornerstonetitle-group.example", title, nil), false, false},
		{"the name on a new domain that carries it", mk("Cornerstone Title", "info@cornerstonetitle-group.example", title, nil), false, false},
		{"nobody known by that name", mk("Cornerstone Title", "closing@gmail.com", []string{"partner.example"}, nil), false, false},
		{"a person's name", mk("Lisa Park", "lisa.park@gmail.com", title, nil), false, false},
		{"a person whose surname is the label", mk("Dana Whitfield", "dana.whitfield@gmail.com", []string{"whitfield.example"}, nil), false, false},
		{"a person with an initial", mk("Dana M. Whitfield", "dana.whitfield@gmail.com", []string{"whitfield.example"}, nil), false, false},
		{"the label after a role word", mk("Billing Whitfield", "billing.whitfield@gmail.com", []string{"whitfield.example"}, nil), true, true},
		{"the label first", mk("Whitfield Accounts", "whitfield.ap@gmail.com", []string{"whitfield.example"}, nil), true, true},
		{"a confusable letter in the name", mk("Cornerstone T\u0456tle", "closing@gmail.com", title, nil), true, true},
		{"an l for the i of the name", mk("Cornerstone Tltle", "closing@gmail.com", title, nil), true, true},
		{"a 0 for the o of the name", mk("Cornerst0ne Title", "closing@gmail.com", title, nil), true, true},
		{"a 1 for the l of one long word", mk("Pinecrest1oans", "pinecrest.loans@gmail.com", []string{"pinecrestloans.example"}, nil), true, true},
		{"a number of its own is read as one", mk("Studio 54", "studio54nyc@gmail.com", []string{"studios4.example"}, nil), false, false},
		{"a number word among the name's", mk("Route 66 Diner", "route66diner@gmail.com", []string{"route6bdiner.example"}, nil), false, false},
		{"a digit inside a word of the name", mk("Cornerstone Tit1e", "closing@gmail.com", title, nil), true, true},
		{"two misread characters", mk("C0rnerstone Tltle", "closing@gmail.com", title, nil), false, false},
		{"one other letter: another company's name", mk("Cornerstone Tirle", "closing@gmail.com", title, nil), false, false},
		{"two letters swapped: no look-alike here", mk("Cornerstone Ttile", "closing@gmail.com", title, nil), false, false},
		{"a letter doubled: no look-alike here", mk("Cornerstone Tittle", "closing@gmail.com", title, nil), false, false},
		{"an address we wrote to", mk("Cornerstone Title", "closing@gmail.com", title, func(in *Input) { in.History.Sender = withOutbound(Stat{}) }), false, false},
		{"an established address", mk("Cornerstone Title", "closing@gmail.com", title, func(in *Input) { in.History.Sender = est() }), false, false},
		{"a domain seen here before", mk("Cornerstone Title", "closing@ct-escrow-files.example", title, func(in *Input) { in.History.SenderDomain = est() }), false, false},
		{"at free mail we write to others at", mk("Cornerstone Title", "closing@gmail.com", title, func(in *Input) { in.History.SenderDomain = withOutbound(est()) }), true, true},
		{"a domain we wrote to", mk("Cornerstone Title", "closing@ct-escrow-files.example", title, func(in *Input) { in.History.SenderDomain = withOutbound(Stat{}) }), false, false},
		{"list mail", mk("Cornerstone Title", "closing@gmail.com", title, func(in *Input) { in.List = true }), false, false},
		{"our own name is org_in_name's", mk("Corp Payroll", "corp.payroll@gmail.com", []string{"corp.example"}, nil), false, true},
		{"a real name one glyph from another correspondent's", mk("Hail Partners", "hailpartners@gmail.com", []string{"hallpartners.example"}, knownName(3, 0)), false, false},
		{"a real name, vouched, one glyph from another", mk("Hail Partners", "hailpartners@gmail.com", []string{"hallpartners.example"}, knownName(1, 1)), false, false},
		{"a name planted on one day is no real name", mk("Hail Partners", "hailpartners@gmail.com", []string{"hallpartners.example"}, knownName(1, 0)), true, true},
		{"a real name spelling a correspondent's exactly", mk("Hall Partners", "hallpartners@gmail.com", []string{"hallpartners.example"}, knownName(3, 0)), true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := Score(testPolicy(), tc.in)
			r := reasonOf(v.Reasons, CodeShadowIdentity)
			if got := r.Code != ""; got != tc.want || (v.Action == Quarantine) != tc.held {
				t.Fatalf("shadow_identity %v, action %s; want %v, held %v\n%v", got, v.Action, tc.want, tc.held, v.Reasons)
			}
			if w := testPolicy().Weights.Shadow * (1 - estDays(&tc.in.History.Sender)); tc.want && r.Weight != w {
				t.Errorf("weight %v, want %v", r.Weight, w)
			}
		})
	}
}

// knownName: the display name and the address seen here on days days
// (the address the name's only one), vouched in vouched messages.
func knownName(days, vouched int) func(*Input) {
	return func(in *Input) {
		st := Stat{FirstSeen: now.AddDate(0, 0, -days), LastSeen: now.AddDate(0, 0, -1), Messages: days, Days: days, Senders: 1, Recipients: 1, Vouched: vouched}
		in.History.SenderName, in.History.Sender = st, st
	}
}

// TestPartnerInNameText: the sentence names the correspondent's domain.
func TestPartnerInNameText(t *testing.T) {
	e := evid{code: CodeShadowIdentity, a: "Cornerstone Title", b: "cornerstonetitle.example", n: [3]int32{partnerNameMark}}
	want := `the name "Cornerstone Title" spells cornerstonetitle.example, a domain the recipients here correspond with, but the mail does not come from it`
	if got := e.text(); got != want {
		t.Errorf("text %q, want %q", got, want)
	}
}

// TestPartnerSubName: a correspondent's name in a label below a stranger's
// registrable domain, bounded to the nearest labels, with the word guards.
func TestPartnerSubName(t *testing.T) {
	tb := data()
	own := []string{"hartwell.example"}
	for _, tc := range []struct {
		name, host, domain string
		known              []string
		want               string
	}{
		{"lender's name hyphenated below a file share", "pinecrest-loans.securedocs-share.com", "securedocs-share.com", []string{"pinecrestloans.example"}, "pinecrestloans.example"},
		{"the name as one label", "pinecrestloans.securedocs-share.com", "securedocs-share.com", []string{"pinecrestloans.example"}, "pinecrestloans.example"},
		{"the name as a word of a label", "pinecrest-docs.securedocs-share.com", "securedocs-share.com", []string{"pinecrest.example"}, "pinecrest.example"},
		{"a hyphenated known name", "pinecrest-loans.files.example", "files.example", []string{"pinecrest-loans.example"}, "pinecrest-loans.example"},
		{"the nearest labels only", "pinecrestloans.a.b.c.files.example", "files.example", []string{"pinecrestloans.example"}, ""},
		{"the third nearest label", "pinecrestloans.a.b.files.example", "files.example", []string{"pinecrestloans.example"}, "pinecrestloans.example"},
		{"no subdomain", "securedocs-share.com", "securedocs-share.com", []string{"pinecrestloans.example"}, ""},
		{"a short known name", "kessler.files.example", "files.example", []string{"kessler.example"}, ""},
		{"a common host word", "download.files.example", "files.example", []string{"download.example"}, ""},
		{"the known domain itself", "pinecrestloans.example", "pinecrestloans.example", []string{"pinecrestloans.example"}, ""},
		{"our own name", "hartwellco.files.example", "files.example", []string{"hartwellco.example"}, ""},
		{"a free mail provider's name", "hotmailcom.files.example", "files.example", []string{"hotmail.com"}, ""},
		{"name only inside a label", "pinecrestloansx.files.example", "files.example", []string{"pinecrestloans.example"}, ""},
		{"the name with an underscore", "pinecrest_loans.files.example", "files.example", []string{"pinecrestloans.example"}, "pinecrestloans.example"},
		{"the split name and a word", "pinecrest-loans-docs.files.example", "files.example", []string{"pinecrestloans.example"}, "pinecrestloans.example"},
		{"a word and the split hyphenated name", "secure-pinecrest-loans.files.example", "files.example", []string{"pinecrest-loans.example"}, "pinecrest-loans.example"},
		{"the split name inside a word", "xpinecrest-loans.files.example", "files.example", []string{"pinecrestloans.example"}, ""},
	} {
		own := own
		if tc.name == "our own name" {
			own = []string{"hartwellco.example"}
		}
		got, ok := tb.partnerSubName(tc.host, tc.domain, tc.known, own)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("%s: partnerSubName(%s) = %q, %v; want %q", tc.name, tc.host, got, ok, tc.want)
		}
	}
}

// TestPartnerNameSubLink: a link to a never-seen domain carrying a
// correspondent's name in a subdomain is partner_name_domain when it asks
// to sign in or pay, from a stranger and from the correspondent's own
// (hijacked) address alike; not at a shipped brand's domain (the
// correspondent's own tenant), a shared host, a domain seen here, nor
// when the link asks for nothing.
func TestPartnerNameSubLink(t *testing.T) {
	p := testPolicy()
	const signIn = "I uploaded the closing package to our secure file share, please sign in with your email to download it."
	for _, tc := range []struct {
		name, addr, host, domain string
		seen                     Stat
		text                     string
		fires                    bool
	}{
		{"the lender's hijacked account", "mdelgado@pinecrestloans.example", "pinecrest-loans.securedocs-share.com", "securedocs-share.com", Stat{}, signIn, true},
		{"a stranger", "docs@files-notice.example", "pinecrest-loans.securedocs-share.com", "securedocs-share.com", Stat{}, signIn, true},
		{"asking nothing", "mdelgado@pinecrestloans.example", "pinecrest-loans.securedocs-share.com", "securedocs-share.com", Stat{},
			"Here are photos of the house.", false},
		{"the domain was linked here before", "mdelgado@pinecrestloans.example", "pinecrest-loans.securedocs-share.com", "securedocs-share.com", est(), signIn, false},
		{"the lender's tenant at a brand", "mdelgado@pinecrestloans.example", "pinecrestloans.sharefile.com", "sharefile.com", Stat{}, signIn, false},
		{"a shared host", "mdelgado@pinecrestloans.example", "pinecrestloans.netlify.app", "pinecrestloans.netlify.app", Stat{}, signIn, false},
		{"the lender's second domain", "mdelgado@pinecrestloans.example", "docs.pinecrestloans-files.example", "pinecrestloans-files.example", Stat{}, signIn, false},
	} {
		in := partnerMail(tc.addr, "https://"+tc.host+"/d/CL-88120", tc.host, tc.domain, tc.text, "pinecrestloans.example")
		in.FromName = "Mark Delgado"
		in.History.Domains = map[string]Stat{tc.domain: tc.seen}
		v := Score(p, in)
		got := slices.ContainsFunc(v.Links[0].Reasons, func(r Reason) bool { return r.Code == CodePartnerName })
		if got != tc.fires {
			t.Errorf("%s: link partner_name_domain = %v, want %v (%v)", tc.name, got, tc.fires, codesOf(v))
		}
		if tc.fires && (!v.Links[0].Lock || levelRank(v.Links[0].Level) < levelRank(LevelLock)) {
			t.Errorf("%s: lock %v at %s, want at least %s (%v)", tc.name, v.Links[0].Lock, v.Links[0].Level, LevelLock, codesOf(v))
		}
	}
}

// TestPartnerNameSubSender: the sender's host carrying a correspondent's
// name below a never-seen domain counts as partner_name_domain.
func TestPartnerNameSubSender(t *testing.T) {
	p := testPolicy()
	const feeDue = "The closing fee of $385.00 is unpaid. Pay the fee now to avoid delaying closing."
	in := partnerMail("notice@pinecrest-loans.securedocs-share.com", "https://pinecrest-loans.securedocs-share.com/pay", "pinecrest-loans.securedocs-share.com",
		"securedocs-share.com", feeDue, "pinecrestloans.example")
	in.Lead = feeDue
	if codes := codesOf(Score(p, in)); !slices.Contains(codes, CodePartnerName) {
		t.Errorf("partner_name_domain missing: %v", codes)
	}
	in.History.Recipients["bob@corp.example"] = RecipientHistory{Recipient: est(), Known: []string{"partner.example"}}
	if codes := codesOf(Score(p, in)); slices.Contains(codes, CodePartnerName) {
		t.Errorf("partner_name_domain without the correspondent: %v", codes)
	}
}

// FuzzSubLabelNames: subLabelNames, read from the right without
// allocating, agrees with splitting sub on dots and reading its last
// maxPartnerSubLabels labels, one of which holds joined as a run of its
// words split at hyphens and underscores (a name partnerSubName looks
// for is never empty, as an empty label would be).
func FuzzSubLabelNames(f *testing.F) {
	for _, s := range [][2]string{{"pinecrest-loans", "pinecrest"}, {"a.b.pinecrestloans", "pinecrestloans"}, {"x.pinecrest-docs", "pinecrest"},
		{"pinecrestloans.a.b.c", "pinecrestloans"}, {"..--.", "ab"}, {"", "pinecrestloans"}, {"-pine--crest-.", "pinecrest"},
		{"pinecrest-lending-docs", "pinecrestlending"}, {"pinecrest_lending", "pinecrestlending"}, {"xpine-crest", "pinecrest"}, {"pine-crest-", "pinecrestx"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, sub, pl string) {
		joined := strings.ReplaceAll(pl, "-", "")
		if joined == "" { // partnerSubName's names have minPartnerSubLen letters
			return
		}
		labels := strings.Split(sub, ".")
		labels = labels[max(0, len(labels)-maxPartnerSubLabels):]
		want := false
		for _, sl := range labels {
			words := strings.FieldsFunc(sl, func(r rune) bool { return r == '-' || r == '_' })
			for i := range words {
				for j := i + 1; j <= len(words); j++ {
					want = want || sub != "" && strings.Join(words[i:j], "") == joined
				}
			}
		}
		if got := subLabelNames(sub, joined); got != want {
			t.Fatalf("subLabelNames(%q, %q, %q) = %v, want %v", sub, joined, pl, got, want)
		}
		long := false
		for _, sl := range labels {
			long = long || len(sl) >= minPartnerSubLen
		}
		if got := longSubLabel(sub); got != long {
			t.Fatalf("longSubLabel(%q) = %v, want %v", sub, got, long)
		}
	})
}

// FuzzLookEq: lookEq is symmetric, holds for equal strings and only for
// strings of one length; containsLook finds what strings.Contains finds
// and only a window lookEq accepts; spelledLabelLook finds what
// spelledLabel finds, and never panics.
func FuzzLookEq(f *testing.F) {
	for _, s := range [][3]string{{"tltle", "title", "Cornerstone Tltle"}, {"cornerst0ne", "cornerstone", "cornerstonetitle.example"},
		{"pinecrest1oans", "pinecrestloans", "pinecrestloans.example"}, {"", "", ""}, {"\xff1", "\xffl", "\xff.x"}} {
		f.Add(s[0], s[1], s[2])
	}
	f.Fuzz(func(t *testing.T, a, b, name string) {
		if lookEq(a, b) != lookEq(b, a) || !lookEq(a, a) || lookEq(a, b) && len(a) != len(b) {
			t.Fatalf("lookEq(%q, %q) not symmetric, reflexive or of one length", a, b)
		}
		if strings.Contains(a, b) && !containsLook(a, b) {
			t.Fatalf("containsLook(%q, %q) misses a substring", a, b)
		}
		if containsLook(a, b) && !strings.Contains(a, b) {
			found := false
			for k := 0; k+len(b) <= len(a); k++ {
				found = found || lookEq(a[k:k+len(b)], b)
			}
			if !found {
				t.Fatalf("containsLook(%q, %q) without a window", a, b)
			}
		}
		_, _, _, _, ok := spelledLabel(name, b)
		if _, _, _, _, look := spelledLabelLook(name, b); ok && !look {
			t.Fatalf("spelledLabelLook(%q, %q) misses what spelledLabel finds", name, b)
		}
	})
}
