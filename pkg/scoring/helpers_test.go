package scoring

import (
	"time"

	"github.com/firstsight/firstsight/pkg/links"
)

var now = time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)

// est is a well-established Stat.
func est() Stat {
	return Stat{FirstSeen: now.AddDate(-1, 0, 0), LastSeen: now.AddDate(0, 0, -1), Messages: 40, Days: 30, Senders: 8, Recipients: 5}
}

// web builds a clickable href link.
func web(url, host, domain string) links.Link {
	return links.Link{Raw: url, URL: url, Scheme: "https", Host: host, UnicodeHost: host, Domain: domain,
		Kind: links.KindHref, Clickable: true}
}

// knownInput: an established, reciprocal sender linking to an established domain.
func knownInput() Input {
	return Input{
		Now: now, MailFrom: "alice@partner.example", FromAddr: "alice@partner.example", FromName: "Alice Doe",
		Recipients: []string{"bob@corp.example"}, Subject: "Minutes of Tuesday's meeting",
		Links: []links.Link{web("https://docs.partner.example/minutes", "docs.partner.example", "partner.example")},
		History: History{
			Sender: withOutbound(est()), SenderDomain: est(), SenderName: est(),
			Domains:     map[string]Stat{"partner.example": est()},
			Hosts:       map[string]Stat{"docs.partner.example": est()},
			SenderLinks: map[string]Stat{"partner.example": est()},
			Recipients: map[string]RecipientHistory{"bob@corp.example": {
				Recipient: est(), Pair: withOutbound(est()), Links: map[string]Stat{"partner.example": est()},
				Known: []string{"partner.example", "corp.example"},
			}},
		},
	}
}

func withOutbound(s Stat) Stat { s.Outbound = 3; return s }

// newInput: a first contact from a new domain linking to a new domain, nothing else.
func newInput() Input {
	return Input{
		Now: now, MailFrom: "news@shop-new.example", FromAddr: "news@shop-new.example", FromName: "Shop New",
		Recipients: []string{"bob@corp.example"}, Subject: "Our spring collection",
		Links: []links.Link{web("https://www.landing-new.example/spring", "www.landing-new.example", "landing-new.example")},
	}
}

func testPolicy() Policy {
	p := DefaultPolicy()
	p.InternalDomains = []string{"corp.example"}
	return p
}

// noLink is in without links, its text starting with lead.
func noLink(in Input, lead string) Input {
	in.Links, in.Lead = nil, lead
	return in
}

// newMessage is a message set up for in (message.init), for tests.
func newMessage(p Policy, in *Input) *message {
	m := &message{}
	m.init(p, in)
	return m
}

// ref returns a pointer to a copy of s, for the signals that take a *Stat.
func ref(s Stat) *Stat { return &s }
