package filter

import (
	"bufio"
	"bytes"
	"iter"
	"mime"
	"slices"
	"strings"

	"github.com/emersion/go-message"
	"github.com/emersion/go-message/charset"
	"github.com/emersion/go-message/mail"
	"github.com/emersion/go-message/textproto"

	"github.com/firstsight/firstsight/pkg/baseline"
)

// readMessage reads the header facts scoring needs. A broken header yields
// empty fields, never an error: the links and envelope still count.
func readMessage(msg []byte, env Envelope) Message {
	m := Message{Envelope: env}
	m.MailFrom = normAddr(env.MailFrom)
	m.Recipients = make([]string, 0, len(env.Recipients))
	for _, rc := range env.Recipients {
		m.Recipients = append(m.Recipients, normAddr(rc))
	}
	h := readHeader(msg)
	if as, err := h.AddressList("From"); err == nil && len(as) > 0 {
		m.FromAddr, m.FromName = normAddr(as[0].Address), quotedWords(strings.TrimSpace(as[0].Name))
	} else {
		m.FromAddr = lenientFromAddr(h.Get("From")) // what a mail program would still show
	}
	m.ReplyTo = replyAddr(h, m.FromAddr)
	if s, err := h.Subject(); err == nil {
		m.Subject = s
	} else {
		m.Subject = h.Get("Subject")
	}
	m.MessageID = messageID(h.Get("Message-Id"))
	m.Thread = threadRefs(h.Get("In-Reply-To"), h.Get("References"))
	m.AuthResults = h.Values("Authentication-Results")
	listID := h.Get("List-Id")
	m.ListID = listID != ""
	m.ListMail = m.ListID
	to, cc := headerAddrs(h, "To"), headerAddrs(h, "Cc")
	m.List = listPosting(m.Subject, listID, func() []string { return slices.Concat(to, cc)[:min(len(to)+len(cc), maxListAddrs)] })
	m.Addressed, m.toOthers = addressed(to, cc, m.Recipients, []string{m.author(), firstAddr(h, "Sender")})
	m.ToOthers = len(m.toOthers) > 0 // Engine.read leaves out our own
	if author, ok := listRewrittenFrom(m.FromName, m.FromAddr); ok {
		m.ListMail, m.FromName, m.rewritten = true, listAuthor(author, m.ReplyTo), true
	}
	m.FromMalformed = fromMalformed(h.Values("From"))
	return m
}

// listAuthor is the display name of a post whose From a list rewrote to
// its own address, given the author part before " via ": that is what the
// name signals read (a brand's name there is still a brand's name), and
// an author shown by the address the list also put in Reply-To is no name
// at all. Applying it twice changes nothing.
func listAuthor(author, replyTo string) string {
	if normAddr(author) == replyTo {
		return ""
	}
	return author
}

// quotedWords decodes the RFC 2047 encoded words left in a display name
// (From: "=?utf-8?b?UGF5UGFs?=" <x@y.example>): the standard forbids them
// inside a quoted string, so the address parser keeps them as written, but
// mail programs decode them there too and show the name (PayPal), which
// every rule reading the name (brand_name_mismatch, shadow_identity,
// org_in_name) must then see, as the history that names teach must. A
// name without "=?", or one that does not decode, is kept as it is; bytes
// a word's charset does not hold read as U+FFFD.
func quotedWords(name string) string {
	if !strings.Contains(name, "=?") {
		return name
	}
	if d, err := quotedWordDecoder.DecodeHeader(name); err == nil {
		return strings.TrimSpace(strings.ToValidUTF8(d, "\uFFFD"))
	}
	return name
}

var quotedWordDecoder = mime.WordDecoder{CharsetReader: charset.Reader}

// readHeader parses the top-level header; a broken header yields what
// could be read, possibly nothing.
func readHeader(msg []byte) mail.Header {
	th, _ := textproto.ReadHeader(bufio.NewReader(bytes.NewReader(msg)))
	return mail.Header{Header: message.Header{Header: th}}
}

