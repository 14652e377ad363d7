package main

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/firstsight/firstsight/internal/config"
	"github.com/firstsight/firstsight/internal/metrics"
	"github.com/firstsight/firstsight/pkg/filter"
)

const budgetMsg = "From: Billing <billing@stranger.example>\r\nTo: dana@corp.example\r\nSubject: Invoice\r\n\r\nPay at https://pay.stranger.example/i/1\r\n"

// explainHandler is the daemon's admin handler over a fresh database,
// with the admin token "t" and the given decision budget.
func explainHandler(t *testing.T, budget time.Duration) (config.Config, http.Handler) {
	t.Helper()
	c := config.Default()
	c.DB = filepath.Join(t.TempDir(), "fs.db")
	c.Admin.Token = strings.Repeat("t", 32)
	c.Limits.DecisionBudget.Duration = budget
	db, err := openDB(c.DB, true)
	if err != nil {
		t.Fatal(err)
	}
	hist, locks, err := stores(c, db, storeHooks{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { hist.Close(); locks.Close(); db.Close() })
	e := filter.New(engineOptions(c), hist, filter.LockJournal{Store: locks})
	_, admin := handlers(c, locks, hist, e, metrics.New(metrics.Options{}), slog.New(slog.NewTextHandler(io.Discard, nil)))
	return c, admin
}

// Explain over the admin API judges within limits.decision_budget, as the
// milter does: a budget spent before the lookup is an error (the milter's
// on_error), not a verdict the milter would never have reached.
func TestExplainAPIDecisionBudget(t *testing.T) {
	for _, tc := range []struct {
		budget time.Duration
		code   int
		body   string
	}{{time.Minute, http.StatusOK, `"action"`}, {time.Nanosecond, http.StatusUnprocessableEntity, "decision budget (1ns)"}} {
		c, admin := explainHandler(t, tc.budget)
		req := httptest.NewRequest("POST", "/api/explain", strings.NewReader(budgetMsg))
		req.Header.Set("Authorization", "Bearer "+c.Admin.Token)
		w := httptest.NewRecorder()
		admin.ServeHTTP(w, req)
		if w.Code != tc.code || !strings.Contains(w.Body.String(), tc.body) {
			t.Errorf("explain with decision_budget %s = %d %.200q; want %d containing %q", tc.budget, w.Code, w.Body.String(), tc.code, tc.body)
		}
	}
}

// Explain with the database opened here honours the budget too.
func TestExplainLocalDecisionBudget(t *testing.T) {
	c := config.Default()
	c.DB = filepath.Join(t.TempDir(), "fs.db")
	c.Limits.DecisionBudget.Duration = time.Nanosecond
	db, err := openDB(c.DB, true)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	env := filter.Envelope{MailFrom: "billing@stranger.example", Recipients: []string{"dana@corp.example"}, Now: time.Now()}
	_, err = explainWithDB(context.Background(), c, []byte(budgetMsg), env)
	if err == nil || !strings.Contains(err.Error(), "decision budget") {
		t.Errorf("explainWithDB with decision_budget 1ns: %v; want the budget's error", err)
	}
}
