package links

import (
	"fmt"
	"slices"
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
		{"a select's selected option", `<form action="https://www.google.com/url"><select name=q hidden><option value="https://www.example.com/">Home<option value="https://evil.example/login" selected>Login</select></form>`, "https://evil.example/login"},
		{"a drop-down's first option when none is selected", `<form action="https://www.google.com/url"><select name=q><option value="https://evil.example/login">Login</option><option value="https://www.example.com/">Home</option></select></form>`, "https://evil.example/login"},
		{"a drop-down's first option not disabled", `<form action="https://www.google.com/url"><select name=q><option disabled value="https://www.example.com/">Pick<option value="https://evil.example/login">Login</select></form>`, "https://evil.example/login"},
		{"a disabled optgroup's options are not the first", `<form action="https://www.google.com/url"><select name=q><optgroup disabled label=a><option value="https://www.example.com/">Home</optgroup><option value="https://evil.example/login">Login</select></form>`, "https://evil.example/login"},
		{"an option after a disabled optgroup closed by another", `<form action="https://www.google.com/url"><select name=q><optgroup disabled><option value="https://www.example.com/">Home<optgroup><option value="https://evil.example/login">Login</select></form>`, "https://evil.example/login"},
		{"of options written selected the last", `<form action="https://www.google.com/url"><select name=q><option selected value="https://www.example.com/">Home<option value="https://www.example.com/b">B<option selected value="https://evil.example/login">Login</select></form>`, "https://evil.example/login"},
		{"the last selected option disabled sends nothing", `<form action="https://www.google.com/url"><select name=q><option selected value="https://evil.example/login">Login<option selected disabled value="https://www.example.com/">Home</select></form>`, "https://www.google.com/url"},
		{"a list box sends no option unselected", `<form action="https://www.google.com/url"><select name=q size=3><option value="https://evil.example/login">Login</select></form>`, "https://www.google.com/url"},
		{"a multiple select sends no option unselected", `<form action="https://www.google.com/url"><select name=q multiple><option value="https://evil.example/login">Login</select></form>`, "https://www.google.com/url"},
		{"a multiple select sends its selected options", `<form action="https://www.google.com/url"><select name=q multiple><option value="https://www.example.com/">Home<option selected value="https://evil.example/login">Login</select></form>`, "https://evil.example/login"},
		{"a size of one is a drop-down", `<form action="https://www.google.com/url"><select name=q size=" 1"><option value="https://evil.example/login">Login</select></form>`, "https://evil.example/login"},
		// A <fieldset disabled> disables the controls it holds, but those of its first legend child
		{"a field in a disabled fieldset is not sent", `<form action="https://www.google.com/url"><fieldset disabled><input type=hidden name=q value="https://evil.example/login"></fieldset></form>`, "https://www.google.com/url"},
		{"a decoy in a disabled fieldset before the field", `<form action="https://www.google.com/url"><fieldset disabled=""><input type=hidden name=q value="https://www.example.com/"></fieldset><input type=hidden name=q value="https://evil.example/login"></form>`, "https://evil.example/login"},
		{"a textarea and a select deep in a disabled fieldset", `<form action="https://www.google.com/url"><FIELDSET DISABLED><div><p><textarea name=q>https://evil.example/a</textarea><select name=q><option value="https://evil.example/b">B</select></div></fieldset></form>`, "https://www.google.com/url"},
		{"a field in a disabled fieldset's first legend is sent", `<form action="https://www.google.com/url"><fieldset disabled><legend><input type=hidden name=q value="https://evil.example/login"></legend></fieldset></form>`, "https://evil.example/login"},
		{"a field in a disabled fieldset's second legend is not sent", `<form action="https://www.google.com/url"><fieldset disabled><legend>A</legend><legend><input type=hidden name=q value="https://evil.example/login"></legend></fieldset></form>`, "https://www.google.com/url"},
		{"a legend nested deeper is not the first legend child", `<form action="https://www.google.com/url"><fieldset disabled><div><legend><input type=hidden name=q value="https://evil.example/login"></legend></div></fieldset></form>`, "https://www.google.com/url"},
		{"a first legend inside an outer disabled fieldset", `<form action="https://www.google.com/url"><fieldset disabled><legend>x</legend><fieldset disabled><legend><input type=hidden name=q value="https://evil.example/login"></legend></fieldset></fieldset></form>`, "https://www.google.com/url"},
		{"a field after a disabled fieldset closed is sent", `<form action="https://www.google.com/url"><fieldset disabled><input name=a></fieldset><input type=hidden name=q value="https://evil.example/login"></form>`, "https://evil.example/login"},
		{"a field in an enabled fieldset is sent", `<form action="https://www.google.com/url"><fieldset><legend>Go</legend><input type=hidden name=q value="https://evil.example/login"></fieldset></form>`, "https://evil.example/login"},
		// A conditional comment is a comment to a browser: a <fieldset disabled> read in one disables nothing.
		{"a disabled fieldset in a conditional comment disables nothing", `<form action="https://www.google.com/url"><!--[if mso]><fieldset disabled><![endif]--><input type=hidden name=q value="https://evil.example/login"></form>`, "https://evil.example/login"},
		{"a conditional comment's fieldset does not keep a disabled one open", `<form action="https://www.google.com/url"><fieldset disabled><!--[if mso]><fieldset><![endif]--></fieldset><input type=hidden name=q value=https://evil.example/x></form>`, "https://evil.example/x"},
		{"a conditional comment's fieldset closed in it", `<form action="https://www.google.com/url"><fieldset disabled><!--[if mso]><fieldset></fieldset><![endif]--><input type=hidden name=q value=https://evil.example/x></fieldset></form>`, "https://www.google.com/url"},
		{"a conditional comment's fieldset before a disabled fieldset's first legend", `<form action="https://www.google.com/url"><fieldset disabled><!--[if mso]><fieldset><![endif]--><legend><input type=hidden name=q value=https://evil.example/x></legend></fieldset></form>`, "https://evil.example/x"},
		{"a conditional comment's </fieldset> closing nothing", `<form action="https://www.google.com/url"><fieldset><!--[if mso]></fieldset><fieldset disabled><![endif]--><input type=hidden name=q value="https://evil.example/login"></fieldset></form>`, "https://evil.example/login"},
		{"a disabled select is not sent", `<form action="https://www.google.com/url"><select name=q disabled><option value="https://evil.example/login"></select></form>`, "https://www.google.com/url"},
		{"a select inside noscript is no field", `<form action="https://www.google.com/url"><noscript><select name=q></noscript><option>Home</option><input type=hidden name=q value="https://evil.example/a"></form>`, "https://evil.example/a"},
		{"a select inside a conditional comment is no field", `<form action="https://www.google.com/url"><!--[if mso]><select name=q><![endif]--><option>Home</option><input type=hidden name=q value="https://evil.example/a"></form>`, "https://evil.example/a"},
		{"a select of no name is not sent", `<form action="https://www.google.com/url"><select><option value="https://evil.example/login"></select></form>`, "https://www.google.com/url"},
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
		{"a button in a disabled fieldset is not clicked", `<form method=post action="https://portal.example/login"><input type=hidden name=q value="https://evil.example/a"><fieldset disabled><button formaction="` + g + `" formmethod=get>Go</button></fieldset></form>`, []string{"https://portal.example/login", g}},
		{"a field naming the form from a disabled fieldset", `<form id=f action="` + g + `"></form><fieldset disabled><input form=f type=hidden name=q value="https://evil.example/a"></fieldset>`, []string{g}},
		{"an outside button naming the form", `<form id=f method=post action="https://portal.example/login"><input type=hidden name=q value="https://evil.example/a"></form><button form=f formaction="` + g + `" formmethod=get>Go</button>`, []string{"https://portal.example/login", "https://evil.example/a"}},
		{"a method browsers do not know is get", `<form method=fetch action="` + g + `"><input type=hidden name=q value="https://evil.example/a"></form>`, []string{"https://evil.example/a"}},
		{"a nested post form is ignored", `<form action="` + g + `"><form method=post action="https://portal.example/x"><input type=hidden name=q value="https://evil.example/a"></form>`, []string{"https://evil.example/a", "https://portal.example/x"}},
		{"a srcdoc frame's ids are its own", `<form id=f action="` + g + `"></form><iframe srcdoc="<input form=f type=hidden name=q value=https://evil.example/a>"></iframe>`, []string{g}},
		{"the first element of the id is no form", `<div id=f></div><form id=f action="` + g + `"></form><input form=f type=hidden name=q value="https://evil.example/a">`, []string{g}},
		{"the first element of the id after the field is no form", `<input form=f type=hidden name=q value="https://evil.example/a"><p id=f>Hi</p><form id=f action="` + g + `"></form>`, []string{g}},
		{"an element of the id after the form", `<form id=f action="` + g + `"></form><div id=f></div><input form=f type=hidden name=q value="https://evil.example/a">`, []string{"https://evil.example/a"}},
		{"an element of another id before the form", `<div id=g></div><form id=f action="` + g + `"></form><input form=f type=hidden name=q value="https://evil.example/a">`, []string{"https://evil.example/a"}},
		{"a button naming an id first held by no form", `<span id=f></span><form id=f method=post action="https://portal.example/login"><input type=hidden name=q value="https://evil.example/a"></form><button form=f formaction="` + g + `" formmethod=get>Go</button>`, []string{"https://portal.example/login", g}},
		{"a nested form's id is no element", `<form action="https://portal.example/r"><form id=f></form></form><form id=f action="` + g + `"></form><input form=f type=hidden name=q value="https://evil.example/a">`, []string{"https://portal.example/r", "https://evil.example/a"}},
		{"a frame's element of the id is not the page's", `<iframe srcdoc="<div id=f></div>"></iframe><form id=f action="` + g + `"></form><input form=f type=hidden name=q value="https://evil.example/a">`, []string{"https://evil.example/a"}},
		{"an element of the id in a conditional comment is none", `<!--[if mso]><div id=f></div><![endif]--><form id=f action="` + g + `"></form><input form=f type=hidden name=q value="https://evil.example/a">`, []string{"https://evil.example/a"}},
		{"an element of the id in noscript is none", `<noscript><p id=f>Enable script</p></noscript><form id=f action="` + g + `"></form><input form=f type=hidden name=q value="https://evil.example/a">`, []string{"https://evil.example/a"}},
		{"an element of the id in svg is one", `<svg><title id=f>x</title></svg><form id=f action="` + g + `"></form><input form=f type=hidden name=q value="https://evil.example/a">`, []string{g}},
		{"an id with a character reference", `<form id="a&amp;b" action="` + g + `"></form><input form="a&b" type=hidden name=q value="https://evil.example/a">`, []string{"https://evil.example/a"}},
		{"a select naming the form", `<form id=f action="` + g + `"></form><select form=f name=q hidden><option value="https://evil.example/a"></select>`, []string{"https://evil.example/a"}},
		{"a select naming an id first held by no form", `<b id=f></b><form id=f action="` + g + `"></form><select form=f name=q><option value="https://evil.example/a"></select>`, []string{g}},
		{"an image button sends where it was clicked", `<form action="http://rds.yahoo.com/*https://evil.example/pay"><input type=image name=go src="https://cdn.example/b.png" alt="Pay"></form>`, []string{"https://evil.example/pay?go.x=0&go.y=0"}},
		{"an image button of no name sends x and y", `<form action="http://rds.yahoo.com/*https://evil.example/pay"><input type=image src="https://cdn.example/b.png"></form>`, []string{"https://evil.example/pay?x=0&y=0"}},
		{"an image button's fields with a formaction", `<form method=post action="https://portal.example/login"><input type=hidden name=q value="https://evil.example/a"><input type=image formaction="` + g + `" formmethod=get name=q value="https://www.example.com/"></form>`, []string{"https://portal.example/login", "https://evil.example/a"}},
		{"a select left open at the form's end tag", `<form action="https://www.google.com/url"><select name=q><option>https://evil.example/login</form>`, []string{"https://evil.example/login"}},
		{"an input ends the select", `<form action="https://www.google.com/url"><select name=r><option>x<input type=hidden name=q value="https://evil.example/login"></form>`, []string{"https://evil.example/login"}},
		{"a select inside svg is no field", `<form action="https://www.google.com/url"><svg><select name=q><option>https://evil.example/login</option></select></svg></form>`, []string{"https://www.google.com/url"}},
		{"a select outside any form", `<form action="https://www.google.com/url"></form><select name=q><option>https://evil.example/login</option></select>`, []string{"https://www.google.com/url"}},
		{"an option's text is its value", `<form action="` + g + `"><select name=q><option>
  https://evil.example/a?b=1&amp;c=2  </option></select></form>`, []string{"https://evil.example/a?b=1&c=2"}},
		{"a conditional comment in an option is no text of it", `<form action="https://www.google.com/url"><select name=q><option><!--[if mso]>https://good.example/#<![endif]-->https://evil.example/a</option></select></form>`, []string{"https://evil.example/a"}},
		{"an option in a conditional comment is none", `<form action="https://www.google.com/url"><select name=q><!--[if mso]><option selected>https://good.example/</option><![endif]--><option>https://evil.example/a</option></select></form>`, []string{"https://evil.example/a"}},
		{"a comment in an option is no text of it", `<form action="https://www.google.com/url"><select name=q><option>https://evil.example/a<!-- https://good.example/ --></option></select></form>`, []string{"https://evil.example/a"}},
		{"a style in an option is its text", `<form action="https://www.google.com/url"><select name=q hidden><option><style>https://evil.example/a</style></option></select></form>`, []string{"https://evil.example/a"}},
		{"a title in an option is its text", `<form action="https://www.google.com/url"><select name=q hidden><option><title>https://evil.example/a</title></option></select></form>`, []string{"https://evil.example/a"}},
		{"an xmp in an option is its text", `<form action="https://www.google.com/url"><select name=q hidden><option><xmp>https://evil.example/a</xmp></option></select></form>`, []string{"https://evil.example/a"}},
		{"a noscript in an option is its text", `<form action="https://www.google.com/url"><select name=q hidden><option><noscript>https://evil.example/a</noscript></option></select></form>`, []string{"https://evil.example/a"}},
		{"an option written inside a style in a select is one", `<form action="https://www.google.com/url"><select name=q hidden><style><option selected>https://evil.example/a</style></select></form>`, []string{"https://evil.example/a"}},
		{"an option after five raw-text tags in a select, a decoy first", `<form action="https://www.google.com/url"><select name=q hidden><option>https://www.example.com/</option><style><title><xmp><noembed><iframe><option selected>https://evil.example/a</select></form>`, []string{"https://evil.example/a"}},
		{"a style after the select is a style", `<form action="https://www.google.com/url"><select name=q><option>https://evil.example/a</option></select><style>p{}</style></form>`, []string{"https://evil.example/a"}},
		{"an image button's value is not sent", `<form action="` + g + `"><input type=image name=q value="https://evil.example/a" src="https://cdn.example/b.png"></form>`, []string{g}},
	} {
		if got := formTargets(t, tc.name, tc.body); !slices.Equal(got, tc.want) {
			t.Errorf("%s: form targets %q, want %q", tc.name, got, tc.want)
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

// TestGetFormSelectsLinear: a form's selects cost in proportion to the
// document however many options they hold and however long their text,
// and ids of elements that no field names are only noted.
func TestGetFormSelectsLinear(t *testing.T) {
	doc := func(n int) []byte {
		var b strings.Builder
		b.WriteString(`<form id=f action="https://www.google.com/url">`)
		v := strings.Repeat("a b ", 2000)
		for i := range n {
			fmt.Fprintf(&b, `<div id=d%d></div><select name=s%d multiple><option selected>%s<option selected>%s</select><select name=q%d><option>%s</option>`, i, i, v, v, i, v)
		}
		b.WriteString(`</form><input form=f type=hidden name=q value="https://evil.example/">`)
		return []byte(htmlMsg(b.String()))
	}
	small, big := doc(50), doc(200)
	lineartest.Check(t, "a form's selects of long options",
		func() { ExtractAll(small, Options{}) }, func() { ExtractAll(big, Options{}) })
}

// TestGetFormDoubtLinear: ids on tags a browser may drop, templates and
// the fields naming a form across them cost in proportion to the
// document: each form and button is composed at most twice.
func TestGetFormDoubtLinear(t *testing.T) {
	doc := func(n int) []byte {
		var b strings.Builder
		v := strings.Repeat("a", 3000)
		for i := range n {
			fmt.Fprintf(&b, `<td id=f></td><template><b id=f></b><input type=hidden name=t%d value=%s><button name=b value=%s></button></template><input form=f type=hidden name=q%d value="https://evil.example/%s"><button form=f name=c value=x></button>`, i, v, v, i, v)
			fmt.Fprintf(&b, `<form id=f action="https://www.google.com/url"><template><input type=hidden name=q value=%s></template></form>`, v)
		}
		return []byte(htmlMsg(b.String()))
	}
	small, big := doc(50), doc(200)
	lineartest.Check(t, "fields across dropped tags and templates",
		func() { ExtractAll(small, Options{}) }, func() { ExtractAll(big, Options{}) })
}

// TestGetFormOwnerDroppedTags: an element of the id a browser may not
// have (a tag the tree builder drops in body: a table's part outside a
// table, head or frame after content, a second html or body; a
// template's content) does not decide a field's form alone: the form of
// that id after it is composed without the field, in place, and with
// it, as a second target at the same place, so that neither reading
// hides the other (review B F1). The form targets in order.
func TestGetFormOwnerDroppedTags(t *testing.T) {
	const g = "https://www.google.com/url"
	tail := `<form id=f action="` + g + `"></form><input form=f type=hidden name=q value="https://evil.example/a">`
	both := []string{g, "https://evil.example/a"}
	for _, tc := range []struct {
		name, body string
		want       []string
	}{
		{"an element of the id in a template", `<template><b id=f></b></template>` + tail, both},
		{"a td outside a table", `<td id=f></td>` + tail, both},
		{"a td inside a table", `<table><tr><td id=f>x</td></tr></table>` + tail, both},
		{"a tr", `<tr id=f></tr>` + tail, both},
		{"a tbody", `<tbody id=f></tbody>` + tail, both},
		{"a caption", `<caption id=f></caption>` + tail, both},
		{"a col", `<col id=f>` + tail, both},
		{"a head after content", `<p>x</p><head id=f></head>` + tail, both},
		{"a frame in body", `<p>x</p><frame id=f>` + tail, both},
		{"a frameset after text", `<p>x</p><frameset id=f></frameset>` + tail, both},
		{"a second html", `<html id=a><body><p>x<html id=f>` + tail, both},
		{"a second body", `<body id=a><p>x<body id=f>` + tail, both},
		{"a template in a conditional comment is none", `<!--[if mso]><template><![endif]--><form action="` + g + `"><input type=hidden name=q value="https://evil.example/a"></form>`, []string{"https://evil.example/a"}},
		{"a template in svg is no HTML template", `<svg><template></svg><form action="` + g + `"><input type=hidden name=q value="https://evil.example/a"></form>`, []string{"https://evil.example/a"}},
		{"a div of the id still decides", `<div id=f></div><td id=f></td>` + tail, []string{g}},
		{"a dropped tag after the form changes nothing", tail + `<td id=f></td>`, []string{"https://evil.example/a"}},
		{"a template's form is no owner", `<template><form id=f action="https://portal.example/r"></form></template>` + tail, []string{"https://portal.example/r", g, "https://evil.example/a"}},
		{"a template's form alone owns nothing", `<template><form id=f action="` + g + `"></form></template><input form=f type=hidden name=q value="https://evil.example/a">`, []string{g}},
		{"a decoy across a dropped tag cannot hide the real field", `<td id=f></td><input form=f type=hidden name=q value="https://www.example.com/"><form id=f action="` + g + `"><input type=hidden name=q value="https://evil.example/a"></form>`, []string{"https://evil.example/a", "https://www.example.com/"}},
		{"a decoy in a template cannot hide the real field", `<form action="` + g + `"><template><input type=hidden name=q value="https://www.example.com/"></template><input type=hidden name=q value="https://evil.example/a"></form>`, []string{"https://evil.example/a", "https://www.example.com/"}},
		{"a doubtful field that changes nothing adds no target", `<td id=f></td><input form=f type=hidden name=src value=mail><form id=f action="` + g + `"><input type=hidden name=q value="https://evil.example/a"></form>`, []string{"https://evil.example/a"}},
		{"a button naming the form across a dropped tag", `<td id=f></td><form id=f method=post action="https://portal.example/login"><input type=hidden name=q value="https://evil.example/a"></form><button form=f formaction="` + g + `" formmethod=get>Go</button>`, []string{"https://portal.example/login", g, "https://evil.example/a"}},
	} {
		if got := formTargets(t, tc.name, tc.body); !slices.Equal(got, tc.want) {
			t.Errorf("%s: form targets %q, want %q", tc.name, got, tc.want)
		}
	}
}

// formTargets are the targets of the forms extracted from an HTML
// message of body, in order.
func formTargets(t *testing.T, name, body string) []string {
	t.Helper()
	x, err := ExtractAll([]byte(htmlMsg(body)), Options{})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	var got []string
	for _, l := range x.Links {
		if l.Kind == KindForm {
			got = append(got, l.URL)
		}
	}
	return got
}
