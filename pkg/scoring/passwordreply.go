package scoring

import (
	"slices"
	"strings"
)

// Credential requests without a link: "your mailbox is over its quota;
// reply to this email with your username and password to keep it". There
// is no page to lock and the answer goes wherever the Reply-To or From
// says. No service, bank or help desk asks for a password by mail, and
// they say so ("we will never ask you to send your password"), which the
// negation check keeps apart.

// replyVerbs ask the reader to write back or hand something over.
var replyVerbs = []string{"reply", "respond", "send", "provide", "submit", "email us", "e-mail us", "write back", "include"}

// secretWords name what only the reader should know.
// Kits spell the word with digits or symbols to pass word filters.
var secretWords = []string{"password", "passw0rd", "p@ssword", "pa$$word", "pa55word", "passcode", "passphrase",
	"login details", "credentials", "sign-in details", "logon details", "pin code"}

// secretPairs ask for an account's whole sign-in without "your".
var secretPairs = []string{"username and password", "user name and password", "user id and password", "login and password",
	"email and password", "e-mail and password", "email address and password"}

// negations before a verb turn the request into its opposite ("we will
// never ask you to send your password"), unless a condition holds them
// ("if you do not reply with your password, ...").
var negations = []string{"never", "not ", "n't", "n’t"}

// senderWords are the word before a verb that makes it the sender's own
// act, not a request: "we will send your password separately".
var senderWords = []string{"we", "i", "will", "shall", "would", "we'll", "i'll", "we’ll", "i’ll"}

const (
	secretWindow = 80 // bytes from the verb to the secret word
	negWindow    = 30 // bytes before the verb read for a negation
)

// passwordReply: a message asks the reader, in its subject or lead (the
// start of its text, read here whether or not it has links: a footer link
// to a brand's privacy page must not hide the request), to send their
// password ("reply with your username and password", "provide your login
// details"): a request verb, then "your" and a secret word, or a
// credential pair ("username and password"), within secretWindow bytes,
// with no negation just before the verb. Not from our own domains (a forged colleague is
// unauthenticated_internal's). The quarantine rule needs a sender nobody
// here has written to.
func (m *message) passwordReply() (evid, bool) {
	if m.in.Lead == "" && m.in.Subject == "" || m.internal {
		return evid{}, false
	}
	text := strings.ToLower(m.in.Subject + "\n" + m.in.Lead)
	if ask, ok := secretAsked(text); ok {
		return evid{code: CodePasswordReply, w: m.p.Weights.PasswordReply, cls: classIntent, a: ask}, true
	}
	return evid{}, false
}

// secretAsked finds a request verb followed by "your" and a secret word in
// lower-case text, and returns the words from the verb to the secret.
func secretAsked(text string) (string, bool) {
	for _, v := range replyVerbs {
		for off := 0; off < len(text); {
			k := strings.Index(text[off:], v)
			if k < 0 {
				break
			}
			a := off + k
			off = a + len(v)
			if a > 0 && isWordByte(text[a-1]) || notAsked(text[max(0, a-negWindow):a]) {
				continue
			}
			if end, ok := secretAfter(text[a:min(len(text), a+secretWindow)]); ok {
				return text[a : a+end], true
			}
		}
	}
	return "", false
}

// secretAfter: s (from a verb on) names the reader's secret: a credential
// pair, or "your" before a secret word. end is where the secret ends.
func secretAfter(s string) (int, bool) {
	for _, p := range secretPairs {
		if k := strings.Index(s, p); k >= 0 {
			return k + len(p), true
		}
	}
	your := strings.Index(s, "your ")
	if your < 0 {
		return 0, false
	}
	for _, w := range secretWords {
		if k := strings.Index(s[your:], w); k >= 0 {
			return your + k + len(w), true
		}
	}
	return 0, false
}

// notAsked: s, the bytes before a verb, make it no request: a negation
// without "if" or "unless", or the sender speaking of its own act.
func notAsked(s string) bool {
	words := strings.Fields(s)
	if len(words) > 0 && slices.Contains(senderWords, words[len(words)-1]) {
		return true
	}
	if strings.Contains(s, "if ") || strings.Contains(s, "unless") {
		return false
	}
	for _, n := range negations {
		if strings.Contains(s, n) {
			return true
		}
	}
	return false
}
