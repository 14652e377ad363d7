package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/firstsight/firstsight/internal/config"
	bolt "go.etcd.io/bbolt"
)

func TestAdminDefaults(t *testing.T) {
	c := config.Default()
	for _, tc := range []struct {
		name                       string
		http, listen, token, tfile string
		want                       []string
	}{
		{"embedded defaults", "127.0.0.1:8025", "", "", "", []string{"-api=http://127.0.0.1:8025"}},
		{"moved http, token file", "127.0.0.1:12080", "", "", "/etc/fs/token", []string{"-api=http://127.0.0.1:12080", "-token-file=/etc/fs/token"}},
		{"own admin listener and token", "0.0.0.0:80", "127.0.0.1:9000", "s3cret", "", []string{"-api=http://127.0.0.1:9000", "-token=s3cret"}},
		{"admin on a unix socket", "0.0.0.0:80", "unix:/run/fs/admin.sock", "", "", []string{"-api=unix:/run/fs/admin.sock"}},
		{"public http, no admin listener: admin API off", "0.0.0.0:80", "", "", "", nil},
	} {
		c.HTTP, c.Admin.Listen, c.Admin.Token, c.Admin.TokenFile = tc.http, tc.listen, tc.token, tc.tfile
		if got := adminDefaults(c, nil); !slices.Equal(got, tc.want) {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

// The user's own token wins over the configured one: the client prefers
// -token to -token-file to the variable, so a configured token must not be
// passed when the user names one.
func TestAdminDefaultsUserToken(t *testing.T) {
	c := config.Default()
	c.Admin.Token = "configured"
	t.Setenv("FIRSTSIGHT_ADMIN_TOKEN", "")
	for _, tc := range []struct {
		args []string
		env  string
		want bool // the configured token is passed
	}{
		{nil, "", true},
		{[]string{"-token-file", "/home/me/token"}, "", false},
		{[]string{"--token=abc"}, "", false},
		{[]string{"list"}, "from-env", false},
		{[]string{"--", "-token"}, "", true},
	} {
		t.Setenv("FIRSTSIGHT_ADMIN_TOKEN", tc.env)
		got := slices.Contains(adminDefaults(c, tc.args), "-token=configured")
		if got != tc.want {
			t.Errorf("args %q env %q: configured token passed %v, want %v", tc.args, tc.env, got, tc.want)
		}
	}
}

func TestCutConfigFlag(t *testing.T) {
	for _, tc := range []struct {
		in         []string
		path, rest string
	}{
		{[]string{"add", "-domain", "a.example"}, "", "add -domain a.example"},
		{[]string{"-config", "/etc/fs.toml", "add", "-domain", "a.example"}, "/etc/fs.toml", "add -domain a.example"},
		{[]string{"add", "--config=/etc/fs.toml", "-json"}, "/etc/fs.toml", "add -json"},
		{[]string{"add", "--", "-config", "x"}, "", "add -- -config x"},
		{[]string{"-configure"}, "", "-configure"},
	} {
		path, rest := cutConfigFlag(tc.in)
		if path != tc.path || strings.Join(rest, " ") != tc.rest {
			t.Errorf("cutConfigFlag(%q) = %q, %q; want %q, %q", tc.in, path, rest, tc.path, tc.rest)
		}
	}
}

// The admin commands and explain's fallback reach the API where -config
// says it is, with the token file it names.
func TestAdminCommandsReadConfig(t *testing.T) {
	dir := t.TempDir()
	tok := filepath.Join(dir, "token")
	os.WriteFile(tok, []byte("test-token-0123456789abcdef\n"), 0o600)
	cfg := filepath.Join(dir, "milterd.toml")
	os.WriteFile(cfg, []byte("listen = \"inet:"+freeAddr(t)+"\"\nhttp = \""+freeAddr(t)+"\"\ndb = \""+filepath.Join(dir, "fs.db")+"\"\n[admin]\ntoken_file = \""+tok+"\"\n"), 0o644)
	ctx, cancel := context.WithCancel(context.Background())
	logs := &syncBuf{}
	done := make(chan int, 1)
	go func() { done <- run(ctx, []string{"-config", cfg}, io.Discard, logs) }()
	defer func() { cancel(); <-done }()
	re := regexp.MustCompile(`msg="http listening" addr=(\S+)`)
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(logs.String(), "milterd ready") && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	m := re.FindStringSubmatch(logs.String())
	if m == nil {
		t.Fatalf("daemon did not start: %s", logs.String())
	}
	// The file names port 0; point a second config at the port it got.
	cfg2 := filepath.Join(dir, "client.toml")
	os.WriteFile(cfg2, []byte("http = \""+m[1]+"\"\ndb = \""+filepath.Join(dir, "fs.db")+"\"\n[admin]\ntoken_file = \""+tok+"\"\n"), 0o644)
	t.Setenv("FIRSTSIGHT_ADMIN_TOKEN", "")
	var out, errb bytes.Buffer
	if code := run(ctx, []string{"allow", "add", "-config", cfg2, "-domain", "partner.example"}, &out, &errb); code != 0 {
		t.Fatalf("allow add -config: exit %d: %s", code, errb.String())
	}
	msg := filepath.Join(dir, "m.eml")
	os.WriteFile(msg, []byte("From: a@partner.example\r\nTo: b@corp.example\r\nSubject: x\r\n\r\nhttps://partner.example/x\r\n"), 0o644)
	out.Reset()
	errb.Reset()
	if code := run(ctx, []string{"explain", "-config", cfg2, msg}, &out, &errb); code != 0 || !strings.Contains(errb.String(), "asking its admin API") || !strings.Contains(out.String(), "DECISION") {
		t.Fatalf("explain with the DB in use: exit %d: %s %s; want the same table as with the DB", code, out.String(), errb.String())
	}
	out.Reset()
	if code := run(ctx, []string{"explain", "-json", "-config", cfg2, msg}, &out, &errb); code != 0 || !strings.HasPrefix(out.String(), "{\n  \"action\"") {
		t.Fatalf("explain -json through the API: exit %d: %s; want the same object as with the DB", code, out.String())
	}
	out.Reset()
	if code := run(ctx, []string{"explain", "-config", cfg2, "-rcpt", "carol@corp.example", msg}, &out, &errb); code != 0 || !strings.Contains(out.String(), "carol@corp.example") {
		t.Fatalf("explain -rcpt through the API: exit %d: %s; want the verdict for that recipient", code, out.String())
	}
}

// explain never creates a database: a mistyped -db is an error, not an
// empty history that looks like a real answer.
func TestExplainMissingDB(t *testing.T) {
	dir := t.TempDir()
	msg := filepath.Join(dir, "m.eml")
	os.WriteFile(msg, []byte("From: a@x.example\r\nTo: b@corp.example\r\nSubject: x\r\n\r\nhttps://x.example/\r\n"), 0o644)
	db := filepath.Join(dir, "typo.db")
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"explain", "-db", db, msg}, &out, &errb); code != 1 || !strings.Contains(errb.String(), "no database at") {
		t.Errorf("exit %d: %s", code, errb.String())
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("explain created the database")
	}
}

// explain -json always carries every documented key, empty or not, so a
// script can rely on them (an accepted plain-text link has no level,
// display, chain or notes).
func TestExplainJSONKeysStable(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "fs.db")
	msg := filepath.Join(dir, "m.eml")
	os.WriteFile(msg, []byte("From: a@x.example\r\nTo: b@corp.example\r\nSubject: x\r\n\r\nhttps://x.example/\r\n"), 0o644)
	var out, errb bytes.Buffer
	run(context.Background(), []string{"replay", "-q", "-learn-only", "-db", db, msg}, io.Discard, io.Discard) // creates the DB
	if code := run(context.Background(), []string{"explain", "-json", "-db", db, msg}, &out, &errb); code != 0 {
		t.Fatalf("explain: exit %d: %s", code, errb.String())
	}
	if !strings.Contains(errb.String(), "embedded defaults") {
		t.Errorf("explain without -config does not say it used the embedded defaults: %q", errb.String())
	}
	var x map[string]any
	if err := json.Unmarshal(out.Bytes(), &x); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"action", "score", "level", "reasons", "notes", "links"} {
		if _, ok := x[k]; !ok {
			t.Errorf("no key %q in %s", k, out.String())
		}
	}
	ls, _ := x["links"].([]any)
	if len(ls) != 1 {
		t.Fatalf("links: %v", x["links"])
	}
	for _, k := range []string{"url", "unwrapped", "chain", "host", "domain", "kind", "display", "decision", "level", "score", "reasons"} {
		if v, ok := ls[0].(map[string]any)[k]; !ok || v == nil {
			t.Errorf("link key %q: %v (present %v)", k, v, ok)
		}
	}
}

