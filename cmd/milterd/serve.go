package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"os/user"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/d--j/go-milter"
	"github.com/d--j/go-milter/mailfilter"

	"github.com/firstsight/firstsight/internal/config"
	"github.com/firstsight/firstsight/internal/metrics"
	"github.com/firstsight/firstsight/internal/milterguard"
	"github.com/firstsight/firstsight/pkg/filter"
)

// serveFlags are serve's command line; flags override the config file.
type serveFlags struct {
	configFlags
	listen, http   string
	check, version bool
}

func parseServe(args []string, stderr io.Writer) (serveFlags, error) {
	var f serveFlags
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	f.register(fs)
	fs.StringVar(&f.listen, "listen", "", "milter socket, inet:HOST:PORT or unix:/path (default inet:127.0.0.1:10025)")
	fs.StringVar(&f.http, "http", "", "lock page, admin API and metrics address (default 127.0.0.1:8025)")
	fs.BoolVar(&f.check, "check-config", false, "validate the configuration and exit (0 ok, 2 bad)")
	fs.BoolVar(&f.version, "version", false, "print the version and exit")
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fmt.Fprintln(stderr, "\nflags of milterd (serve):")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return f, err
	}
	if fs.NArg() > 0 { // the flag package printed nothing about it
		err := fmt.Errorf("serve: unexpected argument %q (a command goes first: milterd COMMAND [flags])", fs.Arg(0))
		fmt.Fprintln(stderr, "milterd:", err)
		return f, err
	}
	return f, nil
}

// serveConfig loads the config and applies flag overrides.
func serveConfig(f serveFlags) (config.Config, error) {
	c, err := loadConfig(f.config)
	if err != nil {
		return c, err
	}
	set := func(dst *string, v string) {
		if v != "" {
			*dst = v
		}
	}
	set(&c.Listen, f.listen)
	set(&c.HTTP, f.http)
	set(&c.DB, f.db)
	return c, c.Validate()
}

func serve(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	f, err := parseServe(args, stderr)
	if err != nil {
		return parseStatus(err)
	}
	if f.version {
		fmt.Fprintln(stdout, "milterd", version)
		return 0
	}
	c, err := serveConfig(f)
	if err == nil {
		err = checkFiles(c, f.config, f.db != "")
	}
	if err != nil {
		fmt.Fprintln(stderr, "milterd:", err)
		return 2
	}
	if f.check {
		for _, w := range checkWarnings(c, os.Geteuid()) {
			fmt.Fprintln(stderr, "milterd: warning:", w)
		}
		fmt.Fprintln(stdout, "milterd: configuration ok")
		return 0
	}
	log := newLogger(c, stderr)
	for _, w := range c.Warnings() {
		log.Warn("configuration: " + w)
	}
	if c.Limits.MemoryLimit > 0 && os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(c.Limits.MemoryLimit)
	}
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(c.Limits.GCPercent)
	}
	if err := daemon(ctx, c, log); err != nil {
		log.Error("milterd stopped", "err", err)
		return 1
	}
	return 0
}

// daemon runs until ctx is cancelled, then drains and flushes.
func daemon(ctx context.Context, c config.Config, log *slog.Logger) (err error) {
	// First, so it counts a signal sent during start-up and still forces
	// the exit while the stores flush at the end (its stop runs last).
	defer forceOnSecondSignal(ctx, log)()
	defer ignoreHangup(log)()
	db, err := openDB(c.DB, false)
	if err != nil {
		return err
	}
	defer db.Close()
	met := metrics.New(metrics.Options{DBSize: fileSize(c.DB)})
	checkDB(db, c.DB, log, met) // before any writer: bbolt's check races with commits
	th := &errorThrottle{log: log, period: time.Minute, now: time.Now,
		msg: "baseline background write failed; mail still flows, learning may be lost"}
	lockTh := &errorThrottle{log: log, period: time.Minute, now: time.Now,
		msg: "verdict log write failed; mail still flows, the dashboard's recent verdicts and counts may miss some"}
	hist, locks, err := stores(c, db, storeHooks{flush: loggedFlush{met, lockTh}, onError: func(err error) {
		met.Error("baseline")
		th.report(err)
	}})
	if err != nil {
		return err
	}
	warnIfCold(hist, log)
	warnIfNoInternal(c.InternalDomains, log)
	warnIfLocalLockURL(c, log)
	engine := filter.New(engineOptions(c), hist, filter.LockJournal{Store: locks, Log: log})
	m, err := newMilter(c, engine, log, met)
	if err != nil {
		return err
	}

	bg, stopBG := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Go(func() { logErr(log, "baseline", hist.Run(bg)) })
	wg.Go(func() { logErr(log, "lock store", locks.Run(bg)) })
	defer func() {
		stopBG()
		wg.Wait()
		closeErr := errors.Join(hist.Close(), locks.Close())
		switch {
		case err != nil && closeErr != nil: // the caller reports err
			log.Error("final write failed; learned history or verdicts not yet written are lost", "err", closeErr)
		case err != nil:
		case closeErr != nil:
			err = fmt.Errorf("stopped, but the final write failed; learned history or verdicts not yet written are lost: %w", closeErr)
		default:
			log.Info("milterd stopped cleanly")
		}
	}()

	mf, err := listenMilter(c, m, log)
	if err != nil {
		return err
	}
	public, admin := handlers(c, locks, hist, engine, met, log)
	srvs, err := serveHTTP(c, public, admin, log)
	if err != nil {
		mf.Close()
		return err
	}
	ready := []any{"version", version, "db", c.DB, "mode", c.Policy.Mode}
	if len(c.TrustedNetworks) > 0 {
		ready = append(ready, "trusted_networks", strings.Join(c.TrustedNetworks, ","))
	}
	log.Info("milterd ready", ready...)
	<-ctx.Done()
	drain(c, mf, m, srvs, log)
	return nil
}

