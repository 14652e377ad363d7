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
// (form="ID", before or after it), in document order. A field naming an
// id belongs to the first element of that id in the document, as
// browsers find it (getElementById; not in markup a browser holds as a
// comment or raw text: Outlook's conditional comments, <noscript>),
// when it is a form; one whose first element is no form has no form and
// is not sent. An element the tree builder may not make (a tag it drops
// in body, droppedTag: td or tr outside a table, a late head or frame, a
// second html or body; a <template>'s content) does not decide alone:
// the form of the id after it is judged without the field and with it
// (done), as are a template's own fields and buttons, so that a decoy a
// browser drops cannot stand before the real field. A <select> sends
// its selected options (html_select.go). A submit button
// (htmlScanner.submitter) sends its own name and value too, and its formaction and
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
	inert int      // the <template> elements open: their content is no element of the document
}

// elemID is the id attribute of an element, its value at data[vs:ve] as
// written; form is the element's index in forms, -1 when it is no form,
// -2 for a form not followed; doubt when the element may be none: in a
// <template>'s content, or a tag the tree builder may drop (droppedTag).
type elemID struct {
	vs, ve, form int
	doubt        bool
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
// document; radio is set on a radio button's, doubt on one a browser may
// not send: inside a <template>, or naming its form across an element
// of the id that may be none (elemID.doubt).
type formPair struct {
	pos   int
	kv    string
	radio bool
	doubt bool
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
	p := formPair{pos, url.QueryEscape(name) + "=" + url.QueryEscape(value), radio, g.inert > 0}
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
	b.form, b.pair.doubt = g.open, g.inert > 0
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
// the document, which the ids are offsets of. A field or a button a
// browser may not send (formPair.doubt) is judged both ways: the
// targets are composed without it, in place, and with it, into copies
// of the links at the same place (kept when they unwrap elsewhere), so
// neither reading hides the other: a kit's decoy a browser drops
// cannot stand before the real field in the judged query.
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
			if o, ok := ids[n.id]; ok && o.form >= 0 {
				p := n.formPair
				p.doubt = p.doubt || o.doubt
				g.forms[o.form].fields = append(g.forms[o.form].fields, p)
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
	n := len(c.links)
	var origin []int // of each copy, c.links[n+k], the link it copies
	if g.doubtful(ids) {
		origin = g.send(c, ids, true)
	}
	g.send(c, ids, false)
	dropSame(c, n, origin)
}

// doubtful: a field or a button of a form may not be sent (formPair.doubt).
func (g *getForm) doubtful(ids map[string]owner) bool {
	for i := range g.forms {
		if slices.ContainsFunc(g.forms[i].fields, func(p formPair) bool { return p.doubt }) {
			return true
		}
	}
	for _, b := range g.subs {
		if _, doubt := b.owner(ids); doubt {
			return true
		}
	}
	return false
}

// owner is the index in forms of the form b submits (below 0: none),
// and whether a browser may not send it (doubt).
func (b *submitter) owner(ids map[string]owner) (int, bool) {
	if b.form != -1 {
		return b.form, b.pair.doubt
	}
	o, ok := ids[b.id]
	if !ok {
		return -1, false
	}
	return o.form, o.doubt || b.pair.doubt
}

// send composes the forms' targets: with the fields and buttons that
// are surely sent, in place (alt false), or (alt) with those a browser
// may not send too, for each form and button that has one, into copies
// of the links appended to c; it returns the links the copies copy.
func (g *getForm) send(c *collector, ids map[string]owner, alt bool) []int {
	var origin []int
	done := make([]bool, len(g.forms)) // the form's action unwrapped
	doubt := make([]bool, len(g.forms))
	for i := range g.forms {
		doubt[i] = slices.ContainsFunc(g.forms[i].fields, func(p formPair) bool { return p.doubt })
	}
	target := func(link int) int { // where a composition goes: the link, or a copy of it
		if !alt {
			return link
		}
		if len(c.links) >= c.max || link >= len(c.links) {
			return -1
		}
		c.links, c.meta = append(c.links, c.links[link]), append(c.meta, c.meta[link])
		origin = append(origin, link)
		return len(c.links) - 1
	}
	kept := func(i int, changed bool) { // a copy that unwraps nowhere else is dropped
		if alt && !changed && i >= 0 {
			c.links, c.meta, origin = c.links[:i], c.meta[:i], origin[:len(origin)-1]
		}
	}
	var fields []formPair
	for i := range g.forms {
		f := &g.forms[i]
		if !f.get || f.link < 0 || alt && !doubt[i] {
			continue
		}
		fields = sendFields(fields[:0], f.fields, alt)
		if t := target(f.link); t >= 0 {
			done[i] = compose(c, t, f.action, f.base, fields, formPair{})
			kept(t, done[i])
		}
	}
	for _, b := range g.subs {
		i, bDoubt := b.owner(ids)
		if i < 0 || bDoubt && !alt || alt && !bDoubt && !doubt[i] {
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
		fields = sendFields(fields[:0], f.fields, alt)
		t := target(link)
		if t < 0 {
			continue
		}
		changed := compose(c, t, action, f.base, fields, b.pair)
		kept(t, changed)
		if changed && link == f.link && !alt {
			done[i] = true
		}
	}
	return origin
}

// sendFields appends to dst the fields sent: all (alt), or those surely
// sent, the last checked radio button of each name kept (lastRadios).
func sendFields(dst, fields []formPair, alt bool) []formPair {
	for _, p := range fields {
		if alt || !p.doubt {
			dst = append(dst, p)
		}
	}
	return lastRadios(dst)
}

// dropSame drops from c the copies (c.links[n:], copying origin's links)
// whose target is their original's, as composed in place: the doubtful
// field changed nothing.
func dropSame(c *collector, n int, origin []int) {
	if len(origin) == 0 {
		return
	}
	k := n
	for j, o := range origin {
		if c.links[n+j].URL == c.links[o].URL {
			continue
		}
		c.links[k], c.meta[k] = c.links[n+j], c.meta[n+j]
		k++
	}
	clear(c.links[k : n+len(origin)])
	c.links, c.meta = c.links[:k], c.meta[:k]
}

// owner is what a form attribute's id names: the index in forms of the
// first element of that id in the document, as browsers find it, when
// it is a form, else -1 (no form: the control has none) or -2 (a form
// not followed); elements that may be none (elemID.doubt) are passed
// over, and doubt tells one came first.
type owner struct {
	form  int
	doubt bool
}

// owners maps each id a field or a button names (form="ID") to its
// owner in the document (data); nil when none names one.
func (g *getForm) owners(data []byte) map[string]owner {
	named := false
	for _, b := range g.subs {
		named = named || b.form == -1
	}
	if len(g.named) == 0 && !named {
		return nil
	}
	ids := make(map[string]owner, len(g.named)+len(g.subs))
	for _, n := range g.named {
		ids[n.id] = owner{form: -1}
	}
	for _, b := range g.subs {
		if b.form == -1 {
			ids[b.id] = owner{form: -1}
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
		o, ok := ids[id]
		if !ok || seen[id] {
			continue
		}
		if e.doubt {
			o.doubt = true
			ids[id] = o
			continue
		}
		seen[id] = true
		o.form = e.form
		ids[id] = o
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
