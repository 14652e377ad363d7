package links

import "strings"

// Password fields. Legitimate mail sends the reader to a site's own
// sign-in page; it almost never asks them to type a password into a form
// inside the message or an attachment (an encrypted-mail envelope, such
// as Cisco's securedoc.html, is the known exception). Credential-harvesting kits do: an HTML
// attachment ("Remittance.html"), a page zipped, a form drawn in an SVG
// with <foreignObject>, or the message's own HTML. pwForms follows the
// forms of one document: the targets of a form that holds an
// <input type=password> (its action, a button's formaction) carry
// FlagPassword. A password field whose form sends it nowhere the scan
// reads (no form, no action, an action that resolves to nothing) marks
// the message instead (collector.password, Extracted.PasswordField), when
// the document runs script: the kit's script posts it (fetch,
// XMLHttpRequest). Without script such a field sends nothing anywhere: a
// web designer's zipped sign-in template (action="/login") is inert. A
// password field that names its form (form="ID", which browsers follow
// to a form anywhere in the document, or to none) marks the targets of
// every form of its document, as the scan does not follow ids.

// pwForms is the state of the open form of one document.
type pwForms struct {
	open  bool // inside a <form>; a nested <form>, which browsers ignore, is ignored
	first int  // index in the collector's links where the open form's targets start
	field bool // the open form holds a password field
	loose bool // the document holds a password field no target carries away
	named bool // the document holds a password field that names its form (form="ID")
}

// start opens a form whose targets are added from link index first on.
func (p *pwForms) start(first int) {
	if !p.open {
		p.open, p.first, p.field = true, first, false
	}
}

// input notes an <input> whose type attribute, entities decoded, is typ
// ("" when it has none); named: it has a form attribute, which gives it
// the form of that id whether it stands in another form or in none.
func (p *pwForms) input(typ string, named bool) {
	if !passwordType(typ) {
		return
	}
	if named {
		p.named = true
		return
	}
	if !p.open {
		p.loose = true
		return
	}
	p.field = true
}

// end closes the open form (at </form> or the document's end): its
// targets, the links from p.first on that target reports true for, carry
// FlagPassword when it held a password field; with none, the field is
// loose.
func (p *pwForms) end(c *collector, target func(*Link) bool) {
	if !p.open {
		return
	}
	if p.field {
		marked := false
		for i := p.first; i < len(c.links); i++ {
			if target(&c.links[i]) {
				c.links[i].Flags |= FlagPassword
				marked = true
			}
		}
		p.loose = p.loose || !marked
	}
	p.open, p.field = false, false
}

// done ends the document, whose links start at index first: its open
// form closes, a field that names its form marks every target of the
// document, and a loose password field marks the message when the
// document runs script (scripted, asked only then).
func (p *pwForms) done(c *collector, first int, target func(*Link) bool, scripted func() bool) {
	p.end(c, target)
	if p.named {
		p.open, p.first, p.field = true, first, true
		p.end(c, target)
	}
	c.password = c.password || p.loose && scripted()
}

// passwordType: an input's type attribute says password, in any case and
// with white space around it, as browsers read it.
func passwordType(typ string) bool {
	return len(typ) >= 8 && strings.EqualFold(strings.Trim(typ, " \t\n\r\f"), "password")
}

// htmlFormTarget: a link the HTML scanner found as a form's target.
func htmlFormTarget(l *Link) bool { return l.Kind == KindForm }

// svgFormTarget: a link the SVG scanner found as a form's target.
func svgFormTarget(l *Link) bool { return l.Flags.Has(FlagSubmits) }
