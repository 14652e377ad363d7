package baseline_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/firstsight/firstsight/pkg/baseline"
	"github.com/firstsight/firstsight/pkg/baseline/baselinetest"
)

func lookup(t *testing.T, s *baseline.Store, q baseline.Query) baseline.Facts {
	t.Helper()
	f, err := s.Lookup(q)
	if err != nil {
		t.Fatalf("Lookup: %v", err)
	}
	return f
}

// The attacker's first, harmless message must not make the second familiar.
func TestPoisoning(t *testing.T) {
	opts := baseline.Options{}
	s := baselinetest.Store(t, opts)
	bob := []string{"bob@corp.test"}
	s.Observe(inbound(t0, "attacker@evil.test", bob, "harmless.test"))
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	later := t0.Add(10 * time.Minute)
	f := lookup(t, s, query(later, "attacker@evil.test", bob, "harmless.test", "phish.test"))
	tests := []struct {
		name string
		st   baseline.Stat
	}{
		{"sender", f.Sender},
		{"sender domain", f.SenderDomain},
		{"pair", f.Recipients["bob@corp.test"].Pair},
		{"reused link domain", f.Domains["harmless.test"]},
		{"reused link via sender", f.SenderLinks["harmless.test"]},
		{"new link domain", f.Domains["phish.test"]},
	}
	for _, tc := range tests {
		if opts.Established(tc.st) {
			t.Errorf("%s established after one message: %+v", tc.name, tc.st)
		}
	}
	if f.Domains["phish.test"].Seen() {
		t.Errorf("new link domain seen: %+v", f.Domains["phish.test"])
	}
	if !f.Domains["harmless.test"].Seen() {
		t.Errorf("first link domain not seen")
	}
}

func TestEstablished(t *testing.T) {
	bob := []string{"bob@corp.test"}
	tests := []struct {
		name string
		obs  []baseline.Observation
		want bool
	}{
		{"one message", []baseline.Observation{inbound(t0, "a@x.test", bob, "l.test")}, false},
		{"many messages one day one sender", []baseline.Observation{
			inbound(t0, "a@x.test", bob, "l.test"), inbound(t0.Add(time.Hour), "a@x.test", bob, "l.test"),
			inbound(t0.Add(2*time.Hour), "a@x.test", bob, "l.test")}, false},
		{"two days", []baseline.Observation{
			inbound(t0, "a@x.test", bob, "l.test"), inbound(t0.Add(24*time.Hour), "a@x.test", bob, "l.test")}, true},
		{"two senders", []baseline.Observation{
			inbound(t0, "a@x.test", bob, "l.test"), inbound(t0, "c@y.test", bob, "l.test")}, true},
		{"outbound", []baseline.Observation{{Time: t0, Sender: "bob@corp.test", Recipients: []string{"z@w.test"},
			LinkDomains: []string{"l.test"}, Outbound: true}}, true},
	}
	opts := baseline.Options{}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := baselinetest.Store(t, opts)
			for _, o := range tc.obs {
				s.Observe(o)
			}
			st := lookup(t, s, query(t0.Add(48*time.Hour), "q@q.test", nil, "l.test")).Domains["l.test"]
			if got := opts.Established(st); got != tc.want {
				t.Errorf("Established(%+v) = %v, want %v", st, got, tc.want)
			}
		})
	}
}

func TestOutboundSolicits(t *testing.T) {
	s := baselinetest.Store(t, baseline.Options{InternalDomains: []string{"corp.test"}})
	s.Observe(baseline.Observation{Time: t0, Sender: "bob@corp.test", Outbound: true,
		Recipients:  []string{"partner@vendor.test", "carol@corp.test"},
		LinkDomains: []string{"shared.test"}})
	f := lookup(t, s, query(t0.Add(time.Hour), "partner@vendor.test", []string{"bob@corp.test", "carol@corp.test"}, "shared.test"))
	if got := f.Recipients["bob@corp.test"].Pair; got.Outbound != 1 || got.Messages != 0 {
		t.Errorf("pair partner->bob = %+v, want Outbound 1, Messages 0", got)
	}
	if got := f.Recipients["carol@corp.test"].Pair; got.Seen() {
		t.Errorf("pair partner->carol = %+v, want unseen", got)
	}
	if got := f.Sender; got.Outbound != 1 {
		t.Errorf("sender partner = %+v, want Outbound 1", got)
	}
	if got := f.SenderDomain; got.Outbound != 1 {
		t.Errorf("sender domain vendor.test = %+v, want Outbound 1", got)
	}
	if got := f.Domains["shared.test"]; got.Outbound != 1 || got.Messages != 1 {
		t.Errorf("link domain = %+v, want Outbound 1 and 1 inbound (carol's copy)", got)
	}
	// carol, internal, received bob's message as inbound mail.
	f2 := lookup(t, s, query(t0.Add(time.Hour), "bob@corp.test", []string{"carol@corp.test"}))
	if got := f2.Recipients["carol@corp.test"].Pair; got.Messages != 1 {
		t.Errorf("pair bob->carol = %+v, want 1 message", got)
	}
	known := f.Recipients["bob@corp.test"].Known
	if strings.Join(known, ",") != "shared.test,vendor.test" && strings.Join(known, ",") != "vendor.test,shared.test" {
		t.Errorf("bob known = %v, want vendor.test and shared.test", known)
	}
}

