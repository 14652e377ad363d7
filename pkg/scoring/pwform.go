package scoring

import "github.com/firstsight/firstsight/pkg/links"

// passwordForm, password_form: the link is where a form of the message or
// of an attachment sends a password typed into it (links.FlagPassword: an
// <input type=password> in the message's HTML, an attached or archived
// page, or HTML drawn in an SVG). Legitimate mail sends the reader to a
// site's own sign-in page; it almost never asks for a password in a form
// of its own (an encrypted-mail envelope's securedoc.html is the known
// exception, which an allowlist entry lets through), and
// credential-harvesting kits do (an "invoice.html" attached, a
// page zipped, a drawn form). Form evidence, so it lifts a lock above
// warn with form_link beside it; from correspondents too, since no
// legitimate correspondent sends one and a compromised account is the
// case that matters (a partner's page posting to a new domain was only
// warned). Not from our own authenticated people (an IT department's
// saved sign-in page), as for scripted_attachment.
func (m *message) passwordForm(w *Weights, l *links.Link) (evid, bool) {
	if !l.Flags.Has(links.FlagPassword) || m.internalSender() {
		return evid{}, false
	}
	return evid{code: CodePasswordForm, w: w.PasswordForm, cls: classForm, a: l.Host}, true
}

// passwordField, password_form about the message: a page of the message
// that runs script holds a password field that no form target carries
// away (Input.PasswordField: no form, no action, one that resolves to
// nothing): the kit's script posts it (fetch, XMLHttpRequest), so the
// field alone is the evidence, counted for every link and never offset by
// the sender's history, as scripted_attachment is. Not from our own
// authenticated people.
func (m *message) passwordField(w *Weights) (evid, bool) {
	if !m.in.PasswordField || m.internalSender() {
		return evid{}, false
	}
	return evid{code: CodePasswordForm, w: w.PasswordForm, cls: classForm}, true
}

// passwordFormText is password_form's sentence: host is where the form
// sends the password, "" when no target was read (passwordField).
func passwordFormText(host string) string {
	const never = ": legitimate mail sends the reader to a site's own sign-in page and almost never asks for a password inside the message or an attachment"
	if host == "" {
		return "a page in the message or an attached file has a password field of its own, whose content a script can send anywhere" + never
	}
	return "a form in the message or an attached file asks for a password and sends it to " + host + never
}
