package scoring

import (
	"encoding/base64"
	"math"
	"net/netip"
	"net/url"
	"strings"

	"golang.org/x/net/publicsuffix"

	"github.com/firstsight/firstsight/pkg/links"
)

// appendFormSignals appends the link-form evidence of one link (recipient
// independent) whose weight is not 0.
// hl is the link host's matchHostLists, which the caller matched once for
// this and the context signals; the order of the signals is that of
// formSignalOrder.
func appendFormSignals(out []evid, w *Weights, t *tables, l *links.Link, hl hostListMatch) []evid {
	if e, ok := displayMismatch(w, t, l); ok && e.w != 0 {
		out = append(out, e)
	}
	if e, ok := ipLiteral(w, t, l); ok && e.w != 0 {
		out = append(out, e)
	}
	if e, ok := userinfo(w, t, l); ok && e.w != 0 {
		out = append(out, e)
	}
	if e, ok := scriptLink(w, t, l); ok && e.w != 0 {
		out = append(out, e)
	}
	if e, ok := punycode(w, t, l); ok && e.w != 0 {
		out = append(out, e)
	}
	if e, ok := redirectChain(w, t, l); ok && e.w != 0 {
		out = append(out, e)
	}
	if e, ok := listedHost(CodeShortener, w.Shortener, hl.shortener, hl.isShortener); ok && e.w != 0 {
		out = append(out, e)
	}
	if e, ok := listedHost(CodeFreeHosting, w.FreeHosting, hl.freeHosting, hl.isFreeHosting); ok && e.w != 0 {
		out = append(out, e)
	}
	if e, ok := suspiciousTLD(w, t, l); ok && e.w != 0 {
		out = append(out, e)
	}
	if e, ok := formKind(w, t, l); ok && e.w != 0 {
		out = append(out, e)
	}
	if e, ok := riskyFile(w, t, l); ok && e.w != 0 {
		out = append(out, e)
	}
	if e, ok := deepSubdomain(w, t, l); ok && e.w != 0 {
		out = append(out, e)
	}
	if e, ok := appScheme(w, t, l); ok && e.w != 0 {
		out = append(out, e)
	}
	if e, ok := deviceLogin(w, t, l); ok && e.w != 0 {
		out = append(out, e)
	}
	if e, ok := oauthConsent(w, t, l); ok && e.w != 0 {
		out = append(out, e)
	}
	return out
}

// appScheme: the link opens another program on the address inside it
// (links.FlagAppScheme: Office's ms-word:ofe|u|URL, microsoft-edge:URL,
// Windows search on a share, a file: share path or a bare one,
// \\host\share), outside the browser and its warnings; a share's host
// also receives the reader's Windows credentials. Ordinary mail links a
// web page. Not a share inside the reader's own network (localShare),
// whose host receives nothing that leaves it.
func appScheme(w *Weights, _ *tables, l *links.Link) (evid, bool) {
	if !l.Flags.Has(links.FlagAppScheme) || localShare(l) {
		return evid{}, false
	}
	return evid{code: CodeAppScheme, w: w.AppScheme, cls: classForm, a: l.Host}, true
}

// shareLoad, share_load: the message's HTML loads a picture or style
// sheet (links.KindImage, KindCSS: <img src>, background, srcset, <link
// href>, CSS url(), VML pictures, a video's poster and media sources)
// from a file share (file:, \\host\share) outside the
// reader's own network (not localShare, not our own domains). No link to
// click: a mail program that shows it connects to the share at once and
// hands the host the reader's Windows credentials (NTLM), as Outlook did
// (CVE-2023-23397's class of leaks); the fixes since block some clients,
// not all. Pictures come from web servers or the message itself; nobody's
// mail loads one from a file server on the internet. Evidence about the
// message, counted once for every link (the first such host) and never
// offset by the sender's history, weighed as app_scheme; not from our own
// authenticated people. It quarantines on its own (quarantine_when): what
// is never clicked cannot be locked. Web sources (tracking pixels) are
// not judged.
func (m *message) shareLoad(w *Weights) (evid, bool) {
	if m.internalSender() {
		return evid{}, false
	}
	for i := range m.in.Links {
		if l := &m.in.Links[i]; m.outsideShareSource(l) {
			return evid{code: CodeShareLoad, w: w.AppScheme, cls: classForm, a: l.Host}, true
		}
	}
	return evid{}, false
}