func TestDecay(t *testing.T) {
	s := baselinetest.Store(t, baseline.Options{HalfLife: 30 * 24 * time.Hour})
	for i := 0; i < 64; i++ {
		s.Observe(inbound(t0, "a@x.test", []string{"b@corp.test"}, "l.test"))
	}
	tests := []struct {
		name  string
		after time.Duration
		want  int
	}{
		{"now", 0, 64},
		{"one half-life", 30 * 24 * time.Hour, 32},
		{"three half-lives", 90 * 24 * time.Hour, 8},
		{"a year", 365 * 24 * time.Hour, 1},
	}
	for _, tc := range tests {
		st := lookup(t, s, query(t0.Add(tc.after), "a@x.test", nil)).Sender
		if st.Messages != tc.want {
			t.Errorf("%s: Messages = %d, want %d", tc.name, st.Messages, tc.want)
		}
	}
}

func TestSchemaMismatch(t *testing.T) {
	db := baselinetest.DB(t)
	if _, err := baseline.New(db, baseline.Options{}); err != nil {
		t.Fatal(err)
	}
	err := db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("baseline/meta")).Put([]byte("schema"), []byte{0, 0, 0, 7})
	})
	if err != nil {
		t.Fatal(err)
	}
	_, err = baseline.New(db, baseline.Options{})
	if !errors.Is(err, baseline.ErrSchema) || !strings.Contains(err.Error(), fmt.Sprintf("baseline: schema version 7, this build supports %d", baseline.SchemaVersion)) {
		t.Errorf("New on schema 7 = %v, want ErrSchema with versions", err)
	}
}