// threadRefs returns the Message-IDs a message answers: In-Reply-To's,
// then References' from the last (the newest) back, without duplicates, at
// most baseline.MaxThreadRefs (all a lookup reads).
func threadRefs(inReplyTo, references string) []string {
	var out []string
	add := func(id string) {
		if len(out) < baseline.MaxThreadRefs && !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	for _, id := range msgIDs(inReplyTo) {
		add(id)
	}
	refs := msgIDs(references)
	for i := len(refs) - 1; i >= 0; i-- {
		add(refs[i])
	}
	return out
}

// messageID is the first msg-id of a Message-ID field, else the whole
// value without its angle brackets (a client that left them out).
func messageID(v string) string {
	if ids := msgIDs(v); len(ids) > 0 {
		return ids[0]
	}
	return strings.Trim(strings.TrimSpace(v), "<>")
}

// msgIDs returns the "<...>" tokens of a field value (RFC 5322 msg-id),
// leniently: anything between angle brackets without white space, so
// comments and junk between them are skipped.
func msgIDs(v string) []string {
	var out []string
	for id := range bracketed(v, '<', '>') {
		if id != "" && !strings.ContainsAny(id, " \t\r\n") {
			out = append(out, id)
		}
	}
	return out
}

// bracketed yields what stands between each open byte and the next close
// byte, with no other open byte between them: "<a <b>" yields "b", and an
// open byte that is never closed yields nothing. msgIDs and subjectTags
// read their fields with it.
func bracketed(s string, open, close byte) iter.Seq[string] {
	return func(yield func(string) bool) {
		for {
			i := strings.IndexByte(s, open)
			if i < 0 {
				return
			}
			s = s[i+1:]
			j := strings.IndexByte(s, close)
			if j < 0 {
				return
			}
			if k := strings.IndexByte(s[:j], open); k >= 0 {
				s = s[k:] // a later open byte starts the run
				continue
			}
			if !yield(s[:j]) {
				return
			}
			s = s[j+1:]
		}
	}
}

// headerAddrs returns the addresses of the given fields, lowercase, at
// most maxListAddrs of them; a field that does not parse gives none.
func headerAddrs(h mail.Header, keys ...string) []string {
	var out []string
	for _, k := range keys {
		as, err := h.AddressList(k)
		if err != nil {
			continue
		}
		for _, a := range as {
			if len(out) == maxListAddrs {
				return out
			}
			out = append(out, normAddr(a.Address))
		}
	}
	return out
}

func firstAddr(h mail.Header, keys ...string) string {
	for _, k := range keys {
		if as, err := h.AddressList(k); err == nil && len(as) > 0 {
			return normAddr(as[0].Address)
		}
	}
	return ""
}

// replyAddr is the Reply-To address judged: the first whose registrable
// domain is not the From address's, else the first. Mail programs answer
// every Reply-To address, so "Reply-To: kevin@partner.example,
// kevin@partner-finance.example" sends the answer, and the payment details
// in it, to the second as well; judged by the first, it diverted nothing.
func replyAddr(h mail.Header, from string) string {
	as := replyAddrs(h)
	if len(as) == 0 {
		return ""
	}
	own := registrable(strings.ToLower(domainOf(from)))
	for _, a := range as {
		if d := registrable(domainOf(a)); d != "" && d != own {
			return a
		}
	}
	return as[0]
}

// replyAddrs are the Reply-To addresses, lowercase, at most maxListAddrs
// of them. A field the strict parser refuses (an entry without an
// address, an Outlook ";") is read entry by entry as lenientFromAddr
// reads a From: mail programs still answer the addresses in it, and a
// refused field otherwise judged no Reply-To at all.
func replyAddrs(h mail.Header) []string {
	var out []string
	if as, err := h.AddressList("Reply-To"); err == nil {
		for _, a := range as[:min(len(as), maxListAddrs)] {
			out = append(out, normAddr(a.Address))
		}
		return out
	}
	for _, e := range fromEntries(h.Get("Reply-To")) {
		if a, ok := entryAddress(e); ok && len(out) < maxListAddrs {
			out = append(out, normAddr(a))
		}
	}
	return out
}

// otherReply is the Reply-To address judged (replyAddr) when a release
// can teach it: what a lock or quarantine record keeps for a release
// that trusts it (Admin.Learn's teachReply); "" without one, and for the
// sender's own address or one in our own domains (Message.replyOurs),
// which teachReply never teaches, so that the release's answer (lock's
// reply_to: trusted, taught) says only what the baseline learned.
func (m Message) otherReply() string {
	r := normAddr(m.ReplyTo)
	if r == "" || !strings.Contains(r, "@") || m.replyOurs || r == normAddr(m.sender()) || r == normAddr(m.author()) {
		return ""
	}
	return r
}

// sender is the address judged as the sender: the list a post came
// through (Message.List), else the header From (what the reader sees),
// else the envelope sender.
func (m Message) sender() string {
	if m.List != "" {
		return m.List
	}
	return m.author()
}

// author is the header From address, else the envelope sender.
func (m Message) author() string {
	if m.FromAddr != "" {
		return m.FromAddr
	}
	return m.MailFrom
}

func normAddr(a string) string {
	return strings.ToLower(strings.Trim(strings.TrimSpace(a), "<>"))
}

func domainOf(addr string) string {
	if i := strings.LastIndexByte(addr, '@'); i >= 0 {
		return addr[i+1:]
	}
	return ""
}
