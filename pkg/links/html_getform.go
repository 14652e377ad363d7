package links

import (
	"bytes"
	"html"
	"net/url"
	"slices"
	"strings"
)

// A form sent with GET (a form's default method, and what a method the
// browser does not know means) opens its action with the form's fields
// as the query, the action's own query replaced. Kits put an open
// redirect's target in a hidden field, so the action alone names only
// the redirector: <form action="https://www.google.com/url"> <input
// type=hidden name=q value="https://evil.example/">, or in a text field
// styled out of sight, whose value the browser sends as written.
// getForm follows the forms of one document and the hidden and text
// fields each submits (htmlScanner.formField): its own, less those that
// name another form, and those anywhere in the document that name it
// (form="ID": the first form of that id, as browsers associate them,
// before or after it), in document order: the first element of that id
// in the document, as browsers find it (getElementById; not in markup
// a browser holds as a comment or raw text: Outlook's conditional
// comments, <noscript>), when it is a form; a field naming an id whose first element is no form has no
// form and is not sent. A <select> sends its selected options
// (html_select.go). A submit button (htmlScanner.
// submitter) sends its own name and value too, and its formaction and
// formmethod override the form's (the HTML standard's form submission):
// <form method=post action=/x><button formaction="https://www.google.com/url"
// formmethod=get> sends the fields to the redirector. When an action (or
// a formaction) with the fields it is sent with unwraps (Unwrap) to
// another destination, that target is judged as the destination, as an
// anchor to the same URL would be. The fields are read as the document
// is, and composed at its end (done): a field may follow its button or
// name a form further down.
type getForm struct {
	open  int // index in forms of the open form, -1: none, -2: one not followed (maxForms)
	forms []formRec
	named []namedField // fields that name their form (form="ID"), in document order
	subs  []submitter
	ids   []elemID // the elements' ids, in document order
}

// elemID is the id attribute of an element, its value at data[vs:ve] as
// written; form is the element's index in forms, -1 when it is no form,
// -2 for a form not followed.
type elemID struct {
	vs, ve, form int
}

// formRec is one form of the document.
type formRec struct {
	link   int    // index of its action in the collector's links, -1: none
	action string // the action as written
	base   *url.URL
	get    bool       // its method is GET
	fields []formPair // its own fields, in document order
}

// formPair is a field's name=value, escaped, at offset pos of the
// document; radio is set on a radio button's.
type formPair struct {
	pos   int
	kv    string
	radio bool
}

// namedField is a field with form="ID".
type namedField struct {
	id string
	formPair
}

// submitter is a submit button of a form: the open one (form >= 0) or
// the one its form attribute names (id).
type submitter struct {
	form      int
	id        string
	pair      formPair // its own name=value ("" when it has no name)
	link      int      // index of its formaction in the collector's links, -1: none
	action    string   // its formaction as written
	hasAction bool
	method    string
	hasMethod bool
}

// Bounds on what one document's forms cost: the fields read of one form
// (maxFormFields), the forms followed (maxForms), and the fields and
// buttons naming a form or overriding its target (maxFormNamed).
const (
	maxFormFields = 32
	maxForms      = 64
	maxFormNamed  = 64
)

// getMethod: a form's method attribute m (or a button's formmethod)
// sends the form with GET: anything but post and dialog, in any case,
// white space around it (the attributes' invalid value default is GET).
func getMethod(m string) bool {
	m = strings.Trim(m, " \t\n\r\f")
	return !strings.EqualFold(m, "post") && !strings.EqualFold(m, "dialog")
}

// start opens a form whose action (a as written) was added at link index
// i when the collector holds more than i links (n); method is its method
// attribute's value ("" when none).
func (g *getForm) start(a string, i, n int, method string, base *url.URL) {
	if g.open != -1 {
		return // a nested <form>, which browsers ignore
	}
	if len(g.forms) >= maxForms {
		g.open = -2
		return
	}
	f := formRec{link: -1, base: base, get: getMethod(method)}
	if n > i {
		f.link, f.action = i, a
	}
	g.forms = append(g.forms, f)
	g.open = len(g.forms) - 1
}

// close ends the open form.
func (g *getForm) close() { g.open = -1 }

// field adds a field name=value at offset pos: to the form named id
// when it has a form attribute (named), else to the open form.
func (g *getForm) field(pos int, name, value, id string, named, radio bool) {
	g.fieldIn(g.open, pos, name, value, id, named, radio)
}

// fieldIn is field for a field whose form, when it names none, is form
// (an index in forms, below 0: none), the one open where it started.
func (g *getForm) fieldIn(form, pos int, name, value, id string, named, radio bool) {
	if name == "" {
		return
	}
	p := formPair{pos, url.QueryEscape(name) + "=" + url.QueryEscape(value), radio}
	switch {
	case named:
		if len(g.named) < maxFormNamed {
			g.named = append(g.named, namedField{id, p})
		}
	case form >= 0 && form < len(g.forms):
		if f := &g.forms[form]; len(f.fields) < maxFormFields {
			f.fields = append(f.fields, p)
		}
	}
}

// submit adds a submit button (its form attribute naming id when named).
func (g *getForm) submit(b submitter, named bool) {
	b.form = g.open
	if named {
		b.form = -1
	} else if g.open < 0 {
		return // no form: the button submits nothing
	}
	if len(g.subs) < maxFormNamed {
		g.subs = append(g.subs, b)
	}
}

