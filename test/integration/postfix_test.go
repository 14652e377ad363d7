//go:build integration

package integration

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"text/template"
	"time"

	"github.com/firstsight/firstsight/internal/freeport"
)

// postfixOptions configures a private Postfix instance.
type postfixOptions struct {
	Name          string // myhostname prefix; instances that talk to each other need different ones
	Milter        string // Postfix milter address, e.g. inet:127.0.0.1:10025; empty = no milter
	DefaultAction string // milter_default_action; default tempfail
	RelayPort     int    // every message is relayed to [127.0.0.1]:RelayPort
	Chroot        bool   // run smtpd chrooted in the queue directory, as Debian does
}

// postfixInstance is a private Postfix: its own config, queue and log directory,
// one smtpd on a free loopback port, nothing chrooted unless asked, nothing under /etc/postfix.
type postfixInstance struct {
	t    *testing.T
	dir  string
	conf string
	Port int
}

const postfixMainCf = `compatibility_level = 3.6
queue_directory = {{.Dir}}/queue
data_directory = {{.Dir}}/data
maillog_file = {{.Dir}}/maillog
maillog_file_prefixes = {{.Dir}}
myhostname = {{.Name}}.postfix.invalid
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
smtpd_relay_restrictions = permit_mynetworks, reject
relayhost = [127.0.0.1]:{{.RelayPort}}
default_transport = smtp
relay_transport = smtp
smtp_tls_security_level = none
smtpd_tls_security_level = none
disable_mime_output_conversion = yes
local_recipient_maps =
alias_maps =
alias_database =
smtpd_milters = {{.Milters}}
non_smtpd_milters =
milter_protocol = 6
# retry a deferred message quickly; tests still flush explicitly
minimal_backoff_time = 2s
maximal_backoff_time = 4s
queue_run_delay = 2s
`

// Every service runs unchrooted, so no chroot has to be populated, except
// smtpd when Chroot is set (it needs nothing from the chroot for loopback
// mail and IP-literal relaying).
const postfixMasterCf = `127.0.0.1:{{.Port}} inet n - {{if .Chroot}}y{{else}}n{{end}} - - smtpd
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
`

func startPostfix(t *testing.T, o postfixOptions) *postfixInstance {
	t.Helper()
	requireRoot(t)
	requireTool(t, "postfix")
	p := &postfixInstance{t: t, dir: scratchDir(t, "pfx"), Port: freePort(t)}
	p.conf = filepath.Join(p.dir, "conf")
	p.writeConfig(o)
	p.postfix("check")
	p.postfix("start")
	t.Cleanup(p.stop)
	p.waitListening()
	return p
}

func (p *postfixInstance) Addr() string { return fmt.Sprintf("127.0.0.1:%d", p.Port) }

func (p *postfixInstance) writeConfig(o postfixOptions) {
	if o.Name == "" {
		o.Name = "mx"
	}
	if o.DefaultAction == "" {
		o.DefaultAction = "tempfail"
	}
	milters := ""
	if o.Milter != "" {
		milters = fmt.Sprintf("{ %s, default_action=%s, connect_timeout=5s, command_timeout=10s, content_timeout=60s }",
			o.Milter, o.DefaultAction)
	}
	vars := map[string]any{"Dir": p.dir, "Name": o.Name, "RelayPort": o.RelayPort, "Milters": milters, "Port": p.Port, "Chroot": o.Chroot}
	for _, d := range []string{"conf", "queue", "data"} {
		mustMkdir(p.t, filepath.Join(p.dir, d), 0o755)
	}
	chownPostfix(p.t, filepath.Join(p.dir, "data"))
	writeTemplate(p.t, filepath.Join(p.conf, "main.cf"), postfixMainCf, vars)
	writeTemplate(p.t, filepath.Join(p.conf, "master.cf"), postfixMasterCf, vars)
}

// postfix runs the postfix command on this instance and fails the test on error,
// with the instance's log: postfix itself prints nothing useful without a tty.
func (p *postfixInstance) postfix(args ...string) {
	p.t.Helper()
	out, err := exec.Command(lookTool("postfix"), append([]string{"-c", p.conf}, args...)...).CombinedOutput()
	if err != nil {
		p.t.Fatalf("postfix %s: %v\n%s\nmaillog:\n%s", strings.Join(args, " "), err, out, p.Log())
	}
}

// waitListening waits for smtpd's port in /proc/net/tcp instead of connecting:
// a probe connection would open a milter session.
func (p *postfixInstance) waitListening() {
	p.t.Helper()
	if !waitFor(10*time.Second, func() bool { return tcpListening(p.Port) }) {
		p.t.Fatalf("postfix: smtpd did not listen on %s\n%s", p.Addr(), p.Log())
	}
}

