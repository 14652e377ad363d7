package main

import (
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"strings"

	"github.com/firstsight/firstsight/internal/config"
	"github.com/firstsight/firstsight/internal/metrics"
	"github.com/firstsight/firstsight/pkg/baseline"
	"github.com/firstsight/firstsight/pkg/filter"
	"github.com/firstsight/firstsight/pkg/lock"
)

// httpHandler serves the lock page, the admin API and dashboard, and /metrics.
func httpHandler(c config.Config, locks *lock.Store, hist *baseline.Store, e *filter.Engine, met *metrics.Metrics, log *slog.Logger) http.Handler {
	admin := filter.Admin{Engine: e, Baseline: hist}
	token, err := adminToken(c.Admin)
	if err != nil {
		log.Error("admin API disabled", "err", err)
	} else if token == "" {
		log.Warn("admin API disabled: no [admin] token or token_file configured")
	}
	h := lock.NewHandler(locks, lock.HandlerOptions{AdminToken: token, Contact: c.Lock.Contact},
		lock.Deps{Learn: admin, Inspect: admin, Explain: admin, Events: met}, log)
	mux := http.NewServeMux()
	mux.Handle("/metrics", met.Handler())
	mux.Handle("/", h)
	return mux
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