// done composes the targets of the document's forms, whose links in c
// they rewrite to what they unwrap to, and forgets the forms. data is
// the document, which the ids are offsets of.
func (g *getForm) done(c *collector, data []byte) {
	defer func() {
		*g = getForm{open: -1, forms: g.forms[:0], named: g.named[:0], subs: g.subs[:0], ids: g.ids[:0]}
	}()
	if len(g.forms) == 0 {
		return
	}
	ids := g.owners(data)
	if len(g.named) > 0 {
		for _, n := range g.named {
			if i, ok := ids[n.id]; ok && i >= 0 {
				g.forms[i].fields = append(g.forms[i].fields, n.formPair)
			}
		}
		for i := range g.forms {
			f := &g.forms[i]
			slices.SortStableFunc(f.fields, func(a, b formPair) int { return a.pos - b.pos })
			if len(f.fields) > maxFormFields {
				f.fields = f.fields[:maxFormFields]
			}
		}
	}
	for i := range g.forms {
		g.forms[i].fields = lastRadios(g.forms[i].fields)
	}
	done := make([]bool, len(g.forms)) // the form's action unwrapped
	for i := range g.forms {
		if f := &g.forms[i]; f.get && f.link >= 0 {
			done[i] = compose(c, f.link, f.action, f.base, f.fields, formPair{})
		}
	}
	for _, b := range g.subs {
		i := b.form
		if i == -1 {
			j, ok := ids[b.id]
			if !ok {
				continue
			}
			i = j
		}
		if i < 0 {
			continue
		}
		f := &g.forms[i]
		get, link, action := f.get, f.link, f.action
		if b.hasMethod {
			get = getMethod(b.method)
		}
		if b.hasAction {
			link, action = b.link, b.action
		}
		if !get || link < 0 || link == f.link && done[i] {
			continue
		}
		if compose(c, link, action, f.base, f.fields, b.pair) && link == f.link {
			done[i] = true
		}
	}
}

// owners maps each id a field or a button names (form="ID") to the
// index in forms of the first element of that id in the document (data)
// when it is a form, else to -1 (no form: the control has none) or -2 (a
// form not followed); nil when none names one.
func (g *getForm) owners(data []byte) map[string]int {
	named := false
	for _, b := range g.subs {
		named = named || b.form == -1
	}
	if len(g.named) == 0 && !named {
		return nil
	}
	ids := make(map[string]int, len(g.named)+len(g.subs))
	for _, n := range g.named {
		ids[n.id] = -1
	}
	for _, b := range g.subs {
		if b.form == -1 {
			ids[b.id] = -1
		}
	}
	seen := make(map[string]bool, len(ids))
	for _, e := range g.ids {
		v := data[e.vs:e.ve]
		var id string
		if bytes.IndexByte(v, '&') >= 0 {
			id = html.UnescapeString(string(v))
		} else if _, ok := ids[string(v)]; !ok {
			continue // no map lookup allocates: the common id no control names
		} else {
			id = string(v)
		}
		if _, ok := ids[id]; !ok || seen[id] {
			continue
		}
		seen[id] = true
		ids[id] = e.form
	}
	return ids
}

// lastRadios drops from fields (in document order) each checked radio
// button a later one of the same name follows: checking a radio button
// unchecks the others of its group, so the browser sends the last.
func lastRadios(fields []formPair) []formPair {
	n := 0
	for _, f := range fields {
		if f.radio {
			n++
		}
	}
	if n < 2 {
		return fields
	}
	seen := make(map[string]bool, n)
	keep := fields[:0:0]
	for i := len(fields) - 1; i >= 0; i-- {
		f := fields[i]
		if f.radio {
			name, _, _ := strings.Cut(f.kv, "=")
			if seen[name] {
				continue
			}
			seen[name] = true
		}
		keep = append(keep, f)
	}
	slices.Reverse(keep)
	return keep
}

// compose judges link i of c, a form target written action, sent with
// the fields and the submitter's own pair (extra, kv "" when none) in
// document order: when the action with the fields so far unwraps to
// another URL, the link becomes it; true when it did.
func compose(c *collector, i int, action string, base *url.URL, fields []formPair, extra formPair) bool {
	if i >= len(c.links) {
		return false
	}
	action, _, _ = strings.Cut(action, "#")
	action, _, _ = strings.Cut(action, "?")
	query := make([]string, 0, len(fields)+1)
	changed := false
	// Past MaxURLBytes the URL keeps only its start (boundURL), which a
	// field more no longer changes: the work of one composition is then
	// bounded by the fields' count and MaxURLBytes, however long their
	// values and however many buttons send them.
	n := len(action) // the URL's length so far
	add := func(kv string) {
		if n > MaxURLBytes {
			return
		}
		query = append(query, kv)
		n += 1 + len(kv)
		var t Link
		if !makeLinkAt(&t, action+"?"+strings.Join(query, "&"), base, KindForm, false, c.hosts) || len(t.Chain) == 0 {
			return
		}
		l := &c.links[i]
		if t.URL == l.URL {
			return
		}
		l.URL, l.Chain, l.Scheme, l.Host, l.UnicodeHost = t.URL, t.Chain, t.Scheme, t.Host, t.UnicodeHost
		l.Domain, l.Via, l.Flags = t.Domain, t.Via, l.Flags|t.Flags
		changed = true
	}
	for _, f := range fields {
		if extra.kv != "" && extra.pos < f.pos {
			add(extra.kv)
			extra.kv = ""
		}
		add(f.kv)
	}
	if extra.kv != "" {
		add(extra.kv)
	}
	return changed
}
