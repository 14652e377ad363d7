package main

import (
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/firstsight/firstsight/internal/config"
	"github.com/firstsight/firstsight/internal/metrics"
	"github.com/firstsight/firstsight/pkg/baseline"
	"github.com/firstsight/firstsight/pkg/filter"
	"github.com/firstsight/firstsight/pkg/lock"
)

// handlers builds the public handler (lock pages) and the admin handler
// (API, dashboard, /metrics).
func handlers(c config.Config, locks *lock.Store, hist *baseline.Store, e *filter.Engine, met *metrics.Metrics, log *slog.Logger) (public, admin http.Handler) {
	a := filter.Admin{Engine: e, Baseline: hist, DecisionBudget: c.Limits.DecisionBudget.Duration}
	token, err := adminToken(c.Admin)
	if err != nil {
		log.Error("admin API disabled", "err", err)
	} else if token == "" {
		log.Warn("admin API disabled: no [admin] token or token_file configured")
	} else if len(token) < lock.StrongTokenLen {
		log.Warn(fmt.Sprintf("the admin token is shorter than %d characters: after 10 wrong tokens from one address it is refused even when right, "+
			"so anyone on this machine can lock the administrator out of the loopback listener; make one with: head -c 32 /dev/urandom | base64", lock.StrongTokenLen))
	}
	deps := lock.Deps{Learn: a, Inspect: a, Explain: a, Events: met}
	if len(c.Admin.ReleaseCommands) > 0 {
		deps.Queue = lock.CommandReleaser{Commands: c.Admin.ReleaseCommands}
	}
	h := lock.NewHandler(locks, lock.HandlerOptions{
		AdminToken: token, Contact: c.Lock.Contact, Organization: c.Lock.Organization,
		TrustForwarded: c.Lock.TrustForwarded, LookupRate: c.Lock.LookupRate, LookupBurst: c.Lock.LookupBurst,
	}, deps, log)
	mux := http.NewServeMux()
	mux.Handle("/metrics", met.Handler())
	mux.Handle("/", h.Admin())
	return h.Public(), mux
}

// serveHTTP starts the lock-page listener and, where allowed, the admin
// one. Without admin.listen the admin side shares the `http` listener only
// when that is loopback: admin endpoints are never published by accident.
func serveHTTP(c config.Config, public, admin http.Handler, log *slog.Logger) ([]*http.Server, error) {
	if c.Admin.Listen != "" {
		pub, err := listenHTTP("http", c.HTTP, public, log)
		if err != nil {
			return nil, err
		}
		adm, err := listenHTTP("admin", c.Admin.Listen, admin, log)
		if err != nil {
			pub.Close()
			return nil, err
		}
		if !strings.HasPrefix(c.Admin.Listen, "unix:") && !loopback(c.Admin.Listen) {
			log.Warn("[admin] listen is reachable beyond this machine: the admin API and dashboard need the token, but /metrics does not; prefer loopback or a unix socket behind a proxy",
				"admin_listen", c.Admin.Listen)
		}
		return []*http.Server{pub, adm}, nil
	}
	h := public
	if loopback(c.HTTP) {
		h = both(public, admin)
	} else {
		log.Warn("admin API and dashboard not served: http listens beyond loopback; set [admin] listen", "http", c.HTTP)
	}
	srv, err := listenHTTP("http", c.HTTP, h, log)
	if err != nil {
		return nil, err
	}
	return []*http.Server{srv}, nil
}

// both routes lock pages to public and everything else to admin.
func both(public, admin http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/l/") {
			public.ServeHTTP(w, r)
			return
		}
		admin.ServeHTTP(w, r)
	})
}

func loopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// listenHTTP listens on HOST:PORT or unix:/path and serves h.
func listenHTTP(name, addr string, h http.Handler, log *slog.Logger) (*http.Server, error) {
	network, address := "tcp", addr
	if p, ok := strings.CutPrefix(addr, "unix:"); ok {
		network, address = "unix", p
		if err := removeStaleSocket(p); err != nil {
			return nil, err
		}
	}
	ln, err := net.Listen(network, address)
	if err != nil {
		return nil, fmt.Errorf("%s: listen %s: %w", name, addr, err)
	}
	if network == "unix" {
		os.Chmod(address, 0o600) // the admin socket: owner only
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: time.Minute, IdleTimeout: 2 * time.Minute}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error(name+" server failed", "err", err)
		}
	}()
	log.Info(name+" listening", "addr", ln.Addr().String())
	return srv, nil
}

// adminToken reads the token from token_file, else token.
func adminToken(a config.Admin) (string, error) {
	if a.TokenFile == "" {
		return a.Token, nil
	}
	b, err := os.ReadFile(a.TokenFile)
	if err != nil {
		return "", fmt.Errorf("admin token: %w", err)
	}
	return strings.TrimSpace(string(b)), nil
}