// Reset is the way out of a schema mismatch: it deletes the learned
// history and nothing else in the DB, after which New starts afresh.
func TestResetAfterSchemaMismatch(t *testing.T) {
	db := baselinetest.DB(t)
	s, err := baseline.New(db, baseline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.Observe(inbound(t0, "a@x.test", []string{"b@corp.test"}, "l.test"))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		other, err := tx.CreateBucketIfNotExists([]byte("lock/records"))
		if err != nil {
			return err
		}
		if err := other.Put([]byte("id"), []byte("kept")); err != nil {
			return err
		}
		return tx.Bucket([]byte("baseline/meta")).Put([]byte("schema"), []byte{0, 0, 0, 7})
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := baseline.New(db, baseline.Options{}); !errors.Is(err, baseline.ErrSchema) {
		t.Fatalf("New on schema 7 = %v, want ErrSchema", err)
	}
	n, err := baseline.Reset(db)
	if err != nil || n == 0 {
		t.Fatalf("Reset = %d, %v", n, err)
	}
	s, err = baseline.New(db, baseline.Options{})
	if err != nil {
		t.Fatalf("New after Reset: %v", err)
	}
	if f := lookup(t, s, query(t0, "a@x.test", []string{"b@corp.test"}, "l.test")); f.Sender.Seen() || f.Domains["l.test"].Seen() {
		t.Errorf("history survived Reset: %+v", f)
	}
	err = db.View(func(tx *bolt.Tx) error {
		if b := tx.Bucket([]byte("lock/records")); b == nil || string(b.Get([]byte("id"))) != "kept" {
			return errors.New("another package's bucket was touched")
		}
		return nil
	})
	if err != nil {
		t.Error(err)
	}
}

func TestHashKey(t *testing.T) {
	db := baselinetest.DB(t)
	opts := baseline.Options{HashKey: []byte("secret")}
	s, err := baseline.New(db, opts)
	if err != nil {
		t.Fatal(err)
	}
	s.Observe(inbound(t0, "alice@x.test", []string{"bob@corp.test"}, "l.test"))
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	err = db.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			return b.ForEach(func(k, v []byte) error {
				if strings.Contains(string(k), "alice") || strings.Contains(string(k), "bob") {
					t.Errorf("bucket %s has clear-text address key %q", name, k)
				}
				return nil
			})
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	if f := lookup(t, s, query(t0, "alice@x.test", []string{"bob@corp.test"})); f.Recipients["bob@corp.test"].Pair.Messages != 1 {
		t.Errorf("hashed pair = %+v, want 1 message", f.Recipients["bob@corp.test"].Pair)
	}
	got, err := s.Inspect("sender", "Alice@X.test")
	if err != nil || got["stat"].(map[string]any)["messages"] != 1 {
		t.Errorf("Inspect hashed sender = %v, %v", got, err)
	}
	for _, other := range []baseline.Options{{}, {HashKey: []byte("other")}} {
		if _, err := baseline.New(db, other); !errors.Is(err, baseline.ErrHashKey) {
			t.Errorf("New with key %q = %v, want ErrHashKey", other.HashKey, err)
		}
	}
}

func TestInspect(t *testing.T) {
	s := baselinetest.Store(t, baseline.Options{})
	s.Observe(inbound(t0, "a@x.test", []string{"b@corp.test"}, "l.test"))
	w := inbound(t0, "a@x.test", []string{"b@corp.test"}, "l.test")
	w.Warned = true
	s.Observe(w)
	if got, _ := s.Inspect("pair", "a@x.test>b@corp.test"); got["warned"].(map[string]any)["seen"] != true {
		t.Errorf("Inspect pair = %v, want warned mail seen", got)
	}
	if got, _ := s.Inspect("pair", "b@corp.test>a@x.test"); got["warned"].(map[string]any)["seen"] != false {
		t.Errorf("Inspect reverse pair = %v, want no warned mail", got)
	}
	tests := []struct {
		name, kind, key string
		wantErr         bool
		wantMsgs        int
	}{
		{"sender", "sender", "A@x.test", false, 1},
		{"sender domain", "sender-domain", "X.test", false, 1},
		{"domain", "domain", "l.test", false, 1},
		{"host", "host", "l.test", false, 1},
		{"recipient", "recipient", "b@corp.test", false, 1},
		{"pair", "pair", "a@x.test>b@corp.test", false, 1},
		{"unseen pair", "pair", "b@corp.test>a@x.test", false, 0},
		{"bad pair", "pair", "a@x.test", true, 0},
		{"bad kind", "nope", "x", true, 0},
	}
	for _, tc := range tests {
		got, err := s.Inspect(tc.kind, tc.key)
		if (err != nil) != tc.wantErr {
			t.Errorf("%s: Inspect(%s, %s) err = %v", tc.name, tc.kind, tc.key, err)
			continue
		}
		if err == nil && got["stat"].(map[string]any)["messages"] != tc.wantMsgs {
			t.Errorf("%s: Inspect(%s, %s) = %v, want %d messages", tc.name, tc.kind, tc.key, got, tc.wantMsgs)
		}
	}
	for _, stage := range []string{"pending", "flushed"} {
		if stage == "flushed" {
			if err := s.Flush(); err != nil {
				t.Fatal(err)
			}
		}
		for _, q := range [][2]string{{"sender", "a@x.test"}, {"sender-domain", "x.test"}, {"recipient", "b@corp.test"}} {
			got, _ := s.Inspect(q[0], q[1])
			if _, ok := got["links"].(map[string]any)["l.test"]; !ok {
				t.Errorf("%s: Inspect %s links = %v, want l.test", stage, q[0], got["links"])
			}
		}
	}
}

func TestIDNAAndNormalisation(t *testing.T) {
	s := baselinetest.Store(t, baseline.Options{})
	s.Observe(inbound(t0, "<Alice@BÜCHER.example>", []string{" Bob@Corp.Test "}, "Bücher.Example."))
	f := lookup(t, s, query(t0, "alice@xn--bcher-kva.example", []string{"bob@corp.test"}, "xn--bcher-kva.example"))
	if f.Sender.Messages != 1 || f.Domains["xn--bcher-kva.example"].Messages != 1 || f.Recipients["bob@corp.test"].Pair.Messages != 1 {
		t.Errorf("IDNA normalisation: sender %+v domain %+v pair %+v", f.Sender, f.Domains, f.Recipients["bob@corp.test"].Pair)
	}
}

// Vouched counts only messages whose sender was vouched for, on every key
// the message touches; unvouched repeats never raise it.
func TestVouched(t *testing.T) {
	s := baselinetest.Store(t, baseline.Options{})
	bob := []string{"bob@corp.test"}
	v := inbound(t0, "friend@partner.test", bob, "shared.test")
	v.Vouched = true
	s.Observe(v)
	for i := 0; i < 3; i++ {
		s.Observe(inbound(t0.Add(time.Duration(i)*time.Hour), "stranger@evil.test", bob, "shared.test", "evil-site.test"))
	}
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	f := lookup(t, s, query(t0.Add(24*time.Hour), "friend@partner.test", bob, "shared.test", "evil-site.test"))
	tests := []struct {
		name string
		st   baseline.Stat
		want int
	}{
		{"vouched link domain", f.Domains["shared.test"], 1},
		{"unvouched link domain", f.Domains["evil-site.test"], 0},
		{"vouched sender", f.Sender, 1},
		{"vouched sender domain", f.SenderDomain, 1},
		{"vouched pair", f.Recipients["bob@corp.test"].Pair, 1},
	}
	for _, tc := range tests {
		if tc.st.Vouched != tc.want {
			t.Errorf("%s: Vouched = %d, want %d (%+v)", tc.name, tc.st.Vouched, tc.want, tc.st)
		}
	}
	if f.Domains["shared.test"].Messages != 4 {
		t.Errorf("shared.test messages = %d, want 4", f.Domains["shared.test"].Messages)
	}
}

// A message delivered with a warning only records its sender->recipient
// sightings apart (RecipientFacts.Warned), pending and after a flush, and
// nothing else: the sender, its domain, the link domains and the accepted
// pair stay unseen.
func TestWarned(t *testing.T) {
	s := baselinetest.Store(t, baseline.Options{})
	bob, both := []string{"bob@corp.test"}, []string{"bob@corp.test", "ann@corp.test"}
	for day := 0; day < 3; day++ {
		w := inbound(t0.Add(time.Duration(day)*24*time.Hour), "news@letter.test", bob, "letter.test", "ads.test")
		w.Warned = true
		s.Observe(w)
	}
	q := query(t0.Add(72*time.Hour), "news@letter.test", both, "letter.test", "ads.test")
	check := func(when string) {
		t.Helper()
		f := lookup(t, s, q)
		if got := f.Recipients["bob@corp.test"].Warned; got.Messages != 3 || got.Days != 3 || got.Vouched != 0 {
			t.Errorf("%s: warned pair to bob = %+v, want 3 messages on 3 days, none vouched", when, got)
		}
		unseen := map[string]baseline.Stat{
			"sender": f.Sender, "sender domain": f.SenderDomain, "link domain": f.Domains["ads.test"],
			"accepted pair": f.Recipients["bob@corp.test"].Pair, "recipient": f.Recipients["bob@corp.test"].Recipient,
			"warned pair to ann": f.Recipients["ann@corp.test"].Warned,
		}
		for name, st := range unseen {
			if st.Seen() {
				t.Errorf("%s: %s seen (%+v), want unseen", when, name, st)
			}
		}
	}
	check("pending")
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	check("flushed")
}

// Facts.ReplyDomain is the Reply-To domain's record as a sender domain:
// mail from it, or mail we sent to it; of the exact and the registrable
// domain, the one seen more.
func TestReplyDomain(t *testing.T) {
	s := baselinetest.Store(t, baseline.Options{})
	bob := []string{"bob@corp.test"}
	s.Observe(inbound(t0, "ar@billing.partner.test", bob))
	s.Observe(baseline.Observation{Time: t0, Sender: "bob@corp.test", Recipients: []string{"carol@answered.test"}, Outbound: true})
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		domains       []string
		messages, out int
	}{
		{[]string{"billing.partner.test", "partner.test"}, 1, 0},
		{[]string{"answered.test"}, 0, 1},
		{[]string{"mail.answered.test", "answered.test"}, 0, 1},
		{[]string{"never.test"}, 0, 0},
		{nil, 0, 0},
	} {
		q := query(t0.Add(time.Hour), "alice@partner.test", bob)
		q.ReplyDomains = tc.domains
		got := lookup(t, s, q).ReplyDomain
		if got.Messages != tc.messages || got.Outbound != tc.out {
			t.Errorf("%v: %+v, want %d messages, %d outbound", tc.domains, got, tc.messages, tc.out)
		}
	}
}

// Facts.ReplyAddr is the Reply-To address's record as a sender address:
// mail from it, or mail we sent to it; another address at its domain
// says nothing about it.
func TestReplyAddr(t *testing.T) {
	s := baselinetest.Store(t, baseline.Options{})
	bob := []string{"bob@corp.test"}
	s.Observe(inbound(t0, "marco.bellini@mail.test", bob))
	s.Observe(baseline.Observation{Time: t0, Sender: "bob@corp.test", Recipients: []string{"ines@mail.test"}, Outbound: true})
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		reply         string
		messages, out int
	}{
		{"marco.bellini@mail.test", 1, 0},
		{"Ines@Mail.test", 0, 1},
		{"someone.else@mail.test", 0, 0},
		{"", 0, 0},
	} {
		q := query(t0.Add(time.Hour), "dse_na3@docusign.test", bob)
		q.ReplyTo = tc.reply
		got := lookup(t, s, q).ReplyAddr
		if got.Messages != tc.messages || got.Outbound != tc.out {
			t.Errorf("%q: %+v, want %d messages, %d outbound", tc.reply, got, tc.messages, tc.out)
		}
	}
}