// outsideShareSource: l is a source the message loads without a click
// (not clickable) from a share on a host outside our own network.
func (m *message) outsideShareSource(l *links.Link) bool {
	if l.Clickable || l.Scheme != "file" || l.Host == "" || !l.Flags.Has(links.FlagAppScheme) {
		return false
	}
	return !localShare(l) && !m.orgLink(l)
}

// localShare: the link opens a file share (file:) on a host only the
// reader's own network resolves or routes: a private, loopback or
// link-local address, a name under privateNames or a single-label name
// (\\fs01\public). An IT department's mail names its file servers so; a
// lure's share must be reachable from outside to collect credentials.
// Such a name is judged by privateName instead.
func localShare(l *links.Link) bool {
	if l.Scheme != "file" {
		return false
	}
	if l.Flags.Has(links.FlagIPLiteral) {
		return privateAddress(l.Host)
	}
	return underPrivateName(l.Host) || singleLabelName(l)
}

// formSignalOrder lists the form signals in the order appendFormSignals
// adds them (a test compares the two).
var formSignalOrder = [...]func(*Weights, *tables, *links.Link) (evid, bool){
	displayMismatch, ipLiteral, userinfo, scriptLink, punycode, redirectChain,
	shortener, freeHosting, suspiciousTLD, formKind, riskyFile, deepSubdomain, appScheme, deviceLogin, oauthConsent,
}

// displayMismatch: the anchor shows a URL or host on another site than the
// (unwrapped) destination.
func displayMismatch(w *Weights, _ *tables, l *links.Link) (evid, bool) {
	shown := strings.ToLower(strings.TrimSuffix(l.DisplayHost, "."))
	if shown == "" || l.Host == "" {
		if l.Flags.Has(links.FlagDisplayMismatch) {
			return evid{code: CodeDisplayMismatch, w: w.DisplayMismatch, cls: classForm, a: l.Display, b: l.Host}, true
		}
		return evid{}, false
	}
	if sameSite(shown, l.Host, l.Domain) {
		return evid{}, false
	}
	return evid{code: CodeDisplayMismatch, w: w.DisplayMismatch, cls: classForm, a: shown, b: l.Host}, true
}

// sameSite: the shown host belongs to the destination's registrable domain.
func sameSite(shown, host, domain string) bool {
	if shown == host || shown == domain || dotSuffix(shown, domain) {
		return true
	}
	sd, err := publicsuffix.EffectiveTLDPlusOne(shown)
	return err == nil && (sd == domain || dotSuffix(host, sd))
}

// ipLiteral: the link goes to a bare IP address (ip_literal), one written
// in a disguising notation (obfuscated_ip), or a private, loopback or
// link-local one (private_address).
func ipLiteral(w *Weights, _ *tables, l *links.Link) (evid, bool) {
	switch {
	case l.Flags.Has(links.FlagObfuscatedIP):
		return evid{code: CodeObfuscatedIP, w: w.ObfuscatedIP, cls: classForm, a: l.Host}, true
	case l.Flags.Has(links.FlagIPLiteral) && privateAddress(l.Host):
		return evid{code: CodePrivateAddress, w: w.PrivateAddress, cls: classPlace, a: l.Host}, true
	case l.Flags.Has(links.FlagIPLiteral):
		return evid{code: CodeIPLiteral, w: w.IPLiteral, cls: classForm, a: l.Host}, true
	}
	return evid{}, false
}

// sharedAddressSpace is the carrier-grade NAT range (RFC 6598), which
// net/netip does not count as private.
var sharedAddressSpace = netip.MustParsePrefix("100.64.0.0/10")