// -h prints a command's usage once and exits 0.
func TestHelpExitsZero(t *testing.T) {
	for _, cmd := range []string{"", "replay", "explain", "compact", "reset-baseline", "locks", "allow", "quarantine"} {
		args := []string{"-h"}
		if cmd != "" {
			args = []string{cmd, "-h"}
		}
		var out, errb bytes.Buffer
		code := run(context.Background(), args, &out, &errb)
		text := out.String() + errb.String()
		if code != 0 || strings.Count(strings.ToLower(text), "usage") != 1 || strings.Contains(text, "help requested") {
			t.Errorf("milterd %s -h: exit %d, %d usage lines:\n%s", cmd, code, strings.Count(strings.ToLower(text), "usage"), text)
		}
	}
}

// -check-config reads the files the configuration names: a token file the
// daemon could not read is an error now, not a disabled admin API later.
func TestCheckConfigReadsFiles(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "c.toml")
	os.WriteFile(cfg, []byte("[admin]\ntoken_file = \""+filepath.Join(dir, "missing")+"\"\n"), 0o644)
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"-check-config", "-config", cfg}, &out, &errb); code != 2 || !strings.Contains(errb.String(), "token_file") {
		t.Errorf("unreadable token_file: exit %d, %q", code, errb.String())
	}
	os.WriteFile(filepath.Join(dir, "missing"), []byte("t0ken-t0ken-t0ken-t0ken\n"), 0o600)
	if code := run(context.Background(), []string{"-check-config", "-config", cfg}, &out, &errb); code != 0 {
		t.Errorf("readable token_file: exit %d, %q", code, errb.String())
	}
}

