//go:build integration

package integration

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
)

// sendmailRoot is where scripts/install-test-deps.sh unpacks the Sendmail .debs.
func sendmailRoot() string {
	if r := os.Getenv("FIRSTSIGHT_SENDMAIL_ROOT"); r != "" {
		return r
	}
	return "/var/cache/firstsight/sendmail"
}

// sendmailOptions configures a private Sendmail.
type sendmailOptions struct {
	MilterPort string // milter on 127.0.0.1:MilterPort
	Flags      string // F= of INPUT_MAIL_FILTER: "T" (default), "R", or "-" for none
	RelayPort  int    // smart host [127.0.0.1]:RelayPort
}

// sendmailInstance is the unpacked Sendmail running in the foreground (-bD) with
// its own .cf, queue and pid file under a scratch directory.
type sendmailInstance struct {
	t    *testing.T
	dir  string
	bin  string
	cmd  *exec.Cmd
	done chan struct{}
	Port int
}

const sendmailMc = "divert(-1)\n" +
	"divert(0)dnl\n" +
	"VERSIONID(`firstsight integration test')dnl\n" +
	"OSTYPE(`linux')dnl\n" +
	"define(`confDOMAIN_NAME', `mx.sendmail.invalid')dnl\n" +
	"define(`confBIND_OPTS', `-DNSRCH -DEFNAMES')dnl\n" +
	"define(`confSERVICE_SWITCH_FILE', `{{.Dir}}/etc/service.switch')dnl\n" +
	"define(`confHOSTS_FILE', `{{.Dir}}/etc/hosts')dnl\n" +
	"define(`confDONT_PROBE_INTERFACES', `True')dnl\n" +
	"dnl the scratch dir lives under the sticky, world-writable /tmp\n" +
	"define(`confDONT_BLAME_SENDMAIL', `TrustStickyBit')dnl\n" +
	"define(`QUEUE_DIR', `{{.Dir}}/queue')dnl\n" +
	"define(`confPID_FILE', `{{.Dir}}/run/sendmail.pid')dnl\n" +
	"define(`STATUS_FILE', `{{.Dir}}/etc/statistics')dnl\n" +
	"define(`ALIAS_FILE', `{{.Dir}}/etc/aliases')dnl\n" +
	"define(`confDEAD_LETTER_DROP', `{{.Dir}}/dead.letter')dnl\n" +
	"define(`confDEF_USER_ID', `mail:mail')dnl\n" +
	"define(`SMART_HOST', `[127.0.0.1]')dnl\n" +
	"dnl Sendmail has no host:port smart host; the port goes into the mailers' A= line\n" +
	"define(`RELAY_MAILER_ARGS', `TCP $h {{.RelayPort}}')dnl\n" +
	"define(`SMTP_MAILER_ARGS', `TCP $h {{.RelayPort}}')dnl\n" +
	"define(`ESMTP_MAILER_ARGS', `TCP $h {{.RelayPort}}')dnl\n" +
	"define(`SMTP8_MAILER_ARGS', `TCP $h {{.RelayPort}}')dnl\n" +
	"define(`DSMTP_MAILER_ARGS', `TCP $h {{.RelayPort}}')dnl\n" +
	"FEATURE(`nocanonify')dnl\n" +
	"FEATURE(`accept_unresolvable_domains')dnl\n" +
	"FEATURE(`no_default_msa')dnl\n" +
	"DAEMON_OPTIONS(`Port={{.Port}}, Addr=127.0.0.1, Name=MTA')dnl\n" +
	"INPUT_MAIL_FILTER(`firstsight', `S=inet:{{.MilterPort}}@127.0.0.1{{.Flags}}, T=C:5s;S:10s;R:60s;E:2m')dnl\n" +
	"MAILER(`smtp')dnl\n"

func startSendmail(t *testing.T, o sendmailOptions) *sendmailInstance {
	t.Helper()
	s := newSendmail(t, o)
	s.start()
	return s
}

// newSendmail checks the prerequisites and writes a private instance's
// configuration, without starting it.
func newSendmail(t *testing.T, o sendmailOptions) *sendmailInstance {
	t.Helper()
	requireRoot(t)
	bin := filepath.Join(sendmailRoot(), "usr/libexec/sendmail/sendmail")
	_, err := os.Stat(bin)
	require(t, err == nil, "private sendmail at %s", bin)
	requireTool(t, "m4")
	requireTool(t, "unshare")
	s := &sendmailInstance{t: t, dir: scratchDir(t, "sm"), bin: bin, Port: freePort(t)}
	s.configure(o)
	return s
}