// privateAddress: host is an IP address that no server outside the
// reader's own network or machine answers: private (10/8, 172.16/12,
// 192.168/16, fc00::/7), carrier-grade NAT (100.64/10), loopback (127/8,
// ::1), link-local (169.254/16, fe80::/10) or unspecified (0.0.0.0, ::,
// which browsers send to the reader's own machine). An IPv4 address
// mapped into IPv6 (::ffff:10.0.0.1) is read as the IPv4 address.
func privateAddress(host string) bool {
	a, err := netip.ParseAddr(strings.Trim(host, "[]"))
	if err != nil {
		return false
	}
	a = a.Unmap()
	return a.IsPrivate() || a.IsLoopback() || a.IsLinkLocalUnicast() || a.IsUnspecified() ||
		a.Is4() && sharedAddressSpace.Contains(a)
}

// privateNames are the names that only resolve inside the reader's own
// network or on the reader's own computer, and the zones under them:
// localhost (RFC 6761, section 6.3), local (multicast DNS, RFC 6762, in
// RFC 6761's registry of special-use names), home.arpa (RFC 8375),
// internal (reserved for private use by ICANN's Board, resolution
// 2024.07.29.06), and the names RFC 6762 (appendix G) finds in private
// use without a reservation: intranet, private, corp, home and lan
// (ICANN resolved in 2018, 2018.02.04.12, never to delegate corp and home,
// whose queries leak from such networks). The documentation and test
// names of RFC 6761 (example, test, invalid) name no network and are not
// here.
var privateNames = []string{"localhost", "local", "home.arpa", "internal", "intranet", "private", "corp", "home", "lan"}

// privateName: the link goes by name to a host that only the reader's
// own network or computer resolves (privateNames, or a single-label name:
// singleLabelName): private_address, as for a private IP address, and no
// strong evidence. Nobody outside can serve a page there: a device's or an
// internal dashboard's page in a technical post, or a kit's placeholder in
// a stranger's sign-in lure.
// Not for our own domains (org is linkBase's orgLink), which an
// organisation's directory often names under local or corp
// (corp.example.local), nor in list mail (list), whose technical posts
// and code hosts' notifications link examples ("open
// http://localhost:3000 and sign in as admin"), or in a post given
// known_list (list too: the same post to a list the reader receives,
// arriving without the List-Id a replay stream or an old list server
// drops; known_list is withheld from a sender in doubt): unlike an IP address,
// whose private_address replaces ip_literal's larger weight, a name
// carries no weight without this, so counting it there would flag such
// posts where nothing did before. A single-label name has no domain to
// be ours, so mail from our own domains (internal, authenticated or not)
// stands for it: a colleague's http://go/links, http://wiki:8080/ or an
// intranet server's name is our network's, and an internal sender whose
// MTA does not vouch for it is the common case in a replay stream or at a
// site without internal_mail_authenticated. A forged internal address
// loses only this weak, place-class evidence.
func privateName(w *Weights, l *links.Link, org, list, internal bool) (evid, bool) {
	if org || list || l.Flags.Has(links.FlagIPLiteral) || l.Flags.Has(links.FlagObfuscatedIP) {
		return evid{}, false
	}
	if !underPrivateName(l.Host) && (internal || !singleLabelName(l)) {
		return evid{}, false
	}
	return evid{code: CodePrivateAddress, w: w.PrivateAddress, cls: classPlace, a: l.Host, b: privateNameMark}, true
}

// singleLabelName: a web link's host is a name of one label
// (http://intranet/, http://go/links, http://wiki:8080/), which only a
// network's own resolver completes (its search domains): ICANN does not
// allow a top-level domain to answer by itself (the Board's resolution
// 2013.08.13.01 on dotless domains, after SSAC's SAC053; RFC 7085 found
// the few that did), so no server outside answers for it. An IP address
// written as one number is obfuscated_ip's; a name of digits alone is no
// name. Only an address written as one counts, not a URL read from plain
// text, which ends where a line was wrapped (http://pws. then wt.net/ on
// the next line reads http://pws), and only a name of letters, digits,
// hyphens and underscores (Windows names have them): other bytes are
// damage, such as a quoted-printable leftover (gri=2Eexample=2Ecom). A
// share's host (file:, \\fs01\public) counts in text too: Windows names
// file servers so, and links reads a bare share path in text only when a
// backslash ends its host.
func singleLabelName(l *links.Link) bool {
	h := strings.TrimSuffix(l.Host, ".")
	if h == "" || l.Scheme != "file" && (l.Scheme != "http" && l.Scheme != "https" || l.Kind == links.KindText) {
		return false
	}
	if strings.IndexByte(h, '.') >= 0 { // more labels, as most hosts have: no need to read them rune by rune
		return false
	}
	if strings.ContainsFunc(h, func(r rune) bool { return !hostNameRune(r) }) {
		return false
	}
	return strings.ContainsFunc(h, func(r rune) bool { return r < '0' || r > '9' })
}

