package links

import "testing"

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