// newMilter is the milter glue over engine, configured from c.
func newMilter(c config.Config, engine *filter.Engine, log *slog.Logger, met *metrics.Metrics) (*filter.Milter, error) {
	trusted, err := c.TrustedPrefixes()
	if err != nil {
		return nil, err
	}
	m := filter.NewMilter(engine, filter.MilterOptions{
		HeaderName: c.HeaderName, MaxBodyBytes: c.Limits.MaxBodyBytes,
		DecisionBudget: c.Limits.DecisionBudget.Duration, OnError: c.OnError,
		InflightBytes: c.Limits.InflightBytes, TrustedNetworks: trusted,
	}, log, met)
	// go-milter reports protocol trouble through a package variable.
	milter.LogWarning = func(format string, v ...any) { log.Warn("milter protocol: " + fmt.Sprintf(format, v...)) }
	return m, nil
}

// drain stops taking mail, lets the messages in flight finish within the
// decision budget (plus 5 s), finishes queued learning and stops the HTTP
// servers, before the caller flushes and closes the stores.
func drain(c config.Config, mf *milterServer, m *filter.Milter, srvs []*http.Server, log *slog.Logger) {
	log.Info("shutting down: draining in-flight messages")
	wait := min(c.Limits.DecisionBudget.Duration+5*time.Second, maxDrain)
	sctx, cancel := context.WithTimeout(context.Background(), wait)
	defer cancel()
	if err := mf.Shutdown(sctx); errors.Is(err, context.DeadlineExceeded) {
		mf.Close()
		log.Warn("shutting down: MTA sessions still open at the drain's end were closed; their MTAs apply their milter default action (Postfix milter_default_action, Sendmail F=) to what they send next",
			"waited", wait.String())
	} else {
		logErr(log, "milter shutdown", err)
	}
	m.Close() // finish queued learning before the stores flush and close
	hctx, hcancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer hcancel()
	for _, srv := range srvs {
		logErr(log, "http shutdown", srv.Shutdown(hctx))
	}
}

// maxDrain bounds the wait for open MTA sessions at shutdown, whatever
// decision_budget says, so the final flush of learned history still fits
// in the systemd unit's TimeoutStopSec (45s) before SIGKILL. A session
// idle between messages holds the drain until then.
const maxDrain = 35 * time.Second

// checkFiles reads the files the configuration names, looks up the unix
// socket's group and checks that the database can be written (or created)
// where db says, before the daemon starts and for -check-config: a
// file it cannot read (a root-only token file under the unit's
// DynamicUser, for example), a database it could not write or create (a
// read-only file or directory: the daemon failed with exit 1 at start) or
// a group this machine does not have is a
// configuration error (exit 2, which the unit does not restart), not a
// daemon running with its admin API disabled, or an exit 1 that the
// unit's Restart= repeats. name is the config file, for the message;
// dbFlag: the -db flag gave the path, so the message names the flag,
// not the file.
func checkFiles(c config.Config, name string, dbFlag bool) error {
	err := readFiles(c)
	if err == nil {
		if err = checkDBPath(c.DB); err != nil && dbFlag {
			return fmt.Errorf("-%w", err) // "-db: ..."
		}
	}
	if err != nil && name != "" {
		return fmt.Errorf("config: %s: %w", name, err)
	}
	return err
}

// rootBypass is -check-config's warning when run as root: access(2) and
// reading a file answer for root, whom modes do not stop, while the
// configuration names no user to check them for (the systemd unit's
// dynamic user exists only while the unit runs).
const rootBypass = "run as root: modes do not stop root, so a db, token_file or hash_key_file the daemon's user cannot read or write passed; " +
	"run -check-config as the daemon's user (the systemd unit's dynamic user: systemd-run --pipe --wait -p DynamicUser=yes -p User=firstsight " +
	"-p StateDirectory=firstsight, with the unit's LoadCredential= lines, then milterd -check-config -config FILE)"