// -check-config looks up the unix socket's group, which the daemon needs
// at start: an unknown group was "configuration ok", then exit 1.
func TestCheckConfigSocketGroup(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "c.toml")
	for _, tt := range []struct {
		toml string
		code int
	}{
		{"listen = \"unix:" + dir + "/m.sock\"\n[socket]\ngroup = \"no-such-group-firstsight\"\n", 2},
		{"[socket]\ngroup = \"no-such-group-firstsight\"\n", 0}, // inet: no socket file to chgrp
		{"listen = \"unix:" + dir + "/m.sock\"\n", 0},
	} {
		os.WriteFile(cfg, []byte(tt.toml), 0o644)
		var out, errb bytes.Buffer
		code := run(context.Background(), []string{"-check-config", "-config", cfg}, &out, &errb)
		if code != tt.code || (code == 2 && !strings.Contains(errb.String(), "[socket] group")) {
			t.Errorf("%q: exit %d, %q; want exit %d", tt.toml, code, errb.String(), tt.code)
		}
	}
}

// The daemon reads the files its configuration names before it starts,
// as -check-config does, and refuses to start (exit 2, the unit's
// RestartPreventExitStatus) on one it cannot read: it ran with the admin
// API disabled on a missing token_file, and stopped with exit 1 (which
// systemd restarts) on a missing hash_key_file.
func TestServeRefusesUnreadableFiles(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing")
	for _, tt := range []struct{ name, toml, key string }{
		{"token file", "[admin]\ntoken_file = \"" + missing + "\"\n", "[admin] token_file"},
		{"hash key file", "[baseline]\nhash_key_file = \"" + missing + "\"\n", "[baseline] hash_key_file"},
		{"socket group", "listen = \"unix:" + dir + "/m.sock\"\n[socket]\ngroup = \"no-such-group-firstsight\"\n", "[socket] group"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			cfg := filepath.Join(dir, "c.toml")
			os.WriteFile(cfg, []byte(tt.toml), 0o644)
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			var out, errb syncBuf
			args := []string{"-config", cfg, "-http", freeAddr(t), "-db", filepath.Join(dir, "fs.db")}
			if !strings.Contains(tt.toml, "listen") {
				args = append(args, "-listen", "inet:"+freeAddr(t))
			}
			code := run(ctx, args, &out, &errb)
			if code != 2 || !strings.Contains(errb.String(), tt.key) || !strings.Contains(errb.String(), cfg) || strings.Contains(errb.String(), "milterd ready") {
				t.Errorf("serve with an unreadable %s: exit %d, %q; want exit 2 naming %s and %s, before start", tt.name, code, errb.String(), tt.key, cfg)
			}
		})
	}
}