func (p *postfixInstance) stop() {
	exec.Command(lookTool("postfix"), "-c", p.conf, "stop").Run()
	pidFile := filepath.Join(p.dir, "queue", "pid", "master.pid")
	waitFor(10*time.Second, func() bool { return !pidFileAlive(pidFile) })
	if p.t.Failed() {
		p.t.Logf("postfix maillog (%s):\n%s", p.dir, p.Log())
	}
}

// Log returns the instance's maillog.
func (p *postfixInstance) Log() string {
	b, _ := os.ReadFile(filepath.Join(p.dir, "maillog"))
	return string(b)
}

// queueEntry is one line of `postqueue -j`.
type queueEntry struct {
	QueueName  string `json:"queue_name"`
	QueueID    string `json:"queue_id"`
	Sender     string `json:"sender"`
	Recipients []struct {
		Address     string `json:"address"`
		DelayReason string `json:"delay_reason"`
	} `json:"recipients"`
}

// Queue lists the messages in the instance's queues.
func (p *postfixInstance) Queue() []queueEntry {
	p.t.Helper()
	out, err := exec.Command(lookTool("postqueue"), "-c", p.conf, "-j").Output()
	if err != nil {
		p.t.Fatalf("postqueue -j: %v", err)
	}
	var entries []queueEntry
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		var e queueEntry
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			p.t.Fatalf("postqueue -j: %v in %q", err, sc.Text())
		}
		entries = append(entries, e)
	}
	return entries
}

// waitQueue waits until the queue satisfies cond and returns it.
func (p *postfixInstance) waitQueue(d time.Duration, cond func([]queueEntry) bool) []queueEntry {
	p.t.Helper()
	var q []queueEntry
	if !waitFor(d, func() bool { q = p.Queue(); return cond(q) }) {
		p.t.Fatalf("postfix queue never reached the expected state; last: %+v\n%s", q, p.Log())
	}
	return q
}

// Cat returns a queued message (headers and body, CRLF) by queue ID.
func (p *postfixInstance) Cat(id string) []byte {
	p.t.Helper()
	out, err := exec.Command(lookTool("postcat"), "-c", p.conf, "-h", "-b", "-q", id).Output()
	if err != nil {
		p.t.Fatalf("postcat -q %s: %v", id, err)
	}
	return bytes.ReplaceAll(out, []byte("\n"), []byte("\r\n")) // postcat prints LF lines
}

// Flush asks Postfix to retry every deferred message now.
func (p *postfixInstance) Flush() {
	p.t.Helper()
	if out, err := exec.Command(lookTool("postqueue"), "-c", p.conf, "-f").CombinedOutput(); err != nil {
		p.t.Fatalf("postqueue -f: %v\n%s", err, out)
	}
}

func chownPostfix(t *testing.T, path string) {
	t.Helper()
	u, err := user.Lookup("postfix")
	if err != nil {
		t.Fatalf("postfix user: %v", err)
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	if err := os.Chown(path, uid, gid); err != nil {
		t.Fatal(err)
	}
}

// scratchDir makes a directory that unprivileged daemon users can traverse (the
// test's own TempDir is 0700) and removes it when the test ends.
func scratchDir(t *testing.T, prefix string) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "fs-"+prefix+"-")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if t.Failed() && os.Getenv("KEEP_SCRATCH") != "" {
			t.Logf("keeping %s", dir)
			return
		}
		os.RemoveAll(dir)
	})
	return dir
}

func mustMkdir(t *testing.T, path string, mode os.FileMode) {
	t.Helper()
	if err := os.MkdirAll(path, mode); err != nil {
		t.Fatal(err)
	}
}

func writeTemplate(t *testing.T, path, text string, vars any) {
	t.Helper()
	var buf bytes.Buffer
	if err := template.Must(template.New(path).Parse(text)).Execute(&buf, vars); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// freePort returns a loopback TCP port to listen on (freeport).
func freePort(t *testing.T) int { return freeport.Port(t) }

// tcpListening reports whether something listens on 127.0.0.1:port.
func tcpListening(port int) bool {
	b, err := os.ReadFile("/proc/net/tcp")
	if err != nil {
		return false
	}
	want := fmt.Sprintf(" 0100007F:%04X 00000000:0000 0A ", port)
	return bytes.Contains(b, []byte(want))
}

func waitFor(d time.Duration, cond func() bool) bool {
	deadline := time.Now().Add(d)
	for {
		if cond() {
			return true
		}
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// pidFileAlive reports whether the process named in a pid file still runs
// (a zombie counts as gone).
func pidFileAlive(path string) bool {
	b, err := os.ReadFile(path)
	if err != nil {
		return false
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil {
		return false
	}
	return processAlive(pid)
}

func processAlive(pid int) bool {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return false
	}
	return !bytes.Contains(b, []byte("State:\tZ"))
}
