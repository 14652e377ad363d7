package lock

import (
	"bytes"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

const keptReply = "corner.bakery@mail.example"

// releaseTarget is one kind of release: a lock or a held message, by the
// API path and the dashboard path of the release of a record with or
// without a kept Reply-To.
type releaseTarget struct {
	kind string
	// make stores a record (keeping reply as its Reply-To) and returns the
	// release paths after /api and /admin, and a function reading back
	// whether the record is released and when its Reply-To was trusted.
	make func(t *testing.T, s *Store, reply string) (path string, state func() (released, trusted bool))
}

var releaseTargets = []releaseTarget{
	{"lock", func(t *testing.T, s *Store, reply string) (string, func() (bool, bool)) {
		rec := testRecord(LevelLock, "https://pay.example/invoice")
		rec.ReplyTo = reply
		id := createOne(t, s, rec)
		return "/locks/" + id + "/release", func() (bool, bool) {
			r, err := s.Get(id)
			if err != nil {
				t.Fatal(err)
			}
			return r.Released, !r.ReplyTrustedAt.IsZero()
		}
	}},
	{"quarantine", func(t *testing.T, s *Store, reply string) (string, func() (bool, bool)) {
		qid := "4QaBd" + fmt.Sprint(len(reply)%10)
		if err := s.SaveQuarantine(QuarantineRecord{QueueID: qid, Sender: "service@pay.example", Recipients: []string{"bob@corp.example"}, ReplyTo: reply}); err != nil {
			t.Fatal(err)
		}
		return "/quarantine/" + qid + "/release", func() (bool, bool) {
			q, err := s.Quarantined(qid)
			if err != nil {
				t.Fatal(err)
			}
			return q.Released, !q.ReplyTrustedAt.IsZero()
		}
	}},
}

// A release alone teaches nothing about the kept Reply-To address;
// trust_reply_to=1 teaches it once (a later trusting release of a record
// released before teaches the address alone); a record without one
// ignores the flag and says so; any other value is refused before
// anything is released. The answer and the log line say which was done.
func TestAPIReleaseTrustReplyTo(t *testing.T) {
	tests := []struct {
		name    string
		reply   string   // the record's kept Reply-To
		queries []string // the release calls, in order
		code    int      // of the last call
		// what the Learner was told: each event's ReplyTo and ReplyOnly
		events   []string
		trusted  bool   // the record says its Reply-To was trusted
		note     string // in the last answer's reply_to note
		logWants string // in the log
	}{
		{"release alone", keptReply, []string{""}, 200, []string{":false"}, false, "not trusted", "trust_reply_to=false reply_to=" + keptReply + " reply_to_taught=false"},
		{"trust_reply_to=0", keptReply, []string{"?trust_reply_to=0"}, 200, []string{":false"}, false, "not trusted", "reply_to_taught=false"},
		{"release and trust", keptReply, []string{"?trust_reply_to=1"}, 200, []string{keptReply + ":false"}, true, "are trusted", "trust_reply_to=true reply_to=" + keptReply + " reply_to_taught=true"},
		{"trust spelt true", keptReply, []string{"?trust_reply_to=true"}, 200, []string{keptReply + ":false"}, true, "are trusted", "reply_to_taught=true"},
		{"trusted twice", keptReply, []string{"?trust_reply_to=1", "?trust_reply_to=1"}, 200, []string{keptReply + ":false"}, true, "earlier release", "reply_to_taught=false"},
		{"released, then trusted", keptReply, []string{"", "?trust_reply_to=1"}, 200, []string{":false", keptReply + ":true"}, true, "are trusted", "reply_to_taught=true"},
		{"trusted, then released alone", keptReply, []string{"?trust_reply_to=1", ""}, 200, []string{keptReply + ":false"}, true, "earlier release", "reply_to_taught=false"},
		{"no Reply-To kept, trust asked", "", []string{"?trust_reply_to=1"}, 200, []string{":false"}, false, "trust_reply_to ignored: this record keeps no Reply-To address", "trust_reply_to=true reply_to=\"\" reply_to_taught=false"},
		{"no Reply-To kept", "", []string{""}, 200, []string{":false"}, false, "no Reply-To address kept", "reply_to_taught=false"},
		{"misspelt yes", keptReply, []string{"?trust_reply_to=yes"}, 400, nil, false, "", ""},
	}
	for _, target := range releaseTargets {
		for _, tt := range tests {
			t.Run(target.kind+"/"+tt.name, func(t *testing.T) {
				s, _ := newTestStore(t, StoreOptions{})
				f := &fakeDeps{}
				var logs bytes.Buffer
				h := NewHandler(s, HandlerOptions{AdminToken: testToken}, Deps{Learn: f, Queue: f}, slog.New(slog.NewTextHandler(&logs, nil)))
				path, state := target.make(t, s, tt.reply)
				var code int
				var out map[string]any
				for _, q := range tt.queries {
					code, out = api(t, h, "POST", "/api"+path+q, "")
				}
				if code != tt.code {
					t.Fatalf("last release = %d %v, want %d", code, out, tt.code)
				}
				var got []string
				for _, ev := range f.learned {
					got = append(got, fmt.Sprintf("%s:%v", ev.ReplyTo, ev.ReplyOnly))
				}
				if fmt.Sprint(got) != fmt.Sprint(tt.events) {
					t.Errorf("learned (ReplyTo:ReplyOnly) %v, want %v", got, tt.events)
				}
				released, trusted := state()
				if released != (tt.code == 200) || trusted != tt.trusted {
					t.Errorf("record released %v, Reply-To trusted %v; want %v, %v", released, trusted, tt.code == 200, tt.trusted)
				}
				if tt.code != 200 {
					if msg := fmt.Sprint(out["error"]); !strings.Contains(msg, "trust_reply_to") {
						t.Errorf("refusal %q does not name the parameter", msg)
					}
					return
				}
				reply, _ := out["reply_to"].(map[string]any)
				if note, _ := reply["note"].(string); !strings.Contains(note, tt.note) || reply["trusted"] != tt.trusted {
					t.Errorf("reply_to = %v, want trusted %v and a note with %q", reply, tt.trusted, tt.note)
				}
				if !strings.Contains(logs.String(), tt.logWants) {
					t.Errorf("log lacks %q:\n%s", tt.logWants, logs.String())
				}
			})
		}
	}
}

// A relock keeps what a trusting release recorded: the Reply-To stays
// trusted (it stays learned), and releasing again teaches nothing.
func TestRelockKeepsTrustedReply(t *testing.T) {
	h, s, _, f := newAdminHandler(t)
	rec := testRecord(LevelLock, "https://pay.example/invoice")
	rec.ReplyTo = keptReply
	id := createOne(t, s, rec)
	api(t, h, "POST", "/api/locks/"+id+"/release?trust_reply_to=1", "")
	api(t, h, "POST", "/api/locks/"+id+"/relock", "")
	if r, _ := s.Get(id); r.Released || r.ReplyTrustedAt.IsZero() {
		t.Errorf("after a relock: released %v, trusted at %v; want relocked, still trusted", r.Released, r.ReplyTrustedAt)
	}
	api(t, h, "POST", "/api/locks/"+id+"/release?trust_reply_to=1", "")
	if len(f.learned) != 1 {
		t.Errorf("learned %d times, want once", len(f.learned))
	}
}

// The dashboard offers "Release" and, for a record that keeps a Reply-To
// address, a second button that also trusts it; the plain button teaches
// nothing about the address, the second teaches it, a forged flag on a
// record without one is ignored with a message, both need the session's
// CSRF token, and the flash says what was done.
func TestDashboardReleaseTrustReplyTo(t *testing.T) {
	tests := []struct {
		name      string
		reply     string
		form      url.Values // besides the CSRF token
		csrf      bool
		code      int
		location  string // the redirect's query
		learned   string // the learned event's ReplyTo; "-" none
		flashWant string
	}{
		{"release", keptReply, url.Values{}, true, 303, "reply=kept", "", "was not trusted: the release taught nothing"},
		{"release and trust", keptReply, url.Values{"trust_reply_to": {"1"}}, true, 303, "reply=trusted", keptReply, "is trusted now"},
		{"trust without a kept Reply-To", "", url.Values{"trust_reply_to": {"1"}}, true, 303, "reply=none", "", "keeps no Reply-To address"},
		{"release without a kept Reply-To", "", url.Values{}, true, 303, "", "", ""},
		{"trust without the CSRF token", keptReply, url.Values{"trust_reply_to": {"1"}}, false, 403, "", "-", ""},
		{"a bad value", keptReply, url.Values{"trust_reply_to": {"yes"}}, true, 303, "done=invalid", "-", "Invalid input"},
	}
	for _, target := range releaseTargets {
		for _, tt := range tests {
			t.Run(target.kind+"/"+tt.name, func(t *testing.T) {
				s, _ := newTestStore(t, StoreOptions{})
				f := &fakeDeps{}
				h := NewHandler(s, HandlerOptions{AdminToken: testToken}, Deps{Learn: f, Queue: f}, nil)
				path, state := target.make(t, s, tt.reply)
				c, _ := dashLogin(t, h, testToken)
				page := dashDo(h, "GET", "/admin/", nil, c).Body.String()
				if n, want := strings.Count(page, `name="trust_reply_to" value="1"`), map[bool]int{true: 1}[tt.reply != ""]; n != want {
					t.Errorf("dashboard shows %d trusting buttons, want %d", n, want)
				}
				form := url.Values{}
				for k, v := range tt.form {
					form[k] = v
				}
				if tt.csrf {
					form.Set("csrf", csrfOf(t, h, c))
				}
				w := dashDo(h, "POST", "/admin"+path, form, c)
				loc := w.Header().Get("Location")
				if w.Code != tt.code || !strings.Contains(loc, tt.location) || tt.location == "" && strings.Contains(loc, "reply=") {
					t.Fatalf("POST = %d to %q, want %d to a URL with %q", w.Code, loc, tt.code, tt.location)
				}
				learned := "-"
				if len(f.learned) > 0 {
					learned = f.learned[0].ReplyTo
				}
				if released, _ := state(); learned != tt.learned || released != (tt.learned != "-") {
					t.Errorf("released %v, learned ReplyTo %q; want %q", released, learned, tt.learned)
				}
				if tt.flashWant == "" {
					return
				}
				if after := dashDo(h, "GET", loc, nil, c).Body.String(); !strings.Contains(after, tt.flashWant) {
					t.Errorf("dashboard at %s lacks %q", loc, tt.flashWant)
				}
			})
		}
	}
}

// The dashboard says, beside a kept Reply-To, whether it is trusted:
// before the release what each button does, after it whether the
// release trusted it.
func TestDashboardReplyToState(t *testing.T) {
	h, s, _, _ := newAdminHandler(t)
	c, _ := dashLogin(t, h, testToken)
	rec := testRecord(LevelLock, "https://pay.example/invoice")
	rec.ReplyTo = keptReply
	id := createOne(t, s, rec)
	for _, step := range []struct {
		query, want string
	}{
		{"", "Trust it only when you know the address belongs to whoever the message comes from"},
		{"?trust_reply_to=0", "not trusted; the release taught nothing about it"},
		{"?trust_reply_to=1", "trusted by a release on"},
	} {
		if step.query != "" {
			if code, out := api(t, h, "POST", "/api/locks/"+id+"/release"+step.query, ""); code != http.StatusOK {
				t.Fatalf("release%s = %d %v", step.query, code, out)
			}
		}
		if page := dashDo(h, "GET", "/admin/", nil, c).Body.String(); !strings.Contains(page, step.want) {
			t.Errorf("after release%q the dashboard lacks %q", step.query, step.want)
		}
	}
}

// A released record's Reply-To can be trusted afterwards, by the API (a
// release again with trust_reply_to=1) and by the dashboard's "Trust
// replies" button beside the released record: the address alone is
// taught (ReplyOnly), and a held message is not released from the queue
// again (the MTA, which let it go before, would answer that it holds no
// such message). A release again without the flag still runs the queue
// release, as before.
func TestTrustAfterRelease(t *testing.T) {
	for _, target := range releaseTargets {
		for _, via := range []string{"api", "dashboard"} {
			t.Run(target.kind+"/"+via, func(t *testing.T) {
				s, _ := newTestStore(t, StoreOptions{})
				f := &fakeDeps{}
				h := NewHandler(s, HandlerOptions{AdminToken: testToken}, Deps{Learn: f, Queue: f}, nil)
				path, state := target.make(t, s, keptReply)
				if code, out := api(t, h, "POST", "/api"+path, ""); code != 200 {
					t.Fatalf("release = %d %v", code, out)
				}
				queueRuns := len(f.released)
				f.queueErr = fmt.Errorf("lock: release queued: postsuper: %w", ErrNotQueued)
				c, _ := dashLogin(t, h, testToken)
				if page := dashDo(h, "GET", "/admin/", nil, c).Body.String(); !strings.Contains(page, ">Trust replies to ") {
					t.Errorf("the released record has no Trust replies button")
				}
				if via == "api" {
					code, out := api(t, h, "POST", "/api"+path+"?trust_reply_to=1", "")
					if reply, _ := out["reply_to"].(map[string]any); code != 200 || reply["taught"] != true {
						t.Fatalf("trusting release = %d %v, want 200 teaching the Reply-To", code, out)
					}
				} else {
					w := dashDo(h, "POST", "/admin"+path, url.Values{"csrf": {csrfOf(t, h, c)}, "trust_reply_to": {"1"}}, c)
					if loc := w.Header().Get("Location"); w.Code != 303 || !strings.Contains(loc, "reply=trusted") || strings.Contains(loc, "qmarked") {
						t.Fatalf("trusting from the dashboard = %d to %q, want the trusted flash alone", w.Code, loc)
					}
				}
				if len(f.released) != queueRuns {
					t.Errorf("the queue release ran again (%v)", f.released)
				}
				if len(f.learned) != 2 || f.learned[1].ReplyTo != keptReply || !f.learned[1].ReplyOnly || f.learned[0].ReplyTo != "" {
					t.Errorf("learned %+v, want the release without the Reply-To, then the Reply-To alone", f.learned)
				}
				if released, trusted := state(); !released || !trusted {
					t.Errorf("record released %v, trusted %v; want both", released, trusted)
				}
				if page := dashDo(h, "GET", "/admin/", nil, c).Body.String(); strings.Contains(page, ">Trust replies to ") || !strings.Contains(page, "trusted by a release on") {
					t.Errorf("after trusting, the dashboard still offers to trust or does not say it is trusted")
				}
				if target.kind == "quarantine" {
					if code, _ := api(t, h, "POST", "/api"+path, ""); code != 409 {
						t.Errorf("a release again without the flag = %d, want the queue release run (409 from the MTA)", code)
					}
				}
			})
		}
	}
}