// hostNameRune: a letter, digit, hyphen or underscore of a host's name.
func hostNameRune(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_'
}

// privateNameMark marks private_address evidence for a name, not an IP
// address, for its sentence.
const privateNameMark = "name"

// underPrivateName: host is one of privateNames or a name under one, in
// any case, a final dot aside. Most hosts end in a label no private name
// ends in (privateTLD), which is asked first, without a lowercase copy.
func underPrivateName(host string) bool {
	host = strings.TrimSuffix(host, ".")
	if tld := host[strings.LastIndexByte(host, '.')+1:]; isASCII(tld) && !privateTLD(tld) {
		return false
	}
	h := strings.ToLower(host)
	for _, n := range privateNames {
		if h == n || strings.HasSuffix(h, n) && h[len(h)-len(n)-1] == '.' {
			return true
		}
	}
	return false
}

// privateTLD: the ASCII label is the last label of one of privateNames
// (privateTLDs), in any case.
func privateTLD(label string) bool {
	for _, t := range privateTLDs {
		if len(label) == len(t) && strings.EqualFold(label, t) {
			return true
		}
	}
	return false
}

// privateTLDs are the last labels of privateNames.
var privateTLDs = func() []string {
	var out []string
	for _, n := range privateNames {
		out = append(out, n[strings.LastIndexByte(n, '.')+1:])
	}
	return out
}()

func userinfo(w *Weights, _ *tables, l *links.Link) (evid, bool) {
	if !l.Flags.Has(links.FlagUserinfo) {
		return evid{}, false
	}
	return evid{code: CodeUserinfo, w: w.Userinfo, cls: classForm, a: l.Host}, true
}

func scriptLink(w *Weights, _ *tables, l *links.Link) (evid, bool) {
	if !l.Flags.Has(links.FlagScriptScheme) && l.Scheme != "javascript" && l.Scheme != "data" && l.Scheme != "vbscript" {
		return evid{}, false
	}
	s := l.Scheme
	if s == "" {
		s = "script"
	}
	return evid{code: CodeScriptLink, w: w.ScriptLink, cls: classForm, a: s}, true
}

// fakeSeparatorMark in evid.b says that mixed_script found a look-alike
// dot or slash rather than mixed alphabets.
const fakeSeparatorMark = "separator"

// punycode: the host is written beyond plain ASCII; at mixed_script's
// weight when it mixes alphabets or holds a character that looks like a
// dot, a slash or a backslash and is none (links.FlagFakeSeparator:
// "microsoft.com\u2215login.evil.top" reads as a page of microsoft.com).
func punycode(w *Weights, _ *tables, l *links.Link) (evid, bool) {
	if l.Flags.Has(links.FlagFakeSeparator) {
		return evid{code: CodeMixedScript, w: w.MixedScript, cls: classForm, a: l.UnicodeHost, b: fakeSeparatorMark}, true
	}
	if l.Flags.Has(links.FlagMixedScript) {
		return evid{code: CodeMixedScript, w: w.MixedScript, cls: classForm, a: l.UnicodeHost}, true
	}
	if l.Flags.Has(links.FlagPunycode) || strings.Contains(l.Host, "xn--") {
		return evid{code: CodePunycode, w: w.Punycode, cls: classForm, a: l.Host, b: l.UnicodeHost}, true
	}
	return evid{}, false
}

// openRedirectMark in evid.b says that redirect_chain counts a single
// layer: a big site's public open redirect.
const openRedirectMark = "open"

