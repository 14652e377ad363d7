package links

import (
	"fmt"
	"strings"
	"testing"

	"github.com/firstsight/firstsight/internal/lineartest"
)

// TestGetFormHiddenFields: a GET form's hidden fields are its query, so
// an action that is an open redirect with its target in a hidden field
// is judged as that target; a POST form's fields are no query, and a
// hidden field that makes no redirect leaves the action as it is.
func TestGetFormHiddenFields(t *testing.T) {
	for _, tc := range []struct {
		name, body, want string
	}{
		{"google url with q hidden", `<form action="https://www.google.com/url"><input type=hidden name=q value="https://evil.example/login"><input type=submit></form>`, "https://evil.example/login"},
		{"explicit get, upper case", `<FORM ACTION=http://rds.yahoo.com/*http://www.google.com/url METHOD=GET><INPUT TYPE=HIDDEN NAME=q VALUE=http://rds.yahoo.com/*http://evil.example/webscr?cmd=_login></FORM>`, "http://evil.example/webscr?cmd=_login"},
		{"the action's own query is replaced", `<form action="https://portal.example/out?url=https://portal.example/"><input type=hidden name=url value="https://evil.example/"></form>`, "https://evil.example/"},
		{"several fields", `<form action="https://portal.example/r"><input type=hidden name=src value=mail><input type="hidden" name="redirect" value="https://evil.example/a"></form>`, "https://evil.example/a"},
		{"post form keeps its action", `<form action="https://www.google.com/url" method=post><input type=hidden name=q value="https://evil.example/login"></form>`, "https://www.google.com/url"},
		{"plain search form", `<form action="https://search.example/find"><input type=hidden name=site value="docs"><input name=q></form>`, "https://search.example/find"},
		{"a text field's value is sent as written", `<form action="https://www.google.com/url"><input type=text name=q value="https://evil.example/login"></form>`, "https://evil.example/login"},
		{"an input without a type is a text field", `<form action="https://www.google.com/url"><input name=q value="https://evil.example/login" style="display:none"><button>Go</button></form>`, "https://evil.example/login"},
		{"a search field", `<form action="https://www.google.com/url"><input type=search name=q value="https://evil.example/login"></form>`, "https://evil.example/login"},
		{"a checkbox is sent only when checked", `<form action="https://www.google.com/url"><input type=checkbox name=q value="https://evil.example/login"></form>`, "https://www.google.com/url"},
		{"an empty search box", `<form action="https://news.example/search"><input type=hidden name=site value=news><input name=q></form>`, "https://news.example/search"},
		{"a checked checkbox is sent", `<form action="https://www.google.com/url"><input type=checkbox name=q value="https://evil.example/login" checked style="display:none"></form>`, "https://evil.example/login"},
		{"a checked radio button is sent", `<form action="https://www.google.com/url"><input type=radio name=q value="https://evil.example/login" checked></form>`, "https://evil.example/login"},
		{"of checked radio buttons of one name the last is sent", `<form action="https://www.google.com/url"><input type=radio name=q value="https://www.example.com/" checked><input type=radio name=q value="https://evil.example/login" checked hidden></form>`, "https://evil.example/login"},
		{"a checked radio button of another name stays", `<form action="https://www.google.com/url"><input type=radio name=q value="https://evil.example/login" checked><input type=radio name=r value="https://www.example.com/" checked></form>`, "https://evil.example/login"},
		{"a disabled decoy before the field is not sent", `<form action="https://www.google.com/url"><input type=hidden name=q value="https://www.example.com/" disabled><input type=hidden name=q value="https://evil.example/login"></form>`, "https://evil.example/login"},
		{"a disabled field alone is not sent", `<form action="https://www.google.com/url"><input type=hidden name=q value="https://evil.example/login" disabled=disabled></form>`, "https://www.google.com/url"},
		{"a textarea's text is its value", `<form action="https://www.google.com/url"><textarea name=q style="display:none">
https://evil.example/login</textarea><button>Go</button></form>`, "https://evil.example/login"},
		{"a textarea's references decoded", `<form action="https://www.google.com/url"><textarea name=q hidden>https://evil.example/a?b=1&amp;c=2</textarea></form>`, "https://evil.example/a?b=1&c=2"},
		{"a disabled textarea is not sent", `<form action="https://www.google.com/url"><textarea name=q disabled>https://evil.example/login</textarea></form>`, "https://www.google.com/url"},
		{"field after the form closed", `<form action="https://www.google.com/url"></form><input type=hidden name=q value="https://evil.example/login">`, "https://www.google.com/url"},
	} {
		x, err := ExtractAll([]byte(htmlMsg(tc.body)), Options{})
		if err != nil || len(x.Links) != 1 {
			t.Fatalf("%s: %d links, %v", tc.name, len(x.Links), err)
		}
		if l := x.Links[0]; l.Kind != KindForm || l.URL != tc.want {
			t.Errorf("%s: %s %q, want form %q", tc.name, l.Kind, l.URL, tc.want)
		}
	}
}

