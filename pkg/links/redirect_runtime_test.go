package links

import (
	"strings"
	"testing"
)

// TestHiddenRedirectRuntime: a decoder of what the reader's browser
// holds (the page's address, its referrer, a cookie or storage the
// script writes no long string) hides nothing the file carries, through
// names and functions too, nor does a written JSON state holding no
// address; a kit's fallback written beside such a read, a store it
// writes its string first, a URL built from a written string, a written
// state holding an address, and the
// shapes a big library or a regular expression literal could hide
// (the kit's names after a library's many decoded names, a quote in a
// regular expression, setAttribute('href') of a clicked anchor,
// navigation.navigate) are still read.
func TestHiddenRedirectRuntime(t *testing.T) {
	const addr = "aHR0cHM6Ly9ldmlsLmV4YW1wbGUvbG9naW4=" // https://evil.example/login
	pad := strings.Repeat("var x=1;", 80)               // past navWindow
	lib := strings.Repeat("function(e){var t=decodeURIComponent(e.q);return t}", 80)
	for _, tc := range []struct {
		name, script string
		hidden       bool
	}{
		// a saved page decodes what the browser holds
		{"a ReturnUrl parameter read by a regular expression", `function getParameterByName(name, url) {
    if (!url) url = window.location.href;
    var regex = new RegExp('[?&]' + name + '(=([^&#]*)|&|#|$)'), results = regex.exec(url);
    if (!results) return null;
    return decodeURIComponent(results[2].replace(/\+/g, ' '));
}
var returnUrl = getParameterByName('ReturnUrl');
if (returnUrl) { window.location.href = returnUrl; }`, false},
		{"a language cookie", `function readCookie(n){var m=document.cookie.match(new RegExp('(^|; )'+n+'=([^;]*)'));return m?decodeURIComponent(m[2]):null}
var lang=readCookie('lang')||'en';window.location.href=window.location.origin+'/'+lang+location.pathname`, false},
		{"URLSearchParams of the address", `var params=new URLSearchParams(window.location.search);var next=decodeURIComponent(params.get('next')||'');setTimeout(function(){if(next)location.replace(next)},3000)`, false},
		{"the address's search read in place", `var url=unescape(document.location.search.substr(1));if(url)window.location.href=url`, false},
		{"a URL of the address", `const ref=decodeURIComponent(new URL(window.location.href).searchParams.get('r')||'');function go(p){window.location.href=base+'?'+p+'&r='+encodeURIComponent(ref)}`, false},
		{"the referrer", `var back=decodeURIComponent(document.referrer);location.href=back`, false},
		{"storage the script never writes", `var last=atob(localStorage.getItem('last')||'');if(last)location.assign(last)`, false},
		{"a name decoded, then assigned again in clear", `function K(e){let t=decodeURIComponent(e.hash.slice(1));return document.getElementById(t)}function Go(e){let t=new URL(e,location.href);location.href=t.href}`, false},
		{"a language cookie beside a consent cookie written", `function gc(n){var m=document.cookie.match(new RegExp('(^|; )'+n+'=([^;]*)'));return m?decodeURIComponent(m[2]):null}function sc(n,v){document.cookie=n+'='+encodeURIComponent(v)+';path=/'}sc('consent','1');var lang=gc('lang');if(lang){window.location.href=window.location.origin+'/'+lang+'/'}`, false},
		{"a page's state decoded from a written string", `window.__STATE__=JSON.parse(decodeURIComponent('%7B%22user%22%3Anull%7D'));var st=window.__STATE__;if(!st.user){var lg=st.login||'/login';window.location.href=lg}`, false},
		{"near miss: a written state holding an address", `var c=JSON.parse(atob('eyJ1IjoiaHR0cHM6Ly9ldmlsLmV4YW1wbGUvIn0='));location.href=c.u`, true},
		{"near miss: a cookie written from a name holding a written string", `var k='` + addr + `';document.cookie='u='+k;var m=document.cookie.match(/u=([^;]*)/);location.href=atob(m[1])`, true},
		{"near miss: a fallback address written beside the address's fragment", `location.href=atob(location.hash.slice(1)||'` + addr + `')`, true},
		{"near miss: a fallback name beside the address's fragment", `var k='` + addr + `';location.href=atob(location.hash.slice(1)||k)`, true},
		{"near miss: storage the script writes first", `localStorage.setItem('u','` + addr + `');location.href=atob(localStorage.getItem('u'))`, true},
		{"near miss: a cookie the script writes first", `document.cookie='u=` + addr + `';var m=document.cookie.match(/u=([^;]*)/);location.href=atob(m[1])`, true},
		{"near miss: a URL of a written string", `var p=new URL('https://x.example/?u=` + addr + `').searchParams;location.href=atob(p.get('u'))`, true},
		{"near miss: an object's location field", `var c=JSON.parse(j);location.href=atob(c.location)`, true},
		// the kit's names past a library's
		{"a decoded name after a library's many", lib + `;var u=atob('` + addr + `');` + pad + `location.href=u`, true},
		{"near miss: a library's decoded name assigned again in clear after", `var abc=atob(k);` + lib + `;function f(){abc='https://a.example/'}` + pad + `location.href=abc`, false},
		// regular expression literals and comments
		{"a quote in a regular expression before", `var r=s.replace(/["']/g,'');var u=atob('` + addr + `');` + pad + `location.href=u`, true},
		{"a backquote in a regular expression before", "var r=s.replace(/`/g,'');var u=atob('" + addr + "');" + pad + "location.href=u", true},
		{"a brace in a regular expression inside a function", `function f(){var r=/\{/g;var u=atob('` + addr + `')}` + pad + `location.href=u`, false},
		{"an apostrophe in a comment", "// don't\nvar u=atob('" + addr + "');/* it's */" + pad + "location.href=u", true},
		{"near miss: a division is no regular expression", `var h=w/2;var u=atob(k);u=cfg.home;` + pad + `location.href=u/1`, false},
		// navigations named another way
		{"setAttribute of a clicked anchor's href", `var d=atob('` + addr + `');var a=document.createElement('a');a.setAttribute('href',d);document.body.appendChild(a);a.click()`, true},
		{"navigation.navigate", `var d=atob('` + addr + `');navigation.navigate(d)`, true},
		{"near miss: setAttribute of an href never clicked", `var d=atob(tok);a.setAttribute('href',d)`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := hiddenRedirect([]byte("<script>" + tc.script + "</script>")); got != tc.hidden {
				t.Errorf("hiddenRedirect = %v, want %v", got, tc.hidden)
			}
		})
	}
}
