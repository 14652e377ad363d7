package filter

import (
	"slices"
	"strings"

	"github.com/firstsight/firstsight/pkg/baseline"
)

// maxListTags and maxListAddrs bound listPosting's work on a hostile
// header: the subject tags it reads and the To/Cc addresses headerAddrs
// collects for it.
const (
	maxListTags  = 4
	maxListAddrs = 64
)

// listPosting finds the discussion list that delivered a post whose From
// the list left as the author's: the To or Cc address (addrs returns them,
// lowercase and bounded; called only when the message carries a list
// mark) that the
// message's list marks name. Either its List-Id field (RFC 2919)
// is that address with "." for "@" ("<radio-users.lists.example>" for
// radio-users@lists.example, as Mailman and Google Groups write it), or
// its Subject carries the list's tag, Mailman's and Google Groups' subject
// prefix, spelling the address's local part ("[Radio-users] ...", also
// with a post number, "[Radio-users 1234]"). A tag needs three letters or
// digits, so "[a]" or "[EXT]" names no list unless an address says so. It
// returns "" when no address matches.
func listPosting(subject, listID string, addrs func() []string) string {
	id, tags := listIDValue(listID), subjectTags(subject)
	if id == "" && len(tags) == 0 {
		return ""
	}
	as := addrs()
	if id != "" {
		for _, a := range as {
			if strings.Replace(a, "@", ".", 1) == id {
				return a
			}
		}
	}
	for _, tag := range tags {
		for _, a := range as {
			if at := strings.LastIndexByte(a, '@'); at > 0 && letters(a[:at]) == tag {
				return a
			}
		}
	}
	return ""
}

// addressed returns the To, then the Cc addresses that are neither one of
// the envelope recipients nor the authors' (the From and Sender
// addresses), at most maxListAddrs, without duplicates, and the To
// addresses among them (others): whom To names besides the recipients and
// the author. Engine.read drops our own addresses from both, then keeps
// baseline.MaxLists (ourOwnDropped), so our people named in To spend none
// of that bound and never make the message another's (Message.ToOthers).
func addressed(to, cc, rcpts, authors []string) (out, others []string) {
	for i, a := range slices.Concat(to, cc) {
		if a == "" || slices.Contains(rcpts, a) || slices.Contains(authors, a) || len(out) == maxListAddrs || slices.Contains(out, a) {
			continue
		}
		out = append(out, a)
		if i < len(to) {
			others = append(others, a)
		}
	}
	return out, others
}

// ourOwnDropped is addressed without the addresses ours reports (our own
// domains), at most baseline.MaxLists of them.
func ourOwnDropped(as []string, ours func(string) bool) []string {
	as = slices.DeleteFunc(as, ours)
	return as[:min(len(as), baseline.MaxLists)]
}

// listQuery is what a message is asked about as a mailing list's
// address (baseline/list, scoring's known_list): Addressed, unless the
// message is written to us alone, or the post is already judged as its
// list's. A list's copy names the list in To, or, answering a thread,
// names its participants in To and the list in Cc; a message whose To
// names nobody but the reader, our colleagues (in this envelope or not:
// how the MTA splits the recipients says nothing about the message) and
// its own author (From or Sender) is written to us with a list in Cc, and
// a list's address is what a lure would copy there (Message.ToOthers).
// The list's address is never required among the envelope recipients: a
// subscriber's copy never has it there. A post judged as its list's
// (Message.List) is judged on the list's own history.
func (m Message) listQuery() []string {
	if !m.ToOthers || m.List != "" {
		return nil
	}
	return m.Addressed
}

// listIDValue is the list identifier of a List-Id field: what stands
// between its angle brackets, else the whole trimmed value, lowercase.
func listIDValue(v string) string {
	if i := strings.LastIndexByte(v, '<'); i >= 0 {
		v = v[i+1:]
		if j := strings.IndexByte(v, '>'); j >= 0 {
			v = v[:j]
		}
	}
	return strings.ToLower(strings.TrimSpace(v))
}