// checkWarnings is what -check-config warns about for a valid
// configuration checked by the user euid.
func checkWarnings(c config.Config, euid int) []string {
	w := c.Warnings()
	if euid == 0 {
		w = append(w, rootBypass)
	}
	return w
}

func readFiles(c config.Config) error {
	if network, _, _ := config.SplitListen(c.Listen); network == "unix" && c.Socket.Group != "" {
		if _, err := user.LookupGroup(c.Socket.Group); err != nil {
			return fmt.Errorf("[socket] group: %w", err)
		}
	}
	if _, err := adminToken(c.Admin); err != nil {
		return fmt.Errorf("[admin] token_file: %w", err)
	}
	if c.Baseline.HashKeyFile != "" {
		if _, err := os.ReadFile(c.Baseline.HashKeyFile); err != nil {
			return fmt.Errorf("[baseline] hash_key_file: %w", err)
		}
	}
	return nil
}

// coldHistory: with fewer known sender addresses than this, milterd says at
// start that the history needs a warm-up.
const coldHistory = 100

// warnIfCold logs when the history is (nearly) empty: every sender and most
// link domains are then new, so mail with links from outside is locked at
// warn until the baseline has learned, and only mail accepted untouched
// teaches it.
func warnIfCold(h interface{ Senders(int) (int, error) }, log *slog.Logger) {
	n, err := h.Senders(coldHistory)
	switch {
	case err != nil:
		log.Warn("baseline: cannot tell how much history there is", "err", err)
	case n < coldHistory:
		log.Warn("baseline history is nearly empty: until it learns, most mail with links from outside will be locked at warn; "+
			"import past mail first with \"milterd replay -learn-only\" (see README, Warming up)", "senders", n)
	}
}

// warnIfNoInternal logs when internal_domains is empty: milterd then
// cannot tell its own people from strangers, so colleagues' mail gets no
// internal credit, a From forged as the reader's own address is only
// caught when it is the very recipient's, and a recipient's own address
// can pass for a mailing list's (list mail is told apart from ours by
// these domains).
func warnIfNoInternal(domains []string, log *slog.Logger) {
	if len(domains) == 0 {
		log.Warn("internal_domains is empty: set it to your organisation's mail domains, " +
			"or colleagues are judged as strangers and your own addresses are not protected from forgery (see README, Configuration)")
	}
}

// warnIfLocalLockURL: lock links point at loopback while the lock page
// listens beyond it, or on another loopback port (http changed, say to
// free 8025, and lock_base_url left at its default), so readers' clicks on
// locked links lead nowhere.
func warnIfLocalLockURL(c config.Config, log *slog.Logger) {
	u, err := url.Parse(c.LockBaseURL)
	if err != nil {
		return
	}
	if h := u.Hostname(); h != "localhost" && !loopback(net.JoinHostPort(h, "0")) {
		return
	}
	if !loopback(c.HTTP) {
		log.Warn("lock_base_url points at this machine's loopback, but http listens beyond it: readers' lock links will not reach the lock page; set lock_base_url to its public address",
			"lock_base_url", c.LockBaseURL, "http", c.HTTP)
		return
	}
	port := u.Port()
	if port == "" {
		port = map[string]string{"http": "80", "https": "443"}[u.Scheme]
	}
	if _, httpPort, _ := net.SplitHostPort(c.HTTP); port != httpPort {
		log.Warn("lock_base_url points at a loopback port the lock page does not listen on: lock links will lead nowhere; make lock_base_url's port http's",
			"lock_base_url", c.LockBaseURL, "http", c.HTTP)
	}
}

// milterServer is go-milter's server behind the guard that owns the
// configured socket (internal/milterguard).
type milterServer struct {
	mf    *mailfilter.MailFilter
	guard *milterguard.Guard
	dir   string // private directory of go-milter's own socket
}

// listenMilter opens the milter socket. A unix socket gets the configured
// mode and group. go-milter listens on a unix socket in a private
// directory, reached only through the guard.
func listenMilter(c config.Config, m *filter.Milter, log *slog.Logger) (*milterServer, error) {
	dir, err := os.MkdirTemp("", "firstsight-milter-")
	if err != nil {
		return nil, fmt.Errorf("milter: private socket directory: %w", err)
	}
	inner := filepath.Join(dir, "milter.sock")
	mf, err := newMailFilter(c, inner, m)
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	ln, err := listenMTA(c)
	if err != nil {
		mf.Close()
		os.RemoveAll(dir)
		return nil, err
	}
	idle := milterguard.Timeouts{Message: c.Limits.MTAIdle.Duration, Session: c.Limits.MTASessionIdle.Duration}
	g := milterguard.New(ln, func() (net.Conn, error) { return net.Dial("unix", inner) }, idle, log)
	go func() { logErr(log, "milter listener", g.Serve()) }()
	network, _, _ := config.SplitListen(c.Listen)
	log.Info("milter listening", "addr", g.Addr().String(), "network", network)
	return &milterServer{mf: mf, guard: g, dir: dir}, nil
}

