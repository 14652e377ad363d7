package filter

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The list, its members and the posts of the list-bypass tests.
const (
	bpListDom = "lists.npo-assoc.example"
	bpList    = "fundraisers@" + bpListDom
	bpBounces = "fundraisers-bounces@" + bpListDom
	bpRcpt    = "alice@corp.example"
	bpMember  = "pnguyen@harborarts.example"
	bpSecond  = "pat.nguyen.home@gmail.com"
	// bpListFields are the fields the list adds to its posts.
	bpListFields = "List-Id: Fundraisers <fundraisers." + bpListDom + ">\r\nSender: " + bpBounces + "\r\nPrecedence: list\r\n"
)

// bpPost is a plain-text post with the given fields (extra: more fields,
// each ending in CRLF).
func bpPost(from, to, cc, subject, extra, body string) []byte {
	h := "From: " + from + "\r\nTo: " + to + "\r\n"
	if cc != "" {
		h += "Cc: " + cc + "\r\n"
	}
	return []byte(h + "Subject: " + subject + "\r\n" + extra + "Message-ID: <" + strconv.Itoa(len(body)) + "." + strconv.Itoa(len(from)+len(subject)) +
		"@test>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + strings.ReplaceAll(body, "\n", "\r\n"))
}

// A stranger in a list member's name who copies the list (its address in
// Cc or To with the list's [tag], or a List-Id) or writes the list's own
// address as "Pat Nguyen via Fundraisers" passes as the list's post only
// when the list delivered it: a post sent straight from the stranger's
// mailbox (its envelope sender outside the list's domain, no Sender field
// of the list's) asking to pay, to sign in or to download is a
// shadow_identity (listBypassShadow) and the list vouches for none of it,
// so it is quarantined, whether or not the reader posts to the list. A
// member's new address posting through the real list (the list's
// envelope), the list's own munged copy of a member's post, its digest,
// the member's own copy of a reply sent straight to the reader, a new
// address that asks nothing and a forwarder's SRS envelope of the list's
// domain stay as they were, and so does everything when the list was never
// seen sending its own posts (a replay stream's envelope senders are the
// From addresses: the rule cannot tell there).
func TestListBypassImpostor(t *testing.T) {
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	const (
		listDom, list, bounces = bpListDom, bpList, bpBounces
		rcpt, member, second   = bpRcpt, bpMember, bpSecond // a member's second address, or a stranger's
		listFields             = bpListFields
	)
	post := bpPost
	const (
		gifts    = "Hi Alice,\nI'm stuck at the conference and can't take calls. Could you pick up four $200 Amazon gift cards for our raffle today? Send me photos of the codes.\nPat\n"
		wire     = "Hi Alice,\nplease wire the $2,400 conference deposit today to the account on the attached invoice, the hotel changed banks.\nPat\n"
		signIn   = "Hi all,\nthe association moved the member library. Sign in with your email and password to download the templates:\nhttps://npo-member-library.example/login?next=templates\nPat\n"
		ownSite  = "Hi all,\nthe template is in our member library, sign in with your member account to download it:\nhttps://npo-assoc.example/members/library/gift-policy\nPat\n"
		ordinary = "Hi all,\nhere are the slides from our planned giving session, comments welcome:\nhttps://npo-assoc.example/events/planned-giving-slides\nPat\n"
	)
	named := "\"Pat Nguyen\" <"
	via := "\"Pat Nguyen via Fundraisers\" <" + list + ">"
	for _, tc := range []struct {
		name       string
		raw        []byte
		mailFrom   string
		readerPost bool // alice posted to the list before
		replayed   bool // the list's posts were learned with their authors' envelopes (a replay stream's Return-Path = From)
		shadow     bool
		held       bool // quarantined
	}{
		// forgeries: straight from the stranger's mailbox
		{"Cc the list with its tag, gift cards", post(named+second+">", rcpt, "Fundraisers <"+list+">", "[Fundraisers] quick favor", "", gifts), second, false, false, true, true},
		{"the same to a reader who posts to the list", post(named+second+">", rcpt, "Fundraisers <"+list+">", "[Fundraisers] quick favor", "", gifts), second, true, false, true, true},
		{"To the list with a List-Id, sign in at a new site", post(named+second+">", "Fundraisers <"+list+">", "", "[Fundraisers] member library moved", "List-Id: <fundraisers."+listDom+">\r\n", signIn), second, false, false, true, true},
		{"a List-Id alone, Cc the list, a wire", post(named+second+">", rcpt, list, "conference deposit", "List-Id: <fundraisers."+listDom+">\r\n", wire), second, false, false, true, true},
		{"a forged munged From, Reply-To the stranger", post(via, rcpt, "", "[Fundraisers] quick favor", "Reply-To: "+second+"\r\n", gifts), "bounce@relay-mailer.example", false, false, true, true},
		{"a forged munged From to a reader who posts to the list", post(via, list, "", "[Fundraisers] member library moved", "Reply-To: "+second+"\r\n", signIn), second, true, false, true, true},
		{"the list's fields copied, Sender included", post(named+second+">", "Fundraisers <"+list+">", "", "[Fundraisers] quick favor", listFields, gifts), second, false, false, true, true},
		// legitimate shapes
		{"her second address through the list, sign in at the association", post(named+second+">", "Fundraisers <"+list+">", "", "[Fundraisers] member library", listFields, ownSite), bounces, false, false, false, false},
		{"her second address through the list, a new site's sign-in", post(named+second+">", "Fundraisers <"+list+">", "", "[Fundraisers] member library moved", listFields, signIn), bounces, false, false, false, false},
		{"her second address through the list with no Sender field", post(named+second+">", "Fundraisers <"+list+">", "", "[Fundraisers] member library", "List-Id: <fundraisers."+listDom+">\r\n", ownSite), "fundraisers-bounces+alice=corp.example@" + listDom, false, false, false, false},
		{"the list's munged copy of her post", post(via, list, "", "[Fundraisers] member library", listFields+"Reply-To: "+member+"\r\n", ownSite), bounces, false, false, false, false},
		{"the list's munged copy of her second address's post", post(via, list, "", "[Fundraisers] member library", listFields+"Reply-To: "+second+"\r\n", ownSite), bounces, false, false, false, false},
		{"the list's munged copy, envelope through a forwarder (SRS)", post(via, list, "", "[Fundraisers] member library", "List-Id: <fundraisers."+listDom+">\r\nReply-To: "+second+"\r\n", signIn), "SRS0=x7Qa=KV=" + listDom + "=fundraisers-bounces@fwd.example", false, false, false, false},
		{"the list's digest", post("fundraisers-request@"+listDom, "Fundraisers <"+list+">", "", "Fundraisers Digest, Vol 4, Issue 12", listFields,
			"Today's Topics:\n 1. member library (Pat Nguyen)\n\nFrom: Pat Nguyen <"+member+">\n"+ownSite), bounces, false, false, false, false},
		{"her own copy of a reply, from the address she posts from", post(named+member+">", rcpt, "Fundraisers <"+list+">", "Re: [Fundraisers] gift policy", "", ownSite), member, false, false, false, false},
		{"her second address's own copy of a reply, asking nothing", post(named+second+">", rcpt, "Fundraisers <"+list+">", "Re: [Fundraisers] planned giving", "", ordinary), second, false, false, false, false},
		{"an unknown name Cc the list, gift cards", post("\"Kim Osei\" <kim.osei.npo@gmail.com>", rcpt, "Fundraisers <"+list+">", "[Fundraisers] quick favor", "", gifts), "kim.osei.npo@gmail.com", false, false, false, false},
		// a list never seen sending its own posts: a replay stream whose envelope senders are the From addresses
		{"Cc the list with its tag, gift cards, the list's posts replayed", post(named+second+">", rcpt, "Fundraisers <"+list+">", "[Fundraisers] quick favor", "", gifts), second, false, true, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := testEngine(t)
			if tc.readerPost {
				m := msg("Alice <"+rcpt+">", "Fundraisers <"+list+">", "[Fundraisers] year-end appeal timing", "text/plain; charset=utf-8", "When do you all mail it?\n")
				deliver(t, e, []byte(m.raw), rcpt, list, at, true)
			}
			for d := range 6 {
				raw := post(named+member+">", "Fundraisers <"+list+">", "", "[Fundraisers] post "+strconv.Itoa(d), listFields,
					"Sharing our policy: https://npo-assoc.example/about/policies\nPat\n")
				env := bounces
				if tc.replayed {
					env = member
				}
				deliver(t, e, raw, env, rcpt, at.AddDate(0, 0, 1+d), false)
			}
			r := deliver(t, e, tc.raw, tc.mailFrom, rcpt, at.AddDate(0, 0, 10), false)
			codes := r.ReasonCodes()
			if got := slices.Contains(codes, "shadow_identity"); got != tc.shadow || (r.Action == ActionQuarantine) != tc.held {
				t.Errorf("shadow_identity %v, %s; want %v, quarantined %v (%v)", got, r.Action, tc.shadow, tc.held, codes)
			}
		})
	}
}