// dropOwnRedirect returns head with the form signals form appended, less a
// redirect_chain that counts a big site's open redirect alone
// (openRedirectMark) when the message is that site's own mail (the
// redirect's registrable domain is the sender's, or of its brand family:
// l.facebook.com in mail from facebookmail.com) and no verifier failed
// it: LinkedIn's notice of a connection's shared article, YouTube's of a
// video's description links and a Facebook page's update link out through
// the site's own redirect, as every one of them does; only a stranger
// needs it to show a trusted host.
func (m *message) dropOwnRedirect(head, form []evid, l *links.Link) []evid {
	for i := range form {
		if form[i].code == CodeRedirectChain && form[i].b == openRedirectMark && m.ownRedirect(l) {
			return append(append(head, form[:i]...), form[i+1:]...)
		}
	}
	return append(head, form...)
}

// ownRedirect: the link's one layer is on the sender's registrable domain
// or on one of its brand family, and no verifier failed the sender.
func (m *message) ownRedirect(l *links.Link) bool {
	if len(l.Chain) != 1 || m.in.AuthFail != "" || m.sdom == "" {
		return false
	}
	u, err := url.Parse(l.Chain[0])
	if err != nil {
		return false
	}
	rd := registrable(strings.ToLower(u.Hostname()))
	if rd == m.sdom {
		return true
	}
	e, ok := m.t.families[rd]
	return ok && m.sdomFam != "" && e.name == m.sdomFam
}

// redirectChain: two or more wrappers/redirectors, or a chain cut short;
// or one layer that is a big site's public open redirect
// (links.FlagOpenRedirect: Bing's /ck/a, Google's AMP viewer, LinkedIn's
// /redir/redirect, Facebook's l.php, YouTube's /redirect), which nobody
// needs to link a page but to show the reader a trusted host in its place.
func redirectChain(w *Weights, _ *tables, l *links.Link) (evid, bool) {
	if l.Flags.Has(links.FlagTruncatedChain) {
		return evid{code: CodeTruncatedChain, w: w.TruncatedChain, cls: classForm}, true
	}
	if len(l.Chain) == 1 && l.Flags.Has(links.FlagOpenRedirect) {
		return evid{code: CodeRedirectChain, w: w.RedirectChain, cls: classForm, a: l.Host, b: openRedirectMark, n: [3]int32{1}}, true
	}
	if len(l.Chain) < 2 {
		return evid{}, false
	}
	return evid{code: CodeRedirectChain, w: w.RedirectChain, cls: classForm, a: l.Host, n: [3]int32{int32(len(l.Chain))}}, true
}

func shortener(w *Weights, t *tables, l *links.Link) (evid, bool) {
	h, ok := hostMatch(t.shorteners, l.Host)
	return listedHost(CodeShortener, w.Shortener, h, ok && !platformUnder(t, l.Host, h))
}

// platformUnder: host is a platform's, listed below the shortener's domain
// short (photos.app.goo.gl under goo.gl), as matchHostLists judges.
func platformUnder(t *tables, host, short string) bool {
	p, ok := hostMatch(t.platforms, host)
	s, sok := hostMatch(t.sharing, host)
	return ok && len(p) > len(short) || sok && len(s) > len(short)
}

func freeHosting(w *Weights, t *tables, l *links.Link) (evid, bool) {
	h, ok := hostMatch(t.freeHosting, l.Host)
	if !ok {
		hl := hostListMatch{}
		hl.ipfs(l)
		h, ok = hl.freeHosting, hl.isFreeHosting
	}
	return listedHost(CodeFreeHosting, w.FreeHosting, h, ok)
}

// listedHost is the form evidence of a host found (ok) under the list
// entry h of a shipped host list (shorteners, free hosting).
func listedHost(code string, weight float64, h string, ok bool) (evid, bool) {
	if !ok {
		return evid{}, false
	}
	return evid{code: code, w: weight, cls: classForm, a: h}, true
}

func suspiciousTLD(w *Weights, t *tables, l *links.Link) (evid, bool) {
	tld := l.Host[strings.LastIndexByte(l.Host, '.')+1:]
	if !t.tlds[tld] {
		return evid{}, false
	}
	return evid{code: CodeSuspiciousTLD, w: w.SuspiciousTLD, cls: classForm, a: l.Domain, b: tld}, true
}