// TestGetFormOwnerAndSubmitter: fields that name their form (form="ID")
// from outside it, before or after it, are sent with it, and a field
// inside one form naming another is sent with the other; a submit
// button's formaction and formmethod override its form's, and its own
// name and value are sent. Each case lists the form targets in order.
func TestGetFormOwnerAndSubmitter(t *testing.T) {
	const g = "https://www.google.com/url"
	for _, tc := range []struct {
		name, body string
		want       []string
	}{
		{"field after the form names it", `<form id=f action="` + g + `"></form><input form=f type=hidden name=q value="https://evil.example/a">`, []string{"https://evil.example/a"}},
		{"field before the form names it", `<input form="f" type=hidden name=q value="https://evil.example/a"><form id="f" action="` + g + `"><button>Go</button></form>`, []string{"https://evil.example/a"}},
		{"field naming no form is sent nowhere", `<form id=f action="` + g + `"></form><input form=g type=hidden name=q value="https://evil.example/a">`, []string{g}},
		{"field in a form naming another", `<form id=a action="https://portal.example/r"><input form=b type=hidden name=q value="https://evil.example/a"></form><form id=b action="` + g + `"></form>`, []string{"https://portal.example/r", "https://evil.example/a"}},
		{"the first form of the id", `<form id=f action="https://portal.example/r"></form><form id=f action="` + g + `"></form><input form=f type=hidden name=q value="https://evil.example/a">`, []string{"https://evil.example/a", g}},
		{"a post form's named field", `<form id=f method=post action="` + g + `"></form><input form=f type=hidden name=q value="https://evil.example/a">`, []string{g}},
		{"formaction and formmethod get on a post form", `<form method=post action="https://portal.example/login"><input type=hidden name=q value="https://evil.example/a"><button formaction="` + g + `" formmethod=get>Go</button></form>`, []string{"https://portal.example/login", "https://evil.example/a"}},
		{"formaction on a get form, field after the button", `<form action="https://portal.example/search"><input type=submit formaction="` + g + `"><input type=hidden name=q value="https://evil.example/a"></form>`, []string{"https://evil.example/a", "https://evil.example/a"}},
		{"formmethod get sends a post form to its action", `<form method=post action="` + g + `"><input type=hidden name=q value="https://evil.example/a"><button formmethod=GET>Go</button></form>`, []string{"https://evil.example/a"}},
		{"formmethod post keeps the formaction", `<form action="https://portal.example/search"><input type=hidden name=q value="https://evil.example/a"><button formaction="` + g + `" formmethod=post>Go</button></form>`, []string{"https://evil.example/a", g}},
		{"formaction on a post form without formmethod", `<form method=post action="https://portal.example/login"><input type=hidden name=q value="https://evil.example/a"><button formaction="` + g + `">Go</button></form>`, []string{"https://portal.example/login", g}},
		{"a type=button does not submit", `<form method=post action="https://portal.example/login"><input type=hidden name=q value="https://evil.example/a"><button type=button formaction="` + g + `" formmethod=get>Go</button></form>`, []string{"https://portal.example/login", g}},
		{"the button's own name and value", `<form action="` + g + `"><button name=q value="https://evil.example/a">Open</button></form>`, []string{"https://evil.example/a"}},
		{"a textarea naming the form", `<form id=f action="` + g + `"></form><textarea form=f name=q hidden>https://evil.example/a</textarea>`, []string{"https://evil.example/a"}},
		{"a textarea inside svg is no field", `<form action="` + g + `"><svg><textarea name=q>https://evil.example/a</textarea></svg></form>`, []string{g}},
		{"a disabled button is not clicked", `<form method=post action="https://portal.example/login"><input type=hidden name=q value="https://evil.example/a"><button disabled formaction="` + g + `" formmethod=get>Go</button></form>`, []string{"https://portal.example/login", g}},
		{"an outside button naming the form", `<form id=f method=post action="https://portal.example/login"><input type=hidden name=q value="https://evil.example/a"></form><button form=f formaction="` + g + `" formmethod=get>Go</button>`, []string{"https://portal.example/login", "https://evil.example/a"}},
		{"a method browsers do not know is get", `<form method=fetch action="` + g + `"><input type=hidden name=q value="https://evil.example/a"></form>`, []string{"https://evil.example/a"}},
		{"a nested post form is ignored", `<form action="` + g + `"><form method=post action="https://portal.example/x"><input type=hidden name=q value="https://evil.example/a"></form>`, []string{"https://evil.example/a", "https://portal.example/x"}},
		{"a srcdoc frame's ids are its own", `<form id=f action="` + g + `"></form><iframe srcdoc="<input form=f type=hidden name=q value=https://evil.example/a>"></iframe>`, []string{g}},
	} {
		x, err := ExtractAll([]byte(htmlMsg(tc.body)), Options{})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		var got []string
		for _, l := range x.Links {
			if l.Kind == KindForm {
				got = append(got, l.URL)
			}
		}
		if len(got) != len(tc.want) {
			t.Errorf("%s: form targets %q, want %q", tc.name, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%s: form targets %q, want %q", tc.name, got, tc.want)
				break
			}
		}
	}
}

// TestGetFormWorkBounded: a form's target is composed again for each
// field and each button that sends it, but past MaxURLBytes a field more
// changes nothing (the URL keeps its start), so long hidden values sent
// by many buttons cost in proportion to the document, not to the
// fields' count squared times the buttons.
func TestGetFormWorkBounded(t *testing.T) {
	doc := func(fields int) []byte {
		var b strings.Builder
		b.WriteString(`<form action="https://portal.example/s">`)
		v := strings.Repeat("a", 40000)
		for i := range fields {
			fmt.Fprintf(&b, `<input type=hidden name=n%d value="%s">`, i, v)
		}
		for i := range maxFormNamed {
			fmt.Fprintf(&b, `<button formaction="https://www.google.com/url?x=%d">Go</button>`, i)
		}
		b.WriteString(`</form>`)
		return []byte(htmlMsg(b.String()))
	}
	small, big := doc(maxFormFields/4), doc(maxFormFields)
	lineartest.Check(t, "a form's long fields sent by many buttons",
		func() { ExtractAll(small, Options{}) }, func() { ExtractAll(big, Options{}) })
}
