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

// listBypass is the author's address of a message that names a mailing
// list the envelope says did not deliver it (scoring's Input.ListBypass):
// a post judged as its list's (Message.List, the author its From), or a
// From that is the list's own address showing the author as "Name via
// List" (Message.rewritten, the author its Reply-To address), whose
// envelope sender is known and outside the list's registrable domain.
// Every list server sends its posts from an address of its own domain
// (Mailman's list-bounces@, Google Groups' list+bnc...@, ezmlm's
// list-return-...@, vger's list+bounces-...@); a stranger copying the
// list's address, its [tag] or a List-Id into mail sent from her own
// mailbox cannot. The Sender field Mailman and Google Groups write is no
// proof: the stranger copies it with the List-Id. A forwarder's SRS envelope
// (SRS0=HHH=TT=domain=local@forwarder) is read as the domain it holds.
// "" for other mail, without an author address, and when the envelope
// sender is unknown (empty: a bounce, or a replay stream without one).
//
// Scoring reads it only for a list learned to send its posts itself
// (listSent, baseline's Facts.ListSent): a replay stream whose envelope
// senders are the From addresses (Return-Path = From) shows every post so.
func (m Message) listBypass() string {
	list, author := m.listNamed()
	if author == "" || author == list || m.MailFrom == "" || sameOrg(envelopeDomain(m.MailFrom), list) {
		return ""
	}
	return author
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
// itself, from an envelope address of its own domain (baseline's
// Observation.ListSent).
func (m Message) listSent() bool {
	list, _ := m.listNamed()
	return list != "" && m.MailFrom != "" && sameOrg(envelopeDomain(m.MailFrom), list)
}

// sameOrg: domain d is in the registrable domain of the address addr.
func sameOrg(d, addr string) bool {
	d = strings.ToLower(d)
	return d != "" && registrable(d) == registrable(strings.ToLower(domainOf(addr)))
}

// envelopeDomain is the domain of an envelope sender, the original
// sender's for a forwarder's SRS address ("SRS0=HHH=TT=domain=local@fwd",
// "SRS1=HHH=fwd1==HHH=TT=domain=local@fwd2").
func envelopeDomain(a string) string {
	at := strings.LastIndexByte(a, '@')
	if at < 0 {
		return ""
	}
	local := a[:at]
	if len(local) > 5 && (strings.EqualFold(local[:5], "SRS0=") || strings.EqualFold(local[:5], "SRS1=")) {
		if i := strings.Index(local, "=="); strings.EqualFold(local[:5], "SRS1=") && i >= 0 {
			local = "SRS0=" + local[i+2:]
		}
		if f := strings.SplitN(local, "=", 5); len(f) == 5 && f[3] != "" {
			return f[3]
		}
	}
	return a[at+1:]
}