// The unit's RestartPreventExitStatus=2 keeps systemd from restarting a
// milterd whose configuration is wrong. systemd tests it against the main
// process's status only (service_shall_restart reads main_exec_status), so
// a configuration check in ExecStartPre= that exits 2 is restarted every
// RestartSec=: the daemon itself must be what exits 2.
func TestUnitStopsOnConfigErrors(t *testing.T) {
	b, err := os.ReadFile("../../deploy/systemd/milterd.service")
	if err != nil {
		t.Fatal(err)
	}
	unit := string(b)
	if !regexp.MustCompile(`(?m)^RestartPreventExitStatus=2$`).MatchString(unit) {
		t.Error("milterd.service: no RestartPreventExitStatus=2")
	}
	if m := regexp.MustCompile(`(?m)^ExecStart(Pre|Post)=.*milterd.*$`).FindString(unit); m != "" {
		t.Errorf("milterd.service runs milterd outside ExecStart=, where its exit 2 does not stop restarts: %s", m)
	}
}

// compact on a database the daemon holds says so, as replay does.
func TestCompactLockedDB(t *testing.T) {
	logs, stop := startDaemon(t, filepath.Join(t.TempDir(), "fs.db"))
	defer stop()
	db := regexp.MustCompile(`db=(\S+)`).FindStringSubmatch(logs.String())
	if db == nil {
		t.Fatalf("no db in %s", logs.String())
	}
	var errb bytes.Buffer
	code := run(context.Background(), []string{"compact", "-db", db[1], "-o", filepath.Join(t.TempDir(), "new.db")}, io.Discard, &errb)
	if code != 1 || !strings.Contains(errb.String(), fmt.Sprintf("is locked by the running milterd (pid %d): stop milterd first", os.Getpid())) {
		t.Errorf("compact of a held DB: exit %d, %q", code, errb.String())
	}
}