// newMailFilter starts go-milter's server on the unix socket path.
func newMailFilter(c config.Config, path string, m *filter.Milter) (*mailfilter.MailFilter, error) {
	errHandling := mailfilter.AcceptWhenError
	if c.OnError == "tempfail" {
		errHandling = mailfilter.TempFailWhenError
	}
	mf, err := mailfilter.New("unix", path, m.Decide,
		mailfilter.WithDecisionAt(mailfilter.DecisionAtEndOfMessage),
		// One byte over the limit: a body that reaches it is known to be too
		// big and passes unscanned. Truncation only affects our copy, and a
		// truncated copy is never used to replace the body.
		mailfilter.WithBody(c.Limits.MaxMemBytes, c.Limits.MaxBodyBytes+1, mailfilter.TruncateWhenTooBig),
		// One field over the limit: Decide rejects a message that reaches it.
		mailfilter.WithHeader(filter.MaxHeaderFields+1, mailfilter.TruncateWhenTooBig),
		mailfilter.WithErrorHandling(errHandling))
	if err != nil {
		return nil, fmt.Errorf("milter: start server: %w", err)
	}
	return mf, nil
}

// listenMTA opens the configured socket the MTA connects to.
func listenMTA(c config.Config) (net.Listener, error) {
	network, addr, _ := config.SplitListen(c.Listen)
	if network == "unix" {
		if err := removeStaleSocket(addr); err != nil {
			return nil, err
		}
	}
	ln, err := net.Listen(network, addr)
	if err != nil {
		return nil, fmt.Errorf("milter: listen %s: %w", c.Listen, err)
	}
	if network == "unix" {
		if err := chownSocket(addr, c.Socket); err != nil {
			ln.Close()
			return nil, err
		}
	}
	return ln, nil
}

// Shutdown stops taking connections and waits, until ctx ends, for the
// messages in flight.
func (s *milterServer) Shutdown(ctx context.Context) error {
	s.guard.Close()
	err := s.mf.Shutdown(ctx)
	done := make(chan struct{})
	go func() { s.guard.Wait(); close(done) }()
	select {
	case <-done:
	case <-ctx.Done():
	}
	os.RemoveAll(s.dir)
	return err
}

// Close stops everything at once.
func (s *milterServer) Close() {
	s.guard.Close()
	s.mf.Close()
	os.RemoveAll(s.dir)
}

// forceOnSecondSignal exits at once on a second SIGTERM or SIGINT. It
// listens from the start, beside main's NotifyContext, so the first signal
// (the one that ends ctx) is counted too and a second one arriving right
// after it is not lost; it acts only once ctx has ended.
// The returned stop ends the listening.
func forceOnSecondSignal(ctx context.Context, log *slog.Logger) (stop func()) {
	ch := make(chan os.Signal, 2)
	signal.Notify(ch, syscall.SIGTERM, syscall.SIGINT)
	done := make(chan struct{})
	go func() {
		select {
		case <-ctx.Done():
		case <-done:
			return
		}
		for range 2 {
			select {
			case <-ch:
			case <-done:
				return
			}
		}
		log.Error("second signal: exiting without draining")
		os.Exit(1)
	}()
	return func() { signal.Stop(ch); close(done) }
}

// ignoreHangup keeps SIGHUP from killing the daemon (Go's default), which
// dropped every message in flight without a log line, and under systemd's
// Restart=on-failure counted as a clean exit, so nothing restarted it.
// milterd has no reload: it says so.
func ignoreHangup(log *slog.Logger) (stop func()) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, syscall.SIGHUP)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-ch:
				log.Warn("SIGHUP ignored: milterd does not reload; restart it (SIGTERM drains) to apply a changed configuration")
			case <-done:
				return
			}
		}
	}()
	return func() { signal.Stop(ch); close(done) }
}

func logErr(log *slog.Logger, what string, err error) {
	if err != nil && !errors.Is(err, context.Canceled) {
		log.Error(what+" failed", "err", err)
	}
}

// fileSize reports a file's size for the DB-size gauge.
func fileSize(path string) func() int64 {
	return func() int64 {
		st, err := os.Stat(path)
		if err != nil {
			return 0
		}
		return st.Size()
	}
}