// formKind: an HTML form or a meta refresh in mail, or a form in an
// attachment (a PDF's SubmitForm action, a form drawn in an SVG).
func formKind(w *Weights, _ *tables, l *links.Link) (evid, bool) {
	switch {
	case l.Kind == links.KindForm || l.Flags.Has(links.FlagSubmits):
		return evid{code: CodeFormLink, w: w.FormLink, cls: classForm, a: l.Host}, true
	case l.Kind == links.KindRefresh:
		return evid{code: CodeRefreshLink, w: w.RefreshLink, cls: classForm, a: l.Host}, true
	}
	return evid{}, false
}

// riskyFiles are file types that run code or hide it (or HTML pages served
// as attachments), by extension of the URL path.
var riskyFiles = map[string]bool{
	".exe": true, ".scr": true, ".bat": true, ".cmd": true, ".js": true,
	".jse": true, ".vbs": true, ".vbe": true, ".wsf": true, ".hta": true, ".msi": true,
	".ps1": true, ".jar": true, ".apk": true, ".iso": true, ".img": true, ".vhd": true,
	".lnk": true, ".zip": true, ".rar": true, ".7z": true, ".cab": true, ".docm": true,
	".xlsm": true, ".pptm": true, ".dll": true, ".pif": true, ".cpl": true, ".xll": true,
}

// riskyFile: the link downloads an executable or archive, not a program
// the web server runs for the request (serverProgram).
func riskyFile(w *Weights, _ *tables, l *links.Link) (evid, bool) {
	ext := urlExt(l.URL)
	if ext == "" || !riskyFiles[ext] && !riskyFiles[strings.ToLower(ext)] || serverProgram(l.URL, ext) {
		return evid{}, false
	}
	return evid{code: CodeRiskyFile, w: w.RiskyFile, cls: classForm, a: l.Host, b: strings.ToLower(ext)}, true
}

// serverProgram: a .dll or .exe path with a query is a program the web
// server runs for the request, answering with a page, not a file it sends:
// a .dll anywhere (an IIS ISAPI extension, such as the interlibrary-loan
// system ILLiad's illiad.dll?Action=10, which every notice it sends
// links; nobody runs a DLL by opening it), a .exe only in a cgi-bin
// directory (CGI programs, such as LISTSERV's /cgi-bin/wa.exe?A0=LIST in
// every post's footer). Invoice.exe?x=1 elsewhere still downloads a
// program.
func serverProgram(u, ext string) bool {
	q := strings.IndexByte(u, '?')
	if q < 0 || q == len(u)-1 {
		return false
	}
	switch strings.ToLower(ext) {
	case ".dll":
		return true
	case ".exe":
		return strings.Contains(strings.ToLower(u[:q]), "/cgi-bin/")
	}
	return false
}

// urlExt returns the extension (".exe") of the last path segment of an
// absolute URL, or "" when there is none or it is longer than 5 letters.
func urlExt(u string) string {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	u = beforeQuery(u)
	slash := strings.IndexByte(u, '/')
	if slash < 0 {
		return ""
	}
	u = u[slash:]
	dot := strings.LastIndexByte(u, '.')
	if dot < 0 || strings.IndexByte(u[dot:], '/') >= 0 || len(u)-dot > 6 {
		return ""
	}
	return u[dot:]
}

// beforeQuery is u up to its first "?" or "#" (two vectorised searches,
// not a loop over every byte).
func beforeQuery(u string) string {
	if i := strings.IndexByte(u, '?'); i >= 0 {
		u = u[:i]
	}
	if i := strings.IndexByte(u, '#'); i >= 0 {
		u = u[:i]
	}
	return u
}