// FuzzCutConfigFlag: cutting -config never invents or reorders the other
// arguments: what is left is the input with at most the -config flag (and
// its value) taken out.
func FuzzCutConfigFlag(f *testing.F) {
	f.Add("add\x00-config\x00/etc/f.toml\x00-domain\x00a.example")
	f.Add("--config=/x\x00--\x00-config\x00y")
	f.Fuzz(func(t *testing.T, joined string) {
		args := strings.Split(joined, "\x00")
		_, rest := cutConfigFlag(args)
		if len(rest) > len(args) {
			t.Fatalf("rest %q longer than %q", rest, args)
		}
		i := 0
		for _, r := range rest { // rest is a subsequence of args
			for i < len(args) && args[i] != r {
				i++
			}
			if i == len(args) {
				t.Fatalf("rest %q is not taken from %q in order", rest, args)
			}
			i++
		}
	})
}

// -check-config checks that the daemon could open db for writing, without
// creating or changing anything: an unwritable path was "configuration
// ok", then the daemon stopped at start with exit 1 (which systemd
// restarts).
func TestCheckConfigDBWritable(t *testing.T) {
	dir := t.TempDir()
	plain := filepath.Join(dir, "plain")
	os.WriteFile(plain, []byte("not a directory"), 0o644)
	existing := filepath.Join(dir, "existing.db")
	if b, err := bolt.Open(existing, 0o600, nil); err != nil {
		t.Fatal(err)
	} else {
		b.Close()
	}
	emptyFile := filepath.Join(dir, "empty.db")
	os.WriteFile(emptyFile, nil, 0o600)
	roFile := filepath.Join(dir, "ro.db")
	os.WriteFile(roFile, nil, 0o400)
	roDir := filepath.Join(dir, "ro")
	os.Mkdir(roDir, 0o555)
	root := os.Geteuid() == 0 // modes do not bind root
	for _, tt := range []struct {
		name, db, reason string // reason empty: ok
		asUser           bool
	}{
		{"new file in a writable directory", filepath.Join(dir, "new", "deeper", "fs.db"), "", false},
		{"existing writable file", existing, "", false},
		{"an empty file, which bbolt initialises", emptyFile, "", false},
		{"a file that is no database", plain, "is not a bbolt database", false},
		{"parent is a file", filepath.Join(plain, "fs.db"), "is not a directory", false},
		{"db is a directory", dir, "is a directory; name the database file in it, such as " + filepath.Join(dir, "firstsight.db"), false},
		{"read-only file", roFile, "cannot be opened for writing: permission denied; " + fixWrite, true},
		{"read-only directory", filepath.Join(roDir, "fs.db"), "directory " + roDir + " is not writable: permission denied; " + fixWrite, true},
		{"missing directory under a read-only one", filepath.Join(roDir, "state", "fs.db"), "directory " + roDir + " is not writable", true},
		{"a link to a file to create", link(t, dir, "new-link.db", "created.db"), "", false},
		{"a link to a file to create in a missing directory", link(t, dir, "gone-link.db", filepath.Join(dir, "gone", "fs.db")), "directory " + filepath.Join(dir, "gone") + " does not exist; create it, or point the link elsewhere", false},
		{"a link to a read-only file", link(t, dir, "ro-link.db", roFile), "cannot be opened for writing", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if tt.asUser && root {
				t.Skip("running as root, which may write anything")
			}
			before := dirState(t, dir)
			var out, errb bytes.Buffer
			code := run(context.Background(), []string{"-check-config", "-config", "../../deploy/milterd.toml", "-db", tt.db}, &out, &errb)
			switch {
			case tt.reason == "" && code != 0:
				t.Errorf("exit %d, %q; want ok", code, errb.String())
			case tt.reason != "" && (code != 2 || !strings.HasPrefix(errb.String(), "milterd: -db: ") || !strings.Contains(errb.String(), tt.db) || !strings.Contains(errb.String(), tt.reason)):
				t.Errorf("exit %d, %q; want exit 2 naming %s and %q", code, errb.String(), tt.db, tt.reason)
			}
			if after := dirState(t, dir); after != before {
				t.Errorf("the check changed the directory:\n%s\nwas\n%s", after, before)
			}
		})
	}
}

