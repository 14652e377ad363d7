package links

import (
	"net/url"
	"strings"
)

// A form sent with GET (a form's default method) opens its action with
// the form's fields as the query, the action's own query replaced. Kits
// put an open redirect's target in a hidden field, so the action alone
// names only the redirector: <form action="https://www.google.com/url">
// <input type=hidden name=q value="https://evil.example/">, or in a
// text field styled out of sight, whose value the browser sends as
// written. getForm follows the hidden and text fields of the open GET
// form (htmlScanner.formField) and, when the action with them unwraps
// (Unwrap) to another destination, the form's target is judged as that
// destination, as an anchor to the same URL would be.
type getForm struct {
	link   int    // index of the open GET form's action in the collector's links, -1: none
	action string // the action as written
	query  []string
}

// maxFormFields bounds the hidden fields read of one form.
const maxFormFields = 32

// open starts a form whose action (a, nil when none) was added at link
// index i when the collector holds more than i links; method is its
// method attribute's value ("" when none).
func (g *getForm) open(a string, i, n int, method string) {
	g.link, g.action, g.query = -1, "", g.query[:0]
	m := strings.TrimSpace(method)
	if n > i && (m == "" || strings.EqualFold(m, "get")) {
		g.link, g.action = i, a
	}
}

// close ends the open form.
func (g *getForm) close() { g.link = -1 }

// hidden adds a field name=value to the open GET form and judges
// the action with the fields so far.
func (g *getForm) hidden(c *collector, base *url.URL, name, value string) {
	if g.link < 0 || g.link >= len(c.links) || name == "" || len(g.query) >= maxFormFields {
		return
	}
	g.query = append(g.query, url.QueryEscape(name)+"="+url.QueryEscape(value))
	action, _, _ := strings.Cut(g.action, "#")
	action, _, _ = strings.Cut(action, "?")
	var t Link
	if !makeLinkAt(&t, action+"?"+strings.Join(g.query, "&"), base, KindForm, false, c.hosts) || len(t.Chain) == 0 {
		return
	}
	l := &c.links[g.link]
	if t.URL == l.URL {
		return
	}
	l.URL, l.Chain, l.Scheme, l.Host, l.UnicodeHost = t.URL, t.Chain, t.Scheme, t.Host, t.UnicodeHost
	l.Domain, l.Via, l.Flags = t.Domain, t.Via, l.Flags|t.Flags
}