// deepSubdomain: four or more labels above the registrable domain, a common
// way to push a borrowed name to the left of a foreign domain.
func deepSubdomain(w *Weights, _ *tables, l *links.Link) (evid, bool) {
	if l.Host == l.Domain || !dotSuffix(l.Host, l.Domain) {
		return evid{}, false
	}
	n := strings.Count(l.Host[:len(l.Host)-len(l.Domain)], ".")
	if n < 4 {
		return evid{}, false
	}
	return evid{code: CodeDeepSubdomain, w: w.DeepSubdomain, cls: classForm, a: l.Host, n: [3]int32{int32(n)}}, true
}

// rcptForms are the spellings of one recipient address searched in URLs.
type rcptForms struct {
	addr, domain string
	variants     [4]string // lowercase forms: plain, %40-escaped, base64 (std and URL); none without an address
	spelled      bool      // variants holds the escaped and base64 forms too (spell)
}

// newRcptForms returns every spelling of addr.
func newRcptForms(addr string) rcptForms {
	f := plainRcptForms(addr)
	f.spell()
	return f
}

// plainRcptForms returns the address and its domain, leaving the escaped
// and base64 forms to spell, which few URLs need (rcptInURLWith).
func plainRcptForms(addr string) rcptForms {
	addr = strings.ToLower(addr)
	f := rcptForms{addr: addr, domain: domainOf(addr)}
	if addr != "" && f.domain != "" {
		f.variants[0] = addr
	}
	return f
}

// spell adds the escaped and base64 forms, once. They are built in one
// buffer and cut from one string.
func (f *rcptForms) spell() {
	addr := f.variants[0]
	if f.spelled || addr == "" {
		return
	}
	f.spelled = true
	var stack [512]byte
	buf := appendQueryEscapeLower(stack[:0], addr)
	ends := [3]int{len(buf)}
	for i, enc := range [...]*base64.Encoding{base64.StdEncoding, base64.RawURLEncoding} {
		n := len(buf)
		buf = enc.AppendEncode(buf, []byte(addr))
		for len(buf) > n && buf[len(buf)-1] == '=' {
			buf = buf[:len(buf)-1]
		}
		ends[i+1] = len(buf)
	}
	s := string(buf)
	f.variants[1], f.variants[2], f.variants[3] = s[:ends[0]], s[ends[0]:ends[1]], s[ends[1]:ends[2]]
}

// appendQueryEscapeLower appends strings.ToLower(url.QueryEscape(s)):
// unreserved bytes stay (letters lowercased), a space becomes "+", any
// other byte "%xx" in lowercase hex (FuzzRcptForms compares).
func appendQueryEscapeLower(buf []byte, s string) []byte {
	const hex = "0123456789abcdef"
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'A' && c <= 'Z':
			buf = append(buf, c+'a'-'A')
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '-', c == '_', c == '.', c == '~':
			buf = append(buf, c)
		case c == ' ':
			buf = append(buf, '+')
		default:
			buf = append(buf, '%', hex[c>>4], hex[c&15])
		}
	}
	return buf
}

// rcptInURL: the recipient's address (plain, escaped or base64) or the
// recipient's domain appears in a link to a foreign site; kits personalise
// their landing pages this way. The caller scales it by the domain's novelty.
// u is the link's URL and lu the same in lowercase.
func rcptInURL(w *Weights, l *links.Link, u, lu string, r rcptForms) (evid, bool) {
	return rcptInURLWith(w, l, u, &urlFacts{lu: lu, unsub: unsubscribePath(lu), at: hasAt(lu), b64: b64Run(u)}, &r)
}

// urlFacts is what rcptInURL reads of a URL whatever the recipient: the
// URL in lowercase (lu), whether its path names an opt-out page (lists
// name the subscriber in their opt-out links), whether it holds an at
// sign, plain or escaped (hasAt), and, without one, its longest run of
// base64 characters (b64Run). A link computes them once for all its
// recipients.
type urlFacts struct {
	lu        string
	unsub, at bool
	b64       int32
}

func newURLFacts(u string) urlFacts {
	lu := strings.ToLower(u)
	f := urlFacts{lu: lu, unsub: unsubscribePath(lu), at: hasAt(lu)}
	if !f.at { // addressInURL reads b64 only then
		f.b64 = b64Run(u)
	}
	return f
}

// hasAt: the lowercase URL lu holds "@" or its escape "%40".
func hasAt(lu string) bool {
	return strings.IndexByte(lu, '@') >= 0 || strings.Contains(lu, "%40")
}