// subjectTags returns the bracketed tags of a subject, as letters and
// digits in lower case, without a trailing post number: at most
// maxListTags of them, each of three characters or more.
func subjectTags(s string) []string {
	var out []string
	for t := range bracketed(s, '[', ']') {
		if tag := letters(withoutPostNumber(t)); len(tag) >= 3 {
			if out = append(out, tag); len(out) == maxListTags {
				break
			}
		}
	}
	return out
}

// withoutPostNumber drops a trailing " 1234" (Mailman's post counter in
// the subject prefix) from a tag.
func withoutPostNumber(tag string) string {
	t := strings.TrimRight(tag, " ")
	k := strings.TrimRight(t, "0123456789")
	if k != t && strings.HasSuffix(k, " ") {
		return k
	}
	return tag
}

// listBypass is the address of the author of a message that names a
// mailing list the envelope says did not deliver it (scoring's
// Input.ListBypass, listEnvelope): a post judged as its list's
// (Message.List, the author its From), or a From that is the list's own
// address showing the author as "Name via List" (Message.rewritten, the
// author its Reply-To address). Every list server sends its posts from an
// address of its own (Mailman's list-bounces@, Google Groups'
// list+bnc...@, ezmlm's list-return-...@, vger's list+bounces-...@); a
// stranger copying the list's address, its [tag] or a List-Id into mail
// sent from her own mailbox cannot. The Sender field Mailman and Google
// Groups write is no proof: the stranger copies it with the List-Id.
// A munged From with no author's Reply-To (none, or the list's) names the
// list's own address: the list then vouches for none of it either, though
// no author is known (scoring sets no author's history then).
// "" for other mail, without an author address, and when the envelope
// sender is unknown (a replay stream without one).
//
// Scoring reads it only for a list learned to send its posts itself
// (listSent, baseline's Facts.ListSent): a replay stream whose envelope
// senders are the From addresses (Return-Path = From) shows every post so.
func (m Message) listBypass() string {
	list, author := m.listNamed()
	if list == "" || m.listEnvelope(list) != envelopeElsewhere {
		return ""
	}
	switch {
	case author != "" && author != list:
		return author
	case m.rewritten:
		return list
	}
	return ""
}

// listNamed is the list a post names and its author (listBypass), or "".
func (m Message) listNamed() (list, author string) {
	switch {
	case m.List != "":
		return m.List, normAddr(m.author())
	case m.rewritten:
		return m.FromAddr, normAddr(m.ReplyTo)
	}
	return "", ""
}

// listSent: the post names a list (listNamed) and the list sent it
// itself (listEnvelope; baseline's Observation.ListSent).
func (m Message) listSent() bool {
	list, _ := m.listNamed()
	return list != "" && m.listEnvelope(list) == envelopeList
}

// What the envelope says of the list a post names (listEnvelope).
const (
	envelopeUnknown   = iota // no envelope sender known: a replay stream without Return-Path
	envelopeList             // the list's own delivery
	envelopeElsewhere        // anyone else's: the list did not deliver it
)

// listEnvelope tells whether the list delivered a post that names it.
// The list did when the envelope sender is its own (listsEnvelope: an
// address of its registrable domain, or on a shared list host the list's
// own; a forwarder's SRS address holding one) or one of our own domains
// (Message.envOurs: our own Google Group or forwarder re-sending the
// list's post), unless trusted Authentication-Results deny it
// (readListAuth: with them, only SPF passing for that envelope or DKIM
// passing for the list's domain counts). Without trusted results anyone
// may write the list's envelope: a forger who does so passes as the list.
// A null sender (MAIL FROM:<>) is never the list's: a list sends no post
// without a bounce address. Another list that carried the post without
// its own List-Id (a cross-post) and a list whose server moved its
// bounces to a sending service's domain are read as elsewhere.
func (m Message) listEnvelope(list string) int {
	switch {
	case m.NullSender:
		return envelopeElsewhere
	case m.MailFrom == "":
		return envelopeUnknown
	case !m.envOurs && !listsEnvelope(m.MailFrom, list), m.listAuth == listAuthFailed:
		return envelopeElsewhere
	}
	return envelopeList
}

