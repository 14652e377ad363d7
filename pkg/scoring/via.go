package scoring

import (
	"strings"

	"github.com/firstsight/firstsight/pkg/links"
)

// A link that redirects through a host other than a known rewriter or
// search engine (links.Link.Via: a click tracker, or anyone's page with a
// ?next= parameter) leads first to that host, which decides where the
// reader lands: https://evil.example/auth?next=https://www.paypal.com/
// may send the reader anywhere. Judging only the destination let such a
// link pass as paypal.com's. So the message is judged a second time with
// each such link standing for its first hop, and each link keeps the
// stricter of its two decisions.

// viaRawFlags are the flags about how a link was written, which hold for
// its first hop as for its destination; the others describe the
// destination's URL and are replaced by the hop's own. A display mismatch
// stays the destination's: text showing where a tracker leads is normal.
// A form's password goes to its first hop, the action the browser sends
// it to (evil.example/s?redirect=https://login.microsoftonline.com/
// hands it to evil.example): FlagPassword holds there too.
const viaRawFlags = links.FlagWhitespace | links.FlagBackslash | links.FlagProtocolRelative |
	links.FlagNoScheme | links.FlagQuoted | links.FlagEncodedMessage | links.FlagSubmits | links.FlagDisplayMismatch |
	links.FlagPassword

// viaInput is in with every link that has a Via hop replaced by that hop,
// and whether there was one. p gives our own domains (hopLink).
func viaInput(in Input, p Policy) (Input, bool) {
	var ls []links.Link
	var org []string
	for i := range in.Links {
		if in.Links[i].Via == nil || !in.Links[i].Clickable {
			continue
		}
		if ls == nil {
			ls = append(make([]links.Link, 0, len(in.Links)), in.Links...)
			in.hopDests = make([]string, len(in.Links))
			org = p.withDefaults().OrgDomains
		}
		in.hopDests[i] = in.Links[i].URL
		ls[i] = hopLink(&in.Links[i], org)
	}
	in.Links = ls
	return in, ls != nil
}

// textURL is the URL the text of link i is judged against (file_text):
// the link's own, or, where it stands for its redirect's first hop, its
// destination's. A click tracker's link whose text names the file it
// leads to ("Report.pdf" through a mailing service's click host to
// files.example/Report.pdf) shows no file at the hop's URL, whose query
// hopLink drops, but leads to the file.
func (m *message) textURL(i int) string {
	if i < len(m.in.hopDests) && m.in.hopDests[i] != "" {
		return m.in.hopDests[i]
	}
	return m.in.Links[i].URL
}

// hopLink is l as if it linked to its Via hop. Its URL is the hop's
// without the query, which holds the destination: the words of where the
// reader is sent are the destination's, judged there. So is the host its
// text shows (DisplayHost): a click tracker's link whose text shows where
// it leads (a wire service's "www.client.example" through its own click
// host on another domain) shows no other host than its destination, and
// only the destination's mismatch (FlagDisplayMismatch, kept) counts at
// the hop. Not on a host where anyone publishes (free hosting, a
// shortener, a shared platform: hostListMatch.shared): no mailing service
// tracks clicks there, and a page there that shows another site's
// address is a lure's redirect. Nor when the text shows a shipped brand's
// domain or one of ours (org): a page that shows www.paypal.com and names
// it in its query (https://evil.example/auth?next=https://www.paypal.com/)
// is the lure this pass is for, and brands' and our own mail tracks
// clicks on their own domains or through known rewriters, not through a
// stranger's host.
func hopLink(l *links.Link, org []string) links.Link {
	h, v := *l, l.Via
	u, _, _ := strings.Cut(v.URL, "#")
	u, _, _ = strings.Cut(u, "?")
	h.URL, h.Host, h.UnicodeHost, h.Domain = u, v.Host, v.UnicodeHost, v.Domain
	if !data().matchHostLists(v.Host).shared() && !shownGuarded(l.DisplayHost, org) {
		h.DisplayHost = ""
	}
	h.Chain, h.Via, h.Scheme = nil, nil, "http"
	if strings.HasPrefix(u, "https:") {
		h.Scheme = "https"
	}
	h.Flags = l.Flags&viaRawFlags | v.Flags
	return h
}

// mergeVia combines the verdict on the destinations (v) with the verdict
// on the first hops (h): the message takes the stricter verdict, each
// link the stricter decision, and a link decided by its hop says so first.
func mergeVia(v, h Verdict, ls []links.Link) Verdict {
	out := v
	if h.outcome().above(v.outcome()) {
		out = h
	}
	out.Teaches = v.Teaches && h.Teaches
	out.RecipientsCut = v.RecipientsCut || h.RecipientsCut
	out.Links = make([]LinkDecision, len(v.Links))
	for i, d := range v.Links {
		if i < len(h.Links) && h.Links[i].StricterThan(d) {
			d = h.Links[i]
			if d.Lock && i < len(ls) && ls[i].Via != nil {
				via := evid{code: CodeVia, a: ls[i].Via.Host, b: ls[i].Host}.reason()
				d.Reasons = append([]Reason{via}, d.Reasons...)
			}
		}
		out.Links[i] = d
	}
	return out
}

// shownGuarded: the host a link's text shows is on a shipped brand's
// domain or one of ours (org), whose address a lure's redirect page
// shows (hopLink).
func shownGuarded(shown string, org []string) bool {
	if shown == "" {
		return false
	}
	d := registrable(strings.ToLower(strings.TrimSuffix(shown, ".")))
	return data().brands.exact[d] || inDomains(d, org)
}