// b64Run is the length of the longest run of bytes of either base64
// alphabet (standard or URL-safe) in u (at most 1<<31-1): a base64 form of
// an address can only be in a URL whose run is as long as the form.
func b64Run(u string) int32 {
	best, n := 0, 0
	for i := 0; i < len(u); i++ {
		if b64Byte[u[i]] {
			n++
			continue
		}
		best, n = max(best, n), 0
	}
	return int32(min(max(best, n), math.MaxInt32))
}

// b64Byte marks the bytes of either base64 alphabet.
var b64Byte = func() (t [256]bool) {
	for _, c := range []byte("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_") {
		t[c] = true
	}
	return t
}()

// encodedMark marks rcpt_address_in_url found in base64, not in clear.
const encodedMark = "base64"

// rcptInURLWith is rcptInURL with the URL u's urlFacts.
func rcptInURLWith(w *Weights, l *links.Link, u string, f *urlFacts, r *rcptForms) (evid, bool) {
	if r.variants[0] == "" || l.Domain == "" || l.Domain == r.domain || dotSuffix(r.domain, l.Domain) || f.unsub {
		return evid{}, false
	}
	if e, ok := addressInURL(w, u, f, r); ok {
		return e, true
	}
	if len(r.domain) >= 5 && strings.Contains(f.lu, r.domain) {
		return evid{code: CodeRcptDomInURL, w: w.RcptDomInURL, cls: classForm, a: r.domain, b: l.Host}, true
	}
	return evid{}, false
}

// addressInURL: the recipient's address is in the URL u with its
// urlFacts f, plain, escaped or in base64 (rcptInURLWith). The plain and
// escaped forms hold an at sign (f.at), and a base64 form is as long as
// base64.RawStdEncoding.EncodedLen says (the padding is cut): when the
// URL has neither, nothing is searched and the forms need not be spelled.
func addressInURL(w *Weights, u string, f *urlFacts, r *rcptForms) (evid, bool) {
	if !f.at && int(f.b64) < base64.RawStdEncoding.EncodedLen(len(r.variants[0])) {
		return evid{}, false
	}
	r.spell()
	for i, v := range &r.variants {
		if i == 3 && v == r.variants[2] {
			break // the URL-safe base64 form is the standard one, not found
		}
		if i < 2 && f.at && strings.Contains(f.lu, v) || i >= 2 && strings.Contains(u, v) {
			if inFragment(u, f.lu, v, i >= 2) {
				return evid{code: CodeRcptAddrFragment, w: w.RcptAddrFragment, cls: classForm, a: r.addr}, true
			}
			e := evid{code: CodeRcptAddrInURL, w: w.RcptAddrInURL, cls: classForm, a: r.addr}
			if i >= 2 {
				e.b = encodedMark // addressedNewPlace reads it
			}
			return e, true
		}
	}
	return evid{}, false
}

// inFragment: the URL's fragment (after "#") starts with the recipient's
// address form v (base64 forms are matched in u, case kept; the others in
// lu). A browser never sends the fragment to the server: only the page's
// own script reads it, as a kit's fake sign-in page does to fill in the
// reader's address ("https://evil.example/#YW5uYUBhY21lLmV4YW1wbGU=").
// Hash routes of web applications ("#/invite?email=...") do not start so.
func inFragment(u, lu, v string, caseSensitive bool) bool {
	s := lu
	if caseSensitive {
		s = u
	}
	i := strings.IndexByte(s, '#')
	if i < 0 {
		return false
	}
	return strings.HasPrefix(s[i+1:], v)
}

// normAddr is an address as the history keys it: trimmed, without angle
// brackets, lower case.
func normAddr(s string) string {
	return strings.ToLower(strings.Trim(strings.TrimSpace(s), "<>"))
}

// domainOf returns the domain part of an address, lowercase.
func domainOf(addr string) string {
	i := strings.LastIndexByte(addr, '@')
	if i < 0 {
		return ""
	}
	return strings.ToLower(strings.Trim(addr[i+1:], "<> "))
}