// TestListBypass: which messages name a list the envelope says did not
// deliver them, and whose author they then name.
func TestListBypass(t *testing.T) {
	const list = "fundraisers@lists.npo-assoc.example"
	for _, tc := range []struct {
		name string
		m    Message
		want string
	}{
		{"a post from the author's mailbox", Message{List: list, FromAddr: "pat@gmail.com", Envelope: Envelope{MailFrom: "pat@gmail.com"}}, "pat@gmail.com"},
		{"a post from the list's bounce address", Message{List: list, FromAddr: "pat@gmail.com", Envelope: Envelope{MailFrom: "fundraisers-bounces@lists.npo-assoc.example"}}, ""},
		{"a post from another host of the list's domain", Message{List: list, FromAddr: "pat@gmail.com", Envelope: Envelope{MailFrom: "owner@mail.npo-assoc.example"}}, ""},

		{"a post through an SRS forwarder", Message{List: list, FromAddr: "pat@gmail.com", Envelope: Envelope{MailFrom: "srs0=ab12=kv=lists.npo-assoc.example=fundraisers-bounces@fwd.example"}}, ""},
		{"a post through two SRS forwarders", Message{List: list, FromAddr: "pat@gmail.com", Envelope: Envelope{MailFrom: "SRS1=xy=fwd1.example==ab12=kv=lists.npo-assoc.example=fundraisers-bounces@fwd2.example"}}, ""},
		{"an SRS address of another domain", Message{List: list, FromAddr: "pat@gmail.com", Envelope: Envelope{MailFrom: "SRS0=ab12=kv=gmail.com=pat@fwd.example"}}, "pat@gmail.com"},
		{"no envelope sender", Message{List: list, FromAddr: "pat@gmail.com"}, ""},
		{"a munged From, Reply-To the author", Message{rewritten: true, FromAddr: list, ReplyTo: "pat@gmail.com", Envelope: Envelope{MailFrom: "x@relay.example"}}, "pat@gmail.com"},
		{"a munged From without Reply-To: the list's own address", Message{rewritten: true, FromAddr: list, Envelope: Envelope{MailFrom: "x@relay.example"}}, list},
		{"a munged From with Reply-To the list", Message{rewritten: true, FromAddr: list, ReplyTo: list, Envelope: Envelope{MailFrom: "x@relay.example"}}, list},
		{"a munged From without Reply-To from the list", Message{rewritten: true, FromAddr: list, Envelope: Envelope{MailFrom: "fundraisers-bounces@lists.npo-assoc.example"}}, ""},
		{"a munged From without Reply-To, no envelope sender", Message{rewritten: true, FromAddr: list}, ""},
		// a null sender (MAIL FROM:<>) is no list's; an unknown one says nothing
		{"a post with a null envelope sender", Message{List: list, FromAddr: "pat@gmail.com", Envelope: Envelope{NullSender: true}}, "pat@gmail.com"},
		{"a munged From with a null envelope sender", Message{rewritten: true, FromAddr: list, ReplyTo: "pat@gmail.com", Envelope: Envelope{NullSender: true}}, "pat@gmail.com"},
		// forwarders' SRS forms
		{"Microsoft 365's SRS address", Message{List: list, FromAddr: "pat@gmail.com", Envelope: Envelope{MailFrom: "alice+srs=44ldt=ix=lists.npo-assoc.example=fundraisers-bounces@contoso.example"}}, ""},
		{"Microsoft 365's SRS address of another domain", Message{List: list, FromAddr: "pat@gmail.com", Envelope: Envelope{MailFrom: "alice+srs=44ldt=ix=gmail.com=pat@contoso.example"}}, "pat@gmail.com"},
		{"SRS0 with a + separator", Message{List: list, FromAddr: "pat@gmail.com", Envelope: Envelope{MailFrom: "srs0+ab12=kv=lists.npo-assoc.example=fundraisers-bounces@fwd.example"}}, ""},
		{"SRS0 with a - separator", Message{List: list, FromAddr: "pat@gmail.com", Envelope: Envelope{MailFrom: "srs0-ab12=kv=lists.npo-assoc.example=fundraisers-bounces@fwd.example"}}, ""},
		{"SRS0 with + throughout", Message{List: list, FromAddr: "pat@gmail.com", Envelope: Envelope{MailFrom: "srs0+ab12+kv+lists.npo-assoc.example+fundraisers-bounces@fwd.example"}}, ""},
		{"SRS1 with a + separator", Message{List: list, FromAddr: "pat@gmail.com", Envelope: Envelope{MailFrom: "srs1+xy=fwd1.example=+ab12=kv=lists.npo-assoc.example=fundraisers-bounces@fwd2.example"}}, ""},
		{"an SRS-like address holding no domain", Message{List: list, FromAddr: "pat@gmail.com", Envelope: Envelope{MailFrom: "bounces+srs=dmmzc=v3@contoso.example"}}, "pat@gmail.com"},
		// our own domains re-sending the list's post (Engine.read's envOurs)
		{"our own Google Group re-sending it", Message{List: list, FromAddr: "pat@gmail.com", Envelope: Envelope{MailFrom: "board+bncbaabbxy7q@corp.example"}, envOurs: true}, ""},
		// shared list hosts: the list's own bounce address, not any group's
		{"a Google Group's own bounce address", Message{List: "radio-users@googlegroups.com", FromAddr: "pat@gmail.com", Envelope: Envelope{MailFrom: "radio-users+bncbdtztrgmxifbb@googlegroups.com"}}, ""},
		{"another Google Group's bounce address", Message{List: "radio-users@googlegroups.com", FromAddr: "pat@gmail.com", Envelope: Envelope{MailFrom: "scam-board+bncbdtztrgmxifbb@googlegroups.com"}}, "pat@gmail.com"},
		{"another Google Group's, forwarded with SRS", Message{List: "radio-users@googlegroups.com", FromAddr: "pat@gmail.com", Envelope: Envelope{MailFrom: "srs0=ab12=kv=googlegroups.com=scam-board+bncx@fwd.example"}}, "pat@gmail.com"},
		{"a groups.io group's own host", Message{List: "main@radio.groups.io", FromAddr: "pat@gmail.com", Envelope: Envelope{MailFrom: "bounce+64575+143+45+81@radio.groups.io"}}, ""},
		{"another groups.io group's host", Message{List: "main@radio.groups.io", FromAddr: "pat@gmail.com", Envelope: Envelope{MailFrom: "bounce+64575+143+45+81@scam.groups.io"}}, "pat@gmail.com"},
		{"groups.io's shared host, where no envelope names the group", Message{List: "radio@groups.io", FromAddr: "pat@gmail.com", Envelope: Envelope{MailFrom: "bounce+16102+158+1808+3934@groups.io"}}, "pat@gmail.com"},
		{"a munged From from the list", Message{rewritten: true, FromAddr: list, ReplyTo: "pat@gmail.com", Envelope: Envelope{MailFrom: "fundraisers-bounces@lists.npo-assoc.example"}}, ""},
		{"no list", Message{FromAddr: "pat@gmail.com", Envelope: Envelope{MailFrom: "pat@gmail.com"}}, ""},
	} {
		if got := tc.m.listBypass(); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

// A post the list did not deliver teaches no list author's name: a
// stranger's first copy of the list in a member's name, asking nothing,
// is accepted, but her private lure from the same address after it is
// still the list form of shadow_identity, and held; the same post
// delivered by the list does teach it (the member's second address).
func TestListBypassTeachesNoAuthorName(t *testing.T) {
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	const (
		listDom  = "lists.npo-assoc.example"
		list     = "fundraisers@" + listDom
		bounces  = "fundraisers-bounces@" + listDom
		rcpt     = "alice@corp.example"
		stranger = "pat.nguyen.home@gmail.com"
	)
	for _, tc := range []struct {
		name     string
		mailFrom string // of the first post in the name from the new address
		shadow   bool
	}{
		{"the first post straight from her mailbox", stranger, true},
		{"the first post through the list", bounces, false},
	} {
		e := testEngine(t)
		for d := range 6 {
			raw := "From: \"Pat Nguyen\" <pnguyen@npo-assoc.example>\r\nTo: Fundraisers <" + list + ">\r\nSubject: [Fundraisers] post " + strconv.Itoa(d) +
				"\r\nList-Id: Fundraisers <fundraisers." + listDom + ">\r\nMessage-ID: <p" + strconv.Itoa(d) + "@test>\r\n\r\nSharing our policy.\r\n"
			deliver(t, e, []byte(raw), bounces, rcpt, at.AddDate(0, 0, 1+d), false)
		}
		first := "From: \"Pat Nguyen\" <" + stranger + ">\r\nTo: Fundraisers <" + list + ">\r\nSubject: [Fundraisers] hello from home" +
			"\r\nList-Id: Fundraisers <fundraisers." + listDom + ">\r\nMessage-ID: <first@test>\r\n\r\nWriting from my home address this week.\r\n"
		if r := deliver(t, e, []byte(first), tc.mailFrom, rcpt, at.AddDate(0, 0, 8), false); r.Action != ActionAccept {
			t.Fatalf("%s: the first post %s (%v)", tc.name, r.Action, r.ReasonCodes())
		}
		m := msg("\"Pat Nguyen\" <"+stranger+">", rcpt, "quick favor", "text/plain; charset=utf-8",
			"Hi Alice,\nI'm stuck at the conference and can't take calls. Could you pick up four $200 Amazon gift cards today? Send me photos of the codes.\nPat\n")
		r := deliver(t, e, []byte(m.raw), stranger, rcpt, at.AddDate(0, 0, 9), false)
		if got := slices.Contains(r.ReasonCodes(), "shadow_identity"); got != tc.shadow || (r.Action == ActionQuarantine) != tc.shadow {
			t.Errorf("%s: the private lure: shadow_identity %v, %s; want %v (%v)", tc.name, got, r.Action, tc.shadow, r.ReasonCodes())
		}
	}
}

// The envelope a forger chooses does not make her post the list's: a null
// sender (MAIL FROM:<>) is no list's, and with trusted
// Authentication-Results the list's own envelope counts only when SPF
// passes for it or DKIM for the list's domain (a forwarder's SRS address:
// DKIM). A munged "Pat Nguyen via Fundraisers" From at the list's own
// address with no author's Reply-To, sent from elsewhere, gets no pair
// credit from the list. Real posts stay the list's: through Microsoft
// 365's or another forwarder's SRS address, re-sent by our own Google
// Group, or passing the list's SPF or DKIM.
func TestListBypassEnvelope(t *testing.T) {
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	const (
		listDom, list, bounces = bpListDom, bpList, bpBounces
		rcpt, member, second   = bpRcpt, bpMember, bpSecond // a member's second address, or a stranger's
		listFields             = bpListFields
	)
	post := bpPost
	const (
		gifts = "Hi Alice,\nI'm stuck at the conference and can't take calls. Could you pick up four $200 Amazon gift cards for our raffle today? Send me photos of the codes.\nPat\n"
		dues  = "Hi all,\nreminder that the booth fee for the spring fair is due Friday; please pay the invoice attached by card or check.\nPat\n"
		ar    = "Authentication-Results: mx.corp.example;"
	)
	named := "\"Pat Nguyen\" <"
	via := "\"Pat Nguyen via Fundraisers\" <" + list + ">"
	forged := post(named+second+">", rcpt, "Fundraisers <"+list+">", "[Fundraisers] quick favor", "", gifts)
	forgedAuth := func(res string) []byte {
		return post(named+second+">", rcpt, "Fundraisers <"+list+">", "[Fundraisers] quick favor", ar+" "+res+"\r\n", gifts)
	}
	real := func(extra string) []byte {
		return post(named+second+">", "Fundraisers <"+list+">", "", "[Fundraisers] booth fee", listFields+extra, dues)
	}
	for _, tc := range []struct {
		name     string
		raw      []byte
		mailFrom string
		null     bool // MAIL FROM:<>
		trusted  bool // mx.corp.example is a trusted verifier
		shadow   bool // shadow_identity and quarantined
		pair     bool // established_pair
	}{
		// forgeries
		{"a null envelope sender", forged, "", true, false, true, false},
		{"the list's bounce address, trusted results pass neither SPF nor DKIM", forgedAuth("spf=softfail smtp.mailfrom=" + listDom + "; dkim=none"), bounces, false, true, true, false},
		{"the list's bounce address, DKIM passing for the forger's domain only", forgedAuth("spf=fail smtp.mailfrom=" + listDom + "; dkim=pass header.d=gmail.com"), bounces, false, true, true, false},
		{"an SRS address of the list's domain, SPF passing for the forwarder only", forgedAuth("spf=pass smtp.mailfrom=fwd.example; dkim=none"), "SRS0=x7Qa=KV=" + listDom + "=fundraisers-bounces@fwd.example", false, true, true, false},
		{"a munged From without Reply-To, from a relay", post(via, rcpt, "", "[Fundraisers] quick favor", "", gifts), "bounce@relay-mailer.example", false, false, false, false},
		{"a munged From with Reply-To the list, from a relay", post(via, rcpt, "", "[Fundraisers] quick favor", "Reply-To: Fundraisers <"+list+">\r\n", gifts), "bounce@relay-mailer.example", false, false, false, false},
		// the list's posts
		{"an unknown envelope sender (a replay stream)", real(""), "", false, false, false, true},
		{"the list's bounce address, DKIM passing for the list", real(ar + " spf=none; dkim=pass header.d=" + listDom + "\r\n"), bounces, false, true, false, true},
		{"the list's bounce address, SPF passing for it", real(ar + " spf=pass smtp.mailfrom=" + bounces + "; dkim=none\r\n"), bounces, false, true, false, true},
		{"a forwarder's SRS address, the list's DKIM passing", real(ar + " spf=pass smtp.mailfrom=fwd.example; dkim=pass header.d=" + listDom + "\r\n"), "SRS0=x7Qa=KV=" + listDom + "=fundraisers-bounces@fwd.example", false, true, false, true},
		{"Microsoft 365's SRS address", real(""), "alice+SRS=44ldt=IX=" + listDom + "=fundraisers-bounces@contoso.example", false, false, false, true},
		{"SRS0 with + throughout", real(""), "SRS0+x7Qa+KV+" + listDom + "+fundraisers-bounces@fwd.example", false, false, false, true},
		{"re-sent by our own Google Group", real(""), "board+bncBAABBXY7Q@corp.example", false, false, false, true},
		{"the list's munged copy without Reply-To", post(via, list, "", "[Fundraisers] booth fee", listFields, dues), bounces, false, false, false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := testEngine(t)
			if tc.trusted {
				e.opt.TrustedAuthServIDs = []string{"mx.corp.example"}
			}
			for d := range 6 {
				raw := post(named+member+">", "Fundraisers <"+list+">", "", "[Fundraisers] post "+strconv.Itoa(d), listFields,
					"Sharing our policy: https://npo-assoc.example/about/policies\nPat\n")
				deliver(t, e, raw, bounces, rcpt, at.AddDate(0, 0, 1+d), false)
			}
			r, err := e.Decide(context.Background(), tc.raw, Envelope{MailFrom: tc.mailFrom, NullSender: tc.null, Recipients: []string{rcpt}, Now: at.AddDate(0, 0, 10)})
			if err != nil {
				t.Fatal(err)
			}
			codes := r.ReasonCodes()
			if got := slices.Contains(codes, "shadow_identity"); got != tc.shadow || (r.Action == ActionQuarantine) != tc.shadow {
				t.Errorf("shadow_identity %v, %s; want %v (%v)", got, r.Action, tc.shadow, codes)
			}
			if got := slices.Contains(codes, "established_pair"); got != tc.pair {
				t.Errorf("established_pair %v, want %v (%v)", got, tc.pair, codes)
			}
		})
	}
}