// sharedListHosts are the hosts where each list is a name under one
// registrable domain that every list there sends from, so that the domain
// tells no list's envelope from another's, and what tells it: "local",
// the envelope's local part before its "+" is the list's local part
// (Google Groups sends a group's posts from group+bnc...@googlegroups.com);
// "host", the envelope's full host is the list's, never the bare shared
// domain (groups.io sends from bounce+GROUPID+...@ the group's host:
// bounce+...@NAME.groups.io for main@NAME.groups.io, but
// bounce+...@groups.io for every NAME@groups.io, where no envelope
// names the group and none counts as the list's).
var sharedListHosts = map[string]string{
	"googlegroups.com": "local",
	"groups.io":        "host",
}

// listsEnvelope: the envelope sender env is one the list's server sends
// the list's posts from (listEnvelope): an address of the list's
// registrable domain, the original of a forwarder's SRS address
// (srsOrigin), read on a shared list host by sharedListHosts.
func listsEnvelope(env, list string) bool {
	local, domain := envelopeOrigin(env)
	domain = strings.ToLower(domain)
	at := strings.LastIndexByte(list, '@')
	if domain == "" || at < 0 {
		return false
	}
	lh := strings.ToLower(list[at+1:])
	switch sharedListHosts[registrable(lh)] {
	case "local":
		base, _, _ := strings.Cut(local, "+")
		return domain == lh && strings.EqualFold(base, list[:at])
	case "host":
		return domain == lh && lh != registrable(lh)
	}
	return registrable(domain) == registrable(lh)
}

// envelopeOrigin is the local part and domain of an envelope sender, the
// original sender's for a forwarder's SRS address (srsOrigin).
func envelopeOrigin(a string) (local, domain string) {
	at := strings.LastIndexByte(a, '@')
	if at < 0 {
		return "", ""
	}
	if l, d, ok := srsOrigin(a[:at]); ok {
		return l, d
	}
	return a[:at], a[at+1:]
}

// srsOrigin reads the original sender a forwarder's SRS local part holds
// (the Sender Rewriting Scheme, as Mail::SRS writes it): SRS0, a separator
// ("=", "+" or "-"), then HHH=TT=domain=local ("SRS0=HHH=TT=domain=local",
// "SRS0+HHH=TT=domain=local"; also read with "+" throughout,
// "SRS0+HHH+TT+domain+local"); SRS1, a separator, HHH=forwarder=, then the
// first forwarder's SRS0 address without "SRS0"
// ("SRS1=HHH=fwd1==HHH=TT=domain=local"); Microsoft 365's
// "mailbox+SRS=HHH=TT=domain=local". The domain must hold a dot. A
// separator of "-" throughout is not read: the domain and the local part
// both may hold one.
func srsOrigin(local string) (orig, domain string, ok bool) {
	l := strings.ToLower(local)
	var body string
	switch {
	case len(l) > 5 && strings.HasPrefix(l, "srs0") && strings.IndexByte("=+-", l[4]) >= 0:
		body = local[4:]
	case len(l) > 5 && strings.HasPrefix(l, "srs1") && strings.IndexByte("=+-", l[4]) >= 0:
		f := strings.SplitN(local[5:], "=", 3) // HHH, the first forwarder, then its separator and the rest
		if len(f) < 3 || f[2] == "" {
			return "", "", false
		}
		body = f[2]
	default:
		i := strings.Index(l, "+srs=")
		if i < 0 {
			return "", "", false
		}
		body = local[i+4:]
	}
	// body: a separator, then HHH=TT=domain=local
	if body == "" || strings.IndexByte("=+-", body[0]) < 0 {
		return "", "", false
	}
	sep, body := body[0], body[1:]
	f := strings.SplitN(body, "=", 4)
	if len(f) < 4 && sep == '+' {
		f = strings.SplitN(body, "+", 4)
	}
	if len(f) < 4 || !strings.Contains(f[2], ".") || f[3] == "" {
		return "", "", false
	}
	return f[3], f[2], true
}
