package scoring

import (
	"strings"

	"github.com/firstsight/firstsight/pkg/links"
)

// URL shape: how a phishing kit names its landing page. Both signals are
// scaled by the link domain's novelty (a sign-in page of an established
// site is ordinary) and are not applied to the sender's own site (a
// service linking its own login page is ordinary service mail).

// loginPathWords are path tokens that name a sign-in, verification or
// account page. Written from general knowledge of phishing kit paths
// (the same idea as SpamAssassin's URI rules), not fitted to any corpus.
// "update" and "confirm" are left out: newsletters use them for
// subscription pages.
var loginPathWords = map[string]bool{
	"login": true, "logon": true, "signin": true, "signon": true, "sso": true,
	"verify": true, "verification": true, "validate": true, "validation": true,
	"auth": true, "authenticate": true, "authentication": true, "webscr": true,
	"password": true, "passwd": true, "unlock": true, "reactivate": true,
	"recovery": true, "secure": true, "security": true, "account": true,
	"accounts": true, "wallet": true, "owa": true,
}

// unsubscribeWords are path tokens of a mailing list's opt-out or
// preference page, which carry the subscriber's address by design (RFC 8058
// one-click links do too).
var unsubscribeWords = map[string]bool{
	"unsubscribe": true, "unsub": true, "optout": true, "remove": true,
	"preferences": true, "subscription": true, "subscriptions": true,
}

// unsubscribePath: the URL path names an opt-out or preference page
// ("opt-out" and "opt_out" count joined).
func unsubscribePath(u string) bool {
	var prev string
	for tok := range pathTokens(u) {
		if unsubscribeWords[tok] || prev != "" && unsubscribeWords[prev+tok] {
			return true
		}
		prev = tok
	}
	return false
}

// loginPath: a token of the URL path (before the query) names a sign-in or
// account page; two neighbouring tokens count joined ("sign-in", "log_on").
// The words of a slug (slugRuns) are an article's title, not the page's
// function: a changelog entry ".../2026-10-01-npm-publishing-security" or
// a help article ".../configuring-two-factor-authentication" is about
// security, not a sign-in form; a kit names its page in a word or three
// ("/secure/login", "/account-verify/"). Only a word that names a sign-in
// page and no topic (slugSignInWords: "login", "sign-in") counts in a
// slug, which the kit's author writes as freely: a kit's
// "/office365-secure-login-portal" is its sign-in page.
func loginPath(w *Weights, l *links.Link, novel float64) (evid, bool) {
	if word := loginWord(l.URL); word != "" {
		return evid{code: CodeLoginPath, w: w.LoginPath * novel, cls: classForm, a: l.Domain, b: word}, true
	}
	return evid{}, false
}

// loginWord is the word of the absolute URL u's path that names a sign-in
// or account page as loginPath reads it, or "".
func loginWord(u string) string {
	var prev string
	for seg := range strings.SplitSeq(urlPath(u), "/") {
		words := loginPathWords
		if slugRuns(seg) {
			words, prev = slugSignInWords, ""
		}
		for tok := range wordRuns(seg) {
			switch {
			case words[tok]:
				return tok
			case prev != "" && words[prev+tok]:
				return prev + tok
			}
			prev = tok
		}
	}
	return ""
}

// slugSignInWords are the loginPathWords that name a sign-in page, not
// a topic an article's title may hold (security, account, verification,
// password: "how-to-change-your-password").
var slugSignInWords = map[string]bool{
	"login": true, "logon": true, "signin": true, "signon": true, "webscr": true, "owa": true,
}

// slugWords is how many words make a path segment a slug (an article's
// title joined with hyphens) rather than a page's name.
const slugWords = 4

// slugRuns: the path segment is slugWords or more letter-and-digit runs
// joined by single hyphens and nothing else, as a title's slug is; a kit's
// segments that string words with "_", "=", "&" or "." do not count.
func slugRuns(seg string) bool {
	n := 0
	for i := 0; i < len(seg); i++ {
		switch {
		case isWordByte(seg[i]):
			if i == 0 || seg[i-1] == '-' {
				n++
			}
		case seg[i] != '-' || i == 0 || i == len(seg)-1 || seg[i-1] == '-':
			return false
		}
	}
	return n >= slugWords
}

// pathTokens yields the lowercase letter-and-digit runs of a URL's path,
// without the scheme, host, query and fragment.
func pathTokens(u string) func(func(string) bool) {
	return wordRuns(urlPath(u))
}

// wordRuns yields the lowercase letter-and-digit runs of s.
func wordRuns(s string) func(func(string) bool) {
	return func(yield func(string) bool) {
		for w := range wordsOf(s) {
			if !yield(strings.ToLower(w)) {
				return
			}
		}
	}
}

// wordsOf yields the letter-and-digit runs of s (isWordByte) as written.
func wordsOf(s string) func(func(string) bool) {
	return func(yield func(string) bool) {
		for i := 0; i < len(s); {
			for i < len(s) && !isWordByte(s[i]) {
				i++
			}
			j := i
			for j < len(s) && isWordByte(s[j]) {
				j++
			}
			if j > i && !yield(s[i:j]) {
				return
			}
			i = j
		}
	}
}

// hyphenatedHost: a label of the host, left of the public suffix, strings
// three or more words of two letters or more together with hyphens
// ("secure-account-update", "apple-id-verify"), the way throwaway phishing
// domains borrow trust. Punycode labels ("xn--") are not words.
func hyphenatedHost(w *Weights, l *links.Link, novel float64) (evid, bool) {
	host := l.Host
	if l.Flags.Has(links.FlagIPLiteral) || host == "" {
		return evid{}, false
	}
	if i := strings.LastIndexByte(host, '.'); i >= 0 {
		host = host[:i] // the top-level label never holds words
	}
	best := 0
	for label := range strings.SplitSeq(host, ".") {
		if strings.HasPrefix(label, "xn--") {
			continue
		}
		best = max(best, hyphenWords(label))
	}
	if best < 3 {
		return evid{}, false
	}
	return evid{code: CodeHyphenatedHost, w: w.HyphenatedHost * novel, cls: classForm, a: l.Host, n: [3]int32{int32(best)}}, true
}

// hyphenWords counts the hyphen-separated parts of a label that hold two
// letters or more.
func hyphenWords(label string) int {
	if strings.IndexByte(label, '-') < 0 {
		return 0
	}
	n := 0
	for part := range strings.SplitSeq(label, "-") {
		letters := 0
		for i := 0; i < len(part); i++ {
			if c := part[i]; c >= 'a' && c <= 'z' {
				letters++
			}
		}
		if letters >= 2 {
			n++
		}
	}
	return n
}