func (s *sendmailInstance) Addr() string { return fmt.Sprintf("127.0.0.1:%d", s.Port) }

func (s *sendmailInstance) configure(o sendmailOptions) {
	t := s.t
	for _, d := range []string{"etc", "run"} {
		mustMkdir(t, filepath.Join(s.dir, d), 0o755)
	}
	mustMkdir(t, filepath.Join(s.dir, "queue"), 0o700)
	flags := ", F=T"
	switch o.Flags {
	case "-":
		flags = ""
	case "":
	default:
		flags = ", F=" + o.Flags
	}
	vars := map[string]any{"Dir": s.dir, "Port": s.Port, "MilterPort": o.MilterPort, "Flags": flags, "RelayPort": o.RelayPort}
	writeTemplate(t, filepath.Join(s.dir, "etc/sendmail.mc"), sendmailMc, vars)
	writeFile(t, filepath.Join(s.dir, "etc/service.switch"), "hosts\tfiles\naliases\tfiles\n")
	writeFile(t, filepath.Join(s.dir, "etc/hosts"), "127.0.0.1\tmx.sendmail.invalid localhost\n")
	writeFile(t, filepath.Join(s.dir, "etc/aliases"), "")
	writeFile(t, filepath.Join(s.dir, "etc/statistics"), "")
	cfDir := filepath.Join(sendmailRoot(), "usr/share/sendmail/cf") + "/"
	cf, err := exec.Command(lookTool("m4"), "-D_CF_DIR_="+cfDir, cfDir+"m4/cf.m4",
		filepath.Join(s.dir, "etc/sendmail.mc")).Output()
	if err != nil {
		t.Fatalf("m4 sendmail.mc: %v", err)
	}
	writeFile(t, s.cf(), string(cf))
	if out, err := s.command("-bi").CombinedOutput(); err != nil {
		t.Fatalf("sendmail -bi: %v\n%s", err, out)
	}
}

func (s *sendmailInstance) cf() string { return filepath.Join(s.dir, "etc/sendmail.cf") }

// command runs the private sendmail with our .cf in its own UTS namespace with a
// dotted hostname: with an undotted machine name every sendmail invocation would
// first sleep 60 s waiting for a fully qualified name.
func (s *sendmailInstance) command(args ...string) *exec.Cmd {
	sh := []string{"--uts", "sh", "-c", `hostname mx.sendmail.invalid && exec "$@"`, "sh", s.bin, "-C", s.cf()}
	cmd := exec.Command(lookTool("unshare"), append(sh, args...)...)
	cmd.Env = append(os.Environ(), "LD_LIBRARY_PATH="+sendmailLibPath())
	return cmd
}

func sendmailLibPath() string {
	arch := map[string]string{"amd64": "x86_64-linux-gnu", "arm64": "aarch64-linux-gnu"}[runtime.GOARCH]
	root := sendmailRoot()
	return filepath.Join(root, "usr/lib", arch) + ":" + filepath.Join(root, "lib", arch)
}

func (s *sendmailInstance) start() {
	t := s.t
	s.cmd = s.command("-bD", "-q1m", "-L", "sm-firstsight")
	s.cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGTERM}
	log := &syncBuffer{}
	s.cmd.Stdout, s.cmd.Stderr = log, log
	if err := s.cmd.Start(); err != nil {
		t.Fatalf("start sendmail: %v", err)
	}
	s.done = make(chan struct{})
	go func() { s.cmd.Wait(); close(s.done) }()
	t.Cleanup(s.stop)
	if !waitFor(15*time.Second, func() bool { return tcpListening(s.Port) }) {
		t.Fatalf("sendmail did not listen on %s:\n%s", s.Addr(), log.String())
	}
}

func (s *sendmailInstance) stop() {
	s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-s.done:
	case <-time.After(10 * time.Second):
		s.cmd.Process.Kill()
		<-s.done
	}
}

// Queue lists the private queue (sendmail -bp).
func (s *sendmailInstance) Queue() string {
	out, _ := s.command("-bp").CombinedOutput()
	return strings.TrimSpace(string(out))
}

// QuarantineQueue lists the quarantined messages of the private queue
// (sendmail -bp -qQ): what a milter's quarantine holds.
func (s *sendmailInstance) QuarantineQueue() string {
	out, _ := s.command("-bp", "-qQ").CombinedOutput()
	return strings.TrimSpace(string(out))
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