// A db path from the config file is refused naming the file and the key;
// one from -db names the flag, not the file that did not give it.
func TestCheckConfigDBNamesItsSource(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "gone", "fs.db")
	link := link(t, dir, "link.db", missing)
	cfg := filepath.Join(dir, "milterd.toml")
	if err := os.WriteFile(cfg, []byte(fmt.Sprintf("db = %q\n", link)), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		args []string
		want string
	}{
		{"from the file", []string{"-check-config", "-config", cfg}, "milterd: config: " + cfg + ": db: cannot create " + missing},
		{"from -db", []string{"-check-config", "-config", cfg, "-db", link}, "milterd: -db: cannot create " + missing},
		{"from -db without a file", []string{"-check-config", "-db", link}, "milterd: -db: cannot create " + missing},
	} {
		var out, errb bytes.Buffer
		if code := run(context.Background(), tt.args, &out, &errb); code != 2 || !strings.HasPrefix(errb.String(), tt.want) {
			t.Errorf("%s: exit %d, %q; want exit 2 and %q", tt.name, code, errb.String(), tt.want)
		}
	}
}

// link makes dir/name a symbolic link to target and returns its path.
func link(t *testing.T, dir, name, target string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.Symlink(target, p); err != nil {
		t.Fatal(err)
	}
	return p
}

// dirState lists every path under dir with its size, mode and time.
func dirState(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fi, err := d.Info()
		if err != nil {
			return err
		}
		fmt.Fprintf(&b, "%s %d %v %v\n", p, fi.Size(), fi.Mode(), fi.ModTime().UnixNano())
		return nil
	})
	return b.String()
}

// explain -db FILE without -config, on a file a daemon holds, says so and
// how to reach that daemon: it asked the default admin API, which may be
// another daemon's (or none), as if the defaults described that file.
func TestExplainHeldDBWithoutConfig(t *testing.T) {
	_, path, msg := dbAndMessage(t)
	holdLock(t, path, "milterd", "-config", "/etc/firstsight/milterd.toml")
	t.Setenv("FIRSTSIGHT_ADMIN_TOKEN", "")
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"explain", "-db", path, msg}, &out, &errb)
	e := errb.String()
	if code != 1 || !strings.Contains(e, path+" is in use by a running milterd") || !strings.Contains(e, "-config FILE") ||
		!strings.Contains(e, "-api URL") || strings.Contains(e, "asking its admin API") || out.Len() != 0 {
		t.Errorf("exit %d, stdout %q, stderr %q; want exit 1 saying the file is in use and how to reach its daemon, without asking an API", code, out.String(), e)
	}
}

// -check-config passes a session bound under an MTA's default wait for
// its SMTP client (the MTA's own may be lower) but warns, on stderr,
// naming both values; and run as root, it warns that the file checks
// passed modes root ignores.
func TestCheckConfigWarnings(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "c.toml")
	os.WriteFile(cfg, []byte("[limits]\nmta_session_idle_timeout = \"2m\"\n"), 0o644)
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"-check-config", "-config", cfg, "-db", filepath.Join(dir, "f.db")}, &out, &errb)
	if code != 0 || !strings.Contains(out.String(), "configuration ok") ||
		!strings.Contains(errb.String(), "milterd: warning: limits.mta_session_idle_timeout: 2m0s is below both MTAs' default wait") ||
		!strings.Contains(errb.String(), "smtpd_timeout (5m0s)") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out.String(), errb.String())
	}
	c, err := config.Parse(nil, "x.toml")
	if err != nil {
		t.Fatal(err)
	}
	if w := checkWarnings(c, 1000); len(w) != 0 {
		t.Errorf("as a user, the defaults warn %q", w)
	}
	if w := checkWarnings(c, 0); len(w) != 1 || !strings.Contains(w[0], "run as root: modes do not stop root") || !strings.Contains(w[0], "as the daemon's user") {
		t.Errorf("as root: %q", w)
	}
}
